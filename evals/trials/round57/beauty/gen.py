# -*- coding: utf-8 -*-
"""Round 57 'beauty': HR documents of a medical-aesthetics clinic chain (颜序医疗美容门诊连锁).

Run:  T57_OUT=/tmp/t57beauty/corpus /tmp/genv/bin/python gen.py
Writes 10 documents to $T57_OUT and ground_truth.json next to this script.
"""
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T57_OUT", "/tmp/t57beauty/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
GT = {}

COMPANY = "颜序医疗美容门诊连锁"

# ---------------------------------------------------------------- mb01 docx
DOCTORS = [
    dict(
        title="门诊主任", code="YX-M-01", dept="门诊部", boss="区域医疗总监",
        subs="美容主诊医师、注射医生、护士长、合规专员",
        edu="本科及以上学历，临床医学专业",
        exp="从事医疗美容临床工作8年以上，其中科室或门诊管理经验3年以上",
        cert="医师资格证书、医师执业证书（执业范围含医疗美容专业），并经卫健部门备案为美容主诊医师",
        ability="熟悉《医疗美容服务管理办法》，具备团队管理、医疗质量与风险控制能力",
        loc="上海静安门诊部", pay="年薪40万—60万元（含年度经营奖金）",
        duties=[
            ("主持门诊部日常医疗与经营管理，组织制定门诊年度经营目标并分解落实", "负责", "30%"),
            ("建立并督导执行医疗质量与安全核心制度，主持每月医疗质量分析会", "负责", "25%"),
            ("审批三级及以上医美项目的手术排期与主诊医师授权", "负责", "15%"),
            ("处理重大医疗纠纷与客诉，代表门诊对接卫健委及市场监管部门检查", "负责", "15%"),
            ("组织医生团队的业务培训、带教与绩效评价", "协同", "15%"),
        ],
    ),
    dict(
        title="美容主诊医师", code="YX-M-02", dept="医疗部（美容外科）", boss="门诊主任",
        subs="注射医生；跟台美容护士（业务指导）",
        edu="本科及以上学历，临床医学专业",
        exp="从事美容外科临床工作6年以上，独立完成眼鼻整形手术不少于300例",
        cert="医师执业证书，具备美容主诊医师资格并在执业机构备案",
        ability="审美能力强，手术操作规范，善于与求美者沟通",
        loc="上海静安门诊部、杭州滨江门诊部（按排班轮诊）", pay="月薪3.5万—5万元＋手术绩效",
        duties=[
            ("负责求美者的面诊评估，明确手术适应证与禁忌证，制定个性化手术方案", "负责", "25%"),
            ("主刀完成重睑、隆鼻、吸脂等美容外科手术，严格执行手术安全核查", "负责", "35%"),
            ("亲自向求美者履行术前告知，确认知情同意书签署完整", "负责", "10%"),
            ("术后换药、拆线及并发症处理，按规定完成术后7天、30天、90天复诊", "负责", "15%"),
            ("书写并审核病历，保证病历在术后24小时内归档", "负责", "10%"),
            ("指导注射医生和年轻医师，参与疑难病例讨论", "协同", "5%"),
        ],
    ),
    dict(
        title="注射医生", code="YX-M-03", dept="医疗部（微整形科）", boss="美容主诊医师",
        subs="无",
        edu="本科及以上学历，临床医学或皮肤病与性病学专业",
        exp="从事注射美容或皮肤科临床工作3年以上",
        cert="医师执业证书；A型肉毒毒素注射培训合格证明",
        ability="熟悉面部解剖层次，掌握血管栓塞等注射并发症的识别与急救",
        loc="各门诊部微整形科", pay="月薪2.5万—4万元＋项目提成",
        duties=[
            ("为求美者进行玻尿酸、肉毒毒素、水光等注射治疗，严格核对药品批号", "负责", "45%"),
            ("注射前评估面部解剖风险，标记注射点位并留存术前照片", "负责", "15%"),
            ("发现血管栓塞等不良反应时立即启动急救预案并上报", "负责", "15%"),
            ("登记注射药品使用台账，配合合规专员完成药品溯源检查", "协同", "10%"),
            ("完成注射后1天、7天回访，记录效果与不良反应", "负责", "15%"),
        ],
    ),
]


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def add_header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def mb01():
    doc = Document()
    add_header_footer(doc, "颜序医美 · 人力资源部 · 受控文件 YX-HR-JD-01（第3版）",
                      "本文件为公司内部资料，未经人力资源部许可不得外传")
    doc.add_heading("医疗序列岗位说明书（2025版）", 0)
    doc.add_paragraph(f"适用范围：{COMPANY}各门诊部医疗序列岗位。本版自2025年3月1日起执行，2022版同时废止。")
    for n, d in zip("一二三", DOCTORS):
        doc.add_heading(f"{n}、{d['title']}", 1)
        t = doc.add_table(rows=10, cols=4)
        t.style = "Table Grid"
        c = t.cell
        c(0, 0).text, c(0, 1).text, c(0, 2).text, c(0, 3).text = "岗位名称", d["title"], "岗位编码", d["code"]
        c(1, 0).text, c(1, 1).text, c(1, 2).text, c(1, 3).text = "所属部门", d["dept"], "直属上级", d["boss"]
        c(2, 0).text = "直接下属"
        m = c(2, 1).merge(c(2, 3)); m.text = d["subs"]
        g = c(3, 0).merge(c(6, 0)); g.text = "任职资格"
        for r, (lab, val) in enumerate([("学历/专业", d["edu"]), ("工作经验", d["exp"]),
                                        ("执业证书", d["cert"]), ("能力素质", d["ability"])], start=3):
            c(r, 1).text = lab
            mm = c(r, 2).merge(c(r, 3)); mm.text = val
        c(7, 0).text, c(7, 1).text, c(7, 2).text, c(7, 3).text = "工作地点", d["loc"], "薪酬范围", d["pay"]
        h = c(8, 0).merge(c(8, 3)); h.text = "岗位职责"
        set_cell_bg(h, "D9D9D9")
        body = c(9, 0).merge(c(9, 3))
        body.text = ""
        nt = body.add_table(rows=1 + len(d["duties"]), cols=4)
        nt.style = "Table Grid"
        for j, lab in enumerate(["序号", "职责内容", "权责", "时间占比"]):
            nt.cell(0, j).text = lab
        for i, (txt, rr, pct) in enumerate(d["duties"], start=1):
            nt.cell(i, 0).text = str(i)
            nt.cell(i, 1).text = txt
            nt.cell(i, 2).text = rr
            nt.cell(i, 3).text = pct
        if d["title"] == "注射医生":
            p = doc.add_paragraph()
            r = p.add_run("【修订意见·人力资源部 2025-04-10】经门诊主任审批，注射医生“工作经验”一项由“3年以上”调整为"
                          "“2年以上（须有上级医师带教记录）”，以本修订意见为准。")
            r.italic = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        doc.add_paragraph("")
    doc.add_heading("四、麻醉医师", 1)
    doc.add_paragraph("（略，见《手术中心岗位说明书》）")
    doc.add_paragraph("编制：人力资源部　审核：门诊主任　批准：总经理　　2025年2月20日")
    doc.save(OUT / "mb01_医疗序列岗位说明书.docx")
    GT["mb01_医疗序列岗位说明书.docx"] = {
        "layout": "per post: 4-col fact grid with label pairs, 任职资格 merged down 4 rows, duties in a nested table "
                  "(序号|职责内容|权责|时间占比) inside a merged cell; header/footer; red italic 修订意见 changing 注射医生 experience to 2年; 麻醉医师 略",
        "posts": DOCTORS,
        "notes": {"注射医生.exp_final": "2年以上（须有上级医师带教记录）", "麻醉医师": "略"},
    }


