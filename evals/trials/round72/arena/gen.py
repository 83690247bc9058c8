"""Round 72 arena: 澜城体育发展有限公司 (stadium, arena, natatorium, fitness centre).

Writes 10 HR documents to $T72_OUT (default /tmp/t72arena/corpus) and truth.json beside them
(one level up). Run with /tmp/genv/bin/python.
"""
import csv, json, os
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T72_OUT", "/tmp/t72arena/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "澜城体育发展有限公司"
TRUTH = {}

def note(fname, what):
    TRUTH.setdefault(fname, []).append(what)

# --------------------------------------------------------------------------- facts
POSTS_A01 = {
    "场馆运营经理": dict(code="YY-01", dept="场馆运营部", boss="运营副总经理",
        subs="赛事活动专员、场地预订专员、保洁领班",
        duties=["统筹体育场、体育馆日常运营，制定年度运营计划和预算",
                "审核大型赛事、演唱会等活动的场地租赁方案及安全保障方案",
                "组织开展场馆安全检查，督促隐患整改闭环",
                "负责场馆收入目标分解与经营数据分析，每月提交经营分析报告",
                "协调公安、消防、医疗等外部单位做好大型活动保障",
                "管理下属团队的排班、培训与绩效考核"],
        edu="本科及以上", major="体育管理、工商管理相关专业",
        exp=("3年", "5年", "以上大型场馆运营管理经验"),
        cert="持有大型群众性活动安全管理培训合格证书者优先", loc="澜城体育中心（体育场、体育馆）"),
    "赛事活动专员": dict(code="YY-02", dept="场馆运营部", boss="场馆运营经理", subs="无",
        duties=["对接赛事及演出主办方，确认活动需求、场地布置及进退场时间",
                "编制活动执行手册和现场点位图，组织彩排",
                "活动当天负责现场协调，处理突发情况",
                "活动结束后组织场地验收和押金结算",
                "收集主办方反馈，撰写活动复盘报告"],
        edu="大专及以上", major="体育、会展、市场营销类专业", exp="2年以上活动执行经验",
        cert="无硬性要求", loc="澜城体育馆"),
    "场地预订专员": dict(code="YY-03", dept="场馆运营部", boss="场馆运营经理", subs="无",
        duties=["受理羽毛球、篮球、网球等场地的线上线下预订，核对场次信息",
                "每日导出预订系统订单，编制场地使用日报",
                "处理订单改期、取消及退款申请",
                "维护包场团体客户，跟进续订",
                "定期盘点场地设施，发现损坏及时报修"],
        edu="大专及以上", major="专业不限", exp="1年以上客服或前台工作经验",
        cert="无", loc="全民健身中心一楼服务台"),
}
CLEAN = dict(code="YY-04", dept="场馆运营部（保洁组）", boss="场馆运营经理", subs="保洁员（12人）",
    slots=[("06:00-07:00", "召开班前会，分配当日保洁责任区域"),
           ("07:00-09:00", "巡查看台、卫生间及通道的保洁质量"),
           ("10:00-12:00", "检查垃圾分类与清运记录，督促垃圾日产日清"),
           ("12:30-14:00", "填写保洁质量巡检表，安排活动散场后的清场保洁")],
    edu="初中及以上", exp="3年以上物业保洁管理经验", loc="澜城体育场")

# --------------------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    r.font.name = "宋体"
    r._element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return p

def add_tracked(par, deleted, inserted, author="人力资源部 周敏", date="2025-03-02T10:00:00Z"):
    d = OxmlElement("w:del"); d.set(qn("w:id"), "1"); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted
    t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    i = OxmlElement("w:ins"); i.set(qn("w:id"), "2"); i.set(qn("w:author"), author); i.set(qn("w:date"), date)
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.text = inserted; r2.append(t2); i.append(r2)
    par._p.append(d); par._p.append(i)

def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot

