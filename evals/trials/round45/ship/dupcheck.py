# reads earlier sets in code only; prints only OUR questions and a similarity score
import json,glob,unicodedata,re,sys
mine=[json.loads(l) for l in open('/work/main/evals/trials/round45/ship/set.jsonl')]
theirs=set()
files=glob.glob('evals/data/*.jsonl')+glob.glob('evals/sets/*.jsonl')+glob.glob('evals/trials/**/*.jsonl',recursive=True)
def n(s): return re.sub(r'\s+','',unicodedata.normalize('NFKC',s))
def walk(o):
    if isinstance(o,dict):
        for k,v in o.items():
            if k in('question','q','text','user') and isinstance(v,str): theirs.add(n(v))
            else: walk(v)
    elif isinstance(o,list):
        for x in o: walk(x)
for f in files:
    for l in open(f,encoding='utf-8'):
        try: walk(json.loads(l))
        except Exception: pass
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
TB=[bg(t) for t in theirs]
ex=0
for it in mine:
    for q in [it['question']]+[t['question'] for t in (it.get('turns') or [])]:
        nq=n(q); b=bg(nq)
        if nq in theirs: ex+=1; print('EXACT',it['id'],q)
        best=max(len(b&tb)/len(b|tb) for tb in TB if b|tb)
        if best>=0.8: print('near',it['id'],q,round(best,2))
print('exact repeats:',ex)
