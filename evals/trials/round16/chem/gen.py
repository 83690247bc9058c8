#!/usr/bin/env python3
"""Round-16 blind trial corpus: 华泰化工股份有限公司 (chemical plant), 10 files, 16 described posts.

    T16_OUT=/tmp/t16chem python evals/trials/round16/chem/gen.py   # writes $T16_OUT/corpus/

Deterministic (fixed timestamps, normalised zip members). The PDF is written directly with an
embedded subset TrueType font and a ToUnicode map (as round15/software/gen.py does).
"""
from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T16_OUT", "/tmp/t16chem")) / "corpus"
FIXED_DT = (2024, 3, 15, 9, 0, 0)
FIXED = datetime(2024, 3, 15, 9, 0, 0)
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
CO = "华泰化工股份有限公司"


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2024-03-15T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "华泰化工人力资源部"
    props.last_modified_by = "华泰化工人力资源部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== ht01 xlsx: stacked blocks, labels in column A
HT01_POSTS = [
    [("岗位名称", "DCS操作工"), ("岗位编号", "HT-SC-03"), ("所属部门", "生产部合成车间"), ("直接上级", "合成车间班长"),
     ("直接下属", "无"), ("岗位定员", "每班2人，共8人"), ("工作制度", "四班三倒，每班8小时"),
     ("岗位目的", "通过DCS系统监控合成工段工艺参数，保证装置安全平稳运行"),
     ("岗位职责", ["1. 通过DCS系统监视反应釜温度、压力、液位等工艺参数，及时调整，确保参数在工艺卡片范围内",
                   "2. 按操作规程完成开停车、投料、切换等操作，做好操作记录",
                   "3. 发现报警及异常工况立即处置并报告班长，必要时执行紧急停车",
                   "4. 每两小时填写一次运行记录，认真做好交接班",
                   "5. 配合化验员取样，根据分析结果调整工艺条件"]),
     ("任职资格", ["学历：高中、中专及以上，化工工艺、应用化工技术专业优先",
                   "经验：1年以上化工装置操作经验，熟悉DCS操作界面",
                   "证书：须持有特种作业操作证（危险化工工艺作业）",
                   "其他：能适应倒班，身体健康，无色盲"]),
     ("薪资标准", "6500-8500元/月（含倒班津贴）")],
    [("岗位名称", "合成车间班长"), ("岗位编号", "HT-SC-02"), ("所属部门", "生产部合成车间"), ("直接上级", "合成车间主任"),
     ("直接下属", "DCS操作工、外操工"), ("岗位定员", "每班1人，共4人"), ("工作制度", "四班三倒"),
     ("岗位目的", "带领本班组安全、平稳、优质地完成当班生产任务"),
     ("岗位职责", ["1. 全面负责本班组生产、安全、质量和现场管理，带班完成当班生产任务",
                   "2. 组织班前会、班后会，检查本班人员劳保用品穿戴和持证上岗情况",
                   "3. 执行生产调度指令，协调处理当班工艺和设备异常",
                   "4. 组织班组开展应急演练和隐患排查，当班隐患当班整改",
                   "5. 负责本班交接班管理和班组考勤"]),
     ("任职资格", ["学历：中专及以上，化工类专业",
                   "经验：3年以上化工装置操作经验，其中1年以上DCS主操经验",
                   "证书：持有特种作业操作证；取得化工总控工中级工及以上职业技能等级证书",
                   "能力：有较强的组织协调能力和应急处置能力"]),
     ("薪资标准", "8000-10000元/月")],
    [("岗位名称", "合成车间主任"), ("岗位编号", "HT-SC-01"), ("所属部门", "生产部"), ("直接上级", "生产副总经理"),
     ("直接下属", "合成车间班长、车间工艺员、车间设备员"), ("岗位定员", "1人"), ("工作制度", "常白班，节假日轮流值班"),
     ("岗位目的", "组织合成车间完成生产经营目标，确保车间安全环保受控"),
     ("岗位职责", ["1. 全面负责合成车间的生产组织、成本控制、安全环保和人员管理",
                   "2. 组织制定和落实车间月度生产计划，确保产量、质量、消耗指标完成",
                   "3. 作为车间安全生产第一责任人，组织车间级安全教育和隐患排查治理",
                   "4. 审核车间工艺变更和检修方案，组织装置开停车",
                   "5. 负责车间人员培训、绩效考核与班组建设"]),
     ("任职资格", ["学历：本科及以上，化学工程与工艺相关专业",
                   "经验：8年以上化工生产经验，3年以上车间管理经验",
                   "职称：具有化工专业中级工程师及以上职称",
                   "证书：持有危险化学品生产单位主要负责人和安全管理人员考核合格证"]),
     ("薪资标准", "面议")],
]


