import json, glob, re, unicodedata, sys
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
mine = []
for raw in open("set.jsonl", encoding="utf-8"):
    d = json.loads(raw); mine.append(d["question"]); mine += [t["question"] for t in d["turns"] or []]
old = set()
files = set(glob.glob("/tmp/r49code/evals/**/*.jsonl", recursive=True) + glob.glob("/work/main/evals/**/*.jsonl", recursive=True))
files = {f for f in files if "/round49/xfu/" not in f}
for f in files:
    for raw in open(f, encoding="utf-8", errors="replace"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        if not isinstance(d, dict): continue
        for k in ("question", "q", "text"):
            if isinstance(d.get(k), str): old.add(norm(d[k]))
        for t in (d.get("turns") or []):
            if isinstance(t, dict):
                for k in ("question", "q", "text"):
                    if isinstance(t.get(k), str): old.add(norm(t[k]))
            elif isinstance(t, str): old.add(norm(t))
print(len(files), "files,", len(old), "old questions")
dups = [q for q in mine if norm(q) in old]
print("my questions that repeat an earlier one:", dups)
print("internal repeats:", [q for q in set(mine) if mine.count(q) > 1])
