import sys
sys.path.insert(0,"/tmp/r44code/evals/sets")
import validate as v
from pathlib import Path
ch=v.Checker(); items=v.load(Path("/work/main/evals/trials/round44/road/set.jsonl"),ch)
corp=v.Corpus(Path("/tmp/t44road/corpus"))
for it in items: ch.item(it,corp)
# duplicates vs existing questions
ex=v.existing_questions()
print("dup", [it.id for it in items if it.question in ex])
print(len(items)); print("\n".join(ch.problems) or "ok")
