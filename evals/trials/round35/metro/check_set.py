"""Validate set.jsonl with evals/sets/validate.py (imported, unmodified) against the metro corpus,
and check for exact duplicate questions against earlier sets (counts only, nothing printed from them)."""
import sys, json, glob
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/tmp/r35code/evals/sets")
import validate as V
corpus = V.Corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t35metro/corpus"))
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
for it in items:
    ck.item(it, corpus)
ids = Counter(it.id for it in items)
for k, v in ids.items():
    if v > 1: ck.err(k, "duplicate id")
old = V.existing_questions()
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for ti, t in enumerate(it.turns or [], 1):
        mine.setdefault(V.norm(t.question), f"{it.id}/turn{ti}")
for q, i in mine.items():
    if q in old: ck.err(i, "question in evals/data")
# earlier sets (read in code only)
prev = set()
for p in glob.glob("/tmp/r35code/evals/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if isinstance(d, dict):
            prev.add(V.norm(str(d.get("question", ""))))
dups = [i for q, i in mine.items() if q in prev and not i.count("/turn")]
print("first-turn exact duplicates of earlier sets:", dups)
print(V.summary("set.jsonl", items))
print(Counter(it.intent for it in items))
if ck.problems:
    print(len(ck.problems), "problems"); [print(" -", p) for p in ck.problems]; sys.exit(1)
print("ok")
