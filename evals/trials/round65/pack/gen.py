# gen.py — 恒瓴包装（嘉兴）有限公司 HR documents (round 65, pack). Output: $T65_OUT
import os, copy, csv, io
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = os.environ.get("T65_OUT", "/tmp/t65pack/corpus")
os.makedirs(OUT, exist_ok=True)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CO = "恒瓴包装（嘉兴）有限公司"

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def sdt_cell(cell, alias, value):
    """put value in a content control (w:sdt) inside the cell"""
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(v)}</w:t></w:r></w:p>' for v in value.split("\n"))
    x = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/></w:sdtPr>'
                  f'<w:sdtContent>{paras}</w:sdtContent></w:sdt>')
    tc.append(x)
    tc.append(parse_xml(f'<w:p {W}/>'))

# ---------------------------------------------------------------- pk01 docx: content-control JD book
JD1 = [
 ("HL-SC-01", "瓦楞机机长", "一车间（瓦楞纸板车间）", "一车间主任", "瓦楞机副机长、上纸工、堆码工",
  "高中或中专及以上", "3年以上瓦楞纸板生产线操作经验，其中1年以上机长或副机长经历",
  "特种设备作业人员证（快开门式压力容器操作）", "嘉兴秀洲厂区一车间", "A/B两班倒", "7000–9500元/月（计件+保底）",
  ["开机前检查五层瓦楞纸板生产线，确认蒸汽压力、胶水粘度和原纸规格符合工单要求；",
   "按生产计划单排单、接纸换单，控制纸板含水率在8%–12%之间；",
   "监控粘合强度和边压强度，发现脱胶、起泡、翘曲及时调整车速与温度；",
   "带领机组做好班前会、每班交接与5S，督促劳保用品佩戴；",
   "填写生产日报和废品记录，分析纸板损耗原因并提出改进措施。"]),
 ("HL-SC-02", "印刷机长", "二车间（印刷成型车间）", "二车间主任", "印刷副机长、送纸工",
  "中专及以上，印刷相关专业优先", "2年以上水性印刷开槽机操作经验",
  "无硬性要求；持印刷操作员职业技能等级证书者优先", "嘉兴秀洲厂区二车间", "C长白班，旺季A/B两班", "6500–9000元/月",
  ["按工单和客户色稿调墨、上版、校版，首件经品质检验员签样后方可批量生产；",
   "控制印刷套准误差不超过1mm，色差符合签样标准；",
   "每班清洗网纹辊和墨路，保持印刷单元清洁；",
   "记录印版使用次数，印版破损及时报制版室更换；",
   "指导副机长和送纸工操作，做好交接班记录。"]),
 ("HL-SC-03", "模切工", "二车间（印刷成型车间）", "模切班长", "无",
  "初中及以上", "1年以上平压平或圆压圆模切经验，无经验者可培训上岗",
  "无", "嘉兴秀洲厂区二车间", "A/B两班倒", "5000–7000元/月（计件）",
  ["按工单到制版室领用刀模，核对刀模编号与产品型号一致；",
   "调整模切压力和垫版，清除废边，保证压痕线清晰不爆线；",
   "首件自检后送品质检验员确认，生产中每500张抽查一次；",
   "刀模使用后清理干净、登记并归还制版室；",
   "严禁将手伸入压板区域，设备异常立即停机报设备维修工。"]),
 ("HL-SC-04", "糊箱工", "二车间（印刷成型车间）", "糊箱班长", "无",
  "不限", "不限，能适应长时间站立作业",
  "无", "嘉兴秀洲厂区二车间", "C长白班", "4500–6500元/月（计件）",
  ["操作自动糊箱机或手工钉箱，按工单要求完成糊箱、钉箱；",
   "检查糊口粘合牢度和箱体歪斜度，不合格品单独存放；",
   "按规定数量打捆、贴产品标识，送入成品待检区；",
   "每班结束清理胶桶和胶辊，做好设备日常保养。"]),
]

