#!/usr/bin/env python3
"""Round 20 (law): HR documents of a fictional law firm, 明衡律师事务所 (北京总所 + 杭州分所).

    T20_OUT=/tmp/t20law /tmp/r20venv/bin/python gen.py      (needs python-docx, openpyxl, reportlab)

Writes $T20_OUT/corpus/ (10 files, deterministic content):
  mh01 Word 岗位说明书: one section per post, facts in a 项目 | 内容 | 说明 table whose 项目 cells are
       merged vertically over the rows of 岗位职责 / 任职资格
  mh02 Word 职能岗位职责规定: 章/条/款 clauses with real footnotes (some facts only in a footnote)
  mh03 xlsx 律师职级与晋升标准: one row per level, criteria in columns, a 说明 sheet
  mh04 xlsx 考核表: 律师助理 and 行政人员 sheets, a separate 评分说明 sheet
  mh05 PDF 律师执业管理办法（节选）: articles with a running header
  mh06 HTML careers page: <article> per posting, <h3> title, <ul> lists
  mh07 Markdown onboarding FAQ for 律师助理
  mh08 TXT e-mail with a forwarded posting pasted in
  mh09 CSV with BOM and a 备注 column
  mh10 Word 员工手册（节选）: 请假 / 加班 rules
"""
import csv
import datetime
import io
import os
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T20_OUT", "/tmp/t20law")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)
FIRM = "明衡律师事务所"


def new_doc():
    d = docx.Document()
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "明衡律师事务所人力资源部"
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    return d


# --------------------------------------------------------------------------- mh01
POSTS1 = [
    ("一、专职律师", {
        "岗位名称": ("专职律师", "对外称谓为“律师”"),
        "所属部门": ("争议解决部", ""),
        "直接上级": ("所在团队负责合伙人", ""),
        "直接下级": ("实习律师、律师助理", "按团队配置，不设固定编制"),
        "工作地点": ("北京总所", "可因案件需要出差"),
        "岗位职责": [
            ("1. 独立承办民商事诉讼、仲裁案件，负责案件事实梳理、证据组织与出庭代理", "占工作量约50%"),
            ("2. 起草、审核法律意见书、律师函及各类合同文本", "重大文书须经合伙人复核后出具"),
            ("3. 参与客户尽职调查及专项法律服务项目，撰写尽调报告", ""),
            ("4. 指导实习律师及律师助理开展案头工作并审核其工作成果", ""),
            ("5. 及时、如实记录计时工时，配合完成客户账单核对", "每周五下班前完成当周工时录入"),
        ],
        "任职资格": [
            ("学历：法学本科及以上学历", "全日制优先"),
            ("证书：持有有效的《律师执业证》", ""),
            ("经验：执业满2年，具有独立办理民商事诉讼案件的经验", ""),
            ("技能：英语可作为工作语言者优先", "需通过所内英文写作测试"),
        ],
        "考核方式": ("年度考核，依据有效工时、案件质量及团队评价", "详见《律师职级与晋升标准》"),
    }),
    ("二、实习律师", {
        "岗位名称": ("实习律师", ""),
        "所属部门": ("按分配团队确定", "争议解决部或公司业务部"),
        "直接上级": ("带教律师", "带教律师须执业满五年"),
        "直接下级": ("无", ""),
        "工作地点": ("北京总所、杭州分所", ""),
        "岗位职责": [
            ("1. 在带教律师指导下开展法律检索与类案研究，形成检索报告", ""),
            ("2. 协助起草起诉状、答辩状、代理词等诉讼文书", "文书不得以实习律师个人名义出具"),
            ("3. 随同带教律师参加庭审、会见和谈判，制作庭审及会议笔录", ""),
            ("4. 按要求填写实习日志，参加律师协会组织的集中培训", "实习期为一年"),
        ],
        "任职资格": [
            ("学历：全日制法学本科及以上学历", ""),
            ("证书：通过国家统一法律职业资格考试，取得《法律职业资格证书》", ""),
            ("经验：不限，有律所或法院实习经历者优先", ""),
            ("其他：入职后一个月内申领《实习人员证》", "由人力资源部协助办理"),
        ],
        "考核方式": ("实习期满由带教律师出具实习鉴定意见", ""),
    }),
    ("三、律师助理", {
        "岗位名称": ("律师助理", "亦称“案件助理”"),
        "所属部门": ("业务支持中心", ""),
        "直接上级": ("所服务团队的专职律师", "人事及考勤关系隶属业务支持中心主管"),
        "直接下级": ("无", ""),
        "工作地点": ("北京总所", ""),
        "岗位职责": [
            ("1. 整理案件卷宗，准备立案材料并办理立案递交", ""),
            ("2. 收取法院、仲裁机构送达的文书，登记举证期限、上诉期限等关键期限", "期限登记当日完成"),
            ("3. 协助律师录入工时、整理计时收费账单", ""),
            ("4. 负责客户来访接待、会议安排及律师差旅预订", ""),
        ],
        "任职资格": [
            ("学历：大专及以上学历，法学、文秘相关专业", ""),
            ("经验：1年以上律所或企业法务相关工作经验", "应届生可放宽"),
            ("技能：熟练使用Office办公软件及威科先行等法律数据库", ""),
        ],
        "考核方式": ("月度考核，见《律师助理及行政人员考核表》", ""),
    }),
    ("四、知识管理专员", {
        "岗位名称": ("知识管理专员", ""),
        "所属部门": ("知识管理部", ""),
        "直接上级": ("知识管理部经理", ""),
        "直接下级": ("无", ""),
        "工作地点": ("北京总所", ""),
        "岗位职责": [
            ("1. 建设和维护所内知识库，分类归集文书范本与典型案例", ""),
            ("2. 每月编辑出版内部通讯《明衡法律评论》", "每月10日前定稿"),
            ("3. 跟踪新颁布的法律法规和司法解释，编写法规速递", ""),
            ("4. 组织所内业务培训讲座的资料整理与录播", ""),
        ],
        "任职资格": [
            ("学历：法学硕士研究生及以上学历", ""),
            ("经验：2年以上法律检索、法律编辑或出版工作经验", ""),
            ("技能：具备较强的中英文写作能力", ""),
        ],
        "考核方式": ("季度考核", ""),
    }),
]


