"""Builds set.jsonl for the round-35 'freight' trial from the generated corpus (line spans are
looked up by text so they stay right).  Run once, before gangwei is run; then frozen."""
import json
import sys
from pathlib import Path

C = Path("/tmp/t35freight/corpus")
F01 = "f01_关务部岗位说明书（中英对照）.docx"
F02 = "f02_航线与操作岗位说明书.docx"
F03 = "f03_海运岗位JD（按岗位分表）.xlsx"
F04 = "f04_招聘需求汇总_上海宁波.csv"
F05 = "f05_加入我们.html"
F06 = "f06_岗位胜任力模型（销售与客服）.pdf"
F07 = "f07_仓库主管岗位说明书（扫描件）.pdf"
F08 = "f08_绩效考核方案.md"
F09 = "f09_Re_航线产品经理任职要求确认.txt"
F10 = "f10_财务结算岗位说明（宁波）.txt"

_lines = {}


def lines(f):
    if f not in _lines:
        b = (C / f).read_bytes()
        try:
            t = b.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = b.decode("gb18030")
        _lines[f] = t.splitlines()
    return _lines[f]


def L(f, a, b=None, after=None):
    ls = lines(f)
    start = 0
    if after:
        start = next(i for i, x in enumerate(ls) if after in x)
    i = next(k for k in range(start, len(ls)) if a in ls[k])
    j = i if b is None else next(k for k in range(i, len(ls)) if b in ls[k])
    return {"file": f, "line_start": i + 1, "line_end": j + 1}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id="t35fr-" + id_, persona=persona, intent=intent, question=q, role=role,
                      attribute=attribute, evidence=ev, key_points=kp,
                      expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q):
    return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])


X03_OPS = Q(F03, "操作专员（海运出口）【所属部门】海运出口部")
X03_DZ = Q(F03, "【岗位名称】单证员【所属部门】关务部")
X03_DC = Q(F03, "【岗位名称】订舱专员【所属部门】海运操作部")

# ------------------------------------------------------------------ duty (8)
add("duty-01", "new_hire", "duty", "我新来的报关，平时具体要干啥活？", "报关员",
    [Q(F01, "通过国际贸易“单一窗口”录入报关单"), Q(F01, "配合海关查验，办理改单、删单"),
     Q(F01, "进行商品归类（HS编码）并核对监管条件"), Q(F01, "整理归档报关单证")],
    [["单一窗口"], ["查验"], ["归类", "HS编码"], ["归档"]])
add("duty-02", "manager", "duty", "我们关务主管这个位子平时要管哪几块事", "关务主管",
    [Q(F01, "统筹关务部日常报关、报检业务"), Q(F01, "牵头公司AEO高级认证的维护"),
     Q(F01, "审核疑难商品归类及原产地规则问题"), Q(F01, "负责报关员、单证员的业务培训与考核")],
    [["AEO"], ["归类"], ["培训"]])
add("duty-03", "new_hire", "duty", "做单证的每天都忙些啥呀", "单证员",
    [X03_DZ], [["原产地证"], ["信用证"], ["装箱单"]])
add("duty-04", "hr", "duty", "订舱那个岗的活儿帮我列一下，新人培训要用", "订舱专员",
    [Q(F02, "取得订舱确认（SO）"), Q(F02, "处理甩柜、改配、退关等舱位异常"), Q(F02, "核对截关、截补料时间并提前提醒客户"),
     X03_DC],
    [["订舱确认", "SO"], ["甩柜"], ["截关"]])
add("duty-05", "new_hire", "duty", "空运操作主要做哪些事情", "空运操作专员",
    [Q(F02, "安排提货、进仓、安检及打板"), Q(F02, "制作航空主单（MAWB）及分单（HAWB）"), Q(F02, "审核危险品（DG）申报资料")],
    [["MAWB", "主单"], ["打板"], ["危险品"]])
