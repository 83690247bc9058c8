"""Validate set.jsonl with the frozen validate.py (unmodified) and check for duplicate questions (counts only)."""
import sys, json, glob, unicodedata, re
from pathlib import Path
sys.path.insert(0, "/tmp/r40code/evals/sets")
import validate as V
here = Path(__file__).parent
ck = V.Checker()
items = V.load(here / "set.jsonl", ck)
corpus = V.Corpus(Path("/work/shared/corpus-extra"))
ids = set()
for it in items:
    if it.id in ids: ck.err(it.id, "dup id")
    ids.add(it.id)
    ck.item(it, corpus)
print("\n".join(ck.problems) or "validate: ok", f"({len(items)} items)")
# duplicate check vs earlier sets (print nothing of theirs)
def n(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
mine = {}
for it in items:
    mine.setdefault(n(it.question), []).append(it.id)
    for i, t in enumerate(it.turns or [], 1):
        mine.setdefault(n(t.question), []).append(f"{it.id}/t{i}")
intra = [v for v in mine.values() if len(v) > 1]
theirs = set()
files = glob.glob("/tmp/r40code/evals/data/*.jsonl") + glob.glob("/tmp/r40code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r40code/evals/trials/**/*.jsonl", recursive=True) + \
        [p for p in glob.glob("/work/main/evals/trials/**/*.jsonl", recursive=True) if "/round40/xfu/" not in p]
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "ask") and isinstance(v, str): theirs.add(n(v))
            else: walk(v)
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, str): theirs.add(n(v))
            else: walk(v)
for f in files:
    for line in open(f, encoding="utf-8", errors="replace"):
        line = line.strip()
        if not line: continue
        try: walk(json.loads(line))
        except Exception: pass
dups = [ids_ for q, ids_ in mine.items() if q in theirs]
print("files scanned:", len(files), "| their questions:", len(theirs), "| my duplicates:", dups, "| intra dups:", intra)
