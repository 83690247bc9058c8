"""Round 51 blind trial 'hydro': a cascade hydropower operator (青溪流域水电开发有限公司).

Writes 10 HR documents into $T51_OUT (default /tmp/t51hydro/corpus) and ground_truth.json next to this file.
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import copy
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(os.environ.get("T51_OUT", "/tmp/t51hydro/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "青溪流域水电开发有限公司"
GT = {}  # file -> what it says


def note(fname, **kw):
    GT.setdefault(fname, {}).update(kw)


# ============================================================================ f01 docx
# Layout: one Word section per post; the post NAME is only in the section's page header
# ("岗位说明书｜QX-YX-01｜运行值班员") and in the contents paragraph on the cover page.  The body
# table starts with 岗位编号/部门/定员, a 岗位关系 row whose value cell (merged across 5 columns)
# holds a nested 2x4 table, merged section rows, duty rows 序号 | 职责内容 | 工作标准 with merged cells,
# and a revision note under one post.
F01 = "01_运行与集控岗位说明书汇编.docx"
POSTS01 = [
    dict(name="运行值班员", code="QX-YX-01", dept="运行部", n="48人（三站合计）",
         up="值长", down="无", inner="检修部、水工部、物资部", outer="省电力调度中心（经值长）",
         purpose="保证所辖电站机组及附属设备安全、经济、稳定运行。",
         duties=[("负责监视机组、主变、厂用电及公用系统运行工况，每小时抄录运行参数并分析异常。", "参数抄录无遗漏，异常10分钟内报告值长"),
                 ("按调度指令和值长命令执行开停机、负荷调整及倒闸操作，严格执行“两票三制”。", "操作票合格率100%，零误操作"),
                 ("负责设备巡回检查，发现缺陷及时录入缺陷管理系统并报告值长。", "每班巡检不少于2次"),
                 ("发生事故或异常时，按事故处理规程进行初步处理并做好记录。", "处理正确、记录完整"),
                 ("负责填写运行日志、交接班记录，保持中控室及设备区域整洁。", "日志当班完成"),
                 ("参加反事故演习、技术问答和岗位培训。", "每月技术问答不少于1次")],
         edu="大专及以上", major="电气工程及其自动化、水电站动力设备与管理",
         exp="1年以上水电站运行经历；应届毕业生须跟班实习满6个月并考试合格",
         cert="低压/高压电工作业证（应急管理部门核发）；公司运行值班员上岗证",
         loc="龙口电站中控室", shift="四班三倒", grade="G5–G7"),
    dict(name="值长", code="QX-YX-02", dept="运行部", n="12人",
         up="运行部主任", down="主值班员、副值班员（运行值班员）", inner="运行部各值、检修部", outer="省电力调度中心、集控中心",
         purpose="组织本值安全生产运行，确保调度指令准确执行。",
         duties=[("全面负责本值安全生产运行管理工作，是本值安全第一责任人。", "本值无责任事故"),
                 ("接受梯级调度员的调度指令，组织本值人员完成操作任务。", "指令执行及时准确"),
                 ("审核操作票、工作票，组织重大操作和事故处理。", "两票审核合格率100%"),
                 ("主持交接班会和班前班后会，安排本值巡检与培训工作。", "每班召开"),
                 ("及时向运行部主任报告重大设备缺陷和异常情况。", "重大缺陷30分钟内报告")],
         edu="本科及以上", major="电气工程、热能与动力工程（水动方向）",
         exp="5年以上水电站运行经验，其中担任主值班员2年以上",
         cert="高压电工作业证；公司值长资格证书",
         loc="龙口电站（兼管上坪电站远方监盘）", shift="随值轮换（四班三倒）", grade="G8–G9"),
    dict(name="梯级调度员", code="QX-JK-01", dept="集控中心", n="10人",
         up="集控中心主任", down="无", inner="运行部值长、水情测报中心", outer="省电力调度中心、地方防汛指挥部",
         purpose="实现流域梯级电站联合优化调度，提高水能利用率并保障防洪安全。",
         duties=[("负责流域梯级电站的联合优化调度，编制日发电计划并报送省调。", "计划每日10时前报送"),
                 ("执行省电力调度中心下达的负荷曲线，实时调整各站出力。", "偏差率不超过3%"),
                 ("根据水情预报，协调上坪、龙口、石门滩三站水库水位，做好防洪与蓄水调度。", "不超汛限水位"),
                 ("监视梯级电站机组运行状态，遇电网事故时按规程处理并向省调汇报。", "5分钟内汇报"),
                 ("负责调度日志、调度台账的填写和调度数据的统计分析。", "台账日清月结"),
                 ("汛期执行24小时防汛值班，及时发布泄洪预警。", "泄洪前2小时发布预警")],
         edu="本科及以上", major="水利水电工程、电力系统及其自动化",
         exp="3年以上水电站运行或调度工作经验",
         cert="电网调度系统运行值班合格证（持证上岗）",
         loc="云川市集控中心（青溪大厦9层）", shift="五值三运转", grade="G8–G10"),
    dict(name="水情测报员", code="QX-JK-02", dept="集控中心（水情测报中心）", n="6人",
         up="水情测报中心主任", down="无", inner="梯级调度员", outer="云川市水文局、气象台",
         purpose="及时准确提供流域雨水情信息和入库流量预报。",
         duties=[("负责流域内32个遥测站雨量、水位数据的接收、校核和整编。", "数据到报率≥95%"),
                 ("每日8时、20时发布入库流量预报，汛期加密至每3小时一次。", "预报按时发布"),
                 ("负责水情自动测报系统的日常维护，遥测站故障24小时内报修。", "故障及时报修"),
                 ("编制水情日报、月报和年度水文资料汇编。", "月报次月3日前完成"),
                 ("配合梯级调度员开展洪水预报和调度方案计算。", "按要求完成")],
         edu="大专及以上", major="水文与水资源工程、水利工程",
         exp="1年以上水文测报或水情预报工作经验",
         cert="无硬性要求；持水文勘测工证书者优先",
         loc="云川市集控中心水情机房", shift="汛期（5–9月）24小时轮值，非汛期常白班", grade="G5–G7"),
]


def set_cell(cell, text, bold=False):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = bold


def gen_f01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　岗位说明书汇编（运行与集控类）　2025版"
    doc.add_paragraph(f"{CO}")
    doc.add_paragraph("岗位说明书汇编（运行与集控类）")
    doc.add_paragraph("编制：人力资源部　　审核：生产技术部　　批准：总经理办公会　　生效日期：2025年3月1日")
    doc.add_paragraph("本汇编收录：" + "、".join(f"{p['name']}（{p['code']}）" for p in POSTS01)
                      + "。各岗位说明书单独成节，岗位名称见每页页眉。")
    doc.add_paragraph("说明：每份说明书中“工作标准”为该项职责的最低要求，考核指标及权重见《岗位KPI指标库》。")
    for p in POSTS01:
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.header.is_linked_to_previous = False
        s.header.paragraphs[0].text = f"岗位说明书｜{p['code']}｜{p['name']}"
        s.footer.is_linked_to_previous = False
        s.footer.paragraphs[0].text = f"{CO}人力资源部　受控文件　{p['code']}"
        t = doc.add_table(rows=0, cols=6)
        t.style = "Table Grid"

        def row():
            return t.add_row().cells

        r = row()
        for i, v in enumerate(["岗位编号", p["code"], "所属部门", p["dept"], "岗位定员", p["n"]]):
            set_cell(r[i], v, bold=(i % 2 == 0))
        r = row()
        set_cell(r[0], "岗位关系", True)
        m = r[1].merge(r[5])
        m.text = ""
        nt = m.add_table(rows=2, cols=4)
        nt.style = "Table Grid"
        for (i, j), v in {(0, 0): "直接上级", (0, 1): p["up"], (0, 2): "直接下属", (0, 3): p["down"],
                          (1, 0): "内部协作", (1, 1): p["inner"], (1, 2): "外部联系", (1, 3): p["outer"]}.items():
            set_cell(nt.cell(i, j), v)
        r = row()
        set_cell(r[0], "岗位目的", True)
        set_cell(r[1].merge(r[5]), p["purpose"])
        r = row()
        set_cell(r[0].merge(r[5]), "一、岗位职责", True)
        r = row()
        set_cell(r[0], "序号", True)
        set_cell(r[1].merge(r[3]), "职责内容", True)
        set_cell(r[4].merge(r[5]), "工作标准", True)
        for k, (d, std) in enumerate(p["duties"], 1):
            r = row()
            set_cell(r[0], str(k))
            set_cell(r[1].merge(r[3]), d)
            set_cell(r[4].merge(r[5]), std)
        r = row()
        set_cell(r[0].merge(r[5]), "二、任职资格", True)
        r = row()
        for i, v in enumerate(["学历", p["edu"], "专业", p["major"], "工作经验", p["exp"]]):
            set_cell(r[i], v, bold=(i % 2 == 0))
        r = row()
        set_cell(r[0], "资格证书", True)
        set_cell(r[1].merge(r[5]), p["cert"])
        r = row()
        set_cell(r[0].merge(r[5]), "三、工作条件", True)
        r = row()
        for i, v in enumerate(["工作地点", p["loc"], "班次", p["shift"], "薪酬等级", p["grade"]]):
            set_cell(r[i], v, bold=(i % 2 == 0))
        if p["name"] == "梯级调度员":
            doc.add_paragraph("【修订批注】2025-02-18 人力资源部 王晓：原稿“直接下属：值长（业务指导）”已删除，"
                              "值长与梯级调度员为调度业务联系，不构成上下级关系。")
    doc.save(OUT / F01)
    note(F01, layout="section per post, post name only in page header + cover contents; nested 岗位关系 table; merged rows",
         posts=POSTS01)


# ============================================================================ f02 docx
# Layout: prose handbook with numbered chapters; 水工巡检员 described in running paragraphs with a
# floating VML text box (inspection route); 大坝安全监测员 with real tracked changes (w:del/w:ins) on the
# reporting line; 闸门运行工 "略"; an appendix of the superseded 2019 edition.
F02 = "02_水工部工作手册（2025修订）.docx"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def add_run_xml(p, text, kind=None, author="刘工", date="2025-04-10T09:00:00Z"):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    if kind is None:
        p._p.append(r)
        return
    w = OxmlElement("w:" + kind)
    w.set(qn("w:id"), str(abs(hash(text)) % 10000))
    w.set(qn("w:author"), author)
    w.set(qn("w:date"), date)
    w.append(r)
    p._p.append(w)


def add_textbox(p, lines):
    from lxml import etree
    xml = (
        f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
        '<v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0;'
        'width:160pt;height:90pt;z-index:1" stroked="t"><v:textbox><w:txbxContent>'
        + "".join(f"<w:p><w:r><w:t>{ln}</w:t></w:r></w:p>" for ln in lines)
        + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>")
    p._p.append(etree.fromstring(xml))


def gen_f02():
    doc = Document()
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "青溪水电·水工部　QX/SG-SC-001-2025"
    doc.add_heading("水工部工作手册（2025年修订版）", level=0)
    doc.add_paragraph(f"{CO}水工部负责上坪、龙口、石门滩三座电站大坝及水工建筑物的巡视检查、安全监测和维修养护管理。"
                      "本手册规定水工部各岗位的职责与要求，自2025年5月1日起施行，原2019版手册同时废止。")
    doc.add_heading("第一章　部门概况", level=1)
    doc.add_paragraph("水工部设主任1名，下设水工班和大坝安全监测中心。水工班设班长1名、水工巡检员8名；"
                      "大坝安全监测中心设主管1名、大坝安全监测员4名；另设闸门运行工若干名，由水工班代管。")
    doc.add_heading("第二章　水工巡检员", level=1)
    p = doc.add_paragraph("水工巡检员隶属水工班，直接向水工班班长汇报，工作地点为上坪、龙口两座电站坝区，实行常白班（8:00—17:00），"
                          "汛期及特殊天气实行加班制。")
    add_textbox(p, ["【巡检路线】", "坝顶→左岸边坡→溢洪道→消力池→下游坝坡→右岸灌浆廊道", "每日一次，全程约3.5公里"])
    doc.add_paragraph("水工巡检员每天按照规定的巡检路线对大坝、溢洪道、引水隧洞进口和近坝边坡进行一次全面巡视；"
                      "巡视时重点查看坝体有无裂缝、渗水和析出物，排水孔是否通畅，一旦发现异常须当场拍照、记录桩号位置，并在1小时内报告班长。"
                      "巡检员还要对闸门和启闭机做外观检查，清理坝区排水沟的淤积和杂物。遇到汛期、暴雨、有感地震之后，"
                      "巡检员须在班长安排下开展特别巡查，加密巡视频次。每次巡视结束后，应当天填写《水工建筑物巡视检查记录表》并录入系统。")
    doc.add_paragraph("任职要求方面，水工巡检员须具备中专（高中）及以上学历，水利水电工程、工程测量等相关专业优先；"
                      "对工作经验不作硬性要求，有水工建筑物巡检经验者优先；身体健康，能适应野外登高和夜间巡查。")
    doc.add_heading("第三章　大坝安全监测员", level=1)
    p = doc.add_paragraph("岗位关系：大坝安全监测员的直接上级为")
    add_run_xml(p, "水工部主任", "del")
    add_run_xml(p, "大坝安全监测中心主管", "ins")
    add_run_xml(p, "，工作地点为龙口电站大坝安全监测中心，常白班。")
    doc.add_paragraph("大坝安全监测员的主要职责如下：")
    for d in ["（一）负责变形、渗流、应力应变等监测仪器的数据采集，人工比测每月不少于2次；",
              "（二）负责大坝安全监测自动化系统的运行维护和数据入库；",
              "（三）对监测数据进行整理分析，绘制测值过程线，发现测值异常时24小时内提交异常情况报告；",
              "（四）编制大坝安全监测月报、年报，配合大坝安全定期检查；",
              "（五）负责监测仪器的率定、保护和仪器台账管理。"]:
        doc.add_paragraph(d)
    p = doc.add_paragraph("任职资格：本科及以上学历，水利水电工程、测绘工程或岩土工程专业；")
    add_run_xml(p, "3年", "del")
    add_run_xml(p, "2年", "ins")
    add_run_xml(p, "以上大坝安全监测或工程测量工作经验；持工程测量员职业资格证书者优先。")
    doc.add_heading("第四章　闸门运行工", level=1)
    doc.add_paragraph("闸门运行工岗位职责：略（执行《闸门启闭操作规程》QX/SG-GC-004，另行发布）。")
    doc.add_heading("第五章　安全与考核", level=1)
    doc.add_paragraph("水工部各岗位的考核按《岗位KPI指标库》执行；登高作业须系安全带，进入廊道须两人同行。")
    doc.add_heading("附录A　2019版水工部岗位设置（已废止，仅供查阅）", level=1)
    doc.add_paragraph("2019版中，大坝安全监测员归水工班管理，职责包括“每季度人工观测1次”，任职要求为大专及以上学历。"
                      "以上规定自2025年5月1日起不再执行。")
    doc.save(OUT / F02)
    note(F02, layout="prose handbook; VML text box route; tracked changes (上级 水工部主任→大坝安全监测中心主管, 经验 3年→2年); 闸门运行工 略; void 2019 appendix",
         水工巡检员=dict(up="水工班班长", loc="上坪、龙口两座电站坝区", shift="常白班（8:00—17:00）", edu="中专（高中）及以上", exp="不作硬性要求"),
         大坝安全监测员=dict(up="大坝安全监测中心主管 (tracked: was 水工部主任)", exp="2年以上 (tracked: was 3年)", edu="本科及以上",
                      major="水利水电工程、测绘工程或岩土工程", cert="工程测量员职业资格证书优先", loc="龙口电站大坝安全监测中心"))


# ============================================================================ f03 xlsx KPI
# Layout: one sheet per post in a balanced-scorecard form: 维度 merged down, weights stored as numbers
# (0.25) shown as percent, a 合计 row with =SUM(), 门槛值/目标值/挑战值 under a merged 目标 header; a
# 指标说明 dictionary sheet; a department sheet; a void 2023 sheet.
F03 = "03_岗位KPI指标库2025.xlsx"
KPI = {
    "运行值班员": [("安全", "误操作次数", 0.20, "1次", "0次", "0次", "运行部安监台账"),
               ("安全", "两票合格率", 0.25, "98%", "100%", "100%", "两票管理系统"),
               ("运行质量", "缺陷发现及时率", 0.20, "90%", "95%", "98%", "缺陷管理系统"),
               ("运行质量", "运行日志填写合格率", 0.15, "95%", "98%", "100%", "值长抽查"),
               ("学习成长", "技术问答及考试成绩", 0.10, "75分", "85分", "95分", "培训台账"),
               ("学习成长", "劳动纪律", 0.10, "违纪1次", "无违纪", "无违纪", "考勤系统")],
    "机电检修工": [("安全", "违章作业次数", 0.15, "1次", "0次", "0次", "安监部检查记录"),
               ("质量", "缺陷消除及时率", 0.30, "90%", "95%", "100%", "缺陷管理系统"),
               ("质量", "检修质量一次验收合格率", 0.25, "95%", "98%", "100%", "验收单"),
               ("效率", "检修计划完成率", 0.20, "95%", "100%", "100%", "检修计划台账"),
               ("效率", "工器具完好率", 0.10, "95%", "100%", "100%", "工器具台账")],
    "梯级调度员": [("经济", "发电计划执行偏差率", 0.25, "≤5%", "≤3%", "≤2%", "集控系统"),
               ("经济", "水能利用提高率", 0.25, "1%", "2%", "3%", "年度水能利用报告"),
               ("经济", "汛期弃水电量", 0.15, "≤1.2亿kWh", "≤1.0亿kWh", "≤0.8亿kWh", "集控系统"),
               ("安全", "调度指令差错次数", 0.20, "1次", "0次", "0次", "调度录音抽查"),
               ("管理", "调度日志及报表合格率", 0.15, "95%", "100%", "100%", "集控中心主任抽查")],
    "大坝安全监测员": [("数据", "监测数据采集完整率", 0.30, "95%", "98%", "99.5%", "监测自动化系统"),
                ("数据", "异常测值报告及时率", 0.25, "90%", "100%", "100%", "异常报告登记簿"),
                ("报告", "监测月报按时提交率", 0.20, "90%", "100%", "100%", "文档系统"),
                ("设备", "监测自动化系统完好率", 0.25, "90%", "95%", "98%", "设备台账")],
}
DEPT_KPI = [("运行部", "等效可用系数", "≥92%", 0.30), ("运行部", "非计划停运次数", "≤1次/年", 0.30), ("运行部", "厂用电率", "≤0.8%", 0.40),
            ("物资部", "库存账实相符率", "≥99.5%", 0.40), ("物资部", "物资供应及时率", "≥98%", 0.35), ("物资部", "库存资金周转天数", "≤120天", 0.25),
            ("综合办公室", "公文处理及时率", "100%", 0.50), ("综合办公室", "会议服务满意度", "≥95分", 0.50)]


def gen_f03():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    for r in [["青溪水电 岗位KPI指标库（2025年度）"], ["1. 每个岗位一张工作表，按平衡计分卡维度分组。"],
              ["2. 得分：达到门槛值得60%，目标值得100%，挑战值得120%，其间线性插值。"],
              ["3. 权重合计须为100%；“2023版（停用）”工作表仅供对比，不再使用。"],
              ["4. 安全专员、库区管理员等岗位的考核见部门考核办法，不在本库。"]]:
        ws.append(r)
    for post, rows in KPI.items():
        ws = wb.create_sheet(post)
        ws.append([f"{post} 年度关键绩效指标（KPI）"])
        ws.merge_cells("A1:H1")
        ws["A1"].font = Font(bold=True, size=14)
        ws.append(["维度", "序号", "指标名称", "权重", "目标", None, None, "数据来源"])
        ws.append([None, None, None, None, "门槛值", "目标值", "挑战值", None])
        ws.merge_cells("E2:G2")
        for c in "ABCDH":
            ws.merge_cells(f"{c}2:{c}3")
        start = 4
        prev, pstart = None, start
        for i, (dim, name, w, lo, tg, hi, src) in enumerate(rows, 1):
            r = start + i - 1
            ws.append([dim if dim != prev else None, i, name, w, lo, tg, hi, src])
            ws.cell(r, 4).number_format = "0%"
            if dim != prev:
                if prev is not None and r - 1 > pstart:
                    ws.merge_cells(f"A{pstart}:A{r-1}")
                prev, pstart = dim, r
        last = start + len(rows) - 1
        if last > pstart:
            ws.merge_cells(f"A{pstart}:A{last}")
        ws.append(["合计", None, None, f"=SUM(D{start}:D{last})", None, None, None, None])
        ws.cell(last + 1, 4).number_format = "0%"
        ws.append([f"考核人：{ {'运行值班员': '值长', '机电检修工': '检修班长', '梯级调度员': '集控中心主任', '大坝安全监测员': '大坝安全监测中心主管'}[post]}　考核周期：月度"])
        for col, wdt in zip("ABCDEFGH", [10, 6, 24, 8, 12, 12, 12, 18]):
            ws.column_dimensions[col].width = wdt
        ws["A2"].alignment = Alignment(vertical="center")
    ws = wb.create_sheet("部门KPI")
    ws.append(["部门", "指标", "目标值", "权重"])
    for d, n, t, w in DEPT_KPI:
        ws.append([d, n, t, w])
        ws.cell(ws.max_row, 4).number_format = "0%"
    ws = wb.create_sheet("指标说明")
    ws.append(["指标名称", "计算公式/定义"])
    for n, f in [("两票合格率", "合格的操作票和工作票张数 ÷ 执行的两票总张数 × 100%"),
                 ("缺陷发现及时率", "巡检中及时发现并录入的缺陷数 ÷ 应发现缺陷数 × 100%"),
                 ("缺陷消除及时率", "在规定时限内消除的缺陷数 ÷ 应消除缺陷数 × 100%（一般缺陷时限48小时）"),
                 ("发电计划执行偏差率", "|实际发电量 − 计划发电量| ÷ 计划发电量 × 100%"),
                 ("水能利用提高率", "（考核期水能利用率 − 基准年水能利用率）÷ 基准年水能利用率 × 100%"),
                 ("监测数据采集完整率", "实测数据个数 ÷ 应测数据个数 × 100%"),
                 ("等效可用系数", "（可用小时 − 降出力等效停运小时）÷ 统计期小时 × 100%")]:
        ws.append([n, f])
    ws = wb.create_sheet("2023版（停用）")
    ws.append(["2023版运行值班员考核指标（已停用，2025年起以新表为准）"])
    for r in [["发电量完成率", 0.30], ["安全生产天数", 0.30], ["文明生产", 0.20], ["出勤率", 0.20]]:
        ws.append(r)
    wb.save(OUT / F03)
    note(F03, layout="sheet per post, BSC dims merged down, weights numeric 0.25 with % format, =SUM row, 门槛/目标/挑战 under merged 目标, 部门KPI sheet, 指标说明, void 2023 sheet",
         kpi=KPI, dept=DEPT_KPI)


# ============================================================================ f04 xlsx staffing
# Layout: 岗位信息总表 under a two-row grouped header; department separator rows ("▍运行部") merged across
# the sheet; 学历/专业 packed in one cell with "／"; a 薪酬 sheet by 薪级 (posts reference a grade); a
# 班次说明 sheet.
F04 = "04_岗位信息总表.xlsx"
STAFF = [
    ("运行部", [("运行值班员", "值长", "—", "大专及以上／电气工程及其自动化、水电站动力设备与管理", "1年以上水电站运行经历", "电工作业证（高压）、运行值班员上岗证", "龙口电站中控室", "四班三倒", "G6")]),
    ("运行部", [("值长", "运行部主任", "运行值班员", "本科及以上／电气工程、热能与动力工程", "5年以上运行经验（主值2年以上）", "高压电工作业证、值长资格证", "龙口电站", "随值（四班三倒）", "G9")]),
    ("集控中心", [("梯级调度员", "集控中心主任", "—", "本科及以上／水利水电工程、电力系统及其自动化", "3年以上运行或调度经验", "电网调度运行值班合格证", "云川市集控中心", "五值三运转", "G9"),
              ("水情测报员", "水情测报中心主任", "—", "大专及以上／水文与水资源工程、水利工程", "1年以上水文测报经验", "水文勘测工证（优先）", "云川市集控中心水情机房", "汛期轮值／非汛期常白班", "G6")]),
    ("水工部", [("水工巡检员", "水工班班长", "—", "中专及以上／水利水电工程相关", "不限（有巡检经验优先）", "—", "上坪、龙口电站坝区", "常白班", "G4"),
             ("大坝安全监测员", "大坝安全监测中心主管", "—", "本科及以上／水利水电、测绘、岩土工程", "2年以上大坝监测或工程测量经验", "工程测量员证（优先）", "龙口电站大坝安全监测中心", "常白班　", "G7")]),
    ("检修部", [("机电检修工", "检修班长", "—", "中专及以上／机电一体化、电气自动化", "2年以上发电厂机电检修经验", "低压电工作业证；焊工证优先", "龙口电站检修车间", "常白班＋抢修待命", "G6")]),
    ("库区管理部", [("库区管理员", "库区管理部主任", "—", "大专及以上／专业不限（水利、环境、法律类优先）", "1年以上基层管理或巡查经验", "C1驾驶证；内河船舶驾驶证优先", "石门滩库区管理站", "常白班（每周巡库≥3次）", "G5")]),
    ("安全环保部", [("安全专员", "安全环保部经理", "—", "本科及以上／安全工程、电气工程、水利水电工程", "3年以上电力行业安全管理经验", "安全生产管理人员合格证；注册安全工程师优先", "公司本部（云川市），需经常下站", "常白班 ", "G8")]),
    ("物资部", [("物资管理员", "物资部经理", "—", "大专及以上／物流管理、机电类", "2年以上仓储管理经验", "叉车证优先", "龙口电站中心仓库", "常白班  ", "G5")]),
    ("综合办公室", [("综合办文员", "综合办公室主任", "—", "大专及以上／文秘、汉语言文学、行政管理", "1年以上办公室文秘经验", "无", "公司本部（云川市青溪大厦7层）", " 常白班", "G4")]),
]
PAY = [("G4", "4800–6000"), ("G5", "5500–7000"), ("G6", "6500–8500"), ("G7", "7500–9500"),
       ("G8", "9000–12000"), ("G9", "11000–14000"), ("G10", "13000–16000")]


def gen_f04():
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位信息"
    ws.append([f"{CO} 岗位信息总表（2025年6月）"])
    ws.merge_cells("A1:J1")
    ws.append(["序号", "岗位名称", "汇报关系", None, "任职条件", None, None, "工作条件", None, "薪级"])
    ws.append([None, None, "直接上级", "直接下属", "学历／专业", "工作经验", "资格证书", "工作地点", "班次", None])
    ws.merge_cells("C2:D2")
    ws.merge_cells("E2:G2")
    ws.merge_cells("H2:I2")
    for c in "ABJ":
        ws.merge_cells(f"{c}2:{c}3")
    n = 0
    prev = None
    for dept, rows in STAFF:
        if dept != prev:
            ws.append([f"▍{dept}"])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=10)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            prev = dept
        for r in rows:
            n += 1
            ws.append([n, *r])
    ws.append([])
    ws.append(["注：薪级对应的月薪区间见“薪酬标准”工作表；班次代码说明见“班次说明”。继电保护工、闸门运行工岗位信息待定编后补充。"])
    ws = wb.create_sheet("薪酬标准")
    ws.append(["薪级", "月薪区间（元，税前）", "备注"])
    for g, v in PAY:
        ws.append([g, v, "另有年度绩效奖金、夜班补贴" if g in ("G6", "G9") else None])
    ws = wb.create_sheet("班次说明")
    for r in [["班次", "说明"], ["四班三倒", "早班8:00—16:00、中班16:00—24:00、夜班0:00—8:00，四个值轮换"],
              ["五值三运转", "五个值轮流承担三个班次，每值连续上班后休息两天"],
              ["常白班", "周一至周五 8:00—17:00"]]:
        ws.append(r)
    wb.save(OUT / F04)
    note(F04, layout="two-row grouped header, department separator rows merged across, 学历／专业 in one cell, pay by 薪级 on another sheet",
         staff=STAFF, pay=PAY)


# ============================================================================ f05 csv
# Layout: an export with 3 '#' metadata lines before the header, quoted multi-line cells, a 状态 column with
# 已撤销 and 已结束 rows, pay as "5.5-7K·13薪".
F05 = "05_2025年度招聘需求导出.csv"
CSV_ROWS = [
    ["ZP2025-003", "库区管理员", "库区管理部", "2", "石门滩库区管理站", "大专及以上", "水利、环境、法律类优先",
     "1. 开展库区日常巡查，制止违法建设、采砂、网箱养殖等侵占库区行为；\n2. 发现库岸塌岸、滑坡迹象立即上报；\n3. 协调库区周边村镇关系，处理涉库投诉",
     "持C1驾驶证；能适应野外巡查和乘船作业；1年以上基层工作经验", "5-6.5K·13薪+巡库补贴", "招聘中"],
    ["ZP2025-005", "物资管理员", "物资部", "1", "龙口电站中心仓库", "大专及以上", "物流管理、机电类",
     "1. 备品备件入库验收、保管、发放；\n2. 每月盘点；\n3. ERP物资模块数据维护",
     "2年以上仓储管理经验，熟练使用ERP；持叉车证优先", "5.5-7K·13薪", "招聘中"],
    ["ZP2025-006", "机电检修工", "检修部", "3", "龙口电站检修车间", "中专及以上", "机电一体化、电气自动化",
     "1. 水轮发电机组及辅机设备检修维护；\n2. 参加机组A/B/C级检修；\n3. 运行缺陷处理",
     "2年以上发电厂或工矿企业机电检修经验；持低压电工作业证；能接受夜间抢修", "6.5-8.5K·13薪", "招聘中"],
    ["ZP2024-011", "综合办文员", "综合办公室", "1", "公司本部", "本科", "汉语言文学",
     "公文处理、会议服务", "应届生可", "4-5K", "已撤销"],
    ["ZP2025-009", "水情测报员", "集控中心", "1", "云川市集控中心", "大专及以上", "水文与水资源工程",
     "见官网招聘公告", "见官网招聘公告", "7-9K·13薪", "已结束"],
]


def gen_f05():
    with open(OUT / F05, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write("# 系统：青溪水电招聘管理平台\n# 导出人：hr_zhangli　导出时间：2025-06-12 16:40\n# 说明：状态为“已撤销”“已结束”的需求仅作留档\n")
        w = csv.writer(fh)
        w.writerow(["需求编号", "岗位名称", "用人部门", "招聘人数", "工作地点", "学历要求", "专业要求", "岗位职责", "任职要求", "薪资范围", "状态"])
        w.writerows(CSV_ROWS)
    note(F05, layout="# metadata lines before header, BOM, quoted multi-line cells, 已撤销/已结束 rows", rows=CSV_ROWS)


# ============================================================================ f06 html
# Layout: careers page; each posting a <section> whose facts are one <p> of <b>label</b> value pairs split by
# <span class="sep">|</span>; title <h3> with an <abbr>; 职责/要求 as <h4> + <ol>; one posting "详情请电话咨询".
F06 = "06_人才招聘.html"
HTML = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>人才招聘 - 青溪流域水电开发有限公司</title>
<style>.sep{color:#999;margin:0 6px}.job{border-top:1px solid #ccd;padding:8px}</style></head>
<body>
<nav>首页 &gt; 加入我们 &gt; 社会招聘</nav>
<h1>青溪水电 2025年社会招聘</h1>
<p>青溪流域水电开发有限公司负责青溪干流上坪、龙口、石门滩三座梯级电站的运营，总装机容量86万千瓦。欢迎有志于清洁能源事业的你加入！</p>
<section class="job" id="job-aq">
<h3><abbr title="安全生产监督专员">安全专员</abbr></h3>
<p><b>部门</b> 安全环保部<span class="sep">|</span><b>地点</b> 云川市（需经常下站）<span class="sep">|</span><b>人数</b> 1<span class="sep">|</span><b>待遇</b> 9000–12000元/月，五险二金</p>
<h4>岗位职责</h4>
<ol>
<li>落实安全生产法律法规，修订完善公司安全管理制度；</li>
<li>组织月度安全大检查和隐患排查治理，督促整改闭环；</li>
<li>对外包施工队伍进行安全交底和现场监督；</li>
<li>组织安全培训及应急演练。</li>
</ol>
<h4>任职要求</h4>
<ol>
<li>本科及以上学历，安全工程、电气工程、水利水电工程等相关专业；</li>
<li>3年以上电力行业安全管理工作经验；</li>
<li>持有安全生产管理人员合格证，具有注册安全工程师资格者优先。</li>
</ol>
</section>
<section class="job" id="job-sq">
<h3>水情测报员（校园招聘）</h3>
<p><b>部门</b> 集控中心<span class="sep">|</span><b>地点</b> 云川市<span class="sep">|</span><b>人数</b> 1<span class="sep">|</span><b>待遇</b> 7000–9000元/月</p>
<h4>岗位职责</h4>
<ol>
<li>遥测站雨量、水位数据的接收和校核；</li>
<li>参与入库流量预报和洪水预报作业；</li>
<li>水情自动测报系统日常维护。</li>
</ol>
<h4>任职要求</h4>
<ol>
<li>2025届本科或大专毕业生，水文与水资源工程、水利工程专业；</li>
<li>熟悉水文预报基本方法，会使用Python或MATLAB者优先；</li>
<li>能适应汛期轮值。</li>
</ol>
</section>
<section class="job" id="job-zm">
<h3>闸门运行工</h3>
<p><b>部门</b> 水工部<span class="sep">|</span><b>地点</b> 石门滩电站</p>
<p>岗位详情请电话咨询：0871-6655 2301（人力资源部）。</p>
</section>
<footer>简历投递：hr@qingxi-hydro.example　地址：云川市青溪大厦</footer>
</body></html>
"""


