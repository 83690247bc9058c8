"""Round 52 blind trial 'rent': 驰途汽车租赁有限公司 (a car-rental company), 10 HR documents.

Run: T52_OUT=/tmp/t52rent/corpus /tmp/genv/bin/python gen.py
"""
import csv
import os
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T52_OUT", "/tmp/t52rent/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "驰途汽车租赁有限公司"


# ---------------------------------------------------------------- helpers
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def add_tracked(paragraph, before, deleted, inserted, after, author="人力资源部 王敏"):
    paragraph.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "1")
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), "2025-03-01T09:00:00Z")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.text = deleted
    r.append(t)
    d.append(r)
    paragraph._p.append(d)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "2")
    ins.set(qn("w:author"), author)
    ins.set(qn("w:date"), "2025-03-01T09:00:00Z")
    r2 = OxmlElement("w:r")
    t2 = OxmlElement("w:t")
    t2.text = inserted
    r2.append(t2)
    ins.append(r2)
    paragraph._p.append(ins)
    paragraph.add_run(after)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- rt01: Word book, duty table by frequency
STORE_POSTS = [
    dict(
        code="CT-MD-01", name="门店店长", dept="门店运营部", boss="区域运营经理", subs="取还车专员、车辆整备员",
        place="杭州萧山机场店", shift="常白班（9:00-18:00），节假日轮值", pay="9000-13000元/月＋门店绩效奖金",
        shift_cols=[
            ["主持班前早会，布置当日取还车任务", "巡查门店车辆停放与场地秩序", "处理升级到店长的客户投诉"],
            ["审核门店周营收与车辆出租率报表", "组织一次门店车辆盘点", "排定下周人员班表"],
            ["完成区域下达的门店月度经营目标", "组织新员工带教与上岗考核", "配合总部开展节假日促销活动", "牵头处理重大车损纠纷"],
        ],
        req="硬性：大专及以上学历；3年以上租车或汽车服务门店管理经验；持C1及以上驾驶证\n"
            "优先：有连锁门店管理经验者；熟悉租车业务系统者",
        major="专业不限，市场营销、交通运输类优先",
    ),
    dict(
        code="CT-MD-02", name="取还车专员", dept="门店运营部", boss="门店店长", subs="无",
        place="杭州萧山机场店、杭州东站店", shift="两班倒（早班7:00-15:30，晚班15:00-23:30）",
        pay="5000-7000元/月",
        shift_cols=[
            ["核验客户身份证、驾驶证及信用授权", "与客户共同验车并拍照留档，每车不少于12张", "办理取车、还车手续，结算油费或电量差额", "交接班时核对钥匙与车辆台账"],
            ["统计超时未还车辆并上报店长", "清点门店物料（合同、钥匙袋、脚垫）"],
            ["参加服务礼仪培训", "协助店长处理客户车损争议"],
        ],
        req="硬性：高中或中专及以上学历；持C1驾驶证且驾龄满2年\n"
            "优先：1年以上酒店、航空地服等服务业经验；会简单英语对话",
        major="专业不限",
    ),
    dict(
        code="CT-MD-03", name="车辆整备员", dept="门店运营部", boss="门店店长", subs="无",
        place="杭州萧山机场店整备区", shift="三班轮换（早/中/夜）", pay="4500-6000元/月（含计件）",
        shift_cols=[
            ["按《车辆整备标准》完成还车后清洁（内饰、外观、后备箱）", "检查胎压、油液、灯光和玻璃水", "补充车内物料（矿泉水、充电线、消毒湿巾）", "整备完成后在系统中将车辆状态置为“可租”"],
            ["对7天以上未出租车辆进行启动和挪车", "保养高压水枪、吸尘器等整备工具"],
            ["配合维修技师将故障车辆送修", "参加每月安全作业培训"],
        ],
        req="硬性：初中及以上学历；持C1驾驶证\n优先：有洗车或汽车美容工作经验者",
        major="不限",
    ),
]


