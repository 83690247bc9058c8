# -*- coding: utf-8 -*-
"""Round 64 'funeral': 滨江市殡仪服务中心 HR documents (10 files).

Run: T64_OUT=/tmp/t64funeral/corpus /tmp/genv/bin/python gen.py
Writes the corpus to $T64_OUT and truth.json next to this script.
"""
import copy
import csv
import io
import json
import os
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T64_OUT", "/tmp/t64funeral/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "滨江市殡仪服务中心"
TRUTH = {}

# ------------------------------------------------------------------ facts
P = {
    "业务洽谈员": dict(dept="业务部", boss="业务部主任", sub="无", edu="大专及以上",
                  major="殡葬技术与管理、社会工作等相关专业", exp="1年以上窗口服务或殡葬服务经验",
                  cert="殡仪服务员（四级）职业技能等级证书优先", loc="中心本部业务大厅",
                  shift="白班＋轮值夜班（24小时值守电话）", pay="4500–6000",
                  duties=["接待丧属来电、来访，了解逝者基本情况及丧属治丧需求；",
                          "向丧属介绍殡仪服务项目、收费标准及惠民殡葬政策，协助选定服务套餐；",
                          "核验死亡证明、身份证件等手续，填写《殡仪服务委托书》并录入业务系统；",
                          "向车队调度员下达接运任务单，跟踪接运进度；",
                          "协调告别厅、整容、火化等环节的时间安排，出具服务流程单；",
                          "做好丧属情绪安抚与政策解释，处理一般性咨询与投诉。"]),
    "遗体整容师": dict(dept="殡仪服务部", boss="殡仪服务部主任", sub="整容助理", edu="中专及以上",
                  major="殡仪技术、美容美发、医学相关专业优先", exp="2年以上遗体整容或防腐工作经验",
                  cert="遗体整容师（三级/高级工）职业资格证书", loc="中心本部整容室",
                  shift="早班 7:00–15:30", pay="6500–9000",
                  duties=["按服务单对遗体进行清洗、消毒、更衣和基础化妆；",
                          "对受损遗体进行修复整形，必要时制定修复方案报主任审批；",
                          "按规程进行遗体防腐处理，做好冷藏遗体的日常查验；",
                          "严格执行卫生防护和消毒制度，正确处置医疗废弃物；",
                          "与礼仪司仪核对告别仪式时间，按时将遗体送至告别厅；",
                          "填写《遗体整容记录》，带教整容助理。"]),
    "火化工": dict(dept="火化部", boss="火化车间班长", sub="无", edu="高中（中专）及以上",
                edu_old="初中及以上", major="不限", exp="1年以上设备操作经验",
                cert="火化师职业技能等级证书（四级及以上）", loc="火化车间",
                shift="两班倒（6:00–14:00／14:00–22:00）", pay="5500–7500",
                duties=["火化前核对《火化通知单》与遗体标识，确保“三核对”无误；",
                        "按操作规程点火、控温，完成遗体火化作业；",
                        "火化后收殓骨灰，确保骨灰不混装、不遗漏，并交丧属或寄存处；",
                        "做好火化炉及尾气处理设备的日常点检和清灰；",
                        "记录每炉次燃料消耗、火化时长，填写运行台账；",
                        "遵守安全操作规程，发现设备异常立即停炉报告班长。"]),
    "设备维修工": dict(dept="保障部", boss="保障部主任", sub="无", edu="中专及以上",
                  major="机电一体化、电气自动化等机电类专业", exp="3年以上工业设备维修经验",
                  cert="低压电工作业证", loc="中心本部设备间", shift="常白班，夜间电话待命", pay="5000–7000",
                  duties=None),
    "遗体接运员": dict(dept="车队", boss="车队队长", sub="无", edu="初中及以上", major="不限",
                  exp="3年以上安全驾驶经验", cert="机动车驾驶证（C1及以上）", loc="中心车队（本部停车场）",
                  shift="24小时轮班（做一休二）", pay="5000–7000",
                  duties=[("出车前", "接到调度指令后5分钟内出车，检查车辆、担架、裹尸袋及消毒用品"),
                          ("到达现场", "核对逝者身份及手续，与丧属、医院或公安人员办理交接"),
                          ("搬运", "规范、文明搬运遗体，尊重逝者，保护遗体完好"),
                          ("回程入库", "将遗体送至冷藏间，办理入库登记并挂标识牌"),
                          ("收车", "对车辆及器具进行清洗消毒，填写《出车记录》")]),
    "车队调度员": dict(dept="车队", boss="车队队长", sub="遗体接运员（业务指挥）", edu="大专及以上",
                  major="交通运输、物流管理相关专业优先", exp="2年以上车辆调度经验", cert="无",
                  loc="中心调度室", shift="三班倒", pay="5100–6800",
                  duties=["24小时值守接运电话及业务部下达的任务单，登记接运信息；",
                          "根据车辆位置和人员情况合理派车，跟踪车辆运行轨迹；",
                          "负责车辆年检、保险、维修保养的计划与登记；",
                          "统计出车次数、里程和油耗，每月编制车队运行报表；",
                          "处理接运途中的突发情况，及时向车队队长报告；",
                          "管理车辆钥匙和GPS监控平台账号。"]),
    "骨灰寄存管理员": dict(dept="公墓管理处", boss="公墓管理处副主任", sub="无", edu="高中及以上", major="不限",
                    exp="1年以上档案或仓储管理经验", cert="无", loc="骨灰寄存楼（本部东区）",
                    shift="白班 8:00–17:00，清明、冬至期间加班", pay="4200–5500",
                    duties=["办理骨灰寄存、续存、取出手续，核验寄存证和身份证件",
                            "定期巡查寄存架位，保持寄存室清洁、通风、防潮",
                            "按期提醒到期未续存的家属，办理逾期处理",
                            "维护寄存信息系统，做到账、证、物相符",
                            "清明、冬至祭扫高峰期做好现场引导和秩序维护"]),
    "墓区管理员": dict(dept="公墓管理处", boss="公墓管理处主任", sub="墓区保洁员、绿化工", edu="高中及以上",
                  major="园林、物业管理相关专业优先", exp="有园林绿化或物业管理经验优先", cert="无",
                  loc="长安公墓（西山镇）", shift="做五休二，祭扫高峰期轮休", pay="4000–5200",
                  duties=["负责责任墓区的日常巡查，发现墓碑破损、塌陷及时上报",
                          "组织墓区保洁、绿化养护和垃圾清运",
                          "办理骨灰落葬、立碑的现场引导与核对",
                          "劝导文明祭扫，制止焚烧纸钱、燃放鞭炮等行为",
                          "配合做好墓区防火和清明、冬至祭扫安全工作"]),
    "收费员": dict(dept="财务科", boss="财务科科长", sub="无", edu="大专及以上",
                major="会计、财务管理相关专业", exp="1年以上收银或出纳经验", cert="初级会计专业技术资格优先",
                loc="业务大厅收费窗口", shift="早班／晚班轮换", pay="4300–5800",
                duties=["按物价部门核定的标准收取殡葬服务费用，开具票据",
                        "执行惠民殡葬减免政策，审核减免材料",
                        "每日核对现金、POS及扫码收款，编制日报并交存银行",
                        "妥善保管票据和印章，不得坐支现金",
                        "配合财务科做好月末对账"]),
    "礼仪司仪": dict(dept="殡仪服务部", boss="殡仪服务部主任", sub="礼仪队员", edu="大专及以上",
                 major="播音主持、表演、礼仪等相关专业", exp="1年以上主持经验",
                 cert="普通话水平测试二级甲等及以上证书", loc="告别厅（本部一号至六号厅）",
                 shift="早班 6:30–14:30", pay="5000–7000",
                 duties=["主持遗体告别仪式、追悼会，撰写或修改悼词、生平介绍",
                         "与丧属沟通仪式流程、音乐和鞠躬致哀环节",
                         "指导礼仪队员完成引导、献花、抬棺等礼仪动作",
                         "仪式前检查告别厅布置、音响和电子屏",
                         "仪式结束后引导丧属送别遗体至火化区"]),
    "安全员": dict(dept="保障部", boss="保障部主任", sub="无", edu="大专及以上",
                major="安全工程相关专业", exp="3年以上安全管理经验",
                cert="安全生产管理人员考核合格证，注册安全工程师优先", loc="中心全区域",
                shift="常白班", pay="5500–7500",
                duties=["组织全员安全教育培训和应急演练；",
                        "每日巡查火化车间、燃油库、冷藏间、告别厅等重点部位；",
                        "建立隐患排查台账，督促整改闭环；",
                        "监督特种设备定期检验和消防设施维护；",
                        "清明、冬至高峰期制定人流疏导和防火方案；",
                        "参与事故调查，按规定上报。"]),
    "档案管理员": dict(dept="综合办公室", boss="综合办公室主任", boss_new="业务部主任（2025年7月1日起）",
                  sub="无", edu="大专及以上", major="档案学、图书情报相关专业", exp="2年以上档案工作经验",
                  cert="档案专业技术资格（初级）优先", loc="行政楼二层档案室", shift="常白班 8:30–17:30",
                  pay="4500–5800",
                  duties=["负责殡葬业务档案（火化证明、寄存档案、墓穴档案）的收集、整理、立卷和归档；",
                          "办理档案查阅及火化证明补证手续，做好查阅登记；",
                          "推进纸质档案数字化扫描和系统录入；",
                          "做好档案室防火、防潮、防虫和保密工作；",
                          "按规定办理到期档案的鉴定和销毁报批。"]),
}
TRUTH["posts"] = P

