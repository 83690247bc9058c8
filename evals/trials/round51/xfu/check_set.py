# Validates set.jsonl with evals/sets/validate.py (imported unmodified) and checks, in code only,
# that no question text repeats one of earlier sets (prints ids of my items only, never old text).
import sys, json
from pathlib import Path
sys.path.insert(0, '/tmp/r51code/evals/sets')
import validate as v
ck = v.Checker(); corpus = v.Corpus(Path('/work/shared/corpus-extra'))
items = v.load(Path('set.jsonl'), ck)
for it in items: ck.item(it, corpus)
print(v.summary('xfu', items)); print('\n'.join(ck.problems) or 'validate: ok')
mine = []
for l in open('set.jsonl', encoding='utf-8'):
    d = json.loads(l); mine.append((v.norm(d['question']), d['id']))
    for i, t in enumerate(d['turns'] or [], 1): mine.append((v.norm(t['question']), f"{d['id']}/t{i}"))
qs = [q for q, _ in mine]
print('internal duplicates:', [i for q, i in mine if qs.count(q) > 1])
old = set()
def walk(o):
    if isinstance(o, dict): [walk(x) for x in o.values()]
    elif isinstance(o, list): [walk(x) for x in o]
    elif isinstance(o, str): old.add(v.norm(o))
files = [f for root in ('/tmp/r51code/evals', '/work/main/evals') for f in Path(root).rglob('*.jsonl') if 'round51' not in str(f)]
for f in files:
    for l in f.read_text(encoding='utf-8', errors='ignore').splitlines():
        try: walk(json.loads(l))
        except Exception: pass
print('earlier files', len(files), '; duplicates of earlier questions:', [i for q, i in mine if q in old])