def gen_mh01():
    d = new_doc()
    d.add_heading(f"北京{FIRM}岗位说明书（业务序列）", 0)
    d.add_paragraph("文件编号：MH-HR-2025-01　　版本：V2.0　　生效日期：2025年3月1日")
    d.add_paragraph("编制：人力资源部　　审核：管理委员会")
    for title, f in POSTS1:
        d.add_heading(title, 1)
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ["项目", "内容", "说明"]):
            c.text = txt
        for key in ["岗位名称", "所属部门", "直接上级", "直接下级", "工作地点", "岗位职责", "任职资格", "考核方式"]:
            val = f[key]
            if isinstance(val, list):
                first = None
                for i, (content, note) in enumerate(val):
                    r = t.add_row().cells
                    if i == 0:
                        r[0].text = key
                        first = r[0]
                    r[1].text = content
                    r[2].text = note
                    last = r[0]
                first.merge(last)
            else:
                r = t.add_row().cells
                r[0].text, r[1].text, r[2].text = key, val[0], val[1]
        d.add_paragraph("")
    d.add_paragraph("本说明书由人力资源部负责解释，每年修订一次。")
    d.save(OUT / "mh01_岗位说明书（业务序列）.docx")


# --------------------------------------------------------------------------- mh02 (footnotes)
class Footnotes:
    def __init__(self):
        self.notes = []

    def ref(self, paragraph, text):
        self.notes.append(text)
        fid = len(self.notes)
        r = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                      f'<w:footnoteReference w:id="{fid}"/></w:r>')
        paragraph._p.append(r)

    def attach(self, d):
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
        for i, t in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>{"".join(body)}</w:footnotes>'
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), d.part.package)
        d.part.relate_to(part, RT.FOOTNOTES)


