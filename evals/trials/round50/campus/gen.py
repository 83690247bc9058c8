"""Round 50 'campus': 青禾高校后勤服务有限公司 — 10 HR documents.

Run: T50_OUT=/tmp/t50campus/corpus /tmp/genv/bin/python gen.py
Writes the corpus and truth.json (what each document says) next to it.
"""
import copy
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

OUT = Path(os.environ.get("T50_OUT", "/tmp/t50campus/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "青禾高校后勤服务有限公司"
TRUTH = {}


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_lv(cell, label, value):
    """label on the first line, value on the second line of the same cell"""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    p2 = cell.add_paragraph()
    p2.add_run(value)


# ---------------------------------------------------------------- c01 docx
C01_POSTS = [
    {
        "no": "一", "title": "食堂厨师长", "code": "YS-01",
        "facts": [("岗位名称", "食堂厨师长"), ("所属部门", "饮食服务中心"), ("直接上级", "饮食服务中心主任"),
                  ("直接下级", "厨师、面点师、切配工"),
                  ("学历", "中专及以上"), ("专业", "烹饪工艺与营养相关专业"),
                  ("工作经验", "8年以上团餐厨房工作经验，其中3年以上厨房管理经验"),
                  ("职业资格", "中式烹调师（技师）证书、健康证"),
                  ("工作地点", "东校区第一食堂"), ("薪资范围", "7500–9500元/月"),
                  ("班次", "早班05:30–14:00，每周轮值一次晚班"), ("编制", "1人")],
        "duties": [
            "1. 负责制定每周菜谱，结合营养配餐员的建议搭配荤素，报饮食服务中心主任审批后执行；",
            "2. 组织厨房每日生产，按报餐人数核定投料量，控制出品时间和菜品口味质量；",
            "3. 严格执行食品留样制度，每餐每个品种留样不少于125克，冷藏保存48小时以上；",
            "4. 负责厨房燃气、灶具和排烟设备的班前班后安全检查，发现隐患立即停用报修；",
            "5. 控制食材成本，配合采购员编制次日采购计划，对验收不合格的食材有权拒收；",
            "6. 负责厨师、切配工的技能培训、考勤与排班。",
        ],
        "ability": "熟悉大锅菜与风味窗口出品流程，具备较强的成本意识和团队管理能力。",
    },
    {
        "no": "二", "title": "面点师", "code": "YS-03",
        "facts": [("岗位名称", "面点师"), ("所属部门", "饮食服务中心"), ("直接上级", "食堂厨师长"),
                  ("直接下级", "无"),
                  ("学历", "初中及以上"), ("专业", "不限"),
                  ("工作经验", "3年以上面点制作经验，熟悉北方面食"),
                  ("职业资格", "中式面点师（四级及以上）证书、健康证"),
                  ("工作地点", "东校区第一食堂面点间"), ("薪资范围", "5200–6500元/月"),
                  ("班次", "早班04:30–12:30"), ("编制", "4人")],
        "duties": [
            "1. 负责包子、馒头、花卷、油条等早餐主食及各类面点的制作，保证6:30前出品；",
            "2. 按厨师长下达的生产单核定面粉、馅料用量，如实填写领料记录；",
            "3. 负责和面机、压面机、蒸柜、烤箱等面点设备的清洁与日常保养；",
            "4. 每学期开发季节性面点新品不少于4个，报厨师长试吃通过后上线；",
            "5. 保持面点间卫生，生熟分开存放，成品标注制作时间。",
        ],
        "ability": "手法熟练，能独立完成发面、调馅和造型，服从排班。",
    },
    {
        "no": "三", "title": "收银员", "code": "YS-07",
        "facts": [("岗位名称", "收银员"), ("所属部门", "饮食服务中心"), ("直接上级", "餐厅主管"),
                  ("直接下级", "无"),
                  ("学历", "高中及以上"), ("专业", "不限"),
                  ("工作经验", "1年以上收银工作经验"),
                  ("职业资格", "／"),
                  ("工作地点", "西校区第二食堂"), ("薪资范围", "4200–4800元/月"),
                  ("班次", "中班10:30–19:00"), ("编制", "6人")],
        "duties": [
            "1. 负责食堂窗口及餐厅小超市的收银，熟练操作校园一卡通消费机和扫码收款设备；",
            "2. 每日核对营业款，做到日清日结，长短款当日写出书面说明；",
            "3. 负责一卡通挂失登记和团体就餐结算单的核对；",
            "4. 保持收银台整洁，高峰时段协助维持排队秩序；",
            "5. 消费机故障时立即报修，并启用纸质备用登记表记录消费。",
        ],
        "ability": "细心、诚信，服务态度好，会使用Excel。",
    },
]
C01_OLD = [
    "1. 负责食堂窗口现金收银及饭卡充值；",
    "2. 负责每周汇总营业款并交财务室；",
    "3. 负责开具餐费收据。",
]


def gen_c01():
    doc = Document()
    cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　受控文件　编号：QH-HR-JD-2025-01"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "人力资源部编制｜本汇编自2025年2月起执行，2023年版同时废止"
    t = doc.add_paragraph()
    r = t.add_run("饮食服务中心岗位说明书汇编（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("说明：每个岗位一张表。表中每格第一行为项目名称，第二行为内容；“／”表示该项无要求。"
                      "切配工、洗消工岗位说明书另行编制。")
    truth = {}
    for p in C01_POSTS:
        h = doc.add_paragraph()
        rr = h.add_run(f"岗位{p['no']}　{p['title']}　（岗位编号 {p['code']}）")
        rr.bold = True
        rr.font.size = Pt(12)
        tb = doc.add_table(rows=5, cols=4)
        tb.style = "Table Grid"
        for i, (lab, val) in enumerate(p["facts"]):
            cell_lv(tb.cell(i // 4, i % 4), lab, val)
        # duties: merged full row, heading paragraph + duty paragraphs in one cell
        c = tb.cell(3, 0).merge(tb.cell(3, 3))
        shade(c, "F2F2F2")
        c.paragraphs[0].add_run("岗位职责").bold = True
        for d in p["duties"]:
            c.add_paragraph(d)
        c2 = tb.cell(4, 0).merge(tb.cell(4, 3))
        c2.paragraphs[0].add_run("能力要求").bold = True
        c2.add_paragraph(p["ability"])
        if p["title"] == "面点师":
            note = doc.add_paragraph()
            a = note.add_run("【修订痕迹】班次：")
            a.italic = True
            old = note.add_run("早班05:00–13:00")
            old.font.strike = True
            note.add_run("　→　早班04:30–12:30（人力资源部 2025-01-20 修改）").italic = True
        doc.add_paragraph("")
        truth[p["title"]] = {"facts": dict(p["facts"]), "duties": p["duties"], "ability": p["ability"]}
    doc.add_page_break()
    h = doc.add_paragraph()
    h.add_run("附：2023年版收银员岗位职责（已废止，仅供查档）").bold = True
    for d in C01_OLD:
        doc.add_paragraph(d)
    doc.save(OUT / "c01_饮食服务中心岗位说明书汇编.docx")
    TRUTH["c01_饮食服务中心岗位说明书汇编.docx"] = {
        "layout": "one 4-col table per post, each cell 'label line + value line'; duties in one merged cell; header/footer; struck-text revision note; void 2023 appendix",
        "posts": truth, "superseded": {"收银员(2023)": C01_OLD}, "named_only": ["切配工", "洗消工", "餐厅主管"]}


# ---------------------------------------------------------------- c02 docx
def add_tracked(par, deleted, inserted, author="人事部", date="2025-01-10T09:00:00Z"):
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901")
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    r.append(dt)
    d.append(r)
    par._p.append(d)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "902")
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = inserted
    r2.append(t)
    i.append(r2)
    par._p.append(i)


SG_DO = [
    "负责学生出入和来访人员登记，非本楼人员一律不得留宿",
    "每晚23:00查寝，核对晚归、未归学生名单并报辅导员",
    "每日巡查楼内水电、消防设施，发现隐患2小时内报修",
    "管理公寓备用钥匙，学生借用钥匙须登记并当日归还",
    "受理学生报修，通过后勤报修平台派单并跟踪完成情况",
]
SG_DONT = [
    "严禁将备用钥匙转借他人",
    "严禁值班期间脱岗、睡岗",
    "严禁收受学生及家长财物",
    "严禁私自进入学生寝室（查寝、紧急情况除外）",
    "严禁在值班室使用大功率电器",
]
BJ_DUTIES = [
    "（1）编制公寓公共区域保洁排班表和作业标准，报公寓中心主任审批；",
    "（2）每日抽查楼道、卫生间、洗衣房的保洁质量，填写保洁检查记录；",
    "（3）管理保洁耗材和消毒药剂的领用台账，控制耗材成本；",
    "（4）组织保洁员开展安全操作和消毒培训，每月不少于1次；",
    "（5）迎新季、毕业季组织公寓专项大扫除和退宿清洁验收。",
]


def gen_c02():
    doc = Document()
    cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "学生公寓管理中心　内部资料　注意保存"
    sec.footer.paragraphs[0].text = "修订：2025年1月（第3版）"
    t = doc.add_paragraph()
    r = t.add_run("学生公寓管理中心工作手册")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_heading("第一章　总则", level=1)
    doc.add_paragraph("本手册适用于东校区学生公寓1–6号楼的日常管理。公寓中心实行“一楼一员”包干管理，"
                      "夜间突发事件由值班经理统筹调度。学生住宿管理规定另见学校文件。")
    doc.add_heading("第二章　岗位设置", level=1)
    doc.add_paragraph("本中心设公寓中心主任1名、宿管员12名、保洁主管1名、保洁员若干、值班经理2名。")
    doc.add_heading("第三章　宿管员", level=1)
    p = doc.add_paragraph("宿管员隶属学生公寓管理中心，直接上级为")
    add_tracked(p, "楼栋长", "公寓中心主任")
    p.add_run("，负责所在楼栋的安全、秩序与服务。")
    p2 = doc.add_paragraph("任职条件：高中及以上学历，年龄50周岁以下，有学校或物业工作经历者优先，"
                           "须持有效的消防安全培训合格证。")
    p3 = doc.add_paragraph()
    run = p3.add_run("班次：三班倒（早班8:00–16:00、中班16:00–24:00、夜班0:00–8:00），夜班在值班室值守。")
    try:
        doc.add_comment([run], text="寒暑假期间改为两班倒，另行通知。", author="人事部", initials="HR")
    except Exception:
        pass
    doc.add_paragraph("工作地点：东校区学生公寓1–6号楼。薪酬：4000–4600元/月（含夜班津贴）。")
    doc.add_paragraph("宿管员工作规范如下表：")
    tb = doc.add_table(rows=len(SG_DO) + 1, cols=3)
    tb.style = "Table Grid"
    for j, hname in enumerate(["序号", "应做事项", "禁止事项"]):
        tb.cell(0, j).text = hname
        shade(tb.cell(0, j))
    for i, (a, b) in enumerate(zip(SG_DO, SG_DONT), 1):
        tb.cell(i, 0).text = str(i)
        tb.cell(i, 1).text = a
        tb.cell(i, 2).text = b
    doc.add_heading("第四章　保洁主管", level=1)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    bc = box.cell(0, 0)
    shade(bc, "FFF2CC")
    bc.paragraphs[0].add_run("岗位信息").bold = True
    bc.add_paragraph("直接上级：公寓中心主任｜直接下级：保洁员")
    bc.add_paragraph("学历：高中及以上｜经验：3年以上物业或酒店保洁管理经验")
    bc.add_paragraph("证书：无硬性要求｜班次：白班8:00–17:00")
    doc.add_paragraph("保洁主管的主要职责：")
    for d in BJ_DUTIES:
        doc.add_paragraph(d)
    doc.add_heading("第五章　保洁员", level=1)
    doc.add_paragraph("岗位职责：略（见《公寓保洁作业标准》）。")
    doc.add_heading("第六章　附则", level=1)
    doc.add_paragraph("本手册由学生公寓管理中心负责解释，自发布之日起施行。")
    doc.save(OUT / "c02_学生公寓管理中心工作手册.docx")
    TRUTH["c02_学生公寓管理中心工作手册.docx"] = {
        "layout": "prose chapters; real w:del/w:ins tracked change on 宿管员 boss; Word comment; do/don't table; one-cell shaded fact box; 保洁员 略",
        "posts": {
            "宿管员": {"直接上级": "公寓中心主任 (tracked change; deleted 楼栋长)", "学历": "高中及以上",
                      "年龄": "50周岁以下", "证书": "消防安全培训合格证", "经验": "学校或物业工作经历优先",
                      "班次": "三班倒 早8–16 中16–24 夜0–8", "地点": "东校区学生公寓1–6号楼",
                      "薪资": "4000–4600元/月（含夜班津贴）", "应做": SG_DO, "禁止": SG_DONT},
            "保洁主管": {"直接上级": "公寓中心主任", "直接下级": "保洁员", "学历": "高中及以上",
                        "经验": "3年以上物业或酒店保洁管理经验", "证书": "无硬性要求", "班次": "白班8:00–17:00",
                        "duties": BJ_DUTIES},
            "保洁员": "略",
        },
        "named_only": ["值班经理", "楼栋长(deleted)"]}


# ---------------------------------------------------------------- c03 xlsx KPI
KPI_YS = [
    ("食堂厨师长", "菜品抽检合格率", "抽检合格批次/抽检总批次×100%", 0.25, "≥98%", "≥98%", "食品安全科抽检记录", "月度"),
    ("食堂厨师长", "学生就餐满意度", "满意度问卷平均得分（百分制）", 0.25, "≥90分", "≥85分", "学期问卷", "学期"),
    ("食堂厨师长", "食材成本率", "食材成本/营业收入×100%", 0.20, "≤62%", "≤65%", "财务月报", "月度"),
    ("食堂厨师长", "留样执行率", "实际留样餐次/应留样餐次×100%", 0.15, "100%", "100%", "留样登记本", "月度"),
    ("食堂厨师长", "安全检查记录完整率", "完整记录天数/开餐天数×100%", 0.15, "100%", "100%", "厨房安全检查表", "月度"),
    ("面点师", "面点出品准时率", "按时出品餐次/总餐次×100%", 0.30, "≥99%", "≥95%", "出品记录", "月度"),
    ("面点师", "面点新品数量", "试吃通过并上线的新品个数", 0.20, "≥4个/学期", "不考核", "厨师长评审记录", "学期"),
    ("面点师", "原料损耗率", "损耗原料重量/领用原料重量×100%", 0.25, "≤3%", "≤4%", "领料记录", "月度"),
    ("面点师", "面点间卫生检查得分", "食品安全科周检平均分", 0.25, "≥95分", "≥95分", "周检记录", "月度"),
    ("收银员", "营业款差错率", "长短款金额/营业款总额×100%", 0.40, "≤0.01%", "≤0.01%", "收银日报", "月度"),
    ("收银员", "日清日结完成率", "当日完成对账天数/营业天数×100%", 0.30, "100%", "100%", "收银日报", "月度"),
    ("收银员", "顾客有效投诉次数", "经核实的收银服务投诉次数", 0.30, "0次", "0次", "投诉台账", "月度"),
]
KPI_GY = [
    ("宿管员", "查寝执行率", "实际查寝天数/应查寝天数×100%", 0.30, "100%", "100%（留校生楼栋）", "查寝记录", "月度"),
    ("宿管员", "安全隐患上报及时率", "2小时内上报隐患数/发现隐患总数×100%", 0.25, "100%", "100%", "报修平台", "月度"),
    ("宿管员", "住宿学生满意度", "学期满意度测评得分", 0.25, "≥90分", "不考核", "学生测评", "学期"),
    ("宿管员", "钥匙借用登记完整率", "登记完整次数/借用总次数×100%", 0.20, "100%", "100%", "钥匙登记本", "月度"),
    ("保洁主管", "公共区域保洁合格率", "抽查合格点位/抽查点位×100%", 0.35, "≥95%", "≥92%", "保洁检查记录", "月度"),
    ("保洁主管", "保洁耗材预算执行率", "实际耗材费用/预算×100%", 0.25, "≤100%", "≤100%", "耗材台账", "月度"),
    ("保洁主管", "保洁员培训完成率", "已完成培训人次/应培训人次×100%", 0.20, "100%", "100%", "培训签到表", "月度"),
    ("保洁主管", "投诉整改及时率", "24小时内整改投诉数/投诉总数×100%", 0.20, "≥98%", "≥98%", "投诉台账", "月度"),
    ("水电维修工", "报修响应及时率", "30分钟内到场单数/报修总单数×100%", 0.30, "≥98%", "≥95%", "后勤报修平台", "月度"),
    ("水电维修工", "维修一次合格率", "一次修复合格单数/维修总单数×100%", 0.30, "≥95%", "≥95%", "报修平台回访", "月度"),
    ("水电维修工", "7日返修率", "7日内同一故障返修单数/维修总单数×100%", 0.20, "≤3%", "≤3%", "报修平台", "月度"),
    ("水电维修工", "安全操作违规次数", "违反停送电、登高作业规程的次数", 0.20, "0次", "0次", "安全检查记录", "月度"),
    ("绿化工", "苗木成活率", "成活株数/栽植株数×100%", 0.30, "≥95%", "≥95%", "绿化台账", "季度"),
    ("绿化工", "草坪修剪及时率", "按计划完成修剪面积/计划修剪面积×100%", 0.25, "≥98%", "≥90%", "养护日志", "月度"),
    ("绿化工", "病虫害防治达标率", "达标地块数/检查地块数×100%", 0.25, "≥95%", "≥95%", "巡查记录", "季度"),
    ("绿化工", "绿化养护检查得分", "维修与绿化中心月检平均分", 0.20, "≥90分", "≥85分", "月检记录", "月度"),
]
KPI_DEPT = [
    ("采购与仓储部", "采购及时率", "按时到货批次/采购总批次×100%", 0.25, "≥98%"),
    ("采购与仓储部", "采购价格偏离率", "（采购价-市场询价）/市场询价×100%", 0.25, "≤5%"),
    ("采购与仓储部", "供应商资质合格率", "资质齐全的供应商数/在用供应商数×100%", 0.20, "100%"),
    ("采购与仓储部", "库存周转天数", "平均库存金额/日均出库金额", 0.15, "≤7天"),
    ("采购与仓储部", "账实相符率", "盘点相符品项/盘点品项×100%", 0.15, "100%"),
    ("安保服务部", "校园治安案件发生数", "经保卫处确认的治安案件数", 0.30, "同比下降10%"),
    ("安保服务部", "巡逻打卡完成率", "实际打卡点次/应打卡点次×100%", 0.25, "≥99%"),
    ("安保服务部", "监控设备完好率", "正常运行摄像头数/摄像头总数×100%", 0.20, "≥98%"),
    ("安保服务部", "突发事件到场时间", "接警至到场的平均分钟数", 0.25, "≤5分钟"),
]


def kpi_sheet(ws, title, rows):
    hdr = Font(bold=True)
    ws.merge_cells("A1:I1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    heads = ["序号", "适用岗位", "指标名称", "计算公式", "权重"]
    for j, h in enumerate(heads, 1):
        ws.cell(2, j, h).font = hdr
        ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
    ws.merge_cells("F2:G2")
    ws["F2"] = "目标值"
    ws["F2"].font = hdr
    ws["F3"] = "学期中"
    ws["G3"] = "寒暑假"
    ws.cell(2, 8, "数据来源").font = hdr
    ws.merge_cells("H2:H3")
    ws.cell(2, 9, "考核周期").font = hdr
    ws.merge_cells("I2:I3")
    r = 4
    n = 0
    prev = None
    start = r
    for row in rows + [(None,)]:
        post = row[0]
        if prev is not None and post != prev:
            ws.cell(r, 2, f"{prev} 权重小计")
            ws.cell(r, 5, f"=SUM(E{start}:E{r-1})")
            ws.cell(r, 5).number_format = "0%"
            for c in range(1, 10):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="EDEDED")
            r += 1
            start = r
        if post is None:
            break
        n += 1
        vals = [n, *row]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        ws.cell(r, 5).number_format = "0%"
        prev = post
        r += 1
    for col, w in zip("ABCDEFGHI", [5, 12, 20, 36, 7, 12, 16, 16, 9]):
        ws.column_dimensions[col].width = w


def gen_c03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    notes = ["后勤服务KPI指标库（2025年版）",
             "1. 目标值分“学期中”和“寒暑假”两列，寒暑假期间按右列考核；“不考核”表示该期间不计分。",
             "2. 每个岗位权重合计为100%，见各岗位“权重小计”行。",
             "3. 部门级指标见“部门指标”工作表，用于部门负责人年度考核。",
             "4. “2023版（已停用）”工作表仅供对照，不再使用。"]
    for i, s in enumerate(notes, 1):
        ws.cell(i, 1, s)
    ws.column_dimensions["A"].width = 90
    kpi_sheet(wb.create_sheet("饮食服务中心"), "饮食服务中心岗位KPI", KPI_YS)
    kpi_sheet(wb.create_sheet("公寓与维修绿化"), "学生公寓管理中心、维修与绿化中心岗位KPI", KPI_GY)
    wd = wb.create_sheet("部门指标")
    wd.append(["部门", "指标名称", "计算公式", "权重", "年度目标"])
    for c in wd[1]:
        c.font = Font(bold=True)
    for row in KPI_DEPT:
        wd.append(list(row))
        wd.cell(wd.max_row, 4).number_format = "0%"
    wd.append(["采购与仓储部", "合计", None, "=SUM(D2:D6)", None])
    wd.append(["安保服务部", "合计", None, "=SUM(D7:D10)", None])
    wo = wb.create_sheet("2023版（已停用）")
    wo.append(["岗位", "指标", "权重", "目标"])
    wo.append(["面点师", "面点出品准时率", 0.5, "≥95%"])
    wo.append(["面点师", "原料损耗率", 0.5, "≤5%"])
    wo.append(["收银员", "营业款差错率", 1.0, "≤0.05%"])
    wb.save(OUT / "c03_后勤服务KPI指标库2025.xlsx")
    TRUTH["c03_后勤服务KPI指标库2025.xlsx"] = {
        "layout": "two-row header with 目标值 split 学期中/寒暑假; post repeated per row; =SUM 权重小计 rows; 部门指标 sheet; void 2023 sheet",
        "kpi_posts": KPI_YS + KPI_GY, "kpi_dept": KPI_DEPT,
        "void": {"面点师": "出品准时率50% 损耗率50% (2023)", "收银员": "差错率100% ≤0.05% (2023)"}}


# ---------------------------------------------------------------- c04 xlsx staffing
STAFF = [
    ("饮食服务中心", None),
    ("饮食服务中心", ("食堂厨师长", 1, 1, "G6", 5600, 2200, 0, "Z2", "东校区第一食堂")),
    ("饮食服务中心", ("面点师", 4, 3, "G3", 4200, 800, 300, "Z1", "东校区第一食堂")),
    ("饮食服务中心", ("营养配餐员", 1, 0, "G4", 4600, 900, 0, "B", "东校区第一食堂")),
    ("饮食服务中心", ("收银员", 6, 6, "G2", 3600, 600, 0, "M", "西校区第二食堂")),
    ("学生公寓管理中心", None),
    ("学生公寓管理中心", ("宿管员", 12, 11, "G2", 3400, 500, 400, "S3", "东校区学生公寓")),
    ("学生公寓管理中心", ("保洁主管", 1, 1, "G4", 4300, 700, 0, "B", "东校区学生公寓")),
    ("学生公寓管理中心", ("保洁员", 20, 18, "G1", 2800, 300, 0, "Z3", "东校区学生公寓")),
    ("维修与绿化中心", None),
    ("维修与绿化中心", ("水电维修工", 6, 5, "G4", 4800, 1000, 200, "B+", "东西校区")),
    ("维修与绿化中心", ("绿化工", 8, 8, "G2", 3500, 400, 300, "B-X", "东西校区")),
    ("采购与仓储部", None),
    ("采购与仓储部", ("采购员", 2, 2, "G4", 4800, 1000, 0, "B", "东校区后勤综合楼")),
    ("采购与仓储部", ("库管员", 3, 3, "G3", 4000, 600, 0, "Z3", "东校区中心仓库")),
    ("安保服务部", None),
    ("安保服务部", ("校园巡逻员", 24, 21, "G2", 3600, 500, 400, "S4", "东西校区")),
    ("安保服务部", ("监控值机员", 6, 6, "G2", 3700, 500, 400, "S4", "东校区安防监控中心")),
]
SHIFTS = [
    ("Z1", "早班（面点）", "04:30–12:30", "面点间"),
    ("Z2", "早班（厨房）", "05:30–14:00", "每周轮值一次晚班"),
    ("Z3", "早班（保洁/仓库）", "06:00–15:00", "中午休息1小时"),
    ("M", "中班", "10:30–19:00", ""),
    ("B", "白班", "08:00–17:00", "双休"),
    ("B+", "白班+夜间值班", "08:00–17:00", "每周轮值1次夜间应急值班（17:00–次日8:00在宿舍待命）"),
    ("B-X", "季节性白班", "夏季06:30–11:00、15:00–18:30；其余季节08:00–17:00", "5月–9月执行夏季时间"),
    ("S3", "三班倒", "8:00–16:00 / 16:00–24:00 / 0:00–8:00", "寒暑假两班倒"),
    ("S4", "四班三运转", "每班12小时，做一休二（8:00–20:00 / 20:00–8:00）", ""),
]


def gen_c04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定岗定编"
    ws.merge_cells("A1:L1")
    ws["A1"] = f"{CO} 2025年度定岗定编及月薪标准"
    ws["A1"].font = Font(bold=True, size=14)
    top = ["部门/岗位", "编制(人)", "在岗(人)", "岗位等级"]
    for j, h in enumerate(top, 1):
        ws.cell(2, j, h)
        ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
    ws.merge_cells("E2:H2")
    ws["E2"] = "月薪构成（元）"
    for j, h in enumerate(["基本工资", "岗位津贴", "夜班/高温津贴", "月薪合计"], 5):
        ws.cell(3, j, h)
    ws.cell(2, 9, "班次代码")
    ws.merge_cells("I2:I3")
    ws.cell(2, 10, "工作地点")
    ws.merge_cells("J2:J3")
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center")
    r = 4
    for dept, p in STAFF:
        if p is None:
            ws.cell(r, 1, f"▌{dept}")
            ws.cell(r, 1).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        else:
            name, bz, zg, lv, base, allow, night, sh, loc = p
            ws.cell(r, 1, "　　" + name)
            ws.cell(r, 2, bz)
            ws.cell(r, 3, zg)
            ws.cell(r, 4, lv)
            ws.cell(r, 5, base)
            ws.cell(r, 6, allow)
            ws.cell(r, 7, night)
            ws.cell(r, 8, f"=E{r}+F{r}+G{r}")
            ws.cell(r, 9, sh)
            ws.cell(r, 10, loc)
            ws.row_dimensions[r].outline_level = 1
        r += 1
    ws.cell(r + 1, 1, "注：月薪合计不含绩效奖金；班次代码含义见“班次代码”表；营养配餐员岗位空缺，正在招聘。")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["J"].width = 20
    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次名称", "时间", "备注"])
    for s in SHIFTS:
        ws2.append(list(s))
    wb.save(OUT / "c04_定岗定编及月薪标准.xlsx")
    tr = {}
    for dept, p in STAFF:
        if p:
            name, bz, zg, lv, base, allow, night, sh, loc = p
            tr[name] = {"部门": dept, "编制": bz, "在岗": zg, "等级": lv, "月薪合计": base + allow + night,
                        "构成": (base, allow, night), "班次": sh, "地点": loc}
    TRUTH["c04_定岗定编及月薪标准.xlsx"] = {
        "layout": "department rows with ▌ and outline-level-1 post rows, indented names; grouped 月薪构成 header; =SUM formula totals (no cached value); shift-code sheet",
        "posts": tr, "shifts": SHIFTS}


# ---------------------------------------------------------------- c05 csv
CSV_HEAD = ["req_id(需求编号)", "post_name(岗位名称)", "dept(用人部门)", "campus(校区)", "hc(人数)",
            "edu(学历)", "exp(经验)", "cert(证书)", "salary(月薪)", "duty(岗位职责)", "status(状态)"]
CSV_ROWS = [
    ["ZP2025-011", "采购员", "采购与仓储部", "东校区", "1", "大专及以上", "2年以上食材或物资采购经验",
     "C1驾照", "5500–6500元",
     "①按食堂采购计划询价、比价，每周更新市场价格表；②与定点供应商下单并跟踪到货；③会同库管员、厨师长验收，不合格食材当场退货；④整理采购单据，月底与财务对账；⑤每季度对供应商进行评价。",
     "招聘中"],
    ["ZP2025-012", "库管员", "采购与仓储部", "东校区", "1", "高中及以上", "1年以上仓库管理经验",
     "叉车证优先", "4400–5000元",
     "①负责食材和物资的入库验收、出库登记；②执行先进先出，临期食材提前3天预警；③每月底盘点并编制库存报表；④保持冷库、干货库温湿度记录完整。",
     "招聘中"],
    ["ZP2025-015", "校园巡逻员", "安保服务部", "东校区", "4", "高中及以上", "退役军人优先",
     "保安员证", "4300–4800元",
     "①按路线徒步及电瓶车巡逻，每2小时打卡一次；②劝阻校内违规停车、电动车进楼充电；③处置突发事件并第一时间报告值班队长。",
     "招聘中"],
    ["ZP2025-016", "校园巡逻员", "安保服务部", "西校区", "2", "高中及以上", "退役军人优先",
     "保安员证", "4100–4500元",
     "同ZP2025-015", "招聘中"],
    ["ZP2024-031", "营养配餐员", "饮食服务中心", "东校区", "1", "中专及以上", "不限", "健康证", "4500–5000元",
     "负责菜谱营养计算", "已取消（2024年12月，岗位重新设计后另行发布）"],
    ["ZP2025-019", "绿化工", "维修与绿化中心", "东校区、西校区", "3", "初中及以上", "有园林养护经验者优先",
     "无", "4000–4400元",
     "①负责校园草坪修剪、绿篱整形和树木修枝；②按养护计划浇水、施肥；③配合植保员做好病虫害防治；\n④台风、暴雪前对高大乔木加固支撑。",
     "招聘中"],
]


def gen_c05():
    import csv
    with open(OUT / "c05_2025春季社会招聘需求.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(CSV_HEAD)
        for r in CSV_ROWS:
            w.writerow(r)
    TRUTH["c05_2025春季社会招聘需求.csv"] = {
        "layout": "ATS export, bilingual english(中文) headers, ①② duties in one cell, '同ZP2025-015' reference row, cancelled 2024 row, one multi-line cell",
        "rows": CSV_ROWS}


# ---------------------------------------------------------------- c06 html
def gen_c06():
    S = 'style="margin:0;padding:0;box-sizing:border-box;"'
    posts = [
        ("01", "营养配餐员", "饮食服务中心", [
            ("📍 工作地点", "东校区第一食堂"), ("💰 薪资待遇", "5500–6500元/月，五险一金，免费工作餐"),
            ("🕗 班次", "白班 08:00–17:00，双休"), ("👤 汇报对象", "饮食服务中心主任")],
         ["根据学生营养需求编制每周带量食谱，计算能量和蛋白质、脂肪、碳水化合物供给量",
          "对食堂菜品进行营养标注，每周在“青禾食堂”小程序公示",
          "为少数民族、过敏及减脂学生提供特殊膳食建议",
          "每学期开展营养知识宣传活动不少于2次",
          "协助厨师长审核菜谱，提出荤素搭配和控盐控油建议"],
         ["大专及以上学历，食品营养与健康、公共营养相关专业", "持公共营养师（三级及以上）证书",
          "1年以上团餐或医院营养科工作经验优先"]),
        ("02", "水电维修工", "维修与绿化中心", [
            ("📍 工作地点", "东、西校区（含学生公寓及教学楼）"), ("💰 薪资待遇", "5500–6500元/月"),
            ("🕗 班次", "白班 08:00–17:00，每周轮值1次夜间应急值班"), ("👤 汇报对象", "维修班长")],
         ["负责校园水电报修单的现场处理，30分钟内到场",
          "负责配电箱、照明线路、给排水管道和水泵的日常巡检",
          "寒暑假对学生公寓进行水电设施集中检修",
          "做好维修记录和材料领用登记"],
         ["高中或中专及以上学历", "持低压电工作业证（特种作业操作证）", "2年以上物业或工厂水电维修经验"]),
        ("03", "监控值机员", "安保服务部", [
            ("📍 工作地点", "东校区安防监控中心"), ("💰 薪资待遇", "4400–5000元/月"),
            ("🕗 班次", "四班三运转，做一休二")],
         ["24小时监看校园视频监控和消防报警主机", "发现异常立即调度巡逻员到场处置",
          "按规定调取、导出监控录像并登记"],
         ["高中及以上学历", "持消防设施操作员证书", "熟练使用电脑"]),
    ]
    parts = [f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>青禾后勤 | 招兵买马啦！2025春季后勤岗位招聘</title>
</head>
<body>
<div id="js_content" class="rich_media_content">
<section {S}><p style="text-align:center;"><span style="font-size:20px;color:#2e7d32;"><strong>招兵买马啦！青禾后勤2025春季岗位招聘</strong></span></p></section>
<section {S}><p><span style="color:#888;">原创 青禾后勤服务 2025-02-18 08:30 发表于浙江</span></p></section>
<section {S}><p>亲爱的小伙伴们👋，开学季到啦！{CO}为大学东、西两个校区提供餐饮、公寓、维修绿化和安保服务，现面向社会招聘以下岗位，欢迎转发～</p></section>
"""]
    for no, title, dept, facts, duties, reqs in posts:
        parts.append(f"""<section {S} style="border:1px solid #c8e6c9;border-radius:8px;margin:16px 0;">
<section {S}><p><span style="background:#2e7d32;color:#fff;padding:2px 8px;">{no}</span>&nbsp;<span style="font-size:18px;"><strong>{title}</strong></span>&nbsp;<span style="color:#999;font-size:12px;">{dept}</span></p></section>
<section {S}>""")
        for k, v in facts:
            parts.append(f"<p><span>{k}</span>｜<span>{v}</span></p>")
        parts.append(f"""</section>
<section {S}><p><strong>🔧 你要做的事</strong></p>
<p>""" + "<br/>\n".join("▪ " + d for d in duties) + f"""</p></section>
<section {S}><p><strong>✅ 我们希望你</strong></p>
<p>""" + "<br/>\n".join("▪ " + d for d in reqs) + """</p></section>
</section>
""")
    parts.append(f"""<section {S}><p>📮 投递方式：简历发送至 hr@qinghe-hq.example.cn，邮件标题注明“岗位+姓名”。</p>
<p><span style="color:#999;">阅读 2381　　在看 57</span></p></section>
</div>
</body>
</html>
""")
    (OUT / "c06_公众号推文_后勤岗位招聘.html").write_text("".join(parts), encoding="utf-8")
    TRUTH["c06_公众号推文_后勤岗位招聘.html"] = {
        "layout": "WeChat article export: nested <section> cards, number badge+title+dept in one <p>, emoji fact lines '📍 工作地点｜…', duties/reqs as ▪ lines joined by <br/>",
        "posts": {p[1]: {"dept": p[2], "facts": dict(p[3]), "duties": p[4], "reqs": p[5]} for p in posts}}


# ---------------------------------------------------------------- c07 pdf
def gen_c07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="wqy", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="wqy", fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="wqy", fontSize=12, leading=18, spaceBefore=8)
    small = ParagraphStyle("s", fontName="wqy", fontSize=8, leading=11, textColor=colors.grey)
    story = [Paragraph("采购与仓储部岗位职责及廉洁从业规定", h1),
             Paragraph("青禾后勤〔2025〕7号　　2025年1月15日印发", small), Spacer(1, 8),
             Paragraph("第一条　为规范食材和物资采购行为，保障师生饮食安全，制定本规定。", st),
             Paragraph("第二条　采购与仓储部设部长1名、采购员2名、库管员3名。部长对公司分管副总经理负责。", st),
             Paragraph("第三条　采购员的岗位职责：", h2)]
    cg = ["（一）根据食堂采购计划开展询价、比价，大宗食材须三家以上比价；",
          "（二）在定点供应商名录内下单，跟踪到货时间和数量；",
          "（三）会同库管员、厨师长进行到货验收，索取检验检疫证明；",
          "（四）建立供应商档案，每季度组织供应商评价；",
          "（五）整理采购单据，每月底与财务部对账。"]
    story += [Paragraph(x, st) for x in cg]
    story.append(Paragraph("第四条　采购员的任职条件：", h2))
    cq = [["项目", "要求"], ["学历", "大专及以上，物流管理、食品类专业优先"],
          ["经验", "2年以上食材或物资采购经验"], ["直接上级", "采购与仓储部部长"],
          ["其他", "持C1驾驶证，能适应早市采购（5:00到岗）"]]
    t = Table(cq, colWidths=[80, 340])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
    story += [t, Paragraph("第五条　库管员的岗位职责：", h2)]
    kg = ["（一）负责食材和物资的入库验收、过磅和出库登记；",
          "（二）执行先进先出，临期食材提前3天书面预警；",
          "（三）每日记录冷库、干货库温湿度；",
          "（四）每月底会同财务部盘点，编制库存报表。"]
    story += [Paragraph(x, st) for x in kg]
    story.append(Paragraph("库管员直接上级为采购与仓储部部长，任职条件见招聘需求。", st))
    story.append(Paragraph("第六条　廉洁从业要求", h2))
    lj = ["（一）不得接受供应商宴请、礼品、礼金；",
          "（二）不得指定或变相指定供应商；",
          "（三）采购员与库管员不得互相兼任；",
          "（四）违反本条规定的，按公司《员工奖惩办法》处理，情节严重的解除劳动合同。"]
    story += [Paragraph(x, st) for x in lj]
    story.append(Paragraph("第七条　本规定自印发之日起施行，原《物资采购管理办法（2021）》同时废止。", st))
    SimpleDocTemplate(str(OUT / "c07_采购与仓储部岗位职责及廉洁从业规定.pdf"), pagesize=A4).build(story)
    TRUTH["c07_采购与仓储部岗位职责及廉洁从业规定.pdf"] = {
        "layout": "第N条 articles, （一）duty lines, a 项目|要求 table for 采购员, 廉洁 policy",
        "采购员": {"duties": cg, "quals": cq}, "库管员": {"duties": kg, "上级": "采购与仓储部部长"}, "廉洁": lj}


# ---------------------------------------------------------------- c08 md
C08 = """# 维修与绿化中心 · 新员工上手指南

> 适用对象：新入职的水电维修工、绿化工。读完本指南约需10分钟。
> 最后更新：2025-02-10 · 维修与绿化中心综合办

## 一、我们是谁

维修与绿化中心负责东、西两个校区的水电维修、房屋零修和校园绿化养护，下设维修班和绿化班[^1]。

## 二、水电维修工

**你归谁管：** 维修班长[^2]
**你要持的证：** 低压电工作业证[^3]，登高作业还需高处作业证

你每天要做的事：

1. 登录后勤报修平台抢单/接单，接单后30分钟内到场；
2. 处理照明、插座、开关、水龙头、马桶、下水道等常见故障；
3. 每周巡检一次学生公寓配电箱和地下室水泵房，填写巡检表；
4. 停送电操作必须两人进行，一人操作一人监护；
5. 完工后请报修人在平台上确认并评价。

| 常见问题 | 处理时限 |
|---|---|
| 停电、跳闸 | 到场后1小时内恢复 |
| 漏水、爆管 | 先关阀，2小时内修复 |
| 灯管、插座损坏 | 当日完成 |

## 三、绿化工

**你归谁管：** 绿化班长
**学历与经验：** 初中及以上；有园林或苗圃工作经验的优先，没有经验的由老师傅带教3个月

你的工作：

- 草坪修剪：生长季每10天修剪一次，留茬高度5–8厘米；
- 乔灌木养护：冬季修枝、夏季抗旱浇水，新栽苗木浇透定根水；
- 病虫害防治：发现病虫害先拍照上报植保员，按配方施药，施药时须戴口罩和手套；
- 校园重大活动（开学典礼、毕业典礼）前完成摆花布置。

## 四、一些你会关心的事

- 工服每年发放两套，劳保鞋每年一双。
- 高温季节（6–9月）发放高温津贴，标准见《定岗定编及月薪标准》。
- 加班调休办法：略。

[^1]: 维修班设班长1名、水电维修工6名；绿化班设班长1名、绿化工8名、植保员1名。
[^2]: 2025年起维修班长同时负责夜间应急值班的排班。
[^3]: 即“特种作业操作证（低压电工作业）”，须在有效期内，每3年复审一次。
"""


def gen_c08():
    (OUT / "c08_维修与绿化中心新员工上手指南.md").write_text(C08, encoding="utf-8")
    TRUTH["c08_维修与绿化中心新员工上手指南.md"] = {
        "layout": "second-person guide, bold '**你归谁管：**' lines, Markdown footnotes [^n] holding facts, a pipe table of time limits, 加班调休 略",
        "水电维修工": "上级 维修班长; 证 低压电工作业证 (+高处作业证 for heights); 5 duties",
        "绿化工": "上级 绿化班长; 初中及以上; 4 duties", "named_only": ["植保员"]}


# ---------------------------------------------------------------- c09 GBK
C09 = """青禾高校后勤服务有限公司安保服务部
岗位职责汇编（内部打印稿）

说明：每个岗位一段，以【】标注项目。安保队长岗位职责由保卫处另行下达，本稿不含。

====================================================================
【岗位】校园巡逻员　　【部门】安保服务部　　【直接上级】安保队长
【学历】高中及以上　　【年龄】18～45周岁　　【证书】保安员证
【经验】退役军人优先；无经验者须经岗前培训40学时并考核合格
【职责】
　　一、按规定路线徒步和驾驶电瓶车巡逻，每2小时在巡更点打卡一次；
　　二、夜间重点巡查宿舍区、实验楼和财务室周边，检查门窗是否关好；
　　三、劝阻校内违规停车和电动车进楼充电，发现火情立即报警并组织初期扑救；
　　四、遇学生纠纷、可疑人员，先行控制并报告安保队长；
　　五、填写巡逻日志，做好交接班。
【班次】四班三运转，每班12小时
====================================================================
【岗位】监控值机员　　【部门】安保服务部　　【直接上级】安保队长
【学历】高中及以上　　【证书】消防设施操作员证书
【职责】
　　一、监看校园视频监控和消防报警主机，不得脱岗；
　　二、发现异常立即通过对讲机调度就近巡逻员到场；
　　三、按保卫处审批单调取监控录像，登记调阅人和用途；
　　四、每日检查摄像头在线情况，故障在1小时内报修。
【班次】四班三运转
====================================================================
打印：安保服务部　2024年11月
"""


def gen_c09():
    (OUT / "c09_安保服务部岗位职责.txt").write_bytes(C09.replace("\n", "\r\n").encode("gbk"))
    TRUTH["c09_安保服务部岗位职责.txt"] = {
        "layout": "GBK CRLF; one block per post, 【label】value pairs several per line, 一、二、 duties; 安保队长 named only",
        "校园巡逻员": "上级 安保队长 (see c10 — unchanged); 高中; 18–45; 保安员证; 5 duties",
        "监控值机员": "上级 安保队长 -> changed by c10 to 安防中心主管 from 2025-03-01"}


# ---------------------------------------------------------------- c10 UTF-16
C10 = """后勤员工班次与调班管理规定（试行）

一、适用范围
本规定适用于公司全体倒班及白班员工。各岗位的班次以《定岗定编及月薪标准》中的班次代码为准。

二、调班
1. 员工调班须提前24小时在OA提交调班申请，经班组长批准后生效。
2. 每人每月调班不超过3次。
3. 夜班员工下班后须间隔不少于12小时方可再次上岗。

三、交接班
交接班须当面进行，填写交接班记录，交接不清的由接班人负责。

四、寒暑假
寒暑假期间饮食服务中心按就餐人数开放食堂，班次由各中心另行安排。

五、附：岗位管理关系调整通知
自2025年3月1日起，监控值机员由安保服务部调整至新成立的校园智慧安防中心管理，直接上级改为安防中心主管；
其工作地点、班次和薪资不变。校园巡逻员的管理关系不变。

六、本规定由人力资源部负责解释。
"""


def gen_c10():
    (OUT / "c10_后勤员工班次与调班管理规定.txt").write_bytes(C10.encode("utf-16"))
    TRUTH["c10_后勤员工班次与调班管理规定.txt"] = {
        "layout": "UTF-16 (BOM) policy; appended notice moving 监控值机员 to 安防中心主管 from 2025-03-01",
        "policy": "调班24h, ≤3次/月, 间隔12h"}


if __name__ == "__main__":
    for g in (gen_c01, gen_c02, gen_c03, gen_c04, gen_c05, gen_c06, gen_c07, gen_c08, gen_c09, gen_c10):
        g()
    (OUT.parent / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
