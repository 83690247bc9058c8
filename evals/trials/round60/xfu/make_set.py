"""Writes set.jsonl and forms.json for round60/xfu (corpus-extra follow-up conversations)."""
import json
from pathlib import Path

HERE = Path(__file__).parent
F01 = "cx01_财务部经理岗位说明书.docx"; F02 = "cx02_车辆调度员岗位说明书.docx"; F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"; F05 = "cx05_招聘岗位一览.xlsx"; F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"; F08 = "cx08_培训学校出纳岗位说明书.pdf"; F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"; F11 = "cx11_酒店前台职位描述.txt"; F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"; F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"; F16 = "cx16_薪资核算专员职位描述.txt"

def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
def T(form, q, intent, role, ev, kp, attr=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: t["attribute"] = attr
    if intent == "out_of_scope": t["evidence"], t["key_points"] = [], []
    return form, t

items, forms = [], {}
def FU(n, persona, q, intent, role, ev, kp, turns, attr=None):
    iid = f"r60xfu-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for _, t in turns], "tool": None, "_first_intent": intent})
    forms[iid] = [f for f, _ in turns]

def OOS(): return []

# 1 cx02 调度员
FU(1, "new_hire", "我们车队新来的调度员主要干哪些活？", "duty", "车辆调度员",
   [Q(F02, "根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"), Q(F02, "根据司机出车情况进行考核")],
   [["合理调配"], ["值班"], ["考核", "考勤"]],
   [T("ellipsis", "那学历上有门槛吗", "attribute", "车辆调度员", [Q(F02, "高中及以上")], [["高中"], ["及以上"]], "education"),
    T("pronoun", "他平时听谁安排", "attribute", "车辆调度员", [Q(F02, "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "reports_to"),
    T("ordinal", "业绩标准第二条是什么", "kpi", "车辆调度员", [Q(F02, "2.客户满意率达90%以上")], [["客户满意率"], ["90%"]])])
# 2 cx01 财务部经理, company
FU(2, "hr", "袜业公司的财务经理要持什么证书？", "attribute", "财务部经理",
   [Q(F01, "会计师资格证书")], [["会计师"], ["资格证书", "资格证"]],
   [T("ellipsis", "那从业年头方面要求多久", "attribute", "财务部经理", [Q(F01, "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "experience"),
    T("pronoun", "他直属下级都有谁来着", "attribute", "财务部经理", [Q(F01, "财务会计、出纳"), Q(F01, "成本会计")], [["财务会计", "成本会计"], ["出纳"]], "subordinates"),
    T("ordinal", "岗位工作目标第三条说的啥", "kpi", "财务部经理", [Q(F01, "库存周转率、应收账款周转率小于期间额定标准")], [["库存周转率"], ["应收账款周转率"]])],
   attr="certificate")
# 3 cx03 培训部经理
FU(3, "manager", "培训部经理平时负责些什么？", "duty", "培训部经理",
   [Q(F03, "责培训部的日常管理工作"), Q(F03, "责培训部员工的工作安排与绩效考核"), Q(F03, "g)负责培训市场的开拓")],
   [["日常管理"], ["绩效考核"], ["培训市场的开拓"]],
   [T("ordinal", "第五条能再细说一下吗", "duty", "培训部经理", [Q(F03, "责培训计划的审核、和年度培训工作总结")], [["培训计划的审核"], ["年度培训工作总结"]]),
    T("switch_role_oos", "那培训顾问呢，他做什么", "out_of_scope", "培训顾问", [], []),
    T("go_back", "回到经理，他在市场开发方面要做什么", "duty", "培训部经理",
      [Q(F03, "g)负责培训市场的开拓"), Q(F03, "协助市场部进行培训市场开发工作")], [["培训市场的开拓"], ["协助市场部"]])])
# 4 cx04 人力资源部
FU(4, "hr", "人力资源部都有哪些KPI？", "kpi", None,
   [Q(F04, "部门费用预算达成率"), Q(F04, "招聘费用预算达成率"), Q(F04, "人员编制控制率"), Q(F04, "员工满意度调查")],
   [["部门费用预算达成率"], ["招聘费用预算达成率"], ["人员编制控制率"], ["员工满意度"]],
   [T("ordinal", "第七个指标怎么算", "kpi", None, [Q(F04, "错误发放的工资次数/发放的工资次数")], [["错误发放的工资次数"], ["发放的工资次数"]]),
    T("ellipsis", "客户类的那个指标呢", "kpi", None, [Q(F04, "员工满意度调查"), Q(F04, "对员工进行满意度调查的算术平均值")], [["员工满意度"], ["算术平均值"]]),
    T("switch_dept", "那审计部考核什么", "kpi", None,
      [Q(F04, "审计计划执行率"), Q(F04, "审计报告归档率"), Q(F04, "审计结果准确性")], [["审计计划执行率"], ["审计报告归档率"], ["审计结果准确性"]])])
# 5 cx04 资金部
FU(5, "manager", "资金部考核哪些指标", "kpi", None,
   [Q(F04, "公司资金预算达成率"), Q(F04, "资金收支准确度"), Q(F04, "资金使用评估报告编制及时率")],
   [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用评估报告编制及时率"]],
   [T("ellipsis", "其中收支准确度怎么衡量", "kpi", None, [Q(F04, "资金收支出错次数")], [["资金收支"], ["出错次数"]]),
    T("oos_mid", "顺便问下，资金部员工的五险一金缴纳比例是多少", "out_of_scope", None, [], []),
    T("switch_dept", "好吧，那财务部考核什么", "kpi", None,
      [Q(F04, "公司财务预算达成率"), Q(F04, "现金收支准确性"), Q(F04, "财务资料完好性")], [["公司财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]])])
# 6 cx05 机械技术员 / 研发经理
FU(6, "new_hire", "机械技术员招聘要啥条件", "qualification", "机械技术员",
   [Q(F05, "大专以上，20-45岁，机械技术底子深厚")], [["大专以上"], ["20-45岁"], ["机械技术底子"]],
   [T("pronoun", "那他进来主要做什么", "duty", "机械技术员", [Q(F05, "协助工程师完成车间机器的维修")], [["维修"], ["治具"], ["革新"]]),
    T("switch_role", "要是换成研发经理，干的活呢", "duty", "研发经理", [Q(F05, "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]]),
    T("compare", "这两个岗位学历要求有什么不一样", "qualification", None,
      [Q(F05, "大专以上，20-45岁，机械技术底子深厚"), Q(F05, "本科以上，20-45岁，模具设计类专业")], [["大专以上"], ["本科以上"]])])
# 7 cx05 生产主管 / 销售经理
FU(7, "hr", "生产主管要几年工作经验？", "attribute", "生产主管",
   [Q(F05, "有两年以上相关行业的工作经验")], [["两年以上"], ["相关行业"]],
   [T("more", "除了经验还看重什么", "qualification", "生产主管", [Q(F05, "本科以上，25-45岁，注塑类相关专业")], [["本科以上"], ["注塑类"], ["管理能力"]]),
    T("switch_role", "销售经理这边的要求呢", "qualification", "销售经理", [Q(F05, "本科以上，20-35岁，英语专业者优先")], [["英语专业"], ["本科以上"], ["善于沟通"]]),
    T("pronoun", "那个岗位要经常出差吗", "duty", "销售经理", [Q(F05, "每年有1~2次到上海等地出差")], [["上海"], ["1~2次"]])],
   attr="experience")
# 8 cx06 DBA
FU(8, "new_hire", "慧算账招的DBA是做什么的", "duty", "DBA",
   [L(F06, 62, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]],
   [T("ordinal", "职责里第4点再展开讲讲", "duty", "DBA", [L(F06, 66)], [["监控"], ["性能优化"], ["运维体系"]]),
    T("ellipsis", "学历专业有要求吗", "qualification", "DBA", [L(F06, 70)], [["本科"], ["计算机"]]),
    T("switch_attribute", "这岗位薪资开到多少", "attribute", "DBA", [L(F06, 62)], [["15K"], ["45K"]], "pay")])
# 9 cx06 测试经理 / SRE
FU(9, "hr", "测试经理的任职资格是什么", "qualification", "测试工程师",
   [L(F06, 57, 61)], [["5年以上"], ["团队管理"], ["测试用例设计"]],
   [T("switch_attribute", "这个岗位base在哪个城市", "attribute", "测试工程师", [L(F06, 50)], [["广州"], ["慧算账"]], "location"),
    T("switch_role", "换成SRE呢，要求是什么", "qualification", "平台Site Reliability Engineer", [L(F06, 124, 129)], [["4年以上"], ["K8S"], ["英语"]]),
    T("pronoun", "那他的办公地点呢", "attribute", "平台Site Reliability Engineer", [L(F06, 122)], [["广州总部"], ["珠江新城"]], "location")])
# 10 cx06 前端 美团 / 京东物流
FU(10, "new_hire", "美团成都的前端工程师岗位职责是什么", "duty", "前端开发工程师",
   [L(F06, 79, 83)], [["CRM"], ["前端体系化"], ["培养团队成员"]],
   [T("ellipsis", "那对候选人有什么硬性要求呢", "qualification", "前端开发工程师", [L(F06, 85, 90)], [["3年及以上"], ["数据结构"], ["CSS"]]),
    T("switch_company", "京东物流招的那个前端呢", "qualification", "前端开发工程师", [L(F06, 98, 108)], [["全日制本科"], ["3-5年"], ["React/Vue"]]),
    T("compare", "这两家哪个要求的工作年限更长", "qualification", "前端开发工程师", [L(F06, 86), L(F06, 99)], [["3年及以上"], ["3-5年"]])])
# 11 cx06 产品经理 / Go后端
FU(11, "manager", "Moka的产品经理想找什么样的人", "qualification", "产品经理",
   [L(F06, 19, 23)], [["同理心"], ["学习能力"], ["业务抽象能力"]],
   [T("more", "有加分项吗", "qualification", "产品经理", [L(F06, 25, 26)], [["绩效业务经验"], ["OKR"]]),
    T("switch_attribute", "这个产品岗在哪里办公", "attribute", "产品经理", [L(F06, 13)], [["成都"], ["Moka"]], "location"),
    T("switch_role_short", "换成Go后端呢，在哪", "attribute", "Golang 后端", [L(F06, 27)], [["杭州"], ["远程"]], "location")])
# 12 cx07 采购员 / 焊工
FU(12, "new_hire", "钢构厂采购员日常要干哪些工作", "duty", "采购员",
   [L(F07, 153, 179)], [["采购制度"], ["与供应商谈判"], ["采购计划"]],
   [T("ordinal", "第五条是啥意思", "duty", "采购员", [L(F07, 168)], [["采购成本"], ["合理库存"]]),
    T("pronoun", "对他年龄有限制吗", "qualification", "采购员", [L(F07, 150)], [["45周岁以下"], ["男"]]),
    T("switch_role", "公司招的焊工呢", "qualification", "焊工", [L(F07, 130)], [["40岁以下"], ["男性"]])])
# 13 cx07 销售员
FU(13, "hr", "钢结构公司招销售员，待遇怎么样", "attribute", "销售员",
   [L(F07, 121, 124)], [["面议"], ["双休"], ["住宿"]],
   [T("ellipsis", "学历最低要到什么程度", "attribute", "销售员", [L(F07, 111)], [["大专及以上"], ["英语四级"]], "education"),
    T("ellipsis", "平时干啥", "duty", "销售员", [L(F07, 96, 104)], [["销售活动"], ["拜访新老客户"], ["开拓新客户"]]),
    T("switch_attribute", "销售经验方面有要求吗", "qualification", "销售员", [L(F07, 113, 114)], [["钢材产品销售经验"], ["H型钢"]])],
   attr="benefits")
# 14 cx07 机修工 / 维修电工 (typo)
FU(14, "hr", "机休工的任职要求", "qualification", "机修工",
   [L(F07, 272)], [["50周岁以下"], ["中专以上"], ["5年以上"]],
   [T("switch_attribute", "上岗得有证吗", "attribute", "机修工", [L(F07, 272)], [["资格证书"], ["职业培训"]], "certificate"),
    T("switch_role", "维修电工是不是也得持证", "attribute", "维修电工", [L(F07, 303)], [["持有资格证书"], ["职业培训"]], "certificate"),
    T("ordinal", "维修电工工作内容第二条是什么", "duty", "维修电工", [L(F07, 312)], [["例保"], ["大修"]])])
# 15 cx07 高压值班电工 / 生产技术部长
FU(15, "hr", "高压值班电工需要哪种资格证", "attribute", "高压值班电工",
   [L(F07, 296)], [["高压电工"], ["资格证"]],
   [T("pronoun_oos", "那他每天具体负责些什么活", "out_of_scope", "高压值班电工", [], []),
    T("switch_role", "生产技术部长得有多少年工作经验", "attribute", "生产技术部长", [L(F07, 74, 78)], [["10年以上"], ["车间主任"]], "experience"),
    T("ordinal", "第三条呢", "qualification", "生产技术部长", [L(F07, 81)], [["经营管理"], ["1年及以上"]])],
   attr="certificate")
# 16 cx08 出纳 reporting
FU(16, "new_hire", "培训学校的出纳向谁汇报", "attribute", "出纳",
   [Q(F08, "直接主管:分校校长")], [["分校校长"], ["直接主管"]],
   [T("pronoun", "他手底下有人吗", "attribute", "出纳", [Q(F08, "平级:会计 直接下属:无")], [["直接下属"], ["无"]], "subordinates"),
    T("ordinal", "职责第三条是什么", "duty", "出纳", [Q(F08, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]]),
    T("switch_attribute", "学历跟证书分别有啥要求", "attribute", "出纳", [Q(F08, "会计、金融类专业大专或以上学历")], [["大专"], ["会计从业资格证"]], "certificate")],
   attr="reports_to")
# 17 cx08 出纳 duties
FU(17, "manager", "培训学校出纳日常都管哪些事", "duty", "出纳",
   [Q(F08, "根据各校区发来的收入数据进行数据录入"), Q(F08, "通过银行代发或现金发放形式按时"), Q(F08, "按领导审批过的退费手续")],
   [["库存余额"], ["发放员工工资"], ["退费"]],
   [T("switch_attribute", "素质方面有什么要求", "qualification", "出纳", [Q(F08, "良好的职业道德;工作条理性强")], [["职业道德"], ["条理性"], ["团队合作"]]),
    T("ellipsis", "招这个岗是不是更想要女生", "qualification", "出纳", [Q(F08, "性别不限(女姓佳)")], [["不限"], ["女姓佳", "女性佳"]])])
# 18 cx09 人事行政部经理
FU(18, "hr", "人事行政部经理绩效考核表里考核哪些项", "kpi", "人事行政部经理",
   [L(F09, 8, 23)], [["办公用品费用控制"], ["绩效、薪资管理完成率"], ["后勤投诉次数"], ["部门员工保有率"]],
   [T("ellipsis", "这些里面哪一项权重最大", "kpi", "人事行政部经理", [L(F09, 14)], [["绩效、薪资管理完成率"], ["15%"]]),
    T("pronoun", "那一项具体怎么扣分", "kpi", "人事行政部经理", [L(F09, 14)], [["扣2分/次"], ["个人原因"]]),
    T("ellipsis", "学习成长革新类下面有哪几个", "kpi", "人事行政部经理", [L(F09, 19, 22)], [["部门员工保有率"], ["人力计划完成率"], ["20%"]])])
# 19 cx09 weights
FU(19, "manager", "人事行政经理的内部运营类指标占多少权重", "kpi", "人事行政部经理",
   [L(F09, 10)], [["内部运营类"], ["50%"]],
   [T("ellipsis", "其中权重是0的是哪个", "kpi", "人事行政部经理", [L(F09, 15)], [["工作流程改善目标完成率"], ["0%"]]),
    T("switch_attribute", "那员工保有率怎么评分", "kpi", "人事行政部经理", [L(F09, 19)], [["大于70%"], ["5分"]]),
    T("oos_mid", "明年公司准备裁员，怎么操作才合法", "out_of_scope", None, [], [])])
# 20 cx10 导购
FU(20, "new_hire", "导购员每天要做哪些事", "duty", "导购",
   [L(F10, 9, 17), L(F10, 21, 29), L(F10, 43, 51)], [["接待顾客"], ["收银"], ["卫生"]],
   [T("more", "还有其他的职责没", "duty", "导购", [L(F10, 43, 51)], [["样板"], ["POP"], ["清洁"]]),
    T("pronoun", "那他头上的领导是谁", "attribute", "导购", [L(F10, 43)], [["店长"], ["对店长负责"]], "reports_to"),
    T("switch_attribute", "会粤语有优势吗", "qualification", "导购", [L(F10, 39)], [["粤语优先"], ["促销"]])])
# 21 cx11 前台 benefits
FU(21, "new_hire", "做酒店前台能享受哪些福利待遇", "attribute", "酒店前台",
   [L(F11, 13, 16)], [["休息4天"], ["生日"], ["免费食宿"]],
   [T("ellipsis", "那每天的班次怎么排的呢", "attribute", "酒店前台", [L(F11, 15)], [["两班轮班"], ["8:00"], ["16:00"]], "benefits"),
    T("ordinal", "核心工作内容第二条是什么", "duty", "酒店前台", [L(F11, 4)], [["退房结算"], ["收银系统"]]),
    T("switch_attribute", "要会用哪些系统", "attribute", "酒店前台", [L(F11, 10)], [["预订系统"], ["收银系统"]], "skills")],
   attr="benefits")
# 22 cx11 前台 vs 导购
FU(22, "hr", "前台岗位有哪些要求", "qualification", "酒店前台",
   [L(F11, 8, 12)], [["形象良好"], ["应变能力"], ["合规意识"]],
   [T("switch_role", "如果换成导购，要求有哪些", "qualification", "导购", [L(F10, 31, 39)], [["学历不限"], ["轮班制"], ["沟通能力"]]),
    T("compare", "这两个岗位都要倒班吗", "attribute", None, [L(F11, 15), L(F10, 35)], [["两班轮班"], ["适应轮班制"]], "benefits"),
    T("go_back", "前台碰到客人投诉怎么处理", "duty", "酒店前台", [L(F11, 6)], [["安抚情绪"], ["上报主管"]])])
# 23 cx12 行政主管
FU(23, "new_hire", "行政主管这个岗位直接向谁汇报", "attribute", "行政主管",
   [L(F12, 9, 10)], [["行政经理"], ["直属上级"]],
   [T("ellipsis", "那他归属哪个部门来着", "attribute", "行政主管", [L(F12, 15, 16)], [["行政管理部"], ["所在部门"]], "department"),
    T("pronoun", "他负责的行政管理工作有哪些", "duty", "行政主管", [L(F12, 39, 47)], [["归档"], ["大事记"], ["固定资产"], ["年会"]]),
    T("near_miss_oos", "这些工作的业绩怎么衡量", "out_of_scope", "行政主管", [], [])],
   attr="reports_to")
# 24 cx12 行政经理助理
FU(24, "hr", "行政经理助理这个岗位的工作概述是怎么写的", "attribute", "行政主管",
   [L(F12, 25, 26)], [["协助行政经理"], ["行政服务支持"]],
   [T("ellipsis", "时间分配上哪块占比最大", "duty", "行政主管", [L(F12, 38, 39)], [["65%"], ["行政管理工作"]]),
    T("ellipsis", "部门内部建设那块具体干啥", "duty", "行政主管", [L(F12, 49, 54)], [["队伍建设"], ["考勤"], ["外联"]]),
    T("near_miss_oos", "这个岗位工资等级定的几级", "out_of_scope", "行政主管", [], [])],
   attr="purpose")
# 25 cx13 招聘专员 / 人力资源专员
FU(25, "hr", "人力资源招聘专员一级的行为标准包括什么", "duty", "招聘专员",
   [L(F13, 8, 20)], [["招聘文案"], ["招募活动"], ["转正考核"]],
   [T("ordinal", "第二部分讲的什么", "duty", "招聘专员", [L(F13, 15, 20)], [["转正考核"], ["异动"]]),
    T("switch_role", "人力资源专员需要什么学历", "attribute", "人力资源专员", [L(F13, 3)], [["本科及以上"], ["人力资源"]], "education"),
    T("ellipsis", "那对英语水平有要求没有", "qualification", "人力资源专员", [L(F13, 6)], [["中英文"], ["听、说、读、写"]])])
# 26 cx14 KPI
FU(26, "manager", "内控与财务分析这张KPI组成表都考核什么", "kpi", "财务分析会计",
   [L(F14, 3, 7)], [["企业内控制度的调整"], ["财务分析报告"], ["利润中心"], ["月底结帐"]],
   [T("ellipsis", "其中财务分析报告这项按什么打分", "kpi", "财务分析会计", [L(F14, 12, 16)], [["格式"], ["数据的准确性"], ["及时性"]]),
    T("switch_attribute", "利润中心那项的权重多少", "kpi", "财务分析会计", [L(F14, 5)], [["20%"], ["利润中心"]]),
    T("ellipsis", "那张评分表是谁负责填写", "kpi", "财务分析会计", [L(F14, 10)], [["财务部经理"], ["填写"]])])
# 27 cx14 月底结账 (typo 结账)
FU(27, "manager", "月底结账处理这项怎么考核", "kpi", "财务分析会计",
   [L(F14, 6, 7)], [["及时性50%"], ["准确性50%"], ["耽误一次"]],
   [T("ellipsis", "占多少权重", "kpi", "财务分析会计", [L(F14, 6)], [["25%"], ["月底结帐"]]),
    T("switch_indicator", "换成企业内控制度调整呢", "kpi", "财务分析会计", [L(F14, 3)], [["经理打分"], ["25%"]]),
    T("oos_mid", "顺便帮我算下今年个税专项附加扣除能扣多少", "out_of_scope", None, [], [])])
# 28 cx15 教务
FU(28, "new_hire", "教务岗位的任职资格有哪些", "qualification", "教务",
   [L(F15, 2, 6)], [["大学专科"], ["师范"], ["2年以上"]],
   [T("ellipsis", "男女有要求吗", "qualification", "教务", [L(F15, 4)], [["男女不限"], ["性别"]]),
    T("switch_attribute", "基本素养方面看重哪几点", "qualification", "教务", [L(F15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]]),
    T("ordinal", "素养的第三点展开讲讲呗", "qualification", "教务", [L(F15, 10)], [["包容"], ["乐观面对"]])])
# 29 cx16 薪资核算
FU(29, "hr", "薪酬核算专员这个岗具体负责哪些", "duty", "薪资核算专员",
   [L(F16, 3, 13)], [["月度薪资计提"], ["个税申报"], ["年终奖"]],
   [T("ordinal", "第六项再具体讲讲", "duty", "薪资核算专员", [L(F16, 9)], [["个人所得税"], ["汇算清缴"]]),
    T("switch_attribute", "需要熟悉哪几部法律法规", "qualification", "薪资核算专员", [L(F16, 17)], [["劳动法"], ["个人所得税法"], ["社保公积金"]]),
    T("ellipsis", "要求几年相关经验", "attribute", "薪资核算专员", [L(F16, 16)], [["2年以上"], ["薪酬核算经验"]], "experience")])
# 30 cx01 + cx08 go back
FU(30, "manager", "财务部经理的岗位工作目标是什么", "kpi", "财务部经理",
   [Q(F01, "经营管理成本预、核算准确率100"), Q(F01, "库存周转率、应收账款周转率小于期间额定标准"), Q(F01, "成本费用(销售费用、制造费用、管理费用)达成率100%")],
   [["核算准确率100"], ["库存周转率"], ["达成率100%"]],
   [T("switch_role", "出纳的职责呢", "duty", "出纳", [Q(F08, "每天报财务“资金汇报”"), Q(F08, "按领导审批过的退费手续")], [["资金汇报"], ["退费"]]),
    T("go_back", "回到财务经理，他要会用什么软件", "attribute", "财务部经理", [Q(F01, "精通ERP、K3等软件运用")], [["ERP"], ["K3"]], "skills"),
    T("ellipsis", "对年龄有什么限制吗", "qualification", "财务部经理", [Q(F01, "35-45岁、性别不限")], [["35-45岁"], ["可适当放宽"]])])

# singles
def S(n, persona, intent, q, role, ev, kp, attr=None, tool=None):
    pre = {"jd": "jd", "kpi_design": "kd", "attribute": "attr", "qualification": "qual", "out_of_scope": "oos", "kpi": "kpi"}[intent]
    items.append({"id": f"r60xfu-{pre}-{n:02d}", "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope",
                  "turns": None, "tool": tool})
S(31, "hr", "jd", "帮我起草一份维修电工的岗位说明书", "维修电工", [L(F07, 301, 321)],
  [["例保"], ["断电、挂牌"], ["安全技术操作规程"]],
  tool={"kind": "jd", "role": "维修电工", "must_cite_files": [F07], "expect_sections": ["duties", "qualifications"]})
S(32, "manager", "kpi_design", "请为审计部拟5条KPI考核指标", None,
  [Q(F04, "审计计划执行率"), Q(F04, "审计报告归档率"), Q(F04, "审计结果准确性")],
  [["审计计划执行率"], ["审计报告归档率"], ["审计结果准确性"]],
  tool={"kind": "kpi_design", "role": "审计部", "count": 5, "must_cite_files": [F04],
        "expected_indicators": ["审计计划执行率", "审计报告归档率", "审计结果准确性"]})
S(33, "new_hire", "attribute", "云霁科技的Go后端开多少薪", "Golang 后端", [L(F06, 27)], [["20-40k"], ["杭州云霁"]], attr="pay")
S(34, "hr", "qualification", "组立机操作工招人的条件", "组立机操作工", [L(F07, 216)], [["45岁以下"], ["初中学历"], ["组立机操作经验"]])
S(35, "new_hire", "out_of_scope", "教务岗位月薪一般多少", None, [], [])
S(36, "hr", "kpi", "招聘空缺职位所需的平均天数这个指标咋算", None, [Q(F04, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]])

out = []
for it in items:
    it = dict(it); it.pop("_first_intent", None); out.append(it)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in out: f.write(json.dumps(it, ensure_ascii=False) + "\n")
first_intents = {it["id"]: it.get("_first_intent") for it in items if it.get("_first_intent")}
json.dump({"later_turn_forms": forms, "first_turn_intent": first_intents,
           "form_legend": {"ellipsis": "那X呢 / bare attribute question without the post", "pronoun": "他/它/那个岗位",
                           "ordinal": "第N条/第N个/第N部分", "more": "还有吗/还有别的吗/有加分项吗",
                           "switch_role": "换成X呢 / X呢 / X也...吗 — another post, same kind of question",
                           "switch_role_short": "switch with a shortened title (Go后端)", "switch_company": "another company's posting of the same post",
                           "switch_dept": "another department's KPI", "switch_indicator": "another indicator of the same sheet",
                           "switch_attribute": "same post, another attribute", "compare": "compare the last two posts",
                           "go_back": "return to a post/topic two or more turns back", "oos_mid": "out-of-scope turn in the middle/end",
                           "switch_role_oos": "switch to a post only named, never described (expect refusal)",
                           "pronoun_oos": "pronoun to an empty field (expect refusal)", "near_miss_oos": "a 略 or empty field (expect refusal)"}},
          open(HERE / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(out), "items;", sum(len(it["turns"] or []) for it in out), "later turns")
