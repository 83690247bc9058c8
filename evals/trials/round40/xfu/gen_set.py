"""Generate set.jsonl and forms.json for round40/xfu (corpus-extra follow-ups)."""
import json
from pathlib import Path

OUT = Path(__file__).parent
F = {
 1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
 4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv",
 7: "cx07_人才招聘.html", 8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md",
 10: "cx10_导购岗位职责.txt", 11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt",
 13: "cx13_人力资源招聘专员行为标准.txt", 14: "cx14_财务部内控与财务分析KPI组成表.txt",
 15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt"}

def L(f, a, b=None):
    return {"file": F[f], "line_start": a, "line_end": b or a}

def Q(f, q):
    return {"file": F[f], "quote": q}

def kp(*groups):
    return [list(g) if isinstance(g, (list, tuple)) else [g] for g in groups]

def T(q, intent, role, ev, k, attr=None, form=()):
    t = {"question": q, "intent": intent, "role": role, "attribute": attr, "evidence": ev, "key_points": k}
    return t, list(form)

def OOS(q, form=("oos",)):
    return {"question": q, "intent": "out_of_scope", "role": None, "attribute": None,
            "evidence": [], "key_points": []}, list(form)

items, forms = [], {}

def FU(n, persona, q, intent, role, ev, k, turns, attr=None):
    iid = f"r40x-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": k, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None, "_first_intent": intent})
    forms[iid] = [f for _, f in turns]

# 01 车辆调度员
FU(1, "new_hire", "车辆调度员主要干哪些活？", "duty", "车辆调度员",
   [Q(2, "对人员车辆进行合理调配"), Q(2, "根据司机的技术状况和车辆状况合理安排出车"), Q(2, "根据司机出车情况进行考核"), Q(2, "2.车辆值班安排")],
   kp("合理调配", "值班", ("考勤", "考核")),
   [T("他直属领导是哪个岗位？", "attribute", "车辆调度员", [Q(2, "车辆租赁中心主任")], kp("车辆租赁中心", "主任"), "reports_to", ["pronoun"]),
    T("那学历跟专业呢", "attribute", "车辆调度员", [Q(2, "高中及以上"), Q(2, "汽车修理专业")], kp("高中", "汽车修理"), "education", ["ellipsis"]),
    T("业绩标准里第二条是什么", "kpi", "车辆调度员", [Q(2, "客户满意率达90%以上")], kp("客户满意率", "90%"), None, ["ordinal"])])
# 02 财务部经理 (company)
FU(2, "hr", "袜业公司的财务经理要什么学历和证书？", "qualification", "财务部经理",
   [Q(1, "会计专业本科学历"), Q(1, "会计师资格证书")], kp("会计", "本科", ("会计师资格证书", "会计师")),
   [T("那工作年限呢，要干过几年", "attribute", "财务部经理", [Q(1, "八年以工业企业财务管理经验")], kp(("八年", "8年"), ("五年", "5年")), "experience", ["ellipsis"]),
    T("他手底下带哪几个岗位", "attribute", "财务部经理", [Q(1, "财务会计、出纳")], kp("出纳", ("财务会计", "成本会计")), "subordinates", ["pronoun"]),
    T("对年龄卡不卡", "qualification", "财务部经理", [Q(1, "35-45岁、性别不限")], kp(("35-45岁", "35-45"), "性别不限"), None, ["switch_attribute"])])
# 03 培训部经理
FU(3, "manager", "培训部经理的职责有哪些", "duty", "培训部经理",
   [Q(3, "责培训部的日常管理工作"), Q(3, "责培训部内部各项规章制度与工作计划的制定和执行"), Q(3, "责培训部员工的工作安排与绩效考核"), Q(3, "责培训业务经营发展的规划")],
   kp("日常管理", "绩效考核", "业务经营发展", "规章制度"),
   [T("第三项是啥意思，具体讲讲", "duty", "培训部经理", [Q(3, "责培训部员工的工作安排与绩效考核")], kp("工作安排", "绩效考核"), None, ["ordinal"]),
    OOS("那培训顾问这个岗位负责哪些事", ["switch_role", "oos"]),
    T("培训部一共配了几个人", "attribute", "培训部经理", [Q(3, "3.1培训部配置人员4名")], kp("4名", "培训顾问"), "subordinates", ["back"])])
