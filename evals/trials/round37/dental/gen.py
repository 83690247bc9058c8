# -*- coding: utf-8 -*-
"""Round 37 blind trial: 皓贝口腔 (a dental clinic chain), 10 HR documents.

Run:  T37_OUT=/tmp/t37dental/corpus /tmp/r21venv/bin/python gen.py
Layouts (new to this round):
 01 docx  per-post blocks: a facts table filled through legacy FORMTEXT fields, a 职责 | 权限 | 频次 table,
          a 硬性条件 | 优先条件 qualification table, Word comments (批注), header/footer with PAGE field
 02 docx  a 修订对照表 (原条款 2022版 | 修订后条款 2024版) with the post merged down its rows, prose notice,
          a post named only ("另行发布")
 03 xlsx  KPI library: 指标库 sheet with 门槛值/目标值/挑战值 ladder, a long-format 岗位权重 sheet (post repeated on
          every row), a 区域运营经理 sheet with 结果/过程 groups, cell comments
 04 xlsx  pay crosstab: posts x cities under a two-row merged header, a 班次代码 sheet and a 岗位班次 sheet,
          a hidden superseded sheet "2022薪酬标准(作废)"
 05 csv   requisitions with fill-down records: post/store only on the first row, one requirement per row
 06 html  Yuque ("语雀") export: custom <ne-*> elements instead of h2/p/li, a lake card table, a "略" post
 07 pdf   two current posts + a superseded 2021 page under a diagonal "作废" watermark; running header/footer
 08 md    Obsidian vault note: Dataview inline fields "上级:: [[店长]]", wikilinks, tags, a named-only post
 09 txt   GBK print-spool of an old HR system: form feeds, repeated page headers splitting a record, "略"
 10 txt   policy: 考勤与休假管理制度 (distractor)
"""
import os
import zlib
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = Path(os.environ.get("T37_OUT", "/tmp/t37dental/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "皓贝口腔"
COFULL = "杭州皓贝口腔医疗管理有限公司"

# ----------------------------------------------------------------------------------------------
# 01 docx
# ----------------------------------------------------------------------------------------------

def _run(tag_parent, **attrs):
    r = OxmlElement("w:r")
    tag_parent.append(r)
    return r


def add_formtext(par, value, name):
    """Append a legacy FORMTEXT field whose result is `value` to paragraph `par`."""
    p = par._p
    r1 = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    nm = OxmlElement("w:name")
    nm.set(qn("w:val"), name)
    ff.append(nm)
    en = OxmlElement("w:enabled")
    ff.append(en)
    ti = OxmlElement("w:textInput")
    ff.append(ti)
    fc.append(ff)
    r1.append(fc)
    p.append(r1)
    r2 = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    r2.append(it)
    p.append(r2)
    r3 = OxmlElement("w:r")
    fc3 = OxmlElement("w:fldChar")
    fc3.set(qn("w:fldCharType"), "separate")
    r3.append(fc3)
    p.append(r3)
    r4 = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(u)
    r4.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = value
    r4.append(t)
    p.append(r4)
    r5 = OxmlElement("w:r")
    fc5 = OxmlElement("w:fldChar")
    fc5.set(qn("w:fldCharType"), "end")
    r5.append(fc5)
    p.append(r5)


def add_page_field(par):
    for kind, txt in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = txt
            r.append(it)
        elif kind == "text":
            t = OxmlElement("w:t")
            t.text = txt
            r.append(t)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r.append(fc)
        par._p.append(r)


def set_cell_shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


DOC01_POSTS = [
    {
        "title": "全科口腔医生", "code": "YL-01", "dept": "医疗部（门诊）", "boss": "门诊医疗主任",
        "subs": "口腔护士（椅旁配台）", "quota": "每家门诊3—6人", "loc": "杭州、上海、苏州各门诊", "shift": "A班/B班轮换，每周休息两天",
        "duties": [
            ("接诊初诊及复诊患者，完成口腔检查、病史采集与诊断", "执行", "每日"),
            ("制定治疗计划，向患者说明方案、费用及风险，签署知情同意书", "执行", "每例"),
            ("完成龋病充填、根管治疗、牙周基础治疗、普通牙拔除等全科诊疗项目", "执行", "每日"),
            ("按《病历书写规范》在诊疗结束后24小时内完成电子病历", "执行", "每日"),
            ("对超出全科范围的病例（种植、正畸、复杂阻生齿）提出转诊意见并转至专科医生", "建议", "按需"),
            ("指导椅旁护士配台，检查诊室器械消毒与感控措施落实情况", "审批", "每日"),
            ("参加每月病例讨论会，每年完成继续医学教育学分不少于25分", "执行", "每月"),
        ],
        "quals": [
            ("学历", "本科及以上", "硕士研究生优先"),
            ("专业", "口腔医学", "—"),
            ("工作经验", "3年以上口腔临床工作经验", "有连锁口腔机构工作经历"),
            ("资格证书", "医师资格证书、医师执业证书（执业范围：口腔专业）", "主治医师职称"),
            ("技能", "熟练掌握根管治疗与显微根管技术", "具备显微镜下操作经验"),
        ],
        "comments": [],
    },
    {
        "title": "口腔护士", "code": "HL-02", "dept": "护理部", "boss": "护士长",
        "subs": "无", "quota": "按牙椅数1:1配置", "loc": "各门诊", "shift": "早班8:30—17:00，晚班12:00—20:30，轮班",
        "duties": [
            ("诊疗前按预约单准备器械和材料，调试牙椅、吸引器及光固化灯", "执行", "每日"),
            ("采用四手操作配合医生诊疗，完成传递器械、吸唾、调拌材料", "执行", "每例"),
            ("诊疗结束后按感控流程预处理器械，送消毒供应室并登记交接", "执行", "每例"),
            ("向患者讲解术后注意事项并发放医嘱单", "执行", "每例"),
            ("每日检查急救箱、急救药品效期及氧气瓶压力", "执行", "每日"),
            ("协助前台完成次日预约患者的电话确认", "执行", "每日"),
        ],
        "quals": [
            ("学历", "中专及以上", "大专及以上学历优先"),
            ("专业", "护理、助产相关专业", "口腔护理方向"),
            ("工作经验", "1年以上口腔科护理经验", "应届毕业生可培养"),
            ("资格证书", "护士执业证书", "口腔护理专科培训证书"),
            ("技能", "熟悉四手操作及院感防控规范", "—"),
        ],
        "comments": [],
    },
    {
        "title": "前台接待", "code": "KF-03", "dept": "门诊前台组", "boss": "诊所店长",
        "subs": "无", "quota": "每家门诊2人", "loc": "各门诊", "shift": "早班8:30—17:30，晚班11:30—20:30",
        "duties": [
            ("接待到店患者，核对预约信息并引导候诊", "执行", "每日"),
            ("接听咨询电话、处理线上消息，完成预约登记与改约", "执行", "每日"),
            ("办理收费、开具发票，营业结束后与店长核对日结报表", "执行", "每日"),
            ("维护候诊区秩序，患者平均等候时间控制在15分钟以内", "执行", "每日"),
            ("处理患者一般投诉，重大投诉在30分钟内上报店长", "建议", "按需"),
            ("管理前台物资、宣传资料的领用与登记", "执行", "每周"),
        ],
        "quals": [
            ("学历", "大专及以上", "—"),
            ("专业", "不限", "酒店管理、市场营销相关专业"),
            ("工作经验", "1年以上服务行业前台工作经验", "有医疗机构前台经验"),
            ("资格证书", "无", "—"),
            ("技能", "熟练使用口腔SaaS预约系统及收银系统", "普通话标准，会粤语或英语者优先"),
        ],
        "comments": [("学历", "人力资源部 陈敏：已与店长确认，中专学历须有2年以上前台经验方可录用。")],
    },
    {
        "title": "口腔咨询师", "code": "YY-04", "dept": "运营部（门诊咨询组）", "boss": "诊所店长",
        "subs": "无", "quota": "每家门诊1—2人", "loc": "各门诊", "shift": "常白班9:00—18:00，周末需轮值",
        "duties": [
            ("在医生完成诊断后向患者解释治疗方案，解答费用、疗程等疑问", "执行", "每例"),
            ("根据患者需求和支付能力推荐合适方案，促成治疗成交", "执行", "每例"),
            ("跟进未成交患者，7日内完成不少于2次回访", "执行", "每周"),
            ("协助患者办理分期付款及商业保险直付手续", "执行", "按需"),
            ("在CRM中记录咨询过程，维护客户档案", "执行", "每日"),
            ("每周统计咨询数据，提交成交分析报告", "建议", "每周"),
        ],
        "quals": [
            ("学历", "大专及以上", "本科优先"),
            ("专业", "医学、护理或市场营销相关专业", "—"),
            ("工作经验", "2年以上口腔或医美咨询经验", "有种植、正畸项目咨询经验"),
            ("资格证书", "无", "护士执业证书"),
            ("技能", "沟通表达能力强，能熟练讲解种植、正畸方案", "—"),
        ],
        "comments": [("技能", "运营部 周航：2024年下半年起新人须通过《咨询话术》考核后上岗。")],
    },
]


def gen_doc01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{COFULL}　受控文件　编号：HB-HR-JD-2024-01"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.add_run("人力资源部编制　　第 ")
    add_page_field(fp)
    fp.add_run(" 页")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(f"{CO}门诊岗位说明书（2024年版）")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("适用范围：集团下属各城市口腔门诊。本说明书自2024年3月1日起执行，2022年版同时废止。"
                      "权限栏说明：“执行”指按制度独立完成；“建议”指提出意见报上级决定；“审批”指在授权范围内审核确认。")

    for i, p in enumerate(DOC01_POSTS):
        doc.add_heading(f"岗位{i + 1}　{p['title']}", level=1)
        doc.add_paragraph("（一）基本信息")
        tb = doc.add_table(rows=4, cols=4)
        tb.style = "Table Grid"
        cells = [("岗位名称", p["title"], "岗位编码", p["code"]),
                 ("所属部门", p["dept"], "直接上级", p["boss"]),
                 ("直接下级", p["subs"], "岗位编制", p["quota"]),
                 ("工作地点", p["loc"], "班次安排", p["shift"])]
        for ri, row in enumerate(cells):
            for ci in (0, 2):
                c = tb.cell(ri, ci)
                c.text = row[ci]
                set_cell_shade(c)
                c2 = tb.cell(ri, ci + 1)
                add_formtext(c2.paragraphs[0], row[ci + 1], f"f{i}{ri}{ci}")
        doc.add_paragraph("（二）岗位职责与权限")
        tb2 = doc.add_table(rows=1, cols=4)
        tb2.style = "Table Grid"
        for ci, h in enumerate(("序号", "工作职责", "权限", "频次")):
            tb2.cell(0, ci).text = h
            set_cell_shade(tb2.cell(0, ci))
        for k, (d, a, f) in enumerate(p["duties"], 1):
            row = tb2.add_row().cells
            row[0].text = str(k)
            row[1].text = d
            row[2].text = a
            row[3].text = f
        doc.add_paragraph("（三）任职资格")
        tb3 = doc.add_table(rows=1, cols=3)
        tb3.style = "Table Grid"
        for ci, h in enumerate(("项目", "硬性条件", "优先条件")):
            tb3.cell(0, ci).text = h
            set_cell_shade(tb3.cell(0, ci))
        comments = dict(p["comments"])
        for lab, hard, pref in p["quals"]:
            row = tb3.add_row().cells
            row[0].text = lab
            row[1].text = hard
            row[2].text = pref
            if lab in comments:
                run = row[1].paragraphs[0].runs[0]
                author = comments[lab].split("：")[0]
                doc.add_comment(run, text=comments[lab], author=author, initials="HR")
        doc.add_paragraph("")
    doc.add_paragraph("审批：人力资源部　　　　医疗部　　　　总经理办公室")
    doc.save(OUT / "01_门诊岗位说明书2024版.docx")


# ----------------------------------------------------------------------------------------------
# 02 docx revision comparison
# ----------------------------------------------------------------------------------------------

REV_ROWS = [
    ("诊所店长", "学历", "大专及以上", "本科及以上，医学或管理类专业", "门诊规模扩大，需具备医疗管理基础"),
    ("诊所店长", "工作经验", "3年以上连锁门店管理经验", "3年以上口腔或医疗门诊管理经验，其中1年以上团队管理经验", "原条款未限定行业"),
    ("诊所店长", "资格证书", "无要求", "持《医疗机构管理人员培训合格证》者优先", "新增优先条件"),
    ("诊所店长", "直接上级", "区域经理", "区域运营经理", "岗位名称统一"),
    ("口腔咨询师", "工作经验", "1年以上销售经验", "2年以上口腔或医美咨询经验", "提高专业要求"),
    ("全科口腔医生", "工作经验", "2年以上口腔临床工作经验", "3年以上口腔临床工作经验", "与医疗质量要求一致"),
    ("消毒供应员", "学历", "初中及以上", "高中或中专及以上", "灭菌设备操作需具备一定文化基础"),
    ("消毒供应员", "资格证书", "无要求", "消毒供应岗位培训合格证", "依据卫生行政部门要求"),
]


def merge_vertical(table, col, r0, r1):
    a = table.cell(r0, col)
    b = table.cell(r1, col)
    a.merge(b)


def gen_doc02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}人发〔2024〕17号"
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("关于调整诊所店长等岗位任职要求的通知")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("各区域、各门诊：")
    doc.add_paragraph("为适应集团门诊规模扩大和医疗质量管理要求，经2024年5月总经理办公会审议，"
                      "决定对诊所店长、口腔咨询师、全科口腔医生、消毒供应员四个岗位的任职要求进行调整。"
                      "修订后条款自2024年7月1日起执行，原2022版条款同时作废；已在岗人员不受学历条款影响。")
    doc.add_paragraph("一、修订对照表")
    rows = len(REV_ROWS) + 1
    tb = doc.add_table(rows=rows, cols=6)
    tb.style = "Table Grid"
    for ci, h in enumerate(("序号", "岗位", "条目", "原条款（2022版，已作废）", "修订后条款（2024版）", "修订说明")):
        tb.cell(0, ci).text = h
        set_cell_shade(tb.cell(0, ci), "FBE4D5")
    for k, (post, item, old, new, why) in enumerate(REV_ROWS, 1):
        tb.cell(k, 0).text = str(k)
        tb.cell(k, 2).text = item
        tb.cell(k, 3).text = old
        tb.cell(k, 4).text = new
        tb.cell(k, 5).text = why
    # post column merged down
    start = 1
    for k in range(1, rows + 1):
        if k == rows or REV_ROWS[k - 1][0] != REV_ROWS[start - 1][0]:
            merge_vertical(tb, 1, start, k - 1)
            tb.cell(start, 1).text = REV_ROWS[start - 1][0]
            start = k
    doc.add_paragraph("二、其他事项")
    doc.add_paragraph("1. 种植中心主任岗位说明书另行发布，本通知不涉及该岗位。")
    doc.add_paragraph("2. 诊所店长的岗位职责仍按《门诊运营手册》（知识库）执行，本次仅调整任职要求。")
    doc.add_paragraph("3. 各门诊在2024年6月30日前完成现有人员情况摸底，报区域运营经理汇总。")
    doc.add_paragraph("人力资源部")
    doc.add_paragraph("2024年6月3日")
    doc.save(OUT / "02_任职要求修订通知.docx")


# ----------------------------------------------------------------------------------------------
# 03 xlsx KPI library
# ----------------------------------------------------------------------------------------------

INDICATORS = [
    # code, name, definition, formula, source, floor, target, stretch, scoring
    ("K01", "月度营收达成率", "门诊当月实收营业额与月度目标之比", "实际营收÷目标营收×100%", "财务系统", "85%", "100%", "115%", "线性插值，低于门槛值得0分"),
    ("K02", "新客到诊数", "当月首次到诊的新患者人数", "按系统去重计数", "预约系统", "120人", "150人", "180人", "线性插值"),
    ("K03", "咨询成交率", "接受咨询的患者中当月签约治疗的比例", "成交人数÷咨询人数×100%", "CRM", "45%", "55%", "65%", "线性插值"),
    ("K04", "患者满意度", "回访问卷中“满意”及以上的比例", "满意份数÷有效问卷数×100%", "客服回访系统", "92%", "95%", "98%", "每低1个百分点扣2分"),
    ("K05", "预约到诊率", "预约患者按时到诊的比例", "实际到诊数÷预约数×100%", "预约系统", "80%", "88%", "93%", "线性插值"),
    ("K06", "病历合格率", "抽查电子病历中合格病历所占比例", "合格份数÷抽查份数×100%", "医务部抽查", "95%", "98%", "100%", "低于门槛值本项0分"),
    ("K07", "感控检查合格率", "院感检查项目中合格项所占比例", "合格项÷检查项×100%", "护理部检查表", "95%", "100%", "100%", "每个不合格项扣5分"),
    ("K08", "器械灭菌合格率", "灭菌监测合格批次所占比例", "合格批次÷灭菌批次×100%", "灭菌记录", "100%", "100%", "100%", "一票否决：出现不合格批次当月绩效为0"),
    ("K09", "义齿返工率", "交付后因质量原因返工的件数比例", "返工件数÷交付件数×100%", "技工中心质检台账", "5%", "3%", "2%", "越低越好，超过门槛值得0分"),
    ("K10", "准时交付率", "在约定交期内交付的加工件比例", "准时交付件数÷交付件数×100%", "技工中心排产系统", "90%", "95%", "98%", "线性插值"),
    ("K11", "医生人均产值", "医生个人当月实收诊疗收入", "个人实收合计", "财务系统", "6万元", "8万元", "10万元", "线性插值"),
    ("K12", "有效投诉数", "经核实属实的患者投诉次数", "计数", "客服中心", "≤2次", "≤1次", "0次", "每超1次扣5分"),
    ("K13", "回访完成率", "应回访患者中按时完成回访的比例", "已回访数÷应回访数×100%", "客服回访系统", "95%", "98%", "100%", "线性插值"),
    ("K14", "平均候诊时长", "患者从签到到进入诊室的平均等待时间", "等待分钟合计÷到诊人数", "预约系统", "≤20分钟", "≤15分钟", "≤10分钟", "越低越好"),
    ("K15", "收银差错次数", "收银长短款、发票错开次数", "计数", "财务日结", "≤2次", "0次", "0次", "每次扣3分"),
    ("K16", "未成交患者回访完成率", "未成交患者7日内完成2次回访的比例", "完成数÷未成交患者数×100%", "CRM", "85%", "95%", "100%", "线性插值"),
    ("K17", "器械供应及时率", "诊室申领器械在30分钟内供应到位的比例", "及时次数÷申领次数×100%", "消毒供应室登记", "95%", "98%", "100%", "线性插值"),
    ("K18", "个人加工产量", "当月合格交付的加工单位数", "计数（1个冠=1单位）", "技工中心排产系统", "180单位", "220单位", "260单位", "线性插值"),
]

WEIGHTS = [
    ("诊所店长", "K01", "35%", "月度", ""),
    ("诊所店长", "K02", "20%", "月度", ""),
    ("诊所店长", "K04", "15%", "月度", ""),
    ("诊所店长", "K07", "10%", "月度", "与医疗主任共同考核"),
    ("诊所店长", "K12", "10%", "月度", ""),
    ("诊所店长", "K14", "10%", "月度", ""),
    ("口腔咨询师", "K03", "40%", "月度", ""),
    ("口腔咨询师", "K01", "25%", "月度", "按个人成交额考核"),
    ("口腔咨询师", "K16", "20%", "月度", ""),
    ("口腔咨询师", "K04", "15%", "月度", ""),
    ("前台接待", "K05", "30%", "月度", ""),
    ("前台接待", "K14", "25%", "月度", ""),
    ("前台接待", "K04", "20%", "月度", ""),
    ("前台接待", "K12", "15%", "月度", ""),
    ("前台接待", "K15", "10%", "月度", ""),
    ("全科口腔医生", "K11", "30%", "月度", ""),
    ("全科口腔医生", "K06", "25%", "月度", ""),
    ("全科口腔医生", "K04", "20%", "月度", ""),
    ("全科口腔医生", "K07", "15%", "月度", ""),
    ("全科口腔医生", "K12", "10%", "月度", ""),
    ("义齿技工", "K09", "35%", "月度", ""),
    ("义齿技工", "K10", "35%", "月度", ""),
    ("义齿技工", "K18", "30%", "月度", ""),
    ("消毒供应员", "K08", "50%", "月度", "一票否决项"),
    ("消毒供应员", "K17", "30%", "月度", ""),
    ("消毒供应员", "K07", "20%", "月度", ""),
]

REGION = [
    ("结果指标（70%）", "区域营收达成率", "30%", "≥100%", "区域各门诊实收合计÷区域目标", "财务系统"),
    ("结果指标（70%）", "区域新客增长率", "20%", "同比≥15%", "（本期新客−上年同期新客）÷上年同期新客", "预约系统"),
    ("结果指标（70%）", "区域患者满意度", "20%", "≥95%", "区域回访满意份数÷有效问卷数", "客服回访系统"),
    ("过程指标（30%）", "门诊运营检查平均分", "15%", "≥90分", "各门诊《门诊运营检查表》得分平均", "巡店记录"),
    ("过程指标（30%）", "关键岗位流失率", "15%", "≤10%", "医生、店长离职人数÷期初人数", "人力资源系统"),
]


def gen_xlsx03():
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "使用说明"
    lines = [
        f"{CO}绩效指标库（2024年度）",
        "1. 本库由人力资源部与运营中心共同维护，指标编码全集团统一。",
        "2. 各岗位考核的指标及权重见“岗位权重”表；区域运营经理单独设表。",
        "3. 门槛值：低于此值该项不得分；目标值：得满分；挑战值：可获该项120%加分（封顶）。",
        "4. 越低越好的指标（返工率、候诊时长、投诉数、差错次数）门槛值高于目标值。",
        "5. 2023版指标库已停用，请勿引用。",
    ]
    for i, l in enumerate(lines, 1):
        ws0.cell(i, 1, l)
    ws0["A1"].font = Font(bold=True, size=14)
    ws0.column_dimensions["A"].width = 80

    ws = wb.create_sheet("指标库")
    hdr = ["指标编码", "指标名称", "指标定义", "计算公式", "数据来源", "门槛值", "目标值", "挑战值", "计分规则"]
    ws.append(hdr)
    for row in INDICATORS:
        ws.append(list(row))
    for c in ws[1]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for col, w in zip("ABCDEFGHI", (9, 18, 34, 28, 16, 10, 10, 10, 30)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "C2"
    ws["G10"].comment = Comment("2024年Q2起目标值由4%下调为3%", "技工中心")

    ws2 = wb.create_sheet("岗位权重")
    ws2.append(["考核岗位", "指标编码", "指标名称", "权重", "考核周期", "备注"])
    names = {r[0]: r[1] for r in INDICATORS}
    for post, code, w, cyc, note in WEIGHTS:
        ws2.append([post, code, names[code], w, cyc, note])
    for c in ws2[1]:
        c.font = Font(bold=True)
    ws2.auto_filter.ref = f"A1:F{len(WEIGHTS) + 1}"
    for col, w in zip("ABCDEF", (14, 9, 22, 8, 10, 20)):
        ws2.column_dimensions[col].width = w
    ws2["D2"].comment = Comment("新开门诊前6个月此项权重降为20%，差额加到新客到诊数", "运营中心")

    ws3 = wb.create_sheet("区域运营经理")
    ws3.merge_cells("A1:F1")
    ws3["A1"] = "区域运营经理年度绩效考核表（2024）"
    ws3["A1"].font = Font(bold=True, size=13)
    ws3["A1"].alignment = Alignment(horizontal="center")
    ws3.append(["指标类别", "考核指标", "权重", "目标值", "计算方式", "数据来源"])
    start = 3
    for r in REGION:
        ws3.append(list(r))
    ws3.merge_cells("A3:A5")
    ws3.merge_cells("A6:A7")
    ws3.append(["合计", "", "100%", "", "", ""])
    ws3.append(["说明：区域运营经理考核结果与所辖门诊店长考核平均分挂钩，年度考核为B以下者不得晋升。"])
    for col, w in zip("ABCDEF", (16, 20, 8, 12, 36, 14)):
        ws3.column_dimensions[col].width = w
    wb.save(OUT / "03_绩效指标库2024.xlsx")


# ----------------------------------------------------------------------------------------------
# 04 xlsx pay crosstab
# ----------------------------------------------------------------------------------------------

PAY = [
    # post, grade, hz base, hz var, sh base, sh var, sz base, sz var
    ("全科口腔医生", "住院/主治", 12000, "诊疗提成15%—20%", 15000, "诊疗提成15%—20%", 11000, "诊疗提成15%—18%"),
    ("正畸医生", "主治及以上", "面议", "年薪制", "面议", "年薪制", "—", "—"),
    ("口腔护士", "护士/护师", 5500, "绩效1000—2000", 6500, "绩效1200—2200", 5000, "绩效800—1800"),
    ("前台接待", "—", 4500, "绩效800", 5200, "绩效1000", 4200, "绩效800"),
    ("口腔咨询师", "初级/中级", 5000, "成交额提成2%—4%", 6000, "成交额提成2%—4%", 4800, "成交额提成2%—3%"),
    ("诊所店长", "M1/M2", 10000, "门诊利润奖金", 13000, "门诊利润奖金", 9500, "门诊利润奖金"),
    ("消毒供应员", "—", 4200, "绩效500", 4800, "绩效600", 4000, "绩效500"),
]
PAY_OLD = [
    ("全科口腔医生", "住院/主治", 10000, "诊疗提成12%—15%", 13000, "诊疗提成12%—15%", 9500, "诊疗提成12%"),
    ("口腔护士", "护士/护师", 4800, "绩效800—1500", 5800, "绩效1000—1800", 4500, "绩效800"),
    ("前台接待", "—", 3800, "绩效500", 4500, "绩效600", 3600, "绩效500"),
    ("口腔咨询师", "初级/中级", 4000, "成交额提成3%—5%", 5000, "成交额提成3%—5%", 3800, "成交额提成3%"),
    ("诊所店长", "M1/M2", 8500, "门诊利润奖金", 11000, "门诊利润奖金", 8000, "门诊利润奖金"),
    ("消毒供应员", "—", 3500, "绩效300", 4000, "绩效400", 3300, "绩效300"),
]


def pay_sheet(ws, title, rows):
    thin = Side(style="thin")
    ws.merge_cells("A1:H1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:A3")
    ws["A2"] = "岗位"
    ws.merge_cells("B2:B3")
    ws["B2"] = "职级"
    for col, city in (("C", "杭州"), ("E", "上海"), ("G", "苏州")):
        nxt = chr(ord(col) + 1)
        ws.merge_cells(f"{col}2:{nxt}2")
        ws[f"{col}2"] = city
        ws[f"{col}3"] = "月底薪（元）"
        ws[f"{nxt}3"] = "浮动部分"
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=2, max_row=ws.max_row, max_col=8):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col in "ABCDEFGH":
        ws.column_dimensions[col].width = 15


def gen_xlsx04():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024薪酬标准"
    pay_sheet(ws, f"{CO}门诊岗位薪酬标准（2024年7月起执行，税前）", PAY)
    n = ws.max_row + 2
    ws.cell(n, 1, "注：宁波、南京门诊参照苏州标准执行；义齿技工、客服专员薪酬见招聘需求及人事系统。")
    ws.freeze_panes = "C4"

    ws2 = wb.create_sheet("班次代码")
    ws2.append(["班次代码", "班次名称", "上班时间", "下班时间", "适用说明"])
    for r in [("A", "早班", "8:30", "17:00", "门诊医生、护士"),
              ("B", "晚班", "12:00", "20:30", "门诊医生、护士"),
              ("C", "常白班", "9:00", "18:00", "咨询师、总部人员"),
              ("D", "消毒早班", "7:30", "16:00", "消毒供应室"),
              ("E", "技工白班", "8:00", "17:00", "技工中心，旺季另行安排加班")]:
        ws2.append(list(r))

    ws3 = wb.create_sheet("岗位班次")
    ws3.append(["岗位", "班次代码", "周休安排", "节假日"])
    for r in [("全科口腔医生", "A/B轮换", "每周休息2天（错峰）", "按门店排班"),
              ("口腔护士", "A/B轮换", "每周休息2天（错峰）", "按门店排班"),
              ("前台接待", "早8:30—17:30／晚11:30—20:30", "做五休二", "按门店排班"),
              ("口腔咨询师", "C", "做五休二，周末轮值", "按门店排班"),
              ("消毒供应员", "D", "做六休一", "节假日保留1人值班"),
              ("义齿技工", "E", "做五休二", "春节前后为旺季")]:
        ws3.append(list(r))

    ws4 = wb.create_sheet("2022薪酬标准(作废)")
    pay_sheet(ws4, f"{CO}门诊岗位薪酬标准（2022版，已作废）", PAY_OLD)
    ws4.sheet_state = "hidden"
    wb.save(OUT / "04_岗位薪酬与班次.xlsx")


# ----------------------------------------------------------------------------------------------
# 05 csv fill-down requisitions
# ----------------------------------------------------------------------------------------------

REQS = [
    ("ZP2024-031", "义齿技工", "技工中心（杭州余杭）", "2", "6000-9000元/月（计件）", "2024-08-01", [
        ("学历", "中专及以上"), ("专业", "口腔修复工艺"), ("经验", "2年以上义齿加工经验"),
        ("证书", "口腔修复工职业资格四级及以上"), ("技能", "会使用CAD/CAM设计软件（如3Shape）")]),
    ("ZP2024-032", "客服专员", "总部客户服务中心（杭州）", "1", "5000-6500元/月", "2024-07-15", [
        ("学历", "大专及以上"), ("经验", "1年以上电话客服经验"), ("技能", "普通话标准，打字每分钟50字以上"),
        ("班次", "9:00-18:00，周末轮休")]),
    ("ZP2024-035", "正畸医生", "上海徐汇门诊", "1", "年薪40万-60万", "2024-09-01", [
        ("学历", "硕士及以上"), ("专业", "口腔正畸学"), ("经验", "3年以上正畸临床经验"),
        ("证书", "医师执业证书；隐适美认证医生优先")]),
    ("ZP2024-036", "口腔护士", "苏州工业园区门诊", "3", "5000-6800元/月", "2024-07-20", [
        ("学历", "中专及以上"), ("证书", "护士执业证书"), ("经验", "1年以上口腔科护理经验，优秀应届生可放宽"),
        ("其他", "接受早晚轮班")]),
]


def gen_csv05():
    lines = ["需求编号,岗位,用人部门/门店,人数,薪资范围,期望到岗,要求类别,要求内容"]
    for rid, post, store, n, pay, date, reqs in REQS:
        for k, (cat, val) in enumerate(reqs):
            if k == 0:
                lines.append(f"{rid},{post},{store},{n},{pay},{date},{cat},{val}")
            else:
                lines.append(f",,,,,,{cat},{val}")
    lines.append(",,,,,,,")
    lines.append("导出人：HR-王琳,导出时间：2024-06-20 10:32,,,,,,")
    (OUT / "05_招聘需求汇总_202406.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# 06 html (Yuque export with custom elements)
# ----------------------------------------------------------------------------------------------

def gen_html06():
    def p(t):
        return f'<ne-p data-lake-id="p{zlib.crc32(t.encode()) % 99999}"><ne-text>{t}</ne-text></ne-p>'

    def h(level, t):
        return f'<ne-h{level} data-lake-id="h{zlib.crc32(t.encode()) % 99999}"><ne-heading-content><ne-text>{t}</ne-text></ne-heading-content></ne-h{level}>'

    def ol(items):
        out = []
        for i, t in enumerate(items, 1):
            out.append(f'<ne-oli data-lake-index-type="0" ne-level="0"><ne-oli-i><span>{i}.</span></ne-oli-i>'
                       f'<ne-oli-c><ne-text>{t}</ne-text></ne-oli-c></ne-oli>')
        return "\n".join(out)

    def card(rows):
        tr = "\n".join(f'<tr><td><ne-td-content><ne-p><ne-text>{a}</ne-text></ne-p></ne-td-content></td>'
                       f'<td><ne-td-content><ne-p><ne-text>{b}</ne-text></ne-p></ne-td-content></td></tr>' for a, b in rows)
        return f'<ne-table-hole><ne-table-wrap><table class="ne-table">\n{tr}\n</table></ne-table-wrap></ne-table-hole>'

    body = []
    body.append(h(1, "门诊运营手册 · 第三章 门诊岗位"))
    body.append(p("本章由运营中心维护，最近更新：2024-06-12　作者：运营中心-林晓"))
    body.append(h(2, "3.1 诊所店长"))
    body.append(card([("所属部门", "门诊运营"), ("汇报对象", "区域运营经理"),
                      ("管理范围", "前台接待、口腔咨询师、消毒供应员；医生、护士行政上归店长管理，业务上归门诊医疗主任"),
                      ("工作地点", "所在城市门诊")]))
    body.append(h(3, "你需要负责"))
    body.append(ol([
        "负责门诊日常运营，完成月度营收与新客到诊目标",
        "组织门诊排班，统筹医生、护士、前台的人力安排",
        "执行总部运营标准，配合门诊医疗主任开展感控检查",
        "处理重大投诉及医疗纠纷的初步沟通，24小时内上报区域运营经理",
        "管理门诊成本、耗材库存和固定资产，每月组织盘点",
        "负责门诊非医疗人员的招聘面试、入职培训和月度考核",
    ]))
    body.append(p("任职要求见人力资源部《关于调整诊所店长等岗位任职要求的通知》。"))
    body.append(h(2, "3.2 客服专员"))
    body.append(card([("所属部门", "总部客户服务中心"), ("汇报对象", "客服主管"), ("工作地点", "杭州总部"),
                      ("班次", "常白班9:00—18:00，周末轮休")]))
    body.append(h(3, "你需要负责"))
    body.append(ol([
        "完成治疗后患者的电话回访（术后24小时、术后7日各一次）",
        "受理400热线投诉，在工单系统登记并分派至相关门诊",
        "推送复诊提醒、洁牙到期提醒等服务消息",
        "每月汇总患者满意度调查结果，提交客服主管",
    ]))
    body.append(h(2, "3.3 市场专员"))
    body.append(p("岗位职责：略（由市场部另行补充）"))
    body.append(h(2, "3.4 门诊营业时间"))
    body.append(p("各门诊营业时间为每日8:30—20:30，春节期间营业安排另行通知。"))

    html = ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>门诊运营手册 · 第三章 门诊岗位 · 语雀</title>\n"
            "<style>.ne-table td{border:1px solid #ddd;padding:4px 8px}ne-oli{display:list-item}</style>\n</head>\n"
            "<body>\n<div class=\"lake-content\" typography=\"classic\">\n" + "\n".join(body) + "\n</div>\n</body>\n</html>\n")
    (OUT / "06_门诊运营手册_第三章.html").write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# 07 pdf with superseded watermarked page
# ----------------------------------------------------------------------------------------------

def gen_pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak)
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    sty = ParagraphStyle("n", fontName="WQY", fontSize=10, leading=15)
    h1 = ParagraphStyle("h1", fontName="WQY", fontSize=15, leading=22, spaceAfter=6)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18, spaceBefore=6, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="WQY", fontSize=9.5, leading=13)

    state = {"old": False}

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont("WQY", 8)
        canvas.drawString(40, 810, f"{CO}　护理部　岗位说明书（消毒供应室／种植中心）")
        canvas.drawRightString(555, 810, "文件编号：HB-HL-03")
        canvas.line(40, 805, 555, 805)
        canvas.drawCentredString(297, 25, f"第 {doc.page} 页　共 3 页")
        if doc.page == 3:
            canvas.setFont("WQY", 90)
            canvas.setFillColor(colors.Color(0.85, 0.2, 0.2, alpha=0.25))
            canvas.translate(300, 420)
            canvas.rotate(40)
            canvas.drawCentredString(0, 0, "作　废")
        canvas.restoreState()

    def facts(rows):
        data = [[Paragraph(a, cell), Paragraph(b, cell), Paragraph(c, cell), Paragraph(d, cell)] for a, b, c, d in rows]
        t = Table(data, colWidths=[70, 170, 70, 170])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE"))]))
        return t

    story = []
    story.append(Paragraph("消毒供应员岗位说明书", h1))
    story.append(facts([("所属部门", "护理部（消毒供应室）", "直接上级", "护士长"),
                        ("工作地点", "各门诊消毒供应室", "班次", "消毒早班7:30—16:00"),
                        ("版本", "2024版（2024年7月1日起执行）", "岗位编码", "HL-05")]))
    story.append(Paragraph("一、岗位职责", h2))
    for i, t in enumerate([
        "回收各诊室使用后的器械，进行分类、清洗、干燥和检查保养。",
        "按规范包装器械，使用压力蒸汽灭菌器灭菌，并完整记录每锅次灭菌参数。",
        "每日第一锅进行B-D测试，每周进行一次生物监测，监测记录保存3年。",
        "管理无菌物品的储存和发放，遵循先进先出原则，过期物品重新处理。",
        "维护清洗机、灭菌器等设备，发现故障立即停用并报修。",
    ], 1):
        story.append(Paragraph(f"{i}. {t}", sty))
    story.append(Paragraph("二、任职资格", h2))
    story.append(Paragraph("学历：高中或中专及以上。", sty))
    story.append(Paragraph("证书：消毒供应岗位培训合格证。", sty))
    story.append(Paragraph("经验：不限，有医院消毒供应中心工作经验者优先。", sty))
    story.append(Paragraph("身体条件：无传染性疾病，能适应高温潮湿环境。", sty))
    story.append(PageBreak())

    story.append(Paragraph("种植牙助理岗位说明书", h1))
    story.append(facts([("所属部门", "种植中心", "直接上级", "种植科主诊医生"),
                        ("工作地点", "杭州、宁波种植中心", "班次", "随手术排期，常白班为主"),
                        ("薪资范围", "", "岗位编码", "ZZ-06")]))
    story.append(Paragraph("一、岗位职责", h2))
    for i, t in enumerate([
        "术前核对患者资料、CBCT影像及种植体型号，确认知情同意书已签署。",
        "准备种植手术器械与种植机，按无菌要求铺巾并协助医生穿手术衣。",
        "术中配合医生完成种植手术，准确记录种植体批号并粘贴条码。",
        "术后向患者交代注意事项，预约7—10天后拆线复诊。",
        "管理种植体、骨粉、骨膜等高值耗材的出入库和效期。",
    ], 1):
        story.append(Paragraph(f"{i}. {t}", sty))
    story.append(Paragraph("二、任职资格", h2))
    story.append(Paragraph("学历：大专及以上，护理专业。", sty))
    story.append(Paragraph("证书：护士执业证书。", sty))
    story.append(Paragraph("经验：2年以上口腔护理经验，其中1年以上种植手术配台经验。", sty))
    story.append(PageBreak())

    story.append(Paragraph("消毒供应员岗位说明书（2021版）", h1))
    story.append(Paragraph("本页为2021版，已于2024年7月1日作废，仅供存档查阅。", sty))
    story.append(Paragraph("一、岗位职责", h2))
    for i, t in enumerate([
        "负责器械的回收、清洗和消毒。",
        "每月进行一次生物监测。",
        "负责消毒间卫生。",
    ], 1):
        story.append(Paragraph(f"{i}. {t}", sty))
    story.append(Paragraph("二、任职资格", h2))
    story.append(Paragraph("学历：初中及以上。", sty))
    story.append(Paragraph("证书：无要求。", sty))

    doc = SimpleDocTemplate(str(OUT / "07_消毒供应与种植助理岗位说明书.pdf"), pagesize=A4,
                            topMargin=50, bottomMargin=45, leftMargin=50, rightMargin=50,
                            title="消毒供应与种植助理岗位说明书")
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------------------------
# 08 md (Obsidian vault note, Dataview inline fields)
# ----------------------------------------------------------------------------------------------

