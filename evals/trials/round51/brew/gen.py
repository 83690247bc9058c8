"""Round 51 / brew: 青岚啤酒集团有限公司 — 10 HR documents in layouts earlier rounds did not use.

Run: T51_OUT=/tmp/t51brew/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T51_OUT and ground_truth.json next to this script.
"""
import csv
import io
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(os.environ.get("T51_OUT", "/tmp/t51brew/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "青岚啤酒集团有限公司"
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

GT = {}  # file -> what it says


def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- 01 docx: 修订对照表 (old | new side by side)
def doc01():
    name = "01_酿造中心岗位说明书修订对照表.docx"
    doc = Document()
    set_cjk(doc)
    header_footer(doc, f"{CO}　　受控文件　编号：QL-HR-JD-2025-03",
                  "人力资源部编制　酿造中心会签　2025年3月发布")
    t = doc.add_paragraph()
    r = t.add_run("酿造中心岗位说明书修订对照表（2022版→2025版）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(
        "说明：为配合糖化车间二期扩建和“四班三运转”倒班制度的实施，人力资源部会同酿造中心对糖化工、发酵工两个岗位的"
        "说明书进行了修订。下表左栏为2022版（自2025年4月1日起废止），右栏为2025版（现行），以右栏为准。"
        "“修订说明”栏仅作解释，不构成岗位要求。")
    doc.add_paragraph(
        "糖化班长、发酵班长均向酿造车间主任汇报；酿造车间主任、糖化班长的岗位说明书另行制定，不在本次修订范围内。")

    posts = {
        "糖化工": {
            "basic": [
                ("岗位名称", "糖化工", "糖化工", "无变化"),
                ("所属部门", "酿造中心糖化车间", "酿造中心糖化车间", "—"),
                ("直接上级", "酿造车间主任", "糖化班长（2025年新设）", "增设班长层级"),
                ("直接下属", "无", "无", "—"),
                ("学历要求", "初中及以上", "高中、中专及以上", "提高学历门槛"),
                ("专业要求", "不限", "食品工程、发酵工程、生物工程相关专业优先", "新增"),
                ("工作经验", "不限", "1年以上食品或饮料生产经验", "新增"),
                ("证书要求", "无", "持锅炉或压力容器操作证者优先", "糖化锅、煮沸锅属压力容器"),
                ("工作班次", "长白班", "四班三运转（早、中、夜三班，四个班组轮换）", "按《倒班与班次管理规定》执行"),
                ("工作地点", "江宁酿造基地", "江宁酿造基地糖化车间", "—"),
            ],
            "duties": [
                ("按配料单完成麦芽、大米的称量与投料",
                 "按糖化工艺卡完成麦芽、大米的称量、粉碎与投料，投料偏差控制在±0.5%以内", "增加偏差要求"),
                ("操作糖化锅、糊化锅", "操作糊化锅、糖化锅和过滤槽，按工艺曲线控制各阶段温度与保温时间", "增加过滤槽"),
                ("煮沸时添加酒花", "控制麦汁煮沸强度与时间，按配方分次添加酒花", "—"),
                ("填写生产记录", "每批测定麦汁浓度、pH值并如实填写糖化批次记录", "明确检测项目"),
                ("（无）", "负责回旋沉淀槽排渣及麦糟输送，保持糟仓周边清洁", "新增"),
                ("（无）", "完成糖化设备的CIP清洗和班前点检，发现异常立即报告糖化班长", "新增"),
                ("服从安排", "参加班组安全活动，严格执行交接班制度", "—"),
            ],
        },
        "发酵工": {
            "basic": [
                ("岗位名称", "发酵工", "发酵工", "无变化"),
                ("所属部门", "酿造中心发酵车间", "酿造中心发酵车间", "—"),
                ("直接上级", "酿造车间主任", "发酵班长（2025年新设）", "增设班长层级"),
                ("直接下属", "无", "无", "—"),
                ("学历要求", "初中及以上", "高中或中专及以上", "提高学历门槛"),
                ("专业要求", "不限", "生物工程、微生物相关专业优先", "新增"),
                ("工作经验", "不限", "1年以上发酵或酿造岗位经验", "新增"),
                ("证书要求", "无", "无特殊要求", "—"),
                ("工作班次", "长白班", "四班三运转", "按《倒班与班次管理规定》执行"),
                ("工作地点", "江宁酿造基地", "江宁酿造基地发酵车间（露天罐区）", "—"),
            ],
            "duties": [
                ("接种酵母", "负责冷麦汁充氧和酵母添加，控制满罐时间与接种温度", "—"),
                ("监控罐温", "每班巡检发酵罐温度、压力，按发酵曲线调整冷媒阀门", "增加压力监控"),
                ("取样化验", "每日取样检测外观糖度、双乙酰，数据异常及时上报发酵班长", "明确检测项目"),
                ("配合酵母回收", "REV", "见修订记录"),
                ("（无）", "配合清酒过滤岗位完成转罐和清酒罐备酒", "新增"),
                ("清洗罐体", "负责发酵罐及管路的CIP清洗，并做好清洗记录", "—"),
            ],
        },
    }
    for idx, (post, d) in enumerate(posts.items(), 1):
        doc.add_paragraph()
        h = doc.add_paragraph()
        h.add_run(f"表{idx}　{post}岗位说明书修订对照").bold = True
        rows = 1 + 1 + len(d["basic"]) + 1 + len(d["duties"])
        tb = doc.add_table(rows=rows, cols=4)
        tb.style = "Table Grid"
        hdr = ["条目", "2022版（已废止）", "2025版（现行）", "修订说明"]
        for i, x in enumerate(hdr):
            tb.cell(0, i).text = x
            shade(tb.cell(0, i))
        r = 1
        c = tb.cell(r, 0).merge(tb.cell(r, 3))
        c.text = "一、基本信息"
        shade(c, "F2F2F2")
        r += 1
        for row in d["basic"]:
            for i, x in enumerate(row):
                tb.cell(r, i).text = x
            r += 1
        c = tb.cell(r, 0).merge(tb.cell(r, 3))
        c.text = "二、岗位职责"
        shade(c, "F2F2F2")
        r += 1
        for n, (old, new, note) in enumerate(d["duties"], 1):
            tb.cell(r, 0).text = f"职责{n}"
            tb.cell(r, 1).text = old
            tb.cell(r, 3).text = note
            if new == "REV":
                p = tb.cell(r, 2).paragraphs[0]
                p._p.append(parse_xml(
                    f'<w:del {nsdecls("w")} w:id="1" w:author="王蕾" w:date="2025-03-12T10:00:00Z">'
                    '<w:r><w:delText>配合</w:delText></w:r></w:del>'))
                p._p.append(parse_xml(
                    f'<w:ins {nsdecls("w")} w:id="2" w:author="王蕾" w:date="2025-03-12T10:00:00Z">'
                    '<w:r><w:t>负责</w:t></w:r></w:ins>'))
                p.add_run("酵母回收、排放与活性检测，回收酵母代数不超过6代")
            else:
                tb.cell(r, 2).text = new
            r += 1
    doc.add_paragraph()
    doc.add_paragraph("〔修订记录〕2025-03-12 王蕾（人力资源部）：发酵工职责4“配合酵母回收”改为“负责酵母回收”，"
                      "并增加“回收酵母代数不超过6代”，经酿造中心确认。")
    doc.add_paragraph("附：2022版同时收录的“麦汁冷却工”岗位已于2023年并入糖化工，不再单独设岗。")
    doc.save(OUT / name)
    GT[name] = {
        "layout": "docx: revision compare table per post, 条目 | 2022版（已废止）| 2025版（现行）| 修订说明; section rows merged "
                  "across; header/footer with control number; real w:del/w:ins in 发酵工 duty 4; 修订记录 paragraph",
        "current": {p: {"basic": {b[0]: b[2] for b in d["basic"]},
                        "duties": [x[1] if x[1] != "REV" else "负责酵母回收、排放与活性检测，回收酵母代数不超过6代"
                                   for x in d["duties"]]} for p, d in posts.items()},
        "superseded": {p: {b[0]: b[1] for b in d["basic"]} for p, d in posts.items()},
        "named_only": ["酿造车间主任", "糖化班长", "发酵班长", "麦汁冷却工（已并入糖化工）"],
    }


# ---------------------------------------------------------------- 02 docx: 岗位分析问卷 (job-analysis questionnaire)
def textbox_par(doc, text):
    p = doc.add_paragraph()
    p._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
        '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0pt;'
        'width:170pt;height:48pt;z-index:1;mso-position-horizontal-relative:margin">'
        '<v:textbox><w:txbxContent><w:p><w:r><w:t>' + text + '</w:t></w:r></w:p></w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>'))


