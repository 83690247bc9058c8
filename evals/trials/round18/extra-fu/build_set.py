#!/usr/bin/env python3
"""Round 18 extra-fu: 30 follow-up conversations over /work/shared/corpus-extra (blind).

Writes set.jsonl (schema of /work/main/evals/sets/README.md, intent followup, ids r18x-fu-01..30)
and forms.json (the form of every later turn, kept outside the schema).
Written from the documents alone, before gangwei was run on any of it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

F1 = "cx01_财务部经理岗位说明书.docx"
F2 = "cx02_车辆调度员岗位说明书.docx"
F3 = "cx03_培训部工作手册.docx"
F4 = "cx04_部门KPI指标库.xlsx"
F5 = "cx05_招聘岗位一览.xlsx"
F6 = "cx06_技术岗位招聘信息.csv"
F7 = "cx07_人才招聘.html"
F8 = "cx08_培训学校出纳岗位说明书.pdf"
F9 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def Q(f, q):
    return {"file": f, "quote": q}


def T(question, intent, role, ev, kp, form, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t, form


def OOS(question, role, form):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form


CONV = []


def C(persona, first_intent, question, role, ev, kp, turns, attribute=None):
    CONV.append(dict(persona=persona, first_intent=first_intent, question=question, role=role,
                     evidence=ev, key_points=kp, attribute=attribute, turns=turns))


# 01 cx01 财务部经理: skills -> ordinal -> age -> org chart
C("hr", "qualification", "袜业公司财务部经理的岗位任职基本技能有哪些", "财务部经理",
  [Q(F1, "精通ERP、K3等软件运用"), Q(F1, "精通国家财税法律规范"), Q(F1, "有资本运作、证券融资以及兼并收购")],
  [["ERP"], ["财税法律"], ["资本运作"]],
  [T("第四条说的管控能力具体指哪几块", "qualification", "财务部经理", [Q(F1, "资金、资产、税务管控能力极强")],
     [["报表"], ["税务"], ["资产"]], "ordinal+quote-prev"),
   T("对年纪有限制没", "qualification", "财务部经理", [Q(F1, "35-45岁、性别不限")], [["35-45岁"], ["放宽"]], "terse+age"),
   T("那他的组织结构图里下面是哪两个岗", "attribute", "财务部经理", [Q(F1, "成本会计"), Q(F1, "财务会计、出纳")],
     [["成本会计"], ["出纳"]], "pronoun+subordinates", "subordinates")])

# 02 cx01 KPI targets -> cx02
C("manager", "kpi", "财务部经理的工作目标里对库存周转率怎么要求的", "财务部经理",
  [Q(F1, "库存周转率、应收账款周转率小于期间额定标准")], [["库存周转率"], ["额定标准"], ["应收账款周转率"]],
  [T("货款回收那条呢", "kpi", "财务部经理", [Q(F1, "监督货款回收的实际时间")], [["货款回收"], ["规定的天数"]], "ellipsis"),
   T("成本费用达成率要多少，包括哪几种费用", "kpi", "财务部经理", [Q(F1, "成本费用(销售费用、制造费用、管理费用)")],
     [["100%"], ["销售费用"], ["制造费用"], ["管理费用"]], "two-in-one"),
   T("最后那条是啥", "kpi", "财务部经理", [Q(F1, "无发生财务管理重大责任事故")],
     [["重大责任事故"], ["无发生", "不发生", "没有发生"]], "ordinal-last"),
   T("换到车辆调度员，他的业绩标准第二条是啥", "kpi", "车辆调度员", [Q(F2, "客户满意率达90%以上")],
     [["客户满意率"], ["90%"]], "switch-role+ordinal")])

# 03 cx02 调度员 duties -> 难点 -> skills -> KPI
C("new_hire", "duty", "调度员在掌握司机技术状况这块要做什么", "车辆调度员",
  [Q(F2, "根据司机的技术状况和车辆状况合理安排出车"), Q(F2, "向司机交待清楚时间、地点、任务和注意事项")],
  [["合理安排出车"], ["注意事项"]],
  [T("工作难点呢", "duty", "车辆调度员", [Q(F2, "人员车辆及时到位")], [["及时到位"], ["人员车辆"]], "terse"),
   T("专业技能跟能力要求各是啥", "qualification", "车辆调度员", [Q(F2, "熟练使用自动化办公软件"), Q(F2, "具有较好的分析能力")],
     [["自动化办公软件"], ["分析能力"]], "two-in-one"),
   T("突发事件那条指标要求多少", "kpi", "车辆调度员", [Q(F2, "突发事件处理及时率达100%")],
     [["突发事件"], ["100%"]], "kpi-after-duty")])

# 04 cx02 experience -> education -> cx01 -> compare -> return (unstated)
C("hr", "attribute", "车辆调度员要干几年相关工作才能应聘", "车辆调度员",
  [Q(F2, "4年以上相关工作经验")], [["4年以上"], ["相关工作经验"]],
  [T("学历最低啥水平", "attribute", "车辆调度员", [Q(F2, "高中及以上"), Q(F2, "教育水平")],
     [["高中及以上"], ["教育水平", "学历"]], "terse", "education"),
   T("那袜业的财务部经理要几年", "attribute", "财务部经理", [Q(F1, "八年以工业企业财务管理经验")],
     [["八年"], ["五年"]], "switch-company+ellipsis", "experience"),
   T("两个岗哪个要求高", "attribute", None, [Q(F2, "4年以上相关工作经验"), Q(F1, "八年以工业企业财务管理经验")],
     [["4年以上"], ["八年"]], "compare", "experience"),
   OOS("回到调度员，编制几个人", "车辆调度员", "return+missing")],
  attribute="experience")

# 05 cx03 培训部 functions -> ordinal -> last -> manager -> near-miss
C("new_hire", "duty", "培训部作为一个部门负责哪些职能", None,
  [Q(F3, "负责培训服务产品的开发和策划工作"), Q(F3, "负责公司师资库的建立"), Q(F3, "负责公司培训档案的建立"),
   Q(F3, "负责培训新课程的开发")],
  [["培训服务产品"], ["师资库"], ["培训档案"], ["新课程"]],
  [T("第六项展开说说", "duty", None, [Q(F3, "包括外部讲师的管理和内部讲师的培养考核")], [["外部讲师"], ["内部讲师"]], "ordinal"),
   T("最后一项呢", "duty", None, [Q(F3, "负责培训合作机构的合作与维护")], [["合作机构"], ["维护"]], "ordinal-last"),
   T("部门经理自己负责啥", "duty", "培训部经理",
     [Q(F3, "责培训部的日常管理工作"), Q(F3, "责培训部员工的工作安排与绩效考核"), Q(F3, "g)负责培训市场的开拓")],
     [["日常管理"], ["绩效考核"], ["培训市场"]], "switch-role"),
   OOS("培训助理呢 干啥的", None, "missing-near-miss")])

# 06 cx04 HR 内部营运类 -> formula -> pronoun -> ellipsis
C("hr", "kpi", "人力资源部KPI里内部营运类有哪些指标", None,
  [Q(F4, "内部营运类"), Q(F4, "制度和流程的书面化比率"), Q(F4, "员工工资出错次数"), Q(F4, "员工绩效计划的按时完成率"),
   Q(F4, "员工绩效考核申诉处理及时性"), Q(F4, "招聘空缺职位所需的平均天数"), Q(F4, "人员编制控制率")],
  [["书面化比率"], ["工资出错"], ["申诉处理"], ["平均天数"], ["人员编制控制率"]],
  [T("人员编制那个公式是啥", "kpi", None, [Q(F4, "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]],
     "quote-prev+formula"),
   T("它属于哪个考核目标", "kpi", None, [Q(F4, "招聘管理"), Q(F4, "人员编制控制率")], [["招聘管理"], ["人员编制控制率"]],
     "pronoun"),
   T("客户类的又是啥", "kpi", None,
     [Q(F4, "员工满意度调查"), Q(F4, "对员工进行满意度调查的算术平均值"), Q(F4, "员工对公司人力资源制度的满意度")],
     [["员工满意度"], ["算术平均值", "满意度调查"]], "ellipsis")])

# 07 cx04 HR 财务类 -> ordinal -> quote -> section switch
C("manager", "kpi", "人资部财务类KPI有几项，分别叫啥", None,
  [Q(F4, "部门费用预算达成率"), Q(F4, "薪资总量预算安排达成率"), Q(F4, "招聘费用预算达成率"), Q(F4, "培训费用预算达成率")],
  [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
  [T("第二个的定义是啥", "kpi", None,
     [Q(F4, "当年人工总成本实际发生金额占人工总成本预算的比例"), Q(F4, "(实际发生成本/计划成本)*100%")],
     [["人工总成本"], ["实际发生成本", "实际发生金额"]], "ordinal+formula"),
   T("部门费用那个以谁的表为准", "kpi", None, [Q(F4, "以财务部下发的费用预算表为准")], [["财务部下发"], ["费用预算表"]],
     "quote-prev"),
   T("绩效管理下面考核啥", "kpi", None, [Q(F4, "员工绩效计划的按时完成率"), Q(F4, "员工绩效考核申诉处理及时性")],
     [["按时完成率"], ["申诉处理及时性"]], "switch-section")])

# 08 cx04 审计部 -> quote -> empty formula -> 资金部 -> correction to 财务部
C("hr", "kpi", "审计部那几个KPI指标列一下", None,
  [Q(F4, "审计计划执行率"), Q(F4, "审计报告一次经过率"), Q(F4, "审计问题追踪检查率"), Q(F4, "审计报告归档率")],
  [["审计计划执行率"], ["一次经过率"], ["追踪检查率"], ["归档率"]],
  [T("证据充分性那条按什么算", "kpi", None, [Q(F4, "因审计证据不足而使审计结果被推翻的次数")], [["证据不足"], ["推翻"]],
     "quote-prev"),
   OOS("审计报告一次经过率的计算公式", None, "missing-empty-field"),
   T("换资金部，收支准确度怎么衡量", "kpi", None, [Q(F4, "资金收支出错次数")], [["资金收支"], ["出错次数"]], "switch-dept"),
   T("不是资金，我说的是财务部的资料完好性", "kpi", None, [Q(F4, "财务资料损坏、 丢失、 泄露的次数")],
     [["损坏"], ["丢失"], ["泄露"]], "correction")])

# 09 cx05 文案策划 -> duties -> ordinal -> compare
C("new_hire", "qualification", "注塑厂文案策划要啥学历和年龄", "文案策划",
  [Q(F5, "大专以上，20-35岁，有经验者优先")], [["大专以上"], ["20-35岁"]],
  [T("平时干的活呢", "duty", "文案策划", [Q(F5, "负责宣传推广文案及宣传资料文案的撰写")],
     [["宣传策划方案"], ["宣传推广文案"], ["刊物"]], "terse+ellipsis"),
   T("第三条具体是写啥", "duty", "文案策划", [Q(F5, "负责公司对外媒体和广告表现文字的撰写")], [["对外媒体"], ["广告"]],
     "ordinal"),
   T("跟销售经理比，学历要求谁高", "attribute", None,
     [Q(F5, "本科以上，20-35岁，英语专业者优先"), Q(F5, "大专以上，20-35岁，有经验者优先")],
     [["本科以上"], ["大专以上"]], "compare", "education")])

# 10 cx05 生产主管 -> two-in-one -> two-in-one -> switch -> correction
C("manager", "duty", "注塑公司生产主管平时负责哪些", "生产主管",
  [Q(F5, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]],
  [T("那他要几年工作经验，啥专业", "attribute", "生产主管", [Q(F5, "有两年以上相关行业的工作经验")],
     [["两年以上"], ["注塑"]], "pronoun+two-in-one", "experience"),
   T("年纪跟学历呢", "qualification", "生产主管", [Q(F5, "有两年以上相关行业的工作经验")], [["25-45岁"], ["本科以上"]],
     "two-in-one+age"),
   T("机械技术员招几个人，要多大年纪的", "qualification", "机械技术员",
     [Q(F5, "机械技术员（4名）"), Q(F5, "机械技术底子深厚")], [["4名"], ["20-45岁"]], "switch-role+two-in-one"),
   T("搞错了，我想问研发经理，他要啥专业", "attribute", "研发经理", [Q(F5, "模具设计类专业，有经验者优先")], [["模具设计"], ["专业"]],
     "correction+major", "major")])

# 11 cx06 Moka 前端 -> ts -> product manager location -> pay compare
C("new_hire", "attribute", "Moka前端开发工程师要几年经验", "前端开发工程师",
  [L(F6, 7)], [["1年及以上"], ["toB"]],
  [T("ts不会行不行", "qualification", "前端开发工程师", [L(F6, 11)], [["不会没关系"], ["类型体操"]], "mixed-en+terse"),
   T("同公司那个产品经理在哪base", "attribute", "产品经理", [L(F6, 13)], [["成都"], ["产品经理"]],
     "switch-role+location", "location"),
   T("薪资跟前端一样吗", "attribute", None, [L(F6, 2), L(F6, 13)], [["15k-40k"], ["*15"]], "compare+pay", "pay")],
  attribute="experience")

# 12 cx06 Golang -> db -> terraform -> 宝洁 SRE
C("hr", "duty", "云霁科技的Golang后端具体做什么项目", "Golang 后端",
  [L(F6, 27, 31)], [["CloudIaC"], ["CloudBoot"], ["落地"]],
  [T("数据库这块要求啥", "qualification", "Golang 后端", [L(F6, 39)], [["MySQL"], ["PostgreSQL"]], "terse"),
   T("terraform有要求吗", "qualification", "Golang 后端", [L(F6, 44, 46)], [["terraform"], ["加分项"]], "mixed-en"),
   T("换宝洁的SRE，经验要求呢", "attribute", "平台Site Reliability Engineer", [L(F6, 125)],
     [["4年以上"], ["系统管理员"]], "switch-company+ellipsis", "experience")])

# 13 cx06 DBA -> school -> 测试经理 team -> pay compare
C("hr", "attribute", "慧算账的DBA要什么专业背景", "DBA",
  [L(F6, 70)], [["计算机"], ["通信"], ["信息安全"]],
  [T("学校有讲究吗", "attribute", "DBA", [L(F6, 70)], [["正规院校"], ["本科"]], "terse", "education"),
   T("同公司测试经理呢，要管过多大的团队", "qualification", "测试工程师", [L(F6, 59)], [["3人以上"], ["1年"]],
     "switch-role"),
   T("这俩工资区间一样不", "attribute", None, [L(F6, 50), L(F6, 62)], [["15K-45K"], ["测试", "DBA"]], "compare+pay", "pay")],
  attribute="major")

# 14 cx06 京东 前端 -> 小程序 -> 图表 -> correction to 美团 location -> department
C("new_hire", "qualification", "京东物流前端研发要会哪些框架", "前端开发工程师",
  [L(F6, 101), L(F6, 104)], [["React"], ["Vue"], ["TypeScript"], ["Flutter", "React Native"]],
  [T("小程序要会哪些", "qualification", "前端开发工程师", [L(F6, 105)],
     [["微信小程序"], ["百度小程序"], ["支付宝小程序"]], "terse"),
   T("图表用啥工具", "qualification", "前端开发工程师", [L(F6, 103)], [["ECharts"], ["BI"]], "terse"),
   T("不对，我说的是美团那个前端，办公地点在哪", "attribute", "前端开发工程师", [L(F6, 75)], [["成都"], ["美团"]],
     "correction+location", "location"),
   T("他们部门是做啥的", "attribute", "前端开发工程师", [L(F6, 77)], [["CRM"], ["数仓"], ["站外广告"]],
     "pronoun", "department")])

# 15 cx07 生产技术部长 -> major -> ordinal -> duties unstated -> 销售员
C("hr", "qualification", "钢构厂招生产技术部长，对工作年限怎么要求的", "生产技术部长",
  [L(F7, 74), L(F7, 78), L(F7, 81)], [["10年以上"], ["2年及以上"], ["1年及以上"]],
  [T("专业方面呢", "attribute", "生产技术部长", [L(F7, 74)], [["设备动力管理"], ["机电一体化"]], "terse+major", "major"),
   T("第四条说的管理风格是啥样", "qualification", "生产技术部长", [L(F7, 84)], [["走动式管理"], ["协调、组织能力"]],
     "ordinal+quote-prev"),
   OOS("那部长平时具体负责哪些工作", "生产技术部长", "missing-unstated-duties"),
   T("换成销售员，要啥专业", "attribute", "销售员", [L(F7, 111)], [["市场营销"], ["工程管理"]], "switch-role+major",
     "major")])

# 16 cx07 铆工 -> gender -> compare 焊工 -> cert -> unstated pay
C("new_hire", "attribute", "铆工得有几年经验才收", "铆工",
  [L(F7, 143)], [["3年以上"], ["一年以上"]],
  [T("女的收不收", "qualification", "铆工", [L(F7, 140)], [["男"], ["性别"]], "terse"),
   T("焊工跟它比学历要求一样吗", "attribute", None, [L(F7, 130), L(F7, 140)], [["高中及以上"], ["高中级以上"]],
     "compare+pronoun", "education"),
   T("焊工证要哪发的", "attribute", "焊工", [L(F7, 133)], [["质监局"], ["焊工证"]], "terse+certificate", "certificate"),
   OOS("焊工工资开多少", "焊工", "missing-unstated-pay")],
  attribute="experience")

# 17 cx07 采购员 -> experience -> subordinates -> last -> 高压值班电工
C("manager", "attribute", "采购员需要啥专业", "采购员",
  [L(F7, 150)], [["物流"], ["供应链管理"]],
  [T("要做过主管吗", "attribute", "采购员", [L(F7, 150)], [["3年以上"], ["采购主管"]], "terse+experience", "experience"),
   T("他管不管人", "attribute", "采购员", [L(F7, 159)], [["组织下属"], ["收集"]], "pronoun+subordinates", "subordinates"),
   T("最后一条工作内容讲的啥", "duty", "采购员", [L(F7, 177)], [["供应商目录"], ["材料品牌目录"]], "ordinal-last"),
   T("高压值班电工要持什么证", "attribute", "高压值班电工", [L(F7, 296)], [["高压电工资格证"], ["持有"]],
     "switch-role+certificate", "certificate")],
  attribute="major")

# 18 cx07 维修电工 -> ordinal -> 电气技术储备 -> pronoun
C("new_hire", "duty", "维修电工工作内容有哪些", "维修电工",
  [L(F7, 309, 318)], [["例保"], ["大修"], ["挂牌"], ["技术档案"]],
  [T("第二条展开下", "duty", "维修电工", [L(F7, 312)], [["一保"], ["二保"], ["修理记录"]], "ordinal"),
   T("电气技术储备的专业要求呢", "attribute", "电气技术储备", [L(F7, 254)], [["机电一体化"], ["弱电"]],
     "switch-role+major", "major"),
   T("那它对经验有啥要求", "attribute", "电气技术储备", [L(F7, 254)], [["一年以上"], ["应届"]], "pronoun+experience",
     "experience")])

# 19 cx08 出纳 duties -> ordinal -> two-in-one -> 舞弊
C("new_hire", "duty", "培训学校出纳每天都干些啥", "出纳",
  [Q(F8, "每天报财务“资金汇报”"), Q(F8, "学校发票、收据业务办理"), Q(F8, "为客户办理退费结算")],
  [["资金汇报"], ["发票"], ["退费"]],
  [T("第七条退费那块呢", "duty", "出纳", [Q(F8, "按领导审批过的退费手续")], [["审批"], ["退费结算"]], "ordinal+quote-prev"),
   T("经验要求几年，要做过出纳吗", "attribute", "出纳", [Q(F8, "从业年限 2年以上"), Q(F8, "2年以上出纳工作经验")],
     [["2年以上"], ["出纳工作经验"]], "two-in-one+experience", "experience"),
   T("要是舞弊了会怎么处理", "duty", "出纳", [Q(F8, "解除当事人的劳动合同")], [["罚款"], ["解除"], ["通报"]],
     "new-topic")])

# 20 cx08 出纳 department -> subordinates -> cx01 reports_to -> compare -> return
C("manager", "attribute", "学校出纳归哪个部门，在总校还是分校", "出纳",
  [Q(F8, "部门/分支机构 总校"), Q(F8, "岗位代码 所属部门 财务部")], [["财务部"], ["总校"]],
  [T("直接下属有没有", "attribute", "出纳", [Q(F8, "平级:会计 直接下属:无")], [["直接下属"], ["无"]],
     "terse+subordinates", "subordinates"),
   T("袜厂那个财务经理的直接上级又是谁", "attribute", "财务部经理", [Q(F1, "财务总监"), Q(F1, "直接上级")],
     [["财务总监", "财务部总监"], ["上级"]], "switch-company+reports_to", "reports_to"),
   T("他俩学历谁要求高", "attribute", None, [Q(F8, "会计、金融类专业大专或以上学历"), Q(F1, "会计专业本科学历")],
     [["大专或以上"], ["本科"]], "compare+pronoun", "education"),
   T("回到出纳，要会啥软件", "attribute", "出纳", [Q(F8, "熟练的财务软件及OFFICE办公软件操作技巧")],
     [["财务软件"], ["OFFICE"]], "return", "skills")],
  attribute="department")

# 21 cx09 财务类 -> scoring -> weight -> weight+scoring
C("hr", "kpi", "人事行政部经理的财务类指标有哪两个", "人事行政部经理",
  [L(F9, 8, 9)], [["办公用品费用控制"], ["人事行政成本控制"]],
  [T("成本控制那个怎么给分", "kpi", "人事行政部经理", [L(F9, 9)], [["10分"], ["8分"], ["6分"]], "quote-prev+scoring"),
   T("绩效薪资那个权重多少", "kpi", "人事行政部经理", [L(F9, 14)], [["15%"], ["绩效、薪资管理", "绩效薪资"]],
     "weight"),
   T("办公设备维护那项的权重和评分标准", "kpi", "人事行政部经理", [L(F9, 16)], [["5%"], ["5分"], ["4分"], ["3分"]],
     "two-in-one+weight+scoring")])

# 22 cx09 学习成长 -> pronoun weight -> ellipsis -> switch doc
C("manager", "kpi", "人事行政部经理学习成长革新类考核哪几项", "人事行政部经理",
  [L(F9, 19, 22)], [["部门员工保有率"], ["部门培训目标完成率"], ["员工测评"], ["人力计划完成率"]],
  [T("这类总共占多少", "kpi", "人事行政部经理", [L(F9, 19)], [["20%"], ["学习成长革新类"]], "pronoun+weight"),
   T("制度考勤那项呢", "kpi", "人事行政部经理", [L(F9, 23)], [["5%"], ["出勤率"]], "ellipsis+weight"),
   T("换成人资部KPI库，员工满意度数据来源是啥", "kpi", None, [Q(F4, "员工满意度调查")], [["员工满意度调查"], ["员工满意度"]],
     "switch-doc")])

# 23 cx10 商超导购 -> shift -> 专卖店 version -> reports_to
C("new_hire", "duty", "商超渠道的导购主要干啥", "导购",
  [L(F10, 23, 27)], [["货品陈列"], ["柜面整洁"], ["销售目标"]],
  [T("要轮班吗", "qualification", "导购", [L(F10, 35)], [["轮班制"], ["适应"]], "terse"),
   T("专卖店那版里早上要干啥", "duty", "导购", [L(F10, 47, 49)], [["样板"], ["POP"]], "switch-version"),
   T("那版说他对谁负责", "attribute", "导购", [L(F10, 43)], [["店长"], ["负责"]], "pronoun+reports_to", "reports_to")])

# 24 cx10 导购 收银 -> 防损 -> cx11 systems -> cx11 benefits
C("hr", "duty", "导购要负责收银吗", "导购",
  [L(F10, 11)], [["收银"], ["盘点"], ["账目核对"]],
  [T("防损也归她管吗", "duty", "导购", [L(F10, 13)], [["防损"], ["来货验收"]], "pronoun+quote"),
   T("换成酒店前台，要会哪些系统", "attribute", "酒店前台", [L(F11, 10)], [["预订系统"], ["收银系统"]],
     "switch-role+skills", "skills"),
   T("前台有员工餐吗", "attribute", "酒店前台", [L(F11, 16)], [["免费食宿", "食宿"], ["额外福利", "生日"]], "terse+benefits", "benefits")])

# 25 cx11 前台 退房 -> ellipsis -> 交接班 -> 应变 -> unstated allowance
C("new_hire", "duty", "酒店前台退房时要做啥", "酒店前台",
  [L(F11, 4)], [["退房结算"], ["迷你吧", "客房消费"], ["收银系统"]],
  [T("预订那块呢", "duty", "酒店前台", [L(F11, 5)], [["房态"], ["超售"], ["漏单"]], "ellipsis"),
   T("交接班要注意啥", "duty", "酒店前台", [L(F11, 7)], [["物品清点"], ["交接记录"]], "terse"),
   T("应变方面有啥要求", "qualification", "酒店前台", [L(F11, 11)], [["临时加床"], ["延迟退房"], ["应变"]], "terse"),
   OOS("上夜班有补贴没，多少钱", "酒店前台", "missing-unstated-pay")])

# 26 cx12 行政主管 15% block -> share -> two-in-one reports_to -> ordinal first block
C("manager", "duty", "行政主管对外关系协调这块具体做什么", "行政主管",
  [L(F12, 49, 54)], [["队伍建设"], ["考勤"], ["外联"]],
  [T("这块时间占比多少", "duty", "行政主管", [L(F12, 48, 49)], [["15%"], ["对外关系协调", "部门内部建设"]], "pronoun"),
   T("直属上级跟批准人分别是谁", "attribute", "行政主管", [L(F12, 9, 10), L(F12, 20, 21)], [["行政经理"], ["总经理"]],
     "two-in-one+reports_to", "reports_to"),
   T("第一块制度相关的职责有哪些", "duty", "行政主管", [L(F12, 32, 37)], [["工作发展规划"], ["规章制度"], ["管理体系"]],
     "ordinal")])

# 27 cx13 人力资源专员 knowledge -> ellipsis -> 招聘专员 -> 2.2
C("hr", "qualification", "人力资源专员的知识要求写了啥", "人力资源专员",
  [L(F13, 5)], [["招聘"], ["绩效考核"], ["运作关系"]],
  [T("性格方面呢", "qualification", "人力资源专员", [L(F13, 7)], [["开朗活泼"], ["稳重"]], "ellipsis"),
   T("招聘专员一级那份标准里，转正考核那块干啥", "duty", "招聘专员", [L(F13, 15, 17)], [["待转正员工"], ["转正通知"]],
     "switch-role"),
   T("2.2呢", "duty", "招聘专员", [L(F13, 18)], [["异动手续"], ["相关规定"]], "ordinal+terse")])

# 28 cx14 财务分析报告 weight -> scoring table -> terse -> two-in-one
C("manager", "kpi", "财务分析报告这个KPI权重多少，多久考一次", "财务分析会计",
  [L(F14, 4)], [["30%"], ["季"]],
  [T("评分表里数据准确性占多少", "kpi", "财务分析会计", [L(F14, 14)], [["数据的准确性"], ["30%"]], "quote-prev+weight"),
   T("格式呢", "kpi", "财务分析会计", [L(F14, 13)], [["格式"], ["10%"]], "terse+weight"),
   T("月底结帐及时性跟准确性各占多少", "kpi", "财务分析会计", [L(F14, 6, 7)], [["及时性50%"], ["准确性50%"]],
     "two-in-one+weight")])

# 29 cx15 教务 education -> experience -> ordinal -> appearance
C("hr", "qualification", "教务这个岗位对学历和专业有啥说法", "教务",
  [L(F15, 5)], [["统招"], ["专科"], ["师范"]],
  [T("那工作年限呢", "attribute", "教务", [L(F15, 6)], [["2年以上"], ["1年以上同岗位"]], "ellipsis+experience", "experience"),
   T("基本素养第三点说的啥", "qualification", "教务", [L(F15, 10)], [["宽容乐观"], ["包容"]], "ordinal"),
   T("长相有要求吗", "qualification", "教务", [L(F15, 3)], [["五官端正"], ["教师气质"]], "terse")])

# 30 cx16 薪资核算 payout anomaly -> check data -> year-end bonus -> majors
C("new_hire", "duty", "薪资核算专员发工资时出了异常怎么处理", "薪资核算专员",
  [L(F16, 8)], [["银行卡失效"], ["金额错误"], ["补救"]],
  [T("算薪前要核查哪些数据", "duty", "薪资核算专员", [L(F16, 5)], [["考勤记录"], ["社保公积金"], ["HRBP"]], "new-topic"),
   T("年终奖那条呢", "duty", "薪资核算专员", [L(F16, 10)], [["年度绩效考核结果"], ["个税优化"]], "ellipsis+quote"),
   T("哪些专业优先", "attribute", "薪资核算专员", [L(F16, 15)], [["人力资源"], ["财务"], ["统计学"]], "terse+major", "major")])


def main() -> None:
    assert len(CONV) == 30, len(CONV)
    lines, forms, first = [], {}, {}
    for i, c in enumerate(CONV, 1):
        iid = f"r18x-fu-{i:02d}"
        turns = [t for t, _ in c["turns"]]
        forms[iid] = [f for _, f in c["turns"]]
        first[iid] = c["first_intent"]
        attr = c["attribute"]
        if c["first_intent"] == "attribute":
            assert attr, iid
        item = {"id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"], "role": c["role"],
                "attribute": attr, "evidence": c["evidence"], "key_points": c["key_points"], "expect_refusal": False,
                "turns": turns, "tool": None}
        lines.append(json.dumps(item, ensure_ascii=False))
    (HERE / "set.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "forms.json").write_text(json.dumps({"first_turn_intent": first, "later_turn_forms": forms},
                                                ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(lines)} items, {sum(len(v) for v in forms.values())} later turns")


if __name__ == "__main__":
    main()
