"""Validate set.jsonl with the unmodified validate.py (imported) + bigram-Jaccard duplicate check."""
import sys, json, glob, pathlib, unicodedata, re
sys.path.insert(0, "/tmp/r35code/evals/sets")
import validate as V
here = pathlib.Path(__file__).parent
ck = V.Checker(); corpus = V.Corpus(pathlib.Path("/tmp/t35xfu/corpus"))
items = V.load(here / "set.jsonl", ck)
for it in items: ck.item(it, corpus)
old = V.existing_questions()
ids=set()
for it in items:
    if it.id in ids: ck.err(it.id,"dup id")
    ids.add(it.id)
    if V.norm(it.question) in old: ck.err(it.id, "question in evals/data")
print(V.summary("set.jsonl", items))
print("files covered:", len(V.files_of(items)), "formats:", sorted(V.formats_of(items)))
print("problems:", len(ck.problems)); [print("  -", p) for p in ck.problems]
# duplicate check (never print others' texts)
def big(s):
    s = V.norm(s); return {s[i:i+2] for i in range(len(s)-1)} or {s}
mine = []
for it in items:
    mine.append((it.id, it.question))
    for j, t in enumerate(it.turns or [], 2): mine.append((f"{it.id}#{j}", t.question))
others = []
for p in glob.glob("/tmp/r35code/evals/**/*.jsonl", recursive=True):
    for raw in open(p, encoding="utf-8"):
        raw = raw.strip()
        if not raw: continue
        try: d = json.loads(raw)
        except Exception: continue
        def walk(o):
            if isinstance(o, dict):
                for k, v in o.items():
                    if k in ("question", "q", "text", "ask") and isinstance(v, str): others.append(big(v))
                    else: walk(v)
            elif isinstance(o, list):
                for v in o:
                    if isinstance(v, str) and len(v) < 80: others.append(big(v))
                    else: walk(v)
        walk(d)
print("other question texts compared:", len(others))
bad = 0
for iid, q in mine:
    b = big(q); m = max((len(b & o) / len(b | o) for o in others), default=0)
    if m >= 0.6: bad += 1; print(f"  DUP {iid} {q} jaccard={m:.2f}")
mq=[V.norm(q) for _,q in mine]
print("internal duplicates:", len(mq)-len(set(mq)), " near-dups >=0.6:", bad)