def gen_pk01():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　生产系统岗位说明书汇编　　文件编号：HL-HR-JD-2025　第2版"
    sec.footer.paragraphs[0].text = "受控文件　未经人力资源部许可不得复制　　2025年4月发布"
    d.add_heading("生产系统岗位说明书汇编（瓦楞、印刷、成型）", level=1)
    d.add_paragraph("说明：本汇编由人力资源部统一模板填写，灰色区域为填写控件。各岗位说明书自发布之日起执行。")
    for code, post, dept, boss, subs, edu, exp, cert, loc, shift, pay, duties in JD1:
        d.add_paragraph(f"岗位编号：{code}")
        t = d.add_table(rows=8, cols=4); t.style = "Table Grid"
        labels = [("岗位名称", post, "所属部门", dept), ("直接上级", boss, "直接下级", subs),
                  ("学历要求", edu, "工作地点", loc), ("工作经验", exp, None, None),
                  ("资格证书", cert, None, None), ("班次", shift, "薪资范围", pay)]
        for i, (l1, v1, l2, v2) in enumerate(labels):
            r = t.rows[i].cells
            r[0].text = l1
            if l2 is None:
                m = r[1].merge(r[3]); sdt_cell(m, l1, v1)
            else:
                sdt_cell(r[1], l1, v1); r[2].text = l2; sdt_cell(r[3], l2, v2)
        r = t.rows[6].cells; m = r[0].merge(r[3]); m.text = "岗位职责"
        r = t.rows[7].cells; m = r[0].merge(r[3]); m.text = ""
        m.paragraphs[0].text = f"1. {duties[0]}"
        for k, du in enumerate(duties[1:], 2):
            m.add_paragraph(f"{k}. {du}")
        d.add_paragraph("")
    d.add_paragraph("附：瓦楞机副机长、上纸工和堆码工的岗位说明书另行编制。")
    d.save(os.path.join(OUT, "pk01_生产岗位说明书汇编.docx"))

# ---------------------------------------------------------------- pk02 docx: 品质与仓储工作手册 with RACI, tracked change, 略, void appendix
def gen_pk02():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.sections[0].header.paragraphs[0].text = "品质部 / 仓储部 工作手册（2025版）"
    d.add_heading("品质部与仓储部工作手册", level=1)
    d.add_paragraph("本手册适用于恒瓴包装品质部、仓储部全体员工。第三章为部门间职责分工矩阵（R=负责，A=审批，C=协助，I=知会）。")
    d.add_heading("第一章　品质检验员", level=2)
    d.add_paragraph("品质检验员隶属品质部，直接上级为品质主管，工作地点为秀洲厂区品质部实验室及各车间现场，班次随车间A/B两班倒。")
    d.add_paragraph("一、主要职责")
    for s in ["（一）原纸来料检验（IQC）：检测定量、水分、环压强度，不合格原纸开具《来料异常单》；",
              "（二）制程巡检（IPQC）：每2小时巡检瓦楞线和印刷线一次，核对首件签样；",
              "（三）成品抽检：按AQL 2.5抽样检验边压、耐破、尺寸和印刷质量；",
              "（四）不合格品标识、隔离，发起《不合格品处理单》并跟踪处置结果；",
              "（五）配合品质主管处理客户投诉，提供检验数据完成8D报告。"]:
        d.add_paragraph(s)
    d.add_paragraph("二、任职要求")
    p = d.add_paragraph("1. 学历：")
    # real tracked change: 大专 -> 中专
    p._p.append(parse_xml(f'<w:del {W} w:id="1" w:author="人力资源部" w:date="2025-03-01T00:00:00Z"><w:r><w:delText>大专</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="2" w:author="人力资源部" w:date="2025-03-01T00:00:00Z"><w:r><w:t>中专</w:t></w:r></w:ins>'))
    p.add_run("及以上，包装工程、印刷、造纸等相关专业；")
    d.add_paragraph("2. 经验：1年以上纸箱或纸品行业品质检验经验；")
    d.add_paragraph("3. 技能：会使用边压仪、耐破度仪、色差仪，持ISO 9001内审员证者优先。")
    d.add_heading("第二章　仓管员", level=2)
    d.add_paragraph("仓管员隶属仓储部，直接上级为仓储主管，负责原纸库、辅料库和成品库，长白班（8:00–17:30）。")
    d.add_paragraph("一、主要职责")
    for s in ["1. 负责原纸、油墨、胶水等物料及成品的收货、发货和ERP出入库录入；",
              "2. 原纸按克重、门幅分区存放，执行先进先出，库内湿度控制在65%以下；",
              "3. 每月末组织盘点，确保账实相符率不低于99.5%；",
              "4. 配合叉车司机装卸，核对发货单与客户订单一致；",
              "5. 呆滞物料每季度上报一次。"]:
        d.add_paragraph(s)
    d.add_paragraph("二、任职要求：高中及以上学历；1年以上仓库管理经验；熟练使用ERP或WMS系统及Excel。")
    d.add_heading("第三章　叉车司机", level=2)
    d.add_paragraph("略（见《厂内机动车辆安全管理规定》）。")
    d.add_heading("第四章　部门间职责分工矩阵", level=2)
    rows = [("工作事项", "品质检验员", "仓管员", "叉车司机", "业务跟单员"),
            ("原纸到货验收", "R", "C", "C", "I"),
            ("成品出货放行", "A", "R", "C", "I"),
            ("客户退货处理", "C", "R", "C", "A"),
            ("不合格品隔离", "R", "C", "I", "I")]
    t = d.add_table(rows=len(rows), cols=5); t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_heading("附录（已废止）：2023版品质检验员任职要求", level=2)
    d.add_paragraph("本附录自2025年3月起废止，仅供查阅：学历大专及以上；2年以上品质检验经验；须持ISO 9001内审员证。")
    d.save(os.path.join(OUT, "pk02_品质仓储工作手册.docx"))

