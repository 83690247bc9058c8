"""Round 60 blind trial: 澜庭酒店集团 (a hotel group). Writes 10 HR documents to $T60_OUT.

Run: T60_OUT=/tmp/t60hotel/corpus /tmp/genv/bin/python gen.py
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T60_OUT", "/tmp/t60hotel/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent


# ----------------------------------------------------------------------------- helpers
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


def borders(table):
    table.style = "Table Grid"


# ----------------------------------------------------------------------------- lt01 docx
HK = [
    {
        "code": "HK-01", "name": "客房主管",
        "facts": [("所属部门", "客房部"), ("直接上级", "客房部经理"), ("直接下属", "客房服务员、公区保洁员"),
                  ("学历", "大专及以上"), ("专业", "酒店管理、旅游管理相关专业"),
                  ("工作经验", "3年以上高星级酒店客房工作经验，其中1年以上领班或主管经验"),
                  ("工作地点", "集团各成员酒店"), ("班次", "早班/中班轮换")],
        "duties": [
            "根据开房率和退房预测编排楼层服务员班次，合理分配每日做房任务。",
            "每日抽查不少于20间已清洁客房，确保达到可售（OK房）标准。",
            "负责楼层布草、客用品及清洁剂的申领、盘点与成本控制。",
            "处理客人对客房卫生及设施的投诉，重大投诉30分钟内上报客房部经理。",
            "督促报修并跟进工程维修进度，维修完成后复检房间。",
            "组织新员工岗前培训和每月技能考核。",
        ],
        "req": [("知识", "熟悉客房清洁标准和布草管理流程", "了解OPERA PMS系统"),
                ("能力", "具备排班和现场督导能力", "英语日常会话"),
                ("素质", "责任心强，能承受旺季高强度工作", "—")],
    },
    {
        "code": "HK-03", "name": "客房服务员",
        "facts": [("所属部门", "客房部"), ("直接上级", "客房主管"), ("直接下属", "无"),
                  ("学历", None),  # struck old value + new value
                  ("专业", "不限"),
                  ("工作经验", "无经验可培训上岗，有星级酒店经验优先"),
                  ("证书", "健康证"),
                  ("工作地点", "杭州、上海、三亚、千岛湖各店"), ("班次", "早班07:30-16:00／中班14:30-23:00")],
        "duties": [
            "按照清扫程序和标准每班完成14间走客房或等量住客房的清洁整理。",
            "更换布草、补充客用品及迷你吧酒水，并准确记录消耗。",
            "检查房内设施设备，发现损坏及时通过报修系统报修。",
            "拾获宾客遗留物品须当班交客房中心登记。",
            "提供开夜床、加床、擦鞋等对客服务。",
        ],
        "req": [("知识", "了解客房清扫流程和化学清洁剂安全使用", "—"),
                ("能力", "动手能力强，吃苦耐劳", "会简单英语"),
                ("身体", "身体健康，能适应长时间站立和弯腰作业", "—")],
    },
    {
        "code": "HK-05", "name": "公区保洁员",
        "facts": [("所属部门", "客房部"), ("直接上级", "客房主管"), ("直接下属", "无"),
                  ("工作地点", "集团各成员酒店"), ("班次", "三班倒")],
        "duties": [
            "负责大堂、电梯厅、公共卫生间、员工通道等公共区域的日常清洁。",
            "按计划进行地毯清洗和大理石地面晶面养护。",
            "雨雪天气在酒店大门口铺设防滑垫并摆放警示牌。",
            "正确使用和保养洗地机、吸尘器等清洁设备。",
        ],
        "req": None,  # 略
    },
]


def lt01():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, "澜庭酒店集团　受控文件　编号：LT-HR-JD-02　第3版",
                  "本文件由集团人力资源中心维护，未经批准不得复印")
    p = doc.add_paragraph()
    r = p.add_run("客房部岗位说明书（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("适用范围：杭州澜庭西湖商务酒店、上海澜庭虹桥商务酒店、三亚澜庭海棠湾度假酒店、千岛湖澜庭湖畔度假村。"
                      "客房部经理岗位说明书由各酒店自行制定，不在本册。")
    for post in HK:
        cap = doc.add_paragraph()
        rr = cap.add_run(f"{post['code']}　{post['name']}")
        rr.bold = True
        rr.font.size = Pt(13)
        outer = doc.add_table(rows=2, cols=2)
        borders(outer)
        outer.cell(0, 0).text = "岗位概况"
        outer.cell(0, 1).text = "岗位职责"
        left = outer.cell(1, 0)
        left.paragraphs[0].text = ""
        inner = left.add_table(rows=0, cols=2)
        borders(inner)
        for lab, val in post["facts"]:
            row = inner.add_row().cells
            row[0].text = lab
            if val is None:
                para = row[1].paragraphs[0]
                old = para.add_run("初中及以上")
                old.font.strike = True
                para.add_run("高中/中专及以上")
            else:
                row[1].text = val
        right = outer.cell(1, 1)
        right.paragraphs[0].text = f"{post['name']}的主要工作职责如下："
        for i, d in enumerate(post["duties"], 1):
            right.add_paragraph(f"{i}. {d}")
        doc.add_paragraph("任职资格")
        if post["req"] is None:
            t = doc.add_table(rows=2, cols=3)
            borders(t)
            for j, h in enumerate(["条件类别", "基本要求", "加分项"]):
                t.cell(0, j).text = h
            a = t.cell(1, 0).merge(t.cell(1, 2))
            a.text = "略"
        else:
            t = doc.add_table(rows=1, cols=3)
            borders(t)
            for j, h in enumerate(["条件类别", "基本要求", "加分项"]):
                t.cell(0, j).text = h
            for k, b, c in post["req"]:
                row = t.add_row().cells
                row[0].text, row[1].text, row[2].text = k, b, c
        if post["name"] == "客房服务员":
            note = doc.add_paragraph()
            nr = note.add_run("〔修订说明 2025-03-01：客房服务员学历要求由“初中及以上”调整为“高中/中专及以上”，原要求同时废止。〕")
            nr.italic = True
        doc.add_paragraph("")
    doc.save(OUT / "lt01_客房部岗位说明书.docx")


# ----------------------------------------------------------------------------- lt02 docx
def lt02():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, "澜庭酒店集团运营手册·第二册　前厅与餐饮", "第二册　修订日期：2025年2月")
    doc.add_heading("前厅与餐饮岗位工作手册", level=0)
    doc.add_paragraph("本手册说明前厅部、餐饮部一线及管理岗位的工作内容和上岗条件，供新员工入职培训使用。")
    doc.add_heading("第一章　前厅部", level=1)

    doc.add_heading("1.1　前厅经理", level=2)
    doc.add_paragraph("前厅经理是前厅部的负责人，直接向酒店总经理汇报，下辖前台接待、礼宾员和夜审。任职者须具备本科及以上学历，"
                      "5年以上高星级酒店前厅工作经验，其中3年以上部门管理经验，能熟练使用OPERA系统。")
    doc.add_paragraph("主要职责：")
    for d in ["（1）制定前厅部年度预算和工作计划，控制部门人力成本。",
              "（2）审核每日房价执行情况，与收益经理共同落实房价策略。",
              "（3）处理升级投诉和VIP接待安排，确保贵宾抵店前完成预分房。",
              "（4）负责前厅员工的招聘、培训、排班及绩效考核。",
              "（5）监督夜审报表和前台备用金管理。"]:
        doc.add_paragraph(d)

    doc.add_heading("1.2　前台接待", level=2)
    doc.add_paragraph("前台接待隶属前厅部，直接上级为前厅经理。前台实行两班制，各班次工作如下表：")
    t = doc.add_table(rows=1, cols=3)
    borders(t)
    for j, h in enumerate(["班次", "时间", "主要工作"]):
        t.cell(0, j).text = h
    for row in [("早班", "07:00-15:00", "办理退房结账，核对挂账和押金；发放早餐券并跟进叫醒服务"),
                ("中班", "15:00-23:00", "办理入住登记，查验身份证件并按规定上传公安旅馆业系统；为次日预订客人预分房"),
                ("各班通用", "—", "解答宾客咨询，受理留言、寄存和外币兑换；交班时清点备用金并填写交班本")]:
        c = t.add_row().cells
        for j, v in enumerate(row):
            c[j].text = v
    doc.add_paragraph("上岗条件：")
    for r in ["· 大专及以上学历，酒店管理或旅游相关专业优先；",
              "· 普通话标准，英语可进行日常对客交流；",
              "· 1年以上酒店前台工作经验，优秀应届毕业生亦可；",
              "· 形象气质佳，女身高165cm以上、男身高175cm以上。"]:
        doc.add_paragraph(r)

    doc.add_heading("1.3　礼宾员", level=2)
    doc.add_paragraph("礼宾员隶属前厅部，向前厅经理汇报，主要在大堂门岗和行李台工作。")
    for d in ["◆ 为抵店客人开车门、拉门问候，协助搬运行李至房间。",
              "◆ 提供行李寄存和转送服务，做好行李寄存登记。",
              "◆ 代客叫车，预约出租车和机场接送车辆。",
              "◆ 向客人推荐周边景点、交通和餐饮信息。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("要求：高中及以上学历，身体健康，能长时间站立，会基础英语者优先。")

    doc.add_heading("第二章　餐饮部", level=1)
    doc.add_heading("2.1　中餐厨师长", level=2)
    doc.add_paragraph("中餐厨师长隶属餐饮部，直接上级为行政总厨，管理中餐厨房各岗位厨师。任职要求：中专以上学历，烹饪相关专业，"
                      "持中式烹调师（高级）职业资格证书，8年以上厨房工作经验，其中3年以上中餐厨师长经验。")
    doc.add_paragraph("主要职责：")
    for d in ["（1）制定中餐菜单，每季度推出不少于6道新菜品。",
              "（2）控制中餐厨房食品成本，食品毛利率不低于62%。",
              "（3）严格执行食品安全操作规范，落实食品留样和生熟分开制度。",
              "（4）负责厨房人员排班、技术培训和考核。",
              "（5）审核每日原料申购单，参与重要食材的验收。"]:
        doc.add_paragraph(d)

    doc.add_heading("2.2　餐厅服务员", level=2)
    doc.add_paragraph("餐厅服务员隶属餐饮部，向餐厅领班汇报。按餐前、餐中、餐后三个时段开展工作：")
    t = doc.add_table(rows=1, cols=2)
    borders(t)
    t.cell(0, 0).text, t.cell(0, 1).text = "时段", "工作内容"
    for a, b in [("餐前", "布置台面，检查餐具和调料，参加班前会了解当日沽清菜品"),
                 ("餐中", "为客人点菜、上菜、分菜、斟酒，及时撤换骨碟"),
                 ("餐后", "协助收银结账，清理台面，恢复餐位")]:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
    doc.add_paragraph("要求：高中以上学历，年龄18-35岁，有餐饮服务经验者优先，上岗须持健康证。")

    doc.add_heading("2.3　宴会协调员", level=2)
    doc.add_paragraph("（本岗位工作内容另行发布。）")
    doc.save(OUT / "lt02_前厅与餐饮岗位工作手册.docx")


# ----------------------------------------------------------------------------- lt03 xlsx KPI
LIB = [
    ("FO-01", "平均房价达成率", "平均房价达成率=实际平均房价÷预算平均房价×100%", "PMS月报"),
    ("FO-02", "宾客满意度", "宾客满意度=携程、美团点评分与店内问卷得分加权换算为百分制", "点评平台"),
    ("FO-03", "入住办理平均时长", "入住办理平均时长=当月入住办理总时长÷入住单数", "前台抽查"),
    ("FO-04", "前台账务差错次数", "前台账务差错次数=当月交班账务差错次数合计", "夜审报告"),
    ("HK-01", "做房合格率", "做房合格率=抽查合格房间数÷抽查房间数×100%", "客房抽查表"),
    ("HK-02", "布草损耗率", "布草损耗率=报损布草金额÷在用布草总值×100%", "布草盘点"),
    ("HK-03", "客房卫生投诉次数", "客房卫生投诉次数=当月宾客有效卫生投诉次数", "宾客关系记录"),
    ("FB-01", "食品成本率", "食品成本率=食品成本÷食品收入×100%", "财务成本报表"),
    ("FB-02", "食品安全检查得分", "食品安全检查得分=集团飞行检查得分", "质检报告"),
    ("FB-03", "新菜品推出数", "新菜品推出数=当季上市新菜品数量", "菜单变更记录"),
    ("SR-01", "RevPAR达成率", "RevPAR达成率=实际每间可售房收入÷预算RevPAR×100%", "收益周报"),
    ("SR-02", "协议客户销售额", "协议客户销售额=协议公司及旅行社当月客房与会议收入", "销售台账"),
    ("SR-03", "新签协议客户数", "新签协议客户数=当季新签有效协议客户数量", "合同台账"),
    ("SR-04", "市场占有率指数", "市场占有率指数=本店入住率÷竞争群平均入住率×100（MPI）", "STR报告"),
]
ALLOC = [
    ("前厅经理", [("FO-01", "30%", "≥98%", "≥95%", "每低1个百分点扣3分"),
               ("FO-02", "30%", "≥4.7分", "≥4.8分", "每低0.1分扣5分"),
               ("FO-03", "20%", "≤3分钟", "≤5分钟", "超时每30秒扣2分"),
               ("FO-04", "20%", "0次", "0次", "每次扣5分")]),
    ("客房主管", [("HK-01", "40%", "≥98%", "≥97%", "每低1个百分点扣4分"),
               ("HK-02", "25%", "≤0.8%", "≤1.2%", "超出0.1个百分点扣2分"),
               ("HK-03", "35%", "≤2次/月", "≤3次/月", "每超1次扣10分")]),
    ("中餐厨师长", [("FB-01", "40%", "≤38%", "≤40%", "每超1个百分点扣5分"),
                ("FB-02", "30%", "≥90分", "≥90分", "低于90分不得分"),
                ("FB-03", "30%", "≥6道/季", "≥4道/季", "每少1道扣5分")]),
    ("收益经理", [("SR-01", "50%", "≥100%", "≥100%", "每低1个百分点扣3分"),
               ("SR-04", "30%", "≥105", "≥100", "每低1点扣2分"),
               ("FO-01", "20%", "≥98%", "≥95%", "每低1个百分点扣3分")]),
    ("销售经理", [("SR-02", "50%", "完成季度预算", "完成季度预算", "按完成比例得分"),
               ("SR-03", "30%", "≥8家/季", "≥5家/季", "每少1家扣5分"),
               ("FO-02", "20%", "≥4.7分", "≥4.8分", "每低0.1分扣5分")]),
]


def lt03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "澜庭酒店集团2025年度岗位绩效考核指标库"
    ws["A3"] = "1. 本表适用于集团全部成员酒店，商务酒店与度假酒店分别适用不同目标值。"
    ws["A4"] = "2. 指标定义见“指标库”工作表，各岗位权重与目标值见“岗位指标分配”工作表。"
    ws["A5"] = "3. “2023版（作废）”工作表仅供查阅，不再执行。"
    ws["A6"] = "4. 考核周期：管理岗位按月考核、按季兑现绩效奖金。"

    lib = wb.create_sheet("指标库")
    lib.append(["指标编码", "指标名称", "计算公式", "数据来源"])
    for r in LIB:
        lib.append(list(r))

    al = wb.create_sheet("岗位指标分配")
    al["A1"] = "2025年度岗位指标分配表"
    al.merge_cells("A1:G1")
    hdr1 = ["考核岗位", "指标编码", "指标名称", "权重", "目标值", None, "评分规则"]
    hdr2 = [None, None, None, None, "商务酒店", "度假酒店", None]
    al.append(hdr1)
    al.append(hdr2)
    for col in ("A", "B", "C", "D", "G"):
        al.merge_cells(f"{col}2:{col}3")
    al.merge_cells("E2:F2")
    names = {c: n for c, n, _, _ in LIB}
    row = 4
    for post, items in ALLOC:
        start = row
        for code, w, biz, resort, rule in items:
            al.cell(row=row, column=1, value=post if row == start else None)
            al.cell(row=row, column=2, value=code)
            al.cell(row=row, column=3, value=names[code])
            al.cell(row=row, column=4, value=w)
            al.cell(row=row, column=5, value=biz)
            al.cell(row=row, column=6, value=resort)
            al.cell(row=row, column=7, value=rule)
            row += 1
        if post == "中餐厨师长":
            al.cell(row=row, column=2, value="否决项")
            al.cell(row=row, column=3, value="发生食物中毒或重大食品安全事件")
            al.cell(row=row, column=7, value="当月绩效考核得分为零")
            row += 1
        al.merge_cells(start_row=start, end_row=row - 1, start_column=1, end_column=1)
        al.cell(row=start, column=1).alignment = Alignment(vertical="center")

    old = wb.create_sheet("2023版（作废）")
    old["A1"] = "2023版 前厅经理考核指标（已作废，仅供查阅）"
    old.append(["指标名称", "权重", "目标值"])
    old.append(["平均房价达成率（旧）", "40%", "≥95%"])
    old.append(["宾客满意度（旧）", "40%", "≥4.5分"])
    old.append(["前台账务差错次数（旧）", "20%", "≤1次"])
    wb.save(OUT / "lt03_绩效考核指标库2025.xlsx")


# ----------------------------------------------------------------------------- lt04 xlsx staffing/pay
STAFF = [
    # 岗位, 部门, 上级, 学历, 证书, 班次, 杭州, 上海, 三亚, 备注
    ("前厅经理", "前厅部", "酒店总经理", "本科", "—", "A", "12000-15000", "14000-18000", "11000-14000", ""),
    ("前台接待", "前厅部", "前厅经理", "大专", "—", "S2", "4500-5500", "5500-6500", "4800-5800", "另有房晚激励"),
    ("礼宾员", "前厅部", "前厅经理", "高中", "", "S2", "4200-5000", "5000-6000", "4500-5300", ""),
    ("夜审", "前厅部", "前厅经理", "大专", "初级会计职称（优先）", "N", "5000-6000", "6000-7000", "5200-6200", "含夜班补贴"),
    ("客房主管", "客房部", "客房部经理", "大专", "—", "D", "6500-8000", "7500-9000", "7000-8500", ""),
    ("客房服务员", "客房部", "客房主管", "高中/中专", "健康证", "D", "4000-4800", "4800-5600", "4300-5100", "超额做房按12元/间计件"),
    ("公区保洁员", "客房部", "客房主管", "不限", "—", "S3", "3600-4200", "4300-4900", "3800-4400", ""),
    ("中餐厨师长", "餐饮部", "行政总厨", "中专", "中式烹调师（高级）", "D", "15000-20000", "18000-24000", "16000-21000", ""),
    ("餐厅服务员", "餐饮部", "餐厅领班", "高中", "健康证", "D", "4400-5200", "5100-5900", "4600-5400", "含服务费分成"),
    ("工程维修工", "工程部", "工程领班", "中专/技校", "低压电工作业证", "S3", "5000-6500", "6000-7500", "5500-7000", ""),
    ("收益经理", "销售与收益部", "酒店总经理", "本科", "—", "A", "13000-17000", "15000-20000", "15000-20000", "业务上接受集团收益总监指导"),
    ("销售经理", "销售与收益部", "销售总监", "大专", "—", "A", "8000+提成", "9000+提成", "8000+提成", "提成规则见《销售与收益管理办法》"),
    ("救生员", "康乐部", "", "", "", "", "", "", "", "仅度假酒店设置"),
]


def lt04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位一览"
    ws["A1"] = "澜庭酒店集团岗位编制与薪酬一览（2025年）"
    ws.merge_cells("A1:J1")
    ws.append(["岗位", "部门", "基本信息", None, None, None, "月薪（元）", None, None, "备注"])
    ws.append([None, None, "直接上级", "最低学历", "必备证书", "班次代码", "杭州", "上海", "三亚", None])
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:F2")
    ws.merge_cells("G2:I2")
    ws.merge_cells("J2:J3")
    for r in STAFF:
        ws.append([v if v != "" else None for v in r])
    ws.cell(row=ws.max_row + 2, column=1, value="注：千岛湖度假村薪酬参照杭州标准执行；班次代码含义见“班次代码”工作表。")
    sh = wb.create_sheet("班次代码")
    sh.append(["代码", "班制", "时间"])
    for r in [("A", "行政班", "09:00-18:00，做五休二"),
              ("S2", "两班倒", "早班07:00-15:00／中班15:00-23:00"),
              ("S3", "三班倒", "早班07:00-15:00／中班15:00-23:00／夜班23:00-07:00"),
              ("D", "两班制（做房/开餐）", "早班07:30-16:00／中班14:30-23:00"),
              ("N", "固定夜班", "23:00-07:30")]:
        sh.append(list(r))
    wb.save(OUT / "lt04_岗位编制与薪酬.xlsx")


# ----------------------------------------------------------------------------- lt05 csv
def lt05():
    rows = [
        ["编号", "岗位", "门店", "学历", "经验", "内推奖金（元）", "岗位要求摘要", "状态"],
        ["NT2025-011", "前台接待", "三亚澜庭海棠湾度假酒店", "大专", "1年以上", "800",
         "会英语或俄语优先|能适应两班倒|形象好", "招聘中"],
        ["NT2025-012", "礼宾员", "上海澜庭虹桥商务酒店", "高中", "不限", "500", "身体健康|能长时间站立|熟悉上海交通", "招聘中"],
        ["NT2025-013", "客房服务员", "千岛湖澜庭湖畔度假村", "高中/中专", "不限", "500", "吃苦耐劳|持健康证|包食宿", "招聘中"],
        ["NT2025-014", "餐厅服务员", "杭州澜庭西湖商务酒店", "高中", "半年以上", "500",
         "熟悉中餐服务流程|会斟酒分菜|持健康证", "招聘中"],
        ["NT2025-015", "工程维修工", "三亚澜庭海棠湾度假酒店", "中专/技校", "2年以上", "1000",
         "持低压电工作业证|会空调及泳池设备维护优先", "招聘中"],
        ["NT2024-036", "夜审", "上海澜庭虹桥商务酒店", "大专", "1年以上", "800", "财会专业|熟悉OPERA夜审流程", "已关闭"],
    ]
    with open(OUT / "lt05_内推悬赏岗位.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ----------------------------------------------------------------------------- lt06 html
JOBS = [
    {"title": "收益经理", "facts": [("酒店", "三亚澜庭海棠湾度假酒店"), ("部门", "销售与收益部"), ("学历", "本科及以上"),
                                 ("经验", "5年以上酒店收益管理经验"), ("月薪", "15K-20K")],
     "do": ["每日监控预订进度和竞争酒店价格，动态调整各渠道房价",
            "编制月度和年度客房收入预测，分析RevPAR、ADR、OCC等经营数据",
            "管理OTA渠道的房量分配与价格一致性",
            "每周召开收益会议，向酒店总经理提交收益分析报告"],
     "want": ["统计学、经济学、酒店管理相关专业", "熟练使用Excel数据透视和IDeaS等收益管理系统", "英语可作为工作语言"]},
    {"title": "中餐厨师长", "facts": [("酒店", "千岛湖澜庭湖畔度假村"), ("部门", "餐饮部"), ("学历", "中专及以上"),
                                  ("经验", "8年以上厨房工作经验"), ("月薪", "16K-21K")],
     "do": ["结合千岛湖本地湖鲜食材设计特色菜单", "控制厨房成本和食品安全", "带领中餐厨房团队完成宴会出品"],
     "want": ["擅长淮扬菜或杭帮菜", "持中式烹调师（高级）证书", "能接受度假区驻店工作"]},
    {"title": "前台接待", "facts": [("酒店", "杭州澜庭西湖商务酒店"), ("部门", "前厅部"), ("学历", "大专及以上"),
                                 ("经验", "1年以上"), ("月薪", "4.5K-5.5K")],
     "do": ["为宾客办理入住、退房和结账手续", "处理预订变更和宾客咨询", "维护会员资料并推广集团会员卡"],
     "want": ["普通话标准，英语流利", "服务意识强，能适应两班倒"]},
]


def lt06():
    parts = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head><meta charset=\"utf-8\"><title>加入澜庭 | 澜庭酒店集团招聘</title>",
             "<style>.job{border:1px solid #ccc;margin:12px;padding:10px}"
             " .facts span::before{content:attr(data-label) '：';color:#888}</style></head>", "<body>",
             "<nav><a href=\"/\">首页</a> &gt; <a href=\"/careers\">加入我们</a> &gt; 社会招聘</nav>",
             "<main>", "<h1>加入澜庭，和我们一起款待世界</h1>",
             "<p>以下岗位正在招聘，欢迎投递简历至 hr@lanting-hotels.cn。</p>"]
    for j in JOBS:
        parts.append("<div class=\"job\">")
        parts.append(f"  <h3>{j['title']}</h3>")
        parts.append("  <div class=\"facts\">" + "".join(
            f"<span data-label=\"{k}\">{v}</span> " for k, v in j["facts"]) + "</div>")
        parts.append("  <h5>你的工作</h5>")
        parts.append("  <ol>")
        for d in j["do"]:
            parts.append(f"    <li>{d}</li>")
        parts.append("  </ol>")
        parts.append("  <h5>我们期待</h5>")
        parts.append("  <ul>")
        for d in j["want"]:
            parts.append(f"    <li>{d}</li>")
        parts.append("  </ul>")
        parts.append("</div>")
    parts.append("<div class=\"job closed\"><h3><del>夜审（上海虹桥）</del></h3><p>该岗位已招满，感谢关注。</p></div>")
    parts.append("<p class=\"more\">更多岗位：私人管家、救生员、宴会协调员，敬请期待。</p>")
    parts.append("</main>")
    parts.append("<footer>© 2025 澜庭酒店集团 人力资源中心</footer>")
    parts.append("</body></html>")
    (OUT / "lt06_加入澜庭.html").write_text("\n".join(parts) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- lt07 pdf
def lt07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(font):
        pdfmetrics.registerFont(TTFont("WQY", font, subfontIndex=0))
        fn = "WQY"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        fn = "STSong-Light"
    body = ParagraphStyle("b", fontName=fn, fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName=fn, fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName=fn, fontSize=12, leading=20, spaceBefore=8)

    def page(c, d):
        c.saveState()
        c.setFont(fn, 8)
        c.drawString(40, 815, "澜庭酒店集团　LT-SR-2025-01　销售与收益管理办法（试行）")
        c.drawString(280, 20, f"第{d.page}页")
        c.restoreState()

    s = []
    s.append(Paragraph("澜庭酒店集团销售与收益管理办法（试行）", h1))
    s.append(Paragraph("第一章　总则", h2))
    s.append(Paragraph("第一条　为规范集团各成员酒店的客房定价、渠道管理和协议客户开发，提升客房收入，制定本办法。", body))
    s.append(Paragraph("第二条　本办法适用于集团全部成员酒店的销售与收益部。", body))
    s.append(Paragraph("第二章　岗位设置与职责", h2))
    s.append(Paragraph("第三条　各酒店销售与收益部设收益经理1名、销售经理若干名。收益经理向酒店总经理汇报，"
                       "业务上接受集团收益总监指导；销售经理向销售总监汇报。", body))
    s.append(Paragraph("第四条　收益经理的职责：", body))
    for d in ["（一）制定客房定价策略，按日调整各渠道售价并确保价格一致；",
              "（二）编制滚动90天客房收入预测，偏差超过5%时提出调整方案；",
              "（三）管理OTA渠道房量分配和超售控制；",
              "（四）每周主持收益会议，每月向酒店总经理提交收益分析报告。"]:
        s.append(Paragraph(d, body))
    s.append(Paragraph("第五条　收益经理的任职条件：本科及以上学历，统计、经济或酒店管理相关专业；5年以上酒店收益管理经验；"
                       "熟悉OPERA及收益管理系统，具备较强的数据分析能力。", body))
    s.append(Paragraph("第六条　销售经理的职责：", body))
    for d in ["（一）开发和维护协议公司、旅行社及会议客户，完成季度销售预算；",
              "（二）负责会议团队的报价、签约和接待协调；",
              "（三）每月拜访重点客户不少于20家，并在销售系统中记录拜访情况；",
              "（四）收集竞争酒店的价格和促销信息，反馈给收益经理。"]:
        s.append(Paragraph(d, body))
    s.append(Paragraph("第七条　销售经理的任职条件：大专及以上学历，市场营销相关专业优先；3年以上酒店销售经验，"
                       "有本地企业客户资源者优先；持C1驾驶证。", body))
    s.append(Paragraph("第三章　考核与激励", h2))
    s.append(Paragraph("第八条　销售经理按季度考核，考核指标如下表：", body))
    data = [["考核指标", "权重", "目标值（商务酒店）", "评分规则"],
            ["协议客户销售额", "50%", "完成季度预算", "按完成比例得分"],
            ["新签协议客户数", "30%", "≥8家/季", "每少1家扣5分"],
            ["宾客满意度", "20%", "≥4.7分", "每低0.1分扣5分"]]
    t = Table(data, colWidths=[110, 50, 110, 120])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fn), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    s.append(t)
    s.append(Spacer(1, 8))
    s.append(Paragraph("第九条　协议客户销售额超过季度预算的部分，按超额部分的3%计发销售提成。", body))
    s.append(Paragraph("第十条　本办法自2025年1月1日起试行，由集团营销中心负责解释。", body))
    SimpleDocTemplate(str(OUT / "lt07_销售与收益管理办法.pdf"), pagesize=A4,
                      topMargin=60, bottomMargin=50).build(s, onFirstPage=page, onLaterPages=page)


# ----------------------------------------------------------------------------- lt08 md
def lt08():
    md = """# 夜审工作指引（V1.2）

