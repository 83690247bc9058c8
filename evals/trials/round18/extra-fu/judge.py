#!/usr/bin/env python3
"""Hand verdicts on every later turn (judged against the documents) -> judgments.tsv, with counts per
form (a combined form such as pronoun+two-in-one counts under each part) and per cause.
Turns not listed in WRONG/PARTIAL were judged right; DEFECT lists flaws in answers judged right."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
WRONG = {  # key: (cause, note)
 "r18x-fu-01#2": ("not-understood", "age question (对年纪有限制没) -> generic refusal; standalone ask with the post gives duties; expected 35-45岁, 可适当放宽"),
 "r18x-fu-01#3": ("not-understood", "org-chart subordinates -> generic refusal; standalone gives duties; expected 成本会计、出纳 (chart) / 财务会计、出纳 (table)"),
 "r18x-fu-02#3": ("ordinal-wrong-list", "'最后那条' -> last item of the previous (noisy) answer, a cx04 HR row; expected 7、无发生财务管理重大责任事故"),
 "r18x-fu-02#4": ("ordinal-wrong-list", "role switch + 第二条 -> item 2 of the previous cx01 answer (货款回收); expected 车辆调度员 客户满意率达90%以上"),
 "r18x-fu-04#3": ("compare-half", "'两个岗哪个要求高' -> '没有「两个岗」这个岗位'; expected 4年以上 vs 八年/五年同职"),
 "r18x-fu-06#2": ("not-understood", "'它属于哪个考核目标' -> full HR KPI list, 考核目标 never named; expected 招聘管理"),
 "r18x-fu-07#2": ("lost-context", "'部门费用那个以谁的表为准' -> '人力资源部 没有写明岗位职责'; standalone ask answers (财务部下发的费用预算表)"),
 "r18x-fu-08#1": ("lost-context", "'证据充分性那条按什么算' -> '审计部 没有写明职业资格'; standalone ask answers (审计证据不足…被推翻的次数)"),
 "r18x-fu-08#2": ("oos-answered", "formula cell empty; answer lists the rows without saying no formula is given"),
 "r18x-fu-08#4": ("correction-ignored", "'不是资金，我说的是财务部的资料完好性' -> cx01 财务部经理 duties + cx14 评分表 line; expected 财务资料损坏、丢失、泄露的次数"),
 "r18x-fu-11#1": ("lost-context", "'ts不会行不行' -> generic refusal; standalone ask with the post answers (不会没关系，类型体操教练)"),
 "r18x-fu-13#1": ("not-understood", "'学校有讲究吗' -> 'DBA 没有写明这一点'; expected 正规院校本科及以上 (学校 not read as 院校/education)"),
 "r18x-fu-13#3": ("compare-half", "pay comparison -> both posts' duties, no pay; expected both 15K-45K"),
 "r18x-fu-14#1": ("parse-loss", "京东 posting cut after item 6 in the skills profile; 小程序 item 7 never shown (same standalone); expected 微信/百度/支付宝小程序"),
 "r18x-fu-14#2": ("lost-context", "'图表用啥工具' -> generic refusal, though ECharts was in the previous answer; standalone gives the duty line"),
 "r18x-fu-14#4": ("not-understood", "'他们部门是做啥的' -> 美团 duties; expected 部门介绍 CRM 平台、数仓基础工具、站外广告"),
 "r18x-fu-15#2": ("ordinal-wrong-list", "'第四条说的管理风格' -> '上一个回答只有 1 条'; content word 管理风格 ignored; expected 一线走动式管理 (borderline item: item 4 was never shown in the conversation)"),
 "r18x-fu-15#3": ("oos-answered", "duties of 生产技术部长 not given; answer resolves '部长' and lists the 任职资格 as if they answered"),
 "r18x-fu-19#3": ("parse-loss", "舞弊 paragraph wrapped over 3 pdf lines; only the first line (…追回) returned; expected 罚款、解除劳动合同、通报、司法机关"),
 "r18x-fu-21#2": ("ordinal-wrong-list", "'绩效薪资那个权重多少' -> '关于第 1 条「人事行政成本控制」' (previous answer's only item); expected 15%"),
 "r18x-fu-22#1": ("not-understood", "'这类总共占多少' -> '没有写明这一点' though the previous answer printed 学习成长革新类（20%）; standalone also refused"),
 "r18x-fu-23#2": ("lost-context", "'专卖店那版里早上要干啥' -> generic refusal; standalone with 导购 answers (样板, POP招贴)"),
 "r18x-fu-24#3": ("not-understood", "'前台有员工餐吗' -> duties (also standalone); expected 提供免费食宿"),
 "r18x-fu-25#4": ("oos-answered", "night-shift allowance not stated; answer lists the 福利 lines without saying it is not stated"),
 "r18x-fu-26#1": ("not-understood", "'这块时间占比多少' -> mixed snippets (incl. 酒店前台 shift hours), no 15%"),
 "r18x-fu-27#2": ("not-understood", "'转正考核那块干啥' read as a KPI request -> '没有写明考核指标'; standalone without '一级那份标准里' answers"),
 "r18x-fu-29#2": ("ordinal-wrong-list", "'基本素养第三点' -> item 3 of the previous list (学历专业); expected 宽容乐观"),
}
PARTIAL = {
 "r18x-fu-09#3": ("compare-half", "gives 销售经理 本科以上 only; no comparison with 文案 大专以上"),
 "r18x-fu-11#2": ("not-understood", "'在哪base' -> 产品经理 duties; 成都 only inside the title 产品经理-People-成都"),
 "r18x-fu-11#3": ("compare-half", "gives 前端 15k-40k*15 only; 产品经理 pay not given, no comparison"),
 "r18x-fu-16#2": ("compare-half", "gives 焊工 高中及以上 only; 铆工 高中级以上 not given"),
 "r18x-fu-17#1": ("lost-context", "keyword 主管 searched corpus-wide: 生产主管, 行政主管, 出纳 直接主管, 销售员 lines around the right 采购员 line (3年以上采购主管)"),
 "r18x-fu-19#2": ("compare-half", "two-in-one: gives 从业年限 2年以上, not 2年以上出纳工作经验; prefix '没有「做过出纳」的专门资料'"),
 "r18x-fu-26#2": ("compare-half", "two-in-one: 直属上级 行政经理 given, 批准人 总经理 dropped"),
}
DEFECT = {
 "r18x-fu-02#2": "two irrelevant cx04 HR rows appended (they then became the target of '最后那条')",
 "r18x-fu-03#1": "prefix '知识库中没有「调度员」的岗位说明' although 调度员 resolved; block printed twice",
 "r18x-fu-03#2": "same prefix; requirements printed twice (section + profile)",
 "r18x-fu-03#3": "same prefix; line printed twice",
 "r18x-fu-08#3": "raw rows of the whole 资金部 table; definition column unlabeled",
 "r18x-fu-10#4": "prefix '没有「问研发经理」的专门资料' (the verb 问 glued to the title)",
 "r18x-fu-12#2": "posting URL listed as a 加分项",
 "r18x-fu-20#3": "lists are dumped, no comparison stated; 出纳 任职要求 items 10-12 are the 舞弊 penalty paragraph",
 "r18x-fu-21#1": "raw Markdown row with '\\|' separators",
 "r18x-fu-21#3": "5 rows, 4 of them not asked",
 "r18x-fu-22#2": "3 rows, 2 of them not asked (matched on 制度)",
 "r18x-fu-22#3": "5 raw rows; 数据来源 column not singled out",
 "r18x-fu-23#1": "适应轮班制 labelled as 福利",
 "r18x-fu-23#3": "reports_to answered by the duty dump; 店长 line sits in the 'another document' block",
 "r18x-fu-27#3": "numbering lost: '2根据公司相关规定' for 2.2",
}
FIRST = {  # first-turn verdicts that are not right
 "r18x-fu-20": "partial: 所属部门 answered as 总校 (the 部门/分支机构 cell); 所属部门 财务部 missing",
 "r18x-fu-26": "partial: whole 17-item list cut at 15; the asked block's 考勤/外联 items fall in the cut",
 "r18x-fu-30": "wrong: '发工资时出了异常' -> '没有写明薪资' (工资 read as a pay question); expected 银行卡失效/金额错误/补救",
}

ev = json.load(open(HERE / "report/eval.json"))["report"]["systems"]["gangwei"]["questions"]
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))["later_turn_forms"]
rows = []
per_part, per_form, per_cause, per_intent = defaultdict(lambda: [0, 0, 0]), defaultdict(lambda: [0, 0, 0]), Counter(), defaultdict(lambda: [0, 0, 0])
agree = n = 0
for q in ev:
    if q["turn"] == 0:
        continue
    k = q["key"]; form = forms[q["item_id"]][q["turn"] - 1]
    verdict = "wrong" if k in WRONG else "partial" if k in PARTIAL else "right"
    cause, note = (WRONG.get(k) or PARTIAL.get(k) or ("", DEFECT.get(k, "")))
    idx = {"right": 0, "partial": 1, "wrong": 2}[verdict]
    for p in form.split("+"):
        per_part[p][idx] += 1
    per_form[form][idx] += 1
    per_intent[q["intent"]][idx] += 1
    if verdict != "right":
        per_cause[(cause, verdict)] += 1
    n += 1
    agree += (verdict == "right") == bool(q["followup_ok"])
    rows.append("\t".join([k, form, q["intent"], verdict, str(q["followup_ok"]), cause, note, q["question"]]))
(HERE / "judgments.tsv").write_text("key\tform\tintent\thand\teval_ok\tcause\tnote\tquestion\n" + "\n".join(rows) + "\n",
                                    encoding="utf-8")
w, p = len(WRONG), len(PARTIAL)
print(f"later turns {n}: right {n-w-p} ({(n-w-p)/n:.1%}), partial {p}, wrong {w}; "
      f"hand 'right' agrees with eval followup_ok on {agree}/{n}")
print("first turns not right:", FIRST)
print("causes (cause, verdict):", dict(per_cause.most_common()))
tot = Counter()
for (c, v), m in per_cause.items():
    tot[c] += m
print("causes total:", dict(tot.most_common()))
print("per intent right/partial/wrong:", {k: tuple(v) for k, v in per_intent.items()})
print("per form part (wrong+partial)/total:",
      ", ".join(f"{f} {a[1]+a[2]}/{sum(a)}" for f, a in sorted(per_part.items(), key=lambda x: (-(x[1][1]+x[1][2])/sum(x[1]), -sum(x[1])))))
