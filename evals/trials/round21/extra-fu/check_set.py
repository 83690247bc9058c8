#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified validate.Checker; check ids, turn counts, coverage, forms,
and that no question text (first or later turn) repeats one in /work/main/evals/trials/**/*.jsonl
Prints only our own ids for exact repeats."""
import glob, json, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r21code/evals/sets")
from validate import Checker, Corpus, Item, norm  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus = Corpus(Path("/work/shared/corpus-extra"))
ck = Checker()
items = [Item.model_validate(json.loads(l)) for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ck.err("set", "duplicate ids")
if ids != [f"r21x-fu-{i:02d}" for i in range(1, 31)]:
    ck.err("set", "ids must be r21x-fu-01..30")
for it in items:
    if it.intent != "followup" or not 3 <= len(it.turns or []) <= 4:
        ck.err(it.id, "needs followup with 3-4 later turns")

mine = {}
for it in items:
    for k, q in [(it.id, it.question)] + [(f"{it.id}#{i}", t.question) for i, t in enumerate(it.turns, 1)]:
        if norm(q) in mine:
            ck.err(k, f"question repeats {mine[norm(q)]}")
        mine.setdefault(norm(q), k)

files = [p for p in glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True)
         if Path(p).resolve().parent != HERE]
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
        for q in qs:
            if isinstance(q, str):
                other.setdefault(norm(q), p)
rep = sorted(k for q, k in mine.items() if q in other)
print(f"compared against {len(files)} files, {len(other)} question texts; exact repeats among mine: {rep or 'none'}")
if rep:
    ck.err("set", f"repeated questions: {rep}")

# near-duplicates (character-bigram Jaccard >= 0.6) against trial texts only (never print dev-set texts)
def bg(s):
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}
trial = {q: p for q, p in other.items() if "/trials/" in p}
near = []
for q, k in mine.items():
    b = bg(q)
    best = max(((len(b & bg(o)) / len(b | bg(o)), o) for o in trial), default=(0, ""))
    if best[0] >= 0.6:
        near.append(f"{k} {best[0]:.2f} ~ {best[1]}")
print("near-duplicates vs trial texts (>=0.6):", near or "none")

cov = Counter()
for it in items:
    fs = {e.file for e in it.evidence} | {e.file for t in it.turns for e in t.evidence}
    cov.update(f[:4] for f in fs)
allf = sorted(p.name[:4] for p in Path("/work/shared/corpus-extra").glob("cx*"))
missing = [f for f in allf if f not in cov]
if missing:
    ck.err("set", f"files not covered: {missing}")
turns = [t for it in items for t in it.turns]
print(f"{len(items)} items, {len(turns)} later turns; later intents {dict(Counter(t.intent for t in turns))}")
print("later attributes:", dict(Counter(t.attribute for t in turns if t.attribute)))
print("personas:", dict(Counter(it.persona for it in items)))
print("items per file:", dict(sorted(cov.items())))
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
for it in items:
    for i in range(1, len(it.turns) + 1):
        if f"{it.id}#{i}" not in forms:
            ck.err(it.id, f"forms.json lacks turn {i}")
if len(forms) != len(turns):
    ck.err("set", "forms.json has extra keys")
fc = Counter(p for f in forms.values() for p in f.split("+"))
print("form parts:", dict(fc.most_common()))
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok")
