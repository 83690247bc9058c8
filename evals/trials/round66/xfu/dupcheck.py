import sys,json,glob,unicodedata,re
def n(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
old=set()
files=glob.glob('/tmp/r66code/evals/**/*.jsonl',recursive=True)+glob.glob('/work/main/evals/trials/**/*.jsonl',recursive=True)
files=[f for f in files if '/round66/' not in f]
def walk(o):
    if isinstance(o,dict):
        for k,val in o.items():
            if isinstance(val,str) and k in("question","q","text","ask","user","content"): old.add(n(val))
            else: walk(val)
    elif isinstance(o,list):
        for x in o: walk(x) if not isinstance(x,str) else old.add(n(x))
for f in files:
    for line in open(f,encoding="utf-8",errors="ignore"):
        try: walk(json.loads(line))
        except Exception: pass
mine=[]
for l in open('set.jsonl',encoding='utf-8'):
    d=json.loads(l); mine.append((d['id'],0,d['question']))
    for i,t in enumerate(d['turns'] or [],1): mine.append((d['id'],i,t['question']))
print("old",len(old),"dups",[(a,b) for a,b,q in mine if n(q) in old])
qs=[n(q) for _,_,q in mine]; print("internal dups",[(a,b) for (a,b,q) in mine if qs.count(n(q))>1])