def gen_f06():
    (OUT / F06).write_text(HTML, encoding="utf-8")
    note(F06, layout="<section> postings, facts one <p> of <b>label</b> value | ; <abbr>; 闸门运行工 no details")


# ============================================================================ f07 pdf
# Layout: a form drawn with canvas lines at coordinates (like a scanned form), label cells left, values
# right and wrapped by hand over several lines; page 2: 安全环保部 department KPI as a drawn grid.
F07 = "07_安全专员岗位说明书.pdf"
SAFE_DUTIES = ["1．贯彻落实国家安全生产法律法规，组织修订公司安全生产管理制度和操作规程；",
               "2．组织月度安全检查和隐患排查治理，建立隐患台账，跟踪整改闭环；",
               "3．监督“两票”执行情况和外包队伍现场作业安全，有权制止违章作业；",
               "4．组织安全教育培训和应急演练，每年综合应急演练不少于2次；",
               "5．参与安全事件调查分析，编制安全生产月报并报送安全环保部经理。"]
SAFE_KPI = [("人身伤亡事故", "0起", "一票否决"), ("隐患整改闭环率", "≥98%", "25%"), ("安全培训覆盖率", "100%", "20%"),
            ("两票合格率（抽查）", "≥99%", "20%"), ("应急演练完成率", "100%", "15%"), ("安全检查计划完成率", "100%", "20%")]


