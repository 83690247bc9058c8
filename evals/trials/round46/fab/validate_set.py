import sys; from pathlib import Path
sys.path.insert(0, "/tmp/r46code/evals/sets"); import validate
c = validate.Checker(); corpus = validate.Corpus(Path("/tmp/t46fab/corpus"))
items = validate.load(Path("set.jsonl"), c)
for it in items: c.item(it, corpus)
seen = validate.existing_questions()
for it in items:
    if it.question in seen: c.err(it.id, "question repeats an existing one")
print(validate.summary("fab", items)); print("\n".join(c.problems) or "ok: all checks passed")
