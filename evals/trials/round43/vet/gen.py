#!/usr/bin/env python3
"""Round 43 blind trial 'vet': 禾木动物医院（连锁）— 10 HR documents.

Run:  T43_OUT=/tmp/t43vet/corpus /tmp/genv/bin/python gen.py
Writes the corpus to $T43_OUT and ground_truth.md next to this script.

Layouts (new relative to earlier rounds):
  vet01 docx  one framed form per post: a 4-column grid with merged rows, the duties as a table nested
              in a merged cell, a VML text box with the shift note, strike/underline revision runs and
              〔修订〕 notes; running header (controlled-document no.) and footer (version).
  vet02 docx  院务管理手册: numbered headings, run-on prose duties, bullet requirements, a "略" part,
              a 修订记录 table (superseded reporting line), header/footer.
  vet03 xlsx  KPI library: 医疗部 sheet in TRANSPOSED blocks (indicators as columns; 类别/权重/目标值/
              计算公式/数据来源 as rows), 护理客服部 sheet with two-row merged header (基本值/挑战值) and
              the post merged down its rows, 部门级 sheet, a 2023版（已停用） sheet, SUM formulas.
  vet04 xlsx  编制与薪酬: grouped two-row header (编制（人） per 院区, 月薪（元）), 班次代码 legend sheet,
              证书要求 sheet; 院长 pay "保密".
  vet05 csv   recruiting export whose 扩展字段 column packs key=value;key=value facts.
  vet06 html  CSS-only accordion: <input type=checkbox> + <label for> titles, panels with <ol>/<ul>.
  vet07 pdf   任职资格标准: posts as COLUMNS of a table (影像/检验/药房), then 第N条 duty clauses.
  vet08 md    新员工入职指南 with a 美容师 section, 班次 table, a named-only post (宠物行为训练师（筹）).
  vet09 txt   GBK notice (CRLF) moving 前台接待 / 客户关系专员 reporting lines from 2025-04-01.
  vet10 txt   UTF-16LE (BOM) 考勤与排班管理制度 (policy distractor, night-shift allowance).
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T43_OUT", "/tmp/t43vet/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "禾木动物医院"

# --------------------------------------------------------------------------- vet01 docx
POSTS_A = [
    dict(name="主治兽医师", code="YL-02", dept="医疗部（内科/外科）", boss="医疗主任", subs="助理兽医师",
         loc="西湖中心院（杭州市西湖区文三路218号）", shift="白班为主，每月夜间值班4次（值班次日可补休半天）",
         purpose="独立承担小动物内外科诊疗工作，保障诊疗质量与医疗安全，带教助理兽医师。",
         duties=[
             ("门诊诊疗", "负责门诊接诊，完成问诊、体格检查，开具检查单并制定诊疗方案", "每日"),
             ("外科手术", "主刀绝育及常规软组织手术，做好术前评估和术后随访", "按排期"),
             ("病历质量", "审核助理兽医师书写的病历，每周组织一次病例讨论", "每周"),
             ("危重与转诊", "参与危重病例会诊，对超出本院能力的病例提出转诊建议", "随时"),
             ("医患沟通", "向宠物主人解释病情、治疗风险与费用，签署知情同意书", "每例"),
             ("带教培训", "承担新入职助理兽医师的带教，每季度至少完成一次院内授课", "每季度"),
         ],
         quals=[("学历", "本科及以上"), ("专业", "动物医学、兽医学相关专业"),
                ("工作经验", "3年以上小动物临床经验，能独立完成绝育手术"),
                ("证书", "执业兽医师资格证书（必须）"),
                ("其他", "熟悉常用诊疗设备及医院管理系统，沟通表达清晰")]),
    dict(name="助理兽医师", code="YL-03", dept="医疗部", boss="主治兽医师", subs="无",
         loc="西湖中心院、滨江分院", shift="早晚两班轮换（早班8:30-17:30，晚班12:30-21:30）",
         purpose="在主治兽医师指导下完成基础诊疗操作，保障门诊与住院诊疗顺畅。",
         duties=[
             ("诊疗协助", "协助主治兽医师完成接诊、保定与基础体格检查", "每日"),
             ("临床操作", "独立完成采血、皮下及静脉输液、埋置留置针等操作", "每日"),
             ("病历书写", "书写门诊病历初稿，当班结束前提交主治兽医师审核", "每班"),
             ("围术期", "负责手术前准备、麻醉监护及术后苏醒观察记录", "按排期"),
             ("住院查房", "每日上午随主治兽医师查房，填写住院动物查房记录", "每日"),
         ],
         quals=[("学历", "大专及以上"), ("专业", "动物医学、畜牧兽医相关专业"),
                ("工作经验", "应届毕业生可，有宠物医院实习经历者优先"),
                ("证书", "执业助理兽医师资格证书，或承诺入职一年内取得"),
                ("其他", "吃苦耐劳，能接受轮班")]),
    dict(name="兽医护士", code="HL-02", dept="护理部", boss="护士长", subs="无",
         loc="各院区住院部", shift=None,
         purpose="为住院及门诊动物提供规范护理，落实消毒隔离，保障护理安全。",
         duties=[
             ("住院护理", "负责住院动物的喂食、遵医嘱给药、清洁与体温监测", "每班"),
             ("巡视", None, "每班"),  # revision run, built below
             ("消毒隔离", "按院感制度完成诊室、笼位及器械的清洁消毒，传染病区单独处理", "每日"),
             ("护理记录", "如实填写护理记录单，交接班时逐笼交接", "每班"),
             ("门诊配合", "配合门诊完成注射、雾化、伤口换药等护理操作", "随时"),
         ],
         quals=[("学历", "中专及以上"), ("专业", "畜牧兽医、动物护理相关专业"),
                ("工作经验", "1年以上宠物医院护理经验优先"),
                ("证书", "宠物护理员（四级）职业技能证书"),
                ("其他", "有爱心、耐心，能适应三班倒")]),
]

SHIFT_BOX = ("温馨提示：护理部实行三班倒——早班8:00-16:00，中班16:00-24:00，夜班0:00-8:00，"
             "夜班后安排连续休息不少于24小时。")


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:val="clear" w:color="auto" w:fill="{color}"/>'))


def add_textbox(paragraph, text):
    xml = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb1" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:180pt;height:90pt;z-index:1" '
        'strokecolor="#C0504D"><v:textbox><w:txbxContent><w:p><w:r><w:t>' + text +
        '</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def gen_vet01():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　编号：HM-HR-JD-2025-01　密级：内部"
    sec.footer.paragraphs[0].text = "版本 V3.1　2025年3月1日生效　人力资源部编制　未经许可不得外传"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("医疗与护理序列岗位说明书（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：本册收录医疗部、护理部一线岗位。表内“频次”为最低要求，院区可从严执行。"
                    "带〔修订〕标记的内容为2024年9月修订，删除线文字已失效。")
    for i, p in enumerate(POSTS_A):
        if i:
            d.add_page_break()
        tb = d.add_table(rows=0, cols=4)
        tb.style = "Table Grid"

        def row(*vals):
            cells = tb.add_row().cells
            for c, v in zip(cells, vals):
                c.text = v
            return cells

        c = row("岗位名称", p["name"], "岗位编码", p["code"])
        set_cell_bg(c[0], "D9E2F3"); set_cell_bg(c[2], "D9E2F3")
        row("所属部门", p["dept"], "直接上级", p["boss"])
        c = row("直接下属", p["subs"], "", "")
        c[1].merge(c[3])
        c = row("工作地点", p["loc"], "", "")
        c[1].merge(c[3])
        if p["shift"]:
            c = row("班次", p["shift"], "", "")
            c[1].merge(c[3])
        c = row("岗位目的", p["purpose"], "", "")
        c[1].merge(c[3])
        c = row("一、岗位职责", "", "", "")
        m = c[0].merge(c[3])
        set_cell_bg(m, "F2F2F2")
        c = row("", "", "", "")
        m = c[0].merge(c[3])
        m.paragraphs[0].text = ""
        inner = m.add_table(rows=1, cols=4)
        inner.style = "Table Grid"
        for cc, v in zip(inner.rows[0].cells, ["序号", "职责模块", "工作任务", "频次"]):
            cc.text = v
        for k, (mod, task, freq) in enumerate(p["duties"], 1):
            rc = inner.add_row().cells
            rc[0].text = str(k)
            rc[1].text = mod
            rc[3].text = freq
            if task is None:  # revision-marked duty
                para = rc[2].paragraphs[0]
                para.add_run("巡视住院区，观察精神、食欲、排泄及输液情况，")
                old = para.add_run("每4小时")
                old.font.strike = True
                new = para.add_run("每2小时")
                new.font.underline = True
                new.font.color.rgb = RGBColor(0xC0, 0, 0)
                para.add_run("巡视一次并记录")
                rc[2].add_paragraph("〔修订 2024-09-15 护理部：巡视间隔由每4小时缩短为每2小时〕")
            else:
                rc[2].text = task
        c = row("二、任职资格", "", "", "")
        m = c[0].merge(c[3])
        set_cell_bg(m, "F2F2F2")
        for lab, val in p["quals"]:
            c = row(lab, val, "", "")
            c[1].merge(c[3])
        if p["name"] == "主治兽医师":
            c = row("晋升通道", "主治兽医师 → 高级兽医师 → 医疗主任（〔修订〕原“科室主任”一级已撤销）", "", "")
            c[1].merge(c[3])
        if p["name"] == "兽医护士":
            para = d.add_paragraph("班次安排见右侧提示框。")
            add_textbox(para, SHIFT_BOX)
        d.add_paragraph("")
        sig = d.add_table(rows=1, cols=3)
        for cc, v in zip(sig.rows[0].cells, ["编制：人力资源部", "审核：医疗主任", "批准：院长"]):
            cc.text = v
    d.save(OUT / "vet01_医疗护理岗位说明书.docx")


# --------------------------------------------------------------------------- vet02 docx
def gen_vet02():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}院务管理手册　第三部分　组织与岗位"
    sec.footer.paragraphs[0].text = "HM-OP-2025　第3版　内部资料"
    d.add_heading("院务管理手册（2025版）第三部分：组织与岗位", 0)
    d.add_heading("修订记录", 2)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, v in zip(tb.rows[0].cells, ["版本", "日期", "修订内容"]):
        c.text = v
    for v in [("第1版", "2022-06", "首次发布"),
              ("第2版", "2023-08", "药房管理员隶属医疗部，直接上级为医疗主任（已废止）"),
              ("第3版", "2025-02", "药房管理员改隶运营部，直接上级改为运营经理；新增客户服务部")]:
        cs = tb.add_row().cells
        for c, x in zip(cs, v):
            c.text = x
    d.add_heading("3.1 组织架构", 1)
    d.add_paragraph("医院实行院长负责制。院长下设医疗部、护理部、医技部、运营部、客户服务部五个部门。"
                    "医疗部由医疗主任负责，护理部由护士长负责，医技部（影像室、检验室）业务上受医疗主任指导，"
                    "运营部由运营经理负责，下设药房、美容室和前台；客户服务部由客户服务主管负责。")
    d.add_heading("3.2 院长", 1)
    d.add_paragraph("院长对集团医疗运营总监负责，全面主持院区的医疗质量、经营指标和团队建设。主要工作包括："
                    "组织制定院区年度经营计划并分解落实；审批医疗部、护理部的重大诊疗和护理制度；"
                    "每月召开一次院务会，通报经营与医疗质量数据；处理重大医疗纠纷，代表医院对外沟通；"
                    "负责中层干部的选拔、考核与梯队培养。")
    d.add_paragraph("任职资格：略（按集团《干部任用管理办法》执行）。")
    d.add_heading("3.3 医疗主任", 1)
    d.add_paragraph("医疗主任向院长汇报，直接管理主治兽医师，业务指导影像技师和检验技师。其职责是：建立并执行诊疗规范和病历质量标准；"
                    "每月抽查病历不少于30份并通报结果；组织疑难病例会诊和死亡病例讨论；"
                    "制定医生排班，审核医疗耗材申领计划；牵头处理医疗投诉的技术鉴定。")
    d.add_paragraph("任职要求：", style=None).runs[0].bold = True
    for x in ["动物医学硕士及以上学历，或本科学历且临床经验10年以上",
              "持有执业兽医师资格证书，5年以上科室管理经验",
              "熟悉小动物内外科，能主持复杂手术"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("3.4 护士长", 1)
    d.add_paragraph("护士长是护理部负责人，向院长汇报，管理全院兽医护士。护士长负责编排护理班次并每周公布；"
                    "督导住院区巡视、给药和交接班制度的落实；每月组织一次护理技能考核；"
                    "负责院感监测，每季度对诊室和手术室做一次环境采样；处理护理差错并上报。")
    d.add_paragraph("任职要求：", style=None).runs[0].bold = True
    for x in ["大专及以上学历，畜牧兽医或动物护理相关专业",
              "5年以上宠物医院护理经验，其中2年以上护理管理经验",
              "具备院感管理知识，能带领团队完成三班倒排班"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("3.5 药房管理员", 1)
    d.add_paragraph("药房管理员隶属运营部，直接上级为运营经理，工作地点为西湖中心院药房。岗位职责如下：")
    for x in ["负责药品和耗材的验收入库、出库登记，做到账物相符",
              "每日检查药品效期，近效期（6个月内）药品单独标识并报告",
              "审核处方的剂量和配伍，发现疑问及时与开方兽医师确认",
              "麻醉及精神类药品实行双人双锁管理，专册登记",
              "每月末组织一次全面盘点，盘点差异率控制在0.5%以内"]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("3.6 检验技师", 1)
    d.add_paragraph("检验技师的任职条件和岗位职责见《医技岗位任职资格标准》。此处仅强调：检验室出现危急值时，"
                    "检验技师须在15分钟内电话通知主诊兽医师并在系统中登记。")
    d.add_heading("3.7 其他岗位", 1)
    d.add_paragraph("影像技师、美容师、前台接待、客户关系专员的说明另见各自岗位文件。"
                    "异宠专科兽医为2025年筹建岗位，岗位说明书尚在编制中。")
    d.save(OUT / "vet02_院务管理手册_组织与岗位.docx")


# --------------------------------------------------------------------------- vet03 xlsx
TRANSPOSED = {
    "主治兽医师": [
        ("门诊接诊量", "业务", 0.20, "≥320例/月", "当月接诊病例数", "HIS系统"),
        ("病历甲级率", "质量", 0.15, "≥95%", "甲级病历数÷抽查病历数×100%", "医疗主任抽查"),
        ("手术并发症发生率", "质量", 0.15, "≤2%", "术后并发症例数÷手术例数×100%", "手术登记本"),
        ("客户满意度", "客户", 0.20, "≥4.8分", "回访评分平均值（5分制）", "客服回访系统"),
        ("复诊率", "业务", 0.10, "≥35%", "复诊病例数÷初诊病例数×100%", "HIS系统"),
        ("带教授课次数", "成长", 0.10, "≥1次/季度", "院内授课及带教记录次数", "培训台账"),
        ("医疗差错次数", "质量", 0.10, "0次", "经鉴定的医疗差错次数，发生1次本项不得分", "医务记录"),
    ],
    "助理兽医师": [
        ("病历初稿按时提交率", "质量", 0.25, "100%", "按时提交病历数÷应提交数×100%", "HIS系统"),
        ("临床操作合格率", "质量", 0.25, "≥98%", "合格操作次数÷抽查次数×100%", "主治兽医师评定"),
        ("查房记录完整率", "质量", 0.20, "≥98%", "完整记录数÷住院动物日数×100%", "住院记录"),
        ("技能考核成绩", "成长", 0.15, "≥85分", "季度技能考核得分", "医疗部"),
        ("有效投诉次数", "客户", 0.15, "0次", "经核实的客户投诉次数", "客户服务部"),
    ],
    "影像技师": [
        ("影像报告及时率", "效率", 0.30, "≥98%", "30分钟内出具报告数÷检查总数×100%", "PACS"),
        ("影像甲片率", "质量", 0.30, "≥90%", "甲级片数÷抽查片数×100%", "医疗主任抽查"),
        ("设备完好率", "安全", 0.20, "≥99%", "设备可用时长÷计划运行时长×100%", "设备台账"),
        ("辐射安全事故", "安全", 0.20, "0起", "发生辐射安全事故即本项为0分", "安全记录"),
    ],
}
NURSE_CS = {
    "兽医护士": [
        ("住院巡视执行率", 0.25, "100%", "100%", "每缺1次巡视扣2分"),
        ("给药差错次数", 0.25, "0次", "0次", "发生1次扣10分，造成后果的本项0分"),
        ("护理记录完整率", 0.20, "≥98%", "100%", "每降1个百分点扣2分"),
        ("院感消毒达标率", 0.20, "100%", "100%", "抽检不合格1次扣5分"),
        ("团队协作评分", 0.10, "≥90分", "≥95分", "护士长评定"),
    ],
    "前台接待": [
        ("挂号信息差错率", 0.20, "≤0.5%", "≤0.2%", "每超0.1个百分点扣2分"),
        ("收银差错金额", 0.25, "0元", "0元", "出现短款按金额扣分，每100元扣5分"),
        ("来电接通率", 0.20, "≥95%", "≥98%", "每降1个百分点扣2分"),
        ("前台服务满意度", 0.20, "≥4.7分", "≥4.9分", "每低0.1分扣3分"),
        ("预约到诊率", 0.15, "≥60%", "≥70%", "每降5个百分点扣3分"),
    ],
    "客户关系专员": [
        ("术后回访及时率", 0.30, "100%", "100%", "术后24小时内完成电话回访，每漏1例扣3分"),
        ("会员续费率", 0.25, "≥70%", "≥80%", "每降5个百分点扣5分"),
        ("投诉处理及时率", 0.20, "100%", "100%", "48小时内给出处理意见，每超时1件扣5分"),
        ("客户满意度", 0.15, "≥4.8分", "≥4.9分", "回访评分平均值"),
        ("社群活跃度", 0.10, "≥30%", "≥40%", "月度发言会员数÷群成员数"),
    ],
}


def gen_vet03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for r, v in enumerate([
        f"{CO} 岗位KPI指标库（2025年度）",
        "1. 医疗部各岗位按“指标为列”的格式编制：每个岗位一块，第一行为指标名称，下面依次为类别、权重、目标值、计算公式、数据来源。",
        "2. 护理部、客户服务部、运营部前台按行编制，目标分基本值和挑战值，达到挑战值该项按120%计分。",
        "3. 考核周期：医疗部月度考核，其余岗位月度考核、季度兑现。",
        "4. “2023版（已停用）”工作表仅供对照，不再执行。",
    ], 1):
        ws.cell(r, 1, v)
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("医疗部")
    ws.merge_cells("A1:I1")
    ws["A1"] = "医疗部岗位KPI（月度）"
    ws["A1"].font = Font(bold=True, size=14)
    r = 3
    for post, inds in TRANSPOSED.items():
        n = len(inds)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n + 2)
        ws.cell(r, 1, f"岗位：{post}")
        ws.cell(r, 1).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        labels = ["指标名称", "指标类别", "权重", "目标值", "计算公式", "数据来源"]
        for k, lab in enumerate(labels):
            ws.cell(r + 1 + k, 1, lab).font = Font(bold=True)
            for j, ind in enumerate(inds):
                c = ws.cell(r + 1 + k, 2 + j, ind[k])
                if lab == "权重":
                    c.number_format = "0%"
                c.alignment = Alignment(wrap_text=True, vertical="top")
        ws.cell(r + 1, n + 2, "合计")
        col_last = chr(ord("A") + n)
        ws.cell(r + 3, n + 2, f"=SUM(B{r + 3}:{col_last}{r + 3})").number_format = "0%"
        r += 9
    for col in "BCDEFGHI":
        ws.column_dimensions[col].width = 22

    ws = wb.create_sheet("护理客服部")
    ws.merge_cells("A1:G1")
    ws["A1"] = "护理部 / 运营部前台 / 客户服务部 岗位KPI（2025）"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["岗位", "序号", "指标名称", "权重", "目标（2025）", "", "评分规则"]
    for j, v in enumerate(hdr, 1):
        ws.cell(2, j, v)
    ws.cell(3, 5, "基本值")
    ws.cell(3, 6, "挑战值")
    for col in (1, 2, 3, 4, 7):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=6)
    r = 4
    for post, inds in NURSE_CS.items():
        start = r
        for k, (name, w, base, ch, rule) in enumerate(inds, 1):
            ws.cell(r, 2, k)
            ws.cell(r, 3, name)
            ws.cell(r, 4, w).number_format = "0%"
            ws.cell(r, 5, base)
            ws.cell(r, 6, ch)
            ws.cell(r, 7, rule)
            r += 1
        ws.cell(start, 1, post)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
        ws.cell(r, 3, "小计")
        ws.cell(r, 4, f"=SUM(D{start}:D{r - 1})").number_format = "0%"
        r += 1
    for col, wdt in zip("ABCDEFG", (14, 6, 18, 8, 10, 10, 40)):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("部门级")
    ws.append(["部门", "考核维度", "指标", "权重", "年度目标", "考核人"])
    for row in [
        ("医疗部", "经营", "医疗收入达成率", "30%", "≥100%", "院长"),
        ("医疗部", "质量", "医疗纠纷赔付金额", "20%", "≤年度医疗收入的0.3%", "院长"),
        ("医疗部", "质量", "病历抽查合格率", "20%", "≥95%", "院长"),
        ("医疗部", "客户", "医疗服务满意度", "20%", "≥4.8分", "院长"),
        ("医疗部", "成长", "人均培训学时", "10%", "≥40学时/年", "人力资源部"),
        ("客户服务部", "客户", "会员总数增长率", "30%", "≥20%", "院长"),
        ("客户服务部", "客户", "客户投诉结案率", "25%", "100%", "院长"),
        ("客户服务部", "经营", "会员消费占比", "25%", "≥55%", "院长"),
        ("客户服务部", "成长", "回访话术考核通过率", "20%", "100%", "人力资源部"),
    ]:
        ws.append(list(row))

    ws = wb.create_sheet("2023版（已停用）")
    ws["A1"] = "兽医护士KPI（2023版，已于2025年1月停用）"
    ws.append(["指标名称", "权重", "目标值"])
    for row in [("住院巡视执行率", "20%", "≥95%"), ("给药差错次数", "30%", "0次"),
                ("护理记录完整率", "20%", "≥95%"), ("消毒工作完成率", "20%", "100%"),
                ("出勤率", "10%", "≥98%")]:
        ws.append(list(row))
    wb.save(OUT / "vet03_KPI指标库2025.xlsx")


# --------------------------------------------------------------------------- vet04 xlsx
STAFF = [
    # post, dept, boss, (西湖, 滨江, 余杭), low, high, perf, shift
    ("院长", "院务办公室", "集团医疗运营总监", (1, 1, 1), "保密", "保密", "年薪制", "D"),
    ("医疗主任", "医疗部", "院长", (1, 0, 0), 28000, 38000, "月度绩效+年终奖", "D"),
    ("主治兽医师", "医疗部", "医疗主任", (6, 3, 2), 15000, 25000, "底薪+病例提成", "A/B轮换+N值班"),
    ("助理兽医师", "医疗部", "主治兽医师", (8, 4, 3), 7000, 10000, "月度绩效", "A/B轮换"),
    ("护士长", "护理部", "院长", (1, 0, 0), 12000, 16000, "月度绩效", "D"),
    ("兽医护士", "护理部", "护士长", (10, 5, 4), 5500, 8000, "月度绩效+夜班补贴", "三班倒（E/M/N）"),
    ("影像技师", "医技部", "医疗主任", (2, 1, 1), 8000, 12000, "月度绩效", "A"),
    ("检验技师", "医技部", "医疗主任", (2, 1, 1), 7500, 11000, "月度绩效", "A/B轮换"),
    ("药房管理员", "运营部", "运营经理", (1, 1, 1), 6000, 8500, "月度绩效", "A"),
    ("美容师", "运营部", "运营经理", (3, 2, 2), 5000, 9000, "底薪+洗护提成", "A"),
    ("前台接待", "运营部", "院区运营经理", (3, 2, 2), 4500, 6500, "月度绩效", "A/B轮换"),
    ("客户关系专员", "客户服务部", "客户服务主管", (2, 1, 1), 6000, 8000, "底薪+续费提成", "A"),
]


def gen_vet04():
    wb = Workbook()
    ws = wb.active
    ws.title = "编制与薪酬"
    ws.merge_cells("A1:L1")
    ws["A1"] = f"{CO}岗位编制与薪酬标准（2025年3月）"
    ws["A1"].font = Font(bold=True, size=14)
    top = ["岗位基本信息", "", "", "编制（人）", "", "", "月薪（元）", "", "", "班次代码", "备注"]
    sub = ["岗位", "部门", "直接上级", "西湖中心院", "滨江分院", "余杭分院", "下限", "上限", "薪酬方式", "", ""]
    for j, (a, b) in enumerate(zip(top, sub), 1):
        ws.cell(2, j, a if a else None)
        ws.cell(3, j, b if b else None)
    ws.merge_cells("A2:C2"); ws.merge_cells("D2:F2"); ws.merge_cells("G2:I2")
    ws.merge_cells("J2:J3"); ws.merge_cells("K2:K3")
    for r, s in enumerate(STAFF, 4):
        post, dept, boss, hc, lo, hi, perf, shift = s
        vals = [post, dept, boss, *hc, lo, hi, perf, shift]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        if post == "前台接待":
            ws.cell(r, 11, "2025-04-01起上级调整，见人事通知")
        if post == "美容师":
            ws.cell(r, 11, "上限含提成")
    ws.cell(4 + len(STAFF), 1, "合计")
    for j, col in zip((4, 5, 6), "DEF"):
        ws.cell(4 + len(STAFF), j, f"=SUM({col}4:{col}{3 + len(STAFF)})")
    for col, wdt in zip("ABCDEFGHIJK", (14, 12, 18, 10, 10, 10, 8, 8, 18, 18, 30)):
        ws.column_dimensions[col].width = wdt

    ws = wb.create_sheet("班次代码")
    ws.append(["代码", "名称", "时间", "说明"])
    for row in [("A", "早班", "8:30-17:30", "门诊、医技、运营岗位"),
                ("B", "晚班", "12:30-21:30", "门诊岗位轮换"),
                ("D", "行政班", "9:00-18:00", "管理岗位，周末轮值"),
                ("E", "护理早班", "8:00-16:00", "护理部"),
                ("M", "护理中班", "16:00-24:00", "护理部"),
                ("N", "夜班", "0:00-8:00", "护理部；医生值班按月排4次")]:
        ws.append(list(row))

    ws = wb.create_sheet("证书要求")
    ws.append(["岗位", "必备证书", "优先证书", "复审周期"])
    for row in [("主治兽医师", "执业兽医师资格证书", "中国兽医协会专科培训证书", "每年登记"),
                ("助理兽医师", "执业助理兽医师资格证书（可入职后一年内取得）", "—", "每年登记"),
                ("影像技师", "辐射安全与防护培训合格证书", "大型医用设备上岗证", "5年"),
                ("检验技师", "—", "临床医学检验技术（士）资格", "—"),
                ("美容师", "宠物美容师职业技能证书（C级及以上）", "B级证书", "—"),
                ("兽医护士", "宠物护理员（四级）职业技能证书", "—", "—")]:
        ws.append(list(row))
    wb.save(OUT / "vet04_岗位编制与薪酬.xlsx")


# --------------------------------------------------------------------------- vet05 csv
def gen_vet05():
    rows = [
        ["需求单号", "院区", "岗位", "人数", "期望到岗", "岗位职责", "扩展字段", "薪资", "状态"],
        ["ZP2025-031", "滨江分院", "美容师", "2", "2025-04-15",
         "负责犬猫洗浴、吹干、修剪造型及SPA护理；洗护前检查皮肤和耳道，发现异常立即告知当班兽医；维护美容工具和美容台的清洁消毒",
         "学历=中专及以上;经验=1年以上宠物美容经验;证书=C级宠物美容师证;班次=A班，周末必上", "5000-9000元/月（含提成）", "招聘中"],
        ["ZP2025-032", "西湖中心院", "检验技师", "1", "2025-05-01",
         "完成血常规、血生化、尿液、粪便及皮肤刮片等检验；每日开机做室内质控；检验报告审核后30分钟内发放",
         "学历=大专及以上;专业=医学检验技术或动物医学;经验=2年以上检验工作经验;班次=A/B轮换", "7500-11000元/月", "招聘中"],
        ["ZP2025-033", "余杭分院", "药房管理员", "1", "2025-04-20",
         "药品验收入库与出库登记；效期管理；处方审核与发药；每月盘点",
         "学历=大专及以上;专业=药学或兽医药学;经验=1年以上药房工作经验;证书=药学专业技术资格（药士）优先", "6000-8500元/月", "招聘中"],
        ["ZP2025-034", "西湖中心院", "前台接待", "1", "2025-04-01",
         "负责来院登记、挂号分诊与收银；接听预约电话；维持候诊区秩序",
         "学历=高中/中专及以上;经验=不限;班次=A/B轮换", "4500-6500元/月", "已关闭（2025-03-20已到岗）"],
        ["ZP2025-035", "滨江分院", "助理兽医师", "2", "2025-06-30",
         "协助接诊、保定，完成采血输液等操作，书写病历初稿",
         "学历=大专及以上;专业=动物医学;经验=应届可;证书=执业助理兽医师（可在读考取）", "7000-10000元/月", "招聘中"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (OUT / "vet05_招聘需求汇总.csv").write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------------- vet06 html
def gen_vet06():
    cards = [
        ("crm", "客户关系专员", "客户服务部 · 滨江分院 · 6-8K", [
            "术后24小时内完成电话回访，记录宠物恢复情况并提醒复诊",
            "维护会员档案，跟进会员卡续费与积分兑换",
            "受理客户投诉，48小时内给出处理意见并跟踪结案",
            "运营院区宠物主人社群，每月策划一次线上科普活动",
        ], [
            "大专及以上学历，市场营销、客户服务相关专业优先",
            "1年以上客服或会员运营经验，养宠者优先",
            "普通话标准，熟练使用企业微信和Excel",
        ], "汇报对象：客户服务主管"),
        ("front", "前台接待", "运营部 · 西湖中心院 · 4.5-6.5K", [
            "热情接待来院客户，完成宠物建档、挂号和分诊",
            "负责收银、开具发票，每日与财务对账",
            "接听预约电话，管理医生预约排期",
            "保持前台和候诊区整洁有序",
        ], [
            "高中或中专及以上学历",
            "形象亲和，有收银或服务行业经验者优先",
            "能接受早晚班轮换",
        ], "汇报对象：院区运营经理（2025年4月起为客户服务主管）"),
        ("groom", "美容师", "运营部 · 余杭分院 · 5-9K", [
            "为犬猫提供洗护、修剪和造型服务",
            "向客户推荐合适的洗护套餐",
        ], [
            "持C级及以上宠物美容师证书",
            "1年以上美容经验，会泰迪、比熊造型",
        ], "汇报对象：运营经理"),
    ]
    parts = []
    for cid, title, meta, duties, reqs, rep in cards:
        parts.append(f'''  <div class="item">
    <input type="checkbox" id="{cid}" class="toggle">
    <label for="{cid}" class="item-title">{title}<span class="meta">{meta}</span></label>
    <div class="panel">
      <h4>你将负责</h4>
      <ol>
''' + "".join(f"        <li>{x}</li>\n" for x in duties) + '''      </ol>
      <h4>我们希望你</h4>
      <ul>
''' + "".join(f"        <li>{x}</li>\n" for x in reqs) + f'''      </ul>
      <p class="report">{rep}</p>
    </div>
  </div>
''')
    parts.append('''  <div class="item disabled">
    <input type="checkbox" id="exotic" class="toggle" disabled>
    <label for="exotic" class="item-title">异宠专科兽医<span class="meta">医疗部 · 筹建中</span></label>
    <div class="panel"><p>岗位详情稍后公布，敬请关注。</p></div>
  </div>
''')
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 - {CO}</title>
<style>
  .toggle {{ display:none; }}
  .panel {{ max-height:0; overflow:hidden; transition:max-height .3s; }}
  .toggle:checked + .item-title + .panel {{ max-height:800px; }}
  .item-title {{ display:block; font-weight:bold; cursor:pointer; padding:8px; border-bottom:1px solid #ddd; }}
  .meta {{ float:right; color:#888; font-weight:normal; }}
</style>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/about">关于禾木</a> | <a href="/jobs">加入我们</a></nav>
<h1>加入禾木，和毛孩子们一起成长</h1>
<p>点击岗位名称展开详情。简历请投递至 hr@hemu-vet.example，邮件标题注明“岗位+院区”。</p>
<div class="accordion">
{"".join(parts)}</div>
<footer>© 2025 禾木动物医院 | 杭州市西湖区文三路218号</footer>
</body>
</html>
'''
    (OUT / "vet06_加入我们.html").write_text(html, encoding="utf-8")


# --------------------------------------------------------------------------- vet07 pdf
def gen_vet07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    ps = ParagraphStyle("n", fontName="wqy", fontSize=10, leading=15)
    ph = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22, alignment=1)
    ph2 = ParagraphStyle("h2", fontName="wqy", fontSize=12, leading=18)
    pc = ParagraphStyle("c", fontName="wqy", fontSize=9, leading=12)

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("wqy", 8)
        canvas.drawString(40, 810, "禾木动物医院 HM-HR-STD-007")
        canvas.drawRightString(555, 30, f"第{doc.page}页")
        canvas.restoreState()

    story = [Paragraph("医技及药房岗位任职资格标准", ph), Spacer(1, 8),
             Paragraph("第一条 为规范医技部（影像室、检验室）和药房岗位的人员配置，制定本标准。", ps),
             Paragraph("第二条 本标准适用于集团所属各院区。各岗位任职资格见下表。", ps), Spacer(1, 6)]
    data = [
        ["维度", "影像技师", "检验技师", "药房管理员"],
        ["学历", "大专及以上", "大专及以上", "大专及以上"],
        ["专业", "医学影像技术", "医学检验技术", "药学"],
        ["工作经验", "2年以上", "2年以上", "1年以上"],
        ["必备证书", "辐射安全培训合格证", "无", "无"],
        ["专业技能", "熟练操作DR、B超", "熟练操作血球仪", "熟悉兽药管理法规"],
        ["直接上级", "医疗主任", "医疗主任", "运营经理"],
    ]
    t = Table([[Paragraph(c, pc) for c in r] for r in data], colWidths=[70, 130, 130, 130])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 10),
              Paragraph("第三条 影像技师的主要职责：", ph2),
              Paragraph("（一）按检查单完成DR摄片和B超检查的摆位与采集；", ps),
              Paragraph("（二）检查后30分钟内出具影像初步报告；", ps),
              Paragraph("（三）每日开机做设备质控，填写设备运行记录；", ps),
              Paragraph("（四）落实辐射防护，检查时为陪同人员提供铅衣；", ps),
              Paragraph("（五）影像资料按病例号归档，保存不少于3年。", ps),
              Spacer(1, 6),
              Paragraph("第四条 检验技师的主要职责：", ph2),
              Paragraph("（一）完成血常规、生化、尿检、粪检及细胞学涂片检验；", ps),
              Paragraph("（二）每日开机后完成室内质控，失控时停止出报告；", ps),
              Paragraph("（三）危急值15分钟内电话通知主诊兽医师；", ps),
              Paragraph("（四）检验样本保留72小时以备复查；", ps),
              Paragraph("（五）负责检验试剂的申领和效期管理。", ps),
              Spacer(1, 6),
              Paragraph("第五条 药房管理员的职责见《院务管理手册》第三部分。", ps),
              Paragraph("第六条 本标准自2025年3月1日起执行，2022年版同时废止。", ps)]
    doc = SimpleDocTemplate(str(OUT / "vet07_医技岗位任职资格标准.pdf"), pagesize=A4,
                            leftMargin=40, rightMargin=40, topMargin=50, bottomMargin=50)
    doc.build(story, onFirstPage=header, onLaterPages=header)


# --------------------------------------------------------------------------- vet08 md
MD = """# 新员工入职指南（2025版）

