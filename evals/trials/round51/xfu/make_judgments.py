# Hand judgments of every turn (first turn = 0). Default ok; failures listed with class and note.
import json, csv
J = {
("x51-fu-03",1): ("wrong","false refusal","doc 3.1: 培训部配置 经理1名、培训顾问1名、培训助理1名 (the manager also does 员工工作安排与绩效考核); gangwei said 资料没有写明直接下级 without pointing to 3.1"),
("x51-fu-04",2): ("partial","answered OOS","no KPI exists for 培训部经理 in any document; gangwei routed to the KPI-design tool and produced 4 generic indicators (3 '维度补充', 1 derived) without first saying the KB has none"),
("x51-fu-05",3): ("wrong","wrong section","asked 招聘管理 indicators (招聘空缺职位所需的平均天数, 人员编制控制率, cx04 rows 12-13); gangwei repeated the previous turn's 客户类 answer (员工满意度)"),
("x51-fu-06",0): ("partial","wrong tool","'给我列一下' the 财务部 KPIs: all 6 listed, but routed to KPI design: added a generic 服务对象满意度, invented weights and BSC labels"),
("x51-fu-06",1): ("partial","wrong tool","'换成审计部门呢' after a list request: design table again, all 6 审计部 indicators plus an invented 费用预算达成率 and weights"),
("x51-fu-08",1): ("partial","lost context","previous turn asked 招几个人 AND 要求啥; for 生产主管 gangwei gave only the headcount (2名), not the requirements (本科, 25-45岁, 注塑, 两年以上…)"),
("x51-fu-12",3): ("partial","ingestion: csv source URL as item","加分项 correct (terraform, 开源作品, 自驱, 运维开发) but the CSV 来源 column URL is listed as a 5th 加分项 bullet"),
("x51-fu-13",3): ("partial","comparison incomplete","asked to compare 美团 and 京东物流 前端 duties; gangwei gave only 京东物流's one duty line, 美团 (CRM, 中后台研发方案, lines 79-83) missing, no comparison"),
("x51-fu-14",3): ("partial","ingestion: csv source URL as item","加分项 (绩效业务经验, KPI/OKR…) correct but the 来源 URL is shown as a bullet; also appends the whole 职位要求 list"),
("x51-fu-17",2): ("partial","comparison incomplete","'两个岗位的要求有啥不一样': both requirement lists printed side by side, the difference (机械 vs 电气 专业/故障排除) never stated (fu-08 did state one)"),
("x51-fu-21",3): ("partial","raw chunk, no direct answer","typo 投述: answer is 5 raw markdown table rows (with &lt;br&gt;), the 后勤投诉次数 row '投诉一次扣 1 分/次' is among them but not singled out"),
("x51-fu-24",1): ("partial","more: repeated shown items","'还有吗，其他版本也说说': repeated version 3 (already shown) and omitted version 2 (商超: 货品陈列, 完成销售目标, 介绍公司产品)"),
("x51-fu-25",4): ("wrong","wrong section","'再回到退房那块': doc duty 2 (退房结算: 迷你吧, 收银系统, 票据); gangwei answered qualification item 3 (应变与服务 … 延迟退房)"),
("x51-fu-26",1): ("wrong","false refusal","doc gives 时间分配 15% / 65% / 15%; 65% = 主要负责的行政管理工作 (cx12 lines 38-39); gangwei said 资料没有写明"),
("x51-fu-26",2): ("partial","lost context","'这块' = the 65% block (lines 40-47); after the refusal gangwei listed all duties (15 of 17, headings as items)"),
("x51-fu-26",3): ("partial","answered OOS","业绩衡量标准 cells are all 略; gangwei quoted the 使用说明 paragraph (+ a stray '基本信息:' line) instead of plainly saying the standards are not given"),
("x51-fu-27",1): ("wrong","heading only","'部门内部建设那部分': doc lines 49-54 give 5 tasks (队伍建设/技能培训, 目标分解, 考勤, 外联接待); gangwei returned only the heading line"),
("x51-fu-28",3): ("wrong","answered OOS","面试提问技巧 is not in the corpus; gangwei answered with the 招聘专员 duty list"),
("x51-fu-29",0): ("wrong","wrong section","cx14 KPI table: 企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%; gangwei said there is no profile and gave only the 软指标评分表 (格式 10% …), where the role name occurs"),
("x51-fu-29",1): ("wrong","wrong section","财务分析报告 is scored by 附表: 格式10%/准确性30%/有效性30%/及时性30%; gangwei read it as '第 4 条 报告提交的及时性' and returned the main-table row (见附表)"),
("x51-fu-29",3): ("partial","raw chunk, no direct answer","answer is 60分 (错二次得60分); gangwei dumped the whole 4-row table, the rule is inside the last row"),
}
NOTES = {
("x51-fu-02",0): "ok; list flattens the 4 职责 headings and their tasks into one 11-item list",
("x51-fu-02",3): "ok against gangwei's own numbering (its item 3 = 车辆值班安排); my gold used the document's 3rd 职责 (考勤考核), so the evaluator fails it",
("x51-fu-12",2): "ok: previous turn asked duties, so 换成X呢 carries duty; my gold (experience) was wrong",
("x51-fu-16",1): "ok: says the 8 items are all there is; evaluator counts this as a refusal",
("x51-fu-23",0): "ok; caveat '没有专卖店导购的专门资料' although version 3 is about 专卖店",
("x51-fu-27",0): "ok; whole duty list (15 of 17) rather than the 制度规划 block, block is items 1-4",
("x51-kd-02",0): "ok; 5 of 6 table indicators, omitted one named; only 2 BSC dimensions exist in the source",
}
idx = json.load(open('batch_index.json'))
rows = []
for iid, t in idx:
    if (iid, t) in J: v, c, n = J[(iid, t)]
    else: v, c, n = "ok", "", NOTES.get((iid, t), "")
    rows.append((iid, t, v, c, n))
with open('judgments.tsv', 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, delimiter='\t', lineterminator='\n')
    w.writerow(["id", "turn", "verdict", "failure_class", "note"]); w.writerows(rows)
assert all(k in {(a,b) for a,b in idx} for k in J)
from collections import Counter
print(Counter(r[2] for r in rows), Counter(r[2] for r in rows if r[1] > 0))
# per-form shares for later turns
forms = json.load(open('forms.json'))
fc = {}
for iid, t, v, c, n in rows:
    if t == 0: continue
    for fm in forms[f"{iid}/turn{t}"]:
        base = fm.split(' (')[0] if not fm.startswith('out of scope') else 'out of scope'
        base = {'shortened name': 'shortened title'}.get(base, base)
        fc.setdefault(base, Counter())[v] += 1
out = ["| form | turns | ok | partial | wrong | ok share |", "|---|--:|--:|--:|--:|--:|"]
for fm, c in sorted(fc.items(), key=lambda x: -sum(x[1].values())):
    tot = sum(c.values()); out.append(f"| {fm} | {tot} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/tot:.0f}% |")
open('forms_table.md','w').write("\n".join(out)+"\n"); print("\n".join(out))
cl = Counter(r[3] for r in rows if r[3]); print(cl)
# first vs later
for name, sel in [("first turns (followup)", lambda r: r[1]==0 and 'fu' in r[0]), ("later turns", lambda r: r[1]>0), ("single items", lambda r: 'fu' not in r[0])]:
    c = Counter(r[2] for r in rows if sel(r)); print(name, dict(c))
