#!/usr/bin/env python3
"""Round 66 / port: 东澜港集装箱码头有限公司 — 10 HR documents in layouts not used before.

Run: T66_OUT=/tmp/t66port/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T66_OUT and truth.json (what each document says) next to this file.
"""
import copy, csv, io, json, os, re, zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

OUT = Path(os.environ.get("T66_OUT", "/tmp/t66port/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "东澜港集装箱码头有限公司"
TRUTH = {}


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# --------------------------------------------------------------------------------------------
# P01 docx: one Word section per post; the post name is ONLY in the section header.
# A tracked change (w:del + w:ins) on 学历, a hidden (w:vanish) old pay, a footer with the date.
# --------------------------------------------------------------------------------------------
P01 = {
    "桥吊司机": {
        "code": "ZX-01", "部门": "装卸作业部", "直接上级": "桥吊班班长", "直接下属": "无",
        "工作地点": "东澜港区三期码头前沿", "班次": "四班三运转（每班8小时）",
        "学历_old": "高中及以上", "学历": "中专及以上",
        "专业": "机械、电气类专业优先", "经验": "2年以上岸桥或门座起重机操作经验",
        "证书": "特种设备作业人员证（起重机司机Q2）", "薪资": "月薪9000-13000元", "薪资_old": "月薪8000-11000元",
        "职责": [
            "按照配载图和作业指令操作岸边集装箱起重机（桥吊），完成船舶集装箱装卸作业",
            "作业前对桥吊进行班前点检，填写《设备点检记录表》，发现异常立即报修",
            "服从船舶调度员的作业安排和理货员的指挥信号，确保吊具对位准确、着箱平稳",
            "风速超过6级或遇雷雨天气时按规定停止作业，并将大车锚定",
            "交接班时向接班司机说明设备状况和未完成的作业箱量",
        ],
        "其他要求": "身体健康，矫正视力5.0以上，无色盲色弱；能适应高空作业和夜班。",
        "发展": "司机→班长→装卸作业部副经理，每级任职满3年可申请晋升",
    },
    "龙门吊司机": {
        "code": "ZX-02", "部门": "装卸作业部", "直接上级": "场桥班班长", "直接下属": "无",
        "工作地点": "三期集装箱堆场", "班次": "四班三运转（每班8小时）",
        "学历": "高中（中专）及以上", "专业": "不限", "经验": "1年以上轮胎式龙门吊（RTG）操作经验",
        "证书": "特种设备作业人员证（起重机司机）", "薪资": "月薪8000-11000元",
        "职责": [
            "操作轮胎式龙门吊完成堆场集装箱的收箱、提箱和翻箱作业",
            "按堆场计划员下达的箱位计划进箱落位，保证箱位准确",
            "配合集卡司机装卸车，确认集卡停稳、锁销全部解开后方可起吊",
            "负责龙门吊日常清洁、润滑，填写燃油加注记录",
        ],
        "其他要求": "能适应夜班和露天作业。",
        "发展": "略",
    },
}


def add_tracked(cell, old, new):
    p = cell.paragraphs[0]
    p._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="11" w:author="人力资源部 王敏" w:date="2025-02-20T10:00:00Z">'
        f'<w:r><w:delText>{old}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="12" w:author="人力资源部 王敏" w:date="2025-02-20T10:00:00Z">'
        f'<w:r><w:t>{new}</w:t></w:r></w:ins>'))


def gen_p01():
    doc = Document(); cjk(doc)
    first = True
    for post, d in P01.items():
        if first:
            sec = doc.sections[0]; first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        sec.footer.is_linked_to_previous = False
        sec.header.paragraphs[0].text = f"{CO}　岗位说明书　｜　{post}（岗位编码 {d['code']}）"
        sec.footer.paragraphs[0].text = "本说明书自2025年3月1日起执行　人力资源部编制　受控文件，未经许可不得外传"
        doc.add_paragraph("一、岗位概况").runs[0].bold = True
        t = doc.add_table(rows=5, cols=4); t.style = "Table Grid"
        rows = [("所属部门", d["部门"], "岗位编码", d["code"]),
                ("直接上级", d["直接上级"], "直接下属", d["直接下属"]),
                ("工作地点", d["工作地点"], None, None),
                ("班次", d["班次"], None, None),
                ("薪酬标准", None, None, None)]
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                if v is not None:
                    t.cell(i, j).text = v
        for i in (2, 3):
            t.cell(i, 1).merge(t.cell(i, 3))
        t.cell(4, 0).text = "薪酬标准"
        c = t.cell(4, 1).merge(t.cell(4, 3))
        c.text = d["薪资"]
        if "薪资_old" in d:
            c.paragraphs[0]._p.append(parse_xml(
                f'<w:r {nsdecls("w")}><w:rPr><w:vanish/></w:rPr><w:t>（2024版：{d["薪资_old"]}）</w:t></w:r>'))
        doc.add_paragraph("二、岗位职责").runs[0].bold = True
        for k, duty in enumerate(d["职责"], 1):
            doc.add_paragraph(f"{k}．{duty}。")
        doc.add_paragraph("三、任职资格").runs[0].bold = True
        q = doc.add_table(rows=5, cols=2); q.style = "Table Grid"
        q.cell(0, 0).text = "学历"
        if "学历_old" in d:
            add_tracked(q.cell(0, 1), d["学历_old"], d["学历"])
        else:
            q.cell(0, 1).text = d["学历"]
        for i, (k, v) in enumerate([("专业", d["专业"]), ("工作经验", d["经验"]), ("持证要求", d["证书"]),
                                     ("其他", d["其他要求"])], 1):
            q.cell(i, 0).text = k; q.cell(i, 1).text = v
        doc.add_paragraph("四、职业发展通道").runs[0].bold = True
        doc.add_paragraph(d["发展"])
    doc.save(OUT / "01_装卸作业部岗位说明书（2025版）.docx")
    TRUTH["01_装卸作业部岗位说明书（2025版）.docx"] = {
        "layout": "one Word section per post, post name only in the section header; facts table with merged cells; "
                  "tracked change on 桥吊司机 学历 (高中及以上 -> 中专及以上, in w:del/w:ins); hidden w:vanish old pay; footer",
        "posts": P01}


