import sys, json, glob, unicodedata, re
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
mine=[]
for l in open('set.jsonl'):
    d=json.loads(l); mine.append((d['id'],d['question']))
    for t in d.get('turns') or []: mine.append((d['id']+'/t',t['question']))
files=glob.glob('/tmp/r52code/evals/data/*.jsonl')+glob.glob('/tmp/r52code/evals/sets/*.jsonl')+glob.glob('/tmp/r52code/evals/trials/**/*.jsonl',recursive=True)
files=[f for f in files if '/round52/' not in f]
other=set()
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if isinstance(v,str) and k in('question','q','text','content','query'): other.add(norm(v))
            else: walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
for f in files:
    for l in open(f,encoding='utf-8',errors='ignore'):
        try: walk(json.loads(l))
        except Exception: pass
seen=set()
for i,q in mine:
    if norm(q) in other: print('DUP', i, q)
    if norm(q) in seen: print('SELFDUP', i, q)
    seen.add(norm(q))
print('checked',len(mine))
