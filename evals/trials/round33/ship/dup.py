import json,glob,unicodedata,re
def norm(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
def bg(s): s=norm(s); return {s[i:i+2] for i in range(len(s)-1)}
def jac(a,b): return len(a&b)/max(1,len(a|b))
old=[]
files=glob.glob("/tmp/r33code/evals/trials/**/*.jsonl",recursive=True)+glob.glob("/tmp/r33code/evals/sets/*.jsonl")+glob.glob("/tmp/r33code/evals/data/*.jsonl")
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in("question","q","text","ask") and isinstance(v,str): old.append(v)
            else: walk(v)
    elif isinstance(o,list):
        for x in o: walk(x)
for f in files:
    for line in open(f,encoding="utf-8",errors="ignore"):
        try: walk(json.loads(line))
        except Exception: pass
oldb=[bg(q) for q in old]
print("old questions:",len(old),"files",len(files))
mine=[]
for line in open("/work/main/evals/trials/round33/ship/set.jsonl",encoding="utf-8"):
    it=json.loads(line); mine.append((it["id"],it["question"]))
    for i,t in enumerate(it["turns"] or [],1): mine.append((f'{it["id"]}/t{i}',t["question"]))
bad=0
for id,q in mine:
    b=bg(q); m=max(jac(b,o) for o in oldb); ex=norm(q) in {norm(x) for x in old}
    if m>=0.6 or ex: bad+=1; print("FLAG",id,round(m,2),"exact" if ex else "")
print("flagged",bad,"of",len(mine))
