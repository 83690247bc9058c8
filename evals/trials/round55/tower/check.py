import sys
from pathlib import Path
sys.path.insert(0, '/tmp/r55code/evals/sets')
import validate as V
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
corpus = V.Corpus(Path('/tmp/t55tower/corpus'))
for it in items:
    ck.item(it, corpus)
errs = [v for k, v in vars(ck).items() if isinstance(v, list)]
print(len(items), 'items')
for e in errs:
    for x in e: print(x)
