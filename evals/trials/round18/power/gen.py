#!/usr/bin/env python3
"""Round 18 trial corpus: 禾丰县供电公司 (a county power supply company), 10 files.

    T18_OUT=/tmp/t18power /tmp/r18/power/venv/bin/python /tmp/r18/power/gen.py   ->  $T18_OUT/corpus/

(needs python-docx, openpyxl and reportlab: the venv /tmp/r18/power/venv has them.)
Deterministic: fixed zip timestamps and core properties (docx/xlsx), reportlab invariant mode (pdf).

Layouts:
  hf01 docx  运维检修部岗位说明书: one table per post whose first two rows hold 6 cells
             (岗位名称 | X | 所属部门 | X | 直接上级 | X / 岗位编码 | .. | 岗位定员 | .. | 直接下级 | ..),
             岗位目的 merged over 5 cells, a 岗位职责 section row, then 序号 | 职责内容 | 频次 rows; one duty
             runs on into a second row with empty 序号 and 频次 cells; 任职资格 label | value rows
  hf02 xlsx  一线岗位绩效考核表: 岗位指标 sheet (岗位 merged down), a 季度目标 sheet with abbreviated indicator
             names under a two-row header (2025年季度目标值 over 一季度..四季度), a 加减分项 sheet, a 说明 sheet
  hf03 pdf   关键岗位任职资格标准（试行）: per post a ruled table 等级 | 学历及专业 | 工作年限 | 证书要求 | 能力要求 with
             levels 初级/中级/高级, "同初级" cells, running header and page numbers, two pages
  hf04 xlsx  调控分中心值班表: a month roster (dates x 五个值别, cells 白/中/夜/休), a 值别人员 sheet and a
             值班规定 sheet whose numbered rules say what 值班长/正值/副值/配网抢修指挥员 do
  hf05 html  供电服务公司招聘: one <dl> of <dt>label</dt><dd>value</dd> per post, a past posting named only
  hf06 csv   ERP岗位信息导出 (UTF-8 BOM, CRLF): 上级岗位 given as a position code that must be looked up in
             another row; some summary cells empty
  hf07 txt   岗位说明（中英文对照）: ISO 45001 audit copy, "====" banners, bilingual headings and labels
  hf08 docx  员工手册（节选）: chapters with numbered articles, an 编者说明 of what the excerpt does not cover
  hf09 xlsx  组织机构图 drawn in cells: merged boxes for leaders, departments in a row, 班组 listed under each
  hf10 docx  营销部及供电所岗位职责（修订稿）: Heading 2 per post, bold "label：" paragraphs, duties and
             requirements as Word auto-numbered lists (numbers not in the text), tracked changes
             (w:del / w:ins) inside a requirement and a deleted duty
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T18_OUT", "/tmp/t18power")) / "corpus"
FIXED_DT = (2025, 3, 1, 9, 0, 0)
FIXED = datetime(2025, 3, 1, 9, 0, 0)
COMPANY = "禾丰县供电公司"


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2025-03-01T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title, author="禾丰县供电公司人力资源部"):
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    props.revision = 1
    props.last_printed = FIXED


def wb_fixed(wb, title):
    wb.properties.creator = "禾丰县供电公司人力资源部"
    wb.properties.lastModifiedBy = "禾丰县供电公司人力资源部"
    wb.properties.title = title
    wb.properties.created = FIXED
    wb.properties.modified = FIXED


# =============================================================== hf01 docx 运维检修部岗位说明书
# (title, dept, boss, code, headcount, subs, purpose, [(duty, freq) | (None, continuation)], [(label, value)], 工作条件)
HF01_POSTS = [
    ("变电运维工", "运维检修部（变电运维班）", "变电运维班班长", "YJ-BD-03", "12人", "无",
     "负责110kV及以下变电站的运行维护、倒闸操作和设备巡视，保证变电设备安全稳定运行。",
     [("按巡视周期对所辖变电站设备进行例行巡视、全面巡视和特殊巡视，发现缺陷及时录入PMS系统", "每日"),
      ("根据调度指令正确执行倒闸操作，严格执行操作票制度", "按需"),
      ("办理工作票许可、终结手续，做好检修现场安全措施的布置与核查", "按需"),
      ("开展设备带电检测（红外测温、开关柜局放检测）和站用电源定期切换试验", "每月"),
      ("发现设备异常或发生事故时，立即向值班调度员汇报，按调度指令进行处置并做好记录", "不定期"),
      ("维护变电站“五防”装置、消防及安防设施，保持站内环境整洁", "每周"),
      ("参加反事故演习和技术培训", "每季度")],
     [("学历", "大专及以上学历"),
      ("专业", "电气工程及其自动化、供用电技术等电力类专业"),
      ("工作经验", "新入职人员需经6个月跟班实习并考试合格后方可独立值班"),
      ("资格证书", "取得变电运维岗位上岗证；《电力安全工作规程》（变电部分）考试合格"),
      ("技能要求", "熟悉变电站一次、二次设备原理，能熟练使用PMS2.0、OMS系统")],
     "实行轮班制，需值夜班；户外巡视需适应高温、雨雪天气"),
    ("配电线路工", "运维检修部（配电运检班）", "配电运检班班长", "YJ-PD-05", "18人", "无",
     "负责10kV及以下配电线路和设备的巡视、检修、抢修，保障城区及乡镇用户可靠供电。",
     [("按周期巡视10kV线路、配电变压器和柱上开关，清理线路通道内的树障及违章建筑", "每周"),
      ("开展配电线路及设备的计划检修、消缺和技改工程施工", "按计划"),
      ("参加24小时故障抢修值班，接到抢修指令后城区45分钟内、农村90分钟内到达现场", "轮值"),
      (None, "抢修完毕后立即向配网抢修指挥员汇报，并在当班内填写抢修记录"),
      ("配合开展配电线路带电作业和不停电作业", "按需"),
      ("做好防汛、防台、迎峰度夏（冬）等特殊时期的特巡和保电工作", "季节性"),
      ("负责所辖线路的防外破宣传和警示标识维护", "每月")],
     [("学历", "中专（技校）及以上学历"),
      ("专业", "电力、机电类专业"),
      ("工作经验", "不限，有登高作业经验者优先"),
      ("资格证书", "须持有特种作业操作证（高压电工作业、登高架设作业）"),
      ("身体条件", "身体健康，无恐高症、色盲"),
      ("技能要求", "会使用脚扣、登高板登杆，能操作绝缘斗臂车者优先")],
     "野外高空作业，参加夜间及节假日抢修值班"),
    ("变电运维班班长", "运维检修部（变电运维班）", "运维检修部主任", "YJ-BD-01", "1人", "变电运维工",
     "组织本班完成所辖变电站的运维工作，是班组安全第一责任人。",
     [("组织制定班组月度运维计划和巡视计划，合理安排值班", "每月"),
      ("审核操作票、工作票，对重大倒闸操作进行现场监护", "按需"),
      ("组织开展班组安全活动、技术问答和反事故演习", "每周"),
      ("负责设备缺陷的统计分析和闭环管理，督促缺陷按期消除", "每月"),
      ("负责班组人员考勤、绩效考核和技能培训", "每月")],
     [("学历", "大专及以上学历"),
      ("专业", "电气类专业"),
      ("工作经验", "从事变电运维工作5年以上，其中担任值班负责人2年以上"),
      ("资格证书", "具有中级工及以上技能等级证书或助理工程师及以上职称"),
      ("技能要求", "熟悉变电站运行规程，具备较强的组织协调和事故处理能力")],
     "以白班为主，重大操作和事故处理时须到场"),
]


def hf01():
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "运维检修部岗位说明书（2025版）")
    p = d.add_paragraph()
    r = p.add_run(f"{COMPANY}运维检修部（检修分公司）岗位说明书")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("编制：人力资源部    审核：运维检修部    版本：2025版")
    d.add_paragraph("本说明书适用于运维检修部所属班组一线岗位。岗位职责表中“频次”一栏为该项工作的一般执行频次。")
    nums = "一二三四五"
    for n, (title, dept, boss, code, head, subs, purpose, duties, reqs, cond) in enumerate(HF01_POSTS):
        if n:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        hp = d.add_paragraph()
        hr = hp.add_run(f"{nums[n]}、{title}岗位说明书")
        hr.bold = True
        hr.font.size = Pt(13)
        nrows = 2 + 1 + 1 + 1 + len(duties) + 1 + len(reqs) + 1
        t = d.add_table(rows=nrows, cols=6)
        t.style = "Table Grid"
        i = 0
        for a, b, c, dd, e, f in [("岗位名称", title, "所属部门", dept, "直接上级", boss),
                                  ("岗位编码", code, "岗位定员", head, "直接下级", subs)]:
            for k, v in enumerate((a, b, c, dd, e, f)):
                t.cell(i, k).text = v
            i += 1
        t.cell(i, 0).text = "岗位目的"
        m = t.cell(i, 1).merge(t.cell(i, 5))
        m.text = purpose
        i += 1
        m = t.cell(i, 0).merge(t.cell(i, 5))
        m.text = "岗位职责"
        i += 1
        t.cell(i, 0).text = "序号"
        m = t.cell(i, 1).merge(t.cell(i, 4))
        m.text = "职责内容"
        t.cell(i, 5).text = "频次"
        i += 1
        k = 0
        for duty, freq in duties:
            if duty is None:  # the previous duty runs on in this row
                m = t.cell(i, 1).merge(t.cell(i, 4))
                m.text = freq
            else:
                k += 1
                t.cell(i, 0).text = str(k)
                m = t.cell(i, 1).merge(t.cell(i, 4))
                m.text = duty
                t.cell(i, 5).text = freq
            i += 1
        m = t.cell(i, 0).merge(t.cell(i, 5))
        m.text = "任职资格"
        i += 1
        for lab, val in reqs:
            t.cell(i, 0).text = lab
            m = t.cell(i, 1).merge(t.cell(i, 5))
            m.text = val
            i += 1
        t.cell(i, 0).text = "工作条件"
        m = t.cell(i, 1).merge(t.cell(i, 5))
        m.text = cond
        i += 1
        assert i == nrows
    d.add_paragraph("")
    d.add_paragraph("本说明书由人力资源部负责解释。岗位职责如有调整，以最新发布版本为准。")
    path = OUT / "hf01_运维检修部岗位说明书.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== hf02 xlsx 一线岗位绩效考核表
# (post, [(indicator, weight, definition, scoring, source)])
HF02_KPI = [
    ("营业厅客户代表", [
        ("业务办理差错率", "20%", "差错业务笔数÷受理业务总笔数×100%", "≤0.5%得满分，每超0.1个百分点扣2分", "营销业务应用系统"),
        ("窗口服务满意度", "30%", "95598回访“满意”户数÷回访总户数×100%", "≥98%得满分，每低1个百分点扣3分", "95598回访记录"),
        ("营业厅有效投诉件数", "20%", "季度内经核实属实的营业厅服务类投诉件数", "0件得满分，每发生1件扣10分", "95598工单系统"),
        ("业务工单按时传递率", "15%", "按时传递至后续环节的工单数÷受理工单总数×100%", "100%得满分，每延迟1件扣1分", "营销业务应用系统"),
        ("网上国网新增注册户数", "15%", "本人推广的网上国网APP新注册并绑定户号的客户数", "完成季度目标得满分，每少10户扣1分", "网上国网运营后台"),
    ]),
    ("抄表核算员", [
        ("采集数据核对完成率", "20%", "按例日完成核对的抄表户数÷应抄户数×100%", "100%得满分，每低0.1个百分点扣1分", "用电信息采集系统"),
        ("电费核算差错笔数", "30%", "电费发行后发现的电量电费差错笔数", "0笔得满分，每发生1笔扣5分", "营销业务应用系统"),
        ("全县电费回收率", "30%", "实收电费÷应收电费×100%（全县口径）", "100%得满分，每低0.1个百分点扣3分", "营销业务应用系统"),
        ("电费退补审批规范率", "20%", "按权限审批且资料齐全的退补笔数÷退补总笔数×100%", "100%得满分，每发现1笔不规范扣4分", "营销稽查"),
    ]),
    ("台区经理", [
        ("台区同期线损合格率", "30%", "同期线损率在0～7%之间的台区数÷所辖台区总数×100%", "达到季度目标得满分，每低1个百分点扣2分", "同期线损管理系统"),
        ("台区电费回收率", "25%", "所辖台区实收电费÷应收电费×100%", "100%得满分，每低0.1个百分点扣2分", "营销业务应用系统"),
        ("低压故障抢修到达及时率", "20%", "城区45分钟、农村90分钟内到达现场的低压抢修工单数÷低压抢修工单总数×100%", "100%得满分，每超时1件扣2分", "供电服务指挥系统"),
        ("台区客户有效投诉件数", "15%", "所辖台区客户经核实属实的投诉件数", "0件得满分，每发生1件扣8分", "95598工单系统"),
        ("用电信息采集成功率", "10%", "采集成功户数÷应采户数×100%", "≥99.5%得满分，每低0.1个百分点扣1分", "用电信息采集系统"),
    ]),
    ("配电线路工", [
        ("线路巡视到位率", "20%", "按周期实际到位巡视的线路条次÷计划巡视条次×100%", "100%得满分，每少巡1条次扣2分", "PMS2.0巡视轨迹"),
        ("故障抢修到达现场及时率", "25%", "按时限到达现场的10kV抢修次数÷抢修总次数×100%", "100%得满分，每超时1次扣3分", "供电服务指挥系统"),
        ("设备缺陷消除及时率", "20%", "按期消除的缺陷数÷应消除缺陷数×100%", "≥95%得满分，每低1个百分点扣2分", "PMS2.0缺陷记录"),
        ("所辖线路故障跳闸次数", "25%", "所辖10kV线路因设备或通道原因引起的跳闸次数", "不超过季度目标得满分，每多1次扣5分", "调度运行日志"),
        ("个人安全违章次数", "10%", "被各级安全督查查出的个人违章次数", "0次得满分，一般违章每次扣5分，严重违章本项不得分", "安全督查记录"),
    ]),
    ("供电所所长", [
        ("供电所供电可靠率", "20%", "（1－用户平均停电时间÷统计期间时间）×100%", "达到季度目标得满分，每低0.01个百分点扣2分", "供电可靠性管理系统"),
        ("供电所综合线损率", "20%", "（供电量－售电量）÷供电量×100%（本所口径）", "不超过季度目标得满分，每高0.1个百分点扣2分", "同期线损管理系统"),
        ("供电所电费回收率", "20%", "本所实收电费÷应收电费×100%", "100%得满分，每低0.1个百分点扣3分", "营销业务应用系统"),
        ("万户投诉率", "20%", "本所有效投诉件数÷（本所客户数÷10000）", "≤1.5得满分，每高0.1扣2分", "95598工单系统"),
        ("安全生产目标", "20%", "无人身伤亡、无重大设备损坏、无恶性误操作", "发生上述任一事件本项不得分", "安全监察部"),
    ]),
]
# (post, short name, q1, q2, q3, q4)
HF02_TARGETS = [
    ("营业厅客户代表", "差错率", "≤0.5%", "≤0.5%", "≤0.5%", "≤0.5%"),
    ("营业厅客户代表", "满意度", "≥98%", "≥98%", "≥98%", "≥98%"),
    ("营业厅客户代表", "网上国网注册", "200户", "300户", "350户", "250户"),
    ("抄表核算员", "回收率（全县）", "99.8%", "99.9%", "99.9%", "100%"),
    ("台区经理", "线损合格率", "≥95%", "≥96%", "≥97%", "≥97%"),
    ("台区经理", "采集成功率", "≥99.5%", "≥99.5%", "≥99.6%", "≥99.6%"),
    ("配电线路工", "跳闸次数", "≤3次", "≤5次", "≤6次", "≤2次"),
    ("配电线路工", "缺陷消除及时率", "≥95%", "≥95%", "≥95%", "≥98%"),
    ("供电所所长", "供电可靠率", "≥99.85%", "≥99.82%", "≥99.80%", "≥99.86%"),
    ("供电所所长", "综合线损率", "≤5.2%", "≤5.0%", "≤5.5%", "≤4.9%"),
]
HF02_BONUS = [
    ("加分", "获得客户书面表扬或锦旗", "每次+1分，季度累计不超过3分", "营业厅客户代表、台区经理"),
    ("加分", "抢修中及时发现并排除重大隐患，避免停电扩大", "每次+2分", "配电线路工"),
    ("加分", "提出合理化建议被公司采纳", "每条+1分", "全体一线岗位"),
    ("加分", "在县公司及以上技能竞赛中获奖", "一等奖+5分，二等奖+3分，三等奖+2分", "全体一线岗位"),
    ("减分", "被安全督查查出一般违章（不含已计入KPI的部分）", "每次-3分", "全体一线岗位"),
    ("减分", "严重违章", "每次-10分，且当季考核等级不得评为A", "全体一线岗位"),
    ("减分", "窗口服务态度问题被客户有效投诉", "每次-5分", "营业厅客户代表"),
    ("减分", "电费差错引起退补且金额超过1000元", "每笔-2分", "抄表核算员"),
    ("减分", "迟到、早退", "每次-0.5分", "全体一线岗位"),
]
HF02_NOTES = [
    "1. 季度考核得分＝岗位指标得分＋加减分项得分，加减分合计不超过±10分。",
    "2. 考核等级：A（≥95分）、B（85～95分）、C（70～85分）、D（＜70分）；A级人数不超过班组人数的20%。",
    "3. 季度考核结果与季度绩效工资挂钩，各等级绩效工资系数按公司《绩效工资管理办法》执行。",
    "4. 连续两个季度考核为D级的员工，由所在部门进行诫勉谈话并安排待岗培训。",
    "5. 本表由人力资源部会同营销部、运维检修部制定，季度目标值由各专业部门每年初下达。",
]


def hf02():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    wb_fixed(wb, "2025年一线岗位绩效考核表")
    ws = wb.active
    ws.title = "岗位指标"
    ws.merge_cells("A1:G1")
    ws["A1"] = f"{COMPANY}2025年一线岗位关键业绩指标（KPI）"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["序号", "岗位", "指标名称", "权重", "指标定义及计算方法", "评分标准", "数据来源"]
    ws.append(hdr)
    r = 3
    n = 0
    for post, rows in HF02_KPI:
        start = r
        for name, w, dfn, score, src in rows:
            n += 1
            ws.cell(r, 1, n)
            ws.cell(r, 3, name)
            ws.cell(r, 4, w)
            ws.cell(r, 5, dfn)
            ws.cell(r, 6, score)
            ws.cell(r, 7, src)
            r += 1
        ws.cell(start, 2, post)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 2).alignment = Alignment(vertical="center")
    for row in ws.iter_rows(min_row=2, max_row=r - 1, max_col=7):
        for c in row:
            c.border = box
    for col, w in zip("ABCDEFG", (6, 14, 24, 8, 46, 38, 18)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("季度目标")
    ws.merge_cells("A1:F1")
    ws["A1"] = "2025年各季度目标值（由专业部门下达）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"], ws["B2"], ws["C2"] = "岗位", "指标（简称）", "2025年季度目标值"
    ws.merge_cells("A2:A3")
    ws.merge_cells("B2:B3")
    ws.merge_cells("C2:F2")
    for k, q in enumerate(["一季度", "二季度", "三季度", "四季度"]):
        ws.cell(3, 3 + k, q)
    r = 4
    prev, start = None, 4
    for post, short, *qs in HF02_TARGETS:
        if post != prev:
            if prev is not None and r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.cell(r, 1, post)
            prev, start = post, r
        ws.cell(r, 2, short)
        for k, v in enumerate(qs):
            ws.cell(r, 3 + k, v)
        r += 1
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "注：未列出的指标各季度目标与“岗位指标”表评分标准一致。")
    for col, w in zip("ABCDEF", (16, 18, 12, 12, 12, 12)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("加减分项")
    ws.append(["类别", "事项", "分值", "适用岗位"])
    for row in HF02_BONUS:
        ws.append(list(row))
    ws.merge_cells("A2:A5")
    ws.merge_cells("A6:A10")
    for col, w in zip("ABCD", (8, 44, 36, 26)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("说明")
    ws["A1"] = "考核说明"
    ws["A1"].font = Font(bold=True)
    for k, s in enumerate(HF02_NOTES, 2):
        ws.cell(k, 1, s)
    ws.column_dimensions["A"].width = 100
    path = OUT / "hf02_2025年一线岗位绩效考核表.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== hf03 pdf 关键岗位任职资格标准
HF03_TITLE = f"{COMPANY}关键岗位任职资格标准（试行）"
HF03_INTRO = [
    "一、适用范围",
    "本标准适用于电力调度员、变电运维工、抄表核算员三个岗位的岗位等级评定。各岗位分为初级、中级、高级三个等级，"
    "新入职人员自初级起评。",
]
HF03_POSTS = [
    ("二、电力调度员", [
        ("初级", "本科及以上，电气工程及其自动化专业", "入职满1年，完成6个月跟班学习", "取得省调控中心颁发的调度员上岗证",
         "能在值班长指导下进行日常监控和简单操作"),
        ("中级", "同初级", "担任初级调度员满3年", "上岗证，并具有助理工程师职称", "能独立担任正值调度员，正确处置一般电网事故"),
        ("高级", "同初级", "担任中级调度员满4年", "工程师及以上职称", "能担任值班长，组织处置复杂电网事故，参与编制年度运行方式"),
    ]),
    ("三、变电运维工", [
        ("初级", "大专及以上，电力类专业", "完成6个月跟班实习", "变电运维岗位上岗证", "能独立完成设备巡视，在监护下进行倒闸操作"),
        ("中级", "大专及以上", "从事变电运维工作3年以上", "变电运维中级工技能等级证书", "能担任倒闸操作监护人和工作许可人"),
        ("高级", "大专及以上", "从事变电运维工作6年以上", "变电运维高级工技能等级证书", "能担任值班负责人，组织一般事故处理"),
    ]),
    ("四、抄表核算员", [
        ("初级", "中专及以上", "不限", "无", "能使用营销系统完成抄表数据核对"),
        ("中级", "大专及以上，财会或电力营销专业", "从事抄核收工作2年以上", "抄表核算收费员中级工证书", "能独立完成电费核算和退补处理"),
        ("高级", "大专及以上，财会或电力营销专业", "从事抄核收工作5年以上", "抄表核算收费员高级工证书", "能开展电价政策执行检查和电费风险分析"),
    ]),
]
HF03_AFTER = [
    "五、评定办法",
    "1. 每年10月组织一次等级评定，采取资格审查、笔试和现场考问相结合的方式进行。",
    "2. 申报高一等级须在现等级连续两年年度绩效考核为B级及以上。",
    "3. 等级评定结果作为岗位晋升和竞聘的依据；晋级后的薪酬待遇按公司薪酬管理有关规定执行，本标准不作规定。",
    "4. 本标准由人力资源部负责解释，自2025年1月1日起试行。",
]


def hf03():
    from reportlab import rl_config

    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"
    title = ParagraphStyle("t", fontName=F, fontSize=16, leading=22, alignment=1, spaceAfter=10)
    h = ParagraphStyle("h", fontName=F, fontSize=12, leading=18, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName=F, fontSize=10, leading=15, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=F, fontSize=9, leading=13, wordWrap="CJK")

    def header_footer(canv, doc):
        canv.saveState()
        canv.setFont(F, 8)
        canv.drawString(20 * mm, 287 * mm, f"{COMPANY}  人力资源部发布")
        canv.drawRightString(190 * mm, 287 * mm, "禾供人〔2024〕38号")
        canv.line(20 * mm, 285 * mm, 190 * mm, 285 * mm)
        canv.drawCentredString(105 * mm, 12 * mm, f"第 {doc.page} 页")
        canv.restoreState()

    story = [Paragraph(HF03_TITLE, title)]
    story.append(Paragraph(HF03_INTRO[0], h))
    story.append(Paragraph(HF03_INTRO[1], body))
    widths = [14 * mm, 36 * mm, 34 * mm, 40 * mm, 46 * mm]
    for k, (sec, rows) in enumerate(HF03_POSTS):
        if k == 2:
            story.append(PageBreak())
        story.append(Paragraph(sec, h))
        data = [[Paragraph(x, cell) for x in ("等级", "学历及专业", "工作年限", "证书要求", "能力要求")]]
        for row in rows:
            data.append([Paragraph(x, cell) for x in row])
        t = Table(data, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story.append(t)
        story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(HF03_AFTER[0], h))
    for s in HF03_AFTER[1:]:
        story.append(Paragraph(s, body))
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                            bottomMargin=20 * mm, title=HF03_TITLE, author="禾丰县供电公司人力资源部",
                            creator="Microsoft Word", producer="Microsoft Word")
    doc.build(story, onFirstPage=header_footer, onLaterPages=header_footer)
    (OUT / "hf03_关键岗位任职资格标准试行.pdf").write_bytes(buf.getvalue())


# =============================================================== hf04 xlsx 调控分中心值班表
HF04_CREWS = [
    ("一值", "周建国", "李海涛", "王晓雯", "陈露"),
    ("二值", "孙立明", "赵磊", "刘佳", "吴婷"),
    ("三值", "郑伟", "钱志强", "何静", "杨帆"),
    ("四值", "冯国庆", "朱晨", "许丽", "韩雪"),
    ("五值", "马骏", "黄斌", "林小燕", "高敏"),
]
HF04_RULES = [
    "1. 调控分中心调度值班实行五值三运转：白班08:00—16:00，中班16:00—24:00，夜班00:00—08:00，每值按“白、白、中、中、夜、夜、休、休、休、休”循环。",
    "2. 交接班提前15分钟进行，交班值须将电网运行方式、检修工作、异常情况和未执行完的操作交代清楚，双方在调度值班日志上签字后方可离岗。",
    "3. 值班长：负责本值调度指挥工作，审核调度操作指令票，组织事故及异常处理，对本值安全负全面责任。",
    "4. 正值调度员：在值班长领导下下达调度指令，监视县域电网运行，处理电网异常和事故，受理检修申请。",
    "5. 副值调度员：协助正值调度员进行电网监控，拟写调度操作指令票，记录调度值班日志；副值不得单独发布调度指令。",
    "6. 配网抢修指挥员：受理95598抢修工单，3分钟内派发至配电运检班或供电所，跟踪抢修进度，抢修完毕后30分钟内回复工单。",
    "7. 值班期间严禁脱岗、睡岗；因故不能值班须提前一天经分中心主任批准，并由同岗位资格人员替班。",
    "8. 夜班人员下班后当天休息，任何人连续值班不得超过两个班次。",
]


def hf04():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb_fixed(wb, "调控分中心2025年7月值班表")
    ws = wb.active
    ws.title = "7月值班表"
    ws.merge_cells("A1:G1")
    ws["A1"] = f"{COMPANY}电力调度控制分中心2025年7月调度值班表"
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["日期", "星期", "一值", "二值", "三值", "四值", "五值"])
    cycle = ["白", "白", "中", "中", "夜", "夜", "休", "休", "休", "休"]
    offsets = [0, 2, 4, 6, 8]
    week = "二三四五六日一"
    for day in range(1, 32):
        row = [f"7月{day}日", "星期" + week[(day - 1) % 7]]
        for off in offsets:
            row.append(cycle[(day - 1 + off) % 10])
        ws.append(row)
    for row in ws.iter_rows(min_row=2, max_row=33):
        for c in row:
            c.alignment = Alignment(horizontal="center")
    ws.cell(35, 1, "编制：调度运行班    审核：分中心主任    换班须填写《调度值班换班申请单》")

    ws = wb.create_sheet("值别人员")
    ws.append(["值别", "值班长", "正值调度员", "副值调度员", "配网抢修指挥员"])
    for row in HF04_CREWS:
        ws.append(list(row))
    ws.cell(8, 1, "注：配网抢修指挥员随所在值别倒班。")

    ws = wb.create_sheet("值班规定")
    ws["A1"] = "调度值班管理规定（摘要）"
    ws["A1"].font = Font(bold=True)
    for k, s in enumerate(HF04_RULES, 2):
        ws.cell(k, 1, s)
    ws.column_dimensions["A"].width = 120
    path = OUT / "hf04_调控分中心7月值班表.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== hf05 html 供电服务公司招聘
HF05_JOBS = [
    ("台区经理", [
        ("招聘人数", "6人"),
        ("工作地点", "石桥供电所、白沙供电所（按户籍就近分配）"),
        ("岗位职责", "负责所辖台区的抄表催费、线损管理、低压设备巡视和故障抢修；为台区客户提供用电咨询、业扩报装等“一站式”服务；开展安全用电宣传。"),
        ("任职要求", "高中（中专）及以上学历，年龄40周岁以下；持有低压电工特种作业操作证；熟悉当地乡镇情况，能熟练使用智能手机APP；能适应夜间抢修。"),
        ("薪酬待遇", "月薪4500-6500元，缴纳五险一金，提供工作餐。"),
    ]),
    ("装表接电工", [
        ("招聘人数", "3人"),
        ("工作地点", "县城（营销部计量班）"),
        ("岗位职责", "负责低压电能表、采集终端的新装、换装和拆除；处理计量装置故障；配合开展用电检查和反窃电工作。"),
        ("任职要求", "中专及以上学历，电工类专业；持有低压电工作业证；1年以上电工工作经验。"),
        ("薪酬待遇", "月薪4000-5500元，缴纳五险一金。"),
    ]),
    ("营业厅客户代表（劳务派遣）", [
        ("招聘人数", "2人"),
        ("工作地点", "城关营业厅（禾丰县人民路88号）"),
        ("岗位职责", "窗口业务受理、电费收缴；引导客户使用网上国网APP办电；做好营业厅环境维护。"),
        ("任职要求", "大专及以上学历；普通话二级乙等及以上；形象端正，有服务行业经验者优先；能适应周末轮休。"),
        ("薪酬待遇", "月薪3800-4800元，缴纳五险一金，用工形式为劳务派遣。"),
    ]),
]


def hf05():
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>人才招聘 - 禾丰县供电服务有限公司</title>",
           '<link rel="stylesheet" href="/static/site.css">', "</head>", "<body>",
           '<div class="top">禾丰县供电服务有限公司 | <a href="/">首页</a> | <a href="/news">新闻动态</a> | <a href="/jobs">人才招聘</a></div>',
           '<div class="notice">服务热线：95598　　报名咨询：0791-6612345（人力资源部）</div>',
           "<main>",
           "<h1>2025年社会招聘公告</h1>",
           "<p>禾丰县供电服务有限公司是禾丰县供电公司下属的供电服务企业，主要承担农村供电所台区运维、计量装接和营业窗口服务等业务。"
           "现面向社会招聘以下人员，录用人员与本公司签订劳动合同（劳务派遣岗位除外）。</p>"]
    for title, fields in HF05_JOBS:
        out.append('<article class="job">')
        out.append(f"<h2>{title}</h2>")
        out.append("<dl>")
        for lab, val in fields:
            out.append(f"  <dt>{lab}</dt>")
            out.append(f"  <dd>{val}</dd>")
        out.append("</dl>")
        out.append("</article>")
    out += ["<h3>报名方式</h3>",
            "<p>请于2025年4月15日前将简历发送至 hfgdfw_hr@163.com，邮件标题注明“应聘岗位+姓名”。笔试、面试时间另行通知。</p>",
            "<h3>往期招聘</h3>",
            '<ul><li><a href="/jobs/2024-kefu">2024年95598客服专员招聘（已结束）</a></li>',
            '<li><a href="/jobs/2024-siji">2024年驾驶员招聘（已结束）</a></li></ul>',
            "</main>",
            '<footer>© 2025 禾丰县供电服务有限公司　地址：禾丰县人民路88号</footer>',
            "</body>", "</html>"]
    (OUT / "hf05_供电服务公司招聘.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# =============================================================== hf06 csv ERP岗位信息导出
HF06_HEADER = ["组织单元编码", "组织单元", "岗位编码", "岗位名称", "上级岗位编码", "岗级", "定员", "在岗",
               "岗位类别", "岗位职责摘要", "任职条件摘要"]
HF06_ROWS = [
    ("50000100", "公司领导", "30000001", "总经理", "", "18", "1", "1", "管理", "", ""),
    ("50000100", "公司领导", "30000002", "副总经理（分管生产）", "30000001", "16", "1", "1", "管理", "", ""),
    ("50000100", "公司领导", "30000003", "副总经理（分管营销）", "30000001", "16", "1", "1", "管理", "", ""),
    ("50001000", "安全监察部", "30040001", "安全监察部主任", "30000002", "14", "1", "1", "管理", "", ""),
    ("50001000", "安全监察部", "30040002", "安全专责", "30040001", "11", "2", "2", "技术",
     "安全监督检查、两措计划、安全工器具管理、事故调查", "本科；5年以上电力生产一线经历"),
    ("50002000", "人力资源部", "30050001", "人力资源部主任", "30000001", "14", "1", "1", "管理", "", ""),
    ("50002000", "人力资源部", "30050002", "人力资源专责", "30050001", "10", "2", "1", "管理",
     "招聘调配、薪酬社保、培训与技能评价、绩效", "本科；3年以上人力资源工作经验"),
    ("50003000", "运维检修部（检修分公司）", "30010001", "运维检修部主任", "30000002", "14", "1", "1", "管理", "", ""),
    ("50003010", "变电运维班", "30010002", "变电运维班班长", "30010001", "11", "1", "1", "技能",
     "组织班组运维工作，班组安全第一责任人", "大专；变电运维5年以上"),
    ("50003010", "变电运维班", "30010003", "变电运维工", "30010002", "7-9", "12", "11", "技能",
     "变电站巡视、倒闸操作、工作票许可", "大专；电力类专业"),
    ("50003020", "配电运检班", "30010004", "配电运检班班长", "30010001", "11", "1", "1", "技能", "", ""),
    ("50003020", "配电运检班", "30010005", "配电线路工", "30010004", "6-9", "18", "15", "技能",
     "配电线路巡视、检修、故障抢修", "中专及以上；持高压电工作业证"),
    ("50004000", "营销部（客户服务中心）", "30020001", "营销部主任", "30000003", "14", "1", "1", "管理", "", ""),
    ("50004010", "电费班", "30020005", "电费班班长", "30020001", "11", "1", "1", "技能", "", ""),
    ("50004010", "电费班", "30020002", "抄表核算员", "30020005", "7-9", "6", "6", "技能",
     "采集数据核对、电费核算、退补、电费发行", "大专；电力营销或财会类专业"),
    ("50004020", "城关营业厅", "30020006", "营业厅班长", "30020001", "10", "1", "1", "技能", "", ""),
    ("50004020", "城关营业厅", "30020007", "营业厅客户代表", "30020006", "5-7", "8", "7", "服务",
     "业务受理、电费收缴、咨询投诉接待", "大专；普通话标准"),
    ("50004030", "用电检查班", "30020003", "用电检查员", "30020001", "8-10", "4", "3", "技术",
     "依法开展用电检查，查处窃电和违约用电行为；开展高压客户安全用电检查并督促隐患整改；参与重要客户保电",
     "大专及以上，电气类专业；3年以上营销或运检工作经验；取得用电检查资格证（二级及以上）"),
    ("50005000", "电力调度控制分中心", "30030001", "调控分中心主任", "30000002", "14", "1", "1", "管理", "", ""),
    ("50005010", "调度运行班", "30030002", "电力调度员", "30030001", "8-11", "15", "15", "技术",
     "县域35kV及以下电网调度运行、监控及配网抢修指挥", "本科及以上，电气工程及其自动化专业；取得调度员上岗证"),
    ("50006000", "城关供电所", "30060001", "供电所所长", "30000003", "13", "1", "1", "管理",
     "供电所安全、服务、营销和队伍管理", ""),
    ("50006000", "城关供电所", "30060002", "台区经理", "30060001", "5-8", "14", "12", "技能",
     "台区抄表催费、线损治理、低压运维抢修、客户服务", ""),
]


def hf06():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HF06_HEADER)
    for row in HF06_ROWS:
        w.writerow(row)
    (OUT / "hf06_ERP岗位信息导出.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================== hf07 txt 中英文对照
HF07 = """禾丰县供电公司 岗位说明（中英文对照）
Job Descriptions (Chinese-English) - Hefeng County Power Supply Company
用途 Purpose：ISO 45001职业健康安全管理体系认证审核 / for the ISO 45001 certification audit
版本 Version：A/1    日期 Date：2025-02-10    编制 Prepared by：人力资源部 HR Dept.

