"""Validate set.jsonl with the release's validate.py (imported unmodified) and check question texts
against earlier sets (read in code only; nothing of theirs is printed)."""
import sys, json, glob, pathlib, unicodedata, re
sys.path.insert(0, "/tmp/r37code/evals/sets")
import validate
here = pathlib.Path(__file__).parent
ck = validate.Checker()
items = validate.load(here / "set.jsonl", ck)
corpus = validate.Corpus(pathlib.Path("/tmp/r37code/corpus"))
for it in items:
    ck.item(it, corpus)
errs = getattr(ck, "errors", None) or getattr(ck, "errs", None)
print("validator problems:", errs if errs is not None else vars(ck))
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def qs_of(obj):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "question" and isinstance(v, str): out.append(v)
            else: out += qs_of(v)
    elif isinstance(obj, list):
        for v in obj: out += qs_of(v)
    return out
old = set()
files = glob.glob("/tmp/r37code/evals/data/*.jsonl") + glob.glob("/tmp/r37code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r37code/evals/trials/**/*.jsonl", recursive=True)
for f in files:
    for line in open(f, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line: continue
        try: old.update(norm(q) for q in qs_of(json.loads(line)))
        except Exception: pass
def bigr(s): return {s[i:i+2] for i in range(len(s) - 1)}
oldb = [bigr(q) for q in old]
mine = [json.loads(l) for l in open(here / "set.jsonl", encoding="utf-8")]
dup = near = 0
for it in mine:
    for q in [it["question"]] + [t["question"] for t in (it["turns"] or [])]:
        n = norm(q)
        if n in old:
            dup += 1; print("EXACT DUPLICATE:", it["id"], q)
        b = bigr(n); best = max((len(b & o) / len(b | o) for o in oldb if b | o), default=0)
        if best >= 0.6:
            near += 1; print(f"near ({best:.2f}):", it["id"], q)
print(f"checked against {len(old)} earlier question texts from {len(files)} files: exact {dup}, near(>=0.6) {near}")
