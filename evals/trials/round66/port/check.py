"""Validate set.jsonl with the frozen validate.py (imported unmodified); duplicate check in code only."""
import sys, json, glob
from pathlib import Path
sys.path.insert(0, "/tmp/r66code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path(__file__).with_name("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t66port/corpus"))
# validate.py reads utf-8/gb18030 only: give it a utf-8 copy of the UTF-16 file (same name, same lines)
_u8 = Path("/tmp/t66port/u8"); _u8.mkdir(exist_ok=True)
_orig = corpus.doc
def _doc(name):
    p = Path("/tmp/t66port/corpus") / name
    if p.exists() and p.read_bytes()[:2] == b"\xff\xfe":
        c = _u8 / name; c.write_text(p.read_bytes().decode("utf-16"), encoding="utf-8")
        return V.Doc(c)
    return _orig(name)
corpus.doc = _doc
for it in items:
    ck.item(it, corpus)
ids = [i.id for i in items]; assert len(ids) == len(set(ids))
# duplicate questions vs earlier sets (read in code only, never printed)
mine = {i.question for i in items} | {t.question for i in items for t in (i.turns or [])}
firsts = {i.question for i in items}
seen = set()
for f in glob.glob("/tmp/r66code/evals/**/*.jsonl", recursive=True):
    for line in open(f, encoding="utf-8", errors="ignore"):
        try: seen.add(json.loads(line).get("question"))
        except Exception: pass
dup = firsts & seen
print("items", len(items), "problems", len(ck.problems), "first-turn dups vs earlier sets:", len(dup))
for p in ck.problems: print(" -", p)
for d in dup: print(" dup:", d)
