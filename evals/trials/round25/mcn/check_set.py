"""Validate set.jsonl with the frozen validate.py (imported unmodified) + duplicate check."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r25code/evals/sets")
import validate as V

corpus = V.Corpus(Path("/tmp/t25mcn/corpus"))
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
ids = set()
for it in items:
    if it.id in ids:
        ck.err(it.id, "duplicate id")
    ids.add(it.id)
    ck.item(it, corpus)
# duplicates against earlier sets: read in code only, print only our own ids
old = set(V.existing_questions())
def bigrams(s):
    s = V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
oldq = []
for p in glob.glob("/tmp/r25code/evals/sets/*.jsonl") + glob.glob("/tmp/r25code/evals/trials/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try: d = json.loads(raw)
        except Exception: continue
        if isinstance(d, dict):
            for q in [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]:
                if isinstance(q, str): oldq.append(V.norm(q))
oldset = set(oldq) | old
oldbg = [bigrams(q) for q in oldq if len(q) > 8]
for it in items:
    qn = V.norm(it.question)
    if qn in oldset:
        ck.err(it.id, "first-turn question already used in an earlier set")
    b = bigrams(it.question)
    if len(qn) > 8 and any(len(b & o) / len(b | o) >= 0.6 for o in oldbg):
        print(f"note: {it.id} near-duplicate (Jaccard>=0.6) of an earlier question")
print(V.summary("set.jsonl", items))
if ck.problems:
    print("\n".join(ck.problems)); sys.exit(1)
print("ok: all checks passed")
