"""Checks set.jsonl against the corpus with validate.py's Item/Doc/norm (imported, unmodified)."""
import json, re, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r38code/evals/sets")
import validate
C = Path("/tmp/t38pet/corpus")
docs = {}
def doc(f):
    if f not in docs:
        p = C / f
        if p.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff"):
            class D: pass
            d = D(); d.lines = p.read_bytes().decode("utf-16").splitlines(); d.units = None
            docs[f] = d
        else:
            docs[f] = validate.Doc(p)
    return docs[f]
def ev_text(e):
    d = doc(e["file"])
    if e.get("quote"):
        qn = validate.norm(e["quote"])
        hits = [u for u in d.units if qn in validate.norm(u)]
        if len(hits) != 1: print("  QUOTE hits", len(hits), e); return " ".join(hits)
        if len(qn) < 8 and validate.norm(hits[0]) != qn: print("  SHORT partial", e)
        return hits[0]
    a, b = e["line_start"], e["line_end"]
    if b > len(d.lines): print("  SPAN past end", e)
    t = "\n".join(d.lines[a-1:b])
    if e["file"].endswith(".html"): t = re.sub(r"<[^>]+>", "", t)
    return t
bad = 0
for line in open("set.jsonl", encoding="utf-8"):
    it = json.loads(line); validate.Item(**it)
    for part in [it] + (it["turns"] or []):
        txt = validate.norm(" ".join(ev_text(e) for e in part["evidence"]))
        for g in part["key_points"]:
            if not any(validate.norm(k) in txt for k in g):
                print(it["id"], "KP missing", g, "|", part["question"]); bad += 1
print("done, kp problems:", bad)
