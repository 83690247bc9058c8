import sys
sys.path.insert(0, "/tmp/r39code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t39driving/corpus"))
for it in items: ck.item(it, corpus)
old = V.existing_questions()
dup = sum(1 for it in items if V.norm(it.question) in old)
print(V.summary("set.jsonl", items)); print("dups with evals/data:", dup)
print(len(ck.problems), "problems"); [print(" -", p) for p in ck.problems]