# --------------------------------------------------------------------------------------------
# P02 docx: 拖轮船长 — label | value form whose 职责 cell holds a nested table (序号|职责|时间占比);
# 任职资格 as prose paragraphs with run-in bold labels; a 修订记录 table; 工作环境 略; 拖轮大副 named only.
# --------------------------------------------------------------------------------------------
TUG = {
    "部门": "海事服务部拖轮队", "直接上级": "拖轮队队长", "直接下属": "拖轮大副、轮机长、水手",
    "工作地点": "东澜港拖轮基地（西港池）", "班次": "24小时轮值，做一休二",
    "学历": "航海技术专业大专及以上", "经验": "3年以上拖轮大副任职经历",
    "证书": "海船船长适任证书（3000总吨以下）、GMDSS通用操作员证书", "薪资": "年薪28万-36万元",
    "职责": [("全面负责本船安全航行，协助大型集装箱船舶靠离泊作业", "40%"),
             ("接受船舶调度员下达的拖带指令，按引航员要求进行顶推、拖带", "25%"),
             ("组织船员开展消防、弃船、溢油应急演练，每月不少于一次", "10%"),
             ("负责本船防污染管理，审核签署油类记录簿", "10%"),
             ("督促轮机长做好主机、舵机的维护保养", "15%")],
}


def gen_p02():
    doc = Document(); cjk(doc)
    doc.add_paragraph(f"{CO}").runs[0].bold = True
    doc.add_paragraph("拖轮船长岗位说明书")
    doc.add_paragraph("文件编号：DL-HR-JD-031　　版本：B/0")
    t = doc.add_table(rows=7, cols=2); t.style = "Table Grid"
    lab = [("岗位名称", "拖轮船长"), ("所属部门", TUG["部门"]), ("汇报对象", TUG["直接上级"]),
           ("管理对象", TUG["直接下属"]), ("工作地点及班制", f"{TUG['工作地点']}；{TUG['班次']}"),
           ("岗位职责", None), ("工作环境", "略")]
    for i, (k, v) in enumerate(lab):
        t.cell(i, 0).text = k
        if v is not None:
            t.cell(i, 1).text = v
    cell = t.cell(5, 1)
    cell.paragraphs[0].text = "主要职责及时间占比："
    nt = cell.add_table(rows=len(TUG["职责"]) + 1, cols=3); nt.style = "Table Grid"
    for j, h in enumerate(["序号", "职责内容", "时间占比"]):
        nt.cell(0, j).text = h
    for i, (dd, pct) in enumerate(TUG["职责"], 1):
        nt.cell(i, 0).text = str(i); nt.cell(i, 1).text = dd; nt.cell(i, 2).text = pct
    doc.add_paragraph("")
    doc.add_paragraph("任职资格").runs[0].bold = True
    for k, v in [("学历专业：", TUG["学历"] + "。"), ("资历：", TUG["经验"] + "，熟悉本港水域、航道及泊位情况。"),
                 ("适任证书：", "持有" + TUG["证书"] + "。"),
                 ("能力：", "具备良好的船艺和应急处置能力，能用英语进行VHF通话。")]:
        p = doc.add_paragraph(); r = p.add_run(k); r.bold = True; p.add_run(v)
    doc.add_paragraph("薪酬待遇").runs[0].bold = True
    doc.add_paragraph(f"实行年薪制，{TUG['薪资']}，另按航次发放拖带作业奖励。")
    doc.add_paragraph("注：拖轮大副、轮机长岗位说明书另行制定。")
    doc.add_paragraph("修订记录").runs[0].bold = True
    rv = doc.add_table(rows=3, cols=4); rv.style = "Table Grid"
    for i, r in enumerate([("版本", "日期", "修订内容", "修订人"),
                           ("A/0", "2022-06-01", "首次发布", "李强"),
                           ("B/0", "2025-01-10", "增加溢油应急演练要求；汇报对象由海事服务部经理改为拖轮队队长", "王敏")]):
        for j, v in enumerate(r):
            rv.cell(i, j).text = v
    doc.save(OUT / "02_拖轮船长岗位说明书.docx")
    TRUTH["02_拖轮船长岗位说明书.docx"] = {
        "layout": "label|value form; 岗位职责 cell holds a nested 序号|职责内容|时间占比 table; qualifications as run-in bold "
                  "labels; 工作环境 略; 拖轮大副 named only; 修订记录 says the boss changed", "post": TUG}


