"""Round 38 blind trial: 瑞宠动物医院集团 (pet-hospital chain), 10 HR documents.

Run: T38_OUT=/tmp/t38pet/corpus /tmp/genv/bin/python gen.py
"""
import copy
import csv
import io
import os
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T38_OUT", "/tmp/t38pet/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "瑞宠动物医院集团"


# ---------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n") if isinstance(text, str) else text
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def field_run_complex(p, instr, result):
    """A complex field (MERGEFIELD) with a cached result, as mail merge leaves it."""
    def r_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        p._p.append(r)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r_with(s)
    t = OxmlElement("w:t"); t.text = result; r_with(t)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r_with(e)


def field_simple(p, instr, result):
    fs = OxmlElement("w:fldSimple")
    fs.set(qn("w:instr"), f" {instr} ")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t"); t.text = result
    r.append(t); fs.append(r)
    p._p.append(fs)


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>')
    tcPr.append(shd)


def page_field(p, instr):
    field_run_complex(p, instr, "1")


def tracked(p, kind, text, author="王敏", date="2025-08-20T10:00:00Z", rid=[100]):
    rid[0] += 1
    el = OxmlElement("w:ins" if kind == "ins" else "w:del")
    el.set(qn("w:id"), str(rid[0])); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t" if kind == "ins" else "w:delText")
    t.set(qn("xml:space"), "preserve"); t.text = text
    r.append(t); el.append(r)
    p._p.append(el)


def plain(p, text, bold=False):
    r = p.add_run(text); r.bold = bold
    return r


# ---------------------------------------------------------------- F1 临床岗位说明书 (mail-merge fields)
CLIN = [
    {
        "name": "执业兽医师", "code": "RC-YL-02", "dept": "医疗部（门诊）", "boss": "医疗主管", "subs": "兽医助理",
        "hc": "各院区3-6人", "loc": "各院区",
        "mission": "在医疗主管领导下，独立承担犬猫常见病的诊断与治疗，保障诊疗质量与医疗安全。",
        "duties": [
            ("门诊诊疗", ["a) 接诊犬猫门诊病例，完成问诊、体格检查并书写电子病历；",
                       "b) 根据病情开具检验、影像检查单，结合结果作出诊断并制定治疗方案；",
                       "c) 向宠主解释病情、治疗方案及预估费用，取得知情同意。"], "处方权、检查开单权"),
            ("手术与麻醉", ["a) 主刀或协助完成绝育、清创缝合等常规软组织手术；",
                        "b) 术前评估麻醉风险（ASA分级），术中监护，术后下达护理医嘱。"], "手术方案决定权"),
            ("住院与会诊", ["a) 负责分管住院病例的每日查房与医嘱调整；",
                        "b) 疑难病例发起院内会诊或向区域转诊中心转诊。"], "会诊申请权"),
            ("医疗质量与安全", ["a) 严格执行兽用处方药管理规定，规范使用麻醉及精神类药品；",
                           "b) 发生医疗纠纷时第一时间报告医疗主管并保全病历资料。"], "—"),
            ("带教", ["指导兽医助理完成保定、采血、输液等操作，每月至少组织1次病例讨论。"], "—"),
        ],
        "qual": [
            ("学历", "大专及以上", "本科及以上"),
            ("专业", "动物医学、兽医学相关专业", "临床兽医学方向"),
            ("证书", "执业兽医师资格证书（已在执业地完成注册）", "中国兽医协会继续教育学分证明"),
            ("经验", "1年以上小动物临床工作经验", "3年以上，能独立完成骨科手术"),
            ("能力", "熟悉犬猫常见内外科疾病诊疗，能判读血常规、生化及DR影像", "能阅读英文专业文献"),
        ],
    },
    {
        "name": "兽医助理", "code": "RC-YL-05", "dept": "医疗部（门诊/住院）", "boss": "执业兽医师", "subs": "无",
        "hc": "各院区4-8人", "loc": "各院区",
        "mission": "协助执业兽医师完成诊疗、手术与护理操作，保障诊疗流程顺畅和器械安全。",
        "duties": [
            ("诊疗协助", ["a) 协助兽医师完成动物保定、测量体温体重；",
                      "b) 按医嘱完成采血、皮下及静脉输液、给药等操作。"], "—"),
            ("术前术后", ["a) 术前备皮、消毒并准备手术器械包；",
                      "b) 术后苏醒看护，每15分钟记录一次生命体征直至动物清醒。"], "—"),
            ("器械与环境", ["a) 负责诊室及手术室器械的清洗、打包与高压灭菌，并登记灭菌记录；",
                       "b) 每日下班前完成诊室台面及地面消毒。"], "—"),
            ("宠主沟通", ["向宠主讲解喂药、伤口护理、佩戴伊丽莎白圈等居家注意事项。"], "—"),
        ],
        "qual": [
            ("学历", "中专及以上", "大专及以上"),
            ("专业", "畜牧兽医、动物医学等相关专业", "—"),
            ("证书", "无硬性要求", "执业助理兽医师资格证书"),
            ("经验", "接受应届毕业生", "6个月以上宠物医院工作经历"),
            ("其他", "喜爱动物，能适应早晚班轮转及夜班", "—"),
        ],
    },
    {
        "name": "检验技师", "code": "RC-YJ-01", "dept": "医技部（检验室）", "boss": "医技主管", "subs": "无",
        "hc": "每院区1-2人", "loc": "各院区",
        "mission": "按规范完成临床检验并及时出具准确的检验报告，为诊断提供依据。",
        "duties": [
            ("样本检测", ["a) 完成血常规、血生化、血气、尿液及粪便检查；",
                      "b) 操作并维护血球仪、生化仪等检验设备，每日开机后先做室内质控。"], "—"),
            ("报告审核", ["a) 结果异常时复检，危急值10分钟内电话通知主诊兽医师；",
                      "b) 常规项目报告出具时间不超过30分钟。"], "报告签发权"),
            ("外送与质控", ["a) 负责病理、PCR等外送样本的登记、包装与结果跟踪；",
                       "b) 每季度参加一次室间质评。"], "—"),
            ("生物安全", ["按规定处理检验废弃物，执行实验室生物安全制度。"], "—"),
        ],
        "qual": [
            ("学历", "大专及以上", "本科及以上"),
            ("专业", "动物医学、医学检验技术相关专业", "—"),
            ("证书", "—", "执业助理兽医师资格证书"),
            ("经验", "1年以上检验岗位工作经验", "有IDEXX检验设备操作经验"),
        ],
    },
]


