# -*- coding: utf-8 -*-
"""Round 60 blind trial, "property": 江城安居物业服务有限公司 (a property-management company).

Writes 10 HR documents to $T60_OUT (default /tmp/t60property/corpus):

  p01_项目岗位说明书汇编V3.1.docx   one table per post; the post name sits in a vertically merged, vertical-text
                                     left cell spanning the table; duties are ONE paragraph split by soft line
                                     breaks (①②③); 任职资格 is one cell of "学历：…；专业：…" sub-labels; running
                                     header/footer; a struck-through old pay next to a red new one; 绿化工's
                                     任职资格 is "略".
  p02_消防安全责任书.docx            a signed responsibility letter per post (甲方/乙方), 第N条 clauses, a VML text
                                     box holding the certificate rule, a table nested in a cell (值班安排), a
                                     signature table.
  p03_KPI指标卡.xlsx                 one sheet per department; every indicator is a stacked "指标卡" block of
                                     2x2 label/value rows; a 权重汇总 sheet with a SUM formula; a 填表说明 sheet.
  p04_定岗定编及薪酬带宽.xlsx        two-row merged header with 编制 split by estate, SUM formulas; a pay-band sheet.
  p05_任职资格要素表.csv             long format: one row per post x 要素 (学历/专业/经验/证书/技能/…), 必备/优先.
  p06_招聘需求审批单.html            approval forms of div label/value grids with an approval trail; HR's comment
                                     overrides the requested pay; one form is 已撤回.
  p07_保洁绿化作业标准.pdf           a controlled PDF with a diagonal watermark, 保洁主管 duties and a frequency table.
  p08_组织架构与汇报关系.md          a mermaid org chart, a table of departments, GitHub admonitions, a named-only post.
  p09_停车场及收费岗位调整通知.txt   GBK notice: shifts of 停车场管理员 change, 收费员 moves to 财务部.
  p10_员工考勤与奖惩管理办法.txt     UTF-8 policy (distractor), names 品质专员 only.
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

OUT = Path(os.environ.get("T60_OUT", "/tmp/t60property/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "江城安居物业服务有限公司"

# ----------------------------------------------------------------------------- p01
P01 = [
    dict(
        name="项目经理", code="AJ-XM-01", dept="项目管理处", boss="区域总监",
        subs="客服主管、工程主管、秩序维护主管、保洁主管", place="所在项目（枫林湾、金桂园、滨江国际中心、科创大厦）",
        pay="12000–16000元/月", shift="标准工时，节假日轮流值班",
        purpose="全面负责所辖项目的物业服务与经营管理，确保服务品质和经营指标达成。",
        duties=[
            "全面负责项目物业服务工作的计划、组织与实施，完成公司下达的年度经营目标；",
            "编制项目年度预算，控制人工、能耗及物料成本；",
            "组织每月业主满意度回访和品质自查，督促各部门整改不合格项；",
            "负责与业主委员会、社区居委会及街道办的沟通协调，每季度至少召开一次业委会联席会议；",
            "处理重大投诉和突发事件，第一时间到场并上报区域总监；",
            "负责项目员工的招聘面试、岗前培训和绩效考核；",
            "监督物业费收缴工作，确保收缴率达到年度目标。",
        ],
        qual=["学历：大专及以上", "专业：物业管理、工商管理等相关专业", "经验：5年以上物业管理工作经验，其中3年以上项目经理或副经理经历",
              "证书：持有物业管理师证书或物业项目经理岗位证书", "能力：具备较强的组织协调和危机处理能力"],
    ),
    dict(
        name="客服管家", code="AJ-KF-03", dept="客服部", boss="客服主管", subs="无",
        place="所服务项目的客服中心", pay=None, shift="早班8:00–17:00、晚班12:00–21:00，两班轮换，月休6天",
        purpose="作为业主的“一对一”服务窗口，负责所辖楼栋业主的日常服务与关系维护。",
        duties=[
            "负责所辖楼栋（约300户）业主的日常联络，建立业主档案并及时更新；",
            "受理业主报事报修，在系统中派单并跟踪至闭环，完成后24小时内回访；",
            "每周巡查所辖楼栋公共区域，发现问题拍照记录并通知责任部门；",
            "协助催缴物业费，对欠费三个月以上的业主上门沟通；",
            "办理装修登记、门禁卡、车位登记等业主手续；",
            "策划并组织社区文化活动，每季度不少于一次。",
        ],
        qual=["学历：大专及以上", "专业：不限，酒店管理、物业管理专业优先", "经验：1年以上客服或酒店前台工作经验",
              "证书：无硬性要求", "技能：普通话标准，熟练使用办公软件和物业管理系统"],
    ),
    dict(
        name="秩序维护员", code="AJ-ZX-05", dept="秩序维护部", boss="秩序维护班长", subs="无",
        place="各项目门岗、巡逻岗", pay="3800–4300元/月（含夜班补贴）", shift="三班倒（白班、中班、夜班），每班8小时",
        purpose="维护项目公共秩序和治安安全，俗称保安。",
        duties=[
            "负责出入口门岗值守，对外来人员、车辆进行登记和核实；",
            "按规定路线巡逻，每2小时一次，并在巡更点打卡；",
            "发现火情、治安事件立即报告并进行先期处置；",
            "协助组织消防演练和应急疏散；",
            "劝阻违规摆卖、高空抛物、违章装修等行为；",
            "交接班时认真填写值班记录，交清装备和遗留事项。",
        ],
        qual=["学历：高中或中专及以上", "年龄：18–45周岁，身高170cm以上", "经验：退伍军人或有保安工作经验者优先",
              "证书：持有保安员证", "身体：身体健康，能适应夜班"],
    ),
    dict(
        name="工程维修电工", code="AJ-GC-07", dept="工程部", boss="工程主管", subs="无",
        place="项目工程部值班室", pay="5000–6200元/月", shift="白班8:30–17:30，另每周夜间值班1–2次",
        purpose="保障项目供配电及公共用电设备的安全运行。",
        duties=[
            "负责配电房、强弱电井的日常巡检，每日抄录总表读数；",
            "负责公共照明、电梯配电箱、水泵控制柜等设备的维修保养；",
            "承接业主户内有偿维修，接单后30分钟内到达现场；",
            "停电时负责应急处置，并配合供电部门检修；",
            "认真填写设备维保记录和交接班记录；",
            "严格执行工作票、操作票“两票”制度。",
        ],
        qual=["学历：中专、技校及以上", "专业：电气自动化、机电一体化等相关专业", "经验：3年以上电工工作经验",
              "证书：必须持有低压电工作业证（特种作业操作证），有高压电工作业证者优先", "技能：能看懂电气原理图"],
    ),
    dict(
        name="绿化工", code="AJ-HJ-10", dept="环境部", boss="保洁主管", subs="无",
        place="枫林湾、金桂园住宅项目", pay="3300–3700元/月", shift="白班7:00–16:00，夏季11:00–14:00午休",
        purpose="负责住宅项目园林绿化的日常养护。",
        duties=[
            "负责草坪修剪、浇水和施肥，保持草坪平整；",
            "负责病虫害防治，喷药前在现场张贴告示；",
            "绿篱、球形灌木每月造型修剪一次；",
            "及时清理枯枝落叶和绿化垃圾；",
            "台风、暴雨前对乔木进行支撑加固。",
        ],
        qual=None,  # 略
    ),
    dict(
        name="收费员", code="AJ-KF-04", dept="客服部", boss="客服主管", subs="无",
        place="项目客服中心收费窗口", pay="3600–4200元/月", shift="行政班9:00–18:00，月末及节假日前后加开窗口",
        purpose="负责项目各项费用的收取、开票和日结。",
        duties=[
            "负责物业费、停车费、水电周转金等费用的收取和开具票据；",
            "每日日结，现金当日存入公司指定银行账户；",
            "编制收费日报表和欠费明细表；",
            "配合客服管家开展物业费催缴工作；",
            "严禁挪用、坐支收取的款项。",
        ],
        qual=["学历：中专及以上", "专业：财务、会计相关专业优先", "经验：1年以上收银或出纳工作经验",
              "证书：无", "技能：熟练使用收费系统和Excel"],
    ),
]


def set_cell_text_dir(cell, val="tbRl"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:textDirection {nsdecls("w")} w:val="{val}"/>'))


def shade(cell, fill="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def gen_p01():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO} · 岗位说明书汇编　文件编号：AJ-HR-002　版本：V3.1"
    sec.footer.paragraphs[0].text = "人力资源部编制　2025年1月修订　内部资料 注意保密"
    d.add_heading("项目岗位说明书汇编（V3.1）", level=1)
    d.add_paragraph("说明：本汇编收录各项目一线及管理岗位的说明书，每个岗位一张表，左侧竖排为岗位名称。"
                    "薪资为税前月薪参考区间，以当年薪酬带宽为准。")
    for i, p in enumerate(P01, 1):
        d.add_paragraph(f"表{i}　岗位编号：{p['code']}")
        rows = 8
        t = d.add_table(rows=rows, cols=3)
        t.style = "Table Grid"
        left = t.cell(0, 0).merge(t.cell(rows - 1, 0))
        left.text = p["name"]
        set_cell_text_dir(left)
        shade(left)
        labels = ["岗位目的", "所属部门", "汇报关系", "工作地点", "班次安排", "薪资标准", "岗位职责", "任职资格"]
        for r, lab in enumerate(labels):
            t.cell(r, 1).text = lab
        t.cell(0, 2).text = p["purpose"]
        t.cell(1, 2).text = p["dept"]
        t.cell(2, 2).text = f"直接上级：{p['boss']}；直接下级：{p['subs']}"
        t.cell(3, 2).text = p["place"]
        t.cell(4, 2).text = p["shift"]
        pc = t.cell(5, 2).paragraphs[0]
        if p["pay"] is None:
            r1 = pc.add_run("3500–4000元/月")
            r1.font.strike = True
            r2 = pc.add_run("　4000–4800元/月")
            r2.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            r3 = pc.add_run("（2025.1修订：原区间已作废）")
            r3.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            r3.font.size = Pt(8)
        else:
            pc.add_run(p["pay"])
        dp = t.cell(6, 2).paragraphs[0]
        circ = "①②③④⑤⑥⑦⑧⑨"
        for k, duty in enumerate(p["duties"]):
            if k:
                dp.add_run().add_break(WD_BREAK.LINE)
            dp.add_run(circ[k] + duty)
        qp = t.cell(7, 2).paragraphs[0]
        if p["qual"] is None:
            qp.add_run("略（参照公司一线员工通用要求执行）")
        else:
            for k, q in enumerate(p["qual"]):
                if k:
                    qp.add_run().add_break(WD_BREAK.LINE)
                qp.add_run(q + "；")
        d.add_paragraph()
    d.add_paragraph("编制：人力资源部　　审核：运营管理中心　　批准：总经理")
    d.save(OUT / "p01_项目岗位说明书汇编V3.1.docx")


# ----------------------------------------------------------------------------- p02
def add_textbox(paragraph, lines):
    inner = "".join(f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="TextBox1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:90pt;z-index:1" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def gen_p02():
    d = Document()
    d.styles["Normal"].font.name = "宋体"
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "枫林湾项目部　消防安全责任书　（一岗一书，签字后由人力资源部存档）"
    sec.footer.paragraphs[0].text = "本责任书一式两份，甲乙双方各执一份"
    d.add_heading("消防安全岗位责任书", level=1)
    d.add_paragraph("为落实“谁主管、谁负责，谁在岗、谁负责”的消防安全责任制，依据《消防法》及公司《消防安全管理制度》，"
                    "甲方与乙方签订本岗位责任书。")

    # part 1
    d.add_heading("责任书一", level=2)
    p = d.add_paragraph(f"甲方：{CO}枫林湾项目部")
    add_textbox(p, ["持证要求：", "消防监控员须持有《消防设施操作员》（中级）证书，", "无证人员一律不得单独值守消控室。"])
    d.add_paragraph("乙方岗位：消防监控员（消控中心值班员）")
    d.add_paragraph("乙方所属部门：秩序维护部（消控中心），直接上级为秩序维护主管。")
    d.add_paragraph("一、乙方岗位责任", style=None).runs[0].bold = True
    for k, c in enumerate([
        "24小时监控火灾自动报警系统和视频监控系统，严禁脱岗、睡岗、酒后上岗；",
        "接到火灾报警信号后，3分钟内通知巡逻人员到现场确认，确认为火警的立即启动应急预案并拨打119；",
        "每日检查消防主机、联动控制柜、应急广播的运行状态，并如实填写《消控室值班记录》；",
        "每月配合消防维保单位测试烟感探测器和喷淋末端试水装置；",
        "严禁擅自将联动设备置于手动状态或屏蔽报警点，确需屏蔽的须经项目经理书面批准；",
        "做好交接班，交接内容包括系统运行状况、故障报警点及未处理事项。",
    ], 1):
        d.add_paragraph(f"第{'一二三四五六'[k-1]}条　{c}")
    d.add_paragraph("二、值班安排")
    t = d.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "值班方式"
    t.cell(0, 1).text = "消控室实行24小时值班，每班2人，四班三运转："
    nt = t.cell(0, 1).add_table(rows=4, cols=2)
    nt.style = "Table Grid"
    for r, (a, b) in enumerate([("班次", "时间"), ("白班", "8:00–16:00"), ("中班", "16:00–24:00"), ("夜班", "0:00–次日8:00")]):
        nt.cell(r, 0).text = a
        nt.cell(r, 1).text = b
    t.cell(1, 0).text = "考核"
    t.cell(1, 1).text = "违反本责任书第一条、第五条的，当月绩效考核为不合格；造成火灾事故的，依法追究责任。"

    # part 2
    d.add_heading("责任书二", level=2)
    d.add_paragraph(f"甲方：{CO}枫林湾项目部")
    d.add_paragraph("乙方岗位：水电工（工程部）")
    d.add_paragraph("乙方直接上级：工程主管。乙方须持有《低压电工作业证》，从事焊接作业的还须持有《熔化焊接与热切割作业证》。")
    d.add_paragraph("一、乙方岗位责任")
    for k, c in enumerate([
        "负责给排水系统和二次供水泵房的巡检，每日上、下午各一次，发现跑冒滴漏及时处理；",
        "生活水箱每半年清洗消毒一次，并留存第三方水质检测报告；",
        "消防水泵、喷淋泵每月启动试运行一次，记录运行电流和压力；",
        "动火作业前必须办理动火审批手续，配备灭火器并安排专人看火；",
        "负责业主户内水电报修的上门维修，维修后清理现场。",
    ], 1):
        d.add_paragraph(f"第{'一二三四五'[k-1]}条　{c}")
    d.add_paragraph("二、考核：乙方未按规定试运行消防水泵或未办动火审批即作业的，每次扣罚绩效200元。")

    d.add_paragraph("签字栏")
    s = d.add_table(rows=3, cols=4)
    s.style = "Table Grid"
    for r, row in enumerate([("甲方（盖章）", "", "乙方（签字）", ""),
                             ("项目经理签字", "", "签订日期", "2025年1月6日"),
                             ("有效期", "2025年1月6日至2025年12月31日", "", "")]):
        for c, v in enumerate(row):
            s.cell(r, c).text = v
    d.save(OUT / "p02_消防安全责任书.docx")


# ----------------------------------------------------------------------------- p03
KPI = {
    "项目管理处": ("项目经理", "XM", [
        ("年度经营目标完成率", "30%", "实际经营收入÷年度目标收入×100%", "≥100%", "财务报表", "年度"),
        ("物业费收缴率", "25%", "实收物业费÷应收物业费×100%", "≥92%", "财务收费台账", "季度"),
        ("业主满意度", "20%", "满意及非常满意户数÷有效回访户数×100%", "≥88%", "第三方满意度调查", "年度"),
        ("重大安全责任事故", "15%", "发生次数", "0起（否决项）", "安全事故台账", "年度"),
        ("员工年度流失率", "10%", "年度离职人数÷平均在岗人数×100%", "≤15%", "人力资源部花名册", "年度"),
    ]),
    "客服部": ("客服管家", "KF", [
        ("业主满意度", "30%", "满意及非常满意户数÷有效回访户数×100%", "≥90%", "第三方满意度调查", "季度"),
        ("报修及时处理率", "25%", "24小时内闭环的报修工单数÷报修工单总数×100%", "≥95%", "物业管理系统", "月度"),
        ("物业费收缴率", "25%", "实收物业费÷应收物业费×100%", "≥92%", "财务收费台账", "月度"),
        ("有效投诉次数", "10%", "经核实属物业责任的投诉次数", "每月不超过2次", "客服投诉台账", "月度"),
        ("业主档案完整率", "10%", "信息完整的业主档案数÷业主总户数×100%", "100%", "品质专员抽查", "季度"),
    ]),
    "工程部": ("工程维修电工、水电工", "GC", [
        ("设备完好率", "30%", "完好设备台数÷设备总台数×100%", "≥98%", "设备台账", "月度"),
        ("维修及时率", "25%", "30分钟内到场的维修工单数÷维修工单总数×100%", "≥95%", "物业管理系统", "月度"),
        ("公共能耗控制率", "20%", "公共区域实际能耗÷预算能耗×100%", "≤100%", "能耗抄表记录", "月度"),
        ("维保计划完成率", "15%", "已完成维保项目数÷计划维保项目数×100%", "100%", "维保记录", "月度"),
        ("安全责任事故", "10%", "发生次数", "0起（否决项）", "安全事故台账", "月度"),
    ]),
    "秩序维护部": ("秩序维护员、消防监控员、停车场管理员", "ZX", [
        ("巡逻签到完成率", "30%", "实际巡更打卡次数÷规定打卡次数×100%", "≥98%", "电子巡更系统", "月度"),
        ("火警响应时间", "25%", "从报警到人员到场确认的时间", "≤3分钟", "消控室值班记录", "月度"),
        ("治安案件发生数", "20%", "项目内发生的盗窃、斗殴等治安案件数", "0起", "秩序维护部台账", "月度"),
        ("车辆停放规范率", "15%", "规范停放车辆数÷抽查车辆数×100%", "≥95%", "现场抽查", "月度"),
        ("仪容仪表合格率", "10%", "检查合格人次÷检查总人次×100%", "≥95%", "班长检查记录", "月度"),
    ]),
    "环境部": ("保洁主管、绿化工", "HJ", [
        ("保洁质量抽检合格率", "35%", "抽检合格点位数÷抽检点位总数×100%", "≥95%", "品质抽查表", "月度"),
        ("绿化完好率", "25%", "完好绿化面积÷绿化总面积×100%", "≥96%", "绿化巡查记录", "月度"),
        ("垃圾日产日清率", "20%", "当日清运完毕天数÷当月天数×100%", "100%", "清运记录", "月度"),
        ("四害消杀计划完成率", "10%", "已完成消杀次数÷计划消杀次数×100%", "100%", "外包单位作业单", "月度"),
        ("保洁物料成本控制", "10%", "实际物料费用÷预算物料费用×100%", "≤100%", "物料领用台账", "季度"),
    ]),
}


def gen_p03():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook()
    ws0 = wb.active
    ws0.title = "填表说明"
    for r, line in enumerate([
        "安居物业 2025年度 KPI 指标卡",
        "1. 每个部门一张工作表，每个指标一张指标卡（5行），指标卡编号 K-部门代码-序号。",
        "2. “适用岗位”为该指标考核的岗位；同一部门各岗位权重相同，另有说明的除外。",
        "3. 否决项指标发生即当期考核不合格。",
        "4. 权重合计必须为100%，见“权重汇总”表。",
    ], 1):
        ws0.cell(r, 1, line)
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4D6")
    summary = []
    for dept, (posts, code, rows) in KPI.items():
        ws = wb.create_sheet(dept)
        ws.column_dimensions["A"].width = 12
        ws.column_dimensions["B"].width = 40
        ws.column_dimensions["C"].width = 12
        ws.column_dimensions["D"].width = 20
        ws.cell(1, 1, f"{dept} KPI 指标卡（2025年度）").font = bold
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=4)
        r = 3
        for k, (name, w, formula, target, source, cycle) in enumerate(rows, 1):
            c = ws.cell(r, 1, f"指标卡 K-{code}-{k:02d}")
            c.font = bold
            c.fill = fill
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
            ws.cell(r + 1, 1, "指标名称"); ws.cell(r + 1, 2, name); ws.cell(r + 1, 3, "权重"); ws.cell(r + 1, 4, w)
            ws.cell(r + 2, 1, "适用岗位"); ws.cell(r + 2, 2, posts); ws.cell(r + 2, 3, "考核周期"); ws.cell(r + 2, 4, cycle)
            ws.cell(r + 3, 1, "计算公式"); ws.cell(r + 3, 2, formula)
            ws.merge_cells(start_row=r + 3, start_column=2, end_row=r + 3, end_column=4)
            ws.cell(r + 4, 1, "目标值"); ws.cell(r + 4, 2, target); ws.cell(r + 4, 3, "数据来源"); ws.cell(r + 4, 4, source)
            for rr in range(r, r + 5):
                ws.cell(rr, 2).alignment = Alignment(wrap_text=True)
            r += 6
        summary.append((dept, posts, len(rows), [int(x[1].rstrip("%")) for x in rows]))
    ws = wb.create_sheet("权重汇总")
    ws.append(["部门", "适用岗位", "指标数", "指标1", "指标2", "指标3", "指标4", "指标5", "权重合计"])
    for i, (dept, posts, n, ws_) in enumerate(summary, 2):
        ws.append([dept, posts, n] + [w / 100 for w in ws_] + [f"=SUM(D{i}:H{i})"])
        for c in range(4, 10):
            ws.cell(i, c).number_format = "0%"
    wb.save(OUT / "p03_KPI指标卡.xlsx")


# ----------------------------------------------------------------------------- p04
STAFF = [
    # post, dept, boss, shift, 枫林湾, 金桂园, 滨江, 科创
    ("项目经理", "项目管理处", "区域总监", "标准工时", 1, 1, 1, 1),
    ("客服主管", "客服部", "项目经理", "标准工时", 1, 1, 1, 1),
    ("客服管家", "客服部", "客服主管", "两班轮换", 6, 5, 3, 2),
    ("收费员", "客服部", "客服主管", "行政班", 2, 1, 1, 1),
    ("秩序维护主管", "秩序维护部", "项目经理", "标准工时", 1, 1, 1, 1),
    ("秩序维护员", "秩序维护部", "秩序维护班长", "三班倒", 18, 14, 12, 10),
    ("消防监控员", "秩序维护部", "秩序维护主管", "四班三运转", 8, 8, 8, 8),
    ("停车场管理员", "秩序维护部", "秩序维护主管", "三班倒", 3, 3, 6, 4),
    ("工程主管", "工程部", "项目经理", "标准工时", 1, 1, 1, 1),
    ("工程维修电工", "工程部", "工程主管", "白班+夜间值班", 2, 2, 3, 2),
    ("水电工", "工程部", "工程主管", "白班+夜间值班", 2, 2, 2, 1),
    ("保洁主管", "环境部", "项目经理", "标准工时", 1, 1, 1, 1),
    ("保洁员", "环境部", "保洁主管", "早班/中班", 16, 12, 10, 8),
    ("绿化工", "环境部", "保洁主管", "白班", 3, 2, 0, 0),
]
PAY = [
    ("项目经理", "M3", 12000, 14000, 16000, "40%", "年终另计经营奖"),
    ("客服主管", "M1", 6500, 7300, 8000, "30%", ""),
    ("客服管家", "P2", 4000, 4400, 4800, "20%", "2025年1月起上调"),
    ("收费员", "P1", 3600, 3900, 4200, "15%", ""),
    ("秩序维护主管", "M1", 6000, 6800, 7500, "30%", ""),
    ("秩序维护员", "P1", 3800, 4050, 4300, "10%", "含夜班补贴"),
    ("消防监控员", "P2", 4200, 4600, 5000, "15%", "持中级证书另发证书津贴300元/月"),
    ("停车场管理员", "P1", 3600, 3850, 4100, "10%", "夜班补贴另计"),
    ("工程主管", "M2", 8000, 9000, 10000, "30%", ""),
    ("工程维修电工", "P3", 5000, 5600, 6200, "20%", "高压证津贴200元/月"),
    ("水电工", "P2", 4800, 5300, 5800, "20%", ""),
    ("保洁主管", "M1", 4500, 5000, 5500, "25%", ""),
    ("保洁员", "P1", 2800, 3000, 3200, "10%", ""),
    ("绿化工", "P1", 3300, 3500, 3700, "10%", ""),
]


def gen_p04():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "定岗定编"
    ws["A1"] = "安居物业2025年项目定岗定编表"
    ws.merge_cells("A1:K1")
    ws["A1"].font = Font(bold=True, size=14)
    hdr1 = ["序号", "岗位", "所属部门", "直接上级", "班次", "编制（人）", None, None, None, "合计"]
    for c, v in enumerate(hdr1, 1):
        if v:
            ws.cell(2, c, v)
    for col in (1, 2, 3, 4, 5, 10):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=9)
    for c, v in enumerate(["枫林湾（住宅）", "金桂园（住宅）", "滨江国际中心（写字楼）", "科创大厦（写字楼）"], 6):
        ws.cell(3, c, v)
    for i, row in enumerate(STAFF, 1):
        r = i + 3
        ws.cell(r, 1, i)
        for c, v in enumerate(row, 2):
            ws.cell(r, c, v)
        ws.cell(r, 10, f"=SUM(F{r}:I{r})")
    last = 3 + len(STAFF)
    ws.cell(last + 1, 2, "合计")
    for c in range(6, 11):
        L = "FGHIJ"[c - 6]
        ws.cell(last + 1, c, f"=SUM({L}4:{L}{last})")
    ws.cell(last + 3, 1, "注：写字楼项目绿化养护外包，不设绿化工；消防监控员按每班2人、四班三运转配置。")
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.alignment = Alignment(horizontal="center", vertical="center")
    ws2 = wb.create_sheet("薪酬带宽")
    ws2.append(["岗位", "职级", "月薪下限（元）", "月薪中位（元）", "月薪上限（元）", "绩效工资占比", "备注"])
    for row in PAY:
        ws2.append(list(row))
    ws2.append([])
    ws2.append(["说明：月薪为税前应发，含岗位工资和绩效工资，不含加班费、高温补贴。"])
    wb.save(OUT / "p04_定岗定编及薪酬带宽.xlsx")


# ----------------------------------------------------------------------------- p05
QUAL = [
    ("AJ-ZX-08", "停车场管理员", "学历", "高中及以上", "必备", ""),
    ("AJ-ZX-08", "停车场管理员", "年龄", "50周岁以下", "必备", ""),
    ("AJ-ZX-08", "停车场管理员", "经验", "1年以上停车场或保安工作经验", "优先", ""),
    ("AJ-ZX-08", "停车场管理员", "技能", "会操作道闸及车牌识别收费系统，能处理车辆剐蹭纠纷", "必备", ""),
    ("AJ-ZX-08", "停车场管理员", "证书", "C1及以上机动车驾驶证", "优先", "需挪车时使用"),
    ("AJ-ZX-06", "消防监控员", "学历", "高中或中专及以上", "必备", ""),
    ("AJ-ZX-06", "消防监控员", "证书", "消防设施操作员（中级）证书", "必备", "无证不得单独值守"),
    ("AJ-ZX-06", "消防监控员", "经验", "1年以上消控室值班经验", "优先", ""),
    ("AJ-ZX-06", "消防监控员", "身体条件", "无色盲色弱，能适应24小时轮值", "必备", ""),
    ("AJ-HJ-09", "保洁主管", "学历", "高中及以上", "必备", ""),
    ("AJ-HJ-09", "保洁主管", "经验", "3年以上保洁管理经验，带过10人以上团队", "必备", ""),
    ("AJ-HJ-09", "保洁主管", "技能", "熟悉石材养护、地毯清洗等专项保洁工艺", "必备", ""),
    ("AJ-HJ-09", "保洁主管", "证书", "有害生物防制员证", "优先", ""),
    ("AJ-KF-02", "客服主管", "学历", "本科及以上", "必备", ""),
    ("AJ-KF-02", "客服主管", "专业", "物业管理、酒店管理、市场营销等", "优先", ""),
    ("AJ-KF-02", "客服主管", "经验", "3年以上物业客服管理经验", "必备", ""),
    ("AJ-KF-02", "客服主管", "证书", "物业管理师", "优先", ""),
    ("AJ-GC-06", "工程主管", "学历", "大专及以上", "必备", ""),
    ("AJ-GC-06", "工程主管", "专业", "电气工程、机电一体化、暖通空调", "必备", ""),
    ("AJ-GC-06", "工程主管", "经验", "5年以上物业工程管理经验", "必备", ""),
    ("AJ-GC-06", "工程主管", "证书", "高压电工作业证", "必备", ""),
    ("AJ-GC-08", "水电工", "学历", "技校及以上", "必备", ""),
    ("AJ-GC-08", "水电工", "经验", "2年以上水电安装或维修经验", "必备", ""),
    ("AJ-GC-08", "水电工", "证书", "低压电工作业证", "必备", ""),
    ("AJ-GC-08", "水电工", "证书", "熔化焊接与热切割作业证", "优先", "从事焊接作业时必备"),
]


def gen_p05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["岗位编码", "岗位名称", "资格要素", "具体要求", "类别（必备/优先）", "备注"])
    for row in QUAL:
        w.writerow(row)
    (OUT / "p05_任职资格要素表.csv").write_text(buf.getvalue(), encoding="utf-8-sig", newline="")


# ----------------------------------------------------------------------------- p06
FORMS = [
    dict(no="ZP-2025-031", status="已通过", post="停车场管理员", n="2", dept="秩序维护部", boss="秩序维护主管",
         place="滨江国际中心B2地下车库", shift="三班倒", pay_req="3500–4000元/月",
         duties=["负责车库出入口岗亭值守，核对车辆进出并收取临时停车费；",
                 "每小时巡查车库一次，检查消防通道是否被占用；",
                 "引导车辆有序停放，制止乱停乱放和占用他人车位；",
                 "交接班时核对收费票据与现金，做到账款相符；",
                 "发现车库漏水、照明故障及时报工程部维修。"],
         req="高中及以上学历，50周岁以下，能适应夜班；有停车场管理经验者优先。",
         trail=[("秩序维护主管 王建军", "同意", "写字楼车库新增夜间临停，急需补员。"),
                ("项目经理 刘芳", "同意", ""),
                ("人力资源部 陈静", "同意", "薪资调整为3600–4100元/月，与薪酬带宽保持一致，以此为准。")]),
    dict(no="ZP-2025-034", status="已通过", post="客服管家", n="1", dept="客服部", boss="客服主管",
         place="科创大厦一层客服中心", shift="早班8:00–17:00、晚班12:00–21:00轮换", pay_req="4000–4800元/月",
         duties=["负责科创大厦入驻企业的日常服务和联络；",
                 "办理租户装修申请、临时施工审批和物品放行；",
                 "受理报修并跟踪处理结果；",
                 "协助组织写字楼消防演练和租户活动。"],
         req="大专及以上学历，英语可进行日常交流（写字楼外企租户较多），1年以上写字楼或酒店前台经验。",
         trail=[("客服主管 赵敏", "同意", ""), ("人力资源部 陈静", "同意", "")]),
    dict(no="ZP-2025-029", status="已撤回", post="消防监控员", n="2", dept="秩序维护部", boss="秩序维护主管",
         place="金桂园消控中心", shift="四班三运转", pay_req="4000–4500元/月",
         duties=["负责消控室值班。"], req="持消防设施操作员证书。",
         trail=[("秩序维护主管 王建军", "撤回", "内部调剂解决，本申请作废。")]),
]


def gen_p06():
    css = ("body{font-family:sans-serif}.form{border:1px solid #999;margin:16px;padding:8px}"
           ".grid{display:grid;grid-template-columns:120px 1fr 120px 1fr}.k{background:#eee;font-weight:bold}"
           ".void{opacity:.5}.void .stamp{color:red;font-size:28px}")
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>招聘需求审批单 - 安居物业OA</title>", f"<style>{css}</style>", "</head>", "<body>",
           '<div class="topbar">安居物业 OA 协同办公 &gt; 流程中心 &gt; 已办事宜 &gt; 招聘需求审批</div>']
    for f in FORMS:
        cls = "form void" if f["status"] == "已撤回" else "form"
        out.append(f'<div class="{cls}" id="{f["no"]}">')
        out.append(f'<div class="title">招聘需求审批单　单号：{f["no"]}　状态：<span class="stamp">{f["status"]}</span></div>')
        out.append('<div class="grid">')
        for k, v in [("招聘岗位", f["post"]), ("需求人数", f["n"]), ("需求部门", f["dept"]), ("汇报对象", f["boss"]),
                     ("工作地点", f["place"]), ("班次", f["shift"]), ("申请薪资", f["pay_req"]), ("到岗时间", "2025年3月")]:
            out.append(f'<div class="k">{k}</div><div class="v">{v}</div>')
        out.append("</div>")
        out.append('<div class="k">岗位职责</div>')
        out.append('<div class="v">')
        for i, dd in enumerate(f["duties"], 1):
            out.append(f"<p>{i}. {dd}</p>")
        out.append("</div>")
        out.append(f'<div class="k">任职要求</div><div class="v"><p>{f["req"]}</p></div>')
        out.append('<div class="trail"><div class="k">审批流程</div><ol>')
        for who, act, note in f["trail"]:
            extra = f"，意见：{note}" if note else ""
            out.append(f"<li>{who}：{act}{extra}</li>")
        out.append("</ol></div>")
        out.append("</div>")
    out += ["<footer>本页面由OA系统导出，审批意见与表单字段不一致时，以最终审批意见为准。</footer>", "</body>", "</html>"]
    (OUT / "p06_招聘需求审批单.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- p07
def gen_p07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = "wqy"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        font = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    H = ParagraphStyle("h", fontName=font, fontSize=15, leading=22, spaceAfter=6)
    H2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    B = ParagraphStyle("b", fontName=font, fontSize=10, leading=16)

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 40)
        canvas.setFillColor(colors.Color(0.85, 0.85, 0.85))
        canvas.translate(300, 420)
        canvas.rotate(35)
        canvas.drawCentredString(0, 0, "受控文件 严禁外传")
        canvas.restoreState()
        canvas.setFont(font, 8)
        canvas.drawString(40, 25, f"AJ-HJ-SOP-01　环境部作业标准　第{doc.page}页")

    story = [Paragraph("环境部保洁与绿化作业标准（2025版）", H),
             Paragraph("适用范围：枫林湾、金桂园、滨江国际中心、科创大厦四个项目的环境部。", B),
             Paragraph("一、保洁主管岗位职责", H2),
             Paragraph("保洁主管隶属环境部，直接上级为项目经理，下属为保洁员和绿化工。", B)]
    for i, t in enumerate([
        "制定所辖项目保洁、绿化月度工作计划并组织实施；",
        "每日巡检保洁作业质量，按本标准抽查不少于20个点位；",
        "负责保洁员、绿化工的排班、考勤和岗前培训；",
        "管理清洁剂、消杀药剂等物料的申领和使用，建立物料台账；",
        "监督外包单位的四害消杀、化粪池清掏作业，并签字验收；",
        "雨雪天气组织铺设防滑垫和清理积水。",
    ], 1):
        story.append(Paragraph(f"{i}. {t}", B))
    story.append(Paragraph("二、保洁作业频次与标准", H2))
    data = [["区域", "作业频次", "质量标准"],
            ["大堂地面", "每日3次", "无污渍无水迹"],
            ["电梯轿厢", "每日2次", "不锈钢面无手印"],
            ["楼梯扶手", "每日1次", "白纸巾擦拭无污迹"],
            ["垃圾桶", "每日清运2次", "无异味无散落"],
            ["地下车库", "每周冲洗1次", "无积水无油污"]]
    tb = Table(data, colWidths=[90, 100, 200])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]))
    story += [tb, Spacer(1, 8), Paragraph("三、绿化养护要求", H2)]
    for t in ["草坪高度控制在4–6厘米，夏季每周修剪一次；",
              "喷洒农药须避开早晚业主活动高峰，并提前24小时张贴告示；",
              "写字楼项目的绿化养护由外包单位负责，保洁主管负责验收。"]:
        story.append(Paragraph("· " + t, B))
    story.append(Paragraph("四、保洁主管任职条件", H2))
    story.append(Paragraph("高中及以上学历，3年以上保洁管理经验；能吃苦耐劳，具备基本的电脑操作能力。", B))
    doc = SimpleDocTemplate(str(OUT / "p07_保洁绿化作业标准.pdf"), pagesize=A4, leftMargin=50, rightMargin=50)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------- p08
P08 = """# 安居物业 项目组织架构与汇报关系

