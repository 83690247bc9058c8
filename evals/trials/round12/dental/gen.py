"""Round 12 trial corpus: a private dental clinic chain (瑞齿口腔医疗集团).

Writes 11 documents to $T12_OUT/corpus (default /tmp/t12a/corpus). Deterministic; only python-docx,
openpyxl and the standard library.

    T12_OUT=/tmp/t12a /work/main/.venv/bin/python gen.py
"""
import datetime as dt
import io
import os
import zipfile
import zlib
from pathlib import Path

import docx
import openpyxl
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T12_OUT", "/tmp/t12a")) / "corpus"
FIXED = dt.datetime(2024, 12, 1, 9, 0, 0)


def _fix_zip(data: bytes) -> bytes:
    """Rewrite an OOXML zip with fixed timestamps and sorted-as-written entries (byte-stable output)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def save_docx(d, name):
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "瑞齿口腔人力资源中心"
    b = io.BytesIO()
    d.save(b)
    (OUT / name).write_bytes(_fix_zip(b.getvalue()))


def save_xlsx(wb, name):
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "瑞齿口腔人力资源中心"
    b = io.BytesIO()
    wb.save(b)
    (OUT / name).write_bytes(_fix_zip(b.getvalue()))


def new_doc():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    return d


def labelled(d, pairs):
    """One paragraph holding one or more bold inline labels, each followed by its content."""
    p = d.add_paragraph()
    for i, (label, text) in enumerate(pairs):
        if i:
            p.add_run("　　")
        r = p.add_run(label)
        r.bold = True
        p.add_run(text)
    return p


# ------------------------------------------------------------------ rc01: bold inline labels
RC01_POSTS = [
    ("■ 口腔全科医生（岗位编码YL-01）", [
        [("【所属部门】", "医疗部（各门诊）"), ("【直接上级】", "门诊主任")],
        [("【岗位概述】", "在门诊主任领导下，独立完成口腔常见病、多发病的诊断与治疗，保障医疗质量与患者安全。")],
        [("【岗位职责】", "①负责接诊初诊及复诊患者，完成口腔检查、病史采集和电子病历书写；②开展龋病充填、根管治疗、牙周基础治疗、"
                        "简单拔牙及常规修复；③为患者制定综合治疗计划，配合客户经理做好方案说明和知情同意签署；④严格执行感控制度，"
                        "发现锐器伤按流程上报；⑤参加每周病例讨论和集团组织的继续教育；⑥对治疗后患者进行术后医嘱交代和复诊预约。")],
        [("任职要求：", "口腔医学本科及以上学历；取得口腔类别《医师资格证书》和《医师执业证书》，执业范围为口腔专业；3年以上口腔临床"
                      "工作经验，有民营连锁机构经验者优先；熟练使用橡皮障、显微根管治疗者优先。")],
        [("【工作地点】", "集团下属各门诊，服从区域内调配")],
    ]),
    ("■ 种植医生（岗位编码YL-02）", [
        [("【所属部门】", "医疗部（种植中心）"), ("【直接上级】", "医疗总监")],
        [("【岗位概述】", "负责种植牙诊疗全流程，提高种植成功率和患者满意度。")],
        [("【岗位职责】", "①负责种植患者的术前评估，结合CBCT影像制定种植方案；②独立完成单颗及多颗种植体植入、骨增量（GBR）及上颌窦"
                        "提升等手术；③负责种植修复阶段的取模、戴牙及术后随访；④指导种植助理护士做好术前准备和术中配合；⑤对所在门诊"
                        "全科医生开展种植病例转诊培训；⑥参与集团种植病例质控，每季度提交种植成功率统计。")],
        [("任职要求：", "口腔医学本科及以上学历，硕士优先；持有《医师执业证书》，执业范围为口腔专业；5年以上口腔临床经验，独立完成"
                      "种植手术不少于200例；持有ITI或士卓曼等种植系统培训证书者优先。")],
        [("【薪酬】", "底薪+手术提成，综合年薪40万—80万元")],
    ]),
    ("■ 正畸医生（岗位编码YL-03）", [
        [("【所属部门】", "医疗部（正畸中心）"), ("【直接上级】", "医疗总监")],
        [("【岗位职责】", "①负责正畸患者的初诊检查、头影测量分析和模型分析；②制定固定矫治及隐形矫治方案，完成隐形矫治方案的线上设计"
                        "审核；③按期完成复诊加力、更换牙套及保持器佩戴指导；④定期向患者及家属反馈矫治进度，处理矫治过程中的投诉；"
                        "⑤参与青少年早期矫治筛查活动。")],
        [("任职要求：", "口腔正畸学硕士研究生及以上学历；持有《医师执业证书》；3年以上正畸临床经验，持有隐适美认证证书；具备良好的"
                      "医患沟通能力。")],
    ]),
    ("■ 口腔卫生士（岗位编码YL-04，门诊习惯称“洁牙师”）", [
        [("【所属部门】", "医疗部（各门诊）"), ("【直接上级】", "护士长")],
        [("【岗位职责】", "①为患者提供超声波洁治、喷砂抛光和龈下刮治；②开展口腔卫生宣教，指导患者正确使用牙线、冲牙器；③建立牙周"
                        "检查表，记录菌斑指数和探诊深度；④洁治后提醒患者定期复查，每半年回访一次；⑤发现龋齿、牙周病等问题及时转诊"
                        "医生。")],
        [("任职要求：", "口腔医学技术或护理专业大专及以上学历；持有《护士执业证书》或口腔卫生士培训结业证书；1年以上洁牙工作经验。")],
    ]),
]


def rc01():
    d = new_doc()
    t = d.add_paragraph()
    r = t.add_run("瑞齿口腔医疗集团　医疗岗位说明书（2024版）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("文件编号：RC-HR-JD-01　　发布部门：人力资源中心　　生效日期：2024年3月1日")
    d.add_paragraph("说明：本说明书适用于集团各门诊医疗岗位，各门诊不得自行删减职责条款。")
    for title, paras in RC01_POSTS:
        p = d.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(12)
        for pairs in paras:
            labelled(d, pairs)
    d.add_paragraph("本说明书由人力资源中心负责解释。")
    save_docx(d, "rc01_医疗岗位说明书.docx")


# ------------------------------------------------------------------ rc02: list styles (numbers not in text)
RC02 = [
    ("口腔护士（椅旁护士）", "岗位编码：HL-01；汇报对象：护士长；所在科室：护理部", [
        "诊疗前准备器械和材料，检查牙椅、吸引器、光固化灯运转正常",
        "四手操作配合医生完成治疗，及时传递器械、吸唾",
        "负责诊间物表消毒及牙椅水路冲洗，并做好记录",
        "调拌印模材料、水门汀等，协助拍摄口内照片",
        "向患者交代术后注意事项，完成复诊提醒",
        "管理本诊室耗材，每周盘点并报护士长申领",
    ], [
        "护理专业中专及以上学历",
        "持有有效的《护士执业证书》",
        "有口腔科护理经验者优先，应届毕业生可参加集团带教培训后上岗",
    ]),
    ("护士长（滨江门诊）", "汇报对象：门诊主任；下属岗位：口腔护士、口腔卫生士、消毒供应员", [
        "负责滨江门诊护理团队的排班、考勤和绩效初评",
        "每日巡查诊室感控执行情况，每月组织一次感控自查并形成整改记录",
        "负责新入职护士的岗前带教，带教期为3个月",
        "审核护理耗材申领计划，控制耗材损耗",
        "处理护理相关的患者投诉，负责不良事件的收集与上报",
    ], [
        "护理专业大专及以上学历，主管护师及以上职称",
        "5年以上口腔护理工作经验，其中2年以上护理管理经验",
        "持有《护士执业证书》及医院感染管理岗位培训合格证",
    ]),
    ("消毒供应员", "汇报对象：护士长；工作地点：门诊消毒供应室", [
        "按“回收—清洗—检查包装—灭菌—储存—发放”流程处理复用器械",
        "每锅次记录灭菌参数，每日进行B-D测试，每周开展生物监测",
        "负责牙科手机（涡轮机）的清洗注油和灭菌",
        "维护清洗机、封口机和高压灭菌器，发现故障及时报修",
        "做好消毒供应室分区管理，污染区与清洁区不得交叉",
    ], [
        "高中或中专及以上学历",
        "持有消毒员上岗证，操作压力蒸汽灭菌器的须持有特种设备作业人员证",
        "能适应长时间站立作业，工作细致、责任心强",
    ]),
]


def rc02():
    d = new_doc()
    d.add_heading("护理部岗位说明（滨江门诊试行版）", level=1)
    d.add_paragraph("本文件由滨江门诊护理部编制，经集团人力资源中心备案，2024年6月起试行。")
    for title, meta, duties, reqs in RC02:
        d.add_heading(title, level=2)
        d.add_paragraph(meta)
        d.add_heading("岗位职责", level=3)
        for x in duties:
            d.add_paragraph(x, style="List Number")
        d.add_heading("任职资格", level=3)
        for x in reqs:
            d.add_paragraph(x, style="List Bullet")
    d.add_heading("技工室技师", level=2)
    d.add_paragraph("岗位说明待补充（由技工中心另行制定）。")
    save_docx(d, "rc02_护理部岗位说明.docx")


# ------------------------------------------------------------------ rc03: table, header row repeated per post
RC03 = [
    ("岗位：门诊主任（院长）　　直接上级：区域运营经理　　下属：护士长、客服主管、门诊医生", [
        ("全面负责门诊的医疗质量、经营管理和团队建设", "门诊月度营收达成率不低于95%"),
        ("组织每日晨会和每月医疗质量分析会", "会议记录完整、问题有跟踪"),
        ("审批门诊排班、请假和采购申请", "在权限内当日审批"),
        ("处理重大医疗纠纷和患者投诉，及时上报集团医务部", "24小时内上报"),
        ("落实集团感控、消防和医疗废物管理制度", "年度检查无重大扣分项"),
        ("完成区域运营经理下达的年度经营目标", "每月复盘经营数据"),
    ], "口腔医学本科及以上学历，具有执业医师资格；8年以上口腔临床经验，其中3年以上门诊管理经验"),
    ("岗位：护士长（西湖门诊）　　直接上级：门诊主任　　下属：口腔护士、洁牙师", [
        ("负责西湖门诊护理人员的排班和每周护理质量检查", "每周检查不少于1次"),
        ("督导手卫生、器械消毒和医疗废物交接", "手卫生依从率≥95%"),
        ("负责洁牙师的业务指导和技能考核", "每月组织培训1次"),
        ("管理门诊药品和高值耗材（种植体、正畸托槽）的出入库登记", "账物相符率100%"),
        ("参加门诊主任组织的质量分析会，汇报护理指标", "按月汇报"),
    ], "护理专业大专及以上学历，护师及以上职称；3年以上口腔护理工作经验"),
    ("岗位：前台接待　　直接上级：客服主管", [
        ("负责患者到诊登记、分诊和候诊引导", "候诊超过15分钟主动致歉并安抚"),
        ("接听门诊电话，办理预约、改约及次日就诊提醒", "次日就诊提醒覆盖率100%"),
        ("办理收费、医保刷卡及发票开具，每日日结对账", "日结差错为0"),
        ("维护前台和候诊区的环境整洁", "随时保持"),
        ("收集患者意见并登记，转交相关负责人处理", "当日转交"),
    ], "大专及以上学历；1年以上前台或客服工作经验；形象气质佳，会使用办公软件"),
]


def _merge_row(table, text, bold=False):
    row = table.add_row()
    c = row.cells[0].merge(row.cells[2])
    c.text = text
    if bold:
        for r in c.paragraphs[0].runs:
            r.bold = True
    return row


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def rc03():
    d = new_doc()
    p = d.add_paragraph()
    r = p.add_run("瑞齿口腔西湖门诊　岗位职责表（2023年12月修订）")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("注：本表由西湖门诊自行修订，与集团版本不一致处以集团最新发布为准。")
    table = d.add_table(rows=0, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for head, rows, req in RC03:
        hr = table.add_row()
        for c, t in zip(hr.cells, ("序号", "职责内容", "工作标准")):
            c.text = t
            c.paragraphs[0].runs[0].bold = True
        _repeat_header(hr)
        _merge_row(table, head, bold=True)
        for i, (duty, std) in enumerate(rows, 1):
            row = table.add_row()
            row.cells[0].text = str(i)
            row.cells[1].text = duty
            row.cells[2].text = std
        _merge_row(table, "任职要求：" + req)
    d.add_paragraph("西湖门诊办公室　2023年12月")
    save_docx(d, "rc03_西湖门诊岗位职责表.docx")


# ------------------------------------------------------------------ rc04: KPI matrix, indicators x posts
RC04_POSTS = ["口腔全科医生", "种植医生", "正畸医生", "口腔护士", "洁牙师", "前台接待", "客户经理"]
RC04_ROWS = [
    ("财务", "个人业绩达成率", "实际业绩/目标业绩×100%", "HIS收费系统", [30, 30, 25, None, 20, None, 40]),
    ("财务", "方案成交率", "成交方案数/面诊方案数×100%", "CRM客户系统", [None, 15, 15, None, None, None, 25]),
    ("客户", "患者满意度", "回访满意人数/回访总人数×100%", "回访系统", [15, 10, 15, 20, 20, 25, 15]),
    ("客户", "有效投诉次数", "经客服中心核实的投诉次数，每次扣5分", "客诉台账", [10, 10, 10, 10, 10, 15, 10]),
    ("客户", "复诊预约率", "已预约复诊人数/应复诊人数×100%", "预约系统", [10, None, 10, None, 15, 20, None]),
    ("内部流程", "病历书写合格率", "合格病历数/抽查病历数×100%", "医务部病历质控", [15, 10, 10, None, None, None, None]),
    ("内部流程", "种植体一年存留率", "一年后存留种植体数/植入种植体数×100%", "种植随访记录", [None, 15, None, None, None, None, None]),
    ("内部流程", "感控检查合格率", "合格项数/检查项数×100%", "护士长感控检查表", [10, 5, 5, 30, 25, None, None]),
    ("内部流程", "四手操作配合达标率", "达标次数/抽查次数×100%", "护理质控记录", [None, None, None, 25, None, None, None]),
    ("内部流程", "预约准时到诊率", "准时到诊人数/预约人数×100%", "预约系统", [None, None, None, None, None, 20, None]),
    ("内部流程", "收费差错次数", "日结对账差错次数", "财务日结表", [None, None, None, None, None, 10, None]),
    ("学习成长", "培训学时完成率", "已完成学时/规定学时×100%", "培训系统", [10, 5, 10, 15, 10, 10, 10]),
]

RC04B_ROWS = [
    ("财务", "门诊营收达成率", "≥95%", 30, "每低1个百分点扣1分", 25, "按区域内门诊合计计算"),
    ("财务", "成本费用率", "≤60%", 10, "每超出1个百分点扣2分", 10, "按区域内门诊合计计算"),
    ("客户", "患者净推荐值（NPS）", "≥60", 15, "每低5分扣3分", 15, "取区域平均值"),
    ("客户", "重大医疗纠纷次数", "0次", 15, "发生1次本项不得分", 10, "区域内发生1次扣5分"),
    ("内部流程", "感控督查合格率", "100%", 10, "集团督查每项不合格扣2分", None, None),
    ("内部流程", "新门诊开业准时率", "100%", None, None, 20, "每延期一周扣5分"),
    ("学习成长", "核心人员流失率", "≤10%", 10, "每超出1个百分点扣1分", 10, "核心人员指医生、护士长"),
    ("学习成长", "储备院长人数", "≥1人", 10, "无储备本项不得分", 10, "每个门诊至少1人"),
]


def rc04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "门诊岗位KPI矩阵"
    ncol = 4 + len(RC04_POSTS)
    ws.cell(1, 1, "瑞齿口腔2024年度门诊岗位KPI权重矩阵（单位：%，空白表示该岗位不考核此项）").font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    heads = ["维度", "指标", "计算口径", "数据来源"] + RC04_POSTS
    for j, h in enumerate(heads, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    r = 3
    for dim, name, formula, src, ws_ in RC04_ROWS:
        ws.cell(r, 1, dim)
        ws.cell(r, 2, name)
        ws.cell(r, 3, formula)
        ws.cell(r, 4, src)
        for j, w in enumerate(ws_):
            if w is not None:
                ws.cell(r, 5 + j, w)
        r += 1
    ws.cell(r, 1, "合计")
    for j in range(len(RC04_POSTS)):
        col = openpyxl.utils.get_column_letter(5 + j)
        ws.cell(r, 5 + j, f"=SUM({col}3:{col}{r - 1})")
    # merge the 维度 column over its rows
    start = 3
    for i in range(3, r + 1):
        if i == r or ws.cell(i, 1).value != ws.cell(start, 1).value:
            if i - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=i - 1, end_column=1)
            start = i
    for col, wd in zip("ABCD", (10, 20, 36, 16)):
        ws.column_dimensions[col].width = wd

    ws2 = wb.create_sheet("管理岗位KPI")
    ws2.cell(1, 1, "指标信息")
    ws2.merge_cells("A1:C1")
    ws2.cell(1, 4, "门诊主任（院长）")
    ws2.merge_cells("D1:E1")
    ws2.cell(1, 6, "区域运营经理")
    ws2.merge_cells("F1:G1")
    for j, h in enumerate(["维度", "指标名称", "目标值", "权重(%)", "评分规则", "权重(%)", "评分规则"], 1):
        ws2.cell(2, j, h)
    for c in ws2[1] + ws2[2]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    for i, row in enumerate(RC04B_ROWS, 3):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws2.cell(i, j, v)
    ws2.cell(3 + len(RC04B_ROWS), 1, "说明：区域运营经理的考核周期为季度，门诊主任按月预考、按季度兑现。")
    save_xlsx(wb, "rc04_2024年度岗位KPI矩阵.xlsx")


# ------------------------------------------------------------------ rc05: two-row merged headers
RC05 = [
    ("种植医生", "医疗部", "医疗总监", "本科及以上", "口腔医学", "5年以上", "医师执业证书（口腔）", "40-80万/年", "杭州滨江门诊", 2, "急招"),
    ("正畸医生", "医疗部", "医疗总监", "硕士及以上", "口腔正畸学", "3年以上", "医师执业证书、隐适美认证", "30-60万/年", "杭州西湖门诊", 1, ""),
    ("口腔全科医生", "医疗部", "门诊主任", "本科及以上", "口腔医学", "3年以上", "医师资格证+执业证", "15000-30000元/月", "宁波鄞州门诊", 3, ""),
    ("口腔护士", "护理部", "护士长", "中专及以上", "护理", "不限", "护士执业证书", "5500-8000元/月", "各门诊", 6, "接受应届毕业生"),
    ("前台接待", "客服部", "客服主管", "大专及以上", "专业不限", "1年以上", "无", "4500-6000元/月", "杭州滨江门诊", 2, ""),
    ("采购专员", "供应链部", "供应链经理", "大专及以上", "医学、物流相关", "2年以上医疗器械采购", "无", "7000-10000元/月", "集团总部（杭州上城区）", 1, ""),
    ("库管员", "供应链部", "供应链经理", "高中及以上", "不限", "1年以上仓管", "无", "4500-5500元/月", "集团中心仓（杭州萧山区）", 1, "需适应早班"),
]


def rc05():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年招聘需求"
    top = [("序号", 1, 1), ("岗位信息", 2, 4), ("任职要求", 5, 8), ("待遇及地点", 9, 10), ("需求人数", 11, 11), ("备注", 12, 12)]
    for text, a, b in top:
        ws.cell(1, a, text)
        if a == b:
            ws.merge_cells(start_row=1, start_column=a, end_row=2, end_column=a)
        else:
            ws.merge_cells(start_row=1, start_column=a, end_row=1, end_column=b)
    for j, h in enumerate(["岗位名称", "所属部门", "汇报对象", "学历", "专业", "工作经验", "资格证书", "薪资范围", "工作地点"], 2):
        ws.cell(2, j, h)
    for c in list(ws[1]) + list(ws[2]):
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center")
    for i, row in enumerate(RC05, 3):
        ws.cell(i, 1, i - 2)
        for j, v in enumerate(row, 2):
            if v != "":
                ws.cell(i, j, v)
    ws.cell(4 + len(RC05), 1, "填表：人力资源中心招聘组　　审批：人力资源总监")
    save_xlsx(wb, "rc05_2025年招聘需求汇总.xlsx")


# ------------------------------------------------------------------ rc06: careers page with cards and <details>
RC06_JOBS = [
    ("客户经理（咨询师）", "杭州·滨江门诊", "8000-15000元/月（底薪+提成）", [
        "接待初诊患者，了解口腔需求并陪同完成医生面诊",
        "根据医生方案向患者讲解种植、正畸等治疗项目及费用，促成方案成交",
        "跟进未成交患者，做好电话及微信回访",
        "维护老客户关系，推动老客户转介绍",
        "配合市场部开展社区义诊和到院活动",
    ], [
        "大专及以上学历，医学、市场营销相关专业优先",
        "1年以上口腔或医美行业咨询经验",
        "形象端庄，普通话标准，沟通能力强",
    ]),
    ("客户经理（咨询师）", "宁波·鄞州门诊", "7000-12000元/月（底薪+提成）", [
        "接待到院患者，陪同面诊并讲解治疗方案",
        "负责门诊种植、正畸项目的方案成交和收款",
        "建立患者档案，定期回访未成交及已治疗患者",
    ], [
        "大专及以上学历",
        "2年以上销售或咨询经验，有宁波本地口腔或医美行业资源者优先",
        "能接受周末轮休",
    ]),
    ("洁牙师（口腔卫生士）", "杭州·西湖门诊", "6000-9000元/月", [
        "为患者进行超声波洁牙、喷砂和抛光",
        "记录患者牙周状况，向患者讲解刷牙和牙线使用方法",
        "协助医生完成牙周治疗的术前准备",
    ], [
        "口腔医学技术、护理相关专业大专及以上学历",
        "持护士执业证书或口腔卫生士结业证书",
        "有洁牙经验者优先",
    ]),
    ("影像技师", "集团影像中心（杭州滨江）", "7000-10000元/月", [
        "负责CBCT、全景片及根尖片的拍摄",
        "做好放射防护，为患者及陪同人员提供铅衣防护",
        "每日开机校准设备并记录运行情况",
        "将影像资料上传PACS系统并归档",
    ], [
        "医学影像技术专业大专及以上学历",
        "持有《放射工作人员证》",
        "持有大型医用设备上岗证者优先",
    ]),
]


def rc06():
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           '<title>加入瑞齿 - 瑞齿口腔医疗集团</title>', '<link rel="stylesheet" href="/static/careers.css">', '</head>',
           '<body>', '<header class="site-header">',
           '  <nav><a href="/">首页</a> | <a href="/about">关于瑞齿</a> | <a href="/clinics">门诊分布</a> | '
           '<a href="/careers">加入瑞齿</a> | <a href="/contact">联系我们</a></nav>', '</header>',
           '<main>', '  <h1>加入瑞齿</h1>',
           '  <p class="intro">瑞齿口腔在杭州、宁波共有7家门诊。我们为员工提供五险一金、带薪年假、年度体检和免费洗牙。</p>',
           '  <section class="job-list">']
    for title, place, pay, duties, reqs in RC06_JOBS:
        out += ['    <div class="job">',
                f'      <div class="job-head"><h3 class="job-title">{title}</h3>'
                f'<span class="job-place">{place}</span><span class="job-pay">{pay}</span></div>',
                '      <details open>', '        <summary>岗位职责</summary>', '        <ul>']
        out += [f'          <li>{x}</li>' for x in duties]
        out += ['        </ul>', '      </details>', '      <details>', '        <summary>任职要求</summary>', '        <ul>']
        out += [f'          <li>{x}</li>' for x in reqs]
        out += ['        </ul>', '      </details>',
                '      <a class="apply" href="mailto:hr@ruichi-dental.cn">投递简历</a>', '    </div>']
    out += ['  </section>', '</main>', '<footer>',
            '  <p>© 2024 瑞齿口腔医疗集团　浙ICP备20240001号</p>',
            '  <p>简历投递邮箱：hr@ruichi-dental.cn　招聘热线：0571-8888 6600</p>', '</footer>', '</body>', '</html>']
    (OUT / "rc06_加入瑞齿.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ rc07: Markdown with YAML front matter, ### per post
RC07 = """---
title: 区域运营中心及市场部岗位说明
owner: 运营管理中心
version: 2.1
updated: 2024-11-20
confidential: 内部资料
---

