"""Check set.jsonl with the release's validate.py (imported unmodified)."""
import sys, json
from collections import Counter
from pathlib import Path
sys.path.insert(0, "/tmp/r60code/evals/sets")
import validate as V
here = Path(__file__).parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/tmp/t60property/corpus"))
for it in items:
    ck.item(it, corpus)
ids = Counter(i.id for i in items)
for k, n in ids.items():
    if n > 1: ck.err(k, "dup id")
ex = V.existing_questions()
qs = [V.norm(i.question) for i in items] + [V.norm(t.question) for i in items for t in (i.turns or [])]
first = [V.norm(i.question) for i in items]
dup = sum(1 for q in first if q in ex)
print("first-turn questions found in evals/data:", dup)
# also compare against other set files (count only)
n_other = 0
for p in Path("/tmp/r60code/evals").rglob("*.jsonl"):
    if "round60" in str(p): continue
    try:
        for raw in p.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                d = json.loads(raw); 
                if V.norm(d.get("question","")) in first: n_other += 1
    except Exception: pass
print("first-turn questions equal to a question in other jsonl files:", n_other)
print(V.summary("set", items))
print("\n".join(ck.problems) or "ok: all checks passed")
