import sys, json, glob
sys.path.insert(0, "/tmp/r59code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker(); corpus = V.Corpus(Path("/work/shared/corpus-extra"))
items = V.load(Path("set.jsonl"), ck)
ids=set()
for it in items:
    assert it.id not in ids; ids.add(it.id)
    ck.item(it, corpus)
print("problems:", len(ck.problems))
for p in ck.problems: print(p)
print(V.summary("set", items))
print("formats", sorted(V.formats_of(items)), "files", len(V.files_of(items)))
# duplicate check against earlier sets (read only, never print their text)
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for k,t in enumerate(it.turns or [],1): mine.setdefault(V.norm(t.question), f"{it.id}/t{k}")
old=set(); nfiles=0
paths = glob.glob("/tmp/r59code/evals/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/**/*.jsonl", recursive=True)
for p in paths:
    if "/round59/" in p: continue
    nfiles+=1
    for raw in open(p, encoding="utf-8", errors="ignore"):
        raw=raw.strip()
        if not raw: continue
        try: d=json.loads(raw)
        except Exception: continue
        def walk(x):
            if isinstance(x, dict):
                for k,v in x.items():
                    if k in ("question","q","text","ask") and isinstance(v,str): old.add(V.norm(v))
                    else: walk(v)
            elif isinstance(x, list):
                for v in x: walk(v)
                    
        walk(d)
dups=[mine[q] for q in mine if q in old]
print("old files", nfiles, "old questions", len(old), "duplicates (ids only):", dups)
# internal duplicates
allq=[V.norm(it.question) for it in items]+[V.norm(t.question) for it in items for t in (it.turns or [])]
from collections import Counter
print("internal repeats:", [ (mine.get(q)) for q,c in Counter(allq).items() if c>1])
