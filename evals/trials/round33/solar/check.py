import sys, json, glob
sys.path.insert(0, "/tmp/r33code/evals/sets")
from pathlib import Path
from collections import Counter
import validate as V
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
corpus = V.Corpus(Path(sys.argv[2]))
ids = Counter(i.id for i in items)
for k, v in ids.items():
    if v > 1: ck.err(k, "dup id")
for it in items:
    ck.item(it, corpus)
print(V.summary("set", items))
# near-duplicate screen against earlier sets (no printing of their text)
def bigr(s):
    s = V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
old = []
for p in glob.glob("/tmp/r33code/evals/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for q in [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]:
            if isinstance(q, str): old.append(bigr(q))
mine = [(it.id, it.question) for it in items] 
hits = 0
for iid, q in mine:
    b = bigr(q)
    for o in old:
        if b and o and len(b & o) / len(b | o) >= 0.6:
            hits += 1; print("near-dup first turn:", iid); break
print("near-dup count", hits)
print("\n".join(ck.problems) or "ok: all checks passed")
ex = V.existing_questions()
allq = [it.question for it in items] + [t.question for it in items for t in (it.turns or [])]
print("exact repeats of evals/data questions:", sum(V.norm(q) in ex for q in allq))
