"""Validate set.jsonl with evals/sets/validate.py (unmodified) and check question texts against earlier sets (never printed)."""
import sys, json, glob, pathlib
sys.path.insert(0,'/tmp/r59code/evals/sets')
import validate
here = pathlib.Path(__file__).parent
c = validate.Checker()
items = validate.load(here/'set.jsonl', c)
corpus = validate.Corpus(pathlib.Path('/tmp/r59code/corpus'))
for it in items: c.item(it, corpus)
print('validator problems:', len(c.problems))
for p in c.problems: print(' ', p)
mine = {}
for it in items:
    mine[it.question] = it.id
    for k,t in enumerate(it.turns or [],1): mine[t.question] = f'{it.id}/turn{k}'
def norm(s): return validate.norm(s).rstrip('?？。!！')
def bigr(s): s=norm(s); return {s[i:i+2] for i in range(len(s)-1)}
old = set()
files = [f for f in glob.glob('/tmp/r59code/evals/data/*.jsonl') + glob.glob('/tmp/r59code/evals/sets/*.jsonl')
         + glob.glob('/tmp/r59code/evals/trials/**/*.jsonl', recursive=True)]
for f in files:
    for line in open(f, encoding='utf-8'):
        try: o=json.loads(line)
        except Exception: continue
        def walk(x):
            if isinstance(x, dict):
                for k,v in x.items():
                    if k in ('question','q','text','content') and isinstance(v,str): old.add(norm(v))
                    else: walk(v)
            elif isinstance(x, list):
                for v in x: walk(v)
        walk(o)
print('earlier question texts:', len(old), 'from', len(files), 'files')
print('exact duplicates (normalised):', [i for q,i in mine.items() if norm(q) in old])
oldb = [bigr(o) for o in old]
near = []
for q,i in mine.items():
    b = bigr(q); m = max((len(b&o)/len(b|o) for o in oldb if b|o), default=0)
    if m >= 0.8: near.append((i, round(m,2)))
print('near duplicates (bigram Jaccard >= 0.8):', near)