# 区域运营中心及市场部岗位说明

> 适用范围：集团区域运营中心、市场部。门诊岗位见各门诊岗位说明书。

### 区域运营经理

- 岗位编码：YY-02
- 汇报对象：运营副总裁
- 管理范围：杭州区域5家门诊的门诊主任
- 工作地点：杭州，需经常往返各门诊（每月出差约10天）

**岗位职责**

1. 将区域年度经营目标分解到各门诊，按月跟踪营收、到诊量和成本
2. 每月至少巡店一次，检查服务流程、感控和6S执行情况
3. 组织区域门诊主任月度经营分析会，推动问题整改
4. 负责新门诊的选址评估、筹建进度和开业准备
5. 协调区域内医生、护士的跨门诊调配

**任职要求**

1. 本科及以上学历，管理类或医学相关专业
2. 5年以上连锁医疗或连锁服务业运营管理经验，其中3年以上多店管理经验
3. 熟悉口腔门诊经营模式，具备较强的数据分析能力

### 市场专员

- 汇报对象：市场部经理
- 工作地点：集团总部（杭州上城区）

**岗位职责**

1. 策划门诊社区义诊、企业口腔检查等线下获客活动
2. 运营大众点评、美团及小红书账号，维护门诊线上评分
3. 统计各渠道获客数量和获客成本，每月提交渠道分析报告
4. 确保广告宣传内容符合《医疗广告管理办法》，发布前送法务审核

