# -*- coding: utf-8 -*-
"""Round 55 blind trial 'ski': a ski-resort operator (松岭雪场).

Writes 10 HR documents to $T55_OUT (default /tmp/t55ski/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import copy
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = Path(os.environ.get("T55_OUT", "/tmp/t55ski/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "吉林松岭雪山旅游度假有限公司"
SHORT = "松岭雪场"


# ----------------------------------------------------------------- 01 docx: two-pane JD cards
POSTS1 = [
    dict(
        name="双板滑雪教练", code="SL-HX-01",
        facts=[("所属部门", "滑雪学校"), ("直接上级", "教学主管"), ("直接下属", "无"),
               ("工作地点", "松岭雪场初级道、中级道教学区"),
               ("班次", "日场8:30-16:30，夜场轮值每周不超过2次"),
               ("用工性质", "雪季季节工"), ("薪资", "底薪4500元/月+课时提成")],
        duties=[
            "按滑雪学校排课开展双板团体课和私教课教学，每课前检查学员装备与身体状况；",
            "根据学员水平划分初级、中级、高级教学组，制定分阶段教学计划；",
            "在教学区设置标志桩和安全隔离，禁止学员擅自进入未开放雪道；",
            "学员摔伤或身体不适时，第一时间呼叫巡逻救护员并留守现场；",
            "课后填写《教学记录卡》，向学员推荐进阶课程；",
            "参加每周一次的教学例会和技术复训。",
        ],
        quals=[("学历", "高中及以上"), ("专业", "体育类专业优先"),
               ("经验", "2个雪季以上双板教学经验"),
               ("证书", "社会体育指导员（滑雪）国家职业资格证书"),
               ("其他", "年龄18-45周岁，能用英语或韩语进行简单教学者优先")],
        note="〔HR批注：2025年10月起私教课提成比例由30%调整为35%，以当季薪酬方案为准。〕",
    ),
    dict(
        name="单板教练", code="SL-HX-02",
        facts=[("所属部门", "滑雪学校"), ("直接上级", "教学主管"), ("直接下属", "无"),
               ("工作地点", "单板公园及初级道"), ("班次", "同双板滑雪教练"),
               ("用工性质", "雪季季节工"), ("薪资", "底薪4500元/月+课时提成")],
        duties=[
            "开展单板入门、进阶及公园技巧（跳台、道具）教学；",
            "教授学员正确的摔倒保护姿势与起立方法；",
            "每日开课前检查单板公园道具和跳台落地区雪况，发现隐患报告雪务部；",
            "负责单板教学护具、头盔的领用登记与归还；",
            "配合营销专员拍摄教学短视频。",
        ],
        quals=[("学历", "高中及以上"), ("专业", "不限"),
               ("经验", "1个雪季以上单板教学经验，能完成基础刻滑和平花动作"),
               ("证书", "社会体育指导员（滑雪·单板）证书"),
               ("其他", "持有CASI一级及以上证书者优先")],
        note=None,
    ),
    dict(
        name="索道操作员", code="SL-SD-03",
        facts=[("所属部门", "索道部"), ("直接上级", "索道值班长"), ("直接下属", "无"),
               ("工作地点", "1号吊厢索道、2号吊椅索道上下站"),
               ("班次", "早班7:00-15:00、中班14:30-22:30两班倒"),
               ("用工性质", "全职"), ("薪资", "月薪5200-6000元")],
        duties=[
            "每日开机前按《索道日检表》检查驱动站、迂回站及抱索器，并空载试运行不少于2个循环；",
            "监控索道运行速度、风速和乘客上下车秩序，风速超过15m/s时按规程停车；",
            "引导乘客排队上车，协助儿童、老人和携带雪具的乘客安全乘坐；",
            "遇停电、卡绳等故障时立即启动应急预案，配合救援人员实施疏散；",
            "填写《索道运行日志》，做好交接班。",
        ],
        quals=[("学历", "中专或高中及以上"), ("专业", "机电类专业优先"),
               ("经验", "1年以上索道或机电设备操作经验"),
               ("证书", "特种设备作业人员证（客运索道司机）"),
               ("其他", "身体健康，能适应高寒户外作业，无恐高症")],
        note="〔HR批注：原“风速超过20m/s”已按2025年索道安全检验意见改为15m/s。〕",
    ),
    dict(
        name="压雪车司机", code="SL-XW-04",
        facts=[("所属部门", "雪务部"), ("直接上级", "压雪班长"), ("直接下属", "无"),
               ("工作地点", "全场雪道"), ("班次", "夜班20:00至次日6:00"),
               ("用工性质", "全职"), ("薪资", "月薪7000-8500元（含夜班补贴）")],
        duties=[
            "按雪务部下达的《夜间压雪作业单》对雪道进行压实、平整和梳雪；",
            "作业前检查压雪车液压、履带和绞盘系统，做好车辆日常保养记录；",
            "陡坡作业时正确使用绞盘锚点，严禁在有人员的雪道上作业；",
            "作业后报告雪道状况和积雪厚度，标注需补雪区域；",
            "协助造雪工转运雪枪、雪炮。",
        ],
        quals=[("学历", "初中及以上"), ("专业", "不限"),
               ("经验", "2年以上压雪车或工程机械驾驶经验"),
               ("证书", "C1及以上驾驶证、场（厂）内专用机动车辆作业证"),
               ("其他", "能适应长期夜班作业")],
        note=None,
    ),
    dict(
        name="造雪工", code="SL-XW-05",
        facts=[("所属部门", "雪务部"), ("直接上级", "造雪班长"), ("直接下属", "无"),
               ("工作地点", "各雪道造雪点及泵房"),
               ("班次", "造雪期（11月-次年1月）三班倒，其余时间日班"),
               ("用工性质", "雪季季节工"), ("薪资", "日薪260元")],
        duties=[
            "根据气温和湿度选择造雪时机，湿球温度低于-2℃时开机造雪；",
            "操作雪枪、雪炮及泵房设备，调整水气比和喷射角度；",
            "巡查造雪管线，防止管道冻裂，停机后及时排空积水；",
            "记录造雪量、用水量和用电量；",
            "服从压雪班组的堆雪和推雪安排。",
        ],
        quals=[("学历", "初中及以上"), ("专业", "不限"),
               ("经验", "有造雪或水泵设备操作经验者优先"),
               ("证书", "低压电工作业证"),
               ("其他", "能在零下25℃低温环境下夜间作业")],
        note=None,
    ),
    dict(
        name="雪场巡逻救护员", code="SL-AQ-06",
        facts=[("所属部门", "安全救护部"), ("直接上级", "巡逻队长"), ("直接下属", "无"),
               ("工作地点", "全场雪道及山顶、山腰救护站"),
               ("班次", "日场7:30-16:30、夜场15:30-22:30"),
               ("用工性质", "全职"), ("薪资", "月薪5500-6500元")],
        duties=[
            "开园前巡查全部开放雪道，确认防护网、警示牌和雪道标识完好；",
            "营业期间分区巡逻，制止逆行、高速冲撞、在雪道中间停留等危险行为；",
            "接到伤情报告后5分钟内到达现场，实施现场急救和雪地担架转运；",
            "闭园前执行清道扫尾巡查，确认雪道无滞留人员；",
            "填写《伤情处置记录》，配合保险理赔调查。",
        ],
        quals=[("学历", "高中及以上"), ("专业", "医学、护理或体育类专业优先"),
               ("经验", "中级及以上滑雪水平，能背负救护包在黑道滑行"),
               ("证书", "红十字救护员证"),
               ("其他", "有户外救援经验者优先")],
        note=None,
    ),
]


def shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))


def set_cell_text(cell, lines, bold_first=False, size=10):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        r = p.add_run(ln)
        r.font.size = Pt(size)
        if bold_first and first:
            r.bold = True
        first = False


def doc01():
    d = Document()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{SHORT}·人力资源部　受控文件　SL-HR-JD-2025　第3版"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "本汇编自2025年11月15日起执行，2023版岗位说明书同时废止。"
    d.add_heading("岗位说明书汇编（2025-2026雪季）", 0)
    d.add_paragraph(f"编制单位：{CO}人力资源部　　适用范围：滑雪学校、索道部、雪务部、安全救护部")
    d.add_paragraph("阅读说明：每个岗位一张卡片，左栏为岗位基本信息，右栏为岗位职责与任职资格。灰色斜体为人力资源部批注。")
    for i, p in enumerate(POSTS1, 1):
        d.add_heading(f"卡片{i:02d}　{p['name']}", 2)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        left, right = t.rows[0].cells
        left.width = Cm(5.5)
        right.width = Cm(11)
        shade(left, "DCE6F1")
        set_cell_text(left, [f"岗位编号　{p['code']}"] + [f"{k}：{v}" for k, v in p["facts"]])
        right.text = ""
        rp = right.paragraphs[0]
        rr = rp.add_run("▍岗位职责")
        rr.bold = True
        for j, du in enumerate(p["duties"], 1):
            right.add_paragraph(f"{j}. {du}")
        rp2 = right.add_paragraph()
        rr2 = rp2.add_run("▍任职资格")
        rr2.bold = True
        for k, v in p["quals"]:
            right.add_paragraph(f"{k}——{v}")
        if p["note"]:
            np_ = d.add_paragraph()
            nr = np_.add_run(p["note"])
            nr.italic = True
            nr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    d.add_heading("附：本汇编未收录的岗位", 2)
    d.add_paragraph("教学主管、压雪班长、造雪班长、巡逻队长等班组长岗位的说明书另册发布。")
    d.save(OUT / "01_岗位说明书汇编（2025-2026雪季）.docx")


# ----------------------------------------------------------------- 02 docx: prose handbook
TEXTBOX_XML = """
<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2200000" cy="1500000"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="TextBox %d"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2200000" cy="1500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>
<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>
"""


def add_textbox(paragraph, lines, idn):
    inner = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{ln}</w:t></w:r></w:p>" for ln in lines)
    el = parse_xml(TEXTBOX_XML % (nsdecls("w"), idn, idn, inner))
    paragraph._p.append(el)


def doc02():
    d = Document()
    d.sections[0].header.paragraphs[0].text = f"{SHORT}雪季运营手册（客服与票务篇）　2025版"
    d.add_heading("雪季运营手册（客服、票务与安全篇）", 0)
    d.add_paragraph("修订记录：2025年10月第2次修订，主要变更见文中〔修订〕标注。")
    d.add_heading("第一章　总则", 1)
    d.add_paragraph("1.1　本手册适用于松岭雪场市场票务部、客户服务部（雪具大厅）和安全救护部的一线岗位。"
                    "雪季营业期一般为每年12月1日至次年3月15日，具体以开板公告为准。")
    d.add_paragraph("1.2　各岗位员工应熟悉本手册所列职责，上岗前须完成岗前培训并考核合格。")
    d.add_heading("第二章　票务岗位", 1)
    p = d.add_paragraph("2.1　票务员")
    p.runs[0].bold = True
    tbp = d.add_paragraph()
    add_textbox(tbp, ["岗位速览", "部门：市场票务部", "上级：票务领班", "地点：游客服务中心售票大厅",
                      "班次：早班7:30-16:00／晚班13:30-22:00", "月薪：3800-4500元"], 101)
    d.add_paragraph("票务员是游客到达雪场后接触的第一个岗位。票务员负责雪票、租赁套票和教学课程的售卖与核销；"
                    "负责线上预订订单的取票、改签和退票办理，严格执行退票规则；"
                    "每班次结束后核对现金、POS及线上收款，编制《营业日报》；"
                    "门禁闸机异常时负责人工验票；向游客解释票价政策和优惠规则，处理票务投诉并及时上报票务领班。")
    d.add_paragraph("任职要求：高中或中专及以上学历；1年以上收银或售票工作经验；熟练使用票务系统和办公软件；普通话标准，"
                    "服务意识强。")
    rev = d.add_paragraph()
    rr = rev.add_run("〔修订 2025-10-08：票务员的直接上级由“票务主管”改为“票务领班”，票务主管岗位撤销。〕")
    rr.italic = True
    d.add_heading("第三章　雪具大厅岗位", 1)
    p = d.add_paragraph("3.1　雪具租赁员")
    p.runs[0].bold = True
    d.add_paragraph("雪具租赁员隶属客户服务部，在雪具大厅工作，直接上级为雪具大厅主管。"
                    "班次分早班7:00-15:30和晚班14:00-22:30。其主要工作按时段列示如下：")
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.rows[0].cells[0].text = "时段"
    t.rows[0].cells[1].text = "工作内容"
    rows = [
        ("开板前（7:00-8:30）", "清点雪板、雪鞋、雪杖和头盔数量，整理尺码架，检查固定器是否松动"),
        ("营业中", "根据游客身高、体重和滑雪水平调节固定器DIN值，发放雪具并登记押金"),
        ("营业中", "雪具归还时检查损坏情况，按《雪具损坏赔偿标准》收取赔偿"),
        ("闭园后", "回收并清点雪具，烘干雪鞋，将需要修磨的雪板移交雪具维修技师"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a
        c[1].text = b
    d.add_paragraph("任职要求：高中及以上学历；能承担搬运雪具等体力工作；会滑雪者优先。")
    p = d.add_paragraph("3.2　雪具维修技师")
    p.runs[0].bold = True
    d.add_paragraph("岗位职责：略（见《雪具维修与保养规程》）。")
    d.add_heading("第四章　安全与营销岗位", 1)
    p = d.add_paragraph("4.1　安全主管")
    p.runs[0].bold = True
    d.add_paragraph("安全主管是安全救护部的负责人，向运营副总经理汇报，下设巡逻队长和救护站医生。"
                    "安全主管负责组织制定雪季安全管理制度和应急预案；每月组织一次索道、压雪、造雪等高风险作业的安全检查；"
                    "组织巡逻救护队每季度开展不少于两次应急救援演练；负责伤害事故的调查、统计和上报；"
                    "对新入职员工开展三级安全教育。")
    d.add_paragraph("安全主管须具备本科及以上学历，安全工程或相关专业；5年以上安全管理经验，其中2年以上滑雪场或旅游景区安全管理经验；"
                    "持有注册安全工程师证书。工作地点为雪场安全救护中心，实行年薪制。")
    p = d.add_paragraph("4.2　营销专员")
    p.runs[0].bold = True
    d.add_paragraph("营销专员的职责与任职要求以官网招聘页面为准，本手册不再重复。")
    p = d.add_paragraph("4.3　雪地摩托驾驶员")
    p.runs[0].bold = True
    d.add_paragraph("拟于2026-2027雪季增设雪地摩托体验项目，届时设立雪地摩托驾驶员岗位，职责和任职要求另行制定。")
    d.add_heading("附录A　2023-2024雪季票务员岗位职责（已废止）", 1)
    d.add_paragraph("（本附录仅供对照，自2025年10月起废止。）票务员直接上级：票务主管。职责：负责售票和验票；"
                    "负责发放储物柜钥匙并收取押金；每日向财务交款。")
    d.save(OUT / "02_雪季运营手册（客服票务与安全篇）.docx")


# ----------------------------------------------------------------- 03 xlsx: KPI library by month of season
KPI = {
    "滑雪学校": {
        "双板滑雪教练": [
            ("课时完成量", 0.30, ["80课时", "120课时", "120课时", "60课时"], "当月实际授课课时数", "教学排课系统"),
            ("学员满意度", 0.25, ["≥95%"] * 4, "满意评价数÷评价总数×100%", "课后评价小程序"),
            ("学员受伤率", 0.20, ["≤0.5‰"] * 4, "教学中受伤学员人次÷授课人次×1000‰", "安全救护部伤情记录"),
            ("私教课转化率", 0.15, ["≥8%"] * 4, "团体课学员购买私教课人数÷团体课学员数×100%", "票务系统"),
            ("教学记录完整率", 0.10, ["100%"] * 4, "填写完整的教学记录卡数÷应填数×100%", "滑雪学校抽查"),
        ],
        "单板教练": [
            ("课时完成量", 0.30, ["60课时", "100课时", "100课时", "50课时"], "当月实际授课课时数", "教学排课系统"),
            ("学员满意度", 0.25, ["≥95%"] * 4, "满意评价数÷评价总数×100%", "课后评价小程序"),
            ("教学安全事故次数", 0.20, ["0起"] * 4, "教学中发生的需送医的事故次数", "安全救护部伤情记录"),
            ("课程复购率", 0.15, ["≥20%"] * 4, "再次购课学员数÷当月学员数×100%", "票务系统"),
            ("教学装备丢失损坏率", 0.10, ["≤1%"] * 4, "丢失损坏件数÷领用件数×100%", "装备领用台账"),
        ],
    },
    "索道部": {
        "索道操作员": [
            ("索道安全运行率", 0.30, ["100%"] * 4, "无责任事故运行小时÷总运行小时×100%", "索道运行日志"),
            ("日检完成率", 0.25, ["100%"] * 4, "按时完成的日检次数÷应检次数×100%", "索道日检表"),
            ("非计划停机次数", 0.20, ["≤2次"] * 4, "因操作原因造成的非计划停机次数", "索道运行日志"),
            ("乘客平均排队时长", 0.15, ["≤10分钟", "≤15分钟", "≤15分钟", "≤10分钟"], "高峰时段抽样测算", "客服部抽查"),
            ("运行日志规范率", 0.10, ["100%"] * 4, "规范填写日志数÷日志总数×100%", "索道值班长检查"),
        ],
    },
    "雪务部": {
        "压雪车司机": [
            ("压雪作业完成率", 0.30, ["100%"] * 4, "完成作业单面积÷计划面积×100%", "夜间压雪作业单"),
            ("雪道平整度达标率", 0.25, ["≥95%"] * 4, "晨检达标雪道数÷开放雪道数×100%", "雪务部晨检"),
            ("车辆故障停机时长", 0.20, ["≤8小时"] * 4, "当月因保养不到位导致的停机小时数", "设备台账"),
            ("燃油消耗控制率", 0.15, ["≤预算"] * 4, "实际油耗÷预算油耗×100%", "油料台账"),
            ("安全作业", 0.10, ["0事故"] * 4, "作业安全事故次数", "安全救护部"),
        ],
        "造雪工": [
            ("造雪量完成率", 0.35, ["100%", "100%", "不考核", "不考核"], "实际造雪量÷计划造雪量×100%", "造雪记录"),
            ("单位造雪能耗", 0.25, ["≤2.5度/立方米", "≤2.5度/立方米", "不考核", "不考核"], "耗电量÷造雪量", "能耗台账"),
            ("管线冻裂事故次数", 0.20, ["0次"] * 4, "因未及时排空导致的冻裂次数", "雪务部"),
            ("造雪记录完整率", 0.20, ["100%"] * 4, "完整记录天数÷造雪天数×100%", "造雪记录"),
        ],
    },
    "安全救护部": {
        "雪场巡逻救护员": [
            ("伤情响应时间", 0.30, ["≤5分钟"] * 4, "接报至到达现场的平均时长", "对讲机调度记录"),
            ("巡逻覆盖率", 0.25, ["100%"] * 4, "按时巡逻的区段数÷应巡逻区段数×100%", "巡逻打卡"),
            ("清道执行率", 0.20, ["100%"] * 4, "执行清道的闭园次数÷闭园次数×100%", "清道记录"),
            ("伤情记录完整率", 0.15, ["100%"] * 4, "完整记录份数÷处置伤情数×100%", "伤情处置记录"),
            ("应急演练参与率", 0.10, ["100%"] * 4, "参加演练次数÷组织演练次数×100%", "安全主管"),
        ],
    },
    "市场票务部": {
        "票务员": [
            ("售票差错率", 0.30, ["≤0.1%"] * 4, "差错笔数÷售票总笔数×100%", "票务系统"),
            ("长短款金额", 0.25, ["0元"] * 4, "班次结束核对的长款、短款金额", "营业日报"),
            ("有效投诉次数", 0.20, ["≤1次"] * 4, "经核实的票务投诉次数", "客服投诉台账"),
            ("线上订单核销时效", 0.15, ["≤3分钟"] * 4, "线上订单取票平均办理时长", "票务系统"),
            ("营业日报及时率", 0.10, ["100%"] * 4, "按时提交日报数÷应提交数×100%", "财务部"),
        ],
        "营销专员": [
            ("线上渠道销售额", 0.30, ["80万元", "150万元", "200万元", "60万元"], "OTA、小程序及直播渠道销售额合计", "票务系统"),
            ("新媒体粉丝净增", 0.20, ["≥5000", "≥8000", "≥8000", "≥3000"], "抖音、小红书、公众号粉丝净增合计", "平台后台"),
            ("团体客源签约数", 0.20, ["≥10家"] * 4, "当月新签旅行社、学校、企业团体协议数", "合同台账"),
            ("营销活动投入产出比", 0.20, ["≥1:5"] * 4, "活动带来销售额÷活动投入", "市场票务部"),
            ("营销月报及时率", 0.10, ["100%"] * 4, "按时提交月报数÷应提交数×100%", "市场票务部经理"),
        ],
    },
}

OLD_KPI = [
    ("票务员", "售票差错率", 0.40, "≤0.2%"),
    ("票务员", "储物柜钥匙回收率", 0.20, "100%"),
    ("票务员", "长短款金额", 0.40, "0元"),
    ("索道操作员", "索道安全运行率", 0.50, "100%"),
    ("索道操作员", "日检完成率", 0.50, "100%"),
]


def xlsx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = f"{SHORT}岗位KPI指标库（2025-2026雪季）"
    ws["A3"] = "1. 考核周期为雪季营业月（12月、1月、2月、3月），每月考核一次，各月目标值见“月度目标值”列。"
    ws["A4"] = "2. 每个岗位的指标权重合计为100%，合计行为公式自动计算。"
    ws["A5"] = "3. 非雪季（4月-11月）季节工不考核，全职岗位按《非雪季维护期考核办法》执行（另行发布）。"
    ws["A6"] = "4. “2023-24雪季（作废）”工作表仅作历史对照，不再使用。"
    ws.column_dimensions["A"].width = 90
    thin = Side(style="thin")
    bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    hdr_fill = PatternFill("solid", fgColor="BDD7EE")
    for dept, posts in KPI.items():
        s = wb.create_sheet(dept)
        s["A1"] = f"{dept}岗位KPI指标库（2025-2026雪季）"
        s.merge_cells("A1:J1")
        s["A1"].font = Font(bold=True, size=14)
        # two-row header
        heads = ["考核岗位", "序号", "指标名称", "权重", "月度目标值（雪季）", None, None, None, "计算公式", "数据来源"]
        for c, h in enumerate(heads, 1):
            if h:
                s.cell(row=2, column=c, value=h)
        for c, h in zip(range(5, 9), ["12月", "1月", "2月", "3月"]):
            s.cell(row=3, column=c, value=h)
        s.merge_cells("E2:H2")
        for c in (1, 2, 3, 4, 9, 10):
            s.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
        for r in (2, 3):
            for c in range(1, 11):
                s.cell(row=r, column=c).fill = hdr_fill
                s.cell(row=r, column=c).font = Font(bold=True)
                s.cell(row=r, column=c).border = bd
                s.cell(row=r, column=c).alignment = Alignment(horizontal="center", vertical="center")
        r = 4
        for post, inds in posts.items():
            start = r
            for i, (nm, w, tg, fm, src) in enumerate(inds, 1):
                s.cell(row=r, column=2, value=i)
                s.cell(row=r, column=3, value=nm)
                c = s.cell(row=r, column=4, value=w)
                c.number_format = "0%"
                for k in range(4):
                    s.cell(row=r, column=5 + k, value=tg[k])
                s.cell(row=r, column=9, value=fm)
                s.cell(row=r, column=10, value=src)
                r += 1
            s.cell(row=start, column=1, value=post)
            s.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            s.cell(row=start, column=1).alignment = Alignment(vertical="center", wrap_text=True)
            s.cell(row=r, column=3, value="权重合计")
            c = s.cell(row=r, column=4, value=f"=SUM(D{start}:D{r-1})")
            c.number_format = "0%"
            r += 2
        for col, wdt in zip("ABCDEFGHIJ", [14, 6, 20, 8, 11, 11, 11, 11, 42, 18]):
            s.column_dimensions[col].width = wdt
    s = wb.create_sheet("2023-24雪季（作废）")
    s["A1"] = "2023-2024雪季KPI（作废，仅供对照）"
    s.append(["岗位", "指标", "权重", "目标值"])
    for row in OLD_KPI:
        s.append(list(row))
    wb.save(OUT / "03_岗位KPI指标库（2025-2026雪季）.xlsx")


# ----------------------------------------------------------------- 04 xlsx: staffing & pay, one sheet per employment type
def xlsx04():
    wb = Workbook()
    ws = wb.active
    ws.title = "全职岗位"
    full = [
        ("索道部", "索道值班长", 4, "索道部经理", "大专及以上", "特种设备作业人员证（客运索道司机）", "月薪", "6500-7500元", "A/B"),
        ("索道部", "索道操作员", 24, "索道值班长", "中专或高中及以上", "特种设备作业人员证（客运索道司机）", "月薪", "5200-6000元", "A/B"),
        ("雪务部", "压雪车司机", 8, "压雪班长", "初中及以上", "场（厂）内专用机动车辆作业证", "月薪", "7000-8500元", "N"),
        ("安全救护部", "安全主管", 1, "运营副总经理", "本科及以上", "注册安全工程师", "年薪", "15-20万元", "D"),
        ("安全救护部", "雪场巡逻救护员", 16, "巡逻队长", "高中及以上", "红十字救护员证", "月薪", "5500-6500元", "D/E"),
        ("市场票务部", "票务员", 10, "票务领班", "高中或中专及以上", "—", "月薪", "3800-4500元", "A/C"),
        ("市场票务部", "营销专员", 3, "市场票务部经理", "本科及以上", "—", "月薪", "6000-8000元+绩效", "D"),
    ]
    seas = [
        ("滑雪学校", "双板滑雪教练", 40, "教学主管", "高中及以上", "社会体育指导员（滑雪）", "月薪", "底薪4500元+课时提成", "D"),
        ("滑雪学校", "单板教练", 20, "教学主管", "高中及以上", "社会体育指导员（滑雪·单板）", "月薪", "底薪4500元+课时提成", "D"),
        ("雪务部", "造雪工", 12, "造雪班长", "初中及以上", "低压电工作业证", "日薪", "260元", "A/B/N"),
        ("客户服务部", "雪具租赁员", 18, "雪具大厅主管", "高中及以上", "—", "日薪", "180元", "A/C"),
    ]

    def fill(s, title, rows):
        s["A1"] = title
        s.merge_cells("A1:I1")
        s["A1"].font = Font(bold=True, size=13)
        s["A2"] = "岗位基本信息"
        s.merge_cells("A2:D2")
        s["E2"] = "任职条件"
        s.merge_cells("E2:F2")
        s["G2"] = "用工与薪酬"
        s.merge_cells("G2:I2")
        s.append(["部门", "岗位", "编制（人）", "直接上级", "最低学历", "必备证书", "计薪方式", "薪资标准", "班次代码"])
        for row in rows:
            s.append(list(row))
        for c in "ABCDEFGHI":
            s.column_dimensions[c].width = 16
        s.column_dimensions["F"].width = 34
        s["I3"].comment = Comment("A=早班7:00-15:00；B=中班14:30-22:30；C=晚班13:30-22:00；"
                                  "D=日场8:00-17:00；E=夜场15:30-22:30；N=夜班20:00-次日6:00", "HR")

    fill(ws, f"{SHORT}定岗定编及薪酬表（全职岗位，2025-2026雪季）", full)
    s2 = wb.create_sheet("雪季季节工")
    fill(s2, f"{SHORT}定岗定编及薪酬表（雪季季节工，合同期12月1日至次年3月15日）", seas)
    s2.cell(row=len(seas) + 5, column=1, value="注：季节工包食宿；日薪按实际出勤天数结算，每月15日发放上月工资。")
    wb.save(OUT / "04_定岗定编及薪酬表.xlsx")


# ----------------------------------------------------------------- 05 csv: recruiting mini-program export
def csv05():
    rows = [
        ["需求编号", "岗位", "部门", "人数", "用工性质", "到岗时间", "工作地点", "学历要求", "经验要求", "证书要求", "薪资", "食宿", "状态", "备注"],
        ["XQ2025-011", "双板滑雪教练", "滑雪学校", "15", "季节工", "2025-11-25", "松岭雪场", "高中及以上", "2个雪季以上教学经验", "社会体育指导员（滑雪）", "底薪4500元/月+课时提成", "包食宿", "招聘中", "会英语|韩语优先"],
        ["XQ2025-012", "单板教练", "滑雪学校", "8", "季节工", "2025-11-25", "松岭雪场", "高中及以上", "1个雪季以上教学经验", "社会体育指导员（滑雪·单板）", "底薪4500元/月+课时提成", "包食宿", "招聘中", "CASI一级优先"],
        ["XQ2025-013", "雪具租赁员", "客户服务部", "10", "季节工", "2025-11-28", "雪具大厅", "高中及以上", "不限", "无", "日薪180元", "包食宿", "招聘中", "能吃苦|会滑雪优先|需站立工作"],
        ["XQ2025-014", "票务员", "市场票务部", "4", "全职", "2025-11-20", "游客服务中心售票大厅", "高中或中专及以上", "1年以上收银或售票经验", "无", "3800-4500元/月", "提供住宿", "招聘中", "熟练使用票务系统"],
        ["XQ2025-015", "索道操作员", "索道部", "6", "全职", "2025-11-15", "1号、2号索道站", "中专或高中及以上", "1年以上索道或机电设备操作经验", "特种设备作业人员证（客运索道司机）", "5200-6000元/月", "提供住宿", "招聘中", "无恐高症"],
        ["XQ2025-016", "造雪工", "雪务部", "5", "季节工", "2025-11-01", "各造雪点及泵房", "初中及以上", "有造雪经验优先", "低压电工作业证", "日薪260元", "包食宿", "已招满", "2025-10-30关闭"],
        ["XQ2025-017", "儿童乐园看护员", "客户服务部", "3", "季节工", "", "", "", "", "", "", "", "暂缓", "职责待定"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    w.writerow(["合计", "7个需求", "", "51", "", "", "", "", "", "", "", "", "", ""])
    (OUT / "05_雪季招聘需求导出.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ----------------------------------------------------------------- 06 html: careers page
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>加入松岭 | 松岭雪场 2025-2026雪季招聘</title>
<style>.crumb{color:#888}.float{position:fixed;right:10px;bottom:40px}ol.jobs>li{margin:20px 0;border-top:1px solid #ccc}
s{color:#999}</style></head>
<body>
<nav class="crumb">首页 &gt; 关于松岭 &gt; 加入我们</nav>
<h1>加入松岭，和雪一起工作</h1>
<p>吉林松岭雪山旅游度假有限公司位于吉林市丰满区，拥有雪道28条、索道2条。以下为本雪季社会招聘岗位。</p>
<ol class="jobs">
<li>
<h4>营销专员</h4>
<p><strong>部门</strong>：市场票务部　<strong>汇报对象</strong>：市场票务部经理</p>
<p><strong>工作地点</strong>：吉林市市区办公室（雪季驻场）　<strong>薪资</strong>：6000-8000元/月+绩效</p>
<p><strong>你要做的：</strong></p>
<ol type="a">
<li>策划雪季开板、圣诞、春节等节点营销活动并跟进执行；</li>
<li>运营雪场抖音、小红书和微信公众号，每周发布不少于5条内容；</li>
<li>对接旅行社、学校、企业团建等渠道，拓展团体客源；</li>
<li>统计各渠道销售数据，每月输出营销效果分析报告；</li>
<li>维护会员体系，策划季卡、次卡促销方案。</li>
</ol>
<p><strong>我们希望你：</strong></p>
<ol type="a">
<li>本科及以上学历，市场营销、新闻传播等相关专业；</li>
<li>2年以上文旅或快消行业营销经验；</li>
<li>热爱滑雪运动，有滑雪经历者优先。</li>
</ol>
</li>
<li>
<h4>雪场巡逻救护员</h4>
<p><strong>部门</strong>：安全救护部　<strong>汇报对象</strong>：巡逻队长</p>
<p><strong>工作地点</strong>：松岭雪场　<strong>薪资</strong>：5500-6500元/月</p>
<p><strong>你要做的：</strong></p>
<ol type="a">
<li>雪道巡逻、危险行为劝阻与伤员急救转运；</li>
<li>闭园清道，确认无滞留人员。</li>
</ol>
<p><strong>我们希望你：</strong></p>
<ol type="a">
<li>高中及以上学历，持红十字救护员证；</li>
<li>中级及以上滑雪水平，能背负救护包在黑道滑行。</li>
</ol>
</li>
<li>
<h4>压雪车司机</h4>
<p><strong>部门</strong>：雪务部　<strong>汇报对象</strong>：压雪班长</p>
<p><strong>工作地点</strong>：松岭雪场　<strong>薪资</strong>：7000-8500元/月（含夜班补贴）</p>
<p><strong>你要做的：</strong>夜间雪道压实、平整和梳雪，压雪车日常保养。</p>
<p><strong>我们希望你：</strong>2年以上压雪车或工程机械驾驶经验，持C1及以上驾驶证和场（厂）内专用机动车辆作业证。</p>
</li>
<li>
<h4><s>造雪工</s>（已招满）</h4>
<p><s>部门：雪务部　日薪260元，包食宿。</s></p>
</li>
</ol>
<div class="float">扫码咨询 HR 微信：songling_hr</div>
<footer>© 2025 吉林松岭雪山旅游度假有限公司　简历投递：hr@songling-ski.example</footer>
</body>
</html>
"""