def gen_f1():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO} · 岗位说明书（临床序列）　　文件编号：RC-HR-JD-2025-01　版本：A/2"
    fp = sec.footer.paragraphs[0]
    plain(fp, "人力资源部编制　医疗管理部审核　受控文件，未经许可不得复制　第 ")
    page_field(fp, "PAGE"); plain(fp, " 页")
    doc.add_heading("临床序列岗位说明书（2025版）", 0)
    doc.add_paragraph("说明：本说明书由HR系统模板批量生成（邮件合并），岗位标识区内容取自岗位主数据；"
                      "如与岗位主数据不一致，以主数据为准。")
    for i, post in enumerate(CLIN):
        if i:
            doc.add_page_break()
        doc.add_heading(f"岗位说明书 {i + 1}", 1)
        t = doc.add_table(rows=4, cols=4); t.style = "Table Grid"
        labels = [("岗位名称", "name", "岗位编号", "code"), ("所属部门", "dept", "直接上级", "boss"),
                  ("直接下级", "subs", "岗位定员", "hc"), ("工作地点", "loc", "文件版本", None)]
        for r, (l1, k1, l2, k2) in enumerate(labels):
            set_cell(t.cell(r, 0), l1, True); shade(t.cell(r, 0))
            set_cell(t.cell(r, 2), l2, True); shade(t.cell(r, 2))
            for col, key, lab in ((1, k1, l1), (3, k2, l2)):
                p = t.cell(r, col).paragraphs[0]
                val = post[key] if key else "2025版"
                if key in ("boss", "subs"):
                    field_simple(p, f'MERGEFIELD "{lab}"', val)
                else:
                    field_run_complex(p, f'MERGEFIELD "{lab}"', val)
        doc.add_heading("一、岗位使命", 2)
        doc.add_paragraph(post["mission"])
        doc.add_heading("二、职责与权限", 2)
        dt = doc.add_table(rows=1, cols=4); dt.style = "Table Grid"
        for c, h in enumerate(["序号", "职责领域", "主要工作内容", "权限"]):
            set_cell(dt.cell(0, c), h, True); shade(dt.cell(0, c))
        for n, (area, items, auth) in enumerate(post["duties"], 1):
            row = dt.add_row().cells
            set_cell(row[0], str(n)); set_cell(row[1], area); set_cell(row[2], items); set_cell(row[3], auth)
        doc.add_heading("三、任职条件", 2)
        qt = doc.add_table(rows=1, cols=3); qt.style = "Table Grid"
        for c, h in enumerate(["维度", "必备条件", "优先条件"]):
            set_cell(qt.cell(0, c), h, True); shade(qt.cell(0, c))
        for dim, must, pref in post["qual"]:
            row = qt.add_row().cells
            set_cell(row[0], dim); set_cell(row[1], must); set_cell(row[2], pref)
        doc.add_paragraph("")
        doc.add_paragraph("任职者签字：__________　　部门负责人签字：__________　　日期：____年__月__日")
    doc.save(OUT / "RC01_临床序列岗位说明书_2025版.docx")