# ---------------------------------------------------------------- mb02 docx handbook
NURSE = dict(
    title="美容护士", dept="护理部", boss="护士长",
    edu="大专及以上学历，护理学专业", cert="护士执业证书（在有效注册期内）",
    exp="1年以上临床护理经验，有医美机构或手术室经验者优先",
    shift="早班 8:30—17:00，晚班 12:30—21:00，两班轮换",
    duties=["① 术前准备：核对求美者身份与手术项目，准备器械包、药品和手术间，协助完成术前拍照；",
            "② 跟台配合：担任器械护士或巡回护士，清点纱布器械，严格执行无菌操作；",
            "③ 术后护理与宣教：监测生命体征，指导冰敷、换药及饮食等注意事项；",
            "④ 术后回访：术后第1天、第3天电话回访，异常情况及时报告主诊医师；",
            "⑤ 耗材登记：登记高值耗材及假体条码，确保可追溯。"],
)
SKIN = dict(
    title="皮肤管理师", dept="光电皮肤中心", boss="光电中心主管",
    edu="中专及以上学历，医学美容技术或相关专业", cert="美容师职业资格证书（四级/中级工及以上）",
    exp="2年以上皮肤管理或美容院工作经验",
    duties=["（1）使用皮肤检测仪（VISIA）为顾客做皮肤检测，出具检测报告；",
            "（2）根据检测结果制定皮肤管理方案，经医生确认后执行清洁、补水、导入等非医疗类护理；",
            "（3）配合医生完成光子嫩肤、热玛吉等光电项目的术前清洁与术后修复护理；",
            "（4）向顾客提供居家护肤指导，建立并更新顾客皮肤档案；",
            "（5）负责护理间仪器的日常清洁保养与使用登记。"],
)
CSSD = dict(
    title="消毒供应员", dept="消毒供应室", boss="护士长",
    edu="高中或中专及以上学历", cert="消毒供应中心岗位培训合格证",
    exp="无经验要求，上岗前须经院感培训并考核合格",
    shift="常日班 8:00—16:30",
    duties=["1. 回收各诊室使用后的复用器械，分类清点并记录；",
            "2. 按WS 310规范完成器械的清洗、消毒、干燥与检查保养；",
            "3. 包装器械包并粘贴化学指示标签，标明灭菌日期和失效日期；",
            "4. 操作压力蒸汽灭菌器，每锅次进行物理监测，每周进行生物监测；",
            "5. 管理无菌物品存放区，按先进先出原则发放，过期物品重新处理。"],
)


