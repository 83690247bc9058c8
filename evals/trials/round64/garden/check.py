import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r64code/evals/sets")
import validate as v
ck = v.Checker()
items = v.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = v.Corpus(Path("/tmp/t64garden/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
ex = v.existing_questions()
print("first-turn dup with evals/data:", sum(1 for it in items if it.question in ex))
# dup with earlier sets (read in code only)
import json, glob
prev = set()
for p in glob.glob("/tmp/r64code/evals/sets/*.jsonl") + glob.glob("/tmp/r64code/evals/trials/**/*.jsonl", recursive=True):
    for ln in open(p, encoding="utf-8", errors="ignore"):
        try: o = json.loads(ln)
        except Exception: continue
        if isinstance(o, dict):
            if isinstance(o.get("question"), str): prev.add(o["question"])
            for t in (o.get("turns") or []):
                if isinstance(t, dict) and isinstance(t.get("question"), str): prev.add(t["question"])
qs = [it.question for it in items] + [t.question for it in items for t in (it.turns or [])]
print("dup with earlier sets:", sum(q in prev for q in qs), [q for q in qs if q in prev])
print("\n".join(ck.problems) or "ok")