> 适用：集团各成员酒店前厅部。本指引同时说明礼宾员夜间值守要求。

## 一、夜审岗位信息

| 项目 | 说明 |
| --- | --- |
| 所属部门 | 前厅部 |
| 直接上级 | 前厅经理 |
| 班次 | 固定夜班 23:00-07:30 |
| 学历专业 | 大专及以上，财务、会计相关专业 |
| 工作经验 | 1年以上酒店前台或财务工作经验 |
| 证书 | 初级会计职称者优先 |

## 二、夜审工作流程

1. 23:30 核对在住客人房价、房态与PMS系统是否一致，发现差异通知前台更正。
2. 00:30 审核当日各营业点（前台、餐厅、迷你吧）的收入与账单，核对信用卡及扫码收款。
3. 01:30 在PMS中执行过夜审（Night Audit），完成系统日结。
4. 03:00 编制并打印营业日报、房价差异报告和应收挂账明细。
5. 06:30 将夜审报告交前厅经理及财务部，并与早班前台交接备用金。

## 三、礼宾员夜间值守

- 夜间礼宾员须每2小时巡视一次大堂门口及停车场，并做好巡视记录。
- 凌晨抵店客人的行李，由夜班礼宾员负责送至房间。

## 四、常见问题

**问：夜审可以调休吗？** 答：夜审实行固定夜班，每月可安排4天休息，具体由前厅经理排定。
"""
    (OUT / "lt08_夜审工作指引.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- lt09 GBK txt
def lt09():
    txt = """澜庭酒店集团工程部岗位职责