def mb02():
    doc = Document()
    add_header_footer(doc, "颜序医美 护理与皮肤管理工作手册", "YX-HL-SC-2025　内部使用")
    doc.add_heading("护理与皮肤管理工作手册", 0)
    doc.add_paragraph("第一章　总则")
    doc.add_paragraph("1.1 本手册适用于各门诊部护理部、光电皮肤中心和消毒供应室的人员。手术室与麻醉相关岗位另见手术中心分册。")
    doc.add_paragraph("1.2 护理部设护士长一名，统筹护理排班与质量，护士长岗位说明书另行发布，本手册不作规定。")
    doc.add_heading("第二章　美容护士", 1)
    doc.add_paragraph(
        f"美容护士隶属{NURSE['dept']}，直接向{NURSE['boss']}汇报，日常跟台时接受主诊医师的业务指导。"
        f"任职者应具备{NURSE['edu']}，持{NURSE['cert']}，要求{NURSE['exp']}。")
    doc.add_paragraph("美容护士的主要职责如下：")
    for x in NURSE["duties"]:
        doc.add_paragraph(x)
    doc.add_paragraph("护理部班次安排见下表：")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(0, 3)); a.text = "护理部班次表（各门诊通用）"
    for j, v in enumerate(["班次", "时间", "适用岗位", "备注"]):
        t.cell(1, j).text = v
    for j, v in enumerate(["早班", "8:30—17:00", "美容护士", "含午休1小时"]):
        t.cell(2, j).text = v
    for j, v in enumerate(["晚班", "12:30—21:00", "美容护士", "21:00后手术顺延计加班"]):
        t.cell(3, j).text = v
    doc.add_heading("第三章　皮肤管理师", 1)
    doc.add_paragraph(
        f"皮肤管理师属于{SKIN['dept']}，上级为{SKIN['boss']}。皮肤管理师只从事非医疗类的生活美容护理，"
        "不得进行任何注射或光电设备的操作。")
    doc.add_paragraph("岗位职责：")
    for x in SKIN["duties"]:
        doc.add_paragraph(x)
    doc.add_paragraph(f"任职要求：{SKIN['edu']}；{SKIN['exp']}；持{SKIN['cert']}。")
    doc.add_heading("第四章　消毒供应员", 1)
    doc.add_paragraph(
        f"消毒供应员在{CSSD['dept']}工作，直属上级为{CSSD['boss']}，实行{CSSD['shift']}。")
    doc.add_paragraph("工作内容：")
    for x in CSSD["duties"]:
        doc.add_paragraph(x)
    doc.add_paragraph(f"上岗条件：{CSSD['edu']}，取得{CSSD['cert']}；{CSSD['exp']}。")
    doc.add_heading("第五章　手术室巡回护士", 1)
    doc.add_paragraph("略。")
    doc.add_heading("附录B　2023版护理岗位薪资标准（已废止，仅供查阅）", 1)
    t2 = doc.add_table(rows=4, cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate([["岗位", "月薪（元）", "状态"], ["美容护士", "4500—6000", "已废止"],
                             ["皮肤管理师", "4000—5500", "已废止"], ["消毒供应员", "3500—4200", "已废止"]]):
        for j, v in enumerate(row):
            t2.cell(i, j).text = v
    doc.add_paragraph("现行薪资以《编制与薪酬总表》为准。")
    doc.save(OUT / "mb02_护理与皮肤管理工作手册.docx")
    GT["mb02_护理与皮肤管理工作手册.docx"] = {
        "layout": "prose handbook with chapters, ①/(1)/1. lists, merged-title shift table, 略 chapter (手术室巡回护士), "
                  "护士长 named only, superseded 2023 pay appendix",
        "posts": [NURSE, SKIN, CSSD],
    }


# ---------------------------------------------------------------- mb03 xlsx KPI
KPI_POSTS = [
    ("美学设计师（咨询师）", "月度", "咨询总监", [
        ("财务", "个人业绩达成率", 0.40, "≥100%", "实际成交业绩÷月度业绩目标×100%", "收银系统"),
        ("客户", "到诊成交率", 0.25, "≥45%", "成交人数÷面诊到诊人数×100%", "CRM"),
        ("客户", "客单价", 0.10, "≥8000元", "成交总额÷成交人数", "收银系统"),
        ("内部流程", "合规告知签署率", 0.15, "100%", "完整签署告知书的成交单数÷成交单数×100%", "合规抽查"),
        ("学习成长", "有效客诉次数", 0.10, "0次", "经核实属咨询师责任的投诉次数", "客服中心"),
    ]),
    ("注射医生", "月度", "美容主诊医师", [
        ("财务", "注射业绩达成率", 0.30, "≥100%", "注射项目实收÷目标×100%", "收银系统"),
        ("客户", "注射复购率", 0.20, "≥40%", "90天内再次注射人数÷注射人数×100%", "CRM"),
        ("内部流程", "注射不良事件发生率", 0.30, "≤0.5‰", "不良事件例数÷注射例数×1000‰", "不良事件上报系统"),
        ("内部流程", "药品批号登记完整率", 0.10, "100%", "登记完整的注射单数÷注射单数×100%", "药品台账"),
        ("学习成长", "培训学时", 0.10, "≥8学时/月", "参加院内外培训的学时数", "培训记录"),
    ]),
    ("美容护士", "月度", "护士长", [
        ("内部流程", "无菌操作合格率", 0.30, "100%", "抽查合格次数÷抽查次数×100%", "护理质控"),
        ("内部流程", "器械清点差错次数", 0.20, "0次", "手术清点差错次数", "手术记录"),
        ("客户", "术后回访完成率", 0.25, "≥98%", "按时回访人数÷应回访人数×100%", "CRM"),
        ("客户", "护理满意度", 0.15, "≥95%", "满意问卷数÷回收问卷数×100%", "满意度调查"),
        ("学习成长", "护理技能考核成绩", 0.10, "≥85分", "季度技能考核得分", "护理部"),
    ]),
    ("客户经理（会员）", "月度", "会员中心主管", [
        ("财务", "储值业绩达成率", 0.30, "≥100%", "会员储值实收÷目标×100%", "收银系统"),
        ("客户", "会员复购率", 0.35, "≥55%", "180天内复购会员数÷活跃会员数×100%", "CRM"),
        ("客户", "会员流失率", 0.15, "≤8%", "180天未到店会员数÷名下会员数×100%", "CRM"),
        ("客户", "会员满意度", 0.20, "≥95%", "回访满意数÷回访数×100%", "客服中心"),
    ]),
]
DEPT_KPI = [
    ("客服中心", "季度", [
        ("预约到诊率", 0.30, "≥85%", "实际到诊数÷预约数×100%"),
        ("电话接通率", 0.25, "≥95%", "接通来电数÷总来电数×100%"),
        ("投诉24小时响应率", 0.25, "100%", "24小时内响应的投诉÷投诉总数×100%"),
        ("客户满意度", 0.20, "≥92%", "满意问卷数÷回收问卷数×100%"),
    ]),
    ("消毒供应室", "季度", [
        ("灭菌合格率", 0.35, "100%", "灭菌合格包数÷灭菌总包数×100%"),
        ("生物监测合格率", 0.25, "100%", "合格次数÷监测次数×100%"),
        ("器械包装差错率", 0.20, "≤0.1%", "差错包数÷包装总包数×100%"),
        ("器械回收及时率", 0.20, "≥98%", "2小时内回收的批次÷回收总批次×100%"),
    ]),
]


def mb03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = "颜序医美 2025年度KPI指标库"
    ws["A3"] = "1. “岗位KPI”表按岗位分块，每块第一行为岗位、考核周期和考核人；维度按平衡计分卡四个维度填写。"
    ws["A4"] = "2. 权重合计行为公式，须等于100%。得分=MIN(实际值÷目标值,1.2)×权重×100（反向指标另算）。"
    ws["A5"] = "3. “2024版（停用）”表仅供对比，不再使用。"
    ws2 = wb.create_sheet("岗位KPI")
    hdr = ["维度", "指标名称", "权重", "目标值", "计算公式", "数据来源"]
    r = 1
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4D6")
    for post, cyc, rater, rows in KPI_POSTS:
        ws2.cell(r, 1, f"岗位：{post}　　考核周期：{cyc}　　考核人：{rater}").font = bold
        ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws2.cell(r, 1).fill = fill
        r += 1
        for j, h in enumerate(hdr, 1):
            ws2.cell(r, j, h).font = bold
        r += 1
        start = r
        # merge same dimension cells vertically
        i = 0
        while i < len(rows):
            k = i
            while k + 1 < len(rows) and rows[k + 1][0] == rows[i][0]:
                k += 1
            ws2.cell(start + i, 1, rows[i][0])
            if k > i:
                ws2.merge_cells(start_row=start + i, start_column=1, end_row=start + k, end_column=1)
            i = k + 1
        for i, (dim, name, w, tgt, f, src) in enumerate(rows):
            ws2.cell(r, 2, name)
            c = ws2.cell(r, 3, w); c.number_format = "0%"
            ws2.cell(r, 4, tgt)
            ws2.cell(r, 5, f)
            ws2.cell(r, 6, src)
            r += 1
        ws2.cell(r, 2, "权重合计")
        c = ws2.cell(r, 3, f"=SUM(C{start}:C{r-1})"); c.number_format = "0%"
        r += 2
    for col, wdt in zip("ABCDEF", [10, 22, 8, 12, 40, 16]):
        ws2.column_dimensions[col].width = wdt
    ws3 = wb.create_sheet("部门KPI")
    ws3.append(["部门", "考核周期", "指标名称", "权重", "目标值", "计算公式"])
    r = 2
    for dept, cyc, rows in DEPT_KPI:
        s = r
        for name, w, tgt, f in rows:
            ws3.cell(r, 3, name)
            c = ws3.cell(r, 4, w); c.number_format = "0%"
            ws3.cell(r, 5, tgt)
            ws3.cell(r, 6, f)
            r += 1
        ws3.cell(s, 1, dept)
        ws3.cell(s, 2, cyc)
        ws3.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
        ws3.merge_cells(start_row=s, start_column=2, end_row=r - 1, end_column=2)
    ws4 = wb.create_sheet("2024版（停用）")
    ws4["A1"] = "2024版美学设计师考核表（已停用，2025年起以“岗位KPI”表为准）"
    ws4.append(["指标名称", "权重", "目标值"])
    for row in [("个人业绩达成率", 0.6, "≥100%"), ("到诊成交率", 0.3, "≥40%"), ("出勤率", 0.1, "100%")]:
        ws4.append(list(row))
    wb.save(OUT / "mb03_KPI指标库2025.xlsx")
    GT["mb03_KPI指标库2025.xlsx"] = {
        "layout": "填表说明 sheet; 岗位KPI sheet of post blocks (merged caption row '岗位：X 考核周期 考核人', BSC 维度 merged down, "
                  "weights as 0.4 with % format, =SUM 权重合计); 部门KPI sheet with merged 部门/周期; void 2024 sheet",
        "posts": KPI_POSTS, "departments": DEPT_KPI,
    }


# ---------------------------------------------------------------- mb04 xlsx staffing & pay
STAFF = [
    # post, dept, boss, 静安, 滨江, 天河, grade, low, high, float, shift
    ("门诊主任", "门诊部", "区域医疗总监", 1, 1, 1, "M5", None, None, "年薪制，见岗位说明书", "D1"),
    ("美容主诊医师", "医疗部", "门诊主任", 3, 2, 2, "M4", 35000, 50000, "手术绩效", "D1"),
    ("注射医生", "医疗部", "美容主诊医师", 4, 3, 3, "M3", 25000, 40000, "项目提成", "D1"),
    ("美容护士", "护理部", "护士长", 8, 6, 6, "N2", 6500, 9000, "绩效奖金", "N1/N2"),
    ("皮肤管理师", "光电皮肤中心", "光电中心主管", 5, 4, 4, "S2", 6000, 8500, "手工费", "D2"),
    ("消毒供应员", "消毒供应室", "护士长", 2, 1, 1, "S1", 4800, 5800, "无", "D0"),
    ("美学设计师（咨询师）", "咨询部", "咨询总监", 6, 4, 5, "C3", 8000, 12000, "业绩提成", "D2"),
    ("前台客服", "客服中心", "客服主管", 3, 2, 2, "S1", 5000, 6500, "绩效奖金", "A/B"),
    ("客户经理（会员）", "会员中心", "会员中心主管", 3, 2, 2, "C2", 7000, 10000, "储值提成", "D2"),
    ("合规专员", "质量与合规部", "门诊主任", 1, 0, 0, "P2", 12000, 16000, "年终奖", "D0"),
    ("网络运营专员", "市场部", "市场经理", 1, 0, 0, "P1", None, None, "另定", "D0"),
]
SHIFTS = [("D0", "行政班", "9:00—17:30", "周末双休"), ("D1", "医生常白班", "9:30—18:30", "每周轮休2天，周二固定一天"),
          ("D2", "门店班", "10:00—19:00", "做五休二，周末不休"), ("N1", "护理早班", "8:30—17:00", "与晚班轮换"),
          ("N2", "护理晚班", "12:30—21:00", "与早班轮换"), ("A", "前台A班", "9:00—18:00", ""),
          ("B", "前台B班", "12:00—21:00", "")]


def mb04():
    wb = Workbook()
    ws = wb.active
    ws.title = "编制与薪酬"
    ws.merge_cells("A1:L1")
    ws["A1"] = "2025年各门诊编制与薪酬总表（单位：人、元/月）"
    ws["A1"].font = Font(bold=True, size=13)
    # two-row header
    for col, lab in zip("ABC", ["岗位", "所属部门", "直属上级"]):
        ws.merge_cells(f"{col}2:{col}3")
        ws[f"{col}2"] = lab
    ws.merge_cells("D2:G2"); ws["D2"] = "编制（人）"
    for col, lab in zip("DEFG", ["上海静安", "杭州滨江", "广州天河", "合计"]):
        ws[f"{col}3"] = lab
    ws.merge_cells("H2:K2"); ws["H2"] = "薪酬"
    for col, lab in zip("HIJK", ["职级", "月薪下限", "月薪上限", "浮动部分"]):
        ws[f"{col}3"] = lab
    ws.merge_cells("L2:L3"); ws["L2"] = "班次代码"
    for cell in ws[2] + ws[3]:
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.font = Font(bold=True)
    r = 4
    for row in STAFF:
        post, dept, boss, a, b, c, grade, lo, hi, fl, sh = row
        vals = [post, dept, boss, a, b, c, f"=SUM(D{r}:F{r})", grade, lo if lo else "—", hi if hi else "—", fl, sh]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        r += 1
    ws.cell(r, 1, "合计")
    for col in "DEFG":
        ws[f"{col}{r}"] = f"=SUM({col}4:{col}{r-1})"
    ws.cell(r + 2, 1, "注：网络运营专员为2025年新增编制，岗位说明书待编写；门诊主任实行年薪制。")
    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次名称", "时间", "说明"])
    for s in SHIFTS:
        ws2.append(list(s))
    wb.save(OUT / "mb04_编制与薪酬总表.xlsx")
    GT["mb04_编制与薪酬总表.xlsx"] = {
        "layout": "title row, two-row header with merged 编制（人）/薪酬 groups, =SUM 合计 column and row, shift codes resolved on 2nd sheet",
        "rows": STAFF, "shifts": SHIFTS,
    }


# ---------------------------------------------------------------- mb05 csv privileging
PRIV = [
    ("一级", "水光注射", "注射医生;美容主诊医师", "医师执业证书，完成10例带教注射", "每年", "有效"),
    ("一级", "光子嫩肤", "美容主诊医师;注射医生", "医师执业证书，光电设备操作培训合格", "每年", "有效"),
    ("二级", "玻尿酸填充", "注射医生;美容主诊医师", "执业满2年，完成30例带教注射并考核合格", "每年", "有效"),
    ("二级", "A型肉毒毒素注射", "注射医生;美容主诊医师", "持A型肉毒毒素注射培训合格证明，执业满2年", "每年", "有效"),
    ("三级", "重睑成形术", "美容主诊医师", "美容主诊医师资格，独立完成该术式50例以上", "每两年", "有效"),
    ("三级", "隆鼻术（假体）", "美容主诊医师", "美容主诊医师资格，执业满6年，经门诊主任审批", "每两年", "有效"),
    ("三级", "吸脂术", "美容主诊医师", "美容主诊医师资格，需麻醉医师在场", "每两年", "有效"),
    ("四级", "自体脂肪面部填充", "美容主诊医师", "经区域医疗总监专项授权", "每年", "暂停（2025-05起暂停开展）"),
    ("非医疗", "皮肤清洁与补水护理", "皮肤管理师", "美容师职业资格证书", "每年", "有效"),
]


def mb05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["项目级别", "项目名称", "可执行岗位", "准入条件", "复评周期", "授权状态"])
    for row in PRIV:
        w.writerow(row)
    (OUT / "mb05_医美项目分级授权目录.csv").write_text(buf.getvalue(), encoding="utf-8-sig")
    GT["mb05_医美项目分级授权目录.csv"] = {"layout": "privileging list, BOM, CRLF, ';'-separated multi-post cell, one 暂停 row",
                                        "rows": PRIV}


