#!/usr/bin/env python3
"""Round 16 trial corpus: 启航教育集团 (K12 tutoring + vocational training).

    T16_OUT=/tmp/t16edu python evals/trials/round16/edu/gen.py   ->  /tmp/t16edu/corpus/ (10 files)

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts (none used by earlier rounds):
  qh01 docx  初中数学教师: post facts (部门/上级/地点) and 任职资格 sit only in legacy VML text boxes;
             duties are body paragraphs "（一）…"
  qh02 docx  岗位说明书 tables whose duty rows carry 权重 and 频次 columns (教务专员, 班主任, 校区校长);
             the 校区校长's 任职资格 is a nested table inside one cell
  qh03 xlsx  教师职级薪酬 matrix: posts as rows, a two-row grouped header 初级/中级/高级/资深 × 课时费/底薪/要求
  qh04 xlsx  KPI library, one sheet per 校区, a weight total and a score column written as formulas
  qh05 html  careers page built with tabs: the post title is only in the tab button, panels have no heading
  qh06 pdf   职教中心 讲师说明 (3 pages) with a page header repeated on every page and footnotes ①②
  qh07 txt   招聘海报 full of emoji and slogans (高中英语教师, 小学语文教师)
  qh08 txt   reporting lines written as INI sections [岗位] 上级 = … / 下属 = …
  qh09 docx  员工手册节选: 试用期, 课时费结算, 请假, and things it says it does not regulate
  qh10 md    FAQ "问：… 答：…" about 教研主管, 财务会计, 招聘专员
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T16_OUT", "/tmp/t16edu")) / "corpus"
FIXED_DT = (2024, 5, 20, 9, 0, 0)
FIXED = datetime(2024, 5, 20, 9, 0, 0)
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2024-05-20T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "启航教育集团人力资源部"
    props.last_modified_by = "启航教育集团人力资源部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== qh01 docx, facts in text boxes
QH01_BOX1 = [
    "岗位名称：初中数学教师",
    "所属部门：城西校区教学部",
    "直属上级：教研主管",
    "工作地点：城西校区（杭州市西湖区文三路88号）",
    "岗位编制：6人",
]
QH01_BOX2 = [
    "任职资格",
    "学历：全日制本科及以上",
    "专业：数学、应用数学、数学教育等相关专业",
    "证书：持有初级中学及以上数学教师资格证",
    "经验：2年以上初中数学教学或辅导经验，熟悉浙江中考考纲",
    "其他：普通话二级甲等及以上，能接受周末及寒暑假排课",
]
QH01_DUTIES = [
    "（一）按教研组统一进度完成初中数学班课和一对一课程的授课，每周课时不少于20课时；",
    "（二）课前完成教案与课件准备，参加每周二的集体备课；",
    "（三）批改课后作业，每月为每名学员出具一份学情分析报告；",
    "（四）每次课后通过企业微信向家长反馈课堂表现，配合班主任做好家长沟通；",
    "（五）参与中考专题讲座和试卷命题，承担期中、期末测评的阅卷工作；",
    "（六）完成教研主管交办的公开课、教师培训等其他工作。",
]


def _textbox_xml(lines, top_pt):
    from xml.sax.saxutils import escape
    paras = "".join(
        f'<w:p><w:r><w:rPr><w:sz w:val="21"/></w:rPr><w:t xml:space="preserve">{escape(s)}</w:t></w:r></w:p>'
        for s in lines)
    return (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict>'
        f'<v:shape id="tb{top_pt}" o:spid="_x0000_s{1025 + top_pt}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:300pt;margin-top:{top_pt}pt;width:170pt;height:140pt;'
        'z-index:1;mso-position-horizontal-relative:page" strokeweight="0.75pt">'
        f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r></w:p>')


def qh01():
    import docx
    from lxml import etree

    d = docx.Document()
    set_core(d.core_properties, "初中数学教师岗位说明")
    d.add_heading("启航教育集团 初中数学教师岗位说明", level=1)
    d.add_paragraph("文件编号：QH-JX-2024-03    版本：V2.1    生效日期：2024年3月1日")
    body = d.element.body
    sect = body[-1]
    for top, lines in ((90, QH01_BOX1), (250, QH01_BOX2)):
        el = etree.fromstring(_textbox_xml(lines, top))
        sect.addprevious(el)
    d.add_paragraph("一、岗位概述")
    d.add_paragraph("面向初一至初三学生开展数学同步提高和中考冲刺教学，对所带班级的学员成绩提升负责。")
    d.add_paragraph("二、主要工作内容")
    for s in QH01_DUTIES:
        d.add_paragraph(s)
    d.add_paragraph("（岗位基本信息及任职资格见右侧文本框）")
    path = OUT / "qh01_初中数学教师岗位说明.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== qh02 docx, duties with 权重/频次
QH02_POSTS = [
    {
        "title": "教务专员", "dept": "校区运营部", "boss": "校区校长", "sub": "无",
        "purpose": "负责校区排课、课消统计和学籍档案管理，保障教学秩序正常运行。",
        "duties": [
            ("根据教师课时和教室资源编排周课表，处理调课、停课申请", "30%", "每日"),
            ("每日核对上课签到，统计课消并录入校管家系统", "25%", "每日"),
            ("办理学员入学、转班、休学、退费手续，维护学籍档案", "20%", "按需"),
            ("每月5日前出具上月课消与教师课时统计表，交财务核算课时费", "15%", "每月"),
            ("管理教材、讲义的领用和库存", "10%", "每周"),
        ],
        "qual": "大专及以上学历，教育管理、行政管理类专业优先；1年以上教育机构教务或行政经验；熟练使用Excel及校管家等教务系统；细心、有耐心。",
    },
    {
        "title": "班主任（学管师）", "dept": "校区学管部", "boss": "校区校长", "sub": "无",
        "purpose": "作为学员与家长的服务负责人，跟踪学习效果，提升续费率和满意度。",
        "duties": [
            ("负责所带80-120名学员的日常学习管理和考勤跟进", "25%", "每日"),
            ("每两周与每位家长进行一次电话或面谈沟通，记录沟通日志", "25%", "每两周"),
            ("组织月度家长会和阶段测评反馈会", "15%", "每月"),
            ("在课时剩余不足10课时时提醒家长续费，完成续费目标", "25%", "每周"),
            ("处理家长投诉，必要时上报校区校长", "10%", "按需"),
        ],
        "qual": "本科及以上学历，专业不限，师范类优先；1年以上教育行业学管、客服或销售经验；沟通表达能力强，抗压能力强。",
    },
    {
        "title": "校区校长", "dept": "校区管理层", "boss": "区域运营总监", "sub": "教务专员、班主任、课程顾问、教研主管",
        "purpose": "全面负责校区的招生、教学质量、团队管理和经营指标达成。",
        "duties": [
            ("制定校区年度招生和营收目标并分解到月，带领团队完成", "30%", "每月"),
            ("监督教学质量，每学期听课不少于20节", "20%", "每学期"),
            ("负责校区人员招聘、培训、排班与绩效考核", "20%", "每月"),
            ("控制校区成本费用，审批校区日常支出", "15%", "每周"),
            ("处理重大家长投诉和校区安全事件", "15%", "按需"),
        ],
        "qual": None,   # nested table
    },
]
QH02_NESTED = [
    ("学历", "本科及以上学历"),
    ("经验", "5年以上教育培训行业经验，其中3年以上校区管理经验"),
    ("能力", "熟悉K12课外辅导业务流程，具备经营分析和团队管理能力"),
    ("证书", "有教师资格证者优先"),
]


def qh02():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "校区运营类岗位说明书")
    d.add_heading("启航教育集团校区岗位说明书（运营类）", level=1)
    d.add_paragraph("说明：职责后的“权重”为该项工作占全部工作时间的比例，“频次”为工作发生的频率。")
    for n, p in enumerate(QH02_POSTS, 1):
        d.add_paragraph(f"表{n}")
        rows = 5 + len(p["duties"]) + 1
        t = d.add_table(rows=rows, cols=4)
        t.style = "Table Grid"
        t.cell(0, 0).text = "岗位名称"
        t.cell(0, 1).text = p["title"]
        t.cell(0, 2).text = "所属部门"
        t.cell(0, 3).text = p["dept"]
        t.cell(1, 0).text = "直接上级"
        t.cell(1, 1).text = p["boss"]
        t.cell(1, 2).text = "直接下级"
        t.cell(1, 3).text = p["sub"]
        t.cell(2, 0).text = "岗位目的"
        c = t.cell(2, 1).merge(t.cell(2, 3))
        c.text = p["purpose"]
        c = t.cell(3, 0).merge(t.cell(3, 3))
        c.text = "岗位职责"
        t.cell(4, 0).text = "序号"
        t.cell(4, 1).text = "工作内容"
        t.cell(4, 2).text = "权重"
        t.cell(4, 3).text = "频次"
        for i, (duty, w, f) in enumerate(p["duties"]):
            r = 5 + i
            t.cell(r, 0).text = str(i + 1)
            t.cell(r, 1).text = duty
            t.cell(r, 2).text = w
            t.cell(r, 3).text = f
        last = rows - 1
        t.cell(last, 0).text = "任职资格"
        c = t.cell(last, 1).merge(t.cell(last, 3))
        if p["qual"]:
            c.text = p["qual"]
        else:
            c.text = "见下表："
            inner = c.add_table(rows=len(QH02_NESTED), cols=2)
            inner.style = "Table Grid"
            for i, (k, v) in enumerate(QH02_NESTED):
                inner.cell(i, 0).text = k
                inner.cell(i, 1).text = v
            c.add_paragraph("")
        d.add_paragraph("")
    path = OUT / "qh02_校区运营类岗位说明书.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== qh03 xlsx pay matrix
LEVELS = ["初级", "中级", "高级", "资深"]
QH03_ROWS = [
    ("小学语文教师", [(60, 3500, "本科，持小学语文教师资格证"), (80, 4000, "教龄满2年，续班率≥70%"),
                    (100, 4500, "教龄满4年，获校级优秀教师"), (125, 5000, "教龄满7年，能独立开发课程")]),
    ("初中数学教师", [(80, 4000, "本科，持初中数学教师资格证"), (110, 4500, "教龄满2年，学员提分率≥60%"),
                    (140, 5000, "教龄满4年，带过中考毕业班"), (180, 6000, "教龄满7年，区域名师")]),
    ("高中英语教师", [(100, 4000, "本科，英语专业八级或雅思7分"), (130, 4500, "教龄满2年，续班率≥75%"),
                    (170, 5500, "教龄满5年，带过高考毕业班"), (220, 6500, "教龄满8年，参与教材编写")]),
    ("少儿编程讲师", [(70, 4500, "本科，熟悉Scratch与Python"), (90, 5000, "带课满1年，学员赛事获奖"),
                    (120, 5500, "带课满3年，能设计进阶课程"), (150, 6500, "带课满5年，负责讲师培训")]),
]


def qh03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "教师职级薪酬矩阵"
    ws["A1"] = "启航教育集团 教师岗位职级与薪酬标准（2024版）"
    ws.merge_cells("A1:M1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "岗位"
    ws.merge_cells("A2:A3")
    for i, lv in enumerate(LEVELS):
        col = 2 + i * 3
        ws.cell(2, col, lv)
        ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 2)
        ws.cell(3, col, "课时费（元/课时）")
        ws.cell(3, col + 1, "底薪（元/月）")
        ws.cell(3, col + 2, "要求")
        ws.cell(2, col).alignment = Alignment(horizontal="center")
    for r, (post, cells) in enumerate(QH03_ROWS, 4):
        ws.cell(r, 1, post)
        for i, (fee, base, req) in enumerate(cells):
            col = 2 + i * 3
            ws.cell(r, col, fee)
            ws.cell(r, col + 1, base)
            ws.cell(r, col + 2, req)
    ws.cell(9, 1, "备注：1. 课时费按当月实际完成并经教务确认的课时结算；2. 底薪按出勤折算；3. 职级每年7月评定一次。")
    ws.merge_cells("A9:M9")
    ws2 = wb.create_sheet("晋级规则")
    ws2.append(["条款", "内容"])
    ws2.append(["1", "教师每年7月提交晋级申请，由教研主管初审、校区校长复审。"])
    ws2.append(["2", "当年发生一级教学事故者，取消当年晋级资格。"])
    ws2.append(["3", "跨级晋升需教学总监特批。"])
    path = OUT / "qh03_教师职级与薪酬标准.xlsx"
    wb.properties.creator = "启航教育集团人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== qh04 xlsx KPI per 校区
QH04_SHEETS = [
    ("城东校区", [
        ("课程顾问", [("到访转化率", "签约人数/到访试听人数×100%", "35%", "≥40%", "CRM系统"),
                    ("新签业绩完成率", "实际新签金额/月度新签目标×100%", "40%", "≥100%", "财务收款记录"),
                    ("线索跟进及时率", "24小时内首次跟进的线索数/分配线索数×100%", "15%", "≥95%", "CRM系统"),
                    ("客户投诉次数", "因销售承诺不实引起的有效投诉次数", "10%", "0次", "客服记录")]),
        ("班主任（学管师）", [("续费率", "到期续费学员数/到期学员总数×100%", "40%", "≥75%", "校管家系统"),
                         ("退费率", "当月退费学员数/在读学员数×100%", "20%", "≤3%", "财务退费台账"),
                         ("家长满意度", "学期家长问卷满意及以上占比", "25%", "≥90%", "问卷星"),
                         ("学员出勤率", "实际出勤人次/应出勤人次×100%", "15%", "≥95%", "签到记录")]),
    ]),
    ("城西校区", [
        ("初中数学教师", [("学员提分率", "阶段测评成绩提高10分以上的学员占比", "35%", "≥60%", "测评成绩单"),
                       ("续班率", "下学期续报本人课程的学员数/本学期学员数×100%", "30%", "≥70%", "校管家系统"),
                       ("课时完成率", "实际授课课时/排定课时×100%", "20%", "100%", "教务课表"),
                       ("教学事故次数", "迟到、缺课、错讲等经核实的教学事故", "15%", "0次", "教研组记录")]),
        ("教务专员", [("排课准确率", "无冲突、无差错的排课节次/总排课节次×100%", "40%", "≥99%", "教务系统"),
                     ("课表发布及时率", "每周五18点前发布下周课表的周数/总周数×100%", "30%", "100%", "企业微信群"),
                     ("课消数据准确率", "核对无误的课消记录数/课消记录总数×100%", "30%", "≥99.5%", "财务复核")]),
    ]),
    ("职教中心", [
        ("会计实务讲师", [("考证通过率", "参加初级会计职称考试并通过的学员数/报考学员数×100%", "40%", "≥65%", "考试成绩查询"),
                       ("学员满意度", "结课评价4分及以上的学员占比", "30%", "≥92%", "结课问卷"),
                       ("课程交付准时率", "按计划开课结课的班级数/总班级数×100%", "30%", "100%", "教务记录")]),
        ("市场专员", [("有效线索量", "留资且电话可接通的潜在学员数", "40%", "每月≥600条", "CRM系统"),
                     ("单条线索成本", "当月投放费用/有效线索量", "30%", "≤45元", "财务台账"),
                     ("活动到场率", "到场人数/报名人数×100%", "30%", "≥60%", "活动签到表")]),
    ]),
]


def qh04():
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    first = True
    for name, posts in QH04_SHEETS:
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws["A1"] = f"{name} 2024年度岗位KPI指标库"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws.append(["岗位", "指标名称", "计算公式", "权重", "目标值", "数据来源", "实际值", "得分"])
        r = 3
        for post, rows in posts:
            start = r
            for ind, formula, w, target, src in rows:
                ws.cell(r, 1, post if r == start else None)
                ws.cell(r, 2, ind)
                ws.cell(r, 3, formula)
                ws.cell(r, 4, w)
                ws.cell(r, 5, target)
                ws.cell(r, 6, src)
                ws.cell(r, 8, f"=IF(G{r}=\"\",\"\",ROUND(G{r}*100,1))")
                r += 1
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r, 2, f"{post}权重合计")
            ws.cell(r, 4, f"=SUMPRODUCT(--SUBSTITUTE(D{start}:D{r - 1},\"%\",\"\"))&\"%\"")
            r += 1
        ws.cell(r + 1, 1, "注：得分列由公式自动计算，实际值由各校区运营于次月3日前填写。")
    path = OUT / "qh04_各校区岗位KPI指标库.xlsx"
    wb.properties.creator = "启航教育集团人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== qh05 html with tabs
QH05_TABS = [
    ("课程顾问", "城东校区 · 全职 · 6000-15000元/月（底薪+提成）", [
        "接待到访家长和学员，了解学习需求并安排试听课；",
        "根据测评结果为学员制定课程方案，完成签约和收费；",
        "跟进市场部分配的线索，24小时内完成首次电话沟通；",
        "维护老学员家长关系，挖掘转介绍机会。"], [
        "大专及以上学历，专业不限；",
        "1年以上教育培训或课程销售经验；",
        "目标感强，能接受周末轮班（周一、周二调休）。"]),
    ("市场专员", "职教中心 · 全职 · 7000-10000元/月", [
        "策划并执行地推、进校讲座和开放日等招生活动；",
        "负责抖音、小红书等渠道的信息流投放和线索收集；",
        "统计各渠道线索数量和成本，每周输出投放分析；",
        "与合作院校、企业对接职业培训团报项目。"], [
        "本科及以上学历，市场营销、广告学相关专业优先；",
        "1年以上教育行业市场推广或信息流投放经验；",
        "会使用巨量引擎后台，数据敏感。"]),
    ("客服专员", "集团总部客服中心 · 全职 · 4500-6000元/月", [
        "接听400热线和在线咨询，解答课程、价格和校区地址等问题；",
        "受理家长投诉和退费申请，按流程转交校区并回访；",
        "每日整理咨询记录，将有效线索录入CRM分配给课程顾问；",
        "维护常见问题知识库。"], [
        "大专及以上学历；",
        "普通话标准，打字速度每分钟60字以上；",
        "有呼叫中心或在线客服经验者优先，接受排班。"]),
    ("少儿编程讲师", "城东校区 · 全职 · 8000-14000元/月", [
        "讲授Scratch、Python少儿编程课程，班级规模6-12人；",
        "辅导学员参加蓝桥杯、NOC等青少年编程赛事；",
        "参与课程体系研发，编写课程案例和课后练习；",
        "每期结课组织学员作品展示。"], [
        "本科及以上学历，计算机、软件工程或教育技术专业；",
        "熟练掌握Python，有少儿编程教学经验者优先；",
        "喜欢孩子，表达生动有亲和力。"]),
    ("新媒体运营专员", "集团总部品牌部 · 全职 · 6000-9000元/月", [
        "运营集团公众号、视频号和小红书账号，每周更新不少于5篇内容；",
        "策划学霸访谈、家长课堂等栏目，提升粉丝互动；",
        "按月统计各平台粉丝增长和阅读数据。"], [
        "本科及以上学历，新闻、中文、广告相关专业；",
        "有短视频拍摄剪辑能力，会使用剪映或PR。"]),
]


def qh05():
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>加入启航 - 启航教育集团</title>",
        '<script src="/static/js/tabs.min.js" defer></script>',
        "</head>",
        "<body>",
        '<nav class="top"><a href="/">首页</a> | <a href="/courses">课程中心</a> | <a href="/join">加入我们</a></nav>',
        '<main id="join">',
        "<h1>加入启航 · 和我们一起点亮每个孩子</h1>",
        "<p>启航教育集团创立于2009年，在杭州拥有8个K12校区和1个职业教育中心。</p>",
        '<div class="job-tabs">',
        '<ul class="tab-list" role="tablist">',
    ]
    for i, (title, _m, _d, _r) in enumerate(QH05_TABS, 1):
        sel = "true" if i == 1 else "false"
        lines.append(f'  <li role="presentation"><button role="tab" id="tab-{i}" aria-controls="panel-{i}" '
                     f'aria-selected="{sel}">{title}</button></li>')
    lines.append("</ul>")
    for i, (_t, meta, duties, reqs) in enumerate(QH05_TABS, 1):
        hidden = "" if i == 1 else " hidden"
        lines.append(f'<div role="tabpanel" id="panel-{i}" aria-labelledby="tab-{i}" class="tab-panel"{hidden}>')
        lines.append(f'  <p class="job-meta">{meta}</p>')
        lines.append("  <h4>你要做的事</h4>")
        lines.append("  <ol>")
        for s in duties:
            lines.append(f"    <li>{s}</li>")
        lines.append("  </ol>")
        lines.append("  <h4>我们希望你</h4>")
        lines.append("  <ul>")
        for s in reqs:
            lines.append(f"    <li>{s}</li>")
        lines.append("  </ul>")
        lines.append('  <a class="apply" href="/join/apply">立即投递</a>')
        lines.append("</div>")
    lines += [
        "</div>",
        "<p>简历请发送至 zhaopin@qihang-edu.cn，邮件标题注明“岗位+校区+姓名”。</p>",
        "</main>",
        '<footer>© 2024 启航教育集团 浙ICP备2009xxxx号</footer>',
        "</body>",
        "</html>",
    ]
    (OUT / "qh05_加入我们.html").write_text("\n".join(lines) + "\n", encoding="utf-8")


# =============================================================== qh06 pdf, headers + footnotes
QH06_HEADER = "启航教育集团 · 职业教育中心        讲师岗位说明（内部资料 请勿外传）"
QH06_PAGES = [
    ([
        "一、会计实务讲师",
        "所属部门：职业教育中心财会教学部",
        "直属上级：职教中心教学主任",
        "工作地点：拱墅区莫干山路1018号职教中心",
        "岗位职责：",
        "1. 讲授初级会计职称①考试辅导课和会计实务操作课；",
        "2. 使用用友、金蝶软件开展上机实训教学；",
        "3. 编写讲义、习题和模拟试卷，每学期更新一次；",
        "4. 考前组织两轮全真模考并逐题讲评；",
        "5. 解答学员在线答疑，24小时内回复。",
    ], ["① 初级会计职称即“初级会计专业技术资格”，由财政部统一组织考试。"]),
    ([
        "任职资格：",
        "1. 本科及以上学历，会计学、财务管理专业；",
        "2. 持有中级会计职称或注册会计师证书②；",
        "3. 3年以上企业会计工作经验或2年以上财会培训授课经验；",
        "4. 熟练操作用友U8或金蝶K3财务软件。",
        "二、电工技能培训讲师",
        "所属部门：职业教育中心技能培训部",
        "直属上级：职教中心教学主任",
        "岗位职责：",
        "1. 讲授低压电工作业的理论课和实操课；",
        "2. 指导学员完成电气线路安装与故障排查实训；",
        "3. 负责实训室设备的日常点检与安全管理；",
        "4. 组织学员参加特种作业操作证考试③。",
    ], ["② 注册会计师证书须为全科合格证书，单科合格不予认可。",
        "③ 特种作业操作证由应急管理部门核发，考试报名由中心统一办理。"]),
    ([
        "任职资格：",
        "1. 大专及以上学历，电气自动化、机电一体化相关专业；",
        "2. 持有低压电工特种作业操作证和高级电工职业资格证书；",
        "3. 5年以上电工现场作业经验，其中1年以上授课经验；",
        "4. 安全意识强，无安全责任事故记录。",
        "三、课时费与考核",
        "讲师课时费按职教中心课酬标准另行核定，本说明不列明具体金额。",
        "讲师的考核指标见《各校区岗位KPI指标库》职教中心工作表。",
    ], []),
]


def qh06():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    n_pages = len(QH06_PAGES)
    feet = [f"第 {i + 1} 页 共 {n_pages} 页" for i in range(n_pages)]
    texts = [QH06_HEADER] + feet
    for body, notes in QH06_PAGES:
        texts += body + notes
    chars = sorted(set("".join(texts)) | {" "})
    font = TTFont(FONT_PATH, fontNumber=0, recalcTimestamp=False, recalcBBoxes=False)
    opts = subset.Options()
    opts.retain_gids = False
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "vhea", "vmtx"]
    ss = subset.Subsetter(opts)
    ss.populate(unicodes=[ord(c) for c in chars])
    ss.subset(font)
    fbuf = io.BytesIO()
    font.save(fbuf)
    fontdata = fbuf.getvalue()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars}
    width = {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in chars}

    def enc(s):
        return "".join(f"{gid[c]:04X}" for c in s)

    def tw(s, size):
        return sum(width[c] for c in s) * size / 1000

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    ff = zlib.compress(fontdata, 9)
    ff_no = add(f"<< /Length {len(ff)} /Length1 {len(fontdata)} /Filter /FlateDecode >>\nstream\n".encode()
                + ff + b"\nendstream")
    fd = add(f"<< /Type /FontDescriptor /FontName /QHAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /QHAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
    bf = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: gid[c]))
    tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
          f"{len(chars)} beginbfchar\n{bf}\nendbfchar\n"
          "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /QHAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    kids = []
    X = 60
    for pi, (body, notes) in enumerate(QH06_PAGES):
        ops = []

        def text(x, y, size, s):
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

        text(X, 805, 9, QH06_HEADER)
        ops.append("0.6 w")
        ops.append(f"{X} 798 m 535 798 l S")
        y = 765
        for s in body:
            head = s[:2] in ("一、", "二、", "三、")
            if head and y != 765:
                y -= 10
            text(X, y, 12 if head else 10.5, s)
            y -= 20
        if notes:
            ops.append(f"0.4 w {X} 120 m 220 120 l S")
            ny = 105
            for s in notes:
                text(X, ny, 8, s)
                ny -= 13
        text(297.5 - tw(feet[pi], 9) / 2, 40, 9, feet[pi])
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    title = "职业教育中心讲师岗位说明"
    info = add("<< /Producer (Microsoft Word 2016) /Title <FEFF{}> /CreationDate (D:20240520090000+08'00') >>".format(
        title.encode("utf-16-be").hex().upper()).encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    (OUT / "qh06_职教中心讲师岗位说明.pdf").write_bytes(bytes(out))


# =============================================================== qh07 txt poster with emoji
QH07 = """🚀🚀🚀 启航教育 2024暑期名师招募令 🚀🚀🚀
✨ 你的热爱，值得更大的讲台！✨
💪 不拼关系拼实力 · 课时费上不封顶 💪
━━━━━━━━━━━━━━━━━━━━
📚【高中英语教师】 急招3名 🔥
📍 城北校区（拱墅区湖州街66号）
💰 底薪4000-6500 + 课时费100-220元/课时
👉 你要做：
  ✅ 负责高一至高三英语同步及高考冲刺课程教学
  ✅ 开展词汇、阅读、写作专项训练，每周批改作文并讲评
  ✅ 每月组织一次模拟测试，向家长出具成绩分析
  ✅ 参与英语教研组的教材和题库建设
