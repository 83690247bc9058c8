#!/usr/bin/env python3
"""Check set.jsonl with the per-item checks of /tmp/r15code/evals/sets/validate.py (not modified).

    /work/main/.venv/bin/python check_set.py [--show]

* every line parses into validate.Item and passes Checker.item() against the shipped corpus
  (spans inside files, key-point groups found in the evidence text, OOS turns empty, >=2 turns ...);
* extra checks for this set: ids `r15f-`, all items `followup`, 2-4 later turns, unique questions
  within the set (first and later turns), and no question text shared with evals/data/*.jsonl or
  the existing evals/sets/*.jsonl (compared programmatically; their contents are not printed).
* --show prints every turn with the text its evidence resolves to, for hand review.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE = Path("/tmp/r15code")
sys.path.insert(0, str(CODE / "evals" / "sets"))
import validate as V  # noqa: E402

CORPUS = CODE / "corpus"


def other_questions() -> set[str]:
    out: set[str] = set()
    paths = sorted((CODE / "evals" / "data").glob("*.jsonl")) + sorted((CODE / "evals" / "sets").glob("*.jsonl"))
    for p in paths:
        for raw in p.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                d = json.loads(raw)
                out.add(V.norm(d.get("question", "")))
                for t in d.get("turns") or []:
                    out.add(V.norm(t.get("question", "")))
    return out


def main() -> int:
    show = "--show" in sys.argv
    ck = V.Checker()
    items = V.load(HERE / "set.jsonl", ck)
    corpus = V.Corpus(CORPUS)
    seen_q: dict[str, str] = {}
    old = other_questions()
    n_turns = 0
    for it in items:
        ck.item(it, corpus)
        if not it.id.startswith("r15f-"):
            ck.err(it.id, "id must start with r15f-")
        if it.intent != "followup":
            ck.err(it.id, "every item must be a followup")
        if not 2 <= len(it.turns or []) <= 4:
            ck.err(it.id, f"need 2-4 later turns, got {len(it.turns or [])}")
        n_turns += len(it.turns or [])
        qs = [("first", it.question)] + [(f"turn{i}", t.question) for i, t in enumerate(it.turns or [], 1)]
        for where, q in qs:
            nq = V.norm(q)
            if nq in seen_q:
                ck.err(f"{it.id}/{where}", f"question repeated (also {seen_q[nq]})")
            seen_q[nq] = f"{it.id}/{where}"
            if nq in old:
                ck.err(f"{it.id}/{where}", "question text already used in evals/data or evals/sets")
        if show:
            print(f"\n=== {it.id} [{it.persona}] role={it.role} attr={it.attribute}")
            rows = [("T0", it.question, "first", it.evidence, it.key_points)] + [
                (f"T{i}", t.question, t.intent + (f"/{t.attribute}" if t.attribute else ""), t.evidence, t.key_points)
                for i, t in enumerate(it.turns or [], 1)]
            for tag, q, intent, evs, kps in rows:
                print(f"  {tag} ({intent}) {q}")
                for e in evs:
                    d = corpus.doc(e.file)
                    txt = d.line_text(e.line_start, e.line_end).replace("\n", " ") if d else "?"
                    print(f"     [{e.file[:3]}:{e.line_start}-{e.line_end}] {txt[:160]}")
                print(f"     kp: {kps}")
    print(f"{len(items)} items, {n_turns} later turns")
    if ck.problems:
        print(f"{len(ck.problems)} problem(s):")
        for p in ck.problems:
            print("  - " + p)
        return 1
    print("ok: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