def gen_f07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    c = canvas.Canvas(str(OUT / F07), pagesize=A4)
    W, H = A4
    c.setFont("wqy", 16)
    c.drawCentredString(W / 2, H - 60, "安全专员岗位说明书")
    c.setFont("wqy", 9)
    c.drawString(60, H - 80, f"{CO}　文件编号：QX-AH-JD-03　版本：B/0")
    x0, x1, x2 = 60, 150, W - 60
    rows = [("岗位名称", ["安全专员"]), ("所属部门", ["安全环保部"]), ("直接上级", ["安全环保部经理"]),
            ("直接下属", ["无"]), ("工作地点", ["公司本部（云川市），每月下站检查不少于8天"]),
            ("岗位职责", SAFE_DUTIES),
            ("任职资格", ["学历：本科及以上", "专业：安全工程、电气工程、水利水电工程等相关专业",
                      "经验：3年以上电力行业安全管理工作经验",
                      "证书：须持安全生产管理人员安全生产知识和管理能力考核合格证；",
                      "　　　具有注册安全工程师（中级）资格者优先"]),
            ("薪酬", ["薪级G8，月薪9000—12000元"])]
    y = H - 100
    c.setFont("wqy", 10)
    for label, lines in rows:
        h = 18 * len(lines) + 6
        c.rect(x0, y - h, x1 - x0, h)
        c.rect(x1, y - h, x2 - x1, h)
        c.drawString(x0 + 6, y - 16, label)
        for i, ln in enumerate(lines):
            c.drawString(x1 + 6, y - 16 - 18 * i, ln)
        y -= h
    c.setFont("wqy", 8)
    c.drawString(60, 40, "编制：人力资源部　审核：安全环保部　2025年1月")
    c.showPage()
    c.setFont("wqy", 13)
    c.drawString(60, H - 60, "附表　安全环保部2025年度部门KPI")
    c.setFont("wqy", 10)
    y = H - 90
    cols = [60, 250, 380, 500]
    for r in [("指标名称", "目标值", "权重")] + SAFE_KPI:
        for i in range(3):
            c.rect(cols[i], y - 20, cols[i + 1] - cols[i], 20)
            c.drawString(cols[i] + 5, y - 14, r[i])
        y -= 20
    c.drawString(60, y - 24, "说明：发生人身伤亡事故的，部门年度考核结果直接定为不合格。")
    c.showPage()
    c.save()
    note(F07, layout="canvas-drawn form, label/value rectangles, hand-wrapped values; page 2 dept KPI grid",
         duties=SAFE_DUTIES, kpi=SAFE_KPI)


