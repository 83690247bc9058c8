import sys, json, glob
from pathlib import Path
sys.path.insert(0,"/tmp/r26code/evals/sets")
import validate as V
ck=V.Checker(); corpus=V.Corpus(Path("/tmp/t26estate/corpus"))
items=V.load(Path("set.jsonl"),ck)
for it in items: ck.item(it,corpus)
ids=[i.id for i in items]; assert len(ids)==len(set(ids))
ex=V.existing_questions()
for it in items:
    if it.question in ex: ck.err(it.id,"question exists in evals/data")
# duplicates vs other sets / trials (code only, not printed)
qs=set()
for p in glob.glob("/tmp/r26code/evals/**/*.jsonl",recursive=True):
    for ln in open(p,encoding="utf-8"):
        try: d=json.loads(ln)
        except Exception: continue
        if isinstance(d,dict):
            if "question" in d: qs.add(d["question"])
            for t in d.get("turns") or []:
                if isinstance(t,dict) and "question" in t: qs.add(t["question"])
dup=[it.id for it in items if it.question in qs]
print("first-turn dups vs earlier sets:",dup)
print("\n".join(ck.problems) or "ok: all checks passed")
