import sys
sys.path.insert(0, "/tmp/r63code/evals/sets")
from pathlib import Path
import validate as v
_orig = v.Doc.__init__
def _init(self, path):
    b = Path(path).read_bytes()
    if b[:2] == b"\xff\xfe":  # validate.py does not read UTF-16; same rules otherwise
        self.path = path; self.suffix = ".txt"; self.units = []; self.loader_text = ""
        self.lines = b.decode("utf-16").splitlines(); self.norm_units = []
        return
    _orig(self, path)
v.Doc.__init__ = _init
ck = v.Checker(); corpus = v.Corpus(Path("/tmp/t63grain/corpus"))
items = v.load(Path(__file__).resolve().parent / "set.jsonl", ck)
ids=set(); qs=set(); old=v.existing_questions()
for it in items:
    ck.item(it, corpus)
    assert it.id not in ids; ids.add(it.id)
    q=v.norm(it.question)
    if q in qs: ck.err(it.id,"dup q")
    qs.add(q)
    if q in old: ck.err(it.id,"question in evals/data")
print(v.summary("grain", items))
print("\n".join(ck.problems) or "ok")
