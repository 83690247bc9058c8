import sys, json, glob, importlib.util
from pathlib import Path
spec = importlib.util.spec_from_file_location("validate", "/tmp/r69code/evals/sets/validate.py")
v = importlib.util.module_from_spec(spec); sys.modules["validate"] = v; spec.loader.exec_module(v)
ck = v.Checker(); corpus = v.Corpus(Path("/work/shared/corpus-extra"))
items = v.load(Path("set.jsonl"), ck)
for it in items: ck.item(it, corpus)
ids = [it.id for it in items]; assert len(ids) == len(set(ids))
print("\n".join(ck.problems) or "validate: ok")
print(v.summary("set", items))
print("files:", len(v.files_of(items)), sorted(v.formats_of(items)))
# duplicate check against earlier sets (their texts are never printed)
old = set()
for p in glob.glob("/tmp/r69code/evals/data/*.jsonl") + glob.glob("/tmp/r69code/evals/sets/*.jsonl") + glob.glob("/tmp/r69code/evals/trials/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True):
    if "/round69/xfu/" in p: continue
    for raw in open(p, encoding="utf-8"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        qs = [d.get("question", "")] + [t.get("question", "") for t in (d.get("turns") or []) if isinstance(t, dict)]
        for k in ("conversation", "messages"):
            for t in d.get(k) or []:
                if isinstance(t, dict): qs.append(t.get("q") or t.get("question") or t.get("content") or "")
                elif isinstance(t, str): qs.append(t)
        old.update(v.norm(q) for q in qs if isinstance(q, str) and q)
mine = [(it.id, it.question) for it in items] + [(it.id, t.question) for it in items for t in (it.turns or [])]
dups = [(i, q) for i, q in mine if v.norm(q) in old]
print("old questions:", len(old), "duplicates among mine:", dups)
