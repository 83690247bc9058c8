#!/usr/bin/env python3
"""Round 74 blind trial: 渤远海洋钻井有限公司 (offshore jack-up drilling contractor).

Writes 10 HR documents into $T74_OUT (default /tmp/t74rig/corpus):
  01 docx  bilingual (EN line + 中文 line in the same cell) JD tables, header/footer, a real
           w:ins/w:del tracked change, a red 修订说明 note, "钻工：略"
  02 docx  prose handbook: OIM duties as one run-on paragraph "（1）…；（2）…", a 工况 | 职责 table,
           ☑ requirement line, a floating text box with a wind limit, "营房服务岗位：略",
           a superseded 2019 appendix
  03 xlsx  KPI library in WIDE format (指标一…指标五 groups of 名称/权重/目标值 under a two-row
           merged header), dept sheet with SUM formulas, definitions sheet, void 2023 sheet
  04 xlsx  manning (编制 by rig under merged header, 倒班), pay (陆地基本工资 + 出海津贴/天),
           certificate matrix with M / R codes and a legend
  05 csv   one row per duty item (条目编号, 岗位, 职责类别, 职责内容, 频次, 状态) with 已停用 rows
  06 html  careers page: each posting's facts in a horizontal table (labels row over values row),
           a closed 厨师 posting
  07 pdf   station bill table (post | 集合点 | 救生艇 | 应急职责) + 平台医生 / HSE监督 sections + HSE KPI table
  08 md    onboarding guide whose 机电组 duty table leaves the post cell blank on continuation rows
  09 txt   UTF-16LE (BOM) marine-crew JD with roman-numbered parts and a) b) c) items
  10 txt   GBK rotation & offshore-allowance policy (mentions posts by allowance class)
"""
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T74_OUT", "/tmp/t74rig/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "渤远海洋钻井有限公司"
TRUTH = {}


