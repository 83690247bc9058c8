#!/usr/bin/env python3
"""Round 42 / sanit: 江临市城市环境卫生服务集团 (江临环卫) — 10 HR documents.

Run: T42_OUT=/tmp/t42sanit/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T42_OUT and gt.json (ground truth) next to this script.
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T42_OUT", "/tmp/t42sanit/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "江临市城市环境卫生服务集团有限公司"
GT = {}

# ----------------------------------------------------------------------------- 01 docx: card grid
CARDS = [
    {
        "title": "道路清扫保洁员",
        "meta": ["所属部门：清扫保洁部（各片区作业班）", "直接上级：作业班班长",
                 "作业班次：早班 04:30—12:00（含路面巡回保洁）", "作业地点：东城、西城、高新片区，按分配路段"],
        "duties": ["负责责任路段人行道、机动车道、非机动车道的清扫保洁，做到“六不六净”",
                   "按规定时间巡回保洁，及时清除果皮、纸屑、烟头等散落垃圾",
                   "清理责任路段果皮箱、垃圾桶，保持箱体外观清洁",
                   "雨雪天气配合完成除雪融冰、路面积水清理工作",
                   "发现井盖缺失、路面塌陷等问题及时上报班长"],
        "reqs": ["初中及以上文化程度，年龄18—55周岁", "身体健康，能适应户外作业",
                 "无特殊证书要求，上岗前须完成安全作业培训"],
    },
    {
        "title": "公厕管理员",
        "meta": ["所属部门：公厕管理所", "直接上级：公厕管理所所长",
                 "作业班次：两班制 06:00—14:00 / 14:00—22:00", "作业地点：所辖固定公厕（每人1—2座）"],
        "duties": ["负责所辖公厕的日常保洁，做到地面无积水、便池无污垢、室内无异味",
                   "每2小时填写一次《公厕保洁记录表》",
                   "管理公厕内洗手液、厕纸等耗材的领用与补充",
                   "对设施损坏、漏水、堵塞等情况及时报修",
                   "维护公厕秩序，劝阻乱涂乱画等不文明行为"],
        "reqs": ["初中及以上文化程度", "有保洁或物业服务工作经验者优先", "具备基本的沟通能力，服务意识强"],
    },
    {
        "title": "压缩站操作工",
        "meta": ["所属部门：转运中心（垃圾压缩站）", "直接上级：压缩站站长",
                 "作业班次：三班倒（早、中、夜班轮换）", "作业地点：全市14座垃圾压缩站"],
        "duties": ["按操作规程操作垃圾压缩设备，完成垃圾的卸料、压缩、装箱",
                   "负责压缩设备的日常点检、润滑和清洁，做好设备运行记录",
                   "做好站内冲洗、除臭和渗滤液收集工作",
                   "配合清运车辆进出站指挥，确保站内作业安全",
                   "设备故障时立即停机，并报告站长和机修车间"],
        "reqs": ["高中（中专）及以上学历", "持有《压缩设备操作培训合格证》",
                 "1年以上机械设备操作经验者优先"],
    },
    {
        "title": "作业班班长",
        "meta": ["所属部门：清扫保洁部", "直接上级：片区主管"],
        "duties": None,  # 略
        "reqs": None,
    },
]


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def doc01():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "江临环卫集团 · 人力资源部 · 受控文件　编号 JLHW-HR-012"
    fp = sec.footer.paragraphs[0]
    fp.text = "2024版（第1次修订）　　本岗位卡张贴于各作业班休息点"
    h = d.add_paragraph()
    r = h.add_run("一线作业岗位卡汇编")
    r.bold = True
    r.font.size = Pt(16)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("说明：每张岗位卡包括岗位基本情况、岗位职责与上岗要求，供新员工入职培训及班前会使用。")
    tbl = d.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    cells = [tbl.cell(0, 0), tbl.cell(0, 1), tbl.cell(1, 0), tbl.cell(1, 1)]
    for cell, card in zip(cells, CARDS):
        set_cell_shading(cell, "F2F7EE")
        p = cell.paragraphs[0]
        rr = p.add_run("■ " + card["title"])
        rr.bold = True
        rr.font.size = Pt(12)
        for m in card["meta"]:
            cell.add_paragraph(m)
        q = cell.add_paragraph()
        q.add_run("【岗位职责】").bold = True
        if card["duties"] is None:
            cell.add_paragraph("略（见《作业班组管理制度》）")
        else:
            for i, du in enumerate(card["duties"]):
                cell.add_paragraph("①②③④⑤⑥"[i] + du + "。")
        q = cell.add_paragraph()
        q.add_run("【上岗要求】").bold = True
        if card["reqs"] is None:
            cell.add_paragraph("略")
        else:
            for rq in card["reqs"]:
                cell.add_paragraph("◇ " + rq + "。")
    # last row: merged, one named-only card
    m = tbl.cell(2, 0).merge(tbl.cell(2, 1))
    p = m.paragraphs[0]
    rr = p.add_run("■ 洒水车司机")
    rr.bold = True
    m.add_paragraph("（岗位卡另行发布）")
    d.add_paragraph("")
    d.add_paragraph("制表：人力资源部　　审核：清扫保洁部、转运中心、公厕管理所　　2024年5月")
    d.save(OUT / "01_一线作业岗位卡汇编.docx")
    for c in CARDS:
        GT[c["title"]] = {"file01": c}


# ----------------------------------------------------------------------------- 02 docx: JD forms
JDS = [
    {
        "title": "安全员", "code": "JL-AQ-03", "dept": "安全管理部", "boss": "安全管理部部长", "sub": "无",
        "n": "6人", "loc": "集团本部及各片区作业现场", "shift": "白班 08:00—17:00，节假日轮流值班",
        "purpose": "监督落实安全生产责任制，预防和减少各类安全事故。",
        "duties": [("组织开展作业现场安全检查，每周不少于3次，建立隐患整改台账", "30%"),
                   ("负责新员工三级安全教育及日常安全培训", "20%"),
                   ("监督清运车辆、压缩设备的安全操作，制止违章作业", "20%"),
                   ("参与事故调查处理，编制事故分析报告", "15%"),
                   ("组织夏季防暑降温、冬季防冻防滑等专项安全活动", "15%")],
        "edu": "大专及以上", "major": "安全工程、环境工程等相关专业",
        "exp": "3年以上安全管理工作经验",
        "cert_old": "须持有注册安全工程师证书",
        "cert": "持有安全生产管理人员考核合格证；注册安全工程师（中级）优先",
        "note": "〔2024年3月修订：原“须持有注册安全工程师证书”改为“优先”，其余不变。〕",
        "pay": "月薪6000—7500元",
    },
    {
        "title": "机修工", "code": "JL-JX-02", "dept": "机修车间", "boss": "机修车间主任", "sub": "无",
        "n": "12人", "loc": "高新片区车辆保障基地", "shift": "白班 08:00—17:00，夜间轮流值班抢修",
        "purpose": "保障环卫车辆和压缩设备完好，降低故障停驶率。",
        "duties": [("负责垃圾清运车、洒水车、扫路车等环卫车辆的日常维护保养", "35%"),
                   ("对故障车辆进行诊断和维修，填写维修记录", "30%"),
                   ("负责压缩站设备的定期检修", "15%"),
                   ("管理维修工具和备品备件，控制维修成本", "10%"),
                   ("完成车辆年检前的检查准备工作", "10%")],
        "edu": "中专/技校及以上", "major": "汽车维修、机电一体化等相关专业",
        "exp": "3年以上汽车或工程机械维修经验",
        "cert_old": None,
        "cert": "中级及以上汽车维修工职业资格证书",
        "note": None,
        "pay": "月薪5500—7000元",
    },
    {
        "title": "车辆调度员", "code": "JL-QY-05", "dept": "清运车队", "boss": "车队队长",
        "sub": "无（业务上指挥垃圾清运司机）",
        "n": "4人", "loc": "清运车队调度中心", "shift": "四班三运转（24小时值守）",
        "purpose": "科学调度清运车辆，保证生活垃圾日产日清。",
        "duties": [("根据清运计划编制每日车辆出车计划和线路安排", "30%"),
                   ("通过车载GPS监控系统实时监控车辆运行，处理异常停车和偏离线路", "25%"),
                   ("接听市民和社区的清运诉求，及时派车处理", "20%"),
                   ("统计车辆出车率、油耗和清运量，按月上报", "15%"),
                   ("协调车辆维修与备用车调配", "10%")],
        "edu": "大专及以上", "major": "物流管理、交通运输等相关专业",
        "exp": "2年以上车辆调度工作经验",
        "cert_old": None,
        "cert": "无硬性要求；熟练使用办公软件及GPS调度系统",
        "note": None,
        "pay": "月薪5000—6000元",
    },
]


def strike_run(p, text):
    r = p.add_run(text)
    r.font.strike = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    return r


def doc02():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = CO + "　岗位说明书"
    sec.footer.paragraphs[0].text = "人力资源部编制　2024年3月修订　未经许可不得外传"
    t = d.add_paragraph()
    r = t.add_run("岗位说明书（职能与保障类）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, jd in enumerate(JDS, 1):
        d.add_paragraph(f"表{k}")
        tb = d.add_table(rows=9, cols=4)
        tb.style = "Table Grid"
        rows = [("岗位名称", jd["title"], "岗位编号", jd["code"]),
                ("所属部门", jd["dept"], "直接上级", jd["boss"]),
                ("直接下级", jd["sub"], "定员", jd["n"]),
                ("工作地点", jd["loc"], "班次", jd["shift"])]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                tb.cell(i, j).text = v
        # purpose row merged
        tb.cell(4, 0).text = "岗位目的"
        pc = tb.cell(4, 1).merge(tb.cell(4, 3))
        pc.text = jd["purpose"]
        # duties: label cell, merged value cell holding a nested table
        tb.cell(5, 0).text = "岗位职责"
        dc = tb.cell(5, 1).merge(tb.cell(5, 3))
        dc.paragraphs[0].text = "主要职责及权重："
        nt = dc.add_table(rows=1 + len(jd["duties"]), cols=3)
        nt.style = "Table Grid"
        for j, h in enumerate(["序号", "职责内容", "权重"]):
            nt.cell(0, j).text = h
        for i, (du, w) in enumerate(jd["duties"], 1):
            nt.cell(i, 0).text = str(i)
            nt.cell(i, 1).text = du
            nt.cell(i, 2).text = w
        # qualifications: label merged down 2 rows, sub-labels in the value cell rows
        q0 = tb.cell(6, 0).merge(tb.cell(7, 0))
        q0.text = "任职资格"
        tb.cell(6, 1).text = "学历：" + jd["edu"]
        tb.cell(6, 2).text = "专业"
        tb.cell(6, 3).text = jd["major"]
        tb.cell(7, 1).text = "经验：" + jd["exp"]
        tb.cell(7, 2).text = "证书"
        cc = tb.cell(7, 3)
        p = cc.paragraphs[0]
        if jd["cert_old"]:
            strike_run(p, jd["cert_old"])
            p.add_run("　")
        p.add_run(jd["cert"])
        if jd["note"]:
            np_ = cc.add_paragraph()
            nr = np_.add_run(jd["note"])
            nr.italic = True
            nr.font.size = Pt(8)
        tb.cell(8, 0).text = "薪资范围"
        pc = tb.cell(8, 1).merge(tb.cell(8, 3))
        pc.text = jd["pay"] + "（另按集团规定发放高温补贴、夜班补贴）"
        d.add_paragraph("")
    d.add_paragraph("附：作业监督员、片区主管岗位说明书另行编制。")
    d.save(OUT / "02_岗位说明书（安全员、机修工、车辆调度员）.docx")
    for jd in JDS:
        GT.setdefault(jd["title"], {})["file02"] = jd


# ----------------------------------------------------------------------------- 03 xlsx: KPI library
KPI = {
    "清运车队": [
        ("垃圾清运司机", [
            ("线路清运完成率", "实际完成清运点数÷计划清运点数×100%", "30%", "100%", "100%", "98%—99.9%", "<98%"),
            ("安全行车事故次数", "当月负同等及以上责任的交通事故次数", "25%", "0次", "0次", "—", "≥1次"),
            ("百公里油耗", "当月耗油量（升）÷行驶里程×100", "15%", "≤28升", "≤28升", "28—30升", ">30升"),
            ("车容车貌合格率", "抽查合格次数÷抽查次数×100%", "20%", "≥95%", "≥95%", "90%—95%", "<90%"),
            ("作业投诉次数", "经核实的撒漏、噪音扰民等有效投诉", "10%", "0次", "0次", "1次", "≥2次"),
        ]),
        ("车辆调度员", [
            ("车辆出车率", "实际出车台次÷应出车台次×100%", "30%", "≥96%", "≥96%", "93%—96%", "<93%"),
            ("诉求派车及时率", "30分钟内派车的诉求数÷诉求总数×100%", "25%", "≥98%", "≥98%", "95%—98%", "<95%"),
            ("调度台账准确率", "抽查无误台账数÷抽查台账数×100%", "20%", "100%", "100%", "98%—99.9%", "<98%"),
            ("GPS异常处置率", "已处置异常报警数÷异常报警总数×100%", "15%", "100%", "100%", "95%—99.9%", "<95%"),
            ("数据上报及时性", "每月3日前上报上月统计报表", "10%", "按时", "按时", "延迟1天", "延迟2天及以上"),
        ]),
    ],
    "压缩站": [
        ("压缩站操作工", [
            ("设备完好率", "设备完好台时÷日历台时×100%", "30%", "≥98%", "≥98%", "95%—98%", "<95%"),
            ("站容站貌达标率", "检查达标次数÷检查次数×100%", "25%", "≥95%", "≥95%", "90%—95%", "<90%"),
            ("渗滤液规范处置率", "规范收集处置量÷产生量×100%", "20%", "100%", "100%", "—", "<100%"),
            ("安全操作违章次数", "安全检查发现的违章操作次数", "15%", "0次", "0次", "1次", "≥2次"),
            ("运行记录完整率", "完整填写的班次记录÷总班次×100%", "10%", "100%", "100%", "95%—99.9%", "<95%"),
        ]),
    ],
    "作业质量": [
        ("道路清扫保洁员", [
            ("路面保洁达标率", "巡查达标路段数÷巡查路段数×100%", "40%", "≥95%", "≥95%", "90%—95%", "<90%"),
            ("巡回保洁到位率", "按时巡回次数÷规定巡回次数×100%", "25%", "≥98%", "≥98%", "95%—98%", "<95%"),
            ("出勤率", "实际出勤天数÷应出勤天数×100%", "20%", "≥98%", "≥98%", "95%—98%", "<95%"),
            ("市民投诉次数", "经核实的有效投诉次数", "15%", "0次", "0次", "1次", "≥2次"),
        ]),
        ("作业监督员", [
            ("网格巡查覆盖率", "已巡查网格数÷责任网格数×100%", "30%", "100%", "100%", "95%—99.9%", "<95%"),
            ("问题整改闭环率", "按期整改闭环问题数÷下发问题数×100%", "30%", "≥95%", "≥95%", "90%—95%", "<90%"),
            ("检查记录规范率", "抽查合格记录÷抽查记录×100%", "20%", "≥98%", "≥98%", "95%—98%", "<95%"),
            ("考核数据准确率", "复核无误数据÷上报数据×100%", "20%", "100%", "100%", "98%—99.9%", "<98%"),
        ]),
    ],
}
KPI_OLD = ("垃圾清运司机", [
    ("线路清运完成率", "实际完成清运点数÷计划清运点数×100%", "40%", "100%"),
    ("安全行车事故次数", "责任事故次数", "30%", "0次"),
    ("百公里油耗", "耗油量÷里程×100", "30%", "≤30升"),
])


def xlsx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    lines = ["江临环卫集团 一线岗位月度绩效考核指标库（2024版）",
             "一、考核周期：月度考核，次月5日前完成评分。",
             "二、计分方法：岗位得分=Σ（指标得分×权重），指标得分按信号灯确定：绿灯100分，黄灯80分，红灯0分。",
             "三、考核结果与当月绩效工资挂钩，连续两个月红灯指标≥2项的，由部门约谈。",
             "四、“2023版（作废）”工作表仅供对照，不再使用。"]
    for i, ln in enumerate(lines, 1):
        ws.cell(i, 1, ln)
    ws.column_dimensions["A"].width = 100
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, blocks in KPI.items():
        ws = wb.create_sheet(sheet)
        r = 1
        for post, inds in blocks:
            ws.cell(r, 1, f"{post}　月度KPI考核表")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1).font = Font(bold=True, size=13)
            r += 1
            heads = ["序号", "指标名称", "指标定义/计算公式", "权重", "目标值"]
            for j, h in enumerate(heads, 1):
                ws.cell(r, j, h)
                ws.merge_cells(start_row=r, start_column=j, end_row=r + 1, end_column=j)
                ws.cell(r, j).font = bold
                ws.cell(r, j).fill = fill
            ws.cell(r, 6, "考核标准（信号灯）")
            ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
            ws.cell(r, 6).font = bold
            ws.cell(r, 6).fill = fill
            ws.cell(r, 6).alignment = Alignment(horizontal="center")
            for j, h in enumerate(["绿灯", "黄灯", "红灯"], 6):
                ws.cell(r + 1, j, h).font = bold
            r += 2
            for i, ind in enumerate(inds, 1):
                ws.cell(r, 1, i)
                for j, v in enumerate(ind, 2):
                    ws.cell(r, j, v)
                r += 1
            ws.cell(r, 2, "合计")
            ws.cell(r, 4, "100%")
            r += 3
        for col, w in zip("ABCDEFGH", [6, 18, 40, 8, 10, 12, 14, 14]):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("2023版（作废）")
    ws.cell(1, 1, "垃圾清运司机月度考核表（2023版，已作废，仅供对照）")
    ws.merge_cells("A1:E1")
    for j, h in enumerate(["序号", "指标名称", "计算方法", "权重", "目标值"], 1):
        ws.cell(2, j, h)
    for i, ind in enumerate(KPI_OLD[1], 1):
        ws.cell(2 + i, 1, i)
        for j, v in enumerate(ind, 2):
            ws.cell(2 + i, j, v)
    wb.save(OUT / "03_一线岗位绩效考核指标库（2024）.xlsx")
    GT["kpi"] = {"current": KPI, "void_2023": KPI_OLD}


# ----------------------------------------------------------------------------- 04 xlsx: staffing & pay
STAFF = [
    # post, dept, boss, n, edu, exp, cert, location, shift code
    ("道路清扫保洁员", "清扫保洁部", "作业班班长", 420, "初中及以上", "不限", "—", "东城、西城、高新三个片区", "A"),
    ("垃圾清运司机", "清运车队", "车队队长", 85, "高中及以上", "3年以上大型车辆驾驶经验", "A2或B2驾驶证", "清运车队高新片区停车场", "N"),
    ("压缩站操作工", "转运中心", "压缩站站长", 36, "高中（中专）及以上", "—", "压缩设备操作培训合格证", "全市14座垃圾压缩站", "T"),
    ("公厕管理员", "公厕管理所", "公厕管理所所长", 48, "初中及以上", "保洁经验优先", "—", "城区固定公厕", "B2"),
    ("车辆调度员", "清运车队", "车队队长", 4, "大专及以上", "2年以上车辆调度经验", "—", "清运车队调度中心", "S"),
    ("机修工", "机修车间", "机修车间主任", 12, "中专/技校及以上", "3年以上汽车或工程机械维修经验", "中级汽车维修工证", "高新片区车辆保障基地", "D"),
    ("安全员", "安全管理部", "安全管理部部长", 6, "大专及以上", "3年以上安全管理经验", "安全生产管理人员考核合格证", "集团本部及各片区", "D"),
    ("作业监督员", "质量监督科", "质量监督科科长", 10, "大专及以上", "2年以上现场管理或质检经验", "—", "各片区", "A/D"),
    ("片区主管", "清扫保洁部", "清扫保洁部经理", 3, "大专及以上", "5年以上环卫或物业现场管理经验", "—", "各片区作业指挥部", "A/D"),
    ("垃圾分类督导员", "分类推进办公室", "分类推进办公室主任", 60, "高中及以上", "社区工作经验优先", "—", "各垃圾分类试点小区", "F"),
]
PAY = [
    # post, grade, base, post allowance, heat (6-9), night, total ref
    ("道路清扫保洁员", "一线3级", 2600, 1200, 300, 0, "4200—4800"),
    ("垃圾清运司机", "一线6级", 3800, 2000, 300, 600, "6500—7500"),
    ("压缩站操作工", "一线4级", 3000, 1400, 300, 400, "5000—5800"),
    ("公厕管理员", "一线2级", 2500, 1000, 300, 0, "3800—4300"),
    ("车辆调度员", "职能4级", 3200, 1500, 0, 400, "5000—6000"),
    ("机修工", "技能5级", 3500, 1800, 300, 0, "5500—7000"),
    ("安全员", "职能5级", 3800, 1800, 300, 0, "6000—7500"),
    ("作业监督员", "职能4级", 3300, 1600, 300, 0, "5500—6500"),
    ("片区主管", "管理3级", 5000, 3000, 300, 0, "8000—10000"),
    ("垃圾分类督导员", "一线2级", 2600, 1200, 0, 0, "4000—4500"),
]
SHIFTS = [("A", "早班", "04:30—12:00"), ("B1", "两班制早班", "06:00—14:00"), ("B2", "两班制（早晚轮换）", "06:00—14:00 / 14:00—22:00"),
          ("D", "白班", "08:00—17:00"), ("N", "夜班", "22:00—次日06:00"), ("T", "三班倒", "06:00—14:00 / 14:00—22:00 / 22:00—06:00"),
          ("S", "四班三运转", "24小时值守，每班8小时"), ("F", "分段班", "07:00—9:00、18:00—20:00 值守，其余时间入户宣传")]


def xlsx04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定编表"
    ws.cell(1, 1, "江临环卫集团 2024年度岗位定编定员表")
    ws.merge_cells("A1:I1")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    top = ["岗位名称", "所属部门", "直接上级", "定编（人）"]
    for j, h in enumerate(top, 1):
        ws.cell(2, j, h)
        ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
    ws.cell(2, 5, "任职条件")
    ws.merge_cells("E2:G2")
    for j, h in enumerate(["学历", "工作经验", "证书"], 5):
        ws.cell(3, j, h)
    ws.cell(2, 8, "工作地点")
    ws.merge_cells("H2:H3")
    ws.cell(2, 9, "班次代码")
    ws.merge_cells("I2:I3")
    for i, row in enumerate(STAFF, 4):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    ws.cell(4 + len(STAFF), 1, "合计")
    ws.cell(4 + len(STAFF), 4, sum(r[3] for r in STAFF))
    ws.cell(6 + len(STAFF), 1, "注：洒水车司机、环卫驿站管理员两个岗位的定编待2025年机构调整后另行核定。")
    ws2 = wb.create_sheet("月薪标准")
    ws2.cell(1, 1, "一线及职能岗位月薪标准（单位：元/月，税前）")
    ws2.merge_cells("A1:G1")
    heads = ["岗位名称", "岗级", "基本工资", "岗位津贴", "高温补贴（6—9月）", "夜班补贴", "月薪合计（参考区间）"]
    for j, h in enumerate(heads, 1):
        ws2.cell(2, j, h)
    for i, row in enumerate(PAY, 3):
        for j, v in enumerate(row, 1):
            ws2.cell(i, j, v)
    ws2.cell(4 + len(PAY), 1, "说明：夜班补贴按实际夜班天数折算；高温补贴仅在6—9月发放。")
    ws3 = wb.create_sheet("班次代码")
    for j, h in enumerate(["代码", "班次名称", "作业时间"], 1):
        ws3.cell(1, j, h)
    for i, row in enumerate(SHIFTS, 2):
        for j, v in enumerate(row, 1):
            ws3.cell(i, j, v)
    wb.save(OUT / "04_岗位定编定员及月薪标准.xlsx")
    GT["staff"] = STAFF
    GT["pay"] = PAY
    GT["shifts"] = SHIFTS


# ----------------------------------------------------------------------------- 05 csv
CSV_ROWS = [
    ["需求编号", "岗位名称", "需求部门", "招聘人数", "工作地点", "学历", "年龄", "薪资待遇", "岗位职责及要求", "状态", "发布日期"],
    ["R2024-011", "垃圾清运司机", "清运车队", "8", "高新片区停车场", "高中及以上", "25—50周岁",
     "6500—7500元/月（含出车补贴），缴纳五险一金",
     "岗位职责：1.驾驶压缩式垃圾车按规定线路和时间完成生活垃圾收运；2.作业中做到垃圾不落地、污水不滴漏；3.负责车辆日常例保和清洁，发现故障及时报修；4.如实填写《清运记录单》。任职要求：持A2或B2驾驶证，3年以上大型车辆驾驶经验，无重大交通事故记录。",
     "招聘中", "2024-04-08"],
    ["R2024-014", "垃圾分类督导员", "分类推进办公室", "20", "东城片区各试点小区", "高中及以上", "18—55周岁",
     "4000—4500元/月，缴纳五险",
     "岗位职责：1.在投放时段值守分类投放点，指导居民正确分类投放；2.对混投垃圾进行二次分拣；3.开展入户宣传，建立居民分类档案；4.记录每日分类准确率并上报。任职要求：沟通能力强，普通话流利，有社区工作或志愿服务经验者优先。",
     "招聘中", "2024-04-15"],
    ["R2024-016", "作业监督员", "质量监督科", "3", "各片区", "大专及以上", "35周岁以下",
     "5500—6500元/月，缴纳五险一金",
     "岗位职责：1.按网格对道路保洁、垃圾清运作业质量进行日常巡查；2.拍照取证并通过“智慧环卫”平台下发整改单；3.跟踪问题整改闭环；4.汇总月度考核数据。任职要求：大专及以上学历，2年以上现场管理或质检经验，熟练使用手机APP和办公软件。",
     "招聘中", "2024-04-20"],
    ["R2024-019", "道路清扫保洁员", "清扫保洁部", "40", "西城片区", "初中及以上", "18—55周岁",
     "4200—4800元/月，提供工作餐和劳保用品",
     "岗位职责：负责责任路段清扫保洁和巡回保洁。任职要求：身体健康，吃苦耐劳，能适应早班作业。",
     "招聘中", "2024-05-06"],
    ["R2023-027", "垃圾分类督导员", "分类推进办公室", "15", "西城片区试点小区", "高中及以上", "18—50周岁",
     "3500—4000元/月",
     "岗位职责：值守分类投放点，宣传垃圾分类知识。任职要求：有责任心。",
     "已关闭", "2023-06-12"],
]


def csv05():
    with open(OUT / "05_社会招聘岗位需求.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerows(CSV_ROWS)
    GT["csv"] = CSV_ROWS


# ----------------------------------------------------------------------------- 06 html
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>江临环卫集团 2024年管理及技术岗位招聘公告</title>
<style>
figure.job{border:1px solid #9c9;margin:1em 0;padding:.6em 1em}
figure.job figcaption{font-size:1.3em;font-weight:bold;color:#265}
.tag{display:inline-block;background:#eef;padding:0 .4em;margin-right:.3em}
</style>
</head>
<body>
<nav>首页 &gt; 人才招聘 &gt; 招聘公告</nav>
<h1>江临环卫集团 2024年管理及技术岗位招聘公告</h1>
<p>因业务发展需要，集团面向社会公开招聘以下岗位人员，欢迎有志于城市环境卫生事业的人士报名。</p>
<figure class="job" id="job-pqzg">
<figcaption>片区主管 <span class="tag">清扫保洁部</span><span class="tag">3人</span></figcaption>
<p><strong>工作地点：</strong>西城片区作业指挥部<br><strong>薪资待遇：</strong>8000—10000元/月，缴纳五险一金，享受带薪年休假<br><strong>汇报对象：</strong>清扫保洁部经理<br><strong>管理下属：</strong>各作业班班长（约12名）</p>
<p><strong>岗位职责</strong></p>
<p>（1）全面负责本片区道路清扫保洁、垃圾收运的作业组织与管理；<br>
（2）制定片区作业计划，合理配置作业人员和机械设备；<br>
（3）督促各作业班落实作业标准，迎接市、区两级检查考核；<br>
（4）处理片区内突发事件和市民投诉；<br>
（5）负责片区员工的考勤、培训和绩效考核。</p>
<p><strong>任职要求</strong></p>
<p>1、大专及以上学历，市政工程、环境工程或管理类专业优先；<br>
2、5年以上环卫或物业现场管理经验，其中2年以上团队管理经验；<br>
3、能适应早班作业及节假日值班，具备较强的组织协调能力。</p>
</figure>
<figure class="job" id="job-jxg">
<figcaption>机修工 <span class="tag">机修车间</span><span class="tag">4人</span></figcaption>
<p><strong>工作地点：</strong>高新片区车辆保障基地<br><strong>薪资待遇：</strong>5500—7000元/月，缴纳五险一金<br><strong>汇报对象：</strong>机修车间主任</p>
<p><strong>岗位职责</strong></p>
<p>（1）负责环卫车辆及压缩设备的维护保养与故障维修；<br>
（2）做好维修记录和备品备件管理。</p>
<p><strong>任职要求</strong></p>
<p>1、中专/技校及以上学历，汽车维修相关专业；<br>
2、3年以上汽车或工程机械维修经验，持中级及以上汽车维修工证；<br>
3、能服从夜间抢修安排。</p>
</figure>
<figure class="job" id="job-slyc">
<figcaption>渗滤液处理工 <span class="tag">转运中心</span></figcaption>
<p>岗位详情稍后公布，敬请关注。</p>
</figure>
<p>报名方式：请将简历发送至集团人力资源部邮箱，邮件标题注明“应聘岗位+姓名”。</p>
<footer>江临市城市环境卫生服务集团有限公司 人力资源部 2024年4月</footer>
</body>
</html>
"""


