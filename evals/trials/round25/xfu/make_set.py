"""Build set.jsonl and forms.json for round 25 / xfu: 30 follow-up conversations over corpus-extra."""
import json
from pathlib import Path

OUT = Path(__file__).parent

F01 = "cx01_财务部经理岗位说明书.docx"
F02 = "cx02_车辆调度员岗位说明书.docx"
F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"
F05 = "cx05_招聘岗位一览.xlsx"
F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"
F08 = "cx08_培训学校出纳岗位说明书.pdf"
F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def q(f, s):
    return {"file": f, "quote": s}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def T(form, question, intent, role, ev=None, kp=None, attribute=None):
    """A later turn. form is the follow-up form (kept out of the item, written to forms.json)."""
    t = {"question": question, "intent": intent, "role": role}
    if attribute:
        t["attribute"] = attribute
    t["evidence"] = [] if intent == "out_of_scope" else ev
    t["key_points"] = [] if intent == "out_of_scope" else kp
    return form, t


def OOS(form_note, question, role):
    return T("oos", question, "out_of_scope", role)


CONVS = []


def conv(persona, question, intent, role, ev, kp, turns, attribute=None):
    CONVS.append(dict(persona=persona, question=question, first_intent=intent, role=role,
                      attribute=attribute, evidence=ev, key_points=kp, turns=turns))


# 01 财务部经理: duty -> reports_to -> qualification -> KPI
conv("new_hire", "财务经理主要干啥的", "duty", "财务部经理",
     [q(F01, "组织编制公司年度综合财务计划和控制标准"), q(F01, "建立健全财务管理体系")],
     [["年度综合财务计划"], ["财务管理体系", "资金运作"]],
     [T("attribute", "他上头是谁？同岗位有几个人", "attribute", "财务部经理", [q(F01, "财务总监"), q(F01, "1人")], [["财务总监", "财务部总监"], ["1人"]], "reports_to"),
      T("ellipsis", "那对人有什么硬要求呢", "qualification", "财务部经理",
        [q(F01, "会计专业本科学历"), q(F01, "会计师资格证书"), q(F01, "八年以工业企业财务管理经验")],
        [["本科"], ["会计师资格证书", "会计师"], ["八年", "五年同职"]]),
      T("kpi", "那他考核啥", "kpi", "财务部经理",
        [q(F01, "经营管理成本预、核算准确率100"), q(F01, "库存周转率、应收账款周转率小于期间额定标准"), q(F01, "制造费用、管理费用")],
        [["准确率100"], ["库存周转率", "应收账款周转率"], ["成本费用", "财务报表"]])])

# 02 财务部经理: subordinates -> pay OOS -> age -> ordinal on skills
conv("manager", "财务经理手底下管哪些人", "attribute", "财务部经理",
     [q(F01, "财务会计、出纳")], [["财务会计", "成本会计"], ["出纳"]],
     [T("kpi", "他考核看哪些目标", "kpi", "财务部经理",
        [q(F01, "库存周转率、应收账款周转率小于期间额定标准"), q(F01, "监督货款回收的实际时间小于预期回收规定的天数"), q(F01, "无发生财务管理重大责任事故")],
        [["库存周转率", "应收账款周转率"], ["货款回收"], ["重大责任事故"]]),
      T("pronoun", "这个岗位年龄性别有限制吗", "qualification", "财务部经理",
        [q(F01, "35-45岁、性别不限、无身体疾病或残疾")], [["35-45岁"], ["性别不限"]]),
      T("ordinal", "任职技能第五条说的啥", "qualification", "财务部经理",
        [q(F01, "有资本运作、证券融资以及兼并收购的实际经验")], [["资本运作"], ["兼并收购", "证券融资"]])],
     attribute="subordinates")

