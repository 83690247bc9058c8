#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified /tmp/r24code/evals/sets/validate.py Checker; check ids (prefix r24s-),
intent counts, file coverage, and that no question text repeats one in /work/main/evals/trials/**/*.jsonl
(read in code only; prints only our own ids)."""
import glob, json, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r24code/evals/sets")
from validate import Checker, Corpus, Item, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus = Corpus(Path("/tmp/r24code/corpus"))
ck = Checker()
items = [Item.model_validate(json.loads(l)) for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ck.err("set", "duplicate ids")
for i in ids:
    if not i.startswith("r24s-"):
        ck.err(i, "id prefix must be r24s-")
if not 50 <= len(items) <= 56:
    ck.err("set", f"{len(items)} items, need 50-56")
for it in items:
    if it.turns:
        ck.err(it.id, "single-turn set: turns must be null")
mine = {}
for it in items:
    if norm(it.question) in mine:
        ck.err(it.id, f"question repeats {mine[norm(it.question)]}")
    mine.setdefault(norm(it.question), it.id)

files = [p for p in glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True) if Path(p).resolve().parent != HERE]
other = {}
for p in files:
    for raw in Path(p).read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            d = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if not isinstance(d, dict):
            continue
        qs = [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]
        qs += [t.get("q") or t.get("text") for t in (d.get("turns") or []) if isinstance(t, dict)]
        for q in qs:
            if isinstance(q, str):
                other.setdefault(norm(q), p)
rep = sorted(k for q, k in mine.items() if q in other)
print(f"compared against {len(files)} files, {len(other)} question texts; exact repeats among mine: {rep or 'none'}")
if rep:
    ck.err("set", f"repeated questions: {rep}")

def bg(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}
near = []
for q, k in mine.items():
    b = bg(q)
    best = max(((len(b & bg(o)) / len(b | bg(o)), o) for o in other), default=(0, ""))
    if best[0] >= 0.6:
        near.append(f"{k} {best[0]:.2f}")
print("near-duplicates vs earlier texts (bigram Jaccard >=0.6, own ids only):", near or "none")
print(f"{len(items)} items; intents:", dict(Counter(it.intent for it in items)), "personas:", dict(Counter(it.persona for it in items)))
cov = Counter()
for it in items:
    cov.update({e.file[:3] for e in it.evidence})
print("items per file:", dict(sorted(cov.items())))
if len(cov) != 5:
    ck.err("set", "not all 5 files covered")
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok: all per-item checks passed")
