# -*- coding: utf-8 -*-
"""Round 44 'garm': 湖州华缝制衣有限公司 (a garment factory). Writes 10 HR documents to $T44_OUT."""
import csv
import json
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.environ.get("T44_OUT", "/tmp/t44garm/corpus")
os.makedirs(OUT, exist_ok=True)
CO = "湖州华缝制衣有限公司"


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# ---------------------------------------------------------------- 01 docx
D1_POSTS = [
    {
        "name": "生产厂长", "code": "HF-SC-01", "dept": "生产部", "n": "1人",
        "up": "总经理", "down": "车间主任、裁床组长、生产计划员、设备主管",
        "duties": [
            ("生产组织", "全面负责工厂生产计划的组织实施，确保订单按交期出货", "每日"),
            ("生产组织", "统筹缝制车间、裁床、后道的产能平衡，审定每周排产计划", "每周"),
            ("精益改善", "组织推行标准工时（GST）与精益生产，降低在制品库存", "每月"),
            ("质量与异常", "审批重大生产异常处理方案与整批返工计划", "随时"),
            ("安全与团队", "作为安全生产和6S管理第一责任人，组织月度安全检查", "每月"),
            ("安全与团队", "培养班组长后备梯队，组织管理人员技能培训", "每季"),
        ],
        "qual": [("学历", "大专及以上"), ("专业", "服装工程、纺织工程或相关专业"),
                 ("工作经验", "8年以上服装厂生产管理经验，其中3年以上厂长或副厂长经验"),
                 ("技能", "熟悉梭织女装全流程工艺，懂ERP生产模块")],
        "nested": None,
        "meta": [("工作地点", "织里厂区行政楼"), ("薪资范围", "年薪18万—25万元"), ("班次", "常白班")],
        "notes": [],
    },
    {
        "name": "车间主任", "code": "HF-SC-02", "dept": "生产部（缝制车间）", "n": "2人",
        "up": "生产厂长", "down": "缝纫组长（4名）、缝纫工",
        "duties": [
            ("生产管理", "按生产计划安排各流水线每日上线款式和目标产量", "每日"),
            ("生产管理", "新款上线前做工序分析和排位（俗称“排拉”），平衡各工位节拍", "每款"),
            ("质量管理", "巡线抽查半成品，发现批量质量异常立即停线整改", "每日"),
            ("生产管理", "汇总各组日产量和计件工票，核对后报统计员", "每日"),
            ("人员管理", "负责车间考勤、请假审批，安排新员工跟线带教", "每日"),
            ("人员管理", "主持每日班前早会，通报前一日质量与产量情况", "每日"),
        ],
        "qual": [("学历", "高中或中专及以上"), ("工作经验", "5年以上服装缝制车间管理经验"),
                 ("技能", "会看工艺单和工序流程图，能独立排拉")],
        "nested": [("必备条件", "懂平车、包缝、绷缝等常用设备操作"), ("优先条件", "有吊挂流水线管理经验者优先")],
        "meta": [("工作地点", "织里厂区2号楼缝制车间"), ("薪资范围", "9000—13000元/月"), ("班次", "常白班（7:30—17:30）")],
        "notes": ["【批注 人事部 张琳 2025-03-02】职责第3条原为“每周巡线”，现改为“每日”。"],
    },
    {
        "name": "裁床组长", "code": "HF-SC-03", "dept": "生产部（裁床组）", "n": "1人",
        "up": "生产厂长", "down": "拉布工、裁剪工、编号分包工（共8人）",
        "duties": [
            ("裁剪作业", "根据裁剪通知单和唛架图安排拉布、裁剪", "每日"),
            ("裁剪作业", "拉布前核对面料色号、缸号，防止不同缸号混裁造成色差", "每床"),
            ("成本控制", "控制面料单耗，填写裁床损耗记录并每周分析", "每周"),
            ("交接", "负责裁片打号、分包、配片，按上线顺序交缝制车间", "每日"),
            ("设备安全", "监督电剪、自动裁床安全操作，做好日常点检", "每日"),
        ],
        "qual": [("学历", "初中及以上"), ("工作经验", "3年以上裁床工作经验，熟悉电剪和自动裁床"),
                 ("技能", "会看唛架图，懂排料和面料缩率")],
        "nested": None,
        "meta": [("工作地点", "织里厂区1号楼裁床间"), ("薪资范围", "7500—9500元/月"), ("班次", "两班倒（早班6:00—14:00，中班14:00—22:00）")],
        "notes": [],
    },
    {
        "name": "缝纫工", "code": "HF-SC-04", "dept": "生产部（缝制车间）", "n": "160人",
        "up": "缝纫组长", "down": "无",
        "duties": [
            ("本工序作业", "按工序卡要求完成本工序缝制，针距、线迹符合工艺单", "每日"),
            ("设备点检", "开工前检查平车或包缝机，按规定加油、清洁", "每日"),
            ("质量自检", "自检本工序质量，发现上道工序问题及时反馈组长", "每件"),
            ("记录", "如实填写计件工票，不得多报、代报", "每日"),
            ("6S", "保持机台整洁，下班关机断电", "每日"),
        ],
        "qual": [("学历", "不限"), ("年龄", "18—50周岁"), ("工作经验", "熟练工需1年以上平车经验，新手可安排培训")],
        "nested": None,
        "meta": [("工作地点", "织里厂区2号楼缝制车间"), ("薪资范围", "计件工资，熟练工月均6500—9000元"),
                 ("班次", "常白班，旺季按通知加班")],
        "notes": [],
    },
    {
        "name": "整烫工", "code": "HF-SC-05", "dept": "生产部（后道组）", "n": "12人",
        "up": "车间主任", "down": "无",
        "duties": [
            ("整烫作业", "按工艺要求对成衣进行中烫和大烫定型", "每日"),
            ("整烫作业", "根据面料成分调节熨斗温度，先试烫后批量", "每款"),
            ("质量", "防止出现极光、烫黄、烫缩，发现问题立即停烫上报", "每件"),
            ("交接", "烫后成衣按要求挂装或折叠，交包装工", "每日"),
            ("设备安全", "蒸汽熨斗、烫台用后关闭蒸汽阀，防止烫伤", "每日"),
        ],
        "qual": [("学历", "初中及以上"), ("工作经验", "1年以上服装整烫经验"),
                 ("技能", "会使用蒸汽熨斗、吸风烫台和立体整烫机")],
        "nested": None,
        "meta": [("工作地点", "织里厂区3号楼后道车间"), ("薪资范围", "计件工资，月均6000—8000元"), ("班次", "常白班")],
        "notes": ["【批注 生产部 2025-06-20】直属上级将调整为后道组长，以人事部通知为准。"],
    },
    {
        "name": "后道组长", "code": "HF-SC-06", "dept": "生产部（后道组）", "n": "1人",
        "up": "车间主任", "down": "剪线工、包装工",
        "duties": [
            ("后道管理", "安排成衣剪线、钉扣、包装、装箱，保证出货进度", "每日"),
            ("质量", "配合质检员做尾期检验，组织返修", "每批"),
        ],
        "qual": [("任职资格", "略")],
        "nested": None,
        "meta": [("工作地点", "织里厂区3号楼后道车间"), ("薪资范围", "略"), ("班次", "常白班")],
        "notes": [],
    },
]


