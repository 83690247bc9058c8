"""Round 13 trial customer: 江城公交集团有限公司 (a city bus operator, fictional).

Writes 10 HR documents to $T13_OUT/corpus (default /tmp/t13a/corpus), deterministically:

  jc01 docx  公交驾驶员岗位说明书: form table, merged cells, duties as numbered paragraphs in one
             merged cell, a vertically merged 任职资格 label over 4 sub-rows, a label (工作时间)
             in the third column, a nested KPI table inside a cell
  jc02 docx  营运分公司岗位说明书汇编: 5 posts under headings (车队长, 线路长 "俗称线长", 调度员,
             站务员 "参照调度员", 稽查员); 调度员 duties in a 职责|工作内容 table continued after a
             page break with a "（续表）" caption and a repeated header
  jc03 xlsx  保修厂岗位一览: one row per post, merged title row, multi-line cells, 轮胎工 "参照汽修工"
  jc04 xlsx  KPI指标库: one sheet per unit; dimension merged down with "(40%)"; 岗位 column merged;
             保修厂 sheet is a matrix with the posts side by side; a 评分规则 sheet in prose rows
  jc05 txt   组织架构 (UTF-8) as an indented tree; several posts only named
  jc06 html  careers page: 公交驾驶员 at 一分公司 and 二分公司 with different pay, 热线话务员, 数据分析员
  jc07 csv   社会招聘 postings with multi-line quoted cells (智能调度员, 薪酬专员, 场站管理员, 会计)
  jc08 pdf   驾驶员安全考核办法 (hand-written PDF, STSong-Light / UniGB-UCS2-H), a deduction table
             continued on page 2 under "续表"
  jc09 md    员工手册 (排班, 考勤, 请假, 试用期, 培训, 安全行车奖惩, 薪酬发放)
  jc10 txt   安全技术部岗位职责 (GBK, CRLF): 安全员, 机务员, tab-separated duty tables
"""
import csv
import io
import os
import zlib
from pathlib import Path

import docx
import openpyxl
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T13_OUT", "/tmp/t13a")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "江城公交集团有限公司"


def _fix_docx_props(d, title):
    cp = d.core_properties
    cp.title = title
    cp.author = "人力资源部"
    import datetime as _dt
    cp.created = _dt.datetime(2024, 3, 1)
    cp.modified = _dt.datetime(2024, 3, 1)
    cp.last_modified_by = "人力资源部"
    cp.revision = 1