# ---------------------------------------------------------------- F2 调整方案 (tracked changes, text box, 略)
def add_textbox(doc, lines):
    p = doc.add_paragraph()
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = (f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
           '<w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:380pt;height:60pt">'
           f'<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    p._p.append(parse_xml(xml))


def gen_f2():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "仿宋"; st.font.size = Pt(12)
    doc.sections[0].header.paragraphs[0].text = "征求意见稿　请勿外传"
    doc.add_heading("关于各院区前厅及美容岗位设置的调整方案（征求意见稿·第3稿）", 1)
    doc.add_paragraph("各院区、各职能部门：")
    doc.add_paragraph("为适应集团在上海、杭州、南京、苏州四城共11家院区的业务发展，规范前厅与美容岗位设置，"
                      "人力资源部会同运营中心拟定本方案，现征求意见，请于9月10日前反馈。")
    doc.add_heading("一、岗位设置", 2)
    p = doc.add_paragraph()
    plain(p, "（一）前台接待。", True)
    plain(p, "前台接待隶属客服部，直接上级为院区客服主管，未设客服主管的院区由院长直接管理。"
             "主要职责：负责到院宠主的接待、挂号分诊与候诊引导；负责预约电话及美团、小程序等线上咨询的回复与预约登记；"
             "负责收银、开具发票及每日营业日结对账；负责会员卡办理、储值与积分兑换的解释；"
             "负责疫苗、驱虫到期客户的回访提醒。")
    p = doc.add_paragraph()
    plain(p, "任职要求：中专及以上学历，1年以上服务行业前台或收银经验，普通话标准，熟练使用电脑办公软件，"
             "有良好的沟通能力与耐心，喜爱宠物。班次：")
    tracked(p, "del", "常日班")
    tracked(p, "ins", "早班、晚班两班轮转")
    plain(p, "。")
    p = doc.add_paragraph()
    plain(p, "（二）宠物美容师。", True)
    plain(p, "美容师隶属美容部，直接上级为美容主管（美容主管暂缺时由院长代管）。"
             "主要职责：按预约完成犬猫洗澡、吹干、修剪指甲、清洁耳道及挤肛门腺等基础护理；"
             "根据宠主要求完成泰迪、比熊、博美等常见犬种的造型修剪；"
             "洗护过程中观察宠物皮肤、耳道、牙齿等异常，发现问题及时告知宠主并建议就诊；"
             "负责美容工具的消毒保养和美容区卫生；向宠主推荐洗护产品及美容套餐。")
    p = doc.add_paragraph()
    plain(p, "任职要求：中专及以上学历；持有C级及以上宠物美容师证书；2年以上宠物美容工作经验，"
             "能独立完成常见犬种造型；能正确处理猫咪应激反应。")
    p = doc.add_paragraph()
    plain(p, "薪酬：底薪按各城市薪酬标准执行，另计美容提成，提成比例为单项美容服务费的")
    tracked(p, "del", "10%", author="李涛", date="2025-08-22T09:00:00Z")
    tracked(p, "ins", "12%", author="李涛", date="2025-08-22T09:00:00Z")
    plain(p, "。班次：美容班10:00—19:00，每周轮休一天（周一至周五中选择，周末原则上不安排轮休）。")
    p = doc.add_paragraph()
    plain(p, "（三）住院护理员。", True)
    plain(p, "略（见住院部岗位说明书）。")
    p = doc.add_paragraph()
    plain(p, "（四）宠物行为训练师。", True)
    plain(p, "拟于2026年在上海旗舰院试点设置，岗位职责与任职条件另行制定。")
    doc.add_heading("二、夜班补贴", 2)
    doc.add_paragraph("夜班补贴标准见下方提示框。")
    add_textbox(doc, ["【提示】夜班（22:00—次日08:30）补贴标准：执业兽医师每班200元，兽医助理每班120元，前台接待每班80元。"])
    doc.add_heading("三、实施时间", 2)
    doc.add_paragraph("本方案经总经理办公会审议通过后，自2025年10月1日起执行。")
    p = doc.add_paragraph()
    r = plain(p, "[批注 王敏（人力资源部）：美容提成比例上调需财务部复核后定稿；前台学历要求是否提高至大专请运营中心再议。]")
    r.italic = True
    doc.add_paragraph("人力资源部　　2025年8月")
    doc.save(OUT / "RC02_前厅及美容岗位设置调整方案_征求意见稿v3.docx")


# ---------------------------------------------------------------- F3 KPI 指标库 (BSC quadrants, side-by-side tables)
HDR = ["指标名称", "权重", "目标值", "计算公式", "方向"]
BSC = {
    "院长": {
        "title": "院长年度平衡计分卡（BSC）考核表",
        "quads": [
            ("财务维度（35%）", [("营业收入达成率", 0.15, "≥100%", "实际营业收入÷年度目标×100%", "↑"),
                            ("毛利率", 0.10, "≥55%", "（营业收入-直接成本）÷营业收入", "↑"),
                            ("人力成本占比", 0.10, "≤35%", "人力成本÷营业收入", "↓")]),
            ("客户维度（25%）", [("客户满意度", 0.10, "≥95分", "回访满意度调查平均分", "↑"),
                            ("有效投诉次数", 0.05, "≤2次/季度", "经核实的有效投诉数", "↓"),
                            ("会员复购率", 0.10, "≥60%", "90天内再次消费会员数÷活跃会员数", "↑")]),
            ("内部流程维度（25%）", [("重大医疗差错", 0.10, "0起", "经医疗质量委员会认定的差错数", "↓"),
                              ("院感消毒抽查合格率", 0.10, "100%", "抽查合格次数÷抽查总次数", "↑"),
                              ("药品耗材盘点差异率", 0.05, "≤0.5%", "盘点差异金额÷账面库存金额", "↓")]),
            ("学习与成长维度（15%）", [("核心员工流失率", 0.05, "≤15%", "核心员工离职人数÷平均在岗人数", "↓"),
                               ("员工培训完成率", 0.05, "≥95%", "完成培训人次÷应培训人次", "↑"),
                               ("医生持证上岗率", 0.05, "100%", "持证执业兽医师人数÷在岗兽医师人数", "↑")]),
        ],
    },
    "区域运营经理": {
        "title": "区域运营经理年度平衡计分卡（BSC）考核表",
        "quads": [
            ("财务维度（35%）", [("区域营收达成率", 0.15, "≥100%", "区域实际营收÷区域年度目标", "↑"),
                            ("区域利润率", 0.10, "≥18%", "区域净利润÷区域营收", "↑"),
                            ("新院开业计划完成率", 0.10, "100%", "按期开业院区数÷计划开业院区数", "↑")]),
            ("客户维度（20%）", [("区域客户满意度", 0.10, "≥95分", "所辖院区满意度加权平均", "↑"),
                            ("区域会员增长率", 0.10, "≥20%", "（期末会员数-期初会员数）÷期初会员数", "↑")]),
            ("内部流程维度（25%）", [("运营巡检达标率", 0.15, "≥90%", "巡检达标项÷巡检总项", "↑"),
                              ("升级客诉处理及时率", 0.10, "100%", "48小时内闭环的升级客诉÷升级客诉总数", "↑")]),
            ("学习与成长维度（20%）", [("储备院长培养人数", 0.10, "≥2人/年", "通过储备院长认证的人数", "↑"),
                               ("区域编制达成率", 0.10, "≥95%", "在岗人数÷核定编制", "↑")]),
        ],
    },
}
FRONT = [("预约到诊率", 0.20, "≥85%", "到诊预约数÷预约总数"),
         ("收银差错次数", 0.20, "0次", "每出现1次扣5分，扣完为止"),
         ("线上咨询响应时长", 0.15, "≤3分钟", "营业时间内首次响应平均时长"),
         ("会员卡办理数", 0.15, "≥20张/月", "当月新办会员卡张数"),
         ("疫苗驱虫回访完成率", 0.20, "100%", "已回访客户数÷应回访客户数"),
         ("前台服务满意度", 0.10, "≥95%", "满意评价数÷评价总数")]
GROOM = [("美容服务单量", 0.30, "≥120单/月", "当月完成的美容及洗护单数"),
         ("美容客诉次数", 0.20, "0次", "每出现1次有效客诉扣10分"),
         ("美容复购率", 0.20, "≥50%", "60天内再次到店美容客户数÷美容客户数"),
         ("洗护产品销售额", 0.15, "≥3000元/月", "个人名下洗护产品销售额"),
         ("美容区卫生检查合格率", 0.15, "100%", "检查合格次数÷检查次数")]
VET = [("门诊接诊量", 0.20, "≥300例/月", "当月接诊门诊病例数"),
       ("病历书写合格率", 0.15, "≥95%", "抽查合格病历数÷抽查病历数"),
       ("医疗纠纷次数", 0.15, "0次", "经认定由本人责任引起的纠纷数"),
       ("复诊率", 0.15, "≥40%", "复诊病例数÷初诊病例数"),
       ("手术并发症发生率", 0.15, "≤2%", "术后并发症例数÷手术例数"),
       ("宠主满意度", 0.10, "≥95%", "满意评价数÷评价总数"),
       ("病例讨论组织次数", 0.10, "≥1次/月", "组织或主讲病例讨论次数")]
LAB = [("常规报告及时率", 0.30, "≥98%", "30分钟内出具的常规报告数÷常规报告总数"),
       ("室内质控合格率", 0.30, "100%", "质控在控天数÷开机天数"),
       ("危急值通报及时率", 0.20, "100%", "10分钟内通报的危急值数÷危急值总数"),
       ("检验差错次数", 0.20, "0次", "经复核确认的报告差错数")]

CACHED = {}  # (sheet, cell) -> cached value for formula cells


def gen_f3():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "填表说明"
    for i, line in enumerate([
        "2025年度KPI指标库 填表说明",
        "1. 本指标库适用于集团各院区及运营中心，2025年1月1日起执行。",
        "2. 各岗位指标权重合计须为100%，表中“权重合计”为公式自动计算。",
        "3. 目标值为集团基准值，院区可在报区域运营经理批准后上下浮动10%以内。",
        "4. 方向：↑ 表示越高越好，↓ 表示越低越好。",
        "5. 兽医助理、住院护理员、药房管理员的考核表由各院区自行制定，报人力资源部备案。",
    ], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 90
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for post, spec in BSC.items():
        s = wb.create_sheet(f"{post}BSC")
        s.merge_cells("A1:K1"); s["A1"] = spec["title"]; s["A1"].font = Font(bold=True, size=14)
        s["A1"].alignment = Alignment(horizontal="center")
        s["A2"] = f"考核对象：{post}"; s["D2"] = "考核周期：年度（季度跟踪）"; s["G2"] = "数据来源：财务系统、HIS系统、回访系统"
        # quadrants: TL at (4,1), TR at (4,7), BL at (10,1), BR at (10,7)
        anchors = [(4, 1), (4, 7), (10, 1), (10, 7)]
        wcells = []
        for (r0, c0), (qname, rows) in zip(anchors, spec["quads"]):
            s.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 4)
            s.cell(r0, c0, qname).font = bold; s.cell(r0, c0).fill = fill
            for j, h in enumerate(HDR):
                s.cell(r0 + 1, c0 + j, h).font = bold
            for k, row in enumerate(rows):
                for j, v in enumerate(row):
                    c = s.cell(r0 + 2 + k, c0 + j, v)
                    if j == 1:
                        c.number_format = "0%"; wcells.append(c.coordinate)
        s["A16"] = "权重合计"; s["A16"].font = bold
        s["B16"] = "=SUM(" + ",".join(wcells) + ")"; s["B16"].number_format = "0%"
        CACHED[(s.title, "B16")] = 1
        s["A17"] = "备注：年度得分=∑(指标得分×权重)；重大医疗事故或重大安全事故实行一票否决。"
        for col in "ABCDEFGHIJK":
            s.column_dimensions[col].width = 16
    # side-by-side tables
    s = wb.create_sheet("门店服务岗")
    s["A1"] = "门店服务岗位月度KPI考核表（2025）"; s["A1"].font = Font(bold=True, size=14)
    for c0, title, rows in ((1, "前台接待月度KPI", FRONT), (8, "宠物美容师月度KPI", GROOM)):
        s.merge_cells(start_row=3, start_column=c0, end_row=3, end_column=c0 + 4)
        s.cell(3, c0, title).font = bold; s.cell(3, c0).fill = fill
        for j, h in enumerate(["序号", "指标名称", "权重", "目标值", "评分规则"]):
            s.cell(4, c0 + j, h).font = bold
        for k, (n, w, tgt, rule) in enumerate(rows):
            r = 5 + k
            s.cell(r, c0, k + 1); s.cell(r, c0 + 1, n); s.cell(r, c0 + 2, w).number_format = "0%"
            s.cell(r, c0 + 3, tgt); s.cell(r, c0 + 4, rule)
        last = 5 + len(rows)
        s.cell(last, c0 + 1, "权重合计")
        col = openpyxl.utils.get_column_letter(c0 + 2)
        s.cell(last, c0 + 2, f"=SUM({col}5:{col}{last - 1})").number_format = "0%"
        CACHED[(s.title, f"{col}{last}")] = 1
    for col in "ABCDEFGHIJKL":
        s.column_dimensions[col].width = 15
    # stacked clinical tables, post named in a merged title row
    s = wb.create_sheet("医疗医技岗")
    r = 1
    for post, rows in (("执业兽医师", VET), ("检验技师", LAB)):
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        s.cell(r, 1, f"考核岗位：{post}　　考核周期：月度").font = Font(bold=True, size=12)
        r += 1
        for j, h in enumerate(["序号", "KPI指标", "权重", "目标值", "计算方法", "评分标准"]):
            s.cell(r, 1 + j, h).font = bold
        first = r + 1
        for k, (n, w, tgt, f) in enumerate(rows):
            r += 1
            s.cell(r, 1, k + 1); s.cell(r, 2, n); s.cell(r, 3, w).number_format = "0%"
            s.cell(r, 4, tgt); s.cell(r, 5, f); s.cell(r, 6, "达到目标值得满分，未达到按比例得分")
        r += 1
        s.cell(r, 2, "权重合计"); s.cell(r, 3, f"=SUM(C{first}:C{r - 1})").number_format = "0%"
        CACHED[(s.title, f"C{r}")] = 1
        r += 3
    for col in "ABCDEF":
        s.column_dimensions[col].width = 20
    path = OUT / "RC03_2025年度KPI指标库.xlsx"
    wb.save(path)
    add_cached_values(path)


def add_cached_values(path):
    """openpyxl writes formulas without a cached value; Excel would store one. Add them."""
    zin = zipfile.ZipFile(path)
    wbxml = zin.read("xl/workbook.xml").decode()
    names = re.findall(r'<sheet [^>]*name="([^"]+)"[^>]*r:id="rId(\d+)"', wbxml)
    sheetfile = {n: f"xl/worksheets/sheet{i}.xml" for n, i in names}
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        for (sh, cell), val in CACHED.items():
            if sheetfile.get(sh) == item.filename:
                txt = data.decode()
                txt = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)<v\s*/?>(</v>)?', rf'\1\2<v>{val}</v>', txt)
                txt = re.sub(rf'(<c r="{cell}"[^>]*>)(<f>[^<]*</f>)(</c>)', rf'\1\2<v>{val}</v>\3', txt)
                data = txt.encode()
        zout.writestr(item, data)
    zout.close(); zin.close()
    Path(path).write_bytes(buf.getvalue())