# ---------------------------------------------------------------- pk03 xlsx: KPI indicator cards
CARDS = [
 ("ZB-01", "纸板废品率", "废品纸板面积÷投入纸板面积×100%", "≤2.5%", "瓦楞机机长（30%）；车间主任（15%）", "生产日报"),
 ("ZB-02", "单班产量达成率", "实际产量÷计划产量×100%", "≥95%", "瓦楞机机长（25%）；印刷机长（25%）", "ERP报工"),
 ("ZB-03", "粘合不良投诉次数", "因脱胶、起泡导致的客户投诉次数", "0次/月", "瓦楞机机长（15%）", "品质部投诉台账"),
 ("ZB-04", "换纸停机时间", "每次换纸停机时长平均值", "≤8分钟", "瓦楞机机长（10%）", "设备运行记录"),
 ("ZB-05", "安全与5S", "安全检查及5S评分", "≥90分", "瓦楞机机长（20%）；印刷机长（15%）；仓管员（10%）", "安全检查表"),
 ("ZB-06", "印刷色差合格率", "色差合格批次÷检验批次×100%", "≥98%", "印刷机长（30%）", "品质部检验报告"),
 ("ZB-07", "换单时间", "印刷机每次换单平均时长", "≤25分钟", "印刷机长（20%）", "设备运行记录"),
 ("ZB-08", "印版损耗", "非正常破损印版块数", "≤2块/月", "印刷机长（10%）", "制版室台账"),
 ("ZB-09", "漏检率", "客户发现的不良批次÷出货批次×100%", "≤0.5%", "品质检验员（35%）", "投诉台账"),
 ("ZB-10", "检验报告及时率", "按时出具的检验报告÷应出具报告×100%", "100%", "品质检验员（25%）", "检验系统"),
 ("ZB-11", "客诉批次", "月度客户质量投诉批次", "≤2批/月", "品质检验员（20%）", "投诉台账"),
 ("ZB-12", "巡检记录完整率", "完整巡检记录÷应巡检次数×100%", "≥98%", "品质检验员（20%）", "巡检记录"),
 ("ZB-13", "账实相符率", "盘点相符品项÷盘点品项×100%", "≥99.5%", "仓管员（35%）", "月度盘点表"),
 ("ZB-14", "发货准确率", "无差错发货单数÷发货单总数×100%", "≥99.8%", "仓管员（30%）", "发货单"),
 ("ZB-15", "原纸库存周转天数", "平均原纸库存÷日均耗用", "≤30天", "仓管员（15%）", "ERP库存报表"),
 ("ZB-16", "单据录入及时率", "当日录入单据÷当日单据×100%", "≥99%", "仓管员（10%）", "ERP"),
]
def gen_pk03():
    wb = Workbook(); ws = wb.active; ws.title = "指标卡片"
    ws["A1"] = "恒瓴包装 绩效指标卡片库（2025年度）"; ws.merge_cells("A1:D1")
    ws["A2"] = "说明：每张卡片6行；“适用岗位（权重）”列出使用该指标的岗位及其在该岗位考核表中的权重。考核周期均为月度。"
    ws.merge_cells("A2:D2")
    r = 4
    for code, name, formula, target, posts, src in CARDS:
        ws.cell(r, 1, "指标编号"); ws.cell(r, 2, code); ws.cell(r, 3, "指标名称"); ws.cell(r, 4, name)
        ws.cell(r+1, 1, "计算公式"); ws.cell(r+1, 2, formula); ws.merge_cells(start_row=r+1, start_column=2, end_row=r+1, end_column=4)
        ws.cell(r+2, 1, "目标值"); ws.cell(r+2, 2, target); ws.cell(r+2, 3, "数据来源"); ws.cell(r+2, 4, src)
        ws.cell(r+3, 1, "适用岗位（权重）"); ws.cell(r+3, 2, posts); ws.merge_cells(start_row=r+3, start_column=2, end_row=r+3, end_column=4)
        r += 5
    for c in "ABCD": ws.column_dimensions[c].width = 28
    w2 = wb.create_sheet("岗位权重汇总")
    w2.append(["岗位", "指标数", "权重合计", "考核人"])
    w2.append(["瓦楞机机长", 5, "=30%+25%+15%+10%+20%", "一车间主任"])
    w2.append(["印刷机长", 5, "=25%+30%+20%+15%+10%", "二车间主任"])
    w2.append(["品质检验员", 4, "=35%+25%+20%+20%", "品质主管"])
    w2.append(["仓管员", 5, "=35%+30%+15%+10%+10%", "仓储主管"])
    w2.append(["车间主任", "另见《车间主任目标责任书》", None, "生产副总"])
    w3 = wb.create_sheet("2024版（作废）")
    w3["A1"] = "2024版瓦楞机机长考核表（已作废，2025年1月起停用）"
    w3.append(["指标", "权重", "目标值"])
    w3.append(["废品率", "40%", "≤3%"]); w3.append(["产量完成率", "40%", "≥90%"]); w3.append(["安全文明生产", "20%", "≥85分"])
    wb.save(os.path.join(OUT, "pk03_绩效指标卡片库.xlsx"))

