"""Writes judgments.tsv (hand judgments; default ok) and per-form shares."""
import json, collections
J = {  # (id, turn): (verdict, class, note)
('x56-fu-04',0):('wrong','missed attribute','Q asks whom the post reports to; doc: 直接上级 车辆租赁中心主任. gangwei classified it as duty and listed the 11 duties, never naming the superior.'),
('x56-fu-05',1):('wrong','false refusal','Doc 3.1: 培训部配置人员4名, 其中培训部经理1名, 培训顾问1名, 培训助理1名. gangwei: "资料没有写明直接下级".'),
('x56-fu-05',3):('wrong','lost context','After an OOS near-miss turn (培训助理), "还是说回经理，他的第4条职责" should give d) 责培训业务经营发展的规划,核心组课程的引入 (the list was shown in turn 0). gangwei refused generically (intent=method, role lost).'),
('x56-fu-06',1):('wrong','lost context','Turn 0 listed all 9 department functions (2.1-2.9); "后面还有没列完的吗" should say the list is complete (or show 2.7-2.9). gangwei switched from the department to the 培训部经理 post and listed its 8 duties.'),
('x56-fu-06',2):('wrong','lost context','"讲讲第六项" meant the department function 2.6 (师资库, 外部讲师管理, 内部讲师培养考核). gangwei took item 6 of the manager list it had wrongly shown in turn 1 (合理安排培训资源); cascade of turn 1.'),
('x56-fu-13',2):('partial','over-inclusive','Golang experience: doc line 35 "2-5 年实际 Golang 项目开发经验". gangwei gave it first, then 3 more lines merely containing 经验 (database, Linux, terraform 加分项).'),
('x56-fu-14',1):('partial','ingestion: CSV source column as item','加分项 = line 26 (人力资源绩效业务经验 …). gangwei gave it, but also listed the CSV 来源 URL "https://github.com/ruanyf/weekly/issues/..." as a 加分项 bullet, then the whole 职位要求 list.'),
('x56-fu-22',3):('partial','no direct answer','"哪一项权重给的是零": doc line 15 工作流程改善目标完成率 0%. gangwei dumped all 16 indicators with weights instead of naming the one; the answer is findable (item 8).'),
('x56-fu-23',3):('wrong','false refusal','"会不会粤语有关系吗" after the 导购 requirements: doc line 39 "粤语优先". gangwei classified it out_of_scope and refused (role dropped).'),
('x56-fu-26',2):('wrong','missed field','"哪块时间占比最大": doc lines 32/38/48 give 15%/65%/15%; the 65% block is 主要负责的行政管理工作. gangwei listed 15 of 17 duties with the block headings flattened in as items and no percentages; the question is not answered.'),
('x56-fu-27',0):('wrong','wrong section','"工作概述怎么写的": doc line 26 "协助行政经理安排、落实行政服务支持工作". gangwei answered with the duty list (15 of 17) instead of the 工作概述 line.'),
('x56-fu-27',1):('wrong','structure lost','"部门内部建设那部分具体干什么": the block (line 49) has sub-items 50-54 (队伍建设, 目标分解, 考勤/假期, 外联及接待). gangwei said 第13条 has no further detail, because its flat list turned the block heading into a sibling item.'),
('x56-fu-28',3):('partial','mixed-in text','招聘专员(一级) standard = lines 9-20; gangwei gave all of it but inserted an unrelated 人力资源专员 requirement line (line 5) between sections 1 and 2.'),
('x56-fu-29',0):('wrong','wrong document','The 财务部内控与财务分析 KPI table is cx14 (企业内控制度的调整, 财务分析报告, 利润中心的操作维护, 月底结帐处理). gangwei resolved it to 财务部 and listed the 6 cx04 财务部 indicators.'),
('x56-fu-29',1):('wrong','wrong document','"第2项怎么评分" should be 财务分析报告 -> 见附表 (格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%). gangwei described cx04 财务费用降低率 (cascade of turn 0).'),
('x56-fu-29',2):('partial','no direct answer','利润中心的操作维护: 事业部的有效投诉, 一次-5分二次–20分…. gangwei dumped all 4 cx14 rows raw (tab text), the answer is in row 3.'),
('x56-fu-29',3):('partial','mixed documents','Period of the cx14 items is 季 (all four). gangwei mixed one cx14 row with cx04 财务部/审计部 rows (月/季/年度, 季/年度); no clear answer.'),
('x56-duty-01',0):('wrong','wrong post','薪酬核算专员 (roles.json accepts 薪酬核算 for 薪资核算专员; cx16 lines 4-13). gangwei did not resolve the title and quoted the hotel 前台 rest-day line (每月固定休息4天).'),
('x56-attr-01',0):('wrong','missed attribute','"可以远程吗": cx06 line 27 工作地点 杭州/北京/深圳/上海/广州/远程. gangwei answered the 3 duties of Golang 后端, no location.'),
}
NOTE_OK = {
('x56-fu-02',3):'set gold expected items 5/7, but turn 2 had already listed all 7 targets; gangwei correctly said the list is complete (evaluator counted this as false refusal).',
('x56-fu-08',2):'gangwei regrouped 资金部 indicators under inferred dimensions, so its item 5 (资金头寸变动信息掌握的及时性) differs from the document item 5 (资金收支准确度); it answered its own displayed item 5, consistent for the user.',
('x56-fu-03',2):'OOS chit-chat refused, but phrased as "车辆调度员资料没有写明这一点" (not recognised as out of domain).',
('x56-kd-01',0):'5 indicators from the HR sheet, weights 100, 3 dimensions; 2 of my 4 expected indicators (others equally valid).',
('x56-fu-27',2):'"那15%的第一块" resolved to block 1 with its 3 sub-items: good.',
}
items=[json.loads(l) for l in open('set.jsonl',encoding='utf-8')]
forms=json.load(open('forms.json',encoding='utf-8'))
rows=[]; per=collections.defaultdict(lambda:[0,0,0])
cls=collections.Counter(); later=collections.Counter(); first=collections.Counter()
for it in items:
    n=1+len(it['turns'] or [])
    for t in range(n):
        v,c,note=J.get((it['id'],t),('ok','',NOTE_OK.get((it['id'],t),'')))
        rows.append((it['id'],str(t),v,c,note))
        if c: cls[c]+=1
        if t==0: first[v]+=1
        else:
            later[v]+=1
            f=forms[it['id']]['turns'][t-1]
            base=f.split(' (')[0]
            per[base][{'ok':0,'partial':1,'wrong':2}[v]]+=1
with open('judgments.tsv','w',encoding='utf-8') as fh:
    fh.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: fh.write('\t'.join(r)+'\n')
print('first turns',dict(first),'later turns',dict(later))
print('| form | later turns | ok | partial | wrong | ok share |')
print('|---|---|---|---|---|---|')
for f,(o,p,w) in sorted(per.items(),key=lambda x:-sum(x[1])):
    print(f'| {f} | {o+p+w} | {o} | {p} | {w} | {o/(o+p+w):.0%} |')
print(cls.most_common())
