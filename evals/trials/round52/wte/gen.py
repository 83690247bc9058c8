# -*- coding: utf-8 -*-
"""Round 52 blind trial: 湖州绿源再生能源有限公司 (生活垃圾焚烧发电厂, 日处理 1500 吨).

Writes 10 HR documents to $T52_OUT (default /tmp/t52wte/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import csv
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.datavalidation import DataValidation

OUT = Path(os.environ.get("T52_OUT", "/tmp/t52wte/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "湖州绿源再生能源有限公司"


# ---------------------------------------------------------------- docx helpers
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def merge_right(table, r, c1, c2):
    a = table.cell(r, c1).merge(table.cell(r, c2))
    return a


def add_fld_simple(par, instr, result):
    """A simple field (w:fldSimple) whose cached result is `result`."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = result
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def add_complex_field(par, instr, result):
    """A complex field: begin / instrText / separate / result run / end."""
    def run_with(child):
        r = OxmlElement("w:r")
        r.append(child)
        par._p.append(r)
        return r
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); run_with(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; run_with(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); run_with(s)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = result; r.append(t); par._p.append(r)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); run_with(e)


def add_hyperlink(par, text, url):
    rid = par.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", is_external=True)
    h = OxmlElement("w:hyperlink"); h.set(qn("r:id"), rid)
    r = OxmlElement("w:r"); rpr = OxmlElement("w:rPr")
    u = OxmlElement("w:u"); u.set(qn("w:val"), "single"); rpr.append(u)
    col = OxmlElement("w:color"); col.set(qn("w:val"), "0563C1"); rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t"); t.text = text; t.set(qn("xml:space"), "preserve"); r.append(t)
    h.append(r); par._p.append(h)


def add_page_field(par):
    add_complex_field(par, "PAGE", "1")


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def float_table(table):
    """Make a table floating (w:tblpPr): text wraps around it."""
    tblPr = table._tbl.tblPr
    p = OxmlElement("w:tblpPr")
    for k, v in {"w:leftFromText": "180", "w:rightFromText": "180", "w:vertAnchor": "text",
                 "w:horzAnchor": "margin", "w:tblpXSpec": "right", "w:tblpY": "120"}.items():
        p.set(qn(k), v)
    tblPr.insert(0, p)


# ---------------------------------------------------------------- 01 运行部岗位说明书.docx
RUN_POSTS = [
    dict(name="值长", code="YX-01", field="complex", dept="运行部", boss="运行部经理",
         subs="主值、运行值班员；当班期间垃圾吊司机、化验员接受值长调度", shift="五班三倒", loc="厂区集控室",
         pay="9000–12000元/月", staff="每值1人，共5人",
         duties=[
             ("全面负责本值机组的安全、经济运行，指挥本值人员完成机组启停和负荷调整",
              "按调度曲线带负荷，偏差不超过±3%", "立即组织降负荷或停机，10分钟内向部门负责人和电网调度汇报"),
             ("主持班前会和交接班，检查交接班记录、设备缺陷和运行方式",
              "提前30分钟到岗，交接班“五清楚”", "交接中发生事故由交班值长负责处理完毕后再交接"),
             ("监督焚烧炉燃烧工况，确保炉膛温度不低于850℃、烟气停留时间不少于2秒",
              "炉温每小时均值达标", "炉温低于850℃时立即启动辅助燃烧器投油助燃"),
             ("审核操作票、工作票，落实“两票三制”",
              "两票合格率100%", "发现无票作业立即制止并上报安环部"),
             ("组织本值人员开展反事故演习和岗位技术培训",
              "每月至少1次反事故演习", "—"),
         ],
         edu="大专及以上学历，热能与动力工程、电厂热能、电气自动化等相关专业",
         exp="5年以上火电或垃圾焚烧电厂运行经验，其中担任主值2年以上",
         cert=("集控值班员（高级工）职业资格证书", "http://www.osta.org.cn/"),
         skill="熟悉DCS操作及汽轮机、余热锅炉、焚烧炉系统，具备较强的事故判断和组织协调能力"),
    dict(name="运行值班员", code="YX-03", field=None, dept="运行部", boss="值长",
         subs="无", shift="五班三倒", loc="集控室及主厂房巡检区域", pay="6000–8000元/月", staff="每值3人",
         duties=[
             ("在集控室监盘，通过DCS调整汽包水位、主蒸汽压力和温度等参数",
              "主要参数在规程规定范围内", "参数越限时按规程处理并报告值长"),
             ("按巡检路线每2小时对锅炉、汽轮机、辅机进行一次巡回检查",
              "巡检到位率100%，记录完整", "发现跑冒滴漏、异音立即汇报并登记缺陷"),
             ("填写运行日志和各类运行记录", "字迹清楚、数据真实", "—"),
             ("执行操作票，配合检修人员做好隔离、挂牌等安全措施",
              "操作无差错", "操作中发生疑问立即停止操作，询问值长"),
         ],
         edu="中专及以上学历，热能动力、电厂集控运行等相关专业",
         exp="1年以上电厂运行经验；应届毕业生须经6个月跟班实习考试合格后上岗",
         cert=("集控值班员（中级工）职业资格证书", "http://www.osta.org.cn/"),
         skill="能看懂热力系统图，熟悉计算机操作，能适应倒班"),
    dict(name="垃圾吊司机", code="YX-05", field=None, dept="运行部（燃料班）", boss="值长",
         subs="无", shift="四班三倒", loc="垃圾池吊车控制室", pay="5500–7000元/月", staff="每班2人",
         duties=[
             ("操作垃圾抓斗起重机向焚烧炉进料斗均匀投料，保证料斗料位稳定",
              "料斗不断料、不堵料", "料斗搭桥堵料时停止投料，通知值长并配合疏通"),
             ("对垃圾池内垃圾进行倒垛、混合和堆酵，新进垃圾堆酵5～7天后方可入炉",
              "垃圾分区堆放，标识清楚", "垃圾池液位过高时通知渗滤液站加强抽排"),
             ("发现大件垃圾、建筑垃圾等不可燃物及时抓出，单独堆放",
              "大件垃圾漏检次数为0", "—"),
             ("记录投料量和抓斗次数，每小时核对一次称重数据",
              "投料记录完整", "称重系统故障时按抓斗次数估算并备注"),
             ("交接班时检查抓斗钢丝绳、液压系统和限位装置",
              "隐患当班上报", "钢丝绳断股超标立即停用"),
         ],
         edu="高中及以上学历",
         exp="1年以上桥式起重机操作经验",
         cert=("特种设备作业人员证（起重机司机Q2）", "https://www.samr.gov.cn/"),
         skill="视力良好（矫正视力0.8以上），无色盲，能长时间在吊车控制室连续作业"),
    dict(name="化验员", code="YX-07", field="simple", dept="运行部（化验室）", boss="化验班长",
         subs="无", shift="常白班，节假日轮流值班", loc="化验楼", pay="5500–7500元/月", staff="4人",
         duties=[
             ("对给水、炉水、蒸汽进行水汽品质化验（pH、电导率、二氧化硅等），每4小时一次",
              "化验数据准确、及时报值长", "水汽品质超标时加样复测，10分钟内通知值长"),
             ("每天对入炉垃圾取样分析热值和含水率", "按取样规程四分法缩分", "—"),
             ("每周检测炉渣热灼减率和飞灰含碳量，炉渣热灼减率应不大于5%",
              "检测报告按时报送生产部", "超标时通知值长调整燃烧"),
             ("负责化验药品和危险化学品管理，执行双人双锁制度",
              "台账清楚，账物相符", "发生泄漏按应急预案处理"),
             ("维护保养化验仪器，配合计量部门完成仪器检定", "仪器检定率100%", "—"),
         ],
         edu="大专及以上学历，化学、应用化学、环境工程等相关专业",
         exp="不限，有电厂水汽化验经验者优先",
         cert=("化学检验员（中级）职业资格证书", "http://www.osta.org.cn/"),
         skill="熟练使用分光光度计、电导率仪、氧弹量热仪等仪器"),
]


