# -*- coding: utf-8 -*-
"""Round 73 'theatre': 江澜大剧院（江澜演艺中心有限公司）HR documents.

Run: T73_OUT=/tmp/t73theatre/corpus /tmp/genv/bin/python gen.py
Writes 10 files into $T73_OUT and truth.json next to this script.
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
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T73_OUT", "/tmp/t73theatre/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "江澜大剧院"
TRUTH = {}


def note(fname, what):
    TRUTH.setdefault(fname, []).append(what)


# ----------------------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False, size=10.5, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    return cell


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def tracked_change(paragraph, before, deleted, inserted, after, author="人力资源部-周敏"):
    """paragraph text: before + <del>deleted</del><ins>inserted</ins> + after"""
    paragraph.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901")
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), "2025-06-12T10:00:00Z")
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    r.append(dt)
    d.append(r)
    paragraph._p.append(d)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "902")
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), "2025-06-12T10:00:00Z")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = inserted
    r2.append(t)
    i.append(r2)
    paragraph._p.append(i)
    paragraph.add_run(after)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ============================================================================= 01 docx
def doc01():
    fname = "01_舞台技术部岗位说明书（2025版）.docx"
    doc = Document()
    header_footer(doc, f"{CO}·受控文件  JL-HR-JS-2025-03  第A/1版", "舞台技术部  |  未经许可不得外传")
    h = doc.add_heading("舞台技术部岗位说明书（2025版）", level=1)
    doc.add_paragraph("编制：人力资源部　　审核：舞台技术部主任　　批准：运营副总经理　　生效日期：2025年7月1日")
    doc.add_paragraph("本册收录舞台技术部灯光、音响、舞台机械三个一线岗位。每个岗位一张岗位卡，卡号见首行。")
    posts = [
        dict(code="JL-JS-01", name="灯光师", dept="舞台技术部（灯光组）", boss="舞台技术部主任", sub="灯光助理（2名）",
             edu=("中专", "大专", "及以上"), major="舞台灯光、照明工程、电气自动化",
             exp="3年以上剧院或大型演出灯光操作经验", cert="特种作业操作证（高处作业）",
             place="大剧场灯控室", shift="演出班（13:00—22:30，装台日提前至8:00）",
             duties=[
                 ("灯位布置", "依据灯光设计图完成挂灯、配电与对光", "灯位图、对光记录"),
                 ("灯光执行", "在灯光控制台上编程并执行演出灯光cue，确保与舞台监督口令同步", "灯光cue表"),
                 ("设备维护", "负责灯具、电脑灯及调光柜的日常保养，每月对吊挂安全链进行检查", "设备保养台账"),
                 ("耗材管理", "管理灯泡、色纸、gobo片等耗材的申领与库存", "耗材领用单"),
                 ("安全作业", "高空作业时正确使用安全带与升降车，并设置地面监护人", "高处作业审批单"),
             ],
             plus="熟悉grandMA系列灯光控制台者优先；能看懂灯光设计图。"),
        dict(code="JL-JS-02", name="音响师", dept="舞台技术部（音响组）", boss="舞台技术部主任", sub="无",
             edu=None, edu_plain="大专及以上", major="录音艺术、音响工程、电子信息工程",
             exp="3年以上音乐厅或大型剧场扩声工作经验", cert="音响调音员职业资格（四级及以上）",
             place="音乐厅调音台", shift="演出班（13:00—22:30）",
             duties=[
                 ("系统调试", "每场演出前完成扩声系统调试与声场测试", "调试记录"),
                 ("演出调音", "演出中负责现场调音，控制声压级不超过剧院规定上限", "演出音响日志"),
                 ("无线话筒", "管理无线话筒频点分配，演出前更换电池并试音", "频点分配表"),
                 ("录音存档", "按演出经理要求完成演出录音并在3个工作日内归档", "录音档案"),
             ],
             plus="能独立操作数字调音台；熟悉古典音乐自然声演出者优先。"),
        dict(code="JL-JS-03", name="舞台机械操作员", dept="舞台技术部（机械组）", boss="机械组组长", sub="无",
             edu=None, edu_plain="中专（职高）及以上", major="机电一体化、机械设备维修",
             exp="1年以上舞台机械或起重设备操作经验", cert="特种设备作业人员证（起重机械作业）",
             place="大剧场主舞台及台仓", shift="装台班 / 演出班，按排期轮换",
             duties=[
                 ("设备操作", "按舞台监督口令操作吊杆、升降台、车台及转台", "运行记录"),
                 ("试运行", "每场演出前进行设备空载试运行并确认限位有效", "试运行检查表"),
                 ("异常处置", "设备运行中发现异常立即按下急停并向机械组组长报告", "故障报告单"),
                 ("安全区域", "设备运行时清场并设置警戒，严禁人员在升降台下方停留", "—"),
             ],
             plus="持证上岗；身体健康，无恐高症。"),
    ]
    for i, p in enumerate(posts):
        if i:
            doc.add_paragraph()
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        row = t.add_row().cells
        m = row[0].merge(row[3])
        set_cell(m, f"岗位卡  {p['code']}", bold=True)
        shade(m, "1F3864")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
        rows = [("岗位名称", p["name"], "岗位编号", p["code"]),
                ("所属部门", p["dept"], "直接上级", p["boss"]),
                ("直接下级", p["sub"], "工作地点", p["place"]),
                ("班次", p["shift"], "专业", p["major"])]
        for a, b, c, d in rows:
            cs = t.add_row().cells
            set_cell(cs[0], a, bold=True); shade(cs[0])
            set_cell(cs[1], b)
            set_cell(cs[2], c, bold=True); shade(cs[2])
            set_cell(cs[3], d)
        # requirements row: label + nested table in a merged cell
        cs = t.add_row().cells
        set_cell(cs[0], "任职资格", bold=True); shade(cs[0])
        mm = cs[1].merge(cs[3])
        mm.text = ""
        nt = mm.add_table(rows=0, cols=2)
        nt.style = "Table Grid"
        r = nt.add_row().cells
        set_cell(r[0], "学历")
        if p["edu"]:
            r[1].text = ""
            tracked_change(r[1].paragraphs[0], "", p["edu"][0], p["edu"][1], p["edu"][2])
        else:
            set_cell(r[1], p["edu_plain"])
        for a, b in (("工作经验", p["exp"]), ("资格证书", p["cert"]), ("其他", p["plus"])):
            r = nt.add_row().cells
            set_cell(r[0], a); set_cell(r[1], b)
        # duties
        cs = t.add_row().cells
        m = cs[0].merge(cs[3])
        set_cell(m, "岗位职责", bold=True); shade(m)
        cs = t.add_row().cells
        for c, txt in zip(cs, ("序号", "职责模块", "关键动作", "输出成果")):
            set_cell(c, txt, bold=True)
        for n, (mod, act, outp) in enumerate(p["duties"], 1):
            cs = t.add_row().cells
            set_cell(cs[0], str(n)); set_cell(cs[1], mod); set_cell(cs[2], act); set_cell(cs[3], outp)
        note(fname, {"post": p["name"], "dept": p["dept"], "reports_to": p["boss"], "subordinates": p["sub"],
                     "location": p["place"], "shift": p["shift"], "major": p["major"],
                     "education": (p["edu"][1] + p["edu"][2] + "（修订：由中专改为大专）") if p["edu"] else p["edu_plain"],
                     "experience": p["exp"], "certificate": p["cert"], "other": p["plus"],
                     "duties": [d[1] for d in p["duties"]]})
    doc.add_paragraph()
    doc.add_paragraph("注：灯光师学历要求由“中专及以上”修订为“大专及以上”（修订人：人力资源部，2025-06-12），以修订后为准。")
    doc.add_paragraph("舞台技术部另设舞台技术部主任1名、机械组组长1名，其岗位说明书另行发布。")
    note(fname, "named only here: 舞台技术部主任, 机械组组长 (no description)")
    doc.save(OUT / fname)


# ============================================================================= 02 docx
def doc02():
    fname = "02_演出季运营手册.docx"
    doc = Document()
    header_footer(doc, f"{CO}　演出运营部　内部资料", "2025—2026演出季　第 1 版")
    doc.add_heading("2025—2026演出季运营手册（演出运营部分册）", level=1)
    doc.add_paragraph("本手册供演出运营部全体人员及服化道组使用。剧院设大剧场（1680座）、音乐厅（1200座）和黑匣子剧场（180座）三个场地。")
    doc.add_heading("第一章　演出经理", level=2)
    doc.add_paragraph("演出经理隶属演出运营部，向运营副总经理汇报，管理舞台监督和演出助理，常驻大剧场行政办公区，"
                      "实行弹性工作制（随演出排期）。任职要求：本科及以上学历，艺术管理或戏剧影视相关专业，"
                      "5年以上演出项目管理经验，持有演出经纪人资格证。")
    doc.add_paragraph("演出经理的主要工作：")
    for t in ["（一）负责引进剧目的演出合同执行与演出排期落地；",
              "（二）编制单个演出项目预算，审核技术、接待等各项支出并控制成本；",
              "（三）统筹装台、联排、演出、拆台全流程，主持每日制作会议；",
              "（四）对接剧组或院团的技术附加条款（rider），协调舞台技术部落实；",
              "（五）处理演出现场突发事件，必要时决定延迟开演并向运营副总经理报告。"]:
        doc.add_paragraph(t)
    doc.add_heading("第二章　舞台监督", level=2)
    doc.add_paragraph("舞台监督是演出现场的总指挥，向演出经理负责。要求大专及以上学历，舞台美术、戏剧导演或表演艺术类专业，"
                      "3年以上剧场舞台监督工作经验，须持演出安全员培训合格证。舞台监督实行演出班（13:00—22:30），"
                      "工作地点为大剧场与音乐厅。")
    for t in ["1. 编制并维护提示本（cue本），汇总灯光、音响、机械各部门的cue点；",
              "2. 主持技术合成与带妆联排，记录问题并跟踪整改；",
              "3. 演出中通过内部通话系统统一叫cue，掌控演出节奏；",
              "4. 管理候场区秩序，确保演员上下场及换景时的人身安全；",
              "5. 演出结束后30分钟内填写《演出报告》并发送演出经理。"]:
        doc.add_paragraph(t)
    doc.add_heading("第三章　服化道组分工（按演出阶段）", level=2)
    doc.add_paragraph("服化道组设服化道主管1名，下辖化妆造型师、服装管理员、道具管理员，三岗的直接上级均为服化道主管。"
                      "各岗位在不同演出阶段的工作见下表。")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("岗位＼阶段", "装台日", "联排日", "演出日", "拆台日")):
        set_cell(c, txt, bold=True); shade(c)
    matrix = [
        ("化妆造型师", "清点化妆品及假发头饰，布置化妆间", "根据造型设计完成试妆并拍照存档",
         "开演前3小时到岗完成演员妆发，中场负责快速换妆", "清洁消毒化妆工具，登记化妆品开封日期"),
        ("服装管理员", "演出服装出库登记并按角色挂装", "熨烫整理服装，协助演员试装并记录修改意见",
         "协助快速换装，演出后回收服装", "清洗、修补服装并入库盘点"),
        ("道具管理员", "道具出库、检查完好性并按道具表摆放", "核对道具检查单，标记台口道具位置",
         "每场开演前复核道具位置，演出中负责道具递接", "道具回收入库，损坏道具报修"),
    ]
    for row in matrix:
        cs = t.add_row().cells
        for c, txt in zip(cs, row):
            set_cell(c, txt)
    doc.add_paragraph()
    doc.add_heading("第四章　服化道组任职要求", level=2)
    doc.add_paragraph("化妆造型师：大专及以上学历，人物形象设计、化妆相关专业，2年以上舞台化妆经验，持化妆师职业技能等级证书。")
    doc.add_paragraph("服装管理员：高中或中专及以上学历，服装设计与工艺专业优先，1年以上服装管理或剧团服装工作经验，会使用缝纫机。")
    doc.add_paragraph("道具管理员：略。")
    doc.add_paragraph("钢琴调律师由外包单位派驻，其职责与要求不在本手册规定范围内。")
    doc.add_heading("附录　2022版岗位设置（已废止）", level=2)
    doc.add_paragraph("【已废止，仅供查阅】2022版中，演出经理向艺术总监汇报，舞台监督由舞台技术部管理，"
                      "演出经理要求大专及以上学历、3年以上经验。自2025—2026演出季起以本手册正文为准。")
    for p, d in [("演出经理", "演出运营部"), ("舞台监督", "演出运营部")]:
        pass
    note(fname, {"post": "演出经理", "dept": "演出运营部", "reports_to": "运营副总经理", "subordinates": "舞台监督和演出助理",
                 "location": "大剧场行政办公区", "shift": "弹性工作制（随演出排期）", "education": "本科及以上",
                 "major": "艺术管理或戏剧影视相关", "experience": "5年以上演出项目管理经验", "certificate": "演出经纪人资格证",
                 "duties": "（一）合同执行与排期；（二）项目预算；（三）统筹装台联排演出拆台；（四）rider；（五）突发事件"})
    note(fname, {"post": "舞台监督", "reports_to": "演出经理", "education": "大专及以上", "major": "舞台美术、戏剧导演或表演艺术类",
                 "experience": "3年以上", "certificate": "演出安全员培训合格证", "shift": "演出班（13:00—22:30）",
                 "location": "大剧场与音乐厅", "duties": "1 提示本 2 技术合成联排 3 叫cue 4 候场区 5 演出报告"})
    note(fname, "phase matrix: 化妆造型师/服装管理员/道具管理员 duties by 装台日/联排日/演出日/拆台日; boss 服化道主管")
    note(fname, "化妆造型师 req: 大专, 人物形象设计、化妆, 2年, 化妆师职业技能等级证书; 服装管理员: 高中或中专, 1年, 缝纫机; 道具管理员: 略")
    note(fname, "钢琴调律师 named only (outsourced); 艺术总监 named only in void appendix; 2022 appendix void (演出经理 boss 艺术总监, 大专, 3年)")
    doc.save(OUT / fname)


# ============================================================================= 03 xlsx KPI
def xlsx03():
    fname = "03_岗位绩效指标库.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = f"{CO}岗位绩效指标库（2025—2026演出季）"
    ws["A3"] = "1. “月度考核”页按岗位分块，岗位名称只写在每块第一行；“项目制考核”页用于演出经理，每个演出项目结束后10个工作日内考核。"
    ws["A4"] = "2. 得分＝权重×达成系数，达成系数见评分规则；实际值由考核人填写。"
    ws["A5"] = "3. “2023版（停用）”页仅供对照，不再使用。"
    hdr = ["岗位", "考核人", "指标编码", "指标名称", "计算公式/口径", "目标值", "权重", "评分规则", "实际值", "得分"]
    ws = wb.create_sheet("月度考核")
    ws.append([f"{CO}月度岗位考核指标"])
    ws.merge_cells("A1:J1")
    ws.append(hdr)
    blocks = {
        "舞台监督": ("演出经理", [
            ("SM-01", "cue执行差错次数", "当月演出中叫错、漏叫cue的次数", "0次", 0.30, "每发生1次扣10分"),
            ("SM-02", "开演准点率", "准点开演场次÷演出总场次×100%", "≥98%", 0.25, "每低1个百分点扣5分"),
            ("SM-03", "演出报告提交及时率", "演出后30分钟内提交的报告数÷报告总数", "100%", 0.20, "迟交1份扣5分"),
            ("SM-04", "后台安全事故次数", "候场区及换景中发生的人身伤害事件", "0次", 0.25, "发生即本项不得分"),
        ]),
        "灯光师": ("舞台技术部主任", [
            ("LT-01", "灯光cue差错率", "差错cue数÷当月执行cue总数×100%", "≤0.5%", 0.35, "超出目标本项减半"),
            ("LT-02", "灯光设备完好率", "完好灯具数÷在册灯具数×100%", "≥97%", 0.30, "每低1个百分点扣3分"),
            ("LT-03", "装台按时完成率", "按排期完成挂灯对光的项目数÷项目总数", "100%", 0.20, "延误1次扣10分"),
            ("LT-04", "耗材费用预算执行率", "实际耗材费用÷预算", "≤100%", 0.15, "超支按比例扣分"),
        ]),
        "音响师": ("舞台技术部主任", [
            ("SD-01", "扩声事故次数", "演出中出现啸叫、断声等扩声事故次数", "0次", 0.40, "每次扣15分"),
            ("SD-02", "无线话筒频点冲突次数", "演出及联排中发生频点干扰的次数", "0次", 0.20, "每次扣5分"),
            ("SD-03", "音响设备完好率", "完好设备数÷在册设备数", "≥98%", 0.25, "每低1个百分点扣3分"),
            ("SD-04", "录音归档及时率", "3个工作日内归档的录音数÷录音总数", "100%", 0.15, "迟1份扣5分"),
        ]),
        "票务主管": ("市场票务部经理", [
            ("TK-01", "票款差错率", "差错金额÷当月票款总额", "≤0.01%", 0.30, "超出即本项不得分"),
            ("TK-02", "售票日结及时率", "当日22:00前完成日结的天数÷营业天数", "100%", 0.25, "迟1天扣5分"),
            ("TK-03", "票务有效投诉件数", "经核实的售票、退换票投诉", "≤2件/月", 0.25, "每多1件扣5分"),
            ("TK-04", "售票系统故障恢复时长", "单次故障至恢复售票的平均时长", "≤30分钟", 0.20, "超出每10分钟扣2分"),
        ]),
        "前厅经理": ("观众服务部总监", [
            ("FH-01", "观众满意度", "演出后问卷满意及以上比例", "≥95%", 0.30, "每低1个百分点扣3分"),
            ("FH-02", "观众投诉处理及时率", "24小时内回复的投诉数÷投诉总数", "100%", 0.25, "超时1件扣5分"),
            ("FH-03", "开演前入场完成率", "开演前入场观众数÷检票总数", "≥97%", 0.20, "每低1个百分点扣2分"),
            ("FH-04", "前厅员工培训完成率", "完成月度培训人数÷前厅员工总数", "100%", 0.15, "每少1人扣2分"),
            ("FH-05", "前厅安全事件次数", "观众踩踏、摔伤等安全事件", "0次", 0.10, "发生即本项不得分"),
        ]),
    }
    r = 3
    for post, (judge, rows) in blocks.items():
        first = True
        for code, name, formula, target, w, rule in rows:
            ws.append([post if first else None, judge if first else None, code, name, formula, target, w, rule, None,
                       f"=IF(I{r}=\"\",\"\",G{r}*100)"])
            ws.cell(row=r, column=7).number_format = "0%"
            first = False
            r += 1
        ws.append(["小计", None, None, None, None, None, f"=SUM(G{r - len(rows)}:G{r - 1})"])
        r += 1
        note(fname, {"sheet": "月度考核", "post": post, "judge": judge,
                     "indicators": [(n, t, f"{int(w * 100)}%") for _, n, _, t, w, _ in rows]})
    ws = wb.create_sheet("项目制考核")
    ws.append(["演出经理项目制考核（每个演出项目结束后考核）"])
    ws.merge_cells("A1:J1")
    ws.append(hdr)
    pm = [("PM-01", "演出按时开演率", "准点开演场次÷项目演出场次", "100%", 0.30, "延迟开演1场扣10分"),
          ("PM-02", "项目预算执行偏差率", "|实际支出−预算|÷预算×100%", "≤5%", 0.25, "每超1个百分点扣5分"),
          ("PM-03", "剧组满意度", "项目结束后剧组评价表得分", "≥90分", 0.20, "按得分比例折算"),
          ("PM-04", "演出安全事故次数", "项目期间发生的人身或设备安全事故", "0次", 0.15, "发生即本项不得分"),
          ("PM-05", "结算资料提交及时率", "项目结束后7日内提交结算资料", "100%", 0.10, "逾期不得分")]
    first = True
    for code, name, formula, target, w, rule in pm:
        ws.append(["演出经理" if first else None, "运营副总经理" if first else None, code, name, formula, target, w, rule, None, None])
        first = False
    note(fname, {"sheet": "项目制考核", "post": "演出经理", "judge": "运营副总经理",
                 "indicators": [(n, t, f"{int(w * 100)}%") for _, n, _, t, w, _ in pm]})
    ws = wb.create_sheet("部门KPI")
    ws.append(["部门", "指标名称", "目标值", "权重"])
    dk = [("舞台技术部", "重大技术事故次数", "0次", "30%"), (None, "技术设备综合完好率", "≥97%", "25%"),
          (None, "装台计划达成率", "≥98%", "25%"), (None, "技术员工持证上岗率", "100%", "20%"),
          ("观众服务部", "年度观众满意度", "≥95%", "40%"), (None, "有效投诉率", "≤0.05‰", "30%"),
          (None, "志愿者服务时长", "≥3000小时/年", "30%")]
    for row in dk:
        ws.append(list(row))
    note(fname, {"sheet": "部门KPI", "rows": dk})
    ws = wb.create_sheet("2023版（停用）")
    ws.append(["【停用】2023版指标，仅供对照"])
    ws.append(["岗位", "指标名称", "权重"])
    for row in [("舞台监督", "演出场次完成数", "50%"), ("舞台监督", "领导满意度", "50%"),
                ("票务主管", "售票金额", "60%"), ("票务主管", "会员发展数", "40%")]:
        ws.append(list(row))
    note(fname, "void sheet 2023版（停用）: 舞台监督 演出场次完成数/领导满意度; 票务主管 售票金额/会员发展数")
    wb.save(OUT / fname)


# ============================================================================= 04 xlsx staffing & pay
def xlsx04():
    fname = "04_人员编制与薪酬标准.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制与薪酬"
    ws["A1"] = f"{CO}2025年岗位编制与薪酬标准"
    ws.merge_cells("A1:J1")
    ws["A2"] = "部门"; ws["B2"] = "岗位"; ws["C2"] = "班次代码"
    ws["D2"] = "编制（人）"; ws.merge_cells("D2:F2")
    ws["G2"] = "月薪（元）"; ws.merge_cells("G2:H2")
    ws["I2"] = "演出津贴（元/场）"; ws["J2"] = "备注"
    for c, v in zip("DEFGH", ("大剧场", "音乐厅", "黑匣子", "下限", "上限")):
        ws[f"{c}3"] = v
    for c in "ABCIJ":
        ws.merge_cells(f"{c}2:{c}3")
    rows = [
        ("演出运营部", "演出经理", "F", 2, 1, 0, 15000, 22000, "—", "含项目奖金"),
        ("演出运营部", "舞台监督", "Y", 3, 2, 1, 9000, 13000, 120, None),
        ("演出运营部", "化妆造型师", "Y", 4, 1, 1, 7000, 10000, 100, None),
        ("演出运营部", "服装管理员", "Y", 3, 1, 0, 5500, 7500, 80, None),
        ("演出运营部", "道具管理员", "Y", 2, 0, 1, 5500, 7500, 80, None),
        ("舞台技术部", "灯光师", "Y", 5, 2, 1, 8000, 12000, 120, None),
        ("舞台技术部", "音响师", "Y", 2, 3, 1, 8000, 12500, 120, None),
        ("舞台技术部", "舞台机械操作员", "Z", 6, 0, 0, 6500, 9000, 100, "持证上岗"),
        ("市场票务部", "票务主管", "A/B", 1, 1, 0, 8000, 11000, "—", None),
        ("市场票务部", "市场推广专员", "D", 3, 0, 0, 8000, 12000, "—", "另计票房提成"),
        ("观众服务部", "前厅经理", "Q", 1, 1, 0, 12000, 16000, "—", None),
        ("艺术教育部", "艺术教育专员", "D", 0, 0, 3, 7000, 10000, "—", None),
        ("安全保卫部", "消防安全员", "X", 4, 2, 1, 6000, 8000, "—", "另有夜班补贴"),
        ("艺术委员会", "艺术总监", "F", 1, 0, 0, "面议", "面议", "—", "由董事会聘任"),
    ]
    for row in rows:
        ws.append(list(row))
    ws2 = wb.create_sheet("班次代码")
    codes = [("班次代码", "名称", "时间"), ("D", "常日班", "9:00—17:30（周一至周五）"),
             ("Y", "演出班", "13:00—22:30"), ("Z", "装台班", "8:00—17:00，演出日转演出班"),
             ("A/B", "票务早晚班", "A 9:00—17:00 / B 13:00—21:00，每周轮换"),
             ("Q", "前厅演出日班", "16:00—22:30"), ("X", "消控值班", "24小时值班，做一休二"),
             ("F", "弹性工作制", "随演出排期")]
    for c in codes:
        ws2.append(list(c))
    note(fname, {"rows": rows, "codes": codes})
    wb.save(OUT / fname)


# ============================================================================= 05 csv (pinyin headers)
def csv05():
    fname = "05_招聘需求_HR系统导出.csv"
    header = ["XH", "GWMC", "SSBM", "ZJSJ", "XLYQ", "ZYYQ", "GZJY", "ZSYQ", "GZDD", "XCFW", "BC", "GWZZ", "ZT"]
    rows = [
        ["1", "票务主管", "市场票务部", "市场票务部经理", "大专", "专业不限，市场营销、财务类优先", "3年以上票务或零售门店管理经验",
         "", "售票大厅", "8000-11000元/月", "A/B",
         "1.在票务系统中设置场次座位图与票价；2.安排售票员（6名）排班并管理现场售票秩序；3.每日完成票款日结与对账；"
         "4.按《票务管理规定》审核退换票申请；5.受理团体票与会员票预订", "招聘中"],
        ["2", "市场推广专员", "市场票务部", "市场票务部经理", "本科", "市场营销、新闻传播、广告学", "2年以上文化演出或快消品推广经验",
         "", "行政楼3楼市场部", "8000-12000元/月+票房提成", "D",
         "1.制定剧目宣传推广方案并跟踪执行；2.运营剧院微信公众号、抖音及小红书账号；3.维护媒体与KOL合作关系；"
         "4.每周输出票房销售数据分析报告", "招聘中"],
        ["3", "艺术教育专员", "艺术教育部", "艺术教育部经理", "本科", "音乐、舞蹈、戏剧或艺术教育", "2年以上艺术教育或活动策划经验",
         "教师资格证（优先）", "黑匣子剧场（艺术教育中心）", "7000-10000元/月", "D",
         "1.策划“走进剧场”公益导赏活动；2.组织艺术进校园项目；3.开发并执行青少年戏剧工作坊课程；4.运营剧院会员俱乐部活动", "招聘中"],
        ["4", "消防安全员", "安全保卫部", "安全保卫部经理", "高中", "不限", "1年以上消防或安保工作经验",
         "消防设施操作员（中级）", "消防控制室", "6000-8000元/月", "X",
         "1.演出前60分钟完成消防巡查；2.消控室24小时值守并处理报警信号；3.审核舞台烟火、明火效果使用申请；4.每季度组织一次观众疏散演练",
         "招聘中"],
        ["5", "前厅经理", "观众服务部", "运营副总经理", "大专", "酒店管理", "3年", "", "大剧场", "9000-12000元/月", "Q",
         "负责前厅服务", "已作废（2022年需求）"],
    ]
    with open(OUT / fname, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow(r)
    note(fname, {"header": header, "rows": rows, "remark": "row 5 is void (2022); 票务主管 and 市场推广专员 ZSYQ empty"})


# ============================================================================= 06 html (<pre> postings)
def html06():
    fname = "06_演出季招聘公告.html"
    posts = [
        ("化妆造型师", """岗位：化妆造型师（演出运营部·服化道组）