def gen_rt01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    header_footer(doc, f"{CO}　门店运营中心　受控文件　文件编号：CT-HR-JD-2025", "本文件由人力资源部归口管理，未经批准不得复制　　第 1 版第 2 次修订")
    h = doc.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("门店岗位说明书（2025版）")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("适用范围：各直营门店。职责按发生频率分列为“每班”“每周”“每月及不定期”三栏，岗位人员按栏执行。")
    for p in STORE_POSTS:
        doc.add_paragraph()
        cap = doc.add_paragraph()
        cap.add_run(f"{p['code']}").bold = True
        t = doc.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        cells = [
            ("岗位名称", p["name"], "所属部门", p["dept"]),
            ("直接上级", p["boss"], "直接下级", p["subs"]),
            ("工作地点", p["place"], "班次", p["shift"]),
            ("薪资范围", p["pay"], "专业要求", p["major"]),
        ]
        for i, row in enumerate(cells):
            for j, v in enumerate(row):
                set_cell(t.cell(i, j), v, bold=(j % 2 == 0))
        doc.add_paragraph()
        d = doc.add_table(rows=2 + max(len(c) for c in p["shift_cols"]), cols=3)
        d.style = "Table Grid"
        top = d.cell(0, 0).merge(d.cell(0, 2))
        set_cell(top, "岗位职责", bold=True)
        for j, lab in enumerate(["每班", "每周", "每月及不定期"]):
            set_cell(d.cell(1, j), lab, bold=True)
        for j, col in enumerate(p["shift_cols"]):
            for i, item in enumerate(col):
                set_cell(d.cell(2 + i, j), f"{i + 1}. {item}")
        doc.add_paragraph()
        q = doc.add_table(rows=1, cols=2)
        q.style = "Table Grid"
        set_cell(q.cell(0, 0), "任职资格", bold=True)
        set_cell(q.cell(0, 1), p["req"])
        if p["name"] == "取还车专员":
            para = doc.add_paragraph()
            add_tracked(para, "夜班补贴：晚班人员每晚另发夜班补贴", "30元", "50元", "，随当月工资发放。")
            note = doc.add_paragraph()
            rr = note.add_run("〔修订说明：经2025年2月总经理办公会审议，自2025年3月1日起取还车专员夜班补贴由每晚30元调整为每晚50元。〕")
            rr.italic = True
            rr.font.color.rgb = RGBColor(0xC0, 0, 0)
    doc.add_paragraph()
    doc.add_paragraph("附注：门店另设“新能源充电专员”岗位，岗位说明书另行编制。")
    doc.save(OUT / "rt01_门店岗位说明书.docx")


# ---------------------------------------------------------------- rt02: Word handbook with nested fact table, 略, superseded appendix
def gen_rt02():
    doc = Document()
    header_footer(doc, "风控与理赔部工作手册　V3.1　2025年1月", "内部资料　注意保密")
    doc.add_heading("风控与理赔部工作手册", level=0)
    doc.add_heading("第一章　部门概况", level=1)
    doc.add_paragraph(
        "风控与理赔部隶属公司总部，设风控主管1名，下设风控审核专员、理赔专员两个岗位，负责租车订单的信用风险控制和车辆出险后的理赔处理。"
        "风控主管的职责由公司另行规定，本手册不作描述。")
    doc.add_heading("第二章　风控审核专员", level=1)
    doc.add_paragraph("2.1 岗位概况（见下表）")
    outer = doc.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    set_cell(outer.cell(0, 0), "岗位概况", bold=True)
    inner_cell = outer.cell(0, 1)
    inner_cell.text = "风控审核专员"
    inner = inner_cell.add_table(rows=4, cols=2)
    inner.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("汇报对象", "风控主管"),
        ("学历专业", "本科及以上，金融、法学、统计学相关专业"),
        ("工作经验", "2年以上信贷或融资租赁风控审核经验"),
        ("班次", "早晚两班（8:30-17:30；13:00-22:00），每月轮换"),
    ]):
        set_cell(inner.cell(i, 0), a, bold=True)
        set_cell(inner.cell(i, 1), b)
    doc.add_paragraph("工作地点为杭州总部（滨江区），月薪8000-12000元；证书无硬性要求，持有反欺诈相关认证者优先。")
    doc.add_paragraph("2.2 主要职责")
    for s in [
        "▶ 审核租车订单客户的身份、驾照及征信信息，判定免押金资格；",
        "▶ 识别虚假证件、盗抢和套牌风险，对高风险订单发起拦截；",
        "▶ 维护客户黑名单库，每季度更新风险规则；",
        "▶ 跟踪逾期未还车辆，配合车辆调度员进行车辆定位与回收；",
        "▶ 每月输出风控审核分析报告，报风控主管。",
    ]:
        doc.add_paragraph(s)
    doc.add_paragraph("2.3 风控审核专员考核：按《理赔与事故处理管理办法》附表执行。")
    doc.add_heading("第三章　理赔专员", level=1)
    doc.add_paragraph(
        "3.1 岗位概况：理赔专员向风控主管汇报，工作地点杭州总部，月薪7000-10000元。要求大专及以上学历，保险、汽车相关专业，"
        "2年以上车险理赔或定损经验；持机动车鉴定评估师证书者优先。")
    doc.add_paragraph("3.2 主要职责")
    for s in [
        "（一）接收门店出险报案，指导客户和门店进行现场处置；",
        "（二）向保险公司报案，跟进查勘、定损全过程；",
        "（三）核算客户应承担的车损、停运损失等费用并出具理赔结算单；",
        "（四）向客户追收应付费用，超过30天未结清的移交法务；",
        "（五）整理理赔档案，按月统计各门店出险率。",
    ]:
        doc.add_paragraph(s)
    doc.add_paragraph("3.3 理赔专员考核：略（另行发文）。")
    doc.add_heading("第四章　二手车评估师", level=1)
    doc.add_paragraph("略。")
    doc.add_heading("附录B　2023版风控审核专员职责（已废止，仅供对照）", level=1)
    for s in [
        "1. 审核客户押金缴纳情况；",
        "2. 电话回访高风险客户；",
        "3. 每周上报风险周报。",
    ]:
        doc.add_paragraph(s)
    doc.add_paragraph("注：2023版要求大专及以上学历、1年以上相关经验，自2025年1月起停止使用。")
    doc.save(OUT / "rt02_风控与理赔部工作手册.docx")


