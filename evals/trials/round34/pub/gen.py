#!/usr/bin/env python3
"""Round 34 / pub: document set of a publishing house, 青岚文艺出版社.

Run: T34_OUT=/tmp/t34pub/corpus /tmp/r21venv/bin/python gen.py
Needs python-docx, openpyxl, reportlab; CJK font wqy-microhei.

Files and layouts (none used by earlier rounds as such):
 01 docx  posts as a centred bold title + "label<TAB(dot leader)>value" lines + a 工作模块|具体内容|成果形式 table
          + requirements as one run-on paragraph
 02 txt   GBK/CRLF 岗位分析访谈记录: two interviews as 问/答 in the first person (pay, KPI, boss in speech)
 03 pdf   三审三校 regulation: clauses + a swimlane table (stages x posts, text in cells)
 04 xlsx  KPI breakdown in long form with Excel 分类汇总 subtotal rows ("X 汇总") and row outline levels + 说明 sheet
 05 html  2024 招聘公告 saved by Word as "filtered web page" (MsoNormal, mso-list Ignore spans, <o:p>, source wrapped)
 06 csv   岗位信息变更台账 (change ledger: 原值/新值/审批状态), UTF-8 BOM; updates and contradicts other files
 07 md    数字出版中心工作手册: definition lists (term / ": value") and Obsidian callouts "> [!note]"
 08 docx  试用期转正考核表 of 数字编辑 (header form + scoring table + checkboxes)
 09 txt   UTF-16LE YAML export of an HR system's post archive (.yaml.txt)
 10 docx  机构设置与岗位编制方案: prose + 部门 | 负责人 | 下设岗位及编制 | 分管社领导 table
"""
import csv
import io
import os
import textwrap
from pathlib import Path

OUT = Path(os.environ.get("T34_OUT", "/tmp/t34pub/corpus"))
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


