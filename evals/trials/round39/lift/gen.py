"""Round 39 blind trial 'lift': 江南恒升电梯工程有限公司 HR documents.

Run: T39_OUT=/tmp/t39lift/corpus /tmp/genv/bin/python gen.py
Writes 10 files into $T39_OUT and truth.json next to this script.
"""
import csv
import io
import json
import os
import re
import zipfile

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.environ.get("T39_OUT", "/tmp/t39lift/corpus")
os.makedirs(OUT, exist_ok=True)
HERE = os.path.dirname(os.path.abspath(__file__))
TRUTH = {}
CO = "江南恒升电梯工程有限公司"

# ---------------------------------------------------------------- lf01 docx
# 维保中心岗位说明书: header/footer, merged title row, nested table for 工作关系,
# duty table 职责模块|工作内容|频次, a 维保周期 matrix with cycles as columns,
# requirement paragraphs with an inline 修订批注.
WB = {
    "电梯维保工": {
        "code": "WB01", "dept": "维保中心（各分公司维保站）",
        "rel": [("直接上级", "维保组长"), ("直接下属", "无"),
                ("内部协调", "客服调度中心、备件中心、质量安全部"),
                ("外部联系", "物业公司、使用单位、特种设备检验机构")],
        "duties": [
            ("计划保养", "按维保计划对责任片区电梯进行半月、季度、半年、年度保养，填写《电梯维护保养记录》并请使用单位签字确认", "每日"),
            ("急修救援", "接到调度指令后赶赴现场处理故障和困人救援，城区30分钟内到达现场", "随时"),
            ("隐患上报", "发现安全隐患及时上报维保组长，并向使用单位出具《隐患整改通知书》", "随时"),
            ("配合检验", "配合质检员抽检和特种设备检验机构的定期检验，检验前完成自检", "每年"),
            ("备件管理", "凭工单规范领用备件并登记，拆下的旧件按规定退回备件中心", "每次"),
            ("客户沟通", "向物业和使用单位说明电梯安全使用注意事项，维护客户关系", "日常"),
        ],
        "cycle": {
            "半月": "机房环境检查；制动器动作检查；轿厢照明与应急照明；门锁回路；五方对讲",
            "季度": "曳引轮槽磨损；限速器销轴润滑；层门门导靴磨损",
            "半年": "电动机与减速机轴承；曳引钢丝绳张力；限速器钢丝绳",
            "年度": "制动器解体检查；导电回路绝缘性能测试；限速器安全钳联动试验（配合检验）",
        },
        "req": [
            "学历：中专（技校）及以上",
            "专业：机电一体化、电气自动化等相关专业",
            "经验：1年以上电梯维保经验，持证应届生可培养",
            "证书：特种设备作业人员证（电梯修理T）",
            "其他：能适应夜间急修轮值待命，服从片区调配",
        ],
        "note": "【修订批注 人力资源部 2025-02-18：原“低压电工证”要求已删除，统一为特种设备作业人员证（电梯修理T）。】",
    },
    "维保组长": {
        "code": "WB02", "dept": "维保中心（各分公司维保站）",
        "rel": [("直接上级", "维保站站长"), ("直接下属", "电梯维保工（6-10人）"),
                ("内部协调", "客服调度中心、质量安全部、备件中心"),
                ("外部联系", "物业公司、使用单位")],
        "duties": [
            ("计划管理", "编制本组月度维保计划，划分并分配维保工责任片区", "每月"),
            ("质量抽查", "每月抽查本组不少于10%的维保记录和现场保养质量", "每月"),
            ("故障处置", "组织重大故障和困人事件的现场处置，并在24小时内提交故障分析报告", "随时"),
            ("人员带教", "带教新入职维保工，落实师带徒制度", "日常"),
            ("备件审核", "审核本组维保工的备件领用申请", "每次"),
            ("例会汇报", "参加每周维保例会，汇报片区电梯运行情况", "每周"),
        ],
        "cycle": None,
        "req": [
            "学历：大专及以上",
            "专业：机电类相关专业",
            "经验：5年以上电梯维保经验，其中2年以上班组管理经验",
            "证书：特种设备作业人员证（电梯修理T）；持有电梯安全管理（A证）者优先",
        ],
        "note": None,
    },
}


