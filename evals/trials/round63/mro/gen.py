# -*- coding: utf-8 -*-
"""Round 63 blind trial: 蓉翔航空技术有限公司 (aircraft MRO: 成都天府基地机库 + 重庆江北 / 贵阳龙洞堡航线站).

Writes 10 HR documents to $T63_OUT (default /tmp/t63mro/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T63_OUT", "/tmp/t63mro/corpus"))
OUT.mkdir(parents=True, exist_ok=True)

CO = "蓉翔航空技术有限公司"
BASE = "成都天府基地"
CKG = "重庆江北航线站"
KWE = "贵阳龙洞堡航线站"


# ----------------------------------------------------------------------------- helpers (docx)
def set_cell(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))


def tracked_change(par, before, deleted, inserted, after, author="质量部 刘工", date="2025-01-10T09:00:00Z"):
    """Append text with a real tracked deletion + insertion to paragraph `par`."""
    par.add_run(before)
    d = parse_xml(
        '<w:del %s w:id="91" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), author, date, deleted))
    i = parse_xml(
        '<w:ins %s w:id="92" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), author, date, inserted))
    par._p.append(d)
    par._p.append(i)
    par.add_run(after)


def text_box(par, lines):
    inner = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ln for ln in lines)
    xml = ('<w:r %s><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="tb1" '
           'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:110pt;z-index:2" '
           'stroked="t"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
           % (nsdecls("w"), inner))
    par._p.append(parse_xml(xml))


def header_footer(doc, head, foot):
    for s in doc.sections:
        s.header.paragraphs[0].text = head
        s.footer.paragraphs[0].text = foot


# ============================================================================= F1 MOE chapter 3 (docx)
F1 = "01_维修管理手册MOE第3章_人员职责.docx"
MOE_POSTS = [
    {
        "no": "3.2.1", "title": "航线维修放行人员（CRS）", "code": "LM-01",
        "grid": [("所属部门", "航线维修部"), ("直接上级", "航线站站长"), ("直接下级", "当班机械员、电子员"),
                 ("工作地点", "重庆江北航线站／贵阳龙洞堡航线站"), ("班次", "四班两运转（D/N班）"), ("适用机型", "A320系列、B737NG")],
        "duties": [
            ("组织航前、过站、航后检查，确认工作全部完成后在技术记录本上签署放行", "MOE 2.16", "技术记录本"),
            ("对故障进行MEL保留评估，签署故障保留单并通知签派", "MOE 2.18", "故障保留单"),
            ("审核当班工卡及技术记录填写的完整性和准确性", "MOE 2.13", "工卡"),
            ("与机组、签派、地服沟通航空器适航状态，及时报告不安全事件", "MOE 2.20", "事件报告单"),
            ("监督当班人员落实维修差错预防和人为因素要求，制止违章作业", "MOE 2.22", "—"),
            ("交班前填写《航线交接班记录》，向接班放行人员当面交接未关闭事项", "MOE 2.15", "交接班记录"),
        ],
        "qual": [("学历", "大专及以上"), ("专业", "飞行器维修、航空机电设备维修等相关专业"),
                 ("经验", "取得执照后从事A320或B737航线维修满3年"),
                 ("执照与证书", "CCAR-66部维修人员执照（ME类）并具有相应机型签署，持公司放行授权"),
                 ("其他", "英语能阅读AMM、MEL等英文手册")],
    },
    {
        "no": "3.2.2", "title": "机械员", "code": "LM-02",
        "grid": [("所属部门", "航线维修部"), ("直接上级", "当班航线维修放行人员"), ("直接下级", "无"),
                 ("工作地点", "重庆江北航线站／贵阳龙洞堡航线站"), ("班次", "四班两运转（D/N班）"), ("适用机型", "A320系列、B737NG")],
        "duties": [
            ("按工卡执行绕机检查，重点检查轮胎、刹车磨损指示销和发动机进气道", "MOE 2.16", "工卡"),
            ("完成加油、充氧、轮胎充气、加注液压油和滑油等勤务工作", "MOE 2.16", "勤务记录"),
            ("在放行人员指导下排除机械类故障，更换航线可更换件（LRU）", "MOE 2.17", "拆换记录"),
            ("班前班后清点个人工具箱，执行“三清点”防止工具遗留（FOD）", "MOE 2.24", "工具清点表"),
            ("冬季按程序实施除冰／防冰作业", "MOE 2.19", "除冰记录"),
        ],
        "qual": [("学历", "中专（技工学校）及以上"), ("专业", "飞机机电设备维修"),
                 ("经验", "1年以上民航维修工作经验，应届毕业生须经见习期"),
                 ("执照与证书", "持CCAR-66部ME执照者优先；须取得公司基础培训合格证"),
                 ("其他", "身体健康，无色盲色弱，能适应夜班")],
    },
    {
        "no": "3.2.3", "title": "电子员", "code": "LM-03",
        "grid": [("所属部门", "航线维修部"), ("直接上级", "当班航线维修放行人员"), ("直接下级", "无"),
                 ("工作地点", "重庆江北航线站／贵阳龙洞堡航线站"), ("班次", "四班两运转（D/N班）"), ("适用机型", "A320系列")],
        "duties": [
            ("排查航电、电气系统故障，使用CFDS／BITE进行系统自检", "MOE 2.17", "排故记录"),
            ("每28天按AIRAC周期更新FMS导航数据库，并记录数据库有效期", "MOE 2.21", "数据库更新记录"),
            ("完成机载软件加载和QAR数据下载，按时上传给工程技术部", "MOE 2.21", "数据下载单"),
            ("对机上静电敏感件（ESDS）按防静电要求拆装和包装", "MOE 2.24", "—"),
        ],
        "qual": [("学历", "大专及以上"), ("专业", "航空电子、电子信息工程等相关专业"),
                 ("经验", "__TRACKED__"),
                 ("执照与证书", "CCAR-66部维修人员执照（AV类）"),
                 ("其他", "能看懂英文线路图手册（WDM）")],
    },
    {
        "no": "3.3.1", "title": "质量审核员", "code": "QA-02",
        "grid": [("所属部门", "质量部"), ("直接上级", "质量部经理"), ("直接下级", "无"),
                 ("工作地点", "成都天府基地，定期赴各航线站"), ("班次", "常白班"), ("适用机型", "—")],
        "duties": [
            ("按年度内部审核计划对基地各车间和两个航线站实施质量审核", "MOE 1.9", "审核报告"),
            ("对审核发现的不符合项下发整改通知并跟踪关闭，验证纠正措施有效性", "MOE 1.9", "不符合项报告"),
            ("参与维修差错和不安全事件调查，编写调查报告", "MOE 2.20", "调查报告"),
            ("对外委维修单位和航材供应商进行评估审核", "MOE 2.3", "供应商评估表"),
            ("整理质量数据，按月向局方监管系统报送质量信息", "MOE 1.10", "月度质量报表"),
        ],
        "qual": [],  # see PDF
    },
    {
        "no": "3.3.2", "title": "技术文件管理员", "code": "TD-01",
        "grid": [("所属部门", "工程技术部"), ("直接上级", "工程技术部经理"), ("直接下级", "无"),
                 ("工作地点", "成都天府基地技术资料室"), ("班次", "常白班"), ("适用机型", "—")],
        "duties": [
            ("接收厂家AMM、IPC、SRM、WDM等手册的修订，在5个工作日内完成分发和换版", "MOE 2.13", "修订分发单"),
            ("控制技术文件的有效性，每月核查各使用点手册版次并回收失效版本", "MOE 2.13", "有效性核查表"),
            ("管理纸质和电子工卡的发放、回收及归档，归档工卡保存不少于2年", "MOE 2.14", "工卡归档清单"),
            ("办理技术资料的借阅登记和电子资料系统的账号权限", "MOE 2.13", "借阅登记本"),
        ],
        "qual": [],
    },
]


def gen_f1():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    header_footer(doc, "蓉翔航空技术有限公司　维修管理手册（MOE）　第3章 人员　修订号：R6",
                  "受控文件　未经质量部批准不得复制　生效日期：2025-02-01")
    doc.add_heading("第3章　人员职责与资格", level=1)
    doc.add_paragraph("本章规定航线维修部、质量部及工程技术部相关岗位的职责和资格要求，适用于" + CO + "成都天府基地及"
                      "重庆江北、贵阳龙洞堡两个航线站。定检维修部各岗位见《定检机库岗位说明》。")
    doc.add_paragraph("修订摘要（本版相对R5的变化）")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["修订号", "修订内容", "批准"]):
        set_cell(c, h, bold=True)
    for row in [
        ("R6", "3.2.1条放行人员经验要求由“取得执照后满2年”改为“满3年”；3.2.3条电子员经验要求见修订标记", "质量经理 周涛"),
        ("R5", "新增3.3.2条技术文件管理员；删除原3.4条计划员（移入《定检机库岗位说明》）", "质量经理 周涛"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)

    for post in MOE_POSTS:
        doc.add_heading(f"{post['no']}　{post['title']}", level=2)
        # fact grid: 3 pairs per row, with a merged top row carrying the code
        g = doc.add_table(rows=3, cols=6)
        g.style = "Table Grid"
        top = g.rows[0].cells[0].merge(g.rows[0].cells[5])
        set_cell(top, f"岗位编号：{post['code']}　　岗位名称：{post['title']}", bold=True)
        shade(top)
        pairs = post["grid"]
        for r in range(2):
            for k in range(3):
                lab, val = pairs[r * 3 + k]
                set_cell(g.rows[r + 1].cells[2 * k], lab, bold=True)
                set_cell(g.rows[r + 1].cells[2 * k + 1], val)
        doc.add_paragraph("岗位职责：")
        d = doc.add_table(rows=1, cols=4)
        d.style = "Table Grid"
        for c, h in zip(d.rows[0].cells, ["序号", "职责内容", "依据程序", "形成记录"]):
            set_cell(c, h, bold=True)
        for i, (txt, ref, rec) in enumerate(post["duties"], 1):
            cells = d.add_row().cells
            set_cell(cells[0], str(i))
            set_cell(cells[1], txt)
            set_cell(cells[2], ref)
            set_cell(cells[3], rec)
        if post["qual"]:
            # qualification: one merged cell holding a nested table
            q = doc.add_table(rows=2, cols=2)
            q.style = "Table Grid"
            h = q.rows[0].cells[0].merge(q.rows[0].cells[1])
            set_cell(h, "任职资格", bold=True)
            body = q.rows[1].cells[0].merge(q.rows[1].cells[1])
            body.text = ""
            nt = body.add_table(rows=0, cols=2)
            nt.style = "Table Grid"
            for lab, val in post["qual"]:
                cells = nt.add_row().cells
                set_cell(cells[0], lab, bold=True)
                if val == "__TRACKED__":
                    cells[1].text = ""
                    tracked_change(cells[1].paragraphs[0], "", "1年", "2年", "以上航线电子维修经验")
                else:
                    set_cell(cells[1], val)
        else:
            doc.add_paragraph(f"任职资格：见《质量部及技术文件岗位任职条件对照表》。")
    doc.add_heading("3.4　无损检测员", level=2)
    doc.add_paragraph("无损检测员的职责与资格由《无损检测人员资格鉴定程序》（MOE 3.9）另行规定，本章不再重复。")
    doc.add_heading("3.5　航线站站长", level=2)
    doc.add_paragraph("航线站站长由公司发文任命，其职责见公司管理手册，本章从略。")
    doc.save(OUT / F1)


# ============================================================================= F2 hangar handbook (docx, 2 text columns, text box, 略, void appendix)
F2 = "02_定检机库岗位说明.docx"


def set_columns(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml('<w:cols %s/>' % nsdecls("w"))
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "425")


def gen_f2():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10)
    header_footer(doc, "定检维修部／生产计划部　岗位说明（机库版）　DJ-GW-2025", "蓉翔航空技术有限公司　人力资源部编制")
    set_columns(doc.sections[0], 2)
    doc.add_heading("定检机库岗位说明", level=1)
    doc.add_paragraph("成都天府基地机库承担A320系列、B737NG飞机的A检、C检和结构修理任务。以下岗位均在成都天府基地机库工作，"
                      "实行“做五休二”常白班，定检高峰期按生产计划安排延时班。")

    doc.add_heading("一、结构修理工", level=2)
    p = doc.add_paragraph()
    p.add_run("结构修理工隶属定检维修部结构车间，向结构车间主任汇报。")
    text_box(p, ["岗位速写", "学历：中专及以上", "经验：3年以上飞机钣金或结构修理经验", "证书：CCAR-66部ME执照＋公司结构修理授权"])
    doc.add_paragraph("（一）依据SRM（结构修理手册）对机身蒙皮、地板梁等部位的损伤进行测量和评估，超出手册范围的损伤提交工程技术部出具修理方案。")
    doc.add_paragraph("（二）实施铆接、钣金成形和复合材料修理，按要求填写修理记录并附损伤位置图。")
    doc.add_paragraph("（三）对腐蚀部位进行打磨、测厚和防腐处理，腐蚀等级按CPCP大纲判定。")
    doc.add_paragraph("（四）使用和保管钻孔、铆接工具及复合材料热补仪，使用后交工装设备管理员检查。")
    doc.add_paragraph("任职要求：中专及以上学历，飞机结构修理或钣金专业；3年以上飞机钣金或结构修理经验；"
                      "持CCAR-66部ME执照，取得公司结构修理授权；能识读英文结构图纸。")
    doc.add_paragraph("培训大纲：略。")

    doc.add_heading("二、发动机孔探员", level=2)
    doc.add_paragraph("发动机孔探员隶属定检维修部发动机车间，直接上级为发动机车间主任，常驻成都天府基地，"
                      "航线站需要时随AOG工作组出差。")
    doc.add_paragraph("（一）按AMM和发动机厂家手册对CFM56-5B、CFM56-7B和LEAP-1A发动机实施孔探检查。")
    doc.add_paragraph("（二）测量和判读叶片、燃烧室的损伤，对接近限制值的损伤缩短复查间隔并报工程技术部。")
    doc.add_paragraph("（三）检查结束后24小时内出具孔探报告，图像资料上传发动机健康管理系统。")
    doc.add_paragraph("（四）负责孔探仪的日常保养和送检，建立孔探仪使用记录。")
    doc.add_paragraph("任职要求：大专及以上学历，航空发动机或机电类专业；2年以上发动机维修经验；"
                      "持民航孔探检测Ⅱ级资格证书，并取得公司相应发动机型号孔探授权。")

    doc.add_heading("三、生产计划员", level=2)
    doc.add_paragraph("生产计划员隶属生产计划部，负责基地定检和航线站的生产计划工作（汇报关系见岗位变更申请#142）。")
    doc.add_paragraph("（一）根据维修方案和航空公司送修计划，编制年度、月度定检计划（A检、C检）。")
    doc.add_paragraph("（二）编制定检工作包，组织工卡、航材、工装的准备，开工前3天完成工包发布。")
    doc.add_paragraph("（三）平衡各车间人力工时，跟踪定检进度，每日召开生产协调会。")
    doc.add_paragraph("（四）统计定检停场天数和工时数据，按月形成生产分析报告。")
    doc.add_paragraph("任职要求：本科及以上学历，飞行器设计、交通运输或工业工程专业；2年以上航空维修生产计划或工程管理经验；熟练使用AMOS维修管理系统。")

    doc.add_heading("四、喷漆工", level=2)
    doc.add_paragraph("飞机喷漆业务由外委单位承担，本说明不规定喷漆工岗位。")

    doc.add_heading("附录B　2022版机械员任职要求（已作废，仅供追溯）", level=2)
    doc.add_paragraph("【作废】原机械员任职要求：高中及以上学历；工作经验不限；需持有电工证。自2024年7月起以MOE第3章为准。")
    doc.save(OUT / F2)


# ============================================================================= F3 KPI library (xlsx)
F3 = "03_KPI指标库_2025版.xlsx"
KPI = {
    "航线维修部": [
        ("航线维修放行人员", [
            ("安全质量", "放行差错次数", "因放行签署错误导致的差错事件次数", 30, "0次", "0次", "质量部差错台账"),
            ("运行保障", "航班正点保障率", "（保障航班数－因维修原因延误航班数）÷保障航班数×100%", 25, "≥99.5%", "≥99.3%", "运控系统"),
            ("运行保障", "故障保留按期关闭率", "按期关闭的保留故障数÷到期保留故障数×100%", 20, "100%", "100%", "故障保留台账"),
            ("记录管理", "技术记录差错率", "有差错的技术记录页数÷抽查页数×100%", 15, "≤0.5%", "≤0.5%", "质量部抽查"),
            ("能力建设", "复训按期完成率", "按期完成的复训课程数÷应完成课程数×100%", 10, "100%", "100%", "培训档案"),
        ]),
        ("机械员", [
            ("安全质量", "工具遗留事件次数", "发生工具、物品遗留在航空器上的事件次数", 30, "0次", "0次", "质量部"),
            ("运行保障", "勤务及时率", "按时完成的勤务项目数÷勤务项目总数×100%", 30, "≥99%", "≥99%", "航线交接班记录"),
            ("记录管理", "工卡填写合格率", "填写合格工卡数÷抽查工卡数×100%", 25, "≥98%", "≥98%", "质量部抽查"),
            ("能力建设", "培训考试通过率", "通过考试次数÷参考次数×100%", 15, "100%", "100%", "培训档案"),
        ]),
    ],
    "定检维修部": [
        ("结构修理工", [
            ("安全质量", "结构修理返工率", "返工修理项目数÷完成修理项目数×100%", 30, "≤1%", "≤1%", "质量部"),
            ("效率", "工时定额完成率", "实际完成定额工时÷计划定额工时×100%", 25, "≥95%", "≥92%", "AMOS工时统计"),
            ("安全质量", "腐蚀漏检次数", "下一检查周期发现的本次应检出腐蚀项数", 25, "0次", "0次", "工程技术部"),
            ("现场管理", "6S检查得分", "月度6S检查平均得分", 20, "≥90分", "≥90分", "车间检查表"),
        ]),
        ("发动机孔探员", [
            ("安全质量", "孔探漏检次数", "后续检查或拆发发现的本次应检出损伤项数", 35, "0次", "0次", "工程技术部"),
            ("效率", "孔探报告及时率", "24小时内提交的报告数÷孔探次数×100%", 25, "100%", "100%", "发动机健康管理系统"),
            ("安全质量", "损伤判读准确率", "复核一致的判读结论数÷判读结论总数×100%", 25, "≥98%", "≥98%", "工程技术部复核"),
            ("设备管理", "孔探仪完好率", "孔探仪完好台日数÷总台日数×100%", 15, "≥97%", "≥97%", "工装设备台账"),
        ]),
        ("生产计划员", [
            ("计划管理", "定检按期出厂率", "按计划日期出厂的架次÷定检总架次×100%", 35, "≥95%", "≥93%", "生产计划部"),
            ("计划管理", "工包发布及时率", "开工前3天发布的工包数÷工包总数×100%", 25, "100%", "100%", "AMOS"),
            ("计划管理", "计划变更次数", "月度非客户原因的计划调整次数", 20, "≤2次", "≤2次", "生产计划部"),
            ("协同", "停场天数偏差", "实际停场天数－计划停场天数", 20, "≤0.5天", "≤1天", "生产分析报告"),
        ]),
    ],
    "保障部门": [
        ("航材管理员", [
            ("准确性", "账实相符率", "盘点账实相符的项数÷盘点项数×100%", 30, "≥99.8%", "≥99.8%", "年度盘点"),
            ("时效", "AOG航材响应时间", "接到AOG需求至航材出库的平均时长", 30, "≤2小时", "≤2.5小时", "航材系统"),
            ("合规", "过期时寿件发放次数", "发放超过时限或寿命的航材次数", 25, "0次", "0次", "质量部"),
            ("合规", "适航标签核查合格率", "核查合格的入库件数÷入库件数×100%", 15, "100%", "100%", "航材系统"),
        ]),
        ("工装设备管理员", [
            ("合规", "计量器具超期使用次数", "使用超过校验有效期的计量器具的次数", 35, "0次", "0次", "计量台账"),
            ("安全", "工具丢失事件次数", "工具借出后未按时归还且无法找回的次数", 30, "0次", "0次", "工具借还系统"),
            ("准确性", "工装账卡物一致率", "账卡物一致的工装数÷抽查工装数×100%", 20, "≥99%", "≥99%", "月度抽查"),
            ("服务", "工装借用满意度", "车间对工装借用服务的满意度评分", 15, "≥90分", "≥90分", "季度问卷"),
        ]),
    ],
}
KPI_OLD = [  # 2023版(停用)
    ("航线维修放行人员", "放行差错次数", 40, "≤1次"),
    ("航线维修放行人员", "航班正点保障率", 30, "≥99%"),
    ("航线维修放行人员", "客户投诉次数", 30, "≤1次"),
]

FILL = PatternFill("solid", fgColor="DDEBF7")
BOLD = Font(bold=True)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def gen_f3():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for r in [["蓉翔航空技术有限公司　岗位KPI指标库（2025版）"],
              ["1. 本指标库按部门分页，每个岗位的权重合计为100%。"],
              ["2. 目标值按机型分列：A320系列（含A321）与B737NG，岗位兼修两种机型时按当月主修机型考核。"],
              ["3. 放行差错次数、工具遗留事件次数、过期时寿件发放次数为否决项：发生1次当月KPI得分为0。"],
              ["4. “2023版（停用）”工作表仅供对比，不再使用。"]]:
        ws.append(r)
    for dept, posts in KPI.items():
        s = wb.create_sheet(dept)
        s.merge_cells("A1:H1")
        s["A1"] = f"{dept}岗位KPI指标（2025版）"
        s["A1"].font = Font(bold=True, size=13)
        s["A1"].alignment = CENTER
        heads = ["岗位", "指标类别", "指标名称", "计算公式／定义", "权重（%）", "目标值", None, "数据来源"]
        s.append(heads)
        s.append([None, None, None, None, None, "A320系列", "B737NG", None])
        for col in "ABCDEH":
            s.merge_cells(f"{col}2:{col}3")
        s.merge_cells("F2:G2")
        for row in s.iter_rows(min_row=2, max_row=3):
            for c in row:
                c.font = BOLD
                c.fill = FILL
                c.alignment = CENTER
        r = 4
        for post, inds in posts:
            start = r
            for cat, name, formula, w, t1, t2, src in inds:
                s.cell(r, 2, cat)
                s.cell(r, 3, name)
                s.cell(r, 4, formula)
                s.cell(r, 5, w)
                s.cell(r, 6, t1)
                s.cell(r, 7, t2)
                s.cell(r, 8, src)
                r += 1
            s.cell(start, 1, post)
            s.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            s.cell(start, 1).alignment = CENTER
            s.cell(r, 3, "权重合计")
            s.cell(r, 5, f"=SUM(E{start}:E{r - 1})")
            s.cell(r, 3).font = BOLD
            r += 1
        for col, wdt in zip("ABCDEFGH", [16, 10, 20, 44, 10, 12, 12, 18]):
            s.column_dimensions[col].width = wdt
    old = wb.create_sheet("2023版（停用）")
    old.append(["【停用】2023版航线KPI，自2025年1月起废止"])
    old.append(["岗位", "指标", "权重", "目标"])
    for row in KPI_OLD:
        old.append(list(row))
    wb.save(OUT / F3)


# ============================================================================= F4 staffing & pay (xlsx)
F4 = "04_定岗定编与薪酬带宽.xlsx"
STAFF = [
    # post, dept, boss, base, ckg, kwe, shift, low, high
    ("航线维修放行人员", "航线维修部", "航线站站长", 0, 8, 6, "L4", 14000, 20000),
    ("机械员", "航线维修部", "当班航线维修放行人员", 0, 16, 12, "L4", 7000, 10000),
    ("电子员", "航线维修部", "当班航线维修放行人员", 0, 8, 6, "L4", 8000, 11500),
    ("结构修理工", "定检维修部", "结构车间主任", 18, 0, 0, "H1", 8500, 13000),
    ("发动机孔探员", "定检维修部", "发动机车间主任", 4, 0, 0, "H1", 10000, 15000),
    ("生产计划员", "生产计划部", "生产计划主管", 5, 1, 1, "D1", 8000, 12000),
    ("航材管理员", "航材部", "航材部经理", 6, 2, 2, "D1/L2", 6500, 9000),
    ("工装设备管理员", "生产保障部", "生产保障部经理", 3, 1, 1, "D1", 6500, 9000),
    ("技术文件管理员", "工程技术部", "工程技术部经理", 2, 0, 0, "D1", 6000, 8500),
    ("工程师（技术支援）", "工程技术部", "工程技术部经理", 8, 1, 1, "D1+OC", 15000, 22000),
    ("质量审核员", "质量部", "质量部经理", 4, 0, 0, "D1", 11000, 16000),
    ("培训管理员", "人力资源部", "培训中心主任", 2, 0, 0, "D1", None, None),
]
LIC = ["CCAR-66 ME执照", "CCAR-66 AV执照", "机型签署", "孔探Ⅱ级", "危险品培训合格证", "内审员证书"]
LICM = {
    "航线维修放行人员": ["●", "○", "●", "—", "—", "—"],
    "机械员": ["○", "—", "—", "—", "—", "—"],
    "电子员": ["—", "●", "○", "—", "—", "—"],
    "结构修理工": ["●", "—", "—", "—", "—", "—"],
    "发动机孔探员": ["○", "—", "—", "●", "—", "—"],
    "航材管理员": ["—", "—", "—", "—", "●", "—"],
    "质量审核员": ["●", "—", "—", "—", "—", "●"],
}


def gen_f4():
    wb = Workbook()
    s = wb.active
    s.title = "定岗定编"
    s.merge_cells("A1:J1")
    s["A1"] = "2025年定岗定编及月薪带宽（单位：人、元／月，税前）"
    s["A1"].font = Font(bold=True, size=13)
    s.append(["岗位", "所属部门", "直接上级", "编制（人）", None, None, "班次代码", "月薪带宽（元）", None, "备注"])
    s.append([None, None, None, "成都天府基地", "重庆江北站", "贵阳龙洞堡站", None, "下限", "上限", None])
    for col in "ABCGJ":
        s.merge_cells(f"{col}2:{col}3")
    s.merge_cells("D2:F2")
    s.merge_cells("H2:I2")
    for row in s.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = BOLD
            c.fill = FILL
            c.alignment = CENTER
    for post, dept, boss, b, c, k, sh, lo, hi in STAFF:
        note = ""
        if post == "培训管理员":
            note = "薪资待人力资源部核定"
        if post == "工程师（技术支援）":
            note = "又称技术支援工程师；含AOG值班"
        s.append([post, dept, boss, b or None, c or None, k or None, sh, lo, hi, note])
    for col, wdt in zip("ABCDEFGHIJ", [18, 12, 20, 12, 12, 14, 10, 10, 10, 26]):
        s.column_dimensions[col].width = wdt
    m = wb.create_sheet("执照证书矩阵")
    m.append(["岗位＼证书"] + LIC)
    for post, marks in LICM.items():
        m.append([post] + marks)
    m.append(["图例：●必须持有　○优先　—不要求"])
    sc = wb.create_sheet("班次代码")
    sc.append(["代码", "名称", "时间", "适用"])
    for row in [("L4", "四班两运转", "D班08:00-20:00／N班20:00-次日08:00，做二休二", "航线站"),
                ("H1", "机库常白班", "08:30-17:30，做五休二，定检高峰延时", "成都天府基地机库"),
                ("D1", "行政常白班", "08:30-17:30，做五休二", "职能部门"),
                ("L2", "航线站白班", "07:00-19:00，做五休二", "航线站航材库"),
                ("OC", "AOG值班", "每周轮值，手机24小时待命", "工程技术部")]:
        sc.append(list(row))
    wb.save(OUT / F4)


# ============================================================================= F5 requisition CSV
F5 = "05_社会招聘需求汇总_2025Q2.csv"
REQ_HEAD = ["需求编号", "岗位", "部门", "工作地点", "学历", "专业", "经验(年)", "证书", "月薪(元)", "岗位职责", "任职要求补充", "状态"]
REQS = [
    ["RX-2025-031", "航线维修放行人员", "航线维修部", "重庆江北航线站", "大专", "飞行器维修", "3", "CCAR-66 ME执照+A320机型签署",
     "14000-20000", "①航前/过站/航后检查及放行；②MEL故障保留；③技术记录审核", "有B737NG签署者优先", "招聘中"],
    ["RX-2025-032", "机械员", "航线维修部", "贵阳龙洞堡航线站", "中专", "飞机机电设备维修", "1", "ME执照优先",
     "7000-10000", "①绕机检查；②勤务；③LRU更换", "能适应夜班", "招聘中"],
    ["RX-2025-027", "电子员", "航线维修部", "重庆江北航线站", "大专", "航空电子", "1", "AV执照",
     "7500-10500", "①航电排故；②导航数据库更新", "—", "已关闭（2025-03 已招满）"],
    ["RX-2025-035", "结构修理工", "定检维修部", "成都天府基地", "中专", "飞机结构修理", "3", "ME执照+结构修理授权",
     "8500-13000", "①SRM损伤评估；②铆接及复合材料修理；③腐蚀防护", "有A320 C检结构修理经历优先", "招聘中"],
    ["RX-2025-038", "航材管理员", "航材部", "贵阳龙洞堡航线站", "大专", "物流管理", "2", "危险品培训合格证",
     "6500-9000", "①收发料；②时寿件管控；③适航标签核查", "能接受航线站白班", "招聘中"],
    ["RX-2025-040", "培训管理员", "人力资源部", "成都天府基地", "本科", "人力资源管理、教育学", "2", "—",
     "", "①编制年度培训计划；②人员资质到期提醒；③培训档案管理", "有CCAR-147或145培训管理经验优先", "招聘中"],
    ["RX-2025-041", "工程师（技术支援）", "工程技术部", "成都天府基地", "本科", "飞行器设计、动力工程", "3", "CET-6",
     "15000-22000", "①AOG技术支援；②EO编写；③AD/SB评估", "参加AOG值班", "招聘中"],
]


def gen_f5():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(REQ_HEAD)
    for r in REQS:
        w.writerow(r)
    (OUT / F5).write_bytes(buf.getvalue().encode("utf-8-sig"))


# ============================================================================= F6 careers page: ARIA role=table cards
F6 = "06_蓉翔航技_加入我们.html"


def aria_card(anchor, title, facts, duties, reqs):
    rows = "\n".join(
        f'      <div role="row"><span role="rowheader">{k}</span><span role="cell">{v}</span></div>' for k, v in facts)
    dl = "\n".join(f"          <li>{d}</li>" for d in duties)
    rl = "\n".join(f"          <li>{d}</li>" for d in reqs)
    return f"""  <article class="job" id="{anchor}">
    <div role="table" aria-label="{title}">
      <div role="row" class="cap"><span role="columnheader">{title}</span></div>
{rows}
      <div role="row"><span role="rowheader">你将负责</span><span role="cell"><ol>
{dl}
        </ol></span></div>
      <div role="row"><span role="rowheader">我们期待</span><span role="cell"><ul>
{rl}
        </ul></span></div>
    </div>
    <a class="apply" href="#apply-{anchor}">投递简历</a>
  </article>"""


def gen_f6():
    cards = [
        aria_card("tse", "技术支援工程师",
                  [("部门", "工程技术部"), ("地点", "成都天府基地"), ("汇报对象", "工程技术部经理"), ("薪资", "15-22K·14薪")],
                  ["为航线站和机库提供疑难故障排除技术支援，参加AOG值班（手机24小时待命）",
                   "编写工程指令（EO）和非例行工卡，解答一线技术问题",
                   "评估适航指令（AD）和服务通告（SB）的适用性并制定执行方案",
                   "开展机队可靠性分析，每季度输出重复故障分析报告"],
                  ["本科及以上学历，飞行器设计、动力工程或电子工程专业",
                   "3年以上航空器维修工程技术经验",
                   "英语CET-6，能独立阅读和撰写英文技术资料",
                   "持CCAR-66部执照者优先"]),
        aria_card("bsi", "发动机孔探员",
                  [("部门", "定检维修部·发动机车间"), ("地点", "成都天府基地（需出差至航线站）"), ("汇报对象", "发动机车间主任"),
                   ("薪资", "10-15K")],
                  ["执行CFM56、LEAP-1A发动机孔探检查",
                   "判读损伤并出具孔探报告"],
                  ["持民航孔探检测Ⅱ级资格证书", "2年以上发动机维修经验"]),
        aria_card("crs", "航线维修放行人员（贵阳）",
                  [("部门", "航线维修部"), ("地点", "贵阳龙洞堡航线站"), ("汇报对象", "贵阳龙洞堡航线站站长"),
                   ("薪资", "14-20K")],
                  ["负责航前、过站、航后检查的组织和放行签署",
                   "处理MEL故障保留"],
                  ["持CCAR-66部ME执照及A320机型签署", "取得执照后航线维修满3年"]),
    ]
    html_doc = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 | {CO}</title>
<style>
  .job [role=row] {{ display: grid; grid-template-columns: 8em 1fr; }}
  .job .cap {{ font-weight: bold; font-size: 1.2em; }}
  nav, footer {{ color: #888; }}
</style>
</head>
<body>
<nav><a href="/">首页</a> · <a href="/about">关于蓉翔</a> · <a href="/jobs">加入我们</a></nav>
<h1>加入我们：和我们一起守护每一次安全起降</h1>
<p>{CO}是经中国民航局批准的CCAR-145部维修单位，在成都天府国际机场建有双机位机库，在重庆江北、贵阳龙洞堡机场设有航线维修站。</p>
<section class="jobs">
{chr(10).join(cards)}
</section>
<footer>© 2025 {CO}　川ICP备2025000000号　招聘邮箱：hr@rxat.example.com</footer>
</body>
</html>
"""
    (OUT / F6).write_text(html_doc, encoding="utf-8")


