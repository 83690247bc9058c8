"""Builds set.jsonl and forms.json for round 52 / xfu (follow-up conversations over corpus-extra)."""
import json, sys
from pathlib import Path

OUT = Path(__file__).parent
F = {k: v for k, v in [
    ("01", "cx01_财务部经理岗位说明书.docx"), ("02", "cx02_车辆调度员岗位说明书.docx"),
    ("03", "cx03_培训部工作手册.docx"), ("04", "cx04_部门KPI指标库.xlsx"), ("05", "cx05_招聘岗位一览.xlsx"),
    ("06", "cx06_技术岗位招聘信息.csv"), ("07", "cx07_人才招聘.html"), ("08", "cx08_培训学校出纳岗位说明书.pdf"),
    ("09", "cx09_人事行政部经理绩效考核表.md"), ("10", "cx10_导购岗位职责.txt"), ("11", "cx11_酒店前台职位描述.txt"),
    ("12", "cx12_行政主管岗位说明书.txt"), ("13", "cx13_人力资源招聘专员行为标准.txt"),
    ("14", "cx14_财务部内控与财务分析KPI组成表.txt"), ("15", "cx15_教务工作岗位素能.txt"),
    ("16", "cx16_薪资核算专员职位描述.txt")]}

def L(f, a, b=None):
    return {"file": F[f], "line_start": a, "line_end": b or a}

def Q(f, q):
    return {"file": F[f], "quote": q}

def kp(*groups):
    return [g if isinstance(g, list) else [g] for g in groups]

def T(q, intent, role, ev, k, attr=None, form=None):
    return dict(question=q, intent=intent, role=role, attribute=attr, evidence=ev, key_points=k, _form=form)

def OOS(q, role=None, form=None):
    return dict(question=q, intent="out_of_scope", role=role, attribute=None, evidence=[], key_points=[], _form=form)

CONV = []
def C(persona, first, turns):
    CONV.append((persona, first, turns))

