#!/usr/bin/env python3
"""Round 63 'grain': 北辰粮食储备有限公司 (a state grain reserve company, head office + 3 depots).

Run: T63_OUT=/tmp/t63grain/corpus /tmp/genv/bin/python gen.py
Writes 10 HR documents to $T63_OUT and ground_truth.json next to this script.
"""
import copy
import csv
import json
import os
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T63_OUT", "/tmp/t63grain/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "北辰粮食储备有限公司"
TRUTH = {}

# ----------------------------------------------------------------------------- g01 docx
# One 3-column table per post: the group label (基本信息/工作职责/任职资格) is merged down the
# left column; duties are ONE paragraph with soft line breaks (Shift+Enter); a "注①" footnote
# under the 熏蒸员 table; a real tracked change (w:del/w:ins) in 熏蒸员's experience; page header and
# footer; a void 2022 appendix for 仓储保管员.
G01_POSTS = [
    {
        "no": "一", "name": "仓储保管员", "code": "CC-01", "dept": "仓储部", "boss": "仓储部经理（日常工作由所在库区库主任安排）", "subs": "无",
        "staff": "12人（三个库区合计）",
        "purpose": "确保储备粮数量真实、质量良好、储存安全",
        "duties": [
            "1.负责所管仓房的粮情检查，每周至少两次测温并填写粮情检测记录；",
            "2.负责出入库时的粮食堆码、平仓与账卡登记，做到账、卡、实相符；",
            "3.按照储粮技术规程开展通风、控温和防虫工作，发现粮情异常立即上报；",
            "4.负责仓房门锁、钥匙管理和“一符四无”粮仓达标工作；",
            "5.配合质检员扦样，参与每季度库存数量质量检查。",
        ],
        "edu": "大专及以上", "major": "粮食工程、食品科学或仓储管理相关专业",
        "exp": "1年以上粮库保管工作经验", "cert": "粮油保管员职业资格证书（四级及以上）",
        "skill": "熟悉储粮“四合一”技术，能使用粮情测控系统",
        "loc": "东湖库区、西岭库区、南港中转库",
    },
    {
        "no": "二", "name": "熏蒸员", "code": "CC-02", "dept": "仓储部", "boss": "仓储部经理①", "subs": "无",
        "staff": "4人",
        "purpose": "通过规范熏蒸杀虫作业，控制储粮害虫，保障人员与粮食安全",
        "duties": [
            "1.根据虫情检测结果编制熏蒸作业方案，报仓储部经理审批后实施；",
            "2.负责磷化铝等熏蒸药剂的领取、使用、回收登记，做到双人双锁保管；",
            "3.熏蒸期间设置警戒区并负责环流熏蒸设备操作，检测仓内磷化氢浓度；",
            "4.熏蒸结束后组织散气，检测浓度合格后方可解除警戒；",
            "5.负责熏蒸防护用具（空气呼吸器、防毒面具）的检查与维护。",
        ],
        "edu": "高中（中专）及以上", "major": "不限，化学、植物保护类专业优先",
        "exp": ("TRACK", "1年", "2年", "以上熏蒸或仓储作业经验"),
        "cert": "熏蒸作业上岗证、有限空间作业安全培训合格证",
        "skill": "熟悉磷化氢环流熏蒸工艺和个人防护用品使用",
        "loc": "东湖库区（兼管西岭库区熏蒸作业）",
    },
    {
        "no": "三", "name": "机械操作员", "code": "CC-03", "dept": "仓储部", "boss": "仓储部副经理", "subs": "无",
        "staff": "6人",
        "purpose": "保障输送机、扒谷机、清理筛等仓储机械安全高效运行",
        "duties": [
            "1.负责皮带输送机、移动式扒谷机、清理筛等仓储机械的操作和日常保养；",
            "2.出入库作业前检查设备状态，填写设备运行记录；",
            "3.发现设备故障及时排除，不能排除的报维修班处理；",
            "4.遵守粉尘防爆安全规定，作业后清扫设备和作业现场；",
            "5.参与机械设备年度检修和冬季防冻保养。",
        ],
        "edu": "中专及以上", "major": "机电一体化、机械制造类专业",
        "exp": "1年以上设备操作经验", "cert": "叉车司机（特种设备作业人员证N1）",
        "skill": "能看懂简单电气图，会基本钳工操作",
        "loc": "南港中转库",
    },
    {
        "no": "四", "name": "库主任", "code": "KQ-01", "dept": "各库区（东湖、西岭、南港各设1名）", "boss": "分管仓储的副总经理",
        "subs": "库区保管组、质检组、机械班、门卫班", "staff": "3人",
        "purpose": "全面负责本库区储备粮管理、安全生产与队伍建设",
        "duties": [
            "1.组织落实储备粮轮换计划和仓储管理制度，对库区储粮数量、质量安全负总责；",
            "2.主持库区周例会，统筹安排出入库、熏蒸、检修等作业；",
            "3.审核库区月度粮情报告和统计报表；",
            "4.履行库区安全生产第一责任人职责，每月组织一次安全大检查；",
            "5.负责库区员工考勤、绩效考核和岗位培训。",
        ],
        "edu": "本科及以上", "major": "粮食工程、工商管理类专业",
        "exp": "8年以上粮食仓储工作经验，其中3年以上管理经验", "cert": "中级及以上专业技术职称",
        "skill": "熟悉中央储备粮管理条例，具备较强的组织协调能力",
        "loc": "所在库区",
    },
    {
        "no": "五", "name": "安全环保专员", "code": "AH-01", "dept": "安全环保部", "boss": "安全环保部经理", "subs": "无",
        "staff": "2人",
        "purpose": "落实安全生产与环境保护制度，预防和减少各类事故",
        "duties": [
            "1.组织开展每日安全巡查，重点检查粉尘防爆、有限空间和熏蒸作业现场；",
            "2.负责动火、登高、有限空间等危险作业的审批和现场监护；",
            "3.组织员工安全教育培训和每半年一次的应急演练；",
            "4.负责环保设施运行检查，建立烘干废气和噪声监测台账；",
            "5.建立安全隐患排查台账，跟踪整改直至闭环。",
        ],
        "edu": "大学专科及以上", "major": "安全工程、环境工程相关专业",
        "exp": "3年以上安全管理工作经验", "cert": "注册安全工程师（中级）或安全生产管理人员合格证",
        "skill": "熟悉粮食仓储企业安全生产标准化要求",
        "loc": "公司本部，定期巡查三个库区",
    },
]


