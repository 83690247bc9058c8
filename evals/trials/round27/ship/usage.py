# Reads earlier sets in code only; prints aggregate per-block citation counts (no contents).
import json, glob, re, sys, unicodedata
from collections import Counter
R='/tmp/r27code/evals'
files=[f for f in glob.glob(R+'/**/*.jsonl', recursive=True)]
def walk(o, qs, evs):
    if isinstance(o, dict):
        for k,v in o.items():
            if k=='question' and isinstance(v,str): qs.add(v)
            if k in ('evidence','gold','spans','sources') and isinstance(v,list):
                for e in v:
                    if isinstance(e,dict): evs.append(e)
            walk(v, qs, evs)
    elif isinstance(o, list):
        for x in o: walk(x, qs, evs)
qs=set(); evs=[]
for f in files:
    for line in open(f, encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        walk(o, qs, evs)
cov={}
for e in evs:
    fn=str(e.get('file') or e.get('source') or e.get('doc') or '')
    m=re.search(r'(00[0-4])_', fn)
    if not m: continue
    a=e.get('line_start') or e.get('start'); b=e.get('line_end') or e.get('end') or a
    if not isinstance(a,int): continue
    c=cov.setdefault(m.group(1), Counter())
    for i in range(a, (b or a)+1): c[i]+=1
blocks=[l.split() for l in open('/tmp/r27/ship/blocks.txt', encoding='utf-8') if l.strip()]
for f,a,b,lab in blocks:
    c=cov.get(f,Counter()); a=int(a); b=int(b)
    hits=sum(1 for i in range(a,b+1) if c[i]>0); mx=max([c[i] for i in range(a,b+1)]+[0])
    print(f"{f} {a:>4}-{b:<4} {lab:<14} lines_cited={hits:>3}/{b-a+1:<4} max={mx}")
print('questions known:', len(qs), 'evidence entries for shipped:', sum(1 for e in evs if re.search(r'00[0-4]_', str(e.get('file','')))))
json.dump(sorted(qs), open('/tmp/t27ship/oldq.json','w'), ensure_ascii=False)
if len(sys.argv)>1:
    for f,a,b,lab in blocks:
        c=cov.get(f,Counter())
        print(f, lab, ' '.join(f"{i}:{c[i]}" for i in range(int(a),int(b)+1) if c[i]<=2))
