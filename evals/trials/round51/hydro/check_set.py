"""Validate set.jsonl with the unmodified evals/sets/validate.py (UTF-16 files decoded by a wrapper)."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r51code/evals/sets")
import validate as V

_orig = V.Doc.__init__
def _init(self, path):
    data = Path(path).read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        self.path = Path(path); self.suffix = self.path.suffix.lower()
        self.lines = data.decode("utf-16").splitlines(); self.units = []; self.loader_text = ""
        self.norm_units = []
        return
    _orig(self, path)
V.Doc.__init__ = _init

ck = V.Checker()
items = V.load(Path(__file__).parent / "set.jsonl", ck)
corpus = V.Corpus(Path("/tmp/t51hydro/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
prev = V.existing_questions()
for it in items:
    if it.question in prev: ck.err(it.id, "question exists in evals/data")
print(V.summary("hydro", items))
print("\n".join(ck.problems) or "ok: all checks passed")
