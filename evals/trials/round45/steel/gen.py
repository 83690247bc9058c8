#!/usr/bin/env python3
"""Round 45 'steel': 10 HR documents of an invented steel plant (华钢集团 东川钢铁公司 炼钢厂).

Run: T45_OUT=/tmp/t45steel/corpus /tmp/genv/bin/python gen.py
Writes the 10 documents into $T45_OUT and truth.json (what each document says) next to this script.
"""
import csv
import json
import os
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(os.environ.get("T45_OUT", "/tmp/t45steel/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
TRUTH = {}

CO = "东川钢铁有限公司炼钢厂"

# ----------------------------------------------------------------------------- sg01 docx
LUZHANG = {
    "岗位名称": "炉长", "岗位编号": "LG-ZL-01", "所属部门": "转炉作业区", "直接上级": "转炉作业长",
    "直接下属": "炼钢工（一助手、二助手）、合金工", "定员": "每班1人", "工作地点": "一炼钢转炉平台", "班次": "四班三运转",
    "duties": [
        ("全面负责本炉座冶炼操作，按工艺规程组织吹炼、测温取样和出钢", "终点碳温双命中率≥85%", "35%"),
        ("根据铁水条件和钢种要求确定装入制度、供氧制度和造渣制度", "无工艺违规", "20%"),
        ("组织溅渣护炉和炉衬维护，控制炉龄", "炉龄≥12000炉", "15%"),
        ("负责本班安全生产，主持班前会，落实危险源辨识和手指口述确认制", "无责任事故", "15%"),
        ("做好炉次记录和交接班，异常情况及时报告转炉作业长和生产调度员", "记录完整、上报及时", "10%"),
        ("指导一助手、二助手操作，组织班组技能培训和师带徒", "每月培训不少于2次", "5%"),
    ],
    "qual": {"学历": "大专及以上", "专业": "冶金工程、钢铁冶金等相关专业",
             "工作经验": "5年以上转炉炼钢工作经验，其中担任一助手不少于2年",
             "证书": "炼钢工（高级工）职业技能等级证书；煤气防护培训合格证"},
    "ability": [("冶炼过程判断", "精通"), ("班组管理", "熟练"), ("应急处置", "熟练")],
}
LIANGANG = {
    "岗位名称": "炼钢工", "岗位编号": "LG-LG-02", "所属部门": "转炉作业区", "直接上级": "炉长",
    "直接下属": "无", "定员": "每班2人（一助手、二助手）", "工作地点": "一炼钢转炉平台", "班次": "四班三运转",
    "duties": [
        ("按炉长指令进行兑铁、加废钢、加辅料和吹炼操作", "操作无误", "30%"),
        ("负责测温、取样和挡渣出钢操作", "出钢下渣量受控", "25%"),
        ("检查氧枪、副枪、烟道等设备状态，发现漏水等隐患立即报告炉长", "隐患零漏报", "20%"),
        ("准备炉前工具和耐材，维护出钢口", "工具耐材齐全", "15%"),
        ("清理炉口及炉下渣道，保持作业区文明生产", "5S检查合格", "10%"),
    ],
    "qual": {"学历": "中专、技校及以上", "专业": "冶金、机械类专业",
             "工作经验": "1年以上炉前工作经验，应届技校毕业生可培养",
             "证书": "炼钢工（中级工）职业技能等级证书"},
    "ability": [("炉前操作", "熟练"), ("设备点检", "了解")],
}


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def vertical_text(cell):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), "tbRlV")
    tcPr.append(td)


