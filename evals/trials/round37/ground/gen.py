#!/usr/bin/env python3
"""Round 37 'ground': 云港机场地面服务有限公司 (airport ground handling), 10 HR documents.

Run: T37_OUT=/tmp/t37ground/corpus /tmp/r21venv/bin/python gen.py
Layouts (new for this round):
 01 docx  受控文件: per post a 2-col form whose 任职资格 cell holds a NESTED table; a real tracked change
          (w:del 大专 / w:ins 本科) in a nested cell; a Word comment (批注) proposing a change; header/footer;
          one post "略".
 02 docx  对照表: fields as rows x posts as columns, HORIZONTAL gridSpan merges where posts share a value,
          diagonal "项目＼岗位" corner; header/footer; notes after the table.
 03 xlsx  KPI library: posts as merged column groups (权重 | 目标值 per post) under a two-row header;
          装卸部 sheet with merged 一级指标 and two post weight columns; department sheet; a visible
          superseded sheet "2022版（已废止）".
 04 xlsx  编制 sheet with department merged down + shift CODES; 薪酬 sheet; 班次代码 legend.
 05 csv   requisition summary with title row, blank row, footer line, a cancelled row with "—" cells.
 06 html  Excel "另存为网页" output: mso classes, rowspan, <br style='mso-data-placement:same-cell'>,
          source lines hard-wrapped inside cell text.
 07 pdf   red-header 公文 (文号, 主送, 印发栏) whose 附件 holds two posts as 一、（一）… with a ruled KPI table.
 08 md    MkDocs Material: content tabs (=== "岗位") and admonitions (!!! / ???) with 4-space indented bodies.
 09 txt   GBK, hard-wrapped at a fixed width mid-sentence (old HR-system print).
 10 docx  policy (排班与考勤管理规定) of 第N条 with a floating TEXT BOX (VML) holding a benefit rule; header/footer.
"""
import csv
import io
import os
from pathlib import Path

OUT = Path(os.environ.get("T37_OUT", "/tmp/t37ground/corpus"))
OUT.mkdir(parents=True, exist_ok=True)

# ----------------------------------------------------------------------------- docx helpers
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def header_footer(d, head, foot):
    sec = d.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # page number field
    r = fp.add_run("　第 ")
    fld = parse_xml(r'<w:fldSimple %s w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>' % nsdecls("w"))
    fp._p.append(fld)
    fp.add_run(" 页")


# ============================================================================ 01 docx
def f01():
    d = docx.Document()
    header_footer(d, "云港机场地面服务有限公司　受控文件　编号：YGDF-HR-JD-01　版本：B/1",
                  "人力资源部编制　2024年3月")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("旅客服务部岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("本说明书适用于旅客服务部值机室、行李查询室、贵宾室各岗位，由人力资源部会同旅客服务部编制，"
                    "经公司批准后执行。文中修订痕迹为2024年3月修订稿，尚未最终定稿的意见以批注形式标出。")

    def post(no, name, facts, duties, quals, extra=None):
        p = d.add_paragraph()
        rr = p.add_run(f"岗位{no}：{name}")
        rr.bold = True
        rr.font.size = Pt(13)
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in facts:
            row = tb.add_row().cells
            set_cell(row[0], k, bold=True)
            set_cell(row[1], v)
        row = tb.add_row().cells
        set_cell(row[0], "岗位职责", bold=True)
        if isinstance(duties, str):
            set_cell(row[1], duties)
        else:
            set_cell(row[1], "\n".join(f"{i}. {x}" for i, x in enumerate(duties, 1)))
        row = tb.add_row().cells
        set_cell(row[0], "任职资格", bold=True)
        cell = row[1]
        if isinstance(quals, str):
            set_cell(cell, quals)
            nested = None
        else:
            set_cell(cell, "（见下表）")
            nested = cell.add_table(rows=1, cols=2)
            nested.style = "Table Grid"
            set_cell(nested.rows[0].cells[0], "项目", bold=True)
            set_cell(nested.rows[0].cells[1], "要求", bold=True)
            for k, v in quals:
                c = nested.add_row().cells
                set_cell(c[0], k)
                set_cell(c[1], v)
        if extra:
            for k, v in extra:
                row = tb.add_row().cells
                set_cell(row[0], k, bold=True)
                set_cell(row[1], v)
        d.add_paragraph("")
        return tb, nested

    post("一", "值机员",
         [("岗位名称", "值机员"), ("所属部门", "旅客服务部（值机室）"), ("直接上级", "值机主管"), ("直接下级", "无"),
          ("工作地点", "云港国际机场T2航站楼出发大厅值机岛"), ("班次", "早晚两班倒（早班05:00-13:00，晚班12:30-20:30）")],
         ["按照航空公司代理协议为旅客办理值机手续，核对有效身份证件和客票信息，发放登机牌。",
          "办理托运行李交运，核对行李件数、重量和尺寸，拴挂行李牌，收取逾重行李费。",
          "识别并拦截禁止托运物品，发现托运行李中夹带充电宝、锂电池的及时告知旅客取出。",
          "为老弱病残孕旅客、无成人陪伴儿童等特殊旅客办理手续并做好交接。",
          "航班截载后按时关闭柜台，与配载室核对旅客人数和行李件数、重量。",
          "处理柜台旅客咨询与一般投诉，填写《值机交接班记录》。"],
         [("学历", "大专及以上"), ("专业", "民航服务、旅游管理、英语等专业优先"),
          ("工作经验", "应届毕业生亦可，有民航地面服务经验者优先"),
          ("证书", "民航旅客运输服务上岗证（入职后三个月内取得）"),
          ("其他", "普通话标准，英语能进行日常会话；身高女160cm、男170cm以上")])

    tb, nested = post("二", "值机主管",
         [("岗位名称", "值机主管"), ("所属部门", "旅客服务部（值机室）"), ("直接上级", "旅客服务部经理"),
          ("直接下级", "值机员、值机引导员"), ("工作地点", "T2航站楼值机岛主管台"), ("班次", "常白班，航班高峰期跟班")],
         ["编制值机室班组排班计划，根据航班波峰调配值机柜台和人员。",
          "监控值机柜台开放与关闭，航班超售、延误时协调旅客改签和补偿。",
          "审核逾重行李费收取、团队旅客值机等特殊业务。",
          "组织值机员业务培训与考核，落实各航空公司服务标准。",
          "处理升级投诉，编写不正常航班旅客服务情况报告。"],
         [("学历", "@@EDU@@"), ("专业", "专业不限"),
          ("工作经验", "3年以上值机工作经验，其中1年以上班组管理经验"),
          ("证书", "民航旅客运输服务上岗证")])
    # tracked change: 大专 -> 本科 in the 学历 cell of the nested table
    edu_cell = nested.rows[1].cells[1]
    p = edu_cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    W = nsdecls("w")
    p._p.append(parse_xml(f'<w:del {W} w:id="901" w:author="人力资源部 李敏" w:date="2024-03-05T10:00:00Z">'
                          '<w:r><w:delText>大专</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="902" w:author="人力资源部 李敏" w:date="2024-03-05T10:00:00Z">'
                          '<w:r><w:t>本科</w:t></w:r></w:ins>'))
    p.add_run("及以上")
    # comment (批注) on the experience cell
    exp_cell = nested.rows[3].cells[1]
    d.add_comment(exp_cell.paragraphs[0].runs, text="拟调整为5年以上值机工作经验，待总经理办公会审定后再改正文。",
                  author="旅客服务部 王强", initials="WQ")

    post("三", "行李查询员",
         [("岗位名称", "行李查询员"), ("所属部门", "旅客服务部（行李查询室）"), ("直接上级", "行李查询室主任"),
          ("直接下级", "无"), ("工作地点", "T2航站楼到达行李提取厅行李查询柜台"),
          ("班次", "三班倒（白班08:00-16:00，中班16:00-24:00，夜班00:00-08:00）")],
         ["受理旅客行李运输不正常（迟运、破损、内物短少）申报，填写《行李运输事故记录》（PIR）。",
          "使用WorldTracer系统查询、追踪少收行李，拍发行李查询电报。",
          "对多收行李、无人认领行李进行登记、保管和移交。",
          "联系旅客送还找回的行李，按赔偿标准办理行李赔偿初审。",
          "统计行李不正常运输数据，每月5日前报送旅客服务部。"],
         [("学历", "大专及以上"), ("专业", "英语、民航运输类专业"),
          ("工作经验", "1年以上民航旅客服务经验"),
          ("证书", "民航旅客运输服务上岗证、WorldTracer操作培训合格证"),
          ("其他", "英语听说流利，CET-4成绩425分以上")])

    post("四", "贵宾服务员",
         [("岗位名称", "贵宾服务员"), ("所属部门", "旅客服务部（贵宾室）"), ("直接上级", "贵宾室主任")],
         "略（见《贵宾室服务工作手册》）", "略")
    d.add_paragraph("注：行李查询室主任、贵宾室主任岗位说明书另行编制。")
    d.save(OUT / "01_旅客服务部岗位说明书.docx")


