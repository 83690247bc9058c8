import sys, json, glob, unicodedata, re
sys.path.insert(0, "/tmp/r57code/evals/sets")
import validate as V
from pathlib import Path
ck = V.Checker()
corpus = V.Corpus(Path("/tmp/r57code/corpus"))
items = V.load(Path("set.jsonl"), ck)
for it in items: ck.item(it, corpus)
ids=[it.id for it in items]; assert len(set(ids))==len(ids)
print("problems:", ck.problems)

print(V.summary("ship", items))
# duplicate check (texts never printed)
mine = {}
for it in items:
    mine[V.norm(it.question)] = it.id
    for t in it.turns or []: mine[V.norm(t.question)] = it.id + "/" + t.question
old=set(); oldids=set()
files = glob.glob("/tmp/r57code/evals/data/*.jsonl")+glob.glob("/tmp/r57code/evals/sets/*.jsonl")+glob.glob("/tmp/r57code/evals/trials/**/set*.jsonl", recursive=True)
for p in files:
    for raw in open(p, encoding="utf-8"):
        raw=raw.strip()
        if not raw: continue
        try: d=json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        oldids.add(d.get("id"))
        old.add(V.norm(d.get("question","") or ""))
        for t in d.get("turns") or []:
            if isinstance(t, dict): old.add(V.norm(t.get("question","") or ""))
dups=[i for q,i in mine.items() if q in old]
print("files checked:", len(files), "duplicate question texts:", dups, "id clashes:", [i for i in ids if i in oldids])
