#!/usr/bin/env python3
"""Fills the English plural forms in patchwright_en.ts from the source texts.

Sources write plurals as "%n asset(s)" or "%n patch(es)"; English needs "1 asset" / "2 assets". Run after
`lupdate` (see README, Translations). Other languages are translated by people in their own .ts files.
"""
import re
import sys
import xml.etree.ElementTree as ET

from ts_layout import write_ts

path = sys.argv[1] if len(sys.argv) > 1 else "patchwright_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    singular = re.sub(r"\((e?s)\)", "", source)
    plural = re.sub(r"\((e?s)\)", r"\1", source)
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    for text in (singular, plural):
        form = ET.SubElement(translation, "numerusform")
        form.text = text
write_ts(tree, path)
