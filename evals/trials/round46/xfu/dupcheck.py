# duplicate check of our question texts against earlier sets; prints only OUR ids/texts that collide
import json,glob,unicodedata,re
def n(s): return re.sub(r'[\s，,。？?！!、：:；;“”"\'（）()]','',unicodedata.normalize('NFKC',s))
seen=set()
files=[f for f in glob.glob('/tmp/r46code/evals/**/*.jsonl',recursive=True)]+glob.glob('/tmp/r46code/evals/**/*.json',recursive=True)+glob.glob('/work/main/evals/trials/round4[0-9]/*/*.jsonl')
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','text','turns','conversation','messages') and isinstance(v,str): seen.add(n(v))
            walk(v)
    elif isinstance(o,list):
        for x in o:
            if isinstance(x,str): seen.add(n(x))
            walk(x)
for f in files:
    if '/round46/xfu/' in f: continue
    try: txt=open(f,encoding='utf-8').read()
    except Exception: continue
    for line in txt.splitlines():
        line=line.strip()
        if not line: continue
        try: walk(json.loads(line))
        except Exception: pass
    try: walk(json.loads(txt))
    except Exception: pass
print('reference texts:',len(seen),'files',len(files))
mine=[json.loads(l) for l in open('set.jsonl')]
d=0
for it in mine:
    qs=[it['question']]+[t['question'] for t in it['turns'] or []]
    for i,q in enumerate(qs):
        if n(q) in seen: print('DUP',it['id'],i,q); d+=1
print('dups',d)
