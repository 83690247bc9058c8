#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified /tmp/r23code/evals/sets/validate.py Checker; check ids (prefix r23s-),
follow-up turn counts, forms.json, and that no question text (first or later turn) repeats one in
/work/main/evals/trials/**/*.jsonl (read in code only; prints only our own ids)."""
import glob, json, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r23code/evals/sets")
from validate import Checker, Corpus, Item, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus = Corpus(Path("/tmp/r23code/corpus"))
ck = Checker()
items = [Item.model_validate(json.loads(l)) for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ck.err("set", "duplicate ids")
for i in ids:
    if not i.startswith("r23s-"):
        ck.err(i, "id prefix must be r23s-")
fus = [it for it in items if it.intent == "followup"]
if not 28 <= len(fus) <= 32:
    ck.err("set", f"{len(fus)} follow-ups, need 28-32")
for it in fus:
    if not 3 <= len(it.turns or []) <= 4:
        ck.err(it.id, "needs 3-4 later turns")

mine = {}
for it in items:
    for k, q in [(it.id, it.question)] + [(f"{it.id}#{i}", t.question) for i, t in enumerate(it.turns or [], 1)]:
        if norm(q) in mine:
            ck.err(k, f"question repeats {mine[norm(q)]}")
        mine.setdefault(norm(q), k)

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

turns = [t for it in fus for t in it.turns]
print(f"{len(items)} items ({len(fus)} follow-ups), {len(turns)} later turns; later intents {dict(Counter(t.intent for t in turns))}")
print("first intents:", dict(Counter(it.intent for it in items)), "personas:", dict(Counter(it.persona for it in items)))
cov = Counter()
for it in items:
    fs = {e.file for e in it.evidence} | {e.file for t in (it.turns or []) for e in t.evidence}
    cov.update(f[:3] for f in fs)
print("items per file:", dict(sorted(cov.items())))
if len(cov) != 5:
    ck.err("set", "not all 5 files covered")
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
for it in fus:
    for i in range(1, len(it.turns) + 1):
        if f"{it.id}#{i}" not in forms:
            ck.err(it.id, f"forms.json lacks turn {i}")
if len(forms) != len(turns):
    ck.err("set", "forms.json has extra keys")
print("forms:", dict(Counter(forms.values()).most_common()))
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok: all per-item checks passed")
