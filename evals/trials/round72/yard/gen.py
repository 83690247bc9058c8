# -*- coding: utf-8 -*-
"""Round 72 blind trial "yard": 海澜船舶修造有限公司 (a ship building and repair yard).

Writes 10 HR documents to $T72_OUT (default /tmp/t72yard/corpus) and ground_truth.json next to this file.
Run: T72_OUT=/tmp/t72yard/corpus /tmp/genv/bin/python gen.py
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T72_OUT", "/tmp/t72yard/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "海澜船舶修造有限公司"
TRUTH = {}


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# ----------------------------------------------------------------------------- yd01 docx
HULL = [
    dict(code="HS-01", name="船体装配工", dept="船体车间", boss="装配班长", subs="无", quota="30人",
         place="1号船台及分段制作车间",
         duties=[("按图纸和工艺要求进行分段、总段的划线、余量切割和装配定位", "《分段装配工艺守则》"),
                 ("负责胎架制作及分段翻身前的临时加强", "胎架制作图"),
                 ("配合电焊工完成定位焊，控制装配间隙和错边量", "CB/T 4000 中国造船质量标准"),
                 ("进行分段精度自检并填写《分段装配自检记录》", "《分段装配自检记录》"),
                 ("参与船台合拢和大合拢的精度测量", "精度控制计划"),
                 ("遵守动火、登高作业规定，做好作业区5S", "《安全生产管理制度》")],
         qual=[("学历", "技校或中专及以上"), ("专业", "船体制造、焊接或机械类"),
               ("经验", "2年以上船体装配经验，能看懂分段结构图"),
               ("证书", "特种作业操作证（高处作业）"), ("身体", "无恐高症，能适应高温及高处作业")]),
    dict(code="HS-03", name="电焊工（持船级社证）", dept="船体车间", boss="焊接班长", subs="无", quota="24人",
         place="分段车间、船台及坞内",
         duties=[("按焊接工艺规程（WPS）进行分段和船台的CO2气体保护焊、埋弧焊作业", "WPS焊接工艺规程"),
                 ("焊前检查坡口及清洁、预热，焊后清除飞溅和焊渣", "《焊接作业指导书》"),
                 ("对无损检测（UT/RT）不合格的焊缝按返修工艺返修，同一部位返修不超过两次", "焊缝返修工艺"),
                 ("焊材按规定领用、烘干和回收，焊条头回收率不低于95%", "《焊材管理规定》"),
                 ("参加船级社焊工考试及年度复审，保持证书有效", "CCS《材料与焊接规范》"),
                 ("执行动火作业审批，配合看火人做好防火措施", "动火作业票")],
         qual=[("学历", "技校或中专及以上"), ("专业", "焊接技术与自动化"),
               ("经验", "3年以上船舶焊接经验"),
               ("证书", "中国船级社（CCS）焊工资格证书；特种作业操作证（熔化焊接与热切割作业）"),
               ("身体", "视力良好，能适应舱内及仰焊作业")],
         note="【审核批注】张工（焊接工艺室）2026-01-12：原稿“2年以上船舶焊接经验”改为“3年以上船舶焊接经验”，已按批注修改。"),
    dict(code="HS-05", name="管系工", dept="管子车间", boss="管系班长", subs="无", quota="16人",
         place="管子加工车间及码头在修船舶",
         duties=[("按管子零件图（小票）进行下料、弯管、校管和法兰装焊", "管子零件图"),
                 ("管子完工后做液压试验，试验压力按图纸要求执行", "《管子液压试验规程》"),
                 ("负责管子酸洗、镀锌前的标识和清单核对", "管子托盘清单"),
                 ("在船上按系统原理图进行管系和支架安装", "系统原理图"),
                 ("配合舱室密性试验和系统投油冲洗", "试验大纲")],
         qual=[("学历", "中专及以上"), ("专业", "管道工程、机械制造或船舶轮机"),
               ("经验", "2年以上船舶管系制作或安装经验"),
               ("证书", "特种作业操作证（熔化焊接与热切割作业）者优先"), ("身体", "身体健康")]),
]


def page_field(par, instr):
    run = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def yd01():
    doc = Document(); set_cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　受控文件　编号：HL-HR-JD-2026-01　版次：B/0"
    fp = sec.footer.paragraphs[0]
    fp.text = "船体车间岗位说明书（送审稿）　第 "
    page_field(fp, "PAGE"); fp.add_run(" 页")
    h = doc.add_heading("船体车间及管子车间岗位说明书（送审稿）", level=1)
    doc.add_paragraph("编制：人力资源部　审核：船体车间、管子车间　批准：（待批）　生效日期：2026年2月1日")
    doc.add_paragraph("说明：本汇编收录船体车间和管子车间的一线岗位。表中“对应标准/记录”栏列出该项职责执行时依据的标准或须填写的记录。")
    TRUTH["yd01_船体车间岗位说明书.docx"] = []
    for i, p in enumerate(HULL, 1):
        doc.add_heading(f"岗位{['一','二','三'][i-1]}　{p['name']}", level=2)
        t = doc.add_table(rows=4, cols=4); t.style = "Table Grid"
        rows = [("岗位名称", p["name"], "岗位编号", p["code"]),
                ("所属部门", p["dept"], "直接上级", p["boss"]),
                ("直接下属", p["subs"], "定员", p["quota"])]
        for r, vals in enumerate(rows):
            for c, v in enumerate(vals):
                t.cell(r, c).text = v
                if c % 2 == 0:
                    shade(t.cell(r, c))
        t.cell(3, 0).text = "工作地点"; shade(t.cell(3, 0))
        m = t.cell(3, 1).merge(t.cell(3, 3)); m.text = p["place"]
        doc.add_paragraph("一、岗位职责")
        d = doc.add_table(rows=1, cols=3); d.style = "Table Grid"
        for c, v in enumerate(["序号", "职责内容", "对应标准/记录"]):
            d.cell(0, c).text = v; shade(d.cell(0, c), "F2F2F2")
        for k, (duty, std) in enumerate(p["duties"], 1):
            row = d.add_row().cells
            row[0].text = str(k); row[1].text = duty; row[2].text = std
        doc.add_paragraph("二、任职资格")
        q = doc.add_table(rows=1, cols=2); q.style = "Table Grid"
        q.cell(0, 0).text = "任职资格"; shade(q.cell(0, 0))
        inner = q.cell(0, 1).add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in p["qual"]:
            rc = inner.add_row().cells
            rc[0].text = lab; rc[1].text = val
        if p.get("note"):
            nt = doc.add_table(rows=1, cols=1); nt.style = "Table Grid"
            nt.cell(0, 0).text = p["note"]; shade(nt.cell(0, 0), "FFF2CC")
            for r in nt.cell(0, 0).paragraphs[0].runs:
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        TRUTH["yd01_船体车间岗位说明书.docx"].append({k: v for k, v in p.items()})
    doc.add_paragraph("会签：船体车间主任＿＿＿＿　管子车间主任＿＿＿＿　人力资源部＿＿＿＿")
    doc.save(OUT / "yd01_船体车间岗位说明书.docx")


# ----------------------------------------------------------------------------- yd02 docx
def yd02():
    doc = Document(); set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "坞修部工作手册　V3.1　（2026年版）"
    sec.footer.paragraphs[0].text = f"{CO}　坞修部　内部资料"
    doc.add_heading("坞修部工作手册", level=1)
    doc.add_heading("第一章　总则", level=2)
    doc.add_paragraph("1.1 坞修部负责1号干船坞、2号浮船坞的进出坞作业和坞内修理，兼管码头系泊船舶的起重作业。")
    doc.add_paragraph("1.2 本手册自2026年1月1日起执行，2022年版同时废止（见附录B）。")
    doc.add_heading("第二章　组织与岗位设置", level=2)
    doc.add_paragraph("2.1 坞修部设部门经理1名，下设坞修主管、起重班（含起重指挥）、坞修班组（3个）。"
                      "安全环保部派驻安全监督员1名，业务上接受坞修主管协调。")
    doc.add_heading("第三章　岗位职责与任职要求", level=2)
    doc.add_heading("3.1　坞修主管", level=3)
    doc.add_paragraph("坞修主管隶属坞修部，向坞修部经理汇报，直接管理3名坞修班组长和起重指挥。"
                      "工作地点在1号干船坞和2号浮船坞，实行常白班，船舶在坞期间随船值守。")
    doc.add_paragraph("主要职责如下：")
    dk = ["（1）编制进出坞方案和坞墩布置图，报坞修部经理批准；",
          "（2）主持进坞前协调会，核对船舶吃水、压载状态和坞墩位置；",
          "（3）现场指挥船舶进出坞及坐墩作业；",
          "（4）组织坞内船体、螺旋桨、舵系、海底阀等修理项目的施工；",
          "（5）控制坞期，预计坞期延误时提前48小时书面报告生产计划员；",
          "（6）检查坞内动火、有限空间作业的安全措施落实情况。"]
    for x in dk:
        doc.add_paragraph(x)
    doc.add_paragraph("任职要求：大专及以上学历，船舶与海洋工程、轮机工程等相关专业；8年以上修船经验，其中3年以上坞修现场管理经验；"
                      "持有安全生产管理人员安全生产知识和管理能力考核合格证；熟悉船舶坞修工艺和坞墩计算。")
    # reviewer note paragraph, red
    p = doc.add_paragraph()
    r = p.add_run("〔修订说明：第（5）项原为“提前24小时”，2025年12月坞修部会议决定改为“提前48小时”。〕")
    r.font.color.rgb = RGBColor(0xC0, 0, 0); r.italic = True
    doc.add_heading("3.2　起重指挥", level=3)
    doc.add_paragraph("起重指挥属坞修部起重班，直接上级为坞修主管，工作地点为坞区及舾装码头，实行两班倒（班次代码B）。"
                      "具体职责和任职条件按《起重作业安全管理规定》执行。")
    doc.add_heading("3.3　安全监督员", level=3)
    doc.add_paragraph("安全监督员由安全环保部派驻，人事关系在安全环保部，直接上级为安全环保部经理，工作地点为坞区及码头，"
                      "白班工作，坞期实行夜间轮值。")
    doc.add_paragraph("安全监督员的职责包括：")
    aq = ["（1）每日巡查动火、登高、有限空间和吊装作业现场；",
          "（2）审核动火作业票，对舱室进行可燃气体和含氧量检测；",
          "（3）发现重大事故隐患时有权责令停工，并立即报告安全环保部；",
          "（4）组织新员工三级安全教育中的车间级教育；",
          "（5）统计安全事故和未遂事件，每月编写安全月报。"]
    for x in aq:
        doc.add_paragraph(x)
    doc.add_paragraph("任职要求：大专及以上学历，安全工程相关专业；3年以上船厂或化工企业安全管理经验；"
                      "持安全生产管理人员合格证，有注册安全工程师证书者优先。")
    doc.add_heading("3.4　采购专员（坞修备件）", level=3)
    doc.add_paragraph("略。（本岗位由物资部另行制定岗位说明书。）")
    doc.add_heading("第四章　坞修部考核", level=2)
    doc.add_paragraph("坞修主管的月度考核指标见《绩效考核指标库》DK-01表，起重指挥、坞修班组长的考核由坞修主管组织。")
    doc.add_heading("附录B　2022年版坞修主管岗位说明（已废止，仅供查阅）", level=2)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("直接上级", "修船部副部长"), ("学历", "中专及以上"),
                                 ("经验", "5年以上修船经验"), ("状态", "已废止，以本手册3.1为准")]):
        t.cell(i, 0).text = a; t.cell(i, 1).text = b
    doc.save(OUT / "yd02_坞修部工作手册.docx")
    TRUTH["yd02_坞修部工作手册.docx"] = {"坞修主管": dk, "安全监督员": aq, "采购专员": "略",
                                     "superseded_2022": "上级修船部副部长 中专 5年"}


# ----------------------------------------------------------------------------- yd03 xlsx KPI
KPI = {
    "HS-01": ("船体装配工", "装配班长", [
        ("质量", "分段精度合格率", "精度检测合格分段数÷检测分段总数×100%", 30, "≥95%", "每低1个百分点扣3分", "精度管理员"),
        ("效率", "装配工时完成率", "定额工时÷实际工时×100%", 25, "≥100%", "每低5%扣2分", "生产管理部"),
        ("成本", "钢材利用率", "零件净重÷领用钢板重量×100%", 20, "≥92%", "每低1%扣2分", "物资部"),
        ("安全", "安全违章次数", "月度被安全监督员记录的违章次数", 15, "0次", "每次扣5分", "安全环保部"),
        ("安全", "5S检查得分", "车间5S检查平均分", 10, "≥90分", "按得分折算", "船体车间")]),
    "HS-03": ("电焊工（持船级社证）", "焊接班长", [
        ("质量", "焊缝一次探伤合格率", "一次无损检测合格焊缝长度÷检测焊缝总长度×100%", 30, "≥96%", "每低1个百分点扣3分", "质量部"),
        ("质量", "返修次数", "当月焊缝返修处数", 15, "≤2处", "超出每处扣3分", "质量部"),
        ("效率", "焊接工时完成率", "定额工时÷实际工时×100%", 25, "≥100%", "每低5%扣2分", "生产管理部"),
        ("成本", "焊材消耗控制", "实际焊材消耗÷定额消耗×100%", 15, "≤100%", "每超2%扣2分", "物资部"),
        ("安全", "安全文明施工", "动火审批、劳保穿戴检查", 15, "无违章", "每次违章扣5分", "安全环保部")]),
    "DK-01": ("坞修主管", "坞修部经理", [
        ("计划", "坞期计划完成率", "按期出坞船舶数÷计划出坞船舶数×100%", 30, "≥95%", "每延误1船次扣5分", "生产管理部"),
        ("安全", "进出坞安全事故", "进出坞及坐墩作业发生的安全事故起数", 25, "0起", "发生即扣25分", "安全环保部"),
        ("质量", "坞修项目一次交验合格率", "一次交验合格项目数÷交验项目总数×100%", 20, "≥97%", "每低1个百分点扣2分", "质量部"),
        ("成本", "坞内成本控制率", "实际坞修成本÷预算×100%", 15, "≤100%", "每超1%扣1分", "财务部"),
        ("客户", "船东满意度", "船东离厂评价平均分", 10, "≥90分", "每低1分扣1分", "市场部")]),
}


def yd03():
    wb = Workbook()
    ws = wb.active; ws.title = "填表说明"
    for r, line in enumerate([
        "海澜船舶修造有限公司 2026年度岗位绩效考核指标库",
        "1. 每个工作表对应一个岗位，工作表名称为岗位编号（HS-01 船体装配工，HS-03 电焊工，DK-01 坞修主管）。",
        "2. 权重单位为%，各表权重合计应为100。",
        "3. 考核周期：月度；考核结果由考核人于次月5日前提交人力资源部。",
        "4. 工作表“2023版（作废）”仅供对比，不再使用。",
    ], 1):
        ws.cell(r, 1, line)
    ws.column_dimensions["A"].width = 90
    for code, (post, boss, rows) in KPI.items():
        s = wb.create_sheet(code)
        s.merge_cells("A1:H1")
        s["A1"] = f"2026年度月度考核表（{post}）"; s["A1"].font = Font(bold=True, size=14)
        s["A1"].alignment = Alignment(horizontal="center")
        s.merge_cells("A2:H2")
        s["A2"] = f"被考核岗位编号：{code}　　考核人：{boss}　　考核周期：月度"
        hdr = ["序号", "考核维度", "指标名称", "指标定义/计算公式", "权重（%）", "目标值", "计分规则", "数据来源"]
        for c, v in enumerate(hdr, 1):
            cell = s.cell(3, c, v); cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
        r0 = 4
        prev = None; start = r0
        for i, (dim, name, fml, w, tgt, rule, src) in enumerate(rows):
            r = r0 + i
            s.cell(r, 1, i + 1)
            if dim != prev:
                if prev is not None and r - 1 > start:
                    s.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
                s.cell(r, 2, dim); start = r; prev = dim
            for c, v in enumerate([name, fml, w, tgt, rule, src], 3):
                s.cell(r, c, v)
        last = r0 + len(rows) - 1
        if last > start:
            s.merge_cells(start_row=start, start_column=2, end_row=last, end_column=2)
        s.cell(last + 1, 3, "合计")
        s.cell(last + 1, 5, f"=SUM(E{r0}:E{last})")
        for col, wdt in zip("ABCDEFGH", [6, 10, 22, 40, 10, 10, 22, 12]):
            s.column_dimensions[col].width = wdt
    v = wb.create_sheet("2023版（作废）")
    v["A1"] = "2023版电焊工考核指标（作废）"
    v.append(["指标名称", "权重（%）", "目标值"])
    v.append(["焊接合格率", 40, "≥90%"])
    v.append(["出勤率", 30, "≥95%"])
    v.append(["焊材节约", 30, "—"])
    wb.save(OUT / "yd03_绩效考核指标库.xlsx")
    TRUTH["yd03_绩效考核指标库.xlsx"] = KPI


# ----------------------------------------------------------------------------- yd04 xlsx staffing
STAFF = [
    ("船体装配工", "船体车间", "装配班长", "技校/中专", "特种作业操作证（高处作业）", "1号船台", "A", 7000, 9500),
    ("电焊工（持船级社证）", "船体车间", "焊接班长", "技校/中专", "CCS焊工证+熔化焊接与热切割作业证", "分段车间/船台/坞内", "B", 9000, 13000),
    ("管系工", "管子车间", "管系班长", "中专", "—", "管子加工车间", "A", 7500, 10000),
    ("涂装工", "涂装车间", "涂装班长", "初中", "特种作业操作证（高处作业）", "喷砂房/坞内", "A", 6500, 9000),
    ("起重指挥", "坞修部", "坞修主管", "初中", "特种设备作业人员证（Q1起重指挥）", "坞区/舾装码头", "B", 8000, 11000),
    ("坞修主管", "坞修部", "坞修部经理", "大专", "安全生产管理人员合格证", "1号干船坞/2号浮船坞", "A", 15000, 20000),
    ("安全监督员", "安全环保部", "安全环保部经理", "大专", "安全生产管理人员合格证", "坞区及码头", "A", 9000, 12000),
    ("质检员（船检）", "质量部", "质检科科长", "大专", "无损检测UT Ⅱ级", "全厂", "A", 10000, 14000),
    ("舾装工程师", "技术部", "舾装室主任", "本科", "—", "技术部/舾装码头", "D", 12000, 18000),
    ("生产计划员", "生产管理部", "生产管理部经理", "大专", "—", "行政楼", "D", None, None),
]


def yd04():
    wb = Workbook(); ws = wb.active; ws.title = "定员表"
    ws.merge_cells("A1:K1"); ws["A1"] = "2026年定岗定员及薪资标准表"; ws["A1"].font = Font(bold=True, size=14)
    top = [("A2:A3", "序号"), ("B2:B3", "岗位"), ("C2:C3", "部门"), ("D2:D3", "直接上级"),
           ("E2:F2", "任职要求"), ("G2:H2", "工作安排"), ("I2:J2", "月薪（元）"), ("K2:K3", "定员")]
    for rng, v in top:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = v
    for c, v in zip("EFGHIJ", ["最低学历", "必备证书", "工作地点", "班次代码", "下限", "上限"]):
        ws[f"{c}3"] = v
    for r in (2, 3):
        for c in range(1, 12):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")
    quota = [30, 24, 16, 20, 6, 1, 1, 4, 3, 2]
    for i, row in enumerate(STAFF):
        ws.append([i + 1] + list(row[:8]) + [row[8], quota[i]])
    ws.cell(4 + len(STAFF), 1, "注：生产计划员薪资待定岗定级后补充；班次代码见“班次代码”表。")
    s2 = wb.create_sheet("班次代码")
    s2.append(["代码", "名称", "时间", "适用"])
    s2.append(["A", "白班", "08:00-17:00（午休1小时）", "车间一线及管理岗"])
    s2.append(["B", "两班倒", "早班07:00-15:00 / 中班15:00-23:00", "焊接、起重等连续作业岗位"])
    s2.append(["C", "坞期三班", "坞期内三班轮换", "坞修期间临时启用"])
    s2.append(["D", "常白班（弹性）", "08:30-17:30", "技术、计划等办公室岗位"])
    for col, wdt in zip("ABCDEFGHIJK", [6, 22, 12, 16, 10, 34, 20, 10, 8, 8, 6]):
        ws.column_dimensions[col].width = wdt
    wb.save(OUT / "yd04_定岗定员及薪资表.xlsx")
    TRUTH["yd04_定岗定员及薪资表.xlsx"] = STAFF


# ----------------------------------------------------------------------------- yd05 csv
def yd05():
    rows = [
        ["需求单号", "岗位名称", "需求部门", "人数", "工作地点", "学历要求", "工作经验", "证书要求", "薪资范围", "岗位职责", "状态"],
        ["R2026-001", "舾装工程师", "技术部（舾装室）", "2", "技术部办公楼及舾装码头", "本科及以上", "3年以上船舶舾装设计或现场经验",
         "无", "12000-18000元/月", "1.舾装生产设计（铁舾件、甲板机械、舱室）图纸绘制与审核；2.编制舾装件托盘表和物资需求；3.处理现场技术问题，签发技术联系单；4.参与系泊试验和航行试验", "招聘中"],
        ["R2026-002", "生产计划员", "生产管理部", "1", "行政楼", "大专及以上（工业工程、船舶相关专业）", "2年以上制造业生产计划经验",
         "无", "面议", "1.编制月度生产计划和周计划；2.维护进坞排期表和船台计划；3.跟踪工时和物资到位情况，每周发布计划完成率；4.组织每周生产协调会", "招聘中"],
        ["R2026-003", "电焊工（持船级社证）", "船体车间", "10", "分段车间、船台及坞内", "技校或中专及以上", "3年以上船舶焊接经验",
         "CCS焊工资格证书；熔化焊接与热切割作业操作证", "9000-13000元/月", "按WPS进行CO2气体保护焊、埋弧焊作业；焊缝返修；焊材管理", "招聘中"],
        ["R2025-017", "电焊工（持船级社证）", "船体车间", "8", "分段车间", "初中及以上", "2年以上焊接经验",
         "焊工证", "8000-11000元/月", "分段焊接", "已取消（被R2026-003替代）"],
        ["R2026-004", "管系工", "管子车间", "5", "管子加工车间及码头", "中专及以上", "2年以上船舶管系制作或安装经验",
         "熔化焊接与热切割作业操作证优先", "7500-10000元/月", "管子下料、弯管、校管；液压试验；船上管系安装", "招聘中"],
    ]
    with open(OUT / "yd05_2026年招聘需求.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    TRUTH["yd05_2026年招聘需求.csv"] = rows


# ----------------------------------------------------------------------------- yd06 html
def yd06():
    def fact(icon, alt, val):
        return f'<tr><td class="ic"><img src="/static/icons/{icon}.svg" alt="{alt}" width="16"></td><td>{val}</td></tr>'
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{CO} - 加入我们</title>
<style>.job{{border:1px solid #ccd;margin:12px;padding:10px}} td.ic{{width:20px}}</style></head>
<body>
<nav>首页 &gt; 人才招聘 &gt; 社会招聘</nav>
<h1>加入海澜 · 造好每一条船</h1>
<p>海澜船舶修造有限公司位于舟山，拥有1座8万吨级干船坞和1座5万吨级浮船坞，年修船能力200艘次。</p>
<div class="job" id="job-oe">
<h2>舾装工程师</h2>
<table class="facts">
{fact("dept", "所属部门", "技术部（舾装室）")}
{fact("boss", "汇报对象", "舾装室主任")}
{fact("edu", "学历要求", "本科及以上，船舶与海洋工程、轮机工程专业")}
{fact("exp", "经验要求", "3年以上船舶舾装设计或现场经验")}
{fact("loc", "工作地点", "舟山·技术部办公楼（需常去舾装码头）")}
{fact("pay", "薪资待遇", "12-18K，年终奖另计")}
</table>
<h3>你将负责</h3>
<ol>
<li>舾装生产设计（铁舾件、甲板机械、舱室）图纸的绘制与审核；</li>
<li>编制舾装件托盘表，提出物资需求；</li>
<li>处理现场技术问题，签发技术联系单；</li>
<li>参与系泊试验和航行试验；</li>
<li>配合船东、船级社的图纸送审。</li>
</ol>
<h3>我们希望你</h3>
<ul>
<li>熟练使用AutoCAD，会用AVEVA Marine（Tribon）者优先；</li>
<li>熟悉CCS、DNV等船级社规范；</li>
<li>能适应出差跟船试航。</li>
</ul>
</div>
<div class="job" id="job-ct">
<h2>涂装工</h2>
<table class="facts">
{fact("dept", "所属部门", "涂装车间")}
{fact("boss", "汇报对象", "涂装班长")}
{fact("edu", "学历要求", "初中及以上")}
{fact("exp", "经验要求", "1年以上喷砂或涂装经验，新手可培训")}
{fact("loc", "工作地点", "涂装车间喷砂房、坞内")}
{fact("pay", "薪资待遇", "6500-9000元/月，包住宿")}
</table>
<h3>你将负责</h3>
<ol>
<li>钢材表面喷砂除锈，达到Sa2.5级；</li>
<li>按涂装规格书进行预涂和喷涂，控制湿膜、干膜厚度；</li>
<li>记录施工时的温度、湿度和露点；</li>
<li>舱内涂装时佩戴送风式呼吸器，执行有限空间作业规定。</li>
</ol>
<h3>我们希望你</h3>
<ul>
<li>持特种作业操作证（高处作业），有有限空间作业培训合格证明；</li>
<li>不怕脏不怕累，能适应高温和粉尘环境。</li>
</ul>
</div>
<footer>投递邮箱：hr@hailan-ship.example ｜ 电话：0580-1234567</footer>
</body></html>
"""
    (OUT / "yd06_招聘官网.html").write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------- yd07 pdf