add("duty-06", "manager", "duty", "宁波保税仓那个仓库主管的职责有哪些", "仓库主管",
    [Q(F07, "每月组织盘点，库存准确率达到99.5%以上"), Q(F07, "落实仓库消防与安全生产管理"),
     Q(F07, "配合海关核查及电子账册核销"), Q(F07, "负责保税仓货物入库、出库及在库管理")],
    [["盘点"], ["消防", "安全"], ["核销"], ["入库"]])
add("duty-07", "new_hire", "duty", "结算专员每个月要做哪些事情啊", "财务结算专员",
    [L(F10, "(1) 每月与船公司", "(5) 配合外汇")],
    [["对账"], ["发票"], ["单票利润"]])
add("duty-08", "hr", "duty", "航线产品经理主要管什么", "航线产品经理",
    [Q(F02, "运价谈判及与船公司的年度舱位协议签订"), Q(F02, "每周发布航线运价表"), Q(F02, "参与重点客户年度招标投标")],
    [["运价谈判"], ["运价表"], ["投标", "招标"]])

# ------------------------------------------------------------------ qualification (7)
add("qual-01", "hr", "qualification", "海运出口操作招人有什么要求", "操作专员（海运出口）",
    [X03_OPS, L(F05, "<li>大专及以上学历；</li>", "熟悉宁波港进港流程者优先", after='id="ops"')],
    [["大专"], ["1年以上"], ["英语四级"]])
add("qual-02", "hr", "qualification", "货代销售经理需要啥条件", "销售经理（货代）",
    [L(F05, "本科及以上学历，专业不限", "持C1驾照")],
    [["本科"], ["3年以上"], ["客户资源"]])
add("qual-03", "new_hire", "qualification", "招客服专员得满足哪些硬性条件", "客服专员",
    [L(F05, "<li>大专及以上学历；</li>", "普通话标准", after='id="cs"')],
    [["大专"], ["英语四级"], ["半年"]])
add("qual-04", "hr", "qualification", "空运操作员招聘要求啥学历和经验", "空运操作专员",
    [Q(F02, "1年以上空运出口操作经验"), Q(F02, "能适应夜班及节假日轮班"), Q(F02, "危险品航空运输培训证书者优先")],
    [["1年以上"], ["夜班"], ["危险品"]])
add("qual-05", "manager", "qualification", "订舱岗要什么任职条件", "订舱专员",
    [Q(F02, "1年以上订舱或海运操作经验"), Q(F02, "熟练使用船公司订舱平台"), X03_DC],
    [["INTTRA", "订舱平台"], ["大专"], ["经验"]])
add("qual-06", "hr", "qualification", "仓库主管的任职资格有哪些", "仓库主管",
    [Q(F07, "5年以上仓储管理经验，其中2年以上保税仓管理经验"), Q(F07, "大专及以上学历，物流管理相关专业"),
     Q(F07, "熟练使用WMS仓储管理系统")],
    [["5年以上"], ["保税仓"], ["大专"], ["WMS"]])
add("qual-07", "hr", "qualification", "航线产品经理最后定下来的任职要求是怎样的？", "航线产品经理",
    [L(F09, "> 1. 本科及以上学历", "> 5. 薪资")],
    [["3年以上"], ["欧洲线"], ["六级", "CET-6"]])

# ------------------------------------------------------------------ attribute (12)
add("attr-01", "new_hire", "attribute", "做报关员要考什么证吗", "报关员",
    [Q(F01, "须持有报关水平测试证书"), L(F04, "SH-2406-01"), L(F04, "NB-2406-01")],
    [["报关水平测试证书"]] + [["须持有", "报关水平测试证书"]], attribute="certificate")
add("attr-02", "manager", "attribute", "关务主管底下带着几个报关和单证", "关务主管",
    [Q(F01, "直接下属：报关员4名、单证员2名")], [["报关员4名", "报关员"], ["单证员2名", "单证员"]],
    attribute="subordinates")
