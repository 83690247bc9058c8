import sys, json, glob, re, unicodedata
sys.path.insert(0,'/tmp/r36code/evals/sets')
import validate as v
from pathlib import Path
ck=v.Checker(); corpus=v.Corpus(Path('/tmp/t36xfu/corpus'))
items=v.load(Path('/work/main/evals/trials/round36/xfu/set.jsonl'),ck)
for it in items: ck.item(it,corpus)
ids=[it.id for it in items]; assert len(ids)==len(set(ids))
print(v.summary('set',items)); print('problems:',len(ck.problems)); [print(' -',p) for p in ck.problems]
# files covered
print('files', len(v.files_of(items)))
# duplicate check vs all earlier jsonl
def bg(s):
    s=v.norm(s); return {s[i:i+2] for i in range(len(s)-1)} or {s}
old=[]; oldids=set()
for p in glob.glob('/tmp/r36code/evals/**/*.jsonl',recursive=True):
    for raw in open(p,encoding='utf-8'):
        raw=raw.strip()
        if not raw: continue
        try: d=json.loads(raw)
        except Exception: continue
        if not isinstance(d,dict): continue
        if 'id' in d: oldids.add(str(d['id']))
        def walk(x):
            if isinstance(x,dict):
                for k,val in x.items():
                    if k in('question','q','text','ask') and isinstance(val,str): old.append(bg(val))
                    else: walk(val)
            elif isinstance(x,list):
                for e in x: walk(e)
        walk(d)
print('old questions', len(old))
mine=[]
for it in items:
    mine.append((it.id,0,it.question))
    for i,t in enumerate(it.turns or [],1): mine.append((it.id,i,t.question))
bad=0
for iid,i,qq in mine:
    b=bg(qq); m=max((len(b&o)/len(b|o) for o in old),default=0)
    if m>=0.6: bad+=1; print('DUP',iid,i,qq,round(m,2))
print('dups',bad,'id clash',[i for i in ids if i in oldids])
