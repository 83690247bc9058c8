# -*- coding: utf-8 -*-
"""Round 62 trial corpus 'hosp': 梧溪县人民医院 (a fictional county general hospital).

Run: T62_OUT=/tmp/t62hosp/corpus /tmp/genv/bin/python gen.py
Writes 10 HR documents to $T62_OUT and ground_truth.json next to this script.
"""
import csv, io, json, os, copy
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.properties import Outline

OUT = Path(os.environ.get("T62_OUT", "/tmp/t62hosp/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
H = "梧溪县人民医院"
GT = {}

# ---------------------------------------------------------------- facts
NURSE_HEAD = dict(
    name="病区护士长", dept="护理部（各临床病区，本表以内科一病区为例）", boss="科护士长（业务上接受护理部主任指导）",
    subs="责任护士、辅助护士、护工", edu="本科及以上", major="护理学", exp="从事临床护理工作8年以上，其中担任护理组长2年以上",
    cert="主管护师及以上职称，持有效护士执业证书", shift="行政班（8:00-17:30），节假日参加护理总值班轮值",
    loc="住院部5楼内科一病区",
    duties=[
        "在科护士长和科主任领导下，全面负责本病区护理行政管理和业务技术管理。",
        "根据护理部年度计划制订本病区护理工作计划并组织实施，每月小结、年终总结。",
        "合理安排护理人力，实行弹性排班，保障夜班及节假日护理力量。",
        "每日参加晨会交接班，督促检查分级护理、查对制度和危重患者护理的落实情况。",
        "组织护理查房和疑难病例讨论，指导责任护士解决复杂护理问题。",
        "负责病区护理质量与安全管理，对护理不良事件组织根本原因分析并制定整改措施。",
        "负责新入职护士、实习护生和进修护士的带教与考核。",
        "管理病区药品、耗材和仪器设备，做好基数清点、请领和保养工作。",
    ])
RESP_NURSE = dict(
    name="责任护士", dept="护理部（各临床病区）", boss="病区护士长", subs="无（可指导护工、实习护生）",
    edu="大专及以上", major="护理学或助产专业", exp="应届毕业生可报，入职后须通过本院新护士规范化培训考核",
    cert="护士执业证书（执业地点须变更注册至本院）",
    shift="三班倒：白班8:00-16:00、小夜班16:00-24:00、大夜班0:00-8:00", loc="住院部各临床病区",
    duties=[
        "按照责任制整体护理要求，负责分管床位患者从入院到出院的全程护理。",
        "准确执行医嘱，完成给药、治疗、标本采集等护理操作，严格执行查对制度。",
        "每班评估患者病情、生命体征及跌倒、压力性损伤风险，规范书写护理记录。",
        "对患者及家属进行入院宣教、用药指导和出院健康教育。",
        "按分级护理要求巡视病房，发现病情变化及时报告医生并配合抢救。",
        "参加床旁交接班，与下一班次做好病情、管路和皮肤情况的交接。",
        "指导护工完成患者生活护理，并监督其工作质量。",
    ])

# ---------------------------------------------------------------- helpers (docx)
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cjk(doc):
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def leader_line(doc, label, value):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(4.2), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
    r = p.add_run(label); r.bold = True
    p.add_run("\t" + value)
    p.paragraph_format.space_after = Pt(2)
    return p


def set_columns(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(num)); cols.set(qn("w:space"), "425")


def header_footer(section, head, foot):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]; hp.text = head
    fp = section.footer.paragraphs[0]; fp.text = foot


def tracked_insert(p, author, text):
    ins = OxmlElement("w:ins"); ins.set(qn("w:id"), "1"); ins.set(qn("w:author"), author); ins.set(qn("w:date"), "2024-03-08T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t); ins.append(r)
    p._p.append(ins)


def tracked_delete(p, author, text):
    d = OxmlElement("w:del"); d.set(qn("w:id"), "2"); d.set(qn("w:author"), author); d.set(qn("w:date"), "2024-03-08T10:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    p._p.append(d)


# ================================================================ h01 docx: nursing JDs, one section per post
def h01():
    doc = Document(); cjk(doc)
    s0 = doc.sections[0]
    header_footer(s0, f"{H}　护理部文件　　　　编号：WXRY-HLB-GW-2024-02", "护理部制　2024年3月　受控文件，未经许可不得复印")
    t = doc.add_paragraph(); r = t.add_run(f"{H}护理岗位说明书（2024版）"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("本说明书适用于全院各临床病区护理岗位，经护理质量与安全管理委员会审议通过，自2024年4月1日起执行。"
                      "各病区可根据专科特点补充细则，但不得低于本说明书要求。")
    p = doc.add_paragraph("【修订记录】")
    p.add_run("2024-03：责任护士最低学历由“中专及以上”调整为“大专及以上”；护士长任职经验要求增加“担任护理组长2年以上”。（修订人：护理部 陈××）")
    for idx, post in enumerate([NURSE_HEAD, RESP_NURSE]):
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        header_footer(sec, f"{H}　护理岗位说明书（2024版）｜{post['name']}", f"护理部制　第{idx + 1}部分　共2部分")
        h = doc.add_paragraph(); r = h.add_run(f"第{'一二'[idx]}部分　岗位概况"); r.bold = True; r.font.size = Pt(13)
        leader_line(doc, "岗位名称", post["name"])
        leader_line(doc, "所属部门", post["dept"])
        leader_line(doc, "直接上级", post["boss"])
        leader_line(doc, "直接下属", post["subs"])
        leader_line(doc, "工作班次", post["shift"])
        leader_line(doc, "工作地点", post["loc"])
        h = doc.add_paragraph(); r = h.add_run("岗位职责"); r.bold = True
        for i, d in enumerate(post["duties"], 1):
            p = doc.add_paragraph(f"（{i}）{d}")
        if post is RESP_NURSE:
            p = doc.add_paragraph(f"（{len(post['duties']) + 1}）")
            tracked_insert(p, "护理部 陈××", "参与病区护理质量控制小组活动，每月完成不少于1项护理质量指标的自查。")
        h = doc.add_paragraph(); r = h.add_run("任职资格"); r.bold = True
        tb = doc.add_table(rows=6, cols=3); tb.style = "Table Grid"
        hdr = ["类别", "项目", "要求"]
        for c, v in enumerate(hdr):
            tb.cell(0, c).text = v; set_cell_bg(tb.cell(0, c), "D9E2F3")
        rows = [("基本条件", "学历", post["edu"]), ("基本条件", "专业", post["major"]), ("基本条件", "工作经验", post["exp"]),
                ("资质要求", "职称/证书", post["cert"]),
                ("资质要求", "其他", "身体健康，能适应夜班及节假日值班" if post is RESP_NURSE else "具备较强的组织协调能力和沟通能力")]
        for i, (a, b, c) in enumerate(rows, 1):
            tb.cell(i, 1).text = b; tb.cell(i, 2).text = c
        a = tb.cell(1, 0).merge(tb.cell(3, 0)); a.text = "基本条件"
        b = tb.cell(4, 0).merge(tb.cell(5, 0)); b.text = "资质要求"
        if post is RESP_NURSE:
            p = doc.add_paragraph("注：学历要求 ")
            tracked_delete(p, "护理部 陈××", "中专及以上")
            tracked_insert(p, "护理部 陈××", "大专及以上")
            p.add_run("，已在上表中更新。")
    # superseded appendix in two newspaper columns
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    header_footer(sec, f"{H}　护理岗位说明书（2024版）｜附件", "附件仅供查阅，不作为执行依据")
    set_columns(sec, 2)
    h = doc.add_paragraph(); r = h.add_run("附件：2021版责任护士岗位说明书（已废止）"); r.bold = True
    doc.add_paragraph("本附件自2024年4月1日起废止，保留原文仅供查阅。")
    doc.add_paragraph("学历：中专及以上，护理专业。")
    doc.add_paragraph("班次：两班制（白班8:00-20:00、夜班20:00-次日8:00）。")
    doc.add_paragraph("直接上级：病区护士长。")
    doc.add_paragraph("职责：执行医嘱，完成基础护理和专科护理，做好护理记录。")
    doc.add_paragraph("营养科营养师、康复科治疗师的岗位说明书由相关职能科室另行制定，不在本说明书范围内。")
    fn = "h01_护理岗位说明书（2024版）.docx"
    doc.save(OUT / fn)
    GT[fn] = {"layout": "docx: one Word section per post, post name in each section's page header and in a dot-leader tab fact line; "
              "（n） duty paragraphs; 任职资格 table with 类别 merged down; a real tracked insertion (责任护士 8th duty) and a tracked "
              "deletion/insertion of the 学历; superseded 2021 appendix in a two-column section; 营养师/治疗师 only named",
              "posts": {"病区护士长": NURSE_HEAD, "责任护士": RESP_NURSE},
              "tracked": "责任护士 duty 8 (inserted): 参与病区护理质量控制小组活动，每月完成不少于1项护理质量指标的自查。",
              "superseded": {"责任护士_2021": {"学历": "中专及以上", "班次": "两班制（白班8:00-20:00、夜班20:00-次日8:00）"}},
              "named_only": ["营养师", "治疗师"]}


# ================================================================ h02 docx: job-analysis interview records
LAB = dict(name="检验技师", dept="检验科（生化免疫组）", boss="生化免疫组组长（组长向检验科主任负责）",
           shift="白班为主（8:00-17:00），每周轮1-2个夜班做急诊检验",
           duties=["每天上班先做室内质控，质控在控以后才开始检测病人标本",
                   "接收标本时核对条码、标本类型和采集时间，溶血、量不够等不合格标本要拒收并登记",
                   "负责生化、免疫项目的上机检测，审核检验结果后发出报告",
                   "发现危急值要在15分钟内电话通知临床科室，并在危急值登记本上登记",
                   "做仪器的日常保养和定标，填写仪器维护记录",
                   "参加省临床检验中心组织的室间质评"])
IMG = dict(name="影像技师", dept="放射科", boss="放射科技师长", shift="24小时轮班，白班、中班、夜班每周轮换",
           duties=["按检查申请单核对患者身份和检查部位，完成DR、CT检查的摄片操作",
                   "检查前为患者做好辐射防护，非检查部位遮盖铅围裙，儿童和孕龄期女性重点防护",
                   "图像质量不合格的当场重拍，不能把废片传到PACS",
                   "增强CT检查前核对碘对比剂过敏史和知情同意书，检查后留观30分钟并配合护士处理不良反应",
                   "每天开机做设备预热和校准，交班时记录设备运行情况"],
           certs="放射医学技术（士）及以上资格证、放射工作人员证，上CT岗位还要有大型医用设备上岗合格证（CT）",
           edu="大专及以上，医学影像技术专业")


def h02():
    doc = Document(); cjk(doc)
    s = doc.sections[0]
    header_footer(s, "工作分析访谈记录（内部资料　注意保密）", "人力资源部　2024年5月整理")
    t = doc.add_paragraph(); r = t.add_run("医技科室工作分析访谈记录"); r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph("说明：为修订医技科室岗位说明书，人力资源部于2024年5月对检验科、放射科在岗人员进行了结构化访谈。"
                      "以下为访谈原始记录（口语照录），“HR备注”为访谈人的补充说明。")

    def info(rows):
        tb = doc.add_table(rows=2, cols=4); tb.style = "Table Grid"
        for i, rw in enumerate(rows):
            for j, v in enumerate(rw):
                tb.cell(i, j).text = v
                if j % 2 == 0: set_cell_bg(tb.cell(i, j), "EDEDED")

    def qa(pairs):
        tb = doc.add_table(rows=1 + len(pairs), cols=3); tb.style = "Table Grid"
        for j, v in enumerate(["序号", "访谈人提问", "被访谈人回答"]):
            tb.cell(0, j).text = v; set_cell_bg(tb.cell(0, j), "D9E2F3")
        for i, (q, a) in enumerate(pairs, 1):
            tb.cell(i, 0).text = f"Q{i}"; tb.cell(i, 1).text = q; tb.cell(i, 2).text = a

    doc.add_paragraph().add_run("访谈一").bold = True
    info([["访谈岗位", "检验技师（生化免疫组）", "访谈日期", "2024年5月14日"],
          ["所在科室", "检验科", "访谈人", "人力资源部 周××"]])
    d = LAB["duties"]
    qa([
        ("您平时向谁汇报工作？上什么班？", "我直接向生化免疫组组长汇报，组长再向检验科主任负责。白班为主（8:00-17:00），每周轮1-2个夜班做急诊检验。"),
        ("请按一天的顺序说说您的主要工作。", f"{d[0]}。然后{d[1]}。接下来就是{d[2]}。"),
        ("有没有特别要紧、出错后果严重的事？", f"危急值。{d[3]}，这个科室每个月都要抽查。"),
        ("除了做标本，还有什么日常工作？", f"{d[4]}；每年还要{d[5]}，成绩要合格。"),
        ("这个岗位需要什么学历和证书？", "我们招人一般要本科，医学检验技术专业，入职要有临床医学检验技术（士）以上的资格证。"),
    ])
    pn = doc.add_paragraph("HR备注：检验技师的考核指标见《2024年度科室KPI指标库》医技科室页，本记录不重复列出。")
    pn.runs[0].italic = True; pn.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    doc.add_page_break()
    doc.add_paragraph().add_run("访谈二").bold = True
    info([["访谈岗位", "影像技师（放射科）", "访谈日期", "2024年5月16日"],
          ["所在科室", "放射科", "访谈人", "人力资源部 周××"]])
    e = IMG["duties"]
    qa([
        ("您的上级是谁？科里怎么排班？", "我归放射科技师长管。我们是24小时轮班，白班、中班、夜班每周轮换。"),
        ("一个病人来拍片，您要做哪些事？", f"{e[0]}；{e[1]}。"),
        ("拍完以后呢？", f"{e[2]}。"),
        ("做增强CT有什么特别的？", f"{e[3]}。"),
        ("上岗要什么条件？", f"学历{IMG['edu']}。证书要{IMG['certs']}。"),
    ])
    # one-cell frame summarising
    fr = doc.add_table(rows=1, cols=1); fr.style = "Table Grid"
    c = fr.cell(0, 0); set_cell_bg(c, "FFF2CC")
    c.paragraphs[0].add_run("HR整理要点（影像技师）").bold = True
    c.add_paragraph(f"1. 设备管理：{e[4]}。")
    c.add_paragraph("2. 辐射安全：每季度佩戴个人剂量计并按时送检，剂量超过调查水平须书面说明。")
    c.add_paragraph("3. 访谈中提到的“诊断医师”岗位不在本次访谈范围，其岗位说明书由医务科另行编写。")
    fn = "h02_医技科室工作分析访谈记录.docx"
    doc.save(OUT / fn)
    GT[fn] = {"layout": "docx: interview records: 2x4 info table then a 序号|访谈人提问|被访谈人回答 table; duties only inside colloquial answers; "
              "a grey italic HR备注; a one-cell shaded frame of HR整理要点; page header/footer",
              "posts": {"检验技师": LAB, "影像技师": IMG},
              "检验技师_qual": "本科，医学检验技术专业，临床医学检验技术（士）以上的资格证",
              "影像技师_extra": "每季度佩戴个人剂量计并按时送检", "named_only": ["诊断医师"]}


# ================================================================ h03 xlsx: KPI library with grouped rows
KPI = {
    "护理单元": [
        ("病区护士长", [
            ("质量安全", "护理质量考核综合得分", "护理部月度质量检查平均得分", "≥95分", 30, "每低1分扣2分", "护理部质控检查"),
            ("质量安全", "护理不良事件上报及时率", "24小时内上报数/不良事件总数×100%", "100%", 20, "每迟报1例扣5分", "不良事件上报系统"),
            ("患者体验", "住院患者护理满意度", "满意问卷数/有效问卷数×100%", "≥92%", 20, "每低1个百分点扣2分", "第三方满意度调查"),
            ("人员管理", "护士培训考核合格率", "考核合格人次/应考核人次×100%", "≥98%", 15, "每低1个百分点扣1分", "护理部培训记录"),
            ("运营效率", "病区耗材占比", "护理耗材费用/病区医疗收入×100%", "≤12%", 15, "每超0.5个百分点扣2分", "财务科月报"),
        ]),
        ("责任护士", [
            ("质量安全", "护理文书书写合格率", "合格份数/抽查份数×100%", "≥96%", 25, "每低1个百分点扣2分", "护理文书质控"),
            ("质量安全", "给药差错发生次数", "月内给药差错（含未遂）例数", "0次", 25, "发生1次扣10分", "不良事件上报系统"),
            ("质量安全", "压力性损伤风险评估完成率", "按时评估例数/应评估例数×100%", "100%", 20, "每漏评1例扣2分", "护理信息系统"),
            ("患者体验", "患者健康教育知晓率", "知晓人数/抽查人数×100%", "≥90%", 15, "每低1个百分点扣1分", "护士长抽查"),
            ("学习成长", "三基理论考核成绩", "季度三基考试成绩", "≥85分", 15, "不合格者本项不得分", "护理部"),
        ]),
    ],
    "医技科室": [
        ("药剂师", [
            ("质量安全", "处方调配差错率", "调配差错处方数/调配处方总数×100%", "≤0.01%", 30, "超标不得分", "药房差错登记"),
            ("质量安全", "不合理处方干预率", "已干预不合理处方数/发现不合理处方数×100%", "≥95%", 25, "每低1个百分点扣2分", "处方点评系统"),
            ("质量安全", "特殊药品账物相符率", "麻精药品账物相符品种数/品种总数×100%", "100%", 20, "不符1个品种扣10分", "药剂科月度盘点"),
            ("服务效率", "门诊患者平均取药等候时间", "缴费完成至取药完成的平均分钟数", "≤10分钟", 15, "每超1分钟扣2分", "排队叫号系统"),
            ("患者体验", "用药咨询满意度", "满意人数/咨询人数×100%", "≥90%", 10, "每低1个百分点扣1分", "咨询台回访"),
        ]),
        ("检验技师", [
            ("服务效率", "急诊检验报告TAT达标率", "30分钟内发出的急诊生化报告数/急诊生化报告总数×100%", "≥95%", 30, "每低1个百分点扣2分", "LIS系统"),
            ("质量安全", "危急值通报及时率", "15分钟内通报例数/危急值总例数×100%", "100%", 25, "每延误1例扣5分", "危急值登记本"),
            ("质量安全", "室内质控在控率", "在控批次/质控总批次×100%", "≥98%", 20, "每低1个百分点扣2分", "质控软件"),
            ("质量安全", "室间质评合格率", "合格项目数/参评项目数×100%", "100%", 15, "每不合格1项扣5分", "省临检中心回报"),
            ("质量安全", "不合格标本登记完整率", "已登记拒收标本数/拒收标本总数×100%", "100%", 10, "每漏登1例扣1分", "标本拒收登记本"),
        ]),
        ("影像技师", [
            ("质量安全", "影像甲级片率", "甲级片数/抽查片数×100%", "≥90%", 30, "每低1个百分点扣2分", "放射科质控小组"),
            ("质量安全", "重拍率", "重拍人次/检查人次×100%", "≤3%", 20, "每超1个百分点扣3分", "PACS统计"),
            ("服务效率", "急诊CT检查等候时间", "开单至检查开始的平均分钟数", "≤30分钟", 20, "每超5分钟扣2分", "RIS系统"),
            ("质量安全", "辐射防护措施落实率", "落实防护人次/抽查人次×100%", "100%", 20, "每发现1例未防护扣5分", "科室抽查"),
            ("运营效率", "设备日检记录完整率", "完整记录天数/开机天数×100%", "100%", 10, "缺1天扣1分", "设备运行记录"),
        ]),
    ],
    "门诊与财务": [
        ("收费员", [
            ("资金安全", "长短款差错次数", "月内现金、移动支付长短款笔数", "0次", 30, "每发生1笔扣10分", "财务科稽核"),
            ("资金安全", "日结报表提交及时率", "按时提交日结报表天数/出勤天数×100%", "100%", 20, "每迟交1天扣2分", "收费系统"),
            ("合规", "医保结算差错率", "医保结算差错笔数/医保结算总笔数×100%", "≤0.1%", 20, "超标不得分", "医保办抽查"),
            ("服务", "窗口服务有效投诉次数", "经核实的窗口服务投诉次数", "≤1次/月", 20, "每超1次扣10分", "门诊部投诉登记"),
            ("合规", "票据管理合规率", "合规核销票据号段/领用号段×100%", "100%", 10, "每发现1张不合规扣2分", "财务科"),
        ]),
        ("导诊员", [
            ("服务", "门诊患者对导诊服务满意度", "满意人数/调查人数×100%", "≥95%", 40, "每低1个百分点扣2分", "门诊满意度调查"),
            ("服务", "预检分诊准确率", "分诊正确人次/抽查人次×100%", "≥98%", 30, "每错1例扣3分", "门诊部抽查"),
            ("纪律", "到岗准时率", "准时到岗天数/排班天数×100%", "100%", 30, "迟到1次扣5分", "考勤系统"),
        ]),
    ],
}


def h03():
    wb = Workbook()
    ws = wb.active; ws.title = "填表说明"
    notes = [f"{H}2024年度科室KPI指标库", "",
             "1. 本指标库由人力资源部会同医务科、护理部、财务科编制，2024年1月1日起执行。",
             "2. 每个考核对象下的指标行已分组折叠，点击左侧“+”可展开；汇总行标明该岗位的指标数和权重合计。",
             "3. 权重单位为%，每个岗位权重合计100；评分规则中扣完为止，不出现负分。",
             "4. “2023版（停用）”工作表仅保留备查，不得再用于考核。",
             "5. 医保办专员、病案管理员等职能岗位考核另见《职能科室目标责任书》（略）。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws["A1"].font = Font(bold=True, size=14); ws.column_dimensions["A"].width = 100

    def sheet(name, blocks, title):
        s = wb.create_sheet(name)
        s.sheet_properties.outlinePr = Outline(summaryBelow=False)
        s.merge_cells("A1:I1"); s["A1"] = title; s["A1"].font = Font(bold=True, size=13)
        s["A1"].alignment = Alignment(horizontal="center")
        # two-row header
        s.merge_cells("A2:A3"); s["A2"] = "考核对象"
        s.merge_cells("B2:D2"); s["B2"] = "指标信息"
        s["B3"] = "维度"; s["C3"] = "指标名称"; s["D3"] = "指标定义/计算公式"
        s.merge_cells("E2:G2"); s["E2"] = "考核标准"
        s["E3"] = "目标值"; s["F3"] = "权重（%）"; s["G3"] = "评分规则"
        s.merge_cells("H2:H3"); s["H2"] = "数据来源"
        s.merge_cells("I2:I3"); s["I2"] = "考核周期"
        for row in (2, 3):
            for col in range(1, 10):
                c = s.cell(row, col); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
                c.alignment = Alignment(horizontal="center", vertical="center")
        r = 4
        for post, inds in blocks:
            s.cell(r, 1, f"{post}（{len(inds)}项指标，权重合计{sum(x[4] for x in inds)}%）").font = Font(bold=True)
            s.cell(r, 1).fill = PatternFill("solid", fgColor="FCE4D6")
            r += 1
            for (dim, nm, df, tg, w, rule, src) in inds:
                for col, v in enumerate(["", dim, nm, df, tg, w, rule, src, "月度"], 1):
                    if v != "": s.cell(r, col, v)
                s.row_dimensions[r].outline_level = 1
                s.row_dimensions[r].hidden = False
                r += 1
        for col, wdt in zip("ABCDEFGHI", [30, 10, 26, 44, 10, 9, 24, 18, 9]):
            s.column_dimensions[col].width = wdt
        return s

    sheet("护理单元", KPI["护理单元"], "护理单元岗位KPI（2024）")
    sheet("医技科室", KPI["医技科室"], "医技科室岗位KPI（2024）")
    sheet("门诊与财务", KPI["门诊与财务"], "门诊及收费岗位KPI（2024）")
    old = wb.create_sheet("2023版（停用）")
    old["A1"] = "收费员KPI（2023版，已停用，仅供备查）"
    old.append(["指标名称", "目标值", "权重（%）"])
    old.append(["收费差错金额", "≤50元/月", 50])
    old.append(["窗口服务态度", "无投诉", 50])
    fn = "h03_2024年度科室KPI指标库.xlsx"
    wb.save(OUT / fn)
    GT[fn] = {"layout": "xlsx: one sheet per unit, title row, two-row merged header (指标信息 over 维度|指标名称|定义; 考核标准 over 目标值|权重|评分规则); "
              "each post a summary row '岗位（N项指标，权重合计100%）' ABOVE its grouped detail rows (outline level 1, summaryBelow=False); "
              "void 2023 sheet; note that 医保办/病案 KPI is 略",
              "kpi": {p: inds for blocks in KPI.values() for p, inds in blocks},
              "void_2023_收费员": [["收费差错金额", "≤50元/月", 50], ["窗口服务态度", "无投诉", 50]]}


# ================================================================ h04 xlsx: staffing & pay
STAFF = [
    # name, dept, boss, edu, major, cert, 核定, 在岗, shift code, location, base, perf
    ("病区护士长", "护理部/临床病区", "科护士长", "本科", "护理学", "主管护师；护士执业证书", 12, 12, "A", "住院部各病区", "5200", "4000-7000"),
    ("责任护士", "护理部/临床病区", "病区护士长", "大专", "护理学", "护士执业证书", 186, 171, "N3", "住院部各病区", "3300", "2500-4500"),
    ("住院医师", "内科/外科等临床科室", "主治医师", "本科", "临床医学", "医师资格证、执业证；规培合格证", 45, 41, "D24", "住院部各临床科室", "4200", "3000-6000"),
    ("药剂师", "药剂科", "门诊药房组长", "本科", "药学", "药师及以上资格", 14, 13, "B2", "门诊楼一楼西药房", "3800", "2200-3500"),
    ("检验技师", "检验科", "生化免疫组组长", "本科", "医学检验技术", "检验技术（士）及以上资格", 18, 16, "A/N", "医技楼二楼检验科", "3800", "2200-3800"),
    ("影像技师", "放射科", "放射科技师长", "大专", "医学影像技术", "放射医学技术（士）；放射工作人员证；CT上岗证", 15, 15, "S3", "医技楼一楼放射科", "3900", "2500-4000"),
    ("收费员", "财务科（门诊收费处）", "收费处组长", "大专", "会计或相关专业", "—", 20, 19, "E/L", "门诊楼一楼收费大厅", "3100", "1200-2000"),
    ("病案管理员", "医务科病案室", "见人事通知", "大专", "卫生信息管理", "病案信息技术（士）", 4, 4, "A", "行政楼三楼病案室", "3200", "1500-2500"),
    ("医保办专员", "医保办", "医保办主任", "本科", "医学/药学/会计/医疗保险", "—", 4, 3, "A", "行政楼二楼医保办", "3600", "按绩效方案"),
    ("院感专职人员", "院感科", "院感科科长", "本科", "临床医学/护理/预防医学", "中级职称优先", 3, 2, "A", "行政楼二楼院感科", "3800", "2000-3500"),
    ("导诊员", "门诊部", "门诊部护士长", "中专", "护理专业优先", "—", 10, 9, "D", "门诊楼一楼大厅导诊台", "2600", "800-1500"),
    ("营养师", "营养科", "", "", "", "", 1, 0, "", "", "", ""),
]
SHIFT_CODES = [("A", "行政班", "8:00-12:00，14:30-17:30（夏令时）/8:00-12:00，14:00-17:30（冬令时）"),
               ("N3", "三班倒", "白班8:00-16:00、小夜16:00-24:00、大夜0:00-8:00"),
               ("D24", "24小时值班制", "正常班+每周1-2个24小时值班"),
               ("B2", "两班轮换", "白班8:00-16:00、中班16:00-22:00，另每周一次夜间急诊药房值班"),
               ("A/N", "白班+夜班", "白班8:00-17:00，每周1-2个夜班"),
               ("S3", "三班轮换", "白班、中班、夜班每周轮换"),
               ("E/L", "早晚班", "早班7:30-15:30、晚班15:30-23:30"),
               ("D", "门诊班", "7:30-12:00，13:30-17:30")]


def h04():
    wb = Workbook(); ws = wb.active; ws.title = "编制与薪酬"
    ws.merge_cells("A1:N1"); ws["A1"] = f"{H}岗位设置与人员编制表（2024年6月）"; ws["A1"].font = Font(bold=True, size=13)
    groups = [("A2:D2", "岗位信息"), ("E2:G2", "任职基本要求"), ("H2:I2", "编制（人）"), ("J2:K2", "工作安排"), ("L2:M2", "薪酬参考（元/月）")]
    for rng, txt in groups:
        ws.merge_cells(rng); ws[rng.split(":")[0]] = txt
    ws.merge_cells("N2:N3"); ws["N2"] = "备注"
    sub = ["序号", "岗位名称", "所属科室", "直接上级", "最低学历", "专业", "必备证书", "核定", "在岗", "班次代码", "工作地点", "岗位工资", "绩效工资区间"]
    for j, v in enumerate(sub, 1):
        ws.cell(3, j, v)
    for row in (2, 3):
        for col in range(1, 15):
            c = ws.cell(row, col); c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA")
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    remarks = {"营养师": "拟招聘，岗位说明书待营养科制定", "病案管理员": "2024年7月起上级调整，见医保办制度汇编所附人事通知",
               "住院医师": "规培合格证：2020年后入职者必备", "收费员": "初级会计职称优先"}
    for i, r in enumerate(STAFF, 1):
        vals = [i] + list(r[:6]) + [r[6], r[7]] + list(r[8:]) + [remarks.get(r[0], "")]
        for j, v in enumerate(vals, 1):
            ws.cell(3 + i, j, v)
    for col, wdt in zip("ABCDEFGHIJKLMN", [5, 12, 20, 14, 9, 18, 28, 6, 6, 9, 20, 9, 12, 30]):
        ws.column_dimensions[col].width = wdt
    s2 = wb.create_sheet("班次代码")
    s2.append(["代码", "名称", "时间安排"])
    for r in SHIFT_CODES: s2.append(list(r))
    s3 = wb.create_sheet("外包岗位")
    s3.append(["岗位", "派驻单位", "业务管理", "学历", "证书", "班次", "服务费标准（元/月）", "说明"])
    s3.append(["护工", "梧溪康护服务有限公司", "病区护士长", "初中及以上", "健康证；护理员职业技能等级证书（初级及以上）", "24小时陪护或白班（8:00-20:00）",
               "3650", "工资由派驻单位发放，医院按服务费结算"])
    s3.append(["保洁员", "梧溪物业公司", "后勤保障科", "—", "—", "—", "—", "详见物业合同（略）"])
    fn = "h04_岗位设置与人员编制表.xlsx"
    wb.save(OUT / fn)
    GT[fn] = {"layout": "xlsx: merged group header (岗位信息/任职基本要求/编制/工作安排/薪酬参考) over 13 sub-columns; shift codes resolved in a second sheet; "
              "outsourced sheet (护工, 保洁员 略); 营养师 row has only 编制 1/0 (named-only); 病案管理员 上级 '见人事通知'",
              "rows": [list(r) for r in STAFF], "shift_codes": SHIFT_CODES, "remarks": remarks}


# ================================================================ h05 csv: adjacency-list export
PHARM = dict(name="药剂师（门诊药房）", code="P-YJ-02", dept="药剂科", boss="门诊药房组长（主管药师）",
             duties=[("审核门急诊处方的合法性、规范性与适宜性，发现不合理处方及时与开方医师沟通", "每日"),
                     ("按处方调配、核对、发放药品，严格执行“四查十对”", "每日"),
                     ("向患者交代药品用法用量和注意事项，提供用药咨询", "每日"),
                     ("管理麻醉药品和第一类精神药品，做到专人负责、专柜加锁、专用账册、专用处方、专册登记", "每日"),
                     ("检查药品效期，近效期药品按规定预警和处理", "每周"),
                     ("收集药品不良反应信息并按规定上报", "随时")],
             reqs=[("学历", "本科及以上，药学或临床药学专业"), ("证书", "药师及以上专业技术资格"), ("经验", "1年以上医院药房工作经验")])
MRA = dict(name="病案管理员", code="P-YW-05", dept="医务科病案室", boss="医务科科长",
           duties=[("出院病历3个工作日内回收，完成整理、装订、扫描和归档", "每日"),
                   ("按ICD-10和ICD-9-CM-3对出院病案的疾病诊断和手术操作进行编码", "每日"),
                   ("病案首页质控，重点核对主要诊断选择和手术操作填报", "每日"),
                   ("办理病历复印、借阅，核验申请人身份并登记", "随时"),
                   ("按月上报病案首页数据，配合医保办完成DRG/DIP分组数据核对", "每月")],
           reqs=[("学历", "大专及以上，卫生信息管理或病案信息技术专业"), ("证书", "病案信息技术（士）及以上资格"),
                 ("经验", "有ICD编码工作经验者优先")])
AIDE = dict(name="护工", code="W-HQ-01", dept="后勤保障科（外包派驻）", boss="病区护士长（业务管理）",
            duties=[("协助患者洗漱、进食、翻身、如厕等生活护理", "每日"),
                    ("陪同行动不便的患者外出做检查", "随时"),
                    ("保持床单位整洁，协助护士更换床单", "每日")],
            reqs=[("学历", "初中及以上"), ("证书", "健康证；护理员职业技能等级证书")])


def h05():
    rows = [["节点ID", "父节点ID", "节点类型", "名称/内容", "补充属性"]]
    rows.append(["D-YJ", "ROOT", "科室", "药剂科", "科室负责人：药剂科主任"])
    rows.append(["D-YW", "ROOT", "科室", "医务科", "下设病案室"])
    rows.append(["D-HQ", "ROOT", "科室", "后勤保障科", ""])
    n = 0
    for d, post in (("D-YJ", PHARM), ("D-YW", MRA), ("D-HQ", AIDE)):
        rows.append([post["code"], d, "岗位", post["name"], f"所属：{post['dept']}；直接上级：{post['boss']}"])
        for i, (t, f) in enumerate(post["duties"], 1):
            rows.append([f"{post['code']}-Z{i:02d}", post["code"], "职责", t, f"频次：{f}"])
        for i, (k, v) in enumerate(post["reqs"], 1):
            rows.append([f"{post['code']}-R{i:02d}", post["code"], "任职要求", v, f"要求类别：{k}"])
    rows.append(["P-YJ-09", "D-YJ", "岗位", "临床药师", "（状态：停用，2023年12月并入药剂科临床药学组）"])
    rows.append(["P-YJ-09-Z01", "P-YJ-09", "职责", "参与临床查房，为临床提供用药建议", "频次：每周"])
    fn = "h05_人事系统岗位树导出.csv"
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n"); w.writerows(rows)
    (OUT / fn).write_text(buf.getvalue(), encoding="utf-8")
    GT[fn] = {"layout": "csv: adjacency-list export of the HR system's post tree; 节点ID,父节点ID,节点类型(科室/岗位/职责/任职要求),名称/内容,补充属性; "
              "duty and requirement rows point to a post code, not a name; a 停用 临床药师 node",
              "posts": {"药剂师（门诊药房）": PHARM, "病案管理员": MRA, "护工": AIDE}, "void": "临床药师 停用"}


# ================================================================ h06 html: Word-exported recruitment notice
INS = dict(name="医保办专员", code="2024-BW-01", n=1, edu="本科及以上", major="临床医学、药学、会计学、医疗保险等相关专业",
           other="2年以上二级及以上医院医保或财务工作经验；熟悉DRG/DIP支付方式",
           duties=["审核住院病历的医保费用，发现超标准收费、分解住院等问题及时向临床科室反馈",
                   "负责医保结算清单上传，处理DRG/DIP分组异议和申诉",
                   "解读医保政策，对临床科室开展医保政策培训",
                   "处理医保拒付扣款，组织相关科室申诉",
                   "接待参保患者的医保政策咨询"])
INF = dict(name="院感专职人员", code="2024-BW-02", n=1, edu="本科及以上", major="临床医学、护理学、预防医学或公共卫生专业",
           other="3年以上临床工作经验；具有相应执业资格证书，中级及以上职称者优先")
LABR = dict(name="检验技师", code="2024-BW-03", n=2, edu="本科及以上", major="医学检验技术专业",
            other="取得临床医学检验技术（士）及以上资格；有二级以上医院检验科工作经历2年以上者优先")


def h06():
    def p(txt, style="MsoNormal", extra=""):
        return (f"<p class={style} style='line-height:150%{extra}'><span style='font-size:12.0pt;line-height:150%;"
                f"font-family:仿宋_GB2312;mso-hansi-font-family:Calibri'>{txt}<o:p></o:p></span></p>\n")

    def cell(txt, w=80):
        return (f"  <td width={w} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
                f"  <p class=MsoNormal align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>{txt}</span></p>\n  </td>\n")
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>梧溪县人民医院2024年公开招聘编外专业技术人员公告</title>
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>100</w:Zoom>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";margin:0cm;text-align:justify;text-justify:inter-ideograph;font-size:10.5pt;font-family:等线;}
 p.MsoTitle {text-align:center;font-size:22.0pt;font-family:方正小标宋简体;}
@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1>
"""
    b = [head]
    b.append("<p class=MsoTitle><span style='font-family:方正小标宋简体'>梧溪县人民医院<br>2024年公开招聘编外专业技术人员公告<o:p></o:p></span></p>\n")
    b.append(p("&nbsp;"))
    b.append(p("根据医院业务发展需要，经院长办公会研究，决定面向社会公开招聘编外专业技术人员4名。现将有关事项公告如下：", extra=";text-indent:24.0pt"))
    b.append(p("<b>一、招聘岗位及条件</b>"))
    b.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt'>\n")
    b.append(" <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>\n" + "".join(cell(x) for x in ["岗位代码", "岗位名称", "招聘人数", "学历", "专业", "其他条件"]) + " </tr>\n")
    for k, post in enumerate([INS, INF, LABR], 1):
        b.append(f" <tr style='mso-yfti-irow:{k}'>\n" + "".join(cell(x) for x in [post["code"], post["name"], str(post["n"]), post["edu"], post["major"], post["other"]]) + " </tr>\n")
    b.append("</table>\n")
    b.append(p("&nbsp;"))
    b.append(p("<b>二、岗位职责</b>"))
    b.append(p("（一）医保办专员：" + "".join(f"{i}.{d}；" for i, d in enumerate(INS["duties"], 1)).rstrip("；") + "。", extra=";text-indent:24.0pt"))
    b.append(p("（二）院感专职人员：负责全院医院感染监测、防控督导和培训，具体职责见医院感染管理科工作职责文件。", extra=";text-indent:24.0pt"))
    b.append(p("（三）检验技师：从事临床生化、免疫检验工作，参加急诊夜班。", extra=";text-indent:24.0pt"))
    b.append(p("<b>三、待遇</b>"))
    b.append(p("聘用人员按医院《编外人员薪酬管理办法》确定岗位工资和绩效工资，依法缴纳社会保险和住房公积金。", extra=";text-indent:24.0pt"))
    b.append(p("<b>四、报名方式</b>"))
    b.append(p("报名时间：2024年7月1日至7月10日（工作日8:00-12:00，14:30-17:30）。报名地点：医院行政楼三楼人力资源部。"
               "联系电话：0000-1234567（仅作示例）。", extra=";text-indent:24.0pt"))
    b.append(p("<span style='color:#7F7F7F'>（本公告由人力资源部负责解释。）</span>", extra=";text-align:right"))
    b.append(p("梧溪县人民医院", extra=";text-align:right"))
    b.append(p("2024年6月20日", extra=";text-align:right"))
    b.append("</div>\n</body>\n</html>\n")
    fn = "h06_2024年公开招聘编外人员公告.html"
    (OUT / fn).write_text("".join(b), encoding="utf-8")
    GT[fn] = {"layout": "html: Word 'Save as Web Page' export: MsoNormal paragraphs with mso styles and <o:p>, conditional comments, "
              "a MsoTableGrid of 岗位代码|岗位名称|招聘人数|学历|专业|其他条件; duties as one paragraph with inline 1.…；2.… numbering; "
              "pay only by reference to a 办法",
              "posts": {"医保办专员": INS, "院感专职人员": INF, "检验技师": LABR}}


# ================================================================ h07 pdf: outpatient service rule, fact box beside duties
GUIDE = dict(name="导诊员", dept="门诊部", boss="门诊部护士长", edu="中专及以上（护理专业优先）", cert="持护士执业证书者优先，不作硬性要求",
             shift="门诊班 7:30-12:00，13:30-17:30", loc="门诊楼一楼大厅导诊台",
             duties=["开诊前30分钟到岗，整理导诊台，备好轮椅、平车、一次性水杯等便民物品。",
                     "热情接待来院患者，根据主诉引导至相应科室就诊。",
                     "协助老年人、残疾人使用自助机完成挂号、缴费和报告打印。",
                     "维持候诊秩序，就诊高峰期做好患者分流。",
                     "发现危急重症患者，立即用轮椅或平车护送至急诊科。",
                     "对发热患者进行预检分诊，引导至发热门诊就诊。"])
CASH = dict(name="收费员", dept="财务科（门诊收费处）", boss="收费处组长", edu="大专及以上，会计或相关专业", cert="初级会计职称者优先",
            shift="早班7:30-15:30、晚班15:30-23:30；急诊收费窗口24小时轮值", loc="门诊楼一楼收费大厅",
            duties=["办理门诊挂号、收费、退费及住院预交金业务。",
                    "执行医保实时结算，核对参保人身份与医保电子凭证信息。",
                    "每班结束清点现金，填写日结报表，当日营业款全额解缴银行。",
                    "退费须凭临床科室签字的退费申请单和原始票据办理。",
                    "按号段领用、使用和核销电子票据，妥善保管空白票据。",
                    "耐心解答患者关于收费项目和费用的咨询。"])


def h07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0)); FN = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); FN = "STSong-Light"
    st = ParagraphStyle("n", fontName=FN, fontSize=10, leading=15)
    sm = ParagraphStyle("s", fontName=FN, fontSize=9, leading=13)
    h1 = ParagraphStyle("h1", fontName=FN, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=FN, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    fn = "h07_门诊服务岗位工作规范.pdf"

    def on_page(c, d):
        c.saveState(); c.setFont(FN, 8)
        c.drawString(60, 815, f"{H}　门诊服务岗位工作规范（WXRY-MZ-GF-03）")
        c.drawRightString(535, 25, f"第 {d.page} 页")
        c.restoreState()
    doc = SimpleDocTemplate(str(OUT / fn), pagesize=A4, leftMargin=55, rightMargin=55, topMargin=60, bottomMargin=50)
    s = [Paragraph("门诊服务岗位工作规范", h1), Spacer(1, 6),
         Paragraph("第一条　为规范门诊服务窗口岗位的工作行为，提升患者就医体验，制定本规范。本规范适用于门诊部导诊员和财务科门诊收费处收费员。", st),
         Paragraph("第二条　各岗位人员应统一着装、佩戴工牌，使用文明用语，首问负责。", st)]

    def post_block(num, post):
        out = [Paragraph(f"第{num}条　{post['name']}岗位规范", h2)]
        left = [Paragraph("工作职责：", st)] + [Paragraph(f"{i}. {d}", st) for i, d in enumerate(post["duties"], 1)]
        box = [Paragraph("■ 岗位速览", sm), Paragraph(f"所属部门：{post['dept']}", sm), Paragraph(f"直接上级：{post['boss']}", sm),
               Paragraph(f"学历要求：{post['edu']}", sm), Paragraph(f"证书：{post['cert']}", sm),
               Paragraph(f"班次：{post['shift']}", sm), Paragraph(f"地点：{post['loc']}", sm)]
        t = Table([[left, box]], colWidths=[300, 185])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOX", (1, 0), (1, 0), 0.8, colors.grey),
                               ("BACKGROUND", (1, 0), (1, 0), colors.HexColor("#F2F2F2"))]))
        out.append(t)
        return out
    s += post_block("三", GUIDE)
    s.append(Paragraph("第四条　导诊员遇患者投诉时，应先安抚情绪，再报告门诊部护士长处理，不得与患者争执。", st))
    s += post_block("五", CASH)
    s.append(Paragraph("第六条　收费员月度考核指标如下表（与《2024年度科室KPI指标库》一致）：", st))
    kt = [["指标", "目标值", "权重"]] + [[x[1], x[3], f"{x[4]}%"] for x in KPI["门诊与财务"][0][1]]
    t = Table(kt, colWidths=[200, 110, 60])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FN), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
    s += [Spacer(1, 4), t, Spacer(1, 8)]
    s.append(Paragraph("第七条　本规范自2024年4月1日起施行，由门诊部和财务科负责解释。", st))
    s.append(PageBreak())
    s.append(Paragraph("附录　2022年版收费员岗位要求（已废止）", h2))
    s.append(Paragraph("（以下内容已被本规范第五条替代，仅供查阅。）", sm))
    s.append(Paragraph("旧版要求：学历中专及以上；实行三班倒（8:00-16:00、16:00-24:00、0:00-8:00）；直接上级为财务科科长。", st))
    doc.build(s, onFirstPage=on_page, onLaterPages=on_page)
    GT[fn] = {"layout": "pdf: articles 第N条; each post's duties in a left column with a grey '■ 岗位速览' fact box beside them (one 2-cell table); "
              "running header with doc code; 收费员 KPI table; superseded 2022 appendix",
              "posts": {"导诊员": GUIDE, "收费员": CASH},
              "superseded_2022_收费员": "学历中专及以上；三班倒；直接上级财务科科长"}


# ================================================================ h08 md: resident-doctor handbook
RES = dict(name="住院医师（内科）", dept="内科（大内科，含心内、呼吸、消化病区）", boss="主治医师（医疗组长）",
           duties=["在主治医师指导下，负责分管病床（一般8-12张）患者的诊疗工作。",
                   "新入院患者24小时内完成入院记录，首次病程记录在患者入院8小时内完成。",
                   "每日上午、下午各查房一次，危重患者随时巡视，病情变化及时向上级医师汇报。",
                   "开具医嘱和检查申请，解读检查结果，按规定时限书写病程记录。",
                   "参加科室24小时值班，负责夜间及节假日病区患者的首诊处理。",
                   "向患者及家属告知病情和诊疗方案，签署知情同意书。",
                   "参加科室业务学习、病例讨论和教学查房。"],
           kpi=[("病历甲级率", "≥95%", 25), ("病历按时完成率", "100%", 20), ("医嘱差错次数", "0次", 20),
                ("患者满意度", "≥90%", 15), ("业务学习出勤率", "≥95%", 10), ("规培结业考核通过率", "100%", 10)])


def h08():
    L = []
    L.append("# 内科住院医师岗位手册")
    L.append("")
    L.append(f"> 编制：{H}医务科　　版本：2024-01　　适用：内科各病区新入职及在岗住院医师")
    L.append("")
    L.append("> [!IMPORTANT]")
    L.append("> 2020年1月1日以后入职的住院医师，须在入职后3年内取得住院医师规范化培训合格证书，逾期未取得者转岗。")
    L.append("")
    L.append("## 1 岗位定位")
    L.append("")
    L.append(f"住院医师是内科医疗组的一线医师，隶属{RES['dept']}，直接上级为{RES['boss']}，科主任对其进行业务考核。无直接下属，但需指导实习医师。")
    L.append("")
    L.append("## 2 工作职责")
    L.append("")
    for i, d in enumerate(RES["duties"], 1):
        L.append(f"{i}. {d}")
    L.append("")
    L.append("## 3 任职资格")
    L.append("")
    L.append("<table>")
    L.append("  <tr><th>类别</th><th>条目</th><th>要求</th></tr>")
    L.append("  <tr><td rowspan=\"3\">基本条件</td><td>学历</td><td>全日制本科及以上</td></tr>")
    L.append("  <tr><td>专业</td><td>临床医学</td></tr>")
    L.append("  <tr><td>经验</td><td>不限，应届毕业生须参加规培</td></tr>")
    L.append("  <tr><td rowspan=\"2\">资格证书</td><td>必备</td><td>医师资格证书、医师执业证书（执业范围内科专业）</td></tr>")
    L.append("  <tr><td>规培</td><td>住院医师规范化培训合格证书（2020年后入职者必备）</td></tr>")
    L.append("</table>")
    L.append("")
    L.append("> [!NOTE]")
    L.append("> 班次：实行24小时值班制，正常班之外每周约1-2个夜班，值班次日下午可补休。")
    L.append("")
    L.append("## 4 月度考核指标")
    L.append("")
    L.append("| 序号 | 考核指标 | 目标值 | 权重 |")
    L.append("|:---:|---|---|---:|")
    for i, (n, t, w) in enumerate(RES["kpi"], 1):
        L.append(f"| {i} | {n} | {t} | {w}% |")
    L.append("")
    L.append("## 5 附：相关岗位")
    L.append("")
    L.append("### 5.1 主治医师")
    L.append("")
    L.append("主治医师为医疗组长，负责本组患者的诊疗决策和对住院医师的指导，其岗位说明书见《临床科室医师岗位说明书》。")
    L.append("")
    L.append("### 5.2 设备科工程师")
    L.append("")
    L.append("略（由设备科另行制定）。")
    L.append("")
    fn = "h08_内科住院医师岗位手册.md"
    (OUT / fn).write_text("\n".join(L), encoding="utf-8")
    GT[fn] = {"layout": "md: GitHub alert callouts (> [!IMPORTANT], > [!NOTE]) holding the 规培 rule and the 班次; 任职资格 as an HTML <table> with rowspan inside Markdown; "
              "numbered duties; KPI pipe table; 主治医师 pointer only; 设备科工程师 略",
              "post": RES, "lue": "设备科工程师", "pointer_only": "主治医师"}


# ================================================================ h09 GBK txt: 院感 red-header notice with KPI clauses
INFD = ["每日查看医院感染实时监测系统，对疑似医院感染病例进行核实，确诊病例督促临床在24小时内上报。",
        "每月对ICU、手术室、消毒供应中心、血液透析室等重点部门开展环境卫生学监测。",
        "每月督查各科室手卫生依从性和正确率，按季度汇总通报。",
        "指导医疗废物的分类收集、暂存和交接，检查交接登记。",
        "开展全院感控知识培训，新员工岗前感控培训不少于4学时。",
        "发现疑似医院感染暴发时，12小时内报告院长和县卫生健康局，并开展流行病学调查。"]
INFK = [("医院感染病例漏报率", "≤10%", 30, "每超1个百分点扣3分"),
        ("手卫生依从性", "≥85%", 25, "每低1个百分点扣2分"),
        ("重点部门环境卫生学监测完成率", "100%", 20, "每缺1次扣5分"),
        ("医疗废物规范处置率", "100%", 15, "发现1例不规范扣3分"),
        ("全院感控培训覆盖率", "≥95%", 10, "每低1个百分点扣1分")]


def h09():
    L = [f"{H}文件", "", "梧医发〔2024〕17号", "", "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━", "",
         "关于印发《医院感染管理科工作职责及考核细则》的通知", "",
         "各科室：", "　　为进一步加强医院感染管理，经医院感染管理委员会研究，现将《医院感染管理科工作职责及考核细则》印发给你们，请遵照执行。", "",
         "　　附件：医院感染管理科工作职责及考核细则", "", f"　　　　　　　　　　　　　　　　　　　　{H}", "　　　　　　　　　　　　　　　　　　　　2024年4月2日", "",
         "附件", "", "医院感染管理科工作职责及考核细则", "",
         "一、科室设置", "　　医院感染管理科（简称院感科）为医院职能科室，设科长1名、院感专职人员2名（核定3名），在分管副院长和医院感染管理委员会领导下开展工作。", "",
         "二、院感专职人员岗位职责", "　　院感专职人员直接对院感科科长负责，工作时间为行政班，节假日接受电话咨询。"]
    cn = "一二三四五六"
    for i, d in enumerate(INFD):
        L.append(f"　　（{cn[i]}）{d}")
    L += ["", "三、任职条件", "　　院感专职人员应具有临床医学、护理学、预防医学或公共卫生专业本科及以上学历，3年以上临床工作经验，取得省级医院感染管理岗位培训合格证书。", "",
          "四、院感科考核细则（月度，满分100分）"]
    for i, (n, t, w, rule) in enumerate(INFK, 1):
        L.append(f"　　{i}．{n}：目标值{t}，{w}分；{rule}，扣完为止。")
    L += ["　　考核结果与院感科月度绩效挂钩，由质控科每月汇总。", "",
          "五、其他", "　　本细则自印发之日起执行，原《院感科工作制度（2019）》同时废止。", "",
          "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
          "抄送：县卫生健康局医政科。", f"{H}院长办公室　　　　　　　　2024年4月2日印发"]
    fn = "h09_院感科工作职责及考核细则.txt"
    (OUT / fn).write_bytes("\r\n".join(L).encode("gbk"))
    GT[fn] = {"layout": "GBK CRLF: red-header official notice (文号, 通知, 附件) whose attachment holds the 院感专职人员 duties as （一）…（六） and the "
              "院感科 KPI as '1．名称：目标值X，N分；扣分规则' clauses",
              "duties": INFD, "kpi": INFK, "reports_to": "院感科科长",
              "qual": "本科及以上，临床医学/护理学/预防医学/公共卫生，3年以上临床，省级医院感染管理岗位培训合格证书"}


# ================================================================ h10 UTF-16 txt: 医保办 policy + personnel notice
def h10():
    L = [f"{H}医疗保障管理制度汇编（2024年修订）", "",
         "第一章　总则",
         "第一条　为规范医院医疗保障管理工作，维护医保基金安全，根据《医疗保障基金使用监督管理条例》等规定，制定本制度。",
         "第二条　医院成立医疗保障管理委员会，由院长任主任委员；医疗保障办公室（简称医保办）负责日常工作。", "",
         "第二章　医保办人员职责",
         "第三条　医保办主任全面负责医保办工作，组织医保政策落实和医保基金使用自查。",
         "第四条　医保办专员在医保办主任领导下工作，除执行招聘公告所列职责外，还应每周抽查不少于30份在院病历的医保费用，并于每月5日前完成上月医保结算数据对账。",
         "第五条　医保办专员工作时间为行政班，工作地点在行政楼二楼医保办；本制度不对其薪酬作出规定，薪酬按医院绩效分配方案执行。", "",
         "第三章　医保基金使用管理",
         "第六条　严禁分解住院、挂床住院、超标准收费、串换药品和诊疗项目。",
         "第七条　临床科室对医保拒付有异议的，应在收到扣款通知后5个工作日内提交申诉材料。",
         "第八条　医保结算清单应在患者出院结算后规定时间内上传。", "",
         "第四章　附则",
         "第九条　本制度由医保办负责解释，自2024年5月1日起执行。", "",
         "────────────────────────",
         "附：人事通知（人字〔2024〕9号）",
         "因病案统计室成立，自2024年7月1日起，病案管理员的直接上级由医务科科长调整为病案统计室主任，工作地点、岗位职责不变。",
         "人力资源部　2024年6月25日"]
    fn = "h10_医保管理制度汇编.txt"
    (OUT / fn).write_bytes("\ufeff".encode("utf-16-le") + "\r\n".join(L).encode("utf-16-le"))
    GT[fn] = {"layout": "UTF-16LE with BOM, CRLF: a policy of 第N条 articles (distractor) with two 医保办专员 articles and an appended personnel notice "
              "changing the 病案管理员's boss from 2024-07-01",
              "医保办专员_extra": ["每周抽查不少于30份在院病历", "每月5日前完成上月医保结算数据对账", "行政班", "行政楼二楼医保办", "薪酬不作规定"],
              "病案管理员_boss_change": "医务科科长 → 病案统计室主任 (2024-07-01)"}


if __name__ == "__main__":
    for f in (h01, h02, h03, h04, h05, h06, h07, h08, h09, h10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(sorted(p.name for p in OUT.iterdir())))
