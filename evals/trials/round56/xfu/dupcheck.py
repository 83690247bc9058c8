"""Checks (in code only, printing no foreign text) that no question of set.jsonl repeats one of earlier sets."""
import json, re, unicodedata, glob, os
def norm(s): return re.sub(r'[\s\W_]+','',unicodedata.normalize('NFKC',s)).lower()
seen=set()
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in ('question','q','text','user','ask') and isinstance(v,str): seen.add(norm(v))
            else: walk(v)
    elif isinstance(o,list):
        for v in o:
            if isinstance(v,str): seen.add(norm(v))
            else: walk(v)
files=[f for f in glob.glob('/tmp/r56code/evals/**/*', recursive=True) if f.endswith(('.jsonl','.json','.txt','.tsv','.md')) and os.path.isfile(f)]
nf=0
for f in files:
    nf+=1
    try: txt=open(f,encoding='utf-8').read()
    except Exception: continue
    if f.endswith('.jsonl'):
        for line in txt.splitlines():
            try: walk(json.loads(line))
            except Exception: pass
    elif f.endswith('.json'):
        try: walk(json.loads(txt))
        except Exception: pass
    # also: any whole line / tab field of text files counts as a possible question
    for line in txt.splitlines():
        for fld in line.split('\t'): seen.add(norm(fld))
mine=[json.loads(l) for l in open('set.jsonl',encoding='utf-8')]
bad=[]
for it in mine:
    qs=[('first',it['question'])]+[(f't{i+1}',t['question']) for i,t in enumerate(it['turns'] or [])]
    for w,q in qs:
        if norm(q) in seen: bad.append(f"{it['id']}/{w}")
print('files scanned',nf,'texts',len(seen),'collisions',len(bad),bad)
