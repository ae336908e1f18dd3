"""Writes a Qt .ts tree in the layout lupdate writes, so that a file touched by ts-json.py or
fill-english-plurals.py differs from lupdate's output only where a translation changed.

ElementTree's own writer differs from lupdate in four ways that turn one changed message into a rewrite of every
line: no DOCTYPE, single-quoted XML declaration, quotes and apostrophes left unescaped, and its own indentation.
lupdate (qttools' ts.cpp) writes contexts at the margin, their children indented by four spaces, a message's
children by eight and plural forms by twelve, and escapes & < > " ' in text and attributes, and whitespace beyond
ASCII (a French no-break space before a colon) as a numeric reference. The translations_complete test fails when a
committed .ts file differs from what lupdate writes, so a drift in this layout cannot go unnoticed.
"""

ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}


def escape(text):
    out = []
    for char in text:
        if char in ESCAPES:
            out.append(ESCAPES[char])
        elif ord(char) < 0x20 and char not in "\t\n":
            raise ValueError(f"control character U+{ord(char):04X} in a translation: remove it")
        elif ord(char) > 0x7F and char.isspace():
            out.append(f"&#x{ord(char):x};")
        else:
            out.append(char)
    return "".join(out)


def attributes(element):
    return "".join(f' {name}="{escape(value)}"' for name, value in element.attrib.items())


def write_element(element, depth, lines):
    indent = "    " * depth
    children = list(element)
    if not children:
        lines.append(f"{indent}<{element.tag}{attributes(element)}>{escape(element.text or '')}</{element.tag}>")
        return
    lines.append(f"{indent}<{element.tag}{attributes(element)}>")
    for child in children:
        write_element(child, depth + 1, lines)
    lines.append(f"{indent}</{element.tag}>")


def write_ts(tree, path):
    root = tree.getroot()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{attributes(root)}>"]
    for context in root:
        lines.append(f"<{context.tag}{attributes(context)}>")
        for child in context:
            write_element(child, 1, lines)
        lines.append(f"</{context.tag}>")
    lines.append("</TS>")
    with open(path, "w", encoding="utf-8", newline="\n") as stream:
        stream.write("\n".join(lines) + "\n")
