#!/usr/bin/env python3
"""The translations_complete test: refreshes copies of the .ts files from the sources exactly as
`update_translations` would (same lupdate project, same options) and runs check-translations.py on the copies,
so a source string added without a translation in every language fails CI. It also fails when a committed .ts file
is not byte for byte what lupdate writes (a file rewritten by another tool, or not refreshed after a source string
changed), so the history of a .ts file shows translations that changed, not layout. The .ts files in the source
tree are not touched.

  check-complete.py LUPDATE GENERATOR PROJECT_IN
      LUPDATE     the lupdate binary
      GENERATOR   Qt's GenerateLUpdateProject.cmake (turns the configure-time project into lupdate's JSON)
      PROJECT_IN  the configure-time project (.lupdate/<target>_project.cmake in the build's translations folder)
"""
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    lupdate, generator, project_in = argv[1:]
    with tempfile.TemporaryDirectory() as folder:
        project = os.path.join(folder, "project.json")
        subprocess.run(["cmake", f"-DIN_FILE={project_in}", f"-DOUT_FILE={project}", "-P", generator], check=True)
        with open(project, encoding="utf-8") as stream:
            data = json.load(stream)
        copies = []
        originals = {}
        for path in data["translations"]:
            copy = os.path.join(folder, os.path.basename(path))
            shutil.copyfile(path, copy)
            copies.append(copy)
            originals[copy] = path
        data["translations"] = copies
        with open(project, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        subprocess.run([lupdate, "-project", project, "-no-obsolete", "-locations", "none", "-silent"], check=True)
        result = subprocess.run([sys.executable, os.path.join(HERE, "check-translations.py"), *copies])
        if result.returncode != 0:
            print("Some source strings have no translation, or a translation breaks a placeholder: run\n"
                  "  cmake --build --preset ci --target update_translations\n"
                  "translate what is unfinished (translations/ts-json.py exports it), then run this test again.")
            return result.returncode
        drifted = [copy for copy in copies if not same_file(originals[copy], copy)]
        for copy in drifted:
            show_difference(originals[copy], copy)
        if drifted:
            print("These .ts files are not what lupdate writes: run\n"
                  "  cmake --build --preset ci --target update_translations\n"
                  "and commit the files it rewrites (on their own: a layout change is not a translation change).")
            return 1
        return 0


def same_file(left, right):
    with open(left, "rb") as a, open(right, "rb") as b:
        return a.read() == b.read()


def show_difference(committed, refreshed):
    with open(committed, encoding="utf-8") as a, open(refreshed, encoding="utf-8") as b:
        lines = list(difflib.unified_diff(a.readlines(), b.readlines(), committed, "as lupdate writes it", n=1))
    print(f"{committed}: {len(lines)} lines of difference, the first:")
    sys.stdout.writelines(lines[:12])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