def gen_mh02():
    d = new_doc()
    fn = Footnotes()
    d.add_heading(f"{FIRM}职能岗位职责规定", 0)
    d.add_paragraph("（2025年2月管理委员会第3次会议通过）")
    d.add_heading("第一章　总则", 1)
    p = d.add_paragraph("第一条　为明确职能岗位的工作职责和任职条件，提高律所运营管理水平，制定本规定。")
    p = d.add_paragraph("第二条　本规定适用于本所北京总所及杭州分所的职能岗位人员")
    fn.ref(p, "本规定所称职能岗位，指执业律师、实习律师以外的行政、财务、档案、IT等岗位。")
    p.add_run("。")
    d.add_paragraph("第三条　职能岗位人员实行岗位责任制，岗位职责变更由人力资源部统一修订。")

    d.add_heading("第二章　行政前台", 1)
    d.add_paragraph("第四条　行政前台隶属行政部，直接上级为行政主管。")
    d.add_paragraph("第五条　行政前台的主要职责：")
    d.add_paragraph("（一）负责前台来电转接、来访客户接待与引导；")
    p = d.add_paragraph("（二）做好访客登记及会议室预订管理")
    fn.ref(p, "访客登记信息保存期限为一年，到期由行政部统一销毁。")
    p.add_run("；")
    d.add_paragraph("（三）负责快递、法院邮件的收发登记，当日分送至相关律师；")
    d.add_paragraph("（四）负责办公用品的申领、发放及库存盘点；")
    d.add_paragraph("（五）维护前台区域及接待室的整洁与形象。")
    d.add_paragraph("第六条　行政前台的任职条件：大专及以上学历，一年以上前台或行政工作经验，普通话标准，熟练使用办公软件。")

    d.add_heading("第三章　财务会计", 1)
    d.add_paragraph("第七条　财务会计隶属财务部，直接上级为财务经理。")
    d.add_paragraph("第八条　财务会计的主要职责：")
    d.add_paragraph("（一）审核律师费发票开具申请，办理开票及登记；")
    d.add_paragraph("（二）核对客户回款，跟进应收律师费的催收；")
    d.add_paragraph("（三）审核差旅费、办案费等费用报销单据；")
    d.add_paragraph("（四）编制月度财务报表，办理纳税申报；")
    p = d.add_paragraph("（五）核算律师提成及合伙人分配数据")
    fn.ref(p, "律师提成核算结果须经分管合伙人签字确认后方可发放。")
    p.add_run("。")
    p = d.add_paragraph("第九条　财务会计的任职条件：财务会计或会计学专业本科及以上学历，三年以上财务工作经验，持有会计专业技术资格证书")
    fn.ref(p, "北京总所要求初级及以上会计职称；杭州分所财务会计须具备中级会计职称。")
    p.add_run("。")

    d.add_heading("第四章　档案管理员", 1)
    d.add_paragraph("第十条　档案管理员隶属行政部，直接上级为行政主管。")
    d.add_paragraph("第十一条　档案管理员的主要职责：")
    p = d.add_paragraph("（一）接收结案卷宗，审查归档材料的完整性并办理归档")
    fn.ref(p, "卷宗应于结案后三个月内完成归档，归档及时率纳入档案管理员考核。")
    p.add_run("；")
    d.add_paragraph("（二）办理卷宗借阅、归还登记，借阅期限一般不超过十五日；")
    d.add_paragraph("（三）负责档案室温湿度、防火防潮等安全管理；")
    d.add_paragraph("（四）按年度编制档案目录，配合档案电子化扫描工作。")
    d.add_paragraph("第十二条　档案管理员的任职条件：大专及以上学历，档案学、图书情报相关专业优先，具备一年以上档案管理经验。")

    d.add_heading("第五章　附则", 1)
    d.add_paragraph("第十三条　本规定由人力资源部负责解释，自发布之日起施行。")
    fn.attach(d)
    d.save(OUT / "mh02_职能岗位职责规定.docx")


