# reads earlier sets in code only; prints only OUR question texts that collide
import json,glob,unicodedata,re,sys
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
def walk(o,acc):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','text','ask','user','input','turn') and isinstance(v,str): acc.add(norm(v))
            else: walk(v,acc)
    elif isinstance(o,list):
        for v in o:
            if isinstance(v,str) and len(v)<80: acc.add(norm(v))
            walk(v,acc)
old=set(); nfiles=0
pats=['/tmp/r67code/evals/**/*.jsonl','/tmp/r67code/evals/**/*.json','/work/main/evals/**/*.jsonl','/work/main/evals/**/*.json','/tmp/r67code/evals/**/*.py','/work/main/evals/trials/**/*.py']
import os
for p in pats:
    for f in glob.glob(p,recursive=True):
        if '/round67/xfu/' in f: continue
        nfiles+=1
        if f.endswith('.py'):
            for m in re.findall(r"['\"]([^'\"\n]{2,80})['\"]",open(f,errors='ignore').read()): old.add(norm(m))
            continue
        for line in open(f,errors='ignore'):
            line=line.strip()
            if not line: continue
            try: walk(json.loads(line),old)
            except Exception:
                try: walk(json.load(open(f)),old); break
                except Exception: break
mine=[]
for l in open('set.jsonl'):
    it=json.loads(l); mine.append((it['id'],0,it['question']))
    for i,t in enumerate(it['turns'] or []): mine.append((it['id'],i+1,t['question']))
print('files read',nfiles,'old texts',len(old))
seen=set(); bad=0
for iid,t,qq in mine:
    n=norm(qq)
    if n in old or n in seen: print('DUP',iid,t,qq); bad+=1
    seen.add(n)
print('dups',bad)