# ---------------------------------------------------------------- jc01 docx form
def jc01():
    d = docx.Document()
    _fix_docx_props(d, "公交驾驶员岗位说明书")
    p = d.add_paragraph()
    r = p.add_run(CO)
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph()
    r = p.add_run("岗 位 说 明 书")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("文件编号：JCGJ-HR-JD-2024-011　　版本：A/2　　生效日期：2024年3月1日")

    t = d.add_table(rows=14, cols=4)
    t.style = "Table Grid"

    def put(r, c, text):
        cell = t.cell(r, c)
        cell.text = text
        return cell

    put(0, 0, "岗位名称"); put(0, 1, "公交驾驶员"); put(0, 2, "岗位编号"); put(0, 3, "YY-JS-01")
    put(1, 0, "所属部门"); put(1, 1, "营运分公司（各车队）"); put(1, 2, "直接上级"); put(1, 3, "车队长")
    put(2, 0, "直接下级"); put(2, 1, "无"); put(2, 2, "岗位定员"); put(2, 3, "按线路配车数×2.2人")
    put(3, 0, "工作地点")
    m = t.cell(3, 1).merge(t.cell(3, 3)); m.text = "江城市区各公交线路、首末站及停保场"
    put(4, 0, "岗位目的")
    m = t.cell(4, 1).merge(t.cell(4, 3))
    m.text = "按照线路行车计划，安全、准点、文明地完成乘客运送任务，树立江城公交服务形象。"
    m = t.cell(5, 0).merge(t.cell(5, 3)); m.text = "工作职责"
    m = t.cell(6, 0).merge(t.cell(6, 3))
    duties = [
        "1. 出车前按《车辆例行检查表》对制动、转向、灯光、轮胎、车门等进行例检，发现故障及时报修，不得带病出车；",
        "2. 严格执行调度指令和行车时刻表，准点发车，不得擅自甩站、越站、改道或停驶；",
        "3. 规范进出站，车辆停稳后再开门，关注老幼病残孕乘客上下车安全；",
        "4. 执行“文明服务十不准”，及时报站，礼貌待客，妥善处理乘客求助；",
        "5. 遵守道路交通安全法规，进站减速、礼让斑马线行人，行车中严禁使用手机；",
        "6. 发生交通事故或车辆故障时，立即报告调度，保护现场并疏散乘客；",
        "7. 收车后做好车辆内外清洁、电量登记和行车日志填写，按规定停放车辆并接通充电；",
        "8. 参加每周安全例会和岗位培训，完成车队安排的其他临时任务。",
    ]
    m.text = duties[0]
    for line in duties[1:]:
        m.add_paragraph(line)
    # 任职资格: vertically merged label over 4 sub-rows; value spans cols 2-3
    lab = t.cell(7, 0).merge(t.cell(10, 0)); lab.text = "任职资格"
    rows = [
        ("学历", "初中及以上文化程度，高中（中专）优先"),
        ("驾驶证", "持A3（城市公交车）或A1准驾车型驾驶证，实际驾龄3年以上；近三个记分周期内无满分记录"),
        ("年龄与身体", "男性55周岁以下、女性50周岁以下；身体健康，无色盲色弱，无职业禁忌症"),
        ("经验", "有2年以上大中型客车驾驶经验者优先；无酒驾、醉驾及肇事逃逸记录"),
    ]
    for i, (k, v) in enumerate(rows):
        put(7 + i, 1, k)
        mm = t.cell(7 + i, 2).merge(t.cell(7 + i, 3)); mm.text = v
    put(11, 0, "使用工具"); put(11, 1, "公交车辆、智能调度车载终端、刷卡机")
    put(11, 2, "工作时间"); put(11, 3, "早、晚两班轮换，节假日正常出车（详见员工手册）")
    put(12, 0, "主要考核指标")
    kc = t.cell(12, 1).merge(t.cell(12, 3))
    kc.text = "月度考核按集团《KPI指标库》驾驶员表执行，主要项目如下："
    nt = kc.add_table(rows=4, cols=2)
    nt.style = "Table Grid"
    for i, (a, b) in enumerate([("考核项目", "权重"), ("安全行车", "40%"), ("优质服务", "25%"),
                                ("营运完成及节能", "35%")]):
        nt.cell(i, 0).text = a
        nt.cell(i, 1).text = b
    put(13, 0, "编制"); put(13, 1, "人力资源部"); put(13, 2, "审核"); put(13, 3, "营运分公司")
    d.add_paragraph("注：本说明书适用于集团所属第一、第二营运分公司全部公交驾驶员岗位。")
    d.save(OUT / "jc01_公交驾驶员岗位说明书.docx")


