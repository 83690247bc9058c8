"""Validate set.jsonl with the frozen release's evals/sets/validate.py (imported unmodified)."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r30code/evals/sets")
import validate as V
here = Path(__file__).resolve().parent
c = V.Checker()
items = V.load(here / "set.jsonl", c)
corpus = V.Corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t30wind/corpus"))
ids = set()
for it in items:
    if it.id in ids:
        c.err(it.id, "duplicate id")
    ids.add(it.id)
    c.item(it, corpus)
errs = getattr(c, "errors", None) or getattr(c, "errs", None) or [v for k, v in vars(c).items() if isinstance(v, list)]
print(len(items), "items")
for e in (errs if isinstance(errs, list) else []):
    print(e)