def ht01():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "合成车间"
    ws["A1"] = f"{CO} 合成车间岗位说明书（2024版）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:B1")
    r = 3
    for post in HT01_POSTS:
        for label, val in post:
            vals = val if isinstance(val, list) else [val]
            for i, v in enumerate(vals):
                if i == 0:
                    ws.cell(r, 1, label).font = Font(bold=True)
                ws.cell(r, 2, v).alignment = Alignment(wrap_text=True)
                r += 1
        r += 2   # two blank rows between posts
    ws.cell(r, 1, "编制：人力资源部    审核：生产部    2024年3月")
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 80
    wb.properties.creator = "华泰化工人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "ht01_合成车间岗位说明书.xlsx"
    wb.save(p)
    normalize_zip(p)


# =============================================================== ht02 docx: cover, TOC, 修订记录, then posts
HT02_POSTS = [
    ("一、工艺工程师岗位说明书", "工艺工程师",
     [("岗位名称", "工艺工程师"), ("所属部门", "技术质量部"), ("直接上级", "技术质量部经理"), ("直接下属", "无"),
      ("工作地点", "宁江化工园区一期厂区"), ("薪资待遇", "12000-18000元/月，年薪按14个月发放")],
     "负责生产装置的工艺技术管理和持续改进，保证工艺安全和装置经济运行。",
     ["（1）负责合成、精馏工段工艺技术管理，编制和修订工艺规程、操作规程和工艺卡片",
      "（2）跟踪装置运行数据，分析物耗、能耗，提出工艺优化和技改方案",
      "（3）组织工艺变更的HAZOP分析和变更管理（MOC），落实变更审批",
      "（4）处理生产中的工艺技术问题，参与事故调查与原因分析",
      "（5）对操作人员进行工艺技术培训和考核"],
     ["（1）学历：本科及以上学历，化学工程与工艺、精细化工专业",
      "（2）经验：5年以上化工企业工艺技术工作经验，熟悉连续化生产装置",
      "（3）职称：具有工程师（中级）职称，高级工程师优先",
      "（4）技能：熟练使用Aspen Plus流程模拟软件和AutoCAD",
      "（5）其他：熟悉重点监管危险化工工艺的安全控制要求"]),
    ("二、设备工程师岗位说明书", "设备工程师",
     [("岗位名称", "设备工程师"), ("所属部门", "设备部"), ("直接上级", "设备部经理"), ("直接下属", "电仪班长、维修班长"),
      ("工作地点", "宁江化工园区一期、二期厂区"), ("薪资待遇", "11000-16000元/月")],
     "负责全厂设备的技术管理，保障设备安全、稳定、长周期运行。",
     ["（1）负责全厂动静设备的运行管理，建立设备台账和技术档案",
      "（2）编制设备年度检修计划和预防性维护计划，组织大修和停车检修",
      "（3）负责压力容器、压力管道等特种设备的定期检验和注册登记",
      "（4）组织设备故障分析，制定备品备件采购计划",
      "（5）审核检修作业方案，监督动火、受限空间作业前的设备隔离措施"],
     ["（1）学历：本科及以上学历，过程装备与控制工程、机械工程专业",
      "（2）经验：5年以上化工设备管理经验",
      "（3）职称：中级工程师及以上职称",
      "（4）证书：持有特种设备安全管理人员证（A证）者优先"]),
    ("三、化验员岗位说明书", "化验员",
     [("岗位名称", "化验员"), ("所属部门", "技术质量部质检中心"), ("直接上级", "质检中心主任"), ("直接下属", "无"),
      ("工作地点", "中心化验室"), ("工作制度", "四班三倒"), ("薪资待遇", "5500-7000元/月")],
     "对原料、中间品和成品进行检验分析，为生产和质量判定提供准确数据。",
     ["（1）按照分析规程对原料、中间品和成品进行取样和分析检测",
      "（2）操作气相色谱仪、液相色谱仪、卡尔费休水分仪等分析仪器，并做好日常维护",
      "（3）及时、准确出具分析报告，发现质量异常立即通知生产调度和班长",
      "（4）负责化验室危险化学品试剂的领用、登记和管理",
      "（5）做好留样管理和检测原始记录的归档"],
     ["（1）学历：大专及以上学历，分析化学、工业分析与检验专业",
      "（2）经验：1年以上化工企业化验工作经验，应届毕业生可培养",
      "（3）证书：持有化学检验员职业技能等级证书（四级及以上）",
      "（4）其他：能适应倒班，无色盲色弱"]),
]


