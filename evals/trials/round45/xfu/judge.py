"""Writes judgments.tsv (hand verdicts from reading replay.jsonl) and per-form shares for later turns."""
import json, collections
items = [json.loads(l) for l in open("set.jsonl")]
forms = json.load(open("forms.json"))
# (id, turn) -> (verdict, class, note); every other turn was read and judged ok
J = {
 ("r45xfu-fu-11", 0): ("wrong", "false refusal", "cx06 line 27 gives 杭州云霁科技 / Golang 后端 / 20-40k+; gangwei refused: 知识库中没有「云霁科技go后端」这个岗位 (company name + 'Go后端' short title not resolved)"),
 ("r45xfu-fu-20", 3): ("wrong", "false refusal", "cx08 duties 5/9/7: 学校发票、收据业务办理; 学校人员费用报销办理; 退费结算. Turn has no role word; gangwei dropped the 出纳 context and gave the generic refusal"),
 ("r45xfu-fu-22", 0): ("wrong", "title variant not resolved", "cx09 lines 19-22: 学习成长革新类 has 4 indicators (保有率, 部门培训目标完成率, 员工测评, 人力计划完成率); asked with swapped title 行政人事经理, gangwei said no specific material and showed only the 部门员工保有率 row"),
 ("r45xfu-fu-27", 0): ("wrong", "missed field", "cx12 lines 32/38/48 give 时间分配 15% / 65% / 15%; gangwei listed the duties and no percentage at all"),
 ("r45xfu-fu-26", 3): ("wrong", "answered OOS", "cx12: every 业绩衡量标准 cell is 略 (使用说明 says omitted). gangwei quoted the 使用说明 (good) but also listed 车辆调度员's 业绩标准 from cx02 as if relevant (wrong post), no refusal"),
 ("r45xfu-fu-27", 2): ("partial", "list cut", "cx12 lines 49-54: 部门内部建设 block = 队伍建设/技能培训, 目标分解, 考勤与假期, 外联及接待; gangwei gave only the heading and 技能培训 (2 of 5 lines)"),
 ("r45xfu-fu-29", 2): ("partial", "list cut", "cx14 lines 12-17: 4 scoring items 格式10%/准确性30%/有效性30%/及时性30%; gangwei showed only 格式 and 数据的准确性, plus unrelated rows (企业内控制度的调整, cx04 财务分析准确度). The previous turn had shown all four"),
 ("r45xfu-fu-04", 3): ("partial", "unrelated rows", "cx04 招聘管理 = 招聘空缺职位所需的平均天数, 人员编制控制率; gangwei listed them as raw table rows mixed with 招聘费用预算达成率 (费用和成本控制) and two 绩效管理 rows"),
 ("r45xfu-fu-12", 3): ("partial", "comparison not resolved", "only 京东物流 (cx06 line 105) asks for 小程序; gangwei printed both full requirement lists (15 items) without saying which one"),
 ("r45xfu-jd-02", 0): ("partial", "JD field misfiled", "cx07 line 150 states 物流及供应链管理相关专业 and 3年以上采购主管相关工作经验; the JD puts the whole line under 学历 and marks 专业 and 经验 as 【待补充】"),
}
NOTES = {
 ("r45xfu-fu-05", 1): "evaluator counts it wrong: gold assumed document order (4th = 审计结果准确性); gangwei's own list regrouped by inferred dimension shows 审计报告归档率 4th and it answered that, consistent with what the user saw",
 ("r45xfu-fu-03", 0): "cosmetic: notice 'no material for 「手册里培训部经理」' before a correct answer",
 ("r45xfu-fu-26", 2): "cosmetic: notice '没有找到「行政管理」'; list shows 15 of 17 items, all key items present",
 ("r45xfu-fu-08", 2): "refusal correct but says the material only states 岗位名称",
 ("r45xfu-fu-16", 3): "typo 电公 resolved with a did-you-mean notice",
 ("r45xfu-fu-17", 0): "typo 部张 resolved with a did-you-mean notice",
 ("r45xfu-fu-20", 0): "field labels lost in the list (性别 row printed as '不限(女姓佳)', 从业年限 as '2年以上')",
 ("r45xfu-fu-29", 0): "4 indicators as raw tab rows, plus one cx04 财务部 indicator under its own heading",
}
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
per_form = collections.defaultdict(collections.Counter)
tot = collections.Counter()
for it in items:
    n = 1 + len(it["turns"] or [])
    for t in range(n):
        v, c, note = J.get((it["id"], t), ("ok", "", NOTES.get((it["id"], t), "")))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        tot[("first" if t == 0 else "later", v)] += 1
        if t > 0:
            per_form[forms[it["id"]][t - 1]][v] += 1
open("judgments.tsv", "w").write("\n".join(rows) + "\n")
print(tot)
print("| form | later turns | ok | partial | wrong | pass (ok) |")
print("|---|---|---|---|---|---|")
for f, c in sorted(per_form.items(), key=lambda x: -sum(x[1].values())):
    n = sum(c.values())
    print(f"| {f} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/n:.0f}% |")
