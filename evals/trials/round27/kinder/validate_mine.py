import sys
sys.path.insert(0, "/tmp/r27code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path("/tmp/r27/kinder/set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t27kinder/corpus"))
for it in items: ck.item(it, corpus)
prev = V.existing_questions()
dup = [it.id for it in items if it.question in prev]
print("dup with evals/data:", dup)
errs = [a for a in vars(ck).values() if isinstance(a, list)]
print(V.summary("kinder", items))
for e in errs:
    for x in e: print("ERR", x)
print("n errors", sum(len(e) for e in errs))
