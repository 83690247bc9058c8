import sys, json, glob
sys.path.insert(0,"/tmp/r72code/evals/sets")
import validate as V
from pathlib import Path
ck=V.Checker(); corpus=V.Corpus(Path("/tmp/r72code/corpus"))
items=V.load(Path("/work/main/evals/trials/round72/ship/set.jsonl"),ck)
for it in items: ck.item(it,corpus)
print("validator problems:",len(ck.problems))
for p in ck.problems: print(" ",p)
# duplicates vs earlier sets (code only, print only my ids)
old=set(); oldbg=[]
files=glob.glob("/tmp/r72code/evals/data/*.jsonl")+glob.glob("/tmp/r72code/evals/sets/*.jsonl")+glob.glob("/tmp/r72code/evals/trials/**/*.jsonl",recursive=True)
for fn in files:
    for raw in open(fn,encoding="utf-8"):
        raw=raw.strip()
        if not raw: continue
        try: d=json.loads(raw)
        except Exception: continue
        qs=[d.get("question","")]+[t.get("question","") for t in (d.get("turns") or []) if isinstance(t,dict)]
        for t in d.get("turns") or []:
            if isinstance(t,str): qs.append(t)
        for q in qs:
            if isinstance(q,str) and q: old.add(V.norm(q))
print("files scanned",len(files),"old questions",len(old))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldl=[(q,bg(q)) for q in old]
mine=[]
for it in items:
    mine.append((it.id,it.question))
    for k,t in enumerate(it.turns or [],1): mine.append((f"{it.id}/t{k}",t.question))
seen=set()
for id_,q in mine:
    n=V.norm(q)
    if n in old: print("EXACT DUP:",id_)
    if n in seen: print("INTERNAL DUP:",id_)
    seen.add(n)
    b=bg(n); mx=max((len(b&o)/len(b|o) for _,o in oldl if o),default=0)
    if mx>=0.6: print(f"near-dup {id_} jaccard={mx:.2f}")
