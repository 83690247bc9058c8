import sys, json, unicodedata, re
from pathlib import Path
sys.path.insert(0, "/tmp/r54code/evals/sets")
import validate as V
ch = V.Checker(); corpus = V.Corpus(Path("/work/shared/corpus-extra"))
items = V.load(Path("set.jsonl"), ch)
for it in items: ch.item(it, corpus)
print("problems:", len(ch.problems)); print("\n".join(ch.problems))
print("files:", len(V.files_of(items)), "formats:", sorted(V.formats_of(items)))
# duplicate check vs earlier sets, in code only: print only my ids that collide
norm = lambda s: re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
old = set()
root = Path("/tmp/r54code/evals")
for p in list(root.glob("data/*.jsonl")) + list(root.glob("sets/*.jsonl")) + list(root.glob("trials/**/*.jsonl")) + list(Path("/work/main/evals").glob("trials/**/*.jsonl")):
    if "round54/xfu" in str(p): continue
    for line in p.read_text(encoding="utf-8", errors="ignore").splitlines():
        try: o = json.loads(line)
        except Exception: continue
        if not isinstance(o, dict): continue
        for k in ("question", "q", "text"):
            if isinstance(o.get(k), str): old.add(norm(o[k]))
        for t in (o.get("turns") or []):
            if isinstance(t, dict) and isinstance(t.get("question"), str): old.add(norm(t["question"]))
            elif isinstance(t, str): old.add(norm(t))
print("old questions loaded:", len(old))
dups = []
for it in items:
    if norm(it.question) in old: dups.append(f"{it.id}/q")
    for i, t in enumerate(it.turns or [], 1):
        if norm(t.question) in old: dups.append(f"{it.id}/t{i}")
print("duplicates:", dups)
