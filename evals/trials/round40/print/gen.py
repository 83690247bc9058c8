# -*- coding: utf-8 -*-
"""Round 40 'print': 华彩印务包装有限公司 (a printing & packaging plant), 10 HR documents.

Run: T40_OUT=/tmp/t40print/corpus /tmp/genv/bin/python gen.py
Writes the corpus to $T40_OUT and ground_truth.json next to this script.
"""
import csv, json, os
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = os.environ.get("T40_OUT", "/tmp/t40print/corpus")
os.makedirs(OUT, exist_ok=True)
HERE = os.path.dirname(os.path.abspath(__file__))
CO = "华彩印务包装有限公司"
TRUTH = {}

# ---------------------------------------------------------------- pk01 docx
# one section per post: bold heading, a facts grid with merged cells, a duty
# table whose frequency is a tick matrix (每班/每周/每月), and a 任职资格 cell
# holding a nested table. Header/footer carry the document control data.
P01 = [
    dict(post="印刷机长", code="SC-03", dept="生产部·印刷车间", up="印刷车间主任",
         down="副机长、印刷助手（续纸/收纸）", n="6人（每台机每班1人）",
         shift="两班倒（白班8:00-20:00，夜班20:00-次日8:00）", loc="东莞虎门厂区A栋印刷车间",
         duties=[
             ("接收生产工单和施工单，核对纸张、油墨、印版与样张，确认无误后方可开机", "每班"),
             ("负责四色/五色胶印机的调机、试印和签样，首张样张经品检员签字确认后才能批量生产", "每班"),
             ("印刷过程中每500张抽查一次色差、套准和墨色均匀度，发现偏差及时调整", "每班"),
             ("带领副机长和助手完成机台清洁、润滑及橡皮布、墨辊的日常保养", "每周"),
             ("填写《机台生产日报表》，如实记录产量、废品数和停机原因", "每班"),
             ("对副机长和印刷助手进行操作技能带教，每月组织一次安全操作复训", "每月"),
         ],
         quals=[("学历", "中专/高中及以上，印刷技术相关专业优先"),
                ("经验", "5年以上胶印机操作经验，其中2年以上海德堡或小森四色机机长经验"),
                ("证书", "持有平版印刷员中级及以上职业技能等级证书"),
                ("能力", "熟悉ISO 12647色彩管理标准，能独立解决糊版、套印不准、重影等常见问题"),
                ("身体条件", "无色盲色弱，能适应夜班")]),
    dict(post="模切工", code="HD-05", dept="生产部·后道车间", up="后道车间班组长", down="无",
         n="10人", shift="两班倒（白班8:00-20:00，夜班20:00-次日8:00）", loc="东莞虎门厂区C栋后道车间",
         duties=[
             ("按工单领取模切刀版和压痕线，核对刀版编号与产品图纸", "每班"),
             ("调整模切机压力和规矩，试切后由品检员确认首件", "每班"),
             ("生产中留意爆线、毛边、压痕不清等质量问题，发现后立即停机处理", "每班"),
             ("清理废边和纸屑，保持模切机及周边5S整洁", "每班"),
             ("刀版用完后清点入库，登记《刀版使用记录》", "每周"),
         ],
         quals=[("学历", "初中及以上"),
                ("经验", "1年以上模切或烫金岗位经验，熟手优先"),
                ("证书", "无硬性要求"),
                ("身体条件", "能适应站立作业及夜班")]),
    dict(post="印刷车间主任", code="SC-01", dept="生产部", up="生产经理",
         down="印刷机长、副机长、印刷助手、调墨员", n="1人", shift="常白班（8:00-17:30）",
         loc="东莞虎门厂区A栋印刷车间",
         duties=[
             ("根据生产计划员下达的周计划，安排各机台的生产排程和人员调配", "每周"),
             ("每天召开班前会，通报上一班的质量异常和安全隐患", "每班"),
             ("审核机台生产日报表，统计车间产量、损耗率和OEE", "每班"),
             ("组织处理涉及印刷工序的客诉，制定纠正预防措施", "每月"),
             ("负责车间新员工岗前培训及机长的技能评定", "每月"),
         ],
         quals=[("学历", "大专及以上，印刷工程、包装工程等相关专业"),
                ("经验", "8年以上印刷行业经验，其中3年以上车间管理经验"),
                ("能力", "熟悉精益生产和OEE管理，具备较强的沟通协调能力")]),
]