# --------------------------------------------------------------------------- a01 docx
def a01():
    fn = "a01_场馆运营部岗位说明书汇编.docx"
    doc = Document()
    header_footer(doc, f"{CO}　受控文件　编号：LC-HR-JD-2025-03　第3版",
                  "人力资源部编制　2025年3月　仅限内部使用")
    doc.add_heading("场馆运营部岗位说明书汇编", level=1)
    doc.add_paragraph("说明：本汇编适用于澜城体育场、澜城体育馆及全民健身中心的场馆运营部岗位。"
                      "各岗位的薪酬标准及班次安排见《定岗定编与薪酬标准（2025）》，本汇编不再列出。")
    for i, (name, f) in enumerate(POSTS_A01.items(), 1):
        doc.add_heading(f"{i}．{name}", level=2)
        rows = 3 + len(f["duties"]) + 4
        t = doc.add_table(rows=rows, cols=5)
        t.style = "Table Grid"
        # band column merged down per section
        r = 0
        set_cell(t.cell(0, 0), "基本信息", bold=True)
        set_cell(t.cell(0, 1), "岗位名称"); set_cell(t.cell(0, 2), name)
        set_cell(t.cell(0, 3), "岗位编号"); set_cell(t.cell(0, 4), f["code"])
        set_cell(t.cell(1, 1), "所属部门"); set_cell(t.cell(1, 2), f["dept"])
        set_cell(t.cell(1, 3), "直接上级"); set_cell(t.cell(1, 4), f["boss"])
        set_cell(t.cell(2, 1), "直接下级"); c = t.cell(2, 2).merge(t.cell(2, 4)); set_cell(c, f["subs"])
        t.cell(0, 0).merge(t.cell(2, 0))
        r = 3
        set_cell(t.cell(r, 0), "工作职责", bold=True)
        for k, d in enumerate(f["duties"], 1):
            set_cell(t.cell(r + k - 1, 1), f"{k}")
            c = t.cell(r + k - 1, 2).merge(t.cell(r + k - 1, 4)); set_cell(c, d + "。")
        t.cell(r, 0).merge(t.cell(r + len(f["duties"]) - 1, 0))
        r += len(f["duties"])
        set_cell(t.cell(r, 0), "任职资格", bold=True)
        set_cell(t.cell(r, 1), "学历"); set_cell(t.cell(r, 2), f["edu"])
        set_cell(t.cell(r, 3), "专业"); set_cell(t.cell(r, 4), f["major"])
        set_cell(t.cell(r + 1, 1), "工作经验"); c = t.cell(r + 1, 2).merge(t.cell(r + 1, 4))
        if isinstance(f["exp"], tuple):
            old, new, rest = f["exp"]
            p = set_cell(c, "")
            add_tracked(p, old, new)
            p.add_run(rest)
            note(fn, f"{name} 工作经验: tracked change 3年→5年; accepted text '5年以上大型场馆运营管理经验'")
        else:
            set_cell(c, f["exp"])
        set_cell(t.cell(r + 2, 1), "证书"); c = t.cell(r + 2, 2).merge(t.cell(r + 2, 4)); set_cell(c, f["cert"])
        set_cell(t.cell(r + 3, 1), "工作地点"); c = t.cell(r + 3, 2).merge(t.cell(r + 3, 4)); set_cell(c, f["loc"])
        t.cell(r, 0).merge(t.cell(r + 3, 0))
        note(fn, {name: f})
    # 保洁领班: duties as a time-slot table, facts in a sentence
    doc.add_heading("4．保洁领班", level=2)
    doc.add_paragraph(f"保洁领班（岗位编号{CLEAN['code']}）隶属{CLEAN['dept']}，直接上级为{CLEAN['boss']}，"
                      f"带领{CLEAN['subs']}负责{CLEAN['loc']}看台、通道、卫生间及外场的日常保洁。")
    doc.add_paragraph("一日工作安排如下表：")
    t = doc.add_table(rows=1 + len(CLEAN["slots"]), cols=2); t.style = "Table Grid"
    set_cell(t.cell(0, 0), "时段", bold=True); set_cell(t.cell(0, 1), "工作内容", bold=True)
    for k, (s, w) in enumerate(CLEAN["slots"], 1):
        set_cell(t.cell(k, 0), s); set_cell(t.cell(k, 1), w)
    doc.add_paragraph(f"任职要求：{CLEAN['edu']}学历，{CLEAN['exp']}，身体健康，能适应早班。")
    p = doc.add_paragraph()
    r = p.add_run("【修订批注】2025-03-02 周敏：保洁领班原隶属物业部，现划入场馆运营部；"
                  "场馆运营经理的经验要求由3年调整为5年。")
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    note(fn, {"保洁领班": CLEAN})
    doc.add_heading("5．灯光音响技师", level=2)
    doc.add_paragraph("本岗位由工程设备部归口管理，岗位说明书另行发布。")
    note(fn, "灯光音响技师: named only, no content")
    doc.save(OUT / fn)

