# -*- coding: utf-8 -*-
"""Round 71 / bus: 江州市公交集团 HR documents (10 files). Output dir: $T71_OUT (default /tmp/t71bus/corpus)."""
import copy
import csv
import os
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = Path(os.environ.get("T71_OUT", "/tmp/t71bus/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "江州市公交集团有限公司"


# ---------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    return p


def tracked_para(cell, before, deleted, inserted, after):
    """A paragraph whose middle is a tracked change: <w:del>deleted</w:del><w:ins>inserted</w:ins>."""
    cell.text = ""
    p = cell.paragraphs[0]
    p.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901"); d.set(qn("w:author"), "人力资源部 李敏"); d.set(qn("w:date"), "2025-05-12T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted
    t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "902"); i.set(qn("w:author"), "人力资源部 李敏"); i.set(qn("w:date"), "2025-05-12T10:00:00Z")
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.text = inserted
    t2.set(qn("xml:space"), "preserve"); r2.append(t2); i.append(r2)
    p._p.append(d); p._p.append(i)
    p.add_run(after)
    return p


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- 1. docx post book, sign-off draft
def f1():
    doc = Document()
    header_footer(doc, f"{CO}　岗位说明书汇编（会签稿）　文件编号：JZGJ-HR-2025-07",
                  "人力资源部编制　　会签稿，仅供各单位会签使用")
    doc.add_heading("岗位说明书汇编（营运与安全序列）", level=0)
    doc.add_paragraph("说明：本汇编为会签稿，各单位意见以批注形式标注；修订内容以修订痕迹显示，会签通过后即生效。")
    posts = [
        dict(name="公交驾驶员", code="YY-01", dept="各车场营运车队", boss="所在车队车队长", sub="无",
             loc="所属车场及营运线路", shift="早班/晚班轮换（详见《驾驶员班次与津贴管理办法》）",
             purpose="按照线路行车计划安全、准点、文明地完成营运任务。",
             duties=[
                 "出车前按“一看二查三试”要求检查车辆灯光、制动、轮胎、车门及消防器材，发现异常及时报修，不带病出车。",
                 "严格执行线路调度员下达的行车计划和发车时刻，按站停靠，不越站、不甩站、不拒载。",
                 "行车中遵守道路交通安全法规，进出站减速，平稳起步与停车，防止乘客摔伤。",
                 "做好车内服务：报站、提醒乘客扶稳坐好，照顾老弱病残孕乘客，维护车厢秩序。",
                 "发生交通事故或车辆故障时，立即停车、开启危险报警闪光灯、疏散乘客并报告调度和车队长。",
                 "收车后清洁车厢，填写《行车日志》，交回路单。"],
             req=[("学历", "初中及以上", "高中或中专"),
                  ("证书", "A3及以上准驾车型驾驶证；道路旅客运输从业资格证", "持A1驾驶证"),
                  ("经验", None, "有城市公交驾驶经验"),
                  ("年龄/身体", "25至50周岁，身体健康，无色盲色弱", "")],
             pay="按集团驾驶员薪酬标准执行（基本工资＋趟次工资＋安全奖）"),
        dict(name="车队长", code="YY-03", dept="各车场", boss="车场主任", sub="本车队公交驾驶员",
             loc="所属车场", shift="常白班，早晚高峰须到岗",
             purpose="带领车队安全、高效完成营运任务，管理车队驾驶员。",
             duties=[
                 "负责本车队30至40台车辆、60至80名驾驶员的日常营运管理，落实行车计划。",
                 "每日开展班前安全教育，检查驾驶员酒精测试和出车前车辆检查情况。",
                 "每周组织车队安全例会，分析本车队事故、违章和乘客投诉，制定整改措施。",
                 "配合线路调度员处理突发大客流和车辆故障，必要时调配备车。",
                 "负责驾驶员考勤、排班审核和月度绩效考核打分。",
                 "处理乘客投诉并组织回访，每月上报车队营运报表。"],
             req=[("学历", "高中及以上", "大专及以上"),
                  ("经验", "5年以上公交驾驶经验，其中1年以上班组管理经验", ""),
                  ("证书", "A3驾驶证", "安全生产管理人员证书"),
                  ("其他", "熟悉车队营运与安全管理制度，具备较强的沟通协调能力", "")],
             pay=""),
        dict(name="安全稽查员", code="AQ-02", dept="安全保卫部（安全稽查科）", boss="安全保卫部部长", sub="无",
             loc="全市营运线路及各车场（流动）", shift="弹性工作制，含夜间及节假日稽查",
             purpose="监督全集团安全行车与规范服务，及时发现并消除安全隐患。",
             duties=[
                 "按月度稽查计划上车或路面跟车，检查驾驶员安全行车和规范服务情况。",
                 "通过车载视频抽查超速、开车接打手机、未停稳开门等违规行为，每日抽查不少于20车次。",
                 "对场站消防、充电区、油库等重点部位开展安全检查，建立隐患台账并跟踪整改闭环。",
                 "参与交通事故现场勘查与责任分析，出具稽查报告。",
                 "每月汇总稽查数据，编写《安全稽查通报》。"],
             req=[("学历", "大专及以上学历", "交通运输、安全工程类专业"),
                  ("经验", "3年以上公交安全管理或驾驶工作经验", ""),
                  ("证书", "C1及以上驾驶证", "注册安全工程师"),
                  ("其他", "坚持原则，能适应夜间和节假日工作", "")],
             pay="按集团职能岗位薪酬标准执行"),
    ]
    for k, p in enumerate(posts, 1):
        doc.add_heading(f"{k}．{p['name']}岗位说明书", level=1)
        t = doc.add_table(rows=9, cols=4)
        t.style = "Table Grid"
        rows = [("岗位名称", p["name"], "岗位编号", p["code"]),
                ("所属部门", p["dept"], "直接上级", p["boss"]),
                ("直接下级", p["sub"], "工作地点", p["loc"])]
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                set_cell(t.cell(i, j), v, bold=(j % 2 == 0))
        # merged rows: label | value spanning 3 columns
        for i, lab in [(3, "班次"), (4, "岗位目的"), (5, "岗位职责"), (6, "任职资格"), (7, "薪资待遇"), (8, "会签意见")]:
            set_cell(t.cell(i, 0), lab, bold=True)
            t.cell(i, 1).merge(t.cell(i, 3))
        set_cell(t.cell(3, 1), p["shift"])
        set_cell(t.cell(4, 1), p["purpose"])
        c = t.cell(5, 1)
        set_cell(c, f"1．{p['duties'][0]}")
        for n, d in enumerate(p["duties"][1:], 2):
            c.add_paragraph(f"{n}．{d}")
        # nested requirements table: 项目 | 必备条件 | 优先条件
        c = t.cell(6, 1)
        c.text = ""
        nt = c.add_table(rows=1 + len(p["req"]), cols=3)
        nt.style = "Table Grid"
        for j, h in enumerate(["项目", "必备条件", "优先条件"]):
            set_cell(nt.cell(0, j), h, bold=True)
        for i, (a, b, pr) in enumerate(p["req"], 1):
            set_cell(nt.cell(i, 0), a)
            if b is None:   # tracked change on the driver's driving years
                tracked_para(nt.cell(i, 1), "驾龄", "2年", "3年", "以上，近3个记分周期内无满分记录")
            else:
                set_cell(nt.cell(i, 1), b)
            set_cell(nt.cell(i, 2), pr)
            if p["name"] == "安全稽查员" and a == "证书":
                par = nt.cell(i, 2).paragraphs[0]
                doc.add_comment(par.runs, text="审核意见：注册安全工程师仅作优先条件，不作为硬性要求。", author="人力资源部 王芳", initials="WF")
        set_cell(t.cell(7, 1), p["pay"])
        set_cell(t.cell(8, 1), "")
        doc.add_paragraph("")
    doc.add_paragraph("附：加油员、洗车工岗位由外包单位派驻，不编制岗位说明书。")
    doc.save(OUT / "bus01_营运安全岗位说明书汇编（会签稿）.docx")


# ---------------------------------------------------------------- 2. docx responsibility agreements (甲方/乙方)
def f2():
    doc = Document()
    header_footer(doc, "江州公交集团第二车场（西站）　2025年度安全生产目标责任书", "一式两份，甲乙双方各执一份")
    doc.add_heading("2025年度安全生产目标责任书（场站岗位）", level=0)
    doc.add_paragraph("为落实安全生产责任制，第二车场（以下简称甲方）与下列岗位人员（以下简称乙方）签订本责任书。")
    doc.add_heading("责任书一", level=1)
    doc.add_paragraph("甲方：江州市公交集团有限公司第二车场（西站）")
    doc.add_paragraph("第一条　乙方岗位：场站管理员。乙方隶属第二车场综合办公室，直接向车场主任负责，"
                      "管理本场站务员，并监督保洁、保安外包人员。工作地点为西站停车场及所辖首末站，实行常白班。")
    doc.add_paragraph("第二条　乙方安全生产职责：")
    for s in ["（一）负责场站日常管理，维护进出场车辆秩序，落实车辆进场限速5公里/小时的规定；",
              "（二）管理场站充电桩、洗车台、门卫等设施设备，每日巡查并登记《场站设施巡检表》；",
              "（三）组织站务员做好候车区和首末站的客流疏导与卫生保洁；",
              "（四）负责场站消防器材配置与点检，每季度组织一次消防演练；",
              "（五）对外包保安、保洁单位进行监督和月度考核；",
              "（六）发生场站火情、车辆刮碰等情况时，第一时间启动应急预案并向车场主任报告。"]:
        doc.add_paragraph(s)
    doc.add_paragraph("第三条　乙方任职条件：大专及以上学历，物业管理、交通运输或相关专业；3年以上场站或物业管理经验；"
                      "持有消防设施操作员证书者优先。")
    doc.add_paragraph("第四条　考核与奖惩：全年场站无责任火灾、无重大设施事故的，按集团规定给予安全奖励；"
                      "发生责任事故的，按《安全生产奖惩办法》处理。")
    sig = doc.add_table(rows=2, cols=3); sig.style = "Table Grid"
    for j, h in enumerate(["甲方（盖章）", "乙方（签字）", "签订日期"]):
        set_cell(sig.cell(0, j), h, bold=True)
    set_cell(sig.cell(1, 2), "2025年1月6日")
    doc.add_page_break()
    doc.add_heading("责任书二", level=1)
    doc.add_paragraph("甲方：江州市公交集团有限公司第二车场（西站）")
    doc.add_paragraph("第一条　乙方岗位：站务员。乙方隶属第二车场，直接上级为场站管理员；工作地点为西站公交枢纽及所辖首末站；"
                      "实行两班倒（早班6:00—14:00，晚班14:00—22:00）。")
    doc.add_paragraph("第二条　乙方安全生产职责：")
    for s in ["（一）在首末站组织乘客有序排队上车，高峰时段协助调度员疏导客流；",
              "（二）维护站台及候车亭设施，发现站牌、电子站牌损坏及时报修；",
              "（三）解答乘客问询，张贴线路调整告示，对乘客遗失物品进行登记和移交；",
              "（四）记录首末站车辆实际到发时间，报线路调度员；",
              "（五）做好站区保洁和安全巡查，劝阻站内吸烟、占道摆卖等行为。"]:
        doc.add_paragraph(s)
    doc.add_paragraph("第三条　乙方任职条件：高中及以上学历；身体健康，能适应倒班；普通话标准，有服务行业工作经验者优先。")
    doc.add_paragraph("第四条　考核与奖惩：同责任书一第四条。")
    sig = doc.add_table(rows=2, cols=3); sig.style = "Table Grid"
    for j, h in enumerate(["甲方（盖章）", "乙方（签字）", "签订日期"]):
        set_cell(sig.cell(0, j), h, bold=True)
    set_cell(sig.cell(1, 2), "2025年1月6日")
    doc.add_heading("责任书三", level=1)
    doc.add_paragraph("乙方岗位：驾驶员培训教练。安全生产职责：略（由安全培训中心另行签订）。")
    doc.save(OUT / "bus02_车场安全生产目标责任书（2025年度）.docx")


# ---------------------------------------------------------------- 3. xlsx KPI library, depot targets under a merged header
def f3():
    wb = Workbook()
    ws = wb.active; ws.title = "说明"
    for r in ["江州公交集团岗位KPI指标库（2025版）",
              "1. 各岗位KPI按月考核，权重合计100%。",
              "2. 营运类指标目标值按车场分别下达（一车场东湖、二车场西站、三车场南湖、四车场北郊）。",
              "3. 驾驶员培训教练的考核指标：略（待安全培训中心报送后补充）。",
              "4. 数据来源以智能调度系统、客服热线系统和安全稽查台账为准。"]:
        ws.append([r])
    ws.column_dimensions["A"].width = 80

    hdr_fill = PatternFill("solid", fgColor="DDEBF7")

    def sheet(title, heading, rows, depot=True, weight_text=False):
        s = wb.create_sheet(title)
        s.append([heading]); s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
        s["A1"].font = Font(bold=True, size=14)
        s.append(["序号", "指标名称", "指标定义/计算公式", "权重", "目标值", None, None, None, "数据来源"])
        s.append([None, None, None, None, "一车场", "二车场", "三车场", "四车场", None])
        s.merge_cells("E2:H2")
        for col in "ABCDI":
            s.merge_cells(f"{col}2:{col}3")
        for row in s.iter_rows(min_row=2, max_row=3):
            for c in row:
                c.font = Font(bold=True); c.fill = hdr_fill; c.alignment = Alignment(horizontal="center", vertical="center")
        r0 = 4
        for i, (name, dfn, w, targets, src) in enumerate(rows, 1):
            if not depot:
                targets = [targets, None, None, None]
            s.append([i, name, dfn, (f"{int(w*100)}％" if weight_text else w)] + list(targets) + [src])
            if not depot:
                s.merge_cells(start_row=s.max_row, start_column=5, end_row=s.max_row, end_column=8)
            if not weight_text:
                s.cell(s.max_row, 4).number_format = "0%"
        last = s.max_row
        s.append([None, "合计", None, ("100％" if weight_text else f"=SUM(D{r0}:D{last})")])
        if not weight_text:
            s.cell(s.max_row, 4).number_format = "0%"
        for col, wdt in zip("ABCDEFGHI", [6, 22, 44, 8, 12, 12, 12, 12, 16]):
            s.column_dimensions[col].width = wdt
        return s

    sheet("公交驾驶员", "公交驾驶员月度KPI", [
        ("安全行车里程", "当月无责任事故安全行驶公里数", 0.25, ["≥4500公里", "≥4200公里", "≥4000公里", "≥3800公里"], "智能调度系统"),
        ("准点发车率", "准点发车班次÷计划发车班次×100%", 0.20, ["≥98%", "≥97%", "≥97%", "≥95%"], "智能调度系统"),
        ("有责投诉次数", "经核实的驾驶员有责乘客投诉次数", 0.20, ["0次", "0次", "≤1次", "≤1次"], "客服热线系统"),
        ("百公里电耗", "当月耗电量÷行驶里程×100", 0.15, ["≤75千瓦时", "≤78千瓦时", "≤80千瓦时", "≤82千瓦时"], "车辆能耗平台"),
        ("交通违章次数", "交通违法及车载视频抽查违规次数", 0.20, ["0次", "0次", "0次", "0次"], "安全稽查台账"),
    ])
    sheet("车队长", "车队长月度KPI", [
        ("车队责任事故次数", "本车队当月发生的同等及以上责任交通事故次数", 0.30, ["0次", "0次", "0次", "≤1次"], "安全稽查台账"),
        ("车队发车正点率", "车队正点发车班次÷计划班次×100%", 0.20, ["≥97%", "≥96%", "≥96%", "≥94%"], "智能调度系统"),
        ("车队有责投诉率", "有责投诉件数÷万人次客运量", 0.20, ["≤0.5", "≤0.5", "≤0.8", "≤0.8"], "客服热线系统"),
        ("驾驶员流失率", "当月离职驾驶员人数÷月初在册驾驶员人数×100%", 0.15, ["≤1%", "≤1%", "≤1.5%", "≤1.5%"], "人力资源系统"),
        ("班前教育覆盖率", "参加班前安全教育人次÷应出勤人次×100%", 0.15, ["100%", "100%", "100%", "100%"], "车队台账"),
    ])
    sheet("调度与监控", "线路调度员、营运监控员月度KPI（全集团统一目标）", [
        ("计划兑现率", "【线路调度员】实际完成班次÷计划班次×100%", 0.35, "≥99%", "智能调度系统"),
        ("发车间隔合格率", "【线路调度员】间隔偏差不超过2分钟的班次÷总班次", 0.25, "≥95%", "智能调度系统"),
        ("调度指令差错次数", "【线路调度员】错发、漏发调度指令次数", 0.15, "0次", "调度日志"),
        ("突发事件处置及时率", "【线路调度员】规定时限内处置的突发事件÷突发事件总数", 0.15, "100%", "调度日志"),
        ("营运日报提交及时率", "【线路调度员】按时提交营运日报天数÷当月天数", 0.10, "100%", "调度日志"),
    ], depot=False)
    s = wb["调度与监控"]
    s.append([])
    s.append([None, "营运监控员"])
    s.cell(s.max_row, 2).font = Font(bold=True)
    for i, (n, d, w, t, src) in enumerate([
            ("视频巡检覆盖率", "已巡检车辆及场站视频路数÷应巡检路数×100%", "30％", "≥98%", "监控平台"),
            ("异常报警响应时长", "报警产生至核实并通知处置的平均时长", "30％", "≤3分钟", "监控平台"),
            ("监控日志完整率", "要素完整的监控日志份数÷应填写份数", "20％", "100%", "监控日志"),
            ("信息报送差错次数", "突发事件信息漏报、错报、迟报次数", "20％", "0次", "信息报送台账")], 1):
        s.append([i, n, d, w, t, None, None, None, src])
        s.merge_cells(start_row=s.max_row, start_column=5, end_row=s.max_row, end_column=8)
    sheet("安全稽查员", "安全稽查员月度KPI（扣分制：未达目标按权重分值扣减）", [
        ("稽查计划完成率", "实际完成稽查项目÷月度稽查计划项目×100%", 0.30, "100%", "稽查计划台账"),
        ("隐患整改闭环率", "已整改验收隐患数÷发现隐患总数×100%", 0.30, "≥95%", "隐患台账"),
        ("视频抽查车次", "日均抽查车载视频的车次数", 0.20, "≥20车次/日", "监控平台"),
        ("稽查报告及时率", "事故后48小时内提交稽查报告的比例", 0.20, "100%", "稽查报告"),
    ], depot=False, weight_text=True)
    sheet("票务结算", "票务结算员月度KPI", [
        ("票款结算差错率", "结算差错金额÷结算总金额", 0.40, "≤0.01%", "票务结算系统"),
        ("日结报表及时率", "次日10:00前提交日结报表的天数÷当月天数", 0.30, "100%", "票务结算系统"),
        ("清分对账差异处理时限", "一卡通及移动支付清分差异自发现至处理完毕的天数", 0.30, "≤3个工作日", "清分对账记录"),
    ], depot=False)
    wb.save(OUT / "bus03_岗位KPI指标库（2025版）.xlsx")


# ---------------------------------------------------------------- 4. xlsx staffing and pay, grouped header, superseded sheet
def f4():
    wb = Workbook()
    ws = wb.active; ws.title = "岗位信息"
    ws.append(["2025年定岗定编及月薪标准（调度监控中心、机务维修车间、财务部、一卡通服务中心）"])
    ws.merge_cells("A1:M1"); ws["A1"].font = Font(bold=True, size=14)
    ws.append(["基本信息", None, None, None, "任职资格", None, None, None, "月薪标准（元）", None, None, "编制（人）", "备注"])
    ws.append(["岗位", "部门", "直接上级", "班次", "学历", "专业", "经验", "证书", "基本工资", "岗位津贴", "合计", None, None])
    ws.merge_cells("A2:D2"); ws.merge_cells("E2:H2"); ws.merge_cells("I2:K2"); ws.merge_cells("L2:L3"); ws.merge_cells("M2:M3")
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    rows = [
        ("线路调度员", "调度监控中心", "调度主管", "三班两运转", "大专及以上", "交通运输类", "2年以上公交营运或调度工作经验", "无", 4200, 1300, 24, ""),
        ("营运监控员", "调度监控中心", "监控主管", "四班三运转", "大专及以上", "计算机、通信或交通类", "1年以上监控或调度工作经验", "无", 3900, 1100, 16, ""),
        ("机务维修工", "机务维修车间", "维修班组长", "常白班（轮值夜间抢修）", "中专/技校及以上", "汽车维修", "3年以上大中型客车维修经验", "汽车维修工（中级）及以上职业资格", 4500, 1500, 30, ""),
        ("电工（新能源车）", "机务维修车间", "车间主任", "常白班", "大专及以上", "电气自动化、新能源汽车技术", "2年以上新能源车辆高压系统维修经验", "低压电工作业证（特种作业操作证）", 5200, 1800, 8, "另享高压作业津贴"),
        ("票务结算员", "财务部票务结算中心", "票务结算主管", "常白班", "大专及以上", "会计、财务管理", "1年以上出纳或结算工作经验", "初级会计专业技术资格", 4000, 800, 6, ""),
        ("一卡通客服专员", "一卡通服务中心", "客服主管", "两班倒", "大专及以上", "不限", "有客服或窗口服务经验者优先", "无", 3600, 900, 12, "周末轮休"),
    ]
    for r in rows:
        n = ws.max_row + 1
        ws.append(list(r[:10]) + [f"=I{n}+J{n}", r[10], r[11]])
    ws.append(["注：加油员、洗车工由外包单位派驻，不列入本表；各车场驾驶员、车队长编制另见营运计划。"])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=13)
    for col, wdt in zip("ABCDEFGHIJKLM", [16, 18, 14, 20, 14, 22, 30, 30, 10, 10, 10, 10, 16]):
        ws.column_dimensions[col].width = wdt
    s = wb.create_sheet("班次代码")
    s.append(["班次", "说明", "适用岗位"])
    for r in [("三班两运转", "早班5:00—13:00、中班13:00—21:00、夜班21:00—次日1:00，三个班组两班轮转", "线路调度员"),
              ("四班三运转", "四个班组按早、中、夜三班轮转，每班8小时，做四休二", "营运监控员"),
              ("两班倒", "早班8:00—14:00、晚班14:00—20:00", "一卡通客服专员"),
              ("常白班", "8:30—17:30，午休1小时", "机务维修工、电工（新能源车）、票务结算员")]:
        s.append(list(r))
    s = wb.create_sheet("2023版（已废止）")
    s.append(["本表已于2025年1月1日废止，仅供查阅历史标准"])
    s.append(["岗位", "基本工资", "岗位津贴"])
    for r in [("线路调度员", 3800, 1000), ("营运监控员", 3500, 900), ("机务维修工", 4100, 1200)]:
        s.append(list(r))
    wb.save(OUT / "bus04_定岗定编及月薪标准.xlsx")


