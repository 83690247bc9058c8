"""Generate set.jsonl and forms.json for round 61 / xfu (corpus-extra follow-ups)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
C01 = "cx01_财务部经理岗位说明书.docx"; C02 = "cx02_车辆调度员岗位说明书.docx"; C03 = "cx03_培训部工作手册.docx"
C04 = "cx04_部门KPI指标库.xlsx"; C05 = "cx05_招聘岗位一览.xlsx"; C06 = "cx06_技术岗位招聘信息.csv"
C07 = "cx07_人才招聘.html"; C08 = "cx08_培训学校出纳岗位说明书.pdf"; C09 = "cx09_人事行政部经理绩效考核表.md"
C10 = "cx10_导购岗位职责.txt"; C11 = "cx11_酒店前台职位描述.txt"; C12 = "cx12_行政主管岗位说明书.txt"
C13 = "cx13_人力资源招聘专员行为标准.txt"; C14 = "cx14_财务部内控与财务分析KPI组成表.txt"
C15 = "cx15_教务工作岗位素能.txt"; C16 = "cx16_薪资核算专员职位描述.txt"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def Q(f, q):
    return {"file": f, "quote": q}


def T(q, intent, role, ev, kp, forms, attr=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr:
        t["attribute"] = attr
    t["_forms"] = forms
    return t


def OOS(q, forms, role=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": [], "_forms": forms}


items = []


def FU(n, persona, q, role, attr, ev, kp, turns):
    items.append({"id": f"r61xfu-fu-{n:02d}", "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False, "turns": turns,
                  "tool": None})


FU(1, "new_hire", "调度员平时主要干些什么活？", "车辆调度员", None,
   [Q(C02, "1.根据客户有车需求,对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "1.根据司机出车情况进行考核")],
   [["调配"], ["值班"], ["考核"]],
   [T("那这个岗位归谁管，向谁汇报", "attribute", "车辆调度员", [Q(C02, "车辆租赁中心主任")], [["车辆租赁中心主任"], ["租赁中心"]], ["pronoun", "switch_attribute"], "reports_to"),
    T("那对学历卡得严吗", "attribute", "车辆调度员", [Q(C02, "高中及以上")], [["高中及以上"], ["高中"]], ["ellipsis", "switch_attribute"], "education"),
    T("他干得好不好看哪几条业绩标准", "kpi", "车辆调度员", [Q(C02, "1.工作及时率达95%以上"), Q(C02, "2.客户满意率达90%以上"), Q(C02, "4.突发事件处理及时率达100%")],
      [["及时率"], ["客户满意率"], ["突发事件"]], ["switch_attribute", "implicit_role"])])

FU(2, "hr", "财务经理需要什么资格证书？", "财务部经理", "certificate",
   [Q(C01, "会计师资格证书")], [["会计师资格证书"], ["会计师"]],
   [T("得干过几年才够格", "attribute", "财务部经理", [Q(C01, "八年以工业企业财务管理经验,至少五年同职经历;")], [["八年"], ["五年"]], ["ellipsis", "switch_attribute"], "experience"),
    T("他手底下带哪几个岗位的人", "attribute", "财务部经理", [Q(C01, "财务会计、出纳"), Q(C01, "成本会计")], [["出纳"], ["财务会计", "成本会计"]], ["pronoun", "switch_attribute"], "subordinates"),
    OOS("顺便问下，现在个税起征点是多少", ["oos_mid"]),
    T("那他的岗位工作目标呢", "kpi", "财务部经理", [Q(C01, "1、经营管理成本预、核算准确率100;"), Q(C01, "3、库存周转率、应收账款周转率小于期间额定标准;"), Q(C01, "7、无发生财务管理重大责任事故;")],
      [["准确率100"], ["库存周转率"], ["重大责任事故"]], ["pronoun", "back_after_oos"])])

FU(3, "manager", "我刚升培训部经理，平常要管哪些事", "培训部经理", None,
   [Q(C03, "a)责培训部的日常管理工作。"), Q(C03, "c)责培训部员工的工作安排与绩效考核。"), Q(C03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]],
   [T("刚才第4条什么意思，展开下", "duty", "培训部经理", [Q(C03, "d)责培训业务经营发展的规划,核心组课程的引入。")], [["经营发展的规划"], ["核心组课程"]], ["ordinal"]),
    OOS("那培训顾问的活儿是啥", ["switch_role", "near_miss_oos"], role=None),
    T("那整个培训部负责哪些事", "duty", None, [Q(C03, "2.1负责培训服务产品的开发和策划工作,为市场推广提供培训服务产品支持;"), Q(C03, "2.6负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核;"), Q(C03, "2.7负责公司培训档案的建立;")],
      [["培训服务产品的开发"], ["师资库"], ["培训档案"]], ["switch_to_department", "back_after_oos"])])

FU(4, "hr", "人力资源部一般拿哪些KPI来考核", None, None,
   [Q(C04, "部门费用预算达成率"), Q(C04, "员工满意度调查"), Q(C04, "人员编制控制率")],
   [["部门费用预算达成率"], ["员工满意度"], ["人员编制控制率"]],
   [T("其中招聘那个平均天数怎么算", "kpi", None, [Q(C04, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]], ["reference_to_list_item"]),
    T("财务部那边的KPI呢", "kpi", None, [Q(C04, "公司财务预算达成率"), Q(C04, "现金收支准确性"), Q(C04, "财务资料完好性")], [["公司财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]], ["ellipsis", "switch_department"]),
    T("审计部那张表上有啥", "kpi", None, [Q(C04, "审计计划执行率"), Q(C04, "审计报告归档率"), Q(C04, "审计结果准确性")], [["审计计划执行率"], ["审计报告归档率"], ["审计结果准确性"]], ["ellipsis", "switch_department"])])

FU(5, "manager", "机械技术员要做什么", "机械技术员", None,
   [Q(C05, "协助工程师完成车间机器的维修")], [["维修"], ["治具"], ["革新"]],
   [T("招这个岗要啥条件", "qualification", "机械技术员", [Q(C05, "机械技术底子深厚")], [["大专以上"], ["20-45岁"], ["机械技术底子"]], ["ellipsis"]),
    T("换成研发经理的话条件是啥", "qualification", "研发经理", [Q(C05, "模具设计类专业，有经验者优先")], [["本科以上"], ["模具设计"], ["市场洞察力"]], ["switch_role"]),
    T("这俩比起来，谁学历门槛更高", "attribute", "研发经理", [Q(C05, "模具设计类专业，有经验者优先"), Q(C05, "机械技术底子深厚")], [["本科"], ["大专"]], ["compare_last_two"], "education")])

FU(6, "new_hire", "注塑厂的生产主管招聘要求是什么", "生产主管", None,
   [Q(C05, "25-45岁，注塑类相关专业")], [["本科以上"], ["注塑"], ["两年以上"]],
   [T("他进来以后主要管什么", "duty", "生产主管", [Q(C05, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], ["pronoun"]),
    T("销售经理要出差吗", "duty", "销售经理", [Q(C05, "每年有1~2次到上海等地出差")], [["上海"], ["1~2次"]], ["switch_role"]),
    T("这个岗位包吃住吗", "attribute", "销售经理", [Q(C05, "20-35岁，英语专业者优先")], [["免费食宿"], ["薪资面议"]], ["pronoun", "switch_attribute"], "benefits")])

FU(7, "hr", "慧算账招的DBA平时干哪些事", "DBA", None,
   [L(C06, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
   [T("应聘这个DBA有啥硬性要求", "qualification", "DBA", [L(C06, 69, 74)], [["本科"], ["MySQL"], ["高可用"]], ["ellipsis"]),
    T("这个开多少钱", "attribute", "DBA", [L(C06, 62)], [["15K"], ["45K"]], ["ellipsis", "switch_attribute"], "pay"),
    T("同公司的测试经理薪资呢", "attribute", "测试工程师", [L(C06, 50)], [["15K"], ["45K"]], ["switch_role", "company_named"], "pay")])

FU(8, "manager", "慧算账测试经理岗要求几年测试经验", "测试工程师", "experience",
   [L(C06, 58, 59)], [["5年以上"], ["1年3人以上"]],
   [T("那他的职责有哪些", "duty", "测试工程师", [L(C06, 50, 56)], [["测试计划"], ["测试工具"], ["培训"]], ["pronoun", "switch_attribute"]),
    T("第五条具体是什么意思", "duty", "测试工程师", [L(C06, 55)], [["新成员"], ["业务培训"]], ["ordinal"]),
    T("数据库方面有什么要求", "qualification", "测试工程师", [L(C06, 61)], [["Oracle"], ["MySQL"]], ["switch_attribute", "implicit_role"])])

FU(9, "new_hire", "宝洁那个SRE是做什么的", "平台Site Reliability Engineer", None,
   [L(C06, 122, 124)], [["DevOps平台"], ["运维"], ["BU"]],
   [T("那应聘门槛高不高", "qualification", "平台Site Reliability Engineer", [L(C06, 125, 129)], [["4年以上"], ["K8S"], ["英语"]], ["ellipsis"]),
    T("他们在哪儿办公", "attribute", "平台Site Reliability Engineer", [L(C06, 122)], [["广州"], ["珠江新城"]], ["ellipsis", "switch_attribute"], "location")])

FU(10, "hr", "美团前端工程师的岗位职责", "前端开发工程师", None,
   [L(C06, 79, 83)], [["CRM"], ["中后台"], ["培养团队成员"]],
   [T("岗位基本要求有哪些", "qualification", "前端开发工程师", [L(C06, 85, 90)], [["3年及以上"], ["CSS"], ["团队合作"]], ["ellipsis"]),
    T("京东物流那个前端研发的要求呢", "qualification", "前端开发工程师", [L(C06, 98, 108)], [["3-5年"], ["React/Vue"], ["小程序"]], ["switch_company", "pronoun"]),
    T("这两个哪个要求工作年限更长", "attribute", "前端开发工程师", [L(C06, 86), L(C06, 99)], [["3年及以上"], ["3-5年"]], ["compare_last_two"], "experience")])

FU(11, "hr", "golang后端要求几年经验", "Golang 后端", "experience",
   [L(C06, 35)], [["2-5"], ["Golang"]],
   [T("有什么是加分的", "qualification", "Golang 后端", [L(C06, 44, 49)], [["terraform"], ["开源作品"], ["运维开发"]], ["ellipsis"]),
    T("能远程吗，base在哪", "attribute", "Golang 后端", [L(C06, 27)], [["杭州"], ["远程"]], ["ellipsis", "switch_attribute"], "location"),
    OOS("Go语言的goroutine一般怎么用", ["near_miss_oos", "programming"])])

FU(12, "manager", "Moka的产品经理职位要求是啥", "产品经理", None,
   [L(C06, 19, 23)], [["需求识别"], ["学习能力"], ["Ownership"]],
   [T("有没有加分的条件", "qualification", "产品经理", [L(C06, 25, 26)], [["绩效"], ["OKR"]], ["ellipsis"]),
    T("职责里的第三条是什么", "duty", "产品经理", [L(C06, 16)], [["用户行为数据分析"], ["优化产品"]], ["ordinal", "switch_attribute"])])

FU(13, "new_hire", "销售员岗位职责", "销售员", None,
   [L(C07, 96, 104)], [["销售额"], ["拜访"], ["客户关系档案"]],
   [T("需要什么学力", "attribute", "销售员", [L(C07, 111)], [["大专及以上"], ["大专"]], ["ellipsis", "typo"], "education"),
    T("福利待遇方面说了啥", "attribute", "销售员", [L(C07, 122, 123)], [["双休"], ["社会保险"], ["住宿"]], ["ellipsis", "switch_attribute"], "benefits"),
    T("采购员学历要求呢", "attribute", "采购员", [L(C07, 150)], [["大专及以上"], ["物流及供应链"]], ["switch_role", "back_to_earlier_attribute"], "education")])

FU(14, "hr", "钢结构厂招焊工要持什么证", "焊工", "certificate",
   [L(C07, 133)], [["焊工证"], ["质监局"]],
   [T("年龄要求", "qualification", "焊工", [L(C07, 130)], [["40岁以下"], ["40"]], ["ellipsis", "switch_attribute"]),
    T("铆工的要求呢", "qualification", "铆工", [L(C07, 139, 144)], [["3年以上"], ["钢结构"], ["高中"]], ["switch_role"]),
    T("他俩哪个对经验要求更高", "attribute", "铆工", [L(C07, 133), L(C07, 143)], [["3年以上"], ["CO2", "焊工证"]], ["compare_last_two", "pronoun"], "experience")])

FU(15, "manager", "机修工每天具体干啥", "机修工", None,
   [L(C07, 275, 289)], [["钳台"], ["二级保养"], ["巡回检查"]],
   [T("把第2条展开讲讲", "duty", "机修工", [L(C07, 281)], [["设备安全员"], ["易损件"], ["一级保养"]], ["ordinal"]),
    T("那维修电工干些啥", "duty", "维修电工", [L(C07, 305, 320)], [["例保"], ["挂牌"], ["修理记录"]], ["switch_role", "ellipsis"]),
    T("这俩岗位的任职要求有什么区别", "qualification", "维修电工", [L(C07, 272), L(C07, 303)], [["机械"], ["电气"], ["5年以上"]], ["compare_last_two"])])

FU(16, "hr", "招生产技术部长看重哪些资格", "生产技术部长", None,
   [L(C07, 73, 86)], [["大专及以上"], ["10年以上"], ["车间主任"]],
   [OOS("这个部长具体负责啥工作", ["pronoun", "near_miss_oos"]),
    T("任职资格第三条具体是什么", "qualification", "生产技术部长", [L(C07, 81)], [["经营管理"], ["1年及以上"], ["事业部总经理"]], ["ordinal", "back_after_oos"])])

FU(17, "new_hire", "高压值班电工必须持哪种证", "高压值班电工", "certificate",
   [L(C07, 296)], [["高压电工资格证"], ["高压电工"]],
   [T("要干过几年值班", "attribute", "高压值班电工", [L(C07, 296)], [["三年以上"], ["值班高压电工"]], ["ellipsis", "switch_attribute"], "experience"),
    T("电气技术储备岗招应届生吗", "qualification", "电气技术储备", [L(C07, 254)], [["应届毕业生"], ["一年以上"]], ["switch_role"]),
    T("这个储备岗进去做什么", "duty", "电气技术储备", [L(C07, 257, 265)], [["维修电工"], ["电气原理", "故障排除"]], ["pronoun", "switch_attribute"])])

FU(18, "new_hire", "培训学校那个出纳岗直接向谁汇报", "出纳", "reports_to",
   [Q(C08, "直接主管:分校校长")], [["分校校长"], ["直接主管"]],
   [T("那隔一级的领导又是谁", "attribute", "出纳", [Q(C08, "直接主管:分校校长")], [["总经理"], ["隔级"]], ["ellipsis"], "reports_to"),
    T("她主要负责哪些事", "duty", "出纳", [Q(C08, "每天报财务“资金汇报”;"), Q(C08, "按时、准确地发放员工工资、奖金"), Q(C08, "按领导审批过的退费手续")], [["资金汇报"], ["工资"], ["退费"]], ["pronoun", "switch_attribute"]),
    T("第7条能解释下吗", "duty", "出纳", [Q(C08, "按领导审批过的退费手续")], [["退费"], ["审批"]], ["ordinal"])])

FU(19, "hr", "出纳岗需要会计从业资格证吗", "出纳", "certificate",
   [Q(C08, "会计、金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["大专"]],
   [T("这岗位招男生还是女生", "qualification", "出纳", [Q(C08, "性别不限(女姓佳)")], [["不限"], ["女"]], ["ellipsis", "switch_attribute"]),
    OOS("那薪资级别是多少", ["ellipsis", "near_miss_oos", "oos_mid"]),
    T("回到要求上，得有几年出纳经验", "attribute", "出纳", [Q(C08, "2年以上出纳工作经验;")], [["2年以上"], ["出纳工作经验"]], ["ellipsis", "back_after_oos"], "experience")])

FU(20, "manager", "人事行政部经理的考合指标有哪些", "人事行政部经理", None,
   [L(C09, 6, 23)], [["工作目标完成率"], ["后勤投诉次数"], ["部门员工保有率"]],
   [T("内部运营类占多少权重", "kpi", "人事行政部经理", [L(C09, 10)], [["50%"], ["内部运营类"]], ["implicit_role"]),
    T("客户类那块占多少、考啥", "kpi", "人事行政部经理", [L(C09, 17, 18)], [["10%"], ["内部员工满意率"], ["后勤投诉次数"]], ["ellipsis"]),
    T("后勤投诉被投诉一次扣几分", "kpi", "人事行政部经理", [L(C09, 18)], [["扣1分"], ["投诉一次"]], ["reference_to_list_item"])])

FU(21, "hr", "人事行政部经理绩效表里权重是0的是哪个", "人事行政部经理", None,
   [L(C09, 15)], [["工作流程改善目标完成率"], ["0%"]],
   [T("权重最高的指标呢", "kpi", "人事行政部经理", [L(C09, 14)], [["绩效、薪资管理完成率"], ["15%"]], ["ellipsis"]),
    T("这一项怎么算分", "kpi", "人事行政部经理", [L(C09, 14)], [["扣2分"], ["因个人原因"]], ["pronoun"])])

FU(22, "new_hire", "专卖店的导购员上头是谁", "导购", "reports_to",
   [L(C10, 43)], [["店长"], ["对店长负责"]],
   [T("他早上到店先要干啥", "duty", "导购", [L(C10, 47, 49)], [["样板"], ["标签"], ["POP"]], ["pronoun"]),
    T("招导购有什么条件", "qualification", "导购", [L(C10, 31, 39)], [["学历不限"], ["轮班"], ["粤语"]], ["switch_attribute", "implicit_role"]),
    T("第四条说的是什么", "qualification", "导购", [L(C10, 39)], [["卖场促销"], ["粤语"], ["专业培训"]], ["ordinal"])])

FU(23, "new_hire", "前台每个月休几天", "酒店前台", "benefits",
   [L(C11, 14)], [["4天"], ["调休"]],
   [T("那每天几点上班几点下班", "attribute", "酒店前台", [L(C11, 15)], [["两班"], ["8:00"], ["16:00"]], ["ellipsis"], "benefits"),
    T("除了这些还有别的福利没", "attribute", "酒店前台", [L(C11, 16)], [["生日"], ["免费食宿"]], ["more"], "benefits"),
    T("退房结算那块具体做什么", "duty", "酒店前台", [L(C11, 4)], [["迷你吧"], ["收银系统"], ["电子支付"]], ["switch_attribute", "reference_to_list_item"])])

FU(24, "hr", "酒店前台的岗位核心要求", "酒店前台", None,
   [L(C11, 8, 12)], [["形象良好"], ["预订系统"], ["合规意识"]],
   [T("导购呢", "qualification", "导购", [L(C10, 31, 39)], [["学历不限"], ["沟通能力"], ["轮班"]], ["switch_role", "ellipsis"]),
    T("这两个岗位都要轮班吗", "qualification", "导购", [L(C11, 15), L(C10, 35)], [["两班轮班"], ["轮班制"]], ["compare_last_two"])])

FU(25, "manager", "行政主管直接向谁汇报工作", "行政主管", "reports_to",
   [L(C12, 9, 10)], [["行政经理"], ["直属上级", "上级"]],
   [T("归在哪个部门", "attribute", "行政主管", [L(C12, 15, 16)], [["行政管理部"], ["行政"]], ["ellipsis"], "department"),
    T("65%时间花在哪些工作上", "duty", "行政主管", [L(C12, 38, 47)], [["信息资料库"], ["大事记"], ["固定资产"]], ["implicit_role", "switch_attribute"]),
    OOS("这些活的业绩衡量标准分别是啥", ["pronoun", "near_miss_oos"])])

FU(26, "new_hire", "行政经理助理主要做啥", "行政主管", None,
   [L(C12, 26, 54)], [["行政服务"], ["行政管理制度"], ["考勤"]],
   [T("第三大块职责具体包括啥", "duty", "行政主管", [L(C12, 48, 54)], [["队伍建设"], ["考勤"], ["外联及接待"]], ["ordinal"]),
    OOS("工资等级呢", ["ellipsis", "near_miss_oos", "oos_mid"]),
    T("回到第一块，制度方面要做什么", "duty", "行政主管", [L(C12, 32, 37)], [["工作发展规划"], ["规章制度"], ["行政管理体系"]], ["back_to_earlier", "ordinal"])])

FU(27, "hr", "想应聘人力资源专员需要满足哪些条件", "人力资源专员", None,
   [L(C13, 2, 7)], [["本科及以上"], ["1-2年"], ["中英文"]],
   [T("对所学专业有限制吗", "attribute", "人力资源专员", [L(C13, 3)], [["人力资源"], ["管理类"]], ["ellipsis"], "major"),
    T("那招聘专员(一级)平时要做哪些事", "duty", "招聘专员", [L(C13, 8, 20)], [["招聘文案"], ["转正考核"], ["异动手续"]], ["switch_role"]),
    T("第二部分具体讲讲", "duty", "招聘专员", [L(C13, 15, 20)], [["转正考核"], ["异动手续"], ["数据"]], ["ordinal"])])

FU(28, "manager", "财务分析会计考核哪几项KPI", "财务分析会计", None,
   [L(C14, 2, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"]],
   [T("财务分析报告这项怎么打分", "kpi", "财务分析会计", [L(C14, 9, 17)], [["格式"], ["数据的准确性"], ["及时性"]], ["reference_to_list_item"]),
    T("各项权重多少", "kpi", "财务分析会计", [L(C14, 13, 16)], [["10%"], ["30%"]], ["ellipsis"]),
    T("利润中心操作维护那项的权重和扣分呢", "kpi", "财务分析会计", [L(C14, 5)], [["20%"], ["有效投诉"], ["0分"]], ["back_to_earlier", "ellipsis"])])

FU(29, "new_hire", "教务岗的学历要求", "教务", "education",
   [L(C15, 5)], [["专科"], ["师范"]],
   [T("需要多少年工作经历", "attribute", "教务", [L(C15, 6)], [["2年以上"], ["1年以上"]], ["ellipsis"], "experience"),
    T("基本素养要求列了几条", "qualification", "教务", [L(C15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], ["switch_attribute", "implicit_role"]),
    T("第3条素养具体怎么理解", "qualification", "教务", [L(C15, 10)], [["包容"], ["乐观面对"]], ["ordinal"])])

FU(30, "hr", "薪酬核算专员的职责", "薪资核算专员", None,
   [L(C16, 3, 13)], [["计提"], ["个税申报"], ["年终奖"]],
   [T("第六条具体是什么", "duty", "薪资核算专员", [L(C16, 9)], [["个人所得税"], ["汇算清缴"]], ["ordinal"]),
    T("要熟悉哪些法律", "qualification", "薪资核算专员", [L(C16, 17)], [["劳动法"], ["个人所得税法"]], ["switch_attribute", "implicit_role"]),
    OOS("深圳今年社保缴费比例是多少", ["oos_mid"]),
    T("言归正传，他要几年核算经验", "attribute", "薪资核算专员", [L(C16, 16)], [["2年以上"], ["薪酬核算经验"]], ["pronoun", "back_after_oos"], "experience")])


def S(n, persona, intent, q, role, attr, ev, kp, tool=None):
    items.append({"id": f"r61xfu-{intent}-{n:02d}", "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope",
                  "turns": None, "tool": tool})


S(1, "new_hire", "duty", "数控平面钻工平时干什么", "数控平面钻工", None, [L(C07, 199)], [["平面数控设备操作"], ["钢结构"]])
S(2, "hr", "attribute", "剪板机操作工招什么学历的", "剪板机操作工", "education", [L(C07, 186)], [["初中以上"], ["初中"]])
S(3, "manager", "kpi", "资金部的关键绩效指标都有哪些", None, None,
  [Q(C04, "公司资金预算达成率"), Q(C04, "资金收支准确度"), Q(C04, "资金使用评估报告编制及时率")],
  [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]])
S(4, "hr", "jd", "帮我出一份车辆调度员的JD", "车辆调度员", None,
  [Q(C02, "1.根据客户有车需求,对人员车辆进行合理调配"), Q(C02, "2.车辆值班安排"), Q(C02, "1.根据司机出车情况进行考核")],
  [["调配"], ["值班"], ["考核"]],
  {"kind": "jd", "role": "车辆调度员", "must_cite_files": [C02], "expect_sections": ["duties", "qualifications"]})
S(5, "manager", "kpi_design", "给人力资源部设计5个KPI", None, None,
  [Q(C04, "员工满意度调查"), Q(C04, "招聘费用预算达成率"), Q(C04, "人员编制控制率")],
  [["员工满意度"], ["招聘费用预算达成率"], ["人员编制控制率"]],
  {"kind": "kpi_design", "role": "人力资源部", "count": 5, "must_cite_files": [C04],
   "expected_indicators": ["员工满意度", "招聘费用预算达成率", "人员编制控制率"]})
S(6, "new_hire", "out_of_scope", "我们想招个仓储主管，他的职责一般写啥", None, None, [], [])

forms = {}
for it in items:
    for i, t in enumerate(it.get("turns") or [], 1):
        forms[f"{it['id']}/turn{i}"] = {"question": t["question"], "forms": t.pop("_forms")}
with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
(HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items,", len(forms), "later turns")
