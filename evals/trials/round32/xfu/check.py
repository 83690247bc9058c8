import sys,json,re,glob,unicodedata
sys.path.insert(0,'/tmp/r32code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); p=Path('/work/main/evals/trials/round32/xfu/set.jsonl')
items=V.load(p,ck); corpus=V.Corpus(Path('/tmp/t32xfu/corpus'))
for it in items: ck.item(it,corpus)
ids=[it.id for it in items]; assert len(set(ids))==len(ids)
print('problems:',len(ck.problems)); [print(' -',x) for x in ck.problems]
# duplicate / jaccard screen vs earlier sets (code only, never print their content)
def bg(s):
    s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)} or {s}
old=[]
for f in glob.glob('/tmp/r32code/evals/**/*.jsonl',recursive=True):
    for line in open(f,encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        qs=[]
        def walk(x):
            if isinstance(x,dict):
                for k,v in x.items():
                    if k in('question','q','text','prompt') and isinstance(v,str): qs.append(v)
                    else: walk(v)
            elif isinstance(x,list):
                for v in x: walk(v)
                if x and all(isinstance(v,str) for v in x) and False: pass
        walk(o)
        old+= [bg(q) for q in qs]
print('old questions:',len(old))
mine=[]
for it in items:
    mine.append((it.id+'#1',it.question))
    for i,t in enumerate(it.turns or [],2): mine.append((f'{it.id}#{i}',t.question))
bad=0
for k,q in mine:
    b=bg(q); m=max((len(b&o)/len(b|o) for o in old),default=0)
    if m>=0.45: bad+=1; print('SIMILAR',k,q,round(m,2))
print('flagged',bad,'of',len(mine))
