"""Validates set.jsonl with evals/sets/validate.py (imported unmodified) and checks question texts
against earlier sets without printing them."""
import sys, json, glob, pathlib
sys.path.insert(0, '/tmp/r39code/evals/sets')
import validate as v
here = pathlib.Path(__file__).parent
ck = v.Checker()
items = v.load(here / 'set.jsonl', ck)
corpus = v.Corpus(pathlib.Path('/tmp/r39code/corpus'))
for it in items:
    ck.item(it, corpus)
errs = {k: val for k, val in vars(ck).items()}
print('checker state:', {k: (val if not isinstance(val, (set, dict)) else len(val)) for k, val in errs.items()})
print(v.summary('ship', items))
# duplicates against earlier sets (texts never printed)
mine = {}
for it in items:
    mine.setdefault(v.norm(it.question), it.id)
    for j, t in enumerate(it.turns or []):
        mine.setdefault(v.norm(t.question), f'{it.id}#t{j+1}')
old = set()
paths = glob.glob('/tmp/r39code/evals/data/*.jsonl') + glob.glob('/tmp/r39code/evals/sets/*.jsonl') + \
        glob.glob('/tmp/r39code/evals/trials/**/set*.jsonl', recursive=True) + glob.glob('/tmp/r39code/evals/trials/**/*.jsonl', recursive=True)
def walk(o):
    if isinstance(o, dict):
        for k, val in o.items():
            if k in ('question', 'q', 'text', 'turn', 'user') and isinstance(val, str):
                old.add(v.norm(val))
            walk(val)
    elif isinstance(o, list):
        for x in o: walk(x)
    elif isinstance(o, str):
        pass
for p in set(paths):
    for line in open(p, encoding='utf-8'):
        line = line.strip()
        if not line: continue
        try: walk(json.loads(line))
        except Exception: pass
old |= {v.norm(q) for q in v.existing_questions()}
dups = [i for q, i in mine.items() if q in old]
print('files scanned:', len(set(paths)), 'old questions:', len(old), 'duplicates (ids only):', dups)
# near-duplicates: char-bigram Jaccard >= 0.6
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldb = [bg(q) for q in old if len(q) > 3]
near = []
for q, i in mine.items():
    b = bg(q)
    if b and any(len(b & o) / len(b | o) >= 0.6 for o in oldb): near.append(i)
print('near-duplicates >=0.6 (ids only):', near)
