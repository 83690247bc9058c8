# -*- coding: utf-8 -*-
"""Round 47 / idc: 云栈数据科技（苏州）有限公司 -- a data-centre (IDC) operator.

Writes 10 HR documents to $T47_OUT (default /tmp/t47idc/corpus) and gt.json beside this file.
Run: T47_OUT=/tmp/t47idc/corpus /tmp/genv/bin/python gen.py
"""
import copy
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

OUT = Path(os.environ.get("T47_OUT", "/tmp/t47idc/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "云栈数据科技（苏州）有限公司"
GT = {}


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ----------------------------------------------------------------------------- 01 docx
OPS = [
    dict(name="值班长", code="OPS-02", dept="运维中心", hc="每班1人（共4人）", boss="运维中心经理",
         subs="运维工程师、机房巡检员", loc="苏州工业园区SZ1数据中心", shift="四班三倒（白班/夜班轮换）",
         edu_old="中专及以上", edu="大专及以上", major="电气、暖通、计算机或相关专业",
         exp="5年以上数据中心运维经验，其中2年以上班组管理经验", cert="低压电工作业证（特种作业操作证）；持ITIL Foundation证书者优先",
         duties=[
             ("全面值守本班次数据中心基础设施及IT环境，组织交接班并签署《交接班记录》", "交接班记录", "每班"),
             ("监控动环系统（DCIM）告警，按告警分级5分钟内响应、15分钟内定位并上报运维中心经理", "告警处理记录", "实时"),
             ("担任本班次应急指挥，启动应急操作程序（EOP），组织故障处置并在48小时内完成复盘报告", "故障复盘报告", "按需"),
             ("审核并监督本班次变更与操作，确保按MOP步骤执行、双人复核", "变更执行记录", "按需"),
             ("安排本班巡检路线与人员分工，抽查巡检记录质量", "巡检抽查表", "每班"),
             ("审批并陪同客户进出机房（设备上下架、参观），核对授权名单", "出入登记表", "按需"),
             ("组织班组成员岗位培训与月度技能考核", "培训签到表、考核成绩", "每月"),
         ]),
    dict(name="运维工程师", code="OPS-03", dept="运维中心", hc="SZ1共8人，SH2共6人", boss="值班长",
         subs="无", loc="苏州SZ1数据中心或上海临港SH2数据中心", shift="四班三倒",
         edu="大专及以上", major="计算机、通信工程、电子信息类专业",
         exp="2年以上IDC机房或企业机房运维经验", cert="持CCNA或华为HCIA认证者优先",
         duties=[
             ("服务器及网络设备上下架、结构化布线与标签管理", "上下架工单", "按需"),
             ("处理客户远程协助（Remote Hands）工单，30分钟内响应", "工单记录", "实时"),
             ("IT设备硬件故障初步诊断及备件更换（硬盘、电源、内存）", "备件更换记录", "按需"),
             ("配合网络工程师完成跳线、端口开通与链路测试", "跳线记录", "按需"),
             ("维护机柜资源台账（U位、功率、端口占用）", "机柜资源台账", "每周"),
             ("参加季度应急演练，熟悉EOP", "演练记录", "每季度"),
         ]),
    dict(name="机房巡检员", code="OPS-05", dept="运维中心", hc="每班2人（共8人）", boss="当班值班长",
         subs="无", loc="苏州工业园区SZ1数据中心", shift="四班三倒",
         edu="高中、中专及以上", major="不限",
         exp="1年以上物业、机房或工厂巡检经验优先，接受应届毕业生", cert="无硬性要求，持低压电工作业证者优先",
         duties=[
             ("按巡检路线每2小时对机房模块、配电室、冷站、柴发房巡检一次", "巡检表", "每2小时"),
             ("抄录温湿度、UPS负载率、蓄电池温度等读数并填写巡检表", "巡检表", "每2小时"),
             ("发现漏水、异响、异味、告警灯等异常立即报告值班长", "异常上报记录", "实时"),
             ("检查消防设施、门禁及视频监控工作状态", "消防检查表", "每班"),
             ("协助办理客户设备及物品进出登记", "物品出入登记表", "按需"),
             ("保持机房及走廊整洁，执行6S管理", "6S检查表", "每日"),
         ]),
    dict(name="资产管理员", code="OPS-07", dept="运维中心", hc="1人", boss="运维中心副经理",
         subs="无", loc="苏州工业园区SZ1数据中心", shift="常白班（08:30-17:30）",
         edu="大专及以上", major="物流管理、计算机或相关专业",
         exp="2年以上资产或仓储管理经验", cert="",
         duties=[
             ("建立并维护IT与设施资产台账（CMDB），确保账实相符率不低于99%", "CMDB台账", "持续"),
             ("办理设备到货验收、入库、出库及报废手续", "出入库单、报废审批单", "按需"),
             ("每季度组织一次全面资产盘点并出具盘点报告", "盘点报告", "每季度"),
             ("管理备品备件库，设定安全库存并提出补货申请", "备件库存表", "每周"),
             ("配合客户设备进出门的资产核验与放行", "放行单", "按需"),
         ]),
]


def add_tracked(par, old, new):
    """Paragraph whose text holds a tracked deletion of `old` and insertion of `new`."""
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "1"); d.set(qn("w:author"), "HR-张敏"); d.set(qn("w:date"), "2025-02-10T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = old; r.append(t); d.append(r)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "2"); i.set(qn("w:author"), "HR-张敏"); i.set(qn("w:date"), "2025-02-10T09:00:00Z")
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.text = new; r2.append(t2); i.append(r2)
    par._p.append(d); par._p.append(i)


def gen01():
    doc = Document(); cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　YZ-HR-JD-OPS　第3版"
    sec.footer.paragraphs[0].text = "人力资源部编制　2025年2月　未经许可不得外传"
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("运维中心岗位说明书汇编"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("编制说明：本汇编收录运维中心一线岗位。每张表中灰色行为栏目名称，其下一行为对应内容。"
                      "运维中心经理岗位说明书由总经办另行发布，不在本汇编内。")
    nums = "一二三四五"
    for n, p in enumerate(OPS):
        doc.add_heading(f"{nums[n]}、{p['name']}", level=2)
        cap = doc.add_paragraph(f"表{n+1}　{p['name']}岗位说明书"); cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"

        def lab(vals):
            row = t.add_row().cells
            for c, v in zip(row, vals):
                c.text = v; shade(c); c.paragraphs[0].runs[0].bold = True

        def val(vals, tracked=None):
            row = t.add_row().cells
            for k, (c, v) in enumerate(zip(row, vals)):
                if tracked is not None and k == tracked:
                    add_tracked(c.paragraphs[0], p["edu_old"], p["edu"])
                else:
                    c.text = v

        def band(text):
            row = t.add_row().cells
            m = row[0].merge(row[3]); m.text = text; shade(m, "B4C6E7"); m.paragraphs[0].runs[0].bold = True

        band("一、基本信息")
        lab(["岗位名称", "岗位编码", "所属部门", "定员"])
        val([p["name"], p["code"], p["dept"], p["hc"]])
        lab(["直接上级", "直接下属", "工作地点", "班次"])
        val([p["boss"], p["subs"], p["loc"], p["shift"]])
        band("二、任职要求")
        lab(["学历", "专业", "工作经验", "资格证书"])
        val([p["edu"], p["major"], p["exp"], p["cert"]], tracked=0 if "edu_old" in p else None)
        band("三、岗位职责")
        lab(["序号", "职责描述", "关键输出", "频次"])
        for k, (d, o, f) in enumerate(p["duties"], 1):
            val([f"D{k}", d, o, f])
        doc.add_paragraph()
        if p["name"] == "值班长":
            doc.add_paragraph("注：2025年2月修订，值班长学历要求由中专及以上调整为大专及以上（见修订痕迹）。")
    doc.save(OUT / "01_运维中心岗位说明书汇编.docx")
    GT["01_运维中心岗位说明书汇编.docx"] = {
        "layout": "one table per post: shaded label row over value row (4 cols), full-width section bands, D1.. duty rows; header/footer; tracked change on 值班长 学历 (中专->大专)",
        "posts": OPS, "note": "资产管理员 资格证书 cell is empty; 运维中心经理 named only"}


# ----------------------------------------------------------------------------- 02 docx
FAC = {
    "暖通工程师": dict(code="FE-02", boss="设施经理", shift="常白班＋on-call轮值", loc="苏州工业园区SZ1数据中心",
                  blocks=[("制冷系统运行", ["负责冷水机组、冷却塔、精密空调（CRAH）的运行监控与参数调优",
                                          "根据IT负载调整冷通道温度设定，送风温度保持在18–27℃"]),
                          ("维护保养", ["编制年度维保计划并监督维保厂商执行", "每月检查水处理系统及空调过滤网"]),
                          ("能效管理", ["按月分析PUE数据，提出节能改造建议"]),
                          ("应急处置", ["负责制冷失效应急处置，参加半年一次的制冷应急演练"])],
                  req=["学历：本科及以上（2025版要求）", "专业：暖通空调、制冷与低温工程、热能与动力工程",
                       "经验：3年以上数据中心或大型商业建筑暖通运维经验",
                       "证书：制冷与空调作业证（特种作业操作证）"]),
    "电气工程师": dict(code="FE-03", boss="设施经理", shift="常白班＋on-call轮值", loc="苏州工业园区SZ1数据中心",
                  blocks=[("供配电运行", ["负责10kV高压配电、变压器及低压配电柜的运行管理", "严格执行倒闸操作票制度"]),
                          ("不间断电源", ["管理UPS及蓄电池组，每季度进行一次蓄电池内阻测试"]),
                          ("备用电源", ["柴油发电机组每月带载试车一次，并记录油位与启动时间"])],
                  req=["学历：本科及以上（全日制）", "专业：电气工程及其自动化",
                       "经验：3年以上10kV变配电或数据中心电气运维经验",
                       "证书：高压电工作业证和低压电工作业证（均为特种作业操作证）"]),
}


def textbox(par, lines):
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape id="tb1" type="#_x0000_t202" '
           'style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:80pt;z-index:1">'
           '<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>') % (nsdecls("w"), body)
    par._p.append(parse_xml(xml))


def gen02():
    doc = Document(); cjk(doc)
    doc.sections[0].header.paragraphs[0].text = "设施工程部岗位手册（2025版）"
    t = doc.add_paragraph(); r = t.add_run("设施工程部岗位手册"); r.bold = True; r.font.size = Pt(18)
    p = doc.add_paragraph("第一章　部门概况")
    textbox(p, ["应急联络", "设施经理 24h：0512-6688 0101", "冷站值守：分机 2201", "高配室：分机 2301"])
    doc.add_paragraph("设施工程部负责苏州SZ1数据中心供配电、暖通、给排水及弱电系统的运行维护，部门负责人为设施经理，"
                      "下设暖通工程师、电气工程师、弱电工程师三个岗位。弱电工程师岗位职责另行制定。")
    doc.add_paragraph("第二章　岗位职责")
    for k, (name, f) in enumerate(FAC.items(), 1):
        doc.add_paragraph(f"2.{k}　{name}")
        tb = doc.add_table(rows=1, cols=1); tb.style = "Table Grid"
        c = tb.rows[0].cells[0]; shade(c, "FFF2CC")
        c.text = f"岗位：{name}｜编号：{f['code']}｜上级：{f['boss']}｜班制：{f['shift']}｜地点：{f['loc']}"
        for blk, items in f["blocks"]:
            doc.add_paragraph(f"■ {blk}")
            for it in items:
                doc.add_paragraph(f"　◇ {it}")
        if name == "电气工程师":
            doc.add_paragraph("■ 安全职责")
            doc.add_paragraph("　略（见《电气安全管理规定》）")
        doc.add_paragraph(f"任职要求（{name}）：")
        for q in f["req"]:
            doc.add_paragraph(f"　· {q}")
    doc.add_paragraph("第三章　考核")
    doc.add_paragraph("本部门各岗位KPI见《2025年度KPI指标库》，本手册不再列出。")
    doc.add_paragraph("附录　历史版本（已废止，仅供追溯）")
    tb = doc.add_table(rows=2, cols=2); tb.style = "Table Grid"
    for c in tb.rows[0].cells:
        shade(c, "D9D9D9")
    tb.cell(0, 0).text = "版本"; tb.cell(0, 1).text = "2022版暖通工程师任职要求（已废止）"
    tb.cell(1, 0).text = "2022版"
    tb.cell(1, 1).text = "大专及以上学历，2年以上暖通运维经验，持制冷与空调作业证。自2025年1月1日起废止。"
    doc.save(OUT / "02_设施工程部岗位手册.docx")
    GT["02_设施工程部岗位手册.docx"] = {
        "layout": "chapters; per post a one-cell fact strip with ｜-separated labels; ■ blocks over ◇ duties; a VML text box of phone numbers; 电气 安全职责 略; superseded 2022 暖通 requirement table",
        "posts": FAC, "named_only": ["弱电工程师"]}


# ----------------------------------------------------------------------------- 03 xlsx KPI
KPI = {
    "值班长": [("OPS-K01", "告警响应及时率", 25, "≥99%", "DCIM"), ("OPS-K02", "P1级故障次数", 20, "0次", "故障台账"),
            ("OPS-K03", "交接班记录完整率", 15, "100%", "交接班记录"), ("OPS-K04", "变更操作合规率", 20, "100%", "ITSM"),
            ("OPS-K05", "班组培训完成率", 10, "≥95%", "培训系统"), ("CS-K01", "客户满意度", 10, "≥90分", "季度客户调研")],
    "运维工程师": [("OPS-K11", "Remote Hands工单SLA达成率", 30, "≥98%", "ITSM"), ("OPS-K12", "上下架差错次数", 20, "0次", "工单复核"),
              ("OPS-K13", "机柜台账准确率", 20, "≥99.5%", "季度抽查"), ("OPS-K14", "备件更换及时率", 15, "≥95%", "ITSM"),
              ("OPS-K15", "应急演练参与率", 15, "100%", "演练记录")],
    "暖通工程师": [("FE-K01", "PUE（年均）", 25, "按站点SLA目标（见“SLA目标”表）", "能耗管理系统"), ("FE-K02", "制冷系统可用性", 25, "≥99.99%", "DCIM"),
              ("FE-K03", "维保计划完成率", 20, "100%", "维保台账"), ("FE-K04", "冷通道温度超标次数", 15, "≤2次/月", "DCIM"),
              ("FE-K05", "节能建议采纳数", 15, "≥1条/季度", "部门评审")],
    "电气工程师": [("FE-K11", "供电可用性", 30, "≥99.999%", "DCIM"), ("FE-K12", "倒闸操作差错次数", 20, "0次", "操作票"),
              ("FE-K13", "蓄电池内阻测试完成率", 15, "100%", "测试报告"), ("FE-K14", "柴发带载试车完成率", 15, "100%", "试车记录"),
              ("FE-K03", "维保计划完成率", 20, "100%", "维保台账")],
    "网络工程师": [("NET-K01", "网络可用性", 30, "≥99.99%", "网管系统"), ("NET-K02", "P1故障响应时长", 20, "≤15分钟", "ITSM"),
              ("NET-K03", "端口开通及时率", 20, "≥98%", "ITSM"), ("NET-K04", "配置备份完成率", 15, "100%", "备份系统"),
              ("NET-K05", "网络变更失败次数", 15, "0次", "ITSM")],
    "客户服务经理": [("CS-K01", "客户满意度", 30, "≥92分", "季度客户调研"), ("CS-K02", "SLA报告按时提交率", 20, "100%", "CRM"),
               ("CS-K03", "投诉闭环率", 20, "100%", "CRM"), ("CS-K04", "客户续约率", 20, "≥90%", "合同台账"),
               ("CS-K05", "入驻交付准时率", 10, "≥95%", "项目台账")],
}
KDEF = {
    "OPS-K01": "5分钟内响应的告警数÷告警总数×100%", "OPS-K02": "考核期内发生的P1级（影响客户业务）故障次数",
    "OPS-K03": "字段完整的交接班记录数÷交接班总次数×100%", "OPS-K04": "按MOP执行且双人复核的操作数÷操作总数×100%",
    "OPS-K05": "完成月度培训人数÷班组人数×100%", "CS-K01": "季度客户满意度调研平均分（百分制）",
    "OPS-K11": "30分钟内响应的Remote Hands工单数÷工单总数×100%", "OPS-K12": "设备上下架错位、错接次数",
    "OPS-K13": "抽查相符条目数÷抽查条目数×100%", "OPS-K14": "4小时内完成更换的备件工单÷备件工单总数×100%",
    "OPS-K15": "实际参演次数÷应参演次数×100%", "FE-K01": "数据中心总耗电量÷IT设备耗电量（年均）",
    "FE-K02": "（考核期总时长－制冷中断时长）÷考核期总时长×100%", "FE-K03": "按期完成的维保项÷计划维保项×100%",
    "FE-K04": "冷通道温度超过27℃持续10分钟以上的次数", "FE-K05": "被部门评审采纳的节能建议条数",
    "FE-K11": "（考核期总时长－IT负载断电时长）÷考核期总时长×100%", "FE-K12": "倒闸操作中误操作、漏项次数",
    "FE-K13": "已完成内阻测试的电池组÷电池组总数×100%", "FE-K14": "按月完成带载试车次数÷计划次数×100%",
    "NET-K01": "（总时长－网络中断时长）÷总时长×100%", "NET-K02": "P1网络故障从告警到工程师响应的平均时长",
    "NET-K03": "约定时限内开通的端口数÷开通申请总数×100%", "NET-K04": "完成每日配置备份的设备数÷设备总数×100%",
    "NET-K05": "导致回退或故障的网络变更次数", "CS-K02": "按时（每月5日前）提交的SLA报告数÷应提交数×100%",
    "CS-K03": "已闭环投诉÷投诉总数×100%", "CS-K04": "到期续约客户数÷到期客户数×100%",
    "CS-K05": "按约定日期完成入驻交付的项目数÷项目总数×100%",
}
OLD2024 = [("告警响应率", 30, "≥98%"), ("重大故障次数", 30, "0次"), ("交接班规范率", 20, "100%"), ("培训完成率", 20, "≥90%")]


def gen03():
    wb = Workbook(); ws = wb.active; ws.title = "填表说明"
    ws["A1"] = "2025年度KPI指标库（运维中心／设施工程部／网络部／客户服务部）"; ws["A1"].font = Font(bold=True, size=14)
    notes = ["1. 本指标库适用于2025年1月1日起的月度考核，各岗位权重合计100分。",
             "2. 指标编码规则：OPS=运维中心，FE=设施工程部，NET=网络部，CS=客户服务部。",
             "3. 评分：达到目标值得满分；未达到按比例扣减，P1级故障出现即该项为0分。",
             "4. 变更管理专员、机房巡检员的考核见《岗位应知应会卡》，不在本表。",
             "5. 2024版指标已停用。"]
    for i, n in enumerate(notes, 3):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    # dictionary
    d = wb.create_sheet("指标库")
    d.append(["指标编码", "定义／计算公式", "数据来源", "方向"])
    seen = set()
    for post, rows in KPI.items():
        for code, name, w, tgt, src in rows:
            if code in seen:
                continue
            seen.add(code)
            d.append([code, KDEF[code], src, "反向" if ("次数" in name or "时长" in name or "PUE" in name) else "正向"])
    for c in d[1]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    d.freeze_panes = "A2"; d.auto_filter.ref = d.dimensions
    # post sheet: post cell merged down, subtotal row
    s = wb.create_sheet("岗位KPI")
    s.merge_cells("A1:G1"); s["A1"] = "岗位月度KPI（2025版）"; s["A1"].font = Font(bold=True, size=13)
    s.append(["考核岗位", "序号", "指标编码", "指标名称", "权重（分）", "目标值", "备注"])
    for c in s[2]:
        c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="DDEBF7")
    r = 3
    for post, rows in KPI.items():
        start = r
        for k, (code, name, w, tgt, src) in enumerate(rows, 1):
            s.cell(r, 1, post if k == 1 else None); s.cell(r, 2, k); s.cell(r, 3, code); s.cell(r, 4, name)
            s.cell(r, 5, w); s.cell(r, 6, tgt)
            if code == "CS-K01" and post == "值班长":
                s.cell(r, 7, "取本站点客户满意度")
            r += 1
        s.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
        s.cell(start, 1).alignment = Alignment(vertical="center")
        s.cell(r, 4, "小计"); s.cell(r, 5, f"=SUM(E{start}:E{r-1})"); s.cell(r, 4).font = Font(bold=True)
        r += 2
    s["F3"].comment = Comment("SZ1与SH2目标一致", "HR")
    for col, wdt in zip("ABCDEFG", [12, 6, 10, 26, 10, 30, 18]):
        s.column_dimensions[col].width = wdt
    # SLA sheet
    t = wb.create_sheet("SLA目标")
    t.append(["站点SLA目标（对客户承诺）", None, None]); t.merge_cells("A1:C1")
    t.append(["系统", "苏州SZ1", "上海临港SH2"])
    for row in [("能效（PUE年均）", "≤1.35", "≤1.30"), ("供电", "可用性≥99.999%", "可用性≥99.999%"),
                ("制冷", "可用性≥99.99%", "可用性≥99.99%"), ("网络", "可用性≥99.99%", "可用性≥99.99%")]:
        t.append(list(row))
    # hidden void sheet
    v = wb.create_sheet("2024版（已停用）")
    v.append(["值班长KPI（2024版，已停用）"])
    v.append(["指标名称", "权重（分）", "目标值"])
    for row in OLD2024:
        v.append(list(row))
    v.sheet_state = "hidden"
    wb.save(OUT / "03_2025年度KPI指标库.xlsx")
    GT["03_2025年度KPI指标库.xlsx"] = {
        "layout": "填表说明 sheet; 指标库 dictionary by code only (code, formula, source, direction); 岗位KPI with the post merged down over its rows and a =SUM 小计 row; SLA目标 by site; hidden 2024 void sheet",
        "kpi": KPI, "defs": KDEF, "sla": "PUE SZ1 ≤1.35, SH2 ≤1.30", "void2024": OLD2024}


# ----------------------------------------------------------------------------- 04 xlsx staffing/pay
STAFF = [
    # code, post, dept, grade, SZ1, SH2, shift code, low, high
    ("OPS-02", "值班长", "运维中心", "M2", 4, 4, "A", 12000, 16000),
    ("OPS-03", "运维工程师", "运维中心", "P4", 8, 6, "A", 8000, 11000),
    ("OPS-05", "机房巡检员", "运维中心", "P2", 8, 4, "A", 5500, 7000),
    ("OPS-07", "资产管理员", "运维中心", "P3", 1, 1, "B", 6000, 8000),
    ("FE-02", "暖通工程师", "设施工程部", "P5", 2, 2, "C", 11000, 15000),
    ("FE-03", "电气工程师", "设施工程部", "P5", 2, 2, "C", 12000, 16000),
    ("NET-02", "网络工程师", "网络部", "P5", 2, 3, "D", 15000, 22000),
    ("CS-02", "客户服务经理", "客户服务部", "M2", 3, 2, "E", 13000, 18000),
    ("QM-03", "变更管理专员", "运维管理部", "P4", 1, 0, "B", 9000, 12000),
    ("SEC-02", "安全合规专员", "安全合规部", "P5", 0, 1, "B", 12000, 17000),
    ("FE-09", "能效分析师", "设施工程部", "P5", 0, 0, "—", None, None),
]
SHIFT = {"A": "四班三倒：白班08:30-20:30，夜班20:30-08:30，做二休二", "B": "常白班：周一至周五08:30-17:30",
         "C": "常白班＋on-call轮值（每周轮值一次）", "D": "5×8＋夜间on-call轮值", "E": "5×8（大客户重保期间需到场）"}


def gen04():
    wb = Workbook(); ws = wb.active; ws.title = "定岗定编"
    ws.merge_cells("A1:I1"); ws["A1"] = f"{CO} 2025年定岗定编及薪酬标准"; ws["A1"].font = Font(bold=True, size=13)
    hdr1 = ["岗位编码", "岗位名称", "所属部门", "岗级", "编制（人）", None, "班次代码", "月薪（元）", None]
    hdr2 = [None, None, None, None, "苏州SZ1", "上海SH2", None, "下限", "上限"]
    ws.append(hdr1); ws.append(hdr2)
    for col in "ABCDG":
        ws.merge_cells(f"{col}2:{col}3")
    ws.merge_cells("E2:F2"); ws.merge_cells("H2:I2")
    for row in ws["A2:I3"]:
        for c in row:
            c.font = Font(bold=True); c.fill = PatternFill("solid", fgColor="E2EFDA"); c.alignment = Alignment(horizontal="center")
    for row in STAFF:
        ws.append(list(row) if row[7] else list(row[:7]) + ["规划中，暂不设编", None])
    n = ws.max_row + 2
    ws.cell(n, 1, "班次代码说明："); ws.cell(n, 1).font = Font(bold=True)
    for k, (code, txt) in enumerate(SHIFT.items(), 1):
        ws.cell(n + k, 1, code); ws.cell(n + k, 2, txt)
    ws.cell(n + 7, 1, "注：月薪为税前固定月薪，另按《值班与On-call管理办法》发放夜班及on-call补贴；年终奖按绩效另计。")
    for col, wdt in zip("ABCDEFGHI", [10, 14, 12, 6, 9, 9, 9, 9, 9]):
        ws.column_dimensions[col].width = wdt
    o = wb.create_sheet("组织关系")
    o.append(["部门", "部门负责人", "下设岗位"])
    for row in [("运维中心", "运维中心经理", "值班长、运维工程师、机房巡检员、资产管理员"),
                ("设施工程部", "设施经理", "暖通工程师、电气工程师、弱电工程师、能效分析师（规划）"),
                ("网络部", "网络部主管", "网络工程师"), ("客户服务部", "客户服务部总监", "客户服务经理"),
                ("运维管理部", "运维管理部经理", "变更管理专员、问题管理专员"), ("安全合规部", "安全合规部经理", "安全合规专员")]:
        o.append(list(row))
    wb.save(OUT / "04_定岗定编及薪酬标准.xlsx")
    GT["04_定岗定编及薪酬标准.xlsx"] = {"layout": "two-row grouped header (编制 SZ1/SH2, 月薪 下限/上限), shift-code legend under rows; 组织关系 sheet",
                                   "rows": STAFF, "shift": SHIFT, "named_only": ["能效分析师", "问题管理专员", "弱电工程师"]}


# ----------------------------------------------------------------------------- 05 csv (tab separated, BOM)
CSV_ROWS = [
    ["ZP2025-011", "网络工程师", "网络部", "上海临港SH2数据中心", "2", "本科及以上", "3年以上运营商或IDC网络运维经验",
     "CCNP或华为HCIP（必须）", "15K-22K", "1. 负责BGP多线接入及运营商互联配置\n2. 客户端口开通、VLAN与IP地址分配\n3. 参与网络夜间on-call轮值",
     "招聘中", "2025-03-01"],
    ["ZP2025-014", "变更管理专员", "运维管理部", "苏州工业园区SZ1数据中心", "1", "本科及以上", "2年以上IT服务管理（ITSM）工作经验",
     "ITIL 4 Foundation（必须）", "9K-12K", "见岗位说明书", "招聘中", "2025-03-05"],
    ["ZP2025-015", "机房巡检员", "运维中心", "上海临港SH2数据中心", "4", "高中、中专及以上", "不限，接受应届",
     "无", "5.5K-7K", "1. 按路线每2小时巡检一次\n2. 抄录读数，发现异常上报值班长", "招聘中", "2025-03-10"],
    ["ZP2023-006", "暖通工程师", "设施工程部", "苏州工业园区SZ1数据中心", "1", "大专及以上", "2年以上暖通运维经验",
     "制冷与空调作业证", "9K-12K", "冷站及精密空调运维", "已关闭", "2023-05-12"],
]


def gen05():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    w.writerow(["需求编号", "岗位名称", "需求部门", "工作地点", "招聘人数", "学历要求", "经验要求", "证书要求", "薪资范围",
                "岗位职责", "需求状态", "发布日期"])
    for row in CSV_ROWS:
        w.writerow(row)
    (OUT / "05_招聘需求导出.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    GT["05_招聘需求导出.csv"] = {"layout": "TAB-delimited .csv with BOM and CRLF, quoted multi-line cells, a 已关闭 2023 row", "rows": CSV_ROWS}


# ----------------------------------------------------------------------------- 06 html
HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>加入云栈 | 云栈数据招贤纳士</title>
<style>.jobs li{list-style:none;border:1px solid #ddd;margin:12px;padding:10px}.hot{color:#c00}dl{display:grid;grid-template-columns:6em 1fr}</style>
</head><body>
<nav><a href="/">首页</a> › <a href="/about">关于云栈</a> › 招贤纳士</nav>
<marquee class="hot">热招：客户服务经理、安全合规专员　|　校招通道即将开启</marquee>
<main>
<h1>社会招聘</h1>
<ol class="jobs">
<li id="job-cs">
<h2>客户服务经理 <small>客户服务部</small></h2>
<p class="meta"><time datetime="2025-03-02">2025-03-02</time> 发布 · 招2人</p>
<dl>
<dt>工作地点</dt><dd>苏州工业园区SZ1数据中心</dd>
<dt>汇报对象</dt><dd>客户服务部总监</dd>
<dt>薪资</dt><dd>13K-18K＋季度绩效</dd>
</dl>
<h3>你将负责</h3>
<p>作为重点客户的单一对接窗口（SPOC），受理客户日常需求并跟踪闭环；<br>
每月5日前向客户提交SLA报告，并组织季度服务回顾会；<br>
处理客户投诉，48小时内给出书面处理方案；<br>
协调运维、网络资源完成客户入驻（上架、开通）；<br>
识别客户续约与扩容机会，配合销售完成续约。</p>
<h3>我们希望你</h3>
<table class="req"><colgroup><col style="width:6em"><col></colgroup>
<tr><th>学历</th><td>本科及以上，专业不限，计算机、市场营销类优先</td></tr>
<tr><th>经验</th><td>3年以上IDC、云服务客户服务或大客户管理经验</td></tr>
<tr><th>能力</th><td>熟悉机柜、带宽、电力等IDC产品，能读懂SLA条款，沟通与抗压能力强</td></tr>
</table>
</li>
<li id="job-sec">
<h2>安全合规专员 <small>安全合规部</small></h2>
<p class="meta"><time datetime="2025-02-20">2025-02-20</time> 发布 · 招1人</p>
<dl>
<dt>工作地点</dt><dd>上海临港SH2数据中心</dd>
<dt>汇报对象</dt><dd>安全合规部经理</dd>
<dt>薪资</dt><dd>12K-17K</dd>
</dl>
<h3>你将负责</h3>
<p>维护ISO 27001、ISO 20000管理体系文件，每年组织一次内部审核；<br>
配合客户审计、等级保护测评及第三方认证审核；<br>
管理机房门禁与系统访问权限，每月核查一次权限清单；<br>
组织全员信息安全意识培训，每半年至少一次；<br>
跟踪审计与检查发现的整改项直至闭环。</p>
<h3>我们希望你</h3>
<table class="req"><colgroup><col style="width:6em"><col></colgroup>
<tr><th>学历</th><td>本科及以上，信息安全、法学或管理类专业</td></tr>
<tr><th>经验</th><td>3年以上信息安全合规或体系审核经验</td></tr>
<tr><th>证书</th><td>持ISO 27001内审员证书；有CISP者优先</td></tr>
</table>
</li>
<li id="job-sales" class="closed">
<h2><s>IDC销售经理</s> <small>已招满</small></h2>
<p>该职位已招满，感谢关注。</p>
</li>
</ol>
</main>
<footer>© 2025 云栈数据科技（苏州）有限公司　简历投递：hr@yunzhan-dc.example</footer>
</body></html>
"""


def gen06():
    (OUT / "06_招贤纳士.html").write_text(HTML, encoding="utf-8")
    GT["06_招贤纳士.html"] = {"layout": "<ol> of <li> postings: <h2> title + <small> dept, <dl> facts, <p> duties split by <br>, requirement <table> with <colgroup>; a <s>struck</s> 已招满 posting (IDC销售经理, named only); breadcrumb + marquee"}


# ----------------------------------------------------------------------------- 07 pdf
CARDS = [
    ("值班长", "运维中心", [("告警分级", "P1：影响客户业务，5分钟响应，立即上报运维中心经理；P2：单路冗余失效，15分钟响应；P3：一般告警，当班处理"),
                        ("交接班要点", "告警未关闭项、进行中的变更、客户在场情况、备件借用、异常读数，五项逐项交接，双方签字"),
                        ("应急口令", "EOP启动后由值班长统一指挥，其他人员不得擅自操作")], None),
    ("变更管理专员", "运维管理部", [("岗位要点", "受理变更申请（RFC）并分级为标准、一般、重大三类；每周二组织变更评审会（CAB）"),
                            ("变更冻结", "春节、双十一等重保期间执行变更冻结，重大变更须总经理审批")],
     [("变更成功率", "30", "≥98%"), ("变更单按时关闭率", "25", "≥95%（执行后24小时内关闭）"),
      ("紧急变更占比", "20", "≤10%"), ("CAB会议按期召开率", "25", "100%")]),
    ("机房巡检员", "运维中心", [("巡检频次", "每2小时一轮；夜班02:00、04:00两轮须拍照上传"),
                          ("异常上报", "漏水、异味、冒烟：立即电话报告值班长，不得擅自处置带电设备")],
     [("巡检按时完成率", "40", "100%"), ("异常发现上报及时率", "30", "100%"), ("巡检记录准确率", "30", "≥98%")]),
]


def gen07():
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="wqy", fontSize=8, leading=11)
    ti = ParagraphStyle("t", fontName="wqy", fontSize=13, leading=16, textColor=colors.white)

    def deco(c, d):
        c.saveState(); c.setFont("wqy", 40); c.setFillColor(colors.Color(0.85, 0.85, 0.85)); c.translate(200, 60)
        c.rotate(30); c.drawString(0, 0, "受控"); c.restoreState()
        c.setFont("wqy", 6); c.drawString(20, 10, f"{CO}　岗位应知应会卡　第{d.page}页")

    doc = SimpleDocTemplate(str(OUT / "07_岗位应知应会卡.pdf"), pagesize=landscape(A6), leftMargin=18, rightMargin=18,
                            topMargin=14, bottomMargin=20)
    el = []
    for i, (post, dept, items, kpi) in enumerate(CARDS):
        band = Table([[Paragraph(f"{post}　应知应会卡", ti), Paragraph(f"<font color='white'>{dept}</font>", st)]],
                     colWidths=[230, 120])
        band.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#1F4E79"))]))
        el.append(band); el.append(Spacer(1, 4))
        for k, v in items:
            el.append(Paragraph(f"<b>{k}</b>：{v}", st))
        if kpi:
            el.append(Spacer(1, 4)); el.append(Paragraph("月度考核指标：", st))
            data = [["指标", "权重", "目标值"]] + [list(r) for r in kpi]
            tb = Table(data, colWidths=[120, 40, 170])
            tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 7.5),
                                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
            el.append(tb)
        if i < len(CARDS) - 1:
            el.append(PageBreak())
    doc.build(el, onFirstPage=deco, onLaterPages=deco)
    GT["07_岗位应知应会卡.pdf"] = {"layout": "A6 landscape pocket cards, one per page, title in a coloured band table with the dept, bold run-in labels, KPI table, rotated 受控 watermark",
                               "cards": CARDS}


# ----------------------------------------------------------------------------- 08 md (Hugo, TOML front matter)
MD = """+++
title = "网络工程师岗位说明"
department = "网络部"
reports_to = "网络部主管"
location = "上海临港SH2数据中心"
grade = "P5"
weight = 20
draft = false
+++

{{< hint info >}}
本页由网络部维护，修改请提交 PR 至 `wiki/net`。最后更新：2025-03-01。
{{< /hint >}}

## 岗位使命

保障云栈数据中心骨干网络及客户接入网络稳定、可用，网络可用性不低于 99.99%。

## 主要职责

1. 负责BGP多线接入及与电信、联通、移动等运营商互联的配置与维护；
2. 负责客户端口开通、VLAN划分与IP地址分配，维护IPAM记录；
3. 每日备份核心交换机、路由器配置，每月巡检一次核心网络设备；
4. 与清洗中心联动处置DDoS攻击流量；
5. 定位并处理网络故障，P1故障15分钟内响应；
6. 编写网络变更的MOP及回退方案，提交变更管理专员评审。

## 任职资格

- 学历：本科及以上，计算机、通信工程相关专业
- 经验：3年以上运营商或IDC网络运维经验，熟悉BGP、OSPF、VXLAN
- 证书：CCNP或华为HCIP（必须），CCIE/HCIE优先

## 值班与 On-call

网络部实行5×8工作制，工程师按周轮值夜间on-call，on-call期间须30分钟内远程接入。

## 常用工具

NetBox、Ansible、Zabbix、Grafana（工具使用说明见各自官方文档，本页不作介绍）。
"""


def gen08():
    (OUT / "08_网络工程师岗位说明.md").write_text(MD, encoding="utf-8")
    GT["08_网络工程师岗位说明.md"] = {"layout": "Hugo page with +++ TOML front matter (department, reports_to, location, grade) and a {{< hint >}} shortcode"}


# ----------------------------------------------------------------------------- 09 GBK txt
GBK = """云栈数据科技 OA系统 流程单打印件
流程编号：HR-JD-2024-017　　　状态：已归档　　　打印时间：2025-03-03 10:12
------------------------------------------------------------

1  基本信息
1.1  岗位名称：变更管理专员
1.2  所属部门：运维管理部
1.3  直接上级：运维管理部经理
1.4  工作地点：苏州工业园区SZ1数据中心
1.5  工作时间：常白班，变更窗口（周二、周四22:00-02:00）需远程值守

2  岗位职责
2.1  受理变更申请（RFC），按影响范围分级为标准变更、一般变更、重大变更；
2.2  组织每周二的变更评审会（CAB），记录评审结论；
2.3  审核变更的MOP、风险评估及回退方案；
2.4  跟踪变更执行，执行后24小时内关闭变更单；
2.5  每月5日前出具上月变更成功率统计报告；
2.6  管理变更冻结窗口（春节、双十一等重保期）。

3  任职资格
3.1  学历：本科及以上，计算机、信息管理相关专业
3.2  经验：2年以上IT服务管理（ITSM）工作经验，熟悉ITIL变更管理流程
3.3  证书：ITIL 4 Foundation（必须）
3.4  能力：细致严谨，能熟练使用ServiceNow或类似ITSM平台

------------------------------------------------------------
附：关于调整资产管理员汇报关系的通知（运维字〔2025〕5号）
    因资产与CMDB管理职能划归运维管理部，自2025年4月1日起，资产管理员
改为向运维管理部经理汇报，工作地点不变；此前向运维中心副经理汇报。
                                                  人力资源部　2025年3月1日
"""


def gen09():
    (OUT / "09_变更管理专员岗位说明书_OA导出.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))
    GT["09_变更管理专员岗位说明书_OA导出.txt"] = {"layout": "GBK, CRLF, OA print with 1 / 1.1 numbered outline, and an appended notice moving 资产管理员's boss from 2025-04-01"}


# ----------------------------------------------------------------------------- 10 policy txt
POLICY = """值班与On-call管理办法（2025年修订）

第一条　为保障数据中心7×24小时稳定运行，规范值班、交接班及on-call管理，制定本办法。
第二条　本办法适用于运维中心、设施工程部、网络部全体员工。
第三条　班次：四班三倒岗位白班08:30-20:30，夜班20:30-08:30，做二休二；常白班08:30-17:30。
第四条　交接班须提前15分钟到岗，双方当面交接并签字，未完成交接的，上一班不得离岗。
第五条　值班长为当班第一责任人，其具体职责见各岗位说明书，本办法不再重复。
第六条　夜班补贴80元/班；on-call轮值补贴200元/天，被呼叫到场的另按加班计算。
第七条　on-call人员接到呼叫后须30分钟内远程响应，60分钟内到达现场（网络部为远程接入）。
第八条　值班期间不得饮酒，不得擅离岗位，离开机房区域超过15分钟须报值班长同意。
第九条　本办法自2025年1月1日起施行，由人力资源部负责解释。
"""


def gen10():
    (OUT / "10_值班与On-call管理办法.txt").write_text(POLICY, encoding="utf-8")
    GT["10_值班与On-call管理办法.txt"] = {"layout": "UTF-8 policy of 第N条 clauses; 夜班补贴80元/班, on-call 200元/天; no post duties"}


if __name__ == "__main__":
    for f in (gen01, gen02, gen03, gen04, gen05, gen06, gen07, gen08, gen09, gen10):
        f()
    (HERE / "gt.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