def set_cell_bg(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def gen_lf01():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　　　文件编号：HS-HR-JD-03　　维保中心岗位说明书"
    sec.footer.paragraphs[0].text = "受控版本 V3.2　2025年3月1日生效　　人力资源部编制　　内部资料 注意保密"
    p = d.add_paragraph()
    r = p.add_run("维保中心岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("适用范围：杭州、宁波、温州、合肥各分公司维保站。本说明书替代2022版。")
    for idx, (post, info) in enumerate(WB.items(), 1):
        d.add_paragraph(f"表{idx}")
        t = d.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 3))
        a.text = f"岗位编号 {info['code']}　　{post}"
        set_cell_bg(a, "D9E2F3")
        t.cell(1, 0).text = "岗位名称"
        t.cell(1, 1).text = post
        t.cell(1, 2).text = "所属部门"
        t.cell(1, 3).text = info["dept"]
        t.cell(2, 0).text = "工作关系"
        m = t.cell(2, 1).merge(t.cell(2, 3))
        m.text = ""
        nt = m.add_table(rows=len(info["rel"]), cols=2)
        nt.style = "Table Grid"
        for i, (k, v) in enumerate(info["rel"]):
            nt.cell(i, 0).text = k
            nt.cell(i, 1).text = v
        t.cell(3, 0).text = "岗位目的"
        m2 = t.cell(3, 1).merge(t.cell(3, 3))
        m2.text = ("保障责任片区电梯安全运行，按规完成维护保养和急修救援" if post == "电梯维保工"
                   else "带领维保班组完成片区维保任务，控制维保质量和故障率")
        d.add_paragraph()
        d.add_paragraph("一、岗位职责").runs[0].bold = True
        dt = d.add_table(rows=1, cols=4)
        dt.style = "Table Grid"
        for i, h in enumerate(["序号", "职责模块", "工作内容", "频次"]):
            dt.cell(0, i).text = h
        for i, (m_, c, f) in enumerate(info["duties"], 1):
            row = dt.add_row().cells
            row[0].text = str(i)
            row[1].text = m_
            row[2].text = c
            row[3].text = f
        if info["cycle"]:
            d.add_paragraph("维保周期与主要保养项目（摘自作业指导书，完整项目见TSG T5002）：")
            ct = d.add_table(rows=2, cols=4)
            ct.style = "Table Grid"
            for i, (k, v) in enumerate(info["cycle"].items()):
                ct.cell(0, i).text = k
                cell = ct.cell(1, i)
                cell.text = ""
                for j, item in enumerate(v.split("；")):
                    if j == 0:
                        cell.paragraphs[0].text = item
                    else:
                        cell.add_paragraph(item)
        d.add_paragraph("二、任职资格").runs[0].bold = True
        for line in info["req"]:
            d.add_paragraph(line)
        if info["note"]:
            np_ = d.add_paragraph()
            rr = np_.add_run(info["note"])
            rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            rr.italic = True
        d.add_page_break()
    d.add_paragraph("附：维保站站长岗位说明书另册发布。")
    d.save(os.path.join(OUT, "lf01_维保中心岗位说明书.docx"))
    TRUTH["lf01_维保中心岗位说明书.docx"] = {
        "layout": "header/footer, merged title row, nested table 工作关系 in a merged cell, duty table 序号|职责模块|工作内容|频次, 维保周期 matrix (cycles as columns, items as paragraphs in a cell), requirements as label lines, red 修订批注",
        "posts": WB, "named_only": ["维保站站长"],
    }


# ---------------------------------------------------------------- lf02 docx
# 工作分析问卷: Q&A table 题目 | 任职者填写 | 主管审核意见; supervisor corrects answers.
Q = {
    "电梯安装工": {
        "who": "任职者：李建军（温州分公司 安装二组）　审核人：陈国栋（安装工程部经理）",
        "rows": [
            ("Q1 您的岗位名称", "电梯安装工", "确认"),
            ("Q2 所在部门", "安装工程部（项目部）", "确认"),
            ("Q3 您的直接上级是谁", "项目经理", "更正：直接上级为安装班组长；项目经理为间接上级"),
            ("Q4 您是否有下属", "无", "确认"),
            ("Q5 请列出您的主要工作内容（按重要程度）",
             "1. 按图纸和安装工艺进行导轨、层门、轿厢、曳引机等部件安装\n2. 搭设和拆除井道脚手架，做好井道安全防护\n3. 安装前核对到货设备清单，发现缺件破损及时报告\n4. 配合调试工程师完成慢车调试\n5. 每日清理施工现场，参加班前安全交底并签字\n6. 负责与甲方结算工程款",
             "删除第6条：工程款结算由项目经理负责，不属于本岗位。\n补充：参与安装过程自检，填写《安装过程记录》。"),
            ("Q6 完成本岗位工作所需的最低学历", "☐初中　☑高中/中专　☐大专　☐本科", "确认：高中/中专及以上"),
            ("Q7 需要的工作经验", "2年以上电梯或机电设备安装经验", "确认"),
            ("Q8 必须持有的证书", "☑特种设备作业人员证（电梯安装）　☐高处作业证　☐焊工证",
             "更正：高处作业证（登高证）也须持有，两证必备"),
            ("Q9 工作时间与地点", "随项目常驻工地，一般7:30-17:00，浙江、安徽各项目工地", "确认"),
            ("Q10 目前收入构成", "月薪6000-9000元，另有台量奖", "确认"),
        ],
    },
    "调试工程师": {
        "who": "任职者：周浩（技术部 调试组）　审核人：吴斌（技术部经理）",
        "rows": [
            ("Q1 您的岗位名称", "调试工程师", "确认"),
            ("Q2 所在部门", "技术部（调试组）", "确认"),
            ("Q3 您的直接上级是谁", "调试主管", "确认"),
            ("Q4 您是否有下属", "无，但需现场指导安装工", "确认"),
            ("Q5 请列出您的主要工作内容（按重要程度）",
             "1. 负责新梯慢车、快车调试，调整平层精度、运行舒适感等参数\n2. 配合安装质检和监督检验，整改检验中发现的问题\n3. 处理维保站无法解决的疑难故障，提供远程和现场技术支持\n4. 编写调试报告和参数记录表，建立设备参数档案\n5. 对维保工、安装工进行控制系统和变频器技术培训",
             "确认"),
            ("Q6 完成本岗位工作所需的最低学历", "☐高中/中专　☑大专　☐本科", "确认：大专及以上，电气工程及其自动化、机电一体化等专业"),
            ("Q7 需要的工作经验", "1年以上电梯调试经验", "更正：应为3年以上电梯调试经验"),
            ("Q8 必须持有的证书", "☑特种设备作业人员证（电梯修理T）", "确认；另须熟悉默纳克、新时达等主流控制系统"),
            ("Q9 工作时间与地点", "杭州总部，出差约占60%（浙江、安徽）", "确认"),
            ("Q10 目前收入构成", "月薪9000-15000元，出差补贴另计", "确认"),
        ],
    },
}