👉 我们要你：
  ⭐ 本科及以上学历，英语或英语教育专业
  ⭐ 英语专业八级，或雅思7分、托福100分以上
  ⭐ 持高级中学英语教师资格证
  ⭐ 有高考英语辅导经验者优先，应届生亦可
━━━━━━━━━━━━━━━━━━━━
🌈【小学语文教师】 招5名 😊
📍 城东校区、城西校区
💰 底薪3500-5000 + 课时费60-130元/课时
👉 你要做：
  ✅ 讲授小学一至六年级语文拓展课，重点是阅读理解与作文
  ✅ 带领学员开展经典诵读和课本剧活动
  ✅ 课后通过班级群布置练习并点评
  ✅ 配合班主任完成每学期两次的家长开放课
👉 我们要你：
  ⭐ 大专及以上学历，汉语言文学、小学教育专业优先
  ⭐ 持小学及以上语文教师资格证
  ⭐ 普通话二级甲等及以上
  ⭐ 热爱孩子，有耐心，书写工整
━━━━━━━━━━━━━━━━━━━━
🎁 福利多多：五险一金｜带薪寒暑假7天｜免费岗前培训｜子女就读本机构课程5折
📮 投递方式：扫码添加HR小启（微信 qihang_hr）👇👇👇
💡 加入启航，一起做有温度的教育！❤️❤️❤️
"""

# =============================================================== qh08 txt INI-style reporting lines
QH08 = """; 启航教育集团 岗位汇报关系（人力资源部维护，2024年5月更新）
; 格式：[岗位]  上级 = 直接汇报对象   下属 = 直接管理的岗位（无则写“无”）   归属 = 部门/校区