def set_cell(cell, text, bold=False, size=10.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return p


def add_tracked(paragraph, before, deleted, inserted, after):
    """A real Word tracked change: <w:del>deleted</w:del><w:ins>inserted</w:ins>."""
    if before:
        paragraph.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "1"); d.set(qn("w:author"), "人力资源部 王敏"); d.set(qn("w:date"), "2025-03-10T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted; t.set(qn("xml:space"), "preserve")
    r.append(t); d.append(r); paragraph._p.append(d)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "2"); i.set(qn("w:author"), "人力资源部 王敏"); i.set(qn("w:date"), "2025-03-10T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = inserted; t.set(qn("xml:space"), "preserve")
    r.append(t); i.append(r); paragraph._p.append(i)
    if after:
        paragraph.add_run(after)


def g01():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}（中央储备粮北辰直属库）　　岗位说明书汇编（仓储及安全岗位）"
    sec.footer.paragraphs[0].text = "受控编号：BCLC-HR-GW-2025-01　　人力资源部编制　　2025年3月"
    d.add_heading("仓储及安全岗位说明书汇编（2025年版）", level=1)
    d.add_paragraph("说明：本汇编收录仓储部、各库区及安全环保部的5个岗位。每个岗位一张表，左列为信息类别，"
                    "中间为项目，右列为内容。岗位职责按条目列示。")
    truth = {}
    for p in G01_POSTS:
        d.add_paragraph(f"表{p['no']}　岗位说明书（编码 {p['code']}）")
        rows = [
            ("基本信息", "岗位名称", p["name"]), ("基本信息", "所属部门", p["dept"]),
            ("基本信息", "直接上级", p["boss"]), ("基本信息", "直接下级", p["subs"]),
            ("基本信息", "定员", p["staff"]), ("基本信息", "工作地点", p["loc"]),
            ("工作职责", "岗位目的", p["purpose"]), ("工作职责", "主要职责", "DUTIES"),
            ("任职资格", "学历", p["edu"]), ("任职资格", "专业", p["major"]),
            ("任职资格", "工作经验", p["exp"]), ("任职资格", "必备证书", p["cert"]),
            ("任职资格", "能力要求", p["skill"]),
        ]
        t = d.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        for i, (grp, lab, val) in enumerate(rows):
            set_cell(t.cell(i, 1), lab, bold=True)
            if val == "DUTIES":
                c = t.cell(i, 2); c.text = ""
                para = c.paragraphs[0]
                for k, line in enumerate(p["duties"]):
                    run = para.add_run(line)
                    if k < len(p["duties"]) - 1:
                        run.add_break(WD_BREAK.LINE)
            elif isinstance(val, tuple):
                c = t.cell(i, 2); c.text = ""
                add_tracked(c.paragraphs[0], "", val[1], val[2], val[3])
            else:
                set_cell(t.cell(i, 2), val)
        # merge group labels down
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rows[i][0] != rows[start][0]:
                m = t.cell(start, 0).merge(t.cell(i - 1, 0))
                set_cell(m, rows[start][0], bold=True)
                start = i
        if p["name"] == "熏蒸员":
            n = d.add_paragraph()
            r = n.add_run("注①：西岭库区不单独设熏蒸班，西岭库区熏蒸作业期间熏蒸员接受西岭库区库主任现场指挥，人事关系仍在仓储部。")
            r.font.size = Pt(9)
            n2 = d.add_paragraph()
            r = n2.add_run("【修订批注】2025年3月：熏蒸员“工作经验”由1年以上改为2年以上（人力资源部 王敏）。")
            r.font.color.rgb = RGBColor(0xC0, 0, 0); r.font.size = Pt(9)
        exp = p["exp"] if isinstance(p["exp"], str) else p["exp"][2] + p["exp"][3]
        truth[p["name"]] = {k: p[k] for k in ("dept", "boss", "subs", "staff", "loc", "purpose", "duties", "edu",
                                               "major", "cert", "skill")}
        truth[p["name"]]["exp"] = exp
    d.add_page_break()
    d.add_heading("附件　2022年版仓储保管员岗位说明（已废止，仅供对照）", level=2)
    for s in ["岗位名称：保管员（2022年版）", "直接上级：保管科科长",
              "主要职责：负责粮仓清洁卫生；负责粮食出入库过秤监督；负责防鼠防雀设施维护。",
              "任职要求：高中及以上学历，持初级保管员证。",
              "本附件自2025年3月1日起废止，以正文表一为准。"]:
        d.add_paragraph(s)
    d.save(OUT / "g01_仓储及安全岗位说明书汇编.docx")
    TRUTH["g01_仓储及安全岗位说明书汇编.docx"] = {
        "layout": "one 3-col table per post, group label merged down, duties one paragraph with soft breaks, 注① note, tracked change, header/footer, void 2022 appendix",
        "posts": truth,
        "notes": "熏蒸员 boss 仓储部经理 (注①: 西岭 on-site command by 西岭库区库主任); 熏蒸员 exp tracked 1年→2年; "
                 "2022 appendix void (保管科科长, 高中)"}