def doc02():
    name = "02_岗位分析问卷（设备维修钳工、化验员）.docx"
    doc = Document()
    set_cjk(doc)
    header_footer(doc, f"{CO}　人力资源部　工作分析项目（2025）", "问卷内容仅用于岗位说明书编制，请如实填写")
    t = doc.add_paragraph()
    r = t.add_run("岗位分析问卷（任职者填写）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    textbox_par(doc, "填写说明：本问卷由任职者本人填写，“人力资源部核定意见”为最终口径。")

    qs = [
        {
            "who": ("刘建国", "2025-05-08", "设备维修钳工", "灌装包装车间设备组"),
            "answers": [
                ("Q1．请简要说明您的岗位为什么存在？", "保障灌装线及公用设备稳定运行，减少非计划停机。"),
                ("Q2．您的直接上级是谁？", "设备主管"),
                ("Q3．您是否管理他人？如是，请写明。", "不直接管理他人；带教1名学徒。"),
            ],
            "tasks": [
                ("灌装线（洗瓶机、灌装机、杀菌机、贴标机）日常巡检与故障抢修", "40%", "每班"),
                ("按预防性维护计划对设备进行润滑、紧固和易损件更换", "25%", "每周"),
                ("填写维修记录和设备履历，分析重复故障原因", "10%", "每次维修后"),
                ("备件的申领、旧件回收及库存提报", "10%", "每周"),
                ("配合设备技改与新设备安装调试", "10%", "不定期"),
                ("参加夜间轮值备班，接到报修后30分钟内到场", "5%", "轮值"),
            ],
            "answers2": [
                ("Q5．您认为胜任本岗位最低需要什么学历和专业？", "中专或技校及以上，机电一体化、机械维修相关专业。"),
                ("Q6．需要多少年相关工作经验？", "2年以上设备维修经验。"),
                ("Q7．需要哪些证书？", "钳工中级及以上职业技能等级证书；低压电工作业证（特种作业操作证）。"),
                ("Q8．您的工作时间或班次？", "常白班8:00-17:00，另参加夜间轮值备班（每月约6次）。"),
                ("Q9．您的工作环境如何？", "车间噪音较大，夏季高温潮湿，需佩戴耳塞和劳保鞋。"),
            ],
            "hr": "人力资源部核定意见：1．工作经验要求核定为“3年以上设备维修经验”，不采用任职者填写的2年；"
                  "2．其余内容按任职者填写执行。核定人：王蕾　2025-05-20",
        },
        {
            "who": ("陈思雨", "2025-05-09", "化验员", "质量中心化验室"),
            "answers": [
                ("Q1．请简要说明您的岗位为什么存在？", "对原辅料、半成品和成品进行理化与微生物检验，为产品放行提供数据。"),
                ("Q2．您的直接上级是谁？", "化验室主任"),
                ("Q3．您是否管理他人？如是，请写明。", "否。"),
            ],
            "tasks": [
                ("原辅料（麦芽、大米、酒花）入厂检验", "20%", "每批"),
                ("半成品、成品理化检测：原麦汁浓度、酒精度、CO2含量、浊度、色度", "35%", "每班"),
                ("微生物检测（平板培养、设备涂抹试验）", "20%", "每日"),
                ("检测仪器日常校准与维护，填写校准记录", "10%", "每日"),
                ("出具检验报告，并对留样进行登记和管理", "15%", "每批"),
            ],
            "answers2": [
                ("Q5．您认为胜任本岗位最低需要什么学历和专业？", "大专及以上，化学、生物或食品检验相关专业。"),
                ("Q6．需要多少年相关工作经验？", "1年以上实验室检验经验。"),
                ("Q7．需要哪些证书？", "化学检验员四级（中级工）及以上职业技能等级证书。"),
                ("Q8．您的工作时间或班次？", "三班倒（早、中、夜班轮换）。"),
                ("Q9．您的工作环境如何？", "化验室内工作，接触少量化学试剂，需穿戴实验服和护目镜。"),
            ],
            "hr": "人力资源部核定意见：按任职者填写内容执行，无调整。核定人：王蕾　2025-05-20",
        },
    ]
    for k, q in enumerate(qs, 1):
        doc.add_paragraph()
        hp = doc.add_paragraph()
        hp.add_run(f"问卷{k}").bold = True
        tb = doc.add_table(rows=2, cols=4)
        tb.style = "Table Grid"
        who = q["who"]
        vals = [("填写人", who[0], "填表日期", who[1]), ("岗位名称", who[2], "所在部门", who[3])]
        for i, row in enumerate(vals):
            for j, x in enumerate(row):
                tb.cell(i, j).text = x
                if j % 2 == 0:
                    shade(tb.cell(i, j))
        for qq, aa in q["answers"]:
            p = doc.add_paragraph()
            p.add_run(qq).bold = True
            doc.add_paragraph("答：" + aa)
        p = doc.add_paragraph()
        p.add_run("Q4．请列出您的主要工作内容、时间占比和频次。").bold = True
        tt = doc.add_table(rows=1 + len(q["tasks"]), cols=4)
        tt.style = "Table Grid"
        for j, x in enumerate(["序号", "工作内容", "时间占比", "频次"]):
            tt.cell(0, j).text = x
            shade(tt.cell(0, j))
        for i, (a, b, c) in enumerate(q["tasks"], 1):
            tt.cell(i, 0).text = str(i)
            tt.cell(i, 1).text = a
            tt.cell(i, 2).text = b
            tt.cell(i, 3).text = c
        for qq, aa in q["answers2"]:
            p = doc.add_paragraph()
            p.add_run(qq).bold = True
            doc.add_paragraph("答：" + aa)
        hr = doc.add_table(rows=1, cols=1)
        hr.style = "Table Grid"
        hr.cell(0, 0).text = q["hr"]
        shade(hr.cell(0, 0), "FFF2CC")
    doc.save(OUT / name)
    GT[name] = {
        "layout": "docx: job-analysis questionnaire (Q1–Q9 bold questions, '答：' answer paragraphs), 2x4 header grid, "
                  "Q4 task table 序号|工作内容|时间占比|频次, shaded one-cell HR 核定 box overriding an answer, VML text box",
        "posts": {q["who"][2]: {"dept": q["who"][3], "answers": q["answers"] + q["answers2"], "tasks": q["tasks"],
                                "hr": q["hr"]} for q in qs},
        "trap": "设备维修钳工 经验: employee wrote 2年以上, HR 核定 3年以上 (final)",
    }


# ---------------------------------------------------------------- 03 xlsx: KPI library (long format, 0% weights, rich text)
KPI = {
    ("酿造中心", "糖化工"): [
        ("生产", "麦汁浓度合格率", 0.30, "≥98%", "每低1个百分点扣5分\n低于95%该项不得分", "糖化批次记录", "月度"),
        ("生产", "糖化收得率", 0.25, "≥76%", "每低0.5个百分点扣5分", "糖化收得率报表", "月度"),
        ("成本", "吨麦汁蒸汽单耗", 0.20, "≤0.11吨/吨", "每超0.01吨扣5分", "能源计量系统", "月度"),
        ("质量", "批次记录完整率", 0.15, "100%", "缺1项扣2分", "质量部抽查", "月度"),
        ("安全", "安全违章次数", 0.10, "0次", "出现1次该项不得分", "安全环保部通报", "月度"),
    ],
    ("酿造中心", "发酵工"): [
        ("质量", "双乙酰达标率", 0.30, "≥99%", "每低1个百分点扣5分", "化验室报告", "月度"),
        ("生产", "发酵周期符合率", 0.25, "≥97%", "每低1个百分点扣3分", "发酵记录", "月度"),
        ("质量", "酵母回收合格率", 0.20, "≥95%", "每低1个百分点扣3分", "酵母活性检测", "月度"),
        ("质量", "罐体清洗合格率", 0.15, "100%", "涂抹不合格1次扣5分", "微生物涂抹结果", "月度"),
        ("安全", "安全违章次数", 0.10, "0次", "出现1次该项不得分", "安全环保部通报", "月度"),
    ],
    ("灌装包装车间", "灌装线操作工"): [
        ("效率", "灌装线综合效率（OEE）", 0.30, "≥85%", "每低1个百分点扣3分", "MES系统", "月度"),
        ("成本", "灌装损耗率", 0.25, "≤1.2%", "每超0.1个百分点扣5分", "物料平衡表", "月度"),
        ("质量", "液位合格率", 0.25, "≥99.5%", "每低0.1个百分点扣5分", "在线液位检测", "月度"),
        ("效率", "换型时间", 0.20, "≤45分钟/次", "每超5分钟扣2分", "换型记录", "月度"),
    ],
    ("灌装包装车间", "设备维修钳工"): [
        ("设备", "设备故障停机时间", 0.35, "≤8小时/月", "每超1小时扣5分", "设备停机记录", "月度"),
        ("设备", "平均修复时间（MTTR）", 0.25, "≤1.5小时", "每超0.5小时扣5分", "维修工单", "月度"),
        ("设备", "预防性维护计划完成率", 0.25, "≥98%", "每低1个百分点扣3分", "TPM台账", "月度"),
        ("成本", "备件费用预算达成率", 0.15, "≤100%", "超预算每1%扣2分", "财务备件台账", "季度"),
    ],
    ("质量中心", "品评员"): [
        ("质量", "品评结果一致性", 0.40, "≥90%", "与品评组结论一致的比例，每低2个百分点扣5分", "品评记录", "月度"),
        ("质量", "异味检出准确率", 0.35, "≥85%", "盲样考核，每漏检1次扣5分", "盲样考核表", "季度"),
        ("管理", "品评报告及时率", 0.25, "100%", "延迟1次扣5分", "品评报告", "月度"),
    ],
    ("质量中心", "化验员"): [
        ("质量", "检测报告及时率", 0.30, "100%", "延迟1次扣5分", "LIMS系统", "月度"),
        ("质量", "实验室比对合格率", 0.40, "≥95%", "比对不合格1次扣10分", "比对试验记录", "季度"),
        ("管理", "仪器校准按期率", 0.30, "100%", "逾期1台次扣5分", "校准台账", "月度"),
    ],
    ("营销中心", "销售业务代表"): [
        ("业绩", "销量达成率", 0.40, "≥100%", "按实际达成率×权重计分，最高120%", "销售系统", "月度"),
        ("业绩", "回款率", 0.20, "≥98%", "每低1个百分点扣3分", "财务应收台账", "月度"),
        ("市场", "新增有效网点数", 0.15, "≥10家/月", "每少1家扣2分", "终端系统", "月度"),
        ("市场", "终端陈列达标率", 0.15, "≥90%", "抽查不达标每家扣1分", "督导检查表", "月度"),
        ("成本", "销售费用率", 0.10, "≤8%", "每超0.5个百分点扣3分", "费用报销系统", "季度"),
    ],
    ("营销中心", "渠道督导"): [
        ("渠道", "经销商库存周转天数", 0.30, "≤20天", "每超2天扣3分", "经销商进销存", "月度"),
        ("渠道", "终端价格合规率", 0.25, "≥95%", "每低1个百分点扣3分", "价格巡检表", "月度"),
        ("渠道", "窜货案件处理及时率", 0.25, "100%", "超时处理1起扣5分", "窜货稽查台账", "月度"),
        ("管理", "督导检查覆盖率", 0.20, "≥90%", "每低5个百分点扣3分", "督导检查表", "月度"),
    ],
}
DEPT_KPI = {
    "质量中心": [
        ("产品出厂抽检合格率", 0.35, "≥99.5%", "100%"),
        ("客户质量投诉率", 0.25, "≤5件/百万瓶", "≤3件/百万瓶"),
        ("感官品评合格率", 0.20, "≥97%", "≥98%"),
        ("检测数据准确率", 0.20, "≥99%", "≥99%"),
    ],
    "营销中心": [
        ("啤酒销售量", 0.40, "18万千升", "38万千升"),
        ("销售收入", 0.25, "9.5亿元", "20亿元"),
        ("应收账款周转天数", 0.15, "≤30天", "≤25天"),
        ("新品销量占比", 0.20, "≥8%", "≥12%"),
    ],
    "安全环保部": [
        ("隐患整改闭环率", 0.30, "100%", "100%"),
        ("污水排放达标率", 0.30, "100%", "100%"),
        ("安全培训覆盖率", 0.20, "≥95%", "100%"),
        ("环保行政处罚次数", 0.20, "0次", "0次"),
    ],
}
DEFS = [
    ("收得率（糖化）", "实际浸出物量÷投料理论浸出物量×100%", "反映糖化工艺和操作水平"),
    ("OEE", "时间开动率×性能开动率×合格品率", "按班次由MES自动计算"),
    ("灌装损耗", "（领用瓶数－合格成品瓶数）÷领用瓶数×100%", "含洗瓶破损和灌装破损"),
    ("MTTR", "故障修复总时长÷故障次数", "从报修到恢复生产"),
    ("品评一致性", "与品评组最终结论一致的样品数÷品评样品数×100%", "以品评组组长汇总结论为准"),
    ("库存周转天数（经销商）", "经销商月末库存÷日均出库量", "按辖区经销商加权平均"),
    ("隐患闭环率", "按期整改完成的隐患数÷应整改隐患数×100%", "安全环保部部门指标"),
]


def x03():
    name = "03_KPI指标库2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位KPI明细"
    ws["A1"] = f"{CO}2025年岗位KPI指标库（生产、质量与营销系统）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:J1")
    hdr = ["序号", "部门", "岗位", "指标类别", "指标名称", "权重", "目标值", "计分规则", "数据来源", "考核周期"]
    ws.append(hdr)
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    n = 0
    for (dept, post), rows in KPI.items():
        for cat, ind, w, tgt, rule, src, per in rows:
            n += 1
            ws.append([n, dept, post, cat, ind, w, tgt, None, src, per])
            r = ws.max_row
            ws.cell(r, 6).number_format = "0%"
            # rich text: first clause bold
            first, *rest = rule.split("，", 1)
            if rest:
                ws.cell(r, 8).value = CellRichText([TextBlock(InlineFont(b=True), first + "，"), rest[0]])
            else:
                ws.cell(r, 8).value = rule
            ws.cell(r, 8).alignment = Alignment(wrap_text=True)
    ws.auto_filter.ref = f"A2:J{ws.max_row}"
    ws.freeze_panes = "D3"
    for col, wdt in zip("ABCDEFGHIJ", (6, 14, 14, 10, 24, 8, 14, 36, 16, 10)):
        ws.column_dimensions[col].width = wdt

    ws2 = wb.create_sheet("部门KPI")
    ws2["A1"] = "2025年部门级KPI（由部门负责人承接）"
    ws2["A1"].font = Font(bold=True, size=13)
    ws2.merge_cells("A1:E1")
    ws2["A2"], ws2["B2"], ws2["C2"], ws2["D2"] = "部门", "指标名称", "权重", "2025年目标"
    ws2.merge_cells("D2:E2")
    ws2.merge_cells("A2:A3")
    ws2.merge_cells("B2:B3")
    ws2.merge_cells("C2:C3")
    ws2["D3"], ws2["E3"] = "上半年", "全年"
    r = 4
    for dept, rows in DEPT_KPI.items():
        start = r
        for ind, w, h1, yr in rows:
            ws2.cell(r, 2, ind)
            ws2.cell(r, 3, w).number_format = "0%"
            ws2.cell(r, 4, h1)
            ws2.cell(r, 5, yr)
            r += 1
        ws2.cell(start, 1, dept)
        ws2.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws2.cell(start, 1).alignment = Alignment(vertical="center")
    ws2.cell(r, 1, "注：安全环保部另设一票否决项——发生一般及以上生产安全事故或环境污染事件，部门年度考核为不合格。")
    ws2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)

    ws3 = wb.create_sheet("指标释义")
    ws3.append(["指标名称", "计算公式", "说明"])
    for row in DEFS:
        ws3.append(list(row))
    wb.save(OUT / name)
    GT[name] = {
        "layout": "xlsx: long-format KPI library (one row per post×indicator) with autofilter, frozen panes, weights as "
                  "numbers 0.3 with 0% format, rich-text 计分规则; 部门KPI sheet with merged 2025年目标 over 上半年/全年 and "
                  "department merged down; 指标释义 sheet",
        "post_kpi": {f"{d}/{p}": rows for (d, p), rows in KPI.items()},
        "dept_kpi": DEPT_KPI,
        "defs": DEFS,
    }


