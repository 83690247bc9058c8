import json, collections
idx = json.load(open("batch_idx.json"))
U = "unfocused: whole list instead of the asked item"
J = {  # (id suffix, turn) -> (verdict, class, note)
 ("fu-03", 0): ("partial", "spurious caveat (role parse)", "doc: 3.1.1 培训部经理职责 a)-h); got the right 8 duties but prefixed '知识库中没有「我刚升培训部经理」的专门资料…仅供参考' — the words 我刚升 were parsed into the post name"),
 ("fu-04", 3): ("wrong", "lost context -> false refusal", "after two KPI turns, '审计部那张表上有啥' was read as a duty question and refused ('没有写明岗位职责'); cx04 sheet 2 section 20.3 lists 6 审计部 KPIs (审计计划执行率 … 审计报告归档率)"),
 ("fu-10", 1): ("ok", "", "answer printed the same 5 requirements twice (section block + profile block)"),
 ("fu-10", 3): ("partial", "compare summary wrong", "doc: 美团 '3年及以上' (l.86), 京东物流 '3-5年及以上' (l.99); got '「前端研发工程师」要求3年以上，两者的工作经验要求相同' — the 3-5年 range was flattened to 3年以上; both source lines listed below"),
 ("fu-11", 0): ("partial", "noise in answer", "doc l.35 '2-5 年实际 Golang 项目开发经验'; got that as item 1 but also 3 lines that are not years of experience (数据库, Linux, terraform) presented as '关于工作经验的说明'"),
 ("fu-11", 1): ("partial", "ingestion: CSV 来源 column read as list item", "doc l.44-49 加分项 4 items; got them plus a 5th item 'https://github.com/ruanyf/weekly/issues/2234#issuecomment-…' (the 来源 column of the CSV row), and the whole requirement list appended"),
 ("fu-12", 1): ("partial", "ingestion: CSV 来源 column read as list item", "doc l.25-26 one 加分项 (绩效 … KPI、OKR …); got it plus the source URL as a 2nd 加分项, then the full requirement list again"),
 ("fu-13", 1): ("wrong", "false refusal (typo)", "'需要什么学力' (学力 for 学历); doc l.111 '大专及以上学历'; got intent=method and '资料没有写明这一点'"),
 ("fu-14", 3): ("partial", "compare summary wrong", "doc l.143 铆工 '从事铆工3年以上…有一年以上钢结构制造方面的铆工工作经验'; 焊工 l.130-133 states no years; got '「铆工」要求1年以上' (picked the 1-year clause, not 3年以上); conclusion 铆工 higher is right"),
 ("fu-17", 3): ("wrong", "lost context -> false refusal", "'这个储备岗进去做什么' right after asking about 电气技术储备; doc l.257-265 lists 2 工作内容 (协助维修电工…; 钻研…电气原理); got generic refusal, role=None"),
 ("fu-21", 1): ("wrong", "wrong item", "'权重最高的指标呢'; doc l.14 绩效、薪资管理完成率 15% is the highest; got the 0% item (工作流程改善目标完成率) again"),
 ("fu-21", 2): ("wrong", "cascade from previous wrong turn", "'这一项怎么算分' meant 绩效、薪资管理完成率 (doc: 因个人原因造成错误,扣 2 分/次); got the scoring of 工作流程改善目标完成率 (from the wrong previous answer)"),
 ("fu-22", 1): ("partial", U, "'他早上到店先要干啥'; doc l.47-49 (每天早晨 清洁并调整样板 / 更换标签、POP); got all 5 items of version 3 (incl. '其上级为店长' as a duty) plus all 5 items of version 1, no focus on 早晨"),
 ("fu-23", 2): ("ok", "", "'除了这些还有别的福利没' -> '上面已经列出了全部内容，没有更多了' is correct: the first answer already listed all 3 lines (l.14-16); the evaluator counts this as a false refusal"),
 ("fu-23", 3): ("partial", U, "'退房结算那块具体做什么'; doc l.4 (迷你吧, 收银系统, 电子支付); got all 5 duties, the asked item not singled out"),
 ("fu-25", 2): ("partial", U, "'65%时间花在哪些工作上'; doc l.38-47 the 65 % block (主要负责的行政管理工作, 7 tasks); got the whole list from the 15 % block on, cut at 15 of 17, no time-share shown"),
 ("fu-26", 0): ("partial", "list cut", "doc l.26 工作概述 协助行政经理安排、落实行政服务支持工作 + 3 blocks (l.32-54); got 15 of 17 lines ('问「还有吗」看其余'): 做好办公室人员考勤 and 协助上级做好外联及接待 missing; block titles listed as duties; 工作概述 not given"),
 ("fu-26", 1): ("wrong", "ordinal -> wrong unit (item vs section)", "'第三大块职责具体包括啥'; doc l.48-54 third block 部门内部建设以及对外关系协调 (队伍建设, 目标分解, 考勤, 外联及接待); got the same cut 15-line list again"),
 ("fu-26", 3): ("partial", U, "'回到第一块，制度方面要做什么'; doc l.32-37 (4 lines); got the whole cut list, the first 4 lines happen to be the first block"),
 ("fu-27", 3): ("wrong", "ordinal -> wrong unit (item vs section)", "'第二部分具体讲讲' after a list shown under two headings 1人力资源招聘 / 2转正考核与异动管理; expected section 2 (l.15-20); got item 2 (1.2 组织实施招募活动)"),
 ("fu-28", 0): ("wrong", "wrong section", "doc l.2-7 KPI table: 企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%; got '没有「财务分析会计」的岗位说明' and only the 4 scoring criteria of the 软指标评分表 (l.13-16)"),
 ("fu-28", 1): ("wrong", "wrong item", "'财务分析报告这项怎么打分'; doc: 计算方法 见附表 -> 附表 格式10%/数据的准确性30%/数据的有效性30%/报告提交的及时性30% (l.12-16); got '关于第 4 条「报告提交的及时性 30%」' and line 4 only"),
 ("fu-29", 2): ("partial", U, "'基本素养要求列了几条'; doc l.7-10: 3 items; got all 8 lines of the file under 3 headings, no count"),
 ("fu-30", 3): ("partial", "refusal with mislabelled filler", "OOS (深圳社保比例) refused ('资料中没有写明社保缴费比例') but then '写明的福利如下' quoting a qualification line (熟悉…社保公积金政策, l.17) as a benefit"),
 ("jd-04", 0): ("ok", "", "JD with cited duties, 学历/专业/经验/技能, KPIs; 证书 shown as 【待补充】 though the doc says 职业资格 无; KPI section omits 内部员工满意度达80%以上"),
 ("kpi_design-05", 0): ("ok", "", "5 indicators straight from cx04 with formulas, weights sum 100; takes the first 5 rows in table order (no 招聘/编制 indicator) and notes the 4 left out"),
 ("out_of_scope-06", 0): ("ok", "", "refused; the refusal names the post as '招个仓储主管' (verb parsed into the name)"),
 ("fu-08", 3): ("ok", "", "whole 4-line requirement list; line 4 answers (Oracle、MySQL)"),
 ("fu-02", 2): ("ok", "", "gave the table's 财务会计、出纳; the org chart's 成本会计 not mentioned (document inconsistency)"),
}
rows = []
for iid, t in idx:
    key = next((k for k in J if iid.endswith(k[0]) and k[1] == t), None)
    v, c, n = J[key] if key else ("ok", "", "")
    rows.append((iid, t, v, c, n))
