"""Round 40 blind trial: 明眸视光 (an optical retail chain), 10 HR documents.

T40_OUT=/tmp/t40optical/corpus /tmp/genv/bin/python gen.py
Needs python-docx, openpyxl, reportlab (CJK font wqy-microhei).
"""
import json
import os
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(os.environ.get("T40_OUT", "/tmp/t40optical/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "明眸视光连锁有限公司"

# ---------------------------------------------------------------- helpers (docx)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def set_cell(cell, lines, bold_first=False):
    """Write lines into a cell, one paragraph each (label over value)."""
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        if bold_first and i == 0:
            r.bold = True
            r.font.size = Pt(8)


def tracked_para_xml(before, deleted, inserted, after, author="陈敏"):
    return (
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">{before}</w:t></w:r>'
        f'<w:del w:id="901" w:author="{author}" w:date="2025-03-10T09:00:00Z"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>'
        f'<w:ins w:id="902" w:author="{author}" w:date="2025-03-10T09:00:00Z"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'
        f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:p>'
    )


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


def title(doc, text, size=16):
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def bold_para(doc, text, size=12):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def runin(doc, label, text):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(text)
    return p


# ---------------------------------------------------------------- op01 视光中心岗位说明书 (docx)
OP01_POSTS = [
    {
        "name": "验光师",
        "grid": [
            [("岗位名称", "验光师"), ("所属部门", "门店视光中心"), ("岗位编号", "MM-OP-03")],
            [("直接上级", "店长"), ("直接下级", "视光助理"), ("工作地点", "杭州、宁波、绍兴各门店")],
            [("班次", "早班9:00-17:30／晚班13:30-22:00，每周轮休2天"), ("薪资范围", "6000-9500元/月（含验光提成）"),
             ("编制", "每店2-3人")],
        ],
        "duties": [
            ("验光服务", "为顾客进行电脑验光、综合验光仪主觉验光及双眼视功能初筛，出具规范验光处方", "处方准确率"),
            ("验光服务", "对青少年顾客开展散瞳前后对比验光，建立屈光发育档案", "青少年建档率"),
            ("验光服务", "向顾客解释处方，并根据用眼需求推荐镜片类型（单光、渐进、离焦等）", "成交转化率"),
            ("设备与质量", "每日开店前校准综合验光仪、焦度计，填写《设备点检表》", "点检记录完整率"),
            ("设备与质量", "对取镜顾客进行戴镜复核，处理验光类投诉和重验", "重验率"),
            ("培训与协作", "带教视光助理，每月组织1次店内验光技术分享", "带教考评"),
            ("培训与协作", "配合配镜师完成瞳距、瞳高测量数据交接", "交接差错次数"),
        ],
        # hard requirement with a tracked change 1年 -> 2年
        "hard": ("眼视光技术或眼视光学专业大专及以上学历；持有眼镜验光员（四级/中级工）及以上职业技能等级证书；", "1年", "2年",
                 "以上验光工作经验。"),
        "plus": "熟练使用角膜地形图仪、有OK镜验配经验者优先；具备良好的沟通表达能力。",
    },
    {
        "name": "视光医生",
        "grid": [
            [("岗位名称", "视光医生"), ("所属部门", "视光中心"), ("岗位编号", "MM-OP-01")],
            [("直接上级", "视光中心主任"), ("直接下级", "验光师（业务指导）"), ("工作地点", "杭州湖滨旗舰店、苏州观前街中心店")],
            [("班次", "常日班9:30-18:00，周末轮值"), ("薪资范围", None), ("编制", "旗舰店及中心店各1人")],
        ],
        "pay_change": ("10000-15000元/月", "12000-18000元/月"),
        "duties": [
            ("医学视光", "负责疑难屈光、双眼视异常及弱视的检查，制定视觉训练方案", "方案有效率"),
            ("医学视光", "开展角膜塑形镜（OK镜）、RGP等特殊镜片的评估、验配与定期复查", "OK镜复查到店率"),
            ("医学视光", "识别眼部病变风险，必要时转诊合作眼科医院", "转诊记录"),
            ("质控与带教", "审核验光师出具的疑难处方，每月抽查处方不少于30张", "抽查记录"),
            ("质控与带教", "制定门店视光技术培训计划并组织季度考核", "培训考核通过率"),
            ("客户管理", "管理近视防控会员档案，跟进复查到店情况", "复查到店率"),
        ],
        "hard": ("眼视光医学或临床医学（眼科方向）本科及以上学历；持有医师资格证书（执业范围为眼耳鼻咽喉科）；3年以上眼科或视光门诊工作经验。",),
        "plus": "具备OK镜验配资质认证；有近视防控项目管理经验者优先。",
    },
]


def gen_op01():
    doc = Document()
    header_footer(doc, "明眸视光 · 人力资源部　受控文件", "文件编号 MM-HR-JD-2025-01　　2025年3月修订")
    title(doc, "视光中心岗位说明书（2025版）")
    doc.add_paragraph("本说明书适用于各门店视光中心的专业技术岗位。视光中心主任岗位另行发文，本册不含。"
                      "各岗位说明书由人力资源部统一管理，修订时以修订标记保留变更痕迹。")
    for i, post in enumerate(OP01_POSTS, 1):
        bold_para(doc, f"岗位{'一二'[i - 1]}　{post['name']}", 14)
        doc.add_paragraph("一、基本信息")
        t = doc.add_table(rows=3, cols=3)
        t.style = "Table Grid"
        for r, row in enumerate(post["grid"]):
            for c, (lab, val) in enumerate(row):
                cell = t.cell(r, c)
                if val is None:  # tracked change inside the value paragraph
                    set_cell(cell, [lab], bold_first=True)
                    old, new = post["pay_change"]
                    cell._tc.append(parse_xml(tracked_para_xml("", old, new, "")))
                else:
                    set_cell(cell, [lab, val], bold_first=True)
        doc.add_paragraph("二、岗位职责")
        d = doc.add_table(rows=1 + len(post["duties"]), cols=4)
        d.style = "Table Grid"
        for c, h in enumerate(["工作模块", "序号", "工作内容", "考核依据"]):
            d.cell(0, c).text = h
        start = {}
        for k, (mod, text, basis) in enumerate(post["duties"], 1):
            d.cell(k, 1).text = str(k)
            d.cell(k, 2).text = text
            d.cell(k, 3).text = basis
            if mod not in start:
                start[mod] = k
                d.cell(k, 0).text = mod
            else:
                d.cell(start[mod], 0).merge(d.cell(k, 0))
                # merge() concatenates texts; keep the module name once
                d.cell(start[mod], 0).text = mod
        doc.add_paragraph("三、任职资格")
        hard = post["hard"]
        if len(hard) == 4:
            p = doc.add_paragraph()
            p.add_run("硬性条件：").bold = True
            p._p.getparent().remove(p._p)
            xml = tracked_para_xml("硬性条件：" + hard[0], hard[1], hard[2], hard[3])
            doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))
        else:
            runin(doc, "硬性条件：", hard[0])
        runin(doc, "加分项：", post["plus"])
    doc.add_paragraph("【修订说明】2025-03：验光师工作经验要求由1年调整为2年；视光医生薪资范围由10000-15000元/月上调为12000-18000元/月。"
                      "（修订人：人力资源部 陈敏）")
    doc.save(OUT / "op01_视光中心岗位说明书（2025版）.docx")