文件编号：LT-EN-01　　生效日期：2024年10月1日

◎ 工程维修工
　　岗位编号　　EN-04
　　所属部门　　工程部
　　直接上级　　工程领班
　　学历专业　　中专/技校及以上，电气、暖通、机电相关专业
　　工作经验　　2年以上酒店或物业设备维修经验
　　证书要求　　持有效低压电工作业证，有制冷与空调作业证者优先
　　班　　次　　三班倒

　　工作职责：
　　（1）按巡检计划对空调、给排水、强弱电系统进行日常巡检，并记录运行参数。
　　（2）接到客房报修单后15分钟内到场，一般故障当班修复。
　　（3）执行设备预防性维护保养计划，填写保养记录。
　　（4）做好配电房、锅炉房的值班记录。
　　（5）动火、登高作业前办理作业许可，落实安全防护措施。

◎ 工程领班
　　（岗位职责另行制定）

------------------------------------------------------------
附：关于调整工程维修工汇报关系的通知
　　经集团研究决定，自2025年5月1日起，各酒店工程维修工改为向值班工程师汇报，不再向工程领班汇报。
　　其他职责不变。
　　　　　　　　　　　　　　　　　　集团人力资源中心　2025年4月15日
"""
    (OUT / "lt09_工程部岗位职责.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- lt10 policy txt
def lt10():
    txt = """澜庭酒店集团考勤与休假管理制度

