"""Round 43 'ship' set: 60 new questions over the shipped corpus (5 scraped txt pages).

Writes set.jsonl next to this file. Evidence is line spans (all files are .txt).
"""
import json
from pathlib import Path

F0 = "000_9eeea241028b3f98.txt"
F1 = "001_96a5821ba6a26479.txt"
F2 = "002_0ddfcbd208019869.txt"
F3 = "003_7b824fd5cb031c95.txt"
F4 = "004_ac9c22820f98b245.txt"


def ev(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def item(id, persona, intent, q, role, evidence, kp, attribute=None, turns=None, tool=None):
    oos = intent == "out_of_scope"
    return {"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
            "attribute": attribute, "evidence": [] if oos else evidence,
            "key_points": [] if oos else kp, "expect_refusal": oos, "turns": turns, "tool": tool}


def turn(q, intent, role, evidence=None, kp=None, attribute=None):
    t = {"question": q, "intent": intent, "role": role}
    if attribute:
        t["attribute"] = attribute
    t["evidence"] = evidence or []
    t["key_points"] = kp or []
    return t


P = "r43s-"
items = [
    # ---------------- duty (16)
    item(P + "duty-01", "new_hire", "duty", "一德期货研究院做分析师的,日常活儿包括哪些?", "分析师",
         [ev(F0, 205, 215)], [["分析研究"], ["数据库", "资料库"], ["新产品的开发", "研发支持"]]),
    item(P + "duty-02", "hr", "duty", "期货公司合规发展部招的宣传专员,进去主要负责啥", "宣传专员",
         [ev(F0, 275, 281)], [["制度整理"], ["流程梳理"], ["修订", "修改建议"]]),
    item(P + "duty-03", "new_hire", "duty", "顾问服务专员这个岗在客服中心具体忙什么", "顾问服务专员",
         [ev(F0, 329, 337)], [["顾问跟踪服务"], ["客户需求跟踪"], ["400日常业务"], ["客户投诉处理"]]),
    item(P + "duty-04", "manager", "duty", "大连营业部财务专员要管哪几块工作?", "财务专员",
         [ev(F0, 395, 403)], [["出市代表"], ["出纳"], ["会计工作", "会计核算"], ["保险事务", "社保"]]),
    item(P + "duty-05", "new_hire", "duty", "行政部的行政助理工作内容有哪些啊", "行政助理",
         [ev(F0, 465, 479)], [["总机"], ["来访人员"], ["办公用品"], ["考勤"]]),
    item(P + "duty-06", "hr", "duty", "技术二部招的软件开发工程师,职位描述写的是啥", "软件开发工程师",
         [ev(F0, 535, 543)], [["财务软件"], ["数据产品平台"], ["设计文档"], ["交易平台"]]),
    item(P + "duty-07", "new_hire", "duty", "快递业务员除了收派件还要负责哪些", "快递业务员",
         [ev(F0, 603, 615)], [["业务单据"], ["发展新客户", "开拓新市场"], ["突发事件"], ["客户咨询"]]),
    item(P + "duty-08", "manager", "duty", "连锁养生会所的店长主要管什么", "店长",
         [ev(F1, 11, 27)], [["工作计划"], ["奖罚制度"], ["培训员工"], ["客源拓展"]]),
    item(P + "duty-09", "new_hire", "duty", "按摩技师部的主管具体干啥", "按摩技师部门主管",
         [ev(F1, 111, 117)], [["技师日常管理"], ["卫生"], ["消耗品"]]),
    item(P + "duty-10", "hr", "duty", "住房储蓄呼叫中心搞数据汇总上报的岗位要干哪些", None,
         [ev(F1, 225, 243)], [["满意度调查"], ["预审"], ["历史录音"], ["知识库"]]),
    item(P + "duty-11", "manager", "duty", "对接整装公司的家装业务员要做哪些工作", "家装业务员",
         [ev(F2, 108, 112)], [["客情关系"], ["促销活动"], ["对账", "回款"]]),
    item(P + "duty-12", "new_hire", "duty", "导航公司的客服专员都负责些啥活", "客服专员",
         [ev(F2, 285, 293)], [["监控"], ["车载设备", "sim卡"], ["技术答疑", "电话接听"]]),
    item(P + "duty-13", "hr", "duty", "超市商场里的客服专员主要工作是哪些", "客服专员",
         [ev(F2, 336, 347)], [["迎接顾客"], ["办卡申请"], ["存/取包"], ["广播"]]),
    item(P + "duty-14", "manager", "duty", "通信公司网格里的客户经理每天要干嘛", "网格客户经理",
         [ev(F4, 64, 70)], [["用户档案"], ["欠费收缴"], ["销售渠道"], ["竞争对策"]]),
    item(P + "duty-15", "new_hire", "duty", "物业项目客服中心经理都负责啥", "客户服务中心经理",
         [ev(F4, 73, 86)], [["年度工作计划"], ["例会"], ["投诉记录"], ["管理费催缴"]]),
    item(P + "duty-16", "hr", "duty", "中国银行招聘里风险控制那一类岗位干什么活", "风险控制类",
         [ev(F2, 197, 199)], [["信用风险"], ["风险指标"], ["全面风险管理"]]),
    # ---------------- qualification (12)
    item(P + "qual-01", "new_hire", "qualification", "想去一德期货当分析师,学历专业卡得严吗", "分析师",
         [ev(F0, 199, 203)], [["研究生"], ["经济学", "金融", "数学"]]),
    item(P + "qual-02", "hr", "qualification", "产品服务专员招人有什么条件", "产品服务专员",
         [ev(F0, 301, 309)], [["本科"], ["沟通协调能力"], ["学生社团"], ["组织培训"]]),
    item(P + "qual-03", "hr", "qualification", "大连营业部IT专员的任职要求", "信息技术专员",
         [ev(F0, 423, 433)], [["计算机专业"], ["linux"], ["Cisco"], ["期货从业资格"]]),
    item(P + "qual-04", "manager", "qualification", "招行政助理对人有啥要求", "行政助理",
         [ev(F0, 481, 493)], [["28岁以下"], ["普通话"], ["大专"], ["北京户口"]]),
    item(P + "qual-05", "hr", "qualification", "期货公司总部财务部招财务人员,门槛是啥", "财务人员",
         [ev(F0, 501, 511)], [["30岁以下"], ["3年以上财务工作经验"], ["用友"], ["VBA"]]),
    item(P + "qual-06", "new_hire", "qualification", "应聘软件开发工程师得会哪些东西", "软件开发工程师",
         [ev(F0, 545, 555)], [["一年以上的开发经验"], ["C#", "C++", "Java"], ["WEB开发框架"]]),
    item(P + "qual-07", "hr", "qualification", "当老师需要具备哪些条件", "教师",
         [ev(F0, 653, 661), ev(F0, 681, 697)], [["教师资格证"], ["普通话证书"], ["亲和力"]]),
    item(P + "qual-08", "new_hire", "qualification", "交易专员(大连营业部)应聘得满足哪些条件", "交易专员",
         [ev(F0, 407, 415)], [["本科"], ["期货从业资格"], ["交割业务"]]),
    item(P + "qual-09", "manager", "qualification", "装潢公司那种大客户经理招聘要满足啥条件", "大客户经理",
         [ev(F4, 149, 154)], [["市场营销专业"], ["3年以上"], ["组织管理能力"], ["团队合作精神"]]),
    item(P + "qual-10", "new_hire", "qualification", "中行柜员这种香饽饽岗位需要啥条件", "柜员",
         [ev(F2, 208, 210)], [["柜台业务"], ["从业资格"]]),
    item(P + "qual-11", "hr", "qualification", "客户关系专员要招什么样的人", "客户关系专员",
         [ev(F0, 363, 371)], [["本科"], ["性格外向"], ["数据分析能力"]]),
    item(P + "qual-12", "manager", "qualification", "营业部市场开发专员有哪些要求", "市场开发专员",
         [ev(F0, 443, 451)], [["金融", "经济", "市场营销"], ["业务拓展能力"], ["期货从业资格证书"]]),
    # ---------------- attribute (8)
    item(P + "attr-01", "new_hire", "attribute", "烟草行业的客户经理在级别上归谁领导", "客户经理",
         [ev(F1, 365)], [["市场经理"], ["上下级"]], attribute="reports_to"),
    item(P + "attr-02", "hr", "attribute", "大客户经理直接听谁指挥", "大客户经理",
         [ev(F4, 118, 122)], [["营运总监"], ["指令和监督", "直接领导"]], attribute="reports_to"),
    item(P + "attr-03", "new_hire", "attribute", "研究院分析师能在哪些城市上班", "分析师",
         [ev(F0, 217)], [["天津"], ["北京"], ["上海"]], attribute="location"),
    item(P + "attr-04", "new_hire", "attribute", "客服中心开户专员是在哪个城市办公", "开户专员",
         [ev(F0, 349)], [["天津"], ["工作地点"]], attribute="location"),
    item(P + "attr-05", "manager", "attribute", "按摩技师部一个主管大概管几个技师啊", "按摩技师部门主管",
         [ev(F1, 111)], [["10名左右"], ["2~3名主管", "增设主管"]], attribute="subordinates"),
    item(P + "attr-06", "hr", "attribute", "行政助理最低要什么学历", "行政助理",
         [ev(F0, 491)], [["大专"], ["专业不限"]], attribute="education"),
    item(P + "attr-07", "new_hire", "attribute", "期货公司财务岗要考哪些证", "财务岗",
         [ev(F0, 255)], [["期货从业人员资格证书"], ["会计从业资格证"]], attribute="certificate"),
    item(P + "attr-08", "hr", "attribute", "凉山邮政大客户经理每月的外勤补贴标准多少", "大客户经理",
         [ev(F1, 139)], [["150元"], ["交通费", "通信费"]], attribute="pay"),
    # ---------------- kpi / method (4)
    item(P + "kpi-01", "manager", "kpi", "支行客户经理这类技术岗,财务指标可以设哪些", None,
         [ev(F0, 91)], [["日均存款新增额"], ["日均贷款余额"], ["中间业务收入"]]),
    item(P + "kpi-02", "hr", "kpi", "大客户经理四项考核指标的分值怎么分配的", "大客户经理",
         [ev(F1, 147, 155)], [["基础工作"], ["30分"], ["信息反馈"], ["20分"]]),
    item(P + "method-01", "hr", "method", "提炼岗位KPI的时候,指标排序是怎么打分的", None,
         [ev(F0, 169, 171)], [["5分"], ["3分"], ["1分"]]),
    item(P + "method-02", "manager", "method", "邮政大客户经理的业绩工资按什么公式核发", "大客户经理",
         [ev(F1, 183, 185)], [["除以100"], ["800元"]]),
    # ---------------- jd (2)
    item(P + "jd-01", "hr", "jd", "帮我写个客户关系专员的JD", "客户关系专员",
         [ev(F0, 361, 381)], [["客户分级维护"], ["客户数据分析"], ["CRM系统"]],
         tool={"kind": "jd", "role": "客户关系专员", "must_cite_files": [F0],
               "expect_sections": ["duties", "qualifications"]}),
    item(P + "jd-02", "manager", "jd", "帮忙出一份客服中心开户专员的JD草稿", "开户专员",
         [ev(F0, 339, 359)], [["开销户"], ["档案管理"], ["客户资料变更"]],
         tool={"kind": "jd", "role": "开户专员", "must_cite_files": [F0],
               "expect_sections": ["duties", "qualifications"]}),
    # ---------------- kpi_design (2)
    item(P + "kd-01", "manager", "kpi_design", "给大客户经理设计一套考核指标", "大客户经理",
         [ev(F1, 145, 155)], [["基础工作"], ["大客户服务和维护"], ["信息反馈"], ["大客户营销"]],
         tool={"kind": "kpi_design", "role": "大客户经理", "count": None, "must_cite_files": [F1],
               "expected_indicators": ["基础工作", "大客户服务和维护", "信息反馈", "大客户营销"]}),
    item(P + "kd-02", "hr", "kpi_design", "帮我给销售人员设计5个KPI", "销售人员",
         [ev(F0, 131)], [["销售量"], ["回款额"], ["利润额"], ["市场占有率"]],
         tool={"kind": "kpi_design", "role": "销售人员", "count": 5, "must_cite_files": [F0],
               "expected_indicators": ["销售量", "回款额", "利润额", "市场占有率"]}),
    # ---------------- followup (8)
    item(P + "fu-01", "new_hire", "followup", "快递业务员平常做哪些事", "快递业务员",
         [ev(F0, 603, 615)], [["收送快件"], ["发展新客户"]],
         turns=[turn("那他头上的上司是哪位", "attribute", "快递业务员", [ev(F0, 601)], [["快递业务主管"], ["直属上司"]], "reports_to"),
                turn("他编在公司哪个部门底下", "attribute", "快递业务员", [ev(F0, 599)], [["业务部"], ["所属部门"]], "department")]),
    item(P + "fu-02", "manager", "followup", "养生馆里管技术的那个经理,日常要抓哪些事", "技术经理",
         [ev(F1, 81, 107)], [["技师管理制度"], ["培训计划"], ["考勤"]],
         turns=[turn("他听谁的安排", "attribute", "技术经理", [ev(F1, 81)], [["保健部经理"], ["会所总经理"]], "reports_to"),
                turn("把第八条细说一下", "duty", "技术经理", [ev(F1, 99)], [["考勤统计"], ["迟到"]])]),
    item(P + "fu-03", "hr", "followup", "外贸业务经理平时都负责啥", "外贸业务经理",
         [ev(F2, 160, 183)], [["新客户"], ["销售目标"], ["市场调研"]],
         turns=[turn("做内贸的业务员又是干啥的", "duty", "内贸业务员", [ev(F2, 223, 251)], [["阿里巴巴"], ["开发新客户"]]),
                turn("外贸那个对人有啥能力要求", "qualification", "外贸业务经理", [ev(F2, 159)],
                     [["市场开拓能力"], ["抗压能力"]])]),
    item(P + "fu-04", "new_hire", "followup", "想做期货开户专员得满足啥条件", "开户专员",
         [ev(F0, 341, 349)], [["本科"], ["服务意识"], ["团队协作"]],
         turns=[turn("那平时具体做些什么工作", "duty", "开户专员", [ev(F0, 351, 359)], [["开销户"], ["资料发放"], ["客户资料变更"]]),
                turn("这岗位薪水给到多少,有五险一金吗", "out_of_scope", "开户专员")]),
    item(P + "fu-05", "manager", "followup", "按摩技师部门经理的职责", "按摩技师部门经理",
         [ev(F1, 65, 77)], [["工作计划"], ["规章制度"], ["按摩手法"], ["例会"]],
         turns=[turn("这个经理要跟谁汇报", "attribute", "按摩技师部门经理", [ev(F1, 65)], [["总经理", "老板"], ["汇报"]], "reports_to"),
                turn("他手下那几个主管日常干点啥", "duty", "按摩技师部门主管", [ev(F1, 111, 117)], [["技师日常管理"], ["消耗品"]])]),
    item(P + "fu-06", "hr", "followup", "大客户经理业绩工资考核看哪几项", "大客户经理",
         [ev(F1, 145, 155)], [["基础工作"], ["信息反馈"], ["大客户营销"]],
         turns=[turn("大客户服务和维护这项怎么评分", "kpi", "大客户经理", [ev(F1, 165, 169)], [["回访次数"], ["满意度"]]),
                turn("营销奖励又是咋算的", "method", "大客户经理", [ev(F1, 137)], [["5%"], ["一次性营销奖励"]])]),
    item(P + "fu-07", "new_hire", "followup", "软件开发工程师的任职资格", "软件开发工程师",
         [ev(F0, 545, 555)], [["开发经验"], ["Java"]],
         turns=[turn("那技术一部的网管呢,要求一样吗", "qualification", "网络管理员", [ev(F0, 521, 531)],
                     [["30岁以下"], ["网络维护经验"], ["Cisco"]]),
                turn("网管平时负责干些啥", "duty", "网络管理员", [ev(F0, 515, 519)], [["网络系统维护"], ["数据库管理"]])]),
    item(P + "fu-08", "manager", "followup", "公装大客户经理的工作范围列了些什么", "大客户经理",
         [ev(F4, 125, 132)], [["大客户工作目标"], ["信息档案"], ["售后服务标准"]],
         turns=[turn("那他手上握着哪些权力", "duty", "大客户经理", [ev(F4, 144, 148)], [["报告权"], ["监督检查权"], ["车辆调动权"]]),
                turn("那他下面有直属的人要管吗", "attribute", "大客户经理", [ev(F4, 123, 124)], [["直属下级"], ["监督他人"]], "subordinates")]),
    # ---------------- out_of_scope (8)
    item(P + "oos-01", "new_hire", "out_of_scope", "快递那边的业务主管要负责什么工作", None, [], []),
    item(P + "oos-02", "hr", "out_of_scope", "营运总监这个职位具体管什么", None, [], []),
    item(P + "oos-03", "hr", "out_of_scope", "商场客服专员的辅助工作包括什么", None, [], []),
    item(P + "oos-04", "new_hire", "out_of_scope", "研究院招的分析师给多少钱一个月", None, [], []),
    item(P + "oos-05", "new_hire", "out_of_scope", "C#里面LINQ查询怎么写分组统计", None, [], []),
    item(P + "oos-06", "hr", "out_of_scope", "新员工试用期最多可以签几个月,超了违法吗", None, [], []),
    item(P + "oos-07", "manager", "out_of_scope", "家装公司的设计师每天要做哪些工作", None, [], []),
    item(P + "oos-08", "manager", "out_of_scope", "推荐几只明天能涨的股票呗", None, [], []),
]

if __name__ == "__main__":
    out = Path(__file__).with_name("set.jsonl")
    with out.open("w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(items), "items ->", out)