def gen_sg01():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　受控文件　　文件编号：DG-LG-HR-2025-01　　版本：V3.0"
    sec.footer.paragraphs[0].text = "人力资源室编制　　2025年4月发布　　未经许可不得复印"
    d.add_heading("炼钢厂转炉工段岗位说明书汇编", 0)
    p = d.add_paragraph("编制说明：本汇编适用于转炉作业区生产岗位。连铸、精炼岗位另册发布。")
    for post in (LUZHANG, LIANGANG):
        d.add_heading(f"岗位说明书——{post['岗位名称']}", 1)
        # basic info: vertical merged label column + 2 label/value pairs per row
        t = d.add_table(rows=4, cols=5)
        t.style = "Table Grid"
        pairs = [("岗位名称", "岗位编号"), ("所属部门", "直接上级"), ("直接下属", "定员"), ("工作地点", "班次")]
        for r, (a, b) in enumerate(pairs):
            cells = t.rows[r].cells
            cells[1].text = a
            cells[2].text = post[a]
            cells[3].text = b
            cells[4].text = post[b]
            set_cell_bg(cells[1], "D9D9D9")
            set_cell_bg(cells[3], "D9D9D9")
        m = t.cell(0, 0).merge(t.cell(3, 0))
        m.text = "基本信息"
        vertical_text(m)
        d.add_paragraph("")
        d.add_paragraph("二、岗位职责与工作标准")
        t2 = d.add_table(rows=1, cols=4)
        t2.style = "Table Grid"
        for i, h in enumerate(["序号", "职责描述", "工作标准", "时间占比"]):
            t2.rows[0].cells[i].text = h
        for i, (duty, std, share) in enumerate(post["duties"], 1):
            c = t2.add_row().cells
            c[0].text = str(i)
            c[1].text = duty
            c[2].text = std
            c[3].text = share
        if post is LUZHANG:
            note = d.add_paragraph()
            r = note.add_run("【修订说明 V2.1→V3.0】原第2条“确定装入制度、供氧制度、造渣制度及合金配料”删去“合金配料”：自2025年3月起合金配料由合金工负责，炉长只作复核。")
            r.italic = True
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        d.add_paragraph("三、任职资格")
        t3 = d.add_table(rows=5, cols=3)
        t3.style = "Table Grid"
        for r, k in enumerate(["学历", "专业", "工作经验", "证书"]):
            t3.cell(r, 1).text = k
            t3.cell(r, 2).text = post["qual"][k]
        t3.cell(4, 1).text = "能力要求"
        inner = t3.cell(4, 2).add_table(rows=1, cols=2)
        inner.style = "Table Grid"
        inner.rows[0].cells[0].text = "能力项"
        inner.rows[0].cells[1].text = "要求等级"
        for k, v in post["ability"]:
            c = inner.add_row().cells
            c[0].text = k
            c[1].text = v
        m = t3.cell(0, 0).merge(t3.cell(4, 0))
        m.text = "任职资格"
        vertical_text(m)
        d.add_paragraph("")
        sig = d.add_table(rows=1, cols=3)
        sig.style = "Table Grid"
        sig.rows[0].cells[0].text = "编制：人力资源室"
        sig.rows[0].cells[1].text = "审核：转炉作业区"
        sig.rows[0].cells[2].text = "批准：厂长"
        d.add_page_break()
    d.save(OUT / "sg01_转炉工段岗位说明书汇编.docx")
    TRUTH["sg01_转炉工段岗位说明书汇编.docx"] = {"layout": "Word: header/footer, per post a 4x5 basic-info table with a vertical merged label column (text direction tbRlV), a 序号|职责描述|工作标准|时间占比 duty table, a grey italic 修订说明 note, a 任职资格 table with a vertical merged label and a nested 能力项 table, a signature table", "posts": [LUZHANG, LIANGANG]}


# ----------------------------------------------------------------------------- sg02 docx (two-column section)
DIAODU = {
    "岗位": "生产调度员", "部门": "生产技术科调度室", "上级": "调度室主任", "班次": "四班三运转",
    "duties": [
        "按日生产计划组织铁水、废钢、合金等物料平衡，协调转炉、精炼、连铸生产节奏匹配",
        "实时监控生产进度，处理生产异常，下达调度指令并做好调度日志",
        "协调天车、过跨车等辅助作业，保证铁水罐和钢包周转",
        "编制生产日报，统计产量、钢铁料消耗和能耗数据",
        "发生设备、安全事故时按应急预案组织处置并逐级上报",
    ],
    "qual": "本科及以上学历，冶金工程、自动化等相关专业，3年以上炼钢生产岗位经验，熟悉MES生产管理系统，能适应倒班。",
}
DIANJIAN = {
    "岗位": "设备点检员", "部门": "设备科", "上级": "设备科科长", "班次": "常白班（8:00—17:00），参加检修值班",
    "duties": [
        "按点检标准对责任区域设备进行日常点检和专业点检，录入点检数据",
        "分析设备劣化趋势，编制定修计划和备件需求计划",
        "组织处理设备故障，参加设备事故分析并落实整改措施",
        "监督检修质量，负责检修后的验收和试车",
        "维护设备台账和点检管理系统数据",
    ],
    "qual": [("学历", "大专及以上"), ("专业", "机械工程、电气自动化"), ("经验", "3年以上冶金设备维修或点检经验"),
             ("证书", "设备点检员职业技能等级证书；从事电气点检的须持低压电工作业证")],
}