# --------------------------------------------------------------------------- mh03
def gen_mh03():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "职级体系"
    ws.append([f"{FIRM}律师职级与晋升标准（2025版）"])
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["职级代码", "职级名称", "执业年限要求", "年度有效工时（小时）", "年度创收要求（万元）", "晋升条件", "评审方式", "备注"]
    ws.append(hdr)
    rows = [
        ["L0", "实习律师", "实习期一年", "不考核", "不考核", "实习考核合格并取得律师执业证", "带教律师推荐，律协实习考核", "实习期间不得独立承办案件"],
        ["L1", "初级律师", "执业1-3年", 1600, "不作要求", "连续两个年度考核结果为良好及以上", "部门负责合伙人评议", "即专职律师一级"],
        ["L2", "中级律师", "执业3-5年", 1700, 80, "作为主办律师承办案件不少于20件", "管理委员会评审", ""],
        ["L3", "高级律师", "执业5年以上", 1800, 200, "主办重大疑难案件，公开发表专业文章不少于2篇", "管理委员会评审并答辩", "可担任带教律师"],
        ["L4", "授薪合伙人", "执业8年以上", 1500, 400, "具备独立客户来源，年度创收连续两年达标", "合伙人会议表决，三分之二以上同意", ""],
        ["L5", "权益合伙人", "任授薪合伙人满3年", "不考核", 800, "按合伙协议认缴出资，近三年无行业处分", "合伙人会议全体一致同意", "享有利润分配权"],
    ]
    for r in rows:
        ws.append(r)
    for col, w in zip("ABCDEFGH", [8, 12, 16, 16, 16, 40, 30, 24]):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("说明")
    for line in [
        "1. 有效工时指已录入系统并可向客户收费的计时工时，不含内部培训及行政事务时间。",
        "2. 晋升评审每年一次，于每年3月集中进行，申请人须于2月底前提交晋升申请表。",
        "3. 年度考核结果为“待改进”的，当年不得申请晋升。",
        "4. 杭州分所律师职级标准参照本表执行，创收要求按本表标准的80%计算。",
    ]:
        s2.append([line])
    s2.column_dimensions["A"].width = 90
    wb.save(OUT / "mh03_律师职级与晋升标准.xlsx")


# --------------------------------------------------------------------------- mh04
def gen_mh04():
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    hdr = ["序号", "考核维度", "考核指标", "权重", "目标值", "数据来源"]
    ws = wb.active
    ws.title = "律师助理"
    ws.append(["律师助理月度绩效考核表"])
    ws.merge_cells("A1:F1")
    ws.append(["被考核人：", "", "所服务团队：", "", "考核月份：", ""])
    ws.append(hdr)
    for r in [
        [1, "工作质量", "立案材料一次通过率", "20%", "≥95%", "立案登记台账"],
        [2, "工作质量", "关键期限登记准确率", "25%", "100%", "期限管理系统"],
        [3, "工作效率", "工时录入及时率", "20%", "≥98%", "计时收费系统"],
        [4, "工作效率", "计时账单核对差错次数", "15%", "0次", "财务部反馈"],
        [5, "服务评价", "服务律师满意度", "20%", "≥90分", "团队律师评分"],
    ]:
        ws.append(r)
    ws.append(["", "", "合计", "100%", "", ""])
    ws2 = wb.create_sheet("行政人员")
    ws2.append(["行政人员月度绩效考核表（适用于行政前台、档案管理员）"])
    ws2.merge_cells("A1:F1")
    ws2.append(hdr)
    for r in [
        [1, "服务质量", "来访接待满意度", "25%", "≥95%", "访客满意度抽样"],
        [2, "服务质量", "会议室预订冲突次数", "15%", "0次", "会议室预订系统"],
        [3, "工作效率", "法院邮件当日分送率", "20%", "100%", "收发登记簿"],
        [4, "工作效率", "卷宗归档及时率", "25%", "≥98%", "档案管理系统"],
        [5, "成本控制", "办公用品费用预算执行率", "15%", "≤100%", "财务部台账"],
    ]:
        ws2.append(r)
    ws2.append(["", "", "合计", "100%", "", ""])
    ws3 = wb.create_sheet("评分说明")
    ws3.append(["指标", "评分方法"])
    for r in [
        ["立案通过率", "达到目标得满分；每低于目标1个百分点扣该项2分，扣完为止"],
        ["期限登记", "出现一次期限漏登或错登该项不得分，造成案件损失的另行追责"],
        ["工时及时率", "每低于目标1个百分点扣该项3分"],
        ["账单差错", "每出现一次差错扣该项5分"],
        ["律师满意度", "按团队律师评分的平均分折算"],
        ["归档及时率", "以结案后三个月内完成归档为及时"],
        ["考核等级", "90分及以上为优秀，80-89分为良好，70-79分为合格，70分以下为待改进"],
        ["考核周期", "月度考核，季度汇总，考核结果与季度绩效奖金挂钩"],
    ]:
        ws3.append(r)
    for s in (ws, ws2, ws3):
        for col, w in zip("ABCDEF", [8, 22, 26, 10, 12, 18]):
            s.column_dimensions[col].width = w
    ws3.column_dimensions["B"].width = 70
    wb.save(OUT / "mh04_律师助理及行政人员考核表.xlsx")