# ============================================================================ f08 md
# Layout: Markdown handbook with an org outline, posts under "## " with a front table of facts written as a
# single-row pipe table, and their duties / requirements folded in <details><summary> blocks; 继电保护工
# named only.
F08 = "08_物资与综合岗位手册.md"
MD = """# 物资部与综合办公室岗位手册

> 适用范围：青溪水电物资部、综合办公室。本手册由人力资源部维护，最近更新：2025-05-20。

## 组织速览

- 物资部：经理1名，物资管理员3名（中心仓库2名、石门滩分库1名）
- 综合办公室：主任1名，综合办文员2名，司机2名
- 检修部：机电检修班、继电保护班（继电保护工岗位说明书另行制定）

## 物资管理员

| 直接上级 | 工作地点 | 班次 | 薪级 |
|---|---|---|---|
| 物资部经理 | 龙口电站中心仓库 | 常白班 | G5 |

<details>
<summary>岗位职责（点击展开）</summary>

1. 负责备品备件、工器具和材料的入库验收、保管和发放，做到先进先出；
2. 每月组织一次库存盘点，账实相符率不低于99.5%；
3. 维护ERP物资模块数据，当日办理出入库单据；
4. 根据检修计划编制月度物资需求计划，跟踪采购到货情况；
5. 负责油品、SF6气体等危险化学品的专库存放和领用登记。

</details>

<details>
<summary>任职要求</summary>

- 大专及以上学历，物流管理、机电类专业；
- 2年以上仓储管理经验，熟悉ERP系统；
- 持叉车操作证者优先。

</details>

## 综合办文员

| 直接上级 | 工作地点 | 班次 | 薪级 |
|---|---|---|---|
| 综合办公室主任 | 公司本部 | 常白班 | G4 |

<details>
<summary>岗位职责（点击展开）</summary>

1. 负责公文的收发、登记、流转、催办和归档；
2. 负责会议通知、会场布置和会议纪要撰写；
3. 负责公司印章的使用登记与保管；
4. 负责办公用品的采购申领和固定资产台账管理；
5. 负责来访接待和值班电话记录。

</details>

<details>
<summary>任职要求</summary>

- 大专及以上学历，文秘、汉语言文学或行政管理专业；
- 1年以上办公室文秘工作经验，文字功底扎实；
- 熟练使用Office办公软件。

</details>

## 附：物资出入库流程（简）

申请 → 部门审批 → 仓库备货 → 领用签字 → ERP过账。
"""


