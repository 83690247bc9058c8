#!/usr/bin/env python3
"""Dump gangwei's per-turn results from the eval report (eval.json) into run/turns.md + run/turns.json."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
rep = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t15f/report") / "eval.json"
d = json.loads(rep.read_text())
qs = d["report"]["systems"]["gangwei"]["questions"]
forms = json.loads((HERE / "forms.json").read_text())
rows, md = [], []
for q in qs:
    t = q["turn"]
    form = "first turn (" + forms[q["item_id"]]["first"] + ")" if t == 0 else forms[q["item_id"]]["turns"][t - 1]
    kp = q["key_points"]; hit = q["key_points_hit"]
    cov = q["key_point_coverage"]
    if q["expect_refusal"]:
        ok = q["refused"]
    else:
        ok = (not q["refused"]) and cov is not None and cov >= 0.5
    row = dict(id=q["item_id"], turn=t, form=form, intent=q["intent"], question=q["question"], refused=q["refused"],
               expect_refusal=q["expect_refusal"], cov=cov, ok=ok, followup_ok=q.get("followup_ok"),
               attribute_ok=q.get("attribute_ok"), answer_intent=q.get("answer_intent"),
               answer_attribute=q.get("answer_attribute"), answer_tool=q.get("answer_tool"),
               missed=[g for g, h in zip(kp, hit) if not h], cited_gold=q.get("cited_gold"),
               citations=[f'{c["file"][:3]}:{c["line_start"]}-{c["line_end"]}' for c in q.get("citations") or []],
               answer=q["answer"])
    rows.append(row)
    md.append(f"### {q['item_id']}#{t} {'OK' if ok else 'FAIL'} [{form}] {q['question']}\n"
              f"- refused={q['refused']} expect_refusal={q['expect_refusal']} cov={cov} followup_ok={q.get('followup_ok')} "
              f"attr_ok={q.get('attribute_ok')} ans_intent={q.get('answer_intent')}/{q.get('answer_attribute')} tool={q.get('answer_tool')}\n"
              f"- missed: {row['missed']}  cites: {row['citations']} cited_gold={q.get('cited_gold')}\n\n```\n{q['answer'][:900]}\n```\n")
(HERE / "run").mkdir(exist_ok=True)
(HERE / "run" / "turns.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1))
(HERE / "run" / "turns.md").write_text("\n".join(md))
later = [r for r in rows if r["turn"] > 0]
print("first turns ok", sum(r["ok"] for r in rows if r["turn"] == 0), "/", sum(1 for r in rows if r["turn"] == 0))
print("later turns ok", sum(r["ok"] for r in later), "/", len(later))