**任职要求**

1. 大专及以上学历，市场营销、新闻传播相关专业
2. 2年以上医疗或消费行业市场推广经验
3. 熟悉新媒体平台投放规则，会基础的图片和短视频剪辑

### 培训专员

（岗位说明待补充）
"""


def rc07():
    (OUT / "rc07_区域运营及市场岗位.md").write_text(RC07, encoding="utf-8")


# ------------------------------------------------------------------ rc08: PDF (performance rules + KPI annex)
PDF_PAGES = [
    [(16, "瑞齿口腔医疗集团绩效考核管理办法"),
     (10, "（2024年修订　人力资源中心发布）"),
     (11, "第一条　本办法适用于集团各门诊及职能部门的正式员工，试用期员工不参加季度考核。"),
     (11, "第二条　医护岗位按月考核，管理岗位按季度考核，年度考核取四个季度的平均分。"),
     (11, "第三条　考核结果分为四个等级：A级90分及以上，B级80至89分，C级70至79分，"),
     (11, "D级70分以下。"),
     (11, "第四条　各门诊A级人数原则上不超过本门诊参加考核人数的20%。"),
     (11, "第五条　绩效奖金＝绩效奖金基数×考核系数，A级系数1.2，B级1.0，C级0.8，D级为0。"),
     (11, "第六条　连续两个季度考核为D级的，予以调岗或解除劳动合同。"),
     (11, "第七条　员工对考核结果有异议的，可在结果公布后5个工作日内向人力资源中心书面申诉，"),
     (11, "人力资源中心在10个工作日内给出复核结论。"),
     (11, "第八条　医疗安全一票否决：发生以下情形之一的，当期考核直接评为D级："),
     (11, "（一）因违反感控制度导致院内感染事件；"),
     (11, "（二）发生经鉴定负主要责任的医疗事故；"),
     (11, "（三）伪造病历、灭菌记录或考勤记录。"),
     (9, "第 1 页")],
    [(13, "附表一　护士长月度考核指标"),
     (11, "指标名称　权重　目标值"),
     (11, "护理质量检查合格率　25%　≥98%"),
     (11, "感控督查问题整改率　25%　100%"),
     (11, "护理投诉次数　15%　每月不超过1次"),
     (11, "新护士带教合格率　15%　100%"),
     (11, "护理耗材损耗率　10%　≤3%"),
     (11, "团队培训计划完成率　10%　100%"),
     (13, "附表二　消毒供应员月度考核指标"),
     (11, "指标名称　权重　目标值"),
     (11, "器械灭菌合格率　40%　100%"),
     (11, "灭菌监测记录完整率　20%　100%"),
     (11, "器械包发放及时率　20%　≥99%"),
     (11, "设备故障报修及时率　10%　100%"),
     (11, "职业防护规范执行率　10%　全年无锐器伤"),
     (11, "注：器械灭菌合格率未达100%的，本月考核不得评为A级。"),
     (9, "第 2 页")],
]


def pdf_bytes(pages):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] >>".encode())
    pages_no = add(b"")
    kids = []
    for lines in pages:
        ops = ["BT"]
        y = 800
        for size, text in lines:
            hexs = text.encode("utf-16-be").hex().upper()
            x = 50
            if size == 9:
                x, y = 260, 40
            elif size >= 16:
                x = 297 - len(text) * size // 2
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
            y -= size + 11
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add(b"<< /Producer (gen.py) >>")
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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
    return bytes(out)


def rc08():
    (OUT / "rc08_绩效考核管理办法.pdf").write_bytes(pdf_bytes(PDF_PAGES))


# ------------------------------------------------------------------ rc09: GBK handbook
RC09 = """瑞齿口腔医疗集团员工手册（2024版）节选

