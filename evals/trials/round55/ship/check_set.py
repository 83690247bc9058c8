"""Validate set.jsonl with evals/sets/validate.py (unmodified) and check question texts against earlier sets (no printing of their contents)."""
import sys, json, glob, unicodedata, re
from pathlib import Path
sys.path.insert(0, "/tmp/r55code/evals/sets")
import validate as V
here = Path(__file__).parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/tmp/t55ship/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
print("items", len(items), "problems", len(ck.problems))
for p in ck.problems: print(" ", p)
# duplicate check against earlier sets: read in code only
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def qs(obj):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("question", "q", "text", "query") and isinstance(v, str): out.append(v)
            else: out.extend(qs(v))
    elif isinstance(obj, list):
        for v in obj: out.extend(qs(v))
    return out
old = set()
files = glob.glob("/tmp/r55code/evals/data/*.jsonl") + glob.glob("/tmp/r55code/evals/sets/*.jsonl") + glob.glob("/tmp/r55code/evals/trials/**/*.jsonl", recursive=True)
for f in files:
    for line in open(f, encoding="utf-8", errors="ignore"):
        line = line.strip()
        if not line: continue
        try: old.update(n(q) for q in qs(json.loads(line)))
        except Exception: pass
def big(s): return {s[i:i+2] for i in range(len(s)-1)}
oldl = [(q, big(q)) for q in old if len(q) > 1]
mine = []
for it in items:
    mine.append((it.id, it.question))
    for i, t in enumerate(it.turns or [], 1): mine.append((f"{it.id}/t{i}", t.question))
exact = [i for i, q in mine if n(q) in old]
print("files scanned", len(files), "old questions", len(old), "exact repeats:", exact)
for i, q in mine:
    b = big(n(q)); best = max((len(b & ob) / len(b | ob) for _, ob in oldl), default=0)
    if best >= 0.6: print("near-dup (jaccard %.2f): %s" % (best, i))