def gen_lf02():
    d = Document()
    d.sections[0].header.paragraphs[0].text = f"{CO}　岗位工作分析问卷（2025年度岗位梳理）"
    h = d.add_paragraph()
    r = h.add_run("岗位工作分析问卷汇总")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：问卷由任职者本人填写，直属部门负责人审核。审核意见与任职者填写不一致的，以审核意见为准。")
    for post, info in Q.items():
        d.add_paragraph(f"问卷：{post}").runs[0].bold = True
        d.add_paragraph(info["who"])
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for i, hh in enumerate(["题目", "任职者填写", "主管审核意见"]):
            t.cell(0, i).text = hh
        for q, a, c in info["rows"]:
            row = t.add_row().cells
            row[0].text = q
            row[1].text = a
            row[2].text = c
        d.add_paragraph()
    d.save(os.path.join(OUT, "lf02_岗位工作分析问卷.docx"))
    TRUTH["lf02_岗位工作分析问卷.docx"] = {
        "layout": "job-analysis questionnaire: 题目 | 任职者填写 | 主管审核意见 table; supervisor corrections override (安装工 上级=安装班组长, duty 6 deleted, +自检 duty, +高处作业证; 调试 经验=3年)",
        "posts": Q}


# ---------------------------------------------------------------- lf03 xlsx KPI library
KPI = {
    "维保中心": [
        ("一、客户维度", None, [
            ("WB-C01", "困人救援到场及时率", 0.20, "城区30分钟内到场率≥98%", "按时到场次数÷困人救援总次数×100%", "工单系统", "维保工、维保组长", "月度"),
            ("WB-C02", "客户满意度", 0.10, "≥95分", "客服回访评分平均值", "客服回访记录", "维保工", "季度"),
        ]),
        ("二、内部运营维度", None, [
            ("WB-O01", "保养计划完成率", 0.25, "100%", "实际完成保养台次÷计划保养台次×100%", "维保管理系统", "维保工、维保组长", "月度"),
            ("WB-O02", "电梯故障率", 0.15, "≤0.5次/台·月", "故障次数÷在保电梯台数", "工单系统", "维保组长", "月度"),
            ("WB-O03", "维保记录合格率", 0.10, "≥98%", "抽检合格份数÷抽检份数×100%", "质检抽查", "维保工", "月度"),
        ]),
        ("三、财务维度", None, [
            ("WB-F01", "备件费用控制率", 0.10, "≤100%", "实际备件费用÷备件费用预算×100%", "ERP", "维保组长", "季度"),
        ]),
        ("四、学习与成长维度", None, [
            ("WB-L01", "徒弟出师考核通过率", 0.05, "100%", "考核通过人数÷带教人数×100%", "培训档案", "维保组长", "年度"),
            ("WB-L02", "安全培训出勤率", 0.05, "100%", "实际出勤次数÷应出勤次数×100%", "培训签到", "维保工", "月度"),
        ]),
    ],
    "安装工程部": [
        ("一、进度与质量", None, [
            ("AZ-01", "安装工期达成率", 0.25, "≥95%", "按期完工台数÷计划完工台数×100%", "项目台账", "项目经理", "季度"),
            ("AZ-02", "监督检验一次通过率", 0.25, "≥95%", "一次通过台数÷报检台数×100%", "检验报告", "项目经理、电梯安装工", "季度"),
        ]),
        ("二、安全", None, [
            ("AZ-03", "安全事故次数", 0.20, "0次（发生重伤及以上事故一票否决）", "统计期内发生的安全事故数量", "安全台账", "项目经理、电梯安装工", "年度"),
        ]),
        ("三、成本与回款", None, [
            ("AZ-04", "项目成本控制率", 0.15, "≤100%", "实际成本÷预算成本×100%", "ERP", "项目经理", "按项目"),
            ("AZ-05", "工程款回收率", 0.15, "≥90%", "已回收工程款÷应收工程款×100%", "财务报表", "项目经理", "季度"),
        ]),
    ],
    "客服调度中心": [
        ("一、响应", None, [
            ("KF-01", "困人派单及时率", 0.30, "3分钟内派单率100%", "3分钟内派单的困人工单数÷困人工单总数×100%", "工单系统", "客服调度员", "月度"),
            ("KF-02", "工单闭环率", 0.25, "≥99%", "已闭环工单数÷工单总数×100%", "工单系统", "客服调度员", "月度"),
        ]),
        ("二、服务", None, [
            ("KF-03", "回访率", 0.20, "100%", "已回访工单数÷已完成工单数×100%", "回访记录", "客服调度员", "月度"),
            ("KF-04", "客户投诉率", 0.15, "≤0.5%", "有效投诉数÷工单总数×100%", "投诉台账", "客服调度员", "月度"),
            ("KF-05", "调度日报及时率", 0.10, "100%", "按时报送天数÷应报送天数×100%", "OA", "客服调度员", "月度"),
        ]),
    ],
    "营销中心": [
        ("一、业绩", None, [
            ("XS-01", "新梯签约额完成率", 0.40, "≥100%", "实际签约额÷年度签约目标×100%", "合同台账", "销售经理", "季度"),
            ("XS-02", "合同回款率", 0.30, "≥95%", "实际回款额÷应回款额×100%", "财务报表", "销售经理", "季度"),
        ]),
        ("二、市场", None, [
            ("XS-03", "投标中标率", 0.15, "≥30%", "中标项目数÷投标项目数×100%", "投标台账", "销售经理", "年度"),
            ("XS-04", "重点客户拜访完成率", 0.15, "≥85%", "实际拜访次数÷计划拜访次数×100%", "CRM", "销售经理", "月度"),
        ]),
    ],
}
OLD_KPI = [
    ("半月保养完成率", 0.40, "≥95%"),
    ("困人救援到场时间", 0.30, "城区45分钟内到场"),
    ("客户满意度（回访）", 0.30, "≥90分"),
]


