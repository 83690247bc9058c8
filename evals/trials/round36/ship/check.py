import sys, json, glob
sys.path.insert(0, "/tmp/r36code/evals/sets")
import validate as V
from pathlib import Path
SET=Path("/work/main/evals/trials/round36/ship/set.jsonl")
ck=V.Checker(); items=V.load(SET,ck); corpus=V.Corpus(Path("/tmp/t36ship/corpus"))
for it in items: ck.item(it,corpus)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
qs=[V.norm(i.question) for i in items]; assert len(qs)==len(set(qs))
old=V.existing_questions()
for it in items:
    if V.norm(it.question) in old: ck.err(it.id,"in evals/data")
print(V.summary("set.jsonl",items))
print("problems:",ck.problems or "none")
# duplicate check vs every jsonl under evals (code only, never print their text)
def bg(s):
    s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
def qtexts(obj):
    out=[]
    if isinstance(obj,dict):
        for k,v in obj.items():
            if k in ("question","q","text","content","user") and isinstance(v,str): out.append(v)
            else: out+=qtexts(v)
    elif isinstance(obj,list):
        for v in obj: out+=qtexts(v)
    return out
others=[];ids_other=set()
for p in glob.glob("/tmp/r36code/evals/**/*.jsonl",recursive=True):
    for line in open(p,encoding="utf-8",errors="ignore"):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        if isinstance(o,dict) and "id" in o: ids_other.add(str(o["id"]))
        for t in qtexts(o): others.append(bg(t))
print("compared against",len(others),"texts")
mine=[]
for it in items:
    mine.append((it.id,it.question))
    for k,t in enumerate(it.turns or [],1): mine.append((f"{it.id}/t{k}",t.question))
bad=0; mx=0
for iid,q in mine:
    b=bg(q); best=max((len(b&o)/len(b|o) for o in others if o), default=0)
    mx=max(mx,best)
    if best>=0.6: print("DUP",iid,round(best,2)); bad+=1
print("max jaccard",round(mx,3),"dups",bad, "id clashes", len(set(ids)&ids_other))
