"""Round 33 blind trial: 衡正律师事务所 document set (10 files, new layouts).

Run: T33_OUT=/tmp/t33law/corpus /tmp/r21venv/bin/python gen.py
Needs python-docx, openpyxl, reportlab (and the WenQuanYi font for the PDF).
"""
import copy
import os
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T33_OUT", "/tmp/t33law/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FIRM = "衡正律师事务所"


# ---------------------------------------------------------------- helpers
def cjk_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def merge_v(cell_top, cell_bottom):
    return cell_top.merge(cell_bottom)


# ---------------------------------------------------------------- F01
def f01():
    """Two-column tables; title row spans both columns; 岗位职责 / 任职资格 are single
    left cells merged vertically over one-duty-per-row right cells."""
    d = docx.Document()
    cjk_font(d)
    d.add_paragraph(f"{FIRM}诉讼部岗位说明书").runs[0].bold = True
    d.add_paragraph("文件编号：HZ-SS-2024-01　　版本：V2.1　　生效日期：2024年7月1日")
    posts = [
        {
            "name": "合伙人",
            "facts": [("所属部门", "诉讼部"), ("直接上级", "管理委员会"), ("直接下级", "主办律师、实习律师"),
                      ("工作地点", "杭州总所")],
            "duty": [
                "负责诉讼部业务发展规划，组织重大疑难案件的集体讨论",
                "开拓并维护重点客户，牵头承接标的额在5000万元以上的案件",
                "审核主办律师起草的起诉状、答辩状、代理词等重要法律文书",
                "负责新收案件利益冲突审查的最终确认",
                "指导和培养青年律师，每年至少带教2名实习律师",
                "参与管理委员会决策，落实律所执业风险控制制度",
            ],
            "qual": [
                "法学本科及以上学历，持有律师执业证",
                "执业满8年，具有丰富的民商事诉讼或仲裁经验",
                "近三年年均创收不低于200万元",
                "具有稳定的客户资源和团队管理能力",
            ],
        },
        {
            "name": "主办律师",
            "facts": [("所属部门", "诉讼部"), ("直接上级", "合伙人"), ("直接下级", "实习律师、律师助理"),
                      ("工作地点", "杭州总所（可派驻宁波分所）")],
            "duty": [
                "独立承办民商事诉讼及仲裁案件，对案件质量负责",
                "制定诉讼策略，撰写起诉状、答辩状、代理词等法律文书",
                "出庭参加庭审，完成举证质证和法庭辩论",
                "及时向客户通报案件进展，每月至少书面汇报一次",
                "指导实习律师和律师助理开展证据整理、法律检索工作",
                "按时在工时系统填报工作记录，配合账单制作",
            ],
            "qual": [
                "法学本科及以上学历，通过国家统一法律职业资格考试（A证）",
                "持有律师执业证，执业满3年",
                "英语CET-6及以上，能处理英文合同和涉外文书者优先",
                "具备独立出庭能力和良好的文字表达能力",
            ],
        },
        {
            "name": "实习律师",
            "facts": [("所属部门", "诉讼部"), ("直接上级", "带教律师（由主办律师担任）"), ("直接下级", "无"),
                      ("工作地点", "杭州总所")],
            "duty": [
                "在带教律师指导下参与案件办理，按周填写实习日志",
                "协助进行法律检索和类案研究，形成检索报告",
                "整理案件证据，制作证据目录和质证意见初稿",
                "起草法律文书初稿，交带教律师审核修改",
                "随同带教律师出庭、会见当事人并做好笔录",
                "参加律师协会组织的实习人员集中培训",
            ],
            "qual": [
                "法学本科及以上学历",
                "已取得法律职业资格证书（A证）",
                "已在律师协会办理实习登记，实习期为一年",
                "工作认真细致，具备较强的学习能力和抗压能力",
            ],
        },
    ]
    for i, p in enumerate(posts, 1):
        rows = 1 + len(p["facts"]) + len(p["duty"]) + len(p["qual"])
        t = d.add_table(rows=rows, cols=2)
        t.style = "Table Grid"
        title = t.cell(0, 0).merge(t.cell(0, 1))
        title.text = f"岗位名称：{p['name']}"
        title.paragraphs[0].runs[0].bold = True
        r = 1
        for k, v in p["facts"]:
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
            r += 1
        for label, lines in (("岗位职责", p["duty"]), ("任职资格", p["qual"])):
            top = r
            for ln in lines:
                t.cell(r, 1).text = ln
                r += 1
            m = t.cell(top, 0).merge(t.cell(r - 1, 0))
            m.text = label
        d.add_paragraph("")
    d.add_paragraph("本说明书由律所人力资源部负责解释，每年修订一次。")
    d.save(OUT / "01_诉讼部岗位说明书.docx")