> 欢迎加入禾木动物医院！本指南帮助你在入职第一周了解院区、班次和各岗位的基本要求。

## 一、院区地址

| 院区 | 地址 | 营业时间 |
|------|------|----------|
| 西湖中心院 | 杭州市西湖区文三路218号 | 24小时急诊 |
| 滨江分院 | 杭州市滨江区江南大道1099号 | 8:30-21:30 |
| 余杭分院 | 杭州市余杭区文一西路588号 | 8:30-21:30 |

## 二、入职第一周

1. 第1天：到人力资源部报到，领取工牌、工服，开通HIS账号。
2. 第2天：参加院感与消毒培训（必修，考试合格方可上岗）。
3. 第3-5天：跟岗学习，由部门指定带教老师。

## 三、岗位速览

### 美容师

美容师属于运营部，直接上级为运营经理，在美容室工作。

**主要工作**

- 按预约为犬猫提供洗浴、吹干、修剪和造型服务
- 洗护前检查皮肤、耳道和指甲，发现皮肤病或外伤时暂停服务并通知兽医
- 对攻击性较强的动物，须两人配合并佩戴防护手套操作
- 每日营业结束后对美容台、烘干箱和工具进行清洁消毒

**任职要求**

- 中专及以上学历
- 持有宠物美容师职业技能证书（C级及以上）
- 1年以上宠物美容工作经验，熟悉常见犬种造型

