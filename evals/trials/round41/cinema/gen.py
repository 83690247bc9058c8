# -*- coding: utf-8 -*-
"""Round 41 blind trial: 星幕影城 (a cinema chain). Writes 10 HR documents to $T41_OUT.

Run: T41_OUT=/tmp/t41cinema/corpus /tmp/genv/bin/python gen.py
"""
import copy
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T41_OUT", "/tmp/t41cinema/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "星幕影城管理有限公司"


# ---------------------------------------------------------------- helpers
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def merge_row(table, r, a, b, text=None, bold=False):
    c = table.cell(r, a).merge(table.cell(r, b))
    if text is not None:
        c.text = ""
        run = c.paragraphs[0].add_run(text)
        run.bold = bold
    return c


def setcell(table, r, c, text, bold=False):
    cell = table.cell(r, c)
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold
    return cell


# ================================================================ YC01 docx
# One 4-column table per post; title row merged across; duty rows 序号 | 职责描述(merged 2) | 权重;
# a hand-made "revision" shown as a struck-through old value beside the new one (no real tracked change).
OPS_POSTS = [
    dict(title="一、影院经理", code="XM-YY-01", dept="影院运营部", n="1人/店",
         boss="区域运营总监", subs="值班经理、放映主管、卖品部主管",
         purpose="全面负责单店经营管理，确保票房、卖品及会员经营目标达成，保障影院安全运营。",
         duties=[("全面负责影院年度经营目标（票房、卖品、会员）的分解与达成", "25%"),
                 ("制定排片策略，审核每周排片表并根据上座情况及时调整场次", "20%"),
                 ("负责本店人员编制、排班、培训与绩效考核", "15%"),
                 ("负责影院消防安全与公共安全管理，每月组织一次消防演练", "15%"),
                 ("处理重大客诉及突发事件，按流程上报区域运营中心", "10%"),
                 ("维护与片方、发行方及所在商场物业的合作关系", "15%")],
         quals=[("学历", "本科及以上"), ("专业", "工商管理、市场营销等相关专业优先"),
                ("工作经验", "5年以上影院或零售门店管理经验，其中3年以上店长经验"),
                ("证书", "无硬性要求"), ("其他", "熟悉电影发行放映流程，抗压能力强，能接受异地调派")],
         rel="内部协作：财务部、人力资源部、市场部；外部联系：片方、发行公司、商场物业、消防部门"),
    dict(title="二、值班经理", code="XM-YY-02", dept="影院运营部", n="3人/店",
         boss="影院经理", subs="票务员、影厅服务员、场务员",
         purpose="负责当班期间影院现场运营管理，保证服务质量和营业安全。",
         duties=[("负责当班期间影院现场运营管理，巡视各区域服务情况", "25%"),
                 ("开闭店检查：灯光、空调、消防通道、安全出口及放映设备状态", "20%"),
                 ("当班票款与卖品款项稽核，填写《值班经理日报》", "20%"),
                 ("处理当班顾客投诉，审批特殊退改签申请", "20%"),
                 ("根据客流情况调配当班人员", "15%")],
         quals=[("学历", "大专及以上"), ("专业", "不限"),
                ("工作经验", "2年以上影院一线管理经验，熟悉票务及卖品流程"),
                ("证书", "持有消防安全培训合格证者优先"), ("其他", "能适应早晚轮班及通宵场值班")],
         rel="内部协作：放映技术部、卖品部；外部联系：商场物业、顾客"),
    dict(title="三、票务员", code="XM-YY-05", dept="影院运营部", n="4-6人/店",
         boss="值班经理", subs="无",
         purpose="为顾客提供售票、取票及退改签服务，推广会员与套餐。",
         duties=[("负责现场售票、取票及退改签办理", "35%"),
                 ("向顾客推荐会员卡、储值卡及观影套餐", "25%"),
                 ("交接班时核对票款，打印日结报表并签字确认", "25%"),
                 ("维护售票区秩序与卫生，解答顾客咨询", "15%")],
         quals=[("学历", "见《票务岗位管理规定》（2025版）"), ("专业", "不限"),
                ("工作经验", "见《票务岗位管理规定》（2025版）"),
                ("证书", "无"), ("其他", "见《票务岗位管理规定》（2025版）")],
         rel="内部协作：值班经理、卖品部；外部联系：顾客"),
    dict(title="四、影厅服务员", code="XM-YY-06", dept="影院运营部", n="6-10人/店",
         boss="值班经理", subs="无",
         purpose="负责影厅检票、引导、巡场和清洁，保障观影秩序与环境。",
         duties=[("检票并引导顾客入场、就座", "25%"),
                 ("影片放映中巡场，每场不少于2次，发现录像盗摄立即制止并报告值班经理", "30%"),
                 ("散场后清洁影厅，检查并登记遗留物品", "30%"),
                 ("回收3D眼镜并交消毒间统一消毒", "15%")],
         quals=[("学历", "高中及以上"), ("专业", "不限"),
                ("工作经验", "无经验可培训上岗"),
                ("证书", "无"), ("其他", "年龄18-40周岁，身体健康，能适应夜班")],
         rel="内部协作：放映员、场务员；外部联系：顾客"),
    dict(title="五、场务员", code="XM-YY-07", dept="影院运营部", n="2人/店",
         boss="值班经理", boss_old="影厅主管", subs="无",
         purpose="负责影院活动场地布置与物料管理。",
         duties=[("负责首映礼、包场、主题观影等活动的场地布置与撤场", "35%"),
                 ("搬运物料，更换海报、灯箱片与立牌", "30%"),
                 ("高峰时段协助影厅服务员进行散场清洁", "20%"),
                 ("配合工程维修技术员做好场地安全检查", "15%")],
         quals=[("学历", "高中及以上"), ("专业", "不限"),
                ("工作经验", "不限"),
                ("证书", ""), ("其他", "身体健康，能搬运重物，能适应夜间布场")],
         rel="内部协作：市场部、工程组；外部联系：活动供应商"),
]


