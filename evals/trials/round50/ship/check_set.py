"""Validate set.jsonl with the release's validate.py (unmodified) and check question texts against earlier sets
(reads them in code only; prints only counts and our own ids)."""
import sys, json, glob, unicodedata, re, collections
from pathlib import Path
sys.path.insert(0, "/tmp/r50code/evals/sets")
import validate as V
here = Path(__file__).parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/tmp/r50code/corpus"))
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids): ck.err("set", "duplicate ids")
print(V.summary("set.jsonl", items))
print("problems:", len(ck.problems)); [print(" ", p) for p in ck.problems]
print(collections.Counter(it.intent for it in items), collections.Counter(it.persona for it in items))
# duplicate check
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).rstrip("?？。!")
ours = {}
for it in items:
    ours[n(it.question)] = it.id
    for k, t in enumerate(it.turns or [], 1): ours[n(t.question)] = f"{it.id}/t{k}"
files = glob.glob("/tmp/r50code/evals/data/*.jsonl") + glob.glob("/tmp/r50code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r50code/evals/trials/**/*.jsonl", recursive=True)
files = [f for f in files if "round50/ship" not in f]
old = set(); old_ids = set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "user") and isinstance(v, str): old.add(n(v))
            elif k == "id" and isinstance(v, str): old_ids.add(v)
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for f in files:
    for line in open(f, encoding="utf-8", errors="replace"):
        try: walk(json.loads(line))
        except Exception: pass
dups = [i for q, i in ours.items() if q in old]
print(f"compared with {len(files)} files, {len(old)} texts; exact repeats: {sorted(dups)}; id clashes: {sorted(set(ids) & old_ids)}")
# near-duplicates (character-bigram Jaccard >= 0.6), ids only
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
oldb = [bg(o) for o in old if len(o) > 3]
near = []
for q, i in ours.items():
    b = bg(q)
    if b and any(len(b & o) / len(b | o) >= 0.6 for o in oldb): near.append(i)
print("near-duplicates (J>=0.6):", sorted(near))
