#!/usr/bin/env python3
"""Build set.jsonl (30 follow-up conversations over corpus-extra, round 21) and forms.json.
Written from the documents only, before gangwei was run. One primary form per later turn:
ellipsis / pronoun / ordinal / more / switch / attribute (a KPI's weight, formula, score, a time share) /
tool (JD or KPI design asked mid-conversation; graded on the role's duties or indicators) / oos."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
F01 = "cx01_财务部经理岗位说明书.docx"
F02 = "cx02_车辆调度员岗位说明书.docx"
F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"
F05 = "cx05_招聘岗位一览.xlsx"
F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"
F08 = "cx08_培训学校出纳岗位说明书.pdf"
F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def L(f, a, b=None):
    return [{"file": f, "line_start": a, "line_end": b or a}]


def T(question, intent, role, ev=(), kp=(), attribute=None, form="first"):
    d = {"question": question, "intent": intent, "role": role}
    if attribute:
        d["attribute"] = attribute
    d["evidence"] = list(ev) if intent != "out_of_scope" else []
    d["key_points"] = [list(g) for g in kp] if intent != "out_of_scope" else []
    d["_form"] = form
    return d


OOS = "out_of_scope"
CONVS = []


def C(persona, first, *turns):
    CONVS.append((persona, first, list(turns)))


def O(q):
    return T(q, OOS, None, form="oos")


# 1 车辆调度员 docx
D02 = Q(F02, "根据客户有车需求,对人员车辆进行合理调配", "2.车辆值班安排", "1.根据司机出车情况进行考核")
C("new_hire",
  T("车辆调度原每天都要干哪些活", "duty", "车辆调度员", D02, [["合理调配"], ["值班"], ["考核"]]),
  T("这个岗位归谁管呀", "attribute", "车辆调度员", Q(F02, "车辆租赁中心主任"), [["车辆租赁中心主任"], ["主任"]], "reports_to", "pronoun"),
  T("学历和专业有要求没", "attribute", "车辆调度员", Q(F02, "高中及以上", "汽车修理专业"), [["高中及以上"], ["汽车修理"]], "education", "ellipsis"),
  T("业绩标准第二条是啥", "kpi", "车辆调度员", Q(F02, "2.客户满意率达90%以上"), [["客户满意率"], ["90%"]], form="ordinal"),
  T("帮我把这个岗位写成JD", "duty", "车辆调度员", D02, [["合理调配"], ["值班"], ["考核"]], form="tool"))

# 2 财务部经理 docx
C("hr",
  T("财务部经理招聘要什么学历和证书", "qualification", "经理", Q(F01, "会计专业本科学历", "会计师资格证书"),
    [["本科"], ["会计师资格证书"]]),
  T("工作经验要几年", "attribute", "经理", Q(F01, "八年以工业企业财务管理经验"), [["八年"], ["五年"]], "experience", "ellipsis"),
  T("他底下带哪几个人", "attribute", "经理", Q(F01, "财务会计、出纳", "成本会计"), [["出纳"], ["财务会计", "成本会计"]],
    "subordinates", "pronoun"),
  T("岗位工作目标里第5条是什么", "kpi", "经理", Q(F01, "成本费用(销售费用、制造费用、管理费用)达成率"),
    [["成本费用"], ["达成率100%"]], form="ordinal"),
  T("年纪有上限吗", "qualification", "经理", Q(F01, "35-45岁、性别不限"), [["35-45岁"], ["放宽"]], form="ellipsis"))

# 3 培训部经理 docx
C("manager",
  T("培训部经理负责哪些工作", "duty", "培训部经理",
    Q(F03, "责培训部的日常管理工作", "责培训部员工的工作安排与绩效考核", "负责合理安排培训资源"),
    [["日常管理"], ["绩效考核"], ["培训资源"]]),
  T("第四条展开讲讲", "duty", "培训部经理", Q(F03, "责培训业务经营发展的规划"), [["规划"], ["核心组课程"]], form="ordinal"),
  T("还有没有别的", "duty", "培训部经理", Q(F03, "责培训计划的审核、和年度培训工作总结", "g)负责培训市场的开拓"),
    [["年度培训工作总结", "审核"], ["培训市场"]], form="more"),
  T("那整个培训部的部门职能是啥", "duty", None, Q(F03, "2.6负责公司师资库的建立", "2.7负责公司培训档案的建立", "2.8负责培训新课程的开发"),
    [["师资库"], ["培训档案"], ["新课程"]], form="switch"),
  O("培训助理具体做哪些事"))

# 4 人力资源部 KPI xlsx
C("manager",
  T("HR部门KPI库里都列了哪些指标", "kpi", None, Q(F04, "部门费用预算达成率", "员工满意度调查", "人员编制控制率"),
    [["费用预算达成率"], ["满意度"], ["人员编制控制率"]]),
  T("人员编制控制率怎么算", "kpi", None, Q(F04, "(实际人数/计划编制人数)*100%"), [["实际人数"], ["计划编制人数"]], form="attribute"),
  T("客户类下面有几个指标", "kpi", None, Q(F04, "员工满意度调查"), [["员工满意度"], ["满意度调查"]], form="ellipsis"),
  O("这些指标的权重各是多少"),
  T("帮我给人力资源部设计一套KPI", "kpi", None, Q(F04, "部门费用预算达成率", "员工工资出错次数", "招聘空缺职位所需的平均天数"),
    [["部门费用预算达成率"], ["员工工资出错次数"], ["招聘空缺职位所需的平均天数"]], form="tool"))

# 5 资金部 / 审计部 xlsx
C("hr",
  T("资金部那边都考核些什么KPI", "kpi", None, Q(F04, "公司资金预算达成率", "资金收支准确度", "资金筹集计划编制及时率"),
    [["资金预算达成率"], ["资金收支准确度"], ["资金筹集计划编制及时率"]]),
  T("资金收支准确度按什么标准算", "kpi", None, Q(F04, "资金收支出错次数"), [["资金收支"], ["出错次数"]], form="attribute"),
  T("那审计部呢", "kpi", None, Q(F04, "审计计划执行率", "审计报告一次经过率", "审计报告归档率"),
    [["审计计划执行率"], ["一次经过率"], ["归档率"]], form="switch"),
  T("审计结果准确性按啥算", "kpi", None, Q(F04, "审计结果更正的次数"), [["审计结果更正"], ["次数"]], form="attribute"),
  O("财务费用降低率的计算公式给一下"))

# 6 生产主管 / 机械技术员 xlsx
C("hr",
  T("注塑厂招生产主管有什么条件", "qualification", "生产主管", Q(F05, "本科以上，25-45岁，注塑类相关专业"),
    [["本科以上"], ["注塑"], ["两年以上"]]),
  T("那这个主管具体管些啥", "duty", "生产主管", Q(F05, "车间日常生产管理"), [["车间日常生产管理"], ["简化生产流程"]], form="pronoun"),
  T("机械技术员的活儿呢", "duty", "机械技术员", Q(F05, "制作机械手治具，产品治具"), [["维修"], ["治具"], ["革新"]], form="switch"),
  T("待遇这块怎么说", "attribute", "机械技术员", Q(F05, "机械技术底子深厚，有创新精神"), [["免费食宿"], ["面议"]], "benefits", "ellipsis"))

# 7 销售经理 / 文案策划 xlsx
C("new_hire",
  T("模具厂的销售经理要经常出差吗", "duty", "销售经理", Q(F05, "每年有1~2次到上海等地出差"), [["1~2次"], ["上海"]]),
  T("他平时还负责些啥", "duty", "销售经理", Q(F05, "每年有1~2次到上海等地出差"), [["订单"], ["解答客户的提问", "客户的提问"]], form="pronoun"),
  T("要啥学历", "attribute", "销售经理", Q(F05, "本科以上，20-35岁，英语专业者优先"), [["本科以上"], ["英语专业"]], "education", "ellipsis"),
  T("文案策划那个岗位呢", "attribute", "文案策划", Q(F05, "大专以上，20-35岁，有经验者优先"), [["大专以上"], ["20-35岁"]], "education", "switch"),
  T("任职要求第三条是什么", "qualification", "文案策划", Q(F05, "有亲和力，善于沟通"), [["亲和力"], ["形象气质佳"]], form="ordinal"))

# 8 测试经理 / DBA csv
C("hr",
  T("测试经理这个岗位任职要求是啥", "qualification", "测试工程师（测试经理）", L(F06, 57, 61),
    [["本科"], ["5年以上"], ["测试团队管理"]]),
  T("团队管理经验要多少", "qualification", "测试工程师（测试经理）", L(F06, 59), [["3人以上"], ["1年"]], form="ellipsis"),
  T("工资开多少", "attribute", "测试工程师（测试经理）", L(F06, 50), [["15K"], ["45K"]], "pay", "ellipsis"),
  T("DBA也是这个数吗", "attribute", "DBA", L(F06, 62), [["15K-45K"], ["DBA"]], "pay", "switch"),
  T("他要负责哪些事情", "duty", "DBA", L(F06, 62, 68), [["容量规划"], ["SQL调优"], ["备份恢复"]], form="pronoun"))

# 9 Golang csv
C("new_hire",
  T("云霁那个Go后端主要做什么", "duty", "Golang 后端", L(F06, 27, 32), [["CloudIaC"], ["设计和开发"], ["落地"]]),
  T("需要几年工作经验啊", "attribute", "Golang 后端", L(F06, 35), [["2-5年"], ["Golang"]], "experience", "ellipsis"),
  T("有什么加分项", "qualification", "Golang 后端", L(F06, 44, 49), [["terraform"], ["开源作品"], ["运维开发"]], form="ellipsis"),
  T("这个岗位的base在哪个城市", "attribute", "Golang 后端", L(F06, 27), [["杭州"], ["远程"]], "location", "ellipsis"),
  O("k8s的operator怎么写，给个示例代码"))

# 10 前端 postings csv
C("hr",
  T("京东物流的前端研发工程师要求啥", "qualification", "前端研发工程师", L(F06, 98, 108), [["本科"], ["3-5年"], ["React/Vue"]]),
  T("第4条说的是什么", "qualification", "前端研发工程师", L(F06, 102), [["SVG"], ["流程图", "mxGraph"]], form="ordinal"),
  T("换成美团那个前端呢", "qualification", "前端工程师", L(F06, 85, 90), [["3年及以上"], ["前端工程化"], ["CSS"]], form="switch"),
  T("他们有啥亮点", "duty", "前端工程师", L(F06, 92, 95), [["CRM"], ["PC/H5/RN/Native"]], form="pronoun"))

# 11 产品经理 / SRE csv
C("manager",
  T("Moka产品经理People岗的职责", "duty", "产品经理-People-成都", L(F06, 13, 17), [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]]),
  T("加分的条件呢", "qualification", "产品经理-People-成都", L(F06, 25, 26), [["OKR"], ["绩效业务经验", "绩效管理"]], form="ellipsis"),
  T("宝洁的SRE要几年经验", "attribute", "平台Site Reliability Engineer", L(F06, 125), [["4年以上"], ["系统管理员"]],
    "experience", "switch"),
  T("对英语有要求没", "qualification", "平台Site Reliability Engineer", L(F06, 129), [["英语"], ["一定英语能力"]], form="ellipsis"))

# 12 销售员 html
C("new_hire",
  T("钢构公司的销售员要做哪些事", "duty", "销售员", L(F07, 96, 104), [["销售额"], ["拜访"], ["开拓新客户"]]),
  T("福利怎么样", "attribute", "销售员", L(F07, 121, 123), [["双休"], ["社会保险"], ["住宿"]], "benefits", "ellipsis"),
  T("英语得过几级", "qualification", "销售员", L(F07, 111), [["四级"], ["英语四级"]], form="ellipsis"),
  T("第二条任职要求具体是啥", "qualification", "销售员", L(F07, 114), [["钢材产品销售经验"], ["H型钢"]], form="ordinal"))

# 13 焊工 / 铆工 / 埋弧焊工 html
C("hr",
  T("焊工的招聘条件是什么", "qualification", "焊工", L(F07, 130, 133), [["高中"], ["40岁以下"], ["焊工证"]]),
  T("铆工的要求又是啥", "qualification", "铆工", L(F07, 140, 143), [["3年以上"], ["钢结构"]], form="switch"),
  T("埋弧焊工对年龄性别有要求吗", "qualification", "埋弧焊工", L(F07, 226), [["45岁以下"], ["男"]], form="switch"),
  T("他干啥活", "duty", "埋弧焊工", L(F07, 229), [["埋弧焊机"], ["钢结构焊接"]], form="pronoun"))

# 14 机修工 / 维修电工 html
C("manager",
  T("机修工的工作内容有哪些", "duty", "机修工", L(F07, 277, 288), [["钳台"], ["二级保养"], ["巡回检查"]]),
  T("第3条再展开一下", "duty", "机修工", L(F07, 284), [["判断故障"], ["维修及时"]], form="ordinal"),
  T("需要持证吗", "attribute", "机修工", L(F07, 272), [["资格证书"], ["职业培训"]], "certificate", "ellipsis"),
  T("维修电工那边呢", "attribute", "维修电工", L(F07, 303), [["资格证书"], ["职业培训"]], "certificate", "switch"),
  O("高压值班电工平时负责哪些工作"))

# 15 采购员 / 生产技术部长 html
C("hr",
  T("采购员的任职要求", "qualification", "采购员", L(F07, 150), [["大专"], ["物流及供应链"], ["3年以上采购主管"]]),
  T("他主要干什么", "duty", "采购员", L(F07, 153, 179), [["采购制度"], ["谈判"], ["采购计划"]], form="pronoun"),
  T("生产技术部长要什么条件", "qualification", "生产技术部长", L(F07, 71, 86), [["10年以上"], ["车间主任"], ["钢构"]], form="switch"),
  O("他的岗位职责写了没，列一下"))

# 16 出纳 pdf
D08 = Q(F08, "每天报财务“资金汇报”", "按时、准确地发放员工工资、奖金", "按领导审批过的退费手续")
C("new_hire",
  T("培训学校的出纳每天干些什么", "duty", "出纳", D08, [["资金汇报"], ["工资"], ["退费"]]),
  T("她直接向谁汇报", "attribute", "出纳", Q(F08, "直接主管:分校校长"), [["分校校长"], ["直接主管"]], "reports_to", "pronoun"),
  T("要持什么证书", "attribute", "出纳", Q(F08, "会计、金融类专业大专或以上学历"), [["会计从业资格证"], ["资格证"]], "certificate", "ellipsis"),
  T("第七条具体指什么", "duty", "出纳", Q(F08, "按领导审批过的退费手续"), [["退费"], ["审批"]], form="ordinal"),
  T("一周上几天班", "attribute", "出纳", Q(F08, "岗位每周工作时间"), [["5+1天"], ["每周"]], "benefits", "ellipsis"))

# 17 出纳 pdf
C("hr",
  T("招出纳需要几年经验", "qualification", "出纳", Q(F08, "2年以上出纳工作经验"), [["2年以上"], ["出纳工作经验"]]),
  T("招男的女的有讲究没", "qualification", "出纳", Q(F08, "性 别 不限(女姓佳)"), [["不限"], ["女"]], form="ellipsis"),
  T("帮我写一份这个岗位的JD", "duty", "出纳", Q(F08, "每天报财务“资金汇报”", "学校发票、收据业务办理", "学校人员费用报销办理"),
    [["资金汇报"], ["发票"], ["报销"]], form="tool"),
  O("出纳社保一般按多少比例交"))

# 18 人事行政部经理 md
C("manager",
  T("人事行政部经理考核哪几类指标", "kpi", "人事行政部经理", L(F09, 8, 23), [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"]]),
  T("财务类下面是哪两项", "kpi", "人事行政部经理", L(F09, 8, 9), [["办公用品费用控制"], ["人事行政成本控制"]], form="ellipsis"),
  T("人事行政成本控制权重多少", "kpi", "人事行政部经理", L(F09, 9), [["10%"], ["人事行政成本控制"]], form="attribute"),
  T("它的评分标准呢", "kpi", "人事行政部经理", L(F09, 9), [["10分"], ["8分"]], form="pronoun"),
  T("帮我给人事行政部经理设计KPI", "kpi", "人事行政部经理", L(F09, 10, 19),
    [["工作目标完成率"], ["绩效、薪资管理完成率"], ["部门员工保有率"]], form="tool"))

# 19 md
C("hr",
  T("部门员工保有率怎么打分", "kpi", "人事行政部经理", L(F09, 19), [["70%"], ["5分"]]),
  T("它占多大比重", "kpi", "人事行政部经理", L(F09, 19), [["5%"], ["部门员工保有率"]], form="pronoun"),
  T("那后勤投诉次数呢", "kpi", "人事行政部经理", L(F09, 18), [["扣1分"], ["投诉一次"]], form="switch"),
  T("哪一项的权重是0", "kpi", "人事行政部经理", L(F09, 15), [["工作流程改善目标完成率"], ["0%"]], form="attribute"))

# 20 导购 txt GBK
C("new_hire",
  T("导购日常要做撒", "duty", "导购", L(F10, 9, 17), [["顾客"], ["收银"], ["盘点"], ["卫生"]]),
  T("第二条再讲细一点", "duty", "导购", L(F10, 11), [["收银"], ["盘点"], ["销售统计"]], form="ordinal"),
  T("那我归谁管", "attribute", "导购", L(F10, 43), [["店长"], ["对店长负责", "领导"]], "reports_to", "pronoun"),
  T("要会说粤语吗", "qualification", "导购", L(F10, 39), [["粤语"], ["优先"]], form="ellipsis"),
  O("导购提成一般拿几个点"))

# 21 导购 txt
C("hr",
  T("招导购对学历有啥要求", "attribute", "导购", L(F10, 33), [["学历不限"], ["学历"]], "education"),
  T("除了学历还要求些啥", "qualification", "导购", L(F10, 33, 39), [["轮班"], ["沟通能力"], ["促销经验"]], form="more"),
  T("照这个岗位出一份JD吧", "duty", "导购", L(F10, 9, 17) + L(F10, 23, 27), [["收银"], ["销售目标"], ["卫生"]], form="tool"),
  T("专卖店的导购每天早上要干嘛", "duty", "导购", L(F10, 45, 49), [["样板"], ["标签", "POP"]], form="switch"))

# 22 酒店前台 txt
C("new_hire",
  T("酒店前台得会用哪些系统", "qualification", "酒店前台", L(F11, 10), [["预订系统"], ["收银系统"]]),
  T("一个月能休几天假", "attribute", "酒店前台", L(F11, 14), [["4天"], ["调休"]], "benefits", "ellipsis"),
  T("班次怎么排", "attribute", "酒店前台", L(F11, 15), [["8:00"], ["24:00"]], "benefits", "ellipsis"),
  T("核心工作内容第4项是啥", "duty", "酒店前台", L(F11, 6), [["客诉"], ["咨询"]], form="ordinal"),
  O("前台的KPI考核指标有哪些"))

# 23 酒店前台 txt
C("manager",
  T("前台退房的时候要负责什么", "duty", "酒店前台", L(F11, 4), [["退房结算"], ["收银系统"]]),
  T("除了退房还有别的职责吗", "duty", "酒店前台", L(F11, 3, 7), [["入住"], ["预订"], ["交接班"]], form="more"),
  T("帮我写个前台的岗位说明书", "duty", "酒店前台", L(F11, 3, 12), [["入住"], ["退房"], ["预订"]], form="tool"),
  T("她们要注意哪些合规的东西", "qualification", "酒店前台", L(F11, 12), [["身份信息登记"], ["隐私"]], form="pronoun"))

# 24 行政主管 txt BOM
C("hr",
  T("行政主管向谁汇报", "attribute", "行政主管", L(F12, 9, 10), [["行政经理"], ["直属上级"]], "reports_to"),
  T("他挂在哪个部门下面", "attribute", "行政主管", L(F12, 15, 16), [["行政管理部"], ["所在部门"]], "department", "pronoun"),
  T("主要负责的行政管理工作有哪些", "duty", "行政主管", L(F12, 39, 47), [["大事记"], ["办公用品"], ["固定资产"]], form="ellipsis"),
  T("这部分工作占多少时间", "duty", "行政主管", L(F12, 38, 39), [["65%"], ["主要负责的行政管理工作"]], form="attribute"),
  O("每项职责的业绩衡量标准具体是什么"))

# 25 行政主管 txt
C("new_hire",
  T("行政经理助理这个岗位是干嘛的", "attribute", "行政主管", L(F12, 25, 26), [["协助行政经理"], ["行政服务支持"]], "purpose"),
  T("部门内部建设那块具体做啥", "duty", "行政主管", L(F12, 49, 54), [["技能培训"], ["考勤"], ["接待"]], form="ellipsis"),
  O("工资等级是几级"),
  T("把这个岗位整理成一份岗位说明书", "duty", "行政主管", L(F12, 33, 54), [["行政工作规划"], ["大事记"], ["考勤"]], form="tool"))

# 26 招聘专员 txt
C("hr",
  T("一级招聘专员要达到什么行为标准", "duty", "人力资源招聘专员", L(F13, 9, 20), [["招聘文案"], ["转正考核"], ["异动手续"]]),
  T("第二部分具体说说", "duty", "人力资源招聘专员", L(F13, 15, 20), [["转正"], ["异动"], ["录入"]], form="ordinal"),
  T("那人力资源专员的学历要求呢", "attribute", "人力资源专员", L(F13, 3), [["本科"], ["人力资源"]], "education", "switch"),
  T("英文方面要到什么程度", "qualification", "人力资源专员", L(F13, 6), [["中英文"], ["听、说、读、写"]], form="ellipsis"))

# 27 财务部内控 KPI txt (tab)
C("manager",
  T("财务部内控与财务分析的KPI有哪些", "kpi", None, L(F14, 3, 7), [["企业内控制度的调整"], ["财务分析报告"], ["利润中心"], ["月底结帐"]]),
  T("财务分析报告权重多少", "kpi", None, L(F14, 4), [["30%"], ["财务分析报告"]], form="attribute"),
  T("它的评分细则是啥", "kpi", None, L(F14, 12, 16), [["格式"], ["数据的准确性"], ["及时性"]], form="pronoun"),
  T("利润中心那一项，被投诉两回能拿几分", "kpi", None, L(F14, 5), [["20分"], ["二次"]], form="attribute"),
  T("帮我设计一套财务部的KPI", "kpi", None, L(F14, 3, 6) + Q(F04, "财务分析准确度", "账务处理及时性", "现金收支准确性"),
    [["财务分析报告", "财务分析准确度"], ["月底结帐", "账务处理及时性"], ["企业内控制度的调整", "现金收支准确性"]], form="tool"))

# 28 txt
C("hr",
  T("月底结帐这项KPI怎么考", "kpi", None, L(F14, 6, 7), [["及时性50%"], ["准确性50%"], ["耽误一次得0分"]]),
  T("错两次呢", "kpi", None, L(F14, 7), [["60分"], ["错二次"]], form="ellipsis"),
  T("考核周期和满分分别是多少", "kpi", None, L(F14, 6), [["季"], ["100分"]], form="attribute"),
  T("数据来源填的是啥", "kpi", None, L(F14, 6), [["经理工作记录"], ["工作记录"]], form="ellipsis"))

# 29 教务 txt
C("new_hire",
  T("做教务要什么学历", "attribute", "教务", L(F15, 5), [["大学专科"], ["师范"]], "education"),
  T("工作年限上要求几年", "attribute", "教务", L(F15, 6), [["2年以上"], ["1年以上同岗位"]], "experience", "ellipsis"),
  T("除了任职资格，还有别的要求吗", "qualification", "教务", L(F15, 8, 10), [["责任心强"], ["会爱学生"], ["宽容乐观"]], form="more"),
  T("第三点展开讲讲", "qualification", "教务", L(F15, 10), [["包容"], ["乐观"]], form="ordinal"),
  O("教务一个月工资大概多少"))

# 30 薪资核算专员 txt
C("hr",
  T("薪资核酸专员主要干啥", "duty", "薪资核算专员", L(F16, 4, 13), [["计提"], ["个税申报"], ["年终奖"]]),
  T("第六条具体说说", "duty", "薪资核算专员", L(F16, 9), [["个人所得税"], ["汇算清缴"]], form="ordinal"),
  T("需要懂哪些法规", "qualification", "薪资核算专员", L(F16, 17), [["劳动法"], ["个人所得税法"]], form="ellipsis"),
  T("经验要求呢", "attribute", "薪资核算专员", L(F16, 16), [["2年以上"], ["HRSSC", "共享服务中心"]], "experience", "ellipsis"),
  O("个税起征点现在是多少"))


def main():
    items, forms = [], {}
    for n, (persona, first, turns) in enumerate(CONVS, 1):
        iid = f"r21x-fu-{n:02d}"
        f = dict(first)
        f.pop("_form")
        item = {"id": iid, "persona": persona, "intent": "followup", "question": f["question"], "role": f["role"],
                "attribute": f.get("attribute"), "evidence": f["evidence"], "key_points": f["key_points"],
                "expect_refusal": False, "turns": [], "tool": None}
        for i, t in enumerate(turns, 1):
            t = dict(t)
            forms[f"{iid}#{i}"] = t.pop("_form")
            item["turns"].append(t)
        items.append(item)
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "items", len(forms), "later turns")


if __name__ == "__main__":
    main()
