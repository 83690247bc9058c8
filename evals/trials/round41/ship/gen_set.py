# Generates set.jsonl (round 41 ship trial). Run once; the set is frozen by set.md5.
import json, sys
F0, F1, F2, F3, F4 = ("000_9eeea241028b3f98.txt", "001_96a5821ba6a26479.txt",
    "002_0ddfcbd208019869.txt", "003_7b824fd5cb031c95.txt", "004_ac9c22820f98b245.txt")
def ev(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
items = []
def add(id, persona, intent, q, role, evid, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
        "attribute": attribute, "evidence": evid, "key_points": kp,
        "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
def turn(q, intent, role, evid, kp, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": evid, "key_points": kp}
    if attribute: t["attribute"] = attribute
    return t
P = "su41"
# ---------------- duty (16)
add(f"{P}-duty-01", "new_hire", "duty", "一德期货研究院的分析师平时具体干点啥?", "分析师",
    [ev(F0, 205, 215)], [["分析研究"], ["数据库"], ["研发支持"]])
add(f"{P}-duty-02", "hr", "duty", "大连营业部那个财务专员要做哪些活儿", "财务专员",
    [ev(F0, 395, 403)], [["出市代表"], ["出纳工作"], ["会计工作"], ["保险事务"]])
add(f"{P}-duty-03", "new_hire", "duty", "合规发展部的制度专员负责什么", "制度专员",
    [ev(F0, 293, 297)], [["合规教育"], ["反洗钱"], ["合规问题处理"]])
add(f"{P}-duty-04", "new_hire", "duty", "客服中心开户专员每天主要忙些什么?", "开户专员",
    [ev(F0, 351, 359)], [["开销户"], ["档案管理"], ["客户资料变更"]])
add(f"{P}-duty-05", "manager", "duty", "酒店行政办公室主要起什么作用,管哪些事", None,
    [ev(F3, 201, 217)], [["参谋"], ["承办"], ["协调"]])
add(f"{P}-duty-06", "new_hire", "duty", "快递业务员要干些啥", "快递业务员",
    [ev(F0, 603, 615)], [["收送快件"], ["客户的维护"], ["开拓新市场"]])
add(f"{P}-duty-07", "hr", "duty", "养生会所按摩技师部门主管的工作职责", "按摩技师部门主管",
    [ev(F1, 111, 117)], [["协助部门经理"], ["卫生"], ["消耗品"]])
add(f"{P}-duty-08", "manager", "duty", "健康养生会所的技术经理要负责哪些事情", "技术经理",
    [ev(F1, 81, 107)], [["培训"], ["考勤统计"], ["仪容仪表"]])
add(f"{P}-duty-09", "hr", "duty", "呼叫中心负责业务数据汇总分析的那个岗,职责有哪些", None,
    [ev(F1, 225, 243)], [["满意度调查"], ["预审"], ["历史录音"], ["知识库"]])
add(f"{P}-duty-10", "new_hire", "duty", "烟草公司的客户经理最主要的职责是啥", "客户经理",
    [ev(F1, 363)], [["订单供货"], ["九种关系"]])
add(f"{P}-duty-11", "new_hire", "duty", "家装业务员平常都要做些什么工作", "家装业务员",
    [ev(F2, 101, 132)], [["客户邀约"], ["签单"], ["小区"]])
add(f"{P}-duty-12", "hr", "duty", "外贸业务经理一般负责哪些工作内容", "外贸业务经理",
    [ev(F2, 160, 183)], [["新客户"], ["销售目标"], ["谈判"]])
add(f"{P}-duty-13", "hr", "duty", "在金融公司做客服专员主要负责哪些", "客服专员",
    [ev(F2, 267, 273)], [["咨询"], ["投诉"], ["一站式"]])
add(f"{P}-duty-14", "new_hire", "duty", "商场客服每天的主要工作有哪些", "客服专员",
    [ev(F2, 331, 347)], [["办卡申请"], ["存/取包", "存取包"], ["赠品发放"], ["广播"]])
add(f"{P}-duty-15", "manager", "duty", "汽车4S店客户服务部经理要管哪些事", "客户经理",
    [ev(F4, 46, 55)], [["客户服务部的全面工作"], ["客户投诉"], ["CIS考核"]])
add(f"{P}-duty-16", "hr", "duty", "物业项目客服中心的经理平时要干啥", "客户服务中心经理",
    [ev(F4, 72, 86)], [["服务满意度"], ["例会"], ["投诉"], ["管理费催缴"]])
# ---------------- qualification (12)
add(f"{P}-qual-01", "new_hire", "qualification", "期货公司研究院分析师招人有啥要求", "分析师",
    [ev(F0, 199, 203)], [["研究生"], ["经济学", "金融", "数学"]])
add(f"{P}-qual-02", "hr", "qualification", "期货公司总部财务部那个财务岗,任职要求是什么", "财务岗",
    [ev(F0, 247, 255)], [["本科"], ["期货从业人员资格证书"], ["会计从业资格证"]])
add(f"{P}-qual-03", "new_hire", "qualification", "大连营业部信息技术专员需要满足什么条件", "信息技术专员",
    [ev(F0, 423, 433)], [["计算机专业"], ["linux"], ["Cisco"]])
add(f"{P}-qual-04", "hr", "qualification", "客户关系专员招聘要求有哪些", "客户关系专员",
    [ev(F0, 363, 371)], [["本科"], ["沟通协调"], ["数据分析能力"]])
add(f"{P}-qual-05", "hr", "qualification", "总部财务人员的应聘条件都有啥", "财务人员",
    [ev(F0, 501, 511)], [["30岁以下"], ["3年以上"], ["VBA"]])
add(f"{P}-qual-06", "new_hire", "qualification", "技术二部的软件开发工程师要会哪些语言,要几年经验", "软件开发工程师",
    [ev(F0, 545, 555)], [["C#", "C++", "Java"], ["一年以上"]])
add(f"{P}-qual-07", "hr", "qualification", "教师的任职资格是啥?需要什么证", "教师",
    [ev(F0, 653, 661), ev(F0, 681, 697)], [["教师资格证"], ["普通话证书"]])
add(f"{P}-qual-08", "hr", "qualification", "营运总监手下的大客户经理,任职条件是什么", "大客户经理",
    [ev(F4, 149, 154)], [["市场营销"], ["本科"], ["3年以上"]])
add(f"{P}-qual-09", "new_hire", "qualification", "想干家装业务这行,得有些什么本事", "家装业务员",
    [ev(F2, 100)], [["渠道资源"], ["沟通协调能力"], ["应变能力"]])
add(f"{P}-qual-10", "hr", "qualification", "外贸业务经理要找什么样的人", "外贸业务经理",
    [ev(F2, 159)], [["市场开拓能力"], ["韧性"], ["抗压能力"]])
add(f"{P}-qual-11", "new_hire", "qualification", "银行柜员岗想当香饽饽得具备啥条件", "柜员",
    [ev(F2, 208, 210)], [["柜台业务"], ["从业资格"]])
add(f"{P}-qual-12", "new_hire", "qualification", "银行技术岗的招聘门槛高吗,要什么条件", None,
    [ev(F2, 211, 213)], [["计算机相关专业"], ["3年"]])
# ---------------- attribute (8)
add(f"{P}-attr-01", "new_hire", "attribute", "快递业务员算哪个部门的,顶头上司是谁", "快递业务员",
    [ev(F0, 597, 601)], [["业务部"], ["快递业务主管"]], attribute="reports_to")
add(f"{P}-attr-02", "new_hire", "attribute", "销售岗位上的销售人员听谁指挥、受谁监督", "销售人员",
    [ev(F0, 109)], [["销售副总经理"], ["监督"]], attribute="reports_to")
add(f"{P}-attr-03", "hr", "attribute", "技术经理在会所里上头是谁", "技术经理",
    [ev(F1, 81)], [["会所总经理"], ["保健部经理"]], attribute="reports_to")
add(f"{P}-attr-04", "manager", "attribute", "按摩技师部门一般设几个主管,每个主管带多少技师", "按摩技师部门主管",
    [ev(F1, 111)], [["2~3名"], ["10名左右"]], attribute="subordinates")
add(f"{P}-attr-05", "hr", "attribute", "邮政大客户经理的工资是怎么构成的,业绩工资基数多少", "大客户经理",
    [ev(F1, 133, 139)], [["业绩工资"], ["外勤津贴"], ["800元"]], attribute="pay")
add(f"{P}-attr-06", "new_hire", "attribute", "开户专员是固定在天津上班吗", "开户专员",
    [ev(F0, 349)], [["天津"], ["工作地点"]], attribute="location")
add(f"{P}-attr-07", "new_hire", "attribute", "市场开发专员的工作地点可以自己选吗", "市场开发专员",
    [ev(F0, 451)], [["尊重个人意愿"], ["宁波"]], attribute="location")
add(f"{P}-attr-08", "hr", "attribute", "大客户经理平时听谁的指令", "大客户经理",
    [ev(F4, 118, 122)], [["营运总监"], ["指令和监督", "请示"]], attribute="reports_to")
# ---------------- kpi / method (4)
add(f"{P}-kpi-01", "manager", "kpi", "支行客户经理这种技术性岗位,KPI可以设哪些指标", "客户经理",
    [ev(F0, 91)], [["日均存款新增额"], ["新增个人VIP客户数"], ["客户经理接受培训的时间"]])
add(f"{P}-kpi-02", "manager", "kpi", "凉山邮政给大客户经理打分,基础工作、服务维护这些各给多少分", "大客户经理",
    [ev(F1, 147, 155)], [["基础工作"], ["信息反馈"], ["30分"]])
add(f"{P}-method-01", "hr", "method", "想从岗位职责里提KPI,有没有一步步的做法", None,
    [ev(F0, 141, 175)], [["检查岗位职责"], ["分析岗位职责"], ["提取可衡量指标"], ["排序"]])
add(f"{P}-method-02", "manager", "method", "关键岗位人员的离岗审计流程怎么走", None,
    [ev(F1, 279)], [["两个工作日"], ["离岗审计方案"], ["审计报告"]])
# ---------------- jd (2)
add(f"{P}-jd-01", "hr", "jd", "帮忙按资料出一份期货公司人力资源专员的JD", "人力资源专员",
    [ev(F0, 219, 243)], [["招聘"], ["培训体系"], ["员工档案"]],
    tool={"kind": "jd", "role": "人力资源专员", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
add(f"{P}-jd-02", "hr", "jd", "按知识库给软件开发工程师写个JD", "软件开发工程师",
    [ev(F0, 533, 555)], [["财务软件"], ["数据产品平台"], ["设计文档"]],
    tool={"kind": "jd", "role": "软件开发工程师", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
# ---------------- kpi_design (2)
ind1 = ["日均存款新增额", "日均贷款余额", "中间业务收入", "新增对公存款账户数", "新增个人VIP客户数"]
add(f"{P}-kd-01", "manager", "kpi_design", "支行客户经理的KPI,帮忙挑5个出来设计一下", "客户经理",
    [ev(F0, 91)], [[x] for x in ind1],
    tool={"kind": "kpi_design", "role": "客户经理", "count": 5, "must_cite_files": [F0], "expected_indicators": ind1})
ind2 = ["销售量", "回款额", "市场占有率", "客户满意度"]
add(f"{P}-kd-02", "manager", "kpi_design", "销售员的考核指标帮我搭一套", "销售人员",
    [ev(F0, 131)], [[x] for x in ind2],
    tool={"kind": "kpi_design", "role": "销售人员", "count": None, "must_cite_files": [F0], "expected_indicators": ind2})
# ---------------- followup (8)
add(f"{P}-fu-01", "new_hire", "followup", "期货公司交易专员要干什么", "交易专员",
    [ev(F0, 417, 419)], [["来电交易委托"], ["风险控制"]], turns=[
    turn("那招这个岗位的话,对人有什么要求?", "qualification", "交易专员", [ev(F0, 407, 415)], [["期货从业资格"], ["交割业务"]]),
    turn("学历最低得多少", "attribute", "交易专员", [ev(F0, 409)], [["本科"], ["及以上"]], attribute="education")])
add(f"{P}-fu-02", "manager", "followup", "会所营销总监具体要负责哪些东西", "营销总监",
    [ev(F1, 31, 61)], [["营销策略"], ["会员档案"], ["大客户"]], turns=[
    turn("第七条具体说说", "duty", "营销总监", [ev(F1, 45)], [["拜访目标大客户"], ["商会"]]),
    turn("他那些总结报告要交给谁?", "attribute", "营销总监", [ev(F1, 37, 39)], [["会所总经理"], ["报告"]], attribute="reports_to")])
add(f"{P}-fu-03", "new_hire", "followup", "中国银行风险控制类岗位是干嘛的", None,
    [ev(F2, 197, 199)], [["信用风险"], ["风险指标"]], turns=[
    turn("信息科技类那块又是干啥的", "duty", None, [ev(F2, 200, 202)], [["应用软件"], ["信息系统安全"]]),
    turn("产品支持类呢?", "duty", None, [ev(F2, 194, 196)], [["金融产品"], ["营销活动"]])])
add(f"{P}-fu-04", "hr", "followup", "证券营业部营销团队里的客户经理归谁管", "客户经理",
    [ev(F3, 137)], [["团队负责人"], ["统一领导"]], attribute="reports_to", turns=[
    turn("那对他们怎么考核", "kpi", "客户经理", [ev(F3, 154, 155)], [["工作职责考核"], ["业绩考核"], ["每三个月"]]),
    turn("他们还要负责保管东西吗", "duty", "客户经理", [ev(F3, 149)], [["实物的保管"], ["网点"]])])
add(f"{P}-fu-05", "manager", "followup", "网格经理的职责是啥", "网格经理",
    [ev(F4, 56, 63)], [["网格团队"], ["风险"], ["项目管理"]], turns=[
    turn("换成网格里的客户经理呢,职责一样吗", "duty", "网格客户经理", [ev(F4, 64, 70)], [["走访"], ["欠费收缴"], ["销售渠道"]]),
    turn("第3条再讲细一点", "duty", "网格客户经理", [ev(F4, 67)], [["欠费收缴"], ["拆机挽留"]])])
add(f"{P}-fu-06", "new_hire", "followup", "烟草客户经理和市场经理是什么关系", "客户经理",
    [ev(F1, 365)], [["上下级"], ["市场经理"]], attribute="reports_to", turns=[
    turn("四维三层预测法里客户经理负责哪一层", "method", "客户经理", [ev(F1, 367)], [["单元市场"], ["市场一线"]]),
    turn("那他们在品牌培育上要做什么", "duty", "客户经理", [ev(F1, 381)], [["品牌保育员"], ["关键环节"]])])
add(f"{P}-fu-07", "new_hire", "followup", "信用社客户经理对新增贷款要六包,是哪六包", "客户经理",
    [ev(F2, 9)], [["包考察"], ["包收回"], ["包赔偿"]], turns=[
    turn("那三化三无又是啥", "duty", "客户经理", [ev(F2, 10)], [["制度化"], ["无欠息"]]),
    turn("他们多少岁退休?", "out_of_scope", "客户经理", [], [])])
add(f"{P}-fu-08", "manager", "followup", "酒店人力资源部今年要做哪些工作", None,
    [ev(F3, 218, 231)], [["战略规划"], ["招聘与配置"], ["培训"]], turns=[
    turn("培训那块具体怎么安排", "method", None, [ev(F3, 224, 229)], [["十二天"], ["入职培训"]]),
    turn("绩效呢,怎么考?", "method", None, [ev(F3, 230, 231)], [["末位淘汰"], ["定量评价与定性评价相结合"]])])
# ---------------- out_of_scope (8)
for i, (persona, q) in enumerate([
    ("new_hire", "期货公司软件开发工程师月薪大概多少?"),
    ("new_hire", "研究院分析师有没有五险一金"),
    ("hr", "风险经理的任职资格是什么"),
    ("hr", "养生会所按摩技师的招聘要求有哪些"),
    ("new_hire", "工资个税现在怎么算,起征点多少"),
    ("new_hire", "C#和Java哪个更适合写期货交易系统"),
    ("hr", "养生会所店长要什么学历"),
    ("hr", "客户经理离职要提前几天通知,违约金怎么算"),
], 1):
    add(f"{P}-oos-{i:02d}", persona, "out_of_scope", q, None, [], [])
assert len(items) == 60, len(items)
with open(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
