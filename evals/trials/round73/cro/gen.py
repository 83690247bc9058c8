"""Round 73 blind trial: a clinical CRO (臻研医药) — 10 HR documents.

Run: T73_OUT=/tmp/t73cro/corpus /tmp/genv/bin/python gen.py
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T73_OUT", "/tmp/t73cro/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "臻研医药科技（上海）有限公司"


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def stacked(cell, label, value):
    """Form style: a small grey label line above the value, both in one cell."""
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p2 = cell.add_paragraph()
    p2.add_run(value).bold = True


# --------------------------------------------------------------------------- 01 docx
def doc01():
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　受控文件　文件编号：HR-JD-CO-003　版本：V3.0　生效日期：2024-07-01"
    fp = sec.footer.paragraphs[0]
    fp.text = "本文件由人力资源部归口管理，未经批准不得复制　｜　临床运营部"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("临床运营部岗位说明书汇编（V3.0）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：本汇编每个岗位一张表，表头为基本信息（上方小字为栏目、下方为内容），"
                    "职责表中的“关联SOP”为本公司质量体系文件编号。方括号内为本版修订说明。")

    posts = [
        dict(
            name="临床监查员（CRA）", code="CO-03", dept="临床运营部", boss="临床项目经理（所在项目）",
            sub="无", edu="本科及以上", major="医学、药学、护理学、生物学等相关专业",
            exp="1年以上临床监查经验，或2年以上CRC工作经验", cert="持有有效的GCP培训证书",
            loc="上海/北京/广州/成都（常驻base城市，出差比例约60%）",
            duties=[
                ("负责研究中心的筛选访视、启动访视、常规监查访视和关闭访视", "SOP-CO-004"),
                ("执行源数据核查（SDV）和源文件审阅（SDR），确保CRF数据与原始病历一致", "SOP-CO-006"),
                ("跟踪受试者筛选与入组进度，协助研究中心解决入组困难", "SOP-CO-004"),
                ("发现严重不良事件（SAE）时督促研究者在获知后24小时内上报", "SOP-PV-002"),
                ("核对试验用药品的接收、储存、发放、回收及销毁记录", "SOP-CO-009"),
                ("在每次访视后5个工作日内完成并提交监查访视报告", "SOP-CO-005"),
                ("维护研究者文件夹（ISF）的完整性与及时更新", "SOP-CO-007"),
            ],
            note=None,
        ),
        dict(
            name="高级临床监查员（高级CRA）", code="CO-04", dept="临床运营部",
            boss="临床项目经理（业务考核同时报临床运营总监）",
            sub="带教CRA 2–4名（业务指导关系，非行政下属）", edu="本科及以上，硕士优先",
            major="医学、药学及相关专业", exp="3年以上独立监查经验，且至少完整参与过1个III期临床试验",
            cert="GCP培训证书；具备ICH-GCP英文培训记录者优先",
            loc="上海/北京（出差比例约50%）",
            duties=[
                ("承担入组快、风险高的关键研究中心的监查工作", "SOP-CO-004"),
                ("带教新入职CRA，开展协同监查（co-monitoring）并出具带教评估", "SOP-TR-002"),
                ("审核所带CRA的监查访视报告，督促问题关闭", "SOP-CO-005"),
                ("协助项目经理制定监查计划和基于风险的监查（RBM）策略", "SOP-CO-002"),
                ("参与研究者会议的筹备并为研究中心人员授课", "SOP-CO-003"),
            ],
            note="【V3.0修订：经验要求由原“2年以上”调整为“3年以上”，并增加III期项目经历要求】",
        ),
        dict(
            name="临床项目经理（PM）", code="CO-02", dept="临床运营部", boss="临床运营总监",
            sub="项目组内的CRA、高级CRA、启动专员", edu="硕士及以上（本科学历须有5年以上临床研究经验）",
            major="临床医学、药学、公共卫生等相关专业",
            exp="5年以上临床研究经验，其中2年以上项目管理经验",
            cert="GCP培训证书；PMP证书优先", loc="上海总部",
            duties=[
                ("对所负责项目的进度、质量和预算全面负责", "SOP-PM-001"),
                ("制定项目管理计划、监查计划和沟通计划", "SOP-PM-002"),
                ("作为申办方的主要联系人，主持项目例会并按月提交项目进展报告", "SOP-PM-003"),
                ("管理项目预算，审核研究中心费用支付及合同变更", "SOP-PM-005"),
                ("协调CRA、数据管理、统计、药物警戒等跨部门团队", "SOP-PM-002"),
                ("识别项目风险，制定并跟踪风险应对措施", "SOP-PM-006"),
            ],
            note=None,
        ),
        dict(
            name="启动专员（SSU）", code="CO-06", dept="临床运营部（研究中心启动组）", boss="启动组组长",
            sub="无", edu="本科及以上", major="医学、药学相关专业",
            exp="1年以上研究中心启动或CRA工作经验", cert="GCP培训证书", loc="上海",
            duties=[
                ("准备并递交研究中心机构立项资料", "SOP-SU-001"),
                ("配合伦理递交专员完成伦理递交及批件跟踪", "SOP-SU-002"),
                ("协助完成临床试验协议及研究费用的谈判与签署", "SOP-SU-003"),
                ("准备人类遗传资源（HGRAC）申报材料", "SOP-SU-004"),
                ("跟踪中心启动里程碑，确保按计划召开启动会", "SOP-SU-001"),
            ],
            note=None,
        ),
    ]
    for i, p in enumerate(posts, 1):
        h = d.add_paragraph()
        h.add_run(f"表{i}　{p['name']}岗位说明书").bold = True
        tb = d.add_table(rows=5, cols=4)
        tb.style = "Table Grid"
        stacked(tb.cell(0, 0), "岗位名称", p["name"])
        stacked(tb.cell(0, 1), "岗位编号", p["code"])
        stacked(tb.cell(0, 2), "所属部门", p["dept"])
        stacked(tb.cell(0, 3), "直接上级", p["boss"])
        stacked(tb.cell(1, 0), "直接下属", p["sub"])
        stacked(tb.cell(1, 1), "学历要求", p["edu"])
        a = tb.cell(1, 2).merge(tb.cell(1, 3))
        stacked(a, "专业要求", p["major"])
        b = tb.cell(2, 0).merge(tb.cell(2, 1))
        stacked(b, "工作经验", p["exp"])
        stacked(tb.cell(2, 2), "证书要求", p["cert"])
        stacked(tb.cell(2, 3), "工作地点", p["loc"])
        c = tb.cell(3, 0).merge(tb.cell(3, 3))
        c.text = "岗位职责"
        shade(c)
        # duty rows inside a nested table in the merged last row
        last = tb.cell(4, 0).merge(tb.cell(4, 3))
        last.text = ""
        inner = last.add_table(rows=1 + len(p["duties"]), cols=3)
        inner.style = "Table Grid"
        for j, hd in enumerate(["职责编号", "职责描述", "关联SOP"]):
            inner.cell(0, j).text = hd
        for k, (txt, sop) in enumerate(p["duties"], 1):
            inner.cell(k, 0).text = f"{p['code']}-{k:02d}"
            inner.cell(k, 1).text = txt
            inner.cell(k, 2).text = sop
        if p["note"]:
            np_ = d.add_paragraph()
            rr = np_.add_run(p["note"])
            rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        d.add_paragraph("")
    h = d.add_paragraph()
    h.add_run("表5　伦理递交专员岗位说明书").bold = True
    tb = d.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    stacked(tb.cell(0, 0), "岗位名称", "伦理递交专员")
    stacked(tb.cell(0, 1), "所属部门", "临床运营部（研究中心启动组）")
    c = tb.cell(1, 0).merge(tb.cell(1, 1))
    c.text = "岗位职责及任职要求：略（待启动组工作细则发布后补充）"
    d.add_paragraph("修订记录：V2.0（2023-03-01）首次汇编；V3.0（2024-07-01）修订高级CRA任职要求，新增启动专员、伦理递交专员。")
    d.save(OUT / "01_临床运营部岗位说明书汇编_V3.0.docx")


# --------------------------------------------------------------------------- 02 docx
def doc02():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "臻研医药　质量体系记录　表单编号：QA-F-017　版本：2.1"
    t = d.add_paragraph()
    r = t.add_run("职能岗位授权分工表（非项目岗位）")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("用途：明确各职能岗位被授权承担的工作事项。授权代码含义见本表末的“授权事项代码表”。"
                    "本表不代替岗位说明书，岗位的任职要求以各部门岗位说明书为准。")
    rows = [
        ("医学撰写", "医学事务部", "医学撰写经理", "A、B、C、D", "不得签署临床研究报告的医学负责人声明"),
        ("稽查员（QA）", "质量保证部", "质量保证部经理", "H、J、K", "不得稽查本人参与过的项目"),
        ("数据管理员（DM）", "数据管理与统计部", "数据管理经理", "E、F", "不得自行解锁已锁定的数据库"),
        ("生物统计师", "数据管理与统计部", "统计经理", "C、G", "不得在揭盲前接触非盲态数据（独立统计师除外）"),
        ("药物警戒专员", "药物警戒部", "药物警戒经理", "L、M", "不得对严重不良事件作出最终因果关系判断"),
        ("注册专员", "注册事务部", "注册经理", "B、N", "—"),
    ]
    tb = d.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for j, hd in enumerate(["岗位", "部门", "授权人（直接上级）", "授权事项代码", "禁止事项"]):
        tb.cell(0, j).text = hd
        shade(tb.cell(0, j), "BDD7EE")
    for row in rows:
        cells = tb.add_row().cells
        for j, v in enumerate(row):
            cells[j].text = v
    # a struck-through old delegation (track-changes-like)
    cells = tb.add_row().cells
    cells[0].text = "临床研究协调员（CRC）"
    cells[1].text = "SMO现场管理部"
    cells[2].text = "CRC主管"
    p = cells[3].paragraphs[0]
    rr = p.add_run("F")
    rr.font.strike = True
    cells[3].add_paragraph("（2024-03起取消授权，CRC事项见SMO现场管理部岗位职责）")
    cells[4].text = "—"
    d.add_paragraph("")
    d.add_paragraph("授权事项代码表").runs[0].bold = True
    codes = [
        ("A", "撰写临床试验方案及方案修订稿"),
        ("B", "撰写或汇编研究者手册（IB）及申报资料中的医学部分"),
        ("C", "撰写临床研究报告（CSR）"),
        ("D", "撰写知情同意书模板并配合伦理意见修改"),
        ("E", "设计病例报告表（CRF）并编写数据管理计划（DMP）"),
        ("F", "发出、跟踪和关闭数据质疑（Query）"),
        ("G", "编写统计分析计划（SAP）并完成统计分析报告"),
        ("H", "制定年度稽查计划并实施研究中心稽查"),
        ("J", "出具稽查报告并跟踪纠正和预防措施（CAPA）的关闭"),
        ("K", "组织公司SOP的培训与考核"),
        ("L", "个例安全报告（ICSR）的接收、录入、医学编码和递交"),
        ("M", "撰写研发期间安全性更新报告（DSUR）的数据部分"),
        ("N", "准备并递交注册申报资料，跟踪CDE审评进度"),
    ]
    outer = d.add_table(rows=1, cols=2)
    outer.style = "Table Grid"
    outer.cell(0, 0).text = "说明：字母I、O不使用，以免与数字混淆。"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.style = "Table Grid"
    inner.cell(0, 0).text = "代码"
    inner.cell(0, 1).text = "授权事项"
    for c_, txt in codes:
        cs = inner.add_row().cells
        cs[0].text = c_
        cs[1].text = txt
    d.add_paragraph("批准：质量保证部经理　　　日期：2024-05-20")
    d.save(OUT / "02_职能岗位授权分工表.docx")


# --------------------------------------------------------------------------- 03 xlsx
HDR = Font(bold=True)
FILL = PatternFill("solid", fgColor="DDEBF7")


def kpi_sheet(wb, title, post, dept, rows, year="2024"):
    ws = wb.create_sheet(title)
    ws.merge_cells("A1:H1")
    ws["A1"] = f"{post}　{year}年度关键绩效指标（KPI）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:D2")
    ws["A2"] = f"适用部门：{dept}"
    ws.merge_cells("E2:H2")
    ws["E2"] = "考核周期：季度考核，年度汇总"
    # two-row header
    ws.merge_cells("A3:A4"); ws["A3"] = "序号"
    ws.merge_cells("B3:B4"); ws["B3"] = "指标名称"
    ws.merge_cells("C3:C4"); ws["C3"] = "指标定义/计算公式"
    ws.merge_cells("D3:D4"); ws["D3"] = "权重"
    ws.merge_cells("E3:F3"); ws["E3"] = "考核标准"
    ws["E4"] = "目标值"; ws["F4"] = "评分规则"
    ws.merge_cells("G3:G4"); ws["G3"] = "数据来源"
    ws.merge_cells("H3:H4"); ws["H3"] = "备注"
    for c in "ABCDEFGH":
        for r in (3, 4):
            ws[f"{c}{r}"].font = HDR
            ws[f"{c}{r}"].fill = FILL
    r = 5
    for i, (name, defn, w, tgt, rule, src) in enumerate(rows, 1):
        ws.cell(r, 1, i); ws.cell(r, 2, name); ws.cell(r, 3, defn)
        ws.cell(r, 4, w).number_format = "0%"
        ws.cell(r, 5, tgt); ws.cell(r, 6, rule); ws.cell(r, 7, src)
        r += 1
    ws.cell(r, 2, "合计")
    ws.cell(r, 4, f"=SUM(D5:D{r-1})").number_format = "0%"
    for col, wdt in zip("ABCDEFGH", (6, 24, 44, 8, 14, 36, 16, 10)):
        ws.column_dimensions[col].width = wdt
    return ws


def xlsx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = "臻研医药　关键岗位KPI指标库（2024版）"
    ws["A3"] = "1. 本指标库适用于临床运营部、数据管理与统计部的关键岗位，药物警戒部指标见《药物警戒部岗位说明与考核》。"
    ws["A4"] = "2. 权重合计应为100%，合计行为公式自动计算。"
    ws["A5"] = "3. “2023版（作废）”工作表仅供对照，自2024年1月1日起停止使用。"
    ws["A6"] = "4. 季度得分＝Σ（指标得分×权重），年度得分取四个季度平均。"
    kpi_sheet(wb, "CRA", "临床监查员（CRA）", "临床运营部", [
        ("监查访视按计划完成率", "实际完成访视数÷计划访视数×100%", 0.25, "≥95%", "每低1个百分点扣2分", "CTMS系统"),
        ("监查报告按时提交率", "访视后5个工作日内提交的报告数÷应提交报告数×100%", 0.20, "≥95%", "每低1个百分点扣2分", "CTMS系统"),
        ("数据质疑按时关闭率", "30天内关闭的Query数÷当期Query总数×100%", 0.15, "≥90%", "低于80%不得分", "EDC系统"),
        ("受试者入组完成率", "实际入组例数÷计划入组例数×100%", 0.20, "≥90%", "按完成比例折算得分", "项目周报"),
        ("稽查/核查重大发现数", "被稽查或核查发现的重大（Critical/Major）问题项数", 0.10, "0项", "每出现1项扣5分", "稽查报告"),
        ("研究中心满意度", "研究中心对监查工作的满意度调查平均分（5分制）", 0.10, "≥4.5分", "每低0.1分扣1分", "满意度调查"),
    ])
    kpi_sheet(wb, "项目经理", "临床项目经理（PM）", "临床运营部", [
        ("项目里程碑按时达成率", "按时达成的里程碑数÷计划里程碑数×100%", 0.30, "≥90%", "每低1个百分点扣1.5分", "项目计划"),
        ("项目预算偏差率", "（实际成本－预算）÷预算×100%", 0.20, "±5%以内", "超出部分每1%扣2分", "财务系统"),
        ("申办方满意度", "申办方季度满意度评分（5分制）", 0.20, "≥4.5分", "低于4.0分不得分", "申办方问卷"),
        ("重大质量事件数", "项目发生的重大方案偏离、数据造假等重大质量事件", 0.20, "0起", "出现1起本项不得分", "QA报告"),
        ("项目团队人员流失率", "项目期内离开项目组的人数÷项目组平均人数×100%", 0.10, "≤10%", "每超1个百分点扣1分", "人力资源部"),
    ])
    kpi_sheet(wb, "数据管理员", "数据管理员（DM）", "数据管理与统计部", [
        ("数据库按时锁定率", "按计划日期锁定的数据库数÷应锁定数据库数×100%", 0.30, "100%", "延期1次扣10分", "DM计划"),
        ("数据质疑解决周期", "Query从发出到关闭的平均工作日数", 0.20, "≤10个工作日", "每超1天扣2分", "EDC系统"),
        ("数据录入差错率", "二次核对发现的差错字段数÷核对字段总数", 0.20, "≤0.1%", "每超0.05%扣5分", "质控记录"),
        ("数据核查计划按时完成率", "数据核查计划（DVP）按时定稿的项目数÷应完成数", 0.15, "100%", "延期1次扣5分", "DM计划"),
        ("数据库解锁次数", "数据库锁定后因数据问题被解锁的次数", 0.15, "0次", "出现1次本项不得分", "DM记录"),
    ])
    kpi_sheet(wb, "生物统计师", "生物统计师", "数据管理与统计部", [
        ("统计分析计划按时定稿率", "按时定稿的SAP数÷应定稿SAP数×100%", 0.25, "100%", "延期1次扣8分", "项目计划"),
        ("TLF按时交付率", "按时交付的统计图表（TLF）批次÷应交付批次×100%", 0.30, "≥95%", "每低1个百分点扣2分", "交付记录"),
        ("统计分析报告差错数", "统计分析报告经复核或申办方发现的差错处数", 0.25, "0处", "每处扣3分", "复核记录"),
        ("随机化方案准确率", "随机表与方案规定一致的项目比例", 0.20, "100%", "出现错误本项不得分", "随机化记录"),
    ])
    old = kpi_sheet(wb, "2023版（作废）", "临床监查员（CRA）", "临床运营部", [
        ("监查访视按计划完成率", "实际完成访视数÷计划访视数×100%", 0.30, "≥90%", "每低1个百分点扣1分", "CTMS系统"),
        ("监查报告按时提交率", "访视后10个工作日内提交的报告数÷应提交报告数", 0.30, "≥90%", "每低1个百分点扣1分", "CTMS系统"),
        ("受试者入组完成率", "实际入组例数÷计划入组例数×100%", 0.40, "≥80%", "按完成比例折算", "项目周报"),
    ], year="2023")
    old["A1"] = "【作废】临床监查员（CRA）　2023年度关键绩效指标（KPI）——自2024-01-01停止使用"
    wb.save(OUT / "03_关键岗位KPI指标库_2024.xlsx")


# --------------------------------------------------------------------------- 04 xlsx
def xlsx04():
    wb = Workbook()
    ws = wb.active
    ws.title = "职级与薪酬带宽"
    ws.merge_cells("A1:M1")
    ws["A1"] = "臻研医药　岗位职级体系与薪酬带宽（2024年7月起执行）"
    ws["A1"].font = Font(bold=True, size=14)
    # grouped header rows 2-3
    single = {"A": "职族", "B": "岗位", "C": "职级", "D": "所属部门"}
    for c, v in single.items():
        ws.merge_cells(f"{c}2:{c}3"); ws[f"{c}2"] = v
    ws.merge_cells("E2:H2"); ws["E2"] = "任职要求"
    for c, v in zip("EFGH", ["学历", "专业", "工作经验", "证书"]):
        ws[f"{c}3"] = v
    ws.merge_cells("I2:K2"); ws["I2"] = "薪酬带宽（税前月薪，元）"
    for c, v in zip("IJK", ["下限", "中位值", "上限"]):
        ws[f"{c}3"] = v
    ws.merge_cells("L2:L3"); ws["L2"] = "工作地点"
    ws.merge_cells("M2:M3"); ws["M2"] = "班次"
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = HDR; c.fill = FILL
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data = [
        ("临床运营", "临床监查员（CRA）", "P3", "临床运营部", "本科及以上", "医学/药学/护理/生物", "1年以上监查经验", "GCP证书", 9000, 11000, 13000, "上海/北京/广州/成都", "标准工时（9:00-18:00）"),
        ("临床运营", "高级临床监查员", "P4", "临床运营部", "本科及以上", "医学/药学", "3年以上独立监查", "GCP证书", 15000, 18500, 22000, "上海/北京", "标准工时（9:00-18:00）"),
        ("临床运营", "临床项目经理", "P6", "临床运营部", "硕士及以上", "临床医学/药学/公卫", "5年以上（含2年项目管理）", "GCP证书，PMP优先", 25000, 31000, 38000, "上海总部", "标准工时（9:00-18:00）"),
        ("临床运营", "启动专员", "P3", "临床运营部", "本科及以上", "医学/药学", "1年以上启动或CRA经验", "GCP证书", 10000, 12000, 14000, "上海", "标准工时（9:00-18:00）"),
        ("现场管理", "临床研究协调员（CRC）", "P1", "SMO现场管理部", "大专及以上", "护理/药学/医学检验", "应届生可", "GCP证书（入职后3个月内取得）", 6000, 7200, 8500, "上海/杭州/南京（派驻医院）", "医院工作时间（8:00-17:00）"),
        ("现场管理", "CRC主管", "P4", "SMO现场管理部", "本科及以上", "护理/药学", "3年以上CRC经验", "GCP证书", 11000, 13000, 15000, "上海", "医院工作时间（8:00-17:00）"),
        ("数据与统计", "数据管理员", "P3", "数据管理与统计部", "本科及以上", "统计/计算机/医学/药学", "1年以上临床数据管理", "—", 9000, 11500, 14000, "上海", "标准工时（9:00-18:00）"),
        ("数据与统计", "生物统计师", "P5", "数据管理与统计部", "硕士及以上", "统计学/生物统计/流行病学", "2年以上临床试验统计", "SAS认证优先", 18000, 23000, 28000, "上海/苏州", "弹性工时（核心时段10:00-16:00）"),
        ("安全与医学", "药物警戒专员", "P3", "药物警戒部", "本科及以上", "临床医学/药学", "1年以上药物警戒经验", "CET-6", 10000, 12500, 15000, "上海", "标准工时＋SAE热线轮值"),
        ("安全与医学", "医学撰写", "P4", "医学事务部", "硕士及以上", "医学/药学", "2年以上医学撰写", "CET-6", 16000, 20000, 24000, "上海（每周可远程2天）", "弹性工时（核心时段10:00-16:00）"),
        ("质量与注册", "稽查员", "P5", "质量保证部", "本科及以上", "医学/药学", "3年以上临床研究经验（含监查或稽查）", "GCP证书；内审员证书优先", 17000, 21000, 25000, "上海（出差比例约40%）", "标准工时（9:00-18:00）"),
        ("质量与注册", "注册专员", "P3", "注册事务部", "本科及以上", "药学", "2年以上药品注册经验", "—", 11000, 13500, 16000, "北京", "标准工时（9:00-18:00）"),
    ]
    r = 4
    start = {}
    for row in data:
        for j, v in enumerate(row, 1):
            ws.cell(r, j, v)
        start.setdefault(row[0], []).append(r)
        r += 1
    for fam, rows_ in start.items():
        if len(rows_) > 1:
            ws.merge_cells(start_row=rows_[0], start_column=1, end_row=rows_[-1], end_column=1)
        ws.cell(rows_[0], 1).alignment = Alignment(vertical="center")
    ws["L15"].comment = Comment("2024-08起注册专员岗位新增上海编制1人，北京为主。——HR", "HR")
    ws.cell(r + 1, 1, "注：薪酬带宽为税前月薪，不含年终奖及项目奖金；P1–P6为专业序列职级。")
    ws2 = wb.create_sheet("班次说明")
    ws2.append(["班次名称", "时间", "适用岗位", "说明"])
    ws2.append(["标准工时", "周一至周五 9:00-18:00", "多数职能岗位", "午休12:00-13:00"])
    ws2.append(["弹性工时", "核心时段10:00-16:00", "生物统计师、医学撰写", "每日工作满8小时"])
    ws2.append(["医院工作时间", "周一至周五 8:00-17:00", "CRC、CRC主管", "随研究中心门诊安排，周末随访可调休"])
    ws2.append(["SAE热线轮值", "7×24小时电话值守，每人每月约4天", "药物警戒专员", "轮值日发放值班补贴"])
    wb.save(OUT / "04_岗位职级与薪酬带宽.xlsx")


# --------------------------------------------------------------------------- 05 csv
def csv05():
    rows = [
        ["需求编号", "职位名称", "用人部门", "工作城市", "招聘人数", "月薪范围", "学历", "经验要求", "职位描述", "状态", "发布日期"],
        ["RQ-2024-031", "注册专员", "注册事务部", "北京", "1", "11-16K", "本科", "2年以上药品注册经验",
         "1. 按照NMPA要求准备IND、NDA注册申报资料；\n2. 使用eCTD格式编制和递交申报资料；\n3. 跟踪CDE审评进度，组织回复发补意见；\n4. 维护注册法规数据库，跟踪法规更新。\n要求：药学相关专业，熟悉《药品注册管理办法》。",
         "招聘中", "2024-06-12"],
        ["RQ-2023-077", "注册专员", "注册事务部", "北京", "1", "9-12K", "本科", "1年以上",
         "负责注册资料整理与递交。", "已关闭", "2023-09-01"],
        ["RQ-2024-035", "稽查员（QA）", "质量保证部", "上海", "1", "17-25K", "本科", "3年以上临床研究经验",
         "1. 制定并执行年度稽查计划，对研究中心、供应商和内部流程实施稽查；\n2. 出具稽查报告，跟踪CAPA的制定与关闭；\n3. 协助接受NMPA核查及申办方稽查；\n4. 组织SOP培训，参与SOP的起草和修订。\n要求：熟悉ICH-GCP及国内GCP法规，有监查或稽查经验，能适应约40%出差。",
         "招聘中", "2024-06-20"],
        ["RQ-2024-041", "临床监查员（CRA）", "临床运营部", "北京", "3", "9-13K", "本科", "1年以上监查经验",
         "负责北京及周边研究中心的监查工作，详见《临床运营部岗位说明书汇编》。",
         "招聘中", "2024-07-02"],
        ["RQ-2024-044", "统计编程员", "数据管理与统计部", "上海", "1", "面议", "本科", "—",
         "职位描述待补充", "草稿", "2024-07-05"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    buf.write("\r\n")
    buf.write("导出时间：2024-07-08 10:32,共6条,导出人：HR-招聘组\r\n")
    (OUT / "05_招聘需求导出_ATS.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# --------------------------------------------------------------------------- 06 html
def html06():
    posts = [
        ("医学撰写", "医学事务部", "上海（每周可远程2天）", "16-24K",
         ["撰写临床试验方案、研究者手册和知情同意书", "撰写临床研究报告（CSR）并协调统计师、PM完成审阅",
          "按照ICH E3指南组织报告结构，确保数据与统计结果一致", "回复伦理委员会和监管机构对医学文件的问题"],
         ["医学、药学相关专业硕士及以上学历", "2年以上医学撰写经验，能独立完成CSR",
          "英语读写熟练，CET-6或同等水平", "熟悉ICH-GCP及医学写作规范"]),
        ("数据管理员（DM）", "数据管理与统计部", "上海", "9-14K",
         ["设计病例报告表（CRF）及EDC数据库，编写数据管理计划", "编写数据核查计划（DVP）并设置逻辑核查",
          "发出并跟踪数据质疑，推动研究中心及时答疑", "完成医学编码（MedDRA、WHODrug）的核对", "组织数据审核会并完成数据库锁定"],
         ["统计学、计算机、医学或药学相关专业本科及以上学历", "1年以上临床数据管理经验",
          "熟悉Medidata Rave或太美EDC等系统", "了解CDISC标准（CDASH/SDTM）"]),
        ("生物统计师", "数据管理与统计部", "上海/苏州", "18-28K",
         ["参与试验设计，计算样本量并编写随机化方案", "编写统计分析计划（SAP）",
          "使用SAS完成统计分析并复核统计图表（TLF）", "撰写统计分析报告，参与CSR统计部分的审阅", "参加与监管机构的沟通交流会"],
         ["统计学、生物统计或流行病学专业硕士及以上学历", "2年以上临床试验统计工作经验",
          "熟练使用SAS，有SAS认证者优先", "熟悉ICH E9统计原则"]),
    ]
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>臻研医药 - 加入我们 - 职位列表</title>",
           "<style>tr.detail{display:none} tr.open + tr.detail{display:table-row}</style>",
           "</head>", "<body>",
           '<nav>首页 &gt; 加入我们 &gt; 社会招聘</nav>',
           "<h1>社会招聘职位</h1>",
           "<p>点击职位所在行展开详情。简历请投递至 hr@zhenyan-cro.example</p>",
           '<table class="jobs">',
           "<thead><tr><th>职位</th><th>部门</th><th>城市</th><th>薪资</th></tr></thead>",
           "<tbody>"]
    for name, dept, city, pay, duties, reqs in posts:
        out.append(f'<tr class="job"><td>{name}</td><td>{dept}</td><td>{city}</td><td>{pay}</td></tr>')
        out.append('<tr class="detail"><td colspan="4">')
        out.append("<b>工作内容</b>")
        out.append("<ol>")
        for x in duties:
            out.append(f"<li>{x}</li>")
        out.append("</ol>")
        out.append("<b>任职要求</b>")
        out.append("<ol>")
        for x in reqs:
            out.append(f"<li>{x}</li>")
        out.append("</ol>")
        out.append("</td></tr>")
    out.append('<!-- 2023年旧职位：医学撰写 薪资12-18K，本科即可，已下线 -->')
    out.append("</tbody></table>")
    out.append("<footer>© 2024 臻研医药科技（上海）有限公司　沪ICP备00000000号</footer>")
    out.append("</body></html>")
    (OUT / "06_加入我们_社会招聘.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- 07 pdf
def pdf07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    f = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(f):
        pdfmetrics.registerFont(TTFont("CJK", f, subfontIndex=0))
        fn = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        fn = "STSong-Light"
    st = ParagraphStyle("n", fontName=fn, fontSize=9.5, leading=14)
    h1 = ParagraphStyle("h", fontName=fn, fontSize=15, leading=22)
    h2 = ParagraphStyle("h2", fontName=fn, fontSize=12, leading=18)

    def P(t):
        return Paragraph(t, st)

    story = [Paragraph("药物警戒部岗位说明与考核办法", h1),
             P("文件编号：PV-HR-001　版本：1.2　发布部门：药物警戒部、人力资源部"),
             Spacer(1, 8),
             Paragraph("一、药物警戒专员", h2)]
    facts = [
        ("岗位名称", "药物警戒专员（PV Associate）"),
        ("所属部门", "药物警戒部"),
        ("直接上级", "药物警戒经理"),
        ("学历专业", "本科及以上，临床医学、药学相关专业"),
        ("工作经验", "1年以上药物警戒或临床安全性工作经验"),
        ("语言要求", "英语CET-6及以上，能阅读英文病例叙述"),
        ("工作时间", "标准工时，并参加SAE热线7×24小时轮值"),
        ("岗位职责", "1. 接收、登记个例安全报告（ICSR），完成安全数据库录入<br/>"
                    "2. 使用MedDRA对不良事件进行医学编码<br/>"
                    "3. 撰写病例叙述，按时限向申办方及监管机构递交ICSR<br/>"
                    "4. 进行文献检索，识别文献中的个例报告<br/>"
                    "5. 参与DSUR、PSUR中安全性数据的整理"),
    ]
    t = Table([[P(a), P(b)] for a, b in facts], colWidths=[80, 380])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E7E6E6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10), Paragraph("二、药物警戒专员考核指标", h2)]
    kp = [["考核指标", "权重", "目标值", "说明"],
          ["ICSR按时递交率", "35%", "100%", "严重且非预期的可疑不良反应按法规时限递交"],
          ["SAE录入及时率", "25%", "≥98%", "获知SAE后1个工作日内完成录入"],
          ["医学编码准确率", "20%", "≥98%", "按季度抽查编码结果"],
          ["文献检索按计划完成率", "10%", "100%", "每月至少检索一次"],
          ["培训完成率", "10%", "100%", "年度PV培训及SOP培训"]]
    t2 = Table([[P(c) for c in r] for r in kp], colWidths=[110, 40, 50, 260])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#BDD7EE"))]))
    story += [t2, Spacer(1, 10), Paragraph("三、药物警戒经理", h2),
              P("药物警戒经理岗位说明书另行发布。"),
              Spacer(1, 8), Paragraph("四、考核结果应用", h2),
              P("季度考核结果分为A、B、C、D四档，连续两个季度为D档者进入绩效改进计划（PIP）。")]

    def footer(canvas, doc):
        canvas.setFont(fn, 8)
        canvas.drawString(40, 20, f"臻研医药　PV-HR-001　第{doc.page}页")

    SimpleDocTemplate(str(OUT / "07_药物警戒部岗位说明与考核办法.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50).build(story, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------------- 08 md
def md08():
    s = """# 新员工入职指南（2024版）