> 更新：2025-02　维护人：人力资源部　适用：枫林湾、金桂园、滨江国际中心、科创大厦

## 一、组织架构图

```mermaid
flowchart TD
    A[区域总监] --> B[项目经理]
    B --> C[客服主管]
    B --> D[秩序维护主管]
    B --> E[工程主管]
    B --> F[保洁主管]
    C --> C1[客服管家]
    C --> C2[收费员]
    D --> D0[秩序维护班长]
    D0 --> D1[秩序维护员]
    D --> D2[消防监控员]
    D --> D3[停车场管理员]
    E --> E1[工程维修电工]
    E --> E2[水电工]
    E --> E3[空调暖通技工]
    F --> F1[保洁员]
    F --> F2[绿化工]
```

## 二、部门与岗位一览

| 部门 | 负责人 | 下设岗位 | 备注 |
|---|---|---|---|
| 客服部 | 客服主管 | 客服管家、收费员 | 写字楼项目客服管家需具备英语日常交流能力 |
| 秩序维护部 | 秩序维护主管 | 秩序维护班长、秩序维护员、消防监控员、停车场管理员 | 消控中心归秩序维护部管理 |
| 工程部 | 工程主管 | 工程维修电工、水电工、空调暖通技工 | 空调暖通技工仅滨江国际中心设置 |
| 环境部 | 保洁主管 | 保洁员、绿化工 | 写字楼项目绿化外包 |

