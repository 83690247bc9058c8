"""Duplicate check of our question texts against earlier sets; prints only our own ids/questions."""
import json, glob, unicodedata, re
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def bg(s): s = norm(s); return {s[i:i+2] for i in range(len(s)-1)}
others = set()
for f in glob.glob("/tmp/r48code/evals/sets/*.jsonl") + glob.glob("/tmp/r48code/evals/data/*.jsonl") + glob.glob("/tmp/r48code/evals/trials/**/*.jsonl", recursive=True):
    for line in open(f, encoding="utf-8"):
        try: d = json.loads(line)
        except Exception: continue
        if not isinstance(d, dict): continue
        for k in ("question", "q"):
            if isinstance(d.get(k), str): others.add(norm(d[k]))
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str): others.add(norm(t["question"]))
ob = [(o, bg(o)) for o in others]
mine = []
for line in open("set.jsonl", encoding="utf-8"):
    d = json.loads(line); mine.append((d["id"], d["question"], True))
    for i, t in enumerate(d["turns"] or [], 1): mine.append((d["id"] + "/t%d" % i, t["question"], False))
exact = near = 0
for id_, q, first in mine:
    n = norm(q); b = bg(q)
    if n in others:
        exact += 1; print("EXACT", id_, q, "(first turn)" if first else "(later turn)")
        continue
    best = max((len(b & o) / len(b | o) for _, o in ob if b | o), default=0)
    if best >= 0.45 and first:
        near += 1; print("NEAR %.2f" % best, id_, q)
print("checked", len(mine), "texts against", len(others), "exact", exact, "near", near)