# --------------------------------------------------------------------------- a02 docx (natatorium)
SWIM = {
    "救生员": dict(code="YY-11", ver="V3", boss="游泳馆馆长",
        intro="本岗位隶属游泳馆，直接向游泳馆馆长汇报，无下属，实行四班三运转，工作地点为澜城游泳馆。",
        flow=[("开馆前30分钟", "检查救生杆、救生圈、急救箱及AED等救生器材是否齐全有效", "器材齐全，检查记录签字"),
              ("开放期间", "在救生高台定点值守，每30分钟与相邻岗位轮换一次", "视线不离开责任水域"),
              ("开放期间", "发现溺水等险情立即入水施救，同时报告值班经理", "10秒发现，20秒到达"),
              ("清场时", "逐区巡视池底、池岸和更衣区，确认无人员滞留", "清场确认单双人签字"),
              ("闭馆后", "填写救生值班记录，交接救生器材", "记录完整")],
        req=["高中及以上学历，年龄18至35周岁", "持有游泳救生员国家职业资格证书（四级及以上）",
             "持有红十字会救护员证，能熟练操作AED", "400米游泳成绩9分钟以内"]),
    "水质管理员": dict(code="YY-12", ver="V3", boss="游泳馆馆长",
        intro="本岗位隶属游泳馆，直接向游泳馆馆长汇报，无下属，工作地点为澜城游泳馆水处理机房。",
        flow=[("开馆前", "检测池水余氯、pH值、浊度及水温，并在公示牌公示", "开馆前完成公示"),
              ("每2小时", "复测水质指标，登记水质检测台账", "数据真实可追溯"),
              ("每日", "根据检测结果调整投药量，操作循环过滤及消毒设备", "余氯0.3-1.0mg/L"),
              ("每周", "反冲洗砂缸，清理毛发收集器", "形成保养记录"),
              ("每月", "配合卫生监督部门采集送检水样", "抽检合格")],
        req=["中专及以上学历，化学、环境工程、给排水等相关专业", "1年以上水处理或游泳池水质管理经验",
             "持有游泳场所水质管理培训合格证", "能正确使用余氯、pH检测仪器"]),
}

def a02():
    fn = "a02_游泳馆岗位作业指导书.docx"
    doc = Document()
    header_footer(doc, "澜城游泳馆　岗位作业指导书", f"{CO}　游泳馆编制　人力资源部审核")
    doc.add_heading("游泳馆岗位作业指导书（2025年版）", level=1)
    doc.add_paragraph("游泳馆对外开放时间、票价及游泳须知由游泳馆按季节另行公告，不属于本指导书内容。")
    for name, f in SWIM.items():
        t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
        set_cell(t.cell(0, 0), f"岗位：{name}", bold=True)
        set_cell(t.cell(0, 1), f"编号：{f['code']}")
        set_cell(t.cell(0, 2), f"版本：{f['ver']}（2025年4月起执行）")
        doc.add_paragraph("一、岗位概述")
        doc.add_paragraph(f["intro"])
        doc.add_paragraph("二、班中作业流程")
        t = doc.add_table(rows=1 + len(f["flow"]), cols=3); t.style = "Table Grid"
        for j, h in enumerate(["时段", "作业内容", "作业标准"]):
            set_cell(t.cell(0, j), h, bold=True)
        for k, row in enumerate(f["flow"], 1):
            for j, v in enumerate(row):
                set_cell(t.cell(k, j), v)
        doc.add_paragraph("三、上岗条件")
        for q in f["req"]:
            doc.add_paragraph("√ " + q)
        note(fn, {name: f})
    doc.add_heading("附：救生员岗位作业指导书V2（2023年版，已于2025年4月废止）", level=2)
    doc.add_paragraph("上岗条件（旧）：初中及以上学历；持有社会体育指导员（游泳）证书；"
                      "实行两班倒。本附件仅供查阅，以V3为准。")
    note(fn, "superseded V2 for 救生员: 初中及以上 / 社会体育指导员（游泳）证书 / 两班倒 — void")
    doc.save(OUT / fn)

