import json,glob,unicodedata,re
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
def qs(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','text') and isinstance(v,str): yield v
            else: yield from qs(v)
    elif isinstance(o,list):
        for v in o: yield from qs(v)
old=set()
files=glob.glob('/tmp/r26code/evals/sets/*.jsonl')+glob.glob('/tmp/r26code/evals/data/*.jsonl')+glob.glob('/tmp/r26code/evals/trials/**/*.jsonl',recursive=True)
for f in files:
    for line in open(f,encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        for q in qs(o): old.add(norm(q))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg=[(q,bg(q)) for q in old]
mine=[]
for line in open('set.jsonl'):
    it=json.loads(line); mine.append((it['id'],0,it['question']))
    for i,t in enumerate(it['turns'] or []): mine.append((it['id'],i+1,t['question']))
print('old questions',len(old),'files',len(files))
seen=set()
for iid,t,q in mine:
    n=norm(q)
    if n in seen: print('INTERNAL DUP',iid,t,q)
    seen.add(n)
    if n in old: print('EXACT',iid,t,q); continue
    b=bg(n); best=max((len(b&ob)/len(b|ob) for _,ob in oldbg if ob),default=0)
    if best>=0.6: print('NEAR %.2f'%best,iid,t,q)