# ---------------------------------------------------------------- op02 门店及职能岗位说明 (docx)
OP02_POSTS = [
    {
        "name": "店长", "en": "Store Manager",
        "facts": ["所属部门：门店运营部\t直接上级：区域督导\t直接下级：验光师、配镜师、会员顾问、收银员",
                  "学历：大专及以上\t经验：3年以上眼镜零售经验，其中1年以上门店管理经验\t工作地点：所辖门店",
                  "班次：综合工时，每周休息1天\t薪资：底薪7000元+门店业绩提成，年收入约12-18万元"],
        "duties": ["负责门店销售目标的分解与达成，每日召开早会", "管理门店人员排班、考勤及新人带教",
                   "监督验光、配镜、加工交接各环节服务标准的执行", "负责门店库存盘点，每月盘点一次，控制镜架镜片损耗",
                   "处理顾客重大投诉，维护会员关系", "执行公司促销活动并反馈竞品信息"],
        "req": [("证书", "持有眼镜验光员或眼镜定配工证书者优先"), ("能力", "具备团队管理、数据分析及客诉处理能力")],
    },
    {
        "name": "配镜师", "en": "Optician",
        "facts": ["所属部门：门店视光中心\t直接上级：店长\t直接下级：无",
                  "学历：中专/高中及以上\t经验：1年以上眼镜销售或配镜经验，优秀应届生可培养\t工作地点：各门店",
                  "班次：早晚两班倒（早班9:00-17:30／晚班13:30-22:00）\t薪资：底薪4500元+销售提成，综合5000-8000元"],
        "duties": ["接待顾客，根据验光处方和脸型、用途推荐镜架镜片", "准确测量瞳距、瞳高及镜眼距，填写配镜单",
                   "开具配镜订单并跟进加工进度，通知顾客取镜", "为顾客进行镜架调整、校配及售后维修",
                   "维护柜台陈列和商品清洁，协助门店盘点"],
        "req": [("证书", "持眼镜定配工（四级）证书者优先"), ("能力", "亲和力强，普通话标准，能适应长时间站立工作")],
    },
    {
        "name": "区域督导", "en": "Area Supervisor",
        "facts": ["所属部门：运营管理中心\t直接上级：运营总监\t直接下级：各门店店长",
                  "学历：本科及以上\t经验：5年以上连锁零售经验，3年以上多店管理经验\t工作地点：杭州（常驻），需经常出差宁波、绍兴、苏州",
                  "班次：标准工时，出差约占50%\t薪资：年薪20-30万元（含绩效）"],
        "duties": ["负责所辖区域6-8家门店的运营督导，每月对每家门店巡店不少于2次",
                   "按《巡店检查表》检查服务标准、陈列、卫生与库存，出具整改通知并跟踪闭环",
                   "分析区域销售数据，协助店长制定业绩提升方案", "组织区域店长例会及新店开业筹备",
                   "参与店长的选拔、考核与培养"],
        "textbox": "任职要求补充：须持C1及以上驾驶证，能适应每月15天以上出差；熟练使用Excel及BI报表。",
    },
]
CIRC = "①②③④⑤⑥⑦⑧"


