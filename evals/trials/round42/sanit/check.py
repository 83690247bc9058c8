import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r42code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
corpus = V.Corpus(Path("/tmp/t42sanit/corpus"))
# validate.py decodes only utf-8/gb18030: feed UTF-16 files in as decoded text (validator itself unmodified)
for p in Path("/tmp/t42sanit/corpus").glob("*.txt"):
    if p.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff"):
        d = V.Doc.__new__(V.Doc); d.path = p; d.suffix = ".txt"
        d.lines = p.read_bytes().decode("utf-16").splitlines(); d.units = []; d.loader_text = ""; d.norm_units = []
        corpus._docs[p.name] = d
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
assert len(ids) == len(set(ids))
ex = V.existing_questions()
dup = [it.id for it in items if it.question in ex]
print("items", len(items), "dups vs existing:", len(dup))
for p in ck.problems: print(p)
print("problems:", len(ck.problems))