人数：2名
汇报对象：服化道主管
工作地点：大剧场化妆间
工作时间：演出班，演出日须开演前3小时到岗
薪资：7000—10000元/月，另有演出津贴
岗位职责：
  - 根据造型设计为演员完成妆面、发型造型；
  - 演出中负责快速换妆和补妆；
  - 负责化妆品、化妆工具的卫生消毒管理；
  - 维护保养假发及头饰。
任职要求：
  - 大专及以上学历，人物形象设计、化妆相关专业；
  - 2年以上舞台化妆经验，有戏曲或歌剧化妆经验者优先；
  - 持化妆师职业技能等级证书。"""),
        ("服装管理员", """岗位：服装管理员（演出运营部·服化道组）
人数：1名
汇报对象：服化道主管
工作地点：大剧场服装间
工作时间：演出班
薪资：5500—7500元/月
岗位职责：
  - 负责演出服装的出入库登记和台账管理；
  - 服装清洗、熨烫、修补；
  - 演出中协助演员快速换装；
  - 每季度完成服装盘点。
任职要求：
  - 高中或中专及以上学历；
  - 1年以上服装管理经验，会使用缝纫机；
  - 服装设计与工艺专业优先。"""),
    ]
    closed = """岗位：舞台监督助理
人数：1名
本岗位已招满，停止投递。"""
    parts = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head><meta charset=\"utf-8\">",
             f"<title>{CO}｜2025—2026演出季招聘公告</title>",
             "<style>pre{font-family:inherit;background:#faf7f0;padding:12px} .closed{color:#999}</style></head>",
             "<body>", "<nav><a href=\"/\">首页</a> &gt; <a href=\"/about\">关于剧院</a> &gt; 加入我们</nav>",
             f"<h1>{CO}2025—2026演出季招聘公告</h1>",
             "<p class=\"meta\">发布：人力资源部　2025-07-20　阅读 1,204</p>",
             "<p>因新演出季需要，现面向社会招聘以下岗位。岗位信息由用人部门提供，原文照登如下：</p>"]
    for i, (name, txt) in enumerate(posts, 1):
        parts.append(f"<h2>招聘岗位{i}</h2>")
        parts.append("<pre>")
        parts.extend(txt.split("\n"))
        parts.append("</pre>")
    parts.append("<h2 class=\"closed\">招聘岗位3（已结束）</h2>")
    parts.append("<pre class=\"closed\"><del>")
    parts.extend(closed.split("\n"))
    parts.append("</del></pre>")
    parts += ["<p>投递方式：简历发送至 hr@jianglan-theatre.example，邮件标题注明“应聘岗位+姓名”。</p>",
              "<footer>© 江澜演艺中心有限公司　购票请关注官方票务平台，本页不提供演出信息。</footer>", "</body>", "</html>"]
    (OUT / fname).write_text("\n".join(parts) + "\n", encoding="utf-8")
    note(fname, {"posts": [p[0] for p in posts], "text": [p[1] for p in posts], "closed": "舞台监督助理 (已结束)"})


# ============================================================================= 07 pdf (checkbox form)
def pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fname = "07_观众服务部岗位说明书.pdf"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0))
        font = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    c = canvas.Canvas(str(OUT / fname), pagesize=A4)
    W, H = A4
    posts = [
        dict(name="前厅经理", code="JL-GZ-01", dept="观众服务部", boss="观众服务部总监",
             sub="领位员、检票员、衣帽间服务员", edu=("高中", "大专", "本科", "硕士"), edu_on="本科",
             major="酒店管理、旅游管理或工商管理", exp="5年以上服务行业工作经验，其中2年以上团队管理经验",
             cert="红十字会急救员证（优先）", place="大剧场前厅", shift=("常日班", "演出日班16:00—22:30", "24小时值班"),
             shift_on="演出日班16:00—22:30", pay="12000—16000元/月",
             duties=["负责领位员、检票员、衣帽间服务员的排班与岗前培训；",
                     "组织观众有序入场、退场，开演前15分钟进行入场提醒；",
                     "按剧院规定管理迟到观众，在幕间或指定时点引导入场；",
                     "处理观众现场投诉，重大投诉1小时内上报观众服务部总监；",
                     "为轮椅观众、视障观众等提供无障碍服务安排。"]),
        dict(name="票务主管", code="JL-SP-02", dept="市场票务部", boss="市场票务部经理",
             sub="售票员（6名）", edu=("高中", "大专", "本科", "硕士"), edu_on="大专",
             major="专业不限", exp="3年以上票务或零售门店管理经验",
             cert="", place="售票大厅", shift=("常日班", "票务早晚班轮换", "24小时值班"),
             shift_on="票务早晚班轮换", pay="8000—11000元/月",
             duties=["在票务系统中设置场次座位图与票价；",
                     "安排售票员排班并管理售票大厅现场秩序；",
                     "每日完成票款日结与对账，差错当日查明；",
                     "按《票务管理规定》审核退换票申请；",
                     "受理团体票与会员票预订。"]),
    ]
    for p in posts:
        y = H - 60
        c.setFont(font, 16)
        c.drawCentredString(W / 2, y, f"{CO}岗位说明书（{p['name']}）")
        y -= 22
        c.setFont(font, 9)
        c.drawString(50, y, f"文件编号：{p['code']}　　版本：2025-A　　勾选项以“■”表示，未选为“□”")
        y -= 26
        c.setFont(font, 10.5)
        lines = [f"岗位名称：{p['name']}", f"所属部门：{p['dept']}", f"直接上级：{p['boss']}",
                 f"直接下级：{p['sub']}",
                 "学历要求：" + "　".join(("■" if e == p["edu_on"] else "□") + e for e in p["edu"]) + "（及以上）",
                 f"专业要求：{p['major']}", f"工作经验：{p['exp']}", f"资格证书：{p['cert']}",
                 f"工作地点：{p['place']}",
                 "班　　次：" + "　".join(("■" if s == p["shift_on"] else "□") + s for s in p["shift"]),
                 f"薪资范围：{p['pay']}"]
        for ln in lines:
            c.rect(45, y - 5, W - 90, 18, stroke=1, fill=0)
            c.drawString(52, y, ln)
            y -= 18
        y -= 18
        c.setFont(font, 12)
        c.drawString(50, y, "岗位职责")
        y -= 20
        c.setFont(font, 10.5)
        for i, d in enumerate(p["duties"], 1):
            c.drawString(60, y, f"{i}. {d}")
            y -= 18
        y -= 20
        c.setFont(font, 9)
        c.drawString(50, y, "任职者签字：__________　　部门负责人签字：__________　　人力资源部（盖章）")
        c.drawString(W / 2 - 20, 30, "第 1 页")
        c.showPage()
        note(fname, {k: v for k, v in p.items()})
    c.save()


# ============================================================================= 08 md (Notion export)
def md08():
    fname = "08_艺术教育与市场推广工作指引.md"
    txt = """# 艺术教育与市场推广工作指引