# --------------------------------------------------------------------------------------------
# P03 xlsx: KPI library — 指标库 (merged 维度), 岗位权重 matrix (weights as 0.xx with % format, SUM row
# with cached values patched in), 目标值 sheet, a superseded 2024 sheet.
# --------------------------------------------------------------------------------------------
IND = [("效率类", "K01", "桥吊台时效率", "桥吊台时效率=月装卸自然箱量÷桥吊作业小时（单台桥吊每作业小时完成的自然箱量）", "TOS系统"),
       ("效率类", "K02", "船时效率", "船时效率=船舶在泊期间装卸自然箱量÷在泊小时", "TOS系统"),
       ("效率类", "K03", "集卡平均周转时间", "集卡平均周转时间=集卡从接受指令到完成卸箱返回的平均用时（分钟）", "车队调度系统"),
       ("效率类", "K04", "翻箱率", "翻箱率=翻箱次数÷提箱次数×100%", "TOS系统"),
       ("质量类", "K05", "理货差错率", "理货差错率=差错箱数÷理货总箱数×100%", "理货系统"),
       ("质量类", "K06", "箱位准确率", "箱位准确率=实际箱位与计划箱位一致的箱数÷总箱数×100%", "TOS系统"),
       ("安全类", "K07", "设备责任事故次数", "设备责任事故次数：因操作不当造成设备损坏的事故次数", "安全环保部台账"),
       ("安全类", "K08", "违章作业次数", "违章作业次数：安全检查中发现的违章作业次数", "安全环保部台账"),
       ("服务类", "K09", "船舶准班率", "船舶准班率=按计划时间靠泊的船舶艘次÷总艘次×100%", "调度日志"),
       ("服务类", "K10", "客户有效投诉次数", "客户有效投诉次数：经核实属实的客户投诉次数", "商务部台账")]
POSTS_W = ["桥吊司机", "龙门吊司机", "集卡司机", "理货员", "堆场计划员", "船舶调度员"]
W = {"桥吊司机": {"K01": .40, "K02": .20, "K07": .25, "K08": .15},
     "龙门吊司机": {"K04": .30, "K06": .30, "K07": .25, "K08": .15},
     "集卡司机": {"K03": .40, "K08": .30, "K07": .20, "K10": .10},
     "理货员": {"K05": .50, "K06": .30, "K10": .20},
     "堆场计划员": {"K04": .35, "K06": .25, "K03": .20, "K02": .20},
     "船舶调度员": {"K09": .40, "K02": .30, "K10": .15, "K08": .15}}
TARGETS = [("桥吊司机", "桥吊台时效率", "≥32自然箱/小时", "每低1箱扣2分"),
           ("桥吊司机", "设备责任事故次数", "0次", "发生1次该项不得分"),
           ("集卡司机", "集卡平均周转时间", "≤25分钟", "每超1分钟扣1分"),
           ("理货员", "理货差错率", "≤0.05%", "每超0.01个百分点扣5分"),
           ("堆场计划员", "翻箱率", "≤8%", "每超1个百分点扣3分"),
           ("船舶调度员", "船舶准班率", "≥95%", "每低1个百分点扣2分")]