# --------------------------------------------------------------------------- 01 docx
def f01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt
    from docx.oxml.ns import qn

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("青岚文艺出版社\n编辑出版类岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("（2024年修订版，人力资源部编制，仅限社内使用）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("说明：本册收录编辑一室、美术设计室的四个岗位。各岗位编制以《机构设置与岗位编制方案》为准，"
                    "考核指标见《年度岗位考核指标分解表》，本册不再重复。")

    posts = [
        ("【一】", "编辑室主任",
         [("岗位名称", "编辑室主任"), ("所在部门", "编辑一室（文学编辑室）"), ("直接上级", "总编辑"),
          ("直接下级", "策划编辑、责任编辑"), ("岗位编号", "QL-BJ-01")],
         [("部门管理", "制定编辑室年度选题计划与出书计划，分配编辑任务并跟踪进度", "年度选题计划"),
          ("复审", "承担本室书稿的复审工作，撰写复审意见并提交终审", "复审意见"),
          ("人员培养", "指导新入职编辑，每月组织一次编辑业务学习", "培训记录"),
          ("质量把关", "每季度组织一次本室图书质量自查，督促整改", "质检报告")],
         "任职要求：硕士研究生及以上学历；具有副编审及以上专业技术职称；8年以上图书编辑工作经验，其中3年以上团队管理经验；"
         "熟悉国家出版法规和选题管理制度。"),
        ("【二】", "策划编辑",
         [("岗位名称", "策划编辑"), ("部门", "编辑一室（文学编辑室）"), ("直接上级", "编辑室主任"),
          ("直接下级", "无"), ("岗位编号", "QL-BJ-02")],
         [("选题策划", "跟踪文学图书市场与作者资源，提出选题设想，撰写选题论证报告并提交选题论证会", "选题论证报告"),
          ("作者开发", "联系、签约作者，维护重点作者关系，按月跟进书稿写作进度", "约稿合同、进度表"),
          ("营销配合", "参与新书营销方案制定，配合发行部开展首发式与签售活动", "营销方案"),
          ("成本测算", "编制单品种成本测算表，提出定价与首印数建议", "成本测算表")],
         "任职要求：本科及以上学历，中国语言文学、新闻传播等相关专业；3年以上图书策划或编辑工作经验，有成功策划畅销书案例者优先；"
         "熟悉图书市场与选题论证流程，具备较强的沟通谈判能力。"),
        ("【三】", "责任编辑",
         [("岗位名称", "责任编辑"), ("所属部门", "编辑一室（文学编辑室）"), ("汇报对象", "编辑室主任"),
          ("下属岗位", "无"), ("岗位编号", "QL-BJ-03")],
         [("稿件审读", "负责书稿初审，撰写初审报告，对稿件的政治性、思想性、知识性把关", "初审报告"),
          ("编辑加工", "对书稿进行编辑加工整理，统一体例，核对引文与数据", "加工稿"),
          ("出版流程", "填写发稿单，跟踪排版、校对、核红直至付印，签署付印样", "发稿单、付印样"),
          ("质量责任", "对所编图书的编校质量负责，处理读者反馈的差错并组织勘误", "勘误表")],
         "任职要求：本科及以上学历，文史哲类专业优先；须持有出版专业技术人员职业资格证书（中级）并完成责任编辑注册；"
         "2年以上图书编辑工作经验；文字功底扎实，熟悉《图书编校质量差错认定细则》。"),
        ("【四】", "美术编辑",
         [("岗位名称", "美术编辑"), ("所在部门", "美术设计室"), ("直接上级", "美术设计室主任"),
          ("工作地点", "青岚出版大厦7楼美编室"), ("岗位编号", "QL-MS-01")],
         [("封面设计", "负责图书封面、护封、腰封的设计，提交两套以上方案供选择", "设计稿"),
          ("版式设计", "制定内文版式方案，向排版公司交代版式并检查执行", "版式样张"),
          ("印前审核", "审核印前文件的出血、色彩模式与图片分辨率，确认数码样", "印前检查单"),
          ("物料设计", "配合营销完成海报、书签、展架等宣传物料设计", "物料文件")],
         "任职要求：大专及以上学历，美术、视觉传达设计相关专业；熟练使用InDesign、Photoshop、Illustrator等软件；"
         "3年以上书籍装帧设计经验；作品入选“中国最美的书”者优先。"),
    ]
    for i, (num, name, facts, duties, req) in enumerate(posts):
        if i:
            d.add_page_break()
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(f"{num}{name}")
        r.bold = True
        r.font.size = Pt(15)
        for lab, val in facts:
            p = d.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(14), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(0)
            p.add_run(lab)
            p.add_run("\t")
            p.add_run(val)
        d.add_paragraph("一、工作内容").runs[0].bold = True
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["工作模块", "具体内容", "成果形式"]):
            c.text = h
        for row in duties:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
        d.add_paragraph("二、任职要求").runs[0].bold = True
        d.add_paragraph(req.replace("任职要求：", ""))
    d.save(OUT / "01_编辑出版类岗位说明书.docx")


