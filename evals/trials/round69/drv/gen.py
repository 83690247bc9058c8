"""Round 69 / drv: 鹏程驾校集团 — 10 HR documents in new layouts.

Run: T69_OUT=/tmp/t69drv/corpus /tmp/genv/bin/python gen.py
Layouts: Word JD book with gridBefore-ragged rows, auto-numbered (numPr) duty lists and an ENDNOTE that
changes a requirement; a red-head official notice (公文) with attachments, a tracked MOVE (w:moveFrom/moveTo)
of a duty between posts and an abolished 2021 attachment; KPI library with weights by coach grade (two-row
header) + a void 2023 sheet; staffing/pay workbook with merged grounds header and shift codes; a Feishu Bitable
CSV export (multi-select, person, epoch, attachment cells); an H5 (易企秀-style) page of absolutely positioned
divs, one text per div, labels separate from values; a PDF with a drawn box org chart and margin-label post
sections; a Markdown guide with LaTeX KPI formulas and a 略 section; a GBK OA approval print whose approval
comments amend the application; a UTF-16 LDIF directory export (reporting lines via manager DNs).
"""
import csv
import io
import os
import copy
from pathlib import Path

from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement, parse_xml
from docx.opc.part import Part
from docx.opc.packuri import PackURI
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T69_OUT", "/tmp/t69drv/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 01 docx JD book
def doc01():
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "鹏程驾校集团　人力资源部　受控文件　编号：PC-HR-JD-2024"
    sec.footer.paragraphs[0].text = "2024年3月修订　　本汇编共收录教学类岗位5个"
    doc.add_heading("鹏程驾校集团岗位说明书汇编（2024版）", 0)
    doc.add_paragraph("说明：本汇编适用于集团本部及东城、西郊、南湖三个训练场。各岗位表格中“岗位职责”一栏为自动编号列表；"
                      "表格下方的尾注为本版新增的执行口径，与表内内容具有同等效力。")
    posts = [
        dict(name="校长", code="XZ-01", dept="校长办公室", n="1人", up="集团总经理",
             down="教学副校长、招生部经理、财务部经理、考试服务中心主任、学员服务中心主管",
             loc="集团总部（东城训练场办公楼3楼）",
             duties=["全面主持驾校日常经营管理，组织制定年度招生计划和教学计划",
                     "贯彻执行《道路运输条例》及驾培行业主管部门的各项规定",
                     "审批重大费用支出和教练车购置、报废计划",
                     "组织建立安全生产责任制，每季度召开一次安全工作会议",
                     "负责与车管所、交通运输管理部门的日常沟通协调"],
             quals=[("学历", "本科及以上"), ("专业", "工商管理、交通运输类专业"),
                    ("经验", "10年以上驾培行业从业经历，其中5年以上驾校中层及以上管理经验"),
                    ("证书", "机动车驾驶证（C1及以上）")],
             pay_note=True),
        dict(name="教学副校长", code="XZ-02", dept="校长办公室（分管教学部）", n="1人", up="校长",
             down="东城、西郊、南湖训练场场长，理论教员",
             loc="东城训练场办公楼3楼",
             duties=["制定教学大纲和教练员年度培训计划并组织实施",
                     "组织教练员月度教学质量评议，评定教练员星级",
                     "分析各科目考试合格率，针对薄弱项目提出教学改进措施",
                     "审核各训练场教练员排班和学员分车方案",
                     "处理教学类重大投诉，对违规教练员提出处理意见"],
             quals=[("学历", "本科及以上"), ("专业", "不限"),
                    ("经验", "8年以上驾培教学经验，3年以上教学管理经验"),
                    ("证书", "机动车驾驶教练员证")]),
        dict(name="科目二教练员", code="JL-02", dept="教学部（各训练场）", n="42人", up="所在训练场场长",
             down="无", loc="东城、西郊、南湖训练场（按排班）",
             duties=["按教学大纲完成科目二场地驾驶技能训练，包括倒车入库、侧方停车、坡道定点停车与起步、直角转弯、曲线行驶",
                     "每日出车前检查教练车副刹车、灯光和轮胎，填写《教练车日检表》",
                     "如实填写教学日志，按规定使用计时培训终端签到签退",
                     "组织学员考前模拟训练，评估学员是否达到约考条件",
                     "严禁吃拿卡要，不得私自收取学员任何费用"],
             quals=[("学历", "高中（中专）及以上"), ("证书", "机动车驾驶教练员证；C1驾驶证驾龄5年以上"),
                    ("经验", "2年以上驾培教学经验"), ("其他", "最近3个记分周期内无记满12分记录，普通话标准")]),
        dict(name="科目三教练员", code="JL-03", dept="教学部（各训练场）", n="28人", up="所在训练场场长",
             down="无", loc="西郊训练场及核定的道路训练路线",
             duties=["完成科目三道路驾驶技能训练和安全文明驾驶常识教学",
                     "按核定的道路训练路线带教，不得擅自变更训练路线和时段",
                     "夜间驾驶训练须安排两名学员以上同车，并提前报安全员备案",
                     "负责学员路考前的模拟考试，填写《路考评估表》",
                     "协助处理道路训练中发生的交通事故和纠纷"],
             quals=[("学历", "大专及以上", 1), ("证书", "机动车驾驶教练员证；C1驾驶证驾龄6年以上"),
                    ("经验", "3年以上驾培教学经验，其中1年以上道路驾驶教学经验"), ("其他", "身体健康，无色盲色弱")]),
        dict(name="理论教员", code="JL-01", dept="教学部理论培训室", n="4人", up="教学副校长",
             down="无", loc="东城训练场理论教室",
             duties=["讲授道路交通安全法律法规、交通信号、记分规则等科目一和科目四课程",
                     "组织学员使用题库软件练习，跟踪学员理论学习进度",
                     "每月更新教学课件，确保课件内容与最新法规一致",
                     "负责理论课堂考勤和理论学时审核"],
             quals=[("学历", "大专以上学历"), ("专业", "交通运输或教育类专业优先"),
                    ("证书", "教师资格证或驾培理论教练员证"), ("经验", "1年以上教学经验")]),
    ]
    endnotes = []
    for i, p in enumerate(posts, 1):
        doc.add_heading(f"{'一二三四五'[i-1]}、{p['name']}", 1)
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"

        def row(*vals):
            r = t.add_row()
            for c, v in zip(r.cells, vals):
                c.text = v
            return r
        row("岗位名称", p["name"], "岗位编号", p["code"])
        row("所属部门", p["dept"], "定员", p["n"])
        row("直接上级", p["up"], "直接下级", p["down"])
        r = row("工作地点", p["loc"], "", "")
        r.cells[1].merge(r.cells[3]).text = p["loc"]
        r = row("岗位职责", "", "", "")
        m = r.cells[1].merge(r.cells[3])
        m.text = ""
        first = True
        for d in p["duties"]:
            para = m.paragraphs[0] if first else m.add_paragraph()
            para.style = doc.styles["List Number"]
            para.add_run(d)
            first = False
        # qualification rows: first with label, the rest ragged (gridBefore=1, no first cell)
        for k, q in enumerate(p["quals"]):
            r = row("任职资格" if k == 0 else "", q[0], "", "")
            mm = r.cells[2].merge(r.cells[3])
            mm.text = q[1]
            if len(q) > 2:
                endnotes.append((len(endnotes) + 1,
                                 "本条自2024年7月1日起对新聘人员执行；此前已在岗的科目三教练员学历要求仍为高中（中专）及以上。"))
                run = mm.paragraphs[0].add_run()
                rpr = OxmlElement("w:rPr")
                va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
                run._r.append(rpr)
                ref = OxmlElement("w:endnoteReference"); ref.set(qn("w:id"), str(len(endnotes)))
                run._r.append(ref)
            if k > 0:
                tr = r._tr
                tc0 = tr.tc_lst[0]
                tr.remove(tc0)
                trPr = tr.get_or_add_trPr()
                gb = OxmlElement("w:gridBefore"); gb.set(qn("w:val"), "1")
                trPr.insert(0, gb)
        if p.get("pay_note"):
            doc.add_paragraph("薪酬：执行年薪制，具体标准由集团董事会另行核定，不在本说明书中列示。")
        doc.add_paragraph("")
    # endnotes part
    notes = "".join(
        f'<w:endnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {txt}</w:t></w:r></w:p></w:endnote>' for i, txt in endnotes)
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="{W}">'
           '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
           '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
           f'{notes}</w:endnotes>').encode("utf-8")
    part = Part(PackURI("/word/endnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml", xml, doc.part.package)
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes")
    doc.save(OUT / "drv01_岗位说明书汇编2024.docx")


# ---------------------------------------------------------------- 02 docx red-head notice with tracked move
def _move_para(doc, text, kind, mid):
    p = doc.add_paragraph()
    el = OxmlElement(f"w:{kind}")
    el.set(qn("w:id"), str(mid)); el.set(qn("w:author"), "人力资源部 张敏"); el.set(qn("w:date"), "2024-04-03T10:12:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve")
    r.append(t); el.append(r)
    rs = OxmlElement(f"w:{kind}RangeStart"); rs.set(qn("w:id"), str(mid + 100)); rs.set(qn("w:name"), "move471")
    rs.set(qn("w:author"), "人力资源部 张敏"); rs.set(qn("w:date"), "2024-04-03T10:12:00Z")
    re_ = OxmlElement(f"w:{kind}RangeEnd"); re_.set(qn("w:id"), str(mid + 100))
    p._p.append(rs); p._p.append(el); p._p.append(re_)
    return p


def doc02():
    doc = Document()
    set_font(doc)
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("鹏程驾校集团文件"); r.font.size = Pt(36); r.font.color.rgb = RGBColor(0xE0, 0, 0); r.bold = True
    p = doc.add_paragraph("鹏驾集〔2024〕17号"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━"); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("关于印发训练场地相关岗位职责的通知"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("各训练场、各部门：")
    doc.add_paragraph("　　为进一步规范训练场地安全和车辆管理，经集团办公会研究，现将《安全员岗位职责》《场地管理员岗位职责》"
                      "《车辆维修工岗位职责》印发给你们，请认真贯彻执行。原《场地管理员职责》（鹏驾集〔2021〕5号）同时废止。")
    doc.add_paragraph("　　附件：1．安全员岗位职责")
    doc.add_paragraph("　　　　　2．场地管理员岗位职责")
    doc.add_paragraph("　　　　　3．车辆维修工岗位职责")
    doc.add_paragraph("　　　　　4．2021版场地管理员职责（已废止，仅供对照）")
    p = doc.add_paragraph("鹏程驾校集团"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph("2024年4月8日"); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("（此件公开发布）")
    doc.add_paragraph("抄送：集团董事会，集团总经理。")
    doc.add_paragraph("鹏程驾校集团办公室　　　　　　　　　　2024年4月8日印发")
    doc.add_page_break()
    doc.add_paragraph("附件1")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("安全员岗位职责").bold = True
    doc.add_paragraph("一、岗位设置")
    doc.add_paragraph("　　东城、西郊、南湖训练场各设安全员1名，隶属安全保卫部，直接上级为安全保卫部部长，"
                      "业务上接受所在训练场场长的指导。实行做一休一轮班。")
    doc.add_paragraph("二、工作职责")
    for s in ["（一）每日开训前巡查训练场地、消防器材和场内限速标志，做好巡查记录；",
              "（二）监督教练员、学员遵守场内安全规定，及时制止超速、逆行、无教练陪同驾驶等行为；",
              "（三）发生事故时第一时间报告并保护现场，协助开展事故调查；",
              "（四）每月组织一次全员安全教育，每季度组织一次应急演练；",
              "（五）建立安全隐患台账，跟踪隐患整改直至闭环；"]:
        doc.add_paragraph(s)
    _move_para(doc, "（六）负责训练场监控设备的日常巡查和录像资料保存（录像保存不少于30天）。", "moveTo", 1)
    doc.add_paragraph("三、任职条件")
    doc.add_paragraph("　　高中及以上学历；3年以上安全管理工作经验；持有安全生产管理人员安全生产知识和管理能力考核合格证，"
                      "具有注册安全工程师资格者优先。")
    doc.add_page_break()
    doc.add_paragraph("附件2")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("场地管理员岗位职责").bold = True
    doc.add_paragraph("一、岗位设置")
    doc.add_paragraph("　　各训练场设场地管理员1至2名，隶属后勤保障部，直接上级为所在训练场场长。")
    doc.add_paragraph("二、工作职责")
    for s in ["（一）负责训练场地及考试项目设施（桩杆、地面感应线、坡道）的日常维护；",
              "（二）编排场地使用时段，协调各教练组的训练车位；",
              "（三）负责场地清洁、绿化、照明和排水设施管理；",
              "（四）登记外来车辆和人员的出入；"]:
        doc.add_paragraph(s)
    _move_para(doc, "（五）负责训练场监控设备的日常巡查和录像资料保存（录像保存不少于30天）。", "moveFrom", 2)
    doc.add_paragraph("三、任职条件")
    doc.add_paragraph("　　中专（高中）及以上学历；1年以上物业或场地管理经验；能够操作电子桩考设备。")
    doc.add_page_break()
    doc.add_paragraph("附件3")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run("车辆维修工岗位职责").bold = True
    doc.add_paragraph("一、岗位设置")
    doc.add_paragraph("　　集团设车辆维修工6名，集中在南湖训练场维修车间工作，隶属车辆管理部，直接上级为车辆管理部主管。")
    doc.add_paragraph("二、工作职责")
    for s in ["（一）负责教练车的日常维护保养和故障维修；",
              "（二）每月对全部教练车进行一次安全技术检查，建立单车维修档案；",
              "（三）负责副刹车、辅助后视镜等教练车专用装置的检查和调校；",
              "（四）管理维修配件和工具，控制单车维修成本；",
              "（五）配合完成教练车年检和二级维护送检。"]:
        doc.add_paragraph(s)
    doc.add_paragraph("三、任职条件")
    doc.add_paragraph("　　中专或技工学校汽车维修相关专业毕业；持有中级及以上汽车维修工职业资格证书；3年以上汽车维修经验。")
    doc.add_page_break()
    doc.add_paragraph("附件4")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("2021版场地管理员职责（已废止，仅供对照）").bold = True
    doc.add_paragraph("　　场地管理员隶属综合办公室，直接上级为后勤主管。主要职责：1．负责学员报名接待和资料收取；"
                      "2．负责训练场地卫生；3．负责场地收费停车管理。任职条件：初中及以上学历。")
    doc.save(OUT / "drv02_关于印发训练场地岗位职责的通知.docx")


# ---------------------------------------------------------------- 03 xlsx KPI library
def doc03():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "填表说明"
    for r in [["鹏程驾校集团岗位KPI指标库（2024年度）"],
              ["1．“指标库”为全集团统一指标口径，各岗位考核表引用指标编码。"],
              ["2．教练员按初级、中级、高级三个星级分别设置权重；权重合计均为100%。"],
              ["3．“2023版（作废）”工作表仅作留档，不再使用。"],
              ["4．考核结果每月5日前报人力资源部。"]]:
        ws.append(r)
    lib = wb.create_sheet("指标库")
    lib.append(["指标编码", "指标名称", "指标定义", "计算公式", "数据来源", "考核周期"])
    rows = [
        ("KPI-01", "科目二一次通过率", "学员首次参加科目二考试即合格的比例", "科目二首次考试合格人数÷科目二首次参考人数×100%", "车管所考试系统", "月度"),
        ("KPI-02", "科目三一次通过率", "学员首次参加科目三考试即合格的比例", "科目三首次考试合格人数÷科目三首次参考人数×100%", "车管所考试系统", "月度"),
        ("KPI-03", "学员满意度", "电话回访中对教学服务表示满意的比例", "回访满意人数÷回访总人数×100%", "学员服务中心回访记录", "月度"),
        ("KPI-04", "有效投诉次数", "经核实属实的学员投诉次数", "当月有效投诉累计次数", "投诉台账", "月度"),
        ("KPI-05", "教学日志完整率", "教学日志按要求填写完整的比例", "填写完整的日志数÷应填日志数×100%", "计时培训系统", "月度"),
        ("KPI-06", "安全责任事故次数", "训练中发生的负有责任的交通或场地事故次数", "当月责任事故次数", "安全保卫部", "月度"),
        ("KPI-07", "课时完成量", "实际完成的有效培训学时", "计时系统确认的有效学时合计", "计时培训系统", "月度"),
        ("KPI-08", "月招生人数", "当月完成报名缴费的学员人数", "当月新报名缴费人数", "报名系统", "月度"),
        ("KPI-09", "咨询转化率", "有效咨询转化为报名的比例", "见《新员工入职指南》第4节", "报名系统", "月度"),
        ("KPI-10", "学员退学率", "当月退学学员占在培学员的比例", "见《新员工入职指南》第4节", "报名系统", "月度"),
        ("KPI-11", "约考成功率", "提交的约考申请获得考位的比例", "约考成功人次÷约考申请人次×100%", "车管所预约系统", "月度"),
        ("KPI-12", "约考差错次数", "因信息录入错误导致误约、漏约的次数", "当月差错累计次数", "考试服务中心台账", "月度"),
        ("KPI-13", "投诉处理及时率", "24小时内响应并跟进的投诉比例", "24小时内响应的投诉数÷投诉总数×100%", "投诉台账", "月度"),
        ("KPI-14", "退费办理时长", "从退费申请到款项退回的平均工作日", "退费总工作日÷退费笔数", "财务部", "月度"),
    ]
    for r in rows:
        lib.append(list(r))
    co = wb.create_sheet("教练员考核表")
    co.append(["岗位", "指标编码", "指标名称", "权重（按教练员星级）", None, None, "目标值", "评分规则"])
    co.append([None, None, None, "初级", "中级", "高级", None, None])
    co.merge_cells("D1:F1")
    for c in ("A", "B", "C", "G", "H"):
        co.merge_cells(f"{c}1:{c}2")
    k2 = [("KPI-01", "科目二一次通过率", "30%", "35%", "40%", "≥85%", "每低1个百分点扣2分"),
          ("KPI-03", "学员满意度", "20%", "20%", "20%", "≥95%", "每低1个百分点扣1分"),
          ("KPI-05", "教学日志完整率", "15%", "10%", "10%", "100%", "每缺1份扣1分"),
          ("KPI-07", "课时完成量", "25%", "20%", "15%", "≥月度排班学时的95%", "按完成比例计分"),
          ("KPI-06", "安全责任事故次数", "10%", "15%", "15%", "0次", "发生1次本项不得分")]
    k3 = [("KPI-02", "科目三一次通过率", "35%", "40%", "45%", "≥80%", "每低1个百分点扣2分"),
          ("KPI-03", "学员满意度", "20%", "20%", "20%", "≥95%", "每低1个百分点扣1分"),
          ("KPI-06", "安全责任事故次数", "20%", "20%", "20%", "0次", "发生1次本项不得分"),
          ("KPI-04", "有效投诉次数", "15%", "10%", "5%", "≤1次/月", "每超1次扣5分"),
          ("KPI-05", "教学日志完整率", "10%", "10%", "10%", "100%", "每缺1份扣1分")]
    start = 3
    for post, ks in (("科目二教练员", k2), ("科目三教练员", k3)):
        for i, k in enumerate(ks):
            co.append([post if i == 0 else None] + list(k))
        co.merge_cells(f"A{start}:A{start + len(ks) - 1}")
        start += len(ks)
    co.append(["合计", None, None, "100%", "100%", "100%", None, "星级由教学副校长每年评定一次"])
    sv = wb.create_sheet("招生与服务岗位")
    sv.append(["考核对象", "指标名称", "权重", "目标值", "计分方法"])
    blocks = [
        ("招生顾问", [("月招生人数", "40%", "≥30人", "按完成比例计分，上限120%"),
                  ("咨询转化率", "25%", "≥35%", "每低1个百分点扣1分"),
                  ("学员退学率", "15%", "≤3%", "每高1个百分点扣3分"),
                  ("学员满意度", "20%", "≥92%", "每低1个百分点扣1分")]),
        ("约考专员", [("约考成功率", "40%", "≥98%", "每低1个百分点扣4分"),
                  ("约考差错次数", "30%", "0次", "每发生1次扣10分"),
                  ("学员满意度", "15%", "≥95%", "每低1个百分点扣1分"),
                  ("有效投诉次数", "15%", "0次", "每发生1次扣5分")]),
        ("学员服务专员", [("投诉处理及时率", "35%", "100%", "每低1个百分点扣2分"),
                    ("退费办理时长", "25%", "≤7个工作日", "每超1天扣2分"),
                    ("学员满意度", "30%", "≥95%", "每低1个百分点扣1分"),
                    ("有效投诉次数", "10%", "0次", "每发生1次扣5分")]),
        ("招生部（部门）", [("部门年度招生人数", "50%", "≥4200人", "按完成比例计分"),
                     ("招生费用率", "20%", "≤8%", "每高0.5个百分点扣2分"),
                     ("学员退学率", "15%", "≤3%", "每高1个百分点扣3分"),
                     ("学员满意度", "15%", "≥92%", "每低1个百分点扣1分")]),
    ]
    for post, ks in blocks:
        r0 = sv.max_row + 1
        for i, k in enumerate(ks):
            sv.append([post if i == 0 else None] + list(k))
        sv.merge_cells(f"A{r0}:A{r0 + len(ks) - 1}")
        sv.append([None, "小计", "100%", None, None])
    old = wb.create_sheet("2023版（作废）")
    old.append(["岗位", "指标", "权重", "目标值"])
    old.append(["科目二教练员", "科目二一次通过率", "50%", "≥80%"])
    old.append([None, "课时完成量", "30%", "≥90%"])
    old.append([None, "学员满意度", "20%", "≥90%"])
    old.append(["备注：本表自2024年1月1日起作废。"])
    wb.save(OUT / "drv03_岗位KPI指标库2024.xlsx")


# ---------------------------------------------------------------- 04 xlsx staffing & pay
def doc04():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "岗位编制"
    ws.append(["部门", "岗位", "编制（人）", None, None, None, "合计", "班次代码"])
    ws.append([None, None, "东城训练场", "西郊训练场", "南湖训练场", "考试服务中心", None, None])
    ws.merge_cells("C1:F1")
    for c in ("A", "B", "G", "H"):
        ws.merge_cells(f"{c}1:{c}2")
    data = [
        ("校长办公室", "校长", 1, 0, 0, 0, "C"), (None, "教学副校长", 1, 0, 0, 0, "C"),
        ("教学部", "科目二教练员", 16, 14, 12, 0, "Z/W"), (None, "科目三教练员", 8, 14, 6, 0, "Z"),
        (None, "理论教员", 4, 0, 0, 0, "C"),
        ("安全保卫部", "安全员", 1, 1, 1, 0, "L"),
        ("后勤保障部", "场地管理员", 2, 1, 1, 0, "Z"),
        ("车辆管理部", "车辆维修工", 0, 0, 6, 0, "C"),
        ("招生部", "招生顾问", 6, 3, 3, 0, "C2"),
        ("学员服务中心", "学员服务专员", 3, 0, 0, 0, "C"),
        ("财务部", "财务出纳", 2, 0, 0, 0, "C"),
        ("考试服务中心", "约考专员", 0, 0, 0, 3, "C"), (None, "模拟器管理员", 0, 0, 0, 2, "W"),
        (None, "档案管理员", 0, 0, 0, 1, "C"),
    ]
    r0 = 3
    for d in data:
        r = ws.max_row + 1
        ws.append([d[0], d[1], d[2], d[3], d[4], d[5], f"=SUM(C{r}:F{r})", d[6]])
    for a, b in (("A3", "A4"), ("A5", "A7"), ("A14", "A16")):
        ws.merge_cells(f"{a}:{b}")
    pay = wb.create_sheet("薪酬标准")
    pay.append(["岗位", "薪酬结构", None, None, "说明"])
    pay.append([None, "基本工资（元/月）", "课时费", "绩效/提成", None])
    pay.merge_cells("B1:D1"); pay.merge_cells("A1:A2"); pay.merge_cells("E1:E2")
    prow = [
        ("校长", "—", "—", "—", "年薪制，由董事会核定"), ("教学副校长", "—", "—", "—", "年薪制，由董事会核定"),
        ("科目二教练员", 3200, "25元/学时", "一次通过奖80元/人", "星级津贴另计"),
        ("科目三教练员", 3400, "30元/学时", "一次通过奖100元/人", "星级津贴另计"),
        ("理论教员", 4500, "40元/节", "—", None),
        ("安全员", 4200, "—", "月度安全奖0-600元", None),
        ("场地管理员", 3600, "—", "—", None),
        ("车辆维修工", 4800, "—", "维修绩效0-1500元", None),
        ("招生顾问", 3000, "—", "每招1名学员提成150元", None),
        ("学员服务专员", 4000, "—", "月度绩效0-800元", None),
        ("财务出纳", 4300, "—", "—", None),
        ("约考专员", 3900, "—", "月度绩效0-500元", None),
        ("模拟器管理员", 3700, "—", "—", "夜班津贴30元/班"),
        ("档案管理员", 3500, "—", "—", None),
    ]
    for r in prow:
        pay.append(list(r))
    sc = wb.create_sheet("班次代码")
    sc.append(["代码", "班次", "时间", "适用说明"])
    for r in [("Z", "早班", "7:00-15:00", "训练场"), ("W", "晚班", "13:00-21:00", "训练场/模拟训练中心"),
              ("Z/W", "早晚班轮换", "每周轮换一次", "科目二教练员"), ("C", "常日班", "8:30-17:30", "机关及窗口岗位"),
              ("C2", "常日班（周二轮休）", "9:00-18:00", "招生岗位，周末正常上班"),
              ("L", "轮班", "做一休一，8:00-次日8:00", "安全员")]:
        sc.append(list(r))
    wb.save(OUT / "drv04_岗位编制与薪酬标准.xlsx")


# ---------------------------------------------------------------- 05 csv Feishu Bitable export
def doc05():
    hdr = ["需求编号", "岗位名称", "需求部门", "工作地点", "招聘人数", "学历要求", "岗位职责", "任职要求", "用人负责人",
           "需求状态", "创建时间", "附件"]
    rows = [
        ["ZP-2024-031", "财务出纳", "财务部", "东城训练场", "1", "大专",
         "①学费收款与开票；②每日收款核对；③现金及银行日记账登记",
         "会计相关专业，持初级会计职称，1年以上出纳经验", "钱坤(qiankun@pcjx.com)", "招聘中", "1711929600000",
         "JD_财务出纳.docx(https://pcjx.feishu.cn/file/box01)"],
        ["ZP-2024-032", "档案管理员", "考试服务中心", "东城训练场", "1", "中专",
         "①学员档案建档、录入与归档；②办理学员档案移交车管所的手续；③档案借阅登记和保密管理",
         "档案管理或文秘专业，熟练使用办公软件，1年以上档案管理经验", "郑伟(zhengwei@pcjx.com)", "招聘中",
         "1712016000000", ""],
        ["ZP-2024-033", "招生顾问", "招生部", "东城训练场,西郊训练场,南湖训练场", "4", "大专",
         "①接待学员咨询并办理报名；②新学员回访；③参与校园和社区招生活动",
         "1年以上销售经验，持C1驾照，周末可上班", "刘芳(liufang@pcjx.com)", "招聘中", "1712102400000",
         "招生顾问JD.pdf(https://pcjx.feishu.cn/file/box02)"],
        ["ZP-2023-087", "科目二教练员", "教学部", "南湖训练场", "5", "高中",
         "①科目二场地训练；②教练车日常检查",
         "持教练员证，驾龄3年以上", "王海涛(wanghaitao@pcjx.com)", "已关闭", "1698768000000", ""],
        ["ZP-2024-035", "陪练员", "教学部", "", "", "", "", "", "王海涛(wanghaitao@pcjx.com)", "暂停",
         "1712275200000", ""],
    ]
    with open(OUT / "drv05_招聘需求_多维表格导出.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)


# ---------------------------------------------------------------- 06 html H5 page
def doc06():
    lines = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8">',
             '<title>鹏程驾校 · 加入我们</title>',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             '<style>.page{position:relative;width:375px;height:1400px;margin:0 auto}.ele{position:absolute}</style>',
             '</head><body>',
             '<!-- H5 editor export: page elements in layer order -->']
    y = [0]

    def ele(text, left=20, size=14, top=None):
        if top is None:
            y[0] += 28
            top = y[0]
        lines.append(f'<div class="ele" style="top:{top}px;left:{left}px;font-size:{size}px">{text}</div>')
        return top

    lines.append('<div class="page" id="page1">')
    ele("鹏程驾校 · 诚聘英才", size=24)
    ele("扫码投递简历，或到东城训练场招生大厅现场面试")
    lines.append('</div>')
    for post in [
        dict(name="招生顾问", tag="招生部 · 4人", duties=[
            "1. 接待到店、电话及线上咨询的学员，介绍班型和收费标准",
            "2. 办理学员报名手续，核对身份证明和体检材料",
            "3. 维护学员信息，48小时内完成新学员回访",
            "4. 参与校园、社区等地推招生活动",
            "5. 每周汇总招生数据，反馈竞品驾校的价格和活动信息"],
             facts=[("汇报对象", "招生部经理"), ("工作地点", "东城训练场招生大厅及各报名点"), ("学历要求", "大专及以上"),
                    ("工作经验", "1年以上销售或客服经验，有驾培行业经验者优先"), ("证　　书", "C1及以上机动车驾驶证")],
             pay=("薪资待遇", "底薪3000元+招生提成，综合月收入6000-10000元")),
        dict(name="学员服务专员", tag="学员服务中心 · 2人", duties=[
            "1. 受理学员投诉和建议，24小时内响应并跟进处理结果",
            "2. 办理学员退费、转班、更换教练等业务",
            "3. 解答学员关于学时、约考进度的咨询",
            "4. 每月开展学员满意度电话回访并形成分析报告",
            "5. 维护学员微信群和公众号后台留言"],
             facts=[("汇报对象", "学员服务中心主管"), ("工作地点", "东城训练场学员服务大厅"), ("学历要求", "大专及以上"),
                    ("专业要求", "市场营销、行政管理等相关专业"), ("工作经验", "1年以上客服工作经验"),
                    ("其他要求", "普通话二级乙等及以上，耐心细致")],
             pay=("薪资待遇", "4000元+月度绩效，五险一金")),
    ]:
        lines.append(f'<div class="page" id="page-{post["name"]}">')
        y[0] = 0
        ele(post["name"], size=22)
        ele(post["tag"], size=12)
        y[0] += 40  # space reserved for the pay element (added last by the editor)
        ele("【工作职责】", size=16)
        for d in post["duties"]:
            ele(d)
        ele("【任职要求】", size=16)
        for lab, val in post["facts"]:
            t = ele(lab)
            ele(val, left=110, top=t)
        # pay element was inserted last in the editor: it sits near the top visually
        ele(post["pay"][0], top=90, size=13)
        ele(post["pay"][1], left=90, top=90, size=13)
        lines.append('</div>')
    lines.append('<div class="page" id="page-end">')
    y[0] = 0
    ele("温馨提示：学员咨询驾照考试、补领等业务请拨打客服热线，本页仅发布招聘信息。")
    lines.append('</div>')
    lines.append('</body></html>')
    (OUT / "drv06_加入我们_H5.html").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf
def doc07():
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0)); F = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); F = "STSong-Light"
    c = canvas.Canvas(str(OUT / "drv07_考试服务中心岗位规范.pdf"), pagesize=A4)
    Wd, H = A4
    c.setFont(F, 16); c.drawCentredString(Wd / 2, H - 60, "考试服务中心岗位规范（试行）")
    c.setFont(F, 9); c.drawCentredString(Wd / 2, H - 78, "鹏程驾校集团　2024年5月")
    c.setFont(F, 11); c.drawString(50, H - 110, "一、组织结构")

    def box(x, y, w, h, t):
        c.rect(x, y, w, h); c.drawCentredString(x + w / 2, y + h / 2 - 4, t)
    c.setFont(F, 10)
    box(220, H - 170, 150, 30, "考试服务中心主任")
    xs = [70, 230, 390]
    for x, t in zip(xs, ["约考专员（3人）", "模拟器管理员（2人）", "档案管理员（1人）"]):
        box(x, H - 250, 130, 30, t)
        c.line(295, H - 170, x + 65, H - 220)
    c.setFont(F, 9)
    c.drawString(50, H - 280, "注：考试服务中心主任由校长任命，岗位说明书另行制定。")
    c.setFont(F, 11); c.drawString(50, H - 310, "二、约考专员")
    y = H - 335
    facts = [("岗位目的", ["为学员按时、准确地预约各科目考试，减少误约和漏约。"]),
             ("直接上级", ["考试服务中心主任"]),
             ("工作地点", ["东城训练场考试服务中心一楼2号窗口"]),
             ("工作职责", ["1．根据学员学时和教练评估结果，通过交管12123及车管所系统为学员预约考试；",
                       "2．核对学员约考资格，防止学时不足或资料不全的学员被误约；",
                       "3．考试前一日通知学员考试时间、考场地点和注意事项；",
                       "4．统计各科目约考、缺考和合格数据，每周一上报考试服务中心主任；",
                       "5．协助学员办理补考预约和考试预约的取消。"]),
             ("任职资格", ["大专及以上学历；1年以上驾校或车管业务工作经验；",
                       "熟悉车管所考试预约流程，能熟练使用办公软件。"]),
             ("说　　明", ["本规范不涉及科目考试合格标准、驾驶人记分规则等法规内容，",
                       "相关内容以公安部令第162号及车管所公告为准。"])]
    for lab, vals in facts:
        c.setFont(F, 10); c.drawString(50, y, lab)
        c.setFont(F, 10)
        for v in vals:
            c.drawString(130, y, v); y -= 18
        y -= 6
    c.showPage()
    c.save()


