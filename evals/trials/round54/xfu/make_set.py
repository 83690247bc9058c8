"""Builds set.jsonl and forms.json for round 54 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path

C01 = "cx01_财务部经理岗位说明书.docx"; C02 = "cx02_车辆调度员岗位说明书.docx"; C03 = "cx03_培训部工作手册.docx"
C04 = "cx04_部门KPI指标库.xlsx"; C05 = "cx05_招聘岗位一览.xlsx"; C06 = "cx06_技术岗位招聘信息.csv"
C07 = "cx07_人才招聘.html"; C08 = "cx08_培训学校出纳岗位说明书.pdf"; C09 = "cx09_人事行政部经理绩效考核表.md"
C10 = "cx10_导购岗位职责.txt"; C11 = "cx11_酒店前台职位描述.txt"; C12 = "cx12_行政主管岗位说明书.txt"
C13 = "cx13_人力资源招聘专员行为标准.txt"; C14 = "cx14_财务部内控与财务分析KPI组成表.txt"
C15 = "cx15_教务工作岗位素能.txt"; C16 = "cx16_薪资核算专员职位描述.txt"

def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b): return {"file": f, "line_start": a, "line_end": b}
def T(q, intent, role, ev, kp, attr=None, form=""):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: d["attribute"] = attr
    return d, form
def OOS(q, form): return {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}, form

items, forms = [], {}
def FU(n, persona, q, intent_first, role, ev, kp, turns, attr=None):
    iid = f"xfu54-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None, "_first": intent_first})
    forms[iid] = {"first": intent_first, "turns": [f for _, f in turns]}

# ---- cx01 docx
FU(1, "new_hire", "袜业公司的财务经理向谁汇报？手下管哪些人？", "attribute", "财务部经理",
   [Q(C01, "财务总监"), Q(C01, "财务会计、出纳")], [["财务总监", "财务部总监"], ["出纳"]], [
   T("那学历和证书上有什么要求", "qualification", "财务部经理", [Q(C01, "会计专业本科学历"), Q(C01, "会计师资格证书")],
     [["本科"], ["会计师资格证书", "会计师"]], form="ellipsis+switch attribute"),
   T("他的岗位工作目标第三条是什么", "kpi", "财务部经理", [Q(C01, "库存周转率、应收账款周转率小于期间额定标准")],
     [["库存周转率"], ["应收账款周转率"]], form="pronoun+ordinal"),
   T("要干几年同类工作才够格", "qualification", "财务部经理", [Q(C01, "八年以工业企业财务管理经验")],
     [["八年"], ["五年"]], attr="experience", form="ellipsis (switch attribute)"),
], attr="reports_to")
# ---- cx02 docx
FU(2, "manager", "车辆调度员平时主要负责什么", "duty", "车辆调度员",
   [Q(C02, "根据客户有车需求,对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "根据司机出车情况进行考核")],
   [["调配"], ["值班"], ["考核"]], [
   T("第二项职责具体要做啥", "duty", "车辆调度员", [Q(C02, "根据司机的技术状况和车辆状况合理安排出车"), Q(C02, "向司机交待清楚时间、地点、任务和注意事项")],
     [["技术状况"], ["交待清楚", "注意事项"]], form="ordinal"),
   T("这个岗位业绩看哪些标准", "kpi", "车辆调度员", [Q(C02, "工作及时率达95%以上"), Q(C02, "客户满意率达90%以上")],
     [["95%"], ["90%"]], form="pronoun+switch attribute"),
   T("那学历和专业呢", "qualification", "车辆调度员", [Q(C02, "高中及以上"), Q(C02, "汽车修理专业")],
     [["高中"], ["汽车修理"]], attr="education", form="ellipsis"),
])
# ---- cx03 docx: manager duties
FU(3, "new_hire", "培训部经理都负责哪些事", "duty", "培训部经理",
   [Q(C03, "责培训部的日常管理工作。"), Q(C03, "责培训部员工的工作安排与绩效考核。"), Q(C03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场"]], [
   T("还有别的吗，接着说", "duty", "培训部经理", [Q(C03, "负责合理安排培训资源,统筹管理各向培训业务。"), Q(C03, "协助市场部进行培训市场开发工作")],
     [["培训资源"], ["市场部"]], form="more"),
   OOS("培训顾问那个岗位又是管啥的呀", "switch role (near-miss: named, no duties) -> OOS"),
   T("回到经理，他要审核什么", "duty", "培训部经理", [Q(C03, "责培训计划的审核、和年度培训工作总结。")],
     [["培训计划"], ["年度培训工作总结", "工作总结"]], form="back to earlier role"),
])
# ---- cx03 docx: department functions
FU(4, "hr", "培训部作为一个部门，承担哪些职能？", "duty", None,
   [Q(C03, "2.1负责培训服务产品的开发和策划工作"), Q(C03, "2.6负责公司师资库的建立"), Q(C03, "2.7负责公司培训档案的建立;")],
   [["培训服务产品"], ["师资库"], ["培训档案"]], [
   T("职能里的第6条再展开一下嘛", "duty", None, [Q(C03, "2.6负责公司师资库的建立")], [["外部讲师"], ["内部讲师"]], form="ordinal"),
   T("这部门编制几个人来着", "attribute", "培训部经理", [Q(C03, "3.1培训部配置人员4名")], [["4名", "4人", "4 名"], ["培训顾问"]],
     attr="subordinates", form="pronoun (department)"),
])
# ---- cx04 xlsx HR sheet
FU(5, "hr", "人力资源部KPI指标库里财务类有哪些指标", "kpi", None,
   [Q(C04, "部门费用预算达成率"), Q(C04, "招聘费用预算达成率"), Q(C04, "培训费用预算达成率")],
   [["部门费用预算达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], [
   T("那内部营运类呢", "kpi", None, [Q(C04, "制度和流程的书面化比率"), Q(C04, "员工工资出错次数"), Q(C04, "人员编制控制率")],
     [["制度和流程的书面化比率"], ["员工工资出错次数"], ["人员编制控制率"]], form="ellipsis (switch dimension)"),
   T("其中工资出错次数怎么算", "kpi", None, [Q(C04, "(错误发放的工资次数/发放的工资次数)*100%")],
     [["错误发放的工资次数"], ["发放的工资人数"]], form="pronoun (其中) + shortened name"),
   OOS("插一句，今年个税专项附加扣除标准是多少", "OOS in the middle"),
])
# ---- cx04 xlsx finance sheet
FU(6, "manager", "资金部的考核指标有哪些", "kpi", None,
   [Q(C04, "公司资金预算达成率"), Q(C04, "资金收支准确度"), Q(C04, "资金使用评估报告编制及时率")],
   [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]], [
   T("换成审计部门看看呢", "kpi", None, [Q(C04, "审计计划执行率"), Q(C04, "审计结果准确性"), Q(C04, "审计报告归档率")],
     [["审计计划执行率"], ["审计结果准确性"], ["审计报告归档率"]], form="switch (换成X呢, department)"),
   T("第五个指标是怎么定义的", "kpi", None, [Q(C04, "因审计证据不足而使审计结果被推翻的次数")],
     [["审计证据不足"], ["推翻"]], form="ordinal"),
   T("财务部的呢", "kpi", None, [Q(C04, "公司财务预算达成率"), Q(C04, "现金收支准确性"), Q(C04, "财务资料完好性")],
     [["财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]], form="ellipsis (switch department)"),
])
# ---- cx05 xlsx
FU(7, "new_hire", "那家模具公司招的销售经理要做什么", "duty", "销售经理",
   [Q(C05, "帮助业务经理处理订单的相关内容")], [["处理订单"], ["解答客户"], ["出差"]], [
   T("要什么条件", "qualification", "销售经理", [Q(C05, "本科以上，20-35岁，英语专业者优先")], [["本科"], ["英语专业"], ["20-35"]], form="ellipsis"),
   T("要是换成文案策划岗呢", "qualification", "文案策划", [Q(C05, "大专以上，20-35岁，有经验者优先")], [["大专"], ["工作细心"]], form="switch role (换成X呢)"),
   T("这俩哪个学历要求高", "qualification", None, [Q(C05, "本科以上，20-35岁，英语专业者优先"), Q(C05, "大专以上，20-35岁，有经验者优先")],
     [["本科"], ["大专"]], attr="education", form="compare last two posts"),
])
FU(8, "hr", "生产主管这个岗要求几年相关经验呀", "attribute", "生产主管",
   [Q(C05, "有两年以上相关行业的工作经验")], [["两年"], ["相关行业"]], [
   T("专业和年龄有限制吗", "qualification", "生产主管", [Q(C05, "本科以上，25-45岁，注塑类相关专业")], [["注塑"], ["25-45"]], form="ellipsis (switch attribute)"),
   T("他日常管些什么", "duty", "生产主管", [Q(C05, "车间日常生产管理")], [["车间日常生产管理", "日常生产管理"], ["简化生产流程", "合理调配"]], form="pronoun"),
   T("那研发经理管啥", "duty", "研发经理", [Q(C05, "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]], form="switch role (bare ellipsis)"),
], attr="experience")
# ---- cx06 csv
FU(9, "hr", "慧算账招的DBA岗位职责是什么", "duty", "DBA",
   [L(C06, 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]], [
   T("那对候选人有啥硬性要求", "qualification", "DBA", [L(C06, 69, 74)], [["本科"], ["MySQL"], ["SQL审计"]], form="ellipsis"),
   T("他给多少钱", "attribute", "DBA", [L(C06, 62, 62)], [["15K"], ["45K"]], attr="pay", form="pronoun"),
   T("办公室设在哪个城市啊", "attribute", "DBA", [L(C06, 62, 62)], [["广州"], ["慧算账"]], attr="location", form="ellipsis (switch attribute)"),
])
FU(10, "manager", "测试经理要带团队吗，职责是啥", "duty", "测试工程师",
   [L(C06, 51, 56)], [["测试计划"], ["测试用例"], ["培训"]], [
   T("第五条说的什么", "duty", "测试工程师", [L(C06, 55, 55)], [["新成员"], ["培训"]], form="ordinal"),
   T("对工作年限卡得严不严", "qualification", "测试工程师", [L(C06, 58, 59)], [["5年以上"], ["1年3人以上", "团队管理经验"]], attr="experience", form="ellipsis"),
   T("换成DBA的话学历要求呢", "qualification", "DBA", [L(C06, 70, 70)], [["本科"], ["计算机"]], attr="education", form="switch role (换成X)"),
])
FU(11, "new_hire", "美团那个前端工程师要求几年经验", "attribute", "前端开发工程师",
   [L(C06, 86, 86)], [["3年"], ["互联网研发"]], [
   T("那京东物流招的前端研发呢", "qualification", "前端开发工程师", [L(C06, 99, 99)], [["3-5年"], ["本科"]], attr="experience", form="switch company (same title)"),
   T("他具体干什么活", "duty", "前端开发工程师", [L(C06, 97, 97)], [["物流供应链平台"], ["前端交互层"]], form="pronoun"),
   OOS("React和Vue哪个更好学", "OOS in the middle (framework question, near-miss)"),
], attr="experience")
FU(12, "hr", "宝洁的SRE要什么条件", "qualification", "平台Site Reliability Engineer",
   [L(C06, 125, 129)], [["4年以上系统管理员经验", "4年"], ["K8S"], ["英语"]], [
   T("这人坐班在哪儿", "attribute", "平台Site Reliability Engineer", [L(C06, 122, 122)], [["广州"], ["珠江新城"]], attr="location", form="pronoun"),
   T("工作内容是啥", "duty", "平台Site Reliability Engineer", [L(C06, 123, 123)], [["DevOps平台"], ["BU"]], form="ellipsis"),
   T("golang后段呢，要几年经验", "qualification", "Golang 后端", [L(C06, 35, 35)], [["2-5年"], ["Golang"]], attr="experience", form="switch role + typo"),
])
FU(13, "new_hire", "Moka产品经理的工作职责有哪些", "duty", "产品经理",
   [L(C06, 14, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]], [
   T("什么样的背景能加分", "qualification", "产品经理", [L(C06, 25, 26)], [["绩效业务经验"], ["OKR"]], form="ellipsis"),
   T("这岗开多少薪", "attribute", "产品经理", [L(C06, 13, 13)], [["15k-40k"], ["*15"]], attr="pay", form="ellipsis (switch attribute)"),
   OOS("能帮我写一份离职申请吗", "OOS at the end"),
])
# ---- cx07 html
FU(14, "hr", "钢构厂招焊工卡哪些条件", "qualification", "焊工",
   [L(C07, 130, 133)], [["高中"], ["焊工证"], ["40岁"]], [
   T("那埋弧焊的工人呢", "qualification", "埋弧焊工", [L(C07, 226, 226)], [["初中"], ["埋弧焊焊接经验", "三年以上"]], form="switch role (bare)"),
   T("他做什么工作", "duty", "埋弧焊工", [L(C07, 229, 229)], [["埋弧焊机"], ["钢结构焊接"]], form="pronoun"),
   T("这两个岗位年龄限制有啥不同", "qualification", None, [L(C07, 130, 130), L(C07, 226, 226)], [["40岁"], ["45岁"]], form="compare last two posts"),
])
FU(15, "new_hire", "钢结构厂机修工的工作内容", "duty", "机修工",
   [L(C07, 278, 287)], [["维护保养"], ["二级保养"], ["巡回检查"]], [
   T("第二条讲细点", "duty", "机修工", [L(C07, 281, 281)], [["设备安全员"], ["一级保养"]], form="ordinal"),
   T("需要证书吗", "attribute", "机修工", [L(C07, 272, 272)], [["资格证书"], ["职业培训"]], attr="certificate", form="ellipsis"),
   T("维修电工也要证吗", "attribute", "维修电工", [L(C07, 303, 309)], [["资格证书"], ["持证上岗"]], attr="certificate", form="switch role (也…吗)"),
])
FU(16, "new_hire", "钢构公司销售员待遇怎么样", "attribute", "销售员",
   [L(C07, 122, 123)], [["双休"], ["面议"], ["住宿"]], [
   T("职责呢", "duty", "销售员", [L(C07, 97, 103)], [["销售额"], ["拜访新老客户"], ["客户关系档案"]], form="ellipsis"),
   T("对英语水平卡到几级", "qualification", "销售员", [L(C07, 111, 111)], [["四级"], ["大专"]], form="ellipsis (switch attribute)"),
   OOS("大专学历能落户上海吗", "OOS at the end"),
], attr="pay")
FU(17, "manager", "采购员是干啥的", "duty", "采购员",
   [L(C07, 156, 177)], [["采购制度"], ["与供应商谈判", "供应商谈判"], ["采购计划"]], [
   T("还有其他的没", "duty", "采购员", [L(C07, 168, 177)], [["验收"], ["供应商目录"]], form="more"),
   T("他年龄要多大以下", "qualification", "采购员", [L(C07, 150, 150)], [["45周岁"], ["男"]], form="pronoun"),
])
FU(18, "hr", "生产技术部长这个职位要什么资历", "qualification", "生产技术部长",
   [L(C07, 74, 85)], [["10年以上"], ["车间主任"], ["走动式管理"]], [
   OOS("那岗位职责呢", "ellipsis -> near-miss OOS (no duties in page)"),
   T("学历最低到哪", "attribute", "生产技术部长", [L(C07, 74, 74)], [["大专"], ["机电一体化"]], attr="education", form="ellipsis (after refusal)"),
])
# ---- cx08 pdf
FU(19, "new_hire", "培训学校出纳上面是谁，再上一级呢", "attribute", "出纳",
   [Q(C08, "直接主管:分校校长")], [["分校校长"], ["总经理"]], [
   T("他有下属吗，跟谁平级", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["无"], ["会计"]], attr="subordinates", form="pronoun"),
   T("主要职责第七条是什么", "duty", "出纳", [Q(C08, "按领导审批过的退费手续")], [["退费"], ["领导审批"]], form="ordinal"),
   T("学历和证书呢", "qualification", "出纳", [Q(C08, "会计、金融类专业大专或以上学历")], [["大专"], ["会计从业资格证"]], attr="certificate", form="ellipsis (back to attributes)"),
], attr="reports_to")
FU(20, "hr", "总校出纳的岗位综述怎么写的", "attribute", "出纳",
   [Q(C08, "负责学校现金﹑银行业务")], [["现金"], ["银行业务"], ["账实相符"]], [
   T("从业年限要多久", "qualification", "出纳", [Q(C08, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], attr="experience", form="ellipsis"),
   OOS("出纳挪用公款会判几年", "OOS in the middle (legal, near-miss)"),
   T("对性别有没有偏好", "qualification", "出纳", [Q(C08, "性别不限(女姓佳)")], [["不限"], ["女"]], form="ellipsis after OOS"),
], attr="purpose")
# ---- cx09 md
FU(21, "manager", "人事行政部经里的考核指标分哪几类", "kpi", "人事行政部经理",
   [L(C09, 8, 23)], [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"]], [
   T("内部运营类占多少权重，包括哪些", "kpi", "人事行政部经理", [L(C09, 10, 16)], [["50%"], ["工作目标完成率"], ["绩效、薪资管理完成率"]], form="ellipsis (pick a category)"),
   T("有没有权重为零的指标", "kpi", "人事行政部经理", [L(C09, 15, 15)], [["工作流程改善目标完成率"], ["0%"]], form="ellipsis"),
   T("后勤那边被投诉了是怎么扣分的", "kpi", "人事行政部经理", [L(C09, 18, 18)], [["扣1分"], ["后勤投诉次数"]], form="shortened indicator name"),
])
FU(22, "hr", "人事行政经理客户类考核看什么", "kpi", "人事行政部经理",
   [L(C09, 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]], [
   T("那学习成长的呢", "kpi", "人事行政部经理", [L(C09, 19, 22)], [["部门员工保有率"], ["员工测评"], ["人力计划完成率"]], form="ellipsis (switch category)"),
   T("员工保有率那项的计分规则", "kpi", "人事行政部经理", [L(C09, 19, 19)], [["70%"], ["0分"]], form="shortened indicator name"),
   T("财务部内控那张表里，月底结帐怎么考核", "kpi", "财务分析会计", [L(C14, 6, 7)], [["耽误一次得0分"], ["错一次得80分"]], form="switch document"),
])
# ---- cx10 GBK txt
FU(23, "new_hire", "导购员要做哪些事", "duty", "导购",
   [L(C10, 9, 17), L(C10, 23, 29), L(C10, 43, 51)], [["收银"], ["盘点"], ["陈列", "上架陈设摆放"]], [
   T("他向哪个领导负责", "attribute", "导购", [L(C10, 43, 43)], [["店长"], ["领导"]], attr="reports_to", form="pronoun"),
   T("那招这种岗位对应聘者提啥要求呢", "qualification", "导购", [L(C10, 33, 39)], [["学历不限"], ["轮班"], ["粤语"]], form="ellipsis"),
   T("第四条是什么", "qualification", "导购", [L(C10, 39, 39)], [["卖场促销"], ["粤语"]], form="ordinal"),
])
# ---- cx11 txt
FU(24, "new_hire", "酒店前台的上班时间怎么安排", "attribute", "酒店前台",
   [L(C11, 14, 15)], [["两班"], ["8:00"], ["4天"]], [
   T("有什么福利", "attribute", "酒店前台", [L(C11, 16, 16)], [["生日"], ["免费食宿"]], attr="benefits", form="ellipsis (switch attribute)"),
   T("职责第三条", "duty", "酒店前台", [L(C11, 5, 5)], [["预订系统"], ["房态"]], form="ordinal"),
   OOS("附近有什么好吃的餐厅推荐吗", "OOS at the end (chit-chat)"),
], attr="benefits")
FU(25, "hr", "做酒店前台得具备哪些能力", "qualification", "酒店前台",
   [L(C11, 9, 12)], [["亲和力"], ["收银系统"], ["应变"]], [
   T("遇到客诉怎么处理", "duty", "酒店前台", [L(C11, 6, 6)], [["安抚情绪"], ["上报主管"]], form="ellipsis (implicit role)"),
   T("交接班要做什么", "duty", "酒店前台", [L(C11, 7, 7)], [["清点"], ["交接记录"]], form="ellipsis (implicit role)"),
])
# ---- cx12 BOM txt
FU(26, "new_hire", "行政主管的直属上级和所在部门", "attribute", "行政主管",
   [L(C12, 9, 10), L(C12, 15, 16)], [["行政经理"], ["行政管理部"]], [
   T("他那部分主要的行政管理活具体包括啥", "duty", "行政主管", [L(C12, 39, 47)], [["大事记"], ["办公用品"], ["固定资产"]], form="pronoun"),
   T("这块工作占他多少时间", "duty", "行政主管", [L(C12, 38, 39)], [["65"], ["主要负责的行政管理工作"]], form="pronoun (这块)"),
   OOS("那这些工作的业绩衡量标准怎么定的", "ellipsis -> near-miss OOS (略)"),
], attr="reports_to")
# ---- cx13 txt
FU(27, "hr", "人力资源专员的任职资格", "qualification", "人力资源专员",
   [L(C13, 3, 7)], [["本科"], ["1-2年"], ["MS Office"]], [
   T("专业要求呢", "attribute", "人力资源专员", [L(C13, 3, 3)], [["人力资源"], ["管理类"]], attr="major", form="ellipsis"),
   T("招聘专员(一级)的行为标准讲讲", "duty", "招聘专员", [L(C13, 9, 20)], [["招聘文案"], ["转正考核"], ["异动手续"]], form="switch role"),
   T("2.3是什么意思", "duty", "招聘专员", [L(C13, 19, 20)], [["员工关系专员"], ["数据库"]], form="ordinal (numbered 2.3)"),
])
# ---- cx14 tab txt
FU(28, "manager", "财务分析会计考核哪几个KPI，各占多少权重", "kpi", "财务分析会计",
   [L(C14, 3, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["30%"], ["利润中心的操作维护"]], [
   T("财务分析报告怎么评分", "kpi", "财务分析会计", [L(C14, 12, 17)], [["格式"], ["数据的准确性"], ["报告提交的及时性"]], form="ellipsis (pick indicator)"),
   T("利润中心那项呢，数据从哪来", "kpi", "财务分析会计", [L(C14, 5, 5)], [["事业部的有效投诉"], ["-5分"]], form="ellipsis (switch indicator)"),
   T("那份评分表由谁填", "kpi", "财务分析会计", [L(C14, 10, 11)], [["财务部经理"], ["财务分析会计"]], form="pronoun (那份) back to earlier"),
])
# ---- cx15 txt
FU(29, "new_hire", "教务岗位对学历有啥要求", "attribute", "教务",
   [L(C15, 5, 5)], [["专科"], ["师范"]], [
   T("那对以往工作经历怎么要求", "qualification", "教务", [L(C15, 6, 6)], [["2年以上"], ["1年以上同岗位"]], attr="experience", form="ellipsis"),
   T("基本素养第二条", "qualification", "教务", [L(C15, 9, 9)], [["爱学生"], ["教育事业"]], form="ordinal"),
   OOS("教务每月工资多少", "OOS at the end (pay not stated)"),
], attr="education")
# ---- cx16 txt
FU(30, "hr", "薪酬核算专员一个月下来要做哪几件事", "duty", "薪资核算专员",
   [L(C16, 4, 13)], [["计提"], ["个税"], ["薪资发放"]], [
   T("把第6条展开说一下", "duty", "薪资核算专员", [L(C16, 9, 9)], [["个人所得税"], ["汇算清缴"]], form="ordinal"),
   T("要懂哪些法律", "qualification", "薪资核算专员", [L(C16, 17, 17)], [["劳动法"], ["个人所得税法"]], form="ellipsis"),
   T("那对学历的要求呢", "attribute", "薪资核算专员", [L(C16, 15, 15)], [["本科"], ["统计学"]], attr="education", form="ellipsis (switch attribute)"),
])

# ---- 6 single questions
def S(n, intent, persona, q, role, ev, kp, attr=None, tool=None, refusal=False):
    iid = f"xfu54-{ {'jd':'jd','kpi_design':'kd','attribute':'attr','out_of_scope':'oos'}[intent]}-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": refusal, "turns": None, "tool": tool})
S(1, "jd", "hr", "帮忙起草一份车辆调度员的JD", "车辆调度员",
  [Q(C02, "根据客户有车需求,对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "根据司机出车情况进行考核")],
  [["调配"], ["值班"], ["考核"]],
  tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [C02], "expect_sections": ["duties", "qualifications"]})
S(2, "jd", "hr", "给行政主管写个岗位说明书初稿", "行政主管", [L(C12, 42, 53)], [["大事记"], ["固定资产"], ["考勤"]],
  tool={"kind": "jd", "role": "行政主管", "must_cite_files": [C12], "expect_sections": ["duties"]})
S(3, "kpi_design", "manager", "帮审计部设计5个KPI", "审计部",
  [Q(C04, "审计计划执行率"), Q(C04, "审计结果准确性"), Q(C04, "审计报告归档率")],
  [["审计计划执行率"], ["审计结果准确性"], ["审计报告归档率"]],
  tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [C04],
        "expected_indicators": ["审计计划执行率", "审计结果准确性", "审计报告归档率"]})
S(4, "kpi_design", "manager", "人力资源部的绩效指标怎么设计，列几个给我", "人力资源部",
  [Q(C04, "招聘费用预算达成率"), Q(C04, "人员编制控制率"), Q(C04, "员工绩效计划的按时完成率")],
  [["招聘费用预算达成率"], ["人员编制控制率"], ["员工绩效计划的按时完成率"]],
  tool={"kind": "kpi_design", "role": "人力资源部", "count": None, "must_cite_files": [C04],
        "expected_indicators": ["招聘费用预算达成率", "人员编制控制率", "员工绩效计划的按时完成率"]})
S(5, "attribute", "new_hire", "高压值班电工得持什么证", "高压值班电工", [L(C07, 296, 296)], [["高压电工资格证"], ["三年以上"]], attr="certificate")
S(6, "out_of_scope", "new_hire", "仓储主管平时都干些啥", None, [], [], refusal=True)

out = Path(__file__).parent
with open(out / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        it = {k: v for k, v in it.items() if k != "_first"}
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(out / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), "items;", sum(len(i["turns"] or []) for i in items), "later turns")