> 欢迎加入臻研医药！本指南由人力资源部维护，有问题请在企业微信找“HR小臻”。

## 1. 公司简介

臻研医药是一家为制药企业提供临床试验服务的合同研究组织（CRO），业务覆盖I–IV期临床试验、
SMO现场管理、数据管理与统计、药物警戒、医学撰写和注册申报。

## 2. 部门与汇报关系

| 部门 | 负责人 | 主要岗位 | 备注 |
|:---|:---|:---|:---|
| 临床运营部 | 临床运营总监 | 临床项目经理、高级CRA、CRA、启动专员、伦理递交专员 | 岗位说明书见汇编V3.0 |
| SMO现场管理部 | SMO现场管理部经理 | CRC主管、临床研究协调员（CRC） | CRC派驻研究中心 |
| 数据管理与统计部 | 数据与统计总监 | 数据管理员、生物统计师、统计编程员 | 统计编程员岗位说明书编制中 |
| 药物警戒部 | 药物警戒经理 | 药物警戒专员 | — |
| 医学事务部 | 医学事务总监 | 医学撰写 | — |
| 质量保证部 | 质量保证部经理 | 稽查员 | QA独立于项目团队，直接向总经理报告 |
| 注册事务部 | 注册经理 | 注册专员 | — |

## 3. 入职第一周

