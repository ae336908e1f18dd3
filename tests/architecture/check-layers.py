#!/usr/bin/env python3
"""Checks that every #include between folders is one docs/ARCHITECTURE.md allows, so the page cannot drift.

The page's "may use" block lists, one line per folder, `folder: allowed folders...`. Every .h/.cpp under
app/, models/ and ui/ is read; an include of "first/file.h" names the folder that holds it (app/<first>,
models/<first> or ui/<first>, whichever has the file). A folder the page does not list, or an include it does not allow, fails the
check with the file and the line. Exit 0 when all is well, 1 with the findings, 2 when the page has no block.
"""
import os
import re
import sys

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')
page = open(os.path.join(root, 'docs', 'ARCHITECTURE.md'), encoding='utf-8').read()
block = re.search(r'<!-- may-use -->\n```\n(.*?)```', page, re.S)
if not block:
    print('docs/ARCHITECTURE.md has no "<!-- may-use -->" block')
    sys.exit(2)
allowed = {}
for line in block.group(1).splitlines():
    if ':' in line:
        folder, uses = line.split(':', 1)
        allowed[folder.strip()] = set(uses.split())

widgets = re.compile(r'#include\s*<(QtWidgets|QtCharts|QWidget|QMainWindow|QDialog|QApplication|QTableView)')
findings = []
for top in ('app', 'models', 'ui'):
    for directory, _, files in os.walk(os.path.join(root, top)):
        for name in sorted(files):
            if not name.endswith(('.h', '.cpp')):
                continue
            path = os.path.join(directory, name)
            parts = os.path.relpath(path, root).split(os.sep)
            me = '/'.join(parts[:2]) if len(parts) > 2 else parts[0]
            if me not in allowed:
                findings.append(f'{me}: folder not described in docs/ARCHITECTURE.md ({"/".join(parts)})')
                continue
            text = open(path, encoding='utf-8').read()
            for number, line in enumerate(text.splitlines(), 1):
                if top != 'ui' and widgets.match(line):
                    findings.append(f'{"/".join(parts)}:{number}: widgets below ui/: {line.strip()}')
                match = re.match(r'\s*#include\s+"([^"]+)"', line)
                if not match or '/' not in match.group(1):
                    continue
                included = match.group(1)
                target = None
                for layer in ('models', 'app', 'ui'):
                    if os.path.isfile(os.path.join(root, layer, included)):
                        target = f'{layer}/{included.split("/")[0]}'
                        break
                if target is None or target == me or target.startswith('tests'):
                    continue
                if target not in allowed[me]:
                    findings.append(f'{"/".join(parts)}:{number}: {me} may not use {target}')

for finding in findings:
    print(finding)
print(f'check-layers: {len(findings)} finding(s) in {len(allowed)} folders')
sys.exit(1 if findings else 0)
