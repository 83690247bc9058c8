#!/usr/bin/env python3
"""Round 14 trial corpus: 颐康养老服务集团 (elderly-care group, 2 care homes + home-care centre).

    T14_OUT=/tmp/t14a python evals/trials/round14/care/gen.py   ->  /tmp/t14a/corpus/ (11 files)

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts (some deliberately ones a parser may not expect, all seen in real HR departments):
  yk01 docx  form-table JD (label/value cells, gridSpan + vMerge), duties in a *nested* table
  yk02 docx  several posts under headings; duties use Word automatic numbering (numPr), so the
             paragraph text carries no "1." - the numbers exist only in the rendering
  yk03 xlsx  KPI library: one sheet per unit; post in a vertically merged column, weights stored as
             numbers (0.25) shown through a percent number format; another sheet names the post
             in a header line above the table; another repeats the post on every row
  yk04 csv   postings exported with BOM/CRLF, multi-line quoted cells, a "同松鹤苑" cell
  yk05 html  careers page with <details>/<summary> accordions and <dl><dt><dd> facts
  yk06 pdf   two JDs drawn as ruled label/value grids, embedded subset TrueType (Identity-H + ToUnicode)
  yk07 md    one Markdown table per post, duties in one cell separated by <br>
  yk08 txt   GBK; 【岗位】【部门】【上级】 on one line, duties as ①②③ run-on on a single line
  yk09 docx  employee handbook excerpt (articles 第X条)
  yk10 txt   org chart: box-drawing tree with "→" chains inside nodes
  yk11 csv   qualification matrix with a title row and blank row above the header
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T14_OUT", "/tmp/t14a")) / "corpus"
FIXED_DT = (2024, 3, 1, 9, 0, 0)
FIXED = datetime(2024, 3, 1, 9, 0, 0)


def normalize_zip(path: Path) -> None:
    """Rewrite an OOXML zip with fixed member timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2024-03-01T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "颐康集团人力资源部"
    props.last_modified_by = "颐康集团人力资源部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:  # openpyxl has no revision
        pass


# =============================================================== yk01 docx form table
def yk01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "护理部主任岗位说明书")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "颐康养老服务集团　人力资源管理文件"
    sec.footer.paragraphs[0].text = "受控文件，未经许可不得外传"
    p = d.add_paragraph()
    r = p.add_run("颐康养老服务集团岗位说明书")
    r.bold = True
    r.font.size = Pt(18)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("文件编号：YK-HR-JD-003　　版本：A/1　　生效日期：2024年3月1日")

    t = d.add_table(rows=13, cols=4)
    t.style = "Table Grid"

    def put(r, c, text):
        t.cell(r, c).text = text

    put(0, 0, "岗位名称"); put(0, 1, "护理部主任"); put(0, 2, "岗位编号"); put(0, 3, "YK-HL-001")
    put(1, 0, "所属部门"); put(1, 1, "护理部"); put(1, 2, "岗位定员"); put(1, 3, "每院1人")
    put(2, 0, "直接上级"); put(2, 1, "院长"); put(2, 2, "直接下级"); put(2, 3, "护理组长、护理文员")
    put(3, 0, "岗位等级"); put(3, 1, "M3"); put(3, 2, "薪酬范围"); put(3, 3, "9000-12000元/月")
    put(4, 0, "岗位目的")
    m = t.cell(4, 1).merge(t.cell(4, 3))
    m.text = "全面负责本院护理服务质量与护理团队管理，保障入住长者的生活照料、护理安全和服务满意度。"
    put(5, 0, "岗位职责")
    m = t.cell(5, 1).merge(t.cell(5, 3))
    m.text = "（详见下表，按重要程度排列）"
    duties = [
        ("1", "制定本院年度护理工作计划和护理质量标准，并组织实施", "每年12月底前报院长审批"),
        ("2", "负责护理员排班审核与人力调配，保证各楼层24小时在岗", "排班表每周五前公布"),
        ("3", "组织新入住长者的能力评估，确定照护等级并审定护理计划", "入住后72小时内完成评估"),
        ("4", "每日巡查各楼层，检查压疮、跌倒、噎食等风险防范措施落实情况", "每日至少巡查2次，夜间每周抽查不少于1次"),
        ("5", "组织护理员岗前培训、技能培训和考核，落实“传帮带”制度", "每月组织培训不少于4学时"),
        ("6", "处理护理相关投诉与意外事件，按规定上报并组织分析整改", "重大事件2小时内上报院长"),
        ("7", "负责护理耗材和护理用品的计划申领与使用管控", "耗材损耗率控制在3%以内"),
        ("8", "完成院长交办的其他工作", "—"),
    ]
    nt = m.add_table(rows=len(duties) + 1, cols=3)
    nt.style = "Table Grid"
    for c, h in enumerate(("序号", "职责内容", "工作标准")):
        nt.cell(0, c).text = h
    for i, row in enumerate(duties, 1):
        for c, v in enumerate(row):
            nt.cell(i, c).text = v
    quals = [
        ("学历", "大专及以上学历，护理学相关专业"),
        ("工作经验", "5年以上养老机构或医院护理工作经验，其中3年以上护理管理经验"),
        ("资格证书", "护士执业资格证书；持有养老护理员（技师）职业技能等级证书者优先"),
        ("能力要求", "熟悉《养老机构服务质量基本规范》，具备良好的组织协调和沟通能力，能妥善处理突发事件"),
    ]
    for i, (lab, val) in enumerate(quals):
        r = 6 + i
        put(r, 1, lab)
        mm = t.cell(r, 2).merge(t.cell(r, 3))
        mm.text = val
    vm = t.cell(6, 0).merge(t.cell(9, 0))
    vm.text = "任职资格"
    put(10, 0, "工作条件")
    t.cell(10, 1).merge(t.cell(10, 3)).text = "室内工作为主，需参与夜间抽查及节假日值班"
    put(11, 0, "考核指标")
    t.cell(11, 1).merge(t.cell(11, 3)).text = "见《绩效考核指标库》护理部工作表"
    put(12, 0, "编制部门"); put(12, 1, "人力资源部"); put(12, 2, "审批日期"); put(12, 3, "")
    d.add_paragraph("说明：本说明书每年修订一次，岗位任职者签字确认后存入个人档案。")
    path = OUT / "yk01_护理部主任岗位说明书.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yk02 docx posts under headings, auto-numbered
