"""Duplicate check of this set's question texts against earlier sets. Reads them in code only; prints only OUR ids."""
import sys, json, glob
sys.path.insert(0,'/tmp/r43code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); items=V.load(Path('set.jsonl'),ck)
mine={}
for it in items:
    mine.setdefault(V.norm(it.question),[]).append(it.id)
    for k,t in enumerate(it.turns or [],1): mine.setdefault(V.norm(t.question),[]).append(f"{it.id}/t{k}")
old=set()
QK=("question","q","ask","query","turn","questions","turns","asks")
def walk(o, qctx=False):
    if isinstance(o,dict):
        for k,v in o.items():
            if isinstance(v,str) and k in QK: old.add(V.norm(v))
            else: walk(v, k in QK)
    elif isinstance(o,list):
        for v in o:
            if isinstance(v,str):
                if qctx: old.add(V.norm(v))
            else: walk(v, qctx)
files=glob.glob('/tmp/r43code/evals/**/*.json*',recursive=True)+glob.glob('/work/main/evals/**/*.json*',recursive=True)
files=[p for p in files if '/round43/xfu/' not in p]
for p in files:
    try: txt=open(p,encoding='utf-8').read()
    except Exception: continue
    try: walk(json.loads(txt)); continue
    except Exception: pass
    for line in txt.splitlines():
        try: walk(json.loads(line))
        except Exception: pass
# batch question files (one question per line) of earlier trials
for p in glob.glob('/work/main/evals/trials/**/*batch*',recursive=True)+glob.glob('/tmp/r43code/evals/trials/**/*batch*',recursive=True):
    if '/round43/xfu/' in p: continue
    try:
        for line in open(p,encoding='utf-8'): old.add(V.norm(line))
    except Exception: pass
d=[ids for q,ids in mine.items() if q in old]
print('old texts',len(old),'collisions:',d)
print('within set:',[ids for q,ids in mine.items() if len(ids)>1])
