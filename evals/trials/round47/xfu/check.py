import sys, json, glob, pathlib
sys.path.insert(0, "/tmp/r47code/evals/sets")
import validate as V
ck = V.Checker(); p = pathlib.Path("set.jsonl")
items = V.load(p, ck); corpus = V.Corpus(pathlib.Path("/work/shared/corpus-extra"))
for it in items: ck.item(it, corpus)
ids = [it.id for it in items]; assert len(set(ids)) == len(ids)
print("formats:", sorted(V.formats_of(items))); print("files:", len(V.files_of(items)))
for pr in ck.problems: print("PROBLEM", pr)
# duplicate check vs earlier sets (never print their content)
old = set()
files = glob.glob("/tmp/r47code/evals/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/**/*.jsonl", recursive=True)
for fn in files:
    if "round47" in fn: continue
    for raw in open(fn, encoding="utf-8"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for k in ("question", "q", "text"):
            if isinstance(d.get(k), str): old.add(V.norm(d[k]))
        for t in d.get("turns") or []:
            if isinstance(t, dict):
                for k in ("question", "q", "text"):
                    if isinstance(t.get(k), str): old.add(V.norm(t[k]))
            elif isinstance(t, str): old.add(V.norm(t))
print("old question texts loaded:", len(old), "from", len(files), "files")
mine = []
for it in items:
    mine.append((it.id, 0, it.question))
    for i, t in enumerate(it.turns or [], 1): mine.append((it.id, i, t.question))
dups = [(i, n, q) for i, n, q in mine if V.norm(q) in old]
for i, n, q in dups: print("DUP (mine):", i, n, q)
print("dups:", len(dups))
