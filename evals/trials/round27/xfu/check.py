import sys, json, glob
sys.path.insert(0,'/tmp/r27code/evals/sets')
import validate as V
from pathlib import Path
ck=V.Checker(); C=V.Corpus(Path('/work/shared/corpus-extra'))
items=V.load(Path('set.jsonl'),ck)
ids=set()
for it in items:
    ck.item(it,C)
    if it.id in ids: ck.err(it.id,'dup id')
    ids.add(it.id)
print(V.summary('set',items))
print('files covered:',len(V.files_of(items)))
# duplicate check vs earlier sets (code only; print only my ids)
old=set(); oldids=set()
paths=glob.glob('/tmp/r27code/evals/data/*.jsonl')+glob.glob('/tmp/r27code/evals/sets/*.jsonl')+glob.glob('/tmp/r27code/evals/trials/**/*.jsonl',recursive=True)
for p in paths:
    for raw in open(p,encoding='utf-8'):
        raw=raw.strip()
        if not raw: continue
        try: d=json.loads(raw)
        except Exception: continue
        if not isinstance(d,dict): continue
        oldids.add(d.get('id'))
        for k in ('question',):
            if isinstance(d.get(k),str): old.add(V.norm(d[k]))
        for t in d.get('turns') or []:
            if isinstance(t,dict) and isinstance(t.get('question'),str): old.add(V.norm(t['question']))
            elif isinstance(t,str): old.add(V.norm(t))
            if isinstance(t,dict) and isinstance(t.get('q'),str): old.add(V.norm(t['q']))
import re as _re
for p in glob.glob('/tmp/r27code/evals/trials/**/*',recursive=True):
    if p.endswith(('.py','.txt','.tsv','.md')):
        try: txt=open(p,encoding='utf-8').read()
        except Exception: continue
        for m in _re.findall(r'[\"\u201c]([^\"\n\u201d]{2,80})[\"\u201d]',txt): old.add(V.norm(m))
        for ln in txt.splitlines():
            for cell in ln.split('\t'): old.add(V.norm(cell))
mine={}
for it in items:
    qs=[('turn0',it.question)]+[(f'turn{i}',t.question) for i,t in enumerate(it.turns or [],1)]
    for w,q in qs:
        n=V.norm(q)
        if n in old: print('DUP-OLD',it.id,w)
        if n in mine: print('DUP-SELF',it.id,w,mine[n])
        mine[n]=(it.id,w)
    if it.id in oldids: print('DUP-ID',it.id)
print('old questions scanned:',len(old),'from',len(paths),'files')
print('\n'.join(ck.problems) or 'ok: all checks passed')