add("attr-03", "new_hire", "attribute", "关务主管向谁汇报工作", "关务主管",
    [Q(F01, "直接上级：关务部经理")], [["关务部经理"], ["直接上级", "汇报"]], attribute="reports_to")
add("attr-04", "new_hire", "attribute", "仓库主管在哪里上班", "仓库主管",
    [Q(F07, "工作地点：宁波北仑保税区"), L(F04, "NB-2406-03")], [["北仑"], ["保税区"]], attribute="location")
add("attr-05", "hr", "attribute", "报关员工资大概多少，上海和宁波一样吗", "报关员",
    [L(F04, "SH-2406-01"), L(F04, "NB-2406-01")], [["7000-10000"], ["6500-9000"]], attribute="pay")
add("attr-06", "new_hire", "attribute", "货代销售底薪给多少", "销售经理（货代）",
    [L(F05, '"minValue": 10000', '"incentiveCompensation"')], [["10000"], ["15000"], ["提成"]], attribute="pay")
add("attr-07", "new_hire", "attribute", "做结算需要会计证吗", "财务结算专员",
    [L(F10, "证书要求"), L(F04, "SH-2406-04")], [["初级会计"]] + [["证书", "职称"]], attribute="certificate")
add("attr-08", "hr", "attribute", "财务结算专员要几年工作经验", "财务结算专员",
    [L(F10, "经验要求"), L(F04, "SH-2406-04")], [["2年以上"], ["物流"]], attribute="experience")
add("attr-09", "new_hire", "attribute", "单证这块归谁直接管", "单证员",
    [X03_DZ, Q(F01, "直接下属：报关员4名、单证员2名"), L(F04, "SH-2406-02"), L(F04, "NB-2406-04")],
    [["关务主管"]] + [["关务主管", "直接上级"]], attribute="reports_to")
add("attr-10", "new_hire", "attribute", "海运出口操作属于哪个部门", "操作专员（海运出口）",
    [X03_OPS, L(F05, "海运出口部 · 宁波"), L(F04, "NB-2406-02")], [["海运出口部"], ["海运出口部", "部门"]],
    attribute="department")
add("attr-11", "hr", "attribute", "客服专员学历卡多少", "客服专员",
    [L(F05, "<li>大专及以上学历；</li>", after='id="cs"'), L(F04, "SH-2406-03")], [["大专"], ["大专及以上"]],
    attribute="education")
add("attr-12", "manager", "attribute", "仓库主管下面带哪些人", "仓库主管",
    [Q(F07, "仓管员6人、叉车司机4人"), L(F04, "NB-2406-03")], [["仓管员"], ["叉车司机"]], attribute="subordinates")

# ------------------------------------------------------------------ kpi (6)
add("kpi-01", "manager", "kpi", "海运出口操作的KPI怎么考的", "操作专员（海运出口）",
    [L(F08, "| 操作差错率 |", "| 费用录入准确率 |")], [["操作差错率"], ["截补料及时率"], ["异常处理及时率"]])
add("kpi-02", "hr", "kpi", "结算专员考核指标有哪些，各占多少权重", "财务结算专员",
    [L(F08, "| 应收账款逾期率 |", "| 月结按时完成率 |")], [["应收账款逾期率"], ["30%"], ["对账及时率"], ["25%"]])
add("kpi-03", "manager", "kpi", "仓库主管的库存准确率是怎么算的", "仓库主管",
    [L(F08, "| 库存准确率 |")], [["账实相符的库位数"], ["盘点库位总数"]])
add("kpi-04", "manager", "kpi", "航线产品经理绩效看哪些指标", "航线产品经理",
    [L(F08, "| 航线毛利达成率 |", "| 销售报价支持满意度 |")], [["航线毛利达成率"], ["旺季舱位保障率"], ["运价发布及时率"]])
