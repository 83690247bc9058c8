J = [
("r27s-duty-01",0,"ok","","Full 商场/超市 list (存/取包, 办卡, 广播, 赠品) from 002 331-347; appends bits of other 客服 variants as extra; header labels the 范文四 source as 某网店 (wrong label)."),
("r27s-duty-02",0,"ok","","金融行业 客服专员 list 268-273 complete; adds 电子商务 variant as extra."),
("r27s-duty-03",0,"ok","","亚马逊日本站 three duties 179-181."),
("r27s-duty-04",0,"ok","","Gives 团队负责人 全面管理 + 客户经理 具体负责网点实物保管 (003 148-149); 晨会 items glued in front (source line 148 runs 晨会(五) into 第四章); 专人/明细表 (150) omitted."),
("r27s-duty-05",0,"ok","","来电咨询/预约开户/客户维护 from both copies (003 54-56, 173-177); long 激励制度 paragraph as noise."),
("r27s-duty-06",0,"ok","","003 83-85 all three measures."),
("r27s-duty-07",0,"partial","list cut / sentences dropped","Doc 001 227-243 lists 8 duties incl. 7 CC系统知识库 and 8 Call-Center系统、短信平台系统 参数变更审核. Answer cites 225, 233-237, 241 only: has 知识库, misses 短信平台/Call-Center (243) and items 1,2,6."),
("r27s-duty-08",0,"ok","","Quotes 001 275 whole (人选计划 / 组织工作 / 协同); odd lead-in '没有「业务主管」的岗位说明'."),
("r27s-duty-09",0,"ok","","004 52: CIS考核, 每月10日前. Extra noise from 003 考核 and 000 小米 passages."),
("r27s-duty-10",0,"partial","second part missed","Asked 监交人 + what the receiver must do. Doc 002 32 (客户经理部主任和信贷监测会计为监交人) answered; 002 34 (接收后一个月内必须对所有贷款进行清查) retrieved (33-35 at rank 4) but not in the answer."),
("r27s-qual-01",0,"ok","","004 150-154 complete."),
("r27s-qual-02",0,"partial","list cut / sentences dropped","Doc 004 217 first sentence lists the conditions (品质、岗位、基本素质、资历、专业技能和业绩). Answer quotes the following sentences of 217 (门槛/技能和业绩条件) but drops that first sentence; only 业绩 covered; plus unrelated 209, 198."),
("r27s-qual-03",0,"ok","","004 114: MBA → 行内员工 → 其它银行."),
("r27s-qual-04",0,"wrong","false refusal","Doc 000 427-433 and 525-531 (信息技术专员/网络管理员): MS SQL Server、Sybase; Cisco认证证书者优先. Retrieved at rank 1-2, but '证书是不是加分' was routed to kpi ('加分') and gangwei said the post has no 考核指标."),
("r27s-qual-05",0,"wrong","false refusal","Doc 001 417: 会计人员必须对会计法律法规及相关操作规程…全面和熟练的掌握,才能胜任会计岗位 (retrieved rank 3). gangwei: '没有「银行会计」这个岗位的资料' — role gate refused a post that is only discussed in prose."),
("r27s-qual-06",0,"wrong","false refusal","Doc 002 208-210 (香饽饽 一、柜员: 取得会计、理财、基金、保险等从业资格), retrieved rank 1. gangwei: '只提到了「银行柜员」…没有它的职责或任职要求' — role gate."),
("r27s-attr-01",0,"wrong","wrong passage","Doc 001 139: 交通费、通信费津贴, 州局可按150元/月核定 (chunk 137-139 retrieved rank 4). Answer quoted only 133 (薪酬结构 '业绩工资+营销奖励+外勤津贴'), no amount."),
("r27s-attr-02",0,"wrong","retrieval miss","Doc 003 137: 客户经理必须服从本团队负责人的统一领导和管理. Not in top 10; answer is a 竞聘演讲 (000 863-871) about 客户服务部任客户经理. Why: query words 领导/证券/客户经理 match the speech ('尊敬的各位领导', 证券业); gold says 服从…统一领导 under a 考勤制度 chapter of an untitled 营销团队 guideline, no 上级/汇报 wording."),
("r27s-attr-03",0,"ok","","行政助理 quals 483-493 (大专以上, 1年以上). Typo 助里 resolved, but the notice says '没有找到「司行政助」' (odd span)."),
("r27s-attr-04",0,"ok","","C#, C++, Java (000 553)."),
("r27s-attr-05",0,"wrong","wrong passage","Doc 004 44 (农行温岭): 基本保障、绩效考核、全额浮动; 基本生活保障金和职级津贴按月发放 — retrieved rank 1. Answer used 001 145 (邮政大客户经理 业绩工资考核): wrong document/post; '农行' ignored."),
("r27s-attr-06",0,"wrong","wrong passage","Doc 000 255 (期货从业人员资格证书、会计从业资格证), 393 & 509 (会计资格证书), retrieved rank 2-3. Answer is the 一德期货 company 简介 (181-189): company-level question with no single post fell to the intro chunk."),
("r27s-attr-07",0,"ok","","Side-by-side: 开户专员 天津; 市场开发专员 各营业部所在地(尊重个人意愿)."),
("r27s-kpi-01",0,"wrong","wrong intent","Doc 002 37-38: 主任失去一笔时效罚款300元, 客户经理罚款200元 (retrieved rank 2). '罚多少钱' routed to attribute pay; answer is 001 营销奖励 500元 of 邮政大客户经理."),
("r27s-kpi-02",0,"ok","","003 155: 每月 业绩考核, 每三个月 级别升降, 年终 综合考评."),
("r27s-method-01",0,"wrong","wrong passage","Doc 000 557-565: 邮件主题 '应聘职位+个人姓名+期望薪资+期望工作地点', 简历不要以附件发送 (chunk 545-567 retrieved rank 4). Answer is the company 简介 181-189."),
("r27s-kpi-03",0,"wrong","list cut / sentences dropped","Doc 000 793-811: 绩效水平与岗位空缺率; 客户对银行创新性解决方案能力的评价; 帮助入岗新手绩效达标的周期; 招聘周期. Chunks retrieved rank 1-3, but the answer is one sentence (799, '稳定的高绩效水平'), none of the measures."),
("r27s-kpi-04",0,"ok","","Includes 000 131 定性考核 line (团队合作精神、工作热情、创新能力、忠诚度) plus 103 context."),
("r27s-method-02",0,"partial","second part missed","Definition 001 259 (暂停行使职权) given; the rule that answers the question, 001 429 (未经许可…不得返回工作岗位, 审计人员或替岗人员检查), not in top 5 and not used; extra 275."),
("r27s-method-03",0,"ok","","003 130-131 with full 报批流程."),
("r27s-jd-01",0,"ok","","JD with duties 313-317 and quals 303-309 cited; KPI section borrows 服务满意度 from 004 客户服务中心经理 (labelled 推导)."),
("r27s-jd-02",0,"ok","","12 duties from 三 variants of 内贸业务员, quals 【待补充】 (doc has none) — correct. One KPI cites 000 131 销售人员 (推导)."),
("r27s-jd-03",0,"partial","not routed to tool","'帮我起一份区域销售经理的JD' answered as a duty list (002 136-142, correct content) instead of a JD draft; role parsed as '我起一份区域销售经理'."),
("r27s-kd-01",0,"partial","KPI design: wrong source","Doc 001 147-155: 基础工作20/大客户服务和维护30/信息反馈20/大客户营销30. Table keeps 3 of them but replaces 信息反馈 with 销售费用 from 004 大客户经理 篇8 (a different company's post of the same title); lists 信息反馈 as '未选用'."),
("r27s-kd-02",0,"wrong","KPI design: wrong source","Doc 003 154 (客户数量、净收入、客户资产总量) and 35/114 (新增资产, 开户数). Retrieval top 10 has no 003 line (generic bank KPI article 000 43-93 wins); tool falls back to 邮政 大客户经理 indicators as '相近岗位' — no 003 citation, 0/4 expected."),
("r27s-kd-03",0,"wrong","KPI design: wrong source","Doc 000 91 lists 支行 客户经理 (技术性岗位) KPI: 日均存款新增额、日均贷款余额、中间业务收入、新增个人VIP客户数、客户经理与潜在客户的接触次数 (retrieved rank 4). Output identical to kd-02 (邮政大客户经理 rows + 销售额达成率); '支行' and the in-text list ignored; covers 3 BSC dims though 4 were asked."),
("r27s-fu-01",0,"ok","","网络公司 客服 274-279 complete."),
("r27s-fu-01",1,"wrong","false refusal","'要是换成做车载导航那家公司的，又是哪些活？' — switch to 某导航公司 variant (002 285-293) refused outright."),
("r27s-fu-01",2,"ok","","Answers 导航公司 292 数据库备份 (despite the refused turn before)."),
("r27s-fu-02",0,"ok","","晨会 (一)-(五) 144-148; 实物管理 lines glued after (五) as noise."),
("r27s-fu-02",1,"ok","","Item 2 resolved: 最新精神/新产品新业务/布置任务 (145), says no further detail."),
("r27s-fu-02",2,"ok","","142: 每周工作例会, 每月月度总结例会, contents."),
("r27s-fu-03",0,"partial","list cut / sentences dropped","Doc 001 367: 客户经理作单元市场需求预测; 一是掌握真实需求 二是了解客户的库存 三是发挥动销台帐的作用 四是预见发展趋势. Answer gives intro sentences + only 四; 单元市场/库存/动销台帐 missing (inline enumeration inside a long paragraph)."),
("r27s-fu-03",1,"wrong","lost context","'他头上直接管他的是哪个岗？' Doc 001 365: 客户经理与市场经理…是上下级关系. Answer: an unrelated sentence about 岗位空缺 (000 811); the 烟草客户经理 context and reports_to attribute not used."),
("r27s-fu-03",2,"wrong","answered OOS","Pay of 烟草客户经理 is not in the corpus; gangwei answered with 001 137 营销奖励 of 邮政大客户经理."),
("r27s-fu-04",0,"ok","","营运总监 (118). 向总经理报告权 (145) not mentioned."),
("r27s-fu-04",1,"ok","","'有直属下级,有直接监督他人的权限' (124); does not name 店面营销员/渠道营销员 (131)."),
("r27s-fu-04",2,"ok","","权力 145-148 incl. 车辆调动权."),
("r27s-fu-05",0,"ok","","电子银行业务替代率 / 柜员业务量 (347)."),
("r27s-fu-05",1,"wrong","lost context","Doc 001 347: 未配备大堂经理的网点,由柜员轮流做好柜面业务分流引导 (already in turn-1 answer). Answer: 343 '初步建立…大堂经理绩效考核' — wrong sentence."),
("r27s-fu-05",2,"ok","","355: 懂业务、熟悉产品、营销能力强."),
("r27s-fu-06",0,"partial","second part missed","Gives 252 (贷前/贷中/贷后 协作) but not 004 40 (风险经理 计量、控制和报告; 为客户经理开拓业务提出建设性意见); noise from 001 193, 002 204."),
("r27s-fu-06",1,"ok","","放款岗: 贷款的发放和提前收回 (004 40)."),
("r27s-fu-06",2,"ok","","产品经理 承担统计、抵押等后台工作 (004 40)."),
("r27s-fu-07",0,"ok","","第一责任人 rules 6, 14-19 (授权放款客户经理/信贷副主任/社主任)."),
("r27s-fu-07",1,"wrong","lost context","'那他要包哪些？' Doc 002 9: 六包 (包考察、包发放、包收回、包效益、包责任、包赔偿). Answer repeats the turn-1 text verbatim."),
("r27s-fu-07",2,"wrong","false refusal","'嗯，还有吗？就这六个？' expected 三化三无 (002 10); refused."),
("r27s-fu-08",0,"wrong","false refusal","Doc 000 837 (and 583, 879): 负责柜台日常事务的具体操作…对新员工的柜台业务传授与指导. Role parsed as '有篇竞聘柜台经理' → '没有这个岗位的资料'."),
("r27s-fu-08",1,"ok","","Five points 847-855 given, preceded by an unrelated 001 大客户服务和维护 评分 block."),
("r27s-fu-08",2,"wrong","ordinal miscounted","'第四点' = 要努力做客户的向导 (853). gangwei counted the two noise lines of the previous answer and returned 第4条 = 和蔼可亲 (849)."),
("r27s-oos-01",0,"ok","","Refused (保荐代表人 not in corpus)."),
("r27s-oos-02",0,"ok","","'开户专员的资料没有写明薪资'."),
("r27s-oos-03",0,"wrong","answered OOS","Programming request (写冒泡排序); gangwei answered the 软件开发工程师 skills list instead of declining."),
("r27s-oos-04",0,"wrong","answered OOS","Age limit not stated (speech has '我现年岁' blank). gangwei listed the speech (001 307-319, 211) without saying no age limit is given."),
("r27s-oos-05",0,"ok","","'只提到了「经办行密押员」…无法回答'."),
("r27s-oos-06",0,"wrong","answered OOS","Labour-law compensation not in corpus; gangwei answered with KPI passages (000 91-93, 004 181-184)."),
]
with open('judgments.tsv','w',encoding='utf-8') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in J: f.write("\t".join(str(x) for x in r)+"\n")
from collections import Counter
print(len(J), Counter(r[2] for r in J))
print(Counter(r[3] for r in J if r[3]).most_common())
import json
items={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl',encoding='utf-8')}
by=Counter(); ok=Counter()
for id,t,v,c,n in J:
    it=items[id]; intent = it['intent'] if t==0 else it['turns'][t-1]['intent']
    if it['intent']=='followup': intent = 'followup-first' if t==0 else 'followup-later'
    by[intent]+=1; ok[intent]+= v=='ok'
for k in by: print(k, f"{ok[k]}/{by[k]}")
