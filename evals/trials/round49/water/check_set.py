import sys, json, glob
sys.path.insert(0, '/tmp/r49code/evals/sets')
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path(__file__).with_name('set.jsonl'), ck)
corpus = V.Corpus(Path('/tmp/t49water/corpus'))
for it in items:
    ck.item(it, corpus)
print('\n'.join(ck.problems) or 'ok: all checks passed', len(items))
# duplicate screen against earlier sets (read in code only; print only our own question and a score)
def bg(s): s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
others=[]
for f in glob.glob('/tmp/r49code/evals/**/*.jsonl', recursive=True):
    for line in open(f, encoding='utf-8', errors='ignore'):
        try: o=json.loads(line)
        except Exception: continue
        if isinstance(o, dict):
            for k in ('question',):
                if isinstance(o.get(k), str): others.append(o[k])
            for t in o.get('turns') or []:
                if isinstance(t, dict) and isinstance(t.get('question'), str): others.append(t['question'])
ob=[bg(q) for q in others]
oset=set(V.norm(q) for q in others)
for it in items:
    qs=[it.question]+[t.question for t in (it.turns or [])]
    for q in qs:
        b=bg(q)
        best=max((len(b&o)/len(b|o) for o in ob if o), default=0)
        if V.norm(q) in oset or best>=0.45: print('NEAR', it.id, q, round(best,2), 'exact' if V.norm(q) in oset else '')