第一条　集团一线岗位实行综合计算工时工作制，管理岗位实行标准工时制。
第二条　员工上下班须通过人脸识别考勤机打卡，迟到或早退30分钟以上按旷工半天处理。
第三条　夜班（23:00至次日07:00之间工作满4小时）员工每晚发放夜班补贴30元。
第四条　员工入职满一年后享受带薪年休假5天，满十年后享受10天。
第五条　旺季（春节、五一、国庆及三亚11月至次年4月）原则上不批准年假。
第六条　员工在当班期间可在员工餐厅免费用餐一次。
第七条　本制度由集团人力资源中心负责解释，自2025年1月1日起施行。
"""
    (OUT / "lt10_考勤与休假管理制度.txt").write_text(txt, encoding="utf-8")


# ----------------------------------------------------------------------------- ground truth
def ground_truth():
    gt = {
        "lt01_客房部岗位说明书.docx": {"layout": "header/footer; per post caption 'HK-01　客房主管' over a 2x2 table: "
                                       "left cell a nested facts table, right cell numbered duties; then a 3-col requirements "
                                       "table; 公区保洁员 requirements = 略 (merged row); 客房服务员 学历 has a struck old value and a revision note",
                                       "posts": HK},
        "lt02_前厅与餐饮岗位工作手册.docx": "headings per post; facts in a prose sentence; 前台接待 duties as a per-shift table; "
                                       "餐厅服务员 duties by meal period; 宴会协调员 named only (另行发布)",
        "lt03_绩效考核指标库2025.xlsx": {"lib": LIB, "alloc": ALLOC, "void": "2023版（作废）前厅经理 40/40/20"},
        "lt04_岗位编制与薪酬.xlsx": {"rows": STAFF, "note": "礼宾员 必备证书 empty; 救生员 named only, all blank"},
        "lt05_内推悬赏岗位.csv": "referral bounties; 夜审 row 已关闭",
        "lt06_加入澜庭.html": {"jobs": JOBS, "note": "facts labels only in data-label attributes; 夜审 struck; 私人管家/救生员/宴会协调员 named only"},
        "lt07_销售与收益管理办法.pdf": "第N条 clauses; 收益经理/销售经理 duties and 任职条件; 销售经理 KPI table; 3% commission",
        "lt08_夜审工作指引.md": "夜审 facts table, timed night-audit steps, 礼宾员 night rules, FAQ",
        "lt09_工程部岗位职责.txt": "GBK CRLF; 工程维修工 facts; appended notice: boss 工程领班 -> 值班工程师 from 2025-05-01; 工程领班 named only",
        "lt10_考勤与休假管理制度.txt": "policy: 夜班补贴30元, 年假5/10天",
    }
    (HERE / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    for f in (lt01, lt02, lt03, lt04, lt05, lt06, lt07, lt08, lt09, lt10):
        f()
    ground_truth()
    print("written", sorted(p.name for p in OUT.iterdir()))
