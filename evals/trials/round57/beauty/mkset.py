# -*- coding: utf-8 -*-
"""Builds set.jsonl for round57/beauty (written before gangwei was run)."""
import json
from pathlib import Path

D1 = "mb01_医疗序列岗位说明书.docx"
D2 = "mb02_护理与皮肤管理工作手册.docx"
X3 = "mb03_KPI指标库2025.xlsx"
X4 = "mb04_编制与薪酬总表.xlsx"
C5 = "mb05_医美项目分级授权目录.csv"
H6 = "mb06_加入我们.html"
P7 = "mb07_质量与合规管理制度.pdf"
M8 = "mb08_新员工入职指南.md"
G9 = "mb09_排班与考勤管理规定.txt"
U10 = "mb10_客服与会员中心岗位说明.txt"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def Q(f, q):
    return {"file": f, "quote": q}


R_DIR, R_DOC, R_INJ = "门诊主任", "美容主诊医师", "注射医生"
R_NUR, R_SKIN, R_CSSD = "美容护士", "皮肤管理师", "消毒供应员"
R_CON, R_FD, R_VIP, R_COMP = "美学设计师（咨询师）", "前台客服", "客户经理（会员）", "合规专员"

EV = {
    "dir_duty": [Q(D1, "主持门诊部日常医疗与经营管理"), Q(D1, "建立并督导执行医疗质量与安全核心制度"),
                 Q(D1, "审批三级及以上医美项目的手术排期"), Q(D1, "处理重大医疗纠纷与客诉"),
                 Q(D1, "组织医生团队的业务培训、带教与绩效评价")],
    "doc_duty": [Q(D1, "负责求美者的面诊评估，明确手术适应证"), Q(D1, "主刀完成重睑、隆鼻、吸脂等美容外科手术"),
                 Q(D1, "亲自向求美者履行术前告知"), Q(D1, "术后换药、拆线及并发症处理"),
                 Q(D1, "书写并审核病历，保证病历在术后24小时内归档"), Q(D1, "指导注射医生和年轻医师")],
    "inj_duty": [Q(D1, "为求美者进行玻尿酸、肉毒毒素、水光等注射治疗"), Q(D1, "注射前评估面部解剖风险"),
                 Q(D1, "发现血管栓塞等不良反应时立即启动急救预案"), Q(D1, "登记注射药品使用台账"),
                 Q(D1, "完成注射后1天、7天回访")],
    "nur_duty": [Q(D2, "① 术前准备：核对求美者身份与手术项目"), Q(D2, "② 跟台配合：担任器械护士或巡回护士"),
                 Q(D2, "③ 术后护理与宣教：监测生命体征"), Q(D2, "④ 术后回访：术后第1天、第3天电话回访"),
                 Q(D2, "⑤ 耗材登记：登记高值耗材及假体条码")],
    "skin_duty": [Q(D2, "使用皮肤检测仪（VISIA）为顾客做皮肤检测"), Q(D2, "根据检测结果制定皮肤管理方案"),
                  Q(D2, "配合医生完成光子嫩肤、热玛吉等光电项目"), Q(D2, "向顾客提供居家护肤指导"),
                  Q(D2, "负责护理间仪器的日常清洁保养与使用登记"), L(H6, 63, 67)],
    "cssd_duty": [Q(D2, "回收各诊室使用后的复用器械"), Q(D2, "按WS 310规范完成器械的清洗"),
                  Q(D2, "包装器械包并粘贴化学指示标签"), Q(D2, "操作压力蒸汽灭菌器，每锅次进行物理监测"),
                  Q(D2, "管理无菌物品存放区，按先进先出原则发放")],
    "con_duty": [L(M8, 19, 25)],
    "fd_duty": [L(H6, 17, 23), L(U10, 7, 11)],
    "vip_duty": [L(H6, 40, 46), L(U10, 20, 24)],
    "comp_duty": [Q(P7, "（1）审核门诊各类宣传物料与线上广告"), Q(P7, "（2）检查知情同意书、病历与术前告知的签署完整性"),
                  Q(P7, "（3）开展药品与耗材溯源检查"), Q(P7, "（4）核查医师执业资质与项目授权"),
                  Q(P7, "（5）组织迎接卫健委、市场监管部门检查")],
}

items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    return {"question": q, "intent": intent, "role": role, "attribute": attribute, "evidence": ev, "key_points": kp}


