"""Validate set.jsonl with the unmodified evals/sets/validate.py (schema, evidence, key points) + duplicate check."""
import sys
from pathlib import Path
sys.path.insert(0, '/tmp/r52code/evals/sets')
import validate
here = Path(__file__).parent
ck = validate.Checker()
items = validate.load(here / 'set.jsonl', ck)
corpus = validate.Corpus(Path('/tmp/t52wte/corpus'))
import json, unicodedata
skipped = []
for it in items:
    files = {e.file for e in it.evidence} | {e.file for t in (it.turns or []) for e in t.evidence}
    if any(f.startswith('10_') for f in files):   # validate.py cannot decode UTF-16: own check below
        skipped.append(it.id); continue
    ck.item(it, corpus)
print('UTF-16 items checked here instead:', skipped)
raw = (Path('/tmp/t52wte/corpus') / '10_岗位档案导出_灰渣班.txt').read_bytes().decode('utf-16').splitlines()
n = lambda x: ''.join(unicodedata.normalize('NFKC', x).split())
for line in (here / 'set.jsonl').read_text(encoding='utf-8').splitlines():
    d = json.loads(line)
    if d['id'] not in skipped: continue
    for part in [d] + (d['turns'] or []):
        txt = ''
        for e in part['evidence']:
            if 'line_start' in e and e['file'].startswith('10_'):
                txt += ''.join(raw[e['line_start']-1:e['line_end']])
            elif 'line_start' in e:
                enc = 'utf-8-sig'
                txt += ''.join((Path('/tmp/t52wte/corpus')/e['file']).read_bytes().decode(enc).splitlines()[e['line_start']-1:e['line_end']])
        for g in part['key_points']:
            if not any(n(a) in n(txt) for a in g):
                print('UTF-16 item key point missing', d['id'], g)
print(len(items), 'items;', len(ck.problems), 'problems')
for p in ck.problems:
    print(p)
# duplicate check against earlier sets (read in code, never printed)
ex = validate.existing_questions()
norm = validate.norm
qs = [norm(it.question) for it in items] + [norm(t.question) for it in items for t in (it.turns or [])]
firsts = [norm(it.question) for it in items]
print('first-turn duplicates of earlier sets:', sum(q in ex for q in firsts))
print('internal duplicate first turns:', len(firsts) - len(set(firsts)))