# ---------------------------------------------------------------- 01 bilingual JD docx
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def gen01():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　HR-JD-001　Rev.3　　Drilling Department Job Descriptions"
    sec.footer.paragraphs[0].text = "本文件为受控文件，打印版仅供参考 / Uncontrolled when printed　　第 1 页"
    doc.add_heading("钻井部岗位说明书（中英文对照） Drilling Crew Job Descriptions", 0)
    doc.add_paragraph("适用范围：渤远1号、渤远2号自升式钻井平台钻井班组。Scope: drill crews of jack-up rigs BY-1 and BY-2.")
    posts = [
        dict(cn="钻井监督", en="Toolpusher", code="BY-DR-01", boss="平台经理 OIM", sub="司钻 Driller",
             dept="钻井部 Drilling Dept.", loc="渤远1号/渤远2号平台（渤海海域） BY-1 / BY-2, Bohai Bay",
             shift="28天/28天倒班，日班12小时 28/28 rotation, 12-hour day tour",
             duties=[("Organise the drilling program and issue the daily operation plan.", "组织实施钻井设计和作业指令，编制每日作业计划。"),
                     ("Review the drillers' handover records and IADC daily reports.", "审核司钻交班记录和IADC钻井日报。"),
                     ("Be responsible for well control management, BOP pressure tests and well control drills.", "负责井控管理，组织防喷器定期试压和井控演习。"),
                     ("Coordinate simultaneous operations between drilling, mechanical/electrical and marine crews.", "协调钻井、机电、船舶各班组的交叉作业。"),
                     ("Approve the drill string inspection plan and keep track of rig equipment status.", "审批钻具探伤检查计划，掌握钻井设备状态。"),
                     ("Take part in incident investigations and follow up corrective actions.", "参与事故事件调查并跟踪整改措施落实。")],
             edu="本科及以上 Bachelor's degree or above", major="石油工程、海洋油气工程 Petroleum / Offshore O&G Engineering",
             exp="司钻岗位5年以上 5+ years as Driller",
             cert="IWCF井控证（Level 4 监督级）、BOSIET海上求生、HUET直升机水下逃生 IWCF Level 4, BOSIET, HUET"),
        dict(cn="司钻", en="Driller", code="BY-DR-02", boss="钻井监督 Toolpusher", sub="副司钻、井架工、钻工 AD, Derrickman, Roughnecks",
             dept="钻井部 Drilling Dept.", loc="渤远1号/渤远2号平台（渤海海域） BY-1 / BY-2, Bohai Bay",
             shift="28天/28天倒班，平台上每班12小时（06:00-18:00 / 18:00-06:00） 28/28, 12-hour tours",
             duties=[("Operate the drawworks, top drive and mud pumps according to the drilling program.", "按钻井设计操作绞车、顶驱和泥浆泵，控制钻压和转速。"),
                     ("Monitor well parameters, detect kicks early and shut in the well once a kick is confirmed.", "监测井口参数，及早发现溢流，确认溢流后立即关井。"),
                     ("Lead the pre-tour meeting and the job safety analysis of the crew.", "主持班前会和本班作业安全分析（JSA）。"),
                     ("Direct tripping, casing running and BOP tests on the drill floor.", "指挥钻台起下钻、下套管及防喷器试压作业。"),
                     ("Fill in the IADC daily drilling report of the tour.", "填写本班IADC钻井日报。"),
                     ("Hold a well control drill with the crew every week.", "每周组织本班进行一次井控演习。")],
             edu="高中（中专）及以上 High school / technical school", major="不限 Any",
             exp="副司钻岗位工作满3年 3 years as Assistant Driller",
             cert="IWCF井控证（Level 3 司钻级）、BOSIET海上求生、HUET直升机水下逃生 IWCF Level 3, BOSIET, HUET"),
        dict(cn="副司钻", en="Assistant Driller", code="BY-DR-03", boss="司钻 Driller", sub="井架工、钻工 Derrickman, Roughnecks",
             dept="钻井部 Drilling Dept.", loc="渤远1号/渤远2号平台（渤海海域） BY-1 / BY-2, Bohai Bay",
             shift="28天/28天倒班，每班12小时 28/28, 12-hour tours",
             duties=[("Assist the driller at the console and stand in for him when he leaves the floor.", "协助司钻操作钻机，司钻离开钻台时代行司钻职责。"),
                     ("Check drill floor equipment and tools before tripping.", "起下钻前检查钻台设备和工具，做好准备工作。"),
                     ("Tally, number and record the drill pipe and BHA.", "负责钻具丈量、编号并填写钻具记录。"),
                     ("Lead the roughnecks on the drill floor and enforce PPE use.", "带领钻工进行钻台作业，监督劳保用品的正确穿戴。"),
                     ("Check the trip tank volumes while tripping.", "起下钻时核对灌浆罐（trip tank）灌入量和返出量。")],
             edu="高中（中专）及以上 High school / technical school", major="不限 Any",
             exp="井架工岗位2年以上 2+ years as Derrickman",
             cert="IWCF井控证（Level 2）、BOSIET海上求生 IWCF Level 2, BOSIET",
             note="〔修订说明 2024-03：副司钻的直接上级由“钻井监督”改为“司钻”，下级不变。〕"),
        dict(cn="井架工", en="Derrickman", code="BY-DR-04", boss="司钻 Driller", sub="无 None",
             dept="钻井部 Drilling Dept.", loc="渤远1号/渤远2号平台（渤海海域） BY-1 / BY-2, Bohai Bay",
             shift="28天/28天倒班，每班12小时 28/28, 12-hour tours",
             duties=[("Rack the stands at the monkey board during tripping.", "起下钻时在二层台排放立柱。"),
                     ("Check the mud tanks, shale shakers and mud pumps daily.", "负责泥浆罐、振动筛和泥浆泵的日常检查。"),
                     ("Measure mud weight and viscosity every two hours and record them.", "每两小时测量一次泥浆密度和黏度并记录。"),
                     ("Help the mud engineer mix and treat the drilling fluid.", "协助泥浆工程师配制和处理钻井液。"),
                     ("Inspect the escape device of the monkey board (derrick escape line).", "检查二层台逃生装置（逃生滑道）是否完好。")],
             edu="TRACKED", major="不限 Any",
             exp="钻工岗位1年以上 1+ year as Roughneck",
             cert="高处作业证、BOSIET海上求生 Work at height, BOSIET"),
    ]
    TRUTH["01"] = posts
    for i, p in enumerate(posts, 1):
        doc.add_heading(f"{i}. {p['cn']} {p['en']}", 1)
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        def row4(a, b, c, d):
            r = t.add_row().cells
            set_cell(r[0], a, True); set_cell(r[1], b); set_cell(r[2], c, True); set_cell(r[3], d)
        def row2(a, b):
            r = t.add_row().cells
            m = r[1].merge(r[2]).merge(r[3])
            set_cell(r[0], a, True); set_cell(m, b)
            return m
        row4("Position\n岗位名称", f"{p['cn']}\n{p['en']}", "Code\n岗位编号", p["code"])
        row4("Reports to\n直接上级", p["boss"], "Department\n所属部门", p["dept"])
        row2("Subordinates\n直接下级", p["sub"])
        row2("Work location\n工作地点", p["loc"])
        row2("Rotation\n班次", p["shift"])
        dtext = "\n".join(f"{k}. {en}\n   {cn}" for k, (en, cn) in enumerate(p["duties"], 1))
        row2("Duties\n岗位职责", dtext)
        eduv = "初中及以上 Junior high school" if p["edu"] == "TRACKED" else p["edu"]
        m = row2("Education\n学历", eduv)
        if p["edu"] == "TRACKED":
            # real tracked change: delete 初中及以上, insert 高中、中专或技校及以上
            m.text = ""
            para = m.paragraphs[0]._p
            para.append(parse_xml(
                f'<w:del {nsdecls("w")} w:id="1" w:author="HR-张工" w:date="2024-03-12T09:00:00Z">'
                '<w:r><w:delText>初中及以上</w:delText></w:r></w:del>'))
            para.append(parse_xml(
                f'<w:ins {nsdecls("w")} w:id="2" w:author="HR-张工" w:date="2024-03-12T09:00:00Z">'
                '<w:r><w:t>高中、中专或技校及以上</w:t></w:r></w:ins>'))
            para.append(parse_xml(f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> High school / technical school</w:t></w:r>'))
        row2("Major\n专业", p["major"])
        row2("Experience\n工作经验", p["exp"])
        row2("Certificates\n证书要求", p["cert"])
        if p.get("note"):
            para = doc.add_paragraph()
            r = para.add_run(p["note"])
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
        doc.add_paragraph()
    doc.add_heading("5. 钻工 Roughneck", 1)
    doc.add_paragraph("钻工 Roughneck：略（另见《钻台作业指导书》DR-WI-007）。")
    doc.add_paragraph("编制：人力资源部　审核：钻井作业部　批准：总经理　　2024年3月")
    doc.save(OUT / "01_钻井部岗位说明书（中英对照）.docx")


# ---------------------------------------------------------------- 02 handbook docx
TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">
<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2200000" cy="900000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="10" name="TextBox 1"/>
<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2200000" cy="900000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>【吊车作业红线】</w:t></w:r></w:p>
<w:p><w:r><w:t>平均风速超过15米/秒时，吊车司机应停止一切吊装作业；夜间禁止吊篮转运人员。</w:t></w:r></w:p></w:txbxContent></wps:txbx>
<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""


def gen02():
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "渤远海洋钻井有限公司　平台管理手册　第三分册　岗位篇（2024版）"
    doc.add_heading("平台管理手册（岗位篇）", 0)
    doc.add_paragraph("本分册规定平台管理岗位和船舶部岗位的职责。钻井部岗位见HR-JD-001，机电组岗位见《新员工出海指南》。")
    doc.add_heading("第一章　平台经理", 1)
    doc.add_paragraph(
        "平台经理（OIM）是平台的最高负责人，对平台人员、设备和作业安全全面负责，其主要职责是：（1）执行公司HSE管理体系，"
        "签发动火、受限空间等高风险作业许可证；（2）统筹钻井、船舶、机电三方面的作业计划；（3）应急情况下担任现场总指挥，"
        "决定是否弃平台；（4）审批平台物资申请和人员出海计划（POB）；（5）每周主持一次平台安全会议；（6）负责与作业者代表"
        "（甲方钻井监督）的日常沟通协调。")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    facts = [("岗位编号", "BY-PM-01"), ("所属部门", "平台管理"), ("直接上级", "钻井作业部经理（陆地）"),
             ("直接下级", "钻井监督、驳船长、机电长、HSE监督、平台医生"), ("工作地点", "渤远1号/渤远2号平台"),
             ("班次", "28天/28天倒班"), ("薪资", "年薪45–60万元（含出海津贴）"),
             ("任职要求", "本科及以上学历，船舶与海洋工程、石油工程等相关专业；10年以上海上钻井经验，其中钻井监督岗位3年以上；持有海上设施OIM证书和IWCF Level 4井控证。")]
    for a, b in facts:
        r = t.add_row().cells
        r[0].text = a; r[1].text = b
    TRUTH["02_pm"] = facts
    doc.add_heading("第二章　船舶部岗位", 1)
    doc.add_paragraph("船舶部设驳船长、压载工、吊车司机、无线电报务员等岗位。驳船长岗位说明另行发布；压载工、无线电报务员见《船舶部岗位说明》（文本版）。")
    doc.add_heading("2.1　吊车司机", 2)
    p = doc.add_paragraph("吊车司机隶属船舶部，直接上级为驳船长，在平台上按28天/28天倒班，白班作业。其职责按工况划分如下：")
    p._p.append(parse_xml(TEXTBOX))
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "工况"; t.rows[0].cells[1].text = "职责"
    crane = [("日常检查", "每班作业前检查吊机刹车、钢丝绳、限位装置，并填写吊机日检表"),
             ("供应船装卸", "负责供应船与平台之间的货物吊装，服从信号工指挥，严禁超载起吊"),
             ("人员转运", "按规定使用吊篮转运人员，转运前确认吊篮合格证和风浪条件"),
             ("维护保养", "配合机械师完成吊机每周保养和年度载荷试验"),
             ("应急", "应急时听从平台经理指令，协助释放救生筏和转运伤员")]
    for a, b in crane:
        r = t.add_row().cells
        r[0].text = a; r[1].text = b
    TRUTH["02_crane"] = crane
    doc.add_paragraph("任职要求：☑ 初中及以上学历　☑ 持海上起重机司机操作证（特种设备作业人员证Q2）　☑ 2年以上吊车操作经验　☑ 持BOSIET海上求生证")
    doc.add_heading("第三章　营房服务岗位", 1)
    doc.add_paragraph("营房管理员、厨师：略。")
    doc.add_heading("附件　2019版平台经理岗位职责（已废止，仅供查阅）", 1)
    doc.add_paragraph("（已于2024年1月废止）平台经理直接上级为公司总经理。主要职责：负责平台伙食和营房管理；负责平台人员考勤；负责钻井日报的审核与报送。")
    doc.save(OUT / "02_平台管理手册（岗位篇）.docx")


# ---------------------------------------------------------------- 03 KPI xlsx (wide)
KPI = {
    "平台经理": ("平台管理", "钻井作业部经理", [("损失工时事故率（LTIF）", 0.30, "0"), ("钻井非生产时间占比（NPT）", 0.25, "≤5%"),
                                      ("平台设备完好率", 0.15, "≥98%"), ("作业者满意度", 0.15, "≥90分"), ("平台费用预算偏差率", 0.15, "≤±5%")]),
    "钻井监督": ("钻井部", "平台经理", [("钻井作业非生产时间占比", 0.30, "≤4%"), ("井控事件次数", 0.25, "0"),
                                 ("防喷器试压按期完成率", 0.20, "100%"), ("钻具探伤计划完成率", 0.15, "100%"), ("钻井日报差错次数", 0.10, "≤1次/月")]),
    "司钻": ("钻井部", "钻井监督", [("本班钻井进尺计划完成率", 0.30, "≥100%"), ("井控演习关井时间", 0.25, "≤2分钟"),
                             ("钻台操作失误次数", 0.20, "0"), ("IADC日报准确率", 0.15, "100%"), ("班组安全观察卡提交数", 0.10, "每人每周≥2张")]),
    "机械师": ("机电组", "机电长", [("设备故障停机时间", 0.35, "≤12小时/月"), ("预防性维护计划完成率", 0.30, "≥98%"),
                             ("备件消耗预算控制率", 0.20, "≤100%"), ("设备维修记录完整率", 0.15, "100%")]),
    "物资管理员": ("后勤基地", "基地主任", [("出海物资及时率", 0.35, "≥98%"), ("库存账实相符率", 0.25, "100%"),
                                 ("危险品装运差错次数", 0.25, "0"), ("呆滞物资占比", 0.15, "≤3%")]),
}


def gen03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for r in [["2025年度岗位KPI指标库"], ["1. 《岗位KPI》表每行一个岗位，指标一至指标五依次横向排列，每个指标占名称、权重、目标值三列。"],
              ["2. 权重合计须为100%；部门KPI见《部门KPI》表，指标计算方法见《指标定义》。"], ["3. 《2023版（作废）》仅供对比，不再使用。"]]:
        ws.append(r)
    ws = wb.create_sheet("岗位KPI")
    hdr1 = ["岗位", "所属部门", "考核人"]
    for k in "一二三四五":
        hdr1 += [f"指标{k}", "", ""]
    ws.append(hdr1)
    hdr2 = ["", "", ""] + ["指标名称", "权重", "目标值"] * 5
    ws.append(hdr2)
    for c in range(3):
        ws.merge_cells(start_row=1, start_column=c + 1, end_row=2, end_column=c + 1)
    for k in range(5):
        ws.merge_cells(start_row=1, start_column=4 + 3 * k, end_row=1, end_column=6 + 3 * k)
    for post, (dept, rater, inds) in KPI.items():
        row = [post, dept, rater]
        for n, w, t in inds:
            row += [n, w, t]
        ws.append(row)
    for row in ws.iter_rows(min_row=3):
        for c in row:
            if isinstance(c.value, float):
                c.number_format = "0%"
    for c in ws[1] + ws[2]:
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    ws = wb.create_sheet("部门KPI")
    ws.append(["部门", "指标", "权重", "目标值", "数据来源"])
    dk = [("钻井部", "钻井作业时效（米/天）", 0.30, "≥计划值", "IADC日报"), ("钻井部", "井控零事故", 0.30, "0", "HSE月报"),
          ("钻井部", "钻井成本控制率", 0.20, "≤预算", "财务月报"), ("钻井部", "员工持证上岗率", 0.20, "100%", "培训台账"),
          ("后勤基地", "船舶/直升机配载计划兑现率", 0.40, "≥95%", "基地调度台账"), ("后勤基地", "物资供应及时率", 0.35, "≥98%", "物资系统"),
          ("后勤基地", "基地安全事故", 0.25, "0", "HSE月报")]
    for r in dk:
        ws.append(list(r))
    ws.append(["钻井部权重合计", "", "=SUM(C2:C5)", "", ""])
    ws.append(["后勤基地权重合计", "", "=SUM(C6:C8)", "", ""])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for c in row:
            c.number_format = "0%"
    TRUTH["03_dept"] = dk
    ws = wb.create_sheet("指标定义")
    ws.append(["指标名称", "计算公式", "说明"])
    for r in [("损失工时事故率（LTIF）", "损失工时事故起数×1000000÷总工时", "按滚动12个月统计"),
              ("钻井非生产时间占比（NPT）", "非生产时间÷总作业时间×100%", "含设备故障、等待时间"),
              ("井控演习关井时间", "从发出溢流信号到关井完成的时间", "每周演习记录"),
              ("出海物资及时率", "按计划船次出海的物资批次÷申请批次×100%", "基地物资系统"),
              ("预防性维护计划完成率", "按期完成的PM工单数÷计划PM工单数×100%", "维修管理系统")]:
        ws.append(list(r))
    ws = wb.create_sheet("2023版（作废）")
    ws.append(["本表已作废，2025年起执行《岗位KPI》表"])
    ws.append(["岗位", "指标名称", "权重", "目标值"])
    for r in [("司钻", "本班钻井进尺", 0.40, "≥计划"), ("司钻", "设备完好率", 0.30, "≥95%"), ("司钻", "出勤率", 0.30, "100%")]:
        ws.append(list(r))
    TRUTH["03"] = KPI
    wb.save(OUT / "03_2025年度岗位KPI指标库.xlsx")


# ---------------------------------------------------------------- 04 staffing xlsx
STAFF = [  # dept, post, boss, by1, by2, base, rotation, grade
    ("平台管理", "平台经理", "钻井作业部经理", 1, 1, 0, "28/28", "P9"),
    ("钻井部", "钻井监督", "平台经理", 2, 2, 0, "28/28", "P7"),
    ("钻井部", "司钻", "钻井监督", 2, 2, 0, "28/28", "P5"),
    ("钻井部", "副司钻", "司钻", 2, 2, 0, "28/28", "P4"),
    ("钻井部", "井架工", "司钻", 2, 2, 0, "28/28", "P3"),
    ("钻井部", "泥浆工程师", "钻井监督", 1, 1, 0, "28/28", "P5"),
    ("机电组", "机械师", "机电长", 2, 2, 0, "28/28", "P5"),
    ("机电组", "电气师", "机电长", 2, 2, 0, "28/28", "P5"),
    ("船舶部", "吊车司机", "驳船长", 2, 2, 0, "28/28", "P3"),
    ("船舶部", "压载工", "驳船长", 2, 2, 0, "28/28", "P3"),
    ("船舶部", "无线电报务员", "驳船长", 1, 1, 0, "28/28", "P3"),
    ("HSE", "平台医生", "平台经理", 1, 1, 0, "28/28", "P5"),
    ("HSE", "HSE监督", "平台经理", 1, 1, 0, "28/28", "P6"),
    ("后勤基地", "物资管理员", "基地主任", 0, 0, 3, "常白班（周一至周五 8:30-17:30）", "P3"),
]
PAY = {"P9": (22000, 1200), "P7": (15000, 1200), "P6": (12000, 800), "P5": (10000, 800), "P4": (8000, 500), "P3": (6500, 500)}


def gen04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定员表"
    ws.append(["部门", "岗位", "直接上级", "定员（人）", "", "", "倒班制度", "岗位等级"])
    ws.append(["", "", "", "渤远1号", "渤远2号", "天津基地", "", ""])
    for c in (1, 2, 3, 7, 8):
        ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    ws.merge_cells("D1:F1")
    for r in STAFF:
        ws.append(list(r))
    ws.append(["注：28/28指在平台连续工作28天后回陆地休息28天。", "", "", "", "", "", "", ""])
    ws = wb.create_sheet("薪酬标准")
    ws.append(["岗位等级", "适用岗位", "陆地月基本工资（元）", "出海津贴（元/天）", "说明"])
    for g in ["P9", "P7", "P6", "P5", "P4", "P3"]:
        posts = "、".join(r[1] for r in STAFF if r[7] == g)
        b, a = PAY[g]
        ws.append([g, posts, b, a if g != "P3" or True else a, "出海津贴按实际在平台天数计发"])
    ws.append(["注", "物资管理员不出海，不享受出海津贴，另发基地补贴每月800元。", "", "", ""])
    ws = wb.create_sheet("证书矩阵")
    certs = ["BOSIET", "HUET", "IWCF", "海船船员适任证书", "特种设备作业人员证", "执业医师资格证"]
    ws.append(["岗位"] + certs)
    mat = {"平台经理": "MMM...", "钻井监督": "MMM...", "司钻": "MMM...", "副司钻": "MRM...", "井架工": "MR....",
           "泥浆工程师": "MR....", "机械师": "MR..R.", "电气师": "MR..M.", "吊车司机": "MR..M.", "压载工": "MR.M..",
           "无线电报务员": "MR.M..", "平台医生": "MM...M", "HSE监督": "MM....", "物资管理员": "R....."}
    for p, s in mat.items():
        ws.append([p] + [{"M": "M", "R": "R", ".": ""}[ch] for ch in s])
    ws.append([])
    ws.append(["图例：M＝上岗必备（Mandatory）；R＝建议持有（Recommended）；空白＝不要求"])
    TRUTH["04"] = dict(staff=STAFF, pay=PAY, certs=certs, mat=mat)
    wb.save(OUT / "04_定员及薪酬标准.xlsx")


# ---------------------------------------------------------------- 05 csv duty items
def gen05():
    rows = [["条目编号", "岗位编码", "岗位名称", "所属部门", "职责类别", "职责内容", "频次", "状态"]]
    mud = [("日常", "每班测定钻井液密度、黏度、失水和含砂量，填写泥浆性能日报", "每班"),
           ("日常", "根据井下情况调整钻井液配方，提出处理剂加量建议", "按需"),
           ("井控", "保持加重材料（重晶石）库存不低于井控应急储备量", "每日"),
           ("环保", "负责钻屑和废弃钻井液的收集、计量与回运登记", "每日"),
           ("物资", "每周盘点泥浆材料并向物资管理员提交补货申请", "每周"),
           ("日常", "负责泥浆录井仪的日常校准", "每月")]
    n = 1
    for i, (cat, txt, fq) in enumerate(mud):
        rows.append([f"D-{n:03d}", "BY-DR-05", "泥浆工程师", "钻井部", cat, txt, fq, "已停用（2024年起由录井服务商负责）" if i == 5 else "有效"])
        n += 1
    mat = [("收发", "按平台物资申请单备货，核对数量、规格和质量证明文件", "每日"),
           ("装运", "编制供应船装船清单（Manifest），安排集装箱和吊装索具检验", "每船次"),
           ("危险品", "负责危险化学品和放射源出海的申报与隔离存放", "每船次"),
           ("库存", "每月盘点基地仓库，确保账实相符", "每月"),
           ("库存", "统计呆滞物资并提出处置建议", "每季度"),
           ("装运", "负责平台人员行李的过磅登记", "每航班")]
    for i, (cat, txt, fq) in enumerate(mat):
        rows.append([f"D-{n:03d}", "BY-LB-01", "物资管理员", "后勤基地", cat, txt, fq, "已停用（改由直升机公司负责）" if i == 5 else "有效"])
        n += 1
    rows.append([f"D-{n:03d}", "BY-CP-02", "营房管理员", "船舶部", "—", "略", "—", "待编制"])
    TRUTH["05"] = rows
    with open(OUT / "05_岗位职责条目导出.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 06 html careers
def gen06():
    posts = [
        ("泥浆工程师", "钻井部", "渤远1号/渤远2号平台", "28/28倒班", "月薪1.0万＋出海津贴800元/天",
         ["石油工程、应用化学相关专业，大专及以上学历", "3年以上海上或陆地钻井液现场工作经验", "熟悉水基和油基钻井液体系", "持BOSIET、HUET证书"],
         ["负责钻井液性能监测和维护", "编制泥浆性能日报", "管理泥浆材料库存"]),
        ("电气师", "机电组", "渤远2号平台", "28/28倒班", "月薪1.0万＋出海津贴800元/天",
         ["电气工程及其自动化专业，大专及以上学历", "5年以上船舶或海洋平台电气工作经验", "持低压电工作业证（特种作业操作证）", "熟悉SCR/VFD钻机电控系统者优先"],
         ["负责平台发电机组、配电盘和钻机电控系统的运行维护", "防爆电气设备的检查"]),
        ("物资管理员", "后勤基地", "天津港保税区临港后勤基地", "常白班（不出海）", "月薪6,500元＋基地补贴800元/月",
         ["物流管理或相关专业，大专及以上学历", "2年以上仓储或海工物资管理经验", "熟练使用ERP系统", "持危险货物申报员证者优先"],
         ["物资收发与出海装运", "基地仓库盘点"]),
    ]
    TRUTH["06"] = posts
    h = ["<!DOCTYPE html>", "<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>渤远海洋钻井 - 社会招聘</title>",
         "<style>table.meta th{background:#eef}</style></head><body>",
         "<nav><a href=\"/\">首页</a> | <a href=\"/jobs\">招聘</a> | <a href=\"/about\">关于我们</a></nav>",
         "<h1>2025年社会招聘（海上岗位）</h1>",
         "<p>投递邮箱：hr@boyuan-drilling.example　截止日期：2025年6月30日</p>"]
    for name, dept, loc, shift, pay, req, duty in posts:
        h.append("<section class=\"job\">")
        h.append(f"<h2>{name}</h2>")
        h.append("<table class=\"meta\">")
        h.append("<tr><th>部门</th><th>工作地点</th><th>班制</th><th>薪资待遇</th></tr>")
        h.append(f"<tr><td>{dept}</td><td>{loc}</td><td>{shift}</td><td>{pay}</td></tr>")
        h.append("</table>")
        h.append("<h3>岗位职责</h3><ul>")
        for d in duty:
            h.append(f"<li>{d}</li>")
        h.append("</ul>")
        h.append("<h3>任职要求</h3><ol>")
        for r in req:
            h.append(f"<li>{r}</li>")
        h.append("</ol>")
        h.append("</section>")
    h.append("<section class=\"job closed\"><h2><s>厨师</s>（已截止）</h2><p>该职位已招满，详情略。</p></section>")
    h.append("<footer>© 渤远海洋钻井有限公司 人力资源部</footer></body></html>")
    (OUT / "06_社会招聘（海上岗位）.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf station bill + HSE
def gen07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0)); fn = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); fn = "STSong-Light"
    st = ParagraphStyle("n", fontName=fn, fontSize=10, leading=15)
    h1 = ParagraphStyle("h1", fontName=fn, fontSize=15, leading=22)
    h2 = ParagraphStyle("h2", fontName=fn, fontSize=12, leading=18)
    cell = ParagraphStyle("c", fontName=fn, fontSize=9, leading=12)
    story = [Paragraph("渤远2号平台应变部署表（摘录）及HSE岗位职责", h1),
             Paragraph("文件编号：BY2-ER-003　版本：B　生效日期：2024-07-01", st), Spacer(1, 8),
             Paragraph("一、应变部署表（弃平台 / 消防 / 人员落水）", h2)]
    bill = [["岗位", "集合点", "救生艇", "应急职责"],
            ["平台经理", "中控室", "1号艇", "现场总指挥，决定弃平台"],
            ["司钻", "钻台", "1号艇", "关井并停止钻井作业"],
            ["压载工", "压载控制室", "2号艇", "监控压载舱和桩腿状态"],
            ["无线电报务员", "无线电室", "1号艇", "发出遇险信号并保持对外通信"],
            ["平台医生", "医务室", "2号艇", "携带急救箱，负责伤员救治"],
            ["HSE监督", "1号集合点", "2号艇", "清点人数，向总指挥报告"]]
    t = Table([[Paragraph(c, cell) for c in r] for r in bill], colWidths=[70, 70, 50, 250])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 10)]
    TRUTH["07_bill"] = bill
    story.append(Paragraph("二、平台医生", h2))
    doc_lines = ["直接上级：平台经理。工作地点：渤远1号/渤远2号平台，28/28倒班。",
                 "岗位职责：",
                 "1. 负责平台人员日常诊疗和急救，24小时待命。",
                 "2. 每月检查平台饮用水和厨房卫生，并做好记录。",
                 "3. 管理医务室药品和医疗器械，定期检查有效期。",
                 "4. 组织平台人员急救培训，每季度至少一次。",
                 "5. 重伤员需陆地救治时，向平台经理提出直升机医疗转运（Medevac）申请。",
                 "任职要求：临床医学专业本科及以上学历；持执业医师资格证书；3年以上急诊或重症科室工作经验；持BOSIET、HUET证书。"]
    for ln in doc_lines:
        story.append(Paragraph(ln, st))
    story += [Spacer(1, 8), Paragraph("三、HSE监督", h2)]
    hse_lines = ["直接上级：平台经理。所属部门：HSE部（派驻平台）。",
                 "岗位职责：",
                 "1. 监督作业许可制度（PTW）的执行，现场检查高风险作业。",
                 "2. 每周组织一次弃平台或消防演习并做好记录。",
                 "3. 负责新到平台人员的安全入职介绍（Induction）。",
                 "4. 统计安全观察卡（STOP卡）并每月分析趋势。",
                 "5. 参与事故事件调查，跟踪整改项关闭。",
                 "任职要求：安全工程等相关专业大专及以上学历；5年以上海上作业安全管理经验；持注册安全工程师证书者优先；持NEBOSH国际证书。",
                 "HSE监督月度考核指标如下表："]
    for ln in hse_lines:
        story.append(Paragraph(ln, st))
    kpi = [["序号", "考核指标", "权重", "目标值"],
           ["1", "应急演习计划完成率", "30%", "100%"],
           ["2", "作业许可检查覆盖率", "25%", "≥95%"],
           ["3", "整改项按期关闭率", "25%", "≥90%"],
           ["4", "安全入职介绍覆盖率", "20%", "100%"]]
    t = Table([[Paragraph(c, cell) for c in r] for r in kpi], colWidths=[40, 200, 60, 80])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t]
    TRUTH["07"] = dict(doctor=doc_lines, hse=hse_lines, kpi=kpi)
    SimpleDocTemplate(str(OUT / "07_渤远2号应变部署表及HSE岗位职责.pdf"), pagesize=A4).build(story)