YK02 = [
    ("一、护理组长",
     "岗位定位：在护理部主任领导下，负责一个楼层（约30—40位长者）的护理服务组织和护理员管理。",
     [
         "负责本楼层护理员的日常排班、考勤和工作分配，夜班人员不足时及时向护理部主任申请调配。",
         "每日早晚两次与护理员交接班，核查长者的进食、排泄、睡眠和情绪情况，并填写《护理交接班记录》。",
         "督促护理员落实翻身、拍背、喂食、助浴等照护操作，重点长者（卧床、失智、鼻饲）每班至少查看2次。",
         "发现长者病情变化或发生跌倒、噎食等意外时，立即通知医务室并报告护理部主任，协助做好现场处置。",
         "负责与长者家属沟通护理情况，每月至少电话回访一次重点长者家属。",
         "带教新入职护理员，完成岗前实操带教不少于5个工作日。",
         "负责本楼层护理用品和耗材的申领、保管，每周清点一次。",
     ],
     [
         "中专及以上学历，护理、老年服务与管理等相关专业优先；",
         "持有养老护理员职业技能等级证书（中级及以上）；",
         "3年以上养老护理工作经验，其中1年以上带班经验；",
         "能适应倒班，具备较强的责任心和沟通能力。",
     ],
     "（三）汇报关系：直接上级为护理部主任，直接下级为本楼层养老护理员。"),
    ("二、养老护理员（初级）",
     "岗位定位：在护理组长的安排下，为自理及半自理长者提供生活照料服务。",
     [
         "按照护理计划为长者提供穿衣、洗漱、如厕、进食等生活照料。",
         "保持长者居室、床单位整洁，每周更换床单被套一次，污染时随时更换。",
         "协助长者参加院内文体活动和康复训练，做好陪护。",
         "按时巡房，夜班每2小时巡视一次，发现异常及时报告护理组长。",
         "认真填写《护理服务记录单》，做好交接班。",
     ],
     [
         "初中及以上学历，年龄18—55周岁；",
         "身体健康，持有效健康证；",
         "无经验可培训上岗，入职3个月内须取得养老护理员（初级）职业技能等级证书；",
         "有爱心、耐心，能适应三班倒。",
     ],
     None),
    ("三、养老护理员（中级）",
     "岗位定位：负责失能、半失能及失智长者的专业照护，并承担初级护理员的指导。",
     [
         "为失能、半失能长者提供翻身、拍背、鼻饲、导尿管护理等专业照护操作。",
         "执行压疮预防措施，对卧床长者每2小时翻身一次，并记录皮肤情况。",
         "配合康复治疗师开展肢体功能训练和认知训练。",
         "对失智长者实施防走失管理，发现情绪或行为异常及时报告。",
         "指导初级护理员规范操作，协助护理组长开展楼层培训。",
         "参与长者临终关怀服务，做好遗体料理。",
     ],
     [
         "高中或中专及以上学历；",
         "持有养老护理员（中级）及以上职业技能等级证书；",
         "2年以上养老护理工作经验，能独立护理失能长者；",
         "熟练掌握海姆立克急救法和心肺复苏术。",
     ],
     None),
    ("四、康复治疗师",
     "岗位定位：为入住长者提供康复评估与康复训练服务，两院共用，隶属医务室管理。",
     [
         "对新入住长者进行运动功能、平衡能力和跌倒风险评估，建立康复档案。",
         "根据评估结果制定个性化康复方案，开展物理治疗、作业治疗和言语吞咽训练。",
         "每周组织集体康复操或小组训练不少于3次。",
         "指导护理员为长者做好日常肢体摆放和被动活动。",
         "每季度复评一次长者功能状况，调整康复方案。",
         "负责康复器材的日常检查和维护。",
     ],
     [
         "大专及以上学历，康复治疗技术或康复治疗学专业；",
         "持有康复医学治疗技术初级（士）及以上资格证书；",
         "1年以上医院康复科或养老机构康复工作经验，应届生可考虑；",
         "需在松鹤苑、枫林苑两院之间轮转工作。",
     ],
     "（三）汇报关系：直接上级为医务室主任。"),
]