# ---------------------------------------------------------------- F4 编制与薪酬 (sheet per city, merged header, comments)
POSTS4 = ["院长", "执业兽医师", "兽医助理", "检验技师", "影像技师", "住院护理员", "药房管理员", "前台接待", "宠物美容师"]
SHIFT = {"院长": "常日班", "执业兽医师": "早晚班轮转+夜班轮值", "兽医助理": "早晚班轮转+夜班轮值",
         "检验技师": "早晚班", "影像技师": "常日班", "住院护理员": "三班倒", "药房管理员": "早晚班",
         "前台接待": "早晚班", "宠物美容师": "美容班10:00-19:00"}
PAY = {
    "上海": {"院长": (15000, 5000), "执业兽医师": (9000, 3000), "兽医助理": (5000, 1000), "检验技师": (6500, 1000),
             "影像技师": (7000, 1000), "住院护理员": (5000, 800), "药房管理员": (5500, 800), "前台接待": (4800, 700),
             "宠物美容师": (4500, None)},
    "杭州": {"院长": (13000, 4000), "执业兽医师": (8000, 2500), "兽医助理": (4500, 900), "检验技师": (6000, 900),
             "住院护理员": (4600, 700), "药房管理员": (5000, 700), "前台接待": (4300, 600), "宠物美容师": (4200, None)},
    "南京": {"院长": (12000, 4000), "执业兽医师": (7500, 2500), "兽医助理": (4200, 800), "检验技师": (5500, 800),
             "影像技师": (6000, 800), "住院护理员": (4300, 700), "药房管理员": (4800, 700), "前台接待": (4000, 600),
             "宠物美容师": (4000, None)},
}
HC = {"上海": 4, "杭州": 3, "南京": 2}
REQ = [("院长", "本科及以上", "动物医学、兽医学或管理类", "5年以上宠物医院工作经验，3年以上管理经验", "执业兽医师资格证书（非医疗背景院长可不持证）"),
       ("执业兽医师", "大专及以上", "动物医学、兽医学", "1年以上小动物临床经验", "执业兽医师资格证书"),
       ("兽医助理", "中专及以上", "畜牧兽医、动物医学", "接受应届生", "无"),
       ("检验技师", "大专及以上", "动物医学、医学检验技术", "1年以上检验岗位经验", "无"),
       ("影像技师", "大专及以上", "医学影像技术、动物医学", "1年以上", "放射工作人员证"),
       ("住院护理员", "中专及以上", "畜牧兽医相关专业优先", "接受应届生", "无"),
       ("药房管理员", "中专及以上", "药学、兽药或动物医学", "1年以上药房或兽药店工作经验", "无"),
       ("前台接待", "中专及以上", "不限", "1年以上服务行业前台或收银经验", "无"),
       ("宠物美容师", "中专及以上", "不限", "2年以上宠物美容工作经验", "C级及以上宠物美容师证书")]