# ---------------------------------------------------------------- 08 md guide
def gen08():
    md = """# 新员工出海指南（机电组）

> 适用于首次登平台的机电组新员工。编写：机电长办公室，2024年9月。

## 一、出海前准备

1. 到天津基地报到，领取劳保用品（工作服、安全帽、劳保鞋）。
2. 完成BOSIET和HUET培训，证书须在有效期内。
3. 乘直升机或交通船出海，具体安排以基地调度通知为准。

## 二、机电组岗位

机电组由机电长领导，设机械师和电气师，各平台每班各1人，28/28倒班，平台上每班12小时。

| 岗位 | 主要职责 | 频次 |
|---|---|---|
| 机械师 | 负责柴油发电机组、泥浆泵、绞车等机械设备的运行巡检 | 每班 |
|  | 按维修管理系统（CMMS）执行预防性维护工单 | 按计划 |
|  | 负责吊机、升降系统齿轮箱的润滑保养 | 每周 |
|  | 填写设备运行记录和故障报告 | 每班 |
| 电气师 | 负责发电机组、主配电盘和SCR/VFD电控系统的运行维护 | 每班 |
|  | 检查危险区域防爆电气设备，建立防爆检查台账 | 每月 |
|  | 执行电气隔离挂牌上锁（LOTO） | 按需 |
|  | 负责应急发电机每周试运行 | 每周 |

### 任职要求

- **机械师**：轮机工程或机械工程专业，大专及以上学历；3年以上船舶或钻井平台机械维修经验；持BOSIET证书。
- **电气师**：见社会招聘公告。

## 三、生活须知

- 平台生活区实行定员住宿，两人一间。
- 其他生活问题请咨询营房管理员。
"""
    (OUT / "08_新员工出海指南（机电组）.md").write_text(md, encoding="utf-8")
    TRUTH["08"] = md