# ---------------------------------------------------------------- mb06 html careers (css radio tabs)
JOBS = [
    dict(id="fd", title="前台客服", meta="客服中心 ｜ 上海静安 / 杭州滨江 ｜ 5000—6500元/月",
         duty=["负责来院顾客的接待、身份登记与分诊引导", "通过电话、企业微信和美团平台接受预约，维护医生排期表",
               "对线上咨询进行初步筛选，将有意向的顾客转交美学设计师", "维护候诊区秩序，为顾客提供茶水和术后等候服务",
               "每日下班前核对次日预约并发送到诊提醒"],
         req=["大专及以上学历，专业不限", "普通话标准，形象气质佳，身高不作硬性要求",
              "1年以上前台、酒店或客服工作经验", "能适应A/B两班倒"],
         perks="五险一金、员工项目内购价、带薪年假"),
    dict(id="vip", title="客户经理（会员）", meta="会员中心 ｜ 三地门诊 ｜ 7000—10000元/月＋储值提成",
         duty=["维护名下会员关系，建立会员档案并定期分层回访", "办理储值卡、疗程卡的开卡、续费与消耗核对",
               "根据会员疗程周期邀约复购，完成月度储值业绩", "策划并执行季度会员沙龙等会员活动",
               "受理会员投诉并在24小时内给出初步处理意见"],
         req=["大专及以上学历，市场营销等相关专业优先", "2年以上高端会员服务或医美、奢侈品销售经验",
              "熟练使用CRM系统", "具有良好的沟通与抗压能力"],
         perks="五险一金、季度奖金、节日福利"),
    dict(id="skin", title="皮肤管理师", meta="光电皮肤中心 ｜ 广州天河 ｜ 6000—8500元/月＋手工费",
         duty=["为顾客提供皮肤检测和非医疗类皮肤护理", "配合医生完成光电项目前后的清洁与修复护理",
               "为顾客建立皮肤档案并提供居家护肤建议"],
         req=["中专及以上学历", "持美容师职业资格证书（中级及以上）", "2年以上皮肤管理经验"],
         perks="包工作餐、技能培训、晋升为资深皮肤管理师"),
]
CLOSED = dict(title="美学设计师（咨询师）", meta="咨询部 ｜ 上海静安 ｜ 已招满", note="该职位已招满，停止投递。")