def textbox_run_xml(text):
    return (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>3200400</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="11" name="文本框 11"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="914400"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )


def gen_op02():
    doc = Document()
    header_footer(doc, "明眸视光连锁　门店运营部", "2025年4月修订　内部资料　请勿外传")
    title(doc, "门店及运营岗位说明")
    doc.add_paragraph("为规范门店及运营管理岗位的分工，现将各岗位的基本情况、职责与要求说明如下。"
                      "注：原“眼镜商品专员”岗位已于2024年撤销，职能并入商品采购专员。")
    for post in OP02_POSTS:
        bold_para(doc, f"◆ {post['name']}（{post['en']}）", 13)
        for f in post["facts"]:
            doc.add_paragraph(f)
        p = doc.add_paragraph()
        p.add_run("岗位职责：").bold = True
        doc.add_paragraph("；".join(f"{CIRC[i]}{d}" for i, d in enumerate(post["duties"])) + "。")
        if "req" in post:
            p = doc.add_paragraph()
            p.add_run("任职要求：").bold = True
            t = doc.add_table(rows=1 + len(post["req"]), cols=2)
            t.style = "Table Grid"
            t.cell(0, 0).text, t.cell(0, 1).text = "要求项", "内容"
            for k, (a, b) in enumerate(post["req"], 1):
                t.cell(k, 0).text, t.cell(k, 1).text = a, b
        if "textbox" in post:
            p = doc.add_paragraph("（见右侧补充说明）")
            p._p.append(parse_xml(textbox_run_xml(post["textbox"])))
    bold_para(doc, "◆ 收银员（Cashier）", 13)
    doc.add_paragraph("岗位说明：略（执行《财务收银操作手册》，由财务部另行发布）。")
    doc.save(OUT / "op02_门店及运营岗位说明.docx")


# ---------------------------------------------------------------- op03 KPI library (xlsx)
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

KPI_STORE = {
    "店长": [
        ("门店销售额达成率", "实际销售额/目标销售额×100%", "30%", "100%", "110%", "POS系统", "月度"),
        ("毛利率", "（销售额-销售成本）/销售额×100%", "20%", "58%", "62%", "财务报表", "月度"),
        ("顾客满意度", "回访满意样本数/回访总样本数×100%", "15%", "95%", "98%", "会员系统回访", "月度"),
        ("库存周转天数", "平均库存金额/日均销售成本", "15%", "≤120天", "≤100天", "ERP", "季度"),
        ("员工流失率", "当期离职人数/平均在岗人数×100%", "10%", "≤8%", "≤5%", "HR系统", "季度"),
        ("重大客诉次数", "经区域督导确认的重大投诉次数", "=FORMULA", "0次", "0次", "客服中心", "月度"),
    ],
    "验光师": [
        ("验光处方准确率", "复核无误处方数/出具处方总数×100%", "30%", "98%", "99.5%", "视光系统复核记录", "月度"),
        ("重验率", "7日内因度数问题重验人次/验光总人次×100%", "20%", "≤2%", "≤1%", "视光系统", "月度"),
        ("验光成交转化率", "验光后下单人数/验光人数×100%", "25%", "65%", "75%", "POS系统", "月度"),
        ("青少年建档率", "建立屈光档案的青少年人数/青少年验光人数×100%", "15%", "90%", "95%", "会员系统", "月度"),
        ("设备点检完成率", "实际点检次数/应点检次数×100%", "10%", "100%", "100%", "设备点检表", "月度"),
    ],
    "配镜师": [
        ("个人销售额达成率", "个人实际销售额/个人目标×100%", "30%", "100%", "115%", "POS系统", "月度"),
        ("连带率", "成交件数/成交单数", "20%", "1.6", "1.8", "POS系统", "月度"),
        ("配镜单差错率", "因测量或开单错误返工的单数/配镜单总数×100%", "25%", "≤0.5%", "≤0.2%", "加工中心返工记录", "月度"),
        ("取镜准时率", "承诺时间内取镜单数/取镜总单数×100%", "15%", "97%", "99%", "订单系统", "月度"),
        ("售后服务好评率", "售后评价为好评的单数/售后总单数×100%", "10%", "95%", "98%", "会员系统", "月度"),
    ],
}
KPI_FUNC = {
    "会员客服专员": [
        ("回访完成率", "实际回访数/应回访数×100%", "25%", "98%", "CRM系统"),
        ("客诉48小时闭环率", "48小时内结案投诉数/投诉总数×100%", "30%", "95%", "工单系统"),
        ("会员复购率", "12个月内再次购买会员数/会员总数×100%", "20%", "35%", "会员系统"),
        ("服务满意度评分", "月度抽样满意度评分均值（5分制）", "15%", "4.7分", "满意度调查"),
        ("工单录入准确率", "抽查无误工单数/抽查工单数×100%", "10%", "99%", "质检抽查"),
    ],
    "商品采购专员": [
        ("采购到货及时率", "按期到货批次/采购总批次×100%", "25%", "96%", "ERP"),
        ("采购成本降低率", "（上年同类平均单价-本年平均单价）/上年同类平均单价×100%", "25%", "3%", "ERP"),
        ("滞销品库存占比", "库龄180天以上商品金额/库存总金额×100%", "20%", "≤8%", "ERP"),
        ("供应商来料合格率", "检验合格批次/来料总批次×100%", "20%", "99%", "来料检验记录"),
        ("门店缺货率", "缺货SKU数/应备SKU数×100%", "10%", "≤2%", "ERP"),
    ],
}
KPI_2024 = [("门店销售额达成率", "40%"), ("毛利率", "20%"), ("顾客满意度", "20%"), ("员工流失率", "20%")]

