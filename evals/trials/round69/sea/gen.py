"""Round 69 / sea: 海昌航运股份有限公司 — 10 HR documents of a bulk-carrier shipping line.

Run: T69_OUT=/tmp/t69sea/corpus /tmp/genv/bin/python gen.py
"""
import csv
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T69_OUT", "/tmp/t69sea/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "海昌航运股份有限公司"


def set_cell_shade(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    fp = sec.footer.paragraphs[0]
    fp.text = foot


# ---------------------------------------------------------------------------
# s01: SMS 手册第5章 职责与权限 (docx) — ship posts; 职责/权限 split; header with doc code;
#      revision notes in red brackets; 三副 named only (cross-reference)
# ---------------------------------------------------------------------------
SHIP_POSTS = [
    ("5.2", "船长", "公司海务部经理（岸基指定人员DPA负责安全体系事务联络）", [
        "全面负责船舶安全航行、防污染和船舶保安，对船舶和船上人员、货物的安全负最终责任；",
        "组织实施公司安全管理体系（SMS），每月主持召开船舶安全会议并报公司备案；",
        "审定航次计划，在进出港、狭水道、能见度不良等情况下亲自驾驶指挥；",
        "组织应急部署和消防、弃船、溢油等演习，检查演习记录；",
        "负责船员的考核与评价，签署船员在船表现评估表；",
        "代表公司与港口当局、代理和货方联系，签署装卸货相关文件。",
    ], [
        "在紧急情况下有权采取其认为必要的一切措施，包括偏离航线和请求外援；",
        "有权拒绝执行危及船舶和人员安全的指令，并及时报告公司；",
        "有权建议公司调离不称职船员。",
    ]),
    ("5.3", "大副", "船长", [
        "主持甲板部日常工作，安排水手长及甲板部水手的工作；",
        "负责货物积载、配载计划的编制及装卸货监督，计算稳性和吃水差；",
        "负责压载水的调驳及压载水记录簿的记录；",
        "负责船体、甲板机械、救生消防设备的保养，编制甲板部保养计划；",
        "承担4-8班航行值班和在港值班；",
        "船长不能履职时代理船长职务。",
    ], [
        "有权在装卸货过程中停止不安全作业；",
        "有权对甲板部船员的工作进行分配和考核。",
    ]),
    ("5.4", "二副", "船长（航行值班期间）；甲板部事务向大副报告", [
        "负责航海图书资料的管理和改正，按航次准备海图；",
        "负责驾驶台航海仪器（雷达、ECDIS、GPS、计程仪）的日常检查和维护；",
        "拟定计划航线，经船长批准后输入ECDIS；",
        "承担0-4班航行值班；",
        "负责船舶时钟的校对和航海日志的记录检查。",
    ], [
        "有权在值班期间发现险情时立即采取避让措施并通知船长。",
    ]),
    ("5.5", "轮机长", "船长；技术业务受公司机务部指导", [
        "全面负责轮机部的管理，对主机、辅机、锅炉等机电设备的安全运行负责；",
        "编制轮机部保养计划和物料、备件申领计划，控制机务费用；",
        "组织轮机部人员执行油类记录簿、垃圾记录簿的记录；",
        "负责燃油、滑油的接收、化验送检和消耗统计，每航次报送油耗报告；",
        "主持机舱应急演习和轮机部人员的技术培训。",
    ], [
        "有权决定机电设备的停用和应急修理，事后报告船长和机务部。",
    ]),
    ("5.6", "大管轮", "轮机长", [
        "协助轮机长管理轮机部，安排机工长和机工的日常工作；",
        "负责主机、轴系、舵机和应急发电机的维护保养；",
        "负责燃油的驳运、测量和燃油舱柜的管理；",
        "承担4-8班机舱值班；",
        "轮机长不在时代理轮机长职务。",
    ], []),
    ("5.7", "电子电气员", "船长", [
        "负责全船电气设备、自动化控制系统和通导设备的维护修理；",
        "负责GMDSS无线电设备的测试和记录；",
        "负责船舶照明、航行灯、主配电板的检查；",
        "每月对蓄电池组进行检查并记录。",
    ], []),
]


def gen_s01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "SimSun"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    header_footer(doc, f"{CO}　安全管理体系手册　文件编号：HC-SMS-05　版本：C/2",
                  "受控文件　未经许可不得复制　第5章 第1页")
    doc.add_heading("第5章　船舶人员职责与权限", level=1)
    doc.add_paragraph("5.1　总则：本章规定公司所属散货船（含远洋及沿海航线）船上主要岗位的职责与权限。"
                      "三副、三管轮、机工长、大厨等岗位的职责见各船《船上操作手册》，本章不再列出。")
    for num, name, boss, duties, powers in SHIP_POSTS:
        doc.add_heading(f"{num}　{name}", level=2)
        doc.add_paragraph(f"{num}.1　报告关系：向{boss}负责。")
        doc.add_paragraph(f"{num}.2　职责：")
        for i, d in enumerate(duties, 1):
            doc.add_paragraph(f"（{i}）{d}")
        if name == "大管轮":
            p = doc.add_paragraph()
            r = p.add_run("〔C/2修订：增加第（6）项“负责压载水处理装置（BWTS）的日常运行和维护”，原由电子电气员负责。〕")
            r.font.color.rgb = RGBColor(0xC0, 0, 0)
            doc.add_paragraph("（6）负责压载水处理装置（BWTS）的日常运行和维护。")
        if powers:
            doc.add_paragraph(f"{num}.3　权限：")
            for i, d in enumerate(powers, 1):
                doc.add_paragraph(f"（{i}）{d}")
        else:
            doc.add_paragraph(f"{num}.3　权限：按船长授权执行。")
    doc.add_heading("5.8　修订记录", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["版本", "日期", "修订内容", "批准"]):
        c.text = h
    for row in [("C/1", "2023-03-01", "全章改版", "总经理"),
                ("C/2", "2025-07-15", "大管轮增加BWTS职责；电子电气员不再负责BWTS", "总经理")]:
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    doc.save(OUT / "s01_安全管理体系手册第5章_船舶人员职责.docx")


# ---------------------------------------------------------------------------
# s02: 岸基部门岗位说明书 (docx) — one form per post with a merged shaded band,
#      a nested duty table (职责 | 工作内容 | 频次), 燃油采购专员 略
# ---------------------------------------------------------------------------
SHORE = [
    dict(name="海务主管", dept="海务部", boss="海务部经理", subs="无", edu="本科及以上", major="航海技术",
         exp="持有甲类船长或大副适任证书，海上资历5年以上，岸基海务管理2年以上",
         cert="甲类大副及以上适任证书", loc="上海总部（需随时登轮检查）", pay="年薪18万–24万元",
         shift="常日班（8:30–17:30），24小时应急值守电话轮值",
         duties=[("航行安全", "监控船队船舶动态，审核船舶航次计划和恶劣天气防范措施", "每日"),
                 ("检查", "组织船舶迎检港口国检查（PSC）前的自查，跟踪缺陷整改关闭", "每航次"),
                 ("事故处理", "参与海损事故、险情的调查处理，编写事故报告", "发生时"),
                 ("培训", "组织驾驶员的岸基培训和船长例会", "每季度")]),
    dict(name="机务主管", dept="机务部", boss="机务部经理", subs="无", edu="本科及以上", major="轮机工程",
         exp="持有甲类轮机长或大管轮适任证书，海上资历5年以上",
         cert="甲类大管轮及以上适任证书", loc="上海总部", pay="年薪18万–25万元",
         shift="常日班，船舶坞修期间驻厂",
         duties=[("技术管理", "负责所管船舶的机务技术管理，审核轮机部保养计划", "每月"),
                 ("修理", "编制船舶坞修和航修工程单，监督修理质量，控制修理费用", "坞修时"),
                 ("备件物料", "审批船舶备件、物料申请，控制机务费用不超预算", "每月"),
                 ("检验", "安排船舶证书年检和船级检验，确保证书持续有效", "按检验周期")]),
    dict(name="安全体系主管", dept="安全监督部", boss="总经理（作为指定人员DPA直接向最高管理层报告）",
         subs="安全监督部内审员2名", edu="本科及以上", major="航海技术或轮机工程",
         exp="船长或轮机长任职2年以上，或岸基安全管理5年以上",
         cert="ISM内审员证书", loc="上海总部", pay="年薪20万–28万元", shift="常日班",
         duties=[("体系维护", "负责公司安全管理体系（SMS）文件的编写、修订和发放控制", "持续"),
                 ("内审", "组织公司和船舶的内部审核，每船每年不少于一次", "每年"),
                 ("DPA职责", "作为指定人员（DPA）保持船岸联系，监督体系运行", "持续"),
                 ("外审迎检", "配合船级社和海事局对公司DOC和船舶SMC的审核", "按审核计划")]),
    dict(name="租船经理", dept="商务部", boss="商务副总经理", subs="租船专员2名、船舶代理专员",
         edu="本科及以上", major="国际航运管理、国际贸易或航海相关专业",
         exp="干散货租船业务5年以上", cert="无强制要求（持有ICS会员资格者优先）",
         loc="上海总部", pay="年薪30万–45万元另加租船业绩提成", shift="常日班，需配合海外时差",
         duties=[("揽货租船", "开发货主和租家客户，洽谈航次租船和期租合同", "持续"),
                 ("合同管理", "审核租船合同条款，跟踪滞期费和速遣费的结算", "每航次"),
                 ("市场分析", "跟踪BDI指数和干散货运价，每周提交市场分析报告", "每周"),
                 ("团队管理", "管理租船专员和船舶代理专员", "持续")]),
]


def add_form(doc, p):
    doc.add_heading(f"岗位说明书——{p['name']}", level=2)
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    band = t.add_row().cells
    m = band[0].merge(band[3])
    m.text = "一、基本信息"
    set_cell_shade(m, "D9D9D9")
    rows = [("岗位名称", p["name"], "所属部门", p["dept"]),
            ("直接上级", p["boss"], "直接下级", p["subs"]),
            ("工作地点", p["loc"], "薪酬范围", p["pay"]),
            ("工作时间", p["shift"], "岗位编制", "1人")]
    for r in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    band = t.add_row().cells
    m = band[0].merge(band[3])
    m.text = "二、岗位职责"
    set_cell_shade(m, "D9D9D9")
    cs = t.add_row().cells
    holder = cs[0].merge(cs[3])
    holder.text = ""
    inner = holder.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    for c, h in zip(inner.rows[0].cells, ["职责", "工作内容", "频次"]):
        c.text = h
    for d in p["duties"]:
        ic = inner.add_row().cells
        for c, v in zip(ic, d):
            c.text = v
    band = t.add_row().cells
    m = band[0].merge(band[3])
    m.text = "三、任职资格"
    set_cell_shade(m, "D9D9D9")
    for r in [("学历", p["edu"], "专业", p["major"]), ("证书", p["cert"], "经验", p["exp"])]:
        cs = t.add_row().cells
        for c, v in zip(cs, r):
            c.text = v
    doc.add_paragraph("")


def gen_s02():
    doc = Document()
    header_footer(doc, f"{CO}　岸基部门岗位说明书（2025版）", "人力资源部编制　2025年8月")
    doc.add_heading("岸基部门岗位说明书汇编", level=1)
    doc.add_paragraph("说明：本汇编收录海务部、机务部、安全监督部、商务部主要岗位。船员调配专员见《船员部工作指引》。")
    for p in SHORE:
        add_form(doc, p)
    doc.add_heading("岗位说明书——燃油采购专员", level=2)
    doc.add_paragraph("所属部门：商务部　直接上级：商务部经理")
    doc.add_paragraph("岗位职责：略（待燃油集中采购改革方案确定后补充）。")
    doc.add_paragraph("任职资格：略。")
    doc.save(OUT / "s02_岸基部门岗位说明书.docx")


# ---------------------------------------------------------------------------
# s03: KPI 库 (xlsx) — 适用岗位 merged down, ladder scoring columns, formula totals,
#      department sheet, superseded 2022 sheet
# ---------------------------------------------------------------------------
KPI_POST = {
    "船长": [("K01", "PSC检查滞留次数", "被港口国检查滞留的次数", 0.25, "0次", "0次100分；1次0分"),
            ("K02", "安全事故次数", "责任海损、人身伤亡事故次数", 0.25, "0次", "0次100分；每发生1次扣50分"),
            ("K03", "航次计划完成率", "按期完成航次数/计划航次数×100%", 0.20, "≥95%", "每低1%扣5分"),
            ("K04", "船舶燃油单耗", "实际燃油消耗量/(载货量×航行里程)", 0.15, "≤公司核定值", "超1%扣5分"),
            ("K05", "船员评估完成率", "按期签署评估表人数/应评估人数×100%", 0.15, "100%", "每少1人扣10分")],
    "轮机长": [("K11", "主机非计划停车次数", "航行中主机非计划停车次数", 0.30, "≤1次/年", "超1次扣30分"),
             ("K12", "机务费用预算控制率", "实际机务费用/预算×100%", 0.25, "≤100%", "每超1%扣5分"),
             ("K13", "保养计划完成率", "已完成保养项目/计划项目×100%", 0.25, "≥98%", "每低1%扣5分"),
             ("K14", "油类记录簿差错次数", "PSC或内审发现的油类记录簿差错次数", 0.20, "0次", "每次扣20分")],
    "大副": [("K21", "货损货差率", "货损货差吨数/承运吨数×100%", 0.35, "≤0.1%", "超0.05%扣20分"),
           ("K22", "甲板部保养计划完成率", "已完成/计划×100%", 0.35, "≥95%", "每低1%扣5分"),
           ("K23", "装卸货积载差错次数", "配载计划被港方或船长退回的次数", 0.30, "0次", "每次扣15分")],
    "海务主管": [("K31", "船队PSC平均缺陷数", "PSC检查缺陷总数/受检船次", 0.40, "≤2项/次", "每增加0.5项扣10分"),
             ("K32", "缺陷整改按期关闭率", "按期关闭缺陷数/缺陷总数×100%", 0.30, "100%", "每低1%扣3分"),
             ("K33", "船长例会组织次数", "按季度组织的船长例会次数", 0.30, "4次/年", "少1次扣25分")],
    "租船经理": [("K41", "船舶期租出租率", "出租天数/营运天数×100%", 0.40, "≥92%", "每低1%扣5分"),
             ("K42", "航次TCE收益达成率", "实际TCE/预算TCE×100%", 0.35, "≥100%", "每低1%扣3分"),
             ("K43", "滞期费回收率", "已回收滞期费/应收滞期费×100%", 0.25, "≥90%", "每低1%扣2分")],
}
KPI_DEPT = [("船员部", "船员配员及时率", "按期到船人数/计划换班人数×100%", 0.30, "≥98%"),
            ("船员部", "船员证书有效率", "证书在有效期内的船员数/在船船员数×100%", 0.25, "100%"),
            ("船员部", "船员流失率", "年内主动离职船员数/平均在册船员数×100%", 0.25, "≤8%"),
            ("船员部", "船员培训计划完成率", "实际完成培训人次/计划人次×100%", 0.20, "≥95%"),
            ("机务部", "船舶证书年检及时率", "按期完成年检的证书数/应年检证书数×100%", 0.40, "100%"),
            ("机务部", "修理费用预算执行率", "实际修理费用/预算×100%", 0.30, "≤100%"),
            ("机务部", "坞修工期按期完成率", "按期出坞船次/坞修船次×100%", 0.30, "≥90%")]


def gen_s03():
    wb = Workbook()
    ws = wb.active
    ws.title = "船岸岗位指标库"
    ws.merge_cells("A1:H1")
    ws["A1"] = f"{CO}　岗位关键绩效指标库（2025年度）"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["适用岗位", "编号", "指标名称", "计算公式/定义", "权重", "目标值", "评分规则", "考核周期"]
    ws.append(hdr)
    r = 3
    for post, rows in KPI_POST.items():
        start = r
        for code, n, f, w, tgt, rule in rows:
            ws.append([post if r == start else None, code, n, f, w, tgt, rule,
                       "每航次/年度" if post in ("船长", "轮机长", "大副") else "季度"])
            ws.cell(r, 5).number_format = "0%"
            r += 1
        ws.append([None, None, "权重合计", None, f"=SUM(E{start}:E{r-1})", None, None, None])
        ws.cell(r, 5).number_format = "0%"
        r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
    ws2 = wb.create_sheet("部门指标")
    ws2.append(["部门", "指标名称", "计算公式", "权重", "年度目标"])
    for row in KPI_DEPT:
        ws2.append(list(row))
    ws3 = wb.create_sheet("2022版（已废止）")
    ws3["A1"] = "本表已于2025年1月废止，仅供查阅，请勿使用"
    ws3.append(["适用岗位", "指标名称", "权重", "目标值"])
    ws3.append(["船长", "PSC检查滞留次数", 0.4, "≤1次"])
    ws3.append(["船长", "航次准班率", 0.6, "≥90%"])
    ws3.append(["轮机长", "主机非计划停车次数", 0.5, "≤3次/年"])
    ws4 = wb.create_sheet("填表说明")
    ws4["A1"] = "评分规则中扣分以该项满分为限；航次类指标按年度平均计算。"
    wb.save(OUT / "s03_船岸岗位KPI指标库.xlsx")


# ---------------------------------------------------------------------------
# s04: 配员定额与船员薪资 (xlsx) — ranks as rows, ship columns; pay under a two-row merged
#      header (远洋 USD / 沿海 RMB) with formula totals; watch sheet
# ---------------------------------------------------------------------------
RANKS = [("船长", 1, 1, 1, 9800, 1200, 32000, 4000, "不值班（进出港亲自指挥）"),
         ("大副", 1, 1, 1, 7600, 900, 24000, 3000, "4-8班"),
         ("二副", 1, 1, 1, 4300, 600, 14500, 2000, "0-4班"),
         ("三副", 1, 1, 1, 3600, 500, 12000, 1800, "8-12班"),
         ("轮机长", 1, 1, 1, 9500, 1200, 31000, 4000, "不值班（日工，机舱无人值守UMS）"),
         ("大管轮", 1, 1, 1, 7300, 900, 23000, 3000, "4-8班"),
         ("电子电气员", 1, 1, 0, 5200, 700, 16000, 2200, "日工（8:00–17:00）"),
         ("水手长", 1, 1, 1, 2600, 400, 9500, 1500, "日工（8:00–17:00）"),
         ("大厨", 1, 1, 1, 2300, 300, 8500, 1200, "日工")]


def gen_s04():
    wb = Workbook()
    ws = wb.active
    ws.title = "配员定额"
    ws.append(["职务", "海昌5号（远洋，8.2万吨）", "海昌8号（远洋，8.2万吨）", "海昌12号（沿海，3.5万吨）"])
    for rk in RANKS:
        ws.append([rk[0], rk[1], rk[2], rk[3]])
    ws.append(["备注", "沿海航线船舶电子电气员职责由大管轮兼任", None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=4)

    ws2 = wb.create_sheet("船员月薪标准")
    ws2.merge_cells("A1:A2")
    ws2["A1"] = "职务"
    ws2.merge_cells("B1:D1")
    ws2["B1"] = "远洋航线（USD/月）"
    ws2.merge_cells("E1:G1")
    ws2["E1"] = "沿海航线（元/月）"
    for col, h in zip("BCDEFG", ["基本工资", "航行津贴", "合计"] * 2):
        ws2[f"{col}2"] = h
    for i, rk in enumerate(RANKS, 3):
        ws2[f"A{i}"] = rk[0]
        ws2[f"B{i}"] = rk[4]
        ws2[f"C{i}"] = rk[5]
        ws2[f"D{i}"] = f"=B{i}+C{i}"
        ws2[f"E{i}"] = rk[6]
        ws2[f"F{i}"] = rk[7]
        ws2[f"G{i}"] = f"=E{i}+F{i}"
    n = len(RANKS) + 3
    ws2[f"A{n}"] = "注：合同期一般为在船9个月（沿海6个月），休假期间按基本工资的30%发放待派费。"
    ws2.merge_cells(f"A{n}:G{n}")

    ws3 = wb.create_sheet("值班安排")
    ws3.append(["职务", "航行值班", "在港值班", "合同期（在船月数）"])
    for rk in RANKS:
        ws3.append([rk[0], rk[8], "按大副排班" if rk[0] not in ("船长", "轮机长") else "—",
                    "远洋9个月/沿海6个月" if rk[0] != "船长" else "远洋6个月/沿海6个月"])
    wb.save(OUT / "s04_船舶配员定额与船员薪资表.xlsx")


# ---------------------------------------------------------------------------
# s05: 船员调配中心招聘需求 (csv) — bilingual header, cert grade column, one closed row
# ---------------------------------------------------------------------------
def gen_s05():
    rows = [
        ["需求编号/Req No.", "职务/Rank", "船型/Vessel", "适任证书/CoC", "海龄/Sea Service",
         "学历/Education", "年龄/Age", "英语/English", "其他要求/Remarks", "状态/Status"],
        ["CR-2025-031", "船长/Master", "好望角型散货船 Capesize", "无限航区3000总吨及以上船长适任证书",
         "担任大副满36个月，其中散货船大副经历不少于12个月", "航海技术专业大专及以上", "55周岁以下",
         "能用英语与港方、引航员熟练沟通", "无PSC滞留记录；持有效健康证明", "招聘中"],
        ["CR-2025-032", "大副/Chief Officer", "巴拿马型散货船 Panamax", "无限航区3000总吨及以上大副适任证书",
         "二副任职满24个月", "航海技术专业大专及以上", "50周岁以下", "英语读写熟练",
         "熟悉散货配载和稳性计算", "招聘中"],
        ["CR-2025-033", "二副/2nd Officer", "巴拿马型散货船 Panamax", "无限航区二副适任证书",
         "三副任职满12个月", "航海技术专业大专及以上", "45周岁以下", "英语读写熟练",
         "熟练操作ECDIS，持ECDIS培训合格证", "招聘中"],
        ["CR-2025-034", "轮机长/Chief Engineer", "好望角型散货船 Capesize",
         "无限航区3000千瓦及以上轮机长适任证书", "担任大管轮满36个月", "轮机工程专业大专及以上", "55周岁以下",
         "英语读写熟练", "熟悉MAN B&W或WinGD低速主机", "招聘中"],
        ["CR-2025-035", "大管轮/2nd Engineer", "巴拿马型散货船 Panamax",
         "无限航区3000千瓦及以上大管轮适任证书", "二管轮任职满24个月", "轮机工程专业大专及以上", "50周岁以下",
         "英语读写熟练", "有电喷主机经验者优先", "已招满"],
        ["CR-2025-036", "电子电气员/ETO", "好望角型散货船 Capesize", "电子电气员适任证书、GMDSS通用操作员证书",
         "在船电子电气员或电机员经历12个月以上", "电气工程及其自动化或船舶电子电气工程专业大专及以上",
         "50周岁以下", "英语读写熟练", "熟悉PLC和船舶自动化系统", "招聘中"],
        ["CR-2025-037", "水手长/Bosun", "沿海散货船", "值班水手适任证书（高级水手）",
         "一水任职满24个月", "初中及以上", "55周岁以下", "能看懂常用英文标识",
         "熟悉系泊、起锚和甲板保养作业，能带班", "招聘中"],
        ["CR-2025-038", "船员调配专员（岸基）/Crewing Officer", "—", "无（有海员证或航海类专业背景者优先）",
         "航运企业船员管理工作2年以上", "本科及以上，航海类或人力资源管理专业", "35周岁以下", "CET-4及以上",
         "工作地点：大连船员调配中心", "招聘中"],
    ]
    with open(OUT / "s05_船员调配中心招聘需求.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------------------
# s06: 船舶代理专员 + 职业发展通道 (html) — <abbr>, <sup> footnote refs to a footnote list,
#      <br>-joined duties in one td
# ---------------------------------------------------------------------------
def gen_s06():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{CO}｜商务部招聘及船员职业发展通道</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px}}.fn{{font-size:12px;color:#666}}</style>
</head>
<body>
<header><nav><a href="/">首页</a> | <a href="/join">加入我们</a> | <a href="/fleet">船队</a></nav></header>
<main>
<h1>商务部社会招聘：船舶代理专员</h1>
<table>
<tr><th scope="row">所属部门</th><td>商务部</td></tr>
<tr><th scope="row">汇报对象</th><td>租船经理</td></tr>
<tr><th scope="row">工作地点</th><td>青岛分公司<sup><a href="#fn1">①</a></sup></td></tr>
<tr><th scope="row">薪资</th><td>8000–12000元/月，另有港口现场补贴</td></tr>
<tr><th scope="row">岗位职责</th><td>1. 船舶抵港前向港方、<abbr title="Customs, Immigration, Quarantine">CIQ</abbr>部门办理进口岸申报；<br>
2. 协调引航、拖轮、泊位安排，跟踪装卸进度并每日向船长和租家发送船舶动态；<br>
3. 办理船员换班、就医、遣返的口岸手续；<br>
4. 核对港口使费账单，航次结束后15日内完成使费结算<sup><a href="#fn2">②</a></sup>；<br>
5. 收集和签发装卸货时间事实记录（<abbr title="Statement of Facts">SOF</abbr>）。</td></tr>
<tr><th scope="row">任职要求</th><td>大专及以上学历，国际航运、物流管理或英语专业；2年以上船舶代理或货代经验；英语可作为工作语言；持有国际船舶代理从业资格者优先；能适应夜间和节假日登轮。</td></tr>
</table>
<section class="fn">
<p id="fn1">① 青岛分公司地址：青岛市市北区港华路；需常驻董家口港区现场者另行约定。</p>
<p id="fn2">② 使费结算时限以与租家签订的代理协议为准。</p>
</section>

<h2>船员职业发展通道（甲板部）</h2>
<table>
<thead><tr><th>职务</th><th>晋升至</th><th>晋升条件</th></tr></thead>
<tbody>
<tr><td>水手长</td><td>三副</td><td>取得三副适任证书，在船表现评估连续两个合同期“良好”以上</td></tr>
<tr><td>三副</td><td>二副</td><td>三副任职满12个月并取得二副适任证书</td></tr>
<tr><td>二副</td><td>大副</td><td>二副任职满24个月，取得大副适任证书，经海务部面试</td></tr>
<tr><td>大副</td><td>船长</td><td>大副任职满36个月，取得船长适任证书，经公司船长评审委员会评审通过</td></tr>
</tbody>
</table>
<p>轮机部晋升通道另见船员部通知。STCW基本安全培训（个人求生、防火灭火、基本急救、个人安全与社会责任）由船员部统一安排，费用由公司承担。</p>
</main>
<footer>© 2025 {CO}　沪ICP备00000000号</footer>
</body>
</html>
"""
    (OUT / "s06_商务部招聘与船员职业发展通道.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------------------
# s07: 岗位卡 (pdf) — each card has a dark band on the left with the post name rotated 90°,
#      facts and duties on the right
# ---------------------------------------------------------------------------
def gen_s07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    font = "WQY"
    pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    c = canvas.Canvas(str(OUT / "s07_船员岗位卡.pdf"), pagesize=A4)
    W, H = A4
    cards = [
        ("水手长", [
            "所属部门：甲板部　　直接上级：大副　　直接下级：一水、二水",
            "学历：初中及以上　　证书：值班水手适任证书、精通救生艇筏和救助艇证书",
            "经验：一水任职满24个月",
            "班次：日工，进出港和靠离泊时在船首/船尾带缆",
            "主要职责：",
            "1. 根据大副安排，带领水手进行甲板除锈、油漆和日常保养；",
            "2. 负责锚机、绞缆机的操作以及系泊、起抛锚作业；",
            "3. 负责甲板物料、油漆、缆绳的保管和申领；",
            "4. 检查货舱舱盖的水密性，开关舱前后进行检查；",
            "5. 监督水手遵守安全作业规定，落实高处作业和舷外作业的安全措施。",
        ]),
        ("电子电气员", [
            "所属部门：轮机部　　直接上级：船长　　直接下级：无",
            "学历：大专及以上（电气工程及其自动化、船舶电子电气工程等专业）",
            "证书：电子电气员适任证书、GMDSS通用操作员证书",
            "经验：在船电子电气员或电机员经历12个月以上",
            "班次：日工（8:00–17:00），发生电气故障时随叫随到",
            "主要职责：见《安全管理体系手册》第5.7条。",
        ]),
        ("船员调配专员", [
            "所属部门：船员部（大连船员调配中心）　　直接上级：船员部经理　　直接下级：无",
            "学历：本科及以上　　专业：航海类或人力资源管理",
            "经验：航运企业船员管理工作2年以上",
            "工作地点：大连船员调配中心　　薪资：月薪7000–10000元",
            "主要职责：",
            "1. 根据船舶配员定额和船员合同到期情况，编制月度船员换班计划；",
            "2. 审核船员适任证书、海员证、健康证明的有效期，提前90天提醒换证；",
            "3. 办理船员派遣、上下船手续，安排机票和港口交接；",
            "4. 维护船员档案和在船表现评估记录；",
            "5. 统计船员工资、休假和待派费数据，报人力资源部核算。",
        ]),
    ]
    y = H - 60
    c.setFont(font, 15)
    c.drawString(50, y, f"{CO}　船员岗位卡（2025年修订）")
    y -= 30
    for title, lines in cards:
        h = 22 + 17 * len(lines)
        if y - h < 50:
            c.showPage()
            y = H - 60
        c.setFillColorRGB(0.12, 0.25, 0.45)
        c.rect(50, y - h, 34, h, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        c.saveState()
        c.translate(72, y - h / 2 - len(title) * 7)
        c.rotate(90)
        c.setFont(font, 14)
        c.drawString(0, 0, title)
        c.restoreState()
        c.setFillColorRGB(0, 0, 0)
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.rect(50, y - h, 500, h, fill=0, stroke=1)
        yy = y - 18
        c.setFont(font, 10.5)
        for ln in lines:
            c.drawString(94, yy, ln)
            yy -= 17
        y -= h + 25
    c.setFont(font, 9)
    c.drawString(50, 40, "本岗位卡由人力资源部与船员部联合发布，与《安全管理体系手册》不一致时以手册为准。")
    c.save()


# ---------------------------------------------------------------------------
# s08: 船员部工作指引 (md) — Hugo front matter and {{< post >}} shortcodes, STCW near miss
# ---------------------------------------------------------------------------
def gen_s08():
    md = """---
title: "船员部工作指引"
date: 2025-09-01
draft: false
tags: ["船员部", "KPI", "培训"]
---

# 船员部工作指引

船员部设在大连船员调配中心，负责公司自有船员和外派船员的招聘、调配、培训和档案管理。船员部经理向人力资源总监报告。

{{< post name="船员部经理" boss="人力资源总监" >}}
职责略，见公司《中层管理人员岗位说明书》。
{{< /post >}}

{{< post name="船员培训专员" boss="船员部经理" >}}
- 编制年度船员培训计划，联系海事培训机构安排STCW证书培训和再有效；
- 组织新船员上船前的公司体系培训和熟悉培训；
- 建立船员培训档案，统计培训人次和费用。
{{< /post >}}

## 船员部部门KPI（2025）

| 指标 | 权重 | 目标 | 数据来源 |
|---|---|---|---|
| 船员配员及时率 | 30% | ≥98% | 船员管理系统 |
| 船员证书有效率 | 25% | 100% | 证书台账 |
| 船员流失率 | 25% | ≤8% | 人事档案 |
| 船员培训计划完成率 | 20% | ≥95% | 培训档案 |

## 新船员上船须知

1. 上船前须完成体检并取得健康证明，持海员证、适任证书和STCW培训合格证原件；
2. 到船后24小时内由大副或轮机长组织熟悉培训，并签署熟悉培训记录；
3. 在船期间手机使用遵守船长规定，靠港期间外出须经值班驾驶员同意。

> 提示：STCW基本安全培训的课程内容、学时和考试安排，以海事局和培训机构的通知为准，本指引不作规定。
"""
    (OUT / "s08_船员部工作指引.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------------------
# s09: 电报式通函 (GBK txt) — TELEX/MSG style, QUOTE…UNQUOTE, a boss change
# ---------------------------------------------------------------------------
def gen_s09():
    txt = """ZCZC HC2025-118
TO: ALL VESSELS / 全体船舶
CC: 海务部 机务部 船员部
FM: 海昌航运 人力资源部
DATE: 2025-10-08
SUBJ: 水手长岗位职责补充及电子电气员汇报关系调整

1. 各轮船长：根据本年度PSC检查缺陷分析，现对水手长岗位职责补充如下，
请组织甲板部学习并在船员会议记录中签字确认：
QUOTE
水手长除履行岗位卡所列职责外，还应：
（一）每周检查一次救生艇、救助艇的属具和释放装置，并向大副报告；
（二）每月组织一次甲板部防火巡查，重点检查油漆间和缆绳间；
（三）负责登离船梯和安全网的收放及日常检查。
UNQUOTE

2. 自2025年11月1日起，电子电气员的直接上级由船长调整为轮机长，
电子电气员纳入轮机部统一管理，岗位卡与手册相关条款随下次改版同步修订。

3. 机工长、大厨的岗位职责本次不作调整。

BRGDS
人力资源部 HR DEPT
NNNN
"""
    (OUT / "s09_通函_水手长职责补充.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------------------
# s10: 船员休假与轮换管理制度 (UTF-16) — policy; PSC / 证书年检 near misses;
#      appended notice changes 租船经理 location
# ---------------------------------------------------------------------------
def gen_s10():
    txt = f"""{CO}
船员休假与轮换管理制度
（HC-HR-2025-07）

第一条　为保障船员休息权利，合理安排船员轮换，制定本制度。
第二条　远洋船舶船员在船期一般为9个月，沿海船舶为6个月；船长、轮机长可根据船舶营运需要适当延长，但最长不超过11个月。
第三条　船员下船后享有带薪休假，休假天数按在船月数每月5天计算。
第四条　船员换班优先安排在国内港口；境外港口换班的交通费用由公司承担。
第五条　船舶接受港口国检查（PSC）及船舶证书年检期间，原则上不安排船员换班。
第六条　本制度自2025年9月1日起施行，由人力资源部负责解释。

附：补充通知（2025年11月20日）
经公司总经理办公会研究，商务部租船团队整体迁至青岛分公司办公，自2026年1月1日起租船经理的工作地点由上海总部调整为青岛分公司。
"""
    (OUT / "s10_船员休假与轮换管理制度.txt").write_bytes(txt.encode("utf-16"))


def main():
    gen_s01(); gen_s02(); gen_s03(); gen_s04(); gen_s05()
    gen_s06(); gen_s07(); gen_s08(); gen_s09(); gen_s10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
