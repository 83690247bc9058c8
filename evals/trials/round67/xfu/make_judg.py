import json
ids=json.load(open('replay_ids.json'))
bad={
('r67xfu-fu-03',3):('wrong','false refusal (misread as attribute)','cx03 3.1.1 h) says 协助市场部进行培训市场开发工作; gangwei read the turn as attribute=department and refused "没有写明所属部门"'),
('r67xfu-fu-09',3):('partial','comparison imprecise','JD posting says 3-5年及以上, 美团 says 3年及以上; gangwei flattened both to "3年以上" and declared them equal (lists both postings below, so the reader can see 3-5年)'),
('r67xfu-fu-11',1):('wrong','"还有吗" not handled (false refusal)','all 8 工作内容 items had been listed; "还有没有别的" should say that is the full list (or repeat it); gangwei refused: "资料没有写明这一点"'),
('r67xfu-fu-17',1):('partial','ordinal expansion shows wrong items','header quotes item 7 (按领导审批过的退费手续…退费结算) correctly, but the body lists items 8, 9, 10 (核对银行帐目…, 费用报销, 其它日常工作) as if they explained item 7'),
('r67xfu-fu-18',3):('wrong','false refusal (misread as attribute)','cx09 line 17: 客户类(10%); gangwei parsed "多大比重" as attribute=age and refused "没有写明年龄"'),
('r67xfu-fu-22',1):('partial','wrong field in lead','scoring rule is 一次-5分二次–20分三次60分四次及以上0分 (计算方法 column); lead line says "评分规则/说明：100分" (the 考核标准 column); the correct rule only appears in the card below as 计算公式'),
('r67xfu-fu-22',3):('wrong','lost context','after 财务分析报告 the 评分项 are 格式 10%/数据的准确性/数据的有效性/报告提交的及时性 (cx14 lines 13-16); gangwei answered with the cx04 财务部 KPI list (公司财务预算达成率 …)'),
('r67xfu-fu-23',1):('wrong','lost context','"它" = 月底结帐处理: 及时性50% 耽误一次得0分 / 准确性50% 错一次得80分… (cx14 lines 6-7); gangwei answered with the cx04 财务部 KPI list'),
('r67xfu-fu-23',2):('wrong','lost context','数据来源 of 月底结帐处理 is 经理工作记录 (cx14 line 6); gangwei resolved to 财务部 and refused "没有写明这一点"'),
('r67xfu-fu-24',3):('wrong','answered OOS','opening hours are not in cx10; gangwei answered with duty line "完成商品的来货验收…日常营业工作" instead of refusing'),
('r67xfu-fu-26',3):('partial','unfocused (whole list)','asked only about 预订 (cx11 item 3: 预订系统/房态); gangwei printed all 5 核心工作 items'),
('r67xfu-fu-27',3):('partial','unfocused (whole list)','asked which block has the largest time share (主要负责的行政管理工作 65%); gangwei printed the whole 14-item duty list with the shares, never naming the largest'),
('r67xfu-fu-28',3):('wrong','answered OOS','工资等级 is an empty field in cx12 (line 23, no value); gangwei answered "关于岗位层级的内容：- 工资等级 [1]" instead of saying it is not filled in'),
('r67xfu-fu-29',1):('partial','list cut (section drill-down)','section 2 转正考核与异动管理 has 2.1, 2.2, 2.3 (cx13 lines 15-20); gangwei treated it as item 4 and showed only 2.1'),
('r67xfu-fu-30',4):('wrong','answered OOS','个税汇算清缴 deadline is tax law, not in cx16; gangwei answered with cx16 duty item 6 instead of refusing'),
}
notes={('r67xfu-fu-05',1):'correct line 每年有1~2次到上海等地出差; key point 1~2次 misses only because the text escapes ~ as \\~',
('r67xfu-fu-07',3):'2-5年 correct; adds 3 other "经验" lines (database, Linux, terraform) as noise',
('r67xfu-fu-12',1):'40岁以下 correct; my 2nd key point (男) was not asked',
('r67xfu-fu-12',2):'40岁以下 correct; my 2nd key point (男) was not asked',
('r67xfu-fu-22',0):'4 cx14 rows plus one unrelated cx04 row (财务分析准确度)',
('r67xfu-kd-01',0):'5 of the 6 cx04 财务部 indicators; 财务资料完好性 left out and said so (my expected list too strict)',
('r67xfu-fu-17',2):'从业年限 2年以上 correct',
('r67xfu-fu-24',0):'versions 3 and 1 listed, notes a third copy; hedge "没有商场导购的专门资料" unnecessary'}
with open('judgments.tsv','w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for iid,t in ids:
        v,c,n=bad.get((iid,t),('ok','',notes.get((iid,t),'')))
        f.write(f'{iid}\t{t}\t{v}\t{c}\t{n}\n')
print(sum(1 for _ in open('judgments.tsv'))-1)
