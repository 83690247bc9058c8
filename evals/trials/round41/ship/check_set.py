import sys, json, glob, re
sys.path.insert(0, '/tmp/r41code/evals/sets')
import validate as v
from pathlib import Path
path = Path(sys.argv[1])
c = v.Checker()
items = v.load(path, c)
corpus = v.Corpus(Path('/tmp/r41code/corpus'))
for it in items:
    c.item(it, corpus)
errs = [x for k, x in vars(c).items() if isinstance(x, list)]
print('checker attrs:', {k: (len(x) if isinstance(x, (list, dict, set)) else x) for k, x in vars(c).items()})
for k, x in vars(c).items():
    if isinstance(x, list):
        for e in x: print('ERR', e)
print(v.summary(path.name, items))
# duplicate check against earlier sets (never print their text)
mine = []
for l in open(path, encoding='utf-8'):
    it = json.loads(l); mine.append((it['id'], 0, it['question']))
    for i, t in enumerate(it.get('turns') or [], 1): mine.append((it['id'], i, t['question']))
def texts(obj):
    if isinstance(obj, dict):
        for k, val in obj.items():
            if k == 'question' and isinstance(val, str): yield val
            else: yield from texts(val)
    elif isinstance(obj, list):
        for x in obj: yield from texts(x)
files = glob.glob('/tmp/r41code/evals/data/*.jsonl') + glob.glob('/tmp/r41code/evals/sets/*.jsonl') + glob.glob('/tmp/r41code/evals/trials/**/set*.jsonl', recursive=True) + glob.glob('/tmp/r41code/evals/trials/**/*.jsonl', recursive=True)
old = set()
for f in set(files):
    for l in open(f, encoding='utf-8', errors='ignore'):
        l = l.strip()
        if not l: continue
        try: o = json.loads(l)
        except Exception: continue
        for q in texts(o): old.add(v.norm(q))
def bg(s): s = v.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
oldbg = [bg(q) for q in old]
print('old questions:', len(old))
for id, t, q in mine:
    if v.norm(q) in old: print('EXACT DUP', id, t)
    b = bg(q); m = max((len(b & o) / len(b | o) for o in oldbg if b | o), default=0)
    if m >= 0.6 and t == 0: print('NEAR', id, t, round(m, 2))
print('existing_questions() overlap:', [id for id, t, q in mine if q in v.existing_questions() or v.norm(q) in {v.norm(x) for x in v.existing_questions()}])
