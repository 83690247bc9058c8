import sys,json,re,unicodedata
sys.path.insert(0,'/tmp/r32code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); items=V.load(Path('set.jsonl'),ck)
corp=V.Corpus(Path('/tmp/t32ship/corpus'))
for it in items: ck.item(it,corp)
old=V.existing_questions()
for it in items:
    if V.norm(it.question) in old: ck.err(it.id,'question in evals/data')
print(V.summary('set',items))
print('\n'.join(ck.problems) or 'ok: all checks passed')
# jaccard
oldq=json.load(open('/tmp/t32ship/oldq.json'))
def bg(s):
    s=re.sub(r'[\s\W_]+','',unicodedata.normalize('NFKC',s))
    return {s[i:i+2] for i in range(len(s)-1)} or {s}
ob=[bg(q) for q in oldq]
mine=[]
for d in map(json.loads,open('set.jsonl',encoding='utf-8')):
    mine.append((d['id'],d['question']))
    for i,t in enumerate(d['turns'] or [],1): mine.append((f"{d['id']}/t{i}",t['question']))
bad=0
for id,q in mine:
    b=bg(q); m=max(len(b&o)/len(b|o) for o in ob)
    if m>=0.45: bad+=1; print('JACCARD',id,round(m,2),q)
print('screened',len(mine),'above',bad)