# ---------------------------------------------------------------- 04 xlsx: 任职资格与薪酬矩阵 (posts as columns under dept groups)
MATRIX_POSTS = [("灌装包装车间", ["灌装线操作工", "设备维修钳工", "叉车司机"]),
                ("质量中心", ["品评员", "化验员"]),
                ("安全环保部", ["安全环保专员"]),
                ("营销中心", ["销售业务代表", "渠道督导"])]
MATRIX = [
    ("岗位编码", ["QL-GZ-01", "QL-GZ-02", "QL-GZ-03", "QL-ZL-01", "QL-ZL-02", "QL-AH-01", "QL-YX-01", "QL-YX-02"]),
    ("直接上级", ["灌装线线长", "设备主管", "仓储主管", "品评组组长", "化验室主任", "安全环保部经理", "区域经理", "大区销售经理"]),
    ("直接下属", ["无", "无", "无", "无", "无", "无", "无", "无（对辖区销售业务代表进行业务指导）"]),
    ("最低学历", ["高中及以上", "中专、技校及以上", "初中及以上", "大专及以上", "大专及以上", "本科及以上", "大专及以上", "大专及以上"]),
    ("专业要求", ["不限", "机电一体化、机械维修", "不限", "食品科学、发酵工程", "化学、生物、食品检验", "安全工程、环境工程",
              "市场营销优先", "市场营销、工商管理"]),
    ("工作经验", ["有食品饮料灌装经验者优先", "3年以上设备维修经验", "1年以上叉车驾驶经验", "1年以上啤酒或食品感官评价经验",
              "1年以上实验室检验经验", "2年以上制造业安全环保管理经验", "1年以上快消品销售经验", "3年以上快消品渠道管理经验"]),
    ("必备证书", ["健康证", "钳工中级及以上；低压电工作业证", "特种设备作业人员证（叉车N1）", "健康证", "化学检验员（四级）及以上",
              "安全生产管理人员考核合格证", "C1及以上驾驶证", "C1及以上驾驶证"]),
    ("工作地点", ["江宁酿造基地", "江宁酿造基地", "江宁酿造基地成品库", "集团质量中心（江宁）", "集团质量中心（江宁）", "江宁酿造基地",
              "苏州办事处", "南京、镇江、扬州片区"]),
    ("班次", ["两班倒", "常白班＋夜间轮值备班", "两班倒", "常白班", "三班倒", "常白班", "标准工时（外勤）", "标准工时（外勤）"]),
    ("薪资区间（元/月）", ["4800–6000", "6500–8500", "5000–6200", "6000–7500", "5500–7000", "8000–11000", "底薪4000＋提成",
                     "7000–9000＋季度绩效"]),
]


