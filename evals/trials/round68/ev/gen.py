"""Round 68 / ev: 驰电能源 (EV charging & battery-swap operator, 杭州 + 宁波). Writes 10 HR documents.

Run: T68_OUT=/tmp/t68ev/corpus /tmp/genv/bin/python gen.py
Layouts (new in this round):
 ev01 docx  fact values held in MERGEFIELD w:fldSimple results; duties with a tracked MOVE
            (w:moveFrom / w:moveTo) of one duty between two posts; w:del/w:ins on 学历; header/footer; a 略 post
 ev02 docx  a transposed 任职条件对照表 under a diagonal (tl2br) header cell "项目＼岗位" (posts as columns);
            duty cells that are ONE paragraph with soft line breaks (w:br) between ①②③; prose for the manager
 ev03 xlsx  KPI library whose indicator cells are rich text (bold name + line break + grey 口径);
            data-validation list on 考核周期; post column merged down; a void 2023 sheet
 ev04 xlsx  定岗定编 with two title rows, grouped header 编制（人）[杭州|宁波] / 月薪（元）[下限|上限],
            department merged down, shift CODES resolved on a second sheet, a fact in a cell comment
 ev05 csv   recruiting export with title/export-meta lines before the header and a 合计 row, multi-line cells,
            a closed row
 ev06 html  WeChat 公众号 article export: nested <section> with inline styles, words split across <span>s, <br> lists
 ev07 pdf   a JD with "2.1 / 2.1.1" decimal numbering, fact table and KPI table (reportlab)
 ev08 md    MkDocs page: YAML front matter, admonitions "!!! warning", content tabs === "第1周", KPI table
 ev09 txt   GBK 问/答 FAQ for 巡检员 with a superseded 2023 rule at the end
 ev10 txt   UTF-16LE policy (换电站值守排班) with an appended 补充通知 changing a boss
"""
import copy
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(os.environ.get("T68_OUT", "/tmp/t68ev/corpus"))
OUT.mkdir(parents=True, exist_ok=True)


# ----------------------------------------------------------------------------- docx helpers
def _r(text, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t)
    return r


def merge_field(par, field, value):
    """Append <w:fldSimple w:instr=' MERGEFIELD field '><w:r><w:t>value</w:t></w:r></w:fldSimple>."""
    f = OxmlElement("w:fldSimple")
    f.set(qn("w:instr"), f" MERGEFIELD {field} \\* MERGEFORMAT ")
    f.append(_r(value))
    par._p.append(f)


def tracked(par, old, new, author="人力资源部 李敏", date="2025-05-20T10:00:00Z"):
    d = OxmlElement("w:del"); d.set(qn("w:id"), str(abs(hash(old)) % 9000 + 100)); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.set(qn("xml:space"), "preserve"); dt.text = old; r.append(dt); d.append(r)
    i = OxmlElement("w:ins"); i.set(qn("w:id"), str(abs(hash(new)) % 9000 + 100)); i.set(qn("w:author"), author); i.set(qn("w:date"), date)
    i.append(_r(new))
    par._p.append(d); par._p.append(i)


def moved_par(doc, text, kind, name="move1", mid=501):
    """A paragraph whose whole run sits in w:moveFrom (struck, old place) or w:moveTo (new place)."""
    p = doc.add_paragraph()
    tag = "w:moveFromRangeStart" if kind == "from" else "w:moveToRangeStart"
    end = "w:moveFromRangeEnd" if kind == "from" else "w:moveToRangeEnd"
    rs = OxmlElement(tag); rs.set(qn("w:id"), str(mid)); rs.set(qn("w:name"), name)
    rs.set(qn("w:author"), "人力资源部 李敏"); rs.set(qn("w:date"), "2025-05-20T10:00:00Z")
    p._p.append(rs)
    m = OxmlElement("w:moveFrom" if kind == "from" else "w:moveTo")
    m.set(qn("w:id"), str(mid + 1)); m.set(qn("w:author"), "人力资源部 李敏"); m.set(qn("w:date"), "2025-05-20T10:00:00Z")
    r = OxmlElement("w:r")
    if kind == "from":
        t = OxmlElement("w:delText")
    else:
        t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve"); t.text = text; r.append(t); m.append(r)
    p._p.append(m)
    re_ = OxmlElement(end); re_.set(qn("w:id"), str(mid)); p._p.append(re_)
    return p


def cell_border(cell, **kw):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    for edge, val in kw.items():
        e = OxmlElement(f"w:{edge}"); e.set(qn("w:val"), val); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000"); b.append(e)
    tcPr.append(b)


