#!/usr/bin/env python3
"""Round 28 `call`: a fictional customer-service outsourcing company (联信客服外包服务有限公司).

Writes T28_OUT/corpus/ (default /tmp/t28call) with 10 documents:
  lx01 docx  JD whose duty/requirement lists use Word automatic numbering (numbers not in the text)
  lx02 docx  JD form whose values sit in content controls (w:sdt), inline in cells and block-level in the body
  lx03 xlsx  KPI workbook, one sheet per post, 计分规则 as score-band columns (100/80/60/0 分) under a merged header
  lx04 xlsx  requirements sheet transposed: fields as rows, posts as columns
  lx05 html  careers page as a Bootstrap accordion, facts in <dl class="row">
  lx06 pdf   岗位 | 序号 | 职责 | 考核标准 table spanning pages, post named only on the first row of its block
  lx07 md    new-hire training plan (schedule table, per-post sections, pass criteria)
  lx08 txt   GBK 排班与考勤管理规定 (第N章 / 一、 articles)
  lx09 csv   HR-system export with codes and a code dictionary appended below the data
  lx10 txt   e-mail renaming two posts (话务员 -> 客户服务代表, 现场管理员 -> 实时调度专员（RTA）)
Needs python-docx, openpyxl, reportlab.
"""
import copy
import os
from pathlib import Path

OUT = Path(os.environ.get("T28_OUT", "/tmp/t28call")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "联信客服外包服务有限公司"


# ----------------------------------------------------------------------------- lx01 auto-numbered JD
def lx01():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    numbering = d.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "420")
    ind.set(qn("w:hanging"), "420")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    counter = [100]

    def new_num():
        counter[0] += 1
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(counter[0]))
        a = OxmlElement("w:abstractNumId")
        a.set(qn("w:val"), "90")
        num.append(a)
        ov = OxmlElement("w:lvlOverride")
        ov.set(qn("w:ilvl"), "0")
        so = OxmlElement("w:startOverride")
        so.set(qn("w:val"), "1")
        ov.append(so)
        num.append(ov)
        numbering.append(num)
        return counter[0]

    def numbered(items):
        nid = new_num()
        for text in items:
            p = d.add_paragraph(text)
            pPr = p._p.get_or_add_pPr()
            numPr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(nid))
            numPr.append(il)
            numPr.append(ni)
            pPr.insert(0, numPr)

    def label(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)

    d.add_heading(f"{CO}\n客服中心一线岗位说明书", 0)
    d.add_paragraph("文件编号：LX-HR-JD-2024-01　　版本：V3.0　　生效日期：2024年3月1日")
    posts = [
        ("客服座席代表",
         "所属部门：客服运营部　　直接上级：班组长　　工作地点：合肥市高新区联信呼叫中心",
         "岗位目的：通过电话为委托方的客户提供咨询、业务受理与投诉处理服务，保证服务质量与客户满意。",
         ["按排班表准时签入话务系统，接听客户来电，解答业务咨询，平均处理时长控制在项目规定范围内；",
          "准确受理客户的业务办理、变更及投诉请求，在CRM系统中完整记录工单；",
          "对无法当场解决的问题按升级流程转交二线或班组长，并在24小时内回访客户；",
          "遵守服务话术与信息安全规定，不得泄露客户个人信息；",
          "参加班前会与每周业务培训，及时掌握委托方业务变更；",
          "配合质检复核，对质检扣分项进行确认与整改。"],
         ["大专及以上学历，专业不限；",
          "普通话二级乙等及以上，口齿清晰，语速适中；",
          "打字速度每分钟50字以上，熟练使用电脑；",
          "能适应早晚轮班及节假日排班；",
          "有呼叫中心工作经验者优先。"]),
        ("班组长",
         "所属部门：客服运营部　　直接上级：运营经理　　直接下级：客服座席代表（12-15人）",
         "岗位目的：带领班组完成话务指标与服务质量目标，培养一线骨干。",
         ["负责本班组15人以内座席的日常管理，组织班前会和班后总结；",
          "实时监控班组话务指标，发现排队超标时协调座席调整小休；",
          "处理座席升级的疑难问题和客户投诉，必要时进行二次回访；",
          "根据质检结果对座席进行一对一辅导（Coaching），每人每月不少于2次；",
          "负责班组考勤、排班调整申请及绩效初评；",
          "组织新员工跟听带教，协助培训师完成上岗考核。"],
         ["大专及以上学历；",
          "2年以上呼叫中心一线工作经验，其中至少半年担任组长助理或骨干座席；",
          "熟悉AHT、FCR、接通率等运营指标，会使用Excel进行数据整理；",
          "具备良好的沟通协调与情绪管理能力。"]),
        ("质检专员",
         "所属部门：质量管理部　　直接上级：质检主管　　工作地点：合肥市高新区联信呼叫中心",
         "岗位目的：通过录音抽检与校准发现服务短板，推动服务质量持续改进。",
         ["按抽样规则每日抽听座席录音不少于40通，依据质检评分表进行评分；",
          "识别服务中的致命错误（如泄露客户信息、辱骂客户），当日上报并跟进处理；",
          "组织每周校准会（Calibration），统一质检评分尺度；",
          "输出周度、月度质检报告，分析共性问题并提出改进建议；",
          "受理座席对质检结果的申诉，在3个工作日内给出复核结论。"],
         ["大专及以上学历，专业不限，有质检经验者可放宽至中专；",
          "1年以上客服或质检工作经验；",
          "持有客户服务管理师（四级）或呼叫中心质检相关证书者优先；",
          "听辨能力强，细致客观，能长时间专注听音。"]),
        ("培训师",
         "所属部门：培训部　　直接上级：培训经理　　工作地点：合肥市高新区联信呼叫中心",
         "岗位目的：保证新员工按期合格上岗，提升在岗员工的业务与服务技能。",
         ["负责新员工岗前培训，包括业务知识、系统操作与服务礼仪，新员工培训周期为10个工作日；",
          "根据委托方业务变更编写或更新培训课件与知识库条目；",
          "组织上岗考核（笔试+模拟通话），考核合格方可上线；",
          "跟踪新员工上线后首月的质检与指标表现，实施针对性的补训；",
          "每季度开展在岗员工技能提升课程不少于2门。"],
         ["本科及以上学历，教育、中文、管理类专业优先；",
          "3年以上呼叫中心工作经验，其中1年以上培训工作经验；",
          "持有企业培训师（三级）证书者优先；",
          "具备课程开发和授课能力，普通话二级甲等及以上。"]),
    ]
    for name, facts, purpose, duties, reqs in posts:
        d.add_heading(name, 1)
        d.add_paragraph(facts)
        d.add_paragraph(purpose)
        label("岗位职责")
        numbered(duties)
        label("任职资格")
        numbered(reqs)
    d.add_paragraph("本说明书由人力资源部负责解释，每年复核一次。")
    d.save(OUT / "lx01_客服中心一线岗位说明书.docx")