def patch_cached(path, cached):
    """add <v> cached values to formula cells, as Excel would have saved them"""
    zin = zipfile.ZipFile(path); items = [(i, zin.read(i.filename)) for i in zin.infolist()]; zin.close()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            if info.filename in cached:
                s = data.decode("utf-8")
                for ref, val in cached[info.filename].items():
                    s = re.sub(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?', rf'\1\2<v>{val}</v>', s)
                data = s.encode("utf-8")
            z.writestr(info, data)


def gen_p03():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "说明"
    ws["A1"] = "装卸及生产条线KPI指标库（2025年度）"; ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "1. 本表适用于装卸作业部、运输部、理货中心、生产计划部的一线及计划调度岗位。"
    ws["A4"] = "2. 各岗位考核指标及权重见“岗位权重”页，目标值及计分规则见“目标值”页。"
    ws["A5"] = "3. “2024版（已废止）”页仅供对照，自2025年1月1日起不再使用。"
    s = wb.create_sheet("指标库")
    s.append(["考核维度", "指标编码", "指标名称", "定义/计算公式", "数据来源"])
    for r in IND:
        s.append(list(r))
    # merge the dimension cells
    start = 2
    for i in range(2, len(IND) + 3):
        if i == len(IND) + 2 or s.cell(i, 1).value != s.cell(start, 1).value:
            if i - 1 > start:
                s.merge_cells(start_row=start, start_column=1, end_row=i - 1, end_column=1)
            start = i
    for c, wdt in zip("ABCDE", (10, 10, 18, 52, 16)):
        s.column_dimensions[c].width = wdt
    w = wb.create_sheet("岗位权重")
    w["A1"] = "岗位考核指标权重表"; w.merge_cells("A1:H1")
    w["A2"] = "指标编码"; w["B2"] = "指标名称"; w["C2"] = "考核岗位"; w.merge_cells("C2:H2")
    w.merge_cells("A2:A3"); w.merge_cells("B2:B3")
    for j, p in enumerate(POSTS_W):
        w.cell(3, 3 + j, p)
    for i, (_, code, name, _, _) in enumerate(IND):
        w.cell(4 + i, 1, code); w.cell(4 + i, 2, name)
        for j, p in enumerate(POSTS_W):
            v = W[p].get(code)
            if v:
                c = w.cell(4 + i, 3 + j, v); c.number_format = "0%"
    tot = 4 + len(IND)
    w.cell(tot, 1, "合计"); w.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=2)
    cached = {}
    for j in range(len(POSTS_W)):
        col = get_column_letter(3 + j)
        c = w.cell(tot, 3 + j, f"=SUM({col}4:{col}{tot - 1})"); c.number_format = "0%"
        cached[f"{col}{tot}"] = 1
    t = wb.create_sheet("目标值")
    t.append(["岗位", "指标名称", "目标值", "计分规则"])
    for r in TARGETS:
        t.append(list(r))
    o = wb.create_sheet("2024版（已废止）")
    o.append(["岗位", "指标名称", "权重", "目标值"])
    for r in [("桥吊司机", "桥吊台时效率", "50%", "≥28自然箱/小时"), ("桥吊司机", "设备责任事故次数", "30%", "0次"),
              ("桥吊司机", "出勤率", "20%", "≥98%")]:
        o.append(list(r))
    p = OUT / "03_装卸生产KPI指标库.xlsx"
    wb.save(p)
    idx = wb.sheetnames.index("岗位权重") + 1
    patch_cached(p, {f"xl/worksheets/sheet{idx}.xml": cached})
    TRUTH["03_装卸生产KPI指标库.xlsx"] = {
        "layout": "说明 sheet; 指标库 with merged 维度 cells; 岗位权重 matrix (indicators rows x posts columns, weights "
                  "stored 0.4 shown 40%, SUM row with cached values); 目标值 sheet; superseded 2024 sheet",
        "indicators": IND, "weights": W, "targets": TARGETS}


# --------------------------------------------------------------------------------------------
# P04 xlsx: printable job cards, two cards side by side per band (A:B and D:E), duties in one
# Alt+Enter cell; pay only as 岗级 → 薪资带宽 sheet with a two-row merged header.
# --------------------------------------------------------------------------------------------
CARDS = {
    "理货员": {"所属部门": "理货中心", "直接上级": "理货组长", "直接下属": "无", "学历": "大专及以上",
              "专业": "物流管理、交通运输相关专业", "工作经验": "不限，应届毕业生亦可",
              "证书": "理货员岗位培训合格证（入职后取得）", "工作地点": "三期码头前沿及船边", "班次": "四班三运转", "岗级": "G3",
              "主要职责": ["核对船舶积载图与进出口舱单，记录实际装卸箱号和铅封号",
                       "检查集装箱箱体残损并拍照，填写《集装箱残损记录》",
                       "使用手持终端实时确认装卸箱信息，箱号不符时立即通知船舶调度员",
                       "作业结束后与船方大副核对并签署理货单证"]},
    "堆场计划员": {"所属部门": "生产计划部", "直接上级": "计划主管", "直接下属": "无", "学历": "本科及以上",
               "专业": "物流工程、交通运输、港口航道与海岸工程", "工作经验": "2年以上码头堆场或场站计划经验",
               "证书": "—", "工作地点": "生产指挥中心大楼", "班次": "两班倒（8:00-20:00／20:00-8:00）", "岗级": "G5",
               "主要职责": ["根据船期和预配信息编制堆场箱区规划，分配进口、出口、中转箱位",
                        "控制翻箱率，优化龙门吊作业路线",
                        "监控堆场容量，堆存率超过85%时发出预警",
                        "与船舶调度员协调装船顺序，确认配载计划"]},
    "船舶调度员": {"所属部门": "生产计划部（调度中心）", "直接上级": "调度中心主任", "直接下属": "无", "学历": "大专及以上",
               "专业": "航海技术、港口业务管理", "工作经验": "3年以上港口生产调度经验",
               "证书": "—", "工作地点": "生产指挥中心大楼5楼调度大厅", "班次": "四班三运转", "岗级": "G5",
               "主要职责": ["编制昼夜作业计划和泊位计划，安排船舶靠离泊",
                        "向拖轮队下达拖带指令，与引航站协调引航时间",
                        "实时监控桥吊作业进度，调配作业线",
                        "处理船舶延误、设备故障等突发情况，填写调度日志"]},
    "设备维修技师": {"所属部门": "设备工程部", "直接上级": "维修班班长", "直接下属": "无", "学历": "中专及以上",
                "专业": "机电一体化、电气自动化", "工作经验": "3年以上起重机械维修经验",
                "证书": "低压电工作业证", "工作地点": "设备维修车间", "班次": "常白班，另轮流参加夜间应急值班", "岗级": "G4",
                "主要职责": ["对桥吊、龙门吊进行定期保养和预防性维修",
                         "接到故障报修后15分钟内到达现场抢修",
                         "填写维修记录和备件领用单",
                         "配合特种设备检验机构完成设备年度检验"]},
    "集卡司机": {"所属部门": "运输部（内集卡车队）", "直接上级": "车队长", "直接下属": "无", "学历": "初中及以上",
              "专业": "不限", "工作经验": "2年以上牵引车驾驶经验", "证书": "A2驾驶证",
              "工作地点": "东澜港区内", "班次": "四班三运转", "岗级": "G2",
              "主要职责": ["驾驶集卡按作业指令在码头前沿与堆场之间水平运输集装箱",
                       "港区内行驶限速30公里/小时，服从交通指挥",
                       "出车前检查车辆轮胎、灯光、制动",
                       "配合吊机作业，按指挥手势停靠并解锁、上锁"]},
    "闸口检查员": None,
}
BANDS = [("G2", 5500, 6500, 7800), ("G3", 6000, 7200, 8600), ("G4", 7000, 8500, 10500), ("G5", 8500, 10500, 13000)]
CARD_FIELDS = ["所属部门", "直接上级", "直接下属", "学历", "专业", "工作经验", "证书", "工作地点", "班次", "岗级"]


