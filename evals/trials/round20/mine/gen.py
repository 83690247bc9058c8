#!/usr/bin/env python3
"""Round 20 trial corpus: 北岭煤业有限公司 (a coal company: 北岭一矿 underground mine + 选煤厂), 10 files.

    T20_OUT=/tmp/t20mine /tmp/r20/mine/venv/bin/python /tmp/r20/mine/gen.py   ->  $T20_OUT/corpus/

Needs python-docx, openpyxl, reportlab (venv /tmp/r20/mine/venv). Deterministic (fixed zip times, reportlab invariant).

Layouts (not used in rounds 2-19):
  bl01 docx  岗位安全生产责任制: chapters, one article per post "第十二条 采煤机司机安全生产责任", duties as
             "（一）…" paragraphs under the article; several posts per chapter
  bl02 docx  岗位说明书: a form table per post whose 任职资格 value cell holds a NESTED table
             (学历 / 证书 / 工龄 / 身体 rows); duties one numbered list inside a single cell
  bl03 xlsx  特种作业人员持证一览: 岗位 | 作业类别 | 操作项目 | 证书名称 | 发证机关 | 复审周期 | 培训要求; a 说明 sheet
  bl04 xlsx  区队月度KPI: one sheet per 区队, TRANSPOSED: indicators are columns grouped under merged
             安全/生产/成本 headers, rows are 指标 / 权重 / 月度目标 / 计分办法, then a merged 否决项 row
  bl05 pdf   招工简章: Chinese outline sections, a two-column table (岗位及人数 | 报名条件), pay in a later section
  bl06 html  intranet wiki: per post an <h2>, a right-floated infobox <table class="infobox"> of facts, duties as <ul>
  bl07 md    班组长 job cards with a YAML-like "key: value" block but no --- front-matter delimiters,
             two cards separated by a horizontal rule
  bl08 txt   GBK 岗位工资标准 table aligned with spaces, dashes as rules, notes below
  bl09 csv   HR-system attribute export in long (entity-attribute-value) form: 岗位编码,岗位名称,属性项,属性值,生效日期
  bl10 docx  员工手册（节选）: 入井管理, 请假, with an explicit list of what it does not cover
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T20_OUT", "/tmp/t20mine")) / "corpus"
FIXED_DT = (2025, 3, 1, 9, 0, 0)
FIXED = datetime(2025, 3, 1, 9, 0, 0)
COMPANY = "北岭煤业有限公司"


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
                             r"\g<1>2025-03-01T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title, author="北岭煤业有限公司人力资源部"):
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    props.revision = 1
    props.last_printed = FIXED


def wb_fixed(wb, title):
    wb.properties.creator = "北岭煤业有限公司人力资源部"
    wb.properties.lastModifiedBy = "北岭煤业有限公司人力资源部"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# =============================================================== bl01 docx 岗位安全生产责任制
BL01_CHAPTERS = [
    ("第一章　总则", None, [
        ("第一条", "为落实“安全第一、预防为主、综合治理”的方针，明确各岗位人员的安全生产责任，根据《中华人民共和国安全生产法》《煤矿安全规程》及集团公司有关规定，结合北岭一矿实际，制定本制度。"),
        ("第二条", "本制度适用于北岭一矿各区队、班组及井下作业人员。矿领导及职能科室的安全生产责任制另行制定。"),
        ("第三条", "各岗位人员对本岗位安全生产负直接责任，未履行本制度规定责任的，按《安全生产奖惩办法》追究责任。"),
    ]),
    ("第二章　区队管理人员安全生产责任", None, [
        ("第四条", "综采队队长安全生产责任", [
            "（一）综采队队长是本队安全生产第一责任人，对本队管辖范围内的安全生产工作全面负责。",
            "（二）组织编制工作面作业规程和安全技术措施，并组织全队职工学习、考试。",
            "（三）每月至少组织一次本队事故隐患排查，对查出的隐患落实整改责任人、措施、资金、时限和预案。",
            "（四）每天至少入井一次，跟班期间不得少于6小时，重点检查工作面顶板、支架和“一通三防”情况。",
            "（五）负责本队职工的安全培训和“三违”帮教工作。",
        ]),
        ("第五条", "班组长安全生产责任", [
            "（一）班组长是本班安全生产第一责任人，对本班作业地点的安全生产负直接责任。",
            "（二）主持召开班前会，结合当班任务讲清安全注意事项，检查职工精神状态，严禁酒后或带病人员入井作业。",
            "（三）进入作业地点后首先进行“敲帮问顶”和安全确认，确认安全后方可安排作业。",
            "（四）执行现场交接班制度，向下一班交清顶板、设备、通风及隐患情况。",
            "（五）发现险情时立即停止作业，组织人员撤到安全地点并向矿调度室汇报。",
        ]),
        ("第六条", "安全员安全生产责任", [
            "（一）安全员在安全监察科的业务指导下，负责所在区队作业地点的现场安全监督检查。",
            "（二）跟班检查作业规程和安全技术措施执行情况，制止“三违”行为，并填写安全检查记录。",
            "（三）发现危及人身安全的重大隐患时，有权责令停止作业、撤出人员，并立即报告矿调度室和安全监察科。",
            "（四）参加本区队班前会，对当班安全工作进行提示。",
        ]),
    ]),
    ("第三章　一通三防岗位安全生产责任", None, [
        ("第七条", "瓦斯检查员安全生产责任", [
            "（一）按照瓦斯巡回检查图表规定的地点、次数检查瓦斯、二氧化碳、一氧化碳浓度和温度，低瓦斯矿井采掘工作面每班至少检查2次。",
            "（二）严格执行“手牌、记录牌、台账”三对口，检查结果及时填写并向通风调度汇报。",
            "（三）发现瓦斯浓度超限时，立即责令停止作业、撤出人员、切断电源，并向通风调度和矿调度室汇报。",
            "（四）严禁空班、漏检、假检，严禁在井下脱岗。",
            "（五）参与爆破作业的“一炮三检”和“三人连锁爆破”。",
        ]),
        ("第八条", "通风工安全生产责任", [
            "（一）负责风门、风窗、密闭、风桥等通风设施的构筑、维护和检查，保证通风设施完好。",
            "（二）按照通风系统图和风量计划调节风量，发现风流短路或风量不足及时汇报通风队。",
            "（三）负责局部通风机的安装、管理和风筒吊挂，确保风筒出口距掘进工作面符合作业规程规定。",
            "（四）井下停风时立即报告通风调度，未经批准不得恢复通风。",
        ]),
    ]),
    ("第四章　采掘及辅助运输岗位安全生产责任", None, [
        ("第九条", "采煤机司机安全生产责任", [
            "（一）持证上岗，熟悉采煤机性能和操作规程，严禁无证人员操作采煤机。",
            "（二）开机前检查截齿、喷雾、电缆、挡煤板及各部螺栓，确认工作面刮板输送机上无人员后方可发出开机信号。",
            "（三）割煤时严格控制采高，严禁割顶、割底和割支架前梁；内外喷雾不能正常使用时严禁割煤。",
            "（四）随时注意顶板和煤壁情况，发现片帮、冒顶预兆立即停机并报告班组长。",
            "（五）停机时将滚筒落地，断开隔离开关，闭锁工作面刮板输送机。",
        ]),
        ("第十条", "掘进机司机安全生产责任", [
            "（一）持证上岗，严格按照巷道中线、腰线和作业规程规定的断面截割。",
            "（二）开机前检查瓦斯浓度和掘进机机载甲烷断电仪，瓦斯浓度达到1.0%时严禁开机。",
            "（三）截割时严禁空顶作业，临时支护未到位不得截割。",
            "（四）掘进机停止工作或检修时，切断电源并将截割头落地。",
        ]),
        ("第十一条", "绞车司机安全生产责任", [
            "（一）持证上岗，熟悉所操作绞车的性能、信号规定和所在斜巷的“一坡三挡”设施。",
            "（二）开车前检查制动闸、钢丝绳、信号装置和安全防护装置，发现问题未处理不得开车。",
            "（三）严格执行“行车不行人、行人不行车”制度，信号不清不开车。",
            "（四）严禁超挂车、超载运行，运行中不得离开操作岗位。",
        ]),
        ("第十二条", "爆破工安全生产责任", [
            "（一）持证上岗，严格执行“一炮三检”“三人连锁爆破”制度。",
            "（二）爆炸材料领退必须与发放人员当面点清，雷管和炸药必须分装在专用容器内并分开运送。",
            "（三）装药前检查炮眼、瓦斯浓度和支护情况，炮泥封孔长度符合规定，严禁裸露爆破。",
            "（四）爆破后至少等候15分钟（有瞎炮时至少30分钟）方可进入工作面检查。",
            "（五）当班剩余的爆炸材料必须在班后交回爆炸材料库，严禁私藏。",
        ]),
    ]),
    ("第五章　附则", None, [
        ("第十三条", "机电工、调度员等岗位的安全生产责任执行《机电运输岗位安全生产责任制》和《矿调度室工作制度》，本制度不再重复。"),
        ("第十四条", "本制度由安全监察科负责解释，自2025年1月1日起执行。"),
    ]),
]


def bl01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "北岭一矿岗位安全生产责任制（2025年修订）")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("北岭煤业有限公司北岭一矿\n岗位安全生产责任制（2025年修订）")
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph("北岭一矿安〔2024〕56号")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for chap, _, arts in BL01_CHAPTERS:
        h = d.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = h.add_run(chap)
        rr.bold = True
        for art in arts:
            if len(art) == 2:
                p = d.add_paragraph()
                p.add_run(art[0] + "　").bold = True
                p.add_run(art[1])
            else:
                p = d.add_paragraph()
                p.add_run(f"{art[0]}　{art[1]}").bold = True
                for line in art[2]:
                    d.add_paragraph(line)
    d.add_paragraph("北岭一矿安全监察科")
    d.add_paragraph("2024年12月20日")
    path = OUT / "bl01_北岭一矿岗位安全生产责任制.docx"
    d.save(path)
    normalize_zip(path)


# =============================================================== bl02 docx 岗位说明书 (nested 任职资格 table)
BL02_POSTS = [
    dict(name="瓦斯检查员", code="BL1-TF-05", dept="通风队", boss="通风队队长", subs="无", staff="24人（四六制）",
         purpose="对井下各作业地点的瓦斯、二氧化碳、一氧化碳等有害气体及温度进行检查监测，防止瓦斯事故。",
         duties=["按巡回检查图表检查所负责区域的瓦斯、二氧化碳浓度及温度，做到不漏检、不空班",
                 "每次检查结果填写在检查地点的记录牌上，并在瓦斯检查手册上记录，升井后填写瓦斯检查班报",
                 "参与本区域的“一炮三检”，瓦斯浓度达到0.8%时不得装药爆破",
                 "对本区域的局部通风机、风筒及通风设施进行巡查，发现问题及时汇报通风调度",
                 "协助安全监测工校验甲烷传感器，对比便携仪与传感器读数"],
         qual=[("学历", "高中（中专、技校）及以上文化程度"),
               ("证书", "持有煤矿瓦斯检查作业特种作业操作证"),
               ("工龄", "从事井下采掘工作2年以上"),
               ("身体", "身体健康，无职业禁忌症，经职业健康体检合格")],
         env="井下作业，四六制轮班，每班随身携带光学瓦斯检定器和便携式甲烷检测报警仪"),
    dict(name="调度员", code="BL1-DD-02", dept="矿调度室", boss="调度室主任", subs="无", staff="8人（四班三运转）",
         purpose="掌握矿井安全生产动态，协调各区队、科室的生产衔接，处理井下突发情况的初期指挥。",
         duties=["通过安全监控系统、人员定位系统和工业电视实时掌握井下安全生产状况",
                 "接收各区队、班组的生产汇报，按时填写调度日志和生产日报，每日8时前向矿领导报送",
                 "发现瓦斯超限、停电、停风等异常情况时，按应急处置卡通知有关单位撤人并向值班矿领导汇报",
                 "下达矿领导的生产指令，协调运输、供电、排水等环节",
                 "负责井下入井人数的统计核对，每班交接时核对清楚"],
         qual=[("学历", "大专及以上学历，采矿工程、矿井通风与安全等相关专业"),
               ("证书", "取得煤矿安全生产管理人员安全生产知识和管理能力考核合格证明"),
               ("工龄", "煤矿井下工作经历3年以上，熟悉矿井“一通三防”及生产系统"),
               ("身体", "身体健康，能适应夜班")],
         env="地面调度指挥中心，四班三运转，须值夜班"),
    dict(name="煤质化验员", code="BLX-HY-01", dept="选煤厂质检科", boss="质检科科长", subs="无", staff="6人",
         purpose="对原煤、精煤及煤泥进行采样制样和化验，为选煤生产和销售提供准确的煤质数据。",
         duties=["按国家标准进行原煤、精煤、中煤的采样、制样",
                 "化验煤样的水分、灰分、挥发分、硫分和发热量，出具化验报告",
                 "每班对重介分选密度和浮选精煤灰分进行快速检测，结果及时报送集控室",
                 "负责化验仪器的日常维护和定期校验，填写仪器使用记录",
                 "化验数据留存备查，原始记录保存三年"],
         qual=[("学历", "中专及以上学历，化学分析、煤化工或选矿相关专业"),
               ("证书", "持有化验员上岗证，具有化学检验工中级工证书者优先"),
               ("工龄", "1年以上化验工作经验，应届毕业生需经3个月带岗培训"),
               ("身体", "无色盲、色弱")],
         env="选煤厂化验室，三班倒"),
]


def bl02():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "岗位说明书（通风、调度、质检）")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("北岭煤业有限公司 岗位说明书")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("文件编号：BLMY-HR-JD-2025-03　　版本：B/0　　编制：人力资源部　　审核：劳动工资科")
    for k, post in enumerate(BL02_POSTS):
        d.add_paragraph(f"附表{k + 1}")
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"

        def row4(a, b, c, e):
            cells = t.add_row().cells
            for cc, txt in zip(cells, (a, b, c, e)):
                cc.text = txt

        def row2(label, value):
            cells = t.add_row().cells
            cells[0].text = label
            m = cells[1].merge(cells[3])
            m.text = value
            return m

        row4("岗位名称", post["name"], "岗位编号", post["code"])
        row4("所属部门", post["dept"], "直接上级", post["boss"])
        row4("直接下级", post["subs"], "岗位定员", post["staff"])
        row2("岗位目的", post["purpose"])
        m = row2("工作职责", "")
        m.paragraphs[0].text = f"1．{post['duties'][0]}；"
        for i, du in enumerate(post["duties"][1:], 2):
            end = "。" if i == len(post["duties"]) else "；"
            m.add_paragraph(f"{i}．{du}{end}")
        m = row2("任职资格", "")
        m.paragraphs[0].text = "（详见下表）"
        inner = m.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in post["qual"]:
            c = inner.add_row().cells
            c[0].text = lab
            c[1].text = val
        row2("工作环境", post["env"])
        d.add_paragraph("")
    d.add_paragraph("注：本说明书自发布之日起执行，岗位职责调整时由所在部门提出，人力资源部审核后修订。")
    path = OUT / "bl02_岗位说明书（通风调度质检）.docx"
    d.save(path)
    normalize_zip(path)


# =============================================================== bl03 xlsx 特种作业人员持证一览
BL03_ROWS = [
    ("采煤机司机", "煤矿安全作业", "煤矿采煤机（掘进机）操作作业", "特种作业操作证", "省应急管理厅", "3年", "每年再培训不少于20学时"),
    ("掘进机司机", "煤矿安全作业", "煤矿采煤机（掘进机）操作作业", "特种作业操作证", "省应急管理厅", "3年", "每年再培训不少于20学时"),
    ("瓦斯检查员", "煤矿安全作业", "煤矿瓦斯检查作业", "特种作业操作证", "省应急管理厅", "3年", "每年再培训不少于20学时"),
    ("安全员", "煤矿安全作业", "煤矿安全检查作业", "特种作业操作证", "省应急管理厅", "3年", "每年再培训不少于20学时"),
    ("绞车司机", "煤矿安全作业", "煤矿提升机操作作业", "特种作业操作证", "省应急管理厅", "3年", "新取证人员须在师傅监护下实习满4个月"),
    ("爆破工", "煤矿安全作业", "煤矿井下爆破作业", "特种作业操作证", "省应急管理厅", "3年", "另须取得公安机关核发的爆破作业人员许可证"),
    ("机电工", "煤矿安全作业", "煤矿井下电气作业", "特种作业操作证", "省应急管理厅", "3年", "地面变电所值班人员另须持电工作业（高压电工）证"),
    ("安全监测工", "煤矿安全作业", "煤矿安全监测监控作业", "特种作业操作证", "省应急管理厅", "3年", "每年再培训不少于20学时"),
    ("主通风机司机", "煤矿安全作业", "煤矿主要通风机操作作业", "特种作业操作证", "省应急管理厅", "3年", "—"),
    ("锅炉工", "特种设备作业", "工业锅炉司炉（G1）", "特种设备安全管理和作业人员证", "市场监督管理局", "4年", "选煤厂供暖锅炉房"),
]


def bl03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb_fixed(wb, "特种作业人员持证要求一览表")
    ws = wb.active
    ws.title = "持证要求"
    ws["A1"] = "北岭煤业有限公司特种作业岗位持证要求一览表（2025年）"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    hdr = ["序号", "岗位", "作业类别", "操作项目", "证书名称", "发证机关", "复审周期", "培训要求及备注"]
    ws.append(hdr)
    for i, r in enumerate(BL03_ROWS, 1):
        ws.append([i, *r])
    for col, w in zip("ABCDEFGH", (6, 14, 14, 28, 28, 16, 10, 40)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("说明")
    notes = [
        "1. 特种作业操作证有效期6年，每3年复审1次；连续从事本工种10年以上、严格遵守有关安全生产法律法规的，经原考核发证机关同意，复审时间可延长至每6年1次。",
        "2. 证书到期前60日内，由所在区队向安全培训中心提出复审申请，逾期未复审的证书失效，持证人员不得上岗。",
        "3. 未取得相应特种作业操作证的人员，一律不得独立上岗作业。",
        "4. 本表由安全培训中心负责维护，如有变动以安全培训中心通知为准。",
    ]
    for n in notes:
        ws2.append([n])
    ws2.column_dimensions["A"].width = 110
    path = OUT / "bl03_特种作业人员持证要求一览.xlsx"
    wb.save(path)
    normalize_zip(path)


# =============================================================== bl04 xlsx 区队月度KPI (transposed)
BL04_SHEETS = [
    ("综采一队", [
        ("安全", 40, [("百万吨死亡率", "15", "0", "发生死亡事故本项不得分"),
                    ("轻伤事故起数", "10", "0起", "每发生1起扣5分"),
                    ("“三违”人次", "10", "≤2人次/月", "每超1人次扣2分"),
                    ("隐患整改完成率", "5", "100%", "每降低1个百分点扣1分")]),
        ("生产", 40, [("原煤产量", "20", "12万吨/月", "每少1000吨扣1分，超产每1000吨加0.5分"),
                    ("工作面推进度", "10", "≥150米/月", "每少5米扣1分"),
                    ("采煤机开机率", "10", "≥75%", "每降低1个百分点扣0.5分")]),
        ("成本", 20, [("吨煤材料费", "10", "≤8.5元/吨", "每超0.1元扣1分"),
                    ("吨煤电耗", "5", "≤12千瓦时/吨", "每超0.5千瓦时扣1分"),
                    ("配件修旧利废", "5", "≥3万元/月", "每少0.5万元扣1分")]),
    ], "否决项：当月发生死亡事故或瓦斯超限作业事故，本队当月绩效考核得分为零；发生重大事故隐患未整改继续作业的，扣减本队当月工资总额的10%。"),
    ("掘进二队", [
        ("安全", 40, [("轻伤事故起数", "15", "0起", "每发生1起扣5分"),
                    ("空顶作业次数", "15", "0次", "发现1次扣5分"),
                    ("质量标准化达标", "10", "二级及以上", "月度验收低于二级扣10分")]),
        ("生产", 40, [("掘进进尺", "25", "≥450米/月", "每少10米扣1分，超进尺每10米加0.5分"),
                    ("巷道成型合格率", "15", "≥95%", "每降低1个百分点扣1分")]),
        ("成本", 20, [("单米材料费", "10", "≤1200元/米", "每超50元扣1分"),
                    ("锚杆锚索回收复用", "10", "按计划100%完成", "未完成按比例扣分")]),
    ], "否决项：当月出现空顶作业被上级部门查处或发生瓦斯超限作业的，本队当月绩效考核得分为零。"),
    ("通风队", [
        ("安全", 50, [("瓦斯超限次数", "20", "0次", "因管理原因超限1次扣10分"),
                    ("漏检、空班次数", "15", "0次", "发现1次扣5分"),
                    ("通风设施完好率", "15", "≥98%", "每降低1个百分点扣2分")]),
        ("生产", 30, [("有效风量率", "15", "≥85%", "每降低1个百分点扣1分"),
                    ("瓦斯抽采达标率", "15", "100%", "未达标扣15分")]),
        ("成本", 20, [("风筒消耗", "10", "≤计划量", "超计划10%扣2分"),
                    ("密闭材料费", "10", "≤2万元/月", "每超0.2万元扣1分")]),
    ], "否决项：当月发生瓦斯事故、火灾事故或无计划停风，本队当月绩效考核得分为零。"),
]


def bl04():
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = openpyxl.Workbook()
    wb_fixed(wb, "区队月度绩效考核指标")
    first = True
    for name, groups, veto in BL04_SHEETS:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        n = sum(len(g[2]) for g in groups)
        ws.cell(1, 1, f"北岭一矿{name}月度绩效考核指标（2025年）")
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=n + 1)
        ws.cell(1, 1).font = Font(bold=True, size=13)
        ws.cell(2, 1, "考核类别")
        ws.cell(3, 1, "指标")
        ws.cell(4, 1, "权重（分）")
        ws.cell(5, 1, "月度目标")
        ws.cell(6, 1, "计分办法")
        col = 2
        for cat, pts, inds in groups:
            ws.cell(2, col, f"{cat}（{pts}分）")
            if len(inds) > 1:
                ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + len(inds) - 1)
            for ind, w, tgt, rule in inds:
                ws.cell(3, col, ind)
                ws.cell(4, col, int(w))
                ws.cell(5, col, tgt)
                ws.cell(6, col, rule)
                ws.cell(6, col).alignment = Alignment(wrap_text=True)
                ws.column_dimensions[get_column_letter(col)].width = 16
                col += 1
        ws.cell(7, 1, veto)
        ws.merge_cells(start_row=7, start_column=1, end_row=7, end_column=n + 1)
        ws.cell(8, 1, "考核部门：生产技术科、安全监察科、经营管理科；考核结果与区队工资总额挂钩。")
        ws.merge_cells(start_row=8, start_column=1, end_row=8, end_column=n + 1)
        ws.column_dimensions["A"].width = 12
    path = OUT / "bl04_区队月度绩效考核指标.xlsx"
    wb.save(path)
    normalize_zip(path)


# =============================================================== bl05 pdf 招工简章
BL05_TITLE = "北岭煤业有限公司2025年井下一线岗位招工简章"
BL05_INTRO = ("北岭煤业有限公司是集煤炭开采、洗选加工于一体的国有控股企业，下辖北岭一矿（设计生产能力150万吨/年，"
              "井工开采）和北岭选煤厂。因生产需要，现面向社会公开招收井下一线岗位员工，有关事项如下。")
BL05_POSTS = [
    ("采煤机司机　15名", ["1. 男性，年龄20至40周岁；", "2. 初中及以上文化程度；",
                       "3. 有综采工作面采煤机操作经验1年以上，持有效的煤矿采煤机（掘进机）操作作业证书者优先；",
                       "4. 身体健康，无职业禁忌症。"]),
    ("掘进机司机　10名", ["1. 男性，年龄20至40周岁；", "2. 初中及以上文化程度；",
                       "3. 有综掘机操作经验1年以上，能看懂巷道中腰线；", "4. 身体健康，无职业禁忌症。"]),
    ("井下机电工　12名", ["1. 男性，年龄20至45周岁；", "2. 中专（技校）及以上学历，机电一体化、电气自动化等专业；",
                       "3. 持煤矿井下电气作业操作证，有综采设备维修经验者优先；", "4. 能适应三八制倒班。"]),
    ("重介分选工　6名", ["1. 年龄18至45周岁，男女不限；", "2. 高中（中专）及以上文化程度；",
                      "3. 有选煤厂重介系统操作经验者优先，无经验者可参加岗前培训；", "4. 工作地点在北岭选煤厂（地面）。"]),
]
BL05_PAY = [
    "（一）采煤机司机：试用期月薪7000元，转正后月收入9000元至13000元（含井下津贴，与产量挂钩）。",
    "（二）掘进机司机：试用期月薪6500元，转正后月收入8500元至12000元（与进尺挂钩）。",
    "（三）井下机电工：试用期月薪6000元，转正后月收入8000元至11000元。",
    "（四）重介分选工：试用期月薪4500元，转正后月收入5500元至7000元。",
    "（五）试用期3个月。公司依法缴纳五险二金，提供免费职工宿舍、班中餐和井下工作服；井下人员每年享受一次健康疗养。",
]
BL05_TAIL = [
    ("四、报名方式", ["报名时间：2025年3月10日至3月31日；报名地点：北岭煤业有限公司人力资源部招聘办公室（办公楼二层）。",
                  "报名时须携带身份证、学历证书、特种作业操作证（如有）原件及复印件，近期免冠照片2张。"]),
    ("五、招录程序", ["报名→资格审查→体检（含胸部X线、肺功能检查）→岗前安全培训及考试→签订劳动合同。",
                  "井下新工人须经不少于72学时的岗前安全培训，考试合格后方可下井。"]),
]


def bl05():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    title = ParagraphStyle("t", fontName=F, fontSize=16, leading=22, alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", fontName=F, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=F, fontSize=10, leading=15, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=F, fontSize=10, leading=14, wordWrap="CJK")

    story = [Paragraph(BL05_TITLE, title), Paragraph("一、企业简介", h), Paragraph(BL05_INTRO, body),
             Paragraph("二、招聘岗位及条件", h)]
    data = [[Paragraph("岗位及人数", cell), Paragraph("报名条件", cell)]]
    for post, conds in BL05_POSTS:
        data.append([Paragraph(post, cell), Paragraph("<br/>".join(conds), cell)])
    t = Table(data, colWidths=[40 * mm, 130 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 4 * mm), Paragraph("三、薪酬待遇", h)]
    for s in BL05_PAY:
        story.append(Paragraph(s, body))
    for head, paras in BL05_TAIL:
        story.append(Paragraph(head, h))
        for s in paras:
            story.append(Paragraph(s, body))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("联系电话：0351-6688120（人力资源部 李老师）", body))
    story.append(Paragraph("北岭煤业有限公司人力资源部　2025年3月5日", body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm,
                            bottomMargin=20 * mm, title=BL05_TITLE, author="北岭煤业有限公司人力资源部")
    doc.build(story)
    (OUT / "bl05_2025年井下一线岗位招工简章.pdf").write_bytes(buf.getvalue())


# =============================================================== bl06 html wiki with infobox
BL06_POSTS = [
    dict(id="zjfx", name="重介分选工", facts=[("所属车间", "选煤厂生产车间（主厂房）"), ("直接上级", "生产车间当班班长"),
                                           ("班制", "三班倒"), ("学历", "高中（中专）及以上"),
                                           ("上岗证", "选煤厂岗位操作资格证（厂内培训考核）"), ("岗位工资", "见《岗位工资标准》")],
         intro="重介分选工负责重介浅槽、重介旋流器分选系统的操作，是保证精煤灰分合格的关键岗位。",
         duties=["根据原煤煤质和精煤灰分要求，调整并稳定重介悬浮液密度，密度波动控制在±0.01g/cm³以内",
                 "监视重介旋流器入料压力、合格介质桶液位，发现异常及时调整或汇报集控员",
                 "按规定添加磁铁矿粉，控制介耗不超过1.5kg/t",
                 "每小时记录一次密度、压力、液位等运行参数",
                 "负责本岗位设备的巡检、清扫和简单故障处理"]),
    dict(id="fxg", name="浮选工", facts=[("所属车间", "选煤厂生产车间（浮选车间）"), ("直接上级", "生产车间当班班长"),
                                      ("班制", "三班倒"), ("学历", "初中及以上"),
                                      ("上岗证", "选煤厂岗位操作资格证（厂内培训考核）")],
         intro="浮选工负责煤泥浮选系统的操作，回收细粒级精煤。",
         duties=["根据入浮煤泥浓度和化验结果调整捕收剂、起泡剂的加药量",
                 "控制浮选机液位和充气量，保证浮选精煤灰分达标、尾煤灰分不低于规定值",
                 "配合压滤工做好尾煤压滤，防止煤泥水外排",
                 "填写浮选岗位运行记录和药剂消耗台账"]),
    dict(id="jky", name="集控员", facts=[("所属车间", "选煤厂集控室"), ("直接上级", "生产车间主任"),
                                      ("班制", "三班倒"), ("学历", "大专及以上，自动化或选矿专业"),
                                      ("经验", "选煤厂岗位工作3年以上")],
         intro="集控员通过集中控制系统对全厂设备进行启停和监控。",
         duties=["按照开停车顺序进行全厂设备的集中启停，严禁未经联系擅自开停设备",
                 "监视全厂设备运行状态和工艺参数，发现故障立即停车并通知岗位人员处理",
                 "接收化验室的快灰结果，通知重介分选工调整密度",
                 "填写集控运行日志和设备故障记录，交接班时交清设备状态"]),
]


def bl06():
    h = []
    h.append("<!DOCTYPE html>")
    h.append('<html lang="zh-CN">')
    h.append("<head>")
    h.append('<meta charset="utf-8">')
    h.append("<title>选煤厂岗位手册 - 北岭煤业知识库</title>")
    h.append("<style>.infobox{float:right;width:300px;border:1px solid #aaa;margin:0 0 1em 1em}"
             ".infobox th{text-align:left;background:#eef}</style>")
    h.append("</head>")
    h.append("<body>")
    h.append('<div id="top">北岭煤业知识库 | <a href="/wiki/首页">首页</a> | <a href="/wiki/最近更改">最近更改</a> | 登录用户：hr_admin</div>')
    h.append('<div id="sidebar"><ul><li><a href="#zjfx">重介分选工</a></li><li><a href="#fxg">浮选工</a></li>'
             '<li><a href="#jky">集控员</a></li></ul></div>')
    h.append('<div id="content">')
    h.append("<h1>选煤厂岗位手册</h1>")
    h.append("<p>本页面由选煤厂生产车间维护，最后编辑于2025年2月18日。</p>")
    for post in BL06_POSTS:
        h.append(f'<h2 id="{post["id"]}">{post["name"]}</h2>')
        h.append('<table class="infobox">')
        h.append(f'<caption>{post["name"]}</caption>')
        for k, v in post["facts"]:
            h.append(f"<tr><th>{k}</th><td>{v}</td></tr>")
        h.append("</table>")
        h.append(f"<p>{post['intro']}</p>")
        h.append("<h3>主要职责</h3>")
        h.append("<ul>")
        for du in post["duties"]:
            h.append(f"<li>{du}</li>")
        h.append("</ul>")
    h.append("<h2>相关页面</h2>")
    h.append("<p>压滤工、装车工岗位页面正在编写中。</p>")
    h.append("</div>")
    h.append('<div id="footer">© 北岭煤业有限公司 内部资料 请勿外传</div>')
    h.append("</body>")
    h.append("</html>")
    (OUT / "bl06_选煤厂岗位手册.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# =============================================================== bl07 md 班组长 job cards (YAML-like, no ---)
BL07 = """# 班组长岗位卡

