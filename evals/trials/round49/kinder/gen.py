#!/usr/bin/env python3
"""Round 49 'kinder': 童悦幼教集团 (a kindergarten group in Hangzhou), 10 HR documents.

Run:  T49_OUT=/tmp/t49kinder/corpus /tmp/genv/bin/python gen.py
"""
import copy
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T49_OUT", "/tmp/t49kinder/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "童悦幼教集团"


# ----------------------------------------------------------------------------- helpers
def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "6")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def cell_lines(cell, lines, bold_first=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        if ln.startswith("〖"):
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            r.italic = True
        if bold_first and i == 0:
            r.bold = True


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ----------------------------------------------------------------------------- F1 docx
JD1 = [
    dict(no="①", name="园长", code="YW-01", dept="园务办公室",
         facts=["直接上级：集团教育总监", "直接下属：保教主任、后勤主任、招生顾问", "定员：每园1人",
                "工作班次：行政班（8:00-17:00）", "工作地点：所在园区"],
         duties=["① 全面主持园区保教、后勤、安全和招生工作，对园区年度目标负责；",
                 "② 制定园区学期工作计划，组织实施、检查和总结；",
                 "③ 负责教职工队伍建设，组织招聘面试、岗位考核和师德师风教育；",
                 "④ 建立与家长委员会的定期沟通机制，每学期召开全园家长会不少于2次；",
                 "⑤ 审批园区经费预算和单笔5000元以上支出；",
                 "⑥ 落实安全工作责任制，每月组织一次全园安全大检查。"],
         quals=["略（按《集团园长任用管理办法》执行）"]),
    dict(no="②", name="保教主任", code="BJ-01", dept="保教部",
         facts=["直接上级：园长", "直接下属：主班教师、配班教师、保育员", "定员：每园1人",
                "工作班次：行政班（8:00-17:00）", "工作地点：所在园区"],
         duties=["① 组织制定各年龄班保教计划和一日生活作息，审核班级周计划；",
                 "② 每周深入班级听课、看活动不少于4个半日，并进行指导反馈；",
                 "③ 组织园本教研活动，每两周一次，做好教研记录；",
                 "④ 负责教师培训与新教师带教，落实“青蓝工程”师徒结对；",
                 "⑤ 组织幼儿发展评估，每学期两次，形成评估报告；",
                 "⑥ 协助园长处理家长投诉中涉及保教的问题。"],
         quals=["学历：本科及以上", "专业：学前教育", "经验：5年以上一线带班经验，其中2年以上年级组长或教研组长经历",
                "证书：幼儿园教师资格证；普通话二级甲等及以上", "能力：具备教研组织能力和家长沟通能力"]),
    dict(no="③", name="主班教师", code="BJ-02", dept="保教部",
         facts=["直接上级：保教主任", "直接下属：无（业务上指导本班配班教师、保育员）", "定员：每班1人",
                "工作班次：A班/B班每周轮换", "工作地点：西溪园、滨江园、良渚园"],
         duties=["① 全面负责本班幼儿一日活动的组织与实施，保证幼儿每天户外活动时间不少于2小时；",
                 "② 制定班级学期计划、月计划和周计划，每周撰写教育笔记不少于1篇；",
                 "③ 创设班级环境和区角活动，每月更新主题墙；",
                 "④ 做好家园联系，每学期家访（含电话访谈）覆盖率100%；",
                 "⑤ 主持每周班务会，协调配班教师、保育员的分工；",
                 "⑥ 建立并整理幼儿成长档案，每学期末向家长反馈。"],
         quals=["学历：本科及以上",
                "〖修订 2024-08：学历由“大专及以上”调整为“本科及以上”，2024年9月1日起新入职人员执行〗",
                "专业：学前教育、幼儿教育", "经验：3年以上幼儿园带班经验",
                "证书：幼儿园教师资格证；普通话二级乙等及以上", "技能：弹、唱、跳、画基本功扎实"]),
    dict(no="④", name="配班教师", code="BJ-03", dept="保教部",
         facts=["直接上级：主班教师", "直接下属：无", "定员：每班1人",
                "工作班次：与主班教师A/B班对班", "工作地点：西溪园、滨江园、良渚园"],
         duties=["① 协助主班教师组织一日活动，主班教师不在岗时承担主班职责；",
                 "② 负责本班午睡值守和离园环节的组织；",
                 "③ 准备教玩具和活动材料，及时补充区角材料；",
                 "④ 协助填写幼儿观察记录和《家园联系册》；",
                 "⑤ 负责本班美术、音乐等特色活动的组织。"],
         quals=["学历：大专及以上", "专业：学前教育相关专业", "经验：应届毕业生亦可",
                "证书：幼儿园教师资格证（可入职后一年内取得）",
                "〖批注：“一年内取得”系园务会2024年12月讨论稿，待集团审批〗"]),
    dict(no="⑤", name="保育员", code="BJ-04", dept="保教部",
         facts=["直接上级：保教主任（日常工作接受主班教师指导）", "直接下属：无", "定员：每班1人",
                "工作班次：C班（7:00-15:30）", "工作地点：所在园区"],
         duties=["① 负责本班活动室、寝室、盥洗室的清洁与消毒，每日填写《消毒记录表》；",
                 "② 配合教师照料幼儿进餐、饮水、午睡和如厕；",
                 "③ 负责幼儿餐具、毛巾、水杯的清洗消毒，做到一人一巾一杯；",
                 "④ 观察幼儿精神和身体状况，发现异常及时报告保健医生；",
                 "⑤ 协助教师组织户外活动，根据天气为幼儿增减衣物。"],
         quals=["学历：高中（中专）及以上", "经验：有育婴或保育工作经验者优先",
                "证书：保育员证、健康证", "年龄：50周岁以下，身体健康，有耐心"]),
]


def gen_docx1():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_footer(doc, f"{CO}　人力资源部　受控文件　编号：TY-HR-JD-01　版本：V3.1",
                  "本文件仅限集团内部使用　未经许可不得外传")
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(f"{CO}保教序列岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("编制：人力资源部　　审核：教育总监　　生效日期：2024年9月1日")
    doc.add_paragraph("说明：本说明书适用于集团下属西溪园、滨江园、良渚园三个园区。每个岗位一张表，"
                      "表中“岗位信息”栏列明汇报关系、定员、班次和工作地点；红色斜体为修订或批注内容。")
    for jd in JD1:
        tbl = doc.add_table(rows=3, cols=3)
        set_borders(tbl)
        top = tbl.cell(0, 0).merge(tbl.cell(0, 2))
        top.text = ""
        rr = top.paragraphs[0].add_run(
            f"岗位{jd['no']}　{jd['name']}　　岗位编码：{jd['code']}　　所属部门：{jd['dept']}")
        rr.bold = True
        shade(top, "FCE4D6")
        for i, h in enumerate(["岗位信息", "岗位职责", "任职资格"]):
            c = tbl.cell(1, i)
            c.text = h
            shade(c)
        cell_lines(tbl.cell(2, 0), jd["facts"])
        cell_lines(tbl.cell(2, 1), jd["duties"])
        cell_lines(tbl.cell(2, 2), jd["quals"])
        doc.add_paragraph("")
    doc.add_paragraph("附：教研组长、年级组长为兼任职务，由保教主任从主班教师中提名，不单独设岗。")
    doc.save(OUT / "01_保教序列岗位说明书.docx")


# ----------------------------------------------------------------------------- F2 docx
def gen_docx2():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    header_footer(doc, f"{CO}后勤保障工作手册（2025年修订）", "后勤保障部编印")
    doc.add_heading("后勤保障工作手册", 0)
    doc.add_heading("第一章　总则", 1)
    doc.add_paragraph("第一条　为规范各园区卫生保健、膳食、安全保卫等后勤保障工作，保障幼儿健康成长，制定本手册。")
    doc.add_paragraph("第二条　本手册适用于集团所属各园区后勤保障部全体员工。")
    doc.add_heading("第二章　岗位设置", 1)
    doc.add_paragraph("第三条　后勤保障部设后勤主任1名，下设卫生保健室（保健医生）、食堂（厨师、面点师、采购员）"
                      "和安保组（安保员）。面点师、采购员的岗位职责另行制定，本手册不作规定。")
    doc.add_heading("第三章　岗位职责与任职条件", 1)
    # 3.1 后勤主任 (prose)
    doc.add_heading("一、后勤主任", 2)
    doc.add_paragraph("后勤主任在园长领导下工作，是后勤保障部的负责人，直接管理保健医生、厨师和安保员。"
                      "任职条件为大专及以上学历，3年以上后勤或物业管理经验。其主要职责是：")
    for s in ["（1）统筹食堂、卫生保健、安全保卫和设施设备管理工作；",
              "（2）每月组织一次后勤安全隐患排查并建立整改台账；",
              "（3）负责物资采购计划的审核和库存管理，每季度盘点一次；",
              "（4）协调园舍、水电和大型玩具的维修保养。"]:
        doc.add_paragraph(s)
    # 3.2 保健医生: facts table + numbered duties
    doc.add_heading("二、保健医生", 2)
    doc.add_paragraph("保健医生隶属卫生保健室，直接上级为后勤主任，业务上接受辖区妇幼保健院指导。")
    t = doc.add_table(rows=5, cols=2)
    set_borders(t)
    rows = [("任职条件", "要求"), ("学历专业", "大专及以上，临床医学、护理学或预防医学专业"),
            ("资格证书", "执业医师或执业护士资格证；托幼机构卫生保健人员培训合格证"),
            ("工作经验", "2年以上儿科或儿童保健工作经验"), ("工作时间", "7:15-16:15（负责晨检）")]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    shade(t.cell(0, 0)); shade(t.cell(0, 1))
    doc.add_paragraph("保健医生的岗位职责如下：")
    for s in ["1. 每日做好晨午检，落实“一摸二看三问四查”，填写晨检记录；",
              "2. 制定带量食谱，每周一公布，每月进行一次膳食营养分析；",
              "3. 负责传染病的预防与管理，发现传染病疫情须在2小时内上报辖区疾控中心；",
              "4. 建立幼儿健康档案，每年组织一次幼儿体检；",
              "5. 指导和检查全园卫生消毒工作；",
              "6. 负责幼儿意外伤害的初步处理及保健室药品管理。"]:
        doc.add_paragraph(s)
    # 3.3 厨师: duty table with 标准 and 频次
    doc.add_heading("三、厨师", 2)
    doc.add_paragraph("厨师属食堂，直接上级为后勤主任。任职条件：初中及以上学历，持中式烹调师（四级）及以上证书和健康证，"
                      "3年以上团餐或幼儿园食堂工作经验。主要工作见下表：")
    t = doc.add_table(rows=6, cols=3)
    set_borders(t)
    rows = [("工作事项", "工作标准", "频次"),
            ("按带量食谱加工餐点", "严格按保健医生制定的带量食谱备料、烹饪，不得擅自更换菜品", "每餐"),
            ("食品留样", "每餐每样留样不少于125克，冷藏保存48小时，留样记录完整", "每餐"),
            ("生熟分开", "刀具、砧板、容器生熟分开并分类标识", "每日"),
            ("收市清洁", "收市后清洁灶台、地面，关闭燃气总阀", "每日"),
            ("食材验收", "参与食材验收，拒收无合格证明或感官异常的食材", "每次进货")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    for j in range(3):
        shade(t.cell(0, j))
    # 3.4 安保员: 一是…二是 prose
    doc.add_heading("四、安保员", 2)
    doc.add_paragraph("安保员属安保组，直接上级为后勤主任，要求高中及以上学历、持保安员证，退役军人优先。"
                      "安保员的职责，一是负责入园、离园时段校门口值守，落实“护学岗”；二是核验接送卡，非登记接送人须电话向家长确认；"
                      "三是每2小时巡查园区一次并登记巡查记录；四是管理监控室，监控录像保存不少于90天；"
                      "五是参加每月一次的消防演练和反恐防暴演练。")
    p = doc.add_paragraph("【修订说明：巡查频次原为“每3小时一次”，2025年2月起改为“每2小时一次”。】")
    p.runs[0].italic = True
    doc.add_heading("第四章　风险防控", 1)
    doc.add_paragraph("第四条　各岗位关键风险及防控措施见下表。")
    t = doc.add_table(rows=5, cols=3)
    set_borders(t)
    rows = [("岗位", "关键风险", "防控措施"),
            ("保健医生", "传染病漏报、药品过期", "双人核对晨检记录；药品每月清点"),
            ("厨师", "食物中毒、燃气泄漏", "落实留样制度；每日收市关闭燃气总阀"),
            ("安保员", "陌生人闯入、错接幼儿", "凭卡接送；访客登记"),
            ("后勤主任", "设施安全隐患未整改", "建立整改台账，限期销号")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("附件　2022版厨师岗位职责（已废止）", 1)
    doc.add_paragraph("（本附件自2025年1月1日起废止，仅供查阅）厨师职责：按食谱制作餐点；"
                      "食品留样不少于100克，冷藏24小时；保持厨房整洁。")
    doc.save(OUT / "02_后勤保障工作手册.docx")


# ----------------------------------------------------------------------------- F3 xlsx KPI
KPI_TEACH = [
    ("主班教师", [
        ("保育教育", "一日活动组织规范性", "保教主任每月巡查评分平均分", 0.25, "≥90分", "巡查记录"),
        ("保育教育", "教育笔记与观察记录完成率", "实际完成篇数÷应完成篇数×100%", 0.10, "100%", "班级档案"),
        ("安全健康", "幼儿出勤率", "幼儿实际出勤人次÷应出勤人次×100%", 0.15, "≥90%", "考勤系统"),
        ("安全健康", "安全事故发生次数", "本班幼儿在园发生的安全责任事故次数", 0.20, "0起", "保健室记录"),
        ("家园共育", "家长满意度", "学期家长问卷满意及以上比例", 0.20, "≥95%", "问卷"),
        ("专业成长", "教研活动参与率", "参加教研次数÷应参加次数×100%", 0.10, "100%", "教研记录"),
    ]),
    ("配班教师", [
        ("保育教育", "一日活动配合度", "主班教师每月评分", 0.30, "≥90分", "主班评价表"),
        ("保育教育", "区角材料更新及时率", "按时更新次数÷应更新次数×100%", 0.20, "100%", "巡查记录"),
        ("安全健康", "午睡值守规范率", "午睡巡查合格次数÷巡查次数×100%", 0.20, "100%", "巡查记录"),
        ("安全健康", "安全事故发生次数", "值守时段安全责任事故次数", 0.15, "0起", "保健室记录"),
        ("家园共育", "家长满意度", "学期家长问卷满意及以上比例", 0.15, "≥95%", "问卷"),
    ]),
    ("保教主任", [
        ("质量管理", "班级保教质量抽查合格率", "抽查合格班级数÷抽查班级数×100%", 0.30, "≥95%", "抽查记录"),
        ("质量管理", "幼儿发展评估完成率", "完成评估幼儿数÷在园幼儿数×100%", 0.15, "100%", "评估报告"),
        ("队伍建设", "教研活动按期开展率", "按期开展次数÷计划次数×100%", 0.20, "100%", "教研记录"),
        ("队伍建设", "新教师带教达标率", "考核达标新教师数÷新教师数×100%", 0.20, "≥90%", "带教考核表"),
        ("家园共育", "保教类投诉处理及时率", "48小时内处理完毕投诉数÷投诉总数×100%", 0.15, "100%", "投诉台账"),
    ]),
]
KPI_LOGI = [
    ("保育员", [
        ("卫生消毒检查合格率", "保健医生抽查合格次数÷抽查次数×100%", 0.35, "≥95%"),
        ("消毒记录完整率", "记录完整天数÷工作天数×100%", 0.25, "100%"),
        ("生活照料家长满意度", "家长问卷中生活照料满意比例", 0.20, "≥95%"),
        ("幼儿意外伤害次数", "本班保育环节发生意外伤害次数", 0.20, "0起"),
    ]),
    ("厨师", [
        ("食品安全事故", "发生食物中毒等食品安全事故的，当月考核为0分", "一票否决", "0起"),
        ("食品留样合格率", "留样合格餐次÷总餐次×100%", 0.30, "100%"),
        ("食谱执行符合率", "按带量食谱执行餐次÷总餐次×100%", 0.25, "≥98%"),
        ("幼儿剩饭率", "剩余饭菜重量÷出餐重量×100%", 0.20, "≤10%"),
        ("厨房卫生检查得分", "后勤主任每周检查得分月平均", 0.25, "≥90分"),
    ]),
    ("保健医生", [
        ("晨检率", "晨检幼儿数÷到园幼儿数×100%", 0.25, "100%"),
        ("传染病上报及时率", "2小时内上报次数÷应上报次数×100%", 0.25, "100%"),
        ("幼儿体检覆盖率", "完成体检幼儿数÷在园幼儿数×100%", 0.20, "100%"),
        ("膳食营养达标率", "营养分析达标月数÷统计月数×100%", 0.15, "≥90%"),
        ("健康档案完整率", "档案完整幼儿数÷在园幼儿数×100%", 0.15, "100%"),
    ]),
]
KPI_SALES = [
    ("招生顾问", [
        ("月度新生报名人数", 0.40, "8人", "12人", "18人", "达门槛得60分，达目标得100分，达挑战得120分"),
        ("到访转化率", 0.30, "25%", "35%", "45%", "到访后30日内报名家庭数÷到访家庭数"),
        ("咨询响应及时率", 0.15, "90%", "100%", "—", "24小时内回复的咨询数÷咨询总数"),
        ("新生家长满意度", 0.15, "85%", "95%", "—", "入园一个月问卷"),
    ]),
    ("财务专员", [
        ("保教费收取及时率", 0.30, "95%", "100%", "—", "开学后15日内收齐"),
        ("账务差错次数", 0.25, "2次", "0次", "—", "集团财务中心稽核发现的差错"),
        ("报表按时提交率", 0.25, "90%", "100%", "—", "每月5日前报送收支报表"),
        ("伙食费盈亏率", 0.20, "±3%", "±2%", "±1%", "（伙食费收入－伙食支出）÷伙食费收入"),
    ]),
]


def gen_xlsx_kpi():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for r in [["童悦幼教集团岗位KPI指标库（2025版）"], ["1. 本指标库自2025年3月起执行，按月考核，季度汇总。"],
              ["2. 权重以百分比计，各岗位权重合计100%；“一票否决”指标不计权重。"],
              ["3. 2023版指标已作废，仅保留在“2023版（作废）”工作表备查。"],
              ["4. 园长、后勤主任实行年度目标责任制考核，不适用本指标库。"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 70
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    bold = Font(bold=True)

    # 保教类
    ws = wb.create_sheet("保教类")
    ws.merge_cells("A1:G1")
    ws["A1"] = "保教类岗位月度KPI指标库"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["岗位", "考核维度", "指标名称", "指标定义/计算公式", "权重", "目标值", "数据来源"])
    for c in ws[2]:
        c.fill = hdr_fill
        c.font = bold
    row = 3
    for post, items in KPI_TEACH:
        start = row
        dim_start = row
        prev_dim = None
        for dim, name, defi, w, tgt, src in items:
            ws.cell(row, 1, post)
            if dim != prev_dim:
                if prev_dim is not None and row - 1 > dim_start:
                    ws.merge_cells(start_row=dim_start, start_column=2, end_row=row - 1, end_column=2)
                ws.cell(row, 2, dim)
                dim_start = row
                prev_dim = dim
            ws.cell(row, 3, name)
            ws.cell(row, 4, defi)
            c = ws.cell(row, 5, w)
            c.number_format = "0%"
            ws.cell(row, 6, tgt)
            ws.cell(row, 7, src)
            row += 1
        if row - 1 > dim_start:
            ws.merge_cells(start_row=dim_start, start_column=2, end_row=row - 1, end_column=2)
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
        ws.cell(row, 3, f"{post}权重合计")
        c = ws.cell(row, 5, f"=SUM(E{start}:E{row-1})")
        c.number_format = "0%"
        row += 1
    for col, w in zip("ABCDEFG", (12, 12, 26, 40, 8, 10, 12)):
        ws.column_dimensions[col].width = w

    # 后勤类: transposed? keep rows, post in a title row above each block
    ws = wb.create_sheet("后勤类")
    row = 1
    for post, items in KPI_LOGI:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        ws.cell(row, 1, f"■ 考核对象：{post}　　考核周期：月度　　考核人：后勤主任").font = bold
        row += 1
        for j, h in enumerate(["指标名称", "计算方法", "权重", "目标值"], 1):
            c = ws.cell(row, j, h)
            c.fill = hdr_fill
            c.font = bold
        row += 1
        for name, meth, w, tgt in items:
            ws.cell(row, 1, name)
            ws.cell(row, 2, meth)
            c = ws.cell(row, 3, w)
            if isinstance(w, float):
                c.number_format = "0%"
            ws.cell(row, 4, tgt)
            row += 1
        row += 1
    ws.cell(6, 1).comment = Comment("2025年起由“物品损耗率”改为本指标", "HR")
    for col, w in zip("ABCD", (24, 44, 10, 10)):
        ws.column_dimensions[col].width = w

    # 招生财务: thresholds
    ws = wb.create_sheet("招生与财务")
    ws.merge_cells("A1:A2"); ws["A1"] = "岗位"
    ws.merge_cells("B1:B2"); ws["B1"] = "KPI指标"
    ws.merge_cells("C1:C2"); ws["C1"] = "权重"
    ws.merge_cells("D1:F1"); ws["D1"] = "考核标准"
    ws["D2"] = "门槛值"; ws["E2"] = "目标值"; ws["F2"] = "挑战值"
    ws.merge_cells("G1:G2"); ws["G1"] = "口径说明"
    for r in (1, 2):
        for c in ws[r]:
            c.fill = hdr_fill
            c.font = bold
    row = 3
    for post, items in KPI_SALES:
        start = row
        for name, w, a, b, cc, note in items:
            ws.cell(row, 1, post)
            ws.cell(row, 2, name)
            x = ws.cell(row, 3, w)
            x.number_format = "0%"
            ws.cell(row, 4, a); ws.cell(row, 5, b); ws.cell(row, 6, cc); ws.cell(row, 7, note)
            row += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
    for col, w in zip("ABCDEFG", (12, 20, 8, 10, 10, 10, 40)):
        ws.column_dimensions[col].width = w

    # void 2023 sheet
    ws = wb.create_sheet("2023版（作废）")
    ws["A1"] = "【已作废】2023版主班教师考核指标，2025年3月起停止使用"
    ws.append(["岗位", "指标名称", "权重"])
    for r in [("主班教师", "家长满意度（2023）", 0.30), ("主班教师", "幼儿出勤率（2023）", 0.30),
              ("主班教师", "班级常规管理", 0.40)]:
        ws.append(list(r))
        ws.cell(ws.max_row, 3).number_format = "0%"
    wb.save(OUT / "03_岗位KPI指标库2025.xlsx")


# ----------------------------------------------------------------------------- F4 xlsx posts/pay
POSTS4 = [
    # post, dept, boss, headcount, edu, major, exp, cert, pay, shift
    ("园长", "园务办公室", "集团教育总监", "1", "见任用办法", "—", "—", "—", "18000-25000", "X"),
    ("保教主任", "保教部", "园长", "1", "本科", "学前教育", "5年以上", "幼儿园教师资格证", "10000-14000", "X"),
    ("主班教师", "保教部", "保教主任", "每班1", "本科", "学前教育", "3年以上", "幼儿园教师资格证", "6500-9000", "A/B"),
    ("配班教师", "保教部", "主班教师", "每班1", "大专", "学前教育相关", "不限", "幼儿园教师资格证", "5000-7000", "A/B"),
    ("保育员", "保教部", "保教主任", "每班1", "高中（中专）", "不限", "不限", "保育员证、健康证", "4200-5200", "C"),
    ("后勤主任", "后勤保障部", "园长", "1", "大专", "不限", "3年以上", "—", "8000-11000", "X"),
    ("保健医生", "后勤保障部", "后勤主任", "1", "大专", "临床医学/护理/预防医学", "2年以上", "执业医师或执业护士", "6000-8000", "M"),
    ("厨师", "后勤保障部", "后勤主任", "2", "初中", "不限", "3年以上", "中式烹调师（四级）、健康证", "5500-7000", "K"),
    ("安保员", "后勤保障部", "后勤主任", "2", "高中", "不限", "不限", "保安员证", "4500-5500", "D/N"),
    ("招生顾问", "招生中心", "后勤主任", "1", "大专", "不限", "1年以上", "—", "4500+提成", "X"),
    ("财务专员", "财务部", "集团财务经理", "1", "本科", "会计/财务管理", "2年以上", "初级会计职称", "6000-8000", "X"),
]


def gen_xlsx_posts():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位一览"
    ws.merge_cells("A1:D1"); ws["A1"] = "基本信息"
    ws.merge_cells("E1:H1"); ws["E1"] = "任职门槛"
    ws.merge_cells("I1:J1"); ws["I1"] = "薪酬与班次"
    heads = ["岗位", "部门", "直接上级", "编制（人/园）", "最低学历", "专业", "工作经验", "必备证书", "月薪区间（元）", "班次代码"]
    for j, h in enumerate(heads, 1):
        ws.cell(2, j, h)
    fill = PatternFill("solid", fgColor="E2EFDA")
    for r in (1, 2):
        for c in ws[r]:
            c.fill = fill
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    for p in POSTS4:
        ws.append(list(p))
    ws.cell(ws.max_row + 2, 1, "注：招生顾问月薪为底薪4500元加招生提成；园长学历等条件见《集团园长任用管理办法》。")
    for col, w in zip("ABCDEFGHIJ", (10, 12, 14, 12, 12, 22, 10, 28, 16, 10)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次名称", "时间", "适用"])
    for r in [("A", "早班", "7:30-16:00", "教师"), ("B", "晚班", "8:30-17:30", "教师"),
              ("C", "保育班", "7:00-15:30", "保育员"), ("K", "厨房班", "6:00-14:30", "厨师"),
              ("M", "保健班", "7:15-16:15", "保健医生"), ("D", "安保白班", "7:00-19:00", "安保员"),
              ("N", "安保夜班", "19:00-次日7:00", "安保员"), ("X", "行政班", "8:00-17:00", "管理及职能岗位")]:
        ws2.append(list(r))
    ws3 = wb.create_sheet("园区")
    ws3.append(["园区", "地址", "班级数", "开园时间"])
    for r in [("西溪园", "杭州市西湖区紫金港路188号", 12, 2015), ("滨江园", "杭州市滨江区江南大道906号", 9, 2019),
              ("良渚园", "杭州市余杭区良渚街道古墩路1666号", 6, 2023)]:
        ws3.append(list(r))
    wb.save(OUT / "04_岗位设置与薪酬一览.xlsx")


# ----------------------------------------------------------------------------- F5 csv
def gen_csv():
    rows = [
        ["需求编号", "园区", "岗位名称", "招聘人数", "岗位职责", "任职要求", "薪资范围", "状态", "备注"],
        ["ZP2025-003", "西溪园", "财务专员", "1",
         "1.负责保教费、伙食费的收取、开票和对账；\n2.汇总员工考勤数据，编制工资表；\n3.伙食费单独建账核算，每月公示伙食账目；\n4.管理园区备用金和票据；\n5.每月5日前编制园区收支报表报集团财务中心。",
         "本科及以上学历，会计、财务管理专业；持初级会计职称；2年以上财务工作经验，有教育机构经验优先；熟练使用金蝶或用友软件。",
         "6000-8000元/月", "招聘中", "直接上级：集团财务经理；行政班"],
        ["ZP2025-007", "滨江园", "配班教师", "2",
         "协助主班教师开展一日活动，负责午睡值守、离园组织及区角材料准备。",
         "大专及以上学历，学前教育相关专业；持幼儿园教师资格证；应届生可。",
         "5000-7000元/月", "招聘中", "寒暑假带薪"],
        ["ZP2025-009", "良渚园", "保育员", "1",
         "负责班级卫生消毒、幼儿生活照料，配合教师组织活动。",
         "高中（中专）及以上学历；持保育员证、健康证；50周岁以下。",
         "4200-5200元/月", "招聘中", "C班 7:00-15:30"],
        ["ZP2024-021", "滨江园", "招生顾问", "1",
         "接待来园家长，完成招生任务。",
         "大专及以上学历，有销售经验。",
         "4000+提成", "已关闭", "2024年需求，已招满，勿再发布"],
        ["ZP2025-011", "西溪园", "厨师", "1",
         "负责幼儿餐点加工，落实食品留样、生熟分开等食品安全制度。",
         "持中式烹调师（四级）及以上证书和健康证；3年以上团餐或幼儿园食堂经验。",
         "5500-7000元/月", "招聘中", "K班 6:00-14:30，包工作餐"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (OUT / "05_2025春季招聘需求.csv").write_text(buf.getvalue(), encoding="utf-8")


# ----------------------------------------------------------------------------- F6 html
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入童悦 | 童悦幼教集团</title>
<style>
fieldset{border:1px solid #f0a;border-radius:8px;margin:16px 0;padding:12px}
legend{font-size:20px;font-weight:bold;color:#c06}
label{display:inline-block;width:6em;color:#888}
output{font-weight:bold}
</style>
</head>
<body>
<nav>首页 &gt; 关于我们 &gt; 加入童悦</nav>
<h1>和孩子们一起长大 —— 童悦幼教集团2025招聘</h1>
<p>我们在杭州有西溪、滨江、良渚三个园区，欢迎热爱学前教育的你加入。</p>
<form id="jobs" onsubmit="return false">
<fieldset id="job-zb">
<legend>主班教师</legend>
<div><label for="zb-campus">园区</label><output id="zb-campus">西溪园、滨江园</output></div>
<div><label for="zb-pay">月薪</label><output id="zb-pay">6500-9000元</output></div>
<div><label for="zb-edu">学历</label><output id="zb-edu">本科及以上</output></div>
<div><label for="zb-shift">班次</label><output id="zb-shift">早班7:30-16:00 / 晚班8:30-17:30，每周轮换</output></div>
<p>工作内容：组织本班幼儿一日活动，制定班级计划，创设班级环境，做好家园联系。</p>
<p>福利：五险一金、带薪寒暑假、子女入园学费减半。</p>
</fieldset>
<fieldset id="job-ab">
<legend>安保员</legend>
<div><label for="ab-campus">园区</label><output id="ab-campus">滨江园</output></div>
<div><label for="ab-pay">月薪</label><output id="ab-pay">4500-5500元，夜班另有补贴50元/晚</output></div>
<div><label for="ab-age">年龄</label><output id="ab-age">55周岁以下</output></div>
<div><label for="ab-shift">班次</label><output id="ab-shift">白班7:00-19:00、夜班19:00-次日7:00，做一休一</output></div>
<p>工作内容：校门值守、接送核验、园区巡查、监控室管理。持保安员证，退役军人优先。</p>
</fieldset>
<fieldset id="job-bjys">
<legend>保健医生</legend>
<div><label for="bj-campus">园区</label><output id="bj-campus">良渚园</output></div>
<div><label for="bj-pay">月薪</label><output id="bj-pay">6000-8000元</output></div>
<p>岗位详情请见后勤保障工作手册，或致电人力资源部。</p>
</fieldset>
<fieldset id="job-xcsj" disabled>
<legend>校车司机（暂停招聘）</legend>
<p>本岗位暂停招聘，恢复时间另行通知。</p>
</fieldset>
</form>
<footer>简历投递：hr@tongyue-edu.example　电话：0571-8888XXXX</footer>
</body>
</html>
"""


def gen_html():
    (OUT / "06_加入童悦.html").write_text(HTML, encoding="utf-8")


# ----------------------------------------------------------------------------- F7 pdf
def gen_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    H = ParagraphStyle("h", fontName="WQY", fontSize=16, leading=22, alignment=1)
    H2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18, spaceBefore=8)
    B = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=15, wordWrap="CJK")
    C = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12, wordWrap="CJK")

    def on_page(canvas, doc):
        canvas.setFont("WQY", 8)
        canvas.drawString(40, 815, "童悦幼教集团　安全工作责任清单（2025）")
        canvas.drawRightString(555, 20, f"第{doc.page}页")

    story = [Paragraph("幼儿园安全工作责任清单", H), Spacer(1, 6),
             Paragraph("依据《幼儿园管理条例》和集团安全管理制度，明确各岗位安全责任，实行“一岗双责”。", B),
             Spacer(1, 8), Paragraph("一、岗位安全责任表", H2)]
    data = [["岗位", "安全职责", "检查频次"],
            ["园长", "园区安全第一责任人，签订安全目标责任书", "每月"],
            ["保教主任", "督查一日活动安全，组织幼儿安全教育", "每周"],
            ["主班教师", "落实班级点名制度，离园时清点人数", "每日"],
            ["保育员", "检查班级设施、消毒剂存放安全", "每日"],
            ["保健医生", "晨检把关，传染病隔离观察", "每日"],
            ["厨师", "食品留样、燃气安全检查", "每餐"],
            ["安保员", "门岗值守，防范陌生人闯入", "每班"],
            ["后勤主任", "组织后勤安全隐患排查", "每月"]]
    data = [[Paragraph(x, C) for x in r] for r in data]
    tb = Table(data, colWidths=[70, 330, 60])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 10), Paragraph("二、安保员岗位要求", H2)]
    for s in ["安保员实行做一休一，白班7:00-19:00，夜班19:00-次日7:00。",
              "夜班补贴：每晚50元，随当月工资发放。",
              "安保员须年满18周岁、55周岁以下，持保安员证上岗。",
              "安保员每学期参加不少于16学时的安全技能培训。"]:
        story.append(Paragraph(s, B))
    story += [Paragraph("三、责任追究", H2),
              Paragraph("发生安全责任事故的，按《集团安全责任追究办法》处理，并取消相关岗位当年评优资格。", B)]
    doc = SimpleDocTemplate(str(OUT / "07_安全工作责任清单.pdf"), pagesize=A4,
                            leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=40)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------- F8 md
MD = """# 新教师入职指南（保教部）

> 适用对象：新入职的主班教师、配班教师。编写：保教部　更新：2025-02

## 1. 入职第一周

- 第1天：人事报到，领取工牌、教师用书和《家园联系册》样本
- 第2-3天：岗前培训（园所文化、一日生活流程、安全制度）
- 第4-5天：跟班观摩，由带教师傅示范半日活动

!!! note "配班教师须知"
    配班教师的直接上级是本班主班教师，试用期3个月。
    试用期内须完成40学时岗前培训，并通过“半日活动组织”考核。
    配班教师满2年且年度考核合格，可申报主班教师。

!!! warning "安全红线"
    任何时候不得让幼儿离开教师视线；离园时必须凭接送卡交接。

## 2. 带教制度（青蓝工程）

每位新教师由保教主任指定一名骨干主班教师担任带教师傅，结对期一年，每月至少听课2次、评课2次。

## 3. 常见问题

**问：教师有寒暑假吗？**
答：有。教师享受带薪寒假10天、暑假10天，其余时间轮流值班。

**问：新教师的工资什么时候发？**
答：每月15日发放上月工资。

**问：主班教师和配班教师怎么排班？**
答：两人A/B班对班，每周轮换一次，A班7:30-16:00，B班8:30-17:30。

## 4. 员工福利

五险一金、带薪寒暑假、年度体检、子女入本集团幼儿园学费减半。
"""


def gen_md():
    (OUT / "08_新教师入职指南.md").write_text(MD, encoding="utf-8")


# ----------------------------------------------------------------------------- F9 GBK email thread
MAIL = """发件人: 王晓燕（人力资源部）
收件人: 陈园长（滨江园）
抄送: 李主任（后勤保障部）
日期: 2025年2月20日 10:12
主题: 回复: 回复: 关于招生顾问岗位调整

陈园长：

按您的意见已改好，定稿如下，3月1日起执行：

一、汇报关系：招生顾问自2025年3月1日起改为直接向园长汇报，不再归后勤主任管理。
二、岗位职责：
  1. 接待来园参观的家长，介绍园所课程、收费和入园流程；
  2. 维护招生咨询电话和线上平台，咨询须在24小时内回复；
  3. 组织开放日、亲子体验课等招生活动，每月不少于2场；
  4. 跟进意向家庭，建立并更新招生台账；
  5. 办理新生报名、缴费和入园手续。
三、任职要求：大专及以上学历，专业不限，市场营销、学前教育专业优先；1年以上教育行业课程顾问或销售经验；普通话标准，会开车者优先。
四、薪酬：底薪4500元/月，另按成功报名人数计提成，每名300元。
五、工作地点：滨江园、良渚园（两园共用1名）。

王晓燕

> -----原始邮件-----
> 发件人: 陈园长（滨江园）
> 日期: 2025年2月19日 18:40
> 主题: 回复: 关于招生顾问岗位调整
>
> 晓燕，草稿看了，两点意见：
> 1. 提成原稿写每名200元，太低了，改成300元；
> 2. 汇报给后勤主任不合适，招生是园长的事，改成向园长汇报。
> 其他同意。
>
> > -----原始邮件-----
> > 发件人: 王晓燕（人力资源部）
> > 日期: 2025年2月18日 09:05
> > 主题: 关于招生顾问岗位调整
> >
> > 陈园长：附上招生顾问岗位调整草稿，请审阅。
> > 草稿要点：汇报后勤主任；底薪4500元，提成每名200元。
"""


def gen_gbk():
    (OUT / "09_招生顾问岗位调整邮件.txt").write_bytes(MAIL.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- F10 UTF-16 policy
POLICY = """童悦幼教集团教职工考勤与休假制度

第一条　为规范考勤管理，保障教职工合法权益，制定本制度。

第二条　工作时间
（一）教师实行A/B班轮换：A班7:30-16:00，B班8:30-17:30。
（二）保育员7:00-15:30；厨师6:00-14:30；保健医生7:15-16:15。
（三）管理及职能岗位实行行政班8:00-17:00。
（四）安保员实行做一休一，白班7:00-19:00，夜班19:00-次日7:00。

第三条　考勤方式：所有教职工通过钉钉打卡，迟到15分钟以内扣款20元。

第四条　寒暑假：教师及保育员享受带薪寒假10天、暑假10天；后勤人员按排班轮休。

第五条　年休假按国家规定执行，须提前3个工作日在钉钉提交申请。

第六条　病假须提供二级及以上医院证明；保教人员病愈返岗须经保健医生确认。

第七条　校车司机由集团车队统一管理，其考勤不适用本制度。

第八条　本制度自2025年3月1日起施行，由人力资源部负责解释。
"""


def gen_utf16():
    (OUT / "10_教职工考勤与休假制度.txt").write_bytes(POLICY.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    gen_docx1(); gen_docx2(); gen_xlsx_kpi(); gen_xlsx_posts(); gen_csv(); gen_html(); gen_pdf()
    gen_md(); gen_gbk(); gen_utf16()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