# --------------------------------------------------------------------------- 02 txt (GBK, CRLF)
T02 = """青岚文艺出版社 岗位分析访谈记录（整理稿）

说明：以下为2024年5月岗位梳理期间人力资源部对在岗员工的访谈整理稿，按录音整理，略有删节，仅供岗位说明书修订参考。
访谈人：人力资源部 陈某

==============================
访谈一
访谈对象：周某（校对科 校对员，入社5年）
访谈时间：2024年5月14日 下午
==============================

问：先请您简单介绍一下现在的岗位。
答：我是校对科的校对员，我们科现在4个人，我直接向校对科科长汇报，科长再往上是分管出版的副社长。

问：您日常主要做哪些工作？
答：主要就是跑校次。一般一本书要走三个校次，我多数时候负责二校和三校，另外还有核红和付印前的通读。校的时候要对照原稿查有没有错漏，统一全书的标点、数字和计量单位用法。碰到拿不准的地方，要填“校对疑问单”交给责任编辑处理，不能自己随便改。

问：工作量大概怎么算？
答：科里要求每人每月校对量不少于150万字，赶书期的时候要加班。

问：那考核主要看什么？
答：主要看两样，一个是校对字数，一个是差错率。成书差错率要控制在万分之零点五以下，超过万分之一就算不合格品了，这个是硬杠杠。

问：您觉得做这个岗位需要什么条件？
答：学历至少大专吧，最好有初级出版专业职业资格。眼力和耐心要好，《出版物上数字用法》《标点符号用法》这些国家标准得很熟。

==============================
访谈二
访谈对象：吴某（出版部 印制专员，入社3年）
访谈时间：2024年5月16日 上午
==============================

问：请介绍一下您的岗位。
答：我在出版部做印制专员，归出版部主任管，部门里就我们两个印制。

问：具体做些什么？
答：一是印制询价、比价，选定印刷厂；二是根据付印样下达印制单，盯印刷和装订的进度；三是管纸张，采购和库存都是我们管；四是成品书到了要抽检印装质量，合格了办入库。

问：这个岗位对人有什么要求？
答：得懂印刷工艺和纸张知识，不然跟印厂谈不下来价。学历一般要大专以上，最好有2年以上印制或者印刷厂的经验。

问：收入方面方便说一下吗？
答：底薪加绩效，到手大概六七千吧，年底看出书情况有一点奖金。

问：考核呢？
答：考核的指标在人力那张分解表里，主要是成本和按期出书。

（以上内容经受访人确认）
"""


def f02():
    (OUT / "02_岗位分析访谈记录.txt").write_bytes(T02.replace("\n", "\r\n").encode("gbk"))


# --------------------------------------------------------------------------- 03 pdf
def f03():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    body = ParagraphStyle("b", fontName="wqy", fontSize=10.5, leading=16, wordWrap="CJK")
    title = ParagraphStyle("t", fontName="wqy", fontSize=16, leading=24, alignment=1)
    story = [Paragraph("青岚文艺出版社图书三审三校及印制流程规范", title),
             Paragraph("青岚社发〔2023〕17号", ParagraphStyle("n", parent=body, alignment=1)), Spacer(1, 8)]
    clauses = [
        "第一条 为保证图书出版质量，依据《图书质量管理规定》，制定本规范。",
        "第二条 本社出版的图书一律实行三审制和三校一读制，任何环节不得省略。",
        "第三条 初审由责任编辑负责，应在收稿后20个工作日内完成并填写初审报告。",
        "第四条 复审由编辑室主任负责；终审由总编辑负责。总编辑助理的岗位职责另行规定。",
        "第五条 校对实行三校一读，一校由外协校对承担，二校、三校及通读由校对员承担。",
        "第六条 美术编辑应在付印前5个工作日提交封面印前文件。",
        "第七条 印制专员应在付印样签字后3个工作日内下达印制单。",
        "第八条 流程中各岗位的分工见下表。",
    ]
    for c in clauses:
        story.append(Paragraph(c, body))
    story.append(Spacer(1, 8))
    cell = ParagraphStyle("c", fontName="wqy", fontSize=9, leading=12, wordWrap="CJK")
    data = [["阶段", "责任编辑", "美术编辑", "校对员", "印制专员"],
            ["发稿", "填发稿单", "交版式方案", "—", "—"],
            ["排版", "核对版式", "检查样张", "—", "—"],
            ["校对", "处理疑问单", "—", "二校三校", "—"],
            ["付印", "签付印样", "确认数码样", "通读", "下印制单"],
            ["印后", "样书检查", "—", "—", "抽检入库"]]
    t = Table([[Paragraph(x, cell) for x in r] for r in data], colWidths=[50, 90, 90, 90, 90])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(Paragraph("第九条 本规范自印发之日起施行，由总编办负责解释。", body))
    SimpleDocTemplate(str(OUT / "03_三审三校及印制流程规范.pdf"), pagesize=A4).build(story)