def gen_yc01():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　受控文件　编号：XM-HR-JD-2025　版本：V3.1"
    fp = sec.footer.paragraphs[0]
    fp.text = "编制：人力资源部　　审核：运营中心　　批准：总经理　　（本页以下空白处供门店补充）"
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("影院运营序列岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("适用范围：星幕影城各直营门店（杭州西湖店、宁波天一店、苏州园区店）。"
                      "修订说明：2024年9月起撤销影厅主管岗位，原影厅主管的下属改由值班经理直接管理。")
    for p in OPS_POSTS:
        nd = len(p["duties"])
        rows = 1 + 2 + 1 + 1 + nd + 1 + len(p["quals"]) + 1
        tb = doc.add_table(rows=rows, cols=4)
        tb.style = "Table Grid"
        merge_row(tb, 0, 0, 3, f"{p['title']}　　岗位编号：{p['code']}", bold=True)
        setcell(tb, 1, 0, "所属部门", True); setcell(tb, 1, 1, p["dept"])
        setcell(tb, 1, 2, "岗位定员", True); setcell(tb, 1, 3, p["n"])
        setcell(tb, 2, 0, "直接上级", True)
        c = tb.cell(2, 1)
        c.text = ""
        if p.get("boss_old"):
            old = c.paragraphs[0].add_run(p["boss_old"])
            old.font.strike = True
            old.font.color.rgb = RGBColor(0xC0, 0, 0)
            c.paragraphs[0].add_run(" ")
            new = c.paragraphs[0].add_run(p["boss"])
            new.font.color.rgb = RGBColor(0xC0, 0, 0)
            new.underline = True
            note = c.paragraphs[0].add_run("（2024.09修订）")
            note.font.size = Pt(8)
        else:
            c.paragraphs[0].add_run(p["boss"])
        setcell(tb, 2, 2, "直接下级", True); setcell(tb, 2, 3, p["subs"])
        setcell(tb, 3, 0, "岗位目的", True)
        merge_row(tb, 3, 1, 3, p["purpose"])
        setcell(tb, 4, 0, "序号", True)
        merge_row(tb, 4, 1, 2, "工作职责", bold=True)
        setcell(tb, 4, 3, "时间占比", True)
        for i, (d, w) in enumerate(p["duties"]):
            rr = 5 + i
            setcell(tb, rr, 0, str(i + 1))
            merge_row(tb, rr, 1, 2, d)
            setcell(tb, rr, 3, w)
        rr = 5 + nd
        merge_row(tb, rr, 0, 3, "任职资格", bold=True)
        for j, (k, v) in enumerate(p["quals"]):
            setcell(tb, rr + 1 + j, 0, k, True)
            merge_row(tb, rr + 1 + j, 1, 3, v)
        rr = rr + 1 + len(p["quals"])
        setcell(tb, rr, 0, "工作关系", True)
        merge_row(tb, rr, 1, 3, p["rel"])
        doc.add_paragraph("")
    doc.save(OUT / "YC01_影院运营序列岗位说明书.docx")


# ================================================================ YC02 docx
# A department handbook: prose chapters, a floating VML text box holding the 放映主管's facts,
# ▲-marked key duties, a 巡检 table, a "略" section, a post only named, a 修订记录 table.
def textbox_run(lines):
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:250pt;margin-top:4pt;width:200pt;height:190pt;z-index:2;'
           f'mso-wrap-style:square" fillcolor="#f2f2f2" strokecolor="#7f7f7f">'
           f'<v:textbox><w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    return parse_xml(xml)


