import sys, json, glob
sys.path.insert(0, "/tmp/r48code/evals/sets")
from pathlib import Path
import validate as V
c = V.Checker(); corpus = V.Corpus(Path("/tmp/t48fire/corpus"))
items = V.load(Path(sys.argv[1]), c)
for it in items: c.item(it, corpus)
ids = [it.id for it in items]
assert len(set(ids)) == len(ids)
# duplicate screen against earlier sets: code only, print counts/ids of mine only
def bigr(s): s = V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
prev = []
for f in glob.glob("/tmp/r48code/evals/**/*.jsonl", recursive=True):
    for raw in open(f, encoding="utf-8"):
        try: o = json.loads(raw)
        except Exception: continue
        if isinstance(o, dict):
            for k in ("question",):
                if isinstance(o.get(k), str): prev.append(o[k])
            for t in o.get("turns") or []:
                if isinstance(t, dict) and isinstance(t.get("question"), str): prev.append(t["question"])
prevset = set(V.norm(x) for x in prev); prevb = [bigr(x) for x in prev]
for it in items:
    qs = [it.question] + [t.question for t in (it.turns or [])]
    for qq in qs[:1]:
        exact = V.norm(qq) in prevset
        b = bigr(qq); mx = max((len(b & pb) / len(b | pb) for pb in prevb if b | pb), default=0)
        if exact or mx >= 0.6: print("DUP?", it.id, "exact" if exact else f"jacc={mx:.2f}")
    if it.id.startswith("x") or it.id.startswith("s"): print("bad id", it.id)
from collections import Counter
print(Counter(it.intent for it in items), Counter(it.persona for it in items))
print("\n".join(c.problems) or "ok: all checks passed")
