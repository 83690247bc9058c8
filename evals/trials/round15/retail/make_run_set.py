#!/usr/bin/env python3
"""Derive set-evaluator.jsonl from set.jsonl for `gangwei eval`.

gangwei's evaluator checks each item's key points against *its own* reading of the corpus, and its
HTML reader drops <script> content, so the four items whose only copy of the answer sits in the
careers page's JSON-LD block are rejected by it ("要点不在证据中"). Those items stay in set.jsonl
(validate.py accepts them) and are judged by hand with `ask`/`chat` (see REPORT.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
JSONLD_ONLY = {"r15r-duty-05", "r15r-qual-03", "r15r-attr-05", "r15r-fu-04"}
src = (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines()
keep = [ln for ln in src if ln.strip() and json.loads(ln)["id"] not in JSONLD_ONLY]
(HERE / "set-evaluator.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
print(f"{len(keep)} of {len(src)} items -> set-evaluator.jsonl")
