#!/usr/bin/env python3
"""Figures for REPORT.md from run/turns.json (+ hand-judged overrides, documented in REPORT.md)."""
import json
from collections import defaultdict, OrderedDict
from pathlib import Path
HERE = Path(__file__).resolve().parent
rows = json.loads((HERE / "run/turns.json").read_text())
items = {json.loads(l)["id"]: json.loads(l) for l in (HERE / "set.jsonl").read_text().splitlines() if l.strip()}
# hand judgement after reading every answer: (id, turn) -> judged ok
OVERRIDE = {("r15f-fu-21", 2): False,  # answered with the wrong role (网格客户经理); kp hit only via section title
            ("r15f-fu-09", 1): False,  # said 主管 reporting line "没有单独写明" and listed duties; line 111 states it
            ("r15f-fu-16", 3): False,  # produced a JD; 技能 section 【待补充】 although line 159 lists them
            ("r15f-fu-01", 2): False,  # location yes/no mixes 开户专员 "工作地点为天津" first, unattributed
            ("r15f-fu-11", 0): False,  # first turn: kp 订单供货 hit only inside an unrelated 物流 sentence
            ("r15f-fu-20", 1): True}   # 风险经理: answer (line 252) is a valid description; gold kps too narrow
for r in rows:
    r["judged"] = OVERRIDE.get((r["id"], r["turn"]), r["ok"])
later = [r for r in rows if r["turn"] > 0]
first = [r for r in rows if r["turn"] == 0]
inscope = [r for r in rows if not r["expect_refusal"]]
def pct(a, b): return f"{a}/{b} ({100*a/b:.1f}%)"
print("later turns resolved (eval rule):", pct(sum(r["ok"] for r in later), len(later)))
print("later turns resolved (judged):   ", pct(sum(r["judged"] for r in later), len(later)))
print("first turns ok (eval / judged):  ", pct(sum(r["ok"] for r in first), 30), pct(sum(r["judged"] for r in first), 30))
convs = defaultdict(list)
for r in rows: convs[r["id"]].append(r["judged"])
print("conversations fully correct (judged):", pct(sum(all(v) for v in convs.values()), 30))
# key points
for name, sel in [("all in-scope turns", inscope), ("in-scope later turns", [r for r in later if not r["expect_refusal"]])]:
    g = sum(len(items[r["id"]]["key_points"]) if r["turn"] == 0 else len(items[r["id"]]["turns"][r["turn"]-1]["key_points"]) for r in sel)
    m = sum(len(r["missed"]) for r in sel)
    print(f"key points {name}: groups hit {pct(g-m, g)}; mean coverage {sum(r['cov'] for r in sel)/len(sel):.3f}")
# attributes
def attr_of(r):
    it = items[r["id"]]
    return it["attribute"] if r["turn"] == 0 else it["turns"][r["turn"]-1].get("attribute")
att = [r for r in rows if attr_of(r)]
print("attribute turns ok (eval / judged):", pct(sum(r["ok"] for r in att), len(att)), pct(sum(r["judged"] for r in att), len(att)))
ba = defaultdict(lambda: [0, 0])
for r in att: ba[attr_of(r)][0] += r["judged"]; ba[attr_of(r)][1] += 1
print("  by attribute:", dict(ba))
# refusals
wr = [r for r in inscope if r["refused"]]
print("wrongly refused in-scope turns:", pct(len(wr), len(inscope)), [(r["id"][-2:], r["turn"]) for r in wr])
print("  of which later turns:", sum(r["turn"] > 0 for r in wr), "/", sum(1 for r in later if not r["expect_refusal"]))
oos = [r for r in rows if r["expect_refusal"]]
print("OOS turns refused:", pct(sum(r["refused"] for r in oos), len(oos)))
# by form
bf = OrderedDict()
for r in later:
    f = r["form"]; bf.setdefault(f, [0, 0, []]); bf[f][1] += 1
    if r["judged"]: bf[f][0] += 1
    else: bf[f][2].append(f"{r['id'][-2:]}#{r['turn']}")
print("\n| follow-up form | turns | pass | fail | failing turns |\n|---|---|---|---|---|")
for f, (p, n, fl) in sorted(bf.items(), key=lambda x: -x[1][1]):
    print(f"| {f} | {n} | {p} | {n-p} | {', '.join(fl)} |")
