import sys, json
sys.path.append('/tmp/r27code/evals/sets')
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path('/tmp/r27/farm/set.jsonl'), ck)
corp = V.Corpus(Path('/tmp/t27farm/corpus'))
for it in items: ck.item(it, corp)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
old = V.existing_questions()
for f in Path('/tmp/r27code/evals/sets').glob('*.jsonl'):
    for raw in f.read_text().splitlines():
        if raw.strip():
            d=json.loads(raw); old.add(V.norm(d['question']))
            for t in d.get('turns') or []: old.add(V.norm(t['question']))
for f in Path('/tmp/r27code/evals/trials').rglob('*.jsonl'):
    for raw in f.read_text().splitlines():
        try: d=json.loads(raw)
        except Exception: continue
        if isinstance(d,dict) and 'question' in d: old.add(V.norm(d['question']))
dup=0
for it in items:
    for q in [it.question]+[t.question for t in it.turns or []]:
        if V.norm(q) in old: dup+=1; print('DUP', it.id, '(text not shown)')
print('problems:', len(ck.problems)); print('\n'.join(ck.problems))
print(V.summary('set', items)); print('dups', dup)
