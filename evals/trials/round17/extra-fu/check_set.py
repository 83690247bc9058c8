#!/usr/bin/env python3
"""Validate set.jsonl with the unmodified validate.Checker and check for repeated questions.

Prints only our own ids (never the other sets' questions)."""
import glob, json, sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r17code/evals/sets")
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
for it in items:
    if not it.id.startswith("r17x-"):
        ck.err(it.id, "id prefix")
    if it.intent != "followup" or not 2 <= len(it.turns or []) <= 4:
        ck.err(it.id, "needs followup with 2-4 later turns")

# my own questions must be unique within the set
mine = {}
for it in items:
    for k, q in [(it.id, it.question)] + [(f"{it.id}/turn{i}", t.question) for i, t in enumerate(it.turns, 1)]:
        if norm(q) in mine:
            ck.err(k, f"question repeats {mine[norm(q)]}")
        mine.setdefault(norm(q), k)

# other question texts
other = set()
files = glob.glob("/tmp/r17code/evals/data/*.jsonl") + glob.glob("/tmp/r17code/evals/sets/*.jsonl") + \
    [p for p in glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True) if Path(p).resolve().parent != HERE]
for p in files:
    for raw in Path(p).read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
        except json.JSONDecodeError:
            continue
        if not isinstance(d, dict):
            continue
        if isinstance(d.get("question"), str):
            other.add(norm(d["question"]))
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str):
                other.add(norm(t["question"]))
rep = sorted(k for q, k in mine.items() if q in other)
print(f"compared against {len(files)} files, {len(other)} question texts; repeats among mine: {rep or 'none'}")
if rep:
    ck.err("set", f"repeated questions: {rep}")

# coverage and counts
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
print("items per file:", dict(sorted(cov.items())))
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))["later_turn_forms"]
for it in items:
    if len(forms.get(it.id, [])) != len(it.turns):
        ck.err(it.id, "forms.json mismatch")
fc = Counter(f for v in forms.values() for f in v)
print("forms:", dict(fc.most_common()))
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok")
