"""Validate set.jsonl with the frozen validate.py (imported unmodified) and screen question texts
against every earlier question set in the repo (read in code only; only OUR questions are printed)."""
import sys, json, re, unicodedata
from pathlib import Path
from collections import Counter
sys.path.insert(0, "/tmp/r25code/evals/sets")
import validate as V

SET = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/r25/ship/set.jsonl")
corpus = V.Corpus(Path("/tmp/r25code/corpus"))
chk = V.Checker()
items = V.load(SET, chk)
ids = Counter(it.id for it in items)
for i, n in ids.items():
    if n > 1: chk.err(i, "duplicate id")
for it in items:
    chk.item(it, corpus)
# ids must not clash with other sets' ids (validate.py checks ids unique across sets)
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
def collect(obj, qs, idset):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("question", "q", "text", "ask") and isinstance(v, str): qs.add(norm(v))
            if k == "id" and isinstance(v, str): idset.add(v)
            collect(v, qs, idset)
    elif isinstance(obj, list):
        for v in obj: collect(v, qs, idset)
old_q, old_ids = set(), set()
for p in Path("/tmp/r25code/evals").rglob("*.jsonl"):
    if p.resolve() == SET.resolve(): continue
    for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line: continue
        try: collect(json.loads(line), old_q, old_ids)
        except json.JSONDecodeError: pass
for it in items:
    if it.id in old_ids: chk.err(it.id, "id used in an earlier set")
def bigr(s): return {s[i:i+2] for i in range(len(s)-1)} or {s}
old_b = [(q, bigr(q)) for q in old_q]
mine = []
for it in items:
    mine.append((it.id, it.question))
    for k, t in enumerate(it.turns or [], 1): mine.append((f"{it.id}/t{k}", t.question))
c = Counter(norm(q) for _, q in mine)
for w, q in mine:
    nq = norm(q)
    if c[nq] > 1: chk.err(w, f"question repeated inside this set: {q}")
    if nq in old_q: chk.err(w, f"question text already in an earlier set: {q}")
    b = bigr(nq); best = max((len(b & ob) / len(b | ob) for _, ob in old_b), default=0)
    if best >= 0.45: chk.err(w, f"near-duplicate of an earlier question (bigram Jaccard {best:.2f}): {q}")
print(f"{len(items)} items, {sum(len(it.turns or []) for it in items)} later turns, "
      f"{len(old_q)} earlier questions screened")
print(Counter(it.intent for it in items))
if chk.problems:
    print("\n".join(chk.problems)); sys.exit(1)
print("ok: all checks passed")