# ---------------- duty (14)
add("b57-duty-01", "new_hire", "duty", "咱们门诊主任日常都管些什么事", R_DIR, EV["dir_duty"],
    [["经营"], ["医疗质量"], ["纠纷", "客诉"], ["培训", "带教"]])
add("b57-duty-02", "new_hire", "duty", "主诊医生具体干啥的", R_DOC, EV["doc_duty"],
    [["面诊评估", "面诊"], ["主刀"], ["知情同意"], ["复诊"], ["病历"]])
add("b57-duty-03", "new_hire", "duty", "我是新来的注射医师，岗位职责有哪些", R_INJ, EV["inj_duty"],
    [["玻尿酸", "肉毒"], ["批号"], ["血管栓塞", "急救"], ["回访"]])
add("b57-duty-04", "new_hire", "duty", "美容护士要做哪些工作呀", R_NUR, EV["nur_duty"],
    [["术前准备"], ["跟台"], ["宣教", "术后护理"], ["回访"], ["耗材"]])
add("b57-duty-05", "hr", "duty", "皮肤管理师的工作内容", R_SKIN, EV["skin_duty"],
    [["皮肤检测"], ["居家护肤"], ["档案"], ["修复护理"]])
add("b57-duty-06", "new_hire", "duty", "消毒供应那边每天都干啥", R_CSSD, EV["cssd_duty"],
    [["回收"], ["清洗"], ["灭菌"], ["生物监测"]])
add("b57-duty-07", "new_hire", "duty", "美学设计师每天都要做什么？", R_CON, EV["con_duty"],
    [["面诊"], ["美学设计方案", "方案"], ["成交"], ["告知书"], ["移交", "衔接"]])
add("b57-duty-08", "new_hire", "duty", "在前台上班，具体活儿都有哪些", R_FD, EV["fd_duty"],
    [["接待"], ["预约"], ["分诊"]])
add("b57-duty-09", "hr", "duty", "会员那边的客户经理一般负责哪些工作", R_VIP, EV["vip_duty"],
    [["储值卡", "疗程卡"], ["复购"], ["会员活动", "会员沙龙"], ["投诉"]])
add("b57-duty-10", "manager", "duty", "合规专员的职责帮我列一下", R_COMP, EV["comp_duty"],
    [["广告"], ["知情同意书"], ["溯源"], ["超范围执业", "执业资质"], ["迎接", "检查"]])
add("b57-duty-11", "manager", "duty", "门诊主任在医疗质量这块要负责什么", R_DIR,
    [Q(D1, "建立并督导执行医疗质量与安全核心制度")], [["核心制度"], ["医疗质量分析会"]])
add("b57-duty-12", "new_hire", "duty", "注射时碰到血管栓塞，注射医生该怎么处理", R_INJ,
    [Q(D1, "发现血管栓塞等不良反应时立即启动急救预案")], [["急救预案"], ["上报"]])
add("b57-duty-13", "hr", "duty", "合规专员去查药品的时候要查些啥", R_COMP,
    [Q(P7, "（3）开展药品与耗材溯源检查")], [["进货票据"], ["批号"]])
add("b57-duty-14", "new_hire", "duty", "消毒供应员做生物监测多久一次", R_CSSD,
    [Q(D2, "操作压力蒸汽灭菌器，每锅次进行物理监测")], [["每周"], ["每锅次", "物理监测"]])

# ---------------- qualification (10)
add("b57-qual-01", "hr", "qualification", "门诊主任需要什么资历", R_DIR,
    [Q(D1, "从事医疗美容临床工作8年以上"),
     Q(D1, "医师资格证书、医师执业证书（执业范围含医疗美容专业）")],
    [["8年"], ["3年以上"], ["美容主诊医师"], ["医师执业证书"]])
add("b57-qual-02", "hr", "qualification", "招注射医生要几年工作经验？", R_INJ,
    [Q(D1, "注射医生“工作经验”一项由“3年以上”调整为")], [["2年以上", "2年"], ["带教"]])
add("b57-qual-03", "hr", "qualification", "美容护士招聘条件是啥", R_NUR,
    [Q(D2, "任职者应具备大专及以上学历，护理学专业")], [["护理学"], ["护士执业证书"], ["1年以上"]])
add("b57-qual-04", "hr", "qualification", "皮肤管理师任职要求有哪些", R_SKIN,
    [Q(D2, "任职要求：中专及以上学历"), L(H6, 69, 73), L(C5, 10)], [["中专"], ["美容师职业资格"], ["2年"]])
