# -*- coding: utf-8 -*-
"""Round 56 'train': 岭海铁路局集团有限公司 东岭客运段 — 10 HR documents.

Run: T56_OUT=/tmp/t56train/corpus /tmp/genv/bin/python gen.py
Writes the corpus and ground_truth.md (next to this file, if writable, and into $T56_OUT/../).
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
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T56_OUT", "/tmp/t56train/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "岭海铁路局集团有限公司东岭客运段"
GT = []  # ground truth lines


def gt(s):
    GT.append(s)


# ----------------------------------------------------------------------------- helpers (docx)
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    return p


def cell_lines(cell, lines):
    cell.text = ""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(ln)


def strike_run(p, text):
    r = p.add_run(text)
    r.font.strike = True
    return r


# ============================================================================ 01 docx: 岗位说明书汇编
POSTS1 = [
    dict(code="KY-01", name="列车长", dept="乘务一车队（动车组）", grade="岗级8", staff="24人",
         boss="车队长", subs="列车员、广播员", inner="餐车长、车辆乘务员、乘警（业务协作）",
         outer="沿途车站客运值班员、12306客服中心",
         duties=[("出乘前", "参加出乘点名，传达上级命令、指示和重点安全事项，检查全组人员着装、证件和备品。"),
                 ("出乘前", "与车辆乘务员共同确认车门、空调、广播等设备状态，确认具备开车条件。"),
                 ("值乘中", "组织列车员做好立岗迎送和验票工作，掌握客流和定员，合理调整席位。"),
                 ("值乘中", "受理旅客投诉和求助，处置突发事件和旅客急病，必要时向列车调度员报告。"),
                 ("值乘中", "办理补票、退票签证等票务作业，确保票款收缴准确。"),
                 ("退乘后", "填写《列车长工作日志》，组织班组退乘总结会，上交票款和作业单据。")],
         quals=[("学历", "大专及以上学历"), ("专业", "铁道交通运营管理、交通运输等相关专业"),
                ("工作经验", "从事列车员工作满3年，或担任值班列车长1年以上"),
                ("资格证书", "列车长岗位培训合格证；普通话水平二级乙等及以上"),
                ("能力素质", "具备较强的组织协调能力和应急处置能力，熟悉《铁路旅客运输规程》")]),
    dict(code="KY-02", name="列车员", dept="乘务一车队（动车组）", grade="岗级4", staff="160人",
         boss="列车长", subs="无", inner="广播员、餐车服务员", outer="旅客",
         duties=[("出乘前", "按规定着装，参加出乘点名，领取并检查车厢备品、票据夹和对讲机。"),
                 ("值乘中", "在车门口立岗迎送旅客，核验车票和身份证件，引导旅客对号入座。"),
                 ("值乘中", "__REV__"),
                 ("值乘中", "重点照顾老、幼、病、残、孕旅客，做好到站提醒和下车引导。"),
                 ("值乘中", "保持车厢、卫生间、洗脸间清洁，及时补充卫生纸和洗手液。"),
                 ("退乘后", "清点交接车厢备品，报告设备故障和遗失物品。")],
         quals=[("学历", "高中、中专（技校）及以上学历"), ("专业", "专业不限，铁路客运服务专业优先"),
                ("工作经验", "不限，应届毕业生经培训后上岗"),
                ("资格证书", "健康证；列车员岗位培训合格证（入职后三个月内取得）"),
                ("身体条件", "男身高170cm以上、女身高160cm以上，五官端正，无色盲色弱")]),
    dict(code="KY-05", name="广播员", dept="乘务一车队（动车组）", grade="岗级5", staff="12人",
         boss="列车长", subs="无", inner="列车长、列车员", outer="无",
         duties=[("出乘前", "检查列车广播设备、话筒和播放系统，核对本趟列车停站时刻表。"),
                 ("值乘中", "按时播放到站预告、安全宣传和旅行常识，到站前10分钟进行预告。"),
                 ("值乘中", "根据列车长指令播放寻人、寻医、失物招领等临时广播。"),
                 ("退乘后", "登记广播日志，报告设备故障。")],
         quals=[("学历", "大专及以上学历"), ("专业", "播音与主持艺术、汉语言文学等相关专业"),
                ("工作经验", "1年以上播音或主持工作经验优先"),
                ("资格证书", "普通话水平一级乙等及以上"),
                ("能力素质", "吐字清晰，声音甜美，具备一定的英语口语能力")]),
    dict(code="KY-07", name="车辆乘务员", dept="车辆乘务组（东岭车辆段派驻）", grade="岗级6", staff="30人",
         boss="车辆段动车运用所值班主任", subs="无", inner="列车长（途中业务配合）", outer="随车机械师、地面调度",
         duties=[("出乘前", "参加车辆段出乘点名，领取检修工具和备品，了解车辆技术状态交接记录。"),
                 ("值乘中", "每2小时巡检一次车辆走行部、车门、空调和电气装置的技术状态。"),
                 ("值乘中", "处理途中空调、车门、照明等一般故障，不能处理的及时报告并采取安全措施。"),
                 ("退乘后", "填写《车辆乘务日志》，向运用所交接车辆技术状态。")],
         quals=[("学历", "中专及以上学历"), ("专业", "铁道车辆、机电一体化等相关专业"),
                ("工作经验", "车辆检修工作2年以上"),
                ("资格证书", "车辆乘务员岗位合格证；低压电工作业证"),
                ("能力素质", "熟悉车辆构造和故障应急处理办法")]),
    dict(code="AQ-01", name="安全员", dept="安全科", grade="岗级7", staff="8人",
         boss="安全科科长", subs="无", inner="各车队、车间", outer="集团公司安监室",
         duties=[("日常", "按月度添乘计划添乘检查各车队作业标准执行情况，每月添乘不少于6趟。"),
                 ("日常", "组织开展安全隐患排查，建立隐患台账并跟踪整改销号。"),
                 ("日常", "开展班组安全教育和消防、防火防爆演练。"),
                 ("专项", "参与旅客伤害、火灾等事故的调查分析，提出防范措施。")],
         quals=[("学历", "大专及以上学历"), ("专业", "安全工程、交通运输等相关专业"),
                ("工作经验", "乘务工作5年以上，其中担任列车长2年以上"),
                ("资格证书", "注册安全工程师或铁路安全管理人员培训合格证"),
                ("能力素质", "熟悉铁路安全规章，敢于较真碰硬")]),
]


def gen_docx1():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = CO + "　　受控文件　DL-KY-HR-001　第3版"
    fp = sec.footer.paragraphs[0]
    fp.text = "劳动人事科编制　2025年3月　未经批准不得复制"
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("东岭客运段岗位说明书汇编（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("说明：本汇编收录乘务一车队、车辆乘务组及安全科岗位。岗位职责按作业阶段（出乘前／值乘中／退乘后）编写；"
                      "餐饮、客运车间及机关岗位见《客运车间及机关岗位手册》。")
    gt("## 01_东岭客运段岗位说明书汇编（2025版）.docx — one table per post: merged title row, 2×4 fact grid, "
       "工作关系 row holding a nested table, duty rows 作业阶段|工作内容 (stage merged down), 任职资格 rows; header/footer; "
       "a struck-through duty with a 修订 note (列车员)")
    for P in POSTS1:
        doc.add_paragraph()
        tb = doc.add_table(rows=0, cols=4)
        tb.style = "Table Grid"
        row = tb.add_row().cells
        m = row[0].merge(row[3])
        cell_text(m, f"岗位说明书　编号：{P['code']}", bold=True)
        shade(m)
        row = tb.add_row().cells
        cell_text(row[0], "岗位名称", True); cell_text(row[1], P["name"])
        cell_text(row[2], "所属部门", True); cell_text(row[3], P["dept"])
        row = tb.add_row().cells
        cell_text(row[0], "岗位等级", True); cell_text(row[1], P["grade"])
        cell_text(row[2], "定员", True); cell_text(row[3], P["staff"])
        # 工作关系 with nested table
        row = tb.add_row().cells
        cell_text(row[0], "工作关系", True)
        m = row[1].merge(row[3])
        m.text = ""
        nt = m.add_table(rows=4, cols=2)
        nt.style = "Table Grid"
        for i, (k, v) in enumerate([("直接上级", P["boss"]), ("直接下属", P["subs"]),
                                    ("内部协作", P["inner"]), ("外部联系", P["outer"])]):
            cell_text(nt.cell(i, 0), k); cell_text(nt.cell(i, 1), v)
        # duties header
        row = tb.add_row().cells
        m = row[0].merge(row[3])
        cell_text(m, "岗位职责", bold=True)
        shade(m, "EEEEEE")
        row = tb.add_row().cells
        cell_text(row[0], "作业阶段", True)
        m = row[1].merge(row[3])
        cell_text(m, "工作内容", True)
        start = None
        prev = None
        n = 0
        for stage, text in P["duties"]:
            n += 1
            row = tb.add_row().cells
            m = row[1].merge(row[3])
            if text == "__REV__":
                m.text = ""
                p = m.paragraphs[0]
                p.add_run(f"{n}. 巡视车厢，")
                strike_run(p, "每2小时巡视一次")
                p.add_run("每小时至少巡视一次，")
                p.add_run("维护车厢秩序，制止吸烟和违规携带危险品行为。")
                note = m.add_paragraph()
                rr = note.add_run("〔修订：2025年2月劳动人事科将巡视频次由每2小时一次改为每小时至少一次〕")
                rr.italic = True
                text_gt = "巡视车厢，每小时至少巡视一次（旧：每2小时），维护车厢秩序，制止吸烟和违规携带危险品行为"
            else:
                cell_text(m, f"{n}. {text}")
                text_gt = text
            if stage == prev:
                tb.rows[len(tb.rows) - 2].cells[0].merge(row[0])
            else:
                cell_text(row[0], stage)
            prev = stage
            gt(f"- {P['name']} duty {n} [{stage}]: {text_gt}")
        row = tb.add_row().cells
        m = row[0].merge(row[3])
        cell_text(m, "任职资格", bold=True)
        shade(m, "EEEEEE")
        for k, v in P["quals"]:
            row = tb.add_row().cells
            cell_text(row[0], k, True)
            m = row[1].merge(row[3])
            cell_text(m, v)
            gt(f"- {P['name']} {k}: {v}")
        gt(f"- {P['name']}: 部门 {P['dept']}; 岗级 {P['grade']}; 定员 {P['staff']}; 上级 {P['boss']}; 下属 {P['subs']}; "
           f"协作 {P['inner']}; 外部 {P['outer']}")
    doc.add_paragraph()
    doc.add_paragraph("附注：乘务一车队另设值班列车长岗位，职责参照列车长执行，不另行编写说明书。")
    gt("- 附注: 值班列车长 参照列车长执行 (no own description)")
    doc.save(OUT / "01_东岭客运段岗位说明书汇编（2025版）.docx")


# ============================================================================ 02 docx: 客运车间及机关岗位手册 (prose)
def gen_docx2():
    doc = Document()
    set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "东岭客运段　客运车间及机关岗位手册"
    sec.footer.paragraphs[0].text = "内部资料　注意保存"
    doc.add_heading("客运车间及机关岗位手册", 0)
    doc.add_paragraph("编制：劳动人事科　　审核：段长办公会　　生效日期：2025年1月1日")
    gt("\n## 02_客运车间及机关岗位手册.docx — prose handbook: 第N章 / N.N headings, facts run into a lead paragraph, "
       "duties as （一）（二） paragraphs, a 2-col requirement table per post, a 略 post, a policy chapter, a void 2021 appendix")
    doc.add_heading("第一章　总则", 1)
    doc.add_paragraph("为规范客运车间及段机关各岗位工作，明确岗位职责和任职条件，制定本手册。乘务一车队各岗位见《岗位说明书汇编》。")
    doc.add_heading("第二章　东岭站客运车间岗位", 1)
    doc.add_paragraph("客运车间设在东岭站，负责始发旅客的候车组织和检票乘降工作，下设客运值班员、检票员、客运员、行李员等岗位。")

    def post(title, lead, duties, reqs, key):
        doc.add_heading(title, 2)
        doc.add_paragraph(lead)
        gt(f"- {key} lead: {lead}")
        doc.add_paragraph("主要职责：")
        nums = "一二三四五六七八"
        for i, d in enumerate(duties):
            doc.add_paragraph(f"（{nums[i]}）{d}")
            gt(f"- {key} duty {i+1}: {d}")
        if reqs:
            doc.add_paragraph("任职条件：")
            tb = doc.add_table(rows=0, cols=2)
            tb.style = "Table Grid"
            for k, v in reqs:
                c = tb.add_row().cells
                cell_text(c[0], k, True); cell_text(c[1], v)
                gt(f"- {key} {k}: {v}")

    post("2.1　客运值班员",
         "客运值班员是客运车间的当班负责人，直接对客运车间主任负责，领导当班检票员、客运员开展工作，实行“白班—夜班—休息—休息”四班三运转，工作地点为东岭站候车室。",
         ["组织班前点名，布置当班客运组织重点，检查班组人员到岗和仪容仪表。",
          "掌握候车室客流和列车到发情况，组织检票、停检和站台乘降，防止旅客漏乘、误乘。",
          "处理站内旅客投诉、票务纠纷和突发事件，做好客运记录。",
          "组织交接班，填写《客运值班员交接班簿》，交清设备、票据和重点旅客情况。"],
         [("学历", "大专及以上学历"), ("工作经验", "担任客运员或检票员满3年"),
          ("资格证书", "客运值班员岗位资格证"), ("其他", "熟悉车站客运组织和应急预案，能适应倒班")],
         "客运值班员")
    post("2.2　检票员",
         "检票员隶属客运车间，在客运值班员领导下负责检票口作业，实行四班三运转，工作地点为东岭站检票口及站台。",
         ["开车前按规定时间开检，核验车票、身份证件与乘车人一致，实名制核验不符的不得放行。",
          "引导旅客有序排队，优先安排重点旅客进站。",
          "开车前5分钟停止检票，向客运值班员报告检票人数和漏检情况。",
          "维护自动检票闸机，发现故障及时报修并改为人工检票。"],
         [("学历", "高中、中专及以上学历"), ("年龄", "18—35周岁"),
          ("资格证书", "健康证"), ("其他", "服务意识强，普通话标准")],
         "检票员")
    doc.add_heading("2.3　客运员", 2)
    doc.add_paragraph("客运员岗位职责和任职条件另见《东岭站客运作业标准》，本手册不再列出。")
    gt("- 客运员: 另见《东岭站客运作业标准》, not listed (named only)")
    doc.add_heading("2.4　行李员", 2)
    doc.add_paragraph("岗位职责：略。")
    doc.add_paragraph("任职条件：略。")
    gt("- 行李员: 岗位职责 略; 任职条件 略")

    doc.add_heading("第三章　段机关及车间管理岗位", 1)
    post("3.1　乘务管理员",
         "乘务管理员设在乘务管理科，直接上级为乘务管理科科长，实行常日班（周一至周五8:30—17:30），工作地点为段机关（东岭市站前路18号）。",
         ["根据列车运行图编制乘务交路计划和月度乘务排班表，报科长审批后发布。",
          "统计乘务人员考勤和工时，按月核对超劳情况并提出调整建议。",
          "维护乘务管理信息系统中的人员、交路和证件数据，保证数据准确。",
          "审核出乘、退乘签到记录，对未按规定签到的情况进行通报。",
          "收集整理乘务质量信息，编写月度乘务工作分析。"],
         [("学历", "全日制本科及以上学历"), ("专业", "交通运输、工商管理、统计学等相关专业"),
          ("工作经验", "2年以上铁路运输或人事统计工作经验"),
          ("技能", "熟练使用Excel和乘务管理信息系统，具备数据分析能力")],
         "乘务管理员")
    post("3.2　培训教员",
         "培训教员隶属职教科，直接上级为职教科科长，负责全段乘务人员的岗位培训，工作地点为段培训基地（东岭市铁西路6号）。",
         ["根据年度培训计划编制各岗位培训课程和教案。",
          "承担列车员、列车长岗位适应性培训和新职人员入职培训授课。",
          "组织应急处置实作演练（火灾、旅客急病、设备故障）并进行讲评。",
          "组织岗位理论和实作考试，建立职工培训档案。"],
         [("学历", "本科及以上学历"), ("工作经验", "担任列车长3年以上，具有丰富的现场经验"),
          ("资格证书", "集团公司内部培训师资格证"), ("能力素质", "具备良好的语言表达和课件制作能力")],
         "培训教员")
    post("3.3　餐车长",
         "餐车长属餐饮服务车间，直接上级为餐饮服务车间主任，值乘期间业务上接受列车长领导，下属餐车服务员和餐车炊事员，实行随车值乘（出乘2天休2天）。",
         ["组织餐车开餐经营和售货，执行统一的餐饮价格和菜单。",
          "落实食品安全制度，餐食按规定留样48小时，严禁销售过期变质食品。",
          "负责餐料和商品的领取、保管、盘点，按趟结算营业款。",
          "做好餐车卫生和消防安全，检查电器、燃气设备的使用。"],
         [("学历", "中专及以上学历"), ("工作经验", "餐饮管理工作2年以上"),
          ("资格证书", "食品安全管理员证、健康证")],
         "餐车长")
    doc.add_paragraph("注：乘务管理科另设乘务派班员岗位，岗位说明书正在编制中。")
    gt("- 乘务派班员: named only (说明书正在编制)")

    doc.add_heading("第四章　管理规定", 1)
    for s in ["第十条　各岗位人员应按时参加点名，迟到、早退按《劳动纪律管理办法》处理。",
              "第十一条　职工请事假须提前一天提交申请，三天以内由车间主任审批，三天以上由段劳动人事科审批。",
              "第十二条　本手册由劳动人事科负责解释。"]:
        doc.add_paragraph(s)
    gt("- 第四章 policy: 事假 提前一天, ≤3天车间主任, >3天劳动人事科")
    doc.add_heading("附录　2021版乘务管理员职责（已废止）", 1)
    doc.add_paragraph("（本附录仅供查阅沿革，自2025年1月1日起停止执行。）")
    for s in ["1. 负责乘务人员的手工考勤登记。", "2. 负责乘务员工资表的编制和发放。", "3. 负责乘务人员的招聘面试。"]:
        doc.add_paragraph(s)
    gt("- 附录 (void 2021) 乘务管理员: 手工考勤登记; 工资表编制发放; 招聘面试")
    doc.save(OUT / "02_客运车间及机关岗位手册.docx")


# ============================================================================ 03 xlsx: KPI指标库
KPI = {
    "列车长": [("K01", "旅客满意度", 25, "≥95%", "≥94%", "每低1个百分点扣5分"),
               ("K02", "责任旅客伤害及行车安全事故", 30, "0起", "0起", "发生1起本项不得分"),
               ("K03", "有效旅客投诉件数", 15, "≤1件/月", "≤2件/月", "每超1件扣5分"),
               ("K04", "票款差错率", 10, "≤0.1%", "≤0.1%", "每超0.05%扣3分"),
               ("K05", "作业标准执行率", 20, "≥98%", "≥98%", "添乘检查每发现1项不符扣2分")],
    "列车员": [("K01", "旅客满意度", 30, "≥95%", "≥94%", "每低1个百分点扣5分"),
               ("K06", "车厢卫生合格率", 25, "≥98%", "≥97%", "每次检查不合格扣3分"),
               ("K03", "有效旅客投诉件数", 20, "0件", "≤1件/月", "每件扣10分"),
               ("K07", "验票差错次数", 15, "0次", "0次", "每次扣5分"),
               ("K08", "出勤率", 10, "100%", "100%", "缺勤1天扣2分")],
    "餐车长": [("K09", "营业额计划完成率", 30, "≥100%", "≥100%", "每低1个百分点扣2分"),
               ("K10", "食品安全检查合格率", 30, "100%", "100%", "不合格1次本项不得分"),
               ("K11", "餐车毛利率", 15, "≥38%", "≥36%", "每低1个百分点扣3分"),
               ("K03", "有效旅客投诉件数", 15, "0件", "0件", "每件扣5分"),
               ("K12", "盘点差异率", 10, "≤0.5%", "≤0.5%", "每超0.1%扣2分")],
}
DEPT_KPI = {
    "客运车间": [("D01", "检票差错率", "20%", "≤0.01%"), ("D02", "旅客漏乘误乘责任件数", "25%", "0件"),
                 ("D03", "候车室旅客满意度", "25%", "≥95%"), ("D04", "交接班记录完整率", "15%", "100%"),
                 ("D05", "闸机故障报修及时率", "15%", "100%")],
    "乘务管理科": [("D06", "乘务交路计划准确率", "30%", "≥99%"), ("D07", "考勤工时统计差错", "25%", "0处"),
                   ("D08", "乘务信息系统数据及时率", "25%", "≥98%"), ("D09", "超劳情况上报及时率", "20%", "100%")],
}
KDEF = {"K01": ("旅客满意度", "满意问卷数/回收问卷数×100%", "12306及车上问卷"),
        "K02": ("责任旅客伤害及行车安全事故", "统计周期内责任事故起数", "安全科"),
        "K03": ("有效旅客投诉件数", "经核实为本岗位责任的投诉件数", "客服中心"),
        "K04": ("票款差错率", "差错金额/票款总额×100%", "收入稽查"),
        "K05": ("作业标准执行率", "符合项/检查项×100%", "添乘检查记录"),
        "K06": ("车厢卫生合格率", "合格次数/检查次数×100%", "质检抽查"),
        "K07": ("验票差错次数", "漏验、错验次数", "稽查"),
        "K08": ("出勤率", "实际出勤天数/应出勤天数×100%", "考勤系统"),
        "K09": ("营业额计划完成率", "实际营业额/计划营业额×100%", "财务"),
        "K10": ("食品安全检查合格率", "合格次数/检查次数×100%", "卫生监督"),
        "K11": ("餐车毛利率", "(营业额-成本)/营业额×100%", "财务"),
        "K12": ("盘点差异率", "|账实差额|/账面金额×100%", "餐饮车间")}


def gen_xlsx1():
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    lines = ["东岭客运段2025年度岗位KPI考核指标库",
             "1. 本库适用于乘务一车队、二车队、餐饮服务车间、客运车间和乘务管理科。",
             "2. 岗位表中“目标值”分一车队（动车组）和二车队（普速）两列，餐车长按所在车队取值。",
             "3. 考核实行百分制扣分，各项扣完为止；权重合计须为100。",
             "4. “2023版（停用）”工作表仅供对照，不再执行。"]
    for i, s in enumerate(lines, 1):
        ws.cell(i, 1, s)
    ws["A1"].font = Font(bold=True, size=14)
    gt("\n## 03_KPI考核指标库.xlsx — sheets 填表说明, 计算公式 (code→formula/source, names only on the post sheets), one sheet per post "
       "(title merged, two-row header with 目标值 split 一车队/二车队, weights as numbers, =SUM total row), "
       "部门指标 sheet with two stacked dept blocks, 2023版（停用）")
    d = wb.create_sheet("计算公式")
    d.append(["指标编码", "计算公式", "数据来源"])
    for k, (n, f, s) in KDEF.items():
        d.append([k, f, s])
        gt(f"- 公式 {k} ({n}): {f} ({s})")
    for post, rows in KPI.items():
        s = wb.create_sheet(post)
        s.merge_cells("A1:G1")
        s["A1"] = f"{post}月度KPI考核表"
        s["A1"].font = Font(bold=True, size=13)
        s["A1"].alignment = Alignment(horizontal="center")
        s.merge_cells("A2:A3"); s["A2"] = "指标编码"
        s.merge_cells("B2:B3"); s["B2"] = "考核指标"
        s.merge_cells("C2:C3"); s["C2"] = "权重"
        s.merge_cells("D2:E2"); s["D2"] = "目标值"
        s["D3"] = "一车队（动车组）"; s["E3"] = "二车队（普速）"
        s.merge_cells("F2:F3"); s["F2"] = "评分规则"
        s.merge_cells("G2:G3"); s["G2"] = "考核人"
        r = 4
        for code, name, w, t1, t2, rule in rows:
            s.append([code, name, w, t1, t2, rule, "车队长" if post != "餐车长" else "餐饮车间主任"])
            gt(f"- KPI {post}: {code} {name} 权重{w} 目标 一车队{t1} / 二车队{t2}; {rule}")
            r += 1
        s.cell(r, 2, "权重合计")
        s.cell(r, 3, f"=SUM(C4:C{r-1})")
    dp = wb.create_sheet("部门指标")
    row = 1
    for dept, rows in DEPT_KPI.items():
        dp.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        dp.cell(row, 1, f"■ {dept}年度组织绩效指标")
        dp.cell(row, 1).font = Font(bold=True)
        row += 1
        for j, h in enumerate(["编码", "指标名称", "权重", "年度目标"], 1):
            dp.cell(row, j, h)
        row += 1
        for code, name, w, t in rows:
            for j, v in enumerate([code, name, w, t], 1):
                dp.cell(row, j, v)
            gt(f"- 部门KPI {dept}: {code} {name} {w} 目标{t}")
            row += 1
        row += 1
    old = wb.create_sheet("2023版（停用）")
    old.append(["2023版列车长考核指标（已停用，仅供对照）"])
    old.append(["考核指标", "权重", "目标值"])
    for r_ in [("旅客满意度", 20, "≥90%"), ("列车正点率", 30, "≥95%"), ("客运收入完成率", 30, "≥100%"),
               ("有效旅客投诉件数", 20, "≤3件/月")]:
        old.append(list(r_))
    gt("- 2023版（停用）列车长: 旅客满意度20 ≥90%; 列车正点率30 ≥95%; 客运收入完成率30; 投诉20 ≤3件")
    wb.save(OUT / "03_KPI考核指标库.xlsx")


# ============================================================================ 04 xlsx: 定员及薪酬
PAY = [("列车长", "乘务一车队", "8", 3600, 2400, "1500—3500", "7500—9500元/月", "四班轮乘（出乘2天休2天）"),
       ("列车员", "乘务一车队", "4", 2600, 1400, "800—2000", "4800—6000元/月", "四班轮乘（出乘2天休2天）"),
       ("广播员", "乘务一车队", "5", 2800, 1500, "800—1800", "5100—6100元/月", "四班轮乘（出乘2天休2天）"),
       ("餐车长", "餐饮服务车间", "7", 3200, 2000, "800—2300", "6000—7500元/月", "随车值乘（出乘2天休2天）"),
       ("车辆乘务员", "车辆乘务组", "6", 3000, 1800, "1000—2200", "5800—7000元/月", "随车值乘（出乘2天休2天）"),
       ("检票员", "客运车间", "3", 2500, 1200, "500—900", "4200—4600元/月", "四班三运转"),
       ("客运值班员", "客运车间", "6", 3000, 1800, "600—1200", "5400—6000元/月", "四班三运转"),
       ("乘务管理员", "乘务管理科", "6", 3300, 2200, "0", "5500—6500元/月", "常日班"),
       ("培训教员", "职教科", "7", 3500, 2300, "0", "6800—7800元/月", "常日班"),
       ("安全员", "安全科", "7", 3400, 2400, "300—800", "6100—6600元/月", "常日班（含添乘）")]


def gen_xlsx2():
    wb = Workbook()
    ws = wb.active
    ws.title = "薪酬标准"
    ws.merge_cells("A1:H1")
    ws["A1"] = "东岭客运段2025年岗位薪酬标准（税前）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:A3"); ws["A2"] = "岗位"
    ws.merge_cells("B2:B3"); ws["B2"] = "所属单位"
    ws.merge_cells("C2:C3"); ws["C2"] = "岗级"
    ws.merge_cells("D2:F2"); ws["D2"] = "月薪构成（元）"
    ws["D3"] = "岗位工资"; ws["E3"] = "绩效工资基数"; ws["F3"] = "乘务（夜班）津贴"
    ws.merge_cells("G2:G3"); ws["G2"] = "月薪合计参考"
    ws.merge_cells("H2:H3"); ws["H2"] = "班制"
    gt("\n## 04_岗位定员及薪酬标准.xlsx — sheet 薪酬标准 under a merged two-row header (月薪构成 岗位工资|绩效工资基数|津贴), "
       "sheet 定员与任职 with posts as columns, sheet 班制代码")
    for row in PAY:
        ws.append(list(row))
        gt(f"- 薪酬 {row[0]}: 单位 {row[1]} 岗级{row[2]} 岗位工资{row[3]} 绩效{row[4]} 津贴{row[5]} 合计{row[6]} 班制{row[7]}")
    ws.append([])
    ws.append(["注：乘务津贴按实际值乘趟数计发；餐车服务员、餐车炊事员执行餐饮服务车间另行制定的计件办法。"])
    s = wb.create_sheet("定员与任职")
    posts = ["列车长", "列车员", "广播员", "车辆乘务员", "检票员", "客运值班员"]
    s.append(["项目"] + posts)
    data = {
        "2025定员": ["24", "160", "12", "30", "40", "8"],
        "最低学历": ["大专", "高中/中专", "大专", "中专", "高中/中专", "大专"],
        "工作地点": ["东岭站乘务基地", "东岭站乘务基地", "东岭站乘务基地", "东岭动车运用所", "东岭站", "东岭站"],
        "必备证书": ["列车长岗位培训合格证", "健康证", "普通话一级乙等", "低压电工作业证", "健康证", "客运值班员岗位资格证"],
        "年龄要求": ["45周岁以下", "18—28周岁", "35周岁以下", "40周岁以下", "18—35周岁", "45周岁以下"],
    }
    for k, v in data.items():
        s.append([k] + v)
        for p, x in zip(posts, v):
            gt(f"- 定员与任职 {p} {k}: {x}")
    c = wb.create_sheet("班制代码")
    c.append(["代码", "班制", "说明"])
    for r_ in [("LC4", "四班轮乘", "出乘2天、休息2天，按交路计划循环"),
               ("SB3", "四班三运转", "白班8:00—18:00，夜班18:00—次日8:00，白—夜—休—休"),
               ("CR", "常日班", "周一至周五8:30—17:30")]:
        c.append(list(r_))
        gt(f"- 班制代码 {r_}")
    wb.save(OUT / "04_岗位定员及薪酬标准.xlsx")


# ============================================================================ 05 csv: 内部招聘 tree
def gen_csv():
    rows = [
        ["节点编码", "节点类型", "名称", "上级节点", "学历要求", "专业要求", "经验要求", "月薪（元）", "工作地点", "职责摘要", "状态"],
        ["10", "单位", "乘务一车队", "", "", "", "", "", "东岭站乘务基地", "", "有效"],
        ["10.01", "岗位", "列车长", "10", "大专及以上", "铁道交通运营管理", "列车员满3年", "7500-9500", "", "全面负责本趟列车的客运服务和安全工作", "有效"],
        ["10.02", "岗位", "列车员", "10", "高中/中专及以上", "不限", "不限", "4800-6000", "", "车厢服务、验票、卫生与巡视", "有效"],
        ["20", "单位", "餐饮服务车间", "", "", "", "", "", "东岭站乘务基地", "", "有效"],
        ["20.01", "岗位", "餐车服务员", "20", "初中及以上", "不限", "有餐饮服务经验者优先", "3800-4500", "",
         "负责餐车点餐、送餐、售货和餐车卫生；协助餐车长盘点商品", "有效"],
        ["20.02", "岗位", "餐车长", "20", "中专及以上", "不限", "餐饮管理2年以上", "6000-7500", "", "组织餐车经营，落实食品安全", "有效"],
        ["30", "单位", "客运车间", "", "", "", "", "", "东岭站", "", "有效"],
        ["30.01", "岗位", "检票员", "30", "高中/中专及以上", "不限", "不限", "4200-4600", "", "检票口检票放行、实名制核验、引导乘降", "有效"],
        ["30.02", "岗位", "检票员", "30", "高中及以上", "不限", "不限", "3800-4200", "", "检票放行（2024年招聘，已结束）", "作废"],
        ["40", "单位", "职教科", "", "", "", "", "", "段培训基地（东岭市铁西路6号）", "", "有效"],
        ["40.01", "岗位", "培训教员", "40", "本科及以上", "交通运输、教育学", "列车长3年以上", "6800-7800", "",
         "编制培训计划、授课、组织实作演练和考试", "有效"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerows(rows)
    (OUT / "05_内部招聘岗位树.csv").write_text(buf.getvalue(), encoding="utf-8")
    gt("\n## 05_内部招聘岗位树.csv — tree export: 单位 rows (location only on unit row) and 岗位 rows pointing at 上级节点; one 作废 row")
    for i, r_ in enumerate(rows, 1):
        gt(f"- line {i}: {','.join(r_)}")


# ============================================================================ 06 html
def gen_html():
    posts = [
        ("p1", "客运值班员", [("部门", "东岭站客运车间"), ("学历", "大专及以上"), ("经验", "客运员或检票员满3年"),
                            ("证书", "客运值班员岗位资格证"), ("薪资", "5400—6000元/月"), ("班次", "四班三运转")],
         ["组织当班客运作业和班前点名", "掌握客流，组织检票、停检和乘降", "处理站内旅客投诉和突发事件", "组织交接班并填写交接班簿"]),
        ("p2", "车辆乘务员", [("部门", "车辆乘务组（东岭车辆段派驻）"), ("学历", "中专及以上"), ("专业", "铁道车辆、机电一体化"),
                            ("证书", "车辆乘务员岗位合格证、低压电工作业证"), ("薪资", "5800—7000元/月"), ("地点", "东岭动车运用所")],
         ["途中巡检车辆技术状态", "处理空调、车门、照明一般故障", "填写《车辆乘务日志》并交接"]),
        ("p3", "广播员", [("部门", "乘务一车队"), ("学历", "大专及以上"), ("专业", "播音与主持艺术、汉语言文学"),
                        ("证书", "普通话一级乙等"), ("薪资", "5100—6100元/月")],
         ["到站预告和安全宣传广播", "临时寻人、寻医广播", "广播设备检查和日志登记"]),
    ]
    h = ['<!DOCTYPE html>', '<html lang="zh-CN"><head><meta charset="utf-8"><title>东岭客运段 2025年内部招聘公告</title>',
         '<style>nav{float:left;width:160px}main{margin-left:180px}.closed{display:none}</style></head><body>',
         '<header><h1>东岭客运段2025年内部公开招聘公告</h1><p>发布单位：劳动人事科　报名截止：2025年4月30日</p></header>',
         '<nav><p>招聘岗位</p><ul>']
    for pid, name, _, _ in posts:
        h.append(f'<li><a href="#{pid}">{name}</a></li>')
    h.append('<li><a href="#p4">乘务派班员</a></li>')
    h.append('</ul></nav><main>')
    gt("\n## 06_内部招聘公告.html — left <nav> of anchors, each post an <h3 id> with <p> of <strong>label：</strong>value<br> lines "
       "and an <ol> of duties; a hidden 已招满 post; 乘务派班员 posted as 详见后续通知")
    for pid, name, facts, duties in posts:
        h.append(f'<section id="{pid}">')
        h.append(f'<h3>{name}</h3>')
        h.append('<p>')
        for k, v in facts:
            h.append(f'<strong>{k}：</strong>{v}<br>')
            gt(f"- {name} {k}: {v}")
        h.append('</p>')
        h.append('<p>工作内容：</p><ol>')
        for d in duties:
            h.append(f'<li>{d}</li>')
            gt(f"- {name} duty: {d}")
        h.append('</ol></section>')
    h.append('<section id="p4"><h3>乘务派班员</h3><p>岗位要求及职责详见后续通知。</p></section>')
    h.append('<section class="closed"><h3>行李员（已招满）</h3><p><strong>薪资：</strong>4000元/月<br></p></section>')
    h.append('<footer><p>咨询电话：0770-8123456（劳动人事科）</p></footer></main></body></html>')
    gt("- 乘务派班员: 详见后续通知; 行李员（已招满, hidden） 薪资 4000元/月")
    (OUT / "06_内部招聘公告.html").write_text("\n".join(h) + "\n", encoding="utf-8")


# ============================================================================ 07 pdf
def gen_pdf():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    f = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(f):
        pdfmetrics.registerFont(TTFont("CJK", f)); font = "CJK"
    else:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); font = "STSong-Light"
    st = ParagraphStyle("n", fontName=font, fontSize=10.5, leading=15)
    h1 = ParagraphStyle("h", fontName=font, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18)
    story = [Paragraph("东岭客运段安全员及检票员绩效考核细则", h1),
             Paragraph("东客段劳〔2025〕8号", st), Spacer(1, 8),
             Paragraph("第一条　为加强安全管理和车站检票作业质量，结合本段实际，制定本细则。", st),
             Paragraph("第二条　安全员由安全科按月考核，检票员由客运车间按月考核，考核结果与当月绩效工资挂钩。", st),
             Spacer(1, 6), Paragraph("第三条　安全员考核指标如下：", h2)]
    gt("\n## 07_安全员及检票员考核细则.pdf — 第N条 articles, two ruled KPI tables (序号|指标|权重|目标|计分), a closing article")
    aq = [("1", "月度添乘趟数", "25%", "≥6趟", "每少1趟扣5分"),
          ("2", "隐患整改销号率", "30%", "≥95%", "每低1%扣2分"),
          ("3", "安全教育覆盖率", "20%", "100%", "每漏1个班组扣3分"),
          ("4", "事故调查报告及时率", "25%", "100%", "逾期1次扣10分")]
    jp = [("1", "检票差错次数", "35%", "0次", "每次扣5分"),
          ("2", "开检停检准时率", "30%", "100%", "每延误1次扣5分"),
          ("3", "旅客有效投诉", "20%", "0件", "每件扣10分"),
          ("4", "闸机故障报修及时率", "15%", "100%", "未及时报修1次扣3分")]

    def table(rows):
        data = [["序号", "考核指标", "权重", "目标值", "计分方法"]] + [list(r) for r in rows]
        t = Table(data, colWidths=[35, 140, 45, 60, 160])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t
    story.append(table(aq))
    for r_ in aq:
        gt(f"- KPI 安全员: {r_}")
    story += [Spacer(1, 8), Paragraph("第四条　检票员考核指标如下：", h2), table(jp)]
    for r_ in jp:
        gt(f"- KPI 检票员: {r_}")
    story += [Spacer(1, 8),
              Paragraph("第五条　发生责任行车事故或旅客伤害事故的，当月安全员考核为不合格，实行一票否决。", st),
              Paragraph("第六条　本细则自2025年4月1日起施行，由劳动人事科负责解释。", st)]
    gt("- 第五条: 安全员 一票否决 on 责任行车事故/旅客伤害事故; 第六条 施行 2025-04-01")

    def hdr(canvas, doc_):
        canvas.setFont(font, 8)
        canvas.drawString(40, A4[1] - 30, "东岭客运段 劳动人事科 文件")
        canvas.drawString(A4[0] - 100, 20, f"第{doc_.page}页")
    SimpleDocTemplate(str(OUT / "07_安全员及检票员考核细则.pdf"), pagesize=A4).build(story, onFirstPage=hdr, onLaterPages=hdr)


# ============================================================================ 08 md
def gen_md():
    md = """# 新职工入职指南（乘务系统）