# 1 cx02 车辆调度员
C("new_hire", T("我们车队新来个调度员，他平时主要干啥？", "duty", "车辆调度员",
    [Q("02", "根据客户有车需求,对人员车辆进行合理调配"), Q("02", "2.车辆值班安排")], kp("合理调配", "值班")), [
  T("那他干得好不好看哪些标准", "kpi", "车辆调度员", [Q("02", "工作及时率达95%以上"), Q("02", "客户满意率达90%以上")], kp("95%", "90%"), form="pronoun+switch_attribute"),
  T("这人归哪个领导管", "attribute", "车辆调度员", [Q("02", "车辆租赁中心主任"), Q("02", "直接上级")], kp("车辆租赁中心主任", ["直接上级", "上级", "汇报"]), "reports_to", "pronoun"),
  T("念书要念到啥程度才行", "attribute", "车辆调度员", [Q("02", "高中及以上"), Q("02", "教育水平")], kp("高中", ["教育水平", "学历"]), "education", "ellipsis"),
])
# 2 cx01 财务部经理
C("hr", T("袜业那家的财务经理要啥学历", "attribute", "财务部经理", [Q("01", "会计专业本科学历")], kp("本科", "会计"), "education"), [
  T("那证书方面呢，需要考啥", "attribute", "财务部经理", [Q("01", "会计师资格证书")], kp("会计师资格证书", "会计师"), "certificate", "ellipsis"),
  T("他手下带哪些人", "attribute", "财务部经理", [Q("01", "财务会计、出纳")], kp("出纳", ["财务会计", "成本会计"]), "subordinates", "pronoun"),
  T("岁数上有没有卡线", "qualification", "财务部经理", [Q("01", "35-45岁、性别不限、无身体疾病或残疾")], kp("35-45岁", ["性别不限", "放宽"]), form="ellipsis+switch_attribute"),
])
# 3 cx03 培训部经理
C("manager", T("培训部经理要负责哪些事", "duty", "培训部经理",
    [Q("03", "责培训部的日常管理工作"), Q("03", "责培训部员工的工作安排与绩效考核"), Q("03", "g)负责培训市场的开拓")],
    kp("日常管理", "绩效考核", "培训市场的开拓")), [
  T("你刚列的第三项再细说一下", "duty", "培训部经理", [Q("03", "责培训部员工的工作安排与绩效考核")], kp("工作安排", "绩效考核"), form="ordinal"),
  OOS("那培训顾问呢，他负责啥", "培训顾问", form="switch_role(near-miss OOS)"),
  T("话说回经理那边，他职责清单里排最后的那条是啥", "duty", "培训部经理", [Q("03", "h)协助市场部进行培训市场开发工作")], kp("协助市场部", "可行性"), form="back_reference+ordinal"),
])
# 4 cx04 人力资源部 KPI
C("hr", T("人力资源部KPI里财务类指标有哪些", "kpi", None,
    [Q("04", "部门费用预算达成率"), Q("04", "薪资总量预算安排达成率"), Q("04", "招聘费用预算达成率"), Q("04", "培训费用预算达成率")],
    kp("部门费用预算达成率", "薪资总量预算安排达成率", "招聘费用预算达成率", "培训费用预算达成率")), [
  T("除了财务类，剩下的还有啥", "kpi", None, [Q("04", "员工满意度调查"), Q("04", "人员编制控制率"), Q("04", "员工工资出错次数")], kp("员工满意度", "人员编制控制率", "员工工资出错次数"), form="more"),
  T("工资出错次数这个指标的公式给我看看", "kpi", None, [Q("04", "(错误发放的工资次数/发放的工资次数)*100%")], kp("错误发放的工资次数", ["错误发放的人数", "发放的工资人数"]), form="named_item"),
  T("换成审计部看看", "kpi", None, [Q("04", "审计计划执行率"), Q("04", "审计结果准确性"), Q("04", "审计报告归档率")], kp("审计计划执行率", "审计结果准确性", "审计报告归档率"), form="switch_role"),
])
# 5 cx05 研发经理 -> 生产主管
C("new_hire", T("注塑模具厂招的研发经理要做什么", "duty", "研发经理", [Q("05", "关注市场，发现行业新鲜资讯")], kp("关注市场", "开发设计")), [
  T("招这个岗位得满足啥条件呢", "qualification", "研发经理", [Q("05", "本科以上，20-45岁，模具设计类专业")], kp("本科", "模具设计"), form="ellipsis"),
  T("换成生产主管，条件又是啥", "qualification", "生产主管", [Q("05", "本科以上，25-45岁，注塑类相关专业")], kp("注塑类", "两年以上"), form="switch_role"),
  T("这两个岗位年龄要求有啥区别", "qualification", None, [Q("05", "本科以上，20-45岁，模具设计类专业"), Q("05", "本科以上，25-45岁，注塑类相关专业")], kp("20-45岁", "25-45岁"), form="compare_last_two"),
])
# 6 cx06 测试经理 -> DBA
C("hr", T("慧算账招的测试经理岗位职责有哪些", "duty", "测试工程师", [L("06", 51, 56)], kp(["功能、性能、安全", "性能"], "测试工具", ["新成员", "培训"])), [
  T("第5点能展开讲讲不", "duty", "测试工程师", [L("06", 55)], kp(["技能、业务培训", "培训"], "团队整体技能"), form="ordinal"),
  T("得干过几年测试才够格", "attribute", "测试工程师", [L("06", 58, 59)], kp("5年以上", ["测试团队管理", "1年3人"]), "experience", "ellipsis"),
  T("同一家公司的DBA呢，学历专业有啥要求", "attribute", "DBA", [L("06", 70)], kp("本科", "计算机"), "education", "switch_role+company"),
])
# 7 cx06 前端 美团 -> 京东物流
C("manager", T("美团成都那个前端工程师职责是啥", "duty", "前端开发工程师", [L("06", 80, 83)], kp("CRM", "前端体系化", "培养团队成员")), [
  T("经验要求几年", "attribute", "前端开发工程师", [L("06", 86)], kp("3年", ["编程", "计算机科学"]), "experience", "ellipsis"),
  T("京东物流招的前端研发又要几年", "attribute", "前端开发工程师", [L("06", 99)], kp("3-5年", "本科"), "experience", "switch_company"),
  T("它那边要会哪些框架", "attribute", "前端开发工程师", [L("06", 101)], kp("React", "Vue"), "skills", "pronoun"),
])
# 8 cx06 SRE
C("new_hire", T("宝洁的SRE是干嘛的", "duty", "平台Site Reliability Engineer", [L("06", 123)], kp("DevOps平台", "运维")), [
  T("办公地点在哪儿啊", "attribute", "平台Site Reliability Engineer", [L("06", 122)], kp("珠江新城", "广州"), "location", "ellipsis"),
  OOS("月薪大概开多少", "平台Site Reliability Engineer", form="ellipsis(OOS: field empty)"),
  T("对应聘者有啥硬性要求", "qualification", "平台Site Reliability Engineer", [L("06", 125, 129)], kp("4年以上", "K8S"), form="ellipsis"),
])
# 9 cx06 Golang
C("hr", T("云霁那个Go后端招人要求是啥", "qualification", "Golang 后端", [L("06", 35, 42)], kp(["2-5年", "2-5 年"], "k8s", "MySQL")), [
  T("有啥能加分的经历", "qualification", "Golang 后端", [L("06", 46, 49)], kp("terraform", "开源作品"), form="ellipsis"),
  OOS("顺便问下k8s里怎么写一个deployment的yaml", form="oos_mid(programming)"),
  T("说回这个Go岗位，薪资开到多少", "attribute", "Golang 后端", [L("06", 27)], kp("20-40k", ["Golang", "Go后端", "云霁"]), "pay", "back_reference+ellipsis"),
])
# 10 cx07 采购员
C("manager", T("钢构厂的采购员工作内容有哪些", "duty", "采购员", [L("07", 155, 177)], kp("采购制度", "供应商谈判", "采购计划")), [
  T("第4项具体指什么", "duty", "采购员", [L("07", 165)], kp("价格", "付款方式", "交货日期"), form="ordinal"),
  T("那应聘门槛呢", "qualification", "采购员", [L("07", 150)], kp("大专", "3年以上采购主管"), form="ellipsis"),
  T("年龄限制多少", "qualification", "采购员", [L("07", 150)], kp("45周岁", "男"), form="ellipsis+switch_attribute"),
])
# 11 cx07 焊工 -> 铆工
C("new_hire", T("焊工需要什么证", "attribute", "焊工", [L("07", 133)], kp("焊工证", "质监局"), "certificate"), [
  T("读书要读到什么程度", "attribute", "焊工", [L("07", 130)], kp("高中", "40岁"), "education", "ellipsis"),
  T("铆工那边学历要求一样吗", "attribute", "铆工", [L("07", 140)], kp("高中级以上", "40岁"), "education", "switch_role"),
  T("这两个哪个对工作经验要求更高", "qualification", None, [L("07", 133), L("07", 143)], kp("3年以上", "铆工"), form="compare_last_two"),
])
# 12 cx07 维修电工 -> 机修工
C("manager", T("维修电工日常都负责哪些活儿", "duty", "维修电工", [L("07", 309, 318)], kp("安全技术操作规程", "例保", "断电")), [
  T("第二点具体是啥", "duty", "维修电工", [L("07", 312)], kp("例保、一保、二保和大修", "修理记录"), form="ordinal"),
  T("机修工的呢", "duty", "机修工", [L("07", 278, 287)], kp("钳台", "二级保养", "巡回检查"), form="switch_role"),
  T("维修电工要什么证书", "attribute", "维修电工", [L("07", 303)], kp("资格证书", "职业培训"), "certificate", "back_reference"),
])
# 13 cx07 生产技术部长
C("hr", T("钢构厂招生产技术部长，对人有什么要求", "qualification", "生产技术部长", [L("07", 74, 85)], kp("10年以上", "车间主任", ["事业部总经理", "经营管理"])), [
  OOS("它的岗位职责呢", "生产技术部长", form="pronoun(near-miss OOS: no duties)"),
  T("学什么专业的比较对口", "attribute", "生产技术部长", [L("07", 74)], kp("设备动力管理", "机电一体化"), "major", "ellipsis"),
])
# 14 cx08 出纳
C("new_hire", T("这家培训学校的出纳向谁汇报工作", "attribute", "出纳", [Q("08", "直接主管:分校校长")], kp("分校校长", "直接主管"), "reports_to"), [
  T("她手底下有没有人", "attribute", "出纳", [Q("08", "直接主管:分校校长")], kp(["直接下属:无", "无直接下属", "没有下属", "直接下属：无"], ["直接下属", "下属"]), "subordinates", "ellipsis"),
  T("第七条职责讲讲", "duty", "出纳", [Q("08", "按领导审批过的退费手续,为客户办理退费结算;")], kp("退费", "领导审批"), form="ordinal(no prior list)"),
  T("需要考哪个资格证", "attribute", "出纳", [Q("08", "学历,会计从业资格证")], kp("会计从业资格证", "大专"), "certificate", "ellipsis"),
])
# 15 cx08 出纳
C("hr", T("出纳岗位的职责", "duty", "出纳", [Q("08", "每天报财务“资金汇报”;"), Q("08", "学校发票、收据业务办理;"), Q("08", "按时、准确地发放员工工资、奖金;")], kp("资金汇报", "发票", "工资")), [
  T("干过几年出纳才能来", "attribute", "出纳", [Q("08", "从业年限 2年以上"), Q("08", "2年以上出纳工作经验")], kp("2年以上", ["出纳工作经验", "从业年限"]), "experience", "ellipsis"),
  T("小伙子来应聘行不行", "qualification", "出纳", [Q("08", "性 别 不限(女姓佳)")], kp("不限", ["女姓佳", "女性佳", "女士优先"]), form="implicit_attribute"),
  T("那她领导的领导是谁", "attribute", "出纳", [Q("08", "直接主管:分校校长")], kp("总经理", "隔级领导"), "reports_to", "pronoun"),
])
# 16 cx09 人事行政部经理
C("manager", T("人事行政部经理的绩效考核表里都考些什么", "kpi", "人事行政部经理", [L("09", 8, 23)], kp("人事行政成本控制", "绩效、薪资管理完成率", "后勤投诉次数")), [
  T("其中分量最重的是哪一项", "kpi", "人事行政部经理", [L("09", 14)], kp("绩效、薪资管理完成率", "15%"), form="ellipsis(superlative)"),
  T("这一项是怎么扣分的", "kpi", "人事行政部经理", [L("09", 14)], kp("扣2分/次", "个人原因"), form="pronoun"),
  T("学习成长那块占多少", "kpi", "人事行政部经理", [L("09", 19, 22)], kp("20%", "学习成长革新类"), form="switch_attribute"),
])
# 17 cx09
C("hr", T("人事行政部经理考核表里客户类那块有哪几项", "kpi", "人事行政部经理", [L("09", 17, 18)], kp("内部员工满意率", "后勤投诉次数")), [
  T("后勤投诉次数怎么计分", "kpi", "人事行政部经理", [L("09", 18)], kp("扣1分/次", "投诉一次"), form="named_item"),
  OOS("顺便问下，员工年假法定有几天", form="oos_mid(labour law)"),
  T("回到刚才那张表，工作流程改善目标完成率权重多少", "kpi", "人事行政部经理", [L("09", 15)], kp("0%", "工作流程改善目标完成率"), form="back_reference"),
])
# 18 cx14
C("manager", T("财务部内控与财务分析的KPI有哪些，各占多少权重", "kpi", "财务分析会计", [L("14", 3, 6)], kp("企业内控制度的调整", "财务分析报告", "利润中心的操作维护", "月底结帐处理")), [
  T("第二个指标怎么评分", "kpi", "财务分析会计", [L("14", 4), L("14", 12, 16)], kp("格式", "数据的准确性", "报告提交的及时性"), form="ordinal"),
  T("月底结帐处理的考核标准呢", "kpi", "财务分析会计", [L("14", 6, 7)], kp("耽误一次得0分", "错一次得80分"), form="named_item"),
  T("那个评分表由谁填", "kpi", "财务分析会计", [L("14", 10)], kp("财务部经理", ["季度安全分析报告评分表", "评分表"]), form="pronoun"),
])
# 19 cx10 导购
C("new_hire", T("商场导购员招聘有什么条件", "qualification", "导购", [L("10", 33, 39)], kp("学历不限", "轮班", "粤语")), [
  T("那他对谁负责", "attribute", "导购", [L("10", 43)], kp("店长", ["对店长负责", "接受其领导"]), "reports_to", "pronoun"),
  T("每天一早到店先干什么", "duty", "导购", [L("10", 47, 49)], kp("样板", "POP"), form="ellipsis"),
  T("导够要负责盘点吗", "duty", "导购", [L("10", 11)], kp("盘点", ["收银", "账目核对"]), form="typo"),
])
# 20 cx11 前台
C("new_hire", T("在酒店做前台每月能休息几天", "attribute", "酒店前台", [L("11", 14)], kp("4天", "调休"), "benefits"), [
  T("上班时间是几点到几点", "attribute", "酒店前台", [L("11", 15)], kp("8:00—16:00", "16:00—24:00"), "benefits", "ellipsis"),
  T("那入职要求呢", "qualification", "酒店前台", [L("11", 9, 12)], kp("亲和力", "收银系统", "应变"), form="ellipsis"),
  T("要求里的第二点再讲细点", "qualification", "酒店前台", [L("11", 10)], kp("预订系统", "对数字敏感"), form="ordinal"),
])
# 21 cx11 前台
C("hr", T("前台的核心工作内容", "duty", "酒店前台", [L("11", 3, 7)], kp("入住", "退房", "预订", "客诉")), [
  T("客诉那条展开", "duty", "酒店前台", [L("11", 6)], kp("安抚情绪", "上报主管"), form="named_item"),
  T("管吃住吗", "attribute", "酒店前台", [L("11", 16)], kp("免费食宿", "生日"), "benefits", "ellipsis"),
  T("周末能双休吗", "attribute", "酒店前台", [L("11", 14)], kp("4天", "调休"), "benefits", "ellipsis"),
])
# 22 cx12 行政主管
C("manager", T("行政主管这个岗位向谁直接汇报", "attribute", "行政主管", [L("12", 9, 10)], kp("行政经理", "直属上级"), "reports_to"), [
  T("隶属于哪个部门", "attribute", "行政主管", [L("12", 15, 16)], kp("行政管理部", "所在部门"), "department", "ellipsis"),
  T("时间占比最大的是哪块工作", "duty", "行政主管", [L("12", 38, 47)], kp("65%", "行政管理工作"), form="ellipsis(superlative)"),
  OOS("上面那些工作分别怎么衡量做得好不好", "行政主管", form="pronoun(near-miss OOS: 略)"),
])
# 23 cx12 行政经理助理
C("hr", T("行政经理助理的工作概述", "attribute", "行政主管", [L("12", 25, 26)], kp("行政服务支持", "协助行政经理"), "purpose"), [
  T("部门内部建设方面要做哪些", "duty", "行政主管", [L("12", 49, 54)], kp("技能培训", "考勤", "接待"), form="ellipsis"),
  OOS("工资等级是多少", "行政主管", form="ellipsis(near-miss OOS: empty field)"),
  T("制度建设相关的职责呢", "duty", "行政主管", [L("12", 33, 37)], kp("行政工作规划", "规章制度"), form="switch_section"),
])
# 24 cx13
C("hr", T("人力资源专员需要什么学历专业", "attribute", "人力资源专员", [L("13", 3)], kp("本科", "人力资源"), "education"), [
  T("相关工作经验得有多久", "attribute", "人力资源专员", [L("13", 4)], kp("1-2年", "IT相关"), "experience", "ellipsis"),
  T("那一级招聘专员的行为标准写了哪些", "duty", "招聘专员", [L("13", 9, 20)], kp("招聘文案", "转正考核", "异动手续"), form="switch_role"),
  T("2.1那条展开讲讲", "duty", "招聘专员", [L("13", 16, 17)], kp("转正通知", "待转正员工"), form="ordinal"),
])
# 25 cx15 教务
C("new_hire", T("教务这个岗位最低什么学历", "attribute", "教务", [L("15", 5)], kp("大学专科", "师范"), "education"), [
  T("之前要有多少年工作经历", "attribute", "教务", [L("15", 6)], kp("2年以上", "1年以上同岗位"), "experience", "ellipsis"),
  T("基本素养包括哪些", "qualification", "教务", [L("15", 8, 10)], kp("责任心强", "会爱学生", "宽容乐观"), form="switch_section"),
  OOS("教务老师月薪多少钱", "教务", form="switch_attribute(OOS: not stated)"),
])
# 26 cx16 薪资核算专员
C("hr", T("薪酬核算岗位要干啥", "duty", "薪资核算专员", [L("16", 4, 13)], kp(["薪资计提", "计提"], "个税申报", "年终奖")), [
  T("第六项再展开讲讲吧", "duty", "薪资核算专员", [L("16", 9)], kp("个人所得税", "汇算清缴"), form="ordinal"),
  T("得懂哪几部法和政策", "qualification", "薪资核算专员", [L("16", 17)], kp("劳动法", "个人所得税法"), form="ellipsis"),
  T("学历和专业方面怎么要求的", "attribute", "薪资核算专员", [L("16", 15)], kp("本科", "统计学"), "education", "ellipsis"),
])
# 27 cx16 -> cx04
C("manager", T("薪资核算专员要几年经验", "attribute", "薪资核算专员", [L("16", 16)], kp("2年以上", "薪酬核算经验"), "experience"), [
  T("有HRSSC经验加分吗", "qualification", "薪资核算专员", [L("16", 16)], kp("优先", ["HRSSC", "共享服务中心"]), form="ellipsis"),
  T("人力资源部考核工资的KPI是哪个", "kpi", None, [Q("04", "员工工资出错次数"), Q("04", "员工工资发放的出错人次数")], kp("员工工资出错次数", ["出错人次数", "出错"]), form="switch_topic(cross-document)"),
  T("它的数据来源是什么", "kpi", None, [Q("04", "工资发放记录"), Q("04", "员工工资出错次数")], kp("工资发放记录", ["员工工资出错次数", "工资出错"]), form="pronoun"),
])
# 28 cx04 财务部 -> 资金部
C("manager", T("财务部的关键绩效指标有哪些", "kpi", None, [Q("04", "公司财务预算达成率"), Q("04", "现金收支准确性"), Q("04", "财务资料完好性")], kp("公司财务预算达成率", "现金收支准确性", "财务资料完好性")), [
  T("财务分析准确度怎么衡量", "kpi", None, [Q("04", "对公司的整体财务状况分析出错次数")], kp("出错次数", "财务分析报告"), form="named_item"),
  T("换资金部看看，有哪些指标", "kpi", None, [Q("04", "公司资金预算达成率"), Q("04", "资金收支准确度")], kp("公司资金预算达成率", "资金收支准确度"), form="switch_role"),
  T("资金头寸那个指标怎么定义", "kpi", None, [Q("04", "因没有及时掌握资金头寸信息")], kp("损失的金额", "资金头寸"), form="shortened_name"),
])
# 29 cx02 -> cx01
C("hr", T("调度员的工作经验要求", "attribute", "车辆调度员", [Q("02", "4年以上相关工作经验")], kp("4年以上", "相关工作经验"), "experience"), [
  T("专业方面有限制吗", "attribute", "车辆调度员", [Q("02", "汽车修理专业")], kp("汽车修理", "专业"), "major", "ellipsis"),
  T("财务部经理学的专业要求又是啥", "attribute", "财务部经理", [Q("01", "会计专业本科学历")], kp("会计", "本科"), "major", "switch_role"),
  T("这两个岗位谁要求的工作年限更长", "attribute", None, [Q("02", "4年以上相关工作经验"), Q("01", "八年以工业企业财务管理经验,至少五年同职经历;")], kp("八年", "4年以上"), "experience", "compare_last_two"),
])
# 30 cx05 销售经理 -> 文案策划
C("new_hire", T("销售精理要出差吗", "duty", "销售经理", [Q("05", "每年有1~2次到上海等地出差")], kp("上海", "1~2次")), [
  T("对英语有没有要求", "qualification", "销售经理", [Q("05", "本科以上，20-35岁，英语专业者优先")], kp("英语专业者优先", "本科"), form="ellipsis"),
  T("文案策划做什么的", "duty", "文案策划", [Q("05", "负责宣传推广文案及宣传资料文案的撰写")], kp("宣传推广文案", "广告表现文字"), form="switch_role"),
  T("包住吗", "attribute", "文案策划", [Q("05", "大专以上，20-35岁，有经验者优先")], kp("免费食宿", "薪资面议"), "benefits", "ellipsis"),
])

