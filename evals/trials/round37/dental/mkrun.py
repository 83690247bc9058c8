"""set-run.jsonl = set.jsonl with the xlsx quotes the evaluator rejects as ambiguous replaced by the
line spans it reported, keeping the 指标库 row and the weight row of the item's own post.
Questions, key points, intents and tools are unchanged."""
import json, re, sys
amb = {  # quote -> all loader lines the evaluator reported
 "月度营收达成率": [8, 27, 34], "新客到诊数": [9, 28], "平均候诊时长": [21, 32, 38], "预约到诊率": [12, 37],
 "收银差错次数": [22, 41], "义齿返工率": [16, 47], "准时交付率": [17, 48], "个人加工产量": [25, 49],
 "咨询成交率": [10, 33], "器械灭菌合格率": [15, 50], "器械供应及时率": [24, 51], "感控检查合格率": [14, 30, 45, 52],
 "医生人均产值": [18, 42], "病历合格率": [13, 43], "患者满意度": [11, 29, 36, 39, 44, 57], "有效投诉数": [19, 31, 40, 46]}
rows = {"诊所店长": range(27, 33), "口腔咨询师": range(33, 37), "前台接待": range(37, 42), "全科口腔医生": range(42, 47),
        "义齿技工": range(47, 50), "消毒供应员": range(50, 53)}
def fix(ev, role):
    out = []
    for e in ev:
        q = e.get("quote")
        if e["file"].startswith("03_") and q in amb:
            for ln in amb[q]:
                if ln <= 25 or ln in rows.get(role, ()):
                    d = {"file": e["file"], "line_start": ln, "line_end": ln}
                    if d not in out: out.append(d)
        elif e["file"].startswith("04_") and q == "4200":
            out.append({"file": e["file"], "line_start": 7, "line_end": 7})
        else:
            out.append(e)
    return out
with open("set.jsonl", encoding="utf-8") as f, open("set-run.jsonl", "w", encoding="utf-8") as g:
    for l in f:
        it = json.loads(l)
        it["evidence"] = fix(it["evidence"], it["role"])
        for t in it["turns"] or []:
            t["evidence"] = fix(t["evidence"], t["role"])
        g.write(json.dumps(it, ensure_ascii=False) + "\n")

# second pass (the evaluator's own checks): "大专及以上" is a short cell shared by two posts, so it is cited by its
# table row as the loader joins it ("学历 | 大专及以上 | …"); follow-ups whose turns have a single key-point group
# (the evaluator wants 2–5) are left out of the run file and judged by hand only.
LEFT_OUT = {"r37d-fu-01", "r37d-fu-03", "r37d-fu-05", "r37d-fu-07"}
ROWQ = {"r37d-qual-04": 260, "r37d-qual-09": 193}
items = [json.loads(l) for l in open("set-run.jsonl", encoding="utf-8")]
with open("set-run.jsonl", "w", encoding="utf-8") as g:
    for it in items:
        if it["id"] in LEFT_OUT:
            continue
        if it["id"] in ROWQ:
            it["evidence"].append({"file": "01_门诊岗位说明书2024版.docx", "line_start": ROWQ[it["id"]], "line_end": ROWQ[it["id"]]})
        g.write(json.dumps(it, ensure_ascii=False) + "\n")