# --------------------------------------------------------------------------- 04 xlsx
KPI = [
    ("编辑一室", "策划编辑", [
        ("年度选题数", "当年通过社选题论证会的选题数量", "25%", "≥12个", "总编办选题台账"),
        ("新书码洋", "当年策划新书首印码洋合计（定价×首印数）", "30%", "≥600万元", "ERP出版模块"),
        ("重印率", "当年重印品种数/近三年新书品种数", "25%", "≥35%", "ERP出版模块"),
        ("选题按期出版率", "按计划月份出版的选题数/计划出版选题数", "20%", "≥90%", "总编办")]),
    ("编辑一室", "责任编辑", [
        ("年发稿字数", "全年签发稿件字数合计", "30%", "≥300万字", "发稿单"),
        ("编校差错率", "成书抽检差错率，超过万分之一为不合格", "35%", "≤1/10000", "质检报告"),
        ("按期付印率", "按计划日期签署付印样的品种占比", "20%", "≥95%", "出版部"),
        ("重大质量事故", "出现导向问题或被通报的质量事故次数", "15%", "0次", "总编办")]),
    ("美术设计室", "美术编辑", [
        ("封面一次通过率", "首轮提交即获编辑室认可的封面方案占比", "30%", "≥80%", "设计台账"),
        ("设计按期交付率", "按流程节点交付设计稿的品种占比", "30%", "≥95%", "出版部"),
        ("年设计品种数", "全年完成封面设计的品种数", "20%", "≥40种", "设计台账"),
        ("印前文件差错", "因印前文件错误导致返工的次数", "20%", "≤2次/年", "出版部")]),
    ("出版部", "印制专员", [
        ("印制成本预算控制率", "实际印制成本/预算印制成本", "30%", "≤100%", "财务部"),
        ("按期出书率", "在计划日期前入库的品种占比", "30%", "≥95%", "仓储系统"),
        ("印装质量事故", "因印装质量退换货的批次", "25%", "0次", "发行部"),
        ("纸张库存周转", "年纸张消耗量/平均库存量", "15%", "≥4次/年", "财务部")]),
    ("发行部", "发行专员", [
        ("发货码洋", "全年向渠道发货的码洋合计", "30%", "≥1500万元", "ERP发行模块"),
        ("回款率", "当年实际回款/应回款", "30%", "≥85%", "财务部"),
        ("退货率", "退货码洋/同期发货总码洋", "25%", "≤25%", "ERP发行模块"),
        ("客户档案完整率", "信息完整的客户档案占比", "15%", "100%", "发行部")]),
    ("版权部", "版权经理", [
        ("版权输出项数", "签约输出的海外及港澳台版权项目数", "30%", "≥8项", "版权合同台账"),
        ("版权贸易收入", "当年实际到账的版权转让及授权收入", "30%", "≥120万元", "财务部"),
        ("合同续约及时率", "到期前30天完成续约或终止处理的合同占比", "20%", "100%", "版权合同台账"),
        ("侵权处理结案率", "当年结案的侵权案件/立案侵权案件", "20%", "≥80%", "版权部")]),
    ("数字出版中心", "新媒体运营", [
        ("粉丝净增长", "各平台账号粉丝净增加数合计", "30%", "≥5万", "平台后台"),
        ("直播带货码洋", "直播渠道实现的图书销售码洋", "30%", "≥200万元", "平台后台"),
        ("原创内容阅读量", "原创推文及短视频的平均阅读（播放）量", "25%", "≥8000次/篇", "平台后台"),
        ("内容差错", "已发布内容被发现的差错及导向问题次数", "15%", "0次", "总编办")]),
]