# ----------------------------------------------------------------------------- lx02 content-control form
def lx02():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("运营支持序列岗位说明书（表单版）", 0)
    d.add_paragraph(f"{CO} 人力资源部　模板编号 HR-F-012　填写说明：灰色区域为内容控件，请点击后输入。")

    def sdt_pr(alias):
        pr = OxmlElement("w:sdtPr")
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        t = OxmlElement("w:tag")
        t.set(qn("w:val"), alias)
        pr.append(a)
        pr.append(t)
        return pr

    def inline_sdt(p, alias, value):
        sdt = OxmlElement("w:sdt")
        sdt.append(sdt_pr(alias))
        txt = OxmlElement("w:text")
        sdt[0].append(txt)
        content = OxmlElement("w:sdtContent")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = value
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        content.append(r)
        sdt.append(content)
        p._p.append(sdt)

    def block_sdt(alias, lines):
        anchor = d.add_paragraph()
        sdt = OxmlElement("w:sdt")
        sdt.append(sdt_pr(alias))
        content = OxmlElement("w:sdtContent")
        for line in lines:
            p = OxmlElement("w:p")
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = line
            r.append(t)
            p.append(r)
            content.append(p)
        sdt.append(content)
        anchor._p.addprevious(sdt)
        anchor._p.getparent().remove(anchor._p)

    posts = [
        ("运营经理", [("岗位编码", "OP-301"), ("所属部门", "运营管理部"), ("直接上级", "呼叫中心总监"),
                  ("直接下级", "班组长、现场管理员、WFM排班专员"), ("工作地点", "合肥总部"), ("职级", "M2")],
         ["1. 对委托方项目的整体运营结果负责，确保服务水平、接通率、客户满意度等SLA指标达成；",
          "2. 制定项目年度运营计划和人力预算，审批月度排班方案；",
          "3. 每月向委托方汇报运营数据，参加季度业务回顾会（QBR）；",
          "4. 管理班组长团队，组织月度绩效评估和人才梯队建设；",
          "5. 牵头处理重大客诉与舆情事件，24小时内向委托方提交事件报告；",
          "6. 控制项目人力成本，月度人员流失率控制在5%以内。"],
         ["1. 本科及以上学历，管理类专业优先；",
          "2. 5年以上呼叫中心运营管理经验，其中2年以上百人以上项目管理经验；",
          "3. 熟悉COPC或ISO 18295客户联络中心标准者优先；",
          "4. 具备较强的数据分析能力和跨部门沟通能力。"]),
        ("客户成功专员", [("岗位编码", "CS-401"), ("所属部门", "客户成功部"), ("直接上级", "客户成功经理"),
                    ("直接下级", "无"), ("工作地点", "上海办公室（需出差）"), ("职级", "P3")],
         ["1. 作为委托方的日常对接窗口，跟进外包服务合同的执行与续约；",
          "2. 每月整理服务报告（SLA达成、质检结果、改进事项），与委托方确认；",
          "3. 收集委托方需求与不满意事项，在内部发起改进任务并跟踪闭环；",
          "4. 协助销售团队完成新项目的需求调研与方案交付；",
          "5. 监控客户健康度评分，对续约风险客户提前90天预警。"],
         ["1. 本科及以上学历；",
          "2. 2年以上客户成功、大客户管理或项目管理经验；",
          "3. 熟练使用PPT、Excel，具备良好的商务写作能力；",
          "4. 能接受每月约30%的出差。"]),
        ("IT运维工程师", [("岗位编码", "IT-501"), ("所属部门", "信息技术部"), ("直接上级", "IT主管"),
                      ("直接下级", "无下属"), ("工作地点", "合肥总部机房"), ("职级", "P3级")],
         ["1. 负责呼叫中心话务平台（ACD/IVR）、录音系统和CRM系统的日常运维与监控；",
          "2. 每日巡检座席终端、耳麦和网络，故障响应时间不超过15分钟；",
          "3. 配合新项目上线完成IVR流程配置与号码开通；",
          "4. 执行数据备份与信息安全策略，每季度组织一次灾备演练；",
          "5. 维护IT资产台账，管理座席账号的开通与注销。"],
         ["1. 大专及以上学历，计算机、通信相关专业；",
          "2. 2年以上IT运维经验，有呼叫中心系统（如Avaya、华为CTI）运维经验者优先；",
          "3. 持有CCNA或华为HCIA认证者优先；",
          "4. 能接受7×24小时轮值待命。"]),
    ]
    for i, (name, facts, duties, reqs) in enumerate(posts, 1):
        h = d.add_heading(f"表{i}　岗位：", 1)
        inline_sdt(h, "岗位名称", name)
        table = d.add_table(rows=3, cols=4)
        table.style = "Table Grid"
        for k, (lab, val) in enumerate(facts):
            row, col = divmod(k, 2)
            table.cell(row, col * 2).text = lab
            inline_sdt(table.cell(row, col * 2 + 1).paragraphs[0], lab, val)
        d.add_paragraph("一、岗位职责")
        block_sdt("岗位职责", duties)
        d.add_paragraph("二、任职要求")
        block_sdt("任职要求", reqs)
        d.add_paragraph("")
    d.save(OUT / "lx02_运营支持岗位说明书.docx")


