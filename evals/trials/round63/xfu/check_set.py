import sys, json, glob
sys.path.insert(0, "/tmp/r63code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
for it in items: ck.item(it, corpus)
ids=[it.id for it in items]; assert len(ids)==len(set(ids))
print(V.summary("set.jsonl", items))
print("problems:", len(ck.problems)); [print(" -", p) for p in ck.problems]
# duplicate check against earlier sets (texts never printed)
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for i,t in enumerate(it.turns or [],1): mine[V.norm(t.question)] = f"{it.id}/t{i}"
old=set()
files = glob.glob("/tmp/r63code/evals/data/*.jsonl")+glob.glob("/tmp/r63code/evals/sets/*.jsonl")+glob.glob("/tmp/r63code/evals/trials/**/*.jsonl", recursive=True)+glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True)
files=[f for f in files if "round63/xfu" not in f]
def walk(o):
    if isinstance(o, dict):
        for k,v in o.items():
            if k in ("question","q","text","ask") and isinstance(v,str): old.add(V.norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v,str): old.add(V.norm(v))
            else: walk(v)
for f in files:
    for line in open(f, encoding="utf-8", errors="ignore"):
        try: walk(json.loads(line))
        except Exception: pass
dups=[mine[q] for q in mine if q in old]
print("files scanned", len(files), "old texts", len(old), "duplicates:", dups)
# OOS role grep in both corpora
for w in ["药剂师","药剂"]:
    hits=[]
    for root in ["/work/shared/corpus-extra","/work/shared/corpus"]:
        for p in Path(root).glob("*"):
            if p.suffix in (".json",) or p.name in ("README.md","SOURCES.md"): continue
            try:
                if w in V.norm(V.Doc(p).full_text()): hits.append(p.name)
            except Exception as e: pass
    print(w, hits)
