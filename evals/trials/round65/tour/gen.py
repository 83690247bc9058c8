"""Round 65 'tour': 青禾国际旅行社 HR documents (10 files). Output dir: $T65_OUT."""
import os, csv, copy
from pathlib import Path
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T65_OUT", "/tmp/t65tour/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "青禾国际旅行社有限公司"

# ---------------------------------------------------------------- helpers
def set_cell(cell, lines):
    if isinstance(lines, str):
        lines = [lines]
    cell.text = lines[0]
    for l in lines[1:]:
        cell.add_paragraph(l)

def hdr_ftr(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot

def tracked_change(par, deleted, inserted, author="人力资源部 李岚"):
    """append <w:del>deleted</w:del><w:ins>inserted</w:ins> to a paragraph"""
    d = OxmlElement("w:del"); d.set(qn("w:id"), "91"); d.set(qn("w:author"), author); d.set(qn("w:date"), "2024-03-01T09:00:00Z")
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = deleted; t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    i = OxmlElement("w:ins"); i.set(qn("w:id"), "92"); i.set(qn("w:author"), author); i.set(qn("w:date"), "2024-03-01T09:00:00Z")
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.text = inserted; t2.set(qn("xml:space"), "preserve"); r2.append(t2); i.append(r2)
    par._p.append(d); par._p.append(i)

def text_box(par, lines):
    """a floating-ish text box (VML textbox inside a run) holding paragraphs"""
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:300pt;height:90pt" type="#_x0000_t202">'
           '<v:textbox><w:txbxContent>' + "".join(
               f'<w:p><w:r><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines) +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    from docx.oxml import parse_xml
    par._p.append(parse_xml(xml))

# ---------------------------------------------------------------- 01 checkbox forms (docx)
def f01():
    doc = Document()
    hdr_ftr(doc, "青禾国旅 人力资源部 受控文件　编号：QH-HR-JD-2024-01", "本表勾选项以“☑/■”为准，未勾选“☐/□”项不适用　第1页")
    doc.add_heading("岗位说明书（勾选式）", 0)
    doc.add_paragraph(f"{CO}　2024年3月版　适用：入境游部、出境游部、研学部")
    posts = [
        dict(code="QH-IB-02", name="入境游导游（英语）", dept="入境游部", boss="入境游部经理", sub="无",
             edu="☐高中/中专　☑大专　☐本科　☐硕士及以上", major="英语、旅游管理等相关专业",
             exp="2年以上入境团队接待经验", cert="☑导游资格证　☑英语专业八级或雅思6.5以上　☐领队证　☐A1驾照",
             loc="☐总部办公室　☐门店　☑外勤随团（市内及周边景区）", shift="☐标准工时　☑综合工时　☐不定时",
             pay="基本工资4500元/月＋带团补贴",
             duties=["1. 按接待计划全程陪同入境团队，负责机场接送、景点讲解与行程衔接；",
                     "2. 用英语向外宾讲解景点历史文化，讲解内容须符合讲解词审定稿；",
                     "3. 每日行程结束后向计调专员报告团队动态，填写《导游日志》；",
                     "4. 处理游客投诉及突发事件，遇人身安全事件15分钟内上报部门经理；",
                     "5. 团队结束后3个工作日内完成报账，交财务结算员审核。"],
             qual=["熟悉本地主要景区及出入境管理规定；", "普通话标准，英语口语流利；", "身体健康，能适应长时间户外工作。"]),
        dict(code="QH-OB-05", name="出境领队", dept="出境游部", boss="出境游部经理", sub="无",
             edu="□高中/中专　■大专　□本科　□硕士及以上", major="专业不限",
             exp="3年以上带团经验，其中出境带团不少于20团次", cert="■领队证（出境旅游领队资格）　■导游资格证　□英语专业八级",
             loc="□总部办公室　□门店　■外勤随团（境外线路）", shift="□标准工时　■综合工时　□不定时",
             pay="基本工资5000元/月＋出团补贴",
             duties=["1. 出团前召开行前说明会，核对护照、签证及出入境材料；",
                     "2. 带领团队办理出入境、登机及海关手续，全程清点人数；",
                     "3. 监督境外地接社按合同提供服务，发现降低标准的立即交涉并记录；",
                     "4. 处理境外突发事件，及时联系驻外使领馆及公司应急小组；",
                     "5. 回团后提交《领队报告》及游客意见单。"],
             qual=["具备良好的英语或目的地语言沟通能力；", "熟悉出境旅游法律法规及目的地国家风俗禁忌；", "持有效护照，能接受长期出差。"]),
        dict(code="QH-OB-08", name="签证专员", dept="出境游部", boss="签证主管", sub="无",
             edu="☐高中/中专　☐大专　☑本科　☐硕士及以上", major="外语、行政管理相关专业优先",
             exp="1年以上签证办理经验", cert="☐导游资格证　☐领队证　☑无强制要求（持有签证专员培训证书者优先）",
             loc="☑总部办公室（滨江路88号3楼）　☐门店　☐外勤随团", shift="☑标准工时（9:00-18:00）　☐综合工时　☐不定时",
             pay="月薪5000-7000元",
             duties=["1. 审核游客签证材料的完整性与真实性，指导游客补齐资料；",
                     "2. 在各国使领馆及签证中心递交、领取签证，跟踪办理进度；",
                     "3. 建立并维护签证档案，保管游客护照，执行护照交接登记制度；",
                     "4. 收集各国签证政策变化，每月更新《签证须知》；",
                     "5. 协助出境游部处理拒签、补材料等异常情况。"],
             qual=["工作细致，保密意识强；", "熟练使用办公软件及使领馆预约系统。"]),
        dict(code="QH-YX-03", name="研学导师", dept="研学部", boss="研学课程主管", sub="研学助教（实习）",
             edu="☐大专及以下　☑本科　☐硕士及以上", major="教育学、历史学、地理学、生物学等相关专业",
             exp=None, cert="☑教师资格证或导游资格证（二者具其一）　☐领队证　☑急救员证书（红十字会）",
             loc="☐总部办公室　☐门店　☑外勤随团（研学基地及合作学校）", shift="☐标准工时　☑综合工时　☐不定时",
             pay="月薪6000-9000元",
             duties=["1. 根据研学课程方案设计并实施现场教学，带领学生完成探究任务；",
                     "2. 出发前与学校带队老师对接学生名单、分组及安全须知；",
                     "3. 负责研学过程中学生的安全管理，每个活动点位清点人数；",
                     "4. 课程结束后48小时内提交《研学课程反馈表》及学生成果；",
                     "5. 参与研学课程的研发与迭代，每学期至少提交1个课程改进建议。"],
             qual=["热爱教育事业，有亲和力，善于与中小学生沟通；", "具备基本的户外安全知识与急救技能。"]),
    ]
    for i, p in enumerate(posts):
        if i:
            doc.add_page_break()
        doc.add_heading(f"表{i+1}　{p['code']}", level=2)
        t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
        def sec(title):
            r = t.add_row().cells; m = r[0].merge(r[3]); m.text = title
        def kv2(a, b, c, d):
            r = t.add_row().cells; r[0].text, r[1].text, r[2].text, r[3].text = a, b, c, d
        def kv(a, b):
            r = t.add_row().cells; r[0].text = a; m = r[1].merge(r[3]); set_cell(m, b); return m
        sec("一、基本信息")
        kv2("岗位名称", p["name"], "岗位编号", p["code"])
        kv2("所属部门", p["dept"], "直接上级", p["boss"])
        kv2("直接下级", p["sub"], "薪资标准", p["pay"])
        kv("工作地点", p["loc"])
        kv("工时制度", p["shift"])
        sec("二、岗位职责")
        kv("主要职责", p["duties"])
        sec("三、任职资格")
        kv("学历", p["edu"])
        kv("专业", p["major"])
        if p["exp"]:
            kv("工作经验", p["exp"])
        else:
            r = t.add_row().cells; r[0].text = "工作经验"; m = r[1].merge(r[3])
            m.text = ""
            par = m.paragraphs[0]; par.add_run("具有")
            tracked_change(par, "1年以上", "2年以上")
            par.add_run("中小学教学或研学带队经验")
        kv("证书", p["cert"])
        kv("其他要求", p["qual"])
        doc.add_paragraph("编制：人力资源部　审核：分管副总　批准：总经理")
    doc.save(OUT / "qh01_岗位说明书_勾选式.docx")

# ---------------------------------------------------------------- 02 handbook with swimlane (docx)
def f02():
    doc = Document()
    hdr_ftr(doc, "计调中心工作手册 V3.1（内部资料 注意保密）", f"{CO} 计调中心　2024年修订")
    doc.add_heading("计调中心工作手册", 0)
    doc.add_heading("第一章　部门概况", 1)
    doc.add_paragraph("计调中心是公司团队操作的中枢，负责地接、交通、住宿、门票等资源的采购与调度。中心设计调主管1名、"
                      "计调专员4名、票务专员2名、包车调度员1名，另与财务部财务结算员协同完成团队结算。")
    doc.add_paragraph("中心办公地点：总部滨江路88号2楼。值班电话由计调专员轮值。")
    doc.add_heading("第二章　团队操作流程与岗位分工", 1)
    doc.add_paragraph("团队从接单到结算的各环节分工如下表（泳道表）：")
    lanes = [("环节", "计调专员", "票务专员", "财务结算员"),
             ("① 接单", "接收门店及线上订单，确认行程需求与人数", "—", "—"),
             ("② 询价采购", "向地接社、酒店、车队询价，编制团队成本预算表", "查询机票、火车票团队价并反馈舱位", "—"),
             ("③ 出票/确认", "向供应商下发确认单，锁定房、车、餐", "按名单出票，核对证件信息，出票后2小时内回传行程单", "审核预付款申请"),
             ("④ 出团", "出团前一天向导游/领队交接出团计划书，全程跟踪", "处理改签、退票", "—"),
             ("⑤ 结算", "团队结束后2个工作日内提交团队核算单", "提交票务对账单", "核对供应商发票与核算单，7个工作日内完成团队结算并出具毛利报表")]
    t = doc.add_table(rows=len(lanes), cols=4); t.style = "Table Grid"
    for i, row in enumerate(lanes):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_heading("第三章　岗位说明", 1)
    doc.add_heading("3.1　计调专员", 2)
    doc.add_paragraph("计调专员隶属计调中心，直接上级为计调主管，工作地点在总部；要求大专及以上学历，旅游管理相关专业，"
                      "1年以上旅行社计调经验，熟悉全国主要旅游线路及地接资源，月薪5500-8000元。")
    doc.add_paragraph("主要职责：")
    for d in ["（1）负责国内团队及散客拼团的行程操作与资源预订；",
              "（2）维护地接社、酒店、车队等供应商资源库，每季度更新协议价格；",
              "（3）编制出团计划书，向导游、领队交接并跟踪执行；",
              "（4）控制团队成本，确保单团毛利率不低于公司核定标准；",
              "（5）处理行程变更及突发事件，协调各方资源。"]:
        doc.add_paragraph(d)
    p = doc.add_paragraph("【批注·计调主管 周涛】第（4）条中“核定标准”指产品部下发的线路成本核算表，不含临时加项。")
    doc.add_heading("3.2　票务专员", 2)
    doc.add_paragraph("票务专员的基本情况见下框：")
    frame = doc.add_table(rows=1, cols=1); frame.style = "Table Grid"
    c = frame.cell(0, 0); c.text = "票务专员·岗位速查"
    inner = c.add_table(rows=6, cols=2); inner.style = "Table Grid"
    for i, (a, b) in enumerate([("所属部门", "计调中心"), ("直接上级", "计调主管（周涛）"), ("学历", "中专及以上"),
                                ("证书", "民航客运销售代理资格证（CATA）"), ("班次", "早班7:30-16:00／晚班13:30-22:00，轮班"),
                                ("经验", "半年以上机票或火车票代理工作经验")]):
        inner.cell(i, 0).text = a; inner.cell(i, 1).text = b
    doc.add_paragraph("票务专员主要职责：")
    for d in ["（1）使用订座系统（GDS）为团队及散客预订、出具机票，办理火车票团体票；",
              "（2）核对游客姓名与证件号码，确保出票零差错；",
              "（3）处理改签、退票及航班变更通知，及时告知计调专员和领队；",
              "（4）每月与航空公司及票务代理对账，提交票务对账单。"]:
        doc.add_paragraph(d)
    doc.add_heading("3.3　定制游顾问", 2)
    doc.add_paragraph("略（待定制游事业部成立后另行制定）。")
    doc.add_heading("第四章　值班与应急", 1)
    par = doc.add_paragraph("节假日期间计调中心实行24小时值班，值班人员须保持手机畅通。")
    text_box(par, ["应急联络：", "一般事件→计调主管；重大事件→分管副总（30分钟内）"])
    doc.add_heading("附件　旧版流程（2021版，已废止）", 1)
    doc.add_paragraph("以下内容仅供查阅，不再执行：原票务专员直接上级为财务部经理，出票后24小时内回传行程单。")
    doc.save(OUT / "qh02_计调中心工作手册.docx")

# ---------------------------------------------------------------- 03 KPI library (xlsx)
def f03():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "指标库"
    ws.append(["青禾国旅 KPI指标库（2024版）"]); ws.merge_cells("A1:F1")
    ws.append(["编号", "维度", "指标名称", "计算公式/定义", "数据来源", "适用岗位及权重"])
    rows = [
        ("K01", "财务", "单团毛利率", "（团队收入-团队成本）/团队收入×100%", "财务系统", "计调专员 30%；门店店长 20%"),
        ("K02", "财务", "门店销售额完成率", "实际销售额/目标销售额×100%", "ERP", "门店销售顾问 40%；门店店长 35%"),
        ("K03", "客户", "游客满意度", "满意度问卷平均分（满分100）", "客服回访", "入境游导游 35%；出境领队 35%；研学导师 30%"),
        ("K04", "客户", "有效投诉次数", "经核实的有责投诉次数", "客服中心台账", "入境游导游 25%；出境领队 25%；大巴司机 20%"),
        ("K05", "客户", "投诉处理及时率", "24小时内回复的投诉数/投诉总数×100%", "客服系统", "客服专员 35%"),
        ("K06", "客户", "回访完成率", "实际回访团队数/应回访团队数×100%", "客服系统", "客服专员 20%"),
        ("K07", "内部运营", "行程操作差错次数", "因操作失误导致的行程变更次数", "计调台账", "计调专员 30%"),
        ("K08", "内部运营", "报账及时率", "规定时限内完成报账的团数/带团总数×100%", "财务系统", "入境游导游 20%；出境领队 20%"),
        ("K09", "内部运营", "安全行驶里程", "当月无责任事故行驶公里数", "GPS平台", "大巴司机 40%"),
        ("K10", "内部运营", "车辆出车准点率", "准点发车次数/出车总次数×100%", "车队调度记录", "大巴司机 25%"),
        ("K11", "内部运营", "一次接通率", "首次接通来电数/来电总数×100%", "呼叫中心", "客服专员 30%"),
        ("K12", "客户", "客户转化率", "成交客户数/到店咨询客户数×100%", "门店CRM", "门店销售顾问 30%"),
        ("K13", "学习成长", "产品知识考试成绩", "季度线路知识考试得分", "培训记录", "门店销售顾问 15%；入境游导游 10%"),
        ("K14", "学习成长", "培训完成率", "实际参训课时/应参训课时×100%", "培训记录", "客服专员 15%；门店店长 15%"),
        ("K15", "内部运营", "供应商协议更新率", "按期更新协议价的供应商数/供应商总数×100%", "计调台账", "计调专员 20%"),
        ("K16", "客户", "门店好评率", "大众点评/携程门店好评数/评价总数×100%", "平台后台", "门店店长 15%；门店销售顾问 15%"),
        ("K17", "内部运营", "车辆卫生检查合格率", "检查合格次数/检查次数×100%", "车队检查表", "大巴司机 15%"),
        ("K18", "内部运营", "团队安全事故数", "责任安全事故起数（一票否决）", "安全台账", "出境领队 20%；入境游导游 10%；门店店长 15%"),
        ("K19", "内部运营", "油耗控制率", "实际油耗/标准油耗×100%（越低越好）", "加油卡记录", "大巴司机 0%（观察指标，2024年不计分）"),
    ]
    for r in rows:
        ws.append(list(r))
    # merge 维度 for consecutive equal values is unrealistic here (mixed order) -> keep as is
    ws.append([]); ws.append(["说明", "同一岗位各指标权重之和为100%；“一票否决”指标发生即当月绩效为零。"])
    for col, w in zip("ABCDEF", (6, 10, 18, 40, 14, 44)):
        ws.column_dimensions[col].width = w
    # 目标值 sheet with merged header
    t = wb.create_sheet("目标值")
    t.append(["指标", "目标值", None, None, "备注"])
    t.append([None, "国内线", "出境线", "入境线", None])
    t.merge_cells("B1:D1"); t.merge_cells("A1:A2"); t.merge_cells("E1:E2")
    for r in [("K01 单团毛利率", "≥12%", "≥15%", "≥18%", "按线路类型分别考核"),
              ("K03 游客满意度", "≥90分", "≥92分", "≥95分", ""),
              ("K04 有效投诉次数", "≤1次/月", "≤1次/月", "0次", "入境线外宾投诉影响大"),
              ("K08 报账及时率", "100%", "≥98%", "100%", "出境团可延长2个工作日"),
              ("K09 安全行驶里程", "≥3000公里", "—", "≥2500公里", "出境线不涉及车队"),
              ("K12 客户转化率", "≥25%", "≥18%", "—", "")]:
        t.append(list(r))
    # per-post block: 门店店长
    s = wb.create_sheet("门店店长考核表")
    s.append(["门店店长月度绩效考核表"]); s.merge_cells("A1:E1")
    s.append(["考核对象：门店店长（解放路店／滨江店／大学城店）", None, "考核人：门店事业部总监", None, None])
    s.merge_cells("A2:B2"); s.merge_cells("C2:E2")
    s.append(["序号", "考核指标", "权重", "目标值", "评分规则"])
    for r in [(1, "销售额完成率（本店）", "35%", "100%", "每低1%扣1分"), (2, "单团毛利率（本店）", "20%", "≥12%", "每低1个百分点扣2分"),
              (3, "好评率（本店）", "15%", "≥95%", "每低1%扣1分"), (4, "员工培训完成率", "15%", "100%", "未完成按比例扣分"),
              (5, "安全事故数（本店）", "15%", "0起", "发生责任事故当月绩效为零")]:
        s.append(list(r))
    s.append([None, "合计", "100%", None, None])
    v = wb.create_sheet("2023版（已停用）")
    v.append(["本表自2024年1月1日起停用，仅供查阅"])
    v.append(["岗位", "指标", "权重"])
    v.append(["门店销售顾问", "进店客流量", "50%"])
    v.append(["门店销售顾问", "销售额完成率", "50%"])
    v.append(["大巴司机", "安全行驶里程", "100%"])
    wb.save(OUT / "qh03_KPI指标库.xlsx")

# ---------------------------------------------------------------- 04 post info transposed + pay (xlsx)
def f04():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "岗位信息总表"
    groups = [("门店事业部", ["门店销售顾问", "门店店长"]), ("车队", ["大巴司机"]), ("客服中心", ["客服专员"]),
              ("财务部", ["财务结算员"]), ("品牌部", ["新媒体运营"]), ("产品研发部", ["产品经理"])]
    data = {
        "门店销售顾问": ["QH-MD-01", "门店店长", "无", "大专及以上", "市场营销、旅游管理优先", "1年以上销售经验，应届生可培养", "无", "解放路店／滨江店／大学城店", "早班9:00-17:30／晚班12:30-21:00", 15],
        "门店店长": ["QH-MD-02", "门店事业部总监", "门店销售顾问（每店4-6人）", "本科及以上", "不限", "3年以上旅游或零售门店管理经验", "无", "各门店", "早班9:00-17:30／晚班12:30-21:00", 3],
        "大巴司机": ["QH-CD-01", "车队队长", "无", "高中及以上", "—", "5年以上大客车驾驶经验，无重大责任事故", "A1驾驶证；道路旅客运输从业资格证", "车队停车场（城东物流园）", "按排班出车", 12],
        "客服专员": ["QH-KF-01", "客服主管", "无", "大专及以上", "不限", "半年以上客服经验", "无", "总部客服中心", "早班8:00-16:30／晚班14:00-22:30", 8],
        "财务结算员": ["QH-CW-03", "财务部经理", "无", "大专及以上", "会计、财务管理", "2年以上结算或会计工作经验", "初级会计职称", "总部财务部", "标准工时9:00-18:00", 3],
        "新媒体运营": ["QH-PP-02", "品牌部经理", "无", "本科及以上", "新闻传播、广告学、市场营销", "2年以上新媒体运营经验", "无", "总部品牌部", "标准工时9:30-18:30（弹性）", 2],
        "产品经理": ["QH-CP-01", "产品总监", "产品专员、线路策划助理", "本科及以上", "旅游管理、地理学相关专业", "3年以上旅游线路产品设计经验", "无", "总部产品研发部", "标准工时9:00-18:00", 4],
    }
    fields = ["岗位编码", "直接上级", "直接下级", "最低学历", "专业要求", "工作经验", "必备证书", "工作地点", "班次", "编制（人）"]
    row1 = ["部门"]; row2 = ["岗位"]
    for g, ps in groups:
        for p in ps:
            row1.append(g); row2.append(p)
    ws.append(["青禾国旅 岗位信息总表（2024年3月）"])
    ws.append(row1); ws.append(row2)
    col = 2
    for g, ps in groups:
        if len(ps) > 1:
            ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + len(ps) - 1)
        col += len(ps)
    posts = [p for _, ps in groups for p in ps]
    for i, f in enumerate(fields):
        ws.append([f] + [data[p][i] for p in posts])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(posts) + 1)
    for c in ws[2]:
        c.alignment = Alignment(horizontal="center")
    # pay sheet
    p = wb.create_sheet("薪酬标准")
    p.append(["岗位", "职级", "月度薪酬（元）", None, None, None, "备注"])
    p.append([None, None, "基本工资", "岗位津贴", "绩效奖金基数", "合计", None])
    p.merge_cells("C1:F1"); p.merge_cells("A1:A2"); p.merge_cells("B1:B2"); p.merge_cells("G1:G2")
    pay = [("门店销售顾问", "P3", 3500, 500, 1500, "另按成交额1.5%提成"),
           ("门店店长", "M1", 6000, 1500, 3000, "另享门店利润分成"),
           ("大巴司机", "T2", 5000, 800, 1200, "出车补助80元/趟，长途另计"),
           ("客服专员", "P2", 3800, 300, 1000, "夜班补贴30元/班"),
           ("财务结算员", "P3", 4500, 500, 1000, ""),
           ("新媒体运营", "P4", 6000, 800, 2000, ""),
           ("产品经理", "P6", 9000, 2000, 4000, "年终按线路利润另行奖励")]
    for i, r in enumerate(pay, start=3):
        p.append([r[0], r[1], r[2], r[3], r[4], f"=C{i}+D{i}+E{i}", r[5]])
    p.append(["注：合计为月度薪酬参考值，不含提成与补贴；入境游导游、出境领队、研学导师薪酬见《岗位说明书》。"])
    s = wb.create_sheet("编制汇总")
    s.append(["部门", "编制（人）", "在岗（人）", "缺编"])
    for r in [("门店事业部", 18, 15, "=B2-C2"), ("车队", 12, 11, "=B3-C3"), ("客服中心", 8, 8, "=B4-C4"), ("包车业务组", 2, 0, "=B5-C5")]:
        s.append(list(r))
    wb.save(OUT / "qh04_岗位信息与薪酬.xlsx")

