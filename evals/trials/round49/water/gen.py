#!/usr/bin/env python3
"""Round 49 'water': 清江市供水集团有限公司 — 10 HR documents.

Run:  T49_OUT=/tmp/t49water/corpus /tmp/genv/bin/python gen.py
Layouts (new for this round):
  w01 docx  岗位说明书 filled into a template whose value cells still carry the grey
            "〔填写说明：…〕" hints; duties as a table NESTED in a merged cell with the 职责模块
            merged down; a 批注-style revision note row; header/footer carry the doc code.
  w02 docx  工作手册 of prose: facts told in sentences, duties run together "（1）…（2）…" in one
            paragraph, a one-cell shaded "岗位速览" banner table, a "略" post, an appendix with a
            superseded (已废止) 2022 requirement.
  x01 xlsx  KPI library: 指标库 sheet under a two-row merged header; one sheet per department with
            post blocks "考核岗位：X" whose targets are split into Q1–Q4 under a merged 季度目标,
            weights in 分 with a SUM 合计 formula; a void "2023版（作废）" sheet.
  x02 xlsx  岗位台账 under a grouped 3-level header (基本信息 / 任职条件 / 待遇与班次) whose 班次
            column holds codes explained on a second sheet; a 证书目录 sheet.
  c01 csv   招聘需求 TRANSPOSED: one column per post, one row per field, multi-line cells, BOM,
            a closed 2024 column.
  h01 html  careers page grouped BY FIELD, not by post: <h2>岗位职责</h2> then an <h3> per post,
            <h2>任职要求</h2> then an <h3> per post, pay in a <dl>; a post named only in the overview.
  p01 pdf   调度管理办法 of 第N条 articles with a running header, a KPI table and a 安全生产责任清单
            whose post cell is SPANned down its rows.
  m01 md    新员工 FAQ whose headings are first-person questions ("### 我是抄表员，…").
  t01 txt   GBK 通知 changing 管网巡检员's boss (from 2025-07-01) and 营业厅客服's shifts.
  t02 txt   UTF-16 倒班与考勤管理规定 (policy only).
"""
import csv
import io
import os
from pathlib import Path

