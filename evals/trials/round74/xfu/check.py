"""Validate set.jsonl with the unmodified evals/sets/validate.py, and check question texts against earlier sets
(in code only; nothing from those files is printed)."""
import sys, json, glob, pathlib
sys.path.insert(0, "/tmp/r74code/evals/sets")
import validate
here = pathlib.Path(__file__).parent
ch = validate.Checker()
corpus = validate.Corpus(pathlib.Path("/work/shared/corpus-extra"))
items = validate.load(here / "set.jsonl", ch)
for it in items:
    ch.item(it, corpus)
errs = [v for k, v in vars(ch).items() if isinstance(v, list)]
print("checker state:", {k: (len(v) if isinstance(v, (list, dict, set)) else v) for k, v in vars(ch).items()})
for k, v in vars(ch).items():
    if isinstance(v, list):
        for e in v: print("  ", e)
mine = []
for l in open(here / "set.jsonl", encoding="utf-8"):
    d = json.loads(l); mine.append(d["question"]); mine += [t["question"] for t in d["turns"] or []]
print("questions", len(mine), "unique", len(set(mine)))
old = set()
files = glob.glob("/tmp/r74code/evals/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/**/*.jsonl", recursive=True)
files = [f for f in files if "/round74/" not in f]
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == "question" and isinstance(v, str): old.add(validate.norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for f in files:
    for l in open(f, encoding="utf-8", errors="ignore"):
        try: walk(json.loads(l))
        except Exception: pass
        # plain-text question lines (e.g. batch files)
dups = [i for i, m in enumerate(mine) if validate.norm(m) in old]
print("files scanned", len(files), "old questions", len(old), "duplicates (indexes only):", dups)
