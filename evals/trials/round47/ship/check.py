import sys, json, glob
sys.path.insert(0,'/tmp/r47code/evals/sets')
import validate as v
from pathlib import Path
mine=Path("/work/main/evals/trials/round47/ship/set.jsonl")
ck=v.Checker(); items=v.load(mine,ck)
corp=v.Corpus(Path('/tmp/r47code/corpus'))
for it in items: ck.item(it,corp)
print("\n".join(ck.problems) or "validate: ok")
# my questions
myq={}
for it in items:
    myq[v.norm(it.question)]=it.id
    for i,t in enumerate(it.turns or [],1): myq.setdefault(v.norm(t.question),f"{it.id}/t{i}")
ids={it.id for it in items}
files=glob.glob('/tmp/r47code/evals/data/*.jsonl')+glob.glob('/tmp/r47code/evals/sets/*.jsonl')+glob.glob('/tmp/r47code/evals/trials/**/*.jsonl',recursive=True)
old=set(); oldids=set()
def walk(d):
    if isinstance(d,dict):
        for k,x in d.items():
            if k in("question","q","text","user") and isinstance(x,str): old.add(v.norm(x))
            if k=="id" and isinstance(x,str): oldids.add(x)
            walk(x)
    elif isinstance(d,list):
        for x in d:
            if isinstance(x,str): old.add(v.norm(x))
            else: walk(x)
for f in files:
    for raw in open(f,encoding='utf-8'):
        raw=raw.strip()
        if not raw: continue
        try: walk(json.loads(raw))
        except Exception: pass
print("files scanned",len(files))
dups=[i for q,i in myq.items() if q in old]
print("duplicate question texts (my ids):",dups)
print("id collisions:",sorted(ids&oldids))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldl=[bg(o) for o in old if len(o)>3]
near=[]
for q,i in myq.items():
    b=bg(q); m=max((len(b&o)/len(b|o) for o in oldl),default=0)
    if m>=0.6: near.append((i,round(m,2)))
print("near (>=0.6):",near)
