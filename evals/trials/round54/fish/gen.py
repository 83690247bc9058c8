"""Round 54 'fish': 浙江海晟水产食品有限公司 — 10 HR documents of a seafood processing plant.

Run: T54_OUT=/tmp/t54fish/corpus /tmp/genv/bin/python gen.py
Layouts (new in this round):
  HS01 docx  fill-in-the-blank JD forms: several "标签：<underlined value>" pairs per paragraph, an empty
             underlined field, duty tables with 职责类别 merged down + 权重, a struck old value with an inline
             〔修订〕 note, a "略" post, controlled-document header/footer.
  HS02 docx  department handbook: 修订记录 table, 部门共同职责 shared by two posts, duties by 班前/班中/班后
             (merged), facts written as a prose sentence, a certificate table nested in a cell, a named-only post,
             a void 2023 appendix.
  HS03 xlsx  KPI library: 指标库 of codes, rich-text cells, post blocks with the post merged down and a two-row
             header "考核标准 → 目标值 | 计分规则", quarterly targets on a trade sheet, a void 2024 sheet.
  HS04 xlsx  定岗定员: title row, two-row grouped header (班次安排 ●, 月薪范围 下限/上限), 部门 merged down, shift legend.
  HS05 csv   piece-rate & allowance table (one row per 工序), a superseded row.
  HS06 html  careers page: per posting a 4-column <th>/<td> fact grid + <ol>/<ul>, a closed posting in <s>.
  HS07 pdf   任职资格标准 table with group rows spanning all columns and wrapped cells; page 2 a post's duties.
  HS08 md    new-hire training exam: multiple choice / true-false with the answer key at the end.
  HS09 txt   GBK 红头 notice amending the handbook by reference (学历, 直接上级, a new duty, a shift).
  HS10 txt   UTF-16LE policy (考勤与倒班), naming posts it does not describe.
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T54_OUT", "/tmp/t54fish/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "浙江海晟水产食品有限公司"


# ---------------------------------------------------------------- helpers (docx)
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def fill_line(doc, pairs):
    """One paragraph of '标签：<underlined value>' pairs separated by full-width spaces."""
    p = doc.add_paragraph()
    for i, (lab, val) in enumerate(pairs):
        if i:
            p.add_run("　　")
        p.add_run(lab + "：")
        r = p.add_run("　" + val + "　" if val else "　" * 8)
        r.font.underline = True
    return p


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def duty_table(doc, groups, weights=True):
    """groups: [(category, [(duty, weight), ...]), ...] -> 职责类别 merged down."""
    cols = ["职责类别", "序号", "工作内容"] + (["权重"] if weights else [])
    n = sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=1 + n, cols=len(cols))
    t.style = "Table Grid"
    for i, c in enumerate(cols):
        t.cell(0, i).text = c
        shade(t.cell(0, i))
    r = 1
    k = 1
    for cat, items in groups:
        top = r
        for duty, w in items:
            t.cell(r, 1).text = str(k)
            t.cell(r, 2).text = duty
            if weights:
                t.cell(r, 3).text = w
            r += 1
            k += 1
        c = t.cell(top, 0)
        if r - 1 > top:
            c = c.merge(t.cell(r - 1, 0))
        c.text = cat
    return t


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- HS01 docx
def hs01():
    d = Document()
    set_cjk(d)
    header_footer(d, f"{CO}　　受控文件　编号：HS/HR-JD-01　版本：B/2",
                  "人力资源部编制　　仅限内部使用　　未经批准不得复印")
    d.add_heading("岗位说明书（生产系统、品控系统）", 0)
    d.add_paragraph("说明：本册收录生产部、品控部岗位说明书。下划线处为岗位基本信息，由用人部门填写、人力资源部审核；"
                    "职责权重为该项工作占全部工作时间的比例。")

    # 一、车间主任
    d.add_heading("一、车间主任", 1)
    fill_line(d, [("岗位名称", "车间主任"), ("岗位编号", "SC-01"), ("所属部门", "生产部")])
    fill_line(d, [("直接上级", "生产副总"), ("直接下级", "班组长、分拣工、包装工"), ("定编", "2人")])
    fill_line(d, [("工作地点", "沈家门厂区一号加工车间"), ("班次", "常白班，旺季轮值夜班")])
    d.add_paragraph("岗位目的：组织车间按计划、按质量标准完成水产品加工任务，保证食品安全和生产安全。")
    d.add_paragraph("（一）岗位职责")
    duty_table(d, [
        ("生产管理", [("根据生产计划下达的日计划，组织安排原料解冻、分拣、加工、速冻、包装各工序生产，确保订单按期交付", "30%"),
                  ("合理调配班组人员和设备，控制车间产能利用率和原料加工得率", "15%")]),
        ("质量与食品安全", [("监督各工序执行SSOP卫生标准操作程序，配合品控部做好CCP关键控制点监控", "20%"),
                     ("对车间发现的不合格品组织隔离、返工，参与质量事故原因分析", "10%")]),
        ("安全与现场", [("落实车间安全生产责任制，组织班前安全讲话和氨制冷区域安全巡查", "10%"),
                   ("推行6S现场管理，督促班组做好清洗消毒和交接班记录", "10%")]),
        ("人员管理", [("负责车间员工的排班、考勤、技能培训和计件工资核对", "5%")]),
    ])
    d.add_paragraph("（二）任职资格")
    fill_line(d, [("学历", "大专及以上"), ("专业", "食品科学、水产品加工及贮藏等相关专业")])
    fill_line(d, [("工作经验", "5年以上水产或食品加工企业生产管理经验，其中3年以上车间管理经验")])
    fill_line(d, [("职称", ""), ("证书", "健康证")])
    fill_line(d, [("其他", "熟悉HACCP、BRC体系，能适应旺季连续加班")])

    # 二、分拣工
    d.add_heading("二、分拣工", 1)
    fill_line(d, [("岗位名称", "分拣工"), ("岗位编号", "SC-05"), ("所属部门", "生产部")])
    fill_line(d, [("直接上级", "班组长"), ("直接下级", "无"), ("定编", "60人")])
    fill_line(d, [("工作地点", "一号、二号加工车间"), ("班次", "两班倒（早班、中班）")])
    d.add_paragraph("岗位目的：按规格标准完成原料挑拣、分级和初加工，保证产品规格准确、卫生合格。")
    d.add_paragraph("（一）岗位职责")
    duty_table(d, [
        ("分级挑拣", [("按品控员下发的规格标准，对南美白对虾、带鱼、鱿鱼等原料进行挑拣、分级、去杂", "40%"),
                  ("按工艺要求完成去头、去肠线、剥壳等初加工", "30%")]),
        ("称重标识", [("对分级后的产品进行称重、摆盘，做好批次标识", "15%")]),
        ("卫生与报告", [("保持工位清洁，每2小时对刀具、砧板进行一次消毒", "10%"),
                   ("发现异物、变质原料立即报告班组长，不得自行处理", "5%")]),
    ])
    d.add_paragraph("（二）任职资格")
    fill_line(d, [("学历", "初中及以上"), ("年龄", "18—50周岁")])
    fill_line(d, [("工作经验", "不限，有水产加工经验者优先")])
    fill_line(d, [("证书", "食品从业人员健康证明（健康证）")])
    fill_line(d, [("其他", "能适应低温潮湿环境（车间温度不高于15℃），长时间站立作业")])

    # 三、品控员
    d.add_heading("三、品控员", 1)
    fill_line(d, [("岗位名称", "品控员"), ("岗位编号", "PK-03"), ("所属部门", "品控部")])
    fill_line(d, [("直接上级", "品控主管"), ("直接下级", "无"), ("定编", "8人")])
    fill_line(d, [("工作地点", "加工车间及原料码头验收点"), ("班次", "跟随生产班次三班倒")])
    d.add_paragraph("岗位目的：通过原料验收、过程巡检和成品放行，确保产品符合食品安全标准和客户要求。")
    d.add_paragraph("（一）岗位职责")
    duty_table(d, [
        ("过程检验", [("对进厂原料进行感官检验和温度测定，填写《原料验收记录》", "20%"),
                  ("按工艺文件巡检各工序，每小时记录一次中心温度、镀冰衣率等参数", "25%"),
                  ("监控金属探测CCP点，每30分钟用标准测试块校验一次金属探测器", "20%")]),
        ("成品放行", [("对成品进行抽检，核对标签、批号、规格，合格后签发《成品放行单》", "15%")]),
        ("记录与纠偏", [("发现偏离关键限值时立即通知车间主任并执行纠偏，填写《纠偏记录》", "10%"),
                   ("整理当班品控记录，次日9点前交品控主管审核", "10%")]),
    ])
    d.add_paragraph("（二）任职资格")
    fill_line(d, [("学历", "大专及以上"), ("专业", "食品质量与安全、水产养殖、生物工程等相关专业")])
    fill_line(d, [("工作经验", "1年以上食品企业品控经验，优秀应届毕业生可培养")])
    fill_line(d, [("证书", "健康证；持有HACCP内审员证书者优先")])
    fill_line(d, [("其他", "熟悉GB 2733《鲜、冻动物性水产品》等标准")])

    # 四、化验员
    d.add_heading("四、化验员", 1)
    fill_line(d, [("岗位名称", "化验员"), ("岗位编号", "PK-05"), ("所属部门", "品控部（检测中心）")])
    fill_line(d, [("直接上级", "检测中心主任"), ("直接下级", "无"), ("定编", "4人")])
    fill_line(d, [("工作地点", "厂区检测中心实验室"), ("班次", "常白班")])
    d.add_paragraph("岗位目的：按标准方法完成原料和成品检测，为产品放行和出口申报提供准确数据。")
    d.add_paragraph("（一）岗位职责")
    duty_table(d, [
        ("理化检测", [("负责原料及成品的挥发性盐基氮、组胺、二氧化硫残留等理化指标检测", "35%")]),
        ("微生物检测", [("负责菌落总数、大肠菌群、副溶血性弧菌等微生物指标检测", "30%")]),
        ("仪器与试剂", [("负责检测仪器的日常维护、期间核查和年度送检", "10%"),
                   ("配制和标定试剂，管理危化品试剂的领用台账", "10%")]),
        ("报告", [("按时出具检测报告，对检测数据的真实性负责", "15%")]),
    ])
    d.add_paragraph("（二）任职资格")
    fill_line(d, [("学历", "大专及以上"), ("专业", "食品检测、分析化学、微生物等相关专业")])
    p = d.add_paragraph()
    p.add_run("工作经验：")
    r = p.add_run("　不限　")
    r.font.strike = True
    r = p.add_run("　1年以上实验室检测经验　")
    r.font.underline = True
    p.add_run("〔修订2025-03：经验要求由“不限”改为“1年以上实验室检测经验”〕")
    fill_line(d, [("证书", "化学检验员（中级）职业技能等级证书")])
    fill_line(d, [("其他", "无色盲、色弱")])

    # 五、包装工
    d.add_heading("五、包装工", 1)
    fill_line(d, [("岗位名称", "包装工"), ("岗位编号", "SC-06"), ("所属部门", "生产部")])
    fill_line(d, [("直接上级", "班组长"), ("直接下级", "无"), ("定编", "20人")])
    d.add_paragraph("（一）岗位职责：略。")
    d.add_paragraph("（二）任职资格：略。")
    d.save(OUT / "HS01_岗位说明书（生产与品控）.docx")


# ---------------------------------------------------------------- HS02 docx
def hs02():
    d = Document()
    set_cjk(d)
    header_footer(d, "海晟水产 · 仓储物流部 / 设备动力部　岗位工作手册（2025年版）", "HS/HR-SC-02　　第2版　　人力资源部归口")
    d.add_heading("仓储物流与设备动力岗位工作手册", 0)
    d.add_paragraph("修订记录")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("版本", "日期", "修订内容"),
                             ("第1版", "2023年2月", "首次发布"),
                             ("第2版", "2025年1月", "增加制冷工岗位；调整冷库管理员任职资格；2023版冷库管理员说明书废止（见附录A）")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_heading("第一章　总则", 1)
    d.add_paragraph("1.1 本手册适用于仓储物流部、设备动力部全体员工。部门内各岗位的考核指标见《2025年度KPI指标库》，"
                    "薪酬见《定岗定员与薪酬表》。")
    d.add_paragraph("1.2 低温库作业人员须穿戴公司配发的防寒服、防寒手套和防滑鞋，进入冷库须两人同行。")

    d.add_heading("第二章　仓储物流部", 1)
    d.add_heading("2.1 部门共同职责（冷库管理员、叉车司机适用）", 2)
    for s in ["（1）遵守冷库安全管理规定，进入冷库前确认库内报警按钮和应急门可用；",
              "（2）保持月台、缓冲间清洁，装卸作业期间关闭冷库门帘，防止冷气外泄；",
              "（3）参加每季度一次的氨泄漏及冷库困人应急演练。"]:
        d.add_paragraph(s)

    d.add_heading("2.2 冷库管理员", 2)
    d.add_paragraph("冷库管理员隶属仓储物流部，向仓储物流部经理汇报，带领叉车司机和搬运工完成冷库作业，"
                    "工作地点为沈家门厂区1号、2号低温冷库，实行三班倒。")
    d.add_paragraph("岗位职责如下表：")
    t = d.add_table(rows=8, cols=3)
    t.style = "Table Grid"
    rows = [("时段", "序号", "工作内容"),
            ("班前", "1", "检查冷库温度记录仪，确认库温稳定在-18℃以下，填写《冷库温度记录表》"),
            ("", "2", "核对当班出入库计划，安排叉车司机作业顺序"),
            ("班中", "3", "按先进先出原则办理成品出入库，核对品名、批号、数量并扫码登记"),
            ("", "4", "控制冷库开门时间，每次开门不超过15分钟，防止库温波动"),
            ("", "5", "每4小时巡库一次，检查货物堆码高度、垫板和冷风机结霜情况"),
            ("班后", "6", "盘点当班库存，做到账、卡、物相符"),
            ("", "7", "填写交接班记录，异常情况报仓储物流部经理")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v:
                t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(2, 0)).text = "班前"
    t.cell(3, 0).merge(t.cell(5, 0)).text = "班中"
    t.cell(6, 0).merge(t.cell(7, 0)).text = "班后"
    d.add_paragraph("任职资格：")
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("项目", "要求"), ("学历", "中专及以上"),
                                ("工作经验", "2年以上冷链仓储管理经验"),
                                ("证书", "健康证"),
                                ("技能", "熟练使用WMS仓储管理系统和手持扫码终端"),
                                ("身体条件", "能适应-25℃低温环境作业")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b

    d.add_heading("2.3 叉车司机", 2)
    d.add_paragraph("叉车司机隶属仓储物流部，直接上级为冷库管理员，工作地点为冷库及装卸月台，实行三班倒。")
    d.add_paragraph("岗位职责：")
    for s in ["1．驾驶电动叉车完成冷库内成品的装卸、转运和堆垛；",
              "2．每班作业前对叉车进行十项检查（制动、转向、货叉、链条、电瓶等），填写《叉车日常点检表》；",
              "3．按冷库管理员指令顺序作业，严禁超载、超高堆码；",
              "4．负责集装箱装柜作业，配合外贸业务员核对装柜清单；",
              "5．负责叉车充电区的安全管理。"]:
        d.add_paragraph(s)
    d.add_paragraph("任职资格：")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "学历"
    t.cell(0, 1).text = "初中及以上"
    t.cell(1, 0).text = "工作经验"
    t.cell(1, 1).text = "1年以上叉车驾驶经验，有冷库作业经验者优先"
    t.cell(2, 0).text = "证书"
    inner_cell = t.cell(2, 1)
    inner_cell.text = "须同时持有下列证书："
    nt = inner_cell.add_table(rows=3, cols=3)
    nt.style = "Table Grid"
    for i, row in enumerate([("证书名称", "发证机关", "要求"),
                             ("特种设备作业人员证（N1叉车司机）", "市场监督管理局", "必须"),
                             ("健康证", "体检机构", "必须")]):
        for j, v in enumerate(row):
            nt.cell(i, j).text = v
    t.cell(3, 0).text = "其他"
    t.cell(3, 1).text = "无色盲，视力（含矫正）4.9以上"

    d.add_heading("第三章　设备动力部", 1)
    d.add_heading("3.1 设备维修工", 2)
    d.add_paragraph("设备维修工隶属设备动力部，直接上级为设备主管，负责全厂区生产设备，实行常白班，夜间轮流备班。")
    t = d.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    rows = [("类别", "序号", "工作内容"),
            ("维护维修", "1", "负责单冻机、平板速冻机、真空包装机、金属探测器等加工设备的日常维护和故障维修"),
            ("", "2", "按《设备点检标准》每日点检，按月执行预防性保养计划"),
            ("记录管理", "3", "建立设备维修记录和备品备件领用台账"),
            ("改造与安全", "4", "参与新设备安装调试和技术改造"),
            ("", "5", "维修作业严格执行挂牌上锁（LOTO）程序")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v:
                t.cell(i, j).text = v
    t.cell(1, 0).merge(t.cell(2, 0)).text = "维护维修"
    t.cell(4, 0).merge(t.cell(5, 0)).text = "改造与安全"
    d.add_paragraph("任职资格：中专、技校及以上学历，机电一体化、机械设备维修等相关专业；3年以上食品机械或制冷设备维修经验；"
                    "持有低压电工作业证（特种作业操作证）；会电焊、气焊者优先。")

    d.add_heading("3.2 制冷工", 2)
    d.add_paragraph("制冷工隶属设备动力部，直接上级为设备主管，工作地点为氨制冷机房，实行三班倒。")
    for s in ["1．负责氨制冷机房压缩机、冷凝器、蒸发器等设备的运行操作，每2小时巡检并记录一次运行参数；",
              "2．监控冷库及速冻库温度，及时调整供液和除霜；",
              "3．定期检查氨泄漏报警装置和应急喷淋设施，确保完好；",
              "4．参与氨泄漏应急演练和应急处置。"]:
        d.add_paragraph(s)
    d.add_paragraph("任职资格：高中或中专及以上学历；2年以上氨制冷系统操作经验；持有制冷与空调作业操作证（特种作业）。")

    d.add_heading("3.3 污水处理工", 2)
    d.add_paragraph("污水处理工岗位说明书由设备动力部另行制定。")

    d.add_heading("附录A　冷库管理员岗位说明（2023版，已废止）", 1)
    d.add_paragraph("【本附录仅供对照，自2025年1月起废止，不再执行】")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("直接上级", "仓储主管"), ("学历", "初中及以上"),
                                ("工作经验", "1年以上仓库保管工作经验"), ("证书", "无要求")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    d.save(OUT / "HS02_仓储物流与设备动力岗位工作手册.docx")


# ---------------------------------------------------------------- HS03 xlsx (KPI)
BOLD = InlineFont(b=True)
RED = InlineFont(color="FFC00000")


def rich(*parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append(TextBlock(p[0], p[1]))
        else:
            out.append(p)
    return CellRichText(*out)


INDICATORS = [
    ("PK01", "原料进厂验收及时率", "到货后2小时内完成验收的批次数÷到货总批次数×100%", "《原料验收记录》", "月度"),
    ("PK02", "CCP关键控制点监控记录完整率", "按规定频次完整记录的CCP监控次数÷应记录次数×100%", "CCP监控记录", "月度"),
    ("PK03", "成品出厂批次合格率", "检验合格的成品批次÷检验成品总批次×100%", "检测中心报告", "月度"),
    ("PK04", "客户有效质量投诉次数", "经确认属我方责任的客户投诉次数（质量原因）", "国际贸易部投诉台账", "季度"),
    ("PK05", "检测报告按时出具率", "在规定时限内出具的检测报告份数÷应出具份数×100%", "检测中心台账", "月度"),
    ("PK06", "检测结果比对准确率", "比对试验及能力验证结果合格次数÷参加总次数×100%", "比对记录", "季度"),
    ("SC01", "生产计划按期达成率", "实际完成产量÷计划产量×100%", "生产日报", "月度"),
    ("SC02", "原料综合加工得率", "成品重量÷投入原料重量×100%", "生产日报", "月度"),
    ("SC03", "人均每日分拣量", "当月分拣总量（公斤）÷出勤人天数", "计件统计表", "月度"),
    ("SC04", "分拣规格差错率", "品控抽检规格不符的数量÷抽检数量×100%", "品控巡检记录", "月度"),
    ("SC05", "安全生产事故次数", "车间发生的轻伤及以上安全事故次数", "安全台账", "月度"),
    ("SC06", "单位产品综合能耗", "车间用电量（度）÷成品产量（吨）", "能源计量表", "月度"),
    ("CC01", "库存账实相符比率", "盘点账实相符的品项数÷盘点品项总数×100%", "月末盘点表", "月度"),
    ("CC02", "冷库库温达标率", "库温在-18℃及以下的记录次数÷记录总次数×100%", "《冷库温度记录表》", "月度"),
    ("CC03", "出入库单据错误次数", "出入库单据品名、批号、数量错误的次数", "WMS系统", "月度"),
    ("CC04", "叉车作业违章次数", "叉车作业违章及事故次数（含超载、超高堆码）", "安全巡查记录", "月度"),
    ("CC05", "装柜按时完成率", "按出运计划准时完成装柜的柜数÷计划装柜数×100%", "装柜记录", "月度"),
    ("SB01", "设备完好台率", "完好设备台数÷设备总台数×100%", "设备台账", "月度"),
    ("SB02", "设备故障停机时长", "因设备故障造成生产线停机的累计小时数", "维修记录", "月度"),
    ("SB03", "预防性维护保养计划完成率", "实际完成保养项数÷计划保养项数×100%", "保养计划表", "月度"),
    ("WM01", "出口出运金额", "当期出口订单确认出运金额（万美元）", "财务报表", "季度"),
    ("WM02", "货款按期回收率", "到期按时回款金额÷到期应收金额×100%", "财务应收台账", "季度"),
    ("WM03", "新开发客户数", "首次下单的新客户数量", "CRM系统", "季度"),
    ("WM04", "单证出错次数", "因业务员原因造成的单证错误次数（出口报关、提单等）", "单证台账", "季度"),
]

BLOCKS = [
    ("品控员", "品控部", [("PK01", "原料验收及时率", "20%", "≥98%", "每低1个百分点扣2分"),
                      ("PK02", "CCP监控记录完整率", "30%", "100%", "缺记一次扣5分，伪造记录本项0分"),
                      ("PK03", "成品批次合格率", "25%", "≥99.5%", "每低0.1个百分点扣3分"),
                      ("PK04", "客户质量投诉次数", "15%", "0次", "每发生1次扣10分"),
                      ("—", "品控记录规范性", "10%", "抽查合格", "品控主管每周抽查，不合格一次扣2分")]),
    ("化验员", "品控部", [("PK05", "检测报告及时率", "40%", "100%", "常规项目24小时内出具，每延误一份扣5分"),
                      ("PK06", "检测结果准确率", "40%", "100%", "比对不合格一次扣20分"),
                      ("—", "仪器期间核查完成率", "20%", "100%", "每漏一台次扣5分")]),
    ("车间主任", "生产部", [("SC01", "生产计划完成率", "30%", "≥98%", "每低1个百分点扣3分"),
                       ("SC02", "原料加工得率", "25%", "虾仁≥45%，带鱼段≥82%", "低于目标每0.5个百分点扣2分"),
                       ("PK03", "成品批次合格率", "15%", "≥99.5%", "同品控员计分"),
                       ("SC05", "安全事故次数", "20%", "0起", "发生轻伤事故本项0分"),
                       ("SC06", "单位产品能耗", "10%", "≤85度/吨", "每超1度/吨扣1分")]),
    ("分拣工", "生产部", [("SC03", "人均日分拣量", "50%", "≥400公斤/人·天", "按实际完成比例计分"),
                      ("SC04", "分拣差错率", "30%", "≤0.5%", "每超0.1个百分点扣5分"),
                      ("—", "卫生与劳动纪律", "20%", "无违规", "违反卫生规范一次扣5分")]),
    ("冷库管理员", "仓储物流部", [("CC01", "库存账实相符率", "35%", "100%", "每差一个品项扣3分"),
                          ("CC02", "冷库温度达标率", "30%", "≥99%", "每低1个百分点扣5分"),
                          ("CC03", "出入库单据差错次数", "20%", "≤1次/月", "超出后每次扣5分"),
                          ("CC05", "装柜及时率", "15%", "≥98%", "每延误一柜扣3分")]),
    ("叉车司机", "仓储物流部", [("CC04", "叉车安全违章次数", "40%", "0次", "违章一次扣10分，发生事故本项0分"),
                         ("—", "装卸作业量完成率", "30%", "≥100%", "按完成比例计分"),
                         ("—", "叉车点检表填写完整率", "30%", "100%", "漏填一次扣3分")]),
    ("设备维修工", "设备动力部", [("SB01", "设备完好率", "40%", "≥95%", "每低1个百分点扣4分"),
                          ("SB02", "故障停机时间", "30%", "≤8小时/月", "每超1小时扣3分"),
                          ("SB03", "预防性保养计划完成率", "30%", "100%", "每漏一项扣5分")]),
]


def hs03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    notes = ["海晟水产2025年度绩效考核指标库（试行）",
             "1. 本表由人力资源部会同各部门编制，2025年1月1日起执行。",
             "2. 各岗位考核指标权重合计为100%，月度考核得分=Σ（指标得分×权重）。",
             "3. 指标编码对应“指标库”工作表中的指标全称、定义和计算公式，“岗位指标分配”表使用指标简称；“—”表示岗位自定指标。",
             "4. “2024版（作废）”工作表仅供对照，不得再用于考核。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws["A1"].font = Font(bold=True, size=14)

    ws = wb.create_sheet("指标库")
    ws.append(["指标编码", "指标名称", "指标定义/计算公式", "数据来源", "考核周期"])
    for code, name, fdef, src, per in INDICATORS:
        ws.append([code, name, None, src, per])
        r = ws.max_row
        if "÷" in fdef:
            a, b = fdef.split("÷", 1)
            ws.cell(r, 3).value = rich((BOLD, a), "÷" + b)
        else:
            ws.cell(r, 3).value = fdef
    for c in "ABCDE":
        ws.column_dimensions[c].width = 18
    ws.column_dimensions["C"].width = 50

    ws = wb.create_sheet("岗位指标分配")
    ws.merge_cells("A1:G1")
    ws["A1"] = "2025年度岗位绩效考核指标分配表"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    hdr1 = ["考核岗位", "所属部门", "指标编码", "指标名称", "权重", "考核标准", None]
    hdr2 = [None, None, None, None, None, "目标值", "计分规则"]
    ws.append(hdr1)
    ws.append(hdr2)
    for col in "ABCDE":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("F2:G2")
    fill = PatternFill("solid", fgColor="DDEBF7")
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.fill = fill
            c.font = Font(bold=True)
    for post, dept, items in BLOCKS:
        top = ws.max_row + 1
        for code, name, w, target, rule in items:
            ws.append([None, None, code, name, w, target, None])
            r = ws.max_row
            if "扣" in rule and "，" in rule:
                a, b = rule.split("，", 1)
                ws.cell(r, 7).value = rich(a + "，", (RED, b))
            else:
                ws.cell(r, 7).value = rule
        ws.append([None, None, None, "合计", "100%", None, None])
        bot = ws.max_row
        ws.cell(top, 1, post)
        ws.cell(top, 2, dept)
        ws.merge_cells(start_row=top, start_column=1, end_row=bot, end_column=1)
        ws.merge_cells(start_row=top, start_column=2, end_row=bot, end_column=2)
    for c, w in zip("ABCDEFG", [12, 12, 10, 22, 8, 22, 40]):
        ws.column_dimensions[c].width = w

    ws = wb.create_sheet("国际贸易部")
    ws.merge_cells("A1:I1")
    ws["A1"] = "国际贸易部 · 外贸业务员 2025年度考核指标（季度考核）"
    ws.append(["指标编码", "指标名称", "权重", "年度目标", "季度目标", None, None, None, "备注"])
    ws.append([None, None, None, None, "Q1", "Q2", "Q3", "Q4", None])
    for col in "ABCDI":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:H2")
    rows = [("WM01", "出口销售额", "40%", "800万美元", "150", "200", "200", "250", "单位：万美元，按个人分解目标考核"),
            ("WM02", "货款回收及时率", "25%", "≥95%", "95%", "95%", "95%", "95%", "逾期90天以上的应收款单独追责"),
            ("WM03", "新客户开发数", "20%", "6家", "1", "2", "1", "2", "以首单出运为准"),
            ("WM04", "单证差错次数", "15%", "≤2次/季度", "≤2", "≤2", "≤2", "≤2", "造成退单或罚款的另行处理")]
    for r in rows:
        ws.append(list(r))
    ws.append([None, "合计", "100%"])

    ws = wb.create_sheet("2024版（作废）")
    ws["A1"] = "2024年度考核指标（已作废，2025年1月1日起停止使用）"
    ws.append(["考核岗位", "指标名称", "权重", "目标值"])
    for r in [("品控员", "成品合格率", "40%", "≥99%"), ("品控员", "验收及时率", "30%", "≥95%"),
              ("品控员", "质量投诉", "30%", "≤1次"), ("分拣工", "人均分拣量", "70%", "≥300公斤/人·天"),
              ("分拣工", "分拣错误率", "30%", "≤1%")]:
        ws.append(list(r))
    wb.save(OUT / "HS03_2025年度KPI指标库.xlsx")


# ---------------------------------------------------------------- HS04 xlsx (staffing & pay)
def hs04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定岗定员表"
    ws.merge_cells("A1:L1")
    ws["A1"] = "浙江海晟水产食品有限公司2025年定岗定员及薪酬标准表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["部门", "岗位", "编制（人）", "班次安排", None, None, None, "最低学历", "月薪范围（元）", None,
               "工作地点", "备注"])
    ws.append([None, None, None, "早班", "中班", "夜班", "常白班", None, "下限", "上限", None, None])
    for col in "ABCHKL":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("D2:G2")
    ws.merge_cells("I2:J2")
    B = "●"
    data = [
        ("生产部", [("车间主任", 2, "", "", "", B, "大专", 9000, 13000, "沈家门厂区", "旺季轮值夜班"),
                 ("班组长", 6, B, B, "", "", "高中", 6500, 8000, "沈家门厂区", ""),
                 ("分拣工", 60, B, B, "", "", "初中", 4500, 7500, "沈家门厂区", "底薪+计件，计件单价见《计件工价与岗位津贴》"),
                 ("包装工", 20, B, B, "", "", "初中", 4200, 6000, "沈家门厂区", "")]),
        ("品控部", [("品控主管", 1, "", "", "", B, "本科", 8000, 11000, "沈家门厂区", ""),
                 ("品控员", 8, B, B, B, "", "大专", 5500, 7500, "沈家门厂区", "夜班仅旺季启用"),
                 ("化验员", 4, "", "", "", B, "大专", 5500, 7000, "厂区检测中心", ""),
                 ("食品安全管理员", 1, "", "", "", B, "本科", 8000, 10000, "沈家门厂区", "")]),
        ("仓储物流部", [("冷库管理员", 4, B, B, B, "", "大专", 6500, 8500, "1号、2号低温冷库", "含冷库作业补贴"),
                   ("叉车司机", 6, B, B, B, "", "初中", 6000, 8000, "冷库及装卸月台", "含冷库作业补贴"),
                   ("搬运工", 10, B, B, "", "", "不限", 4500, 6000, "冷库及装卸月台", "")]),
        ("设备动力部", [("设备主管", 1, "", "", "", B, "大专", 9000, 12000, "沈家门厂区", ""),
                   ("设备维修工", 5, "", "", "", B, "中专", 6500, 9000, "沈家门厂区", "夜间轮流备班"),
                   ("制冷工", 4, B, B, B, "", "高中", 6500, 8500, "氨制冷机房", ""),
                   ("污水处理工", 2, "", "", "", B, "初中", 4800, 5800, "污水处理站", "")]),
        ("采购部", [("原料采购员", 3, "", "", "", B, "高中", 5000, 9000, "沈家门、石浦原料码头", "底薪+采购量提成")]),
        ("国际贸易部", [("外贸业务员", 4, "", "", "", B, "本科", 6000, 8000, "宁波办事处", "另计业绩提成"),
                   ("单证员", 2, "", "", "", "", "", None, None, "", "待定")]),
    ]
    for dept, posts in data:
        top = ws.max_row + 1
        for p in posts:
            ws.append([None] + list(p))
        ws.cell(top, 1, dept)
        if ws.max_row > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append([None, "合计", "=SUM(C4:C24)"])
    for c, w in zip("ABCDEFGHIJKL", [12, 14, 10, 6, 6, 6, 8, 10, 8, 8, 20, 36]):
        ws.column_dimensions[c].width = w

    ws = wb.create_sheet("班次说明")
    ws.append(["班次", "时间", "适用说明"])
    for r in [("早班", "06:00—14:30", "含30分钟用餐"), ("中班", "14:30—23:00", "含30分钟用餐"),
              ("夜班", "23:00—次日06:00", "旺季（9月—次年1月）启用"),
              ("常白班", "08:00—17:00", "午休1小时")]:
        ws.append(list(r))

    ws = wb.create_sheet("薪酬构成说明")
    for i, t in enumerate(["月薪=岗位工资+绩效工资+津贴补贴（+计件工资/提成）。",
                           "表中月薪范围为税前应发，不含加班费、年终奖。",
                           "试用期工资为转正工资的80%，试用期3个月。",
                           "所有员工享受五险一金、免费工作餐和员工宿舍（双人间）。"], 1):
        ws.cell(i, 1, t)
    wb.save(OUT / "HS04_定岗定员与薪酬表.xlsx")


# ---------------------------------------------------------------- HS05 csv
def hs05():
    rows = [["岗位", "工序/项目", "计价单位", "单价（元）", "岗位津贴（元/月）", "上岗证要求", "生效日期", "备注"],
            ["分拣工", "南美白对虾分级", "公斤", "0.35", "低温补贴200", "健康证", "2025-03-01", ""],
            ["分拣工", "虾仁剥壳去肠线", "公斤", "2.20", "低温补贴200", "健康证", "2025-03-01", ""],
            ["分拣工", "带鱼切段", "公斤", "0.60", "低温补贴200", "健康证", "2025-03-01", ""],
            ["分拣工", "鱿鱼去皮", "公斤", "0.90", "低温补贴200", "健康证", "2025-03-01", ""],
            ["包装工", "真空包装", "箱", "0.80", "低温补贴200", "健康证", "2025-03-01", ""],
            ["叉车司机", "—", "—", "—", "冷库作业补贴600", "特种设备作业人员证（N1）", "2025-01-01", "每月冷库作业不少于15天方可全额享受"],
            ["冷库管理员", "—", "—", "—", "冷库作业补贴500", "健康证", "2025-01-01", ""],
            ["制冷工", "—", "—", "—", "特种作业津贴400", "制冷与空调作业操作证", "2025-01-01", ""],
            ["设备维修工", "—", "—", "—", "夜间备班每次100元", "低压电工作业证", "2025-01-01", "备班期间被召回另计加班"],
            ["分拣工", "带鱼切段", "公斤", "0.50", "低温补贴150", "健康证", "2024-03-01", "已停用，被2025-03-01单价替代"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (OUT / "HS05_计件工价与岗位津贴.csv").write_text(buf.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------- HS06 html
def job_html(jid, title, facts, duties, reqs, closed=False):
    t = f"<s>{title}</s>（已招满）" if closed else title
    out = [f'<section class="job" id="{jid}">', f"<h2>{t}</h2>", '<table class="facts">']
    for i in range(0, len(facts), 2):
        cells = "".join(f"<th>{k}</th><td>{v}</td>" for k, v in facts[i:i + 2])
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    out.append("<h3>岗位职责</h3>")
    out.append("<ol>")
    out += [f"<li>{x}</li>" for x in duties]
    out.append("</ol>")
    out.append("<h3>任职要求</h3>")
    out.append("<ul>")
    out += [f"<li>{x}</li>" for x in reqs]
    out.append("</ul>")
    out.append("</section>")
    return out


def hs06():
    lines = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
             "<title>海晟水产 · 2025春季社会招聘</title>",
             "<style>.facts th{background:#eef;text-align:right}.job{border:1px solid #ccc;margin:1em}</style>",
             "</head>", "<body>", '<header><a href="/">首页</a> &gt; <a href="/jobs">加入我们</a> &gt; 社会招聘</header>',
             "<h1>浙江海晟水产食品有限公司 2025春季社会招聘</h1>",
             "<p>海晟水产位于舟山沈家门，主营冷冻虾仁、带鱼、鱿鱼等水产品加工和出口。以下岗位长期有效，欢迎投递。</p>"]
    lines += job_html("job1", "外贸业务员（日韩市场）",
                      [("所属部门", "国际贸易部"), ("汇报对象", "国际贸易部经理"), ("工作地点", "宁波办事处"),
                       ("招聘人数", "2人"), ("薪资待遇", "6000—8000元/月+业绩提成"), ("学历", "本科")],
                      ["开发日本、韩国冷冻水产品客户，通过青岛渔博会等展会和B2B平台获取询盘",
                       "负责报价、合同谈判和签订，跟进订单生产进度",
                       "协调品控部、仓储物流部完成验货、装柜和出运",
                       "跟踪信用证及电汇回款，控制应收账款风险",
                       "维护老客户关系，定期回访并收集市场信息"],
                      ["本科及以上学历，国际贸易、日语、商务英语等相关专业",
                       "2年以上水产品或食品外贸工作经验",
                       "日语N2或英语六级以上，能独立进行商务沟通",
                       "熟悉FOB、CIF等贸易术语和出口报关流程",
                       "能适应国内外出差"])
    lines += job_html("job2", "原料采购员",
                      [("所属部门", "采购部"), ("汇报对象", "采购部经理"), ("工作地点", "沈家门、石浦原料码头"),
                       ("招聘人数", "1人"), ("薪资待遇", "底薪5000元/月+采购量提成"), ("工作时间", "随渔船到港时间，凌晨4点前到码头")],
                      ["根据生产计划和库存情况，在码头及养殖基地收购虾、带鱼、鱿鱼等原料",
                       "现场判断原料鲜度和规格，与品控员共同完成原料初检",
                       "掌握当日渔获行情，议价并控制采购成本",
                       "办理原料过磅、开票和结算手续，确保票据合规",
                       "建立并维护渔船、养殖户供应商档案"],
                      ["高中或中专及以上学历",
                       "3年以上水产品收购经验，熟悉舟山渔场的季节和品种",
                       "能识别常见水产品鲜度等级",
                       "持C1及以上驾驶证",
                       "吃苦耐劳，能适应凌晨作业"])
    lines += job_html("job3", "品控员", [("所属部门", "品控部"), ("工作地点", "沈家门厂区"),
                                       ("招聘人数", "3人"), ("薪资待遇", "4500—6000元/月")],
                      ["负责原料验收和生产过程巡检", "负责成品抽检和放行"],
                      ["中专及以上学历，食品相关专业", "能适应倒班"], closed=True)
    lines += ["<footer>",
              "<p>福利：五险一金、免费工作餐、员工宿舍、低温岗位补贴、带薪年假。</p>",
              "<p>投递邮箱：hr@haisheng-seafood.example　电话：0580-1234567</p>",
              "</footer>", "</body>", "</html>"]
    (OUT / "HS06_社会招聘.html").write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- HS07 pdf
def hs07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    h = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=20, alignment=1)
    n = ParagraphStyle("n", fontName="wqy", fontSize=9.5, leading=13)
    c = ParagraphStyle("c", fontName="wqy", fontSize=8.5, leading=11)

    def footer(canvas, doc):
        canvas.setFont("wqy", 8)
        canvas.drawString(40, 20, f"HS/HR-ZG-03　{CO}人力资源部　第{doc.page}页")

    story = [Paragraph("岗位任职资格标准（2025版）", h), Spacer(1, 8),
             Paragraph("适用范围：本标准规定质量系统及生产、设备管理岗位的最低任职条件，招聘与晋升时执行。"
                       "其他岗位见各部门岗位说明书。", n), Spacer(1, 6)]
    P = lambda s: Paragraph(s, c)
    data = [[P("岗位"), P("学历"), P("专业"), P("工作经验"), P("证书/资格"), P("其他要求")],
            [P("一、质量系统"), "", "", "", "", ""],
            [P("食品安全管理员"), P("本科及以上"), P("食品科学与工程、食品质量与安全"),
             P("5年以上食品生产企业质量管理经验"), P("食品安全管理员培训考核合格证明；HACCP内审员证书"),
             P("熟悉《食品安全法》及出口食品生产企业备案要求")],
            [P("品控主管"), P("本科及以上"), P("食品类相关专业"), P("3年以上水产品企业品控管理经验"),
             P("HACCP内审员证书"), P("具备BRC、IFS等国际认证审核迎审经验")],
            [P("二、生产与设备管理"), "", "", "", "", ""],
            [P("班组长"), P("高中及以上"), P("不限"), P("2年以上水产品加工一线经验"), P("健康证"),
             P("能带领20人以上班组，熟悉计件工资统计")],
            [P("设备主管"), P("大专及以上"), P("机电一体化、制冷与空调技术"), P("5年以上食品工厂设备管理经验"),
             P("低压电工作业证；制冷与空调作业操作证"), P("熟悉氨制冷系统安全管理")]]
    t = Table(data, colWidths=[70, 60, 110, 120, 140, 140], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("SPAN", (0, 1), (-1, 1)), ("SPAN", (0, 4), (-1, 4)),
                           ("BACKGROUND", (0, 1), (-1, 1), colors.whitesmoke),
                           ("BACKGROUND", (0, 4), (-1, 4), colors.whitesmoke),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, PageBreak()]
    story += [Paragraph("食品安全管理员岗位职责", h), Spacer(1, 8),
              Paragraph("所属部门：品控部　　直接上级：总经理　　工作地点：沈家门厂区", n), Spacer(1, 6),
              Paragraph("依据《企业落实食品安全主体责任监督管理规定》，食品安全管理员履行以下职责：", n), Spacer(1, 4)]
    duties = ["组织建立并运行HACCP体系和食品安全管理制度，每年至少组织一次体系内审；",
              "负责出口食品生产企业备案及海关申报相关资料的准备和维护；",
              "组织开展食品安全风险自查，每周至少一次，形成《食品安全周排查报告》；",
              "负责从业人员健康证管理和食品安全知识培训，新员工上岗前培训不少于8学时；",
              "牵头处理食品安全事故和产品召回，及时向监管部门报告；",
              "审核原辅料供应商资质和进货查验记录。"]
    for i, s in enumerate(duties, 1):
        story.append(Paragraph(f"（{i}）{s}", n))
    SimpleDocTemplate(str(OUT / "HS07_岗位任职资格标准.pdf"), pagesize=landscape(A4),
                      leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(
        story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------- HS08 md
def hs08():
    md = """# 海晟水产新员工入职培训考试题（2025年第1期）