# ---------------------------------------------------------------- 5. csv, posts as columns (transposed)
def f5():
    cols = ["字段", "公交驾驶员", "机务维修工", "一卡通客服专员", "电工（新能源车）"]
    rows = [
        ["招聘单位", "第四车场（北郊）", "机务维修车间", "一卡通服务中心", "机务维修车间"],
        ["招聘人数", "20", "5", "3", "2"],
        ["工作地点", "北郊公交停车场（江州市北环路88号）", "集团保修厂（江州市工业大道16号）", "市民中心一卡通服务大厅", "集团保修厂（江州市工业大道16号）"],
        ["岗位职责",
         "1. 驾驶纯电动公交车，按行车计划完成线路营运任务\n2. 执行出车前车辆安全检查\n3. 做好车厢服务与安全提醒",
         "1. 承担公交车辆一级、二级维护作业\n2. 参与车辆故障抢修",
         "1. 在服务大厅办理公交IC卡发卡、充值、挂失、补卡和退卡业务\n2. 受理老年卡、学生卡等优惠卡的资料审核与年审\n3. 接听客服热线，解答乘客关于刷卡、扣费的咨询\n4. 处理卡片扣费异常、余额争议等投诉并按时回复\n5. 每日核对备用金和营业款，做好交接班",
         "1. 检测维修纯电动公交车高压系统\n2. 维护车场充电桩及配电设施"],
        ["任职要求",
         "A3及以上驾驶证，驾龄3年以上，年龄50周岁以下；持道路旅客运输从业资格证",
         "中专/技校及以上学历，持汽车维修工（中级）证",
         "大专及以上学历；普通话标准，熟练使用电脑；能适应周末轮班；有银行柜面或客服经验者优先",
         "大专及以上学历，电气类专业；持低压电工作业证；2年以上新能源车维修经验"],
        ["薪资待遇", "月综合收入7000—9000元，缴纳五险一金，另有夜班津贴", "5500—7500元/月", "4500—5500元/月", "7000—9000元/月"],
        ["报名截止", "2025-04-30", "2025-04-30", "2025-04-15", "2025-04-15"],
    ]
    with open(OUT / "bus05_2025年春季招聘岗位.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(r)


# ---------------------------------------------------------------- 6. html, labels only in data-label (CSS ::before)
def f6():
    def post(pid, title, facts, duties, reqs):
        li = "\n".join(f'      <li data-label="{k}">{v}</li>' for k, v in facts)
        du = "\n".join(f"      <li>{d}</li>" for d in duties)
        rq = "\n".join(f"      <li>{d}</li>" for d in reqs)
        return f"""  <article class="job" id="{pid}">
    <h2>{title}</h2>
    <ul class="facts">
{li}
    </ul>
    <h3>你将负责</h3>
    <ol>
{du}
    </ol>
    <h3>我们希望你</h3>
    <ul>
{rq}
    </ul>
    <a class="apply" href="#apply">立即投递</a>
  </article>"""
    body = [
        post("jk", "营运监控员", [("部门", "调度监控中心"), ("汇报对象", "监控主管"), ("工作地点", "调度监控中心（江州市交通大厦6楼）"),
                               ("班次", "四班三运转"), ("薪资", "5000—6000元/月"), ("招聘人数", "4人")],
             ["通过智能调度平台和车载视频实时监控全市营运车辆运行状态",
              "对超速、偏离线路、长时间滞站等报警及时核实，并通知线路调度员处置",
              "监控场站、枢纽视频，发现客流积压或安全隐患立即上报",
              "接收并记录突发事件信息，按信息报送流程逐级上报",
              "每班填写监控日志，做好交接班"],
             ["大专及以上学历，计算机、通信或交通类专业", "熟练操作计算机和视频监控系统", "能适应夜班",
              "有1年以上监控或调度工作经验者优先"]),
        post("pw", "票务结算员", [("部门", "财务部票务结算中心"), ("汇报对象", "票务结算主管"), ("工作地点", "集团总部（江州市解放路200号）"),
                               ("班次", "常白班"), ("薪资", "4800—5800元/月"), ("招聘人数", "1人")],
             ["负责各车场投币箱票款的清点、复核与解缴银行",
              "核对一卡通、移动支付等电子票款清分数据",
              "编制日、月票款结算报表",
              "处理长短款及假币登记",
              "保管票款清点室钥匙并调阅监控记录"],
             ["大专及以上学历，会计或财务管理专业", "持初级会计专业技术资格", "1年以上出纳或结算工作经验", "原则性强，工作细致"]),
    ]
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 - 江州公交集团</title>
<style>
  .facts li::before { content: attr(data-label) "："; color: #888; }
  .facts { list-style: none; display: grid; grid-template-columns: 1fr 1fr; }
  .job { border: 1px solid #ddd; margin: 1em; padding: 1em; }
</style>
</head>
<body>
<header><nav><a href="/">首页</a> | <a href="/news">集团新闻</a> | <a href="/jobs">加入我们</a></nav></header>
<main>
  <h1>社会招聘</h1>
  <p class="intro">江州公交集团拥有4个车场、2000余台新能源公交车，诚邀你加入。</p>
""" + "\n".join(body) + """
  <section id="apply"><p>投递邮箱：hr@jzbus.example.cn，邮件标题请注明“岗位+姓名”。</p></section>
</main>
<footer><p>© 2025 江州市公交集团有限公司　乘车服务请拨打客服热线，线路调整信息请关注“江州公交”公众号。</p></footer>
</body>
</html>
"""
    (OUT / "bus06_社会招聘.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 7. pdf, duties continued on the next page under "（续）"
def f7():
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    pdfmetrics.registerFont(TTFont("WQY", font, subfontIndex=0))
    c = canvas.Canvas(str(OUT / "bus07_机务维修车间岗位说明书.pdf"), pagesize=A4)
    W, H = A4

    def page_head(no):
        c.setFont("WQY", 8)
        c.drawString(40, H - 30, "江州公交集团　机务维修车间岗位说明书　JZGJ-JW-2025-02")
        c.drawRightString(W - 40, 30, f"第{no}页　共2页")

    def lines(y, items, size=10.5, step=17):
        c.setFont("WQY", size)
        for s in items:
            c.drawString(56, y, s); y -= step
        return y

    page_head(1)
    c.setFont("WQY", 16); c.drawString(56, H - 70, "一、机务维修工")
    y = lines(H - 100, ["所属部门：机务维修车间　　直接上级：维修班组长",
                        "工作地点：集团保修厂及各车场维修点　　班次：常白班，轮值夜间抢修"])
    c.setFont("WQY", 12); c.drawString(56, y - 6, "岗位职责"); y -= 28
    y = lines(y, ["1. 按保养计划完成公交车辆一级维护、二级维护作业，填写维护记录。",
                  "2. 负责车辆底盘、制动、转向、悬架系统的故障诊断与修理。",
                  "3. 参与夜间抢修值班，接到调度报修后30分钟内出发赶赴现场。"])
    # page 1 lower half: a box that is not part of the post (a shop notice)
    c.rect(50, 120, W - 100, 80)
    c.setFont("WQY", 9)
    c.drawString(60, 180, "车间告示：举升机每日使用前须点检，点检记录挂于设备旁。")
    c.drawString(60, 160, "（本告示不属于岗位说明书正文）")
    c.showPage()
    page_head(2)
    c.setFont("WQY", 12); c.drawString(56, H - 70, "机务维修工（续）")
    y = lines(H - 95, ["4. 车辆出厂前进行检验，确保制动、灯光等安全部件合格。",
                       "5. 按规定领用、登记配件与工具，回收旧件。",
                       "6. 执行车间5S管理和安全操作规程，防止举升、焊接作业事故。"])
    c.setFont("WQY", 12); c.drawString(56, y - 6, "任职资格"); y -= 28
    y = lines(y, ["中专/技校及以上学历，汽车维修相关专业；3年以上大中型客车维修经验；",
                  "持汽车维修工（中级）及以上职业资格证书。"])
    c.setFont("WQY", 16); c.drawString(56, y - 20, "二、电工（新能源车）"); y -= 50
    y = lines(y, ["所属部门：机务维修车间　　直接上级：车间主任　　班次：常白班"])
    c.setFont("WQY", 12); c.drawString(56, y - 6, "岗位职责"); y -= 28
    y = lines(y, ["1. 负责纯电动公交车动力电池、电机、电控及高压线束的检测、维护与故障排除。",
                  "2. 负责车场充电桩、箱变及低压配电设施的日常巡检与维修。",
                  "3. 严格执行高压作业“停电、验电、挂牌上锁”程序，佩戴绝缘防护用品。",
                  "4. 分析车辆电池衰减数据，提出电池维护与更换建议。",
                  "5. 指导机务维修工开展新能源车辆低压电气维修。"])
    c.setFont("WQY", 12); c.drawString(56, y - 6, "任职资格"); y -= 28
    y = lines(y, ["大专及以上学历，电气自动化或新能源汽车技术专业；2年以上新能源车辆高压系统维修经验；",
                  "持低压电工作业证（特种作业操作证），持高压电工作业证者优先。"])
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 8. org-mode text with property drawers
def f8():
    txt = """#+TITLE: 调度监控中心岗位手册
#+AUTHOR: 调度监控中心综合组
#+DATE: 2025-03-01
#+OPTIONS: toc:nil

* 部门概况
调度监控中心下设调度室和监控室。调度主管、监控主管向中心主任汇报。
中心实行24小时值班，值班电话见内部通讯录。

* 线路调度员
:PROPERTIES:
:所属部门: 调度监控中心调度室
:直接上级: 调度主管
:工作地点: 各线路首末站调度室及调度监控中心
:班次:     三班两运转
:版本:     2025版（现行）
:END:
** 岗位职责
1. 根据线路客流编制并执行每日行车计划（时刻表），合理安排发车间隔。
2. 通过智能调度系统监控车辆位置，及时调整发车，防止大间隔和串车。
3. 遇道路拥堵、恶劣天气、车辆故障等突发情况，采取放站、开区间车、调派备车等措施。
4. 准确下达调度指令，记录驾驶员出勤、趟次和里程。
5. 每班结束前填写营运日报，统计计划兑现率。
** 任职要求
- 大专及以上学历，交通运输类专业优先
- 2年以上公交营运或调度工作经验（由公交驾驶员转岗的，驾龄须满3年）
- 熟练使用智能调度系统及办公软件

* 线路调度员（2021版）                                              :ARCHIVE:
:PROPERTIES:
:STATUS:   已废止，由2025版替代
:END:
** 任职要求
- 高中及以上学历
- 1年以上公交工作经验

* 营运监控员
:PROPERTIES:
:所属部门: 调度监控中心监控室
:直接上级: 监控主管
:班次:     四班三运转
:END:
** 交接班要求
- 提前15分钟到岗，核对上一班未闭环的报警和事件。
- 交接内容须写入监控日志，双方签字。
** 岗位职责
详见集团“社会招聘”页面的营运监控员岗位。

* 调度主管
:PROPERTIES:
:所属部门: 调度监控中心调度室
:直接上级: 中心主任
:END:
（岗位说明书编写中）
"""
    (OUT / "bus08_调度监控中心岗位手册.txt").write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------- 9. GBK onboarding exam bank (facts in questions and answer keys)
def f9():
    txt = """江州公交集团新员工入职培训考试题库（场站及培训岗位）
适用：第二车场、安全培训中心　　2025年3月修订

一、判断题（正确的打√，错误的打×）
1. 站务员的直接上级是场站管理员。（√）
2. 站务员实行常白班。（×）　解析：站务员实行两班倒。
3. 驾驶员培训教练隶属安全培训中心，直接上级为培训中心主任。（√）
4. 驾驶员培训教练须具有8年以上公交安全驾驶经验，且近3年无同等及以上责任事故。（√）
5. 加油员属于集团在编岗位。（×）　解析：加油员由外包单位派驻。

二、单选题
6. 驾驶员培训教练须持有的准驾车型为（　）。
   A. C1　　B. B1　　C. A3　　D. A1
   答案：D
7. 场站管理员每季度至少组织（　）次消防演练。
   A. 1　　B. 2　　C. 3　　D. 4
   答案：A

三、简答题
8. 驾驶员培训教练的主要职责有哪些？
   参考答案：
   （1）负责新入职驾驶员的岗前实操培训和线路熟悉带教；
   （2）组织在岗驾驶员年度安全复训和节能驾驶培训；
   （3）对发生事故、违章的驾驶员进行回炉再培训并考核；
   （4）编写培训教案，维护培训车辆和模拟驾驶器；
   （5）建立和更新驾驶员培训档案。
9. 驾驶员培训教练的任职条件是什么？
   参考答案：高中及以上学历；持A1驾驶证及机动车驾驶教练员证；8年以上公交安全驾驶经验；表达能力强，有耐心。
10. 车内遗失物品应如何处理？
   参考答案：按《乘客遗失物品管理规定》办理（本题不作考核要求）。
"""
    (OUT / "bus09_入职培训考试题库.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10. UTF-16 policy
def f10():
    txt = """江州市公交集团有限公司
驾驶员班次与津贴管理办法
（江公交人〔2025〕12号）

第一条　为规范公交驾驶员作息，保障行车安全，制定本办法。本办法适用于各车场公交驾驶员。
第二条　驾驶员实行早、晚两班轮换：早班5:30—13:30，晚班13:30—22:30，每周轮换一次。
第三条　车队长根据行车计划编排班次，报车场主任审批；驾驶员连续驾驶不得超过4小时，中途休息不少于20分钟。
第四条　津贴标准：
　　（一）夜班津贴：执行22:00以后收车的班次，每班30元；
　　（二）高温津贴：每年6月至9月，每人每月300元；
　　（三）安全行车奖：连续无责任事故安全行车每满一年，奖励1000元。
第五条　驾驶员当月发生同等及以上责任事故的，取消当月夜班津贴以外的各项奖励。
第六条　本办法由人力资源部负责解释，自2025年3月1日起施行。
"""
    (OUT / "bus10_驾驶员班次与津贴管理办法.txt").write_bytes(txt.encode("utf-16"))


if __name__ == "__main__":
    for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10):
        f()
    print("written to", OUT, sorted(p.name for p in OUT.iterdir()))
