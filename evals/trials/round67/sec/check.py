import sys; sys.path.insert(0,"/tmp/r67code/evals/sets")
from pathlib import Path
import validate as v
ch=v.Checker(); items=v.load(Path("set.jsonl"),ch); corpus=v.Corpus(Path("/tmp/t67sec/corpus"))
# UTF-16 file: validate.py decodes only utf-8/gb18030, so build that Doc by hand (same fields)
p=Path("/tmp/t67sec/corpus/09_客服中心岗位说明书.txt"); d=v.Doc.__new__(v.Doc); d.path=p; d.suffix=".txt"
d.lines=p.read_bytes().decode("utf-16").splitlines(); d.units=[]; d.loader_text=""; d.norm_units=[]
corpus._docs[p.name]=d
for it in items: ch.item(it,corpus)
ex=v.existing_questions()
for it in items:
    if it.question in ex: ch.err(it.id,"question in evals/data")
print(len(items)); print("\n".join(ch.problems) or "ok")