# ---------------------------------------------------------------- 05 requisition CSV with two header rows
def f05():
    rows = [
        ["req_id", "post_name", "dept", "site", "hc", "edu", "exp", "duty", "requirement", "salary", "status"],
        ["需求编号", "招聘岗位", "用人部门", "工作地点", "人数", "学历", "经验", "岗位职责", "任职要求", "薪资范围", "状态"],
        ["ZP2024-011", "门店销售顾问", "门店事业部", "大学城门店", "2", "大专", "1年以上", 
         "①接待到店及电话咨询客户，根据客户需求推荐合适线路；②办理报名签约、收款及出团通知；③维护老客户，建立客户档案并定期回访；④完成门店月度销售指标。",
         "形象气质佳，普通话标准；有旅游或教育培训销售经验优先；能接受周末轮休。", "5000-8000元/月（底薪＋提成）", "招聘中"],
        ["ZP2024-012", "门店销售顾问", "门店事业部", "滨江门店", "1", "大专", "1年以上", "同ZP2024-011", "同ZP2024-011", "4500-7500元/月", "已关闭"],
        ["ZP2024-015", "大巴司机", "车队", "城东物流园车队", "3", "高中", "5年以上",
         "①按调度安排安全驾驶旅游大巴，准时接送游客；②出车前后检查车辆状况，填写《行车日志》；③保持车厢整洁，配合导游做好游客服务；④遵守交通法规，严禁疲劳驾驶。",
         "持A1驾驶证及道路旅客运输从业资格证；近3年无重大责任事故；年龄50周岁以下。", "7000-9000元/月", "招聘中"],
        ["ZP2024-018", "客服专员", "客服中心", "总部", "2", "大专", "半年以上",
         "①接听400热线及在线咨询，解答线路、价格及报名问题；②受理投诉并在24小时内给予回复；③出团后对游客进行满意度回访；④整理客户反馈，每周提交客诉分析。",
         "普通话标准，打字速度每分钟50字以上；能适应早晚班倒班。", "4500-6000元/月", "招聘中"],
        ["ZP2024-020", "财务结算员", "财务部", "总部", "1", "大专", "2年以上",
         "①审核团队核算单与供应商发票，办理团队结算；②跟踪应收应付款项，每月编制往来对账表；③核算单团毛利，出具毛利报表；④协助完成月末结账及税务申报资料。",
         "持初级会计职称；熟练使用用友或金蝶财务软件；有旅行社财务经验优先。", "5000-6500元/月", "招聘中"],
        ["ZP2023-031", "门店销售顾问", "门店事业部", "解放路门店", "2", "中专", "不限", "（2023年旧需求，已作废）", "（已作废）", "3500-5000元/月", "作废"],
    ]
    with open(OUT / "qh05_招聘需求登记.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 06 careers page with <dialog>
def f06():
    jobs = [
        ("job-pm", "产品经理（线路研发）", "产品研发部", "总部", "15-22K", "本科",
         ["负责国内及出境线路产品的市场调研、竞品分析与线路设计；", "编制线路成本核算表，制定产品定价方案；",
          "踩线考察地接资源，评估酒店、景点及供应商质量；", "跟踪产品销售数据与游客反馈，每季度完成产品迭代；", "撰写产品卖点及销售培训资料，培训门店销售顾问。"],
         ["本科及以上学历，旅游管理、地理学相关专业；", "3年以上旅游线路产品设计经验；", "具备较强的数据分析能力，熟练使用Excel。"]),
        ("job-xmt", "新媒体运营", "品牌部", "总部", "8-12K", "本科",
         ["负责公司微信公众号、抖音、小红书账号的日常内容策划与发布；", "策划线上营销活动，提升粉丝数量与线索转化；", "拍摄剪辑旅游短视频，每周不少于3条；", "分析各平台运营数据，撰写月度运营报告。"],
         ["本科及以上学历，新闻传播、广告学、市场营销专业；", "2年以上新媒体运营经验，有旅游行业账号运营经验优先；", "会使用剪映、PR等剪辑软件。"]),
        ("job-kf", "客服专员", "客服中心", "总部", "4.5-6K", "大专",
         ["接听400热线及在线咨询，解答游客问题；", "受理游客投诉并跟踪处理结果；", "开展出团后满意度回访。"],
         ["大专及以上学历；", "普通话标准，有耐心；", "能适应倒班。"]),
    ]
    parts = ['<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>加入青禾 | 青禾国际旅行社</title>',
             '<style>dialog{border:1px solid #ccc}.tag::before{content:"# "}</style></head><body>',
             '<header><nav><a href="/">首页</a> | <a href="/line">线路</a> | <a href="/join">加入我们</a></nav></header>',
             '<main><h1>加入青禾，一起去远方</h1><p>点击职位查看详情。</p><ul class="joblist">']
    for jid, title, dept, loc, pay, edu, _, _ in jobs:
        parts.append(f'<li><button onclick="document.getElementById(\'{jid}\').showModal()">{title}</button>'
                     f' <span class="tag">{dept}</span></li>')
    parts.append("</ul>")
    for jid, title, dept, loc, pay, edu, duties, reqs in jobs:
        parts.append(f'<dialog id="{jid}">')
        parts.append(f'<h2>{title}</h2>')
        parts.append(f'<p><b>部门</b> {dept}<br><b>地点</b> {loc}<br><b>月薪</b> {pay}<br><b>学历</b> {edu}</p>')
        parts.append('<h3>你将负责</h3><ol>')
        for d in duties:
            parts.append(f'<li>{d}</li>')
        parts.append('</ol><h3>我们希望你</h3><ul>')
        for r in reqs:
            parts.append(f'<li>{r}</li>')
        parts.append('</ul><form method="dialog"><button>关闭</button></form></dialog>')
    parts.append('<section><h2>包车调度员</h2><p>职位即将开放，敬请关注。</p></section>')
    parts.append('</main><footer>简历投递：hr@qinghe-travel.example　© 青禾国际旅行社</footer></body></html>')
    (OUT / "qh06_加入我们.html").write_text("\n".join(parts), encoding="utf-8")

# ---------------------------------------------------------------- 07 PDF 车队岗位手册
def f07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    pdfmetrics.registerFont(TTFont("WQY", fp, subfontIndex=0))
    st = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16)
    h = ParagraphStyle("h", fontName="WQY", fontSize=14, leading=22)
    def header(c, d):
        c.saveState(); c.setFont("WQY", 8)
        c.drawString(40, 810, "QH-CD-SOP-02　车队岗位手册（2024版）")
        c.drawRightString(555, 20, f"第{d.page}页"); c.restoreState()
    doc = SimpleDocTemplate(str(OUT / "qh07_车队岗位手册.pdf"), pagesize=A4, topMargin=60)
    S = []
    S.append(Paragraph("车队岗位手册", h))
    S.append(Paragraph("一、大巴司机", h))
    S.append(Paragraph("大巴司机隶属车队，直接上级为车队队长，按调度排班出车，驻地为城东物流园停车场。", st))
    S.append(Paragraph("岗位职责：", st))
    for d in ["1．出车前完成“三检”（出车前、行车中、收车后），发现故障立即报修，不得带病出车；",
              "2．按调度单时间提前30分钟到达集合地点，配合导游清点游客人数；",
              "3．严格遵守限速规定，连续驾驶不超过4小时，夜间22:00至次日6:00原则上不安排行车；",
              "4．发生交通事故时立即报警、救助伤员并在10分钟内报告车队队长；",
              "5．每周参加一次安全例会，每月完成车辆二级维护登记。"]:
        S.append(Paragraph(d, st))
    S.append(Spacer(1, 8))
    S.append(Paragraph("大巴司机月度考核扣分标准：", st))
    tbl = [["考核项目", "权重", "标准", "扣分办法"],
           ["安全行驶", "40%", "无责任事故", "发生责任事故本项不得分"],
           ["出车准点", "25%", "准点率≥98%", "每迟到1次扣5分"],
           ["游客评价", "20%", "无有效投诉", "每次有效投诉扣10分"],
           ["车辆卫生", "15%", "检查合格", "每次不合格扣5分"]]
    t = Table(tbl, colWidths=[90, 50, 110, 200])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    S.append(t)
    S.append(Spacer(1, 12))
    S.append(Paragraph("二、车队安全员", h))
    S.append(Paragraph("车队安全员隶属车队，直接上级为车队队长，要求高中及以上学历，持有安全生产管理人员证书。", st))
    S.append(Paragraph("岗位职责：", st))
    for d in ["1．每日抽查出车车辆的安全设施（灭火器、安全锤、安全带）；",
              "2．监控GPS平台，对超速、疲劳驾驶进行实时提醒并记录；",
              "3．组织每周安全例会和每季度应急演练。"]:
        S.append(Paragraph(d, st))
    S.append(Spacer(1, 12))
    S.append(Paragraph("安全责任确认：本人已阅读并理解上述岗位职责。　签字：＿＿＿＿　日期：＿＿＿＿", st))
    doc.build(S, onFirstPage=header, onLaterPages=header)

