#!/usr/bin/env python3
"""set-run.jsonl = set.jsonl (frozen) minus the lx02 evidence quotes that gangwei's evaluator cannot load
(values held in inline content controls inside table cells are not in its docx text). Where that leaves a key
point without evidence (cl-fu-12 turn 2, 'IT主管'), the lx04 copy of the same fact is cited instead.
Judging uses set.jsonl; this copy only lets `gangwei eval` load the items."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
F2, F4 = "lx02_运营支持岗位说明书.docx", "lx04_各岗位任职要求对照表.xlsx"
DROP = {"上海办公室（需出差）", "班组长、现场管理员、WFM排班专员", "呼叫中心总监", "信息技术部", "IT主管"}
changed = []
def fix(ev, where):
    out = []
    for e in ev:
        if e["file"] == F2 and e.get("quote") in DROP:
            changed.append((where, e["quote"]))
            if e["quote"] == "IT主管":
                out.append({"file": F4, "quote": "IT主管"})
            continue
        out.append(e)
    return out
lines = []
for raw in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines():
    it = json.loads(raw)
    it["evidence"] = fix(it["evidence"], it["id"])
    for i, t in enumerate(it["turns"] or [], 1):
        t["evidence"] = fix(t["evidence"], f'{it["id"]}/turn{i}')
    lines.append(json.dumps(it, ensure_ascii=False))
(HERE / "set-run.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
for c in changed:
    print(*c)
