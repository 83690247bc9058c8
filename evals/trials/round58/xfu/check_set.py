# Validates set.jsonl with the release's validate.py (imported unmodified) and checks that no question
# text (first or later turn) repeats one in earlier sets. Prints only ids of collisions, never their texts.
import sys, json, glob, unicodedata, re
from pathlib import Path
sys.path.insert(0, '/tmp/r58code/evals/sets'); import validate
HERE = Path(__file__).parent
c = validate.Checker(); corpus = validate.Corpus(Path('/work/shared/corpus-extra'))
items = validate.load(HERE/'set.jsonl', c)
for it in items: c.item(it, corpus)
print('validate problems:', len(c.problems)); [print(' ', p) for p in c.problems]
def norm(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s)).rstrip('?？。!！')
old = set()
files = glob.glob('/tmp/r58code/evals/**/*.jsonl', recursive=True) + glob.glob('/work/main/evals/**/*.jsonl', recursive=True)
for fn in files:
    if '/round58/xfu/' in fn: continue
    for line in open(fn, encoding='utf-8', errors='ignore'):
        try: o = json.loads(line)
        except Exception: continue
        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if k in ('question', 'q', 'text', 'ask', 'turn', 'user') and isinstance(v, str): old.add(norm(v))
                    elif k in ('turns', 'questions', 'conversation', 'conv') and isinstance(v, list):
                        for u in v:
                            if isinstance(u, str): old.add(norm(u))
                            else: walk(u)
                    else: walk(v)
            elif isinstance(x, list):
                for v in x:
                    if not isinstance(v, str): walk(v)
        walk(o)
print('old questions:', len(old))
mine = []
for line in open(HERE/'set.jsonl', encoding='utf-8'):
    o = json.loads(line); mine.append((o['id'], 0, o['question']))
    for i, t in enumerate(o['turns'] or [], 1): mine.append((o['id'], i, t['question']))
seen = {}
for iid, i, q in mine:
    if norm(q) in old: print('DUP with earlier set:', iid, 'turn', i)
    if norm(q) in seen: print('DUP inside set:', iid, i, seen[norm(q)])
    seen[norm(q)] = (iid, i)