> Notion 导出 · 最后编辑：2025年8月3日 · 所属空间：江澜大剧院 / 部门Wiki

---

# 艺术教育专员

岗位编号: JL-JY-01
部门: 艺术教育部
汇报给: 艺术教育部经理
办公地点: 黑匣子剧场二层 艺术教育中心
工作制: 常日班（周末活动按排期调休）
标签: 公益导赏, 进校园, 工作坊

## 日常工作

- [ ] 每月策划不少于4场“走进剧场”公益导赏，提前两周发布报名
- [ ] 对接合作中小学，组织艺术进校园演出和讲座
- [ ] 开发青少年戏剧工作坊课程并担任助教
- [ ] 运营剧院会员俱乐部，组织演后谈和艺术家见面会
- [ ] 活动结束后3个工作日内提交活动总结及照片

## 任职要求

本科及以上，音乐、舞蹈、戏剧或艺术教育专业；2年以上艺术教育或活动策划经验；有教师资格证者优先；普通话标准，能面对百人以上听众讲解。

## 考核指标（季度）

| 指标 | 目标 | 权重 |
|---|---|---|
| 公益导赏场次 | ≥12场/季度 | 30% |
| 活动参与人次 | ≥1500人次/季度 | 25% |
| 活动满意度 | ≥92% | 25% |
| 新增会员转化数 | ≥200人/季度 | 20% |

