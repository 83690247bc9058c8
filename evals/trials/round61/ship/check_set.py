import sys, json, glob, re, unicodedata
sys.path.insert(0, "/tmp/r61code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker(); corpus = V.Corpus(Path("/tmp/r61code/corpus"))
items = V.load(Path("set.jsonl"), ck)
for it in items: ck.item(it, corpus)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
print("problems:", len(ck.problems)); [print(" ", p) for p in ck.problems]
# duplicate check against earlier question texts (read in code only, never printed)
def qs_of(path):
    out=[]
    for ln in open(path, encoding="utf-8"):
        ln=ln.strip()
        if not ln: continue
        try: o=json.loads(ln)
        except Exception: continue
        def walk(x):
            if isinstance(x, dict):
                for k,v in x.items():
                    if k in ("question","q","text","user") and isinstance(v,str): out.append(v)
                    else: walk(v)
            elif isinstance(x, list):
                for v in x: walk(v)
        walk(o)
    return out
files = glob.glob("/tmp/r61code/evals/data/*.jsonl")+glob.glob("/tmp/r61code/evals/sets/*.jsonl")+glob.glob("/tmp/r61code/evals/trials/**/*.jsonl", recursive=True)
old=set(); ids_=set()
for f in files:
    for q in qs_of(f): old.add(V.norm(q))
    for ln in open(f,encoding="utf-8"):
        try: ids_.add(json.loads(ln).get("id"))
        except Exception: pass
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg=[(q,bg(q)) for q in old]
mine=[]
for it in items:
    mine.append((it.id, it.question))
    for k,t in enumerate(it.turns or [],1): mine.append((f"{it.id}/t{k}", t.question))
print("earlier files:", len(files), "questions:", len(old))
for i,q in mine:
    n=V.norm(q); b=bg(n)
    if n in old: print("EXACT DUP", i)
    best=max((len(b&ob)/len(b|ob) if b|ob else 0) for _,ob in oldbg)
    if best>=0.45: print("near-dup", i, round(best,2))
print("id clash:", [i for i in ids if i in ids_])
