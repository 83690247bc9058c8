"""Validate set.jsonl with evals/sets/validate.py (imported unmodified) and check question
texts against earlier sets WITHOUT printing their contents (only my own ids are printed)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r55code/evals/sets")
import validate  # noqa: E402

HERE = Path(__file__).parent
corpus = validate.Corpus(Path("/work/shared/corpus-extra"))
ck = validate.Checker()
items = validate.load(HERE / "set.jsonl", ck)
for it in items:
    ck.item(it, corpus)
errs = getattr(ck, "errors", None) or getattr(ck, "errs", None)
print("checker attrs:", [a for a in vars(ck)])
for k, v in vars(ck).items():
    if isinstance(v, list):
        print(k, len(v))
        for e in v:
            print("  ", e)
print("formats:", sorted(validate.formats_of(items)))
print("files:", len(validate.files_of(items)))
print(validate.summary("xfu", items))


# ---- duplicate check against earlier sets (code only; never print their texts) ----
def norm(s):
    return validate.norm(s)


def collect(obj, out):
    if isinstance(obj, dict):
        q = obj.get("question")
        if isinstance(q, str):
            out.add(norm(q))
        for v in obj.values():
            collect(v, out)
    elif isinstance(obj, list):
        for v in obj:
            collect(v, out)


old = set()
roots = [Path("/tmp/r55code/evals"), Path("/work/main/evals")]
nfiles = 0
for root in roots:
    for p in root.rglob("*.jsonl"):
        if "round55" in p.parts:
            continue
        nfiles += 1
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                collect(json.loads(line), old)
            except Exception:
                pass
print("earlier jsonl files scanned:", nfiles, "question texts:", len(old))
mine = []
for line in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines():
    it = json.loads(line)
    mine.append((it["id"], 0, it["question"]))
    for i, t in enumerate(it.get("turns") or [], 1):
        mine.append((it["id"], i, t["question"]))
dups = [(i, n) for i, n, q in mine if norm(q) in old]
own = {}
for i, n, q in mine:
    own.setdefault(norm(q), []).append((i, n))
print("collisions with earlier sets (my id, turn):", dups)
print("internal duplicates:", [v for v in own.values() if len(v) > 1])
