import sys, json
sys.path.insert(0, "/tmp/r56code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t56wash/corpus"))
for it in items: ck.item(it, corpus)
ids=[it.id for it in items]; assert len(set(ids))==len(ids)
print(V.summary("wash", items))
print("\n".join(ck.problems) or "ok: all checks passed")
# duplicate check against earlier question texts (code only; prints only my ids)
import glob
mine = {V.norm(it.question): it.id for it in items}
for it in items:
    for t in it.turns or []: mine.setdefault(V.norm(t.question), it.id+"/t")
old=set()
for p in glob.glob("/tmp/r56code/evals/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d=json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for q in [d.get("question","")]+[t.get("question","") for t in (d.get("turns") or []) if isinstance(t, dict)]:
            if isinstance(q,str): old.add(V.norm(q))
dups=[v for k,v in mine.items() if k in old]
print("exact duplicates with earlier sets:", len(dups), dups)