def gen_p04():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "岗位卡"
    ws["A1"] = f"{CO} 一线岗位卡（打印版，每页两张）"; ws.merge_cells("A1:E1"); ws["A1"].font = Font(bold=True, size=13)
    row = 3
    names = list(CARDS)
    for k in range(0, len(names), 2):
        pair = names[k:k + 2]
        height = 0
        for col0, name in zip((1, 4), pair):
            d = CARDS[name]
            ws.cell(row, col0, f"岗位：{name}").font = Font(bold=True)
            ws.merge_cells(start_row=row, start_column=col0, end_row=row, end_column=col0 + 1)
            r = row + 1
            if d is None:
                ws.cell(r, col0, "本岗位说明书修订中，暂不发布。")
                ws.merge_cells(start_row=r, start_column=col0, end_row=r, end_column=col0 + 1)
                height = max(height, 2); continue
            for f in CARD_FIELDS:
                ws.cell(r, col0, f); ws.cell(r, col0 + 1, d[f]); r += 1
            ws.cell(r, col0, "主要职责")
            c = ws.cell(r, col0 + 1, "\n".join(f"{i}、{x}" for i, x in enumerate(d["主要职责"], 1)))
            c.alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
            height = max(height, r - row)
        row += height + 2
    for c, wdt in zip("ABCDE", (12, 40, 3, 12, 40)):
        ws.column_dimensions[c].width = wdt
    b = wb.create_sheet("薪资带宽")
    b["A1"] = "岗级"; b.merge_cells("A1:A2"); b["B1"] = "月度标准薪酬（元，税前）"; b.merge_cells("B1:D1")
    b["B2"], b["C2"], b["D2"] = "最低", "中位", "最高"
    for r in BANDS:
        b.append(list(r))
    b.cell(len(BANDS) + 4, 1, "注：夜班津贴、加班费另计，不含在上表内。")
    wb.save(OUT / "04_一线岗位卡.xlsx")
    TRUTH["04_一线岗位卡.xlsx"] = {"layout": "job cards two per band side by side (A:B, D:E); duties as one Alt+Enter cell; "
                                          "pay only through 岗级 -> 薪资带宽 sheet with merged two-row header; 闸口检查员 named only",
                                "cards": CARDS, "bands": BANDS}


# --------------------------------------------------------------------------------------------
# P05 csv: a 问卷星 job-analysis questionnaire export; question texts as column headers,
# multi-line answers, "(跳过)" for skipped questions.
# --------------------------------------------------------------------------------------------
Q = {
    "报关员": {"部门": "保税仓储部（关务组）", "上级": "关务主管", "下属": "(跳过)",
            "职责": ["负责保税仓库进出境货物的报关、报检申报", "办理海关查验预约并陪同查验",
                   "核对商业发票、装箱单与报关单的一致性", "跟踪海关放行状态，及时反馈客户",
                   "维护保税仓电子账册，按月核销"],
            "证书": "报关水平测试证书", "学历": "大专及以上", "经验": "2年以上报关工作经验，熟悉保税区业务",
            "班次": "常白班8:30-17:30，船期高峰需加班", "地点": "东澜综合保税区监管仓库", "指标": "报关单差错率、平均通关时效"},
    "单证员": {"部门": "商务部", "上级": "商务主管", "下属": "无",
            "职责": ["制作和审核提单、装箱单、设备交接单（EIR）", "录入船公司舱单数据并按时发送海关",
                   "收取和核对客户订舱资料", "单证归档，纸质单证保存期限不少于3年"],
            "证书": "无", "学历": "大专", "经验": "1年以上货代或港口单证经验",
            "班次": "常白班", "地点": "商务大厅二楼", "指标": "单证差错率"},
    "商务客服": {"部门": "商务部", "上级": "商务主管", "下属": "无",
             "职责": ["接听客户热线，解答提箱、放箱、费用查询", "受理客户投诉，24小时内给出初步答复",
                    "办理费用结算和发票开具申请", "维护客户档案和联系人信息"],
             "证书": "(跳过)", "学历": "大专及以上", "经验": "不限，有客服经验者优先",
             "班次": "早班/晚班两班轮换", "地点": "商务大厅一楼服务窗口", "指标": "(跳过)"},
}


