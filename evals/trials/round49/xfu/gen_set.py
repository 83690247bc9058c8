"""Writes set.jsonl and forms.json for round 49 / xfu (follow-ups over corpus-extra)."""
import json
from pathlib import Path

OUT = Path(__file__).parent
F01 = "cx01_财务部经理岗位说明书.docx"; F02 = "cx02_车辆调度员岗位说明书.docx"; F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"; F05 = "cx05_招聘岗位一览.xlsx"; F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"; F08 = "cx08_培训学校出纳岗位说明书.pdf"; F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"; F11 = "cx11_酒店前台职位描述.txt"; F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"; F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"; F16 = "cx16_薪资核算专员职位描述.txt"

def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}
def Q(f, q):
    return {"file": f, "quote": q}
def T(q, intent, role, ev, kp, attr=None, form=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr:
        d["attribute"] = attr
    return d, form
def OOS(q, role=None, form=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form

items, forms = [], {}
PERS = ["new_hire", "hr", "manager"]

def FU(n, q, intent, role, ev, kp, turns, attr=None):
    iid = f"r49xfu-fu-{n:02d}"
    first = {"id": iid, "persona": PERS[n % 3], "intent": "followup", "question": q, "role": role,
             "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
             "turns": [t for t, _ in turns], "tool": None}
    items.append(first)
    forms[iid] = {"first_intent": intent, "later": [f for _, f in turns]}

# 1 cx02 调度员
FU(1, "调度员平时主要干哪些活", "duty", "车辆调度员",
   [Q(F02, "根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"), Q(F02, "根据司机出车情况进行考核")],
   [["合理调配", "调配"], ["值班"], ["考核", "考勤"]],
   [T("他平时跟谁汇报工作啊", "attribute", "车辆调度员", [Q(F02, "车辆租赁中心主任")], [["车辆租赁中心主任"], ["主任"]], "reports_to", "pronoun"),
    T("那他学历跟专业各有啥讲究", "attribute", "车辆调度员", [Q(F02, "高中及以上"), Q(F02, "汽车修理专业")], [["高中及以上", "高中"], ["汽车修理"]], "education", "ellipsis"),
    T("他的业绩标准都卡在多少", "kpi", "车辆调度员", [Q(F02, "1.工作及时率达95%以上"), Q(F02, "2.客户满意率达90%以上"), Q(F02, "4.突发事件处理及时率达100%")],
      [["95%"], ["90%"], ["突发事件"]], None, "switch_attribute")])

# 2 cx01 财务部经理
FU(2, "袜业公司的财务经理需要什么证书", "attribute", "财务部经理",
   [Q(F01, "会计师资格证书")], [["会计师资格证书", "会计师"], ["财务"]],
   [T("那要干过几年财务", "attribute", "财务部经理", [Q(F01, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "experience", "ellipsis"),
    T("他底下直接带着哪些人", "attribute", "财务部经理", [Q(F01, "财务会计、出纳"), Q(F01, "成本会计")], [["出纳"], ["财务会计", "成本会计"]], "subordinates", "pronoun"),
    T("年龄有没有限制", "qualification", "财务部经理", [Q(F01, "35-45岁、性别不限")], [["35-45岁", "35-45"], ["放宽"]], None, "switch_attribute")],
   attr="certificate")
# fix key point for first turn: both groups must be in evidence
items[-1]["key_points"] = [["会计师资格证书"], ["会计师"]]

# 3 cx03 培训部经理
FU(3, "手册里培训部经理要管哪几摊事", "duty", "培训部经理",
   [Q(F03, "责培训部的日常管理工作"), Q(F03, "责培训部员工的工作安排与绩效考核"), Q(F03, "负责合理安排培训资源"), Q(F03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训资源"], ["培训市场"]],
   [T("你列的第4条再细讲一下", "duty", "培训部经理", [Q(F03, "责培训业务经营发展的规划")], [["经营发展的规划", "经营发展"], ["核心组课程"]], None, "ordinal"),
    OOS("那同部门的培训顾问职责呢", "培训顾问", "switch_role_oos"),
    T("回到培训部经理，他要给谁做绩效考核", "duty", "培训部经理", [Q(F03, "责培训部员工的工作安排与绩效考核")], [["培训部员工"], ["绩效考核"]], None, "back_reference")])

# 4 cx04 HR KPI
FU(4, "指标库里人力资源部一共列了哪些KPI", "kpi", None,
   [Q(F04, "部门费用预算达成率"), Q(F04, "招聘空缺职位所需的平均天数"), Q(F04, "人员编制控制率"), Q(F04, "制度和流程的书面化比率")],
   [["部门费用预算达成率"], ["招聘空缺职位所需的平均天数"], ["人员编制控制率"], ["制度和流程的书面化比率"]],
   [T("人员编制控制率的公式是啥", "kpi", None, [Q(F04, "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]], None, "switch_attribute"),
    T("它归在哪个指标类型下面", "kpi", None, [Q(F04, "内部营运类")], [["内部营运类", "内部运营类"], ["营运"]], None, "pronoun"),
    T("要是换成财务部，是哪些指标", "kpi", None, [Q(F04, "公司财务预算达成率"), Q(F04, "财务分析准确度"), Q(F04, "现金收支准确性")],
      [["公司财务预算达成率"], ["财务分析准确度"], ["现金收支准确性"]], None, "switch_role")])
items[-1]["turns"][1]["key_points"] = [["内部营运类", "内部运营类"], ["类"]]

# 5 cx05 机械技术员 / 研发经理
FU(5, "机械技术员招几个人，主要做什么", "duty", "机械技术员",
   [Q(F05, "机械技术员（4名）"), Q(F05, "协助工程师完成车间机器的维修")], [["4名"], ["维修"], ["治具"]],
   [T("那这个岗学历卡到哪", "attribute", "机械技术员", [Q(F05, "机械技术底子深厚，有创新精神")], [["大专以上", "大专"], ["20-45岁"]], "education", "ellipsis"),
    T("换成招4个的研发经理那个岗呢", "attribute", "研发经理", [Q(F05, "20-45岁，模具设计类专业")], [["本科以上", "本科"], ["模具设计"]], "education", "switch_role"),
    T("这两个岗位哪个学历要求高", "qualification", None, [Q(F05, "研发经理 （4名）"), Q(F05, "20-45岁，模具设计类专业"), Q(F05, "机械技术底子深厚，有创新精神")], [["研发经理"], ["本科"], ["大专"]], None, "comparison")])

# 6 cx05 生产主管
FU(6, "注塑厂那个生产主管要什么条件", "qualification", "生产主管",
   [Q(F05, "有两年以上相关行业的工作经验"), Q(F05, "25-45岁，注塑类相关专业")], [["本科以上", "本科"], ["注塑类"], ["两年以上"]],
   [T("他管什么", "duty", "生产主管", [Q(F05, "车间日常生产管理")], [["车间日常生产管理", "日常生产管理"], ["简化生产流程", "生产流程"]], None, "pronoun"),
    T("管理能力方面有要求吗", "qualification", "生产主管", [Q(F05, "有两年以上相关行业的工作经验")], [["管理能力"], ["协调能力"]], None, "switch_attribute"),
    OOS("公司包吃住吗", "生产主管", "empty_field_oos")])

# 7 cx06 DBA
FU(7, "慧算账广州那边招的DBA要负责些啥", "duty", "DBA",
   [L(F06, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
   [T("第五条展开一下", "duty", "DBA", [L(F06, 67)], [["备份恢复"], ["迁移", "故障排除"]], None, "ordinal"),
    T("那学历方面卡得严不严", "attribute", "DBA", [L(F06, 70)], [["本科及以上", "本科"], ["计算机", "软件"]], "education", "ellipsis"),
    T("月薪开多少k", "attribute", "DBA", [L(F06, 62)], [["15K - 45K", "15K-45K"], ["45K"]], "pay", "switch_attribute")])

# 8 cx06 SRE
FU(8, "SRE需要几年工作经验", "attribute", "平台Site Reliability Engineer",
   [L(F06, 125)], [["4年以上"], ["系统管理员"]],
   [T("那这岗在哪儿上班", "attribute", "平台Site Reliability Engineer", [L(F06, 122)], [["广州"], ["珠江新城"]], "location", "switch_attribute"),
    T("那他进去以后具体负责点啥", "duty", "平台Site Reliability Engineer", [L(F06, 123)], [["DevOps平台"], ["开发和运维", "运维"]], None, "pronoun"),
    OOS("K8S高可用集群怎么搭", None, "oos_end")], attr="experience")

# 9 cx06 前端 美团 / 京东
FU(9, "美团前端工程师有哪些要求", "qualification", "前端开发工程师",
   [L(F06, 85, 90)], [["3年及以上"], ["编程基础", "数据结构"], ["CSS、JavaScript", "JavaScript"]],
   [T("京东物流北京总部招的那个前端呢", "qualification", "前端开发工程师", [L(F06, 98, 108)], [["全日制本科"], ["3-5年"], ["React/Vue", "React"]], None, "switch_company"),
    T("这两家哪个明确要求本科", "qualification", "前端开发工程师", [L(F06, 96, 99)], [["京东"], ["本科"]], None, "comparison"),
    T("京东那个还有别的要求吗", "qualification", "前端开发工程师", [L(F06, 104, 108)], [["React Native", "Flutter"], ["小程序"], ["NPM", "Grunt"]], None, "more")])

# 10 cx06 测试经理
FU(10, "测试经理的任职资格有哪些", "qualification", "测试工程师",
   [L(F06, 58, 61)], [["5年以上"], ["3个或以上", "大型测试项目"], ["测试团队管理"]],
   [T("这个岗开价大概多少", "attribute", "测试工程师", [L(F06, 50)], [["15K - 45K", "15K-45K"], ["45K"]], "pay", "switch_attribute"),
    T("这岗位base在哪个城市", "attribute", "测试工程师", [L(F06, 50)], [["广州"], ["慧算账"]], "location", "ellipsis"),
    T("同一家公司的DBA做什么", "duty", "DBA", [L(F06, 62, 68)], [["MySQL"], ["容量规划", "架构设计"], ["备份恢复"]], None, "switch_role")])
items[-1]["turns"][1]["key_points"] = [["广州"], ["广州平台", "广州"]]

# 11 cx06 Golang
FU(11, "Go后端要求几年经验", "attribute", "Golang 后端",
   [L(F06, 35)], [["2-5 年", "2-5年"], ["Golang"]],
   [T("有啥加分项", "qualification", "Golang 后端", [L(F06, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], None, "switch_attribute"),
    T("这个岗位可以远程吗", "attribute", "Golang 后端", [L(F06, 27)], [["远程"], ["杭州"]], "location", "pronoun"),
    T("数据库方面呢", "qualification", "Golang 后端", [L(F06, 39)], [["MySQL"], ["PostgreSQL"]], None, "ellipsis")], attr="experience")

# 12 cx06 产品经理
FU(12, "Moka的产品经理做什么", "duty", "产品经理",
   [L(F06, 13, 17)], [["绩效爆品"], ["用户行为数据分析", "数据分析"], ["跨团队合作"]],
   [T("第三点具体是什么", "duty", "产品经理", [L(F06, 16)], [["用户行为数据分析"], ["持续优化产品", "优化产品"]], None, "ordinal"),
    T("那职位要求呢，都写了啥", "qualification", "产品经理", [L(F06, 19, 23)], [["需求识别"], ["学习能力"], ["业务抽象能力"], ["Ownership"]], None, "ellipsis"),
    OOS("话说OKR跟KPI到底哪个更适合我们小团队", None, "oos_end")])

# 13 cx07 焊工 / 铆工
FU(13, "钢构厂招焊工得持啥证上岗", "attribute", "焊工",
   [L(F07, 133)], [["焊工证"], ["质监局"]],
   [T("年龄卡不卡", "qualification", "焊工", [L(F07, 130)], [["40岁以下"], ["男"]], None, "switch_attribute"),
    T("那隔壁铆工这块呢", "qualification", "铆工", [L(F07, 140)], [["40岁以下"], ["高中级以上", "高中"]], None, "switch_role"),
    T("铆工要几年经验", "attribute", "铆工", [L(F07, 143)], [["3年以上"], ["钢结构"]], "experience", "explicit_role")], attr="certificate")

# 14 cx07 采购员
FU(14, "钢构公司采购员日常要干的活有哪些", "duty", "采购员",
   [L(F07, 155, 178)], [["采购制度"], ["供应商谈判", "与供应商谈判"], ["采购计划"], ["验收"]],
   [T("你列的第六条展开下", "duty", "采购员", [L(F07, 171)], [["采购计划"], ["年度、月度", "年度"]], None, "ordinal"),
    T("他需要什么学历和专业", "attribute", "采购员", [L(F07, 150)], [["大专及以上", "大专"], ["物流及供应链管理", "供应链"]], "education", "pronoun"),
    T("男女不限吗", "qualification", "采购员", [L(F07, 150)], [["男"], ["45周岁以下"]], None, "switch_attribute")])

# 15 cx07 机修工 / 维修电工
FU(15, "招机修工有哪些任职门槛", "qualification", "机修工",
   [L(F07, 272)], [["50周岁以下"], ["中专以上"], ["5年以上"]],
   [T("维修店工呢", "qualification", "维修电工", [L(F07, 303)], [["电气、设备相关专业", "电气"], ["持有资格证书", "资格证书"], ["5年以上"]], None, "typo_switch_role"),
    T("这两个岗位专业要求有什么不一样", "qualification", None, [L(F07, 272), L(F07, 303)], [["机械"], ["电气"]], None, "comparison"),
    T("维修电工日常具体干啥", "duty", "维修电工", [L(F07, 308, 319)], [["一保"], ["修理记录"], ["挂牌"]], None, "explicit_role")])

# 16 cx07 生产技术部长 / 销售员
FU(16, "生产技术部长要多少年经验", "attribute", "生产技术部长",
   [L(F07, 74, 78)], [["10年以上"], ["车间主任"]],
   [T("那部长对学历专业怎么要求", "attribute", "生产技术部长", [L(F07, 74)], [["大专及以上", "大专"], ["机电一体化", "设备动力管理"]], "education", "ellipsis"),
    OOS("那他具体职责有哪些", "生产技术部长", "pronoun_oos_nearmiss"),
    T("这家钢构公司的销售员呢", "duty", "销售员", [L(F07, 97, 103)], [["销售额"], ["拜访"], ["客户关系档案", "新客户"]], None, "switch_role_company")], attr="experience")

# 17 cx07 剪板机 / 矫正机
FU(17, "剪版机操作工干什么", "duty", "剪板机操作工",
   [L(F07, 189)], [["剪板机操作"], ["钢结构"]],
   [T("干这个有啥要求没", "qualification", "剪板机操作工", [L(F07, 186)], [["45岁以下"], ["初中以上"], ["下料"]], None, "ellipsis"),
    T("矫正机那个呢", "qualification", "矫正机操作工", [L(F07, 206)], [["矫正机操作经验"], ["初中学历", "初中"]], None, "short_title_switch"),
    T("刚才剪板机那个要几年经验", "attribute", "剪板机操作工", [L(F07, 186)], [["三年以上"], ["下料"]], "experience", "back_reference")])

# 18 cx08 出纳 reporting
FU(18, "培训学校里出纳的直接主管是哪位", "attribute", "出纳",
   [Q(F08, "直接主管:分校校长")], [["分校校长"], ["出纳", "直接主管"]],
   [T("那再往上一级的隔级领导呢", "attribute", "出纳", [Q(F08, "隔级领导:总经理")], [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
    T("她有下属吗", "attribute", "出纳", [Q(F08, "平级:会计 直接下属:无")], [["无"], ["下属"]], "subordinates", "pronoun"),
    T("得有啥证书", "attribute", "出纳", [Q(F08, "大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["资格证"]], "certificate", "switch_attribute")],
   attr="reports_to")
items[-1]["key_points"] = [["分校校长"], ["直接主管", "主管"]]

# 19 cx08 出纳 duties
FU(19, "出纳每天要做什么", "duty", "出纳",
   [Q(F08, "根据各校区发来的收入数据进行数据录入"), Q(F08, "每天报财务“资金汇报”"), Q(F08, "为客户办理退费结算"), Q(F08, "学校人员费用报销办理")],
   [["数据录入"], ["资金汇报"], ["退费"], ["报销"]],
   [T("第七条展开讲讲", "duty", "出纳", [Q(F08, "按领导审批过的退费手续")], [["退费手续"], ["退费结算"]], None, "ordinal"),
    T("从业年限要求呢", "attribute", "出纳", [Q(F08, "从业年限 2年以上")], [["2年以上"], ["年"]], "experience", "ellipsis"),
    T("这岗招男的女的有没有讲究", "qualification", "出纳", [Q(F08, "性 别 不限(女姓佳)")], [["不限"], ["女"]], None, "switch_attribute")])

# 20 cx09 人事行政部经理 KPI
FU(20, "人事行政部经理那张考核表都考哪些指标", "kpi", "人事行政部经理",
   [L(F09, 8, 23)], [["人事行政成本控制"], ["工作目标完成率"], ["内部员工满意率"], ["部门员工保有率"]],
   [T("内部运营类这一块总共占多少权重", "kpi", "人事行政部经理", [L(F09, 10)], [["50%"], ["内部运营类"]], None, "ellipsis"),
    T("其中权重最高的是哪个", "kpi", "人事行政部经理", [L(F09, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "pronoun"),
    OOS("顺便问下，公司年假有几天", None, "oos_mid"),
    T("刚才那张表里后勤投诉次数是怎么扣分的", "kpi", "人事行政部经理", [L(F09, 18)], [["扣 1 分", "扣1分"], ["投诉一次"]], None, "resume_after_oos")])

# 21 cx09 dimensions
FU(21, "人事行政经理的客户类指标是哪些", "kpi", "人事行政部经理",
   [L(F09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]],
   [T("学习成长革新那一类又有哪些", "kpi", "人事行政部经理", [L(F09, 19, 22)], [["部门员工保有率"], ["部门培训目标完成率"], ["人力计划完成率"]], None, "ellipsis"),
    T("员工保有率那项怎么给分", "kpi", "人事行政部经理", [L(F09, 19)], [["70%"], ["5 分", "5分"]], None, "short_name"),
    OOS("这个岗位的岗位职责是什么", "人事行政部经理", "pronoun_oos_nearmiss")])

# 22 cx10 导购
FU(22, "导购员需要什么条件", "qualification", "导购",
   [L(F10, 33, 39)], [["学历不限"], ["轮班"], ["沟通能力"], ["粤语"]],
   [T("他头上直接管他的是谁", "attribute", "导购", [L(F10, 43)], [["店长"], ["领导"]], "reports_to", "pronoun"),
    T("每天早上要干啥", "duty", "导购", [L(F10, 47, 49)], [["样板"], ["POP", "标签"]], None, "ellipsis")])

# 23 cx10 商超 / 专卖店
FU(23, "商超导购的职责是什么", "duty", "导购",
   [L(F10, 21, 27)], [["商超渠道"], ["销售目标"], ["介绍公司产品", "顾客"]],
   [T("那专卖店的导购呢", "duty", "导购", [L(F10, 43, 51)], [["店长"], ["清洁卫生", "清洁"], ["样板"]], None, "switch_variant"),
    T("回到商超那个，会粤语有优势吗", "qualification", "导购", [L(F10, 39)], [["粤语优先"], ["促销"]], None, "back_reference"),
    T("性别呢", "qualification", "导购", [L(F10, 33)], [["女"], ["学历不限"]], None, "ellipsis")])

# 24 cx11 酒店前台 duties
FU(24, "酒店前台的工作内容", "duty", "酒店前台",
   [L(F11, 2, 7)], [["入住"], ["退房结算"], ["预订"], ["客诉"]],
   [T("你列的第二条展开说说看", "duty", "酒店前台", [L(F11, 4)], [["退房结算"], ["收银系统"], ["迷你吧", "客房消费"]], None, "ordinal"),
    T("一天上几点到几点的班", "attribute", "酒店前台", [L(F11, 15)], [["两班轮班"], ["8:00—16:00", "16:00—24:00"]], "benefits", "switch_attribute"),
    T("那一个月能歇几天", "attribute", "酒店前台", [L(F11, 14)], [["4天"], ["调休"]], "benefits", "ellipsis")])

# 25 cx11 前台 qualities
FU(25, "前台要具备哪些素质", "qualification", "酒店前台",
   [L(F11, 8, 12)], [["亲和力"], ["收银系统", "预订系统"], ["应变能力"], ["合规"]],
   [T("那福利待遇咋样", "attribute", "酒店前台", [L(F11, 13, 16)], [["生日"], ["免费食宿"]], "benefits", "switch_attribute"),
    T("碰到客人投诉怎么办", "duty", "酒店前台", [L(F11, 6)], [["安抚情绪"], ["上报主管"]], None, "implicit_role"),
    OOS("前台一个月工资多少", "酒店前台", "empty_field_oos")])

# 26 cx12 行政主管
FU(26, "行政主管这个岗直接归谁管", "attribute", "行政主管",
   [L(F12, 9, 10)], [["行政经理"], ["直属上级"]],
   [T("那他编在哪个部门底下", "attribute", "行政主管", [L(F12, 15, 16)], [["行政管理部"], ["部门"]], "department", "pronoun"),
    T("他主要负责哪些活", "duty", "行政主管", [L(F12, 27, 54)], [["行政管理制度"], ["固定资产", "办公用品"], ["考勤"]], None, "pronoun"),
    T("时间占比最大的是哪块", "duty", "行政主管", [L(F12, 38, 39)], [["65"], ["行政管理工作"]], None, "comparison_within")], attr="reports_to")

# 27 cx12 行政经理助理
FU(27, "行政经理助理要做哪些事", "duty", "行政主管",
   [L(F12, 32, 54)], [["工作规划"], ["大事记"], ["年会"], ["考勤"]],
   [OOS("业绩衡量标准是什么", "行政主管", "oos_mid_nearmiss"),
    T("那工作概述呢", "attribute", "行政主管", [L(F12, 25, 26)], [["行政服务支持"], ["协助行政经理"]], "purpose", "ellipsis"),
    T("第三块职责讲讲", "duty", "行政主管", [L(F12, 48, 54)], [["队伍建设"], ["考勤"], ["接待"]], None, "ordinal")])

# 28 cx13 人力资源专员 / 招聘专员
FU(28, "人力资源专员任职资格是什么", "qualification", "人力资源专员",
   [L(F13, 2, 7)], [["本科及以上"], ["1-2年"], ["MS Office", "计算机"]],
   [T("那英语方面呢，要到什么水平", "attribute", "人力资源专员", [L(F13, 6)], [["中英文"], ["听、说、读、写", "读、写"]], "skills", "ellipsis"),
    T("换成招聘专圆，他要做什么", "duty", "招聘专员", [L(F13, 8, 20)], [["招聘文", "招聘文案"], ["招募活动"], ["转正考核"]], None, "typo_switch_role"),
    T("第二部分讲讲", "duty", "招聘专员", [L(F13, 15, 20)], [["转正考核"], ["异动"]], None, "ordinal")])

# 29 cx14
FU(29, "财务部内控与财务分析的KPI和权重", "kpi", None,
   [L(F14, 2, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"], ["25%"]],
   [T("财务分析报告那项具体怎么打分的", "kpi", None, [L(F14, 9, 17)], [["格式"], ["数据的准确性"], ["报告提交的及时性"]], None, "switch_attribute"),
    T("那个月底结账的指标怎么算分", "kpi", None, [L(F14, 6, 7)], [["耽误一次得0分"], ["错一次得80分"], ["50%"]], None, "typo_variant"),
    T("利润中心那项权重多少", "kpi", None, [L(F14, 5)], [["20%"], ["利润中心"]], None, "short_name")])

# 30 cx16
FU(30, "薪酬核算专员的任职要求", "qualification", "薪资核算专员",
   [L(F16, 14, 18)], [["本科"], ["2年以上"], ["劳动法", "个人所得税法"]],
   [T("他每个月具体做哪些事", "duty", "薪资核算专员", [L(F16, 3, 13)], [["薪资计提", "月度薪资计提"], ["薪资计算"], ["个税申报"]], None, "pronoun"),
    T("刚列的第6条讲讲", "duty", "薪资核算专员", [L(F16, 9)], [["个人所得税"], ["汇算清缴"]], None, "ordinal"),
    OOS("顺便问一句个税起征点现在是多少", None, "oos_end")])

# singles
def S(n, intent, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": f"r49xfu-{intent}-{n:02d}", "persona": PERS[n % 3], "intent": intent, "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": refusal, "turns": None, "tool": tool})

S(1, "attribute", "招教务老师学历要到什么程度", "教务", [L(F15, 5)], [["大学专科", "专科"], ["师范"]], attr="education")
S(2, "qualification", "做教务要具备哪些基本素养", "教务", [L(F15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]])
S(3, "jd", "帮我起草一份车辆调度员的岗位说明书", "车辆调度员",
  [Q(F02, "根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"), Q(F02, "根据司机出车情况进行考核")], [["合理调配"], ["值班"], ["考核"]],
  tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]})
S(4, "kpi_design", "帮审计部搭一套5项左右的KPI", None,
  [Q(F04, "审计计划执行率"), Q(F04, "审计报告一次经过率"), Q(F04, "审计结果准确性")],
  [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"]],
  tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [F04],
        "expected_indicators": ["审计计划执行率", "审计报告一次经过率", "审计结果准确性"]})
S(5, "kpi", "资金部那边考核用的关键指标列一下", None,
  [Q(F04, "公司资金预算达成率"), Q(F04, "资金筹集计划编制及时率"), Q(F04, "资金收支准确度")],
  [["公司资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"]])
S(6, "out_of_scope", "质检员的岗位职责是什么", "质检员", [], [], refusal=True)

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items,", sum(len(it["turns"] or []) for it in items), "later turns")