MD08 = """---
tags: [岗位库, 运营中心]
aliases: [岗位百科]
updated: 2024-06-15
---
# 岗位百科（运营中心 Obsidian 库导出）

> 本页由 Obsidian 导出，`字段:: 值` 为 Dataview 字段，`[[ ]]` 为库内链接。

## 区域运营经理 #岗位/运营

部门:: [[运营中心]]
上级:: [[运营副总裁]]
下属:: [[诊所店长]]（所辖区域各门诊）
常驻地:: 杭州（负责浙江区域，需经常出差）
学历:: 本科及以上
经验:: 5年以上连锁医疗或零售运营经验，3年以上多店管理经验
考核:: 见 [[绩效指标库2024]] 区域运营经理表

**日常做什么**
- 把区域年度经营目标分解到各门诊，按月跟踪达成情况
- 每月到每家门诊巡店不少于2次，按《门诊运营检查表》打分
- 审核门诊排班、人力编制和费用预算
- 牵头新门诊筹备与开业
- 推动跨门诊病例转诊和医生资源调配
- 辅导、考核所辖店长，提出店长任免建议

## 正畸医生 #岗位/医疗

部门:: [[医疗部]]
上级:: [[门诊医疗主任]]
常驻地:: 上海徐汇门诊
学历:: 硕士及以上，口腔正畸学专业
证书:: 医师执业证书（口腔专业）；隐适美认证医生优先
经验:: 3年以上正畸临床经验

**日常做什么**
- 完成正畸初诊检查、头影测量分析和矫治方案设计
- 开展固定矫治与隐形矫治，按期复诊加力并记录进展
- 与 [[口腔咨询师]] 配合，向患者说明疗程和费用
- 参加疑难病例的多学科会诊

## 组织关系速查

- [[运营副总裁]] → [[区域运营经理]] → [[诊所店长]] → [[前台接待]] / [[口腔咨询师]] / [[消毒供应员]]
- [[医疗副总裁]] → [[门诊医疗主任]] → [[全科口腔医生]] / [[正畸医生]]
- [[护士长]] → [[口腔护士]] / [[消毒供应员]]（业务）
- 医技：[[CBCT影像技师]]（岗位说明书未建立）
- [[技工中心主管]] → [[义齿技工]]

%% 待办：补充种植中心岗位 %%
"""


