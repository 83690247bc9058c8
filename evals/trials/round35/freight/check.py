"""Validate set.jsonl with evals/sets/validate.py (imported, unmodified) + duplicate screen."""
import json, sys, re
from pathlib import Path
sys.path.insert(0, "/tmp/r35code/evals/sets")
import validate as V
ck = V.Checker()
items = V.load(Path("set.jsonl"), ck)
corpus = V.Corpus(Path("/tmp/t35freight/corpus"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
# questions vs earlier sets (read in code only, never printed)
prev = V.existing_questions()
def qs(p):
    out=set()
    for ln in Path(p).read_text(encoding="utf-8").splitlines():
        try: d=json.loads(ln)
        except Exception: continue
        if isinstance(d, dict):
            if "question" in d: out.add(d["question"])
            for t in d.get("turns") or []:
                if isinstance(t, dict) and "question" in t: out.add(t["question"])
    return out
for p in list(Path("/tmp/r35code/evals/sets").glob("*.jsonl"))+list(Path("/tmp/r35code/evals/trials").rglob("*.jsonl")):
    prev |= qs(p)
def bg(s): s=V.norm(s); return {s[i:i+2] for i in range(len(s)-1)}
pb=[bg(q) for q in prev]
mine=[(it.id,it.question) for it in items]
exact=near=0
for iid,q in mine:
    if q in prev: exact+=1; print("exact dup:", iid)
    b=bg(q)
    if any(len(b&x)/max(1,len(b|x))>=0.6 for x in pb): near+=1; print("near dup (>=0.6):", iid)
print("first-turn exact dups", exact, "near", near)
print("\n".join(ck.problems) or "ok: all checks passed", len(items))