# ---------------------------------------------------------------- 08 md
def doc08():
    md = r"""# 新员工入职指南（招生部 · 财务部 · 学员服务中心）

> 适用对象：2024年新入职的招生、财务和学员服务岗位员工。其他岗位请查阅《岗位说明书汇编（2024版）》。

## 1 报到须知

- 报到地点：东城训练场办公楼2楼人力资源部
- 携带材料：身份证、学历证书原件、一寸照片2张、银行卡
- 入职培训：3天，内容包括企业文化、报名系统操作和服务规范

## 2 汇报关系

- 招生顾问 → 招生部经理 → 校长
- 学员服务专员 → 学员服务中心主管 → 校长
- 财务出纳 → 财务部经理 → 校长

## 3 财务出纳岗位

| 项目 | 内容 |
|---|---|
| 所属部门 | 财务部 |
| 直接上级 | 财务部经理 |
| 工作地点 | 集团总部财务室（东城训练场办公楼2楼） |
| 班次 | 常日班 8:30-17:30 |
| 学历 | 大专及以上 |
| 专业 | 会计、财务管理相关专业 |
| 证书 | 初级会计专业技术资格（初级会计职称） |
| 经验 | 1年以上出纳工作经验 |

**岗位职责**

1. 办理学员学费收款，开具收据和发票；
2. 每日核对POS机、微信、支付宝收款与报名系统数据，做到日清日结；
3. 根据审批单办理学员退费支付；
4. 管理库存现金和银行账户，登记现金日记账和银行存款日记账；
5. 每月末与会计核对账目，编制资金日报汇总。

**财务出纳考核指标**

| 指标 | 权重 | 目标值 |
|---|---|---|
| 资金差错次数 | 40% | 0次 |
| 日记账日清月结率 | 30% | 100% |
| 票据开具及时率 | 30% | 100%（当日开具） |

## 4 指标计算口径

招生岗位的两项比率指标按以下公式计算：

$$
\text{咨询转化率}=\frac{\text{当月报名缴费人数}}{\text{当月有效咨询人数}}\times 100\%
$$

$$
\text{学员退学率}=\frac{\text{当月退学人数}}{\text{当月在培学员总数}}\times 100\%
$$

其中“有效咨询”指留下联系方式且咨询时长超过 $3$ 分钟的咨询。

## 5 车辆维修工技能等级认定

略。

## 6 常见问题

- 学员问驾照补领、换证怎么办？请引导学员通过“交管12123”办理，本指南不作说明。
- 工资每月15日发放，遇节假日提前。
"""
    (OUT / "drv08_新员工入职指南.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- 09 GBK OA approval print
def doc09():
    txt = """==============================================================
                 鹏程驾校集团 OA 办公系统 — 流程打印
==============================================================
流程名称：岗位设置审批单
流程标题：关于增设模拟器管理员岗位的申请
流水号：GWSZ-20240312-004          发起时间：2024-03-12 09:41
发起人：郑伟（考试服务中心）
--------------------------------------------------------------
【表单内容】
岗位名称：模拟器管理员
所属部门：考试服务中心
直接上级：考试服务中心主任
编制人数：2人
工作地点：南湖训练场模拟训练室
班　　次：晚班（13:00-21:00）
岗位职责：
  1、负责驾驶模拟器的开关机、日常点检和清洁消毒；
  2、按排班安排学员模拟训练时段，并登记模拟学时；
  3、指导学员正确使用模拟器，记录设备故障并及时报修；
  4、管理模拟训练室钥匙和设备台账。
任职要求：
  学历：中专及以上
  经验：1年以上设备管理或电脑维护经验
  技能：熟悉计算机基本操作
申请理由：科目二、科目三学员增加，需专人管理新购的12台驾驶模拟器。
--------------------------------------------------------------
【审批记录】
节点        处理人      处理时间            意见
部门负责人  郑伟        2024-03-12 09:41    发起
人力资源部  张敏        2024-03-13 15:20    同意。建议学历要求调整为大专及以上，以便胜任模拟器软件维护。
校长        周建华      2024-03-15 10:05    同意，按人力资源部意见修改学历要求；工作地点改为东城训练场模拟训练中心（南湖模拟训练室年内撤并）。
--------------------------------------------------------------
流程状态：已归档（审批意见已生效，以审批意见为准）
打印人：张敏    打印时间：2024-03-18 08:55
"""
    (OUT / "drv09_OA岗位设置审批单.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 UTF-16 LDIF export
def doc10():
    ents = [
        ("周建华", "校长办公室", "校长", "陈立新", "集团总部", "东城训练场办公楼3楼"),
        ("王海涛", "校长办公室", "教学副校长", "周建华", "校长办公室", "东城训练场办公楼3楼"),
        ("刘芳", "招生部", "招生部经理", "周建华", "校长办公室", "东城训练场招生大厅"),
        ("孙丽", "招生部", "招生顾问", "刘芳", "招生部", "西郊训练场报名点"),
        ("赵敏", "学员服务中心", "学员服务中心主管", "周建华", "校长办公室", "东城训练场学员服务大厅"),
        ("李娜", "学员服务中心", "学员服务专员", "赵敏", "学员服务中心", "东城训练场学员服务大厅"),
        ("钱坤", "财务部", "财务部经理", "周建华", "校长办公室", "东城训练场办公楼2楼"),
        ("何静", "财务部", "财务出纳", "钱坤", "财务部", "东城训练场办公楼2楼"),
        ("郑伟", "考试服务中心", "考试服务中心主任", "周建华", "校长办公室", "东城训练场考试服务中心"),
        ("吴磊", "考试服务中心", "约考专员", "郑伟", "考试服务中心", "东城训练场考试服务中心"),
    ]
    out = ["# 通讯录同步导出（HR系统 → 企业目录），导出时间 2024-05-06 02:00", "version: 1", ""]
    for cn, ou, title, mgr, mou, office in ents:
        out += [f"dn: CN={cn},OU={ou},DC=pcjx,DC=local", "objectClass: user", f"cn: {cn}", f"title: {title}",
                f"department: {ou}", f"manager: CN={mgr},OU={mou},DC=pcjx,DC=local",
                f"physicalDeliveryOfficeName: {office}", f"company: 鹏程驾校集团", ""]
    (OUT / "drv10_通讯录同步导出.txt").write_text("\r\n".join(out), encoding="utf-16")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10):
        f()
    print("written to", OUT)