used = {k for k in J}
with open("judgments.tsv", "w", encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows:
        f.write("\t".join(map(str, r)) + "\n")
# stats
forms = json.load(open("forms.json"))
items = {json.loads(l)["id"]: json.loads(l) for l in open("set.jsonl")}
first = [r for r in rows if r[1] == 0]; later = [r for r in rows if r[1] > 0]
def share(rs):
    c = collections.Counter(r[2] for r in rs); n = len(rs)
    return f"{n} | {c['ok']} ({100*c['ok']/n:.0f}%) | {c['partial']} | {c['wrong']}"
print("first turns:", share(first)); print("later turns:", share(later)); print("all:", share(rows))
fr = collections.defaultdict(list)
for r in later:
    for f_ in forms[f"{r[0]}/turn{r[1]}"]["forms"]:
        fr[f_].append(r)
print("\n| form | turns | ok | partial | wrong | ok share | ok+partial |\n|---|---|---|---|---|---|---|")
for f_, rs in sorted(fr.items(), key=lambda x: -len(x[1])):
    c = collections.Counter(r[2] for r in rs); n = len(rs)
    print(f"| {f_} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/n:.0f}% | {100*(c['ok']+c['partial'])/n:.0f}% |")
# per turn intent (later) and item intent (first)
ti = collections.defaultdict(list)
for r in rows:
    it = items[r[0]]
    k = ("first:" + it["intent"]) if r[1] == 0 else ("later:" + it["turns"][r[1]-1]["intent"])
    ti[k].append(r)
print("\n| intent | n | ok | partial | wrong | ok share |\n|---|---|---|---|---|---|")
for k, rs in sorted(ti.items()):
    c = collections.Counter(r[2] for r in rs); n = len(rs)
    print(f"| {k} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/n:.0f}% |")
cl = collections.Counter(r[3] for r in rows if r[3])
print("\nclasses:", cl.most_common(), sum(cl.values()))
