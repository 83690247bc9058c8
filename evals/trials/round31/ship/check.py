import sys, pickle, json
sys.path.insert(0,'/tmp/r31code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); c=V.Corpus(Path('/tmp/t31ship/corpus'))
items=V.load(Path('/work/main/evals/trials/round31/ship/set.jsonl'),ck)
for it in items: ck.item(it,c)
old=V.existing_questions()
ids=set()
for it in items:
    if V.norm(it.question) in old: ck.err(it.id,'in evals/data')
    assert it.id not in ids; ids.add(it.id)
print(V.summary('set',items))
print('problems:',ck.problems)
_,qs=pickle.load(open('/tmp/t31ship/tools/prior.pkl','rb'))
def bg(s):
    s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
prior=[bg(q) for q in set(qs)]
for it in items:
    allq=[(it.id,it.question)]+[(f"{it.id}/t{i+1}",t.question) for i,t in enumerate(it.turns or [])]
    for k,q in allq:
        b=bg(q); m=max((len(b&p)/len(b|p) for p in prior if p), default=0)
        if m>=0.45: print('SIM',k,round(m,2),q)