# ============================================================================= F7 PDF: posts as columns + 质量部 KPI
F7 = "07_质量部及技术文件岗位任职条件对照表.pdf"


def gen_f7():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "WQY"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    h = ParagraphStyle("h", fontName=font, fontSize=14, leading=20)
    b = ParagraphStyle("b", fontName=font, fontSize=9.5, leading=14)
    c = ParagraphStyle("c", fontName=font, fontSize=8.5, leading=11)
    story = [Paragraph("质量部及技术文件岗位任职条件对照表（RX-HR-QD-07，2025年3月）", h), Spacer(1, 6),
             Paragraph("一、任职条件（岗位按列排列，各行为条件项目）", b), Spacer(1, 4)]
    cols = ["项目", "质量审核员", "技术文件管理员", "培训管理员"]
    rows = [
        ("所属部门", "质量部", "工程技术部", "人力资源部培训中心"),
        ("直接上级", "质量部经理", "工程技术部经理", "培训中心主任"),
        ("学历", "本科及以上", "大专及以上", "本科及以上"),
        ("专业", "航空工程类", "档案管理或航空维修", "人力资源管理或教育学"),
        ("工作经验", "5年以上维修经验，其中质量管理2年", "1年以上文档管理经验", "2年以上培训管理经验"),
        ("证书", "CCAR-66执照、CCAR-145内审员证书", "无硬性要求", "无硬性要求"),
        ("其他", "能适应出差（每季度赴航线站）", "英语四级，熟悉手册修订规则", "熟悉CCAR-145人员资质要求"),
    ]
    data = [[Paragraph(x, c) for x in cols]] + [[Paragraph(x, c) for x in r] for r in rows]
    t = Table(data, colWidths=[60, 140, 130, 140])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7"))]))
    story += [t, Spacer(1, 10)]
    story.append(Paragraph("二、培训管理员主要职责", b))
    for i, d in enumerate([
        "编制年度培训计划，组织机型培训、复训和人为因素培训的实施。",
        "维护人员资质数据库，在执照、授权到期前60天发出复训提醒。",
        "建立和保管个人培训档案，培训记录保存期限不少于人员离职后2年。",
        "联系外部CCAR-147培训机构，办理送培和费用结算。",
    ], 1):
        story.append(Paragraph(f"{i}. {d}", b))
    story.append(Spacer(1, 10))
    story.append(Paragraph("三、质量部月度KPI（适用于质量审核员）", b))
    kdata = [["指标", "权重", "目标值", "说明"],
             ["内审计划完成率", "30%", "100%", "按年度审核计划"],
             ["不符合项按期关闭率", "30%", "≥95%", "跟踪至验证关闭"],
             ["差错调查报告及时率", "20%", "100%", "事件后15日内"],
             ["局方检查发现项数", "20%", "≤2项", "每年度累计"]]
    kt = Table([[Paragraph(x, c) for x in r] for r in kdata], colWidths=[130, 50, 60, 130])
    kt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(kt)
    story.append(Spacer(1, 8))
    story.append(Paragraph("注：技术文件管理员、培训管理员的考核指标由所在部门另行制定。", b))
    SimpleDocTemplate(str(OUT / F7), pagesize=A4, leftMargin=50, rightMargin=50).build(story)


