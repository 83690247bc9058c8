"""Validate set.jsonl item by item with the release's validate.py (imported unmodified)."""
import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/r48code/evals/sets")
import validate as v
corpus = v.Corpus(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t48mall/corpus"))
ch = v.Checker()
items = v.load(Path(__file__).with_name("set.jsonl"), ch)
for it in items:
    ch.item(it, corpus)
probs = [a for a in vars(ch).values() if isinstance(a, list)]
print(len(items), "items;", "problems:", probs)
from collections import Counter
print(Counter(i.intent for i in items))
