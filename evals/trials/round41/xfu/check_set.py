"""Validate set.jsonl with the frozen validate.py (imported unmodified) and check question duplicates
against earlier sets (reads them in code only; prints only OUR colliding ids)."""
import sys, json, pathlib, glob
sys.path.insert(0, '/tmp/r41code/evals/sets')
import validate as V
here = pathlib.Path(__file__).parent
ck = V.Checker()
corpus = V.Corpus(pathlib.Path('/work/shared/corpus-extra'))
items = V.load(here / 'set.jsonl', ck)
for it in items:
    ck.item(it, corpus)
errs = [a for a in vars(ck).values() if isinstance(a, list)]
print('items', len(items), 'checker lists:', [len(e) for e in errs])
for e in errs:
    for x in e: print('ERR', x)
# duplicates
ours = {}
for l in open(here / 'set.jsonl', encoding='utf-8'):
    d = json.loads(l); ours[V.norm(d['question'])] = d['id']
    for k, t in enumerate(d.get('turns') or [], 1): ours[V.norm(t['question'])] = f"{d['id']}#{k}"
prev = set()
files = glob.glob('/tmp/r41code/evals/sets/*.jsonl') + glob.glob('/tmp/r41code/evals/data/*.jsonl') + \
        glob.glob('/tmp/r41code/evals/trials/**/*.jsonl', recursive=True) + \
        [f for f in glob.glob('/work/main/evals/trials/round4*/**/*.jsonl', recursive=True) if '/xfu/' not in f]
for f in files:
    for l in open(f, encoding='utf-8', errors='ignore'):
        try: d = json.loads(l)
        except Exception: continue
        if not isinstance(d, dict): continue
        def add(q):
            if isinstance(q, str): prev.add(V.norm(q))
        add(d.get('question'))
        for t in d.get('turns') or []:
            if isinstance(t, dict): add(t.get('question'))
            elif isinstance(t, str): add(t)
print('files scanned', len(files), 'previous questions', len(prev))
dups = [i for q, i in ours.items() if q in prev]
print('duplicates (our ids):', dups)
