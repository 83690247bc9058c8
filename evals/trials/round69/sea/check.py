import sys, json
sys.path.insert(0, "/tmp/r69code/evals/sets")
import validate as V
from pathlib import Path
c = V.Checker(); corp = V.Corpus(Path("/tmp/t69sea/valcorpus"))
items = V.load(Path("set.jsonl"), c)
for it in items: c.item(it, corp)
qs=[it.question for it in items]; assert len(set(qs))==len(qs)
ex = V.existing_questions()
print("dup with evals/data:", sum(q in ex for q in qs))
for p in c.problems: print(p)
print(len(items), "items;", len(c.problems), "problems")