KPI = {
    "遗体整容师": [("整容服务满意度", "丧属满意评价数÷评价总数×100%", 30, "≥98%"),
              ("整容按时完成率", "按服务单时间完成数÷整容总数×100%", 25, "100%"),
              ("遗体修复合格率", "修复验收合格数÷修复总数×100%", 20, "≥99%"),
              ("卫生消毒合规率", "消毒检查合格次数÷检查次数×100%", 15, "100%"),
              ("整容记录完整率", "记录完整份数÷整容总数×100%", 10, "100%")],
    "礼仪司仪": [("仪式主持满意度", "满意评价数÷评价总数×100%", 35, "≥98%"),
             ("仪式准时开始率", "准时开始场次÷仪式总场次×100%", 25, "≥99%"),
             ("悼词差错次数", "悼词、生平中姓名日期等差错次数", 20, "0次"),
             ("礼仪队培训学时", "每月组织礼仪队培训的学时数", 10, "每月≥4学时"),
             ("有效投诉次数", "经核实的丧属投诉次数", 10, "0次")],
    "火化工": [("火化差错事故次数", "错化、混装等差错事故次数", 30, "0次"),
            ("骨灰收殓完整率", "完整收殓具数÷火化具数×100%", 20, "100%"),
            ("单具燃油消耗", "月燃油消耗总量÷月火化具数", 20, "≤25升/具"),
            ("尾气排放达标率", "在线监测达标时段÷运行时段×100%", 15, "100%"),
            ("设备点检执行率", "已执行点检项÷应点检项×100%", 15, "100%")],
    "遗体接运员": [("接运及时率", "5分钟内出车次数÷出车总次数×100%", 35, "≥98%"),
              ("接运差错次数", "接错遗体、手续遗漏等差错次数", 25, "0次"),
              ("车辆消毒执行率", "按规定消毒车次÷出车总次数×100%", 20, "100%"),
              ("丧属投诉次数", "经核实的接运服务投诉次数", 20, "0次")],
    "车队调度员": [("派车响应时间", "接单至派车指令下达的平均时长", 30, "≤3分钟"),
              ("调度信息登记准确率", "准确登记条数÷登记总条数×100%", 25, "100%"),
              ("车辆保养按期完成率", "按期保养车次÷应保养车次×100%", 20, "100%"),
              ("运行报表按时提交率", "按时提交月数÷应提交月数×100%", 15, "100%"),
              ("车辆安全事故次数", "负有责任的交通事故次数", 10, "0次")],
    "业务洽谈员": [("业务受理差错率", "差错单数÷受理总单数×100%", 30, "≤0.5%"),
              ("丧属满意度", "满意评价数÷回访总数×100%", 30, "≥97%"),
              ("惠民政策告知率", "已告知户数÷受理户数×100%", 20, "100%"),
              ("投诉处理及时率", "24小时内处理的投诉÷投诉总数×100%", 20, "100%")],
    "收费员": [("收费差错次数", "多收、少收、错开票据次数", 40, "0次"),
            ("日报按时提交率", "按时提交天数÷工作天数×100%", 20, "100%"),
            ("票据管理合规率", "检查合规次数÷检查次数×100%", 20, "100%"),
            ("减免审核准确率", "审核无误件数÷减免件数×100%", 20, "100%")],
}
KPI_OLD = {"火化工": [("日火化量", "每班完成火化具数", 40, "≥12具/班"),
                    ("燃油消耗", "每月燃油消耗总量", 30, "≤预算"),
                    ("出勤率", "实际出勤天数÷应出勤天数×100%", 30, "≥98%")]}