> 适用对象：2025年新入职的列车员、广播员、餐车服务员。最后更新：2025-03-10

## 一、报到流程

1. 持录用通知到段机关劳动人事科报到（东岭市站前路18号）。
2. 到职教科参加为期 **4周** 的入职培训，培训地点为段培训基地。
3. 培训考试合格后，由乘务管理员编入乘务班组，跟班学习1个月后独立值乘。

## 二、我归谁管？

| 岗位 | 所在班组/车间 | 找谁请假 | 班制 |
|:--|:--|:--|:--|
| 列车员 | 乘务一车队各乘务组 | 列车长 | 出乘2天休2天 |
| 广播员 | 乘务一车队 | 列车长 | 出乘2天休2天 |
| 餐车服务员 | 餐饮服务车间 | 餐车长 | 出乘2天休2天 |

## 三、常见问题

**Q：列车员的试用期多长？**
A：试用期为6个月，试用期内须取得列车员岗位培训合格证。

**Q：工装怎么领？**
A：入职培训第一周由职教科统一发放，包括春秋装两套、夏装两套、冬装一套。

**Q：值乘期间能带手机吗？**
A：可以携带，但立岗、验票时不得使用手机。

## 四、乘务派班员

乘务派班员负责什么，目前由乘务管理科统一解释，本指南暂不介绍。
"""
    (OUT / "08_新职工入职指南.md").write_text(md, encoding="utf-8")
    gt("\n## 08_新职工入职指南.md — Markdown: steps, a who-manages-me table, bold Q/A FAQ, a 乘务派班员 non-description")
    for i, ln in enumerate(md.splitlines(), 1):
        if ln.strip():
            gt(f"- line {i}: {ln}")


# ============================================================================ 09 GBK telegram
def gen_gbk():
    txt = """岭海铁路局集团有限公司东岭客运段　电报
