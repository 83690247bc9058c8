"""Builds set.jsonl and forms.json for round 44 / xfu (follow-up conversations over corpus-extra)."""
import json
from pathlib import Path
OUT = Path(__file__).parent
F = {1: "cx01_财务部经理岗位说明书.docx", 2: "cx02_车辆调度员岗位说明书.docx", 3: "cx03_培训部工作手册.docx",
 4: "cx04_部门KPI指标库.xlsx", 5: "cx05_招聘岗位一览.xlsx", 6: "cx06_技术岗位招聘信息.csv", 7: "cx07_人才招聘.html",
 8: "cx08_培训学校出纳岗位说明书.pdf", 9: "cx09_人事行政部经理绩效考核表.md", 10: "cx10_导购岗位职责.txt",
 11: "cx11_酒店前台职位描述.txt", 12: "cx12_行政主管岗位说明书.txt", 13: "cx13_人力资源招聘专员行为标准.txt",
 14: "cx14_财务部内控与财务分析KPI组成表.txt", 15: "cx15_教务工作岗位素能.txt", 16: "cx16_薪资核算专员职位描述.txt"}

def L(f, a, b=None): return {"file": F[f], "line_start": a, "line_end": b or a}
def Q(f, q): return {"file": F[f], "quote": q}
def T(form, q, intent, role, ev, kp, attr=None):
    t = {"question": q, "intent": intent, "role": role}
    if attr: t["attribute"] = attr
    t.update(evidence=ev, key_points=kp)
    return (form, t)
def O(form, q): return (form, {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []})

# first turn: (persona, T(...)) ; later turns: list of T/O
C = []
def conv(persona, first, *later): C.append((persona, first, list(later)))

