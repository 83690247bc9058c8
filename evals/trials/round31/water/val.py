import sys; sys.path.insert(0,"/tmp/r31code/evals/sets")
from pathlib import Path
import validate as v
c=v.Checker(); corpus=v.Corpus(Path("/tmp/t31water/corpus"))
items=v.load(Path("/work/main/evals/trials/round31/water/set.jsonl"),c)
ids=set()
for it in items:
    if it.id in ids: c.err(it.id,"dup")
    ids.add(it.id); c.item(it,corpus)
print(len(items)); print("\n".join(c.problems) or "ok")
from collections import Counter; print(Counter(i.intent for i in items), sum(len(i.turns or []) for i in items))
