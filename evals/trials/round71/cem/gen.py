# -*- coding: utf-8 -*-
"""Round 71 blind trial "cem": 华岳水泥集团 (clinker line, limestone quarry, grinding station,
ready-mix plant). Writes 10 HR documents to $T71_OUT (default /tmp/t71cem/corpus).
Run: T71_OUT=/tmp/t71cem/corpus /tmp/genv/bin/python gen.py
"""
import csv
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T71_OUT", "/tmp/t71cem/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "华岳水泥集团"


def cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
    return cell


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


# ---------------------------------------------------------------- cem01 docx
# Form per post, duties in a 工作内容 | 决定 | 建议 | 执行 authority matrix with ✓, header/footer,
# Word comments (批注) from reviewers, one post "略".
def cem01():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}云岭熟料基地　受控文件　HY-SC-2024-03　第2版"
    sec.footer.paragraphs[0].text = "本说明书由人力资源部负责解释　　2024年3月发布"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("熟料生产部岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("适用范围：云岭熟料基地5000t/d新型干法熟料生产线。权限栏中“✓”表示该岗位对该项工作拥有的权限。")

    posts = [
        dict(name="中控操作员", code="SC-01", dept="熟料生产部（中控室）", boss="中控室主任", sub="无",
             n="8人", loc="云岭熟料基地中控楼", duties=[
                 ("通过DCS系统监控窑、生料磨、煤磨系统运行参数，及时调整喂料量、用煤量和系统风量，保证热工制度稳定", "", "", "✓"),
                 ("负责开停窑、开停磨操作，严格执行开停机顺序和联锁规定", "", "", "✓"),
                 ("根据化验室出磨生料及入窑煤粉分析结果，提出配料及操作参数调整意见", "", "✓", ""),
                 ("发现设备异常时通知现场巡检人员确认，必要时决定紧急止料或停机", "✓", "", ""),
                 ("如实填写中控操作记录和交接班记录", "", "", "✓"),
             ], edu="大专及以上", major="硅酸盐工艺、热能动力或自动化相关专业",
             exp="3年以上新型干法水泥生产线中控操作经验", cert="水泥中控操作员职业技能等级证书（四级及以上）",
             other="熟悉DCS操作画面，能适应四班三运转"),
        dict(name="窑操作员", code="SC-02", dept="熟料生产部（烧成车间）", boss="烧成车间主任", sub="无",
             n="12人", loc="云岭熟料基地烧成车间", duties=[
                 ("负责回转窑、篦冷机、预热器系统的现场巡检和就地操作", "", "", "✓"),
                 ("定时清理预热器锥部及下料管结皮，防止旋风筒堵料", "", "", "✓"),
                 ("配合中控操作员完成点火升温、投料和停窑操作", "", "", "✓"),
                 ("检查窑头窑尾密封、托轮轴承温度和轮带润滑情况，对异常提出处理建议", "", "✓", ""),
                 ("做好现场巡检记录及热工标定数据记录", "", "", "✓"),
             ], edu="高中（中专）及以上", major="不限，机电或化工类优先",
             exp="2年以上回转窑现场操作经验", cert="无硬性要求",
             other="身体健康，能适应高温及粉尘环境和四班三运转"),
        dict(name="生料磨巡检工", code="SC-03", dept="熟料生产部（生料车间）", boss="生料车间班长", sub="无",
             n="6人", loc="云岭熟料基地生料车间", duties=[
                 ("巡检立磨、选粉机、斗式提升机、空气输送斜槽等设备运行状态", "", "", "✓"),
                 ("检查磨机振动值、液压站及润滑油站油温油压，发现异常立即报告中控", "", "", "✓"),
                 ("清理磨机外循环系统积料和漏料，保持设备周边整洁", "", "", "✓"),
                 ("配合机电部完成磨辊、衬板等部件的检修", "", "", "✓"),
             ], edu="初中及以上", major="不限",
             exp="1年以上水泥厂或矿山设备巡检经验", cert="无",
             other="能适应倒班和粉尘环境，服从班长调配"),
    ]
    for i, p in enumerate(posts, 1):
        d.add_heading(f"{'一二三四'[i-1]}、{p['name']}", level=2)
        tb = d.add_table(rows=4, cols=4)
        tb.style = "Table Grid"
        rows = [("岗位名称", p["name"], "岗位编号", p["code"]),
                ("所在部门", p["dept"], "直接上级", p["boss"]),
                ("直接下级", p["sub"], "定员", p["n"]),
                ("工作地点", p["loc"], "班次", "四班三运转")]
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                cell_text(tb.cell(ri, ci), v, bold=(ci % 2 == 0))
                if ci % 2 == 0:
                    shade(tb.cell(ri, ci))
        d.add_paragraph("工作内容及权限")
        tb2 = d.add_table(rows=1, cols=5)
        tb2.style = "Table Grid"
        for ci, v in enumerate(["序号", "工作内容", "决定", "建议", "执行"]):
            cell_text(tb2.cell(0, ci), v, bold=True)
            shade(tb2.cell(0, ci))
        for k, (txt, a, b, c) in enumerate(p["duties"], 1):
            cells = tb2.add_row().cells
            for ci, v in enumerate([str(k), txt, a, b, c]):
                cell_text(cells[ci], v)
        d.add_paragraph("任职资格")
        tb3 = d.add_table(rows=5, cols=2)
        tb3.style = "Table Grid"
        qrows = [("学历", p["edu"]), ("专业", p["major"]), ("工作经验", p["exp"]),
                 ("资格证书", p["cert"]), ("其他要求", p["other"])]
        for ri, (a, b) in enumerate(qrows):
            cell_text(tb3.cell(ri, 0), a, bold=True)
            shade(tb3.cell(ri, 0))
            cell_text(tb3.cell(ri, 1), b)
        # reviewer comments (批注)
        if p["name"] == "窑操作员":
            run = tb2.cell(4, 1).paragraphs[0].runs[0]
            d.add_comment(run, text="托轮轴承温度检查频次请烧成车间补充（每2小时一次？）", author="人力资源部 王敏", initials="WM")
        if p["name"] == "中控操作员":
            run = tb3.cell(3, 1).paragraphs[0].runs[0]
            d.add_comment(run, text="证书名称已与技能鉴定中心核对无误", author="中控室 刘涛", initials="LT")
        d.add_paragraph("")
    d.add_heading("四、窑头看火工", level=2)
    d.add_paragraph("岗位职责：略（该岗位并入窑操作员，本版不再单列）。")
    d.add_paragraph("编制：人力资源部　　审核：熟料生产部　　批准：总经理办公会")
    d.save(OUT / "cem01_熟料生产部岗位说明书.docx")


# ---------------------------------------------------------------- cem02 docx
# 岗位安全技术交底记录 forms: facts and duties inside one merged "交底内容" cell as paragraphs;
# a superseded 2021 record appended; 矿山调度员 only named.
def cem02():
    d = Document()
    d.sections[0].header.paragraphs[0].text = f"{CO}云岭矿山分厂"
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("矿山分厂岗位安全技术交底记录")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：新上岗、转岗人员上岗前由分厂安全员逐岗交底，双方签字后存档。矿山调度员岗位交底记录另行编制。")

    def form(title, date, post, team, content, void=False):
        if void:
            p = d.add_paragraph()
            rr = p.add_run(title)
            rr.bold = True
        tb = d.add_table(rows=5, cols=4)
        tb.style = "Table Grid"
        vals = [("单位名称", "云岭矿山分厂", "交底日期", date),
                ("交底岗位", post, "所属班组", team),
                ("交底人", "分厂安全员 李强", "接受交底人", "（签字）")]
        for ri, row in enumerate(vals):
            for ci, v in enumerate(row):
                cell_text(tb.cell(ri, ci), v, bold=(ci % 2 == 0))
        m = tb.cell(3, 0).merge(tb.cell(3, 3))
        cell_text(m, content)
        cell_text(tb.cell(4, 0), "交底人签字", True)
        cell_text(tb.cell(4, 2), "接受交底人签字", True)
        d.add_paragraph("")

    form("", "2024年3月5日", "爆破工", "爆破班", "\n".join([
        "交底内容：",
        "一、岗位基本情况：爆破工隶属矿山分厂爆破班，直接上级为爆破班班长，工作地点为云岭石灰石矿采场，实行长白班。",
        "二、岗位职责：",
        "1. 按爆破设计说明书进行钻孔验收、装药、填塞、联网和起爆作业；",
        "2. 起爆前按规定设置警戒范围，确认人员、设备全部撤离后方可发出起爆信号；",
        "3. 爆破后15分钟方可进入现场检查，发现盲炮必须按规程处理并立即报告班长；",
        "4. 民用爆炸物品领取、退库实行双人双锁，当班剩余爆材必须当班清退；",
        "5. 如实填写爆破作业记录，参与爆破效果分析。",
        "三、上岗条件：高中及以上学历，年龄22至50周岁；持有公安机关核发的《爆破作业人员许可证》（爆破员）；具有2年以上露天矿山爆破作业经验。",
        "四、注意事项：雷雨天气禁止爆破作业；严禁携带火种进入爆破器材库。",
    ]))
    form("", "2024年3月5日", "矿山铲车司机", "运输班", "\n".join([
        "交底内容：",
        "一、岗位基本情况：铲车司机（装载机司机）隶属矿山分厂运输班，直接上级为运输班班长，工作地点为云岭石灰石矿采场及破碎站，实行两班倒。",
        "二、岗位职责：",
        "1. 驾驶装载机完成采场矿石装车、破碎站喂料及矿区道路清理；",
        "2. 每班出车前检查轮胎、制动、转向和液压系统，做好例行保养；",
        "3. 配合挖掘机整理爆堆和工作面，及时清理大块；",
        "4. 严格遵守矿区限速每小时20公里和让车规定；",
        "5. 填写车辆运行及油耗记录。",
        "三、上岗条件：初中及以上学历；持有装载机操作证及C1以上驾驶证；3年以上装载机驾驶经验。",
    ]))
    form("附：2021年版爆破工交底记录（已作废，仅供存档）", "2021年6月2日", "爆破工", "采矿车间", "\n".join([
        "交底内容（2021版）：",
        "一、爆破工归采矿车间管理，由矿山分厂副厂长直接领导。",
        "二、按爆破设计完成装药联网起爆，爆后检查盲炮。",
        "三、上岗条件：初中及以上文化，持爆破员证，1年以上爆破经验。",
    ]), void=True)
    d.save(OUT / "cem02_矿山分厂岗位安全技术交底记录.docx")


# ---------------------------------------------------------------- cem03 xlsx
# KPI weight matrix: posts as rows x indicators as columns (code + name in the header),
# an indicator dictionary sheet, and a void 2023 sheet.
KPI = [
    ("K01", "熟料台时产量达成率", "实际台时产量÷计划台时产量×100%", "≥100%", "DCS报表"),
    ("K02", "熟料标准煤耗", "入窑标煤量÷熟料产量", "≤105kgce/t", "能源计量月报"),
    ("K03", "窑运转率", "窑实际运转小时÷日历小时×100%", "≥90%", "生产日报"),
    ("K04", "出磨生料KH合格率", "KH在控制范围内的次数÷检验次数×100%", "≥85%", "化验室台账"),
    ("K05", "出厂水泥28天强度合格率", "合格批次÷出厂批次×100%", "100%", "出厂检验报告"),
    ("K06", "化验数据差错次数", "经复核确认的数据差错次数", "0次", "质量部抽查记录"),
    ("K07", "装车差错率", "错装、漏装车次÷总装车车次×100%", "≤0.1%", "发运系统"),
    ("K08", "袋重合格率", "抽检合格袋数÷抽检袋数×100%", "≥98%", "包装抽检记录"),
    ("K09", "片区销量完成率", "片区实际销量÷计划销量×100%", "≥100%", "销售台账"),
    ("K10", "货款回收率", "实际回款÷应收货款×100%", "≥98%", "财务应收报表"),
    ("K11", "客户质量投诉次数", "经确认的质量投诉次数", "≤2次/季度", "客服记录"),
    ("K12", "安全违章次数", "被查处的违章作业次数", "0次", "安全环保部检查记录"),
    ("K13", "交接班记录完整率", "完整的交接班记录÷应填记录×100%", "100%", "班组记录"),
]
W = {
    "中控操作员": {"K01": 30, "K02": 25, "K03": 20, "K12": 10, "K13": 15},
    "窑操作员": {"K03": 35, "K01": 20, "K12": 25, "K13": 20},
    "化验员": {"K06": 40, "K04": 35, "K13": 25},
    "质量控制主管": {"K04": 30, "K05": 40, "K11": 15, "K06": 15},
    "包装装车工": {"K07": 35, "K08": 40, "K12": 25},
    "销售片区经理": {"K09": 45, "K10": 35, "K11": 20},
}


def cem03():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位权重矩阵"
    ws["A1"] = f"{CO}2024年度岗位KPI权重矩阵（单位：%）"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(KPI) + 3)
    ws["A1"].font = Font(bold=True, size=14)
    ws.cell(2, 1, "考核岗位")
    ws.cell(2, 2, "所属部门")
    for j, k in enumerate(KPI):
        ws.cell(2, 3 + j, f"{k[0]}\n{k[1]}").alignment = Alignment(wrap_text=True)
    ws.cell(2, 3 + len(KPI), "合计")
    dept = {"中控操作员": "熟料生产部", "窑操作员": "熟料生产部", "化验员": "质量部",
            "质量控制主管": "质量部", "包装装车工": "粉磨站", "销售片区经理": "销售公司"}
    for i, (post, w) in enumerate(W.items()):
        r = 3 + i
        ws.cell(r, 1, post)
        ws.cell(r, 2, dept[post])
        for j, k in enumerate(KPI):
            if k[0] in w:
                ws.cell(r, 3 + j, w[k[0]])
        c1 = ws.cell(r, 3).column_letter
        c2 = ws.cell(r, 2 + len(KPI)).column_letter
        ws.cell(r, 3 + len(KPI), f"=SUM({c1}{r}:{c2}{r})")
    r = 4 + len(W)
    ws.cell(r, 1, "说明：空白表示该岗位不考核此项；指标定义、计算公式和目标值见“指标字典”页。考核周期：月度。")
    ws2 = wb.create_sheet("指标字典")
    ws2.append(["指标编码", "指标名称", "计算公式", "目标值", "数据来源"])
    for k in KPI:
        ws2.append(list(k))
    ws3 = wb.create_sheet("2023版（作废）")
    ws3["A1"] = "2023年度权重（已于2024年1月废止，仅供对照）"
    ws3.append(["考核岗位", "熟料台时产量达成率", "窑运转率", "熟料标准煤耗", "交接班记录完整率"])
    ws3.append(["中控操作员", 40, 30, 20, 10])
    ws3.append(["窑操作员", 30, 40, 0, 30])
    wb.save(OUT / "cem03_2024年度岗位KPI权重矩阵.xlsx")


