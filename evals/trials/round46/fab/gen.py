# -*- coding: utf-8 -*-
"""Round 46 / fab: 芯途微电子封测（苏州）有限公司 — 10 HR documents of a semiconductor packaging & test plant.
Run: T46_OUT=/tmp/t46fab/corpus /tmp/genv/bin/python gen.py"""
import os, copy
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.comments import Comment

OUT = os.environ.get("T46_OUT", "/tmp/t46fab/corpus")
os.makedirs(OUT, exist_ok=True)
CO = "芯途微电子封测（苏州）有限公司"

def set_cjk(doc):
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

def merge_v(table, col, r0, r1):
    table.cell(r0, col).merge(table.cell(r1, col))

# ---------------------------------------------------------------- 01 docx: JD book with header/footer, merged
# process cells, a real tracked change (w:del / w:ins), a "略" post and a superseded appendix
def doc01():
    d = Document(); set_cjk(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "芯途封测　受控文件　XT-HR-JD-003　V3.0　　生效日期：2025-01-01"
    fp = sec.footer.paragraphs[0]
    fp.text = "内部资料　严禁外传　｜　人力资源部编制　品质部会签"
    d.add_heading("岗位说明书汇编（工程、品质与厂务系列）", 0)
    d.add_paragraph("本汇编适用于封装工程部、设备部、品质部、测试部及厂务部。各岗位说明书由部门经理提出、"
                    "人力资源部审核、总经理批准后生效。V3.0 替代 2023 年发布的 V2.0。")
    posts = [
        dict(h="一、工艺工程师（PE）", name="工艺工程师（Process Engineer）", code="PKG-ENG-02", dept="封装工程部",
             boss="封装工程部经理", sub="制程技术员", n="6人", loc="苏州一厂 FAB2 封装车间",
             shift="常白班（需响应夜间工艺异常电话）", pay="税前12,000–18,000元/月",
             purpose="负责封装工艺（划片、装片、键合、塑封）的稳定与持续改进，保证良率与产能目标达成。",
             duties=[("负责划片、装片（Die Attach）工艺参数的制定与优化，维护SOP及作业指导书（OI）", "前道工序（划片/装片）", "工艺规范文件"),
                     ("主导新产品导入（NPI）的工艺验证，完成DOE实验并输出验证报告", None, "DOE验证报告"),
                     ("负责引线键合（Wire Bond）工艺窗口管理，监控拉力、推力数据并做SPC管控", "后道工序（键合/塑封）", "SPC控制图"),
                     ("处理线上工艺异常，主导8D分析并落实纠正预防措施", None, "8D报告"),
                     ("指导与培训制程技术员，审核其调机与首件记录", "全工序", "培训记录")],
             qual=[("学历", "本科及以上"), ("专业", "微电子、材料、机械、物理等相关专业"),
                   ("经验", "TRACK"), ("技能", "熟悉SPC、DOE、FMEA，能熟练使用Minitab；英语CET-4以上"),
                   ("证书", "无强制要求，持六西格玛绿带者优先")]),
        dict(h="二、设备工程师（EE）", name="设备工程师（Equipment Engineer）", code="PKG-EQ-01", dept="设备部",
             boss="设备部主管", sub="设备技术员", n="8人", loc="苏州一厂", shift="两班倒（8:00–20:00／20:00–次日8:00）",
             pay="税前10,000–16,000元/月",
             purpose="保障划片机、键合机、塑封机及测试分选机稳定运行，持续提升设备综合效率（OEE）。",
             duties=[("负责键合机（K&S）、划片机（DISCO）的日常维护保养，执行年度PM计划", "全工序设备", "PM记录"),
                     ("处理设备宕机故障，接到报修后30分钟内到达现场，填写维修记录", None, "维修记录"),
                     ("统计分析MTBF、MTTR等设备指标，推动设备改善项目", None, "设备月报"),
                     ("管理备品备件的请购、领用与安全库存", "备件仓", "备件台账"),
                     ("参与新设备的安装调试与验收（FAT/SAT）", "新设备", "验收报告")],
             qual=[("学历", "大专及以上"), ("专业", "机电一体化、自动化、电气工程等相关专业"),
                   ("经验", "2年以上半导体或SMT设备维护经验"), ("技能", "能读懂英文设备手册，会使用PLC编程软件"),
                   ("证书", "低压电工作业证（必需，上岗前须取得）")]),
        dict(h="三、品质工程师（QE）", name="品质工程师（Quality Engineer）", code="QA-QE-03", dept="品质部",
             boss="品质部经理", sub="无", n="5人", loc="苏州一厂／无锡二厂（按季度轮岗）", shift="常白班",
             pay="税前11,000–17,000元/月",
             purpose="建立并维护封装测试全流程质量管控，降低客户投诉与出货不良。",
             duties=[("负责客户投诉（CAR）的分析与回复，48小时内提交初步报告", "客户端", "CAR回复报告"),
                     ("主导来料、制程、出货质量异常的处理，召集MRB评审", "全工序", "MRB记录"),
                     ("维护控制计划（Control Plan）与PFMEA，确保与现场一致", None, "CP／PFMEA"),
                     ("组织内部质量审核，配合IATF 16949客户审核及第三方审核", "体系", "审核报告"),
                     ("统计并发布每周质量周报（良率、出货DPPM、客诉）", None, "质量周报")],
             qual=[("学历", "本科及以上"), ("专业", "质量管理、电子、材料等相关专业"),
                   ("经验", "3年以上半导体或汽车电子行业质量工作经验"), ("技能", "熟悉8D、SPC、MSA等质量工具"),
                   ("证书", "持IATF 16949内审员证书者优先")]),
        dict(h="四、测试工程师（TE）", name="测试工程师（Test Engineer）", code="TST-TE-01", dept="测试部",
             boss="测试部经理", sub="测试技术员", n="4人", loc="无锡二厂 测试车间", shift="常白班",
             pay="税前13,000–20,000元/月",
             purpose="负责成品测试（FT）程序与硬件的开发维护，保证测试覆盖率与测试效率。",
             duties=[("开发与调试ATE测试程序（Advantest V93000、Teradyne J750）", "成品测试（FT）", "测试程序"),
                     ("负责测试硬件（Load Board、Socket）的设计确认与验证", None, "硬件验证报告"),
                     ("分析测试良率，优化单颗测试时间（Test Time Reduction）", None, "良率分析报告"),
                     ("处理客户对测试结果的质询，配合失效分析（FA）", "客户端", "FA报告"),
                     ("编写测试规范并培训测试技术员", "测试车间", "测试规范")],
             qual=[("学历", "本科及以上"), ("专业", "电子工程、微电子等相关专业"),
                   ("经验", "2年以上ATE测试开发经验"), ("技能", "熟悉C/C++或Python，英语读写熟练"),
                   ("证书", "—")]),
        dict(h="五、洁净室管理员", name="洁净室管理员", code="FAC-CR-01", dept="厂务部", boss="厂务部主管",
             sub="无", n="2人", loc="苏州一厂", shift="常白班", pay="税前6,500–8,500元/月",
             purpose="维持洁净室环境受控，保障封装车间洁净等级符合要求。",
             duties="略（详见《洁净室管理制度》第三章第五条）",
             qual=[("学历", "大专及以上"), ("专业", "环境工程、暖通空调等相关专业"),
                   ("经验", "1年以上洁净室或无尘车间管理经验"), ("技能", ""), ("证书", "")]),
    ]
    for i, p in enumerate(posts):
        if i:
            d.add_page_break()
        d.add_heading(p["h"], 1)
        d.add_paragraph("表{}-1　基本信息".format(i + 1))
        t = d.add_table(rows=4, cols=6); t.style = "Table Grid"
        rows = [("岗位名称", p["name"], "岗位编码", p["code"], "所属部门", p["dept"]),
                ("直接上级", p["boss"], "直接下级", p["sub"], "定员", p["n"]),
                ("工作地点", p["loc"], "班次", p["shift"], "薪资范围", p["pay"])]
        for r, vals in enumerate(rows):
            for c, v in enumerate(vals):
                t.cell(r, c).text = v
        t.cell(3, 0).text = "岗位目的"
        m = t.cell(3, 1).merge(t.cell(3, 5)); m.text = p["purpose"]
        d.add_paragraph("表{}-2　岗位职责".format(i + 1))
        if isinstance(p["duties"], str):
            d.add_paragraph(p["duties"])
        else:
            t2 = d.add_table(rows=1 + len(p["duties"]), cols=4); t2.style = "Table Grid"
            for c, v in enumerate(("序号", "职责描述", "关联工序", "输出成果")):
                t2.cell(0, c).text = v
            start = None
            for r, (desc, proc, out) in enumerate(p["duties"], 1):
                t2.cell(r, 0).text = str(r); t2.cell(r, 1).text = desc; t2.cell(r, 3).text = out
                if proc is not None:
                    t2.cell(r, 2).text = proc; start = r
                else:
                    t2.cell(start, 2).merge(t2.cell(r, 2))
        d.add_paragraph("表{}-3　任职资格".format(i + 1))
        t3 = d.add_table(rows=len(p["qual"]), cols=2); t3.style = "Table Grid"
        for r, (k, v) in enumerate(p["qual"]):
            t3.cell(r, 0).text = k
            cell = t3.cell(r, 1)
            if v == "TRACK":
                para = cell.paragraphs[0]
                # a real tracked change: 2年以上 deleted, 3年以上 inserted
                dl = OxmlElement("w:del"); dl.set(qn("w:id"), "1"); dl.set(qn("w:author"), "HR-李娜"); dl.set(qn("w:date"), "2024-06-12T09:00:00Z")
                r1 = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.text = "2年以上"; r1.append(dt); dl.append(r1)
                ins = OxmlElement("w:ins"); ins.set(qn("w:id"), "2"); ins.set(qn("w:author"), "HR-李娜"); ins.set(qn("w:date"), "2024-06-12T09:00:00Z")
                r2 = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = "3年以上"; r2.append(tt); ins.append(r2)
                para._p.append(dl); para._p.append(ins)
                para.add_run("半导体封装工艺经验")
                note = cell.add_paragraph(); rn = note.add_run("〔修订注：2024-06 经验要求由2年提高至3年，经封装工程部经理确认〕")
                rn.italic = True; rn.font.color.rgb = RGBColor(0xC0, 0, 0)
            else:
                cell.text = v
    d.add_page_break()
    d.add_heading("附录　V2.0 品质工程师任职要求（已废止，仅供追溯）", 1)
    d.add_paragraph("以下为2023年版本内容，自V3.0生效之日起停止使用：")
    d.add_paragraph("学历：大专及以上；经验：2年以上质量工作经验；证书：ISO 9001内审员证书（必需）。")
    d.save(os.path.join(OUT, "01_岗位说明书汇编_工程品质厂务_V3.0.docx"))

# ---------------------------------------------------------------- 02 docx: a handover form (岗位交接单)
def doc02():
    d = Document(); set_cjk(d)
    d.sections[0].header.paragraphs[0].text = "表单编号 QR-HR-017　　岗位交接单　　保存期限：3年"
    d.add_heading("岗位交接单（生产领班）", 0)
    t = d.add_table(rows=4, cols=4); t.style = "Table Grid"
    vals = [("交接岗位", "生产领班（封装车间B班）", "所属部门", "生产部"),
            ("交接人", "王建军（调任无锡二厂）", "接收人", "周敏"),
            ("直接上级", "生产主管", "管理对象", "B班作业员约18人"),
            ("交接日期", "2025年4月30日", "班次", "两班倒，B班20:00–次日8:00")]
    for r, row in enumerate(vals):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    d.add_paragraph("一、日常工作事项（接收人须继续执行）")
    items = [("主持班前会，传达当班生产计划与安全注意事项", "每班", "☑已交接"),
             ("按生产计划分配作业员机台，跟踪每小时产出（UPH）", "每班", "☑已交接"),
             ("巡查作业员防静电（ESD）手环与洁净服穿戴，发现违规当场纠正", "每2小时", "☑已交接"),
             ("填写《班组生产日报》，记录产量、良率与停机时间", "每班", "☑已交接"),
             ("组织新作业员上岗培训及技能认证，认证合格后发放上岗证", "按需", "☐未完成（2名新人待认证）"),
             ("与设备技术员对接机台故障，登记停机时长", "按需", "☑已交接"),
             ("每月组织一次班组5S检查与评比", "每月", "☑已交接")]
    t2 = d.add_table(rows=1 + len(items), cols=4); t2.style = "Table Grid"
    for c, v in enumerate(("序号", "工作事项", "频次", "交接状态")):
        t2.cell(0, c).text = v
    for r, (a, b, s) in enumerate(items, 1):
        t2.cell(r, 0).text = str(r); t2.cell(r, 1).text = a; t2.cell(r, 2).text = b; t2.cell(r, 3).text = s
    d.add_paragraph("二、未结事项")
    for s in ("1. 3号塑封机（TOWA）液压异常，已报修，待设备部更换密封件；",
              "2. 客户批次LOT 2504-118外观异常，已隔离，待品质工程师判定；",
              "3. 2名新作业员待技能认证，计划5月10日前完成。"):
        d.add_paragraph(s)
    d.add_paragraph("三、任职条件（供接收人参考）")
    d.add_paragraph("生产领班须具备高中或中专及以上学历，3年以上电子制造业产线经验，其中至少1年班组管理经验；"
                    "熟悉5S与精益生产基础知识；须取得公司内部《班组长任职资格证》后方可独立带班。")
    d.add_paragraph("四、签字确认")
    t3 = d.add_table(rows=2, cols=3); t3.style = "Table Grid"
    for c, v in enumerate(("交接人签字", "接收人签字", "监交人（生产主管）签字")):
        t3.cell(0, c).text = v
    d.save(os.path.join(OUT, "02_生产领班岗位交接单.docx"))

# ---------------------------------------------------------------- 03 xlsx: KPI library, matrix cells "权重｜目标"
def xl03():
    wb = Workbook()
    ws = wb.active; ws.title = "填表说明"
    for i, s in enumerate(["芯途封测 2025年度KPI考核指标库", "1. “指标字典”定义每个指标的口径与公式；",
                           "2. “岗位KPI矩阵”中每个单元格写作“权重｜目标值”，“—”表示该岗位不考核此指标；",
                           "3. “品质部”为部门级考核表，得分按公式自动计算；", "4. “2023版（作废）”仅供对比，不再使用。"], 1):
        ws.cell(i, 1, s)
    ws = wb.create_sheet("指标字典")
    hdr = ["指标编码", "指标名称", "定义", "计算公式", "数据来源", "方向"]
    ws.append(hdr)
    D = [("K01", "封装良率", "封装各工序合格品占投入数的比例", "良品数÷投入数×100%", "MES", "越高越好"),
         ("K02", "工艺异常关闭及时率", "规定时限（72小时）内关闭的工艺异常单比例", "按时关闭异常单数÷异常单总数×100%", "异常管理系统", "越高越好"),
         ("K03", "NPI一次通过率", "新产品导入工艺验证一次通过的比例", "一次通过的NPI项目数÷NPI项目总数×100%", "NPI台账", "越高越好"),
         ("K04", "设备综合效率OEE", "设备有效产出时间占计划时间的比例", "时间开动率×性能开动率×合格品率", "EAP/MES", "越高越好"),
         ("K05", "平均故障修复时间MTTR", "设备故障平均修复时长", "故障停机总时长÷故障次数", "设备维修系统", "越低越好"),
         ("K06", "PM计划达成率", "预防性维护按计划完成的比例", "按时完成PM项数÷计划PM项数×100%", "设备维修系统", "越高越好"),
         ("K07", "客户投诉次数", "季度内有效客户投诉（CAR）次数", "有效CAR件数累计", "客诉台账", "越低越好"),
         ("K08", "出货DPPM", "出货产品百万分之不良数", "出货不良数÷出货总数×1,000,000", "OQC/客户反馈", "越低越好"),
         ("K09", "8D报告按时完成率", "在约定时限内提交8D报告的比例", "按时提交8D数÷应提交8D数×100%", "品质部", "越高越好"),
         ("K10", "测试程序一次上线成功率", "测试程序首次上线即通过验证的比例", "一次成功程序数÷上线程序总数×100%", "测试部", "越高越好"),
         ("K11", "单颗测试时间缩减率", "同一产品单颗测试时间较基线缩短的比例", "(基线时间-当前时间)÷基线时间×100%", "测试机日志", "越高越好"),
         ("K12", "UPH达成率", "每小时实际产出与标准产出之比", "实际UPH÷标准UPH×100%", "MES", "越高越好"),
         ("K13", "班组安全事故次数", "班组发生的可记录安全事故次数", "事故次数累计", "EHS", "越低越好"),
         ("K14", "作业员技能认证率", "已取得上岗证的作业员占班组作业员总数的比例", "持证人数÷作业员总数×100%", "培训台账", "越高越好"),
         ("K15", "测试良率", "成品测试一次通过的比例", "测试合格数÷测试总数×100%", "测试机日志", "越高越好")]
    for r in D:
        ws.append(r)
    ws = wb.create_sheet("岗位KPI矩阵")
    posts = ["工艺工程师", "设备工程师", "品质工程师", "测试工程师", "生产领班"]
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=1 + len(posts))
    ws.cell(1, 1, "2025年度岗位KPI矩阵（单元格内容：权重｜目标值）").font = Font(bold=True)
    ws.append(["指标"] + posts)
    M = {"K01": ["30%｜≥99.30%", "15%｜≥99.30%", "—", "—", "25%｜≥99.30%"],
         "K02": ["25%｜≥95%", "—", "20%｜≥95%", "—", "—"],
         "K03": ["25%｜≥90%", "—", "—", "—", "—"],
         "K04": ["—", "35%｜≥85%", "—", "—", "—"],
         "K05": ["—", "25%｜≤2小时", "—", "—", "—"],
         "K06": ["—", "25%｜≥98%", "—", "—", "—"],
         "K07": ["—", "—", "30%｜≤2次/季度", "—", "—"],
         "K08": ["—", "—", "30%｜≤50", "—", "—"],
         "K09": ["20%｜100%", "—", "20%｜≥95%", "20%｜≥95%", "—"],
         "K10": ["—", "—", "—", "35%｜≥90%", "—"],
         "K11": ["—", "—", "—", "25%｜≥10%", "—"],
         "K12": ["—", "—", "—", "—", "35%｜≥95%"],
         "K13": ["—", "—", "—", "—", "20%｜0次"],
         "K14": ["—", "—", "—", "—", "20%｜≥98%"],
         "K15": ["—", "—", "—", "20%｜≥98.5%", "—"]}
    names = {r[0]: r[1] for r in D}
    for k in sorted(M):
        ws.append([k + " " + names[k]] + M[k])
    ws.append(["合计"] + ["100%"] * len(posts))
    ws = wb.create_sheet("品质部")
    ws.merge_cells("A1:G1"); ws["A1"] = "品质部2025年度部门KPI考核表"
    ws.append(["序号", "考核维度", "考核指标", "权重", "目标值", "实际值", "得分"])
    rows = [(1, "客户", "客户投诉次数", 0.25, "≤8次/年"), (2, "客户", "客户满意度", 0.15, "≥90分"),
            (3, "过程", "出货DPPM", 0.25, "≤50"), (4, "过程", "来料检验及时率", 0.10, "≥98%"),
            (5, "体系", "内审问题关闭率", 0.15, "100%"), (6, "学习成长", "培训计划完成率", 0.10, "≥95%")]
    for i, (n, dim, ind, w, tgt) in enumerate(rows, 3):
        ws.append([n, dim, ind, w, tgt, None, None])
        ws.cell(i, 4).number_format = "0%"
        ws.cell(i, 7, '=IF(F{0}="","",D{0}*100)'.format(i))
    ws.merge_cells("B3:B4"); ws.merge_cells("B5:B6")
    ws.append(["合计", "", "", "=SUM(D3:D8)", "", "", '=SUM(G3:G8)'])
    ws.cell(9, 4).number_format = "0%"
    ws.cell(10, 1, "注：出现重大客诉（客户停线）时，品质部当季KPI得分上限为60分。")
    ws = wb.create_sheet("2023版（作废）")
    ws["A1"] = "2023年度岗位KPI矩阵（已作废，以2025版为准）"
    ws.append(["指标名称", "工艺工程师", "设备工程师"])
    for r in [("封装良率", "40%｜≥99.0%", "20%｜≥99.0%"), ("设备综合效率OEE", "—", "50%｜≥80%"),
              ("工艺异常关闭及时率", "30%｜≥90%", "—"), ("PM计划达成率", "—", "30%｜≥95%"), ("工艺文件更新及时率", "30%｜100%", "—")]:
        ws.append(r)
    wb.save(os.path.join(OUT, "03_KPI考核指标库_2025.xlsx"))