def gen_p05():
    hdr = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您的岗位名称", "2、所在部门",
           "3、您的直属上级是（填岗位）", "4、您的直接下属（没有请填无）", "5、请逐条填写本岗位的主要工作职责（按重要程度排序）",
           "6、本岗位必须持有哪些证书", "7、最低学历要求", "8、工作经验要求", "9、班次/工作时间", "10、工作地点",
           "11、您认为本岗位最重要的考核指标"]
    buf = io.StringIO(); wr = csv.writer(buf, lineterminator="\r\n")
    wr.writerow(hdr)
    for i, (post, d) in enumerate(Q.items(), 1):
        wr.writerow([i, f"2025/4/{8 + i} 10:{12 + i}:05", f"{380 + 47 * i}秒", "微信", "N/A", f"10.20.3.{40 + i}(浙江-宁波)",
                     post, d["部门"], d["上级"], d["下属"],
                     "\n".join(f"{k}.{x}" for k, x in enumerate(d["职责"], 1)),
                     d["证书"], d["学历"], d["经验"], d["班次"], d["地点"], d["指标"]])
    (OUT / "05_岗位分析问卷_商务及关务岗位.csv").write_text(buf.getvalue(), encoding="utf-8-sig")
    TRUTH["05_岗位分析问卷_商务及关务岗位.csv"] = {"layout": "问卷星 export, question texts as headers, multi-line cells, (跳过)", "answers": Q}


# --------------------------------------------------------------------------------------------
# P06 html: posting comparison table, posts as COLUMNS under colspan department headers,
# rowspan row groups, duties as <ol> inside cells; 安全员 column says 暂停招聘.
# --------------------------------------------------------------------------------------------
H = {
    "安全主管": {"人数": "1", "上级": "安全环保部经理", "下属": "安全员（3名）", "学历": "本科及以上",
             "专业": "安全工程、港口机械等相关专业", "经验": "5年以上港口或危险货物安全管理经验，其中2年以上管理经验",
             "证书": "中级注册安全工程师", "薪资": "年薪20万-26万元", "地点": "东澜港区行政楼", "班次": "常白班，参加节假日安全值班",
             "职责": ["组织编制码头安全生产规章制度和操作规程", "每周组织码头前沿和堆场安全检查，跟踪隐患整改闭环",
                    "负责危险货物集装箱堆存的审批和现场监管", "组织安全教育培训和应急演练，每季度至少一次综合演练",
                    "牵头调查一般及以下生产安全事故"]},
    "安全员": None,
    "商务客服": {"人数": "2", "上级": "商务主管", "下属": "无", "学历": "大专及以上", "专业": "不限", "经验": "不限，有客服经验者优先",
             "证书": "—", "薪资": "月薪5500-7000元", "地点": "商务大厅一楼服务窗口", "班次": "早班/晚班两班轮换",
             "职责": Q["商务客服"]["职责"]},
    "单证员": {"人数": "1", "上级": "商务主管", "下属": "无", "学历": "大专", "专业": "国际贸易、物流管理", "经验": "1年以上货代或港口单证经验",
            "证书": "—", "薪资": "月薪6000-7500元", "地点": "商务大厅二楼", "班次": "常白班",
            "职责": Q["单证员"]["职责"]},
}


