"""Validate set.jsonl with the unmodified validate.py classes, and check question duplicates (prints only own ids)."""
import sys, json, pathlib, unicodedata, re
sys.path.insert(0, "/tmp/r45code/evals/sets")
import validate
HERE = pathlib.Path(__file__).parent
ck = validate.Checker()
corpus = validate.Corpus(pathlib.Path("/work/shared/corpus-extra"))
items = validate.load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
errs = [v for k, v in vars(ck).items() if isinstance(v, list)]
print("checker state:", {k: (len(v) if isinstance(v, (list, dict, set)) else v) for k, v in vars(ck).items()})
for v in errs:
    for e in v: print("ERR", e)
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
old = set()
root = pathlib.Path("/tmp/r45code/evals")
for p in root.rglob("*.jsonl"):
    if HERE in p.parents: continue
    for line in p.open(encoding="utf-8", errors="ignore"):
        for m in re.finditer(r'"question"\s*:\s*"((?:[^"\\]|\\.)*)"', line):
            try: old.add(n(json.loads('"' + m.group(1) + '"')))
            except Exception: pass
try: old |= {n(q) for q in validate.existing_questions()}
except Exception as e: print("existing_questions failed", e)
print("old questions loaded:", len(old))
mine = []
for line in (HERE / "set.jsonl").open(encoding="utf-8"):
    it = json.loads(line)
    mine.append((it["id"], 0, it["question"]))
    for i, t in enumerate(it["turns"] or [], 1): mine.append((it["id"], i, t["question"]))
dup = [(i, t) for i, t, q in mine if n(q) in old]
own = {}
for i, t, q in mine: own.setdefault(n(q), []).append((i, t))
print("collisions with earlier sets:", dup)
print("internal repeats:", [v for v in own.values() if len(v) > 1])
