#!/usr/bin/env python3
"""Round 53 / care: 颐康年华养老服务有限公司 — 10 HR documents in new layouts.

Run: T53_OUT=/tmp/t53care/corpus /tmp/genv/bin/python gen.py
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

OUT = Path(os.environ.get("T53_OUT", "/tmp/t53care/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "颐康年华养老服务有限公司"

# ------------------------------------------------------------------ 01 docx: 2x2 quadrant per post
NURSING = [
    dict(name="护理员", code="HL-01", dept="护理部",
         duties=["负责所分管长者的晨晚间护理，包括洗漱、梳头、剃须、修剪指甲。",
                 "协助长者进食、饮水，记录进食量与饮水量。",
                 "每2小时为卧床长者翻身、拍背，预防压疮。",
                 "协助长者如厕、更换纸尿裤，保持会阴部清洁干燥。",
                 "按护理计划陪同长者进行室内外活动与康复锻炼。",
                 "观察长者精神、情绪、皮肤与大小便情况，发现异常立即报告护理组长或护士。",
                 "保持居室整洁，床单位每周更换一次，污染时随时更换。",
                 "如实填写《护理服务记录单》，做好交接班。"],
         intro=None,
         qual=[("学历", "初中及以上"), ("年龄", "18-50周岁，身体健康"),
               ("经验", "无经验可接受岗前培训；有养老机构或医院护工经验者优先"),
               ("证书", "养老护理员职业技能等级证书（初级及以上），健康证"),
               ("能力", "有爱心、耐心，能听懂上海话者优先")],
         rel=[("直接上级", "护理组长"), ("直接下属", "无"), ("内部协作", "护士、康复治疗师、膳食主管")],
         cond=[("工作地点", "闵行院区、松江院区（按编制分配）"), ("班次", "两班倒（白班7:00-19:00，夜班轮值）"),
               ("工作环境", "长者居室、公共活动区")],
         note=None),
    dict(name="夜班护理员", code="HL-02", dept="护理部",
         intro="在履行护理员岗位职责的基础上，夜间另负责：",
         duties=["每小时巡视一次房间，重点关注失能、失智及新入住长者。",
                 "22:00、2:00、5:00为卧床长者翻身并记录。",
                 "协助长者夜间如厕，防止跌倒、坠床。",
                 "发生跌倒、噎食等突发情况，立即呼叫值班护士并启动应急预案。",
                 "5:30起协助长者起床、洗漱，做好早餐前准备。",
                 "填写《夜间巡视记录表》，7:00与白班当面交接。"],
         qual=[("学历", "初中及以上"), ("年龄", "55周岁以下，能适应长期夜班"),
               ("经验", "1年以上养老护理工作经验"),
               ("证书", "养老护理员职业技能等级证书（初级及以上）"),
               ("能力", "警觉性高，熟悉跌倒、噎食应急处置流程")],
         rel=[("直接上级", "护理组长（夜间业务上听从值班护士调度）"), ("直接下属", "无"),
              ("内部协作", "值班护士、安保值班室")],
         cond=[("工作地点", "闵行院区"), ("班次", "固定夜班19:00-次日7:00，做一休一"),
               ("工作环境", "夜间独立值守一个楼层")],
         note=None),
    dict(name="护理组长", code="HL-03", dept="护理部",
         intro=None,
         duties=["负责本护理单元（一个楼层，约40张床位）的日常护理管理与排班。",
                 "每日早、晚两次查房，检查护理质量和安全隐患。",
                 "主持每日交接班会，传达院部和护理部工作要求。",
                 "对新入职护理员进行带教，考核合格后方可独立上岗。",
                 "接待长者家属，处理一般投诉，重大投诉上报护理部主任。",
                 "每月组织护理质量自查，提交《护理质量分析报告》。",
                 "参与新入住长者的能力评估和护理计划制定。"],
         qual=[("学历", "大专及以上"), ("专业", "护理、老年服务与管理专业优先"),
               ("经验", "3年以上养老护理工作经验，其中1年以上带班经验"),
               ("证书", "养老护理员职业技能等级证书（中级及以上）"),
               ("能力", "具备排班、沟通协调和突发事件处置能力")],
         rel=[("直接上级", "护理部主任"), ("直接下属", "护理员、夜班护理员（8-12人）"),
              ("内部协作", "医疗康复部、社工部、入住顾问")],
         cond=[("工作地点", "闵行院区"), ("班次", "常白班8:00-17:00，每月参加夜间查房4次"),
               ("工作环境", "护理单元、护士站")],
         note="〔修订记录：2025年3月学历要求由“中专及以上”调整为“大专及以上”，经院务会通过。〕"),
]


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def gen_docx1():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　　受控文件　编号：YK-HR-JD-2025-01　第3版"
    fp = sec.footer.paragraphs[0]
    fp.text = "护理部岗位说明书（岗位一页纸）　　2025年3月发布　　未经人力资源部许可不得外传"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("护理部岗位说明书（岗位一页纸）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：每个岗位一页，按“岗位职责 / 任职资格 / 工作关系 / 工作条件”四个象限排列。"
                    "护理部共设护理员、夜班护理员、护理组长三个岗位，护理部主任的岗位说明书由院部另行制定。")
    for i, p in enumerate(NURSING):
        if i:
            d.add_page_break()
        h = d.add_paragraph()
        rr = h.add_run(f"岗位{['一', '二', '三'][i]}")
        rr.bold = True
        tb = d.add_table(rows=3, cols=2)
        tb.style = "Table Grid"
        top = tb.cell(0, 0).merge(tb.cell(0, 1))
        top.text = f"岗位名称：{p['name']}　　岗位编号：{p['code']}　　所属部门：{p['dept']}"
        shade(top, "D9E2F3")
        # quadrant 1: duties
        c = tb.cell(1, 0)
        c.paragraphs[0].add_run("▍岗位职责").bold = True
        if p["intro"]:
            c.add_paragraph(p["intro"])
        for k, du in enumerate(p["duties"], 1):
            c.add_paragraph(f"{k}．{du}")
        # quadrant 2: qualifications
        c = tb.cell(1, 1)
        c.paragraphs[0].add_run("▍任职资格").bold = True
        for lab, val in p["qual"]:
            c.add_paragraph(f"{lab}：{val}")
        if p["note"]:
            np_ = c.add_paragraph()
            rn = np_.add_run(p["note"])
            rn.italic = True
            rn.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        # quadrant 3: relations (nested table)
        c = tb.cell(2, 0)
        c.paragraphs[0].add_run("▍工作关系").bold = True
        nt = c.add_table(rows=len(p["rel"]), cols=2)
        nt.style = "Table Grid"
        for j, (lab, val) in enumerate(p["rel"]):
            nt.cell(j, 0).text = lab
            nt.cell(j, 1).text = val
        c.add_paragraph("")
        # quadrant 4: conditions
        c = tb.cell(2, 1)
        c.paragraphs[0].add_run("▍工作条件").bold = True
        for lab, val in p["cond"]:
            c.add_paragraph(f"{lab}：{val}")
    d.save(OUT / "01_护理部岗位说明书（岗位一页纸）.docx")


# ------------------------------------------------------------------ 02 docx: prose with comments, 略, void appendix
def gen_docx2():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.sections[0].header.paragraphs[0].text = f"{CO}　医疗康复部 / 社工部"
    d.add_heading("医疗康复部及社工部岗位职责（2025年修订稿）", level=0)
    d.add_paragraph("本稿经人力资源部汇总各部门意见后修订，批注为各部门反馈意见，未经院长审批的批注内容不生效。")
    d.add_heading("第一章　医疗康复部", level=1)
    d.add_heading("1.1　康复治疗师", level=2)
    d.add_paragraph("岗位概述：康复治疗师隶属医疗康复部，直接向医疗康复部主任汇报，工作地点为闵行院区康复训练室，"
                    "实行常白班（周一至周五8:30-17:30）。")
    d.add_paragraph("主要职责：")
    rehab = ["对新入住长者进行康复评估（Barthel指数、跌倒风险评估）。",
             "制定个性化康复计划，每月评估并调整。",
             "开展运动疗法、作业疗法及认知训练，每日治疗不少于12人次。",
             "指导护理员开展床旁康复和良肢位摆放。",
             "每周组织两次集体康复操。",
             "管理康复训练室设备，每日检查设备安全状况。",
             "书写康复治疗记录，按月汇总上报。"]
    paras = []
    for k, du in enumerate(rehab, 1):
        paras.append(d.add_paragraph(f"（{k}）{du}"))
    d.add_comment(paras[4].runs, text="建议集体康复操改为每周三次，待院长审批。", author="护理部 张敏", initials="ZM")
    q = d.add_paragraph("任职条件：本科及以上学历，康复治疗学专业；具有康复医学治疗技术初级（士）及以上专业技术资格；"
                        "2年以上康复治疗工作经验，有老年康复经验者优先。")
    d.add_comment(q.runs, text="招聘系统旧需求写的是1年，以本稿2年为准。", author="人力资源部", initials="HR")

    d.add_heading("1.2　护士", level=2)
    d.add_paragraph("岗位概述：护士隶属医疗康复部，向医疗康复部主任汇报，实行两班倒，负责全院长者的医疗护理。")
    d.add_paragraph("主要职责：")
    nurse = ["遵医嘱为长者发药、注射、换药，严格执行“三查七对”。",
             "每日测量重点长者生命体征并记录。",
             "管理长者药品，按人分格、分时段摆放。",
             "负责压疮、造口及各类管路的专业护理。",
             "每月对护理员开展一次基础医疗护理知识培训。",
             "长者突发急症时进行初步急救，并联系医务室医生或拨打120。"]
    for k, du in enumerate(nurse, 1):
        d.add_paragraph(f"（{k}）{du}")
    d.add_paragraph("任职条件：略（详见《护理人员准入管理办法》）。")

    d.add_heading("1.3　医务室医生", level=2)
    d.add_paragraph("岗位概述：医务室医生在医疗康复部医务室工作，直接向院长汇报，实行常白班并承担夜间二线听班。")
    d.add_paragraph("主要职责：")
    doc_ = ["负责长者入住体检及健康评估。",
            "每日上午巡诊，诊治常见病、慢性病。",
            "建立并更新长者健康档案。",
            "制定和审核长者用药方案。",
            "组织院内传染病防控和消毒隔离工作。",
            "需转诊时联系合作医院（闵行区中心医院）办理转诊。"]
    for k, du in enumerate(doc_, 1):
        d.add_paragraph(f"（{k}）{du}")
    d.add_paragraph("任职条件：本科及以上学历，临床医学专业；取得执业医师资格证书，执业范围为内科或全科医学；"
                    "3年以上临床工作经验，有老年病诊疗经验者优先。")

    d.add_heading("第二章　社工部", level=1)
    d.add_heading("2.1　社工", level=2)
    d.add_paragraph("岗位概述：社工隶属社工部，向院长助理汇报，工作地点为闵行院区，实行常白班，节假日活动需轮值。")
    d.add_paragraph("主要职责：")
    sw = ["对新入住长者在适应期（入住前30天）开展个案跟进。",
          "每月策划并组织不少于4场文娱活动（生日会、手工、节日活动等）。",
          "链接志愿者资源，负责志愿者的招募、培训与管理。",
          "开展长者心理疏导与临终关怀服务。",
          "维护家属微信群，每月发布一期《长者生活简报》。"]
    for k, du in enumerate(sw, 1):
        d.add_paragraph(f"（{k}）{du}")
    d.add_paragraph("任职条件：本科及以上学历，社会工作专业；持有助理社会工作师及以上职业资格证书；"
                    "接受应届毕业生，有养老机构实习经历者优先。")

    d.add_heading("附录　康复治疗师岗位职责（2022版，已废止）", level=1)
    d.add_paragraph("【本附录已于2025年3月废止，仅供对照，不作为现行依据。】")
    d.add_paragraph("（1）每周组织一次集体康复操；（2）每日治疗不少于8人次；"
                    "（3）任职条件：大专及以上学历，1年以上康复工作经验。")
    d.save(OUT / "02_医疗康复部及社工部岗位职责（修订稿）.docx")


# ------------------------------------------------------------------ 03 xlsx: KPI library
def gen_kpi():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for r in [["颐康年华 2025年度岗位绩效考核指标库"],
              ["1. 每个岗位一个考核块，块首行为“【岗位】考核表”，权重合计100%。"],
              ["2. 指标类别单元格向下合并；计分方法未写明的，按达标得满分、未达标按比例扣分。"],
              ["3. 标注“一票否决”的指标发生即当月绩效为0。"],
              ["4. 医务室医生的考核指标另行制定，本库不含。"],
              ["5. “2023版（废止）”工作表仅供追溯，不再使用。"]]:
        ws.append(r)
    ws.column_dimensions["A"].width = 80

    hdr = ["指标类别", "指标名称", "权重", "目标值", "计分方法", "数据来源"]
    sheets = {
        "护理部": [
            ("护理员", [
                ("服务质量", "院内新发压疮例数", 0.25, "0例", "每发生1例扣10分", "护理质量检查表"),
                ("服务质量", "跌倒发生次数", 0.20, "≤1次/季度", "超出1次扣10分", "不良事件登记"),
                ("服务质量", "护理记录完整率", 0.15, "≥98%", "每低1%扣2分", "护理服务记录单"),
                ("客户", "长者及家属满意度", 0.20, "≥90分", "按问卷得分折算", "季度满意度调查"),
                ("学习成长", "培训出勤率", 0.10, "≥95%", "每低5%扣2分", "培训签到表"),
                ("遵章守纪", "交接班差错次数", 0.10, "0次", "每次扣5分", "交接班记录")]),
            ("夜班护理员", [
                ("服务质量", "夜间巡视按时率", 0.30, "100%", "每漏巡1次扣5分", "夜间巡视记录表"),
                ("服务质量", "夜间不良事件发生数", 0.25, "0起", "每起扣10分", "不良事件登记"),
                ("服务质量", "翻身记录完整率", 0.20, "≥98%", "每低1%扣2分", "翻身记录卡"),
                ("遵章守纪", "交接班差错次数", 0.15, "0次", "每次扣5分", "交接班记录"),
                ("客户", "长者及家属满意度", 0.10, "≥90分", "按问卷得分折算", "季度满意度调查")]),
            ("护理组长", [
                ("管理质量", "护理质量检查合格率", 0.30, "≥95%", "每低1%扣3分", "护理部月度检查"),
                ("管理质量", "单元不良事件（跌倒/压疮）", 0.20, "0起", "每起扣10分", "不良事件登记"),
                ("客户", "家属投诉处理及时率", 0.15, "100%（48小时内回复）", "每超时1起扣5分", "投诉台账"),
                ("团队", "新员工带教合格率", 0.15, "≥90%", "每低5%扣3分", "带教考核记录"),
                ("团队", "护理员流失率", 0.10, "≤5%/季度", "每高1%扣2分", "人力资源部"),
                ("经营", "单元床位入住率", 0.10, "≥90%", "每低1%扣1分", "入住管理系统")]),
        ],
        "医疗康复部": [
            ("康复治疗师", [
                ("专业质量", "康复评估完成率", 0.25, "100%（入住7日内完成）", "每漏1人扣5分", "康复评估表"),
                ("专业质量", "日均治疗人次", 0.25, "≥12人次", "每少1人次扣3分", "治疗登记本"),
                ("专业质量", "康复计划达成率", 0.20, "≥80%", "每低5%扣3分", "月度康复评估"),
                ("安全", "康复设备安全事故", 0.15, "0起", "发生即扣15分", "设备检查记录"),
                ("客户", "长者满意度", 0.15, "≥90分", "按问卷得分折算", "季度满意度调查")]),
            ("护士", [
                ("医疗安全", "给药差错次数", 0.35, "0次", "一票否决", "给药记录"),
                ("医疗质量", "生命体征测量完成率", 0.20, "100%", "每漏1次扣2分", "护理记录"),
                ("医疗质量", "压疮护理有效率", 0.20, "≥90%", "每低5%扣4分", "压疮登记表"),
                ("医疗安全", "急救处置及时率", 0.25, "100%", "每延误1次扣10分", "急救记录")]),
        ],
        "综合保障部": [
            ("膳食主管", [
                ("食品安全", "食品安全事故", 0.30, "0起", "发生即一票否决", "食安检查记录"),
                ("客户", "伙食满意度", 0.25, "≥85%", "每低1%扣1分", "伙食委员会测评"),
                ("成本", "人均日伙食成本", 0.20, "≤35元", "每超1元扣2分", "财务月报"),
                ("食品安全", "留样合格率", 0.15, "100%", "每缺1次扣3分", "留样记录"),
                ("流程", "食谱按时公示率", 0.10, "100%", "每延迟1次扣2分", "食谱公示栏")]),
        ],
        "市场部": [
            ("入住顾问", [
                ("业绩", "月度签约入住人数", 0.40, "≥6人", "按完成比例计分", "签约台账"),
                ("业绩", "咨询转化率", 0.20, "≥15%", "每低1%扣2分", "客户管理系统"),
                ("经营", "院区床位入住率", 0.20, "≥92%", "每低1%扣2分", "入住管理系统"),
                ("客户", "客户满意度", 0.10, "≥90分", "按回访评分折算", "回访记录"),
                ("流程", "意向客户回访及时率", 0.10, "100%（每周至少1次）", "每漏1次扣1分", "客户管理系统")]),
        ],
    }
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4D6")
    for sname, blocks in sheets.items():
        ws = wb.create_sheet(sname)
        ws.append([f"{sname} 岗位绩效考核指标（2025版）"])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
        ws.cell(1, 1).font = Font(bold=True, size=14)
        ws.append([])
        for post, rows in blocks:
            r0 = ws.max_row + 1
            ws.cell(r0, 1, f"【{post}】考核表")
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=6)
            ws.cell(r0, 1).font = bold
            ws.cell(r0, 1).fill = fill
            ws.append(hdr)
            for c in range(1, 7):
                ws.cell(ws.max_row, c).font = bold
            start = ws.max_row + 1
            prev = None
            span_start = start
            for k, row in enumerate(rows):
                ws.append(list(row))
                rr = ws.max_row
                ws.cell(rr, 3).number_format = "0%"
                if row[0] != prev:
                    if prev is not None and rr - 1 > span_start:
                        ws.merge_cells(start_row=span_start, start_column=1, end_row=rr - 1, end_column=1)
                    span_start = rr
                    prev = row[0]
            end = ws.max_row
            if end > span_start:
                ws.merge_cells(start_row=span_start, start_column=1, end_row=end, end_column=1)
            ws.append(["合计", "", f"=SUM(C{start}:C{end})", "", "", ""])
            ws.cell(ws.max_row, 3).number_format = "0%"
            ws.append([])
        for col, w in zip("ABCDEF", [12, 26, 8, 22, 18, 18]):
            ws.column_dimensions[col].width = w
    # void sheet
    ws = wb.create_sheet("2023版（废止）")
    ws.append(["2023版护理员考核表（已废止，2025年1月起停用）"])
    ws.append(hdr)
    for row in [("服务质量", "压疮发生率", 0.30, "≤1%", "", ""),
                ("客户", "家属满意度", 0.30, "≥85分", "", ""),
                ("服务质量", "护理差错次数", 0.40, "≤2次/月", "", "")]:
        ws.append(list(row))
    ws.sheet_state = "hidden"
    wb.save(OUT / "03_岗位绩效考核指标库2025.xlsx")


# ------------------------------------------------------------------ 04 xlsx: staffing & pay, two sites
def gen_staff():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位编制与薪酬"
    ws.append(["颐康年华 2025年岗位编制与薪酬一览（闵行院区 / 松江院区）"])
    ws.merge_cells("A1:L1")
    ws.append(["序号", "岗位", "部门", "直接上级", "编制（人）", None, "学历要求", "专业要求", "上岗证书",
               "班次代码", "月薪区间（元，税前）", None])
    ws.append([None, None, None, None, "闵行", "松江", None, None, None, None, "闵行", "松江"])
    ws.merge_cells("E2:F2")
    ws.merge_cells("K2:L2")
    for col in "ABCDGHIJ":
        ws.merge_cells(f"{col}2:{col}3")
    rows = [
        ("护理员", "护理部", "护理组长", 36, 24, "初中及以上", "不限", "养老护理员（初级）、健康证", "B", "5200-6500", "4800-6000"),
        ("夜班护理员", "护理部", "护理组长", 8, 0, "初中及以上", "不限", "养老护理员（初级）", "N", "5800-7200（含夜班津贴）", "—"),
        ("护理组长", "护理部", "护理部主任", 4, 3, "大专及以上", "护理、老年服务与管理优先", "养老护理员（中级）", "A", "7000-8500", "6500-8000"),
        ("康复治疗师", "医疗康复部", "医疗康复部主任", 2, 0, "本科及以上", "康复治疗学", "康复医学治疗技术（士）", "A", "8000-11000", "—"),
        ("护士", "医疗康复部", "医疗康复部主任", 6, 4, "大专及以上", "护理学", "护士执业证书", "B", "7000-9000", "6800-8500"),
        ("医务室医生", "医疗康复部", "院长", 1, 1, "本科及以上", "临床医学", "执业医师资格证书", "A", "12000-16000", "11000-15000"),
        ("社工", "社工部", "院长助理", 2, 1, "本科及以上", "社会工作", "助理社会工作师", "A", "6000-7500", "5800-7000"),
        ("膳食主管", "综合保障部", "院长助理", 1, 0, "高中/中专及以上", "烹饪、营养相关优先", "健康证、公共营养师（三级）", "A", "7500-9000", "—"),
        ("入住顾问", "市场部", "市场部经理", 1, 2, "大专及以上", "不限", "—", "W", "底薪4500+签约提成", "底薪4500+签约提成"),
        ("院长助理", "院办", "院长", 1, 0, "本科及以上", "管理类、社会工作、护理优先", "—", "A", None, "—"),
        ("康复助理（已撤销）", "医疗康复部", "康复治疗师", 0, 0, "中专及以上", "康复技术", "—", "A", "4500-5500", "—"),
    ]
    for i, r in enumerate(rows, 1):
        ws.append([i, *r])
    ws.row_dimensions[ws.max_row].hidden = True
    ws.append([])
    ws.append(["注：月薪区间含岗位工资、绩效工资和津贴；入住顾问签约提成标准见《入住顾问工作手册》。"])
    ws.freeze_panes = "C4"
    for col, w in zip("ABCDEFGHIJKL", [5, 14, 12, 14, 7, 7, 14, 22, 26, 9, 22, 18]):
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次名称", "工作时间", "说明"])
    for r in [("A", "常白班", "8:00-17:00", "周末双休，院长助理、社工节假日轮值"),
              ("B", "两班倒", "白班7:00-19:00 / 夜班19:00-次日7:00", "做二休二"),
              ("N", "固定夜班", "19:00-次日7:00", "做一休一，夜班津贴80元/班"),
              ("W", "做五休二", "9:00-18:00", "周末轮值，调休安排在工作日")]:
        ws2.append(list(r))
    ws3 = wb.create_sheet("证书对照")
    ws3.append(["证书名称", "护理员", "夜班护理员", "护理组长", "护士", "康复治疗师", "膳食主管"])
    for r in [("养老护理员职业技能等级证书", "●初级", "●初级", "●中级", "", "", ""),
              ("健康证", "●", "●", "●", "●", "", "●"),
              ("护士执业证（注册有效）", "", "", "", "●", "", ""),
              ("公共营养师", "", "", "", "", "", "●三级"),
              ("急救员证（红十字会）", "○", "●", "○", "○", "○", "")]:
        ws3.append(list(r))
    ws3.append(["●必备　○优先"])
    wb.save(OUT / "04_岗位编制与薪酬表.xlsx")


# ------------------------------------------------------------------ 05 csv: recruiting export, multi-line cells
def gen_csv():
    rows = [
        ["需求编号", "职位名称", "用人部门", "工作地点", "汇报对象", "学历", "工作经验", "职位描述", "薪资范围", "招聘人数", "发布日期", "状态"],
        ["RQ2025-031", "入住顾问", "市场部", "松江院区", "市场部经理", "大专及以上", "1年以上销售经验",
         "岗位职责：\n1. 接待来访长者和家属，带领参观院区；\n2. 介绍护理等级与收费标准；\n3. 跟进意向客户并办理签约入住。\n"
         "任职要求：\n养老、医疗或房产销售经验优先，普通话流利，会开车者优先。",
         "底薪4500+提成", "2", "2025-04-02", "招聘中"],
        ["RQ2025-032", "护理员", "护理部", "松江院区", "护理组长", "初中及以上", "不限",
         "岗位职责：\n1. 负责长者生活照料，包括洗漱、进食、如厕、翻身；\n2. 观察长者身体状况并及时报告。\n"
         "任职要求：\n持养老护理员证书者优先，无证者入职后3个月内须取得；提供员工宿舍。",
         "4800-6000", "6", "2025-04-02", "招聘中"],
        ["RQ2025-033", "夜班护理员", "护理部", "闵行院区", "护理组长", "初中及以上", "1年以上养老护理经验",
         "岗位职责：\n夜间巡视、翻身、协助如厕，处置突发情况并交接班。\n任职要求：\n55周岁以下，能长期上夜班。",
         "5800-7200", "3", "2025-04-08", "招聘中"],
        ["RQ2025-035", "社工", "社工部", "闵行院区", "院长助理", "本科及以上", "应届亦可",
         "岗位职责：\n个案跟进、文娱活动策划、志愿者管理。\n任职要求：\n社会工作专业，持助理社会工作师证。",
         "6000-7500", "1", "2025-04-10", "招聘中"],
        ["RQ2024-118", "康复治疗师", "医疗康复部", "闵行院区", "医疗康复部主任", "大专及以上", "1年以上",
         "岗位职责：\n康复评估与训练。\n任职要求：\n康复治疗技术专业。",
         "7000-9000", "1", "2024-09-15", "已关闭（需求已按2025修订稿重新发布）"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerows(rows)
    (OUT / "05_招聘需求导出_20250410.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ------------------------------------------------------------------ 06 html: column-major label/value grid
def gen_html():
    jobs = [
        ("护理员", ["闵行院区 / 松江院区", "护理部", "初中及以上", "不限，提供带薪岗前培训", "5200-6500元/月（闵行）", "五险一金、员工宿舍、工作餐"],
         ["为长者提供洗漱、进食、如厕、翻身等生活照料", "按护理计划陪同长者活动与康复锻炼", "观察长者身体与情绪变化，异常及时上报", "认真填写护理服务记录，做好交接班"]),
        ("社工", ["闵行院区", "社工部", "本科及以上（社会工作专业）", "应届毕业生可投", "6000-7500元/月", "五险一金、带薪年假、年度体检"],
         ["新入住长者个案跟进", "策划组织生日会、节日活动等文娱活动", "招募和管理志愿者", "长者心理疏导与临终关怀"]),
        ("入住顾问", ["松江院区", "市场部", "大专及以上", "1年以上销售经验", "底薪4500元+签约提成", "五险一金、季度奖金"],
         ["接待参观咨询，介绍护理等级与收费", "跟进意向客户，办理入住签约", "每月组织不少于2场社区推广活动"]),
        ("医务室医生", ["闵行院区", "医疗康复部（医务室）", "本科及以上，临床医学", "3年以上临床经验", "12000-16000元/月", "五险一金、补充医疗保险"],
         ["长者入住体检与健康评估", "每日巡诊，诊治常见病和慢性病", "管理健康档案，审核用药方案", "联系合作医院办理转诊"]),
    ]
    labels = ["工作地点", "所属部门", "学历要求", "经验要求", "薪资待遇", "福利"]
    out = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head>", "<meta charset=\"utf-8\">",
           f"<title>加入颐康年华 | {CO}</title>",
           "<style>.grid{display:grid;grid-template-columns:6em 1fr}.k{color:#888}.k span,.v span{display:block}</style>",
           "</head>", "<body>",
           "<header><a href=\"/\">首页</a> &gt; <a href=\"/join\">加入我们</a></header>",
           "<h1>加入颐康年华，陪伴每一位长者安享晚年</h1>",
           "<p>我们在上海闵行、松江运营两家养老院，床位共560张。以下为当前开放的社会招聘岗位。</p>"]
    for title, vals, duties in jobs:
        out.append("<div class=\"job\">")
        out.append(f"<h3>{title}</h3>")
        out.append("<div class=\"grid\">")
        out.append("<div class=\"k\">" + "".join(f"<span>{l}</span>" for l in labels) + "</div>")
        out.append("<div class=\"v\">" + "".join(f"<span>{v}</span>" for v in vals) + "</div>")
        out.append("</div>")
        out.append("<h4>你将负责</h4>")
        out.append("<ul>")
        for du in duties:
            out.append(f"<li>{du}</li>")
        out.append("</ul>")
        out.append("<p><a class=\"btn\" href=\"mailto:hr@yikangnh.example\">投递简历</a></p>")
        out.append("</div>")
    out += ["<footer>© 2025 颐康年华养老服务有限公司　沪ICP备00000000号</footer>", "</body>", "</html>"]
    (OUT / "06_招聘官网_加入我们.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ 07 pdf: forms with ■/□ option boxes
def gen_pdf():
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    s = ParagraphStyle("s", fontName="wqy", fontSize=9.5, leading=14)
    h = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22, alignment=1)
    doc = SimpleDocTemplate(str(OUT / "07_岗位说明书_膳食主管_院长助理.pdf"), pagesize=A4,
                            leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    forms = [
        ("膳食主管", "综合保障部", "院长助理", "厨师、面点师、配餐员",
         "□初中　■高中/中专　□大专　□本科及以上（勾选项为最低要求）",
         "烹饪、营养相关专业优先",
         "5年以上团餐或医院、养老机构厨房管理经验",
         "■健康证　■公共营养师（三级）　□中式烹调师",
         "■常白班　□两班倒　□固定夜班",
         "闵行院区中央厨房",
         "7500-9000元/月",
         ["按长者营养需求制定每周食谱，兼顾普食、软食、流食和糖尿病餐。",
          "负责食材采购验收，落实索证索票，每餐留样48小时。",
          "管理厨房卫生与食品安全，每日对厨房人员晨检。",
          "每月组织一次伙食委员会，收集长者意见并改进。",
          "控制餐饮成本，人均每日伙食成本不超过35元。"]),
        ("院长助理", "院办", "院长", "社工、行政文员",
         "□初中　□高中/中专　□大专　■本科及以上（勾选项为最低要求）",
         "管理类、社会工作、护理专业优先",
         "3年以上养老或医疗机构行政管理经验",
         "■无硬性要求（不限证书）",
         "■常白班　□两班倒　□固定夜班（节假日参加行政值班）",
         "闵行院区",
         "",
         ["协助院长处理日常行政事务，督办院务会决议落实。",
          "负责民政、消防、卫生等检查的迎检材料准备。",
          "统筹社工部和行政后勤工作。",
          "组织每月院务会并撰写会议纪要。",
          "牵头重大投诉的调查与回复。"]),
    ]
    story = []
    for i, (name, dept, boss, subs, edu, major, exp, cert, shift, loc, pay, duties) in enumerate(forms):
        if i:
            story.append(PageBreak())
        story.append(Paragraph(f"{CO}　岗位说明书", h))
        story.append(Spacer(1, 8))
        P = lambda t: Paragraph(t, s)
        data = [[P("岗位名称"), P(name), P("所属部门"), P(dept)],
                [P("直接上级"), P(boss), P("直接下属"), P(subs)],
                [P("学历要求"), P(edu), "", ""],
                [P("专业要求"), P(major), "", ""],
                [P("工作经验"), P(exp), "", ""],
                [P("证书要求"), P(cert), "", ""],
                [P("班次"), P(shift), "", ""],
                [P("工作地点"), P(loc), P("薪资待遇"), P(pay)],
                [P("岗位职责"), [P(f"{k}. {du}") for k, du in enumerate(duties, 1)], "", ""]]
        t = Table(data, colWidths=[70, 200, 70, 175])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                               ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)),
                               ("SPAN", (1, 5), (3, 5)), ("SPAN", (1, 6), (3, 6)), ("SPAN", (1, 8), (3, 8))]))
        story.append(t)
        story.append(Spacer(1, 10))
        story.append(Paragraph("说明：■为选中项，□为未选中项。本表由人力资源部2025年3月统一制定。", s))
    doc.build(story)


# ------------------------------------------------------------------ 08 md: handbook with strikethrough revisions
def gen_md():
    md = f"""# 入住顾问工作手册（2025版）