# --------------------------------------------------------------------------- mh05 (PDF)
def gen_mh05():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(OUT / "mh05_律师执业管理办法（节选）.pdf"), pagesize=A4, invariant=1)
    W, H = A4
    lines = [
        ("T", f"{FIRM}律师执业管理办法（节选）"),
        ("", "第二章　合伙人"),
        ("", "第十二条　合伙人的职责："),
        ("", "（一）负责团队业务开拓和客户关系维护；"),
        ("", "（二）对团队承办案件的质量承担最终复核责任；"),
        ("", "（三）审批本团队新案件的利益冲突检索结果；"),
        ("", "（四）负责团队律师的培养、带教安排与年度考核；"),
        ("", "（五）参与律所发展规划、合伙人入伙退伙等重大事项决策。"),
        ("", "第十三条　合伙人应当具备下列条件："),
        ("", "（一）在本所执业满三年且累计执业满八年；"),
        ("", "（二）近三年未受过司法行政机关或律师协会的处罚、处分；"),
        ("", "（三）年度创收达到《律师职级与晋升标准》规定的要求。"),
        ("", "第三章　执业规范"),
        ("", "第二十条　所有新案件在接受委托前，须由业务支持中心进行利益冲突检索，"),
        ("", "检索结果经承办团队合伙人审批后方可签订委托合同。"),
        ("", "第二十一条　律师不得私自接受委托、私自收费，一经查实予以除名。"),
        ("", "第二十二条　律师对执业中知悉的客户商业秘密和个人隐私负有保密义务，离职后仍须遵守。"),
        ("", "第四章　实习律师管理"),
        ("", "第二十五条　实习律师的带教律师由所在团队合伙人指定，每名带教律师同时带教不超过两名实习律师。"),
        ("", "第二十六条　实习律师不得单独会见当事人，不得以律师名义出庭。"),
        ("", "第五章　杭州分所"),
        ("", "第三十条　杭州分所设分所主任一名，由总所合伙人会议任命，负责分所日常管理。"),
        ("", "第三十一条　杭州分所律师的职级评定与总所统一进行。"),
    ]
    page = 1

    def header():
        c.setFont("STSong-Light", 8)
        c.drawString(50, H - 30, f"{FIRM}　内部文件　注意保密")
        c.drawRightString(W - 50, 30, f"第 {page} 页")

    header()
    y = H - 70
    for kind, txt in lines:
        if y < 60:
            c.showPage()
            page += 1
            header()
            y = H - 70
        if kind == "T":
            c.setFont("STSong-Light", 15)
            c.drawCentredString(W / 2, y, txt)
            y -= 30
        else:
            c.setFont("STSong-Light", 10.5)
            c.drawString(60, y, txt)
            y -= 20
    c.save()


# --------------------------------------------------------------------------- mh06 (HTML)
JOBS_HTML = [
    ("市场专员", "北京总所", "品牌市场部", "12-18K·13薪",
     ["策划律所品牌活动、客户研讨会及行业论坛", "运营律所微信公众号与官网，撰写律所新闻稿件", "整理律师业绩资料，制作投标及推介材料", "维护律所在法律评级机构的申报工作"],
     ["本科及以上学历，市场营销、新闻传播相关专业", "2年以上专业服务机构市场工作经验", "文字功底扎实，熟练使用常用设计工具"]),
    ("IT支持工程师", "杭州分所", "信息技术部", "10-15K",
     ["负责分所电脑、打印机、视频会议设备的安装与维护", "维护案件管理系统和计时收费系统的账号权限", "执行数据备份，处理日常信息安全事件", "为律师提供办公软件使用支持"],
     ["大专及以上学历，计算机相关专业", "1年以上IT运维经验", "持有网络工程师或同等认证者优先"]),
    ("律师助理", "杭州分所", "业务支持中心", "7-10K",
     ["协助律师整理证据材料和案件卷宗", "办理立案、缴费、领取判决书等法院事务", "协助录入工时、制作客户账单"],
     ["本科及以上学历，法学专业", "有律所实习经历者优先", "能适应短期出差"]),
]


