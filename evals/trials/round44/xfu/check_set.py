"""Validate set.jsonl with the unmodified validate.py classes; duplicate check against earlier sets (counts only)."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, '/tmp/r44code/evals/sets'); import validate
here = Path(__file__).parent
corpus = validate.Corpus(Path('/work/shared/corpus-extra'))
ck = validate.Checker()
items = [validate.Item(**json.loads(l)) for l in open(here / 'set.jsonl', encoding='utf-8')]
for it in items: ck.item(it, corpus)
print('problems:', len(ck.problems)); [print(' ', p) for p in ck.problems]
print('formats', sorted(validate.formats_of(items))); print('files', len(validate.files_of(items)))
# duplicates against earlier question texts (never printed)
old = set()
paths = glob.glob('/tmp/r44code/evals/sets/*.jsonl') + glob.glob('/tmp/r44code/evals/data/*.jsonl') + glob.glob('/tmp/r44code/evals/trials/**/*.jsonl', recursive=True) \
      + glob.glob('/work/main/evals/trials/**/*.jsonl', recursive=True)
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ('question', 'q', 'text', 'ask') and isinstance(v, str): old.add(validate.norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for p in paths:
    if '/round44/xfu/' in p: continue
    for line in open(p, encoding='utf-8', errors='ignore'):
        try: walk(json.loads(line))
        except Exception: pass
mine = []
for it in items:
    mine.append(validate.norm(it.question)); mine += [validate.norm(t.question) for t in (it.turns or [])]
dup = [q for q in mine if q in old]
print('old texts', len(old), 'my texts', len(mine), 'internal dups', len(mine) - len(set(mine)), 'dups with earlier sets:', dup)