def patch_cached(path, cached):
    """Add cached <v> values to formula cells (as Excel would), cached: {sheetN: {ref: value}}."""
    zin = zipfile.ZipFile(path)
    buf = io.BytesIO()
    zout = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    for item in zin.infolist():
        data = zin.read(item.filename)
        m = re.match(r"xl/worksheets/(sheet\d+)\.xml", item.filename)
        if m and m.group(1) in cached:
            s = data.decode("utf-8")
            for ref, val in cached[m.group(1)].items():
                s = re.sub(r'(<c r="%s"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?' % ref,
                           lambda mm: mm.group(1) + mm.group(2) + "<v>%s</v>" % repr(round(val, 4)), s)
            data = s.encode("utf-8")
        zout.writestr(item, data)
    zout.close()
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def gen_lf03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    notes = [
        f"{CO} KPI指标库（2025版）",
        "1. 本指标库按部门分表，每表按平衡计分卡维度分组，维度权重为其下指标权重之和（公式自动计算）。",
        "2. “适用岗位”列列出使用该指标的岗位；同一岗位的个人考核表从本库选取指标后按比例折算权重。",
        "3. 2024版指标已于2025年1月1日停用，“2024版(作废)”工作表仅供对照。",
        "4. 安全员、质检员的考核按《安全生产考核办法》执行，不在本库。",
    ]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    cached = {}
    sheet_no = 1
    for dept, dims in KPI.items():
        sheet_no += 1
        sh = wb.create_sheet(dept)
        sh.merge_cells("A1:H1")
        sh["A1"] = f"恒升电梯 {dept}KPI指标库（2025版）"
        sh["A1"].font = Font(bold=True, size=14)
        hdr = ["编码", "指标名称", "权重", "目标值", "计算公式/评分方法", "数据来源", "适用岗位", "考核周期"]
        for j, hname in enumerate(hdr, 1):
            c = sh.cell(2, j, hname)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="BDD7EE")
        r = 3
        cache = {}
        dim_rows = []
        for dname, _, items in dims:
            dr = r
            sh.cell(r, 2, dname).font = Font(bold=True)
            first, last = r + 1, r + len(items)
            sh.cell(r, 3, f"=SUM(C{first}:C{last})")
            sh.cell(r, 3).number_format = "0%"
            cache[f"C{r}"] = sum(x[2] for x in items)
            dim_rows.append(r)
            r += 1
            for code, name, w, tgt, formula, src, posts, cyc in items:
                vals = [code, name, w, tgt, formula, src, posts, cyc]
                for j, v in enumerate(vals, 1):
                    c = sh.cell(r, j, v)
                sh.cell(r, 2).alignment = Alignment(indent=2)
                sh.cell(r, 3).number_format = "0%"
                r += 1
        sh.cell(r, 2, "合计").font = Font(bold=True)
        sh.cell(r, 3, "=" + "+".join(f"C{x}" for x in dim_rows))
        sh.cell(r, 3).number_format = "0%"
        cache[f"C{r}"] = 1.0
        for col, wdt in zip("ABCDEFGH", [9, 24, 8, 26, 40, 14, 22, 10]):
            sh.column_dimensions[col].width = wdt
        cached[f"sheet{sheet_no}"] = cache
    sh = wb.create_sheet("2024版(作废)")
    sh["A1"] = "维保工KPI考核表（2024版）——已于2025年1月1日作废，仅供对照"
    sh.append(["指标名称", "权重", "目标值"])
    for n, w, t in OLD_KPI:
        sh.append([n, w, t])
    p = os.path.join(OUT, "lf03_KPI指标库2025.xlsx")
    wb.save(p)
    patch_cached(p, cached)
    TRUTH["lf03_KPI指标库2025.xlsx"] = {
        "layout": "说明 sheet; one sheet per department; BSC dimension rows with =SUM weight formulas (cached values patched in); indicator names indented via cell alignment; 适用岗位 column lists posts; a superseded 2024 sheet",
        "kpi": KPI, "old": OLD_KPI}


