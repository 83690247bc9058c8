#!/usr/bin/env python3
"""Validate set.jsonl with the frozen validate.py (imported unmodified) and screen for duplicates
against earlier sets (reads them in code only; prints only our own colliding questions)."""
import json, os, sys
from pathlib import Path
sys.path.insert(0, "/tmp/r29code/evals/sets")
import validate as V

HERE = Path(__file__).resolve().parent
corpus = V.Corpus(Path(os.environ.get("T29_OUT", "/tmp/t29shop")) / "corpus")
ch = V.Checker()
items = V.load(HERE / "set.jsonl", ch)
for it in items:
    ch.item(it, corpus)
ids = [it.id for it in items]
if len(set(ids)) != len(ids):
    ch.err("set", "duplicate ids")
print(V.summary("set.jsonl", items))
# duplicates against earlier question texts
mine = {it.question for it in items} | {t.question for it in items for t in (it.turns or [])}
firsts = [it.question for it in items]
if len(set(firsts)) != len(firsts):
    ch.err("set", "duplicate first-turn questions")
old = set()
R = Path("/tmp/r29code/evals")
for p in list((R / "data").glob("*.jsonl")) + list((R / "sets").glob("*.jsonl")) + list((R / "trials").rglob("*.jsonl")):
    for raw in p.read_text(encoding="utf-8", errors="ignore").splitlines():
        try:
            o = json.loads(raw)
        except Exception:
            continue
        if isinstance(o, dict):
            for k in ("question",):
                if isinstance(o.get(k), str):
                    old.add(o[k].strip())
            for t in o.get("turns") or []:
                if isinstance(t, dict) and isinstance(t.get("question"), str):
                    old.add(t["question"].strip())
dup_first = [q for q in firsts if q.strip() in old]
dup_later = [q for q in mine - set(firsts) if q.strip() in old]
print("first-turn questions found in earlier sets:", dup_first)
print("later-turn questions found in earlier sets (short turns, allowed):", len(dup_later))
if dup_first:
    ch.err("set", "first-turn duplicates")
if ch.problems:
    print("\n".join(ch.problems)); sys.exit(1)
print("ok: all checks passed")
