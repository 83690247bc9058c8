"""Writes set.jsonl and forms.json for round 63 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path

HERE = Path(__file__).parent
C01 = "cx01_财务部经理岗位说明书.docx"
C02 = "cx02_车辆调度员岗位说明书.docx"
C03 = "cx03_培训部工作手册.docx"
C04 = "cx04_部门KPI指标库.xlsx"
C05 = "cx05_招聘岗位一览.xlsx"
C06 = "cx06_技术岗位招聘信息.csv"
C07 = "cx07_人才招聘.html"
C08 = "cx08_培训学校出纳岗位说明书.pdf"
C09 = "cx09_人事行政部经理绩效考核表.md"
C10 = "cx10_导购岗位职责.txt"
C11 = "cx11_酒店前台职位描述.txt"
C12 = "cx12_行政主管岗位说明书.txt"
C13 = "cx13_人力资源招聘专员行为标准.txt"
C14 = "cx14_财务部内控与财务分析KPI组成表.txt"
C15 = "cx15_教务工作岗位素能.txt"
C16 = "cx16_薪资核算专员职位描述.txt"


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def T(q, intent, ev=(), kp=(), role=None, attr=None, form=""):
    t = {"question": q, "intent": intent, "role": role, "evidence": list(ev), "key_points": [list(g) for g in kp]}
    if attr:
        t["attribute"] = attr
    t["_form"] = form
    return t


items = []


def FU(n, persona, q, intent, role, ev, kp, turns, attr=None):
    items.append({"id": f"t63xfu-fu-{n:02d}", "persona": persona, "intent": "followup", "question": q,
                  "role": role, "attribute": attr, "evidence": list(ev), "key_points": [list(g) for g in kp],
                  "expect_refusal": False, "turns": turns, "tool": None, "_first_intent": intent})


def SINGLE(n, tag, persona, intent, q, role, ev, kp, attr=None, tool=None):
    items.append({"id": f"t63xfu-{tag}-{n:02d}", "persona": persona, "intent": intent, "question": q,
                  "role": role, "attribute": attr, "evidence": list(ev), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": None, "tool": tool})


# 1 cx02
FU(1, "new_hire", "调度员平常主要负责些什么工作？", "duty", "车辆调度员",
   [Q(C02, "对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "根据司机出车情况进行考核")],
   [["合理调配", "调配"], ["值班"], ["考核"]],
   [T("他的顶头上司是哪位呀", "attribute", [Q(C02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]],
      "车辆调度员", "reports_to", "pronoun"),
    T("那学历方面呢", "attribute", [Q(C02, "高中及以上"), Q(C02, "汽车修理专业")], [["高中"], ["汽车修理"]],
      "车辆调度员", "education", "ellipsis"),
    T("业绩标准的第二条具体要求多少", "duty", [Q(C02, "客户满意率达90%以上")], [["客户满意率"], ["90%"]],
      "车辆调度员", None, "ordinal")])

# 2 cx01
FU(2, "hr", "财务经理这个岗位需要持什么证？", "attribute", "财务部经理",
   [Q(C01, "会计师资格证书")], [["会计师"], ["资格证书", "资格证"]],
   [T("那对工作年限有啥讲究呢", "attribute", [Q(C01, "八年以工业企业财务管理经验")], [["八年"], ["五年"]],
      "财务部经理", "experience", "ellipsis"),
    T("他手底下带的是哪几个岗位", "attribute", [Q(C01, "财务会计、出纳"), Q(C01, "成本会计")],
      [["财务会计", "成本会计"], ["出纳"]], "财务部经理", "subordinates", "pronoun"),
    T("对年龄有没有限制", "qualification", [Q(C01, "35-45岁、性别不限")], [["35-45岁", "35-45"], ["放宽"]],
      "财务部经理", None, "switch attribute")],
   attr="certificate")

# 3 cx03
FU(3, "manager", "培训部经理的职责都有哪些", "duty", "培训部经理",
   [Q(C03, "责培训部的日常管理工作"), Q(C03, "责培训部员工的工作安排与绩效考核"), Q(C03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场"]],
   [T("第四条展开说说是什么意思", "duty", [Q(C03, "责培训业务经营发展的规划")],
      [["经营发展的规划", "发展规划"], ["核心组课程", "课程的引入"]], "培训部经理", None, "ordinal"),
    T("那培训顾问负责什么呢", "out_of_scope", role=None, form="switch role (near-miss, no duties)"),
    T("回到部门层面，培训部整体承担哪些职能", "duty",
      [Q(C03, "负责公司师资库的建立"), Q(C03, "负责公司培训档案的建立"), Q(C03, "负责培训新课程的开发")],
      [["师资库"], ["培训档案"], ["新课程"]], None, None, "switch to department")])

# 4 cx04 HR sheet
FU(4, "hr", "人力资源部KPI里面客户类的指标是哪个", "kpi", None,
   [Q(C04, "员工对公司人力资源制度的满意度"), Q(C04, "员工满意度调查")], [["员工满意度"], ["满意度调查"]],
   [T("那它怎么计算", "kpi", [Q(C04, "对员工进行满意度调查的算术平均值")], [["算术平均值"], ["满意度调查"]],
      None, None, "pronoun"),
    T("跟招聘相关的指标有哪些", "kpi", [Q(C04, "招聘空缺职位所需的平均天数"), Q(C04, "招聘费用预算达成率")],
      [["招聘空缺职位所需的平均天数", "平均天数"], ["招聘费用预算达成率"]], None, None, "switch topic"),
    T("要是换成审计部，指标是哪些呢", "kpi", [Q(C04, "审计计划执行率"), Q(C04, "审计报告归档率"), Q(C04, "审计结果准确性")],
      [["审计计划执行率"], ["审计报告归档率"], ["审计结果准确性"]], None, None, "switch role (换成X)")])

# 5 cx05
FU(5, "hr", "生产主管招聘要求是啥", "qualification", "生产主管",
   [Q(C05, "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["注塑"], ["两年以上"]],
   [T("他平时干什么活", "duty", [Q(C05, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]],
      "生产主管", None, "pronoun"),
    T("换成研发经理的话，他干啥", "duty", [Q(C05, "关注市场，发现行业新鲜资讯")], [["行业新鲜资讯"], ["开发设计"]],
      "研发经理", None, "switch role (换成X)"),
    T("这俩岗位对专业的要求有什么不同", "qualification",
      [Q(C05, "本科以上，25-45岁，注塑类相关专业"), Q(C05, "本科以上，20-45岁，模具设计类专业")],
      [["注塑"], ["模具设计"]], None, None, "compare last two")])

# 6 cx06 DBA
FU(6, "new_hire", "DBA这个岗的岗位职责有哪些", "duty", "DBA",
   [L(C06, 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
   [T("那学历得啥水平呢", "attribute", [L(C06, 70)], [["本科"], ["计算机"]], "DBA", "education", "ellipsis"),
    T("薪水大概开多少", "attribute", [L(C06, 62)], [["15K"], ["45K"]], "DBA", "pay", "switch attribute"),
    T("得去哪个城市坐班", "attribute", [L(C06, 62)], [["广州"], ["慧算账"]], "DBA", "location", "switch attribute")])

# 7 cx06 SRE
FU(7, "hr", "SRE岗位有什么要求", "qualification", "平台Site Reliability Engineer",
   [L(C06, 125, 129)], [["4年以上"], ["K8S"], ["英语"]],
   [T("具体做什么工作", "duty", [L(C06, 123)], [["DevOps"], ["运维"]], "平台Site Reliability Engineer", None,
      "ellipsis"),
    T("帮我写一个k8s的deployment yaml", "out_of_scope", form="OOS mid (framework named in posting)"),
    T("办公地点在哪", "attribute", [L(C06, 122)], [["广州"], ["珠江新城"]], "平台Site Reliability Engineer",
      "location", "back after OOS")])

# 8 cx06 front-end postings, company named
FU(8, "new_hire", "美团成都那个前端工程师要几年经验", "attribute", "前端开发工程师",
   [L(C06, 86)], [["3年"], ["互联网研发"]],
   [T("京东物流那家的前端呢，几年", "attribute", [L(C06, 99)], [["3-5年"], ["前端开发经验"]], "前端开发工程师",
      "experience", "switch company"),
    T("它的岗位描述是什么", "duty", [L(C06, 97)], [["物流供应链平台"], ["前端交互层"]], "前端开发工程师", None,
      "pronoun"),
    T("换Moka那家的看看呢", "duty", [L(C06, 11, 12)], [["SaaS"], ["核心业务线"]], "前端开发工程师", None,
      "switch company (ellipsis)")],
   attr="experience")

# 9 cx06 Golang + test manager
FU(9, "new_hire", "golang后端薪资范围多少", "attribute", "Golang 后端",
   [L(C06, 27)], [["20-40k"], ["云霁"]],
   [T("对项目经验年头有要求没", "attribute", [L(C06, 35)], [["2-5年"], ["Golang"]], "Golang 后端", "experience",
      "switch attribute"),
    T("golang这个有哪些算加分的", "qualification", [L(C06, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]],
      "Golang 后端", None, "switch attribute"),
    T("测试经理呢，要几年", "attribute", [L(C06, 58, 59)], [["5年以上"], ["测试团队管理"]],
      "测试工程师", "experience", "switch role + shortened title")],
   attr="pay")

# 10 cx06 product manager
FU(10, "manager", "产品经理-People这个职位工作职责是什么", "duty", "产品经理",
   [L(C06, 14, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]],
   [T("第二条讲细一点", "duty", [L(C06, 15)], [["UI/UE"], ["上线"]], "产品经理", None, "ordinal"),
    T("那有啥能加分的呢", "qualification", [L(C06, 25, 26)], [["绩效业务经验", "绩效管理"], ["OKR"]], "产品经理", None,
      "ellipsis"),
    T("这个岗在哪个城市", "attribute", [L(C06, 13)], [["成都"], ["Moka"]], "产品经理", "location",
      "switch attribute")])

# 11 cx07 welder / riveter
FU(11, "hr", "钢构厂招焊工的话对人有啥要求", "qualification", "焊工",
   [L(C07, 128, 134)], [["高中"], ["40岁"], ["焊工证"]],
   [T("那铆工这边的呢", "qualification", [L(C07, 138, 144)], [["3年以上"], ["钢结构"]], "铆工", None,
      "switch role (ellipsis)"),
    T("这两个岗位年龄要求一样吗", "qualification", [L(C07, 130), L(C07, 140)], [["40岁以下"], ["高中"]], None,
      None, "compare last two"),
    T("那埋弧焊工年龄限制多少", "qualification", [L(C07, 226)], [["45岁以下"], ["初中"]], "埋弧焊工", None,
      "switch role keep attribute")])

# 12 cx07 buyer
FU(12, "new_hire", "采购员具体做什么", "duty", "采购员",
   [L(C07, 153, 179)], [["采购制度"], ["供应商谈判", "与供应商谈判"], ["采购计划"]],
   [T("第5条讲讲", "duty", [L(C07, 168)], [["采购成本"], ["合理库存"]], "采购员", None, "ordinal"),
    T("除了这些还有其他活没", "duty", [L(C07, 170, 178)], [["采购计划"], ["验收"], ["供应商目录"]], "采购员", None,
      "more (还有吗)"),
    T("对学历有啥要求", "attribute", [L(C07, 150)], [["大专"], ["物流及供应链管理"]], "采购员", "education",
      "switch attribute")])

# 13 cx07 salesman
FU(13, "new_hire", "钢构公司招的销售员待遇咋样", "attribute", "销售员",
   [L(C07, 121, 124)], [["双休"], ["社会保险"], ["住宿"]],
   [T("英语得考过几级才行", "attribute", [L(C07, 111)], [["四级"], ["大专"]], "销售员", "skills", "switch attribute"),
    T("他的主要职责呢", "duty", [L(C07, 96, 104)], [["销售活动"], ["拜访"], ["开拓新客户"]], "销售员", None,
      "pronoun"),
    T("社保公司和个人各交多少比例", "out_of_scope", form="OOS end (HR-adjacent, not in doc)")],
   attr="benefits")

# 14 cx07 electricians
FU(14, "hr", "招维修电工对应聘者有哪些要求", "qualification", "维修电工",
   [L(C07, 303)], [["50周岁以下"], ["中专"], ["5年以上"]],
   [T("那他日常的工作内容呢", "duty", [L(C07, 307, 320)], [["例保"], ["挂牌"], ["修理记录"]], "维修电工", None,
      "ellipsis"),
    T("那机秀工呢", "duty", [L(C07, 275, 289)], [["钳台"], ["二级保养"], ["巡回检查"]], "机修工", None,
      "switch role + typo"),
    T("高压值班电工得拿什么证才能上岗", "attribute", [L(C07, 296)], [["高压电工资格证"], ["三年以上"]], "高压值班电工",
      "certificate", "switch role + attribute")])

# 15 cx07 production technology head
FU(15, "manager", "钢结构厂招的生产技术部长需要什么条件", "qualification", "生产技术部长",
   [L(C07, 72, 87)], [["大专"], ["10年以上"], ["车间主任"]],
   [T("第三条是什么意思", "qualification", [L(C07, 81)], [["经营管理与产品管理"], ["事业部总经理"]],
      "生产技术部长", None, "ordinal"),
    T("他上任以后具体负责哪些事", "out_of_scope", form="pronoun (near-miss, duties not given)"),
    T("换成电气技术储备，要什么专业", "attribute", [L(C07, 254)], [["机电一体化"], ["弱电"]], "电气技术储备",
      "major", "switch role + attribute")])

# 16 cx08 cashier reporting line
FU(16, "new_hire", "培训学校那个出纳岗，直接主管是哪个领导", "attribute", "出纳",
   [Q(C08, "直接主管:分校校长")], [["分校校长"], ["直接主管"]],
   [T("那再往上一级呢", "attribute", [Q(C08, "隔级领导:总经理")], [["总经理"], ["隔级"]], "出纳", "reports_to",
      "ellipsis"),
    T("她底下有没有带人", "attribute", [Q(C08, "平级:会计直接下属:无")], [["无"], ["直接下属"]], "出纳", "subordinates",
      "pronoun"),
    T("学历这块", "attribute", [Q(C08, "会计、金融类专业大专或以上学历")], [["大专"], ["会计从业资格证"]], "出纳",
      "education", "switch attribute (bare)")],
   attr="reports_to")

# 17 cx08 cashier duties
FU(17, "new_hire", "学校出纳日常都要干哪些活", "duty", "出纳",
   [Q(C08, "每天报财务“资金汇报”"), Q(C08, "学校发票、收据业务办理"), Q(C08, "按领导审批过的退费手续"),
    Q(C08, "学校人员费用报销办理")],
   [["资金汇报"], ["发票"], ["退费"], ["报销"]],
   [T("第7项是怎么回事，具体点", "duty", [Q(C08, "按领导审批过的退费手续")], [["退费手续"], ["退费结算"]], "出纳", None,
      "ordinal"),
    T("她属于哪个部门", "attribute", [Q(C08, "岗位代码所属部门财务部"), Q(C08, "部门/分支机构总校")], [["财务部"], ["总校"]], "出纳",
      "department", "pronoun + switch attribute"),
    T("招这个岗对男女有讲究吗", "qualification", [Q(C08, "性别不限(女姓佳)")], [["不限"], ["女"]], "出纳", None,
      "switch attribute")])

# 18 cx09 KPI categories
FU(18, "manager", "人事行政部经理绩效考核表里财务类有哪几项", "kpi", "人事行政部经理",
   [L(C09, 8, 9)], [["办公用品费用控制"], ["人事行政成本控制"]],
   [T("这两项分别占多少权重", "kpi", [L(C09, 8, 9)], [["5%"], ["10%"]], "人事行政部经理", None, "ellipsis"),
    T("那客户类的指标呢", "kpi", [L(C09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]], "人事行政部经理", None,
      "ellipsis (switch category)"),
    T("后勤投诉那个怎么扣分", "kpi", [L(C09, 18)], [["扣1分"], ["投诉一次"]], "人事行政部经理", None,
      "pick from list")])

# 19 cx09 weights
FU(19, "hr", "人事行政经理的考核指标里哪个权重最高", "kpi", "人事行政部经理",
   [L(C09, 14)], [["绩效、薪资管理完成率"], ["15%"]],
   [T("它的评分标准是啥", "kpi", [L(C09, 14)], [["扣2分"], ["绩效、薪酬管理制度"]], "人事行政部经理", None,
      "pronoun"),
    T("权重是0的是哪一项", "kpi", [L(C09, 15)], [["工作流程改善目标完成率"], ["0%"]], "人事行政部经理", None,
      "switch question"),
    T("学习成长类一共占多少", "kpi", [L(C09, 19, 22)], [["20%"], ["部门员工保有率"]], "人事行政部经理", None,
      "switch category")])

# 20 cx10 GBK
FU(20, "new_hire", "商场导购员一般要负责哪些事情", "duty", "导购",
   [L(C10, 9, 17), L(C10, 23, 29), L(C10, 45, 51)], [["接待顾客"], ["收银"], ["清洁"]],
   [T("他平时归哪个领导管", "attribute", [L(C10, 43)], [["店长"], ["对店长负责", "接受其领导"]], "导购", "reports_to",
      "pronoun"),
    T("对应聘的人有要求吗", "qualification", [L(C10, 33, 39)], [["女"], ["学历不限"], ["轮班"]], "导购", None,
      "ellipsis"),
    T("会讲粤语的话会不会优先", "qualification", [L(C10, 39)], [["粤语优先"], ["促销"]], "导购", None,
      "yes/no detail")])

# 21 cx11
FU(21, "new_hire", "酒店前台的核心工作内容有哪些", "duty", "酒店前台",
   [L(C11, 3, 7)], [["入住"], ["退房"], ["预订"], ["客诉"]],
   [T("第三项具体怎么做", "duty", [L(C11, 5)], [["预订系统"], ["房态"], ["超售"]], "酒店前台", None, "ordinal"),
    T("那这份工福利咋样", "attribute", [L(C11, 14, 16)], [["4天"], ["生日"], ["免费食宿"]], "酒店前台", "benefits",
      "switch attribute"),
    T("几点上班几点下班呢", "attribute", [L(C11, 15)], [["两班轮班"], ["16:00"]], "酒店前台", "benefits",
      "ellipsis")])

# 22 cx12
FU(22, "new_hire", "行政主管这个职位直接向谁汇报", "attribute", "行政主管",
   [L(C12, 9, 10)], [["行政经理"], ["直属上级"]],
   [T("那他算公司里哪个部门的人呀", "attribute", [L(C12, 15, 16)], [["行政管理部"], ["所在部门"]], "行政主管", "department",
      "pronoun"),
    T("占65%时间的是哪些工作", "duty", [L(C12, 38, 47)], [["大事记"], ["食堂"], ["固定资产"]], "行政主管", None,
      "detail by number"),
    T("这几项工作怎么衡量干得好不好，业绩标准是啥", "out_of_scope", form="pronoun (near-miss, 略)")],
   attr="reports_to")

# 23 cx12
FU(23, "hr", "行政经理助理这个岗位一句话概括是干嘛的", "attribute", "行政主管",
   [L(C12, 26)], [["行政服务支持"], ["协助行政经理"]],
   [T("部门内部建设这块做什么", "duty", [L(C12, 49, 54)], [["队伍建设"], ["考勤"], ["接待"]], "行政主管", None,
      "ellipsis (section)"),
    T("这个职位工资定在第几等级", "out_of_scope", form="switch attribute (near-miss, empty field)"),
    T("时间分配上占15%的有哪几块", "duty", [L(C12, 32, 33), L(C12, 48, 49)], [["行政工作规划"], ["对外关系协调"]],
      "行政主管", None, "back to earlier topic")],
   attr="purpose")

# 24 cx13
FU(24, "new_hire", "应聘人力资源专员学历最低要求是多少", "attribute", "人力资源专员",
   [L(C13, 3)], [["本科"], ["人力资源"]],
   [T("工作经验那块呢", "attribute", [L(C13, 4)], [["1-2年"], ["IT相关企业"]], "人力资源专员", "experience", "ellipsis"),
    T("招聘专员一级的行为标准里转正考核那块要做什么", "duty", [L(C13, 15, 18)],
      [["转正考核"], ["转正通知"], ["异动手续"]], "招聘专员", None, "switch role"),
    T("1.2条具体指什么", "duty", [L(C13, 12, 13)], [["招募"], ["常用手段"]], "招聘专员", None, "ordinal")],
   attr="education")

# 25 cx14
FU(25, "manager", "财务分析会计考核哪些KPI", "kpi", "财务分析会计",
   [L(C14, 3, 6)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心"], ["月底结帐"]],
   [T("财务分析报告这一项是按什么标准打分的", "kpi", [L(C14, 11, 16)], [["格式"], ["数据的准确性"], ["及时性"]],
      "财务分析会计", None, "pick from list"),
    T("月底结账处理权重多少", "kpi", [L(C14, 6)], [["25%"], ["月底结帐"]], "财务分析会计", None,
      "switch item + variant spelling"),
    T("那利润中心操作维护那个呢", "kpi", [L(C14, 5)], [["20%"], ["事业部"]], "财务分析会计", None, "ellipsis")])

# 26 cx15
FU(26, "new_hire", "想应聘教务岗，学历得什么水平", "attribute", "教务",
   [L(C15, 5)], [["专科"], ["师范"]],
   [T("工作经历方面呢", "attribute", [L(C15, 6)], [["2年以上"], ["1年以上同岗位"]], "教务", "experience", "ellipsis"),
    T("除了这些，基本素养方面列了哪几点", "qualification", [L(C15, 8, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], "教务",
      None, "switch attribute"),
    T("教务这岗月薪大概能拿多少", "out_of_scope", form="OOS (pay not stated)")],
   attr="education")

# 27 cx16
FU(27, "hr", "薪酬核算主要干啥", "duty", "薪资核算专员",
   [L(C16, 4, 13)], [["计提"], ["个税"], ["年终奖"]],
   [T("把第六条展开讲一下", "duty", [L(C16, 9)], [["个人所得税"], ["汇算清缴"]], "薪资核算专员", None, "ordinal"),
    T("那这个岗的任职资格呢", "qualification", [L(C16, 15, 18)], [["本科"], ["2年以上"], ["劳动法"]], "薪资核算专员", None,
      "ellipsis"),
    T("个税专项附加扣除该怎么填", "out_of_scope", form="OOS (tax law)")])

# 28 cx05 + cx07
FU(28, "hr", "注塑厂招的机械技术员平时做什么", "duty", "机械技术员",
   [Q(C05, "协助工程师完成车间机器的维修")], [["维修"], ["治具"], ["革新"]],
   [T("那招他对年龄卡多少", "qualification", [Q(C05, "大专以上，20-45岁，机械技术底子深厚")], [["20-45岁"], ["大专"]],
      "机械技术员", None, "ellipsis"),
    T("跟机械技术储备比，学历要求有啥不同", "qualification",
      [Q(C05, "大专以上，20-45岁，机械技术底子深厚"), L(C07, 236)], [["大专"], ["机械制造"]], None, None,
      "compare with other post"),
    T("回到机械技术员，招几个人", "duty", [Q(C05, "机械技术员（4名）")], [["4名"], ["机械技术员"]],
      "机械技术员", None, "back to earlier post (headcount)")])

# 29 cx04 finance sheet + cx01
FU(29, "manager", "财务部有哪些关键绩效指标", "kpi", None,
   [Q(C04, "公司财务预算达成率"), Q(C04, "账务处理及时性"), Q(C04, "现金收支准确性"), Q(C04, "财务资料完好性")],
   [["公司财务预算达成率"], ["账务处理及时性"], ["现金收支准确性"], ["财务资料完好性"]],
   [T("第二个指标怎么定义的", "kpi", [Q(C04, "对公司的整体财务状况分析出错次数")], [["出错次数"], ["财务分析"]],
      None, None, "ordinal"),
    T("资金部那块的呢，也列一下", "kpi", [Q(C04, "公司资金预算达成率"), Q(C04, "资金收支准确度"), Q(C04, "资金头寸变动信息掌握的及时性")],
      [["公司资金预算达成率"], ["资金收支准确度"], ["资金头寸"]], None, None, "switch department (ellipsis)"),
    T("那财务部经理岗位职责是啥", "duty", [Q(C01, "组织编制公司年度综合财务计划"), Q(C01, "建立健全财务管理体系")],
      [["年度综合财务计划"], ["财务管理体系"]], "财务部经理", None, "switch to role")])

# 30 cx01 (company named) + cx02
FU(30, "manager", "XXXX袜业财务部经理的岗位工作目标是什么", "duty", "财务部经理",
   [Q(C01, "经营管理成本预、核算准确率100"), Q(C01, "库存周转率、应收账款周转率"), Q(C01, "无发生财务管理重大责任事故")],
   [["准确率100"], ["库存周转率"], ["重大责任事故"]],
   [T("第三条讲讲", "duty", [Q(C01, "库存周转率、应收账款周转率")], [["库存周转率"], ["应收账款周转率"]],
      "财务部经理", None, "ordinal"),
    T("车辆调度员的业绩标准呢", "duty", [Q(C02, "工作及时率达95%以上"), Q(C02, "客户满意率达90%以上"), Q(C02, "突发事件处理及时率达100%")],
      [["95%"], ["90%"], ["100%"]], "车辆调度员", None, "switch role"),
    T("他的工作难点是什么", "duty", [Q(C02, "人员车辆及时到位")], [["及时到位"], ["人员车辆"]], "车辆调度员", None,
      "pronoun")])

# singles
SINGLE(1, "jd", "hr", "jd", "帮我写一份数控平面钻工的招聘JD", "数控平面钻工", [L(C07, 194, 200)],
       [["平面数控设备"], ["初中"]],
       tool={"kind": "jd", "role": "数控平面钻工", "must_cite_files": [C07],
             "expect_sections": ["duties", "qualifications"]})
SINGLE(2, "kd", "manager", "kpi_design", "帮我给资金部设计5个考核指标，要能落地的", None,
       [Q(C04, "公司资金预算达成率"), Q(C04, "资金收支准确度"), Q(C04, "资金使用目标达成率")],
       [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用目标达成率"]],
       tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [C04],
             "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金使用目标达成率"]})
SINGLE(3, "oos", "new_hire", "out_of_scope", "药剂师的岗位职责是什么", None, [], [])
SINGLE(4, "attr", "new_hire", "attribute", "前台一个月能休几天", "酒店前台", [L(C11, 14)], [["4天"], ["调休"]],
       attr="benefits")
SINGLE(5, "qual", "hr", "qualification", "剪板机操作工对工作经验有要求不", "剪板机操作工", [L(C07, 186)],
       [["三年以上"], ["下料"]])
SINGLE(6, "duty", "new_hire", "duty", "百腾教育的前端开发要做哪些事", "前端开发工程师", [L(C06, 110, 111)],
       [["考试系统"], ["监考系统"], ["前端技术解决方案"]])

forms = {}
with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fi = it.pop("_first_intent", None)
        if it["turns"]:
            forms[it["id"]] = {"first_intent": fi, "turns": []}
            for t in it["turns"]:
                forms[it["id"]]["turns"].append({"intent": t["intent"], "form": t.pop("_form")})
                if t["intent"] == "out_of_scope":
                    t["role"] = None
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
(HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items")