> 考试时间40分钟，满分100分。由人力资源部组织，食品安全管理员命题。答案附后，请勿提前查看。

## 一、单项选择题（每题10分）

1. 成品冷库的库温应稳定在（　）。
   A. 0℃以下　B. -10℃以下　C. -18℃以下　D. -30℃以下
2. 分拣工上岗前必须取得（　）。
   A. 叉车证　B. 健康证　C. 低压电工证　D. 无要求
3. 品控员用标准测试块校验金属探测器的频率是（　）。
   A. 每班一次　B. 每2小时一次　C. 每30分钟一次　D. 每天一次
4. 进入加工车间前，洗手消毒时间不少于（　）。
   A. 5秒　B. 10秒　C. 20秒　D. 60秒
5. 叉车司机每班作业前应对叉车进行（　）。
   A. 三项检查　B. 五项检查　C. 十项检查　D. 无需检查
6. 冷库作业人员在-18℃以下库内连续作业不得超过（　）。
   A. 30分钟　B. 1小时　C. 2小时　D. 4小时

## 二、判断题（每题10分）

1. 冷库管理员可以根据需要长时间敞开库门，方便叉车进出。（　）
2. 分拣工发现原料有异物时，应自行挑出后继续作业。（　）
3. 设备维修工维修设备前必须执行挂牌上锁程序。（　）
4. 化验员只需负责理化检测，微生物检测外包。（　）