FORMULA_CELLS = []  # (sheet xml index, cell ref, formula, cached value)


def gen_op03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    notes = ["明眸视光2025年度KPI指标库", "1. 本指标库自2025年1月1日起执行，各岗位指标权重合计为100%。",
             "2. 目标值分为“达标值”和“挑战值”：达到达标值得基础分，达到挑战值得满分并计发超额奖励。",
             "3. 门店岗位按月考核，库存与人员类指标按季度考核。",
             "4. “2024版（已废止）”工作表仅供对照，不再使用。",
             "5. 区域督导考核指标见《区域督导巡店工作指引》，加工中心岗位见《配镜加工中心岗位职责与质量考核》。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90

    ws = wb.create_sheet("门店岗位KPI")
    ws.merge_cells("A1:H1")
    ws["A1"] = "明眸视光2025年门店岗位KPI指标库"
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["考核岗位", "指标名称", "指标定义/计算公式", "权重", "目标值", None, "数据来源", "考核周期"]
    for c, h in enumerate(heads, 1):
        if h:
            ws.cell(2, c, h)
    for col in "ABCDGH":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2")
    ws["E3"], ws["F3"] = "达标值", "挑战值"
    r = 4
    for post, rows in KPI_STORE.items():
        first = r
        for (name, defi, w, t1, t2, src, cyc) in rows:
            ws.cell(r, 2, name)
            ws.cell(r, 3, defi)
            if w == "=FORMULA":
                f = f"=1-SUM(D{first}:D{r - 1})"
                c = ws.cell(r, 4, f)
                c.number_format = "0%"
                FORMULA_CELLS.append(("sheet2.xml", f"D{r}", f[1:], "0.1"))
            else:
                ws.cell(r, 4, float(w.rstrip("%")) / 100).number_format = "0%"
            ws.cell(r, 5, t1)
            ws.cell(r, 6, t2)
            ws.cell(r, 7, src)
            ws.cell(r, 8, cyc)
            r += 1
        ws.cell(first, 1, post)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(first, 1).alignment = Alignment(vertical="center")
    for col, wdt in zip("ABCDEFGH", [10, 18, 44, 8, 10, 10, 18, 10]):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("职能岗位KPI")
    ws.merge_cells("A1:F1")
    ws["A1"] = "明眸视光2025年职能岗位KPI指标库"
    for c, h in enumerate(["考核岗位", "指标名称", "指标定义/计算公式", "权重", "年度目标值", "数据来源"], 1):
        ws.cell(2, c, h)
    r = 3
    for post, rows in KPI_FUNC.items():
        first = r
        for (name, defi, w, t, src) in rows:
            ws.cell(r, 2, name)
            ws.cell(r, 3, defi)
            ws.cell(r, 4, float(w.rstrip("%")) / 100).number_format = "0%"
            ws.cell(r, 5, t)
            ws.cell(r, 6, src)
            r += 1
        ws.cell(first, 1, post)
        ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r, 1, "小计")
        ws.cell(r, 4, f"=SUM(D{first}:D{r - 1})").number_format = "0%"
        FORMULA_CELLS.append(("sheet3.xml", f"D{r}", f"SUM(D{first}:D{r - 1})", "1"))
        r += 2

    ws = wb.create_sheet("2024版（已废止）")
    ws["A1"] = "2024年店长KPI（已废止，仅供对照）"
    for c, h in enumerate(["考核岗位", "指标名称", "权重"], 1):
        ws.cell(2, c, h)
    for k, (n, w) in enumerate(KPI_2024, 3):
        ws.cell(k, 1, "店长")
        ws.cell(k, 2, n)
        ws.cell(k, 3, w)
    path = OUT / "op03_KPI指标库2025.xlsx"
    wb.save(path)
    add_cached_values(path)


