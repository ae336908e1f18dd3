#!/usr/bin/env python3
"""Moves translations between a Qt .ts file and JSON lines, for translators who work outside Qt Linguist.

  ts-json.py export patchwright_de.ts out.jsonl [--unfinished] [--from N] [--count N]
      one JSON object per message: id (its position in the file), context, source, comment, numerus,
      forms (how many plural forms the language has), translation (a string, or a list of forms)
  ts-json.py import patchwright_de.ts in.jsonl
      sets each listed message's translation and marks it finished; a line carries id and translation, and
      should carry source as exported (then a message moved by lupdate since is refused, not written to the
      wrong place; without it, import only between export and the next lupdate)

Written here because Qt ships no such converter (lconvert speaks .ts, .po and XLIFF, none of which keep the
message's position for a safe round trip). Parses with Python's ElementTree, writes the layout lupdate writes
(ts_layout.py), so a commit of an import shows the translations that changed and nothing else.
"""
import json
import sys
import xml.etree.ElementTree as ET

from ts_layout import write_ts

PLURAL_FORMS = {"ja": 1, "zh": 1, "ko": 1, "de": 2, "en": 2, "es": 2, "fr": 2, "it": 2, "nl": 2, "pt": 2}


def language_forms(root):
    language = (root.get("language") or "en").split("_")[0]
    return PLURAL_FORMS.get(language, 2)


def messages(root):
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            yield name, message


def is_unfinished(message):
    translation = message.find("translation")
    return translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete")


def export(path, out, only_unfinished, start, count):
    root = ET.parse(path).getroot()
    forms = language_forms(root)
    written = 0
    with open(out, "w", encoding="utf-8") as stream:
        for index, (context, message) in enumerate(messages(root)):
            if index < start or (only_unfinished and not is_unfinished(message)):
                continue
            if count is not None and written >= count:
                break
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                current = [form.text or "" for form in translation.findall("numerusform")]
            else:
                current = translation.text or ""
            comment = message.find("comment")
            record = {"id": index, "context": context, "source": message.find("source").text or "",
                      "comment": comment.text if comment is not None else "", "numerus": numerus,
                      "forms": forms if numerus else 1, "translation": current}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    print(f"{written} messages written to {out}")


def import_(path, source):
    tree = ET.parse(path)
    root = tree.getroot()
    forms = language_forms(root)
    by_index = dict(enumerate(message for _, message in messages(root)))
    changed = 0
    errors = []
    with open(source, encoding="utf-8") as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            record = json.loads(line)
            message = by_index.get(record["id"])
            if message is None or ("source" in record and (message.find("source").text or "") != record["source"]):
                errors.append(f"line {number}: message {record['id']} is not '{record.get('source', '')[:40]}'")
                continue
            translation = message.find("translation")
            value = record["translation"]
            if message.get("numerus") == "yes":
                if not isinstance(value, list) or len(value) != forms or not all(value):
                    errors.append(f"line {number}: message {record['id']} needs {forms} plural forms")
                    continue
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for text in value:
                    ET.SubElement(translation, "numerusform").text = text
            else:
                if not isinstance(value, str) or not value:
                    errors.append(f"line {number}: message {record['id']} has no translation")
                    continue
                translation.text = value
            translation.attrib.pop("type", None)
            changed += 1
    write_ts(tree, path)
    print(f"{changed} messages translated in {path}")
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


def main(argv):
    if len(argv) < 4 or argv[1] not in ("export", "import"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "import":
        return import_(argv[2], argv[3])
    start = int(argv[argv.index("--from") + 1]) if "--from" in argv else 0
    count = int(argv[argv.index("--count") + 1]) if "--count" in argv else None
    export(argv[2], argv[3], "--unfinished" in argv, start, count)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
