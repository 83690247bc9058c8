"""Validate set.jsonl with evals/sets/validate.py (unmodified); the UTF-16 file is read through a UTF-8 copy."""
import sys, os
from pathlib import Path
sys.path.insert(0, "/tmp/r50code/evals/sets")
import validate as V
corpus_dir = Path("/tmp/t50auto/corpus")
corpus = V.Corpus(corpus_dir)
u8 = Path("/tmp/t50auto/u8"); u8.mkdir(exist_ok=True)
for p in corpus_dir.iterdir():
    if p.suffix == ".txt" and p.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff"):
        (u8 / p.name).write_text(p.read_bytes().decode("utf-16"), encoding="utf-8")
        corpus._docs[p.name] = V.Doc(u8 / p.name)
ch = V.Checker()
items = V.load(Path(__file__).parent / "set.jsonl", ch)
ids = set()
for it in items:
    if it.id in ids: ch.err(it.id, "dup id")
    ids.add(it.id)
    ch.item(it, corpus)
print(V.summary("auto", items))
print("\n".join(ch.problems) or "ok: all checks passed")