def gen_sg02():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "炼钢厂管理制度汇编 · 第三分册"
    d.add_heading("炼钢厂生产技术科、设备科岗位职责（2025年版）", 0)
    d.add_paragraph("本文件明确生产技术科、设备科及安全环保科各岗位的职责与任职要求，自发布之日起执行，"
                    "2022年版同时废止。组织机构：炼钢厂下设转炉作业区、精炼作业区、连铸作业区、运行作业区、"
                    "生产技术科、设备科、安全环保科、质量检验科、物资供应科。")
    # switch to two-column layout
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.xpath("./w:cols")
    c = cols[0] if cols else OxmlElement("w:cols")
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "425")
    if not cols:
        sec._sectPr.append(c)
    d.add_heading("一、生产调度员", 2)
    d.add_paragraph(f"生产调度员隶属{DIAODU['部门']}，直接上级为{DIAODU['上级']}，无直接下属，实行{DIAODU['班次']}。主要职责：")
    cn = "一二三四五六"
    for i, t in enumerate(DIAODU["duties"]):
        d.add_paragraph(f"（{cn[i]}）{t}；")
    d.add_paragraph("任职要求：" + DIAODU["qual"])
    d.add_heading("二、设备点检员", 2)
    d.add_paragraph(f"设备点检员隶属{DIANJIAN['部门']}，直接上级为{DIANJIAN['上级']}，班次为{DIANJIAN['班次']}。"
                    "负责转炉、连铸区域设备。主要职责：")
    for i, t in enumerate(DIANJIAN["duties"]):
        d.add_paragraph(f"（{cn[i]}）{t}；")
    d.add_paragraph("任职要求见下表：")
    t = d.add_table(rows=len(DIANJIAN["qual"]), cols=2)
    t.style = "Table Grid"
    for r, (k, v) in enumerate(DIANJIAN["qual"]):
        t.cell(r, 0).text = k
        t.cell(r, 1).text = v
    d.add_heading("三、安全员", 2)
    d.add_paragraph("安全员隶属安全环保科。岗位职责：略（见《炼钢厂安全生产责任制》）。任职要求：略。")
    d.add_heading("四、其他岗位", 2)
    d.add_paragraph("精炼作业区岗位（LF精炼工、RH真空工）的岗位职责另行发布。")
    p = d.add_paragraph()
    r = p.add_run("注1：调度室主任由生产技术科副科长兼任。")
    r.font.size = Pt(8)
    # back to one column for the approval line
    sec2 = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec2._sectPr.xpath("./w:cols")
    if cols:
        cols[0].set(qn("w:num"), "1")
    d.add_paragraph("发布单位：炼钢厂人力资源室　　2025年2月")
    d.save(OUT / "sg02_生产技术科设备科岗位职责.docx")
    TRUTH["sg02_生产技术科设备科岗位职责.docx"] = {"layout": "Word: continuous section with two newspaper columns, posts as prose paragraphs with （一）…（五） duties, a 2-column qualification table for 点检员, 安全员 '略', 精炼 posts only named, small footnote-like note",
                                            "posts": [DIAODU, DIANJIAN], "安全员": "略", "named_only": ["LF精炼工", "RH真空工"]}