def x04():
    name = "04_岗位任职资格与薪酬矩阵.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "任职资格与薪酬"
    ws["A1"] = "生产、质量、营销系统岗位任职资格与薪酬矩阵（2025年6月更新）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A1:I1")
    ws["A2"] = "要素"
    ws.merge_cells("A2:A3")
    col = 2
    posts = []
    for dept, ps in MATRIX_POSTS:
        ws.cell(2, col, dept).alignment = Alignment(horizontal="center")
        ws.cell(2, col).font = Font(bold=True)
        if len(ps) > 1:
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + len(ps) - 1)
        for p in ps:
            ws.cell(3, col, p).font = Font(bold=True)
            posts.append(p)
            col += 1
    for label, vals in MATRIX:
        ws.append([label] + vals)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
    # comments
    cert_row = 4 + [m[0] for m in MATRIX].index("必备证书")
    ws.cell(cert_row, 2 + posts.index("叉车司机")).comment = Comment(
        "证书每4年复审一次，到期前3个月由安全环保部统一组织复审。", "王蕾")
    ws.cell(cert_row, 2 + posts.index("安全环保专员")).comment = Comment("持注册安全工程师证书者优先。", "王蕾")
    dv = DataValidation(type="list", formula1='"初中及以上,高中及以上,中专、技校及以上,大专及以上,本科及以上"', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"B{4 + 3}:I{4 + 3}")
    for c in "BCDEFGHI":
        ws.column_dimensions[c].width = 20
    ws.column_dimensions["A"].width = 16

    ws2 = wb.create_sheet("班次说明")
    ws2.append(["班次", "时间", "说明"])
    ws2.append(["两班倒", "早班7:30–15:30，中班15:30–23:30", "每周轮换一次"])
    ws2.append(["三班倒", "早班8:00–16:00，中班16:00–24:00，夜班0:00–8:00", "每周轮换一次"])
    ws2.append(["常白班", "8:00–17:00", "午休1小时"])
    ws2.append(["四班三运转", "见《倒班与班次管理规定》", "酿造中心适用"])
    ws2.append(["标准工时（外勤）", "每周40小时，时间自行安排", "营销中心外勤岗位"])
    wb.save(OUT / name)
    GT[name] = {
        "layout": "xlsx: posts as columns under department groups merged across (row 2), 要素 label merged down, "
                  "cell comments on two 证书 cells, a data-validation list on 学历 row; 班次说明 sheet",
        "posts": posts,
        "matrix": {lab: dict(zip(posts, vals)) for lab, vals in MATRIX},
        "comments": {"叉车司机/必备证书": "证书每4年复审一次，到期前3个月由安全环保部统一组织复审。",
                     "安全环保专员/必备证书": "持注册安全工程师证书者优先。"},
    }