# ---------------------------------------------------------------- 09 UTF-16 marine crew
def gen09():
    txt = """渤远海洋钻井有限公司
船舶部岗位说明（文本版）　编号 HR-JD-004

I. 压载工（Ballast Control Operator）
  a) 所属部门：船舶部
  b) 直接上级：驳船长
  c) 工作地点：渤远1号/渤远2号平台压载控制室
  d) 班次：28/28倒班，每班12小时
  e) 岗位职责：
     - 操作压载泵和阀门，保持平台吃水和稳性符合要求
     - 升降平台（升船/降船）时监控桩腿负荷和船体水平
     - 拖航期间每4小时记录一次压载舱液位
     - 每日检查压载舱、水密门和通风筒的密封情况
  f) 任职要求：中专及以上学历，轮机或船舶驾驶相关专业；2年以上船舶或平台压载操作经验；持海船船员适任证书、BOSIET

II. 无线电报务员（Radio Operator）
  a) 所属部门：船舶部
  b) 直接上级：驳船长
  c) 工作地点：渤远1号/渤远2号平台无线电室
  d) 班次：28/28倒班
  e) 岗位职责：
     - 24小时值守VHF、MF/HF和卫星通信设备
     - 负责直升机起降期间与机组的无线电联络，记录航班动态
     - 每日向基地报送平台人员在岗名单（POB）
     - 负责GMDSS设备的日常测试
  f) 任职要求：大专及以上学历，通信或航海类专业；持GMDSS通用操作员证书（海船船员适任证书）；1年以上船舶无线电值班经验

III. 驳船长（Barge Master）
  说明另行发布。
"""
    (OUT / "09_船舶部岗位说明.txt").write_bytes(txt.encode("utf-16"))
    TRUTH["09"] = txt