### 宠物行为训练师（筹）

拟于2025年下半年设立，岗位职责和任职要求另行发布。

## 四、常见问题

**Q：试用期多长？**
A：试用期3个月，表现优秀可申请提前转正。

**Q：员工养的宠物看病有优惠吗？**
A：员工本人宠物诊疗费用享受5折，药品按成本价。
"""


# --------------------------------------------------------------------------- vet09 GBK
GBK = """禾木动物医院人事通知
禾人字〔2025〕12号

关于调整前台接待及客户关系专员岗位设置的通知

各院区、各部门：

为提升客户服务体验，经院务会研究决定，自2025年4月1日起对以下岗位进行调整：

一、前台接待
1．前台接待由运营部划入客户服务部，直接上级由院区运营经理调整为客户服务主管。
2．岗位职责在原有基础上增加：负责线上问诊预约的分流，将复诊客户优先分配给原主诊兽医师。
3．薪资标准不变。

二、客户关系专员
1．客户关系专员继续隶属客户服务部，直接上级为客户服务主管。
2．新增职责：每月汇总客户投诉与回访数据，形成《客户声音月报》，于次月5日前提交客户服务主管。
3．术后回访时限由48小时缩短为24小时。

三、其他
本通知未涉及的岗位仍按《院务管理手册（2025版）》执行。