# ----------------------------------------------------------------------------- g02 docx
# Minutes of the 定岗定编 committee: prose 议题 paragraphs, decisions in a one-cell frame table
# holding a nested table (质检员 conditions), header/footer, a 略 item, a named-only post.
def g02():
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.sections[0].header.paragraphs[0].text = "北辰储备粮〔2025〕会议纪要第6号"
    d.sections[0].footer.paragraphs[0].text = "内部资料　注意保存"
    d.add_heading("2025年定岗定编工作专题会议纪要", level=1)
    for s in [
        "时间：2025年2月18日上午；地点：公司本部三楼会议室；主持：总经理；参加：各部门负责人、三个库区库主任；记录：人力资源部。",
        "会议听取了人力资源部关于2025年定岗定编方案的汇报，经讨论，形成以下意见：",
        "议题一：关于设立信息化管理员岗位。随着粮库智能化升级项目验收，会议同意在综合办公室（信息中心）设立信息化管理员岗位1名，"
        "直接上级为综合办公室主任，具体职责和招聘条件由人力资源部纳入2025年招聘需求。",
        "议题二：关于粮油质检员岗位。质检中心下设化验室和扦样组，设化验室主任1名（岗位说明另行制定）。会议明确粮油质检员的职责为："
        "一是负责入库粮食的扦样、检验和定等，出具检验结果单；二是负责库存粮食每季度的品质检测和储存品质判定；"
        "三是负责化验仪器的日常校准、维护及使用记录；四是负责检验样品的登记、留存和销毁管理；"
        "五是参与出库粮食的质量检验，配合上级单位的质量抽查。粮油质检员直接上级为化验室主任。",
        "粮油质检员工作地点为公司本部化验室；收购季节（6—7月、9—11月）派驻东湖库区、西岭库区检验点。其任职条件见下表：",
    ]:
        d.add_paragraph(s)
    outer = d.add_table(rows=2, cols=1); outer.style = "Table Grid"
    set_cell(outer.cell(0, 0), "会议决定事项：粮油质检员任职条件", bold=True)
    inner_cell = outer.cell(1, 0)
    inner_cell.text = ""
    inner = inner_cell.add_table(rows=4, cols=2)
    inner.style = "Table Grid"
    qual = [("学历", "大专及以上"), ("专业", "粮食工程、食品质量与安全、分析化学等相关专业"),
            ("经验", "应届毕业生亦可，有粮油检验工作经验者优先"),
            ("证书", "农产品食品检验员职业技能等级证书（四级及以上）")]
    for i, (a, b) in enumerate(qual):
        set_cell(inner.cell(i, 0), a, bold=True); set_cell(inner.cell(i, 1), b)
    for s in [
        "议题三：关于财务会计岗位。财务会计岗位说明书由财务部另行编制，本次会议不作讨论（略）。",
        "议题四：关于库区门卫安保外包问题。会议认为库区门卫涉及储备粮安全，暂不外包，仍由综合办公室统一管理。",
        "议题五：其他事项。各库区于3月底前完成岗位说明书的签收，人力资源部负责汇总归档。",
        "（以下无正文）",
    ]:
        d.add_paragraph(s)
    d.save(OUT / "g02_定岗定编专题会议纪要.docx")
    TRUTH["g02_定岗定编专题会议纪要.docx"] = {
        "layout": "meeting minutes: prose 议题 paragraphs; decision frame table with nested 2-col table; header/footer; 略 item",
        "粮油质检员": {"duties": "一是…五是 (扦样检验定等/季度品质检测/仪器校准/样品管理/出库检验)", "boss": "化验室主任",
                   "loc": "公司本部化验室；收购季派驻东湖、西岭检验点", "qual": dict(qual)},
        "信息化管理员": {"dept": "综合办公室（信息中心）", "boss": "综合办公室主任"},
        "财务会计": "略 (说明书另行编制)", "化验室主任": "named only", "门卫安保": "综合办公室统一管理"}