# ============================================================================= F8 Markdown: change request issue with diff
F8 = "08_岗位变更申请_#142_生产计划员.md"


def gen_f8():
    md = """# #142 岗位变更申请：生产计划员汇报关系及班次调整

**状态**：已批准 ✅　　**申请人**：@wang.planning（生产计划部）　　**审批**：@hr.zhang、@ops.li

## 背景

2025年起重庆江北、贵阳龙洞堡两个航线站各设1名生产计划员，原“定检维修部经理直管”的方式已不适用，需要统一到生产计划部。

## 变更内容

```diff
 岗位名称：生产计划员
 所属部门：生产计划部
- 直接上级：定检维修部经理
+ 直接上级：生产计划主管
- 班次：做六休一
+ 班次：常白班（做五休二），定检高峰期按需延时
 工作地点：成都天府基地（航线站计划员驻重庆江北、贵阳龙洞堡）
```

## 现行职责（不变，摘自《定检机库岗位说明》）

- [x] 编制年度、月度定检计划（A检、C检）
- [x] 编制定检工作包，开工前3天发布
- [x] 平衡各车间人力工时，跟踪定检进度
- [x] 统计停场天数和工时，按月形成生产分析报告

## 讨论

> **@hr.zhang**：同意。变更自 **2025-03-01** 起生效，薪资带宽不变（8000–12000元/月）。
>
> **@ops.li**：航线站计划员还要负责航线站的航材需求提报，请在下次修订岗位说明时补上。

/label ~岗位变更 ~已生效
"""
    (OUT / F8).write_text(md, encoding="utf-8")


