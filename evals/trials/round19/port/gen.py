#!/usr/bin/env python3
"""Round 19 trial corpus: a fictional container terminal operator, 东临港集装箱码头有限公司.

    T19_OUT=/tmp/t19port python gen.py      (needs python-docx, openpyxl, reportlab)

Writes $T19_OUT/corpus/ with 10 HR documents; deterministic (fixed core properties, no dates from the clock).
Layouts (none used by earlier rounds):
  dl01 docx  one long landscape table, a column per field (岗位 | 部门 | 职责 | 任职资格 | 上级 | 考核), rows break across pages
  dl02 docx  posts under numbered Heading styles (auto-numbering via numbering.xml, so the numbers are not text), no tables
  dl03 xlsx  定岗定编表 with two hidden columns and a frozen two-row header
  dl04 xlsx  KPI library: a 指标字典 sheet and per-post sheets that reference indicators by code only
  dl05 pdf   操作岗位安全职责, two posts per page in boxed halves
  dl06 html  careers page: one <table> per posting with <th scope="row"> labels
  dl07 md    functional posts as **标签**： paragraphs, duties run together with ①②③ in one paragraph
  dl08 txt   OA export with 【岗位名称】 tags
  dl09 csv   semicolon-separated, quoted multi-line cells
  dl10 docx  员工手册 (第X条 articles, leave rules, says what it leaves to other rules)
"""
import csv
import datetime
import io
import os
from pathlib import Path

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T19_OUT", "/tmp/t19port")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "东临港集装箱码头有限公司"
FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)


def fix_props(d):
    cp = d.core_properties
    cp.author = "人力资源部"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "人力资源部"
    cp.revision = 1


def cjk(run, size=None, bold=None):
    run.font.name = "宋体"
    rpr = run._element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    rf.set(qn("w:eastAsia"), "宋体")
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


# --------------------------------------------------------------------------- dl01
POSTS01 = [
    ("桥吊司机", "装卸操作部", [
        "按船舶配载图和中控调度指令完成集装箱船舶装卸作业，单机平均效率不低于28自然箱/小时；",
        "班前对桥吊进行例行点检，重点检查吊具、钢丝绳、制动器及各限位装置，填写《设备点检记录》；",
        "作业中服从信号员指挥，确认吊具四个旋锁全部开闭到位后方可起吊或落箱；",
        "遇风速达到六级及以上时按规定停止作业，将大车行驶至锚定位并插好防风锚定；",
        "发现设备异常立即停机报修，配合维修人员处理，并如实填写交接班记录。",
    ], [
        "高中或中专及以上学历；",
        "持有《特种设备作业人员证》（起重机司机Q2）；",
        "2年以上桥式或门式起重机操作经验；",
        "视力（含矫正）5.0以上，无色盲、无恐高症；",
        "能适应四班三运转倒班。",
    ], "桥吊队队长", "单机作业效率、安全责任事故、设备点检执行率"),
    ("龙门吊司机", "装卸操作部", [
        "按堆场计划和中控派工指令完成场地收箱、发箱及翻倒箱作业；",
        "作业时核对箱号、箱位与作业指令一致，发现不符立即报中控确认，不得凭经验放箱；",
        "班前检查轮胎气压、柴油发电机组、燃油及液压油位，填写点检表；",
        "转场时由地面人员引导，大车行驶速度不超过每分钟30米；",
        "交班时将龙门吊停放至指定停机位，切断电源并锁好司机室。",
    ], [
        "高中及以上学历；",
        "持有《特种设备作业人员证》（起重机司机Q2）；",
        "1年以上轮胎式龙门吊操作经验，或经公司培训并实操考核合格；",
        "身体健康，能适应倒班。",
    ], "龙门吊队队长", "场地作业效率、箱位差错率、燃油单耗"),
    ("理货员", "理货部", [
        "在船边对进出口集装箱的箱号、铅封号及箱体残损情况逐箱核对；",
        "使用手持终端（PDA）实时录入理货数据并上传TOS系统；",
        "发现残损箱或铅封异常时拍照取证，填写《集装箱残损记录》并请船方签认；",
        "单船作业结束后编制理货单证，与船方大副办理理货签证；",
        "配合海关、边检等口岸单位开展查验工作。",
    ], [
        "大专及以上学历，物流管理、航海类专业优先；",
        "能阅读英文箱单、舱单；",
        "持有理货员上岗证或经公司岗前培训考核合格；",
        "能适应夜班及露天作业。",
    ], "理货组长", "理货差错率、单证及时率"),
    ("中控调度员", "生产业务部", [
        "根据船舶作业计划在TOS系统中向桥吊、龙门吊及集卡派发作业指令；",
        "实时监控各作业路进度，动态调配集卡和场地机械资源，避免桥吊等车；",
        "处理设备故障、箱号不符、压箱等作业异常，必要时通知现场值班长到场；",
        "与船舶计划员、堆场计划员沟通作业计划调整；",
        "填写中控值班日志，做好交接班。",
    ], [
        "本科及以上学历，交通运输、物流管理等相关专业；",
        "3年以上集装箱码头现场作业或调度工作经验；",
        "熟悉TOS码头操作系统；",
        "具备较强的应变和沟通协调能力，能适应倒班。",
    ], "中控值班主任", "桥吊平均作业效率、集卡平均周转时间、作业指令差错次数"),
    ("闸口业务员", "生产业务部", [
        "核对进出闸集卡的预约信息、箱号、铅封号及放行单证；",
        "处理闸口智能识别系统的识别异常，人工补录箱号和车牌；",
        "对无预约、超时段车辆按规定拦截，引导至缓冲停车区；",
        "打印并交接设备交接单（EIR），留存交接记录；",
        "受理集卡司机现场咨询，维持闸口通行秩序。",
    ], [
        "大专及以上学历；",
        "1年以上物流、货代或码头相关工作经验；",
        "熟练使用电脑及办公软件；",
        "能适应倒班。",
    ], "闸口主管", "闸口平均通行时长、闸口单证差错件数、客户投诉次数"),
    ("设备维修工", "工程技术部", [
        "对桥吊、龙门吊等装卸设备进行日常巡检和定期保养；",
        "排除设备机械、液压及电气故障，确保设备完好；",
        "执行设备周保、月保计划，填写维修工单和保养记录；",
        "参与设备年度检修和技术改造；",
        "管理班组备品备件和专用工具。",
    ], [
        "中专及以上学历，机电一体化、机械制造等专业；",
        "持有低压电工作业证或熔化焊接与热切割作业证；",
        "2年以上起重设备维修经验；",
        "能从事高处作业。",
    ], "维修班长", "设备完好率、平均故障修复时间、保养计划完成率"),
]