# ----------------------------------------------------------------------------- g03 xlsx KPI
# KPI library: one sheet per department; post blocks under a merged title row naming post and 考核人;
# indicator cell = "name\n（公式）" (Alt+Enter); three targets 门槛/目标/挑战; weights as % numbers with a
# SUM formula total row; a department sheet with per-depot targets; a hidden void 2023 sheet.
KPI = {
    "仓储部": [
        ("仓储保管员", "仓储部经理", "季度", [
            ("内部运营", "粮情检测及时率", "按规定频次完成测温次数÷应测温次数×100%", 0.25, "95%", "100%", "—", "粮情测控系统"),
            ("内部运营", "账实相符率", "账、卡、实相符货位数÷抽查货位数×100%", 0.25, "98%", "100%", "—", "季度库存检查"),
            ("客户", "储粮宜存率", "宜存货位数÷总货位数×100%", 0.20, "97%", "99%", "100%", "质检中心报告"),
            ("财务", "保管损耗率", "保管自然损耗量÷平均库存量×100%", 0.15, "≤0.20%", "≤0.15%", "≤0.10%", "统计月报"),
            ("学习成长", "岗位技能考核合格率", "考核合格人次÷参考人次×100%", 0.15, "90%", "100%", "—", "培训台账"),
        ]),
        ("熏蒸员", "仓储部经理", "月度", [
            ("内部运营", "熏蒸杀虫效果达标率", "熏蒸后虫口密度达标仓数÷熏蒸仓数×100%", 0.30, "95%", "100%", "—", "虫情检测记录"),
            ("内部运营", "熏蒸作业安全事故次数", "中毒、泄漏等事故次数", 0.30, "0次", "0次", "0次", "安全环保部"),
            ("财务", "药剂账物相符率", "药剂账面数与实物相符的次数÷盘点次数×100%", 0.20, "100%", "100%", "—", "药剂台账"),
            ("学习成长", "防护用具完好率", "完好防护用具数÷应配防护用具数×100%", 0.20, "95%", "100%", "—", "月度检查"),
        ]),
    ],
    "质检中心": [
        ("粮油质检员", "化验室主任", "季度", [
            ("内部运营", "检验结果准确率", "复检一致样品数÷复检样品数×100%", 0.30, "97%", "99%", "100%", "复检记录"),
            ("客户", "检验报告及时率", "按时出具报告数÷应出具报告数×100%", 0.25, "95%", "100%", "—", "检验系统"),
            ("内部运营", "仪器校准完成率", "按期校准仪器数÷应校准仪器数×100%", 0.15, "95%", "100%", "—", "仪器台账"),
            ("内部运营", "样品管理合格率", "规范留存样品数÷应留存样品数×100%", 0.15, "95%", "100%", "—", "样品登记簿"),
            ("客户", "质量异议次数", "售粮单位或用粮单位提出的有效质量异议次数", 0.15, "≤2次", "≤1次", "0次", "业务部"),
        ]),
    ],
    "购销部": [
        ("轮换购销业务员", "购销部经理", "年度", [
            ("财务", "轮换计划完成率", "实际轮换数量÷计划轮换数量×100%", 0.35, "95%", "100%", "—", "轮换台账"),
            ("财务", "轮换价差控制", "实际轮换价差与预算价差之比", 0.20, "≤105%", "≤100%", "≤95%", "财务部"),
            ("客户", "合同履约率", "按期履约合同数÷签订合同数×100%", 0.20, "95%", "100%", "—", "合同台账"),
            ("财务", "货款回笼及时率", "按期回笼货款额÷应回笼货款额×100%", 0.15, "95%", "100%", "—", "财务部"),
            ("客户", "客户满意度", "年度客户满意度调查得分", 0.10, "85分", "90分", "95分", "满意度调查"),
        ]),
    ],
}
DEPT_KPI = [  # 仓储部 department KPIs with per-depot targets
    ("储粮安全事故次数", "因保管不善造成的储粮损失事故起数", 0.30, "0起", "0起", "0起"),
    ("“一符四无”粮仓达标率", "达标仓房数÷在用仓房数×100%", 0.25, "100%", "100%", "100%"),
    ("仓容利用率", "实际储粮数量÷设计仓容×100%", 0.15, "90%", "85%", "70%"),
    ("储粮综合损耗率", "全年保管损耗与水杂减量之和÷平均库存量×100%", 0.15, "≤0.3%", "≤0.3%", "≤0.5%"),
    ("费用预算执行率", "实际保管费用÷预算保管费用×100%", 0.15, "≤100%", "≤100%", "≤100%"),
]