def ht02():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "技术与设备岗位说明书")
    for _ in range(4):
        d.add_paragraph("")
    for txt, size in ((CO, 20), ("技术与设备岗位说明书", 26), ("文件编号：HT/HR-JS-2024-02", 12),
                      ("编制：人力资源部    审核：技术质量部    批准：总经理", 12), ("二〇二四年三月", 12)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(txt)
        run.font.size = Pt(size)
        run.bold = size > 12
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("目  录").bold = True
    for i, (h, _, *_rest) in enumerate(HT02_POSTS):
        d.add_paragraph(f"{h} ........................................ {3 + i * 2}")
    d.add_paragraph("附：修订记录 ........................................ 2")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    p = d.add_paragraph()
    p.add_run("修订记录").bold = True
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("版本", "修订日期", "修订内容", "修订人")):
        c.text = h
    for row in (("A/0", "2021-05-10", "首次发布", "张伟"), ("B/0", "2023-02-20", "新增化验员岗位", "李娜"),
                ("B/1", "2024-03-01", "调整工艺工程师任职资格中的职称要求", "李娜")):
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for h, _title, facts, purpose, duties, reqs in HT02_POSTS:
        d.add_heading(h, level=1)
        d.add_paragraph("1. 基本信息")
        for k, v in facts:
            d.add_paragraph(f"{k}：{v}")
        d.add_paragraph("2. 岗位概述")
        d.add_paragraph(purpose)
        d.add_paragraph("3. 主要职责")
        for x in duties:
            d.add_paragraph(x)
        d.add_paragraph("4. 任职资格")
        for x in reqs:
            d.add_paragraph(x)
        d.add_paragraph("")
    p = OUT / "ht02_技术与设备岗位说明书.docx"
    d.save(p)
    normalize_zip(p)


# =============================================================== ht03 docx: duties | requirements side by side
HT03_POSTS = [
    ("仪表工", "设备部电仪班", "电仪班长", "常白班，夜间轮流值班",
     ["1. 负责全厂DCS、SIS系统及现场仪表的日常巡检、校验和维护",
      "2. 处理仪表故障，配合工艺人员处理联锁报警",
      "3. 负责可燃、有毒气体检测报警仪的定期标定",
      "4. 参与装置检修期间仪表的拆装、校验和回路测试",
      "5. 办理仪表联锁投用、摘除的审批登记"],
     ["1. 中专及以上学历，仪表自动化、电气自动化专业",
      "2. 2年以上化工仪表维护经验",
      "3. 持有特种作业操作证（化工自动化控制仪表作业）",
      "4. 熟悉浙大中控或和利时DCS系统",
      ""]),
    ("电工", "设备部电仪班", "电仪班长", "常白班，夜间轮流值班",
     ["1. 负责全厂高低压配电系统、变压器和电机的运行维护",
      "2. 执行电气倒闸操作票和工作票制度",
      "3. 负责防爆电气设备的检查和维修，确保防爆完好",
      "4. 负责防雷防静电接地设施的定期检测",
      "5. 参与停车检修期间的电气检修"],
     ["1. 中专及以上学历，电气相关专业",
      "2. 3年以上工厂电工经验",
      "3. 须持有特种作业操作证（高压电工作业、低压电工作业）",
      "4. 熟悉爆炸危险环境电气设备安装规范",
      ""]),
    ("维修钳工", "设备部维修班", "维修班长", "常白班，抢修随叫随到",
     ["1. 负责机泵、压缩机、反应釜搅拌器等转动设备的维修和保养",
      "2. 完成机械密封更换、联轴器对中找正等检修作业",
      "3. 参与年度停车大修",
      "4. 认真填写设备检修记录"],
     ["1. 技校或中专及以上学历，机电一体化专业",
      "2. 2年以上化工设备维修经验",
      "3. 持有熔化焊接与热切割作业证者优先",
      "4. 能适应夜间抢修"]),
]


