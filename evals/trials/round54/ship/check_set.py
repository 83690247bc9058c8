"""Validate set.jsonl with the release's validate.py (imported unmodified) + duplicate check (no printing of others)."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r54code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/r54code/corpus"))
for it in items:
    ck.item(it, corpus)
mine_q = {}
for it in items:
    mine_q.setdefault(V.norm(it.question), []).append(it.id)
    for k, t in enumerate(it.turns or [], 1):
        mine_q.setdefault(V.norm(t.question), []).append(f"{it.id}/t{k}")
for q, ids in mine_q.items():
    if len(ids) > 1:
        ck.err(",".join(ids), "question repeated inside my set")
files = glob.glob("/tmp/r54code/evals/data/*.jsonl") + glob.glob("/tmp/r54code/evals/sets/*.jsonl") \
      + glob.glob("/tmp/r54code/evals/trials/**/*.jsonl", recursive=True)
old_q, old_ids = set(), set()
for f in files:
    for raw in Path(f).read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            d = json.loads(raw)
        except Exception:
            continue
        if not isinstance(d, dict):
            continue
        old_ids.add(d.get("id"))
        for key in ("question", "q", "text"):
            if isinstance(d.get(key), str):
                old_q.add(V.norm(d[key]))
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str):
                old_q.add(V.norm(t["question"]))
            elif isinstance(t, str):
                old_q.add(V.norm(t))
n_dup = 0
for q, ids in mine_q.items():
    if q in old_q:
        n_dup += 1
        ck.err(",".join(ids), "question text already in an earlier set")
for it in items:
    if it.id in old_ids:
        ck.err(it.id, "id already used")
print(V.summary("set.jsonl", items))
print(f"compared against {len(files)} files, {len(old_q)} earlier questions; duplicates: {n_dup}")
print("\n".join(ck.problems) or "ok: all checks passed")
