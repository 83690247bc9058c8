# -*- coding: utf-8 -*-
"""Round 70 blind trial: 华影星河影城管理有限公司 (12 multiplexes, IMAX hall at 滨江店, 华东区域运营办公室).

Writes 10 HR documents to $T70_OUT (default /tmp/t70cin/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import csv
import os
import copy

from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = os.environ.get("T70_OUT", "/tmp/t70cin/corpus")
os.makedirs(OUT, exist_ok=True)
CO = "华影星河影城管理有限公司"
CHAR = "甲乙丙丁戊己庚辛"


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_shade(p, fill="DDEBF7"):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def tracked(p, before, deleted, inserted, after, author="人力资源部 李婧", date="2025-02-18T10:00:00Z"):
    """Append a real tracked deletion + insertion to paragraph p."""
    if before:
        p.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "101")
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText")
    t.set(qn("xml:space"), "preserve")
    t.text = deleted
    r.append(t)
    d.append(r)
    p._p.append(d)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "102")
    i.set(qn("w:author"), author)
    i.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = inserted
    r.append(t)
    i.append(r)
    p._p.append(i)
    if after:
        p.add_run(after)


def set_cell(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


# ---------------------------------------------------------------- CX01 post book
POSTS01 = [
    dict(name="影城经理", code="HX-YC-01", dept="影城管理层", rel=("区域运营总监", "影城经理", "值班经理、放映主管、卖品部主管", "区域运营督导、排片专员"),
         edu="本科及以上", major="工商管理、市场营销、影视相关专业", exp="5年以上影院运营经验，其中3年以上影院管理岗位经验",
         cert="—", shift="常白班，节假日及重点影片首映日在岗", place="各影城",
         duties=["全面负责影城日常经营管理，组织完成区域下达的票房、卖品及会员年度经营指标",
                 "审核影城排片执行情况，保障黄金场次排片率符合公司要求",
                 "负责影城人员编制、排班、培训及绩效考核管理",
                 "督导消防安全、放映安全及食品安全管理，每月组织一次全面安全检查",
                 "处理重大客诉及突发事件，维护影城品牌形象",
                 "控制影城经营成本，审核影城各项费用支出"]),
    dict(name="值班经理", code="HX-YC-02", dept="影城运营部", rel=("影城经理", "值班经理", "票务收银员、场务引导员、保洁领班", "放映主管、卖品部主管"),
         edu="大专及以上", major="专业不限", exp=None,
         cert="消防安全培训合格证", shift="早晚班轮值，每月不少于4个通宵场值班", place="各影城",
         duties=["负责当班期间影城现场运营管理，执行开店、闭店检查流程",
                 "合理调配当班票务、场务、卖品人员，高峰时段增开售票及卖品窗口",
                 "巡查影厅秩序与卫生，处理当班顾客投诉及退改签异常",
                 "负责当班营业款清点、交接与营业报表核对",
                 "遇停电、火警、设备故障等突发情况时启动应急预案，并第一时间上报影城经理",
                 "填写值班日志，做好交接班记录"]),
    dict(name="放映主管", code="HX-FY-01", dept="放映部", rel=("影城经理", "放映主管", "放映员、IMAX放映技术员", "设备工程师"),
         edu="大专及以上", major="电子、机电、影视技术相关专业", exp="3年以上数字放映工作经验",
         cert="电影放映员职业资格证书（或职业技能等级证书）", shift="常白班，重点影片首映日跟班", place="各影城",
         duties=["制定放映部月度工作计划，编排放映员班表",
                 "负责影片密钥（KDM）接收、数字拷贝（DCP）导入与放映列表审核",
                 "组织放映设备每日点检、每周保养，建立单机设备档案",
                 "监控放映质量（亮度、声压、画面），处理放映事故并出具事故报告",
                 "负责放映员岗前培训与技能考核",
                 "配合设备工程师完成激光放映机及IMAX系统的季度维护"]),
    dict(name="放映员", code="HX-FY-02", dept="放映部", rel=("放映主管", "放映员", "无", "值班经理"),
         edu="中专或高中及以上", major="不限", exp="不限，有影院放映经验者优先",
         cert="电影放映员职业资格证书（入职6个月内取得）", shift="三班倒（早班、中班、晚班），含通宵场", place="各影城",
         duties=["按放映计划准时开映，核对场次、影片版本与影厅",
                 "开场前完成放映机、音响及3D系统的开机检查",
                 "放映过程中巡视机房，监看监听放映效果",
                 "及时处理黑屏、跑片、音画不同步等故障，5分钟内无法排除的须立即上报放映主管",
                 "填写放映日志，保持放映机房清洁"]),
    dict(name="票务收银员", code="HX-YC-05", dept="影城运营部", rel=("值班经理", "票务收银员", "无", "会员营销专员"),
         edu="高中及以上", major="不限", exp="不限，有收银经验者优先",
         cert="—", shift="早班、晚班轮班", place="各影城",
         duties=["负责售票、取票、会员卡办理与充值",
                 "按公司规定办理退票、改签手续",
                 "负责备用金及营业款管理，当班结束后与值班经理交接",
                 "向顾客推荐会员卡及卖品套餐",
                 "保持售票区域整洁，及时更新场次公告"]),
    dict(name="卖品部主管", code="HX-MP-01", dept="卖品部", rel=("影城经理", "卖品部主管", "卖品员", "值班经理"),
         edu="大专及以上", major="餐饮管理、市场营销等相关专业", exp="3年以上餐饮或零售门店管理经验",
         cert="健康证、食品安全管理员证", shift="中班为主，周末及节假日全天", place="各影城",
         duties=["负责卖品部日常运营，完成卖品销售指标",
                 "负责爆米花、饮品等现制食品的食品安全管理",
                 "管理卖品库存，每周盘点一次，控制损耗",
                 "策划卖品套餐及促销活动",
                 "负责卖品员排班、培训与考核"]),
    dict(name="保洁领班", code="HX-YC-07", dept="影城运营部", rel=("值班经理", "保洁领班", "保洁员", "场务引导员"),
         edu="初中及以上", major="不限", exp="1年以上保洁工作经验", cert="—", shift="随场次排班", place="各影城",
         duties=None),
]


def gen_cx01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　编号：HX-HR-JD-2025　版本：V3.0"
    sec.footer.paragraphs[0].text = "人力资源部编制　2025年2月发布　内部资料　注意保密"
    h = doc.add_heading("影城岗位说明书汇编（2025版）", level=0)
    doc.add_paragraph(f"适用范围：{CO}下属12家影城（含滨江IMAX旗舰店）。区域运营办公室岗位见《区域岗位说明》。")
    doc.add_paragraph("阅读说明：每个岗位的“岗位关系”一栏用符号表示：▲ 直接上级　● 本岗位　▼ 直接下属　◆ 主要协作岗位。"
                      "岗位职责按甲、乙、丙……顺序排列，排序越前越重要。")
    for i, p in enumerate(POSTS01, 1):
        t = doc.add_paragraph()
        para_shade(t)
        r = t.add_run(f"◉ {p['name']}")
        r.bold = True
        r.font.size = Pt(14)
        t.add_run(f"　　岗位代码 {p['code']}　　所属部门 {p['dept']}")
        rel = doc.add_table(rows=1, cols=4)
        rel.style = "Table Grid"
        up, me, down, co = p["rel"]
        for c, txt in zip(rel.rows[0].cells, [f"▲ {up}", f"● {me}", f"▼ {down}", f"◆ {co}"]):
            set_cell(c, txt)
        doc.add_paragraph("")
        tb = doc.add_table(rows=4, cols=4)
        tb.style = "Table Grid"
        rows = [("学历要求", p["edu"], "专业要求", p["major"]),
                ("工作经验", p["exp"], "资格证书", p["cert"]),
                ("工作班次", p["shift"], "工作地点", p["place"]),
                ("编制说明", "按《编制与薪酬标准》执行", "薪资标准", "见《编制与薪酬标准》")]
        for ri, row in enumerate(rows):
            for ci, v in enumerate(row):
                c = tb.rows[ri].cells[ci]
                if ci % 2 == 0:
                    set_cell(c, v, bold=True)
                    shade(c, "F2F2F2")
                elif v is None:
                    c.text = ""
                    tracked(c.paragraphs[0], "", "1年以上影院一线工作经验", "2年以上影院一线工作经验，其中1年以上领班或督导经验", "")
                else:
                    set_cell(c, v)
        doc.add_paragraph("")
        doc.add_paragraph("岗位职责：").runs[0].bold = True
        if p["duties"] is None:
            doc.add_paragraph("略（见《影城保洁作业标准》，由运营部另行发布）。")
        else:
            for k, d in enumerate(p["duties"]):
                doc.add_paragraph(f"{CHAR[k]}、{d}；" if k < len(p["duties"]) - 1 else f"{CHAR[k]}、{d}。")
        if p["name"] == "值班经理":
            n = doc.add_paragraph()
            r = n.add_run("【修订说明】2025年2月经区域运营办公室审定，值班经理工作经验要求由1年提高至2年，已在上表以修订方式标出。")
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        doc.add_paragraph("")
    doc.add_paragraph("其他岗位：场务引导员、会员营销专员、卖品员的说明书另行发布。")
    doc.save(os.path.join(OUT, "CX01_影城岗位说明书汇编（2025版）.docx"))


# ---------------------------------------------------------------- CX02 IMAX handbook
def gen_cx02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    doc.sections[0].header.paragraphs[0].text = "星河影城·滨江IMAX店　IMAX厅运营管理手册　第2版"
    doc.add_heading("IMAX厅运营管理手册", level=0)
    doc.add_paragraph("编制：放映部　审核：区域技术部　批准：区域运营总监　生效日期：2025年1月1日")
    doc.add_heading("第一章　总则", level=1)
    doc.add_paragraph("1.1　本手册适用于滨江IMAX店IMAX激光厅（1号厅，座位数412座）的放映、设备及现场运营管理。")
    doc.add_paragraph("1.2　IMAX厅相关岗位包括IMAX放映技术员、设备工程师、值班经理及场务引导员。值班经理、场务引导员的职责按《影城岗位说明书汇编》执行，本手册仅补充IMAX厅特殊要求。")
    doc.add_heading("第二章　岗位设置与职责", level=1)
    doc.add_heading("2.1　IMAX放映技术员", level=2)
    # fact box: one-cell table holding a nested table
    outer = doc.add_table(rows=1, cols=1)
    outer.style = "Table Grid"
    oc = outer.rows[0].cells[0]
    oc.paragraphs[0].add_run("岗位基本信息").bold = True
    inner = oc.add_table(rows=3, cols=4)
    inner.style = "Table Grid"
    vals = [("直接上级", "放映主管（滨江IMAX店）", "编制", "2人"),
            ("学历", "大专及以上", "证书", "IMAX原厂操作培训合格证、电影放映员职业资格证书"),
            ("班次", "随IMAX排片，含首映午夜场", "经验", "2年以上数字放映经验")]
    for ri, row in enumerate(vals):
        for ci, v in enumerate(row):
            inner.rows[ri].cells[ci].text = v
    doc.add_paragraph("")
    doc.add_paragraph("IMAX放映技术员的主要职责如下：")
    for k, d in enumerate(["负责IMAX激光放映系统的开机、预热、关机及日常点检",
                           "每日开场前进行IMAX影厅声画校验，发现偏差及时上报放映主管",
                           "负责IMAX影片数字拷贝的接收、导入与校验，确保版本正确",
                           "记录IMAX放映日志及设备运行参数",
                           "配合设备工程师及IMAX原厂工程师完成系统校准与年检"], 1):
        doc.add_paragraph(f"（{k}）{d}。")
    doc.add_heading("2.2　设备工程师", level=2)
    doc.add_paragraph("设备工程师隶属区域技术部，直接上级为区域技术经理，常驻杭州区域运营办公室，负责华东区12家影城的放映及影厅设备技术保障，"
                      "须适应经常出差。任职要求：本科及以上学历，电子信息、自动化、机电一体化等相关专业；3年以上影院放映设备或音视频系统维护经验；"
                      "持有低压电工作业证；熟悉主流数字放映机及影院服务器。")
    doc.add_paragraph("设备工程师的主要职责：")
    for k, d in enumerate(["负责辖区影城放映机、影院服务器及音响系统的安装调试与故障维修",
                           "每季度对IMAX激光放映系统进行一次校准，配合IMAX原厂工程师完成年度检测",
                           "建立辖区设备台账和备品备件库存",
                           "接到影城设备报修后2小时内远程响应，24小时内到场处理",
                           "对放映主管、放映员进行设备操作及维护培训",
                           "编制年度设备更新及改造预算建议"], 1):
        doc.add_paragraph(f"（{k}）{d}。")
    doc.add_heading("第三章　IMAX厅现场管理要求", level=1)
    doc.add_paragraph("3.1　IMAX厅每场开场前20分钟开放检票，值班经理须在开场前完成IMAX厅巡检。")
    doc.add_paragraph("3.2　IMAX厅3D眼镜的回收、清洗及消毒按《3D眼镜清洗消毒标准》执行，本手册不再重复。")
    doc.add_paragraph("3.3　IMAX会员专场活动由会员营销专员另行策划，具体方案见市场部通知。")
    doc.add_heading("附录B　2022版IMAX厅岗位设置（已废止，仅供查阅）", level=1)
    doc.add_paragraph("（已废止）2022版规定：设备工程师直接上级为影城经理，常驻滨江店，负责本店设备维护；"
                      "IMAX放映技术员要求中专及以上学历。上述规定自2025年1月1日起停止执行。")
    doc.save(os.path.join(OUT, "CX02_IMAX厅运营管理手册.docx"))


# ---------------------------------------------------------------- CX03 KPI library
KPI = {
    "影城经理": [("经营", "票房收入达成率", 30, "≥100%", "实际票房收入÷年度目标分解至当月票房×100%", "每低1个百分点扣1分"),
              ("经营", "卖品收入达成率", 20, "≥100%", "实际卖品收入÷当月卖品目标×100%", "每低1个百分点扣1分"),
              ("客户", "会员新增数", 10, "≥800人/月", "当月新增付费会员人数", "每少50人扣1分"),
              ("客户", "顾客满意度", 15, "≥90分", "神秘顾客及线上评价综合得分", "每低1分扣1分"),
              ("内部运营", "人工成本率", 10, "≤12%", "人工成本÷营业收入×100%", "每高0.5个百分点扣2分"),
              ("学习成长", "员工流失率", 15, "≤5%/月", "当月离职人数÷月初在岗人数×100%", "每高1个百分点扣3分")],
    "值班经理": [("客户", "当班客诉处理及时率", 25, "100%", "30分钟内响应的客诉数÷当班客诉总数×100%", "每低1个百分点扣2分"),
              ("内部运营", "开闭店检查执行率", 20, "100%", "按标准完成的检查次数÷应检查次数×100%", "漏检一次扣5分"),
              ("内部运营", "营业款差错次数", 20, "0次", "当班营业款长短款次数", "每次扣10分"),
              ("客户", "高峰时段排队时长", 15, "≤10分钟", "高峰时段售票及卖品平均排队时长", "每超1分钟扣3分"),
              ("内部运营", "值班日志完整率", 20, "100%", "完整填写的值班日志数÷应填写数×100%", "缺一份扣5分")],
    "放映主管": [("内部运营", "放映事故率", 30, "≤0.1%", "放映事故场次÷总放映场次×100%", "每超0.05个百分点扣10分"),
              ("内部运营", "设备点检完成率", 25, "100%", "实际点检次数÷计划点检次数×100%", "每低1个百分点扣2分"),
              ("客户", "放映质量巡检合格率", 20, "≥98%", "巡检合格场次÷巡检场次×100%", "每低1个百分点扣2分"),
              ("学习成长", "放映员持证率", 15, "100%", "持证放映员人数÷放映员总数×100%", "每少一人持证扣5分"),
              ("财务", "备件费用控制率", 10, "≤预算", "实际备件费用÷预算×100%", "超预算不得分")],
    "放映员": [("内部运营", "准点开映率", 40, "≥99.5%", "准点开映场次÷总放映场次×100%", "每延误一场扣5分"),
            ("内部运营", "放映事故次数", 30, "0次", "当月本人责任放映事故次数", "每次扣15分"),
            ("内部运营", "放映日志完整率", 15, "100%", "完整填写的放映日志÷应填写数×100%", "缺一份扣3分"),
            ("内部运营", "机房5S检查得分", 15, "≥90分", "放映主管每周检查得分平均值", "每低1分扣1分")],
    "卖品部主管": [("财务", "卖品人均消费（SPP）", 30, "≥8.5元", "卖品收入÷观影人次", "每低0.1元扣2分"),
              ("财务", "卖品毛利率", 25, "≥70%", "（卖品收入－卖品成本）÷卖品收入×100%", "每低1个百分点扣2分"),
              ("内部运营", "食品安全检查合格率", 25, "100%", "检查合格次数÷检查总次数×100%", "出现不合格项每次扣5分"),
              ("内部运营", "库存损耗率", 20, "≤1.5%", "盘点损耗金额÷月均库存金额×100%", "每高0.1个百分点扣2分")],
}
DEFS = {"卖品人均消费（SPP）": "SPP=Spend Per Person，卖品收入÷观影人次，以售票系统及卖品系统月报为准。",
        "顾客满意度": "由第三方神秘顾客每月暗访1次（占60%）与线上平台评分（占40%）折算。",
        "放映事故率": "放映事故指因人为或设备原因造成中断5分钟以上、错映、漏映等情况。",
        "准点开映率": "开映时间晚于排片时间2分钟以上视为不准点。"}


def kpi_sheet(ws, blocks, title):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    r = 3
    for post, rows in blocks:
        ws.cell(r, 1, f"考核岗位：{post}　　考核周期：月度　　考核人：{'区域运营总监' if post == '影城经理' else ('影城经理' if post in ('值班经理', '放映主管', '卖品部主管') else '放映主管')}")
        ws.cell(r, 1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
        r += 1
        # two-row header with merged 考核标准
        for c, h in enumerate(["考核维度", "指标名称", "分值", "考核标准", None, "计算公式", "备注"], 1):
            if h:
                ws.cell(r, c, h).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        for c in (1, 2, 3, 6, 7):
            ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
        ws.cell(r + 1, 4, "目标值").font = Font(bold=True)
        ws.cell(r + 1, 5, "扣分规则").font = Font(bold=True)
        r += 2
        start = r
        prev = None
        for dim, name, w, tgt, formula, rule in rows:
            ws.cell(r, 1, dim if dim != prev else None)
            ws.cell(r, 2, name)
            if name in DEFS:
                ws.cell(r, 2).comment = Comment(DEFS[name], "人力资源部")
            ws.cell(r, 3, w)
            ws.cell(r, 4, tgt)
            ws.cell(r, 5, rule)
            ws.cell(r, 6, formula)
            prev = dim
            r += 1
        ws.cell(r, 2, "合计")
        ws.cell(r, 3, f"=SUM(C{start}:C{r - 1})")
        r += 1
        if post == "影城经理":
            ws.cell(r, 1, "一票否决")
            ws.cell(r, 2, "发生重大安全责任事故（火灾、踩踏、食物中毒等）")
            ws.cell(r, 7, "当月绩效为0")
            r += 1
        r += 2
    for col, wdt in zip("ABCDEFG", (10, 22, 8, 12, 22, 40, 14)):
        ws.column_dimensions[col].width = wdt


def gen_cx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    for i, line in enumerate(["华影星河影城 岗位KPI指标库（2025年度）",
                              "1. 各岗位月度考核满分100分，按分值加权计分；考核结果与月度绩效奖金挂钩。",
                              "2. 指标名称带批注的，批注内容为指标定义。",
                              "3. 区域运营督导、排片专员的考核见《区域运营督导巡店考核办法》。",
                              "4. “2024版（停用）”工作表仅供对比，不再执行。"], 1):
        ws.cell(i, 1, line)
    ws.column_dimensions["A"].width = 80
    kpi_sheet(wb.create_sheet("影城管理"), [("影城经理", KPI["影城经理"]), ("值班经理", KPI["值班经理"])], "影城管理岗位月度KPI考核表")
    kpi_sheet(wb.create_sheet("放映部"), [("放映主管", KPI["放映主管"]), ("放映员", KPI["放映员"])], "放映部岗位月度KPI考核表")
    kpi_sheet(wb.create_sheet("卖品部"), [("卖品部主管", KPI["卖品部主管"])], "卖品部岗位月度KPI考核表")
    old = wb.create_sheet("2024版（停用）")
    old["A1"] = "2024版影城经理考核表（已停用）"
    for r, row in enumerate([("指标名称", "权重"), ("票房收入达成率", "40%"), ("卖品收入达成率", "20%"),
                             ("影城环境卫生评分", "20%"), ("员工培训完成率", "20%")], 2):
        for c, v in enumerate(row, 1):
            old.cell(r, c, v)
    wb.save(os.path.join(OUT, "CX03_岗位KPI指标库（2025）.xlsx"))


# ---------------------------------------------------------------- CX04 staffing and pay
STAFF = {  # post: (dept, boss, shift code, flagship (n, lo, hi), standard, community)
    "影城经理": ("影城管理层", "区域运营总监", "D", (1, 14000, 18000), (1, 11000, 14000), (1, 9000, 11000)),
    "值班经理": ("影城运营部", "影城经理", "A/C/N", (4, 7000, 9000), (3, 6500, 8000), (2, 6000, 7000)),
    "放映主管": ("放映部", "影城经理", "D", (1, 8000, 10000), (1, 7000, 8500), (1, 6500, 7500)),
    "放映员": ("放映部", "放映主管", "A/B/C/N", (6, 5000, 6500), (4, 4500, 5800), (3, 4200, 5200)),
    "IMAX放映技术员": ("放映部", "放映主管", "B/C/N", (2, 6500, 8000), (0, None, None), (0, None, None)),
    "票务收银员": ("影城运营部", "值班经理", "A/C", (6, 4300, 5200), (4, 4000, 4800), (3, 3800, 4500)),
    "场务引导员": ("影城运营部", "值班经理", "B/C", (10, 4000, 4800), (6, 3800, 4500), (4, 3600, 4200)),
    "卖品部主管": ("卖品部", "影城经理", "B", (1, 6500, 8500), (1, 6000, 7500), (1, 5500, 6800)),
    "保洁领班": ("影城运营部", "值班经理", "A/C", (1, 4500, 5200), (1, 4200, 5000), (1, 4000, 4600)),
}


def gen_cx04():
    wb = Workbook()
    first = True
    for idx, (sheet, label) in enumerate([("旗舰店（含IMAX）", "滨江IMAX店"), ("标准店", "西湖店、城西店等8家"), ("社区店", "下沙店、良渚店、萧山店")]):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws["A1"] = f"{sheet} 编制与薪酬标准（2025年4月起执行）　适用：{label}"
        ws.merge_cells("A1:H1")
        hdr = ["岗位", "部门", "直接上级", "编制（人）", "班次代码", "月薪区间（元）", None, "状态"]
        for c, h in enumerate(hdr, 1):
            if h:
                ws.cell(2, c, h).font = Font(bold=True)
        ws.merge_cells("F2:G2")
        for c in (1, 2, 3, 4, 5, 8):
            ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
        ws.cell(3, 6, "下限").font = Font(bold=True)
        ws.cell(3, 7, "上限").font = Font(bold=True)
        r = 4
        for post, (dept, boss, code, *sizes) in STAFF.items():
            n, lo, hi = sizes[idx]
            if n == 0:
                continue
            for c, v in enumerate([post, dept, boss, n, code, lo, hi, "现行"], 1):
                ws.cell(r, c, v)
            r += 1
        # superseded rows hidden by the autofilter
        first_old = r
        for post, lo, hi in [("影城经理", 12000, 16000), ("放映员", 4200, 5500), ("票务收银员", 3800, 4500)]:
            if idx:
                lo, hi = lo - 1000, hi - 1000
            for c, v in enumerate([post, "", "", "", "", lo, hi, "2024标准（停用）"], 1):
                ws.cell(r, c, v)
            ws.row_dimensions[r].hidden = True
            r += 1
        ws.auto_filter.ref = f"A3:H{r - 1}"
        ws.auto_filter.add_filter_column(7, ["现行"])
        ws.freeze_panes = "B4"
        for col, wdt in zip("ABCDEFGH", (16, 12, 14, 10, 10, 10, 10, 16)):
            ws.column_dimensions[col].width = wdt
    sc = wb.create_sheet("班次代码")
    for r, row in enumerate([("代码", "班次", "时间"), ("A", "早班", "09:00—17:00"), ("B", "中班", "13:00—21:00"),
                             ("C", "晚班", "17:00—次日01:00"), ("N", "通宵班", "22:00—次日07:00"),
                             ("D", "常白班", "09:00—18:00（周末轮休）")], 1):
        for c, v in enumerate(row, 1):
            sc.cell(r, c, v)
    wb.save(os.path.join(OUT, "CX04_编制与薪酬标准.xlsx"))


# ---------------------------------------------------------------- CX05 learning map CSV
def gen_cx05():
    rows = [
        ("岗位名称", "所属部门", "学习阶段", "课程/任务", "考核方式", "带教人", "取证要求"),
        ("场务引导员", "影城运营部", "入职门槛", "高中及以上学历；18—35周岁；无色弱色盲；能适应晚班及节假日上班", "面试", "—", "—"),
        ("场务引导员", "影城运营部", "入职7天", "检票与入场引导流程；影厅巡场标准（每场不少于2次巡场）；防盗录制止话术", "现场实操", "值班经理", "—"),
        ("场务引导员", "影城运营部", "入职30天", "散场引导与遗留物品登记；突发事件疏散演练", "演练考核", "值班经理", "—"),
        ("票务收银员", "影城运营部", "入职门槛", "高中及以上学历；普通话标准；熟练使用电脑", "面试+上机", "—", "—"),
        ("票务收银员", "影城运营部", "入职7天", "售票系统操作；会员卡办理与充值；营业款交接", "上机考核", "值班经理", "—"),
        ("放映员", "放映部", "入职7天", "放映机开关机流程；放映列表核对；机房安全", "实操考核", "放映主管", "—"),
        ("放映员", "放映部", "入职90天", "常见放映故障处理；3D系统检查", "笔试+实操", "放映主管", "入职6个月内取得电影放映员职业资格证书"),
        ("排片专员", "区域运营办公室", "入职30天", "排片系统操作；票房数据分析；国产片排片政策", "方案评审", "区域排片经理", "—"),
        ("卖品员", "卖品部", "入职7天", "爆米花及饮品制作；食品安全操作规范", "实操考核", "卖品部主管", "上岗前取得健康证"),
    ]
    with open(os.path.join(OUT, "CX05_新员工学习地图.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for row in rows:
            w.writerow(row)
        w.writerow(("导出时间：2025-03-05 09:12", "", "", "", "", "", ""))
        w.writerow(("共10条记录", "", "", "", "", "", ""))


# ---------------------------------------------------------------- CX06 HTML postings with tooltip details
HTML_POSTS = [
    dict(title="排片专员", org="区域运营办公室·排片组", place="杭州（区域办）", edu="本科及以上", pay="8000-11000元/月", status="招聘中",
         short="负责辖区12家影城周排片方案编制…",
         duty="岗位职责：1.根据影片档期、预售及竞品数据，编制辖区12家影城的周排片方案；2.每日跟踪各影城上座率，动态调整场次；"
              "3.与发行方对接影片密钥及宣传物料；4.分析排片效益，每周输出排片分析报告；5.落实国产影片排片比例等政策要求。"
              "任职要求：影视、市场营销、统计学等相关专业；2年以上影院排片或电影发行相关经验；熟练使用Excel，熟悉票房数据平台；"
              "直接上级：区域排片经理。"),
    dict(title="场务引导员", org="各影城·影城运营部", place="杭州各影城", edu="高中及以上", pay="3800-4800元/月", status="招聘中",
         short="负责检票、引导观众入场及影厅巡场…",
         duty="岗位职责：1.负责检票、引导观众有序入场；2.开场前完成影厅清场检查；3.放映期间巡场，每场不少于2次，制止盗录、喧哗等行为；"
              "4.散场引导观众离场，登记遗留物品；5.协助保洁领班完成影厅快速清洁。任职要求：高中及以上学历，形象良好，服务意识强，"
              "能适应中班、晚班及节假日工作。直接上级：值班经理。"),
    dict(title="区域运营督导", org="区域运营办公室", place="杭州（需出差）", edu="本科及以上", pay="13000-16000元/月", status="招聘中",
         short="负责辖区影城巡店检查与运营督导…",
         duty="岗位职责：1.按计划巡店，检查影城运营标准执行情况；2.督导影城整改问题并跟踪闭环；3.分析辖区影城经营数据，提出改进建议；"
              "4.组织影城经理月度经营分析会；5.推动公司新标准、新流程在影城落地。任职要求：5年以上影院运营经验，有影城经理任职经历者优先；"
              "每月出差不少于15天。直接上级：区域运营总监。"),
    dict(title="卖品部主管", org="城西店·卖品部", place="杭州城西", edu="大专及以上", pay="5500-7000元/月", status="已结束（2024年）",
         short="负责卖品部日常运营…",
         duty="（2024年招聘，已结束）岗位职责：负责卖品部日常运营及库存管理。任职要求：2年以上餐饮管理经验。"),
]


def gen_cx06():
    esc = lambda s: s.replace("&", "&amp;").replace('"', "&quot;")
    rows = []
    for p in HTML_POSTS:
        cls = ' class="closed" style="color:#999"' if p["status"] != "招聘中" else ""
        rows.append(f'''      <tr{cls}>
        <td>{p["title"]}</td>
        <td>{p["org"]}</td>
        <td>{p["place"]}</td>
        <td>{p["edu"]}</td>
        <td>{p["pay"]}</td>
        <td class="ellipsis" title="{esc(p["duty"])}">{p["short"]}</td>
        <td>{p["status"]}</td>
      </tr>''')
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{CO} 招聘岗位列表</title>
<style>
  td.ellipsis {{ max-width: 220px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; cursor: help; }}
  tr.closed td {{ text-decoration: line-through; }}
</style>
</head>
<body>
<div class="topbar">星河影城 HR 自助平台 &gt; 招聘管理 &gt; 岗位列表</div>
<h2>招聘岗位列表（2025年3月）</h2>
<p class="tip">提示：鼠标悬停在“职位描述”列上可查看完整职位描述。</p>
<table class="grid" border="1" cellspacing="0">
  <thead>
    <tr><th>职位名称</th><th>用人单位</th><th>工作地点</th><th>学历</th><th>薪资</th><th>职位描述</th><th>状态</th></tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>
<p class="foot">共4条　第1/1页　会员营销专员岗位由市场部另行发布，不在此列表。</p>
</body>
</html>
'''
    with open(os.path.join(OUT, "CX06_招聘岗位列表.html"), "w", encoding="utf-8") as f:
        f.write(html)


# ---------------------------------------------------------------- CX07 PDF
def gen_cx07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "WQY"
    path = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(path):
        pdfmetrics.registerFont(TTFont(font, path, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    H = ParagraphStyle("h", fontName=font, fontSize=15, leading=22, alignment=1)
    B = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=17)
    C = ParagraphStyle("c", fontName=font, fontSize=9, leading=12)
    story = [Paragraph("区域运营督导巡店及排片考核办法", H),
             Paragraph("文件编号：HX-QY-2025-03　　发布部门：华东区域运营办公室　　生效日期：2025年3月1日", C), Spacer(1, 8)]
    arts = [
        "第一条　为规范辖区12家影城的巡店督导及排片管理，制定本办法。",
        "第二条　区域运营督导隶属区域运营办公室，向区域运营总监汇报；排片专员隶属区域运营办公室排片组，向区域排片经理汇报。",
        "第三条　区域运营督导每月对辖区每家影城巡店不少于2次，其中至少1次为晚场或周末巡店，巡店后48小时内提交督导报告。",
        "第四条　巡店发现的问题由影城经理在7个工作日内整改完毕，区域运营督导负责复查闭环。",
        "第五条　排片专员每周二前发布下周排片方案，重点影片上映首周每日复盘上座率。",
        "第六条　影片分账比例及票房结算事项由公司发行结算部统一管理，不属于本办法规定范围。",
        "第七条　区域运营督导、排片专员的月度考核指标如下表：",
    ]
    for a in arts:
        story.append(Paragraph(a, B))
    story.append(Spacer(1, 6))

    def tbl(title, rows):
        data = [["序号", "考核指标", "权重", "目标值", "评分说明"]] + [[str(i)] + [Paragraph(str(x), C) for x in r] for i, r in enumerate(rows, 1)]
        t = Table(data, colWidths=[30, 120, 40, 80, 210])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return [Paragraph(title, B), t, Spacer(1, 10)]
    story += tbl("表1　区域运营督导月度考核指标", [
        ("巡店覆盖率", "25%", "100%", "每店每月巡店不少于2次，缺一次扣5分"),
        ("问题整改闭环率", "25%", "≥95%", "按期整改并复查的问题数÷发现问题数"),
        ("辖区影城票房达成率", "30%", "≥100%", "辖区12家影城票房合计÷目标"),
        ("督导报告提交及时率", "20%", "100%", "48小时内提交，逾期一次扣5分")])
    story += tbl("表2　排片专员月度考核指标", [
        ("辖区平均上座率", "35%", "≥18%", "辖区影城观影人次÷可售座位数"),
        ("排片方案按时发布率", "20%", "100%", "每周二前发布，逾期一次扣10分"),
        ("黄金场次排片准确率", "25%", "≥95%", "区域复盘认定合理的黄金场次占比"),
        ("国产片排片政策达标率", "20%", "100%", "未达政策要求不得分")])
    story.append(Paragraph("第八条　本办法由华东区域运营办公室负责解释，自发布之日起施行。", B))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.drawString(40, 815, f"{CO}　华东区域运营办公室")
        canvas.drawRightString(555, 20, f"第{doc.page}页")
        canvas.restoreState()
    SimpleDocTemplate(os.path.join(OUT, "CX07_区域运营督导巡店及排片考核办法.pdf"), pagesize=A4,
                      topMargin=50, bottomMargin=40).build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- CX08 Marp slides
def gen_cx08():
    md = """---
