"""Validate set.jsonl with evals/sets/validate.py (imported, unmodified) + duplicate screen vs every *.jsonl
under /tmp/r35code/evals (read in code only; prints only our ids and scores)."""
import json, sys, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r35code/evals/sets")
import validate as v
HERE = Path(__file__).parent
ck = v.Checker()
corpus = v.Corpus(Path("/tmp/t35ship/corpus"))
items = v.load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
assert len(ids) == len(set(ids)), "dup ids"
old = v.existing_questions()
for it in items:
    if v.norm(it.question) in old:
        ck.err(it.id, "question in evals/data")
def bigrams(s):
    s = v.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
mine = []
for it in items:
    mine.append((it.id, it.question))
    for k, t in enumerate(it.turns or [], 1):
        mine.append((f"{it.id}/t{k}", t.question))
theirs, their_ids = [], set()
def collect(o):
    if isinstance(o, dict):
        for k, x in o.items():
            if k == "question" and isinstance(x, str): theirs.append(x)
            elif k == "id" and isinstance(x, str): their_ids.add(x)
            else: collect(x)
    elif isinstance(o, list):
        for x in o: collect(x)
for f in glob.glob("/tmp/r35code/evals/**/*.jsonl", recursive=True):
    for line in open(f, encoding="utf-8", errors="ignore"):
        line = line.strip()
        if not line: continue
        try: collect(json.loads(line))
        except Exception: pass
tb = [bigrams(q) for q in theirs]
worst = []
for mid, q in mine:
    b = bigrams(q); best = 0.0
    for o in tb:
        if not o or not b: continue
        j = len(b & o) / len(b | o)
        best = max(best, j)
    worst.append((best, mid))
worst.sort(reverse=True)
print("compared against", len(theirs), "earlier questions; top max-Jaccard:", [(round(a,3), m) for a, m in worst[:6]])
for a, m in worst:
    if a >= 0.6: ck.err(m, f"near-duplicate of an earlier question (J={a:.2f})")
for i in ids:
    if i in their_ids: ck.err(i, "id already used")
print(v.summary("set.jsonl", items))
if ck.problems:
    print(len(ck.problems), "problems"); [print(" -", p) for p in ck.problems]; sys.exit(1)
print("ok")