# ============================================================================ 02 docx
def f02():
    d = docx.Document()
    sec = d.sections[0]
    from docx.enum.section import WD_ORIENT
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_footer(d, "云港地服 · 岗位规范", "本对照表自2024年7月1日起执行，原2021版装卸、特种车辆各岗位职责同时废止")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run("装卸部、特种车辆部岗位规范对照表（2024版）")
    rr.bold = True
    rr.font.size = Pt(16)
    posts = ["装卸员", "装卸班组长", "特种车辆驾驶员", "特种车辆维修工"]
    duties = {
        "装卸员": ["按照装机单（LIR）将行李、货物、邮件装入或卸出飞机货舱，做好舱内固定与系留。",
                  "操作行李拖车挂接与摘挂，按规定放置轮挡和反光锥。",
                  "航班落地后开舱卸机，按中转、本站、优先标识分拣行李。",
                  "检查货舱有无损伤和遗留物，发现异常立即报告班组长。",
                  "遵守机坪安全规定，作业全程穿戴反光背心和护耳器。"],
        "装卸班组长": ["按航班保障计划领受任务，分配本班组人员和作业设备。",
                    "核对装机单与实际装载情况，装载完毕后在装机单上签字并交配载员。",
                    "现场指挥装卸作业，监督舱内系留和装载重心要求的执行。",
                    "组织班前会和班后安全讲评，记录班组考勤与作业量。",
                    "处理装卸过程中的行李破损、错装漏装等不正常情况并上报值班经理。"],
        "特种车辆驾驶员": ["驾驶客梯车、行李传送带车、牵引车、食品车等特种车辆完成航班保障作业。",
                       "出车前对车辆进行绕车一周例行检查，填写《车辆例检单》。",
                       "严格遵守机坪限速：机坪道路25公里/小时，距航空器15米以内5公里/小时。",
                       "对接航空器时执行“一停二慢三对接”程序，并由专人指挥。",
                       "负责所驾车辆的日常清洁和简单保养，发现故障及时报修。"],
        "特种车辆维修工": ["负责特种车辆的定期保养、故障诊断与维修，保证车辆完好率。",
                       "按保养计划对液压系统、制动系统进行一级、二级保养。",
                       "填写维修记录，管理备品备件的领用。",
                       "参与新购车辆验收和报废车辆技术鉴定。"],
    }
    # rows: (label, [values per post] with None meaning "merged into the left")
    rows = [
        ("所属部门", ["装卸部", None, "特种车辆部", None]),
        ("直接上级", ["装卸班组长", "装卸部值班经理", "特种车辆部车队长", "特种车辆部维修主管"]),
        ("直接下级", ["无", "本班组装卸员（8～12人）", "无", None]),
        ("岗位职责", ["\n".join(f"{i}. {x}" for i, x in enumerate(duties[p], 1)) for p in posts]),
        ("学历", ["高中（中专）及以上", None, None, "中专（技校）及以上"]),
        ("专业", ["不限", None, None, "汽车运用与维修、工程机械等相关专业"]),
        ("工作经验", ["无经验要求，能适应户外倒班作业", "2年以上装卸工作经验", "2年以上驾龄，有民航特种车辆驾驶经验者优先",
                  "3年以上汽车或工程机械维修经验"]),
        ("证书", ["民航机坪作业培训合格证", None, "机动车驾驶证（B2及以上）；机场控制区车辆驾驶证（入职后取得）",
                "汽车维修工（中级）职业技能等级证书"]),
        ("班次", ["四班三运转", None, None, "常白班（08:30-17:30）"]),
        ("工作地点", ["西机坪、东机坪各机位", None, "机坪各机位", "机务区7号库维修车间"]),
        ("岗位薪酬", ["详见《岗位编制与薪酬台账》", None, None, None]),
    ]
    tb = d.add_table(rows=1 + len(rows), cols=5)
    tb.style = "Table Grid"
    set_cell(tb.cell(0, 0), "项目＼岗位", bold=True)
    # diagonal border in the corner cell
    tcPr = tb.cell(0, 0)._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:tcBorders {nsdecls("w")}><w:tl2br w:val="single" w:sz="4" w:color="000000"/></w:tcBorders>'))
    for j, p in enumerate(posts, 1):
        set_cell(tb.cell(0, j), p, bold=True)
    for i, (lab, vals) in enumerate(rows, 1):
        set_cell(tb.cell(i, 0), lab, bold=True)
        j = 0
        while j < 4:
            v = vals[j]
            k = j + 1
            while k < 4 and vals[k] is None:
                k += 1
            c = tb.cell(i, j + 1)
            if k - 1 > j:
                c = c.merge(tb.cell(i, k))
            set_cell(c, v)
            j = k
    d.add_paragraph("")
    d.add_paragraph("注：")
    d.add_paragraph("1. 装卸员在机坪连续作业不得超过4小时，高温天气每2小时轮换休息一次。")
    d.add_paragraph("2. 特种车辆驾驶员年满55周岁后不再安排驾驶客梯车。")
    d.add_paragraph("3. 除冰员岗位规范另行制定。")
    d.save(OUT / "02_装卸部及特种车辆部岗位规范对照表.docx")


