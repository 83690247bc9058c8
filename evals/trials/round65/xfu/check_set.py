import sys, json, glob, re, unicodedata
sys.path.insert(0, "/tmp/r65code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
for it in items:
    ck.item(it, corpus)
print("problems:", len(ck.problems))
for p in ck.problems: print(" ", p)
print(V.summary("set", items))
# duplicate check against earlier sets (never print their contents)
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(V.norm(t.question), f"{it.id}/t{i}")
old = set()
paths = glob.glob("/tmp/r65code/evals/data/*.jsonl") + glob.glob("/tmp/r65code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r65code/evals/trials/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True)
for p in paths:
    if "/round65/xfu/" in p: continue
    for raw in open(p, encoding="utf-8", errors="ignore"):
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for k in ("question", "q", "text"):
            if isinstance(d.get(k), str): old.add(V.norm(d[k]))
        for t in d.get("turns") or []:
            if isinstance(t, dict) and isinstance(t.get("question"), str): old.add(V.norm(t["question"]))
            elif isinstance(t, str): old.add(V.norm(t))
print("files scanned:", len(paths), "old questions:", len(old))
dups = [v for q, v in mine.items() if q in old]
print("duplicates (ids only):", dups)
for it in items:
    if it.id in dups: print(it.id, it.question)
    for i, t in enumerate(it.turns or [], 1):
        if f"{it.id}/t{i}" in dups: print(f"{it.id}/t{i}", t.question)
