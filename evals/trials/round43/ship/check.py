"""Validate set.jsonl with the release's validate.py (imported unmodified) and check for duplicate
questions against earlier sets (read in code only; nothing of theirs is printed)."""
import sys, json, glob, re
from pathlib import Path
sys.path.insert(0, "/tmp/r43code/evals/sets")
import validate as v
here = Path(__file__).parent
name = sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"
ch = v.Checker(); corpus = v.Corpus(Path("/tmp/r43code/corpus"))
items = v.load(here / name, ch)
for it in items:
    ch.item(it, corpus)
errs = [x for x in vars(ch).values() if isinstance(x, list)]
print("items", len(items)); print("checker state:", {k: (len(x) if isinstance(x, list) else x) for k, x in vars(ch).items()})
for x in errs:
    for e in x: print("ERR", e)
# duplicates
mine = []
for l in open(here / name, encoding="utf-8"):
    d = json.loads(l); mine.append((d["id"], d["question"]))
    for k, t in enumerate(d.get("turns") or [], 1): mine.append((d["id"] + f"/t{k}", t["question"]))
others, oids = set(), set()
files = glob.glob("/tmp/r43code/evals/data/*.jsonl") + glob.glob("/tmp/r43code/evals/sets/*.jsonl") + \
    glob.glob("/tmp/r43code/evals/trials/**/*.jsonl", recursive=True)
def walk(o):
    if isinstance(o, dict):
        for k, x in o.items():
            if k in ("question", "q", "text", "ask") and isinstance(x, str): others.add(v.norm(x))
            if k == "id" and isinstance(x, str): oids.add(x)
            walk(x)
    elif isinstance(o, list):
        for x in o: walk(x)
for f in files:
    for l in open(f, encoding="utf-8", errors="ignore"):
        try: walk(json.loads(l))
        except Exception: pass
def bg(s): s = v.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
obg = [bg(o) for o in others]
print("compared against", len(others), "questions from", len(files), "files")
for i, q in mine:
    n = v.norm(q); exact = n in others
    b = bg(q); mx = max((len(b & o) / len(b | o) for o in obg if o), default=0)
    if exact or mx >= 0.6: print("DUP?", i, "exact" if exact else f"jaccard={mx:.2f}")
print("id clash:", [i for i, _ in mine if i in oids])