# ============================================================================ 03 xlsx
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def style_all(ws):
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
            if c.value is not None:
                c.border = BOX


def f03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "云港机场地面服务有限公司 KPI指标库（2024版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "1. 本指标库自2024年1月1日起执行，按月考核，季度汇总。"
    ws["A4"] = "2. 各岗位指标权重合计为100%，“—”表示该指标不适用于该岗位。"
    ws["A5"] = "3. “2022版（已废止）”工作表仅供对照，不再作为考核依据。"
    ws["A6"] = "4. 配载岗位考核指标见《关于印发配载岗位说明书的通知》附件；运控中心岗位见《地服运行控制手册》。"
    ws.column_dimensions["A"].width = 90

    s = wb.create_sheet("旅客服务部")
    s.merge_cells("A1:K1")
    s["A1"] = "旅客服务部岗位KPI指标库（2024版）"
    s["A1"].font = Font(bold=True, size=13)
    heads = ["序号", "指标名称", "指标定义/计算公式", "数据来源", "考核周期"]
    for j, h in enumerate(heads, 1):
        s.cell(2, j, h)
        s.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
    for k, p in enumerate(["值机员", "值机主管", "行李查询员"]):
        c0 = 6 + 2 * k
        s.cell(2, c0, p)
        s.merge_cells(start_row=2, start_column=c0, end_row=2, end_column=c0 + 1)
        s.cell(3, c0, "权重")
        s.cell(3, c0 + 1, "目标值")
    data = [
        ("值机差错率", "值机差错件数÷办理旅客人数×10000‱", "离港系统、差错记录", "月", "25%", "≤0.5‱", "10%", "≤0.5‱", "—", "—"),
        ("柜台平均办理时长", "柜台办理总时长÷办理旅客人数", "离港系统", "月", "20%", "≤3分钟/人", "—", "—", "—", "—"),
        ("旅客满意度", "满意评价数÷评价总数×100%", "柜台服务评价器", "月", "25%", "≥96%", "20%", "≥96%", "20%", "≥95%"),
        ("柜台准时关闭率", "按时关闭柜台的航班数÷保障航班数×100%", "运控中心航班保障记录", "月", "15%", "100%", "20%", "100%", "—", "—"),
        ("有责投诉次数", "经核实的有责旅客投诉件数", "客服中心", "月", "15%", "0次", "15%", "≤1次", "15%", "≤1次"),
        ("排班计划执行率", "按计划执行的班次数÷计划班次数×100%", "排班系统", "月", "—", "—", "15%", "≥98%", "—", "—"),
        ("员工培训完成率", "完成培训人数÷应培训人数×100%", "培训记录", "季", "—", "—", "20%", "100%", "—", "—"),
        ("少收行李24小时找回率", "24小时内找回的少收行李件数÷少收行李总件数×100%", "WorldTracer系统", "月", "—", "—", "—", "—", "35%", "≥85%"),
        ("PIR填写准确率", "填写准确的PIR份数÷PIR总份数×100%", "每月抽查", "月", "—", "—", "—", "—", "20%", "≥99%"),
        ("赔偿初审时限达标率", "7个工作日内完成初审件数÷受理件数×100%", "行李赔偿台账", "月", "—", "—", "—", "—", "10%", "≥95%"),
    ]
    for i, row in enumerate(data, 1):
        s.append([i, *row])
    s.append(["", "合计", "", "", "", "100%", "", "100%", "", "100%", ""])
    style_all(s)
    for col, w in zip("ABCDEFGHIJK", [6, 22, 40, 18, 8, 8, 12, 8, 12, 8, 12]):
        s.column_dimensions[col].width = w
    for r in (2, 3):
        for c in range(1, 12):
            s.cell(r, c).font = Font(bold=True)
            s.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")

    s = wb.create_sheet("装卸部")
    s.merge_cells("A1:F1")
    s["A1"] = "装卸部岗位KPI指标库（2024版）"
    s.append(["一级指标", "二级指标", "计算方法/评分标准", "目标值", "装卸员权重", "装卸班组长权重"])
    rows = [
        ("安全", "机坪不安全事件次数", "发生一起扣该项全部分值", "0起", "30%", "25%"),
        ("", "装载差错次数", "错装、漏装每起扣10分", "0起", "20%", "20%"),
        ("效率", "航班保障正点率", "每低于目标1个百分点扣2分", "≥98%", "20%", "20%"),
        ("", "首件行李交付时间", "航班落地至首件行李上转盘的时间，每超1分钟扣1分", "落地后≤15分钟", "15%", "10%"),
        ("质量", "行李破损率", "装卸原因造成的行李破损件数÷装卸行李总件数", "≤0.1‰", "15%", "10%"),
        ("", "班组安全讲评完成率", "实际讲评次数÷应讲评次数×100%", "100%", "—", "15%"),
    ]
    for r in rows:
        s.append(list(r))
    s.append(["合计", "", "", "", "100%", "100%"])
    s.merge_cells("A3:A4")
    s.merge_cells("A5:A6")
    s.merge_cells("A7:A8")
    style_all(s)
    for col, w in zip("ABCDEF", [10, 22, 40, 16, 12, 14]):
        s.column_dimensions[col].width = w

    s = wb.create_sheet("特种车辆部")
    s["A1"] = "特种车辆部部门KPI（2024版）"
    s.append(["指标", "权重", "目标值", "计算公式/说明"])
    for r in [("车辆完好率", "30%", "≥95%", "完好车辆台日数÷总车辆台日数×100%"),
              ("车辆保障准点率", "25%", "≥99%", "按时到位保障的航班架次÷保障航班总架次×100%"),
              ("机坪车辆剐蹭事故", "25%", "0起", "车辆与航空器、设备发生剐蹭的事故起数"),
              ("燃油单耗", "10%", "同比下降3%", "燃油消耗量÷保障航班架次"),
              ("例检单填写合格率", "10%", "100%", "抽查合格份数÷抽查份数×100%")]:
        s.append(list(r))
    style_all(s)
    for col, w in zip("ABCD", [20, 8, 14, 44]):
        s.column_dimensions[col].width = w

    s = wb.create_sheet("2022版（已废止）")
    s["A1"] = "旅客服务部值机员KPI（2022版）——已废止，仅供对照"
    s.append(["指标名称", "权重", "目标值"])
    s.append(["差错率", "40%", "≤1‱"])
    s.append(["旅客满意率", "30%", "≥92%"])
    s.append(["人均办理时间", "30%", "≤5分钟/人"])
    style_all(s)
    s.column_dimensions["A"].width = 22
    wb.save(OUT / "03_KPI指标库（2024版）.xlsx")


