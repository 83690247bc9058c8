import json,collections
J={
('r26x-fu-03',0):('partial','list cut','cx03 3.1.1 lists 8 duties a)-h); answer showed 5 (missed b 规章制度, c 工作安排与绩效考核, e 培训计划审核) and opened with "知识库中没有「经理」的岗位说明"'),
('r26x-fu-03',3):('partial','wrong post','"回到经理" resolved as generic 经理: answer mixes 研发经理 (cx05) and 产品经理 (cx06) duties with the correct cx03 h) 协助市场部进行培训市场开发'),
('r26x-fu-05',2):('wrong','false refusal','"资金部那边换过来看看" after KPI turns: cx04 lists 7 资金部 KPIs; gangwei switched to duty intent and said 资金部 has no 岗位职责'),
('r26x-fu-06',1):('wrong','false refusal','cx05 销售经理 duty 4 "每年有1~2次到上海等地出差"; gangwei: 没有写明这一点'),
('r26x-fu-07',2):('partial','comparison/compound half dropped','asked to compare 学历 with 研发经理 (本科以上); only 生产主管 (本科以上,注塑类) shown, no comparison'),
('r26x-fu-09',3):('wrong','false refusal','京东物流 3-5年 (cx06 l.99) vs 美团 3年及以上 (l.86); gangwei refused the whole comparison'),
('r26x-fu-11',3):('wrong','answered OOS','no document states on-call/night shifts; gangwei repeated SRE duties "仅供参考" instead of saying it is not stated'),
('r26x-fu-12',0):('partial','missed field','"Go后端要会些啥" answered as skills: dropped "2-5 年实际 Golang 项目开发经验" and the MySQL/PostgreSQL line (l.35,39); added a 加分项 (terraform)'),
('r26x-fu-12',2):('wrong','false refusal','薪资 column of the Golang posting is "20-40k+" (cx06 l.27); gangwei: 资料没有写明这一点'),
('r26x-fu-19',3):('partial','wrong section','comparison correct (2年以上 vs 八年) but the 出纳 list includes the 舞弊处罚 paragraph as three 任职要求 items'),
('r26x-fu-20',2):('wrong','wrong indicator','asked 工作目标完成率 (cx09 l.10: 实际完成数量/计划完成数量*100%); answered 工作流程改善目标完成率 (l.15) and said no formula'),
('r26x-fu-23',2):('wrong','ordinal on wrong list','"核心工作第三点" = 预订管理与信息同步 (cx11 l.5); gangwei took item 3 of its last (福利) list: 额外福利'),
('r26x-fu-24',0):('partial','missed field','岗位核心要求 has 4 items (cx11 l.9-12); answered as skills with 2, dropped 形象与沟通 and 合规意识'),
('r26x-fu-24',1):('wrong','ordinal on wrong list','user named "第四条合规意识" (cx11 l.12); gangwei refused: 上一个回答只有 2 条，没有第 4 条'),
('r26x-fu-25',2):('partial','ingestion: headings as duties','cx12 主要职责 headings (协助行政经理制定…, 主要负责的行政管理工作, 部门内部建设…) numbered as duties; list cut at 15 of 17 so 考勤 only after 还有吗'),
('r26x-fu-26',0):('partial','missed field','时间分配 65% for 主要负责的行政管理工作 (cx12 l.38) not given; generic duty list instead'),
('r26x-fu-26',2):('wrong','answered OOS','cx12 工作地点 field is empty (l.12, next label 所辖人员); gangwei answered with the bare label "工作地点" as if content'),
('r26x-fu-27',3):('wrong','ordinal on wrong list','"2.3那条" = 协助部门主管督促员工关系专员…录入数据库 (cx13 l.19-20); gangwei gave flat item 3 = 1.3 发布招聘计划'),
('r26x-fu-28',1):('wrong','wrong section','财务分析报告 weight 30% (cx14 l.4); gangwei gave the 软指标评分表 sub-criteria (格式10%…) and cx04 财务分析准确度, never the 30%'),
('r26x-fu-28',2):('wrong','lost context','"它是怎么打分的" (它=财务分析报告, 附表 cx14 l.12-17); gangwei answered cx04 财务部 KPI list "没有写明评分规则"'),
('r26x-fu-30',3):('partial','wrong section','comparison correct (本科 vs 大专) but 出纳 list again includes the 舞弊处罚 paragraph as requirements'),
('r26x-jd-01',0):('partial','unflagged invented values','JD KPI section gives 业绩标准 weights 30/20/20/30; cx02 has no weights and they are not marked 推导'),
('r26x-jd-02',0):('partial','missed field','学历/证书 marked 【待补充】 though "会计、金融类专业大专或以上学历,会计从业资格证" is in cx08 (put under 专业); 所属部门 财务部 also 待补充; 舞弊 paragraph under 其他'),
('r26x-kd-04',0):('wrong','routing: not routed to tool','drafting request not routed to kpi_design; cx14 has 4 weighted indicators, answer showed only the 软指标评分表 sub-criteria'),
('r26x-attr-02',0):('partial','comparison/compound half dropped','Go后端 location 杭州/北京/深圳/上海/广州/远程 (cx06 l.27) not answered; only DBA 广州'),
}
NOTES={('r26x-fu-03',1):'ok against gangwei\'s own list (its 4th item = 负责培训市场的开拓); gold assumed document order. Extra lines from 部门职能 are noise',
('r26x-fu-05',1):'ok against gangwei\'s own (regrouped) list, 4th = 审计报告归档率; gold assumed sheet order',
('r26x-fu-04',3):'not a refusal in the evaluator sense but correct: says weights are not stated, invents none',
('r26x-fu-18',1):'correct (直接下级：无); gold key point too narrow',
('r26x-fu-22',3):'correct: all 4 requirements were already listed, says there are no more',
('r26x-fu-12',1):'ok; the 来源 URL is listed as a 加分项 item (noise)',
('r26x-kd-01',0):'ok; 5 chosen from the sheet, others named as not chosen'}
d=json.load(open('eval/eval.json'))['report']['systems']['gangwei']['questions']
forms=json.load(open('forms.json'))
rows=[]
for q in d:
    k=(q['item_id'],q['turn'])
    v,c,n=J.get(k,('ok','',NOTES.get(k,'')))
    rows.append((q['item_id'],q['turn'],v,c,n))
with open('judgments.tsv','w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str,r))+'\n')
print(len(rows), collections.Counter(r[2] for r in rows))
print(collections.Counter(r[3] for r in rows if r[3]).most_common())
# per form
byf=collections.defaultdict(collections.Counter)
for r in rows:
    if r[0] in forms:
        fm=forms[r[0]][str(r[1])].split(' (')[0]
        byf[fm][r[2]]+=1
for fm,c in sorted(byf.items()): print(fm,dict(c))
first=collections.Counter(r[2] for r in rows if r[1]==0 and 'fu' in r[0]); later=collections.Counter(r[2] for r in rows if r[1]>0)
single=collections.Counter(r[2] for r in rows if 'fu' not in r[0])
print('first',first,'later',later,'single',single)
