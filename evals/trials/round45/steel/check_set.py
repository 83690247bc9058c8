# validates set.jsonl with the unmodified evals/sets/validate.py (UTF-16 text decoded by a wrapper)
import sys, json, re
from pathlib import Path
sys.path.insert(0, '/tmp/r45code/evals/sets')
import validate as V
_orig = V.Doc.__init__
def init(self, path):
    data = path.read_bytes()
    if data[:2] in (b'\xff\xfe', b'\xfe\xff'):
        self.path = path; self.suffix = path.suffix.lower(); self.units = []; self.loader_text = ""
        self.lines = data.decode('utf-16').splitlines(); self.norm_units = []
    else:
        _orig(self, path)
V.Doc.__init__ = init
ck = V.Checker(); corpus = V.Corpus(Path('/tmp/t45steel/corpus'))
items = V.load(Path('set.jsonl'), ck)
for it in items: ck.item(it, corpus)
ids = [i.id for i in items]; assert len(set(ids)) == len(ids)
old = V.existing_questions(); qs = [V.norm(i.question) for i in items]
dups = sum(q in old for q in qs); print('dup with evals/data:', dups, 'internal dup:', len(qs)-len(set(qs)))
# duplicate check against earlier sets / trials (read in code only, nothing printed but counts)
n = 0
for p in list(Path('/tmp/r45code/evals').rglob('*.jsonl')):
    try:
        for raw in p.read_text(encoding='utf-8').splitlines():
            try: d = json.loads(raw)
            except Exception: continue
            if isinstance(d, dict) and V.norm(str(d.get('question', ''))) in set(qs): n += 1
    except Exception: pass
print('first-turn questions also found in earlier evals jsonl files:', n)
print('\n'.join(ck.problems) or 'ok: all checks passed')