1. 领取电脑、门禁卡，开通OA、CTMS、EDC账号（由IT在入职当天完成）；
2. 参加公司级入职培训（半天）和GCP基础培训（1天）；
3. 完成所在部门SOP的阅读与培训签字，未完成SOP培训前不得独立开展项目工作；
4. 与直接上级确定试用期目标。

## 4. 常见问题

**Q：试用期多长？**
A：劳动合同期限3年的，试用期为6个月；试用期考核由直接上级和HR共同完成。

**Q：出差怎么报销？**
A：按《差旅与外勤管理办法》执行，出差前须在OA提交出差申请。

**Q：GCP证书公司负责吗？**
A：公司每年组织两次GCP培训，考试合格后由培训机构颁发证书，费用由公司承担。

## 5. 各岗位补充说明

### 5.1 伦理递交专员

岗位职责：略。

### 5.2 统计编程员

岗位说明书编制中，暂不对外公布。

<!-- 旧版（2023）：CRC主管直接向临床运营总监汇报。2024年起SMO现场管理部独立，改为向SMO现场管理部经理汇报。 -->
"""
    (OUT / "08_新员工入职指南.md").write_text(s, encoding="utf-8")


# --------------------------------------------------------------------------- 09 gbk txt
def txt09():
    s = """臻研医药科技（上海）有限公司
