import sys, json
sys.path.insert(0, '/tmp/r59code/evals/sets')
import validate as v
from pathlib import Path
ck = v.Checker()
items = v.load(Path(__file__).with_name('set.jsonl'), ck)
corpus = v.Corpus(Path('/tmp/t59furniture/corpus'))
for it in items:
    ck.item(it, corpus)
ex = v.existing_questions()
ids = set()
for it in items:
    if it.question in ex: ck.err(it.id, 'question repeats evals/data')
    if it.id in ids: ck.err(it.id, 'dup id')
    ids.add(it.id)
print(v.summary('set.jsonl', items))
print('\n'.join(ck.problems) or 'ok: all checks passed')
