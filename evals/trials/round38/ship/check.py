import sys, json, re, glob
sys.path.insert(0, "/tmp/r38code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker(); corp = V.Corpus(Path("/tmp/r38code/corpus"))
items = V.load(Path("/work/main/evals/trials/round38/ship/set.jsonl"), ck)
for it in items: ck.item(it, corp)
ids=[it.id for it in items]; assert len(set(ids))==len(ids)
print("problems:", len(ck.problems)); print("\n".join(ck.problems))
from collections import Counter
print(Counter(it.intent for it in items), Counter(it.persona for it in items))
# duplicate / near-duplicate check against earlier sets (code only, print my ids only)
mine=[]
for it in items:
    mine.append((it.id, V.norm(it.question)))
    for i,t in enumerate(it.turns or [],1): mine.append((f"{it.id}/t{i}", V.norm(t.question)))
old=set(); oldids=set()
files = glob.glob("/tmp/r38code/evals/data/*.jsonl")+glob.glob("/tmp/r38code/evals/sets/*.jsonl")+glob.glob("/tmp/r38code/evals/trials/**/*.jsonl", recursive=True)
for p in files:
    for line in open(p, encoding="utf-8"):
        try: o=json.loads(line)
        except Exception: continue
        if not isinstance(o, dict): continue
        if "id" in o: oldids.add(str(o["id"]))
        def grab(x):
            if isinstance(x, dict):
                for k,v in x.items():
                    if k in ("question","q","text") and isinstance(v,str): old.add(V.norm(v))
                    else: grab(v)
            elif isinstance(x, list):
                for v in x: grab(v)
        grab(o)
print("files scanned", len(files), "old questions", len(old))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg=[(bg(q)) for q in old]
for mid,q in mine:
    if q in old: print("EXACT DUP", mid)
    b=bg(q); best=max((len(b&o)/len(b|o) for o in oldbg if o), default=0)
    if best>=0.6: print("near", mid, round(best,2))
print("id clash:", [i for i in ids if i in oldids])