SAFE_KPI = [("安全责任事故次数", "0起", "30%"), ("隐患整改完成率", "≥95%", "25%"),
            ("安全培训覆盖率", "100%", "20%"), ("应急演练次数", "每季度≥1次", "15%"),
            ("特种设备检验合格率", "100%", "10%")]
TRUTH["kpi"] = KPI
TRUTH["kpi_void_2023"] = KPI_OLD
TRUTH["kpi_safety_pdf"] = SAFE_KPI


# ------------------------------------------------------------------ docx helpers
def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def fill_line(doc, pairs):
    """One form line: 'label：＿value＿　label：＿value＿' with underlined values."""
    p = doc.add_paragraph()
    for i, (lab, val) in enumerate(pairs):
        if i:
            p.add_run("　　")
        p.add_run(lab + "：")
        r = p.add_run("  " + val + "  ")
        r.underline = True
    return p


def tracked(paragraph, old, new, author="人力资源科 周敏", date="2025-03-12T10:00:00Z"):
    def mk(tag, text, wid):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(wid))
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        r = OxmlElement("w:r")
        t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
        t.text = text
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        el.append(r)
        return el
    paragraph._p.append(mk("w:del", old, 901))
    r = paragraph.add_run("")
    paragraph._p.append(mk("w:ins", new, 902))


