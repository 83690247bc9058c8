import sys, json, re, glob, pathlib
sys.path.insert(0,'/tmp/r73code/evals/sets')
import validate as V
from collections import Counter
ck=V.Checker(); corpus=V.Corpus(pathlib.Path('/work/shared/corpus-extra'))
items=V.load(pathlib.Path('set.jsonl'),ck)
for it in items: ck.item(it,corpus)
ids=Counter(i.id for i in items); [ck.err(k,'dup id') for k,v in ids.items() if v>1]
print('\n'.join(ck.problems) or 'validator: ok', len(items))
# duplicate check against earlier sets (never print their contents)
mine=[]
for it in items:
    mine.append((it.id+'/0',it.question))
    for ti,t in enumerate(it.turns or [],1): mine.append((f'{it.id}/{ti}',t.question))
old=set()
files=glob.glob('/tmp/r73code/evals/data/*.jsonl')+glob.glob('/tmp/r73code/evals/sets/*.jsonl')+glob.glob('/tmp/r73code/evals/trials/**/*.jsonl',recursive=True)+glob.glob('/work/main/evals/trials/**/*.jsonl',recursive=True)
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k=='question' and isinstance(v,str): old.add(v.strip())
            else: walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
me=pathlib.Path('set.jsonl').resolve()
for f in files:
    if pathlib.Path(f).resolve()==me or '/round73/' in f: continue
    for ln in open(f,encoding='utf-8',errors='ignore'):
        try: walk(json.loads(ln))
        except Exception: pass
print('old strings:',len(old),'from',len(files),'files')
def nz(s): return re.sub(r'[\s，。？?！!、,.]','',s)
oldn={nz(s) for s in old}
hits=[k for k,q in mine if q.strip() in old or nz(q) in oldn]
print('exact/normalised duplicates:',hits)
qs=Counter(q for _,q in mine); print('internal dups:',[k for k,q in mine if qs[q]>1])
import pickle; pickle.dump(oldn,open('/tmp/t73xfu/oldn.pkl','wb'))