说明 Note：本文件仅收录审核抽查的两个岗位，其他岗位见各部门岗位说明书。
Only the two positions sampled by the auditors are included.

========================================================
安全专责 / Safety Officer
========================================================
所在部门 Department：安全监察部 Safety Supervision Dept.
汇报对象 Reports to：安全监察部主任 Director, Safety Supervision Dept.
岗位定员 Headcount：2

【岗位职责 Responsibilities】
1. 组织编制公司年度安全工作计划和“两措”计划（反事故措施计划、安全技术劳动保护措施计划），并监督落实。
2. 开展作业现场安全稽查，每月现场稽查不少于8次，对违章行为进行查处、通报和考核。
3. 负责安全工器具和劳动防护用品的配置审核、定期检验和台账管理。
4. 组织安全事故（事件）的调查分析，按“四不放过”原则督促整改落实。
5. 负责外包施工队伍的安全资质审查和入场安全培训考试。
6. 组织公司级应急演练，每年不少于2次，并对演练效果进行评估。

【任职要求 Requirements】
- 学历 Education：本科及以上学历，电气工程或安全工程专业
- 经验 Experience：5年以上电力生产一线工作经历
- 证书 Certificates：须取得安全生产管理人员安全生产知识和管理能力考核合格证；注册安全工程师优先
- 其他 Others：熟悉《电力安全工作规程》和安全生产法律法规，能坚持原则