# 04 人力资源部 KPI
FU(4, "hr", "人力资源部KPI指标库里都列了哪些指标", "kpi", None,
   [Q(4, "部门费用预算达成率"), Q(4, "员工满意度调查"), Q(4, "人员编制控制率"), Q(4, "招聘空缺职位所需的平均天数")],
   kp("部门费用预算达成率", "员工满意度", "人员编制控制率", "招聘空缺职位所需的平均天数"),
   [T("员工工资出错次数怎么算", "kpi", None, [Q(4, "错误发放的工资次数/发放的工资次数")], kp("错误发放的工资次数", "错误发放的人数"), None, ["drill_item"]),
    T("那数据从哪来", "kpi", None, [Q(4, "工资发放记录")], kp("工资发放记录", "发放记录"), None, ["ellipsis"]),
    T("换成财务部呢，有哪些指标", "kpi", None, [Q(4, "公司财务预算达成率"), Q(4, "财务分析准确度"), Q(4, "现金收支准确性"), Q(4, "财务资料完好性")],
      kp("公司财务预算达成率", "财务分析准确度", "现金收支准确性", "财务资料完好性"), None, ["switch_role"]),
    T("那资金部那张表里呢", "kpi", None, [Q(4, "公司资金预算达成率"), Q(4, "资金收支准确度"), Q(4, "资金筹集计划编制及时率")],
      kp("公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"), None, ["switch_role", "ellipsis"])])
# 05 生产主管 / 研发经理
FU(5, "hr", "生产主管招几个人，做什么", "duty", "生产主管",
   [Q(5, "生产主管（2名）"), Q(5, "合理调配安排生产，完善车间体制")], kp("2名", "车间日常生产管理", "简化生产流程"),
   [T("对应聘的人有啥要求呢", "qualification", "生产主管", [Q(5, "25-45岁，注塑类相关专业")], kp("本科", "注塑", ("两年以上", "2年")), None, ["ellipsis"]),
    T("换成研发经理这个岗位呢", "qualification", "研发经理", [Q(5, "20-45岁，模具设计类专业")], kp("本科", "模具设计", "20-45岁"), None, ["switch_role"]),
    T("这俩哪个要的年龄下限更高", "qualification", None, [Q(5, "25-45岁，注塑类相关专业"), Q(5, "20-45岁，模具设计类专业")], kp(("25-45岁", "25"), ("20-45岁", "20")), None, ["compare"])])
# 06 DBA
FU(6, "new_hire", "慧算账招的DBA要干啥", "duty", "DBA", [L(6, 62, 68)], kp("容量规划", "SQL调优", "备份恢复"),
   [T("这个岗月薪开多少", "attribute", "DBA", [L(6, 62)], kp("15K", "45K"), "pay", ["ellipsis"]),
    T("这个岗是在哪个城市办公的", "attribute", "DBA", [L(6, 62)], kp("广州", "慧算账"), "location", ["ellipsis"]),
    T("同一家公司的测试经理呢，学历要求一样吗", "attribute", "测试工程师", [L(6, 57, 58), L(6, 69, 70)], kp("本科", "计算机"), "education", ["switch_role", "compare", "company"])])
# 07 SRE
FU(7, "hr", "宝洁的SRE岗位要求是啥", "qualification", "平台Site Reliability Engineer", [L(6, 124, 129)],
   kp(("4年以上系统管理员经验", "4年"), "K8S", "DevOps", "英语"),
   [T("他主要负责什么工作", "duty", "平台Site Reliability Engineer", [L(6, 122, 123)], kp("DevOps平台", "开发和运维", "BU"), None, ["pronoun"]),
    OOS("顺便问一下K8S的pod怎么重启"),
    T("对了，它的工作地点在哪儿", "attribute", "平台Site Reliability Engineer", [L(6, 122)], kp("广州", "珠江新城"), "location", ["back", "ellipsis"])])
