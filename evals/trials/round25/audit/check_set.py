#!/usr/bin/env python3
"""Validate set.jsonl with the frozen evals/sets/validate.py (imported unmodified)."""
import glob, json, os, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/tmp/r25code/evals/sets")
import validate as V

here = Path(__file__).parent
corpus = V.Corpus(Path(os.environ.get("T25_OUT", "/tmp/t25audit")) / "corpus")
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
ids = Counter(it.id for it in items)
for k, v in ids.items():
    if v > 1: ck.err(k, "duplicate id")
qs = Counter(V.norm(it.question) for it in items)
for it in items:
    if qs[V.norm(it.question)] > 1: ck.err(it.id, "duplicate question in set")
# questions of earlier sets (read in code only, never printed)
old = V.existing_questions()
for p in glob.glob("/tmp/r25code/evals/sets/*.jsonl") + glob.glob("/tmp/r25code/evals/trials/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if isinstance(d, dict):
            old.add(V.norm(str(d.get("question", ""))))
            for t in d.get("turns") or []:
                if isinstance(t, dict): old.add(V.norm(str(t.get("question", ""))))
for it in items:
    if V.norm(it.question) in old: ck.err(it.id, "first-turn question already used in an earlier set")
print(V.summary("set.jsonl", items))
if "-v" in sys.argv:
    for it in items:
        print("==", it.id, it.question)
        t = ck.evidence_text(it.id, it.evidence, corpus)
        print("   ", (t or "")[:300].replace("\n", " / "))
        for t2 in it.turns or []:
            print("  ->", t2.question, "|", (ck.evidence_text(it.id, t2.evidence, corpus) or "")[:200].replace("\n", " / "))
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok: all checks passed")