def header_footer(doc, head, foot):
    s = doc.sections[0]
    s.header.paragraphs[0].text = head
    s.footer.paragraphs[0].text = foot


# ----------------------------------------------------------------------------- ev01
def ev01():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    header_footer(doc, "驰电能源科技有限公司　场站运营部　文件编号：CD-HR-JD-2025-03", "受控文件　未经许可不得外传")
    doc.add_heading("场站运营部岗位说明书（2025版）", 0)
    doc.add_paragraph("本说明书适用于杭州、宁波两地充换电场站，由人力资源部根据2025年组织调整编制。"
                      "表中带底纹的字段由HR系统邮件合并生成。")
    posts = [
        dict(name="场站站长", dept="场站运营部", boss="城市运营经理", sub="充电运维工程师、换电站值守员、巡检员",
             loc="杭州、宁波各充换电场站", shift="常白班（08:30-17:30），节假日轮值",
             duties=["负责场站日常运营管理，统筹值守排班与交接班；",
                     "监督充电桩、换电设备的运行状态，组织故障报修并跟踪闭环；",
                     "负责场站安全生产，每日开展班前安全讲话并检查消防器材；",
                     "核对场站营收日报，跟踪充电量与换电单量目标完成情况；",
                     "处理现场客户投诉与突发事件，重大事件30分钟内上报城市运营经理；",
                     "对接物业、供电所等外部单位，维护场站周边关系。"],
             quals=[("TRACK", "中专", "大专", "及以上学历，电气、机电一体化或管理类专业；"),
                    "3年以上连锁门店、加油站或充电站运营管理经验，其中1年以上团队管理经验；",
                    "持有低压电工作业证者优先；",
                    "能适应节假日轮值。"]),
        dict(name="充电运维工程师", dept="场站运营部", boss="场站站长", sub="无",
             loc="杭州、宁波（按片区划分）", shift="做二休二（08:00-20:00）",
             duties=["负责直流快充桩、交流桩的日常巡检、预防性维护和故障维修；",
                     "按工单要求在4小时内完成一般故障修复，并记录维修台账；",
                     "负责充电模块、枪线等备件的领用与返修管理；",
                     "配合电力工程师完成新建场站的设备调试与验收；",
                     ("MOVETO", "每月对场站接地电阻与绝缘性能进行检测并出具记录。")],
             quals=["大专及以上学历，电气工程及其自动化、电力系统等相关专业；",
                    "2年以上充电桩或配电设备运维经验；",
                    "必须持有低压电工作业证（特种作业操作证），有高压电工作业证者优先；",
                    "熟悉OCPP充电协议者优先。"]),
        dict(name="换电站值守员", dept="场站运营部", boss="场站站长", sub="无",
             loc="杭州滨江换电站、宁波鄞州换电站", shift="四班三运转（详见《换电站值守排班制度》）",
             duties=["负责换电站现场值守，引导车辆进站并核对车辆身份与换电订单；",
                     "监控换电机器人运行状态，出现卡滞或报警时按应急手册执行急停并上报；",
                     "巡查电池仓温度、烟感等环境参数，每2小时记录一次；",
                     "保持站内清洁，认真填写交接班记录。"],
             quals=["高中/中专及以上学历；",
                    "持C1及以上驾驶证；",
                    "能适应倒班及夜班工作；",
                    "有加油站、停车场等服务岗位经验者优先。"]),
        dict(name="巡检员", dept="场站运营部", boss="场站站长", sub="无",
             loc="宁波各充电场站（路线见《巡检作业规范》）", shift="常白班（08:30-17:30）",
             duties=["按巡检路线对所辖场站进行日巡和周巡，检查桩体外观、屏幕、枪头及地锁；",
                     ("MOVEFROM", "每月对场站接地电阻与绝缘性能进行检测并出具记录。"),
                     "发现占位停车、设备损坏等问题及时拍照上传巡检APP；",
                     "负责场站标识牌、引导牌的日常维护与更换。"],
             quals=["中专及以上学历；",
                    "1年以上设备巡检或物业工程相关经验；",
                    "会骑电动车，能熟练使用智能手机APP。"]),
    ]
    cn = "一二三四五"
    for k, p in enumerate(posts):
        doc.add_heading(f"{cn[k]}、{p['name']}", 1)
        t = doc.add_table(rows=3, cols=4); t.style = "Table Grid"
        rows = [("岗位名称", ("F", "岗位名称", p["name"]), "所属部门", p["dept"]),
                ("直接上级", ("F", "直接上级", p["boss"]), "直接下级", p["sub"]),
                ("工作地点", p["loc"], "班次", p["shift"])]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                par = t.cell(i, j).paragraphs[0]
                if isinstance(v, tuple):
                    merge_field(par, v[1], v[2])
                else:
                    par.add_run(v).bold = (j % 2 == 0)
        doc.add_paragraph().add_run("岗位职责").bold = True
        n = 0
        for d in p["duties"]:
            if isinstance(d, tuple):
                if d[0] == "MOVETO":
                    n += 1
                    moved_par(doc, f"{n}. {d[1]}", "to")
                else:
                    moved_par(doc, f"{n + 1}. {d[1]}", "from")
                continue
            n += 1
            doc.add_paragraph(f"{n}. {d}")
        doc.add_paragraph().add_run("任职资格").bold = True
        for i, q in enumerate(p["quals"], 1):
            if isinstance(q, tuple):
                par = doc.add_paragraph(f"{i}. ")
                tracked(par, q[1], q[2])
                par.add_run(q[3])
            else:
                doc.add_paragraph(f"{i}. {q}")
    doc.add_heading("五、储能运维工程师", 1)
    doc.add_paragraph("储能站尚未投运，本岗位职责及任职资格：略，待储能站投运后另行发布。")
    doc.add_paragraph("编制：人力资源部　　审核：场站运营部　　批准：总经理　　2025年6月")
    doc.save(OUT / "ev01_场站运营部岗位说明书2025版.docx")


