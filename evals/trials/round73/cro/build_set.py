"""Writes set.jsonl (round 73, cro). Run once, then freeze."""
import json
from pathlib import Path

D1 = "01_临床运营部岗位说明书汇编_V3.0.docx"
D2 = "02_职能岗位授权分工表.docx"
X3 = "03_关键岗位KPI指标库_2024.xlsx"
X4 = "04_岗位职级与薪酬带宽.xlsx"
C5 = "05_招聘需求导出_ATS.csv"
H6 = "06_加入我们_社会招聘.html"
P7 = "07_药物警戒部岗位说明与考核办法.pdf"
M8 = "08_新员工入职指南.md"
T9 = "09_SMO现场管理部岗位职责.txt"

CRA = "临床监查员（CRA）"
SCRA = "高级临床监查员（高级CRA）"
PM = "临床项目经理（PM）"
SSU = "启动专员（SSU）"
CRC = "临床研究协调员（CRC）"
CRCM = "CRC主管"
DM = "数据管理员（DM）"
BS = "生物统计师"
PV = "药物警戒专员"
MW = "医学撰写"
QA = "稽查员（QA）"
RA = "注册专员"


def q(f, s):
    return {"file": f, "quote": s}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


items = []


def add(id_, persona, intent, question, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role=None, ev=(), kp=(), attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": list(ev), "key_points": list(kp)}
    if attribute:
        t["attribute"] = attribute
    return t


# ------------------------------------------------------------------ duty (14)
add("cro-duty-01", "new_hire", "duty", "我下周入职做CRA，平时主要干些啥活？", CRA,
    [q(D1, "执行源数据核查（SDV）和源文件审阅（SDR）"), q(D1, "在每次访视后5个工作日内完成并提交监查访视报告"),
     q(D1, "维护研究者文件夹（ISF）的完整性与及时更新")],
    [["SDV", "源数据核查"], ["监查访视报告"], ["研究者文件夹", "ISF"]])
add("cro-duty-02", "manager", "duty", "高级CRA跟普通监察员比，多出来哪些工作？", SCRA,
    [q(D1, "带教新入职CRA，开展协同监查"), q(D1, "审核所带CRA的监查访视报告"),
     q(D1, "协助项目经理制定监查计划和基于风险的监查")],
    [["带教"], ["审核所带CRA", "审核"], ["RBM", "基于风险的监查"]])
add("cro-duty-03", "hr", "duty", "临床项目经理的岗位职责帮我列一下", PM,
    [q(D1, "对所负责项目的进度、质量和预算全面负责"), q(D1, "作为申办方的主要联系人，主持项目例会"),
     q(D1, "识别项目风险，制定并跟踪风险应对措施")],
    [["进度、质量和预算", "预算"], ["申办方"], ["风险"]])
add("cro-duty-04", "new_hire", "duty", "启动专员具体负责哪些事情", SSU,
    [q(D1, "准备并递交研究中心机构立项资料"), q(D1, "准备人类遗传资源（HGRAC）申报材料"),
     q(D1, "协助完成临床试验协议及研究费用的谈判与签署")],
    [["立项"], ["HGRAC", "人类遗传资源"], ["协议"]])
add("cro-duty-05", "new_hire", "duty", "CRC每天在医院都做什么呀", CRC,
    [L(T9, 10, 16)], [["随访"], ["EDC"], ["研究者文件夹"]])
add("cro-duty-06", "manager", "duty", "crc主管管哪些事", CRCM,
    [L(T9, 25, 30)], [["调配"], ["培训"], ["投诉"]])
add("cro-duty-07", "new_hire", "duty", "医学撰写的工作内容有哪些", MW,
    [L(H6, 17, 23)], [["方案"], ["CSR", "临床研究报告"], ["ICH E3"]])
add("cro-duty-08", "hr", "duty", "数据管理员日常工作都包括啥", DM,
    [L(H6, 34, 41)], [["CRF", "病例报告表"], ["DVP", "数据核查计划"], ["数据库锁定", "锁定"]])
add("cro-duty-09", "new_hire", "duty", "统计师具体做什么工作", BS,
    [L(H6, 52, 59)], [["样本量"], ["SAP", "统计分析计划"], ["SAS"]])
add("cro-duty-10", "new_hire", "duty", "PV专员的职责是什么", PV,
    [q(P7, "接收、登记个例安全报告（ICSR）"), q(P7, "使用MedDRA对不良事件进行医学编码"),
     q(P7, "进行文献检索，识别文献中的个例报告")],
    [["ICSR", "个例安全报告"], ["MedDRA", "医学编码"], ["文献检索"]])
add("cro-duty-11", "hr", "duty", "稽查员主要负责什么", QA,
    [L(C5, 8, 12), q(D2, "制定年度稽查计划并实施研究中心稽查"), q(D2, "出具稽查报告并跟踪纠正和预防措施")],
    [["稽查计划"], ["CAPA"], ["SOP"]])
add("cro-duty-12", "new_hire", "duty", "注册专员平常干嘛的", RA,
    [L(C5, 2, 6), q(D2, "准备并递交注册申报资料，跟踪CDE审评进度")],
    [["eCTD", "申报资料"], ["CDE"], ["法规"]])
add("cro-duty-13", "manager", "duty", "医学撰写被授权做哪些事？授权表里怎么写的", MW,
    [q(D2, "撰写临床试验方案及方案修订稿"), q(D2, "撰写或汇编研究者手册（IB）"), q(D2, "撰写临床研究报告（CSR）"),
     q(D2, "撰写知情同意书模板并配合伦理意见修改")],
    [["方案"], ["研究者手册", "IB"], ["CSR", "临床研究报告"], ["知情同意书"]])
add("cro-duty-14", "new_hire", "duty", "监查时发现SAE了CRA要怎么做", CRA,
    [q(D1, "发现严重不良事件（SAE）时督促研究者在获知后24小时内上报")],
    [["24小时"], ["督促研究者", "研究者"]])

# ------------------------------------------------------------------ qualification (10)
add("cro-qual-01", "new_hire", "qualification", "想应聘CRA需要什么条件", CRA,
    [q(D1, "1年以上临床监查经验，或2年以上CRC工作经验"), q(D1, "医学、药学、护理学、生物学等相关专业"),
     q(D1, "持有有效的GCP培训证书")],
    [["1年以上"], ["医学"], ["GCP"]])
add("cro-qual-02", "hr", "qualification", "高级CRA现在要求几年经验？", SCRA,
    [q(D1, "3年以上独立监查经验，且至少完整参与过1个III期临床试验"), q(X4, "3年以上独立监查")],
    [["3年以上"], ["III期"]])
add("cro-qual-03", "hr", "qualification", "PM的任职资格是什么", PM,
    [q(D1, "硕士及以上（本科学历须有5年以上临床研究经验）"), q(D1, "5年以上临床研究经验，其中2年以上项目管理经验"),
     q(D1, "GCP培训证书；PMP证书优先")],
    [["硕士"], ["5年以上"], ["PMP"]])
add("cro-qual-04", "new_hire", "qualification", "大专能做CRC吗，应届生要不要", CRC,
    [L(T9, 8, 9)], [["大专"], ["应届"], ["GCP"]])
add("cro-qual-05", "hr", "qualification", "医学撰写招人有啥硬性要求", MW,
    [L(H6, 26, 29)], [["硕士"], ["2年以上"], ["CET-6"]])
add("cro-qual-06", "hr", "qualification", "生物统计师任职要求", BS,
    [L(H6, 62, 65)], [["硕士"], ["2年以上"], ["SAS"]])
add("cro-qual-07", "manager", "qualification", "招DM的话要会哪些系统", DM,
    [L(H6, 44, 47)], [["Medidata Rave", "Rave"], ["CDISC"]])
add("cro-qual-08", "hr", "qualification", "药物警戒专员招聘条件是什么", PV,
    [q(P7, "本科及以上，临床医学、药学相关专业"), q(P7, "1年以上药物警戒或临床安全性工作经验"),
     q(P7, "英语CET-6及以上，能阅读英文病例叙述")],
    [["本科"], ["1年以上"], ["CET-6"]])
add("cro-qual-09", "hr", "qualification", "注册专员对专业和经验有啥要求", RA,
    [L(C5, 2, 6), q(X4, "2年以上药品注册经验")],
    [["药学"], ["2年以上"]])
add("cro-qual-10", "new_hire", "qualification", "想转岗当稽查员，得满足啥条件", QA,
    [L(C5, 8, 12), q(X4, "3年以上临床研究经验（含监查或稽查）")],
    [["3年以上"], ["GCP"], ["稽查"]])

# ------------------------------------------------------------------ attribute (10)
add("cro-attr-01", "new_hire", "attribute", "CRA的直接领导是谁", CRA,
    [q(D1, "临床项目经理（所在项目）")], [["临床项目经理"], ["所在项目", "项目"]], attribute="reports_to")
add("cro-attr-02", "new_hire", "attribute", "CRA工资大概多少", CRA,
    [L(C5, 13)], [["9-13K", "9000"], ["临床监查员", "CRA"]], attribute="pay")
add("cro-attr-03", "new_hire", "attribute", "统计师在哪里上班", BS,
    [q(X4, "上海/苏州"), L(H6, 50)], [["苏州"], ["上海"]], attribute="location")
add("cro-attr-04", "manager", "attribute", "CRC主管手下带多少人", CRCM,
    [L(T9, 22)], [["8-15名"], ["CRC"]], attribute="subordinates")
add("cro-attr-05", "new_hire", "attribute", "医学撰写属于哪个部门", MW,
    [L(H6, 15), L(M8, 18)], [["医学事务部"], ["医学撰写"]], attribute="department")
add("cro-attr-06", "new_hire", "attribute", "药物警戒专员向谁汇报工作", PV,
    [q(P7, "直接上级 药物警戒经理"), L(M8, 17)], [["药物警戒经理"], ["药物警戒专员"]], attribute="reports_to")
add("cro-attr-07", "hr", "attribute", "注册专员base在哪个城市", RA,
    [L(C5, 2)], [["北京"], ["注册专员"]], attribute="location")
add("cro-attr-08", "manager", "attribute", "高级CRA有下属吗", SCRA,
    [q(D1, "带教CRA 2–4名（业务指导关系，非行政下属）")], [["2–4名", "2-4名"], ["带教"]], attribute="subordinates")
add("cro-attr-09", "hr", "attribute", "生物统计师薪资范围是多少", BS,
    [q(X4, "18000"), q(X4, "28000"), L(H6, 50)], [["18000", "18-28K"], ["28000", "18-28K"]], attribute="pay")
add("cro-attr-10", "new_hire", "attribute", "临床项目经理要求什么学历", PM,
    [q(D1, "硕士及以上（本科学历须有5年以上临床研究经验）"), q(X4, "硕士及以上")] if False else
    [q(D1, "硕士及以上（本科学历须有5年以上临床研究经验）")],
    [["硕士"], ["本科学历须有5年以上", "5年以上"]], attribute="education")

# ------------------------------------------------------------------ kpi (5)
add("cro-kpi-01", "manager", "kpi", "CRA今年的KPI考核哪几项？", CRA,
    [q(X3, "数据质疑按时关闭率"), q(X3, "研究中心满意度"), q(X3, "稽查/核查重大发现数"),
     q(X3, "访视后5个工作日内提交的报告数÷应提交报告数×100%")],
    [["数据质疑按时关闭率"], ["研究中心满意度"], ["重大发现"]])
add("cro-kpi-02", "manager", "kpi", "项目经理绩效看哪些指标", PM,
    [q(X3, "项目里程碑按时达成率"), q(X3, "项目预算偏差率"), q(X3, "申办方满意度")],
    [["里程碑"], ["预算偏差率"], ["申办方满意度"]])
add("cro-kpi-03", "hr", "kpi", "数据管理员KPI里权重最高的是哪个", DM,
    [q(X3, "数据库按时锁定率"), q(X3, "按计划日期锁定的数据库数÷应锁定数据库数×100%")],
    [["数据库按时锁定率"], ["锁定"]])
add("cro-kpi-04", "manager", "kpi", "pv专员考核指标和权重", PV,
    [q(P7, "ICSR按时递交率 35% 100%"), q(P7, "SAE录入及时率 25%"), q(P7, "医学编码准确率 20%")],
    [["ICSR按时递交率"], ["35%"], ["SAE录入及时率"]])
add("cro-kpi-05", "manager", "kpi", "CRC每月考核什么", CRC,
    [L(T9, 17, 18)], [["随访按时完成率"], ["EDC数据录入及时率"], ["数据质疑按时答复率"]])

# ------------------------------------------------------------------ jd (3)
add("cro-jd-01", "hr", "jd", "帮我写一份临床项目经理的JD，要发招聘用", PM,
    [q(D1, "对所负责项目的进度、质量和预算全面负责"), q(D1, "制定项目管理计划、监查计划和沟通计划"),
     q(D1, "作为申办方的主要联系人，主持项目例会")],
    [["预算"], ["项目管理计划"], ["申办方"]],
    tool={"kind": "jd", "role": PM, "must_cite_files": [D1], "expect_sections": ["duties", "qualifications"]})
add("cro-jd-02", "hr", "jd", "出一版生物统计师的岗位说明书", BS,
    [L(H6, 52, 65)], [["SAP", "统计分析计划"], ["样本量"], ["SAS"]],
    tool={"kind": "jd", "role": BS, "must_cite_files": [H6], "expect_sections": ["duties", "qualifications"]})
add("cro-jd-03", "hr", "jd", "给药物警戒专员起草个JD", PV,
    [q(P7, "接收、登记个例安全报告（ICSR）"), q(P7, "使用MedDRA对不良事件进行医学编码"),
     q(P7, "进行文献检索，识别文献中的个例报告")],
    [["ICSR", "个例安全报告"], ["MedDRA"], ["文献检索"]],
    tool={"kind": "jd", "role": PV, "must_cite_files": [P7], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("cro-kd-01", "manager", "kpi_design", "给CRA设计一套季度KPI，5个指标左右", CRA,
    [q(X3, "数据质疑按时关闭率"), q(X3, "研究中心满意度"), q(X3, "稽查/核查重大发现数")],
    [["数据质疑按时关闭率"], ["研究中心满意度"], ["稽查/核查重大发现数"]],
    tool={"kind": "kpi_design", "role": CRA, "count": 5, "must_cite_files": [X3],
          "expected_indicators": ["数据质疑按时关闭率", "研究中心满意度", "稽查/核查重大发现数"]})
add("cro-kd-02", "manager", "kpi_design", "统计师的绩效指标帮忙设计一下", BS,
    [q(X3, "TLF按时交付率"), q(X3, "统计分析报告差错数"), q(X3, "统计分析计划按时定稿率")],
    [["TLF按时交付率"], ["统计分析报告差错数"], ["统计分析计划按时定稿率"]],
    tool={"kind": "kpi_design", "role": BS, "count": None, "must_cite_files": [X3],
          "expected_indicators": ["TLF按时交付率", "统计分析报告差错数", "统计分析计划按时定稿率"]})
add("cro-kd-03", "hr", "kpi_design", "做个药物警戒专员的KPI考核表", PV,
    [q(P7, "ICSR按时递交率 35% 100%"), q(P7, "SAE录入及时率 25%"), q(P7, "医学编码准确率 20%")],
    [["ICSR按时递交率"], ["SAE录入及时率"], ["医学编码准确率"]],
    tool={"kind": "kpi_design", "role": PV, "count": None, "must_cite_files": [P7],
          "expected_indicators": ["ICSR按时递交率", "SAE录入及时率", "医学编码准确率"]})

# ------------------------------------------------------------------ followup (8)
add("cro-fu-01", "new_hire", "followup", "CRA归谁管", CRA, [q(D1, "临床项目经理（所在项目）")], [["临床项目经理"], ["所在项目", "项目"]],
    attribute="reports_to", turns=[
        T("那高级CRA呢", "attribute", SCRA, [q(D1, "临床项目经理（业务考核同时报临床运营总监）")],
          [["临床项目经理"], ["临床运营总监"]], attribute="reports_to"),
        T("他带几个人？", "attribute", SCRA, [q(D1, "带教CRA 2–4名（业务指导关系，非行政下属）")],
          [["2–4名", "2-4名"], ["业务指导", "带教"]], attribute="subordinates"),
    ])
add("cro-fu-02", "manager", "followup", "PM主要负责啥", PM,
    [q(D1, "对所负责项目的进度、质量和预算全面负责"), q(D1, "作为申办方的主要联系人，主持项目例会")],
    [["预算"], ["申办方"]], turns=[
        T("第3条展开说说", "duty", PM, [q(D1, "作为申办方的主要联系人，主持项目例会并按月提交项目进展报告")],
          [["申办方"], ["项目例会"], ["项目进展报告", "按月"]]),
        T("这个岗要啥学历", "attribute", PM, [q(D1, "硕士及以上（本科学历须有5年以上临床研究经验）")],
          [["硕士"], ["本科学历须有5年以上", "5年以上"]], attribute="education"),
    ])
add("cro-fu-03", "new_hire", "followup", "CRC平时做啥", CRC, [L(T9, 10, 16)], [["随访"], ["EDC"]], turns=[
    T("考核看什么", "kpi", CRC, [L(T9, 17, 18)], [["随访按时完成率"], ["EDC数据录入及时率"]]),
    T("换成CRC主管呢", "out_of_scope", CRCM),
])
add("cro-fu-04", "hr", "followup", "数据管理员要什么条件", DM, [L(H6, 44, 47)], [["本科"], ["1年以上"]], turns=[
    T("工资多少", "attribute", DM, [q(X4, "11500"), L(H6, 32)], [["9-14K", "9000"], ["14K", "14000"]], attribute="pay"),
    T("在哪上班", "attribute", DM, [L(H6, 32)], [["上海"], ["数据管理"]], attribute="location"),
])
add("cro-fu-05", "new_hire", "followup", "药物警戒专员干什么的", PV,
    [q(P7, "接收、登记个例安全报告（ICSR）"), q(P7, "使用MedDRA对不良事件进行医学编码")],
    [["ICSR"], ["MedDRA"]], turns=[
        T("要值夜班吗", "duty", PV, [q(P7, "标准工时，并参加SAE热线7×24小时轮值")], [["7×24", "轮值"], ["SAE热线", "SAE"]]),
        T("它的考核指标呢", "kpi", PV, [q(P7, "ICSR按时递交率 35% 100%"), q(P7, "SAE录入及时率 25%")],
          [["ICSR按时递交率"], ["SAE录入及时率"]]),
    ])
add("cro-fu-06", "hr", "followup", "生物统计师工作内容", BS, [L(H6, 52, 59)], [["SAP"], ["SAS"]], turns=[
    T("任职要求呢", "qualification", BS, [L(H6, 62, 65)], [["硕士"], ["2年以上"], ["SAS"]]),
    T("医学撰写呢", "qualification", MW, [L(H6, 26, 29)], [["硕士"], ["CET-6"]]),
])
add("cro-fu-07", "manager", "followup", "稽查员干什么的", QA, [L(C5, 8, 12)], [["稽查计划"], ["CAPA"]], turns=[
    T("他向谁汇报", "attribute", QA, [L(M8, 19)], [["质量保证部经理"], ["稽查员"]], attribute="reports_to"),
    T("出差多吗", "attribute", QA, [q(X4, "上海（出差比例约40%）"), L(C5, 8, 12)], [["40%"], ["出差"]], attribute="location"),
])
add("cro-fu-08", "hr", "followup", "注册专员招聘要求", RA, [L(C5, 2, 6)], [["药学"], ["2年以上"]], turns=[
    T("工资开多少", "attribute", RA, [L(C5, 2)], [["11-16K"], ["注册专员"]], attribute="pay"),
    T("换成CRC呢", "attribute", CRC, [q(X4, "7200"), q(X4, "上海/杭州/南京（派驻医院）")], [["6000", "7200"], ["8500", "7200"]], attribute="pay"),
])

# ------------------------------------------------------------------ out_of_scope (7)
for i, (persona, qtext) in enumerate([
    ("hr", "伦理递交专员的岗位职责是什么"),
    ("hr", "统计编程员需要什么任职条件"),
    ("new_hire", "药物警戒经理负责哪些工作"),
    ("new_hire", "咱们那个PD-1新药什么时候能上市啊"),
    ("new_hire", "受试者补贴标准一般是多少钱"),
    ("new_hire", "参加临床试验安全吗？我妈想报名"),
    ("manager", "临床运营总监的任职要求是什么"),
], 1):
    add(f"cro-oos-{i:02d}", persona, "out_of_scope", qtext, None, [], [])

assert len(items) == 60, len(items)
out = Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in items), encoding="utf-8")
print("wrote", len(items))