def f04():
    import openpyxl
    from openpyxl.styles import Font, Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标分解"
    ws.append(["青岚文艺出版社2024年度岗位考核指标分解表"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "部门", "岗位", "考核指标", "指标定义/计分口径", "权重", "目标值", "数据来源"])
    ws.freeze_panes = "A3"
    n = 0
    for dept, post, rows in KPI:
        for name, defi, w, tgt, src in rows:
            n += 1
            ws.append([n, dept, post, name, defi, w, tgt, src])
            ws.row_dimensions[ws.max_row].outline_level = 2
        ws.append([None, None, f"{post} 汇总", None, None, "100%", None, None])
        ws.row_dimensions[ws.max_row].outline_level = 1
        for c in ws[ws.max_row]:
            c.font = Font(bold=True)
    ws.append([None, None, "总计", None, None, None, None, None])
    ws[f"C{ws.max_row}"].font = Font(bold=True)
    ws.auto_filter.ref = f"A2:H{ws.max_row - 1}"
    for col, w in zip("ABCDEFGH", [6, 12, 14, 18, 44, 8, 12, 14]):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("填表说明")
    for line in ["1. 码洋：图书定价乘以数量；实洋：按实际折扣结算的金额。",
                 "2. 各指标得分=完成率×权重×100，单项得分不超过权重分值的120%。",
                 "3. 校对员、数字编辑的考核另行规定，不在本表。",
                 "4. 年度考核结果分为A、B、C、D四档，A档比例不超过20%。"]:
        s2.append([line])
    wb.save(OUT / "04_2024年度岗位考核指标分解表.xlsx")


# --------------------------------------------------------------------------- 05 html (Word filtered HTML)
def _li(text, n, lst):
    return ("<p class=MsoListParagraph style='margin-left:18.0pt;mso-para-margin-left:0gd;"
            f"text-indent:-18.0pt;mso-list:{lst} level1 lfo{lst[1:]}'><![if !supportLists]><span lang=EN-US "
            "style='mso-bidi-font-family:等线;mso-bidi-theme-font:minor-latin'><span style='mso-list:Ignore'>"
            f"{n}.<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span>"
            f"<![endif]><span style='font-family:宋体'>{text}</span><o:p></o:p></p>")


def _p(text, bold=False):
    inner = f"<b><span style='font-family:黑体'>{text}</span></b>" if bold else f"<span style='font-family:宋体'>{text}</span>"
    return f"<p class=MsoNormal>{inner}<o:p></o:p></p>"