def add_cached_values(path):
    """openpyxl writes formulas without results; Excel would have cached them. Add the cached values."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            for sheet, ref, f, val in FORMULA_CELLS:
                if item.filename == f"xl/worksheets/{sheet}":
                    s = data.decode("utf-8")
                    pat = re.compile(r'(<c r="%s"[^>]*>)<f>%s</f><v\s*/?>(</v>)?' % (ref, re.escape(f)))
                    s, n = pat.subn(lambda m: m.group(1) + f"<f>{f}</f><v>{val}</v>", s)
                    assert n == 1, (sheet, ref, f)
                    data = s.encode("utf-8")
            zout.writestr(item, data)
    tmp.replace(path)


# ---------------------------------------------------------------- op04 岗位信息总表 (xlsx)
OP04_ROWS = [
    ("MM-OP-01", "视光医生", "视光中心", "视光中心主任", "验光师（业务指导）", "本科及以上", "眼视光医学/临床医学", "3年以上",
     "医师资格证书", "杭州湖滨旗舰店、苏州观前街中心店", "常日班", "12000-18000"),
    ("MM-OP-03", "验光师", "门店视光中心", "店长", "视光助理", "大专及以上", "眼视光技术", "2年以上", "眼镜验光员（四级及以上）",
     "各门店", "早晚班轮换", "6000-9500"),
    ("MM-OP-04", "视光助理", "门店视光中心", "验光师", "无", "中专及以上", "眼视光或医学相关专业", "不限，接受应届生", "无",
     "各门店", "早晚班轮换", "4000-5500"),
    ("MM-ST-01", "店长", "门店运营部", "区域督导", "门店全体员工", "大专及以上", "不限", "3年以上零售，其中1年以上管理",
     "验光员或定配工证书优先", "所辖门店", "综合工时", "底薪7000+提成"),
    ("MM-ST-02", "副店长", "门店运营部", "店长", "配镜师、会员顾问", "大专及以上", "不限", "2年以上眼镜零售经验", "—",
     "杭州湖滨旗舰店、宁波天一广场店", "早晚班轮换", "6500-9000"),
    ("MM-ST-03", "配镜师", "门店视光中心", "店长", "无", "中专/高中及以上", "不限", "1年以上", "眼镜定配工（四级）优先",
     "各门店", "早晚两班倒", "5000-8000"),
    ("MM-PC-01", "加工质检员", "配镜加工中心", "加工中心主管", "无", "中专及以上", "光学或机电相关专业", "1年以上镜片加工或质检经验",
     "眼镜定配工（三级/高级工）", "杭州余杭加工中心", "两班制7:30-16:00／15:30-24:00", "5500-7500"),
    ("MM-OP-10", "区域督导", "运营管理中心", "运营总监", "各门店店长", "本科及以上", "市场营销、工商管理优先", "5年以上连锁零售",
     "C1驾驶证", "杭州（常驻）", "标准工时", "年薪20-30万"),
    ("MM-CS-01", "会员客服专员", "会员服务中心", "客服主管", "无", "大专及以上", "不限", "1年以上客服经验", "—", "杭州总部",
     "早班8:30-17:00／晚班13:00-21:30", "4500-6500"),
    ("MM-PU-01", "商品采购专员", "商品中心", "商品采购经理", "无", "本科及以上", "光学、供应链管理相关专业", "3年以上眼镜或快消品采购经验",
     "—", "杭州总部", "标准工时", "9000-13000"),
    ("MM-FN-05", "收银员", "财务部", "略", "略", "略", "略", "略", "略", "略", "略", "略"),
]


def gen_op04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位总表"
    ws.merge_cells("A1:L1")
    ws["A1"] = "明眸视光 岗位信息总表（2025年4月）"
    ws["A1"].font = Font(bold=True, size=14)
    groups = [("A2:C2", "岗位"), ("D2:E2", "汇报关系"), ("F2:I2", "任职要求"), ("J2:K2", "工作安排"), ("L2:L2", "薪酬")]
    for rng, g in groups:
        if ":" in rng and rng.split(":")[0] != rng.split(":")[1]:
            ws.merge_cells(rng)
        ws[rng.split(":")[0]] = g
    subs = ["岗位编号", "岗位名称", "所属部门", "直接上级", "直接下级", "学历", "专业", "经验", "证书", "工作地点", "班次",
            "月薪区间（元）"]
    for c, h in enumerate(subs, 1):
        ws.cell(3, c, h).font = Font(bold=True)
    for r, row in enumerate(OP04_ROWS, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
        if row[1] == "验光师":
            ws.cell(r, 8).comment = Comment("2025年3月起由1年调整为2年（陈敏）", "陈敏")
        if row[1] == "会员客服专员":
            ws.cell(r, 4).comment = Comment("客服主管岗位说明撰写中，待发布", "陈敏")
    ws.freeze_panes = "C4"
    ws2 = wb.create_sheet("填表说明")
    for i, n in enumerate(["1. 本表由人力资源部维护，每季度更新一次。",
                           "2. 薪酬为税前月薪区间，店长为底薪加提成，区域督导为年薪。",
                           "3. 收银员岗位由财务部管理，本表不填写（略）。",
                           "4. 证书栏“—”表示无硬性要求。"], 1):
        ws2.cell(i, 1, n)
    wb.save(OUT / "op04_岗位信息总表.xlsx")


# ---------------------------------------------------------------- op05 招聘需求 (csv, sep= line, BOM)
OP05 = [
    ("需求编号", "城市", "门店", "岗位", "人数", "学历要求", "经验要求", "薪资(元/月)", "班次", "期望到岗", "备注"),
    ("R2501", "杭州", "湖滨旗舰店", "验光师", "2", "大专及以上", "2年以上", "6000-9500", "早晚班轮换", "2025-05-01", "需持验光员证"),
    ("R2502", "杭州", "湖滨旗舰店", "视光助理", "1", "中专及以上", "应届可", "4000-5500", "早晚班轮换", "2025-04-15", ""),
    ("R2503", "宁波", "天一广场店", "副店长", "1", "大专及以上", "2年以上眼镜零售", "6500-9000", "早晚班轮换", "2025-05-10",
     "熟悉宁波商圈者优先"),
    ("R2504", "绍兴", "柯桥万达店", "配镜师", "2", "高中及以上", "1年以上", "5000-8000", "早晚两班倒", "2025-04-20", "接受优秀应届生"),
    ("R2505", "苏州", "观前街中心店", "视光医生", "1", "本科及以上", "3年以上", "12000-18000", "常日班", "2025-06-01",
     "需医师资格证"),
    ("R2506", "杭州", "余杭加工中心", "加工质检员", "2", "中专及以上", "1年以上", "5500-7500", "两班制", "2025-04-30", ""),
    ("R2507", "杭州", "总部", "会员客服专员", "3", "大专及以上", "1年以上", "4500-6500", "早晚班", "2025-04-25", "需能接受晚班"),
    ("R2508", "宁波", "鼓楼店", "店长", "1", "大专及以上", "3年以上零售含1年管理", "底薪7000+提成", "综合工时", "2025-05-15",
     "内部竞聘优先"),
]


def gen_op05():
    lines = ["sep=;"] + [";".join(r) for r in OP05]
    (OUT / "op05_2025春季招聘需求.csv").write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- op06 Notion export (html)
OP06 = {
    "会员客服专员": {
        "props": {"部门": "会员服务中心", "直接上级": "客服主管", "工作地点": "杭州总部（西湖区文三路）",
                  "班次": "早班8:30-17:00／晚班13:00-21:30，做五休二", "学历": "大专及以上", "薪资": "4500-6500元/月"},
        "duties": ["接听400热线及线上客服渠道咨询，解答验光、配镜、售后政策问题",
                   "对配镜满7天、30天的会员进行电话回访，记录满意度",
                   "受理顾客投诉，生成工单并分派至门店，48小时内跟进闭环",
                   "维护会员档案，处理积分兑换、会员等级变更",
                   "每周汇总客诉类型与高频问题，提交客服主管"],
        "reqs": ["大专及以上学历，专业不限", "1年以上电话客服或电商客服经验", "普通话标准，打字速度每分钟50字以上",
                 "熟悉CRM系统操作者优先"],
    },
    "会员顾问": {
        "props": {"部门": "门店（业务归口会员服务中心）", "直接上级": "店长", "工作地点": "各门店", "班次": "随门店排班",
                  "学历": "高中及以上", "薪资": "4000-6000元/月"},
        "duties": ["在门店为新顾客办理会员入会，讲解会员权益", "邀约老顾客到店复查、参加护眼讲座",
                   "维护门店会员社群，每周发布2次护眼科普内容", "统计门店会员转化数据并上报会员服务中心"],
        "reqs": ["高中及以上学历", "有零售或社群运营经验者优先"],
    },
    "客服主管": {"props": {"部门": "会员服务中心", "直接上级": "", "工作地点": "", "班次": "", "学历": "", "薪资": ""}},
}


def gen_op06():
    css = ("body{font-family:-apple-system,'PingFang SC',sans-serif}.page-title{font-size:2.5rem}"
           "table.collection-content{border-collapse:collapse}.callout{display:flex;background:rgba(241,241,239,1)}"
           ".checkbox{display:inline-flex}.to-do-children-unchecked{margin-left:4px}")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>',
           '<title>会员服务中心岗位手册</title>', f"<style>{css}</style></head><body>",
           '<article id="1b2c3d4e-0001" class="page sans"><header><h1 class="page-title">会员服务中心岗位手册</h1>',
           '<table class="properties"><tbody>',
           '<tr class="property-row property-row-person"><th><span class="icon property-icon"></span>负责人</th><td>陈敏</td></tr>',
           '<tr class="property-row property-row-last_edited_time"><th><span class="icon property-icon"></span>最后编辑</th><td>2025年4月2日 16:20</td></tr>',
           '</tbody></table></header><div class="page-body">',
           '<p id="p-01" class="">本页面汇总会员服务中心及门店会员岗位的说明，由人力资源部与会员服务中心共同维护。</p>',
           '<h2 id="h-db" class="">岗位一览</h2>',
           '<div id="db-01" class="collection-content"><h4 class="collection-title">岗位数据库</h4>',
           '<table class="collection-content"><thead><tr><th>岗位</th>']
    keys = ["部门", "直接上级", "工作地点", "班次", "学历", "薪资"]
    out.append("".join(f"<th>{k}</th>" for k in keys) + "</tr></thead><tbody>")
    for name, d in OP06.items():
        out.append(f'<tr id="row-{name}"><td class="cell-title"><a href="#{name}">{name}</a></td>'
                   + "".join(f'<td class="cell-{k}">{d["props"][k]}</td>' for k in keys) + "</tr>")
    out.append("</tbody></table></div>")
    for name, d in OP06.items():
        out.append(f'<h2 id="{name}" class="">{name}</h2>')
        if "duties" not in d:
            out.append('<figure class="block-color-gray_background callout" style="white-space:pre-wrap;display:flex">'
                       '<div style="font-size:1.5em"><span class="icon">🚧</span></div>'
                       '<div style="width:100%">本岗位说明撰写中，待发布。</div></figure>')
            continue
        out.append('<h3 class="">岗位职责</h3>')
        for i, t in enumerate(d["duties"], 1):
            out.append(f'<ol type="1" id="ol-{name}-{i}" class="numbered-list" start="{i}"><li>{t}</li></ol>')
        out.append('<h3 class="">任职要求</h3>')
        for t in d["reqs"]:
            out.append(f'<ul id="ul-{name}" class="to-do-list"><li><div class="checkbox checkbox-off"></div> '
                       f'<span class="to-do-children-unchecked">{t}</span></li></ul>')
    out.append('<figure class="block-color-yellow_background callout" style="white-space:pre-wrap;display:flex">'
               '<div style="font-size:1.5em"><span class="icon">💡</span></div><div style="width:100%">'
               '会员服务中心KPI见《KPI指标库2025》职能岗位KPI工作表。</div></figure>')
    out.append("</div></article></body></html>")
    (OUT / "op06_会员服务中心岗位手册.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- op07 加工中心 placards (pdf)
OP07 = {
    "加工质检员": {
        "meta": "直接上级：加工中心主管　　工作地点：杭州余杭加工中心　　班次：两班制",
        "duties": ["按国标GB 13511对成品眼镜逐副检验光学中心、柱镜轴位和瞳距偏差",
                   "检查镜片表面划痕、崩边及镜架装配应力，不合格品退回返工",
                   "填写《成品检验记录》，每日统计一次交检合格率",
                   "对返工品进行复检，分析不良原因并反馈给磨边装配工",
                   "每周校验焦度计、应力仪等检测设备"],
        "req": "任职要求：中专及以上学历；持眼镜定配工（三级）证书；矫正视力5.0以上，无色盲色弱。",
    },
    "磨边装配工": {
        "meta": "直接上级：加工中心主管　　工作地点：杭州余杭加工中心（磨边车间）　　班次：两班制（计件）",
        "duties": ["根据配镜单完成镜片磨边、钻孔、开槽与装配", "按工艺要求调整镜架，确保装配无应力",
                   "维护全自动磨边机，每日清理砂轮与水箱", "做好镜片领用登记，控制镜片损耗"],
        "req": "任职要求：初中及以上学历，有磨边经验者优先。",
    },
}
OP07_KPI = [("指标", "权重", "目标", "计分方法"),
            ("一次交检合格率", "30%", "≥98.5%", "每低0.5%扣5分"),
            ("漏检率", "30%", "≤0.3%", "门店退回经确认漏检每单扣3分"),
            ("检验及时率", "20%", "≥99%", "当日订单未当日检完每单扣1分"),
            ("设备校验完成率", "10%", "100%", "漏校1次扣5分"),
            ("记录规范性", "10%", "抽查无差错", "每处差错扣2分")]


def gen_op07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from reportlab.platypus import Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    path = OUT / "op07_配镜加工中心岗位职责与质量考核.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    W, H = A4

    def footer():
        c.setFont("WQY", 8)
        c.drawCentredString(W / 2, 30, "明眸视光配镜加工中心　制　2025年3月　（张贴于加工车间）")

    for name, d in OP07.items():
        c.setFont("WQY", 11)
        c.drawCentredString(W / 2, H - 50, "配镜加工中心岗位职责公示")
        # placard frame
        top, left, width, height = H - 80, 60, W - 120, 520
        c.setStrokeColor(colors.HexColor("#1f5fa8"))
        c.setLineWidth(2)
        c.rect(left, top - height, width, height)
        c.setFillColor(colors.HexColor("#1f5fa8"))
        c.rect(left, top - 50, width, 50, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont("WQY", 24)
        c.drawCentredString(W / 2, top - 35, name)
        c.setFillColor(colors.black)
        c.setFont("WQY", 10)
        c.drawString(left + 20, top - 75, d["meta"])
        c.setFont("WQY", 13)
        c.drawString(left + 20, top - 105, "岗位职责")
        c.setFont("WQY", 11)
        y = top - 130
        for i, t in enumerate(d["duties"], 1):
            c.drawString(left + 30, y, f"{i}. {t}")
            y -= 24
        c.setFont("WQY", 10)
        c.drawString(left + 20, y - 10, d["req"])
        footer()
        c.showPage()
    # KPI page
    c.setFont("WQY", 14)
    c.drawString(60, H - 70, "附表　加工质检员月度考核指标")
    t = Table(OP07_KPI, colWidths=[120, 60, 90, 200])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "WQY", 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde8f5"))]))
    tw, th = t.wrapOn(c, W, H)
    t.drawOn(c, 60, H - 90 - th)
    c.setFont("WQY", 10)
    c.drawString(60, H - 120 - th, "说明：月度得分=各指标得分×权重之和，低于80分者当月不发质量奖。")
    c.drawString(60, H - 145 - th, "磨边装配工考核指标：略（沿用2024年计件工资方案）。")
    footer()
    c.showPage()
    c.save()


# ---------------------------------------------------------------- op08 考勤与休假制度 (md, policy)
OP08 = """# 明眸视光员工手册 · 考勤与休假管理制度

