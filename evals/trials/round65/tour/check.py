import sys; sys.path.insert(0, "/tmp/r65code/evals/sets")
from pathlib import Path
import validate
ck = validate.Checker(); corpus = validate.Corpus(Path("/tmp/t65tour/valcorpus"))
items = validate.load(Path(sys.argv[1]), ck)
for it in items: ck.item(it, corpus)
print(len(items), "items")
for k, v in vars(ck).items():
    if isinstance(v, list): print(k, len(v)); [print(" ", x) for x in v]