def vmerge_col(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    return a.merge(b)


def gen_docx1():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　　受控文件　HF/HR-JD-2025　第B版"
    fp = sec.footer.paragraphs[0]
    fp.text = "编制：人事部　审核：生产厂长　批准：总经理　　本文件未经许可不得复印"
    t = doc.add_paragraph("生产部岗位说明书汇编（2025版）")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    t.runs[0].font.size = Pt(16)
    doc.add_paragraph("说明：本汇编适用于生产部各岗位。职责按“职责类别—职责内容—频次”列示；"
                      "任职资格中“必备/优先”条件以嵌套表列示。批注为修订意见，已生效。")
    for p in D1_POSTS:
        # title bar: 1-row, 3-cell shaded table
        bar = doc.add_table(rows=1, cols=3)
        bar.style = "Table Grid"
        cells = bar.rows[0].cells
        cells[0].text = f"岗位：{p['name']}"
        cells[1].text = f"编号：{p['code']}"
        cells[2].text = f"所属：{p['dept']}　定员：{p['n']}"
        for c in cells:
            shade(c)
        doc.add_paragraph("")
        doc.add_paragraph("一、工作关系")
        rel = doc.add_table(rows=2, cols=4)
        rel.style = "Table Grid"
        rel.cell(0, 0).text = "汇报对象"
        rel.cell(0, 1).text = p["up"]
        rel.cell(0, 2).text = "管理对象"
        rel.cell(0, 3).text = p["down"]
        for i, (k, v) in enumerate(p["meta"][:2]):
            rel.cell(1, 2 * i).text = k
            rel.cell(1, 2 * i + 1).text = v
        doc.add_paragraph(f"班次安排：{p['meta'][2][1]}")
        doc.add_paragraph("二、工作职责")
        dt = doc.add_table(rows=1 + len(p["duties"]), cols=4)
        dt.style = "Table Grid"
        for j, h in enumerate(["职责类别", "序号", "职责内容", "频次"]):
            dt.cell(0, j).text = h
            shade(dt.cell(0, j), "EDEDED")
        # group by consecutive category and merge
        r = 1
        i = 0
        duties = p["duties"]
        while i < len(duties):
            cat = duties[i][0]
            k = i
            while k + 1 < len(duties) and duties[k + 1][0] == cat:
                k += 1
            for m in range(i, k + 1):
                dt.cell(1 + m, 1).text = str(m + 1)
                dt.cell(1 + m, 2).text = duties[m][1]
                dt.cell(1 + m, 3).text = duties[m][2]
            mc = vmerge_col(dt, 0, 1 + i, 1 + k) if k > i else dt.cell(1 + i, 0)
            mc.text = cat
            i = k + 1
        doc.add_paragraph("三、任职资格")
        qt = doc.add_table(rows=len(p["qual"]) + (1 if p["nested"] else 0), cols=2)
        qt.style = "Table Grid"
        for j, (k, v) in enumerate(p["qual"]):
            qt.cell(j, 0).text = k
            qt.cell(j, 1).text = v
        if p["nested"]:
            j = len(p["qual"])
            qt.cell(j, 0).text = "其他条件"
            inner_cell = qt.cell(j, 1)
            inner = inner_cell.add_table(rows=len(p["nested"]), cols=2)
            inner.style = "Table Grid"
            for a, (k, v) in enumerate(p["nested"]):
                inner.cell(a, 0).text = k
                inner.cell(a, 1).text = v
        for n in p["notes"]:
            para = doc.add_paragraph()
            run = para.add_run(n)
            run.italic = True
            run.font.color.rgb = RGBColor(0xC0, 0, 0)
        doc.add_page_break()
    doc.save(os.path.join(OUT, "01_生产部岗位说明书汇编2025.docx"))


# ---------------------------------------------------------------- 02 docx (prose handbook)
def gen_docx2():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "技术部·质量部 岗位工作手册　　内部资料"
    sec.footer.paragraphs[0].text = "华缝制衣 人事部 2025年4月修订"
    doc.add_heading("技术部与质量部岗位工作手册", level=1)
    doc.add_paragraph("本手册以叙述方式介绍技术部（版房）和质量部各岗位的工作内容。"
                      "技术部经理岗位另行发文，本手册不作说明。绣花工序目前全部外发加工，绣花工岗位暂不设置。")
    doc.add_heading("第一章　版房", level=2)
    doc.add_heading("一、版房师傅（制版师）", level=3)
    doc.add_paragraph("版房师傅在厂里通常被叫作“打版师傅”，正式岗位名称为制版师，归属技术部版房，"
                      "向技术部经理汇报，带样衣工2名。办公地点在织里技术中心三楼版房，实行常白班、周末单休。"
                      "月薪12000—18000元，视技术水平定级。")
    doc.add_paragraph("主要工作：（1）根据客户款式图和尺寸表绘制纸样；（2）制作工业样板并完成放码（推档）；"
                      "（3）指导样衣工制作头样、确认样；（4）根据客户修改意见调整纸样并记录版本；"
                      "（5）编写工艺单，核算面辅料单耗；（6）纸样和电子版样板按款号归档。")
    doc.add_paragraph("任职要求：大专及以上学历，服装设计与工程专业优先；5年以上女装制版经验；"
                      "熟练使用富怡或ET服装CAD，能手工打版和推版；持有服装制版师职业技能等级证书（三级及以上）者优先。")
    doc.add_heading("二、样衣工", level=3)
    doc.add_paragraph("样衣工归属版房，直属上级为版房师傅。样衣工按纸样和工艺要求独立缝制整件样衣，"
                      "记录做样过程中的工艺难点并反馈制版师，样衣完成后自检尺寸并登记样衣台账。")
    doc.add_paragraph("样衣工要求3年以上样衣制作经验，能独立完成整件女装，月薪7000—9000元。")
    doc.add_heading("第二章　质量部", level=2)
    doc.add_heading("三、质检员（QC）", level=3)
    doc.add_paragraph("质检员即车间里说的QC，归属质量部，直属上级为质量主管，不带下属。"
                      "工作地点为各车间现场，常白班，月薪6500—8000元。")
    doc.add_paragraph("QC每天要做的事：第一，新款上线做首件检验，首件未确认不得批量生产；"
                      "第二，巡检各流水线，每2小时至少一次，填写巡检记录；第三，成品按AQL 2.5进行尾期抽检；"
                      "第四，发现不合格品立即隔离、挂红牌标识并通知车间主任；第五，每日填写质检日报，统计返修率；"
                      "第六，配合客户或第三方验货。")
    doc.add_paragraph("任职要求（2025版）：高中或中专及以上学历；2年以上服装QC经验；熟悉AQL抽样标准，能看懂工艺单和尺寸表；"
                      "视力良好，无色盲色弱。")
    p = doc.add_paragraph()
    r = p.add_run("附：2023版质检员任职要求（已作废，仅供对照）：初中及以上学历；1年以上服装厂工作经验。")
    r.font.strike = True
    doc.add_heading("四、质量主管", level=3)
    doc.add_paragraph("质量主管岗位说明见《质量管理制度》第四条。")
    doc.save(os.path.join(OUT, "02_技术部质量部岗位工作手册.docx"))


# ---------------------------------------------------------------- 03 xlsx KPI library
KPI = {
    "生产部": [
        ("车间主任", [("计划达成率", 0.30, "≥95%", "实际完成产量÷计划产量×100%", "每低1%扣2分"),
                  ("一次交检合格率", 0.25, "≥96%", "一次检验合格件数÷交检件数×100%", "每低1%扣3分"),
                  ("人均日产量", 0.15, "≥28件/人·天", "车间当月产量÷(在岗人数×出勤天数)", "每低1件扣1分"),
                  ("返修率", 0.15, "≤3%", "返修件数÷交检件数×100%", "每高0.5%扣2分"),
                  ("安全事故次数", 0.15, "0次", "当月工伤及设备安全事故次数", "发生1次本项不得分")]),
        ("裁床组长", [("面料利用率", 0.35, "≥88%", "裁片净用料÷实际耗用面料×100%", "每低1%扣3分"),
                  ("裁片差错率", 0.25, "≤0.3%", "错裁、漏裁裁片数÷裁片总数×100%", "每高0.1%扣2分"),
                  ("裁剪准时率", 0.25, "≥98%", "按时交付的裁床数÷总床数×100%", "每低1%扣2分"),
                  ("6S检查得分", 0.15, "≥90分", "月度6S检查平均分", "每低1分扣1分")]),
        ("缝纫工", [("计件产量完成率", 0.40, "≥100%", "实际计件产量÷标准产量×100%", "每低5%扣4分"),
                 ("本工序返修率", 0.40, "≤2%", "本工序返修件数÷完成件数×100%", "每高0.5%扣5分"),
                 ("出勤率", 0.20, "≥97%", "实际出勤天数÷应出勤天数×100%", "每缺勤1天扣2分")]),
    ],
    "职能部门": [
        ("质检员", [("漏检率", 0.35, "≤0.5%", "客户验出的不合格件数÷QC检验件数×100%", "每高0.1%扣3分"),
                 ("客户验货一次通过率", 0.30, "≥95%", "一次通过的验货批次÷验货总批次×100%", "每低1%扣2分"),
                 ("巡检按时完成率", 0.20, "100%", "按时巡检次数÷计划巡检次数×100%", "每漏1次扣2分"),
                 ("质检报表及时率", 0.15, "100%", "按时提交的日报份数÷应交份数×100%", "迟交1次扣1分")]),
        ("跟单员", [("订单准时交付率", 0.40, "≥97%", "按期出货订单数÷应出货订单数×100%", "每低1%扣3分"),
                 ("客户投诉次数", 0.20, "≤1次/季", "因跟单原因引起的有效投诉", "每多1次扣5分"),
                 ("产前样确认周期", 0.20, "≤7天", "从收到资料到客户确认产前样的天数", "每超1天扣1分"),
                 ("单据差错率", 0.20, "≤0.5%", "出错单据数÷单据总数×100%", "每高0.1%扣2分")]),
        ("物料仓管员", [("账实相符率", 0.40, "≥99.5%", "盘点相符品项数÷盘点品项总数×100%", "每低0.1%扣2分"),
                   ("发料及时率", 0.30, "≥98%", "按时发料单数÷领料单总数×100%", "每低1%扣2分"),
                   ("呆滞料占比", 0.30, "≤3%", "90天未动用物料金额÷库存总金额×100%", "每高0.5%扣2分")]),
    ],
}
KPI_OLD = [("车间主任", [("计划达成率", 0.40, "≥90%"), ("一次交检合格率", 0.30, "≥95%"), ("人均日产量", 0.30, "≥25件/人·天")])]


def gen_kpi():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = f"{CO} 2025年度岗位KPI指标库"
    ws["A3"] = "1. 本指标库按部门分表，每个岗位一组指标，岗位名称在A列合并显示。"
    ws["A4"] = "2. 权重以百分比表示，每个岗位权重合计须为100%（见“小计”行公式）。"
    ws["A5"] = "3. 目标值为“达标”水平，得分按“计分规则”扣减，单项最低0分。"
    ws["A6"] = "4. “2024版（作废）”工作表仅供对照，不再使用。"
    for sheet, posts in KPI.items():
        s = wb.create_sheet(sheet + "KPI")
        s.merge_cells("A1:G1")
        s["A1"] = f"{sheet}岗位月度KPI指标（2025版）"
        s["A1"].font = Font(bold=True, size=14)
        s["A1"].alignment = Alignment(horizontal="center")
        # two-row header
        s.merge_cells("A2:A3"); s["A2"] = "考核岗位"
        s.merge_cells("B2:B3"); s["B2"] = "KPI指标"
        s.merge_cells("C2:D2"); s["C2"] = "考核标准"
        s["C3"] = "权重"; s["D3"] = "目标值"
        s.merge_cells("E2:E3"); s["E2"] = "计算公式"
        s.merge_cells("F2:F3"); s["F2"] = "计分规则"
        s.merge_cells("G2:G3"); s["G2"] = "数据来源"
        for c in "ABCDEFG":
            s[f"{c}2"].fill = PatternFill("solid", fgColor="FFF2CC")
            s[f"{c}2"].font = Font(bold=True)
            s[f"{c}3"].font = Font(bold=True)
        row = 4
        src = {"车间主任": "生产日报", "裁床组长": "裁床损耗记录", "缝纫工": "计件工票",
               "质检员": "质检日报", "跟单员": "订单进度表", "物料仓管员": "ERP库存报表"}
        for post, inds in posts:
            start = row
            for name, w, tgt, formula, rule in inds:
                s.cell(row, 2, name)
                c = s.cell(row, 3, w); c.number_format = "0%"
                s.cell(row, 4, tgt)
                s.cell(row, 5, formula)
                s.cell(row, 6, rule)
                s.cell(row, 7, src[post])
                row += 1
            s.cell(start, 1, post)
            if row - 1 > start:
                s.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            s.cell(start, 1).alignment = Alignment(vertical="center")
            s.cell(row, 2, "小计")
            c = s.cell(row, 3, f"=SUM(C{start}:C{row-1})"); c.number_format = "0%"
            row += 2
        for col, wd in zip("ABCDEFG", [12, 18, 8, 14, 40, 18, 14]):
            s.column_dimensions[col].width = wd
    o = wb.create_sheet("2024版（作废）")
    o["A1"] = "2024版车间主任KPI（已于2025年1月停用）"
    o.append(["考核岗位", "KPI指标", "权重", "目标值"])
    for post, inds in KPI_OLD:
        for name, w, tgt in inds:
            o.append([post, name, w, tgt])
    wb.save(os.path.join(OUT, "03_岗位KPI指标库2025.xlsx"))


# ---------------------------------------------------------------- 04 xlsx staffing & pay
def gen_staff():
    wb = Workbook()
    s = wb.active
    s.title = "定岗定编"
    s.merge_cells("A1:H1"); s["A1"] = "2025年定岗定编及班次一览"
    s.merge_cells("A2:B2"); s["A2"] = "组织"
    s.merge_cells("C2:D2"); s["C2"] = "人数"
    s.merge_cells("E2:F2"); s["E2"] = "工作安排"
    s.merge_cells("G2:H2"); s["G2"] = "汇报关系"
    for c, h in zip("ABCDEFGH", ["部门", "岗位", "编制", "在岗", "班次代码", "工作地点", "直属上级", "备注"]):
        s[f"{c}3"] = h
    rows = [
        ("生产部", "生产厂长", 1, 1, "D", "行政楼", "总经理", ""),
        ("生产部", "车间主任", 2, 2, "D", "2号楼", "生产厂长", ""),
        ("生产部", "缝纫组长", 4, 4, "D", "2号楼", "车间主任", ""),
        ("生产部", "缝纫工", 160, 148, "D", "2号楼", "缝纫组长", "长期招聘"),
        ("生产部", "裁床组长", 1, 1, "S2", "1号楼", "生产厂长", ""),
        ("生产部", "后道组长", 1, 1, "D", "3号楼", "车间主任", ""),
        ("生产部", "整烫工", 12, 10, "D", "3号楼", "后道组长", "2025-07-01起"),
        ("生产部", "设备机修工", 4, 3, "D+N", "2号楼机修房", "设备主管", "夜间轮值"),
        ("技术部", "版房师傅（制版师）", 3, 3, "D", "技术中心三楼", "技术部经理", ""),
        ("技术部", "样衣工", 6, 6, "D", "技术中心三楼", "版房师傅", ""),
        ("质量部", "质检员（QC）", 10, 9, "D", "各车间", "质量主管", ""),
        ("业务部", "跟单员", 6, 5, "D", "总部办公楼", "业务经理", ""),
        ("物料部", "物料仓管员", 4, 4, "D", "1号仓库", "仓库主管", ""),
        ("生产部", "绣花工", 0, 0, "—", "—", "—", "工序外发，不设岗"),
    ]
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            s.cell(4 + i, 1 + j, v)
    s2 = wb.create_sheet("薪酬标准")
    s2.merge_cells("A1:E1"); s2["A1"] = "一线及职能岗位薪酬标准（元/月，税前）"
    s2.append(["岗位", "计薪方式", "底薪", "月均收入区间", "说明"])
    pay = [
        ("车间主任", "月薪+绩效", 7000, "9000—13000", "绩效按KPI得分"),
        ("裁床组长", "月薪+绩效", 6000, "7500—9500", ""),
        ("缝纫工", "计件", 2490, "6500—9000", "保底为当地最低工资"),
        ("整烫工", "计件", 2490, "6000—8000", ""),
        ("设备机修工", "月薪+绩效", 6500, "8000—11000", "夜间值班另计补贴"),
        ("版房师傅（制版师）", "月薪", 12000, "12000—18000", "按技术等级"),
        ("质检员（QC）", "月薪+绩效", 5000, "6500—8000", ""),
        ("跟单员", "月薪+提成", 6000, "7000—10000", "提成按出货额"),
        ("物料仓管员", "月薪", 5500, "5500—6500", ""),
    ]
    for r in pay:
        s2.append(list(r))
    s3 = wb.create_sheet("班次代码")
    s3.append(["代码", "含义", "时间"])
    s3.append(["D", "常白班", "7:30—11:30，13:00—17:30"])
    s3.append(["S2", "两班倒", "早班6:00—14:00，中班14:00—22:00"])
    s3.append(["D+N", "常白班+夜间轮值", "白班同D；夜间值班每周1—2次，20:00—次日6:00"])
    wb.save(os.path.join(OUT, "04_定岗定编与薪酬标准.xlsx"))


# ---------------------------------------------------------------- 05 csv (pinyin header export)
def gen_csv():
    hdr = ["XQBH", "GWMC", "SSBM", "ZPRS", "XLYQ", "GZJY", "ZSYQ", "XZFW", "GZDD", "GWZZ", "ZT"]
    rows = [
        ["ZP2025-011", "跟单员", "业务部", "2", "大专及以上，英语四级", "2年以上服装外贸跟单经验",
         "无", "7000-10000元+提成", "织里总部办公楼",
         "1.接单后下达生产通知单；2.跟踪面辅料到货；3.跟进产前样和船样寄送；4.每日更新订单进度表；5.安排验货、出货和订舱；6.与客户沟通处理异议", "招聘中"],
        ["ZP2025-014", "物料仓管员", "物料部", "1", "高中及以上", "1年以上仓库管理经验，会用ERP",
         "叉车证（N1）优先", "5500-6500元", "织里厂区1号仓库",
         "1.面辅料到货点数、验收、入库；2.按色号、缸号分区存放；3.凭领料单发料，超领须经主管审批；4.每月月末盘点；5.呆滞料每季上报", "招聘中"],
        ["ZP2025-017", "设备机修工", "生产部", "1", "中专或技校及以上，机电相关专业", "3年以上缝制设备维修经验，熟悉重机、兄弟、飞马等品牌",
         "低压电工作业证（特种作业操作证）", "8000-11000元", "织里厂区2号楼机修房",
         "1.平车、包缝机、绷缝机日常维修；2.新款上线时调机（换压脚、调针距）；3.制定并执行每月设备保养计划；4.管理配件库存；5.维护设备台账", "招聘中"],
        ["ZP2024-032", "跟单员", "业务部", "1", "中专及以上", "1年以上跟单经验", "无", "5000-7000元", "织里总部办公楼",
         "跟进订单", "已关闭"],
        ["ZP2025-020", "缝纫工", "生产部", "30", "不限", "熟练工1年以上平车经验", "无", "计件，熟练工6500-9000元",
         "织里厂区2号楼", "按工序卡完成缝制；填写计件工票", "长期招聘"],
    ]
    with open(os.path.join(OUT, "05_招聘需求导出.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 06 html (email newsletter, nested layout tables)
def gen_html():
    def job(title, meta, duty, req):
        li_d = "".join(f"<li>{x}</li>" for x in duty)
        li_r = "".join(f"<li>{x}</li>" for x in req)
        return f"""
<tr><td style="padding:12px 0">
  <table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
    <tr><td bgcolor="#8B1E3F" style="color:#fff;font-size:18px;padding:8px">{title}</td></tr>
    <tr><td style="padding:8px">
      <table width="100%" cellpadding="4"><tr>
        <td width="33%" style="color:#666">{meta[0]}</td><td width="33%" style="color:#666">{meta[1]}</td><td style="color:#666">{meta[2]}</td>
      </tr></table>
    </td></tr>
    <tr><td style="padding:8px"><font color="#8B1E3F">▍你的日常</font><ul>{li_d}</ul></td></tr>
    <tr><td style="padding:8px"><font color="#8B1E3F">▍我们希望你</font><ul>{li_r}</ul></td></tr>
  </table>
</td></tr>"""

    body = "".join([
        job("整烫工　若干名", ["📍 织里厂区3号楼", "💰 计件 6000-8000元/月", "🕗 常白班，包住宿"],
            ["成衣中烫、大烫定型", "按面料调温，先试烫再批量", "避免极光、烫黄、烫缩"],
            ["1年以上服装整烫经验", "会用蒸汽熨斗和立体整烫机", "初中及以上，吃苦耐劳"]),
        job("设备机修工　1名", ["📍 织里厂区2号楼", "💰 8000-11000元/月", "🕗 白班+夜间轮值"],
            ["缝制设备日常维修", "新款上线调机", "设备保养和台账"],
            ["3年以上缝制设备维修经验", "持低压电工证", "中专或技校及以上"]),
        job("跟单员　2名", ["📍 织里总部办公楼", "💰 7000-10000元+提成", "🕗 双休"],
            ["跟进订单从下单到出货的全流程", "跟进产前样和船样", "与海外客户邮件沟通"],
            ["大专及以上，英语四级", "2年以上服装外贸跟单经验", "熟练使用Excel和ERP"]),
    ])
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>华缝制衣 招聘快讯 第18期</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:20px;font-size:22px">华缝制衣 · 招聘快讯 第18期</td></tr>
<tr><td style="padding:0 20px;color:#444">旺季来了！以下岗位欢迎推荐，内推成功奖励500元。</td></tr>
{body}
<tr><td style="padding:20px;color:#999;font-size:12px">报名电话：0572-3012345（人事部 张老师）　地址：湖州市吴兴区织里镇华缝路8号<br>
本邮件由系统自动发送，请勿直接回复。<a href="#">退订</a></td></tr>
</table></td></tr></table>
</body></html>
"""
    with open(os.path.join(OUT, "06_招聘快讯第18期.html"), "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- 07 pdf
def gen_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16, wordWrap="CJK")
    h = ParagraphStyle("h", fontName="WQY", fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18)

    def on_page(c, d):
        c.saveState()
        c.setFont("WQY", 8)
        c.drawString(20 * mm, 287 * mm, "湖州华缝制衣有限公司　HF/QM-003　质量管理制度")
        c.drawRightString(190 * mm, 10 * mm, f"第 {d.page} 页")
        c.restoreState()

    story = [Paragraph("质量管理制度（2025年修订）", h), Spacer(1, 6)]
    paras = [
        ("第一章　总则", None),
        ("第一条　为保证成衣质量满足客户要求，降低返修和退货，制定本制度。", st),
        ("第二条　本制度适用于公司裁剪、缝制、整烫、包装全过程。", st),
        ("第二章　质量职责", None),
        ("第三条　质量部是公司质量管理的归口部门，对成品质量负监督检验责任。", st),
        ("第四条　质量主管：负责质量部全面工作，直属上级为生产厂长；组织制定检验标准，审核质检日报，主持每周质量例会，处理客户质量投诉。任职要求：大专及以上学历，5年以上服装质量管理经验。", st),
        ("第五条　质检员（QC）：执行首件检验、巡检和尾期抽检，对本人检验结论负责；发现批量问题有权要求车间停线。", st),
        ("第六条　车间主任：对本车间产品质量负直接管理责任，组织返修。", st),
        ("第三章　检验标准", None),
        ("第七条　尾期抽检执行AQL 2.5（一般检验水平II），严重缺陷零接收。", st),
        ("第八条　首件未经QC确认签字的，车间不得批量生产。", st),
        ("第四章　质量部部门考核", None),
        ("第九条　质量部部门KPI如下表，每季度考核一次：", st),
    ]
    for text, style in paras:
        story.append(Paragraph(text, style or h2))
    data = [["指标名称", "权重", "目标值", "说明"],
            ["一次交检合格率", "40%", "≥96%", "全厂口径"],
            ["客户退货率", "30%", "≤0.5%", "按出货件数计"],
            ["质量成本占比", "30%", "≤1.5%", "返工、报废、索赔费用÷产值"]]
    t = Table(data, colWidths=[45 * mm, 20 * mm, 25 * mm, 70 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "WQY", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8)]
    story.append(Paragraph("第十条　本制度由质量部负责解释，自2025年3月1日起施行，2022版同时废止。", st))
    SimpleDocTemplate(os.path.join(OUT, "07_质量管理制度.pdf"), pagesize=A4, topMargin=20 * mm).build(
        story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- 08 md
MD = """# 新员工入职指引（生产与职能岗位）

> 欢迎加入华缝！这份指引由人事部维护，**有疑问找人事部张琳（分机 801）**。

## 1. 报到第一天

- 8:00 到行政楼一楼人事部报到，带身份证、银行卡、一寸照片2张
- 领工牌、工衣、储物柜钥匙
- 参加三级安全教育（约2小时）

## 2. 我归谁管？

| 岗位 | 找谁请假 | 直属上级 | 我管谁 |
|---|---|---|---|
| 缝纫工 | 缝纫组长 | 缝纫组长 | — |
| 整烫工 | 后道组长 | 后道组长（2025年7月起） | — |
| 样衣工 | 版房师傅 | 版房师傅 | — |
| 物料仓管员 | 仓库主管 | 仓库主管 | — |
| 设备机修工 | 设备主管 | 设备主管 | — |

## 3. 物料仓管员上岗须知

仓管新人第一个月跟老员工，以下几件事必须会：

1. 面辅料到货先对送货单点数，再通知QC验布，验收合格才能入库
2. 面料按**色号、缸号**分区堆放，同缸号不得拆开放
3. 发料只认领料单，超领必须仓库主管签字
4. 每月最后一天下午全盘，账实不符要写说明

## 4. 设备机修工值班

机修工除白班外，每周轮值夜班1—2次（20:00—次日6:00），负责夜班加班车间的设备应急维修。
值班期间不得离开厂区。

## 5. 食宿

- 宿舍4人间，免费；水电按表分摊
- 食堂三餐，每餐补贴6元
"""


def gen_md():
    with open(os.path.join(OUT, "08_新员工入职指引.md"), "w", encoding="utf-8") as f:
        f.write(MD)


# ---------------------------------------------------------------- 09 GBK notice
GBK = """湖州华缝制衣有限公司
人事通知〔2025〕第15号

关于后道车间组织调整及旺季排班的通知

各部门：
　　为理顺后道管理，经总经理办公会研究，决定如下：
　　一、自2025年7月1日起，整烫工的直属上级由车间主任调整为后道组长，整烫工请假、考勤、计件核对均由后道组长负责。
　　二、后道组长增加一项职责：每日下班前核对整烫工计件数量并签字确认。
　　三、旺季（8月1日至10月31日）缝制车间实行加班制，周一至周六晚间加班至20:30，周日休息；加班费按《员工手册》计发。
　　四、裁床组维持两班倒不变。

特此通知。

人事部
2025年6月25日
"""


def gen_gbk():
    with open(os.path.join(OUT, "09_人事通知2025-15号.txt"), "w", encoding="gbk", newline="\r\n") as f:
        f.write(GBK)


# ---------------------------------------------------------------- 10 UTF-16 policy
HB = """华缝制衣员工手册（摘录）

第一部分　考勤
1.1 公司实行刷脸考勤，上下班各打卡一次，漏打卡每月可补签2次。
1.2 迟到15分钟以内扣款20元，超过15分钟按事假半天计。
1.3 病假须提供二级以上医院证明。

第二部分　计件工资
2.1 计件单价由技术部按标准工时核定，经生产厂长审批后公布。
2.2 计件工票须当日交组长签字，隔日不补。
2.3 因设备故障停机超过30分钟，按每小时18元计停工补贴。

第三部分　各岗位职责
略（见《生产部岗位说明书汇编》和《技术部与质量部岗位工作手册》）。

第四部分　福利
4.1 公司依法为员工缴纳社会保险。
4.2 满一年工龄的员工每年享受5天带薪年假。
4.3 每月发放全勤奖200元。
"""


def gen_utf16():
    with open(os.path.join(OUT, "10_员工手册摘录.txt"), "w", encoding="utf-16") as f:
        f.write(HB)


if __name__ == "__main__":
    gen_docx1(); gen_docx2(); gen_kpi(); gen_staff(); gen_csv(); gen_html(); gen_pdf(); gen_md(); gen_gbk(); gen_utf16()
    truth = {"company": CO, "docx1_posts": D1_POSTS, "kpi": KPI, "kpi_old": KPI_OLD}
    with open(os.path.join(os.path.dirname(OUT.rstrip("/")), "truth_dump.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    print("written", sorted(os.listdir(OUT)))