# 08 前端 (several companies)
FU(8, "new_hire", "美团的前端工程师职责是什么", "duty", "前端开发工程师", [L(6, 79, 83)], kp("CRM", "中后台", "培养团队成员"),
   [T("换成京东物流那家的前端研发呢", "duty", "前端开发工程师", [L(6, 96, 97)], kp("物流供应链平台", "前端交互层"), None, ["company", "ellipsis"]),
    T("它要求几年开发经验", "attribute", "前端开发工程师", [L(6, 99)], kp("3-5年", "全日制本科"), "experience", ["pronoun"]),
    T("那美团那个岗位要几年的", "attribute", "前端开发工程师", [L(6, 86)], kp("3年及以上", "互联网研发"), "experience", ["back", "company"])])
# 09 焊工 / 埋弧焊工
FU(9, "hr", "钢结构厂招焊工有啥条件", "qualification", "焊工", [L(7, 130, 133)], kp("高中", "40岁以下", "焊工证", "CO2"),
   [T("那埋弧焊工的条件呢", "qualification", "埋弧焊工", [L(7, 226)], kp("初中", "45岁以下", "埋弧焊"), None, ["switch_role"]),
    T("两个哪个年龄卡得更严", "qualification", None, [L(7, 130), L(7, 226)], kp("40岁以下", "45岁以下"), None, ["compare"]),
    T("埋弧焊工平时干啥", "duty", "埋弧焊工", [L(7, 229)], kp("埋弧焊机", "钢结构焊接"), None, ["switch_attribute"])])
# 10 采购员
FU(10, "new_hire", "钢构厂采购员的工作内容有哪些", "duty", "采购员", [L(7, 153, 177)], kp("采购制度", ("供应商谈判", "与供应商谈判"), "采购计划", "库存"),
   [T("第五条展开说说", "duty", "采购员", [L(7, 168)], kp("采购成本", "合理库存"), None, ["ordinal"]),
    T("对学历有没有门槛", "attribute", "采购员", [L(7, 150)], kp(("大专及以上", "大专"), "学历"), "education", ["switch_attribute"]),
    T("还要什么经验", "attribute", "采购员", [L(7, 150)], kp("3年以上", "采购主管"), "experience", ["ellipsis"])])
# 11 维修电工 / 机修工
FU(11, "hr", "维修电工要持什么证", "attribute", "维修电工", [L(7, 303)], kp("资格证书", "职业培训"),
   [T("机修工呢", "attribute", "机修工", [L(7, 272)], kp("资格证书", "职业培训", "考核合格"), "certificate", ["switch_role", "ellipsis"]),
    T("他们俩工作内容有什么不同", "duty", None, [L(7, 275, 287), L(7, 306, 318)], kp("二级保养", ("断电、挂牌", "挂牌"), "钳台", "电气设备"), None, ["compare"]),
    T("机修工年龄上限多少", "qualification", "机修工", [L(7, 272)], kp("50周岁", "男"), None, ["switch_attribute"])], attr="certificate")
# 12 生产技术部长 / 销售员
FU(12, "manager", "招生产技术部长的话任职资格是怎么写的", "qualification", "生产技术部长", [L(7, 71, 85)], kp("大专", "10年以上", "车间主任", "钢构"),
   [OOS("那他具体要负责哪些工作", ["pronoun", "oos"]),
    T("专业方面要求啥", "attribute", "生产技术部长", [L(7, 74)], kp("设备动力管理", "机电一体化"), "major", ["switch_attribute"]),
    T("销售员呢", "attribute", "销售员", [L(7, 111)], kp("市场营销", "工程管理"), "major", ["switch_role", "ellipsis"]),
    T("销售员待遇怎样", "attribute", "销售员", [L(7, 123)], kp("双休", "社会保险", "住宿"), "benefits", ["switch_attribute"])])
