import sys
sys.path.insert(0, "/tmp/r58code/evals/sets")
from pathlib import Path
import validate
c = validate.Checker()
items = validate.load(Path("set.jsonl"), c)
corp = validate.Corpus(Path("/tmp/t58express/corpus"))
for it in items:
    c.item(it, corp)
print(len(items), "items")
for p in c.problems: print(p)
# duplicates vs existing
ex = validate.existing_questions()
print("dups:", sum(1 for it in items if it.question in ex))