# ----------------------------------------------------------------------------- ev02
def ev02():
    doc = Document()
    header_footer(doc, "驰电能源　运营中心", "第 1 页")
    doc.add_heading("运营中心岗位设置方案（试行）", 0)
    doc.add_heading("一、总体说明", 1)
    doc.add_paragraph("运营中心下设调度组、平台运营组和客服组，由城市运营经理统筹。城市运营经理向区域总经理汇报，"
                      "杭州、宁波各设1名，负责所在城市充换电网络的运营指标、场站拓展落地及团队管理。")
    doc.add_paragraph("城市运营经理主要负责：制定城市年度运营计划并分解到各场站；统筹场站运营部与运营中心的资源调配；"
                      "审核场站新建和撤站方案；负责城市运营预算编制和成本控制。")
    doc.add_heading("二、岗位任职条件对照表", 1)
    cols = ["调度员", "平台运营专员", "客服专员"]
    rows = [("所属部门", ["运营中心调度组", "运营中心平台运营组", "运营中心客服组"]),
            ("直接上级", ["调度组长", "平台运营主管", "客服主管"]),
            ("学历", ["大专及以上", "本科及以上", "大专学历及以上"]),
            ("专业", ["电气、自动化、交通运输类", "电子商务、市场营销、统计学", "专业不限"]),
            ("工作经验", ["1年以上调度或监控中心值班经验", "2年以上互联网运营经验，有出行或本地生活平台经验优先", "半年以上呼叫中心工作经验"]),
            ("技能/证书", ["熟练使用SCADA监控系统和工单系统", "熟练使用Excel，具备SQL基础", "普通话二级乙等及以上，打字每分钟60字以上"]),
            ("班次", ["三班倒（早班07:00-15:00、中班15:00-23:00、夜班23:00-07:00）", "常白班（09:00-18:00）", "做一休一，07:00-23:00分早晚两班"]),
            ("工作地点", ["杭州运营中心（滨江区）", "杭州运营中心（滨江区）", "宁波客服中心（鄞州区）"])]
    t = doc.add_table(rows=1 + len(rows), cols=4); t.style = "Table Grid"
    c0 = t.cell(0, 0)
    c0.paragraphs[0].add_run("　　　　岗位").bold = True
    c0.add_paragraph().add_run("项目").bold = True
    cell_border(c0, tl2br="single")
    for j, c in enumerate(cols, 1):
        t.cell(0, j).paragraphs[0].add_run(c).bold = True
    for i, (lab, vals) in enumerate(rows, 1):
        t.cell(i, 0).paragraphs[0].add_run(lab).bold = True
        for j, v in enumerate(vals, 1):
            t.cell(i, j).text = v
    doc.add_heading("三、岗位职责", 1)
    duties = {"调度员": ["7×24小时监控全网充电桩、换电站运行状态，处理平台告警；",
                        "根据告警等级派发运维工单，跟踪工单响应与闭环时效；",
                        "统筹换电站之间的电池调拨，保障早晚高峰时段的满电电池储备；",
                        "编制调度日报，记录重大故障及处置过程。"],
              "平台运营专员": ["负责充电APP与小程序的站点信息、电价与营销活动配置；",
                           "策划会员拉新、充电券等促销活动并评估活动效果；",
                           "分析用户充电数据，输出运营周报和月报；",
                           "对接高德、快电等互联互通平台，维护站点上线信息。"],
              "客服专员": ["通过400热线、在线客服受理用户咨询、投诉与退款申请；",
                       "对无法即时解决的问题创建工单并跟进至结案；",
                       "定期回访投诉用户，记录满意度评价。"]}
    circ = "①②③④⑤⑥"
    t2 = doc.add_table(rows=1 + len(duties), cols=2); t2.style = "Table Grid"
    t2.cell(0, 0).text = "岗位"; t2.cell(0, 1).text = "主要职责"
    for i, (post, ds) in enumerate(duties.items(), 1):
        t2.cell(i, 0).text = post
        par = t2.cell(i, 1).paragraphs[0]
        for k, d in enumerate(ds):
            run = par.add_run(circ[k] + d)
            if k < len(ds) - 1:
                run.add_break(WD_BREAK.LINE)
    doc.add_heading("四、附则", 1)
    doc.add_paragraph("本方案自2025年7月1日起试行。数据分析师岗位暂不设置，相关数据工作由平台运营专员兼任。")
    doc.save(OUT / "ev02_运营中心岗位设置方案.docx")