# --------------------------------------------------------------------------- a03 xlsx KPI library
KPI = {
    "场馆运营部": {
        "场馆运营经理（考核人：运营副总经理）": [
            ("场馆经营收入完成率", "实际经营收入÷年度收入目标×100%", 0.30, "≥100%"),
            ("场馆综合利用率", "已使用场次÷可开放场次×100%", 0.20, "≥75%"),
            ("安全责任事故起数", "统计期内发生的安全责任事故", 0.20, "0起"),
            ("主办方满意度", "活动后问卷平均分", 0.15, "≥90分"),
            ("运营成本控制率", "实际运营成本÷预算成本×100%", 0.15, "≤100%")],
        "赛事活动专员（考核人：场馆运营经理）": [
            ("活动执行准时率", "按时开始的活动场次÷总场次×100%", 0.30, "100%"),
            ("活动现场投诉次数", "每场活动有效投诉数", 0.20, "≤2次/场"),
            ("复盘报告提交及时率", "活动后3个工作日内提交的比例", 0.20, "100%"),
            ("活动押金结算及时率", "7日内完成结算的比例", 0.30, "≥95%")],
        "场地预订专员（考核人：场馆运营经理）": [
            ("预订差错率", "差错订单数÷订单总数×100%", 0.40, "≤0.5%"),
            ("场地预订率", "已预订时段÷可预订时段×100%", 0.30, "≥80%"),
            ("退款处理及时率", "48小时内办结的退款申请比例", 0.30, "100%")],
    },
    "游泳馆": {
        "救生员（考核人：游泳馆馆长）": [
            ("溺水安全事故起数", "责任水域发生的溺水安全事故", 0.40, "0起"),
            ("脱岗离岗次数", "值守期间擅自离开高台的次数", 0.20, "0次"),
            ("救生器材检查记录完整率", "检查记录齐全天数÷开放天数", 0.20, "100%"),
            ("急救技能复训合格率", "季度复训考核一次通过", 0.20, "100%")],
        "水质管理员（考核人：游泳馆馆长）": [
            ("池水水质检测合格率", "合格检测次数÷检测总次数×100%", 0.40, "≥98%"),
            ("水质检测台账完整率", "台账记录齐全的天数比例", 0.20, "100%"),
            ("消毒药剂消耗控制率", "实际药剂费用÷预算×100%", 0.20, "≤100%"),
            ("卫生监督抽检合格率", "卫生部门抽检合格次数比例", 0.20, "100%")],
    },
    "全民健身中心": {
        "健身教练（考核人：健身中心主管）": [
            ("私教课时完成量", "当月完成的私教课节数", 0.35, "≥120节/月"),
            ("私教会员续课率", "到期会员续课人数÷到期人数", 0.25, "≥60%"),
            ("课程满意度评分", "会员课后评价平均分", 0.20, "≥4.8分"),
            ("器械区安全事故", "负责时段器械区安全事故", 0.20, "0起")],
        "会员顾问（考核人：健身中心主管）": [
            ("会籍销售额完成率", "实际销售额÷月度销售目标×100%", 0.50, "≥100%"),
            ("到期会员续卡率", "续卡人数÷到期人数×100%", 0.30, "≥55%"),
            ("会员有效投诉次数", "经核实的投诉", 0.20, "≤1次/月")],
    },
}

def a03():
    fn = "a03_岗位绩效指标库2025.xlsx"
    wb = Workbook()
    ws = wb.active; ws.title = "使用说明"
    for r, line in enumerate([
            f"{CO}岗位绩效指标库（2025版）",
            "1. 每个岗位以“■ 岗位（考核人：X）”行开头，其下为该岗位的考核指标，合计行权重应为100%。",
            "2. 考核周期：月度考核，年度汇总。",
            "3. 安保部、工程设备部的考核指标见各自的岗位责任制文件。",
            "4. “2024版（作废）”工作表仅作历史对比，不再使用。"], 1):
        ws.cell(r, 1, line)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, posts in KPI.items():
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:F1"); ws["A1"] = f"{sheet}岗位绩效指标库"; ws["A1"].font = Font(bold=True, size=14)
        ws.append(["序号", "指标名称", "指标定义/计算公式", "权重", "目标值", "数据来源"])
        for post, inds in posts.items():
            r = ws.max_row + 1
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, f"■ {post}").fill = fill
            first = r + 1
            for k, (n, fml, w, tgt) in enumerate(inds, 1):
                ws.append([k, n, fml, w, tgt, "业务系统/台账"])
                ws.cell(ws.max_row, 4).number_format = "0%"
            last = ws.max_row
            ws.append(["", "合计", "", f"=SUM(D{first}:D{last})", "", ""])
            ws.cell(ws.max_row, 4).number_format = "0%"
        for col, wd in zip("ABCDEF", [6, 22, 34, 8, 12, 14]):
            ws.column_dimensions[col].width = wd
        note(fn, {sheet: posts})
    ws = wb.create_sheet("2024版（作废）")
    ws["A1"] = "2024版指标（已作废，2025年1月起停用）"
    ws.append(["岗位", "指标", "权重"])
    for row in [("救生员", "救生安全事故", 0.5), ("救生员", "值守纪律", 0.5),
                ("会员顾问", "会籍卡销售张数", 1.0)]:
        ws.append(list(row))
    note(fn, "void sheet 2024版（作废）: 救生员 救生安全事故50%/值守纪律50%; 会员顾问 会籍卡销售张数100%")
    wb.save(OUT / fn)