def gen_yc02():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "星幕影城 · 放映技术部工作手册　　内部资料"
    sec.footer.paragraphs[0].text = "放映技术部　2025年3月修订　　如有疑问请联系放映主管"
    doc.add_heading("放映技术部工作手册（2025年修订版）", level=0)
    doc.add_heading("第一章　部门概述", level=1)
    doc.add_paragraph("放映技术部负责影城全部影厅的数字放映、声光设备以及建筑设施设备的运行与维护，"
                      "下设放映组和工程组。各门店设放映主管1名、放映员3至5名、工程维修技术员1至2名。"
                      "旗舰店（杭州西湖店）另设IMAX放映技师1名，其岗位说明书由IMAX合作方另行制定，不在本手册范围内。")
    doc.add_paragraph("本部门实行“谁开机、谁负责”的放映责任制，任何错场、黑场、跑片事故均须在当日填报《放映事故报告单》。")
    doc.add_heading("第二章　岗位职责", level=1)
    doc.add_heading("2.1　放映主管", level=2)
    p = doc.add_paragraph()
    p._p.append(textbox_run([
        "【岗位概要】",
        "直接上级：影院经理",
        "直接下级：放映员、工程维修技术员",
        "学历要求：大专及以上",
        "专业要求：电子信息、影视技术、机电一体化等相关专业",
        "工作经验：3年以上数字影院放映工作经验，1年以上班组管理经验",
        "资格证书：电影放映员职业技能等级证书（四级及以上）",
    ]))
    p.add_run("放映主管是门店放映质量的第一责任人，主要职责如下：")
    for d in ["（1）根据排片表编制每日放映计划，监督放映员按时、按序开映；",
              "（2）负责数字影片密钥（KDM）的申请、接收与有效期管理，提前48小时确认次日影片密钥；",
              "（3）制定放映设备年度维护保养计划，组织季度光源亮度与声场检测；",
              "（4）负责放映事故的调查处理，一般事故当日上报影院经理；",
              "（5）负责放映组与工程组人员的排班、带教和考核。"]:
        doc.add_paragraph(d)
    doc.add_heading("2.2　放映员", level=2)
    doc.add_paragraph("直接上级为放映主管。放映员实行三班轮换（早班、晚班、通宵场），职责如下（▲为关键职责）：")
    for d in ["1. ▲按排片表准时开映，确保零错场、零黑场；",
              "2. 每日开机前检查放映机、服务器、功放及音箱工作状态，并做好记录；",
              "3. ▲负责影片拷贝导入及KDM密钥核对，发现密钥异常立即报告放映主管；",
              "4. 如实填写《放映日志》，记录每场开映时间、设备状态和异常情况；",
              "5. 每周清洁一次放映机镜头和放映窗口玻璃。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("任职要求：中专及以上学历，电子、机电或影视技术相关专业；持电影放映员职业技能等级证书者优先；"
                      "能适应晚班及通宵场工作，责任心强。")
    doc.add_heading("2.3　工程维修技术员", level=2)
    doc.add_paragraph("工程维修技术员隶属工程组，直接上级为放映主管，负责影院建筑设施设备的维护。主要职责：")
    for d in ["一是负责影院中央空调、照明、座椅、电梯及扶梯等设施设备的日常维修；",
              "二是按计划巡检配电房、消防设施和应急照明，发现隐患当日整改；",
              "三是负责影厅音响系统的调试与故障排除（自V2.0起由放映员移交）；",
              "四是填写维修记录，统计备品备件消耗；",
              "五是配合商场物业处理水、电、气故障。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("任职要求：中专及以上学历；2年以上设备维修经验；必须持有低压电工作业证（特种作业操作证）；"
                      "能接受夜间应急值守。")
    doc.add_heading("第三章　设备管理", level=1)
    doc.add_heading("3.1　日常巡检", level=2)
    tb = doc.add_table(rows=5, cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate([("设备", "巡检周期", "责任岗位"),
                             ("放映机及服务器", "每日开机前", "放映员"),
                             ("影厅音响系统", "每周", "工程维修技术员"),
                             ("配电房", "每日两次", "工程维修技术员"),
                             ("消防设施及应急照明", "每月", "工程维修技术员")]):
        for j, v in enumerate(row):
            setcell(tb, i, j, v, bold=(i == 0))
    doc.add_heading("3.2　激光光源维护规程", level=2)
    doc.add_paragraph("略（详见设备厂家技术手册）。")
    doc.add_heading("第四章　修订记录", level=1)
    tb = doc.add_table(rows=3, cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate([("版本", "日期", "修订内容"),
                             ("V1.0", "2022-05-10", "首次发布"),
                             ("V2.0", "2025-03-01", "影厅音响调试由放映员移交工程维修技术员；放映员增加KDM核对职责")]):
        for j, v in enumerate(row):
            setcell(tb, i, j, v, bold=(i == 0))
    doc.save(OUT / "YC02_放映技术部工作手册.docx")


# ================================================================ YC03 xlsx  KPI library
def style_header(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="DDEBF7")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def gen_yc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for i, line in enumerate([
        "星幕影城2025年度岗位KPI指标库",
        "1. 本指标库自2025年1月1日起执行；“2024版（作废）”工作表仅供对比，不再使用。",
        "2. 每个岗位的权重合计为100%；考核周期除注明外均为月度。",
        "3. 卖品员、卖品部主管共用“卖品部”工作表，按各自权重列计分；权重为“—”的指标不考核该岗位。",
        "4. 数据来源以系统报表为准，人工统计的指标须经值班经理签字。"], start=1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 90

    # 影院经理: two-row grouped header
    ws = wb.create_sheet("影院经理")
    ws.merge_cells("A1:H1")
    ws["A1"] = "影院经理年度KPI考核表（2025版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:D2"); ws["A2"] = "指标信息"
    ws.merge_cells("E2:G2"); ws["E2"] = "考核标准"
    ws.merge_cells("H2:H3"); ws["H2"] = "数据来源"
    for j, h in enumerate(["序号", "指标类别", "指标名称", "指标定义/计算公式", "权重", "目标值", "评分规则"], start=1):
        ws.cell(3, j, h)
    style_header(ws, "A2:H3")
    rows = [
        (1, "经营类", "票房收入达成率", "实际票房收入÷目标票房收入×100%", "30%", "≥100%", "每低1个百分点扣1分", "售票系统"),
        (2, "经营类", "卖品人均消费（SPP）", "卖品收入÷观影人次", "20%", "≥18元", "每低0.5元扣2分", "卖品POS"),
        (3, "经营类", "上座率", "观影人次÷总座位场次数", "15%", "≥28%", "每低1个百分点扣2分", "售票系统"),
        (4, "客户类", "会员新增数", "当月新注册并激活的会员数", "10%", "≥1500人/月", "按完成比例计分", "会员系统"),
        (5, "客户类", "有效客诉率", "有效投诉次数÷观影人次", "10%", "≤0.5‰", "超标一次扣5分", "客诉台账"),
        (6, "管理类", "安全责任事故", "发生安全责任事故的次数", "15%", "0起", "发生重大事故本项及全年KPI为0（一票否决）", "安全台账"),
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    ws.cell(10, 3, "合计"); ws.cell(10, 5, "100%")
    for col, w in zip("ABCDEFGH", [6, 10, 22, 32, 8, 14, 34, 12]):
        ws.column_dimensions[col].width = w

    # 卖品部: posts as column groups
    ws = wb.create_sheet("卖品部")
    ws.merge_cells("A1:G1")
    ws["A1"] = "卖品部岗位KPI考核表（月度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:A3"); ws["A2"] = "指标名称"
    ws.merge_cells("B2:B3"); ws["B2"] = "计算公式/考核说明"
    ws.merge_cells("C2:D2"); ws["C2"] = "卖品部主管"
    ws.merge_cells("E2:F2"); ws["E2"] = "卖品员"
    ws.merge_cells("G2:G3"); ws["G2"] = "数据来源"
    ws["C3"] = "权重"; ws["D3"] = "目标值"; ws["E3"] = "权重"; ws["F3"] = "目标值"
    style_header(ws, "A2:G3")
    rows = [
        ("卖品销售额达成率", "实际卖品销售额÷目标销售额", "25%", "≥100%", "30%", "≥100%（个人班次）", "卖品POS"),
        ("卖品人均消费（SPP）", "卖品收入÷观影人次", "20%", "≥18元", "30%", "≥18元", "卖品POS"),
        ("卖品毛利率", "（卖品收入-原料成本）÷卖品收入", "20%", "≥65%", "—", "—", "财务报表"),
        ("库存盘点差异率", "盘点差异金额÷账面库存金额", "15%", "≤1%", "—", "—", "月度盘点表"),
        ("食品安全检查合格率", "检查合格项÷检查总项", "20%", "100%", "20%", "100%", "食安检查表"),
        ("服务规范抽检得分", "神秘顾客及值班经理抽检平均分", "—", "—", "20%", "≥90分", "抽检记录"),
    ]
    for i, r in enumerate(rows, start=4):
        for j, v in enumerate(r, start=1):
            ws.cell(i, j, v)
    ws.cell(10, 1, "权重合计"); ws.cell(10, 3, "100%"); ws.cell(10, 5, "100%")
    for col, w in zip("ABCDEFG", [22, 34, 10, 10, 10, 18, 12]):
        ws.column_dimensions[col].width = w

    # 营销与会员: two stacked blocks
    ws = wb.create_sheet("营销与会员")
    r = 1
    blocks = [
        ("市场营销专员月度KPI", [
            ("营销活动场次", "当月策划并落地的营销活动数量", "20%", "≥4场/月"),
            ("活动带动票房增量", "活动场次票房-同期同类场次平均票房", "30%", "≥5万元/月"),
            ("新媒体粉丝增长数", "公众号、抖音、小红书净增粉丝合计", "20%", "≥3000人/月"),
            ("团购及包场销售额", "企业团购、包场合同金额", "30%", "≥8万元/月")]),
        ("会员运营专员月度KPI", [
            ("会员新增激活数", "当月新注册并完成首次消费的会员数", "25%", "≥1500人/月"),
            ("会员储值金额", "当月会员卡储值总额", "25%", "≥30万元/月"),
            ("会员复购率", "当月有2次及以上消费的会员÷活跃会员", "30%", "≥35%"),
            ("会员投诉处理及时率", "48小时内办结的会员投诉÷会员投诉总数", "20%", "100%")]),
    ]
    for title, items in blocks:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, title).font = Font(bold=True, size=13)
        r += 1
        for j, h in enumerate(["序号", "指标名称", "指标定义", "权重", "目标值"], start=1):
            ws.cell(r, j, h)
        style_header(ws, f"A{r}:E{r}")
        r += 1
        for k, it in enumerate(items, start=1):
            ws.cell(r, 1, k)
            for j, v in enumerate(it, start=2):
                ws.cell(r, j, v)
            r += 1
        ws.cell(r, 2, "合计"); ws.cell(r, 4, "100%")
        r += 2
    for col, w in zip("ABCDE", [6, 22, 40, 8, 14]):
        ws.column_dimensions[col].width = w

    # superseded 2024 version
    ws = wb.create_sheet("2024版（作废）")
    ws.merge_cells("A1:E1")
    ws["A1"] = "影院经理KPI（2024版，已作废，2025年1月1日起停止使用）"
    for j, h in enumerate(["序号", "指标名称", "权重", "目标值", "备注"], start=1):
        ws.cell(2, j, h)
    for i, rr in enumerate([(1, "票房收入", "40%", "≥年度目标", ""),
                            (2, "卖品收入", "25%", "≥年度目标", ""),
                            (3, "顾客满意度", "20%", "≥90%", "2025版取消"),
                            (4, "员工流失率", "15%", "≤8%", "2025版取消")], start=3):
        for j, v in enumerate(rr, start=1):
            ws.cell(i, j, v)
    wb.save(OUT / "YC03_2025年度岗位KPI指标库.xlsx")


# ================================================================ YC04 xlsx pay + shifts
PAY = [
    ("影院运营部", "影院经理", "M3", 9000, 3000, "3000-8000", "15000-20000", "另有年终奖"),
    ("影院运营部", "值班经理", "M1", 4500, 1000, "1500-3500", "7000-9000", "含通宵值班津贴"),
    ("影院运营部", "票务员", "S1", 3000, 500, "1000-2000", "4500-5500", ""),
    ("影院运营部", "影厅服务员", "S1", 2800, 400, "800-1800", "4000-5000", ""),
    ("影院运营部", "场务员", "S1", 2800, 400, "800-1600", "4000-4800", ""),
    ("放映技术部", "放映主管", "T3", 5000, 1200, "1800-3800", "8000-10000", ""),
    ("放映技术部", "放映员", "T1", 3200, 800, "1000-2500", "5000-6500", "通宵场另计补贴"),
    ("放映技术部", "工程维修技术员", "T2", 3500, 1000, "1000-2500", "5500-7000", "持证津贴300元已含"),
    ("卖品部", "卖品部主管", "M1", 4500, 800, "1700-3200", "7000-8500", ""),
    ("卖品部", "卖品员", "S1", 2800, 300, "900-1900", "4000-5000", "另有卖品销售提成"),
    ("市场部", "市场营销专员", "P2", 5000, 1000, "2000-6000", "8000-12000", "13薪"),
    ("市场部", "会员运营专员", "P2", 4800, 800, "1900-4400", "7500-10000", ""),
]


def gen_yc04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位薪酬标准"
    ws.merge_cells("A1:I1")
    ws["A1"] = "星幕影城岗位薪酬标准（2025年，杭州基准，单位：元/月，税前）"
    ws["A1"].font = Font(bold=True, size=13)
    for a in ["A2:A3", "B2:B3", "C2:C3", "H2:H3", "I2:I3"]:
        ws.merge_cells(a)
    ws["A2"] = "部门"; ws["B2"] = "岗位"; ws["C2"] = "职级"
    ws.merge_cells("D2:G2"); ws["D2"] = "月薪构成"
    ws["D3"] = "基本工资"; ws["E3"] = "岗位津贴"; ws["F3"] = "绩效工资"; ws["G3"] = "月薪合计区间"
    ws["H2"] = "备注"; ws["I2"] = "适用门店"
    style_header(ws, "A2:I3")
    r = 4
    prev = None
    for row in PAY:
        dept = row[0]
        for j, v in enumerate(row, start=1):
            if j == 1 and dept == prev:
                continue
            ws.cell(r, j, v)
        ws.cell(r, 9, "全部门店" if dept != "市场部" else "杭州总部")
        prev = dept
        r += 1
    # merge department cells down
    start = 4
    for i in range(4, r + 1):
        if i == r or (ws.cell(i, 1).value is not None and i != start):
            if i - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=i - 1, end_column=1)
            start = i
    ws.cell(r + 1, 1, "注：宁波天一店按杭州基准×0.95执行，苏州园区店按杭州基准执行；试用期工资为转正工资的80%。")
    for col, w in zip("ABCDEFGHI", [12, 16, 6, 10, 10, 12, 16, 20, 10]):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("班次安排")
    for j, h in enumerate(["班次", "时间", "适用岗位", "说明"], start=1):
        ws.cell(1, j, h)
    style_header(ws, "A1:D1")
    for i, row in enumerate([
        ("早班", "09:00-17:00", "票务员、卖品员、影厅服务员", "周末及节假日提前至08:30"),
        ("中班", "13:00-21:00", "票务员、卖品员、场务员", ""),
        ("晚班", "16:00-次日00:30", "值班经理、放映员、影厅服务员、卖品员", "末场散场后30分钟下班"),
        ("通宵场", "22:00-次日06:00", "值班经理、放映员、影厅服务员", "仅周五、周六及节假日前夜开设"),
        ("常白班", "09:00-18:00", "影院经理、放映主管、工程维修技术员、卖品部主管", "工程维修技术员另需轮值夜间应急电话"),
    ], start=2):
        for j, v in enumerate(row, start=1):
            ws.cell(i, j, v)
    for col, w in zip("ABCD", [10, 18, 40, 34]):
        ws.column_dimensions[col].width = w
    wb.save(OUT / "YC04_岗位薪酬与班次标准.xlsx")