# 13 出纳
FU(13, "new_hire", "培训学校出纳的上级是谁", "attribute", "出纳", [Q(8, "直接主管:分校校长")], kp("分校校长", "直接主管"),
   [T("那再往上一级是谁", "attribute", "出纳", [Q(8, "隔级领导:总经理")], kp("总经理", "隔级"), "reports_to", ["ellipsis"]),
    T("她每天要报什么", "duty", "出纳", [Q(8, "每天报财务“资金汇报”")], kp("资金汇报", "每天"), None, ["pronoun"]),
    T("学历跟证书呢", "qualification", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], kp("大专", "会计从业资格证"), None, ["ellipsis"]),
    T("性别有要求吗", "qualification", "出纳", [Q(8, "性 别 不限(女姓佳)")], kp("不限", "女"), None, ["switch_attribute"])], attr="reports_to")
# 14 出纳 duties ordinal
FU(14, "manager", "出纳岗位职责都有啥", "duty", "出纳",
   [Q(8, "每天报财务“资金汇报”"), Q(8, "准确地发放员工工资、奖金"), Q(8, "为客户办理退费结算"), Q(8, "9 学校人员费用报销办理;")],
   kp("资金汇报", ("发放员工工资", "工资"), "退费", "报销"),
   [T("其中第7条具体指啥", "duty", "出纳", [Q(8, "按领导审批过的退费手续")], kp("退费手续", "退费结算"), None, ["ordinal"]),
    T("她的平级是谁", "attribute", "出纳", [Q(8, "平级:会计   直接下属:无")], kp("会计", "平级"), "reports_to", ["pronoun"]),
    T("哪个部门的", "attribute", "出纳", [Q(8, "岗位代码 所属部门 财务部")], kp("财务部", "所属部门"), "department", ["ellipsis"])])
# 15 人事行政部经理 KPI
FU(15, "manager", "人事行政部经理考核哪些维度，各占多少", "kpi", "人事行政部经理", [L(9, 8, 23)],
   kp(("财务类(15%)", "15%"), ("内部运营类(50%)", "50%"), "客户类(10%)", "学习成长革新类(20%)", "制度及考勤"),
   [T("内部运营那块权重最高的是哪个指标", "kpi", "人事行政部经理", [L(9, 14)], kp("绩效、薪资管理完成率", "15%"), None, ["drill_item"]),
    T("它怎么打分", "kpi", "人事行政部经理", [L(9, 14)], kp("扣2分/次", "绩效、薪酬管理制度"), None, ["pronoun"]),
    T("客户类那块又是哪些", "kpi", "人事行政部经理", [L(9, 17, 18)], kp("内部员工满意率", "后勤投诉次数"), None, ["ellipsis"]),
    OOS("这个经理的学历要求是什么", ["pronoun", "oos"])])
# 16 财务分析 KPI (cx14)
FU(16, "hr", "财务部内控和财务分析的KPI有几项，权重多少", "kpi", "财务分析会计", [L(14, 3, 7)],
   kp("企业内控制度的调整", "财务分析报告", "利润中心的操作维护", "月底结帐处理", "25%"),
   [T("财务分析报告那一项具体怎么打分", "kpi", "财务分析会计", [L(14, 9, 17)], kp("格式", "数据的准确性", "报告提交的及时性"), None, ["drill_item"]),
    T("其中格式占多大比重", "kpi", "财务分析会计", [L(14, 13)], kp("格式", "10%"), None, ["ellipsis"]),
    T("月底结账那条呢", "kpi", "财务分析会计", [L(14, 6, 7)], kp("耽误一次得0分", "错一次得80分"), None, ["back", "typo_short_title"])])
# 17 导购
FU(17, "new_hire", "导购员每天具体做什么", "duty", "导购", [L(10, 9, 17), L(10, 43, 51)], kp("收银", "盘点", "卫生"),
   [T("他顶头上司是谁", "attribute", "导购", [L(10, 43)], kp("店长", "对店长负责"), "reports_to", ["pronoun"]),
    T("那招人的要求呢", "qualification", "导购", [L(10, 31, 39)], kp("学历不限", "轮班", "粤语"), None, ["ellipsis"]),
    T("男生能应聘吗", "qualification", "导购", [L(10, 33)], kp("女", "学历不限"), None, ["switch_attribute", "ellipsis"])])