> 版本：V3.1　　生效日期：2025-01-01　　发布部门：人力资源部

## 第一章　总则

1. 本制度适用于公司总部、各门店及配镜加工中心全体员工。
2. 市场部各岗位（含品牌总监）的考勤另行规定，不适用本制度第二章。

## 第二章　工作时间

| 人员类别 | 工时制度 | 说明 |
| --- | --- | --- |
| 总部职能人员 | 标准工时 | 周一至周五 9:00-18:00 |
| 门店员工 | 综合工时 | 按门店排班表执行早晚班，每月调休不超过4天 |
| 加工中心员工 | 两班制 | 按车间排班表执行 |

## 第三章　请假与休假

1. 员工请假须提前在钉钉提交申请，病假需附医院证明。
2. 年休假按国家规定执行：累计工作满1年不满10年的，年休假5天；满10年不满20年的，10天；满20年的，15天。
3. 门店员工在国庆、春节等销售旺季原则上不安排年休假。

## 第四章　加班

门店员工因销售旺季产生的加班，优先安排调休；无法调休的，按国家规定支付加班费。

## 第五章　绩效奖金发放

略（详见《2025年度绩效管理办法》）。

## 第六章　附则

本制度由人力资源部负责解释，自发布之日起执行。
"""


def gen_op08():
    (OUT / "op08_员工手册_考勤与休假制度.md").write_text(OP08, encoding="utf-8")


# ---------------------------------------------------------------- op09 商品采购专员 OA export (GBK txt)
OP09 = """================================================
明眸视光连锁有限公司　岗位说明书（OA导出）
导出时间：2025-03-18 10:22　　导出人：hr_chenmin
================================================
岗 位 名 称：商品采购专员
岗 位 编 号：MM-PU-01
所 属 部 门：商品中心
直 接 上 级：商品采购经理
直 接 下 级：无
工 作 地 点：杭州总部
------------------------------------------------
【岗 位 目 的】
　　保障镜架、镜片、隐形眼镜及护理液等商品的稳定供应，在保证质量的前提下控制采购成本。
【工 作 职 责】
　　1）根据门店销售数据和库存水平编制月度采购计划；
　　2）开发与评估镜片、镜架供应商，每年组织一次供应商年度评审；
　　3）负责采购询价、比价、议价及合同签订，跟踪订单交付；
　　4）监控滞销品和近效期隐形眼镜，制定调拨或退货方案；
　　5）处理来料质量异常，协调供应商退换货；
　　6）维护ERP商品主数据（SKU、价格、供应商信息）。
【任 职 资 格】
　　学　　历：本科及以上
　　专　　业：光学、供应链管理、市场营销等相关专业
　　经　　验：3年以上眼镜或快消品采购经验
　　技　　能：熟练使用ERP系统和Excel数据透视表，具备商务谈判能力
　　证　　书：无硬性要求，持采购师证书者优先
【薪 资 待 遇】9000-13000元/月，年终奖1-3个月
【备　　　注】原“眼镜商品专员”岗位职能已并入本岗位。
------------------------------------------------
"""


def gen_op09():
    (OUT / "op09_商品采购专员岗位说明_OA导出.txt").write_bytes(OP09.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- op10 区域督导巡店工作指引 (md)
OP10 = """# 区域督导巡店工作指引（2025）