# ---------------------------------------------------------------- pk04 xlsx: staffing/pay, posts as columns under merged dept headers; shift codes
def gen_pk04():
    wb = Workbook(); ws = wb.active; ws.title = "定岗定编"
    ws["A1"] = "2025年岗位定编及薪酬标准"; ws.merge_cells("A1:I1")
    groups = [("一车间", ["瓦楞机机长"]), ("二车间", ["印刷机长", "模切工", "糊箱工", "制版员"]),
              ("品质部", ["品质检验员"]), ("仓储部", ["仓管员", "叉车司机"])]
    col = 2; posts = []
    for g, ps in groups:
        ws.cell(2, col, g)
        if len(ps) > 1: ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col+len(ps)-1)
        for p in ps:
            ws.cell(3, col, p); posts.append((col, p)); col += 1
    ws.cell(3, 1, "项目")
    data = {
     "瓦楞机机长": ["一车间主任", 4, "高中/中专", "A/B", "7000–9500", "计件+保底"],
     "印刷机长": ["二车间主任", 6, "中专", "C（旺季A/B）", "6500–9000", "月薪+绩效"],
     "模切工": ["模切班长", 12, "初中", "A/B", "5000–7000", "计件"],
     "糊箱工": ["糊箱班长", 15, "不限", "C", "4500–6500", "计件"],
     "制版员": ["二车间主任", 2, "大专", "C", "6000–8000", "月薪+绩效"],
     "品质检验员": ["品质主管", 6, "中专", "A/B", "5000–6500", "月薪+绩效"],
     "仓管员": ["仓储主管", 4, "高中", "C", "5000–6000", "月薪+绩效"],
     "叉车司机": ["物流调度主管", 5, "初中", "A/B", "5500–7000", "月薪+绩效"],
    }
    labels = ["直接上级", "编制（人）", "最低学历", "班次代码", "月薪范围（元）", "计薪方式"]
    for i, lab in enumerate(labels):
        ws.cell(4+i, 1, lab)
        for c, p in posts:
            ws.cell(4+i, c, data[p][i])
    ws.cell(11, 1, "注：班次代码见“班次代码”工作表；制版室行政上归属二车间。")
    w2 = wb.create_sheet("班次代码")
    w2.append(["代码", "班次", "时间"])
    w2.append(["A", "白班", "8:00–20:00"]); w2.append(["B", "夜班", "20:00–次日8:00"]); w2.append(["C", "长白班", "8:00–17:30"])
    w3 = wb.create_sheet("计件单价")
    w3.append(["岗位", "计件项目", "单价", "单位"])
    w3.append(["瓦楞机机长", "合格纸板", 1.8, "元/千平方米"])
    w3.append(["模切工", "模切合格张数", 6, "元/千张"])
    w3.append(["糊箱工", "糊箱合格只数", 9, "元/千只"])
    wb.save(os.path.join(OUT, "pk04_定岗定编及薪酬.xlsx"))