# ============================================================================= F9 GBK text with dot leaders
F9 = "09_航材及工装岗位说明.txt"


def gen_f9():
    txt = """蓉翔航空技术有限公司
航材部、生产保障部岗位说明（2025年版）

一、航材管理员
岗位名称……………………航材管理员
所属部门……………………航材部
直接上级……………………航材部经理
工作地点……………………成都天府基地航材库，重庆江北、贵阳龙洞堡航线站航材库
班　　次……………………基地常白班；航线站航材库白班07:00-19:00
学　　历……………………大专及以上
专　　业……………………物流管理、航空维修相关专业
工作经验……………………2年以上航材或仓储管理经验
证　　书……………………危险品运输培训合格证
主要职责：
　■ 办理航材收料、发料和退料，及时在航材系统中录入出入库信息
　■ 管控时寿件和有寿件，提前30天预警到期件，禁止发放过期件
　■ 入库时核查适航标签（AAC-038、FAA 8130-3或EASA Form 1）与实物一致
　■ 隔离存放不可用件并挂红色标签，按月办理送修或报废
　■ 每季度组织库存盘点，配合AOG紧急调件

二、工装设备管理员
岗位名称……………………工装设备管理员
所属部门……………………生产保障部
直接上级……………………生产保障部经理
工作地点……………………成都天府基地工具间
班　　次……………………常白班
学　　历……………………中专及以上
工作经验……………………1年以上工具或设备管理经验
证　　书……………………计量器具管理培训合格证
主要职责：
　■ 管理工具、工装和地面设备的借还登记，执行借用工具“一借一还”
　■ 编制计量器具周检计划，按期送检并粘贴校验合格标签
　■ 对地面设备（千斤顶、电源车、工作梯）进行日常点检和维护保养
　■ 工具丢失时立即报告并启动FOD排查程序
　■ 建立工装设备台账，做到账、卡、物一致

附：2025年4月1日起，贵阳龙洞堡航线站航材管理员的直接上级调整为贵阳龙洞堡航线站站长，其他站点不变。
"""
    (OUT / F9).write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ============================================================================= F10 UTF-16 policy
