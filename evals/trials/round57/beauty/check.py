import sys, json
sys.path.insert(0, '/tmp/r57code/evals/sets')
import validate
from pathlib import Path
ck = validate.Checker()
items = validate.load(Path(sys.argv[1]), ck)
corpus = validate.Corpus(Path('/tmp/t57beauty/valcorpus'))
for it in items:
    ck.item(it, corpus)
errs = getattr(ck, 'errors', None) or getattr(ck, 'errs', None) or getattr(ck,'problems',None)
print(validate.summary('beauty', items))
print('ERRORS:', len(errs) if errs is not None else vars(ck))
for e in (errs or []): print(e)
# duplicate check vs earlier sets: only report my ids
import glob, unicodedata
def bg(s):
    s = validate.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
old = []
for p in glob.glob('/tmp/r57code/evals/**/*.jsonl', recursive=True):
    for line in open(p, encoding='utf-8', errors='ignore'):
        try: o = json.loads(line)
        except Exception: continue
        if not isinstance(o, dict): continue
        qs = [o.get('question')] + [t.get('question') for t in (o.get('turns') or []) if isinstance(t, dict)]
        old += [q for q in qs if isinstance(q, str)]
oldset = set(validate.norm(q) for q in old); oldbg = [bg(q) for q in old]
for it in items:
    for q in [it.question] + [t.question for t in (it.turns or [])]:
        b = bg(q); exact = validate.norm(q) in oldset
        mx = max((len(b & o) / len(b | o) for o in oldbg if b | o), default=0)
        if exact or mx >= 0.6: print('DUP?', it.id, ([it.question]+[t.question for t in (it.turns or [])]).index(q), 'exact' if exact else f'{mx:.2f}')