# ----------------------------------------------------------------------------- sg03 xlsx KPI
IND = [
    ("K01", "终点碳温双命中率", "终点碳和温度同时命中的炉数÷总炉数×100%", "%", "≥85%", "正向"),
    ("K02", "钢铁料消耗", "（铁水+废钢+生铁）÷合格钢产量", "kg/t", "≤1080", "反向"),
    ("K03", "转炉炉龄", "本炉役累计冶炼炉数", "炉", "≥12000", "正向"),
    ("K04", "冶炼周期", "兑铁至出钢结束平均时间", "min", "≤36", "反向"),
    ("K05", "铸机作业率", "铸机实际浇铸时间÷日历时间×100%", "%", "≥85%", "正向"),
    ("K06", "漏钢次数", "考核期内漏钢事故次数", "次", "0", "反向"),
    ("K07", "铸坯合格率", "合格铸坯量÷铸坯总量×100%", "%", "≥99.5%", "正向"),
    ("K08", "生产计划兑现率", "按计划完成的炉次÷计划炉次×100%", "%", "≥98%", "正向"),
    ("K09", "设备故障停机时间", "因设备故障造成的停机小时数", "h/月", "≤8", "反向"),
    ("K10", "点检计划完成率", "实际完成点检项÷计划点检项×100%", "%", "100%", "正向"),
    ("K11", "吊运安全事故次数", "考核期内起重吊运事故次数", "次", "0", "反向"),
    ("K12", "化验报出及时率", "规定时间内报出的试样数÷试样总数×100%", "%", "≥99%", "正向"),
    ("K13", "检验误判率", "误判批次÷检验批次×100%", "%", "≤0.2%", "反向"),
    ("K14", "库存账物相符率", "盘点相符品项÷盘点品项×100%", "%", "100%", "正向"),
    ("K15", "安全违章次数", "被查处的违章次数", "次", "0", "反向"),
    ("K16", "生产异常响应时间", "接报至下达处置指令的平均时间", "min", "≤10", "反向"),
    ("K17", "吊运及时率", "按调度要求按时完成的吊次÷总吊次×100%", "%", "≥98%", "正向"),
    ("K18", "化验数据准确率", "复检一致的试样数÷抽检试样数×100%", "%", "≥99.5%", "正向"),
    ("K19", "发料及时率", "按时发料单数÷领料单数×100%", "%", "≥99%", "正向"),
]
PLAN = [
    ("转炉作业区", "炉长", [("K01", 0.30), ("K02", 0.20), ("K03", 0.15), ("K04", 0.15), ("K15", 0.20)]),
    ("连铸作业区", "连铸工", [("K05", 0.25), ("K06", 0.30), ("K07", 0.25), ("K15", 0.20)]),
    ("运行作业区", "天车工", [("K11", 0.40), ("K17", 0.35), ("K15", 0.25)]),
    ("生产技术科", "生产调度员", [("K08", 0.35), ("K16", 0.25), ("K04", 0.20), ("K15", 0.20)]),
    ("设备科", "设备点检员", [("K09", 0.35), ("K10", 0.30), ("K05", 0.15), ("K15", 0.20)]),
    ("质量检验科", "质检员", [("K13", 0.40), ("K07", 0.30), ("K15", 0.30)]),
    ("检化验中心", "化验员", [("K12", 0.50), ("K18", 0.30), ("K15", 0.20)]),
    ("物资供应科", "仓储管理员", [("K14", 0.50), ("K19", 0.30), ("K15", 0.20)]),
]
OLD_PLAN = [("转炉作业区", "炉长", [("K01", 0.40), ("K02", 0.30), ("K03", 0.30)]),
            ("连铸作业区", "连铸工", [("K05", 0.50), ("K07", 0.50)])]


