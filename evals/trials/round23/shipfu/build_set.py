#!/usr/bin/env python3
"""Round 23, tester `shipfu`: 30 follow-up conversations (3-4 later turns each) + 12 single-turn items
over the shipped demo corpus (/tmp/r23code/corpus). Written from the documents only, before gangwei was run.
Evidence = 1-based physical line spans (sed -n 'a,bp'). forms.json gives one primary form per later turn:
ellipsis / pronoun / ordinal / more / switch / attribute / tool / oos."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
F = {"0": "000_9eeea241028b3f98.txt", "1": "001_96a5821ba6a26479.txt", "2": "002_0ddfcbd208019869.txt",
     "3": "003_7b824fd5cb031c95.txt", "4": "004_ac9c22820f98b245.txt"}
OOS = "out_of_scope"


def E(*spans):
    out = []
    for s in spans:
        f, rng = s.split(":")
        a, _, b = rng.partition("-")
        out.append({"file": F[f], "line_start": int(a), "line_end": int(b or a)})
    return out


def T(q, intent, role, ev=(), kp=(), attribute=None, form="first"):
    d = {"question": q, "intent": intent, "role": role}
    if attribute:
        d["attribute"] = attribute
    d["evidence"] = [] if intent == OOS else list(ev)
    d["key_points"] = [] if intent == OOS else [list(g) for g in kp]
    d["_form"] = form
    return d


def O(q):
    return T(q, OOS, None, form="oos")


CONVS = []


def C(persona, first, *turns):
    CONVS.append((persona, first, list(turns)))


# 1 行政助理
C("new_hire",
  T("行政部那个行政助理一天到晚忙些什么", "duty", "行政助理", E("0:467-479"), [["电话总机"], ["来访人员"], ["办公用品"]]),
  T("那学历卡不卡", "attribute", "行政助理", E("0:491"), [["大专以上"], ["专业不限"]], "education", "ellipsis"),
  T("她要几年工作经验", "attribute", "行政助理", E("0:493"), [["1年以上"], ["北京户口"]], "experience", "pronoun"),
  T("职责里第6条具体说的啥", "duty", "行政助理", E("0:477"), [["安全卫生巡查"], ["办公秩序"]], form="ordinal"))
# 2 大连 财务专员 -> 交易专员
C("hr",
  T("大连营业部招财务专员有啥硬性条件", "qualification", "财务专员", E("0:385-393"), [["财务专业"], ["用友"], ["会计资格证书"]]),
  T("他日常具体负责哪几块", "duty", "财务专员", E("0:395-403"), [["出市代表"], ["出纳工作"], ["保险事务"]], form="pronoun"),
  T("出纳那一块展开讲讲", "duty", "财务专员", E("0:399"), [["银行存款余额调节表"], ["纳税申报"]], form="ordinal"),
  T("换成同一个营业部的交易专员呢,干什么的", "duty", "交易专员", E("0:419"), [["来电交易委托"], ["风险控制"]], form="switch"))
# 3 分析师
C("new_hire",
  T("一德期货研究院分析师对学历和专业有啥要求", "qualification", "分析师", E("0:199-203"), [["研究生及以上"], ["经济学", "金融"]]),
  T("上班在哪个城市", "attribute", "分析师", E("0:217"), [["天津"], ["北京", "上海"]], "location", "ellipsis"),
  T("具体要干些啥活", "duty", "分析师", E("0:205-215"), [["分析研究"], ["数据库"], ["客户培训"]], form="ellipsis"),
  O("转正后月薪大概能拿多少"))
# 4 网络管理员 -> 信息技术专员
C("hr",
  T("技术一部网管岗招人什么要求", "qualification", "网络管理员", E("0:521-531"), [["本科以上"], ["30岁以下"], ["Cisco"]]),
  T("那大连营业部的信息技术专员呢", "qualification", "信息技术专员", E("0:423-433"), [["计算机专业"], ["Cisco"], ["期货从业资格"]], form="switch"),
  T("这俩岗位干的活有区别没", "duty", "信息技术专员", E("0:435-439", "0:515-519"), [["网络系统维护"], ["数据库管理"]], form="pronoun"),
  O("Cisco证书是要CCNP还是CCIE"))
# 5 软件开发工程师
C("new_hire",
  T("技术二部搞开发的那个岗位主要负责啥", "duty", "软件开发工程师", E("0:535-543"), [["财务软件"], ["数据产品平台"], ["行情平台"]]),
  T("需要会哪些编程语言", "attribute", "软件开发工程师", E("0:553"), [["C#"], ["Java"]], "skills", "ellipsis"),
  T("开发经验要求几年", "attribute", "软件开发工程师", E("0:547"), [["一年以上"], ["开发经验"]], "experience", "ellipsis"),
  T("帮我按这个岗位起草一份JD", "duty", "软件开发工程师", E("0:535-543"), [["财务软件"], ["数据产品平台"], ["行情平台"]], form="tool"))
# 6 市场开发专员
C("manager",
  T("营业部市场开发专员要招什么样的人", "qualification", "市场开发专员", E("0:443-451"), [["金融"], ["业务拓展"], ["期货从业资格"]]),
  T("工作地点可以自己选吗", "attribute", "市场开发专员", E("0:451"), [["尊重个人意愿"], ["各营业部所在地"]], "location", "ellipsis"),
  T("职责第二条客户指导细说一下", "duty", "市场开发专员", E("0:457-459"), [["盯市"], ["盘中客户指导"], ["出入金"]], form="ordinal"),
  O("他们开发客户的提成比例怎么算"))
# 7 快递业业务员
C("new_hire",
  T("做快递业务员的话顶头上司是哪个岗位", "attribute", "快递业业务员", E("0:597-601"), [["快递业务主管"], ["直属上司", "业务部"]], "reports_to"),
  T("归哪个部门", "attribute", "快递业业务员", E("0:597-601"), [["业务部"], ["所属部门"]], "department", "ellipsis"),
  T("他的工作内容都有啥", "duty", "快递业业务员", E("0:617-631"), [["销售回款"], ["铺货"], ["宣传品"]], form="pronoun"),
  O("送件超时一次扣多少钱"))
# 8 教师
C("hr",
  T("招老师要持什么证", "qualification", "教师", E("0:655", "0:683"), [["教师资格证"], ["普通话证书"]]),
  T("应聘英语老师的话有额外要求吗", "qualification", "教师", E("0:697"), [["英语专业四级"], ["沟通能力", "热爱教育"]], form="ellipsis"),
  T("他们的岗位职责第四条是啥", "duty", "教师", E("0:643-645", "0:673"), [["备课"], ["因材施教"]], form="ordinal"),
  O("老师一周要上多少节课"))
# 9 人力资源专员
C("hr",
  T("期货公司的人力资源专员工作职责有哪些", "duty", "人力资源专员", E("0:231-243"), [["招聘"], ["培训体系"], ["档案"]]),
  T("那它的任职要求写了啥", "qualification", "人力资源专员", E("0:221-227"), [["本科及以上"], ["人力资源相关专业"], ["沟通能力"]], form="ellipsis"),
  T("职责里第5条说的什么", "duty", "人力资源专员", E("0:239"), [["合同管理"], ["员工关系管理"]], form="ordinal"),
  O("HR专员试用期是几个月"))
# 10 财务岗 -> 总部财务人员
C("manager",
  T("财务部的财务岗对证书有什么要求", "qualification", "财务岗", E("0:247-255"), [["期货从业人员资格证书"], ["会计从业资格证"]]),
  T("总部财务人员那个岗位呢", "qualification", "财务人员", E("0:501-511"), [["30岁以下"], ["3年以上"], ["VBA"]], form="switch"),
  T("这个财务人员平时管啥", "duty", "财务人员", E("0:497-499"), [["相关财务工作"], ["负责公司"]], form="pronoun"),
  T("年龄上有限制吗", "qualification", "财务人员", E("0:503"), [["30岁以下"], ["本科及以上"]], form="attribute"))
# 11 客户关系专员 -> 开户专员
C("new_hire",
  T("客服中心客户关系专员负责些什么", "duty", "客户关系专员", E("0:373-381"), [["客户分级维护"], ["客户数据分析"], ["CRM"]]),
  T("需要具备啥能力", "qualification", "客户关系专员", E("0:363-371"), [["沟通协调能力"], ["数据分析能力"]], form="ellipsis"),
  T("开户专员呢", "qualification", "开户专员", E("0:341-349"), [["服务意识"], ["天津"]], form="switch"),
  O("开户专员具体在天津哪个区上班"))
# 12 宣传专员 -> 制度专员
C("hr",
  T("合规发展部宣传专员的职责是什么", "duty", "宣传专员", E("0:275-281"), [["制度整理"], ["流程梳理"], ["修订"]]),
  T("同部门的制度专员呢", "duty", "制度专员", E("0:293-297"), [["合规教育"], ["反洗钱"], ["合规问题处理"]], form="switch"),
  T("这两个岗位的任职要求一样吗", "qualification", "制度专员", E("0:267-273", "0:285-291"), [["本科及以上"], ["专业不限"], ["期货从业资格"]], form="pronoun"),
  O("反洗钱培训一年要搞几次"))
# 13 养生会所店长 -> 营销总监
C("manager",
  T("连锁养生会所的店长要管哪些事", "duty", "店长", E("1:11-27"), [["奖罚制度"], ["培训员工"], ["客源拓展"]]),
  T("第5条细说一下", "duty", "店长", E("1:21"), [["奖罚制度"], ["纪律"]], form="ordinal"),
  T("那营销总监呢", "duty", "营销总监", E("1:29-61"), [["营销策略"], ["会员档案"], ["大客户"]], form="switch"),
  T("他的总结报告交给谁", "attribute", "营销总监", E("1:37-39"), [["会所总经理"], ["分析总结会", "例会"]], "reports_to", "pronoun"))
# 14 按摩技师部门主管
C("hr",
  T("按摩技师部门主管手下管多少个技师", "attribute", "按摩技师部门主管", E("1:111"), [["10名左右"], ["增设主管"]], "subordinates"),
  T("一个部门一般配几个主管", "duty", "按摩技师部门主管", E("1:111"), [["2~3名"], ["10名左右"]], form="ellipsis"),
  T("他对谁负责", "attribute", "按摩技师部门主管", E("1:111-113"), [["部门经理"], ["协助部门经理"]], "reports_to", "pronoun"),
  T("那他具体干哪些活", "duty", "按摩技师部门主管", E("1:113-117"), [["卫生"], ["消耗品"], ["服务质量"]], form="pronoun"))
# 15 技术经理
C("manager",
  T("健康养生会所的技术经理受谁领导", "attribute", "技术经理", E("1:81"), [["会所总经理"], ["保健部经理"]], "reports_to"),
  T("他要管技师考勤吗", "duty", "技术经理", E("1:99"), [["考勤统计"], ["迟到", "旷工"]], form="pronoun"),
  T("还有别的职责吗", "duty", "技术经理", E("1:81-107"), [["培训计划"], ["仪容仪表"], ["技术手法"]], form="more"),
  T("帮我写一份技术经理的岗位说明书", "duty", "技术经理", E("1:81-107"), [["培训"], ["考核"], ["例会"]], form="tool"))
# 16 凉山邮政大客户经理薪酬
C("hr",
  T("凉山邮政的大客户经理工资由哪几块构成", "attribute", "大客户经理", E("1:143"), [["业绩工资"], ["营销奖励"], ["外勤津贴"]], "pay"),
  T("外勤津贴一个月给多少", "attribute", "大客户经理", E("1:139"), [["150元"], ["交通费", "通信费"]], "pay", "ellipsis"),
  T("业绩工资考的四项指标各占几分", "kpi", "大客户经理", E("1:147-155"), [["基础工作"], ["20分"], ["30分"]], form="attribute"),
  T("第三项怎么评分", "kpi", "大客户经理", E("1:171-175"), [["可开发业务项目"], ["0-8分"]], form="ordinal"))
# 17 呼叫中心数据岗
C("new_hire",
  T("呼叫中心做数据汇总分析的那个岗位有哪些职责", "duty", None, E("1:225-243"), [["满意度调查"], ["历史录音"], ["知识库"]]),
  T("第八条什么意思", "duty", None, E("1:243"), [["业务参数变更"], ["短信平台"]], form="ordinal"),
  T("差错率这些数据归它管吗", "duty", None, E("1:235"), [["差错率"], ["呼出任务完成率"]], form="pronoun"),
  O("这个岗位要什么学历"))
# 18 新余农商行
C("manager",
  T("新余农商行网点转型要建哪几支队伍", "duty", None, E("1:343"), [["零售客户经理"], ["大堂经理"]]),
  T("那理财经理呢,怎么选人", "duty", "零售客户经理", E("1:355"), [["懂业务"], ["储备库"]], form="switch"),
  T("还没配大堂经理的网点谁来顶", "duty", None, E("1:347"), [["柜员轮流"], ["柜面业务分流"]], form="ellipsis"),
  O("理财经理的薪资标准是多少"))
# 19 信用社客户经理 贷款首放制
C("manager",
  T("信用社客户经理贷款首放制里的六包是哪六包", "duty", "客户经理", E("2:9"), [["包考察"], ["包赔偿"]]),
  T("三化三无又指什么", "duty", "客户经理", E("2:10"), [["制度化"], ["无欠息"]], form="ellipsis"),
  T("1万到2万的贷款责任怎么划分", "duty", "客户经理", E("2:17"), [["信贷副主任"], ["30%"]], form="attribute"),
  T("违规放贷的话怎么处理", "duty", "客户经理", E("2:21-23"), [["行政经济处罚"], ["赔偿"]], form="ellipsis"))
# 20 家装业务员
C("new_hire",
  T("做家装业务员平时主要干啥", "duty", "家装业务员", E("2:101-132"), [["客户邀约"], ["签单"], ["小区"]]),
  T("需要啥能力", "qualification", "家装业务员", E("2:100"), [["渠道资源"], ["沟通协调能力"]], form="ellipsis"),
  T("跟设计师怎么配合", "duty", "家装业务员", E("2:106", "2:120", "2:131"), [["参与谈单", "协助设计师签单"], ["设计师"]], form="ellipsis"),
  O("这个岗位要不要自己有车"))
# 21 外贸业务经理 -> 内贸业务员
C("hr",
  T("外贸业务经理需要什么能力素质", "qualification", "外贸业务经理", E("2:159", "2:173-174"), [["市场开拓能力"], ["抗压能力"]]),
  T("职责有哪些", "duty", "外贸业务经理", E("2:160-183"), [["销售目标"], ["新客户"], ["询盘"]], form="ellipsis"),
  T("有没有做亚马逊运营的那种", "duty", "外贸业务经理", E("2:179-181"), [["亚马逊日本站点"], ["选品"]], form="more"),
  T("那做内贸的业务员呢", "duty", "内贸业务员", E("2:223-251"), [["开发新客户"], ["阿里巴巴"], ["老客户"]], form="switch"))
# 22 中国银行五大类
C("new_hire",
  T("中国银行招聘一般有哪几大类岗位", "duty", None, E("2:186"), [["银行柜员"], ["风险控制"], ["信息科技"]]),
  T("风险控制类做什么", "duty", None, E("2:199"), [["信用风险"], ["风险指标"]], form="ellipsis"),
  T("换成柜员呢", "duty", "银行柜员", E("2:190"), [["前台柜员"], ["后台柜员"]], form="switch"),
  T("柜员想被录取最好具备啥", "qualification", "银行柜员", E("2:209-210"), [["从业资格"], ["推广产品"]], form="ellipsis"))
# 23 银行技术岗 -> 行长
C("hr",
  T("银行技术岗社招要几年经验", "attribute", None, E("2:213"), [["3年"], ["信息技术从业经历"]], "experience"),
  T("应届生呢", "qualification", None, E("2:212"), [["211/985"], ["实习项目"]], form="ellipsis"),
  T("那行长要什么样的人", "qualification", "行长", E("2:218-219"), [["战略性眼光"], ["客户资源"]], form="switch"),
  O("行长年薪一般多少"))
# 24 金华销售经理
C("manager",
  T("金华那个销售经理负责哪些工作", "duty", "销售经理", E("2:136-142", "3:25-31", "3:104-110"), [["区域销售任务"], ["出库手续", "开户手续"], ["市场信息"]]),
  T("第三条是什么", "duty", "销售经理", E("2:138", "3:27", "3:106"), [["出库手续", "开户手续"], ["严格执行"]], form="ordinal"),
  T("帮我基于这个写个销售经理JD", "duty", "销售经理", E("2:136-142", "3:25-31", "3:104-110"), [["区域销售任务"], ["市场信息"]], form="tool"),
  O("销售经理的KPI权重怎么分配"))
# 25 证券营销团队制度
C("manager",
  T("证券营业部营销团队晨会要讲哪些内容", "duty", None, E("3:143-148"), [["市场信息"], ["工作进度汇报"], ["营销案例"]]),
  T("客户经理每天工作几小时", "duty", "客户经理", E("3:139"), [["8小时"], ["加班"]], form="ellipsis"),
  T("请假要找谁批", "duty", "客户经理", E("3:142"), [["团队负责人"], ["提前"]], form="ellipsis"),
  T("考核多久一次", "kpi", "客户经理", E("3:155"), [["每月进行一次"], ["三个月"], ["年终"]], form="ellipsis"))
# 26 证券团队招聘
C("hr",
  T("证券销售团队招人有哪几种渠道", "duty", None, E("3:38-42", "3:117-121"), [["网站招聘"], ["人才市场"], ["校企合作"]]),
  T("第三种现在进展如何", "duty", None, E("3:42", "3:121"), [["还没有成功"], ["深圳职业技术学院"]], form="ordinal"),
  T("新员工入职培训些啥", "duty", None, E("3:43-47", "3:122-126"), [["开户流程"], ["话术"], ["从业资格考试"]], form="ellipsis"),
  T("劳动合同签几年", "duty", None, E("3:159"), [["一年"], ["营销合作协议"]], form="ellipsis"))
# 27 客户服务部经理 -> 客户服务中心经理
C("new_hire",
  T("广汽丰田店客户服务部经理负责啥", "duty", "客户服务部经理", E("4:47-54"), [["CIS考核"], ["客户投诉"], ["安全卫生"]]),
  T("CIS考核结果几号前要交", "duty", "客户服务部经理", E("4:52"), [["每月10日前"], ["CIS考核"]], form="attribute"),
  T("那物业的客服中心经理呢", "duty", "客户服务中心经理", E("4:73-86"), [["服务满意度"], ["例会"], ["管理费催缴"]], form="switch"),
  T("这个中心经理对谁负责", "attribute", "客户服务中心经理", E("4:74"), [["主管领导"], ["年度工作计划"]], "reports_to", "pronoun"))
# 28 大客户经理 篇8
C("hr",
  T("大客户经理直接上级是哪个", "attribute", "大客户经理", E("4:118-122"), [["营运总监"], ["监督"]], "reports_to"),
  T("他的任职条件怎么写的", "qualification", "大客户经理", E("4:149-154"), [["本科以上"], ["3年以上"], ["市场营销"]], form="ellipsis"),
  T("他有哪些权力", "duty", "大客户经理", E("4:144-148"), [["车辆调动权"], ["奖罚提议权"]], form="pronoun"),
  T("帮我给大客户经理设计一套KPI", "kpi", "大客户经理", E("1:147-155"), [["大客户服务和维护"], ["信息反馈"], ["大客户营销"]], form="tool"))
# 29 KPI 提炼五步
C("hr",
  T("从岗位职责提炼关键绩效指标要分几步走", "method", None, E("0:143-175"), [["阅读、检查岗位职责"], ["分析岗位职责"], ["提取可衡量指标"], ["排序"]]),
  T("第四步具体怎么打分", "method", None, E("0:171"), [["直接相关评5分"], ["一般相关评1分"]], form="ordinal"),
  T("最后留几个指标合适", "method", None, E("0:175"), [["4-7个"], ["2-5个"]], form="ellipsis"),
  O("电工岗最后定的那几个KPI目标值是多少"))
# 30 BSC 企业级
C("manager",
  T("银行企业级KPI按平衡计分卡分哪几个维度", "kpi", None, E("0:59-69"), [["财务"], ["客户"], ["内部流程"], ["学习与成长"]]),
  T("客户维度可以选哪些指标", "kpi", None, E("0:65"), [["市场占有率"], ["新增个人VIP客户数"]], form="ellipsis"),
  T("那学习与成长呢", "kpi", None, E("0:69"), [["员工满意度"], ["员工接受培训时间"]], form="switch"),
  T("帮我给支行客户经理设计一套KPI", "kpi", "客户经理", E("0:91"), [["日均存款新增额"], ["中间业务收入"]], form="tool"))

items, forms = [], {}
for i, (persona, first, turns) in enumerate(CONVS, 1):
    iid = f"r23s-fu-{i:02d}"
    first = dict(first)
    first.pop("_form")
    later = []
    for j, t in enumerate(turns, 1):
        t = dict(t)
        forms[f"{iid}#{j}"] = t.pop("_form")
        later.append(t)
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": first["question"],
                  "role": first["role"], "attribute": first.get("attribute"), "evidence": first["evidence"],
                  "key_points": first["key_points"], "expect_refusal": False, "turns": later, "tool": None})


def S(id_, persona, intent, q, role, ev=(), kp=()):
    items.append({"id": "r23s-" + id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": None, "evidence": [] if intent == OOS else list(ev),
                  "key_points": [] if intent == OOS else [list(g) for g in kp],
                  "expect_refusal": intent == OOS, "turns": None, "tool": None})


# single-turn paraphrases: typos / shortened titles
S("duty-01", "new_hire", "duty", "产品服务专远主要负责什么", "产品服务专员", E("0:311-317"), [["新业务测试"], ["编写培训"], ["400电话"]])
S("qual-01", "hr", "qualification", "交易专员要啥资质", "交易专员", E("0:407-415"), [["期货从业资格"], ["交割业务"]])
S("duty-02", "manager", "duty", "按摩部经理主要管些什么", "按摩技师部门经理", E("1:65-77"), [["促销方案"], ["规章制度"], ["按摩手法"]])
S("qual-02", "hr", "qualification", "软件开发工程施要什么任职资格", "软件开发工程师", E("0:545-555"), [["计算机"], ["一年以上"], ["C#"]])
S("duty-03", "new_hire", "duty", "网格客户经理日常干些啥", "网格客户经理", E("4:65-70"), [["走访"], ["欠费收缴"], ["销售渠道"]])
S("duty-04", "new_hire", "duty", "中行产品支持类岗位做什么", None, E("2:196"), [["金融产品"], ["营销活动"]])
# single-turn out of scope near the corpus topics
S("oos-01", "hr", OOS, "大堂经理的任职资格有哪些", None)
S("oos-02", "new_hire", OOS, "客户经理被强制休假那几天工资照发吗", None)
S("oos-03", "hr", OOS, "劳动合同法规定试用期最长几个月", None)
S("oos-04", "new_hire", OOS, "证券从业资格考试在哪报名", None)
S("oos-05", "manager", OOS, "按摩技师本人的岗位职责是什么", None)
S("oos-06", "new_hire", OOS, "银行柜员的五险一金按多少比例交", None)

(HERE / "set.jsonl").write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
(HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items,", sum(len(it["turns"] or []) for it in items), "later turns")