# ---------------------------------------------------------------- jc02 docx several posts
def jc02():
    d = docx.Document()
    _fix_docx_props(d, "营运分公司岗位说明书汇编")
    d.add_heading("江城公交集团营运分公司岗位说明书汇编（2024年修订）", level=1)
    d.add_paragraph("说明：本汇编收录营运分公司管理及辅助岗位共5个，驾驶员岗位另见单独说明书。")

    d.add_heading("一、车队长", level=2)
    d.add_paragraph("【所属部门】营运分公司　【直接上级】分公司经理")
    d.add_paragraph("【直接下级】线路长、公交驾驶员、车队安全员")
    d.add_paragraph("岗位职责：")
    for s in [
        "（1）全面负责车队安全生产、营运服务和队伍管理，是车队安全第一责任人；",
        "（2）组织编排车队驾驶员排班表，审批驾驶员调班、请假（3天以内）；",
        "（3）每周主持召开车队安全例会，组织事故分析，落实“四不放过”；",
        "（4）督促线路长做好线路营运组织，协调解决车辆、人员调配问题；",
        "（5）负责车队驾驶员月度绩效考核打分并上报分公司；",
        "（6）处理本车队乘客投诉及服务纠纷，回复时限不超过3个工作日。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("任职要求：")
    for s in [
        "1. 大专及以上学历，交通运输、管理类专业优先；",
        "2. 具有5年以上公交驾驶或营运管理经验，其中担任线路长2年以上；",
        "3. 熟悉公交营运调度和道路交通安全法规，具备较强的组织协调能力。",
    ]:
        d.add_paragraph(s)

    d.add_heading("二、线路长（俗称“线长”）", level=2)
    d.add_paragraph("【所属部门】营运分公司各车队　【直接上级】车队长　【管理范围】1-2条公交线路")
    d.add_paragraph("岗位职责：")
    for s in [
        "① 负责所辖线路的日常营运组织，检查驾驶员出勤和车容车貌；",
        "② 跟车检查线路运行情况，收集站点客流变化，提出行车时刻表调整建议；",
        "③ 组织线路驾驶员开展安全学习和服务技能帮带；",
        "④ 线路发生事故、纠纷时第一时间赶赴现场协助处理。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("任职要求：高中及以上学历；持A3及以上驾驶证，3年以上公交驾驶经验，近两年无负同等以上责任事故。")

    d.add_heading("三、调度员", level=2)
    d.add_paragraph("【岗位全称】营运调度员　【所属部门】营运分公司调度室　【直接上级】调度室主任")
    d.add_paragraph("表3 调度员岗位职责")
    rows1 = [("职责", "工作内容"),
             ("发车调度", "按行车时刻表组织首末站发车，记录实际发车时间，确保首末班车准点。"),
             ("运行监控", "通过智能调度系统监控车辆位置和发车间隔，出现大间隔、串车时及时调整。"),
             ("异常处置", "接到事故、故障、道路拥堵报告后，组织调派备车并上报值班领导。")]
    t = d.add_table(rows=len(rows1), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows1):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.add_paragraph("表3（续表）")
    rows2 = [("职责", "工作内容"),
             ("台账管理", "填写行车日报、调度日志，统计趟次、公里和准点率数据。"),
             ("人员考勤", "负责驾驶员到岗签到核对，安排替班驾驶员。")]
    t = d.add_table(rows=len(rows2), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows2):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.add_paragraph("任职要求：高中或中专及以上学历；熟练使用电脑和智能调度系统；1年以上公交驾驶或调度工作经验；能适应早5点、晚10点的倒班作息。")

    d.add_heading("四、站务员", level=2)
    d.add_paragraph("【所属部门】营运分公司场站组　【直接上级】站长")
    d.add_paragraph("岗位职责：")
    for s in [
        "1. 维护首末站候车秩序，引导乘客排队上车；",
        "2. 负责站台、候车亭及站房卫生，检查站牌、电子站牌完好；",
        "3. 解答乘客问询，受理遗失物品登记和移交；",
        "4. 协助调度员做好车辆进出站疏导。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("任职资格：参照调度员岗位执行。")

    d.add_heading("五、稽查员", level=2)
    d.add_paragraph("【所属部门】营运分公司稽查队　【直接上级】稽查队队长")
    d.add_paragraph("岗位职责：")
    for s in [
        "1. 随车或定点稽查乘客逃票、冒用优惠卡等行为，依规补票处理；",
        "2. 对驾驶员服务规范、报站、进站停靠进行暗访，并出具稽查报告；",
        "3. 核查线路甩站、越站、滞站情况，取证后移交车队处理；",
        "4. 每月汇总稽查问题，参与服务质量通报。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("任职要求：高中及以上学历，退役军人优先；熟悉公交营运服务规范；原则公正、沟通能力强；需持有集团颁发的稽查证上岗。")
    d.save(OUT / "jc02_营运分公司岗位说明书汇编.docx")


# ---------------------------------------------------------------- jc03 xlsx JD library
def jc03():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2024, 3, 1)
    ws = wb.active
    ws.title = "保修厂岗位"
    ws.merge_cells("A1:H1")
    ws["A1"] = "江城公交集团保修厂岗位职责及任职要求一览表（2024版）"
    ws["A1"].font = Font(bold=True, size=14)
    head = ["序号", "岗位名称", "所属班组", "直接上级", "岗位职责", "任职要求", "薪资标准", "备注"]
    ws.append(head)
    rows = [
        [1, "汽修工（机修工）", "机修班", "机修班长",
         "1.负责公交车辆一级、二级维护作业；\n2.对发动机、底盘、制动系统故障进行诊断与修理；\n"
         "3.按工单完成维修并填写维修记录；\n4.参加夜间抢修值班。",
         "中专（技校）及以上学历，汽车维修相关专业；\n持中级及以上汽车维修工职业资格证书；\n"
         "3年以上大中型客车维修经验；\n熟悉新能源公交车“三电”系统者优先。",
         "5500-7500元/月", "需轮值夜班"],
        [2, "汽车电工", "电工班", "电工班长",
         "1.负责车辆电气线路、仪表、空调及车载终端的检修；\n2.负责新能源车辆高压系统断电检修；\n"
         "3.定期检查充电设备接口与线束。",
         "中专及以上学历，电气或汽车电子专业；\n持低压电工作业证（特种作业操作证）；\n2年以上汽车电气维修经验。",
         "5800-8000元/月", ""],
        [3, "轮胎工", "轮胎班", "机修班长",
         "1.负责轮胎拆装、换位、动平衡及气压检测；\n2.建立单车轮胎档案，跟踪轮胎行驶里程；\n3.负责翻新胎送修与验收。",
         "参照汽修工岗位任职要求执行。",
         "4500-6000元/月", "可由汽修工兼任"],
        [4, "质检员", "技术质检组", "保修厂厂长",
         "1.对进厂车辆故障诊断进行复核；\n2.负责二级维护、总成大修竣工检验；\n3.签发车辆竣工出厂合格证；\n"
         "4.统计分析返修数据，提出质量改进意见。",
         "大专及以上学历，汽车运用工程相关专业；\n持高级汽车维修工证书或机动车检测维修工程师证书；\n5年以上客车维修经验。",
         "6500-8500元/月", ""],
    ]
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGH", (6, 16, 12, 12, 50, 50, 14, 14)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("班组设置")
    ws2.append(["班组", "人数", "班长"])
    ws2.append(["机修班", 46, "王建国"])
    ws2.append(["电工班", 12, "李明"])
    ws2.append(["轮胎班", 6, "（由机修班长兼管）"])
    ws2.append(["技术质检组", 4, "—"])
    wb.save(OUT / "jc03_保修厂岗位一览.xlsx")


# ---------------------------------------------------------------- jc04 xlsx KPI library
def jc04():
    wb = openpyxl.Workbook()
    wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2024, 3, 1)
    ws = wb.active
    ws.title = "驾驶员"
    ws.merge_cells("A1:F1")
    ws["A1"] = "公交驾驶员月度绩效考核指标库"
    ws.append(["维度", "指标名称", "权重", "计算公式/定义", "数据来源", "考核周期"])
    data = [
        ("安全类(40%)", "责任事故次数", "20%", "当月负同等及以上责任的交通事故次数，0次得满分，每次扣10分", "安全技术部", "月度"),
        (None, "交通违章次数", "10%", "电子警察及交警现场处罚次数，每次扣5分", "安全技术部", "月度"),
        (None, "安全驾驶行为报警数", "10%", "车载主动安全系统（ADAS/DMS）有效报警次数，每10次扣2分", "智能调度中心", "月度"),
        ("服务类(25%)", "有效投诉次数", "15%", "经客服核实的有效投诉，每件扣5分", "客服中心", "月度"),
        (None, "报站规范率", "10%", "稽查合格次数/稽查总次数×100%", "稽查队", "月度"),
        ("营运类(20%)", "准点发车率", "12%", "准点发车趟次/计划趟次×100%", "智能调度中心", "月度"),
        (None, "计划趟次完成率", "8%", "实际完成趟次/计划趟次×100%", "调度室", "月度"),
        ("节能类(15%)", "百公里电耗", "10%", "与线路定额比较，低于定额加分，高于定额每1%扣1分", "保修厂", "月度"),
        (None, "车辆例检完成率", "5%", "例检记录完整天数/出车天数×100%", "车队", "月度"),
    ]
    for r in data:
        ws.append(list(r))
    ws.merge_cells("A3:A5"); ws.merge_cells("A6:A7"); ws.merge_cells("A8:A9"); ws.merge_cells("A10:A11")

    ws = wb.create_sheet("调度站务")
    ws.append(["岗位", "维度", "指标名称", "权重", "评分标准"])
    rows = [
        ("调度员", "营运类", "首末班准点率", "25%", "首末班车准点率100%得满分，每误点一次扣5分"),
        (None, "营运类", "发车间隔合格率", "25%", "高峰发车间隔不超过计划间隔2分钟为合格"),
        (None, "内部运营类", "调度指令差错次数", "20%", "每发生一次差错扣10分"),
        (None, "内部运营类", "异常事件上报及时率", "15%", "异常事件5分钟内上报为及时"),
        (None, "学习成长类", "调度台账完整率", "15%", "台账缺项每项扣2分"),
        ("站务员", "客户类", "站容站貌检查合格率", "40%", "每周检查，不合格一次扣5分"),
        (None, "客户类", "乘客问询满意度", "30%", "神秘乘客测评得分"),
        (None, "内部运营类", "遗失物品登记移交及时率", "30%", "24小时内移交为及时"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A2:A6"); ws.merge_cells("A7:A9")

    ws = wb.create_sheet("保修厂")
    ws.append(["考核指标", "汽修工", "汽车电工", "轮胎工", "质检员", "评分规则"])
    rows = [
        ("一次修复率", "30%", "30%", "", "", "一次修复合格台次/维修总台次×100%，目标≥95%"),
        ("返修率", "20%", "20%", "20%", "30%", "竣工后7日内因同一故障返修的比例，目标≤2%"),
        ("维修工时定额完成率", "25%", "20%", "30%", "", "实际完成定额工时/标准工时"),
        ("轮胎百公里磨耗", "", "", "30%", "", "与轮胎档案定额对比"),
        ("竣工检验漏检次数", "", "", "", "40%", "每漏检一次扣10分"),
        ("安全生产与5S", "25%", "30%", "20%", "30%", "现场检查，违章作业一次扣5分"),
    ]
    for r in rows:
        ws.append(list(r))

    ws = wb.create_sheet("智能调度中心")
    ws.append(["部门", "岗位", "维度", "指标名称", "权重", "目标值"])
    rows = [
        ("智能调度中心", "智能调度员", "营运类", "全网准点率", "30%", "≥92%"),
        (None, None, "营运类", "大间隔处置及时率", "25%", "≥98%"),
        (None, None, "客户类", "乘客实时到站信息准确率", "20%", "≥95%"),
        (None, None, "内部运营类", "系统故障报修及时率", "25%", "30分钟内"),
        (None, "数据分析员", "内部运营类", "客流分析报告按时提交率", "40%", "100%"),
        (None, None, "客户类", "线路优化建议采纳数", "30%", "每季度≥2条"),
        (None, None, "学习成长类", "数据准确率", "30%", "≥99%"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.merge_cells("A2:A8"); ws.merge_cells("B2:B5"); ws.merge_cells("B6:B8")

    ws = wb.create_sheet("评分规则")
    for line in [
        "一、月度考核得分=Σ（各指标得分×权重），满分100分。",
        "二、考核结果分为四档：A档（95分及以上）、B档（85-94分）、C档（70-84分）、D档（70分以下）。",
        "三、A档人员当月绩效工资上浮10%，D档人员当月绩效工资下浮20%。",
        "四、连续两个月考核为D档的，调离原岗位并参加待岗培训。",
        "五、发生负主要及以上责任的重大交通事故，当月考核直接定为D档。",
    ]:
        ws.append([line])
    wb.save(OUT / "jc04_KPI指标库.xlsx")


# ---------------------------------------------------------------- jc05 org chart txt
ORG = """江城公交集团有限公司组织架构图（2024年3月）

董事长
└─ 总经理
　　├─ 党群工作部（党群干事）
　　├─ 人力资源部
　　│　　├─ 薪酬专员
　　│　　└─ 招聘培训专员
　　├─ 财务部
　　│　　├─ 会计
　　│　　└─ 出纳
　　├─ 法务审计部（法务专员）
　　├─ 安全技术部
　　│　　├─ 安全员
　　│　　└─ 机务员
　　├─ 智能调度中心
　　│　　├─ 智能调度员
　　│　　└─ 数据分析员
　　├─ 客户服务中心
　　│　　└─ 热线话务员（96118服务热线）
　　├─ 第一营运分公司（江北区）
　　│　　├─ 调度室（调度室主任、调度员）
　　│　　├─ 车队（车队长、线路长、公交驾驶员）
　　│　　├─ 场站组（站长、站务员、车辆保洁员）
　　│　　└─ 稽查队（稽查队队长、稽查员）
　　├─ 第二营运分公司（城南区）
　　│　　└─ 机构设置同第一营运分公司
　　├─ 保修厂
　　│　　├─ 机修班（汽修工）
　　│　　├─ 电工班（汽车电工）
　　│　　├─ 轮胎班（轮胎工）
　　│　　└─ 技术质检组（质检员）
　　├─ 场站管理部
　　│　　├─ 场站管理员
　　│　　└─ 充电桩运维员
　　└─ 广告传媒公司（广告经营专员）

注：各营运分公司安全员业务上受安全技术部指导。
"""


def jc05():
    (OUT / "jc05_集团组织架构.txt").write_text(ORG, encoding="utf-8")


# ---------------------------------------------------------------- jc06 html careers
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>加入我们 - 江城公交集团</title></head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/news">新闻动态</a> | <a href="/jobs">人才招聘</a> | <a href="/contact">联系我们</a></div>
<div class="main">
<h1>江城公交集团2024年春季招聘</h1>
<p>江城公交集团现有营运线路286条、公交车辆3400余台，诚邀有志之士加入！</p>

<div class="job">
<h2>公交驾驶员（第一营运分公司）</h2>
<ul class="meta">
<li>工作地点：江北区（北湖停保场）</li>
<li>招聘人数：40人</li>
<li>薪资待遇：7000-9000元/月（含安全奖、趟次奖）</li>
</ul>
<h3>岗位要求</h3>
<ul>
<li>持A3及以上驾驶证，驾龄3年以上；</li>
<li>年龄55周岁以下，身体健康；</li>
<li>无酒驾、毒驾记录。</li>
</ul>
<p>福利：五险二金、免费工作餐、带薪年休假、每年健康体检。</p>
</div>

<div class="job">
<h2>公交驾驶员（第二营运分公司）</h2>
<ul class="meta">
<li>工作地点：城南区（南港首末站）</li>
<li>招聘人数：25人</li>
<li>薪资待遇：6500-8500元/月（含安全奖、趟次奖）</li>
</ul>
<h3>岗位要求</h3>
<ul>
<li>持A1或A3驾驶证，驾龄3年以上；</li>
<li>年龄50周岁以下；</li>
<li>有公交或长途客运经验者优先。</li>
</ul>
<p>福利：五险二金、夜班补贴、带薪年休假。</p>
</div>

<div class="job">
<h2>热线话务员</h2>
<ul class="meta">
<li>所属部门：客户服务中心（96118服务热线）</li>
<li>工作地点：集团总部（江北区解放大道88号）</li>
<li>薪资待遇：4200-5200元/月</li>
</ul>
<h3>工作内容</h3>
<ul>
<li>接听96118服务热线，解答线路、换乘、票价咨询；</li>
<li>受理乘客投诉与建议，按流程派单给相关分公司并跟踪回访；</li>
<li>登记失物招领信息，协调站务员查找；</li>
<li>每日整理话务记录，形成热点问题日报。</li>
</ul>
<h3>任职要求</h3>
<ul>
<li>大专及以上学历，普通话二级甲等及以上；</li>
<li>打字速度每分钟50字以上；</li>
<li>能接受早7点至晚9点的轮班。</li>
</ul>
</div>

<div class="job">
<h2>数据分析员</h2>
<ul class="meta">
<li>所属部门：智能调度中心</li>
<li>汇报对象：智能调度中心主任</li>
<li>薪资待遇：8000-12000元/月</li>
</ul>
<h3>工作内容</h3>
<ul>
<li>基于刷卡、GPS和客流计数数据，开展线路客流分析；</li>
<li>按月编制线网运行分析报告，为线路调整、发车间隔优化提供数据支持；</li>
<li>维护营运数据仓库和报表，保证数据口径一致。</li>
</ul>
<h3>任职要求</h3>
<ul>
<li>本科及以上学历，统计学、交通工程、计算机相关专业；</li>
<li>熟练使用SQL、Python或R；</li>
<li>有公共交通或出行数据分析经验者优先。</li>
</ul>
</div>
</div>
<div class="footer">版权所有 © 江城公交集团有限公司 | 鄂ICP备00000000号</div>
</body>
</html>
"""


def jc06():
    (OUT / "jc06_人才招聘.html").write_text(HTML, encoding="utf-8")


# ---------------------------------------------------------------- jc07 csv postings
def jc07():
    rows = [
        ["岗位名称", "所属部门", "招聘人数", "学历要求", "岗位职责", "任职要求", "薪资范围", "工作地点"],
        ["智能调度员", "智能调度中心", "6",
         "大专及以上",
         "1.通过智能调度平台实时监控全网车辆运行；\n2.对大间隔、串车、滞站等异常进行远程调度；\n"
         "3.发布临时调度指令并跟踪执行；\n4.处理车载终端报警信息，必要时通知安全技术部。",
         "熟悉公交营运调度业务，有2年以上调度员工作经历优先；\n能熟练操作计算机；\n适应24小时轮班。",
         "6000-8000元/月", "集团总部调度大厅"],
        ["薪酬专员", "人力资源部", "1", "本科及以上",
         "1.负责全集团月度工资、绩效工资核算；\n2.办理社会保险、住房公积金增减员；\n3.编制人工成本月报。",
         "人力资源管理、财务相关专业；\n3年以上大型企业薪酬核算经验；\n持人力资源管理师（三级）证书优先。",
         "7000-9000元/月", "集团总部"],
        ["场站管理员", "场站管理部", "3", "高中及以上",
         "1.负责停保场车辆停放秩序和进出场登记；\n2.巡查场站消防设施和充电区域安全；\n3.管理场站外包保洁、安保人员。",
         "2年以上物业或场站管理经验；\n持消防设施操作员证书者优先。",
         "4500-5500元/月", "北湖停保场、南港停保场"],
        ["会计", "财务部", "1", "本科及以上",
         "1.负责票款收入、政府补贴资金的核算；\n2.编制月度财务报表；\n3.协助年度审计。",
         "会计学相关专业，持初级及以上会计专业技术资格证书；\n2年以上会计工作经验。",
         "面议", "集团总部"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    (OUT / "jc07_社会招聘岗位.csv").write_bytes(buf.getvalue().encode("utf-8-sig"))


# ---------------------------------------------------------------- jc08 pdf
def pdf_bytes(pages):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] >>".encode())
    pages_no = add(b"")
    kids = []
    for lines in pages:
        ops = ["BT"]
        y = 800
        for size, text in lines:
            hexs = text.encode("utf-16-be").hex().upper()
            x = 50
            if size == 9:
                x, y = 260, 40
            elif size >= 16:
                x = 297 - len(text) * size // 2
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
            y -= size + 11
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add(b"<< /Producer (gen.py) >>")
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
    return bytes(out)


PDF_PAGES = [
    [
        (16, "江城公交集团驾驶员安全考核办法"),
        (10, "（JCGJ-AQ-2024-03号，2024年1月1日起施行）"),
        (11, "第一条 为强化公交驾驶员安全行车意识，预防和减少交通事故，制定本办法。"),
        (11, "第二条 本办法适用于集团各营运分公司在岗公交驾驶员，由安全技术部负责解释。"),
        (11, "第三条 驾驶员实行安全积分制，每人每年基础分12分，按自然年度计算，"),
        (11, "次年1月1日起重新计分。"),
        (11, "第四条 安全积分扣分标准如下表："),
        (11, "序号  违规行为                                 扣分"),
        (11, "1     行车中使用手机                           3分"),
        (11, "2     未礼让斑马线行人                         3分"),
        (11, "3     超速10%以上                              6分"),
        (11, "4     车门未关闭即起步                         6分"),
        (11, "5     负次要责任交通事故                       4分"),
        (9, "第 1 页 共 2 页"),
    ],
    [
        (11, "续表"),
        (11, "序号  违规行为                                 扣分"),
        (11, "6     负同等责任交通事故                       6分"),
        (11, "7     负主要责任交通事故                       9分"),
        (11, "8     负全部责任交通事故或致人重伤             12分"),
        (11, "9     酒后驾驶、疲劳驾驶                       12分"),
        (11, "第五条 安全积分扣满12分的，停止驾驶工作，参加不少于7天的安全再培训，"),
        (11, "经考试合格后方可重新上岗。"),
        (11, "第六条 全年安全积分未扣分的驾驶员，年终发放安全行车奖1200元；"),
        (11, "连续安全行车满5年的，授予“安全标兵”称号。"),
        (11, "第七条 驾驶员对扣分有异议的，可在收到通知之日起5个工作日内向安全技术部申请复核。"),
        (9, "第 2 页 共 2 页"),
    ],
]


def jc08():
    (OUT / "jc08_驾驶员安全考核办法.pdf").write_bytes(pdf_bytes(PDF_PAGES))


# ---------------------------------------------------------------- jc09 md handbook
HANDBOOK = """# 江城公交集团员工手册（2024版）

> 本手册适用于集团全体员工。各分公司可制定实施细则，但不得与本手册相抵触。

## 第一章 排班与工时

1. 营运岗位实行早、晚两班制：早班5:30-13:30，晚班13:00-21:30，具体以车队排班表为准。
2. 排班表由车队长每周五公布下一周安排，驾驶员需调班的，应提前2天向车队长申请。
3. 驾驶员连续驾驶不得超过4小时，每趟终点站休息时间不少于10分钟。
4. 夜班（21:30以后收车）每次发放夜班补贴30元。

## 第二章 考勤

1. 驾驶员应在首班发车前20分钟到场签到，完成酒精测试和车辆例检后方可出车。
2. 管理人员实行标准工时制，工作时间为8:30-12:00、13:30-17:30。
3. 迟到或早退30分钟以内的，每次扣款50元；超过30分钟按旷工半天处理。
4. 连续旷工3天或一年内累计旷工5天的，按严重违纪解除劳动合同。

## 第三章 请假

1. 事假须提前1天提交申请：3天以内由车队长（部门负责人）审批，3天以上由分公司经理审批。
2. 病假须提供二级及以上医院出具的病假证明，急病可先电话报告调度室，事后3日内补办手续。
3. 婚假、产假、丧假按国家和江城市规定执行。
4. 员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天。

## 第四章 试用期与转正

1. 新录用驾驶员试用期为3个月，其他岗位试用期为2个月。
2. 驾驶员试用期内须完成跟车实习不少于15个工作日，由带教师傅签字确认。
3. 试用期满经考核合格办理转正；试用期内发生负同等及以上责任事故的，不予转正。

## 第五章 培训

1. 新员工须参加岗前培训，驾驶员岗前培训不少于72学时，内容包括安全法规、线路熟悉、服务规范和应急处置。
2. 在岗驾驶员每年参加继续教育不少于24学时，未完成的年度考核不得评为A档。
3. 新能源车辆驾驶员须通过集团组织的新能源车辆操作考核。

## 第六章 安全行车奖惩

1. 驾驶员安全行车满一年且无责任事故的，年终发放安全行车奖（标准见《驾驶员安全考核办法》）。
2. 安全行车累计达到100万公里的，授予“百万公里安全驾驶员”称号并奖励5000元。
3. 发生负同等及以上责任事故的，按事故损失的10%-30%承担经济责任，最高不超过2万元。
4. 因违规操作被乘客投诉属实的，每次扣减当月服务奖100元。

## 第七章 薪酬发放

1. 工资每月15日发放上月工资，遇节假日提前。
2. 驾驶员工资由基本工资、趟次工资、安全奖、服务奖和各项补贴构成。
"""


def jc09():
    (OUT / "jc09_员工手册.md").write_text(HANDBOOK, encoding="utf-8")


# ---------------------------------------------------------------- jc10 gbk txt
SAFETY = """江城公交集团安全技术部岗位职责

部门职能：负责集团安全生产监督管理、车辆技术管理和机务管理。

岗位：安全员\t直接上级：安全技术部部长\t定员：12人（各分公司派驻）

序号\t职责内容
1\t监督检查各车队安全生产制度落实情况，每月对每条线路跟车检查不少于2次
2\t组织驾驶员安全教育、事故案例学习和应急演练
3\t参与交通事故现场处置、调查取证和责任分析，建立事故档案
4\t审核驾驶员安全积分扣分记录，按月通报
5\t检查停保场、充电区域消防安全，督促隐患整改

任职条件：
大专及以上学历，安全工程或交通运输相关专业；
持注册安全工程师证书或安全生产管理人员资格证书；
3年以上道路运输企业安全管理经验。

岗位：机务员\t直接上级：安全技术部部长\t定员：5人

序号\t职责内容
1\t负责车辆技术档案管理，建立一车一档
2\t编制车辆年度维护计划，督促保修厂按期完成二级维护
3\t组织车辆年审、营运证审验和技术等级评定
4\t负责新购车辆验收和报废车辆技术鉴定
5\t统计分析车辆故障率、百公里维修费用

任职条件：
大专及以上学历，汽车运用或机械相关专业；
5年以上汽车维修或技术管理经验，持汽车维修工（高级）证书者优先；
熟悉新能源客车技术标准。
"""


def jc10():
    (OUT / "jc10_安全技术部岗位职责.txt").write_bytes(SAFETY.replace("\n", "\r\n").encode("gbk"))


def _normalize_zip(path):
    """Rewrite a docx/xlsx with fixed entry timestamps so the bytes are reproducible."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            if name == "docProps/core.xml":
                import re
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-03-01T00:00:00Z", data)
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


if __name__ == "__main__":
    for fn in (jc01, jc02, jc03, jc04, jc05, jc06, jc07, jc08, jc09, jc10):
        fn()
    for p in sorted(OUT.glob("*.docx")) + sorted(OUT.glob("*.xlsx")):
        _normalize_zip(p)
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")