第一章　考勤管理
1.1　门诊实行弹性排班：早班8:30—17:30，晚班12:00—21:00，每周休息两天，周末轮休。
1.2　员工上下班须在钉钉打卡。迟到或早退15分钟以内的，每次扣款20元；超过15分钟的，按旷工半天处理。
1.3　因接诊延误下班超过1小时的，经护士长或门诊主任确认后计为加班，可申请调休。

第二章　请假制度
2.1　请假须提前在钉钉提交申请：1天以内由直接上级审批；2至3天由门诊主任审批；3天以上报区域运营经理审批。
2.2　病假须提供二级及以上医院出具的病假证明，病假期间工资按本人基本工资的80%发放。
2.3　年休假：累计工作满1年不满10年的，年休假5天；满10年不满20年的，10天；满20年的，15天。
2.4　婚假3天；产假、陪产假按《浙江省人口与计划生育条例》执行。

第三章　试用期管理
3.1　新员工试用期一般为3个月，医生岗位试用期为6个月。
3.2　试用期工资为转正工资的80%。
3.3　试用期满前15日，由直接上级填写《转正评估表》，评估合格方可转正。

第四章　培训
4.1　新员工入职第一周参加集团岗前培训，内容包括企业文化、服务礼仪、感控基础和信息系统操作，考核不合格者不得上岗。
4.2　医生每年须完成不少于25学分的继续医学教育，护士每年不少于15学分。
4.3　由集团出资参加外部培训且单次费用超过5000元的，须签订服务期协议；服务期内离职的，按未履行服务期比例退还培训费。

