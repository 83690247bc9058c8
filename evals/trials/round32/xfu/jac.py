import sys,json,glob,pickle,os
sys.path.insert(0,'/tmp/r32code/evals/sets')
import validate as V
def bg(s):
    s=V.norm(s); return frozenset(s[i:i+2] for i in range(len(s)-1)) or frozenset([s])
cache='/tmp/t32xfu/build/old.pkl'
if os.path.exists(cache): old=pickle.load(open(cache,'rb'))
else:
    old=set()
    for f in glob.glob('/tmp/r32code/evals/**/*.jsonl',recursive=True):
        for line in open(f,encoding='utf-8'):
            try: o=json.loads(line)
            except Exception: continue
            def walk(x):
                if isinstance(x,dict):
                    for k,v in x.items():
                        if k in('question','q','text','prompt') and isinstance(v,str): old.add(bg(v))
                        else: walk(v)
                elif isinstance(x,list):
                    for v in x: walk(v)
            walk(o)
    old=list(old); pickle.dump(old,open(cache,'wb'))
def score(q):
    b=bg(q); return max((len(b&o)/len(b|o) for o in old),default=0)
if __name__=='__main__':
    for q in sys.stdin.read().splitlines():
        if q.strip(): print(round(score(q),2),q)
