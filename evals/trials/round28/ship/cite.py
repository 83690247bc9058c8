import json, glob, os, re, collections, sys
R='/tmp/r28code/evals'
files=[f for f in glob.glob(R+'/**/*.jsonl', recursive=True)]
SHIP=set(os.listdir('/tmp/t28ship/corpus'))
cnt=collections.defaultdict(collections.Counter)
qs=[]
nfile=0; unk=collections.Counter()
def walk(o, src):
    if isinstance(o, dict):
        f=o.get('file') or o.get('source') or o.get('doc')
        if isinstance(f,str):
            b=os.path.basename(f)
            if b in SHIP:
                ls=o.get('line_start'); le=o.get('line_end', ls)
                if isinstance(ls,int):
                    for l in range(ls,(le or ls)+1): cnt[b][l]+=1
                else:
                    unk[tuple(sorted(o.keys()))]+=1
        for k,v in o.items():
            if k in ('question','q','query') and isinstance(v,str): qs.append(v)
            walk(v, src)
    elif isinstance(o, list):
        for v in o: walk(v, src)
for f in files:
    for line in open(f, encoding='utf-8'):
        line=line.strip()
        if not line: continue
        try: o=json.loads(line)
        except Exception: continue
        walk(o, f)
json.dump({'counts':{k:dict(v) for k,v in cnt.items()}}, open('/tmp/t28ship/work/cites.json','w'))
json.dump(qs, open('/tmp/t28ship/work/prior_qs.json','w'), ensure_ascii=False)
print(len(files), 'files', len(qs), 'questions; unknown evidence key sets:', dict(unk))
for b in sorted(cnt): print(b, sum(cnt[b].values()), 'line-cites over', len(cnt[b]), 'lines')
