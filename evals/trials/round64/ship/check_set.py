import json, sys, unicodedata, re, glob, os
C = "/tmp/r64code/corpus"
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
lines = {os.path.basename(p): open(p, encoding="utf-8").read().splitlines() for p in glob.glob(C + "/*.txt")}
def text(evs): return "".join(norm("\n".join(lines[e["file"]][e["line_start"]-1:e["line_end"]])) for e in evs)
bad = 0
items = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
for it in items:
    units = [(it["id"] + "#0", it["evidence"], it["key_points"])] + [
        (f'{it["id"]}#{k+1}', t["evidence"], t["key_points"]) for k, t in enumerate(it["turns"] or [])]
    for uid, evs, kps in units:
        tx = text(evs)
        for g in kps:
            if not any(norm(p) in tx for p in g):
                bad += 1; print("MISSING", uid, g)
print("key-point problems:", bad)
# duplicate check against earlier sets (texts read in code only, never printed)
mine = {}
for it in items:
    mine[norm(it["question"])] = it["id"]
    for k, t in enumerate(it["turns"] or []): mine[norm(t["question"])] = f'{it["id"]}#{k+1}'
old_q, old_ids = set(), set()
files = glob.glob("/tmp/r64code/evals/data/*.jsonl") + glob.glob("/tmp/r64code/evals/sets/*.jsonl") + \
        glob.glob("/tmp/r64code/evals/trials/**/*.jsonl", recursive=True)
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ("question", "q", "text", "user") and isinstance(v, str): old_q.add(norm(v))
            if k == "id" and isinstance(v, str): old_ids.add(v)
            walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for f in files:
    for l in open(f, encoding="utf-8", errors="replace"):
        l = l.strip()
        if not l: continue
        try: walk(json.loads(l))
        except Exception: pass
def bigr(s): return {s[i:i+2] for i in range(len(s)-1)}
oldb = [bigr(q) for q in old_q]
dups = [v for q, v in mine.items() if q in old_q]
near = 0
for q, v in mine.items():
    b = bigr(q)
    if b and max((len(b & o) / len(b | o) for o in oldb if o), default=0) >= 0.8: near += 1; print("NEAR(>=0.8)", v)
print(f"files scanned {len(files)}, old questions {len(old_q)}; exact repeats: {dups}; near(>=0.8): {near}")
print("id clashes:", [i["id"] for i in items if i["id"] in old_ids])
