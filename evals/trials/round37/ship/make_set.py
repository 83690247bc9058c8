"""Build set.jsonl (round 37, ship): 60 items over the shipped corpus /tmp/r37code/corpus."""
import json, pathlib
F0, F1, F2, F3, F4 = ("000_9eeea241028b3f98.txt", "001_96a5821ba6a26479.txt", "002_0ddfcbd208019869.txt",
                      "003_7b824fd5cb031c95.txt", "004_ac9c22820f98b245.txt")
def ev(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
def kp(*groups): return [list(g) if isinstance(g, (list, tuple)) else [g] for g in groups]
items = []
def add(id, persona, intent, q, role, evidence, keys, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": evidence, "key_points": keys,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
def turn(q, intent, role, evidence, keys, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": evidence, "key_points": keys}
    if attribute: t["attribute"] = attribute
    return t
P = "r37s-"
# ---------------- duty (16)
add(P+"duty-01", "new_hire", "duty", "合规发展部那个宣传专员，平时主要干啥活？", "宣传专员", [ev(F0, 277, 281)],
    kp("制度整理", "流程梳理", ("制度反馈", "修订")))
add(P+"duty-02", "hr", "duty", "客服中心的客户关系专员负责哪些事", "客户关系专员", [ev(F0, 375, 381)],
    kp("客户分级维护", "客户数据分析", "CRM"))
add(P+"duty-03", "new_hire", "duty", "大连营业部交易专员每天都做些什么", "交易专员", [ev(F0, 419)],
    kp("来电交易委托", "风险控制", "行情查询"))
add(P+"duty-04", "manager", "duty", "技术二部招的软件开发主要负责开发啥？", "软件开发工程师", [ev(F0, 537, 543)],
    kp("财务软件", "数据产品平台", ("交易平台", "行情平台")))
add(P+"duty-05", "manager", "duty", "会所店长每天要操心哪些工作", "店长", [ev(F1, 13, 27)],
    kp("工作计划", "奖罚制度", ("定期培训员工", "培训")))
add(P+"duty-06", "new_hire", "duty", "按摩部主管的工作职责有哪些？", "按摩技师部门主管", [ev(F1, 111, 117)],
    kp("卫生", "消耗品", "服务质量"))
add(P+"duty-07", "hr", "duty", "呼叫中心搞数据统计上报的那个岗，日常职责包括哪些", None, [ev(F1, 225, 243)],
    kp("满意度调查", "历史录音", "知识库"))
add(P+"duty-08", "new_hire", "duty", "信用社客户经理放了新贷款，要包哪几样？", "客户经理", [ev(F2, 7, 10)],
    kp("包考察", "包收回", "包赔偿"))
add(P+"duty-09", "hr", "duty", "金融行业公司的客服专员日常要做啥", "客服专员", [ev(F2, 267, 273)],
    kp("客户咨询", "投诉", "购卡"))
add(P+"duty-10", "new_hire", "duty", "中行招的风控类岗位主要干什么", "风险控制类", [ev(F2, 198, 199)],
    kp("信用风险", "风险指标"))
add(P+"duty-11", "manager", "duty", "网格客户经理的活儿都有哪些", "网格客户经理", [ev(F4, 64, 70)],
    kp("用户档案", "欠费", "销售渠道"))
add(P+"duty-12", "new_hire", "duty", "银行放款岗主要负责什么？", "放款岗", [ev(F4, 40)],
    kp("贷款的发放", "提前收回"))
add(P+"duty-13", "manager", "duty", "养生会所营销总监都负责些啥", "营销总监", [ev(F1, 29, 61)],
    kp("营销策略", ("会员档案", "目标客户数据库"), "市场调研"))
add(P+"duty-14", "new_hire", "duty", "银行柜员平时做些什么，前台和后台有啥区别", "银行柜员", [ev(F2, 188, 190)],
    kp("前台柜员", "后台柜员", "票据交换"))
add(P+"duty-15", "hr", "duty", "做区域销售的销售经理要负责哪几块", "销售经理", [ev(F2, 135, 142)],
    kp("区域销售任务", "出库手续", "市场信息"))
add(P+"duty-16", "manager", "duty", "酒店的办公室要发挥哪几项职能", None, [ev(F3, 201, 217)],
    kp("参谋职能", "承办职能", "管理职能", "协调职能"))
# ---------------- qualification (12)
add(P+"qual-01", "new_hire", "qualification", "分析师岗位要读到研究生吗？什么专业优先", "分析师", [ev(F0, 199, 203)],
    kp("研究生", ("经济学", "金融", "数学")))
add(P+"qual-02", "hr", "qualification", "一德期货财务岗的任职要求是什么", "财务岗", [ev(F0, 247, 255)],
    kp("本科", "期货从业人员资格证书", "财务软件"))
add(P+"qual-03", "hr", "qualification", "产品服务专员招人看重什么？", "产品服务专员", [ev(F0, 301, 309)],
    kp("社团负责人", "沟通协调", "组织培训"))
add(P+"qual-04", "new_hire", "qualification", "客户关系专员得具备哪些条件", "客户关系专员", [ev(F0, 363, 371)],
    kp("数据分析能力", "服务意识"))
add(P+"qual-05", "manager", "qualification", "大连营业部IT专员要会些什么", "信息技术专员", [ev(F0, 423, 433)],
    kp("linux", ("Sybase", "MS SQL Server"), "Cisco"))
add(P+"qual-06", "hr", "qualification", "总部财务人员招聘条件是啥，年龄有限制不", "财务人员", [ev(F0, 501, 511)],
    kp("30岁以下", "3年以上", "VBA"))
add(P+"qual-07", "new_hire", "qualification", "想应聘英语老师，需要满足什么条件", "教师", [ev(F0, 697)],
    kp("英语专业四级", "沟通能力", ("热爱教育", "喜欢小孩")))
add(P+"qual-08", "new_hire", "qualification", "交易专员一定要有期货从业资格吗？还有啥要求", "交易专员", [ev(F0, 407, 415)],
    kp("期货从业资格", "交割业务", "本科"))
add(P+"qual-09", "hr", "qualification", "营业部市场开发专员对专业有要求没", "市场开发专员", [ev(F0, 443, 451)],
    kp(("金融、经济、市场营销", "市场营销"), "期货从业资格证书", "业务拓展"))
add(P+"qual-10", "new_hire", "qualification", "银行招技术岗门槛高不高", "技术", [ev(F2, 211, 213)],
    kp(("211/985", "211"), "3年"))
add(P+"qual-11", "hr", "qualification", "想招家装业务员，看重候选人哪些本事", "家装业务员", [ev(F2, 100)],
    kp("渠道资源", "沟通协调能力", "应变能力"))
add(P+"qual-12", "manager", "qualification", "做外贸业务经理得有啥素质", "外贸业务经理", [ev(F2, 159)],
    kp("市场开拓能力", "抗压能力"))
# ---------------- attribute (8)
add(P+"attr-01", "new_hire", "attribute", "大客户经理上头直接领导是哪位？", "大客户经理", [ev(F4, 118, 122)],
    kp("营运总监", ("直接领导", "直接接受")), attribute="reports_to")
add(P+"attr-02", "new_hire", "attribute", "分析师这个岗位属于哪个部门", "分析师", [ev(F0, 197), ev(F0, 217)],
    kp("研究院", "总部"), attribute="department")
add(P+"attr-03", "new_hire", "attribute", "开户专员在哪儿上班？", "开户专员", [ev(F0, 349)],
    kp("天津", "工作地点"), attribute="location")
add(P+"attr-04", "hr", "attribute", "行政部的行政助理要什么学历", "行政助理", [ev(F0, 491)],
    kp("大专", "专业不限"), attribute="education")
add(P+"attr-05", "hr", "attribute", "大客户经理要求几年工作经验", "大客户经理", [ev(F4, 152)],
    kp("3年以上", ("大客户工作经验", "装潢公司")), attribute="experience")
add(P+"attr-06", "new_hire", "attribute", "网管这个岗要考什么证书吗", "网络管理员", [ev(F0, 529, 531)],
    kp("Cisco", "期货从业资格"), attribute="certificate")
add(P+"attr-07", "manager", "attribute", "一个按摩部主管手底下管多少人", "按摩技师部门主管", [ev(F1, 111)],
    kp("10名左右", "技师"), attribute="subordinates")
add(P+"attr-08", "hr", "attribute", "凉山邮政大客户经理每月业绩工资基数多少钱", "大客户经理", [ev(F1, 135), ev(F1, 185)],
    kp("800元", "业绩工资"), attribute="pay")
# ---------------- method / kpi (4)
add(P+"method-01", "manager", "method", "一个岗位的KPI定几个比较合适？", None, [ev(F0, 175)],
    kp(("4-7个", "4-7"), "关键绩效指标"))
add(P+"method-02", "hr", "method", "从职责里提考核指标，相对指标和绝对指标先选哪个", None, [ev(F0, 165)],
    kp("先选择相对指标", "正面指标"))
add(P+"kpi-01", "manager", "kpi", "银行内部流程这个维度一般考核哪些指标", None, [ev(F0, 67)],
    kp("单笔业务办理时间", "服务差错率", "百笔业务稽核差错率"))
add(P+"kpi-02", "hr", "kpi", "销售人员的定性考核主要看哪些方面", "销售人员", [ev(F0, 131)],
    kp("团队合作精神", "工作热情", "创新能力"))
# ---------------- jd (2)
add(P+"jd-01", "hr", "jd", "帮我写一份开户专员的岗位说明书", "开户专员", [ev(F0, 339, 359)],
    kp("期货开销户", "档案管理", "客户资料变更"),
    tool={"kind": "jd", "role": "开户专员", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
add(P+"jd-02", "manager", "jd", "给技术二部的软件开发工程师起草个JD", "软件开发工程师", [ev(F0, 533, 555)],
    kp("财务软件", "数据产品平台", "技术和设计文档"),
    tool={"kind": "jd", "role": "软件开发工程师", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
# ---------------- kpi_design (2)
add(P+"kd-01", "manager", "kpi_design", "给我们的销售人员设计5个考核指标", "销售人员", [ev(F0, 131)],
    kp("销售量", "回款额", "利润额", "市场占有率", "客户数"),
    tool={"kind": "kpi_design", "role": "销售人员", "count": 5, "must_cite_files": [F0],
          "expected_indicators": ["销售量", "回款额", "利润额", "市场占有率", "客户数"]})
add(P+"kd-02", "manager", "kpi_design", "支行客户经理的KPI怎么定？帮忙出一套", "客户经理", [ev(F0, 89, 91)],
    kp("日均存款新增额", "日均贷款新增额", "中间业务收入", "新增个人VIP客户数"),
    tool={"kind": "kpi_design", "role": "客户经理", "count": None, "must_cite_files": [F0],
          "expected_indicators": ["日均存款新增额", "日均贷款新增额", "中间业务收入", "新增个人VIP客户数"]})
# ---------------- followup (8)
add(P+"fu-01", "new_hire", "followup", "快递业务员具体干什么", "快递业务员", [ev(F0, 603, 615)],
    kp("收送快件", "客户的维护", "开拓新市场"), turns=[
    turn("他这个岗是归哪个部门的", "attribute", "快递业务员", [ev(F0, 599)], kp("业务部", "所属部门"), "department"),
    turn("那他的直属上司是谁", "attribute", "快递业务员", [ev(F0, 601)], kp("快递业务主管", "直属上司"), "reports_to")])
add(P+"fu-02", "manager", "followup", "养生会所的技术经理负责啥", "技术经理", [ev(F1, 79, 107)],
    kp("培训", "考勤", "仪容仪表"), turns=[
    turn("他受谁领导？", "attribute", "技术经理", [ev(F1, 81)], kp("会所总经理", "保健部经理"), "reports_to"),
    turn("他写的分析报告交给谁", "duty", "技术经理", [ev(F1, 95, 97)], kp("保健部经理", "分析报告"))])
add(P+"fu-03", "hr", "followup", "大连营业部财务专员要做哪些工作", "财务专员", [ev(F0, 395, 403)],
    kp("出市代表", "出纳工作", "会计工作", "保险事务"), turns=[
    turn("那应聘这个财务专员得满足啥条件", "qualification", "财务专员", [ev(F0, 385, 393)], kp("财务专业", "用友", "会计资格证书")),
    turn("刚才工作里的第二条展开讲讲", "duty", "财务专员", [ev(F0, 399)], kp("银行存款余额调节表", "库存现金"))])
add(P+"fu-04", "new_hire", "followup", "技术一部网络管理员负责什么", "网络管理员", [ev(F0, 513, 519)],
    kp("网络系统维护", ("系统安全", "网站维护", "数据库管理")), turns=[
    turn("干这个网管要求有几年相关经验呀", "attribute", "网络管理员", [ev(F0, 525)], kp("一年以上", "网络维护经验"), "experience"),
    turn("那软件开发工程师呢", "attribute", "软件开发工程师", [ev(F0, 547)], kp(("一年以上的开发经验", "一年以上"), "开发经验"), "experience")])
add(P+"fu-05", "manager", "followup", "证券营业部对客户经理的考核多久搞一次", "客户经理", [ev(F3, 155)],
    kp("每月", "三个月", "年终"), turns=[
    turn("营业部里这些客户经理听谁安排", "attribute", "客户经理", [ev(F3, 137)], kp("团队负责人", "统一领导"), "reports_to"),
    turn("团队晨会一般讲哪些内容", "duty", "客户经理", [ev(F3, 143, 148)], kp("市场信息", "团队工作进度", "营销案例"))])
add(P+"fu-06", "hr", "followup", "大客户经理的业绩工资按哪几项指标打分", "大客户经理", [ev(F1, 145, 155)],
    kp("基础工作", "大客户服务和维护", "信息反馈", "大客户营销"), turns=[
    turn("信息反馈那项怎么评分？", "kpi", "大客户经理", [ev(F1, 171, 175)], kp("可开发业务项目", "18-20分")),
    turn("外勤那块津贴算不算进考核里", "kpi", "大客户经理", [ev(F1, 143)], kp("不予考核", "固定补助"))])
add(P+"fu-07", "new_hire", "followup", "按摩技师部门经理主要做什么", "按摩技师部门经理", [ev(F1, 63, 77)],
    kp("工作计划", "规章制度", "例会"), turns=[
    turn("这个部门经理平时跟谁汇报", "attribute", "按摩技师部门经理", [ev(F1, 65)], kp(("美容会所总经理", "总经理"), "老板"), "reports_to"),
    turn("那下面的主管又对谁负责呢", "attribute", "按摩技师部门主管", [ev(F1, 111)], kp("部门经理", ("对部门经理负责", "负责")), "reports_to")])
add(P+"fu-08", "new_hire", "followup", "顾问服务专员是干什么的", "顾问服务专员", [ev(F0, 329, 337)],
    kp("居间", "客户需求跟踪", "客户投诉处理"), turns=[
    turn("那招这个岗有哪些硬性要求", "qualification", "顾问服务专员", [ev(F0, 321, 327)], kp("本科", "沟通协调能力", "人际关系")),
    turn("工资能给多少？", "out_of_scope", "顾问服务专员", [], [])])
# ---------------- out_of_scope (8)
for i, (per, q) in enumerate([
    ("new_hire", "大客户经理的工作环境怎么样？"),
    ("new_hire", "养生会所里普通按摩技师要干哪些活"),
    ("manager", "C#里async和await到底怎么用"),
    ("hr", "签劳动合同的话，试用期按法律最多能定多久"),
    ("new_hire", "现在商业贷款的房贷利率是多少"),
    ("hr", "保安的岗位职责有哪些"),
    ("new_hire", "一德期货人力资源专员月薪多少"),
    ("manager", "新余农商银行现在的行长是谁"),
], 1):
    add(P+f"oos-{i:02d}", per, "out_of_scope", q, None, [], [])
out = pathlib.Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
from collections import Counter
print(len(items), Counter(x["intent"] for x in items), sum(len(x["turns"] or []) for x in items))