# --------------------------------------------------------------------------- a04 xlsx staffing & pay
STAFF = [  # venue, dept, post, 编制, 在岗, shift code, pay low, pay high
    ("体育场/体育馆", "场馆运营部", "场馆运营经理", 1, 1, "D", 14000, 18000),
    ("体育场/体育馆", "场馆运营部", "赛事活动专员", 4, 3, "F", 7000, 9000),
    ("全民健身中心", "场馆运营部", "场地预订专员", 3, 3, "B", 4500, 5500),
    ("体育场", "场馆运营部", "保洁领班", 2, 2, "A", 4200, 4800),
    ("游泳馆", "游泳馆", "救生员", 16, 13, "S", 5000, 6500),
    ("游泳馆", "游泳馆", "水质管理员", 2, 2, "B", 5500, 7000),
    ("全中心", "安保部", "安保主管", 2, 2, "D", 8000, 10000),
    ("全中心", "工程设备部", "设备运维工程师", 6, 5, "C", 7500, 9500),
    ("体育场", "工程设备部", "草坪养护工", 5, 4, "A", 4000, 4800),
    ("全中心", "市场票务部", "票务专员", 4, 4, "F", 4800, 6000),
]
SHIFTS = [("A", "早班", "05:30-13:30（草坪组）/06:00-14:00（保洁组）"),
          ("B", "两班倒", "早班07:30-15:30，晚班14:00-22:00"),
          ("C", "三班倒", "早班08:00-16:00，中班16:00-24:00，夜班00:00-08:00"),
          ("D", "常白班", "09:00-17:30，大型活动期间随活动安排"),
          ("F", "弹性工作制", "按活动排期，月度综合计算工时"),
          ("S", "四班三运转", "每班8小时，做二休一")]

def a04():
    fn = "a04_定岗定编与薪酬标准2025.xlsx"
    wb = Workbook(); ws = wb.active; ws.title = "定岗定编"
    ws.merge_cells("A1:J1"); ws["A1"] = "2025年定岗定编与薪酬标准"
    ws.merge_cells("A2:C2"); ws["A2"] = "岗位"
    ws.merge_cells("D2:E2"); ws["D2"] = "人员（人）"
    ws.merge_cells("F2:F3"); ws["F2"] = "班次代码"
    ws.merge_cells("G2:I2"); ws["G2"] = "月度薪酬（元）"
    ws.merge_cells("J2:J3"); ws["J2"] = "备注"
    for j, h in enumerate(["场馆", "部门", "岗位名称", "编制", "在岗", None, "下限", "上限", "中位值"], 1):
        if h: ws.cell(3, j, h)
    for c in ws[2] + ws[3]:
        c.alignment = Alignment(horizontal="center", vertical="center"); c.font = Font(bold=True)
    for k, (v, d, p, n, m, s, lo, hi) in enumerate(STAFF):
        r = 4 + k
        for j, val in enumerate([v, d, p, n, m, s, lo, hi], 1):
            ws.cell(r, j, val)
        ws.cell(r, 9, f"=(G{r}+H{r})/2")
        if p == "救生员":
            ws.cell(r, 10, "暑期另招兼职救生员，见招聘需求")
    r = 4 + len(STAFF)
    ws.cell(r, 3, "合计"); ws.cell(r, 4, f"=SUM(D4:D{r-1})"); ws.cell(r, 5, f"=SUM(E4:E{r-1})")
    ws2 = wb.create_sheet("班次代码说明")
    ws2.append(["代码", "班次", "时间"])
    for s in SHIFTS:
        ws2.append(list(s))
    ws3 = wb.create_sheet("福利与补贴")
    ws3.append(["项目", "标准", "适用岗位"])
    ws3.append(["高温补贴", "6-9月每月300元", "草坪养护工、保洁领班、安保主管"])
    ws3.append(["夜班补贴", "每个夜班60元", "设备运维工程师"])
    ws3.append(["水下作业补贴", "每月200元", "救生员"])
    ws3.append(["大型活动加班", "按国家规定支付加班工资或调休", "全体"])
    note(fn, {"staff": STAFF, "shifts": SHIFTS, "benefits": "高温补贴300(草坪/保洁/安保), 夜班60(设备运维), 水下作业补贴200(救生员)"})
    wb.save(OUT / fn)