def gen_f4():
    wb = openpyxl.Workbook()
    first = True
    bold = Font(bold=True)
    for city, pay in PAY.items():
        s = wb.active if first else wb.create_sheet()
        first = False
        s.title = city
        s.merge_cells("A1:H1")
        s["A1"] = f"{city}院区　岗位编制与薪酬标准（2025年7月起执行）"; s["A1"].font = Font(bold=True, size=13)
        s["A2"] = f"院区数：{HC[city]}家　　单位：元/月（税前）"
        for rng, v in (("A3:A4", "岗位"), ("B3:B4", "单院编制（人）"), ("C3:C4", "班次"),
                       ("D3:F3", "薪酬（元/月）"), ("G3:G4", "备注")):
            s.merge_cells(rng); s[rng.split(":")[0]] = v; s[rng.split(":")[0]].font = bold
            s[rng.split(":")[0]].alignment = Alignment(horizontal="center", vertical="center")
        for j, h in enumerate(["底薪", "绩效工资（目标）", "月度合计"]):
            s.cell(4, 4 + j, h).font = bold
        r = 5
        for post in POSTS4:
            if post not in pay:
                continue
            base, perf = pay[post]
            s.cell(r, 1, post)
            s.cell(r, 2, {"院长": 1, "执业兽医师": 4, "兽医助理": 6, "检验技师": 1, "影像技师": 1,
                          "住院护理员": 3, "药房管理员": 1, "前台接待": 3, "宠物美容师": 2}[post])
            s.cell(r, 3, SHIFT[post]); s.cell(r, 4, base)
            if perf is None:
                s.cell(r, 5, "按提成"); s.cell(r, 6, f"{base}+美容提成"); s.cell(r, 7, "提成比例见调整方案")
            else:
                s.cell(r, 5, perf); s.cell(r, 6, f"=D{r}+E{r}")
                CACHED[(city, f"F{r}")] = base + perf
            if post == "执业兽医师":
                s.cell(r, 4).comment = Comment("另计手术提成：主刀手术按手术费的5%计提。", "人力资源部")
                s.cell(r, 7, "夜班另计夜班补贴")
            r += 1
        if city == "杭州":
            s.cell(r, 1, "注：杭州院区暂不单设影像技师，DR及B超检查由执业兽医师兼任。")
        for col, w in zip("ABCDEFG", (14, 14, 22, 10, 16, 16, 24)):
            s.column_dimensions[col].width = w
    s = wb.create_sheet("任职要求速查")
    for j, h in enumerate(["岗位", "最低学历", "专业", "工作经验", "必备证书"]):
        s.cell(1, 1 + j, h).font = bold
    for i, row in enumerate(REQ, 2):
        for j, v in enumerate(row):
            s.cell(i, 1 + j, v)
    s.freeze_panes = "B2"
    for col, w in zip("ABCDE", (14, 14, 26, 36, 40)):
        s.column_dimensions[col].width = w
    path = OUT / "RC04_各城市院区编制与薪酬标准.xlsx"
    wb.save(path)
    add_cached_values(path)