marp: true
theme: default
paginate: true
header: '星河影城 新员工入职培训'
footer: '人力资源部 · 2025'
---

<!-- _class: lead -->
# 欢迎加入星河影城
## 一线岗位入职培训（第1课）

<!--
讲师备注：本课约40分钟，先放品牌宣传片，再讲岗位。
-->

---

# 我们的影城

- 12家影城：滨江IMAX旗舰店 1家、标准店 8家、社区店 3家
- 区域运营办公室设在杭州，负责巡店督导、排片和设备技术保障
- 影城内部分为：影城运营部、放映部、卖品部

---

# 场务引导员：你每天要做的事

- 检票，引导观众有序入场
- 开场前清场检查，确认影厅无遗留物、无安全隐患
- 放映期间巡场，每场不少于2次，发现盗录立即制止并报告值班经理
- 散场引导，登记遗留物品
- 配合保洁领班完成影厅快速清洁（场间隔一般15分钟）

<!--
讲师备注：强调场务引导员的直接上级是当班值班经理，不是保洁领班。
-->

---

# 场务引导员：上岗要求

| 项目 | 要求 |
|---|---|
| 学历 | 高中及以上 |
| 班次 | 中班（13:00—21:00）、晚班（17:00—次日01:00） |
| 着装 | 统一工服、工牌，佩戴对讲机 |
| 试用期 | 2个月 |