def cell_paras(cell, lines, numbered=True):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        cjk(p.add_run((f"{i + 1}. " if numbered else "") + t), 9)


def dl01():
    d = docx.Document()
    fix_props(d)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(2.0))
    p = d.add_paragraph()
    cjk(p.add_run(f"{CO}生产操作岗位说明书汇总表"), 16, True)
    p = d.add_paragraph()
    cjk(p.add_run("（2025年版  编制：人力资源部  审核：装卸操作部、生产业务部、工程技术部）"), 10)
    heads = ["序号", "岗位名称", "所属部门", "主要职责", "任职资格", "直接上级", "考核要点"]
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        c.text = ""
        cjk(c.paragraphs[0].add_run(h), 10, True)
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for i, (name, dept, duties, quals, boss, kpi) in enumerate(POSTS01, 1):
        r = t.add_row().cells
        for c, v in zip((r[0], r[1], r[2], r[5], r[6]), (str(i), name, dept, boss, kpi)):
            c.text = ""
            cjk(c.paragraphs[0].add_run(v), 9)
        cell_paras(r[3], duties)
        cell_paras(r[4], quals)
    widths = [Cm(1.2), Cm(2.4), Cm(2.4), Cm(9.5), Cm(6.5), Cm(2.2), Cm(3.4)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = d.add_paragraph()
    cjk(p.add_run("注：本表所列岗位的安全职责另见《操作岗位安全生产职责》。"), 9)
    d.save(OUT / "dl01_生产操作岗位说明书汇总表.docx")


# --------------------------------------------------------------------------- dl02
POSTS02 = [
    ("商务专员", "商务部", "负责船公司、船代及货代客户的商务对接和港口费收管理，保障合同执行和费用及时回收。", [
        "负责与船公司、船舶代理洽谈装卸包干费率，起草并办理年度作业合同的签订与续签。",
        "按合同及港口收费标准核算装卸作业费、堆存费等费用，每月5日前向客户发出上月对账单。",
        "跟踪客户应收账款，对账龄超过60天的客户发出书面催收函并报部门经理。",
        "收集船公司航线调整及挂靠变化信息，每周编制一期《航线动态简报》。",
        "建立和维护客户档案，组织年度客户走访。",
    ], [
        "本科及以上学历，国际贸易、物流管理、航运管理等相关专业。",
        "2年以上港航企业商务或船舶代理工作经验。",
        "英语六级（CET-6）及以上，能用英文处理商务函电。",
        "熟悉港口收费规则和合同管理流程。",
    ], "商务部经理", "无", "财务部（费用核对）、生产业务部（作业量确认）"),
    ("客服专员", "商务部客服中心", "受理客户咨询与投诉，跟踪处理进度，提升客户满意度。", [
        "通过服务热线、微信公众号受理客户关于提箱、查验、费用的咨询。",
        "登记客户投诉，24小时内给出初步答复，并跟踪至处理完毕。",
        "及时发布船期变更、闸口拥堵、恶劣天气停工等客户通知。",
        "每月对重点客户开展满意度回访，回访不少于50家。",
        "整理常见问题解答库，每季度更新一次。",
    ], [
        "大专及以上学历，专业不限。",
        "1年以上客户服务工作经验，有港航、物流行业经验者优先。",
        "普通话二级甲等及以上，表达清晰。",
        "能适应轮班（含周末及节假日值班）。",
    ], "客服主管", "无", "生产业务部、闸口、财务部"),
    ("船舶计划员", "生产业务部计划室", "编制船舶积载计划和作业顺序，保障船舶装卸安全与效率。", [
        "接收船公司预配船图（BAPLIE报文）及装船清单，编制船舶积载计划。",
        "配载时遵循重箱下置原则，危险品箱按《国际海运危险货物规则》的隔离要求积载。",
        "核算船舶稳性和吃水差，将配载结果提交船方大副确认。",
        "编制桥吊作业顺序表，合理分配各作业路的作业量。",
        "船舶离泊后24小时内向船公司发送离港报文及实际装载图。",
    ], [
        "本科及以上学历，航海技术、交通运输、港口航道与海岸工程等相关专业。",
        "3年以上集装箱码头船舶配载工作经验。",
        "熟悉《国际海运危险货物规则》和集装箱船舶结构。",
        "英语良好，能与外籍船员进行业务沟通。",
    ], "计划室主任", "无", "中控调度员、堆场计划员、船公司及船代"),
    ("堆场计划员", "生产业务部计划室", "统筹堆场箱区使用，保障进出口箱有序堆存和高效收发。", [
        "制定进口箱、出口箱及空箱的堆场区位计划，划分箱区用途。",
        "根据船期和截关时间编制出口箱集港计划并发布。",
        "监控堆场利用率，堆场利用率超过80%时提出疏港建议。",
        "安排翻箱、归垛作业，降低提箱翻箱率。",
        "管理冷藏箱、危险品箱专用箱区，配合危险品箱管理员做好隔离。",
    ], [
        "大专及以上学历，物流管理、交通运输等相关专业。",
        "2年以上码头堆场管理或调度工作经验。",
        "熟练使用TOS系统和Excel数据处理。",
    ], "计划室主任", "无", "中控调度员、船舶计划员、闸口"),
]


def add_heading_numbering(d):
    """Multilevel list (1 / 1.1) attached to Heading 1/2 styles, as Word's 'numbered headings' do."""
    numbering = d.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    ml = OxmlElement("w:multiLevelType")
    ml.set(qn("w:val"), "multilevel")
    absn.append(ml)
    for lvl, fmt, style in ((0, "%1", "Heading1"), (1, "%1.%2", "Heading2")):
        el = OxmlElement("w:lvl")
        el.set(qn("w:ilvl"), str(lvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", style),
                         ("w:lvlText", fmt), ("w:lvlJc", "left")):
            x = OxmlElement(tag)
            x.set(qn("w:val"), val)
            el.append(x)
        absn.append(el)
    numbering.insert(0, absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    for lvl, sname in ((0, "Heading 1"), (1, "Heading 2")):
        ppr = d.styles[sname].element.get_or_add_pPr()
        numpr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(lvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), "90")
        numpr.append(il)
        numpr.append(ni)
        ppr.insert(0, numpr)


def dl02():
    d = docx.Document()
    fix_props(d)
    add_heading_numbering(d)
    p = d.add_paragraph()
    cjk(p.add_run("商务及计划岗位说明书"), 18, True)
    p = d.add_paragraph()
    cjk(p.add_run(f"{CO}  人力资源部  2025年2月修订"), 10)
    for name, dept, purpose, duties, quals, boss, subs, coop in POSTS02:
        h = d.add_heading(level=1)
        cjk(h.add_run(name))
        p = d.add_paragraph()
        cjk(p.add_run(f"所属部门：{dept}"))
        d.add_heading("岗位目的", level=2)
        d.add_paragraph(purpose)
        d.add_heading("岗位职责", level=2)
        for x in duties:
            d.add_paragraph(x)
        d.add_heading("任职资格", level=2)
        for x in quals:
            d.add_paragraph(x)
        d.add_heading("工作关系", level=2)
        d.add_paragraph(f"直接上级：{boss}。直接下级：{subs}。")
        d.add_paragraph(f"内部协作：{coop}。")
    d.save(OUT / "dl02_商务及计划岗位说明书.docx")


# --------------------------------------------------------------------------- dl03
ROWS03 = [
    # 部门, 岗位, 编码(hidden), 岗级, 编制, 在岗, 班制, 上级, 备注(hidden)
    ("装卸操作部", "装卸操作部经理", "ZX-01", "M3", 1, 1, "常白班", "分管副总经理", ""),
    ("装卸操作部", "桥吊队队长", "ZX-02", "M1", 2, 2, "常白班", "装卸操作部经理", ""),
    ("装卸操作部", "桥吊司机", "ZX-03", "T4", 48, 43, "四班三运转", "桥吊队队长", "三期新增2台桥吊，2025年拟社招5人"),
    ("装卸操作部", "龙门吊队队长", "ZX-04", "M1", 2, 2, "常白班", "装卸操作部经理", ""),
    ("装卸操作部", "龙门吊司机", "ZX-05", "T3", 72, 70, "四班三运转", "龙门吊队队长", ""),
    ("装卸操作部", "集卡队队长", "ZX-06", "M1", 1, 1, "常白班", "装卸操作部经理", ""),
    ("装卸操作部", "集卡司机", "ZX-07", "T2", 120, 104, "四班三运转", "集卡队队长", "缺编部分以劳务派遣补充"),
    ("理货部", "理货组长", "LH-01", "T3", 4, 4, "四班三运转", "理货部经理", ""),
    ("理货部", "理货员", "LH-02", "T2", 36, 33, "四班三运转", "理货组长", ""),
    ("生产业务部", "中控值班主任", "SC-01", "M1", 4, 4, "四班三运转", "生产业务部经理", ""),
    ("生产业务部", "中控调度员", "SC-02", "T4", 16, 15, "四班三运转", "中控值班主任", ""),
    ("生产业务部", "计划室主任", "SC-03", "M1", 1, 1, "常白班", "生产业务部经理", ""),
    ("生产业务部", "船舶计划员", "SC-04", "T4", 6, 5, "两班制", "计划室主任", "缺1人，已发布社招"),
    ("生产业务部", "堆场计划员", "SC-05", "T3", 6, 6, "两班制", "计划室主任", ""),
    ("生产业务部", "闸口主管", "SC-06", "M1", 1, 1, "常白班", "生产业务部经理", ""),
    ("生产业务部", "闸口业务员", "SC-07", "T2", 20, 18, "四班三运转", "闸口主管", ""),
    ("生产业务部", "冷藏箱监控员", "SC-08", "T2", 8, 8, "四班三运转", "堆场主管", ""),
    ("生产业务部", "危险品箱管理员", "SC-09", "T3", 4, 3, "两班制", "生产业务部经理", "须持危险货物作业资格"),
    ("生产业务部", "引航协调员", "SC-10", "T3", 2, 0, "常白班", "生产业务部经理", "拟设岗位，职责待定"),
    ("工程技术部", "维修班长", "GC-01", "T4", 6, 6, "两班制", "工程技术部经理", ""),
    ("工程技术部", "设备维修工", "GC-02", "T3", 40, 37, "两班制", "维修班长", ""),
    ("安全环保部", "安全员", "AQ-01", "T3", 8, 7, "常白班", "安全环保部经理", "按危化品作业场所要求配置"),
    ("安全环保部", "码头消防员", "AQ-02", "T2", 12, 12, "四班三运转", "安全环保部经理", "外包至东临消防服务公司"),
    ("商务部", "商务部经理", "SW-01", "M3", 1, 1, "常白班", "分管副总经理", ""),
    ("商务部", "商务专员", "SW-02", "T3", 5, 5, "常白班", "商务部经理", ""),
    ("商务部", "客服主管", "SW-03", "M1", 1, 1, "常白班", "商务部经理", ""),
    ("商务部", "客服专员", "SW-04", "T2", 8, 6, "轮班", "客服主管", ""),
    ("综合管理部", "人力资源主管", "ZH-01", "M1", 1, 1, "常白班", "综合管理部经理", ""),
    ("综合管理部", "人事专员", "ZH-02", "T2", 3, 3, "常白班", "人力资源主管", ""),
    ("财务部", "费收会计", "CW-02", "T3", 3, 3, "常白班", "财务部经理", ""),
    ("信息技术部", "信息系统工程师", "XX-02", "T4", 5, 4, "常白班+值班", "信息技术部经理", ""),
]


def dl03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025定岗定编"
    ws["A1"] = f"{CO}2025年定岗定编表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:K1")
    heads = ["序号", "部门", "岗位名称", "岗位编码", "岗级", "编制（人）", "在岗（人）", "缺编（人）", "班制", "直接上级", "人力资源部备注"]
    for j, h in enumerate(heads, 1):
        c = ws.cell(row=2, column=j, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for i, (dept, post, code, lvl, quota, on, shift, boss, note) in enumerate(ROWS03, 1):
        r = 2 + i
        vals = [i, dept, post, code, lvl, quota, on, f"=F{r}-G{r}", shift, boss, note or None]
        for j, v in enumerate(vals, 1):
            ws.cell(row=r, column=j, value=v)
    last = 2 + len(ROWS03)
    ws.cell(row=last + 1, column=2, value="合计")
    ws.cell(row=last + 1, column=6, value=f"=SUM(F3:F{last})")
    ws.cell(row=last + 1, column=7, value=f"=SUM(G3:G{last})")
    ws.cell(row=last + 3, column=2, value="说明：1. 岗级T为技能/专业序列，M为管理序列；2. 编制经2025年1月总经理办公会审定；3. 劳务派遣人员不占编制。")
    for col, w in zip("ABCDEFGHIJK", (6, 12, 16, 10, 6, 10, 10, 10, 12, 16, 30)):
        ws.column_dimensions[col].width = w
    ws.column_dimensions["D"].hidden = True
    ws.column_dimensions["K"].hidden = True
    ws.freeze_panes = "A3"
    wb.properties.creator = "人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(OUT / "dl03_2025年定岗定编表.xlsx")


# --------------------------------------------------------------------------- dl04
DICT04 = [
    ("OP-01", "桥吊单机作业效率", "单台桥吊在净作业时间内平均每小时完成的装卸自然箱数", "作业自然箱量÷桥吊净作业时间（小时）", "TOS作业统计报表", "月度"),
    ("OP-02", "龙门吊场地作业效率", "单台龙门吊平均每小时完成的收发箱及翻倒箱自然箱数", "场地作业自然箱量÷龙门吊作业时间（小时）", "TOS作业统计报表", "月度"),
    ("OP-03", "箱位差错率", "场地作业中实际放箱位置与系统箱位不一致的比例", "错位箱数÷场地作业总箱量×100%", "堆场盘点记录", "月度"),
    ("OP-04", "燃油单耗", "龙门吊每完成一个自然箱消耗的柴油量", "燃油消耗量（升）÷作业自然箱量", "设备能耗台账", "月度"),
    ("SF-01", "安全责任事故次数", "本人负有责任的生产安全事故及设备损坏事故次数", "按事故台账统计", "安全环保部事故台账", "季度"),
    ("SF-02", "设备点检执行率", "按规定完成班前点检并签字的比例", "实际点检次数÷应点检次数×100%", "设备管理系统点检记录", "月度"),
    ("GT-01", "闸口平均通行时长", "集卡从进入闸口车道到抬杆放行的平均用时", "各车次通行时长之和÷通行车次", "智能闸口系统日志", "月度"),
    ("GT-02", "闸口单证差错件数", "设备交接单、放行信息录入错误导致返工或投诉的件数", "按差错登记表统计", "闸口差错登记表", "月度"),
    ("YD-01", "堆场利用率", "堆场实际堆存箱量占堆场设计堆存能力的比例", "日均堆存箱量÷堆场设计容量×100%", "TOS堆存日报", "月度"),
    ("YD-02", "提箱翻箱率", "提箱作业中产生的翻倒箱量占提箱量的比例", "翻倒箱量÷提箱量×100%", "TOS作业统计报表", "月度"),
    ("YD-03", "集港计划兑现率", "出口箱按集港计划在截关前进场的比例", "按计划进场箱量÷计划集港箱量×100%", "TOS集港统计", "月度"),
    ("CC-01", "集卡平均周转时间", "内集卡完成一个作业循环（桥吊—堆场—桥吊）的平均用时", "集卡作业总时长÷作业循环次数", "TOS作业统计报表", "月度"),
    ("CC-02", "作业指令差错次数", "因调度指令错误导致的错装、错卸、错发次数", "按中控差错登记统计", "中控值班日志", "月度"),
    ("CS-01", "客户有效投诉次数", "经核实属我方责任的客户投诉件数", "按客服中心投诉登记统计", "客服工单系统", "月度"),
]
SHEETS04 = {
    "桥吊司机": [("OP-01", "40%", "≥28自然箱/小时", "每低1箱扣4分，每高1箱加2分，加分不超过10分"),
              ("SF-01", "30%", "0次", "发生1次本项不得分"),
              ("SF-02", "20%", "100%", "每漏检1次扣5分"),
              ("CS-01", "10%", "0次", "每件扣5分")],
    "龙门吊司机": [("OP-02", "35%", "≥18自然箱/小时", "每低1箱扣3分"),
               ("OP-03", "25%", "≤0.05%", "每超0.01个百分点扣5分"),
               ("OP-04", "20%", "≤2.6升/自然箱", "每超0.1升扣4分"),
               ("SF-01", "20%", "0次", "发生1次本项不得分")],
    "中控调度员": [("CC-01", "30%", "≤22分钟", "每超1分钟扣3分"),
               ("OP-01", "25%", "≥30自然箱/小时（码头平均）", "每低1箱扣3分"),
               ("CC-02", "30%", "≤1次", "每多1次扣10分"),
               ("SF-01", "15%", "0次", "发生1次本项不得分")],
    "闸口业务员": [("GT-01", "40%", "≤90秒", "每超10秒扣4分"),
               ("GT-02", "35%", "≤2件", "每多1件扣5分"),
               ("CS-01", "25%", "0次", "每件扣8分")],
    "堆场计划员": [("YD-01", "25%", "65%～80%", "超出区间每1个百分点扣2分"),
               ("YD-02", "35%", "≤15%", "每超1个百分点扣3分"),
               ("YD-03", "25%", "≥95%", "每低1个百分点扣2分"),
               ("OP-03", "15%", "≤0.05%", "每超0.01个百分点扣3分")],
}


def dl04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标字典"
    heads = ["指标编码", "指标名称", "指标定义", "计算公式", "数据来源", "考核周期"]
    ws.append(heads)
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in DICT04:
        ws.append(list(row))
    for col, w in zip("ABCDEF", (10, 20, 44, 36, 20, 10)):
        ws.column_dimensions[col].width = w
    for post, rows in SHEETS04.items():
        s = wb.create_sheet(post)
        s["A1"] = f"{post}岗位月度KPI考核表（2025版）"
        s["A1"].font = Font(bold=True, size=13)
        s.merge_cells("A1:E1")
        s.append(["序号", "指标编码", "权重", "目标值", "评分规则"])
        for c in s[2]:
            c.font = Font(bold=True)
        for i, (code, w, tgt, rule) in enumerate(rows, 1):
            s.append([i, code, w, tgt, rule])
        s.append([])
        s.append(["注：指标名称、定义及计算公式见“指标字典”工作表；满分100分。"])
        for col, w in zip("ABCDE", (6, 10, 8, 26, 40)):
            s.column_dimensions[col].width = w
    wb.properties.creator = "人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(OUT / "dl04_岗位KPI指标库.xlsx")


# --------------------------------------------------------------------------- dl05
POSTS05 = [
    ("集卡司机", [
        "严格遵守码头场内限速规定：主干道限速30公里/小时，箱区内限速15公里/小时。",
        "桥吊或龙门吊对本车装卸时，须留在驾驶室内并拉紧手刹，严禁下车走动。",
        "出场前确认车架四个旋锁已全部锁闭，严禁旋锁未锁行驶。",
        "严禁疲劳驾驶、酒后驾驶及驾驶时使用手机。",
        "发生刮碰、掉箱等事故立即停车，开启双闪并报告中控和安全员。",
    ], "须持有A2或B2机动车驾驶证，经公司场内驾驶培训考核合格。"),
    ("桥吊司机", [
        "上机前检查安全带、对讲机及司机室门锁，确认无人员在大车轨道内方可行走大车。",
        "严禁吊箱从人员及集卡驾驶室上方通过。",
        "风速达到六级及以上时停止作业，八级以上须将桥吊锚定并系好防风拉索。",
        "作业中发现吊具、钢丝绳异常立即停机，不得带病作业。",
        "参加每月一次的安全教育和季度应急演练。",
    ], "须持有起重机司机（Q2）特种设备作业人员证，并每4年复审。"),
    ("龙门吊司机", [
        "大车行走前鸣铃示警，确认大车行走通道内无人员和车辆。",
        "严禁在箱区内超高堆码，重箱堆码不得超过五层。",
        "吊具下严禁站人，严禁用吊具拖拽集装箱。",
        "夜间作业须开启全部照明，视线不良时停止作业。",
        "燃油加注时发动机须熄火，严禁烟火。",
    ], "须持有起重机司机（Q2）特种设备作业人员证。"),
    ("理货员", [
        "进入作业现场须穿戴安全帽、反光背心和劳保鞋。",
        "船边理货时须站在桥吊联系梁以外的安全区域，严禁在吊具下方行走。",
        "上下船舶须走舷梯并抓牢扶手，禁止攀爬集装箱。",
        "夜间作业须携带照明工具，雨雪天注意防滑。",
        "发现危险品箱渗漏立即撤离并报告中控和安全员。",
    ], "须经公司三级安全教育并考核合格。"),
    ("安全员", [
        "每日对码头前沿、堆场、闸口开展安全巡查，填写《安全巡查日志》。",
        "监督作业人员按规定佩戴安全帽、反光背心等劳动防护用品。",
        "检查危险品箱堆存隔离和冷藏箱用电安全。",
        "发现隐患开具《隐患整改通知单》，跟踪整改直至闭环。",
        "参与生产安全事故调查，台风季节督促各部门落实防台措施。",
    ], "须持有安全生产管理人员安全生产知识和管理能力考核合格证，注册安全工程师优先。"),
    ("设备维修工", [
        "维修作业前执行挂牌上锁（LOTO）程序，切断动力源并悬挂警示牌。",
        "高处作业须系挂双钩安全带，2米以上作业必须设专人监护。",
        "动火作业须办理动火作业许可证，现场配备灭火器。",
        "检修结束后清点工具，确认设备上无遗留物方可试车。",
        "严禁在设备运行中进行检修和加油。",
    ], "电工、焊工须持有相应特种作业操作证。"),
]


def dl05():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = OUT / "dl05_操作岗位安全生产职责.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setTitle("操作岗位安全生产职责")
    c.setAuthor("安全环保部")
    W, H = A4
    margin = 50
    maxw = W - 2 * margin - 20

    def wrap(text, size):
        out, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "STSong-Light", size) > maxw:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    num = "一二三四五六"
    for pg in range(3):
        c.setFont("STSong-Light", 9)
        c.drawString(margin, H - 30, f"{CO}  安全生产责任制（节选）")
        c.drawRightString(W - margin, H - 30, "DLCT-AQ-002-2025")
        for half in range(2):
            k = pg * 2 + half
            name, items, cond = POSTS05[k]
            top = H - 50 - half * (H - 100) / 2
            bottom = top - (H - 100) / 2 + 10
            c.rect(margin, bottom, W - 2 * margin, top - bottom)
            y = top - 24
            c.setFont("STSong-Light", 13)
            c.drawString(margin + 10, y, f"{num[k]}、{name}安全职责")
            y -= 22
            c.setFont("STSong-Light", 10.5)
            for i, it in enumerate(items, 1):
                for j, ln in enumerate(wrap(f"（{i}）{it}", 10.5)):
                    c.drawString(margin + 10, y, ln)
                    y -= 16
            y -= 6
            c.setFont("STSong-Light", 10.5)
            for ln in wrap(f"上岗条件：{cond}", 10.5):
                c.drawString(margin + 10, y, ln)
                y -= 16
        c.setFont("STSong-Light", 9)
        c.drawCentredString(W / 2, 25, f"第 {pg + 1} 页  共 3 页")
        c.showPage()
    c.save()


# --------------------------------------------------------------------------- dl06
JOBS06 = [
    ("桥吊司机", "装卸操作部", "5人", "社会招聘", "东临市港城区临港大道88号（东临港三期码头）",
     "9000～13000元/月（含倒班津贴、作业量绩效）",
     ["按中控指令完成集装箱船舶装卸作业；", "做好班前设备点检和交接班记录；", "遵守安全操作规程，服从信号指挥。"],
     ["高中或中专及以上学历；", "持有效起重机司机（Q2）作业证；", "2年以上桥吊或门机操作经验，有集装箱码头经验优先；",
      "矫正视力5.0以上，无色盲、恐高症；", "年龄45周岁以下。"]),
    ("船舶计划员", "生产业务部", "1人", "社会招聘", "东临市港城区临港大道88号（东临港三期码头）",
     "8000～12000元/月，年底另有绩效奖金",
     ["编制集装箱船舶积载计划和桥吊作业顺序；", "核算船舶稳性，与船方大副确认配载；", "发送离港报文。"],
     ["本科及以上学历，航海技术、交通运输等专业；", "3年以上集装箱码头配载经验；", "能熟练使用配载系统，英语良好。"]),
    ("客服专员", "商务部", "2人", "社会招聘", "东临市港城区临港大道88号（码头综合楼2楼客服中心）",
     "5500～7000元/月",
     ["接听服务热线，解答提箱、查验、费用咨询；", "登记并跟踪客户投诉；", "发布船期、闸口等客户通知。"],
     ["大专及以上学历；", "1年以上客服经验；", "普通话标准，能适应轮班。"]),
]


def dl06():
    h = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>加入我们 - {CO}</title>",
         "<style>table.job{border-collapse:collapse;margin:16px 0;width:760px}"
         "table.job th,table.job td{border:1px solid #ccc;padding:6px 10px;text-align:left;vertical-align:top}"
         "table.job th{background:#f2f6fa;width:110px}</style>", "</head>", "<body>",
         '<div class="top"><a href="/">首页</a> | <a href="/about">关于我们</a> | <a href="/news">新闻中心</a> | <b>人才招聘</b></div>',
         "<h1>人才招聘</h1>",
         f"<p>{CO}是东临港集团控股的专业化集装箱码头运营企业，拥有5个集装箱泊位，年吞吐能力300万标准箱。现面向社会公开招聘以下岗位：</p>"]
    for i, (title, dept, n, kind, loc, pay, duties, reqs) in enumerate(JOBS06, 1):
        h.append(f'<table class="job" id="job{i}">')
        h.append(f'  <caption>招聘岗位{i}</caption>')
        h.append(f'  <tr><th scope="row">岗位名称</th><td>{title}</td></tr>')
        h.append(f'  <tr><th scope="row">用人部门</th><td>{dept}</td></tr>')
        h.append(f'  <tr><th scope="row">招聘人数</th><td>{n}（{kind}）</td></tr>')
        h.append(f'  <tr><th scope="row">工作地点</th><td>{loc}</td></tr>')
        h.append(f'  <tr><th scope="row">薪酬待遇</th><td>{pay}</td></tr>')
        h.append('  <tr><th scope="row">岗位职责</th><td>')
        for x in duties:
            h.append(f"    {x}<br>")
        h.append("  </td></tr>")
        h.append('  <tr><th scope="row">任职要求</th><td>')
        for x in reqs:
            h.append(f"    {x}<br>")
        h.append("  </td></tr>")
        h.append("</table>")
    h += ["<h2>福利待遇</h2>",
          "<p>五险二金（企业年金、住房公积金）；倒班岗位提供班中餐和倒班宿舍；每年一次健康体检；带薪年休假。</p>",
          "<h2>应聘方式</h2>",
          "<p>请将简历发送至 hr@dlct-port.example.cn，邮件标题注明“应聘岗位+姓名”。报名截止日期：2025年4月30日。</p>",
          '<div class="foot">Copyright © 2025 东临港集装箱码头有限公司</div>', "</body>", "</html>"]
    (OUT / "dl06_人才招聘.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- dl07
MD07 = """# 综合职能岗位职责

> 适用范围：综合管理部、财务部、信息技术部。本文件由人力资源部维护，2025年3月更新。

## 人事专员（薪酬绩效）

**所属部门**：综合管理部

**直接上级**：人力资源主管

**岗位目的**：负责公司薪酬核算与绩效考核的日常组织，保障员工工资准确、按时发放。

**职责**：①每月根据考勤、倒班记录和绩效结果核算全员工资，次月10日前提交财务发放；②核算倒班津贴、夜班津贴、高温津贴等各类津贴；③组织各部门月度KPI考核数据收集，汇总考核得分；④办理员工社会保险和住房公积金的增减员；⑤维护人事信息系统中的员工档案。

**任职资格**：大专及以上学历，人力资源管理、财务会计相关专业；2年以上薪酬或绩效工作经验；熟练使用Excel函数和人事系统；具备人力资源管理师（三级）证书者优先。

**工作地点**：码头综合楼4楼

## 费收会计

**所属部门**：财务部

**直接上级**：财务部经理

**岗位目的**：负责港口作业费用的开票、收款与核销，保证费收资金及时回笼。

**职责**：①根据商务部确认的对账单开具增值税发票；②每日核对银行到账并进行应收账款核销；③月末编制应收账款账龄分析表，报财务部经理；④配合商务专员开展欠费催收；⑤保管费收相关票据和凭证。

**任职资格**：本科及以上学历，会计、财务管理专业；持有初级会计专业技术资格证书；3年以上企业会计工作经验，有港口或物流企业经验优先。

**工作地点**：码头综合楼3楼

## 信息系统工程师

**所属部门**：信息技术部

**直接上级**：信息技术部经理

**岗位目的**：保障码头操作系统（TOS）、智能闸口及网络设备稳定运行。

**职责**：①负责TOS系统及智能闸口系统的日常运行维护和故障处理；②实行7×24小时值班响应，系统故障15分钟内到达现场；③每周检查数据库备份，每季度组织一次灾备切换演练；④管理桥吊、龙门吊车载终端及无线网络；⑤按网络安全等级保护要求做好系统安全加固。

**任职资格**：本科及以上学历，计算机、软件工程相关专业；3年以上企业信息系统运维经验；熟悉Linux和Oracle数据库；有码头TOS系统运维经验者优先。

**工作地点**：码头综合楼5楼机房
"""


# --------------------------------------------------------------------------- dl08
TXT08 = [
    ("冷藏箱监控员", "DL-SC-031", "生产业务部", "堆场主管", [
        "按时巡检冷藏箱区，每4小时记录一次冷藏箱设定温度、实际温度及运行状态；",
        "负责冷藏箱的插电、拔电操作，并在系统中登记插拔电时间；",
        "发现温度异常或制冷机组报警，30分钟内通知船公司或货主代理并跟进处理；",
        "配合维修单位对冷藏箱机组进行检修；",
        "每班交接时核对在场冷藏箱数量及插电状态。",
    ], [
        "中专及以上学历；",
        "持有低压电工作业证；",
        "1年以上冷藏箱或制冷设备相关工作经验者优先；",
        "能适应四班三运转。",
    ]),
    ("危险品箱管理员", "DL-SC-032", "生产业务部", "生产业务部经理", [
        "审核危险品箱进港申报资料，核对危险货物类别、联合国编号及包装等级；",
        "按《危险货物集装箱港口作业安全规程》安排危险品箱专区堆存及隔离；",
        "每日两次巡查危险品箱区，检查箱体标志、渗漏情况，并做好记录；",
        "危险品箱在港堆存超过规定期限时，通知货主限期提离；",
        "参与危险品泄漏应急演练，管理应急物资。",
    ], [
        "大专及以上学历，化工、安全工程或物流相关专业；",
        "持有港口危险货物作业人员资格证（装卸管理人员）；",
        "2年以上港口危险货物管理经验；",
        "责任心强，熟悉《国际海运危险货物规则》。",
    ]),
    ("理货组长", "DL-LH-011", "理货部", "理货部经理", [
        "根据船舶作业计划安排当班理货员分工及作业路；",
        "检查理货数据录入质量，对差错进行复核纠正；",
        "处理船边残损、溢短卸等理货异常，与船方沟通确认；",
        "审核当班理货单证并签字；",
        "负责理货员的现场培训和月度考核评分。",
    ], [
        "大专及以上学历；",
        "3年以上集装箱理货工作经验，其中1年以上带班经历；",
        "熟悉理货业务流程及单证；",
        "能阅读英文单证。",
    ]),
]


def dl08():
    out = ["东临港OA办公系统  岗位信息查询结果", "导出时间：2025-03-18 09:41:27    导出人：hr_zhangl    共3条记录", ""]
    for name, code, dept, boss, duties, reqs in TXT08:
        out.append("-" * 60)
        out.append(f"【岗位名称】{name}")
        out.append(f"【岗位编码】{code}")
        out.append(f"【所属部门】{dept}")
        out.append(f"【直接上级】{boss}")
        out.append("【岗位职责】")
        out += [f"{i}、{x}" for i, x in enumerate(duties, 1)]
        out.append("【任职要求】")
        out += [f"{i}、{x}" for i, x in enumerate(reqs, 1)]
        out.append("【备注】")
        out.append("")
    out.append("-" * 60)
    out.append("（本页由系统自动生成，如有疑问请联系人力资源部）")
    (OUT / "dl08_OA岗位信息导出.txt").write_text("\r\n".join(out) + "\r\n", encoding="utf-8")


# --------------------------------------------------------------------------- dl09
ROWS09 = [
    ("XQ-2025-007", "集卡司机", "装卸操作部集卡队", "15", "劳务派遣", "初中及以上", "2年以上大型货车驾驶经验",
     "A2或B2驾驶证",
     "1. 驾驶内集卡在码头前沿与堆场之间水平运输集装箱；\n2. 按中控指令到指定桥吊、箱区作业；\n3. 做好车辆日常检查和保养；\n4. 遵守场内限速和安全规定。",
     "7000-9500元/月", "东临港三期码头", "招聘中"),
    ("XQ-2025-011", "司磅员", "生产业务部闸口", "2", "劳务派遣", "高中及以上", "不限",
     "无",
     "1. 操作闸口地磅对进港重箱进行称重；\n2. 核对VGM（核实总重）申报数据，超差时通知货代；\n3. 打印并保存过磅单据；\n4. 定期配合计量部门对地磅进行检定。",
     "5000-6000元/月", "东临港三期码头北闸口", "招聘中"),
    ("XQ-2025-014", "箱管员", "商务部", "1", "合同制", "大专及以上", "1年以上集装箱箱管或货代工作经验",
     "无",
     "1. 管理船公司在场空箱的进出场和库存台账；\n2. 按船公司指令办理空箱放箱、调运；\n3. 每周向船公司报送空箱库存报表；\n4. 对残损空箱安排验箱和修箱。",
     "5500-7500元/月", "东临港三期码头", "已暂停"),
]


def dl09():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    w.writerow(["需求编号", "岗位名称", "用人部门", "需求人数", "用工形式", "学历要求", "工作经验", "证书要求",
                "岗位职责", "薪资范围", "工作地点", "需求状态"])
    for r in ROWS09:
        w.writerow(r)
    (OUT / "dl09_2025年用工需求登记.csv").write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


# --------------------------------------------------------------------------- dl10
HB10 = [
    ("h", "第一章  总则"),
    ("p", "第一条  为规范员工管理，保障员工合法权益，根据国家有关法律法规，结合公司实际，制定本手册。"),
    ("p", "第二条  本手册适用于与公司签订劳动合同的全体员工。劳务派遣人员参照执行，另有约定的从其约定。"),
    ("h", "第二章  工作时间"),
    ("p", "第三条  公司职能部门实行标准工时制，每日工作8小时，工作时间为8:30至17:30，中午休息1小时。"),
    ("p", "第四条  装卸操作、理货、中控、闸口等一线生产岗位实行经批准的综合计算工时工作制，按四班三运转排班，每班8小时（白班8:00—16:00，中班16:00—24:00，夜班0:00—8:00）。"),
    ("p", "第五条  交接班须提前15分钟到岗，当面交接设备状况和未完成作业，交接双方在交接班记录上签字。"),
    ("h", "第三章  休假"),
    ("p", "第六条  员工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。年休假原则上在当年度内安排，倒班员工的年休假由部门在排班时统筹安排。"),
    ("p", "第七条  员工本人结婚的，享受婚假3天；依照本省规定另增加婚假10天。"),
    ("p", "第八条  员工的直系亲属（父母、配偶、子女）死亡的，给予丧假3天。"),
    ("p", "第九条  员工因病请假须提供二级及以上医院出具的病假证明，病假期间工资按公司《薪酬管理办法》执行。"),
    ("p", "第十条  请假须通过OA系统提前申请，3天以内由部门经理审批，3天以上由分管副总经理审批。一线倒班员工请假须至少提前一个班次申请，以便调班。"),
    ("h", "第四章  津贴与劳动保护"),
    ("p", "第十一条  实行倒班的员工，每上一个夜班发放夜班津贴80元，每上一个中班发放中班津贴40元。"),
    ("p", "第十二条  每年6月至9月，露天作业岗位员工发放高温津贴每月300元，其他岗位每月200元。"),
    ("p", "第十三条  公司每年为一线员工发放安全帽、反光背心、劳保鞋、雨衣等劳动防护用品，员工须按规定穿戴。"),
    ("h", "第五章  附则"),
    ("p", "第十四条  员工的工资构成、加班工资计算及社会保险缴费基数等事项，按公司《薪酬管理办法》执行，本手册不作具体规定。"),
    ("p", "第十五条  本手册由人力资源部负责解释，自2025年3月1日起施行。"),
]


def dl10():
    d = docx.Document()
    fix_props(d)
    p = d.add_paragraph()
    cjk(p.add_run(f"{CO}员工手册（2025版）"), 18, True)
    for kind, text in HB10:
        p = d.add_paragraph()
        cjk(p.add_run(text), 14 if kind == "h" else 11, kind == "h")
    d.save(OUT / "dl10_员工手册.docx")


def normalize_zip(path):
    """Rewrite an OOXML package with fixed entry times and a fixed dcterms:modified, so output is byte-stable."""
    import re
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-03-01T09:00:00Z", data)
            z.writestr(zipfile.ZipInfo(name, (2025, 3, 1, 9, 0, 0)), data, zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    for f in (dl01, dl02, dl03, dl04, dl05, dl06, dl08, dl09, dl10):
        f()
    (OUT / "dl07_综合职能岗位职责.md").write_text(MD07, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        if p.suffix in (".docx", ".xlsx"):
            normalize_zip(p)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
