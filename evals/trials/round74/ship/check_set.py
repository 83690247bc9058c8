"""Validate set.jsonl with the frozen validate.py (unmodified) and check question texts against earlier sets
(read in code only; only counts and our own ids are printed)."""
import glob, json, sys, unicodedata, re
from pathlib import Path
sys.path.insert(0, "/tmp/r74code/evals/sets")
import validate as v

here = Path(__file__).parent
ck = v.Checker()
items = v.load(here / "set.jsonl", ck)
corpus = v.Corpus(Path("/tmp/t74ship/corpus"))
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ck.err("set", "duplicate ids")
print("validator problems:", len(ck.problems))
for p in ck.problems:
    print("  ", p)

def n(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def grams(s):
    s = n(s)
    return {s[i:i + 2] for i in range(len(s) - 1)}

old_q, old_ids = [], set()
files = glob.glob("/tmp/r74code/evals/data/*.jsonl") + glob.glob("/tmp/r74code/evals/sets/*.jsonl") + \
    glob.glob("/tmp/r74code/evals/trials/**/*.jsonl", recursive=True)
for f in files:
    for raw in open(f, encoding="utf-8", errors="replace"):
        try:
            o = json.loads(raw)
        except Exception:
            continue
        if not isinstance(o, dict):
            continue
        if "id" in o: old_ids.add(str(o["id"]))
        for key in ("question", "q", "text"):
            if isinstance(o.get(key), str): old_q.append(o[key])
        for t in (o.get("turns") or []):
            if isinstance(t, dict):
                for key in ("question", "q", "text", "user"):
                    if isinstance(t.get(key), str): old_q.append(t[key])
            elif isinstance(t, str):
                old_q.append(t)
print("earlier files:", len(files), "earlier questions:", len(old_q))
old_norm = {n(q) for q in old_q}
old_grams = [grams(q) for q in old_q]
mine = []
for it in items:
    mine.append((it.id, it.question))
    for i, t in enumerate(it.turns or [], 1):
        mine.append((f"{it.id}/t{i}", t.question))
exact = [i for i, q in mine if n(q) in old_norm]
near = []
for i, q in mine:
    g = grams(q)
    best = max((len(g & o) / len(g | o) for o in old_grams if o), default=0)
    if best >= 0.45:
        near.append((i, round(best, 2)))
print("id clashes:", [i for i in ids if i in old_ids])
print("exact repeats:", exact)
print("near (bigram Jaccard >= .45):", near)
