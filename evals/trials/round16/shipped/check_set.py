#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified per-item Checker of /tmp/r16code/evals/sets/validate.py,
then check that no question text (first or later turn) repeats one of evals/data/*.jsonl,
evals/sets/*.jsonl (frozen copy) or any /work/main/evals/trials/**/*.jsonl. Prints only own ids."""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r16code/evals/sets")
from validate import Checker, Corpus, Item, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
SET = HERE / "set.jsonl"
corpus = Corpus(Path("/tmp/r16code/corpus"))
ck = Checker()
items = [Item.model_validate(json.loads(l)) for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
for it in items:
    ck.item(it, corpus)
ids = Counter(it.id for it in items)
for k, v in ids.items():
    if v > 1:
        ck.err(k, "duplicate id")
mine = {}
for it in items:
    mine.setdefault(norm(it.question), []).append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(norm(t.question), []).append(f"{it.id}/turn{i}")
for q, where in mine.items():
    if len(where) > 1:
        ck.err(",".join(where), "question repeated inside the set")

others = set()
paths = list(Path("/tmp/r16code/evals/data").glob("*.jsonl")) + list(Path("/tmp/r16code/evals/sets").glob("*.jsonl"))
paths += [p for p in Path("/work/main/evals/trials").rglob("*.jsonl") if p.resolve() != SET.resolve()]
for p in paths:
    for raw in p.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            d = json.loads(raw)
        except Exception:
            continue
        if not isinstance(d, dict):
            continue
        for key in ("question", "q", "text"):
            if isinstance(d.get(key), str):
                others.add(norm(d[key]))
        for t in d.get("turns") or []:
            if isinstance(t, dict):
                for key in ("question", "q", "text", "user"):
                    if isinstance(t.get(key), str):
                        others.add(norm(t[key]))
            elif isinstance(t, str):
                others.add(norm(t))
clash = [w for q, ws in mine.items() if q in others for w in ws]
for w in clash:
    ck.err(w, "question text already used in an existing set")
c = Counter(it.intent for it in items)
print(f"{len(items)} items: {dict(c)}; later turns {sum(len(it.turns or []) for it in items)}; "
      f"compared against {len(others)} questions from {len(paths)} files")
if ck.problems:
    print("\n".join(ck.problems))
    sys.exit(1)
print("ok: all checks passed; no repeated question")