def yd07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = "STSong-Light"
    ttc = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(ttc):
        pdfmetrics.registerFont(TTFont("WQY", ttc, subfontIndex=0)); font = "WQY"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    st = ParagraphStyle("n", fontName=font, fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h", fontName=font, fontSize=15, leading=22)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18)

    def deco(c, d):
        c.saveState(); c.setFont(font, 8)
        c.drawString(40, 815, "HL-QM-07　质量部（船检办公室）岗位作业标准")
        c.drawString(270, 20, f"第{d.page}页")
        c.restoreState()
    story = [Paragraph("质检员（船检）岗位作业标准", h1), Spacer(1, 6)]
    box = Table([["岗位：质检员（船检）", "部门：质量部（船检办公室）"],
                 ["直接上级：质检科科长", "直接下属：无"],
                 ["工作地点：全厂各作业区", "班次：白班（A），试航期间随船"]], colWidths=[230, 230])
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("BOX", (0, 0), (-1, -1), 1, colors.black),
                             ("BACKGROUND", (0, 0), (-1, -1), colors.whitesmoke)]))
    story += [box, Spacer(1, 8), Paragraph("一、岗位职责", h2)]
    duties = ["1. 编制分段、舾装、涂装检验计划，报船东和船级社确认；",
              "2. 执行内部检验，内检合格后向船东代表和验船师报验；",
              "3. 现场陪检，记录验船师和船东意见并跟踪关闭；",
              "4. 负责密性试验、系泊试验和航行试验的质量检验；",
              "5. 整理检验记录和完工文件，完工后移交船东。"]
    story += [Paragraph(x, st) for x in duties]
    story += [Spacer(1, 6), Paragraph("二、任职资格", h2)]
    quals = ["学历：大专及以上，船舶与海洋工程、焊接等相关专业；",
             "经验：3年以上船厂质量检验经验；",
             "证书：持无损检测UT Ⅱ级证书，熟悉CCS《钢质海船入级规范》；",
             "其他：能熟练阅读英文检验报告。"]
    story += [Paragraph(x, st) for x in quals]
    story += [Spacer(1, 6), Paragraph("三、质检员（船检）月度考核指标", h2)]
    kt = Table([["指标名称", "权重", "目标值"],
                ["报验一次通过率", "35%", "≥95%"],
                ["检验意见关闭及时率", "25%", "100%"],
                ["质量记录完整率", "20%", "100%"],
                ["质量事故漏检", "20%", "0起"]], colWidths=[200, 80, 100])
    kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [kt, Spacer(1, 8), Paragraph("四、检验记录保存期限：完工文件保存至船舶交付后10年。", st)]
    SimpleDocTemplate(str(OUT / "yd07_质量检验岗位作业标准.pdf"), pagesize=A4).build(story, onFirstPage=deco, onLaterPages=deco)
    TRUTH["yd07_质量检验岗位作业标准.pdf"] = {"duties": duties, "quals": quals}