# --------------------------------------------------------------------------- a05 csv requisitions
def a05():
    fn = "a05_招聘需求单导出.csv"
    rows = [
        ["需求单号", "提交部门", "岗位名称", "招聘人数", "用工性质", "工作地点", "岗位职责（/分隔）", "任职要求（/分隔）", "薪资", "状态"],
        ["ZP2025-031", "游泳馆", "暑期兼职救生员", "8", "非全日制", "澜城游泳馆室外池",
         "室外池定点值守/协助清场/协助开展儿童防溺水宣传", "年满18周岁/持游泳救生员国家职业资格证书/能连续工作至8月31日", "35元/小时", "招聘中"],
        ["ZP2025-032", "市场票务部", "票务专员", "2", "全日制", "澜城体育中心售票处",
         "见《票务专员岗位说明书》", "大专及以上/有大型演出票务经验优先", "按薪酬标准", "招聘中"],
        ["ZP2025-027", "工程设备部", "草坪养护工", "1", "全日制", "澜城体育场",
         "天然草坪修剪灌溉施肥/赛后草皮修补/场地画线配合", "初中及以上/能适应早班及户外作业", "按薪酬标准", "已关闭"],
    ]
    with open(OUT / fn, "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f).writerows(rows)
    note(fn, rows)

# --------------------------------------------------------------------------- a06 html (read-only form view)
FIT = {
    "健身教练": dict(dept="全民健身中心", boss="健身中心主管", edu="大专及以上", major="体育教育、运动训练、运动康复等专业",
        exp="1年以上私教授课经验", cert="国家职业资格健身教练证书或ACE、NSCA等国际认证", loc="全民健身中心（澜城体育中心北门）",
        pay="底薪4000元/月＋课时费＋私教课提成",
        duties=["为会员进行体能测评，制定个性化训练计划", "讲授私教课和团操课，保证课程质量与安全",
                "巡视器械区，纠正会员不规范动作", "维护会员关系，完成私教课销售目标",
                "协助设备运维工程师做好健身器械日常检查"]),
    "会员顾问": dict(dept="全民健身中心", boss="健身中心主管", edu="高中及以上", major="",
        exp="半年以上销售或客服经验", cert="", loc="全民健身中心前台", pay="底薪3500元/月＋会籍销售提成",
        duties=["接待到访客户，介绍会籍产品并带领参观", "完成月度会籍销售指标",
                "办理入会、续卡、转卡及停卡手续", "跟进到期会员续费，维护会员档案",
                "收集会员意见并反馈给健身中心主管"]),
}

def a06():
    fn = "a06_健身中心岗位信息.html"
    L = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head><meta charset=\"utf-8\"><title>全民健身中心 岗位信息（只读视图）</title>",
         "<style>fieldset{margin:12px}label{display:inline-block;width:6em}</style></head>", "<body>",
         "<h1>全民健身中心岗位信息</h1>",
         "<p class=\"tip\">本页为人事系统岗位档案的只读视图。会员请注意：羽毛球场、篮球场预订请使用“澜城运动”小程序，本页不受理预订。</p>"]
    for name, f in FIT.items():
        L.append(f"<form class=\"post\" id=\"{name}\">")
        L.append("<fieldset>")
        L.append(f"<legend>岗位档案：{name}</legend>")
        for lab, key in [("所属部门", "dept"), ("直接上级", "boss"), ("学历要求", "edu"), ("专业要求", "major"),
                         ("工作经验", "exp"), ("资格证书", "cert"), ("工作地点", "loc"), ("薪酬构成", "pay")]:
            L.append(f"<p><label>{lab}</label><input type=\"text\" name=\"{key}\" value=\"{f[key]}\" readonly></p>")
        L.append("<p><label>岗位职责</label></p>")
        L.append("<textarea name=\"duties\" rows=\"6\" cols=\"60\" readonly>")
        for k, d in enumerate(f["duties"], 1):
            L.append(f"{k}、{d}；")
        L.append("</textarea>")
        L.append("</fieldset>")
        L.append("</form>")
        note(fn, {name: f})
    L += ["<section id=\"notice\">", "<h2>团操课表</h2>", "<p>团操课表每周一在小程序更新，咨询请致电前台。</p>", "</section>",
          "</body>", "</html>"]
    (OUT / fn).write_text("\n".join(L) + "\n", encoding="utf-8")