def gen_f08():
    (OUT / F08).write_text(MD, encoding="utf-8")
    note(F08, layout="md: one-row fact table per post, duties/requirements inside <details><summary>; 继电保护工 named only")


# ============================================================================ f09 GBK txt
# Layout: GBK + CRLF; a 机电检修工 duty statement numbered "1)" with sub-items "a." and a revision trailer
# saying which old clause was dropped; followed by a notice changing 运行值班员's shift from 2025-07-01.
F09 = "09_机电检修工岗位职责及班制调整通知.txt"
TXT09 = """青溪水电检修部文件
检修〔2025〕12号

机电检修工岗位职责与任职条件（2025年修订）

一、岗位概述
机电检修工隶属检修部机电检修班，直接上级为检修班长，负责三座电站水轮发电机组及辅助设备的检修维护。

二、岗位职责
1) 负责水轮发电机组、调速器、励磁系统及油、水、气辅机设备的定期检修和维护保养。
2) 参加机组A/B/C级检修，执行检修工艺标准和三级质量验收程序：
   a. 检修前办理工作票，落实安全措施；
   b. 检修中做好解体记录和测量数据记录；
   c. 检修后参加试运行并整理检修报告。
3) 处理运行中发现的设备缺陷，一般缺陷48小时内消除，紧急缺陷立即响应。
4) 负责班组检修工器具和备品备件的领用、保管，做好定置管理。
5) 参加技术培训和反事故演习，提出设备改进建议。

三、任职条件
1) 中专及以上学历，机电一体化、电气自动化或水电站机电设备专业；
2) 2年以上发电厂或工矿企业机电检修工作经验，熟悉水轮发电机组结构；
3) 持低压电工作业证，有焊工证者优先；
4) 能服从夜间和节假日抢修安排。

修订说明：原2021版第6条“负责厂区照明及生活区水电维修”已删除，该项工作移交综合办公室。

----------------------------------------------------------------
关于运行值班员班制调整的通知
各电站、运行部：
根据公司人员配置情况，经研究决定，自2025年7月1日起，运行值班员由“四班三倒”调整为“五班三倒”，
每班8小时，早班8:00—16:00、中班16:00—24:00、夜班0:00—8:00。值长班制同步调整。
调整后夜班补贴标准不变（每班80元）。
特此通知。
                                              人力资源部
                                              2025年6月5日
"""


