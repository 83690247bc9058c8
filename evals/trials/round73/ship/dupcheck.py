# Duplicate check: reads earlier sets in code only, prints only this set's ids and scores.
import json,glob,unicodedata,re,os
os.chdir('/tmp/r73code')
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
def qs(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q') and isinstance(v,str): yield v
            else: yield from qs(v)
    elif isinstance(o,list):
        for v in o: yield from qs(v)
files=glob.glob('evals/data/*.jsonl')+glob.glob('evals/sets/*.jsonl')+glob.glob('evals/trials/**/*.jsonl',recursive=True)
old=set()
for f in files:
    for line in open(f,encoding='utf-8'):
        try: o=json.loads(line)
        except Exception: continue
        for q in qs(o): old.add(norm(q))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldb=[bg(q) for q in old]
mine=[]
for line in open('/work/main/evals/trials/round73/ship/set.jsonl'):
    it=json.loads(line); mine.append((it['id'],it['question']))
    for k,t in enumerate(it['turns'] or []): mine.append((f"{it['id']}/t{k+1}",t['question']))
nex=0
for id,q in mine:
    n=norm(q); b=bg(n); exact=n in old; nex+=exact
    best=max((len(b&ob)/len(b|ob) if b|ob else 0) for ob in oldb)
    if exact or best>=0.75: print(id,'EXACT' if exact else '', round(best,2))
print('checked',len(mine),'questions against',len(old),'earlier; exact repeats:',nex)