岗位: 综采班组长
岗位编码: BL1-ZC-08
所属单位: 综采一队
直接上级: 综采队队长
管理对象: 采煤机司机、支架工、刮板输送机司机
班制: 三八制（早班、中班、夜班）
修订日期: 2025-02

## 这个岗位干什么

1. 每班提前30分钟主持班前会，布置当班生产任务和安全措施，点名并检查人员状态
2. 带领本班完成工作面割煤、移架、推溜，确保当班产量和工程质量
3. 跟班盯守工作面，执行“敲帮问顶”，发现顶板、瓦斯、水害隐患立即处理或撤人
4. 组织现场交接班，填写班组长交接班记录和当班生产原始记录
5. 负责本班工资二次分配的工分记录，做到公开公平

## 需要什么条件

- 初中及以上文化程度，从事综采工作4年以上
- 取得班组长安全培训合格证（公司每年组织一次班组长培训）
- 熟练掌握采煤机或液压支架操作，能处理一般故障
- 年度考核无“三违”记录

## 怎么考核

班组长实行月度考核，主要看当班安全（无事故、无三违）、产量完成率和工程质量三项，结果与班组长岗位津贴（每月800元）挂钩。

---

岗位: 掘进班组长
岗位编码: BL1-JJ-06
所属单位: 掘进二队
直接上级: 掘进队队长
管理对象: 掘进机司机、锚杆支护工、皮带司机
班制: 三八制
修订日期: 2025-02