def ht03():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    set_core(d.core_properties, "设备部岗位职责与任职资格对照表")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(f"{CO}设备部岗位职责与任职资格对照表").bold = True
    d.add_paragraph("说明：左栏为岗位职责，右栏为任职资格，两栏按行对应排列，不表示一一对应关系。")
    for title, unit, boss, shift, duties, reqs in HT03_POSTS:
        d.add_paragraph("")
        p = d.add_paragraph()
        p.add_run(f"岗位：{title}").bold = True
        p.add_run(f"    所属班组：{unit}    直接上级：{boss}    工作时间：{shift}")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "岗位职责"
        t.rows[0].cells[1].text = "任职资格"
        for a, b in zip(duties, reqs):
            cells = t.add_row().cells
            cells[0].text = a
            cells[1].text = b
    p = OUT / "ht03_设备部岗位职责与任职资格对照表.docx"
    d.save(p)
    normalize_zip(p)


# =============================================================== ht04 xlsx: KPI with 季度/年度 columns
HT04 = {
    "班长": ("合成车间班长", [
        ("财务", "单位产品蒸汽消耗", 0.15, "≤1.20吨/吨", "≤1.18吨/吨", "每超0.01吨/吨扣1分，扣完为止", "能源计量月报"),
        ("内部运营", "装置平稳率", 0.25, "≥98%", "≥98.5%", "≥98%得满分，每降1%扣2分", "DCS报警统计"),
        ("内部运营", "产品一次合格率", 0.20, "≥99%", "≥99.5%", "≥99%得满分，每降0.5%扣3分", "质检中心报告"),
        ("安全环保", "当班安全事故起数", 0.20, "0", "0", "发生1起一般事故本项不得分", "安全环保部"),
        ("学习与成长", "班组培训计划完成率", 0.10, "100%", "100%", "每少完成1次培训扣2分", "培训台账"),
        ("客户", "交接班记录合格率", 0.10, "≥95%", "≥97%", "≥95%得满分，每降1%扣1分", "车间检查记录"),
    ]),
    "化验员": ("化验员", [
        ("内部运营", "检测数据准确率", 0.25, "≥99.5%", "≥99.5%", "≥99.5%得满分，每降0.1%扣2分", "质检中心复核记录"),
        ("客户", "分析报告及时率", 0.25, "≥98%", "≥99%", "及时率≥98%满分，每降低1%扣2分", "LIMS系统"),
        ("内部运营", "仪器设备完好率", 0.15, "≥95%", "≥96%", "≥95%满分，每降低1%扣1分", "仪器台账"),
        ("安全环保", "试剂管理差错次数", 0.15, "0", "0", "每发生1次扣5分", "试剂领用登记"),
        ("内部运营", "原始记录规范率", 0.10, "≥98%", "≥98%", "规范率每降1%扣1分", "抽查记录"),
        ("学习与成长", "技能考核通过率", 0.10, "100%", "100%", "未通过1项扣3分", "培训台账"),
    ]),
    "安全员": ("安全员", [
        ("安全环保", "隐患排查整改率", 0.30, "100%", "100%", "整改率100%得满分，每降1%扣3分", "隐患排查治理台账"),
        ("内部运营", "特殊作业票证合格率", 0.20, "≥98%", "≥99%", "合格率≥98%满分，每降1%扣2分", "作业票抽查"),
        ("学习与成长", "安全培训覆盖率", 0.15, "100%", "100%", "每少1人次扣0.5分", "培训签到表"),
        ("内部运营", "应急演练完成次数", 0.15, "≥1次", "≥4次", "每少1次扣5分", "演练记录"),
        ("安全环保", "轻伤及以上事故起数", 0.20, "0", "0", "发生1起扣10分，发生重伤及以上事故本项不得分", "事故统计"),
    ]),
    "仓库保管员": ("仓库保管员", [
        ("内部运营", "账物相符率", 0.30, "≥99.5%", "≥99.8%", "相符率≥99.5%满分，每降0.1%扣2分", "盘点报告"),
        ("安全环保", "危化品出入库登记完整率", 0.25, "100%", "100%", "每发现1笔漏登扣5分", "出入库台账"),
        ("客户", "收发货及时率", 0.20, "≥98%", "≥98%", "每降1%扣2分", "ERP系统"),
        ("财务", "库存盘点差异金额", 0.15, "≤2000元", "≤8000元", "每超1000元扣2分", "财务部"),
        ("内部运营", "库区5S检查得分", 0.10, "≥90分", "≥92分", "低于90分每分扣0.5分", "月度5S检查"),
    ]),
}


