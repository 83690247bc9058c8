"""Generates set.jsonl and forms.json for round68/xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
D = pathlib.Path(__file__).parent
F = {k: v for k, v in [
    ("01", "cx01_财务部经理岗位说明书.docx"), ("02", "cx02_车辆调度员岗位说明书.docx"),
    ("03", "cx03_培训部工作手册.docx"), ("04", "cx04_部门KPI指标库.xlsx"), ("05", "cx05_招聘岗位一览.xlsx"),
    ("06", "cx06_技术岗位招聘信息.csv"), ("07", "cx07_人才招聘.html"), ("08", "cx08_培训学校出纳岗位说明书.pdf"),
    ("09", "cx09_人事行政部经理绩效考核表.md"), ("10", "cx10_导购岗位职责.txt"), ("11", "cx11_酒店前台职位描述.txt"),
    ("12", "cx12_行政主管岗位说明书.txt"), ("13", "cx13_人力资源招聘专员行为标准.txt"),
    ("14", "cx14_财务部内控与财务分析KPI组成表.txt"), ("15", "cx15_教务工作岗位素能.txt"), ("16", "cx16_薪资核算专员职位描述.txt")]}

def L(f, a, b=None):
    return {"file": F[f], "line_start": a, "line_end": b or a}

def Q(f, q):
    return {"file": F[f], "quote": q}

def T(question, intent, role, ev, kp, attr=None, form=""):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attr: t["attribute"] = attr
    return t, form

def OOS(question, form):
    return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}, form

items, forms = [], {}

def conv(n, persona, first, turns):
    q, intent, role, ev, kp, attr = first
    iid = f"x68-fu-{n:02d}"
    items.append({"id": iid, "persona": persona, "intent": "followup", "question": q, "role": role,
                  "attribute": attr, "evidence": ev, "key_points": kp, "expect_refusal": False,
                  "turns": [t for t, _ in turns], "tool": None})
    forms[iid] = [{"turn": i + 2, "question": t["question"], "form": f} for i, (t, f) in enumerate(turns)]

# 1 cx02 docx
conv(1, "new_hire", ("车辆掉度员平时主要干些什么活？", "duty", "车辆调度员",
     [Q("02", "根据客户有车需求,对人员车辆进行合理调配"), Q("02", "2.车辆值班安排"), Q("02", "根据司机出车情况进行考核")],
     [["合理调配"], ["值班"], ["考核"]], None), [
    T("他的直属领导是哪个", "attribute", "车辆调度员", [Q("02", "车辆租赁中心主任")], [["车辆租赁中心主任"], ["租赁中心"]], "reports_to", "pronoun"),
    T("学历这块要到啥程度", "attribute", "车辆调度员", [Q("02", "高中及以上")], [["高中"], ["及以上"]], "education", "ellipsis"),
    T("那专业方面有限定吗", "attribute", "车辆调度员", [Q("02", "汽车修理专业")], [["汽车修理"], ["专业"]], "major", "ellipsis (那X呢)"),
])
# 2 cx01 docx
conv(2, "hr", ("财务经理这个岗位得持什么证？", "attribute", "财务部经理", [Q("01", "会计师资格证书")], [["会计师资格证书", "会计师"], ["证书"]], "certificate"), [
    T("工作经验要求多少年", "attribute", "财务部经理", [Q("01", "八年以工业企业财务管理经验,至少五年同职经历")], [["八年"], ["五年"]], "experience", "switch attribute"),
    OOS("顺便问下，今天股市行情怎么样", "out-of-scope in the middle"),
    T("回到刚才那个经理，他手下管着哪些人", "attribute", "财务部经理", [Q("01", "财务会计、出纳"), Q("01", "成本会计")], [["出纳"], ["财务会计", "成本会计"]], "subordinates", "back to earlier topic after OOS"),
])
# 3 cx08 pdf
conv(3, "new_hire", ("培训学校的出纳每天主要负责些什么", "duty", "出纳",
     [Q("08", "根据各校区发来的收入数据进行数据录入"), Q("08", "查询银行存款余额,登记并清算现金支出"), Q("08", "通过银行代发或现金发放形式按时")],
     [["收入数据"], ["银行存款余额"], ["工资"]], None), [
    T("第四条再具体讲讲是啥意思", "duty", "出纳", [Q("08", "通过银行代发或现金发放形式按时")], [["银行代发"], ["奖金"]], None, "ordinal"),
    T("她的直接主管是谁", "attribute", "出纳", [Q("08", "隔级领导:总经理")], [["分校校长"], ["直接主管"]], "reports_to", "pronoun"),
    T("她上岗要考什么证", "attribute", "出纳", [Q("08", "会计、金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["大专"]], "certificate", "ellipsis"),
])
# 4 cx16 txt
conv(4, "hr", ("薪酬核算这个岗位要做哪些事", "duty", "薪资核算专员", [L("16", 4, 13)],
     [["月度薪资计提", "计提"], ["个税申报", "个人所得税"], ["薪资发放"]], None), [
    T("第6条给我展开讲一下", "duty", "薪资核算专员", [L("16", 9)], [["汇算清缴"], ["个税咨询"]], None, "ordinal"),
    T("那对应聘的人有啥要求呢", "qualification", "薪资核算专员", [L("16", 15, 18)], [["本科"], ["2年以上"], ["劳动法"]], None, "ellipsis (那X呢)"),
    T("换成招聘专员呢，他要做什么", "duty", "招聘专员", [L("13", 9, 20)], [["招聘"], ["转正考核"], ["异动"]], None, "switch role"),
])
# 5 cx11 txt
conv(5, "new_hire", ("酒店前台每个月能休几天", "attribute", "酒店前台", [L("11", 14)], [["4天"], ["休息"]], "benefits"), [
    T("那上班时间是怎么排班的", "attribute", "酒店前台", [L("11", 15)], [["两班轮班", "轮班"], ["16:00"]], "benefits", "ellipsis"),
    T("除了这个还有别的吗", "attribute", "酒店前台", [L("11", 16)], [["生日"], ["免费食宿"]], "benefits", "还有吗 (anything else)"),
    T("她要会用哪些系统", "attribute", "酒店前台", [L("11", 10)], [["预订系统"], ["收银系统"]], "skills", "pronoun + switch attribute"),
])
# 6 cx10 GBK
conv(6, "new_hire", ("专卖店导购员的上级是谁", "attribute", "导购", [L("10", 43)], [["店长"], ["领导", "负责"]], "reports_to"), [
    T("那她每天一早到店要干嘛", "duty", "导购", [L("10", 47, 49)], [["样板"], ["POP", "标签"]], None, "pronoun"),
    T("招这个岗对性别有要求没", "qualification", "导购", [L("10", 33)], [["女"], ["学历不限"]], None, "switch attribute"),
    T("会讲粤语有优势吗", "qualification", "导购", [L("10", 39)], [["粤语优先"], ["促销"]], None, "ellipsis"),
])
# 7 cx12 BOM txt
conv(7, "manager", ("行政主管平常的直属上级是哪位", "attribute", "行政主管", [L("12", 9, 10)], [["行政经理"], ["直属上级"]], "reports_to"), [
    T("这个岗挂在哪个部门下面", "attribute", "行政主管", [L("12", 15, 16)], [["行政管理部"], ["部门"]], "department", "ellipsis"),
    OOS("那他的业绩衡量标准具体怎么定的", "near-miss OOS (略 field), pronoun"),
    T("占65%时间的那块工作具体包括什么", "duty", "行政主管", [L("12", 38, 47)], [["归档"], ["办公用品"], ["固定资产"]], None, "reference by property"),
])
# 8 cx07 html
conv(8, "hr", ("焊工招聘对年龄有限制吗", "qualification", "焊工", [L("07", 130)], [["40岁以下"], ["年龄"]], None), [
    T("要是换成埋弧焊工呢", "qualification", "埋弧焊工", [L("07", 226)], [["45岁以下"], ["埋弧焊"]], None, "switch role (换成X呢)"),
    T("这两个岗位学历要求有啥不一样", "qualification", None, [L("07", 130), L("07", 226)], [["高中"], ["初中"]], None, "comparison of last two posts"),
    T("回到焊工，他要持什么证上岗", "attribute", "焊工", [L("07", 133)], [["焊工证"], ["质监局"]], "certificate", "back to earlier post"),
])
# 9 cx07 html
conv(9, "new_hire", ("钢结构公司的销售员要做哪些工作", "duty", "销售员", [L("07", 97, 103)], [["销售额"], ["拜访"], ["开拓新客户"]], None), [
    T("对英语要求到几级", "qualification", "销售员", [L("07", 111)], [["四级"], ["英语"]], None, "ellipsis"),
    T("那这个销售员待遇咋样", "attribute", "销售员", [L("07", 123)], [["双休"], ["面议"], ["住宿"]], "benefits", "switch attribute"),
    T("换成采够员，他的工作内容呢", "duty", "采购员", [L("07", 156, 177)], [["采购制度"], ["谈判"], ["采购计划"]], None, "switch role + typo"),
])
# 10 cx07 html
conv(10, "hr", ("机修工要满足什么条件", "qualification", "机修工", [L("07", 272)], [["50周岁以下"], ["中专"], ["5年以上"]], None), [
    T("那维修电公呢", "qualification", "维修电工", [L("07", 303)], [["50周岁以下"], ["电气"], ["资格证书"]], None, "switch role + typo"),
    T("他的工作内容是什么", "duty", "维修电工", [L("07", 309, 318)], [["例保"], ["断电"], ["修理记录"]], None, "pronoun + switch intent"),
    T("工作内容第二条再展开讲讲", "duty", "维修电工", [L("07", 312)], [["二保"], ["大修"]], None, "ordinal"),
])
# 11 cx06 csv
conv(11, "hr", ("慧算账招的DBA主要负责什么", "duty", "DBA", [L("06", 63, 68)], [["容量规划"], ["SQL调优"], ["备份恢复"]], None), [
    T("学历和专业要求呢", "qualification", "DBA", [L("06", 70)], [["本科"], ["计算机"]], None, "ellipsis (那X呢)"),
    T("这个DBA在哪个城市上班", "attribute", "DBA", [L("06", 62)], [["广州"], ["慧算账"]], "location", "ellipsis"),
    T("同一家公司的测试经理要几年经验", "attribute", "测试工程师", [L("06", 58)], [["5年以上"], ["测试"]], "experience", "switch role, company"),
])
# 12 cx06 csv
conv(12, "hr", ("宝洁的SRE需要几年经验", "attribute", "平台Site Reliability Engineer", [L("06", 125)], [["4年以上"], ["系统管理员"]], "experience"), [
    T("还要掌握哪些技术", "attribute", "平台Site Reliability Engineer", [L("06", 126, 128)], [["开发语言"], ["K8S"], ["DevOps"]], "skills", "switch attribute"),
    T("那工作地点在哪呢", "attribute", "平台Site Reliability Engineer", [L("06", 122)], [["广州"], ["珠江新城"]], "location", "ellipsis (X呢)"),
    OOS("K8S的Pod资源限制该怎么写yaml", "OOS programming near-miss"),
])
# 13 cx06 csv
conv(13, "new_hire", ("Go后端那个岗位要做啥", "duty", "Golang 后端", [L("06", 29, 31)], [["CloudIaC"], ["设计和开发"], ["落地"]], None), [
    T("那它的加分项都有啥", "qualification", "Golang 后端", [L("06", 46, 49)], [["terraform"], ["开源作品"]], None, "ellipsis"),
    T("这个岗位给多少钱一个月", "attribute", "Golang 后端", [L("06", 27)], [["20-40k"], ["Golang"]], "pay", "switch attribute"),
    T("和Moka的前端开发比哪个工资高", "attribute", None, [L("06", 27), L("06", 2)], [["20-40k"], ["15k-40k"]], "pay", "comparison, company"),
])
# 14 cx06 csv
conv(14, "manager", ("Moka的产品经理岗位职责是啥", "duty", "产品经理", [L("06", 14, 17)], [["绩效爆品"], ["用户行为数据分析"], ["跨团队合作"]], None), [
    T("其中第三条具体是什么意思呢", "duty", "产品经理", [L("06", 16)], [["用户行为数据分析"], ["持续优化"]], None, "ordinal"),
    T("那应聘这个产品岗的要求呢", "qualification", "产品经理", [L("06", 20, 23)], [["同理心"], ["学习能力"], ["Ownership"]], None, "ellipsis (X呢)"),
    T("有没有什么加分的条件", "qualification", "产品经理", [L("06", 26)], [["绩效"], ["OKR"]], None, "ellipsis"),
])
# 15 cx06 csv
conv(15, "hr", ("京东物流招的前端研发，要求几年工作经验", "attribute", "前端开发工程师", [L("06", 99)], [["3-5年"], ["前端开发经验"]], "experience"), [
    T("那美团的前端呢", "attribute", "前端开发工程师", [L("06", 86)], [["3年及以上"], ["互联网研发"]], "experience", "switch company (那X呢)"),
    T("美团这个岗位具体负责什么", "duty", "前端开发工程师", [L("06", 80, 83)], [["CRM"], ["中后台"], ["培养团队"]], None, "switch intent, demonstrative"),
])
# 16 cx05 xlsx
conv(16, "manager", ("模具厂招生产主管要什么学历", "attribute", "生产主管", [Q("05", "本科以上，25-45岁，注塑类相关专业")], [["本科以上"], ["注塑"]], "education"), [
    T("那他的日常工作职责呢", "duty", "生产主管", [Q("05", "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]], None, "ellipsis (X呢)"),
    T("如果换成机械技术员呢", "duty", "机械技术员", [Q("05", "协助工程师完成车间机器的维修")], [["维修"], ["治具"]], None, "switch role (换成X呢)"),
    T("这俩哪个年龄要求更宽松", "qualification", None, [Q("05", "本科以上，25-45岁，注塑类相关专业"), Q("05", "大专以上，20-45岁，机械技术底子深厚")], [["25-45"], ["20-45"]], None, "comparison of last two posts"),
])
# 17 cx05 xlsx
conv(17, "new_hire", ("销售经理需要经常出差吗", "duty", "销售经理", [Q("05", "每年有1~2次到上海等地出差")], [["上海"], ["出差"]], None), [
    T("英语专业的有优势吗", "qualification", "销售经理", [Q("05", "本科以上，20-35岁，英语专业者优先")], [["英语专业者优先"], ["本科"]], None, "ellipsis"),
    T("公司包吃住不", "attribute", "销售经理", [Q("05", "本科以上，20-35岁，英语专业者优先")], [["免费食宿"], ["薪资面议"]], "benefits", "switch attribute, colloquial"),
])
# 18 cx04 xlsx
conv(18, "hr", ("人力资源部KPI指标库里，财务类的指标有哪几个", "kpi", None,
     [Q("04", "部门费用预算达成率"), Q("04", "薪资总量预算安排达成率"), Q("04", "招聘费用预算达成率"), Q("04", "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]], None), [
    T("第二个指标公式怎么算", "kpi", None, [Q("04", "(实际发生成本/计划成本)*100%")], [["实际发生成本"], ["计划成本"]], None, "ordinal"),
    T("招聘管理那块考核啥", "kpi", None, [Q("04", "招聘空缺职位所需的平均天数"), Q("04", "人员编制控制率")], [["平均天数"], ["人员编制控制率"]], None, "switch section"),
    T("那财务部的KPI呢", "kpi", None, [Q("04", "公司财务预算达成率"), Q("04", "现金收支准确性"), Q("04", "财务资料完好性")], [["财务预算达成率"], ["现金收支准确性"], ["财务资料完好性"]], None, "switch department (X呢)"),
])
# 19 cx04 xlsx
conv(19, "manager", ("审计部有哪些关键绩效指标", "kpi", None,
     [Q("04", "审计计划执行率"), Q("04", "审计报告一次经过率"), Q("04", "审计报告归档率")],
     [["审计计划执行率"], ["审计报告一次经过率"], ["审计报告归档率"]], None), [
    T("其中审计结果准确性怎么衡量", "kpi", None, [Q("04", "审计结果更正的次数")], [["更正的次数"], ["审计结果"]], None, "pick one item"),
    T("如果换成资金部呢", "kpi", None, [Q("04", "公司资金预算达成率"), Q("04", "资金收支准确度")], [["资金预算达成率"], ["资金收支准确度"]], None, "switch department (换成X呢)"),
])
# 20 cx09 md
conv(20, "manager", ("人事行政部经理的绩效考核分哪几类指标", "kpi", "人事行政部经理", [L("09", 8, 23)],
     [["财务类"], ["内部运营类"], ["客户类"], ["学习成长"]], None), [
    T("内部运营类占多大权重", "kpi", "人事行政部经理", [L("09", 10)], [["50%"], ["内部运营"]], None, "pick one dimension"),
    T("里面哪项权重最高", "kpi", "人事行政部经理", [L("09", 14)], [["绩效、薪资管理完成率"], ["15%"]], None, "deixis (里面)"),
    T("后勤投诉一次扣几分", "kpi", "人事行政部经理", [L("09", 18)], [["扣1分"], ["后勤投诉"]], None, "switch indicator"),
])
# 21 cx14 tab
conv(21, "hr", ("财务分析报告这个KPI权重是多少", "kpi", "财务分析会计", [L("14", 4)], [["30%"], ["财务分析报告"]], None), [
    T("它是怎么评分的", "kpi", "财务分析会计", [L("14", 12, 16)], [["格式"], ["数据的准确性"], ["数据的有效性"], ["及时性"]], None, "pronoun (它)"),
    T("那月底结帐处理呢", "kpi", "财务分析会计", [L("14", 6, 7)], [["及时性50%"], ["准确性50%"], ["耽误一次得0分"]], None, "switch indicator (那X呢)"),
    T("这项多久考核一次", "kpi", "财务分析会计", [L("14", 6)], [["季"], ["月底结帐"]], None, "ellipsis"),
])
# 22 cx03 docx
conv(22, "new_hire", ("培训部的经理要负责哪些事情", "duty", "培训部经理",
     [Q("03", "责培训部的日常管理工作"), Q("03", "责培训部员工的工作安排与绩效考核"), Q("03", "负责合理安排培训资源")],
     [["日常管理"], ["绩效考核"], ["培训资源"]], None), [
    T("第三条具体说说指什么", "duty", "培训部经理", [Q("03", "责培训部员工的工作安排与绩效考核")], [["工作安排"], ["绩效考核"]], None, "ordinal"),
    OOS("那培训顾问这个岗呢", "near-miss OOS (role named, no duties), switch role"),
    T("整个部门的职能有哪些", "duty", None, [Q("03", "负责培训服务产品的开发和策划工作"), Q("03", "负责公司内部全体员工的培训管理"), Q("03", "负责公司师资库的建立")],
      [["培训服务产品"], ["内部全体员工"], ["师资库"]], None, "switch to department"),
])
# 23 cx13 txt
conv(23, "hr", ("招人力资源专员，要什么学历、什么专业", "qualification", "人力资源专员", [L("13", 3)], [["本科"], ["人力资源"]], None), [
    T("那要几年相关工作经验", "attribute", "人力资源专员", [L("13", 4)], [["1-2年"], ["IT"]], "experience", "ellipsis"),
    T("招聘专员转正考核这块要做啥", "duty", "招聘专员", [L("13", 15, 17)], [["转正考核"], ["转正通知"]], None, "switch role"),
    T("再回到人力资源专员，英语有要求吗", "attribute", "人力资源专员", [L("13", 6)], [["中英文"], ["听、说、读、写", "听说读写"]], "skills", "back to earlier post"),
])
# 24 cx15 txt
conv(24, "new_hire", ("教务工作的岗位对学历有啥要求", "attribute", "教务", [L("15", 5)], [["大学专科"], ["师范"]], "education"), [
    T("对性别有限制吗", "qualification", "教务", [L("15", 4)], [["男女不限"], ["性别"]], None, "ellipsis (X呢)"),
    T("她需要具备哪些基本素养呢", "qualification", "教务", [L("15", 8, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]], None, "switch section"),
    OOS("教务每个月工资大概多少钱", "OOS (pay not stated)"),
])
# 25 cx01 docx
conv(25, "manager", ("XX袜业的财务部经理职责是什么", "duty", "财务部经理",
     [Q("01", "组织编制公司年度综合财务计划和控制标准"), Q("01", "建立健全财务管理体系")],
     [["年度综合财务计划"], ["财务管理体系"]], None), [
    T("他的岗位工作目标都有哪些", "duty", "财务部经理", [Q("01", "经营管理成本预、核算准确率100"), Q("01", "库存周转率、应收账款周转率小于期间额定标准")],
      [["准确率100"], ["库存周转率"]], None, "pronoun + switch section"),
    T("对年龄有没有要求", "qualification", "财务部经理", [Q("01", "35-45岁、性别不限")], [["35-45岁"], ["性别不限"]], None, "switch attribute"),
])
# 26 cx08 pdf + cx02
conv(26, "new_hire", ("出纳一周上几天班", "attribute", "出纳", [Q("08", "岗位每周工作时间5+1天")], [["5+1"], ["工作时间"]], "benefits"), [
    T("平级同事是谁", "attribute", "出纳", [Q("08", "隔级领导:总经理")], [["会计"], ["平级"]], "reports_to", "ellipsis"),
    T("那她下面有人吗", "attribute", "出纳", [Q("08", "隔级领导:总经理")], [["直接下属:无", "没有直接下属", "无直接下属", "没有下属"], ["下属"]], "subordinates", "pronoun"),
    T("跟车辆调度员比，谁的工作经验要求更高", "attribute", None, [Q("08", "2年以上出纳工作经验"), Q("02", "4年以上相关工作经验")], [["2年以上"], ["4年以上"]], "experience", "comparison with another post"),
])
# 27 cx10 GBK
conv(27, "new_hire", ("导购员要不要负责收银", "duty", "导购", [L("10", 11)], [["收银"], ["盘点"]], None), [
    T("那第三条职责是什么", "duty", "导购", [L("10", 13)], [["来货验收"], ["补货"]], None, "ordinal"),
    T("那任职要求有哪些", "qualification", "导购", [L("10", 33, 39)], [["学历不限"], ["轮班"], ["沟通能力"]], None, "ellipsis (那X呢)"),
])
# 28 cx11 txt
conv(28, "new_hire", ("酒店前台退房的时候要做什么", "duty", "酒店前台", [L("11", 4)], [["退房结算"], ["迷你吧"]], None), [
    T("碰到客人投诉她该怎么处理", "duty", "酒店前台", [L("11", 6)], [["安抚情绪"], ["上报主管"]], None, "ellipsis"),
    T("第五条呢", "duty", "酒店前台", [L("11", 7)], [["交接班"], ["备用房卡"]], None, "ordinal (第N条呢)"),
    OOS("前台的底薪一般多少钱", "OOS (pay not stated)"),
])
# 29 cx12 BOM txt
conv(29, "manager", ("行政经理助理这个岗位的工作概述是啥", "attribute", "行政主管", [L("12", 25, 26)], [["协助行政经理"], ["行政服务"]], "purpose"), [
    T("部门内部建设这块他负责啥", "duty", "行政主管", [L("12", 49, 54)], [["部门技能培训"], ["考勤"], ["接待"]], None, "pronoun"),
    T("这部分占多少时间", "duty", "行政主管", [L("12", 48, 49)], [["15%"], ["部门内部建设"]], None, "deixis (这部分)"),
    OOS("他的工作地点在哪里", "near-miss OOS (empty field), pronoun"),
])
# 30 cx16 + cx13
conv(30, "hr", ("薪资核算专员要有什么行业背景", "attribute", "薪资核算专员", [L("16", 16)], [["制造业"], ["HRSSC"]], "experience"), [
    T("这个岗需要懂哪些法规", "qualification", "薪资核算专员", [L("16", 17)], [["劳动法"], ["个人所得税法"]], None, "ellipsis"),
    T("跟人力资源专员比，谁的经验要求更高", "attribute", None, [L("16", 16), L("13", 4)], [["2年以上"], ["1-2年"]], "experience", "comparison with another post"),
    T("年终奖是怎么算的", "duty", "薪资核算专员", [L("16", 10)], [["年度绩效考核结果"], ["年终奖"]], None, "back to first post, ellipsis"),
])

# 6 singles
def single(n, persona, intent, q, role, ev, kp, attr=None, tool=None, refusal=False):
    items.append({"id": f"x68-{ {'duty':'duty','qualification':'qual','kpi':'kpi','out_of_scope':'oos','jd':'jd','attribute':'attr'}[intent]}-{n:02d}",
                  "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attr,
                  "evidence": ev, "key_points": kp, "expect_refusal": refusal, "turns": None, "tool": tool})

single(1, "new_hire", "duty", "剪板机操作工具体做什么工作", "剪板机操作工", [L("07", 189)], [["剪板机操作"], ["钢结构"]])
single(2, "hr", "qualification", "杭州百腾教育招前端，岗位要求是什么", "前端开发工程师", [L("06", 114, 117)], [["git"], ["React"], ["沟通能力"]])
single(3, "manager", "kpi", "利润中心的操作维护被投诉两次得几分", "财务分析会计", [L("14", 5)], [["二次–20分", "二次-20分"], ["利润中心"]])
single(4, "hr", "out_of_scope", "出租车司机的岗位职责有哪些", None, [], [], refusal=True)
single(5, "hr", "out_of_scope", "劳动合同里试用期最长能约定几个月呀", None, [], [], refusal=True)
single(6, "hr", "jd", "帮我起草一份车辆调度员的岗位说明书JD", "车辆调度员",
       [Q("02", "根据客户有车需求,对人员车辆进行合理调配"), Q("02", "根据司机出车情况进行考核")], [["合理调配"], ["考核"]],
       tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [F["02"]], "expect_sections": ["duties", "qualifications"]})

with open(D / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
json.dump(forms, open(D / "forms.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