---

# 票务收银员：几点提醒

- 退票、改签按售票系统公告的《观影退改签规则》办理，本课不展开
- 每班结束与值班经理当面交接营业款
- 会员卡办理与充值须核对身份信息

---

# 还有哪些岗位？

- 会员营销专员：岗位说明另行发布
- 卖品员：见卖品部培训
- 放映员：见放映部培训

<!--
讲师备注：有学员问会员营销专员做什么，答“市场部还在定”。
-->
"""
    with open(os.path.join(OUT, "CX08_新员工入职培训.md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------- CX09 GBK text
def gen_cx09():
    txt = """排片专员岗位说明
（华东区域运营办公室　2025年1月修订）

一、岗位概况
排片专员隶属区域运营办公室排片组，直接上级为区域排片经理，无下属。工作地点为杭州区域办，常白班，每周一、周二为排片日需配合加班。
本岗位要求本科及以上学历，影视、市场营销、统计学等相关专业，具有2年以上影院排片或电影发行相关工作经验，熟练使用Excel及票房数据平台。

二、主要工作
1．每周编制辖区12家影城的下周排片方案，报区域排片经理审批后发布；
2．每日监控各影城上座率与预售数据，对低上座场次提出调整意见；
3．与发行方对接影片密钥、拷贝及宣传物料到位情况；
4．每周撰写排片效益分析报告；
5．确保国产影片排片比例等政策要求在各影城落实；
6．配合影城经理做好重点影片的首映及包场安排。