def html06():
    (OUT / "06_管理及技术岗位招聘公告.html").write_text(HTML, encoding="utf-8")


# ----------------------------------------------------------------------------- 07 pdf
def pdf07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    h1 = ParagraphStyle("h1", fontName="WQY", fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12.5, leading=20, spaceBefore=8)
    body = ParagraphStyle("b", fontName="WQY", fontSize=10.5, leading=16, wordWrap="CJK")
    small = ParagraphStyle("s", fontName="WQY", fontSize=9, leading=13, wordWrap="CJK")

    def page(c, doc):
        c.saveState()
        c.setFont("WQY", 8)
        c.drawString(50, 815, "JLHW-AQ-2024-02　岗位安全生产职责")
        c.drawRightString(545, 25, f"第 {doc.page} 页")
        c.restoreState()

    story = [Paragraph("江临环卫集团岗位安全生产职责（2024年修订）", h1), Spacer(1, 8),
             Paragraph("本文件规定一线作业岗位的安全生产职责，各岗位人员上岗前须经安全员组织的安全教育并考试合格。", body)]
    story.append(Paragraph("一、垃圾清运司机安全职责", h2))
    for s in ["1. 出车前检查刹车、灯光、液压系统，填写《出车前安全检查表》。",
              "2. 严格遵守交通法规，作业时开启警示灯，倒车必须有专人指挥。",
              "3. 严禁疲劳驾驶，连续驾驶不超过4小时。",
              "4. 车辆举升、压缩作业时严禁人员靠近作业区域。"]:
        story.append(Paragraph(s, body))
    story.append(Paragraph("二、压缩站操作工安全职责", h2))
    for s in ["1. 设备运行时严禁进入压缩腔和料斗区域。",
              "2. 检修前必须断电挂牌，悬挂“禁止合闸”警示牌。",
              "3. 进入渗滤液池等有限空间作业，执行“先通风、再检测、后作业”。",
              "4. 按规定佩戴防护口罩、手套和防滑鞋。"]:
        story.append(Paragraph(s, body))
    story.append(Paragraph("三、道路清扫保洁员安全职责", h2))
    for s in ["1. 上路作业必须穿着反光背心，逆向清扫时面向来车方向。",
              "2. 高温时段（11:00—15:00）停止露天作业，做好防暑降温。",
              "3. 雨雪天气作业须穿防滑鞋，注意避让车辆。"]:
        story.append(Paragraph(s, body))
    story.append(PageBreak())
    story.append(Paragraph("附表：劳动防护用品发放标准", h2))
    data = [["岗位", "防护用品", "发放周期"],
            ["道路清扫保洁员", "反光背心、工作服", "每年2套"],
            ["垃圾清运司机", "工作服、防滑劳保鞋", "每年1套"],
            ["压缩站操作工", "防毒口罩、耐油手套", "每月1次"],
            ["公厕管理员", "橡胶手套、防水围裙", "每季度1次"]]
    tb = Table([[Paragraph(c, small) for c in row] for row in data], colWidths=[120, 200, 100])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(tb)
    story.append(Spacer(1, 10))
    story.append(Paragraph("本职责自2024年3月1日起执行，原《一线岗位安全操作须知（2020版）》同时废止。", body))
    doc = SimpleDocTemplate(str(OUT / "07_岗位安全生产职责.pdf"), pagesize=A4, topMargin=60, bottomMargin=50)
    doc.build(story, onFirstPage=page, onLaterPages=page)


