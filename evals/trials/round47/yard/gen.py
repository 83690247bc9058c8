"""Round 47 'yard': 江海重工船舶有限公司 (a shipyard), 10 HR documents.
Run: T47_OUT=/tmp/t47yard/corpus /tmp/genv/bin/python gen.py"""
import os, csv, io
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table as XTable, TableStyleInfo
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T47_OUT", "/tmp/t47yard/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "江海重工船舶有限公司"

def cjk(doc):
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

def set_cell(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]; r = p.add_run(text); r.bold = bold

# ---------------------------------------------------------------- y01 docx
Y01_POSTS = [
 dict(name="船体装配工", code="CT-01", dept="船体车间", boss="装配班长", sub="无", n="60人",
      loc="一号船台及分段车间", shift="两班制（B班）", pay="7000–10000元/月（计件）",
      sipoc=[("分段装配图、托盘清单", "按图纸进行分段、总段的划线、装配与定位", "合格分段", "焊接班组"),
             ("零件、型材", "核对零件编号与规格，发现错漏及时反馈", "零件缺陷反馈单", "生产调度员"),
             ("胎架", "制作、调整胎架并控制分段精度，主尺度误差不超过±4mm", "精度测量记录", "精度管理组"),
             ("报验通知", "配合质检员完成结构报验，按报验意见返修", "报验单", "质检员（QC）"),
             ("工装夹具", "做好工装夹具保养和作业现场5S", "5S检查记录", "船体车间")],
      qual=("要素", "必备条件", "优先条件"),
      qrows=[("学历", "初中及以上", "船舶技校毕业"),
             ("工作经验", "1年以上钢结构或船体装配经验", "有总段大合拢经验"),
             ("专业技能", "能看懂分段结构图和装配工艺", "会使用全站仪测量"),
             ("证书", "高处作业证", "—"),
             ("身体条件", "无恐高症、色盲", "—")]),
 dict(name="电焊工", code="CT-02", dept="船体车间", boss="焊接班长", sub="无", n="85人",
      loc="分段车间及二号船坞", shift="两班制（B班）", pay="8000–13000元/月（按焊缝米数计件）",
      sipoc=[("焊接工艺规程（WPS）", "按WPS进行CO2气体保护焊、埋弧焊等焊接作业", "合格焊缝", "质检员（QC）"),
             ("焊材", "焊材按规定烘干、领用和回收，做好焊材发放记录", "焊材领用记录", "材料库"),
             ("动火作业票", "动火前确认动火作业票和测爆结果，落实看火人", "安全动火", "安全员"),
             ("探伤报告", "对无损检测不合格的焊缝进行返修，同一部位返修不超过两次", "返修记录", "质检员（QC）"),
             ("焊接设备", "每班点检焊机、送丝机，发现异常及时报修", "设备点检表", "设备动力部")],
      qual=("要素", "初级工", "中级工", "高级工"),
      qrows=[("学历", "初中及以上", "初中及以上", "高中或中专及以上"),
             ("工作经验", "不限", "3年以上船舶焊接经验", "6年以上，能进行全位置焊接"),
             ("证书", "特种作业操作证（熔化焊接与热切割）", "另需CCS焊工证书（2G）", "另需CCS焊工证书（3G/4G）")],
      note="【修订说明 2025-02 人力资源部：高级工证书原为“CCS 3G证书”，现改为“CCS焊工证书（3G/4G）”；中级工经验由2年调整为3年。】"),
 dict(name="起重指挥", code="CT-05", dept="船体车间（起重班）", boss="起重班长", sub="司索工", n="12人",
      loc="船台及船坞龙门吊作业区", shift="三班倒（C班）", pay="8500–11000元/月",
      sipoc=[("吊装方案", "吊装前核对吊装方案，检查吊索具、卸扣和吊耳", "吊前检查记录", "起重班"),
             ("待吊分段", "用标准手势、旗语和对讲机指挥龙门吊、塔吊进行分段吊运和空中翻身", "安全吊运", "搭载班组"),
             ("气象预报", "风力达到六级及以上时停止露天吊装，并立即报告起重班长", "停吊记录", "生产调度员"),
             ("作业区域", "吊装前划定警戒区并清场，吊物下方严禁站人", "警戒区设置", "安全员")],
      qual=("要素", "必备条件", "优先条件"),
      qrows=[("学历", "高中及以上", "—"),
             ("工作经验", "2年以上司索或起重作业经验", "有600吨以上龙门吊指挥经验"),
             ("证书", "特种设备作业人员证（Q1起重机指挥）", "—"),
             ("身体条件", "矫正视力0.8以上，无色盲、无听力障碍", "—")]),
 dict(name="质检员（QC）", code="QA-03", dept="质量管理部", boss="QC主管", sub="无", n="18人",
      loc="船体车间及舾装码头", shift="常白班（A班），节点报验时随班", pay="9000–14000元/月",
      sipoc=[("报验申请", "按检验计划进行分段结构、焊缝外观和密性检验", "检验记录", "船东/船级社验船师"),
             ("不合格项", "开具不合格品通知单（NCR）并跟踪整改闭环", "NCR关闭记录", "生产车间"),
             ("船东意见", "陪同船东代表和验船师报验，记录并分发报验意见", "报验意见清单", "船东代表联络专员"),
             ("质量数据", "每周统计报验一次通过率和返修率，编写质量周报", "质量周报", "QC主管")],
      qual=("要素", "必备条件", "优先条件"),
      qrows=[("学历", "大专及以上", "本科"),
             ("专业", "船舶与海洋工程、焊接技术及自动化或材料成型", "—"),
             ("工作经验", "3年以上船厂质检经验", "有LNG船或化学品船报验经验"),
             ("证书", "—", "无损检测II级证书（UT或MT）")]),
]

