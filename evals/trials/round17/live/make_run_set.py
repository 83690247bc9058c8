#!/usr/bin/env python3
"""set-run.jsonl = set.jsonl minus the items the frozen evaluator refuses to load (set.jsonl is not changed).

attr-04 quotes '地点：临平区星火云仓': one pdfplumber line (two cards side by side, validate.py accepts it) but two
pypdf lines in the gangwei loader (the evaluator rejects it as ambiguous). It is judged by hand with `ask`.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DROP = {"r17l-attr-04"}
rows = [l for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
keep = [l for l in rows if json.loads(l)["id"] not in DROP]
(HERE / "set-run.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
print(len(keep), "items in set-run.jsonl")
