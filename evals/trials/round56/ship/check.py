import sys,json,glob
sys.path.insert(0,"/tmp/r56code/evals/sets")
import validate as V
from pathlib import Path
c=V.Checker(); corp=V.Corpus(Path("/tmp/r56code/corpus"))
items=V.load(Path("set.jsonl"),c)
for it in items: c.item(it,corp)
print("\n".join(c.problems) or "no problems")
# duplicate check (texts never printed)
def qs(path):
    out=set()
    for line in open(path,encoding="utf-8"):
        line=line.strip()
        if not line: continue
        try: d=json.loads(line)
        except Exception: continue
        for k in ("question","q","query","text"):
            if isinstance(d.get(k),str): out.add(V.norm(d[k]))
        for t in d.get("turns") or []:
            if isinstance(t,dict) and isinstance(t.get("question"),str): out.add(V.norm(t["question"]))
    return out
old=set()
files=glob.glob("/tmp/r56code/evals/data/*.jsonl")+glob.glob("/tmp/r56code/evals/sets/*.jsonl")+glob.glob("/tmp/r56code/evals/trials/**/set*.jsonl",recursive=True)+glob.glob("/tmp/r56code/evals/trials/**/*.jsonl",recursive=True)
for f in set(files): old|=qs(f)
print("old questions:",len(old), "files:",len(set(files)))
mine=[]
for it in items:
    mine.append((it.id,0,it.question))
    for j,t in enumerate(it.turns or [],1): mine.append((it.id,j,t.question))
dups=[(i,j) for i,j,q in mine if V.norm(q) in old]
print("duplicates (id,turn):",dups)
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldb=[bg(q) for q in old if len(q)>3]
for i,j,q in mine:
    b=bg(V.norm(q)); m=max((len(b&o)/len(b|o) for o in oldb if o), default=0)
    if m>=0.6: print("near",i,j,round(m,2))
