"""Validate set.jsonl with the frozen validator's models and check that no question text (first or
later turn) repeats one in earlier sets.  Earlier sets are read in code only; only OUR colliding
questions are printed."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r37code/evals/sets")
import validate as V

HERE = Path(__file__).resolve().parent
ck = V.Checker()
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
items = V.load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(ids) != len(set(ids)):
    ck.err("set", "duplicate ids")
print(V.summary("set.jsonl", items))
print("formats:", sorted(V.formats_of(items)), "files:", len(V.files_of(items)))

# earlier question texts (never printed)
old = set()
roots = [Path("/tmp/r37code/evals/data"), Path("/tmp/r37code/evals/sets"), Path("/tmp/r37code/evals/trials"),
         Path("/work/main/evals/data"), Path("/work/main/evals/sets"), Path("/work/main/evals/trials")]
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "ask") and isinstance(v, str):
                old.add(V.norm(v))
            else:
                walk(v)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, str):
                old.add(V.norm(v))
            else:
                walk(v)
for r in roots:
    for p in r.rglob("*.jsonl"):
        if "round37/xfu" in str(p):
            continue
        for line in p.read_text(encoding="utf-8", errors="ignore").splitlines():
            try:
                walk(json.loads(line))
            except Exception:
                pass
mine = []
for it in items:
    mine.append((it.id, it.question))
    for ti, t in enumerate(it.turns or [], 1):
        mine.append((f"{it.id}/{ti}", t.question))
seen = {}
for w, q in mine:
    n = V.norm(q)
    if n in old:
        ck.err(w, f"question repeats an earlier set: {q}")
    if n in seen:
        ck.err(w, f"question repeats {seen[n]} in this set")
    seen[n] = w
print("earlier question texts compared:", len(old))
if ck.problems:
    print(len(ck.problems), "problems"); [print(" -", p) for p in ck.problems]; sys.exit(1)
print("ok")
