"""Write judgments.tsv (hand judgments of every answer in eval/eval.json) and print counts."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
A = "ingestion: 责任书 post read as 乙方"
M = "ingestion: microdata job cards lost/merged"
P = "ingestion: PDF chapter post not recognised"
S = "situational question -> generic list"
V = "name variants not merged"
AL = "alias not resolved"
W = "wrong section"
QP = "question word taken as post"
G = "grade standard ignored"
OOS = "answered OOS"
C = "cascade from wrong earlier turn"
J = {
 ("sec-duty-01",0): ("partial", A, "sec01 gives 门岗保安员 5 duties (访客证, 放行条, 消防通道…), HTML card 4 more; got only the xlsx 主要工作内容 cell '人员车辆出入管理、访客登记' + the 市一院 cell. sec01 profiles are all named '乙方'; the HTML 保安员（门岗） card is not a profile."),
 ("sec-duty-02",0): ("wrong", A, "false refusal '没有写明岗位职责'; sec01 (乙方（岗位）：巡逻队员) lists 5 duties (巡更打卡, 消防通道, 配电房…)."),
 ("sec-duty-03",0): ("wrong", A, "false refusal; sec01 (乙方（岗位）：消控室值班员) lists 5 duties (24小时值班, 火灾报警控制器, 119, 值班记录表)."),
 ("sec-duty-04",0): ("partial", A, "only the 市一院 cell '带班查岗、协调医患纠纷'; sec01 班长 duties (查岗≥3次, 班前会, 投诉, 交接班, 考核评分) missed."),
 ("sec-duty-05",0): ("wrong", A, "false refusal; sec01 押运员 5 duties and the HTML 押运员 card (lost too) both state them."),
 ("sec-duty-06",0): ("ok", "", "all 5 duties from PDF 2.3."),
 ("sec-duty-07",0): ("ok", "", "all 5 HTML duties."),
 ("sec-duty-08",0): ("wrong", S, "asked what 中控员 does when a fire breaks out; sec10 '▲中控员：…启动消防联动设备和应急广播，拨打119' and PDF 四步法; got the generic xlsx cell '消防控制室及监控中心值守'."),
 ("sec-duty-09",0): ("wrong", S, "asked 押运员 handling of a robbery; sec10 '▲押运员：保护款箱，按下车载报警按钮…固守车厢'; got the CSV row as 任职要求 (适用项目：押运中心, 保安员证)."),
 ("sec-qual-01",0): ("wrong", M, "HTML 保安员（门岗） card: 18-45周岁, 170cm, 无犯罪记录; card not parsed, answer is the CSV row read as requirements ('适用项目：华景商业广场/…' listed as a requirement)."),
 ("sec-qual-02",0): ("wrong", M, "HTML 押运员 card (22-40周岁, 退伍军人, 政审) not parsed; got CSV '适用项目：押运中心 / 保安员证'."),
 ("sec-qual-03",0): ("partial", M, "the 5 调度 requirements are right, but items 6-10 are the 安检员 card's (高中, 经验不限, 18-35周岁 女性安检员, 安检员证书): the next <article> was merged into this post."),
 ("sec-qual-04",0): ("wrong", P, "PDF '2.4 保安培训教官的任职要求' (退伍军人或警校, 高中, 高级保安员证, 2年以上) ignored; answer is the CSV row (适用项目：培训部, 保安员证(高级))."),
 ("sec-qual-05",0): ("partial", P, "gives 安检员职业资格证书 (CSV) and 女性安检员 (xlsx) but not 高中及以上 / 识别违禁品X光图像 of PDF 4.2 (profile named '安检员作业规范') nor the HTML card (merged into 客服调度员); CSV 适用项目 shown as a requirement."),
 ("sec-qual-06",0): ("wrong", G, "sec02 2.4 技师：取得高级证书后满4年＋带教经历; got '没有保安员技师资料' and the 门岗保安员 CSV row."),
 ("sec-qual-07",0): ("ok", "", "HTML requirements complete (CSV 适用项目 extra)."),
 ("sec-attr-01",0): ("ok", "", "项目经理 via CSV code XM01."),
 ("sec-attr-02",0): ("ok", "", "调度室主任 from PDF 1.3."),
 ("sec-attr-03",0): ("ok", "", "本科及以上."),
 ("sec-attr-04",0): ("ok", "", "6000-7500."),
 ("sec-attr-05",0): ("ok", "", "消防设施操作员（中级）."),
 ("sec-attr-06",0): ("wrong", "missed field (location)", "false refusal '没有写明工作地点'; HTML itemprop=jobLocation '江州市运营中心调度室' and CSV 适用项目 '运营中心调度室'."),
 ("sec-attr-07",0): ("ok", "", "5年以上…其中3年以上."),
 ("sec-attr-08",0): ("wrong", M, "HTML 押运员 card jobBenefits '五险一金、押运津贴每月800元' lost with the card; answer gives the CSV 班次代码 'Y1;Y2' as benefits."),
 ("sec-attr-09",0): ("wrong", AL, "CSV XM01 项目经理 7000-9000, 备注 '又称驻点队长'; refused '谈到了驻点队长但没有薪资'."),
 ("sec-kpi-01",0): ("wrong", QP, "sec04 '迟到一次扣2分；…旷工一天扣10分'; refused, reading 旷工 as a post ('只提到了「旷工」这个岗位')."),
 ("sec-kpi-02",0): ("ok", "", "all 5 班长 indicators with weights."),
 ("sec-kpi-03",0): ("ok", "", "30%, ≥90分."),
 ("sec-kpi-04",0): ("wrong", W, "sheet 奖惩阶梯 '60—74分 | 待改进 | 扣发绩效工资200元，安排脱岗复训'; got the 项目经理 KPI table."),
 ("sec-kpi-05",0): ("ok", "", "一票否决 line shown (with 4 unrelated rows before it)."),
 ("sec-kd-01",0): ("ok", "", "5 indicators of the 项目经理 table, original weights."),
 ("sec-kd-02",0): ("wrong", "KPI table of post group not applied", "sec04 一线队员考核细则 (适用范围：门岗、巡逻岗…) has 考勤纪律/仪容仪表/岗位履职/客户评价 with 扣分细则; tool derived generic indicators (费用预算达成率, '出入口秩序维护急诊按时完成率')."),
 ("sec-kd-03",0): ("ok", "", "4 indicators of the 区域经理 table, weights rescaled."),
 ("sec-jd-01",0): ("wrong", A, "押运员 duties (sec01, HTML card) unreachable; JD borrows '相近岗位 ▲押运中心主管' lines incl. the 演练 paragraph and the 附则 line '本预案由运营中心负责解释' as duties."),
 ("sec-jd-02",0): ("wrong", A, "duties only the xlsx '值守' cells; sec01 消控室值班员 duties (24小时, 火灾报警控制器, 119, 值班记录表) and PDF 3.1 missing."),
 ("sec-jd-03",0): ("partial", M, "调度 duties/quals right, but 安检员 duties (人身检查, X光) and quals (安检员证书, 女性安检员) mixed in from the next card."),
 ("sec-fu-01",0): ("partial", A, "only xlsx summaries (病区楼层巡逻 / 商场公共区域及地下车库巡逻); sec01 巡逻队员 duties missing."),
 ("sec-fu-01",1): ("wrong", V, "kept 巡逻岗 but refused '没有写明直属上级'; CSV 巡逻队员 → BZ01 班长, PDF '驻点队员向当班班长汇报' (巡逻岗/巡逻队员 not one post)."),
 ("sec-fu-01",2): ("ok", "", "漏打一个巡更点扣1分."),
 ("sec-fu-02",0): ("partial", P, "only xlsx '入口人身及随身物品安检'; PDF 4.1 four duties (X光, 违禁品) under '安检员作业规范' and the HTML card (merged) missed."),
 ("sec-fu-02",1): ("wrong", C, "its list had 1 item, so '没有第3条'; document's third duty is 违禁品登记."),
 ("sec-fu-02",2): ("partial", A, "switched to 中控员 correctly, but only xlsx '消防控制室值守' cells; sec01 duties missing."),
 ("sec-fu-03",0): ("ok", "", "4500-5500 from both sources."),
 ("sec-fu-03",1): ("ok", "", "大专及以上."),
 ("sec-fu-03",2): ("partial", "comparison not made", "gives only 押运员 6000-7500; no comparison with 4500-5500 nor which is higher."),
 ("sec-fu-04",0): ("ok", "", "5 区域经理 indicators."),
 ("sec-fu-04",1): ("ok", "", "倒数第二 = 片区员工流失率, 每高1个百分点扣1分."),
 ("sec-fu-04",2): ("ok", "", "项目经理 indicators."),
 ("sec-fu-05",0): ("ok", "", "培训部经理."),
 ("sec-fu-05",1): ("ok", "", "5 duties (prefixed by a needless '没有清单')."),
 ("sec-fu-05",2): ("wrong", S, "sec10 四、应急演练 '保安培训教官负责现场指导和评估'; got the generic duty list again."),
 ("sec-fu-06",0): ("wrong", QP, "sec02 2.2 中级：初级后满2年 或 80学时; refused: '没有「评中级保安员」这个岗位'."),
 ("sec-fu-06",1): ("wrong", G, "sec02 2.3 高级：中级后满3年＋高中; got a dump of CSV/xlsx/PDF lines mentioning 高级 and the 技师 line, not 2.3."),
 ("sec-fu-06",2): ("wrong", G, "sec02 section 4 table: 高级 等级津贴 300元/月; refused."),
 ("sec-fu-07",0): ("wrong", S, "sec10 火灾 '▲巡逻队员：携带灭火器…扑救初起火灾，关闭防火门'; refused '没有写明岗位职责'."),
 ("sec-fu-07",1): ("wrong", S, "kept 门岗 but gave generic xlsx duties; sec10 '▲门岗队员：打开消防通道道闸…引导消防车进场'."),
 ("sec-fu-07",2): ("wrong", S, "same generic 门岗 answer; sec10 治安案件 '▲门岗队员：封控出入口…拦截盘查'."),
 ("sec-fu-08",0): ("partial", M, "PDF 5.1 four duties right, but 安检员 duties (人身检查, X光, 违禁品) listed as 调度 duties from the merged card."),
 ("sec-fu-08",1): ("ok", "", "第2条 派单 with related lines."),
 ("sec-fu-08",2): ("ok", "", "callout '先报110，再通知支援车组' (sec10 line not used, fine)."),
 ("sec-fu-09",0): ("wrong", "intent misread (上岗要求)", "'上岗有什么要求' routed to purpose/duties; 市一院 上岗要求 cell '熟悉医院科室分布；具备医患纠纷劝导能力' not given (duties cells shown)."),
 ("sec-fu-09",1): ("wrong", "intent misread (上岗要求)", "same routing for 中控员: duties cells instead of '持消防设施操作员（中级）证书；熟悉医院消防联动系统'."),
 ("sec-fu-09",2): ("wrong", V, "went back to 门岗 correctly but refused '没有写明薪资'; CSV 门岗保安员 4200-5000 and HTML 保安员（门岗） 4200-5000元/月."),
 ("sec-fu-10",0): ("wrong", W, "GBK sec08 第六条 (检查火灾报警控制器、联动控制器, 核对故障及屏蔽点位, 值班记录表签字); got the KPI row '交接班 10%'."),
 ("sec-fu-10",1): ("wrong", C, "followed its own KPI reading: refused '门岗没有考核指标'; sec08 第五条 门岗交接 (清点访客证)."),
 ("sec-fu-10",2): ("wrong", C, "refused '驻点队员 已经列出全部'; sec08 第七条 押运交接, 第八条 班长交接."),
 ("sec-fu-11",0): ("ok", "", "中级保安员, 1年以上带班经验 (CSV 适用项目 listed as a requirement)."),
 ("sec-fu-11",1): ("ok", "", "班长 indicators."),
 ("sec-fu-11",2): ("ok", "", "its displayed list (grouped by dimension) has 交接班规范率 second, and it answered that (100%); the set's key points assumed the document order (查岗次数) — counted ok."),
 ("sec-fu-12",0): ("wrong", AL, "驻点队长 = 项目经理 (CSV 备注, sec10 '项目经理（驻点队长）'); got the 驻点队员 table ('驻点队' as a post)."),
 ("sec-fu-12",1): ("partial", "noisy answer", "the 安全事故发生数 row (扣10分/重大事故0分) is there, but led by 责任书 boilerplate and the 适用范围 line."),
 ("sec-fu-12",2): ("ok", "", "refused (年终奖 not stated)."),
 ("sec-oos-01",0): ("ok", "", "refused."),
 ("sec-oos-02",0): ("partial", OOS, "押运中心主管 is only named; says no 任职要求 but shows the emergency line under the post name '▲押运中心主管'."),
 ("sec-oos-03",0): ("partial", OOS, "says no 调度室主任 资料, then shows 客服调度员 学历 大专及以上 '仅供参考' — misleading."),
 ("sec-oos-04",0): ("wrong", OOS, "no document says whether a car is provided; listed 区域经理 duties without saying so."),
 ("sec-oos-05",0): ("wrong", OOS, "labour-law question answered with the 门岗保安员 CSV requirements."),
 ("sec-oos-06",0): ("ok", "", "refused."),
 ("sec-oos-07",0): ("wrong", OOS, "exam content not stated; answered with the 门岗保安员 CSV requirements."),
 ("sec-oos-08",0): ("ok", "", "refused (named only)."),
}
ev = json.load(open(HERE / "eval" / "eval.json"))["report"]["systems"]["gangwei"]["questions"]
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
seen = set()
for q in ev:
    k = (q["item_id"], q["turn"])
    v, c, n = J[k]
    seen.add(k)
    rows.append(f"{k[0]}\t{k[1]}\t{v}\t{c}\t{n}")
assert seen == set(J), set(J) ^ seen
(HERE / "judgments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
vc = Counter(v for v, c, n in J.values())
print("verdicts", vc, "total", len(J))
cc = Counter(c for v, c, n in J.values() if v != "ok")
for c, n in cc.most_common():
    print(n, c)
intent = {}
for q in ev:
    intent[(q["item_id"], q["turn"])] = q["intent"] if q["turn"] == 0 else "later turn (" + q["intent"] + ")"
per = defaultdict(Counter)
for k, (v, c, n) in J.items():
    it = intent[k]
    key = "followup (first)" if it == "followup" else ("followup (later)" if it.startswith("later") else it)
    per[key][v] += 1
for k, c in per.items():
    t = sum(c.values())
    print(f"{k}: ok {c['ok']}/{t} partial {c['partial']} wrong {c['wrong']}")
