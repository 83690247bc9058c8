import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r52code/evals/sets")
import validate
ck = validate.Checker()
items = validate.load(Path(__file__).parent / "set.jsonl", ck)
corpus = validate.Corpus(Path("/work/shared/corpus-extra"))
for it in items:
    ck.item(it, corpus)
print("validator problems:", len(ck.problems))
for p in ck.problems: print(" ", p)
# duplicate check against earlier sets (code only; prints nothing from them)
mine = {}
for it in items:
    mine[validate.norm(it.question)] = it.id
    for j, t in enumerate(it.turns or [], 1):
        mine.setdefault(validate.norm(t.question), f"{it.id}#{j}")
old = set()
files = glob.glob("/tmp/r52code/evals/sets/*.jsonl") + glob.glob("/tmp/r52code/evals/data/*.jsonl") + \
        glob.glob("/tmp/r52code/evals/trials/**/*.jsonl", recursive=True)
for f in files:
    for line in open(f, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line: continue
        try: d = json.loads(line)
        except Exception: continue
        def walk(o):
            if isinstance(o, dict):
                for k, v in o.items():
                    if k in ("question", "q", "text", "ask") and isinstance(v, str): old.add(validate.norm(v))
                    else: walk(v)
            elif isinstance(o, list):
                for v in o:
                    if isinstance(v, str): old.add(validate.norm(v))
                    else: walk(v)
        walk(d)
dups = [i for q, i in mine.items() if q in old]
print("files scanned:", len(files), "old texts:", len(old), "my texts:", len(mine), "duplicates (my ids):", dups)
print("first-turn dup in own set:", len({validate.norm(it.question) for it in items}) != len(items))
