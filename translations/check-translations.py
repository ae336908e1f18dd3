#!/usr/bin/env python3
"""Fails when a translation is missing or would break the program: run by the translations_complete test
after lupdate has refreshed the .ts files from the sources (so a new string without translation fails).

Checks every message of every .ts file given:
  - it is finished (patchwright_en.ts: only the plural forms, the rest is the source itself);
  - it keeps the source's placeholders (%1…%99, %L1, %n; a first plural form may say "one" instead of %n);
  - it keeps the keyboard accelerator (one "&" mnemonic if the source has one) and the HTML tags.
"""
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?\d{1,2}|%n")
MNEMONIC = re.compile(r"(?<!&)&(?![&\s]|[a-zA-Z]+;|#\d+;)")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def problems(source, text, first_plural_form):
    found = []
    wanted = placeholders(source)
    have = placeholders(text)
    if first_plural_form and "%n" in wanted and "%n" not in have:
        wanted = [p for p in wanted if p != "%n"]
    if wanted != have:
        found.append(f"placeholders {wanted} became {have}")
    if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
        found.append("the keyboard accelerator (&) is lost or doubled")
    if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
        found.append("HTML tags differ")
    return found


def check(path):
    root = ET.parse(path).getroot()
    english = (root.get("language") or "").startswith("en")
    errors = []
    total = 0
    for context in root.iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            total += 1
            source = message.find("source").text or ""
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            where = f"{path}: {name}: '{source[:60]}'"
            if english and not numerus:
                continue
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                errors.append(f"{where}: not translated")
                continue
            texts = [f.text or "" for f in translation.findall("numerusform")] if numerus else [translation.text or ""]
            if not all(texts):
                errors.append(f"{where}: empty translation")
                continue
            for index, text in enumerate(texts):
                for problem in problems(source, text, numerus and index == 0 and len(texts) > 1):
                    errors.append(f"{where}: {problem}")
    return total, errors


def main(paths):
    failed = False
    for path in paths:
        total, errors = check(path)
        for error in errors:
            print(error)
        print(f"{path}: {total} messages, {len(errors)} problems")
        failed = failed or bool(errors)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