[校区校长]
上级 = 区域运营总监
下属 = 教务专员, 班主任（学管师）, 课程顾问, 教研主管
归属 = 各K12校区

[教研主管]
上级 = 校区校长
下属 = 初中数学教师, 高中英语教师, 小学语文教师, 少儿编程讲师
归属 = 校区教研组

[初中数学教师]
上级 = 教研主管
下属 = 无
归属 = 城西校区教学部

[高中英语教师]
上级 = 教研主管
下属 = 无
归属 = 城北校区教学部

[小学语文教师]
上级 = 教研主管
下属 = 无
归属 = 城东校区、城西校区教学部

[少儿编程讲师]
上级 = 教研主管
下属 = 无
归属 = 城东校区教学部

[教务专员]
上级 = 校区校长
下属 = 无
归属 = 校区运营部

[班主任（学管师）]
上级 = 校区校长
下属 = 无
归属 = 校区学管部

[课程顾问]
上级 = 校区校长（业务上同时接受集团市场部招生指导）
下属 = 无
归属 = 校区招生部

[会计实务讲师]
上级 = 职教中心教学主任
下属 = 无
归属 = 职业教育中心财会教学部

[电工技能培训讲师]
上级 = 职教中心教学主任
下属 = 无
归属 = 职业教育中心技能培训部