OUT = Path(os.environ.get("T49_OUT", "/tmp/t49water/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.glob("*"):
    old.unlink()

CO = "清江市供水集团有限公司"

# ----------------------------------------------------------------------------- w01 docx
def w01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "清江供水集团　QJGS/HR-JD-01-2025　第3版　受控文件"
    sec.footer.paragraphs[0].text = "人力资源部编制　2025年3月发布　未经许可不得外传"

    def hint(cell, hint_text, value):
        """Template remnant: grey bracketed hint, then the filled value, in one paragraph."""
        p = cell.paragraphs[0]
        r = p.add_run(f"〔填写说明：{hint_text}〕")
        r.font.color.rgb = RGBColor(0x99, 0x99, 0x99)
        r.font.size = Pt(8)
        p.add_run(value)

    def shade(cell, fill="D9E2F3"):
        tcPr = cell._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:fill"), fill)
        tcPr.append(s)

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = t.add_run(f"{CO}\n生产运行及水质检测岗位说明书汇编（2025版）")
    rr.bold = True
    rr.font.size = Pt(16)
    d.add_paragraph("说明：本汇编收录制水工、水质检验员、化验室主任、泵站运行工四个岗位。"
                    "加药工岗位说明书另行编制，不在本汇编范围内。各岗位“〔填写说明〕”为模板提示语，"
                    "填写时未删除，阅读时请忽略。")

    posts = [
        dict(no="JD-SC-01", name="制水工", dept="第一净水厂生产运行科", num="16人",
             boss="净水厂值班长", subs="无", place="城北第一净水厂（北环路88号）", shift="四班三运转",
             duties=[
                 ("工艺运行", "按工艺规程操作混凝、沉淀、过滤、消毒各工序，保证出厂水质达标", "出厂水浊度≤0.5NTU"),
                 ("工艺运行", "根据原水浊度变化及时调整投矾量和加氯量", "调整后30分钟内复测"),
                 ("工艺运行", "执行滤池反冲洗作业，控制反冲洗强度和时长", "按反冲洗周期表执行"),
                 ("巡视记录", "每2小时巡视一次加药间、滤池、清水池，记录运行参数", "巡视记录完整率100%"),
                 ("巡视记录", "填写生产运行日志，做好交接班记录", "日志无漏记"),
                 ("异常处理", "发现设备异常立即报告值班长并配合维修钳工处理", "5分钟内报告"),
             ],
             edu="高中/中专及以上学历", major="给排水、化工、环境工程等相关专业",
             exp="1年以上水厂或化工装置运行经验，应届生经培训合格后可上岗",
             cert="供水行业职业技能等级证书（制水工），持证上岗",
             note="〔批注 人力资源部 2025-03-12：学历要求由“初中及以上”修订为“高中/中专及以上”，原“持上岗证”表述改为职业技能等级证书。〕"),
        dict(no="JD-SZ-02", name="水质检验员", dept="水质检测中心", num="8人",
             boss="化验室主任", subs="无", place="水质检测中心（城西实验楼3层）", shift="常白班，节假日轮值",
             duties=[
                 ("采样检测", "按GB 5749执行出厂水、管网水的采样与检测", "采样计划完成率≥98%"),
                 ("采样检测", "每日检测浊度、余氯、pH、菌落总数、总大肠菌群等常规指标", "当日出具结果"),
                 ("仪器试剂", "维护保养分光光度计、浊度仪等检测仪器，做好期间核查", "期间核查按计划完成"),
                 ("仪器试剂", "管理试剂和标准物质，做好危化品领用登记", "账物相符"),
                 ("记录报告", "出具检测原始记录和检验报告，确保数据可追溯", "报告及时率100%"),
                 ("记录报告", "发现水质超标立即报告化验室主任并复检", "超标1小时内上报"),
             ],
             edu="大专及以上学历", major="化学、环境监测、给排水等相关专业",
             exp="不限，接受应届毕业生", cert="化学检验员职业技能等级证书（四级及以上）",
             note=""),
        dict(no="JD-SZ-01", name="化验室主任", dept="水质检测中心", num="1人",
             boss="总工程师", subs="水质检验员（8人）", place="水质检测中心（城西实验楼3层）", shift="常白班",
             duties=[
                 ("实验室管理", "主持化验室日常管理，编制年度检测计划和质量控制计划", "计划按期下达"),
                 ("实验室管理", "组织实验室资质认定（CMA）复评审和内部审核", "复评审一次通过"),
                 ("报告审核", "审核检验报告并签发，对检测结论负责", "报告差错为零"),
                 ("异常调查", "组织水质异常事件调查，向生产部门提出工艺调整建议", "24小时内出具调查意见"),
                 ("人员管理", "负责检验员培训、考核与排班", "年度培训不少于40学时"),
             ],
             edu="本科及以上学历", major="分析化学、环境工程等相关专业",
             exp="5年以上水质检测工作经验，其中2年以上实验室管理经验",
             cert="中级工程师及以上职称",
             note=""),
        dict(no="JD-EC-03", name="泵站运行工", dept="二次供水管理所", num="21人",
             boss="泵站站长", subs="无", place="城东、城南、开发区三座加压泵站", shift="做一休二（24小时值守）",
             duties=[
                 ("运行监视", "监视水泵机组、变频柜和配电设备运行状态，按调度指令开停泵", "指令执行无差错"),
                 ("运行监视", "每小时抄录出口压力、流量、电流、电压等运行数据", "数据无漏抄"),
                 ("维护保养", "对水泵进行日常润滑、紧固和简单故障处理", "按保养卡执行"),
                 ("维护保养", "做好泵房清洁、通风、防汛和防小动物措施", "检查无扣分"),
                 ("应急处置", "停电、爆管等突发情况按应急预案处置并报告调度中心", "10分钟内报告"),
             ],
             edu="中专/技校及以上学历", major="机电一体化、电气自动化等相关专业",
             exp="1年以上泵站或配电运行经验",
             cert="低压电工作业证（特种作业操作证）",
             note=""),
    ]
    for i, p in enumerate(posts, 1):
        d.add_heading(f"{'一二三四'[i-1]}、{p['name']}", level=1)
        tb = d.add_table(rows=0, cols=4)
        tb.style = "Table Grid"

        def row4(a, b, c, dd):
            r = tb.add_row().cells
            r[0].text, r[2].text = a, c
            if isinstance(b, tuple):
                hint(r[1], *b)
            else:
                r[1].text = b
            if isinstance(dd, tuple):
                hint(r[3], *dd)
            else:
                r[3].text = dd
            return r

        def row_merged(label, value=None, is_hint=None):
            r = tb.add_row().cells
            if value is None:
                m = r[0].merge(r[3])
                m.text = label
                shade(m)
                return m
            r[0].text = label
            m = r[1].merge(r[3])
            if is_hint:
                hint(m, is_hint, value)
            else:
                m.text = value
            return m

        row4("岗位名称", p["name"], "岗位编号", p["no"])
        row4("所属部门", ("填写二级单位及科室", p["dept"]), "岗位定员", p["num"])
        row4("直接上级", ("填写上级岗位全称", p["boss"]), "直接下属", ("无下属填“无”", p["subs"]))
        row4("工作地点", p["place"], "班次", p["shift"])
        row_merged("岗位职责")
        r = tb.add_row().cells
        m = r[0].merge(r[3])
        m.paragraphs[0].text = "（按职责模块列示）"
        inner = m.add_table(rows=1, cols=3)
        inner.style = "Table Grid"
        for c, h in zip(inner.rows[0].cells, ["职责模块", "工作任务", "绩效标准"]):
            c.text = h
        prev_mod, first = None, None
        for mod, task, std in p["duties"]:
            ic = inner.add_row().cells
            ic[1].text, ic[2].text = task, std
            if mod == prev_mod:
                first = first.merge(ic[0])
            else:
                ic[0].text = mod
                first = ic[0]
                prev_mod = mod
        row_merged("任职资格")
        row_merged("学历", p["edu"], "最低学历要求")
        row_merged("专业", p["major"])
        row_merged("工作经验", p["exp"], "写明年限")
        row_merged("证书要求", p["cert"])
        if p["note"]:
            row_merged("修订记录", p["note"])
        d.add_paragraph()
    d.add_paragraph("编制：人力资源部　　审核：生产技术部　　批准：总经理办公会")
    d.save(OUT / "w01_生产运行及水质检测岗位说明书汇编2025.docx")


# ----------------------------------------------------------------------------- w02 docx
def w02():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    d.sections[0].header.paragraphs[0].text = "管网管理所 · 营业所 · 设备维修车间　工作手册"

    def banner(text):
        tb = d.add_table(rows=1, cols=1)
        tb.style = "Table Grid"
        c = tb.rows[0].cells[0]
        c.text = text
        tcPr = c._tc.get_or_add_tcPr()
        s = OxmlElement("w:shd")
        s.set(qn("w:val"), "clear")
        s.set(qn("w:fill"), "FFF2CC")
        tcPr.append(s)

    d.add_heading("管网、营业与维修岗位工作手册", 0)
    d.add_paragraph("本手册供管网管理所、各营业所及设备维修车间员工日常工作使用，"
                    "与《岗位说明书汇编》不一致时，以人力资源部最新发文为准。")
    d.add_heading("第三章　管网管理所", 1)
    d.add_heading("3.1　管网巡检员", 2)
    banner("岗位速览｜班次：早8:00—17:00，汛期（6—9月）夜间轮值｜月薪：4500—5800元｜定员：24人")
    d.add_paragraph("管网巡检员隶属管网管理所，日常由巡检班长直接管理，每人负责一个划定片区，"
                    "配备巡检电动车和手持终端。本岗位要求高中及以上学历，身体健康，能适应户外工作，"
                    "持有C1及以上机动车驾驶证者优先；无经验者须跟班学习一个月。")
    d.add_paragraph("巡检员的主要工作是：（1）按划定片区每日巡查供水管线、阀门、消火栓及水表井；"
                    "（2）发现漏水、违章占压、私接管道等情况拍照上报并跟踪处理；"
                    "（3）配合施工单位做好管线交底和现场监护，防止第三方破坏；"
                    "（4）每月对辖区阀门进行启闭检查并更新阀门台账；"
                    "（5）使用巡检APP签到打卡并上传巡检轨迹。")
    d.add_heading("3.2　漏损控制工程师", 2)
    banner("岗位速览｜班次：常白班｜月薪：8000—11000元｜定员：3人")
    d.add_paragraph("漏损控制工程师设在管网管理所漏损控制科，向漏损控制科科长汇报，"
                    "并对管网巡检员的检漏工作进行业务指导。任职者应具备给排水科学与工程专业本科及以上学历，"
                    "3年以上供水管网或DMA分区计量工作经验，熟练使用GIS和水力模型软件，"
                    "具有助理工程师及以上职称。")
    d.add_paragraph("其职责包括：（1）建立和维护DMA分区计量体系，分析夜间最小流量；"
                    "（2）组织听漏、检漏作业，制定漏损控制年度方案；"
                    "（3）统计产销差率，编制漏损分析月报；"
                    "（4）指导管网巡检员开展检漏工作。")
    d.add_heading("3.3　水表校验员", 2)
    d.add_paragraph("（略，详见计量检定站管理制度）")

    d.add_heading("第四章　营业所", 1)
    d.add_heading("4.1　抄表员", 2)
    banner("岗位速览｜班次：白班，按抄表例日安排｜月薪：4200—5500元（底薪＋计件）｜定员：60人")
    d.add_paragraph("抄表员归属各营业所，由营业所抄表班长安排片区和例日。"
                    "高中及以上学历即可，经验不限，须会熟练使用手持抄表机，能吃苦、服从片区轮换。")
    d.add_paragraph("抄表员的日常工作：（1）按抄表例日上门抄录水表读数，确保抄见率不低于98%；"
                    "（2）核对用户信息、表号和水表运行状况，发现停表、倒转及时报修；"
                    "（3）对用水量突增突减50%以上的用户进行复核；"
                    "（4）发放缴费通知单，协助催缴欠费；"
                    "（5）宣传节约用水和安全用水知识。")

    d.add_heading("第五章　设备维修车间", 1)
    d.add_heading("5.1　维修钳工", 2)
    banner("岗位速览｜班次：白班＋夜间值班抢修（每周一次）｜月薪：5500—7500元｜定员：12人")
    d.add_paragraph("维修钳工由维修车间主任领导，服务于各净水厂和泵站。任职条件：技校/中专及以上学历，"
                    "机械类专业，2年以上设备维修经验，持钳工中级工及以上职业资格证书，有焊工证者优先。")
    d.add_paragraph("主要职责：（1）负责水泵、阀门、加药泵、刮泥机等设备的检修与保养；"
                    "（2）执行设备定期点检，填写检修记录；"
                    "（3）参与设备大修和技术改造，更换易损件；"
                    "（4）夜间值班时响应设备故障抢修；"
                    "（5）做好工具、备件的保管和领用。")

    d.add_heading("附录B　抄表员岗位要求（2022版，已废止）", 1)
    d.add_paragraph("【已废止，仅供查阅】抄表员：初中及以上学历；抄见率不低于95%；"
                    "每月抄表不少于3000户。自2025年1月1日起以第四章为准。")
    d.save(OUT / "w02_管网营业维修岗位工作手册.docx")


# ----------------------------------------------------------------------------- x01 xlsx
def x01():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for r in [["清江供水集团2025年度绩效考核指标库"],
              ["1. 各部门工作表按“考核岗位”分块，权重单位为分，满分100分。"],
              ["2. 季度目标为当季应达到的值，年度目标为全年累计或年末值。"],
              ["3. “2023版（作废）”工作表仅保留备查，不再执行。"],
              ["4. 指标定义及计算公式见“指标库”工作表。"]]:
        ws.append(r)

    lib = wb.create_sheet("指标库")
    lib.merge_cells("A1:D1"); lib["A1"] = "指标信息"
    lib.merge_cells("E1:F1"); lib["E1"] = "考核标准"
    lib["G1"] = "数据来源"
    lib.append(["指标编号", "指标名称", "指标定义", "计算公式", "目标值", "评分规则", "数据来源"])
    # row 2 overwrite G
    LIB = [
        ("SZ01", "检测数据准确率", "检测结果经复核无误的比例", "无误检测项次÷检测总项次×100%", "≥99.5%", "每低0.1个百分点扣2分", "LIMS系统"),
        ("SZ02", "检验报告及时率", "在规定时限内出具报告的比例", "按时出具报告数÷应出具报告数×100%", "100%", "每延误1份扣1分", "LIMS系统"),
        ("SZ03", "采样计划完成率", "按月度采样计划完成的采样点比例", "实际采样点数÷计划采样点数×100%", "≥98%", "每低1个百分点扣3分", "采样记录"),
        ("SZ04", "仪器期间核查完成率", "按计划完成仪器期间核查的比例", "已核查台数÷计划核查台数×100%", "100%", "漏查1台扣2分", "设备台账"),
        ("SZ05", "水质综合合格率", "出厂水、管网水42项常规指标综合合格率", "合格项次÷检测项次×100%", "≥99.9%", "低于目标不得分", "水质月报"),
        ("SZ06", "CMA复评审通过", "实验室资质认定复评审结果", "—", "一次通过", "未通过扣全部分值", "评审报告"),
        ("DD01", "管网压力合格率", "管网测压点压力在0.28MPa以上的时间比例", "合格时长÷监测总时长×100%", "≥97%", "每低1个百分点扣5分", "SCADA"),
        ("DD02", "调度指令执行准确率", "调度指令被正确执行的比例", "正确执行指令数÷下达指令数×100%", "100%", "错误1次扣5分", "调度日志"),
        ("DD03", "突发事件响应时间", "接报到下达处置指令的时长", "各次响应时长平均值", "≤15分钟", "每超5分钟扣2分", "调度日志"),
        ("KF01", "业务办理差错率", "营业厅业务办理出现差错的比例", "差错笔数÷办理笔数×100%", "≤0.5%", "每超0.1个百分点扣3分", "营业系统"),
        ("KF02", "客户满意度", "办结回访满意及以上的比例", "满意户数÷回访户数×100%", "≥95%", "每低1个百分点扣2分", "回访记录"),
        ("KF03", "投诉按时办结率", "投诉工单在时限内办结的比例", "按时办结数÷投诉总数×100%", "100%", "超时1件扣2分", "工单系统"),
        ("KF04", "平均等候时长", "客户取号至开始办理的平均时长", "等候总时长÷取号人数", "≤10分钟", "每超1分钟扣2分", "排队叫号系统"),
        ("GW01", "巡检计划完成率", "按巡检计划完成的巡检次数比例", "实际巡检次数÷计划巡检次数×100%", "100%", "每低1个百分点扣3分", "巡检APP"),
        ("GW02", "隐患上报及时率", "发现隐患2小时内上报的比例", "及时上报数÷发现隐患数×100%", "100%", "迟报1次扣2分", "巡检APP"),
        ("GW03", "漏点发现数量", "巡检中主动发现的明漏、暗漏数量", "当月累计", "≥3处/月", "每少1处扣3分", "漏点台账"),
        ("GW04", "阀门台账准确率", "阀门台账与现场一致的比例", "一致条数÷抽查条数×100%", "≥99%", "每低1个百分点扣2分", "抽查记录"),
        ("GW05", "产销差率", "供水总量与售水量之差占供水总量的比例", "（供水量－售水量）÷供水量×100%", "≤12%", "每高0.5个百分点扣5分", "营销系统"),
        ("GW06", "漏点修复及时率", "漏点在48小时内修复的比例", "及时修复数÷漏点总数×100%", "≥95%", "每低1个百分点扣2分", "抢修工单"),
    ]
    for row in LIB:
        lib.append(list(row))

    def dept_sheet(title, blocks, note=None):
        s = wb.create_sheet(title)
        r = 1
        s.cell(r, 1, f"{title}　2025年度岗位绩效考核表")
        s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        r += 2
        for post, cycle, assessor, rows in blocks:
            s.cell(r, 1, f"考核岗位：{post}　　考核周期：{cycle}　　考核人：{assessor}")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            s.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            r += 1
            hdr1 = ["序号", "指标（编号 名称）", "权重（分）", "年度目标", "季度目标", None, None, None, "评分规则"]
            hdr2 = [None, None, None, None, "Q1", "Q2", "Q3", "Q4", None]
            for c, v in enumerate(hdr1, 1):
                if v is not None:
                    s.cell(r, c, v)
            for c, v in enumerate(hdr2, 1):
                if v is not None:
                    s.cell(r + 1, c, v)
            s.merge_cells(start_row=r, start_column=5, end_row=r, end_column=8)
            for c in (1, 2, 3, 4, 9):
                s.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
            r += 2
            first = r
            codes = {x[0]: x[1] for x in LIB}
            for i, (code, w, year, q, rule) in enumerate(rows, 1):
                ind = f"{code} {codes[code]}" if code in codes else code
                vals = [i, ind, w, year, *q, rule]
                for c, v in enumerate(vals, 1):
                    s.cell(r, c, v)
                r += 1
            s.cell(r, 2, "合计")
            s.cell(r, 3, f"=SUM(C{first}:C{r-1})")
            r += 3
        if note:
            s.cell(r, 1, note)
        for col, wdt in zip("ABCDEFGHI", [6, 26, 10, 10, 8, 8, 8, 8, 26]):
            s.column_dimensions[col].width = wdt

    dept_sheet("水质检测中心", [
        ("水质检验员", "月度", "化验室主任", [
            ("SZ01", 30, "≥99.5%", ["≥99.5%"] * 4, "每低0.1个百分点扣2分"),
            ("SZ02", 25, "100%", ["100%"] * 4, "每延误1份扣1分"),
            ("SZ03", 20, "≥98%", ["≥97%", "≥98%", "≥98%", "≥98%"], "每低1个百分点扣3分"),
            ("SZ04", 15, "100%", ["100%"] * 4, "漏查1台扣2分"),
            ("实验室安全事故", 10, "0起", ["0起"] * 4, "发生1起不得分"),
        ]),
        ("化验室主任", "季度", "总工程师", [
            ("SZ05", 35, "≥99.9%", ["≥99.9%"] * 4, "低于目标不得分"),
            ("SZ06", 20, "一次通过", ["—", "—", "一次通过", "—"], "未通过扣全部分值"),
            ("检测成本控制率", 15, "≤预算100%", ["≤25%", "≤50%", "≤75%", "≤100%"], "超预算每1%扣1分"),
            ("人员培训完成率", 15, "100%", ["25%", "50%", "75%", "100%"], "每低5个百分点扣1分"),
            ("水质投诉处理及时率", 15, "100%", ["100%"] * 4, "超时1件扣3分"),
        ]),
    ])
    dept_sheet("调度中心", [
        ("调度员", "月度", "调度中心主任", [
            ("DD01", 30, "≥97%", ["≥96%", "≥97%", "≥96%", "≥97%"], "每低1个百分点扣5分"),
            ("DD02", 25, "100%", ["100%"] * 4, "错误1次扣5分"),
            ("DD03", 20, "≤15分钟", ["≤15分钟"] * 4, "每超5分钟扣2分"),
            ("调度日志完整率", 15, "100%", ["100%"] * 4, "缺记1项扣1分"),
            ("停水通知提前发布率", 10, "100%", ["100%"] * 4, "未提前24小时发布1次扣5分"),
        ]),
    ], note="注：调度员另执行《调度管理办法》第十一条的考核规定。")
    dept_sheet("客户服务中心", [
        ("营业厅客服", "月度", "营业厅值班经理", [
            ("KF01", 25, "≤0.5%", ["≤0.5%"] * 4, "每超0.1个百分点扣3分"),
            ("KF02", 30, "≥95%", ["≥94%", "≥95%", "≥95%", "≥96%"], "每低1个百分点扣2分"),
            ("KF03", 25, "100%", ["100%"] * 4, "超时1件扣2分"),
            ("KF04", 20, "≤10分钟", ["≤12分钟", "≤10分钟", "≤10分钟", "≤10分钟"], "每超1分钟扣2分"),
        ]),
    ])
    dept_sheet("管网管理所", [
        ("管网巡检员", "月度", "巡检班长", [
            ("GW01", 30, "100%", ["100%"] * 4, "每低1个百分点扣3分"),
            ("GW03", 25, "≥36处", ["≥9处", "≥9处", "≥9处", "≥9处"], "每少1处扣3分"),
            ("GW02", 25, "100%", ["100%"] * 4, "迟报1次扣2分"),
            ("GW04", 20, "≥99%", ["≥99%"] * 4, "每低1个百分点扣2分"),
        ]),
        ("漏损控制工程师", "季度", "漏损控制科科长", [
            ("GW05", 40, "≤12%", ["≤14%", "≤13%", "≤12.5%", "≤12%"], "每高0.5个百分点扣5分"),
            ("GW06", 20, "≥95%", ["≥95%"] * 4, "每低1个百分点扣2分"),
            ("DMA分区覆盖率", 20, "≥80%", ["≥60%", "≥65%", "≥72%", "≥80%"], "每低5个百分点扣2分"),
            ("漏损分析月报按时提交率", 20, "100%", ["100%"] * 4, "迟交1次扣2分"),
        ]),
    ])
    old = wb.create_sheet("2023版（作废）")
    old.append(["【作废】2023年度指标，仅供备查"])
    old.append(["考核岗位", "指标名称", "权重（分）", "目标值"])
    old.append(["管网巡检员", "巡检里程", 40, "≥60公里/周"])
    old.append(["管网巡检员", "漏点发现数量", 30, "≥2处/月"])
    old.append(["营业厅客服", "窗口好评率", 50, "≥90%"])
    old.append(["调度员", "供水安全事故", 50, "0起"])
    wb.save(OUT / "x01_2025年度绩效考核指标库.xlsx")


# ----------------------------------------------------------------------------- x02 xlsx
def x02():
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位台账"
    ws["A1"] = "清江供水集团岗位信息台账（2025年6月）"
    ws.merge_cells("A1:M1")
    groups = [("基本信息", 1, 5), ("任职条件", 6, 9), ("待遇与班次", 10, 13)]
    for name, a, b in groups:
        ws.cell(2, a, name)
        ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    heads = ["岗位编号", "岗位名称", "所属部门", "直接上级", "定员", "学历", "专业", "工作经验", "证书",
             "岗级", "月薪范围（元）", "班次代码", "工作地点"]
    for c, h in enumerate(heads, 1):
        ws.cell(3, c, h)
    rows = [
        ["JD-SC-01", "制水工", "第一净水厂生产运行科", "净水厂值班长", 16, "高中/中专", "给排水/化工", "1年以上", "制水工职业技能等级证书", "G4", "5200-6800", "B", "城北第一净水厂"],
        ["JD-SZ-02", "水质检验员", "水质检测中心", "化验室主任", 8, "大专", "化学/环境监测", "不限", "化学检验员（四级）", "G5", "5500-7500", "A", "城西实验楼"],
        ["JD-SZ-01", "化验室主任", "水质检测中心", "总工程师", 1, "本科", "分析化学", "5年以上", "中级职称", "G8", "9000-12000", "A", "城西实验楼"],
        ["JD-EC-03", "泵站运行工", "二次供水管理所", "泵站站长", 21, "中专/技校", "机电/电气", "1年以上", "低压电工作业证", "G4", "4800-6200", "C", "城东/城南/开发区泵站"],
        ["JD-GW-01", "管网巡检员", "管网管理所", "巡检班长", 24, "高中", "不限", "不限", "C1驾驶证（优先）", "G3", "4500-5800", "A", "管网管理所"],
        ["JD-GW-05", "漏损控制工程师", "管网管理所漏损控制科", "漏损控制科科长", 3, "本科", "给排水科学与工程", "3年以上", "助理工程师", "G7", "8000-11000", "A", "管网管理所"],
        ["JD-YY-02", "抄表员", "营业所", "抄表班长", 60, "高中", "不限", "不限", "—", "G3", "4200-5500", "A", "各营业所片区"],
        ["JD-KF-01", "营业厅客服", "客户服务中心", "营业厅值班经理", 14, "大专", "不限", "1年以上（优先）", "普通话二级乙等", "G4", "4500-6000", "D", "市民中心营业厅"],
        ["JD-DD-01", "调度员", "调度中心", "调度中心主任", 10, "大专", "给排水/自动化", "3年以上", "调度员上岗证", "G6", "6500-8500", "B", "调度中心（集团总部5楼）"],
        ["JD-WX-02", "维修钳工", "设备维修车间", "维修车间主任", 12, "技校/中专", "机械", "2年以上", "钳工中级工", "G5", "5500-7500", "A+夜班", "设备维修车间"],
        ["JD-AH-01", "安全环保专员", "安全环保部", "安全环保部经理", 2, "本科", "安全工程/环境工程", "3年以上", "注册安全工程师（优先）", "G6", "7000-9500", "A", "集团总部"],
        ["JD-SC-04", "加药工", "第一净水厂生产运行科", "净水厂值班长", 6, "（待定）", "（待定）", "（待定）", "（待定）", "G3", "（待定）", "B", "城北第一净水厂"],
    ]
    for r in rows:
        ws.append(r)
    ws.append(["注：加药工岗位说明书编制中，任职条件待定。"])
    sc = wb.create_sheet("班次代码")
    sc.append(["代码", "班次名称", "时间安排", "适用说明"])
    sc.append(["A", "常白班", "8:30—17:30，周末双休", "管理、检测及营业所外勤岗位"])
    sc.append(["B", "四班三运转", "每班12小时，白夜交替，四个班组轮换", "净水厂、调度中心连续运行岗位"])
    sc.append(["C", "做一休二", "连续值守24小时后休息48小时", "加压泵站值守岗位"])
    sc.append(["D", "营业厅两班倒", "早班8:00—15:00，晚班11:30—18:30，周末轮休", "市民中心营业厅"])
    ce = wb.create_sheet("证书目录")
    ce.append(["证书名称", "发证机关", "复审周期"])
    ce.append(["低压电工作业证", "应急管理部门", "3年"])
    ce.append(["化学检验员（四级）", "职业技能等级认定机构", "长期"])
    ce.append(["调度员上岗证", "集团内部培训考核", "2年"])
    ce.append(["注册安全工程师", "应急管理部/人社部", "5年"])
    wb.save(OUT / "x02_岗位信息台账2025.xlsx")


# ----------------------------------------------------------------------------- c01 csv
def c01():
    cols = ["字段", "调度员", "安全环保专员", "漏损控制工程师", "维修钳工", "水质检验员（2024年需求）"]
    rows = [
        ["需求编号", "ZP2025-011", "ZP2025-014", "ZP2025-015", "ZP2025-019", "ZP2024-032"],
        ["需求部门", "调度中心", "安全环保部", "管网管理所漏损控制科", "设备维修车间", "水质检测中心"],
        ["招聘人数", "2", "1", "1", "3", "2"],
        ["岗位职责",
         "1.监控SCADA系统，掌握全市水厂出水量、管网压力和清水池水位；\n2.根据用水规律编制日供水调度计划，下达开停泵指令；\n3.指挥爆管、停水等突发事件的应急处置，协调抢修；\n4.发布计划停水通知，审核停水申请；\n5.填写调度日志，每日报送供水生产日报。",
         "1.组织安全生产检查和隐患排查治理，建立隐患台账；\n2.管理液氯、次氯酸钠等危险化学品的储存和使用安全；\n3.组织应急演练和三级安全教育；\n4.监督污泥处置和废水排放合规；\n5.编写安全环保月报，配合政府部门检查。",
         "同《工作手册》3.2",
         "同《工作手册》5.1",
         "按GB 5749采样检测；出具检验报告。"],
        ["任职要求",
         "1.大专及以上学历，给排水、自动化相关专业；\n2.3年以上供水生产运行经验；\n3.持调度员上岗证，熟悉SCADA系统操作；\n4.能适应四班三运转。",
         "1.本科及以上学历，安全工程、环境工程相关专业；\n2.3年以上安全管理经验，熟悉危化品管理；\n3.持注册安全工程师证书者优先。",
         "本科，给排水科学与工程；3年以上DMA经验",
         "技校及以上；钳工中级工",
         "大专；化学检验员证"],
        ["工作地点", "集团总部5楼调度中心", "集团总部", "管网管理所", "设备维修车间", "城西实验楼"],
        ["薪资范围（元/月）", "6500-8500", "7000-9500", "8000-11000", "5500-7500", "5000-7000"],
        ["状态", "招聘中", "招聘中", "招聘中", "招聘中", "已关闭"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(cols)
    w.writerows(rows)
    (OUT / "c01_2025年社会招聘需求表.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ----------------------------------------------------------------------------- h01 html
def h01():
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 - 清江供水集团</title>
<style>body{font-family:sans-serif;max-width:960px;margin:auto} .closed{color:#999}</style>
</head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/join">加入我们</a> &gt; 2025年客服营业类岗位</nav>
<h1>2025年客服营业类岗位招聘</h1>
<p>以下岗位面向社会公开招聘，报名截止时间2025年7月31日。</p>
<h2>岗位一览</h2>
<table border="1">
<tr><th>岗位</th><th>部门</th><th>人数</th><th>地点</th></tr>
<tr><td>营业厅客服</td><td>客户服务中心</td><td>4</td><td>市民中心营业厅</td></tr>
<tr><td>抄表员</td><td>城南营业所</td><td>6</td><td>城南片区</td></tr>
<tr><td>泵站运行工</td><td>二次供水管理所</td><td>3</td><td>开发区加压泵站</td></tr>
<tr><td>96118热线坐席</td><td>客户服务中心</td><td>2</td><td>集团总部（详情另行发布）</td></tr>
</table>
<h2>岗位职责</h2>
<h3>营业厅客服</h3>
<ul>
<li>受理用户开户、过户、销户、用水性质变更等业务；</li>
<li>办理水费收缴、发票开具和预存业务；</li>
<li>解答用户咨询，受理投诉并在系统中派单；</li>
<li>对办结业务进行回访，记录满意度；</li>
<li>维护营业厅秩序和环境，执行首问负责制。</li>
</ul>
<h3>抄表员</h3>
<ul>
<li>按抄表例日上门抄录水表读数；</li>
<li>核对用户信息和水表运行状况，发现停表、倒转及时报修；</li>
<li>发放缴费通知单，协助催缴欠费。</li>
</ul>
<h3>泵站运行工</h3>
<ul>
<li>监视水泵机组和配电设备运行，按调度指令开停泵；</li>
<li>每小时抄录出口压力、流量等运行数据；</li>
<li>突发停电、爆管时按预案处置并报告调度中心。</li>
</ul>
<h2>任职要求</h2>
<h3>营业厅客服</h3>
<ul>
<li>大专及以上学历，专业不限，市场营销、文秘专业优先；</li>
<li>普通话二级乙等及以上，有1年以上窗口服务经验者优先；</li>
<li>熟练使用办公软件，性格开朗，有耐心；</li>
<li>能适应两班倒工作制。</li>
</ul>
<h3>抄表员</h3>
<ul>
<li>高中及以上学历，年龄45周岁以下；</li>
<li>会骑电动车，能适应户外工作。</li>
</ul>
<h3>泵站运行工</h3>
<ul>
<li>中专/技校及以上学历，机电类专业；</li>
<li>持有效低压电工作业证；</li>
<li>能适应24小时值班（做一休二）。</li>
</ul>
<h2>薪酬福利</h2>
<dl>
<dt>营业厅客服</dt><dd>月薪4500—6000元</dd>
<dt>抄表员</dt><dd>月薪4200—5500元（底薪＋计件）</dd>
<dt>泵站运行工</dt><dd>月薪4800—6200元，另有夜班津贴</dd>
<dt>共同福利</dt><dd>五险二金、年度体检、工作餐、带薪年假</dd>
</dl>
<footer>清江市供水集团有限公司　人力资源部　联系电话：0000-96118</footer>
</body>
</html>
"""
    (OUT / "h01_2025客服营业类岗位招聘.html").write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------- p01 pdf
def p01():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    ps = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16)
    hs = ParagraphStyle("h", fontName="WQY", fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18)
    cs = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)

    def header(canvas, doc):
        canvas.saveState()
        canvas.setFont("WQY", 8)
        canvas.drawString(20 * mm, 287 * mm, "清江供水〔2025〕12号　调度管理办法")
        canvas.drawRightString(190 * mm, 10 * mm, f"第{doc.page}页")
        canvas.restoreState()

    story = [Paragraph("清江市供水集团有限公司供水调度管理办法", hs), Spacer(1, 6)]
    arts = [
        ("第一章　总则", None),
        ("第一条", "为规范全市供水调度工作，保障安全、稳定、优质供水，制定本办法。"),
        ("第二条", "调度中心是集团供水生产的指挥中枢，实行二十四小时值班，调度员实行四班三运转。"),
        ("第二章　调度员", None),
        ("第五条", "调度员的职责："),
    ]
    for t, body in arts:
        if body is None:
            story.append(Paragraph(t, h2))
        else:
            story.append(Paragraph(f"{t}　{body}", ps))
    for line in ["（一）监控SCADA系统，掌握各水厂出水量、管网压力和清水池水位；",
                 "（二）编制日供水调度计划，向水厂和泵站下达开停泵指令；",
                 "（三）指挥爆管、停水等突发事件的应急处置；",
                 "（四）发布计划停水通知；",
                 "（五）填写调度日志，报送供水生产日报。"]:
        story.append(Paragraph(line, ps))
    story.append(Paragraph("第六条　调度员应具备大专及以上学历，三年以上供水生产运行经验，经集团培训考核取得调度员上岗证后方可独立值班。", ps))
    story.append(Paragraph("第七条　调度员由调度中心主任直接领导，值班期间对泵站运行工、制水工下达的调度指令具有强制性。", ps))
    story.append(Paragraph("第三章　考核", h2))
    story.append(Paragraph("第十一条　调度中心月度考核指标如下：", ps))
    kt = [["指标", "权重", "目标值", "考核方式"],
          ["管网压力合格率", "30%", "≥97%", "SCADA统计"],
          ["调度指令执行准确率", "25%", "100%", "调度日志抽查"],
          ["突发事件响应时间", "20%", "≤15分钟", "调度日志"],
          ["调度日志完整率", "15%", "100%", "月度检查"],
          ["停水通知提前发布率", "10%", "100%", "提前24小时发布"]]
    t = Table(kt, colWidths=[45 * mm, 20 * mm, 25 * mm, 45 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [t, Spacer(1, 8)]
    story.append(Paragraph("第十二条　发生一般及以上供水安全事故的，当月考核结果为不合格。", ps))
    story.append(Paragraph("第四章　安全生产责任清单", h2))
    story.append(Paragraph("第十五条　与调度相关岗位的安全生产责任见下表：", ps))
    rt = [["岗位", "安全生产责任", "履职记录"],
          ["调度员", "严格执行调度规程，不得擅自改变供水方式", "调度日志"],
          ["", "发现重大险情立即向分管领导报告", "险情报告单"],
          ["泵站运行工", "严禁无证操作高低压电气设备", "操作票"],
          ["", "执行停送电工作票和挂牌上锁制度", "工作票"],
          ["", "汛期每日检查泵房排水和防淹设施", "汛期检查表"],
          ["制水工", "按规定佩戴防毒面具进入加氯间", "交接班记录"],
          ["", "液氯泄漏时立即启动漏氯吸收装置并撤离", "应急记录"]]
    rtab = Table([[Paragraph(c, cs) for c in r] for r in rt], colWidths=[28 * mm, 95 * mm, 30 * mm])
    rtab.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("SPAN", (0, 1), (0, 2)), ("SPAN", (0, 3), (0, 5)), ("SPAN", (0, 6), (0, 7)),
                              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [rtab, Spacer(1, 8)]
    story.append(Paragraph("第二十条　本办法自2025年4月1日起施行，2021年版同时废止。", ps))
    doc = SimpleDocTemplate(str(OUT / "p01_供水调度管理办法2025.pdf"), pagesize=A4,
                            topMargin=22 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=header, onLaterPages=header)


# ----------------------------------------------------------------------------- m01 md
def m01():
    md = """# 新员工常见问题（营业所 / 客服中心 / 安全环保部）

> 人力资源部整理，2025年5月更新。问题都是新同事真实问过的。

### 我是抄表员，每天具体干什么？

按营业所排定的抄表例日上门抄表，抄完当天把手持机数据上传营业系统；碰到水表停走、倒转、表井被压的，拍照报修。用水量比上月突增或突减50%以上的，要当场复核读数。

### 我是抄表员，月底考核看什么？

营业所对抄表员按月考核，满分100分：

| 指标 | 权重 | 目标 |
|---|---|---|
| 抄见率 | 40% | ≥98% |
| 抄表差错率 | 30% | ≤0.3% |
| 水费回收率 | 30% | ≥97% |

抄表差错指读数抄错、漏抄、估抄，被用户投诉查实的按2倍计。

### 我在营业厅当客服，我的领导是谁？

营业厅客服归客户服务中心管理，日常由营业厅值班经理直接安排工作；投诉升级由客户服务中心主任处理。

### 营业厅客服要考什么证吗？

入职时要求普通话二级乙等及以上，没有的试用期内考出来。

### 我是安全环保专员，向谁汇报？

安全环保专员在安全环保部，直接上级是安全环保部经理。部门目前2人。

### 安全环保专员要做哪些事？

日常做安全检查和隐患排查，管好加氯间的液氯和次氯酸钠，每半年组织一次应急演练，新员工入职的三级安全教育也由你组织。

### 加药工归谁管？

加药工岗位说明书还在编制中，暂时没有正式职责和任职要求，有问题问净水厂值班长。

### 食堂几点开饭？

午餐11:30—13:00，夜班人员凭工牌领夜宵。
"""
    (OUT / "m01_新员工常见问题.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- t01 GBK
def t01():
    txt = """清江市供水集团有限公司文件
清江供水人〔2025〕18号

关于调整管网巡检员管理关系及营业厅排班的通知

各部门、各单位：
    为加强漏损控制工作，经集团总经理办公会研究，决定对以下事项进行调整：

一、管网巡检员管理关系
    自2025年7月1日起，管网巡检员改由管网管理所漏损控制科科长直接管理，原巡检班长改称巡检组长，负责片区排班，不再作为巡检员的直接上级。巡检员的月度考核人相应调整为漏损控制科科长。

二、营业厅客服排班
    自2025年6月1日起，市民中心营业厅客服实行两班倒：早班8:00—15:00，晚班11:30—18:30，周六、周日轮休，每月轮换一次班次。

三、其他
    本通知未涉及的事项，仍按原规定执行。

清江市供水集团有限公司人力资源部
2025年5月20日
"""
    (OUT / "t01_管网巡检员管理关系调整通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- t02 UTF-16
def t02():
    txt = """清江供水集团倒班与考勤管理规定（2025年修订）

第一条　本规定适用于集团实行倒班的生产运行、调度、泵站、营业厅等岗位。
第二条　倒班方式：四班三运转，每班12小时，白夜交替；做一休二，连续值守24小时后休息48小时。
第三条　夜班津贴按每个夜班60元发放，做一休二值守班按每班80元发放。
第四条　交接班须当面交接，接班人未到岗的，交班人不得离岗。
第五条　换班须提前一天经班组长同意并报部门备案，每人每月换班不超过两次。
第六条　迟到、早退30分钟以内的，每次扣减当月绩效2分。
第七条　本规定由人力资源部负责解释，自2025年3月1日起施行。
"""
    (OUT / "t02_倒班与考勤管理规定.txt").write_text(txt, encoding="utf-16")


for f in (w01, w02, x01, x02, c01, h01, p01, m01, t01, t02):
    f()
print("written:", *sorted(p.name for p in OUT.iterdir()), sep="\n  ")