add("b57-qual-05", "new_hire", "qualification", "做消毒供应员需要啥学历跟证书", R_CSSD,
    [Q(D2, "上岗条件：高中或中专及以上学历")], [["高中", "中专"], ["培训合格证"]])
add("b57-qual-06", "hr", "qualification", "合规专员招人看哪些条件", R_COMP,
    [Q(P7, "学历专业 本科及以上学历，法学、药学或临床医学专业"), Q(P7, "2年以上医疗机构合规、医务管理"),
     Q(P7, "持执业药师资格证书者优先")],
    [["法学", "药学"], ["2年以上"], ["执业药师"]])
add("b57-qual-07", "hr", "qualification", "前台客服的任职资格", R_FD, [L(H6, 25, 30), L(U10, 12, 14)],
    [["大专"], ["1年以上"]])
add("b57-qual-08", "manager", "qualification", "能做假体隆鼻的医生得满足啥条件", R_DOC, [L(C5, 7)],
    [["执业满6年"], ["门诊主任审批"], ["美容主诊医师资格"]])
add("b57-qual-09", "new_hire", "qualification", "咨询师入职有什么要求吗", R_CON, [L(M8, 27)],
    [["大专"], ["1年以上"], ["合规考试"]])
add("b57-qual-10", "manager", "qualification", "主诊医生要几年临床经验，证书上有啥要求", R_DOC,
    [Q(D1, "从事美容外科临床工作6年以上"), Q(D1, "医师执业证书，具备美容主诊医师资格并在执业机构备案")],
    [["6年"], ["300例"], ["美容主诊医师资格"]])

# ---------------- attribute (10)
add("b57-attr-01", "new_hire", "attribute", "做咨询师的话直接领导是哪位", R_CON, [L(M8, 15), Q(X4, "咨询总监")],
    [["咨询总监"], ["咨询部"]], attribute="reports_to")
add("b57-attr-02", "hr", "attribute", "消毒供应员现在归谁管？", R_CSSD, [L(G9, 18)],
    [["院感管理员"], ["7月1日", "2025年7月"]], attribute="reports_to")
add("b57-attr-03", "new_hire", "attribute", "合规专员编在哪个部门下面", R_COMP,
    [Q(P7, "岗位名称 合规专员 所属部门 质量与合规部"), Q(X4, "质量与合规部")], [["质量与合规部"], ["合规部"]], attribute="department")
add("b57-attr-04", "new_hire", "attribute", "皮肤管理师在哪上班", R_SKIN, [L(H6, 60)],
    [["广州天河", "天河"], ["广州"]], attribute="location")
add("b57-attr-05", "new_hire", "attribute", "前台客服这个岗位薪资范围是多少", R_FD, [L(H6, 14)],
    [["5000"], ["6500"]], attribute="pay")
add("b57-attr-06", "manager", "attribute", "门诊主任手下都有哪些岗位", R_DIR,
    [Q(D1, "美容主诊医师、注射医生、护士长、合规专员")],
    [["美容主诊医师"], ["注射医生"], ["护士长"], ["合规专员"]], attribute="subordinates")
add("b57-attr-07", "new_hire", "attribute", "美容护士得持什么证", R_NUR,
    [Q(D2, "任职者应具备大专及以上学历，护理学专业")], [["护士执业证书"], ["有效注册期", "注册"]], attribute="certificate")
add("b57-attr-08", "hr", "attribute", "会员客户经理薪资多少", R_VIP, [L(H6, 37)],
    [["7000"], ["10000"]], attribute="pay")
add("b57-attr-09", "hr", "attribute", "注射医生一般要什么专业的", R_INJ,
    [Q(D1, "本科及以上学历，临床医学或皮肤病与性病学专业")], [["临床医学"], ["皮肤病与性病学"]], attribute="major")
add("b57-attr-10", "hr", "attribute", "合规专员学历要求是什么", R_COMP,
    [Q(P7, "学历专业 本科及以上学历，法学、药学或临床医学专业")], [["本科"], ["法学", "药学", "临床医学"]], attribute="education")

# ---------------- kpi (5)
add("b57-kpi-01", "hr", "kpi", "美学设计师每月考核哪些指标", R_CON,
    [Q(X3, "实际成交业绩÷月度业绩目标×100%"), Q(X3, "成交人数÷面诊到诊人数×100%"), Q(X3, "客单价"),
     Q(X3, "合规告知签署率"), Q(X3, "有效客诉次数")],
    [["业绩"], ["成交"], ["告知"], ["客单价"]])
