# -*- coding: utf-8 -*-
"""Round 75 'mall': 星港商业管理有限公司 (two malls) — 10 HR documents.

Run: T75_OUT=/tmp/t75mall/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T75_OUT and truth.json next to this file.
"""
import copy
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = Path(os.environ.get("T75_OUT", "/tmp/t75mall/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "星港商业管理有限公司"
MALL_A = "星河汇购物中心"
MALL_B = "临港天街购物中心"

# --------------------------------------------------------------------------- truth
P = {
    "招商经理": dict(
        dept="招商部", boss="招商总监", subs="招商专员", loc="星河汇购物中心",
        purpose="负责所辖购物中心的品牌招商与租户结构优化，保障出租率和租金收入目标达成",
        duties=[
            "根据项目定位制定年度招商策略与品牌落位规划，报招商总监审批后组织实施",
            "拓展和维护主力店、次主力店及连锁品牌资源，建立品牌库并每季度更新",
            "主持租赁条件谈判，审核租赁意向书与租赁合同关键条款",
            "跟进空置铺位与到期铺位的续租、调铺和汰换，控制空置期不超过60天",
            "指导、考核招商专员的日常工作，组织每周招商例会",
            "配合营运部、工程部完成新店进场装修与开业筹备",
        ],
        edu="本科及以上学历，市场营销、工商管理、房地产经营管理等相关专业",
        exp="5年以上购物中心或商业地产招商经验，其中2年以上团队管理经验",
        skills="熟悉零售、餐饮、娱乐业态品牌资源，具备较强的商务谈判能力",
        shift="常白班（周末轮值）",
    ),
    "招商专员": dict(
        dept="招商部", boss="招商经理", subs="无", loc="星河汇购物中心、临港天街购物中心",
        duties=[
            "收集目标品牌信息，完成意向品牌的初次接洽、带看与资料登记",
            "编制铺位租赁条件对比表，协助招商经理开展租赁谈判",
            "起草租赁意向书，跟进合同签订、保证金收取与交铺手续",
            "维护招商系统中的铺位档案和品牌库数据，每月5日前提交招商进度报表",
            "定期走访在场商户，收集续租意向及经营诉求",
        ],
        edu="大专及以上学历（修订前为中专），专业不限，市场营销类优先",
        exp="2年以上商业招商、房产租赁或连锁品牌拓展经验",
        skills="熟练使用Office办公软件，沟通表达能力强",
        shift="常白班",
    ),
    "营运主管": dict(
        dept="营运部", boss="营运经理", subs="楼层管理员、客服中心专员", loc="临港天街购物中心",
        duties=[
            "组织实施商场日常营运管理，督导开闭店流程与各楼层巡场",
            "监督商户经营规范，处理商户违规经营及租户纠纷",
            "统筹客服中心工作，处理升级类顾客投诉并在24小时内给出处理意见",
            "配合企划部落实节假日及大型活动的现场营运保障",
            "每月汇总商户销售数据，分析坪效变化并提出调整建议",
            "排定楼层管理员班次，组织班前会与岗位培训",
        ],
        edu="本科及以上学历，专业不限，工商管理类优先",
        exp="3年以上购物中心营运管理经验",
        skills="熟悉商场营运流程与商户管理，具备突发事件处置能力",
        shift="早班8:30-17:30 / 晚班13:30-22:30 轮换",
    ),
    "楼层管理员": dict(
        dept="营运部", boss="营运主管", subs="无", loc="临港天街购物中心",
        duties=[
            "按巡场路线每2小时巡查责任楼层，记录商户开闭店、陈列及卫生情况",
            "检查商户证照公示、明码标价及消防通道占用情况，发现问题当场整改",
            "受理楼层内顾客求助与商户报修，转派工程部并跟踪闭环",
            "协助商户办理进撤场、装修施工及夜间作业审批手续",
            "填写楼层巡查日志，交接班时移交未完成事项",
        ],
        edu="高中或中专及以上学历",
        exp="1年以上商场、酒店或物业一线服务经验",
        skills="普通话标准，能适应倒班和长时间站立巡场",
        shift="早晚两班倒",
    ),
    "企划推广专员": dict(
        dept="企划部", boss="企划经理", subs="无", loc="星河汇购物中心",
        duties=[
            "根据年度营销日历策划节假日主题活动，撰写活动方案及预算",
            "负责商场微信公众号、小红书等新媒体账号的内容发布与运营",
            "对接广告、美陈及活动执行供应商，现场验收活动物料",
            "统计活动客流、销售及会员拉新数据，活动结束后7日内提交复盘报告",
        ],
        edu="略", exp="略", skills="略", shift="常白班",
    ),
    "会员运营专员": dict(
        dept="企划部（会员中心）", boss="企划经理", subs="无", loc="星河汇购物中心",
        duties=[
            "运营会员小程序及积分体系，维护会员等级权益",
            "策划会员日、积分兑礼等会员专属活动，提升会员复购",
            "分析会员消费数据，输出月度会员分析报告",
            "处理会员积分补录、权益核销及相关投诉",
            "联合商户开展异业合作，拓展会员权益资源",
        ],
        edu="大专及以上学历，市场营销、电子商务、统计学等相关专业",
        exp="2年以上零售或互联网会员运营经验",
        skills="熟练使用Excel数据透视表，具备基础数据分析能力",
        shift="常白班",
    ),
    "客服中心专员": dict(
        dept="营运部（客服中心）", boss="营运主管", subs="无", loc="临港天街购物中心",
        duties=[
            "负责服务台咨询接待、广播寻人及失物招领登记",
            "受理顾客投诉，按首问负责制跟进处理并回访",
            "办理会员注册、积分查询及礼品兑换",
            "提供婴儿车、轮椅、充电宝等便民服务借还登记",
            "每日汇总客诉台账，报营运主管",
        ],
        edu="大专及以上学历",
        exp="1年以上客服或前台接待经验，应届毕业生亦可",
        skills="普通话二级乙等及以上，会简单英语口语者优先",
        shift="早晚两班倒",
    ),
    "工程主管": dict(
        dept="工程部", boss="工程经理", subs="暖通技工、强电值班员、弱电技工", loc="星河汇购物中心",
        duties=[
            "组织编制并落实全场机电设备的年度维保计划",
            "督导强电、暖通、给排水等系统的日常运行与巡检",
            "组织设备故障抢修，重大故障30分钟内到场指挥",
            "审核商户装修图纸中的机电部分，参与进场验收",
            "控制能耗与维修成本，每月提交能耗分析报告",
            "组织工程人员开展安全培训及应急演练",
        ],
        edu="大专及以上学历，机电一体化、电气工程、暖通空调等相关专业",
        exp="5年以上商业综合体或大型物业工程管理经验",
        cert="持有低压电工作业证，持注册设备监理师或中级工程师职称者优先",
        shift="常白班，24小时应急待命",
    ),
    "暖通技工": dict(
        dept="工程部", boss="工程主管", subs="无", loc="星河汇购物中心",
        duties=[
            "负责冷水机组、空调箱、新风机组及冷却塔的运行操作与日常巡检",
            "按季节切换空调运行模式，调节公共区域温湿度",
            "执行暖通设备定期保养，清洗过滤网与冷凝器",
            "处理商户空调报修，填写维修工单",
            "抄录冷站运行数据，发现异常及时上报工程主管",
        ],
        edu="中专或技校及以上学历，制冷与空调相关专业",
        exp="3年以上中央空调运行维护经验",
        cert="持有制冷与空调作业证（特种作业操作证）",
        shift="三班倒（白班、中班、夜班）",
    ),
    "强电值班员": dict(
        dept="工程部", boss="工程主管", subs="无", loc="临港天街购物中心",
        duties=[
            "负责10kV高压配电室及低压配电系统的值班监控",
            "按规定执行倒闸操作，严格执行工作票、操作票制度",
            "每2小时巡视配电房并记录电压、电流、变压器温度",
            "处理停电、跳闸等突发供电故障，并配合供电部门检修",
            "管理配电室安全工器具，保持配电室整洁",
        ],
        edu="中专及以上学历，电气自动化、供用电技术等相关专业",
        exp="2年以上10kV配电室值班经验",
        cert="持有高压电工作业证（特种作业操作证）",
        shift="四班三运转",
    ),
    "消防控制室值班员": dict(
        dept="安保部", boss="安保主管", subs="无", loc="星河汇购物中心",
        duties=[
            "24小时监控火灾自动报警系统、消防联动控制系统运行状态",
            "接到火警信号后立即通过视频或派人现场核实，确认火情后启动应急预案并拨打119",
            "每日检查消防控制室设备，填写《消防控制室值班记录表》",
            "负责消防设施故障报修登记，跟踪维修结果",
            "配合消防部门检查及每季度的消防演练",
        ],
        edu="高中及以上学历，消防相关专业优先",
        exp="1年以上消防控制室值班经验",
        cert="持有消防设施操作员（中级）职业资格证书",
        shift="24小时值班，两班轮换（白班8:00-20:00，夜班20:00-次日8:00）",
    ),
    "安保领班": dict(
        dept="安保部", boss="安保主管", subs="安保员", loc="临港天街购物中心",
        duties=[
            "带领本班安保员执行商场门岗、巡逻及重点部位守护",
            "组织班前点名、着装检查及当班任务布置",
            "处置当班治安事件、顾客纠纷及突发事件，及时上报安保主管",
            "监督闭店清场及夜间巡查，核对钥匙与门禁交接",
            "记录当班安保日志，组织班组消防及反恐演练",
        ],
        edu="高中及以上学历，退伍军人优先",
        exp="2年以上安保工作经验，其中1年以上班组管理经验",
        cert="持有保安员证",
        shift="三班倒",
    ),
    "停车场管理员": dict(
        dept="安保部（停车场）", boss="安保领班（2025年8月1日起改为停车场主管）", subs="无",
        loc="星河汇购物中心地下停车场",
        duties=[
            "疏导车辆进出，引导车辆有序停放",
            "按收费标准办理临时停车收费及月卡登记，核对会员减免",
            "巡查车场内车辆、消防设施及照明情况，发现隐患及时上报",
            "处理道闸、车牌识别等设备的简单故障并报修",
            "当班结束时核对收费金额，填写交班记录",
        ],
        edu="初中及以上学历",
        exp="有停车场管理或保安工作经验者优先",
        cert="持有C1及以上驾驶证",
        shift="三班倒",
    ),
}

# ============================================================ helpers (docx)

def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def cell_lines(cell, lines, bold_first=False):
    """Put several lines into one cell, separated by soft line breaks (w:br)."""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        r = p.add_run(ln)
        if bold_first and i == 0:
            r.bold = True
        if i < len(lines) - 1:
            r.add_break()


def add_tracked_change(paragraph, before, deleted, inserted, after, author="人力资源部-王琳"):
    paragraph.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "11"); d.set(qn("w:author"), author); d.set(qn("w:date"), "2025-03-12T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted
    t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    paragraph._p.append(d)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "12"); ins.set(qn("w:author"), author); ins.set(qn("w:date"), "2025-03-12T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = inserted
    t.set(qn("xml:space"), "preserve"); r.append(t); ins.append(r)
    paragraph._p.append(ins)
    paragraph.add_run(after)


def two_column_section(section):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "425"); cols.set(qn("w:sep"), "1")


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

# ============================================================ 01 docx (two newspaper columns)

def doc01():
    doc = Document(); set_font(doc)
    header_footer(doc, f"{CO}　人力资源管理文件　编号：XG-HR-JD-2025-01　版本：V2.0",
                  "受控文件 · 未经许可不得外传 · 人力资源部编制")
    t = doc.add_paragraph(); r = t.add_run("营运与招商条线岗位说明书汇编（2025年版）"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("适用范围：星河汇购物中心、临港天街购物中心。本汇编收录招商部、营运部、企划部岗位；"
                      "招商总监、营运经理、企划经理岗位说明书另行发布。")
    # from here on two columns
    sec = doc.add_section(0)  # continuous
    two_column_section(sec)
    for name in ["招商经理", "招商专员", "营运主管", "楼层管理员", "企划推广专员"]:
        d = P[name]
        h = doc.add_paragraph(); rr = h.add_run(f"◆ {name}"); rr.bold = True; rr.font.size = Pt(13)
        tb = doc.add_table(rows=2, cols=2); tb.style = "Table Grid"
        cell_lines(tb.cell(0, 0), [f"所属部门：{d['dept']}", f"直接上级：{d['boss']}"])
        cell_lines(tb.cell(0, 1), [f"直接下属：{d['subs']}", f"工作地点：{d['loc']}"])
        m = tb.cell(1, 0).merge(tb.cell(1, 1))
        m.text = f"班次：{d['shift']}"
        if d.get("purpose"):
            doc.add_paragraph(f"岗位目的：{d['purpose']}。")
        p = doc.add_paragraph(); p.add_run("岗位职责").bold = True
        for i, du in enumerate(d["duties"], 1):
            doc.add_paragraph(f"▪ {du}；")
        p = doc.add_paragraph(); p.add_run("任职资格").bold = True
        if name == "企划推广专员":
            doc.add_paragraph("略（参照企划部通用任职要求，待企划经理确认后另行补充）。")
        elif name == "招商专员":
            p = doc.add_paragraph()
            add_tracked_change(p, "学历专业｜", "中专", "大专", "及以上学历，专业不限，市场营销类优先")
            doc.add_paragraph(f"工作经验｜{d['exp']}")
            doc.add_paragraph(f"能力要求｜{d['skills']}")
            n = doc.add_paragraph(); nr = n.add_run("【修订说明：2025年3月起招商专员学历要求由中专提高为大专，已在职人员不受影响。】")
            nr.font.color.rgb = RGBColor(0xC0, 0, 0)
        else:
            doc.add_paragraph(f"学历专业｜{d['edu']}")
            doc.add_paragraph(f"工作经验｜{d['exp']}")
            doc.add_paragraph(f"能力要求｜{d['skills']}")
    doc.add_paragraph("以下岗位仅列名称，岗位说明书编制中：收银稽核员（财务部驻场）、招商总监。")
    doc.save(OUT / "01_营运招商岗位说明书汇编_V2.0.docx")

# ============================================================ 02 docx (forms, vMerge, nested table, superseded)

def doc02():
    doc = Document(); set_font(doc)
    header_footer(doc, "工程部 · 岗位说明书　　ENG-JD　　" + CO,
                  "编制：人力资源部　　审核：工程经理　　批准：总经理　　生效日期：2025年4月1日")
    t = doc.add_paragraph(); r = t.add_run("工程部岗位说明书"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("本文件适用于两馆工程部一线及主管岗位。工程经理、弱电技工岗位说明书另见。")
    codes = {"工程主管": "ENG-02", "暖通技工": "ENG-05", "强电值班员": "ENG-06"}
    heads = {"工程主管": [("日常运维", [0, 1]), ("应急与安全", [2, 5]), ("技术与成本", [3, 4])],
             "暖通技工": [("运行操作", [0, 1]), ("维护保养", [2, 3]), ("记录上报", [4])],
             "强电值班员": [("值班监控", [0, 2]), ("操作与处置", [1, 3]), ("现场管理", [4])]}
    for name in ["工程主管", "暖通技工", "强电值班员"]:
        d = P[name]
        doc.add_paragraph().add_run(f"{codes[name]}　{name}岗位说明书").bold = True
        ndu = len(d["duties"])
        tb = doc.add_table(rows=4 + ndu + 1, cols=4); tb.style = "Table Grid"
        rows = [("岗位名称", name, "岗位编号", codes[name]),
                ("所属部门", d["dept"], "工作班制", d["shift"]),
                ("直接上级", d["boss"], "直接下属", d["subs"]),
                ("职责类别", "工作内容", None, None)]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                if v is not None:
                    tb.cell(i, j).text = v
        tb.cell(3, 1).merge(tb.cell(3, 3))
        for k in range(4):
            set_cell_bg(tb.cell(3, k), "D9E2F3")
        r0 = 4
        for cat, idxs in heads[name]:
            start = r0
            for ix in idxs:
                c = tb.cell(r0, 1).merge(tb.cell(r0, 3))
                c.text = f"{ix + 1}. {d['duties'][ix]}"
                r0 += 1
            cat_cell = tb.cell(start, 0).merge(tb.cell(r0 - 1, 0)) if r0 - 1 > start else tb.cell(start, 0)
            cat_cell.text = cat
        # qualification row with nested table
        tb.cell(r0, 0).text = "任职资格"
        q = tb.cell(r0, 1).merge(tb.cell(r0, 3))
        nt = q.add_table(rows=2, cols=3); nt.style = "Table Grid"
        for j, v in enumerate(["学历与专业", "工作经验", "资格证书"]):
            nt.cell(0, j).text = v
        nt.cell(1, 0).text = d["edu"]; nt.cell(1, 1).text = d["exp"]; nt.cell(1, 2).text = d["cert"]
        if name == "强电值班员":
            n = doc.add_paragraph(); nr = n.add_run("【修订批注（2025-03 人力资源部）：强电值班员班制由“两班倒”调整为“四班三运转”，原排班表同步作废。】")
            nr.font.color.rgb = RGBColor(0xC0, 0, 0)
        doc.add_paragraph("")
    doc.add_page_break()
    doc.add_paragraph().add_run("附件：暖通技工岗位说明书（2023版，已废止，仅供查阅）").bold = True
    tb = doc.add_table(rows=5, cols=2); tb.style = "Table Grid"
    for i, (a, b) in enumerate([("岗位名称", "暖通技工（2023版）"), ("直接上级", "工程经理"),
                                ("工作班制", "常白班"),
                                ("岗位职责", "负责空调设备开关机及简单维修；协助外包单位完成冷站保养"),
                                ("任职资格", "初中及以上学历，持制冷工初级证")]):
        tb.cell(i, 0).text = a; tb.cell(i, 1).text = b
    doc.save(OUT / "02_工程部岗位说明书.docx")

# ============================================================ 03 xlsx KPI library (BSC, merged, formulas)
KPI = {
    "招商部": [
        ("招商经理", "季度", "招商总监", [
            ("财务", "租金收缴率", "实收租金/应收租金×100%", 0.25, "95%", "98%", "100%", "财务部"),
            ("财务", "年度租金收入完成率", "实际租金收入/年度预算×100%", 0.20, "90%", "100%", "105%", "财务部"),
            ("客户", "铺位出租率", "已出租面积/可租面积×100%", 0.25, "92%", "96%", "98%", "招商系统"),
            ("内部流程", "空置铺位平均招商周期", "空置铺位从空置到签约的平均天数", 0.20, "90天", "60天", "45天", "招商系统"),
            ("学习成长", "品牌库更新及时率", "按季度更新品牌库的完成情况", 0.10, "80%", "100%", "100%", "招商部"),
        ]),
        ("招商专员", "月度", "招商经理", [
            ("客户", "意向品牌接洽数量", "当月完成首次接洽并登记的品牌数", 0.30, "8个", "12个", "15个", "招商系统"),
            ("财务", "签约面积完成率", "实际签约面积/月度计划×100%", 0.35, "80%", "100%", "120%", "招商系统"),
            ("内部流程", "招商报表提交及时率", "每月5日前提交报表的次数/应提交次数", 0.20, "90%", "100%", "100%", "招商部"),
            ("内部流程", "合同资料归档完整率", "资料齐全的合同数/签约合同数", 0.15, "95%", "100%", "100%", "法务部"),
        ]),
    ],
    "营运部": [
        ("营运主管", "月度", "营运经理", [
            ("客户", "顾客投诉处理及时率", "24小时内给出处理意见的投诉数/投诉总数", 0.25, "90%", "98%", "100%", "客服台账"),
            ("客户", "神秘顾客检查得分", "第三方神秘顾客检查平均分", 0.20, "85分", "90分", "95分", "第三方"),
            ("内部流程", "商户违规整改率", "按期整改的违规事项数/违规事项总数", 0.20, "90%", "95%", "100%", "巡场记录"),
            ("财务", "商户销售额同比增长率", "本月商户销售额同比增幅", 0.25, "3%", "8%", "12%", "销售系统"),
            ("学习成长", "岗位培训完成率", "完成培训人次/计划培训人次", 0.10, "90%", "100%", "100%", "人力资源部"),
        ]),
        ("楼层管理员", "月度", "营运主管", [
            ("内部流程", "巡场计划执行率", "按时完成的巡场次数/计划巡场次数", 0.40, "95%", "100%", "100%", "巡场系统"),
            ("客户", "报修转派闭环率", "跟踪闭环的报修单数/受理报修单数", 0.30, "90%", "98%", "100%", "报修工单系统"),
            ("内部流程", "巡查日志填写合格率", "合格日志份数/应填日志份数", 0.30, "90%", "100%", "100%", "营运部"),
        ]),
    ],
    "企划部": [
        ("会员运营专员", "月度", "企划经理", [
            ("客户", "新增会员数", "当月新注册会员人数", 0.25, "3000人", "4000人", "5000人", "会员系统"),
            ("客户", "会员复购率", "当月消费2次及以上会员数/消费会员数", 0.25, "25%", "30%", "35%", "会员系统"),
            ("财务", "会员销售占比", "会员消费额/商场总销售额", 0.20, "40%", "45%", "50%", "销售系统"),
            ("内部流程", "积分补录处理时效", "积分补录申请在48小时内处理的比例", 0.15, "90%", "98%", "100%", "客服台账"),
            ("学习成长", "月度会员分析报告提交及时率", "按时提交报告的月份占比", 0.15, "90%", "100%", "100%", "企划部"),
        ]),
    ],
    "工程部": [
        ("工程部（部门KPI）", "季度", "分管副总经理", [
            ("财务", "单位面积能耗同比下降率", "公共区域每平方米能耗同比降幅", 0.25, "2%", "5%", "8%", "能耗平台"),
            ("内部流程", "设备完好率", "完好设备台数/设备总台数", 0.25, "95%", "98%", "99%", "设备台账"),
            ("客户", "报修响应及时率", "15分钟内响应的报修单/报修单总数", 0.20, "90%", "95%", "98%", "工单系统"),
            ("内部流程", "维保计划完成率", "实际完成维保项/计划维保项", 0.20, "90%", "100%", "100%", "维保记录"),
            ("学习成长", "安全责任事故次数", "工程责任导致的安全事故", 0.10, "≤1次", "0次", "0次", "安保部"),
        ]),
    ],
}


def xlsx03():
    wb = Workbook(); ws = wb.active; ws.title = "填表说明"
    for i, line in enumerate([
        "星港商管2025年度岗位KPI指标库",
        "1. 指标按平衡计分卡四个维度（财务、客户、内部流程、学习成长）设置。",
        "2. 权重以小数录入，单元格显示为百分比；每个岗位权重合计须为100%。",
        "3. 目标值分门槛值、目标值、挑战值三档：低于门槛值该项不得分，达到挑战值按120%计分。",
        "4. 停车场相关指标见《停车场岗位作业指导书》，“停车场2023”工作表已作废。",
    ], 1):
        ws.cell(i, 1, line)
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sheet, blocks in KPI.items():
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:I1")
        ws["A1"] = f"星港商管2025年度岗位KPI指标库——{sheet}"; ws["A1"].font = Font(bold=True, size=14)
        r = 3
        for post, cyc, rater, inds in blocks:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            ws.cell(r, 1, f"考核岗位：{post}　　考核周期：{cyc}　　考核人：{rater}").font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
            r += 1
            hdr1 = ["维度", "序号", "指标名称", "指标定义/计算公式", "权重", "目标值", None, None, "数据来源"]
            hdr2 = [None, None, None, None, None, "门槛值", "目标值", "挑战值", None]
            for j, v in enumerate(hdr1, 1):
                if v: ws.cell(r, j, v).font = Font(bold=True)
            for j, v in enumerate(hdr2, 1):
                if v: ws.cell(r + 1, j, v).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
            for j in [1, 2, 3, 4, 5, 9]:
                ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
            r += 2
            first = r
            # group by dimension (sorted order kept, merge consecutive)
            prev = None; start = r
            for k, (dim, name, defi, w, lo, mid, hi, src) in enumerate(inds, 1):
                if dim != prev:
                    if prev is not None and r - 1 > start:
                        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                    ws.cell(r, 1, dim); start = r; prev = dim
                ws.cell(r, 2, k); ws.cell(r, 3, name); ws.cell(r, 4, defi)
                c = ws.cell(r, 5, w); c.number_format = "0%"
                ws.cell(r, 6, lo); ws.cell(r, 7, mid); ws.cell(r, 8, hi); ws.cell(r, 9, src)
                for j in range(1, 10):
                    ws.cell(r, j).border = bd
                    ws.cell(r, j).alignment = Alignment(vertical="center", wrap_text=True)
                r += 1
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r, 3, "权重合计"); c = ws.cell(r, 5, f"=SUM(E{first}:E{r - 1})"); c.number_format = "0%"
            r += 3
        for col, wdt in zip("ABCDEFGHI", [10, 6, 24, 36, 8, 10, 10, 10, 12]):
            ws.column_dimensions[col].width = wdt
    ws = wb.create_sheet("停车场2023（作废）")
    ws["A1"] = "【已作废】2023年停车场管理员考核指标，2025年起不再使用"
    for i, row in enumerate([("指标名称", "权重"), ("停车收费收入", "60%"), ("车场卫生", "40%")], 2):
        ws.cell(i, 1, row[0]); ws.cell(i, 2, row[1])
    wb.save(OUT / "03_岗位KPI指标库_2025.xlsx")

# ============================================================ 04 xlsx staffing & pay per mall
STAFF = {
    MALL_A: [
        ("招商部", "招商总监", 1, 1, "D", 25000, 35000, "两馆共用，岗位说明书另行发布"),
        ("招商部", "招商经理", 1, 1, "D", 14000, 21000, ""),
        ("招商部", "招商专员", 4, 3, "D", 6500, 9000, "含提成另计"),
        ("营运部", "营运经理", 1, 1, "D", 16000, 22000, ""),
        ("营运部", "营运主管", 2, 2, "A/B", 8500, 11000, ""),
        ("营运部", "楼层管理员", 8, 7, "A/B", 4500, 5500, ""),
        ("营运部", "客服中心专员", 4, 4, "A/B", 4200, 5200, ""),
        ("企划部", "企划推广专员", 2, 1, "D", 7000, 9500, ""),
        ("企划部", "会员运营专员", 1, 1, "D", 7500, 10000, ""),
        ("工程部", "工程主管", 1, 1, "D", 10000, 13000, "24小时应急待命"),
        ("工程部", "暖通技工", 4, 4, "1/2/3", 6000, 7500, "持证津贴300元/月另计"),
        ("工程部", "强电值班员", 4, 4, "4B3", 6500, 8000, "持证津贴300元/月另计"),
        ("安保部", "消防控制室值班员", 4, 4, "DN", 5000, 6000, ""),
        ("安保部", "安保领班", 3, 3, "1/2/3", 5500, 6500, ""),
        ("安保部", "停车场管理员", 6, 5, "1/2/3", 4000, 4800, ""),
        ("财务部", "收银稽核员", 2, 2, "D", 5000, 6000, "财务部驻场，岗位说明书待编制"),
    ],
    MALL_B: [
        ("招商部", "招商专员", 3, 2, "D", 6000, 8500, "含提成另计"),
        ("营运部", "营运经理", 1, 1, "D", 15000, 20000, ""),
        ("营运部", "营运主管", 2, 2, "A/B", 8000, 10500, ""),
        ("营运部", "楼层管理员", 6, 6, "A/B", 4300, 5200, ""),
        ("营运部", "客服中心专员", 3, 3, "A/B", 4000, 5000, ""),
        ("工程部", "工程主管", 1, 1, "D", 9500, 12500, ""),
        ("工程部", "暖通技工", 3, 3, "1/2/3", 5800, 7200, "持证津贴300元/月另计"),
        ("工程部", "强电值班员", 4, 4, "4B3", 6200, 7800, "持证津贴300元/月另计"),
        ("安保部", "消防控制室值班员", 4, 4, "DN", 4800, 5800, ""),
        ("安保部", "安保领班", 3, 2, "1/2/3", 5300, 6300, ""),
        ("安保部", "停车场管理员", 5, 5, "1/2/3", 3800, 4600, ""),
    ],
}


def xlsx04():
    wb = Workbook(); first = True
    for mall, rows in STAFF.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = mall
        ws.merge_cells("A1:H1"); ws["A1"] = f"{mall}　2025年定岗定编及薪酬标准"; ws["A1"].font = Font(bold=True, size=13)
        h1 = ["部门", "岗位", "编制（人）", "在岗（人）", "班次代码", "月薪标准（元/月，税前）", None, "备注"]
        for j, v in enumerate(h1, 1):
            if v: ws.cell(2, j, v).font = Font(bold=True)
        ws.cell(3, 6, "下限").font = Font(bold=True); ws.cell(3, 7, "上限").font = Font(bold=True)
        ws.merge_cells("F2:G2")
        for j in [1, 2, 3, 4, 5, 8]:
            ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        r = 4; prev = None; start = 4
        for dept, post, n, m, sh, lo, hi, note in rows:
            if dept != prev:
                if prev is not None and r - 1 > start:
                    ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
                ws.cell(r, 1, dept); prev = dept; start = r
            for j, v in enumerate([post, n, m, sh, lo, hi, note], 2):
                ws.cell(r, j, v)
            r += 1
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r, 2, "合计"); ws.cell(r, 3, f"=SUM(C4:C{r-1})"); ws.cell(r, 4, f"=SUM(D4:D{r-1})")
    ws = wb.create_sheet("班次代码")
    for i, row in enumerate([
        ("代码", "班次", "时间"),
        ("D", "常白班", "9:00-18:00，周末轮值"),
        ("A/B", "早晚两班倒", "A 早班8:30-17:30；B 晚班13:30-22:30"),
        ("1/2/3", "三班倒", "1 白班8:00-16:00；2 中班16:00-24:00；3 夜班0:00-8:00"),
        ("4B3", "四班三运转", "四个班组轮流上三个班次，每班8小时"),
        ("DN", "24小时两班轮换", "白班8:00-20:00；夜班20:00-次日8:00"),
    ], 1):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    wb.save(OUT / "04_定岗定编与薪酬标准_2025.xlsx")

# ============================================================ 05 csv

def csv05():
    rows = [["需求编号", "岗位名称", "用人部门", "工作地点", "招聘人数", "学历要求", "经验要求",
             "岗位职责", "任职要求", "薪资范围", "状态"]]
    def duties(name):
        return "\n".join(f"{i}、{x}" for i, x in enumerate(P[name]["duties"], 1))
    rows.append(["ZP2025-031", "招商专员", "招商部", MALL_B, "1", "大专", "2年以上",
                 duties("招商专员"), "有连锁品牌拓展资源者优先；能接受周末带看", "6000-8500元/月+提成", "招聘中"])
    rows.append(["ZP2025-032", "停车场管理员", "安保部", MALL_A, "2", "初中", "不限",
                 duties("停车场管理员"), "持C1及以上驾驶证；身体健康，能适应三班倒", "4000-4800元/月", "招聘中"])
    rows.append(["ZP2025-033", "客服中心专员", "营运部", MALL_B, "1", "大专", "1年以上",
                 duties("客服中心专员"), "普通话二级乙等及以上；形象气质佳", "4000-5000元/月", "招聘中"])
    rows.append(["ZP2025-034", "暖通技工", "工程部", MALL_A, "1", "中专/技校", "3年以上",
                 duties("暖通技工"), "持制冷与空调作业证；能适应三班倒", "6000-7500元/月+持证津贴", "招聘中"])
    rows.append(["ZP2025-021", "收银稽核员", "财务部", MALL_A, "1", "", "", "", "", "", "已关闭"])
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (OUT / "05_招聘需求导出_2025Q3.csv").write_text(buf.getvalue(), encoding="utf-8-sig")

# ============================================================ 06 html (e-mail newsletter, nested layout tables)

def html06():
    def posting(name, mall, pay, num, extra):
        d = P[name]
        du = "<br>\n".join(f"{i}. {x}" for i, x in enumerate(d["duties"], 1))
        req = "<br>\n".join([d["edu"], d["exp"]] + ([d["cert"]] if d.get("cert") else []) + [extra])
        return f"""<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center">
<tr><td bgcolor="#1f4e79" style="padding:8px 16px"><font color="#ffffff" size="4"><b>{name}</b></font>&nbsp;&nbsp;<font color="#cfe2f3" size="2">{mall}&nbsp;|&nbsp;{d['dept']}&nbsp;|&nbsp;{num}人</font></td></tr>
<tr><td style="padding:10px 16px">
  <table width="100%" cellpadding="4" cellspacing="0" border="0">
  <tr><td width="90" valign="top"><font color="#888888">薪资待遇</font></td><td>{pay}</td></tr>
  <tr><td valign="top"><font color="#888888">汇报对象</font></td><td>{d['boss']}</td></tr>
  <tr><td valign="top"><font color="#888888">工作内容</font></td><td>
{du}
  </td></tr>
  <tr><td valign="top"><font color="#888888">我们希望你</font></td><td>
{req}
  </td></tr>
  </table>
</td></tr>
</table>
<table width="600" align="center"><tr><td height="18">&nbsp;</td></tr></table>
"""
    body = (posting("楼层管理员", MALL_B, "4300-5200元/月，五险一金，员工餐补", 2, "能适应早晚两班倒")
            + posting("强电值班员", MALL_B, "6200-7800元/月，另有持证津贴300元/月", 1, "能适应四班三运转")
            + posting("会员运营专员", MALL_A, "7500-10000元/月，年终奖", 1, "有商场会员小程序运营经验者优先"))
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>星港商管 · 人才招聘快讯 第18期</title></head>
<body bgcolor="#eeeeee">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td align="right"><font size="1" color="#999999">邮件显示不正常？请在浏览器中查看</font></td></tr></table>
<table width="600" align="center" bgcolor="#1f4e79"><tr><td style="padding:16px"><font color="#ffffff" size="5"><b>星港商管人才招聘快讯</b></font><br><font color="#cfe2f3">2025年第18期 · 内部推荐奖励最高2000元</font></td></tr></table>
<table width="600" align="center"><tr><td style="padding:12px"><font size="2">各位同事：本期开放以下岗位，欢迎内部推荐。推荐成功且新员工转正后发放推荐奖励。</font></td></tr></table>
{body}
<table width="600" align="center"><tr><td style="padding:12px"><font size="1" color="#999999">简历投递：hr@xinggang-mall.example ｜ 人力资源部 招聘组<br>本邮件由系统自动发送，请勿直接回复。</font></td></tr></table>
</body></html>
"""
    (OUT / "06_人才招聘快讯_第18期.html").write_text(html, encoding="utf-8")

# ============================================================ 07 pdf (duties + sidebar box at same height, ruled KPI table)

def pdf07():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    f = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(f):
        pdfmetrics.registerFont(TTFont("CJK", f)); FN = "CJK"
    else:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); FN = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(str(OUT / "07_消防安保岗位责任制.pdf"), pagesize=A4)

    def wrap(text, n):
        return [text[i:i + n] for i in range(0, len(text), n)]

    def page(name, kpi=None):
        d = P[name]
        c.setFont(FN, 9); c.drawString(40, H - 30, f"{CO}　安保部　岗位安全责任制（2025修订）")
        c.line(40, H - 34, W - 40, H - 34)
        c.setFont(FN, 16); c.drawString(40, H - 70, f"{name}岗位安全责任")
        # sidebar box on the right
        bx, by, bw = W - 200, H - 100, 160
        lines = [("岗位信息", True), (f"部门：{d['dept']}", False), (f"上级：{d['boss']}", False),
                 (f"下属：{d['subs']}", False), (f"地点：{d['loc']}", False),
                 ("班次：", False)] + [(x, False) for x in wrap(d["shift"], 12)] + \
                [("证书：", False)] + [(x, False) for x in wrap(d["cert"], 12)]
        c.setFillColorRGB(0.93, 0.95, 0.98)
        c.rect(bx, by - 16 * len(lines) - 6, bw, 16 * len(lines) + 14, fill=1, stroke=1)
        c.setFillColorRGB(0, 0, 0)
        y = by - 6
        for txt, b in lines:
            c.setFont(FN, 10 if b else 9); c.drawString(bx + 8, y, txt); y -= 16
        # duties on the left, same heights
        y = H - 106
        c.setFont(FN, 11); c.drawString(40, y, "一、安全职责"); y -= 18
        c.setFont(FN, 10)
        for i, du in enumerate(d["duties"], 1):
            for k, seg in enumerate(wrap(f"{i}．{du}", 24)):
                c.drawString(40 if k == 0 else 56, y, seg); y -= 15
        y -= 10
        c.setFont(FN, 11); c.drawString(40, y, "二、任职条件"); y -= 18
        c.setFont(FN, 10)
        for seg in [f"学历：{d['edu']}", f"经验：{d['exp']}"]:
            for k, s in enumerate(wrap(seg, 24)):
                c.drawString(40 if k == 0 else 56, y, s); y -= 15
        y = min(y, by - 16 * len(lines) - 30) - 10
        if kpi:
            c.setFont(FN, 11); c.drawString(40, y, f"三、{name}月度考核指标"); y -= 10
            cols = [40, 200, 400, 460, W - 40]
            rows = [("指标名称", "考核标准", "权重", "目标")] + kpi
            for row in rows:
                c.line(cols[0], y, cols[-1], y)
                for j, v in enumerate(row):
                    c.setFont(FN, 9); c.drawString(cols[j] + 4, y - 13, v)
                y -= 18
            c.line(cols[0], y, cols[-1], y)
            for x in cols:
                c.line(x, y, x, y + 18 * len(rows))
        c.setFont(FN, 8); c.drawString(40, 30, "安保部编制　人力资源部备案　　本责任制每年复核一次")
        c.showPage()

    page("消防控制室值班员", kpi=[
        ("火警信号确认及时率", "3分钟内完成核实", "30%", "100%"),
        ("值班记录完整率", "记录表无漏填", "25%", "100%"),
        ("设备故障报修闭环率", "故障登记后跟踪闭环", "25%", "≥95%"),
        ("消防演练参与率", "按计划参加演练", "20%", "100%"),
    ])
    page("安保领班")
    c.save()

# ============================================================ 08 markdown (pandoc grid tables)

def dw(s):
    import unicodedata
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def md08():
    def grid(name):
        d = P[name]
        L = 12; R = 74
        def row(a, b_lines):
            out = []
            for k, b in enumerate(b_lines):
                aa = a if k == 0 else ""
                out.append(f"| {aa}{' ' * max(0, L - 2 - dw(aa))} | {b}{' ' * max(0, R - 2 - dw(b))} |")
            return out
        sep = "+" + "-" * L + "+" + "-" * R + "+"
        hsep = "+" + "=" * L + "+" + "=" * R + "+"
        lines = [sep] + row("项目", ["内容"]) + [hsep]
        items = [("岗位名称", [name]), ("所属部门", [d["dept"]]), ("汇报对象", [d["boss"]]),
                 ("工作地点", [d["loc"]]), ("班次", [d["shift"]]),
                 ("主要职责", [f"- {x}" for x in d["duties"]]),
                 ("任职要求", [f"- {d['edu']}", f"- {d['exp']}", f"- {d['skills']}"])]
        for a, b in items:
            lines += row(a, b) + [sep]
        return "\n".join(lines)
    md = f"""---
title: 客服与会员岗位工作指引
owner: 营运部 / 企划部
updated: 2025-06-20
---

# 客服与会员岗位工作指引

> 本指引面向新入职的客服中心专员与会员运营专员。会员积分规则以《星港会员章程》为准，本指引不重复。

## 一、客服中心专员

{grid('客服中心专员')}

客服中心专员执行“首问负责制”：第一位接待顾客的员工负责跟进到底，不得推诿。

## 二、会员运营专员

{grid('会员运营专员')}

## 三、常见问题

**问：客服中心专员要不要会英语？**
答：不强制，会简单英语口语者优先。

**问：会员运营专员出报告的频率？**
答：每月一次，输出月度会员分析报告。
"""
    (OUT / "08_客服与会员岗位指引.md").write_text(md, encoding="utf-8")

# ============================================================ 09 GBK txt (leader dots)

def txt09():
    d = P["停车场管理员"]
    def dots(label, value):
        return f"{label}{'…' * (10 - len(label))}{value}"
    lines = [
        f"{CO}", "停车场岗位作业指导书（文件编号：XG-AB-ZY-007）", "",
        "【岗位】停车场管理员", "",
        "〔基本信息〕",
        dots("所属部门", d["dept"]),
        dots("直接上级", "安保领班"),
        dots("工作地点", d["loc"]),
        dots("班制", d["shift"]),
        dots("定员", "星河汇6人，临港天街5人"), "",
        "〔岗位职责〕",
    ] + [f"{'①②③④⑤⑥'[i]}{x}" for i, x in enumerate(d["duties"])] + [
        "",
        "〔任职条件〕",
        dots("学历", d["edu"]),
        dots("经验", d["exp"]),
        dots("证书", d["cert"]),
        dots("其他", "身体健康，无违法犯罪记录，能适应夜间值班"), "",
        "〔考核要点〕",
        "收费差错率（权重35%）：当班收费金额与系统记录差错不超过0.5%；",
        "车辆疏导及时率（权重25%）：高峰时段入口排队不超过10辆；",
        "设备报修及时率（权重20%）：设备故障15分钟内报修；",
        "交班记录完整率（权重20%）：交班记录无漏项。", "",
        "〔作业要求〕",
        "1．上岗前检查对讲机、收费终端、反光背心；",
        "2．遇车辆剐蹭纠纷，先保护现场并通知安保领班，不得自行调解赔偿。", "",
        "――――――――――――――――――――",
        "补充通知（2025年7月15日）：",
        "经公司研究，新设停车场主管岗位（岗位说明书另行发布）。自2025年8月1日起，停车场管理员的直接上级由安保领班调整为停车场主管，其余内容不变。",
        "　　　　　　　　　　　　　　　　　　　　　安保部　人力资源部",
    ]
    (OUT / "09_停车场岗位作业指导书.txt").write_bytes("\r\n".join(lines).encode("gbk"))

# ============================================================ 10 UTF-16 policy

def txt10():
    text = f"""{CO}
考勤与排班管理制度（2025年修订）

第一条　目的
为规范两馆员工考勤与排班管理，保障商场营业期间各岗位在岗，制定本制度。

第二条　适用范围
本制度适用于公司全体员工。财务部驻场的收银稽核员按财务部排班执行，本制度未作规定的以财务部规定为准。

第三条　班次代码
代码\t班次\t时间
D\t常白班\t9:00-18:00
A\t早班\t8:30-17:30
B\t晚班\t13:30-22:30
1\t白班\t8:00-16:00
2\t中班\t16:00-24:00
3\t夜班\t0:00-8:00

第四条　打卡
员工上下班须通过企业微信打卡，迟到15分钟以内按迟到处理，超过30分钟按旷工半天处理。

第五条　调班
调班须提前一天在系统提交申请，经部门主管审批后生效；同一员工每月调班不超过3次。

第六条　节假日
商场营业岗位节假日照常排班，按国家规定支付加班工资或安排调休。

第七条　附则
本制度由人力资源部负责解释，自2025年5月1日起施行。
"""
    (OUT / "10_考勤与排班管理制度.txt").write_text(text.replace("\n", "\r\n"), encoding="utf-16")


if __name__ == "__main__":
    doc01(); doc02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    truth = {"company": CO, "malls": [MALL_A, MALL_B], "posts": P, "kpi": KPI, "staffing": STAFF,
             "named_only": ["收银稽核员", "招商总监", "营运经理", "企划经理", "工程经理", "安保主管", "停车场主管", "弱电技工", "安保员"],
             "notes": {
                 "01": "two-column section; facts 2 per cell with soft breaks; 招商专员 学历 tracked change 中专->大专 + red note; 企划推广专员 任职资格 略",
                 "02": "4-col forms, 职责类别 vMerge, qualification nested table; red note 强电 shift; superseded 2023 暖通技工 appendix (上级 工程经理, 常白班, 制冷工初级证)",
                 "03": "BSC KPI library; post in merged row above two-row header; weights decimals; SUM formula without cached value; void 停车场2023 sheet",
                 "04": "staffing/pay per mall (sheet per mall), pay differs by mall, 收银稽核员 only named",
                 "05": "recruiting csv, multi-line duty cells, closed 收银稽核员 row",
                 "06": "e-mail newsletter HTML with nested layout tables and <font> labels",
                 "07": "PDF; duties on left, fact sidebar box on right at same heights; ruled KPI table for 消防控制室值班员",
                 "08": "Markdown with YAML front matter and pandoc grid tables with multi-line cells",
                 "09": "GBK CRLF; leader-dot facts; KPI 考核要点 lines; appended notice changing boss to 停车场主管 from 2025-08-01",
                 "10": "UTF-16 policy, distractor; names 收银稽核员",
             }}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
