import json
d = json.load(open('eval/eval.json'))
rows = [(x['item_id'], x['turn']) for x in d['report']['systems']['gangwei']['questions']]
J = {
 ('r59s-duty-09',0): ('partial','wrong post/copy','Doc 111-117: 主管 duties (协助部门经理, 卫生, 消耗品). gangwei parsed the post as 「养生会所按摩技师部门」, opened with the 经理 line 73 and said there is no duty list, then listed the 主管 duties anyway; content present but framed as missing and mixed with the 经理 duty.'),
 ('r59s-duty-12',0): ('partial','wrong post/copy','Seven 外贸业务经理 lists (160-183). gangwei led with the 2-item copy 173-174 (能独立开发客户/洞察力 - really requirements) and copy 175-178, only pointing at the other five; 销售目标 (160,163) missing.'),
 ('r59s-qual-09',0): ('wrong','false refusal','Doc 208-210: 柜员 - 既可精确完成柜台业务、又可一站式独立介绍并推广产品; 取得会计、理财、基金、保险等从业资格. Passage retrieved at rank 1, but gangwei answered 「只提到了「银行柜员」这个岗位…无法回答」.'),
 ('r59s-method-02',0): ('partial','list cut','Doc 23 lists four steps; step 1 设计调查方案,规定调查的范围、对象和方法 is missing from the bullets (steps 2-4 shown) and two 岗位评价 sentences from line 25 are appended.'),
 ('r59s-kpi-01',0): ('wrong','wrong section','Doc 131: 定量考核 = 销售量、回款额、利润额、市场占有率和客户数、拜访次数…客户满意度. Chunk 129-131 was rank 1, but the answer quoted 135-137 (量表考绩法) and gave none of the quantitative indicators.'),
 ('r59s-kpi-02',0): ('partial','wrong route','Asked what the document sets: 基础工作20/大客户服务和维护30/信息反馈20/大客户营销30 (149-155). gangwei ran the KPI designer: a 7-row table adding 销售费用/客户满意度/市场占有率 from other essays and re-weighted 19/19/13/12…; the document''s 分值 are not stated.'),
 ('r59s-kd-02',0): ('wrong','false refusal','Doc 167: 货款收取及时率、货款收取正确率 (→ 货款收取不及时与差错次数) for A公司电工. KPI tool: 「知识库中没有「电工」的岗位资料」; chat fallback quoted only line 175 (选取前4个指标); line 167 not in top 10.'),
 ('r59s-fu-02',0): ('partial','list cut','Asked 工作内容 (617-631, 7 items). Answer led with the 6 岗位职责 (605-615), then gave 工作内容 as 「另一份资料」 with only 5 of 7 items (629 市场调查, 631 张贴宣传品 missing) and no note that it was cut.'),
 ('r59s-fu-02',2): ('wrong','lost context','「工作内容第三点」 = 623 按计划及要求拜访客户,并填报经销商拜访跟踪表与终端拜访表. gangwei took item 3 of the 岗位职责 list (609 检查资料是否出差…) and said there is no more detail.'),
 ('r59s-fu-03',2): ('wrong','false refusal','「下面的主管又是对谁负责」: doc 111 按摩技师部门主管一般对部门经理负责. gangwei: 「谈到了「主管」，但没有写明它的直属上级」 — the very next turn resolved 主管 and quoted line 111.'),
 ('r59s-fu-04',0): ('wrong','wrong section','Doc 144-148 六、权力: 向总经理报告权、对下属工作监督检查权、奖罚提议权、公司车辆调动权. gangwei listed duties (职责总述/工作范围/工作责任, 15 of 19) and no 权力.'),
 ('r59s-fu-04',2): ('partial','extra content','Correct: 3年以上装潢公司公装等大客户工作经验 (152). But appended 「另有资料写明了调整（请以日期较新的文件为准）」 with 凉山邮政''s pay-structure sentence (001:133), a different company and topic.'),
 ('r59s-fu-05',2): ('partial','list cut','Doc 21-23: 行政经济处罚或依法追究 (21), 根据责任大小负责赔偿损失 (22), 从抵押的有效资产中变卖扣除 (23). Answer gave only 21 plus an unrelated 指导思想 line 4.'),
 ('r59s-fu-05',3): ('wrong','wrong section','Doc 16: 3千元--1万元: 谁经放谁是第一责任人, 客户经理部主任承担30%. Answer gave 责任追究 21-24 and the 2万元以上 rule (18); the 3千-1万 band is not mentioned.'),
 ('r59s-fu-07',0): ('partial','extra content','晨会内容 143-148 all given, but the 5th bullet runs on into 第四章 实物管理 and two more 实物管理 lines (150-151) are listed as if part of the 晨会.'),
 ('r59s-fu-07',2): ('wrong','list cut','Doc 138-142: 准时上下班不迟到早退, 每天8小时工作制, 参加培训, 巡查, 提前请假. Answer quoted only the lead-in 137 (「具体内容如下:」) and none of the rules.'),
 ('r59s-fu-08',2): ('wrong','answered OOS','Pay of 网格客户经理 is not in the corpus. gangwei said there is no specific statement but then listed three unrelated passages (每个月15日前完成, 烟草客户经理了如指掌, 考核周期) as 「最相关」, and the role fell back to generic 客户经理.'),
}
NOTES = {
 ('r59s-oos-03',0): 'Set expects refusal (post only named). gangwei said there is no post description for 信贷副主任 and quoted the one line naming it (002:17, 1-2万 loans 第一责任人 30%) - accurate and cited; counted by the evaluator as answered, judged acceptable here.',
 ('r59s-attr-07',0): '800元 given (4th bullet, cites 133-135) inside a 6-bullet dump of 薪酬结构/原则; intent kpi not pay. Acceptable but unfocused.',
 ('r59s-kd-01',0): 'Five indicators from the gold line 91 over 4 BSC dims (经济增加值, 日均存款新增额, 新增对公存款账户数, 客户档案信息的完整性, 培训时间); my expected list (日均贷款新增额, 中间业务收入, VIP) was narrower than the passage.',
 ('r59s-jd-02',0): 'Duties and qualifications right; 专业 left 【待补充】 though 计算机及相关专业 is in the education line. Low citation precision only because my evidence listed the duties span.',
 ('r59s-duty-15',0): 'Full 13-item list, but prefixed with 「没有「物业客服中心经理」…以下是相近岗位」 although this is the 物业 post itself.',
 ('r59s-fu-02',1): 'Right (快递业务主管), answer intent method.',
 ('r59s-duty-07',0): 'Duties plus 工作内容 labelled 「另一份资料」 (same posting).',
 ('r59s-fu-07',1): 'Right (155), plus three unrelated bank-team lines from 004.',
 ('r59s-qual-05',0): 'Right list; second 「另一份资料」 bullet is the 韶关人才市场 advert text glued to line 661.',
}
with open('judgments.tsv','w',encoding='utf-8') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows:
        v,c,n = J.get(r, ('ok','', NOTES.get(r,'')))
        f.write(f'{r[0]}\t{r[1]}\t{v}\t{c}\t{n}\n')
print(len(rows), 'rows;', len(J), 'non-ok')