def gen_sg03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标库"
    ws.merge_cells("A1:G1")
    ws["A1"] = "炼钢厂KPI指标库（2025年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["指标编码", "指标名称", "计算公式/定义", "单位", "目标值", "指标方向", "数据来源"])
    src = {"K0": "MES系统", "K1": "各科室台账"}
    for code, name, f, u, tgt, dirn in IND:
        ws.append([code, name, f, u, tgt, dirn, src[code[:2]]])
    for col, w in zip("ABCDEFG", (10, 20, 40, 8, 10, 10, 14)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("岗位考核方案")
    ws2.merge_cells("A1:L1")
    ws2["A1"] = "岗位KPI考核方案（指标编码见《指标库》，权重合计100%）"
    ws2.append(["部门", "岗位", "指标1", "权重1", "指标2", "权重2", "指标3", "权重3", "指标4", "权重4", "指标5", "权重5", "合计"])
    for dept, post, items in PLAN:
        row = [dept, post]
        for code, w in items:
            row += [code, w]
        row += [None, None] * (5 - len(items))
        ws2.append(row)
        r = ws2.max_row
        ws2.cell(r, 13).value = f"=D{r}+F{r}+H{r}+J{r}+L{r}"
        for c in range(4, 14, 2):
            ws2.cell(r, c).number_format = "0%"
        ws2.cell(r, 13).number_format = "0%"
    ws2.append([])
    ws2.append(["说明：1. 月度考核，得分=∑(指标得分×权重)；2. 发生重大安全事故的，当月KPI得分为0（一票否决）；3. 考核结果与月度绩效奖金挂钩。"])

    ws3 = wb.create_sheet("2024版（已废止）")
    ws3["A1"] = "2024年岗位考核方案——已于2025年1月1日废止，仅供查阅"
    ws3.append(["部门", "岗位", "指标1", "权重1", "指标2", "权重2", "指标3", "权重3"])
    for dept, post, items in OLD_PLAN:
        row = [dept, post]
        for code, w in items:
            row += [code, f"{int(w*100)}%"]
        ws3.append(row)
    wb.save(OUT / "sg03_KPI指标库与岗位考核方案.xlsx")
    TRUTH["sg03_KPI指标库与岗位考核方案.xlsx"] = {"layout": "xlsx: 指标库 sheet (code, name, formula text, unit, target, direction) + 岗位考核方案 sheet with wide code/weight pairs (indicator given by code only, weights as 0.3 formatted 0%, a =SUM-like formula column) + a void 2024 sheet",
                                              "indicators": IND, "plan": PLAN, "old_plan": OLD_PLAN, "veto": "重大安全事故当月KPI为0"}


# ----------------------------------------------------------------------------- sg04 xlsx staffing & pay
STAFF = [
    # post, dept, boss, headcount, edu, exp, grade, shift
    ("炉长", "转炉作业区", "转炉作业长", 4, "大专", "5年", "G9", "A"),
    ("炼钢工", "转炉作业区", "炉长", 8, "中专/技校", "1年", "G6", "A"),
    ("连铸工", "连铸作业区", "连铸机长", 16, "高中/中专", "2年", "G6", "A"),
    ("天车工", "运行作业区", "天车班班长", 20, "初中", "1年", "G5", "A"),
    ("生产调度员", "生产技术科", "调度室主任", 4, "本科", "3年", "G8", "A"),
    ("设备点检员", "设备科", "设备科科长", 6, "大专", "3年", "G7", "B"),
    ("安全员", "安全环保科", "安全环保科科长", 3, "大专", "3年", "G7", "B"),
    ("质检员", "质量检验科", "质检班长", 8, "中专", "1年", "G5", "A"),
    ("化验员", "检化验中心", "化验室主任", 8, "中专", "不限", "G5", "A"),
    ("仓储管理员", "物资供应科", "物资供应科科长", 3, "高中", "2年", "G4", "B"),
]
GRADES = {"G4": (4200, 1500), "G5": (4800, 1800), "G6": (5400, 2200), "G7": (6200, 2600), "G8": (7000, 3000), "G9": (8200, 3600)}


def gen_sg04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "定岗定员"
    ws.merge_cells("A1:I1")
    ws["A1"] = "炼钢厂2025年定岗定员表"
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:D2")
    ws["A2"] = "岗位信息"
    ws.merge_cells("E2:F2")
    ws["E2"] = "最低任职条件"
    ws.merge_cells("G2:H2")
    ws["G2"] = "薪酬与班次"
    ws["I2"] = "备注"
    ws.append(["岗位", "部门", "直接上级", "定员（人）", "学历", "工作年限", "岗级", "班次代码", ""])
    for row in STAFF:
        ws.append(list(row) + [""])
    ws.append(["钢包工", "转炉作业区", "炉长", 0, "初中", "不限", "G5", "A", "2025年起撤并入炼钢工"])
    for c in ws[ws.max_row]:
        c.font = Font(strike=True)
    ws["I5"].comment = Comment("炼钢工即炉前一助手、二助手", "HR")
    ws2 = wb.create_sheet("岗级工资标准")
    ws2.append(["岗级", "岗位工资（元/月）", "绩效奖金基数（元/月）", "说明"])
    for g, (a, b) in GRADES.items():
        ws2.append([g, a, b, ""])
    ws2.append(["注：另按班次计发夜班津贴、高温津贴，见《倒班与加班管理规定》。"])
    ws3 = wb.create_sheet("班次代码")
    ws3.append(["代码", "班次", "说明"])
    ws3.append(["A", "四班三运转", "早8:00-16:00、中16:00-24:00、夜0:00-8:00，四个班组轮换"])
    ws3.append(["B", "常白班", "8:00-17:00，周末双休，检修日参加值班"])
    wb.save(OUT / "sg04_定岗定员与岗级工资.xlsx")
    TRUTH["sg04_定岗定员与岗级工资.xlsx"] = {"layout": "xlsx: two-row grouped header (岗位信息|最低任职条件|薪酬与班次), pay only as grade codes with a lookup sheet, shift codes on their own sheet, a struck-through cancelled post with a 备注, a cell comment",
                                         "rows": STAFF, "grades": GRADES, "struck": "钢包工"}


# ----------------------------------------------------------------------------- sg05 csv
CERT = [
    ("1", "炉长/炼钢工", "煤气防护培训合格证", "厂安全环保科", "1年", "必须", "进入煤气区域作业前取得"),
    ("2", "炉长", "炼钢工（高级工）职业技能等级证书", "集团职业技能鉴定站", "—", "必须", ""),
    ("3", "连铸工", "连铸工（中级工）职业技能等级证书", "集团职业技能鉴定站", "—", "必须", "大包、中包岗位"),
    ("4", "天车工", "特种设备作业人员证（Q2桥式起重机司机）", "市场监督管理部门", "4年", "必须", "无证严禁上车"),
    ("5", "设备点检员", "低压电工作业证", "应急管理部门", "3年", "视岗位", "电气点检必须，机械点检优先"),
    ("6", "安全员", "安全生产管理人员安全生产知识和管理能力考核合格证", "应急管理部门", "3年", "必须", "注册安全工程师优先"),
    ("7", "化验员", "化学检验员（中级）职业技能等级证书", "集团职业技能鉴定站", "—", "必须", ""),
    ("8", "质检员", "无损检测UT/MT Ⅱ级证书", "中国机械工程学会无损检测分会", "5年", "优先", ""),
    ("9", "仓储管理员", "特种设备作业人员证（N1叉车司机）", "市场监督管理部门", "4年", "优先", "兼开叉车者必须"),
]


def gen_sg05():
    p = OUT / "sg05_特种作业及持证要求清单.csv"
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["序号", "适用岗位", "证书名称", "发证机关", "复审周期", "是否必须", "备注"])
        for r in CERT:
            w.writerow(r)
    TRUTH[p.name] = {"layout": "CSV (UTF-8 BOM): long format one certificate per row, a row shared by two posts 炉长/炼钢工, 必须/优先/视岗位", "rows": CERT}