# ---------------------------------------------------------------- rt03: KPI cascade workbook
KPI = {
    "门店店长": [
        ("门店营收达成率", 0.35, "≥100%", "实际营收÷目标营收×100%", "财务系统"),
        ("车辆出租率", 0.25, "≥80%", "已出租车日÷可租车日×100%", "租车业务系统"),
        ("门店客户满意度", 0.15, "≥95%", "满意及以上评价数÷评价总数×100%", "客服回访"),
        ("车损率", 0.15, "≤1.5%", "出险车次÷出租车次×100%", "理赔台账"),
        ("员工流失率", 0.10, "≤8%", "离职人数÷平均在岗人数×100%", "人力资源系统"),
    ],
    "取还车专员": [
        ("取还车平均办理时长", 0.30, "≤15分钟/单", "办理总时长÷办理单数", "租车业务系统"),
        ("验车照片合规率", 0.25, "100%", "照片合规单数÷取还车单数×100%", "门店抽查"),
        ("单据差错数", 0.20, "0单/月", "结算差错及漏签单据数", "财务复核"),
        ("客户好评率", 0.25, "≥95%", "好评数÷评价数×100%", "APP评价"),
    ],
    "车辆整备员": [
        ("整备及时率", 0.40, "≥98%", "2小时内完成整备车辆数÷还车数×100%", "租车业务系统"),
        ("整备质量抽检合格率", 0.40, "≥95%", "抽检合格车辆数÷抽检车辆数×100%", "店长抽检"),
        ("物料损耗控制率", 0.20, "≤预算的100%", "实际物料消耗÷物料预算×100%", "门店台账"),
    ],
    "客服坐席": [
        ("电话接通率", 0.25, "≥95%", "接通来电数÷呼入总数×100%", "呼叫中心系统"),
        ("一次解决率", 0.25, "≥85%", "首次来电解决数÷受理总数×100%", "工单系统"),
        ("平均处理时长", 0.15, "≤240秒", "通话及后处理总时长÷处理量", "呼叫中心系统"),
        ("质检合格率", 0.20, "≥95%", "质检合格通数÷抽检通数×100%", "质检组"),
        ("坐席满意度", 0.15, "≥92%", "满意评价数÷参评数×100%", "短信评价"),
    ],
    "企业客户经理": [
        ("新签合同额", 0.40, "≥300万元/季", "季度内新签框架合同金额合计", "合同台账"),
        ("企业客户续约率", 0.20, "≥85%", "续约客户数÷到期客户数×100%", "CRM"),
        ("回款及时率", 0.20, "≥95%", "按期回款金额÷应回款金额×100%", "财务系统"),
        ("企业客户满意度", 0.10, "≥90分", "年度满意度调查得分", "第三方调查"),
        ("新客户开发数", 0.10, "≥6家/季", "季度新签约企业客户数量", "CRM"),
    ],
}
CASCADE = {
    "门店店长": ("营收增长15%", "门店营收目标"),
    "取还车专员": ("客户体验提升", "门店服务效率"),
    "车辆整备员": ("车辆周转提升", "门店车辆可租率"),
    "客服坐席": ("客户体验提升", "客服中心服务水平"),
    "企业客户经理": ("营收增长15%", "大客户业务收入"),
}