SMO现场管理部岗位职责（2024年修订）
======================================

§1 临床研究协调员（CRC）
  ◆ 汇报对象：CRC主管
  ◆ 派驻地点：公司签约的研究中心（上海、杭州、南京）
  ◆ 学历专业：大专及以上学历，护理、药学、医学检验等相关专业
  ◆ 经验证书：应届毕业生可；入职后3个月内须取得GCP培训证书
  ◆ 工作职责：
    (1) 在研究者指导下协助完成受试者筛选、知情同意过程的记录和入组登记；
    (2) 预约受试者随访，提醒受试者按时返院并协助完成各项检查；
    (3) 根据原始病历及时、准确地将数据录入EDC系统，并回复数据质疑；
    (4) 协助研究者收集、上报不良事件和严重不良事件；
    (5) 管理研究中心的试验用药品发放与回收记录、生物样本的处理与寄送；
    (6) 整理研究者文件夹，配合CRA监查和稽查。
  ◆ 月度考核：受试者随访按时完成率、EDC数据录入及时率（访视后3个工作日内）、
    数据质疑按时答复率、监查发现问题整改率。

§2 CRC主管
  ◆ 汇报对象：SMO现场管理部经理
  ◆ 管理幅度：8-15名CRC
  ◆ 学历专业：本科及以上学历，护理、药学相关专业
  ◆ 经验证书：3年以上CRC工作经验，1年以上团队管理经验，持有GCP证书
  ◆ 工作职责：
    (1) 根据项目需要调配CRC人员，安排派驻计划；
    (2) 负责新CRC的入职培训和上岗考核；
    (3) 定期走访研究中心，检查CRC工作质量；
    (4) 处理研究中心与申办方对CRC工作的投诉；
    (5) 统计CRC工时，审核项目工时填报。

