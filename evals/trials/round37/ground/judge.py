#!/usr/bin/env python3
"""Writes judgments.tsv (hand judgments of the round-37 ground run) and prints per-intent shares."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
J = {}  # (id, turn) -> (verdict, class, note)
def j(i, t, v, c="", n=""):
    J[(i, t)] = (v, c, n)

HTML = "ingestion: html list numbers split"
WRAP = "ingestion: hard-wrapped line cut"
KPIC = "kpi: post columns merged"
PAY = "wrong column (base pay as pay)"
LOST = "lost context"
for k in range(1, 15):
    j(f"gr-duty-{k:02d}", 0, "ok")
for k, post in ((10, "货运站理货员"), (11, "安检协管员"), (12, "地面运行调度员")):
    j(f"gr-duty-{k:02d}", 0, "partial", HTML,
      f"06 html: Excel writes '<br>2、' then wraps the source line; gangwei lists '2、','3、','4、','5、' as four extra empty duties of {post} (all 5 real duties present)")
for k in range(1, 11):
    j(f"gr-qual-{k:02d}", 0, "ok")
j("gr-qual-01", 0, "ok", "", "all facts; noise items '(见下表)' (nested-table placeholder) and '状态：招聘中' (CSV status column) shown as requirements")
j("gr-qual-03", 0, "ok", "", "tracked change read right: 本科及以上 (w:del 大专 ignored); comment's 5年 proposal not leaked")
j("gr-qual-04", 0, "wrong", "false refusal", "02 docx: 特种车辆驾驶员 高中（中专）及以上, 2年以上驾龄, B2+控制区车辆驾驶证; gangwei refused ('知识库中没有…') for '开特种车…有啥要求'")
j("gr-qual-08", 0, "partial", HTML, "06 html: all 4 requirements present but list shows a stray '4、' item; CSV '不限' listed without its label")
j("gr-qual-09", 0, "partial", HTML, "06 html: content right, stray '2、' '3、' items")
j("gr-qual-10", 0, "partial", WRAP, "09 GBK txt wraps at 28 chars: '…5年以上航空货运工作经验，其中' | '2年以上班组管理经验；持危险品运输培训合格证书（CAT6' | '）。'; gangwei stops at '其中', misses 班组管理 and 危险品 certificate")
for k in range(1, 11):
    j(f"gr-attr-{k:02d}", 0, "ok")
j("gr-attr-03", 0, "partial", PAY, "04 薪酬: 月收入参考 5500-7500 for 装卸员; gangwei lists CSV 5500-7500元 (right) plus '3000' from the 基本工资 column as the pay, and '详见…台账' from 02")
j("gr-attr-06", 0, "partial", WRAP, "09 txt: '持特种设备作业人员证（N1叉车' | '）；1年以上…'; answer has the certificate but split into '(N1叉车' and ');1年以上叉车操作经验。' under a repeated 任职资格 heading")
j("gr-attr-08", 0, "wrong", "missed field (CSV 备注)", "05 csv 备注 of 值机员: 提供免费工作餐和上下班班车; gangwei answered the shift (早晚两班倒) from 01")
j("gr-attr-10", 0, "wrong", "wrong section", "10 docx text box: 机坪作业人员 ≥35℃ 每班另发防暑降温费20元 (text box IS ingested, search finds it); gangwei answered with 02 notes (高温每2小时轮换休息) and 2年经验")
j("gr-kpi-01", 0, "wrong", KPIC, "03 旅客服务部: 值机员 has 5 indicators (值机差错率25/柜台平均办理时长20/旅客满意度25/柜台准时关闭率15/有责投诉15); gangwei says no post KPI, lists all 13 rows of the sheet incl. 值机主管/行李查询员 rows and the 2022（已废止） indicators, '权重合计 200%'")
j("gr-kpi-02", 0, "wrong", KPIC, "值机主管 weights 10/20/20/15/15/20 (值机差错率,旅客满意度,柜台准时关闭率,有责投诉,排班计划执行率,员工培训完成率); gangwei shows the same 13-row table with 值机员's weights only")
j("gr-kpi-03", 0, "partial", KPIC, "03 装卸部 has 装卸员权重 | 装卸班组长权重 columns; 班组长 = 25/20/20/10/10/15; gangwei says no own KPI and gives the 装卸员 weights (30/20/20/15/15, 讲评 no weight)")
j("gr-kpi-04", 0, "ok"); j("gr-kpi-05", 0, "ok")
j("gr-jd-01", 0, "partial", KPIC, "duties/quals right; KPI section = 旅客满意度/有责投诉/值机差错率 + 2022（已废止） 差错率/人均办理时间, none of 行李查询员's own (少收行李24小时找回率 35% …); 薪资 '3600' (基本工资) while citing 月收入参考 5500-7000; '(见下表)' as a requirement")
j("gr-jd-02", 0, "ok", "", "duties/quals right; KPI = 特种车辆部 dept KPI (reasonable); 薪资 left as '详见《岗位编制与薪酬台账》'")
j("gr-jd-03", 0, "ok", "", "duties/quals right from html+csv; KPI derived and labelled 推导; '状态：招聘中' under 其他")
j("gr-kd-01", 0, "partial", "superseded version used", "2 of 5 indicators (差错率 30, 人均办理时间 22) from sheet '2022版（已废止）'; misses 柜台平均办理时长; targets of the three posts concatenated '≥96% ≥96% ≥95%'")
j("gr-kd-02", 0, "wrong", "ingestion: md tabs not read as posts", "08 md '=== \"地面运行调度员\"' tab holds a 5-indicator table (航班保障正点率30…); ingest filed it under the H2 '岗位一览', so the tool derived generic indicators from 06 html duties")
j("gr-kd-03", 0, "ok", "", "5 indicators with 装卸员's own weights 30/20/20/15/15")
# follow-ups
j("gr-fu-01", 0, "ok"); j("gr-fu-01", 1, "ok")
j("gr-fu-01", 2, "wrong", LOST, "'他手下的人' = 配载主管's 下级 配载员 (KPI table in 07 pdf); gangwei kept 配载主管 and said it has no KPI")
for t in range(3):
    j("gr-fu-02", t, "ok"); j("gr-fu-03", t, "ok"); j("gr-fu-05", t, "ok"); j("gr-fu-06", t, "ok"); j("gr-fu-08", t, "ok")
j("gr-fu-05", 1, "ok", "", "soft refusal: '知识库中没有「值班经理」的岗位说明' + only its 上级; the evaluator counts this as answered")
j("gr-fu-04", 0, "wrong", KPIC, "行李查询员 = 少收行李24小时找回率35/PIR填写准确率20/旅客满意度20/有责投诉15/赔偿初审10; gangwei: 'no own KPI' + 13-row table with 值机员 weights")
j("gr-fu-04", 1, "ok")
j("gr-fu-04", 2, "wrong", LOST, "'目标定的多少' = target of 少收行李24小时找回率 (≥85%, which gangwei itself printed one turn earlier); it switched to 旅客服务部 and refused")
j("gr-fu-06", 2, "wrong", WRAP, "certificate 危险品运输培训合格证书（CAT6） sits on the wrapped line 17 of 09 txt; gangwei says no 职业资格 and shows the cut requirement '…其中'")
j("gr-fu-07", 0, "wrong", PAY, "04 薪酬 月收入参考 6500-8500; gangwei gives 3400 (基本工资) and '详见…台账'")
j("gr-fu-07", 1, "wrong", PAY, "月收入参考 7000-8500; gangwei gives 3800 (基本工资) (ellipsis itself resolved right)")
j("gr-fu-07", 2, "ok")
j("gr-fu-08", 1, "wrong", LOST, "'这岗位' = 安检协管员 (pay 4200-5200 in csv/04); gangwei resolved '岗位' to the md heading '岗位一览' and refused")
j("gr-fu-08", 2, "wrong", LOST, "'他们可以开箱检查吗' -> 06 html: 不得从事人身检查、开箱检查; gangwei stayed on '岗位一览' and refused")
# out of scope
for k in range(1, 8):
    j(f"gr-oos-{k:02d}", 0, "ok")
j("gr-oos-01", 0, "ok", "", "refused; mentions the cancelled requisition (状态：已取消)")
j("gr-oos-02", 0, "partial", "answered OOS (略 section)", "01: 贵宾服务员 职责 '略（见《贵宾室服务工作手册》）'; gangwei lists '略(见…)' as the one duty instead of saying the duties are not given")
j("gr-oos-03", 0, "wrong", "answered OOS", "社保公积金比例 is in no document; gangwei answered the 值机员 shift")
j("gr-oos-04", 0, "ok", "", "soft refusal ('没有「值班经理」的岗位说明') + its 上级; evaluator counts it as answered")
j("gr-oos-07", 0, "wrong", "answered OOS", "today's delays: not in corpus; gangwei printed 5 unrelated snippets (调度员 duty, 抄送 line, 班次)")

items = [json.loads(l) for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
per = defaultdict(Counter)
classes = Counter()
for it in items:
    turns = [(0, it["intent"])] + [(i, t["intent"]) for i, t in enumerate(it.get("turns") or [], 1)]
    for t, intent in turns:
        v, c, n = J[(it["id"], t)]
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{n}")
        key = it["intent"] if t == 0 else "followup(later)"
        if it["intent"] == "followup" and t == 0:
            key = "followup(first)"
        per[key][v] += 1
        if v != "ok":
            classes[c] += 1
assert len(J) == len(rows) - 1, (len(J), len(rows))
(HERE / "judgments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
tot = Counter()
for k in ["duty", "qualification", "attribute", "kpi", "jd", "kpi_design", "out_of_scope", "followup(first)", "followup(later)"]:
    c = per[k]; n = sum(c.values()); tot.update(c)
    print(f"| {k} | {n} | {c['ok']} ({c['ok']/n:.0%}) | {c['partial']} | {c['wrong']} |")
n = sum(tot.values()); print(f"| all | {n} | {tot['ok']} ({tot['ok']/n:.0%}) | {tot['partial']} | {tot['wrong']} |")
for c, k in classes.most_common():
    print(k, c)