def gen_rt03():
    wb = Workbook()
    ws = wb.active
    ws.title = "KPI分解表2025"
    ws.merge_cells("A1:I1")
    ws["A1"] = f"{CO}　2025年度KPI分解表（公司级→部门级→岗位级）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:B2")
    ws["A2"] = "战略承接"
    ws.merge_cells("C2:I2")
    ws["C2"] = "岗位级考核指标"
    hdr = ["公司级目标", "部门级指标", "考核岗位", "岗位级指标", "权重", "目标值", "计算公式", "数据来源", "考核周期"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    row = 4
    for post, items in KPI.items():
        start = row
        comp, dept = CASCADE[post]
        for ind, w, tgt, f, src in items:
            ws.cell(row, 3, post)
            ws.cell(row, 4, ind)
            ws.cell(row, 5, w).number_format = "0%"
            ws.cell(row, 6, tgt)
            ws.cell(row, 7, f)
            ws.cell(row, 8, src)
            ws.cell(row, 9, "季度" if post == "企业客户经理" else "月度")
            row += 1
        ws.cell(start, 1, comp)
        ws.cell(start, 2, dept)
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=row - 1, end_column=2)
        ws.cell(row, 4, "权重合计")
        ws.cell(row, 5, f"=SUM(E{start}:E{row - 1})").number_format = "0%"
        row += 1
    for col, wdt in zip("ABCDEFGHI", [14, 16, 12, 20, 8, 14, 34, 14, 10]):
        ws.column_dimensions[col].width = wdt
    # department sheet
    d = wb.create_sheet("部门级指标")
    d.append(["部门", "指标", "权重", "目标值", "说明"])
    for r in [
        ("门店运营部", "门店营收目标达成率", 0.4, "≥100%", "各门店加权汇总"),
        ("门店运营部", "门店车辆可租率", 0.3, "≥92%", "可租车辆÷在册车辆"),
        ("门店运营部", "门店服务投诉率", 0.3, "≤0.3%", "有效投诉单÷订单数"),
        ("车辆调度中心", "车辆周转率", 0.5, "≥1.8次/月", "出租次数÷平均在册车辆"),
        ("车辆调度中心", "异地还车回调及时率", 0.5, "≥95%", "48小时内回调完成比例"),
    ]:
        d.append(list(r))
        d.cell(d.max_row, 3).number_format = "0%"
    # old sheet
    o = wb.create_sheet("2024版（已停用）")
    o["A1"] = "2024版取还车专员考核指标（2025年1月起停用）"
    o.append(["考核岗位", "岗位级指标", "权重", "目标值"])
    for r in [("取还车专员", "取还车平均办理时长", 0.5, "≤20分钟/单"), ("取还车专员", "客户好评率", 0.5, "≥90%")]:
        o.append(list(r))
    n = wb.create_sheet("填表说明")
    n["A1"] = "1. 权重合计须为100%；2. 目标值为季度/月度考核基准；3. 理赔专员、风控审核专员的考核另见风控与理赔部相关文件。"
    wb.save(OUT / "rt03_2025年度KPI分解表.xlsx")


# ---------------------------------------------------------------- rt04: staffing workbook with outline-grouped rows
STAFF = [
    ("门店运营部", None),
    ("门店店长", ("区域运营经理", "取还车专员、车辆整备员", "大专及以上", "不限", "3年以上门店管理经验", "C1驾驶证", "各直营门店", "9000-13000", "A")),
    ("取还车专员", ("门店店长", "—", "高中/中专及以上", "不限", "驾龄满2年", "C1驾驶证", "各直营门店", "5000-7000", "B1/B2")),
    ("车辆整备员", ("门店店长", "—", "初中及以上", "不限", "不限", "C1驾驶证", "门店整备区", "4500-6000", "C")),
    ("新能源充电专员", ("门店店长", "—", "", "", "", "", "", "", "")),
    ("车辆调度中心", None),
    ("车辆调度员", ("区域运营经理", "代驾司机", "大专及以上", "物流管理、交通运输", "1年以上车队调度经验", "C1驾驶证", "杭州总部调度中心", "6500-9000", "D")),
    ("代驾司机", ("车辆调度员", "—", "不限（高中优先）", "不限", "驾龄5年以上，无重大事故", "C1驾驶证", "杭州市区", "4000底薪+每单提成", "A/E")),
    ("车辆技术部", None),
    ("维修技师", ("维修主管", "—", "中专/技校及以上", "汽车维修、汽车运用技术", "3年以上4S店或连锁维修厂经验", "汽车维修工（中级及以上）", "杭州萧山维修中心", "7000-11000", "A+周末值班")),
    ("客户服务中心", None),
    ("客服坐席", ("客服组长", "—", "大专及以上", "不限", "有呼叫中心经验优先", "普通话二级乙等及以上", "杭州总部", "4500-6500", "B1/B2/B3")),
    ("大客户部", None),
    ("企业客户经理", ("大客户部经理", "—", "本科及以上", "市场营销、工商管理", "3年以上B端销售经验", "—", "杭州总部、上海分公司", "10000-15000+提成", "A")),
]