# ----------------------------------------------------------------------------- ev03
def ev03():
    from openpyxl import Workbook
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws0 = wb.active; ws0.title = "使用说明"
    ws0["A1"] = "驰电能源绩效指标库（2025版）"
    ws0["A2"] = "1. 指标列中加粗部分为指标名称，换行后的灰色文字为计算口径。"
    ws0["A3"] = "2. 权重合计应为100%；考核周期从下拉列表中选择。"
    ws0["A4"] = "3. 2023版指标库已停用，仅保留在最后一张表供查阅。"
    hdr = ["岗位", "指标（名称／口径）", "权重", "目标值", "考核周期", "数据来源", "评分规则"]
    B = InlineFont(b=True); G = InlineFont(color="808080", sz=9)

    def sheet(title, blocks):
        ws = wb.create_sheet(title)
        ws.append(hdr)
        for c in ws[1]:
            c.font = Font(bold=True)
        dv = DataValidation(type="list", formula1='"月度,季度,年度"', allow_blank=True)
        ws.add_data_validation(dv)
        r = 2
        for post, rows in blocks:
            start = r
            for (name, kou, w, tgt, cyc, src, rule) in rows:
                ws.cell(r, 1, post)
                ws.cell(r, 2).value = CellRichText([TextBlock(B, name), TextBlock(G, "\n" + kou)])
                ws.cell(r, 2).alignment = Alignment(wrap_text=True)
                ws.cell(r, 3, w); ws.cell(r, 4, tgt); ws.cell(r, 5, cyc); ws.cell(r, 6, src); ws.cell(r, 7, rule)
                dv.add(ws.cell(r, 5))
                r += 1
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
            ws.cell(r, 1, f"{post}权重合计"); ws.cell(r, 3, "100%"); r += 1
        ws.column_dimensions["B"].width = 40
        ws.column_dimensions["G"].width = 36

    sheet("场站类", [
        ("场站站长", [
            ("场站充电量完成率", "实际充电量÷目标充电量×100%", "30%", "≥100%", "月度", "运营平台", "每低于目标1%扣1分，扣完为止"),
            ("设备可用率", "设备可用时长÷统计期总时长×100%", "25%", "≥97%", "月度", "监控系统", "低于97%时每降0.5%扣2分"),
            ("客户投诉率", "有效投诉数÷充换电订单数×100%", "15%", "≤0.05%", "月度", "客服工单系统", "超出目标每0.01%扣3分"),
            ("安全事故次数", "统计期内发生的一般及以上安全事故次数", "20%", "0次", "月度", "安全质量部", "发生1次本项不得分"),
            ("场站营收达成率", "实际营收÷目标营收×100%", "10%", "≥95%", "季度", "财务部", "按达成比例折算得分"),
        ]),
        ("充电运维工程师", [
            ("故障修复及时率", "4小时内修复的故障工单数÷故障工单总数×100%", "35%", "≥95%", "月度", "工单系统", "低于95%每降1%扣2分"),
            ("设备可用率", "所辖片区设备可用时长÷统计期总时长×100%", "25%", "≥98%", "月度", "监控系统", "低于98%时每降0.5%扣2分"),
            ("预防性维护计划完成率", "已完成维护项÷计划维护项×100%", "20%", "100%", "月度", "维护台账", "每漏1项扣2分"),
            ("备件损耗率", "非正常损耗备件金额÷领用备件金额×100%", "10%", "≤3%", "季度", "仓库台账", "超出3%本项减半"),
            ("维修返修率", "7日内同一故障重复报修数÷修复工单数×100%", "10%", "≤5%", "月度", "工单系统", "超出5%每1%扣1分"),
        ]),
    ])
    sheet("运营中心及拓展", [
        ("调度员", [
            ("告警响应及时率", "5分钟内响应的告警数÷告警总数×100%", "30%", "≥99%", "月度", "监控系统", "低于99%每降0.5%扣2分"),
            ("工单派发准确率", "派发正确的工单数÷派发工单总数×100%", "25%", "≥98%", "月度", "工单系统", "每错派1单扣0.5分"),
            ("高峰满电电池储备率", "早晚高峰满电电池数÷应储备电池数×100%", "25%", "≥90%", "月度", "换电管理系统", "低于90%每降1%扣1分"),
            ("调度日报及时率", "按时提交的日报数÷应提交日报数×100%", "20%", "100%", "月度", "OA系统", "迟交1次扣1分"),
        ]),
        ("平台运营专员", [
            ("月活跃用户增长率", "（本月活跃用户−上月活跃用户）÷上月活跃用户×100%", "30%", "≥5%", "月度", "数据平台", "按完成比例折算"),
            ("营销活动ROI", "活动带来的增量营收÷活动投入", "25%", "≥1.5", "季度", "数据平台", "低于1.0本项不得分"),
            ("站点信息准确率", "信息正确的站点数÷上线站点总数×100%", "25%", "≥99%", "月度", "抽查记录", "每发现1处错误扣1分"),
            ("数据报表及时率", "按时输出的周报月报数÷应输出数×100%", "20%", "100%", "月度", "OA系统", "迟交1次扣2分"),
        ]),
        ("商务拓展经理", [
            ("新签场地数", "统计期内签订合作协议的场地数量", "35%", "每季度≥6个", "季度", "合同台账", "每少1个扣6分"),
            ("新建场站投运数", "签约场地完成建设并正式投运的数量", "30%", "每季度≥4个", "季度", "工程台账", "每少1个扣7分"),
            ("合作协议回款率", "已收回的分成及押金÷应收金额×100%", "20%", "≥90%", "季度", "财务部", "低于90%每降1%扣1分"),
            ("场地租金成本控制率", "实际租金÷预算租金×100%", "15%", "≤100%", "年度", "财务部", "超预算本项不得分"),
        ]),
    ])
    ws = wb.create_sheet("2023版（停用）")
    ws["A1"] = "2023版指标库，已于2025年1月停用，仅供查阅"
    ws.append(["岗位", "指标", "权重", "目标值"])
    ws.append(["场站站长", "月充电量", "40%", "≥80万度"])
    ws.append(["场站站长", "设备完好率", "30%", "≥95%"])
    ws.append(["场站站长", "客户满意度", "30%", "≥90分"])
    wb.save(OUT / "ev03_绩效指标库2025.xlsx")