def gen_01():
    doc = Document(); set_cjk(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　　受控文件　HR-JD-YX-2025　　第B版"
    fp = sec.footer.paragraphs[0]
    fp.add_run("运行部岗位说明书（2025版）　第 "); add_page_field(fp); fp.add_run(" 页")
    t = doc.add_paragraph(); r = t.add_run("运行部岗位说明书"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("说明：本册依据《定岗定编方案（2025）》编制，岗位名称、编号由人事系统模板自动生成。"
                      "各岗位职责按“正常工况 / 异常工况”分列工作标准。")
    for i, p in enumerate(RUN_POSTS):
        if i:
            doc.add_page_break()
        hd = doc.add_paragraph(); rr = hd.add_run(f"岗位说明书　No.{p['code']}"); rr.bold = True; rr.font.size = Pt(14)
        tb = doc.add_table(rows=5, cols=4); tb.style = "Table Grid"
        c = tb.cell(0, 0); c.text = "岗位名称"; shade(c)
        par = tb.cell(0, 1).paragraphs[0]
        if p["field"] == "complex":
            add_complex_field(par, 'MERGEFIELD "岗位名称"', p["name"])
        elif p["field"] == "simple":
            add_fld_simple(par, 'DOCPROPERTY "岗位名称" \\* MERGEFORMAT', p["name"])
        else:
            par.add_run(p["name"])
        tb.cell(0, 2).text = "岗位编号"; shade(tb.cell(0, 2)); tb.cell(0, 3).text = p["code"]
        tb.cell(1, 0).text = "所属部门"; shade(tb.cell(1, 0)); tb.cell(1, 1).text = p["dept"]
        tb.cell(1, 2).text = "直接上级"; shade(tb.cell(1, 2)); tb.cell(1, 3).text = p["boss"]
        tb.cell(2, 0).text = "直接下属"; shade(tb.cell(2, 0)); m = merge_right(tb, 2, 1, 3); m.text = p["subs"]
        tb.cell(3, 0).text = "班　　次"; shade(tb.cell(3, 0)); tb.cell(3, 1).text = p["shift"]
        tb.cell(3, 2).text = "工作地点"; shade(tb.cell(3, 2)); tb.cell(3, 3).text = p["loc"]
        tb.cell(4, 0).text = "薪酬区间"; shade(tb.cell(4, 0)); tb.cell(4, 1).text = p["pay"]
        tb.cell(4, 2).text = "定　　员"; shade(tb.cell(4, 2)); tb.cell(4, 3).text = p["staff"]
        doc.add_paragraph("一、岗位职责及工作标准")
        dt = doc.add_table(rows=2 + len(p["duties"]), cols=4); dt.style = "Table Grid"
        a = dt.cell(0, 0).merge(dt.cell(1, 0)); a.text = "序号"
        b = dt.cell(0, 1).merge(dt.cell(1, 1)); b.text = "工作职责"
        w = dt.cell(0, 2).merge(dt.cell(0, 3)); w.text = "工作标准"
        dt.cell(1, 2).text = "正常工况"; dt.cell(1, 3).text = "异常工况"
        for j, (d, n, ab) in enumerate(p["duties"]):
            dt.cell(2 + j, 0).text = str(j + 1); dt.cell(2 + j, 1).text = d
            dt.cell(2 + j, 2).text = n; dt.cell(2 + j, 3).text = ab
        doc.add_paragraph("二、任职资格")
        qt = doc.add_table(rows=4, cols=2); qt.style = "Table Grid"
        qt.cell(0, 0).text = "学历及专业"; qt.cell(0, 1).text = p["edu"]
        qt.cell(1, 0).text = "工作经验"; qt.cell(1, 1).text = p["exp"]
        qt.cell(2, 0).text = "资格证书"
        cp = qt.cell(2, 1).paragraphs[0]; cp.add_run("须持有"); add_hyperlink(cp, p["cert"][0], p["cert"][1])
        qt.cell(3, 0).text = "知识技能"; qt.cell(3, 1).text = p["skill"]
        doc.add_paragraph("编制：人力资源部　　审核：运行部　　批准：总经理　　生效日期：2025年1月1日")
    doc.save(OUT / "01_运行部岗位说明书.docx")


# ---------------------------------------------------------------- 02 设备与环保岗位手册.docx
def gen_02():
    doc = Document(); set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "设备部 / 安环部 / 生产部　岗位工作手册　　文件编号：LY-SC-03"
    fp = sec.footer.paragraphs[0]; fp.add_run("内部资料　注意保存　— "); add_page_field(fp); fp.add_run(" —")
    h = doc.add_paragraph(); r = h.add_run("岗位工作手册（设备、环保及生产辅助岗位）"); r.bold = True; r.font.size = Pt(16)
    doc.add_heading("第一章　总则", level=1)
    doc.add_paragraph("1.1　本手册适用于公司设备部、安环部、生产部所属一线岗位。运行部各岗位见《运行部岗位说明书》。")
    doc.add_paragraph("1.2　各岗位人员须经三级安全教育和岗位培训，考试合格后方可独立上岗。")
    doc.add_heading("第二章　部门设置", level=1)
    doc.add_paragraph("设备部下设机务班、电气班、热控班和备品备件仓库；安环部负责安全管理和环境监测；"
                      "生产部下设计量站、渗滤液处理站和灰渣班。")
    doc.add_heading("第三章　岗位设置", level=1)

    # 3.1 机务检修工 with a floating facts table
    doc.add_heading("3.1　机务检修工", level=2)
    ft = doc.add_table(rows=6, cols=2); ft.style = "Table Grid"; float_table(ft)
    for i, (k, v) in enumerate([("岗位概况", ""), ("所属部门", "设备部（机务班）"), ("直接上级", "机务班长"),
                                ("班　　次", "常白班，节假日轮流值班"), ("薪酬区间", "6000–8500元/月"),
                                ("编　　制", "12人")]):
        ft.cell(i, 0).text = k; ft.cell(i, 1).text = v
    ft.cell(0, 0).merge(ft.cell(0, 1)).text = "岗位概况"
    doc.add_paragraph("岗位职责：")
    for d in ["——负责炉排、给料器、出渣机、引风机、一次风机等转动设备的日常维护和故障检修；",
              "——执行设备点检定修计划，按周期完成润滑、紧固和易损件更换；",
              "——参加焚烧炉停炉大修（每年1～2次），承担炉排片更换和耐火材料修补；",
              "——办理检修工作票，检修前确认隔离、挂牌，检修后清理现场；",
              "——如实填写检修记录，按需申领备品备件。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("任职条件：中专或技校及以上学历，机电一体化、机械制造等相关专业；具有2年以上电厂或化工设备检修经验；"
                      "持有焊工证（熔化焊接与热切割作业）者优先，具有钳工中级及以上技能等级者优先。")

    doc.add_heading("3.2　电气检修工", level=2)
    doc.add_paragraph("本岗位说明书正在修订，另行发布。")

    # 3.3 环保监测员 with a revision note
    doc.add_heading("3.3　环保监测员", level=2)
    doc.add_paragraph("岗位概况：所属部门为安环部，直接上级为安环部经理，常白班，工作地点为CEMS小屋及中控室，"
                      "薪酬区间6000–8000元/月。")
    note = doc.add_paragraph()
    rn = note.add_run("【修订说明】2024年3月起，本岗位直接上级由“环保主管”调整为“安环部经理”；“环保主管”岗位撤销。")
    rn.italic = True; rn.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    doc.add_paragraph("岗位职责：")
    for d in ["——负责CEMS烟气在线监测系统的日常巡检和维护，每日巡检一次，每周校准零点和量程；",
              "——监控颗粒物、SO2、NOx、HCl、CO等污染物排放数据，确保数据有效传输率不低于95%；",
              "——发现排放数据异常或超标时，立即通知值长调整工况，并在1小时内向安环部经理报告；",
              "——配合生态环境部门的监督性监测，每年组织至少一次二噁英委托检测；",
              "——开展厂界噪声和臭气浓度监测，编制环保月报。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("任职条件：大专及以上学历，环境工程、环境监测等相关专业；1年以上CEMS运维或环境监测工作经验；"
                      "持有污染源自动监控设施运行维护人员培训合格证。")

    # 3.4 渗滤液处理工 (current)
    doc.add_heading("3.4　渗滤液处理工", level=2)
    doc.add_paragraph("岗位概况：所属部门为生产部渗滤液处理站，直接上级为渗滤液站站长，实行三班两倒（每班12小时），"
                      "薪酬区间5000–6500元/月。")
    doc.add_paragraph("岗位职责：")
    for d in ["——运行UASB厌氧反应器、MBR膜生物反应器和纳滤/反渗透系统，保证出水达标回用；",
              "——每2小时巡检一次，记录COD、氨氮、pH和液位等数据；",
              "——按计划对膜系统进行化学清洗，做好清洗记录；",
              "——负责沼气收集与输送系统的安全运行，严禁在沼气区域动火；",
              "——配合运行部将浓缩液回喷入炉。"]:
        doc.add_paragraph(d)
    doc.add_paragraph("任职条件：高中或中专及以上学历，给排水、环境工程专业优先；1年以上污水处理工作经验；"
                      "持有污水处理工职业技能等级证书者优先。")

    doc.add_heading("3.5　仓管员", level=2)
    doc.add_paragraph("岗位职责：略（详见《仓储管理制度》）。")
    doc.add_paragraph("任职条件：略。")

    doc.add_heading("附录B　渗滤液处理工岗位职责（2021版，已废止）", level=1)
    doc.add_paragraph("注：本附录自2024年1月1日起废止，仅供查阅历史版本，不作为现行依据。")
    doc.add_paragraph("渗滤液处理工（2021版）：直接上级为生产部主任，实行常白班；职责为操作调节池提升泵和"
                      "两级AO生化系统，每4小时记录一次进出水水质；任职条件为初中及以上学历。")
    doc.save(OUT / "02_设备与环保岗位工作手册.docx")


# ---------------------------------------------------------------- 03 KPI考核指标库.xlsx
KPI_DEPT = [
    ("运行部", "D-YX-01", "发电量完成率", "实际发电量/计划发电量×100%", 0.25, "≥100%", "月"),
    ("运行部", "D-YX-02", "吨垃圾上网电量", "上网电量/入炉垃圾量", 0.20, "≥400kWh/t", "月"),
    ("运行部", "D-YX-03", "厂用电率", "厂用电量/发电量×100%", 0.15, "≤14%", "月"),
    ("运行部", "D-YX-04", "焚烧炉年运行小时", "各炉运行小时之和/炉数", 0.15, "≥8000小时", "年"),
    ("运行部", "D-YX-05", "非计划停炉次数", "统计", 0.15, "0次", "季"),
    ("运行部", "D-YX-06", "环保超标次数", "小时均值超标次数", 0.10, "0次", "月"),
    ("设备部", "D-SB-01", "主要设备完好率", "完好设备台数/设备总台数×100%", 0.30, "≥98%", "月"),
    ("设备部", "D-SB-02", "检修计划完成率", "完成项目/计划项目×100%", 0.25, "≥95%", "月"),
    ("设备部", "D-SB-03", "缺陷消除及时率", "按时消缺数/缺陷总数×100%", 0.25, "≥95%", "月"),
    ("设备部", "D-SB-04", "备品备件库存周转率", "出库金额/平均库存金额", 0.20, "≥2次/年", "年"),
]
KPI_POST = {
    "值长": [("当值发电计划完成率", 0.30, "≥100%", "低于目标每1%扣2分"),
             ("炉膛温度850℃达标率", 0.25, "≥99%", "每低0.5%扣5分"),
             ("两票合格率", 0.15, "100%", "每发现1张不合格票扣5分"),
             ("事故处理及时率", 0.20, "100%", "延误汇报1次扣10分"),
             ("交接班规范性", 0.10, "无差错", "检查发现1次扣2分")],
    "垃圾吊司机": [("投料计划完成率", 0.30, "≥98%", "每低1%扣3分"),
                  ("抓斗故障停机时长", 0.20, "≤2小时/月", "超出每小时扣2分"),
                  ("大件垃圾漏检次数", 0.20, "0次", "每次扣5分"),
                  ("安全操作违章次数", 0.20, "0次", "每次扣10分"),
                  ("投料记录完整率", 0.10, "100%", "缺1次扣1分")],
    "化验员": [("化验数据准确率", 0.30, "≥99%", "每差错1次扣5分"),
              ("化验报表及时率", 0.20, "100%", "迟报1次扣2分"),
              ("热灼减率检测按时完成率", 0.20, "100%", "漏检1次扣5分"),
              ("危险化学品管理合规率", 0.15, "100%", "发现1项不合规扣5分"),
              ("仪器检定完成率", 0.15, "100%", "逾期1台扣3分")],
    "环保监测员": [("CEMS数据有效传输率", 0.35, "≥95%", "每低1%扣3分"),
                  ("超标预警及时率", 0.25, "100%", "延误1次扣10分"),
                  ("CEMS校准记录完整率", 0.15, "100%", "缺1次扣2分"),
                  ("环保月报按时提交率", 0.15, "100%", "迟交1天扣1分"),
                  ("监督性监测配合满意度", 0.10, "≥90分", "按监测单位评价")],
}


def gen_03():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "填表说明"
    ws["A1"] = f"{CO} 绩效考核指标库（2025年度）"; ws["A1"].font = Font(bold=True, size=14)
    notes = ["1. 本指标库分为“部门指标”和“岗位指标”两部分，部门指标用于部门负责人年度考核。",
             "2. 岗位指标表中每个岗位的权重合计应为100%，由“校验”列公式自动检查。",
             "3. 考核结果应用：月度得分与绩效工资挂钩，得分低于60分的不发放当月绩效工资。",
             "4. 设备部、安环部岗位指标另行制定；安全员、地磅员考核表见《安全生产责任制及考核办法》。"]
    for i, n in enumerate(notes):
        ws.cell(row=3 + i, column=1, value=n)
    ws.column_dimensions["A"].width = 90

    ws2 = wb.create_sheet("部门指标")
    ws2.merge_cells("A1:G1"); ws2["A1"] = "部门关键绩效指标（KPI）"; ws2["A1"].font = Font(bold=True)
    hdr = ["部门", "指标编码", "指标名称", "计算公式", "权重", "目标值", "考核周期"]
    for j, h in enumerate(hdr, 1):
        ws2.cell(row=2, column=j, value=h).font = Font(bold=True)
    for i, row in enumerate(KPI_DEPT, 3):
        for j, v in enumerate(row, 1):
            c = ws2.cell(row=i, column=j, value=v)
            if j == 5:
                c.number_format = "0%"
    last = 2 + len(KPI_DEPT)
    tab = Table(displayName="部门指标表", ref=f"A2:G{last}")
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws2.add_table(tab)
    dv = DataValidation(type="list", formula1='"月,季,年"', allow_blank=True); ws2.add_data_validation(dv)
    dv.add(f"G3:G{last}")
    for col, w in zip("ABCDEFG", [10, 10, 20, 32, 8, 12, 10]):
        ws2.column_dimensions[col].width = w

    ws3 = wb.create_sheet("岗位指标")
    ws3.merge_cells("A1:A2"); ws3["A1"] = "考核岗位"
    ws3.merge_cells("B1:B2"); ws3["B1"] = "序号"
    ws3.merge_cells("C1:C2"); ws3["C1"] = "考核指标"
    ws3.merge_cells("D1:D2"); ws3["D1"] = "权重"
    ws3.merge_cells("E1:F1"); ws3["E1"] = "考核标准"
    ws3["E2"] = "目标值"; ws3["F2"] = "评分规则"
    ws3.merge_cells("G1:G2"); ws3["G1"] = "校验"
    for c in ws3[1] + ws3[2]:
        c.font = Font(bold=True); c.alignment = Alignment(horizontal="center", vertical="center")
    r = 3
    for post, rows in KPI_POST.items():
        start = r
        for k, (ind, w, tgt, rule) in enumerate(rows, 1):
            ws3.cell(row=r, column=2, value=k)
            ws3.cell(row=r, column=3, value=ind)
            ws3.cell(row=r, column=4, value=w).number_format = "0%"
            ws3.cell(row=r, column=5, value=tgt)
            ws3.cell(row=r, column=6, value=rule)
            r += 1
        ws3.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
        ws3.cell(row=start, column=1, value=post).alignment = Alignment(vertical="center")
        ws3.cell(row=start, column=7, value=f'=IF(SUM(D{start}:D{r-1})=1,"OK","权重≠100%")')
    ws3.column_dimensions["C"].width = 24; ws3.column_dimensions["F"].width = 22

    ws4 = wb.create_sheet("指标定义")
    ws4.append(["指标名称", "定义与口径", "数据来源"])
    for row in [("炉膛温度850℃达标率", "DCS记录的炉膛出口温度小时均值≥850℃的小时数/运行小时数", "DCS历史库"),
                ("CEMS数据有效传输率", "有效传输小时数/应传输小时数，以生态环境部门平台统计为准", "监控平台"),
                ("两票合格率", "合格的操作票和工作票张数/已执行的两票总张数", "安环部月度检查"),
                ("热灼减率检测按时完成率", "按周完成炉渣热灼减率检测的次数/应检测次数", "化验室台账")]:
        ws4.append(row)
    ws4.column_dimensions["B"].width = 60
    wb.save(OUT / "03_绩效考核指标库.xlsx")


# ---------------------------------------------------------------- 04 编制与薪酬.xlsx
def gen_04():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "定岗定编"
    ws.merge_cells("A1:F1"); ws["A1"] = "2025年定岗定编表"; ws["A1"].font = Font(bold=True, size=13)
    ws.append(["部门", "岗位", "编制（人）", "在岗（人）", "班次代码", "备注"])
    rows = [("运行部", "运行部经理", 1, 1, "D", ""), ("运行部", "值长", 5, 5, "53", ""),
            ("运行部", "运行值班员", 15, 13, "53", "缺2人，招聘中"), ("运行部", "垃圾吊司机", 8, 8, "43", ""),
            ("运行部", "化验员", 4, 4, "D", "节假日轮值"),
            ("设备部", "机务检修工", 12, 11, "D", ""), ("设备部", "电气检修工", 8, 8, "D", ""),
            ("设备部", "仓管员", 2, 2, "D", ""),
            ("安环部", "安全员", 3, 3, "D", ""), ("安环部", "环保监测员", 2, 1, "D", "缺1人"),
            ("生产部", "地磅员", 4, 4, "22", ""), ("生产部", "渗滤液处理工", 9, 9, "32", ""),
            ("生产部", "灰渣处理工", 9, 8, "32", "")]
    r0 = 3
    for i, row in enumerate(rows):
        for j, v in enumerate(row, 1):
            ws.cell(row=r0 + i, column=j, value=v)
    # merge department cells
    start = r0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0] != rows[start - r0][0]:
            if r0 + i - 1 > start:
                ws.merge_cells(start_row=start, end_row=r0 + i - 1, start_column=1, end_column=1)
            start = r0 + i
    tot = r0 + len(rows)
    ws.cell(row=tot, column=2, value="合计")
    ws.cell(row=tot, column=3, value=f"=SUM(C{r0}:C{tot-1})")
    ws.cell(row=tot, column=4, value=f"=SUM(D{r0}:D{tot-1})")

    ws2 = wb.create_sheet("薪酬标准")
    ws2.merge_cells("A1:A2"); ws2["A1"] = "岗位"
    ws2.merge_cells("B1:B2"); ws2["B1"] = "岗级"
    ws2.merge_cells("C1:E1"); ws2["C1"] = "月度固定部分（元）"
    ws2["C2"] = "基本工资"; ws2["D2"] = "岗位津贴"; ws2["E2"] = "倒班津贴"
    ws2.merge_cells("F1:F2"); ws2["F1"] = "月薪区间（税前，含绩效）"
    ws2.merge_cells("G1:G2"); ws2["G1"] = "其他"
    pay = [("值长", "G8", 4500, 1500, 800, "9000–12000元", "年终奖2个月"),
           ("运行值班员", "G5", 3200, 800, 800, "6000–8000元", "—"),
           ("垃圾吊司机", "G4", 3000, 700, 600, "5500–7000元", "高温补贴300元/月（6—9月）"),
           ("化验员", "G4", 3200, 600, 0, "5500–7500元", "—"),
           ("机务检修工", "G5", 3300, 700, 0, "6000–8500元", "抢修加班另计"),
           ("环保监测员", "G5", 3300, 700, 0, "6000–8000元", "—"),
           ("安全员", "G6", 3800, 1000, 0, "7000–9500元", "—"),
           ("地磅员", "G2", 2600, 400, 400, "4200–5000元", "—"),
           ("渗滤液处理工", "G3", 2800, 500, 500, "5000–6500元", "有毒有害岗位津贴200元/月"),
           ("灰渣处理工", "G3", 2800, 500, 500, "4800–6000元", "有毒有害岗位津贴200元/月")]
    for row in pay:
        ws2.append(list(row))
    for c in ws2[1] + ws2[2]:
        c.font = Font(bold=True)

    ws3 = wb.create_sheet("班次代码")
    ws3.append(["代码", "班制", "说明"])
    for row in [("D", "常白班", "8:30—17:30，周末双休"),
                ("53", "五班三倒", "早班8:00—16:00、中班16:00—24:00、夜班0:00—8:00"),
                ("43", "四班三倒", "四个班组轮转早、中、夜三个班次"),
                ("32", "三班两倒", "每班12小时，8:00—20:00、20:00—8:00"),
                ("22", "两班倒", "7:00—19:00、19:00—7:00，做二休二")]:
        ws3.append(row)

    ws4 = wb.create_sheet("2023版（停用）")
    ws4["A1"] = "2023年薪酬标准（已停用，2025年1月起执行新标准）"
    ws4.append(["岗位", "月薪区间"])
    for row in [("值长", "8000–10000元"), ("垃圾吊司机", "4800–6000元"), ("地磅员", "3800–4500元")]:
        ws4.append(row)
    ws4.sheet_state = "hidden"
    wb.save(OUT / "04_定岗定编与薪酬标准.xlsx")


# ---------------------------------------------------------------- 05 招聘需求.csv (Excel-style ="…" cells)
def gen_05():
    hdr = ["需求编号", "岗位名称", "所属部门", "汇报对象", "招聘人数", "学历要求", "专业要求", "工作经验",
           "证书要求", "薪资范围", "工作地点", "联系电话", "状态", "备注"]
    rows = [
        ['="2025001"', "运行值班员", "运行部", "值长", "2", "中专及以上", "热能动力、电厂集控运行", "1年以上电厂运行经验",
         "集控值班员（中级工）", "6000-8000元/月", "湖州市南浔区练市镇绿源路1号（厂区）", '="0572-3012345"', "招聘中", "接受应届生，须跟班实习6个月"],
        ['="2025002"', "环保监测员", "安环部", "安环部经理", "1", "大专及以上", "环境工程、环境监测", "1年以上CEMS运维经验",
         "污染源自动监控设施运行维护人员培训合格证", "6000-8000元/月", "湖州市南浔区练市镇绿源路1号（厂区）", '="0572-3012345"', "招聘中", ""],
        ['="2025003"', "机务检修工", "设备部", "机务班长", "1", "中专/技校及以上", "机电一体化、机械制造", "2年以上设备检修经验",
         "焊工证优先", "6000-8500元/月", "湖州市南浔区练市镇绿源路1号（厂区）", '="0572-3012345"', "招聘中", "能接受应急抢修"],
        ['="2025004"', "灰渣处理工", "生产部", "灰渣班班长", "1", "初中及以上", "不限", "不限",
         "叉车证优先", "4800-6000元/月", "湖州市南浔区练市镇绿源路1号（厂区）", '="0572-3012345"', "招聘中", "三班两倒"],
        ['="2023017"', "地磅员", "生产部", "计量站站长", "1", "高中及以上", "不限", "不限",
         "无", "3800-4500元/月", "湖州市南浔区练市镇绿源路1号（计量站）", '="0572-3012345"', "已关闭", "2023年需求，已招满"],
    ]
    with open(OUT / "05_2025年招聘需求汇总.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL)
        w.writerow(hdr)
        for r in rows:
            w.writerow(r)
    # csv module will quote the ="…" cells; rewrite them Excel-style (unquoted ="…")
    p = OUT / "05_2025年招聘需求汇总.csv"
    txt = p.read_text(encoding="utf-8-sig")
    txt = txt.replace('"=""', '="').replace('"""', '"')
    p.write_text("\ufeff" + txt, encoding="utf-8")


# ---------------------------------------------------------------- 06 招聘.html (<pre> postings + <abbr>)
def gen_06():
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{CO} - 加入我们</title>
<style>pre{{font-family:"SimSun",monospace;background:#f7f7f7;padding:8px}} abbr{{border-bottom:1px dotted}}</style>
</head>
<body>
<div class="top">首页 &gt; 人才招聘 &gt; 社会招聘</div>
<h1>加入绿源 · 让垃圾变成绿电</h1>
<p>公司位于湖州市南浔区，日处理生活垃圾1500吨，配置3×500t/d机械炉排炉和2×15MW汽轮发电机组。以下职位信息由OA系统导出，以纯文本发布。</p>
<h2>热招职位</h2>
<h3><abbr title="垃圾吊司机">吊车司机</abbr>（运行部）</h3>
<pre>
【招聘人数】2人
【工作地点】厂区垃圾池吊车控制室
【薪资待遇】5500-7000元/月，四班三倒，6—9月另发高温补贴
【工作内容】
  1. 操作垃圾抓斗起重机给焚烧炉进料斗投料，保证均匀连续；
  2. 垃圾池倒垛、混合、堆酵；
  3. 挑出大件垃圾和不可燃物。
【任职要求】
  1. 高中及以上学历；
  2. 持特种设备作业人员证（起重机司机Q2）；
  3. 有1年以上桥式起重机操作经验。
</pre>
<h3><abbr title="渗滤液处理工">渗滤液工</abbr>（生产部）</h3>
<pre>
【招聘人数】2人
【工作地点】厂区渗滤液处理站
【薪资待遇】5000-6500元/月，三班两倒，另有有毒有害岗位津贴
【工作内容】
  1. 运行UASB、MBR及纳滤/反渗透系统；
  2. 巡检记录COD、氨氮、pH等数据；
  3. 膜系统化学清洗。
【任职要求】
  1. 高中或中专及以上学历；
  2. 1年以上污水处理经验；
  3. 能吃苦耐劳，适应倒班。
</pre>
<h3>化验员（运行部化验室）</h3>
<pre>
【招聘人数】1人
【工作地点】厂区化验楼
【薪资待遇】5500-7500元/月，常白班
【工作内容】水汽品质化验、入炉垃圾热值分析、炉渣热灼减率检测。
【任职要求】大专及以上学历，化学相关专业；持化学检验员（中级）证书；会使用氧弹量热仪者优先。
</pre>
<h2>福利待遇</h2>
<ul><li>五险一金，补充医疗保险</li><li>免费班车（湖州市区—厂区）、免费工作餐</li><li>倒班宿舍</li></ul>
<p class="foot">投递邮箱：hr@lvyuan-energy.example ｜ 电话：0572-3012345</p>
</body>
</html>
"""
    (OUT / "06_人才招聘.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 07 安全生产责任制.pdf (landscape KPI page)
def gen_07():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                    Paragraph, Spacer, Table as RTable, TableStyle)
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName="WQY", fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12.5, leading=20, spaceBefore=6)
    cell = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)

    def hdr(c, d):
        c.saveState(); c.setFont("WQY", 8)
        c.drawString(40, d.pagesize[1] - 28, f"{CO}　安全生产责任制及考核办法（LY-AQ-01-2025）")
        c.drawRightString(d.pagesize[0] - 40, 20, f"第 {d.page} 页")
        c.restoreState()

    doc = BaseDocTemplate(str(OUT / "07_安全生产责任制及考核办法.pdf"), pagesize=A4)
    fp = Frame(50, 50, A4[0] - 100, A4[1] - 110, id="p")
    L = landscape(A4)
    fl = Frame(40, 40, L[0] - 80, L[1] - 90, id="l")
    doc.addPageTemplates([PageTemplate("portrait", [fp], onPage=hdr, pagesize=A4),
                          PageTemplate("land", [fl], onPage=hdr, pagesize=L)])
    s = []
    s.append(Paragraph("安全生产责任制及考核办法", h1)); s.append(Spacer(1, 8))
    s.append(Paragraph("第一条　为落实“党政同责、一岗双责”，明确各岗位安全生产责任，制定本办法。", st))
    s.append(Paragraph("第二条　本办法适用于公司全体员工。各岗位除履行本办法规定的安全职责外，还应遵守《运行部岗位说明书》和《岗位工作手册》的规定。", st))
    s.append(Paragraph("第三条　安全员的岗位设置", h2))
    s.append(Paragraph("安全员隶属安环部，直接上级为安环部经理，常白班，编制3人，薪酬区间7000–9500元/月。", st))
    s.append(Paragraph("第四条　安全员的安全职责", h2))
    for d in ["（一）每日对主厂房、垃圾池、渗滤液站、油库等重点区域开展安全巡查，建立隐患排查治理台账；",
              "（二）负责动火、受限空间、高处作业等特殊作业票的审核，并进行现场监护；",
              "（三）组织新员工三级安全教育和全员安全培训，建立安全培训档案；",
              "（四）督促各部门落实隐患整改，跟踪整改闭环；",
              "（五）参与事故调查，统计上报安全生产事故。"]:
        s.append(Paragraph(d, st))
    s.append(Paragraph("第五条　安全员的任职条件", h2))
    s.append(Paragraph("大专及以上学历，安全工程相关专业；3年以上电力或化工企业安全管理经验；必须持有安全生产管理人员安全合格证，"
                       "具有注册安全工程师资格者优先。", st))
    s.append(Paragraph("第六条　地磅员的安全职责", h2))
    s.append(Paragraph("地磅员应遵守计量站车辆引导规定，指挥进厂车辆低速上磅；发现渗滤液滴漏或超载车辆时拒绝过磅并报告计量站站长。", st))
    s.append(Paragraph("第七条　考核办法", h2))
    s.append(Paragraph("安全员、地磅员按月考核，考核表见附表1、附表2（横排）。月度得分低于60分的，取消当月安全奖。", st))
    s.append(NextPageTemplate("land")); s.append(PageBreak())

    def kpi_table(title, rows):
        s.append(Paragraph(title, h2))
        data = [[Paragraph(x, cell) for x in ["序号", "考核指标", "权重", "目标值", "计算方法", "数据来源", "评分规则", "考核人"]]]
        for i, r in enumerate(rows, 1):
            data.append([Paragraph(str(i), cell)] + [Paragraph(x, cell) for x in r])
        t = RTable(data, colWidths=[30, 120, 40, 60, 150, 80, 170, 60])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        s.append(t); s.append(Spacer(1, 10))

    kpi_table("附表1　安全员月度考核表", [
        ("隐患整改闭环率", "30%", "≥98%", "已闭环隐患数/应整改隐患数", "隐患台账", "每低1%扣3分", "安环部经理"),
        ("特殊作业票审核合格率", "20%", "100%", "合格作业票/审核作业票", "作业票存根", "每张不合格扣5分", "安环部经理"),
        ("三级安全教育覆盖率", "20%", "100%", "已培训新员工/入职新员工", "培训档案", "漏1人扣5分", "安环部经理"),
        ("安全检查计划完成率", "15%", "100%", "完成次数/计划次数", "检查记录", "每少1次扣2分", "安环部经理"),
        ("生产安全事故起数", "15%", "0起", "统计", "事故报告", "发生1起本项不得分", "安环部经理"),
    ])
    kpi_table("附表2　地磅员月度考核表", [
        ("称重数据差错率", "40%", "≤0.1%", "差错车次/过磅总车次", "计量系统", "每超0.1%扣5分", "计量站站长"),
        ("单车过磅时长", "20%", "≤3分钟", "平均每车过磅时间", "计量系统", "超时每30秒扣2分", "计量站站长"),
        ("称重日报提交及时率", "20%", "100%", "按时提交天数/应提交天数", "日报台账", "迟交1次扣2分", "计量站站长"),
        ("异常车辆上报及时率", "20%", "100%", "按时上报次数/异常车辆次数", "异常登记簿", "漏报1次扣5分", "计量站站长"),
    ])
    doc.build(s)


# ---------------------------------------------------------------- 08 入职指引与倒班制度.md
def gen_08():
    md = f"""# 新员工入职指引（{CO}）

> 适用对象：2025年新入职员工。本指引为制度摘要，以正式制度文件为准。

## 一、公司概况

公司是生活垃圾焚烧发电企业，设运行部、设备部、安环部、生产部和综合部（含人力资源）。

## 二、常见问题

| 问题 | 回答 |
|---|---|
| 试用期多长？ | 劳动合同期限3年的，试用期6个月。 |
| 倒班的人怎么吃饭？ | 夜班提供免费夜宵，白班在食堂就餐。 |
| 班次怎么看？ | 看《定岗定编与薪酬标准》里的班次代码：D \\| 53 \\| 43 \\| 32 \\| 22。 |
| 电气检修工的岗位说明书在哪？ | 正在修订，暂未发布，请咨询设备部。 |
| 仓管员要做什么？ | 略，见《仓储管理制度》。 |
| 入厂要带什么？ | 身份证、学历证书、资格证书原件及复印件，入职体检报告。 |

## 三、倒班与考勤管理（摘要）

1. 倒班人员须提前30分钟到岗参加班前会，交接班未完成不得离岗。
2. 连续上夜班不得超过4个，夜班津贴按30元/班发放。
3. 换班须经值长（或班长）同意并报部门备案，每月换班不超过2次。
4. 迟到15分钟以内扣50元，超过15分钟按旷工半天处理。
5. 进入垃圾池、渗滤液站等有限空间作业，必须执行“先通风、再检测、后作业”。

## 四、培训安排

- 第1周：公司级安全教育（安环部）
- 第2周：部门级安全教育和岗位规程学习
- 第3—4周：班组级安全教育，师带徒跟班

## 五、联系方式

人力资源部：0572-3012345（工作日 8:30—17:30）
"""
    (OUT / "08_新员工入职指引.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------- 09 地磅员岗位规范.txt (GBK)
def gen_09():
    txt = """湖州绿源再生能源有限公司
计量站地磅员岗位规范
（2025年修订）

一、岗位基本情况
　　岗位名称：地磅员
　　所属部门：生产部计量站
　　直接上级：计量站站长
　　班　　次：两班倒（7:00—19:00、19:00—7:00，做二休二）
　　薪酬区间：4200—5000元/月

二、岗位职责
　　1．负责垃圾运输车辆进厂称重登记，核对车牌号和运输单位；
　　2．准确记录毛重、皮重、净重，净重由计量系统自动计算，不得手工修改；
　　3．发现超载、渗滤液滴漏或混入工业垃圾的车辆，拒绝过磅并报告计量站站长；
　　4．每班结束前汇总称重数据，次日9:00前提交称重日报；
　　5．保持地磅秤台清洁，每月配合计量检定机构完成地磅校验；
　　6．监看计量站视频监控，发现作弊行为（如人员滞留秤台）及时制止。

三、任职资格
　　1．高中及以上学历；
　　2．熟练使用电脑和办公软件，打字速度每分钟40字以上；
　　3．工作认真细致，能适应夜班；
　　4．无工作经验要求，上岗前须经计量站培训考核合格。

四、附则
　　本规范自2025年1月1日起执行。

——————————————————————————
以下为2022年旧版摘录（已作废，仅供参考）：
　　班次：三班倒；薪酬：3500—4200元/月；直接上级：生产部主任。
"""
    (OUT / "09_地磅员岗位规范.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 灰渣处理工 (UTF-16, RFC822-style folded header blocks)
def gen_10():
    txt = """# 人事系统岗位档案导出（格式：字段: 值；续行以空格开头）
# 导出时间: 2025-03-02 09:14  导出人: 人力资源部

岗位名称: 灰渣处理工
岗位编码: SC-HZ-02
所属部门: 生产部（灰渣班）
直接上级: 灰渣班班长
班制: 三班两倒
薪酬区间: 4800-6000元/月
学历要求: 初中及以上
工作经验: 不限
资格证书: 场（厂）内专用机动车辆作业证（叉车N1）优先
岗位职责: 1) 巡检出渣机、炉渣输送皮带和渣坑，及时清理卡堵，保证连续出渣；
 2) 操作飞灰螯合固化系统，螯合剂添加比例控制在2%～3%，固化物养护3天后送填埋场；
 3) 填写危险废物转移联单和飞灰出厂台账，做到一车一单；
 4) 作业时佩戴防尘口罩、护目镜，做好现场清扫和降尘；
 5) 配合炉渣综合利用单位装车外运。
备注: 飞灰属危险废物（HW18），严禁混入炉渣。

岗位名称: 灰渣班班长
岗位编码: SC-HZ-01
所属部门: 生产部（灰渣班）
直接上级: 生产部主任
岗位职责: （待补充）
"""
    (OUT / "10_岗位档案导出_灰渣班.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    for g in (gen_01, gen_02, gen_03, gen_04, gen_05, gen_06, gen_07, gen_08, gen_09, gen_10):
        g()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
