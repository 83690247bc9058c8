# Validates set.jsonl with the release's validate.py (imported unmodified) and checks question
# texts against earlier sets in code only (prints only this set's ids, never their texts).
import sys, json, glob, re
from pathlib import Path
sys.path.insert(0, '/tmp/r51code/evals/sets')
import validate as V
here = Path(__file__).parent
ch = V.Checker()
items = V.load(here / 'set.jsonl', ch)
corpus = V.Corpus(Path('/tmp/r51code/corpus'))
for it in items:
    ch.item(it, corpus)
ids = [it.id for it in items]
if len(ids) != len(set(ids)): ch.err('set', 'duplicate ids')
print('items', len(items), 'problems', len(ch.problems))
for p in ch.problems: print(' ', p)
from collections import Counter
print(Counter(it.intent for it in items), Counter(it.persona for it in items))
print('later turns', sum(len(it.turns or []) for it in items), Counter(t.intent for it in items for t in (it.turns or [])))
# duplicate / near-duplicate check against earlier question texts
def qs_of(path):
    out = []
    for raw in Path(path).read_text(encoding='utf-8').splitlines():
        raw = raw.strip()
        if not raw: continue
        try: o = json.loads(raw)
        except Exception: continue
        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if k in ('question', 'q', 'text', 'query', 'user') and isinstance(v, str): out.append(v)
                    else: walk(v)
            elif isinstance(x, list):
                for v in x: walk(v)
        walk(o)
    return out
R = '/tmp/r51code/evals/'
files = glob.glob(R + 'data/*.jsonl') + glob.glob(R + 'sets/*.jsonl') + glob.glob(R + 'trials/**/*.jsonl', recursive=True)
old = set()
for f in files: old.update(V.norm(q) for q in qs_of(f))
print('earlier question texts read:', len(old), 'from', len(files), 'files')
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldbg = [(q, bg(q)) for q in old]
mine = [(it.id, it.question) for it in items] + [(f'{it.id}/t{i}', t.question) for it in items for i, t in enumerate(it.turns or [], 1)]
for id_, q in mine:
    n = V.norm(q)
    if n in old: print('EXACT DUPLICATE:', id_)
    b = bg(n)
    best = max((len(b & ob) / len(b | ob) for _, ob in oldbg if ob), default=0)
    if best >= 0.45: print(f'near-duplicate {id_}: jaccard {best:.2f}')
