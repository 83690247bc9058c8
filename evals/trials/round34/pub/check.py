#!/usr/bin/env python3
"""Validate set.jsonl with evals/sets/validate.py (imported unmodified).
The only shim: validate.Doc decodes text as UTF-8 or GB18030, so for the UTF-16 file we re-read its lines."""
import glob, json, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r34code/evals/sets")
import validate as V

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t34pub/corpus")
SET = Path(__file__).resolve().parent / "set.jsonl"

_orig = V.Doc.__init__
def _init(self, path):
    b = path.read_bytes()
    if path.suffix.lower() in V.TEXT_SUFFIXES and b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        import tempfile, os
        tmp = Path(tempfile.mkdtemp()) / path.name
        tmp.write_bytes(b.decode("utf-16").encode("utf-8"))
        _orig(self, tmp)
        self.path = path
        return
    _orig(self, path)
V.Doc.__init__ = _init

ck = V.Checker()
items = V.load(SET, ck)
corpus = V.Corpus(CORPUS)
for it in items:
    ck.item(it, corpus)
ids, qs = set(), set()
old = V.existing_questions()
# earlier sets and trial sets: compare in code only, never print their text
for p in glob.glob("/tmp/r34code/evals/sets/*.jsonl") + glob.glob("/tmp/r34code/evals/trials/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        try:
            d = json.loads(raw)
        except Exception:
            continue
        if not isinstance(d, dict):
            continue
        old.add(V.norm(str(d.get("question", ""))))
        for t in d.get("turns") or []:
            if isinstance(t, dict):
                old.add(V.norm(str(t.get("question", ""))))
dup_later = 0
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    q = V.norm(it.question)
    if q in qs: ck.err(it.id, "dup question in set")
    qs.add(q)
    if q in old: ck.err(it.id, "first-turn question occurs in an earlier set")
    for t in it.turns or []:
        if V.norm(t.question) in old: dup_later += 1
print(V.summary("set.jsonl", items))
print("later turns whose text occurs in earlier sets (short ellipsis expected):", dup_later)
if ck.problems:
    print(len(ck.problems), "problems"); [print(" -", p) for p in ck.problems]; sys.exit(1)
print("ok")
