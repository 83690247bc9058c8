import sys, json, glob, unicodedata, re
sys.path.insert(0, "/tmp/r60code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t60ship/corpus"))
for it in items:
    ck.item(it, corpus)
print("problems:", len(ck.problems))
for p in ck.problems: print(p)
# duplicate check vs earlier sets (contents never printed)
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def big(s): s=n(s); return {s[i:i+2] for i in range(len(s)-1)}
old = []
files = glob.glob("/tmp/r60code/evals/data/*.jsonl")+glob.glob("/tmp/r60code/evals/sets/*.jsonl")+glob.glob("/tmp/r60code/evals/trials/**/set*.jsonl", recursive=True)
for f in files:
    for line in open(f, encoding="utf-8"):
        try: d = json.loads(line)
        except Exception: continue
        if not isinstance(d, dict): continue
        for k in ("question",):
            if isinstance(d.get(k), str): old.append(d[k])
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str): old.append(t["question"])
oldn = {n(q) for q in old}; oldb = [big(q) for q in old]
print("old questions:", len(old), "files:", len(files))
mine = []
for it in items:
    mine.append((it.id, 0, it.question))
    for i, t in enumerate(it.turns or [], 1): mine.append((it.id, i, t.question))
for id_, t, q in mine:
    exact = n(q) in oldn
    b = big(q); mx = max((len(b & o) / len(b | o) for o in oldb if b | o), default=0)
    if exact or mx >= 0.6: print("DUP?", id_, t, "exact" if exact else "", round(mx, 2))