--------------------------------------------------
受文：各车队、职教科、劳动人事科、党委宣传部
抄送：段领导
等级：平急
东客段劳电〔2025〕15号
--------------------------------------------------
关于广播员管理关系调整的通知

各有关单位：
　　一、经段长办公会研究决定，自2025年4月1日起，乘务一车队广播员由车队管理调整为党委宣传部集中管理，直接上级由列车长改为党委宣传部广播组组长；值乘期间广播员仍服从列车长的临时广播指令。
　　二、广播员年度考核由党委宣传部负责，车队提供值乘表现意见。
　　三、广播员薪酬标准不变，仍按岗级5执行。
　　四、原《岗位说明书汇编（2025版）》中广播员“直接上级”一栏同步修订，修订前以本电报为准。

东岭客运段
二〇二五年三月二十日
"""
    (OUT / "09_东客段电报_广播员管理调整.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    gt("\n## 09_东客段电报_广播员管理调整.txt — GBK, CRLF telegram: from 2025-04-01 广播员 直接上级 改为 党委宣传部广播组组长 "
       "(值乘期间仍服从列车长临时广播指令); 考核 党委宣传部; 薪酬 不变 岗级5")


# ============================================================================ 10 UTF-16 policy
def gen_utf16():
    txt = """东岭客运段乘务交路与休息制度