# ---------------------------------------------------------------- pk05 csv: long-format smart-sheet export with updates
def gen_pk05():
    rows = [["记录ID", "岗位", "字段", "内容", "更新人", "更新时间"]]
    gd = [("所属部门", "业务部"), ("直接上级", "业务经理"), ("学历", "大专及以上，市场营销、物流管理等专业优先"),
          ("经验", "1年以上包装或印刷行业跟单经验"), ("技能", "熟悉纸箱报价和生产流程，会用ERP和Excel"),
          ("工作地点", "嘉兴秀洲厂区办公楼2楼"),
          ("岗位职责-1", "接收客户订单，核对纸质、尺寸、印刷内容后录入ERP并下达生产通知单"),
          ("岗位职责-2", "跟踪订单生产进度，协调生产计划员调整交期"),
          ("岗位职责-3", "安排送货并与仓管员核对出货数量"),
          ("岗位职责-4", "处理客户投诉和退货，协同品质部出具处理意见"),
          ("岗位职责-5", "每月与客户对账，跟进应收账款回款")]
    n = 1
    rows.append([f"R{n:03d}", "业务跟单员", "薪资", "4500-6000元/月", "张敏", "2024-03-02 10:15"]); n += 1
    for f, v in gd:
        rows.append([f"R{n:03d}", "业务跟单员", f, v, "张敏", "2025-05-20 09:30"]); n += 1
    rows.append([f"R{n:03d}", "业务跟单员", "薪资", "5500-8000元/月+订单提成", "张敏", "2025-06-10 14:02"]); n += 1
    for f, v in [("所属部门", "安环部"), ("直接上级", "安环部经理"), ("岗位职责", "待补充"), ("学历", ""), ("工作地点", "嘉兴秀洲厂区")]:
        rows.append([f"R{n:03d}", "环保专员", f, v, "李强", "2025-05-21 16:40"]); n += 1
    with open(os.path.join(OUT, "pk05_岗位信息表导出.csv"), "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- pk06 html: careers page, facts labelled only by icons with title attributes
def gen_pk06():
    jobs = [
     ("瓦楞机机长", "一车间", "2名", "7000–9500元/月", "嘉兴秀洲厂区", "两班倒",
      ["负责五层瓦楞线生产操作与工艺调整", "控制纸板含水率和粘合质量", "带领机组完成交接班和5S"],
      ["3年以上瓦楞线操作经验，1年以上机长/副机长经历", "持快开门式压力容器操作证", "能适应夜班"]),
     ("品质检验员", "品质部", "3名", "5000–6500元/月", "嘉兴秀洲厂区", "两班倒",
      ["原纸来料检验和制程巡检", "成品抽检并出具检验报告", "不合格品标识隔离"],
      ["中专及以上", "1年以上纸箱行业品检经验", "会用边压仪、耐破度仪"]),
     ("糊箱工", "二车间", "5名", "4500–6500元/月（计件）", "嘉兴秀洲厂区", "长白班",
      ["操作糊箱机完成糊箱、钉箱", "打捆贴标"], ["年龄18–50周岁", "吃苦耐劳，无经验可培训"]),
    ]
    h = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>加入恒瓴 - 社会招聘</title>',
         '<style>.ico{font-style:normal;margin-right:4px}.job{border:1px solid #ddd;padding:12px;margin:12px}</style></head><body>',
         '<nav>首页 &gt; 加入我们 &gt; 社会招聘</nav>', f'<h1>{CO} 社会招聘</h1>',
         '<p>我们是一家专业生产瓦楞纸板、纸箱和彩印包装的企业，欢迎加入！</p>']
    for t, dept, n, pay, loc, shift, du, rq in jobs:
        h.append('<div class="job">')
        h.append(f'<h2>{t}</h2>')
        h.append(f'<p><i class="ico" title="所属部门">🏭</i>{dept} <i class="ico" title="招聘人数">👥</i>{n} '
                 f'<i class="ico" title="薪资">💰</i>{pay} <i class="ico" title="工作地点">📍</i>{loc} '
                 f'<i class="ico" title="班次">🕒</i>{shift}</p>')
        h.append('<h3>你要做的</h3><ul>' + "".join(f"<li>{x}</li>" for x in du) + '</ul>')
        h.append('<h3>我们希望你</h3><ul>' + "".join(f"<li>{x}</li>" for x in rq) + '</ul>')
        h.append('</div>')
    h.append('<p>投递邮箱：hr@hengling-pack.example　福利：五险一金、免费工作餐、宿舍、高温补贴。</p></body></html>')
    open(os.path.join(OUT, "pk06_社会招聘.html"), "w", encoding="utf-8").write("\n".join(h) + "\n")

