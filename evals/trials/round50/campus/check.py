import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r50code/evals/sets")
import validate as v
ck = v.Checker()
items = v.load(Path(sys.argv[1]), ck)
import os, shutil
src = Path("/tmp/t50campus/corpus"); tmp = Path("/tmp/t50campus/valcorpus")
shutil.rmtree(tmp, ignore_errors=True); tmp.mkdir()
for f in src.iterdir():
    if f.name.startswith("c10"):  # UTF-16: validate.py decodes utf-8/gb18030 only
        (tmp / f.name).write_text(f.read_bytes().decode("utf-16"), encoding="utf-8")
    else:
        os.symlink(f, tmp / f.name)
corpus = v.Corpus(tmp)
for it in items:
    ck.item(it, corpus)
old = v.existing_questions()
for it in items:
    if v.norm(it.question) in old: ck.err(it.id, "question in evals/data")
print(len(items), "items;", len(ck.problems), "problems")
for p in ck.problems: print(" ", p)