# ---------------------------------------------------------------- lf04 xlsx EAV attributes
EAV = [
    # code, post, attr, value, from, to, note
    ("WB01", "电梯维保工", "所属部门", "维保中心", "2025-01-01", "", ""),
    ("WB01", "电梯维保工", "直接上级", "维保站站长", "2022-01-01", "2024-12-31", "班组制改革前"),
    ("WB01", "电梯维保工", "直接上级", "维保组长", "2025-01-01", "", "班组制改革"),
    ("WB01", "电梯维保工", "学历", "高中及以上", "2022-01-01", "2024-12-31", ""),
    ("WB01", "电梯维保工", "学历", "中专（技校）及以上", "2025-01-01", "", ""),
    ("WB01", "电梯维保工", "岗级", "P2", "2025-01-01", "", ""),
    ("WB01", "电梯维保工", "月薪范围", "5000-8000元", "2022-01-01", "2024-12-31", ""),
    ("WB01", "电梯维保工", "月薪范围", "5500-8500元", "2025-01-01", "", "各分公司在此范围内定薪"),
    ("WB01", "电梯维保工", "班次", "做六休一，白班8:30-17:30，夜间急修轮值待命", "2025-01-01", "", ""),
    ("WB02", "维保组长", "直接上级", "维保站站长", "2025-01-01", "", ""),
    ("WB02", "维保组长", "岗级", "P4", "2025-01-01", "", ""),
    ("WB02", "维保组长", "月薪范围", "8000-12000元", "2025-01-01", "", ""),
    ("AZ01", "电梯安装工", "所属部门", "安装工程部", "2025-01-01", "", ""),
    ("AZ01", "电梯安装工", "岗级", "P2", "2025-01-01", "", ""),
    ("AZ01", "电梯安装工", "工作地点", "浙江、安徽各项目工地", "2025-01-01", "", ""),
    ("JS01", "调试工程师", "所属部门", "技术部", "2025-01-01", "", ""),
    ("JS01", "调试工程师", "岗级", "P4", "2025-01-01", "", ""),
    ("JS01", "调试工程师", "月薪范围", "9000-15000元", "2025-01-01", "", ""),
    ("KF01", "客服调度员", "所属部门", "客服调度中心", "2025-01-01", "", ""),
    ("KF01", "客服调度员", "直接上级", "调度主管", "2025-01-01", "", ""),
    ("KF01", "客服调度员", "班次", "两班倒（8:00-20:00 / 20:00-次日8:00）", "2023-01-01", "2024-12-31", ""),
    ("KF01", "客服调度员", "班次", "四班三运转（8:00-16:00 / 16:00-24:00 / 0:00-8:00）", "2025-01-01", "", ""),
    ("KF01", "客服调度员", "工作地点", "杭州总部客服调度中心（滨江）", "2025-01-01", "", ""),
    ("KF01", "客服调度员", "月薪范围", "4500-6500元", "2025-01-01", "", "含夜班津贴"),
    ("CK01", "备件仓管员", "所属部门", "物资部（备件中心）", "2025-01-01", "", ""),
    ("CK01", "备件仓管员", "工作地点", "杭州萧山备件总仓", "2025-01-01", "", ""),
    ("CK01", "备件仓管员", "月薪范围", "4800-6500元", "2025-01-01", "", ""),
    ("ZJ01", "质检员", "岗级", "P4", "2025-01-01", "", ""),
    ("ZJ01", "质检员", "月薪范围", "8000-11000元", "2025-01-01", "", ""),
    ("AQ01", "安全员", "月薪范围", "7000-10000元", "2025-01-01", "", ""),
    ("XS01", "销售经理", "岗级", "M2", "2025-01-01", "", ""),
    ("PX01", "培训讲师", "所属部门", "培训中心", "2025-01-01", "", "岗位说明书待编制"),
]


def gen_lf04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位属性"
    ws.append(["岗位代码", "岗位名称", "属性", "属性值", "生效日期", "失效日期", "备注"])
    for row in EAV:
        ws.append(list(row))
    for col, wdt in zip("ABCDEFG", [9, 12, 10, 44, 12, 12, 20]):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet("岗级说明")
    ws2.merge_cells("A1:C1")
    ws2["A1"] = "岗级序列说明"
    ws2.append(["岗级", "序列", "说明"])
    for row in [("P2", "专业技术/技能序列", "初级技能岗"), ("P4", "专业技术/技能序列", "骨干/班组长"),
                ("P5", "专业技术/技能序列", "项目经理"), ("M2", "管理序列", "部门经理级"),
                ("M3", "管理序列", "分公司经理级")]:
        ws2.append(list(row))
    ws2["A9"] = "注：失效日期为空的记录为现行有效记录。"
    wb.save(os.path.join(OUT, "lf04_岗位基础信息库.xlsx"))
    TRUTH["lf04_岗位基础信息库.xlsx"] = {
        "layout": "EAV long format 岗位代码|岗位名称|属性|属性值|生效日期|失效日期|备注, superseded rows with 失效日期; 岗级 sheet with merged title",
        "rows": EAV}


# ---------------------------------------------------------------- lf05 csv
CSVROWS = [
    ("HS-2501", "电梯维保工", "杭州分公司", "维保中心", "6", "中专及以上", "1年以上", "电梯修理T证", "6000-8500", "做六休一+夜间轮值待命", "维保组长", "招聘中", "2025-03-01"),
    ("HS-2502", "电梯维保工", "合肥分公司", "维保中心", "4", "中专及以上", "1年以上", "电梯修理T证", "5500-7500", "做六休一+夜间轮值待命", "维保组长", "招聘中", "2025-03-01"),
    ("HS-2503", "电梯安装工", "温州分公司", "安装工程部", "8", "高中/中专及以上", "2年以上", "电梯安装证+高处作业证", "6000-9000（另计台量奖）", "随项目", "安装班组长", "招聘中", "2025-03-05"),
    ("HS-2504", "客服调度员", "杭州总部", "客服调度中心", "3", "中专及以上", "1年以上客服或调度经验", "无", "4500-6500", "四班三运转", "调度主管", "招聘中", "2025-03-08"),
    ("HS-2505", "调试工程师", "杭州总部", "技术部", "2", "大专及以上", "3年以上", "电梯修理T证", "9000-15000", "常白班（出差约60%）", "调试主管", "招聘中", "2025-03-10"),
    ("HS-2406", "备件仓管员", "杭州总部", "物资部", "1", "高中及以上", "1年以上仓库管理经验", "叉车证优先", "4800-6500", "常白班，周六轮值", "物资部经理", "已关闭", "2024-11-20"),
    ("HS-2507", "维保组长", "宁波分公司", "维保中心", "1", "大专及以上", "5年以上", "电梯修理T证", "8000-12000", "做六休一", "维保站站长", "暂停", "2025-03-12"),
]


