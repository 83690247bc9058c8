import sys, json
sys.path.insert(0,'/tmp/r27code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker()
items=V.load(Path('/tmp/r27/ship/set.jsonl'),ck)
corpus=V.Corpus(Path('/tmp/r27code/corpus'))
for it in items: ck.item(it,corpus)
ids=[it.id for it in items]; assert len(ids)==len(set(ids))
old=set(V.norm(q) for q in json.load(open('/tmp/t27ship/oldq.json')))|V.existing_questions()
def big(s): s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
oldb=[big(q) for q in old]
mine=[]
for it in items:
    mine.append((it.id,it.question))
    for k,t in enumerate(it.turns or [],1): mine.append((f"{it.id}/t{k}",t.question))
seen={}
for id,q in mine:
    n=V.norm(q)
    if n in old: ck.err(id,"question repeats an earlier set")
    if n in seen and '/t' not in id: ck.err(id,f"dup of {seen[n]}")
    seen[n]=id
    b=big(q); best=max((len(b&o)/len(b|o) for o in oldb if o), default=0)
    if best>=0.45: print(f"near-dup {id} jaccard={best:.2f}")
print(V.summary('mine',items))
print("\n".join(ck.problems) or "ok: all checks passed")
if len(sys.argv)>1:
    for it in items:
        print("==",it.id,it.question, it.key_points)
        print("  ", (ck.evidence_text(it.id,it.evidence,corpus) or '')[:300])