# 18 酒店前台
FU(18, "new_hire", "酒店前台上班时间怎么安排", "attribute", "酒店前台", [L(11, 14, 15)], kp(("8:00—16:00", "8:00"), "两班轮班", "4天"),
   [T("福利还有啥", "attribute", "酒店前台", [L(11, 16)], kp("生日", "免费食宿"), "benefits", ["more"]),
    T("第二条核心工作内容说的是什么", "duty", "酒店前台", [L(11, 4)], kp("退房结算", "收银系统"), None, ["ordinal", "switch_attribute"]),
    OOS("酒店的五险一金怎么交"),
    T("对形象有要求吗", "qualification", "酒店前台", [L(11, 9)], kp("形象良好", "亲和力"), None, ["switch_attribute"])], attr="benefits")
# 19 行政主管
FU(19, "hr", "行政主管这个岗向谁汇报工作", "attribute", "行政主管", [L(12, 9, 10)], kp("行政经理", "直属上级"),
   [T("他编制挂在哪个部门", "attribute", "行政主管", [L(12, 15, 16)], kp("行政管理部", "所在部门"), "department", ["ellipsis"]),
    OOS("他的业绩衡量标准具体怎么定的", ["pronoun", "oos"]),
    T("65%那部分主要职责是啥", "duty", "行政主管", [L(12, 38, 47)], kp("信息资料库", "大事记", "办公用品", "固定资产"), None, ["drill_item"]),
    T("工作概述呢", "attribute", "行政主管", [L(12, 25, 26)], kp("协助行政经理", "行政服务支持"), "purpose", ["ellipsis", "switch_attribute"])], attr="reports_to")
# 20 招聘专员 / 人力资源专员
FU(20, "hr", "人力资源招聘专员平时干什么", "duty", "招聘专员", [L(13, 8, 20)], kp(("招聘文案", "招聘文"), "招募活动", "转正考核", "异动手续"),
   [T("2.1展开讲讲", "duty", "招聘专员", [L(13, 16, 17)], kp("待转正员工", "转正通知"), None, ["ordinal"]),
    T("那人力资源专员要啥学历", "attribute", "人力资源专员", [L(13, 3)], kp("本科", "人力资源"), "education", ["switch_role"]),
    T("英语方面要到什么程度", "attribute", "人力资源专员", [L(13, 6)], kp("中英文", "听、说、读、写"), "skills", ["ellipsis"])])
# 21 教务
FU(21, "new_hire", "教务岗对学历有啥要求", "attribute", "教务", [L(15, 5)], kp("大学专科", "师范"),
   [T("那工作经历呢", "attribute", "教务", [L(15, 6)], kp("2年以上", "1年以上同岗位"), "experience", ["ellipsis"]),
    T("基本素样有哪几条", "qualification", "教务", [L(15, 7, 10)], kp("责任心强", "会爱学生", "宽容乐观"), None, ["switch_attribute", "typo_short_title"]),
    T("第三条再说细一点", "qualification", "教务", [L(15, 10)], kp("包容", "乐观面对"), None, ["ordinal"]),
    OOS("教务的工资多少")], attr="education")
# 22 薪资核算专员
FU(22, "hr", "薪酬核算专员都负责什么", "duty", "薪资核算专员", [L(16, 3, 13)], kp("个税申报", "年终奖", "薪资发放", "薪资计算"),
   [T("第六条细说", "duty", "薪资核算专员", [L(16, 9)], kp("个人所得税", "汇算清缴"), None, ["ordinal"]),
    T("要熟悉哪些法律政策", "qualification", "薪资核算专员", [L(16, 17)], kp("劳动法", "个人所得税法", "社保公积金"), None, ["switch_attribute"]),
    T("经验几年", "attribute", "薪资核算专员", [L(16, 16)], kp("2年以上", "薪酬核算经验"), "experience", ["ellipsis"]),
    OOS("个税起征点是多少")])