def gen_rt04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位信息总表"
    ws.merge_cells("A1:K1")
    ws["A1"] = "岗位编制与任职条件总表（2025年3月更新）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:A3")
    ws["A2"] = "部门/岗位"
    ws.merge_cells("B2:C2")
    ws["B2"] = "汇报关系"
    ws.merge_cells("D2:H2")
    ws["D2"] = "任职条件"
    ws.merge_cells("I2:I3")
    ws["I2"] = "工作地点"
    ws.merge_cells("J2:J3")
    ws["J2"] = "月薪范围（元）"
    ws.merge_cells("K2:K3")
    ws["K2"] = "班次代码"
    for c, v in zip("BCDEFGH", ["直属上级", "直接下属", "学历", "专业", "工作经验", "必备证书", ""]):
        if v:
            ws[f"{c}3"] = v
    ws.merge_cells("G3:H3")
    for r in (2, 3):
        for c in ws[r]:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center")
    row = 4
    for name, vals in STAFF:
        if vals is None:
            ws.cell(row, 1, f"■ {name}").font = Font(bold=True)
            ws.row_dimensions[row].outlineLevel = 0
        else:
            boss, subs, edu, major, exp, cert, place, pay, sc = vals
            ws.cell(row, 1, "    " + name)
            for j, v in enumerate([boss, subs, edu, major, exp, cert], start=2):
                ws.cell(row, j, v)
            ws.merge_cells(start_row=row, start_column=7, end_row=row, end_column=8)
            ws.cell(row, 9, place)
            ws.cell(row, 10, pay)
            ws.cell(row, 11, sc)
            ws.row_dimensions[row].outlineLevel = 1
        row += 1
    ws.sheet_properties.outlinePr.summaryBelow = False
    ws.cell(row + 1, 1, "注：新能源充电专员为2025年新设岗位，任职条件待人力资源部核定后补充。")
    for col, wdt in zip("ABCDEFGHIJK", [18, 12, 20, 14, 18, 24, 20, 2, 18, 16, 10]):
        ws.column_dimensions[col].width = wdt
    s = wb.create_sheet("班次代码")
    s.append(["班次代码", "班次名称", "时间", "说明"])
    for r in [
        ("A", "常白班", "9:00-18:00", "周末及节假日轮值"),
        ("B1", "早班", "7:00-15:30", "门店/客服早班"),
        ("B2", "晚班", "15:00-23:30", "含夜班补贴"),
        ("B3", "夜班", "16:00-24:00", "客服中心晚班"),
        ("C", "三班轮换", "早6-14/中14-22/夜22-6", "整备区"),
        ("D", "四班三运转", "8:00-20:00/20:00-8:00", "调度中心7×24小时值守"),
        ("E", "弹性班", "按调度派单", "代驾司机按单出车"),
    ]:
        s.append(list(r))
    g = wb.create_sheet("萧山机场店周排班")
    g.append(["姓名", "岗位", "周一", "周二", "周三", "周四", "周五", "周六", "周日"])
    for r in [
        ("张伟", "门店店长", "A", "A", "A", "A", "A", "休", "休"),
        ("李娜", "取还车专员", "B1", "B1", "B2", "B2", "休", "B1", "B1"),
        ("王强", "取还车专员", "B2", "B2", "休", "B1", "B1", "B2", "B2"),
        ("赵磊", "车辆整备员", "C早", "C早", "C中", "C中", "C夜", "休", "休"),
    ]:
        g.append(list(r))
    wb.save(OUT / "rt04_岗位编制与任职条件.xlsx")