> [!NOTE]
> 空调暖通技工为2025年新设岗位，岗位说明书待编制，职责及任职要求暂未确定。

> [!IMPORTANT]
> 品质专员属于公司品质管理部，不在项目编制内，负责对各项目进行品质巡检，不在本表列示。

## 三、常见问题

- **停车场管理员归谁管？** 归秩序维护部，直接上级是秩序维护主管；写字楼车库的停车场管理员由项目经理统一调配。
- **消防监控员可以由秩序维护员兼任吗？** 不可以，消防监控员须持证上岗，单独设岗。
"""


def gen_p08():
    (OUT / "p08_组织架构与汇报关系.md").write_text(P08, encoding="utf-8")


# ----------------------------------------------------------------------------- p09
P09 = """江城安居物业服务有限公司文件

安居物业人〔2025〕7号

关于停车场管理员排班及收费员归属调整的通知

各项目部、各部门：

    根据公司2025年第一次经营例会决定，现对停车场管理员排班和收费员归属作如下调整：

一、停车场管理员排班调整
    自2025年3月1日起，停车场管理员由原“两班倒（每班12小时）”调整为“三班倒”：
        早班  7:00—15:00
        中班  15:00—23:00
        夜班  23:00—次日7:00
    夜班补贴标准为每班30元，随当月工资发放。
    停车场管理员的主要职责不变：负责车库出入口岗亭值守和临时停车收费，巡查车库，引导车辆停放，交接班核对票款。