## 参考答案

一、1. C　2. B　3. C　4. C　5. C　6. B

二、1. ×（每次开门不超过15分钟）　2. ×（应立即报告班组长）　3. √　4. ×（化验员同时负责微生物检测）
"""
    (OUT / "HS08_新员工入职培训考试题.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- HS09 GBK txt
def hs09():
    txt = """浙江海晟水产食品有限公司文件

海晟人〔2025〕7号

关于修改《仓储物流与设备动力岗位工作手册》部分内容的通知

各部门：
　　根据2025年第一次经营例会决定，现对《仓储物流与设备动力岗位工作手册（2025年版）》作如下修改，自2025年4月1日起执行：
　　一、第二章2.2冷库管理员“任职资格”中“学历：中专及以上”修改为“学历：大专及以上”。
　　二、第二章2.3叉车司机“直接上级为冷库管理员”修改为“直接上级为仓储物流部经理”；叉车司机作业时仍服从冷库管理员的作业调度。
　　三、第三章3.1设备维修工增加一项职责：“负责速冻设备除霜和冷凝水排放管路的疏通，旺季每周不少于两次”。
　　四、第三章3.2制冷工班次由“三班倒”调整为“四班三运转”。
　　手册其他内容不变。各部门应组织相关岗位员工学习，并在4月10日前将签字确认表交人力资源部。