# ---------------------------------------------------------------- 04 xlsx: staffing & attributes with grouped
# headers and department subtotal rows, pay bands, a shift-code legend
def xl04():
    wb = Workbook(); ws = wb.active; ws.title = "编制与岗位属性"
    groups = [("岗位信息", 3), ("汇报关系", 2), ("任职要求", 3), ("工作条件", 3), ("编制", 2)]
    col = 1
    for g, n in groups:
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + n - 1)
        ws.cell(1, col, g).alignment = Alignment(horizontal="center"); col += n
    ws.append(["部门", "岗位", "岗位代码", "直接上级", "直接下级", "学历", "专业", "经验", "工作地点", "班次代码", "洁净等级", "编制", "在岗"])
    R = [("生产部", "生产领班", "PRD-LD-01", "生产主管", "作业员", "高中/中专及以上", "不限", "3年以上产线经验", "苏州一厂", "B", "Class 10000", 8, 7),
         ("生产部", "作业员（操作员）", "PRD-OP-01", "生产领班", "无", "初中及以上", "不限", "不限", "苏州一厂／无锡二厂", "C", "Class 1000", 160, 142),
         ("生产部", "物料员", "PRD-MH-02", "仓库主管", "无", "高中/中专及以上", "不限", "1年以上", "苏州一厂", "D", "—", 6, 5),
         ("生产部 小计", "", "", "", "", "", "", "", "", "", "", "=SUM(L3:L5)", "=SUM(M3:M5)"),
         ("封装工程部", "工艺工程师", "PKG-ENG-02", "封装工程部经理", "制程技术员", "本科及以上", "微电子/材料", "3年以上", "苏州一厂", "A", "Class 1000", 6, 5),
         ("封装工程部", "制程技术员", "PKG-TEC-05", "工艺工程师", "无", "中专/高职及以上", "机电、电子类", "1年以上", "苏州一厂", "C", "Class 1000", 24, 21),
         ("封装工程部 小计", "", "", "", "", "", "", "", "", "", "", "=SUM(L7:L8)", "=SUM(M7:M8)"),
         ("测试部", "测试工程师", "TST-TE-01", "测试部经理", "测试技术员", "本科及以上", "电子工程", "2年以上", "无锡二厂", "A", "Class 10000", 4, 3),
         ("测试部", "测试技术员", "TST-TEC-02", "测试工程师", "无", "大专及以上", "电子类", "不限", "无锡二厂", "C", "Class 10000", 12, 12),
         ("测试部 小计", "", "", "", "", "", "", "", "", "", "", "=SUM(L10:L11)", "=SUM(M10:M11)"),
         ("行政与EHS部", "EHS专员", "ADM-EHS-01", "行政与EHS部经理", "无", "本科及以上", "安全工程/环境工程", "3年以上", "苏州一厂", "A", "—", 2, 1),
         ("厂务部", "洁净室管理员", "FAC-CR-01", "厂务部主管", "无", "大专及以上", "环境工程/暖通", "1年以上", "苏州一厂", "A", "Class 1000", 2, 2)]
    for r in R:
        ws.append(list(r))
    ws["B5"].comment = Comment("2025-03-01起上级调整，见人字第012号通知", "HR")
    ws = wb.create_sheet("薪酬带宽")
    ws.merge_cells("A1:A2"); ws["A1"] = "岗位"; ws.merge_cells("B1:B2"); ws["B1"] = "职级"
    ws.merge_cells("C1:E1"); ws["C1"] = "月薪（元）"; ws.merge_cells("F1:H1"); ws["F1"] = "津贴（元/月）"
    ws.merge_cells("I1:I2"); ws["I1"] = "年终奖"
    for c, v in zip("CDEFGH", ["下限", "中位", "上限", "夜班津贴", "洁净室津贴", "技能津贴"]):
        ws[c + "2"] = v
    P = [("生产领班", "S3", 7500, 8700, 10000, 600, 200, 300, "1.5个月"),
         ("作业员（操作员）", "S1", 4800, 5400, 6200, 600, 200, "持上岗证 150", "1个月"),
         ("物料员", "S1", 5000, 5700, 6500, 0, 0, 0, "1个月"),
         ("制程技术员", "S2", 6000, 7200, 8500, 600, 200, "T2及以上 300", "1.5个月"),
         ("测试技术员", "S2", 5500, 6500, 7500, 600, 200, 200, "1.5个月"),
         ("EHS专员", "M1", 8000, 10000, 12000, 0, 0, 0, "2个月"),
         ("洁净室管理员", "S3", 6500, 7500, 8500, 0, 300, 0, "1.5个月")]
    for r in P:
        ws.append(list(r))
    ws.append(["注：工程师序列（PE/EE/QE/TE）薪酬见各岗位说明书，不在本表列示。"])
    ws = wb.create_sheet("班次代码")
    ws.append(["代码", "班次名称", "时间安排", "适用说明"])
    for r in [("A", "常白班", "8:30–17:30，周末双休", "工程师、职能岗位"),
              ("B", "两班倒", "8:00–20:00／20:00–次日8:00，做四休二", "领班、设备工程师"),
              ("C", "四班三倒", "8:00–16:00／16:00–24:00／0:00–8:00，四个班组轮换", "作业员、技术员"),
              ("D", "长白班", "8:00–20:00，做五休二", "仓储物料岗位")]:
        ws.append(list(r))
    wb.save(os.path.join(OUT, "04_岗位编制与薪酬.xlsx"))