# ------------------------------------------------------------------ f01 docx
def f01():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　编号：BJBY-HR-2025-01　版本：B/0"
    sec.footer.paragraphs[0].text = "人力资源科编制　2025年3月　第 1 版修订　未经许可不得外传"
    d.add_heading(f"{CO}岗位说明书（一线服务及生产岗位）", level=1)
    d.add_paragraph("说明：本汇编收录业务部、殡仪服务部、火化部、保障部共四个岗位的说明书。各岗位基本情况按"
                    "填表方式列示，岗位职责逐条列于“工作职责”栏内，任职条件见各岗位“任职条件”表。")
    order = ["业务洽谈员", "遗体整容师", "火化工", "设备维修工"]
    codes = {"业务洽谈员": "YW-01", "遗体整容师": "BY-03", "火化工": "HH-02", "设备维修工": "BZ-05"}
    for n, name in enumerate(order, 1):
        f = P[name]
        d.add_heading(f"第{n}号　{name}", level=2)
        fill_line(d, [("岗位编号", codes[name]), ("所属部门", f["dept"])])
        fill_line(d, [("直接上级", f["boss"]), ("直接下级", f["sub"])])
        fill_line(d, [("工作地点", f["loc"]), ("工作班次", f["shift"])])
        d.add_paragraph().add_run("工作职责：").bold = True
        if f["duties"] is None:
            d.add_paragraph("略（见《设备设施管理制度》第三章）。")
        else:
            p = d.add_paragraph()
            for i, line in enumerate(f["duties"], 1):
                r = p.add_run(f"{i}．{line}")
                if i < len(f["duties"]):
                    r.add_break(WD_BREAK.LINE)
        d.add_paragraph().add_run("任职条件：").bold = True
        t = d.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        h = t.rows[0].cells
        h[0].text, h[1].text, h[2].text = "条件类别", "具体要求", "备注"
        rows = [("学历", f["edu"]), ("专业", f["major"]), ("工作经验", f["exp"]), ("资格证书", f["cert"])]
        for lab, val in rows:
            c = t.add_row().cells
            c[0].text = lab
            if name == "火化工" and lab == "学历":
                p = c[1].paragraphs[0]
                tracked(p, f["edu_old"], f["edu"])
            else:
                c[1].text = val
        note = t.rows[1].cells[2].merge(t.rows[len(rows)].cells[2])
        note.text = {"业务洽谈员": "须能适应夜间轮值", "遗体整容师": "须无色盲色弱", "火化工": "须能适应高温环境",
                     "设备维修工": "持证上岗"}[name]
        d.add_paragraph("")
    d.add_paragraph("（本汇编其余岗位见殡仪服务部、车队、公墓管理处各自规程。）")
    d.save(OUT / "f01_岗位说明书汇编（一线岗位）.docx")