add("b57-kpi-02", "manager", "kpi", "注射医生的KPI怎么定的", R_INJ,
    [Q(X3, "注射业绩达成率"), Q(X3, "注射复购率"), Q(X3, "注射不良事件发生率"), Q(X3, "药品批号登记完整率")],
    [["注射不良事件发生率"], ["药品批号登记完整率"], ["注射复购率"], ["注射业绩达成率"]])
add("b57-kpi-03", "hr", "kpi", "美容护士每个月考核看哪几项", R_NUR,
    [Q(X3, "无菌操作合格率"), Q(X3, "器械清点差错次数"), Q(X3, "术后回访完成率"), Q(X3, "护理满意度")],
    [["无菌操作合格率"], ["器械清点差错次数"], ["术后回访完成率"], ["护理满意度"]])
add("b57-kpi-04", "manager", "kpi", "消毒供应室部门的KPI有啥", None,
    [Q(X3, "灭菌合格率"), Q(X3, "生物监测合格率"), Q(X3, "器械包装差错率"), Q(X3, "器械回收及时率")],
    [["灭菌合格率"], ["生物监测合格率"], ["器械包装差错率"], ["器械回收及时率"]])
add("b57-kpi-05", "hr", "kpi", "合规专员按什么指标考核？", R_COMP,
    [Q(P7, "1 医疗广告违规次数 25% 0次"), Q(P7, "2 知情同意书签署完整率 25% 100%"), Q(P7, "3 资质核查覆盖率 20% 100%"),
     Q(P7, "4 整改按期完成率 20% ≥95%")],
    [["医疗广告违规次数"], ["知情同意书签署完整率"], ["资质核查覆盖率"], ["整改按期完成率"]])

# ---------------- jd (3)
add("b57-jd-01", "hr", "jd", "帮我写个美容护士的JD", R_NUR, EV["nur_duty"], [["术前准备"], ["跟台"], ["回访"]],
    tool={"kind": "jd", "role": R_NUR, "must_cite_files": [D2], "expect_sections": ["duties", "qualifications"]})
add("b57-jd-02", "hr", "jd", "起草一份合规专员的岗位说明书", R_COMP, EV["comp_duty"], [["广告"], ["溯源"], ["超范围执业"]],
    tool={"kind": "jd", "role": R_COMP, "must_cite_files": [P7], "expect_sections": ["duties", "qualifications"]})
