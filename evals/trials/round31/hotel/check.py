import sys; sys.path.insert(0,"/tmp/r31code/evals/sets")
from pathlib import Path
import validate as V
ck=V.Checker(); corpus=V.Corpus(Path("/tmp/t31hotel/corpus"))
items=V.load(Path(sys.argv[1]),ck)
for it in items: ck.item(it,corpus)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
old=V.existing_questions()
for i in items:
    if V.norm(i.question) in old: ck.err(i.id,"in evals/data")
print(len(items),"items"); print("\n".join(ck.problems) or "ok")
from collections import Counter; print(Counter(i.intent for i in items))
