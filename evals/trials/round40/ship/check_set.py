"""Validate set.jsonl with the frozen validate.py (imported unmodified) and check question texts
against earlier sets in code only (prints only our own ids, never others' text)."""
import glob, json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r40code/evals/sets")
import validate as v

here = Path(__file__).parent
c = v.Checker()
corpus = v.Corpus(Path("/tmp/r40code/corpus"))
items = v.load(here / "set.jsonl", c)
for it in items:
    c.item(it, corpus)
print("items", len(items), "problems", len(c.problems))
for p in c.problems:
    print("  ", p)

def qs(path):
    out = []
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line:
            continue
        try:
            d = json.loads(line)
        except Exception:
            continue
        def walk(x):
            if isinstance(x, dict):
                for k, val in x.items():
                    if k in ("question", "q", "text", "say", "user") and isinstance(val, str):
                        out.append(val)
                    else:
                        walk(val)
            elif isinstance(x, list):
                for y in x:
                    walk(y)
        walk(d)
    return out

files = glob.glob("/tmp/r40code/evals/data/*.jsonl") + glob.glob("/tmp/r40code/evals/sets/*.jsonl") \
    + glob.glob("/tmp/r40code/evals/trials/**/*.jsonl", recursive=True)
old = set()
for f in files:
    old.update(v.norm(q) for q in qs(f))
old |= {v.norm(q) for q in v.existing_questions()}
print("earlier question texts:", len(old), "from", len(files), "files")

def bigr(s):
    return {s[i:i+2] for i in range(len(s) - 1)}
oldb = [(bigr(q)) for q in old]
mine = []
for it in items:
    mine.append((it.id, 0, it.question))
    for k, tr in enumerate(it.turns or [], 1):
        mine.append((it.id, k, tr.question))
dup = 0
for id_, k, q in mine:
    n = v.norm(q)
    if n in old:
        dup += 1; print("EXACT DUP:", id_, k)
    b = bigr(n)
    best = max((len(b & o) / len(b | o) for o in oldb if o), default=0)
    if best >= 0.6:
        print(f"near-dup {best:.2f}:", id_, k)
print("exact dups:", dup)
