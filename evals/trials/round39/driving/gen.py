#!/usr/bin/env python3
"""Round 39 'driving': 临江安骋驾驶培训集团 — 10 HR documents.
Run: T39_OUT=/tmp/t39driving/corpus /tmp/genv/bin/python gen.py
"""
import csv, io, os, copy
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.utils import get_column_letter

OUT = Path(os.environ.get("T39_OUT", "/tmp/t39driving/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "临江安骋驾驶培训集团有限公司"


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, color="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


# ---------------------------------------------------------------- 01 docx: JD book with nested duty tables
def doc01():
    d = Document(); cjk(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　岗位说明书汇编（2025版）　教学与安全序列"
    sec.footer.paragraphs[0].text = "受控文件　编号 AC-HR-JD-2025-01　未经人力资源部许可不得外传"
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("岗位说明书汇编（教学与安全序列）"); r.bold = True; r.font.size = Pt(18)
    hq = d.add_table(rows=2, cols=4); hq.style = "Table Grid"
    for i, v in enumerate(["编制部门", "审核", "批准", "生效日期"]):
        set_cell(hq.cell(0, i), v, True)
    for i, v in enumerate(["人力资源部", "分管副总 周立群", "总经理 陈建国", "2025年3月1日"]):
        set_cell(hq.cell(1, i), v)
    d.add_paragraph("说明：本汇编收录训练场校长、教学主管、教练员、安全员四个岗位。岗位薪酬按《岗位编制与薪酬表》执行，本汇编不再列示。")

    posts = [
        dict(name="训练场校长", code="AC-XZ-01", dept="各训练场（江北/高新/滨湖）", boss="集团总经理",
             subs="教学主管、安全员、场地管理员、驻场招生顾问", quota="每个训练场1人",
             purpose="统筹训练场教学、安全与经营，确保训练场完成集团下达的年度招生与合格率目标。",
             duties=[("全面负责训练场的教学、安全、招生与经营管理，落实集团下达的年度经营目标", "年度经营计划", "每年"),
                     ("组织制定训练场年度教学计划与教练员排班方案，审批教练车调配", "教学计划、排班表", "每年/每月"),
                     ("主持召开场务例会，通报学员考试合格率、投诉及安全隐患整改情况", "例会纪要", "每周"),
                     ("履行训练场安全生产第一责任人职责，组织安全大检查及应急演练", "检查记录、演练记录", "每月"),
                     ("审核训练场月度费用支出，控制教练车油耗与维修费用", "费用审批单", "每月"),
                     ("处理学员重大投诉及教学事故，并在24小时内上报集团", "事故报告", "随时"),
                     ("配合车管所及运输管理部门的检查与年度质量信誉考核", "迎检资料", "每年")],
             quals=[("学历", "大专及以上学历"), ("经验", "驾培行业管理经验5年以上，其中训练场管理经验不少于3年"),
                    ("证书", "持有（或曾持有）机动车驾驶教练员从业资格证"),
                    ("能力", "具备较强的团队管理、成本控制和突发事件处置能力")],
             cond="常白班，周末与节假日轮值；工作地点为所辖训练场"),
        dict(name="教学主管", code="AC-JX-02", dept="教学部", boss="训练场校长",
             subs="教练员、理论教员", quota="每个训练场1人",
             purpose="保证训练场教学质量，提升学员各科目一次考试合格率。",
             duties=[("组织教练员教研活动，统一科目二、科目三训练标准和教学话术", "教研记录", "每周"),
                     ("抽查教练员带教质量，每名教练员随车听课不少于1次", "听课评价表", "每月"),
                     ("分析学员考试数据，对连续两次合格率低于70%的教练员制定帮扶计划", "帮扶计划", "每月"),
                     ("负责新入职教练员的岗前培训与带教考核", "培训考核记录", "随时"),
                     ("审核学员约车排课，调剂高峰期教练车资源", "排课表", "每日"),
                     ("处理一般教学投诉，并在3个工作日内回访学员", "投诉回访单", "随时")],
             quals=[("学历", "大专及以上学历"), ("经验", "担任教练员5年以上，带教学员合格率连续两年位于训练场前30%"),
                    ("证书", "机动车驾驶教练员从业资格证（一级或二级）"),
                    ("能力", "熟悉《机动车驾驶培训教学与考试大纲》，具备教研组织能力")],
             cond="早班 07:00–15:30，考试日随考"),
        dict(name="教练员（科目二/科目三）", code="AC-JX-03", dept="教学部", boss="教学主管",
             subs="无", quota="按教练车数1:1配置",
             purpose="按大纲完成学员实际操作训练，安全、文明、高效地带教学员通过考试。",
             duties=[("按照教学与考试大纲对学员进行科目二、科目三实际操作训练", "教学日志", "每日"),
                     ("出车前对教练车进行安全例检（制动、灯光、副刹、轮胎），填写教练车日检表", "教练车日检表", "每日"),
                     ("在计时平台如实填写电子教学日志，督促学员按时完成计时培训打卡", "电子教学日志", "每日"),
                     ("负责学员考前模拟训练与心理疏导，陪同学员参加考试", "模拟训练记录", "考前"),
                     ("爱护教练车，发现故障及时报修，不得私自改装或外借", "报修单", "随时"),
                     ("文明施教，严禁收受学员财物、吃拿卡要", "—", "随时")],
             quals=[("学历", "高中（中专）及以上学历"),
                    ("经验", "@REV@"),
                    ("证书", "机动车驾驶教练员从业资格证"),
                    ("其他", "年龄25–55周岁，身体健康，近3个记分周期内无满分记录")],
             cond="两班倒：早班 06:30–14:30，晚班 13:30–21:30"),
        dict(name="安全员", code="AC-AQ-04", dept="安全管理部", boss="训练场校长（业务上接受集团安全管理部指导）",
             subs="无", quota="每个训练场2人",
             purpose="排查训练场安全隐患，防止教学训练中发生安全事故。",
             duties=[("开训前巡查训练场地、教练车及消防设施，做好安全巡查记录", "安全巡查记录", "每日"),
                     ("监督教练员执行出车前例检，对未检车辆禁止出场", "例检抽查记录", "每日"),
                     ("制止训练区内超速、非教练车辆闯入等违规行为", "违规登记", "随时"),
                     ("发生剐蹭、人员受伤等事故时第一时间组织救护、保护现场并上报校长", "事故快报", "随时"),
                     ("组织教练员安全教育，建立安全教育台账", "安全教育台账", "每月"),
                     ("参与安全隐患排查整改，跟踪整改闭环", "隐患整改单", "每周")],
             quals=[("学历", "高中及以上学历"), ("经验", "2年以上驾培或道路运输安全管理经验"),
                    ("证书", "道路运输企业安全生产管理人员安全考核合格证明"),
                    ("能力", "熟悉消防器材使用和现场急救知识")],
             cond="随训练时段分早、晚两班"),
    ]
    for n, p in enumerate(posts, 1):
        h = d.add_paragraph(); h.style = d.styles["Heading 2"]
        h.add_run(f"表{n}")
        tb = d.add_table(rows=0, cols=4); tb.style = "Table Grid"
        row = tb.add_row().cells; m = row[0].merge(row[3])
        set_cell(m, f"岗位名称：{p['name']}　　岗位编号：{p['code']}", True); shade(m, "BDD7EE")
        row = tb.add_row().cells
        set_cell(row[0], "所属部门", True); set_cell(row[1], p["dept"]); set_cell(row[2], "直接上级", True); set_cell(row[3], p["boss"])
        row = tb.add_row().cells
        set_cell(row[0], "直接下属", True); set_cell(row[1], p["subs"]); set_cell(row[2], "定员", True); set_cell(row[3], p["quota"])
        row = tb.add_row().cells
        set_cell(row[0], "岗位目的", True); m = row[1].merge(row[3]); set_cell(m, p["purpose"])
        row = tb.add_row().cells
        set_cell(row[0], "岗位职责", True); m = row[1].merge(row[3]); m.text = ""
        inner = m.add_table(rows=1, cols=4); inner.style = "Table Grid"
        for i, v in enumerate(["序号", "工作任务", "输出成果", "频次"]):
            set_cell(inner.cell(0, i), v, True)
        for i, (task, outp, freq) in enumerate(p["duties"], 1):
            c = inner.add_row().cells
            set_cell(c[0], str(i)); set_cell(c[1], task); set_cell(c[2], outp); set_cell(c[3], freq)
        first = None
        for lab, val in p["quals"]:
            row = tb.add_row().cells
            if first is None:
                first = row[0]; set_cell(row[0], "任职资格", True)
            else:
                first = first.merge(row[0])
            set_cell(row[1], lab, True)
            m = row[2].merge(row[3])
            if val == "@REV@":
                m.text = ""
                para = m.paragraphs[0]
                para.add_run("持C1及以上机动车驾驶证，")
                r1 = para.add_run("驾龄3年以上"); r1.font.strike = True; r1.font.color.rgb = RGBColor(0xC0, 0, 0)
                r2 = para.add_run("驾龄5年以上"); r2.font.underline = True; r2.font.color.rgb = RGBColor(0, 0, 0xC0)
                para.add_run("，有3年以上安全驾驶教学或职业驾驶经历")
            else:
                set_cell(m, val)
        row = tb.add_row().cells
        set_cell(row[0], "工作条件", True); m = row[1].merge(row[3]); set_cell(m, p["cond"])
        if n == 3:
            note = d.add_paragraph()
            rr = note.add_run("【修订标注 2025-02-20 人力资源部 王敏】教练员驾龄要求由3年提高至5年（删除线为原文，下划线为新增）；"
                              "第3项职责原为“填写纸质教学日志”，自2025年3月起改为在计时平台电子填写。")
            rr.italic = True; rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            note.paragraph_format.left_indent = Cm(1)
        d.add_paragraph("")
    d.save(OUT / "01_岗位说明书汇编_教学与安全序列.docx")


# ---------------------------------------------------------------- 02 docx: handbook with text box, time tags, 略
def textbox(paragraph, lines):
    inner = "".join(f'<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:170pt;z-index:1" '
           'fillcolor="#FFF2CC" strokecolor="#BF9000"><v:textbox><w:txbxContent>'
           + inner + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def doc02():
    d = Document(); cjk(d)
    s = d.sections[0]
    s.header.paragraphs[0].text = "文件编号 AC-ZS-SC-03　版本 V2.1　招生服务部"
    s.footer.paragraphs[0].text = "本手册自2025年4月1日起施行，V1.3版同时作废"
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("招生服务部岗位工作手册"); r.bold = True; r.font.size = Pt(18)
    rv = d.add_table(rows=3, cols=4); rv.style = "Table Grid"
    for i, v in enumerate(["版本", "日期", "修订内容", "状态"]):
        set_cell(rv.cell(0, i), v, True)
    for i, v in enumerate(["V1.3", "2023-06-01", "初版，招生顾问底薪2500元，提成每人100元", "已作废"]):
        set_cell(rv.cell(1, i), v)
    for i, v in enumerate(["V2.1", "2025-04-01", "调整薪酬与考核，新增新媒体获客要求", "现行"]):
        set_cell(rv.cell(2, i), v)
    d.add_heading("一、部门概述", level=1)
    d.add_paragraph("招生服务部负责集团学员招募、报名受理与售后回访，下设招生顾问、客服专员两个岗位。"
                    "招生服务部由招生主管负责日常管理。客服专员岗位说明另行发布。")
    d.add_heading("二、招生顾问", level=1)
    p = d.add_paragraph("招生顾问是学员接触安骋驾培的第一个岗位，其服务质量直接影响报名转化与口碑。岗位基本信息见右侧信息框。")
    textbox(p, ["岗位基本信息", "所属部门：招生服务部", "直接上级：招生主管",
                "工作地点：各训练场报名大厅及万达广场报名点",
                "工作时间：做六休一，10:00–19:00",
                "薪酬：底薪3000元/月＋成交提成（每名学员150–300元，按班型）"])
    d.add_heading("三、岗位任务清单", level=1)
    tasks = ["【每日】接待到店及电话咨询学员，介绍班型、价格与学车流程；",
             "【每日】通过抖音、微信群、社区地推等渠道获取意向学员线索，并在CRM系统中录入、跟进；",
             "【每日】办理学员报名手续，核对身份证明、体检表等材料，收取学费并开具收据；",
             "【每周】回访已报名未约考学员，协助解决约车、排课问题；",
             "【每月】参与校园、企业团体招生活动，完成月度招生任务；",
             "【每月】整理招生台账，与财务核对当月收款。"]
    for i, x in enumerate(tasks, 1):
        d.add_paragraph(f"{i}. {x}")
    d.add_heading("四、任职要求", level=1)
    d.add_paragraph("学历与经验：大专及以上学历，优秀者可放宽至高中；1年以上销售或客服经验，有驾培、汽车、教育行业经验者优先。")
    d.add_paragraph("证书与技能：持C1及以上机动车驾驶证；熟练使用抖音、微信等新媒体工具获客，普通话标准。")
    d.add_paragraph("个人素质：性格开朗，抗压能力强，能接受周末及节假日排班。")
    d.add_heading("五、考核指标", level=1)
    d.add_paragraph("略（详见《招生服务部绩效考核方案》）。")
    d.add_heading("六、服务禁语", level=1)
    d.add_paragraph("不得向学员承诺“包过”“保过”，不得私自收取学费或加价。")
    d.save(OUT / "02_招生服务部岗位工作手册V2.1.docx")


# ---------------------------------------------------------------- 03 xlsx: KPI library, weight matrix, targets
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def xl03():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "指标库"
    ws.append(["安骋驾培 2025年度KPI指标库"]); ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["指标编码", "指标名称", "指标定义", "计算公式", "单位", "数据来源", "考核周期"]
    ws.append(hdr)
    K = [
        ("JX-01", "科目二一次合格率", "教练员所带学员首次参加科目二考试即合格的比例", "首次合格人数÷首次参考人数×100%", "%", "考务中心成绩台账", "月度"),
        ("JX-02", "科目三一次合格率", "教练员所带学员首次参加科目三考试即合格的比例", "首次合格人数÷首次参考人数×100%", "%", "考务中心成绩台账", "月度"),
        ("JX-03", "学员满意度", "结业学员评价中“满意”及以上的比例", "满意及以上份数÷回收份数×100%", "%", "结业问卷", "季度"),
        ("JX-04", "有效教学投诉次数", "经核实属实的针对教练员的投诉次数", "累计次数", "次", "客服投诉台账", "月度"),
        ("JX-05", "科目一一次合格率", "理论教员所授学员首次参加科目一考试合格比例", "首次合格人数÷首次参考人数×100%", "%", "考务中心成绩台账", "月度"),
        ("JX-06", "科目四一次合格率", "理论教员所授学员首次参加科目四考试合格比例", "首次合格人数÷首次参考人数×100%", "%", "考务中心成绩台账", "月度"),
        ("JX-07", "课件更新及时率", "新规或题库变化后30日内完成课件更新的比例", "按时更新次数÷应更新次数×100%", "%", "教学部检查", "季度"),
        ("AQ-01", "教练车责任事故次数", "教学训练中发生的负有责任的交通事故", "累计起数", "起", "安全管理部事故台账", "月度"),
        ("AQ-02", "安全巡查完成率", "按计划完成开训前安全巡查的比例", "实际巡查次数÷计划巡查次数×100%", "%", "安全巡查记录", "月度"),
        ("AQ-03", "隐患整改闭环率", "已整改并复查关闭的隐患占发现隐患的比例", "已闭环隐患数÷发现隐患数×100%", "%", "隐患整改单", "月度"),
        ("AQ-04", "安全教育覆盖率", "参加月度安全教育的教练员占比", "参训人数÷应参训人数×100%", "%", "安全教育台账", "月度"),
        ("ZS-01", "月度招生人数", "当月完成缴费报名的学员人数", "缴费报名人数", "人", "CRM系统", "月度"),
        ("ZS-02", "线索转化率", "意向线索中最终报名的比例", "报名人数÷有效线索数×100%", "%", "CRM系统", "月度"),
        ("ZS-03", "报名材料差错率", "报名材料被车管所退回的比例", "退回份数÷提交份数×100%", "%", "考务中心", "月度"),
        ("ZS-04", "学员回访完成率", "按要求完成回访的学员比例", "已回访人数÷应回访人数×100%", "%", "CRM系统", "月度"),
    ]
    for k in K:
        ws.append(list(k))
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
        for c in row:
            c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="center")
    for i, w in enumerate([10, 18, 36, 30, 6, 18, 10], 1):
        ws.column_dimensions[get_column_letter(i)].width = w

    w2 = wb.create_sheet("岗位权重矩阵")
    w2.append(["岗位KPI权重分配（各岗位权重合计须为100%）"]); w2.merge_cells("A1:G1")
    w2.append(["指标编码", "指标名称", "教学部", None, "安全管理部", "招生服务部", "备注"])
    w2.merge_cells("C2:D2")
    w2.append([None, None, "教练员", "理论教员", "安全员", "招生顾问", None])
    w2.merge_cells("A2:A3"); w2.merge_cells("B2:B3"); w2.merge_cells("G2:G3")
    W = {"JX-01": (0.30, None, None, None), "JX-02": (0.25, None, None, None),
         "JX-03": (0.15, 0.15, None, None), "JX-04": (0.10, None, None, None),
         "JX-05": (None, 0.40, None, None), "JX-06": (None, 0.30, None, None), "JX-07": (None, 0.15, None, None),
         "AQ-01": (0.20, None, 0.20, None), "AQ-02": (None, None, 0.30, None), "AQ-03": (None, None, 0.30, None),
         "AQ-04": (None, None, 0.20, None),
         "ZS-01": (None, None, None, 0.40), "ZS-02": (None, None, None, 0.25), "ZS-03": (None, None, None, 0.15),
         "ZS-04": (None, None, None, 0.20)}
    names = {k[0]: k[1] for k in K}
    notes = {"AQ-01": "发生1起即该项不得分", "JX-04": "每发生1次扣该项5分"}
    for code, ws_ in W.items():
        w2.append([code, names[code], *ws_, notes.get(code)])
    last = w2.max_row
    w2.append(["合计", None] + [f"=SUM({get_column_letter(c)}4:{get_column_letter(c)}{last})" for c in range(3, 7)] + [None])
    w2.merge_cells(f"A{last+1}:B{last+1}")
    for row in w2.iter_rows(min_row=4, max_row=last + 1, min_col=3, max_col=6):
        for c in row:
            c.number_format = "0%"
    for row in w2.iter_rows(min_row=2, max_row=last + 1):
        for c in row:
            c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    w3 = wb.create_sheet("2025目标值")
    w3.append(["2025年度指标目标值"]); w3.merge_cells("A1:F1")
    w3.append(["指标编码", "指标名称", "集团基准", "训练场差异化目标", None, None])
    w3.merge_cells("D2:F2")
    w3.append([None, None, None, "江北训练场", "高新训练场", "滨湖训练场"])
    w3.merge_cells("A2:A3"); w3.merge_cells("B2:B3"); w3.merge_cells("C2:C3")
    T = [("JX-01", "≥85%", "≥85%", "≥88%", "≥82%"), ("JX-02", "≥80%", "≥80%", "≥82%", "≥78%"),
         ("JX-03", "≥95%", "≥95%", "≥95%", "≥95%"), ("JX-04", "≤1次/月", "≤1次/月", "≤1次/月", "≤1次/月"),
         ("JX-05", "≥90%", "—", "≥90%", "—"), ("JX-06", "≥92%", "—", "≥92%", "—"), ("JX-07", "100%", "—", "100%", "—"),
         ("AQ-01", "0起", "0起", "0起", "0起"), ("AQ-02", "100%", "100%", "100%", "100%"),
         ("AQ-03", "≥95%", "≥95%", "≥95%", "≥95%"), ("AQ-04", "100%", "100%", "100%", "100%"),
         ("ZS-01", "≥30人", "≥35人", "≥30人", "≥25人"), ("ZS-02", "≥20%", "≥20%", "≥20%", "≥20%"),
         ("ZS-03", "≤1%", "≤1%", "≤1%", "≤1%"), ("ZS-04", "100%", "100%", "100%", "100%")]
    for code, *vals in T:
        w3.append([code, names[code], *vals])
    for row in w3.iter_rows(min_row=2, max_row=w3.max_row):
        for c in row:
            c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center")
    w3.append([]); w3.append(["注：理论教员仅在高新训练场设岗，其他训练场该项目标以“—”表示。"])
    wb.save(OUT / "03_KPI指标库与权重_2025.xlsx")


# ---------------------------------------------------------------- 04 xlsx: headcount & pay per ground + superseded sheet
def xl04():
    wb = openpyxl.Workbook()
    base = [  # post, dept, boss, quota, onboard, shift, pay structure, range
        ("训练场校长", "训练场", "集团总经理", 1, 1, "常白班，周末轮值", "年薪制", "年薪18–25万元"),
        ("教学主管", "教学部", "训练场校长", 1, 1, "早班 07:00–15:30", "岗位工资＋绩效", "9000–12000"),
        ("教练员", "教学部", "教学主管", 24, 22, "两班倒（早班06:30–14:30／晚班13:30–21:30）", "底薪3500元＋课时费40元/学时＋合格奖", "6000–10000"),
        ("理论教员", "教学部", "教学主管", 0, 0, "—", "—", "—"),
        ("安全员", "安全管理部", "训练场校长", 2, 2, "早班／晚班随训练时段", "岗位工资＋安全奖", "5500–6500"),
        ("场地管理员", "场地管理部", "训练场校长", 2, 1, "早班06:00–14:00／中班14:00–22:00", "岗位工资", "4000–4800"),
        ("招生顾问", "招生服务部", "招生主管", 4, 4, "做六休一 10:00–19:00", "底薪3000元＋成交提成", "4500–9000"),
        ("模拟器管理员", "教学部", "教学主管", 0, 0, "待定", "待定", "待定"),
    ]
    grounds = {
        "江北训练场": {},
        "高新训练场": {"教练员": dict(quota=18, on=18, pay="底薪3800元＋课时费40元/学时＋合格奖", rng="6500–10500"),
                    "理论教员": dict(quota=2, on=1, shift="常白班 08:30–17:30，周末轮休", paystr="岗位工资＋课时补贴", rng="6000–8000")},
        "滨湖训练场": {"教练员": dict(quota=16, on=15),
                    "车辆维修工": dict(add=True)},
    }
    first = True
    for g, mods in grounds.items():
        ws = wb.active if first else wb.create_sheet(g)
        ws.title = g; first = False
        ws.append([f"{g}岗位编制与薪酬表（2025年）"]); ws.merge_cells("A1:I1"); ws["A1"].font = Font(bold=True, size=13)
        ws.append(["序号", "岗位信息", None, None, "人员配置", None, "排班与薪酬", None, None])
        ws.merge_cells("B2:D2"); ws.merge_cells("E2:F2"); ws.merge_cells("G2:I2")
        ws.append([None, "岗位", "所属部门", "直接上级", "编制（人）", "在岗（人）", "班次", "薪资构成", "月薪区间（元）"])
        ws.merge_cells("A2:A3")
        rows = [list(b) for b in base]
        if "车辆维修工" in mods:
            rows.insert(6, ["车辆维修工", "车辆管理部", "车管部经理", 3, 3, "早班07:30–16:30，夜间抢修轮值", "岗位工资＋技能津贴", "6500–8500"])
        for i, r in enumerate(rows, 1):
            m = mods.get(r[0], {})
            if "quota" in m: r[3] = m["quota"]
            if "on" in m: r[4] = m["on"]
            if "shift" in m: r[5] = m["shift"]
            if "pay" in m: r[6] = m["pay"]
            if "paystr" in m: r[6] = m["paystr"]
            if "rng" in m: r[7] = m["rng"]
            ws.append([i] + r)
        ws.append(["合计", None, None, None, f"=SUM(E4:E{ws.max_row})", f"=SUM(F4:F{ws.max_row})", None, None, None])
        for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
            for c in row:
                c.border = BOX; c.alignment = Alignment(wrap_text=True, vertical="center")
        for i, w in enumerate([6, 14, 12, 12, 10, 10, 30, 34, 16], 1):
            ws.column_dimensions[get_column_letter(i)].width = w
    old = wb.create_sheet("2024版（已停用）")
    old.append(["2024年岗位薪酬标准（已停用，仅供对照）"]); old.merge_cells("A1:D1")
    old.append(["岗位", "直接上级", "薪资构成", "月薪区间（元）"])
    for r in [("教练员", "训练场校长", "底薪3000元＋课时费35元/学时", "5000–8500"),
              ("安全员", "训练场校长", "岗位工资", "4800–5800"),
              ("招生顾问", "训练场校长", "底薪2500元＋提成100元/人", "4000–7000")]:
        old.append(list(r))
    old.sheet_properties.tabColor = "999999"
    note = wb.create_sheet("填表说明")
    for ln in ["1. 月薪区间为税前应发，含绩效与课时费，不含五险一金单位部分。",
               "2. 编制为0的岗位表示本训练场暂不设岗；“待定”表示岗位正在论证，尚无职责与薪酬标准。",
               "3. 2024版薪酬标准已于2025年1月1日停用。"]:
        note.append([ln])
    wb.save(OUT / "04_岗位编制与薪酬表_2025.xlsx")


# ---------------------------------------------------------------- 05 csv: 问卷星 export of hiring requests
def csv05():
    hdr = ["序号", "提交答卷时间", "所用时间", "来源", "1、需求训练场/部门", "2、招聘岗位名称", "3、需求人数",
           "4、学历要求", "5、专业要求", "6、工作经验要求", "7、必备证书", "8、岗位主要职责（请逐条填写）",
           "9、薪资范围（元/月）", "10、班次/工作时间", "11、期望到岗时间", "12、审批状态"]
    rows = [
        ["1", "2025/3/3 9:12:41", "312秒", "微信", "高新训练场/教学部", "理论教员", "1", "大专及以上",
         "交通运输、教育类专业优先", "2年以上驾培理论教学经验", "机动车驾驶教练员从业资格证（理论教学类）",
         "1.负责科目一、科目四理论课程授课；\n2.编写和更新理论教学课件及题库讲解材料；\n3.组织学员理论模拟考试并开展错题辅导",
         "6000-8000", "常白班 08:30-17:30，周末轮休", "2025/4/1", "已通过"],
        ["2", "2025/3/5 14:30:02", "265秒", "微信", "滨湖训练场/车辆管理部", "车辆维修工", "1", "中专/技校及以上",
         "汽车维修相关专业", "3年以上汽车维修经验", "汽车维修工（中级及以上）职业技能等级证书",
         "1.教练车日常维护保养；\n2.报修故障24小时内修复；\n3.检查副制动等教练车专用装置",
         "6500-8500", "早班07:30-16:30，夜间抢修轮值", "2025/3/20", "已通过"],
        ["3", "2025/3/8 10:05:55", "198秒", "手机提交", "江北训练场/招生服务部", "招生顾问", "2", "大专及以上",
         "不限", "1年以上销售或客服经验", "C1驾驶证",
         "1.接待咨询学员；\n2.新媒体获客；\n3.办理报名手续",
         "4500-9000", "做六休一 10:00-19:00", "2025/3/15", "已通过"],
        ["4", "2025/3/10 16:48:20", "90秒", "手机提交", "滨湖训练场/教学部", "模拟器管理员", "1", "/",
         "/", "/", "/", "/", "/", "/", "/", "已撤回"],
        ["5", "2025/3/12 11:20:13", "240秒", "微信", "江北训练场/考务中心", "考务专员", "1", "大专及以上",
         "不限", "1年以上办公室文员或驾校考务经验", "无",
         "1.学员考试预约；\n2.核对计时学时；\n3.考试通知与成绩统计",
         "4500-5500", "常白班 08:30-17:30", "2025/4/1", "审批中"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    (OUT / "05_招聘需求收集表_问卷星导出.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ---------------------------------------------------------------- 06 html: careers page with fieldset/legend
def html06():
    jobs = [
        ("理论教员", "高新训练场", [("薪资", "6000–8000元/月"), ("学历", "大专及以上"), ("班次", "常白班，周末轮休"), ("汇报对象", "教学主管")],
         ["负责科目一、科目四（安全文明驾驶常识）理论课程授课", "编写和更新理论教学课件及题库讲解材料",
          "组织学员理论模拟考试，分析错题并开展针对性辅导", "收集新规、新题库变化并向学员宣讲"],
         ["2年以上驾培理论教学经验，交通运输、教育类专业优先", "持机动车驾驶教练员从业资格证（理论教学类）",
          "普通话二级甲等及以上，能熟练使用多媒体课件"]),
        ("场地管理员", "江北训练场 / 滨湖训练场", [("薪资", "4000–4800元/月"), ("学历", "高中及以上"), ("班次", "早班06:00–14:00 / 中班14:00–22:00"), ("汇报对象", "训练场校长")],
         ["维护科目二考试项目（倒车入库、侧方停车、坡道定点停车等）场地标线和桩杆", "每日开场前检查场地照明、监控及地面积水情况",
          "管理训练场出入车辆与外来人员登记", "协调各教练组训练区域和时段分配", "监督考核绿化、保洁外包单位"],
         ["1年以上物业或场地管理经验", "能适应早、中班轮换，吃苦耐劳"]),
        ("考务专员", "江北训练场（集团考务中心）", [("薪资", "4500–5500元/月"), ("学历", "大专及以上"), ("班次", "常白班 08:30–17:30"), ("汇报对象", "考务中心主任")],
         ["在交管12123平台为学员预约考试并分配名额", "核对学员计时学时，学时不足者不予预约",
          "考前一日通知学员及教练员考试时间、地点和所需材料", "统计每场考试成绩并当日报送教学主管", "管理学员档案"],
         ["1年以上办公室文员或驾校考务经验", "熟练使用交管12123、计时平台及Excel", "细心、守时，保密意识强"]),
    ]
    parts = []
    for t, loc, meta, duties, reqs in jobs:
        mt = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in meta)
        du = "".join(f"<li>{x}</li>" for x in duties)
        rq = "".join(f"<li>{x}</li>" for x in reqs)
        parts.append(f"""<fieldset class="job">
  <legend>{t} <small>· {loc}</small></legend>
  <table class="kv">{mt}</table>
  <p class="h">岗位职责</p>
  <ol>{du}</ol>
  <p class="h">任职要求</p>
  <ol>{rq}</ol>
  <button type="button" onclick="apply('{t}')">投递简历</button>
</fieldset>""")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入安骋 | 安骋驾培官网</title>
<style>fieldset.job{{border:1px solid #ccc;margin:16px 0;padding:12px}} legend{{font-weight:bold;font-size:18px}} .kv th{{text-align:left;color:#666}}</style>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/course">班型价格</a> | <a href="/flow">学车流程</a> | <a href="/join">加入我们</a></nav>
<section id="flow">
<h2>学车流程</h2>
<ol class="steps"><li>报名（招生顾问）</li><li>科目一理论学习</li><li>科目二场地训练</li><li>科目三道路训练</li><li>科目四与领证</li></ol>
</section>
<section id="join">
<h2>热招岗位</h2>
<p>安骋驾培在江北、高新、滨湖三区设有训练场，现诚聘以下岗位，五险一金、带薪年休假、节日福利。</p>
<form id="jobs">
{chr(10).join(parts)}
</form>
</section>
<footer>© 2025 {CO}　招聘邮箱：hr@anchengjp.example　电话：0571-8888XXXX</footer>
<script>function apply(t){{alert('请将简历发送至 hr@anchengjp.example，标题注明：'+t)}}</script>
</body>
</html>
"""
    (OUT / "06_加入我们_官网招聘页.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf: 绩效考核实施方案 with "指标（权重）" cells
def pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    H = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22, alignment=1)
    H2 = ParagraphStyle("h2", fontName="wqy", fontSize=12, leading=18, spaceBefore=8)
    B = ParagraphStyle("b", fontName="wqy", fontSize=10, leading=15)
    C = ParagraphStyle("c", fontName="wqy", fontSize=9, leading=12)
    el = [Paragraph("安骋驾培2025年度后勤保障岗位绩效考核实施方案", H), Spacer(1, 6),
          Paragraph("第一条　为规范车辆管理部、场地管理部一线岗位的绩效考核，依据集团《绩效管理制度》制定本方案。", B),
          Paragraph("第二条　考核周期为月度，考核结果分为A（≥90分）、B（80–89分）、C（60–79分）、D（＜60分）四个等级，与当月绩效工资挂钩。", B),
          Paragraph("第三条　车辆维修工月度考核指标如下：", H2)]

    def tab(rows):
        data = [[Paragraph(x, C) for x in r] for r in rows]
        t = Table(data, colWidths=[120, 190, 70, 110])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t
    el.append(tab([["考核指标（权重）", "评分规则", "目标值", "数据来源"],
                   ["教练车完好率（35%）", "每低于目标1个百分点扣5分", "≥98%", "车辆管理台账"],
                   ["报修24小时修复率（30%）", "每有1单超时扣3分", "≥95%", "报修单"],
                   ["保养计划完成率（20%）", "未按计划保养每车次扣2分", "100%", "保养记录"],
                   ["配件费用控制（15%）", "超预算部分每1%扣1分", "不超过月度预算", "财务报表"]]))
    el.append(Paragraph("第四条　场地管理员月度考核指标如下：", H2))
    el.append(tab([["考核指标（权重）", "评分规则", "目标值", "数据来源"],
                   ["场地设施完好率（40%）", "桩杆、标线缺损未在当日修复每处扣2分", "≥98%", "场地巡检表"],
                   ["场地开放准时率（20%）", "每延误1次扣5分", "100%", "门岗记录"],
                   ["外来车辆登记完整率（20%）", "漏登1次扣2分", "100%", "登记簿"],
                   ["外包单位月度考核按时完成率（20%）", "未按时考核扣10分", "100%", "外包考核表"]]))
    el.append(Paragraph("第五条　发生因车辆维修质量导致的教练车责任事故，车辆维修工当月考核直接评为D级。", B))
    el.append(Paragraph("第六条　本方案由人力资源部负责解释，自2025年1月1日起执行。", B))
    SimpleDocTemplate(str(OUT / "07_后勤保障岗位绩效考核实施方案.pdf"), pagesize=A4).build(el)


# ---------------------------------------------------------------- 08 md: Docusaurus wiki with admonitions
def md08():
    md = """---
id: vehicle-and-site
title: 车辆与场地岗位说明
sidebar_position: 4
tags: [车辆管理部, 场地管理部, 岗位说明]
---

# 车辆与场地岗位说明

> 本页由车辆管理部维护，最后更新：2025-03-18。薪资以《岗位编制与薪酬表》为准。

## 车辆维修工

:::info 岗位信息
- 所属部门：车辆管理部（滨湖训练场维修车间）
- 直接上级：车管部经理
- 学历：中专/技校及以上，汽车维修相关专业
- 工作时间：早班 07:30–16:30，夜间故障抢修轮值
:::

### 工作职责

1. 负责教练车的日常维护保养，每行驶5000公里进行一次常规保养；
2. 对教练员报修的故障在24小时内修复，涉及制动、转向等安全故障的车辆立即停驶处理；
3. 每月检查副制动装置、辅助后视镜等教练车专用设施；
4. 管理维修配件与工具，建立配件出入库台账；
5. 配合教练车年审和二级维护，准备相关资料。

:::caution 上岗门槛
必须持有汽车维修工（中级及以上）职业技能等级证书，并具备3年以上汽车维修经验；有新能源教练车维修经验者优先。
:::

## 场地管理员

:::info 岗位信息
- 所属部门：场地管理部
- 直接上级：训练场校长
- 工作地点：江北训练场、滨湖训练场
:::

### 工作职责

1. 负责科目二考试项目场地标线、桩杆、感应线的日常维护；
2. 每日开场前检查场地照明、监控及地面积水情况；
3. 管理训练场出入车辆与外来人员登记；
4. 协调各教练组训练区域和时段分配。

:::tip 小贴士
雨天开场前须提前30分钟完成积水排查，并在群内通知各教练组。
:::

## 模拟器管理员

:::note
岗位论证中，暂无岗位说明。
:::
"""
    (OUT / "08_车辆与场地岗位说明.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- 09 GBK txt: 红头通知 with tab-separated attachment
def txt09():
    s = """临江安骋驾驶培训集团有限公司文件

安骋驾培〔2025〕7号

关于印发考务专员、理论教员岗位职责的通知

各训练场、各部门：
    为规范考务管理和理论教学工作，经集团总经理办公会研究，现将考务专员、理论教员岗位职责印发给你们，请遵照执行。

一、考务专员
（一）隶属关系：隶属考务中心，直接上级为考务中心主任。
（二）岗位职责
    1. 负责学员在交管12123平台的考试预约与名额分配；
    2. 核对学员计时学时，学时不足者不得预约考试；
    3. 考试前一日通知学员及教练员考试时间、地点及携带材料；
    4. 统计每场考试成绩，于考试当日报送教学主管；
    5. 管理学员档案，档案保存期限不少于4年。

二、理论教员
（一）隶属关系：隶属教学部，直接上级为教学主管，目前仅在高新训练场设岗。
（二）岗位职责
    1. 负责科目一、科目四（安全文明驾驶常识）理论课程授课；
    2. 编写和更新理论教学课件及题库讲解材料；
    3. 组织学员理论模拟考试，分析错题并开展针对性辅导；
    4. 负责新规、新题库变化的收集与宣讲；
    5. 协助考务专员核对学员理论学时。

三、本通知自印发之日起执行。

附件：岗位任职条件一览

临江安骋驾驶培训集团有限公司
2025年3月10日

附件
岗位任职条件一览
岗位\t学历\t经验\t证书/技能
考务专员\t大专及以上\t1年以上办公室文员或驾校考务经验\t熟练使用交管12123、计时平台及Excel
理论教员\t大专及以上\t2年以上驾培理论教学经验\t机动车驾驶教练员从业资格证（理论教学类）

抄送：集团领导班子成员。
"""
    (OUT / "09_关于印发考务专员理论教员岗位职责的通知.txt").write_bytes(s.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 txt: policy (distractor)
def txt10():
    s = """安骋驾培教练员服务规范与教练车使用管理规定

第一章　总则
第一条　为规范教练员教学服务行为，加强教练车使用管理，维护学员合法权益，制定本规定。
第二条　本规定适用于集团各训练场全体教练员及教练车使用人员。

第二章　服务规范
第三条　教练员应着集团统一工装、佩戴工牌上岗，教学用语文明规范。
第四条　教练员不得在教练车内吸烟，不得在带教期间接打与教学无关的电话。
第五条　学员对教学服务有异议的，可拨打集团服务热线投诉，客服应在1个工作日内受理。

第三章　教练车使用
第六条　教练车实行“一车一人”定车管理，非本车教练员不得驾驶。
第七条　教练车每日收车后应停放至指定区域，钥匙交安全员统一保管。
第八条　教练车加油实行加油卡管理，油耗超标车辆由车辆管理部核查原因。

第四章　违规处理
第九条　违反第四条规定的，每次扣当月绩效200元；收受学员财物的，一经查实予以辞退。
第十条　本规定由集团人力资源部、车辆管理部共同解释，自2025年1月1日起施行。
"""
    (OUT / "10_教练员服务规范与教练车使用管理规定.txt").write_text(s, encoding="utf-8")


if __name__ == "__main__":
    doc01(); doc02(); xl03(); xl04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
