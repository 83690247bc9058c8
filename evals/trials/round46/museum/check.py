import sys, json
sys.path.insert(0, "/tmp/r46code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
corpus = V.Corpus(Path("/tmp/t46museum/corpus"))
ids=set()
for it in items:
    if it.id in ids: ck.err(it.id,"dup")
    ids.add(it.id)
    ck.item(it, corpus)
ex = V.existing_questions()
for it in items:
    if it.question in ex: ck.err(it.id, "question exists in evals/data")
print("\n".join(ck.problems) or "ok: all checks passed", len(items))