add("kpi-05", "hr", "kpi", "客服专员投诉响应率那项占多少权重", "客服专员",
    [L(F08, "| 投诉24小时响应率 |")], [["30%"], ["24小时"]])
add("kpi-06", "manager", "kpi", "仓库主管月度考核里哪种情况直接得0分", "仓库主管",
    [L(F08, "| 安全事故次数 |")], [["一票否决"], ["重大安全事故"]])

# ------------------------------------------------------------------ jd (4)
add("jd-01", "hr", "jd", "帮我起草一份报关员的JD", "报关员",
    [Q(F01, "通过国际贸易“单一窗口”录入报关单"), Q(F01, "配合海关查验，办理改单、删单"),
     Q(F01, "审核客户提供的报关资料")],
    [["单一窗口"], ["查验"], ["报关资料"]],
    tool=dict(kind="jd", role="报关员", must_cite_files=[F01], expect_sections=["duties", "qualifications"]))
add("jd-02", "hr", "jd", "写一份单证员岗位说明书，要招人用", "单证员",
    [X03_DZ], [["原产地证"], ["信用证"], ["归档"]],
    tool=dict(kind="jd", role="单证员", must_cite_files=[F03], expect_sections=["duties", "qualifications"]))
add("jd-03", "manager", "jd", "出一份货代销售经理的职位描述", "销售经理（货代）",
    [L(F05, "开发进出口货主", "应收账款的跟进回收")], [["客户"], ["毛利"], ["应收账款"]],
    tool=dict(kind="jd", role="销售经理（货代）", must_cite_files=[F05], expect_sections=["duties", "qualifications"]))
add("jd-04", "hr", "jd", "生成仓库主管的岗位说明书", "仓库主管",
    [Q(F07, "负责保税仓货物入库、出库及在库管理"), Q(F07, "每月组织盘点，库存准确率达到99.5%以上"),
     Q(F07, "落实仓库消防与安全生产管理")],
    [["入库"], ["盘点"], ["消防"]],
    tool=dict(kind="jd", role="仓库主管", must_cite_files=[F07], expect_sections=["duties", "qualifications"]))

# ------------------------------------------------------------------ kpi_design (4)
add("kd-01", "manager", "kpi_design", "给海运出口操作设计5个KPI", "操作专员（海运出口）",
    [L(F08, "| 操作差错率 |", "| 费用录入准确率 |")], [["操作差错率"], ["截补料及时率"], ["客户投诉次数"]],
    tool=dict(kind="kpi_design", role="操作专员（海运出口）", count=5, must_cite_files=[F08],
              expected_indicators=["操作差错率", "截补料及时率", "客户投诉次数"]))
add("kd-02", "hr", "kpi_design", "帮财务结算专员设计一套考核指标", "财务结算专员",
    [L(F08, "| 应收账款逾期率 |", "| 月结按时完成率 |")], [["应收账款逾期率"], ["对账及时率"], ["发票开具差错率"]],
    tool=dict(kind="kpi_design", role="财务结算专员", count=None, must_cite_files=[F08],
              expected_indicators=["应收账款逾期率", "对账及时率", "发票开具差错率"]))
add("kd-03", "manager", "kpi_design", "客服岗的KPI给我出4个", "客服专员",
    [L(F08, "| 投诉24小时响应率 |", "| 系统录入准确率 |")], [["投诉24小时响应率"], ["客户满意度"], ["系统录入准确率"]],
    tool=dict(kind="kpi_design", role="客服专员", count=4, must_cite_files=[F08],
              expected_indicators=["投诉24小时响应率", "客户满意度", "系统录入准确率"]))
add("kd-04", "manager", "kpi_design", "航线产品经理的绩效指标怎么设计比较好", "航线产品经理",
    [L(F08, "| 航线毛利达成率 |", "| 销售报价支持满意度 |")], [["航线毛利达成率"], ["旺季舱位保障率"]],
    tool=dict(kind="kpi_design", role="航线产品经理", count=None, must_cite_files=[F08],
              expected_indicators=["航线毛利达成率", "旺季舱位保障率", "运价发布及时率"]))