def mb06():
    css = ("<style>.job{border:1px solid #eee;margin:16px;padding:12px}.tabs input{display:none}"
           ".tabs .panel{display:none}.tabs input:checked+label+.panel{display:block}.closed{opacity:.4}</style>")
    L = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>加入我们 - {COMPANY}</title>", css, "</head>", "<body>",
         '<nav><a href="/">首页</a> | <a href="/doctors">专家团队</a> | <a href="/join">加入我们</a></nav>',
         "<h1>加入颜序，一起做有温度的医美</h1>",
         "<p>我们在上海、杭州、广州设有三家门诊部，以下职位长期招聘。</p>"]
    for j in JOBS:
        L.append(f'<section class="job" id="{j["id"]}">')
        L.append(f'<h2>{j["title"]}</h2>')
        L.append(f'<p class="meta">{j["meta"]}</p>')
        L.append('<div class="tabs">')
        L.append(f'<input type="radio" name="t-{j["id"]}" id="{j["id"]}-1" checked><label for="{j["id"]}-1">工作内容</label>')
        L.append('<div class="panel"><ul>')
        for d in j["duty"]:
            L.append(f"<li>{d}</li>")
        L.append("</ul></div>")
        L.append(f'<input type="radio" name="t-{j["id"]}" id="{j["id"]}-2"><label for="{j["id"]}-2">我们希望你</label>')
        L.append('<div class="panel"><ul>')
        for d in j["req"]:
            L.append(f"<li>{d}</li>")
        L.append("</ul></div>")
        L.append(f'<input type="radio" name="t-{j["id"]}" id="{j["id"]}-3"><label for="{j["id"]}-3">福利待遇</label>')
        L.append(f'<div class="panel"><p>{j["perks"]}</p></div>')
        L.append("</div>")
        L.append("</section>")
    L.append('<section class="job closed">')
    L.append(f'<h2>{CLOSED["title"]}</h2>')
    L.append(f'<p class="meta">{CLOSED["meta"]}</p>')
    L.append(f'<p>{CLOSED["note"]}</p>')
    L.append("</section>")
    L.append("<footer>简历投递：hr@yanxu-med.example　|　本页面信息更新于2025年6月</footer>")
    L.append("</body>")
    L.append("</html>")
    (OUT / "mb06_加入我们.html").write_text("\n".join(L) + "\n", encoding="utf-8")
    GT["mb06_加入我们.html"] = {"layout": "careers page, each posting a <section> with CSS-only radio tabs (工作内容/我们希望你/福利待遇), "
                                        "meta line 'dept ｜ city ｜ pay'; closed 美学设计师 posting",
                               "jobs": JOBS, "closed": CLOSED}


