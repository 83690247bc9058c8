import sys
sys.path.insert(0, "/tmp/r53code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t53care/corpus"))
for it in items:
    ck.item(it, corpus)
old = V.existing_questions()
for it in items:
    if V.norm(it.question) in old: ck.err(it.id, "question in evals/data")
print(V.summary("set", items))
print("\n".join(ck.problems) or "ok")
