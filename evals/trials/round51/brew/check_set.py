"""Validate set.jsonl with the unmodified evals/sets/validate.py classes; near-duplicate check reads earlier sets in code only."""
import sys, json, glob, re, unicodedata
from pathlib import Path
sys.path.insert(0, "/tmp/r51code/evals/sets")
import validate as v
HERE = Path(__file__).resolve().parent
corpus = v.Corpus(Path("/tmp/t51brew/corpus"))
ck = v.Checker()
items = v.load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
errs = [val for k, val in vars(ck).items() if isinstance(val, list)]
print("checker lists:", {k: len(val) for k, val in vars(ck).items() if isinstance(val, list)})
for lst in errs:
    for e in lst:
        print("ERR", e)
# duplicates vs existing
ex = v.existing_questions()
mine = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
qs = [(m["id"], m["question"]) for m in mine] + [(m["id"] + "/t", t["question"]) for m in mine for t in (m["turns"] or [])]
print("first-turn exact dup with evals/data:", sum(q in ex for _, q in qs if "/t" not in _))
def bg(s):
    s = re.sub(r"\s", "", unicodedata.normalize("NFKC", s)); return {s[i:i+2] for i in range(len(s)-1)}
others = set()
for f in glob.glob("/tmp/r51code/evals/sets/*.jsonl") + glob.glob("/tmp/r51code/evals/data/*.jsonl"):
    for l in open(f, encoding="utf-8"):
        try: o = json.loads(l)
        except Exception: continue
        for k in ("question",):
            if isinstance(o.get(k), str): others.add(o[k])
        for t in o.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str): others.add(t["question"])
obg = [bg(o) for o in others]
hi = 0
for i, q in qs:
    b = bg(q)
    m = max((len(b & o) / len(b | o) for o in obg if b | o), default=0)
    if m >= 0.45: hi += 1; print("near-dup >=0.45:", i, round(m, 2))
print("near-dups:", hi, "compared with", len(others), "earlier questions")