def gen_mh06():
    parts = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
             f'<title>加入我们 - {FIRM}</title>', '</head>', '<body>',
             '<nav><a href="/">首页</a> | <a href="/team">专业团队</a> | <a href="/careers">加入我们</a></nav>',
             '<main>', '<h1>加入我们</h1>',
             '<p>明衡诚邀优秀人才加入。简历请发送至 hr@mingheng-law.example，邮件标题注明“应聘岗位+姓名+城市”。</p>',
             '<h2>职能岗位招聘</h2>']
    for title, loc, dept, pay, duties, reqs in JOBS_HTML:
        parts.append('<article class="job">')
        parts.append(f'  <h3>{title}</h3>')
        parts.append('  <ul class="meta">')
        parts.append(f'    <li>{loc}</li>')
        parts.append(f'    <li>{dept}</li>')
        parts.append(f'    <li>{pay}</li>')
        parts.append('  </ul>')
        parts.append('  <p><strong>你将负责</strong></p>')
        parts.append('  <ul>')
        for x in duties:
            parts.append(f'    <li>{x}</li>')
        parts.append('  </ul>')
        parts.append('  <p><strong>我们希望你</strong></p>')
        parts.append('  <ul>')
        for x in reqs:
            parts.append(f'    <li>{x}</li>')
        parts.append('  </ul>')
        parts.append('</article>')
    parts += ['</main>', f'<footer>© 2025 {FIRM}　京ICP备00000000号</footer>', '</body>', '</html>']
    (OUT / "mh06_加入我们.html").write_text("\n".join(parts) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- mh07 (Markdown FAQ)
def gen_mh07():
    md = f"""# 律师助理入职常见问题（FAQ）

> 适用于北京总所新入职的律师助理。更新：2025-03

## Q1：我的直属领导是谁？

业务上你向所服务团队的专职律师汇报，日常工作由该律师安排；人事、考勤和请假审批由**业务支持中心主管**负责。

## Q2：试用期多长？转正怎么考核？

试用期为3个月。试用期满前两周，由服务律师和业务支持中心主管共同填写转正评价表，评价结果为“合格”方可转正。

## Q3：工时要怎么录？

每天下班前在计时收费系统中录入当日工时，最小计时单位为0.1小时（6分钟）。工时描述要写清楚做了什么，例如“整理某案证据目录”，不要只写“案件工作”。

## Q4：收到法院寄来的文书怎么办？

当天拆封扫描，在期限管理系统中登记举证期限、上诉期限等，并通过企业微信通知承办律师。**期限登记不得过夜。**

## Q5：可以自己接案子或者给亲友提供法律咨询吗？

不可以。律师助理不具备执业资格，不得以本所名义对外提供法律意见。

## Q6：入职第一周要完成哪些培训？

- 计时收费系统和案件管理系统操作培训（半天）
- 保密与利益冲突制度培训（半天）
- 文书格式规范培训（由知识管理部组织）
"""
    (OUT / "mh07_律师助理入职FAQ.md").write_text(md, encoding="utf-8")


# --------------------------------------------------------------------------- mh08 (e-mail TXT)
def gen_mh08():
    txt = """发件人: 陈晓雯 <chenxw@mingheng-law.example>
发送时间: 2025年2月18日 星期二 10:42
收件人: 人力资源部 <hr@mingheng-law.example>
抄送: 杭州分所行政部
主题: 转发: 杭州分所招聘法律秘书（请协助发布）

各位好，

杭州分所周律师团队急需一名秘书，下面是团队提的岗位要求，麻烦HR帮忙在招聘网站上发布一下，谢谢！

陈晓雯
杭州分所行政部

-------- 原始邮件 --------
发件人: 周立衡
主题: 秘书岗位要求

【招聘岗位】法律秘书（合伙人秘书）　1名
【工作地点】杭州市西湖区文三路明衡律师事务所杭州分所
【汇报对象】团队负责合伙人周立衡律师
【薪资待遇】8000-11000元/月，五险一金，年终奖

岗位职责：
1、管理合伙人日程，安排客户会面、电话会议及出差行程；
2、负责团队往来函件、合同文本的排版、校对与用印流转；
3、跟进团队案件的收费及开票进度，与财务部对接回款；
4、整理团队客户档案，维护客户联系信息；
5、完成合伙人交办的其他事务。

任职要求：
1、本科及以上学历，专业不限，法律、中文、英语专业优先；
2、2年以上律所或外企秘书工作经验；
3、英语六级及以上，能处理英文邮件；
4、细致耐心，保密意识强。

有意者请将简历发送至 hr@mingheng-law.example

--
本邮件及附件可能含有保密信息，仅供指定收件人使用。
"""
    (OUT / "mh08_转发_杭州分所招聘秘书.txt").write_text(txt, encoding="utf-8")


# --------------------------------------------------------------------------- mh09 (CSV with BOM)
def gen_mh09():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["需求编号", "岗位名称", "所属部门", "工作地点", "需求人数", "学历要求", "工作经验", "薪资范围", "期望到岗", "备注"])
    for r in [
        ["ZP2025-001", "专职律师", "争议解决部", "北京", "2", "本科及以上", "执业2年以上", "面议", "2025-04", "需有建设工程纠纷代理经验"],
        ["ZP2025-002", "实习律师", "公司业务部", "杭州", "3", "硕士及以上", "不限", "6000-8000元/月", "2025-07", "应届毕业生，须已通过法考"],
        ["ZP2025-003", "档案管理员", "行政部", "北京", "1", "大专及以上", "1年以上", "6000-8000元/月", "2025-04", "需持有档案管理岗位培训证书；接受档案电子化项目加班"],
        ["ZP2025-004", "财务会计", "财务部", "杭州", "1", "本科及以上", "3年以上", "9000-12000元/月", "2025-05", "须具备中级会计职称"],
        ["ZP2025-005", "行政前台", "行政部", "北京", "1", "大专及以上", "1年以上", "5500-7000元/月", "2025-04", "形象气质佳，需熟练使用飞书"],
        ["ZP2025-006", "知识管理专员", "知识管理部", "北京", "1", "硕士及以上", "2年以上", "面议", "2025-06", "替补离职人员"],
        ["ZP2025-007", "市场专员", "品牌市场部", "北京", "1", "本科及以上", "2年以上", "12000-18000元/月", "2025-04", ""],
    ]:
        w.writerow(r)
    (OUT / "mh09_2025年招聘需求汇总.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# --------------------------------------------------------------------------- mh10 (handbook)
def gen_mh10():
    d = new_doc()
    d.add_heading(f"{FIRM}员工手册（节选）", 0)
    d.add_paragraph("第四章　考勤、请假与加班")
    d.add_heading("4.1 工作时间", 2)
    d.add_paragraph("职能岗位实行标准工时制，工作时间为周一至周五9:00-18:00，午休12:00-13:00。")
    d.add_paragraph("执业律师、实习律师经批准实行不定时工作制，不适用打卡考勤，但须按要求录入工时。")
    d.add_heading("4.2 请假", 2)
    d.add_paragraph("4.2.1 员工请假须通过OA系统提前提交申请，紧急情况可事后24小时内补办手续。")
    d.add_paragraph("4.2.2 请假审批权限：3天以内由部门负责人审批；3天以上（含3天）须报人力资源部备案；律师请假还须告知所服务团队合伙人。")
    d.add_paragraph("4.2.3 病假须提供二级及以上医院出具的病假证明；事假每年累计不超过15天，事假期间不计发工资。")
    d.add_paragraph("4.2.4 年休假：累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。")
    d.add_heading("4.3 加班", 2)
    d.add_paragraph("4.3.1 职能岗位因工作需要加班的，须事先在OA系统提交加班申请，经部门负责人批准后方可加班，未经批准的不认定为加班。")
    d.add_paragraph("4.3.2 工作日延时加班及休息日加班优先安排调休，调休须在加班后三个月内使用完毕；法定节假日加班按国家规定支付加班工资。")
    d.add_paragraph("4.3.3 实行不定时工作制的律师不适用本节加班规定。")
    d.add_heading("4.4 试用期", 2)
    d.add_paragraph("新入职员工试用期一般为3个月，实习律师的实习期另按《律师执业管理办法》执行。")
    d.save(OUT / "mh10_员工手册（节选）.docx")


for g in [gen_mh01, gen_mh02, gen_mh03, gen_mh04, gen_mh05, gen_mh06, gen_mh07, gen_mh08, gen_mh09, gen_mh10]:
    g()
print("wrote", len(list(OUT.iterdir())), "files to", OUT)
