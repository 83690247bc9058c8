import sys
from pathlib import Path
sys.path.insert(0,"/tmp/r33code/evals/sets")
import validate as v
ck=v.Checker()
items=v.load(Path("/work/main/evals/trials/round33/ship/set.jsonl"),ck)
corpus=v.Corpus(Path("/tmp/t33ship/corpus"))
for it in items: ck.item(it,corpus)
old=v.existing_questions()
ids=set();qs=set()
for it in items:
    assert it.id not in ids; ids.add(it.id)
    q=v.norm(it.question)
    if q in old: ck.err(it.id,"question in evals/data")
    if q in qs: ck.err(it.id,"dup q")
    qs.add(q)
print(v.summary("set.jsonl",items))
print(len(ck.problems),"problems")
for p in ck.problems: print(" -",p)
