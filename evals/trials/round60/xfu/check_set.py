"""Validate set.jsonl with the frozen validate.py (unmodified) and check that no question text repeats
one in earlier sets. Earlier sets are read in code only; only counts and OUR ids are printed."""
import json, sys, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r60code/evals/sets")
import validate as V

here = Path(__file__).parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids): ck.err("set", "duplicate ids")
print("formats:", sorted(V.formats_of(items)), "files:", len(V.files_of(items)))
# earlier question texts (code only, never printed)
old_q, old_ids, nfiles = set(), set(), 0
paths = glob.glob("/tmp/r60code/evals/data/*.jsonl") + glob.glob("/tmp/r60code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r60code/evals/trials/**/*.jsonl", recursive=True) + \
        [p for p in glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True) if "/round60/" not in p]
for p in paths:
    nfiles += 1
    for raw in open(p, encoding="utf-8"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        old_ids.add(d.get("id"))
        for key in ("question", "q", "text"):
            if isinstance(d.get(key), str): old_q.add(V.norm(d[key]))
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str): old_q.add(V.norm(t["question"]))
            elif isinstance(t, str): old_q.add(V.norm(t))
mine = []
for it in items:
    mine.append((it.id, it.question))
    for i, t in enumerate(it.turns or [], 1): mine.append((f"{it.id}/t{i}", t.question))
dups = [w for w, q in mine if V.norm(q) in old_q]
seen = {}
for w, q in mine:
    if V.norm(q) in seen: ck.err(w, f"repeats own {seen[V.norm(q)]}")
    seen[V.norm(q)] = w
print(f"compared against {nfiles} earlier files, {len(old_q)} question texts; repeats in my set: {dups}")
print("id clashes:", [i for i in ids if i in old_ids])
print("\n".join(ck.problems) or "validate: ok")
