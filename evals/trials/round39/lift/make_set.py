"""Builds set.jsonl for round 39 'lift' (written before any gangwei run)."""
import json
import os

F1 = "lf01_维保中心岗位说明书.docx"
F2 = "lf02_岗位工作分析问卷.docx"
F3 = "lf03_KPI指标库2025.xlsx"
F4 = "lf04_岗位基础信息库.xlsx"
F5 = "lf05_在招职位导出.csv"
F6 = "lf06_客服与物资岗位职责_修订对比.html"
F7 = "lf07_2025年内部竞聘公告.pdf"
F8 = "lf08_质量安全部岗位规范.txt"
F9 = "lf09_营销中心岗位说明.txt"
F10 = "lf10_新员工入职手册.md"


def q(f, s):
    return {"file": f, "quote": s}


def ln(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


WB_DUTY_EV = [q(F1, "按维保计划对责任片区电梯进行半月、季度、半年、年度保养"), q(F1, "接到调度指令后赶赴现场处理故障和困人救援"),
              q(F1, "发现安全隐患及时上报维保组长"), q(F1, "拆下的旧件按规定退回备件中心")]
WB_DUTY_KP = [["半月、季度、半年、年度保养", "保养"], ["困人救援"], ["隐患整改通知书", "安全隐患"], ["旧件"]]
# ---------------- duty (14)
add("lift-duty-01", "new_hire", "duty", "电梯维保工平时主要干些啥活？", "电梯维保工", WB_DUTY_EV, WB_DUTY_KP)
add("lift-duty-02", "manager", "duty", "维保组长负责哪些工作", "维保组长",
    [q(F1, "编制本组月度维保计划"), q(F1, "每月抽查本组不少于10%的维保记录"), q(F1, "在24小时内提交故障分析报告"), q(F1, "带教新入职维保工，落实师带徒制度")],
    [["月度维保计划"], ["10%"], ["故障分析报告"], ["师带徒"]])
add("lift-duty-03", "new_hire", "duty", "安装工的工作职责有哪些", "电梯安装工",
    [q(F2, "搭设和拆除井道脚手架"), q(F2, "参与安装过程自检，填写《安装过程记录》")],
    [["导轨", "层门"], ["脚手架"], ["慢车调试"], ["安装过程记录", "自检"]])
add("lift-duty-04", "new_hire", "duty", "调试工程师具体做什么呀", "调试工程师",
    [q(F2, "负责新梯慢车、快车调试")],
    [["快车调试"], ["疑难故障"], ["调试报告"], ["技术培训"]])
add("lift-duty-05", "manager", "duty", "安装项目经理的岗位职责是啥", "安装项目经理",
    [q(F7, "负责安装项目的进度、质量、安全和成本管理"), q(F7, "组织安装班组进场，进行安全技术交底"), q(F7, "协调土建单位、总包方和监理"),
     q(F7, "负责项目工程款结算和签证资料收集")],
    [["进度、质量、安全和成本", "施工计划"], ["安全技术交底"], ["土建"], ["工程款结算"]])
add("lift-duty-06", "hr", "duty", "分公司经理要管哪些事情", "宁波分公司经理",
    [q(F7, "全面负责分公司经营管理"), q(F7, "是分公司安全生产第一责任人"), q(F7, "负责团队建设和人员考核"), q(F7, "审批分公司费用支出，控制经营成本")],
    [["经营管理"], ["安全生产第一责任人"], ["团队建设"], ["费用支出", "经营成本"]])
add("lift-duty-07", "new_hire", "duty", "质检员岗位职责", "质检员", [ln(F8, 28, 32)],
    [["安装质量自检报告", "自检"], ["5%"], ["质量问题台账"], ["月度质量分析报告"]])
add("lift-duty-08", "new_hire", "duty", "安全员每天都要做哪些事", "安全员", [ln(F8, 49, 53)],
    [["井道防护"], ["三级安全教育"], ["每周安全检查"], ["持证台账"]])
add("lift-duty-09", "new_hire", "duty", "客服调度岗都干嘛的", "客服调度员", [ln(F6, 14, 19)],
    [["96333"], ["3分钟"], ["回访"], ["调度日报"]])
add("lift-duty-10", "hr", "duty", "仓管员的工作内容有哪些", "备件仓管员", [ln(F6, 33, 37)],
    [["入库验收"], ["领料单"], ["盘点"], ["安全库存", "采购申请"]])
add("lift-duty-11", "manager", "duty", "销售经理主要负责什么", "销售经理", [ln(F9, 5)],
    [["签约目标", "新梯签约"], ["投标"], ["排产", "合同执行"], ["回款"]])
add("lift-duty-12", "hr", "duty", "维保业务员是做什么的", "维保业务员", [ln(F9, 11)],
    [["续签"], ["收费维保"], ["维保业务客户"]])
add("lift-duty-13", "new_hire", "duty", "维保工半年保养要检查哪些项目", "电梯维保工", [q(F1, "电动机与减速机轴承"), q(F1, "曳引钢丝绳张力"), q(F1, "限速器钢丝绳")],
    [["轴承"], ["曳引钢丝绳张力"], ["限速器钢丝绳"]])
add("lift-duty-14", "new_hire", "duty", "电梯困人了维保工要多久赶到现场", "电梯维保工",
    [q(F1, "接到调度指令后赶赴现场处理故障和困人救援"), ln(F10, 28)], [["30分钟"], ["城区"]])

# ---------------- qualification (10)
add("lift-qual-01", "new_hire", "qualification", "做维保工要什么条件", "电梯维保工",
    [q(F1, "学历：中专（技校）及以上"), q(F1, "经验：1年以上电梯维保经验"), q(F1, "统一为特种设备作业人员证（电梯修理T）"), ln(F5, 5, 6)],
    [["中专"], ["1年以上"], ["电梯修理T"]])
add("lift-qual-02", "hr", "qualification", "想当维保组长得满足啥要求", "维保组长",
    [q(F1, "学历：大专及以上"), q(F1, "经验：5年以上电梯维保经验，其中2年以上班组管理经验"), ln(F5, 11)],
    [["大专"], ["5年以上"], ["班组管理"]])
add("lift-qual-03", "hr", "qualification", "安装工招聘要求是什么", "电梯安装工",
    [q(F2, "确认：高中/中专及以上"), q(F2, "2年以上电梯或机电设备安装经验"), q(F2, "更正：高处作业证（登高证）也须持有"), ln(F5, 7)],
    [["高中/中专"], ["2年以上"], ["高处作业证"]])
add("lift-qual-04", "hr", "qualification", "调试工程师要几年经验？啥学历", "调试工程师",
    [q(F2, "更正：应为3年以上电梯调试经验"), q(F2, "大专及以上，电气工程及其自动化"), ln(F5, 9)],
    [["3年以上"], ["大专"]])
add("lift-qual-05", "manager", "qualification", "竞聘宁波分公司经理要啥条件", "宁波分公司经理",
    [q(F7, "1.本科及以上学历，机电类或工商管理类专业"), q(F7, "8年以上电梯行业工作经验"), q(F7, "电梯安全管理A证"), q(F7, "4.年龄45周岁以下，身体健康")],
    [["本科"], ["8年以上"], ["A证"], ["45周岁"]])
add("lift-qual-06", "manager", "qualification", "安装项目经理竞聘报名条件有哪些", "安装项目经理",
    [q(F7, "1.大专及以上学历，机电类专业"), q(F7, "5年以上电梯安装经验"), q(F7, "持有二级建造师（机电工程）注册证书")],
    [["大专"], ["5年以上"], ["二级建造师"]])
add("lift-qual-07", "hr", "qualification", "质检员的任职资格", "质检员", [ln(F8, 19, 22)],
    [["大专"], ["3年以上"], ["检验员", "RT"]])
add("lift-qual-08", "hr", "qualification", "客服调度招人要什么学历和经验", "客服调度员", [ln(F6, 23, 25), ln(F5, 8)],
    [["中专"], ["1年以上"]])
add("lift-qual-09", "hr", "qualification", "销售经理任职要求", "销售经理", [ln(F9, 6)],
    [["本科"], ["五年以上"], ["C1"]])
add("lift-qual-10", "new_hire", "qualification", "备件仓管员需要啥条件？", "备件仓管员", [ln(F6, 41, 43), ln(F5, 10)],
    [["高中"], ["1年以上仓库管理经验"], ["ERP", "WMS"]])

# ---------------- attribute (10)
add("lift-attr-01", "new_hire", "attribute", "维保工的上级是谁", "电梯维保工", [ln(F5, 5, 6)], [["维保组长"], ["维保工"]], attribute="reports_to")
add("lift-attr-02", "new_hire", "attribute", "安装工直接领导是哪个", "电梯安装工",
    [q(F2, "直接上级为安装班组长"), ln(F5, 7)], [["安装班组长"], ["安装工"]], attribute="reports_to")
add("lift-attr-03", "new_hire", "attribute", "客服调度在哪上班", "客服调度员",
    [ln(F6, 11), q(F4, "杭州总部客服调度中心（滨江）")], [["滨江"], ["杭州"]], attribute="location")
add("lift-attr-04", "new_hire", "attribute", "合肥那边维保工工资多少", "电梯维保工", [ln(F5, 6)], [["5500-7500"], ["合肥"]], attribute="pay")
add("lift-attr-05", "hr", "attribute", "调试工程师月薪大概多少", "调试工程师",
    [q(F2, "月薪9000-15000元，出差补贴另计"), ln(F5, 9), q(F4, "9000-15000元")], [["9000-15000"], ["出差补贴", "调试工程师"]], attribute="pay")
add("lift-attr-06", "manager", "attribute", "项目经理手下管哪些人", "安装项目经理",
    [q(F7, "直接下属为安装班组长和电梯安装工")], [["安装班组长"], ["电梯安装工"]], attribute="subordinates")
add("lift-attr-07", "hr", "attribute", "宁波分公司经理向谁汇报", "宁波分公司经理",
    [q(F7, "宁波分公司营运副总经理")], [["营运副总经理"], ["宁波分公司"]], attribute="reports_to")
add("lift-attr-08", "hr", "attribute", "安全员要有什么证书", "安全员", [ln(F8, 43)], [["C证"], ["注册安全工程师"]], attribute="certificate")
add("lift-attr-09", "new_hire", "attribute", "销售经理汇报给谁？", "销售经理", [ln(F9, 5)], [["营销中心总监"], ["销售代表", "销售经理"]], attribute="reports_to")
add("lift-attr-10", "new_hire", "attribute", "仓管员在哪个仓库上班", "备件仓管员",
    [ln(F6, 30), q(F4, "杭州萧山备件总仓")], [["萧山"], ["备件总仓", "总仓"]], attribute="location")

# ---------------- kpi (5)
add("lift-kpi-01", "new_hire", "kpi", "维保工考核哪些指标", "电梯维保工",
    [q(F3, "困人救援到场及时率"), q(F3, "保养计划完成率"), q(F3, "维保记录合格率"), q(F3, "安全培训出勤率")],
    [["困人救援到场及时率"], ["保养计划完成率"], ["维保记录合格率"], ["安全培训出勤率"]])
add("lift-kpi-02", "manager", "kpi", "客服调度中心的KPI有哪些", None,
    [q(F3, "困人派单及时率"), q(F3, "工单闭环率"), q(F3, "回访率"), q(F3, "客户投诉率")],
    [["困人派单及时率"], ["工单闭环率"], ["回访率"], ["客户投诉率"]])
add("lift-kpi-03", "manager", "kpi", "项目经理的考核指标是哪些", "安装项目经理",
    [q(F3, "安装工期达成率"), q(F3, "监督检验一次通过率"), q(F3, "项目成本控制率"), q(F3, "工程款回收率")],
    [["安装工期达成率"], ["监督检验一次通过率"], ["项目成本控制率"], ["工程款回收率"]])
add("lift-kpi-04", "manager", "kpi", "困人救援到场及时率的目标值定的多少", "电梯维保工",
    [q(F3, "城区30分钟内到场率≥98%")], [["30分钟"], ["98%"]])
add("lift-kpi-05", "manager", "kpi", "销售经理绩效怎么考", "销售经理",
    [q(F3, "新梯签约额完成率"), q(F3, "合同回款率"), q(F3, "投标中标率")],
    [["新梯签约额完成率"], ["合同回款率"], ["投标中标率"]])

# ---------------- jd (3)
add("lift-jd-01", "hr", "jd", "帮我写一份电梯维保工的岗位说明书", "电梯维保工", WB_DUTY_EV, WB_DUTY_KP,
    tool={"kind": "jd", "role": "电梯维保工", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("lift-jd-02", "hr", "jd", "出一份客服调度员的JD", "客服调度员", [ln(F6, 14, 19)],
    [["96333"], ["派单"], ["回访"], ["调度日报"]],
    tool={"kind": "jd", "role": "客服调度员", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]})
add("lift-jd-03", "hr", "jd", "给质检员起草个JD", "质检员", [ln(F8, 28, 32)],
    [["自检"], ["抽检"], ["质量问题台账"], ["月度质量分析报告"]],
    tool={"kind": "jd", "role": "质检员", "must_cite_files": [F8], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design (3)
add("lift-kd-01", "manager", "kpi_design", "给维保组长设计一套KPI", "维保组长",
    [q(F3, "保养计划完成率"), q(F3, "电梯故障率"), q(F3, "备件费用控制率"), q(F3, "徒弟出师考核通过率")],
    [["保养计划完成率"], ["电梯故障率"], ["备件费用控制率"], ["徒弟出师考核通过率"]],
    tool={"kind": "kpi_design", "role": "维保组长", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["保养计划完成率", "电梯故障率", "备件费用控制率", "徒弟出师考核通过率"]})
add("lift-kd-02", "manager", "kpi_design", "帮客服调度中心设计5个KPI", "客服调度中心",
    [q(F3, "困人派单及时率"), q(F3, "工单闭环率"), q(F3, "回访率"), q(F3, "客户投诉率")],
    [["困人派单及时率"], ["工单闭环率"], ["回访率"], ["客户投诉率"]],
    tool={"kind": "kpi_design", "role": "客服调度中心", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["困人派单及时率", "工单闭环率", "回访率", "客户投诉率"]})
add("lift-kd-03", "manager", "kpi_design", "电梯安装工的考核指标帮我设计一下", "电梯安装工",
    [q(F3, "监督检验一次通过率"), q(F3, "安全事故次数")], [["监督检验一次通过率"], ["安全事故次数"]],
    tool={"kind": "kpi_design", "role": "电梯安装工", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["监督检验一次通过率", "安全事故次数"]})

# ---------------- followup (8)
add("lift-fu-01", "new_hire", "followup", "维保工的职责有哪些", "电梯维保工", WB_DUTY_EV, WB_DUTY_KP, turns=[
    T("那任职要求呢？", "qualification", "电梯维保工", [q(F1, "学历：中专（技校）及以上"), ln(F5, 5, 6)], [["中专"], ["电梯修理T"]]),
    T("工资给多少", "attribute", "电梯维保工", [q(F4, "5500-8500元"), ln(F5, 5, 6)], [["5500-8500", "6000-8500", "5500-7500"], ["维保工"]], attribute="pay"),
])
add("lift-fu-02", "hr", "followup", "调试工程师的任职条件", "调试工程师",
    [q(F2, "更正：应为3年以上电梯调试经验"), q(F2, "大专及以上，电气工程及其自动化")], [["3年以上"], ["大专"]], turns=[
    T("他归哪个部门管", "attribute", "调试工程师", [q(F2, "技术部（调试组）"), ln(F5, 9)], [["技术部"], ["调试组", "调试主管"]], attribute="department"),
    T("换成质检员呢？", "attribute", "质检员", [ln(F8, 15, 16)], [["质量安全部"], ["质检员"]], attribute="department"),
])
add("lift-fu-03", "new_hire", "followup", "客服调度员要负责什么", "客服调度员", [ln(F6, 14, 19)],
    [["96333"], ["3分钟"], ["回访"]], turns=[
    T("第二条展开说说", "duty", "客服调度员", [ln(F6, 15)], [["3分钟"], ["派发工单", "派单"]]),
    T("还有别的吗", "duty", "客服调度员", [ln(F6, 16, 19)], [["回访"], ["市场监管部门"]]),
])
add("lift-fu-04", "manager", "followup", "安装项目经理考核啥指标", "安装项目经理",
    [q(F3, "安装工期达成率"), q(F3, "工程款回收率")], [["安装工期达成率"], ["工程款回收率"]], turns=[
    T("其中工程款回收率目标是多少", "kpi", "安装项目经理", [q(F3, "≥90%"), q(F3, "工程款回收率")], [["90%"], ["工程款回收率"]]),
    T("他的直属上级是谁", "attribute", "安装项目经理", [q(F7, "安装工程部安装工程部经理")], [["安装工程部经理"], ["安装工程部"]], attribute="reports_to"),
])
add("lift-fu-05", "new_hire", "followup", "安装工的上级是谁", "电梯安装工",
    [q(F2, "直接上级为安装班组长"), ln(F5, 7)], [["安装班组长"], ["安装工"]], attribute="reports_to", turns=[
    T("那他要持什么证", "attribute", "电梯安装工", [q(F2, "更正：高处作业证（登高证）也须持有"), ln(F5, 7)], [["高处作业证"], ["电梯安装"]], attribute="certificate"),
    T("平时都干些啥活", "duty", "电梯安装工", [q(F2, "搭设和拆除井道脚手架")], [["脚手架"], ["导轨", "层门"]]),
])
add("lift-fu-06", "hr", "followup", "销售经理是干啥的", "销售经理", [ln(F9, 5)], [["投标"], ["回款"]], turns=[
    T("换成维保业务员呢", "duty", "维保业务员", [ln(F9, 11)], [["续签"], ["收费维保"]]),
    T("他底薪多少", "attribute", "维保业务员", [ln(F9, 13)], [["4500"], ["提成"]], attribute="pay"),
])
add("lift-fu-07", "manager", "followup", "质检员的职责", "质检员", [ln(F8, 28, 32)], [["自检"], ["质量问题台账"]], turns=[
    T("安全员呢", "duty", "安全员", [ln(F8, 49, 53)], [["井道防护"], ["三级安全教育"]]),
    T("它的KPI指标是哪些", "out_of_scope", "安全员", [], []),
])
add("lift-fu-08", "new_hire", "followup", "备件仓管员的工作职责", "备件仓管员", [ln(F6, 33, 37)], [["入库验收"], ["盘点"]], turns=[
    T("学历要求呢", "attribute", "备件仓管员", [ln(F6, 41), ln(F5, 10)], [["高中"], ["仓管"]], attribute="education"),
    T("上班时间怎么排的", "qualification", "备件仓管员", [ln(F6, 44), ln(F5, 10)], [["常白班"], ["周六轮值"]]),
])

# ---------------- out_of_scope (7)
for i, (qq, role, persona) in enumerate([
    ("维保站站长的岗位职责是什么", "维保站站长", "hr"),
    ("大客户经理的任职要求有哪些", "大客户经理", "hr"),
    ("公司五险一金和年终奖怎么发", None, "new_hire"),
    ("质检员的绩效考核指标有哪些", "质检员", "manager"),
    ("电梯门机控制板报ER30故障怎么处理", None, "new_hire"),
    ("劳动合同试用期最长能约定几个月", None, "hr"),
    ("销售代表的岗位职责", "销售代表", "hr"),
], 1):
    add(f"lift-oos-{i:02d}", persona, "out_of_scope", qq, role, [], [])

assert len(items) == 60, len(items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(i["intent"] for i in items))
