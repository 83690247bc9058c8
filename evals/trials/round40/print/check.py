import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/r40code/evals/sets")
import validate as V
c = V.Checker()
items = V.load(Path(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl"), c)
corp = V.Corpus(Path("/tmp/t40print/corpus"))
ids = set()
for it in items:
    if it.id in ids: c.err(it.id, "dup id")
    ids.add(it.id)
    c.item(it, corp)
print(V.summary("print", items) if hasattr(V, "summary") else len(items))
print("\n".join(c.problems) or "ok: all checks passed")