def html06():
    (OUT / "06_加入我们.html").write_text(HTML, encoding="utf-8")


# ----------------------------------------------------------------- 07 pdf: instructor grades + coach KPI form
def pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="wqy", fontSize=10, leading=15)
    h1 = ParagraphStyle("h1", fontName="wqy", fontSize=16, leading=22, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="wqy", fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    cell = ParagraphStyle("c", fontName="wqy", fontSize=9, leading=12)

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("wqy", 8)
        canvas.drawString(40, 810, "松岭雪场滑雪学校　教练员管理制度　SL-HX-ZD-02")
        canvas.drawRightString(555, 30, f"第{doc.page}页")
        canvas.restoreState()

    story = [Paragraph("滑雪学校教练员分级与考核标准（2025年修订）", h1),
             Paragraph("一、适用范围：本标准适用于滑雪学校双板滑雪教练和单板教练，教练员由教学主管统一管理和排课。", st),
             Paragraph("二、教练员分级", h2)]
    data = [["等级", "可教授课程", "任职条件", "课时费"],
            ["初级教练", "零基础入门课、初级道团体课", "持社会体育指导员证书，1个雪季教学经验", "80元/课时"],
            ["中级教练", "中级道进阶课、私教课", "3个雪季以上教学经验，通过场内中级考核", "120元/课时"],
            ["高级教练", "高级道技术课、新教练带教", "5个雪季以上教学经验，持CSIA或CASI三级证书", "180元/课时"]]
    data = [[Paragraph(c, cell) for c in r] for r in data]
    t = Table(data, colWidths=[60, 140, 220, 70])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8),
              Paragraph("三、晋级规则：教练员每个雪季末可申请晋级一次，由教学主管组织技术考核和试讲，考核通过后次雪季起按新等级计发课时费。", st),
              Paragraph("四、教练员月度考核", h2),
              Paragraph("滑雪教练月度考核按下表执行（双板、单板通用，详细目标值见KPI指标库）：", st)]
    data2 = [["考核项目", "权重", "评分办法"],
             ["课时完成量", "30%", "完成目标得满分，每少10课时扣5分"],
             ["学员满意度", "25%", "低于95%每降1个百分点扣2分"],
             ["教学安全", "20%", "发生需送医事故一次扣20分"],
             ["课程转化", "15%", "私教课转化率或课程复购率达标得满分"],
             ["教学记录", "10%", "缺一份扣1分"]]
    data2 = [[Paragraph(c, cell) for c in r] for r in data2]
    t2 = Table(data2, colWidths=[100, 50, 300])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t2, PageBreak(),
              Paragraph("五、教学主管岗位职责", h2),
              Paragraph("略（见《滑雪学校管理手册》第二章）。", st),
              Paragraph("六、其他", h2),
              Paragraph("教练员在雪季期间须统一穿着滑雪学校制服上课，不得私自招揽学员收费授课，违者解除劳动合同。", st)]
    doc = SimpleDocTemplate(str(OUT / "07_滑雪学校教练员分级与考核标准.pdf"), pagesize=A4,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    doc.build(story, onFirstPage=header, onLaterPages=header)


# ----------------------------------------------------------------- 08 md: training table with ditto marks
MD = """# 松岭雪场岗前培训手册（2025-2026雪季）

> 适用：全体新入职及返岗季节工。培训由人力资源部组织，各部门配合。

## 一、培训安排

| 培训对象 | 培训模块 | 学时 | 考核方式 |
|---|---|---|---|
| 索道操作员 | 索道结构与日检流程 | 8 | 实操考核 |
| 〃 | 索道停车与救援疏散演练 | 6 | 实操考核 |
| 〃 | 乘客服务规范 | 2 | 笔试 |
| 雪具租赁员 | 固定器DIN值调节 | 4 | 实操考核 |
| 〃 | 押金与赔偿规则 | 2 | 笔试 |
| 雪场巡逻救护员 | 雪地急救与担架转运 | 16 | 实操考核 |
| 〃 | 对讲机调度规范 | 2 | 笔试 |
| 全体员工 | 三级安全教育 | 8 | 笔试 |

## 二、索道值班长（带班岗位）

索道值班长每班1人，向索道部经理汇报，带领本班索道操作员。

职责：

1. 每班开机前复核操作员的日检记录，签字确认后方可开机；
2. 根据风速和客流决定索道降速、停机和恢复运行；
3. 组织本班人员开展每月一次的停车救援演练；
4. 处理乘客投诉和突发情况，重大情况报告索道部经理。

任职要求：大专及以上学历，持特种设备作业人员证（客运索道司机），3年以上索道操作经验。

## 三、培训纪律

- 培训期间不得缺勤，缺勤超过4学时须重新培训；
- 考核不合格者不得独立上岗。
"""


def md08():
    (OUT / "08_岗前培训手册.md").write_text(MD, encoding="utf-8")


# ----------------------------------------------------------------- 09 GBK txt: patrol team work rules (deep outline)
GBK = """松岭雪场巡逻救护队工作规范
（安全救护部　2025年11月印发）

一、队伍组成
　（一）巡逻救护队隶属安全救护部，由安全主管领导，下设巡逻队长2名（日场、夜场各1名）和雪场巡逻救护员16名。
　（二）雪场巡逻救护员的直接上级为当班巡逻队长。
二、巡逻救护员工作要求
　（一）开园前
　　1．7:30到岗，领取对讲机、救护包和AED。
　　2．按分区巡查雪道，重点检查：
　　　（1）防护网是否破损、倒伏；
　　　（2）警示牌、雪道难度标识是否齐全；
　　　（3）雪道边缘是否有暴露的石块、树桩。
　（二）营业中
　　1．每人负责一个巡逻区段，每小时至少巡滑一次。
　　2．发现危险行为及时劝阻：
　　　①逆行或横穿雪道；
　　　②在雪道中间坐卧、停留；
　　　③超出自身水平进入高级道。
　　3．接到伤情报告后5分钟内到场，按“评估—固定—转运”顺序处置，必要时呼叫120。
　（三）闭园后
　　1．按区段执行清道，最后一名巡逻员到达山底后向巡逻队长报告“清道完毕”。
　　2．当日伤情处置记录须在下班前录入系统。
三、班次
　　日场7:30-16:30；夜场15:30-22:30。夜场巡逻员须佩戴头灯和反光背心。
四、装备
　　救护包、真空夹板、雪地担架（阿基亚）、AED由救护站统一保管，每日交接时清点。
"""


def txt09():
    (OUT / "09_巡逻救护队工作规范.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------- 10 UTF-16 txt: seasonal worker policy
POLICY = """吉林松岭雪山旅游度假有限公司
雪季季节工用工管理办法

第一条　为规范雪季季节工的招用和管理，制定本办法。
第二条　季节工是指在雪季营业期内（每年12月1日至次年3月15日）以劳务协议形式用工的人员，包括滑雪教练、造雪工、雪具租赁员等。
第三条　季节工须年满18周岁，身体健康，上岗前完成岗前培训并考核合格。
第四条　季节工实行综合计算工时，雪季高峰期（春节、元旦）原则上不安排休假。
第五条　公司为季节工提供员工宿舍和工作餐，宿舍为4人间。
第六条　季节工每月15日发放上月劳务报酬；提前离岗的，按实际出勤结算。
第七条　返岗季节工（连续两个雪季在岗）每日另加返岗补贴20元。
第八条　本办法由人力资源部负责解释，自2025年11月1日起施行。
"""


def txt10():
    (OUT / "10_雪季季节工用工管理办法.txt").write_bytes(POLICY.encode("utf-16"))


if __name__ == "__main__":
    doc01()
    doc02()
    xlsx03()
    xlsx04()
    csv05()
    html06()
    pdf07()
    md08()
    txt09()
    txt10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