> 适用范围：{CO}市场部入住顾问。本手册中 ~~删除线~~ 为2024版原内容，其后为2025版现行内容。

## 一、岗位概况

| 项目 | 内容 |
|---|---|
| 岗位名称 | 入住顾问（对外称“养老规划师”） |
| 所属部门 | 市场部 |
| 直接上级 | ~~院长助理~~ 市场部经理 |
| 工作地点 | 松江院区（闵行院区1人） |
| 工作时间 | 做五休二，9:00-18:00，周末轮值 |
| 学历 | 大专及以上，市场营销专业优先 |
| 经验 | 1年以上销售经验，养老、医疗、房产销售经验优先 |
| 薪酬 | 底薪4500元/月 + 签约提成：每成功签约入住一位长者提成 ~~600元~~ 800元 |

## 二、主要职责

1. 接待来访长者和家属咨询，带领参观院区。
2. 介绍护理等级与收费标准，解答入住政策。
3. 跟进意向客户，建立客户档案，每周至少回访一次。
4. 办理入住签约手续，协调护理组长完成入住评估。
5. 组织社区推广活动，每月不少于2场。
6. 维护已入住长者家属关系，促进老客户转介绍。

## 三、接待五步法

1. 迎：门口迎接，递上院区介绍册；
2. 问：了解长者身体状况、自理能力和家属预算；
3. 看：带领参观居室、餐厅、康复训练室；
4. 算：按评估等级测算月费；
5. 跟：24小时内电话回访。

