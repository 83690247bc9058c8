import sys, json, glob, collections
sys.path.insert(0,'/tmp/r28code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); corpus=V.Corpus(Path('/tmp/t28ship/corpus'))
items=V.load(Path('/work/main/evals/trials/round28/ship/set.jsonl'),ck)
for it in items: ck.item(it,corpus)
ids=[it.id for it in items]
if len(set(ids))!=len(ids): ck.err('set','dup ids')
ex=V.existing_questions()
for it in items:
    if it.question in ex: ck.err(it.id,'question in evals/data')
# prior ids (code only)
prior_ids=set()
for f in glob.glob('/tmp/r28code/evals/**/*.jsonl',recursive=True):
    for l in open(f,encoding='utf-8'):
        try: o=json.loads(l)
        except: continue
        if isinstance(o,dict) and 'id' in o: prior_ids.add(str(o['id']))
for i in ids:
    if i in prior_ids: ck.err(i,'id exists in earlier set')
print('\n'.join(ck.problems) or 'validator ok', len(items))
print(collections.Counter(it.intent for it in items), collections.Counter(it.persona for it in items))
# jaccard screen
prior=json.load(open('/tmp/t28ship/work/prior_qs.json'))
import unicodedata,re
def bg(s):
    s=re.sub(r'\W','',unicodedata.normalize('NFKC',s))
    return {s[i:i+2] for i in range(len(s)-1)}
P=[(q,bg(q)) for q in set(prior)]
mine=[]
for it in items:
    mine.append((it.id,it.question))
    for k,t in enumerate(it.turns or [],1): mine.append((f'{it.id}/t{k}',t.question))
bad=0
for mid,q in mine:
    b=bg(q); best=0
    for pq,pb in P:
        if not b or not pb: continue
        j=len(b&pb)/len(b|pb)
        if j>best: best=j
    if best>=0.45: print('JACCARD',mid,round(best,2)); bad+=1
# within-set
for i in range(len(mine)):
    for j in range(i+1,len(mine)):
        a,b=bg(mine[i][1]),bg(mine[j][1])
        if a and b and len(a&b)/len(a|b)>=0.45: print('INTERNAL',mine[i][0],mine[j][0])
print('jaccard flags:',bad)
