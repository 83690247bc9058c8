#!/usr/bin/env python3
"""Validate set.jsonl with the checks of evals/sets/validate.py (imported, not edited).

Per item: schema, evidence (spans inside files, quotes unique / right length / in pypdf text),
key points found in the evidence, out-of-scope turns without evidence, follow-ups with >= 2 later
turns, attribute items/turns naming the attribute, jd/kpi_design tool checks.
Across the set: unique ids (also against the three sets in evals/sets, read for ids only through
validate.load of extra-dev.jsonl; the frozen test files are not opened), unique first-turn
questions, no question (first or later turn) equal to one in evals/data/*.jsonl (gold-test.jsonl
excluded, not opened) or in the sets we were told not to copy; a character-bigram Jaccard >= 0.6
screen against those sets, printed for review.
"""
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/work/main/evals/sets")
from validate import Checker, Corpus, load, norm, summary  # noqa: E402

HERE = Path(__file__).resolve().parent
ck = Checker()
corpus = Corpus(Path("/work/shared/corpus-extra"))
items = load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
    if not it.id.startswith("f14-"):
        ck.err(it.id, "id must start with f14-")
    if it.intent == "followup" and not (2 <= len(it.turns or []) <= 4):
        ck.err(it.id, "follow-up needs 2-4 later turns")

ids = Counter(it.id for it in items)
for k, v in ids.items():
    if v > 1:
        ck.err(k, "duplicate id")
first = Counter(norm(it.question) for it in items)
for k, v in first.items():
    if v > 1:
        ck.err(k, "duplicate first-turn question")

# questions we must not copy
others: dict[str, str] = {}
src = [Path("/work/main/evals/sets/extra-dev.jsonl"), Path("/work/main/evals/trials/round9/set.jsonl"),
       Path("/work/main/evals/trials/round10/extra/set.jsonl"), Path("/work/main/evals/trials/round11/extra/set.jsonl")]
src += [p for p in sorted(Path("/work/main/evals/data").glob("*.jsonl")) if p.name != "gold-test.jsonl"]
for p in src:
    for raw in p.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            d = json.loads(raw)
            others[norm(d.get("question", ""))] = f"{p.parent.name}/{p.name}:{d.get('id')}"
            for t in d.get("turns") or []:
                others[norm(t.get("question", ""))] = f"{p.parent.name}/{p.name}:{d.get('id')}(turn)"
    if p.name == "extra-dev.jsonl":
        for raw in p.read_text(encoding="utf-8").splitlines():
            if raw.strip() and json.loads(raw)["id"] in ids:
                ck.err(json.loads(raw)["id"], "id also in extra-dev.jsonl")


def bigrams(s: str) -> set:
    return {s[i:i + 2] for i in range(len(s) - 1)} or {s}


near = []
for it in items:
    qs = [(it.id, it.question)] + [(f"{it.id}/turn{i}", t.question) for i, t in enumerate(it.turns or [], 1)]
    for where, q in qs:
        nq = norm(q)
        if nq in others:
            ck.err(where, f"question copied from {others[nq]}: {q}")
        b = bigrams(nq)
        for o, src_id in others.items():
            if len(o) < 2:
                continue
            j = len(b & bigrams(o)) / len(b | bigrams(o))
            if j >= 0.6:
                near.append((round(j, 2), where, q, src_id, o))

print(summary("set.jsonl", items))
lt = Counter(t.intent for it in items for t in (it.turns or []))
print("later turns:", sum(lt.values()), dict(lt))
print("personas:", dict(Counter(it.persona for it in items)))
if near:
    print("\nnear-duplicates (bigram Jaccard >= 0.6), for review:")
    for n in sorted(near, reverse=True):
        print("  ", n)
print("\n".join(ck.problems) or "ok")
sys.exit(1 if ck.problems else 0)
