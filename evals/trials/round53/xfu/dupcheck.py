"""Reads earlier sets in code only; prints only this set's colliding (id, turn) pairs."""
import json, glob, unicodedata, re, collections
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))
old = set()
files = set(glob.glob('/tmp/r53code/evals/**/*.jsonl', recursive=True)) | set(glob.glob('/work/main/evals/**/*.jsonl', recursive=True))
files = {f for f in files if '/round53/' not in f}
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, str) and k in ("question", "q", "text", "content", "ask", "user"): old.add(norm(v))
            else: walk(v)
    elif isinstance(o, list):
        for x in o:
            if isinstance(x, str): old.add(norm(x))
            else: walk(x)
for f in files:
    for raw in open(f, encoding='utf-8', errors='ignore'):
        try: walk(json.loads(raw))
        except Exception: pass
mine = []
for raw in open('set.jsonl', encoding='utf-8'):
    d = json.loads(raw); mine.append((d['id'], 0, d['question']))
    for i, t in enumerate(d['turns'] or [], 1): mine.append((d['id'], i, t['question']))
print("earlier files", len(files), "collisions:", [(i, t) for i, t, q in mine if norm(q) in old])
print("internal dups:", sum(1 for v in collections.Counter(norm(q) for *_, q in mine).values() if v > 1))