# ----------------------------------------------------------------------------- ev04
def ev04():
    from openpyxl import Workbook
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font

    wb = Workbook(); ws = wb.active; ws.title = "定岗定编"
    ws["A1"] = "驰电能源科技有限公司2025年定岗定编及薪酬标准表"
    ws.merge_cells("A1:J1")
    ws["A2"] = "制表：人力资源部　　日期：2025年6月　　单位：人、元/月"
    ws.merge_cells("A2:J2")
    ws["A3"] = "部门"; ws["B3"] = "岗位"; ws["C3"] = "岗位等级"; ws["D3"] = "编制（人）"; ws["F3"] = "月薪（元）"
    ws["H3"] = "班次代码"; ws["I3"] = "直接上级"; ws["J3"] = "备注"
    for c in ("A", "B", "C", "H", "I", "J"):
        ws.merge_cells(f"{c}3:{c}4")
    ws.merge_cells("D3:E3"); ws.merge_cells("F3:G3")
    ws["D4"] = "杭州"; ws["E4"] = "宁波"; ws["F4"] = "下限"; ws["G4"] = "上限"
    data = [
        ("场站运营部", [
            ("场站站长", "M1", 6, 4, 9000, 13000, "D", "城市运营经理", ""),
            ("充电运维工程师", "P2", 10, 8, 7500, 11000, "S2", "场站站长", ""),
            ("换电站值守员", "O1", 12, 8, 5200, 6800, "R4", "场站站长", ""),
            ("巡检员", "O1", 4, 6, 5000, 6400, "D", "场站站长", "另有交通补贴"),
            ("储能运维工程师", "P2", 0, 2, None, None, None, None, "储能站投运后再定薪、再招聘"),
        ]),
        ("运营中心", [
            ("城市运营经理", "M3", 1, 1, 20000, 30000, "D", "区域总经理", "年薪制，另有年度绩效奖金"),
            ("调度员", "P1", 8, 0, 6500, 9500, "R3", "调度组长", ""),
            ("平台运营专员", "P1", 3, 1, 8000, 12000, "D", "平台运营主管", ""),
            ("客服专员", "O2", 0, 10, 4800, 7000, "S1", "客服主管", ""),
        ]),
        ("市场拓展部", [("商务拓展经理", "M2", 3, 2, 12500, 18000, "D", "市场拓展部总监", "另按新签场地计提拓展提成")]),
        ("安全质量部", [("安全管理员", "P1", 2, 1, 8200, 11500, "D", "安全质量部经理", "")]),
        ("工程技术部", [("电力工程师", "P2", 3, 2, 10000, 16000, "D", "工程技术部经理", "")]),
    ]
    r = 5
    for dept, rows in data:
        s = r
        for row in rows:
            ws.cell(r, 1, dept)
            for j, v in enumerate(row, 2):
                if v is not None and v != "":
                    ws.cell(r, j, v)
            if row[0] == "换电站值守员":
                ws.cell(r, 7).comment = Comment("不含夜班补贴，夜班补贴按《换电站值守排班制度》执行", "HR")
            r += 1
        if r - 1 > s:
            ws.merge_cells(start_row=s, end_row=r - 1, start_column=1, end_column=1)
        ws.cell(s, 1).alignment = Alignment(vertical="center")
    ws.cell(r, 1, "合计"); ws.cell(r, 3, None)
    ws.cell(r, 4, "=SUM(D5:D%d)" % (r - 1)); ws.cell(r, 5, "=SUM(E5:E%d)" % (r - 1))
    ws.freeze_panes = "C5"
    for c in ws[3] + ws[4]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次", "时间说明"])
    ws2.append(["D", "常白班", "08:30-17:30，周末双休或轮休"])
    ws2.append(["S1", "早晚两班", "早班07:00-15:00，晚班15:00-23:00，做一休一"])
    ws2.append(["S2", "做二休二", "08:00-20:00，上两天休两天"])
    ws2.append(["R3", "三班倒", "早班07:00-15:00、中班15:00-23:00、夜班23:00-07:00"])
    ws2.append(["R4", "四班三运转", "四个班组轮流上白班、中班、夜班，详见《换电站值守排班制度》"])
    wb.save(OUT / "ev04_定岗定编及薪酬标准.xlsx")


