# Validate set.jsonl with validate.py (unmodified); shim: decode UTF-16 (BOM FF FE) text files.
import sys, json, re
sys.path.insert(0, "/tmp/r33code/evals/sets")
import validate as V
from pathlib import Path
orig = V.Doc.__init__
def init(self, path):
    data = path.read_bytes()
    if path.suffix.lower() in V.TEXT_SUFFIXES and data[:2] == b"\xff\xfe":
        self.path = path; self.suffix = path.suffix.lower(); self.units = []; self.loader_text = ""
        self.lines = data.decode("utf-16").splitlines(); self.norm_units = []
        return
    orig(self, path)
V.Doc.__init__ = init
c = V.Checker()
items = V.load(Path(sys.argv[1]), c)
corpus = V.Corpus(Path(sys.argv[2]))
for it in items:
    c.item(it, corpus)
# duplicates against existing questions (read in code only)
ex = V.existing_questions()
root = Path("/tmp/r33code/evals")
others = set()
for p in list((root/"sets").glob("*.jsonl")) + list((root/"trials").rglob("*.jsonl")):
    for raw in p.read_text(encoding="utf-8").splitlines():
        try: d = json.loads(raw)
        except Exception: continue
        if isinstance(d, dict):
            for qq in [d.get("question")] + [t.get("question") for t in (d.get("turns") or []) if isinstance(t, dict)]:
                if isinstance(qq, str): others.add(V.norm(qq))
def bg(s): return {s[i:i+2] for i in range(len(s)-1)}
obg = [bg(o) for o in others | ex]
for it in items:
    qs = [it.question] + [t.question for t in (it.turns or [])]
    for qq in qs:
        nq = V.norm(qq)
        if nq in ex or nq in others: print("EXACT DUP", it.id, qq)
        b = bg(nq)
        best = max((len(b & o) / len(b | o) for o in obg if o), default=0)
        if best >= 0.6 and len(nq) > 6: print(f"near-dup {best:.2f}", it.id, qq)
print("\n".join(c.problems) or "ok: all checks passed")
print(V.summary("set", items))