# ----------------------------------------------------------------------------- 08 md
MD = """# 垃圾分类督导员工作指引

> **所属部门**：分类推进办公室
> **直接上级**：分类推进办公室主任
> **工作地点**：各垃圾分类试点小区的分类投放点
> **工作时间**：早 7:00—9:00、晚 18:00—20:00 定时定点值守，其余时间入户宣传

## 一、工作职责

1. 在定时投放时段值守分类投放点，指导居民按厨余垃圾、可回收物、有害垃圾、其他垃圾四类正确投放。
2. 对混投、错投的垃圾进行二次分拣，分拣后拍照留存。
3. 开展入户宣传，发放分类指南，建立居民分类档案。
4. 每日记录各投放点分类准确率，通过“智慧环卫”平台上报。
5. 发现垃圾桶满溢、破损时，联系清运车队和片区主管处理。

## 二、考核指标

| 指标 | 权重 | 目标值 |
|---|---|---|
| 居民分类投放准确率 | 40% | ≥85% |
| 督导值守到岗率 | 30% | 100% |
| 入户宣传覆盖率 | 20% | ≥90% |
| 台账填报及时率 | 10% | 100% |

## 三、任职要求

略（按集团社会招聘公告执行）。

## 四、分类推进办公室组织关系

- 分类推进办公室主任
    - 垃圾分类督导员（60人，按试点小区分组）
    - 环卫驿站管理员
"""