# ------------------------------------------------------------------ f02 docx
def f02():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "车队管理制度汇编之三"
    d.add_heading("车队遗体接运作业规程", level=1)
    d.add_paragraph("一、目的　为规范遗体接运服务，做到安全、及时、文明接运，特制定本规程。")
    d.add_paragraph("二、适用范围　本规程适用于中心车队全体人员及业务部相关人员。")
    d.add_paragraph("三、岗位设置　车队设队长1名、车队调度员3名、遗体接运员18名。拟增设悲伤辅导师岗位，"
                    "其职责另行制定。")
    d.add_heading("（一）遗体接运员", level=2)
    frame = d.add_table(rows=1, cols=1)
    frame.style = "Table Grid"
    cell = frame.rows[0].cells[0]
    cell.paragraphs[0].add_run("遗体接运员岗位概况").bold = True
    f = P["遗体接运员"]
    inner = cell.add_table(rows=0, cols=4)
    inner.style = "Table Grid"
    facts = [("所属部门", f["dept"], "直接上级", f["boss"]), ("学历", f["edu"], "驾驶证", f["cert"]),
             ("经验", f["exp"], "班次", f["shift"]), ("工作地点", f["loc"], "定员", "18人")]
    for row in facts:
        cs = inner.add_row().cells
        for i, v in enumerate(row):
            cs[i].text = v
    cell.add_paragraph("接运作业各环节职责：")
    inner2 = cell.add_table(rows=1, cols=2)
    inner2.style = "Table Grid"
    inner2.rows[0].cells[0].text, inner2.rows[0].cells[1].text = "作业环节", "工作内容"
    for stage, txt in f["duties"]:
        cs = inner2.add_row().cells
        cs[0].text, cs[1].text = stage, txt + "。"
    cell.add_paragraph("")
    d.add_heading("（二）车队调度员", level=2)
    g = P["车队调度员"]
    d.add_paragraph(f"车队调度员在车队队长领导下工作，在接运业务上指挥遗体接运员，岗位设在{g['loc']}，实行{g['shift']}。"
                    f"任职者应具备{g['edu']}学历，{g['major']}，{g['exp']}。其主要职责是：")
    nums = "一二三四五六"
    for i, line in enumerate(g["duties"]):
        d.add_paragraph(f"（{nums[i]}）{line}")
    d.add_paragraph("四、接运流程　接单→派车→出车→现场交接→运回→入库登记→车辆消毒。")
    d.add_paragraph("五、考核　接运人员及调度人员的绩效指标见《绩效考核指标库（2025版）》。")
    d.add_heading("附件：2021年版遗体接运员岗位职责（已废止，仅供对照）", level=2)
    for line in ["1. 接到通知后15分钟内出车；", "2. 负责殡仪车辆的加油和日常擦洗；",
                 "3. 协助丧属搬运花圈、挽联等物品；", "4. 服从车队队长临时安排。"]:
        d.add_paragraph(line)
    d.save(OUT / "f02_车队遗体接运作业规程.docx")


# ------------------------------------------------------------------ f03 xlsx KPI
def f03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    for r in [["绩效考核指标库（2025版）"], ["1. 本库适用于中心各一线岗位，考核周期为月度。"],
              ["2. 各岗位指标分值合计100分，按评分标准扣分，扣完为止。"],
              ["3. “2023版（停用）”工作表仅作历史对照，不再执行。"],
              ["4. 安全员的考核指标见《安全生产责任制》附表。"]]:
        ws.append(r)
    head = ["考核对象", "序号", "KPI名称", "指标定义／计算公式", "分值", "目标值", "评分标准", "数据来源", "考核人"]
    sheets = {"殡仪服务部": ["遗体整容师", "礼仪司仪"], "火化部与车队": ["火化工", "遗体接运员", "车队调度员"],
              "业务部与财务科": ["业务洽谈员", "收费员"]}
    judge = {"遗体整容师": "殡仪服务部主任", "礼仪司仪": "殡仪服务部主任", "火化工": "火化车间班长",
             "遗体接运员": "车队队长", "车队调度员": "车队队长", "业务洽谈员": "业务部主任", "收费员": "财务科科长"}
    src = {"遗体整容师": "服务回访系统", "礼仪司仪": "服务回访系统", "火化工": "火化运行台账",
           "遗体接运员": "GPS调度平台", "车队调度员": "GPS调度平台", "业务洽谈员": "业务系统",
           "收费员": "收费系统"}

    def block_sheet(ws, title, posts, data):
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
        ws.cell(1, 1, title).font = Font(bold=True, size=14)
        ws.cell(1, 1).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=4)
        ws.cell(2, 1, "指标信息")
        ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=9)
        ws.cell(2, 5, "考核要求")
        for i, h in enumerate(head, 1):
            ws.cell(3, i, h).font = Font(bold=True)
        r = 4
        for post in posts:
            rows = data[post]
            start = r
            for i, (name, formula, score, target) in enumerate(rows, 1):
                ws.cell(r, 2, i)
                ws.cell(r, 3, name)
                ws.cell(r, 4, formula)
                ws.cell(r, 5, score)
                ws.cell(r, 6, target)
                ws.cell(r, 7, "未达目标值每降低1个百分点扣2分" if "%" in target else "每超出1次扣10分")
                ws.cell(r, 8, src.get(post, "台账"))
                ws.cell(r, 9, judge.get(post, ""))
                r += 1
            ws.cell(r, 3, "小计")
            ws.cell(r, 5, f"=SUM(E{start}:E{r-1})")
            ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
            ws.cell(start, 1, post).alignment = Alignment(vertical="center", wrap_text=True)
            r += 1
        for col, w in zip("ABCDEFGHI", [12, 6, 20, 34, 8, 14, 30, 14, 14]):
            ws.column_dimensions[col].width = w

    for sname, posts in sheets.items():
        block_sheet(wb.create_sheet(sname), f"{sname}岗位月度KPI考核表", posts, KPI)
    old = wb.create_sheet("2023版（停用）")
    block_sheet(old, "火化车间岗位考核表（2023版，已停用）", ["火化工"], KPI_OLD)
    wb.save(OUT / "f03_绩效考核指标库（2025版）.xlsx")