# 23 cx09 学习成长 + cx04 招聘
FU(23, "manager", "人事行政部经理的KPI里学习成长类有哪些", "kpi", "人事行政部经理", [L(9, 19, 22)],
   kp("部门员工保有率", "部门培训目标完成率", "员工测评", "人力计划完成率"),
   [T("员工保有率怎么算分", "kpi", "人事行政部经理", [L(9, 19)], kp("大于70%为5分", "0分"), None, ["drill_item", "typo_short_title"]),
    T("人力资源部KPI库里招聘相关的指标呢", "kpi", None, [Q(4, "招聘空缺职位所需的平均天数"), Q(4, "招聘费用预算达成率")],
      kp("招聘空缺职位所需的平均天数", "招聘费用预算达成率"), None, ["switch_role"]),
    T("平均天数那个公式是什么", "kpi", None, [Q(4, "空缺职位总数/招聘空缺职位所用的总天数")], kp("空缺职位总数", "总天数"), None, ["drill_item", "typo_short_title"])])
# 24 销售经理 (cx05) / 销售员 (cx07)
FU(24, "hr", "模具厂的销售经理要做哪些事", "duty", "销售经理", [Q(5, "帮助业务经理处理订单的相关内容")], kp("处理订单", "解答客户的提问", "出差"),
   [T("出差频率呢", "duty", "销售经理", [Q(5, "帮助业务经理处理订单的相关内容")], kp("1~2次", "上海"), None, ["ellipsis"]),
    T("要求英语吗", "qualification", "销售经理", [Q(5, "20-35岁，英语专业者优先")], kp(("英语专业者优先", "英语专业"), "本科"), None, ["switch_attribute"]),
    T("钢结构那家的销售员呢", "qualification", "销售员", [L(7, 111)], kp("英语四级", "大专"), None, ["company", "switch_role"])])
# 25 文案策划 / 机械技术员
FU(25, "new_hire", "文案策划岗位招几个？职责是啥", "duty", "文案策划", [Q(5, "文案策划（2名）"), Q(5, "负责宣传推广文案及宣传资料文案的撰写")], kp("2名", "宣传推广文案", "刊物"),
   [T("机械技术员呢", "duty", "机械技术员", [Q(5, "机械技术员（4名）"), Q(5, "制作机械手治具，产品治具")], kp("4名", "机械手治具", "维修"), None, ["switch_role", "ellipsis"]),
    T("他的要求", "qualification", "机械技术员", [Q(5, "机械技术底子深厚")], kp("大专以上", "20-45岁", "创新精神"), None, ["pronoun"]),
    T("他们包吃包住不", "attribute", "机械技术员", [Q(5, "机械技术底子深厚")], kp("免费食宿", "薪资面议"), "benefits", ["switch_attribute"])])
# 26 调度员 KPI
FU(26, "manager", "车辆调渡员的业绩标准是什么", "kpi", "车辆调度员", [Q(2, "工作及时率达95%以上"), Q(2, "客户满意率达90%以上"), Q(2, "突发事件处理及时率达100%")], kp("95%", "客户满意率", "突发事件处理及时率"),
   [T("这岗位的难点和忌讳呢", "duty", "车辆调度员", [Q(2, "人员车辆及时到位"), Q(2, "服务态度不好")], kp("人员车辆及时到位", "服务态度不好"), None, ["ellipsis", "switch_attribute"]),
    T("干这个以后能往哪发展", "duty", "车辆调度员", [Q(2, "高级业务员")], kp("高级业务员", "业务员"), None, ["switch_attribute"]),
    OOS("那车辆租赁中心主任的职责呢", ["switch_role", "oos"])])
# 27 Golang
FU(27, "hr", "Go后端岗位要求有哪些", "qualification", "Golang 后端", [L(6, 33, 42)], kp("2-5年", "Golang", "k8s", "MySQL"),
   [T("有哪些加分的点呢", "qualification", "Golang 后端", [L(6, 44, 49)], kp("terraform", "开源作品", "运维开发"), None, ["ellipsis", "more"]),
    T("薪资范围开多少", "attribute", "Golang 后端", [L(6, 27)], kp("20-40k", "40k"), "pay", ["switch_attribute"]),
    T("能远程吗", "attribute", "Golang 后端", [L(6, 27)], kp("远程", "杭州"), "location", ["switch_attribute"])])
