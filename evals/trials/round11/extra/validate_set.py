"""Validate set.jsonl with the functions of evals/sets/validate.py (not edited)."""
import json, sys
from pathlib import Path
sys.path.insert(0, "/work/main/evals/sets")
from validate import Checker, Corpus, load, norm, summary

ck = Checker()
corpus = Corpus(Path("/work/shared/corpus-extra"))
items = load(Path(__file__).with_name("set.jsonl"), ck)
for it in items:
    ck.item(it, corpus)
ids = [it.id for it in items]
assert len(ids) == len(set(ids)), "dup ids"
qs = [norm(it.question) for it in items]
assert len(qs) == len(set(qs)), "dup questions"
# existing questions, excluding the frozen gold-test file (not opened)
old = set()
for p in sorted(Path("/work/main/evals/data").glob("*.jsonl")):
    if p.name == "gold-test.jsonl":
        continue
    for raw in p.read_text(encoding="utf-8").splitlines():
        if raw.strip():
            d = json.loads(raw); old.add(norm(d.get("question", "")))
            for t in d.get("turns") or []:
                old.add(norm(t.get("question", "")))
for it in items:
    if norm(it.question) in old:
        ck.err(it.id, "first-turn question already in evals/data")
print(summary("set.jsonl", items))
print("\n".join(ck.problems) or "ok")