# ------------------------------------------------------------------ f04 xlsx staffing/pay
ORDER = ["业务洽谈员", "收费员", "遗体整容师", "礼仪司仪", "火化工", "遗体接运员", "车队调度员",
         "骨灰寄存管理员", "墓区管理员", "设备维修工", "安全员", "档案管理员"]
GRADE = {"业务洽谈员": "服务四级", "收费员": "服务四级", "遗体整容师": "技能二级", "礼仪司仪": "服务三级",
         "火化工": "技能三级", "遗体接运员": "技能四级", "车队调度员": "服务三级", "骨灰寄存管理员": "服务五级",
         "墓区管理员": "服务五级", "设备维修工": "技能三级", "安全员": "管理五级", "档案管理员": "服务四级"}
HEAD = {"业务洽谈员": 6, "收费员": 4, "遗体整容师": 5, "礼仪司仪": 4, "火化工": 10, "遗体接运员": 18,
        "车队调度员": 3, "骨灰寄存管理员": 3, "墓区管理员": 6, "设备维修工": 4, "安全员": 2, "档案管理员": 2}


def f04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位编制表"
    ws.merge_cells("A1:L1")
    ws["A1"] = f"{CO}2025年岗位编制及任职条件一览"
    groups = [("A2:A3", "岗位"), ("B2:E2", "岗位信息"), ("F2:I2", "任职条件"), ("J2:K2", "工作安排"), ("L2:L3", "编制（人）")]
    for rng, txt in groups:
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = txt
    for col, txt in zip("BCDEFGHIJK", ["部门", "直接上级", "直接下级", "岗位等级", "学历", "专业", "经验", "证书",
                                       "工作地点", "班次"]):
        ws[f"{col}3"] = txt
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c in ws[2] + ws[3]:
        c.font = Font(bold=True)
        c.fill = fill
    for name in ORDER:
        f = P[name]
        ws.append([name, f["dept"], f["boss"], f["sub"], GRADE[name], f["edu"], f["major"], f["exp"], f["cert"],
                   f["loc"], f["shift"], HEAD[name]])
    n = ws.max_row
    ws.append(["合计", None, None, None, None, None, None, None, None, None, None, f"=SUM(L4:L{n})"])
    ws2 = wb.create_sheet("薪酬标准")
    ws2.merge_cells("A1:F1")
    ws2["A1"] = "岗位月薪标准（税前，元/月）"
    ws2.append(["岗位", "岗位等级", "月薪下限", "月薪上限", "参考中位", "岗位津贴"])
    allow = {"火化工": "高温及有毒有害岗位津贴 600元/月", "遗体整容师": "有毒有害岗位津贴 500元/月",
             "遗体接运员": "出车补贴 30元/次", "车队调度员": "夜班津贴 50元/班", "业务洽谈员": "夜班津贴 50元/班",
             "礼仪司仪": None}
    for i, name in enumerate(ORDER, 3):
        lo, hi = P[name]["pay"].split("–")
        ws2.append([name, GRADE[name], int(lo), int(hi), f"=AVERAGE(C{i}:D{i})", allow.get(name, "无")])
    ws2.append([])
    ws2.append(["注：礼仪司仪岗位津贴标准待中心办公会审定后另行公布。"])
    wb.save(OUT / "f04_岗位编制与薪酬标准.xlsx")


