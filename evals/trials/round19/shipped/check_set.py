#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified per-item Checker of /tmp/r19code/evals/sets/validate.py, then
check in code that no question text (first or later turn) repeats one of /work/main/evals/trials/**/*.jsonl,
the frozen copy's evals/trials/**, evals/data/*.jsonl or evals/sets/*.jsonl (those are read in code only;
only our own ids are printed). Also: near-duplicates (char-bigram Jaccard >= 0.6) against trial texts,
out-of-scope names absent from the corpus, and the set's counts.   -v prints the evidence text."""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r19code/evals/sets")
from validate import Checker, Corpus, Item, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
SET = HERE / "set.jsonl"
CORPUS = Path("/tmp/r19code/corpus")
corpus = Corpus(CORPUS)
ck = Checker()
items = [Item.model_validate(json.loads(l)) for l in SET.read_text(encoding="utf-8").splitlines() if l.strip()]
for it in items:
    ck.item(it, corpus)
    if not it.id.startswith("r19s-"):
        ck.err(it.id, "id prefix")
for k, n in Counter(it.id for it in items).items():
    if n > 1:
        ck.err(k, "duplicate id")
mine = {}
for it in items:
    mine.setdefault(norm(it.question), []).append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(norm(t.question), []).append(f"{it.id}#{i}")
for q, where in mine.items():
    if len(where) > 1:
        ck.err(",".join(where), "question repeated inside the set")


def texts(p):
    out = []
    for raw in p.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            d = json.loads(raw)
        except Exception:
            continue
        stack = [d]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                for k, val in x.items():
                    if k in ("question", "q", "text", "user", "content") and isinstance(val, str):
                        out.append(norm(val))
                    else:
                        stack.append(val)
            elif isinstance(x, list):
                stack.extend(x)
    return out


trial_paths = [p for p in Path("/work/main/evals/trials").rglob("*.jsonl")]
trial_paths += [p for p in Path("/tmp/r19code/evals/trials").rglob("*.jsonl")]
frozen_paths = list(Path("/tmp/r19code/evals/data").glob("*.jsonl")) + list(Path("/tmp/r19code/evals/sets").glob("*.jsonl"))
frozen_paths += list(Path("/work/main/evals/data").glob("*.jsonl")) + list(Path("/work/main/evals/sets").glob("*.jsonl"))
trial_paths = [p for p in trial_paths if p.resolve().parent != HERE]
trial_texts = {t for p in trial_paths for t in texts(p)}
frozen_texts = {t for p in frozen_paths for t in texts(p)}
for q, where in mine.items():
    if q in trial_texts or q in frozen_texts:
        for w in where:
            ck.err(w, "question text already used in an existing set")


def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)}


near = []
tb = [(t, bigrams(t)) for t in trial_texts if len(t) > 3]
for q, where in mine.items():
    b = bigrams(q)
    best = max(((len(b & c) / len(b | c), t) for t, c in tb if b | c), default=(0, ""))
    if best[0] >= 0.6:
        near.append((where[0], round(best[0], 2), q, best[1]))
# frozen texts: only a count, never the text
near_frozen = 0
fb = [bigrams(t) for t in frozen_texts if len(t) > 3]
for q in mine:
    b = bigrams(q)
    if any(len(b & c) / len(b | c) >= 0.6 for c in fb if b | c):
        near_frozen += 1

full = "\n".join(norm(corpus.doc(f.name).full_text()) for f in sorted(CORPUS.iterdir()))
for name in ["试用期", "五险一金", "缴费比例", "全量备份", "年薪", "推荐几只"]:
    print(f"corpus mentions {name!r}: {name in full}")
for name in ["经办行密押员", "金库管理员", "项目经理", "营运总监", "送货司机", "分析师", "基层管理"]:
    print(f"named-only {name!r}: {full.count(name)} occurrence(s)")

print(f"{len(items)} items: {dict(Counter(it.intent for it in items))}")
print("later turns:", sum(len(it.turns or []) for it in items), dict(Counter(t.intent for it in items for t in it.turns or [])))
print("personas:", dict(Counter(it.persona for it in items)))
files = Counter()
for it in items:
    fs = {e.file for e in it.evidence} | {e.file for t in it.turns or [] for e in t.evidence}
    for f in fs:
        files[(f[:3], it.intent)] += 1
for f in ["000", "001", "002", "003", "004"]:
    print(f, {k[1]: v for k, v in files.items() if k[0] == f})
print(f"compared against {len(trial_texts)} trial texts ({len(trial_paths)} files) and {len(frozen_texts)} frozen texts")
print(f"near-duplicates (Jaccard >= 0.6) vs trials: {len(near)}; vs frozen sets/data: {near_frozen}")
for n in near:
    print("  near:", n)
if "-v" in sys.argv:
    for it in items:
        rows = [(it.id, it.question, it.evidence, it.key_points)]
        rows += [(f"{it.id}#{i}", t.question, t.evidence, t.key_points) for i, t in enumerate(it.turns or [], 1)]
        for label, q, evs, kp in rows:
            print(f"\n== {label}: {q}  kp={kp}")
            for e in evs:
                print(f"   [{e.file[:3]} {e.line_start}-{e.line_end}] {corpus.doc(e.file).line_text(e.line_start, e.line_end)[:400]}")
if ck.problems:
    print(f"\n{len(ck.problems)} problem(s):")
    for p in ck.problems:
        print("  - " + p)
    sys.exit(1)
print("\nok: all checks passed; no repeated question")