def g03():
    wb = openpyxl.Workbook()
    ws0 = wb.active; ws0.title = "填表说明"
    for r in ["2025年度KPI指标库（人力资源部发布）",
              "1. 每个岗位一个区块，区块标题行注明岗位、考核人和考核周期。",
              "2. 指标列中括号内为计算公式；门槛值以下不得分，达到目标值得满分，达到挑战值加分（最多加10%）。",
              "3. 权重合计应为100%。部门指标见“部门指标”表。",
              "4. 2023版指标已停用，仅保留备查。"]:
        ws0.append([r])
    hdr = ["序号", "维度", "指标（计算公式）", "权重", "门槛值", "目标值", "挑战值", "数据来源"]
    bold = Font(bold=True)
    truth = {}
    for sheet, blocks in KPI.items():
        ws = wb.create_sheet(sheet)
        ws.append([f"{sheet}岗位KPI指标库（2025年度）"]); ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=8)
        ws["A1"].font = Font(bold=True, size=14)
        for post, rater, period, rows in blocks:
            ws.append([])
            r0 = ws.max_row + 1
            ws.append([f"岗位：{post}　　考核人：{rater}　　考核周期：{period}"])
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=8)
            ws.cell(r0, 1).font = bold
            ws.cell(r0, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.append(hdr)
            for c in ws[ws.max_row]:
                c.font = bold
            first = ws.max_row + 1
            for i, (dim, name, formula, w, lo, tg, hi, src) in enumerate(rows, 1):
                ws.append([i, dim, f"{name}\n（{formula}）", w, lo, tg, hi, src])
                ws.cell(ws.max_row, 3).alignment = Alignment(wrap_text=True)
                ws.cell(ws.max_row, 4).number_format = "0%"
            last = ws.max_row
            ws.append(["", "", "权重合计", f"=SUM(D{first}:D{last})"])
            ws.cell(ws.max_row, 4).number_format = "0%"
            truth[post] = [(n, w, tg) for _, n, _, w, _, tg, _, _ in rows]
        ws.column_dimensions["C"].width = 46
    ws = wb.create_sheet("部门指标")
    ws.append(["仓储部部门KPI（2025年度，考核人：分管仓储副总经理）", "", "", "", "", ""])
    ws.merge_cells("A1:F1")
    ws.append(["指标名称", "计算公式", "权重", "目标值", "", ""])
    ws.append(["", "", "", "东湖库区", "西岭库区", "南港中转库"])
    ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3"); ws.merge_cells("C2:C3"); ws.merge_cells("D2:F2")
    for name, formula, w, a, b, c in DEPT_KPI:
        ws.append([name, formula, w, a, b, c]); ws.cell(ws.max_row, 3).number_format = "0%"
    ws.cell(4, 4).comment = Comment("南港为中转库，仓容利用率目标单列。", "HR")
    truth["仓储部(部门)"] = [(n, w, (a, b, c)) for n, _, w, a, b, c in DEPT_KPI]
    ws = wb.create_sheet("2023版（停用）")
    ws.append(["2023版 保管员考核指标（已停用）"])
    ws.append(["指标", "权重"])
    for r in [("粮仓清洁卫生达标率", 0.4), ("出入库过秤监督差错次数", 0.3), ("防鼠防雀设施完好率", 0.3)]:
        ws.append(list(r))
    ws.sheet_state = "hidden"
    wb.save(OUT / "g03_KPI指标库2025.xlsx")
    TRUTH["g03_KPI指标库2025.xlsx"] = {
        "layout": "sheet per dept; post blocks under merged title row (post/考核人/周期); indicator cell 'name\\n（formula）'; weights as 0.25 numbers + SUM formula total; 部门指标 sheet with per-depot targets under merged header; hidden void 2023 sheet",
        "kpi": truth}


# ----------------------------------------------------------------------------- g04 xlsx staffing / pay
# 定编 sheet with two-row header (定编人数 merged over 本部/东湖/西岭/南港/合计), dept merged down;
# pay sheet referring posts to 岗级, and a separate 岗级→月薪 table (pay only via the grade); a 班次 column;
# 财务会计's grade filled but pay cell empty.
STAFF = [
    ("仓储部", "仓储保管员", 0, 5, 4, 3), ("仓储部", "熏蒸员", 0, 4, 0, 0), ("仓储部", "机械操作员", 0, 0, 0, 6),
    ("仓储部", "仓储部副经理", 1, 0, 0, 0),
    ("各库区", "库主任", 0, 1, 1, 1), ("各库区", "司磅员", 0, 2, 2, 0),
    ("质检中心", "化验室主任", 1, 0, 0, 0), ("质检中心", "粮油质检员", 4, 0, 0, 0),
    ("购销部", "轮换购销业务员", 3, 0, 0, 0),
    ("业务部", "统计员", 1, 0, 0, 0),
    ("综合办公室", "信息化管理员", 1, 0, 0, 0), ("综合办公室", "门卫安保", 0, 4, 4, 4),
    ("安全环保部", "安全环保专员", 2, 0, 0, 0),
    ("财务部", "财务会计", 2, 0, 0, 0),
]
GRADE = {"仓储保管员": ("G7", "两班制（收购季）/常白班", ""), "熏蒸员": ("G7", "熏蒸期轮班值守", "另享有毒有害岗位津贴"),
         "机械操作员": ("G6", "随作业安排", ""), "库主任": ("G12", "常白班", "年薪制，按公司负责人薪酬办法执行"),
         "司磅员": ("G5", "收购季两班制", ""), "粮油质检员": ("G7", "收购季两班制", ""),
         "轮换购销业务员": ("G8", "常白班", "另按轮换业务量计提绩效奖金"), "统计员": ("G7", "常白班", ""),
         "信息化管理员": ("G8", "常白班（节假日远程值守）", ""), "门卫安保": ("G4", "四班三运转", ""),
         "安全环保专员": ("G8", "常白班", ""), "财务会计": ("G8", "常白班", "")}
BANDS = [("G4", 3200, 4000), ("G5", 3800, 4800), ("G6", 4000, 5200), ("G7", 4500, 6200),
         ("G8", 5500, 7500), ("G12", None, None)]


def g04():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "定编表"
    ws.append(["2025年定岗定编表"]); ws.merge_cells("A1:H1")
    ws.append(["序号", "部门", "岗位", "定编人数（人）", "", "", "", ""])
    ws.append(["", "", "", "本部", "东湖库区", "西岭库区", "南港中转库", "合计"])
    ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3"); ws.merge_cells("C2:C3"); ws.merge_cells("D2:H2")
    prev = None; start = None
    for i, (dept, post, a, b, c, e) in enumerate(STAFF, 1):
        r = ws.max_row + 1
        ws.append([i, dept if dept != prev else None, post, a, b, c, e, f"=SUM(D{r}:G{r})"])
        if dept != prev:
            if start and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
            start = r; prev = dept
    r = ws.max_row
    if r > start:
        ws.merge_cells(start_row=start, start_column=2, end_row=r, end_column=2)
    ws2 = wb.create_sheet("岗位薪酬")
    ws2.append(["岗位", "岗位等级", "班次", "备注"])
    for post, (g, shift, note) in GRADE.items():
        ws2.append([post, g, shift, note])
    ws2.append([])
    ws2.append(["岗级薪酬对照（月度基本工资+岗位工资，元/月；绩效工资另计）"])
    ws2.merge_cells(start_row=ws2.max_row, start_column=1, end_row=ws2.max_row, end_column=4)
    ws2.append(["岗位等级", "月薪下限", "月薪上限", "说明"])
    for g, lo, hi in BANDS:
        ws2.append([g, lo, hi, "年薪制" if lo is None else ""])
    # 财务会计: grade given, but the note says pay is withheld
    ws2.append([])
    ws2.append(["注：财务会计岗位薪酬待财务部岗位说明书定稿后另行核定，暂不适用上表。"])
    ws3 = wb.create_sheet("编制说明")
    ws3.append(["1. 定编人数含在岗与拟招聘人数。"]); ws3.append(["2. 门卫安保按每个库区4人配置，实行四班三运转。"])
    wb.save(OUT / "g04_定岗定编及薪酬标准.xlsx")
    TRUTH["g04_定岗定编及薪酬标准.xlsx"] = {
        "layout": "定编 sheet with two-row merged header and dept merged down; pay sheet post→grade, separate grade→band table; 财务会计 pay withheld",
        "grade": GRADE, "bands": BANDS, "staff": STAFF}


# ----------------------------------------------------------------------------- g05 csv
# HR-system export of 2025 requisitions: two comment lines on top, "key=value；…" packed 任职条件 cell,
# duties "1.…；2.…" in one cell, a row pointing to the post book, a cancelled row.
def g05():
    rows = [
        ["需求编号", "需求单位", "所属部门", "岗位名称", "人数", "岗位职责", "任职条件", "薪资待遇", "状态"],
        ["R2025-01", "西岭库区", "库区业务组", "司磅员", "2",
         "1.负责粮食出入库车辆的过磅称重，核对车号、品种和单据；2.打印磅单并及时录入粮库智能化管理系统；"
         "3.每日开磅前检查地磅零点和传感器状态，每月配合计量检定；4.发现重量异常或单据不符立即报告库主任；5.保管磅房钥匙和磅单存根。",
         "学历=高中及以上；专业=不限；经验=有过磅或仓库收发经验者优先；证书=无；其他=熟练使用电脑，能适应收购季倒班",
         "3800-4800元/月，五险二金", "招聘中"],
        ["R2025-02", "公司本部", "综合办公室（信息中心）", "信息化管理员", "1",
         "1.负责粮库智能化管理系统、粮情测控系统和视频监控系统的日常运维；2.负责网络、服务器和终端设备维护及数据备份；"
         "3.落实网络安全等级保护要求，每季度开展一次漏洞扫描；4.对各库区用户开展系统操作培训；5.配合上级单位完成数据上报接口对接。",
         "学历=本科及以上；专业=计算机科学、网络工程相关专业；经验=2年以上信息系统运维经验；证书=网络工程师（中级）优先；其他=能适应节假日远程值守",
         "5500-7500元/月，五险二金", "招聘中"],
        ["R2025-03", "南港中转库", "仓储部", "机械操作员", "2", "详见岗位说明书CC-03", "详见岗位说明书CC-03",
         "4000-5200元/月", "招聘中"],
        ["R2025-04", "公司本部", "安全环保部", "安全环保专员", "1", "详见岗位说明书AH-01", "详见岗位说明书AH-01",
         "5500-7500元/月", "已取消（内部调剂解决）"],
        ["R2025-05", "公司本部", "购销部", "轮换购销业务员", "1", "详见内网岗位百科",
         "学历=本科及以上；专业=市场营销、粮食经济、国际贸易相关专业；经验=3年以上粮食购销或大宗商品贸易经验；证书=驾驶证C1；其他=能适应经常出差",
         "面议", "招聘中"],
    ]
    with open(OUT / "g05_2025年招聘需求导出.csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write("# 导出自：北辰人力资源管理系统 / 招聘需求台账\n# 导出时间：2025-04-02 16:20:11　导出人：hr_admin\n")
        csv.writer(f).writerows(rows)
    TRUTH["g05_2025年招聘需求导出.csv"] = {
        "layout": "2 comment lines, packed key=value 任职条件, numbered duties in one cell, pointer rows, cancelled row",
        "rows": rows}


# ----------------------------------------------------------------------------- g06 html
# Intranet 岗位百科 page: <section> per post; facts in a <table> inside a <blockquote>; duties split over two
# <ol> with the second continuing via start="4" after a "2025年新增" note; a 略 post; a named-only 购销部经理.
def g06():
    h = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>岗位百科 - 购销部 | 北辰粮食储备有限公司内网</title>
<style>
body{font-family:"Microsoft YaHei";margin:24px} blockquote{border-left:4px solid #c90;margin:8px 0;padding:4px 12px;background:#fffbe6}
table.facts td{padding:2px 10px} .note{color:#888;font-size:12px} nav a{margin-right:12px}
</style>
</head>
<body>
<nav><a href="/wiki/">岗位百科首页</a><a href="/wiki/cc">仓储部</a><a href="/wiki/gx">购销部</a><a href="/wiki/cw">财务部</a></nav>
<h1>购销部岗位百科</h1>
<p>购销部负责中央储备粮和地方储备粮的轮换购销，部门负责人为购销部经理（其岗位说明见公司领导班子分工文件）。本页面由人力资源部维护，最后更新：2025-03-28。</p>
<section id="lhyw">
<h2>轮换购销业务员</h2>
<blockquote>
<table class="facts">
<tr><td>所属部门</td><td>购销部</td></tr>
<tr><td>汇报对象</td><td>购销部经理</td></tr>
<tr><td>工作地点</td><td>公司本部（需经常到三个库区及交易市场出差）</td></tr>
<tr><td>岗位定位</td><td>按照轮换计划组织储备粮的销售和采购，确保轮换数量、质量和时间符合要求</td></tr>
</table>
</blockquote>
<h3>岗位职责</h3>
<ol>
<li>根据年度轮换计划编制分批次轮换方案，报购销部经理审核；</li>
<li>通过国家粮食交易中心组织竞价销售和采购，办理交易手续；</li>
<li>负责购销合同的起草、签订和履约跟踪；</li>
</ol>
<p class="note">以下两条为2025年新增职责：</p>
<ol start="4">
<li>协调库区做好轮换粮出入库衔接，跟踪出库进度；</li>
<li>收集粮食市场价格信息，每周编写一期市场行情简报。</li>
</ol>
<h3>任职要求</h3>
<ul>
<li>本科及以上学历，市场营销、粮食经济、国际贸易相关专业；</li>
<li>3年以上粮食购销或大宗商品贸易经验；</li>
<li>持C1驾驶证，能适应经常出差。</li>
</ul>
</section>
<section id="cwkj">
<h2>财务会计</h2>
<blockquote><table class="facts"><tr><td>所属部门</td><td>财务部</td></tr></table></blockquote>
<h3>岗位职责</h3>
<p>略（以财务部内控手册为准）。</p>
</section>
<footer><p>© 北辰粮食储备有限公司 人力资源部　内部资料，请勿外传</p></footer>
</body>
</html>
"""
    (OUT / "g06_岗位百科_购销部.html").write_text(h, encoding="utf-8")
    TRUTH["g06_岗位百科_购销部.html"] = {
        "layout": "<section> per post; facts table in <blockquote>; duties in two <ol> (start=4) split by a note; 略 post; named-only 购销部经理",
        "轮换购销业务员": "boss 购销部经理; 5 duties; 本科 市场营销/粮食经济/国贸; 3年; C1", "财务会计": "略"}


# ----------------------------------------------------------------------------- g07 pdf
# 安全生产责任制: 第N条 clauses; 熏蒸员 safety duties; 门卫安保 duties; 安全环保专员 KPI table split
# across a page break with a repeated header row; running footer.
def g07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
    font = "WQY"
    try:
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    except Exception:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); font = "STSong-Light"
    H = ParagraphStyle("h", fontName=font, fontSize=15, leading=22, alignment=1, spaceAfter=8)
    H2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18, spaceBefore=6, spaceAfter=4)
    B = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16, wordWrap="CJK")

    def footer(c, doc):
        c.saveState(); c.setFont(font, 8)
        c.drawString(60, 30, f"BCLC-AQ-ZD-03　安全生产责任制　第{doc.page}页"); c.restoreState()

    s = [Paragraph(f"{CO}安全生产责任制（2025年修订）", H),
         Paragraph("第一章　总则", H2),
         Paragraph("第一条　为落实“党政同责、一岗双责”，明确各岗位安全生产责任，依据《安全生产法》和粮食仓储企业安全生产有关规定，制定本制度。", B),
         Paragraph("第二条　本制度适用于公司本部及东湖库区、西岭库区、南港中转库。", B),
         Paragraph("第三条　库主任是本库区安全生产第一责任人，其岗位职责见岗位说明书汇编。", B),
         Paragraph("第二章　岗位安全生产责任", H2),
         Paragraph("第四条　熏蒸员安全生产责任：", B)]
    for t in ["（一）熏蒸作业必须两人以上进行，严禁单人进入熏蒸仓房；",
              "（二）作业前24小时书面通知相邻仓房和周边单位，并在仓房四周设置警示标识；",
              "（三）施药、补药和散气时必须佩戴空气呼吸器，并由安全环保专员现场监护；",
              "（四）磷化铝残渣须集中深埋或按危险废物交有资质单位处置，不得随意丢弃。"]:
        s.append(Paragraph(t, B))
    s.append(Paragraph("第五条　门卫安保岗位职责：", B))
    for t in ["（一）负责库区大门24小时值守，对进出人员、车辆进行登记查验；",
              "（二）粮食出库车辆凭出库单和磅单放行，核对车号和数量；",
              "（三）每两小时巡查一次库区围墙、仓房和油罐区，做好巡查记录；",
              "（四）熏蒸期间协助看守警戒区，禁止无关人员进入；",
              "（五）发现火情、盗窃等突发情况立即报警并报告库主任。"]:
        s.append(Paragraph(t, B))
    s.append(Paragraph("第六条　其他岗位的安全生产责任按“管业务必须管安全”的原则，在各自岗位说明书中规定。", B))
    s.append(Paragraph("第三章　考核", H2))
    s.append(Paragraph("第七条　安全环保专员安全绩效考核指标如下表，按季度考核，考核人为安全环保部经理：", B))
    data = [["指标名称", "权重", "目标值", "计分方法"],
            ["隐患整改闭环率", "30%", "100%", "每低1个百分点扣2分"],
            ["安全培训覆盖率", "20%", "100%", "每低1个百分点扣1分"],
            ["应急演练完成次数", "20%", "每半年1次", "少1次扣10分"],
            ["危险作业审批合规率", "20%", "100%", "发现1次违规审批扣5分"],
            ["生产安全事故起数", "10%", "0起", "发生即不得分"]]
    s.append(Spacer(1, 330))  # push the table so that it breaks across the page
    tb = Table([[Paragraph(c, B) for c in r] for r in data], colWidths=[130, 50, 80, 170], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    s.append(tb)
    s.append(Paragraph("第八条　发生生产安全事故的，对相关岗位实行安全“一票否决”，当年绩效考核不得评为优秀。", B))
    s.append(Paragraph("第九条　本制度由安全环保部负责解释，自印发之日起施行。2021年版同时废止。", B))
    SimpleDocTemplate(str(OUT / "g07_安全生产责任制.pdf"), pagesize=A4, leftMargin=60, rightMargin=60,
                      topMargin=60, bottomMargin=60).build(s, onFirstPage=footer, onLaterPages=footer)
    TRUTH["g07_安全生产责任制.pdf"] = {
        "layout": "第N条 clauses; duty items （一）…; KPI table split over a page break with repeated header; running footer",
        "熏蒸员安全": 4, "门卫安保": 5, "安全环保专员KPI": data}


# ----------------------------------------------------------------------------- g08 md
# New-hire guide for 司磅员 and 门卫安保: bold "**标签**：值" lines, a task-list checklist, footnotes [^n]
# that carry the reporting line, and a FAQ distractor.
def g08():
    md = """# 库区新员工上岗指南（司磅员 / 门卫安保）

> 适用范围：东湖库区、西岭库区、南港中转库。编制：人力资源部，2025年4月。

## 一、司磅员

**所在部门**：各库区业务组
**汇报关系**：见脚注[^1]
**工作地点**：东湖库区、西岭库区地磅房（南港中转库不设司磅员，过磅由东湖库区司磅员远程计量）
**任职要求**：
- 高中及以上学历；
- 会操作电脑，能熟练使用计量软件；
- 责任心强，坚持原则，能适应收购季倒班。

### 上岗第一周清单

- [ ] 熟悉地磅房和监控大屏位置
- [ ] 学习《粮食计量管理办法》，通过计量知识考试
- [ ] 跟班完成不少于50车次的过磅作业
- [x] 领取工作服和磅房钥匙（由库主任签字）

### 一天的工作

1. 开磅前检查地磅零点、传感器和打印机；
2. 车辆上磅后核对车号、品种、单据，称毛重；
3. 卸粮后回磅称皮重，打印磅单，交司机和保管员各一联；
4. 下班前汇总当日过磅数据，录入智能化管理系统并核对。

## 二、门卫安保

**所在部门**：综合办公室
**汇报关系**：见脚注[^2]
**任职要求**：
- 高中及以上学历，55周岁以下；
- 持有保安员证；
- 退役军人优先。

**岗位职责**：见《安全生产责任制》第五条。

## 三、常见问题

**问：工作服怎么领？** 答：入职当天到综合办公室领取，冬夏各两套。
**问：食堂几点开饭？** 答：早餐7:00，午餐11:30，晚餐17:30。

[^1]: 司磅员直接上级为所在库区库主任，业务上接受购销部的计量指导。
[^2]: 门卫安保直接上级为综合办公室主任，日常由各库区库主任调度。
"""
    (OUT / "g08_库区新员工上岗指南.md").write_text(md, encoding="utf-8")
    TRUTH["g08_库区新员工上岗指南.md"] = {
        "layout": "bold label lines, task-list checklist, numbered workflow, reporting lines only in footnotes [^n], FAQ distractor",
        "司磅员": "boss 库区库主任 (footnote); 高中; 地磅房", "门卫安保": "boss 综合办公室主任 (footnote); 高中, 55岁以下, 保安员证, 退役军人优先"}


# ----------------------------------------------------------------------------- g09 GBK txt
# A DOS-era fixed-width 岗位档案卡 (80 columns, "：" dotted leaders), wrapped continuation lines indented,
# duties numbered 一、二、…, and an appended notice that changes the boss from a date. GBK + CRLF.
def g09():
    lines = [
        "=" * 60,
        "            北辰粮食储备有限公司  岗位档案卡  No.YW-03",
        "=" * 60,
        "岗位名称......：统计员",
        "所属部门......：业务部",
        "直接上级......：业务部经理",
        "工作地点......：公司本部",
        "学    历......：大专及以上",
        "专    业......：统计学、会计学、经济学相关专业",
        "工作经验......：2年以上统计工作经验，有粮食",
        "                行业统计经验者优先",
        "资格证书......：统计专业技术资格（初级及以上）",
        "-" * 60,
        "主要职责：",
        "  一、按月汇总三个库区粮食出入库及库存数量，编制粮食",
        "      收支平衡月报；",
        "  二、按国家粮食流通统计制度填报各类统计报表，确保",
        "      数据真实、准确、及时；",
        "  三、核对保管账与统计账，每月与财务会计对账一次；",
        "  四、负责统计台账、原始凭证的整理和归档；",
        "  五、为轮换计划编制提供库存结构和品质数据分析。",
        "-" * 60,
        "考核要点：报表差错率、报送及时率（详见年度考核方案）",
        "建档日期：2023-06-01    建档人：人事科",
        "",
        "",
        "附：关于统计员管理关系调整的通知",
        "    根据公司机构调整方案，自2025年7月1日起，统计员划入财务部管理，",
        "直接上级调整为财务部经理；工作地点、岗位职责不变。",
        "                                        人力资源部",
        "                                        2025年6月20日",
    ]
    (OUT / "g09_统计员岗位档案卡.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    TRUTH["g09_统计员岗位档案卡.txt"] = {
        "layout": "GBK CRLF, dotted-leader fixed-width card, wrapped continuation lines, duties 一、…五、, appended notice changing boss",
        "统计员": "boss 业务部经理 → 财务部经理 from 2025-07-01; dept 业务部 → 财务部; 大专; 2年; 初级统计"}


# ----------------------------------------------------------------------------- g10 UTF-16 txt
def g10():
    t = """北辰粮食储备有限公司作业班次与考勤管理规定

第一条　为规范库区作业班次和考勤管理，保障储粮安全和员工休息权益，制定本规定。
第二条　公司实行以下班次：
　　（一）常白班：8:30—17:30，适用于统计员、信息化管理员、财务会计、安全环保专员、轮换购销业务员等管理和业务岗位；
　　（二）收购季两班制：早班6:00—14:00，晚班14:00—22:00，适用于司磅员、粮油质检员（检验点）、仓储保管员；
　　（三）四班三运转：每班8小时，适用于门卫安保；
　　（四）熏蒸期轮班值守：熏蒸作业期间熏蒸员实行24小时轮班值守，每班不超过12小时。
第三条　员工应通过人脸识别考勤机上下班打卡，因公外出须在OA系统中提交外出申请。
第四条　加班须事先经部门负责人审批；收购季确需连续作业的，由库主任统一安排调休。
第五条　岗位津贴：
　　（一）熏蒸员、安全环保专员享受有毒有害岗位津贴，每月300元；
　　（二）门卫安保享受夜班津贴，每个夜班40元；
　　（三）司磅员、粮油质检员在收购季享受收购季节补贴，每月500元。
第六条　员工年休假按国家有关规定执行，原则上安排在非收购季。
第七条　本规定由人力资源部负责解释，自2025年1月1日起施行。
"""
    (OUT / "g10_作业班次与考勤管理规定.txt").write_bytes(b"\xff\xfe" + t.replace("\n", "\r\n").encode("utf-16-le"))
    TRUTH["g10_作业班次与考勤管理规定.txt"] = {
        "layout": "UTF-16LE BOM CRLF policy; shifts per post; 津贴 per post",
        "津贴": {"熏蒸员": "有毒有害岗位津贴300元/月", "安全环保专员": "同上", "门卫安保": "夜班津贴40元/班",
               "司磅员": "收购季节补贴500元/月", "粮油质检员": "同上"}}


if __name__ == "__main__":
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
