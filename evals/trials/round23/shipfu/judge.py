#!/usr/bin/env python3
"""Hand judgements (written after reading every answer in answers.md) -> judgments.tsv, and tallies by form."""
import json
from collections import Counter, defaultdict
J = """
fu-01|0|right|7 duties of 行政助理 (0:467-479)
fu-01|1|right|大专以上学历,专业不限
fu-01|2|right|1年以上工作经验
fu-01|3|right|item 6 pinpointed, says no more detail
fu-02|0|right|4 requirements
fu-02|1|right|4 duty blocks
fu-02|2|wrong|"出纳那一块" read as a role: "知识库中只提到了「出纳」这个岗位…无法回答"; 0:399 "2、出纳工作:办理营业部费用报销…营业部纳税申报"
fu-02|3|right|交易专员 duty 0:419
fu-03|0|right|研究生及以上; 经济学、金融…
fu-03|1|right|天津、北京、上海…
fu-03|2|right|duties 1-2 (+备注 line counted as item 3)
fu-03|3|right|"资料没有写明薪资"
fu-04|0|right|5 requirements
fu-04|1|right|信息技术专员 requirements
fu-04|2|right|side-by-side duties (identical); no explicit "same" but visible
fu-04|3|right|refused
fu-05|0|wrong|"技术二部搞开发" taken as a title: "知识库中没有「技术二部搞开发」这个岗位的资料"; 0:533-543 "【技术二部】软件开发工程师 … 负责研发公司财务软件…"
fu-05|1|wrong|refused (no role carried); 0:553 "熟练使用一种以上主流开发语言,C#,C++或者Java"
fu-05|2|right|一年以上的开发经验 (hedged as 「开发」)
fu-05|3|wrong|routed to JD but role "开发" unresolved: "知识库中没有「开发」的岗位说明" + requirement and e-mail lines; no JD; duties 0:537-543
fu-06|0|right|4 requirements
fu-06|1|right|尊重个人意愿 line
fu-06|2|partial|item 2 line 457 only; its continuation 0:459 (…协助相关职能部门做好客户的开户、出入金…) dropped
fu-06|3|right|refused (reason garbled: "只提到了「开发」这个岗位")
fu-07|0|right|快递业务主管
fu-07|1|wrong|department question answered as reports_to of 按摩技师部门主管/经理 (001:111,65); 0:599 "所属部门:业务部"
fu-07|2|partial|岗位职责 list first, then 工作内容 items 1-5 of 7 (missing 0:629-631 市场调查, 宣传品)
fu-07|3|right|"没有写明薪资" (penalty not stated)
fu-08|0|right|教师资格证和普通话证书
fu-08|1|right|item 7 英语专业四级 within list
fu-08|2|right|item 4 pinpointed
fu-08|3|wrong|not-stated question answered with the 7 duties, no "not stated"
fu-09|0|right|7 duties
fu-09|1|right|3 requirements
fu-09|2|partial|re-lists all 7 duties, 第5条 not pinpointed
fu-09|3|right|"没有写明试用期"
fu-10|0|right|期货从业人员资格证书、会计从业资格证
fu-10|1|wrong|switch kept "duty" instead of the asked requirements: "负责公司相关财务工作"; 0:503-511 "30 岁以下…3年以上…VBA"
fu-10|2|right|负责公司相关财务工作
fu-10|3|right|30 岁以下 (full list)
fu-11|0|right|4 duties
fu-11|1|right|沟通协调能力; 数据分析能力
fu-11|2|partial|only item 3 (服务意识); 0:343-349 学历 and "工作地点为天津" missing
fu-11|3|wrong|district question answered with 开户专员 duties; nothing on 天津 / not stated
fu-12|0|right|3 duties
fu-12|1|right|制度专员 2 duties
fu-12|2|right|side-by-side, identical
fu-12|3|partial|quotes "定期…反洗钱定期培训" but does not say the frequency is not stated
fu-13|0|right|8 duties
fu-13|1|right|item 5 pinpointed
fu-13|2|right|营销总监 15 duties
fu-13|3|wrong|"资料没有写明这一点"; 1:37-39 "负责主持本部门…分析总结会和计划会议。并向会所总经理书写上交这些报告"
fu-14|0|right|10名左右 line
fu-14|1|right|2~3名 line (plus an irrelevant 工商银行 audit paragraph)
fu-14|2|partial|answers with the duty list; 1:111 "主管一般对部门经理负责" not quoted (only implied by 协助部门经理)
fu-14|3|right|3 duties
fu-15|0|right|item 1 "在会所总经理和保健部经理的领导下" (as duty list)
fu-15|1|wrong|"管技师" taken as a title: "知识库中没有「管技师」这个岗位的资料"; 1:99 "负责做好每日的技师考勤统计"
fu-15|2|right|"上面列出的 11 条就是全部" is true (turn 0 listed all 11); set expected more - set issue
fu-15|3|right|JD routed and drafted from 1:79-107 (直属上级 left 待补充 though 1:81 names 会所总经理/保健部经理)
fu-16|0|right|业绩工资+营销奖励+外勤津贴 (cites 1:133, same fact as 1:143)
fu-16|1|right|150元/月 (third bullet)
fu-16|2|right|20/30/20/30
fu-16|3|wrong|"第三项" resolved to the 分值 line; 1:171-175 "信息反馈…标准:差:0-8分;一般:8-15分…"
fu-17|0|partial|4 of 8 duties (1:231-237) + summary; misses 1:229 满意度调查, 1:239-243
fu-17|1|wrong|"上一个回答只有 5 条，没有第 8 条" - caused by the capped list; 1:243 "负责对Call-Center系统、短信平台系统的业务参数变更申请进行审核、审定"
fu-17|2|right|差错率 line included (list repeated)
fu-17|3|partial|lost the topic: "请问是哪个岗位的学历？" instead of "not stated"
fu-18|0|wrong|gold rank 9; generic 转型 lines; 1:343 "选拔建立零售客户经理(理财经理)和大堂经理队伍"
fu-18|1|wrong|"只提到了「理财经理」这个岗位…无法回答"; 1:355 "选拔一批懂业务、熟悉产品、营销能力强的高素质员工建立零售客户经理(理财经理)储备库"
fu-18|2|right|柜员轮流做好柜面业务分流引导
fu-18|3|right|refused
fu-19|0|right|六包 line (in 7-line block)
fu-19|1|wrong|refused, though turn 0 had shown it; 2:10 "“三化三无”,即信贷管理制度化、规范化、程序化,新放贷款无欠息、无不良、无风险"
fu-19|2|wrong|shows the 2万以上 rule; 2:17 "每笔贷款在1万元--2万元的…信贷副主任为第一责任人,其中信贷副主任承担30%责任,经放员承担30%的责任"
fu-19|3|partial|2:21 only; 2:22-23 赔偿损失 missing
fu-20|0|right|one of 6 versions + pointers to the others
fu-20|1|right|渠道资源…沟通协调能力
fu-20|2|wrong|refused; 2:106 "努力配合设计师对业务信息的反馈与跟进,参与谈单", 2:120/131 "协助设计师签单及合同"
fu-20|3|right|refused
fu-21|0|right|市场开拓能力、抗压能力 + 2:173-174
fu-21|1|partial|2 of 7 versions; misses 2:160/163 销售目标 and 2:182 询盘
fu-21|2|right|亚马逊日本站点
fu-21|3|right|内贸业务员 versions 1 and 3
fu-22|0|right|五大类
fu-22|1|right|风险控制 line
fu-22|2|right|前台/后台柜员
fu-22|3|right|2:209-210
fu-23|0|wrong|refused; 2:213 "社会人士有3年(含)以上大型企业信息技术从业经历"
fu-23|1|wrong|lost the role: "请问是哪个岗位的工作经验？"; 2:212 "应届毕业生211/985计算机相关专业,有很牛的实习项目经历"
fu-23|2|partial|first an irrelevant 行长胜任力模型 block (001:207), then 2:218; 2:219 客户资源 missing
fu-23|3|wrong|pay question answered with 行长 lines, no "not stated"
fu-24|0|partial|2 of 7 items of 2:136-142 (出库手续, 敬业) + essay, then 销售人员 list from 000 as fallback; "没有「销售经理」的岗位说明" though 2:135-142 is one
fu-24|1|wrong|"第三条" → unrelated 法律时效/团队 lines; 2:138 "3、负责严格执行产品的出库手续"
fu-24|2|wrong|JD drafted for 销售人员 (0:115-127), not 销售经理 (2:136-142 "千方百计完成区域销售任务…")
fu-24|3|partial|generic KPI-design steps incl. 权重 principle (0:55), not said that 销售经理 weights are not stated
fu-25|0|right|晨会 5 items (+ 实物管理 tail)
fu-25|1|right|每天8小时
fu-25|2|right|团队负责人 (labelled 福利)
fu-25|3|right|月/季/年
fu-26|0|wrong|"知识库中「销售人员」的资料没有写明职业资格"; 3:40-42 "①网站招聘…②人才市场招聘…③校企合作"
fu-26|1|wrong|refused; 3:42 "校企合作…目前还没有成功…(在与深圳职业技术学院进行中)"
fu-26|2|right|3:44-47 (after an irrelevant 酒店 training block)
fu-26|3|wrong|"没有写明工作经验"; 3:159 "签订劳动合同(期限一年)"
fu-27|0|wrong|answered 物业 客户服务中心经理 (4:74-86) as "相近岗位"; 4:47-54 "负责客户服务部的全面工作…CIS考核制度…"
fu-27|1|wrong|refused; 4:52 "每月10日前将CIS考核结果向公司提出改进工作意见"
fu-27|2|partial|5 of 13 items of 4:74-86; misses 服务满意度, 管理费催缴
fu-27|3|right|主管领导 (item 1 of list)
fu-28|0|right|营运总监
fu-28|1|right|5 requirements
fu-28|2|right|4 powers
fu-28|3|partial|KPI design routed, weights 100, 3 BSC dims; ignores 1:147-155 (基础工作/大客户服务和维护/信息反馈/大客户营销); claims "文档将其列为「大客户经理」的考核指标" for duty phrases 4:130/4:138
fu-29|0|partial|steps 1, 4, 5; step 2 分析岗位职责 (0:149-157) and step 3 (0:159-167) missing
fu-29|1|right|5/3/1 分
fu-29|2|wrong|refused; 0:175 "岗位关键绩效指标以4-7个为宜"
fu-29|3|partial|quotes 0:175 (见表5) but does not say target values are not stated
fu-30|0|right|four dimensions (0:59) + three lists
fu-30|1|right|客户维度 line within the block
fu-30|2|right|0:69 line after a noisy "没有「成长」的岗位说明" hedge
fu-30|3|wrong|KPI design for 客户经理 built from 装潢 大客户经理/物业/网格 duties; 0:91 支行 indicators "日均存款新增额…中间业务收入" unused
duty-01|0|right|typo 专远 corrected, 3 duties
qual-01|0|right|4 requirements
duty-02|0|wrong|"知识库中没有「按摩部经理」这个岗位的资料"; 1:63-77 养生会所按摩技师部门经理岗位职责
qual-02|0|partial|typo handled; requirements 1-5 plus 6 application-instruction lines (0:557-567) shown as requirements
duty-03|0|right|5 duties
duty-04|0|right|2:196
oos-01|0|right|"只提到了「大堂经理」这个岗位…无法回答"
oos-02|0|wrong|quotes 强制休假 rules (1:429-431), never says pay is not stated
oos-03|0|wrong|labour-law question answered with 003:159 劳动合同(期限一年)
oos-04|0|wrong|quotes 从业资格考试培训 lines, no refusal
oos-05|0|partial|says no 按摩技师 description, then dumps 主管/经理 content twice
oos-06|0|right|"没有写明福利"
"""
forms = json.load(open("forms.json"))
rows, tally, by = [], Counter(), defaultdict(Counter)
for line in J.strip().splitlines():
    k, t, v, why = line.split("|", 3)
    iid = "r23s-" + k
    form = forms.get(f"{iid}#{t}", "first" if t == "0" else "?") if k.startswith("fu") else "single"
    rows.append(f"{iid}\t{t}\t{v}\t{why}")
    tally[v] += 1
    by[form][v] += 1
open("judgments.tsv", "w").write("id\tturn\tverdict\treason\n" + "\n".join(rows) + "\n")
print(len(rows), dict(tally))
for f, c in sorted(by.items(), key=lambda x: -sum(x[1].values())):
    print(f"{f:10s} n={sum(c.values()):3d} right={c['right']:2d} partial={c['partial']:2d} wrong={c['wrong']:2d}")