def y01():
    doc = Document(); cjk(doc)
    first = True
    for i, p in enumerate(Y01_POSTS, 1):
        if first:
            sec = doc.sections[0]; first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        sec.header.paragraphs[0].text = f"{CO}　岗位说明书　｜　{p['name']}"
        sec.footer.paragraphs[0].text = f"文件编号：JH-HR-JD-{p['code']}　　受控版本：B/1　　人力资源部编制"
        if i == 1:
            t = doc.add_paragraph(); r = t.add_run("船体车间及质检岗位说明书汇编（2025版）"); r.bold = True; r.font.size = Pt(16)
            doc.add_paragraph("说明：本汇编每个岗位单独成节，岗位名称见各页页眉及基本信息表。工作职责按“输入—工作活动—输出—服务对象”的格式描述。")
        doc.add_paragraph(f"岗位编号：{p['code']}")
        doc.add_paragraph("一、基本信息")
        tb = doc.add_table(rows=4, cols=4); tb.style = "Table Grid"
        cells = [("岗位名称", p["name"], "所属部门", p["dept"]),
                 ("直接上级", p["boss"], "直接下属", p["sub"]),
                 ("定员", p["n"], "班次", p["shift"]),
                 ("工作地点", p["loc"], "薪酬标准", p["pay"])]
        for r, row in enumerate(cells):
            for c, v in enumerate(row):
                set_cell(tb.cell(r, c), v, bold=(c % 2 == 0))
        doc.add_paragraph("二、工作职责")
        tb = doc.add_table(rows=1, cols=5); tb.style = "Table Grid"
        for c, h in enumerate(("序号", "输入", "工作活动", "输出", "服务对象")):
            set_cell(tb.rows[0].cells[c], h, True)
        for k, row in enumerate(p["sipoc"], 1):
            cs = tb.add_row().cells
            set_cell(cs[0], str(k))
            for c, v in enumerate(row, 1):
                set_cell(cs[c], v)
        doc.add_paragraph("三、任职资格")
        q = p["qual"]
        tb = doc.add_table(rows=1, cols=len(q)); tb.style = "Table Grid"
        for c, h in enumerate(q):
            set_cell(tb.rows[0].cells[c], h, True)
        for row in p["qrows"]:
            cs = tb.add_row().cells
            for c, v in enumerate(row):
                set_cell(cs[c], v)
        if p.get("note"):
            para = doc.add_paragraph(); r = para.add_run(p["note"])
            r.font.color.rgb = RGBColor(0xC0, 0, 0); r.italic = True
        doc.add_paragraph("审批：车间主任＿＿＿＿　　人力资源部＿＿＿＿　　日期：2025年2月")
    doc.save(OUT / "y01_船体车间及质检岗位说明书.docx")

# ---------------------------------------------------------------- y02 docx
MILESTONES = [
 ("开工前", "完成管系生产设计和托盘表", "完成舾装件布置图和舾装件清单", "编制涂装工艺方案，核算涂料用量"),
 ("分段制造", "跟踪管子预制及分段预舾装管路安装", "跟踪分段预舾装（基座、支架、格栅）", "检查分段涂装前表面处理等级（Sa2.5）"),
 ("船台搭载", "组织合拢管现场取样和制作", "协调大型舾装件吊装", "组织合拢缝补涂"),
 ("下水后码头舾装", "组织管系密性试验和串油冲洗", "组织锚绞机、舵系等甲板机械安装", "组织舱室涂装和外板面漆"),
 ("系泊试验", "配合各系统调试", "配合锚机、系泊设备试验", "涂层破损修补"),
 ("试航与交船", "处理试航管系遗留项", "处理舾装遗留项", "提交完工涂装检验报告"),
]