# --------------------------------------------------------------------------- a07 pdf
PDFP = {
    "安保主管": dict(dept="安保部", boss="安保部经理", subs="安保队长、安保员",
        duties=["制定场馆日常安保方案和大型活动安保预案", "组织安检口设置与人员查验，管理门禁系统",
                "负责消防控制室管理，督促消防设施每月检查", "组织安保队员培训和每季度应急演练",
                "处置现场治安事件，及时报告公安机关"],
        req=[("学历", "大专及以上"), ("经验", "3年以上安保管理经验，有大型活动安保经验者优先"),
             ("证书", "保安员证、消防设施操作员证（中级）"), ("地点", "澜城体育中心（全场馆）")]),
    "设备运维工程师": dict(dept="工程设备部", boss="工程设备部经理", subs="无",
        duties=["负责空调、给排水、供配电、电梯等设备的日常巡检", "按计划开展预防性保养，建立设备档案",
                "大型活动前对照明、扩声、大屏系统联调测试", "处理设备故障报修，接报后30分钟内到场",
                "统计能耗数据，提出节能改造建议"],
        req=[("学历", "大专及以上，机电一体化、电气自动化或暖通专业"), ("经验", "3年以上大型公共建筑设备运维经验"),
             ("证书", "低压电工作业证（特种作业操作证），制冷证优先"), ("地点", "澜城体育中心设备机房")]),
    "草坪养护工": dict(dept="工程设备部（草坪组）", boss="草坪组组长", subs="无",
        duties=["按养护计划对天然草坪进行修剪、灌溉、施肥", "赛后及时修补草皮破损区域，回填沙土",
                "巡查草坪病虫害，按要求喷洒药剂", "维护剪草机、划线机等养护设备",
                "赛前配合完成场地画线"],
        req=[("学历", "初中及以上"), ("经验", "有园林绿化或草坪养护经验者优先"),
             ("证书", "—"), ("地点", "澜城体育场")]),
}
SEC_KPI = [("安全事故发生次数", "30%", "0起"), ("活动安保预案完成率", "20%", "100%"),
           ("消防设施月检完成率", "20%", "100%"), ("应急演练次数", "15%", "每季度≥1次"),
           ("安保队员培训覆盖率", "15%", "≥95%")]

def a07():
    fn = "a07_安保与工程设备岗位责任制.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(font):
        pdfmetrics.registerFont(TTFont("CJK", font, subfontIndex=0)); FN = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); FN = "STSong-Light"
    h = ParagraphStyle("h", fontName=FN, fontSize=14, leading=20, spaceAfter=6)
    b = ParagraphStyle("b", fontName=FN, fontSize=10, leading=15)
    story = [Paragraph(f"{CO}安保部与工程设备部岗位责任制（2025年修订）", h),
             Paragraph("第一条　本制度规定安保部、工程设备部各岗位的职责与任职条件。草坪组组长岗位由工程设备部经理兼任，不单独设岗。", b),
             Spacer(1, 8)]
    for i, (name, f) in enumerate(PDFP.items(), 2):
        story.append(Paragraph(f"第{'二三四'[i-2]}条　{name}岗位责任", h))
        data = [["所属部门", f["dept"], "直接上级", f["boss"]], ["直接下级", f["subs"], "", ""]]
        data.append(["岗位职责", "", "", ""])
        for k, d in enumerate(f["duties"], 1):
            data.append([f"（{k}）", d, "", ""])
        for lab, val in f["req"]:
            data.append([lab, val, "", ""])
        t = Table(data, colWidths=[60, 200, 60, 140])
        st = [("FONTNAME", (0, 0), (-1, -1), FN), ("FONTSIZE", (0, 0), (-1, -1), 9),
              ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (1, 1), (3, 1)), ("SPAN", (0, 2), (3, 2)),
              ("BACKGROUND", (0, 2), (3, 2), colors.lightgrey)]
        for r in range(3, len(data)):
            st.append(("SPAN", (1, r), (3, r)))
        t.setStyle(TableStyle(st))
        story += [t, Spacer(1, 10)]
        if name == "安保主管":
            story.append(Paragraph("安保主管月度考核指标如下：", b))
            kd = [["指标", "权重", "目标值"]] + [list(x) for x in SEC_KPI]
            kt = Table(kd, colWidths=[160, 60, 100])
            kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FN), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                    ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
            story += [kt, PageBreak()]
        note(fn, {name: f})
    note(fn, {"安保主管 KPI": SEC_KPI})
    story.append(Paragraph("第五条　本制度自2025年5月1日起施行，2022年版同时废止。", b))
    SimpleDocTemplate(str(OUT / fn), pagesize=A4).build(story)

