J=[
('r75s-duty-01',0,'ok','',''),('r75s-duty-02',0,'ok','',''),('r75s-duty-03',0,'ok','',''),('r75s-duty-04',0,'ok','',''),
('r75s-duty-05',0,'ok','',''),
('r75s-duty-06',0,'ok','','gives both lists of F0 603-631 (岗位职责 + 工作内容), the second labelled "另一份资料" although it is the same post'),
('r75s-duty-07',0,'ok','',''),('r75s-duty-08',0,'ok','',''),('r75s-duty-09',0,'ok','','role null; found by description'),
('r75s-duty-10',0,'ok','','doc has 6 variant lists; gangwei shows variant 6 and names the other sources'),
('r75s-duty-11',0,'ok','','7 variant lists; shows variants 5 and 3 and names the rest (key point 销售目标 of variants 1/2 not shown)'),
('r75s-duty-12',0,'partial','misleading preface','doc F2 222-251 lists duties; answer opens with "知识库中没有「内贸业务员」的任职要求清单" (the 阿里巴巴 clause read as a requirements question) before giving the duties correctly'),
('r75s-duty-13',0,'ok','','says no "物业客服中心经理", falls back to 客户服务中心经理 (which is the 物业 post in the doc): content right'),
('r75s-duty-14',0,'ok','',''),
('r75s-duty-15',0,'partial','padding','doc F2 199 is the one-line 风险控制类 duty; gangwei gives it but adds 4 unrelated passages (导语, 关键岗位管理, 风险经理协作, 强制休假); citation precision 20%'),
('r75s-duty-16',0,'ok','',''),
('r75s-qual-01',0,'ok','',''),('r75s-qual-02',0,'ok','',''),
('r75s-qual-03',0,'wrong','wrong section','doc F2 211-213 "二、技术: 应届毕业生211/985计算机相关专业… 社会人士有3年(含)以上…"; gangwei answered with the 导语 line, the 行长 block and two F3 passages, none with the requirement (gold at rank 4)'),
('r75s-qual-04',0,'ok','',''),('r75s-qual-05',0,'ok','',''),('r75s-qual-06',0,'ok','',''),('r75s-qual-07',0,'ok','',''),
('r75s-qual-08',0,'ok','',''),
('r75s-qual-09',0,'ok','','extra item 8 carries page boilerplate "什么是岗位说明书?…韶关人才市场告诉你!" glued to line 661'),
('r75s-qual-10',0,'wrong','false refusal','doc F2 208-210 "一、柜员 1、既可精确完成柜台业务… 2、取得会计、理财、基金、保险等从业资格"; gangwei: "知识库中没有「中行柜员」这个岗位的资料" (company prefix 中行 kept in the role name)'),
('r75s-qual-11',0,'ok','',''),('r75s-qual-12',0,'ok','',''),
('r75s-attr-01',0,'ok','',''),
('r75s-attr-02',0,'wrong','missed field','doc F0 451 (inside 任职要求) "工作地点为各营业部所在地…北京、天津、大连、上海、宁波、德州、郑州"; gangwei returned the two duties (453-459) and no city'),
('r75s-attr-03',0,'ok','',''),('r75s-attr-04',0,'ok','',''),
('r75s-attr-05',0,'ok','','800元/月 given, inside a long薪酬结构 excerpt'),
('r75s-attr-06',0,'ok','','answers with the whole requirement list (major in item 1)'),
('r75s-attr-07',0,'ok','',''),
('r75s-attr-08',0,'ok','','adds "具有期货从业资格优先" as a second experience item (it is a certificate line)'),
('r75s-method-01',0,'ok','','多快好省 + the worked example; adds an off-topic BSC four-dimension line'),
('r75s-method-02',0,'ok','','5/3/1 scoring given; first block (141-147, reading the duties) is filler'),
('r75s-kpi-01',0,'partial','wrong section','doc F1 147-155 "指标设置及分值 基础工作:20分 大客户服务和维护:30分 信息反馈:20分 大客户营销:30分"; gangwei names the four indicators (from 135/145) but gives no points'),
('r75s-kpi-02',0,'ok','',''),
('r75s-jd-01',0,'partial','padding (other post)','JD for 市场开发专员 (F0 441-459) pads 主要职责 with the 4 duties of 软件开发工程师 (F0 537-543) and derives 3 of 5 KPIs from them; flagged "相近岗位" but wrong for this post'),
('r75s-jd-02',0,'partial','padding (other post) + list cut','大客户经理 篇8 (F4 116-154): duties cut at 15 of 21 ("草稿保留前 15 条"); KPI section mixes the 邮政 大客户经理 scoring (F1 149-155), 销售人员 (F0 133) and 网格客户经理 (F4 66/70) lines from other articles'),
('r75s-kd-01',0,'ok','','5 indicators all from F0 91 (技术性业务岗位 KPI), weights 100; my expected 中间业务收入/VIP/接触次数 not picked but choice is sourced'),
('r75s-kd-02',0,'ok','','销售量/回款额/市场占有率/客户数/每次访问所用时间 from F0 131; lists 利润额 among unused'),
('r75s-fu-01',0,'ok','',''),('r75s-fu-01',1,'ok','',''),
('r75s-fu-01',2,'wrong','wrong section','asked "工作内容第3条" = F0 623 "按计划及要求拜访客户,并填报经销商拜访跟踪表与终端拜访表"; gangwei gave 第3条 of the 岗位职责 list (609 "检查资料是否出差…")'),
('r75s-fu-02',0,'ok','',''),
('r75s-fu-02',1,'wrong','false refusal','"上班城市能自己挑不": F0 217 (item 3 of gangwei\'s own previous answer) says 工作地点可以根据应聘人员情况在天津、北京…或者其他城市安排; gangwei refused ("知识库中没有能回答这个问题的内容")'),
('r75s-fu-02',2,'ok','','"研究院" correct (cites title line 197, not 217; 总部 not mentioned)'),
('r75s-fu-03',0,'ok','',''),('r75s-fu-03',1,'ok','',''),('r75s-fu-03',2,'ok','',''),
('r75s-fu-04',0,'ok','',''),('r75s-fu-04',1,'ok','',''),('r75s-fu-04',2,'ok','',''),
('r75s-fu-05',0,'ok','','structure given; odd preface "公司通用制度中的相关规定"'),
('r75s-fu-05',1,'wrong','lost context','"信息反馈这一项怎么评分": F1 171-175 原则 根据汇报的可开发业务项目数量和质量; 标准 0-8/8-15/15-18/18-20分. gangwei treated it as "第 3 条" of its previous answer and repeated 800元 base / 营销奖励 text'),
('r75s-fu-05',2,'ok','','回访次数+满意度 and the 0-12…27-30分 scale given'),
('r75s-fu-06',0,'ok','','第一责任人/终身负责 given; preface "没有「客户经理」的岗位职责清单" is noise'),
('r75s-fu-06',1,'ok','',''),
('r75s-fu-06',2,'wrong','wrong section','"3千到1万那档": F2 16 "谁经放谁是第一责任人,其中客户经理部主任承担30%责任"; gangwei repeated F2 6-12 (具体内容 block), the 责任界定 tiers not shown'),
('r75s-fu-07',0,'ok','',''),('r75s-fu-07',1,'ok','',''),('r75s-fu-07',2,'ok','','refused: pay not stated'),
('r75s-fu-08',0,'ok','','right line plus 导语 and an unrelated F3 passage'),
('r75s-fu-08',1,'ok','',''),
('r75s-fu-08',2,'wrong','false refusal','"信息科技类又负责什么": F2 200-202 "开发和测试应用软件,安装和维护硬件系统,保障信息系统安全稳定"; gangwei refused (the previous turn, same pattern, was answered)'),
('r75s-oos-01',0,'ok','',''),('r75s-oos-02',0,'ok','',''),('r75s-oos-03',0,'ok','','"资料没有写明试用期" (no labour-law answer)'),
('r75s-oos-04',0,'ok','',''),('r75s-oos-05',0,'ok','',''),('r75s-oos-06',0,'ok','',''),
('r75s-oos-07',0,'wrong','answered OOS','F3 49 only names "岗厦交通银行和网点" (no opening hours); gangwei quoted that line as the answer instead of refusing'),
('r75s-oos-08',0,'wrong','answered OOS','F4 155 "八、工作环境:" is empty; gangwei answered with the 15 duties of 大客户经理 instead of saying the field is empty'),
]
import json,collections
set_={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl')}
with open('judgments.tsv','w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in J: f.write('\t'.join(map(str,r))+'\n')
# coverage check
need=set()
for i,d in set_.items():
    need.add((i,0))
    for k,_ in enumerate(d['turns'] or []): need.add((i,k+1))
have={(r[0],r[1]) for r in J}
print('missing',need-have,'extra',have-need)
# per-intent shares
c=collections.defaultdict(collections.Counter)
for i,t,v,cl,n in J:
    it=set_[i]; key=it['intent'] if t==0 else 'followup(later)'
    if it['intent']=='followup' and t==0: key='followup(first)'
    c[key][v]+=1
for k,v in c.items(): print(k, dict(v), 'ok share %.0f%%'%(100*v['ok']/sum(v.values())))
cls=collections.Counter(r[3] for r in J if r[2]!='ok'); print(cls)
print(collections.Counter(r[2] for r in J))