# ---------------------------------------------------------------- 08 Markdown wiki with definition lists
def f08():
    md = """# 新媒体运营岗位 Wiki

> 维护人：品牌部　最后更新：2024-04-02

## 基本信息

岗位名称
: 新媒体运营

所属部门
: 品牌部

汇报对象
: 品牌部经理

工作地点
: 总部 5 楼品牌部（可申请每周 1 天远程）

## 日常工作清单

| 频次 | 工作内容 |
|---|---|
| 每日 | 公众号、小红书内容发布<br>评论区及私信回复（2小时内） |
| 每周 | 旅游短视频拍摄剪辑不少于3条<br>竞品账号监测周报 |
| 每月 | 线上营销活动策划1场<br>月度运营数据报告 |

## 考核指标（KPI）

| 指标 | 权重 | 目标 |
|---|---|---|
| 粉丝净增长数 | 25% | 每月≥3000 |
| 内容发布及时率 | 20% | 100% |
| 线上线索转化数 | 30% | 每月≥120条有效线索 |
| 爆款内容数（阅读/播放≥10万） | 15% | 每月≥1条 |
| 舆情响应时效 | 10% | 负面舆情1小时内上报 |

## 常见问题

**Q：新媒体运营需要会剪视频吗？**
A：需要，至少会用剪映；PR/AE 为加分项。

**Q：转正考核看什么？**
A：略。
"""
    (OUT / "qh08_新媒体运营岗位wiki.md").write_text(md, encoding="utf-8")