# ---------------------------------------------------------------- 05 csv: 证书与培训矩阵 (posts as columns, ●/○/—)
def csv05():
    name = "05_岗位持证与培训矩阵.csv"
    posts = ["糖化工", "发酵工", "灌装线操作工", "设备维修钳工", "叉车司机", "品评员", "化验员", "安全环保专员"]
    rows = [
        (1, "健康证", "从业资格", "区疾控中心", "每年", "●●●○—●——", "食品接触岗位必须持证上岗"),
        (2, "特种设备作业人员证（叉车N1）", "特种作业", "市场监督管理局", "4年", "————●———", "无证不得驾驶厂内机动车辆"),
        (3, "特种设备作业人员证（锅炉/压力容器）", "特种作业", "市场监督管理局", "4年", "○———————", "糖化锅、煮沸锅操作"),
        (4, "低压电工作业证", "特种作业", "应急管理局", "3年", "———●————", ""),
        (5, "钳工职业技能等级证书（中级及以上）", "技能等级", "职业技能等级认定机构", "—", "———●————", ""),
        (6, "化学检验员职业技能等级证书（四级及以上）", "技能等级", "职业技能等级认定机构", "—", "——————●—", ""),
        (7, "啤酒品评员资格（省级及以上）", "行业资格", "省酒业协会或中国酒业协会", "3年", "—————○——", "持证者品评津贴上浮20%"),
        (8, "安全生产管理人员考核合格证", "安全管理", "应急管理局", "3年", "———————●", ""),
        (9, "注册安全工程师", "职业资格", "应急管理部", "—", "———————○", ""),
        (10, "受限空间作业培训", "内部培训", "安全环保部", "每年", "●●—●———●", "进罐作业前必须完成"),
        (11, "CIP清洗操作培训", "内部培训", "酿造中心", "每年", "●●●—————", ""),
        (12, "感官阈值测试", "内部考核", "质量中心品评室", "每年", "—————●——", "不合格者暂停品评资格"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["序号", "证书/培训项目", "类别", "发证或组织单位", "复审/复训周期"] + posts + ["备注"])
    for no, item, cat, org, per, marks, note in rows:
        w.writerow([no, item, cat, org, per] + list(marks) + [note])
    w.writerow(["说明", "●=必需；○=优先；—=不要求。本矩阵由安全环保部与人力资源部共同维护，2025年5月版。"] + [""] * 12)
    (OUT / name).write_text(buf.getvalue(), encoding="utf-8")
    GT[name] = {"layout": "csv: certificate/training matrix, certificates as rows, posts as columns, ●/○/— marks, "
                          "legend row at the end", "posts": posts,
                "rows": [(r[1], dict(zip(posts, r[5])), r[4], r[6]) for r in rows]}


# ---------------------------------------------------------------- 06 html: reveal.js slide deck with speaker notes
def html06():
    name = "06_新员工入职培训_岗位介绍.html"
    slides = [
        ("叉车司机：安全第一", [
            "负责成品下线入库、装车发运，以及空瓶、原辅料的厂内转运",
            "每班出车前完成叉车日检（制动、转向、货叉、喇叭、灯光）",
            "厂区内限速5公里/小时，严禁载人、超载、货叉下站人",
            "配合仓储主管完成月度库存盘点",
        ], "讲师备注：叉车司机必须持N1证上岗，无证一律不得驾驶；所有叉车司机归仓储主管管理。"),
        ("灌装线操作工：你每天要做什么", [
            "开班前检查洗瓶机、灌装机、压盖机、杀菌机、贴标机的运行状态",
            "按工艺要求设定灌装速度，每30分钟抽检一次液位和封盖质量",
            "换品种、换瓶型时按清场清单完成清场和首瓶确认",
            "及时处理倒瓶、卡瓶，做好设备清洁和5S",
            "如实填写灌装生产记录和交接班记录",
        ], "讲师备注：灌装线操作工向灌装线线长汇报，试用期3个月，前两周由老员工一带一。"),
        ("安全环保专员：企业的“安全哨兵”", [
            "组织开展日常隐患排查，跟踪整改直至闭环",
            "负责特种作业人员持证台账，提前提醒证书复审",
            "监督污水处理站运行，每日查看COD、氨氮在线监测数据",
            "管理液氨制冷、CO2、烧碱等危险化学品的储存与使用",
            "每季度组织一次应急演练，并编写演练总结",
            "按月完成环保台账和排污许可执行报告",
        ], "讲师备注：安全环保专员对违章作业有权当场叫停。"),
        ("品评员：用感官守护口味", [
            "每天上午参加在制酒和成品酒品评，填写品评记录表",
            "识别双乙酰、DMS（硫化物）、氧化味等异味并给出风味描述",
            "参与新品口味评审和竞品对比品评",
            "参加每年一次的品评能力复核",
        ], "讲师备注：品评员须先通过感官阈值测试才能上岗；品评前1小时不得吸烟、饮用咖啡或吃辛辣食物。"),
    ]
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN">')
    a("<head>")
    a('<meta charset="utf-8">')
    a(f"<title>{CO} 新员工入职培训 · 岗位介绍</title>")
    a('<link rel="stylesheet" href="dist/reveal.css">')
    a('<link rel="stylesheet" href="dist/theme/white.css">')
    a("</head>")
    a("<body>")
    a('<div class="reveal">')
    a('<div class="slides">')
    a("<section>")
    a(f"<h1>欢迎加入{CO}</h1>")
    a("<h3>新员工入职培训 · 第三讲：岗位介绍</h3>")
    a("<p><small>人力资源部　2025年7月</small></p>")
    a("</section>")
    a("<section>")
    a("<section>")
    a("<h2>我们的组织</h2>")
    a("<p>集团下设酿造中心、灌装包装车间、质量中心、营销中心、安全环保部等部门。</p>")
    a("</section>")
    a("<section>")
    a("<h2>江宁酿造基地</h2>")
    a("<p>年产能40万千升，拥有4条灌装线（2条瓶装、1条罐装、1条桶装）。</p>")
    a("</section>")
    a("</section>")
    for title, items, notes in slides:
        a('<section data-transition="slide">')
        a(f"<h2>{title}</h2>")
        a("<ul>")
        for it in items:
            a(f'<li class="fragment">{it}</li>')
        a("</ul>")
        a('<aside class="notes">')
        a(notes)
        a("</aside>")
        a("</section>")
    a("<section>")
    a("<h2>其他岗位</h2>")
    a("<p>酵母扩培工、包装质检员的岗位介绍将在下期培训中补充。</p>")
    a("</section>")
    a("<section>")
    a("<h2>提问时间</h2>")
    a("<p>有问题请联系人力资源部培训专员（分机 8023）。</p>")
    a("</section>")
    a("</div>")
    a("</div>")
    a('<script src="dist/reveal.js"></script>')
    a('<script src="plugin/notes/notes.js"></script>')
    a("<script>Reveal.initialize({ hash: true, plugins: [ RevealNotes ] });</script>")
    a("</body>")
    a("</html>")
    (OUT / name).write_text("\n".join(L) + "\n", encoding="utf-8")
    GT[name] = {"layout": "html: reveal.js slide deck, one <section> per post with <li class=fragment> duties and "
                          "facts only in <aside class=notes> speaker notes; nested vertical slides; named-only posts",
                "slides": slides, "named_only": ["酵母扩培工", "包装质检员"]}


# ---------------------------------------------------------------- 07 pdf: 岗位聘用协议书 with 附件 duties
def pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    name = "07_营销中心岗位聘用协议书.pdf"
    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    body = ParagraphStyle("b", fontName="wqy", fontSize=10.5, leading=17, wordWrap="CJK", firstLineIndent=0)
    title = ParagraphStyle("t", parent=body, fontSize=16, leading=24, alignment=1)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=13)
    agreements = [
        {
            "post": "销售业务代表",
            "clauses": [
                "第一条　岗位　乙方同意在甲方营销中心华东大区苏州办事处担任销售业务代表，向区域经理汇报。",
                "第二条　工作地点　苏州市区及吴江区，工作性质为外勤，需经常外出拜访客户。",
                "第三条　岗位职责　乙方的岗位职责见附件一，甲方可根据经营需要进行调整。",
                "第四条　薪酬　底薪每月4000元，另按月度销量及回款计发提成；每月通讯补贴200元、交通补贴600元。",
                "第五条　考核　甲方按月考核销量达成率、回款率等指标，具体以KPI指标库为准。",
                "第六条　任职条件　大专及以上学历，1年以上快消品销售经验，持C1及以上驾驶证。",
                "第七条　试用期　试用期3个月，试用期底薪按80%发放。",
            ],
            "duties": [
                "1．负责辖区内餐饮、商超及流通终端的开发与日常维护；",
                "2．每日拜访客户不少于8家，并及时在终端系统录入拜访记录；",
                "3．跟进订单与送货，按期完成货款回收；",
                "4．执行终端陈列标准和促销活动，维护产品价格体系；",
                "5．收集竞品价格与促销信息，每周上报区域经理。",
            ],
        },
        {
            "post": "渠道督导",
            "clauses": [
                "第一条　岗位　乙方同意在甲方营销中心华东大区担任渠道督导，向大区销售经理汇报。",
                "第二条　工作地点　南京、镇江、扬州片区，工作性质为外勤。",
                "第三条　岗位职责　乙方的岗位职责见附件一，甲方可根据经营需要进行调整。",
                "第四条　薪酬　月薪7000–9000元，另按季度考核结果发放绩效奖金。",
                "第五条　考核　甲方按月考核终端价格合规率、窜货案件处理及时率等指标。",
                "第六条　任职条件　大专及以上学历，市场营销或工商管理相关专业，3年以上快消品渠道管理经验。",
                "第七条　试用期　试用期3个月。",
            ],
            "duties": [
                "1．督导经销商执行公司渠道政策和价格政策；",
                "2．定期走访终端，检查产品陈列、价格与库存；",
                "3．稽查窜货行为，发现后24小时内上报并跟进处理；",
                "4．对辖区销售业务代表进行业务指导和培训；",
                "5．每月提交渠道督导报告，提出渠道改进建议。",
            ],
        },
    ]
    story = []
    for k, ag in enumerate(agreements):
        if k:
            story.append(PageBreak())
        story.append(Paragraph(f"岗位聘用协议书（{ag['post']}）", title))
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph(f"甲方：{CO}营销中心", body))
        story.append(Paragraph("乙方：＿＿＿＿＿＿　　身份证号：＿＿＿＿＿＿＿＿＿＿", body))
        story.append(Paragraph("根据双方签订的劳动合同，经平等协商，就乙方的工作岗位达成如下协议：", body))
        story.append(Spacer(1, 2 * mm))
        for c in ag["clauses"]:
            story.append(Paragraph(c, body))
        story.append(Paragraph("第八条　本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。", body))
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph("甲方（盖章）：＿＿＿＿＿＿　　　　乙方（签字）：＿＿＿＿＿＿", body))
        story.append(Paragraph("日期：　　年　　月　　日", body))
        story.append(Spacer(1, 8 * mm))
        story.append(Paragraph(f"附件一：{ag['post']}岗位职责", body))
        for d in ag["duties"]:
            story.append(Paragraph(d, body))
        story.append(Spacer(1, 4 * mm))
        story.append(Paragraph("本附件为协议不可分割的组成部分。", small))

    def onpage(c, d):
        c.setFont("wqy", 8)
        c.drawString(20 * mm, 12 * mm, f"{CO}　营销中心人事文件　QL-YX-HR-2025-02")
        c.drawRightString(190 * mm, 12 * mm, f"第{d.page}页")

    SimpleDocTemplate(str(OUT / name), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                      topMargin=22 * mm, bottomMargin=22 * mm,
                      title="营销中心岗位聘用协议书").build(story, onFirstPage=onpage, onLaterPages=onpage)
    GT[name] = {"layout": "pdf: two 岗位聘用协议书 (甲方/乙方, 第一条–第八条 clauses, signature block) each with "
                          "附件一 numbered duties; footer with file number", "agreements": agreements}