add("b57-jd-03", "manager", "jd", "给皮肤管理师出一版岗位说明书草稿", R_SKIN, EV["skin_duty"], [["皮肤检测"], ["档案"]],
    tool={"kind": "jd", "role": R_SKIN, "must_cite_files": [D2], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design (3)
ind = ["储值业绩达成率", "会员复购率", "会员流失率", "会员满意度"]
add("b57-kd-01", "manager", "kpi_design", "帮客户经理（会员）设计5个KPI", R_VIP, [Q(X3, x) for x in ind], [[x] for x in ind],
    tool={"kind": "kpi_design", "role": R_VIP, "count": 5, "must_cite_files": [X3], "expected_indicators": ind})
ind2 = ["预约到诊率", "电话接通率", "投诉24小时响应率", "客户满意度"]
add("b57-kd-02", "manager", "kpi_design", "客服中心这个部门的绩效指标该怎么设计", "客服中心", [Q(X3, x) for x in ind2],
    [[x] for x in ind2],
    tool={"kind": "kpi_design", "role": "客服中心", "count": None, "must_cite_files": [X3], "expected_indicators": ind2})
ind3 = ["合规告知签署率", "客单价", "有效客诉次数"]
add("b57-kd-03", "manager", "kpi_design", "给美学设计师设计一套考核指标", R_CON, [Q(X3, x) for x in ind3], [[x] for x in ind3],
    tool={"kind": "kpi_design", "role": R_CON, "count": None, "must_cite_files": [X3], "expected_indicators": ind3})

# ---------------- followup (8)
add("b57-fu-01", "new_hire", "followup", "美容主诊医师主要负责啥", R_DOC, EV["doc_duty"], [["面诊"], ["主刀"], ["病历"]], turns=[
    T("第二条展开说说", "duty", R_DOC, [Q(D1, "主刀完成重睑、隆鼻、吸脂等美容外科手术")], [["主刀"], ["手术安全核查"]]),
    T("他工资大概多少", "attribute", R_DOC, [Q(D1, "月薪3.5万—5万元＋手术绩效"), Q(X4, "50000")],
      [["3.5万", "35000"], ["5万", "50000"]], attribute="pay")])
add("b57-fu-02", "new_hire", "followup", "消毒供应员是干什么的", R_CSSD, EV["cssd_duty"], [["清洗"], ["灭菌"]], turns=[
    T("那要什么条件", "qualification", R_CSSD, [Q(D2, "上岗条件：高中或中专及以上学历")], [["高中", "中专"], ["培训合格证"]]),
    T("上级是谁", "attribute", R_CSSD, [L(G9, 18)], [["院感管理员"], ["7月1日", "2025年7月"]], attribute="reports_to")])
add("b57-fu-03", "hr", "followup", "会员客户经理的考核指标", R_VIP, [Q(X3, x) for x in ind], [[x] for x in ind[:3]], turns=[
    T("换成美容护士呢", "kpi", R_NUR, [Q(X3, "无菌操作合格率"), Q(X3, "术后回访完成率")], [["无菌操作合格率"], ["术后回访完成率"]]),
    T("第三个指标怎么算", "kpi", R_NUR, [Q(X3, "按时回访人数÷应回访人数×100%")], [["按时回访人数"], ["应回访人数"]])])
add("b57-fu-04", "hr", "followup", "前台客服要什么条件", R_FD, [L(H6, 25, 30), L(U10, 12, 14)], [["大专"], ["1年以上"]], turns=[
    T("一个月工资多少", "attribute", R_FD, [L(H6, 14)], [["5000"], ["6500"]], attribute="pay"),
    T("福利呢", "attribute", R_FD, [L(H6, 32)], [["五险一金"], ["内购价"]], attribute="benefits")])
add("b57-fu-05", "manager", "followup", "合规专员主要干嘛", R_COMP, EV["comp_duty"], [["广告"], ["溯源"]], turns=[
    T("他向谁汇报", "attribute", R_COMP, [Q(P7, "直属上级 门诊主任 工作地点")], [["门诊主任"], ["直属上级", "汇报"]],
      attribute="reports_to"),
    T("那院感管理员呢？", "out_of_scope", None, [], [])])
add("b57-fu-06", "new_hire", "followup", "皮肤管理师要求什么学历", R_SKIN, [Q(D2, "任职要求：中专及以上学历"), L(H6, 70)],
    [["中专"], ["及以上"]], attribute="education", turns=[
    T("证书呢", "attribute", R_SKIN, [Q(D2, "任职要求：中专及以上学历"), L(H6, 71), L(C5, 10)], [["美容师职业资格"], ["中级"]],
      attribute="certificate"),
    T("那她平时做些什么", "duty", R_SKIN, EV["skin_duty"], [["皮肤检测"], ["档案"]])])
add("b57-fu-07", "manager", "followup", "门诊主任的岗位职责", R_DIR, EV["dir_duty"], [["经营"], ["医疗质量"]], turns=[
    T("还有吗", "duty", R_DIR, EV["dir_duty"][3:], [["纠纷", "客诉"], ["培训", "带教"]]),
    T("麻醉医师的职责呢", "out_of_scope", None, [], [])])
add("b57-fu-08", "new_hire", "followup", "美学设计师的工作内容是什么", R_CON, EV["con_duty"], [["面诊"], ["成交"]], turns=[
    T("入职要什么条件", "qualification", R_CON, [L(M8, 27)], [["大专"], ["合规考试"]]),
    T("考核看哪些", "kpi", R_CON, [Q(X3, "合规告知签署率"), Q(X3, "客单价")], [["合规告知签署率"], ["客单价"]])])

# ---------------- out_of_scope (7)
for i, q in enumerate(["护士长要管些啥，有岗位说明吗", "院感管理员要干些什么", "手术室巡回护士的职责有哪些",
                       "客服主管这个岗位要干些啥", "网络运营专员的招聘要求", "玻尿酸打完多久可以化妆",
                       "医美从业人员的社保缴费基数是多少"], 1):
    add(f"b57-oos-{i:02d}", ["hr", "new_hire", "manager"][i % 3], "out_of_scope", q, None, [], [])

out = Path(__file__).resolve().parent / "set.jsonl"
with out.open("w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
