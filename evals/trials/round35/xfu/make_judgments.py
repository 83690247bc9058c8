"""Writes judgments.tsv from hand verdicts (default ok) and prints pass shares per later-turn form."""
import json, collections
idx = json.load(open('/tmp/t35xfu/batch_idx.json'))
J = {  # (id, turn): (verdict, class, note)
('r35x-fu-03',1):('wrong','post not resolved from description','cx02 describes 车辆调度员 (人员车辆的调配/车辆值班安排/司机考核); gangwei read the description as the post 司机 (only named) and refused'),
('r35x-fu-03',2):('wrong','lost context (first turn unresolved)','cx02: 直接上级 车辆租赁中心主任; gangwei kept 司机 and refused'),
('r35x-fu-03',3):('wrong','lost context (first turn unresolved)','cx02 业绩标准 2.客户满意率达90%以上; refused (司机 has no KPI)'),
('r35x-fu-03',4):('wrong','lost context (first turn unresolved)','cx02 业绩标准 4.突发事件处理及时率达100%; refused'),
('r35x-fu-04',4):('wrong','tool request refused','"帮我把这个岗位的JD写出来" after three 车辆调度员 turns: cx02 has duties+qualifications; gangwei classified it as method and refused instead of drafting the JD (the same request naming 机修工 in fu-12 was routed to the JD tool)'),
('r35x-fu-06',3):('wrong','answered OOS (named-only post)','cx03 3.1 only names 培训助理, no duties -> should refuse; gangwei read it as an ordinal and answered 培训部经理 item 1 "责培训部的日常管理工作"'),
('r35x-fu-06',4):('partial','ordinal not resolved (whole list)','"回到部门职能，第六条": cx03 2.6 师资库; gangwei printed all nine 部门职能 (2.6 visible) instead of item 6'),
('r35x-fu-09',1):('wrong','wrong section','cx14 KPIs are 企业内控制度的调整/财务分析报告/利润中心的操作维护/月底结帐处理 (lines 3-7); gangwei answered only the 软指标评分表 criteria (格式/数据的准确性/...)'),
('r35x-fu-09',2):('wrong','wrong section (ordinal misread)','财务分析报告 is scored by the 评分表 (格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%); gangwei answered "第 4 条 报告提交的及时性" plus the KPI row'),
('r35x-fu-09',3):('partial','not focused','cx14 line 5: 一次-5分二次–20分...; gangwei dumped all 4 KPI rows, the right one included'),
('r35x-fu-09',4):('wrong','false refusal','最后一项 月底结帐处理 weight 25% (cx14 line 6); gangwei refused'),
('r35x-fu-14',2):('wrong','switched company (same title)','cx06 百腾 posting has an empty 薪资 -> should refuse; gangwei answered Moka 前端开发工程师 pay 15k-40k*15'),
('r35x-fu-14',3):('wrong','switched company (same title)','百腾 加分项: NodeJS, 快速学习 (lines 119-121); gangwei answered Moka skills (js/ts, React...)'),
('r35x-fu-14',4):('wrong','switched company (same title)','百腾 location 杭州 (line 109); gangwei answered Moka 北京/成都 (context stuck on Moka after turn 2)'),
('r35x-fu-17',2):('partial','extra post mixed in','Moka PM 加分项 (line 26) given, plus 百腾 front-end 加分项 (NodeJS) from another posting'),
('r35x-fu-19',3):('partial','comparison one-sided','asked 焊工 vs 铆工 experience: 焊工 states none (only CO2 经验优先), 铆工 3年以上; gangwei showed only 铆工, no comparison'),
('r35x-fu-23',3):('wrong','answered OOS (other company)','cx01 (袜业) only names 出纳 as a subordinate, no duties -> should refuse; gangwei gave the training-school 出纳 duties of cx08 without saying so'),
('r35x-fu-24',3):('partial','not focused','绩效、薪资管理完成率 15% (cx09 line 14); gangwei printed 5 raw table rows incl. the right one'),
('r35x-fu-24',4):('partial','not focused','only 工作流程改善目标完成率 has 0%; gangwei re-printed the whole 16-row list (0% visible, not singled out)'),
('r35x-fu-24',5):('partial','contradictory note','formula 实际完成数量/计划完成数量*100% given under 目标/标准 but answer also says 资料中没有写明它的计算公式'),
('r35x-fu-26',4):('partial','ordinal not resolved (whole list)','"退房那条": cx11 item 2 退房结算与账务处理; gangwei printed all 5 duties'),
('r35x-fu-27',2):('wrong','lost intent (repeated previous attribute)','cx12 lines 39-47 (归档/大事记/固定资产/年会...); gangwei repeated 直属上级：行政经理'),
('r35x-fu-27',4):('wrong','false refusal (wrong attribute)','cx12 line 38: 65 % for 主要负责的行政管理工作; gangwei mapped the question to 年龄 and refused'),
('r35x-fu-28',4):('wrong','false refusal','cx13 line 6: 熟练掌握中英文听、说、读、写技能; gangwei refused'),
}
rows = []
for iid, t in idx:
    v = J.get((iid, t), ('ok', '', ''))
    rows.append((iid, t) + v)
with open('judgments.tsv', 'w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
forms = json.load(open('forms.json'))
by = collections.defaultdict(lambda: collections.Counter())
for iid, t, v, c, n in rows:
    if t == 1: by['first turn' if iid.startswith('r35x-fu') else 'single'][v] += 1; continue
    for f in forms[f"{iid}#{t}"].split('+'): by[f][v] += 1
    by['ALL later'][v] += 1
for k, c in sorted(by.items(), key=lambda x: -sum(x[1].values())):
    n = sum(c.values()); print(f"| {k} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/n:.0f}% | {100*(c['ok']+c['partial'])/n:.0f}% |")
cls = collections.Counter(c for *_, v, c, n in rows if v != 'ok')
print(cls.most_common())
