# Validate set.jsonl with the project's validate.py (imported unmodified) and check question texts
# against earlier sets without printing them.
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r39code/evals/sets")
import validate
ch = validate.Checker()
items = validate.load(Path("set.jsonl"), ch)
corpus = validate.Corpus(Path("/work/shared/corpus-extra"))
for it in items: ch.item(it, corpus)
print("items", len(items)); print(validate.summary("xfu", items))
for p in ch.problems: print("PROBLEM", p)
mine = []
for l in open("set.jsonl", encoding="utf-8"):
    d = json.loads(l); mine.append(d["question"]); mine += [t["question"] for t in (d.get("turns") or [])]
norm = lambda s: "".join(validate.norm(s).split())
old = set()
files = glob.glob("/tmp/r39code/evals/data/*.jsonl") + glob.glob("/tmp/r39code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r39code/evals/trials/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True)
files = [f for f in files if "/round39/xfu/" not in f]
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "ask", "user") and isinstance(v, str): old.add(norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, str): old.add(norm(v))
            else: walk(v)
for f in files:
    for l in open(f, encoding="utf-8", errors="ignore"):
        try: walk(json.loads(l))
        except Exception: pass
dups = [(i, s) for i, s in enumerate(mine) if norm(s) in old]
print("files scanned", len(files), "old texts", len(old), "my texts", len(mine), "unique", len(set(map(norm, mine))))
print("my duplicated texts:", dups)
