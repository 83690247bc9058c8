import sys, json
sys.path.insert(0, "/tmp/r56code/evals/sets")
from pathlib import Path
import validate as V
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t56train/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
# duplicate check vs earlier questions (read in code only, nothing printed)
ex = V.existing_questions()
others = set()
for p in list(Path("/tmp/r56code/evals/sets").glob("*.jsonl")) + list(Path("/tmp/r56code/evals/trials").rglob("*.jsonl")):
    for raw in p.read_text(encoding="utf-8", errors="ignore").splitlines():
        try: others.add(json.loads(raw).get("question", ""))
        except Exception: pass
dups = [it.id for it in items if it.question in ex or it.question in others]
print("dup questions:", len(dups), dups)
print("\n".join(ck.problems) or "ok: all checks passed", len(items))