def ht04():
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    first = True
    for sheet, (post, rows) in HT04.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws["A1"] = f"{post} 2024年度KPI考核表"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:H1")
        ws["A2"] = f"考核对象：{post}    考核方式：按季度考核，年度汇总（年度得分=四个季度得分平均值）"
        ws.merge_cells("A2:H2")
        hdr = ["序号", "考核维度", "指标名称", "权重", "季度目标值", "年度目标值", "评分标准", "数据来源"]
        for c, h in enumerate(hdr, 1):
            ws.cell(3, c, h).font = Font(bold=True)
        for i, (dim, name, w, q, y, rule, src) in enumerate(rows, 1):
            vals = [i, dim, name, w, q, y, rule, src]
            for c, v in enumerate(vals, 1):
                cell = ws.cell(3 + i, c, v)
                if c == 4:
                    cell.number_format = "0%"
        ws.cell(4 + len(rows), 1, "合计")
        ws.cell(4 + len(rows), 4, 1).number_format = "0%"
    wb.properties.creator = "华泰化工人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "ht04_2024年度岗位KPI考核表.xlsx"
    wb.save(p)
    normalize_zip(p)


# =============================================================== ht05 pdf: 安全生产责任制, articles
HT05_TITLE = f"{CO}安全生产责任制（2024年修订）"
HT05_LINES = [
    "#第一章 总则",
    "第一条 为落实全员安全生产责任制，根据《中华人民共和国安全生产法》，",
    "结合公司实际，制定本制度。",
    "第二条 本制度适用于公司各部门、车间、班组及全体员工。",
    "第三条 公司安全生产工作坚持“安全第一、预防为主、综合治理”的方针。",
    "#第二章 管理职责",
    "第四条 总经理是公司安全生产第一责任人。",
    "第五条 安全环保部是公司安全生产综合监督管理部门。",
    "#第三章 岗位安全生产职责",
    "第十一条 车间主任的安全职责",
    "（一）车间主任是本车间安全生产第一责任人，对车间安全全面负责。",
    "（二）组织制定车间安全操作规程和现场应急处置方案。",
    "（三）每月至少组织一次车间级安全检查。",
    "第十二条 班长的安全职责",
    "（一）班长是本班组安全生产第一责任人。",
    "（二）每班开好班前安全讲话，检查员工劳保用品穿戴情况。",
    "（三）每周组织一次班组安全活动，检查交接班安全情况。",
    "（四）发生事故时立即组织人员撤离并报告调度室。",
    "第十三条 DCS操作工的安全职责",
    "（一）严格执行工艺纪律和操作规程，不得擅自修改联锁值。",
    "（二）按时巡检，及时发现跑冒滴漏并报告班长。",
    "（三）有权拒绝违章指挥和强令冒险作业。",
    "@",
    "第十四条 安全员的安全职责",
    "（一）审核动火、受限空间、高处作业等特殊作业票证并现场检查。",
    "（二）每日巡查现场，建立隐患排查治理台账。",
    "（三）组织新员工三级安全教育中的公司级教育。",
    "（四）监督劳动防护用品发放标准的执行。",
    "第十五条 化验员的安全职责",
    "（一）严格执行化验室危险化学品管理规定，剧毒试剂双人双锁保管。",
    "（二）取样时佩戴防护用品，按规定路线取样，不得单人进入罐区。",
    "第十六条 仓库保管员的安全职责",
    "（一）危险化学品按性质分区分类储存，禁忌物料不得混存。",
    "（二）严格执行危险化学品出入库核查登记制度。",
    "（三）每日检查库房温湿度、通风和消防器材。",
    "#第四章 附则",
    "第二十条 本制度由安全环保部负责解释，自发布之日起施行。",
]