# ----------------------------------------------------------------------------- lx03 KPI with score bands
def lx03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    sheets = [
        ("坐席代表", "坐席代表月度KPI考核表（热线项目）", "适用岗位：坐席代表（含转正后新员工）　考核周期：月度", [
            ("平均处理时长（AHT）", "（通话时长+保持时长+话后处理时长）÷接听量", "20%", "目标≤240秒", "≤240秒", "241-270秒", "271-300秒", ">300秒"),
            ("首次解决率（FCR）", "首次来电即解决的来电数÷总来电数，7天内同一号码同一问题再次来电视为未解决", "25%", "目标≥80%", "≥80%", "75%-79.9%", "70%-74.9%", "<70%"),
            ("QA得分", "当月质检抽检录音的平均得分（百分制）", "30%", "目标≥90分", "≥90分", "85-89分", "80-84分", "<80分或出现致命错误"),
            ("排班遵从率", "按排班表在线时长÷排班应在线时长", "15%", "目标≥95%", "≥95%", "92%-94.9%", "90%-91.9%", "<90%"),
            ("客户满意度", "满意评价数÷参评数（短信及IVR满意度调查）", "10%", "目标≥92%", "≥92%", "88%-91.9%", "85%-87.9%", "<85%"),
        ], ["备注：1. 月度KPI得分=Σ(各指标区间得分×权重)，满分100分；",
            "2. 当月出现致命错误（泄露客户信息、辱骂客户）的，QA得分项记0分并取消当月绩效奖金；",
            "3. 新员工上线首月不考核AHT，其权重并入QA得分。"]),
        ("组长", "班组长月度KPI考核表", "适用岗位：组长（班组长）　考核周期：月度", [
            ("班组接通率", "班组接通来电数÷分配至班组的进线总数", "25%", "目标≥90%", "≥90%", "87%-89.9%", "84%-86.9%", "<84%"),
            ("班组平均QA得分", "班组全体座席当月QA得分的平均值", "20%", "目标≥88分", "≥88分", "85-87分", "82-84分", "<82分"),
            ("班组FCR", "班组首次解决率，口径同坐席代表考核表", "20%", "目标≥78%", "≥78%", "74%-77.9%", "70%-73.9%", "<70%"),
            ("员工流失率", "当月离职人数÷月初在岗人数", "15%", "目标≤5%", "≤5%", "5.1%-8%", "8.1%-10%", ">10%"),
            ("辅导完成率", "实际完成一对一辅导次数÷计划辅导次数（每人每月2次）", "20%", "目标100%", "100%", "90%-99%", "80%-89%", "<80%"),
        ], ["备注：班组人数少于8人的，班组接通率按运营部整体接通率计算。"]),
        ("质检", "质检专员月度KPI考核表", "适用岗位：质检专员（QA）　考核周期：月度", [
            ("抽检量完成率", "实际抽检录音数÷计划抽检数（每日40通）", "30%", "目标100%", "100%", "95%-99%", "90%-94%", "<90%"),
            ("校准偏差率", "校准会上本人评分与标准分相差超过5分的录音占比", "30%", "目标≤10%", "≤10%", "10.1%-15%", "15.1%-20%", ">20%"),
            ("申诉处理及时率", "3个工作日内完成复核的申诉数÷申诉总数", "20%", "目标100%", "100%", "95%-99%", "90%-94%", "<90%"),
            ("质检报告及时率", "按时提交的周报、月报数÷应提交数", "20%", "目标100%", "100%", "—", "—", "<100%"),
        ], ["备注：质检报告延迟一次即该项0分。"]),
        ("WFM排班", "WFM排班专员月度KPI考核表", "适用岗位：WFM排班专员　考核周期：月度", [
            ("话务预测准确率", "1-|实际话务量-预测话务量|÷实际话务量（按月汇总）", "30%", "目标≥90%", "≥90%", "86%-89.9%", "82%-85.9%", "<82%"),
            ("服务水平达成率", "20秒内接通的来电数÷进线总数（即20秒服务水平）", "30%", "目标≥80%", "≥80%", "75%-79.9%", "70%-74.9%", "<70%"),
            ("排班表发布及时率", "每周四18:00前发布的排班表次数÷应发布次数", "20%", "目标100%", "100%", "—", "—", "<100%"),
            ("人力利用率", "座席在线处理时长÷座席在线总时长", "20%", "目标80%-88%", "80%-88%", "75%-79.9%或88.1%-92%", "70%-74.9%", "<70%或>92%"),
        ], ["备注：大促、节假日等专项期间的预测准确率单独评估，不计入月度考核。"]),
    ]
    first = True
    for sname, title, sub, rows, notes in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sname
        ws["A1"] = f"联信客服　{title}"
        ws.merge_cells("A1:I1")
        ws["A1"].font = Font(bold=True, size=14)
        ws["A2"] = sub
        ws.merge_cells("A2:I2")
        for col, h in zip("ABCDE", ("序号", "考核指标", "指标定义/计算方法", "权重", "目标值")):
            ws[f"{col}3"] = h
            ws.merge_cells(f"{col}3:{col}4")
        ws["F3"] = "计分规则（按区间取分）"
        ws.merge_cells("F3:I3")
        for col, h in zip("FGHI", ("100分", "80分", "60分", "0分")):
            ws[f"{col}4"] = h
        r = 5
        for n, row in enumerate(rows, 1):
            ws.cell(r, 1, n)
            for c, v in enumerate(row, 2):
                ws.cell(r, c, v).alignment = Alignment(wrap_text=True, vertical="center")
            r += 1
        r += 1
        for note in notes:
            ws.cell(r, 1, note)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
            r += 1
        ws.column_dimensions["B"].width = 20
        ws.column_dimensions["C"].width = 44
    wb.save(OUT / "lx03_呼叫中心KPI考核表.xlsx")


