#!/usr/bin/env python3
"""Check set.jsonl with the per-item checks of /tmp/r15code/evals/sets/validate.py (imported, unmodified).

Also: ids unique and prefixed r15x-, first-turn questions unique, no question (any turn) equal (after
norm) to one of the existing sets / evals/data (compared automatically, only our ids are printed).
With --show, print each item's evidence as it resolves, for review by hand.
"""
import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, "/tmp/r15code/evals/sets")
import validate as V  # noqa: E402

HERE = Path(__file__).resolve().parent


def resolve(ev, corpus):
    doc = corpus.doc(ev.file)
    if ev.quote is None:
        return doc.line_text(ev.line_start, ev.line_end)
    q = V.norm(ev.quote)
    return [u for u, n in zip(doc.units, doc.norm_units) if q in n]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default=str(HERE / "set.jsonl"))
    ap.add_argument("--corpus", default="/work/shared/corpus-extra")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    ck = V.Checker()
    corpus = V.Corpus(Path(args.corpus))
    items = V.load(Path(args.set), ck)
    for it in items:
        ck.item(it, corpus)
        if not it.id.startswith("r15x-"):
            ck.err(it.id, "id must start with r15x-")
    ids = Counter(it.id for it in items)
    for k, n in ids.items():
        if n > 1:
            ck.err(k, "duplicate id")
    mine = {}
    for it in items:
        qs = [it.question] + [t.question for t in it.turns or []]
        for i, q in enumerate(qs):
            mine.setdefault(V.norm(q), []).append(f"{it.id}#{i}")
    for q, where in mine.items():
        if len(where) > 1 and any(w.endswith("#0") for w in where):
            ck.err(",".join(where), "question repeated")
    # existing questions: compared, never printed
    old = set(V.existing_questions())
    for name in ("extra-dev.jsonl", "extra-test.jsonl", "shipped-unseen.jsonl"):
        p = Path("/tmp/r15code/evals/sets") / name
        if p.is_file():
            for raw in p.read_text(encoding="utf-8").splitlines():
                if raw.strip():
                    d = json.loads(raw)
                    old.add(V.norm(d.get("question", "")))
                    old.update(V.norm(t.get("question", "")) for t in d.get("turns") or [])
    for q, where in mine.items():
        if q in old:
            ck.err(",".join(where), "question equals one in an existing set")
    c = Counter(it.intent for it in items)
    print(f"{len(items)} items, {sum(len(it.turns or []) for it in items)} later turns: {dict(c)}")
    print("files:", dict(Counter(e.file[:4] for it in items for e in
                                 list(it.evidence) + [e for t in it.turns or [] for e in t.evidence])))
    if args.show:
        for it in items:
            print(f"\n## {it.id} [{it.intent}/{it.attribute}] {it.question}  kp={it.key_points}")
            for ev in it.evidence:
                print("   ", ev.file[:4], ev.line_start or ev.quote, "->", resolve(ev, corpus))
            for t in it.turns or []:
                print(f"  > [{t.intent}] {t.question} kp={t.key_points}")
                for ev in t.evidence:
                    print("     ", ev.file[:4], ev.line_start or ev.quote, "->", resolve(ev, corpus))
    if ck.problems:
        print(f"\n{len(ck.problems)} problem(s):")
        for p in ck.problems:
            print("  - " + p)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