适用对象：区域督导　｜　发布：运营管理中心　｜　生效：2025-02-01

## 一、巡店频次

- 每家门店每月巡店不少于2次，其中至少1次为不预先通知的暗访。
- 新开门店开业后首月每周巡店1次。

## 二、巡店流程

1. 巡店前：查看门店上月销售、客诉及库存数据，确定重点检查项。
2. 巡店中：按《巡店检查表》逐项检查服务标准、陈列、卫生、设备点检与库存。
3. 巡店后：48小时内在钉钉提交巡店报告和整改通知，店长签收。
4. 复查：整改期满后复查，未闭环事项纳入店长月度考核。

## 三、区域督导考核指标

| 指标 | 权重 | 目标值 | 说明 |
| --- | --- | --- | --- |
| 区域销售目标达成率 | 35% | 100% | 所辖门店销售额合计/区域目标 |
| 巡店计划完成率 | 20% | 100% | 每店每月不少于2次 |
| 整改闭环率 | 20% | ≥95% | 按期闭环的整改项/整改项总数 |
| 区域顾客满意度 | 15% | ≥95% | 会员服务中心回访数据 |
| 店长培养数 | 10% | 年度≥2名 | 晋升为店长的下属人数 |

## 四、巡店检查表评分细则

> 本节略，详见附件《巡店检查表（2025版）》。

## 附：2023版考核指标（已停用）

| 指标 | 权重 |
| --- | --- |
| 区域销售目标达成率 | 50% |
| 巡店计划完成率 | 30% |
| 店长培养数 | 20% |
"""


def gen_op10():
    (OUT / "op10_区域督导巡店工作指引.md").write_text(OP10, encoding="utf-8")


def ground_truth():
    gt = {"op01": OP01_POSTS, "op02": OP02_POSTS, "op03_store": KPI_STORE, "op03_func": KPI_FUNC, "op03_2024": KPI_2024,
          "op04": OP04_ROWS, "op05": OP05, "op06": OP06, "op07": OP07, "op07_kpi": OP07_KPI,
          "op08": "考勤与休假制度 (policy; 品牌总监 only named; 第五章 略)", "op09": OP09, "op10": OP10}
    (OUT.parent / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    for f in (gen_op01, gen_op02, gen_op03, gen_op04, gen_op05, gen_op06, gen_op07, gen_op08, gen_op09, gen_op10):
        f()
    ground_truth()
    print("\n".join(sorted(p.name for p in OUT.iterdir())))
