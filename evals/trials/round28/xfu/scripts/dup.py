import json, os, sys, glob, unicodedata, re
def norm(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
def bg(s): s=norm(s); return {s[i:i+2] for i in range(len(s)-1)}
def jac(a,b): return len(a&b)/len(a|b) if a|b else 0
def collect(o,out):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','text','ask','user') and isinstance(v,str): out.append(v)
            else: collect(v,out)
    elif isinstance(o,list):
        for v in o:
            if isinstance(v,str) and 0<len(v)<80 and k_list_ok: out.append(v)
            else: collect(v,out)
k_list_ok=False
others=[]
roots=['/tmp/r28code/evals/data','/tmp/r28code/evals/sets','/tmp/r28code/evals/trials','/work/main/evals/data','/work/main/evals/sets','/work/main/evals/trials']
nfiles=0
for r in roots:
    for p in glob.glob(r+'/**/*',recursive=True):
        if '/round28/xfu' in p or not os.path.isfile(p) or not p.endswith(('.jsonl','.json')): continue
        nfiles+=1
        try: txt=open(p,encoding='utf-8').read()
        except Exception: continue
        objs=[]
        try: objs=[json.loads(txt)]
        except Exception:
            for line in txt.splitlines():
                try: objs.append(json.loads(line))
                except Exception: pass
        for o in objs: collect(o,others)
ob=[bg(x) for x in set(others)]
mine=[]
for l in open(sys.argv[1]):
    it=json.loads(l); mine.append((it['id'],0,it['question']))
    for i,t in enumerate(it['turns'] or []): mine.append((it['id'],i+1,t['question']))
print('files',nfiles,'other questions',len(ob))
bad=0
for iid,t,q in mine:
    b=bg(q); m=max((jac(b,o) for o in ob),default=0)
    # also within my set
    mm=max((jac(b,bg(q2)) for i2,t2,q2 in mine if (i2,t2)!=(iid,t)),default=0)
    flag='DUP' if m>=0.45 else ('SELF' if mm>=0.45 else '')
    if flag: bad+=1
    print(f'{iid}\t{t}\t{m:.2f}\t{mm:.2f}\t{flag}\t{q}')
print('flagged',bad)