# ---------------------------------------------------------------- 09 GBK chat export
def f09():
    txt = """青禾国旅-门店运营群 聊天记录导出
导出时间：2024-04-10 18:02
========================================
[2024-04-08 09:12] 人事-王敏：各位店长早，大学城门店下周有新同事入职，门店销售顾问的岗位职责我再贴一遍，请带教时对照：
[2024-04-08 09:13] 人事-王敏：
【门店销售顾问岗位职责】
一、热情接待进店客户，了解出行需求，推荐并讲解适合的线路产品；
二、为客户办理报名、签订旅游合同、收取团款并开具收据；
三、出团前3天电话通知客户集合时间、地点及注意事项；
四、每日更新客户信息至CRM系统，节假日前对老客户进行营销回访；
五、保持门店陈列整洁，按时更新橱窗海报及宣传资料。
[2024-04-08 09:20] 滨江店-陈店长：收到👍
[2024-04-08 09:25] 解放路店-刘店长：带教期多久？
[2024-04-08 09:27] 人事-王敏：带教期1个月，带教师傅由店长指定，试用期3个月。
[2024-04-09 14:30] 人事-王敏：【通知】出境游部调整：签证主管岗位撤销，自4月15日起签证专员的直接上级改为出境游部经理，岗位说明书下次修订时更新。
[2024-04-09 14:41] 客服-赵主管：另外客服专员下周开始加一个中班10:00-18:30，早晚班不变。
[2024-04-10 10:05] 大学城店-孙店长：门店销售顾问周末能不能调休？
[2024-04-10 10:08] 人事-王敏：门店实行做六休一，周末原则上不安排调休，淡季可申请。
"""
    (OUT / "qh09_门店运营群聊天记录.txt").write_bytes(txt.replace("👍", "[赞]").encode("gbk"))

# ---------------------------------------------------------------- 10 UTF-16 policy
def f10():
    txt = """青禾国际旅行社有限公司
出团补贴及外勤考勤管理规定（2024年修订）

第一条　为规范导游、领队、研学导师及大巴司机的外勤管理，制定本规定。
第二条　出团补贴标准：
　　（一）入境游导游：每团天200元；
　　（二）出境领队：每团天300元（境外团天按天计）；
　　（三）研学导师：每团天180元，过夜研学另加100元/晚；
　　（四）大巴司机：出车补助按《岗位信息与薪酬》执行。
第三条　外勤人员实行综合工时制，考勤以出团计划书及导游日志为准，无需打卡。
第四条　出团期间每日工作时间超过10小时的，按当月累计折算调休。
第五条　带团期间不得私自增加自费项目或购物点，违者取消当月出团补贴。
第六条　年休假、婚丧假等按公司《员工手册》执行。
第七条　本规定由人力资源部负责解释，自2024年3月1日起施行。
"""
    (OUT / "qh10_出团补贴及外勤考勤规定.txt").write_bytes(txt.encode("utf-16"))

for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
    f()
print("wrote", sorted(p.name for p in OUT.iterdir()))