def set_cell_bg(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def gen_pk01():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　受控文件　　文件编号：HC-HR-SC-002　版本：B/0"
    sec.footer.paragraphs[0].text = "本版自2025年3月1日起执行，替代2022年版（HC-HR-SC-001 A/1）　　生产部 编制 / 人事行政部 审核"
    d.add_heading("生产部岗位说明书", level=0)
    d.add_paragraph("说明：本说明书适用于生产部印刷车间和后道车间。频次一栏打“✓”表示该项工作的执行周期。")
    for i, p in enumerate(P01, 1):
        h = d.add_paragraph(); r = h.add_run(f"{i}. 岗位：{p['post']}（岗位代码 {p['code']}）"); r.bold = True
        t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
        t.cell(0, 0).text = "所属部门"; t.cell(0, 1).text = p["dept"]
        t.cell(0, 2).text = "定员"; t.cell(0, 3).text = p["n"]
        t.cell(1, 0).text = "直接上级"; t.cell(1, 1).text = p["up"]
        t.cell(1, 2).text = "直接下属"; t.cell(1, 3).text = p["down"]
        t.cell(2, 0).text = "班次"; m = t.cell(2, 1).merge(t.cell(2, 3)); m.text = p["shift"]
        t.cell(3, 0).text = "工作地点"; m = t.cell(3, 1).merge(t.cell(3, 3)); m.text = p["loc"]
        for rr in range(4):
            set_cell_bg(t.cell(rr, 0))
        d.add_paragraph("")
        t2 = d.add_table(rows=2, cols=5); t2.style = "Table Grid"
        a = t2.cell(0, 0).merge(t2.cell(1, 0)); a.text = "序号"
        b = t2.cell(0, 1).merge(t2.cell(1, 1)); b.text = "岗位职责"
        c = t2.cell(0, 2).merge(t2.cell(0, 4)); c.text = "频次"
        t2.cell(1, 2).text = "每班"; t2.cell(1, 3).text = "每周"; t2.cell(1, 4).text = "每月"
        for k, (txt, fr) in enumerate(p["duties"], 1):
            row = t2.add_row().cells
            row[0].text = str(k); row[1].text = txt
            for j, lab in enumerate(("每班", "每周", "每月")):
                row[2 + j].text = "✓" if fr == lab else ""
        d.add_paragraph("")
        t3 = d.add_table(rows=1, cols=2); t3.style = "Table Grid"
        t3.cell(0, 0).text = "任职资格"; set_cell_bg(t3.cell(0, 0))
        inner = t3.cell(0, 1).add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in p["quals"]:
            rc = inner.add_row().cells; rc[0].text = lab; rc[1].text = val
        d.add_paragraph("")
    d.add_paragraph("附注：副机长、印刷助手的岗位说明书另行编制，暂按机长带教安排执行。")
    d.save(os.path.join(OUT, "pk01_生产部岗位说明书.docx"))
    TRUTH["pk01_生产部岗位说明书.docx"] = P01


# ---------------------------------------------------------------- pk02 docx
def tracked(par, before, deleted, inserted, after, date="2025-02-18T09:00:00Z"):
    par.add_run(before)
    de = OxmlElement("w:del"); de.set(qn("w:id"), "101"); de.set(qn("w:author"), "人事行政部 王敏"); de.set(qn("w:date"), date)
    r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = deleted
    r.append(dt); de.append(r); par._p.append(de)
    ins = OxmlElement("w:ins"); ins.set(qn("w:id"), "102"); ins.set(qn("w:author"), "人事行政部 王敏"); ins.set(qn("w:date"), date)
    r2 = OxmlElement("w:r"); t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = inserted
    r2.append(t); ins.append(r2); par._p.append(ins)
    par.add_run(after)


def gen_pk02():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　品质部工作手册（2025版）"
    sec.footer.paragraphs[0].text = "内部资料　注意保密　　QM-02"
    d.add_heading("品质部工作手册（2025版）", level=0)
    d.add_heading("一、部门职能", level=1)
    d.add_paragraph("品质部负责来料、过程和成品的检验与放行，维护ISO 9001质量管理体系和FSC产销监管链体系，处理客户投诉并推动质量改进。")
    d.add_heading("二、组织架构", level=1)
    d.add_paragraph("品质部设品质主管1名，品检员（IPQC）6名，来料检验员（IQC）2名，出货检验员（OQC）1名。来料检验员、出货检验员的工作内容按《检验规程》执行，本手册不再单列。")
    d.add_heading("三、岗位职责与任职要求", level=1)
    d.add_heading("3.1 品质主管", level=2)
    d.add_paragraph("品质主管向厂长汇报，管理本部门全部品检员和检验员。其主要工作是：建立并维护ISO 9001质量管理体系；审批首件和限度样板；主持每周质量例会，分析客诉和内部不良；对重大质量异常作出停线或放行决定；每季度对纸张、油墨供应商进行质量评审。")
    d.add_paragraph("任职要求：本科及以上学历，质量管理、印刷工程或包装工程专业；5年以上包装印刷行业品质管理经验；持有ISO 9001内审员证书。")
    d.add_heading("3.2 品检员（IPQC）", level=2)
    d.add_paragraph("品检员上级为品质主管，实行两班倒，随生产班组上班。日常工作包括：")
    for x in ["巡检各机台，每小时按检验标准抽检一次，记录在《过程巡检记录表》上",
              "对首件签样确认，比对客户签样和色差仪数据（ΔE≤2.0）",
              "发现批量不良时立即挂“暂停”标识，并通知机长和品质主管",
              "对不良品进行隔离、标识，跟踪返工和报废结果",
              "每班结束前整理检验数据并完成交接"]:
        d.add_paragraph(x, style="List Bullet")
    p = d.add_paragraph()
    tracked(p, "任职要求：", "高中及以上学历", "中专及以上学历", "；1年以上印刷品检验经验；色觉正常，能熟练使用色差仪和密度计。")
    d.add_paragraph("【修订说明】2025年2月，经厂长批准，品检员学历要求由高中及以上调整为中专及以上（修订人：人事行政部 王敏）。")
    d.add_heading("四、过程检验标准", level=1)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for i, h in enumerate(["检验项目", "合格标准", "检验频次"]):
        t.cell(0, i).text = h
    for row in [("色差", "与签样比对 ΔE≤2.0", "每小时1次"),
                ("套准误差", "≤0.1mm", "每小时1次"),
                ("条码等级", "ISO/IEC 15416 B级及以上", "每批首件"),
                ("模切尺寸", "公差±0.3mm", "每2小时1次")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    d.add_heading("五、品质部奖惩细则", level=1)
    d.add_paragraph("略。")
    d.save(os.path.join(OUT, "pk02_品质部工作手册.docx"))
    TRUTH["pk02_品质部工作手册.docx"] = "see file; 品质主管, 品检员 (tracked change 高中→中专), IQC/OQC named only, 五 略"


# ---------------------------------------------------------------- pk03 xlsx KPI library
KPI = {
    "印刷车间": (["印刷机长", "制版员", "印刷车间主任"], [
        ("SC-01", "印刷合格率", "合格品数÷印刷总数×100%", "≥98.5%", "机台日报、品质部巡检记录", [30, None, 20]),
        ("SC-02", "印刷损耗率", "（投纸数−合格品数）÷投纸数×100%", "≤3%", "仓库领料单", [20, None, 20]),
        ("SC-03", "计划达成率", "按期完成工单数÷计划工单数×100%", "≥95%", "生产计划表", [20, None, 25]),
        ("SC-04", "平均换单时间", "每次换单调机的平均用时（分钟）", "≤25分钟", "机台日报", [15, None, None]),
        ("SC-05", "制版一次合格率", "一次合格印版数÷出版总数×100%", "≥99%", "CTP出版记录", [None, 40, None]),
        ("SC-06", "印版交付及时率", "按时交付印版批次÷总批次×100%", "100%", "制版交接单", [None, 30, None]),
        ("SC-07", "印刷客诉次数", "因印刷工序导致的有效客户投诉次数", "0次/月", "客诉台账", [10, 10, 15]),
        ("SC-08", "安全事故次数", "工伤及设备事故次数", "0次", "安全台账", [5, 20, 20]),
    ]),
    "品质部": (["品质主管", "品检员"], [
        ("QC-01", "客诉批次率", "有效客诉批次÷出货批次×100%", "≤0.3%", "客诉台账", [30, 15]),
        ("QC-02", "漏检率", "下工序或客户发现的不良批次÷检验批次×100%", "≤0.5%", "检验记录、客诉台账", [20, 35]),
        ("QC-03", "首件确认及时率", "15分钟内完成首件确认的次数÷首件总次数×100%", "≥98%", "首件记录", [None, 25]),
        ("QC-04", "巡检记录完整率", "按要求填写的记录数÷应填记录数×100%", "100%", "过程巡检记录表", [None, 15]),
        ("QC-05", "供应商评审完成率", "按季度完成评审的供应商数÷应评审供应商数×100%", "100%", "供应商评审表", [20, None]),
        ("QC-06", "体系不符合项关闭率", "按期关闭的不符合项数÷不符合项总数×100%", "100%", "内审报告", [30, None]),
        ("QC-07", "培训完成率", "实际参训课时÷计划课时×100%", "≥95%", "培训签到表", [None, 10]),
    ]),
    "计划物控部": (["生产计划员", "仓管员"], [
        ("PM-01", "订单准时交付率", "准时交付订单数÷应交付订单数×100%", "≥97%", "ERP出货记录", [40, None]),
        ("PM-02", "计划变更次数", "非客户原因的周计划变更次数", "≤2次/周", "计划变更单", [20, None]),
        ("PM-03", "物料齐套率", "开工前物料齐套的工单数÷开工工单数×100%", "≥98%", "ERP工单", [25, 20]),
        ("PM-04", "库存准确率", "盘点账实相符SKU数÷盘点SKU总数×100%", "≥99.5%", "月度盘点表", [None, 35]),
        ("PM-05", "呆滞库存金额", "超过180天未动用的库存金额", "≤20万元", "ERP库龄报表", [15, 15]),
        ("PM-06", "收发货差错次数", "收货、发料、出货的数量或品种差错次数", "0次/月", "仓库差错登记", [None, 30]),
    ]),
}


def gen_pk03():
    wb = Workbook(); ws = wb.active; ws.title = "填表说明"
    for i, line in enumerate([
        f"{CO} 岗位KPI指标库（2025年度）",
        "1. 本库按部门分页，每页的“权重（%）”栏下列出适用岗位，空白表示该指标不适用于该岗位。",
        "2. 各岗位权重合计应为100，合计行为公式自动计算。",
        "3. 考核周期：月度考核，年度汇总；指标数据由人事行政部每月5日前收集。",
        "4. “2023版（作废）”页仅供查阅，不再使用。"], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 80
    for sheet, (posts, rows) in KPI.items():
        s = wb.create_sheet(sheet)
        ncol = 5 + len(posts)
        s.cell(1, 1, f"{sheet}岗位KPI指标库（2025年度）").font = Font(bold=True, size=14)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        heads = ["指标编号", "指标名称", "指标定义/计算公式", "目标值", "数据来源"]
        for j, h in enumerate(heads, 1):
            s.cell(2, j, h); s.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        s.cell(2, 6, "权重（%）"); s.merge_cells(start_row=2, start_column=6, end_row=2, end_column=ncol)
        for k, p in enumerate(posts):
            s.cell(3, 6 + k, p)
        r = 4
        for code, name, fdef, tgt, src, ws_ in rows:
            for j, v in enumerate([code, name, fdef, tgt, src], 1):
                s.cell(r, j, v)
            for k, w in enumerate(ws_):
                if w is not None:
                    s.cell(r, 6 + k, w)
            r += 1
        s.cell(r, 1, "合计"); s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for k in range(len(posts)):
            col = chr(ord("F") + k)
            s.cell(r, 6 + k, f"=SUM({col}4:{col}{r-1})")
        for col, wdt in zip("ABCDEFGH", [9, 18, 40, 10, 22, 12, 12, 14]):
            s.column_dimensions[col].width = wdt
        for row in s.iter_rows(min_row=2, max_row=3):
            for c in row:
                c.alignment = Alignment(horizontal="center", vertical="center")
    s = wb.create_sheet("2023版（作废）")
    s.cell(1, 1, "印刷机长KPI（2023版，已作废，仅供查阅）")
    s.merge_cells("A1:D1")
    for j, h in enumerate(["指标名称", "计算方法", "目标值", "权重"], 1):
        s.cell(2, j, h)
    for i, row in enumerate([("印刷合格率", "合格数÷总数", "≥97%", "40%"),
                             ("班产量", "每班印刷张数", "≥4万张", "30%"),
                             ("纸张损耗率", "损耗÷投纸", "≤4%", "30%")], 3):
        for j, v in enumerate(row, 1):
            s.cell(i, j, v)
    wb.save(os.path.join(OUT, "pk03_岗位KPI指标库2025.xlsx"))
    TRUTH["pk03_岗位KPI指标库2025.xlsx"] = KPI


# ---------------------------------------------------------------- pk04 xlsx pay/shift
PAY = [
    ("厂长", "厂部", "M1", 1, None, None, None, "常白班", "虎门厂区办公楼3楼"),
    ("印刷车间主任", "生产部", "M3", 1, 9000, "月度绩效", "12000-15000", "常白班", "A栋印刷车间"),
    ("印刷机长", "生产部", "T2", 6, 6500, "计件+质量奖", "10000-13000", "两班倒", "A栋印刷车间"),
    ("制版员", "生产部", "T4", 2, 5000, "月度绩效", "6500-8000", "两班倒", "A栋制版房"),
    ("调墨员", "生产部", "T4", 2, 4800, "月度绩效", "6000-7500", "常白班", "A栋调墨间"),
    ("模切工", "生产部", "O2", 10, 3800, "计件", "5500-7500", "两班倒", "C栋后道车间"),
    ("印前设计员", "生产部", "P4", 2, 6000, "月度绩效", "7000-10000", "常白班", "A栋印前室"),
    ("品质主管", "品质部", "M3", 1, 10000, "月度绩效", "12000-16000", "常白班", "办公楼2楼品质部"),
    ("品检员", "品质部", "T5", 6, 4500, "月度绩效", "5500-6500", "两班倒", "各车间现场"),
    ("生产计划员", "计划物控部", "P4", 2, 6000, "月度绩效", "7000-9000", "常白班", "办公楼3楼计划物控部"),
    ("仓管员", "计划物控部", "O1", 4, 4200, "月度绩效", "5000-6000", "两班倒", "B栋原料仓/成品仓"),
    ("设备维修工", "设备部", "T3", 3, 5500, "月度绩效+抢修补贴", "7000-9000", "白班+夜间轮值待命", "全厂"),
]
CERT = [
    ("设备维修工", "低压电工作业证（特种作业操作证）", "应急管理部门", "每3年复审"),
    ("叉车司机", "特种设备作业人员证（N1 叉车）", "市场监督管理部门", "每4年复审"),
    ("调墨员", "无", "—", "—"),
    ("生产计划员", None, None, None),
]


def gen_pk04():
    wb = Workbook(); s = wb.active; s.title = "2025年"
    s.cell(1, 1, f"{CO} 岗位定编、薪资与班次一览（2025年1月起）").font = Font(bold=True)
    s.merge_cells("A1:I1")
    top = [("岗位", 1, 1), ("部门", 2, 2), ("岗位等级", 3, 3), ("定编（人）", 4, 4),
           ("薪资结构（元/月，税前）", 5, 7), ("工作安排", 8, 9)]
    for name, a, b in top:
        s.cell(2, a, name)
        if a == b:
            s.merge_cells(start_row=2, start_column=a, end_row=3, end_column=a)
        else:
            s.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    for j, h in zip(range(5, 10), ["基本工资", "浮动部分", "月综合收入参考", "班次", "工作地点"]):
        s.cell(3, j, h)
    for i, row in enumerate(PAY, 4):
        for j, v in enumerate(row, 1):
            if v is not None:
                s.cell(i, j, v)
    s.cell(4 + len(PAY) + 1, 1, "注：厂长薪酬由集团另行核定，不在本表列示。综合收入含加班费及各项补贴，仅供参考。")
    c = wb.create_sheet("附：持证要求")
    for j, h in enumerate(["岗位", "必备证书", "发证机关", "复审周期"], 1):
        c.cell(1, j, h)
    for i, row in enumerate(CERT, 2):
        for j, v in enumerate(row, 1):
            if v is not None:
                c.cell(i, j, v)
    wb.save(os.path.join(OUT, "pk04_岗位定编薪资与班次一览.xlsx"))
    TRUTH["pk04_岗位定编薪资与班次一览.xlsx"] = {"pay": PAY, "cert": CERT}


# ---------------------------------------------------------------- pk05 csv (OA requisition export)
CSV_ROWS = [
    ["需求单号", "岗位名称", "用人部门", "需求人数", "岗位职责", "任职要求", "期望到岗", "需求状态", "审批意见"],
    ["ZP2024-017", "制版员", "生产部印前组", "1", "操作CTP出版；冲版；印版检查", "高中及以上，1年以上制版经验", "2024-06-01", "已关闭", "已招满"],
    ["ZP2025-003", "制版员", "生产部印前组", "1",
     "1.操作CTP制版机，按工单输出印版；2.检查拼版文件，核对版号、色序和咬口尺寸；3.负责印版显影、烤版及质量检查，测量网点还原；4.维护CTP机和冲版机，定期更换药水；5.做好印版存档与报废登记",
     "中专及以上学历，印刷、平面设计相关专业；2年以上CTP制版经验，会用方正畅流或印能捷拼版软件；熟悉网点、加网线数等印前知识",
     "2025-03-15", "招聘中", "同意，按T4级定薪"],
    ["ZP2025-006", "叉车司机", "计划物控部", "1", "待定", "", "2025-04-01", "已取消", "暂缓，由仓管员兼任"],
    ["ZP2025-008", "品检员", "品质部", "2", "见《品质部工作手册》3.2", "见《品质部工作手册》3.2", "2025-03-20", "招聘中", "同意"],
]


def gen_pk05():
    with open(os.path.join(OUT, "pk05_招聘需求台账_OA导出.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for r in CSV_ROWS:
            w.writerow(r)
    TRUTH["pk05_招聘需求台账_OA导出.csv"] = CSV_ROWS


# ---------------------------------------------------------------- pk06 html careers page (one <tbody> per posting)
JOBS = [
    dict(post="仓管员", meta="部门：计划物控部｜地点：东莞虎门B栋原料仓/成品仓｜招聘人数：2人",
         duties=["负责纸张、油墨、辅料的收货、点数和入库，核对送货单与采购订单",
                 "按生产工单备料发料，执行先进先出",
                 "成品入库扫码登记，安排装车出货并核对出货单",
                 "每月末配合财务盘点，保证账实相符",
                 "做好仓库6S和消防安全检查，纸张防潮、防压"],
         reqs=["高中及以上学历", "1年以上工厂仓库管理经验", "会使用金蝶或用友ERP及Excel", "持叉车证者优先"],
         pay="薪资：5000-6000元/月，包住宿，两班倒，上级为计划物控部经理"),
    dict(post="印前设计员", meta="部门：生产部印前组｜地点：东莞虎门A栋印前室｜招聘人数：1人",
         duties=["根据客户原稿进行包装盒型结构设计和拼版，出具刀模图",
                 "文件预检：检查出血、分辨率、专色及陷印设置",
                 "打印数码样与客户确认，跟进签样修改",
                 "配合制版员完成文件输出"],
         reqs=["大专及以上学历，印刷、包装设计、视觉传达相关专业",
               "熟练使用Illustrator、Photoshop和ArtiosCAD",
               "3年以上包装印前工作经验"],
         pay="薪资：7000-10000元/月，常白班，双休"),
]


def gen_pk06():
    L = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8"><title>加入华彩 - 华彩印务包装有限公司</title>',
         '<style>table.jobs th{width:120px;background:#eee} .tag{color:#c00}</style></head><body>',
         '<header><nav><a href="/">首页</a> | <a href="/about">关于我们</a> | <a href="/jobs">加入华彩</a></nav></header>',
         '<h1>加入华彩</h1>', '<p>华彩印务包装有限公司位于东莞虎门，专业生产彩盒、礼盒和说明书，现诚聘以下岗位：</p>',
         '<table class="jobs" border="1">']
    for j in JOBS:
        L.append('<tbody>')
        L.append(f'<tr><th rowspan="4">{j["post"]}<br><span class="tag">急招</span></th>')
        L.append(f'<td>{j["meta"]}</td></tr>')
        L.append('<tr><td><b>工作内容</b><ol>')
        for x in j["duties"]:
            L.append(f'<li>{x}</li>')
        L.append('</ol></td></tr>')
        L.append('<tr><td><b>岗位要求</b><ul>')
        for x in j["reqs"]:
            L.append(f'<li>{x}</li>')
        L.append('</ul></td></tr>')
        L.append(f'<tr><td>{j["pay"]}</td></tr>')
        L.append('</tbody>')
    L += ['</table>',
          '<p>另长期招聘糊盒工、装订工若干名，请直接到厂门口招聘处咨询。</p>',
          '<footer>投递邮箱：hr@huacai-print.example ｜ 电话：0769-8xxxxxxx</footer>', '</body></html>']
    with open(os.path.join(OUT, "pk06_加入华彩.html"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    TRUTH["pk06_加入华彩.html"] = JOBS


# ---------------------------------------------------------------- pk07 pdf
PDFJD = [
    dict(post="厂长", dept="厂部", up="总经理", down="生产经理、品质主管、计划物控部经理、设备主管、人事行政主管",
         duties=["全面负责工厂生产经营，组织完成年度产值、交期和成本目标",
                 "审批月度生产计划和重大设备采购",
                 "主持每月经营分析会，推动精益生产和降本增效",
                 "作为安全生产第一责任人，组织每季度安全大检查",
                 "处理重大客户投诉和质量事故"],
         quals=["本科及以上学历，印刷工程、包装工程或机械类专业",
                "15年以上印刷包装行业经验，其中5年以上工厂全面管理经验",
                "熟悉FSC、G7等认证要求"]),
    dict(post="生产计划员", dept="计划物控部", up="计划物控部经理", down="无",
         duties=["根据销售订单和产能编制周生产计划和日排程，下发各车间",
                 "跟踪物料到货情况，每天召开产销协调会",
                 "遇缺料、设备故障、插单等异常时调整计划并通知业务部",
                 "统计订单达成率和产能负荷，每周出具计划达成报告",
                 "维护ERP中的工单和BOM数据"],
         quals=["大专及以上学历，物流管理、工业工程相关专业",
                "2年以上制造业PMC经验，有印刷包装行业经验优先",
                "熟练使用ERP系统和Excel数据透视表"]),
]


def gen_pk07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    ps = ParagraphStyle("n", fontName="wqy", fontSize=10, leading=15)
    ph = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22)

    def deco(c, doc):
        c.saveState(); c.setFont("wqy", 8)
        c.drawString(40, A4[1] - 30, f"{CO}　受控文件 HC-HR-JD-007")
        c.drawString(40, 25, f"第 {doc.page} 页")
        c.restoreState()
    doc = SimpleDocTemplate(os.path.join(OUT, "pk07_厂长及生产计划员岗位说明书.pdf"), pagesize=A4,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=45)
    story = []
    for i, p in enumerate(PDFJD):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(f"岗位说明书：{p['post']}", ph)); story.append(Spacer(1, 8))
        data = [[Paragraph("岗位名称", ps), Paragraph(p["post"], ps), Paragraph("所属部门", ps), Paragraph(p["dept"], ps)],
                [Paragraph("直接上级", ps), Paragraph(p["up"], ps), Paragraph("直接下属", ps), Paragraph(p["down"], ps)]]
        t = Table(data, colWidths=[70, 150, 70, 205])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t); story.append(Spacer(1, 10))
        story.append(Paragraph("一、岗位职责", ps))
        for k, x in enumerate(p["duties"], 1):
            story.append(Paragraph(f"{k}. {x}", ps))
        story.append(Spacer(1, 8))
        story.append(Paragraph("二、任职资格", ps))
        for k, x in enumerate(p["quals"], 1):
            story.append(Paragraph(f"{k}. {x}", ps))
    doc.build(story, onFirstPage=deco, onLaterPages=deco)
    TRUTH["pk07_厂长及生产计划员岗位说明书.pdf"] = PDFJD


# ---------------------------------------------------------------- pk08 md
MD = """# 设备部岗位手册

> 本手册由设备部维护，最近更新：2025-01-20。设备主管的岗位说明书另行发布。

## 设备维修工（机修）

> 📌 汇报：设备主管 ｜ 部门：设备部 ｜ 班次：白班+夜间轮值待命 ｜ 编制：3人

**你要负责的事**

1. 印刷机、模切机、糊盒机的日常点检、一级保养和故障抢修，接到报修后10分钟内到场
2. 按《设备年度保养计划》执行二级保养，更换墨辊、橡皮布、刀条等易损件
3. 维护空压机、冷水机和配电柜等公用设施，保证车间供电供气正常
4. 建立设备维修台账，记录故障原因和停机时长，每月分析重复故障
5. 负责备品备件的申购和领用登记

**我们的要求**

- 中专及以上学历，机电一体化或电气自动化专业
- 3年以上印刷设备或包装机械维修经验，能看懂电气图纸，会PLC基础调试
- 必须持有低压电工作业证（特种作业操作证）
- 能接受夜间及节假日轮值

## 设备点检周期

| 设备 | 日点检 | 周保养 | 年度大修 |
| --- | --- | --- | --- |
| 海德堡四色胶印机 | 机长 | 设备维修工 | 厂家工程师 |
| 自动模切机 | 模切工 | 设备维修工 | 设备维修工 |
| 空压机 | 设备维修工 | 设备维修工 | 外委 |
"""


def gen_pk08():
    with open(os.path.join(OUT, "pk08_设备部岗位手册.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    TRUTH["pk08_设备部岗位手册.md"] = MD


# ---------------------------------------------------------------- pk09 GBK txt
GBK = """华彩印务包装有限公司
调墨员岗位工作规范（2025年修订）

一、岗位概况
岗位名称：调墨员　　　　所属部门：生产部印刷车间
直接上级：印刷车间主任　直接下属：无

二、工作职责
⑴ 根据工单色样和潘通色号，用配色软件计算配方，称量调配专色油墨，误差控制在±0.5克以内；
⑵ 刮样比对色样，在D50标准光源箱下确认色相，必要时用分光光度计测量；
⑶ 专色油墨调好后贴标签（色号、工单号、日期），送到机台并向机长交底；
⑷ 回收机台余墨，分类存放，余墨再利用，降低油墨损耗；
⑸ 管理油墨库，每月盘点一次油墨和助剂库存，及时提出采购申请；
⑹ 遵守危化品管理规定，油墨、洗车水必须存放在防爆柜内。

三、任职条件
学历：高中或中专及以上
经验：2年以上印刷厂调墨经验，
　　　熟悉胶印油墨和UV油墨的特性
其他：色觉正常，入职前须通过色盲检测和FM100色相测试

四、附：旧版说明
2021年版规定调墨员上级为印刷机长、学历初中及以上，该版已废止，以本规范为准。
"""


def gen_pk09():
    with open(os.path.join(OUT, "pk09_调墨员岗位工作规范.txt"), "w", encoding="gbk", newline="\r\n") as f:
        f.write(GBK)
    TRUTH["pk09_调墨员岗位工作规范.txt"] = GBK


# ---------------------------------------------------------------- pk10 UTF-16 policy
POL = """华彩印务包装有限公司考勤与班次管理制度（2025年版）

第一条　为规范考勤管理，保证连续生产，制定本制度。
第二条　班次设置：
　　（一）常白班：8:00-17:30，中午休息1.5小时，适用于管理、技术和辅助岗位；
　　（二）两班倒：白班8:00-20:00，夜班20:00-次日8:00，每周轮换一次，适用于印刷、制版、模切、品检、仓储等一线岗位。
第三条　夜班津贴每班30元，当月发放。
第四条　员工每月加班不得超过36小时，加班须事先填写《加班申请单》并经部门负责人批准。
第五条　计件岗位（模切工、糊盒工等）的计件单价另行公布。
第六条　迟到、早退15分钟以内的，每次扣款20元；超过15分钟按旷工半天处理。
第七条　本制度由人事行政部负责解释，自2025年1月1日起施行。
"""


def gen_pk10():
    with open(os.path.join(OUT, "pk10_考勤与班次管理制度.txt"), "w", encoding="utf-16") as f:
        f.write(POL)
    TRUTH["pk10_考勤与班次管理制度.txt"] = POL


if __name__ == "__main__":
    for g in [gen_pk01, gen_pk02, gen_pk03, gen_pk04, gen_pk05, gen_pk06, gen_pk07, gen_pk08, gen_pk09, gen_pk10]:
        g()
    with open(os.path.join(HERE, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1)
    print("wrote", sorted(os.listdir(OUT)))
