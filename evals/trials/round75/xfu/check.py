# Validates set.jsonl with the unmodified validate.py and checks that no question repeats an earlier set (prints ids only).
import sys, json, glob, os
from pathlib import Path
sys.path.insert(0, "/tmp/r75code/evals/sets")
import validate
here = Path(__file__).resolve().parent
ch = validate.Checker()
items = validate.load(here / "set.jsonl", ch)
corpus = validate.Corpus(Path("/work/shared/corpus-extra"))
for it in items: ch.item(it, corpus)
errs = getattr(ch, "errors", None) or getattr(ch, "problems", None)
print("validator problems:", errs if errs is not None else vars(ch))
print(validate.summary("xfu", items))
mine = []
for it in items:
    mine.append((it.id, 0, it.question))
    for j, t in enumerate(it.turns or [], 1): mine.append((it.id, j, t.question))
# duplicates within the set
from collections import Counter
c = Counter(validate.norm(q) for _, _, q in mine)
print("internal dups:", [(i, j) for i, j, q in mine if c[validate.norm(q)] > 1])
old = set()
files = set(glob.glob("/tmp/r75code/evals/**/*.jsonl", recursive=True)) | set(glob.glob("/work/main/evals/**/*.jsonl", recursive=True))
files = {f for f in files if not os.path.realpath(f).startswith(str(here))}
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "ask") and isinstance(v, str): old.add(validate.norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
    elif isinstance(o, str): pass
for f in files:
    for line in open(f, encoding="utf-8", errors="ignore"):
        line = line.strip()
        if not line: continue
        try: walk(json.loads(line))
        except Exception: pass
        # also raw strings in a turns list of plain strings
        try:
            o = json.loads(line)
            for k in ("turns", "followups", "conversation"):
                if isinstance(o.get(k), list):
                    for v in o[k]:
                        if isinstance(v, str): old.add(validate.norm(v))
        except Exception: pass
print("earlier files:", len(files), "earlier questions:", len(old))
print("collisions with earlier sets:", [(i, j) for i, j, q in mine if validate.norm(q) in old])