# ---------------------------------------------------------------- 08 md: Obsidian note (callouts, wiki-links, tags)
def md08():
    name = "08_质量中心岗位知识库.md"
    s = """---
title: 质量中心岗位知识库
aliases: [质量中心岗位速查]
tags: [岗位, 质量中心]
updated: 2025-06-02
---
# 质量中心岗位知识库

> [!info] 本页是质量中心的岗位速查，正式口径以人力资源部发布的文件为准。
> 相关笔记：[[KPI指标库2025]]、[[岗位持证与培训矩阵]]、[[岗位分析问卷]]

## 品评员 #岗位/品评

> [!abstract] 岗位速览
> - 部门：质量中心感官品评室
> - 上级：[[品评组组长]]
> - 班次：常白班
> - 编制：6人

### 做什么
1. 按品评计划对在制酒、成品酒进行感官品评，并填写品评记录
2. 对出厂酒和市场退回酒进行异味排查，给出风味描述
3. 参与新品开发的口味评审和竞品对比
4. 参加品评员培训及每年一次的能力复核

### 需要什么
- 大专及以上学历，食品科学、发酵工程等相关专业
- 嗅觉、味觉正常，无色盲色弱
- 通过公司组织的感官阈值测试
- 持有省级及以上啤酒品评员资格者优先

> [!warning] 品评纪律
> 品评前1小时不得吸烟、饮用咖啡或食用辛辣食物，品评期间禁止使用香水。

## 化验员 #岗位/检验

> [!abstract] 岗位速览
> - 部门：质量中心化验室
> - 上级：[[化验室主任]]
> - 班次：三班倒
> - 编制：12人

### 做什么
1. 原辅料入厂检验，半成品、成品理化检测
2. 微生物检测与设备涂抹试验
3. 仪器校准、标准溶液配制并做好记录
4. 出具检验报告，管理留样

### 需要什么
见 [[岗位分析问卷]]（任职者填写并经人力资源部核定）。

## 包装质检员 #岗位/检验

> [!abstract] 岗位速览
> - 部门：质量中心（派驻灌装包装车间）
> - 上级：（待定）

### 做什么
略（岗位说明书修订中）

### 需要什么
略

## 部门KPI
质量中心部门级指标见 [[KPI指标库2025]] 的“部门KPI”表，由质量中心主任承接。
"""
    (OUT / name).write_text(s, encoding="utf-8")
    GT[name] = {"layout": "md: Obsidian note — YAML properties, [[wiki-links]] for bosses, #tags in headings, "
                          "> [!abstract] callout fact boxes, 做什么/需要什么 sub-headings, a 略 post (包装质检员)",
                "text": s}


