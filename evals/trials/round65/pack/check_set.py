import sys, json
sys.path.insert(0, "/tmp/r65code/evals/sets")
import validate
from pathlib import Path
C = Path("/tmp/t65pack/corpus")
docs = {}
def doc(f):
    if f not in docs: docs[f] = validate.Doc(C / f)
    return docs[f]
probs = 0
def ev_text(evs):
    out = []
    for e in evs:
        d = doc(e["file"])
        if "quote" in e and e.get("quote"):
            q = validate.norm(e["quote"])
            hits = [u for u in d.norm_units if q in u]
            if len(hits) != 1:
                print("QUOTE", e, len(hits)); global probs; probs += 1
            out += hits
        else:
            ls = d.lines[e["line_start"]-1:e["line_end"]]
            out.append(validate.norm("".join(ls)))
    return "".join(out)
for line in open(sys.argv[1], encoding="utf-8"):
    it = json.loads(line); validate.Item(**it)
    parts = [(it["question"], it["evidence"], it["key_points"])] + [(t["question"], t["evidence"], t["key_points"]) for t in (it["turns"] or [])]
    for q, ev, kp in parts:
        txt = ev_text(ev)
        for g in kp:
            if not any(validate.norm(p) in txt for p in g):
                print("KP", it["id"], q, g); probs += 1
    if it["tool"]:
        for f in it["tool"]["must_cite_files"]:
            t = "".join(doc(f).norm_units) + validate.norm("".join(doc(f).lines))
            for x in it["tool"].get("expected_indicators") or []:
                if validate.norm(x) not in t: print("IND", it["id"], x); probs += 1
print("problems", probs)