F10 = "10_航线维修站值班与交接班管理规定.txt"


def gen_f10():
    txt = """航线维修站值班与交接班管理规定
（RX-LM-ZD-03　2025年第2版）

第一条　为保证航线维修工作连续、可控，制定本规定。本规定适用于重庆江北航线站和贵阳龙洞堡航线站。
第二条　航线站实行四班两运转，班次时间如下：
班次\t时间\t在岗人员
D班\t08:00-20:00\t放行人员、机械员、电子员
N班\t20:00-次日08:00\t放行人员、机械员、电子员
第三条　每个班次至少安排1名航线维修放行人员在岗；夜间航后工作量大时由站长增派机械员。
第四条　交接班须在班次结束前30分钟开始，交接双方当面核对未关闭的故障保留、工具清点和航材借用情况，并在《航线交接班记录》上签字。
第五条　交接班期间发生的航班保障工作由交班人员负责完成。
第六条　值班人员不得擅自离岗；确需离岗的，须经当班放行人员同意并安排替班。
第七条　加班、夜班补贴和调休按公司《考勤与薪酬管理办法》执行，本规定不作规定。
第八条　本规定由航线维修部负责解释，自2025年1月1日起施行。
"""
    (OUT / F10).write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    gen_f1(); gen_f2(); gen_f3(); gen_f4(); gen_f5(); gen_f6(); gen_f7(); gen_f8(); gen_f9(); gen_f10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