# ------------------------------------------------------------------ followup (10)
add("fu-01", "new_hire", "followup", "报关员的岗位职责是啥", "报关员",
    [Q(F01, "通过国际贸易“单一窗口”录入报关单"), Q(F01, "配合海关查验，办理改单、删单")],
    [["单一窗口"], ["查验"]],
    turns=[T("那任职要求呢", "qualification", "报关员",
             [Q(F01, "大专及以上学历，国际贸易、物流管理等相关专业"), Q(F01, "1年以上报关工作经验")],
             [["大专"], ["1年以上"]]),
           T("他的上级是谁", "attribute", "报关员", [Q(F01, "直接上级：关务主管"), L(F04, "SH-2406-01")],
             [["关务主管"], ["关务主管", "上级"]], attribute="reports_to")])
add("fu-02", "new_hire", "followup", "单证员主要干什么", "单证员",
    [X03_DZ], [["原产地证"], ["信用证"]],
    turns=[T("第二条展开说说", "duty", "单证员", [X03_DZ], [["原产地证"], ["FORM E", "商检换单"]]),
           T("换成订舱专员呢", "duty", "订舱专员",
             [Q(F02, "取得订舱确认（SO）"), Q(F02, "处理甩柜、改配、退关等舱位异常"), X03_DC],
             [["订舱确认", "SO"], ["甩柜"]])])
add("fu-03", "manager", "followup", "仓库主管都要干啥", "仓库主管",
    [Q(F07, "每月组织盘点，库存准确率达到99.5%以上"), Q(F07, "落实仓库消防与安全生产管理")],
    [["盘点"], ["消防"]],
    turns=[T("要几年经验？", "qualification", "仓库主管", [Q(F07, "5年以上仓储管理经验，其中2年以上保税仓管理经验"),
                                                  L(F04, "NB-2406-03")], [["5年以上"], ["仓储管理"]]),
           T("那他手下有哪些人", "attribute", "仓库主管", [Q(F07, "仓管员6人、叉车司机4人")],
             [["仓管员"], ["叉车司机"]], attribute="subordinates")])
add("fu-04", "manager", "followup", "海运出口操作考核哪几项", "操作专员（海运出口）",
    [L(F08, "| 操作差错率 |", "| 费用录入准确率 |")], [["操作差错率"], ["截补料及时率"]],
    turns=[T("第一个指标怎么算", "kpi", "操作专员（海运出口）", [L(F08, "| 操作差错率 |")],
             [["差错票数"], ["操作总票数"]]),
           T("那财务结算呢", "kpi", "财务结算专员", [L(F08, "| 应收账款逾期率 |", "| 月结按时完成率 |")],
             [["应收账款逾期率"], ["对账及时率"]])])
add("fu-05", "hr", "followup", "货代销售经理有啥要求", "销售经理（货代）",
    [L(F05, "本科及以上学历，专业不限", "持C1驾照")], [["本科"], ["3年以上"]],
    turns=[T("薪资呢", "attribute", "销售经理（货代）", [L(F05, '"minValue": 10000', '"incentiveCompensation"')],
             [["10000"], ["15000"]], attribute="pay"),
           T("在哪上班", "attribute", "销售经理（货代）", [L(F05, "市场销售部 · 上海"), L(F05, "上海市浦东新区")],
             [["上海"], ["上海", "浦东"]], attribute="location")])
add("fu-06", "new_hire", "followup", "客服专员做些什么工作", "客服专员",
    [L(F05, "受理客户询价", "协助发送对账单")], [["询价"], ["跟踪节点"], ["投诉"]],
    turns=[T("那它的考核指标有哪些", "kpi", "客服专员", [L(F08, "| 投诉24小时响应率 |", "| 系统录入准确率 |")],
             [["投诉24小时响应率"], ["客户满意度"]]),
           T("回到刚才的职责，第三条具体什么意思", "duty", "客服专员", [L(F05, "处理客户投诉，须在24小时内")],
             [["投诉"], ["24小时"]])])