# 03 车辆调度员: duty -> reports_to -> KPI -> ordinal on KPI
conv("new_hire", "调度员每天都干些啥", "duty", "车辆调度员",
     [q(F02, "对人员车辆进行合理调配"), q(F02, "根据司机的技术状况和车辆状况合理安排出车"), q(F02, "根据司机出车情况进行考核")],
     [["合理调配", "调配"], ["安排出车", "出车"], ["考核", "考勤"]],
     [T("attribute", "他归谁管 是几级岗", "attribute", "车辆调度员", [q(F02, "车辆租赁中心主任"), q(F02, "十二")], [["车辆租赁中心主任"], ["十二"]], "reports_to"),
      T("kpi", "那他考核什么", "kpi", "车辆调度员", [q(F02, "工作及时率达95%以上"), q(F02, "客户满意率达90%以上"), q(F02, "突发事件处理及时率达100%")],
        [["工作及时率"], ["客户满意率"], ["突发事件处理及时率"]]),
      T("ordinal", "第二条具体要达到多少", "kpi", "车辆调度员", [q(F02, "客户满意率达90%以上")], [["客户满意率"], ["90%"]])])

# 04 车辆调度员: education+major -> experience+skills -> pay OOS -> difficulty
conv("hr", "车辆调度员对学历和专业有啥要求", "attribute", "车辆调度员",
     [q(F02, "高中及以上"), q(F02, "汽车修理专业")], [["高中"], ["汽车修理"]],
     [T("ellipsis", "那工作经验跟技能呢", "attribute", "车辆调度员", [q(F02, "4年以上相关工作经验"), q(F02, "熟练使用自动化办公软件")],
        [["4年以上"], ["办公软件"]], "experience"),
      T("switch_other", "那培训学校出纳这块呢", "attribute", "出纳", [q(F08, "从业年限 2年以上"), q(F08, "熟练的财务软件及OFFICE办公软件操作技巧")],
        [["2年以上"], ["财务软件", "OFFICE"]], "experience"),
      T("pronoun", "这个岗位难点是啥 有啥忌讳", "duty", "车辆调度员", [q(F02, "人员车辆及时到位"), q(F02, "服务态度不好")],
        [["人员车辆及时到位", "及时到位"], ["服务态度不好"]])],
     attribute="education")

# 05 培训部经理: duty -> ordinal -> switch to 培训顾问 (OOS) -> return
conv("new_hire", "培训部经里负责哪些事", "duty", "培训部经理",
     [q(F03, "a)责培训部的日常管理工作。"), q(F03, "c)责培训部员工的工作安排与绩效考核。"), q(F03, "负责合理安排培训资源")],
     [["日常管理"], ["绩效考核"], ["培训资源", "培训市场"]],
     [T("ordinal", "第三条详细说说呗", "duty", "培训部经理", [q(F03, "c)责培训部员工的工作安排与绩效考核。")], [["工作安排"], ["绩效考核"]]),
      T("oos", "换成培训顾问呢", "out_of_scope", "培训部经理"),
      T("return", "还是说回培训部经理 他们部门一共配几个人", "attribute", "培训部经理",
        [q(F03, "培训部配置人员4名")], [["4名"], ["培训顾问", "培训助理"]], "subordinates")])

# 06 人力资源部 KPI: kpi -> ordinal -> ellipsis -> weights OOS
conv("hr", "HR部门一般考核哪几个指标啊", "kpi", None,
     [q(F04, "部门费用预算达成率"), q(F04, "员工满意度调查"), q(F04, "招聘空缺职位所需的平均天数"), q(F04, "人员编制控制率")],
     [["部门费用预算达成率"], ["员工满意度"], ["招聘空缺职位所需的平均天数", "人员编制控制率"]],
     [T("ordinal", "第十条那个指标咋算", "kpi", None, [q(F04, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]]),
      T("ellipsis", "那工资出错那个呢", "kpi", None, [q(F04, "(错误发放的工资次数/发放的工资次数)*100%")],
        [["错误发放的工资次数"], ["错误发放的人数"]]),
      OOS("", "这些指标权重各占多少", None)])

