rows = r"""
su33-duty-01	0	ok		顾问服务专员 4 duties, cites 000:331-337
su33-duty-02	0	ok		制度专员 2 duties
su33-duty-03	0	ok		大连财务专员 4 duty blocks incl. 出市代表/社保/工会经费
su33-duty-05	0	partial	missed sentence	doc 001:373 says 客户经理 must master 货源供应 and 客户需求 "两头", tell clients supply status and offer 替代品牌; answer quotes context + 替代品牌 but drops the 货源供应 instruction; prefaces "没有「客户经理」的岗位职责清单" though many exist
su33-duty-06	0	ok		呼叫中心 data post, all 8 duties (untitled post found by description)
su33-duty-07	0	ok		导航公司客服专员 8 duties (preface "没有「客服」的岗位说明" is inaccurate)
su33-duty-08	0	ok		物业客户服务中心经理 13 duties; says no "物业项目上客服中心经理" but gives the right post
su33-duty-09	0	wrong	retrieval miss (alias)	doc 004:47-54 (篇3: 负责客户服务部的全面工作, CIS考核, 客户投诉, 安全卫生); store name 广汽丰田龙华宁海店 sits on line 55 AFTER the list in its own chunk; duty chunk rank 12, name chunk rank 8; answered 销售人员 duties from 000:115-127
su33-duty-10	0	ok		亚马逊 version + one other 外贸业务经理 version
su33-duty-11	0	wrong	wrong section	doc 002:9 六包 = 包考察、包发放、包收回、包效益、包责任、包赔偿; chunk 5-11 retrieved at rank 2 but answer quotes line 6 and 责任界定 14-19 (amount bands), no 六包
su33-duty-12	0	ok		酒店办公室 参谋/承办/管理/协调 职能
su33-qual-01	0	ok		研究生及以上; 经济学/金融/数学/计算机
su33-qual-02	0	ok		产品服务专员 4 requirements
su33-qual-03	0	wrong	wrong post (alias)	"技术二部招开发" = 软件开发工程师 (000:545-555: 一年以上开发经验, C#/C++/Java, WEB框架); gold chunk is search rank 1 but answer says no 「开发」 post and gives 市场开发专员 requirements (000:445-451)
su33-qual-04	0	ok		教师 requirements incl. item 7 英语专业四级
su33-qual-05	0	wrong	false refusal (alias)	doc 000:481-493 行政助理: 女性, 28岁以下; question says 行政部…前台助理; refused "没有「行政部招前台」这个岗位" although gold chunk is search rank 1
su33-qual-06	0	ok		晋升条件 品质/岗位/基本素质/资历/专业技能/业绩 (omits the 竞聘 sentence)
su33-qual-07	0	wrong	false refusal (alias)	doc 002:208-210 柜员: 取得会计、理财、基金、保险等从业资格; refused "没有「柜台柜员」这个岗位"; gold rank 2
su33-attr-01	0	ok		销售副总经理 (000:109)
su33-attr-02	0	ok		有直属下级 + 监督检查权
su33-attr-03	0	ok		800元/月 (answered from 133-135)
su33-attr-04	0	wrong	false refusal (alias)	doc 000:255 财务岗: 期货从业人员资格证书、会计从业资格证, 会计师证书为佳; generic refusal though 财务岗 qualification chunk is search rank 1 (several 财务 posts: 财务岗/财务专员/财务人员)
su33-attr-05	0	ok		3年以上, 应届毕业生亦可 (full list)
su33-attr-06	0	ok		本科; 人力资源相关专业
su33-attr-07	0	ok		技术二部
su33-kpi-01	0	partial	wrong section	asked how 业绩工资 is split and scored: doc 001:145-155 基础工作20/大客户服务和维护30/信息反馈20/大客户营销30 (+ standards 157-181); answer quotes 薪酬结构 133-135 and principles 125/129: names the four parts, no points; gold chunk rank 3
su33-kpi-02	0	ok		销售量/回款额/利润额/市场占有率/客户数
su33-kpi-03	0	ok		利息收入/存款收益/业务费收入
su33-kpi-04	0	partial	missed sentence	doc 000:793-811: 岗位空缺率, 招聘周期, 客户对创新性解决方案能力的评价, 新手绩效达标的周期; answer gives 空缺率 + 创新性方案 only, pads with 789/797
su33-kpi-05	0	wrong	retrieval miss	doc 000:167 final indicator 货款收取不及时与差错次数 (from 及时率/正确率); gold chunk 159-167 rank 6; answered step-5 paragraph 175
su33-meth-01	0	ok		five steps 47-55
su33-meth-02	0	wrong	false refusal	doc 000:165 先选择相对指标、再选择绝对指标, 先正面后反面; gold chunk search rank 1; generic refusal
su33-meth-03	0	wrong	false refusal	doc 000:73 百分制, 优秀/良好/合格/不合格四级; gold chunk rank 1; generic refusal
su33-meth-04	0	wrong	retrieval miss	doc 004:16 K=知识, S=技能, A=素质; gold chunk 15-16 rank 7; answer quotes lines 14/18 and 001:211 which mention KSA but never define the letters (key-point check passes on words 知识点/技能点)
su33-meth-05	0	ok		5/3/1 分
su33-meth-06	0	partial	list cut (long line)	doc 000:133 德=职业道德, 能=才能, 勤=工作态度, 绩=销售量/利润/回款…; answer keeps only the 德 sentence, then 量表考绩法 (135) and 137
su33-jd-01	0	ok		JD with 4 duties + requirements from 000:361-381; KPI block borrowed from 邮政大客户经理 indicators (marked 推导)
su33-jd-02	0	ok		8 duties; qualifications left 待补充 (doc has none)
su33-jd-03	0	ok		5 duties; qualifications 待补充
su33-kd-01	0	partial	mixed posts	3 of 4 doc indicators (基础工作/服务和维护/大客户营销); 信息反馈 replaced by 销售费用 from 004's 装修公司 大客户经理 (different company, same title); weights 20/30/30/20
su33-kd-02	0	wrong	missed passage	doc 000:89-91 gives 支行客户经理 (技术性岗位) KPI: 日均存款新增额…中间业务收入, 新增个人VIP客户数, 客户档案信息的完整性, 接受培训的时间; tool built the table from 大客户经理 indicators (邮政) + a derived 销售额达成率; 0/5
su33-kd-03	0	wrong	tool: department not found	doc 001:235 呼叫中心 生产力/差错率/呼出任务完成率; KPI tool error "知识库中没有「呼叫中心」的岗位资料"; chat fell back to KPI method prose; gold chunk rank 16
su33-fu-01	0	ok		宣传专员 3 duties
su33-fu-01	1	ok		"第3点" resolved to 制度反馈、修订, says no more detail
su33-fu-01	2	ok		期货从业资格
su33-fu-02	0	ok		营销总监 15 duties
su33-fu-02	1	ok		第13条 resolved; appends an unrelated 004:44 sentence on 客户经理制 pay
su33-fu-02	2	wrong	false refusal (attribute in duty text)	doc 001:37-39 "并向会所总经理书写上交这些报告" (item 4 that gangwei itself listed in turn 0); answered "资料没有写明这一点"
su33-fu-03	0	ok		按摩技师部门经理 6 duties
su33-fu-03	1	partial	attribute not recognised	"对上得找谁交差" = reports_to (001:65 向美容会所总经理或者美容会所老板汇报); answer repeats the whole duty list (item 1 contains 向总经理汇工作) instead of naming the superior
su33-fu-03	2	ok		主管 → 10名左右的技师 (switched post correctly)
su33-fu-04	0	ok		开户专员 requirements
su33-fu-04	1	ok		天津
su33-fu-04	2	ok		市场开发专员 locations (换成X resolved)
su33-fu-05	0	ok		信息技术专员 requirements
su33-fu-05	1	ok		Cisco认证证书者优先
su33-fu-05	2	ok		网络管理员 30岁以下 (换 post resolved)
su33-fu-06	0	wrong	false refusal (misread as benefits)	doc 003:137-142 考勤: 8小时工作制, 不迟到早退, 出访单, 请假须提前向团队负责人请假; gangwei classified as attribute=benefits and replied "没有写明福利"; gold chunk rank 1
su33-fu-06	1	ok		按月/季/年 (with 招聘周期 noise)
su33-fu-06	2	ok		客户数量/净收入/客户资产总量
su33-fu-07	0	ok		第一步 阅读、检查岗位职责 + 职责分析法
su33-fu-07	1	wrong	lost context (ordinal misread)	"第二步呢" = 第二步:分析岗位职责 (000:149-157 产出/职责的客户/多快好省); gangwei took "item 2 of its own answer" and repeated step-1 text (职责分析法)
su33-fu-07	2	ok		职责分析法 (header "关于第 1 条「问题需要各个突破…」" is odd)
su33-fu-08	0	ok		网店客服专员 4 duties
su33-fu-08	1	ok		电子商务公司客服专员 4 duties
su33-fu-08	2	ok		refused pay (没有写明薪资)
su33-fu-09	0	wrong	retrieval miss (alias)	doc 002:186 中国银行 五大类 (柜员/客户营销/产品支持/风险控制/信息科技); "中行" not matched: gold not in top 50 (with "中国银行" it is rank 1); answered 软件开发工程师 requirements + 简历投递 lines
su33-fu-09	1	ok		客户营销类 (002:193) + an unrelated 004 sentence
su33-fu-09	2	partial	off-topic padding	月薪过万 (002:216) present but among company revenue targets (003:91), audit income (002:47), 收入增长 (000:781)
su33-fu-10	0	ok		技术经理 11 duties
su33-fu-10	1	ok		said the 11 items listed are all (true); evaluator counts it as a false refusal
su33-fu-10	2	ok		会所总经理和保健部经理
su33-oos-01	0	ok		电工 only named: refused correctly
su33-oos-02	0	partial	answered OOS (near post)	快递业务主管 only named as 直属上司 (000:601); says no data, then lists 快递业业务员 duties as 相近岗位
su33-oos-03	0	ok		pay not stated: refused
su33-oos-04	0	partial	answered OOS (near post)	保健部经理 only named (001:81,97); says no data, then gives 按摩技师部门经理 duties as 相近岗位
su33-oos-05	0	ok		refused (labour law)
su33-oos-06	0	ok		refused (programming)
su33-oos-07	0	partial	no explicit "not stated"	document has no English requirement; answer lists 产品服务专员's four requirements without saying English is not mentioned (evaluator: answered OOS)
""".strip("\n")
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows.splitlines():
        assert len(r.split("\t"))==5, r
        f.write(r+"\n")
import collections
c=collections.Counter(); v=collections.Counter()
for r in rows.splitlines():
    p=r.split("\t"); v[p[2]]+=1
    if p[3]: c[p[3]]+=1
print(len(rows.splitlines()), v); 
for k,n in c.most_common(): print(n,k)