def f05():
    parts = []
    parts.append("""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>2024年社会招聘公告</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>hr01</o:Author>
  <o:Created>2024-02-19T02:11:00Z</o:Created>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}
p.MsoListParagraph
	{mso-style-priority:34;margin:0cm;text-indent:21.0pt;font-size:10.5pt;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;word-wrap:break-word'>
<div class=WordSection1 style='layout-grid:15.6pt'>""")
    parts.append("<p class=MsoTitle align=center style='text-align:center'><span style='font-family:黑体'>"
                 "青岚文艺出版社2024年社会招聘公告</span><o:p></o:p></p>")
    parts.append(_p("因业务发展需要，我社现面向社会公开招聘以下岗位工作人员，欢迎符合条件的人士报名。"
                    "报名截止日期：2024年3月15日。发布日期：2024年2月20日。"))
    parts.append(_p("一、版权经理（版权部，1名）", bold=True))
    parts.append(_p("岗位职责："))
    for i, t in enumerate(["负责我社图书版权的输出与引进，开拓海外及港澳台出版机构合作渠道",
                           "参加法兰克福书展、北京国际图书博览会等国际书展，开展版权洽谈",
                           "起草、审核版权合同，管理版权合同台账，跟踪合同履行与续约",
                           "处理侵权盗版投诉，配合法务开展维权"], 1):
        parts.append(_li(t, i, "l0"))
    parts.append(_p("任职要求："))
    for i, t in enumerate(["本科及以上学历，外语、法律或出版相关专业",
                           "3年以上版权贸易工作经验，有成功输出案例者优先",
                           "英语六级及以上，能用英文进行商务谈判",
                           "熟悉《著作权法》及国际版权公约"], 1):
        parts.append(_li(t, i, "l1"))
    parts.append(_p("工作地点：杭州市拱墅区体育场路青岚出版大厦；薪酬待遇：年薪15万-22万元，面议。"))
    parts.append(_p("二、新媒体运营（数字出版中心，2名）", bold=True))
    parts.append(_p("任职要求："))
    for i, t in enumerate(["本科及以上学历，新闻传播、市场营销、中文等专业",
                           "2年以上新媒体运营经验，有图书或文化类账号运营经历者优先",
                           "熟悉微信公众号、小红书、抖音平台规则，会使用剪映等视频剪辑工具",
                           "文案功底好，有一定的直播控场能力"], 1):
        parts.append(_li(t, i, "l2"))
    parts.append(_p("工作地点：杭州市拱墅区体育场路青岚出版大厦；薪酬待遇：8000-12000元/月，五险一金，带薪年假。"))
    parts.append(_p("三、发行专员（发行部，2名）", bold=True))
    parts.append(_p("岗位职责："))
    for i, t in enumerate(["负责华东区新华书店及民营书店渠道的客户维护与新书征订",
                           "处理客户订单、发货与退货，核对往来账目",
                           "跟踪渠道回款，按月编制回款报表",
                           "收集市场销售信息，向发行部经理反馈"], 1):
        parts.append(_li(t, i, "l3"))
    parts.append(_p("任职要求："))
    for i, t in enumerate(["大专及以上学历，市场营销、电子商务等专业",
                           "1年以上图书发行或快消品渠道销售经验",
                           "能适应出差，持C1驾照者优先"], 1):
        parts.append(_li(t, i, "l4"))
    parts.append(_p("汇报对象：发行部经理；工作地点：杭州市拱墅区体育场路青岚出版大厦；"
                    "薪酬待遇：底薪5000元/月+销售提成。"))
    parts.append(_p("四、报名方式", bold=True))
    parts.append(_p("请将个人简历发送至hr@qinglanpress.cn，邮件标题注明“应聘岗位+姓名”。"
                    "我社将在报名截止后10个工作日内通知面试。"))
    parts.append("<p class=MsoNormal align=right style='text-align:right'><span style='font-family:宋体'>"
                 "青岚文艺出版社人力资源部</span><o:p></o:p></p>\n</div>\n</body>\n</html>")
    text = "\n".join(parts)
    lines = []
    for ln in text.split("\n"):
        # Word wraps its HTML source at spaces near column 76
        lines.extend(textwrap.wrap(ln, 76, break_long_words=False, break_on_hyphens=False) or [""])
    (OUT / "05_2024年社会招聘公告.html").write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")