def md08():
    (OUT / "08_垃圾分类督导员工作指引.md").write_text(MD, encoding="utf-8")


# ----------------------------------------------------------------------------- 09 GBK txt
GBK = """江临环卫集团文件
江环人〔2024〕17号

关于调整作业监督员隶属关系及岗位职责的通知

各部门、各片区：
　　为加强作业质量的独立监督，经集团办公会研究，决定对作业监督员岗位作如下调整：

一、隶属关系
　　原作业监督员由各片区主管管理。自2024年4月1日起，作业监督员统一划归质量监督科管理，直接上级调整为质量监督科科长，不再由片区主管管理。

二、岗位职责（调整后）
　　（一）按网格对责任片区的道路保洁、垃圾清运、公厕保洁作业质量进行巡查，每日巡查不少于2次；
　　（二）对发现的问题拍照取证，通过“智慧环卫”平台下发整改单，并跟踪整改闭环；
　　（三）每周对作业班组进行一次抽查评分，结果作为班组月度考核依据；
　　（四）汇总月度考核数据，报质量监督科审核；
　　（五）配合上级检查和市民投诉的现场核实工作。

三、任职条件
　　大专及以上学历，2年以上现场管理或质检经验，熟练使用手机APP和办公软件，能适应早班作业。

四、作息时间
　　作业监督员实行早班（04:30—12:00）与白班（08:00—17:00）轮换，具体由质量监督科排班。

　　本通知自2024年4月1日起执行。

江临市城市环境卫生服务集团有限公司
2024年3月25日
"""


