#!/usr/bin/env python3
"""Apply /tmp/r15code/evals/sets/validate.py's per-item checks to this trial set (imported, not modified).

    T15_OUT=/tmp/t15r python evals/trials/round15/retail/check_set.py [-v]
"""
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.environ.get("VALIDATE_DIR", "/tmp/r15code/evals/sets"))
import validate as v  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus = v.Corpus(Path(os.environ.get("T15_OUT", "/tmp/t15r")) / "corpus")
ck = v.Checker()
items = v.load(HERE / "set.jsonl", ck)
old = v.existing_questions()
seen_id, seen_q = set(), {}
for it in items:
    ck.item(it, corpus)
    if not it.id.startswith("r15r-"):
        ck.err(it.id, "id prefix")
    if it.id in seen_id:
        ck.err(it.id, "duplicate id")
    seen_id.add(it.id)
    for q in [it.question] + [t.question for t in it.turns or []]:
        nq = v.norm(q)
        if nq in old:
            ck.err(it.id, f"question already in evals/data/*.jsonl: {q}")
    q = v.norm(it.question)
    if q in seen_q:
        ck.err(it.id, f"duplicate question ({seen_q[q]})")
    seen_q[q] = it.id
print(v.summary("set.jsonl", items))
print("formats:", sorted(v.formats_of(items)))
print("files:", sorted(v.files_of(items)))
print("later turns:", dict(Counter(t.intent for it in items for t in (it.turns or []))))
print("personas:", dict(Counter(it.persona for it in items)))
print("attributes:", dict(Counter(a for it in items for a in [it.attribute] + [t.attribute for t in it.turns or []] if a)))
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
print("\nok: all checks passed")
