"""Duplicate check of set.jsonl question texts against earlier sets (reads them in code, prints only my ids)."""
import json, glob, unicodedata, re
def n(s): return re.sub(r'[\s\?？。！!，,、~…]','',unicodedata.normalize('NFKC',s))
old=set()
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if isinstance(v,str) and k in ('question','q'): old.add(n(v))
            else: walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
files=set()
for root in ('/tmp/r62code/evals','/work/main/evals'):
    for f in glob.glob(root+'/**/*.jsonl',recursive=True):
        if '/round62/xfu/' not in f: files.add(f)
for f in files:
    for line in open(f,encoding='utf-8',errors='ignore'):
        try: walk(json.loads(line))
        except Exception: pass
print('files',len(files),'old questions',len(old))
d=0
for line in open('set.jsonl',encoding='utf-8'):
    it=json.loads(line)
    qs=[it['question']]+[t['question'] for t in (it['turns'] or [])]
    for i,q in enumerate(qs):
        if n(q) in old: print('DUP', it['id'], i); d+=1
print('dups',d)