# ----------------------------------------------------------------------------- ev05
def ev05():
    rows = [
        ["需求编号", "城市", "部门", "岗位", "需求人数", "岗位职责", "任职要求", "薪资范围", "状态"],
        ["RQ2025-031", "杭州", "工程技术部", "电力工程师", "2",
         "1、负责新建场站的配电方案设计、电力报装和容量评估；\n2、审核施工图纸并提出意见，参与变压器、充电设备选型；\n3、组织场站送电验收，对接供电公司完成并网手续；\n4、为运维团队提供高低压电气技术支持。",
         "1、本科及以上学历，电气工程及其自动化专业；\n2、3年以上配电工程设计或电力施工管理经验；\n3、须持高压电工作业证，有注册电气工程师（供配电）证书者优先；\n4、熟练使用AutoCAD。",
         "10-16K", "招聘中"],
        ["RQ2025-032", "宁波", "安全质量部", "安全管理员", "1",
         "详见《安全管理员岗位说明书》",
         "1、大专及以上学历，安全工程、电气类相关专业；\n2、持注册安全工程师证书或安全生产管理人员合格证；\n3、2年以上安全管理工作经验，有电力或新能源行业背景者优先；\n4、能适应两地出差。",
         "8.2-11.5K", "招聘中"],
        ["RQ2025-033", "宁波", "场站运营部", "储能运维工程师", "2", "详见岗位说明书", "待定", "面议", "已关闭（储能项目延期）"],
        ["RQ2025-034", "宁波", "运营中心", "客服专员", "4", "同岗位设置方案", "同岗位设置方案", "4.8-7K", "招聘中"],
    ]
    buf = io.StringIO()
    buf.write("驰电能源2025年第三季度招聘需求汇总,,,,,,,,\n")
    buf.write("导出时间：2025-07-02 10:15　导出人：HRBP王琳,,,,,,,,\n")
    buf.write(",,,,,,,,\n")
    w = csv.writer(buf, lineterminator="\n")
    for row in rows:
        w.writerow(row)
    w.writerow(["合计", "", "", "", "9", "", "", "", ""])
    (OUT / "ev05_2025Q3招聘需求汇总.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ----------------------------------------------------------------------------- ev06
def ev06():
    S = '<section style="margin:0 16px;line-height:1.75;font-size:15px;color:#333">'
    h = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>驰电能源招人啦｜商务拓展经理</title></head>
<body><div class="rich_media_content" id="js_content">
<section style="text-align:center"><section style="display:inline-block;background:#00b26a;color:#fff;padding:4px 12px"><span style="font-size:18px"><strong>驰电能源招人</strong></span><span style="font-size:18px"><strong>啦！</strong></span></section></section>
{S}<span>驰电能源是杭州、宁波两地的充换电网络运营商，目前运营充电场站120余座、换电站8座。</span><span>现诚聘：</span></section>
<section style="margin-top:20px"><section style="border-left:4px solid #00b26a;padding-left:8px"><span style="font-size:17px"><strong>商务拓展</strong></span><span style="font-size:17px"><strong>经理（BD）</strong></span></section></section>
{S}<span style="color:#00b26a">▍</span><span>工作地点：</span><span>杭州、</span><span>宁波（可选）</span><br><span>汇报对象：</span><span>市场拓展部</span><span>总监</span><br><span>薪资待遇：</span><span>12.5-18K</span><span>＋拓展提成，五险一金、餐补、交通补贴</span></section>
{S}<span><strong>你要做的：</strong></span><br>
<span>1. 寻找并评估商场、写字楼、物流园、公交场站等</span><span>充电场地资源；</span><br>
<span>2. 与业主方谈判场地合作模式（租赁或</span><span>收益分成），推动合作协议签署；</span><br>
<span>3. 跟进场站从签约到投运的报批、施工</span><span>协调；</span><br>
<span>4. 维护已合作业主关系，处理续约与</span><span>纠纷。</span></section>
{S}<span><strong>我们希望你：</strong></span><br>
<span>1. 本科及以上学历，市场营销、工商管理</span><span>等专业优先；</span><br>
<span>2. 3年以上商业地产、充电桩或新能源</span><span>行业BD经验；</span><br>
<span>3. 持C1驾照，能适应杭甬两地</span><span>短途出差；</span><br>
<span>4. 沟通谈判能力强，有政府或国企</span><span>资源者优先。</span></section>
<section style="margin-top:20px">{S}<span style="color:#999">储能运维工程师（敬请期待）</span></section></section>
{S}<span>投递方式：简历发送至 hr@chidian-energy.example，邮件标题注明“岗位＋城市＋姓名”。</span></section>
</div></body></html>
"""
    (OUT / "ev06_公众号招聘推文.html").write_text(h, encoding="utf-8")


# ----------------------------------------------------------------------------- ev07
def ev07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", parent=st, fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", parent=st, fontSize=12, leading=20)
    story = [Paragraph("安全管理员岗位说明书", h1),
             Paragraph("文件编号：CD-HR-JD-2025-09　　版本：A/0　　生效日期：2025年7月1日", st), Spacer(1, 8),
             Paragraph("1 基本信息", h2)]
    info = [["岗位名称", "安全管理员", "所属部门", "安全质量部"],
            ["直接上级", "安全质量部经理", "直接下级", "无"],
            ["工作地点", "杭州总部，负责两市场站安全检查", "岗位等级", "P1"]]
    t = Table(info, colWidths=[70, 150, 70, 150])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t, Spacer(1, 8), Paragraph("2 岗位职责", h2)]
    duties = ["贯彻执行安全生产法律法规，组织修订场站安全管理制度和应急预案；",
              "每月对全部场站开展安全检查，重点检查消防器材、电气线路和电池仓温控；",
              "建立隐患台账，督促责任部门整改并复查闭环；",
              "组织新员工三级安全教育和年度消防演练；",
              "负责安全事故的报告、调查和统计分析；",
              "监督承包商施工现场动火、登高等危险作业的审批。"]
    for i, d in enumerate(duties, 1):
        story.append(Paragraph(f"2.{i}　{d}", st))
    story += [Spacer(1, 8), Paragraph("3 绩效考核", h2),
              Paragraph("3.1 安全管理员按季度考核，指标如下表：", st)]
    kpi = [["指标名称", "权重", "目标值"],
           ["安全检查计划完成率", "30%", "100%"],
           ["隐患整改闭环率", "30%", "≥95%"],
           ["安全培训覆盖率", "20%", "100%"],
           ["安全事故起数", "20%", "0起"]]
    t2 = Table(kpi, colWidths=[180, 80, 80])
    t2.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [t2, Spacer(1, 8),
              Paragraph("3.2 发生一般及以上安全事故的，当季考核结果不得评为优秀。", st),
              Paragraph("4 任职资格", h2),
              Paragraph("4.1 任职资格以人力资源部当期招聘需求为准。", st)]

    def foot(c, d):
        c.setFont("WQY", 8); c.drawString(40, 20, "驰电能源科技有限公司　CD-HR-JD-2025-09")
    SimpleDocTemplate(str(OUT / "ev07_安全管理员岗位说明书.pdf"), pagesize=A4).build(story, onFirstPage=foot, onLaterPages=foot)


# ----------------------------------------------------------------------------- ev08
def ev08():
    md = """---
title: 客服中心新人指南
owner: 宁波客服中心
updated: 2025-06-18
---

# 客服中心新人指南

欢迎加入驰电能源宁波客服中心！本页面向新入职的**客服专员**。

## 你的岗位

- 客服专员隶属运营中心客服组，日常工作安排和请假审批找客服主管。
- 工作地点：宁波客服中心（鄞州区），做一休一，早晚两班。

## 日常工作

1. 接听400热线和在线客服，解答充电、换电、会员、发票等问题；
2. 按工单分级处理：一般工单24小时内闭环，紧急工单（如充电中断仍扣费）2小时内首次回复；
3. 每天下班前整理未结工单，交接给下一班。

!!! warning "退款权限"
    单笔50元以下的充电退款可直接处理；超过50元需提交客服主管审批。

## 上岗安排

=== "第1周"

    学习产品知识、收费规则和话术手册，旁听热线。

=== "第2周"

    在带教老师陪同下独立接线，完成上岗考试（80分及格）。

## 客服专员考核指标

| 指标 | 权重 | 目标值 |
|---|---|---|
| 一次解决率 | 30% | ≥85% |
| 平均接通时长 | 20% | ≤20秒 |
| 用户满意度 | 30% | ≥95% |
| 工单按时闭环率 | 20% | ≥98% |

> 小贴士：满意度低于90%的当月需参加一次话术复训。
"""
    (OUT / "ev08_客服中心新人指南.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- ev09
def ev09():
    txt = """驰电能源宁波分公司
巡检员作业规范（问答版）

问：巡检员归哪个部门管？
答：巡检员属于场站运营部，日常工作由所在片区的场站站长安排。

问：一个巡检员要负责多少个场站？多久巡一次？
答：每名巡检员负责8至10个场站，每个场站每日巡检1次，每周做一次周巡（重点查地锁、雨棚和照明）。

问：巡检路线怎么定？
答：巡检路线由场站站长每月初制定，在“驰电巡检”APP中下发，巡检员到站后须在APP上扫码打卡。

问：发现问题怎么处理？
答：设备故障拍照上传APP并同步调度员派单；占位停车先电话联系车主，30分钟未挪车的上报场站站长。

问：巡检员有什么补贴？
答：巡检员每月享受交通补贴300元，电动车由公司统一配发。

问：下雨天要巡检吗？
答：暴雨、台风红色预警期间暂停户外巡检，改为通过监控远程巡查。

附：2023版巡检规定（已废止，仅供对照）
每名巡检员负责15个场站，每日巡检2次，交通补贴每月200元。
"""
    (OUT / "ev09_巡检作业规范.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- ev10
def ev10():
    txt = """驰电能源科技有限公司
换电站值守排班制度

第一条　为保障换电站7×24小时安全运行，规范换电站值守员排班与交接班，制定本制度。
第二条　换电站实行四班三运转：四个班组轮流上白班（08:00-16:00）、中班（16:00-24:00）和夜班（00:00-08:00），每轮休息一天。
第三条　值守员须提前15分钟到岗，与上一班当面核对电池库存、设备告警和未完成订单，并在交接班记录上签字。
第四条　值守员连续工作时间不得超过12小时，严禁替班、串班未报备。
第五条　值守员上夜班的，每班发放夜班补贴80元，随当月工资发放。
第六条　值守员每季度参加一次换电设备应急演练，演练不合格的须复训。
第七条　本制度由场站运营部负责解释，自2025年7月1日起施行。

补充通知（2025年7月25日）
自2025年8月1日起，宁波鄞州换电站新设换电站组长岗位，宁波鄞州换电站值守员的直接上级由场站站长调整为宁波换电站组长；杭州滨江换电站不变。
"""
    (OUT / "ev10_换电站值守排班制度.txt").write_bytes(b"\xff\xfe" + txt.replace("\n", "\r\n").encode("utf-16-le"))


for f in (ev01, ev02, ev03, ev04, ev05, ev06, ev07, ev08, ev09, ev10):
    f()
print("wrote", sorted(p.name for p in OUT.iterdir()))