第五章　医疗安全与感控制度
5.1　严格执行手卫生“五个时刻”，接触患者前后必须洗手或使用速干手消毒剂。
5.2　口腔器械实行“一人一用一消毒或灭菌”，牙科手机必须每人次灭菌。
5.3　发生锐器伤时，立即从近心端向远心端挤出伤口血液，用流动水冲洗并用碘伏消毒，30分钟内报告护士长，填写《职业暴露登记表》。
5.4　医疗废物按感染性、损伤性、药物性分类收集，由专人交接并登记，交接记录保存3年。
5.5　发生医疗不良事件的，须在24小时内通过OA上报医务部；主动上报的不追究个人责任（故意违规除外）。

第六章　仪容仪表
6.1　医护人员上岗须穿着集团统一工作服，佩戴工牌，不得佩戴戒指、手镯等饰品。
6.2　前台接待、客户经理须化淡妆，头发盘起。
"""


def rc09():
    (OUT / "rc09_员工手册.txt").write_bytes(RC09.replace("\n", "\r\n").encode("gbk"))


# ------------------------------------------------------------------ rc10: org chart
RC10 = """瑞齿口腔医疗集团组织架构图（2024年12月）

总裁
├─ 医疗总监
│   ├─ 医务部经理
│   ├─ 种植中心：种植医生
│   ├─ 正畸中心：正畸医生
│   ├─ 儿牙中心：儿牙医生
│   └─ 影像中心：影像技师
├─ 运营副总裁
│   ├─ 区域运营经理（杭州区域）
│   │   └─ 门诊主任（院长）×5
│   │       ├─ 口腔全科医生
│   │       ├─ 护士长
│   │       │   ├─ 口腔护士
│   │       │   ├─ 口腔卫生士（洁牙师）
│   │       │   └─ 消毒供应员
│   │       ├─ 客服主管
│   │       │   ├─ 前台接待
│   │       │   └─ 电话回访专员
│   │       └─ 客户经理（咨询师）
│   └─ 区域运营经理（宁波区域）
│       └─ 门诊主任（院长）×2
├─ 市场部经理
│   └─ 市场专员
├─ 供应链经理
│   ├─ 采购专员
│   └─ 库管员
├─ 人力资源中心：人事专员、培训专员
├─ 财务中心：财务专员
└─ 技工中心：技工室技师