# ---------------------------------------------------------------- 05 csv: recruiting export with multi-line cells
def csv05():
    import csv
    rows = [["需求编号", "职位名称", "部门", "工作地点", "招聘人数", "学历要求", "专业要求", "工作经验", "薪资范围", "班次", "岗位职责", "任职要求", "发布状态"],
            ["R2025-031", "制程技术员", "封装工程部", "苏州一厂", "6", "中专/高职及以上", "机电、电子类", "1年以上SMT或封装产线经验", "6k-8.5k·13薪", "四班三倒",
             "1、按作业指导书（OI）进行装片、键合、塑封机台的调机与首件确认\n2、监控机台关键参数，每2小时记录一次\n3、处理机台一般异常，超出权限时及时通知工艺工程师\n4、配合工程师完成DOE实验与数据收集",
             "1、能看懂简单机械图纸\n2、能适应无尘车间及倒班\n3、持有电工证者优先", "招聘中"],
            ["R2025-032", "作业员（操作员）", "生产部", "苏州一厂/无锡二厂", "40", "初中及以上", "不限", "无经验可，公司带薪培训", "4.8k-6.2k", "四班三倒",
             "1、按作业指导书完成上料、装片、键合、测试分选等机台操作\n2、进行产品外观目检，挑出不良品并标识隔离\n3、遵守防静电和洁净室管理规定，规范穿戴洁净服\n4、填写生产流转卡和交接班记录",
             "1、18-40周岁，视力（含矫正）1.0以上，无色盲色弱\n2、能适应倒班和长时间站立\n3、吃苦耐劳，服从安排", "招聘中"],
            ["R2025-033", "物料员", "生产部", "苏州一厂", "2", "高中/中专及以上", "不限", "1年以上仓储或物料管理经验", "5k-6.5k", "长白班",
             "1、按工单从仓库领取晶圆、框架、金线、塑封料等物料并配送至产线\n2、管理线边仓，做好先进先出（FIFO）和湿敏物料（MSD）管控\n3、每日盘点线边物料，账实差异当日上报\n4、负责退料、呆滞料的登记与退库",
             "1、熟练使用ERP/WMS系统\n2、持叉车证者优先", "招聘中"],
            ["R2025-034", "EHS专员", "行政与EHS部", "苏州一厂", "1", "本科及以上", "安全工程、环境工程", "3年以上制造业EHS经验", "8k-12k", "常白班",
             "1、负责化学品（酸碱、特气）安全管理，维护危化品台账\n2、开展每月安全检查并跟踪隐患整改\n3、负责新员工三级安全教育\n4、办理环评、排污许可等环保合规事项\n5、组织年度应急演练（火灾、化学品泄漏）",
             "1、持注册安全工程师证书者优先\n2、熟悉ISO 14001、ISO 45001体系", "招聘中"],
            ["R2024-087", "封装工艺实习生", "封装工程部", "苏州一厂", "3", "本科在读", "微电子", "不限", "150元/天", "常白班",
             "协助工艺工程师整理实验数据", "2026届毕业生", "已关闭（2024-12）"]]
    with open(os.path.join(OUT, "05_招聘需求导出_2025Q2.csv"), "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)

# ---------------------------------------------------------------- 06 html: careers page; duty tables with 占比,
# <sup> footnotes, a posting with the hidden attribute
def html06():
    h = """<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>加入芯途 | 芯途封测 社会招聘</title>
<style>.job{border:1px solid #ddd;margin:12px;padding:12px}.tags li{display:inline;margin-right:8px}</style></head>
<body>
<nav><a href="/">首页</a> › <a href="/join">加入我们</a> › 社会招聘</nav>
<h1>加入芯途，一起封装中国“芯”</h1>
<p>芯途封测位于苏州工业园区（一厂）和无锡新吴区（二厂），为客户提供QFN、BGA、SiP封装与成品测试服务。</p>
<section class="job" id="te">
<h2>测试工程师 <em>急招</em></h2>
<ul class="tags"><li>无锡二厂</li><li>本科及以上</li><li>2年以上</li><li>13-20K·14薪</li><li>测试部</li></ul>
<table>
<thead><tr><th>你将负责</th><th>时间占比</th></tr></thead>
<tbody>
<tr><td>开发、调试ATE测试程序（V93000 / J750）</td><td>40%</td></tr>
<tr><td>测试硬件（Load Board、Socket）验证</td><td>20%</td></tr>
<tr><td>测试良率分析与测试时间优化</td><td>25%</td></tr>
<tr><td>客户质询处理及失效分析配合<sup>1</sup></td><td>15%</td></tr>
</tbody></table>
<h3>我们希望你</h3>
<ul><li>电子工程、微电子等相关专业</li><li>熟悉C/C++或Python</li><li>有车规级芯片测试经验者优先</li></ul>
<p class="note"><sup>1</sup> 需不定期到客户现场（长三角地区）支持。</p>
</section>
<section class="job" id="ehs">
<h2>EHS专员</h2>
<ul class="tags"><li>苏州一厂</li><li>本科</li><li>3年以上</li><li>8-12K</li><li>行政与EHS部</li></ul>
<h3>你将负责</h3>
<ul><li>危化品与特气安全管理</li><li>月度安全检查与隐患整改跟踪</li><li>三级安全教育与应急演练</li><li>环保合规（环评、排污许可）</li></ul>
<h3>我们希望你</h3>
<ul><li>安全工程、环境工程相关专业</li><li>有注册安全工程师证书者优先</li></ul>
</section>
<section class="job" id="op">
<h2>作业员（操作员）</h2>
<ul class="tags"><li>苏州一厂 / 无锡二厂</li><li>初中及以上</li><li>无经验可</li><li>综合月薪5500-7500元</li><li>生产部</li></ul>
<h3>你将负责</h3>
<ul><li>机台上下料与操作</li><li>产品外观目检</li><li>填写流转卡与交接班记录</li></ul>
<h3>福利</h3>
<ul><li>免费住宿（4人间，空调、独立卫浴）</li><li>免费班车与工作餐</li><li>夜班津贴600元/月</li><li>入职满一年可申请技术员转岗</li></ul>
</section>
<section class="job" id="cr" hidden>
<h2>洁净室管理员（该职位已招满）</h2>
<ul class="tags"><li>苏州一厂</li><li>大专</li><li>6.5-8.5K</li></ul>
</section>
<footer>简历投递：hr@xintu-osat.example　电话：0512-6688 0000</footer>
</body></html>
"""
    open(os.path.join(OUT, "06_加入芯途_社会招聘.html"), "w", encoding="utf-8").write(h)

# ---------------------------------------------------------------- 07 pdf: cleanroom regulation with articles
def pdf07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    H = ParagraphStyle("h", fontName="wqy", fontSize=15, leading=22, alignment=1)
    C = ParagraphStyle("c", fontName="wqy", fontSize=12, leading=18, spaceBefore=8)
    B = ParagraphStyle("b", fontName="wqy", fontSize=10, leading=15)
    s = [Paragraph("洁净室管理制度", H), Paragraph("文件编号：XT-FAC-005　版本：B/1　发布部门：厂务部", B), Spacer(1, 6),
         Paragraph("第一章　总则", C),
         Paragraph("第一条　为控制封装车间微粒与静电污染，保证产品质量，制定本制度。", B),
         Paragraph("第二条　本制度适用于苏州一厂FAB2封装车间（Class 1000）及测试车间（Class 10000）。", B),
         Paragraph("第二章　洁净区域与等级", C),
         Paragraph("第三条　各区域洁净等级及环境要求见下表。", B)]
    t = Table([["区域", "洁净等级", "温度", "相对湿度"], ["装片/键合区", "Class 1000", "22±2℃", "45±10%"],
               ["塑封区", "Class 10000", "23±3℃", "45±10%"], ["测试区", "Class 10000", "23±3℃", "40±10%"]])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    s += [t, Paragraph("第四条　洁净室压差应保持在10Pa以上，压差报警时由厂务部立即处理。", B),
          Paragraph("第三章　岗位职责", C),
          Paragraph("第五条　洁净室管理员的职责：", B),
          Paragraph("（一）每日巡查洁净室温湿度、压差并记录《洁净室环境日报》；", B),
          Paragraph("（二）每周进行一次尘埃粒子计数检测，超标时启动异常处理流程；", B),
          Paragraph("（三）管理洁净服的发放、清洗与更换，洁净服每周清洗两次；", B),
          Paragraph("（四）负责人员进出洁净室的权限登记与更衣培训；", B),
          Paragraph("（五）监督承包商进入洁净室作业，审批动火等特殊作业。", B),
          Paragraph("第六条　作业员在洁净室内应按规定顺序更衣，经风淋后进入；不得携带纸张、化妆品进入；"
                    "发现洁净服破损应立即报告当班领班。", B),
          Paragraph("第七条　各部门主管负责本部门人员的洁净室纪律，每月接受厂务部检查通报。", B),
          Paragraph("第四章　培训", C),
          Paragraph("第八条　进入洁净室的人员须按下表接受培训，考核合格后方可进入。", B)]
    t2 = Table([["岗位", "洁净室培训", "复训周期"], ["作业员", "4学时", "每年一次"], ["制程技术员", "4学时", "每年一次"],
                ["洁净室管理员", "16学时", "每半年一次"], ["外来人员", "1学时", "每次进入前"]])
    t2.setStyle(t.getStyle() if hasattr(t, "getStyle") else TableStyle([]))
    t2.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    s += [t2, Paragraph("第五章　附则", C),
          Paragraph("第九条　本制度由厂务部负责解释，自2025年1月1日起施行。", B)]
    SimpleDocTemplate(os.path.join(OUT, "07_洁净室管理制度.pdf"), pagesize=A4).build(s)

# ---------------------------------------------------------------- 08 txt: an Org-mode handbook with property drawers
def txt08():
    t = """#+TITLE: 芯途封测 技术员与作业员入职手册
#+AUTHOR: 人力资源部 培训组
#+DATE: 2025-02-10
#+OPTIONS: toc:nil

* 欢迎加入芯途
  本手册面向封装车间一线新员工。请在入职第一周内读完，有问题找你的带教师傅或领班。

* 岗位一览
** 制程技术员
   :PROPERTIES:
   :岗位代码: PKG-TEC-05
   :所属部门: 封装工程部
   :直接上级: 工艺工程师（当班）
   :班次:     四班三倒
   :试用期:   3个月
   :END:
*** 主要职责
    - 机台调机与首件确认，首件须经工艺工程师签字后方可量产
    - 每2小时点检机台关键参数（键合温度、超声功率、压力）
    - 机台一般异常的处理与记录
    - 带教新作业员的机台基础操作
*** 晋升通道
    | 等级 | 名称       | 晋升条件                         |
    |------+------------+----------------------------------|
    | T1   | 初级技术员 | 入职转正                         |
    | T2   | 中级技术员 | 任T1满1年，独立操作3类机台        |
    | T3   | 高级技术员 | 任T2满2年，完成1项改善提案并结案  |
    | T4   | 资深技术员 | 任T3满2年，可申请转助理工程师      |
** 作业员（操作员）
   :PROPERTIES:
   :岗位代码: PRD-OP-01
   :所属部门: 生产部
   :直接上级: 生产领班
   :班次:     四班三倒
   :试用期:   1个月
   :END:
*** 上岗流程
    1. 入职第1天：三级安全教育、防静电（ESD）培训
    2. 第2-3天：洁净室更衣考核（须一次通过）
    3. 第4-10天：师带徒跟线作业
    4. 技能认证通过后由领班发放上岗证，方可独立操作
*** TODO 作业员晋升标准（待人力资源部补充）
** 测试技术员
   略（另见测试部内部手册，本手册不收录）

* 常见问题
** 试用期多长？
   技术员3个月，作业员1个月；试用期工资为转正工资的90%。
** 能不能不上夜班？
   一线岗位均需倒班，孕期及哺乳期员工可申请调整为常白班。
** 班车怎么坐？
   园区内设4条班车线路，班车时刻表见厂区公告栏。
"""
    open(os.path.join(OUT, "08_技术员与作业员入职手册.txt"), "w", encoding="utf-8").write(t)

# ---------------------------------------------------------------- 09 GBK notice changing a post's boss and shift
def txt09():
    t = """芯途封测〔2025〕人字第012号

关于调整物料员汇报关系及班次的通知

各部门：
    为配合生产计划与物料齐套管理，经公司研究决定，自2025年3月1日起：
    一、物料员的直接上级由“仓库主管”调整为“生产计划主管”，编制仍归属生产部；
    二、物料员班次由长白班（D）调整为两班倒（B），夜班按规定享受夜班津贴；
    三、物料员新增职责：每班结束前30分钟完成线边仓交接盘点，并在MES中确认物料齐套状态；
    四、《岗位编制与薪酬》中的相关内容同步更新，与本通知不一致的，以本通知为准。
    另：设备技术员岗位说明书正在修订，修订完成后另行发布。

特此通知。

人力资源部
2025年2月20日
"""
    open(os.path.join(OUT, "09_关于调整物料员汇报关系及班次的通知.txt"), "w", encoding="gbk", newline="\r\n").write(t)

# ---------------------------------------------------------------- 10 md: attendance & shift policy with a 略 part
def md10():
    t = """# 考勤与倒班管理制度（2025版）

> 发布部门：人力资源部　　适用范围：芯途封测全体员工

## 第一章 总则

1. 为规范考勤与倒班管理，保障连续生产，制定本制度。
2. 本制度不规定各岗位的薪资标准，薪资以《岗位编制与薪酬》为准。

## 第二章 班次

| 班次 | 时间 | 适用人员 |
|---|---|---|
| 常白班 | 8:30-17:30 | 工程师及职能人员 |
| 两班倒 | 8:00-20:00 / 20:00-8:00 | 领班、设备工程师等 |
| 四班三倒 | 8:00-16:00 / 16:00-24:00 / 0:00-8:00 | 作业员、技术员 |

3. 倒班人员交接班须提前15分钟到岗，完成交接签字后方可离岗。
4. 夜班（22:00至次日6:00之间工作满4小时）按每晚40元发放夜班津贴，按月汇总。

## 第三章 加班

5. 加班须提前在OA提交申请，经部门主管批准；未经批准的不计加班。
6. 工作日加班优先安排调休，调休须在3个月内使用。

## 第四章 请假管理

（略，按《员工手册》第六章执行）

## 第五章 附则

7. 本制度自2025年1月1日起施行，由人力资源部负责解释。
"""
    open(os.path.join(OUT, "10_考勤与倒班管理制度.md"), "w", encoding="utf-8").write(t)

if __name__ == "__main__":
    doc01(); doc02(); xl03(); xl04(); csv05(); html06(); pdf07(); txt08(); txt09(); md10()
    print("wrote", sorted(os.listdir(OUT)))
