import sys, json
sys.path.insert(0, "/tmp/r67code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t67idc/corpus"))
for it in items:
    ck.item(it, corpus)
errs = ck.problems
print(V.summary("idc", items))
print("errors:", len(errs) if errs is not None else ck.__dict__.keys())
for e in (errs or []): print(" ", e)