def txt09():
    (OUT / "09_关于调整作业监督员隶属关系的通知.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- 10 UTF-16 txt (policy)
POLICY = """江临环卫集团员工手册（节选）

第一章　总则
　　第一条　本手册适用于集团全体员工。集团下设清扫保洁部、清运车队、转运中心、公厕管理所、机修车间、安全管理部、质量监督科、分类推进办公室、人力资源部等部门。

第二章　考勤与休假
　　第二条　一线作业岗位实行班次考勤，员工须在班次开始前10分钟到达作业点签到。
　　第三条　迟到、早退30分钟以内的，每次扣发当月绩效工资50元；旷工1天扣发当日工资的两倍。
　　第四条　员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天。

第三章　试用期与培训
　　第五条　一线作业岗位试用期为1个月，职能及管理岗位试用期为3个月。
　　第六条　新员工上岗前须接受公司级、部门级、班组级三级安全教育，累计不少于24学时。

第四章　福利与劳动保护
　　第七条　每年6月至9月发放高温补贴，每人每月300元（室内岗位除外）。
　　第八条　集团每年组织一次职业健康体检，接触粉尘、噪声的岗位增加专项检查。
　　第九条　一线员工每日提供一次免费工作餐。

第五章　附则
　　第十条　本手册由人力资源部负责解释，自2024年1月1日起施行。
"""


def txt10():
    (OUT / "10_员工手册（节选）.txt").write_bytes(POLICY.encode("utf-16"))


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
    GT["files"] = sorted(p.name for p in OUT.iterdir())
    (HERE / "gt.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(GT["files"]))