conv("hr", T("first", "财务部经理直接向谁汇报？", "attribute", "财务部经理", [Q(1, "财务总监"), Q(1, "直接上级")], [["财务总监", "财务部总监"], ["直接上级", "上级"]], "reports_to"),
     T("pronoun", "那他手下管着哪几个人", "attribute", "财务部经理", [Q(1, "财务会计、出纳")], [["财务会计", "成本会计"], ["出纳"]], "subordinates"),
     T("ellipsis", "这个岗位要持哪种证书", "attribute", "财务部经理", [Q(1, "会计师资格证书"), Q(1, "职业资格")], [["会计师资格证书", "会计师"], ["职业资格", "资格证书"]], "certificate"),
     T("ellipsis", "工作年限有啥要求", "attribute", "财务部经理", [Q(1, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "experience"))
conv("new_hire", T("first", "车俩调度员平时主要干啥活", "duty", "车辆调度员", [Q(2, "根据客户有车需求,对人员车辆进行合理调配"), Q(2, "2.车辆值班安排")], [["合理调配"], ["值班"]]),
     T("ordinal", "第二项职责具体讲讲", "duty", "车辆调度员", [Q(2, "根据司机的技术状况和车辆状况合理安排出车"), Q(2, "向司机交待清楚时间、地点、任务和注意事项")], [["技术状况"], ["注意事项"]]),
     T("ellipsis", "学历要到什么程度", "attribute", "车辆调度员", [Q(2, "高中及以上")], [["高中"], ["及以上", "以上"]], "education"),
     T("switch_attr", "业绩是按什么标准衡量的", "kpi", "车辆调度员", [Q(2, "工作及时率达95%以上"), Q(2, "客户满意率达90%以上")], [["95%"], ["90%"]]))
conv("manager", T("first", "培训部经理都要负责哪些工作", "duty", "培训部经理", [Q(3, "责培训部的日常管理工作。"), Q(3, "责培训部员工的工作安排与绩效考核。")], [["日常管理"], ["绩效考核"]]),
     T("more", "还有没有其他的", "duty", "培训部经理", [Q(3, "负责合理安排培训资源"), Q(3, "协助市场部进行培训市场开发工作")], [["培训市场"], ["培训资源"]]),
     O("switch_role_oos", "换成培训顾问呢，他负责什么"),
     T("back", "回到培训部经理，规章制度这块他管什么", "duty", "培训部经理", [Q(3, "责培训部内部各项规章制度与工作计划的制定和执行。")], [["规章制度"], ["工作计划"]]))
conv("hr", T("first", "人力资源部的KPI库里，财务类指标都有啥", "kpi", None, [Q(4, "部门费用预算达成率"), Q(4, "薪资总量预算安排达成率"), Q(4, "招聘费用预算达成率"), Q(4, "培训费用预算达成率")], [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]]),
     T("ordinal", "第三个指标是什么意思", "kpi", None, [Q(4, "当年实际发生招聘费用与预算费用的比例")], [["招聘费用"], ["预算费用"]]),
     T("ellipsis", "那内部营运类的呢", "kpi", None, [Q(4, "制度和流程的书面化比率"), Q(4, "员工工资出错次数"), Q(4, "人员编制控制率")], [["制度和流程的书面化比率"], ["员工工资出错次数"], ["人员编制控制率"]]),
     T("switch_dept", "审计部有哪些", "kpi", None, [Q(4, "审计计划执行率"), Q(4, "审计报告归档率")], [["审计计划执行率"], ["审计报告归档率"]]))
conv("new_hire", T("first", "那家做注塑模具的厂招生产主管，要什么条件", "qualification", "生产主管", [Q(5, "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["注塑"], ["两年以上"]]),
     T("pronoun", "他主要管哪些事", "duty", "生产主管", [Q(5, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]]),
     T("switch_role", "要是换成研发经理呢", "duty", "研发经理", [Q(5, "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]]),
     T("compare", "这俩岗位学历要求一样吗", "attribute", None, [Q(5, "本科以上，25-45岁，注塑类相关专业"), Q(5, "本科以上，20-45岁，模具设计类专业")], [["本科"], ["以上"]], "education"))
conv("hr", T("first", "DBA这个岗位要做些什么", "duty", "DBA", [L(6, 62, 68)], [["容量规划"], ["备份恢复"], ["SQL调优"]]),
     T("ellipsis", "对学历有要求没", "attribute", "DBA", [L(6, 70)], [["本科"], ["及以上"]], "education"),
     T("ellipsis", "办公地点在哪座城市", "attribute", "DBA", [L(6, 62)], [["广州"], ["慧算账", "研发广州平台"]], "location"),
     T("ellipsis", "月薪大概给多少", "attribute", "DBA", [L(6, 62)], [["15K"], ["45K"]], "pay"))
conv("manager", T("first", "慧算账招的测试经理要几年经验", "attribute", "测试工程师", [L(6, 58)], [["5年以上"], ["测试工作经验"]], "experience"),
     T("ellipsis", "要求带过团队吗", "qualification", "测试工程师", [L(6, 59)], [["团队管理经验"], ["3人以上"]]),
     T("ordinal", "职责里第三条说的是啥", "duty", "测试工程师", [L(6, 53)], [["测试工具"], ["创新"]]),
     T("compare", "同一家公司的DBA薪资跟它一样吗", "attribute", "DBA", [L(6, 50), L(6, 62)], [["15K"], ["45K"]], "pay"))
conv("new_hire", T("first", "宝洁的SRE主要干什么", "duty", "平台Site Reliability Engineer", [L(6, 122, 123)], [["DevOps平台"], ["运维"]]),
     T("ellipsis", "英语要好吗", "qualification", "平台Site Reliability Engineer", [L(6, 129)], [["英语能力"], ["有一定", "一定"]]),
     O("oos_mid", "今天广州天气怎么样"),
     T("pronoun", "那它要求几年工作经验", "attribute", "平台Site Reliability Engineer", [L(6, 125)], [["4年以上"], ["系统管理员"]], "experience"))
conv("hr", T("first", "Go后端的岗位要求有哪些", "qualification", "Golang 后端", [L(6, 35, 42)], [["Golang"], ["k8s"], ["MySQL"]]),
     T("ellipsis", "那加分的条件有哪些", "qualification", "Golang 后端", [L(6, 44, 49)], [["terraform"], ["开源作品"]]),
     T("ellipsis", "可以在哪里办公", "attribute", "Golang 后端", [L(6, 27)], [["杭州"], ["远程"]], "location"))
conv("manager", T("first", "京东物流招的前端要会哪些框架", "attribute", "前端开发工程师", [L(6, 101)], [["React"], ["Vue"]], "skills"),
     T("ellipsis", "学历方面呢", "attribute", "前端开发工程师", [L(6, 99)], [["本科"], ["全日制"]], "education"),
     T("switch_company", "美团那个前端要几年经验", "attribute", "前端开发工程师", [L(6, 86)], [["3年及以上"], ["互联网研发"]], "experience"),
     T("compare", "这俩哪个经验要求更高", "qualification", "前端开发工程师", [L(6, 86), L(6, 99)], [["3-5年"], ["3年及以上"]]))
conv("new_hire", T("first", "焊工需要考什么证", "attribute", "焊工", [L(7, 133)], [["焊工证"], ["质监局"]], "certificate"),
     T("ellipsis", "年龄上卡不卡", "qualification", "焊工", [L(7, 130)], [["40岁"], ["以下"]]),
     T("switch_role", "那换成埋弧焊工呢", "qualification", "埋弧焊工", [L(7, 226)], [["45岁"], ["以下"]]),
     T("pronoun", "那他具体干啥", "duty", "埋弧焊工", [L(7, 229)], [["埋弧焊机"], ["钢结构焊接"]]))
conv("hr", T("first", "钢构厂采购员日常工作内容有哪些", "duty", "采购员", [L(7, 153, 177)], [["采购制度"], ["供应商谈判"], ["采购计划"]]),
     T("ordinal", "第四条展开说一下", "duty", "采购员", [L(7, 165)], [["价格"], ["付款方式"], ["交货日期"]]),
     T("pronoun", "他对学历和专业怎么要求的", "qualification", "采购员", [L(7, 150)], [["大专"], ["物流及供应链管理"]]),
     T("ellipsis", "还要多少年经验", "attribute", "采购员", [L(7, 150)], [["3年以上"], ["采购主管"]], "experience"))
conv("new_hire", T("first", "钢结构厂的销售员待遇怎么样", "attribute", "销售员", [L(7, 123)], [["双休"], ["社会保险"], ["住宿"]], "benefits"),
     T("typo", "销受员需要会英语吗", "qualification", "销售员", [L(7, 111)], [["英语四级"], ["以上"]]),
     T("pronoun", "他平时都做些什么", "duty", "销售员", [L(7, 97, 103)], [["销售活动"], ["拜访新老客户"], ["开拓新客户"]]))
conv("manager", T("first", "机修工招聘要求有哪些", "qualification", "机修工", [L(7, 272)], [["50周岁以下"], ["中专"], ["5年以上"]]),
     T("compare", "跟维修电工的要求比有啥不一样", "qualification", "维修电工", [L(7, 272), L(7, 303)], [["机械"], ["电气"]]),
     T("typo", "维修电功第二条工作内容是什么", "duty", "维修电工", [L(7, 312)], [["例保"], ["大修"]]),
     T("back", "那机修工的第二条呢", "duty", "机修工", [L(7, 281)], [["二级保养"], ["设备安全员"]]))
conv("hr", T("first", "生产技术部长需要什么背景", "qualification", "生产技术部长", [L(7, 74, 85)], [["10年以上"], ["车间主任"]]),
     O("oos_mid", "这个岗位年薪能开到多少"),
     T("ellipsis", "专业上有限定吗", "attribute", "生产技术部长", [L(7, 74)], [["设备动力管理"], ["机电一体化"]], "major"))
conv("new_hire", T("first", "培训学校那个出纳的直接主管是哪位", "attribute", "出纳", [Q(8, "直接主管:分校校长")], [["分校校长"], ["直接主管"]], "reports_to"),
     T("pronoun", "她需要什么证书", "attribute", "出纳", [Q(8, "会计、金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证", "会计从业资格"], ["资格证"]], "certificate"),
     T("ordinal", "职责第七条是什么", "duty", "出纳", [Q(8, "按领导审批过的退费手续")], [["退费"], ["退费结算"]]),
     T("ellipsis", "性别有没有讲究", "qualification", "出纳", [Q(8, "性别不限(女姓佳)")], [["不限"], ["女"]]))
conv("hr", T("first", "出纳日常都要做哪些事情呀", "duty", "出纳", [Q(8, "每天报财务“资金汇报”"), Q(8, "根据各校区发来的收入数据进行数据录入")], [["资金汇报"], ["数据录入"]]),
     T("ellipsis", "要几年工作经验", "attribute", "出纳", [Q(8, "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "experience"),
     T("ellipsis", "那学历呢？", "attribute", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], [["大专"], ["以上"]], "education"))
conv("manager", T("first", "人事行政部经理的考核指标有哪些", "kpi", "人事行政部经理", [L(9, 8, 23)], [["办公用品费用控制的监管"], ["工作目标完成率"], ["后勤投诉次数"], ["部门员工保有率"]]),
     T("ellipsis", "客户类这块权重占多少", "kpi", "人事行政部经理", [L(9, 17)], [["10%"], ["客户类"]]),
     T("switch_attr", "单项里权重最大的是哪个", "kpi", "人事行政部经理", [L(9, 14)], [["绩效、薪资管理完成率"], ["15%"]]),
     T("ellipsis", "后勤投诉是怎么扣分的", "kpi", "人事行政部经理", [L(9, 18)], [["扣1分"], ["投诉一次"]]))
conv("hr", T("first", "人事行政经理学习成长类有哪些指标", "kpi", "人事行政部经理", [L(9, 19, 22)], [["部门员工保有率"], ["部门培训目标完成率"], ["人力计划完成率"]]),
     T("ordinal", "第一个的达标线是多少", "kpi", "人事行政部经理", [L(9, 19)], [["70%"], ["0分"]]),
     O("pronoun_oos", "这个岗位的日常职责是什么"),
     T("back", "再说回考核，制度及考勤那项怎么打分", "kpi", "人事行政部经理", [L(9, 23)], [["优秀5"], ["良好4分"]]))
conv("new_hire", T("first", "导购员归谁管", "attribute", "导购", [L(10, 43)], [["店长"], ["对店长负责", "接受其领导"]], "reports_to"),
     T("ellipsis", "每天早上要干嘛", "duty", "导购", [L(10, 47, 49)], [["样板"], ["POP"]]),
     T("switch_attr", "对性别和学历有要求吗", "qualification", "导购", [L(10, 33)], [["女"], ["学历不限"]]),
     T("ellipsis", "会说粤语有加分吗", "qualification", "导购", [L(10, 39)], [["粤语优先"], ["优先"]]))
conv("new_hire", T("first", "酒店前台上班时间怎么排", "attribute", "酒店前台", [L(11, 15)], [["两班轮班"], ["8:00"]], "benefits"),
     T("ellipsis", "每个月休息几天啊", "attribute", "酒店前台", [L(11, 14)], [["4天"], ["调休"]], "benefits"),
     T("ordinal", "工作内容第二条讲的是什么", "duty", "酒店前台", [L(11, 4)], [["退房结算"], ["收银系统"]]),
     T("switch_attr", "碰到客人投诉该怎么处理", "duty", "酒店前台", [L(11, 6)], [["安抚情绪"], ["上报主管"]]))
conv("hr", T("first", "前台需要具备什么能力", "qualification", "酒店前台", [L(11, 9, 12)], [["亲和力"], ["收银系统"], ["应变能力"]]),
     T("ellipsis", "有哪些福利", "attribute", "酒店前台", [L(11, 16)], [["生日"], ["免费食宿"]], "benefits"),
     O("oos_mid", "帮我写首关于春天的诗吧"),
     T("switch_role", "换成导购呢，要什么条件", "qualification", "导购", [L(10, 33, 39)], [["学历不限"], ["轮班"], ["沟通能力"]]))
conv("manager", T("first", "行政主管向谁汇报工作", "attribute", "行政主管", [L(12, 9, 10)], [["行政经理"], ["直属上级"]], "reports_to"),
     T("ellipsis", "他在哪个部门底下", "attribute", "行政主管", [L(12, 15, 16)], [["行政管理部"], ["所在部门"]], "department"),
     T("switch_attr", "哪块工作占的时间最多", "duty", "行政主管", [L(12, 38, 39)], [["65%"], ["行政管理工作"]]),
     O("near_miss_oos", "它的业绩衡量标准具体是什么"))
conv("hr", T("first", "行政经理助理要做哪些事情", "duty", "行政主管", [L(12, 32, 54)], [["年会"], ["考勤"], ["固定资产"]]),
     T("ordinal", "第三块具体是什么内容", "duty", "行政主管", [L(12, 48, 54)], [["队伍建设"], ["考勤"], ["外联"]]),
     T("switch_attr", "这个岗位设立的目的是什么", "attribute", "行政主管", [L(12, 25, 26)], [["行政服务支持"], ["协助行政经理"]], "purpose"))
conv("new_hire", T("first", "人力资源专员得是什么学历", "attribute", "人力资源专员", [L(13, 3)], [["本科"], ["及以上"]], "education"),
     T("ellipsis", "专业上有限制吗", "attribute", "人力资源专员", [L(13, 3)], [["人力资源"], ["经济"]], "major"),
     T("ellipsis", "英文要求高不高", "attribute", "人力资源专员", [L(13, 6)], [["中英文"], ["听、说、读、写", "听说读写"]], "skills"),
     T("switch_role", "招聘专员在转正考核这块负责啥", "duty", "招聘专员", [L(13, 15, 17)], [["转正考核"], ["转正通知"]]))
conv("manager", T("first", "财务分析报告这个指标权重多少", "kpi", "财务分析会计", [L(14, 4)], [["30%"], ["软指标"]]),
     T("pronoun", "它怎么评分", "kpi", "财务分析会计", [L(14, 12, 16)], [["格式"], ["数据的准确性"], ["报告提交的及时性"]]),
     T("typo", "月底结账呢", "kpi", "财务分析会计", [L(14, 6, 7)], [["25%"], ["耽误一次得0分"]]),
     T("ellipsis", "利润中心那个的数据从哪来", "kpi", "财务分析会计", [L(14, 5)], [["事业部"], ["有效投诉"]]))
conv("new_hire", T("first", "做教务需要什么学历", "attribute", "教务", [L(15, 5)], [["大学专科"], ["师范"]], "education"),
     T("ellipsis", "工作经历呢", "attribute", "教务", [L(15, 6)], [["2年以上"], ["1年以上"]], "experience"),
     O("oos_mid", "这个岗位每月工资多少"),
     T("switch_attr", "形象上有要求吗", "qualification", "教务", [L(15, 3)], [["五官端正"], ["亲和力"]]))
conv("hr", T("first", "薪酬核算每个月要干哪些活", "duty", "薪资核算专员", [L(16, 4, 13)], [["计提"], ["个税"], ["薪资发放"]]),
     T("ordinal", "第六条呢", "duty", "薪资核算专员", [L(16, 9)], [["个人所得税"], ["汇算清缴"]]),
     T("switch_attr", "要懂哪些法律法规", "qualification", "薪资核算专员", [L(16, 17)], [["劳动法"], ["个人所得税法"]]),
     T("ellipsis", "有HR共享中心的经历算加分吗", "qualification", "薪资核算专员", [L(16, 16)], [["HRSSC", "共享服务中心"], ["优先"]]))
conv("manager", T("first", "资金部的KPI有哪几个", "kpi", None, [Q(4, "公司资金预算达成率"), Q(4, "资金收支准确度"), Q(4, "资金使用评估报告编制及时率")], [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]]),
     T("switch_dept", "财务部自己的指标呢", "kpi", None, [Q(4, "现金收支准确性"), Q(4, "财务资料完好性"), Q(4, "账务处理及时性")], [["现金收支准确性"], ["财务资料完好性"], ["账务处理及时性"]]),
     T("pronoun", "其中现金收支准确性怎么衡量", "kpi", None, [Q(4, "现金收支出错次数")], [["出错次数"], ["现金收支"]]))
conv("hr", T("first", "那个袜业公司的财务经理要什么学历", "attribute", "财务部经理", [Q(1, "会计专业本科学历")], [["本科"], ["会计专业"]], "education"),
     T("switch_role", "换成出纳，学历要求是啥", "attribute", "出纳", [Q(8, "会计、金融类专业大专或以上学历")], [["大专"], ["金融"]], "education"),
     T("compare", "这两个岗位谁要求的经验多", "attribute", None, [Q(1, "八年以工业企业财务管理经验"), Q(8, "2年以上出纳工作经验")], [["八年"], ["2年以上"]], "experience"),
     T("pronoun", "出纳的上级是不是财务部经理", "attribute", "出纳", [Q(8, "直接主管:分校校长")], [["分校校长"], ["直接主管"]], "reports_to"))

singles = [
 ("new_hire", T("single", "剪板机操作工具体干什么活", "duty", "剪板机操作工", [L(7, 189)], [["剪板机操作"], ["钢结构"]])),
 ("hr", T("single", "文案策划的任职要求是什么", "qualification", "文案策划", [Q(5, "大专以上，20-35岁，有经验者优先")], [["大专以上"], ["工作细心"]])),
 ("new_hire", T("single", "出纳的隔级领导是谁", "attribute", "出纳", [Q(8, "隔级领导:总经理")], [["总经理"], ["隔级领导"]], "reports_to")),
 ("manager", T("single", "员工绩效考核申诉处理及时性怎么计算", "kpi", None, [Q(4, "(按时完成的考核申诉/考核申诉的总数)*100%")], [["考核申诉的总数"], ["按时完成的考核申诉"]])),
 ("hr", O("single", "仓储主管的岗位职责有哪些")),
 ("new_hire", O("single", "签劳动合同时试用期最多能约定多长")),
]

items, forms = [], {}
for i, (persona, (_, first), later) in enumerate(C, 1):
    iid = f"x44f-fu-{i:02d}"
    it = {"id": iid, "persona": persona, "intent": "followup", **first,
          "expect_refusal": False, "turns": [t for _, t in later], "tool": None}
    it["first_intent"] = first["intent"]; del it["first_intent"]
    it["intent"] = "followup"
    items.append(it)
    forms[iid] = {str(k): f for k, (f, _) in enumerate(later, 2)}
for j, (persona, (_, t)) in enumerate(singles, 1):
    iid = f"x44f-{ {'duty':'duty','qualification':'qual','attribute':'attr','kpi':'kpi','out_of_scope':'oos'}[t['intent']] }-{j:02d}"
    it = {"id": iid, "persona": persona, **t, "expect_refusal": t["intent"] == "out_of_scope", "turns": None, "tool": None}
    items.append(it)
with open(OUT / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items: fh.write(json.dumps(it, ensure_ascii=False) + "\n")
(OUT / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
print(len(items), "items")
