# -*- coding: utf-8 -*-
"""Round 75 blind trial "blood": 江州市中心血站 HR documents (10 files).
Run: T75_OUT=/tmp/t75blood/corpus /tmp/genv/bin/python gen.py
"""
import csv, os, json
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = Path(os.environ.get("T75_OUT", "/tmp/t75blood/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
ORG = "江州市中心血站"


# ---------------------------------------------------------------- 01 docx: form per post, shift-phase duty table
def docx_form():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{ORG}　受控文件　JZXZ-HR-JD-2024-01　体采科岗位说明书"
    sec.footer.paragraphs[0].text = "本文件由人力资源科归口管理　未经批准不得复印"
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(f"{ORG}体采科岗位说明书（2024年版）"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("编制：人力资源科　　审核：体采科　　批准：站长　　生效日期：2024年3月1日")

    posts = [
        dict(name="体采科护士长", code="TC-01", dept="体采科", boss="体采科科长",
             subs="采血护士、献血屋护士组长", loc="血站本部及各献血屋、献血车", shift="常日班，节假日轮流值班",
             edu_old="大专及以上", edu="本科及以上", major="护理学",
             exp="8年以上临床护理工作经验，其中采血工作3年以上",
             cert="护士执业证书；主管护师及以上职称；采供血岗位培训合格证",
             duties=[("班前", "核对当日各采血点护士排班、采血器材和血袋库存，确保物资到位"),
                     ("班前", "召开班前会，传达献血者安全与质量要求"),
                     ("班中", "巡查各献血屋和献血车的采血操作，纠正不规范行为"),
                     ("班中", "指导并参与处理献血不良反应，重大不良反应立即上报科长"),
                     ("班后", "汇总当日采血量、不良反应和献血者投诉记录"),
                     ("月度", "组织采血护士技能培训与操作考核，制定护理排班表")]),
        dict(name="采血护士", code="TC-03", dept="体采科", boss="体采科护士长",
             subs="无", loc="各固定献血屋及流动献血车", shift="两班倒（早班7:30-15:30，晚班12:30-20:30）",
             edu_old=None, edu="大专及以上", major="护理、助产",
             exp="1年以上护理工作经验，应届毕业生须经3个月带教",
             cert="护士执业证书；采供血岗位培训合格证（入职后6个月内取得）",
             duties=[("班前", "检查采血器材、血袋批号和有效期，做好采血位消毒"),
                     ("班中", "核对献血者身份与体检结果，按标准操作规程进行静脉穿刺采血"),
                     ("班中", "采血全程观察献血者反应，发生晕针等不良反应时立即处置并报告"),
                     ("班中", "留取血液检测标本，血袋与标本条码一一对应贴签"),
                     ("班后", "血袋在采集后2小时内装箱，与冷链运输司机办理交接"),
                     ("班后", "清点耗材，按规定处置医疗废物")]),
        dict(name="体检医师", code="TC-02", dept="体采科", boss="体采科科长",
             subs="无", loc="各固定献血屋及流动献血车", shift="随采血点开放时间排班",
             edu_old=None, edu="本科及以上", major="临床医学",
             exp="2年以上临床工作经验",
             cert="执业医师资格证书（执业范围内科或全科）",
             duties=[("班前", "检查血压计、血红蛋白仪等体检设备并做质控"),
                     ("班中", "开展献血前健康征询和一般体格检查"),
                     ("班中", "依据《献血者健康检查要求》判定献血者是否适宜献血"),
                     ("班中", "向暂缓献血者解释原因并做好登记"),
                     ("班中", "负责献血不良反应的医学处置"),
                     ("班后", "审核当日体检记录并签字")]),
    ]
    for i, p in enumerate(posts):
        if i:
            d.add_page_break()
        h = d.add_heading(f"岗位说明书 {p['code']}", level=2)
        tb = d.add_table(rows=6, cols=4); tb.style = "Table Grid"
        def put(r, c, text):
            tb.cell(r, c).text = text
        put(0, 0, "岗位名称"); put(0, 1, p["name"]); put(0, 2, "岗位编号"); put(0, 3, p["code"])
        put(1, 0, "所属部门"); put(1, 1, p["dept"]); put(1, 2, "直接上级"); put(1, 3, p["boss"])
        put(2, 0, "直接下级"); put(2, 1, p["subs"]); put(2, 2, "工作班次"); put(2, 3, p["shift"])
        put(3, 0, "工作地点"); c = tb.cell(3, 1).merge(tb.cell(3, 3)); c.text = p["loc"]
        # 任职资格: nested table in a merged cell
        put(4, 0, "任职资格")
        c = tb.cell(4, 1).merge(tb.cell(4, 3)); c.text = ""
        nt = c.add_table(rows=4, cols=2); nt.style = "Table Grid"
        nt.cell(0, 0).text = "学历"
        cp = nt.cell(0, 1).paragraphs[0]
        if p["edu_old"]:
            rr = cp.add_run(p["edu_old"]); rr.font.strike = True
            cp.add_run(" ")
            rr = cp.add_run(p["edu"]); rr.underline = True; rr.font.color.rgb = RGBColor(0xC0, 0, 0)
            note = nt.cell(0, 1).add_paragraph()
            rn = note.add_run("〔修订：2024年3月起学历要求由“大专及以上”调整为“本科及以上”，在岗人员不追溯〕")
            rn.font.color.rgb = RGBColor(0xC0, 0, 0); rn.font.size = Pt(8)
        else:
            cp.add_run(p["edu"])
        nt.cell(1, 0).text = "专业"; nt.cell(1, 1).text = p["major"]
        nt.cell(2, 0).text = "工作经验"; nt.cell(2, 1).text = p["exp"]
        nt.cell(3, 0).text = "资格证书"; nt.cell(3, 1).text = p["cert"]
        put(5, 0, "备注"); c = tb.cell(5, 1).merge(tb.cell(5, 3)); c.text = "薪酬按《定岗定编及薪酬标准》执行"
        d.add_paragraph("岗位职责（按工作时段）：")
        dt = d.add_table(rows=1, cols=3); dt.style = "Table Grid"
        dt.rows[0].cells[0].text = "时段"; dt.rows[0].cells[1].text = "序号"; dt.rows[0].cells[2].text = "工作内容"
        start = {}
        for n, (ph, txt) in enumerate(p["duties"], 1):
            row = dt.add_row()
            row.cells[1].text = str(n); row.cells[2].text = txt
            if ph not in start:
                row.cells[0].text = ph; start[ph] = (len(dt.rows) - 1, len(dt.rows) - 1)
            else:
                start[ph] = (start[ph][0], len(dt.rows) - 1)
        for ph, (a, b) in start.items():
            if b > a:
                dt.cell(a, 0).merge(dt.cell(b, 0)); dt.cell(a, 0).text = ph
        d.add_paragraph("")
    d.add_paragraph("附：体采科另设献血屋护士组长岗位，岗位说明书另行编制。")
    d.save(OUT / "01_体采科岗位说明书（2024版）.docx")


# ---------------------------------------------------------------- 02 docx: 岗位职责告知书 letters (prose) with a comment
def docx_letters():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "江州市中心血站　岗位职责告知书汇编（检验、成分、质量）"
    d.sections[0].footer.paragraphs[0].text = "一式两份，科室与本人各执一份"
    letters = [
        ("成分制备技师", "成分科", "成分科科长",
         ["对合格全血进行离心、分离，制备悬浮红细胞和新鲜冰冻血浆；",
          "按计划制备冷沉淀凝血因子、去白细胞悬浮红细胞等特殊成分；",
          "对临床预订的血液进行辐照处理并登记；",
          "打印并核对成分血标签，确保标签与血袋信息一致；",
          "监控离心机、速冻机和储血冰箱温度，每日记录两次；",
          "对脂血、溶血、渗漏等不合格血液进行隔离并提交报废申请。"],
         "应具备大专及以上学历，医学检验技术或输血技术专业，持有卫生专业技术资格（检验士及以上）和采供血岗位培训合格证，应届毕业生亦可。本岗位实行三班倒。"),
        ("血液检验技师", "检验科", "检验科科长",
         ["对献血者标本进行ABO及RhD血型、血红蛋白、ALT、HBsAg、抗-HCV、抗-HIV和梅毒抗体检测；",
          "开展核酸检测（NAT），对反应性标本按流程复检；",
          "负责检测仪器的日常维护、校准和室内质控；",
          "审核检测结果，出具检测报告，确认合格后方可放行血液；",
          "参加室间质评，验收检测试剂并登记批号。"],
         "应具备本科及以上学历，医学检验专业，具有检验师及以上职称，持PCR上岗证，有2年以上血站或医院检验工作经验。常日班为主，按排班参加夜班值守。"),
        ("质量管理员", "质量管理科", "质量管理科科长",
         ["负责质量体系文件的编制、发放、回收与受控管理；",
          "每年组织不少于一次全面内部质量审核，跟踪整改；",
          "对不合格品和偏差开展调查，跟踪纠正预防措施的落实；",
          "编制关键设备和计量器具的年度校准计划并督促执行；",
          "按比例对成品血液进行质量抽检并分析结果。"],
         "应具备本科及以上学历，医学类或质量管理专业，有3年以上采供血工作经验，持有内审员证书。"),
    ]
    for i, (name, dept, boss, duties, req) in enumerate(letters):
        if i:
            d.add_page_break()
        h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = h.add_run(f"{name}岗位职责告知书"); r.bold = True; r.font.size = Pt(15)
        d.add_paragraph(f"致{name}岗位任职者：")
        d.add_paragraph(f"根据《血站质量管理规范》和本站岗位管理制度，本岗位设在{dept}，直接对{boss}负责。现将{name}岗位职责告知如下：")
        cn = "一二三四五六七八"
        for k, t in enumerate(duties):
            d.add_paragraph(f"（{cn[k]}）{t}")
        p = d.add_paragraph(f"任职条件：{req}")
        if name == "血液检验技师":
            try:
                d.add_comment(p.runs, text="人力资源科：PCR上岗证可在入职后一年内取得，请科室确认后修改。", author="人力资源科", initials="HR")
            except Exception:
                p.add_run("【批注：PCR上岗证可在入职后一年内取得，待科室确认】")
        d.add_paragraph("违反上述职责造成血液质量事故的，按《血站差错事故管理办法》处理。")
        tb = d.add_table(rows=1, cols=3); tb.style = "Table Grid"
        tb.rows[0].cells[0].text = f"告知人：{boss}"
        tb.rows[0].cells[1].text = "被告知人签字：＿＿＿＿"
        tb.rows[0].cells[2].text = "日期：　　年　月　日"
    d.add_page_break()
    h = d.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run("档案管理员岗位职责告知书"); r.bold = True; r.font.size = Pt(15)
    d.add_paragraph("（略，待办公室修订档案管理制度后另行下发。）")
    d.save(OUT / "02_岗位职责告知书汇编.docx")


# ---------------------------------------------------------------- 03 xlsx: KPI library, BSC dimensions merged down
KPI = {
    "体采科": ("体采科护士长、采血护士", "体采科科长", [
        ("客户维度", "献血者满意度", 0.15, "≥95%", "满意及以上问卷数/回收问卷数×100%", "献血者满意度调查"),
        ("客户维度", "献血不良反应发生率", 0.15, "≤0.5%", "发生不良反应人次/献血总人次×100%", "不良反应登记表"),
        ("内部流程", "采血量计划完成率", 0.25, "≥100%", "实际采血量/计划采血量×100%", "血液管理信息系统"),
        ("内部流程", "一针穿刺成功率", 0.20, "≥98%", "一次穿刺成功人次/采血总人次×100%", "采血记录"),
        ("内部流程", "血袋标签差错数", 0.15, "0", "统计期内标签差错件数", "质量管理科抽查"),
        ("学习成长", "培训考核合格率", 0.10, "100%", "考核合格人数/参加考核人数×100%", "科室培训档案"),
    ]),
    "成分科": ("成分制备技师", "成分科科长", [
        ("客户维度", "临床特殊成分订单满足率", 0.15, "≥98%", "按时满足订单数/订单总数×100%", "供血科订单记录"),
        ("内部流程", "成分制备及时率", 0.25, "≥99%", "规定时限内完成制备袋数/制备总袋数×100%", "血液管理信息系统"),
        ("内部流程", "成分血质量抽检合格率", 0.30, "≥99%", "抽检合格袋数/抽检总袋数×100%", "质量管理科抽检报告"),
        ("财务维度", "血液报废率", 0.20, "≤1.5%", "报废袋数/制备总袋数×100%", "报废登记"),
        ("学习成长", "设备温度记录完整率", 0.10, "100%", "完整记录天数/应记录天数×100%", "温度记录表"),
    ]),
    "检验科": ("血液检验技师", "检验科科长", [
        ("内部流程", "检测报告及时率", 0.25, "100%", "按时出具报告批次/检测总批次×100%", "检验信息系统"),
        ("内部流程", "室内质控在控率", 0.25, "≥98%", "在控批次/质控总批次×100%", "质控记录"),
        ("客户维度", "室间质评合格率", 0.20, "100%", "合格项目数/参评项目数×100%", "省临检中心反馈"),
        ("内部流程", "检测差错数", 0.20, "0", "统计期内检测差错件数", "差错登记"),
        ("财务维度", "试剂损耗率", 0.10, "≤2%", "非检测消耗试剂量/试剂领用量×100%", "试剂台账"),
    ]),
    "献血服务科": ("献血招募专员", "献血服务科科长", [
        ("客户维度", "献血人次计划完成率", 0.30, "≥100%", "实际献血人次/计划人次×100%", "血液管理信息系统"),
        ("客户维度", "固定献血者占比", 0.20, "≥40%", "一年内献血2次及以上人数/献血总人数×100%", "献血者档案"),
        ("内部流程", "团体献血场次", 0.20, "≥8场/月", "统计期内组织团体献血活动场次", "招募台账"),
        ("内部流程", "献血者回访率", 0.15, "≥90%", "完成回访人数/应回访人数×100%", "回访记录"),
        ("学习成长", "宣传活动次数", 0.15, "≥4次/月", "统计期内宣传活动次数", "宣传台账"),
    ]),
}


def xlsx_kpi():
    wb = openpyxl.Workbook(); wb.remove(wb.active)
    hdr = ["维度", "序号", "指标名称", "权重", "目标值", "计算公式", "数据来源", "评分规则"]
    for dept, (objs, rater, rows) in KPI.items():
        ws = wb.create_sheet(dept)
        ws.merge_cells("A1:H1"); ws["A1"] = f"{ORG}2024年度{dept}关键绩效指标（平衡计分卡）"
        ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A2:H2"); ws["A2"] = f"考核对象：{objs}　　考核周期：月度　　考核人：{rater}"
        ws.append(hdr)
        first = {}
        for n, (dim, name, w, tgt, f, src) in enumerate(rows, 1):
            r = ws.max_row + 1
            ws.cell(r, 1, dim if dim not in first else None)
            first.setdefault(dim, []).append(r)
            ws.cell(r, 2, n); ws.cell(r, 3, name)
            c = ws.cell(r, 4, w); c.number_format = "0%"
            ws.cell(r, 5, tgt); ws.cell(r, 6, f); ws.cell(r, 7, src)
            ws.cell(r, 8, "达到目标值得满分，每低1个百分点扣该项10%分值" if "%" in tgt else "达到得满分，未达到按比例扣分")
        # BSC rows must be contiguous for merging: they are grouped by dim order above only partly; merge contiguous runs
        for dim, rs in first.items():
            runs = []
            for r in rs:
                if runs and r == runs[-1][-1] + 1:
                    runs[-1].append(r)
                else:
                    runs.append([r])
            for run in runs:
                ws.cell(run[0], 1, dim)
                if len(run) > 1:
                    ws.merge_cells(start_row=run[0], start_column=1, end_row=run[-1], end_column=1)
        last = ws.max_row
        ws.cell(last + 1, 3, "合计"); c = ws.cell(last + 1, 4, f"=SUM(D4:D{last})"); c.number_format = "0%"
        ws.cell(last + 2, 1, "注：月度得分=Σ(指标得分×权重)，否决项：发生输血传播疾病责任事故的，当月绩效为零。")
        for col, wd in zip("ABCDEFGH", [10, 6, 24, 8, 10, 40, 18, 36]):
            ws.column_dimensions[col].width = wd
    ws = wb.create_sheet("2023版（作废）")
    ws["A1"] = "2023年度体采科关键绩效指标（已于2024年1月废止，仅供对照）"
    ws.append(["指标名称", "权重", "目标值"])
    for row in [("采血量计划完成率", "40%", "≥95%"), ("一针穿刺成功率", "30%", "≥95%"), ("献血者满意度", "30%", "≥90%")]:
        ws.append(row)
    wb.save(OUT / "03_2024年度绩效考核指标库.xlsx")


# ---------------------------------------------------------------- 04 xlsx: staffing & pay, two-row grouped header
STAFF = [
    # code, post, dept, boss, 编制, 在岗, edu, major, cert, grade, base, allowance
    ("ZZ-01", "站长", "站领导", "市卫生健康委员会", 1, 1, "硕士研究生及以上", "医学、公共卫生管理", "副主任医师及以上职称", "管理五级", None, None),
    ("TC-01", "体采科护士长", "体采科", "体采科科长", 1, 1, "本科及以上", "护理学", "主管护师", "专技九级", 6500, 1500),
    ("TC-02", "体检医师", "体采科", "体采科科长", 6, 5, "本科及以上", "临床医学", "执业医师资格证书", "专技十一级", 6000, 1200),
    ("TC-03", "采血护士", "体采科", "体采科护士长", 24, 21, "大专及以上", "护理", "护士执业证书", "专技十二级", 4200, 800),
    ("XF-01", "献血招募专员", "献血服务科", "献血服务科科长", 4, 3, "大专及以上", "市场营销、新闻传播、公共卫生", "—", "管理九级", 4000, 500),
    ("CF-01", "成分制备技师", "成分科", "成分科科长", 8, 8, "大专及以上", "医学检验技术、输血技术", "检验士", "专技十二级", 4500, 800),
    ("JY-01", "血液检验技师", "检验科", "检验科科长", 10, 9, "本科及以上", "医学检验", "检验师、PCR上岗证", "专技十一级", 5200, 1000),
    ("ZL-01", "质量管理员", "质量管理科", "质量管理科科长", 3, 3, "本科及以上", "医学类、质量管理", "内审员证书", "专技十一级", 5000, 800),
    ("GX-01", "供血发血员", "供血科", "供血科科长", 6, 6, "大专及以上", "医学检验、护理", "采供血岗位培训合格证", "专技十二级", 4300, 700),
    ("GX-02", "冷链运输司机", "供血科", "供血科科长", 4, 3, "高中及以上", "不限", "C1及以上驾驶证", "工勤四级", 3800, 600),
    ("HQ-01", "献血车驾驶员", "后勤保障科", "后勤保障科科长", 5, 5, "高中（中专）及以上", "不限", "A1或B1驾驶证", "工勤四级", 4000, 600),
    ("XX-01", "信息系统管理员", "信息科", "", 2, 1, "", "", "", "", None, None),
    ("BG-01", "档案管理员", "办公室", "办公室主任", 1, 1, "大专及以上", "档案学", "—", "管理十级", 3600, 300),
]


def xlsx_staff():
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "定岗定编"
    ws.merge_cells("A1:L1"); ws["A1"] = f"{ORG}定岗定编及薪酬标准（2024年）"; ws["A1"].font = Font(bold=True, size=14)
    groups = [("岗位信息", 1, 4), ("编制", 5, 6), ("任职要求", 7, 9), ("薪酬", 10, 12)]
    for g, a, b in groups:
        ws.cell(2, a, g); ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    hdr = ["岗位编码", "岗位名称", "所属科室", "直接上级", "编制数", "在岗数", "学历", "专业", "资格证书",
           "岗位等级", "月基本工资（元）", "岗位津贴（元）"]
    for i, h in enumerate(hdr, 1):
        ws.cell(3, i, h)
    for row in STAFF:
        ws.append(list(row))
    ws.cell(ws.max_row + 2, 1, "说明：站长薪酬按市属事业单位负责人薪酬管理办法执行；信息系统管理员岗位待信息科组建后补充。")
    ws2 = wb.create_sheet("班次代码")
    ws2.append(["代码", "班次", "时间", "适用岗位"])
    for r in [("A", "早班", "7:30-15:30", "采血护士、体检医师"), ("P", "晚班", "12:30-20:30", "采血护士、体检医师"),
              ("D", "常日班", "8:00-17:00", "体采科护士长、质量管理员、献血招募专员、档案管理员"),
              ("N", "夜班", "20:00-次日8:00", "成分制备技师、血液检验技师、供血发血员"),
              ("C", "随车班", "6:30-出车结束", "献血车驾驶员")]:
        ws2.append(r)
    ws3 = wb.create_sheet("补贴标准")
    ws3.append(["补贴项目", "标准", "适用岗位"])
    for r in [("出车补贴", "80元/天", "献血车驾驶员、随车采血护士、随车体检医师"),
              ("夜班费", "100元/班", "成分制备技师、血液检验技师、供血发血员"),
              ("高温补贴", "300元/月（6-9月）", "献血车驾驶员、冷链运输司机")]:
        ws3.append(r)
    wb.save(OUT / "04_定岗定编及薪酬标准.xlsx")


# ---------------------------------------------------------------- 05 csv: requisitions with a group row over the header
def csv_req():
    rows = [
        ["基本信息", "", "", "", "", "任职要求", "", "", "", "待遇", "", "流程", ""],
        ["需求编号", "岗位名称", "用人科室", "工作地点", "招聘人数", "学历", "专业", "证书要求", "工作经验", "薪资范围", "班次", "状态", "备注"],
        ["ZP2024-01", "采血护士", "体采科", "人民路献血屋", "2", "大专及以上", "护理", "护士执业证书", "1年以上", "5000-7000元/月", "两班倒", "招聘中", ""],
        ["ZP2024-02", "采血护士", "体采科", "江州大学城献血屋", "1", "大专及以上", "护理", "护士执业证书", "1年以上", "5500-7500元/月", "两班倒", "招聘中", "含校区补贴"],
        ["ZP2024-03", "采血护士", "体采科", "1号献血车（流动）", "2", "大专及以上", "护理", "护士执业证书", "1年以上", "6000-8000元/月", "随车班", "招聘中", "含出车补贴"],
        ["ZP2024-04", "体检医师", "体采科", "2号献血车（流动）", "1", "本科及以上", "临床医学", "执业医师资格证书", "2年以上", "8000-11000元/月", "随车班", "招聘中", ""],
        ["ZP2024-05", "冷链运输司机", "供血科", "血站本部", "1", "高中及以上", "不限", "C1及以上驾驶证", "3年以上驾龄", "4500-5500元/月", "24小时轮班", "招聘中", ""],
        ["ZP2024-06", "血液检验技师", "检验科", "血站本部", "1", "本科及以上", "医学检验", "检验师", "2年以上", "7000-9000元/月", "常日班+夜班", "已撤回", "2024年5月撤回，改为内部调配"],
        ["ZP2024-07", "献血车驾驶员", "后勤保障科", "血站本部车队", "1", "高中（中专）及以上", "不限", "A1或B1驾驶证", "5年以上驾龄", "5000-6000元/月", "随车班", "招聘中", "无重大交通事故记录"],
    ]
    with open(OUT / "05_2024年招聘需求明细.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- 06 html: careers page, facts as <b>label</b>value list items
def html_page():
    h = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>加入我们 - {ORG}</title>
<style>.job{{border:1px solid #c00;margin:12px;padding:8px}} .job li b{{display:inline-block;width:6em}}</style></head>
<body>
<nav><a href="/">首页</a> | <a href="/xianxue">我要献血</a> | <a href="/zhaopin">加入我们</a></nav>
<header><h1>加入我们</h1><p>热血相传，生命相连。{ORG}诚聘以下岗位，有意者请将简历发送至人力资源科。</p></header>
<main>
<section class="job" id="job-1">
<h2>献血招募专员</h2>
<ul class="meta">
<li><b>部门</b>献血服务科</li>
<li><b>地点</b>血站本部（需经常外出至企事业单位、高校）</li>
<li><b>月薪</b>4500-6000元 + 招募绩效</li>
<li><b>学历</b>大专及以上</li>
</ul>
<p class="sub">你将负责：</p>
<ol>
<li>走访企事业单位、高校和社区，组织团体无偿献血活动</li>
<li>运营血站微信公众号和短视频账号，策划献血宣传活动</li>
<li>对献血者进行关怀回访，动员再次献血</li>
</ol>
<p class="sub">我们希望你：</p>
<ol>
<li>市场营销、新闻传播、公共卫生等相关专业</li>
<li>有1年以上活动策划或社区工作经验，善于沟通</li>
</ol>
</section>
<section class="job" id="job-2">
<h2>供血发血员</h2>
<ul class="meta">
<li><b>部门</b>供血科</li>
<li><b>地点</b>血站本部供血大厅</li>
<li><b>月薪</b>5500-7000元（含夜班费）</li>
<li><b>学历</b>大专及以上</li>
</ul>
<p class="sub">你将负责：</p>
<ol>
<li>接收医院用血申请，按先进先出原则发放血液</li>
<li>参与24小时应急发血值班</li>
</ol>
<p class="sub">我们希望你：</p>
<ol>
<li>医学检验或护理专业，持采供血岗位培训合格证</li>
</ol>
</section>
<section class="job closed" id="job-3">
<h2><del>档案管理员</del>（已招满）</h2>
<p>本岗位已于2024年4月招满，感谢关注。</p>
</section>
</main>
<footer>{ORG}　地址：江州市健康路18号　电话：0000-12345678</footer>
</body></html>
"""
    (OUT / "06_加入我们.html").write_text(h, encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf: 供血/运输岗位规范, fact grids, KPI table, watermark
def pdf_spec():
    font = "STSong-Light"
    wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(wqy):
        pdfmetrics.registerFont(TTFont("WQY", wqy)); font = "WQY"
    else:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    S = ParagraphStyle("n", fontName=font, fontSize=10, leading=15)
    H = ParagraphStyle("h", fontName=font, fontSize=13, leading=20, spaceBefore=8)
    T = ParagraphStyle("t", fontName=font, fontSize=16, leading=24, alignment=1)

    def deco(c, doc):
        c.saveState()
        c.setFont(font, 9)
        c.drawString(40, 810, f"{ORG}　JZXZ-GX-GF-2024　供血与运输岗位规范")
        c.drawRightString(555, 25, f"第{doc.page}页")
        c.setFont(font, 50); c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.translate(300, 420); c.rotate(35); c.drawCentredString(0, 0, "受控文件")
        c.restoreState()

    story = [Paragraph("供血与运输岗位规范（2024年修订）", T), Spacer(1, 8),
             Paragraph("1 范围　本规范适用于供血科和后勤保障科的一线岗位。", S)]

    def post(num, name, facts, duties, kpis=None):
        story.append(Paragraph(f"{num} {name}", H))
        data = [[Paragraph(x, S) for x in facts[i:i + 4]] for i in range(0, len(facts), 4)]
        tb = Table(data, colWidths=[60, 180, 60, 180])
        tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), font)]))
        story.append(tb); story.append(Spacer(1, 4))
        story.append(Paragraph("主要职责：", S))
        for k, t in enumerate(duties, 1):
            story.append(Paragraph(f"（{k}）{t}", S))
        if kpis:
            story.append(Spacer(1, 4)); story.append(Paragraph(f"{name}月度考核指标：", S))
            data = [["指标", "权重", "目标值"]] + kpis
            tb = Table(data, colWidths=[200, 60, 100])
            tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONTNAME", (0, 0), (-1, -1), font)]))
            story.append(tb)

    post("2.1", "供血发血员",
         ["所属科室", "供血科", "直接上级", "供血科科长", "学历", "大专及以上", "专业", "医学检验或护理",
          "证书", "采供血岗位培训合格证", "班次", "24小时轮班（白班、夜班）"],
         ["接收并审核医院用血申请单，核对血型、品种和数量；",
          "按照先进先出原则从成品库发放血液，双人核对后出库；",
          "做好血液出入库登记，确保账物相符；",
          "每日盘点库存，库存低于警戒线时向科长报告并启动预警；",
          "承担夜间和节假日的应急发血，协助调配稀有血型血液；",
          "办理医院退回血液的登记和报废手续。"],
         [["发血差错数", "40%", "0"], ["应急用血响应时间", "30%", "≤30分钟"], ["库存盘点准确率", "30%", "100%"]])
    post("2.2", "冷链运输司机",
         ["所属科室", "供血科", "直接上级", "供血科科长", "学历", "高中及以上", "驾龄", "3年以上",
          "证书", "C1及以上驾驶证", "班次", "24小时轮班"],
         ["负责将各献血屋、献血车采集的血液运回血站；",
          "按医院订单向辖区医疗机构配送血液；",
          "全程监控运输箱温度并记录，全血及红细胞2-10℃，血小板20-24℃；",
          "与采血点、医院办理血液交接签收；",
          "每日对冷链运输车辆和运输箱进行清洁消毒。"],
         [["血液运输准时率", "30%", "≥98%"], ["运输温度合格率", "40%", "100%"], ["交接记录完整率", "20%", "100%"], ["交通违章次数", "10%", "0"]])
    story.append(PageBreak())
    post("3.1", "献血车驾驶员",
         ["所属科室", "后勤保障科", "直接上级", "后勤保障科科长", "学历", "高中（中专）及以上", "驾龄", "5年以上，无重大交通事故",
          "证书", "A1或B1驾驶证", "班次", "随车班，早6:30出车"],
         ["按献血车排班将献血车按时驾驶至指定采血点；",
          "负责献血车日常检查、清洁和保养，保证车况良好；",
          "保障车载发电机、空调和储血冰箱用电正常运行；",
          "协助搭建采血现场，摆放引导标识和遮阳设施；",
          "如实填写行车日志和车辆维修记录。"])
    story.append(Spacer(1, 10))
    story.append(Paragraph("附录A（已废止）：2022版规定冷链运输司机须持B2驾驶证，该条款自本规范发布之日起废止。", S))
    doc = SimpleDocTemplate(str(OUT / "07_供血与运输岗位规范.pdf"), pagesize=A4, topMargin=60, bottomMargin=50)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- 08 md: induction guide with footnotes, org table
def md_guide():
    t = f"""# {ORG}新员工入职指南

> 适用于2024年新入职员工。岗位的详细说明以各科室岗位说明书为准。

## 一、组织架构

| 科室 | 负责人 | 下设岗位 |
|:--|:--|:--|
| 体采科 | 体采科科长 | 体采科护士长、体检医师、采血护士 |
| 献血服务科 | 献血服务科科长 | 献血招募专员 |
| 成分科 | 成分科科长 | 成分制备技师 |
| 检验科 | 检验科科长 | 血液检验技师 |
| 质量管理科 | 质量管理科科长 | 质量管理员 |
| 供血科 | 供血科科长 | 供血发血员、冷链运输司机 |
| 后勤保障科 | 后勤保障科科长 | 献血车驾驶员 |
| 信息科 | 信息科科长 | 信息系统管理员 |
| 办公室 | 办公室主任 | 档案管理员 |

各科室科长向站长负责。

## 二、站长岗位职责

站长是血站法定代表人和质量管理体系的最高管理者，对市卫生健康委员会负责，主要职责是：

1. 全面主持血站行政和业务工作，保障辖区临床用血安全；
2. 组织制定年度采供血计划和经费预算；
3. 批准质量方针和质量目标，主持管理评审；
4. 组织突发公共卫生事件和重大灾害的应急用血保障；
5. 负责中层干部的选拔、考核和队伍建设。

站长的任职条件见脚注[^1]。站长年度目标责任书：略（由市卫健委另行下达）。

[^1]: 硕士研究生及以上学历，医学或公共卫生管理专业，具有副主任医师及以上职称，10年以上血站或医疗机构管理经验。

## 三、报到流程

1. 持录用通知到人力资源科报到，领取工牌和工作服；
2. 参加为期一周的岗前培训（血站法规、质量体系、职业暴露防护）；
3. 通过岗前考核后由科室安排带教。

## 四、常见问题

**问：食堂在哪里？**　答：本部三楼，工作日供应早、中餐。

**问：上下班有班车吗？**　答：有，早7:00从火车站广场发车。
"""
    (OUT / "08_新员工入职指南.md").write_text(t, encoding="utf-8")


# ---------------------------------------------------------------- 09 GBK txt: 公文 hierarchy, facts in prose sentences
def gbk_txt():
    t = f"""{ORG}献血服务科岗位设置说明
江血站人〔2024〕12号

一、科室概况
    献血服务科负责全市无偿献血的宣传、招募和献血者服务工作，下设献血招募专员岗位。

二、岗位设置
（一）献血招募专员
    1．岗位概况。该岗位设在献血服务科，直接上级为献血服务科科长，无直接下属，负责管理献血志愿者队伍。工作地点为血站本部，经常外出至企事业单位、高校和社区。实行常日班，周末献血活动期间调休。月薪4500-6000元，另按招募人次计发招募绩效。
    2．主要职责。
      （1）根据年度采血计划制定团体献血招募计划；
      （2）联系企事业单位、高校和社区，组织团体无偿献血活动；
      （3）对献血者进行关怀回访，动员再次献血；
      （4）策划献血宣传活动，运营微信公众号和短视频账号；
      （5）招募、培训和管理献血志愿者队伍；
      （6）维护Rh阴性等稀有血型献血者库，在临床急需时负责应急召集。
    3．任职条件。
      （1）大专及以上学历，市场营销、新闻传播、公共卫生等专业；
      （2）1年以上活动策划或社区工作经验；
      （3）具备新媒体运营能力，持有机动车驾驶证者优先。

三、其他
    本说明自发文之日起执行，原《献血服务科工作职责》（2019年）同时废止。

江州市中心血站人力资源科
2024年2月20日
"""
    (OUT / "09_献血服务科岗位设置说明.txt").write_bytes(t.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 UTF-16 txt: policy (distractor)
def utf16_policy():
    t = f"""{ORG}工作人员行为规范（试行）

第一条　为规范本站工作人员职业行为，保障血液安全，制定本规范。
第二条　工作人员在岗期间应着工作服、佩戴工牌，采血岗位人员不得佩戴戒指、手镯。
第三条　工作人员应严格保护献血者个人信息和检测结果，不得向无关人员泄露。
第四条　工作人员请假1天以内由科长批准，3天以上报分管副站长批准。
第五条　工作人员每年应接受不少于24学时的继续教育。
第六条　发生职业暴露后应立即处置并在2小时内报告科长和院感专员。
第七条　本规范由人力资源科负责解释，自2024年1月1日起试行。
"""
    (OUT / "10_工作人员行为规范.txt").write_bytes(t.encode("utf-16"))


if __name__ == "__main__":
    docx_form(); docx_letters(); xlsx_kpi(); xlsx_staff(); csv_req(); html_page(); pdf_spec(); md_guide(); gbk_txt(); utf16_policy()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
