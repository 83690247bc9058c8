"""Validate set.jsonl with evals/sets/validate.py (imported unmodified); UTF-16 text files are decoded
by a small wrapper because validate.Doc only tries utf-8-sig and gb18030."""
import sys
from pathlib import Path
sys.path.insert(0, "/tmp/r43code/evals/sets")
import validate as V

_orig = V.Doc.__init__
def _init(self, path):
    data = path.read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        self.path = path; self.suffix = path.suffix.lower(); self.units = []; self.loader_text = ""
        self.lines = data.decode("utf-16").splitlines(); self.norm_units = []
        return
    _orig(self, path)
V.Doc.__init__ = _init

corpus = V.Corpus(Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/t43vet/corpus"))
ck = V.Checker()
items = V.load(Path(sys.argv[1]), ck)
ids = set()
for it in items:
    ck.item(it, corpus)
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
print(V.summary(Path(sys.argv[1]).name, items))
print("\n".join(ck.problems) or "ok: all checks passed")
