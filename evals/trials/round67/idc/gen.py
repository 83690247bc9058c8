# -*- coding: utf-8 -*-
"""Round 67 blind trial: 云枢数据科技有限公司 (IDC operator, two campuses).

Writes 10 HR documents to $T67_OUT (default /tmp/t67idc/corpus) and truth.json beside this file.
Run: T67_OUT=/tmp/t67idc/corpus /tmp/genv/bin/python gen.py
"""
import copy
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.comments import Comment

OUT = Path(os.environ.get("T67_OUT", "/tmp/t67idc/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
TRUTH = {}
CO = "云枢数据科技有限公司"


def set_cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- idc01 docx
OPS_POSTS = [
    {
        "code": "OPS-SL", "name": "运维值班长", "dept": "运维中心（值班运行组）", "boss": "运维中心经理",
        "subs": "本班次动力、暖通、网络值班工程师及机房巡检员", "loc": "北京亦庄园区（可轮岗廊坊园区）",
        "shift": "四班三运转（每班12小时）", "pay": "税前14-18K/月，全年14薪", "hc": "每园区4人",
        "purpose": "统筹本班次数据中心基础设施的安全稳定运行，保障客户业务SLA达到99.99%。",
        "duties": [
            ("值班管理（占30%）", ["主持交接班会，提前30分钟到岗核对上一班遗留事项", "审核并签发班次内的操作票、工作票", "填写值班日志，确保记录完整可追溯"]),
            ("告警与事件处置（占35%）", ["监控动环系统告警，P1级告警5分钟内响应", "组织现场应急处置，按升级矩阵上报运维中心经理", "事件结束后24小时内提交事件报告"]),
            ("班组建设（占20%）", ["安排班组成员岗位与巡检任务", "组织每月一次应急演练和班组培训"]),
            ("客户与供应商协调（占15%）", ["陪同客户或厂商进场作业，核验作业许可", "协调维保厂商按计划完成维保"]),
        ],
        "qual": [
            ("学历", "大专及以上", "本科"),
            ("专业", "电气、暖通、自动化、计算机相关专业", "—"),
            ("经验", "5年以上数据中心运维经验，其中2年以上班组管理经验", "有T3/T4等级机房运维经验"),
            ("证书", "低压电工作业证（特种作业操作证）", "CDCP/CDCS或Uptime ATD认证"),
        ],
    },
    {
        "code": "OPS-PW", "name": "动力运维工程师", "dept": "运维中心（动力组）", "boss": "动力组组长（值班期间接受运维值班长调度）",
        "subs": "无", "loc": "北京亦庄园区、廊坊园区", "shift": "白班为主（8:30-17:30），参与动力组夜间On-call轮值",
        "pay": "税前12-16K/月，全年14薪", "hc": "每园区6人",
        "purpose": "保障园区高低压配电、UPS、柴油发电机等供电系统持续可靠运行。",
        "duties": [
            ("供配电运维（占40%）", ["负责高低压配电柜、UPS、列头柜的日常巡视与倒闸操作", "每季度完成蓄电池内阻测试并出具报告"]),
            ("柴发系统（占20%）", ["组织柴油发电机月度带载试验", "管理柴发油罐储油量，保证满负荷运行不少于12小时"]),
            ("故障与应急（占25%）", ["处置供电类告警和故障，参与市电中断应急演练", "编写供电系统应急操作预案（EOP）"]),
            ("维保与改造（占15%）", ["监督厂家维保并审核维保报告", "参与扩容改造项目的验收"]),
        ],
        "qual": [
            ("学历", "大专及以上", "本科"),
            ("专业", "电气工程及其自动化、供用电技术", "—"),
            ("经验", "3年以上数据中心或大型建筑供配电运维经验", "有10kV变电站运行经验"),
            ("证书", "高压电工作业证（特种作业操作证）", "注册电气工程师、UPS厂商认证"),
        ],
    },
    {
        "code": "OPS-CM", "name": "变更经理", "dept": "运维中心（质量与变更组）", "boss": "运维中心经理",
        "subs": "无（负责召集变更咨询委员会CAB）", "loc": "北京亦庄园区",
        "shift": "标准工时（周一至周五9:00-18:00），重大变更窗口需现场值守", "pay": "税前20-28K/月，全年14薪", "hc": "1人",
        "old_pay": "税前18-25K/月，全年14薪",
        "purpose": "通过规范的变更管理降低基础设施与网络变更带来的运行风险。",
        "duties": [
            ("变更流程（占35%）", ["维护变更管理流程，审核变更申请及MOP操作方案", "对变更进行风险分级：标准、普通、重大、紧急"]),
            ("CAB与窗口（占30%）", ["每周二主持CAB评审会，形成评审纪要", "管理变更窗口（每周二、周四0:00-6:00），协调客户通知"]),
            ("复盘与度量（占25%）", ["组织失败变更复盘，跟踪改进项关闭", "每月统计变更成功率并发布变更月报"]),
            ("制度建设（占10%）", ["牵头修订变更相关制度并组织培训"]),
        ],
        "qual": [
            ("学历", "本科及以上", "硕士"),
            ("专业", "不限，理工科优先", "—"),
            ("经验", "6年以上数据中心或IT运维经验，其中3年以上变更或问题管理经验", "主导过大型机房搬迁或割接"),
            ("证书", "ITIL 4 Foundation", "PMP"),
        ],
    },
]


def add_tracked_pay(cell, old, new):
    """Write old text as w:del and new as w:ins (a tracked change)."""
    cell.text = ""
    p = cell.paragraphs[0]._p
    d = parse_xml(
        f'<w:del {nsdecls("w")} w:id="901" w:author="人力资源部 王敏" w:date="2025-03-02T10:00:00Z">'
        f'<w:r><w:delText>{old}</w:delText></w:r></w:del>')
    i = parse_xml(
        f'<w:ins {nsdecls("w")} w:id="902" w:author="人力资源部 王敏" w:date="2025-03-02T10:00:00Z">'
        f'<w:r><w:t>{new}</w:t></w:r></w:ins>')
    p.append(d)
    p.append(i)


def merge_row(table, r, c0, c1, text, bold=False):
    cell = table.cell(r, c0).merge(table.cell(r, c1))
    set_cell_text(cell, text, bold)
    return cell


def gen_idc01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    header_footer(doc, "云枢数据 · 运维中心岗位说明书汇编（V3.2）", "文件编号：YS-HR-JD-OPS-2025　受控文件　未经许可不得外传")
    doc.add_heading("运维中心岗位说明书汇编", 0)
    doc.add_paragraph(f"编制单位：{CO}人力资源部　　适用范围：北京亦庄园区、廊坊园区　　版本：V3.2（2025年3月）")
    doc.add_paragraph("说明：本汇编收录运维中心三个岗位。表中“必备条件”为录用的硬性要求，“优先条件”仅作加分参考。")
    truth = {}
    for n, p in enumerate(OPS_POSTS, 1):
        doc.add_heading(f"{'一二三'[n-1]}、{p['name']}（岗位编码：{p['code']}）", 1)
        t = doc.add_table(rows=5, cols=5)
        t.style = "Table Grid"
        band = t.cell(0, 0).merge(t.cell(4, 0))
        set_cell_text(band, "基\n本\n信\n息", True)
        facts = [("岗位名称", p["name"], "所属部门", p["dept"]),
                 ("直接上级", p["boss"], "直接下级", p["subs"]),
                 ("工作地点", p["loc"], "班　　次", p["shift"]),
                 ("薪资范围", p["pay"], "定　　员", p["hc"])]
        for r, (a, b, c, d) in enumerate(facts):
            set_cell_text(t.cell(r, 1), a, True)
            set_cell_text(t.cell(r, 2), b)
            set_cell_text(t.cell(r, 3), c, True)
            set_cell_text(t.cell(r, 4), d)
        if p.get("old_pay"):
            add_tracked_pay(t.cell(3, 2), p["old_pay"], p["pay"])
        set_cell_text(t.cell(4, 1), "岗位目的", True)
        merge_row(t, 4, 2, 4, p["purpose"])
        doc.add_paragraph("")
        doc.add_paragraph("岗位职责").runs[0].bold = True
        dt = doc.add_table(rows=1, cols=3)
        dt.style = "Table Grid"
        for c, h in enumerate(["职责模块", "序号", "工作内容"]):
            set_cell_text(dt.cell(0, c), h, True)
        for m, (mod, items) in enumerate(p["duties"], 1):
            first = None
            for k, it in enumerate(items, 1):
                row = dt.add_row()
                set_cell_text(row.cells[1], f"{m}.{k}")
                set_cell_text(row.cells[2], it)
                if first is None:
                    first = row.cells[0]
                    set_cell_text(first, mod)
                else:
                    first.merge(row.cells[0])
                    set_cell_text(first, mod)
        doc.add_paragraph("")
        doc.add_paragraph("任职资格").runs[0].bold = True
        qt = doc.add_table(rows=1, cols=2)
        qt.style = "Table Grid"
        set_cell_text(qt.cell(0, 0), "任职资格", True)
        inner_cell = qt.cell(0, 1)
        inner_cell.text = ""
        nt = inner_cell.add_table(rows=1, cols=3)
        nt.style = "Table Grid"
        for c, h in enumerate(["项目", "必备条件", "优先条件"]):
            set_cell_text(nt.cell(0, c), h, True)
        for a, b, c in p["qual"]:
            row = nt.add_row()
            set_cell_text(row.cells[0], a)
            set_cell_text(row.cells[1], b)
            set_cell_text(row.cells[2], c)
        if p["name"] == "运维值班长":
            row = nt.rows[1]
            run = row.cells[1].paragraphs[0].runs[0]
            doc.add_comment([run], text="人力资源部批注：2025年4月起，持有高压电工作业证者学历可放宽至中专。",
                            author="王敏", initials="WM")
        doc.add_paragraph("审核：运维中心经理　　批准：人力资源部　　生效日期：2025-03-15")
        if n < len(OPS_POSTS):
            doc.add_page_break()
        truth[p["name"]] = {k: v for k, v in p.items()}
    doc.save(OUT / "idc01_运维中心岗位说明书汇编V3.2.docx")
    TRUTH["idc01"] = truth


# ---------------------------------------------------------------- idc02 docx
def vml_textbox_paragraph(doc, lines):
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>' for ln in lines)
    xml = (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
        f'<v:shape id="tb1" type="#_x0000_t202" style="width:380pt;height:90pt" strokecolor="#1f4e79">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    el = parse_xml(xml)
    doc.element.body.append(el)
    # keep sectPr last
    sect = doc.element.body.find(qn("w:sectPr"))
    if sect is not None:
        doc.element.body.remove(sect)
        doc.element.body.append(sect)


INSP = {
    "name": "机房巡检员", "dept": "运维中心巡检组", "boss": "巡检组组长", "shift_old": "四班三运转",
    "route": [("每2小时", "模块机房A1-A6冷热通道", "温湿度、漏水报警、设备异响异味、机柜门是否关闭"),
              ("每班1次", "高低压配电室、UPS室、电池室", "仪表读数、指示灯状态、蓄电池有无鼓包漏液"),
              ("每班1次", "冷冻站、冷却塔", "供回水压力与温度、阀门状态、冷却塔补水"),
              ("每日1次", "柴发机房、油罐区", "油位、渗漏、消防器材是否在位")],
    "req": ["【巡检员任职要求】", "学历：高中/中专及以上；", "经验：1年以上机房或物业工程巡检经验者优先，接受应届生；",
            "其他：能适应倒班和夜班，持有电工作业证者优先；", "入职后需在30天内通过园区巡检上岗考核。"],
}


def gen_idc02():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    header_footer(doc, "云枢数据 数据中心值班运行管理手册（2025版）", "运维中心发布　内部资料")
    doc.add_heading("数据中心值班运行管理手册（2025版）", 0)
    doc.add_heading("第一章　总则", 1)
    doc.add_paragraph("1.1 本手册适用于公司北京亦庄园区和廊坊园区的7×24小时值班运行工作。"
                      "1.2 值班运行遵循“谁值班、谁负责”的原则，所有操作必须持票作业。")
    doc.add_heading("第二章　值班组织", 1)
    doc.add_paragraph("2.1 每个园区每班配置运维值班长1名、动力值班工程师1名、暖通值班工程师1名、网络值班工程师1名、机房巡检员2名。")
    doc.add_paragraph("2.2 消防控制室值班员由物业外包单位派驻，不属于本手册管理范围。")
    doc.add_paragraph("2.3 综合布线工程师岗位说明书另行制定。")
    doc.add_heading("第三章　运维值班长", 1)
    doc.add_paragraph("运维值班长是本班次数据中心运行的第一责任人，向运维中心经理汇报。值班长须提前30分钟到岗主持交接班，"
                      "交接内容包括未关闭告警、进行中的变更和客户进场计划；班次内负责P1告警的首响与升级，"
                      "对重大事件须在15分钟内电话通报运维中心经理；值班结束前完成值班日志和交接单的签字确认。")
    doc.add_heading("第四章　机房巡检员", 1)
    doc.add_paragraph(f"4.1 机房巡检员隶属{INSP['dept']}，直接上级为{INSP['boss']}，值班期间服从运维值班长调度。"
                      f"巡检员实行{INSP['shift_old']}，每班巡检发现的异常须在10分钟内报告值班长。")
    doc.add_paragraph("4.2 巡检路线与内容如下表：")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in enumerate(["频次", "巡检区域", "检查内容"]):
        set_cell_text(t.cell(0, c), h, True)
    for a, b, c in INSP["route"]:
        row = t.add_row()
        set_cell_text(row.cells[0], a)
        set_cell_text(row.cells[1], b)
        set_cell_text(row.cells[2], c)
    doc.add_paragraph("4.3 巡检员任职要求见下框：")
    vml_textbox_paragraph(doc, INSP["req"])
    doc.add_paragraph("4.4 巡检异常分级：")
    ot = doc.add_table(rows=1, cols=2)
    ot.style = "Table Grid"
    set_cell_text(ot.cell(0, 0), "异常分级标准")
    nt = ot.cell(0, 1).add_table(rows=3, cols=2)
    nt.style = "Table Grid"
    for r, (a, b) in enumerate([("一级", "漏水、冒烟、温度超过32℃，立即报告并启动应急"),
                                ("二级", "单台设备告警或指示异常，10分钟内报告值班长"),
                                ("三级", "标识缺失、卫生问题，记录后次日处理")]):
        set_cell_text(nt.cell(r, 0), a)
        set_cell_text(nt.cell(r, 1), b)
    doc.add_heading("第五章　其他值班岗位", 1)
    doc.add_paragraph("5.1 网络值班工程师：略（见网络组岗位信息采集表）。")
    doc.add_paragraph("5.2 安防主管：略（见《安防管理制度》及入职指南）。")
    doc.add_heading("附录B　值班班制（2022版，已废止）", 1)
    doc.add_paragraph("【本附录已于2024年12月废止，仅供查阅】运维值班长实行五班三运转，值班长津贴每月1500元；"
                      "机房巡检员实行做一休二，每班24小时。")
    doc.save(OUT / "idc02_数据中心值班运行管理手册.docx")
    TRUTH["idc02"] = INSP


# ---------------------------------------------------------------- idc03 xlsx KPI
KPI = {
    "运维中心": {
        "运维值班长": [
            ("OPS-01", "重大事故次数", "因基础设施原因造成客户业务中断的P1事件次数", 0.30, "0次", "0次", "事件管理系统", "季度"),
            ("OPS-02", "告警响应及时率", "5分钟内响应的告警数÷告警总数×100%", 0.25, "≥99%", "≥98%", "动环监控系统", "月度"),
            ("OPS-03", "交接班记录完整率", "完整记录的交接班次数÷总班次×100%", 0.15, "100%", "100%", "值班日志", "月度"),
            ("OPS-04", "操作票执行合格率", "合格操作票数÷执行操作票总数×100%", 0.20, "≥99.5%", "≥99.5%", "工单系统", "月度"),
            ("OPS-05", "班组培训完成率", "实际完成培训课时÷计划课时×100%", 0.10, "≥95%", "≥95%", "培训台账", "季度"),
        ],
        "动力运维工程师": [
            ("PWR-01", "供电系统可用性", "（统计期总时长-供电中断时长）÷统计期总时长", 0.35, "99.999%", "99.99%", "动环监控系统", "季度"),
            ("PWR-02", "柴发带载试验完成率", "实际完成月度带载试验次数÷计划次数", 0.20, "100%", "100%", "试验记录", "月度"),
            ("PWR-03", "蓄电池检测覆盖率", "已完成内阻测试的电池组数÷电池组总数", 0.15, "100%", "100%", "测试报告", "季度"),
            ("PWR-04", "供电缺陷闭环及时率", "按期关闭的缺陷数÷到期缺陷数", 0.20, "≥95%", "≥90%", "缺陷管理系统", "月度"),
            ("PWR-05", "维保监督记录完整率", "有监督记录的维保次数÷维保总次数", 0.10, "100%", "100%", "维保记录", "季度"),
        ],
        "暖通工程师": [
            ("HVAC-01", "冷通道温度达标率", "冷通道温度在18-27℃范围内的测点时长占比", 0.35, "≥99.9%", "≥99.9%", "动环监控系统", "月度"),
            ("HVAC-02", "制冷系统可用性", "（总时长-制冷中断时长）÷总时长", 0.25, "99.99%", "99.99%", "动环监控系统", "季度"),
            ("HVAC-03", "冷站综合能效比", "冷站总制冷量÷冷站总耗电量", 0.15, "≥4.5", "≥5.0", "能耗监测系统", "季度"),
            ("HVAC-04", "冷却水水质达标率", "水质检测合格次数÷检测总次数", 0.10, "≥98%", "≥98%", "水质报告", "月度"),
            ("HVAC-05", "暖通缺陷闭环及时率", "按期关闭的暖通缺陷数÷到期缺陷数", 0.15, "≥95%", "≥95%", "缺陷管理系统", "月度"),
        ],
    },
    "IDC业务部": {
        "客户经理（机柜租赁）": [
            ("BIZ-01", "新签机柜数", "年度新签合同折算标准机柜（5kW）数量", 0.30, "120架/年", "200架/年", "CRM合同台账", "年度"),
            ("BIZ-02", "机柜上架率", "已上架计费机柜数÷已签约机柜数×100%", 0.25, "≥85%", "≥75%", "计费系统", "季度"),
            ("BIZ-03", "回款及时率", "按期回款金额÷应收金额×100%", 0.20, "≥95%", "≥95%", "财务系统", "月度"),
            ("BIZ-04", "客户续约率", "到期续约客户数÷到期客户数×100%", 0.15, "≥90%", "≥90%", "CRM", "年度"),
            ("BIZ-05", "客户满意度", "年度客户满意度调查得分", 0.10, "≥90分", "≥90分", "满意度调查", "年度"),
        ],
        "售前解决方案工程师": [
            ("PRE-01", "方案按时交付率", "按约定时间提交的方案数÷方案总数", 0.30, "≥95%", "≥95%", "售前工单", "季度"),
            ("PRE-02", "售前支持转化率", "签约项目数÷售前支持项目数", 0.30, "≥35%", "≥30%", "CRM", "年度"),
            ("PRE-03", "方案评审一次通过率", "一次通过评审的方案数÷评审方案总数", 0.20, "≥90%", "≥90%", "评审记录", "季度"),
            ("PRE-04", "知识库文档贡献数", "年度入库的方案模板及案例数", 0.10, "≥6篇", "≥6篇", "知识库", "年度"),
            ("PRE-05", "销售团队内部满意度", "客户经理对售前支持的评分", 0.10, "≥85分", "≥85分", "内部问卷", "半年"),
        ],
    },
    "能源管理部": {
        "能耗分析师": [
            ("EN-01", "园区PUE年均值", "园区总耗电量÷IT设备耗电量（年度平均）", 0.35, "≤1.35", "≤1.28", "能耗监测系统", "年度"),
            ("EN-02", "能耗数据完整率", "有效采集点数÷应采集点数×100%", 0.20, "≥99.5%", "≥99.5%", "EMS", "月度"),
            ("EN-03", "节能项目节电量", "经测量验证的年度节电量", 0.20, "≥120万kWh", "≥80万kWh", "节能项目台账", "年度"),
            ("EN-04", "能耗月报按时提交率", "按时提交月报数÷应提交数", 0.15, "100%", "100%", "OA", "月度"),
            ("EN-05", "碳排放核算准确率", "第三方核查无差异项的核算数÷核算总数", 0.10, "≥98%", "≥98%", "核查报告", "年度"),
        ],
    },
}
KPI_OLD = {
    "运维值班长": [("值班到岗率", 0.30), ("告警响应及时率", 0.20), ("值班日志合格率", 0.20), ("客户投诉次数", 0.30)],
}


def gen_idc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for r, t in enumerate([
        "云枢数据 2025年度岗位KPI指标库",
        "1. 各岗位指标权重合计为100%，合计行为公式自动计算。",
        "2. 目标值按园区分别设定：亦庄园区为存量成熟园区，廊坊园区为新建爬坡园区。",
        "3. 网络工程师、资产管理员、客服工程师的考核指标另行下发，本库不含。",
        "4. “2024版（已停用）”工作表仅供对比，不得再用于考核。"], 1):
        ws.cell(r, 1, t)
    hdr_fill = PatternFill("solid", fgColor="DDEBF7")
    for dept, posts in KPI.items():
        ws = wb.create_sheet(dept)
        ws.merge_cells("A1:I1")
        ws["A1"] = f"2025年度岗位KPI指标库 —— {dept}"
        ws["A1"].font = Font(bold=True, size=14)
        heads = ["考核岗位", "指标编号", "指标名称", "指标定义/计算公式", "权重", "目标值", None, "数据来源", "考核周期"]
        for c, h in enumerate(heads, 1):
            if h:
                ws.cell(2, c, h).font = Font(bold=True)
                ws.cell(2, c).fill = hdr_fill
        ws.merge_cells("F2:G2")
        ws.cell(3, 6, "亦庄园区").font = Font(bold=True)
        ws.cell(3, 7, "廊坊园区").font = Font(bold=True)
        for c in (1, 2, 3, 4, 5, 8, 9):
            ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
        r = 4
        for post, rows in posts.items():
            start = r
            for code, name, defi, w, t1, t2, src, per in rows:
                ws.cell(r, 1, post)
                ws.cell(r, 2, code)
                ws.cell(r, 3, name)
                ws.cell(r, 4, defi)
                ws.cell(r, 5, w).number_format = "0%"
                ws.cell(r, 6, t1)
                ws.cell(r, 7, t2)
                ws.cell(r, 8, src)
                ws.cell(r, 9, per)
                r += 1
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
            ws.cell(r, 3, "合计")
            ws.cell(r, 5, f"=SUM(E{start}:E{r-1})").number_format = "0%"
            r += 2
        for col, wdt in zip("ABCDEFGHI", (16, 10, 20, 44, 8, 12, 12, 14, 10)):
            ws.column_dimensions[col].width = wdt
    ws = wb.create_sheet("2024版（已停用）")
    ws["A1"] = "2024年度运维值班长KPI（已停用，2025年1月起以新版为准）"
    ws.append(["考核岗位", "指标名称", "权重"])
    for post, rows in KPI_OLD.items():
        for name, w in rows:
            ws.append([post, name, w])
    wb.save(OUT / "idc03_岗位KPI指标库2025.xlsx")
    TRUTH["idc03"] = {"KPI": KPI, "KPI_OLD": KPI_OLD}


# ---------------------------------------------------------------- idc04 xlsx info forms
FORMS = {
    "网络工程师": [
        ("岗位名称", "网络工程师", "与组织架构中的岗位名称保持一致"),
        ("所属部门", "运维中心网络组", "填写到二级部门"),
        ("直接上级", "网络组组长", "填写上级岗位名称，不填人名"),
        ("直接下级", "无", "无下级填“无”"),
        ("工作地点", "北京亦庄园区", "填写所在园区全称"),
        ("班次", "五天八小时，每月2-3次夜间变更窗口值守", "如：标准工时、四班三运转"),
        ("学历要求", "本科及以上", "填写最低学历，如：硕士及以上"),
        ("专业要求", "计算机、通信工程相关专业", "不限专业请填“不限”"),
        ("工作经验", "3年以上数据中心网络运维经验", "写明年限及领域"),
        ("证书要求", "HCIP-Datacom或CCNP（必备其一），HCIE/CCIE优先", "区分必备与优先"),
        ("技能要求", "熟悉BGP、OSPF、VXLAN/EVPN，能用Python编写自动化脚本", "如：熟练使用Office"),
        ("薪资范围", "16-25K·14薪", "税前月薪区间"),
        ("主要职责", "1、负责园区核心、汇聚、接入网络设备的运维与配置管理；\n2、负责客户交叉互联（跨连）和带宽开通；\n"
                     "3、处理网络故障，P1故障15分钟内到场；\n4、参与网络变更，编写MOP并在窗口内实施；\n5、维护IP地址和网络设备台账。",
         "按重要性列出3-6条"),
        ("填写人", "网络组组长 刘洋", ""),
    ],
    "资产管理员": [
        ("岗位名称", "资产管理员", "与组织架构中的岗位名称保持一致"),
        ("所属部门", "运营管理部", "填写到二级部门"),
        ("直接上级", "运营管理部主管", "填写上级岗位名称，不填人名"),
        ("直接下级", "无", "无下级填“无”"),
        ("工作地点", "廊坊园区", "填写所在园区全称"),
        ("班次", "标准工时（周一至周五8:30-17:30）", "如：标准工时、四班三运转"),
        ("学历要求", "大专及以上", "填写最低学历，如：硕士及以上"),
        ("专业要求", "物流管理、计算机或相关专业", "不限专业请填“不限”"),
        ("工作经验", "2年以上资产或仓储管理经验", "写明年限及领域"),
        ("证书要求", "无硬性要求", "区分必备与优先"),
        ("技能要求", "熟练使用Excel，会使用CMDB或资产管理系统", "如：熟练使用Office"),
        ("薪资范围", "8-11K", "税前月薪区间"),
        ("主要职责", "1、负责IT设备及基础设施资产的入库、出库、调拨、报废登记；\n2、维护CMDB资产台账，每季度组织资产盘点，账实相符率不低于99%；\n"
                     "3、管理备品备件库，设定安全库存并及时补货；\n4、负责客户设备搬入搬出机房的登记与核验；\n5、配合财务部完成固定资产年度核对。",
         "按重要性列出3-6条"),
        ("填写人", "运营管理部主管 赵倩", ""),
    ],
    "客服工程师": [
        ("岗位名称", "客服工程师", "与组织架构中的岗位名称保持一致"),
        ("所属部门", "客户服务中心", "填写到二级部门"),
        ("直接上级", "客户服务中心主管", "填写上级岗位名称，不填人名"),
        ("直接下级", "无", "无下级填“无”"),
        ("工作地点", "北京亦庄园区NOC大厅", "填写所在园区全称"),
        ("班次", "7×24三班倒（早班8:00-16:00，中班16:00-24:00，夜班0:00-8:00）", "如：标准工时、四班三运转"),
        ("学历要求", "大专以上学历，优秀者可放宽至高中", "填写最低学历，如：硕士及以上"),
        ("专业要求", "不限", "不限专业请填“不限”"),
        ("工作经验", "1年以上IT服务台或客服经验", "写明年限及领域"),
        ("证书要求", "ITIL Foundation证书优先", "区分必备与优先"),
        ("技能要求", "普通话标准，能用英文处理简单工单和邮件", "如：熟练使用Office"),
        ("薪资范围", "7-10K，另计夜班津贴", "税前月薪区间"),
        ("主要职责", "1、7×24小时受理客户来电、邮件及工单系统的服务请求；\n2、处理客户进出机房预约和远程手（Remote Hands）服务请求；\n"
                     "3、分派故障工单并跟踪进度，按SLA向客户通报处理情况；\n4、开展客户满意度回访；\n5、编写并维护常见问题知识库。",
         "按重要性列出3-6条"),
        ("填写人", "客户服务中心主管 孙婷", ""),
    ],
}
SUMMARY = [
    ("网络工程师", "运维中心网络组", "网络组组长", "本科", "五天八小时", 16000, 25000),
    ("资产管理员", "运营管理部", "运营管理部主管", "大专", "标准工时", 8000, 11000),
    ("客服工程师", "客户服务中心", "客户服务中心主管", "大专", "三班倒", 7000, 10000),
    ("机房巡检员", "运维中心巡检组", "巡检组组长", "高中/中专", "四班三运转", 6000, 8000),
]


def gen_idc04():
    wb = Workbook()
    first = True
    for post, rows in FORMS.items():
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = post
        ws.merge_cells("A1:C1")
        ws["A1"] = f"岗位信息采集表（2025年4月）—— {post}"
        ws["A1"].font = Font(bold=True, size=13)
        for c, h in enumerate(["字段", "填写内容", "填写说明"], 1):
            ws.cell(2, c, h).font = Font(bold=True)
        for r, (a, b, c) in enumerate(rows, 3):
            ws.cell(r, 1, a)
            ws.cell(r, 2, b).alignment = Alignment(wrap_text=True, vertical="top")
            ws.cell(r, 3, c).font = Font(color="808080", italic=True)
        ws.column_dimensions["A"].width = 12
        ws.column_dimensions["B"].width = 60
        ws.column_dimensions["C"].width = 30
    ws = wb.create_sheet("汇总")
    ws.merge_cells("A1:A2"); ws["A1"] = "岗位"
    ws.merge_cells("B1:B2"); ws["B1"] = "部门"
    ws.merge_cells("C1:E1"); ws["C1"] = "基本信息"
    ws["C2"], ws["D2"], ws["E2"] = "直接上级", "最低学历", "班次"
    ws.merge_cells("F1:G1"); ws["F1"] = "月薪（元）"
    ws["F2"], ws["G2"] = "下限", "上限"
    for r, row in enumerate(SUMMARY, 3):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    ws.cell(8, 1, "注：机房巡检员未单独建采集表，其职责见《数据中心值班运行管理手册》第四章。")
    ws["C3"].comment = Comment("网络组组长兼任网络值班工程师的技术支持", "HR")
    wb.save(OUT / "idc04_岗位信息采集表2025.xlsx")
    TRUTH["idc04"] = {"FORMS": FORMS, "SUMMARY": SUMMARY}


# ---------------------------------------------------------------- idc05 csv
CSV_ROWS = [
    ("RQ-2025-031", "客户经理（机柜租赁）", "YZ", "IDC业务部", "B", "3", "15-30K（底薪+提成）", "2", "招聘中",
     "负责京津冀区域机柜租赁及带宽业务的客户开发；挖掘金融、互联网、政企客户的托管需求；完成年度签约与上架指标；负责合同谈判和回款跟进；维护客户关系，推动续约与扩容",
     "市场营销、计算机相关专业；3年以上IDC或云服务销售经验；有金融或互联网客户资源者优先；能适应出差"),
    ("RQ-2025-032", "客户经理（机柜租赁）", "LF", "IDC业务部", "B", "2", "12-25K（底薪+提成）", "1", "招聘中",
     "负责廊坊园区批发型机柜及整包机房的客户开发；跟进互联网大客户的扩容需求；完成年度签约与上架指标",
     "2年以上IDC销售经验；熟悉批发型数据中心业务；驾照C1及以上"),
    ("RQ-2025-036", "暖通工程师", "LF", "运维中心", "D", "3", "11-15K", "2", "招聘中",
     "负责冷站及精密空调的运行维护；执行冬季自然冷却模式切换；处理制冷系统告警", "持制冷与空调设备运行操作作业证；能适应四班三运转"),
    ("RQ-2025-040", "机房巡检员", "LF", "运维中心", "G", "0", "6-8K", "4", "招聘中",
     "按巡检路线完成机房、配电室、冷站的定时巡检；发现异常及时上报值班长", "接受应届生；能适应倒班"),
    ("RQ-2025-018", "综合布线工程师", "YZ", "运维中心", "D", "2", "", "1", "已关闭", "详见JD", "详见JD"),
]


def gen_idc05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["需求编号", "岗位名称", "园区代码", "部门", "学历代码", "经验(年)", "薪资", "招聘人数", "状态", "岗位职责", "任职要求"])
    for r in CSV_ROWS:
        w.writerow(r)
    buf.write("# 学历代码：G=高中/中专，D=大专及以上，B=本科及以上，M=硕士及以上\r\n")
    buf.write("# 园区代码：YZ=北京亦庄园区，LF=廊坊园区\r\n")
    buf.write("# 导出时间：2025-05-20 09:12，导出人：招聘专员\r\n")
    (OUT / "idc05_招聘需求导出.csv").write_text(buf.getvalue(), encoding="utf-8-sig")
    TRUTH["idc05"] = CSV_ROWS


# ---------------------------------------------------------------- idc06 html
HTML_POSTS = [
    {"name": "售前解决方案工程师", "dept": "IDC业务部解决方案组", "boss": "解决方案总监", "loc": "北京亦庄园区", "edu": "本科及以上",
     "exp": "4年以上", "pay": "20-35K·14薪", "state": "open",
     "duties": ["深入了解客户业务需求，输出机柜、电力、网络、灾备等整体托管解决方案",
                "编写技术方案及投标文件中的技术部分，参与讲标答疑",
                "组织客户参观园区并进行技术交流",
                "配合客户经理完成报价测算（电力kW、机柜、带宽）",
                "方案输出后评估交付可行性，与运维中心对接落地"],
     "req": ["计算机、通信、电气等理工科专业", "4年以上数据中心或云计算售前经验，熟悉TIA-942、GB 50174标准",
             "具备CDCP或HCIA及以上认证者优先", "表达能力强，能独立完成方案讲解"]},
    {"name": "客户经理（机柜租赁）", "dept": "IDC业务部销售一组", "boss": "销售总监", "loc": "北京亦庄园区 / 廊坊园区", "edu": "本科及以上",
     "exp": "3年以上", "pay": "12-30K（底薪+提成）", "state": "open",
     "duties": ["开发机柜租赁、带宽及增值服务客户", "完成个人年度签约与上架指标", "负责商务谈判、合同签订与回款跟进",
                "维护存量客户关系，推动续约与扩容"],
     "req": ["3年以上IDC或云服务销售经验", "有金融或互联网行业客户资源者优先", "能适应京津冀区域出差"]},
    {"name": "网络工程师（已招满）", "dept": "运维中心网络组", "boss": "网络组组长", "loc": "廊坊园区", "edu": "大专及以上",
     "exp": "2年以上", "pay": "12-18K", "state": "closed",
     "duties": ["负责园区网络设备运维"], "req": ["持CCNA证书"]},
]


def gen_idc06():
    rows = []
    for i, p in enumerate(HTML_POSTS, 1):
        hidden = ' style="display:none" data-status="closed"' if p["state"] == "closed" else ""
        rows.append(f'''    <tr class="job-summary" data-target="job{i}"{hidden}>
      <td class="title">{p["name"]}</td><td>{p["dept"]}</td><td>{p["loc"]}</td><td>{p["edu"]}</td><td>{p["exp"]}</td><td class="salary">{p["pay"]}</td>
      <td><button aria-expanded="false" aria-controls="job{i}">展开</button></td>
    </tr>
    <tr class="job-detail" id="job{i}" hidden>
      <td colspan="7">
        <p class="report">汇报对象：{p["boss"]}</p>
        <h4>岗位职责</h4>
        <ol>
''' + "\n".join(f"          <li>{d}</li>" for d in p["duties"]) + '''
        </ol>
        <h4>任职要求</h4>
        <ul>
''' + "\n".join(f"          <li>{d}</li>" for d in p["req"]) + '''
        </ul>
      </td>
    </tr>''')
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入云枢 | 社会招聘 - {CO}</title>
<style>.job-detail td{{background:#f7f9fc}} .salary{{color:#d4380d}}</style>
</head>
<body>
<header><nav>首页 | 数据中心 | 解决方案 | <b>加入我们</b></nav></header>
<main>
<h1>社会招聘</h1>
<p>云枢数据在北京亦庄、河北廊坊运营两座T3+等级数据中心园区，诚邀您加入。点击“展开”查看职位详情。</p>
<table class="jobs">
  <thead>
    <tr><th>职位名称</th><th>所属团队</th><th>工作地点</th><th>学历</th><th>经验</th><th>薪资</th><th></th></tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>
<p>简历投递：hr@yunshu-dc.example.cn（邮件标题请注明“职位名称+姓名”）</p>
</main>
<footer>© 2025 {CO}　京ICP备00000000号</footer>
<script>document.querySelectorAll('.job-summary button').forEach(b=>b.onclick=()=>{{const d=document.getElementById(b.getAttribute('aria-controls'));d.hidden=!d.hidden;}});</script>
</body>
</html>
'''
    (OUT / "idc06_社会招聘.html").write_text(html, encoding="utf-8")
    TRUTH["idc06"] = HTML_POSTS


# ---------------------------------------------------------------- idc07 pdf
PDF_POSTS = [
    {"name": "暖通工程师", "facts": [("所属部门", "运维中心暖通组"), ("直接上级", "暖通组组长"), ("工作地点", "廊坊园区"),
                                  ("班次", "四班三运转"), ("学历", "大专及以上"), ("专业", "暖通空调、制冷与空调技术、热能与动力工程"),
                                  ("工作经验", "3年以上中央空调或数据中心制冷系统运维经验"),
                                  ("证书", "制冷与空调设备运行操作作业证"), ("薪资", "11-15K/月")],
     "duties": ["负责冷水机组、冷却塔、精密空调、板式换热器等制冷设备的运行监控与日常维护。",
                "每班记录冷站运行参数，监控冷通道温湿度。",
                "执行季节性制冷模式切换（冬季启用板换自然冷却）。",
                "处理制冷系统告警与故障，参加制冷中断应急演练。",
                "监督厂家维保作业并审核维保报告。"]},
    {"name": "能耗分析师", "facts": [("所属部门", "能源管理部"), ("直接上级", "能源管理部经理"), ("工作地点", "北京亦庄园区"),
                                  ("班次", "标准工时"), ("学历", "本科及以上"), ("专业", "能源与动力工程、电气工程、统计学"),
                                  ("工作经验", "2年以上能耗管理或数据分析经验"),
                                  ("证书", "能源管理体系内审员证书优先"), ("薪资", "15-22K/月")],
     "duties": ["按日、按月采集两园区电力和水耗数据，计算PUE与WUE。",
                "编制能耗月报和年度能效分析报告。",
                "识别节能机会，提出并跟踪节能改造项目的实施效果。",
                "负责碳排放核算，并向政府能耗在线监测平台报送数据。",
                "维护能耗监测系统（EMS）的数据质量。"]},
]
PDF_SCORE = [("园区PUE年均值", "35%", "达到目标得满分；每超出0.01扣3分"),
             ("能耗数据完整率", "20%", "每低0.1个百分点扣2分"),
             ("节能项目节电量", "20%", "按完成比例计分，最高120%"),
             ("能耗月报按时提交率", "15%", "每延迟1天扣5分"),
             ("碳排放核算准确率", "10%", "出现核查差异项每项扣5分")]


def gen_idc07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(font):
        pdfmetrics.registerFont(TTFont("WQY", font))
        fn = "WQY"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        fn = "STSong-Light"
    h1 = ParagraphStyle("h1", fontName=fn, fontSize=16, leading=22, spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName=fn, fontSize=12.5, leading=18, spaceBefore=6, spaceAfter=4)
    body = ParagraphStyle("b", fontName=fn, fontSize=10, leading=15)
    small = ParagraphStyle("s", fontName=fn, fontSize=8, leading=11, textColor=colors.grey)

    def on_page(c, d):
        c.saveState()
        c.setFont(fn, 8)
        c.drawString(40, 20, f"云枢数据 暖通与能效岗位说明书　第{d.page}页")
        c.restoreState()

    story = [Paragraph("暖通与能效岗位说明书（2025年修订）", h1),
             Paragraph("本文件适用于运维中心暖通组及能源管理部。", body), Spacer(1, 6)]
    for i, p in enumerate(PDF_POSTS, 1):
        story.append(Paragraph(f"{i}　{p['name']}", h2))
        facts = p["facts"]
        data = []
        for k in range(0, len(facts), 2):
            row = [facts[k][0], Paragraph(facts[k][1], body)]
            if k + 1 < len(facts):
                row += [facts[k + 1][0], Paragraph(facts[k + 1][1], body)]
            else:
                row += ["", ""]
            data.append(row)
        t = Table(data, colWidths=[60, 180, 60, 180])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fn, 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                               ("BACKGROUND", (2, 0), (2, -1), colors.whitesmoke), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(t)
        story.append(Paragraph("岗位职责：", h2))
        for k, d in enumerate(p["duties"], 1):
            story.append(Paragraph(f"（{k}）{d}", body))
        story.append(PageBreak())
    story.append(Paragraph("附：能耗分析师考核评分标准", h2))
    data = [["指标名称", "权重", "评分标准"]] + [[a, b, Paragraph(c, body)] for a, b, c in PDF_SCORE] * 1
    # pad with blank rows so the table runs over a page, header repeats
    data += [["（以下空白）", "", ""]]
    t = Table(data, colWidths=[150, 60, 270], repeatRows=1)
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fn, 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    story.append(Spacer(1, 6))
    story.append(Paragraph("注：指标定义与园区目标值以《2025年度岗位KPI指标库》为准。", small))
    SimpleDocTemplate(str(OUT / "idc07_暖通与能效岗位说明书.pdf"), pagesize=A4, title="暖通与能效岗位说明书").build(
        story, onFirstPage=on_page, onLaterPages=on_page)
    TRUTH["idc07"] = {"posts": PDF_POSTS, "score": PDF_SCORE}


# ---------------------------------------------------------------- idc08 md
def gen_idc08():
    md = f"""# 新员工入职指南（2025版）

> 适用对象：{CO}全体新入职员工。本指南由人力资源部维护，最后更新：2025-05-06。

## 1. 园区简介

| 园区 | 地址 | 规模 |
|---|---|---|
| 北京亦庄园区 | 北京经济技术开发区科创十街 | 3栋机房楼，约3200个机柜 |
| 廊坊园区 | 河北省廊坊市经济技术开发区 | 一期2栋机房楼，约4800个机柜 |

## 2. 入职第一周

- [ ] 领取工牌并录入门禁指纹（安全保卫部）
- [ ] 完成机房安全准入培训并通过考试
- [ ] 领取劳保用品（绝缘鞋、防静电服）

!!! warning "进入机房须知"
    未通过安全准入培训的员工不得单独进入模块机房；进入配电室须由持证人员陪同。

## 3. 岗位速查

以下岗位信息以代码块形式从HR系统同步，如与正式岗位说明书不一致，以正式岗位说明书为准。

### 3.1 安防主管

```yaml
岗位: 安防主管
部门: 安全保卫部
直接上级: 安全保卫部经理
直接下级: 安防监控员、门岗保安（外包）
工作地点: 廊坊园区
班次: 常白班，节假日轮值带班
学历: 大专及以上
经验: 5年以上安防管理经验，退役军人优先
证书:
  - 保安员证（必备）
  - 消防设施操作员（中级）优先
薪资: 10-14K/月
职责:
  - 负责园区门禁、视频监控、周界报警系统的管理
  - 审核人员及车辆进出园区的权限申请
  - 每月组织安防演练，每季度组织消防联合演练
  - 管理外包保安队伍，检查执勤情况
  - 处置安防事件并在24小时内形成事件报告
```

### 3.2 运维中心经理

```yaml
岗位: 运维中心经理
部门: 运维中心
直接上级: 运营副总裁
职责: 略（另见管理岗位说明书）
```

## 4. 常见问题

**问：网络工程师的考核指标在哪里看？**
答：网络工程师的考核指标另行下发，暂未纳入《2025年度岗位KPI指标库》。

**问：倒班人员的夜班津贴怎么算？**
答：见《员工考勤与值班津贴管理办法》。
"""
    (OUT / "idc08_新员工入职指南.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- idc09 GBK
def gen_idc09():
    txt = f"""{CO}人力资源部文件

云枢人〔2025〕18号

关于调整部分岗位设置的通知

各部门、各园区：

根据2025年上半年组织诊断结果，经公司总经理办公会审议通过，现对以下岗位设置予以调整：

一、机房巡检员班次调整
  自2025年7月1日起，机房巡检员班次由“四班三运转”调整为“三班两运转（每班12小时，做二休二）”。
  《数据中心值班运行管理手册》第四章相应条款同步废止。

二、资产管理员汇报关系调整
  自2025年7月1日起，资产管理员划入运维中心综合组，直接上级由“运营管理部主管”调整为“运维中心综合组组长”。
  岗位职责、任职要求不变。

三、客服工程师夜班津贴调整
  客服工程师夜班津贴由每班80元调整为每班120元，自2025年7月起执行。

特此通知。

人力资源部
2025年6月10日
"""
    (OUT / "idc09_关于调整部分岗位设置的通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- idc10 UTF-16
def gen_idc10():
    txt = f"""员工考勤与值班津贴管理办法（2024年修订）

第一条　为规范{CO}员工考勤管理，保障7×24小时值班运行，制定本办法。
第二条　实行倒班制的岗位，按综合计算工时制核算工时，以季度为周期。
第三条　夜班津贴：凡当班时间覆盖0:00-6:00的班次，每班发放夜班津贴80元。
第四条　高温津贴：每年6月至9月，在冷站、柴发机房等高温区域作业的人员，每月发放高温津贴300元。
第五条　节假日值班按国家规定支付加班工资，或在当季度内安排调休。
第六条　员工迟到、早退、旷工的处理按《员工奖惩办法》执行。
第七条　本办法由人力资源部负责解释，自2024年1月1日起施行。
"""
    (OUT / "idc10_员工考勤与值班津贴管理办法.txt").write_bytes(txt.encode("utf-16"))


if __name__ == "__main__":
    for f in (gen_idc01, gen_idc02, gen_idc03, gen_idc04, gen_idc05, gen_idc06, gen_idc07, gen_idc08, gen_idc09, gen_idc10):
        f()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