## 四、常见问题话术

略（另见市场部内部培训资料）。

## 五、考核

考核指标见《岗位绩效考核指标库2025》市场部工作表。
"""
    (OUT / "08_入住顾问工作手册.md").write_text(md, encoding="utf-8")


# ------------------------------------------------------------------ 09 GBK txt: night-shift rule
def gen_gbk():
    txt = """颐康年华养老服务有限公司
夜间巡查与交接班管理规定（试行）
颐康〔2025〕护字第07号

第一条　为保障长者夜间安全，规范夜班护理员、值班护士的夜间工作，制定本规定。
第二条　夜班时间为19:00至次日7:00。夜班护理员实行固定夜班、做一休一，夜班津贴每班80元，按月随工资发放。
第三条　夜班护理员行政上隶属护理组长；夜间业务上服从当班值班护士的统一调度。
第四条　夜间巡视要求：
　　一、夜班护理员每小时巡视一次，失能、失智长者及新入住7日内的长者每30分钟查看一次；
　　二、巡视时做到“四看”：看呼吸、看面色、看体位、看床栏；
　　三、22:00、2:00、5:00为卧床长者翻身，并在翻身记录卡上签名。
第五条　交接班实行“三交三不接”：
　　三交：书面交、床旁交、口头交；
　　三不接：长者情况未交清不接，物品未点清不接，环境不整洁不接。
第六条　夜间发生跌倒、噎食、突发疾病，夜班护理员应立即呼叫值班护士，值班护士判断后通知医务室医生（二线听班）或拨打120。
第七条　夜班期间不得脱岗、睡岗，违者按《员工奖惩办法》处理，首次扣当月绩效20%。
第八条　本规定自2025年4月1日起试行，由护理部负责解释。
"""
    (OUT / "09_夜间巡查与交接班管理规定.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ------------------------------------------------------------------ 10 UTF-16 txt: staff handbook (policy, distractor)
def gen_u16():
    txt = """颐康年华养老服务有限公司员工手册（节选）

一、适用范围
本手册适用于公司全体正式员工。保洁员、保安员由外包公司派驻，其管理按外包合同执行，不适用本手册。

二、试用期
新员工试用期一般为3个月，护理组长及以上管理岗位试用期为6个月。

三、考勤
1. 实行指纹考勤，迟到或早退15分钟以内每次扣款20元。
2. 请假须提前在OA提交申请，病假须提供医院证明。

四、年休假
工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。

五、培训
全体护理人员每年参加院内培训不少于40学时；新员工入职培训为5天，其中岗位实操2天。

六、保密
员工不得泄露长者个人信息、健康档案及家属联系方式。

七、其他
行政文员、厨师、面点师、配餐员等岗位的岗位说明书正在编制中，暂按部门负责人安排开展工作。
"""
    (OUT / "10_员工手册（节选）.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    gen_docx1()
    gen_docx2()
    gen_kpi()
    gen_staff()
    gen_csv()
    gen_html()
    gen_pdf()
    gen_md()
    gen_gbk()
    gen_u16()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
