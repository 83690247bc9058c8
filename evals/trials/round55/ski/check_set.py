import sys, json
sys.path.insert(0, "/tmp/r55code/evals/sets")
from pathlib import Path
import validate as V
corpus = V.Corpus(Path("/tmp/t55ski/corpus"))
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
ids=set()
for it in items:
    ck.item(it, corpus)
    assert it.id not in ids; ids.add(it.id)
from collections import Counter
print(len(items), Counter(i.intent for i in items), Counter(i.persona for i in items))
for p in ck.problems: print(p)
print("problems:", len(ck.problems))