# ---------------------------------------------------------------- 10 GBK policy
def gen10():
    txt = """渤远海洋钻井有限公司
海上作业人员倒班及出海津贴管理办法（试行）

第一条　为规范海上作业人员的倒班和津贴发放，制定本办法。
第二条　平台作业人员实行28天/28天倒班：在平台连续工作28天后，回陆地休息28天。
第三条　出海津贴按人员实际在平台天数计发，分三类：
　　一类（平台经理、钻井监督）：1200元/天；
　　二类（司钻、泥浆工程师、机械师、电气师、平台医生、HSE监督）：800元/天；
　　三类（副司钻、井架工、吊车司机、压载工、无线电报务员）：500元/天。
第四条　因天气原因滞留平台的天数，按出海天数计发津贴。
第五条　陆地休息期间不发放出海津贴，陆地月基本工资照常发放。
第六条　本办法由人力资源部负责解释，自2024年1月1日起施行。
"""
    (OUT / "10_倒班及出海津贴管理办法.txt").write_bytes(txt.encode("gbk"))
    TRUTH["10"] = txt


if __name__ == "__main__":
    for g in (gen01, gen02, gen03, gen04, gen05, gen06, gen07, gen08, gen09, gen10):
        g()
    truth_path = Path(os.environ.get("T74_TRUTH", str(Path(__file__).with_name("truth.json"))))
    truth_path.write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