def gen_md08():
    (OUT / "08_岗位百科.md").write_text(MD08, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# 09 GBK print spool
# ----------------------------------------------------------------------------------------------

def gen_txt09():
    def header(page):
        return [
            f"皓贝口腔  人力资源信息系统 V3.2            岗位信息一览表            打印日期：2024-06-18",
            f"打印人：HR02                                                           第 {page} 页",
            "=" * 86,
        ]

    recs = [
        [
            "岗位编码：JG-07        岗位名称：义齿技工          所属部门：技工中心",
            "直接上级：技工中心主管  直接下级：                  定编人数：12",
            "工作地点：杭州余杭义齿加工中心",
            "学历要求：中专及以上    专业要求：口腔修复工艺",
            "资格证书：口腔修复工（国家职业资格四级及以上）",
            "工作经验：2年以上义齿加工经验",
            "岗位职责：",
            "  (1) 按设计单完成烤瓷冠、全瓷冠等修复体制作，含CAD/CAM设计与切削",
            "  (2) 检查并修整模型，发现印模或咬合记录问题及时反馈门诊",
            "  (3) 按交期完成加工件，常规冠桥5个工作日内交付",
            "  (4) 完成自检并填写质检记录，返工率控制在3%以内",
            "  (5) 负责切削机、烤瓷炉等设备的日常保养",
        ],
        [
            "岗位编码：YY-08        岗位名称：区域运营经理      所属部门：运营中心",
            "直接上级：运营副总裁    直接下级：诊所店长          定编人数：3",
            "工作地点：杭州（出差比例约40%）",
            "学历要求：本科及以上    专业要求：管理类、医学类优先",
            "资格证书：无",
            "工作经验：5年以上连锁运营经验",
            "岗位职责：见运营中心岗位百科",
        ],
        [
            "岗位编码：KF-09        岗位名称：客服主管          所属部门：客户服务中心",
            "直接上级：运营副总裁    直接下级：客服专员          定编人数：1",
            "工作地点：杭州总部",
            "学历要求：大专及以上    专业要求：不限",
            "岗位职责：略",
        ],
        [
            "岗位编码：KF-10        岗位名称：客服专员          所属部门：客户服务中心",
            "直接上级：客服主管      直接下级：                  定编人数：6",
            "工作地点：杭州总部",
            "学历要求：大专及以上    专业要求：不限",
            "资格证书：无",
            "工作经验：1年以上电话客服经验",
            "岗位职责：见《门诊运营手册》3.2",
        ],
    ]
    out = []
    page = 1
    out += header(page)
    used = 0
    PAGE_LINES = 14
    for rec in recs:
        for line in rec + ["-" * 86]:
            if used >= PAGE_LINES:
                out.append("（续下页）")
                page += 1
                out.append("\f" + header(page)[0])
                out += header(page)[1:]
                used = 0
            out.append(line)
            used += 1
    out.append("本表共4条记录。                                              *** 报表结束 ***")
    text = "\r\n".join(out) + "\r\n"
    (OUT / "09_人事系统岗位报表.txt").write_bytes(text.encode("gbk"))


# ----------------------------------------------------------------------------------------------
# 10 policy txt (distractor)
# ----------------------------------------------------------------------------------------------

TXT10 = f"""{CO}考勤与休假管理制度（2024年修订）

第一章　总则
第一条　为规范员工考勤与休假管理，根据国家有关规定，结合集团实际制定本制度。
第二条　本制度适用于集团总部、各门诊及技工中心全体员工。

第二章　工作时间与考勤
第三条　门诊实行排班制，具体班次以《岗位薪酬与班次》及门店排班表为准；总部实行标准工时制。
第四条　员工应通过企业微信打卡，上下班各打卡一次；迟到或早退30分钟以内的，每次扣款50元。
第五条　连续旷工3天或一年内累计旷工5天的，按严重违纪处理。

第三章　休假
第六条　员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天。
第七条　病假须提供二级及以上医院证明，病假期间工资按当地规定执行。
第八条　婚假3天，产假按所在城市规定执行。
第九条　门诊员工休假须提前7天在系统提交申请，由店长审批；医生休假同时报门诊医疗主任备案。

第四章　附则
第十条　本制度由人力资源部负责解释，自2024年1月1日起施行。
"""


def gen_txt10():
    (OUT / "10_考勤与休假管理制度.txt").write_text(TXT10, encoding="utf-8")


if __name__ == "__main__":
    gen_doc01()
    gen_doc02()
    gen_xlsx03()
    gen_xlsx04()
    gen_csv05()
    gen_html06()
    gen_pdf07()
    gen_md08()
    gen_txt09()
    gen_txt10()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)