def y02():
    doc = Document(); cjk(doc)
    s = doc.sections[0]
    s.header.paragraphs[0].text = "江海重工｜舾装管系部工作手册 V3.0"
    s.footer.paragraphs[0].text = "受控文件　未经许可不得复制　2025年1月发布"
    t = doc.add_paragraph(); r = t.add_run("舾装管系部工作手册（V3.0）"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("版本记录")
    tb = doc.add_table(rows=3, cols=3); tb.style = "Table Grid"
    for r_, row in enumerate([("版本", "日期", "状态"), ("V2.0", "2022年3月", "已作废"), ("V3.0", "2025年1月", "现行")]):
        for c, v in enumerate(row):
            set_cell(tb.cell(r_, c), v, r_ == 0)
    doc.add_heading("第一章　部门概况", level=1)
    doc.add_paragraph("舾装管系部由舾装管系部部长全面负责，下设管系组、舾装组、涂装组三个专业组，各组设组长一名。"
                      "部门负责全船管系、舾装和涂装的生产设计、现场技术支持及报验。")
    doc.add_paragraph("电装组的电气工程师岗位与本部门协同工作，其岗位职责另行发文，本手册不含。")
    doc.add_heading("第二章　岗位工作节拍表", level=1)
    doc.add_paragraph("下表按造船主要节点列出各岗位在该节点的主要工作：")
    tb = doc.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for c, h in enumerate(("造船节点", "管系工程师", "舾装工程师", "涂装技术员")):
        set_cell(tb.rows[0].cells[c], h, True)
    for row in MILESTONES:
        cs = tb.add_row().cells
        for c, v in enumerate(row):
            set_cell(cs[c], v)
    doc.add_heading("第三章　岗位职责与任职要求", level=1)
    doc.add_heading("3.1　管系工程师", level=2)
    doc.add_paragraph("管系工程师隶属管系组，直属上级为管系组组长，技术上指导管系工（6至8名）按图施工。工作地点为设计楼三层及舾装码头，常白班，薪酬为年薪15万至22万元。")
    doc.add_paragraph("主要职责如下：")
    for x in ["（1）负责管系生产设计，绘制管子零件图、管系安装图和托盘表；",
              "（2）编制管系材料清单（MTO），跟踪阀件、附件的采购到货；",
              "（3）解决现场管系安装技术问题，处理设计变更和现场修改单；",
              "（4）组织管系密性试验和串油冲洗，编写试验报告；",
              "（5）配合船东、船检完成管系报验；",
              "（6）指导管系工按图施工。"]:
        doc.add_paragraph(x)
    doc.add_paragraph("任职要求：本科及以上学历，船舶与海洋工程、轮机工程或热能与动力工程专业；3年以上船舶管系设计或生产设计经验；熟练使用AVEVA Marine（TRIBON）和AutoCAD。")
    doc.add_heading("3.2　舾装工程师", level=2)
    doc.add_paragraph("舾装工程师隶属舾装组，直属上级为舾装组组长，无下属。工作地点为设计楼三层及舾装码头，常白班，薪酬为年薪14万至20万元。")
    doc.add_paragraph("主要职责如下：")
    for x in ["（1）负责甲板舾装、舱室舾装的生产设计和布置图绘制；",
              "（2）编制舾装件采购清单和托盘管理表；",
              "（3）协调锚绞机、舵机、救生艇等大型设备的安装；",
              "（4）处理现场舾装技术问题和设计变更；",
              "（5）参加系泊试验和试航。"]:
        doc.add_paragraph(x)
    doc.add_paragraph("任职要求：本科及以上学历，船舶与海洋工程专业；2年以上船舶舾装设计或现场经验；熟悉CCS、ABS、DNV等船级社规范；英语四级以上优先。")
    doc.add_heading("3.3　涂装技术员", level=2)
    doc.add_paragraph("涂装技术员隶属涂装组，直属上级为涂装组组长。")
    doc.add_paragraph("主要职责如下：")
    for x in ["（1）编制涂装工艺方案，确认涂料配套及膜厚要求；",
              "（2）检查钢材表面处理等级、环境温湿度及露点；",
              "（3）测量干膜厚度并做好记录；",
              "（4）协调船东涂料商服务工程师现场检验；",
              "（5）监督喷砂、喷涂作业的防火防爆措施。"]:
        doc.add_paragraph(x)
    doc.add_paragraph("任职要求：略（按公司技术员通用任职条件执行）。")
    doc.add_heading("附：V2.0版岗位设置（已作废，仅供查阅）", level=2)
    doc.add_paragraph("V2.0版中管系工程师直属上级为舾装管系部部长，任职要求为大专及以上学历、2年以上经验。该版本自2025年1月起作废。")
    doc.save(OUT / "y02_舾装管系部工作手册V3.docx")

# ---------------------------------------------------------------- y03 xlsx
KPI_LIB = [
 ("K01", "焊缝一次探伤合格率", "内部流程", "一次无损检测合格的焊缝长度/检测焊缝总长度×100%", "质量管理部探伤台账", "越高越好", "月"),
 ("K02", "人均焊接米数", "内部流程", "当月合格焊缝总米数/在岗焊工人数", "生产日报", "越高越好", "月"),
 ("K03", "焊材利用率", "财务", "焊缝熔敷金属重量/焊材领用重量×100%", "材料库台账", "越高越好", "月"),
 ("K04", "分段精度合格率", "内部流程", "精度测量合格的分段数/测量分段总数×100%", "精度管理组", "越高越好", "月"),
 ("K05", "报验一次通过率", "客户", "一次通过的报验项数/报验总项数×100%", "报验台账", "越高越好", "月"),
 ("K06", "不合格品关闭及时率", "内部流程", "按期关闭的NCR数/应关闭NCR数×100%", "NCR台账", "越高越好", "月"),
 ("K07", "船东意见漏检数", "客户", "船东或验船师发现而QC未检出的缺陷项数", "报验意见清单", "越低越好", "月"),
 ("K08", "安全违章次数", "内部流程", "被安全员查处的个人违章次数", "安全检查记录", "越低越好", "月"),
 ("K09", "吊装事故次数", "内部流程", "发生吊装事故（含未遂事件）的次数", "安全环保部事故台账", "越低越好", "季"),
 ("K10", "吊装计划完成率", "内部流程", "按计划完成的吊装次数/计划吊装次数×100%", "生产调度日报", "越高越好", "月"),
 ("K11", "技能培训时数", "学习与成长", "参加公司组织的技能培训小时数", "培训记录", "越高越好", "年"),
 ("K12", "生产计划节点完成率", "内部流程", "按期完成的生产节点数/计划节点数×100%", "生产管理部", "越高越好", "月"),
 ("K13", "船东满意度", "客户", "船东季度满意度调查得分（百分制）", "满意度调查表", "越高越好", "季"),
 ("K14", "隐患整改闭环率", "内部流程", "按期整改完成的隐患数/查出隐患总数×100%", "隐患台账", "越高越好", "月"),
 ("K15", "调度日报准时率", "内部流程", "按时（次日9:00前）发布的调度日报天数/工作天数×100%", "生产管理部", "越高越好", "月"),
]
POST_KPI = [
 ("电焊工", "月度", "焊接班长", [("K01", 35, "95%", "97%", "98.5%"), ("K02", 25, "900米", "1100米", "1300米"),
                                ("K03", 15, "88%", "90%", "92%"), ("K08", 15, "≤2次", "0次", "连续3个月0次"), ("K11", 10, "16小时", "24小时", "40小时")]),
 ("船体装配工", "月度", "装配班长", [("K04", 40, "90%", "95%", "98%"), ("K05", 25, "88%", "92%", "95%"),
                                  ("K08", 20, "≤2次", "0次", "连续3个月0次"), ("K11", 15, "16小时", "24小时", "40小时")]),
 ("质检员（QC）", "月度", "QC主管", [("K05", 30, "90%", "93%", "96%"), ("K06", 25, "90%", "95%", "100%"),
                                  ("K07", 25, "≤3项", "≤1项", "0项"), ("K13", 10, "85分", "90分", "95分"), ("K11", 10, "16小时", "24小时", "40小时")]),
 ("起重指挥", "月度", "起重班长", [("K09", 40, "0次", "0次", "0次"), ("K10", 30, "95%", "98%", "100%"),
                                ("K08", 20, "≤1次", "0次", "0次"), ("K11", 10, "16小时", "24小时", "40小时")]),
 ("生产调度员", "月度", "调度长", [("K12", 40, "90%", "95%", "98%"), ("K10", 20, "95%", "98%", "100%"),
                                ("K15", 20, "95%", "100%", "100%"), ("K11", 20, "16小时", "24小时", "40小时")]),
]
DEPT_KPI = [
 ("船体车间", [("K12", 30), ("K01", 25), ("K04", 20), ("K08", 15), ("K03", 10)]),
 ("质量管理部", [("K05", 35), ("K06", 25), ("K07", 20), ("K13", 20)]),
]

def y03():
    wb = Workbook()
    ws = wb.active; ws.title = "说明"
    ws["A1"] = "生产系统KPI指标库（2025版）"
    ws["A2"] = "1. “指标库”为全部指标的定义；“岗位指标分配2025”为各岗位的指标、权重及三档目标值（门槛值/目标值/挑战值）。"
    ws["A3"] = "2. 得分计算：达到门槛值得60%，达到目标值得100%，达到挑战值得120%，低于门槛值该项不得分。"
    ws["A4"] = "3. 起重指挥发生吊装事故的，当月KPI考核结果为零（一票否决）。"
    ws["A5"] = "4. “2024版（作废）”工作表仅供对比，不再使用。"
    lib = wb.create_sheet("指标库")
    hdr = ["指标编号", "指标名称", "BSC维度", "定义及计算公式", "数据来源", "极性", "考核周期"]
    lib.append(hdr)
    for row in KPI_LIB:
        lib.append(list(row))
    tab = XTable(displayName="KPI库", ref=f"A1:G{len(KPI_LIB)+1}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium9", showRowStripes=True)
    lib.add_table(tab); lib.freeze_panes = "A2"
    name_of = {r[0]: r[1] for r in KPI_LIB}
    ws = wb.create_sheet("岗位指标分配2025")
    ws.append(["岗位", "指标编号", "指标名称", "权重（%）", "门槛值", "目标值", "挑战值", "计分规则"])
    for c in ws[1]:
        c.font = Font(bold=True)
    for post, period, rater, rows in POST_KPI:
        ws.append([f"▼ {post}　　考核周期：{period}　　考核人：{rater}"])
        hr = ws.max_row
        ws.merge_cells(start_row=hr, start_column=1, end_row=hr, end_column=8)
        ws.cell(hr, 1).fill = PatternFill("solid", fgColor="DDEBF7"); ws.cell(hr, 1).font = Font(bold=True)
        first = ws.max_row + 1
        for code, w, a, b, c in rows:
            rule = "发生1次即当月KPI考核结果为零（一票否决）" if code == "K09" else f"{name_of[code]}达到目标值{b}得满分，低于门槛值{a}不得分"
            ws.append(["", code, name_of[code], w, a, b, c, rule])
            ws.row_dimensions[ws.max_row].outline_level = 1
        last = ws.max_row
        ws.append(["", "", "权重合计", f"=SUM(D{first}:D{last})"])
    ws.cell(3, 2).comment = Comment("指标编号对应“指标库”工作表", "HR")
    ws = wb.create_sheet("部门指标")
    ws.append(["部门", "指标编号", "指标名称", "权重（%）"])
    for dept, rows in DEPT_KPI:
        top = ws.max_row + 1
        for code, w in rows:
            ws.append([dept, code, name_of[code], w])
        ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(top, 1).alignment = Alignment(vertical="center")
    ws = wb.create_sheet("2024版（作废）")
    ws.append(["本表已作废，2025年起执行新版指标分配"])
    ws.append(["岗位", "指标名称", "权重（%）", "目标值"])
    for row in [("电焊工", "焊缝一次探伤合格率", 50, "96%"), ("电焊工", "人均焊接米数", 30, "1000米"),
                ("电焊工", "安全违章次数", 20, "0次"), ("质检员", "报验一次通过率", 60, "92%"), ("质检员", "船东投诉次数", 40, "0次")]:
        ws.append(list(row))
    wb.save(OUT / "y03_生产系统KPI指标库2025.xlsx")

# ---------------------------------------------------------------- y04 xlsx
Y04_ROWS = [
 ("船体装配工", "船体车间", "装配班长", "无", "初中及以上", "不限", "1年以上", "一号船台及分段车间", "B", "G3", "7000–10000"),
 ("电焊工", "船体车间", "焊接班长", "无", "初中及以上", "不限", "不限（中级工3年以上）", "分段车间及二号船坞", "B", "G3–G5", "8000–13000"),
 ("数控切割工", "船体车间", "下料工段长", "无", "中专及以上", "数控或机械", "1年以上", "下料车间", "B", "G3", "6500–9000"),
 ("起重指挥", "船体车间", "起重班长", "司索工", "高中及以上", "不限", "2年以上", "船台及船坞龙门吊作业区", "C", "G4", "8500–11000"),
 ("质检员（QC）", "质量管理部", "QC主管", "无", "大专及以上", "船舶与海洋工程/焊接/材料", "3年以上", "船体车间及舾装码头", "A", "G5", "9000–14000"),
 ("管系工程师", "舾装管系部", "管系组组长", "管系工（技术指导）", "本科及以上", "船舶与海洋工程/轮机工程/热能与动力工程", "3年以上", "设计楼三层及舾装码头", "A", "T3", "年薪15–22万"),
 ("舾装工程师", "舾装管系部", "舾装组组长", "无", "本科及以上", "船舶与海洋工程", "2年以上", "设计楼三层及舾装码头", "A", "T3", "年薪14–20万"),
 ("涂装技术员", "舾装管系部", "涂装组组长", "无", "", "", "", "涂装车间及船坞", "A", "T2", "7500–10500"),
 ("生产调度员", "生产管理部", "调度长", "无", "大专及以上", "船舶、机械或工业工程", "2年以上", "生产指挥中心", "A", "G4", "7500–10000"),
 ("安全员", "安全环保部", "安全环保部经理", "无", "大专及以上", "安全工程相关", "3年以上", "海门厂区（全厂巡查）", "C", "G4", "8000–12000"),
 ("船东代表联络专员", "营销与项目管理部", "项目经理", "无", "本科及以上", "英语或船舶相关", "2年以上", "项目楼", "A", "M2", "8000–12000"),
]
CERTS = ["特种作业操作证（熔化焊接与热切割）", "高处作业证", "CCS焊工证书", "特种设备作业人员证（Q1）", "无损检测II级", "安全管理人员证书", "注册安全工程师", "叉车证", "英语六级/专八"]
CERT_MATRIX = {
 "船体装配工": {"高处作业证": "●"},
 "电焊工": {"特种作业操作证（熔化焊接与热切割）": "●", "CCS焊工证书": "○", "高处作业证": "○"},
 "数控切割工": {"特种作业操作证（熔化焊接与热切割）": "●"},
 "起重指挥": {"特种设备作业人员证（Q1）": "●"},
 "质检员（QC）": {"无损检测II级": "○"},
 "安全员": {"安全管理人员证书": "●", "注册安全工程师": "○"},
 "船东代表联络专员": {"英语六级/专八": "●"},
}

def y04():
    wb = Workbook(); ws = wb.active; ws.title = "岗位要素表"
    ws.append(["岗位", "组织关系", "", "", "任职条件", "", "", "工作条件", "", "薪酬", ""])
    ws.append(["", "所属部门", "直接上级", "直接下属", "学历", "专业", "工作经验", "工作地点", "班次代码", "薪级", "月薪区间（元）"])
    for a, b in (("B1", "D1"), ("E1", "G1"), ("H1", "I1"), ("J1", "K1"), ("A1", "A2")):
        ws.merge_cells(f"{a}:{b}")
    for row in ws.iter_rows(min_row=1, max_row=2):
        for c in row:
            c.font = Font(bold=True); c.alignment = Alignment(horizontal="center")
    for r in Y04_ROWS:
        ws.append(list(r))
    ws.append([])
    ws.append(["注：涂装技术员任职条件待定；起重指挥自2025年5月1日起隶属关系调整，以人力资源部通知为准。"])
    ws2 = wb.create_sheet("持证矩阵")
    ws2.append(["岗位"] + CERTS)
    for post in [r[0] for r in Y04_ROWS]:
        m = CERT_MATRIX.get(post, {})
        ws2.append([post] + [m.get(c, "") for c in CERTS])
    ws2.append([])
    ws2.append(["图例：●＝上岗必备　○＝优先考虑　空白＝无要求"])
    ws3 = wb.create_sheet("班次代码")
    ws3.append(["代码", "班次", "时间"])
    for r in [("A", "常白班", "08:00–17:00，周末双休"), ("B", "两班制", "白班07:30–16:30，夜班19:30–04:30，每周轮换"),
              ("C", "三班倒", "早班08:00–16:00，中班16:00–24:00，夜班00:00–08:00"), ("D", "四班三运转", "四个班组轮流上三个班次，做二休一")]:
        ws3.append(list(r))
    wb.save(OUT / "y04_岗位要素及持证矩阵.xlsx")

# ---------------------------------------------------------------- y05 csv
Y05 = [
 ["需求编号", "岗位名称", "需求部门", "汇报对象", "需求人数", "岗位职责", "任职要求", "工作地点", "薪资范围", "状态", "提交人", "提交时间"],
 ["ZP2024-052", "安全员", "安全环保部", "安全环保部经理", "2",
  "1.日常安全巡查\n2.办理动火作业票", "中专及以上，1年以上安全工作经验", "海门厂区", "6000-8000元/月", "已撤销", "王晓燕", "2024/09/12 10:21"],
 ["ZP2025-011", "安全员", "安全环保部", "安全环保部经理", "3",
  "1.每日巡查船台、船坞、分段车间的作业安全，制止和纠正违章作业；\n2.审核动火、登高、受限空间等危险作业票，组织测爆和监护；\n3.组织新员工三级安全教育和班前安全讲话；\n4.建立隐患台账，跟踪隐患整改闭环；\n5.参与生产安全事故的调查和上报。",
  "1.大专及以上学历，安全工程或相关专业；\n2.3年以上造船或重工业安全管理经验；\n3.须持安全管理人员证书，持注册安全工程师证书者优先。",
  "南通海门厂区", "8000-12000元/月", "招聘中", "王晓燕", "2025/02/20 09:03"],
 ["ZP2025-014", "材料库管理员", "物资供应部", "库管主管", "2",
  "1.负责钢板、型材、焊材的入库验收、堆放和标识；\n2.按领料单发料，焊材实行以旧换新；\n3.每月盘点，保证账、卡、物相符；\n4.管理油漆、稀释剂等危化品仓库，做好防火检查。",
  "1.高中及以上学历；\n2.1年以上仓库管理经验，会使用ERP系统；\n3.持叉车证者优先。",
  "海门厂区材料库", "5500-7000元/月", "招聘中", "李强", "2025/03/04 14:40"],
]

def y05():
    with open(OUT / "y05_飞书招聘需求导出.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        for r in Y05:
            w.writerow(r)

# ---------------------------------------------------------------- y06 html
def y06():
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>社会招聘 - 江海重工船舶有限公司</title>
<style>table.cmp td,table.cmp th{border:1px solid #999;padding:6px;vertical-align:top}s{color:#999}</style>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/about">关于我们</a> | <a href="/jobs">加入我们</a></nav>
<h1>2025年社会招聘岗位一览</h1>
<p>以下岗位按列对比展示，投递简历请发送至 hr@jianghai-ship.example.cn，邮件标题注明“应聘岗位+姓名”。</p>
<table class="cmp">
<thead>
<tr><th>项目</th><th>船东代表联络专员</th><th>数控切割工</th><th><s>质量体系工程师</s></th></tr>
</thead>
<tbody>
<tr><th>所属部门</th><td>营销与项目管理部（汇报给项目经理）</td><td>船体车间下料工段</td><td rowspan="6">该岗位已招满，信息不再展示</td></tr>
<tr><th>岗位职责</th>
<td><ul>
<li>负责船东代表、船级社验船师的日常联络与接待，安排驻厂办公室和交通；</li>
<li>组织每周船东例会，整理会议纪要并跟踪落实；</li>
<li>传递船东意见（Comments），协调相关部门在期限内关闭；</li>
<li>办理船东来访人员的入厂证、安全培训和签证邀请函；</li>
<li>翻译往来英文函件及技术文件。</li>
</ul></td>
<td><ul>
<li>按套料图操作数控等离子、火焰切割机下料；</li>
<li>切割前核对钢板炉批号、规格，并做材料移植标记；</li>
<li>测量零件尺寸，切割精度控制在±1mm以内；</li>
<li>日常保养割炬和导轨，保持设备完好。</li>
</ul></td></tr>
<tr><th>任职要求</th>
<td><ul>
<li>本科及以上学历，英语或船舶相关专业；</li>
<li>英语六级或专业八级，口语流利；</li>
<li>2年以上船厂或外企联络、翻译经验；</li>
<li>熟悉造船流程者优先。</li>
</ul></td>
<td><ul>
<li>中专及以上学历，数控或机械类专业；</li>
<li>1年以上数控切割操作经验；</li>
<li>持特种作业操作证（熔化焊接与热切割）。</li>
</ul></td></tr>
<tr><th>工作地点</th><td>南通海门厂区项目楼</td><td>南通海门厂区下料车间</td></tr>
<tr><th>薪资待遇</th><td>8000–12000元/月＋项目奖金</td><td>6500–9000元/月</td></tr>
<tr><th>班次</th><td>常白班（船东周末验船时需陪同）</td><td>两班制</td></tr>
</tbody>
</table>
<footer><p>江海重工船舶有限公司 人力资源部　版权所有</p></footer>
</body>
</html>
"""
    (OUT / "y06_社会招聘.html").write_text(html, encoding="utf-8")

# ---------------------------------------------------------------- y07 pdf
def y07():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="wqy", fontSize=10.5, leading=16, wordWrap="CJK")
    h1 = ParagraphStyle("h", fontName="wqy", fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName="wqy", fontSize=12, leading=20)
    cell = ParagraphStyle("c", fontName="wqy", fontSize=9.5, leading=14, wordWrap="CJK")
    story = [Paragraph("江海重工船舶有限公司安全生产责任制（2025年修订）", h1), Spacer(1, 8)]
    for x in ["第一条　为落实“管生产必须管安全”的原则，明确各岗位安全生产职责，制定本制度。",
              "第二条　本制度适用于公司所属各车间、部门及在厂区作业的外协单位。",
              "第三条　各岗位安全生产职责见下表。表中未列岗位按《员工安全守则》执行。"]:
        story.append(Paragraph(x, st))
    story.append(Spacer(1, 6)); story.append(Paragraph("表1　主要岗位安全生产职责", h2))
    rows = [["岗位", "安全生产职责"],
            ["安全员", "①每天上午、下午各巡查一次船台、船坞和分段车间，制止违章作业；②审核动火、登高、受限空间作业票，组织测爆和监护；③每月组织一次安全检查并通报结果；④建立隐患台账，督促隐患按期整改；⑤负责新员工三级安全教育的组织实施。"],
            ["起重指挥", "①吊装前检查吊索具、卸扣和吊耳，发现缺陷禁止起吊；②指挥信号不清、吊物重量不明、风力六级及以上时拒绝指挥；③吊装作业时设置警戒区，吊物下方严禁站人。"],
            ["电焊工", "①持证上岗，作业前检查焊机接地和电缆绝缘；②在舱室、双层底等受限空间焊接时，必须确认通风和测爆合格，并有专人监护；③离开作业点时切断电源，清理火种。"],
            ["生产调度员", "①安排生产计划时同时安排安全措施；②遇大风、雷暴等恶劣天气时发布停工调度令；③组织交叉作业的协调，避免上下层同时作业。"]]
    data = [[Paragraph(a, cell), Paragraph(b, cell)] for a, b in rows]
    t = Table(data, colWidths=[70, 390])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t); story.append(Spacer(1, 10))
    story.append(Paragraph("第四条　安全环保部按下表对部门安全绩效进行月度考核。", st))
    story.append(Paragraph("表2　安全环保部安全绩效考核指标", h2))
    k = [["考核指标", "权重", "目标值", "数据来源"],
         ["隐患整改闭环率", "30%", "≥95%", "隐患台账"],
         ["安全培训覆盖率", "20%", "100%", "培训记录"],
         ["危险作业票审核合规率", "20%", "100%", "作业票存根"],
         ["轻伤及以上事故起数", "30%", "0起", "事故台账"]]
    t = Table([[Paragraph(x, cell) for x in r] for r in k], colWidths=[150, 60, 80, 120])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t); story.append(Spacer(1, 10))
    for x in ["第五条　发生轻伤及以上事故的，对责任岗位实行安全一票否决。",
              "第六条　本制度自2025年3月1日起施行，2021年版同时废止。"]:
        story.append(Paragraph(x, st))
    def deco(c, d):
        c.saveState(); c.setFont("wqy", 8)
        c.drawString(40, 815, "江海重工船舶有限公司　安全环保部"); c.drawRightString(555, 20, f"第 {d.page} 页")
        c.restoreState()
    SimpleDocTemplate(str(OUT / "y07_安全生产责任制2025.pdf"), pagesize=A4).build(story, onFirstPage=deco, onLaterPages=deco)

# ---------------------------------------------------------------- y08 md
Y08 = """# 生产调度员入职指南

> 适用：生产管理部新入职调度员　｜　编制：生产管理部　｜　2025年3月

欢迎加入江海重工生产指挥中心！这份指南帮助你在第一个月熟悉调度工作。

## 一、岗位信息

<table>
<tr><td>所属部门</td><td>生产管理部</td><td>直接上级</td><td>调度长</td></tr>
<tr><td>直接下属</td><td>无</td><td>工作地点</td><td>生产指挥中心（主楼二层）</td></tr>
<tr><td>学历</td><td>大专及以上</td><td>专业</td><td>船舶、机械或工业工程</td></tr>
<tr><td>经验</td><td>2年以上制造业生产计划或调度经验</td><td>班次</td><td>常白班，周末轮流值班</td></tr>
<tr><td>技能</td><td colspan="3">熟练使用Excel和Project，能看懂生产计划网络图</td></tr>
<tr><td>薪资</td><td colspan="3">7500–10000元/月，另有节点奖</td></tr>
</table>

## 二、每日工作清单

- [ ] 07:40 参加早班调度会，通报前一日计划完成情况
- [ ] 09:00 巡查船台、船坞节点进度，记录滞后项
- [ ] 10:30 协调龙门吊、平板车等公共资源的使用计划
- [ ] 15:00 汇总各车间日报，更新周生产计划
- [ ] 每周五 编制周生产简报，报生产管理部经理
- [ ] 遇停电、大风等异常情况时，发布调度令并通知各车间

## 三、考核

调度员的月度KPI见《生产系统KPI指标库2025》。

## 四、转正答辩要求

略。

## 五、常见问题

**问：调度令由谁签发？**
答：一般调度令由当班调度员签发，涉及停工的调度令须经调度长批准。

**问：夜间有紧急情况找谁？**
答：拨打生产指挥中心值班电话，由值班调度员处理。
"""

def y08():
    (OUT / "y08_生产调度员入职指南.md").write_text(Y08, encoding="utf-8")

# ---------------------------------------------------------------- y09 gbk
Y09 = """江海重工船舶有限公司文件

江海重工人〔2025〕18号

关于调整起重指挥岗位隶属关系的通知

各车间、各部门：
　　为统一管理全厂起重资源，经公司研究决定，对起重指挥岗位
作如下调整：
　　一、自2025年5月1日起，起重指挥由船体车间起重班划归设备
动力部起重队管理，直接上级由起重班长调整为起重队队长。
　　二、班次由三班倒调整为四班三运转（D班）。
　　三、岗位职责不变，另增加一条：每班交接时检查龙门吊限位器、
风速仪是否正常，并在交接班记录上签字。
　　四、薪酬标准不变。
　　请各单位做好人员交接工作。

附件：起重队人员名单（略）

江海重工船舶有限公司人力资源部
2025年4月15日

抄送：设备动力部、船体车间、安全环保部
"""

def y09():
    (OUT / "y09_关于调整起重指挥隶属关系的通知.txt").write_bytes(Y09.replace("\n", "\r\n").encode("gbk"))

# ---------------------------------------------------------------- y10 utf-16
Y10 = """倒班与加班管理办法

第一条　为规范生产一线倒班和加班管理，保障员工休息权利，制定本办法。
第二条　公司实行以下班次：
班次代码\t名称\t说明
A\t常白班\t08:00–17:00
B\t两班制\t白班07:30–16:30、夜班19:30–04:30，每周轮换
C\t三班倒\t早、中、夜三班，每班8小时
D\t四班三运转\t四个班组轮流上三个班次
第三条　夜班（22:00以后下班的班次）发放夜班津贴，每班60元。
第四条　加班须事先填写加班申请单，经班组长和车间主任批准；未经批准的加班不计加班工时。
第五条　每月加班时间原则上不超过36小时。
第六条　6月至9月室外作业人员发放高温津贴，每月300元。
第七条　本办法由人力资源部负责解释，自2025年1月1日起执行。
"""

def y10():
    (OUT / "y10_倒班与加班管理办法.txt").write_bytes(Y10.encode("utf-16"))

if __name__ == "__main__":
    for f in (y01, y02, y03, y04, y05, y06, y07, y08, y09, y10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