三、考核
按《区域运营督导巡店及排片考核办法》执行。

────────────────────────────
附：关于滨江IMAX店放映员班次调整的通知
各部门：
自2025年3月1日起，滨江IMAX店放映员班次由“三班倒”调整为“四班三运转”，其余影城放映员班次不变。
放映部
2025年2月20日
"""
    with open(os.path.join(OUT, "CX09_排片专员岗位说明.txt"), "w", encoding="gbk", newline="\r\n") as f:
        f.write(txt)


# ---------------------------------------------------------------- CX10 UTF-16 policy
def gen_cx10():
    txt = """星河影城员工手册（节选）　第四章　考勤与员工福利

4.1　影城实行综合工时制，一线岗位按班次排班，月度总工时不超过法定标准。
4.2　员工上下班须在门店考勤机打卡，迟到15分钟以内扣款20元，超过30分钟按旷工半天处理。
4.3　员工每月可领取员工观影券2张，限本人使用，不可在春节档、国庆档首周使用。
4.4　员工在卖品部购买商品享受7折优惠。
4.5　夜班（通宵班）员工发放夜班补贴，每班30元。
4.6　影片分账比例、观影退改签规则、3D眼镜清洗消毒标准等经营规范不属于本手册内容，请查阅相应业务制度。
4.7　本章由人力资源部负责解释。
"""
    with open(os.path.join(OUT, "CX10_员工手册节选.txt"), "w", encoding="utf-16") as f:
        f.write(txt)


if __name__ == "__main__":
    gen_cx01(); gen_cx02(); gen_cx03(); gen_cx04(); gen_cx05()
    gen_cx06(); gen_cx07(); gen_cx08(); gen_cx09(); gen_cx10()
    print("wrote", sorted(os.listdir(OUT)))
