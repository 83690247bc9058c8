"""Writes set.jsonl and forms.json for round 72 / xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
D = pathlib.Path(__file__).parent
F = {k: v for k, v in [
    ("01", "cx01_财务部经理岗位说明书.docx"), ("02", "cx02_车辆调度员岗位说明书.docx"),
    ("03", "cx03_培训部工作手册.docx"), ("04", "cx04_部门KPI指标库.xlsx"), ("05", "cx05_招聘岗位一览.xlsx"),
    ("06", "cx06_技术岗位招聘信息.csv"), ("07", "cx07_人才招聘.html"), ("08", "cx08_培训学校出纳岗位说明书.pdf"),
    ("09", "cx09_人事行政部经理绩效考核表.md"), ("10", "cx10_导购岗位职责.txt"), ("11", "cx11_酒店前台职位描述.txt"),
    ("12", "cx12_行政主管岗位说明书.txt"), ("13", "cx13_人力资源招聘专员行为标准.txt"),
    ("14", "cx14_财务部内控与财务分析KPI组成表.txt"), ("15", "cx15_教务工作岗位素能.txt"), ("16", "cx16_薪资核算专员职位描述.txt")]}
def L(f, a, b=None): return {"file": F[f], "line_start": a, "line_end": b or a}
def Q(f, q): return {"file": F[f], "quote": q}
def T(question, intent, role, ev, kp, form, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if intent == "attribute": t["attribute"] = attribute
    t["_form"] = form
    return t
def OOS(question, form): return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": [], "_form": form}

convs = []  # (persona, first-intent, role, attribute, question, evidence, kp, turns)
def C(persona, intent, role, attr, q, ev, kp, turns): convs.append((persona, intent, role, attr, q, ev, kp, turns))

C("new_hire", "duty", "车辆调度员", None, "车辆调渡员平时都干些啥", [Q("02", "根据客户有车需求,对人员车辆进行合理调配"), Q("02", "2.车辆值班安排")], [["合理调配"], ["值班"]], [
  T("那对学历有啥硬性门槛没", "attribute", "车辆调度员", [Q("02", "高中及以上")], [["高中"], ["及以上", "以上"]], "ellipsis", "education"),
  T("他归谁直接管呀", "attribute", "车辆调度员", [Q("02", "车辆租赁中心主任")], [["车辆租赁中心"], ["主任"]], "pronoun", "reports_to"),
  T("业绩标准里排第二的那条指标是啥来着", "kpi", "车辆调度员", [Q("02", "客户满意率达90%以上")], [["客户满意率"], ["90%"]], "ordinal")])
C("hr", "attribute", "财务部经理", "certificate", "财务经理这个岗需要持什么证", [Q("01", "会计师资格证书")], [["会计师"], ["资格证书"]], [
  T("这位置要求干过几年财务", "attribute", "财务部经理", [Q("01", "八年以工业企业财务管理经验")], [["八年"], ["五年"]], "switch attribute", "experience"),
  T("他直接管着的下级是哪几个", "attribute", "财务部经理", [Q("01", "财务会计、出纳")], [["出纳"], ["财务会计", "成本会计"]], "pronoun", "subordinates"),
  OOS("公司这边社保一般交几档", "out-of-scope mid")])
C("manager", "duty", "培训部经理", None, "培训部经理平常都要管哪些事情啊", [Q("03", "责培训部的日常管理工作"), Q("03", "责培训部员工的工作安排与绩效考核"), Q("03", "g)负责培训市场的开拓")], [["日常管理"], ["绩效考核"], ["培训市场的开拓"]], [
  T("你列的第4条能展开聊聊不", "duty", "培训部经理", [Q("03", "责培训业务经营发展的规划,核心组课程的引入")], [["核心组课程"], ["规划"]], "ordinal"),
  OOS("同部门的培训顾问又是干嘛的", "switch role (near-miss)"),
  T("那整个培训部的部门职能有哪些", "duty", None, [Q("03", "负责公司师资库的建立"), Q("03", "负责公司培训档案的建立")], [["师资库"], ["培训档案"]], "switch to department")])
C("hr", "kpi", None, None, "人力资源部的KPI库里,财务类一共列了哪几个指标", [Q("04", "部门费用预算达成率"), Q("04", "薪资总量预算安排达成率"), Q("04", "招聘费用预算达成率"), Q("04", "培训费用预算达成率")], [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], [
  T("招聘管理那块呢", "kpi", None, [Q("04", "招聘空缺职位所需的平均天数"), Q("04", "人员编制控制率")], [["招聘空缺职位所需的平均天数"], ["人员编制控制率"]], "ellipsis"),
  T("刚说的第二个指标公式是怎么算的", "kpi", None, [Q("04", "(实际人数/计划编制人数)*100%")], [["实际人数"], ["计划编制人数"]], "ordinal")])
C("manager", "kpi", None, None, "审计部一般考核哪些指标", [Q("04", "审计计划执行率"), Q("04", "审计报告一次经过率"), Q("04", "审计问题追踪检查率"), Q("04", "审计报告归档率")], [["审计计划执行率"], ["审计报告一次经过率"], ["审计问题追踪检查率"], ["审计报告归档率"]], [
  T("那资金部那边考啥呢", "kpi", None, [Q("04", "公司资金预算达成率"), Q("04", "资金收支准确度"), Q("04", "资金使用目标达成率")], [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用目标达成率"]], "ellipsis (switch dept)"),
  T("资金部就这几个?还有没有漏的", "kpi", None, [Q("04", "资金头寸变动信息掌握的及时性"), Q("04", "资金使用评估报告编制及时率")], [["资金头寸变动信息掌握的及时性"], ["资金使用评估报告编制及时率"]], "more"),
  T("回到审计部,审计结果准确性看什么", "kpi", None, [Q("04", "审计结果更正的次数")], [["审计结果更正"], ["次数"]], "back to earlier topic")])
C("new_hire", "qualification", "生产主管", None, "注塑厂招的生产主管有啥要求", [Q("05", "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["注塑类"], ["两年以上"]], [
  T("这个主管进去主要忙些什么", "duty", "生产主管", [Q("05", "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], "pronoun"),
  T("研发经理那边呢,负责些啥活", "duty", "研发经理", [Q("05", "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]], "switch role"),
  T("这两个岗哪个年龄放得更宽", "qualification", None, [Q("05", "本科以上，25-45岁，注塑类相关专业"), Q("05", "本科以上，20-45岁，模具设计类专业")], [["25-45"], ["20-45"]], "comparison")])
C("new_hire", "duty", "销售经理", None, "销售经理岗位要经常出差吗", [Q("05", "每年有1~2次到上海等地出差")], [["1~2次", "1-2次", "一两次"], ["上海"]], [
  T("学历跟年龄卡多少", "qualification", "销售经理", [Q("05", "本科以上，20-35岁，英语专业者优先")], [["本科"], ["20-35"]], "ellipsis"),
  T("那文案策划这块要求又咋样", "qualification", "文案策划", [Q("05", "大专以上，20-35岁，有经验者优先")], [["大专"], ["20-35"]], "switch role"),
  T("文案策划开多少钱", "attribute", "文案策划", [Q("05", "工作细心，认真负责")], [["面议"], ["食宿"]], "switch attribute", "pay")])
C("hr", "attribute", "测试工程师", "experience", "慧算账招测试经理,要求几年测试经验", [L("06", 58, 59)], [["5年以上"], ["团队管理"]], [
  T("那他主要负责啥", "duty", "测试工程师", [L("06", 51, 56)], [["测试计划"], ["测试用例"], ["培训"]], "pronoun"),
  T("职责第三点再展开讲讲呗", "duty", "测试工程师", [L("06", 53)], [["测试工具"], ["创新"]], "ordinal"),
  T("同一家公司的DBA岗呢,干些啥", "duty", "DBA", [L("06", 63, 68)], [["容量规划"], ["备份恢复"]], "switch role (company)")])
C("hr", "qualification", "前端开发工程师", None, "京东物流的前端研发工程师招聘要求是什么", [L("06", 98, 108)], [["本科"], ["3-5年"], ["React/Vue"]], [
  OOS("那薪水开多少呢这个", "ellipsis (empty field, near-miss)"),
  T("换成Moka那个前端呢", "attribute", "前端开发工程师", [L("06", 2)], [["15k-40k"], ["*15", "15薪", "15个月"]], "switch role (company)", "pay"),
  T("它工作地点在哪", "attribute", "前端开发工程师", [L("06", 2)], [["北京"], ["成都"]], "pronoun + switch attribute", "location")])
C("new_hire", "duty", "平台Site Reliability Engineer", None, "宝洁那个SRE岗位平时做啥工作", [L("06", 123)], [["DevOps平台"], ["运维"]], [
  T("对候选人有啥要求呢", "qualification", "平台Site Reliability Engineer", [L("06", 125, 129)], [["4年以上"], ["K8S"], ["英语"]], "ellipsis"),
  T("那人得去哪个城市坐班", "attribute", "平台Site Reliability Engineer", [L("06", 122)], [["广州"], ["珠江新城"]], "ellipsis (switch attribute)", "location")])
C("manager", "duty", "Golang 后端", None, "云霁科技go后端岗位职责有哪些", [L("06", 29, 31)], [["CloudIaC"], ["落地"]], [
  T("这岗位要几年golang经验", "attribute", "Golang 后端", [L("06", 35)], [["2-5年"], ["Golang"]], "ellipsis", "experience"),
  T("有什么加分的条件吗", "qualification", "Golang 后端", [L("06", 46, 49)], [["terraform"], ["开源作品"]], "ellipsis"),
  OOS("顺便问下k8s里deployment的yaml该怎么写", "out-of-scope (programming near-miss)")])
C("hr", "qualification", "产品经理", None, "产品经理-People那个职位要什么样的人", [L("06", 20, 23)], [["同理心"], ["学习能力"], ["Ownership"]], [
  T("要求里第2条具体指什么", "qualification", "产品经理", [L("06", 21)], [["持续吸收行业动态"], ["方法论"]], "ordinal"),
  T("那它的工作职责又有哪些", "duty", "产品经理", [L("06", 14, 17)], [["绩效爆品"], ["数据分析"]], "ellipsis")])
C("new_hire", "duty", "销售员", None, "钢结构公司销售员的职责是什么", [L("07", 96, 104)], [["销售额"], ["拜访"], ["开拓新客户"]], [
  T("这个岗待遇咋样,有社保不", "attribute", "销售员", [L("07", 122, 123)], [["面议"], ["社会保险"], ["住宿"]], "ellipsis", "benefits"),
  T("对英语水平有要求没有", "qualification", "销售员", [L("07", 111)], [["英语"], ["四级"]], "ellipsis"),
  T("换成采购员,学历呢", "attribute", "采购员", [L("07", 150)], [["大专"], ["物流及供应链管理"]], "switch role", "education")])
C("hr", "qualification", "机修工", None, "钢构厂机修工招人要什么条件", [L("07", 272)], [["中专"], ["5年以上"], ["资格证书"]], [
  T("维休电工呢", "qualification", "维修电工", [L("07", 303)], [["中专"], ["电气"]], "switch role (typo)"),
  T("这两个岗位要求有啥区别", "qualification", None, [L("07", 272), L("07", 303)], [["机械"], ["电气"]], "comparison"),
  T("维修电工工作内容第二条说的啥", "duty", "维修电工", [L("07", 312)], [["例保"], ["大修"]], "ordinal")])
C("new_hire", "attribute", "焊工", "certificate", "钢构厂焊工上岗得有什么证", [L("07", 133)], [["焊工证"], ["质监局"]], [
  T("年龄上有没有限制", "qualification", "焊工", [L("07", 130)], [["40岁"], ["以下"]], "ellipsis"),
  T("埋弧焊工的年龄呢", "qualification", "埋弧焊工", [L("07", 226)], [["45岁"], ["以下"]], "switch role"),
  T("那它具体干什么活", "duty", "埋弧焊工", [L("07", 229)], [["埋弧焊机"], ["钢结构焊接"]], "pronoun")])
C("manager", "attribute", "生产技术部长", "experience", "生产技术部长这个位置要多少年工作经验", [L("07", 74, 78)], [["10年以上"], ["车间主任"]], [
  T("专业方面呢,要学什么的", "attribute", "生产技术部长", [L("07", 74)], [["设备动力管理"], ["机电一体化"]], "ellipsis", "major"),
  OOS("这个部长平时负责哪些工作", "pronoun (near-miss: no duties)"),
  T("那高压值班电工要什么证", "attribute", "高压值班电工", [L("07", 296)], [["高压电工"], ["资格证"]], "switch role", "certificate")])
C("new_hire", "attribute", "出纳", "reports_to", "培训学校那份出纳说明书里,直接主管写的谁", [Q("08", "直接主管:分校校长")], [["分校校长"], ["直接主管"]], [
  T("那隔级领导写的是谁呢", "attribute", "出纳", [Q("08", "直接主管:分校校长")], [["总经理"], ["隔级"]], "ellipsis", "reports_to"),
  T("这个出纳底下带人不", "attribute", "出纳", [Q("08", "直接主管:分校校长")], [["直接下属"], ["无", "没有"]], "pronoun", "subordinates"),
  T("职责清单里第7条写的什么", "duty", "出纳", [Q("08", "按领导审批过的退费手续")], [["退费"], ["审批"]], "ordinal")])
C("hr", "qualification", "出纳", None, "出纳需要什么学历和证书", [Q("08", "会计、金融类专业大专或以上学历,会计从业资格证")], [["大专"], ["会计从业资格证"]], [
  T("从业经验要多久呢", "attribute", "出纳", [Q("08", "2年以上出纳工作经验")], [["2年以上"], ["出纳工作经验"]], "ellipsis", "experience"),
  T("招出纳是男是女有讲究吗", "qualification", "出纳", [Q("08", "性别不限(女姓佳)")], [["不限"], ["女"]], "switch attribute"),
  T("那财务部经理呢", "qualification", "财务部经理", [Q("01", "35-45岁、性别不限、无身体疾病或残疾")], [["性别不限"], ["35-45"]], "switch role (other document)")])
C("manager", "kpi", "人事行政部经理", None, "人事行政部经理考核表里客户类有哪些指标", [L("09", 17, 18)], [["内部员工满意率"], ["后勤投诉次数"]], [
  T("这俩的权重分别多少", "kpi", "人事行政部经理", [L("09", 17, 18)], [["5%"], ["10%"]], "ellipsis"),
  T("学习成长革新类下面又有哪些", "kpi", "人事行政部经理", [L("09", 19, 22)], [["部门员工保有率"], ["人力计划完成率"], ["员工测评"]], "ellipsis (switch dimension)"),
  T("其中第一个指标怎么给分", "kpi", "人事行政部经理", [L("09", 19)], [["大于70%"], ["0分"]], "ordinal")])
C("hr", "kpi", "人事行政部经理", None, "人事行政部经理哪项指标权重最高", [L("09", 14)], [["绩效、薪资管理完成率"], ["15%"]], [
  T("权重是0的是哪个", "kpi", "人事行政部经理", [L("09", 15)], [["工作流程改善目标完成率"], ["0%"]], "ellipsis"),
  T("内部运营类这一大类总共占多大权重", "kpi", "人事行政部经理", [L("09", 10)], [["50%"], ["内部运营类"]], "switch (dimension weight)"),
  OOS("顺带问一句,人事行政这个经理岗对学历是怎么要求的", "out-of-scope mid (near-miss: KPI sheet only)")])
C("new_hire", "attribute", "导购", "reports_to", "专卖店导购员向谁汇报", [L("10", 43)], [["店长"], ["领导"]], [
  T("那它每天早上要干嘛", "duty", "导购", [L("10", 47, 49)], [["样板"], ["POP"]], "pronoun"),
  T("那招这个岗要满足啥条件", "qualification", "导购", [L("10", 33, 39)], [["学历不限"], ["轮班"], ["粤语"]], "ellipsis"),
  T("任职要求第4点讲的是啥,细说下", "qualification", "导购", [L("10", 39)], [["卖场促销"], ["粤语"]], "ordinal")])
C("new_hire", "attribute", "酒店前台", "benefits", "酒店前台休息怎么安排", [L("11", 14)], [["4天"], ["调休"]], [
  T("那班次时间怎么排的", "attribute", "酒店前台", [L("11", 15)], [["8:00"], ["16:00"], ["24:00"]], "ellipsis", "benefits"),
  T("核心工作第二条是什么", "duty", "酒店前台", [L("11", 4)], [["退房结算"], ["收银系统"]], "ordinal"),
  OOS("前台工资多少", "out-of-scope (pay not stated)")])
C("hr", "qualification", "酒店前台", None, "酒店招前台对人有什么要求", [L("11", 9, 12)], [["亲和力"], ["预订系统"], ["应变"], ["合规"]], [
  T("除了这些有什么福利待遇", "attribute", "酒店前台", [L("11", 16)], [["生日"], ["免费食宿"]], "ellipsis (switch attribute)", "benefits"),
  T("回到刚才的要求,应变那条具体说的什么", "qualification", "酒店前台", [L("11", 11)], [["临时加床"], ["延迟退房"]], "back to earlier topic")])
C("new_hire", "attribute", "行政主管", "reports_to", "行政主管的直属上级是哪个岗位", [L("12", 9, 10)], [["行政经理"], ["直属上级"]], [
  T("挂在哪个部门下面", "attribute", "行政主管", [L("12", 15, 16)], [["行政管理部"], ["部门"]], "ellipsis", "department"),
  OOS("他的业绩衡量标准里都写了啥", "pronoun (near-miss: 略)"),
  T("主要职责里占比最大的是哪块", "duty", "行政主管", [L("12", 38, 47)], [["65"], ["行政管理工作"]], "ellipsis")])
C("manager", "duty", "行政主管", None, "行政经理助理工作职责有哪些", [L("12", 32, 54)], [["行政工作规划"], ["固定资产"], ["考勤"]], [
  T("这个岗的工作概述写的啥", "attribute", "行政主管", [L("12", 26)], [["行政服务支持"], ["协助行政经理"]], "ellipsis", "purpose"),
  T("第三块具体包括什么", "duty", "行政主管", [L("12", 48, 54)], [["队伍建设"], ["考勤"], ["外联"]], "ordinal")])
C("hr", "qualification", "人力资源专员", None, "人力资源专员任职资格有哪几条", [L("13", 3, 7)], [["本科"], ["1-2年"], ["MS Office"]], [
  T("学啥专业的比较对口呢这岗", "attribute", "人力资源专员", [L("13", 3)], [["人力资源"], ["经济", "管理类"]], "ellipsis", "major"),
  T("那招聘专员转正考核这块要做啥", "duty", "招聘专员", [L("13", 15, 18)], [["转正考核"], ["异动"]], "switch role"),
  OOS("员工合同到期不续签要给补偿吗", "out-of-scope (labour law)")])
C("manager", "kpi", "财务分析会计", None, "财务分析报告这个KPI权重占多少", [L("14", 4)], [["30%"], ["软指标", "季"]], [
  T("它的评分项有哪些", "kpi", "财务分析会计", [L("14", 13, 16)], [["格式"], ["准确性"], ["有效性"], ["及时性"]], "pronoun"),
  T("那月底结帐那一项呢", "kpi", "财务分析会计", [L("14", 6, 7)], [["25%"], ["及时性50%"], ["准确性50%"]], "ellipsis"),
  T("利润中心的操作维护被事业部投诉会怎么扣分", "kpi", "财务分析会计", [L("14", 5)], [["一次-5分"], ["0分"]], "switch indicator")])
C("hr", "attribute", "教务", "education", "教务岗学历有要求吗", [L("15", 5)], [["大学专科"], ["师范"]], [
  T("需要多少工作经历", "attribute", "教务", [L("15", 6)], [["2年以上"], ["1年以上同岗位"]], "ellipsis", "experience"),
  T("基本素养方面要求哪些", "qualification", "教务", [L("15", 8, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], "ellipsis (switch section)"),
  OOS("教务的月薪大概多少", "out-of-scope (pay not stated)")])
C("new_hire", "duty", "薪资核算专员", None, "薪酬核算专员是干啥的", [L("16", 4, 13)], [["月度薪资计提"], ["个税申报"], ["年终奖"]], [
  T("第六条详细点", "duty", "薪资核算专员", [L("16", 9)], [["个人所得税"], ["汇算清缴"]], "ordinal"),
  T("这个岗位对工作经验怎么要求", "attribute", "薪资核算专员", [L("16", 16)], [["2年以上"], ["HRSSC"]], "ellipsis", "experience"),
  OOS("顺便问一下个税起征点现在是多少", "out-of-scope")])
C("hr", "attribute", "财务部经理", "education", "袜业公司财务部经理要求什么学历", [Q("01", "会计专业本科学历")], [["本科"], ["会计"]], [
  T("那培训学校的出纳呢", "qualification", "出纳", [Q("08", "会计、金融类专业大专或以上学历,会计从业资格证")], [["大专"], ["会计"]], "switch role (other document)"),
  T("那薪资核算专员呢", "qualification", "薪资核算专员", [L("16", 15)], [["本科"], ["人力资源", "财务", "统计学"]], "switch role (other document)"),
  T("回到财务部经理,他的上级是谁", "attribute", "财务部经理", [Q("01", "财务总监"), Q("01", "直接上级")], [["财务总监", "财务部总监"], ["上级"]], "back to earlier topic", "reports_to")])
C("manager", "qualification", "高压值班电工", None, "钢构厂高压值班电工要几年经验", [L("07", 296)], [["三年以上"]], [
  T("学历呢", "attribute", "高压值班电工", [L("07", 296)], [["初中以上"]], "ellipsis", "education"),
  T("铆工呢", "qualification", "铆工", [L("07", 140, 143)], [["高中"], ["3年以上"]], "switch role"),
  T("这两个哪个年龄卡得更严", "qualification", None, [L("07", 296), L("07", 140)], [["45"], ["40"]], "comparison")])

convs = convs[:30]
items, forms = [], {}
for i, (persona, intent, role, attr, q, ev, kp, turns) in enumerate(convs, 1):
    iid = f"r72x-fu-{i:02d}"
    ts = []
    for j, t in enumerate(turns, 2):
        forms[f"{iid}#{j}"] = t.pop("_form")
        ts.append(t)
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False, "turns": ts, "tool": None,
                  "_first_intent": intent})
singles = [
 {"id": "r72x-duty-01", "persona": "new_hire", "intent": "duty", "question": "机械技术储备岗进去要做哪些工作", "role": "机械技术储备", "attribute": None,
  "evidence": [L("07", 239, 247)], "key_points": [["维修钳工"], ["故障"]], "expect_refusal": False, "turns": None, "tool": None},
 {"id": "r72x-attr-01", "persona": "new_hire", "intent": "attribute", "question": "美团成都那个前端工程师岗位在哪办公", "role": "前端开发工程师", "attribute": "location",
  "evidence": [L("06", 75)], "key_points": [["成都"], ["美团"]], "expect_refusal": False, "turns": None, "tool": None},
 {"id": "r72x-kpi-01", "persona": "hr", "intent": "kpi", "question": "人力资源部绩效管理方面考核哪些指标", "role": None, "attribute": None,
  "evidence": [Q("04", "员工绩效计划的按时完成率"), Q("04", "员工绩效考核申诉处理及时性")], "key_points": [["员工绩效计划的按时完成率"], ["员工绩效考核申诉处理及时性"]], "expect_refusal": False, "turns": None, "tool": None},
 {"id": "r72x-oos-01", "persona": "new_hire", "intent": "out_of_scope", "question": "培训助理具体负责哪些事", "role": None, "attribute": None,
  "evidence": [], "key_points": [], "expect_refusal": True, "turns": None, "tool": None},
 {"id": "r72x-jd-01", "persona": "hr", "intent": "jd", "question": "帮我给车辆调度员写个招聘用的JD", "role": "车辆调度员", "attribute": None,
  "evidence": [Q("02", "根据客户有车需求,对人员车辆进行合理调配"), Q("02", "2.车辆值班安排"), Q("02", "根据司机出车情况进行考核")], "key_points": [["合理调配"], ["值班"], ["考核"]], "expect_refusal": False, "turns": None,
  "tool": {"kind": "jd", "role": "车辆调度员", "must_cite_files": [F["02"]], "expect_sections": ["duties", "qualifications"]}},
 {"id": "r72x-kd-01", "persona": "manager", "intent": "kpi_design", "question": "给资金部设计一套考核指标", "role": "资金部", "attribute": None,
  "evidence": [Q("04", "公司资金预算达成率"), Q("04", "资金收支准确度"), Q("04", "资金使用目标达成率")], "key_points": [["公司资金预算达成率"], ["资金收支准确度"], ["资金使用目标达成率"]], "expect_refusal": False, "turns": None,
  "tool": {"kind": "kpi_design", "role": "资金部", "count": None, "must_cite_files": [F["04"]], "expected_indicators": ["公司资金预算达成率", "资金收支准确度", "资金使用目标达成率"]}},
]
first_intents = {it["id"]: it.pop("_first_intent") for it in items}
with open(D / "set.jsonl", "w") as f:
    for it in items + singles: f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump({"later_turn_forms": forms, "first_turn_intents": first_intents}, open(D / "forms.json", "w"), ensure_ascii=False, indent=1)
print(len(items), "followups,", sum(len(i["turns"]) for i in items), "later turns,", len(singles), "singles")