[市场专员]
上级 = 市场部经理
下属 = 无
归属 = 职业教育中心市场组

[客服专员]
上级 = 客服中心主管
下属 = 无
归属 = 集团总部客服中心

[新媒体运营专员]
上级 = 品牌部经理
下属 = 无
归属 = 集团总部品牌部

[财务会计]
上级 = 财务经理
下属 = 无
归属 = 集团财务部

[招聘专员]
上级 = 人力资源经理
下属 = 无
归属 = 集团人力资源部
"""

# =============================================================== qh09 docx handbook
QH09 = [
    ("h", "启航教育集团员工手册（节选）"),
    ("p", "第三章 劳动合同与试用期"),
    ("p", "第十二条 新入职员工试用期为3个月；教师岗位试用期内须完成不少于40课时的试讲与跟岗听课。"),
    ("p", "第十三条 试用期工资为转正工资的80%，课时费按所在职级标准全额发放。"),
    ("p", "第十四条 试用期内由直属上级和教研主管共同考核，考核合格方可转正。"),
    ("p", "第四章 课时费结算"),
    ("p", "第十八条 课时费按自然月结算，以教务专员每月5日前提交、校区校长签字确认的课消统计表为准。"),
    ("p", "第十九条 课时费随当月工资于次月15日发放。"),
    ("p", "第二十条 因教师个人原因导致的停课不计课时费；学员缺课但教师正常到岗授课的，课时照常计算。"),
    ("p", "第五章 请假与调课"),
    ("p", "第二十三条 教师请事假须提前3个工作日在OA提交申请，并自行协调代课教师，经教务专员调课后方可离岗。"),
    ("p", "第二十四条 病假须提供二级及以上医院证明；连续病假超过3天的由校区校长审批。"),
    ("p", "第二十五条 寒暑假为教学旺季，原则上不批准事假。"),
    ("p", "第六章 本手册未作规定的事项"),
    ("p", "第三十条 社会保险和住房公积金的缴费基数与比例按杭州市当年政策执行，本手册不作规定。"),
    ("p", "第三十一条 年终奖金的发放办法由集团每年另行发文，本手册不列明。"),
    ("p", "第三十二条 非教学岗位的绩效奖金计算办法见各部门考核方案，本手册不涉及。"),
]


def qh09():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "员工手册节选")
    for kind, s in QH09:
        if kind == "h":
            d.add_heading(s, level=1)
        else:
            d.add_paragraph(s)
    path = OUT / "qh09_员工手册节选.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== qh10 md FAQ
QH10 = """# 岗位常见问题（FAQ）—— 集团职能与教研岗位

