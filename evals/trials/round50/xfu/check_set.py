"""Validate set.jsonl with the frozen validate.py (imported unmodified) and check question duplicates in code only."""
import json, sys, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r50code/evals/sets")
import validate as V
here = Path(__file__).resolve().parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
for it in items:
    ck.item(it, corpus)
print(V.summary("set", items))
print("formats:", sorted(V.formats_of(items)), "files:", len(V.files_of(items)))
ids = [it.id for it in items]
assert len(ids) == len(set(ids))
mine = {}
for it in items:
    mine.setdefault(V.norm(it.question), []).append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(V.norm(t.question), []).append(f"{it.id}/turn{i}")
internal = {q: v for q, v in mine.items() if len(v) > 1}
# earlier sets: read in code only, never print their contents
old = set()
paths = set(glob.glob("/tmp/r50code/evals/**/*.jsonl", recursive=True)) | set(glob.glob("/work/main/evals/**/*.jsonl", recursive=True))
paths = {p for p in paths if not p.startswith(str(here))}
nfiles = 0
for p in sorted(paths):
    try:
        lines = Path(p).read_text(encoding="utf-8").splitlines()
    except Exception:
        continue
    nfiles += 1
    for raw in lines:
        try:
            d = json.loads(raw)
        except Exception:
            continue
        if not isinstance(d, dict):
            continue
        for key in ("question", "q", "text"):
            if isinstance(d.get(key), str):
                old.add(V.norm(d[key]))
        for t in d.get("turns") or []:
            if isinstance(t, dict):
                for key in ("question", "q", "text"):
                    if isinstance(t.get(key), str):
                        old.add(V.norm(t[key]))
            elif isinstance(t, str):
                old.add(V.norm(t))
dups = [v for q, v in mine.items() if q in old]
print(f"earlier files read: {nfiles}; questions known: {len(old)}")
print("internal duplicates:", list(internal.values()))
print("ids whose question repeats an earlier set:", dups)
print("problems:", len(ck.problems))
for p in ck.problems:
    print(" ", p)