# ------------------------------------------------------------------ f05 csv (JSON cells)
def f05():
    rows = []
    hdr = ["需求编号", "岗位名称", "用人部门", "汇报对象", "人数", "学历要求", "经验要求", "证书要求", "工作地点",
           "班次", "薪资范围(元/月)", "岗位职责(JSON)", "状态"]
    for code, name, n, status in [("ZP2025-07", "骨灰寄存管理员", 1, "招聘中"), ("ZP2025-09", "收费员", 2, "招聘中")]:
        f = P[name]
        rows.append([code, name, f["dept"], f["boss"], n, f["edu"] + ("，" + f["major"] if f["major"] != "不限" else ""),
                     f["exp"], f["cert"], f["loc"], f["shift"], f["pay"], json.dumps(f["duties"], ensure_ascii=False),
                     status])
    old = ["ZP2023-03", "收费员", "业务部", "业务部主任", 1, "中专及以上", "不限", "无", "业务大厅收费窗口", "常白班",
           "3800–4500", json.dumps(["负责殡葬服务费用收取", "负责现金解缴"], ensure_ascii=False), "已关闭（2023年岗位，已调整至财务科）"]
    rows.insert(1, old)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(hdr)
    w.writerows(rows)
    (OUT / "f05_2025年招聘需求汇总.csv").write_text(buf.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------ f06 html with inline SVG org chart
def f06():
    f = P["墓区管理员"]
    g = P["骨灰寄存管理员"]
    duties = "\n".join(f"      <li>{x}；</li>" for x in f["duties"])
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>长安公墓管理处 · 岗位介绍</title>
<style>.org text{{font-size:13px}} .job{{border:1px solid #ccc;padding:8px}} .k{{color:#666}}</style>
</head>
<body>
<nav>首页 &gt; 机构设置 &gt; 公墓管理处</nav>
<h1>公墓管理处岗位介绍</h1>
<p>公墓管理处负责长安公墓及骨灰寄存楼的运营管理，下设墓区管理组和骨灰寄存组。</p>
<figure class="org">
<svg xmlns="http://www.w3.org/2000/svg" width="520" height="200" role="img" aria-label="公墓管理处组织架构图">
  <rect x="190" y="10" width="140" height="30" fill="#eee"/>
  <text x="200" y="30">公墓管理处主任</text>
  <rect x="40" y="90" width="140" height="30" fill="#eee"/>
  <text x="60" y="110">墓区管理员（6人）</text>
  <rect x="340" y="90" width="140" height="30" fill="#eee"/>
  <text x="350" y="110">公墓管理处副主任</text>
  <rect x="340" y="150" width="150" height="30" fill="#eee"/>
  <text x="345" y="170">骨灰寄存管理员（3人）</text>
  <line x1="260" y1="40" x2="110" y2="90" stroke="#333"/>
  <line x1="260" y1="40" x2="410" y2="90" stroke="#333"/>
  <line x1="410" y1="120" x2="410" y2="150" stroke="#333"/>
</svg>
<figcaption>图1　公墓管理处组织架构</figcaption>
</figure>
<section class="job" id="muqu">
  <h2>墓区管理员</h2>
  <p><span class="k">工作地点：</span>{f['loc']}　<span class="k">班次：</span>{f['shift']}</p>
  <p><span class="k">管理对象：</span>{f['sub']}</p>
  <h3>我们需要你做的</h3>
  <ol>
{duties}
  </ol>
  <h3>我们希望你</h3>
  <ul>
      <li>学历：{f['edu']}，{f['major']}；</li>
      <li>{f['exp']}；</li>
      <li>身体健康，能适应户外工作。</li>
  </ul>
</section>
<section class="job" id="jicun">
  <h2>骨灰寄存管理员</h2>
  <p>岗位职责与任职要求详见人力资源科《2025年招聘需求汇总》。</p>
</section>
<footer>长安公墓管理处　地址：滨江市西山镇长安路1号</footer>
</body>
</html>
"""
    (OUT / "f06_公墓管理处岗位介绍.html").write_text(html, encoding="utf-8")


# ------------------------------------------------------------------ f07 pdf
def f07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(font):
        pdfmetrics.registerFont(TTFont("WQY", font, subfontIndex=0))
        fn = "WQY"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        fn = "STSong-Light"
    h = ParagraphStyle("h", fontName=fn, fontSize=15, leading=22, alignment=1)
    b = ParagraphStyle("b", fontName=fn, fontSize=10.5, leading=17)
    s = P["安全员"]
    story = [Paragraph(f"{CO}安全生产责任制（2025年修订）", h), Spacer(1, 8),
             Paragraph("第一条　为落实安全生产主体责任，依据《中华人民共和国安全生产法》，结合中心实际，制定本制度。", b),
             Paragraph("第二条　中心主任是安全生产第一责任人，各部门负责人对本部门安全生产负直接责任。", b),
             Paragraph(f"第十二条　安全员隶属{s['dept']}，在{s['boss']}领导下工作，实行{s['shift']}。其安全生产职责是：", b)]
    nums = "一二三四五六"
    for i, line in enumerate(s["duties"]):
        story.append(Paragraph(f"（{nums[i]}）{line}", b))
    story.append(Paragraph(f"第十三条　安全员任职条件：{s['edu']}学历，{s['major']}；{s['exp']}；"
                           f"须持安全生产管理人员考核合格证，注册安全工程师优先。", b))
    story.append(Paragraph("第十四条　火化工的安全生产职责：严格执行火化炉操作规程；每班检查燃油管路和排烟系统；"
                           "发现异常立即停炉并报告。", b))
    story.append(Paragraph("第十五条　安全员的月度考核指标如下表：", b))
    data = [["序号", "考核指标", "目标值", "权重"]] + [[str(i), n, t, w] for i, (n, t, w) in enumerate(SAFE_KPI, 1)]
    tb = Table(data, colWidths=[40, 170, 110, 60])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), fn, 10), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 8),
              Paragraph("第十六条　本制度自2025年4月1日起施行，2019年版同时废止。", b)]
    SimpleDocTemplate(str(OUT / "f07_安全生产责任制.pdf"), pagesize=A4).build(story)


# ------------------------------------------------------------------ f08 md
def f08():
    f = P["礼仪司仪"]
    lines = [f"# {CO}新员工入职指南（2025）", "",
             "欢迎加入！本指南帮助你在第一周了解中心和自己的岗位。", "",
             "## 一、中心概况", "",
             "中心设业务部、殡仪服务部、火化部、车队、公墓管理处、保障部、财务科、综合办公室。", "",
             "## 二、礼仪司仪岗位名片", "",
             f"> 🏢 所在部门：{f['dept']}  ",
             f"> 👤 向谁汇报：{f['boss']}  ",
             f"> 👥 带领：{f['sub']}  ",
             f"> 🎓 学历专业：{f['edu']}，{f['major']}  ",
             f"> 📜 证书：{f['cert']}  ",
             f"> ⏰ 班次：{f['shift']}  ",
             f"> 📍 地点：{f['loc']}  ",
             "> 💰 岗位津贴：（待定）", "",
             "### 礼仪司仪每天要做的事", ""]
    lines += [f"- {x}" for x in f["duties"]]
    lines += ["", "## 三、入职第一周安排", "",
              "- [ ] 第1天：报到、领取工装、签订保密承诺书",
              "- [ ] 第2天：参加安全教育培训（由安全员组织）",
              "- [ ] 第3–4天：跟岗观摩告别仪式不少于4场",
              "- [ ] 第5天：礼仪动作考核", "",
              "## 四、悲伤抚慰服务（略）", "",
              "略。", "",
              "## 五、常见问题", "",
              "**问：工装怎么领？**　答：到综合办公室登记领取，每年两套。", ""]
    (OUT / "f08_新员工入职指南.md").write_text("\n".join(lines), encoding="utf-8")


# ------------------------------------------------------------------ f09 GBK txt
def f09():
    f = P["档案管理员"]
    C = "∶"
    lines = ["滨江市殡仪服务中心档案室工作规定", "", "一、总则",
             "　　为加强殡葬业务档案管理，保证档案完整、安全和有效利用，制定本规定。", "",
             "二、档案管理员岗位规范",
             f"　　岗位名称{C}档案管理员",
             f"　　所属部门{C}{f['dept']}",
             f"　　直接上级{C}{f['boss']}",
             f"　　学历要求{C}{f['edu']}，{f['major']}",
             f"　　经验要求{C}{f['exp']}",
             f"　　资格证书{C}{f['cert']}",
             f"　　工作地点{C}{f['loc']}",
             f"　　工作时间{C}{f['shift']}",
             f"　　工作职责{C}"]
    for i, x in enumerate(f["duties"], 1):
        lines.append(f"　　　　{i}）{x}")
    lines += ["", "三、档案查阅",
              "　　查阅火化档案须持本人身份证及与逝者关系证明，档案一律不得外借。", "",
              "附：关于档案室归口管理调整的通知",
              "　　经中心办公会研究，自2025年7月1日起，档案室整体划归业务部管理，档案管理员改由业务部主任直接领导，"
              "其他事项不变。",
              "　　　　　　　　　　　　　　　　　　综合办公室　2025年6月20日", ""]
    (OUT / "f09_档案室工作规定.txt").write_bytes("\r\n".join(lines).encode("gbk"))


# ------------------------------------------------------------------ f10 UTF-16 policy
def f10():
    text = "\n".join([
        f"{CO}考勤与加班管理办法", "",
        "第一条　中心实行标准工时制与综合计算工时制相结合的工时制度。火化、接运、调度等岗位经批准实行综合计算工时制。",
        "第二条　员工应按排班表上下班，迟到、早退30分钟以内的，每次扣减绩效工资50元。",
        "第三条　清明节、冬至前后各7天为祭扫高峰期，高峰期原则上不安排年休假。",
        "第四条　因工作需要延长工作时间的，优先安排调休；不能调休的，按国家规定支付加班工资。",
        "第五条　夜班（22:00至次日6:00在岗4小时以上）按班计发夜班津贴，标准见各岗位薪酬标准。",
        "第六条　年休假按国家规定执行，由部门负责人统筹安排。",
        "第七条　本办法由人力资源科负责解释，自2025年1月1日起施行。", ""])
    (OUT / "f10_考勤与加班管理办法.txt").write_bytes(text.encode("utf-16"))


if __name__ == "__main__":
    for fn in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
        fn()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("written to", OUT, sorted(p.name for p in OUT.iterdir()))
