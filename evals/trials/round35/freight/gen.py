"""Round 35 blind trial 'freight': HR documents of 申甬通达国际物流有限公司 (上海总部 + 宁波分公司),
an international freight forwarder and customs broker.  Writes 10 files into $T35_OUT
(default /tmp/t35freight/corpus).  Run with /tmp/r21venv/bin/python (python-docx, openpyxl, reportlab)."""
import csv
import io
import json
import os
from pathlib import Path

OUT = Path(os.environ.get("T35_OUT", "/tmp/t35freight/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
CO = "申甬通达国际物流有限公司"


# ---------------------------------------------------------------- f01 bilingual side-by-side docx
def f01():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Microsoft YaHei"
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Shenyong Tongda International Logistics Co., Ltd.\n" + CO)
    r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Customs Department — Job Descriptions　关务部岗位说明书（中英对照版）").bold = True
    d.add_paragraph("Version 2024-03 / 版本：2024年3月　　Prepared by HR 人力资源部编制")

    posts = [
        ("1. Customs Declarant", "一、报关员", [
            ("Department: Customs Department", "所属部门：关务部"),
            ("Reports to: Customs Supervisor", "直接上级：关务主管"),
            ("Location: Shanghai (Waigaoqiao) / Ningbo (Beilun)", "工作地点：上海外高桥 / 宁波北仑"),
            ("RESPONSIBILITIES", "岗位职责"),
            ("1) Review declaration documents provided by clients (invoice, packing list, contract, declaration elements).",
             "1) 审核客户提供的报关资料（发票、箱单、合同、申报要素），确保单证一致；"),
            ("2) Input and submit customs declarations through the China International Trade Single Window and follow up release.",
             "2) 通过国际贸易“单一窗口”录入报关单并完成申报，跟踪审结及放行状态；"),
            ("3) Assist customs inspection; handle amendment / deletion of declarations and duty refunds or supplements.",
             "3) 配合海关查验，办理改单、删单及退补税手续；"),
            ("4) Classify commodities (HS codes) and check regulatory conditions to prevent classification risks.",
             "4) 进行商品归类（HS编码）并核对监管条件，防范归类及申报风险；"),
            ("5) File declaration records; retain them for no less than 3 years.",
             "5) 整理归档报关单证，纸质及电子档案保存期限不少于3年。"),
            ("REQUIREMENTS", "任职要求"),
            ("1) College diploma or above in international trade, logistics or related majors.",
             "1) 大专及以上学历，国际贸易、物流管理等相关专业；"),
            ("2) At least 1 year of customs declaration experience.",
             "2) 1年以上报关工作经验，熟悉一般贸易及加工贸易报关流程；"),
            ("3) Customs Declaration Proficiency Test certificate required.",
             "3) 须持有报关水平测试证书；"),
            ("4) Careful, able to work under time pressure at cut-off.",
             "4) 工作细致，能承受截关前的时间压力。"),
        ]),
        ("2. Customs Supervisor", "二、关务主管", [
            ("Department: Customs Department", "所属部门：关务部（上海总部）"),
            ("Reports to: Customs Department Manager", "直接上级：关务部经理"),
            ("Direct reports: 4 Customs Declarants, 2 Documentation Clerks", "直接下属：报关员4名、单证员2名"),
            ("RESPONSIBILITIES", "岗位职责"),
            ("1) Coordinate daily declaration and inspection work; allocate workload among declarants.",
             "1) 统筹关务部日常报关、报检业务，合理分配报关员工作量；"),
            ("2) Lead maintenance of the company's AEO Advanced certification and customs audits.",
             "2) 牵头公司AEO高级认证的维护，组织海关稽核、核查的迎检工作；"),
            ("3) Review difficult classification and rules-of-origin cases and issue opinions.",
             "3) 审核疑难商品归类及原产地规则问题，出具书面归类意见；"),
            ("4) Handle inspection exceptions, rejected declarations and administrative penalty risks.",
             "4) 处理海关查验异常、退单以及行政处罚风险事件；"),
            ("5) Train and appraise declarants and documentation clerks.",
             "5) 负责报关员、单证员的业务培训与考核。"),
            ("REQUIREMENTS", "任职要求"),
            ("1) Bachelor's degree or above.", "1) 本科及以上学历；"),
            ("2) 5+ years in customs affairs, including 2+ years of team management.",
             "2) 5年以上关务工作经验，其中2年以上团队管理经验；"),
            ("3) Customs Declaration Proficiency Test certificate; familiar with AEO standards.",
             "3) 持有报关水平测试证书，熟悉海关AEO高级认证标准；"),
            ("4) CET-4 or above.", "4) 英语四级及以上，能阅读英文合同与单证。"),
        ]),
    ]
    for en, zh, rows in posts:
        h = d.add_paragraph()
        h.add_run(f"{en}　{zh}").bold = True
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "English"
        t.rows[0].cells[1].text = "中文"
        for a, b in rows:
            c = t.add_row().cells
            c[0].text = a
            c[1].text = b
            if a.isupper():
                for cell in c:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        d.add_paragraph("")
    d.add_paragraph("Note: In case of discrepancy, the Chinese version prevails. 注：中英文不一致时以中文为准。")
    d.save(OUT / "f01_关务部岗位说明书（中英对照）.docx")


# ---------------------------------------------------------------- f02 nested table inside a frame cell
def f02():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(f"{CO}　受控文件").runs[0].bold = True
    posts = [
        ("SY-HR-JD-07", "航线产品经理", [
            ("岗位名称", "航线产品经理"), ("所属部门", "航线产品部"), ("直接上级", "航线产品部总监"),
            ("工作地点", "上海总部（浦东新区）"),
            ("岗位职责", "1. 负责美线、欧线等主力航线的运价谈判及与船公司的年度舱位协议签订；\n"
                        "2. 每周发布航线运价表，维护运价系统中的运价及附加费；\n"
                        "3. 分析航线市场行情，制定航线产品策略及旺季舱位保障方案；\n"
                        "4. 支持销售团队报价，参与重点客户年度招标投标；\n"
                        "5. 维护与船公司、海外代理的合作关系。"),
            ("任职资格", "1. 本科及以上学历，航运管理、国际贸易等相关专业；\n"
                        "2. 5年以上货代或船公司运价、航线管理经验；\n"
                        "3. 英语熟练，能与海外代理进行英文邮件沟通。"),
        ]),
        ("SY-HR-JD-08", "订舱专员", [
            ("岗位名称", "订舱专员"), ("所属部门", "海运操作部"), ("直接上级", "海运出口操作主管"),
            ("工作地点", "上海总部"),
            ("岗位职责", "1. 根据客户委托向船公司或NVOCC订舱，取得订舱确认（SO）；\n"
                        "2. 跟踪放舱情况，及时通知客户及操作专员；\n"
                        "3. 处理甩柜、改配、退关等舱位异常；\n"
                        "4. 核对截关、截补料时间并提前提醒客户。"),
            ("任职资格", "1. 大专及以上学历；\n2. 1年以上订舱或海运操作经验；\n"
                        "3. 熟练使用船公司订舱平台（如INTTRA、船公司官网订舱系统）。"),
        ]),
        ("SY-HR-JD-09", "空运操作专员", [
            ("岗位名称", "空运操作专员"), ("所属部门", "空运部"), ("直接上级", "空运部经理"),
            ("工作地点", "上海浦东机场货运区"),
            ("岗位职责", "1. 向航空公司订舱，确认航班、舱位及运价；\n"
                        "2. 安排提货、进仓、安检及打板，跟踪航班起飞情况；\n"
                        "3. 制作航空主单（MAWB）及分单（HAWB）；\n"
                        "4. 审核危险品（DG）申报资料，确保符合航空运输规定。"),
            ("任职资格", "1. 大专及以上学历；\n2. 1年以上空运出口操作经验；\n"
                        "3. 持有危险品航空运输培训证书者优先；\n4. 能适应夜班及节假日轮班。"),
        ]),
    ]
    for code, name, rows in posts:
        outer = d.add_table(rows=3, cols=1)
        outer.style = "Table Grid"
        outer.rows[0].cells[0].text = f"文件编号：{code}　　版本：B/2　　生效日期：2024-05-01"
        cell = outer.rows[1].cells[0]
        cell.paragraphs[0].text = f"岗位说明书 —— {name}"
        inner = cell.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for k, v in rows:
            c = inner.add_row().cells
            c[0].text = k
            lines = v.split("\n")
            c[1].text = lines[0]
            for ln in lines[1:]:
                c[1].add_paragraph(ln)
        cell.add_paragraph("")
        outer.rows[2].cells[0].text = "编制：人力资源部　　审核：分管副总　　批准：总经理"
        d.add_paragraph("")
        d.add_page_break()
    d.save(OUT / "f02_航线与操作岗位说明书.docx")


# ---------------------------------------------------------------- f03 xlsx, one sheet per post, JD in one cell
def f03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    posts = {
        "操作专员（海运出口）": (
            "【岗位名称】操作专员（海运出口）\n【所属部门】海运出口部\n【直接上级】海运出口操作主管\n"
            "【工作地点】宁波北仑\n【岗位职责】\n"
            "1、接收客户委托书，安排订舱、拖车、报关、进港全流程操作；\n"
            "2、跟踪集装箱提空、装箱、进港及装船动态，及时反馈客户；\n"
            "3、核对提单（MBL/HBL）确认件，按船公司要求按时截补料；\n"
            "4、处理甩柜、退关、改港等异常情况并协调拖车行、堆场及船公司；\n"
            "5、配合财务核对单票应收应付费用。\n"
            "【任职要求】\n1、大专及以上学历，物流、国际贸易相关专业；\n"
            "2、1年以上海运出口操作经验，熟悉宁波港、上海港进港流程；\n"
            "3、英语四级，能看懂英文提单及船公司通知；\n4、熟练使用货代操作系统及Office办公软件。"),
        "单证员": (
            "【岗位名称】单证员\n【所属部门】关务部\n【直接上级】关务主管\n【工作地点】上海总部\n【岗位职责】\n"
            "1、制作并审核商业发票、装箱单、报关委托书等出口单证；\n"
            "2、办理原产地证（一般原产地证、FORM E等）及出口商检换单；\n"
            "3、核对信用证条款，制作交单单据，做到单单一致、单证一致；\n"
            "4、负责单证的归档及电子化管理。\n"
            "【任职要求】\n1、大专及以上学历；\n2、1年以上外贸单证工作经验；\n"
            "3、英语四级以上，熟悉UCP600信用证规则；\n4、细心耐心，责任心强。"),
        "订舱专员": (
            "【岗位名称】订舱专员\n【所属部门】海运操作部\n【直接上级】海运出口操作主管\n【工作地点】上海总部\n【岗位职责】\n"
            "1、按客户委托向船公司/NVOCC订舱，取得订舱确认（SO）并转交操作；\n"
            "2、跟踪放舱，遇到舱位紧张时及时上报并寻找替代航线；\n"
            "3、处理甩柜、改配、退关等舱位异常；\n"
            "4、核对截关、截补料时间，提前提醒客户。\n"
            "【任职要求】\n1、大专及以上学历；\n2、半年以上订舱经验亦可；\n"
            "3、英语四级，熟练使用INTTRA等订舱平台。"),
    }
    for name, text in posts.items():
        ws = wb.create_sheet(name)
        ws["A1"] = f"{CO}　岗位说明"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "岗位说明"
        ws["B2"] = text
        ws["B2"].alignment = Alignment(wrap_text=True, vertical="top")
        ws["A3"] = "更新日期"
        ws["B3"] = "2024-04-15"
        ws["A4"] = "备注"
        ws["B4"] = "本表由业务部门填写，人力资源部审核。"
        ws.column_dimensions["A"].width = 12
        ws.column_dimensions["B"].width = 80
        ws.row_dimensions[2].height = 330
    wb.save(OUT / "f03_海运岗位JD（按岗位分表）.xlsx")


# ---------------------------------------------------------------- f04 csv, header repeated mid-file
def f04():
    hdr = ["需求编号", "岗位名称", "部门", "工作地点", "招聘人数", "学历要求", "经验要求", "证书要求",
           "薪资范围（元/月）", "直接上级", "职位描述"]
    sh = [
        ["SH-2406-01", "报关员", "关务部", "上海外高桥", "2", "大专及以上", "1年以上报关经验", "报关水平测试证书",
         "7000-10000", "关务主管", "负责一般贸易进出口报关，单一窗口录入申报"],
        ["SH-2406-02", "单证员", "关务部", "上海浦东", "1", "大专及以上", "1年以上", "无",
         "6000-8000", "关务主管", "出口单证制作、原产地证办理"],
        ["SH-2406-03", "客服专员", "客户服务部", "上海浦东", "2", "大专及以上", "半年以上客服经验", "英语四级",
         "6000-8000", "客服主管", "客户询价受理、货物跟踪推送"],
        ["SH-2406-04", "财务结算专员", "财务部", "上海浦东", "1", "大专及以上", "2年以上物流行业结算经验", "初级会计职称",
         "8000-12000", "财务经理", "供应商对账、客户账单及开票"],
    ]
    nb = [
        ["NB-2406-01", "报关员", "关务部（宁波）", "宁波北仑", "1", "大专及以上", "1年以上报关经验", "报关水平测试证书",
         "6500-9000", "关务主管", "宁波口岸出口报关，配合查验"],
        ["NB-2406-02", "操作专员（海运出口）", "海运出口部", "宁波北仑", "3", "大专及以上", "1年以上海运出口操作",
         "英语四级", "6000-9000", "海运出口操作主管", "整箱出口全流程操作"],
        ["NB-2406-03", "仓库主管", "宁波仓储中心", "宁波北仑保税区", "1", "大专及以上", "5年以上仓储管理经验", "无",
         "9000-13000", "仓储中心经理", "保税仓进出存管理，带领仓管员、叉车司机"],
        ["NB-2406-04", "单证员", "关务部（宁波）", "宁波北仑", "1", "中专及以上", "1年以上", "无",
         "5000-7000", "关务主管", "出口单证制作"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["# 导出自 招聘管理系统 —— 上海总部 2024年6月"])
    w.writerow(hdr)
    w.writerows(sh)
    w.writerow(["# 导出自 招聘管理系统 —— 宁波分公司 2024年6月"])
    w.writerow(hdr)
    w.writerows(nb)
    (OUT / "f04_招聘需求汇总_上海宁波.csv").write_text(buf.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------- f05 html: <article> + JSON-LD JobPosting each
def f05():
    jobs = [
        dict(id="sales-mgr", title="销售经理（货代）", dept="市场销售部", city="上海",
             duties=["开发进出口货主及生产型工厂直客，拓展海运整箱、拼箱及空运业务；",
                     "维护重点客户关系，完成个人月度毛利指标；",
                     "收集市场运价信息，配合航线产品经理制定报价方案；",
                     "负责所辖客户应收账款的跟进回收，控制账期风险。"],
             reqs=["本科及以上学历，专业不限；",
                   "3年以上货代销售经验，有自有客户资源者优先；",
                   "英语六级或同等水平，能独立与外商沟通；",
                   "持C1驾照，能适应短途出差。"],
             ld=dict(title="销售经理（货代）", employmentType="FULL_TIME",
                     hiringOrganization={"@type": "Organization", "name": CO},
                     jobLocation={"@type": "Place", "address": {"@type": "PostalAddress",
                                  "addressLocality": "上海市浦东新区", "addressCountry": "CN"}},
                     baseSalary={"@type": "MonetaryAmount", "currency": "CNY",
                                 "value": {"@type": "QuantitativeValue", "minValue": 10000,
                                           "maxValue": 15000, "unitText": "MONTH"}},
                     incentiveCompensation="底薪+毛利提成，提成比例为单票毛利的10%-15%",
                     reportsTo="销售总监",
                     datePosted="2024-06-03")),
        dict(id="cs", title="客服专员", dept="客户服务部", city="上海",
             duties=["受理客户询价、订舱需求并准确录入系统；",
                     "每日向客户推送货物跟踪节点（ETD/ETA、开船、到港）；",
                     "处理客户投诉，须在24小时内给出初步反馈；",
                     "协助发送对账单，配合财务催收。"],
             reqs=["大专及以上学历；", "英语四级，能处理英文邮件；", "半年以上客服或货代工作经验；",
                   "普通话标准，抗压能力强。"],
             ld=dict(title="客服专员", employmentType="FULL_TIME",
                     hiringOrganization={"@type": "Organization", "name": CO},
                     jobLocation={"@type": "Place", "address": {"@type": "PostalAddress",
                                  "addressLocality": "上海市浦东新区", "addressCountry": "CN"}},
                     baseSalary={"@type": "MonetaryAmount", "currency": "CNY",
                                 "value": {"@type": "QuantitativeValue", "minValue": 6000,
                                           "maxValue": 8000, "unitText": "MONTH"}},
                     reportsTo="客服主管",
                     datePosted="2024-06-03")),
        dict(id="ops", title="操作专员（海运出口）", dept="海运出口部", city="宁波",
             duties=["负责整箱出口订舱、拖车、报关及进港全流程操作；",
                     "跟踪集装箱动态并及时反馈客户；",
                     "按时截补料，核对提单确认件；",
                     "协调处理甩柜、退关、改港等异常。"],
             reqs=["大专及以上学历；", "1年以上海运出口操作经验；", "英语四级；",
                   "熟悉宁波港进港流程者优先。"],
             ld=dict(title="操作专员（海运出口）", employmentType="FULL_TIME",
                     hiringOrganization={"@type": "Organization", "name": CO},
                     jobLocation={"@type": "Place", "address": {"@type": "PostalAddress",
                                  "addressLocality": "宁波市北仑区", "addressCountry": "CN"}},
                     baseSalary={"@type": "MonetaryAmount", "currency": "CNY",
                                 "value": {"@type": "QuantitativeValue", "minValue": 6000,
                                           "maxValue": 9000, "unitText": "MONTH"}},
                     datePosted="2024-06-10")),
    ]
    L = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>加入我们 | {CO}</title>",
         "<style>article{border:1px solid #ddd;margin:1em;padding:1em}.tag{color:#888}</style>",
         "</head>", "<body>", f"<header><h1>加入申甬通达</h1><p>连接全球港口，从上海和宁波出发。</p></header>",
         "<main>", "<h2>热招职位</h2>"]
    for j in jobs:
        L.append(f'<article id="{j["id"]}">')
        L.append(f'  <h3>{j["title"]}</h3>')
        L.append(f'  <p class="tag">{j["dept"]} · {j["city"]} · 全职</p>')
        L.append("  <h4>工作内容</h4>")
        L.append("  <ul>")
        L += [f"    <li>{x}</li>" for x in j["duties"]]
        L.append("  </ul>")
        L.append("  <h4>我们希望你</h4>")
        L.append("  <ul>")
        L += [f"    <li>{x}</li>" for x in j["reqs"]]
        L.append("  </ul>")
        ld = {"@context": "https://schema.org", "@type": "JobPosting"}
        ld.update(j["ld"])
        L.append('  <script type="application/ld+json">')
        L += ["  " + ln for ln in json.dumps(ld, ensure_ascii=False, indent=2).splitlines()]
        L.append("  </script>")
        L.append('  <a class="apply" href="mailto:hr@shenyong-logistics.example">投递简历</a>')
        L.append("</article>")
    L += ["</main>", "<footer>© 2024 " + CO + "　沪ICP备00000000号</footer>", "</body>", "</html>"]
    (OUT / "f05_加入我们.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- PDF helpers
def _pdf_canvas(path):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.pagesizes import A4

    if "wqy" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    return canvas.Canvas(str(path), pagesize=A4), A4


# ---------------------------------------------------------------- f06 competency model PDF (behavioural levels)
def f06():
    c, (W, H) = _pdf_canvas(OUT / "f06_岗位胜任力模型（销售与客服）.pdf")
    models = [
        ("销售经理（货代）", [
            ("客户开发", "L3", ["L1：能按公司提供的客户名单进行电话及邮件开发；",
                              "L2：能独立挖掘货主客户，每月新增有效询价客户5家以上；",
                              "L3：能开发生产型工厂直客并促成长期合作，形成稳定货量；",
                              "L4：能开发年货量500TEU以上的大客户，并带教新人。"]),
            ("商务谈判", "L3", ["L1：能按运价表报价，说明费用构成；",
                              "L2：能根据客户货量灵活组合报价；",
                              "L3：能主导年度合约谈判，平衡毛利与市场份额；",
                              "L4：能参与并赢得重点客户招标。"]),
            ("行业知识", "L2", ["L1：了解海运、空运基本流程及术语；",
                              "L2：熟悉主要航线、船公司及港口操作规则；",
                              "L3：能判断运价走势并提出航线产品建议。"]),
        ]),
        ("客服专员", [
            ("服务意识", "L2", ["L1：礼貌回应客户，按时回复邮件；",
                              "L2：主动告知货物异常，提前提出解决建议；",
                              "L3：能处理复杂投诉并挽回客户。"]),
            ("沟通协调", "L2", ["L1：能准确转达客户需求给操作人员；",
                              "L2：能协调操作、订舱、报关多方共同解决问题；",
                              "L3：能与海外代理用英文协调异常。"]),
            ("系统操作", "L2", ["L1：会查询货物跟踪系统；",
                              "L2：熟练使用订单系统录入委托并零差错；",
                              "L3：能提出系统优化需求。"]),
        ]),
    ]
    for post, comps in models:
        y = H - 60
        c.setFont("wqy", 15)
        c.drawString(60, y, f"{CO}　岗位胜任力模型")
        y -= 26
        c.setFont("wqy", 12)
        c.drawString(60, y, f"适用岗位：{post}")
        y -= 22
        c.setFont("wqy", 10)
        c.drawString(60, y, "说明：L1为基础，L4为卓越；“要求等级”为该岗位胜任的最低行为等级。")
        y -= 26
        for name, lvl, levels in comps:
            c.setFont("wqy", 11)
            c.drawString(60, y, f"■ {name}（{post}要求等级：{lvl}）")
            y -= 18
            c.setFont("wqy", 10)
            for ln in levels:
                c.drawString(80, y, ln)
                y -= 16
            y -= 10
        c.setFont("wqy", 8)
        c.drawString(60, 40, "人力资源部　2024年版　内部资料")
        c.showPage()
    c.save()


# ---------------------------------------------------------------- f07 scanned-looking form PDF (labels/values on baselines)
def f07():
    import random
    random.seed(35)
    c, (W, H) = _pdf_canvas(OUT / "f07_仓库主管岗位说明书（扫描件）.pdf")
    c.setFillGray(0.93)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillGray(0.78)
    for _ in range(400):
        c.circle(random.uniform(0, W), random.uniform(0, H), random.uniform(0.2, 0.7), stroke=0, fill=1)
    c.setFillGray(0.1)
    c.setFont("wqy", 15)
    c.drawString(175, H - 70, "岗 位 说 明 书（宁波分公司）")
    c.setFont("wqy", 9)
    c.drawString(60, H - 92, "表单编号：NB-HR-F-012")
    c.drawString(400, H - 92, "第 1 页 共 1 页")
    c.setLineWidth(0.6)
    c.rect(50, 120, W - 100, H - 225)
    rows = [
        ("岗位名称：", "仓库主管", "所属部门：", "宁波仓储中心"),
        ("直接上级：", "仓储中心经理", "定员人数：", "1人"),
        ("工作地点：", "宁波北仑保税区", "岗位等级：", "M1"),
        ("直接下属：", "仓管员6人、叉车司机4人", "", ""),
    ]
    y = H - 130
    for l1, v1, l2, v2 in rows:
        c.setFont("wqy", 10)
        c.drawString(62, y, l1)
        c.drawString(122, y, v1)
        if l2:
            c.drawString(310, y, l2)
            c.drawString(370, y, v2)
        y -= 24
    y -= 6
    c.drawString(62, y, "岗位职责：")
    y -= 20
    duties = ["1. 负责保税仓货物入库、出库及在库管理，确保账实相符；",
              "2. 每月组织盘点，库存准确率达到99.5%以上；",
              "3. 落实仓库消防与安全生产管理，每周组织一次安全检查；",
              "4. 对接海关保税监管要求，配合海关核查及电子账册核销；",
              "5. 安排仓管员、叉车司机排班，负责其培训与考核。"]
    for ln in duties:
        c.drawString(80, y, ln)
        y -= 18
    y -= 10
    c.drawString(62, y, "任职资格：")
    y -= 20
    for l, v in [("学　　历：", "大专及以上学历，物流管理相关专业"),
                 ("工作经验：", "5年以上仓储管理经验，其中2年以上保税仓管理经验"),
                 ("证　　书：", "持有安全生产管理人员证书者优先"),
                 ("技　　能：", "熟练使用WMS仓储管理系统")]:
        c.drawString(80, y, l)
        c.drawString(142, y, v)
        y -= 18
    y -= 16
    c.drawString(62, y, "任职人签字：________")
    c.drawString(310, y, "部门负责人签字：________")
    # stamp
    c.setStrokeColorRGB(0.8, 0.1, 0.1)
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setLineWidth(2)
    c.circle(440, 170, 38, stroke=1, fill=0)
    c.setFont("wqy", 9)
    c.drawString(413, 172, "人力资源部")
    c.drawString(416, 158, "（专用章）")
    c.save()


# ---------------------------------------------------------------- f08 Markdown KPI with setext headings and <br> in cells
def f08():
    md = f"""{CO} 绩效考核方案（操作与职能类）
==========================================

> 考核周期：月度。绩效工资 = 绩效工资基数 × 考核得分 ÷ 100。各岗位指标权重合计100%。

操作专员（海运出口）
--------------------

| 指标 | 权重 | 计算公式 | 评分标准 |
|---|---|---|---|
| 操作差错率 | 30% | 差错票数 ÷ 当月操作总票数 × 100% | ≤0.5%得满分<br>每超出0.1%扣5分<br>单票造成损失超5000元本项0分 |
| 截补料及时率 | 25% | 按时截补料票数 ÷ 需截补料总票数 × 100% | 100%得满分<br>每延误1票扣10分 |
| 异常处理及时率 | 20% | 2小时内响应的异常票数 ÷ 异常总票数 × 100% | ≥95%得满分<br>低于80%本项0分 |
| 客户投诉次数 | 15% | 当月有效投诉次数 | 0次满分<br>每1次扣30分 |
| 费用录入准确率 | 10% | 准确录入费用票数 ÷ 总票数 × 100% | ≥99%得满分 |

财务结算专员
------------

| 指标 | 权重 | 计算公式 | 评分标准 |
|---|---|---|---|
| 应收账款逾期率 | 30% | 逾期应收金额 ÷ 应收账款总额 × 100% | ≤5%得满分<br>每超1%扣10分 |
| 对账及时率 | 25% | 在约定日前完成对账的供应商数 ÷ 应对账供应商数 × 100% | 100%得满分 |
| 发票开具差错率 | 20% | 差错发票张数 ÷ 开票总张数 × 100% | 0差错满分<br>每张扣10分 |
| 付款审核准确率 | 15% | 审核无误的付款单数 ÷ 付款单总数 × 100% | ≥99.5%得满分 |
| 月结按时完成率 | 10% | 每月5日前完成结账记为完成 | 未按时本项0分 |

仓库主管
--------

| 指标 | 权重 | 计算公式 | 评分标准 |
|---|---|---|---|
| 库存准确率 | 30% | 账实相符的库位数 ÷ 盘点库位总数 × 100% | ≥99.5%得满分<br>每低0.1%扣5分 |
| 收发货差错率 | 20% | 收发差错票数 ÷ 收发总票数 × 100% | ≤0.1%得满分 |
| 安全事故次数 | 20% | 当月安全事故次数 | 0次满分<br>发生重大安全事故实行一票否决，当月考核得分为0 |
| 仓储成本控制率 | 15% | 实际仓储成本 ÷ 预算成本 × 100% | ≤100%得满分 |
| 团队人员流失率 | 15% | 当月离职人数 ÷ 月初在岗人数 × 100% | ≤3%得满分 |

航线产品经理
------------

| 指标 | 权重 | 计算公式 | 评分标准 |
|---|---|---|---|
| 航线毛利达成率 | 35% | 实际航线毛利 ÷ 目标航线毛利 × 100% | ≥100%得满分<br>每低5%扣10分 |
| 旺季舱位保障率 | 25% | 旺季实际获得舱位 ÷ 协议舱位 × 100% | ≥90%得满分 |
| 运价发布及时率 | 20% | 每周一12:00前发布运价表记为及时 | 每延误1次扣20分 |
| 销售报价支持满意度 | 20% | 销售团队季度打分平均值 | ≥4.5分（5分制）得满分 |

客服专员
--------

| 指标 | 权重 | 计算公式 | 评分标准 |
|---|---|---|---|
| 投诉24小时响应率 | 30% | 24小时内初步反馈的投诉数 ÷ 投诉总数 × 100% | 100%得满分<br>每超时1次扣10分 |
| 跟踪节点推送及时率 | 30% | 按时推送节点数 ÷ 应推送节点数 × 100% | ≥98%得满分 |
| 客户满意度 | 25% | 季度客户满意度调查得分 | ≥90分得满分 |
| 系统录入准确率 | 15% | 无差错录入委托数 ÷ 录入委托总数 × 100% | ≥99%得满分 |

> 拖车调度员、仓管员、叉车司机暂不单独设置岗位KPI，按所在部门考核方案执行。

*本方案由人力资源部负责解释，自2024年7月1日起执行。*
"""
    (OUT / "f08_绩效考核方案.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- f09 e-mail thread, UTF-8 with CRLF
def f09():
    t = """主题：Re: Re: 航线产品经理任职要求确认
发件人：陆景川（航线产品部总监）
收件人：沈雨桐（人力资源部 招聘主管）
时间：2024年6月12日 09:41

雨桐：

同意，就按你整理的最终版发布，上海总部招1人。航线助理那个岗位先不招，JD以后再补。

景川

> 发件人：沈雨桐
> 时间：2024年6月11日 17:20
> 主题：Re: 航线产品经理任职要求确认
>
> 陆总好：
>
> 根据您的意见，航线产品经理的任职要求整理为最终版如下，请确认：
>
> 1. 本科及以上学历，航运管理、国际贸易、物流等相关专业；
> 2. 3年以上海运运价或航线管理经验（原JD写5年，按您意见放宽）；
> 3. 熟悉欧洲线、地中海线运价结构者优先；
> 4. 英语六级（CET-6），能与海外代理及船公司进行英文邮件和电话沟通；
> 5. 薪资：月薪18K-25K，年终奖2-4个月，工作地点上海总部，汇报对象为航线产品部总监。
>
> 雨桐
>
>> 发件人：陆景川
>> 时间：2024年6月10日 10:05
>> 主题：航线产品经理任职要求确认
>>
>> 雨桐：
>>
>> 现在JD里写的5年经验要求太高，市场上合适的人不多，建议放宽到3年，
>> 但必须懂欧洲线，英语要能直接和船公司谈。工资可以给到25K。
>>
>> 景川
"""
    (OUT / "f09_Re_航线产品经理任职要求确认.txt").write_bytes(t.replace("\n", "\r\n").encode("utf-8"))


# ---------------------------------------------------------------- f10 GBK txt with dot leaders
def f10():
    t = """申甬通达国际物流有限公司宁波分公司
财务结算岗位说明
================================

岗位名称..............财务结算专员
所属部门..............财务部（宁波分公司）
直接上级..............财务经理
工作地点..............宁波市北仑区（分公司办公室）
学历要求..............大专及以上，会计、财务管理相关专业
证书要求..............初级会计专业技术资格证书（初级会计职称）
经验要求..............2年以上货代或物流行业结算经验
薪资待遇..............按公司薪酬制度执行

岗位职责：
  (1) 每月与船公司、拖车行、报关行等供应商对账，核对应付费用；
  (2) 按票核算应收应付，出具客户账单并跟踪回款；
  (3) 开具增值税发票，审核付款申请及相关单据；
  (4) 月末进行业务成本结转与单票利润核算；
  (5) 配合外汇收汇及美元账户结汇操作。

相关岗位：
  出纳..................负责资金收付，本说明不涉及
  费用稽核..............由上海总部财务部统一安排

人力资源部　2024年5月
"""
    (OUT / "f10_财务结算岗位说明（宁波）.txt").write_bytes(t.encode("gbk"))


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
