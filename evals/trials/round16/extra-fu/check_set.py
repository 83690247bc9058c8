#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified per-item Checker of /tmp/r16code/evals/sets/validate.py,
plus: ids r16x-, 2-4 later turns, counts, document coverage, and no question text (first or later
turn) equal to one in /tmp/r16code/evals/data/*.jsonl, /tmp/r16code/evals/sets/*.jsonl or
/work/main/evals/trials/**/*.jsonl (only our own ids are printed)."""
import glob
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r16code/evals/sets")
import validate as V  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/corpus-extra")


def questions_of(obj):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("question", "q", "text", "ask") and isinstance(v, str):
                out.append(v)
            else:
                out.extend(questions_of(v))
    elif isinstance(obj, list):
        for v in obj:
            out.extend(questions_of(v))
    elif isinstance(obj, str):
        pass
    return out


def main():
    chk = V.Checker()
    items = V.load(HERE / "set.jsonl", chk)
    corpus = V.Corpus(CORPUS)
    for it in items:
        chk.item(it, corpus)
        if not it.id.startswith("r16x-"):
            chk.err(it.id, "id must start with r16x-")
        if it.intent != "followup" or not (2 <= len(it.turns or []) <= 4):
            chk.err(it.id, "must be a followup with 2-4 later turns")
    ids = [i.id for i in items]
    if len(ids) != len(set(ids)):
        chk.err("set", "duplicate ids")
    # own questions
    mine = {}
    for it in items:
        mine.setdefault(V.norm(it.question), []).append(it.id)
        for k, t in enumerate(it.turns or [], 1):
            mine.setdefault(V.norm(t.question), []).append(f"{it.id}/t{k}")
    dup_inside = {q: w for q, w in mine.items() if len(w) > 1}
    # others
    others = set()
    paths = (glob.glob("/tmp/r16code/evals/data/*.jsonl") + glob.glob("/tmp/r16code/evals/sets/*.jsonl")
             + glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True))
    own = (HERE / "set.jsonl").resolve()
    n_files = 0
    for p in paths:
        if Path(p).resolve() == own:
            continue
        n_files += 1
        for raw in Path(p).read_text(encoding="utf-8", errors="replace").splitlines():
            raw = raw.strip()
            if not raw:
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError:
                continue
            for q in questions_of(obj):
                others.add(V.norm(q))
    clashes = sorted(w for q, ws in mine.items() if q in others for w in ws)
    print(f"compared against {n_files} other jsonl files, {len(others)} distinct question texts")
    print("repeats of other sets' questions:", clashes or "none")
    print("repeats inside this set:", sorted(dup_inside.values()) or "none")
    # counts
    turns = [t for it in items for t in it.turns]
    print(f"{len(items)} conversations, {len(turns)} later turns; later-turn intents:",
          dict(Counter(t.intent for t in turns)))
    files = Counter()
    for it in items:
        fs = {e.file for e in it.evidence} | {e.file for t in it.turns for e in t.evidence}
        files.update(fs)
    docs = sorted(p.name for p in CORPUS.iterdir() if p.name.startswith("cx"))
    missing = [d for d in docs if d not in files]
    print("conversations per document:", {d[:4]: files[d] for d in docs})
    print("documents not covered:", missing or "none")
    forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))["later_turn_forms"]
    print("forms:", dict(Counter(f for v in forms.values() for f in v)))
    if chk.problems:
        print("\n".join(chk.problems))
        print(f"FAIL: {len(chk.problems)} problems")
        return 1
    if clashes:
        print("FAIL: question repeats")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
