"""Writes set.jsonl (round 50, ship): 60 items over the shipped corpus (/tmp/r50code/corpus)."""
import json, pathlib
F0, F1, F2, F3, F4 = ("000_9eeea241028b3f98.txt", "001_96a5821ba6a26479.txt", "002_0ddfcbd208019869.txt",
                      "003_7b824fd5cb031c95.txt", "004_ac9c22820f98b245.txt")
def ev(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
def T(q, intent, role, evs, kp, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": evs, "key_points": kp}
    if attribute: t["attribute"] = attribute
    return t
items = []
def add(id, persona, intent, q, role, evs, kp, attribute=None, turns=None, tool=None):
    items.append({"id": "r50s-" + id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": evs, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
# ---------------- duty (16)
add("duty-01", "new_hire", "duty", "养生馆店长平时都要管些啥?", "连锁养生会所店长", [ev(F1, 11, 27)], [["工作计划"], ["奖罚制度"], ["培训员工"]])
add("duty-02", "new_hire", "duty", "按摩部的主管具体负责哪些活", "养生会所按摩技师部门主管", [ev(F1, 109, 117)], [["日常管理和考核"], ["卫生"], ["消耗品", "按摩膏"]])
add("duty-03", "manager", "duty", "养生会所的技术经理在技师考勤这块要做什么", "健康养生会所技术经理", [ev(F1, 99)], [["考勤统计"], ["表扬和鼓励", "表扬"], ["沟通谈心", "谈心"]])
add("duty-04", "hr", "duty", "银行呼叫中心负责数据汇总分析上报的那个岗,职责有哪些", None, [ev(F1, 225, 243)], [["满意度调查"], ["历史录音"], ["知识库"], ["差错率"]])
add("duty-05", "new_hire", "duty", "网络公司的客服专员每天干啥", "客服专员", [ev(F2, 274, 279)], [["聊天工具"], ["电话订单", "网络订单"], ["回访"]])
add("duty-06", "new_hire", "duty", "做车载导航的公司,客服专员要负责哪些事", "客服专员", [ev(F2, 285, 293)], [["监控管理平台", "监控管理"], ["sim卡"], ["调度工程安装人员", "调度"]])
add("duty-07", "new_hire", "duty", "网格客户经理的工作内容是什么", "网格客户经理", [ev(F4, 64, 70)], [["走访"], ["欠费收缴"], ["销售渠道"]])
add("duty-08", "manager", "duty", "网格经理主要负责哪几块工作?", "网格经理", [ev(F4, 56, 63)], [["风险"], ["网格团队"], ["项目管理"]])
add("duty-09", "new_hire", "duty", "物业公司客服中心经理要做哪些事", "客户服务中心经理", [ev(F4, 72, 86)], [["例会"], ["管理费催缴"], ["业主访谈"]])
add("duty-10", "manager", "duty", "汽车4S店客户服务部的负责人,岗位职责有哪些", None, [ev(F4, 46, 55)], [["客户投诉"], ["CIS考核"], ["安全卫生"]])
add("duty-11", "new_hire", "duty", "期货公司招的软件开发工程师进去做什么", "软件开发工程师", [ev(F0, 533, 543)], [["财务软件"], ["数据产品平台"], ["行情平台"]])
add("duty-12", "new_hire", "duty", "合规发展部的制度专员要干些什么活", "制度专员", [ev(F0, 283, 297)], [["合规管理培训"], ["反洗钱"], ["调查处理"]])
add("duty-13", "hr", "duty", "学校老师的岗位职责一般写哪些", "教师", [ev(F0, 635, 651), ev(F0, 663, 679), ev(F0, 703, 705)], [["备课"], ["思想政治工作"], ["进修"]])
add("duty-14", "new_hire", "duty", "中行的风控类岗位是做什么的", "风险控制类", [ev(F2, 197, 199)], [["信用风险"], ["风险指标"], ["全面风险管理"]])
add("duty-15", "new_hire", "duty", "超市服务台的客服专员每天主要做哪些工作", "客服专员", [ev(F2, 331, 347)], [["办卡申请"], ["存/取包", "存取包"], ["广播"]])
add("duty-16", "manager", "duty", "酒店行政办公室有哪几项职能?", None, [ev(F3, 201, 217)], [["参谋职能", "参谋"], ["承办职能", "承办"], ["管理职能"], ["协调职能", "协调"]])
# ---------------- qualification (12)
add("qual-01", "hr", "qualification", "期货公司HR专员的招聘要求是啥", "人力资源专员", [ev(F0, 219, 227)], [["本科"], ["人力资源相关专业"], ["沟通能力"]])
add("qual-02", "new_hire", "qualification", "一德期货校招财务岗对应聘的人有什么要求", "财务岗", [ev(F0, 245, 255)], [["金融、会计", "会计"], ["财务软件"], ["期货从业人员资格证书"]])
add("qual-03", "new_hire", "qualification", "客服中心产品服务专员要招什么样的人", "产品服务专员", [ev(F0, 299, 309)], [["性格外向"], ["学生社团负责人"], ["组织培训的经验"]])
add("qual-04", "new_hire", "qualification", "大连营业部交易专员的任职条件", "交易专员", [ev(F0, 405, 415)], [["期货从业资格"], ["交割业务"], ["本科"]])
add("qual-05", "hr", "qualification", "技术一部的网管招人有什么条件", "网络管理员", [ev(F0, 521, 531)], [["30岁以下"], ["计算机及相关专业"], ["Cisco"]])
add("qual-06", "new_hire", "qualification", "软件开发岗要会什么语言?对人还有啥要求", "软件开发工程师", [ev(F0, 545, 555)], [["C#", "C++", "Java"], ["一年以上"], ["团队合作精神"]])
add("qual-07", "hr", "qualification", "总部财务部招财务人员,年龄经验方面有啥要求", "财务人员", [ev(F0, 501, 511)], [["30岁以下"], ["3年以上"], ["用友"]])
add("qual-08", "new_hire", "qualification", "想应聘英语老师,得满足哪些条件", "教师", [ev(F0, 681, 697), ev(F0, 653, 661)], [["英语专业四级"], ["教师资格证"]])
add("qual-09", "hr", "qualification", "招大客户经理,专业和经验卡什么条件", "大客户经理", [ev(F4, 149, 154)], [["市场营销专业"], ["3年以上"], ["组织管理能力"]])
add("qual-10", "new_hire", "qualification", "想去中行做技术岗,需要啥条件", "技术", [ev(F2, 211, 213)], [["211/985"], ["3年"]])
add("qual-11", "hr", "qualification", "做外贸业务经理,人得有哪些能力素质", "外贸业务经理", [ev(F2, 159), ev(F2, 173, 174)], [["市场开拓能力"], ["抗压能力"], ["独立开发客户"]])
add("qual-12", "hr", "qualification", "家装业务员得有啥本事才能干", "家装业务员", [ev(F2, 100)], [["渠道资源"], ["沟通协调能力"], ["市场分析"]])
# ---------------- attribute (8)
add("attr-01", "new_hire", "attribute", "送快递那个业务员,顶头上司是哪个岗位", "快递业业务员", [ev(F0, 597, 601)], [["快递业务主管"], ["快递"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "装潢公司那个大客户经理听谁指挥", "大客户经理", [ev(F4, 117, 122)], [["营运总监"], ["直接领导", "指令和监督"]], attribute="reports_to")
add("attr-03", "new_hire", "attribute", "客服中心开户专员在哪个城市上班", "开户专员", [ev(F0, 339, 349)], [["天津"], ["工作地点"]], attribute="location")
add("attr-04", "new_hire", "attribute", "营业部市场开发专员可以去哪些城市", "市场开发专员", [ev(F0, 451)], [["北京"], ["大连"], ["尊重个人意愿"]], attribute="location")
add("attr-05", "hr", "attribute", "期货公司行政助理要什么学历", "行政助理", [ev(F0, 491)], [["大专以上"], ["专业不限"]], attribute="education")
add("attr-06", "hr", "attribute", "网管岗要求几年经验", "网络管理员", [ev(F0, 525)], [["一年以上"], ["网络维护经验"]], attribute="experience")
add("attr-07", "manager", "attribute", "邮政大客户经理的外勤补贴一个月多少钱", "大客户经理", [ev(F1, 139)], [["150元/月"], ["交通费", "通信费"]], attribute="pay")
add("attr-08", "manager", "attribute", "按摩部一个主管手下带多少技师", "养生会所按摩技师部门主管", [ev(F1, 111)], [["10名左右"], ["2~3名主管"]], attribute="subordinates")
# ---------------- kpi / method (4)
add("kpi-01", "manager", "kpi", "邮政大客户经理业绩工资那四项指标各占多少分", "大客户经理", [ev(F1, 147, 155)], [["20分"], ["30分"], ["信息反馈"], ["大客户服务和维护"]])
add("method-01", "hr", "method", "一个岗位定几个KPI比较合适?", None, [ev(F0, 175)], [["4-7个"], ["2-5个"]])
add("method-02", "manager", "method", "证券营业部对客户经理多久考核一次,季度考核决定什么", "客户经理", [ev(F3, 155)], [["每月"], ["三个月"], ["级别的升降"]])
add("kpi-02", "hr", "kpi", "银行考核里内部流程维度能选哪些指标", None, [ev(F0, 67), ev(F0, 91)], [["单笔业务办理时间"], ["服务差错率"], ["接触次数"]])
# ---------------- jd (2)
add("jd-01", "hr", "jd", "客户关系专员的JD帮忙起草一下,要带任职要求", "客户关系专员", [ev(F0, 361, 381)], [["客户分级维护"], ["客户数据分析"], ["CRM系统"]],
    tool={"kind": "jd", "role": "客户关系专员", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "给大连营业部的财务专员出一版岗位说明书", "财务专员", [ev(F0, 383, 403)], [["出市代表"], ["出纳工作"], ["保险事务"]],
    tool={"kind": "jd", "role": "财务专员", "must_cite_files": [F0], "expect_sections": ["duties", "qualifications"]})
# ---------------- kpi_design (2)
inds1 = ["日均存款新增额", "日均贷款新增额", "中间业务收入", "新增个人VIP客户数"]
add("kd-01", "manager", "kpi_design", "帮支行的客户经理设计5个考核指标,偏财务和客户方向", "客户经理", [ev(F0, 91)], [[x] for x in inds1],
    tool={"kind": "kpi_design", "role": "客户经理", "count": 5, "must_cite_files": [F0], "expected_indicators": inds1})
inds2 = ["销售量", "回款额", "利润额", "市场占有率"]
add("kd-02", "hr", "kpi_design", "给销售人员搞一套考核指标", "销售人员", [ev(F0, 131)], [[x] for x in inds2],
    tool={"kind": "kpi_design", "role": "销售人员", "count": None, "must_cite_files": [F0], "expected_indicators": inds2})
# ---------------- followup (8)
add("fu-01", "new_hire", "followup", "快递业务员岗位职责是什么", "快递业业务员", [ev(F0, 603, 615)], [["收送快件"], ["新客户"], ["遗失"]], turns=[
    T("这岗位挂在哪个部门下面", "attribute", "快递业业务员", [ev(F0, 597, 599)], [["业务部"], ["快递"]], attribute="department"),
    T("第6条展开讲讲", "duty", "快递业业务员", [ev(F0, 615)], [["突发事件"], ["损坏"]])])
add("fu-02", "new_hire", "followup", "开户专员主要做什么", "开户专员", [ev(F0, 351, 359)], [["开销户"], ["档案管理"], ["客户资料变更"]], turns=[
    T("那顾问服务专员呢?", "duty", "顾问服务专员", [ev(F0, 329, 337)], [["顾问跟踪服务"], ["客户需求跟踪"], ["客户投诉处理"]]),
    T("这个岗位对性格有要求吗", "qualification", "顾问服务专员", [ev(F0, 327)], [["性格外向"], ["人际关系"]])])
add("fu-03", "manager", "followup", "大客户经理有哪些权限", "大客户经理", [ev(F4, 144, 148)], [["报告权"], ["监督检查权"], ["奖罚提议权"], ["车辆调动权"]], turns=[
    T("做这个得干过几年大客户", "attribute", "大客户经理", [ev(F4, 152)], [["3年以上"], ["大客户工作经验"]], attribute="experience"),
    T("他下面带人吗", "attribute", "大客户经理", [ev(F4, 123, 124)], [["直属下级"], ["直接监督"]], attribute="subordinates")])
add("fu-04", "hr", "followup", "金融行业那家公司的客服专员负责啥", "客服专员", [ev(F2, 267, 273)], [["咨询"], ["投诉"], ["购卡服务"]], turns=[
    T("电商公司的呢", "duty", "客服专员", [ev(F2, 280, 284)], [["银行客户"], ["银行订单管理"]]),
    T("网店客服呢?", "duty", "客服专员", [ev(F2, 294, 298)], [["售前"], ["售后"], ["退换货"]])])
add("fu-05", "manager", "followup", "证券营业部营销团队每天晨会都讲些什么", None, [ev(F3, 143, 148)], [["市场信息"], ["营销案例"], ["激励团队士气", "士气"]], turns=[
    T("除了晨会,团队例会的频率呢", "method", None, [ev(F3, 142)], [["每周"], ["每月一次"]]),
    T("团队考勤有啥规定?", "method", None, [ev(F3, 137, 142)], [["8小时"], ["迟到", "早退"], ["请假"]])])
add("fu-06", "new_hire", "followup", "合规发展部宣传专员的岗位职责", "宣传专员", [ev(F0, 275, 281)], [["制度整理"], ["流程梳理"], ["修改建议"]], turns=[
    T("招这个岗对人有啥门槛", "qualification", "宣传专员", [ev(F0, 267, 273)], [["本科"], ["期货从业资格"]]),
    T("那这家公司招美股交易员吗,要什么条件", "out_of_scope", None, [], [])])
add("fu-07", "manager", "followup", "养生会所营销总监管哪些事", "养生会所营销总监", [ev(F1, 29, 61)], [["营销策略"], ["会员档案"], ["大客户"]], turns=[
    T("第五条那个展开讲讲呗", "duty", "养生会所营销总监", [ev(F1, 41)], [["岗位工作职责和岗位工作流程"], ["接待服务"]]),
    T("他开完总结会报告要交给谁", "attribute", "养生会所营销总监", [ev(F1, 37, 39), ev(F1, 61)], [["总经理"], ["报告"]], attribute="reports_to")])
add("fu-08", "new_hire", "followup", "中行校招社招大概有几大类职位", None, [ev(F2, 186)], [["银行柜员"], ["风险控制"], ["信息科技"]], turns=[
    T("柜员具体做什么", "duty", "银行柜员类", [ev(F2, 188, 190)], [["前台柜员"], ["后台柜员"], ["复核"]]),
    T("对公和对私客户经理有什么区别?", "duty", "客户营销类", [ev(F2, 191, 193)], [["对私客户经理"], ["对公客户经理"]])])
# ---------------- out_of_scope (8)
for i, (p, q) in enumerate([
        ("new_hire", "一德期货宣传专员一个月工资多少"),
        ("hr", "客户经理的五险一金按什么比例交"),
        ("new_hire", "养生会所按摩技师本人的岗位职责有哪些"),
        ("new_hire", "银行信息科技岗月薪大概多少"),
        ("manager", "帮我写个python脚本,把考勤表里迟到的人筛出来"),
        ("hr", "劳动合同试用期最长能约定多久"),
        ("new_hire", "客服中心开户专员每天几点上班几点下班"),
        ("hr", "客户经理助理制里的产品经理要求什么学历")], 1):
    add(f"oos-{i:02d}", p, "out_of_scope", q, None, [], [])
out = pathlib.Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
print(len(items), "items ->", out)
