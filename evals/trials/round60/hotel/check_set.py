import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r60code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t60hotel/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
# duplicates vs earlier question texts (read in code only)
import json, glob
prev = set()
for f in glob.glob("/tmp/r60code/evals/**/*.jsonl", recursive=True):
    for line in open(f, encoding="utf-8"):
        try:
            d = json.loads(line)
        except Exception:
            continue
        if isinstance(d, dict) and isinstance(d.get("question"), str):
            prev.add(d["question"].strip())
        for t in (d.get("turns") or []) if isinstance(d, dict) else []:
            if isinstance(t, dict) and isinstance(t.get("question"), str):
                prev.add(t["question"].strip())
dups = [it.id for it in items if it.question.strip() in prev]
print("first-turn questions identical to earlier sets:", dups)
print("\n".join(ck.problems) or "ok: all checks passed", len(items))
