# Near-duplicate screen (char-bigram Jaccard >= 0.45) of our questions against earlier sets.
# Reads evals/data, evals/sets, evals/trials/** in code only; prints only OUR question, a score and a file count.
import json, os, re, sys, unicodedata, pathlib
HERE = pathlib.Path(__file__).resolve().parent
ROOTS = ["/work/main/evals/data", "/work/main/evals/sets", "/work/main/evals/trials",
         "/tmp/r29code/evals/data", "/tmp/r29code/evals/sets", "/tmp/r29code/evals/trials"]
CJK = re.compile(r"[\u4e00-\u9fff]")
def norm(s): return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", s)).lower()
def bg(s):
    s = norm(s); return {s[i:i+2] for i in range(len(s)-1)} or {s}
def strings(o):
    if isinstance(o, str): yield o
    elif isinstance(o, dict):
        for v in o.values(): yield from strings(v)
    elif isinstance(o, list):
        for v in o: yield from strings(v)
pool = set()
for root in ROOTS:
    for dp, dn, fn in os.walk(root):
        if os.path.realpath(dp).startswith(str(HERE)): continue
        for f in fn:
            p = os.path.join(dp, f)
            try: txt = open(p, encoding="utf-8").read()
            except Exception: continue
            segs = []
            if f.endswith(".jsonl"):
                for line in txt.splitlines():
                    try: segs += list(strings(json.loads(line)))
                    except Exception: segs += [line]
            elif f.endswith(".json"):
                try: segs += list(strings(json.loads(txt)))
                except Exception: pass
            elif f.endswith((".txt", ".tsv", ".md", ".py")):
                for line in txt.splitlines():
                    segs += re.split(r"[\t|\"“”「」]", line)
            for s in segs:
                s = s.strip()
                if 3 <= len(s) <= 80 and CJK.search(s): pool.add(s)
poolb = [bg(s) for s in pool]
print("pool size", len(pool))
if len(sys.argv) > 1:  # score candidate phrasings, one per line
    for qs in open(sys.argv[1], encoding="utf-8").read().splitlines():
        if not qs.strip(): continue
        b = bg(qs); best = max(len(b & pb) / len(b | pb) for pb in poolb)
        print(("OK  " if best < 0.45 else "BAD ") + f"{best:.2f} {qs}")
    sys.exit()
mine = []
for line in open(HERE / "set.jsonl", encoding="utf-8"):
    it = json.loads(line); mine.append((it["id"], 0, it["question"]))
    for i, t in enumerate(it.get("turns") or []): mine.append((it["id"], i+1, t["question"]))
bad = 0
for iid, k, qs in mine:
    b = bg(qs); best = 0.0; n = 0
    for pb in poolb:
        j = len(b & pb) / len(b | pb)
        if j >= 0.45: n += 1
        best = max(best, j)
    if best >= 0.45:
        bad += 1; print(f"HIT {iid} t{k} {qs}  max={best:.2f} n={n}")
# also within the set
qs_all = [m[2] for m in mine]
for i in range(len(qs_all)):
    for j in range(i+1, len(qs_all)):
        a, b = bg(qs_all[i]), bg(qs_all[j])
        if len(a & b)/len(a | b) >= 0.45: print("SELF", qs_all[i], "|", qs_all[j])
print("hits", bad, "of", len(mine))