# ---------------------------------------------------------------- mb07 pdf compliance
COMP = dict(
    title="合规专员", dept="质量与合规部", boss="门诊主任", loc="上海静安门诊部（兼管杭州、广州两地）",
    edu="本科及以上学历，法学、药学或临床医学专业",
    exp="2年以上医疗机构合规、医务管理或药品质量管理经验",
    cert="无强制要求；持执业药师资格证书者优先",
    duties=["审核门诊各类宣传物料与线上广告，确保取得《医疗广告审查证明》后方可发布",
            "检查知情同意书、病历与术前告知的签署完整性，每月抽查不少于50份",
            "开展药品与耗材溯源检查，核对玻尿酸、肉毒毒素的进货票据和批号",
            "核查医师执业资质与项目授权，防止超范围执业",
            "组织迎接卫健委、市场监管部门检查，跟踪整改闭环"],
    kpi=[("医疗广告违规次数", "25%", "0次"), ("知情同意书签署完整率", "25%", "100%"),
         ("资质核查覆盖率", "20%", "100%"), ("整改按期完成率", "20%", "≥95%"), ("合规培训场次", "10%", "≥2场/季度")],
)


def mb07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("WQY", fp, subfontIndex=0))
        fn = "WQY"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        fn = "STSong-Light"
    h = ParagraphStyle("h", fontName=fn, fontSize=15, leading=22)
    s = ParagraphStyle("s", fontName=fn, fontSize=10.5, leading=16)
    sm = ParagraphStyle("sm", fontName=fn, fontSize=9, leading=13)
    story = [Paragraph("颜序医美质量与合规管理制度（节选）", h), Spacer(1, 6),
             Paragraph("第一条　为规范医疗美容执业行为，设立质量与合规部，配备合规专员。", s),
             Paragraph("第二条　院感管理员的岗位说明书由院感科另行制定，不在本制度范围内。", s),
             Paragraph("第三条　合规专员岗位说明如下表。", s), Spacer(1, 6)]
    cell = lambda t: Paragraph(t, sm)
    facts = [[cell("岗位名称"), cell(COMP["title"]), cell("所属部门"), cell(COMP["dept"])],
             [cell("直属上级"), cell(COMP["boss"]), cell("工作地点"), cell(COMP["loc"])],
             [cell("学历专业"), cell(COMP["edu"]), "", ""],
             [cell("工作经验"), cell(COMP["exp"]), "", ""],
             [cell("资格证书"), cell(COMP["cert"]), "", ""]]
    t = Table(facts, colWidths=[60, 170, 60, 170])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), fn),
                           ("SPAN", (1, 2), (3, 2)), ("SPAN", (1, 3), (3, 3)), ("SPAN", (1, 4), (3, 4)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += [t, Spacer(1, 8), Paragraph("第四条　合规专员的主要职责：", s)]
    for i, d in enumerate(COMP["duties"], 1):
        story.append(Paragraph(f"（{i}）{d}；", s))
    story += [Spacer(1, 8), Paragraph("第五条　合规专员按季度考核，考核指标如下：", s), Spacer(1, 4)]
    rows = [["序号", "考核指标", "权重", "目标值"]] + [[str(i), a, b, c] for i, (a, b, c) in enumerate(COMP["kpi"], 1)]
    kt = Table(rows, colWidths=[40, 180, 60, 100])
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), fn),
                            ("FONTSIZE", (0, 0), (-1, -1), 10), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [kt, Spacer(1, 8),
              Paragraph("第六条　本制度由质量与合规部负责解释，自2025年1月1日起施行。", s)]

    def on_page(canv, doc):
        canv.setFont(fn, 8)
        canv.drawString(40, 20, f"YX-QC-001　第{doc.page}页")

    SimpleDocTemplate(str(OUT / "mb07_质量与合规管理制度.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50).build(story, onFirstPage=on_page, onLaterPages=on_page)
    GT["mb07_质量与合规管理制度.pdf"] = {"layout": "PDF regulation of 第N条 articles, fact grid with spans, （N） duties, KPI table; 院感管理员 named only",
                                    "post": COMP}


# ---------------------------------------------------------------- mb08 md (mkdocs content tabs)
def mb08():
    md = """---
title: 新员工入职指南（门诊篇）
updated: 2025-06-01
---

# 新员工入职指南（门诊篇）

欢迎加入颜序医美！下面按岗位整理了你第一周最常问的问题。点开你所在岗位的标签页即可。

!!! tip "报到"
    报到当天 9:00 到所在门诊部前台，找人力资源部领取工牌和工服。

=== "美学设计师（咨询师）"

    **你的上级**：咨询总监（咨询部）

    **上班时间**：门店班 10:00—19:00，做五休二，周末一般不休息。

    **你每天要做的事**：

    1. 接待到诊顾客，进行一对一面诊沟通，了解求美需求和预算；
    2. 结合医生意见为顾客制定美学设计方案，说明项目、疗程和价格；
    3. 促成成交并开具收费单，不得夸大效果或承诺“包满意”；
    4. 陪同顾客完成术前告知书签署，确保合规；
    5. 将成交顾客移交给客户经理（会员），做好术后回访衔接。

    **入职要求**：大专及以上学历；1年以上医美咨询或高端服务销售经验；新人须通过《医美咨询合规考试》后方可独立接诊。

=== "美容护士"

    **你的上级**：护士长

    **上班时间**：早班、晚班两班轮换，具体以护理部排班为准。

    **第一周**：跟随带教老师熟悉手术间布局和器械包，第一周不单独跟台。

=== "前台客服"

    **你的上级**：客服主管

    **上班时间**：A班 9:00—18:00 或 B班 12:00—21:00。

    **第一周**：学习预约系统和分诊流程，熟悉各项目价目表。

## 常见问题

**Q：试用期多久？**
A：所有岗位试用期均为3个月。

**Q：能不能给朋友做项目打折？**
A：员工亲友可享受内购价，具体见《员工福利手册》（略）。
"""
    (OUT / "mb08_新员工入职指南.md").write_text(md, encoding="utf-8")
    GT["mb08_新员工入职指南.md"] = {"layout": "MkDocs-Material content tabs (=== \"post\") with 4-space indented bodies (look like code blocks), "
                                          "YAML front matter, !!! tip admonition, bold labels", "posts": ["美学设计师（咨询师）", "美容护士", "前台客服"]}


# ---------------------------------------------------------------- mb09 gbk policy + notice
def mb09():
    txt = """颜序医疗美容门诊连锁
排班与考勤管理规定
（YX-HR-KQ-2025）

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

第一条　各门诊部实行综合排班，班次代码以《编制与薪酬总表》“班次代码”表为准。
第二条　员工应提前10分钟到岗换好工服。迟到15分钟以内每次扣款50元，超过30分钟按旷工半天处理。
第三条　医生常白班每周轮休两天，其中周二为固定休息日；护理部实行早晚两班轮换，每月夜间手术顺延超过1小时的计加班。
第四条　前台客服实行A/B两班倒，A班9:00—18:00，B班12:00—21:00，每周由客服主管排定。
第五条　调班须提前一天在OA提交申请，经直属上级批准。
第六条　年休假按国家规定执行，具体天数以人力资源部核定为准。

＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊

附：人事调整通知（2025年6月18日）

　　根据院感管理要求，自2025年7月1日起，消毒供应员的直属上级由护士长调整为院感管理员，消毒供应员的班次由常日班（8:00—16:30）调整为行政班（9:00—17:30）。其他岗位不变。

　　　　　　　　　　　　　　　　　　　　　　人力资源部
　　　　　　　　　　　　　　　　　　　　　　2025年6月18日
"""
    (OUT / "mb09_排班与考勤管理规定.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    GT["mb09_排班与考勤管理规定.txt"] = {"layout": "GBK CRLF policy of 第N条, ＊ separators, appended notice moving 消毒供应员's boss to 院感管理员 and shift to 行政班 from 2025-07-01"}


# ---------------------------------------------------------------- mb10 utf-16 path-style KB export
def mb10():
    lines = ["# 知识库导出：客服与会员中心 / 岗位说明", "# 导出时间 2025-05-30 14:02　导出人 王敏（客服主管）", ""]
    fd = [("所属部门", "客服中心"), ("直属上级", "客服主管"), ("学历要求", "大专及以上"),
          ("岗位职责/01", "负责前台接待、登记与分诊，引导顾客至面诊室或治疗室"),
          ("岗位职责/02", "管理各渠道预约，确保医生排期准确、不冲突"),
          ("岗位职责/03", "到诊顾客的费用单据核对与转交收银"),
          ("岗位职责/04", "处理顾客现场咨询与一般投诉，重大投诉转客服主管"),
          ("岗位职责/05", "整理当日来访数据，填写前台日报"),
          ("任职资格/01", "大专及以上学历"), ("任职资格/02", "1年以上服务行业前台经验"),
          ("任职资格/03", "会使用办公软件和预约系统"),
          ("班次", "A/B两班倒")]
    vip = [("所属部门", "会员中心"), ("直属上级", "会员中心主管"), ("学历要求", "大专及以上"),
           ("岗位职责/01", "负责名下会员的日常维护与分层管理"),
           ("岗位职责/02", "办理储值卡、疗程卡业务并核对消耗"),
           ("岗位职责/03", "按疗程周期邀约会员复购，完成储值业绩"),
           ("岗位职责/04", "组织会员活动与生日关怀"),
           ("岗位职责/05", "跟进会员投诉，协调相关部门处理"),
           ("任职资格/01", "2年以上会员服务或销售经验"), ("任职资格/02", "熟练使用CRM系统"),
           ("工作地点", "上海静安、杭州滨江、广州天河")]
    lead = [("所属部门", "客服中心"), ("岗位职责", "（待补充）")]
    for name, rows in [("前台客服", fd), ("客户经理（会员）", vip), ("客服主管", lead)]:
        for k, v in rows:
            lines.append(f"客服与会员中心/{name}/{k}\t{v}")
        lines.append("")
    txt = "\n".join(lines)
    (OUT / "mb10_客服与会员中心岗位说明.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))
    GT["mb10_客服与会员中心岗位说明.txt"] = {"layout": "UTF-16LE BOM, knowledge-base export: one 'path/to/post/field<TAB>value' line per fact; "
                                                "客服主管 has an empty (待补充) duty field", "posts": {"前台客服": fd, "客户经理（会员）": vip, "客服主管": lead}}


if __name__ == "__main__":
    for f in (mb01, mb02, mb03, mb04, mb05, mb06, mb07, mb08, mb09, mb10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