---

# 市场推广专员

岗位编号: JL-SC-03
部门: 市场票务部
汇报给: 市场票务部经理
办公地点: 行政楼3楼市场部
工作制: 常日班（重点剧目首演周需晚间值守）

## 日常工作

- [ ] 根据演出季片单制定单剧目宣传推广方案
- [ ] 运营微信公众号、抖音、小红书账号，每周发布不少于5条内容
- [ ] 维护媒体、KOL及票务渠道合作关系
- [ ] 每周一输出上周票房销售数据分析报告

## 任职要求

本科及以上，市场营销、新闻传播或广告学专业；2年以上文化演出或快消品推广经验；熟练使用剪映、Photoshop等工具。

## 考核指标

（本岗位考核指标由市场票务部另行制定，暂未发布。）

---

## 附：常见问题

**问：下个演出季的片单在哪里看？**
答：片单由节目部发布，不在本页。

**问：员工看演出有折扣吗？**
答：员工内部票政策见《员工福利手册》。
"""
    (OUT / fname).write_text(txt, encoding="utf-8")
    note(fname, txt)


# ============================================================================= 09 GBK txt (side-by-side cards)
def txt09():
    fname = "09_后台与消防安全管理规定.txt"

    def wid(s):
        import unicodedata
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)

    def pad(s, n):
        return s + " " * (n - wid(s))

    left = ["【岗位卡】消防安全员", "部门：安全保卫部", "上级：安全保卫部经理", "学历：高中及以上",
            "证书：消防设施操作员（中级）", "班次：24小时值班，做一休二", "职责：",
            "1.演出前60分钟完成消防巡查", "2.消控室值守，处理报警信号", "3.审核舞台烟火、明火效果申请",
            "4.每季度组织观众疏散演练", "5.检查疏散通道与安全出口畅通"]
    right = ["【岗位卡】道具管理员", "部门：演出运营部服化道组", "上级：服化道主管", "学历：略",
             "证书：无", "班次：演出班", "职责：", "1.道具出入库登记与完好检查", "2.按道具表在台口摆放道具",
             "3.演出中负责道具递接", "4.易燃道具须经消防安全员审核", "5.损坏道具报修并登记"]
    lines = [f"{CO}后台与消防安全管理规定", "（2025年修订）", "",
             "第一条　为规范后台秩序和演出消防安全，制定本规定。",
             "第二条　后台区域实行凭证通行，演职人员须佩戴工作证，外来人员由舞台监督登记后进入。",
             "第三条　舞台上使用明火、烟雾、冷焰火等效果，剧组须提前3个工作日提出申请，经消防安全员审核、安全保卫部经理批准后方可使用。",
             "第四条　后台两个关键岗位的岗位卡如下（左右对照排版）：", ""]
    sep = "─" * 38
    lines.append(pad(sep, 40) + sep)
    for a, b in zip(left, right):
        lines.append(pad(a, 40) + b)
    lines.append(pad(sep, 40) + sep)
    lines += ["",
              "第五条　演出期间消防控制室不得离人，交接班须填写《消控室值班记录》。",
              "第六条　本规定由安全保卫部负责解释，自发布之日起施行。", "",
              "──────────────", "补充通知（2025年9月1日）：",
              "因安全保卫部增设副经理，自2025年9月1日起，消防安全员的直接上级调整为安全保卫部副经理（原为安全保卫部经理），其余不变。",
              "安全保卫部　2025年8月25日"]
    (OUT / fname).write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    note(fname, {"left": left, "right": right,
                 "notice": "消防安全员 boss changed to 安全保卫部副经理 from 2025-09-01",
                 "rule": "明火: 提前3个工作日申请, 消防安全员审核, 安全保卫部经理批准"})


# ============================================================================= 10 UTF-16 policy
def txt10():
    fname = "10_演出加班与考勤管理办法.txt"
    txt = f"""{CO}演出加班与考勤管理办法

