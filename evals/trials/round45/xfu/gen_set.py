"""Writes set.jsonl and forms.json for the round-45 xfu trial (follow-up conversations over corpus-extra)."""
import json, pathlib
OUT = pathlib.Path(__file__).parent
F = {1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
     4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv", 7: "cx07_人才招聘.html",
     8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md", 10: "cx10_导购岗位职责.txt",
     11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt", 13: "cx13_人力资源招聘专员行为标准.txt",
     14: "cx14_财务部内控与财务分析KPI组成表.txt", 15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt"}
def L(n, a, b=None): return {"file": F[n], "line_start": a, "line_end": b or a}
def Q(n, q): return {"file": F[n], "quote": q}
def T(q, intent, role, ev, kp, attr=None, form=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: t["attribute"] = attr
    return t, form
def OOS(q, role=None, form="out_of_scope"):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}, form

items, forms = [], {}
def FU(n, persona, first, turns):
    q, intent, role, ev, kp, attr = first
    iid = f"r45xfu-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None})
    forms[iid] = [f for _, f in turns]
def ONE(sid, persona, intent, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": f"r45xfu-{sid}", "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": refusal,
                  "turns": None, "tool": tool})

R2 = "车辆调度员"
FU(1, "new_hire", ("我们车辆租赁中心的调度员平时主要干些啥", "duty", R2,
   [Q(2, "对人员车辆进行合理调配"), Q(2, "2.车辆值班安排"), Q(2, "1.根据司机出车情况进行考核")],
   [["合理调配"], ["值班"], ["考核"]], None), [
   T("他平常直接跟哪位领导汇报工作", "attribute", R2, [Q(2, "车辆租赁中心主任")], [["车辆租赁"], ["主任"]], "reports_to", "pronoun"),
   T("那学历和专业方面卡不卡人", "attribute", R2, [Q(2, "高中及以上"), Q(2, "汽车修理专业")], [["高中"], ["汽车修理"]], "education", "ellipsis"),
   T("业绩标准里排第二的那项指标要达到多少", "kpi", R2, [Q(2, "客户满意率达90%以上")], [["客户满意率"], ["90%"]], None, "ordinal"),
])
R1 = "财务部经理"
FU(2, "hr", ("袜业公司的财务经理得持有什么职业资格证书", "attribute", R1, [Q(1, "会计师资格证书")], [["会计师"], ["资格证书", "资格证"]], "certificate"), [
   T("工作年限上要求多少年", "attribute", R1, [Q(1, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "experience", "switch_attribute"),
   T("他下面直接管着哪几个岗位", "attribute", R1, [Q(1, "财务会计、出纳")], [["出纳"], ["财务会计", "成本会计"]], "subordinates", "pronoun"),
   OOS("插一句，现在个税起征点是每月多少钱"),
   T("再回到这个财务经理，招人的年龄和性别有限制吗", "qualification", R1, [Q(1, "35-45岁、性别不限")], [["35-45岁"], ["性别不限"]], None, "back_reference"),
])
R3 = "培训部经理"
FU(3, "manager", ("工作手册里培训部经理要负责哪些事情", "duty", R3,
   [Q(3, "责培训部的日常管理工作。"), Q(3, "责培训部员工的工作安排与绩效考核。"), Q(3, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]], None), [
   T("其中第四条讲的是什么，能展开一下吗", "duty", R3, [Q(3, "责培训业务经营发展的规划,核心组课程的引入。")], [["经营发展的规划", "规划"], ["课程的引入"]], None, "ordinal"),
   OOS("那培训顾问这个岗位负责什么", role=None, form="switch_role"),
   T("整个培训部作为部门有哪些职能", "duty", None,
     [Q(3, "2.6负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核;"), Q(3, "2.7负责公司培训档案的建立;"), Q(3, "2.8负责培训新课程的开发;")],
     [["师资库"], ["培训档案"], ["新课程的开发"]], None, "switch_scope"),
])
FU(4, "hr", ("人力资源部KPI指标库里的客户类指标是哪个", "kpi", None,
   [Q(4, "员工对公司人力资源制度的满意度"), Q(4, "对员工进行满意度调查的算术平均值")], [["满意度"], ["算术平均值", "满意度调查"]], None), [
   T("财务类的又有哪些", "kpi", None, [Q(4, "部门费用预算达成率"), Q(4, "薪资总量预算安排达成率"), Q(4, "招聘费用预算达成率"), Q(4, "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], None, "ellipsis"),
   T("第二个指标的计算公式是什么", "kpi", None, [Q(4, "(实际发生成本/计划成本)*100%")], [["实际发生成本"], ["计划成本"]], None, "ordinal"),
   T("招聘管理这个考核目标下面考哪些", "kpi", None, [Q(4, "招聘空缺职位所需的平均天数"), Q(4, "人员编制控制率")],
     [["平均天数"], ["人员编制控制率"]], None, "switch_section"),
])
FU(5, "manager", ("审计部的关键绩效考核指标有哪几个", "kpi", None,
   [Q(4, "审计计划执行率"), Q(4, "审计报告一次经过率"), Q(4, "审计问题追踪检查率"), Q(4, "审计结果准确性"), Q(4, "审计报告证据充分性"), Q(4, "审计报告归档率")],
   [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"], ["审计报告归档率"]], None), [
   T("第四项的定义是什么", "kpi", None, [Q(4, "审计结果更正的次数")], [["审计结果"], ["更正的次数"]], None, "ordinal"),
   T("换成资金部看看有哪些", "kpi", None, [Q(4, "公司资金预算达成率"), Q(4, "资金筹集计划编制及时率"), Q(4, "资金收支准确度")],
     [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]], None, "switch_role"),
   T("资金收支准确度用什么来衡量", "kpi", None, [Q(4, "资金收支出错次数")], [["出错次数"], ["资金收支"]], None, "explicit_item"),
])
R5a = "销售经理"
FU(6, "new_hire", ("模具厂招的销售经理具体做哪些工作", "duty", R5a, [Q(5, "帮助业务经理处理订单的相关内容")],
   [["处理订单"], ["跟进订单"], ["出差"]], None), [
   T("要经常出差吗，一般去哪儿", "duty", R5a, [Q(5, "帮助业务经理处理订单的相关内容")], [["上海"], ["1~2次"]], None, "detail"),
   T("对年龄和学历有啥要求", "qualification", R5a, [Q(5, "本科以上，20-35岁，英语专业者优先")], [["本科"], ["20-35岁"]], None, "switch_attribute"),
   T("这岗位工资开多少", "attribute", R5a, [Q(5, "本科以上，20-35岁，英语专业者优先")], [["面议"], ["免费食宿"]], "pay", "ellipsis"),
])
FU(7, "hr", ("研发经理需要什么专业背景和学历的人", "attribute", "研发经理", [Q(5, "本科以上，20-45岁，模具设计类专业")], [["模具设计"], ["本科"]], "major"), [
   T("那生产主管这个岗位呢", "attribute", "生产主管", [Q(5, "本科以上，25-45岁，注塑类相关专业")], [["注塑"], ["本科"]], "major", "switch_role"),
   T("这两个岗位学历和年龄要求有啥不同", "qualification", None, [Q(5, "本科以上，20-45岁，模具设计类专业"), Q(5, "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["20-45岁"], ["25-45岁"]], None, "comparison"),
   T("后面那个岗位具体负责干什么", "duty", "生产主管", [Q(5, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], None, "pronoun"),
])
R5c = "机械技术员"
FU(8, "new_hire", ("机械技术员招4个，进去都干什么活", "duty", R5c, [Q(5, "协助工程师完成车间机器的维修")],
   [["维修"], ["治具"], ["革新"]], None), [
   T("应聘的话需要满足啥条件", "qualification", R5c, [Q(5, "机械技术底子深厚")], [["大专"], ["20-45岁"]], None, "ellipsis"),
   OOS("他们给交五险一金吗"),
])
R6t = "测试工程师"
FU(9, "hr", ("慧算账的测试经理要求几年测试经验", "attribute", R6t, [L(6, 58)], [["5年以上"], ["测试工作经验"]], "experience"), [
   T("带团队和项目经历方面有啥要求", "qualification", R6t, [L(6, 59)], [["1年3人以上", "团队管理"], ["大型测试项目"]], None, "switch_attribute"),
   T("他职责里第三条是什么", "duty", R6t, [L(6, 53)], [["测试工具"], ["创新"]], None, "ordinal"),
   T("换成同公司的DBA，学历专业怎么要求", "attribute", "DBA", [L(6, 70)], [["本科"], ["计算机", "软件"]], "education", "switch_role"),
   T("回到测试经理，他要会哪些编程语言和数据库", "qualification", R6t, [L(6, 61)], [["Java"], ["MySQL", "Oracle"]], None, "back_reference"),
])
R6s = "平台Site Reliability Engineer"
FU(10, "new_hire", ("宝洁招的SRE平时做什么", "duty", R6s, [L(6, 122, 123)], [["DevOps平台"], ["运维"]], None), [
   T("这个岗位在哪里办公", "attribute", R6s, [L(6, 122)], [["广州"], ["珠江新城"]], "location", "pronoun"),
   T("需要掌握哪些技术", "attribute", R6s, [L(6, 124, 129)], [["公有云"], ["K8S"], ["linux"]], "skills", "ellipsis"),
   OOS("K8S里Pod的CPU资源限制怎么配置"),
])
R6g = "Golang 后端"
FU(11, "hr", ("云霁科技Go后端给的薪资范围和工作地点", "attribute", R6g, [L(6, 27)], [["20-40k"], ["杭州"]], "pay"), [
   T("要几年Golang项目经验", "attribute", R6g, [L(6, 35)], [["2-5"], ["项目开发经验"]], "experience", "ellipsis"),
   T("加分项都有哪些", "qualification", R6g, [L(6, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], None, "ellipsis"),
   T("换成Moka的产品经理，薪资多少", "attribute", "产品经理", [L(6, 13)], [["15k-40k"], ["*15", "15薪"]], "pay", "switch_role"),
])
R6f = "前端开发工程师"
FU(12, "new_hire", ("美团成都研发中心那个前端岗位职责是什么", "duty", R6f, [L(6, 79, 83)], [["CRM"], ["中后台"], ["培养团队成员"]], None), [
   T("美团这个岗位要几年经验", "attribute", R6f, [L(6, 86)], [["3年"], ["互联网研发"]], "experience", "ellipsis"),
   T("京东物流的前端呢", "attribute", R6f, [L(6, 99)], [["3-5年"], ["前端开发经验"]], "experience", "switch_company"),
   T("这俩哪个要求会做小程序", "qualification", R6f, [L(6, 105)], [["小程序"], ["微信小程序"]], None, "comparison"),
])
R6p = "产品经理"
FU(13, "manager", ("Moka的产品经理职位要求有哪几点", "qualification", R6p, [L(6, 19, 23)],
   [["需求识别"], ["学习能力"], ["业务抽象能力"], ["Ownership"]], None), [
   T("第4点具体指什么", "qualification", R6p, [L(6, 23)], [["主动协调"], ["业务目标"]], None, "ordinal"),
   T("那它的加分条件有哪几条", "qualification", R6p, [L(6, 25, 26)], [["绩效"], ["OKR"]], None, "ellipsis"),
   T("他base在哪个城市，薪资多少", "attribute", R6p, [L(6, 13)], [["成都"], ["15k-40k"]], "location", "pronoun"),
])
R7s = "销售员"
FU(14, "new_hire", ("钢结构公司招销售员有什么任职要求", "qualification", R7s, [L(7, 108, 119)], [["大专"], ["英语四级"], ["钢材产品销售经验"]], None), [
   T("这个销售员待遇咋样", "attribute", R7s, [L(7, 121, 124)], [["双休"], ["社会保险"], ["住宿"]], "benefits", "ellipsis"),
   T("平时要干些什么", "duty", R7s, [L(7, 96, 104)], [["销售额"], ["拜访"], ["客户关系档案"]], None, "switch_attribute"),
   T("换成采购员的话干啥", "duty", "采购员", [L(7, 153, 179)], [["采购制度"], ["供应商"], ["采购计划"]], None, "switch_role"),
])
FU(15, "hr", ("焊工需要持什么证", "attribute", "焊工", [L(7, 133)], [["焊工证"], ["质监局"]], "certificate"), [
   T("对年龄和性别有限制吗", "qualification", "焊工", [L(7, 130)], [["40岁以下"], ["男"]], None, "ellipsis"),
   T("那铆工那边的要求呢", "qualification", "铆工", [L(7, 140, 143)], [["40岁以下"], ["3年以上"]], None, "switch_role"),
   T("这两个工种学历要求一样吗", "attribute", None, [L(7, 130), L(7, 140)], [["高中及以上"], ["高中级以上"]], "education", "comparison"),
])
FU(16, "new_hire", ("机修工日常的工作内容有哪些", "duty", "机修工", [L(7, 275, 289)], [["安全技术操作规程"], ["二级保养"], ["巡回检查"]], None), [
   T("第二条再说细一点", "duty", "机修工", [L(7, 281)], [["易损件"], ["一级保养"]], None, "ordinal"),
   T("维修电工跟他比，证书要求有区别吗", "attribute", "维修电工", [L(7, 272), L(7, 303)], [["有资格证书"], ["持有资格证书"]], "certificate", "comparison"),
   T("那高压值班电公要什么证，几年经验", "attribute", "高压值班电工", [L(7, 296)], [["高压电工资格证"], ["三年以上"]], "certificate", "typo"),
])
R7p = "生产技术部长"
FU(17, "manager", ("生产技术部张要什么条件", "qualification", R7p, [L(7, 73, 86)], [["大专"], ["10年以上"], ["车间主任"]], None), [
   OOS("他的岗位职责有哪些", role=None, form="pronoun"),
   T("任职资格第三条说的是什么", "qualification", R7p, [L(7, 80, 82)], [["经营管理"], ["1年"]], None, "ordinal"),
])
FU(18, "hr", ("电气技术储备招什么专业的", "attribute", "电气技术储备", [L(7, 254)], [["机电一体化"], ["偏弱电"]], "major"), [
   T("这个岗位应届毕业生能不能投", "qualification", "电气技术储备", [L(7, 254)], [["应届毕业生"], ["一年以上工作经验"]], None, "ellipsis"),
   T("换成机械技术储备的话专业要求呢", "attribute", "机械技术储备", [L(7, 236)], [["机械制造"], ["大专"]], "major", "switch_role"),
   T("他们俩进去后主要做什么", "duty", None, [L(7, 241, 246), L(7, 259, 264)], [["维修钳工"], ["维修电工"]], None, "comparison"),
])
R8 = "出纳"
FU(19, "new_hire", ("那所培训学校里出纳的顶头上司是谁", "attribute", R8, [Q(8, "直接主管:分校校长")], [["分校校长"], ["直接主管"]], "reports_to"), [
   T("隔级领导又是谁", "attribute", R8, [Q(8, "直接主管:分校校长")], [["总经理"], ["隔级"]], "reports_to", "ellipsis"),
   T("他手底下有下属吗，平级的是谁", "attribute", R8, [Q(8, "直接主管:分校校长")], [["直接下属:无", "没有下属", "无直接下属"], ["会计"]], "subordinates", "pronoun"),
   T("主要职责里第3条是什么", "duty", R8, [Q(8, "每天报财务“资金汇报”;")], [["资金汇报"], ["每天"]], None, "ordinal"),
])
FU(20, "hr", ("出纳岗位要什么学历和专业", "attribute", R8, [Q(8, "会计、金融类专业大专或以上学历")], [["大专"], ["金融"]], "education"), [
   T("证书有要求吗", "attribute", R8, [Q(8, "会计、金融类专业大专或以上学历")], [["会计从业资格证"], ["会计从业"]], "certificate", "ellipsis"),
   T("出纳工作经验得几年", "attribute", R8, [Q(8, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "experience", "switch_attribute"),
   T("平时经手哪些票据和报销业务", "duty", R8, [Q(8, "学校发票、收据业务办理;"), Q(8, "学校人员费用报销办理;"), Q(8, "为客户办理退费结算")],
     [["发票"], ["报销"]], None, "switch_attribute"),
])
R9 = "人事行政部经理"
FU(21, "manager", ("人事行政部经理考核表里内部运营类占多大比重", "kpi", R9, [L(9, 10)], [["50%"], ["内部运营类"]], None), [
   T("下面具体有哪些指标", "kpi", R9, [L(9, 10, 16)], [["工作目标完成率"], ["公司组织培训完成率"], ["绩效、薪资管理完成率"]], None, "pronoun"),
   T("其中哪一项权重最大", "kpi", R9, [L(9, 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "detail"),
   T("那客户类这一块考什么", "kpi", R9, [L(9, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]], None, "ellipsis"),
])
FU(22, "hr", ("行政人事经理的绩效表里学习成长那类考哪几项", "kpi", R9, [L(9, 19, 22)],
   [["部门员工保有率"], ["部门培训目标完成率"], ["员工测评"], ["人力计划完成率"]], None), [
   T("保有率那项怎么打分", "kpi", R9, [L(9, 19)], [["70%"], ["5分"]], None, "explicit_item"),
   T("表里权重是0的是哪个指标", "kpi", R9, [L(9, 15)], [["工作流程改善目标完成率"], ["0%"]], None, "detail"),
   OOS("年终奖按这个分数怎么折算"),
])
R10 = "导购"
FU(23, "new_hire", ("导购员每天的工作内容有哪些", "duty", R10, [L(10, 9, 17), L(10, 23, 29), L(10, 43, 51)],
   [["接待顾客"], ["收银", "盘点"], ["卫生"]], None), [
   T("招导购对性别和学历有没有要求", "qualification", R10, [L(10, 33)], [["女"], ["学历不限"]], None, "switch_attribute"),
   T("除了这个还有别的要求吗", "qualification", R10, [L(10, 35, 39)], [["轮班"], ["粤语"], ["促销"]], None, "more"),
   T("导购平时归谁管", "attribute", R10, [L(10, 43)], [["店长"], ["领导"]], "reports_to", "pronoun"),
])
R11 = "酒店前台"
FU(24, "new_hire", ("酒店前台的上班时间怎么排", "attribute", R11, [L(11, 13, 15)], [["两班轮班"], ["8:00"]], "benefits"), [
   T("每个月固定能休息几天", "attribute", R11, [L(11, 14)], [["4天"], ["调休"]], "benefits", "ellipsis"),
   T("还有什么别的福利", "attribute", R11, [L(11, 16)], [["生日"], ["免费食宿"]], "benefits", "more"),
   T("核心工作内容的第二条展开讲讲", "duty", R11, [L(11, 4)], [["退房结算"], ["收银系统"]], None, "ordinal"),
])
FU(25, "manager", ("前台碰到客人投诉应该怎么处理", "duty", R11, [L(11, 6)], [["安抚情绪"], ["上报主管"]], None), [
   T("做前台需要具备哪些能力", "qualification", R11, [L(11, 8, 12)], [["亲和力"], ["预订系统"], ["应变能力"]], None, "switch_attribute"),
   T("那导购岗呢", "qualification", R10, [L(10, 31, 39)], [["沟通能力"], ["轮班"]], None, "switch_role"),
   OOS("酒店前台一般月薪大概多少"),
   T("回到前台，交接班的时候要做什么", "duty", R11, [L(11, 7)], [["交接"], ["清点"]], None, "back_reference"),
])
R12 = "行政主管"
FU(26, "new_hire", ("公司行政主管向谁汇报", "attribute", R12, [L(12, 9, 10)], [["行政经理"], ["直属上级"]], "reports_to"), [
   T("他属于哪个部门管", "attribute", R12, [L(12, 15, 16)], [["行政管理部"], ["所在部门"]], "department", "pronoun"),
   T("主要负责的行政管理工作都有哪些", "duty", R12, [L(12, 39, 47)], [["大事记"], ["办公用品"], ["固定资产"], ["年会"]], None, "switch_attribute"),
   OOS("这部分工作的业绩衡量标准是什么", role=None, form="pronoun"),
])
FU(27, "hr", ("行政经理助理的工作时间是怎么分配的", "duty", R12, [L(12, 32), L(12, 38), L(12, 48)], [["15%"], ["65%"]], None), [
   T("占15%的第一块具体包括哪些", "duty", R12, [L(12, 33, 37)], [["年度工作计划"], ["规章制度"]], None, "ordinal"),
   T("部门内部建设那块呢", "duty", R12, [L(12, 49, 54)], [["技能培训"], ["考勤"], ["接待"]], None, "ellipsis"),
])
FU(28, "hr", ("人力资源专员要什么学历和专业", "attribute", "人力资源专员", [L(13, 3)], [["本科"], ["人力资源"]], "education"), [
   T("这个岗位要几年相关工作经验", "attribute", "人力资源专员", [L(13, 4)], [["1-2年"], ["IT"]], "experience", "ellipsis"),
   T("对外语有要求吗", "attribute", "人力资源专员", [L(13, 6)], [["中英文"], ["听、说、读、写"]], "skills", "switch_attribute"),
   T("换成招聘专员，他转正考核这块怎么做", "duty", "招聘专员", [L(13, 15, 17)], [["转正考核"], ["转正通知"]], None, "switch_role"),
])
FU(29, "manager", ("财务部内控与财务分析的KPI都有哪些", "kpi", "财务分析会计", [L(14, 3, 7)],
   [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"]], None), [
   T("财务分析报告这项权重多少", "kpi", "财务分析会计", [L(14, 4)], [["30%"], ["软指标"]], None, "explicit_item"),
   T("这项报告具体是怎么打分的", "kpi", "财务分析会计", [L(14, 12, 17)], [["格式"], ["数据的准确性"], ["报告提交的及时性"]], None, "pronoun"),
   T("月底结账耽误一次得几分", "kpi", "财务分析会计", [L(14, 6)], [["0分"], ["耽误一次"]], None, "typo"),
])
FU(30, "hr", ("教务岗的学历要求是什么", "attribute", "教务", [L(15, 5)], [["专科"], ["师范"]], "education"), [
   T("教务需要多长的工作经历", "attribute", "教务", [L(15, 6)], [["2年以上"], ["1年以上"]], "experience", "ellipsis"),
   T("换成薪酬核算专员呢", "attribute", "薪资核算专员", [L(16, 16)], [["2年以上"], ["薪酬核算经验"]], "experience", "switch_role"),
   T("他需要熟悉哪些法规", "qualification", "薪资核算专员", [L(16, 17)], [["劳动法"], ["个人所得税法"]], None, "pronoun"),
])
# single questions
ONE("jd-01", "hr", "jd", "帮我写一份薪资核算专员的岗位说明书", "薪资核算专员", [L(16, 3, 13)], [["个税申报"], ["薪资发放"], ["年终奖"]],
    tool={"kind": "jd", "role": "薪资核算专员", "must_cite_files": [F[16]], "expect_sections": ["duties", "qualifications"]})
ONE("jd-02", "manager", "jd", "给钢构厂的采购员起草一份JD", "采购员", [L(7, 150, 179)], [["采购制度"], ["供应商"]],
    tool={"kind": "jd", "role": "采购员", "must_cite_files": [F[7]], "expect_sections": ["duties", "qualifications"]})
ONE("kd-01", "manager", "kpi_design", "帮资金部设计5个考核指标", "资金部",
    [Q(4, "公司资金预算达成率"), Q(4, "资金收支准确度"), Q(4, "资金筹集计划编制及时率")],
    [["公司资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]],
    tool={"kind": "kpi_design", "role": "资金部", "count": 5, "must_cite_files": [F[4]],
          "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"]})
ONE("kd-02", "manager", "kpi_design", "财务分析会计的绩效指标帮我设计一套", "财务分析会计", [L(14, 3, 6)],
    [["财务分析报告"], ["月底结帐处理"], ["企业内控制度的调整"]],
    tool={"kind": "kpi_design", "role": "财务分析会计", "count": None, "must_cite_files": [F[14]],
          "expected_indicators": ["财务分析报告", "月底结帐处理", "企业内控制度的调整"]})
ONE("duty-01", "new_hire", "duty", "做薪资核算专员每月具体要干哪些活", "薪资核算专员", [L(16, 4, 13)], [["计提"], ["薪资发放"], ["个税"]])
ONE("oos-01", "hr", "out_of_scope", "我们厂质检员的任职要求有哪些", None, [], [], refusal=True)

with open(OUT / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(OUT / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items;", sum(len(v) for v in forms.values()), "later turns")