# --------------------------------------------------------------------------- 06 csv
def f06():
    rows = [
        ["变更单号", "生效日期", "岗位", "变更项", "原值", "新值", "变更原因", "审批状态"],
        ["BG2024-003", "2024-03-01", "新媒体运营", "薪资范围", "8000-12000元/月", "9000-13000元/月", "市场薪酬对标调整", "已生效"],
        ["BG2024-007", "2024-07-01", "校对员", "直接上级", "校对科科长", "出版部主任", "校对科并入出版部", "已生效"],
        ["BG2024-008", "2024-07-01", "校对员", "所在部门", "校对科", "出版部（校对组）", "校对科并入出版部", "已生效"],
        ["BG2024-011", "2024-09-01", "发行专员", "工作地点", "杭州市拱墅区体育场路青岚出版大厦",
         "杭州市余杭区仁和街道青岚书刊储运中心", "发行部整体搬迁至储运中心", "已生效"],
        ["BG2024-012", "2024-09-15", "策划编辑", "岗位编制", "4人", "5人", "文学板块业务扩张", "已驳回"],
        ["BG2024-014", "2024-10-08", "数字编辑", "任职资格-证书", "无要求", "须持有出版专业职业资格（初级及以上）",
         "落实上级主管部门持证上岗要求", "已生效"],
        ["BG2024-015", "2024-11-01", "行政专员", "直接上级", "综合办公室主任", "综合办公室副主任", "办公室内部分工调整", "审批中"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (OUT / "06_岗位信息变更台账.csv").write_bytes(b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


# --------------------------------------------------------------------------- 07 md
T07 = """# 数字出版中心工作手册（v2.1）

> [!info] 适用范围
> 本手册适用于数字出版中心全体员工，2024年4月修订。中心现设数字编辑、新媒体运营两个岗位；
> 音频制作专员岗位拟于2025年设立，职责另行制定。

## 岗位速览

数字编辑
: 所属：数字出版中心
: 汇报：数字出版中心主任
: 学历：本科及以上，计算机、编辑出版等专业
: 经验：1年以上电子书制作或数字内容编辑经验

新媒体运营
: 所属：数字出版中心
: 汇报：数字出版中心副主任（分管新媒体）
: 协作：发行部、各编辑室

## 数字编辑做什么

> [!note] 日常工作
> - 将纸书文件转换为EPUB电子书，完成电子书的编辑、校验和上架
> - 负责有声书项目的脚本改编，对接录制方
> - 维护社内数字资源库，做好图书元数据著录
> - 对接微信读书、当当云阅读等平台，核对上架与结算数据

## 新媒体运营做什么

> [!tip] 日常工作
> 1. 运营社里的微信公众号、小红书、抖音账号，每周推送不少于5篇原创内容
> 2. 策划并执行新书直播带货，与主播、发行部协同选品和备货
> 3. 收集读者反馈，形成月度运营数据报告
> 4. 管理读者社群，维护会员体系

## 值班与发布

> [!warning] 发布红线
> 所有对外发布内容须经数字出版中心主任审核后发布，涉及新书信息的须与责任编辑核对。

- 周末及节假日由新媒体运营轮流值班，负责舆情监测。
- 电子书上架前须完成“三查”：查目录、查图片、查元数据。
"""


def f07():
    (OUT / "07_数字出版中心工作手册.md").write_text(T07, encoding="utf-8")


# --------------------------------------------------------------------------- 08 docx form
def f08():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("员工试用期转正考核表")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("表单编号：QL-HR-F08　　　　填表日期：2024年8月28日")
    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [["姓名", "李××", "岗位", "数字编辑"],
            ["部门", "数字出版中心", "入职日期", "2024年6月3日"],
            ["试用期", "3个月", "考核人", "数字出版中心主任"]]
    for row, vs in zip(t.rows, vals):
        for c, v in zip(row.cells, vs):
            c.text = v
    d.add_paragraph("")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["考核维度", "考核要点", "分值", "自评", "上级评分"]):
        c.text = h
    for row in [("工作业绩", "试用期内完成电子书转换上架不少于30种", "30"),
                ("工作质量", "电子书校验差错率不高于万分之三", "25"),
                ("专业能力", "掌握EPUB3规范及Sigil等制作工具", "20"),
                ("工作态度", "按时提交周报，平台需求24小时内响应", "15"),
                ("团队协作", "与编辑室、发行部配合顺畅，无投诉", "10"),
                ("合计", "", "100")]:
        cells = t.add_row().cells
        for c, v in zip(cells, list(row) + ["", ""]):
            c.text = v
    d.add_paragraph("考核结论：□ 同意转正　　□ 延长试用期　　□ 不予录用")
    d.add_paragraph("评分规则：上级评分总分80分及以上方可转正；60～79分延长试用期1个月；60分以下不予录用。")
    d.add_paragraph("考核人签字：__________　　人力资源部意见：__________")
    d.save(OUT / "08_试用期转正考核表（数字编辑）.docx")


# --------------------------------------------------------------------------- 09 txt (UTF-16 YAML)
T09 = """# 青岚文艺出版社 岗位档案导出
# 导出时间: 2024-10-12 09:31   系统: HRM v5.3   导出人: hr01
# 说明: 字段为空表示档案中未维护
posts:
  - 岗位编码: QL-CW-02
    岗位: 财务会计
    部门: 财务部
    上级: 财务部经理
    地点: 青岚出版大厦6楼财务部
    学历: 本科及以上（会计、财务管理专业）
    证书: 初级会计专业技术资格（助理会计师）及以上
    经验: 2年以上企业会计工作经验，有出版或文化企业经验优先
    职责:
      - 负责日常会计核算，审核原始凭证，编制记账凭证
      - 负责图书成本核算，按品种归集稿酬与印制费用
      - 编制月度、年度财务报表并进行简要分析
      - 办理增值税等各项纳税申报
    薪资: 6000-9000元/月
  - 岗位编码: QL-ZB-03
    岗位: 行政专员
    部门: 综合办公室
    上级: 综合办公室主任
    地点: 青岚出版大厦2楼综合办公室
    学历: 大专及以上（行政管理、文秘专业优先）
    证书:
    经验: 1年以上行政工作经验
    职责:
      - 负责公文收发、登记与文书档案管理
      - 组织社务会等会议，做好会务安排与会议纪要
      - 办公用品采购、发放及固定资产登记
      - 协助做好来访接待与车辆使用登记
    薪资: 5000-7000元/月
  - 岗位编码: QL-BQ-02
    岗位: 版权专员
    部门: 版权部
    上级: 版权经理
    地点: 青岚出版大厦5楼版权部
    学历:
    证书:
    经验:
    职责:
      - 协助版权经理整理版权合同与授权文件
      - 维护版权信息数据库
    薪资:
"""


def f09():
    (OUT / "09_职能岗位档案导出.yaml.txt").write_bytes(T09.replace("\n", "\r\n").encode("utf-16"))


# --------------------------------------------------------------------------- 10 docx
def f10():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from docx.oxml.ns import qn

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("青岚文艺出版社机构设置与岗位编制方案")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("（2023年12月28日社务会审议通过）").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in ["为适应融合出版发展需要，经社务会研究，现将我社内设机构及岗位编制明确如下。",
              "一、我社实行社长负责制，总编辑分管内容生产，副社长分管出版与校对工作。",
              "二、全社设编辑一室、美术设计室、校对科、出版部、发行部、数字出版中心、版权部、财务部、综合办公室九个部门，"
              "各部门负责人及岗位编制见下表。",
              "三、版权部不设部门主任，由版权经理兼任部门负责人，直接向社长汇报。"]:
        d.add_paragraph(t)
    rows = [["部门", "部门负责人", "下设岗位及编制", "分管社领导"],
            ["编辑一室", "编辑室主任", "策划编辑4人；责任编辑6人", "总编辑"],
            ["美术设计室", "美术设计室主任", "美术编辑3人", "总编辑"],
            ["校对科", "校对科科长", "校对员4人", "副社长"],
            ["出版部", "出版部主任", "印制专员2人", "副社长"],
            ["发行部", "发行部经理", "发行专员5人；客服专员1人", "社长"],
            ["数字出版中心", "数字出版中心主任", "数字编辑3人；新媒体运营2人", "总编辑"],
            ["版权部", "版权经理（兼）", "版权专员2人", "社长"],
            ["财务部", "财务部经理", "财务会计2人；出纳1人", "社长"],
            ["综合办公室", "综合办公室主任", "行政专员2人；司机1人", "社长"]]
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    d.add_paragraph("四、各岗位职责由人力资源部另行编制岗位说明书。编制调整须报社务会审批。")
    d.add_paragraph("五、本方案自2024年1月1日起执行。")
    d.save(OUT / "10_机构设置与岗位编制方案.docx")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.stat().st_size, p.name)


if __name__ == "__main__":
    main()