§3 其他
  CRC及CRC主管的薪酬见《岗位职级与薪酬带宽》，不在本文件中规定。
"""
    (OUT / "09_SMO现场管理部岗位职责.txt").write_bytes(s.replace("\n", "\r\n").encode("gbk"))


# --------------------------------------------------------------------------- 10 docx policy
def doc10():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "臻研医药　管理制度　HR-POL-012"
    t = d.add_paragraph()
    r = t.add_run("差旅与外勤管理办法")
    r.bold = True
    r.font.size = Pt(16)
    paras = [
        "第一条　为规范员工出差及外勤管理，控制差旅成本，制定本办法。",
        "第二条　本办法适用于公司全体员工，包括因监查、稽查、启动等工作需要前往研究中心的人员。",
        "第三条　出差须提前在OA系统提交出差申请，经直接上级批准后方可出行；紧急情况可事后补办，但不得超过2个工作日。",
        "第四条　交通标准：高铁二等座或经济舱机票；单程4小时以内的城市原则上乘坐高铁。",
        "第五条　住宿标准如下表（元/晚，含税）。",
    ]
    for p in paras:
        d.add_paragraph(p)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for j, v in enumerate(["城市类别", "普通员工", "经理及以上"]):
        tb.cell(0, j).text = v
    for row in [("北京、上海、广州、深圳", "500", "650"), ("省会城市及计划单列市", "400", "500"), ("其他城市", "300", "400")]:
        cs = tb.add_row().cells
        for j, v in enumerate(row):
            cs[j].text = v
    for p in [
        "第六条　出差补贴按每天100元包干发放，用于餐饮及市内交通。",
        "第七条　员工不得接受研究中心或申办方安排的宴请、礼品，不得代研究中心向受试者垫付任何费用。",
        "第八条　本办法自2024年1月1日起施行，原《出差管理规定》（2021版）同时废止。",
    ]:
        d.add_paragraph(p)
    d.save(OUT / "10_差旅与外勤管理办法.docx")


if __name__ == "__main__":
    doc01(); doc02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); doc10()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