二、收费员归属调整
    自2025年3月1日起，各项目收费员划归公司财务部管理，直接上级由客服主管调整为财务部收费主管，
    工作地点仍在各项目客服中心收费窗口。
    收费员岗位职责增加一项：每周五编制欠费账龄分析表，报财务部收费主管。

三、其他
    原《停车场管理员排班表（2023版）》同时废止。
    本通知由人力资源部负责解释。

                                        人力资源部
                                        2025年2月20日
"""


def gen_p09():
    txt = P09.replace("\n", "\r\n")
    (OUT / "p09_停车场及收费岗位调整通知.txt").write_bytes(txt.encode("gbk"))


# ----------------------------------------------------------------------------- p10
P10 = """江城安居物业服务有限公司
员工考勤与奖惩管理办法（2024年修订）

第一章 总则
第一条 为规范员工考勤管理，严肃工作纪律，制定本办法。
第二条 本办法适用于公司各项目全体员工，外包人员参照执行。

第二章 考勤
第三条 员工上下班须通过人脸识别考勤机打卡，每日打卡两次。
第四条 迟到或早退30分钟以内的，每次扣款20元；超过30分钟的按旷工半天处理。
第五条 轮班岗位的员工须按排班表上岗，私自换班的，每次扣款50元。
第六条 员工请假须提前在OA系统提交申请，经直接上级审批后方可休假。

第三章 奖励
第七条 员工有下列情形之一的，给予通报表扬并奖励200–1000元：
    （一）拾金不昧，受到业主书面表扬的；
    （二）在火灾、盗窃等突发事件中处置得当，避免损失的；
    （三）提出合理化建议被采纳，节约成本明显的。

第四章 处罚
第八条 员工有下列情形之一的，给予警告并扣罚当月绩效：
    （一）当班期间脱岗、睡岗的；
    （二）与业主发生争吵，造成有效投诉的；
    （三）未按规定穿着工装、佩戴工牌的。
第九条 品质专员每月对各项目开展一次品质巡检，巡检中发现的违纪行为按本办法处理。

第五章 附则
第十条 本办法自2024年7月1日起施行，由人力资源部负责解释。
"""


def gen_p10():
    (OUT / "p10_员工考勤与奖惩管理办法.txt").write_text(P10, encoding="utf-8")


if __name__ == "__main__":
    gen_p01(); gen_p02(); gen_p03(); gen_p04(); gen_p05(); gen_p06(); gen_p07(); gen_p08(); gen_p09(); gen_p10()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
