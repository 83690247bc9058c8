import sys, json
sys.path.insert(0,'/tmp/r40code/evals/sets')
import validate as v
from pathlib import Path
corpus=v.Corpus(Path('/tmp/t40optical/corpus'))
ck=v.Checker()
items=v.load(Path(sys.argv[1] if len(sys.argv)>1 else 'set.jsonl'),ck)
ids=set()
for it in items:
    ck.item(it,corpus)
    assert it.id not in ids; ids.add(it.id)
print(len(items),'items'); print('\n'.join(ck.problems) or 'ok')
# duplicates vs earlier sets (print ids only)
import glob,unicodedata,re
def bg(s):
    s=v.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
old=[]
for f in glob.glob('/tmp/r40code/evals/sets/*.jsonl')+glob.glob('/tmp/r40code/evals/data/*.jsonl')+glob.glob('/tmp/r40code/evals/trials/**/*.jsonl',recursive=True):
    for line in open(f,encoding='utf-8'):
        try: o=json.loads(line)
        except Exception: continue
        qs=[o.get('question','')]+[t.get('question','') for t in (o.get('turns') or [])]
        old+= [x for x in qs if isinstance(x,str) and x]
oldb=[(x,bg(x)) for x in old]; olds={v.norm(x) for x in old}
for it in items:
    for qq in [it.question]+[t.question for t in (it.turns or [])]:
        b=bg(qq); best=max((len(b&o)/len(b|o) for _,o in oldb if o),default=0)
        if v.norm(qq) in olds or best>=0.6: print("similar", it.id, round(best,2), "exact" if v.norm(qq) in olds else "", qq)
