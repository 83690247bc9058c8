# Checks set.jsonl: schema (validate.Item), spans, key points in evidence, duplicates vs earlier question texts (code only).
import json, sys, glob, re
sys.path.insert(0, "/tmp/r49code/evals/sets")
import validate
C="/tmp/r49code/corpus/"
lines={}
def L(f):
    if f not in lines: lines[f]=open(C+f,encoding="utf-8").read().splitlines()
    return lines[f]
probs=[]; mine=[]
for ln in open("set.jsonl",encoding="utf-8"):
    d=json.loads(ln); it=validate.Item(**d)
    units=[(d["id"],0,d["question"],d["evidence"],d["key_points"],d["intent"])]
    for i,t in enumerate(d["turns"] or [],1): units.append((d["id"],i,t["question"],t["evidence"],t["key_points"],t["intent"]))
    for id,turn,q,evs,kps,intent in units:
        mine.append((id,turn,q))
        text=""
        for e in evs:
            ls=L(e["file"]); a,b=e["line_start"],e["line_end"]
            if not(1<=a<=b<=len(ls)): probs.append((id,turn,"span",e))
            text+="".join(ls[a-1:b])
        nt=validate.norm(text)
        for g in kps:
            if not any(validate.norm(p) in nt for p in g): probs.append((id,turn,"kp",g))
        if intent=="out_of_scope" and (evs or kps): probs.append((id,turn,"oos has ev"))
        if intent!="out_of_scope" and not evs: probs.append((id,turn,"no ev"))
# duplicates vs earlier sets (never printed)
old=set(); oldl=[]
files=glob.glob("/tmp/r49code/evals/data/*.jsonl")+glob.glob("/tmp/r49code/evals/sets/*.jsonl")+glob.glob("/tmp/r49code/evals/trials/**/*.jsonl",recursive=True)
def qs(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in("question","q","text","user") and isinstance(v,str): yield v
            else: yield from qs(v)
    elif isinstance(o,list):
        for v in o: yield from qs(v)
for f in files:
    for ln in open(f,encoding="utf-8"):
        try: o=json.loads(ln)
        except Exception: continue
        for q in qs(o): old.add(validate.norm(q)); oldl.append(validate.norm(q))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg=[bg(q) for q in set(oldl)]
for id,turn,q in mine:
    n=validate.norm(q)
    if n in old: probs.append((id,turn,"DUPLICATE of earlier question"))
    b=bg(n); mx=max((len(b&o)/len(b|o) for o in oldbg if o), default=0)
    if mx>=0.6: probs.append((id,turn,"near-dup jaccard %.2f"%mx))
qsn=[validate.norm(q) for _,t,q in mine if t==0]
if len(set(qsn))!=len(qsn): probs.append(("dup first-turn within set",))
print("files scanned",len(files),"old questions",len(old)); print("items",len(set(i for i,_,_ in mine)),"units",len(mine))
for p in probs: print(p)
print("OK" if not probs else "PROBLEMS %d"%len(probs))