　　特此通知。

人力资源部
2025年3月20日

抄送：总经理室、仓储物流部、设备动力部
"""
    (OUT / "HS09_关于修改岗位工作手册部分内容的通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- HS10 UTF-16 policy
def hs10():
    txt = """海晟水产员工考勤与倒班管理制度（HS/HR-ZD-05）

第一条　目的
为规范员工考勤和倒班管理，保障生产连续和员工身体健康，制定本制度。

第二条　班制
公司实行常白班、两班倒、三班倒三种班制，各岗位的班次见《定岗定员与薪酬表》中的班次说明。单证员、出纳等职能岗位实行标准工时制。

第三条　旺季安排
每年9月至次年1月为生产旺季，生产部、品控部可启用夜班，每周休息不少于1天，加班按国家规定支付加班费。

第四条　低温作业
在-18℃以下冷库内连续作业不得超过1小时，出库后应在休息室回温不少于15分钟。冷库作业人员由公司配发防寒服、防寒手套和防寒鞋。

第五条　夜间备班
设备维修工、制冷工实行夜间备班制度，备班人员接到通知后30分钟内到达现场。

第六条　考勤方式
员工上下班使用人脸识别考勤机打卡，原料码头人员使用企业微信定位打卡。

第七条　迟到早退
迟到或早退30分钟以内的，每次扣款50元；超过30分钟按旷工半天处理。

第八条　附则
本制度由人力资源部负责解释，自2025年1月1日起施行。
"""
    (OUT / "HS10_考勤与倒班管理制度.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    for f in (hs01, hs02, hs03, hs04, hs05, hs06, hs07, hs08, hs09, hs10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
