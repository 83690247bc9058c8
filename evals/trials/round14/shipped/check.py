#!/usr/bin/env python3
"""Validate set.jsonl with the checks of evals/sets/validate.py (imported, not modified).

    /work/main/.venv/bin/python check.py [--corpus /tmp/r14code/corpus] [--show]

Applies: schema (pydantic models of validate.py), line spans inside the files, key-point groups
found in the union of the evidence text, out-of-scope items/turns without evidence, follow-ups
with >=2 later turns, attribute items/turns naming the attribute, ids unique and prefixed s14-,
first-turn questions unique and not in evals/data/*.jsonl; in addition: no question (first or
later turn) equal to one of round10/shipped/set.jsonl or gold-dev, and a character-bigram
Jaccard screen (>= 0.45) against those files. --show prints every item with its evidence text.
"""
import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
VALIDATE = Path("/work/main/evals/sets/validate.py")
spec = importlib.util.spec_from_file_location("validate_sets", VALIDATE)
V = importlib.util.module_from_spec(spec)
sys.modules["validate_sets"] = V
spec.loader.exec_module(V)
for _m in (V.Evidence, V.Turn, V.Tool, V.Item):
    _m.model_rebuild()


def bigrams(s):
    s = V.norm(s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def jacc(a, b):
    A, B = bigrams(a), bigrams(b)
    return len(A & B) / max(1, len(A | B))


def questions_of(path):
    out = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if raw.strip():
            d = json.loads(raw)
            out.append(d["question"])
            out += [t["question"] for t in d.get("turns") or []]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/r14code/corpus")
    ap.add_argument("--set", default=str(HERE / "set.jsonl"))
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()

    ck = V.Checker()
    corpus = V.Corpus(Path(args.corpus))
    items = V.load(Path(args.set), ck)
    for it in items:
        ck.item(it, corpus)
    ids, qs = set(), {}
    old = V.existing_questions()
    for it in items:
        if not it.id.startswith("s14-"):
            ck.err(it.id, "id must start with s14-")
        if it.id in ids:
            ck.err(it.id, "duplicate id")
        ids.add(it.id)
        q = V.norm(it.question)
        if q in qs:
            ck.err(it.id, f"duplicate question (also {qs[q]})")
        qs[q] = it.id
        if q in old:
            ck.err(it.id, "question already in evals/data/*.jsonl")
    refs = questions_of("/work/main/evals/trials/round10/shipped/set.jsonl") + \
        questions_of("/work/main/evals/data/gold-dev.jsonl")
    refn = {V.norm(r) for r in refs}
    for it in items:
        mine = [(it.id, it.question)] + [(f"{it.id}/turn{i}", t.question) for i, t in enumerate(it.turns or [], 1)]
        for wid, q in mine:
            if V.norm(q) in refn:
                ck.err(wid, f"question equals an existing one: {q}")
            for r in refs:
                j = jacc(q, r)
                if j >= 0.45:
                    print(f"  near-duplicate ({j:.2f}) {wid}: {q!r} ~ {r!r}")
    print(V.summary(Path(args.set).name, items))
    if args.show:
        for it in items:
            print(f"\n## {it.id} [{it.intent}/{it.attribute}] {it.question}  role={it.role}")
            blocks = [(it.evidence, it.key_points)] + [(t.evidence, t.key_points) for t in it.turns or []]
            for bi, (evs, kps) in enumerate(blocks):
                if bi:
                    t = it.turns[bi - 1]
                    print(f"  -> turn{bi} [{t.intent}/{t.attribute}] {t.question}  role={t.role}")
                for e in evs:
                    d = corpus.doc(e.file)
                    txt = d.line_text(e.line_start, e.line_end).replace("\n", " ")
                    print(f"     {e.file[:3]}:{e.line_start}-{e.line_end}: {txt[:300]}")
                print(f"     KP: {kps}")
    if ck.problems:
        print(f"\n{len(ck.problems)} problem(s):")
        for p in ck.problems:
            print("  - " + p)
        return 1
    print("\nok: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
