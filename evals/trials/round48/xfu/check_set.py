import sys, json, glob, os
from pathlib import Path
sys.path.insert(0,'/tmp/r48code/evals/sets'); import validate as v
ch=v.Checker(); items=v.load(Path('set.jsonl'),ch); corp=v.Corpus(Path('/work/shared/corpus-extra'))
for it in items: ch.item(it,corp)
errs=[getattr(ch,a) for a in vars(ch)]
print({a:(len(x) if hasattr(x,'__len__') else x) for a,x in vars(ch).items()})
for a,x in vars(ch).items():
    if isinstance(x,list):
        for e in x: print(e)
print('files',len(v.files_of(items)),'formats',sorted(v.formats_of(items)))
# duplicate check against earlier sets (code only; print only my ids)
mine={}
for it in items:
    mine[v.norm(it.question)]=it.id
    for j,t in enumerate(it.turns or [],2): mine.setdefault(v.norm(t.question),f"{it.id}#{j}")
old=set()
for p in glob.glob('/tmp/r48code/evals/**/*.jsonl',recursive=True)+glob.glob('/work/main/evals/**/*.jsonl',recursive=True):
    if '/round48/' in p: continue
    for line in open(p,encoding='utf-8',errors='ignore'):
        try: o=json.loads(line)
        except Exception: continue
        def walk(x):
            if isinstance(x,dict):
                for k,val in x.items():
                    if k in('question','q','text','ask') and isinstance(val,str): old.add(v.norm(val))
                    else: walk(val)
            elif isinstance(x,list):
                for y in x: walk(y)
        walk(o)
print('old questions',len(old)); print('collisions',[mine[q] for q in mine if q in old])
try: print('existing_questions',len(v.existing_questions()), [mine[q] for q in mine if q in {v.norm(x) for x in v.existing_questions()}])
except Exception as e: print('eq err',e)