def yk02():
    import copy

    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    set_core(d.core_properties, "护理岗位职责汇编")
    d.add_heading("颐康养老服务集团护理岗位职责汇编（2024年修订）", level=1)
    d.add_paragraph("本汇编适用于松鹤苑、枫林苑两家养老院护理部及医务室。各岗位职责按条目编号，"
                    "考核及培训时可按条目引用。")
    numbering = d.part.numbering_part.element
    # abstractNum behind the "List Number" style (numId 5 in the default template)
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == "5":
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    next_id = 100

    def new_num():
        nonlocal next_id
        next_id += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(next_id))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), abs_id)
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return next_id

    def numbered(text, num_id):
        p = d.add_paragraph(text, style="List Number")
        pPr = p._p.get_or_add_pPr()
        numPr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
        ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
        numPr.append(il); numPr.append(ni)
        pPr.insert(0, numPr)

    for title, pos, duties, reqs, rel in YK02:
        d.add_heading(title, level=2)
        d.add_paragraph(pos)
        d.add_heading("（一）岗位职责", level=3)
        nid = new_num()
        for du in duties:
            numbered(du, nid)
        d.add_heading("（二）任职要求", level=3)
        for rq in reqs:
            d.add_paragraph(rq, style="List Bullet")
        if rel:
            d.add_paragraph(rel)
    d.add_paragraph("本汇编由护理部负责解释，自2024年3月1日起执行。")
    path = OUT / "yk02_护理岗位职责汇编.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yk03 xlsx KPI library