def gen_f09():
    (OUT / F09).write_bytes(TXT09.replace("\n", "\r\n").encode("gbk"))
    note(F09, layout="GBK CRLF; 1)/a. numbering; revision trailer; notice changing 运行值班员 shift 四班三倒→五班三倒 from 2025-07-01")


# ============================================================================ f10 UTF-16 txt
# Layout: UTF-16 (BOM) 作业指导书 of 库区管理员 as a step table aligned with tabs (步骤/作业内容/要求),
# 人员要求 lines, then a 巡库补贴 rule (policy distractor).
F10 = "10_库区巡查作业指导书.txt"
TXT10 = """石门滩库区巡查作业指导书
文件编号：QX/KQ-ZY-002　　适用岗位：库区管理员　　归口部门：库区管理部

1　目的
规范库区巡查工作，保护水库管理范围和保护范围内的水土资源，保障水库安全运行。

2　人员要求
2.1　库区管理员直接向库区管理部主任负责。
2.2　学历：大专及以上；专业不限，水利、环境、法律类优先。
2.3　须持C1及以上机动车驾驶证；持内河船舶驾驶证者优先；能适应野外巡查和乘船作业。

3　作业内容（库区管理员职责）
步骤\t作业内容\t要求
3.1\t库区日常巡查\t每周不少于3次，重点巡查库湾、支流入口和库尾
3.2\t制止侵占库区行为\t发现违法建设、采砂、网箱养殖等行为当场劝阻并拍照取证，当日上报
3.3\t库岸稳定观察\t发现塌岸、滑坡、裂缝迹象立即上报并设置警示标志
3.4\t漂浮物清理监督\t组织并监督清漂外包单位作业，汛期每日检查坝前漂浮物
3.5\t涉库关系协调\t协调库区移民和周边村镇关系，处理涉库投诉，7个工作日内答复
3.6\t巡查台账\t建立库区巡查台账，每月5日前报送上月巡查月报

4　巡库补贴
库区管理员每实际巡库一天发放巡库补贴60元，乘船巡查另加30元；补贴随当月工资发放。

5　相关记录
《库区巡查记录表》《涉库事件登记表》
"""


def gen_f10():
    (OUT / F10).write_bytes(TXT10.encode("utf-16"))
    note(F10, layout="UTF-16 BOM; 作业指导书 with a tab-separated step table; 巡库补贴 rule")


if __name__ == "__main__":
    for f in (gen_f01, gen_f02, gen_f03, gen_f04, gen_f05, gen_f06, gen_f07, gen_f08, gen_f09, gen_f10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