def write_pdf(path: Path, title: str, lines: list[str], header: str) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    pages = [[]]
    for s in lines:
        if s == "@":
            pages.append([])
        else:
            pages[-1].append(s)
    n = len(pages)
    foots = [f"第 {i + 1} 页 共 {n} 页" for i in range(n)]
    texts = [title, header] + foots + [s.lstrip("#") for s in lines]
    chars = sorted(set("".join(texts)) | {" "})
    font = TTFont(FONT_PATH, fontNumber=0, recalcTimestamp=False, recalcBBoxes=False)
    opts = subset.Options()
    opts.retain_gids = False
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "vhea", "vmtx"]
    ss = subset.Subsetter(opts)
    ss.populate(unicodes=[ord(c) for c in chars])
    ss.subset(font)
    fbuf = io.BytesIO()
    font.save(fbuf)
    fontdata = fbuf.getvalue()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars}
    width = {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in chars}

    def enc(s):
        return "".join(f"{gid[c]:04X}" for c in s)

    def tw(s, size):
        return sum(width[c] for c in s) * size / 1000

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    ff = zlib.compress(fontdata, 9)
    ff_no = add(f"<< /Length {len(ff)} /Length1 {len(fontdata)} /Filter /FlateDecode >>\nstream\n".encode()
                + ff + b"\nendstream")
    fd = add(f"<< /Type /FontDescriptor /FontName /HTAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /HTAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
    bf = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: gid[c]))
    tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
          f"{len(chars)} beginbfchar\n{bf}\nendbfchar\n"
          "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /HTAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    kids = []
    for pi, plines in enumerate(pages):
        ops = []

        def text(x, y, size, s):
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

        text(50, 810, 9, header)
        y = 760
        if pi == 0:
            text(297.5 - tw(title, 16) / 2, 770, 16, title)
            y = 730
        for s in plines:
            if s.startswith("#"):
                s = s[1:]
                y -= 6
                text(297.5 - tw(s, 12) / 2, y, 12, s)
                y -= 24
            else:
                text(60, y, 10.5, s)
                y -= 20
        foot = foots[pi]
        text(297.5 - tw(foot, 9) / 2, 40, 9, foot)
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (WPS Office) /Title <FEFF{}> /CreationDate (D:20240315090000+08'00') >>".format(
        title.encode("utf-16-be").hex().upper()).encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    path.write_bytes(bytes(out))


def ht05():
    write_pdf(OUT / "ht05_安全生产责任制.pdf", HT05_TITLE, HT05_LINES, f"{CO} 安全环保部  HT/AQ-ZD-001")


# =============================================================== ht06 csv: GBK, header on line 3
HT06 = """华泰化工股份有限公司2024年社会招聘需求登记表,,,,,,,,,,,
填报部门：人力资源部,,,,,,,,,更新日期：2024-03-12,,
序号,岗位名称,所属部门,招聘人数,学历要求,专业要求,工作经验,证书要求,工作地点,薪资范围,岗位职责,任职要求
1,采购员,供应部,1,大专及以上,化工、物流管理相关专业,2年以上化工原料采购经验,无,宁江化工园区,6000-8000元/月,负责甲醇、液碱等大宗原料及辅料的询价、比价和采购；跟踪到货与入库；维护合格供应商名录；采购危险化学品时核验供应商的危险化学品经营许可证,熟悉危险化学品采购流程；有驾照者优先
2,销售代表,销售部,2,本科及以上,化学、市场营销专业,3年以上化工产品销售经验,C1驾驶证,华东区域（常驻上海）,底薪5000元+提成,负责华东区域客户开发与维护；完成季度销售回款目标；协调危化品运输车辆的发货；收集市场和竞品信息,能适应经常出差；沟通能力强
3,环保专员,安全环保部,1,本科及以上,环境工程专业,3年以上化工企业环保管理经验,持有环境监测上岗证者优先,宁江化工园区,8000-11000元/月,负责废水、废气、固废（含危险废物）的日常管理和台账；对接环保部门检查和排污许可申报；组织在线监测设备运维；编制环保月报,熟悉排污许可和危险废物管理规定
4,人事专员,人力资源部,1,本科及以上,人力资源管理专业,1年以上人事工作经验,人力资源管理师三级优先,宁江化工园区,5000-6500元/月,负责员工入离职手续、劳动合同和社保办理；维护特种作业人员持证台账并提醒到期复审；组织新员工入职培训；统计倒班考勤,熟练使用Office办公软件；细心、保密意识强
"""


def ht06():
    (OUT / "ht06_招聘需求登记表.csv").write_bytes(HT06.replace("\n", "\r\n").encode("gbk"))


