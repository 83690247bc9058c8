import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/r26code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path("/tmp/r26/pharma/set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t26pharma/corpus"))
for it in items:
    ck.item(it, corpus)
# duplicates vs existing questions (read in code only)
ex = V.existing_questions()
import glob
for p in glob.glob("/tmp/r26code/evals/sets/*.jsonl")+glob.glob("/tmp/r26code/evals/trials/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if isinstance(d, dict):
            ex.add(V.norm(d.get("question", "") or ""))
            for t in d.get("turns") or []:
                if isinstance(t, dict): ex.add(V.norm(t.get("question", "") or ""))
dups = [it.id for it in items if V.norm(it.question) in ex]
print("first-turn dups:", dups)
print("\n".join(ck.problems) or "ok: all checks passed", len(items))