def gen_lf05():
    p = os.path.join(OUT, "lf05_在招职位导出.csv")
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write("# 恒升电梯招聘管理系统 职位列表导出\n# 导出人：hr_zhangli　导出时间：2025-03-15 09:42\n# 筛选条件：全部分公司；状态=全部\n")
        w = csv.writer(f)
        w.writerow(["职位编号", "职位名称", "分公司", "部门", "招聘人数", "学历", "经验", "证书", "月薪(元)", "班次", "汇报对象", "状态", "发布日期"])
        for r in CSVROWS:
            w.writerow(r)
        f.write("# 共7条记录\n")
    TRUTH["lf05_在招职位导出.csv"] = {"layout": "# comment preamble and footer, 13 columns, statuses 招聘中/已关闭/暂停, pay per branch", "rows": CSVROWS}


# ---------------------------------------------------------------- lf06 html (wiki revision view)
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>岗位职责（修订对比）- 恒升知识库</title>
<style>del{color:#c00}ins{color:#080;text-decoration:none;background:#e6ffe6}.meta{color:#666}</style></head>
<body>
<div class="topbar">恒升知识库 ｜ 人力资源 › 岗位职责 › 客服与物资</div>
<div class="meta">页面版本 v7（对比 v6）　最后修改：孙婷 2025-02-26　<span class="legend">红色删除线为删除内容，绿色为新增内容</span></div>
<h1>客服与物资岗位职责（2025修订）</h1>

<h2 id="kf">客服调度员</h2>
<p class="meta">所属：客服调度中心　｜　汇报：调度主管　｜　地点：杭州总部（滨江）</p>
<h3>岗位职责</h3>
<ol>
<li>7×24小时接听96333电梯应急处置平台转接电话及公司服务热线，受理困人、故障报修和投诉；</li>
<li>根据片区和维保工实时位置派发工单，困人警情<del>5分钟</del><ins>3分钟</ins>内完成派单；</li>
<li>跟踪工单进度，督促维保工按时到达现场并闭环；</li>
<li>对已完成工单进行电话回访，记录客户满意度；</li>
<li><del>每月统计投诉数据并上报客服经理；</del><ins>每日编制调度日报，报送维保中心和分公司经理；</ins></li>
<li>困人事件按要求同步上报属地市场监管部门。</li>
</ol>
<h3>任职要求</h3>
<ul>
<li>学历：<del>大专</del><ins>中专</ins>及以上；</li>
<li>经验：1年以上客服或调度工作经验；</li>
<li>技能：普通话标准，打字每分钟50字以上，熟练使用工单系统；</li>
<li>能适应四班三运转倒班。</li>
</ul>

<h2 id="ck">备件仓管员</h2>
<p class="meta">所属：物资部（备件中心）　｜　汇报：物资部经理　｜　地点：杭州萧山备件总仓</p>
<h3>岗位职责</h3>
<ol>
<li>负责备件入库验收、上架和库位管理，做到账实相符；</li>
<li>根据维保工领料单发放备件，核对工单号后出库；</li>
<li>登记回收旧件，配合质检员判定可修复件；</li>
<li>每月月末全面盘点一次，每季度配合财务抽盘；</li>
<li>监控安全库存，低于安全库存时<del>通知采购员</del><ins>在ERP中提出采购申请</ins>。</li>
</ol>
<h3>任职要求</h3>
<ul>
<li>学历：高中及以上；</li>
<li>经验：1年以上仓库管理经验；</li>
<li>技能：熟练使用ERP/WMS系统；持有叉车证者优先；</li>
<li>班次：常白班8:30-17:30，周六轮值。</li>
</ul>

<h2 id="dkh">大客户经理</h2>
<p>大客户经理岗位说明书正在编制中，另行发布。</p>
<div class="footer">© 江南恒升电梯工程有限公司 内部知识库</div>
</body></html>
"""


def gen_lf06():
    with open(os.path.join(OUT, "lf06_客服与物资岗位职责_修订对比.html"), "w", encoding="utf-8") as f:
        f.write(HTML)
    TRUTH["lf06_客服与物资岗位职责_修订对比.html"] = {
        "layout": "wiki revision view with <del>/<ins>; meta line '所属：…｜汇报：…｜地点：…'; 大客户经理 named only",
        "truth": "客服调度员: 3分钟派单, 日报 duty (not 月统计投诉), 学历 中专及以上; 备件仓管员: ERP 采购申请"}


# ---------------------------------------------------------------- lf07 pdf 竞聘公告
def gen_lf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="wqy", fontSize=10.5, leading=16, wordWrap="CJK")
    tt = ParagraphStyle("t", fontName="wqy", fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h", fontName="wqy", fontSize=12, leading=20, spaceBefore=6)
    story = [Paragraph("江南恒升电梯工程有限公司", tt), Paragraph("2025年中层及项目管理岗位内部竞聘公告", tt),
             Paragraph("恒升人〔2025〕12号", ParagraphStyle("c", fontName="wqy", fontSize=10, alignment=1)), Spacer(1, 6 * mm),
             Paragraph("为加强分公司经营管理和安装项目管理，经公司研究决定，面向全体员工公开竞聘以下岗位。现将有关事项公告如下：", st),
             Paragraph("一、竞聘岗位", h2)]
    data = [["竞聘岗位", "名额", "岗级", "工作地点", "所属部门", "直接上级"],
            ["宁波分公司经理", "1", "M3", "宁波", "宁波分公司", "营运副总经理"],
            ["安装项目经理", "2", "P5", "合肥、温州", "安装工程部", "安装工程部经理"]]
    tb = Table(data, colWidths=[32 * mm, 14 * mm, 14 * mm, 26 * mm, 28 * mm, 32 * mm])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, "black"), ("BACKGROUND", (0, 0), (-1, 0), "#DDDDDD")]))
    story += [tb, Paragraph("二、岗位职责及报名条件", h2)]
    parts = {
        "（一）宁波分公司经理": {
            "岗位职责": ["1.全面负责分公司经营管理，完成公司下达的年度新梯销售、维保签约和回款目标；",
                      "2.建立健全分公司安全生产责任制，是分公司安全生产第一责任人；",
                      "3.管理分公司维保站、安装项目及客服人员，负责团队建设和人员考核；",
                      "4.维护与当地市场监管部门、大客户和物业公司的关系；",
                      "5.审批分公司费用支出，控制经营成本。"],
            "报名条件": ["1.本科及以上学历，机电类或工商管理类专业；",
                      "2.8年以上电梯行业工作经验，其中3年以上中层管理经验；",
                      "3.持有特种设备安全管理人员证（电梯安全管理A证）；",
                      "4.年龄45周岁以下，身体健康。"],
            "薪酬": "年薪25万-35万元（含绩效），按M3岗级执行。"},
        "（二）安装项目经理": {
            "岗位职责": ["1.负责安装项目的进度、质量、安全和成本管理，编制项目施工计划；",
                      "2.组织安装班组进场，进行安全技术交底；",
                      "3.协调土建单位、总包方和监理，处理井道土建问题；",
                      "4.组织项目自检并申报监督检验，办理电梯移交手续；",
                      "5.负责项目工程款结算和签证资料收集。"],
            "报名条件": ["1.大专及以上学历，机电类专业；",
                      "2.5年以上电梯安装经验，其中2年以上项目管理经验；",
                      "3.持有二级建造师（机电工程）注册证书；",
                      "4.能适应长期驻外，服从项目调配。"],
            "薪酬": "月薪10000-16000元，另按项目考核发放项目奖金；直接下属为安装班组长和电梯安装工。"},
    }
    for title, p in parts.items():
        story.append(Paragraph(title, h2))
        for k in ["岗位职责", "报名条件"]:
            story.append(Paragraph(k + "：", st))
            for line in p[k]:
                story.append(Paragraph(line, st))
        story.append(Paragraph("薪酬待遇：" + p["薪酬"], st))
    story += [Paragraph("三、竞聘程序", h2),
              Paragraph("报名（3月20日前）→资格审查→竞聘演讲及答辩→民主测评→公司党政联席会议研究→公示5个工作日。", st),
              Paragraph("四、联系方式：人力资源部 0571-8888 6621（孙老师）。", st), Spacer(1, 10 * mm),
              Paragraph("江南恒升电梯工程有限公司人力资源部　2025年3月10日", ParagraphStyle("r", fontName="wqy", fontSize=10.5, alignment=2))]

    def footer(c, doc):
        c.setFont("wqy", 8)
        c.drawCentredString(A4[0] / 2, 10 * mm, f"第 {doc.page} 页")
    SimpleDocTemplate(os.path.join(OUT, "lf07_2025年内部竞聘公告.pdf"), pagesize=A4,
                      leftMargin=20 * mm, rightMargin=20 * mm).build(story, onFirstPage=footer, onLaterPages=footer)
    TRUTH["lf07_2025年内部竞聘公告.pdf"] = {"layout": "official-notice PDF: ruled table of posts with 直接上级, then per post 岗位职责/报名条件 numbered lines, 薪酬待遇 line", "parts": parts}


# ---------------------------------------------------------------- lf08 txt (reStructuredText field lists)
RST = """==========================================
质量安全部岗位规范
==========================================

:文档编号: HS-QS-002
:版本: 2025-A
:编制: 质量安全部
:批准: 总工程师

.. contents:: 目录

质检员
======

:岗位名称: 质检员
:所属部门: 质量安全部
:直接上级: 质量安全部经理
:直接下属: 无
:学历要求: 大专及以上
:专业要求: 机电一体化、电气工程等相关专业
:工作经验: 3年以上电梯安装或维保经验
:资格证书: 特种设备作业人员证（电梯修理T）；具有电梯检验员（RT）资格者优先
:工作地点: 杭州总部，需定期到各分公司巡检

岗位职责
--------

#. 对安装项目进行过程质量检查和移交前自检，签发《安装质量自检报告》；
#. 每季度按不低于5%的比例抽检各维保站的维保质量；
#. 跟踪质量问题整改，建立质量问题台账并定期通报；
#. 参与重大故障和事故的原因分析，提出纠正预防措施；
#. 编制月度质量分析报告，报质量安全部经理。

安全员
======

:岗位名称: 安全员
:所属部门: 质量安全部
:直接上级: 质量安全部经理
:学历要求: 大专及以上
:专业要求: 安全工程或机电类专业
:工作经验: 2年以上建筑施工或特种设备安全管理经验
:资格证书: 须持建筑施工企业专职安全生产管理人员证（C证）；注册安全工程师优先
:工作地点: 杭州总部

岗位职责
--------

#. 监督安装现场安全防护，重点检查井道防护、临边洞口和动火作业；
#. 组织新员工三级安全教育和每月安全培训；
#. 开展每周安全检查，下发整改通知并跟踪复查；
#. 建立特种作业人员持证台账，跟踪证书到期复审；
#. 发生事故时参与应急救援，并按程序逐级上报。

.. note::

   质检员、安全员绩效考核指标：略（按《安全生产考核办法》执行，另行下发）。
"""


def gen_lf08():
    with open(os.path.join(OUT, "lf08_质量安全部岗位规范.txt"), "w", encoding="utf-8") as f:
        f.write(RST)
    TRUTH["lf08_质量安全部岗位规范.txt"] = {"layout": "reStructuredText: === titles, :字段: field lists, #. auto-numbered duties, .. note:: with 略 KPI"}


# ---------------------------------------------------------------- lf09 GBK prose
GBK = """营销中心岗位说明（2025年修订）

一、销售经理（新梯销售）

　　销售经理隶属于营销中心，直接向营销中心总监汇报，下设销售代表若干名。该岗位主要负责四方面工作：一是开发房地产开发商、总包单位和政府项目客户，完成个人年度新梯签约目标；二是组织投标，编制报价和技术方案，参与商务谈判；三是跟进合同执行，协调排产、发货和安装进度；四是负责合同回款，配合财务催收应收账款。
　　任职要求方面，需具备本科及以上学历，市场营销、机械或电气类专业；五年以上电梯或机电设备销售经验，其中两年以上团队管理经验；熟悉招投标流程，具备良好的谈判能力；需持有C1驾照，能适应经常出差。
　　薪酬为底薪8000元/月加提成，工作地点在杭州总部或各分公司所在城市。

二、维保业务员

　　维保业务员隶属于各分公司，向分公司经理汇报。主要负责三方面工作：一是在保电梯的维保合同续签；二是洽谈免保期满电梯转为收费维保；三是开发新的维保业务客户（物业公司、医院、学校等）。
　　要求大专及以上学历，两年以上销售经验，有物业或电梯行业客户资源者优先。
　　薪酬为底薪4500元/月加提成。

（本说明自2025年1月1日起执行，2023版同时废止。）
"""


def gen_lf09():
    with open(os.path.join(OUT, "lf09_营销中心岗位说明.txt"), "w", encoding="gbk", newline="\r\n") as f:
        f.write(GBK)
    TRUTH["lf09_营销中心岗位说明.txt"] = {"layout": "GBK CRLF prose, run-in 一是/二是 enumerations, full-width indent", "text": GBK}


# ---------------------------------------------------------------- lf10 md handbook (policy)
MD = """# 恒升电梯 新员工入职手册（2025版）

> 本手册适用于全体新入职员工。岗位职责以各部门岗位说明书为准，本手册不作规定。

## 1 公司简介

江南恒升电梯工程有限公司成立于2006年，总部位于杭州，设有杭州、宁波、温州、合肥四家分公司，业务涵盖电梯销售、安装、改造和维护保养，在保电梯约1.2万台。

## 2 组织架构

- 总经理
  - 营运副总经理：各分公司（维保站、安装项目部）、客服调度中心
  - 技术副总经理（总工程师）：技术部、质量安全部、培训中心
  - 营销中心总监：营销中心
  - 综合：人力资源部、财务部、物资部

## 3 考勤与作息

| 人员类别 | 工作制 | 时间 |
|---|---|---|
| 职能部门 | 五天工作制 | 8:30-17:30 |
| 维保站 | 做六休一 | 8:30-17:30，夜间急修轮值 |
| 客服调度中心 | 四班三运转 | 见排班表 |
| 安装项目 | 随项目 | 由项目经理安排 |

## 4 急修值班

维保工夜间轮值待命，接到调度指令须在城区30分钟内到达现场。值班补贴50元/晚，出车另计。

## 5 薪酬福利

略（详见《薪酬管理制度》，由人力资源部另行解释）。

## 6 培训与师带徒

新入职维保工须完成3个月师带徒，由维保组长带教，培训中心培训讲师负责理论课程，考核合格后方可独立上岗。

## 7 安全须知

进入井道必须系安全带、佩戴安全帽，严禁一人单独进入轿顶作业。
"""


def gen_lf10():
    with open(os.path.join(OUT, "lf10_新员工入职手册.md"), "w", encoding="utf-8") as f:
        f.write(MD)
    TRUTH["lf10_新员工入职手册.md"] = {"layout": "policy handbook (distractor): org tree, 作息 table, 薪酬福利 略, 培训讲师 named only"}


if __name__ == "__main__":
    for g in [gen_lf01, gen_lf02, gen_lf03, gen_lf04, gen_lf05, gen_lf06, gen_lf07, gen_lf08, gen_lf09, gen_lf10]:
        g()
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(TRUTH, f, ensure_ascii=False, indent=1, default=str)
    print("wrote", sorted(os.listdir(OUT)))
