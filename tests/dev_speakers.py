#!/usr/bin/env python3
"""Share of the development set's named speakers that `hadath entities` finds.

For every person the gold names as the actor of an item (doc, code, Arabic
last name), a person row of `hadath entities` in the same document counts
when its Arabic name, or the article text at one of its mentions, holds the
last name, and its affiliation is the gold's code.

    python3 tests/dev_speakers.py [build/hadath] [../shared/eval] [--misses]
"""
import json
import os
import re
import subprocess
import sys

TASHKEEL = re.compile("[\u064B-\u0652\u0640]")
FOLDS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})


def fold(text):
    return TASHKEEL.sub("", text).translate(FOLDS)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    hadath = args[0] if args else "build/hadath"
    kit = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval")
    docs = os.path.join(kit, "dev", "docs")
    if not os.path.isdir(docs):
        print("SKIPPED: no development set at", docs)
        return 0
    gold = set()
    for line in open(os.path.join(kit, "gold", "dev.jsonl"), encoding="utf-8"):
        item = json.loads(line)
        actor = item.get("actor") or {}
        if actor.get("ar"):
            gold.add((item["doc"], actor["code"], actor["ar"]))
    texts = {}
    for name in os.listdir(docs):
        if name.endswith(".txt"):
            texts[name[:-4]] = open(os.path.join(docs, name), encoding="utf-8").read()
    out = subprocess.run([hadath, "entities", docs], capture_output=True, text=True, check=True).stdout
    persons = {}
    for line in out.splitlines():
        doc, kind, pid, name_ar, affiliation, _count, offsets = line.split("\t")
        if kind != "person":
            continue
        spans = [fold(texts.get(doc, "")[int(o) : int(o) + 60]) for o in offsets.split(",") if o]
        persons.setdefault(doc, []).append((pid, fold(name_ar), affiliation, spans))
    found, named_only, misses = 0, 0, []
    for doc, code, last in sorted(gold):
        key = fold(last)
        rows = [p for p in persons.get(doc, []) if key in p[1] or any(key in s for s in p[3])]
        if any(p[2] == code for p in rows):
            found += 1
        else:
            named_only += bool(rows)
            misses.append((doc, code, last, [(p[0], p[2]) for p in rows]))
    total = len(gold)
    print(f"speakers found with the gold's affiliation: {found}/{total} = {found / total:.3f}")
    print(f"found with another affiliation: {named_only}")
    if "--misses" in sys.argv:
        for miss in misses:
            print("missed", *miss)
    return 0


if __name__ == "__main__":
    sys.exit(main())
