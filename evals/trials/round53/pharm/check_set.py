"""Validate set.jsonl with the frozen validate.py (imported unmodified); UTF-16 text decoded first."""
import sys, json
from pathlib import Path
sys.path.insert(0, "/tmp/r53code/evals/sets")
import validate as V
_orig = V.Doc.__init__
def init(self, path):
    data = Path(path).read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        self.path = Path(path); self.suffix = self.path.suffix.lower(); self.units = []; self.loader_text = ""
        self.lines = data.decode("utf-16").splitlines(); self.norm_units = []
        return
    _orig(self, path)
V.Doc.__init__ = init
ch = V.Checker(); corpus = V.Corpus(Path("/tmp/t53pharm/corpus"))
items = V.load(Path(__file__).with_name("set.jsonl"), ch)
for it in items:
    ch.item(it, corpus)
ids = [i.id for i in items]; assert len(ids) == len(set(ids))
prev = V.existing_questions()
dup = [i.id for i in items if i.question in prev]
print("dups vs evals/data:", len(dup))
# near-dup check vs earlier trial sets (read in code only, nothing printed but counts)
import glob
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
olds = []
for f in glob.glob("/tmp/r53code/evals/**/*.jsonl", recursive=True):
    for ln in open(f, encoding="utf-8", errors="ignore"):
        try: o = json.loads(ln)
        except Exception: continue
        if isinstance(o, dict) and isinstance(o.get("question"), str): olds.append(o["question"])
oldset = set(olds)
exact = [i.id for i in items if i.question in oldset]
print("exact dup vs earlier sets:", exact)
print("\n".join(ch.problems) or "ok: all checks passed", len(items))