SINGLES = [
  dict(id="r52xfu-jd-01", persona="hr", intent="jd", question="给维修电工写个JD，职责和要求都带上", role="维修电工", attribute=None,
       evidence=[L("07", 303, 318)], key_points=kp("例保", "断电"), expect_refusal=False, turns=None,
       tool={"kind": "jd", "role": "维修电工", "must_cite_files": [F["07"]], "expect_sections": ["duties", "qualifications"]}),
  dict(id="r52xfu-kd-01", persona="manager", intent="kpi_design", question="帮资金部设计5个KPI", role="资金部", attribute=None,
       evidence=[Q("04", "公司资金预算达成率"), Q("04", "资金收支准确度"), Q("04", "资金使用目标达成率")],
       key_points=kp("公司资金预算达成率", "资金收支准确度", "资金使用目标达成率"), expect_refusal=False, turns=None,
       tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [F["04"]],
             "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金使用目标达成率"]}),
  dict(id="r52xfu-oos-01", persona="hr", intent="out_of_scope", question="焊工的社保缴费比例是多少", role=None, attribute=None,
       evidence=[], key_points=[], expect_refusal=True, turns=None, tool=None),
  dict(id="r52xfu-attr-01", persona="new_hire", intent="attribute", question="数控平面钻工对学历有啥要求", role="数控平面钻工", attribute="education",
       evidence=[L("07", 196)], key_points=kp("初中", "45岁"), expect_refusal=False, turns=None, tool=None),
  dict(id="r52xfu-kpi-01", persona="manager", intent="kpi", question="审计报告证据充分性这个指标怎么算", role=None, attribute=None,
       evidence=[Q("04", "因审计证据不足而使审计结果被推翻的次数")], key_points=kp("审计结果被推翻", "审计证据不足"), expect_refusal=False, turns=None, tool=None),
  dict(id="r52xfu-qual-01", persona="hr", intent="qualification", question="Moka产品经理这个岗位看重哪些能力", role="产品经理", attribute=None,
       evidence=[L("06", 20, 23)], key_points=kp("需求识别", "学习能力", "Ownership"), expect_refusal=False, turns=None, tool=None),
]

items, forms = [], {}
for i, (persona, first, turns) in enumerate(CONV, 1):
    iid = f"r52xfu-fu-{i:02d}"
    tt = []
    for j, t in enumerate(turns, 1):
        forms[f"{iid}#{j}"] = t.pop("_form")
        tt.append(t)
    first.pop("_form")
    items.append(dict(id=iid, persona=persona, intent="followup", question=first["question"], role=first["role"],
                      attribute=first["attribute"], evidence=first["evidence"], key_points=first["key_points"],
                      expect_refusal=False, turns=tt, tool=None, ))
    forms[f"{iid}#0"] = f"first:{first['intent']}"
items += SINGLES
with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items,", sum(len(it["turns"] or []) for it in items), "later turns")
