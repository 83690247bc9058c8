# Validate set.jsonl with the frozen release's validate.py (imported unmodified), item by item.
import sys, json, pathlib
sys.path.insert(0, "/tmp/r29code/evals/sets")
import validate as v
here = pathlib.Path(__file__).resolve().parent
corpus = v.Corpus(pathlib.Path("/tmp/t29xfu/corpus"))
ch = v.Checker()
items = v.load(here / "set.jsonl", ch)
for it in items:
    ch.item(it, corpus)
errs = [a for a in vars(ch).values() if isinstance(a, list)]
print(v.summary("r29xfu", items))
for lst in errs:
    for e in lst: print("ERR", e)
print("items", len(items), "errors", sum(len(l) for l in errs))