# ----------------------------------------------------------------------------- yd08 md
def yd08():
    md = """# 涂装车间新员工指南（2026）

欢迎加入涂装车间！这份指南由车间和人力资源部共同整理，入职第一周请读完。

## 1. 你的岗位：涂装工

- **所属**：涂装车间 → 涂装班
- **上级**：涂装班长（班长向涂装车间主任汇报）
- **上班时间**：白班 08:00-17:00，坞期可能加班
- **地点**：涂装车间喷砂房、分段涂装房，坞期到坞内

### 每天要做的事

1. 喷砂除锈，表面处理达到 Sa2.5 级；
2. 按涂装规格书预涂、喷涂，用湿膜卡随时测膜厚；
3. 记录温度、湿度、露点，钢板温度须高于露点3℃才能施工；
4. 进舱涂装戴送风式呼吸器，舱外必须有监护人；
5. 用完的涂料桶、稀释剂按危化品规定退库。

### 入职要求（HR已审核）

- 初中及以上学历；
- 1年以上喷砂或涂装经验（新手由师傅带教3个月）；
- 特种作业操作证（高处作业）；有限空间作业培训合格。

## 2. 涂装工怎么考核

考核人是涂装班长，每月一次。指标如下（系统导出，原样保留）：

```yaml
post: 涂装工
cycle: monthly
assessor: 涂装班长
kpi:
  - name: 涂层一次交验合格率
    weight: 30%
    target: ">=95%"
  - name: 膜厚合格率
    weight: 20%
    target: ">=90%"
  - name: 涂料损耗率
    weight: 25%
    target: "<=定额"
  - name: 安全违章次数
    weight: 15%
    target: "0次"
  - name: 5S检查得分
    weight: 10%
    target: ">=90分"
```

## 3. 涂装车间部门指标（车间主任考核用）

```yaml
dept: 涂装车间
kpi:
  - name: 涂装计划完成率
    weight: 35%
  - name: VOCs排放达标率
    weight: 25%
  - name: 涂料单耗
    weight: 20%
  - name: 船东涂装投诉
    weight: 20%
```

## 4. 常见问题

- 问：劳保用品去哪领？答：车间仓库，每月5日统一发放。
- 问：喷砂房能带手机吗？答：不能，存放在更衣室。
"""
    (OUT / "yd08_涂装车间新员工指南.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- yd09 gbk txt
def yd09():
    txt = """海澜船舶修造有限公司
起重作业安全管理规定
（HL-AQ-12，2025年修订）

第一章　总则
第一条　为规范厂内起重吊装作业，防止起重伤害，制定本规定。
第二条　本规定适用于船台、码头、坞区的门座起重机、龙门吊和汽车吊作业。

第二章　起重指挥
第三条　起重指挥任职条件见下表：

+----------+--------------------------------------------+
| 项目     | 要求                                       |
+----------+--------------------------------------------+
| 学历     | 初中及以上                                 |
| 证书     | 特种设备作业人员证（起重指挥Q1）           |
| 经验     | 3年以上起重作业经验                        |
| 身体条件 | 视力（含矫正）5.0以上，无色盲，听力正常    |
+----------+--------------------------------------------+

第四条　起重指挥的职责：
  1. 吊装前确认吊物重量、重心、吊点和索具规格；
  2. 使用统一的指挥信号（旗语、哨音、对讲机），一次吊装只能由一人指挥；
  3. 划定吊装警戒区，严禁人员在吊物下方停留或通过；
  4. 风力六级及以上、大雾或雷雨时停止露天吊装作业；
  5. 分段翻身、双机抬吊须按批准的吊装方案执行，并在现场全程指挥。
第五条　起重指挥在坞修部起重班工作，实行两班倒。

第三章　司索工
第六条　司索工的职责另见《司索作业指导书》。

第四章　附则
第七条　本规定由安全环保部负责解释。

------------------------------------------------------------
补充通知（2026年3月1日）
根据公司组织调整，起重班单独设立班长。自2026年3月1日起，起重指挥的直接上级由坞修主管调整为起重班长，起重班长向坞修主管汇报。其他内容不变。
                                          安全环保部　人力资源部
"""
    (OUT / "yd09_起重作业安全管理规定.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- yd10 utf-16 txt
def yd10():
    txt = """海澜船舶修造有限公司倒班与坞期加班管理办法

一、适用范围
本办法适用于公司各车间、坞修部及派驻坞区的职能人员。

二、组织机构（生产系统）
船体车间：船体装配工、电焊工（持船级社证）
管子车间：管系工
涂装车间：涂装工
电气车间：船舶电工（岗位说明书另行发布）
坞修部：坞修主管、起重指挥、坞修班组
质量部：质检员（船检）

三、班次
1. 白班（A）：08:00-17:00。
2. 两班倒（B）：早班07:00-15:00，中班15:00-23:00，每周轮换一次。
3. 坞期三班（C）：船舶在坞期间，坞修部按三班轮换，每班8小时。

四、加班
1. 坞期加班须经坞修主管审批，当月加班不超过36小时。
2. 加班费按国家规定执行，工作日1.5倍、休息日2倍、法定节假日3倍。
3. 夜班（22:00以后）另发夜班津贴每班30元。

五、附则
本办法自2026年1月1日起执行，由人力资源部负责解释。
"""
    (OUT / "yd10_倒班与坞期加班制度.txt").write_bytes(txt.encode("utf-16"))


if __name__ == "__main__":
    yd01(); yd02(); yd03(); yd04(); yd05(); yd06(); yd07(); yd08(); yd09(); yd10()
    (HERE / "ground_truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