# =============================================================== ht07 html: intranet page with sidebar and breadcrumbs
HT07 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>安全环保部/调度室岗位说明 - 华泰化工OA</title>
</head>
<body>
<div class="topbar">华泰化工协同办公平台 | 欢迎您，访客 | <a href="/logout">退出</a></div>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zd">制度中心</a> &gt; <a href="/zd/hr">人力资源</a> &gt; 岗位说明书 &gt; 安全环保部、调度室</div>
<div class="layout">
<aside class="sidebar">
<ul class="menu">
<li><a href="/gw/sc">生产部</a>
<ul><li><a href="/gw/sc/dcs">DCS操作工</a></li><li><a href="/gw/sc/bz">合成车间班长</a></li><li><a href="/gw/sc/zr">合成车间主任</a></li></ul></li>
<li><a href="/gw/js">技术质量部</a>
<ul><li><a href="/gw/js/gy">工艺工程师</a></li><li><a href="/gw/js/hy">化验员</a></li></ul></li>
<li><a href="/gw/sb">设备部</a>
<ul><li><a href="/gw/sb/yb">仪表工</a></li><li><a href="/gw/sb/dg">电工</a></li></ul></li>
<li class="active"><a href="/gw/ah">安全环保部</a></li>
<li><a href="/gw/gy">供应部</a></li>
<li><a href="/gw/xs">销售部</a></li>
</ul>
</aside>
<main class="content">
<h1>安全环保部、调度室岗位说明</h1>
<p class="meta">发布部门：人力资源部　发布时间：2024-03-08　阅读次数：326</p>
<section class="post">
<h2>安全员（HSE专员）</h2>
<table class="info">
<tr><th>所属部门</th><td>安全环保部</td><th>直接上级</th><td>安全环保部经理</td></tr>
<tr><th>直接下属</th><td>无</td><th>工作时间</th><td>常白班，参与夜间安全值班</td></tr>
<tr><th>薪资范围</th><td>9000-12000元/月</td><th>编制</th><td>2人</td></tr>
</table>
<h3>岗位职责</h3>
<ol>
<li>每日开展现场安全巡查，建立隐患排查治理台账并跟踪整改闭环</li>
<li>审核动火、受限空间、高处作业等特殊作业票证，落实现场监护</li>
<li>组织新员工公司级安全教育和全员年度安全培训</li>
<li>组织编制综合应急预案，每季度开展一次应急演练</li>
<li>制定劳动防护用品发放标准并监督检查</li>
<li>参与事故调查、统计和上报</li>
</ol>
<h3>任职要求</h3>
<ul>
<li>大专及以上学历，安全工程、化工类专业</li>
<li>3年以上化工企业安全管理经验</li>
<li>持有危险化学品生产单位安全生产管理人员合格证；具备注册安全工程师（化工安全）资格者优先</li>
<li>熟悉HAZOP、JSA等风险分析方法</li>
</ul>
</section>
<section class="post">
<h2>生产调度员</h2>
<table class="info">
<tr><th>所属部门</th><td>生产部调度室</td><th>直接上级</th><td>生产部经理</td></tr>
<tr><th>直接下属</th><td>无</td><th>工作时间</th><td>四班三倒，调度室24小时值守</td></tr>
<tr><th>薪资范围</th><td>7500-9500元/月</td><th>编制</th><td>4人</td></tr>
</table>
<h3>岗位职责</h3>
<ol>
<li>根据月度生产计划编制日调度计划并下达各车间</li>
<li>实时监控全厂水、电、蒸汽、氮气等公用工程的平衡</li>
<li>协调处理生产异常，发生事故时启动应急响应并通知相关人员</li>
<li>每天8:30组织生产调度会，编制生产日报</li>
<li>安排危化品槽车进出厂和装卸计划</li>
</ol>
<h3>任职要求</h3>
<ul>
<li>大专及以上学历，化学工程与工艺或相关专业</li>
<li>3年以上化工生产一线经验，担任过班长者优先</li>
<li>熟悉全厂工艺流程和公用工程系统</li>
<li>能适应倒班</li>
</ul>
</section>
</main>
</div>
<footer>
<div class="links">相关链接：<a href="/zd/aq">安全管理制度</a> | <a href="/zd/hr/gz">薪酬管理办法</a> | <a href="/tx">通讯录</a></div>
<p>版权所有 © 华泰化工股份有限公司 信息中心 技术支持</p>
</footer>
</body>
</html>
"""


def ht07():
    (OUT / "ht07_OA岗位说明_安全环保部调度室.html").write_text(HT07, encoding="utf-8")


# =============================================================== ht08 txt: indented outline of reporting lines
HT08 = """华泰化工股份有限公司 岗位汇报关系（2024年3月）
说明：每缩进一级表示下一级岗位，括号内为编制人数。