# ---------------------------------------------------------------- F5 招聘需求 CSV (literal \n escapes, status)
def gen_f5():
    rows = [
        ["需求编号", "城市", "院区", "岗位名称", "所属部门", "招聘人数", "薪资范围", "学历要求", "经验要求",
         "岗位描述", "任职要求", "汇报对象", "状态", "发布日期"],
        ["RQ2025-031", "南京", "南京鼓楼院", "影像技师", "医技部", "1", "6000-8000元/月", "大专及以上", "1年以上",
         r"1. 负责DR、B超检查的摆位与图像采集，保证图像质量符合诊断要求；\n2. 协助兽医师完成心脏超声及腹部超声检查；\n3. 负责影像设备日常维护保养及辐射防护管理，工作时佩戴个人剂量计；\n4. 负责影像资料归档及PACS系统维护。",
         r"1. 医学影像技术、动物医学相关专业；\n2. 持有放射工作人员证（辐射安全培训合格）；\n3. 能独立操作DR设备，有B超操作经验者优先。",
         "医技主管", "招聘中", "2025-07-15"],
        ["RQ2025-033", "上海", "上海静安院", "执业兽医师（夜班）", "医疗部", "2", "10000-15000元/月", "本科及以上", "2年以上",
         r"1. 负责22:00至次日08:30的急诊接诊与处置；\n2. 负责夜间住院动物巡查及医嘱执行监督；\n3. 危重病例及时电话联系医疗主管并记录交班。",
         r"1. 持有执业兽医师资格证书；\n2. 2年以上小动物临床经验，具备急诊抢救能力；\n3. 能长期适应夜班工作。",
         "医疗主管", "招聘中", "2025-07-20"],
        ["RQ2025-018", "杭州", "杭州西湖院", "前台接待", "客服部", "1", "3800-4500元/月", "高中及以上", "不限",
         r"1. 来院客户接待与登记；\n2. 电话接听与转接；\n3. 宠物用品销售。", r"1. 形象气质佳；\n2. 会使用电脑。",
         "院长", "已关闭", "2024-11-02"],
        ["RQ2025-036", "苏州", "苏州园区院", "宠物美容师", "美容部", "2", "5000-9000元/月（含提成）", "中专及以上", "2年以上",
         r"1. 完成犬猫洗护及造型修剪；\n2. 维护美容区卫生与工具消毒；\n3. 推荐洗护产品及美容套餐。",
         r"1. 持有C级及以上宠物美容师证书；\n2. 能独立完成常见犬种造型；\n3. 有猫咪美容经验者优先。",
         "美容主管", "招聘中", "2025-08-01"],
        ["RQ2025-037", "苏州", "苏州园区院", "兽医助理", "医疗部", "3", "4500-6000元/月", "中专及以上", "不限",
         r"见《临床序列岗位说明书》兽医助理部分。", r"接受应届毕业生。", "执业兽医师", "暂停", "2025-08-01"],
    ]
    with open(OUT / "RC05_招聘需求导出_2025Q3.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- F6 HTML (inline SVG org chart + k/v grids)
def gen_f6():
    boxes = [("集团运营副总裁", 300, 20), ("区域运营经理", 300, 80), ("院长", 300, 140),
             ("医疗主管", 60, 200), ("医技主管", 200, 200), ("住院部主管", 340, 200), ("客服主管", 480, 200), ("美容主管", 620, 200),
             ("执业兽医师", 20, 260), ("药房管理员", 110, 260), ("检验技师", 180, 260), ("影像技师", 250, 260),
             ("住院护理员", 340, 260), ("前台接待", 480, 260), ("宠物美容师", 620, 260), ("兽医助理", 20, 320)]
    pos = {n: (x, y) for n, x, y in boxes}
    edges = [("集团运营副总裁", "区域运营经理"), ("区域运营经理", "院长"), ("院长", "医疗主管"), ("院长", "医技主管"),
             ("院长", "住院部主管"), ("院长", "客服主管"), ("院长", "美容主管"), ("医疗主管", "执业兽医师"),
             ("医疗主管", "药房管理员"), ("医技主管", "检验技师"), ("医技主管", "影像技师"), ("住院部主管", "住院护理员"),
             ("客服主管", "前台接待"), ("美容主管", "宠物美容师"), ("执业兽医师", "兽医助理")]
    svg = ['<svg xmlns="http://www.w3.org/2000/svg" width="760" height="360" role="img" aria-label="院区组织架构图">']
    for a, b in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        svg.append(f'  <line x1="{x1 + 40}" y1="{y1 + 30}" x2="{x2 + 40}" y2="{y2}" stroke="#888"/>')
    for n, x, y in boxes:
        svg.append(f'  <g><rect x="{x}" y="{y}" width="80" height="30" rx="4" fill="#eef"/>'
                   f'<text x="{x + 40}" y="{y + 20}" text-anchor="middle" font-size="12">{n}</text></g>')
    svg.append("</svg>")
    cards = [
        ("区域运营经理", "ops", [("所属部门", "运营中心"), ("直接上级", "集团运营副总裁"), ("直接下属", "所辖院区院长"),
                           ("工作地点", "上海（常驻），需在华东区域内出差，月均出差约10天"), ("学历", "本科及以上"),
                           ("专业", "工商管理、市场营销或动物医学相关专业"),
                           ("经验", "5年以上连锁门店运营管理经验，其中2年以上区域管理经验"),
                           ("薪酬", "<span class=\"muted\">由薪酬委员会另行确定</span>")]),
        ("院长", "dean", [("所属部门", "院区"), ("直接上级", "区域运营经理"),
                        ("直接下属", "医疗主管、医技主管、住院部主管、客服主管、美容主管"),
                        ("工作地点", "所在院区"), ("学历", "本科及以上"), ("证书", "执业兽医师资格证书（非医疗背景院长可不持证）")]),
        ("药房管理员", "pharm", [("所属部门", "医疗部"), ("直接上级", "医疗主管"), ("学历", "中专及以上"),
                            ("专业", "药学、兽药或动物医学相关专业"), ("经验", "1年以上药房或兽药店工作经验"),
                            ("班次", "早晚班"), ("工作地点", "各院区")]),
    ]
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
             "<title>组织架构与岗位速览 - 瑞宠内网</title>",
             "<style>.kv{display:grid;grid-template-columns:120px 1fr}.k{color:#666}.muted{color:#aaa}</style>",
             "</head><body>",
             '<header class="topbar">瑞宠内网 ｜ 人力资源 ｜ 知识库</header>',
             '<nav aria-label="breadcrumb">首页 &gt; 人力资源 &gt; 组织架构与岗位速览</nav>',
             "<main>", "<h1>组织架构与岗位速览</h1>",
             "<p>下图为单个院区的标准组织架构（2025年7月更新），区域层级仅画出一位区域运营经理。</p>",
             "<figure>", *svg, "<figcaption>图1　院区标准组织架构</figcaption>", "</figure>",
             "<h2>岗位速览</h2>"]
    for title, anchor, kv in cards:
        parts.append(f'<section id="{anchor}">')
        parts.append(f"  <h3>{title}</h3>")
        parts.append('  <div class="kv">')
        for k, v in kv:
            parts.append(f'    <div class="k">{k}</div><div class="v">{v}</div>')
        parts.append("  </div>")
        parts.append("</section>")
    parts += ["<p>其他岗位的说明书请在“制度文件”栏目查阅。</p>", "</main>",
              "<footer>© 2025 瑞宠动物医院集团 人力资源部　如有疑问请联系 hr@ruichong.example</footer>",
              "</body></html>"]
    (OUT / "RC06_组织架构与岗位速览.html").write_text("\n".join(parts) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- F7 PDF (watermark, landscape table page)
def gen_f7():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table, TableStyle)
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    body = ParagraphStyle("b", fontName="WQY", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="WQY", fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12.5, leading=20)
    cell = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=13)

    def deco(canv, d):
        canv.saveState()
        w, h = canv._pagesize
        canv.setFont("WQY", 8)
        canv.drawString(40, h - 28, "瑞宠动物医院集团　住院部及药房岗位说明书　RC-ZY-JD-2025")
        canv.drawRightString(w - 40, 20, f"第 {d.page} 页")
        canv.setFillColor(colors.Color(0.85, 0.85, 0.85))
        canv.setFont("WQY", 28)
        canv.translate(w / 2, h / 2); canv.rotate(35)
        canv.drawCentredString(0, 0, "瑞宠内部资料")
        canv.restoreState()

    path = OUT / "RC07_住院部及药房岗位说明书.pdf"
    doc = BaseDocTemplate(str(path), pagesize=A4)
    pw, ph = A4
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(50, 50, pw - 100, ph - 110)], onPage=deco, pagesize=A4),
        PageTemplate("land", [Frame(40, 40, ph - 80, pw - 90)], onPage=deco, pagesize=landscape(A4)),
    ])
    story = [Paragraph("住院部及药房岗位说明书", h1), Spacer(1, 10),
             Paragraph("一、住院部概况", h2),
             Paragraph("住院部设普通病房、ICU重症监护病房和传染病隔离病房，24小时院区实行全天候住院看护。"
                       "住院部主管由院长任命，对住院动物的护理质量与安全负责。", body),
             Paragraph("二、药房概况", h2),
             Paragraph("药房隶属医疗部，负责药品、疫苗和医用耗材的保管与调配，执行兽药经营质量管理规范（GSP）要求。", body),
             Paragraph("三、岗位说明", h2),
             Paragraph("各岗位职责与任职要求见下页横向表格。", body),
             NextPageTemplate("land"), PageBreak()]
    data = [[Paragraph(x, cell) for x in ("岗位 / 部门 / 上级", "主要职责", "任职要求", "班次")]]
    data.append([Paragraph(x, cell) for x in (
        "住院护理员<br/>住院部<br/>上级：住院部主管",
        "1. 按医嘱为住院动物喂药、换药，管理输液泵；<br/>2. 每2小时巡视住院动物，记录体温、饮食、排便情况，异常立即报告值班兽医师；"
        "<br/>3. 负责笼舍清洁消毒，传染病隔离病房严格按隔离规程操作；<br/>4. 负责住院动物喂食、遛狗及情绪安抚；<br/>5. 宠主探视时介绍住院动物状况。",
        "中专及以上学历；畜牧兽医相关专业优先；接受应届生，有宠物护理经验者优先；能适应三班倒。",
        "早、晚、夜三班倒")])
    data.append([Paragraph(x, cell) for x in (
        "药房管理员<br/>医疗部<br/>上级：医疗主管",
        "1. 负责药品、疫苗及医用耗材的验收入库、上架与效期管理；<br/>2. 按处方调配发药，核对药名、剂量及用法；"
        "<br/>3. 疫苗冷链管理，每日两次记录冷藏柜温度（2-8℃）；<br/>4. 麻醉药品、精神药品专柜双人双锁管理并逐笔登记；"
        "<br/>5. 每月末协助院长完成盘点，盘点差异率控制在0.5%以内；<br/>6. 近效期药品预警及退换货处理。",
        "中专及以上学历，药学、兽药或动物医学相关专业；1年以上药房或兽药店工作经验；熟悉兽药GSP者优先。",
        "早晚班")])
    t = Table(data, colWidths=[110, 400, 190, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.95))]))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("注：住院部主管岗位说明书另行发布。", body))
    doc.build(story)