禾木动物医院人力资源部
2025年3月18日
"""

# --------------------------------------------------------------------------- vet10 UTF-16
POLICY = """禾木动物医院考勤与排班管理制度

第一章 总则
第一条 为规范考勤和排班，保障24小时急诊和住院护理，制定本制度。
第二条 本制度适用于全体员工。

第二章 班次
第三条 门诊岗位实行早班、晚班两班制；护理部实行三班倒；管理岗位实行行政班。具体时间以《岗位编制与薪酬标准》的班次代码为准。
第四条 夜班（0:00-8:00）补贴为每班80元，医生夜间值班补贴为每次150元，随当月工资发放。
第五条 排班表由各部门负责人于每月25日前公布下月排班，调班须提前24小时申请。

第三章 请假
第六条 病假须提供医院证明；事假每月累计不超过3天。
第七条 年休假按国家规定执行，入职满一年后享受5天带薪年假。

第四章 附则
第八条 本制度由人力资源部负责解释，自2025年1月1日起施行。
"""


def gen_texts():
    (OUT / "vet08_新员工入职指南.md").write_text(MD, encoding="utf-8")
    (OUT / "vet09_关于调整前台及客服岗位的通知.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))
    (OUT / "vet10_考勤与排班管理制度.txt").write_bytes(POLICY.encode("utf-16"))


def ground_truth():
    lines = ["# Ground truth (vet, round 43)", ""]
    for p in POSTS_A:
        lines.append(f"## vet01 {p['name']} ({p['code']}): 部门 {p['dept']}; 上级 {p['boss']}; 下属 {p['subs']}; "
                     f"地点 {p['loc']}; 班次 {p['shift'] or SHIFT_BOX}")
        for k, (m, t, f) in enumerate(p["duties"], 1):
            lines.append(f"- 职责{k} {m}: {t or '巡视住院区…每2小时（原每4小时，删除线）巡视一次并记录'} [{f}]")
        for lab, v in p["quals"]:
            lines.append(f"- {lab}: {v}")
    lines += ["", "## vet02 handbook: 院长(上级 集团医疗运营总监; 任职资格 略), 医疗主任, 护士长, 药房管理员(运营部/运营经理;"
              " 第2版 医疗部/医疗主任 已废止), 检验技师 危急值15分钟; 异宠专科兽医 named only",
              "## vet03 KPI: 医疗部 transposed (主治兽医师 7, 助理兽医师 5, 影像技师 4); 护理客服部 (兽医护士, 前台接待, "
              "客户关系专员 5 each, 基本值/挑战值); 部门级 (医疗部, 客户服务部); 2023版 兽医护士 (停用)",
              "## vet04 编制与薪酬: see STAFF; 院长 pay 保密; 班次代码 legend; 证书要求",
              "## vet05 CSV: 美容师, 检验技师, 药房管理员, 前台接待(已关闭), 助理兽医师; 扩展字段 key=value",
              "## vet06 HTML: 客户关系专员, 前台接待, 美容师; 异宠专科兽医 稍后公布",
              "## vet07 PDF: 影像技师/检验技师/药房管理员 qualification columns; duties 第三条/第四条",
              "## vet08 MD: 美容师; 宠物行为训练师（筹） named only; 院区地址; FAQ",
              "## vet09 GBK: 前台接待 → 客户服务部/客户服务主管 from 2025-04-01, +线上问诊预约分流; 客户关系专员 +客户声音月报, 回访24h",
              "## vet10 UTF-16: 考勤排班; 夜班补贴80元/班, 医生值班150元/次; 年假5天",
              ""]
    lines.append("STAFF (vet04): " + repr(STAFF))
    lines.append("KPI transposed: " + repr(TRANSPOSED))
    lines.append("KPI rows: " + repr(NURSE_CS))
    (HERE / "ground_truth.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    gen_vet01(); gen_vet02(); gen_vet03(); gen_vet04(); gen_vet05(); gen_vet06(); gen_vet07(); gen_texts()
    ground_truth()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
