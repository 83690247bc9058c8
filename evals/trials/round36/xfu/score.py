import sys, json, glob, pickle, os
sys.path.insert(0,'/tmp/r36code/evals/sets')
import validate as v
def bg(s):
    s=v.norm(s); return frozenset({s[i:i+2] for i in range(len(s)-1)} or {s})
if not os.path.exists('old.pkl'):
    old=[]
    for p in glob.glob('/tmp/r36code/evals/**/*.jsonl',recursive=True):
        for raw in open(p,encoding='utf-8'):
            raw=raw.strip()
            if not raw: continue
            try: d=json.loads(raw)
            except Exception: continue
            def walk(x):
                if isinstance(x,dict):
                    for k,val in x.items():
                        if k in('question','q','text','ask') and isinstance(val,str): old.append(bg(val))
                        else: walk(val)
                elif isinstance(x,list):
                    for e in x: walk(e)
            walk(d)
    pickle.dump(old,open('old.pkl','wb'))
old=pickle.load(open('old.pkl','rb'))
for c in sys.stdin.read().splitlines():
    if not c.strip(): continue
    b=bg(c); m=max(len(b&o)/len(b|o) for o in old)
    print(f"{m:.2f} {'BAD' if m>=0.6 else 'ok '} {c}")