add("fu-07", "hr", "followup", "关务主管要求啥学历", "关务主管",
    [Q(F01, "1) 本科及以上学历；")], [["本科"], ["本科及以上"]], attribute="education",
    turns=[T("那报关员呢", "attribute", "报关员",
             [Q(F01, "大专及以上学历，国际贸易、物流管理等相关专业"), L(F04, "SH-2406-01"), L(F04, "NB-2406-01")],
             [["大专"], ["大专及以上"]], attribute="education"),
           T("证书方面呢", "attribute", "报关员", [Q(F01, "须持有报关水平测试证书"), L(F04, "SH-2406-01")],
             [["报关水平测试证书"], ["报关水平测试"]], attribute="certificate")])
add("fu-08", "manager", "followup", "航线产品经理的职责说一下", "航线产品经理",
    [Q(F02, "运价谈判及与船公司的年度舱位协议签订"), Q(F02, "每周发布航线运价表")], [["运价谈判"], ["运价表"]],
    turns=[T("他工资开多少", "attribute", "航线产品经理", [L(F09, "> 5. 薪资")], [["18K-25K"], ["年终奖"]],
             attribute="pay"),
           OOS("那航线助理呢，职责是什么")])
add("fu-09", "hr", "followup", "空运操作专员要什么条件", "空运操作专员",
    [Q(F02, "1年以上空运出口操作经验"), Q(F02, "能适应夜班及节假日轮班")], [["1年以上"], ["夜班"]],
    turns=[T("他的职责有哪些", "duty", "空运操作专员",
             [Q(F02, "安排提货、进仓、安检及打板"), Q(F02, "制作航空主单（MAWB）及分单（HAWB）")],
             [["打板"], ["MAWB", "主单"]]),
           OOS("夜班补贴一晚多少钱")])
add("fu-10", "new_hire", "followup", "财务结算专员向谁汇报", "财务结算专员",
    [L(F10, "直接上级"), L(F04, "SH-2406-04")], [["财务经理"], ["财务经理", "上级"]], attribute="reports_to",
    turns=[T("那在哪办公", "attribute", "财务结算专员", [L(F10, "工作地点"), L(F04, "SH-2406-04")],
             [["北仑", "上海浦东"], ["宁波", "上海"]], attribute="location"),
           T("职责第四条展开说说", "duty", "财务结算专员", [L(F10, "(4) 月末进行")], [["成本结转"], ["单票利润"]])])

# ------------------------------------------------------------------ out_of_scope (9)
for n, (persona, q) in enumerate([
        ("manager", "拖车调度员的岗位职责是什么"),
        ("hr", "关务主管月薪一般定多少"),
        ("new_hire", "叉车司机招聘需要什么条件"),
        ("manager", "上海到洛杉矶的海运运价现在大概多少一个柜"),
        ("hr", "试用期最长能约定几个月？劳动合同法咋规定的"),
        ("hr", "宁波北仑这边社保公积金基数今年调到多少了"),
        ("new_hire", "帮我写个python脚本自动抓船公司船期"),
        ("hr", "航线助理的任职要求有哪些"),
        ("new_hire", "保税仓的仓管员工资大概几千"),
], 1):
    add(f"oos-{n:02d}", persona, "out_of_scope", q, None, [], [])

# drop duplicate evidence entries
for it in items:
    seen, ev = set(), []
    for e in it["evidence"]:
        k = json.dumps(e, ensure_ascii=False, sort_keys=True)
        if k not in seen:
            seen.add(k)
            ev.append(e)
    it["evidence"] = ev

out = Path(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl")
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
