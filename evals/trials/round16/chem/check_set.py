#!/usr/bin/env python3
"""Apply /tmp/r16code/evals/sets/validate.py's per-item checks to this set (imported, not modified),
and check that no question text (first or later turn) repeats one in /tmp/r16code/evals/data/*.jsonl,
/tmp/r16code/evals/sets/*.jsonl or /work/main/evals/trials/**/*.jsonl (prints only our own ids).

    T16_OUT=/tmp/t16chem python evals/trials/round16/chem/check_set.py [-v]
"""
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.environ.get("VALIDATE_DIR", "/tmp/r16code/evals/sets"))
import validate as v  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus = v.Corpus(Path(os.environ.get("T16_OUT", "/tmp/t16chem")) / "corpus")
ck = v.Checker()
items = v.load(HERE / "set.jsonl", ck)

# questions elsewhere (never printed)
others = set()
srcs = list(Path("/tmp/r16code/evals/data").glob("*.jsonl")) + list(Path("/tmp/r16code/evals/sets").glob("*.jsonl")) \
    + [p for p in Path("/work/main/evals/trials").rglob("*.jsonl") if HERE not in p.parents]


def collect(o):
    if isinstance(o, dict):
        for k, val in o.items():
            if k in ("question", "q", "text", "user") and isinstance(val, str):
                others.add(v.norm(val))
            collect(val)
    elif isinstance(o, list):
        for x in o:
            collect(x)


for p in srcs:
    for raw in p.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.strip():
            try:
                collect(json.loads(raw))
            except json.JSONDecodeError:
                pass
print(f"compared against {len(others)} question texts from {len(srcs)} files")

seen_id, seen_q = set(), {}
for it in items:
    ck.item(it, corpus)
    if not it.id.startswith("r16c-"):
        ck.err(it.id, "id prefix")
    if it.id in seen_id:
        ck.err(it.id, "duplicate id")
    seen_id.add(it.id)
    for ti, q in enumerate([it.question] + [t.question for t in it.turns or []]):
        nq = v.norm(q)
        if nq in others:
            ck.err(f"{it.id}/t{ti}", "question text already used elsewhere")
        if ti == 0:
            if nq in seen_q:
                ck.err(it.id, f"duplicate question ({seen_q[nq]})")
            seen_q.setdefault(nq, it.id)
print(v.summary("set.jsonl", items))
print("files:", sorted(v.files_of(items)))
print("later turns:", dict(Counter(t.intent for it in items for t in (it.turns or []))))
print("personas:", dict(Counter(it.persona for it in items)))
if "-v" in sys.argv:
    for it in items:
        for label, ev, kp, q in [(it.id, it.evidence, it.key_points, it.question)] + [
                (f"{it.id}/t{i}", t.evidence, t.key_points, t.question) for i, t in enumerate(it.turns or [], 1)]:
            print(f"\n== {label}: {q}  kp={kp}")
            for e in ev:
                d = corpus.doc(e.file)
                if e.quote:
                    hits = [u for u in d.units if v.norm(e.quote) in v.norm(u)]
                    print(f"   [{e.file[:4]} q] {hits[0] if hits else '??'}")
                else:
                    print(f"   [{e.file[:4]} {e.line_start}-{e.line_end}] {d.line_text(e.line_start, e.line_end)[:300]}")
if ck.problems:
    print(f"\n{len(ck.problems)} problem(s):")
    for p in ck.problems:
        print("  - " + p)
    sys.exit(1)
print("\nok: all per-item checks passed, no question text repeated")