> 本页由人力资源部整理，回答新同事最常问的问题。更新于 2024-05。

## 教研主管

**问：教研主管平时主要负责什么？**

答：主要有以下几件事：

1. 制定本校区各学科的教学计划和教研活动安排；
2. 组织每周集体备课，审核教师教案和课件；
3. 每月至少听课8节，并给出书面评课意见；
4. 负责新教师的岗前培训和带教；
5. 分析阶段测评数据，提出教学改进措施。

**问：当教研主管需要什么条件？**

答：本科及以上学历，师范类专业优先；5年以上一线教学经验，其中2年以上教研或带教经历；持有教师资格证；具备课程设计与教师培训能力。

**问：教研主管向谁汇报？**

答：向校区校长汇报，业务上接受集团教学总监的指导。

## 财务会计

**问：财务会计的日常工作有哪些？**

答：

- 审核各校区收费单据，核对收款与退费流水；
- 每月根据课消统计表核算教师课时费，编制工资表；
- 负责总账和明细账登记，编制月度财务报表；
- 办理增值税申报和个税代扣代缴；
- 配合年度审计，整理会计档案。

**问：财务会计有什么要求？**

答：本科及以上学历，会计学或财务管理专业；持有初级会计职称；3年以上会计工作经验，有教育培训行业经验者优先；熟练使用金蝶云星空。

## 招聘专员

**问：招聘专员具体做什么？**

答：

- 根据各校区用人需求制定招聘计划，发布招聘信息；
- 筛选简历，组织教师试讲和面试；
- 每年3-4月组织校园招聘，对接师范院校；
- 办理新员工入职手续，跟进试用期转正；
- 每月统计招聘渠道效果和到岗率。

**问：招聘专员的任职要求？**

答：本科及以上学历，人力资源管理相关专业优先；1年以上招聘工作经验，有教育行业批量招聘经验者优先。

**问：招聘专员的工资是多少？**

答：薪资按集团职能岗位薪酬制度执行，面试时沟通。
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    qh01()
    qh02()
    qh03()
    qh04()
    qh05()
    qh06()
    (OUT / "qh07_暑期名师招募海报.txt").write_text(QH07, encoding="utf-8")
    (OUT / "qh08_岗位汇报关系.txt").write_text(QH08, encoding="utf-8")
    qh09()
    (OUT / "qh10_职能与教研岗位FAQ.md").write_text(QH10, encoding="utf-8")
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