# --------------------------------------------------------------------------- a08 md
def a08():
    fn = "a08_新员工入职指南.md"
    md = f"""# {CO} 新员工入职指南

> 适用于2025年入职的全体员工。岗位职责以各部门岗位说明书为准。

## 一、公司与场馆

公司运营澜城体育场（4.2万座）、澜城体育馆（1.2万座）、澜城游泳馆和全民健身中心四个场馆。

## 二、汇报关系速查

| 岗位 | 直接上级 | 所属部门 |
| --- | --- | --- |
| 场馆运营经理 | 运营副总经理 | 场馆运营部 |
| 救生员 | 游泳馆馆长 | 游泳馆 |
| 健身教练 | 健身中心主管 | 全民健身中心 |
| 票务专员 | 票务主管 | 市场票务部 |
| 设备运维工程师 | 工程设备部经理 | 工程设备部 |

## 三、入职第一周

1. 到人力资源部报到，领取工牌和工服；
2. 参加安全教育培训（消防、疏散、急救），考试合格后方可上岗；
3. 由部门指定带教师傅，熟悉场馆布局和应急通道。

## 四、常见问题

**问：员工可以免费使用健身中心吗？**
答：正式员工凭工牌每周可免费使用健身中心两次，游泳馆需提前一天在前台登记。

**问：演唱会、赛事门票员工有内部价吗？**
答：公司不提供内部票。观众退票规则以各场活动主办方公告为准，员工不得私下代办退票。

## 五、灯光音响技师

略（岗位说明书由工程设备部另行编制）。
"""
    (OUT / fn).write_text(md, encoding="utf-8")
    note(fn, "org table; FAQ staff gym use; 灯光音响技师 略")

# --------------------------------------------------------------------------- a09 GBK txt
def a09():
    fn = "a09_票务专员岗位说明书.txt"
    txt = """澜城体育发展有限公司
票务专员岗位说明书
========================================
◆岗位名称：票务专员
◆所属部门：市场票务部
◆直接上级：票务主管
◆直接下级：无
◆岗位目的：保障赛事、演出票务销售与结算准确、及时
========================================
▲主要职责
（1）负责赛事、演出门票的票务系统配置、座位图导入与开售；
（2）负责现场售票、验票及团体票出票；
（3）每日核对票款，编制票务日报并与财务部对账；
（4）按主办方退票规则受理观众的退票、改签申请并登记；
（5）管理纸质票据、工作证件等票务物资。
▲任职资格
　学历：大专及以上，市场营销、财务会计类专业优先
　经验：1年以上票务或收银工作经验
　技能：熟练使用票务系统及Excel，普通话标准
　地点：澜城体育中心售票处
▲考核指标
　票款差错率≤0.1%（权重40%）；日报提交及时率100%（权重30%）；观众投诉≤2次/月（权重30%）。
========================================
编制：人力资源部　　审核：市场票务部　　2025年2月
"""
    (OUT / fn).write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    note(fn, "GBK CRLF 票务专员 with KPI line")

# --------------------------------------------------------------------------- a10 policy txt
def a10():
    fn = "a10_员工手册_考勤与休假.txt"
    txt = """澜城体育发展有限公司员工手册（节选）
第四章 考勤与休假

4.1 公司实行标准工时制、综合计算工时制和不定时工作制，具体班次见《定岗定编与薪酬标准》班次代码说明。
4.2 员工应按排班准时打卡，迟到30分钟以上按旷工半天处理。
4.3 大型活动日全体员工服从活动指挥部统一调度，加班按国家规定支付加班工资或安排调休。
4.4 年休假按国家规定执行；婚假、产假等按所在地规定执行。
4.5 场馆对外开放时间、票务退改规则及场地预订办法由各业务部门对外公告，不属于本手册内容。
4.6 本手册未规定的岗位任职要求，以各岗位说明书为准。
"""
    (OUT / fn).write_text(txt, encoding="utf-8")
    note(fn, "policy; says nothing about opening hours/refunds/booking")


if __name__ == "__main__":
    for f in (a01, a02, a03, a04, a05, a06, a07, a08, a09, a10):
        f()
    (OUT.parent / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