# ----------------------------------------------------------------------------- sg06 html
LIANZHU = {
    "duties": ["负责大包开浇、中间包烘烤与更换，控制中包液面和钢水温度",
               "监控结晶器液位、拉速和二冷水量，防止漏钢和粘结",
               "按要求进行火焰切割定尺、铸坯标识和喷号",
               "参与快换水口、快换中包操作，配合设备点检员做好铸机点检",
               "填写浇次记录，发现铸坯表面缺陷及时通知质检员"],
    "req": ["高中或中专及以上学历", "2年以上连铸岗位工作经验", "持连铸工（中级工）及以上职业技能等级证书", "身体健康，能适应高温及四班三运转倒班"],
    "meta": {"所属部门": "连铸作业区", "直接上级": "连铸机长", "工作地点": "二号板坯连铸机", "薪资待遇": "税前月收入7500—9500元", "竞聘名额": "3名"},
}


def gen_sg06():
    meta_th = "".join(f"<th>{k}</th>" for k in LIANZHU["meta"])
    meta_td = "".join(f"<td>{v}</td>" for v in LIANZHU["meta"].values())
    duties = "".join(f"<li>{d}</li>" for d in LIANZHU["duties"])
    reqs = "".join(f"<li>{d}</li>" for d in LIANZHU["req"])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>炼钢厂2025年内部竞聘公告</title>