# ============================================================================ 04 xlsx
def f04():
    wb = Workbook()
    s = wb.active
    s.title = "编制"
    s.merge_cells("A1:G1")
    s["A1"] = "2024年定岗定编表"
    s["A1"].font = Font(bold=True, size=13)
    s.append(["部门", "岗位", "岗级", "编制（人）", "在岗（人）", "班次代码", "工作地点"])
    blocks = [
        ("旅客服务部", [("值机员", "G3", 60, 54, "B2", "T2航站楼"), ("值机主管", "G6", 4, 4, "D", "T2航站楼"),
                    ("行李查询员", "G4", 12, 11, "C3", "T2航站楼"), ("贵宾服务员", "G4", 8, 8, "B2", "T2航站楼贵宾室")]),
        ("装卸部", [("装卸员", "G2", 120, 108, "C4", "西机坪、东机坪"), ("装卸班组长", "G4", 12, 12, "C4", "西机坪、东机坪")]),
        ("特种车辆部", [("特种车辆驾驶员", "G3", 45, 40, "C4", "机坪"), ("特种车辆维修工", "G4", 10, 9, "D", "机务区7号库")]),
        ("运行控制部", [("配载员", "G5", 16, 15, "C3", "运控中心（AOC大楼3层）"), ("配载主管", "G7", 2, 2, "D", "运控中心（AOC大楼3层）"),
                    ("地面运行调度员", "G5", 12, 10, "C3", "运控中心（AOC大楼3层）")]),
        ("货运部", [("货运站值班主任", "G6", 4, 4, "C4", "货运区国际货站"), ("货运站理货员", "G3", 30, 26, "C4", "货运区国际货站"),
                  ("货运站叉车司机", "G3", 18, 17, "C4", "货运区国际货站")]),
        ("安全质量部", [("安检协管员", "G2", 40, 35, "C3", "T2航站楼安检现场")]),
    ]
    r = 3
    for dep, posts in blocks:
        start = r
        for p in posts:
            s.append([dep if r == start else None, *p])
            r += 1
        if r - 1 > start:
            s.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    s.append(["合计", "", "", "=SUM(D3:D%d)" % (r - 1), "=SUM(E3:E%d)" % (r - 1), "", ""])
    style_all(s)
    for col, w in zip("ABCDEFG", [12, 16, 6, 10, 10, 10, 24]):
        s.column_dimensions[col].width = w

    s = wb.create_sheet("薪酬")
    s.merge_cells("A1:F1")
    s["A1"] = "岗位薪酬标准（2024年度，税前）"
    s.append(["岗位", "岗级", "基本工资（元/月）", "岗位津贴（元/月）", "夜班津贴（元/班）", "月收入参考（元）"])
    for row in [("值机员", "G3", 3200, 800, 60, "5000-6500"), ("值机主管", "G6", 5200, 1500, "—", "9000-11000"),
                ("行李查询员", "G4", 3600, 900, 80, "5500-7000"), ("装卸员", "G2", 3000, 1000, 80, "5500-7500"),
                ("装卸班组长", "G4", 3800, 1500, 80, "7500-9000"), ("特种车辆驾驶员", "G3", 3400, 1200, 80, "6500-8500"),
                ("特种车辆维修工", "G4", 3800, 1000, "—", "7000-8500"), ("配载员", "G5", 4500, 1500, 100, "8000-10000"),
                ("配载主管", "G7", 6000, 2000, "—", "11000-14000"), ("地面运行调度员", "G5", 4500, 1500, 100, "8000-10500"),
                ("货运站值班主任", "G6", 5000, 1500, 100, "9000-11000"), ("货运站理货员", "G3", 3200, 800, 60, "5000-6500"),
                ("货运站叉车司机", "G3", 3300, 900, 60, "5200-6800"), ("安检协管员", "G2", 2800, 600, 60, "4200-5200")]:
        s.append(list(row))
    s.append(["注：贵宾服务员薪酬按贵宾室专项方案执行，不在本表。"])
    style_all(s)
    for col, w in zip("ABCDEF", [16, 6, 16, 16, 16, 16]):
        s.column_dimensions[col].width = w

    s = wb.create_sheet("班次代码")
    s.append(["代码", "班制名称", "上班时间", "说明"])
    for row in [("B2", "两班制", "早班05:00-13:00；晚班12:30-20:30", "按航班波峰排班"),
                ("C3", "三班倒", "白班08:00-16:00；中班16:00-24:00；夜班00:00-08:00", "每班8小时"),
                ("C4", "四班三运转", "白班08:00-16:00；中班16:00-24:00；夜班00:00-08:00；第四班轮休", "四个班组轮换"),
                ("D", "常白班", "08:30-17:30", "周末双休，航班高峰期可安排跟班")]:
        s.append(list(row))
    style_all(s)
    for col, w in zip("ABCD", [6, 12, 56, 28]):
        s.column_dimensions[col].width = w
    wb.save(OUT / "04_岗位编制与薪酬台账.xlsx")


