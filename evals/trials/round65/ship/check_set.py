import json,glob,unicodedata,re,sys
C="/tmp/r65code/corpus/"
def norm(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
lines={}
def txt(e):
    f=e["file"]
    if f not in lines: lines[f]=open(C+f,encoding="utf-8").read().splitlines()
    return "\n".join(lines[f][e["line_start"]-1:e["line_end"]])
items=[json.loads(l) for l in open("set.jsonl",encoding="utf-8")]
bad=0
def chk(id,evid,kp,show):
    global bad
    t=norm("".join(txt(e) for e in evid))
    for g in kp:
        if not any(norm(p) in t for p in g): print("MISSING",id,g); bad+=1
    for e in evid:
        if not txt(e).strip(): print("EMPTY",id,e); bad+=1
    if show: print(id, "|", norm(txt(evid[0]))[:90] if evid else "")
for it in items:
    chk(it["id"],it["evidence"],it["key_points"],"-v" in sys.argv)
    for i,t in enumerate(it["turns"] or []): chk(it["id"]+f"#t{i+2}",t["evidence"],t["key_points"],"-v" in sys.argv)
# duplicates vs earlier sets, read in code only, never printed
mine=[(it["id"],it["question"]) for it in items]+[(it["id"]+"#t",t["question"]) for it in items for t in (it["turns"] or [])]
old=set()
files=glob.glob("/tmp/r65code/evals/data/*.jsonl")+glob.glob("/tmp/r65code/evals/sets/*.jsonl")+glob.glob("/tmp/r65code/evals/trials/**/*.jsonl",recursive=True)
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in("question","q","text") and isinstance(v,str): old.add(norm(v))
            else: walk(v)
    elif isinstance(o,list):
        for v in o: walk(v)
for f in files:
    for l in open(f,encoding="utf-8",errors="ignore"):
        try: walk(json.loads(l))
        except Exception: pass
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg=[bg(o) for o in old]
for id,q in mine:
    n=norm(q)
    if n in old: print("EXACT DUP",id); bad+=1
    b=bg(n); mx=max((len(b&o)/len(b|o) for o in oldbg if o),default=0)
    if mx>=0.6: print("near-dup (jaccard %.2f)"%mx,id)
print("old questions:",len(old),"problems:",bad)