# ---------------------------------------------------------------- cem04 xlsx
# Staffing and pay: two department blocks tiled side by side on one sheet (A:G and I:O),
# and an amendment sheet that changes one post's shift and allowance.
def cem04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定岗定编及薪酬"
    hdr = ["岗位", "编制（人）", "班次", "岗位工资（元/月）", "粉尘/高温津贴（元/月）", "绩效基数（元/月）", "备注"]
    blocks = [
        (1, "熟料生产部 / 机电部", [
            ("中控操作员", 8, "四班三运转", 6500, 300, 2000, ""),
            ("窑操作员", 12, "四班三运转", 5200, 400, 1500, ""),
            ("生料磨巡检工", 6, "四班三运转", 4300, 400, 1200, ""),
            ("电气点检员", 5, "长白班（夜间轮流值班）", 5800, 300, 1800, "机电部"),
            ("窑头看火工", 0, "—", "—", "—", "—", "已并入窑操作员"),
        ]),
        (9, "矿山分厂 / 粉磨站 / 质量部", [
            ("爆破工", 4, "长白班", 6000, 500, 1500, "另计爆破作业补贴"),
            ("矿山铲车司机", 6, "两班倒", 5000, 400, 1200, ""),
            ("包装装车工", 20, "长白班", 3800, 200, 1000, "见调整说明"),
            ("化验员", 9, "四班三运转", 4500, 150, 1200, "质量部"),
        ]),
    ]
    ws.cell(1, 1, f"{CO}2024年定岗定编及薪酬标准表").font = Font(bold=True, size=14)
    ws.merge_cells("A1:O1")
    for col, title, rows in blocks:
        ws.cell(2, col, title).font = Font(bold=True)
        ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 6)
        for j, h in enumerate(hdr):
            ws.cell(3, col + j, h).fill = PatternFill("solid", fgColor="DDEBF7")
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                ws.cell(4 + i, col + j, v)
    ws.cell(10, 1, "注：月收入=岗位工资+津贴+绩效基数×绩效系数；绩效系数0.6–1.3。")
    ws2 = wb.create_sheet("调整说明")
    ws2.append(["序号", "调整内容", "生效日期", "文号"])
    ws2.append([1, "包装装车工班次由长白班调整为两班倒，粉尘津贴由200元/月调整为350元/月", "2024-07-01", "华岳人〔2024〕27号"])
    ws2.append([2, "窑头看火工岗位撤销，人员并入窑操作员", "2024-03-01", "华岳人〔2024〕9号"])
    wb.save(OUT / "cem04_定岗定编及薪酬标准.xlsx")


