#!/usr/bin/python3
"""Keeps the console's translations complete.

  ts_tool.py check --lupdate LUPDATE --source-dir DIR TS...   extract today's strings into copies of the .ts
                                                             files; fail on missing or unfinished ones
  ts_tool.py update --lupdate LUPDATE --source-dir DIR TS...  the same, in place (then translate)
  ts_tool.py unfinished TS                                   list untranslated messages as JSON
  ts_tool.py apply TS JSON                                   fill translations from {"context\\x1fsource": text}
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SOURCE_FOLDERS = ["models", "widgets", "app/console"]


def run_lupdate(lupdate, source_dir, ts_files):
    folders = [os.path.join(source_dir, f) for f in SOURCE_FOLDERS]
    cmd = [lupdate, "-silent", "-no-obsolete", "-locations", "none", "-extensions", "cpp,h",
           "-I", source_dir, "-I", os.path.join(source_dir, "models"), *folders, "-ts", *ts_files]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"lupdate failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")


def messages(ts_file):
    root = ET.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            yield name, message, translation


def unfinished(ts_file):
    out = []
    for context, message, translation in messages(ts_file):
        kind = translation.get("type") if translation is not None else "missing"
        if kind in ("vanished", "obsolete"):
            continue
        numerus = message.get("numerus") == "yes"
        if numerus:
            forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
            empty = not forms or any(not f for f in forms)
        else:
            empty = translation is None or not (translation.text or "").strip()
        if kind == "unfinished" or empty:
            out.append({"context": context, "source": message.findtext("source"), "numerus": numerus})
    return out


def check(args):
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in args.ts:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            copies.append(copy)
        run_lupdate(args.lupdate, args.source_dir, copies)
        for ts, copy in zip(args.ts, copies):
            missing = unfinished(copy)
            total = sum(1 for _ in messages(copy))
            if missing:
                failures += len(missing)
                print(f"{os.path.basename(ts)}: {len(missing)} of {total} strings are not translated:")
                for m in missing[:40]:
                    print(f"  [{m['context']}] {m['source']!r}")
                if len(missing) > 40:
                    print(f"  ... and {len(missing) - 40} more")
            else:
                print(f"{os.path.basename(ts)}: all {total} strings translated")
    if failures:
        print("Run: cmake --build <build dir> --target update_translations, translate, and commit the .ts files")
        return 1
    return 0


def update(args):
    run_lupdate(args.lupdate, args.source_dir, args.ts)
    for ts in args.ts:
        print(f"{ts}: {len(unfinished(ts))} unfinished")
    return 0


def list_unfinished(args):
    json.dump(unfinished(args.ts[0]), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def apply(args):
    with open(args.json, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(args.ts[0])
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = f"{name}\x1f{message.findtext('source')}"
            if key not in table:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            value = table[key]
            for child in list(translation):
                translation.remove(child)
            if isinstance(value, list):
                translation.text = None
                for form in value:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            filled += 1
    ET.indent(tree)
    with open(args.ts[0], "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
        f.write(b"\n")
    print(f"{args.ts[0]}: filled {filled}, {len(unfinished(args.ts[0]))} still unfinished")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["check", "update", "unfinished", "apply"])
    parser.add_argument("--lupdate")
    parser.add_argument("--source-dir")
    parser.add_argument("--json")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    if args.command == "apply" and not args.json:
        args.json = args.ts.pop()
    return {"check": check, "update": update, "unfinished": list_unfinished, "apply": apply}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