# ---------------------------------------------------------------- pk07 pdf: 生产计划员 JD + 生产计划部 KPI
def gen_pk07():
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    ps = ParagraphStyle("n", fontName="wqy", fontSize=10, leading=15)
    h1 = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22)
    doc = SimpleDocTemplate(os.path.join(OUT, "pk07_生产计划部岗位与考核.pdf"), pagesize=A4)
    def P(s): return Paragraph(s, ps)
    el = [Paragraph("生产计划部 岗位说明与月度考核", h1), Spacer(1, 8),
          P("一、生产计划员岗位说明"), Spacer(1, 4)]
    facts = [[P("岗位名称"), P("生产计划员"), P("所属部门"), P("生产计划部")],
             [P("直接上级"), P("生产计划部经理"), P("工作地点"), P("嘉兴秀洲厂区办公楼3楼")],
             [P("学历"), P("大专及以上，工业工程、物流管理相关专业"), P("班次"), P("长白班")],
             [P("工作经验"), P("2年以上制造业生产计划或PMC经验，有纸箱厂经验优先"), P("薪资"), P("6000–8500元/月")]]
    t = Table(facts, colWidths=[60, 170, 60, 170])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "wqy")]))
    el += [t, Spacer(1, 8), P("岗位职责：")]
    for s in ["1. 根据业务跟单员下达的订单和交期，编制瓦楞线、印刷线周计划和日排产计划；",
              "2. 核算原纸、油墨、胶水需求，提前3天向采购和仓储提出物料需求；",
              "3. 每日召开产销协调会，跟踪计划达成情况，对插单、急单重新排程；",
              "4. 统计产能利用率和订单准时交付率，编制生产周报；",
              "5. 维护ERP中的工艺路线和标准工时。"]:
        el.append(P(s))
    el += [Spacer(1, 10), P("二、生产计划部月度考核指标（考核对象：生产计划员，考核人：生产计划部经理）"), Spacer(1, 4)]
    kpi = [["序号", "指标名称", "权重", "目标值", "评分说明"],
           ["1", "计划达成率", "40%", "≥95%", "每低1%扣4分"],
           ["2", "订单准时交付率", "30%", "≥97%", "每低1%扣3分"],
           ["3", "物料齐套率", "20%", "≥98%", "因缺料停机一次扣5分"],
           ["4", "报表及时率", "10%", "100%", "迟交一次扣2分"]]
    t2 = Table(kpi, colWidths=[35, 120, 50, 70, 180])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "wqy")]))
    el += [t2, Spacer(1, 8), P("注：业务跟单员的岗位说明由业务部另行维护。")]
    doc.build(el)