# ---------------------------------------------------------------- 09 GBK txt: HRMS pipe-delimited export
def txt09():
    name = "09_HRMS岗位库导出.txt"
    lines = [
        "HRMS岗位库导出　导出时间：2025-06-15 09:32　导出人：王蕾　字段分隔符：|",
        "岗位编码|岗位名称|所属部门|直接上级|最低学历|专业要求|经验要求|证书要求|工作地点|班次|薪资区间|岗位职责|状态",
        "QL-NZ-01|糖化工|酿造中心糖化车间|糖化班长|高中/中专|食品工程、发酵工程、生物工程优先|1年以上食品或饮料生产经验|锅炉或压力容器操作证优先|江宁酿造基地|四班三运转|5500-7000|按工艺卡投料；控制糖化温度曲线；麦汁煮沸与酒花添加；测定麦汁浓度和pH；CIP清洗|有效",
        "QL-NZ-02|发酵工|酿造中心发酵车间|发酵班长|高中/中专|生物工程、微生物优先|1年以上发酵或酿造岗位经验|无|江宁酿造基地|四班三运转|5800-7200|充氧与酵母添加；发酵罐温度压力巡检；取样检测糖度和双乙酰；酵母回收；CIP清洗|有效",
        "QL-GZ-03|叉车司机|灌装包装车间成品库|仓储主管|初中|不限|1年以上叉车驾驶经验|特种设备作业人员证（叉车N1）|江宁酿造基地成品库|两班倒|5000-6200|成品入库与装车发运；厂内物料转运；叉车日检；配合库存盘点|有效",
        "QL-AH-01|安全环保专员|安全环保部|安全环保部经理|本科|安全工程、环境工程|2年以上制造业安全环保管理经验|安全生产管理人员考核合格证；注册安全工程师优先|江宁酿造基地|常白班|8000-11000|隐患排查与整改跟踪；特种作业人员持证管理；污水站排放监测；危险化学品管理；应急演练；环保台账|有效",
        "QL-YX-01|销售业务代表|营销中心华东大区|区域经理|大专|市场营销优先|1年以上快消品销售经验|C1驾驶证|苏州办事处|标准工时|底薪4000+提成|终端开发与维护；客户拜访；订单跟进与回款；陈列与促销执行；竞品信息收集|有效",
        "QL-YX-02|渠道督导|营销中心华东大区|大区销售经理|大专|市场营销、工商管理|3年以上快消品渠道管理经验|C1驾驶证|南京、镇江、扬州片区|标准工时|7000-9000+季度绩效|督导经销商执行政策；终端检查；窜货稽查；指导业务代表；提交督导报告|有效",
        "QL-CK-02|酒花库管员|原料仓库|仓储主管|高中|不限|不限|无|江宁酿造基地|常白班|4500-5500|酒花冷库收发存管理|停用（2024-12并入原料仓管员）",
        "共7条记录",
    ]
    (OUT / name).write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    GT[name] = {"layout": "GBK CRLF txt: HRMS export, one pipe-delimited record per post under a header line, "
                          "a 停用 record, a 共N条记录 trailer", "lines": lines}