## 这个岗位干什么

1. 主持班前会，检查本班人员特种作业证件和自救器携带情况
2. 组织本班按中腰线掘进，确保巷道断面、锚杆间排距符合作业规程
3. 严格执行“有掘必探”和临时支护制度，杜绝空顶作业
4. 负责掘进工作面瓦斯、煤尘和顶板的现场管理，配合瓦斯检查员做好检查
5. 填写进尺记录，参与月度进尺验收

## 需要什么条件

- 初中及以上文化程度，从事掘进工作3年以上
- 取得班组长安全培训合格证
- 熟悉锚杆（索）支护工艺

## 怎么考核

同综采班组长，产量改为进尺完成率。
"""


def bl07():
    (OUT / "bl07_班组长岗位卡.md").write_text(BL07, encoding="utf-8")


# =============================================================== bl08 txt GBK 岗位工资标准
BL08_ROWS = [
    ("采煤机司机", "一类", "井下", "5200", "80", "30"),
    ("掘进机司机", "一类", "井下", "5000", "80", "30"),
    ("爆破工", "一类", "井下", "4800", "80", "30"),
    ("瓦斯检查员", "二类", "井下", "4600", "70", "30"),
    ("安全员", "二类", "井下", "4600", "70", "30"),
    ("通风工", "二类", "井下", "4300", "70", "30"),
    ("绞车司机", "二类", "井下", "4100", "60", "30"),
    ("机电工", "二类", "井下", "4300", "60", "30"),
    ("调度员", "三类", "地面", "4500", "—", "30"),
    ("重介分选工", "三类", "地面", "3600", "—", "20"),
    ("浮选工", "三类", "地面", "3400", "—", "20"),
    ("煤质化验员", "三类", "地面", "3500", "—", "20"),
]


def bl08():
    def pad(s, w):
        # width in display columns: CJK = 2
        n = sum(2 if ord(c) > 127 else 1 for c in s)
        return s + " " * max(1, w - n)

    lines = ["北岭煤业有限公司岗位工资标准表（2025年执行）", "",
             "单位：元/月（岗位工资）；元/班（井下津贴、夜班津贴）", "-" * 78]
    hdr = ("岗位名称", "岗位类别", "作业场所", "岗位工资", "井下津贴", "夜班津贴")
    widths = (16, 12, 12, 12, 12, 10)
    lines.append("".join(pad(x, w) for x, w in zip(hdr, widths)).rstrip())
    lines.append("-" * 78)
    for r in BL08_ROWS:
        lines.append("".join(pad(x, w) for x, w in zip(r, widths)).rstrip())
    lines.append("-" * 78)
    lines += ["说明：",
              "1. 岗位工资按月发放，井下津贴按实际入井班次计发，每班入井时间不足4小时的不计发。",
              "2. 夜班津贴指零点班（夜班）津贴，中班不发。",
              "3. 班组长另发岗位津贴，标准见各区队考核办法；区队长、科室管理人员执行管理岗位薪酬标准，不在本表内。",
              "4. 绩效工资按区队月度考核结果二次分配，不在本表列示。",
              "", "人力资源部　劳动工资科　2025年1月"]
    (OUT / "bl08_岗位工资标准.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))


# =============================================================== bl09 csv EAV export
BL09 = [
    ("BL1-TF-03", "通风工", [
        ("所属部门", "通风队"), ("直接上级", "通风队队长"), ("工作地点", "北岭一矿井下"),
        ("学历要求", "初中及以上"), ("工作经验", "井下工作1年以上"), ("证书要求", "无特种作业证要求，须经通风工岗位培训合格"),
        ("岗位职责", "构筑和维护风门、风窗、密闭等通风设施；安装管理局部通风机和风筒；测风并填写测风记录；参加防灭火和防尘工作")]),
    ("BL1-JD-11", "机电工", [
        ("所属部门", "机电队"), ("直接上级", "机电队班长"), ("工作地点", "北岭一矿井下及地面变电所"),
        ("学历要求", "中专（技校）及以上"), ("专业要求", "机电一体化、电气自动化、机械制造"),
        ("工作经验", "1年以上"), ("证书要求", "煤矿井下电气作业操作证"),
        ("岗位职责", "负责井下采掘设备、供电设备的安装、检修和维护；执行停送电制度和“谁停电谁送电”；每班检查防爆性能，杜绝失爆；填写设备检修记录")]),
    ("BL1-YS-04", "绞车司机", [
        ("所属部门", "运输队"), ("直接上级", "运输队班长"), ("工作地点", "北岭一矿井下斜巷"),
        ("学历要求", "初中及以上"), ("工作经验", "不限"), ("证书要求", "煤矿提升机操作作业操作证"),
        ("岗位职责", "按信号开停绞车，严禁超挂车；每班检查制动闸和钢丝绳；填写绞车运行记录和交接班记录")]),
    ("BL1-CM-09", "爆破工", [
        ("所属部门", "掘进二队"), ("直接上级", "掘进班组长"), ("工作地点", "北岭一矿井下掘进工作面"),
        ("学历要求", "初中及以上"), ("工作经验", "井下采掘工作3年以上"), ("证书要求", "煤矿井下爆破作业操作证、爆破作业人员许可证"),
        ("岗位职责", "领退爆炸材料并当面点清；按爆破说明书装药、连线、爆破；执行一炮三检和三人连锁爆破；处理瞎炮")]),
    ("BL1-AJ-02", "安全员", [
        ("所属部门", "安全监察科"), ("直接上级", "安全监察科科长"), ("工作地点", "派驻各区队（井下）"),
        ("学历要求", "高中（中专）及以上"), ("工作经验", "井下采掘工作3年以上"), ("证书要求", "煤矿安全检查作业操作证"),
        ("岗位职责", "")]),
]


def bl09():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["岗位编码", "岗位名称", "属性项", "属性值", "生效日期"])
    for code, name, attrs in BL09:
        for k, v in attrs:
            w.writerow([code, name, k, v, "2025-01-01"])
    (OUT / "bl09_HR系统岗位属性导出.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================== bl10 docx 员工手册（节选）
BL10 = [
    ("h", "第一章　入井管理"),
    ("p", "第一条　入井人员必须经过安全培训考试合格，随身携带矿灯、自救器、人员定位卡，严禁携带烟草和点火物品入井。"),
    ("p", "第二条　入井前严禁喝酒，入井人员须在井口接受酒精检测和人脸识别考勤，未通过者不得入井。"),
    ("p", "第三条　井下作业人员每班在井下的时间原则上不超过8小时，因抢险等特殊情况需延长的须经值班矿领导批准。"),
    ("p", "第四条　新招井下工人实行师徒合同制，须在师傅带领下作业满4个月，考核合格后方可独立顶岗。"),
    ("h", "第二章　考勤与请假"),
    ("p", "第五条　员工请假须提前填写请假单：1天以内由班组长批准，2至3天由区队长批准，4天及以上由区队长签署意见后报人力资源部审批。"),
    ("p", "第六条　病假须提供二级及以上医院出具的诊断证明；事假全年累计一般不超过15天，事假期间不发放岗位工资。"),
    ("p", "第七条　婚假、产假、丧假等按国家和省有关规定执行。连续旷工3天或一年内累计旷工5天的，按严重违反规章制度处理。"),
    ("p", "第八条　井下一线员工每月出勤不少于22个班，超出部分按加班计算。"),
    ("h", "第三章　劳动保护"),
    ("p", "第九条　公司按规定为员工配发工作服、胶靴、安全帽、防尘口罩等劳动防护用品，井下员工每年进行一次职业健康检查。"),
    ("p", "第十条　接尘岗位员工离岗时须进行离岗职业健康检查。"),
    ("h", "编者说明"),
    ("p", "本节选仅收录入井管理、考勤请假和劳动保护三章。年休假天数、工伤待遇、社会保险缴费比例、岗位晋升和职称评定办法不在本节选内，请查阅公司完整版员工手册或咨询人力资源部。"),
]


def bl10():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "员工手册（节选）")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("北岭煤业有限公司员工手册（节选）")
    r.bold = True
    r.font.size = Pt(16)
    for kind, text in BL10:
        if kind == "h":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    path = OUT / "bl10_员工手册（节选）.docx"
    d.save(path)
    normalize_zip(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    for fn in (bl01, bl02, bl03, bl04, bl05, bl06, bl07, bl08, bl09, bl10):
        fn()
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)


if __name__ == "__main__":
    main()