# ---------------------------------------------------------------- F8 Markdown with footnotes
F8 = """---
title: 院长与区域运营经理岗位说明
owner: 人力资源部
updated: 2025-06-30
---

# 院长岗位说明书

> 适用范围：集团下属全部院区。

## 岗位目的

对院区的医疗质量、经营业绩和团队管理全面负责[^1]。

## 主要职责

1. 制定院区年度经营计划并分解到月，达成营业收入与利润目标；
2. 监督医疗质量与医疗安全，每月组织医疗质量分析会，处理重大医疗纠纷；
3. 负责院区人员编制、排班审批、招聘面试及绩效考核；
4. 审批药品耗材采购计划并控制库存，每月组织盘点；
5. 维护客户与社区关系，策划义诊、疫苗周等营销活动；
6. 落实院感防控、消防安全及动物尸体无害化处理等合规要求。

## 任职资格

- 学历：本科及以上[^2]
- 经验：5年以上宠物医院工作经验，其中3年以上管理经验
- 证书：执业兽医师资格证书[^3]
- 能力：经营分析、团队管理与危机处理能力

# 区域运营经理岗位说明书

## 主要职责

1. 负责所辖区域（3-5家院区）年度经营目标的制定、分解与达成跟踪；
2. 每月对院区开展运营巡检（服务标准、院感、库存、排班），输出巡检报告并跟踪整改；
3. 负责新院区选址评估、筹建与开业运营支持；
4. 负责区域内院长的选拔、培养与考核，建立储备院长梯队；
5. 协调区域内医生资源调配及疑难病例转诊；
6. 处理区域内升级客诉与重大舆情事件。

## 任职资格

- 学历：本科及以上
- 经验：见岗位速览页[^4]
- 薪酬：待定

- [ ] 待补充：区域运营经理薪酬标准（由薪酬委员会确定后更新）

[^1]: 院长为院区第一责任人，直接上级为区域运营经理。
[^2]: 动物医学、兽医学或管理类专业；特别优秀者可放宽至大专。
[^3]: 非医疗背景的院长可不持证，但所在院区须配备持证的医疗主管。
[^4]: 5年以上连锁门店运营管理经验，其中2年以上区域管理经验。
"""