========================================================
人力资源专责 / HR Specialist
========================================================
所在部门 Department：人力资源部 Human Resources Dept.
汇报对象 Reports to：人力资源部主任 Director, HR Dept.
岗位定员 Headcount：2

【岗位职责 Responsibilities】
1. 负责公司员工招聘、内部调配和劳动合同管理。
2. 负责员工薪酬、社会保险和住房公积金的核算与缴纳。
3. 组织员工培训和技能等级评价，负责岗位任职资格等级评定的组织实施。
4. 维护ERP人资模块数据，确保员工信息准确完整。
5. 汇总各部门季度绩效考核结果，核算绩效工资。
6. 负责新员工入职三级安全教育的组织协调（与安全监察部共同实施）。

【任职要求 Requirements】
- 学历 Education：本科及以上学历，人力资源管理、劳动经济学等专业
- 经验 Experience：3年以上人力资源工作经验，有国有企业工作经历者优先
- 证书 Certificates：具有企业人力资源管理师（三级）及以上证书
- 技能 Skills：熟练使用Excel（函数、数据透视表），熟悉劳动法律法规

-- 完 End --
"""


def hf07():
    (OUT / "hf07_岗位说明中英对照.txt").write_text(HF07, encoding="utf-8")


# =============================================================== hf08 docx 员工手册节选
HF08 = [
    ("h", "禾丰县供电公司员工手册（节选）"),
    ("p", "编者说明：本节选供新员工入职培训使用，仅收录工作时间与考勤、安全生产、优质服务三章。员工薪酬标准、福利、"
          "休假（含年休假）、社会保险缴纳比例等内容不在本节选范围内，以公司《薪酬管理办法》《休假管理规定》为准，"
          "如有疑问请咨询人力资源部。"),
    ("h2", "第三章 工作时间与考勤"),
    ("p", "第十条 公司本部实行标准工时制，工作时间为上午8:30—12:00，下午14:00—17:30（7月至9月下午为14:30—18:00）。"),
    ("p", "第十一条 变电运维、电力调度、配网抢修等岗位实行综合计算工时工作制，按部门排班表执行。"),
    ("p", "第十二条 员工上下班须通过“i国网”APP打卡，因公外出须在系统中提交外出申请。"),
    ("p", "第十三条 员工请假须提前办理审批手续，病假须提供医疗机构证明。"),
    ("h2", "第五章 安全生产"),
    ("p", "第二十条 新入职员工必须经过公司、部门（工区）、班组三级安全教育，并经《电力安全工作规程》考试合格后方可上岗。"),
    ("p", "第二十一条 作业现场必须严格执行“两票三制”，即工作票、操作票制度和交接班制度、巡回检查制度、设备定期试验轮换制度。"),
    ("p", "第二十二条 进入生产现场必须正确佩戴安全帽，穿全棉长袖工作服和绝缘鞋；登高作业必须使用安全带。"),
    ("p", "第二十三条 员工有权拒绝违章指挥和强令冒险作业，发现危及人身安全的紧急情况时有权停止作业并撤离。"),
    ("p", "第二十四条 每年组织一次《电力安全工作规程》全员考试，考试不合格者暂停上岗，补考合格后方可恢复工作。"),
    ("h2", "第七章 优质服务"),
    ("p", "第三十条 严格执行供电服务承诺：城区范围内抢修人员到达现场的平均时间不超过45分钟，农村地区不超过90分钟，"
          "特殊边远地区不超过120分钟。"),
    ("p", "第三十一条 营业窗口实行首问负责制和一次性告知制，不得推诿、搪塞客户。"),
    ("p", "第三十二条 营业厅工作人员上岗须统一着工装、佩戴工号牌，使用文明用语。"),
    ("p", "第三十三条 严禁员工利用职务之便为亲友办理用电业务谋取私利，严禁收受客户礼品礼金。"),
]


def hf08():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "员工手册（节选）")
    for kind, text in HF08:
        if kind == "h":
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = True
            r.font.size = Pt(16)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    path = OUT / "hf08_员工手册节选.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== hf09 xlsx 组织机构图（画在单元格里）
def hf09():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="medium")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wb = openpyxl.Workbook()
    wb_fixed(wb, "组织机构图")
    ws = wb.active
    ws.title = "组织机构图"

    def boxed(rng, text, bold=False):
        ws.merge_cells(rng)
        c = ws[rng.split(":")[0]]
        c.value = text
        c.alignment = center
        c.font = Font(bold=bold)
        for row in ws[rng]:
            for cc in row:
                cc.border = box

    boxed("B2:P2", f"{COMPANY}组织机构图（2025年3月）", bold=True)
    boxed("G4:J4", "总经理、党委书记", bold=True)
    boxed("B6:F6", "副总经理（分管生产）")
    boxed("H6:J6", "总经理直管")
    boxed("L6:P6", "副总经理（分管营销）")
    depts = {"B": "安全监察部", "D": "运维检修部（检修分公司）", "F": "电力调度控制分中心",
             "H": "办公室（党委党建部）", "I": "人力资源部", "J": "财务资产部",
             "L": "营销部（客户服务中心）", "N": "城关供电所", "O": "石桥供电所", "P": "白沙供电所"}
    for col, name in depts.items():
        boxed(f"{col}8:{col}8", name, bold=True)
    teams = {"B": ["安全专责（2人）"],
             "D": ["变电运维班", "变电检修班", "配电运检班", "输电运检班"],
             "F": ["调度运行班", "自动化班"],
             "L": ["城关营业厅", "电费班", "计量班", "用电检查班"],
             "N": ["营配班（台区经理）", "综合班"],
             "O": ["营配班", "综合班"],
             "P": ["营配组", "综合组"]}
    for col, names in teams.items():
        for k, name in enumerate(names):
            boxed(f"{col}{10 + k}:{col}{10 + k}", name)
    ws.cell(16, 2, "注：供电所为公司派出机构，业务上接受营销部、运维检修部的专业管理。")
    for col in "BCDEFGHIJKLMNOP":
        ws.column_dimensions[col].width = 13
    ws.row_dimensions[8].height = 48
    path = OUT / "hf09_组织机构图.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== hf10 docx 修订稿（自动编号 + 修订标记）
# each post: (title, [(label, value)], duties, reqs); an item may be a tuple ("track", before, deleted, inserted, after)
# or ("deleted", text) for a paragraph deleted as a whole.
HF10_POSTS = [
    ("供电所所长",
     [("所属部门", "各供电所（城关、石桥、白沙）"), ("汇报对象", "分管营销副总经理"),
      ("直接下级", "台区经理、供电所营业厅客户代表、综合事务员")],
     ["全面负责供电所安全生产、优质服务、营销管理和队伍建设，是供电所安全第一责任人。",
      "组织完成公司下达的线损、电费回收、供电可靠性等经营指标。",
      "组织开展辖区10kV及以下配电网运维和低压故障抢修，指挥较大停电事件的现场处置。",
      "落实网格化服务，将辖区划分为若干网格并明确每个网格的台区经理。",
      "每月召开所务会，分析指标完成情况和存在的问题并制定整改措施。",
      "负责本所人员的考勤、绩效考核和廉洁从业教育。"],
     ["本科及以上学历，电气工程或电力营销相关专业。",
      "8年以上供电企业工作经历，其中基层管理岗位3年以上。",
      ("track", "具有", "助理工程师", "工程师或经济师", "及以上职称。"),
      "熟悉配电网运行和电力营销业务，具备较强的组织协调能力。"]),
    ("台区经理",
     [("所属部门", "各供电所营配班"), ("汇报对象", "供电所所长")],
     ["负责所辖台区（一般为8～12个台区）的抄表、催费和电费回收，确保电费颗粒归仓。",
      "开展台区线损治理，每月分析台区线损，配合查处窃电和违约用电。",
      "负责台区低压线路和设备巡视，参与低压故障抢修。",
      "上门为客户办理新装、增容等用电业务，提供“一口对外”服务。",
      "维护台区客户档案和采集设备，确保采集数据准确。"],
     ["中专及以上学历。",
      ("track", "", "3年", "2年", "以上供电所工作经历。"),
      "持有低压电工特种作业操作证。",
      "熟悉本辖区地理环境和客户情况，能适应抢修值班。"]),
    ("营业厅客户代表",
     [("所属部门", "营销部（客户服务中心）城关营业厅及各供电所营业厅"), ("汇报对象", "营业厅班长")],
     ["受理客户新装、增容、变更用电、过户等业务申请，实行“一证受理”。",
      "办理电费收缴、发票打印和电费账单查询。",
      "接待客户咨询和投诉，对不能当场办结的事项实行首问负责并跟踪办结。",
      "引导客户注册使用“网上国网”APP，推广线上办电。",
      "每日营业结束后进行日结对账，做到账款相符。"],
     ["大专及以上学历，专业不限。",
      "普通话标准，具有良好的沟通能力和服务意识。",
      "能熟练操作计算机和营销业务应用系统。"]),
    ("抄表核算员",
     [("所属部门", "营销部（客户服务中心）电费班"), ("汇报对象", "电费班班长")],
     ["按抄表例日完成用电信息采集系统远程抄表数据的核对，对采集失败户组织现场补抄。",
      "审核电量电费计算结果，重点核对电量突变、零电量和大电量客户。",
      "办理电费退补，退补金额超过5000元的须经营销部主任审批。",
      ("deleted", "负责柜台现金电费的收取、解款和日报编制。"),
      "编制电费发行报表，分析电费回收情况并向供电所通报欠费客户。"],
     ["大专及以上学历，财会、电力营销或计算机专业。",
      "1年以上电力营销工作经验。",
      "熟悉电价政策，能熟练使用营销业务应用系统和Excel。"]),
]


def hf10():
    import copy

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "营销部及供电所岗位职责（修订稿）", author="营销部 王敏")
    rev = [0]

    def track_attrs(el):
        rev[0] += 1
        el.set(qn("w:id"), str(rev[0]))
        el.set(qn("w:author"), "人力资源部 李娜")
        el.set(qn("w:date"), "2025-02-20T10:00:00Z")

    def run_el(text, deleted=False):
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def list_item(item, style):
        p = d.add_paragraph(style=style)
        if isinstance(item, str):
            p.add_run(item)
        elif item[0] == "track":
            _, before, old, new, after = item
            if before:
                p.add_run(before)
            de = OxmlElement("w:del")
            track_attrs(de)
            de.append(run_el(old, deleted=True))
            p._p.append(de)
            ins = OxmlElement("w:ins")
            track_attrs(ins)
            ins.append(run_el(new))
            p._p.append(ins)
            p._p.append(copy.deepcopy(run_el(after)))
        elif item[0] == "deleted":
            # the whole paragraph is deleted: run in w:del and the paragraph mark marked deleted
            de = OxmlElement("w:del")
            track_attrs(de)
            de.append(run_el(item[1], deleted=True))
            p._p.append(de)
            ppr = p._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            dm = OxmlElement("w:del")
            track_attrs(dm)
            rpr.append(dm)
            ppr.append(rpr)

    d.add_heading("营销部及供电所岗位职责（2025年修订稿）", level=1)
    d.add_paragraph("说明：本稿由营销部起草、人力资源部修订，修订内容以修订标记显示，经公司总经理办公会审议通过后执行。")
    for title, labels, duties, reqs in HF10_POSTS:
        d.add_heading(title, level=2)
        for lab, val in labels:
            p = d.add_paragraph()
            b = p.add_run(f"{lab}：")
            b.bold = True
            p.add_run(val)
        d.add_heading("岗位职责", level=3)
        for item in duties:
            list_item(item, "List Number")
        d.add_heading("任职条件", level=3)
        for item in reqs:
            list_item(item, "List Number 2")
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("附：供电所综合事务员、营业厅班长岗位职责另行制定。").font.size = Pt(9)
    path = OUT / "hf10_营销及供电所岗位职责修订稿.docx"
    d.save(str(path))
    normalize_zip(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    for fn in (hf01, hf02, hf03, hf04, hf05, hf06, hf07, hf08, hf09, hf10):
        fn()
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:8d}  {f.name}")


if __name__ == "__main__":
    main()