<style>table{{border-collapse:collapse}} td,th{{border:1px solid #999;padding:4px}} .tag{{color:#c00}}</style>
</head>
<body>
<nav>首页 &gt; 通知公告 &gt; 人事信息</nav>
<h1>炼钢厂2025年第一批内部竞聘公告</h1>
<p>根据生产需要，现面向全厂在岗员工公开竞聘以下岗位，报名截止2025年5月20日。</p>
<section id="post-1">
<h2>岗位一：连铸工（大包/中包）<span class="tag">急招</span></h2>
<table>
<tr>{meta_th}</tr>
<tr>{meta_td}</tr>
</table>
<h3>工作内容</h3>
<ol>
{duties}
</ol>
<h3>竞聘条件</h3>
<ul>
{reqs}
</ul>
</section>
<section id="post-2">
<h2>岗位二：连铸主控工</h2>
<p>岗位详情待连铸作业区定编后另行公布。</p>
</section>
<template id="old-2023">
<section>
<h2>（2023年公告）连铸工</h2>
<ul><li>初中及以上学历</li><li>1年以上工作经验</li><li>税前月收入6000—7000元</li></ul>
</section>
</template>
<footer>炼钢厂人力资源室　联系电话：0000-1234567（内线8123）</footer>
</body>
</html>
"""
    (OUT / "sg06_内部竞聘公告.html").write_text(html, encoding="utf-8")
    TRUTH["sg06_内部竞聘公告.html"] = {"layout": "HTML: <section> per post, facts as a horizontal label row (<th>) over a value row, <ol> duties, <ul> requirements, a 'details later' post, a superseded 2023 posting inside <template> (not rendered)",
                                    "连铸工": LIANZHU, "named_only": "连铸主控工", "template_old": "初中/1年/6000-7000"}


# ----------------------------------------------------------------------------- sg07 pdf (stacked vertical labels)
TIANCHE = {
    "岗位名称": "天车工（桥式起重机司机）", "所属部门": "运行作业区天车班", "直接上级": "天车班班长",
    "工作地点": "加料跨、钢水接受跨", "班次": "四班三运转",
    "duties": ["按指挥信号吊运铁水罐、钢水包和废钢斗，严禁无指挥作业",
               "班前检查制动器、钢丝绳、吊钩和限位器，填写点检记录",
               "吊运熔融金属时先试吊后起吊，保持包体平稳运行",
               "配合设备点检员做好天车定期检修和润滑",
               "发生异常立即停车，报告天车班班长和调度室",
               "保持司机室整洁，认真做好交接班记录"],
    "qual": ["初中及以上学历，高中优先，年龄18—45周岁", "1年以上冶金铸造起重机操作经验",
             "持特种设备作业人员证（Q2）", "视力（含矫正）不低于5.0，无色盲、恐高症"],
}


def gen_sg07():
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
    p = OUT / "sg07_天车工岗位说明书.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    W, H = A4
    c.setFont("wqy", 16)
    c.drawCentredString(W / 2, H - 60, "岗位说明书（天车工）")
    c.setFont("wqy", 9)
    c.drawString(50, H - 80, "文件编号：DG-LG-HR-2025-07　　生效日期：2025-04-01")
    x0, x1, x2 = 50, 80, W - 50

    def block(top, label, lines, lh=16):
        h = max(len(label), len(lines)) * lh + 10
        c.rect(x0, top - h, x1 - x0, h)
        c.rect(x1, top - h, x2 - x1, h)
        c.setFont("wqy", 11)
        for i, ch in enumerate(label):   # stacked vertical label, one character per line
            c.drawCentredString((x0 + x1) / 2, top - 16 - i * lh, ch)
        c.setFont("wqy", 10)
        for i, ln in enumerate(lines):
            c.drawString(x1 + 8, top - 16 - i * lh, ln)
        return top - h

    top = H - 95
    info = [f"岗位名称：{TIANCHE['岗位名称']}", f"所属部门：{TIANCHE['所属部门']}",
            f"直接上级：{TIANCHE['直接上级']}", f"工作地点：{TIANCHE['工作地点']}", f"班　　次：{TIANCHE['班次']}"]
    top = block(top, "基本信息", info)
    top = block(top, "岗位职责", [f"{i}. {d}" for i, d in enumerate(TIANCHE["duties"], 1)])
    top = block(top, "任职资格", [f"{i}. {d}" for i, d in enumerate(TIANCHE["qual"], 1)])
    top = block(top, "考核", ["按《KPI指标库与岗位考核方案》执行"])
    c.showPage()
    c.setFont("wqy", 14)
    c.drawCentredString(W / 2, H - 60, "附：起重作业“十不吊”")
    c.setFont("wqy", 10)
    rules = ["指挥信号不明不吊", "超载不吊", "捆绑不牢不吊", "吊物上站人不吊", "安全装置失灵不吊",
             "光线阴暗看不清不吊", "斜拉斜拽不吊", "棱角物件无防护不吊", "钢水包过满不吊", "埋在地下物件不吊"]
    for i, r in enumerate(rules, 1):
        c.drawString(60, H - 90 - i * 18, f"（{i}）{r}")
    c.save()
    TRUTH[p.name] = {"layout": "PDF (reportlab): form boxes whose left labels are stacked one character per line (基/本/信/息), then a 十不吊 appendix page", "post": TIANCHE}


# ----------------------------------------------------------------------------- sg08 md (definition lists)
ZHIJIAN = {
    "岗位编号": "QC-03", "所属部门": "质量检验科", "直接上级": "质检班长", "班次": "四班三运转",
    "duties": ["对连铸坯进行表面质量检查和尺寸测量，判定合格、待处理或废品",
               "按标准取样送化验室，跟踪化学成分结果",
               "对不合格品进行标识、隔离并开具不合格品处置单",
               "记录质量数据，编制班质量报表",
               "参加质量异议分析，提出改进建议"],
    "学历": "中专及以上", "专业": "材料成型、冶金、化学类", "经验": "1年以上钢铁产品检验经验",
    "证书": "无硬性要求，持无损检测UT/MT证书者优先",
}


def gen_sg08():
    z = ZHIJIAN
    duties = "\n".join(f"{i}. {d}" for i, d in enumerate(z["duties"], 1))
    md = f"""# 质量检验科岗位手册 {{#qc-handbook}}

> [!NOTE]
> 本手册供质量检验科新员工入职学习使用，2025年3月修订。化验岗位见检化验中心文件。

## 质检员 {{#qc-inspector}}

岗位编号
: {z['岗位编号']}

所属部门
: {z['所属部门']}

直接上级
: {z['直接上级']}

班次
: {z['班次']}

### 主要职责

{duties}

### 任职要求

学历
: {z['学历']}

专业
: {z['专业']}

工作经验
: {z['经验']}

证书
: {z['证书']}

> [!IMPORTANT]
> 质检员判废须双人确认，严禁单人判废。

### 考核指标

略（按《KPI指标库与岗位考核方案》执行）。

## 质检班长 {{#qc-lead}}

岗位说明待修订，暂略。
"""
    (OUT / "sg08_质量检验科岗位手册.md").write_text(md, encoding="utf-8")
    TRUTH["sg08_质量检验科岗位手册.md"] = {"layout": "Markdown with {#id} heading anchors, definition lists (term / ': value'), GitHub alert blockquotes, a 略 KPI part and a post (质检班长) whose description is 暂略", "post": z}


# ----------------------------------------------------------------------------- sg09 UTF-16 side-by-side
HUAYAN = ["化验员",
          "所属部门：检化验中心炉前化验室",
          "直接上级：化验室主任",
          "班　　次：四班三运转",
          "岗位职责：",
          "1.对钢水、炉渣试样进行光谱分析",
          "  和化学分析，及时报出成分；",
          "2.负责直读光谱仪、碳硫分析仪的",
          "  日常校准和维护；",
          "3.制备标样，管理化学试剂和危化",
          "  品；",
          "4.填写化验原始记录，确保数据可",
          "  追溯。",
          "任职要求：",
          "中专及以上学历，分析化学、化工",
          "专业；持化学检验员（中级）证书；",
          "有光谱分析经验者优先。"]
CANGCHU = ["仓储管理员",
           "所属部门：物资供应科耐材合金库",
           "直接上级：物资供应科科长",
           "班　　次：常白班",
           "岗位职责：",
           "1.负责合金、耐材、辅料的入库验",
           "  收、保管和发放；",
           "2.按先进先出原则发料，每月盘点，",
           "  做到账、物、卡相符；",
           "3.维护ERP库存数据，提出补库申请；",
           "4.做好库房防潮、防火，危化品隔",
           "  离存放。",
           "任职要求：",
           "高中及以上学历，2年以上仓库管理",
           "经验；会开叉车者优先。",
           "",
           ""]


def wlen(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def gen_sg09():
    lines = ["炼钢厂辅助岗位说明（检化验、仓储）", "（本页自两栏打印稿录入，左栏化验员，右栏仓储管理员）", "=" * 72]
    for a, b in zip(HUAYAN, CANGCHU):
        pad = 38 - wlen(a)
        lines.append(a + " " * pad + "│ " + b)
    lines.append("=" * 72)
    lines.append("人力资源室　2025年1月")
    text = "\r\n".join(lines) + "\r\n"
    (OUT / "sg09_检化验与仓储岗位说明.txt").write_bytes(text.encode("utf-16"))
    TRUTH["sg09_检化验与仓储岗位说明.txt"] = {"layout": "UTF-16 (BOM) CRLF text: two posts printed side by side in two columns separated by │, duties wrapped inside each column",
                                          "化验员": HUAYAN, "仓储管理员": CANGCHU}


# ----------------------------------------------------------------------------- sg10 GBK policy + notice
def gen_sg10():
    txt = """炼钢厂倒班与加班管理规定（试行）

第一条  为规范生产岗位倒班和加班管理，保障员工休息权利，制定本规定。
第二条  生产岗位实行四班三运转（班次代码A），早班8:00—16:00，中班16:00—24:00，夜班0:00—8:00；管理及辅助岗位实行常白班（班次代码B）。
第三条  交接班实行“对口交接”，接班人员须提前15分钟到岗，交接内容未签字确认的，交班人员不得离岗。
第四条  夜班津贴每班30元，高温季节（6月至9月）在转炉、连铸平台作业的，高温津贴每月300元。
第五条  因生产需要安排加班的，须经作业区（科室）负责人审批，月加班时间不超过36小时。
第六条  本规定由人力资源室负责解释，自2025年1月1日起施行。

附：岗位调整通知
经厂务会研究，撤销质检班长岗位，自2025年7月1日起，质检员的直接上级调整为质量检验科副科长。原质检班长转任质量工程师。
"""
    (OUT / "sg10_倒班与加班管理规定.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    TRUTH["sg10_倒班与加班管理规定.txt"] = {"layout": "GBK CRLF policy of 第N条 articles, with an appended notice that moves 质检员's reporting line from 2025-07-01", "text": txt}


for fn in (gen_sg01, gen_sg02, gen_sg03, gen_sg04, gen_sg05, gen_sg06, gen_sg07, gen_sg08, gen_sg09, gen_sg10):
    fn()
(HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
print("wrote", len(list(OUT.iterdir())), "files to", OUT)
