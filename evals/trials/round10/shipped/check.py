"""Checks set.jsonl against the shipped corpus: spans inside files and non-blank, every key-point group
found in the item's (or turn's) evidence text, OOS items/turns without evidence, ids unique, first-turn
questions not copied from the non-frozen evals/data files. `--show` prints each evidence text."""
import json, re, sys, unicodedata
from pathlib import Path

ROOT = Path("/work/main")
C = ROOT / "corpus"
def norm(s): return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))
_cache = {}
def lines(f):
    if f not in _cache:
        _cache[f] = (C / f).read_text(encoding="utf-8-sig").splitlines()
    return _cache[f]

def ev_text(e):
    u = lines(e["file"]); a, b = e["line_start"], e["line_end"]
    if not (1 <= a <= b <= len(u)): raise ValueError(f"span {a}-{b} out of {len(u)} in {e['file']}")
    t = "\n".join(u[a-1:b])
    if not t.strip(): raise ValueError(f"blank span {a}-{b} in {e['file']}")
    return t

def check(tag, intent, ev, kps, show):
    if intent == "out_of_scope":
        assert not ev and not kps, f"{tag}: oos with evidence"
        return
    assert ev and kps, f"{tag}: empty evidence/key points"
    txt = "\n".join(ev_text(e) for e in ev)
    n = norm(txt)
    for g in kps:
        if not any(norm(k) in n for k in g): raise ValueError(f"{tag}: key group {g} not in evidence")
    if show:
        print(f"--- {tag}: {kps}\n{txt[:600]}")

def main():
    show = "--show" in sys.argv
    path = Path(__file__).with_name("set.jsonl")
    ids, bad, n, nt = set(), 0, 0, 0
    existing = set()
    for f in ["gold.jsonl", "gold-dev.jsonl", "answer_scope.jsonl", "retrieval_dev.jsonl"]:
        for line in open(ROOT / "evals/data" / f, encoding="utf-8"):
            if line.strip():
                d = json.loads(line); existing.add(norm(d.get("question", "")))
                for t in d.get("turns") or []: existing.add(norm(t.get("question", "")))
    for line in open(path, encoding="utf-8"):
        it = json.loads(line); n += 1
        try:
            assert it["id"] not in ids, "dup id"; ids.add(it["id"])
            assert it["expect_refusal"] == (it["intent"] == "out_of_scope")
            assert norm(it["question"]) not in existing, "question copied from evals/data"
            check(it["id"], it["intent"], it["evidence"], it["key_points"], show)
            if it["intent"] == "attribute": assert it["attribute"]
            if it["intent"] == "followup": assert len(it["turns"]) >= 2
            for i, t in enumerate(it.get("turns") or []):
                nt += 1
                if t["intent"] == "attribute": assert t.get("attribute"), "turn attribute"
                check(f"{it['id']} t{i+1} «{t['question']}»", t["intent"], t["evidence"], t["key_points"], show)
        except Exception as ex:
            bad += 1; print("FAIL", it["id"], ex)
    print(f"{n} items, {nt} later turns, {bad} failing")
    return 1 if bad else 0

if __name__ == "__main__": sys.exit(main())