def gen_p06():
    cols = list(H)
    def cells(key, fmt=lambda v: v):
        out = []
        for p in cols:
            d = H[p]
            out.append("<td>本期暂停招聘</td>" if d is None else f"<td>{fmt(d[key])}</td>")
        return "".join(out)
    ol = lambda xs: "<ol>" + "".join(f"<li>{x}</li>" for x in xs) + "</ol>"
    L = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8"><title>2025年秋季社会招聘岗位对比表</title>',
         "<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px;vertical-align:top}</style></head><body>",
         f"<h1>{CO} 2025年秋季社会招聘</h1>", "<p>以下为本期职能及商务类岗位的招聘需求对比，报名截止2025年10月31日。</p>",
         "<table>",
         '<tr><th rowspan="2" colspan="2">项目</th><th colspan="2">安全环保部</th><th colspan="2">商务部</th></tr>',
         "<tr>" + "".join(f"<th>{p}</th>" for p in cols) + "</tr>",
         '<tr><th rowspan="3">基本信息</th><th>招聘人数</th>' + cells("人数") + "</tr>",
         "<tr><th>直接上级</th>" + cells("上级") + "</tr>",
         "<tr><th>直接下属</th>" + cells("下属") + "</tr>",
         '<tr><th rowspan="4">任职要求</th><th>学历</th>' + cells("学历") + "</tr>",
         "<tr><th>专业</th>" + cells("专业") + "</tr>",
         "<tr><th>工作经验</th>" + cells("经验") + "</tr>",
         "<tr><th>证书</th>" + cells("证书") + "</tr>",
         '<tr><th rowspan="3">工作条件</th><th>薪资</th>' + cells("薪资") + "</tr>",
         "<tr><th>工作地点</th>" + cells("地点") + "</tr>",
         "<tr><th>班次</th>" + cells("班次") + "</tr>",
         '<tr><th colspan="2">岗位职责</th>' + cells("职责", ol) + "</tr>",
         "</table>", "<p>应聘方式：登录东澜港招聘小程序投递简历。</p>", "</body></html>"]
    (OUT / "06_秋季社招岗位对比.html").write_text("\n".join(L) + "\n", encoding="utf-8")
    TRUTH["06_秋季社招岗位对比.html"] = {"layout": "posts as columns under colspan department headers, rowspan row groups, "
                                               "<ol> duties in cells; 安全员 暂停招聘", "posts": H}


# --------------------------------------------------------------------------------------------
# P07 pdf: HR meeting minutes (议题/决定 table) that change a boss, add a duty, set tug KPIs, raise an allowance.
# --------------------------------------------------------------------------------------------
TUG_KPI = [("安全航行责任事故次数", "30%", "0次"), ("拖带作业准时率", "30%", "≥98%"),
           ("单位拖带燃油消耗", "20%", "较上年下降3%"), ("应急演练完成率", "20%", "100%")]


def gen_p07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    st = ParagraphStyle("n", fontName="STSong-Light", fontSize=10.5, leading=16)
    h = ParagraphStyle("h", fontName="STSong-Light", fontSize=15, leading=22, alignment=1)
    story = [Paragraph(f"{CO}", h), Paragraph("2025年第3次人力资源专题会议纪要", h), Spacer(1, 6),
             Paragraph("时间：2025年6月18日 14:30　地点：行政楼三楼会议室　主持：副总经理 陈立新　记录：人力资源部 王敏", st),
             Paragraph("参会：人力资源部、生产计划部、设备工程部、海事服务部、运输部负责人", st), Spacer(1, 8)]
    rows = [["议题", "会议决定"],
            ["一、调度中心管理关系", "自2025年7月1日起，船舶调度员的直接上级由调度中心主任调整为生产计划部副经理（分管调度）。"],
            ["二、设备维修技师职责", "设备维修技师增加一项职责：负责岸桥远程操控系统的日常巡检和故障报修。"],
            ["三、拖轮船长考核", "拖轮船长年度考核指标按下表执行（见附表）。"],
            ["四、夜班津贴", "集卡司机夜班津贴由每班50元提高至80元，自2025年7月起执行。"]]
    t = Table([[Paragraph(c, st) for c in r] for r in rows], colWidths=[120, 340])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 10), Paragraph("附表：拖轮船长年度考核指标", st), Spacer(1, 4)]
    k = Table([["考核指标", "权重", "目标值"]] + [list(r) for r in TUG_KPI], colWidths=[200, 80, 140])
    k.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), "STSong-Light")]))
    story += [k, Spacer(1, 14), Paragraph("以上决定由人力资源部负责修订相关岗位说明书。", st),
              Paragraph("抄送：各部门　　　　　　　　　　　　人力资源部　2025年6月20日印发", st)]
    SimpleDocTemplate(str(OUT / "07_人力资源专题会议纪要（2025-3）.pdf"), pagesize=A4).build(story)
    TRUTH["07_人力资源专题会议纪要（2025-3）.pdf"] = {"layout": "meeting minutes, 议题|会议决定 table + KPI annex table",
                                                       "decisions": rows[1:], "tug_kpi": TUG_KPI}


# --------------------------------------------------------------------------------------------
# P08 md: new-hire FAQ as one Markdown table 问题 | 解答 | 依据 (a policy document, mostly distractor).
# --------------------------------------------------------------------------------------------
FAQ = [("试用期多长？", "所有岗位试用期均为6个月，试用期工资为转正工资的80%。", "《员工手册》第3章"),
       ("什么是四班三运转？", "四个班组轮流上早、中、夜三个班次，每班8小时，每个班组每4天休息1天。", "《生产班制管理规定》"),
       ("桥吊司机多久能独立上机？", "新入职桥吊司机带教期3个月，经装卸作业部实操考核合格后方可独立上机。", "《特种设备作业人员管理办法》"),
       ("港区里可以抽烟吗？", "港区全域禁止吸烟，违者按《安全奖惩办法》每次罚款200元。", "《安全奖惩办法》"),
       ("入职要参加哪些安全培训？", "新员工须完成公司、部门、班组三级安全教育，合计不少于24学时，考试合格后上岗。", "《安全教育培训制度》"),
       ("工装怎么领？", "入职当天凭《入职通知单》到行政楼一楼仓库领取工装、安全帽和劳保鞋。", "《劳动防护用品管理规定》"),
       ("年假怎么算？", "按国家规定执行，累计工作满1年不满10年的，年休假5天。", "《员工手册》第5章")]