一、适用范围
本办法适用于剧院全体合同制员工。外包单位派驻人员（如钢琴调律师、保洁、安保外包人员）按其所属单位规定执行。

二、工时制度
1. 行政岗位实行标准工时制；
2. 演出班、装台班岗位经人社部门批准实行综合计算工时制，以季度为周期综合计算；
3. 演出经理等管理岗位实行不定时工作制。

三、演出加班
1. 演出日超过22:30仍需工作的，超出部分按加班计算，可申请调休或按规定发放加班费；
2. 演出日22:30以后下班的员工，发放夜场交通补贴每次50元；
3. 春节、国庆等法定节假日演出，按国家规定支付加班工资。

四、考勤
1. 员工通过“江澜OA”手机端打卡，演出班在后台入口打卡；
2. 迟到30分钟以上按旷工半天处理；
3. 请假须提前在OA提交申请，演出日请假须经部门负责人和演出经理双签。

五、其他
停车、观演福利等事项见《员工福利手册》；观众购票、退票事宜见票务平台公告，不属于本办法范围。
本办法自2025年7月1日起施行。
"""
    (OUT / fname).write_bytes(txt.encode("utf-16"))
    note(fname, "policy: 综合计算工时制; 夜场交通补贴50元; 迟到30分钟以上旷工半天; 钢琴调律师 named only")


if __name__ == "__main__":
    doc01(); doc02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