注：种植医生、正畸医生业务上归医疗总监管理，行政上在所驻门诊接受门诊主任管理。
"""


def rc10():
    (OUT / "rc10_组织架构图.txt").write_text(RC10, encoding="utf-8")


# ------------------------------------------------------------------ rc11: CSV, semicolons, UTF-8 BOM, multi-line cells
RC11 = [
    ["岗位名称", "所属部门", "岗位职责", "任职要求", "工作地点", "发布日期"],
    ["采购专员", "供应链部",
     "1. 负责种植体、正畸托槽、隐形矫治器等耗材的询价比价和合同签订\n2. 维护供应商档案，每年组织一次供应商评估\n"
     "3. 跟踪订单到货，处理质量问题的退换货\n4. 核对发票与入库单，提交付款申请",
     "大专及以上学历，医学、物流或管理相关专业；2年以上医疗器械采购经验；熟悉医疗器械经营许可证和注册证的查验",
     "集团总部（杭州上城区）", "2025-01-06"],
    ["库管员", "供应链部",
     "1. 负责中心仓耗材和药品的收货验收、上架及出库\n2. 按先进先出原则发货，每月末进行全面盘点\n"
     "3. 监控效期，距失效期不足6个月的物品每月列表预警\n4. 维护进销存系统数据，确保账、物、卡一致",
     "高中及以上学历；1年以上仓库管理经验；会使用Excel和进销存系统",
     "集团中心仓（杭州萧山区）", "2025-01-06"],
    ["电话回访专员", "客服部", "待补充", "待补充", "杭州滨江门诊", "2025-01-06"],
]


def rc11():
    def cell(v):
        if any(ch in v for ch in ';"\n'):
            return '"' + v.replace('"', '""') + '"'
        return v
    text = "\r\n".join(";".join(cell(v) for v in row) for row in RC11) + "\r\n"
    (OUT / "rc11_后勤岗位招聘.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file():
            old.unlink()
    for fn in (rc01, rc02, rc03, rc04, rc05, rc06, rc07, rc08, rc09, rc10, rc11):
        fn()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")