def yk03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    set_core(wb.properties, "绩效考核指标库")
    ws = wb.active
    ws.title = "护理部"
    ws["A1"] = "颐康养老服务集团　护理部KPI指标库（2024年度）"
    ws.merge_cells("A1:G1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["考核对象", "序号", "指标名称", "权重", "计算公式/评分标准", "考核周期", "数据来源"])
    blocks = [
        ("护理部主任", [
            ("护理质量检查合格率", 0.25, "护理质量检查合格项数÷检查总项数×100%，目标≥95%", "月度", "护理质控记录"),
            ("长者及家属满意度", 0.2, "季度满意度调查平均得分，≥90分得满分，每低1分扣2分", "季度", "满意度调查表"),
            ("压疮新发生率", 0.2, "院内新发压疮人数÷卧床长者人数×100%，目标≤1%", "月度", "压疮登记表"),
            ("护理员流失率", 0.15, "当期离职护理员人数÷平均在岗护理员人数×100%，目标每季度≤5%", "季度", "人力资源部"),
            ("培训计划完成率", 0.2, "实际完成培训学时÷计划培训学时×100%", "季度", "培训记录"),
        ]),
        ("护理组长", [
            ("交接班记录完整率", 0.2, "抽查合格的交接班记录数÷抽查记录总数×100%，目标100%", "月度", "护理交接班记录"),
            ("楼层意外事件发生次数", 0.25, "跌倒、噎食、走失等意外每发生1起扣5分，发生重大事件本项为0分", "月度", "意外事件报告"),
            ("重点长者查房执行率", 0.2, "实际查房次数÷应查房次数×100%", "月度", "查房登记本"),
            ("家属回访完成率", 0.15, "已回访重点长者家属数÷应回访家属数×100%", "月度", "回访记录"),
            ("新员工带教合格率", 0.2, "带教期满考核合格人数÷带教人数×100%", "季度", "带教考核表"),
        ]),
        ("养老护理员", [
            ("护理服务记录完整率", 0.3, "记录完整的班次数÷总班次数×100%", "月度", "护理服务记录单"),
            ("长者满意度", 0.3, "所护理长者的满意度调查平均分折算", "季度", "满意度问卷"),
            ("护理差错次数", 0.25, "每发生1次一般差错扣10分，发生严重差错本项为0分", "月度", "质控检查记录"),
            ("出勤率", 0.15, "实际出勤天数÷应出勤天数×100%", "月度", "考勤系统"),
        ]),
    ]
    row = 3
    for who, inds in blocks:
        start = row
        for i, (name, w, f, cyc, src) in enumerate(inds, 1):
            ws.cell(row, 2, i)
            ws.cell(row, 3, name)
            c = ws.cell(row, 4, w)
            c.number_format = "0%"
            ws.cell(row, 5, f)
            ws.cell(row, 6, cyc)
            ws.cell(row, 7, src)
            row += 1
        ws.cell(start, 1, who)
        ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
    for col, wdt in zip("ABCDEFG", (12, 6, 22, 8, 52, 10, 16)):
        ws.column_dimensions[col].width = wdt

    # ---- sheet 2: post named in a header line above the table
    ws2 = wb.create_sheet("市场客服部")
    ws2["A1"] = "部门：市场客服部"
    ws2["C1"] = "岗位：入住顾问"
    ws2["E1"] = "考核周期：月度"
    ws2.append([])
    ws2.append(["指标维度", "指标名称", "权重", "评分标准", "目标值"])
    rows2 = [
        ("业绩", "月度新增入住人数", "40%", "完成目标得满分，每少1人扣5分", "每院每月8人"),
        (None, "参观转化率", "20%", "签约人数÷参观接待人数×100%", "≥30%"),
        ("服务", "咨询响应及时率", "15%", "线上咨询30分钟内回复、来电当场接听的比例", "≥98%"),
        (None, "入住手续差错", "10%", "合同、评估、缴费资料每出现1处差错扣2分", "0差错"),
        ("管理", "客户档案完整率", "15%", "意向客户档案信息完整的比例", "100%"),
    ]
    for r in rows2:
        ws2.append(list(r))
    ws2.merge_cells("A4:A5")
    ws2.merge_cells("A6:A7")
    ws2.append([])
    ws2.append(["注：新增入住人数的月度目标由市场客服部经理每月初下达，两院分别核算。"])

    # ---- sheet 3: post repeated on every row, weights as plain numbers in a "(%)" column
    ws3 = wb.create_sheet("居家服务中心")
    ws3["A1"] = "居家养老服务中心 岗位考核表"
    ws3.append(["岗位", "指标名称", "权重(%)", "考核标准", "周期"])
    rows3 = [
        ("居家上门护理员", "上门服务准时率", 25, "按预约时间到达的次数÷上门服务总次数×100%，迟到超过15分钟计为不准时", "月度"),
        ("居家上门护理员", "服务工单完成率", 25, "已完成工单数÷派发工单数×100%", "月度"),
        ("居家上门护理员", "服务对象满意度", 30, "电话回访满意度评分，满意率≥95%得满分", "月度"),
        ("居家上门护理员", "服务安全事件", 20, "上门服务中发生长者跌伤、烫伤等安全事件每起扣10分", "季度"),
        ("居家服务中心主任", "签约服务对象数", 30, "期末有效签约家庭数，目标300户", "季度"),
        ("居家服务中心主任", "政府购买服务项目考核得分", 30, "按区民政局年度考核得分折算", "年度"),
        ("居家服务中心主任", "上门服务投诉率", 20, "有效投诉次数÷上门服务总次数×100%，目标≤0.5%", "季度"),
        ("居家服务中心主任", "团队人员稳定率", 20, "1－期内离职人数÷平均在岗人数", "季度"),
    ]
    for r in rows3:
        ws3.append(list(r))

    # ---- sheet 4: 院长
    ws4 = wb.create_sheet("院长年度目标")
    ws4["A1"] = "养老院院长年度目标责任书考核指标"
    ws4.merge_cells("A1:D1")
    ws4.append(["指标", "权重", "考核标准", "备注"])
    rows4 = [
        ("床位入住率", "30%", "年平均入住床位数÷核定床位数×100%，目标≥85%", None),
        ("经营收入目标完成率", "25%", "实际经营收入÷年度目标收入×100%", None),
        ("重大安全责任事故", "20%", "发生1起本项0分，并取消年度评优资格", "否决项"),
        ("长者及家属综合满意度", "15%", "第三方年度满意度测评得分", None),
        ("民政等级评定", "10%", "保持四星级养老机构评定得满分，降级本项0分", None),
    ]
    for r in rows4:
        ws4.append(list(r))
    path = OUT / "yk03_绩效考核指标库.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== yk04 csv postings
def yk04():
    header = ["序号", "招聘单位", "岗位名称", "招聘人数", "学历要求", "工作经验", "其他要求", "薪资待遇",
              "工作地点", "岗位简介", "报名截止"]
    rows = [
        ["1", "颐康·松鹤苑养老院", "养老护理员", "8", "初中及以上", "不限，有经验者优先",
         "18-55周岁，持健康证；无证者入职后由公司统一组织考证", "4500-6000元/月（含夜班补贴）", "成都市武侯区",
         "为院内长者提供生活照料和基础护理；\n实行三班倒，提供员工宿舍", "2024-06-30"],
        ["2", "颐康·枫林苑养老院", "养老护理员", "6", "初中及以上", "不限，有经验者优先",
         "18-55周岁，持健康证", "4300-5800元/月（含夜班补贴）", "成都市温江区", "同松鹤苑", "2024-06-30"],
        ["3", "颐康·松鹤苑养老院", "厨师", "1", "中专及以上", "3年以上团餐或医院食堂工作经验",
         "持健康证、中式烹调师证；能制作软食、糊状餐等老年膳食", "5000-6500元/月", "成都市武侯区",
         "负责长者餐和员工餐的烹饪制作；\n按营养师食谱和特殊膳食要求备餐", "2024-05-31"],
        ["4", "颐康·枫林苑养老院", "护士（医务室）", "2", "中专及以上", "1年以上临床护理经验",
         "持护士执业证书", "5500-7500元/月", "成都市温江区",
         "负责长者发药、测血压血糖、换药等；\n需倒班", "2024-05-31"],
        ["5", "颐康居家养老服务中心", "居家上门护理员", "10", "初中及以上", "1年以上养老护理或家政服务经验",
         "持养老护理员职业技能等级证书；会骑电动车", "底薪3500元+服务提成，综合5000-7000元/月", "成都市成华区",
         "上门为居家长者提供助浴、助洁、助餐、陪诊服务", "2024-06-30"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    (OUT / "yk04_2024年社会招聘岗位需求表.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================== yk05 html careers
YK05 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入颐康｜颐康养老服务集团</title>
<style>
details.job{border:1px solid #e3e3e3;border-radius:6px;margin:12px 0;padding:10px 16px}
details.job summary{cursor:pointer;font-size:17px}
summary span{margin-right:18px}
.salary{color:#d9480f}
dl dt{font-weight:bold;margin-top:8px}
</style>
</head>
<body>
<header class="site-header"><a href="/">颐康养老</a> <nav><a href="/about">关于我们</a> <a href="/service">服务项目</a> <a href="/jobs">加入我们</a></nav></header>
<main>
<section class="intro">
<h1>加入颐康，陪伴每一位长者安享晚年</h1>
<p>颐康养老服务集团旗下有松鹤苑、枫林苑两家养老院和一个居家养老服务中心，现有员工三百余人。</p>
<p>我们为员工提供：五险一金、免费工作餐、员工宿舍（护理岗位）、年度体检、带薪年假及节日福利。</p>
</section>
<section class="jobs">
<h2>热招岗位</h2>
<p class="hint">点击岗位名称查看详情</p>
<details class="job" open>
<summary><span class="job-name">入住顾问</span><span class="dept">市场客服部</span><span class="city">成都·武侯区</span><span class="salary">4000-9000元/月</span></summary>
<dl>
<dt>岗位职责</dt>
<dd>
<ol>
<li>接待来院参观咨询的长者及家属，介绍服务项目、收费标准和入住流程；</li>
<li>通过电话、微信等渠道跟进意向客户，邀约参观，促成签约入住；</li>
<li>协助办理入住评估、合同签订和缴费等入住手续；</li>
<li>组织社区养老讲座、开放日等推广活动，拓展客户来源；</li>
<li>维护客户档案，做好入住后首月回访。</li>
</ol>
</dd>
<dt>任职要求</dt>
<dd>
<ul>
<li>大专及以上学历，市场营销、社会工作、护理等专业优先；</li>
<li>1年以上销售或客服工作经验，有养老、医疗、保险行业经验者优先；</li>
<li>普通话标准，亲和力强，能接受周末轮休。</li>
</ul>
</dd>
<dt>薪资说明</dt>
<dd>底薪4000元+签约提成，综合收入4000-9000元/月</dd>
</dl>
</details>
<details class="job">
<summary><span class="job-name">居家上门护理员</span><span class="dept">居家养老服务中心</span><span class="city">成都·成华区</span><span class="salary">5000-7000元/月</span></summary>
<dl>
<dt>岗位职责</dt>
<dd>
<ol>
<li>按服务中心派发的工单上门，为居家长者提供助浴、助洁、助餐、陪诊等服务；</li>
<li>上门服务前后在“颐康到家”APP打卡签到，并上传服务照片；</li>
<li>观察长者身体状况和居家环境安全隐患，发现异常及时向服务中心报告；</li>
<li>为长者家属提供居家照护技能指导；</li>
<li>遵守上门服务规范，不收受服务对象财物。</li>
</ol>
</dd>
<dt>任职要求</dt>
<dd>
<ul>
<li>初中及以上学历，持养老护理员职业技能等级证书；</li>
<li>1年以上养老护理或家政服务经验；</li>
<li>会骑电动车，熟悉成华区、锦江区道路者优先。</li>
</ul>
</dd>
<dt>工作地点</dt>
<dd>成都市成华区双桥子街道居家养老服务中心，服务范围覆盖成华区、锦江区</dd>
</dl>
</details>
<p class="apply">投递方式：简历发送至 hr@yikang-care.example.cn，邮件标题注明“应聘岗位+姓名”。</p>
</section>
</main>
<footer><p>© 2024 颐康养老服务集团 版权所有</p></footer>
</body>
</html>
"""


def yk05():
    (OUT / "yk05_加入颐康_招聘.html").write_text(YK05, encoding="utf-8")


# =============================================================== yk06 pdf, embedded subset TrueType
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

YK06 = [
    {
        "title": "安全主管岗位说明书",
        "sub": "文件编号：YK-HR-JD-011　　编制：人力资源部　　生效日期：2024年3月1日",
        "rows": [
            ("岗位名称", ["安全主管"]),
            ("所属部门", ["安全保卫部"]),
            ("直接上级", ["院长"]),
            ("下属岗位", ["保安员、消防控制室值班员"]),
            ("岗位职责", [
                "1. 建立健全院内消防、治安、用电用气等安全管理制度并监督执行。",
                "2. 每日巡查消防通道、消防设施和重点部位，每月组织一次防火检查。",
                "3. 每半年组织全院消防疏散演练，新员工入职一周内完成消防培训。",
                "4. 管理监控室和门禁系统，做好访客登记及长者外出管理，",
                "    防止失智长者走失。",
                "5. 发生火灾、停电、长者走失等突发事件时担任现场指挥，",
                "    并第一时间报告院长。",
                "6. 负责保安员的排班、考勤和业务培训。",
            ]),
            ("任职资格", [
                "学历：高中及以上学历，消防、安全管理相关专业优先",
                "证书：持有消防设施操作员（中级）证书",
                "经验：3年以上物业、酒店或医疗机构安保管理经验，退伍军人优先",
            ]),
            ("工作时间", ["行政班，24小时保持手机畅通"]),
        ],
    },
    {
        "title": "后勤主管岗位说明书",
        "sub": "文件编号：YK-HR-JD-012　　编制：人力资源部　　生效日期：2024年3月1日",
        "rows": [
            ("岗位名称", ["后勤主管"]),
            ("所属部门", ["后勤保障部"]),
            ("直接上级", ["院长"]),
            ("下属岗位", ["厨师长、厨师、保洁员、洗衣工、维修工、营养师"]),
            ("岗位职责", [
                "1. 负责院区膳食、保洁、洗衣、维修等后勤服务的统筹管理。",
                "2. 审核每周菜谱和食材采购计划，配合营养师落实特殊膳食。",
                "3. 监督食堂食品安全，执行食品留样48小时制度。",
                "4. 负责设施设备、电梯、锅炉的维护保养，组织报修处理，",
                "    一般报修24小时内处理完毕。",
                "5. 管理后勤物资出入库，每月盘点一次。",
                "6. 控制后勤运行成本，按月编制后勤费用分析报告。",
            ]),
            ("任职资格", [
                "学历：大专及以上学历",
                "经验：3年以上酒店、医院或养老机构后勤管理经验",
                "其他：持有食品安全管理员证书者优先",
            ]),
            ("工作时间", ["行政班，节假日轮流值班"]),
        ],
    },
]


def yk06():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    texts = []
    for pg in YK06:
        texts += [pg["title"], pg["sub"], "颐康养老服务集团", f"第 {YK06.index(pg) + 1} 页 共 2 页"]
        for lab, vals in pg["rows"]:
            texts.append(lab)
            texts += vals
    chars = sorted(set("".join(texts)) | {" "})
    font = TTFont(FONT_PATH, fontNumber=0, recalcTimestamp=False, recalcBBoxes=False)
    opts = subset.Options()
    opts.retain_gids = False
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "vhea", "vmtx"]
    ss = subset.Subsetter(opts)
    ss.populate(unicodes=[ord(c) for c in chars])
    ss.subset(font)
    fbuf = io.BytesIO()
    font.save(fbuf)
    fontdata = fbuf.getvalue()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars}
    width = {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in chars}

    def enc(s):
        return "".join(f"{gid[c]:04X}" for c in s)

    def tw(s, size):
        return sum(width[c] for c in s) * size / 1000

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    ff = zlib.compress(fontdata, 9)
    ff_no = add(f"<< /Length {len(ff)} /Length1 {len(fontdata)} /Filter /FlateDecode >>\nstream\n".encode()
                + ff + b"\nendstream")
    fd = add(f"<< /Type /FontDescriptor /FontName /YKAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /YKAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
    bf = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: gid[c]))
    tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
          f"{len(chars)} beginbfchar\n{bf}\nendbfchar\n"
          "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /YKAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    kids = []
    X0, X1, X2 = 56, 146, 539
    for pi, pg in enumerate(YK06):
        ops = []

        def text(x, y, size, s):
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

        text(X0, 806, 9, "颐康养老服务集团")
        t = pg["title"]
        text(297.5 - tw(t, 18) / 2, 770, 18, t)
        text(X0, 742, 9.5, pg["sub"])
        y = 728
        lh = 16
        ops.append("0.6 w")
        ops.append(f"{X0} {y} m {X2} {y} l S")
        for lab, vals in pg["rows"]:
            h = lh * len(vals) + 10
            top = y
            for i, v in enumerate(vals):
                text(X1 + 8, top - 17 - i * lh, 10.5, v)
            text(X0 + 10, top - 17, 10.5, lab)
            y = top - h
            ops.append(f"{X0} {y} m {X2} {y} l S")
            ops.append(f"{X0} {top} m {X0} {y} l S {X1} {top} m {X1} {y} l S {X2} {top} m {X2} {y} l S")
        foot = f"第 {pi + 1} 页 共 2 页"
        text(297.5 - tw(foot, 9) / 2, 40, 9, foot)
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (Microsoft Word 2016) /Title <FEFF{}> /CreationDate (D:20240301090000+08'00') >>".format(
        "安全及后勤岗位说明书".encode("utf-16-be").hex().upper()).encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
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
    (OUT / "yk06_安全及后勤岗位说明书.pdf").write_bytes(bytes(out))


# =============================================================== yk07 md
YK07 = """# 医务室岗位说明

> 适用：松鹤苑医务室、枫林苑医务室 ｜ 编制：医务室 ｜ 更新：2024-02

医务室为院内设立的内设医疗机构，负责入住长者的日常诊疗、慢病管理和健康档案管理。

## 医生（全科）

| 项目 | 内容 |
|---|---|
| 所属部门 | 医务室 |
| 直接上级 | 医务室主任 |
| 主要职责 | 1. 负责长者常见病、慢性病的诊疗和用药指导；<br>2. 每周全院查房两次，对重点长者每日查房；<br>3. 审核新入住长者的体检报告和健康评估，提出照护建议；<br>4. 处置院内急症，必要时联系120并随同转诊；<br>5. 组织每年一次长者健康体检，建立和更新健康档案。 |
| 任职资格 | 临床医学专业大专及以上学历；持有执业医师或执业助理医师资格证书，执业范围为全科或内科；3年以上临床工作经验，退休医师可返聘。 |
| 工作时间 | 白班，另轮值夜间听班（每周1—2次） |

## 护士

| 项目 | 内容 |
|---|---|
| 所属部门 | 医务室 |
| 直接上级 | 医务室主任 |
| 主要职责 | 1. 按医嘱为长者发药、测量血压血糖、注射和换药；<br>2. 管理长者药品，执行“一人一药盒”和双人核对制度；<br>3. 负责鼻饲管、导尿管等管路的专业护理和更换；<br>4. 指导护理员做好生命体征观察和常见病护理；<br>5. 做好医疗垃圾分类和医疗器械消毒记录。 |
| 任职资格 | 护理专业中专及以上学历，持护士执业证书；1年以上临床护理经验，有老年科或内科经验者优先。 |
| 工作时间 | 三班倒，夜班补贴按《员工手册》执行 |

---

*医务室主任岗位说明另行发布。*
"""


def yk07():
    (OUT / "yk07_医务室岗位说明.md").write_text(YK07, encoding="utf-8")


# =============================================================== yk08 GBK txt
YK08 = """颐康养老服务集团
社会工作部、膳食科岗位职责
（2023年12月印发）

【岗位】社工　　【部门】社会工作部　　【上级】院长　　【编制】每院2人
【职责】①负责新入住长者的入院适应辅导，入住首月至少进行4次个案探访；②策划组织院内文化娱乐、节日庆祝和志愿者活动，每月不少于8场；③为有情绪困扰、家庭矛盾的长者开展个案和小组工作，建立个案档案；④链接社区、高校志愿者和公益资源，维护志愿者队伍；⑤协助调解长者与家属、长者之间的纠纷。
【要求】社会工作或相关专业本科及以上学历；持有社会工作者职业水平证书（助理社会工作师及以上）；热爱老年服务，具备活动策划和文案写作能力。

【岗位】营养师　　【部门】膳食科　　【上级】后勤主管　　【编制】集团1人
【职责】①根据长者健康状况制定普通餐、糖尿病餐、低盐低脂餐、软食、流食等膳食方案；②每周编制带量食谱，报后勤主管审核；③对吞咽困难、营养不良长者进行营养评估和个性化配餐；④指导厨师按营养要求烹饪，监督食品加工卫生；⑤每季度开展一次长者营养状况筛查并向医务室反馈。
【要求】营养学、食品卫生与营养学或临床营养专业大专及以上学历；持公共营养师（三级）及以上证书；2年以上医院或团餐营养工作经验。

（以上职责如有调整，以人力资源部最新通知为准）
"""


def yk08():
    (OUT / "yk08_社工及营养师岗位职责.txt").write_bytes(YK08.replace("\n", "\r\n").encode("gbk"))


# =============================================================== yk09 docx handbook
YK09 = [
    ("h", "颐康养老服务集团员工手册（2024版）节选"),
    ("p", "本节选供新员工入职培训使用，完整内容以人力资源部发布的正式版本为准。"),
    ("h2", "第二章 录用与试用"),
    ("p", "第八条 新员工试用期一般为3个月；养老护理员、厨师等操作岗位试用期为1个月；院长、护理部主任等管理岗位试用期为6个月。"),
    ("p", "第九条 试用期工资不低于转正工资的80%，试用期满经考核合格办理转正手续。"),
    ("p", "第十条 新员工入职须提供体检报告，护理、厨房岗位须持有效健康证方可上岗。"),
    ("h2", "第三章 排班与考勤"),
    ("p", "第十四条 护理岗位实行三班制：早班7:00—15:00，中班15:00—23:00，夜班23:00—次日7:00；行政后勤岗位实行行政班8:30—17:30。"),
    ("p", "第十五条 护理员每月夜班一般不超过10个，夜班补贴每班50元；医务室护士夜班补贴每班60元。"),
    ("p", "第十六条 交接班须在床旁进行，接班人员未到岗的，当班人员不得离岗。"),
    ("h2", "第四章 请假"),
    ("p", "第十九条 请假须提前在OA系统提交申请：1天以内由直接上级审批；1天以上3天以内由部门负责人审批；3天以上由院长审批。"),
    ("p", "第二十条 病假须提供二级及以上医院出具的诊断证明；护理岗位请假须先由护理组长安排顶班后方可离岗。"),
    ("p", "第二十一条 员工入职满一年享受带薪年休假5天，满十年享受10天。"),
    ("h2", "第五章 工伤与职业暴露"),
    ("p", "第二十六条 员工在工作中发生针刺伤、被长者抓伤咬伤或接触血液体液等职业暴露时，应立即按“一挤二冲三消毒”处理：从近心端向远心端挤出伤口血液，用流动水冲洗5分钟，再用碘伏或75%酒精消毒。"),
    ("p", "第二十七条 职业暴露发生后1小时内报告部门负责人和医务室，填写《职业暴露登记表》，由医务室评估是否需要进一步检测和预防用药。"),
    ("p", "第二十八条 搬运、转移长者时应使用移位机或两人协作；发生工伤后须在24小时内报告人力资源部，由人力资源部申报工伤认定。"),
    ("h2", "第六章 奖惩"),
    ("p", "第三十二条 发生打骂、虐待、侮辱长者行为的，一经查实立即解除劳动合同。"),
]


def yk09():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "员工手册节选")
    for kind, text in YK09:
        if kind == "h":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    path = OUT / "yk09_员工手册节选.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== yk10 org chart
YK10 = """颐康养老服务集团组织架构图（2024年4月）

集团总经理
├─ 运营副总经理
│   ├─ 颐康·松鹤苑养老院（床位260张）
│   │   └─ 院长
│   │       ├─ 护理部：护理部主任 → 护理组长（每楼层1名）→ 养老护理员（初级/中级）
│   │       ├─ 医务室：医务室主任 → 医生、护士、康复治疗师
│   │       ├─ 社会工作部：社工
│   │       ├─ 后勤保障部：后勤主管 → 厨师长、厨师、保洁员、洗衣工、维修工、营养师
│   │       └─ 安全保卫部：安全主管 → 保安员、消防控制室值班员
│   ├─ 颐康·枫林苑养老院（床位180张）
│   │   └─ 院长（部门设置同松鹤苑）
│   └─ 颐康居家养老服务中心
│       └─ 居家服务中心主任 → 调度员、居家上门护理员、助餐配送员、司机
├─ 市场客服部：市场客服部经理 → 入住顾问、前台接待
├─ 行政人事部：行政人事经理 → 人事专员、行政专员
└─ 财务部：财务经理 → 会计、出纳、采购专员

注：康复治疗师、营养师由集团统一配置，两院共用。
"""


def yk10():
    (OUT / "yk10_组织架构图.txt").write_text(YK10, encoding="utf-8")


# =============================================================== yk11 csv qualification matrix
def yk11():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["颐康养老服务集团管理岗位任职资格标准（人力资源部 2024-01）", "", "", "", "", "", "", ""])
    w.writerow([""] * 8)
    w.writerow(["岗位", "适用单位", "直接上级", "学历", "专业", "工作年限", "必备证书", "优先条件"])
    w.writerow(["院长", "松鹤苑/枫林苑", "运营副总经理", "本科及以上", "医学、护理、社会工作、管理类",
                "8年以上养老或医疗机构工作经验，其中3年以上中层管理经验", "养老院院长培训合格证书",
                "有民政星级评定迎检经验者优先"])
    w.writerow(["护理部主任", "松鹤苑/枫林苑", "院长", "大专及以上", "护理学", "5年以上护理工作经验", "护士执业资格证书",
                "有养老机构护理管理经验者优先"])
    w.writerow(["居家服务中心主任", "居家养老服务中心", "运营副总经理", "大专及以上", "社会工作、护理、公共管理",
                "5年以上社区服务或居家养老工作经验", "无", "熟悉政府购买服务项目申报和运营者优先"])
    (OUT / "yk11_管理岗位任职资格标准.csv").write_text(buf.getvalue(), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (yk01, yk02, yk03, yk04, yk05, yk06, yk07, yk08, yk09, yk10, yk11):
        f()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:8d}  {p.name}")


if __name__ == "__main__":
    main()