# ---------------------------------------------------------------- F02
def _new_num(doc, fmt="decimal", text="%1."):
    """Create an abstractNum + num with its own counter; return numId."""
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "420")
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    a.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    numbering.append(n)
    return nid


def _numbered(doc, text, nid):
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(nid))
    numpr.append(il)
    numpr.append(ni)
    ppr.insert(0, numpr)
    return p


def f02():
    """Word automatic numbering (numPr, no literal numbers) in a two-column (w:cols) section."""
    d = docx.Document()
    cjk_font(d)
    # make sure a numbering part exists
    d.add_paragraph("x", style="List Number")
    body = d.element.body
    body.remove(body[0])
    d.add_heading(f"{FIRM}公司业务部（非诉）岗位职责", level=1)
    d.add_paragraph("公司业务部承办公司并购、资本市场、常年法律顾问等非诉讼业务。以下岗位说明适用于上海分所。")
    # switch to a two-column section
    sec = d.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "425")

    d.add_heading("一、非诉律师", level=2)
    d.add_paragraph("汇报对象：公司业务部负责合伙人")
    d.add_paragraph("工作地点：上海分所（陆家嘴）")
    d.add_paragraph("岗位职责").runs[0].bold = True
    nid = _new_num(d, "decimalEnclosedCircleChinese", "%1")
    for s in [
        "为企业客户提供常年法律顾问服务，审阅修改各类商业合同",
        "承办股权投资、并购重组项目的法律尽职调查，出具尽调报告",
        "起草股东协议、投资协议、公司章程等交易文件",
        "参与商务谈判，就交易结构提供法律意见",
        "办理公司设立、增资、股权转让等工商变更事项",
        "出具法律意见书，经负责合伙人复核后签发",
    ]:
        _numbered(d, s, nid)
    d.add_paragraph("任职要求").runs[0].bold = True
    nid = _new_num(d, "decimal", "%1.")
    for s in [
        "法学硕士及以上学历，具有金融或经济学背景者优先",
        "持有律师执业证，2年以上公司并购或资本市场业务经验",
        "英语可作为工作语言，具备英文合同起草能力",
        "熟练使用Wind、企查查等数据库",
    ]:
        _numbered(d, s, nid)
    d.add_paragraph("薪酬：年薪25万—40万元，另按项目计发奖金")

    d.add_heading("二、法律秘书", level=2)
    d.add_paragraph("汇报对象：所服务的合伙人")
    d.add_paragraph("工作地点：上海分所")
    d.add_paragraph("岗位职责").runs[0].bold = True
    nid = _new_num(d, "decimalEnclosedCircleChinese", "%1")
    for s in [
        "管理合伙人日程，安排客户会议和出差行程",
        "负责案件卷宗的收发登记及文件的排版、校对",
        "跟踪上诉期、举证期等案件期限，提前3个工作日提醒律师",
        "协助律师录入工时并制作客户账单",
        "接听客户来电并做好来电记录",
    ]:
        _numbered(d, s, nid)
    d.add_paragraph("任职要求").runs[0].bold = True
    nid = _new_num(d, "decimal", "%1.")
    for s in [
        "大专及以上学历，法律、文秘专业优先",
        "1年以上律所或外企秘书工作经验",
        "熟练使用Office办公软件，中文录入每分钟60字以上",
    ]:
        _numbered(d, s, nid)
    d.save(OUT / "02_公司业务部岗位职责.docx")