# ---------------------------------------------------------------- cem05 csv
# Export of a sheet with merged 部门 cells: 部门 only on the first row of each group.
def cem05():
    rows = [
        ["部门", "岗位", "需求人数", "汇报对象", "学历", "专业", "经验要求", "证书", "工作地点", "岗位职责", "备注"],
        ["机电部", "电气点检员", "2", "机电部电气主管", "大专及以上", "电气自动化、机电一体化",
         "3年以上水泥或冶金企业电气点检经验", "特种作业操作证（高压电工作业）", "云岭熟料基地",
         "1.按点检标准对高低压配电柜、变频器和电机进行日常点检；\n2.巡查现场仪表及PLC柜，配合处理电气故障；\n3.编制电气设备检修计划并参与年度大修；\n4.做好点检记录，及时更新设备台账。", "社会招聘"],
        ["质量部", "化验员", "3", "化验室主任", "中专及以上", "工业分析、化学检验或硅酸盐相关专业",
         "1年以上化验工作经验，应届生可培养", "化学检验员（四级）", "云岭熟料基地化验室",
         "1.按取样制度定时取样，检测出磨生料、熟料和出磨水泥的化学成分；\n2.操作X荧光分析仪，定期校验标准曲线；\n3.进行水泥胶砂强度、凝结时间和安定性检验；\n4.及时准确报送检验数据，规范填写原始记录。", "四班三运转"],
        ["", "质量控制主管", "1", "质量部部长", "本科及以上", "无机非金属材料工程",
         "5年以上水泥质量管理经验，其中2年以上管理岗位经验", "质量工程师（中级）优先", "集团总部（昆明）",
         "1.组织制定原燃材料、半成品及成品的质量控制指标并监督执行；\n2.审核配料方案，指导生料配料调整；\n3.组织出厂水泥质量确认并签发出厂检验报告；\n4.处理客户质量异议，组织质量事故分析；\n5.组织参加省级水泥质量对比验证活动。", "下辖化验室主任、质检员"],
        ["商砼分公司", "商砼站调度员", "1", "", "", "", "", "", "滇中商砼站", "待定", "岗位说明书编制中"],
    ]
    with open(OUT / "cem05_2024年社会招聘需求汇总.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- cem06 html
# Excel "另存为网页" output: mso styles, <col>, class=xl.., x:str, conditional comments.
def cem06():
    rows = [
        ("销售片区经理", "滇中片区（昆明）", "2",
         "1、负责片区内经销商和重点工程客户的开发与维护；<br>2、完成片区年度销量及回款目标；<br>3、收集竞品价格和市场信息，每周提交市场周报；<br>4、协调发货、对账及客户质量投诉处理。",
         "1、本科及以上学历，市场营销、土木工程等相关专业；<br>2、3年以上建材行业销售经验，有水泥销售经验者优先；<br>3、持C1驾驶证，能适应经常出差。",
         "底薪6000元/月+销量提成，年收入15-25万元", "销售公司副总经理"),
        ("销售内勤", "销售公司（昆明）", "1",
         "1、负责销售合同录入与发货单开具；<br>2、核对客户往来账，按月寄送对账单。",
         "1、大专及以上学历；<br>2、熟练使用Excel和ERP系统。",
         "4000-5500元/月", "销售公司综合部经理"),
    ]
    trs = []
    for r in rows:
        trs.append(
            " <tr height=120 style='height:90.0pt'>\n"
            f"  <td height=120 class=xl66 style='height:90.0pt'>{r[0]}</td>\n"
            f"  <td class=xl67>{r[1]}</td>\n"
            f"  <td class=xl68 x:num>{r[2]}</td>\n"
            f"  <td class=xl69 width=320 style='width:240pt'>{r[3]}</td>\n"
            f"  <td class=xl69 width=280 style='width:210pt'>{r[4]}</td>\n"
            f"  <td class=xl67 x:str>{r[5]}</td>\n"
            f"  <td class=xl67>{r[6]}</td>\n"
            " </tr>")
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<style>
<!--table
	{{mso-displayed-decimal-separator:"\\.";
	mso-displayed-thousand-separator:"\\,";}}
.xl66
	{{mso-style-parent:style0;font-weight:700;mso-font-charset:134;vertical-align:middle;}}
.xl67
	{{mso-style-parent:style0;mso-font-charset:134;white-space:normal;}}
.xl68
	{{mso-style-parent:style0;mso-number-format:0;}}
.xl69
	{{mso-style-parent:style0;mso-font-charset:134;white-space:normal;vertical-align:top;}}
-->
</style>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>销售公司招聘</x:Name>
    <x:WorksheetOptions><x:Selected/><x:ProtectContents>False</x:ProtectContents></x:WorksheetOptions>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>

<body link="#0563C1" vlink="#954F72">

<table border=0 cellpadding=0 cellspacing=0 width=1180 style='border-collapse:
 collapse;table-layout:fixed;width:885pt'>
 <col width=110 style='mso-width-source:userset;mso-width-alt:3520;width:83pt'>
 <col width=130 style='mso-width-source:userset;width:98pt'>
 <col width=50 style='width:38pt'>
 <col width=320 style='width:240pt'>
 <col width=280 style='width:210pt'>
 <col width=170 style='width:128pt'>
 <col width=120 style='width:90pt'>
 <tr height=36 style='height:27.0pt'>
  <td colspan=7 height=36 class=xl66 width=1180 style='height:27.0pt;width:885pt'>{CO}销售公司2024年招聘岗位表</td>
 </tr>
 <tr height=22 style='height:16.5pt'>
  <td height=22 class=xl66>岗位名称</td>
  <td class=xl66>工作片区</td>
  <td class=xl66>人数</td>
  <td class=xl66>岗位职责</td>
  <td class=xl66>任职要求</td>
  <td class=xl66>薪酬待遇</td>
  <td class=xl66>汇报对象</td>
 </tr>
{chr(10).join(trs)}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'>
  <td width=110 style='width:83pt'></td>
  <td width=130 style='width:98pt'></td>
 </tr>
 <![endif]>
</table>

</body>

</html>
"""
    (OUT / "cem06_销售公司招聘岗位表.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- cem07 pdf
# 岗位 | 项目 | 内容 table whose 岗位 cell spans several rows (printed once, in the first row);
# the table runs over a page break with a repeated header, and the continued span is blank.
def cem07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
    st = ParagraphStyle("n", fontName="wqy", fontSize=10, leading=14)
    tt = ParagraphStyle("t", fontName="wqy", fontSize=15, leading=20, alignment=1)
    data = [["岗位", "项目", "内容"]]
    spans = []

    def post(name, items):
        start = len(data)
        for k, (a, b) in enumerate(items):
            data.append([name if k == 0 else "", a, Paragraph(b, st)])
        spans.append((start, len(data) - 1))

    post("商砼站站长", [
        ("所属部门", "商砼分公司滇中商砼站；直接上级：商砼分公司经理"),
        ("岗位职责", "1. 全面负责商砼站生产、质量、安全和设备管理，完成年度生产经营指标；"),
        ("岗位职责", "2. 审批混凝土配合比，组织原材料进场检验；"),
        ("岗位职责", "3. 协调工地客户供货计划，处理供货纠纷；"),
        ("任职条件", "本科及以上学历，土木工程或建筑材料专业，5年以上商品混凝土企业管理经验，持试验员证或二级建造师证优先。"),
    ])
    post("搅拌楼操作员", [
        ("所属部门", "商砼分公司滇中商砼站；直接上级：商砼站站长；两班倒"),
        ("岗位职责", "1. 按试验室下达的配合比通知单输入生产配方，操作搅拌楼生产混凝土；"),
        ("岗位职责", "2. 班前检查骨料、水泥、外加剂和水的计量系统，发现计量偏差立即停机校秤；"),
        ("岗位职责", "3. 观察出机混凝土和易性，坍落度异常时通知试验室调整；"),
        ("岗位职责", "4. 按商砼站调度员的发货指令组织生产，记录每车方量；"),
        ("岗位职责", "5. 负责搅拌主机、配料机的日常清理和润滑。"),
        ("任职条件", "高中及以上学历，1年以上搅拌站操作经验，能熟练操作电脑配料系统。"),
    ])
    post("混凝土罐车司机", [
        ("所属部门", "商砼分公司运输车队；直接上级：车队队长"),
        ("岗位职责", "1. 按调度指令将混凝土安全、准时运输至施工现场；"),
        ("岗位职责", "2. 运输途中罐体保持慢速转动，严禁私自向罐内加水；"),
        ("岗位职责", "3. 到场后配合泵送作业，卸料完毕及时冲洗罐体；"),
        ("岗位职责", "4. 每日出车前检查车辆，做好行车记录和送货单签收。"),
        ("任职条件", "持A2或B2驾驶证，3年以上大型车辆驾驶经验，无重大交通事故记录。"),
    ])
    tb = Table(data, colWidths=[90, 70, 330], repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 10),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for a, b in spans:
        style.append(("SPAN", (0, a), (0, b)))
    tb.setStyle(TableStyle(style))
    doc = SimpleDocTemplate(str(OUT / "cem07_商砼分公司岗位职责与任职条件一览表.pdf"), pagesize=A4,
                            topMargin=60, bottomMargin=60)
    story = [Paragraph(f"{CO}商砼分公司岗位职责与任职条件一览表", tt), Spacer(1, 10),
             Paragraph("（2024年修订。商砼站调度员、试验员岗位另行发文。）", st), Spacer(1, 300), tb,
             Spacer(1, 12), Paragraph("本表自2024年4月1日起执行。", st)]
    doc.build(story)


# ---------------------------------------------------------------- cem08 md
# Markdown guide with an embedded HTML table using rowspan, a "略" section, a named-only post.
def cem08():
    md = f"""# {CO}安全环保部工作指南（新员工版）

> 本指南供安全环保部新入职员工阅读，2024年2月更新。

## 1. 部门概况

安全环保部负责全集团安全生产、职业健康和环境保护的监督管理，设部长1名、安全主管1名、专职安全员3名、环保设备管理员2名。专职安全员的岗位说明另见集团安全管理手册。

## 2. 安全主管

**岗位定位**：在安全环保部部长领导下，牵头组织全集团日常安全管理工作。

- 汇报对象：安全环保部部长
- 下属：专职安全员（3名）
- 学历专业：本科及以上，安全工程、采矿工程或相关专业
- 经验：5年以上建材、矿山或化工企业安全管理经验
- 证书：中级注册安全工程师（必须）
- 工作地点：集团总部（昆明），需经常到云岭基地和矿山现场

**主要职责**

1. 组织隐患排查治理，每月组织一次全厂综合安全检查并跟踪整改闭环；
2. 负责相关方（外包施工单位）安全资质审查和入厂安全教育；
3. 编制年度安全培训计划，落实新员工三级安全教育；
4. 监督有限空间、高处、动火等危险作业的审批和现场监护；
5. 组织生产安全事故的调查、统计和上报。

## 3. 安全检查频次

<table>
<tr><th>检查类别</th><th>组织者</th><th>频次</th></tr>
<tr><td rowspan="2">综合检查</td><td>安全主管</td><td>每月一次</td></tr>
<tr><td>分管副总经理</td><td>每季度一次</td></tr>
<tr><td>专项检查（有限空间、爆破器材库）</td><td>专职安全员</td><td>每周一次</td></tr>
</table>

## 4. 应急预案

略。（见《{CO}生产安全事故综合应急预案》）

## 5. 劳动防护用品

进入生产现场必须佩戴安全帽、防尘口罩和劳保鞋；进入矿山爆破区须经爆破班班长许可。
"""
    (OUT / "cem08_安全环保部工作指南.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- cem09 GBK txt
# GBK, CRLF: a post written as "项目：" lines with ①② duties in one line; a notice appended
# that changes the boss.
def cem09():
    txt = """滇南粉磨站包装车间岗位说明
========================================
岗位名称：包装装车工
所属部门：滇南粉磨站包装车间
直接上级：包装班长
工作地点：华岳水泥滇南粉磨站（玉溪）包装车间及装车平台
岗位职责：①操作八嘴回转包装机，做好插袋、清包和破包处理；②按提货单核对水泥品种、强度等级和数量，完成汽车装车；③每班抽检袋重不少于三次，袋重偏差超标时立即通知维修工调秤；④及时清理散落水泥，保持装车平台和通道整洁；⑤配合散装发运和库存盘点。
任职条件：初中及以上学历，年龄18至50周岁，身体健康，能适应粉尘环境和体力劳动，无需工作经验，上岗前须经三级安全教育。
劳保要求：上岗必须佩戴防尘口罩、安全帽和护目镜。

----------------------------------------
通知
因粉磨站管理层级调整，自2024年5月1日起，包装装车工的直接上级由包装班长调整为包装车间主任，其余内容不变。
滇南粉磨站综合办公室
2024年4月20日
"""
    (OUT / "cem09_包装车间岗位说明.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- cem10 UTF-16 txt
def cem10():
    txt = f"""{CO}环境保护管理制度（2024年修订）

第一章　总则
第一条　为规范集团各生产单位的环境保护管理，确保污染物稳定达标排放，制定本制度。
第二条　本制度适用于云岭熟料基地、云岭矿山分厂、滇南粉磨站及商砼分公司。

第二章　排放控制
第三条　熟料生产线窑尾颗粒物排放浓度不高于10mg/m³，氮氧化物不高于100mg/m³。
第四条　矿山和堆场实行喷雾抑尘，运输道路每日洒水不少于4次。

第三章　环保设备管理员岗位职责
第五条　环保设备管理员隶属安全环保部，直接上级为安全环保部部长，工作地点为云岭熟料基地，实行长白班。
第六条　环保设备管理员的主要职责：
　　（一）负责窑尾袋收尘器、窑头电收尘器和SNCR脱硝系统等环保设施的运行管理和检修计划；
　　（二）每日核对烟气在线监测数据，颗粒物、二氧化硫、氮氧化物任一项异常超过30分钟立即报告并查明原因；
　　（三）建立环保设施运行台账和收尘器滤袋更换记录；
　　（四）配合生态环境部门现场检查，参与排污许可证年度执行报告的编制。
第七条　环保设备管理员应具备大专及以上学历，环境工程或机电相关专业，2年以上工业企业环保设施运行管理经验。

第四章　考核与奖惩
第八条　因环保设施管理不到位造成超标排放的，按集团绩效考核办法扣减责任部门当月绩效。
第九条　本制度由安全环保部负责解释，自发布之日起施行。
"""
    (OUT / "cem10_环境保护管理制度.txt").write_bytes(b"\xff\xfe" + txt.replace("\n", "\r\n").encode("utf-16-le"))


if __name__ == "__main__":
    for f in (cem01, cem02, cem03, cem04, cem05, cem06, cem07, cem08, cem09, cem10):
        f()
    print("written to", OUT)
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