def gen_p08():
    L = ["# 新员工入职常见问题（FAQ）", "", f"> {CO} 人力资源部　更新于2025-05", "",
         "| 问题 | 解答 | 依据 |", "| --- | --- | --- |"]
    L += [f"| {a} | {b} | {c} |" for a, b, c in FAQ]
    L += ["", "如有其他问题，请联系人力资源部（分机 8021）。", ""]
    (OUT / "08_新员工入职FAQ.md").write_text("\n".join(L), encoding="utf-8")
    TRUTH["08_新员工入职FAQ.md"] = {"layout": "FAQ as one Markdown table with a source column", "faq": FAQ}


# --------------------------------------------------------------------------------------------
# P09 GBK txt: an e-mail reply thread; newest message on top corrects the quoted older posting text.
# --------------------------------------------------------------------------------------------
def gen_p09():
    txt = """发件人: 赵海燕 <zhaohy@donglanport.example>
发送时间: 2025年9月2日 星期二 16:05
收件人: 王敏
抄送: 刘建军; 孙蕾
主题: 回复: 回复: 关于报关员、单证员招聘条件的确认

王敏你好，

经保税仓储部和商务部确认，两个岗位的招聘条件按以下意见修改，以本邮件为准：

1. 报关员：工作经验要求改为3年以上报关工作经验（原为2年），且须有保税区电子账册管理经验；其他条件不变。
2. 单证员：直接上级改为单证组长（原为商务主管），单证组长岗位已于2025年6月设立。

请据此更新岗位说明书和招聘公告。

赵海燕
保税仓储部 经理

-----原始邮件-----
发件人: 王敏
发送时间: 2025年8月28日 9:41
主题: 回复: 关于报关员、单证员招聘条件的确认

> 赵经理：
> 附上按问卷整理的招聘条件草稿，请确认。
>
> 【报关员】保税仓储部（关务组），直属上级：关务主管。
> 学历大专及以上，2年以上报关工作经验，持报关水平测试证书。
> 月薪：7000-9500元。
>
> 【单证员】商务部，直属上级：商务主管。
> 学历大专，1年以上货代或港口单证经验。
>
> 王敏　人力资源部
"""
    (OUT / "09_邮件_报关员单证员招聘条件确认.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    TRUTH["09_邮件_报关员单证员招聘条件确认.txt"] = {"layout": "GBK CRLF e-mail thread; newest on top overrides quoted draft",
                                                     "new": {"报关员经验": "3年以上报关工作经验+保税区电子账册管理经验",
                                                             "单证员上级": "单证组长"},
                                                     "old_quoted": {"报关员薪资": "月薪7000-9500元"}}


# --------------------------------------------------------------------------------------------
# P10 UTF-16 txt: Excel "Unicode 文本" export (UTF-16LE with BOM, tab-separated, quoted multi-line cell).
# --------------------------------------------------------------------------------------------
SHIFT = [("桥吊司机", "四班三运转", "8", "7:45／15:45／23:45", "80元/班", ""),
         ("龙门吊司机", "四班三运转", "8", "7:45／15:45／23:45", "80元/班", ""),
         ("集卡司机", "四班三运转", "8", "7:30／15:30／23:30", "80元/班", "2025年7月起由50元调为80元"),
         ("理货员", "四班三运转", "8", "7:45／15:45／23:45", "60元/班", ""),
         ("船舶调度员", "四班三运转", "8", "7:30／15:30／23:30", "60元/班", "交班须当面交接调度日志"),
         ("堆场计划员", "两班倒", "12", "7:50／19:50", "100元/班", ""),
         ("拖轮船长", "24小时轮值，做一休二", "24", "8:00", "—", "值班期间不得离开拖轮基地\n遇台风等情况听从调度"),
         ("设备维修技师", "常白班+夜间应急值班", "8", "—", "应急值班每晚120元", ""),
         ("商务客服", "早班/晚班", "8", "8:00／16:00", "—", "晚班至24:00")]


def gen_p10():
    buf = io.StringIO(); wr = csv.writer(buf, delimiter="\t", lineterminator="\r\n")
    wr.writerow(["岗位", "班制", "单班时长（小时）", "交接班时间", "夜班津贴", "备注"])
    for r in SHIFT:
        wr.writerow(r)
    (OUT / "10_各岗位班制及夜班津贴.txt").write_bytes(b"\xff\xfe" + buf.getvalue().encode("utf-16-le"))
    TRUTH["10_各岗位班制及夜班津贴.txt"] = {"layout": "UTF-16LE Excel Unicode-text export, tab-separated, quoted multi-line cell",
                                          "rows": SHIFT}


if __name__ == "__main__":
    for f in (gen_p01, gen_p02, gen_p03, gen_p04, gen_p05, gen_p06, gen_p07, gen_p08, gen_p09, gen_p10):
        f()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