def gen_f8():
    (OUT / "RC08_院长与区域运营经理岗位说明.md").write_text(F8, encoding="utf-8")


# ---------------------------------------------------------------- F9 GBK policy with superseded attachment
F9 = """瑞宠动物医院集团
门诊排班与值班管理制度
（RC-YY-006　2025年3月修订）

第一条　为规范各院区排班与值班管理，保障诊疗服务连续性，制定本制度。
第二条　本制度适用于集团下属全部院区。
第三条　班次设置
　　（一）早班：08:30—17:30；
　　（二）晚班：13:00—22:00；
　　（三）夜班：22:00—次日08:30（仅24小时院区设置）；
　　（四）美容班：10:00—19:00。
第四条　各岗位适用班次
　　（一）执业兽医师、兽医助理：早班、晚班轮转；24小时院区另行安排夜班轮值，每人每月夜班不超过6次；
　　（二）前台接待：早班、晚班轮转；
　　（三）住院护理员：早班、晚班、夜班三班倒；
　　（四）检验技师：早班、晚班；
　　（五）宠物美容师：美容班，每周轮休一天；
　　（六）院长：常日班，每周至少参加一次晚班巡查。
第五条　夜班结束后次日安排补休半天；连续两个夜班之间至少间隔48小时。
第六条　交接班须当面进行，交班人填写《交接班记录》，重点交代危重病例、住院动物及麻醉药品数量。
第七条　24小时院区为上海静安院、杭州西湖院。
第八条　排班表由院长于每月25日前审批后公布，调班须提前3天申请。
第九条　本制度自2025年4月1日起施行，2022年版同时废止。

附件：2022版《前台接待岗位职责》（已废止，仅供查阅）
　　1．负责来院客户的接待与登记；
　　2．负责电话接听与转接；
　　3．负责店内宠物用品的销售与陈列；
　　4．负责每日营业款的登记与上交。
"""


def gen_f9():
    (OUT / "RC09_门诊排班与值班管理制度.txt").write_bytes(F9.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- F10 UTF-16 grade standard
F10 = """宠物美容师职级与晋升标准（2025年版）
发布部门：美容部　人力资源部

■ 初级美容师
　证书要求：入职6个月内须取得C级宠物美容师证书
　经验要求：不限
　能力要求：能独立完成犬猫洗护、修剪指甲、清洁耳道
　提成比例：8%

■ 中级美容师
　证书要求：C级宠物美容师证书
　经验要求：2年以上
　能力要求：能独立完成泰迪、比熊等常见犬种造型
　提成比例：12%

■ 高级美容师
　证书要求：B级及以上宠物美容师证书
　经验要求：4年以上
　能力要求：能完成赛级造型，能带教初级美容师
　提成比例：15%

晋升规则：每年3月、9月各组织一次职级评定，由美容主管提名、院长审批；上一年度有两次及以上有效客诉者不得晋级。
"""


def gen_f10():
    (OUT / "RC10_宠物美容师职级与晋升标准.txt").write_bytes(F10.encode("utf-16"))


if __name__ == "__main__":
    gen_f1(); gen_f2(); gen_f3(); gen_f4(); gen_f5(); gen_f6(); gen_f7(); gen_f8(); gen_f9(); gen_f10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
