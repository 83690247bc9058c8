import sys
sys.path.insert(0, "/tmp/r36code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t36dairy/corpus"))
for it in items:
    ck.item(it, corpus)
old = V.existing_questions()
seen = set()
for it in items:
    q = V.norm(it.question)
    if q in old: ck.err(it.id, "question in evals/data")
    if q in seen: ck.err(it.id, "dup question")
    seen.add(q)
print(V.summary("set.jsonl", items))
errs = getattr(ck, "errors", None) or getattr(ck, "errs", None) or [v for k, v in vars(ck).items()]
print(errs)
