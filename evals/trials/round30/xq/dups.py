import json, os, re, sys
from collections import defaultdict
mine=[json.loads(l) for l in open(sys.argv[1],encoding='utf-8')]
qs=[]
for it in mine:
    qs.append((it['id'],it['question']))
    for i,t in enumerate(it['turns'] or [],1): qs.append((f"{it['id']}/t{i}",t['question']))
def bg(s):
    s=re.sub(r'\s+','',s); return {s[i:i+2] for i in range(len(s)-1)}
cands=set()
roots=['/tmp/r30code/evals/data','/tmp/r30code/evals/sets','/tmp/r30code/evals/trials','/work/main/evals/data','/work/main/evals/sets','/work/main/evals/trials']
CJK=re.compile(r'[\u4e00-\u9fff]')
for r in roots:
    for dp,dn,fn in os.walk(r):
        if '/round30/xq' in dp: continue
        for f in fn:
            p=os.path.join(dp,f)
            if os.path.getsize(p)>5_000_000: continue
            try: t=open(p,encoding='utf-8').read()
            except Exception: continue
            for seg in re.split(r'["\'\t\n|`]|\\n',t):
                if len(CJK.findall(seg))>=4 and len(seg)<=200: cands.add(seg.strip())
cands=list(cands); cb=[bg(c) for c in cands]
inv=defaultdict(list)
for i,b in enumerate(cb):
    for x in b: inv[x].append(i)
print('candidates',len(cands))
bad=0
for id_,q in qs:
    b=bg(q); cnt=defaultdict(int)
    for x in b:
        for i in inv.get(x,()): cnt[i]+=1
    best=0
    for i,c in cnt.items():
        j=c/len(b|cb[i]); best=max(best,j)
    if best>=0.45: bad+=1; print(f'{best:.2f}\t{id_}\t{q}')
print('flagged',bad,'of',len(qs))
