#!/usr/bin/env python3
"""set-run.jsonl = set.jsonl minus the items the frozen evaluator refuses to load
(quotes inside tracked-change insertions that gangwei's docx loader does not read; PDF quotes whose
pdfplumber line spans several table cells while the loader keeps one line per cell); judged by hand."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
DROP = {"r18p-qual-09", "r18p-attr-03",   # quote inside a w:ins (tracked insertion)
        "r18p-qual-03", "r18p-qual-05", "r18p-fu-06"}  # pdf: key points in other cells of the same pdfplumber line
rows = [l for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
keep = [l for l in rows if json.loads(l)["id"] not in DROP]
(HERE / "set-run.jsonl").write_text("\n".join(keep) + "\n", encoding="utf-8")
print(len(rows), "->", len(keep))