# ---------------------------------------------------------------- 10 UTF-16BE txt: shift policy
def txt10():
    name = "10_倒班与班次管理规定.txt"
    s = f"""{CO}倒班与班次管理规定（2025年修订）

第一条　目的
为保障连续生产，规范倒班、交接班和调班管理，保护员工身体健康，制定本规定。

第二条　适用范围
本规定适用于江宁酿造基地生产、质量岗位。营销中心外勤岗位执行标准工时制，不适用本规定。

第三条　班次类型
（一）四班三运转：四个班组轮流上早班（8:00–16:00）、中班（16:00–24:00）、夜班（0:00–8:00），每轮休息两天。适用岗位：糖化工、发酵工。
（二）两班倒：早班7:30–15:30，中班15:30–23:30，每周轮换一次。适用岗位：灌装线操作工、叉车司机。
（三）三班倒：早班8:00–16:00、中班16:00–24:00、夜班0:00–8:00，每周轮换一次。适用岗位：化验员。
（四）常白班：8:00–17:00，午休1小时。适用岗位：品评员、安全环保专员、设备维修钳工（另参加夜间轮值备班）。

第四条　交接班
接班人员应提前15分钟到岗，双方共同检查设备状态和在制品情况，交接班记录须双方签字。未完成交接的，交班人员不得离岗。

第五条　津贴
中班津贴每班30元，夜班津贴每班60元；设备维修钳工夜间备班每次补贴80元。

第六条　调班
调班须提前一天经班长批准，每人每月调班不超过3次。

第七条　附则
本规定由人力资源部负责解释，自2025年4月1日起施行，原《生产岗位作息时间规定》同时废止。
"""
    (OUT / name).write_bytes(b"\xfe\xff" + s.encode("utf-16-be"))
    GT[name] = {"layout": "UTF-16BE (BOM FE FF) policy text of 第N条 clauses: shift types and the posts they apply to, "
                          "handover, allowances", "text": s}


if __name__ == "__main__":
    for f in (doc01, doc02, x03, x04, csv05, html06, pdf07, md08, txt09, txt10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
