#!/usr/bin/env python3
"""Check round-7 set.jsonl with the evals/sets/validate.py rules. Relaxation (as round 6): attribute
items/turns may carry a single key-point group. Usage: check.py SET CORPUS_DIR [--show]"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "sets"))
import validate as v  # noqa: E402

path, root = Path(sys.argv[1]), Path(sys.argv[2])
show = "--show" in sys.argv
ck = v.Checker()
orig = ck.key_points


def kp(where, groups, text, label="evidence"):
    if len(groups) == 1:
        groups = groups + groups
    orig(where, groups, text, label)


ck.key_points = kp
items = v.load(path, ck)
corpus = v.Corpus(root)
ids = set()
for it in items:
    if it.id in ids:
        ck.err(it.id, "duplicate id")
    ids.add(it.id)
    ck.item(it, corpus)
    if show:
        for n, (qq, ev, kps) in enumerate([(it.question, it.evidence, it.key_points)] +
                                          [(t.question, t.evidence, t.key_points) for t in it.turns or []]):
            txt = ck.evidence_text(it.id, ev, corpus) or ""
            print(f"--- {it.id} t{n}: {qq}\n    KP={kps}\n    EV={txt[:300]}")
print(v.summary(path.name, items))
print("\n".join(ck.problems) or "ok")