总经理
    生产副总经理
        生产部经理
            合成车间主任（1）
                合成车间班长（4）
                    DCS操作工（8）
                    外操工（12）
            生产调度员（4）
        设备部经理
            设备工程师（2）
                电仪班长（1）
                    仪表工（4）
                    电工（3）
                维修班长（1）
                    维修钳工（5）
    技术质量部经理
        工艺工程师（2）
        质检中心主任（1）
            化验员（8）
    安全环保部经理
        安全员（2）
        环保专员（1）
    供应部经理
        采购员（2）
        仓储主管（1）
            仓库保管员（3）
    销售部经理
        销售代表（6）
    人力资源部经理
        人事专员（2）
"""


def ht08():
    (OUT / "ht08_岗位汇报关系.txt").write_text(HT08, encoding="utf-8")


# =============================================================== ht09 md: handbook excerpt
HT09 = """# 华泰化工员工手册（节选）

> 本节选供新员工入职培训使用，完整版以人力资源部发布的正式文本为准。

## 第三章 工作时间与倒班制度

3.1 生产一线岗位（DCS操作工、班长、化验员、生产调度员）实行四班三倒，每班8小时：早班8:00-16:00，中班16:00-24:00，夜班0:00-8:00。

3.2 交接班人员须提前15分钟到岗，交接双方在交接班记录上签字确认。

3.3 倒班人员按实际出勤发放倒班津贴：中班每班30元，夜班每班50元。

3.4 常白班工作时间为8:00-17:00，午休12:00-13:00。

3.5 倒班人员的年休假天数及调休办法按公司《考勤与休假管理制度》执行，本手册不作规定。

## 第四章 试用期与转正

4.1 新员工试用期一般为3个月，技术和管理岗位为6个月。

4.2 试用期内须完成三级安全教育（公司级、车间级、班组级），考试合格后方可独立上岗。

4.3 特种作业人员必须持证上岗，证件由人力资源部统一建档，复审费用由公司承担。

4.4 转正答辩的具体流程由各部门自行安排，本手册不统一规定。

## 第五章 劳动防护用品

5.1 公司免费配发劳动防护用品：防静电工作服每年2套，劳保鞋每年1双，安全帽、防护眼镜、防毒面具滤毒罐按需更换。

5.2 进入生产区域必须穿戴防静电工作服和安全帽，严禁穿化纤衣物、严禁携带手机等非防爆电子设备。

5.3 劳动防护用品不得折现发放。

## 第六章 职称与其他

6.1 公司支持员工参加化工专业职称评审。取得中级职称的，每月发放职称津贴300元；取得高级职称的，每月发放800元。

6.2 年终奖金的发放办法另行规定，本手册不涉及。

6.3 住房公积金缴存比例、补充医疗保险等事项以劳动合同及公司相关制度为准，本手册不列明。
"""


def ht09():
    (OUT / "ht09_员工手册节选.md").write_text(HT09, encoding="utf-8")


# =============================================================== ht10 txt: Q&A card of one post
HT10 = """仓库保管员岗位问答（新员工版）
供应部仓储中心 整理　2024年3月

问1：仓库保管员属于哪个部门？向谁汇报？
答：属于供应部仓储中心，直接上级是仓储主管，没有下属。

问2：每天主要做什么？
答：①负责原料、成品和危险化学品的入库验收、储存和发放；②每日核对账、物、卡，保证账物相符；③按“五双”制度管理剧毒化学品（双人收发、双人保管、双把锁、双本账、双人运输）；④每月末组织库存盘点并编制盘点报告；⑤检查库区温湿度、通风和消防器材。

问3：需要什么条件？
答：高中或中专及以上学历；1年以上仓库管理经验，有危险化学品仓库经验者优先；须经危险化学品储存安全培训并考核合格；驾驶叉车的须持有特种设备作业人员证（叉车司机N1）。

问4：上班时间怎么安排？
答：常白班8:00-17:00；遇槽车夜间到货，仓库人员轮流值班。

问5：收入大概多少？
答：转正后5000-6000元/月，另发危化品岗位津贴200元/月。
"""


def ht10():
    (OUT / "ht10_仓库保管员岗位问答.txt").write_text(HT10, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (ht01, ht02, ht03, ht04, ht05, ht06, ht07, ht08, ht09, ht10):
        f()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
