"""Validate set.jsonl with the unmodified validate.py, and check question texts against earlier sets (never printed)."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r38code/evals/sets")
import validate as V
here = Path(__file__).parent
ck = V.Checker(); corpus = V.Corpus(Path("/work/shared/corpus-extra"))
items = V.load(here / "set.jsonl", ck)
for it in items: ck.item(it, corpus)
ids = [it.id for it in items]
assert len(ids) == len(set(ids))
print(V.summary("set.jsonl", items))
print("formats:", sorted(V.formats_of(items)), "files:", len(V.files_of(items)))
# duplicate check against earlier sets (texts read in code, never printed)
old = set(); oldids = set()
paths = glob.glob("/tmp/r38code/evals/data/*.jsonl") + glob.glob("/tmp/r38code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r38code/evals/trials/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True)
for p in paths:
    if str(Path(p).resolve()).startswith(str(here.resolve())): continue
    for raw in open(p, encoding="utf-8"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        oldids.add(d.get("id"))
        for k in ("question", "q", "text"):
            if isinstance(d.get(k), str): old.add(V.norm(d[k]))
        for t in d.get("turns") or []:
            if isinstance(t, dict):
                for k in ("question", "q", "text"):
                    if isinstance(t.get(k), str): old.add(V.norm(t[k]))
            elif isinstance(t, str): old.add(V.norm(t))
mine = []
for it in items:
    mine.append((it.id, 0, it.question))
    for i, t in enumerate(it.turns or [], 1): mine.append((it.id, i, t.question))
dups = [(i, n) for i, n, q in mine if V.norm(q) in old]
own = {}
for i, n, q in mine: own.setdefault(V.norm(q), []).append((i, n))
print("files scanned:", len(paths), "old questions:", len(old))
print("duplicates with earlier sets (id/turn only):", dups)
print("id clashes:", [i for i in ids if i in oldids])
print("repeated within set:", [v for v in own.values() if len(v) > 1])
print("problems:", ck.problems or "none")
