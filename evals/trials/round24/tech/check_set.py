#!/usr/bin/env python3
"""Apply /tmp/r24code/evals/sets/validate.py's per-item checks to this set (imported, not modified),
plus: id prefix, unique questions, no question text shared with the frozen copy's
evals/data/*.jsonl, evals/sets/*.jsonl or any earlier trial set (/work/main/evals/trials/**/*.jsonl),
and out-of-scope role names absent from the corpus text.

    T24_OUT=/tmp/t24tech python check_set.py (round 24, tech) [-v]
"""
import json
import os
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, os.environ.get("VALIDATE_DIR", "/tmp/r24code/evals/sets"))
import validate as v  # noqa: E402

HERE = Path(__file__).resolve().parent
corpus_dir = Path(os.environ.get("T24_OUT", "/tmp/t24tech")) / "corpus"
corpus = v.Corpus(corpus_dir)
ck = v.Checker()
items = v.load(HERE / "set.jsonl", ck)
seen_id, seen_q = set(), {}
for it in items:
    ck.item(it, corpus)
    if not it.id.startswith("r24t-"):
        ck.err(it.id, "id prefix")
    if it.id in seen_id:
        ck.err(it.id, "duplicate id")
    seen_id.add(it.id)
    for q in [it.question] + [t.question for t in it.turns or []]:
        nq = v.norm(q)
        if nq in seen_q:
            ck.err(it.id, f"duplicate question ({seen_q[nq]})")
        seen_q[nq] = it.id

# questions in other sets (read in code only; only our own ids are printed)
others = set()
sources = list(Path("/tmp/r24code/evals/data").glob("*.jsonl")) + list(Path("/tmp/r24code/evals/sets").glob("*.jsonl"))
sources += [p for p in Path("/work/main/evals/trials").rglob("*.jsonl") if HERE not in p.parents]
for p in sources:
    for raw in p.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
        except json.JSONDecodeError:
            continue
        stack = [d]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                for k, val in x.items():
                    if k in ("question", "q", "text", "user", "content") and isinstance(val, str):
                        others.add(v.norm(val))
                    else:
                        stack.append(val)
            elif isinstance(x, list):
                stack.extend(x)
repeats = [i for q, i in seen_q.items() if q in others]
for q, i in seen_q.items():
    if q in others:
        print("  repeated (own text):", i, q)
print(f"compared against {len(others)} question texts in {len(sources)} files; repeats: {repeats or 'none'}")
for i in repeats:
    ck.err(i, "question text repeats one in another set")

# out-of-scope role names must not be described anywhere
full = "\n".join(v.norm(corpus.doc(f.name).full_text()) for f in sorted(corpus_dir.iterdir()))
for name in ["公积金", "竞业", "useEffect", "天气", "NLP", "年薪"]:
    print(f"corpus mentions {name!r}: {name in full}")
for name in ["算法工程师", "售前解决方案架构师", "测试经理", "大客户销售总监"]:
    print(f"named-only role {name!r} occurrences: {full.count(name)}")
print(v.summary("set.jsonl", items))
print("files:", sorted(v.files_of(items)))
print("later turns:", dict(Counter(t.intent for it in items for t in (it.turns or []))))
print("personas:", dict(Counter(it.persona for it in items)))
print("attributes:", dict(Counter(it.attribute for it in items if it.attribute)))
if "-v" in sys.argv:
    for it in items:
        for label, ev, kp, q in [(it.id, it.evidence, it.key_points, it.question)] + [
                (f"{it.id}/t{i}", t.evidence, t.key_points, t.question) for i, t in enumerate(it.turns or [], 1)]:
            print(f"\n== {label}: {q}  kp={kp}")
            for e in ev:
                d = corpus.doc(e.file)
                if e.quote:
                    hits = [u for u in d.units if v.norm(e.quote) in v.norm(u)]
                    print(f"   [{e.file[:4]} q] {hits[0][:200] if hits else '??'}")
                else:
                    print(f"   [{e.file[:4]} {e.line_start}-{e.line_end}] {d.line_text(e.line_start, e.line_end)[:300]}")
if ck.problems:
    print(f"\n{len(ck.problems)} problem(s):")
    for p in ck.problems:
        print("  - " + p)
    sys.exit(1)
print("\nok: all per-item checks passed")