# ---------------------------------------------------------------- pk08 md: 二车间 制版室 guide
def gen_pk08():
    md = """# 二车间管理指南（制版室与车间主任）

> 本指南由二车间编写，人力资源部备案。版本：2025-02。

## 一、二车间主任

**一句话：** 二车间主任是印刷成型车间的第一责任人，向生产副总汇报，管理印刷机长、模切班长、糊箱班长和制版室。

| 要素 | 要求 |
|---|---|
| 学历 | 大专及以上，印刷工程或包装工程专业优先 |
| 经验 | 8年以上纸箱厂生产管理经验，其中3年以上车间主任经历 |
| 薪资 | 年薪15–20万元 |
| 证书 | 持安全生产管理人员证书 |

主要工作：

1. 组织完成二车间月度产量、质量和成本目标；
2. 审核印刷、模切、糊箱各工序的排班和人员调配；
3. 主持每周质量分析会，对重大质量异常组织原因分析；
4. 负责车间安全生产，每月组织一次消防和机械伤害应急演练；
5. 培养机长和班长梯队。

## 二、制版员

制版员在制版室工作，行政上归二车间，直接上级为二车间主任。

- 学历：大专及以上，印刷、包装设计或美术相关专业
- 经验：2年以上柔印制版或刀模设计经验
- 技能：熟练使用 Adobe Illustrator 和 ArtiosCAD 刀模设计软件
- 班次：长白班

### 工作内容

1. 根据客户稿件进行拼版、分色，输出CTP树脂版；
2. 按纸箱结构设计刀模图，下单外协刀模厂制作并验收；
3. 印版、刀模建档编号，按客户分区上架存放；
4. 印版使用超过5万印次或破损时评估报废并补版；
5. 新产品首次上机时到现场跟版，配合印刷机长调试。

## 三、一车间主任

一车间主任的岗位说明见《一车间管理指南》（修订中）。
"""
    open(os.path.join(OUT, "pk08_二车间管理指南.md"), "w", encoding="utf-8").write(md)

# ---------------------------------------------------------------- pk09 GBK txt: 设备科/物流 岗位说明 + notice
def gen_pk09():
    txt = """恒瓴包装（嘉兴）有限公司
设备维修工、叉车司机岗位说明

一、设备维修工
　　设备维修工隶属设备科，直接上级为设备科科长，工作地点为秀洲厂区各车间，实行A/B两班倒，月薪6000-8000元。
　　任职要求：中专或技校及以上，机电一体化、电气自动化专业；3年以上设备维修经验，熟悉瓦楞线、印刷开槽机优先；须持低压电工作业证。
　　岗位职责：
　　（一）负责瓦楞线、印刷开槽机、模切机、糊箱机的日常点检和故障抢修；
　　（二）按保养计划做好设备一级、二级保养，填写维修记录；
　　（三）管理备品备件，提出采购申请；
　　（四）配合制定设备改造方案，参与新设备安装调试；
　　（五）维修作业严格执行挂牌上锁（LOTO）制度。

二、叉车司机
　　叉车司机隶属仓储部，直接上级为仓储主管，实行A/B两班倒，月薪5500-7000元。
　　任职要求：初中及以上学历；持特种设备作业人员证（N1叉车司机）；1年以上厂内叉车驾驶经验。
　　岗位职责：
　　（一）负责原纸卷、纸板和成品的装卸、搬运和堆垛；
　　（二）每班作业前对叉车进行点检，发现故障停止使用并报修；
　　（三）原纸卷夹抱作业时控制夹抱力，防止原纸变形；
　　（四）厂区内限速5公里/小时，严禁载人。

附：通知
　　根据物流管理调整，自2025年7月1日起，叉车司机的直接上级由仓储主管调整为物流调度主管，其余不变。
　　　　　　　　　　　　　　　　　　　　　　　　人力资源部　2025年6月20日
"""
    open(os.path.join(OUT, "pk09_设备维修工叉车司机岗位说明.txt"), "w", encoding="gbk").write(txt)

# ---------------------------------------------------------------- pk10 UTF-16 policy
def gen_pk10():
    txt = """恒瓴包装（嘉兴）有限公司考勤与班次管理制度

第一条　为规范考勤管理，制定本制度。本制度适用于公司全体员工。
第二条　班次：A班（白班）8:00-20:00；B班（夜班）20:00-次日8:00；C班（长白班）8:00-17:30，午休1小时。
第三条　两班倒岗位每周轮换一次，夜班津贴每班30元。
第四条　员工迟到、早退30分钟以内的，每次扣款20元；旷工一天扣三日工资。
第五条　高温季节（7月1日至9月30日）车间员工发放高温津贴每月300元。
第六条　环保专员、安全员每日须对废水站和危废仓库进行巡查并登记，其岗位说明另行制定。
第七条　本制度由人力资源部负责解释，自2025年1月1日起施行。
"""
    open(os.path.join(OUT, "pk10_考勤与班次管理制度.txt"), "w", encoding="utf-16").write(txt)

for g in [gen_pk01, gen_pk02, gen_pk03, gen_pk04, gen_pk05, gen_pk06, gen_pk07, gen_pk08, gen_pk09, gen_pk10]:
    g()
print("written", sorted(os.listdir(OUT)))