# 07 资金部 -> 审计部 -> ordinal -> return
conv("manager", "资金部的考核指标都有啥", "kpi", None,
     [q(F04, "公司资金预算达成率"), q(F04, "资金收支准确度"), q(F04, "资金筹集计划编制及时率")],
     [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率", "月度流动资金计划编制及时率"]],
     [T("switch_same", "换成审计部呢", "kpi", None,
        [q(F04, "审计计划执行率"), q(F04, "审计报告一次经过率"), q(F04, "审计结果准确性"), q(F04, "审计报告归档率")],
        [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性", "审计报告归档率"]]),
      T("ordinal", "第四个怎么定义的", "kpi", None, [q(F04, "审计结果准确性"), q(F04, "审计结果更正的次数")], [["审计结果准确性"], ["审计结果更正的次数"]]),
      T("return", "回到资金部 头寸那个指标啥意思", "kpi", None, [q(F04, "资金头寸变动信息掌握的及时性"), q(F04, "因没有及时掌握资金头寸信息")], [["资金头寸变动信息掌握的及时性", "头寸"], ["损失的金额"]])])

# 08 销售经理 (cx05): duty -> ellipsis qual -> switch 研发经理 -> pronoun duty
conv("new_hire", "注塑厂招的销售经理要做啥", "duty", "销售经理",
     [q(F05, "1、帮助业务经理处理订单的相关内容。")],
     [["处理订单"], ["解答客户的提问"], ["出差"]],
     [T("ellipsis", "那要求呢", "qualification", "销售经理", [q(F05, "20-35岁，英语专业者优先")],
        [["本科"], ["20-35岁"], ["英语专业"]]),
      T("switch_same", "换成研发经理呢", "qualification", "研发经理", [q(F05, "本科以上，20-45岁，模具设计类专业")],
        [["本科"], ["模具设计"], ["市场洞察力", "时尚敏感度"]]),
      T("pronoun", "他主要干啥活", "duty", "研发经理", [q(F05, "开发设计适应市场需求的产品")],
        [["关注市场", "新鲜资讯"], ["开发设计"]])])

# 09 生产主管 (cx05): experience -> education -> duty -> switch 机械技术员
conv("hr", "生产主管要几年经验", "attribute", "生产主管",
     [q(F05, "有两年以上相关行业的工作经验")], [["两年以上"], ["相关行业"]],
     [T("ellipsis", "学历和专业呢", "attribute", "生产主管", [q(F05, "有两年以上相关行业的工作经验")], [["本科"], ["注塑类"]], "education"),
      T("pronoun", "他平时管些啥", "duty", "生产主管", [q(F05, "车间日常生产管理")],
        [["车间日常生产管理"], ["简化生产流程", "合理调配"]]),
      T("switch_same", "换机械技术员看看", "duty", "机械技术员", [q(F05, "制作机械手治具，产品治具")],
        [["维修"], ["治具"], ["革新"]])],
     attribute="experience")

# 10 Moka 前端: qual -> pay -> switch to 美团 (pay empty, OOS) -> return to Moka stack
conv("hr", "Moka招前端有啥要求", "qualification", "前端开发工程师",
     [L(F06, 2, 12)],
     [["编程能力"], ["1年及以上工作经验"], ["React", "Vue", "webpack"]],
     [T("attribute", "这个岗工资多少 在哪个城市", "attribute", "前端开发工程师", [L(F06, 2)], [["15k-40k"], ["北京/成都", "成都"]], "pay"),
      T("oos", "换美团的前端看看呢", "out_of_scope", "前端开发工程师"),
      T("return", "还是说回moka那个 主要用啥技术栈", "qualification", "前端开发工程师", [L(F06, 2, 12)],
        [["React"], ["Typescript", "ts"]])])

# 11 测试经理: duty -> qual -> ordinal -> location
conv("new_hire", "慧算账那个测试经理平时做什么", "duty", "测试工程师",
     [L(F06, 50, 56)],
     [["测试计划", "测试用例"], ["跟踪分析"], ["测试工具"], ["培训"]],
     [T("ellipsis", "任职资格那块呢", "qualification", "测试工程师", [L(F06, 57, 61)],
        [["本科"], ["5年以上测试工作经验"], ["团队管理经验"]]),
      T("ordinal", "第二条具体说的啥", "qualification", "测试工程师", [L(F06, 59)],
        [["3个或以上大型测试项目"], ["3人以上测试团队管理经验"]]),
      T("attribute", "base在哪 薪资多少", "attribute", "测试工程师", [L(F06, 50)], [["广州"], ["15K-45K"]], "location")])

# 12 DBA: qual -> years OOS -> pronoun duty -> switch Go后端 (other company)
conv("hr", "DBA要会些啥", "qualification", "DBA",
     [L(F06, 69, 74)],
     [["本科"], ["MySQL"], ["SQL调优", "性能优化"], ["备份"]],
     [OOS("", "他要求工作几年以上", "DBA"),
      T("pronoun", "他具体负责哪些事", "duty", "DBA", [L(F06, 62, 68)],
        [["容量规划"], ["SQL调优"], ["备份恢复"]]),
      T("switch_other", "换成go后端呢", "duty", "Golang 后端", [L(F06, 27, 32)],
        [["CloudIaC"], ["设计和开发"], ["落地"]])])

# 13 SRE: duty -> qual -> education OOS -> location
conv("new_hire", "宝洁那个sre岗是干嘛的", "duty", "平台Site Reliability Engineer",
     [L(F06, 122, 123)], [["DevOps平台"], ["开发和运维"]],
     [T("ellipsis", "那对人有啥要求呢", "qualification", "平台Site Reliability Engineer", [L(F06, 124, 129)],
        [["4年以上系统管理员经验"], ["K8S", "公有云"], ["英语"]]),
      OOS("", "本科学历是必须的吗", "平台Site Reliability Engineer"),
      T("attribute", "办公地点在广州哪儿", "attribute", "平台Site Reliability Engineer", [L(F06, 122)], [["珠江新城"], ["广州"]], "location")])

# 14 Moka 产品经理: qual -> ordinal -> more -> pronoun duty
conv("hr", "moka产品经理招人看重啥", "qualification", "产品经理",
     [L(F06, 19, 26)],
     [["需求识别"], ["学习能力"], ["业务抽象能力"], ["Ownership"]],
     [T("ordinal", "第三个具体啥意思", "qualification", "产品经理", [L(F06, 22)],
        [["抽象能力"], ["优雅的产品设计", "复杂的需求"]]),
      T("more", "还有别的加分项吗", "qualification", "产品经理", [L(F06, 25, 26)], [["绩效"], ["OKR", "KPI"]]),
      T("pronoun", "那这个岗位日常干点啥", "duty", "产品经理", [L(F06, 13, 17)],
        [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]])])

# 15 销售员 (cx07): duty -> pay -> education -> switch 采购员
conv("new_hire", "钢构厂销售员的活儿都有哪些", "duty", "销售员",
     [L(F07, 96, 104)], [["销售活动"], ["拜访新老客户"], ["客户关系档案", "开拓新客户"]],
     [T("attribute", "待遇方面怎么说", "attribute", "销售员", [L(F07, 121, 124)], [["面议"], ["社会保险", "住宿", "双休"]], "pay"),
      T("attribute", "学历和专业卡多高", "attribute", "销售员", [L(F07, 111)], [["大专"], ["市场营销", "工程管理"]], "education"),
      T("switch_same", "换成采购员呢", "attribute", "采购员", [L(F07, 150)], [["大专"], ["物流及供应链管理"]], "education")])

# 16 焊工: qual -> switch 铆工 -> pay OOS -> return cert
conv("hr", "焊工招聘有啥硬性条件", "qualification", "焊工",
     [L(F07, 128, 134)], [["高中"], ["40岁以下"], ["焊工证"], ["CO2"]],
     [T("switch_same", "换成铆工呢", "qualification", "铆工", [L(F07, 138, 144)], [["高中"], ["3年以上"], ["钢结构"]]),
      T("switch_other", "换成注塑厂的机械技术员呢", "qualification", "机械技术员", [q(F05, "大专以上，20-45岁，机械技术底子深厚")],
        [["大专"], ["20-45岁"], ["机械技术"]]),
      T("return", "回到焊工 要不要持证", "attribute", "焊工", [L(F07, 133)], [["焊工证"], ["质监局"]], "certificate")])

# 17 机修工: duty -> ordinal -> switch 维修电工 -> return cert
conv("new_hire", "机修工平时干些什么", "duty", "机修工",
     [L(F07, 275, 289)], [["维护保养"], ["二级保养"], ["判断故障", "巡回检查"]],
     [T("ordinal", "第二条具体是啥", "duty", "机修工", [L(F07, 280, 282)], [["二级保养"], ["一级保养"], ["易损件"]]),
      T("switch_same", "那维修电工呢", "duty", "维修电工", [L(F07, 305, 320)],
        [["例保", "一保", "二保"], ["排除设备故障"], ["挂牌", "断电"]]),
      T("return", "回到机修工 他要啥证", "attribute", "机修工", [L(F07, 272)], [["资格证书"], ["职业培训", "考核合格"]], "certificate")])

# 18 生产技术部长: qual -> duty OOS -> switch 电气技术储备 -> return
conv("manager", "生产技术部长要啥条件", "qualification", "生产技术部长",
     [L(F07, 69, 87)], [["大专"], ["10年以上"], ["车间主任"], ["钢构行业"]],
     [OOS("", "那他的职责是啥", "生产技术部长"),
      T("switch_same", "换成电气技术储备呢", "duty", "电气技术储备", [L(F07, 257, 265)],
        [["协助维修电工"], ["电气原理", "电气故障"]]),
      T("return", "回到部长 专业有要求吗", "attribute", "生产技术部长", [L(F07, 74)],
        [["设备动力管理"], ["机电一体化"]], "major")])

# 19 出纳: duty -> reports_to -> ordinal -> pay grade OOS
conv("new_hire", "培训学校的出纳日常做什么", "duty", "出纳",
     [q(F08, "根据各校区发来的收入数据进行数据录入"), q(F08, "查询银行存款余额"), q(F08, "按时、准确地发放员工工资、奖金"),
      q(F08, "为客户办理退费结算")],
     [["数据录入"], ["银行存款余额"], ["发放员工工资"], ["退费"]],
     [T("attribute", "他直接领导跟隔级领导分别是谁", "attribute", "出纳", [q(F08, "直接主管:分校校长")], [["分校校长"], ["总经理"]], "reports_to"),
      T("ordinal", "第七条是什么意思", "duty", "出纳", [q(F08, "为客户办理退费结算")], [["退费手续", "退费"], ["审批"]]),
      T("attribute", "他平级是谁 有没有下属", "attribute", "出纳", [q(F08, "直接主管:分校校长")], [["会计"], ["直接下属:无", "没有下属", "无下属", "下属:无"]], "subordinates")])

# 20 出纳: qual -> experience -> switch 车辆调度员 (other company) -> return gender
conv("hr", "出纳岗要什么学历跟证书", "qualification", "出纳",
     [q(F08, "会计、金融类专业大专或以上学历")], [["大专"], ["会计从业资格证"]],
     [T("ellipsis", "得干过几年啊", "attribute", "出纳", [q(F08, "从业年限 2年以上"), q(F08, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "experience"),
      T("switch_other", "换成车辆调度员呢", "attribute", "车辆调度员", [q(F02, "4年以上相关工作经验")], [["4年以上"], ["相关工作经验"]], "experience"),
      T("return", "回到出纳 男女有要求没", "qualification", "出纳", [q(F08, "性 别 不限(女姓佳)")], [["不限"], ["女姓佳", "女性佳", "女性优先"]])])

# 21 人事行政部经理 KPI: 财务类 -> 客户类 -> top weight -> duties OOS
conv("manager", "人事行政经理的财务类指标有哪些", "kpi", "人事行政部经理",
     [L(F09, 8, 9)], [["办公用品费用控制的监管"], ["人事行政成本控制"]],
     [T("ellipsis", "客户类呢", "kpi", "人事行政部经理", [L(F09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]]),
      T("ellipsis", "整张表里哪项权重最高", "kpi", "人事行政部经理", [L(F09, 14)], [["绩效、薪资管理完成率"], ["15%"]]),
      OOS("", "他的岗位职责表里有写吗", "人事行政部经理")])

# 22 导购: duty -> reports_to -> qual -> pronoun shift
conv("new_hire", "导购员要干神马", "duty", "导购",
     [L(F10, 9, 17), L(F10, 23, 29), L(F10, 45, 51)],
     [["接待顾客", "导购工作"], ["收银", "盘点"], ["陈列", "上架"], ["清洁"]],
     [T("attribute", "他上面领导是哪个", "attribute", "导购", [L(F10, 43)], [["店长"], ["对店长负责", "接受其领导"]], "reports_to"),
      T("ellipsis", "那招人条件呢", "qualification", "导购", [L(F10, 33, 39)], [["学历不限"], ["轮班"], ["沟通能力"], ["粤语"]]),
      T("pronoun", "这个岗位要倒班吗 不会粤语行不行", "qualification", "导购", [L(F10, 35, 39)], [["轮班"], ["粤语优先"]])])

# 23 专卖店导购 -> 酒店前台 (other company) -> ordinal -> return
conv("new_hire", "专卖店导购每天早上要做啥", "duty", "导购",
     [L(F10, 47, 49)], [["调整样板", "样板"], ["标签", "POP"]],
     [T("switch_other", "换成酒店前台呢", "duty", "酒店前台", [L(F11, 3, 7)], [["入住"], ["退房"], ["预订"], ["客诉"]]),
      T("ordinal", "第三条具体指的是啥", "duty", "酒店前台", [L(F11, 5)], [["预订系统"], ["房态"], ["超售", "漏单"]]),
      T("return", "回到导购 学历跟形象有要求吗", "attribute", "导购", [L(F10, 33)], [["学历不限"], ["形象健康得体"]], "education")])

# 24 酒店前台: shifts -> days off -> pay OOS -> more benefits
conv("new_hire", "前台怎么排班的", "attribute", "酒店前台",
     [L(F11, 15)], [["两班轮班"], ["16:00"]],
     [T("attribute", "每个月能休几天啊", "attribute", "酒店前台", [L(F11, 14)], [["4天"], ["调休"]], "benefits"),
      OOS("", "工资多少钱一个月", "酒店前台"),
      T("more", "还有啥福利", "attribute", "酒店前台", [L(F11, 16)], [["生日"], ["免费食宿"]], "benefits")],
     attribute="benefits")

# 25 行政主管: reports_to -> duty -> KPI (略) OOS -> department
conv("new_hire", "行政主管上面归谁管 在哪个部门", "attribute", "行政主管",
     [L(F12, 9, 10), L(F12, 15, 16)], [["行政经理"], ["行政管理部"]],
     [T("ellipsis", "那他主要干啥", "duty", "行政主管", [L(F12, 32, 54)],
        [["行政管理制度"], ["办公用品"], ["固定资产"], ["考勤"]]),
      OOS("", "那他考核标准是啥", "行政主管"),
      T("pronoun", "他时间主要花在哪块", "duty", "行政主管", [L(F12, 38, 47)], [["65"], ["行政管理工作"]])],
     attribute="reports_to")

# 26 人力资源专员 -> 招聘专员
conv("hr", "人力资源专员要什么学历专业", "qualification", "人力资源专员",
     [L(F13, 3)], [["本科"], ["人力资源"]],
     [T("ellipsis", "那工作经验要多少呢", "attribute", "人力资源专员", [L(F13, 4)], [["1-2年"], ["IT相关企业"]], "experience"),
      T("switch_same", "那招聘专员干啥的", "duty", "招聘专员", [L(F13, 9, 20)],
        [["招聘文案", "招募活动"], ["转正考核"], ["异动"]]),
      T("ordinal", "第二部分展开说下", "duty", "招聘专员", [L(F13, 15, 20)],
        [["转正考核"], ["异动手续"], ["数据库", "员工关系专员"]])])

# 27 财务分析会计 KPI
conv("manager", "财务分析会计的KPI有哪几项", "kpi", "财务分析会计",
     [L(F14, 2, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"]],
     [T("ellipsis", "财务分析报告那项咋打分", "kpi", "财务分析会计", [L(F14, 12, 17)],
        [["格式"], ["数据的准确性"], ["及时性"]]),
      T("ellipsis", "月底结帐那个占多少权重 咋扣分", "kpi", "财务分析会计", [L(F14, 6, 7)], [["25%"], ["耽误一次得0分", "错一次得80分"]]),
      OOS("", "他的任职要求有吗", "财务分析会计")])

# 28 教务: qual -> ordinal -> reports_to OOS -> more
conv("hr", "教务岗招人要啥条件", "qualification", "教务",
     [L(F15, 2, 6)], [["专科"], ["2年以上"], ["亲和力"]],
     [T("ordinal", "第4条啥意思", "qualification", "教务", [L(F15, 6)], [["2年以上"], ["1年以上同岗位"]]),
      OOS("", "教务归谁管啊", "教务"),
      T("more", "还有别的素质要求吗", "qualification", "教务", [L(F15, 7, 10)], [["责任心强"], ["宽容乐观", "会爱学生"]])])

# 29 薪资核算专员: duty -> ordinal -> qual -> pay OOS
conv("new_hire", "薪资合算专员都干啥", "duty", "薪资核算专员",
     [L(F16, 3, 13)], [["计提"], ["薪资发放"], ["个税"], ["年终奖"]],
     [T("ordinal", "第六条具体指啥", "duty", "薪资核算专员", [L(F16, 9)], [["个人所得税"], ["汇算清缴"]]),
      T("ellipsis", "那招人门槛呢", "qualification", "薪资核算专员", [L(F16, 14, 18)],
        [["本科"], ["2年以上"], ["薪酬核算经验"], ["劳动法"]]),
      T("more", "还有别的要求没", "qualification", "薪资核算专员", [L(F16, 17, 18)], [["劳动法", "个人所得税法"], ["职业道德", "责任心"]])])

# 30 采购员: duty -> more -> experience -> switch 薪资核算专员 (other company)
conv("manager", "采购员主要负责什么", "duty", "采购员",
     [L(F07, 153, 179)], [["采购制度"], ["与供应商谈判"], ["采购计划"], ["采购成本"]],
     [T("more", "还有别的没", "duty", "采购员", [L(F07, 170, 178)], [["验收"], ["供应商目录"]]),
      T("pronoun", "他要什么经验跟学历", "attribute", "采购员", [L(F07, 150)], [["3年以上采购主管"], ["大专"]], "experience"),
      T("switch_other", "换成薪资核算专员呢", "attribute", "薪资核算专员", [L(F16, 16)], [["2年以上"], ["薪酬核算经验"]], "experience")])


def main():
    items, forms = [], {}
    for i, c in enumerate(CONVS, 1):
        iid = f"r25x-fu-{i:02d}"
        turns = []
        for n, (form, t) in enumerate(c["turns"], 1):
            forms[f"{iid}#{n}"] = form
            turns.append(t)
        items.append({"id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
                      "role": c["role"], "attribute": c["attribute"], "evidence": c["evidence"],
                      "key_points": c["key_points"], "expect_refusal": False, "turns": turns, "tool": None})
    with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (OUT / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "items", sum(len(it["turns"]) for it in items), "later turns")


if __name__ == "__main__":
    main()
