"""Validate set.jsonl with the imported validate.py (unmodified), and check question duplicates
against earlier sets WITHOUT printing their contents (only my ids)."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r26code/evals/sets")
import validate as V
ck = V.Checker()
corpus = V.Corpus(Path("/tmp/r26code/corpus"))
items = V.load(Path("/tmp/r26/ship/set.jsonl"), ck)
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
assert len(ids) == len(set(ids)), "dup ids"
mine = {}
for it in items:
    mine.setdefault(V.norm(it.question), []).append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(V.norm(t.question), []).append(f"{it.id}/t{i}")
for q, where in mine.items():
    if len(where) > 1 and not all("/t" in w for w in where):
        ck.err(",".join(where), "question repeated inside my set")
# earlier sets: read in code only
old = set()
files = glob.glob("/tmp/r26code/evals/data/*.jsonl") + glob.glob("/tmp/r26code/evals/sets/*.jsonl") \
    + glob.glob("/tmp/r26code/evals/trials/**/*.jsonl", recursive=True)
nfiles = 0
for f in files:
    nfiles += 1
    for raw in open(f, encoding="utf-8"):
        raw = raw.strip()
        if not raw:
            continue
        try:
            d = json.loads(raw)
        except Exception:
            continue
        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if k in ("question", "q", "text", "user") and isinstance(v, str):
                        old.add(V.norm(v))
                    else:
                        walk(v)
            elif isinstance(x, list):
                for v in x:
                    walk(v)
        walk(d)
# also the trials' gen.py files may hold questions as python strings: check substring presence
gens = "".join(Path(p).read_text(encoding="utf-8") for p in glob.glob("/tmp/r26code/evals/trials/**/*.py", recursive=True))
import unicodedata, re
gens_n = re.sub(r"\s+", "", unicodedata.normalize("NFKC", gens))
dups = []
for q, where in mine.items():
    if q in old:
        dups.append((where, "in earlier jsonl"))
    elif len(q) > 6 and q in gens_n:
        dups.append((where, "in earlier gen.py"))
print(f"checked against {nfiles} jsonl files, {len(old)} earlier questions")
# short later-turn forms (那任职要求呢 etc.) recurring is expected; report but distinguish
for where, why in dups:
    print("DUP", where, why)
print(V.summary("set.jsonl", items))
if ck.problems:
    print(len(ck.problems), "problem(s):"); [print("  -", p) for p in ck.problems]; sys.exit(1)
print("ok: all checks passed")
