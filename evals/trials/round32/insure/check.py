import sys
from pathlib import Path
sys.path.insert(0, '/tmp/r32code/evals/sets')
import validate
ck = validate.Checker()
items = validate.load(Path(sys.argv[1]), ck)
corpus = validate.Corpus(Path(sys.argv[2]))
for it in items:
    ck.item(it, corpus)
print(len(items), 'items;', 'problems:', len(ck.problems))
for p in ck.problems: print(' ', p)
print(validate.summary('set', items))
