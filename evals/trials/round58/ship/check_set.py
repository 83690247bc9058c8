"""Validate set.jsonl with evals/sets/validate.py (imported unmodified) and check that no question
repeats an earlier set (reads the earlier files in code only, prints ids only)."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r58code/evals/sets")
import validate as V
here = Path(__file__).parent
ch = V.Checker()
items = V.load(here / "set.jsonl", ch)
corpus = V.Corpus(Path("/tmp/r58code/corpus"))
for it in items:
    ch.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ch.err("set", "duplicate ids")
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for k, t in enumerate(it.turns or [], 1):
        mine.setdefault(V.norm(t.question), f"{it.id}/turn{k}")
old_q, old_ids = set(), set()
files = glob.glob("/tmp/r58code/evals/data/*.jsonl") + glob.glob("/tmp/r58code/evals/sets/*.jsonl") \
    + glob.glob("/tmp/r58code/evals/trials/**/*.jsonl", recursive=True)
for f in files:
    for raw in open(f, encoding="utf-8"):
        try:
            d = json.loads(raw)
        except Exception:
            continue
        if not isinstance(d, dict):
            continue
        old_ids.add(d.get("id"))
        qs = [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]
        for q in qs:
            if isinstance(q, str):
                old_q.add(V.norm(q))
dups = sorted(v for k, v in mine.items() if k in old_q)
print("items", len(items), "files compared", len(files))
print("duplicate questions (ids only):", dups)
print("id clashes:", sorted(set(ids) & old_ids))
from collections import Counter
print(Counter(it.intent for it in items))
print("problems:", len(ch.problems))
for p in ch.problems: print(" ", p)