# ============================================================================ 05 csv
def f05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["云港机场地面服务有限公司2024年第三季度招聘需求汇总"] + [""] * 12)
    w.writerow([""] * 13)
    w.writerow(["需求编号", "需求部门", "岗位名称", "需求人数", "学历要求", "专业要求", "工作经验", "证书要求",
                "工作地点", "月薪（税前）", "班次", "状态", "备注"])
    rows = [
        ["ZP2024-031", "货运部", "货运站理货员", "6", "高中/中专及以上", "物流管理专业优先", "1年以上仓储或货运理货经验",
         "叉车证（N1）优先", "货运区国际货站", "5000-6500元", "四班三运转", "招聘中", "熟练电脑录入，能适应夜班"],
        ["ZP2024-032", "安全质量部", "安检协管员", "8", "高中及以上", "不限", "不限", "保安员证",
         "T2航站楼安检现场", "4200-5200元", "三班倒", "招聘中", "身高男170cm以上、女160cm以上；无违法犯罪记录"],
        ["ZP2024-033", "运行控制部", "地面运行调度员", "2", "本科及以上", "交通运输、民航运输管理、物流工程等专业",
         "3年以上机场地面保障或航班运行经验", "无", "运控中心（AOC大楼3层）", "8000-10500元", "三班倒", "招聘中",
         "熟悉AODB、离港系统者优先"],
        ["ZP2024-034", "运行控制部", "配载员", "3", "大专及以上", "民航运输、交通运输相关专业", "1年以上民航地面服务经验",
         "民航配载平衡人员资质证书", "运控中心配载室", "8000-10000元", "三班倒", "招聘中", "持B737、A320机型签字资格者优先"],
        ["ZP2024-035", "特种车辆部", "除冰员", "4", "—", "—", "—", "—", "—", "—", "—", "已取消",
         "冬季除冰保障改由外包单位承担，需求取消"],
        ["ZP2024-036", "旅客服务部", "值机员", "15", "大专及以上", "民航服务、旅游管理、英语等专业优先", "应届毕业生亦可",
         "民航旅客运输服务上岗证（入职后取得）", "T2航站楼出发大厅", "5000-6500元", "两班制", "招聘中",
         "提供免费工作餐和上下班班车"],
        ["ZP2024-037", "装卸部", "装卸员", "30", "高中（中专）及以上", "不限", "无经验要求", "民航机坪作业培训合格证（入职后培训取得）",
         "西机坪、东机坪", "5500-7500元", "四班三运转", "招聘中", "包住宿；年龄18-40周岁，身体健康能适应户外作业"],
    ]
    for r in rows:
        w.writerow(r)
    w.writerow(["制表：人力资源部招聘组　2024-06-20"] + [""] * 12)
    (OUT / "05_2024年三季度招聘需求汇总.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ============================================================================ 06 html (Excel save-as-web-page)
def wrap_src(s, n=38):
    """Excel hard-wraps long source lines of its HTML output."""
    out, cur = [], ""
    for ch in s:
        cur += ch
        if len(cur) >= n and ch in "，；、。":
            out.append(cur)
            cur = ""
    if cur:
        out.append(cur)
    return "\n  ".join(out)


def f06():
    BR = "<br style='mso-data-placement:same-cell'>"
    posts = [
        ("货运部", "货运站理货员", "货运站值班主任",
         ["1、核对进出港货物的件数、重量与货运单、舱单是否相符；",
          "2、检查货物外包装、标签和标记，发现破损、渗漏及时拍照并出具不正常货物报告；",
          "3、按目的站和航班组织货物分拣、码放和打板装箱（ULD组装）；",
          "4、在货运信息系统中录入理货数据，打印交接清单；",
          "5、配合海关、安检对国际货物进行查验。"],
         ["1、高中/中专及以上学历；", "2、1年以上仓储或货运理货经验；", "3、持叉车证（N1）者优先；",
          "4、能适应夜班及户外作业。"], "货运区国际货站"),
        ("安全质量部", "安检协管员", "安检协管队队长",
         ["1、在安检现场协助安检员维持旅客排队秩序，引导旅客提前准备证件和登机牌；",
          "2、协助旅客将随身物品放入托盘，提示取出笔记本电脑和液体；",
          "3、对开箱检查后旅客自弃或暂存的物品进行登记、暂存和移交；",
          "4、在客流高峰时段协助开展旅客疏导，发现可疑情况立即报告当班安检科长；",
          "5、不得从事人身检查、开箱检查等安检员专属工作。"],
         ["1、高中及以上学历；", "2、身高男170cm以上、女160cm以上；", "3、持保安员证；",
          "4、无违法犯罪记录，背景审查合格。"], "T2航站楼安检现场"),
        ("运行控制部", "地面运行调度员", "运控中心值班经理",
         ["1、根据航班计划和实时动态编制并下达地面保障任务，调配人员、车辆和设备；",
          "2、监控各航班保障节点（上客、装卸、加油、配餐等）完成情况，对延误风险提前预警；",
          "3、航班延误、返航、备降等不正常情况下协调各保障单位调整保障方案；",
          "4、与塔台、机坪管制、航空公司运控保持通讯联络，记录调度日志；",
          "5、统计航班保障数据，编写每日运行简报。"],
         ["1、本科及以上学历，交通运输、民航运输管理等专业；", "2、3年以上机场地面保障或航班运行经验；",
          "3、熟悉AODB、离港系统；", "4、具备较强的沟通协调与应急处置能力。"], "运控中心（AOC大楼3层）"),
    ]
    L = []
    L.append('<html xmlns:v="urn:schemas-microsoft-com:vml"')
    L.append('xmlns:o="urn:schemas-microsoft-com:office:office"')
    L.append('xmlns:x="urn:schemas-microsoft-com:office:excel"')
    L.append('xmlns="http://www.w3.org/TR/REC-html40">')
    L.append("")
    L.append("<head>")
    L.append('<meta http-equiv=Content-Type content="text/html; charset=utf-8">')
    L.append("<meta name=ProgId content=Excel.Sheet>")
    L.append('<meta name=Generator content="Microsoft Excel 15">')
    L.append('<link rel=File-List href="招聘岗位说明.files/filelist.xml">')
    L.append("<style id=\"招聘岗位说明_18342_Styles\">")
    L.append("<!--table")
    L.append("\t{mso-displayed-decimal-separator:\"\\.\";")
    L.append("\tmso-displayed-thousand-separator:\"\\,\";}")
    L.append(".xl65\n\t{mso-style-parent:style0;\n\tfont-weight:700;\n\ttext-align:center;\n\tborder:.5pt solid windowtext;\n\tbackground:#DDEBF7;}")
    L.append(".xl66\n\t{mso-style-parent:style0;\n\tvertical-align:top;\n\tborder:.5pt solid windowtext;\n\twhite-space:normal;}")
    L.append(".xl67\n\t{mso-style-parent:style0;\n\tfont-size:16.0pt;\n\tfont-weight:700;\n\ttext-align:center;}")
    L.append("-->")
    L.append("</style>")
    L.append("<title>招聘岗位说明</title>")
    L.append("<!--[if gte mso 9]><xml>")
    L.append(" <x:ExcelWorkbook>\n  <x:ExcelWorksheets>\n   <x:ExcelWorksheet>\n    <x:Name>岗位说明</x:Name>")
    L.append("    <x:WorksheetOptions>\n     <x:Print><x:ValidPrinterInfo/></x:Print>\n    </x:WorksheetOptions>")
    L.append("   </x:ExcelWorksheet>\n  </x:ExcelWorksheets>\n </x:ExcelWorkbook>\n</xml><![endif]-->")
    L.append("</head>")
    L.append("")
    L.append("<body link=\"#0563C1\" vlink=\"#954F72\">")
    L.append("<!--[if !excel]>&nbsp;&nbsp;<![endif]-->")
    L.append("<!--下列信息由 Microsoft Excel 的发布为网页向导生成。-->")
    L.append("<!--如果同一条目从 Excel 中重新发布，则所有位于 DIV 标记之间的信息均将被替换。-->")
    L.append("<!----------------------------->")
    L.append("<!--“从 EXCEL 发布网页”向导开始-->")
    L.append("<!----------------------------->")
    L.append("")
    L.append("<div id=\"招聘岗位说明_18342\" align=center x:publishsource=\"Excel\">")
    L.append("")
    L.append("<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:")
    L.append(" collapse;table-layout:fixed;width:886pt'>")
    L.append(" <col width=90 style='mso-width-source:userset;width:68pt'>")
    L.append(" <col width=110 style='mso-width-source:userset;width:83pt'>")
    L.append(" <col width=110 style='mso-width-source:userset;width:83pt'>")
    L.append(" <col width=420 style='mso-width-source:userset;width:315pt'>")
    L.append(" <col width=300 style='mso-width-source:userset;width:225pt'>")
    L.append(" <col width=150 style='mso-width-source:userset;width:113pt'>")
    L.append(" <tr height=32 style='height:24.0pt'>")
    L.append("  <td colspan=6 height=32 class=xl67 width=1180 style='height:24.0pt;width:886pt'>云港机场地面服务有限公司社会招聘岗位说明（2024年7月）</td>")
    L.append(" </tr>")
    L.append(" <tr height=19 style='height:14.25pt'>")
    for h in ["招聘部门", "岗位名称", "汇报对象", "岗位职责", "任职要求", "工作地点"]:
        L.append(f"  <td class=xl65>{h}</td>")
    L.append(" </tr>")
    for dep, name, boss, duties, reqs, loc in posts:
        L.append(" <tr height=150 style='height:112.5pt'>")
        L.append(f"  <td height=150 class=xl66 style='height:112.5pt'>{dep}</td>")
        L.append(f"  <td class=xl66>{name}</td>")
        L.append(f"  <td class=xl66>{boss}</td>")
        L.append("  <td class=xl66 width=420 style='width:315pt'>" + wrap_src(BR.join(duties), 60) + "</td>")
        L.append("  <td class=xl66 width=300 style='width:225pt'>" + wrap_src(BR.join(reqs), 60) + "</td>")
        L.append(f"  <td class=xl66>{loc}</td>")
        L.append(" </tr>")
    L.append(" <tr height=19 style='height:14.25pt'>")
    L.append("  <td colspan=6 height=19 style='height:14.25pt'>应聘方式：登录公司招聘系统投递简历，或发送至 hr@yggh.example.cn，邮件标题注明“应聘岗位+姓名”。</td>")
    L.append(" </tr>")
    L.append(" <![if supportMisc]>")
    L.append(" <tr height=0 style='display:none'>")
    L.append("  <td width=90 style='width:68pt'></td>\n  <td width=110 style='width:83pt'></td>")
    L.append(" </tr>")
    L.append(" <![endif]>")
    L.append("</table>")
    L.append("")
    L.append("</div>")
    L.append("")
    L.append("<!----------------------------->")
    L.append("<!--“从 EXCEL 发布网页”向导结束-->")
    L.append("<!----------------------------->")
    L.append("</body>")
    L.append("")
    L.append("</html>")
    (OUT / "06_招聘岗位说明.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ============================================================================ 07 pdf (red-header 公文)
def f07():
    from reportlab.lib.colors import HexColor, black
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    W, H = A4
    c = canvas.Canvas(str(OUT / "07_关于印发配载岗位说明书的通知.pdf"), pagesize=A4)
    c.setTitle("关于印发配载岗位说明书的通知")
    red = HexColor("#D40000")
    LM = 70
    # page 1: 红头
    c.setFillColor(red)
    c.setFont("WQY", 26)
    c.drawCentredString(W / 2, H - 110, "云港机场地面服务有限公司文件")
    c.setFillColor(black)
    c.setFont("WQY", 12)
    c.drawCentredString(W / 2, H - 150, "云港地服人〔2024〕18号")
    c.setStrokeColor(red)
    c.setLineWidth(2)
    c.line(LM, H - 162, W - LM, H - 162)
    c.setFont("WQY", 16)
    c.drawCentredString(W / 2, H - 200, "关于印发《配载平衡岗位说明书（2024年修订）》的通知")
    c.setFont("WQY", 12)
    y = H - 240
    for ln in ["各部门：",
               "　　为适应公司宽体机保障业务发展，进一步规范配载平衡工作，人力资源部会同运行",
               "控制部对配载岗位说明书进行了修订，经2024年第5次总经理办公会审议通过，现印发给",
               "你们，请遵照执行。原《配载岗位职责（2021版）》同时废止。",
               "",
               "　　附件：配载平衡岗位说明书（2024年修订）",
               ""]:
        c.drawString(LM, y, ln)
        y -= 22
    c.drawRightString(W - LM - 20, y - 40, "云港机场地面服务有限公司")
    c.drawRightString(W - LM - 30, y - 62, "2024年4月15日")
    c.setLineWidth(0.8)
    c.setStrokeColor(black)
    c.line(LM, 120, W - LM, 120)
    c.setFont("WQY", 10.5)
    c.drawString(LM, 104, "抄送：公司领导，各部门。")
    c.line(LM, 96, W - LM, 96)
    c.drawString(LM, 80, "云港机场地面服务有限公司综合办公室")
    c.drawRightString(W - LM, 80, "2024年4月15日印发")
    c.showPage()

    def page_lines(lines, start_y=None, size=11, lead=19):
        nonlocal_y = [start_y or H - 80]
        for ln in lines:
            if nonlocal_y[0] < 80:
                c.showPage()
                nonlocal_y[0] = H - 80
            if isinstance(ln, tuple):
                font_size, text = ln
                c.setFont("WQY", font_size)
                c.drawString(LM, nonlocal_y[0], text)
                nonlocal_y[0] -= lead + 4
            else:
                c.setFont("WQY", size)
                c.drawString(LM, nonlocal_y[0], ln)
                nonlocal_y[0] -= lead
        return nonlocal_y[0]

    c.setFont("WQY", 12)
    c.drawString(LM, H - 60, "附件")
    c.setFont("WQY", 15)
    c.drawCentredString(W / 2, H - 90, "配载平衡岗位说明书（2024年修订）")
    y = page_lines([
        (13, "一、配载员"),
        "（一）基本信息",
        "所属部门：运行控制部配载室；直接上级：配载主管；直接下级：无；",
        "工作地点：运控中心配载室；班次：三班倒。",
        "（二）岗位职责",
        "1. 根据航班预报旅客人数、行李及货邮重量，制作航班载重表和平衡图（舱单）。",
        "2. 计算航空器重心位置，确保起飞重量、无油重量和着陆重量在限制范围内。",
        "3. 向装卸部下发装机单（LIR），根据实际装载情况核对并修正配载数据。",
        "4. 航班关闭后及时将舱单送机组签字，并拍发LDM、CPM等业务电报。",
        "5. 处理最后一分钟修正（LMC），做好配载资料存档（保存期不少于3个月）。",
        "（三）任职资格",
        "学历：大专及以上，民航运输、交通运输相关专业；",
        "经验：1年以上民航地面服务工作经验；",
        "证书：民航配载平衡人员资质证书，具备B737、A320机型配载签字资格；",
        "技能：熟练使用离港控制系统（DCS）配载模块，能阅读英文业务电报。",
        "（四）考核指标",
    ], start_y=H - 125)
    # ruled KPI table
    rows = [("指标", "权重", "目标值"), ("舱单差错率", "40%", "0差错"), ("舱单按时送达率", "25%", "100%"),
            ("业务电报拍发及时率", "20%", "≥99%"), ("配载资料归档完整率", "15%", "100%")]
    colx = [LM, LM + 200, LM + 280, LM + 380]
    rh = 20
    top = y + 6
    c.setLineWidth(0.6)
    for i, row in enumerate(rows):
        yy = top - i * rh
        c.line(colx[0], yy, colx[-1], yy)
        c.setFont("WQY", 10.5)
        for j, cell in enumerate(row):
            c.drawString(colx[j] + 6, yy - 14, cell)
    c.line(colx[0], top - len(rows) * rh, colx[-1], top - len(rows) * rh)
    for x in colx:
        c.line(x, top, x, top - len(rows) * rh)
    y = top - len(rows) * rh - 30
    y = page_lines([
        (13, "二、配载主管"),
        "（一）基本信息",
        "所属部门：运行控制部配载室；直接上级：运行控制部经理；直接下级：配载员；班次：常白班。",
        "（二）岗位职责",
        "1. 组织配载室日常工作，安排配载员班次。",
        "2. 审核重点航班（包机、要客航班、宽体机）的载重平衡数据。",
        "3. 负责配载员资质管理，组织年度复训和机型签字资格申报。",
        "4. 制定配载差错预防措施，调查配载不安全事件。",
        "5. 监督与航空公司签订的配载代理协议的执行情况。",
        "（三）任职资格",
        "本科及以上学历；5年以上配载工作经验，其中2年以上宽体机配载经历；",
        "持民航配载平衡人员资质证书。",
    ], start_y=y)
    c.showPage()
    c.save()


# ============================================================================ 08 md (MkDocs Material)
MD = '''---
title: 地服运行控制手册（岗位篇）
---

# 地服运行控制手册（岗位篇）

!!! abstract "适用范围"
    本篇适用于运行控制部（运控中心）各岗位。配载岗位见公司《配载平衡岗位说明书（2024年修订）》。

## 岗位一览

=== "地面运行调度员"

    **所属部门**：运行控制部（运控中心）

    **直接上级**：运控中心值班经理　｜　**直接下级**：无

    **工作地点**：运控中心（AOC大楼3层）调度大厅

    ??? info "一日工作流程（点击展开）"
        1. 接班：查阅上一班调度日志，确认遗留问题和不正常航班。
        2. 计划核对：07:00前核对当日航班计划与机位分配，发现冲突报值班经理。
        3. 任务下达：航班预计到达前60分钟向各保障单位下达保障任务。
        4. 过程监控：盯控上客、装卸、加油、配餐节点，节点延误超过5分钟即预警。
        5. 交班：填写调度日志，向下一班交接未完成事项。

    !!! tip "考核指标（月度）"
        | 指标 | 权重 | 目标值 |
        |---|---|---|
        | 航班保障正点率 | 30% | ≥95% |
        | 保障任务下达及时率 | 20% | 100% |
        | 不正常航班信息通报及时率 | 20% | ≥98% |
        | 调度指令差错 | 15% | 0起 |
        | 调度日志完整率 | 15% | 100% |

=== "运控中心值班经理"

    **直接上级**：运行控制部经理

    ??? note "岗位职责"
        略，见《运控中心值班经理工作标准》。

=== "除冰员"

    除冰员岗位说明另行制定。

## 通讯联络

!!! warning "频率"
    机坪指挥频率、调度内部对讲频道以当月《通信保障表》为准，本手册不再列出。
'''


def f08():
    (OUT / "08_地服运控手册.md").write_text(MD, encoding="utf-8")


# ============================================================================ 09 txt GBK hard-wrapped
def hardwrap(text, width=28):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        while len(para) > width:
            out.append(para[:width])
            para = para[width:]
        out.append(para)
    return out


TXT09 = """货运部岗位职责（2024年修订）
打印时间：2024-05-08　打印人：HR-ZHAO

【岗位】货运站值班主任
所属部门：货运部　直接上级：货运部经理
直接下级：货运站理货员、货运站叉车司机
岗位职责：
1.主持当班货运站生产，根据航班计划安排理货、打板和出库作业。
2.审核危险品、活体动物、贵重物品等特种货物的收运，不符合规定的拒绝收运。
3.处理货物破损、错运、漏装等不正常运输事件，并填写事件报告。
4.检查当班库区安全防火和监装监卸情况。
5.填写值班记录并向下一班交接。
任职资格：大专及以上学历；5年以上航空货运工作经验，其中2年以上班组管理经验；持危险品运输培训合格证书（CAT6）。

【岗位】货运站叉车司机
所属部门：货运部　直接上级：货运站值班主任
岗位职责：
1.驾驶叉车完成货物入库、出库、搬运和码放作业。
2.配合理货员进行集装板（ULD）组装和拆板。
3.每班作业前检查叉车制动、转向、液压和灯光，填写叉车点检表。
4.库区内行驶限速5公里/小时，严禁叉车载人。
5.叉车充电、加油必须在指定区域进行。
任职资格：初中及以上学历；持特种设备作业人员证（N1叉车）；1年以上叉车操作经验。

（以下空白）
"""


def f09():
    lines = hardwrap(TXT09.rstrip("\n"), 28)
    (OUT / "09_货运部岗位职责.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


# ============================================================================ 10 docx policy + text box
def f10():
    d = docx.Document()
    header_footer(d, "云港机场地面服务有限公司　规章制度　YGDF-HR-ZD-07", "人力资源部　2024年1月修订")
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("排班与考勤管理规定")
    r.bold = True
    r.font.size = Pt(16)
    arts = [
        "第一条　为规范公司倒班岗位的排班与考勤管理，保障航班生产安全有序，制定本规定。",
        "第二条　本规定适用于公司全体员工。倒班岗位的具体班制以《岗位编制与薪酬台账》中的班次代码为准。",
        "第三条　排班计划由各部门于每月25日前编制次月排班表，报人力资源部备案。",
        "第四条　员工应提前15分钟到岗参加班前会，交接班须当面交接并在交接班记录上签字。",
        "第五条　连续上夜班不得超过3个，两个夜班之间应安排不少于24小时的休息。",
        "第六条　员工迟到、早退30分钟以内的，每次扣减当月绩效分2分；超过30分钟的按旷工半天处理。",
        "第七条　因航班延误需延长工作时间的，由当班负责人确认后计入加班，按公司加班管理办法执行。",
        "第八条　请假须通过OA系统提前申请，倒班岗位员工请假须由班组长安排替班后方可离岗。",
        "第九条　本规定由人力资源部负责解释，自2024年1月1日起施行。",
    ]
    for i, a in enumerate(arts):
        d.add_paragraph(a)
        if i == 4:
            # floating text box (VML, as Word 2007 writes it) anchored in an empty paragraph
            p = d.add_paragraph()
            xml = (
                '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
                'style="position:absolute;margin-left:260pt;margin-top:0;width:170pt;height:90pt;z-index:251659264" '
                'fillcolor="#fff2cc" strokecolor="#bf9000"><v:textbox><w:txbxContent>'
                '<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>温馨提示</w:t></w:r></w:p>'
                '<w:p><w:r><w:t>夜班津贴按《岗位编制与薪酬台账》所列标准按班发放。</w:t></w:r></w:p>'
                '<w:p><w:r><w:t>机坪作业人员在日最高气温35℃及以上时，每班另发防暑降温费20元。</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
            )
            p._p.append(parse_xml(xml))
    d.save(OUT / "10_排班与考勤管理规定.docx")


GROUND_TRUTH = """# Ground truth — 云港机场地面服务有限公司（云港地服）

| file | layout | what it says |
|---|---|---|
| 01_旅客服务部岗位说明书.docx | per post a 2-col table; 任职资格 = nested 项目/要求 table; tracked change w:del 大专 → w:ins 本科 (值机主管 学历); Word comment on 值机主管 经验 (proposal 5年, not adopted); header/footer | 值机员, 值机主管, 行李查询员 full; 贵宾服务员 略 |
| 02_装卸部及特种车辆部岗位规范对照表.docx | fields as rows × 4 posts as columns, gridSpan merges for shared values; landscape; footer says 2021版 superseded | 装卸员, 装卸班组长, 特种车辆驾驶员, 特种车辆维修工; 除冰员 另行制定 |
| 03_KPI指标库（2024版）.xlsx | 旅客服务部 sheet: posts as merged column groups 权重/目标值; 装卸部 sheet with merged 一级指标 and 2 weight columns; 特种车辆部 dept KPI; 2022版（已废止） | see sheets |
| 04_岗位编制与薪酬台账.xlsx | 编制 (dept merged down, shift codes), 薪酬, 班次代码 legend | pay, headcount, shift |
| 05_2024年三季度招聘需求汇总.csv | title row, blank row, header, footer; cancelled 除冰员 row of "—" | requirements/pay/benefits per requisition |
| 06_招聘岗位说明.html | Excel "publish as web page"; <br mso-data-placement> in cells; source lines hard-wrapped | 货运站理货员, 安检协管员, 地面运行调度员 |
| 07_关于印发配载岗位说明书的通知.pdf | red-header 公文; 附件 with 一、配载员 / 二、配载主管, ruled KPI table | 配载员 (+KPI), 配载主管 |
| 08_地服运控手册.md | MkDocs tabs + admonitions, 4-space indented | 调度员 boss/location/workflow/KPI; 值班经理 略; 除冰员 另行制定 |
| 09_货运部岗位职责.txt | GBK, CRLF, hard-wrapped at 28 chars | 货运站值班主任, 货运站叉车司机 |
| 10_排班与考勤管理规定.docx | policy 第N条 + VML text box (防暑降温费20元/班, 35℃) | policy distractor |

Key facts (current values):
- 值机员: 上级 值机主管; 地点 T2出发大厅值机岛; 班次 早晚两班倒; 大专; 民航服务/旅游管理/英语优先; 应届亦可; 民航旅客运输服务上岗证; pay 5000-6500 (G3); CSV benefit 免费工作餐+班车.
- 值机主管: 上级 旅客服务部经理; 下级 值机员、值机引导员(named only); 学历 本科及以上 (tracked change from 大专); 经验 3年 (+1年班组管理; comment proposes 5年, not adopted); pay 9000-11000.
- 行李查询员: 上级 行李查询室主任 (named only); 三班倒; 大专; 英语/民航运输; 1年; 上岗证+WorldTracer合格证; CET-4 425; KPI 少收行李24小时找回率 35% ≥85% etc.
- 贵宾服务员: 职责/任职 略.
- 装卸员: 装卸部; 上级 装卸班组长; 高中（中专）; 不限专业; 无经验要求; 民航机坪作业培训合格证; 四班三运转; 西/东机坪; pay 5500-7500; CSV: 包住宿, 18-40岁.
- 装卸班组长: 上级 装卸部值班经理; 下级 本班组装卸员（8～12人）; 2年装卸经验; same 学历/证书/班次.
- 特种车辆驾驶员: 特种车辆部; 上级 车队长; 高中（中专）; 2年以上驾龄; B2驾照+控制区车辆驾驶证; 四班三运转; 机坪限速25/5; pay 6500-8500.
- 特种车辆维修工: 上级 维修主管; 中专（技校）; 汽车运用与维修; 3年维修; 汽车维修工（中级）; 常白班 08:30-17:30; 机务区7号库.
- 配载员: 运行控制部配载室; 上级 配载主管; 大专; 1年; 民航配载平衡人员资质证书 + B737/A320签字资格; DCS; KPI 舱单差错率40% 0 / 舱单按时送达率25% / 业务电报拍发及时率20% / 配载资料归档完整率15%; pay 8000-10000.
- 配载主管: 上级 运行控制部经理; 本科; 5年 (2年宽体机); pay 11000-14000.
- 地面运行调度员: 运行控制部; 上级 运控中心值班经理; AOC大楼3层; 本科; 交通运输等; 3年; AODB; KPI 航班保障正点率30%...; pay 8000-10500.
- 货运站理货员: 货运部; 上级 货运站值班主任; 高中/中专; 1年; 叉车证N1优先; pay 5000-6500; 四班三运转.
- 货运站值班主任 / 货运站叉车司机: GBK txt.
- 安检协管员: 安全质量部; 上级 安检协管队队长; 高中; 保安员证; 身高; pay 4200-5200; 三班倒; 不得从事人身检查.
- Named only: 除冰员 (02 note, 05 cancelled, 08 另行制定), 值机引导员, 行李查询室主任, 贵宾室主任, 运控中心值班经理(略), 装卸部值班经理, 车队长, 维修主管.
- Superseded: 03 sheet 2022版 (值机员 old weights), 02 footer (2021版), 07 (2021版配载岗位职责).
- Policy 10: 班前15分钟, 连续夜班≤3, 迟到扣2分, 25日前排班; text box 防暑降温费20元/班 (≥35℃), 夜班津贴按台账.
"""


if __name__ == "__main__":
    f01(); f02(); f03(); f04(); f05(); f06(); f07(); f08(); f09(); f10()
    here = Path(__file__).resolve().parent
    (here / "ground_truth.md").write_text(GROUND_TRUTH, encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
