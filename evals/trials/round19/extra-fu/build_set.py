#!/usr/bin/env python3
"""Build set.jsonl (30 follow-up conversations over corpus-extra) and forms.json.
Written from the documents only, before gangwei was run."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
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


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def L(f, a, b=None):
    return [{"file": f, "line_start": a, "line_end": b or a}]


def T(question, intent, role, ev, kp, attribute=None, form=""):
    d = {"question": question, "intent": intent, "role": role}
    if attribute:
        d["attribute"] = attribute
    d["evidence"] = ev if intent != "out_of_scope" else []
    d["key_points"] = kp if intent != "out_of_scope" else []
    d["_form"] = form
    return d


def OOS(question, role, form):
    return T(question, "out_of_scope", role, [], [], form=form)


CONV = []


def C(persona, question, role, ev, kp, turns, attribute=None):
    CONV.append(dict(persona=persona, question=question, role=role, attribute=attribute,
                     evidence=ev, key_points=kp, turns=turns))


# 01 财务部经理: qualifications one by one
C("hr", "我们在招财务经理，袜厂那份说明书对学历专业咋要求的", "财务部经理",
  Q(F01, "会计专业本科学历"), [["本科"], ["会计"]], [
      T("要证书不", "attribute", "财务部经理", Q(F01, "会计师资格证书"), [["会计师"], ["证书"]],
        "certificate", "short"),
      T("得有多少年财务管理经历", "attribute", "财务部经理", Q(F01, "八年以工业企业财务管理经验"),
        [["八年", "8年"], ["五年", "5年"]], "experience", "short"),
      T("那他手底下管哪些人", "attribute", "财务部经理",
        Q(F01, "财务会计、出纳", "成本会计"),
        [["出纳"], ["财务会计", "成本会计"]], "subordinates", "pronoun_role"),
  ], attribute="education")

# 02 财务部经理: duties -> targets -> ordinal -> age
C("manager", "财务部经理这个岗位主要干啥", "财务部经理",
  Q(F01, "组织编制公司年度综合财务计划和控制标准", "建立健全财务管理体系"),
  [["财务计划"], ["财务管理体系"], ["年度预算", "资金运作"]], [
      T("他的工作目标定了哪些", "kpi", "财务部经理",
        Q(F01, "经营管理成本预、核算准确率100", "库存周转率、应收账款周转率小于期间额定标准", "无发生财务管理重大责任事故"),
        [["准确率100"], ["库存周转率"], ["重大责任事故"]], form="pronoun_role"),
      T("目标里第5个展开说说", "kpi", "财务部经理", Q(F01, "成本费用(销售费用、制造费用、管理费用)达成率100%"),
        [["销售费用"], ["制造费用"], ["管理费用"]], form="ordinal"),
      T("对年龄有限制没", "qualification", "财务部经理", Q(F01, "35-45岁、性别不限"),
        [["35-45岁", "35-45"], ["放宽"]], form="ellipsis_attr"),
  ])

# 03 车辆调度员: duties -> boss -> education -> assessment
C("new_hire", "车辆调度员平时都忙些啥", "车辆调度员",
  Q(F02, "对人员车辆进行合理调配", "根据司机的技术状况和车辆状况合理安排出车", "根据司机出车情况进行考核", "2.车辆值班安排"),
  [["合理调配", "调配"], ["值班"], ["考核"]], [
      T("他的顶头上司是谁", "attribute", "车辆调度员", Q(F02, "车辆租赁中心主任"),
        [["车辆租赁中心主任"], ["租赁中心"]], "reports_to", "pronoun_role"),
      T("学历专业有讲究吗", "attribute", "车辆调度员", Q(F02, "高中及以上", "汽车修理专业"),
        [["高中"], ["汽车修理"]], "education", "ellipsis_attr"),
      T("考核看哪些数", "kpi", "车辆调度员", Q(F02, "1.工作及时率达95%以上", "2.客户满意率达90%以上", "3.内部员工满意度达80%以上", "4.突发事件处理及时率达100%"),
        [["95%"], ["90%"], ["80%"], ["100%"]], form="kpi_followup"),
  ])

# 04 车辆调度员: KPI -> last item -> experience -> difficulty
C("hr", "调度员的业绩标准是怎么定的", "车辆调度员",
  Q(F02, "1.工作及时率达95%以上", "2.客户满意率达90%以上", "3.内部员工满意度达80%以上", "4.突发事件处理及时率达100%"), [["工作及时率"], ["客户满意率"], ["突发事件"]], [
      T("末尾那条咋理解", "kpi", "车辆调度员", Q(F02, "4.突发事件处理及时率达100%"),
        [["突发事件"], ["100%"]], form="ordinal_last"),
      T("这活儿对从业年限有要求没", "attribute", "车辆调度员", Q(F02, "4年以上相关工作经验"),
        [["4年", "四年"], ["相关工作经验"]], "experience", "pronoun_role"),
      T("难在哪", "duty", "车辆调度员", Q(F02, "人员车辆及时到位"),
        [["及时到位"], ["人员车辆"]], form="ellipsis_attr"),
  ])

# 05 培训部经理: duties -> last item -> headcount -> named-only role
C("manager", "培训部的头儿平时管些什么", "培训部经理",
  Q(F03, "责培训部的日常管理工作", "责培训部员工的工作安排与绩效考核", "g)负责培训市场的开拓"),
  [["日常管理"], ["绩效考核"], ["培训市场"]], [
      T("最末一条细讲下", "duty", "培训部经理", Q(F03, "协助市场部进行培训市场开发工作"),
        [["市场部"], ["培训需求"], ["可行性"]], form="ordinal_last"),
      T("他们部门编制多少人", "attribute", "培训部经理", Q(F03, "培训部配置人员4名"),
        [["4名", "4人", "四"], ["培训顾问"], ["培训助理"]], "subordinates", "ellipsis_attr"),
      OOS("那培训顾问的职责有哪些", None, "switch_role+oos_named_only"),
  ])

# 06 培训部 department functions -> item 6 -> oos (pay of lecturers) -> back to manager
C("new_hire", "培训部这个部门管哪些事", None,
  Q(F03, "2.1负责培训服务产品的开发和策划工作", "2.6负责公司师资库的建立", "2.7负责公司培训档案的建立"),
  [["培训服务产品"], ["师资库"], ["培训档案"]], [
      T("第六条讲师那块具体咋弄", "duty", None, Q(F03, "2.6负责公司师资库的建立"),
        [["外部讲师"], ["内部讲师"]], form="ordinal"),
      OOS("讲师课酬一小时多少", None, "oos_mid"),
      T("回到部门经理，他要审核些啥", "duty", "培训部经理", Q(F03, "责培训计划的审核、和年度培训工作总结"),
        [["培训计划"], ["工作总结"]], form="return_after_oos+pronoun_role"),
  ])

# 07 HR KPI library: financial indicators -> #2 formula -> weight (empty) -> recruitment
C("hr", "HR部门的指标库里，跟钱有关的考核项是哪些", None,
  Q(F04, "部门费用预算达成率", "薪资总量预算安排达成率", "招聘费用预算达成率", "培训费用预算达成率"),
  [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], [
      T("第二项的计算公式给一下", "kpi", None,
        Q(F04, "(实际发生成本/计划成本)*100%", "当年人工总成本实际发生金额占人工总成本预算的比例"),
        [["实际发生成本"], ["计划成本"]], form="ordinal+kpi_formula"),
      OOS("它占多大权重", None, "kpi_weight+oos_empty_field"),
      T("招人这块用什么指标衡量", "kpi", None, Q(F04, "招聘空缺职位所需的平均天数", "人员编制控制率"),
        [["平均天数"], ["人员编制控制率"]], form="switch_topic"),
  ])

# 08 finance dept KPI -> cash formula -> 资金部 -> blank formula (two back)
C("manager", "指标库里财务部的关键考核指标都有啥", None,
  Q(F04, "公司财务预算达成率", "账务处理及时性", "现金收支准确性", "财务资料完好性"),
  [["公司财务预算达成率"], ["账务处理及时性"], ["现金收支准确性"], ["财务资料完好性"]], [
      T("现金那个咋考", "kpi", None, Q(F04, "现金收支出错次数"),
        [["出错次数"], ["现金收支"]], form="kpi_formula"),
      T("换资金部看看", "kpi", None, Q(F04, "公司资金预算达成率", "资金收支准确度", "资金头寸变动信息掌握的及时性"),
        [["公司资金预算达成率"], ["资金收支准确度"], ["资金头寸"]], form="switch_role"),
      OOS("回到财务部，财务费用降低率那个公式是啥", None, "two_back+kpi_formula+oos_empty_field"),
  ])

# 09 生产主管 -> 研发经理 -> compare duties -> compare age
C("hr", "模具厂招的生产主管要啥条件", "生产主管",
  Q(F05, "本科以上，25-45岁，注塑类相关专业"), [["本科"], ["注塑"], ["两年以上", "2年"]], [
      T("研发经理那个岗又是啥要求", "qualification", "研发经理", Q(F05, "本科以上，20-45岁，模具设计类专业"),
        [["模具设计"], ["本科"], ["市场洞察力", "时尚敏感度"]], form="switch_role"),
      T("他俩分别负责啥，对比下", "duty", "生产主管", Q(F05, "车间日常生产管理", "开发设计适应市场需求的产品"),
        [["生产管理"], ["简化生产流程"], ["开发设计", "新鲜资讯"]], form="compare"),
      T("年龄各卡多少", "qualification", "研发经理",
        Q(F05, "本科以上，25-45岁，注塑类相关专业", "本科以上，20-45岁，模具设计类专业"),
        [["25-45"], ["20-45"]], form="compare+short"),
  ])

# 10 销售经理 (cx05) -> travel -> English -> cx07 销售员 English level
C("new_hire", "注塑模具厂招销售经理，工作内容是啥样的", "销售经理",
  Q(F05, "帮助业务经理处理订单的相关内容"), [["订单"], ["解答客户"], ["出差"]], [
      T("经常出差吗", "duty", "销售经理", Q(F05, "帮助业务经理处理订单的相关内容"),
        [["1~2次", "1-2次", "一两次"], ["上海"]], form="short"),
      T("英语不好行不行", "qualification", "销售经理", Q(F05, "20-35岁，英语专业者优先"),
        [["英语专业"], ["优先"]], form="ellipsis_attr"),
      T("钢结构那家的销售员呢，英语要几级", "qualification", "销售员", L(F07, 111),
        [["四级", "4级"], ["英语"]], form="switch_company"),
  ])

# 11 机械技术员 (cx05) -> age -> compare with 机械技术储备 (cx07) -> fresh grads
C("hr", "机械技术员这个岗位缺几个人，做什么的", "机械技术员",
  Q(F05, "机械技术员（4名）", "协助工程师完成车间机器的维修"),
  [["4名", "4人", "四名"], ["维修"], ["治具"]], [
      T("年龄要求呢", "qualification", "机械技术员", Q(F05, "大专以上，20-45岁，机械技术底子深厚"),
        [["20-45"], ["大专"]], form="ellipsis_attr"),
      T("钢构厂那边的机械技术储备跟它比有啥不一样", "qualification", "机械技术储备", L(F07, 234, 248),
        [["应届"], ["维修钳工"], ["机械制造"]], form="switch_company+compare"),
      T("应届生能投吗", "qualification", "机械技术储备", L(F07, 236),
        [["应届毕业生", "应届"], ["一年以上"]], form="short"),
  ])

# 12 前端 across companies in cx06
C("new_hire", "Moka的前端岗得会哪些技术", "前端开发工程师",
  L(F06, 4, 11), [["React"], ["webpack", "babel"], ["Typescript", "ts"]], [
      T("工作几年能投", "attribute", "前端开发工程师", L(F06, 7), [["1年"], ["toB"]], "experience", "short"),
      T("美团那个前端呢", "qualification", "前端开发工程师", L(F06, 85, 90),
        [["3年"], ["数据结构"], ["前端工程化"]], form="switch_company"),
      T("京东物流的呢，学历卡不卡", "attribute", "前端开发工程师", L(F06, 99),
        [["全日制本科", "本科"], ["3-5年"]], "education", "switch_company+ellipsis_attr"),
      T("最开始那家给多少钱", "attribute", "前端开发工程师", L(F06, 2), [["15k"], ["40k"]], "pay", "refer_back"),
  ])

# 13 测试经理 -> edu -> DBA (same company) -> its duties -> item 5
C("hr", "慧算账测试那个岗是不是得管人", "测试工程师",
  L(F06, 51, 59), [["带领团队"], ["测试团队管理"], ["3人以上", "1年"]], [
      T("学历和年限呢", "attribute", "测试工程师", L(F06, 58), [["本科"], ["5年"], ["计算机"]],
        "education", "ellipsis_attr"),
      T("同一家的DBA呢", "attribute", "DBA", L(F06, 70), [["本科"], ["软件", "计算机", "通信"]],
        "education", "switch_role+ellipsis_attr"),
      T("那它主要负责哪些事", "duty", "DBA", L(F06, 63, 68), [["容量规划"], ["备份恢复"], ["SQL调优"]],
        form="pronoun_role"),
      T("第五条再说细点", "duty", "DBA", L(F06, 67), [["备份恢复"], ["迁移"], ["故障排除"]], form="ordinal"),
  ])

# 14 SRE -> location -> compare with Go -> Go bonus -> oos programming
C("manager", "宝洁那个SRE岗位要求是啥", "平台Site Reliability Engineer",
  L(F06, 125, 129), [["4年"], ["K8S"], ["英语"]], [
      T("人在哪座城市办公", "attribute", "平台Site Reliability Engineer", L(F06, 122), [["广州"], ["珠江新城"]],
        "location", "short"),
      T("跟杭州那家的Go后端比，哪个要的年限长", "qualification", "Golang 后端", [
          {"file": F06, "line_start": 35, "line_end": 35}, {"file": F06, "line_start": 125, "line_end": 125}],
        [["2-5年"], ["4年"]], form="compare+switch_company"),
      T("它有哪些加分条件", "qualification", "Golang 后端", L(F06, 44, 49), [["terraform"], ["开源"], ["运维开发"]],
        form="pronoun_role+ellipsis_attr"),
      OOS("k8s里怎么写一个deployment的yaml", None, "oos_end_programming"),
  ])

# 15 产品经理 -> item 2 -> bonus -> oos -> return
C("new_hire", "成都那个做People的产品经理工作内容是啥", "产品经理",
  L(F06, 14, 17), [["绩效爆品"], ["数据分析"], ["跨团队合作"]], [
      T("第二点说的是什么意思", "duty", "产品经理", L(F06, 15), [["UI/UE"], ["解决方案"], ["上线"]],
        form="ordinal"),
      T("有啥加分的", "qualification", "产品经理", L(F06, 25, 26), [["绩效"], ["OKR"]], form="ellipsis_attr"),
      OOS("OKR和KPI到底有啥区别", None, "oos_mid"),
      T("好，那这岗位对学习能力怎么说的", "qualification", "产品经理", L(F06, 21), [["持续吸收"], ["方法论"]],
        form="return_after_oos+pronoun_role"),
  ])

# 16 焊工 -> certificate -> 埋弧焊工 -> its work
C("hr", "钢结构厂招焊工有啥要求", "焊工",
  L(F07, 130, 133), [["高中"], ["40岁"], ["焊工证"]], [
      T("得持证吗", "attribute", "焊工", L(F07, 133), [["焊工证"], ["质监局"]], "certificate", "short"),
      T("换成埋弧焊工，条件一样吗", "qualification", "埋弧焊工", L(F07, 226), [["初中"], ["三年以上"], ["45岁"]],
        form="switch_role"),
      T("他具体干啥活", "duty", "埋弧焊工", L(F07, 229), [["埋弧焊机"], ["钢结构焊接"]], form="ellipsis_attr"),
  ])

# 17 采购员 -> more -> item 4 -> experience
C("manager", "采购员主要干啥，先挑几条说", "采购员",
  L(F07, 155, 166), [["采购制度"], ["价格"], ["供应商"]], [
      T("还有没", "duty", "采购员", L(F07, 153, 179), [["验收"], ["供应商目录", "材料品牌目录"], ["库存"]],
        form="more"),
      T("把第4条讲细点", "duty", "采购员", L(F07, 165), [["谈判"], ["价格"], ["付款方式"], ["交货日期"]],
        form="ordinal"),
      T("任职要求呢，要几年经验", "qualification", "采购员", L(F07, 150), [["3年"], ["采购主管"], ["大专"]],
        form="ellipsis_attr"),
  ])

# 18 机修工 -> 维修电工 -> certificate -> 高压值班电工
C("new_hire", "机修工平常干些什么活", "机修工",
  L(F07, 278, 287), [["维护保养"], ["二级保养"], ["巡回检查"]], [
      T("换维修电工看看", "duty", "维修电工", L(F07, 309, 318), [["例保"], ["断电", "挂牌"], ["修理记录"]],
        form="switch_role"),
      T("那他得有证吧", "attribute", "维修电工", L(F07, 303), [["资格证书"], ["职业培训"]], "certificate",
        "pronoun_role"),
      T("高压值班电工呢，证书要求一样不", "attribute", "高压值班电工", L(F07, 296),
        [["高压电工资格证"], ["三年以上"]], "certificate", "switch_role+compare"),
  ])

# 19 生产技术部长 -> item 3 -> duties (none) -> major
C("hr", "生产技术部长招人有哪些硬性条件", "生产技术部长",
  L(F07, 73, 87), [["大专"], ["10年"], ["车间主任"]], [
      T("三那条是啥意思，跟经营管理有关？", "qualification", "生产技术部长", L(F07, 80, 82), [["经营管理"], ["1年"], ["事业部总经理"]],
        form="ordinal"),
      OOS("这个部长日常要负责啥", "生产技术部长", "pronoun_role+oos_missing_section"),
      T("那专业呢", "attribute", "生产技术部长", L(F07, 74), [["设备动力管理"], ["机电一体化"]], "major",
        "return_after_oos+ellipsis_attr"),
  ])

# 20 销售员 benefits -> pay (oos) -> duties -> H-beam experience
C("new_hire", "钢构厂的销售员福利怎么样", "销售员",
  L(F07, 122, 123), [["双休"], ["面议"], ["社会保险", "社保"], ["住宿"]], [
      OOS("具体月薪能给多少", "销售员", "oos_mid_pay"),
      T("他要跑客户吗", "duty", "销售员", L(F07, 97, 103), [["拜访"], ["新老客户"], ["开拓新客户"]],
        form="return_after_oos+pronoun_role"),
      T("没卖过H型钢能应聘不", "qualification", "销售员", L(F07, 114), [["钢材产品销售经验"], ["尤佳"]],
        form="ellipsis_attr"),
  ], attribute="benefits")

# 21 出纳 -> boss -> certificate -> item 7 (two back) -> gender
C("new_hire", "培训学校的出纳每天主要做啥", "出纳",
  Q(F08, "根据各校区发来的收入数据进行数据录入", "每天报财务“资金汇报”", "通过银行代发或现金发放形式按时"),
  [["数据录入"], ["资金汇报"], ["工资"]], [
      T("直接领导是谁", "attribute", "出纳", Q(F08, "直接主管:分校校长 隔级领导:总经理"),
        [["分校校长"], ["总经理"]], "reports_to", "ellipsis_attr"),
      T("得有会计从业证不", "attribute", "出纳", Q(F08, "会计、金融类专业大专或以上学历,会计从业资格证"),
        [["会计从业资格证"], ["大专"]], "certificate", "short"),
      T("刚才那些职责里第七条什么意思", "duty", "出纳", Q(F08, "按领导审批过的退费手续,为客户办理退费结算"),
        [["退费"], ["审批"]], form="two_back+ordinal"),
      T("招男的还是女的", "qualification", "出纳", Q(F08, "性 别 不限(女姓佳)"), [["不限"], ["女"]],
        form="short"),
  ])

# 22 人事行政部经理 KPI: dimensions -> highest in ops -> scoring -> 0% -> complaints
C("manager", "人事行政部经理那张考核表分几类指标，各占多少", "人事行政部经理",
  L(F09, 8, 23), [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"], ["50%"]], [
      T("内部运营里权重最高的是哪个", "kpi", "人事行政部经理", L(F09, 14), [["绩效、薪资管理完成率"], ["15%"]],
        form="kpi_weight"),
      T("它怎么算分", "kpi", "人事行政部经理", L(F09, 14), [["扣2分/次"], ["个人原因"]], form="kpi_formula+pronoun_item"),
      T("工作流程改善那项权重多少", "kpi", "人事行政部经理", L(F09, 15), [["0%"], ["工作流程改善目标完成率"]],
        form="kpi_weight"),
      T("后勤投诉咋扣", "kpi", "人事行政部经理", L(F09, 18), [["1分"], ["后勤投诉次数"]], form="kpi_formula+short"),
  ])

# 23 人事行政部经理 customer dim -> first item scoring -> learning dim -> retention threshold
C("hr", "人事行政经理考核里客户维度有哪些", "人事行政部经理",
  L(F09, 17, 18), [["内部员工满意率"], ["后勤投诉次数"], ["10%"]], [
      T("第一个怎么打分", "kpi", "人事行政部经理", L(F09, 17), [["100%为5分"], ["80%为4分"]],
        form="ordinal+kpi_formula"),
      T("那学习成长那块呢", "kpi", "人事行政部经理", L(F09, 19, 22),
        [["部门员工保有率"], ["部门培训目标完成率"], ["人力计划完成率"], ["20%"]], form="switch_topic"),
      T("保有率多少算达标", "kpi", "人事行政部经理", L(F09, 19), [["70%"], ["5分"]], form="kpi_formula"),
  ])

# 24 导购 -> boss -> Cantonese -> gender
C("new_hire", "商场导购要干哪些活", "导购",
  L(F10, 9, 17) + L(F10, 23, 29) + L(F10, 43, 51), [["收银"], ["盘点"], ["陈列"], ["卫生"]], [
      T("上头是谁管", "attribute", "导购", L(F10, 43), [["店长"], ["领导"]], "reports_to", "ellipsis_attr"),
      T("要会粤语吗", "qualification", "导购", L(F10, 39), [["粤语优先"], ["培训"]], form="short"),
      T("男的能干不", "qualification", "导购", L(F10, 33), [["女"], ["学历不限", "形象健康得体"]], form="short"),
  ])

# 25 酒店前台 -> shifts -> night -> board -> complaints -> oos pay
C("new_hire", "酒店前台上班时间咋排", "酒店前台",
  L(F11, 14, 15), [["两班"], ["8:00"], ["4天"]], [
      T("晚班到几点", "attribute", "酒店前台", L(F11, 15), [["24:00"], ["16:00"]], "benefits", "short"),
      T("管吃住不", "attribute", "酒店前台", L(F11, 16), [["免费食宿"], ["生日"]], "benefits", "short"),
      T("客人投诉了他该咋处理", "duty", "酒店前台", L(F11, 6), [["安抚情绪"], ["协调"], ["上报主管"]],
        form="pronoun_role"),
      OOS("一般星级酒店前台月薪多少", "酒店前台", "oos_end_pay"),
  ], attribute="benefits")

# 26 行政主管: time split -> biggest block -> 略 -> boss -> dept
C("hr", "行政主管的时间主要花在哪几块", "行政主管",
  L(F12, 28, 54), [["15%"], ["65%"], ["行政管理工作"]], [
      T("占比最大那块都包括啥", "duty", "行政主管", L(F12, 38, 47), [["归档"], ["大事记"], ["办公用品"], ["固定资产"]],
        form="ordinal_superlative"),
      OOS("各块业绩怎么衡量的", "行政主管", "oos_mid_empty_field"),
      T("他直属领导是哪位", "attribute", "行政主管", L(F12, 9, 10), [["行政经理"]] + [["直属上级"]], "reports_to",
        "return_after_oos+pronoun_role"),
      T("所属部门", "attribute", "行政主管", L(F12, 15, 16), [["行政管理部"], ["所在部门"]], "department", "short"),
  ])

# 27 人力资源专员 -> experience -> 招聘专员 -> section 2 -> back to 人力资源专员 language
C("hr", "人力资源专员要啥学历专业", "人力资源专员",
  L(F13, 3), [["本科"], ["人力资源"], ["管理类"]], [
      T("要做过多久HR", "attribute", "人力资源专员", L(F13, 4), [["1-2年"], ["IT"]], "experience", "ellipsis_attr"),
      T("那招聘专员一级主要干啥", "duty", "招聘专员", L(F13, 9, 20), [["招聘文案"], ["招募活动"], ["转正考核"], ["异动"]],
        form="switch_role"),
      T("转正那块细说下", "duty", "招聘专员", L(F13, 15, 18), [["待转正员工"], ["转正通知"], ["异动手续"]],
        form="ordinal_section"),
      T("刚才那个人力资源专员，英语要到啥程度", "qualification", "人力资源专员", L(F13, 6),
        [["中英文"], ["听、说、读、写"]], form="two_back"),
  ], attribute="education")

# 28 cx14 KPI sheet: items + weights -> #3 scoring -> report scoring -> format weight -> late close
C("manager", "财务部内控和财务分析那张KPI表有哪几项，权重多少", None,
  L(F14, 3, 6), [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"], ["25%"]], [
      T("第三项怎么扣分", "kpi", None, L(F14, 5), [["一次-5分"], ["四次及以上0分"]], form="ordinal+kpi_formula"),
      T("报告那项怎么评", "kpi", None, L(F14, 4) + L(F14, 12, 17), [["格式"], ["数据的准确性"], ["报告提交的及时性"], ["30%"]],
        form="kpi_formula"),
      T("格式占多少", "kpi", None, L(F14, 13), [["10%"], ["格式"]], form="kpi_weight+short"),
      T("月底结账晚了一次会咋样", "kpi", None, L(F14, 6), [["0分"], ["及时性50%"]], form="kpi_formula"),
  ])

# 29 教务: education -> experience -> appearance -> item 2 of 素养 -> oos pay
C("new_hire", "做教务的学历门槛是啥", "教务",
  L(F15, 5), [["专科"], ["师范"]], [
      T("需要几年工作经历", "attribute", "教务", L(F15, 6), [["2年以上"], ["1年以上"]], "experience", "short"),
      T("对外表有啥讲究", "qualification", "教务", L(F15, 3), [["五官端正"], ["亲和力"]], form="ellipsis_attr"),
      T("基本素养第二条讲的啥", "qualification", "教务", L(F15, 9), [["爱"], ["教育事业"]], form="ordinal"),
      OOS("教务工资大概多少", "教务", "oos_end_pay"),
  ], attribute="education")

# 30 薪资核算专员: duties -> item 6 -> oos tax table -> laws -> compare with 出纳
C("hr", "薪资核算这个职位日常要做哪些事", "薪资核算专员",
  L(F16, 4, 13), [["计提"], ["个税"], ["年终奖"], ["薪资发放"]], [
      T("第6条细说", "duty", "薪资核算专员", L(F16, 9), [["个人所得税"], ["汇算清缴"]], form="ordinal"),
      OOS("个税税率表是怎样的", None, "oos_mid"),
      T("回到这个岗，要懂哪些法规", "qualification", "薪资核算专员", L(F16, 17),
        [["劳动法"], ["个人所得税法"], ["社保公积金"]], form="return_after_oos+pronoun_role"),
      T("跟学校那个出纳比，哪个经验要求更久", "attribute", "薪资核算专员",
        L(F16, 16) + Q(F08, "2年以上出纳工作经验"), [["2年"], ["薪酬核算经验", "出纳工作经验"]], "experience",
        "compare+switch_company"),
  ])


def main():
    lines, forms = [], {}
    for i, c in enumerate(CONV, 1):
        iid = f"r19x-fu-{i:02d}"
        turns = []
        for j, t in enumerate(c["turns"], 1):
            forms[f"{iid}#{j}"] = t.pop("_form")
            turns.append(t)
        item = {"id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
                "role": c["role"], "attribute": c["attribute"], "evidence": c["evidence"],
                "key_points": c["key_points"], "expect_refusal": False, "turns": turns, "tool": None}
        lines.append(json.dumps(item, ensure_ascii=False))
    (HERE / "set.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(lines), "items,", len(forms), "later turns")


if __name__ == "__main__":
    main()
