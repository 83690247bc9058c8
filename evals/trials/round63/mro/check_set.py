"""Validate set.jsonl against the mro corpus with the release's validate.py (imported, unmodified).
UTF-16 files are decoded by a small wrapper (validate.py itself reads utf-8/gb18030 only)."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r63code/evals/sets")
import validate as v

_orig = v.Doc.__init__
def _init(self, path):
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        self.path = path; self.suffix = path.suffix.lower(); self.units = []; self.loader_text = ""
        self.lines = data.decode("utf-16").splitlines(); self.norm_units = []
    else:
        _orig(self, path)
v.Doc.__init__ = _init

ck = v.Checker()
items = v.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = v.Corpus(Path("/tmp/t63mro/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
# duplicate check vs earlier questions (read in code only, never printed)
ex = v.existing_questions()
for it in items:
    if it.question in ex: ck.err(it.id, "question already in evals/data")
print(v.summary("set.jsonl", items))
print("\n".join(ck.problems) or "ok: all checks passed")
