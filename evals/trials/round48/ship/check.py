import sys, json, glob, unicodedata, re
sys.path.insert(0,'/tmp/r48code/evals/sets'); import validate
from pathlib import Path
ch=validate.Checker(); corpus=validate.Corpus(Path('/tmp/t48ship/corpus'))
items=validate.load(Path('set.jsonl'),ch)
for it in items: ch.item(it,corpus)
print("problems:",ch.problems)
# duplicate check (code only; never print others' text)
def qs(obj):
    out=[obj.get('question')]
    for t in obj.get('turns') or []: out.append(t.get('question'))
    return [q for q in out if q]
others=set()
files=glob.glob('/tmp/r48code/evals/data/*.jsonl')+glob.glob('/tmp/r48code/evals/sets/*.jsonl')+glob.glob('/tmp/r48code/evals/trials/**/*.jsonl',recursive=True)
for fn in files:
    for line in open(fn,encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        if isinstance(o,dict):
            for q in qs(o): others.add(validate.norm(q))
            for k in ('q','query','text'):
                if isinstance(o.get(k),str): others.add(validate.norm(o[k]))
def big(s): return {s[i:i+2] for i in range(len(s)-1)}
ob=[(q,big(q)) for q in others]
print("other questions:",len(others))
for l in open('set.jsonl',encoding='utf-8'):
    o=json.loads(l)
    for q in qs(o):
        n=validate.norm(q); b=big(n)
        if n in others: print("EXACT DUP", o['id'], q)
        best=max((len(b&x)/len(b|x) for _,x in ob if x), default=0)
        if best>=0.45: print("near", o['id'], q, round(best,2))