# ----------------------------------------------------------------------------- lx04 transposed requirements
def lx04():
    import openpyxl
    from openpyxl.styles import Font

    posts = ["客服专员（热线）", "在线客服专员", "班长", "QA质检员", "培训讲师", "排班专员（WFM）", "现场管理员",
             "运营经理", "客户成功专员", "IT运维工程师"]
    rows = [
        ("岗位编码", ["CS-101", "CS-102", "CS-201", "QA-201", "TR-201", "WF-201", "WF-202", "OP-301", "CS-401", "IT-501"]),
        ("所属部门", ["客服运营部", "客服运营部", "客服运营部", "质量管理部", "培训部", "运营管理部", "运营管理部",
                  "运营管理部", "客户成功部", "信息技术部"]),
        ("直属上级", ["班长", "班长", "运营经理", "质检主管", "培训经理", "运营经理", "运营经理", "呼叫中心总监",
                  "客户成功经理", "IT主管"]),
        ("学历要求", ["大专及以上", "中专及以上", "大专及以上", "大专及以上", "本科及以上", "本科及以上（统计、数学类优先）",
                  "大专及以上", "本科及以上", "本科及以上", "大专及以上"]),
        ("工作经验", ["不限，有客服经验优先", "不限", "2年以上一线经验", "1年以上客服/质检经验", "3年以上（含1年培训）",
                  "2年以上排班或数据分析经验", "1年以上座席或班长经验", "5年以上运营管理", "2年以上大客户/项目管理",
                  "2年以上IT运维"]),
        ("证书要求", ["普通话二级乙等及以上", "无要求", "无要求", "客户服务管理师（四级）优先", "企业培训师（三级）优先",
                  "无要求", "无要求", "COPC相关认证优先", "无要求", "CCNA或HCIA优先"]),
        ("打字速度", ["≥50字/分钟", "≥60字/分钟", "—", "—", "—", "—", "—", "—", "—", "—"]),
        ("工作地点", ["合肥", "成都", "合肥", "合肥", "合肥", "合肥", "合肥", "合肥", "上海", "合肥"]),
        ("月薪范围（元）", ["4000-6000", "4000-5500", "6500-8500", "5500-7000", "7000-9000", "7000-10000",
                     "6000-8000", "15000-20000", "9000-13000", "8000-11000"]),
        ("班次", ["四班轮换（含夜班）", "两班倒", "随班组轮班", "常白班", "常白班", "常白班", "三班轮换",
                "常白班（重大活动随岗）", "常白班", "常白班+7×24轮值"]),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "任职要求对照"
    ws["A1"] = f"{CO}　各岗位任职要求对照表（2024年）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(posts) + 1)
    ws.cell(2, 1, "项目＼岗位")
    for c, p in enumerate(posts, 2):
        ws.cell(2, c, p).font = Font(bold=True)
    for r, (lab, vals) in enumerate(rows, 3):
        ws.cell(r, 1, lab).font = Font(bold=True)
        for c, v in enumerate(vals, 2):
            ws.cell(r, c, v)
    ws.cell(len(rows) + 4, 1, "说明：月薪范围为税前综合月薪（含绩效），夜班补贴另计；本表与岗位说明书不一致时以岗位说明书为准。")
    ws.column_dimensions["A"].width = 16
    for c in range(2, len(posts) + 2):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 18
    wb.save(OUT / "lx04_各岗位任职要求对照表.xlsx")


# ----------------------------------------------------------------------------- lx05 accordion careers page
def lx05():
    jobs = [
        ("热线客服专员", ["合肥", "4-6K", "大专"], [
            ("工作地点", "合肥市高新区望江西路联信大厦（地铁2号线直达）"),
            ("薪资待遇", "综合月薪4000-6000元，另有夜班补贴、全勤奖"),
            ("学历要求", "大专及以上，应届生可投")],
         ["接听银行信用卡及电商客户来电，解答咨询、受理业务；",
          "记录工单并跟进问题处理进度，按时回访；",
          "按话术规范安抚情绪激动的客户，必要时升级处理。"],
         ["普通话标准（二级乙等以上），声音亲和；",
          "会电脑打字，每分钟50字以上；",
          "接受轮班，有无经验均可，入职提供10天带薪岗前培训。"]),
        ("在线客服专员", ["成都", "4-5.5K", "中专"], [
            ("工作地点", "成都市武侯区天府大道联信成都分中心"),
            ("薪资待遇", "综合月薪4000-5500元，五险一金"),
            ("学历要求", "中专及以上")],
         ["通过APP、网页和微信公众号以文字方式接待客户；",
          "同时处理多个会话（最多4个），确保回复准确、及时；",
          "整理常见问题，协助完善知识库。"],
         ["打字速度每分钟60字以上，熟悉常用办公软件；",
          "能适应白班/晚班两班倒；",
          "耐心细致，书面表达清楚。"]),
        ("现场管理专员（RTA）", ["合肥", "6-8K", "大专"], [
            ("工作地点", "合肥市高新区望江西路联信大厦"),
            ("薪资待遇", "月薪6000-8000元"),
            ("学历要求", "大专及以上")],
         ["盯控大屏实时话务数据，排队和服务水平异常时及时调度人员；",
          "安排座席小休、就餐及临时任务，保证在线人力；",
          "发布实时话务播报，编写现场交接记录。"],
         ["1年以上呼叫中心座席或班长经验；",
          "对数字敏感，反应快，能承受压力；",
          "能接受早、中、晚三班轮换。"]),
        ("客户成功专员（CSM）", ["上海", "9-13K·13薪", "本科"], [
            ("工作地点", "上海市浦东新区（需经常出差至合肥、成都项目现场）"),
            ("薪资待遇", "9000-13000元/月，13薪，年度续约奖金"),
            ("学历要求", "本科及以上")],
         ["维护与委托方的合作关系，推动外包合同按期续约；",
          "输出月度服务报告并召开客户沟通会；",
          "跟进客户反馈的问题，推动运营、质检等部门整改闭环。"],
         ["2年以上客户成功或大客户管理经验，有外包/BPO行业背景者优先；",
          "PPT与Excel熟练，表达有条理；",
          "每月出差约30%。"]),
    ]
    L = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         "<title>加入我们 - 联信客服</title>",
         '<link rel="stylesheet" href="/static/bootstrap.min.css">', "</head>", "<body>",
         '<nav class="navbar"><a class="navbar-brand" href="/">联信客服</a><a href="/about">关于我们</a><a href="/join">加入我们</a></nav>',
         '<main class="container">', "<h1>加入联信 · 社会招聘</h1>",
         "<p>联信客服外包服务有限公司是一家专业的客户联络中心外包服务商，在合肥、成都设有呼叫中心。</p>",
         "<p>我们提供：五险一金、带薪年假、节日福利、员工宿舍（合肥）、免费班车。</p>",
         '<div class="accordion" id="jobs">']
    for i, (title, tags, facts, duties, reqs) in enumerate(jobs, 1):
        L += ['  <div class="accordion-item">',
              f'    <h2 class="accordion-header" id="h{i}">',
              f'      <button class="accordion-button collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#c{i}" aria-expanded="false" aria-controls="c{i}">',
              f"        {title}",
              "        " + " ".join(f'<span class="badge bg-light">{t}</span>' for t in tags),
              "      </button>",
              "    </h2>",
              f'    <div id="c{i}" class="accordion-collapse collapse" aria-labelledby="h{i}" data-bs-parent="#jobs">',
              '      <div class="accordion-body">',
              '        <dl class="row">']
        for k, v in facts:
            L.append(f'          <dt class="col-sm-3">{k}</dt><dd class="col-sm-9">{v}</dd>')
        L.append('          <dt class="col-sm-3">岗位职责</dt>')
        L.append('          <dd class="col-sm-9"><ol>')
        L += [f"            <li>{x}</li>" for x in duties]
        L.append("          </ol></dd>")
        L.append('          <dt class="col-sm-3">任职要求</dt>')
        L.append('          <dd class="col-sm-9"><ol>')
        L += [f"            <li>{x}</li>" for x in reqs]
        L.append("          </ol></dd>")
        L += ["        </dl>", '        <a class="btn btn-primary" href="/apply">立即投递</a>', "      </div>",
              "    </div>", "  </div>"]
    L += ["</div>", "<p>简历投递：hr@lianxin-cs.example（邮件标题注明：应聘岗位+城市+姓名）</p>", "</main>",
          '<footer>© 2024 联信客服外包服务有限公司</footer>',
          '<script src="/static/bootstrap.bundle.min.js"></script>', "</body>", "</html>"]
    (OUT / "lx05_加入联信.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- lx06 PDF table across pages
def lx06():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("c", fontName="STSong-Light", fontSize=10.5, leading=15, wordWrap="CJK")
    h = ParagraphStyle("h", fontName="STSong-Light", fontSize=16, leading=22, alignment=1)
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK")
    blocks = [
        ("WFM排班专员", [
            ("基于历史话务数据按30分钟粒度进行话务量预测，每月25日前输出次月预测", "月度预测准确率≥90%"),
            ("根据预测结果和服务水平目标计算人力需求，编制周排班表", "每周四18:00前发布下周排班"),
            ("审核座席的调班、请假申请，平衡各班次人力", "申请2个工作日内处理完毕"),
            ("统计排班遵从率和出勤数据，按周通报", "周报每周一10:00前发出"),
            ("节假日及营销活动前制定专项人力方案", "提前15天提交方案"),
            ("维护WFM系统基础数据（技能组、班次模板）", "基础数据差错为0"),
            ("配合运营经理分析人力缺口，提出招聘需求建议", "每季度提交一次"),
        ]),
        ("现场管理员", [
            ("实时监控排队数、服务水平和座席状态，发现异常5分钟内处理", "服务水平低于目标时立即响应"),
            ("根据话务波动调整座席小休、培训和外呼任务", "调整须记录在现场日志"),
            ("话务突增时启动应急预案，协调班长增派人员", "应急事件当班上报"),
            ("每小时发布一次实时话务播报", "播报遗漏每月不超过1次"),
            ("记录系统故障并报IT运维工程师处理", "故障记录完整率100%"),
            ("班次结束时编写现场交接记录", "交接记录当班完成"),
        ]),
        ("在线客服专员", [
            ("通过网页、APP和微信渠道以文字方式接待客户咨询", "首次响应时间≤30秒"),
            ("同时接待不超过4个会话，保证回复准确规范", "质检得分≥85分"),
            ("对售后问题创建工单并跟踪处理结果", "工单信息完整率≥98%"),
            ("整理高频问题，向知识库管理员提交新增或修订建议", "每月不少于3条"),
            ("遵守文字服务规范，不使用不规范缩写和表情", "违规0次"),
            ("参加每周业务培训与考试", "考试成绩≥80分"),
        ]),
    ]
    data = [[Paragraph(x, st) for x in ("岗位", "序号", "职责内容", "考核标准")]]
    for post, rows in blocks:
        for i, (duty, std) in enumerate(rows, 1):
            data.append([Paragraph(post if i == 1 else "", st), Paragraph(str(i), st), Paragraph(duty, st),
                         Paragraph(std, st)])
    t = Table(data, colWidths=[30 * mm, 14 * mm, 88 * mm, 48 * mm], repeatRows=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story = [Paragraph(f"{CO}", h), Paragraph("运营管理部岗位职责与考核标准表", h), Spacer(1, 6 * mm),
             Paragraph("一、适用范围：本表适用于运营管理部及在线项目的相关岗位，作为月度考核与述职的依据。", body),
             Paragraph("二、各岗位的任职条件见《各岗位任职要求对照表》，本表不再重复。", body),
             Paragraph("三、考核标准未达成的，按《呼叫中心KPI考核表》相应指标扣分。", body),
             Spacer(1, 72 * mm), t, Spacer(1, 6 * mm),
             Paragraph("编制：运营管理部　　审核：人力资源部　　批准：总经理　　2024年4月", body)]

    def footer(canvas, doc):
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {doc.page} 页")

    SimpleDocTemplate(str(OUT / "lx06_运营管理部岗位职责与考核标准.pdf"), pagesize=A4, topMargin=20 * mm,
                      bottomMargin=20 * mm).build(story, onFirstPage=footer, onLaterPages=footer)


# ----------------------------------------------------------------------------- lx07 training plan md
def lx07():
    text = """# 联信客服 新员工岗前培训计划（2024版）

> 编制：培训部　适用对象：热线座席、在线客服新员工，以及内部转岗的质检专员、新任班组长

## 一、培训目标

新员工在10个工作日内掌握委托方业务知识、系统操作和服务规范，通过上岗考核后独立上线。

## 二、培训日程

| 天数 | 模块 | 主要内容 | 授课人 | 考核方式 |
|---|---|---|---|---|
| 第1天 | 公司与行业 | 公司介绍、外包服务模式、信息安全与保密协议签署 | 培训师 | 无 |
| 第2-3天 | 委托方业务知识 | 产品与业务规则、常见问题库、升级流程 | 培训师 | 笔试 |
| 第4天 | 系统操作 | CRM、工单系统、软电话签入签出与小休状态切换 | IT运维工程师、培训师 | 实操 |
| 第5天 | 服务礼仪与话术 | 开场白、安抚话术、结束语，投诉处理LAST模型 | 培训师 | 角色扮演 |
| 第6-7天 | 跟听带教 | 在班组长带领下跟听老员工来电不少于50通 | 班组长 | 跟听记录 |
| 第8-9天 | 模拟通话 | 按真实场景进行一对一模拟通话 | 培训师、质检专员 | QA评分 |
| 第10天 | 上岗考核 | 笔试+模拟通话 | 培训师 | 见第四节 |

## 三、岗位专项培训

### 3.1 热线座席

- 重点：边通话边记录、情绪安抚与投诉升级
- 普通话测评：须达到二级乙等，未达到的延长培训3天

### 3.2 在线客服

- 重点：文字服务规范、多会话并行（最多4个）
- 打字测试：每分钟不少于60字

### 3.3 转岗质检专员

- 质检评分表逐项讲解，重点是致命错误的判定
- 参加不少于2次校准会后方可独立评分

### 3.4 新任班组长

- 管理技能培训共3天：排班与考勤、辅导技巧（GROW模型）、数据看板解读
- 须在任职首月完成全部组员的一对一面谈

## 四、结业考核标准

1. 笔试成绩≥80分；
2. 模拟通话QA得分≥85分；
3. 跟听记录完整，不少于50通。

三项全部达到方可上线；未通过者可补考1次，补考仍未通过的终止试岗。

## 五、培训期间待遇

培训期间按每天120元发放培训补贴，考核通过上线后按正式薪资标准执行。
"""
    (OUT / "lx07_新员工岗前培训计划.md").write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------- lx08 GBK shift rules
def lx08():
    text = """联信客服外包服务有限公司
排班与考勤管理规定（试行）

第一章　班次设置
一、热线项目实行四班轮换：
    早班　08:00-17:00
    中班　11:00-20:00
    晚班　14:00-23:00
    夜班　23:00-次日08:00
二、在线项目实行两班倒：白班09:00-18:00，晚班15:00-24:00。

第二章　职责分工
三、WFM排班专员负责编制排班表，每周四18:00前在系统发布下周排班；排班表一经发布，原则上不作调整。
四、班长负责本班组的考勤确认，每日下班前在系统核对组员打卡记录，异常情况当日报人力资源部。
五、现场管理员负责当班的实时调度，可在不影响服务水平的前提下临时调整座席小休时间。

第三章　调班与请假
六、座席调班须提前2个工作日在系统提交申请，经班长同意、WFM排班专员审核后生效；每人每月调班不超过3次。
七、病假须提供二级及以上医院证明；事假须提前3天申请，旺季（每年11月、12月）原则上不批事假。

第四章　小休与就餐
八、座席连续在线满2小时可小休10分钟，就餐时间30分钟，由现场管理员统一安排。
九、小休超时5分钟以上的，记迟到一次。

第五章　夜班与补贴
十、夜班补贴每班60元，随当月工资发放；法定节假日上班按国家规定支付加班工资。
十一、孕期女职工不安排夜班。

第六章　附则
十二、本规定由人力资源部与运营管理部负责解释，自2024年5月1日起试行。
"""
    (OUT / "lx08_排班与考勤管理规定.txt").write_bytes(text.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- lx09 HR export with codes
def lx09():
    rows = [
        "岗位编码,岗位名称,职族代码,职级,部门代码,汇报岗位编码,学历代码,最低工作年限,工作地点代码,编制人数,在岗人数,状态",
        "CS-101,话务员,F01,P1,D01,CS-201,E03,0,L01,180,166,有效",
        "CS-102,在线客服专员,F01,P1,D01,CS-201,E02,0,L02,60,52,有效",
        "CS-201,班长,F02,M1,D01,OP-301,E03,2,L01,16,15,有效",
        "QA-201,质检专员,F03,P2,D02,QA-301,E03,1,L01,10,9,有效",
        "QA-301,质检主管,F03,M1,D02,OP-401,E04,4,L01,1,1,有效",
        "TR-201,培训师,F04,P2,D03,TR-301,E04,3,L01,4,4,有效",
        "WF-201,WFM排班专员,F05,P2,D04,OP-301,E04,2,L01,2,2,有效",
        "WF-202,现场管理员,F05,P2,D04,OP-301,E03,1,L01,6,5,有效",
        "OP-301,运营经理,F06,M2,D04,OP-401,E04,5,L01,2,2,有效",
        "CS-401,客户成功专员,F07,P3,D05,CS-501,E04,2,L03,3,2,有效",
        "IT-501,IT运维工程师,F08,P3,D06,IT-601,E03,2,L01,4,4,有效",
        "QA-202,语音分析师,F03,P2,D02,QA-301,E04,2,L01,0,0,冻结",
        "",
        "",
        "代码说明",
        "代码类型,代码,含义",
        "学历,E02,中专及以上",
        "学历,E03,大专及以上",
        "学历,E04,本科及以上",
        "工作地点,L01,合肥市高新区（总部呼叫中心）",
        "工作地点,L02,成都市武侯区（成都分中心）",
        "工作地点,L03,上海市浦东新区（客户成功部）",
        "部门,D01,客服运营部",
        "部门,D02,质量管理部",
        "部门,D03,培训部",
        "部门,D04,运营管理部",
        "部门,D05,客户成功部",
        "部门,D06,信息技术部",
        "职族,F01,客户服务",
        "职族,F02,一线管理",
        "职族,F03,质量",
        "职族,F04,培训",
        "职族,F05,人力调度",
        "职族,F06,运营管理",
        "职族,F07,客户成功",
        "职族,F08,信息技术",
        "导出时间,2024-08-05 17:42,操作人：hr_admin",
    ]
    (OUT / "lx09_HR系统岗位导出.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- lx10 rename e-mail
def lx10():
    text = """发件人: 人力资源部 <hr@lianxin-cs.example>
收件人: 全体员工 <all@lianxin-cs.example>
抄送: 运营管理部; 质量管理部
日期: 2024年8月20日 星期二 15:32
主题: 关于部分岗位名称及职责调整的通知

各位同事：

为与委托方及行业通行叫法保持一致，经公司总经理办公会研究，自2024年9月1日起对以下岗位进行调整：

一、“话务员”岗位更名为“客户服务代表”（简称“客服代表”），岗位编码CS-101不变，职责与任职要求不变。HR系统中的岗位名称将于9月底前完成更新。

二、“现场管理员”岗位更名为“实时调度专员（RTA）”，岗位编码WF-202不变。汇报对象由运营经理调整为WFM主管；实时话务播报由每小时一次调整为每30分钟一次，其余职责不变。

三、上述调整不涉及薪资及职级变动，劳动合同中的岗位名称以补充协议方式变更。

如有疑问，请联系HRBP王敏（分机8021）。

人力资源部
2024年8月20日
"""
    (OUT / "lx10_岗位名称调整通知.txt").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    for f in (lx01, lx02, lx03, lx04, lx05, lx06, lx07, lx08, lx09, lx10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