# ---------------------------------------------------------------- rt05: CSV with two header lines (codes, labels)
def gen_rt05():
    codes = ["F01", "F02", "F03", "F04", "F05", "F06", "F07", "F08", "F09", "F10"]
    labels = ["需求编号", "岗位名称", "需求部门", "招聘人数", "岗位职责", "任职要求", "工作地点", "薪资待遇", "需求状态", "提交日期"]
    rows = [
        ["ZP2025-011", "代驾司机", "车辆调度中心", "8",
         "1）按调度指令送车上门、上门取车；2）交车时与客户共同验车并签署车辆交接单；3）保持车辆整洁，行驶中严格遵守交通法规；4）送取车途中发生事故第一时间报告调度员和理赔专员；5）每日填写行车日志",
         "驾龄5年以上，近3年无重大交通事故记录；持C1驾驶证；熟悉杭州市区道路；学历不限，高中优先",
         "杭州市区", "底薪4000元/月＋每单提成（15-40元/单）", "招聘中", "2025-02-10"],
        ["ZP2025-014", "维修技师", "车辆技术部", "3",
         "1）负责租赁车辆的定期保养与故障维修；2）对事故车辆出具维修方案与报价，配合理赔专员定损；3）新能源车辆三电系统日常检查",
         "中专/技校及以上；3年以上4S店或连锁维修厂经验；持汽车维修工中级及以上职业资格证书，维修新能源车须持低压电工作业证",
         "杭州萧山维修中心", "7000-11000元/月", "招聘中", "2025-02-18"],
        ["ZP2025-017", "企业客户经理", "大客户部", "2",
         "1）开发企业长租、班车及商务用车客户；2）制定客户用车方案与报价，签订框架合同；3）维护存量客户，跟进合同续约；4）协调门店与调度中心落实企业用车需求；5）跟踪企业客户回款",
         "本科及以上学历，市场营销、工商管理相关专业；3年以上B端销售经验，有汽车租赁或出行行业经验者优先；能适应短期出差",
         "杭州总部、上海分公司", "10000-15000元/月＋销售提成", "招聘中", "2025-03-01"],
        ["ZP2025-019", "客服坐席", "客户服务中心", "6",
         "1）接听400热线及APP在线咨询，解答预订、价格与取还车规则问题；2）受理改单、续租、退订申请；3）记录投诉工单并流转至相关门店跟进；4）对已结案投诉进行回访",
         "大专及以上学历；普通话二级乙等及以上；打字每分钟50字以上；有呼叫中心工作经验者优先",
         "杭州总部", "4500-6500元/月", "招聘中", "2025-03-05"],
        ["ZP2024-033", "车辆调度员", "车辆调度中心", "1",
         "1）编制门店车辆调拨计划；2）监控车辆位置",
         "中专及以上学历；有调度经验",
         "杭州总部", "5500-7000元/月", "已撤回", "2024-08-20"],
    ]
    with open(OUT / "rt05_招聘需求导出.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(codes)
        w.writerow(labels)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- rt06: careers page with <noscript> old copy and data-attribute facts
def gen_rt06():
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>加入驰途 | 驰途租车招聘</title>
<style>.chip{display:inline-block;border:1px solid #ccc;border-radius:9px;padding:0 6px}</style></head>
<body>
<header><a href="/">驰途租车</a> · <a href="/jobs">社会招聘</a> · <a href="/campus">校园招聘</a></header>
<noscript>
<p>您的浏览器未启用脚本，以下为旧版招聘信息（2023年）：车辆调度员，要求中专及以上，月薪5000-6500元。</p>
</noscript>
<main>
<h1>社会招聘 · 热招岗位</h1>
<section class="job" data-dept="车辆调度中心" data-city="杭州">
<h2>车辆调度员</h2>
<p><span class="chip">车辆调度中心</span> <span class="chip">杭州总部调度中心</span> <span class="chip">6500-9000元/月</span> <span class="chip">四班三运转</span></p>
<h3>岗位职责</h3>
<ol>
<li>根据各门店订单预测制定每日车辆调拨计划；</li>
<li>实时监控车辆GPS位置与电量、油量，安排异地还车车辆回调；</li>
<li>协调代驾司机执行送车上门、上门取车服务；</li>
<li>车辆故障或事故时安排救援派车，并通知理赔专员；</li>
<li>每周分析各门店车辆周转率，提出车辆调配建议。</li>
</ol>
<h3>任职要求</h3>
<ol>
<li>大专及以上学历，物流管理、交通运输相关专业；</li>
<li>1年以上车队或网约车调度经验；</li>
<li>熟练使用Excel，能适应倒班；</li>
<li>持C1驾驶证。</li>
</ol>
<p class="meta">汇报对象：调度主管　｜　管理下属：代驾司机</p>
</section>
<section class="job" data-dept="车辆调度中心" data-city="杭州">
<h2>代驾司机</h2>
<p><span class="chip">杭州市区</span> <span class="chip">底薪＋提成</span> <span class="chip">弹性班</span></p>
<h3>岗位职责</h3>
<p>送车上门、上门取车，交接验车；详细职责见招聘需求表。</p>
<h3>任职要求</h3>
<ol>
<li>驾龄5年以上，无重大事故记录；</li>
<li>服务意识强，形象整洁。</li>
</ol>
</section>
<section class="job" data-dept="客户服务中心" data-city="杭州">
<h2>客服坐席</h2>
<p><span class="chip">客户服务中心</span> <span class="chip">杭州总部</span> <span class="chip">4500-6500元/月</span></p>
<h3>岗位职责</h3>
<ol>
<li>接听400热线及APP在线咨询；</li>
<li>受理改单、续租、退订；</li>
<li>投诉工单记录与流转。</li>
</ol>
<h3>任职要求</h3>
<ol>
<li>大专及以上学历；</li>
<li>普通话二级乙等及以上；</li>
<li>能接受早、中、晚三班轮换。</li>
</ol>
<p class="meta">汇报对象：客服组长</p>
</section>
</main>
<footer>投递邮箱：hr@chitu-rent.example　© 驰途汽车租赁有限公司</footer>
</body>
</html>
"""
    (OUT / "rt06_加入驰途.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- rt07: PDF regulation with margin notes
def gen_rt07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    c = canvas.Canvas(str(OUT / "rt07_理赔与事故处理管理办法.pdf"), pagesize=A4)
    W, H = A4
    y = H - 60

    def line(txt, size=10.5, x=50, note=None):
        nonlocal y
        if y < 80:
            c.showPage()
            y = H - 60
        c.setFont("WQY", size)
        c.drawString(x, y, txt)
        if note:
            c.setFont("WQY", 7.5)
            c.setFillColorRGB(0.45, 0.45, 0.45)
            c.drawString(455, y, note)
            c.setFillColorRGB(0, 0, 0)
        y -= size + 8

    c.setFont("WQY", 15)
    c.drawCentredString(W / 2, y, "驰途汽车租赁有限公司理赔与事故处理管理办法")
    y -= 30
    line("（2025年1月修订　驰途人〔2025〕3号）", 9, x=200)
    line("第一条　为规范租赁车辆出险后的处置与理赔，制定本办法。", note="旁注：适用全部门店")
    line("第二条　本办法适用于公司自有及托管的全部租赁车辆。")
    line("第三条　理赔专员的职责：", note="旁注：理赔专员")
    line("　（一）接到门店或代驾司机报案后30分钟内响应，指导现场拍照与报警；")
    line("　（二）出险后24小时内向保险公司报案并预约查勘；", note="旁注：24小时时限")
    line("　（三）依据定损结果核算客户承担金额，出具理赔结算单；")
    line("　（四）理赔案件结案后7个工作日内完成归档。")
    line("第四条　车辆调度员在事故处理中的职责：", note="旁注：调度员")
    line("　（一）安排救援车辆或替换车，保障客户后续用车；")
    line("　（二）将事故车辆调往维修中心，并在系统中锁定车辆状态。")
    line("第五条　维修技师应在车辆进厂后48小时内出具维修方案与报价。")
    line("第六条　风控审核专员的考核指标见附表一，按月考核。", note="旁注：见附表一")
    y -= 10
    line("附表一　风控审核专员月度考核指标", 12)
    rows = [
        ("序号", "考核指标", "权重", "目标值", "考核标准"),
        ("1", "审核时效达标率", "30%", "≥98%", "订单提交后30分钟内完成审核"),
        ("2", "欺诈订单漏检率", "30%", "≤0.5%", "事后确认欺诈订单÷通过订单"),
        ("3", "逾期车辆回收率", "20%", "≥95%", "逾期72小时内回收车辆比例"),
        ("4", "误拒率", "10%", "≤2%", "申诉改判订单÷拒绝订单"),
        ("5", "黑名单更新及时率", "10%", "100%", "风险事件后24小时内入库"),
    ]
    xs = [50, 85, 200, 250, 310]
    c.setLineWidth(0.5)
    top = y + 14
    for r in rows:
        c.setFont("WQY", 9.5)
        for x, v in zip(xs, r):
            c.drawString(x + 3, y, v)
        c.line(50, y - 5, 545, y - 5)
        y -= 20
    for x in xs + [545]:
        c.line(x, top, x, y + 15)
    c.line(50, top, 545, top)
    y -= 10
    line("第七条　本办法由风控与理赔部负责解释，自发布之日起施行。")
    c.showPage()
    c.save()


# ---------------------------------------------------------------- rt08: AsciiDoc text
def gen_rt08():
    txt = """= 驰途租车 车辆技术部新员工手册
:author: 车辆技术部
:revdate: 2025-02-20
:toc:

== 1. 部门简介

车辆技术部负责全公司租赁车辆的保养、维修和车况管理，部门负责人为车辆技术部经理，下设维修主管、维修技师。

== 2. 维修技师

[horizontal]
所属部门:: 车辆技术部
直属上级:: 维修主管
工作地点:: 杭州萧山维修中心
班次:: 白班（8:30-17:30），每月轮值2个周末
薪资:: 7000-11000元/月，另有技能等级津贴

=== 2.1 岗位职责

. 按保养计划完成租赁车辆的定期保养（机油、滤芯、刹车片、轮胎）。
. 对车辆整备员上报的车况问题进行诊断和维修。
. 对事故车辆出具维修方案与报价，配合理赔专员完成定损。
. 负责新能源车辆三电系统（电池、电机、电控）的日常检查。
. 维护维修工单与配件领用记录，确保账物相符。

=== 2.2 任职要求

[cols="1,3",options="header"]
|===
|项目 |要求
|学历 |中专、技校及以上，汽车维修或汽车运用技术专业
|经验 |3年以上4S店或连锁维修厂工作经验
|证书 |汽车维修工中级及以上职业资格证书；维修新能源车辆须持低压电工作业证
|其他 |能适应周末轮值，吃苦耐劳
|===

== 3. 新能源充电专员

TIP: 岗位说明待补充，由人力资源部统一发布。

== 4. 安全须知

WARNING: 进入举升区必须佩戴安全帽；新能源车辆维修前必须断开低压蓄电池并放电。

* 配件领用凭工单办理；
* 每日下班前清点工具。
"""
    (OUT / "rt08_车辆技术部新员工手册.txt").write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------- rt09: GBK notice numbered 甲乙丙丁
def gen_rt09():
    txt = """驰途汽车租赁有限公司
人力资源部通知
驰途人通〔2025〕7号

关于调整车辆调度中心部分岗位设置的通知

各部门：
为适应异地还车业务增长，经公司研究，对车辆调度中心岗位设置作如下调整：

甲、车辆调度员汇报关系
自2025年4月1日起，车辆调度员不再向调度主管汇报，改为直接向区域运营经理汇报；调度主管岗位同时撤销。

乙、车辆调度员班次
班次维持四班三运转不变，夜班（20:00-次日8:00）每班另发夜班补贴60元。

丙、代驾司机职责补充
代驾司机在原有职责基础上，增加以下两项：
  （1）送车前检查车辆油量或电量不低于80%；
  （2）每月参加一次安全驾驶培训并通过考试。

丁、其他
本通知未涉及事项仍按原规定执行。

人力资源部
2025年3月15日
"""
    (OUT / "rt09_调度中心岗位调整通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- rt10: UTF-16 attendance policy with 1.1.1 clauses
def gen_rt10():
    txt = """驰途汽车租赁有限公司考勤与班次管理制度

1 总则
1.1 本制度适用于公司全体员工。
1.2 门店、调度中心、客户服务中心实行排班制，其他部门实行标准工时制。

2 班次
2.1 门店
2.1.1 取还车专员实行两班倒，早班7:00-15:30，晚班15:00-23:30，交接班重叠30分钟。
2.1.2 车辆整备员实行三班轮换，每班8小时。
2.2 客户服务中心
2.2.1 客服坐席实行早、中、晚三班：早班8:00-16:00，中班12:00-20:00，晚班16:00-24:00。
2.2.2 客服坐席每连续工作2小时可休息10分钟。
2.3 车辆调度中心实行四班三运转，7×24小时值守。

3 考勤
3.1 员工通过企业微信打卡，迟到30分钟以上按旷工半天处理。
3.2 每月累计迟到3次以上的，取消当月全勤奖（200元）。

4 加班与调休
4.1 加班须提前在OA中申请，经部门负责人批准。
4.2 法定节假日值班按国家规定支付加班工资。

5 附则
5.1 本制度由人力资源部负责解释，自2025年1月1日起施行。
"""
    (OUT / "rt10_考勤与班次管理制度.txt").write_bytes(b"\xff\xfe" + txt.replace("\n", "\r\n").encode("utf-16-le"))


if __name__ == "__main__":
    for f in (gen_rt01, gen_rt02, gen_rt03, gen_rt04, gen_rt05, gen_rt06, gen_rt07, gen_rt08, gen_rt09, gen_rt10):
        f()
    print("written to", OUT, sorted(p.name for p in OUT.iterdir()))
