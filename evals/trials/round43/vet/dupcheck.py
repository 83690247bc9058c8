"""Duplicate check of our question texts against earlier sets. Reads them in code only; prints only our ids."""
import json, re, unicodedata, glob
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
old = []
for f in glob.glob("/tmp/r43code/evals/**/*.jsonl", recursive=True):
    for raw in open(f, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for qq in [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]:
            if isinstance(qq, str): old.append(norm(qq))
olds = set(old); oldb = [bg(o) for o in olds]
for raw in open("set.jsonl", encoding="utf-8"):
    d = json.loads(raw)
    qs = [("q0", d["question"])] + [(f"t{i}", t["question"]) for i, t in enumerate(d.get("turns") or [], 1)]
    for tag, qq in qs:
        n = norm(qq); b = bg(n)
        exact = n in olds
        best = max((len(b & o) / len(b | o) for o in oldb if o), default=0)
        if exact or best >= 0.6:
            print(d["id"], tag, "exact" if exact else "", round(best, 2))
print("checked", len(olds), "old questions")