# ---------------------------------------------------------------- F03
def f03():
    """Criteria rows x levels columns under merged grouped headers (律师序列 / 合伙人序列)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "晋升标准"
    thin = Side(style="thin")
    ws.merge_cells("A1:G1")
    ws["A1"] = f"{FIRM}律师职级晋升标准（2024年修订）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:A3"); ws["A2"] = "考核维度"
    ws.merge_cells("B2:B3"); ws["B2"] = "考核项目"
    ws.merge_cells("C2:E2"); ws["C2"] = "律师序列"
    ws.merge_cells("F2:G2"); ws["F2"] = "合伙人序列"
    for c, v in zip("CDEFG", ["初级律师", "中级律师", "高级律师", "授薪合伙人", "权益合伙人"]):
        ws[f"{c}3"] = v
    rows = [
        ("执业条件", "执业年限", "执业满1年", "执业满3年", "执业满6年", "执业满8年", "担任授薪合伙人满3年"),
        ("执业条件", "职业资格", "律师执业证", "律师执业证", "律师执业证", "律师执业证", "专职律师执业证"),
        ("业绩条件", "年度有效计费小时", "1200小时", "1500小时", "1600小时", "1400小时", "不考核"),
        ("业绩条件", "年度创收", "不考核", "80万元", "150万元", "300万元", "500万元"),
        ("业绩条件", "办案数量", "协办案件10件以上", "主办案件15件以上", "主办案件20件以上", "—", "—"),
        ("能力条件", "外语能力", "无要求", "CET-4", "CET-6或同等水平", "同高级律师", "同高级律师"),
        ("能力条件", "团队与带教", "无", "带教实习律师1名", "带教实习律师2名", "组建3人以上团队", "组建5人以上团队"),
    ]
    for i, row in enumerate(rows, 4):
        for j, v in enumerate(row):
            ws.cell(i, j + 1, v)
    ws.merge_cells("A4:A5"); ws.merge_cells("A6:A8"); ws.merge_cells("A9:A10")
    ws["F6"].comment = Comment("授薪合伙人的计费小时可含团队成员工时的20%", "人力资源部")
    ws.merge_cells("A12:G12")
    ws["A12"] = ("晋升程序：每年3月由管理委员会统一评审；权益合伙人晋升须经合伙人会议三分之二以上表决通过，"
                 "并按规定缴纳合伙出资。")
    ws.merge_cells("A13:G13")
    ws["A13"] = "说明：实习律师不参加职级评审，取得执业证后自动定为初级律师。"
    for row in ws.iter_rows(min_row=2, max_row=10, max_col=7):
        for c in row:
            c.border = Border(top=thin, bottom=thin, left=thin, right=thin)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions["B"].width = 18
    for c in "CDEFG":
        ws.column_dimensions[c].width = 16
    wb.save(OUT / "03_律师职级晋升标准.xlsx")


# ---------------------------------------------------------------- F04
def f04():
    """KPI library: post merged down its block, weights mixed 30% / 0.25 / 15分, footnote marks."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KPI指标库"
    ws.merge_cells("A1:G1")
    ws["A1"] = f"{FIRM}岗位KPI指标库（2025年度）"
    ws["A1"].font = Font(bold=True, size=13)
    head = ["考核岗位", "指标类别", "指标名称", "权重", "目标值", "评分规则", "数据来源"]
    for j, h in enumerate(head, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    blocks = [
        ("主办律师", [
            ("业绩", "有效计费小时①", "30%", "年度≥1500小时", "每少50小时扣2分", "工时系统"),
            ("业绩", "回款额②", 0.25, "年度≥120万元", "按完成比例计分，最高120%", "财务部"),
            ("质量", "文书差错率", "15分", "≤1%", "每超0.5个百分点扣3分", "质控抽查"),
            ("客户", "客户满意度", "20%", "≥90分", "低于80分该项不得分", "客户回访"),
            ("合规", "利益冲突申报及时率*", 0.1, "100%", "未申报一次扣5分", "风控委员会"),
        ]),
        ("合伙人", [
            ("业绩", "创收总额②", "40%", "年度≥300万元", "按完成比例计分", "财务部"),
            ("业绩", "团队人均计费小时①", 0.2, "≥1400小时", "每少100小时扣3分", "工时系统"),
            ("发展", "新客户开发数", "15分", "年度≥5家", "每少1家扣3分", "市场部"),
            ("团队", "团队律师流失率", "10%", "≤10%", "每超2个百分点扣2分", "人力资源部"),
            ("合规", "执业风险事件数", 0.15, "0起", "发生执业投诉一次扣10分", "风控委员会"),
        ]),
        ("律师助理", [
            ("效率", "文书初稿按时完成率", "30%", "≥95%", "每低1个百分点扣1分", "主办律师评价"),
            ("质量", "证据整理准确率", 0.3, "≥98%", "出现遗漏一次扣5分", "主办律师评价"),
            ("质量", "法律检索报告质量", "20分", "律师评分≥4分（5分制）", "按评分折算", "主办律师评价"),
            ("纪律", "工时填报及时率", "20%", "100%", "迟报一次扣2分", "工时系统"),
        ]),
        ("法律秘书", [
            ("质量", "期限提醒准确率", "40%", "100%", "漏提醒一次该项不得分", "案件管理系统"),
            ("质量", "文件排版差错", 0.2, "每月≤2处", "每多1处扣2分", "律师反馈"),
            ("效率", "账单制作及时率", "20分", "≥98%", "每低1个百分点扣1分", "财务部"),
            ("服务", "律师满意度", "20%", "≥90分", "按问卷得分折算", "年度问卷"),
        ]),
        ("市场专员", [
            ("活动", "市场活动举办场次", "25%", "每季度≥3场", "少1场扣5分", "市场部台账"),
            ("品牌", "公众号文章平均阅读量", 0.25, "单篇≥2000", "按完成比例计分", "公众号后台"),
            ("商机", "有效商机线索数③", "30分", "每月≥8条", "少1条扣3分", "CRM系统"),
            ("交付", "品牌物料交付及时率", "20%", "100%", "延误一次扣2分", "市场部台账"),
        ]),
        ("财务专员", [
            ("效率", "账单开具及时率", "30%", "结案或结算后2个工作日内", "超时一次扣2分", "财务系统"),
            ("质量", "应收账款对账准确率", 0.3, "100%", "差错一次扣5分", "月度对账"),
            ("质量", "发票开具差错率", "20分", "0", "差错一次扣5分", "税务系统"),
            ("效率", "报销审核时效", "20%", "≤3个工作日", "超时一次扣2分", "OA系统"),
        ]),
    ]
    r = 3
    for post, inds in blocks:
        top = r
        for ind in inds:
            ws.cell(r, 2, ind[0]); ws.cell(r, 3, ind[1])
            c = ws.cell(r, 4, ind[2])
            if isinstance(ind[2], float):
                c.number_format = "0.00"
            ws.cell(r, 5, ind[3]); ws.cell(r, 6, ind[4]); ws.cell(r, 7, ind[5])
            r += 1
        ws.cell(top, 1, post)
        ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(top, 1).alignment = Alignment(vertical="center")
    r += 1
    notes = [
        "① 有效计费小时：经客户确认、可向客户收费的工时，公益案件及所内会议不计入。",
        "② 回款额、创收总额均以实际到账金额计，不含增值税。",
        "③ 有效商机线索：已由合伙人确认有委托意向的潜在客户。",
        "* 利益冲突申报：新案件受理前须在OA系统完成利益冲突检索并提交申报。",
        "注：权重一栏中“30%”“0.3”“30分”含义相同，均指该指标占总分的比重；各岗位权重合计为100%。",
    ]
    for n in notes:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        ws.cell(r, 1, n)
        r += 1
    for c, w in zip("ABCDEFG", [12, 8, 24, 8, 22, 26, 14]):
        ws.column_dimensions[c].width = w
    wb.save(OUT / "04_岗位KPI指标库.xlsx")


# ---------------------------------------------------------------- F05
def f05():
    """Excel 'Unicode text' export: UTF-16LE with BOM, tab-separated, quoted multi-line cells, CRLF."""
    head = ["职位编号", "职位名称", "所属部门", "工作地点", "薪资范围", "学历要求", "工作经验", "职位描述", "发布日期"]
    rows = [
        ["HZ-2025-011", "BD经理", "市场部", "杭州总所", "15-25K·14薪", "本科及以上", "5年以上",
         "岗位职责：\n1、拓展金融、科技行业企业客户，建立客户档案\n2、组织律所面向客户的业务推介会\n"
         "3、协助合伙人准备投标文件和法律服务方案\n4、维护重点客户关系，跟进常年顾问合同续约\n"
         "任职要求：\n1、市场营销或法学专业\n2、5年以上律所、咨询公司或银行对公业务拓展经验\n"
         "3、沟通谈判能力强，能适应经常出差", "2025-02-18"],
        ["HZ-2025-012", "市场专员", "市场部", "杭州总所", "8-12K", "本科及以上", "1-3年",
         "岗位职责：\n1、负责律所微信公众号、官网的内容策划和运营\n2、筹办研讨会、客户沙龙等市场活动\n"
         "3、制作律所宣传册、律师简介等品牌物料\n4、整理业绩案例，配合申报钱伯斯、Legal 500等法律评级\n"
         "任职要求：\n1、新闻、中文、市场营销相关专业\n2、文字功底扎实，熟练使用PS、秀米等工具", "2025-02-18"],
        ["SH-2025-003", "IT运维工程师", "行政综合部", "上海分所", "10-15K", "大专及以上", "3年以上",
         "岗位职责：\n1、负责律所办公网络、服务器及视频会议系统的日常运维\n"
         "2、维护OA、案件管理系统和工时系统，处理账号权限申请\n3、定期备份案件数据，落实信息安全与客户保密要求\n"
         "4、管理电脑、打印机等IT资产台账\n任职要求：\n1、计算机相关专业\n"
         "2、持有华为HCIA或思科CCNA等网络认证者优先\n3、能接受节假日轮流值班", "2025-03-01"],
    ]

    def cell(v):
        if any(ch in v for ch in '\n\t"'):
            return '"' + v.replace('"', '""').replace("\n", "\r\n") + '"'
        return v

    lines = ["\t".join(head)] + ["\t".join(cell(v) for v in r) for r in rows]
    text = "\r\n".join(lines) + "\r\n"
    (OUT / "05_招聘职位导出.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))


# ---------------------------------------------------------------- F06
def f06():
    md = f"""# {FIRM}行政综合部工作手册

> 适用范围：杭州总所及各分所行政综合部。部门负责人为行政总监，向管理合伙人汇报。
> 财务部岗位说明书由财务部另行发布，本手册不再收录。

## 一、部门职能

行政综合部负责律所办公环境与后勤保障、档案管理、前台接待及信息系统支持。

## 二、岗位说明

<details>
<summary><b>行政主管</b>（编制1人）</summary>

- **汇报对象**：行政总监
- **下属岗位**：前台、档案管理员、司机
- **工作职责**
  1. 统筹律所办公环境、会议室和差旅服务管理
  2. 负责办公用品、固定资产的采购与盘点，每季度盘点一次
  3. 组织律所年会、团建等内部活动
  4. 管理前台和档案室工作，审批档案借阅申请
  5. 对接物业，处理办公场所的安全、消防事务
- **任职要求**：本科及以上学历，行政管理相关专业；5年以上行政工作经验，其中2年以上律所或专业服务机构经验；持有C1驾驶证。

</details>

<details>
<summary><b>前台</b>（编制2人，轮班）</summary>

- **汇报对象**：行政主管
- **工作时间**：8:45—18:00，每周轮值一次晚班至20:00
- **工作职责**
  1. 接待来访客户，登记访客信息并引导至会议室
  2. 接听总机电话并准确转接，记录留言
  3. 管理会议室预订，会前准备茶水和投影设备
  4. 收发快递及法院、仲裁机构的邮寄文书并登记
  5. 保持前台区域整洁，维护律所接待形象
- **任职要求**：大专及以上学历，普通话标准，形象气质佳，能用简单英语接待外籍客户。

</details>

<details>
<summary><b>档案管理员</b>（编制1人）</summary>

- **汇报对象**：行政主管
- **工作职责**
  1. 接收结案卷宗，在结案后30日内完成立卷归档
  2. 办理档案借阅登记，借出卷宗须在7日内催还
  3. 对纸质卷宗进行扫描，建立电子档案库
  4. 按保管期限管理档案，诉讼卷宗保存不少于30年
  5. 遵守保密制度，未经批准不得向所外提供档案
- **任职要求**：大专及以上学历，档案学或图书情报专业优先；持有档案员岗位培训证书者优先。

</details>

## 三、通用规定

1. 行政综合部人员每年参加不少于16学时的保密培训。
2. 办公用品领用须通过OA系统申请。
"""
    (OUT / "06_行政综合部工作手册.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- F07
def f07():
    text = (
        "【衡正律所·诉讼部】诚聘律师助理2名，工作地点在杭州市西湖区文三路总所，岗位职责：协助主办律师整理案件材料和证据清单，"
        "进行类案检索并撰写检索报告，起草律师函、起诉状等文书初稿，负责立案、调档、缴费等法院跑腿事务，完成律师交办的其他工作；"
        "岗位要求：全日制法学本科及以上学历，已通过法考者优先，能熟练使用威科先行、北大法宝等法律数据库，能接受短期出差；"
        "薪资待遇：试用期3个月，月薪5000-7000元，转正后根据考核调整，缴纳五险一金，每年两次所内专业培训；"
        "汇报对象：诉讼部主办律师；简历请投递至hr@hengzhenglaw.cn，邮件标题注明“律师助理+姓名+毕业院校”。\n"
    )
    (OUT / "07_律师助理招聘启事.txt").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- F08
def f08():
    html = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>衡正律师事务所--人才招聘</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="80" background="images/top_bg.jpg"><img src="images/logo.gif" width="300" height="80"></td></tr>
<tr><td height="26" bgcolor="#7B0C0C"><font color="#FFFFFF" size="2">&nbsp;&nbsp;首页&nbsp;|&nbsp;律所简介&nbsp;|&nbsp;专业领域&nbsp;|&nbsp;律师团队&nbsp;|&nbsp;人才招聘&nbsp;|&nbsp;联系我们</font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="180" valign="top" bgcolor="#F2F2F2"><font size="2">&nbsp;&middot;&nbsp;<a href="zp.asp">社会招聘</a><br>&nbsp;&middot;&nbsp;<a href="xz.asp">校园招聘</a><br>&nbsp;&middot;&nbsp;<a href="fl.asp">薪酬福利</a></font></td>
<td width="598" valign="top">
<table width="96%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
<tr><td bgcolor="#EFEFEF"><font size="3" color="#7B0C0C"><b>知识产权部&nbsp;&nbsp;招聘启事</b></font>&nbsp;&nbsp;<font size="1" color="#999999">发布时间：2025-01-06&nbsp;&nbsp;浏览次数：1362</font></td></tr>
<tr><td bgcolor="#FFFFFF"><font size="2">
<b>■&nbsp;职位一：知识产权代理人（专利方向）</b><br>
&nbsp;&nbsp;招聘人数：3人&nbsp;&nbsp;&nbsp;&nbsp;工作地点：杭州总所<br>
&nbsp;&nbsp;直接上级：知识产权部负责合伙人<br>
&nbsp;&nbsp;薪资待遇：年薪18万-30万元，另有专利授权提成<br>
&nbsp;&nbsp;<u>工作内容</u>：<br>
&nbsp;&nbsp;（1）撰写发明、实用新型专利申请文件；<br>
&nbsp;&nbsp;（2）答复国家知识产权局的审查意见通知书；<br>
&nbsp;&nbsp;（3）开展专利检索、专利稳定性及侵权比对分析；<br>
&nbsp;&nbsp;（4）代理专利无效宣告请求及答辩；<br>
&nbsp;&nbsp;（5）为企业客户出具FTO自由实施分析报告。<br>
&nbsp;&nbsp;<u>应聘条件</u>：<br>
&nbsp;&nbsp;（1）电子、通信、机械等理工科本科及以上学历；<br>
&nbsp;&nbsp;（2）持有专利代理师资格证书；<br>
&nbsp;&nbsp;（3）2年以上专利撰写经验，英语能阅读技术文献。<br>
<br>
<b>■&nbsp;职位二：商标代理人</b><br>
&nbsp;&nbsp;招聘人数：1人&nbsp;&nbsp;&nbsp;&nbsp;工作地点：宁波分所<br>
&nbsp;&nbsp;直接上级：知识产权部负责合伙人<br>
&nbsp;&nbsp;薪资待遇：月薪8000-12000元<br>
&nbsp;&nbsp;<u>工作内容</u>：<br>
&nbsp;&nbsp;（1）办理商标查询、注册申请及续展；<br>
&nbsp;&nbsp;（2）代理商标驳回复审、异议及无效宣告案件；<br>
&nbsp;&nbsp;（3）为客户提供商标监测和品牌布局建议。<br>
&nbsp;&nbsp;<u>应聘条件</u>：<br>
&nbsp;&nbsp;（1）法学或外语专业本科及以上学历；<br>
&nbsp;&nbsp;（2）1年以上商标代理工作经验，熟悉尼斯分类。<br>
<br>
<b>■&nbsp;职位三：涉外律师</b><br>
&nbsp;&nbsp;岗位信息近期另行发布，敬请关注。<br>
</font></td></tr>
<tr><td bgcolor="#EFEFEF"><font size="2">应聘方式：请将简历发送至 ip-hr@hengzhenglaw.cn ，合则约见，简历恕不退还。</font></td></tr>
</table>
</td>
</tr>
</table>
</td></tr>
<tr><td height="40" align="center" bgcolor="#7B0C0C"><font color="#FFFFFF" size="1">版权所有&copy;衡正律师事务所&nbsp;&nbsp;浙ICP备0000000号</font></td></tr>
</table>
</body>
</html>
"""
    (OUT / "08_知识产权部招聘.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- F09
def f09():
    """A landscape 16:9 slide deck exported to PDF, footer and page number on every slide."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    W, H = 960, 540
    c = canvas.Canvas(str(OUT / "09_2025校园招聘宣讲.pdf"), pagesize=(W, H))
    slides = [
        ("衡正律师事务所 2025届校园招聘宣讲会", ["以法为衡　守正致远", "宣讲城市：杭州、上海、南京"]),
        ("关于衡正", ["成立于2006年，总所位于杭州，在上海、宁波设有分所",
                      "执业律师120余名，业务涵盖诉讼仲裁、公司并购、知识产权",
                      "连续五年入选地方优秀律师事务所"]),
        ("本次招聘岗位", ["实习律师（诉讼方向）　12人　杭州、宁波",
                          "实习律师（非诉方向）　6人　上海",
                          "知识产权助理　4人　杭州"]),
        ("实习律师培养计划：青衡计划", ["第1-3个月：入所集中培训，诉讼部与公司业务部轮岗",
                                       "第4-12个月：跟随带教律师独立承担案件辅助工作",
                                       "每名实习律师配备1名带教律师和1名合伙人导师",
                                       "实习期满考核合格后，由律所协助申领律师执业证"]),
        ("薪酬福利", ["实习律师月薪：杭州8000元，上海9000元",
                      "外地生源首年发放住房补贴1500元/月",
                      "取得执业证当年发放执业奖励5000元",
                      "五险一金、年度体检、带薪年假10天"]),
        ("应聘条件", ["2025届法学硕士或优秀法学本科毕业生",
                      "已通过国家统一法律职业资格考试，或报名参加2025年考试",
                      "英语CET-6成绩425分以上",
                      "有律所或法院实习经历者优先"]),
        ("招聘流程", ["网申 → 笔试 → 两轮面试 → 发放录用通知",
                      "网申截止日期：2024年10月31日",
                      "投递邮箱：campus@hengzhenglaw.cn"]),
    ]
    n = len(slides)
    for i, (title, bullets) in enumerate(slides, 1):
        c.setFillColorRGB(0.48, 0.05, 0.05)
        c.rect(0, H - 90, W, 90, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("WQY", 30 if i > 1 else 34)
        c.drawString(50, H - 60, title)
        c.setFont("WQY", 11)
        c.drawRightString(W - 30, H - 25, "HENGZHENG LAW")
        c.setFillColorRGB(0.1, 0.1, 0.1)
        c.setFont("WQY", 22)
        y = H - 150
        for b in bullets:
            c.drawString(70, y, "■ " + b if i > 1 else b)
            y -= 50
        c.setFont("WQY", 10)
        c.setFillColorRGB(0.4, 0.4, 0.4)
        c.drawString(50, 20, "衡正律师事务所 · 2025校园招聘")
        c.drawRightString(W - 50, 20, f"第{i}页 / 共{n}页")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- F10
def f10():
    """One section per post; the post is named only in that section's page header."""
    d = docx.Document()
    cjk_font(d)
    posts = [
        ("财务专员", "HZ-CW-02", ["所属部门：财务部", "直接上级：财务经理", "工作地点：杭州总所"],
         ["负责律师费账单的开具与寄送，跟踪客户回款",
          "核对律师费收入与到账流水，按月编制应收账款账龄表",
          "审核律师差旅费、办案费报销单据",
          "计算律师提成及合伙人分配基础数据，交财务经理复核",
          "办理律师费增值税发票的开具与红冲",
          "配合年度审计及律师协会年度检查的财务资料准备"],
         ["财会类本科及以上学历",
          "持有初级会计专业技术资格证书，中级优先",
          "3年以上财务工作经验，熟悉律所计时收费与风险代理结算方式者优先",
          "熟练使用用友或金蝶财务软件"]),
        ("出纳", "HZ-CW-03", ["所属部门：财务部", "直接上级：财务部经理", "工作地点：杭州总所"],
         ["登记现金日记账和银行存款日记账，做到日清月结",
          "每日核对银行流水，及时将客户来款通知财务专员认领",
          "办理律所各项费用的对外支付",
          "按月发放工资及律师提成",
          "保管库存现金、支票和网银U盾"],
         ["会计相关专业大专及以上学历",
          "1年以上出纳工作经验",
          "为人诚实，原则性强"]),
    ]
    first = True
    for name, code, facts, duties, quals in posts:
        if first:
            sec = d.sections[0]
            first = False
        else:
            sec = d.add_section(WD_SECTION.NEW_PAGE)
            sec.header.is_linked_to_previous = False
        hp = sec.header.paragraphs[0]
        hp.text = f"{FIRM}　岗位说明书　｜　岗位：{name}　｜　编号：{code}"
        d.add_paragraph("岗位说明书").runs[0].bold = True
        d.add_paragraph("一、基本信息").runs[0].bold = True
        for f in facts:
            d.add_paragraph(f)
        d.add_paragraph("二、岗位职责").runs[0].bold = True
        for k, s in enumerate(duties, 1):
            d.add_paragraph(f"{k}．{s}")
        d.add_paragraph("三、任职资格").runs[0].bold = True
        for k, s in enumerate(quals, 1):
            d.add_paragraph(f"{k}．{s}")
        d.add_paragraph("编制：人力资源部　　审核：财务经理　　批准：管理合伙人")
    d.save(OUT / "10_财务部岗位说明书.docx")


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