# ================================================================ YC05 csv (ATS export, "|" lists)
def gen_yc05():
    rows = [
        ["需求编号", "职位名称", "用人部门", "工作地点", "招聘人数", "学历要求", "工作经验", "任职要求", "岗位描述", "状态", "发布日期"],
        ["REQ2023-118", "票务员", "影院运营部", "杭州西湖店", "3", "大专及以上", "1年以上",
         "有1年以上售票或收银经验|会使用Office", "售票|取票|退改签", "已关闭（2023版要求，已废止）", "2023-04-02"],
        ["REQ2025-031", "卖品员", "卖品部", "杭州西湖店", "4", "高中及以上", "不限",
         "形象气质佳，服务意识强|有餐饮或零售收银经验优先|须持有效健康证",
         "制作爆米花、现调饮品等卖品|卖品收银及套餐推荐|保持卖品区台面及设备清洁|配合每日效期检查和月度盘点",
         "招聘中", "2025-03-05"],
        ["REQ2025-036", "工程维修技术员", "放映技术部", "宁波天一店", "1", "中专及以上", "2年以上",
         "持低压电工作业证（特种作业操作证）|熟悉中央空调、配电系统维修|能接受夜间应急值守",
         "影院设施设备日常维修|配电房及消防设施巡检|维修记录登记", "招聘中", "2025-03-12"],
        ["REQ2025-040", "票务员", "影院运营部", "苏州园区店", "2", "高中（中专）及以上", "不限",
         "普通话标准|熟练使用电脑|能适应早晚轮班", "售票、取票、退改签|推荐会员卡及观影套餐", "招聘中", "2025-03-20"],
        ["REQ2025-044", "影厅服务员", "影院运营部", "苏州园区店", "5", "高中及以上", "不限",
         "18-40周岁|身体健康|能适应夜班", "检票引导|巡场|影厅清洁", "招聘中", "2025-03-22"],
    ]
    with open(OUT / "YC05_招聘需求导出_2025Q1.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ================================================================ YC06 html (one table, one <tbody> per posting)
def gen_yc06():
    def posting(title, meta, pay, duties, reqs):
        d = "\n".join(f"          <li>{x}</li>" for x in duties)
        q = "\n".join(f"          <li>{x}</li>" for x in reqs)
        return f"""    <tbody class="job">
      <tr><th colspan="2" scope="rowgroup">{title}<span class="meta">{meta}</span><span class="pay">{pay}</span></th></tr>
      <tr><td class="k">岗位职责</td><td>
        <ol>
{d}
        </ol></td></tr>
      <tr><td class="k">任职要求</td><td>
        <ul>
{q}
        </ul></td></tr>
    </tbody>"""
    a = posting("卖品部主管", "卖品部 · 杭州西湖店 · 全职", "7000-8500元/月",
                ["负责卖品部日常运营管理，安排卖品员排班并组织岗位培训；",
                 "制定卖品月度销售目标与促销方案，推动观影套餐销售；",
                 "负责原料订货、验收、库存管理和月度盘点，控制损耗；",
                 "落实食品安全管理制度，做好效期管理和留样记录；",
                 "分析卖品销售数据，每周向影院经理提交卖品经营周报。"],
                ["大专及以上学历；",
                 "3年以上餐饮、零售或影院卖品管理经验，其中1年以上团队管理经验；",
                 "持有健康证，有食品安全管理员证书者优先；",
                 "直接上级：影院经理；下属：卖品员。"])
    b = posting("市场营销专员", "市场部 · 杭州总部（滨江区） · 全职", "8K-12K·13薪",
                ["策划并执行影片上映期间的营销活动（首映礼、主创见面会、主题观影等）；",
                 "对接片方、商场及异业品牌，开展联合推广；",
                 "运营影城微信公众号、抖音和小红书账号，负责内容选题与发布；",
                 "开拓企业团购、包场业务并维护客户关系；",
                 "活动结束后3个工作日内完成效果复盘报告。"],
                ["本科及以上学历，市场营销、广告学、新闻传播等相关专业；",
                 "2年以上市场营销或活动策划经验，有影院、文娱行业经验者优先；",
                 "熟练使用PS、剪映等工具，有较好的文案能力；",
                 "汇报对象：市场部经理。"])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入星幕 | 星幕影城招聘</title>
<style>
  table.jobs {{ border-collapse: collapse; width: 100%; }}
  tbody.job th {{ background: #1b1b3a; color: #fff; text-align: left; padding: 8px; }}
  .meta {{ margin-left: 1em; font-weight: normal; font-size: 12px; }}
  .pay {{ float: right; color: #ffcc00; }}
  td.k {{ width: 6em; font-weight: bold; vertical-align: top; }}
</style>
</head>
<body>
<header><nav><a href="/">首页</a> | <a href="/films">正在热映</a> | <a href="/member">会员中心</a> | <a href="/jobs">加入我们</a></nav></header>
<main>
  <h1>加入星幕，一起点亮每一块银幕</h1>
  <p>星幕影城目前在杭州、宁波、苏州拥有3家直营影城，以下为本月开放的社会招聘职位，简历请投递至 hr@xingmu-cinema.example。</p>
  <table class="jobs">
    <caption>2025年3月社会招聘职位</caption>
{a}
{b}
  </table>
  <p class="more">即将开放：卖品仓管员（筹备中，暂不接收简历）。</p>
</main>
<footer><p>© 2025 星幕影城管理有限公司　浙ICP备00000000号</p></footer>
</body>
</html>
"""
    (OUT / "YC06_加入我们.html").write_text(html, encoding="utf-8")


# ================================================================ YC07 pdf (watermark, numbered standards, KPI table)
def gen_yc07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    H = ParagraphStyle("h", fontName="WQY", fontSize=15, leading=22, alignment=1)
    H2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18, spaceBefore=8)
    B = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=15)
    C = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("WQY", 40)
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
        canv.translate(300, 420)
        canv.rotate(35)
        canv.drawCentredString(0, 0, "内部资料")
        canv.restoreState()
        canv.setFont("WQY", 8)
        canv.drawString(50, 30, f"XM-YY-BZ-07　第{doc.page}页")

    story = [Paragraph("影厅服务标准与考核办法", H),
             Paragraph("（2025年版　运营中心发布）", B), Spacer(1, 8),
             Paragraph("一、适用范围", H2),
             Paragraph("本办法适用于各门店影厅服务员和场务员。值班经理负责日常检查与评分。", B),
             Paragraph("二、影厅服务员服务标准", H2)]
    for s in ["1. 开场前15分钟开始检票，检票时核对影片、场次和影厅号；",
              "2. 每场放映期间巡场不少于2次，巡场时使用手电筒照地面，不得照射观众；",
              "3. 发现盗录行为应礼貌制止，并立即报告值班经理；",
              "4. 散场后5分钟内完成影厅清洁，遗留物品须在30分钟内登记并交值班经理；",
              "5. 3D眼镜每场回收，统一送消毒间消毒后方可再次发放。"]:
        story.append(Paragraph(s, B))
    story.append(Paragraph("三、影厅服务员月度考核表", H2))
    data = [["考核项目", "权重", "考核标准", "扣分规则"],
            ["检票准确率", "20%", "100%", "错检、漏检一次扣5分"],
            ["巡场执行率", "25%", "每场≥2次", "少巡一次扣3分"],
            ["影厅清洁合格率", "25%", "≥98%", "抽检不合格一次扣2分"],
            ["顾客满意度", "20%", "≥95%", "每低1%扣2分"],
            ["遗留物品登记及时率", "10%", "100%", "超时登记一次扣2分"]]
    t = Table([[Paragraph(x, C) for x in row] for row in data], colWidths=[110, 50, 90, 180])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
    story.append(t)
    story.append(Paragraph("四、场务员考核", H2))
    story.append(Paragraph("场务员考核细则另行制定（略）。", B))
    story.append(Paragraph("五、附则", H2))
    story.append(Paragraph("本办法由运营中心负责解释，自2025年4月1日起施行。", B))
    SimpleDocTemplate(str(OUT / "YC07_影厅服务标准与考核办法.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(
        story, onFirstPage=deco, onLaterPages=deco)


# ================================================================ YC08 md (Pandoc grid tables)
def grid(rows, w1=12, w2=54):
    def line(ch="-"):
        return "+" + ch * (w1 + 2) + "+" + ch * (w2 + 2) + "+"

    def pad(s, w):
        import unicodedata
        n = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
        return s + " " * max(0, w - n)
    out = [line()]
    for i, (k, vs) in enumerate(rows):
        if isinstance(vs, str):
            vs = [vs]
        for j, v in enumerate(vs):
            out.append(f"| {pad(k if j == 0 else '', w1)} | {pad(v, w2)} |")
        out.append(line("=" if i == 0 else "-"))
    return "\n".join(out)


def gen_yc08():
    md = f"""---
title: 会员运营专员岗位画像
owner: 市场部
updated: 2025-02-18
---

# 会员运营专员岗位画像

> 本文档由市场部维护，用于招聘和新人入职。会员中心隶属市场部。

## 基本信息

{grid([
    ("项目", "内容"),
    ("岗位名称", "会员运营专员"),
    ("所属部门", "会员中心（隶属市场部）"),
    ("汇报对象", "市场部经理"),
    ("工作地点", "杭州总部（滨江区），每月需到各门店巡店"),
    ("编制", "2人"),
])}

## 岗位职责

{grid([
    ("序号", "职责内容"),
    ("1", ["维护会员等级、积分与权益规则，", "保证会员系统配置准确"]),
    ("2", ["策划会员日、储值赠送、生日礼遇等会员活动"]),
    ("3", ["每月5日前输出月度会员运营报告，", "分析新增、储值、复购等数据"]),
    ("4", ["处理会员投诉与积分异常，", "48小时内给出处理结果"]),
    ("5", ["运营会员企业微信社群，", "提升会员活跃度"]),
])}

## 任职要求

{grid([
    ("维度", "要求"),
    ("学历", "大专及以上"),
    ("经验", ["1年以上会员运营、用户运营或CRM相关经验"]),
    ("技能", ["熟练使用Excel数据透视表，", "会使用SQL者优先"]),
    ("素质", "细致、耐心，对数据敏感"),
])}

## 附：会员等级说明（供参考，非岗位要求）

| 等级 | 升级条件 | 主要权益 |
|---|---|---|
| 银卡 | 注册即得 | 购票95折 |
| 金卡 | 年消费满1000元 | 购票9折、生日赠票1张 |
| 黑金卡 | 年消费满3000元 | 购票85折、免费升级IMAX厅1次/月 |
"""
    (OUT / "YC08_会员运营专员岗位画像.md").write_text(md, encoding="utf-8")


# ================================================================ YC09 GBK txt
def gen_yc09():
    txt = """星幕影城票务岗位管理规定（2025版）

发文：运营中心　　　　执行日期：2025年3月1日
说明：本规定替代2023年版《票务员岗位要求》，旧版同时废止。

一、票务员任职要求
1．学历：高中（中专）及以上；
2．普通话标准，口齿清晰，有亲和力；
3．熟练使用电脑，会操作影院售票系统者优先；
4．能适应早晚轮班及节假日上班；
5．无影院工作经验者，经7天岗前培训考核合格后上岗。

二、交接班
1．交班人须打印《售票日结报表》，与接班人当面清点备用金（每个售票窗口500元）；
2．长短款超过50元的，须报值班经理签字确认；
3．交接班记录保存3个月备查。

三、退改签
1．开场前30分钟以上可办理退改签，开场前30分钟以内不予办理；
2．每单退改签须在系统内登记原因，特殊情况由值班经理审批。

四、其他
本规定由运营中心负责解释。
"""
    (OUT / "YC09_票务岗位管理规定.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ================================================================ YC10 UTF-16 policy
def gen_yc10():
    txt = """星幕影城员工考勤与福利制度

第一章　考勤
第一条　公司实行综合工时制，门店员工按排班表上班，月度工时以系统排班为准。
第二条　员工须通过钉钉打卡，迟到15分钟以内每次扣款20元，超过15分钟按旷工半天处理。
第三条　试用期为3个月，试用期内请假累计超过5天的，试用期相应顺延。

第二章　福利
第四条　通宵场补贴：参与通宵场工作的员工每次补贴80元，与当月工资一并发放。
第五条　工作餐补贴：每班次15元。
第六条　员工观影：正式员工每月可领取免费观影券2张，限本人及直系亲属使用，不得转卖。
第七条　年休假按国家有关规定执行。

第三章　附则
第八条　本制度自2025年1月1日起施行，由人力资源部负责解释。
"""
    (OUT / "YC10_员工考勤与福利制度.txt").write_bytes(b"\xff\xfe" + txt.replace("\n", "\r\n").encode("utf-16-le"))


GROUND_TRUTH = {
    "YC01": "影院运营序列岗位说明书: 影院经理/值班经理/票务员/影厅服务员/场务员, one table each; 场务员 直接上级 struck 影厅主管 -> 值班经理; 票务员 quals point to YC09; 场务员 证书 empty",
    "YC02": "放映技术部手册: 放映主管 facts in a VML text box + (1)-(5) duties; 放映员 1-5 with ▲; 工程维修技术员 一是…五是 + 任职要求 (低压电工作业证); IMAX放映技师 named only; 3.2 激光光源维护规程 略; 修订记录",
    "YC03": "KPI library: 影院经理 6 indicators (2-row header); 卖品部 sheet 卖品部主管/卖品员 column groups; 营销与会员 stacked blocks; 2024版（作废）",
    "YC04": "pay per post (月薪合计区间), 班次 sheet",
    "YC05": "ATS CSV; 票务员 2023 row closed/superseded; 卖品员 duties/reqs; 工程维修技术员 reqs",
    "YC06": "careers page, <tbody> per posting: 卖品部主管, 市场营销专员; 卖品仓管员 named only",
    "YC07": "PDF: 影厅服务员 standards + KPI table; 场务员考核 略",
    "YC08": "Markdown grid tables: 会员运营专员",
    "YC09": "GBK: 票务员任职要求 2025, 交接班, 退改签",
    "YC10": "UTF-16 policy: 考勤, 通宵场补贴80元, 观影券",
    "posts": {p["title"][2:]: {k: v for k, v in p.items() if k != "title"} for p in OPS_POSTS},
    "pay": {r[1]: r[6] for r in PAY},
}

if __name__ == "__main__":
    gen_yc01(); gen_yc02(); gen_yc03(); gen_yc04(); gen_yc05()
    gen_yc06(); gen_yc07(); gen_yc08(); gen_yc09(); gen_yc10()
    Path(__file__).with_name("ground_truth.json").write_text(
        json.dumps(GROUND_TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
