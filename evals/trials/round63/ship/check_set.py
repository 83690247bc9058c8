import sys, json, pathlib
sys.path.insert(0,'/tmp/r63code/evals/sets')
import validate
ck=validate.Checker()
items=validate.load(pathlib.Path('set.jsonl'),ck)
corp=validate.Corpus(pathlib.Path('/tmp/r63code/corpus'))
for it in items: ck.item(it,corp)
print({k:(v if not isinstance(v,list) else v[:50]) for k,v in vars(ck).items()})
# duplicate check against earlier question texts (in code only)
import glob
prev=set()
paths=glob.glob('/tmp/r63code/evals/data/*.jsonl')+glob.glob('/tmp/r63code/evals/sets/*.jsonl')+glob.glob('/tmp/r63code/evals/trials/**/set*.jsonl',recursive=True)
def qs(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','query') and isinstance(v,str): yield v
            else: yield from qs(v)
    elif isinstance(o,list):
        for v in o: yield from qs(v)
for p in paths:
    for line in open(p,encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: prev.update(validate.norm(q) for q in qs(json.loads(line)))
        except Exception: pass
mine=[]
for line in open('set.jsonl',encoding='utf-8'):
    o=json.loads(line); mine.append((o['id'],o['question']))
    for t in o['turns'] or []: mine.append((o['id']+'/t',t['question']))
def bg(s): s=validate.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
pb=[bg(q) for q in prev]
print('files',len(paths),'prev questions',len(prev))
for i,q in mine:
    exact=validate.norm(q) in prev
    b=bg(q); mx=max((len(b&x)/len(b|x) for x in pb if b|x),default=0)
    if exact or mx>=0.6: print('DUP' if exact else 'near', i, round(mx,2))
