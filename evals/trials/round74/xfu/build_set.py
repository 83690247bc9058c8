"""Builds set.jsonl and forms.json for round 74 / xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
D = pathlib.Path(__file__).parent
C01, C02, C03 = "cx01_财务部经理岗位说明书.docx", "cx02_车辆调度员岗位说明书.docx", "cx03_培训部工作手册.docx"
C04, C05, C06 = "cx04_部门KPI指标库.xlsx", "cx05_招聘岗位一览.xlsx", "cx06_技术岗位招聘信息.csv"
C07, C08, C09 = "cx07_人才招聘.html", "cx08_培训学校出纳岗位说明书.pdf", "cx09_人事行政部经理绩效考核表.md"
C10, C11, C12 = "cx10_导购岗位职责.txt", "cx11_酒店前台职位描述.txt", "cx12_行政主管岗位说明书.txt"
C13, C14, C15, C16 = "cx13_人力资源招聘专员行为标准.txt", "cx14_财务部内控与财务分析KPI组成表.txt", "cx15_教务工作岗位素能.txt", "cx16_薪资核算专员职位描述.txt"

def q(f, s): return {"file": f, "quote": s}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
def T(question, intent, role, ev, kp, form, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute: t["attribute"] = attribute
    if intent == "out_of_scope": t["evidence"], t["key_points"] = [], []
    return t, form
def OOS(question, form): return T(question, "out_of_scope", None, [], [], form)

items, forms = [], {}
def fu(n, persona, first, *later):
    question, intent, role, ev, kp, attribute = first
    it = {"id": f"r74xfu-fu-{n:02d}", "persona": persona, "intent": "followup", "question": question,
          "role": role, "attribute": attribute, "evidence": ev, "key_points": kp,
          "expect_refusal": False, "turns": [t for t, _ in later], "tool": None}
    items.append(it)
    forms[it["id"]] = {"first_intent": intent, "later": [f for _, f in later]}
def F(question, intent, role, ev, kp, attribute=None): return (question, intent, role, ev, kp, attribute)

fu(1, "new_hire", F("调度员平时主要干些啥", "duty", "车辆调度员",
    [q(C02, "根据客户有车需求"), q(C02, "2.车辆值班安排"), q(C02, "根据司机出车情况进行考核")], [["合理调配"], ["值班"], ["考核"]]),
   T("那他归谁直接管呀", "attribute", "车辆调度员", [q(C02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "pronoun", "reports_to"),
   T("学历门槛又是啥", "attribute", "车辆调度员", [q(C02, "高中及以上")], [["高中"], ["以上"]], "ellipsis", "education"),
   T("那业绩标准有哪几条", "kpi", "车辆调度员", [q(C02, "工作及时率达95%以上"), q(C02, "客户满意率达90%以上"), q(C02, "突发事件处理及时率达100%")], [["95%"], ["客户满意率"], ["突发事件"]], "switch attribute"))
fu(2, "hr", F("财务经理要什么证书", "attribute", "财务部经理", [q(C01, "会计师资格证书")], [["会计师"], ["资格证书"]], "certificate"),
   T("那得干过几年才行", "attribute", "财务部经理", [q(C01, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "ellipsis", "experience"),
   T("他手底下带着谁", "attribute", "财务部经理", [q(C01, "财务会计、出纳")], [["出纳"], ["财务会计", "成本会计"]], "pronoun", "subordinates"),
   T("基本技能第一条说的是什么", "qualification", "财务部经理", [q(C01, "具有全面的财务专业知识")], [["ERP"], ["K3"]], "ordinal"))
fu(3, "manager", F("培训部经理要管的事情都列一下", "duty", "培训部经理",
    [q(C03, "责培训部的日常管理工作"), q(C03, "责培训部员工的工作安排与绩效考核"), q(C03, "g)负责培训市场的开拓")],
    [["日常管理"], ["绩效考核"], ["培训市场的开拓"]]),
   T("d那条是啥意思，细说下", "duty", "培训部经理", [q(C03, "责培训业务经营发展的规划")], [["核心组课程"], ["经营发展的规划"]], "ordinal"),
   OOS("培训顾问呢", "switch role (near-miss OOS)"),
   T("那整个培训部的职能是什么", "duty", None,
     [q(C03, "负责公司师资库的建立"), q(C03, "负责公司培训档案的建立"), q(C03, "负责培训合作机构的合作与维护")],
     [["师资库"], ["培训档案"], ["合作机构"]], "back to earlier topic (dept)"))
fu(4, "hr", F("人力资源部的KPI里财务类有哪些指标", "kpi", None,
    [q(C04, "部门费用预算达成率"), q(C04, "薪资总量预算安排达成率"), q(C04, "招聘费用预算达成率"), q(C04, "培训费用预算达成率")],
    [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]]),
   T("内部营运这类的指标又有哪些", "kpi", None,
     [q(C04, "制度和流程的书面化比率"), q(C04, "员工工资出错次数"), q(C04, "人员编制控制率")],
     [["制度和流程的书面化比率"], ["员工工资出错次数"], ["人员编制控制率"]], "ellipsis (switch group)"),
   T("最后一个的计算公式是啥", "kpi", None, [q(C04, "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]], "ordinal (last)"),
   OOS("这几个指标的权重分别给了多少", "empty field (near-miss OOS)"))
fu(5, "manager", F("资金部有哪些关键绩效考核指标", "kpi", None,
    [q(C04, "公司资金预算达成率"), q(C04, "资金收支准确度"), q(C04, "资金头寸变动信息掌握的及时性")],
    [["公司资金预算达成率"], ["资金收支准确度"], ["资金头寸变动信息掌握的及时性"]]),
   T("审计部呢", "kpi", None, [q(C04, "审计计划执行率"), q(C04, "审计报告一次经过率"), q(C04, "审计报告归档率")],
     [["审计计划执行率"], ["审计报告一次经过率"], ["审计报告归档率"]], "ellipsis (switch dept)"),
   T("第五个指标怎么定义的", "kpi", None, [q(C04, "因审计证据不足而使审计结果被推翻的次数")], [["审计证据不足"], ["推翻"]], "ordinal"),
   T("回到资金部，资金收支准确度怎么算", "kpi", None, [q(C04, "资金收支出错次数")], [["资金收支"], ["出错次数"]], "back to earlier topic"))
fu(6, "new_hire", F("机械技术员招几个，干什么的", "duty", "机械技术员",
    [q(C05, "协助工程师完成车间机器的维修")], [["维修"], ["治具"], ["革新"]]),
   T("岁数上卡不卡", "qualification", "机械技术员", [q(C05, "机械技术底子深厚")], [["20"], ["45岁"]], "switch attribute"),
   T("那研发经理的要求换过来说说", "qualification", "研发经理", [q(C05, "模具设计类专业，有经验者优先")], [["本科"], ["模具设计"], ["20-45岁"]], "switch role"),
   T("这两个岗位学历要求有什么区别", "qualification", "研发经理", [q(C05, "机械技术底子深厚"), q(C05, "模具设计类专业，有经验者优先")],
     [["大专"], ["本科"]], "compare last two"))
fu(7, "hr", F("注塑厂的生产主管要求几年经验", "attribute", "生产主管", [q(C05, "有两年以上相关行业的工作经验")], [["两年以上"], ["相关行业"]], "experience"),
   T("学啥专业的比较对口", "attribute", "生产主管", [q(C05, "有两年以上相关行业的工作经验")], [["注塑类"], ["相关专业"]], "ellipsis", "major"),
   T("那销售经理要出差吗", "duty", "销售经理", [q(C05, "帮助业务经理处理订单的相关内容")], [["上海"], ["出差"]], "switch role"),
   T("这个岗位给多少钱", "attribute", "销售经理", [q(C05, "20-35岁，英语专业者优先")], [["面议"], ["免费食宿"]], "ellipsis (switch attribute)", "pay"))
fu(8, "hr", F("慧算账招的测试经理要求几年经验", "attribute", "测试工程师", [L(C06, 58)], [["5年以上"], ["测试工作经验"]], "experience"),
   T("带团队方面有什么要求", "qualification", "测试工程师", [L(C06, 59)], [["3人以上"], ["3个或以上"]], "switch attribute"),
   T("这个测试岗在哪座城市", "attribute", "测试工程师", [L(C06, 50)], [["广州"], ["慧算账"]], "ellipsis", "location"),
   T("同公司的DBA呢，要什么学历", "attribute", "DBA", [L(C06, 70)], [["本科"], ["及以上学历"]], "switch role (same company)", "education"))
fu(9, "new_hire", F("美团成都研发中心招的前端具体干啥", "duty", "前端开发工程师", [L(C06, 80, 83)], [["CRM"], ["中后台"], ["培养团队成员"]]),
   T("他们对人有啥硬性要求", "qualification", "前端开发工程师", [L(C06, 86, 90)], [["3年及以上"], ["CSS"], ["前端工程化"]], "ellipsis"),
   T("京东物流那个前端研发呢", "qualification", "前端开发工程师", [L(C06, 99, 108)], [["3-5年"], ["React/Vue", "React"], ["小程序"]], "switch company"),
   T("美团和京东这俩前端，谁要的年限更长", "qualification", "前端开发工程师", [L(C06, 86), L(C06, 99)], [["3年及以上"], ["3-5年"]], "compare last two"))
fu(10, "new_hire", F("宝洁的SRE是做什么的", "duty", "平台Site Reliability Engineer", [L(C06, 122, 123)], [["DevOps"], ["运维"]]),
   T("入职要求几年经验打底", "attribute", "平台Site Reliability Engineer", [L(C06, 125)], [["4年以上"], ["系统管理员"]], "ellipsis", "experience"),
   T("办公地点在广州哪一块", "attribute", "平台Site Reliability Engineer", [L(C06, 122)], [["广州"], ["珠江新城"]], "ellipsis", "location"),
   OOS("K8S怎么部署集群", "OOS mid (tech question)"))
fu(11, "hr", F("go后端需要什么技能", "qualification", "Golang 后端", [L(C06, 35, 42)], [["Golang"], ["k8s"], ["MySQL"]]),
   T("有哪些算加分的", "qualification", "Golang 后端", [L(C06, 44, 49)], [["terraform"], ["开源作品"]], "ellipsis"),
   T("go后端开多少薪", "attribute", "Golang 后端", [L(C06, 27)], [["20"], ["40k"]], "switch attribute", "pay"),
   T("那Moka的产品经理呢", "attribute", "产品经理", [L(C06, 13)], [["15k-40k"], ["*15"]], "switch role (company)", "pay"))
fu(12, "new_hire", F("钢构厂采购员日常都要做啥", "duty", "采购员", [L(C07, 156, 177)], [["采购制度"], ["供应商谈判"], ["采购计划"]]),
   T("跟供应商谈判那条，谈些什么", "duty", "采购员", [L(C07, 165)], [["价格"], ["付款方式"], ["交货日期"]], "reference to item"),
   T("采购员多大年纪以内能投", "qualification", "采购员", [L(C07, 150)], [["45"], ["周岁以下"]], "switch attribute"),
   T("那他之前要做过什么工作", "attribute", "采购员", [L(C07, 150)], [["采购主管"], ["3年以上"]], "pronoun", "experience"))
fu(13, "hr", F("做焊工得持什么证上岗", "attribute", "焊工", [L(C07, 133)], [["焊工证"], ["质监局"]], "certificate"),
   T("除了证还卡别的啥吗", "qualification", "焊工", [L(C07, 130, 133)], [["40岁以下"], ["机械图纸"], ["CO2"]], "more (还有吗)"),
   T("那铆工要什么条件", "qualification", "铆工", [L(C07, 140, 143)], [["铆工3年以上"], ["钢结构"]], "switch role"),
   T("焊工和铆工学历上比一比", "attribute", "铆工", [L(C07, 130), L(C07, 140)], [["高中及以上"], ["高中级以上"]], "compare last two", "education"),
   T("埋弧焊工的学历又是多少", "attribute", "埋弧焊工", [L(C07, 226)], [["初中"], ["学历"]], "switch role", "education"))
fu(14, "manager", F("维修电工每天上班都做哪些活", "duty", "维修电工", [L(C07, 309, 318)], [["例保"], ["断电"], ["修理记录"]]),
   T("这个活儿必须持证吗", "attribute", "维修电工", [L(C07, 303)], [["资格证书"], ["职业培训"]], "ellipsis", "certificate"),
   T("机修工的职责跟它有什么不一样", "duty", "机修工", [L(C07, 278, 287), L(C07, 309, 318)], [["钳台"], ["二级保养"], ["巡回检查"]], "compare (pronoun)"),
   OOS("维修电工一个月工资多少", "pay not stated (OOS)"))
fu(15, "hr", F("钢结构公司的销售员任职要求", "qualification", "销售员", [L(C07, 111, 117)], [["大专"], ["英语四级"], ["钢材产品销售经验"]]),
   T("福利待遇怎么样", "attribute", "销售员", [L(C07, 123)], [["双休"], ["社会保险"], ["住宿"]], "switch attribute", "benefits"),
   T("他要完成什么指标", "duty", "销售员", [L(C07, 97)], [["每月销售额"], ["相关指标"]], "pronoun"),
   T("顺便问下，生产技术部长的工作年限要几年", "attribute", "生产技术部长", [L(C07, 74)], [["10年以上"], ["工作经验年限"]], "switch role (explicit)", "experience"))
fu(16, "new_hire", F("培训学校那份说明书里出纳向谁汇报工作", "attribute", "出纳", [q(C08, "直接主管:分校校长")], [["分校校长"], ["直接主管"]], "reports_to"),
   T("出纳自己手下有人吗", "attribute", "出纳", [q(C08, "直接主管:分校校长")], [["直接下属"], ["无"]], "ellipsis", "subordinates"),
   T("要考什么证才能干", "attribute", "出纳", [q(C08, "大专或以上学历,会计从业资格证")], [["会计从业"], ["资格证"]], "ellipsis", "certificate"),
   T("职责里排第7的那条是什么", "duty", "出纳", [q(C08, "按领导审批过的退费手续")], [["退费"], ["领导审批"]], "ordinal"))
fu(17, "new_hire", F("出纳每天需要往上报的是什么东西", "duty", "出纳", [q(C08, "每天报财务“资金汇报”;")], [["资金汇报"], ["每天"]]),
   T("工资是怎么发的", "duty", "出纳", [q(C08, "通过银行代发或现金发放形式")], [["银行代发"], ["现金"]], "ellipsis (same post)"),
   T("男的女的有讲究没有", "qualification", "出纳", [q(C08, "性别不限(女姓佳)")], [["不限"], ["女"]], "switch attribute"),
   OOS("出纳一个月多少钱", "empty field pay (OOS)"))
fu(18, "manager", F("人事行政部经理的考核指标有哪些大类", "kpi", "人事行政部经理", [L(C09, 8, 23)],
    [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"]]),
   T("内部运营类具体有哪些", "kpi", "人事行政部经理", [L(C09, 10, 16)], [["工作目标完成率"], ["绩效、薪资管理完成率"], ["公司组织培训完成率"]], "ellipsis (drill down)"),
   T("权重最高的那个怎么打分", "kpi", "人事行政部经理", [L(C09, 14)], [["扣2分/次"], ["15%"]], "reference (superlative)"),
   T("表里哪项权重填的是0%", "kpi", "人事行政部经理", [L(C09, 15)], [["工作流程改善目标完成率"], ["0%"]], "switch attribute"))
fu(19, "hr", F("人事行政经理客户类指标", "kpi", "人事行政部经理", [L(C09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]]),
   T("被投诉一回后勤那项要扣多少", "kpi", "人事行政部经理", [L(C09, 18)], [["扣1分"], ["投诉一次"]], "reference"),
   T("学习成长革新类下面有啥", "kpi", "人事行政部经理", [L(C09, 19, 22)], [["部门员工保有率"], ["员工测评"], ["人力计划完成率"]], "ellipsis (switch group)"),
   T("部门员工保有率多少算满分", "kpi", "人事行政部经理", [L(C09, 19)], [["70%"], ["5分"]], "reference"))
fu(20, "new_hire", F("导够的上级是谁", "attribute", "导购", [L(C10, 43)], [["店长"], ["领导"]], "reports_to"),
   T("她早上到店先干嘛", "duty", "导购", [L(C10, 47, 49)], [["样板"], ["POP"]], "ellipsis"),
   T("想去当导购的话人家要求些啥", "qualification", "导购", [L(C10, 33, 39)], [["学历不限"], ["轮班"], ["粤语"]], "ellipsis (switch attribute)"),
   T("第二条什么意思", "qualification", "导购", [L(C10, 35)], [["轮班"], ["适应"]], "ordinal"))
fu(21, "new_hire", F("商超导购要完成哪些工作", "duty", "导购", [L(C10, 23, 29)], [["货品陈列"], ["销售目标"], ["介绍公司产品"]]),
   T("收银也归导购管吗", "duty", "导购", [L(C10, 11)], [["收银"], ["盘点"]], "yes/no about same post"),
   T("那对性别有要求不", "qualification", "导购", [L(C10, 33)], [["女"], ["学历不限"]], "switch attribute"),
   OOS("导购的社保怎么交", "OOS (social insurance)"))
fu(22, "new_hire", F("酒店前台的班次是几点到几点", "attribute", "酒店前台", [L(C11, 15)], [["两班轮班"], ["16:00—24:00"]], "benefits"),
   T("前台一月下来能歇几天", "attribute", "酒店前台", [L(C11, 14)], [["4天"], ["调休"]], "ellipsis", "benefits"),
   T("退房的时侯前台要干嘛", "duty", "酒店前台", [L(C11, 4)], [["退房结算"], ["迷你吧"]], "switch attribute (typo)"),
   T("第四条核心工作讲讲", "duty", "酒店前台", [L(C11, 6)], [["客诉"], ["上报主管"]], "ordinal"))
fu(23, "hr", F("前台岗位要求有哪些", "qualification", "酒店前台", [L(C11, 9, 12)], [["亲和力"], ["收银系统"], ["应变"]]),
   T("合规那条具体指什么", "qualification", "酒店前台", [L(C11, 12)], [["身份信息登记"], ["隐私"]], "reference to item"),
   T("除了休假还有别的福利没", "attribute", "酒店前台", [L(C11, 16)], [["生日"], ["免费食宿"]], "switch attribute", "benefits"),
   OOS("帮我写一封前台的辞职信", "OOS (other task)"))
fu(24, "hr", F("我要是做行政主管，直属领导是谁", "attribute", "行政主管", [L(C12, 9, 10)], [["行政经理"], ["直属上级"]], "reports_to"),
   T("那这个岗挂在哪个部门下面", "attribute", "行政主管", [L(C12, 15, 16)], [["行政管理部"], ["所在部门"]], "ellipsis", "department"),
   T("他的主要职责占比最大的是哪块", "duty", "行政主管", [L(C12, 38, 47)], [["65"], ["归档"], ["固定资产"]], "pronoun"),
   OOS("那他的业绩衡量标准写了啥", "略 section (near-miss OOS)"))
fu(25, "manager", F("行政经理助理具体做哪些事", "duty", "行政主管", [L(C12, 33, 54)], [["行政管理制度"], ["大事记"], ["考勤"]]),
   T("部门内部建设那15%具体是啥", "duty", "行政主管", [L(C12, 49, 54)], [["部门技能培训"], ["外联及接待"]], "ellipsis (drill down)"),
   OOS("这个岗位的工作地点写在哪了", "empty field (near-miss OOS)"),
   T("那节日福利发放也是他负责吗", "duty", "行政主管", [L(C12, 45)], [["节日福利"], ["日常福利"]], "pronoun, back to duties"))
fu(26, "hr", F("做人力资源专员学历最低要啥", "attribute", "人力资源专员", [L(C13, 3)], [["本科"], ["及以上学历"]], "education"),
   T("哪些专业毕业的可以", "attribute", "人力资源专员", [L(C13, 3)], [["人力资源"], ["管理类"]], "ellipsis", "major"),
   T("招聘专员的行为标准呢", "duty", "招聘专员", [L(C13, 9, 14)], [["招聘文"], ["招募活动"], ["内部信息网"]], "switch role"),
   T("还有别的部分吗", "duty", "招聘专员", [L(C13, 15, 20)], [["转正考核"], ["异动"]], "more (还有吗)"))
fu(27, "manager", F("财务分析会计的KPI权重怎么分配", "kpi", "财务分析会计", [L(C14, 3, 6)], [["25%"], ["30%"], ["20%"]]),
   T("财务分析报告那项按什么打分", "kpi", "财务分析会计", [L(C14, 13, 16)], [["格式"], ["数据的准确性"], ["及时性"]], "reference to item"),
   T("利润中心的操作维护又怎么考", "kpi", "财务分析会计", [L(C14, 5)], [["事业部的有效投诉"], ["-5分"]], "ellipsis (switch item)"),
   T("月底结帐准确性方面错两回剩几分", "kpi", "财务分析会计", [L(C14, 7)], [["60分"], ["错二次"]], "switch item"))
fu(28, "hr", F("教务老师的任职资格", "qualification", "教务", [L(C15, 3, 6)], [["大学专科"], ["师范"], ["2年以上"]]),
   T("对男老师女老师有偏好吗", "qualification", "教务", [L(C15, 4)], [["男女不限"], ["性别"]], "ellipsis"),
   T("文档里说的基本素养是哪几点", "qualification", "教务", [L(C15, 8, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], "switch section"),
   OOS("教务岗位月薪大概多少", "pay not stated (OOS)"))
fu(29, "hr", F("薪资和算专员做哪些工作", "duty", "薪资核算专员", [L(C16, 4, 13)], [["月度薪资计提"], ["个税申报"], ["年终奖"]]),
   T("个税那条展开讲讲，就是第6条", "duty", "薪资核算专员", [L(C16, 9)], [["个人所得税"], ["汇算清缴"]], "ordinal"),
   T("得熟悉哪几部法规", "qualification", "薪资核算专员", [L(C16, 17)], [["劳动法"], ["个人所得税法"]], "switch attribute"),
   T("工作经验门槛呢，有啥优先的", "attribute", "薪资核算专员", [L(C16, 16)], [["2年以上"], ["HRSSC"]], "ellipsis", "experience"))
fu(30, "new_hire", F("车辆调度员的工作难点是什么", "duty", "车辆调度员", [q(C02, "人员车辆及时到位")], [["人员车辆"], ["及时到位"]]),
   T("这岗位以后往哪升", "duty", "车辆调度员", [q(C02, "高级业务员")], [["高级业务员"], ["业务员"]], "ellipsis"),
   T("财务部经理的直接上级呢", "attribute", "财务部经理", [q(C01, "财务总监")], [["财务总监", "财务部总监"], ["总监"]], "switch role (explicit)", "reports_to"),
   T("回到调度员，专业要求是什么", "attribute", "车辆调度员", [q(C02, "汽车修理专业")], [["汽车修理"], ["专业"]], "back to earlier topic", "major"))

def single(n, intent, persona, question, role, ev, kp, attribute=None, tool=None, refusal=False):
    items.append({"id": f"r74xfu-{intent}-{n:02d}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": refusal, "turns": None, "tool": tool})
single(31, "jd", "hr", "帮我给采购员写一份JD", "采购员", [L(C07, 150, 177)], [["采购制度"], ["供应商"], ["采购计划"]],
       tool={"kind": "jd", "role": "采购员", "must_cite_files": [C07], "expect_sections": ["duties", "qualifications"]})
single(32, "kpi_design", "manager", "帮资金部拟5条考核指标", None,
       [q(C04, "公司资金预算达成率"), q(C04, "资金收支准确度"), q(C04, "资金筹集计划编制及时率")],
       [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]],
       tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [C04],
             "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"]})
single(33, "out_of_scope", "new_hire", "钢构厂车间主任的岗位职责有哪些", None, [], [], refusal=True)
single(34, "attribute", "hr", "DBA需要什么专业背景", "DBA", [L(C06, 70)], [["计算机"], ["信息安全"]], attribute="major")
single(35, "qualification", "hr", "高压值班电工需要什么条件", "高压值班电工", [L(C07, 296)], [["高压电工资格证"], ["三年以上"]])
single(36, "kpi", "manager", "财务部的KPI里现金收支准确性怎么考核", None, [q(C04, "现金收支出错次数")], [["现金收支"], ["出错次数"]])

with open(D / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(D / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
