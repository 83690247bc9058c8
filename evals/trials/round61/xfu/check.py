import sys, json, glob, unicodedata, re
sys.path.insert(0, "/tmp/r61code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker(); corpus = V.Corpus(Path("/work/shared/corpus-extra"))
items = V.load(Path("set.jsonl"), ck)
ids = set()
for it in items:
    assert it.id not in ids; ids.add(it.id)
    ck.item(it, corpus)
print("\n".join(ck.problems) or "validate: ok", len(items))
print("formats:", sorted(V.formats_of(items)), "files:", len(V.files_of(items)))
# duplicate check vs earlier sets (read in code only; print only my ids)
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
old = set()
paths = glob.glob("/tmp/r61code/evals/sets/*.jsonl") + glob.glob("/tmp/r61code/evals/data/*.jsonl") + \
        glob.glob("/tmp/r61code/evals/trials/**/*.jsonl", recursive=True) + \
        [p for p in glob.glob("/work/main/evals/trials/round61/**/*.jsonl", recursive=True) if "/xfu/" not in p]
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text") and isinstance(v, str): old.add(n(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for p in paths:
    for line in open(p, encoding="utf-8", errors="ignore"):
        line = line.strip()
        if not line: continue
        try: walk(json.loads(line))
        except Exception: pass
dups = []
for it in items:
    if n(it.question) in old: dups.append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        if n(t.question) in old: dups.append(f"{it.id}/turn{i}")
print("files scanned:", len(paths), "old questions:", len(old), "duplicates:", dups)
