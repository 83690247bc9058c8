#!/usr/bin/env python3
"""Round 17 extra-fu: 30 multi-turn follow-up conversations over /work/shared/corpus-extra.

Writes set.jsonl (schema of /tmp/r17code/evals/sets/README.md, intent followup) and
forms.json (the follow-up FORM of every later turn, kept outside the schema).
Written from the documents alone, before gangwei was run.
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
    """A later turn plus its form (form is split off into forms.json)."""
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t, form


def OOS(question, role, form="missing"):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form


CONV = []


def C(persona, first_intent, question, role, ev, kp, turns, attribute=None):
    CONV.append(dict(persona=persona, first_intent=first_intent, question=question, role=role,
                     evidence=ev, key_points=kp, attribute=attribute, turns=turns))


# 01 cx01 财务部经理
C("new_hire", "duty", "财务部经理这个岗位平时主要管哪些事情", "财务部经理",
  [Q(F1, "组织编制公司年度综合财务计划和控制标准"), Q(F1, "建立健全财务管理体系")],
  [["年度综合财务计划"], ["财务管理体系"]],
  [T("学历专业有啥要求", "attribute", "财务部经理", [Q(F1, "会计专业本科学历")], [["会计专业"], ["本科"]], "ellipsis", "education"),
   T("要考啥证么", "attribute", "财务部经理", [Q(F1, "会计师资格证书"), Q(F1, "职业资格")], [["会计师资格"], ["证书", "职业资格"]], "terse", "certificate"),
   T("他向谁汇报，手下带谁", "attribute", "财务部经理", [Q(F1, "财务总监"), Q(F1, "财务会计、出纳")],
     [["财务总监", "财务部总监"], ["出纳"]], "two-in-one", "reports_to"),
   T("八年工业企业经验里头同职要几年", "attribute", "财务部经理", [Q(F1, "八年以工业企业财务管理经验")], [["五年"], ["同职"]], "quote-prev+numword", "experience")])

# 02 cx02 车辆调度员: duties -> KPI
C("new_hire", "duty", "车辆调度员每天具体干啥活", "车辆调度员",
  [Q(F2, "对人员车辆进行合理调配"), Q(F2, "2.车辆值班安排"), Q(F2, "根据司机出车情况进行考核")],
  [["合理调配"], ["值班"], ["考核"]],
  [T("那KPI呢 业绩标准咋定的", "kpi", "车辆调度员",
     [Q(F2, "工作及时率达95%以上"), Q(F2, "客户满意率达90%以上"), Q(F2, "内部员工满意度达80%以上"), Q(F2, "突发事件处理及时率达100%")],
     [["95%"], ["90%"], ["80%"], ["100%"]], "kpi-after-duty"),
   T("客户满意率要到百分之几", "kpi", "车辆调度员", [Q(F2, "客户满意率达90%以上")], [["90%"], ["客户满意率"]], "quote-prev+numword"),
   T("学历跟经验呢", "attribute", "车辆调度员", [Q(F2, "高中及以上"), Q(F2, "4年以上相关工作经验")],
     [["高中及以上"], ["4年以上"]], "two-in-one", "education"),
   T("专业要对口吗 汽修的？", "attribute", "车辆调度员", [Q(F2, "汽车修理专业"), Q(F2, "专业要求")], [["汽车修理"], ["专业要求", "专业"]], "terse", "major")])

# 03 cx02 调度员 manager view
C("manager", "attribute", "调度员的直属领导是哪个", "车辆调度员",
  [Q(F2, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]],
  [T("这个岗设来干嘛的", "attribute", "车辆调度员", [Q(F2, "为了满足客户用车需求")], [["用车需求"], ["合理调配"]], "pronoun", "purpose"),
   T("司机考勤那块具体要做啥", "duty", "车辆调度员",
     [Q(F2, "根据司机出车情况进行考核"), Q(F2, "做好司机出差、加班以及行车公里、油料等统计工作")],
     [["行车公里", "油料"], ["出车情况"]], "quote-prev"),
   T("派车前要跟司机交待些什么", "duty", "车辆调度员", [Q(F2, "向司机交待清楚时间、地点、任务和注意事项")],
     [["注意事项"], ["地点"]], "ellipsis"),
   OOS("他一个月油补多少", "车辆调度员")])

# 04 cx03 培训部经理
C("hr", "duty", "培训部经理要负责哪些工作", "培训部经理",
  [Q(F3, "责培训部的日常管理工作"), Q(F3, "责培训部员工的工作安排与绩效考核"), Q(F3, "g)负责培训市场的开拓")],
  [["日常管理"], ["绩效考核"], ["培训市场"]],
  [T("部门配几个人", "attribute", "培训部经理", [Q(F3, "培训部配置人员4名")], [["4名", "4人"], ["培训顾问"]], "terse", "subordinates"),
   OOS("培训顾问负责啥", "培训顾问", "missing-near-miss"),
   T("那整个部门的职能呢", "duty", None,
     [Q(F3, "负责公司师资库的建立"), Q(F3, "负责公司培训档案的建立"), Q(F3, "负责培训新课程的开发")],
     [["师资库"], ["培训档案"], ["新课程"]], "switch-dept"),
   T("回到经理 h那条展开讲讲", "duty", "培训部经理", [Q(F3, "协助市场部进行培训市场开发工作")],
     [["市场部"], ["可行性"]], "ordinal")])

# 05 cx04 人力资源部 KPI
C("hr", "kpi", "人力资源部的KPI指标库里都有哪些指标", None,
  [Q(F4, "部门费用预算达成率"), Q(F4, "制度和流程的书面化比率"), Q(F4, "人员编制控制率")],
  [["部门费用预算达成率"], ["制度和流程的书面化比率"], ["人员编制控制率"]],
  [T("财务类那几个的公式给下", "kpi", None, [Q(F4, "(实际部门费用/计划费用)*100%"), Q(F4, "(实际发生成本/计划成本)*100%")],
     [["实际部门费用/计划费用"], ["实际发生成本/计划成本"]], "formula"),
   T("招聘天数那个咋算的", "kpi", None, [Q(F4, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]], "quote-prev"),
   OOS("KPI权重分别多少", None, "missing-empty-field")])

# 06 cx04 财务部 -> correction 资金部 -> 审计部
C("manager", "kpi", "财务部的关键绩效指标有哪几个", None,
  [Q(F4, "公司财务预算达成率"), Q(F4, "现金收支准确性"), Q(F4, "财务资料完好性")],
  [["公司财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]],
  [T("不是财务部，我问的是资金部", "kpi", None,
     [Q(F4, "公司资金预算达成率"), Q(F4, "资金头寸变动信息掌握的及时性"), Q(F4, "资金使用评估报告编制及时率")],
     [["公司资金预算达成率"], ["资金头寸变动信息掌握的及时性"], ["资金使用评估报告编制及时率"]], "correction"),
   T("头寸那个指标怎么衡量", "kpi", None, [Q(F4, "因没有及时掌握资金头寸信息")], [["损失的金额", "损失"], ["头寸信息"]], "quote-prev"),
   T("那审计部咧", "kpi", None, [Q(F4, "审计计划执行率"), Q(F4, "审计报告归档率")],
     [["审计计划执行率"], ["审计报告归档率"]], "switch-dept")])

# 07 cx04 员工工资出错次数
C("hr", "kpi", "员工工资出错次数这个KPI的计算公式是什么", None,
  [Q(F4, "(错误发放的工资次数/发放的工资次数)*100%")],
  [["错误发放的工资次数"], ["错误发放的人数"]],
  [T("它算哪一类指标", "kpi", None, [Q(F4, "内部营运类"), Q(F4, "薪酬管理")], [["内部营运类", "内部运营类"], ["薪酬管理"]], "pronoun"),
   T("数据来源是?", "kpi", None, [Q(F4, "工资发放记录")], [["工资发放记录"], ["工资"]], "terse"),
   T("同一类里还有别的吗", "kpi", None,
     [Q(F4, "员工绩效计划的按时完成率"), Q(F4, "员工绩效考核申诉处理及时性"), Q(F4, "招聘空缺职位所需的平均天数")],
     [["员工绩效计划的按时完成率"], ["员工绩效考核申诉处理及时性"], ["招聘空缺职位所需的平均天数"]], "ellipsis")])

# 08 cx05 销售经理
C("new_hire", "duty", "模具公司的销售经理岗位具体做些什么", "销售经理",
  [Q(F5, "帮助业务经理处理订单的相关内容")], [["处理订单"], ["解答客户"], ["跟进订单"]],
  [T("出差多不多", "duty", "销售经理", [Q(F5, "帮助业务经理处理订单的相关内容")], [["1~2次"], ["上海"]], "quote-prev"),
   T("年龄和学历卡的严不", "attribute", "销售经理", [Q(F5, "本科以上，20-35岁，英语专业者优先")], [["本科以上"], ["20-35岁"]], "two-in-one", "education"),
   T("包住吗 工资呢", "attribute", "销售经理", [Q(F5, "本科以上，20-35岁，英语专业者优先")], [["免费食宿"], ["面议"]], "two-in-one", "benefits")])

# 09 cx05 研发经理 vs 生产主管
C("hr", "qualification", "研发经理招聘要什么条件", "研发经理",
  [Q(F5, "本科以上，20-45岁，模具设计类专业")], [["本科以上"], ["模具设计"]],
  [T("那生产主管的呢", "qualification", "生产主管", [Q(F5, "本科以上，25-45岁，注塑类相关专业")], [["注塑"], ["两年以上"]], "switch-role"),
   T("俩岗位年龄范围对比下", "qualification", None, [Q(F5, "本科以上，20-45岁，模具设计类专业"), Q(F5, "本科以上，25-45岁，注塑类相关专业")],
     [["20-45岁"], ["25-45岁"]], "compare"),
   T("生产主管日常管些啥", "duty", "生产主管", [Q(F5, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], "terse")])

# 10 cx05 文案策划 -> 机械技术员
C("new_hire", "duty", "文案策划 job duties 有哪些", "文案策划",
  [Q(F5, "负责宣传推广文案及宣传资料文案的撰写")], [["宣传推广文案"], ["刊物"]],
  [T("要求高不高", "qualification", "文案策划", [Q(F5, "工作细心，认真负责")], [["大专以上"], ["20-35岁"]], "ellipsis"),
   T("换成机械技术员呢", "qualification", "机械技术员", [Q(F5, "机械技术底子深厚")],
     [["大专以上"], ["20-45岁"], ["创新精神"]], "switch-role"),
   T("他主要做些啥，治具是啥活", "duty", "机械技术员", [Q(F5, "制作机械手治具，产品治具")], [["维修"], ["治具"]], "pronoun+two-in-one")])

# 11 cx06 Moka 前端 -> 京东
C("new_hire", "qualification", "Moka的前端开发要会哪些技术", "前端开发工程师",
  [L(F6, 4, 8)], [["React"], ["webpack"], ["1年及以上"]],
  [T("薪资多少 几薪", "attribute", "前端开发工程师", [L(F6, 2, 2)], [["15k-40k"], ["*15", "15薪"]], "terse", "pay"),
   T("base在哪", "attribute", "前端开发工程师", [L(F6, 2, 2)], [["北京"], ["成都"]], "mixed-en", "location"),
   T("换京东那个前端呢，要几年经验", "attribute", "前端开发工程师", [L(F6, 99, 99)], [["3-5年"], ["前端开发经验"]], "switch-company", "experience"),
   T("学历要求也说下", "attribute", "前端开发工程师", [L(F6, 99, 99)], [["全日制本科"], ["计算机"]], "ellipsis", "education")])

# 12 cx06 美团前端 -> 百腾
C("hr", "duty", "美团成都那个前端岗的职责有哪些", "前端开发工程师",
  [L(F6, 79, 83)], [["CRM"], ["中后台"], ["培养团队成员"]],
  [T("经验要几年", "attribute", "前端开发工程师", [L(F6, 86, 86)], [["3年及以上"], ["互联网研发"]], "terse", "experience"),
   T("百腾教育那个前端呢，要求啥", "qualification", "前端开发工程师", [L(F6, 113, 117)], [["git"], ["Bootstrap"]], "switch-company"),
   T("加分项呢", "qualification", "前端开发工程师", [L(F6, 119, 121)], [["NodeJS"], ["新技术"]], "ellipsis")])

# 13 cx06 测试经理
C("manager", "duty", "慧算账的测试经理需要带团队吗", "测试工程师",
  [L(F6, 51, 51), L(F6, 59, 59)], [["带领团队"], ["3人以上"]],
  [T("学历+经验", "attribute", "测试工程师", [L(F6, 58, 58)], [["本科"], ["5年以上"]], "two-in-one", "education"),
   T("编程语言有要求没", "attribute", "测试工程师", [L(F6, 61, 61)], [["Java"], ["MySQL", "Oracle"]], "terse", "skills"),
   T("财税行业经验必需有？", "qualification", "测试工程师", [L(F6, 58, 58)], [["优先"], ["财税行业"]], "quote-prev+typo"),
   T("工资范围", "attribute", "测试工程师", [L(F6, 50, 50)], [["15K"], ["45K"]], "terse", "pay")])

# 14 cx06 DBA
C("hr", "duty", "DBA这个岗位负责哪些工作", "DBA",
  [L(F6, 63, 68)], [["容量规划"], ["备份恢复"], ["SQL调优"]],
  [T("在哪个城市上班", "attribute", "DBA", [L(F6, 62, 62)], [["广州"], ["慧算账"]], "ellipsis", "location"),
   T("专业有限制么", "attribute", "DBA", [L(F6, 70, 70)], [["计算机"], ["信息安全"]], "terse", "major"),
   OOS("MySQL主从复制怎么配置", "DBA", "missing-programming")])

# 15 cx06 SRE -> Golang 后端
C("new_hire", "duty", "宝洁那个SRE岗位是做什么的", "平台Site Reliability Engineer",
  [L(F6, 122, 123)], [["DevOps平台"], ["BU"]],
  [T("这个要几年工作经验啊", "attribute", "平台Site Reliability Engineer", [L(F6, 125, 125)], [["4年以上"], ["系统管理员"]], "terse", "experience"),
   T("英语有要求么", "attribute", "平台Site Reliability Engineer", [L(F6, 129, 129)], [["英语能力"], ["一定"]], "ellipsis", "skills"),
   T("Go后端那个呢，可以远程吗", "attribute", "Golang 后端", [L(F6, 27, 27)], [["远程"], ["杭州"]], "switch-role", "location"),
   T("k8s要求到啥程度", "attribute", "Golang 后端", [L(F6, 42, 42)], [["二次开发"], ["docker"]], "mixed-en", "skills")])

# 16 cx07 销售员
C("new_hire", "duty", "钢结构厂的销售员岗位职责是啥", "销售员",
  [L(F7, 97, 103)], [["销售额"], ["拜访新老客户"], ["客户关系档案"]],
  [T("英文得考过几级", "attribute", "销售员", [L(F7, 111, 111)], [["四级"], ["英语"]], "terse", "skills"),
   T("福利待遇咋样", "attribute", "销售员", [L(F7, 123, 123)], [["双休"], ["社会保险"], ["住宿"]], "ellipsis", "benefits"),
   T("客户档案那条展开说下", "duty", "销售员", [L(F7, 103, 103)], [["客户关系档案"], ["客户信息"]], "quote-prev")])

# 17 cx07 焊工 -> 铆工 -> 埋弧焊工
C("hr", "qualification", "招焊工的话有啥条件", "焊工",
  [L(F7, 130, 133)], [["高中及以上"], ["焊工证"], ["机械图纸"]],
  [T("四十五岁还能去吗", "qualification", "焊工", [L(F7, 130, 130)], [["40岁以下"], ["男"]], "numword"),
   T("那铆工的要求呢?", "qualification", "铆工", [L(F7, 140, 143)], [["3年以上"], ["钢结构"]], "switch-role"),
   T("埋弧焊工跟焊工要求有啥不一样", "qualification", None, [L(F7, 130, 133), L(F7, 226, 226)],
     [["初中"], ["高中"], ["埋弧焊"]], "compare")])

# 18 cx07 机修工 vs 维修电工
C("manager", "duty", "机修工日常干些啥", "机修工",
  [L(F7, 278, 288)], [["二级保养"], ["巡回检查"], ["判断故障"]],
  [T("需要证吗", "attribute", "机修工", [L(F7, 272, 272)], [["资格证书"], ["职业培训"]], "terse", "certificate"),
   T("维修电工要求一样吗", "qualification", "维修电工", [L(F7, 303, 303)], [["电气"], ["50周岁以下"]], "compare"),
   T("停电检修那条说说", "duty", "维修电工", [L(F7, 318, 318)], [["挂牌"], ["断电"]], "quote-prev")])

# 19 cx07 生产技术部长 -> 电气技术储备
C("hr", "qualification", "钢构厂生产技术部长要啥资历", "生产技术部长",
  [L(F7, 74, 85)], [["10年以上"], ["车间主任"], ["钢构"]],
  [T("需要啥专业背景", "attribute", "生产技术部长", [L(F7, 74, 74)], [["设备动力管理"], ["机电一体化"]], "ellipsis", "major"),
   T("第三条为啥要经营管理经验", "qualification", "生产技术部长", [L(F7, 81, 81)], [["事业部总经理"], ["1年及以上"]], "ordinal"),
   T("电气技术储备 应届生能投吗", "qualification", "电气技术储备", [L(F7, 254, 254)], [["应届毕业生", "应届"], ["一年以上"]], "switch-role")])

# 20 cx07 采购员 -> 剪板机操作工
C("new_hire", "duty", "采购员的工作内容有哪些", "采购员",
  [L(F7, 156, 177)], [["采购制度"], ["供应商"], ["采购计划"]],
  [T("性别 年令有限制吗", "qualification", "采购员", [L(F7, 150, 150)], [["男"], ["45周岁以下"]], "typo"),
   T("第5点展开下", "duty", "采购员", [L(F7, 168, 168)], [["采购成本"], ["库存"]], "ordinal"),
   T("剪板机操作工要什么经验", "attribute", "剪板机操作工", [L(F7, 186, 186)], [["三年以上"], ["下料"]], "switch-role", "experience")])

# 21 cx08 出纳
C("new_hire", "duty", "培训学校出纳岗位职责有哪些", "出纳",
  [Q(F8, "按领导审批过的退费手续"), Q(F8, "学校人员费用报销办理"), Q(F8, "学校发票、收据业务办理")],
  [["退费"], ["报销"], ["发票"]],
  [T("上级是谁 隔级呢", "attribute", "出纳", [Q(F8, "直接主管:分校校长 隔级领导:总经理")], [["分校校长"], ["总经理"]], "two-in-one", "reports_to"),
   T("会计证要不要", "attribute", "出纳", [Q(F8, "金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["大专"]], "terse", "certificate"),
   T("男的可以吗", "qualification", "出纳", [Q(F8, "性 别 不限(女姓佳)")], [["不限"], ["女"]], "ellipsis"),
   T("有下属没", "attribute", "出纳", [Q(F8, "平级:会计 直接下属:无")], [["无"], ["会计"]], "terse", "subordinates")])

# 22 cx09 人事行政部经理 weights
C("manager", "kpi", "人事行政部经理考核看哪些指标", "人事行政部经理",
  [L(F9, 8, 23)], [["工作目标完成率"], ["后勤投诉次数"], ["部门员工保有率"]],
  [T("几大类各占多少权重", "kpi", "人事行政部经理", [L(F9, 8, 23)], [["15%"], ["50%"], ["10%"], ["20%"]], "weight"),
   T("单项权重最高的是哪个", "kpi", "人事行政部经理", [L(F9, 14, 14)], [["绩效、薪资管理完成率"], ["15%"]], "weight"),
   T("工作流程改善 那个权重是零？", "kpi", "人事行政部经理", [L(F9, 15, 15)], [["0%"], ["工作流程改善目标完成率"]], "quote-prev+numword"),
   T("保有率咋打分", "kpi", "人事行政部经理", [L(F9, 19, 19)], [["70%"], ["5分"]], "formula")])

# 23 cx09 -> cx04 switch doc
C("hr", "kpi", "人事行政部经理的客户类指标有哪些", "人事行政部经理",
  [L(F9, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]],
  [T("投诉一次扣几分", "kpi", "人事行政部经理", [L(F9, 18, 18)], [["扣1分", "1分"], ["投诉"]], "quote-prev"),
   T("那人力资源部KPI库里客户类是啥", "kpi", None, [Q(F4, "员工对公司人力资源制度的满意度"), Q(F4, "对员工进行满意度调查的算术平均值")], [["满意度"], ["算术平均值", "人力资源制度"]], "switch-doc"),
   T("回到人事行政经理，学习成长那块呢", "kpi", "人事行政部经理", [L(F9, 19, 22)], [["部门员工保有率"], ["人力计划完成率"]], "return")])

# 24 cx10 导购
C("new_hire", "duty", "导购员要干啥", "导购",
  [L(F10, 9, 17), L(F10, 23, 29), L(F10, 43, 51)], [["接待顾客", "导购工作"], ["卫生"]],
  [T("这岗位归谁管呀", "attribute", "导购", [L(F10, 43, 43)], [["店长"], ["领导"]], "pronoun", "reports_to"),
   T("要求女的?学历呢", "qualification", "导购", [L(F10, 33, 33)], [["女"], ["学历不限"]], "two-in-one"),
   T("不会说粤语行不行", "qualification", "导购", [L(F10, 39, 39)], [["粤语优先"], ["专业培训", "卖场促销"]], "terse"),
   OOS("底薪多少 有提成没", "导购")])

# 25 cx11 酒店前台
C("new_hire", "attribute", "酒店前台的上班时间是怎样的", "酒店前台",
  [L(F11, 15, 15)], [["8:00"], ["24:00"]],
  [T("一个月休几天阿", "attribute", "酒店前台", [L(F11, 14, 14)], [["4天"], ["调休"]], "typo", "benefits"),
   T("那主要工作内容呢", "duty", "酒店前台", [L(F11, 3, 7)], [["入住"], ["退房"], ["预订"]], "ellipsis"),
   T("第四点客诉咋处理", "duty", "酒店前台", [L(F11, 6, 6)], [["安抚情绪"], ["上报主管"]], "ordinal")])

# 26 cx12 行政主管
C("hr", "duty", "行政主管岗位职责是什么", "行政主管",
  [L(F12, 33, 54)], [["行政管理制度"], ["固定资产"], ["考勤"]],
  [T("直属上级是", "attribute", "行政主管", [L(F12, 9, 10)], [["行政经理"], ["上级"]], "terse", "reports_to"),
   T("65%那块主要是啥", "duty", "行政主管", [L(F12, 38, 47)], [["归档"], ["大事记"], ["固定资产"]], "quote-prev"),
   OOS("业绩衡量标准怎么定的", "行政主管", "missing-lve"),
   T("属于哪个部门", "attribute", "行政主管", [L(F12, 15, 16)], [["行政管理部"], ["部门"]], "terse", "department")])

# 27 cx13 招聘专员 -> 人力资源专员
C("hr", "duty", "招聘专员一级的行为标准有哪些", "招聘专员",
  [L(F13, 9, 20)], [["招聘文"], ["转正考核"], ["异动"]],
  [T("人力资源专员的任职资格呢", "qualification", "人力资源专员", [L(F13, 3, 7)], [["本科"], ["1-2年"]], "switch-role"),
   T("英文要到什么程度", "attribute", "人力资源专员", [L(F13, 6, 6)], [["听、说、读、写", "听说读写"], ["中英文"]], "ellipsis", "skills"),
   T("IT公司经验算加分吗", "qualification", "人力资源专员", [L(F13, 4, 4)], [["IT相关企业"], ["优先"]], "mixed-en")])

# 28 cx14 财务内控与财务分析
C("manager", "kpi", "财务部内控与财务分析KPI有哪些，权重多少", "财务分析会计",
  [L(F14, 3, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["25%"], ["30%"]],
  [T("报告那个咋评分", "kpi", "财务分析会计", [L(F14, 12, 16)], [["格式"], ["数据的准确性"], ["及时性"]], "quote-prev"),
   T("月底结帐错两次得几分", "kpi", "财务分析会计", [L(F14, 7, 7)], [["60分"], ["准确性"]], "numword"),
   T("利润中心被投诉三次呢", "kpi", "财务分析会计", [L(F14, 5, 5)], [["三次60分", "60分"], ["投诉"]], "numword+ellipsis"),
   T("谁负责打分", "kpi", "财务分析会计", [L(F14, 10, 11)], [["财务部经理"], ["财务分析会计"]], "terse")])

# 29 cx15 教务
C("hr", "qualification", "教务岗位的任职资格", "教务",
  [L(F15, 2, 6)], [["大学专科"], ["2年以上"]],
  [T("专业限不限", "attribute", "教务", [L(F15, 5, 5)], [["师范"], ["优先"]], "terse", "major"),
   T("男生能做吗", "qualification", "教务", [L(F15, 4, 4)], [["男女不限"], ["性别"]], "ellipsis"),
   T("需要具备啥基本能力", "qualification", "教务", [L(F15, 11, 12)], [["善于倾听"], ["善解人意"]], "ellipsis")])

# 30 cx16 薪资核算专员
C("new_hire", "attribute", "薪酬核算专员 要求啥经验", "薪资核算专员",
  [L(F16, 16, 16)], [["2年以上"], ["薪酬核算"]],
  [T("duties呢", "duty", "薪资核算专员", [L(F16, 4, 13)], [["个税"], ["年终奖"], ["薪资发放"]], "mixed-en"),
   T("个税那条具体讲讲", "duty", "薪资核算专员", [L(F16, 9, 9)], [["汇算清缴"], ["个人所得税"]], "quote-prev"),
   T("要懂哪些法", "qualification", "薪资核算专员", [L(F16, 17, 17)], [["劳动法"], ["个人所得税法"]], "terse")])

ATTR_OF_FIRST = {
    "调度员的直属领导是哪个": "reports_to",
    "酒店前台的上班时间是怎样的": "benefits",
    "薪酬核算专员 要求啥经验": "experience",
}


def build():
    items, forms = [], {"first_turn_intent": {}, "later_turn_forms": {}}
    for n, c in enumerate(CONV, 1):
        iid = f"r17x-fu-{n:02d}"
        turns, tforms = [], []
        for t, form in c["turns"]:
            if t.get("role") is None:
                t = dict(t)
            turns.append(t)
            tforms.append(form)
        items.append({
            "id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
            "role": c["role"], "attribute": ATTR_OF_FIRST.get(c["question"]),
            "evidence": c["evidence"], "key_points": c["key_points"],
            "expect_refusal": False, "turns": turns, "tool": None})
        forms["first_turn_intent"][iid] = c["first_intent"]
        forms["later_turn_forms"][iid] = tforms
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(items)} items, {sum(len(i['turns']) for i in items)} later turns")


if __name__ == "__main__":
    build()