# 28 产品经理
FU(28, "manager", "Moka成都的产品经理干什么", "duty", "产品经理", [L(6, 13, 17)], kp("绩效爆品", "UI/UE", "用户行为数据分析", "跨团队合作"),
   [T("那职位要求呢", "qualification", "产品经理", [L(6, 19, 23)], kp("需求识别", "学习能力", "业务抽象能力", "Ownership"), None, ["ellipsis"]),
    T("还有吗，加分的有哪些", "qualification", "产品经理", [L(6, 25, 26)], kp("OKR", "绩效业务经验"), None, ["more"]),
    OOS("OKR和KPI哪个更好用")])
# 29 财务部经理 goals / duties
FU(29, "manager", "财务部经理的岗位工作目标有哪些", "kpi", "财务部经理",
   [Q(1, "经营管理成本预、核算准确率100"), Q(1, "库存周转率、应收账款周转率小于期间额定标准"), Q(1, "无发生财务管理重大责任事故")],
   kp("准确率100", "库存周转率", ("无发生财务管理重大责任事故", "重大责任事故")),
   [T("那职责呢，写了哪几条", "duty", "财务部经理", [Q(1, "组织编制公司年度综合财务计划"), Q(1, "建立健全财务管理体系")], kp("年度综合财务计划", "财务管理体系"), None, ["ellipsis"]),
    OOS("财务总监管什么", ["switch_role", "oos"]),
    T("技能方面要会什么软件", "attribute", "财务部经理", [Q(1, "精通ERP、K3等软件运用")], kp("ERP", "K3"), "skills", ["back", "switch_attribute"])])
# 30 人力资源专员 vs 薪资核算专员
FU(30, "hr", "人力资源专员要几年经验", "attribute", "人力资源专员", [L(13, 4)], kp("1-2年", "IT相关企业"),
   [T("薪资核算专员呢", "attribute", "薪资核算专员", [L(16, 16)], kp("2年以上", "制造业"), "experience", ["switch_role", "ellipsis"]),
    T("两个岗位学历要求有区别吗", "attribute", None, [L(13, 3), L(16, 15)], kp("本科", "财务", "经济"), "education", ["compare"]),
    T("薪资核算的第三条职责是什么", "duty", "薪资核算专员", [L(16, 6)], kp("薪资计算", "交叉复核"), None, ["ordinal", "typo_short_title"])], attr="experience")

# fix first-turn attribute for attribute-intent first turns
for it in items:
    fi = it.pop("_first_intent")
    if fi == "attribute" and it["attribute"] is None:
        raise SystemExit(f"{it['id']} needs attribute")

# single questions
def S(n, persona, intent, q, role, ev, k, attr=None, tool=None):
    items.append({"id": f"r40x-s-{n:02d}", "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": k, "expect_refusal": intent == "out_of_scope",
                  "turns": None, "tool": tool})

S(1, "hr", "out_of_scope", "我们仓储主管的任职条件是什么？", None, [], [])
S(2, "new_hire", "out_of_scope", "入职满一年年假有几天？", None, [], [])
S(3, "new_hire", "attribute", "高压值班电工得有什么证才能干", "高压值班电工", [L(7, 296)], kp("高压电工资格证", "三年以上"), attr="certificate")
S(4, "hr", "qualification", "数控平面钻工需要什么学历和经验", "数控平面钻工", [L(7, 196)], kp("初中", "三年以上", "平面数控设备"))
S(5, "hr", "jd", "帮我照着资料起草一份导购员的JD", "导购", [L(10, 9, 17), L(10, 23)], kp("收银", "盘点", "陈列"),
  tool={"kind": "jd", "role": "导购", "must_cite_files": [F[10]], "expect_sections": ["duties", "qualifications"]})
S(6, "manager", "kpi_design", "给审计部设计5个考核指标", None,
  [Q(4, "审计计划执行率"), Q(4, "审计报告一次经过率"), Q(4, "审计结果准确性")], kp("审计计划执行率", "审计报告一次经过率", "审计结果准确性"),
  tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [F[4]],
        "expected_indicators": ["审计计划执行率", "审计报告一次经过率", "审计结果准确性"]})

with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
(OUT / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items;", sum(len(v) for v in forms.values()), "later turns")