（2025年修订）

第一条　为保证乘务人员充分休息，确保运输安全，制定本制度。
第二条　乘务人员实行轮乘制，动车组乘务组一般为出乘2天、休息2天；普速列车乘务组一般为出乘3天、休息3天。
第三条　主要交路及值乘时间如下：
交路编号\t区段\t车次类型\t单程时间\t担当车队
JL-01\t东岭—省城\t动车组\t2小时40分\t一车队
JL-02\t东岭—海州\t动车组\t4小时10分\t一车队
JL-03\t东岭—北港\t普速\t11小时30分\t二车队
第四条　乘务人员连续工作时间不得超过16小时，退乘后公寓休息不得少于6小时。
第五条　乘务人员每月工时原则上不超过166.64小时，超出部分由乘务管理员统计，按规定安排补休或支付加班工资。
第六条　出乘前4小时内禁止饮酒，出乘点名时进行酒精检测。
第七条　本制度由乘务管理科负责解释。
"""
    (OUT / "10_乘务交路与休息制度.txt").write_bytes(txt.encode("utf-16"))
    gt("\n## 10_乘务交路与休息制度.txt — UTF-16 (BOM) policy with a tab-separated 交路 table")
    for i, ln in enumerate(txt.splitlines(), 1):
        if ln.strip():
            gt(f"- line {i}: {ln}")


if __name__ == "__main__":
    gen_docx1(); gen_docx2(); gen_xlsx1(); gen_xlsx2(); gen_csv(); gen_html(); gen_pdf(); gen_md(); gen_gbk(); gen_utf16()
    text = "# Ground truth — 东岭客运段 (round 56 train)\n\n" + "\n".join(GT) + "\n"
    for dst in (Path(__file__).with_name("ground_truth.md"), OUT.parent / "ground_truth.md"):
        try:
            dst.write_text(text, encoding="utf-8")
        except OSError:
            pass
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
