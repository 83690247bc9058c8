"""Round 67 'sec': 华岳证券 杭州钱江路营业部 — 10 HR documents in new layouts.
Run: T67_OUT=/tmp/t67sec/corpus /tmp/genv/bin/python gen.py
"""
import csv, json, os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T67_OUT", "/tmp/t67sec/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "华岳证券股份有限公司"
BR = "杭州钱江路证券营业部"
GT = {}


def gt(file, post, **kw):
    GT.setdefault(file, {}).setdefault(post, {}).update(kw)


# ------------------------------------------------------------------ 01 docx: one table per post,
# vertical section labels merged down, duties as paragraphs in one cell, strike/underline revisions,
# header + footer, cross-reference instead of duties for one post, one post only named.
def f01():
    fn = "01_营业部岗位说明书汇编（2025版）.docx"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}  {BR}    文件编号：HY-QJ-HR-2025-007    受控"
    sec.footer.paragraphs[0].text = "本文件由营业部综合管理岗维护  ·  修订标记：删除线为删除内容，下划线为新增内容"
    d.add_paragraph().add_run(f"{BR}岗位说明书汇编（2025版）").bold = True
    d.add_paragraph("说明：本汇编收录营业部核心岗位。营业部副总经理岗位说明书另行制定；各岗位薪酬、编制及工作地点见《岗位定编与薪酬表》。")
    posts = [
        dict(name="营业部总经理", code="QJ-01", n="1", dept="营业部", up="分公司总经理",
             down="运营主管、合规风控专员、客户经理、投资顾问",
             edu="本科及以上", major="金融、经济、管理类专业",
             exp=[("5年以上证券从业经验", "strike"), ("8年以上证券从业经验，其中3年以上营业部管理经验", "ins")],
             cert="证券从业资格、基金从业资格",
             duties=["组织制定营业部年度经营计划并分解落实到各业务团队；",
                     "统筹推进营业部客户开发、财富管理和机构业务；",
                     "履行营业部合规管理第一责任人职责，组织开展合规检查和风险排查；",
                     "负责营业部人员招聘、培训与绩效考核管理；",
                     "维护与地方监管机构、交易所及重要客户的关系；",
                     "审批营业部费用预算及大额支出。"],
             note="〔修订 2025-03-12 人力资源部：从业经验要求由5年调整为8年〕"),
        dict(name="投资顾问", code="QJ-05", n="3", dept="财富管理部", up="营业部总经理", down="无",
             edu="本科及以上", major="金融、经济、统计相关专业",
             exp=[("2年以上证券投资分析或投资顾问工作经验", "")],
             cert="通过证券投资顾问胜任能力考试并完成投资顾问注册登记",
             duties=["为签约客户提供证券投资建议、资产配置方案和组合调整建议；",
                     "撰写每日盘前早评和每周市场策略，通过投顾平台推送给签约客户；",
                     "开展投资者适当性评估，确保推荐产品与客户风险等级匹配；",
                     "组织营业部客户投资策略会，每月不少于2场；",
                     "对投顾服务过程留痕，按规定录音录像并归档；",
                     "协助客户经理做好高净值客户的维护和转化。"], note=""),
        dict(name="客户经理", code="QJ-06", n="8", dept="财富管理部", up="营业部总经理", down="无",
             edu="大专及以上", major="专业不限，金融类优先",
             exp=[("1年以上金融或销售工作经验", "")], cert="证券从业资格（一般从业）",
             duties=["通过社区、企业及银证合作渠道开发新客户，完成开户引流任务；",
                     "维护存量客户关系，定期回访，提升客户资产规模；",
                     "向客户介绍公司经纪、融资融券、理财产品等业务；",
                     "落实客户身份识别和反洗钱要求，收集完整的客户资料；",
                     "配合开展投资者教育及客户活动。"], note=""),
        dict(name="柜员（综合业务岗）", code="QJ-09", n="3", dept="运营部", up="运营主管", down="无",
             edu="大专及以上", major="不限",
             exp=[("不限，有证券或银行柜台经验者优先", "")], cert="证券从业资格",
             duties=["办理客户开户、销户、资料变更、三方存管签约等柜台业务；",
                     "受理转托管、指定交易及非交易过户申请；",
                     "审核客户身份证件及业务资料的真实性、完整性；",
                     "负责业务凭证及客户档案的整理、扫描和归档；",
                     "配合运营主管做好每日业务复核与日终清算。"], note=""),
        dict(name="合规风控专员", code="QJ-03", n="1", dept="营业部合规风控岗", up="营业部总经理（业务上同时向分公司合规部报告）",
             down="无", edu="本科及以上", major="法律、金融或会计专业",
             exp=[("3年以上证券公司合规、风控或审计工作经验", "")],
             cert="证券从业资格，持法律职业资格证书者优先",
             duties=["详见《合规管理与两融业务岗位职责规定》第九条。"], note=""),
    ]
    cn = "一二三四五六七八九十"
    for p in posts:
        d.add_paragraph()
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = "岗位名称", p["name"], "岗位编号", p["code"]
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text, r[3].text = "所属部门", p["dept"], "定员", p["n"] + "人"
        r = t.add_row().cells
        r[0].text, r[1].text = "汇报关系", "直接上级"
        m = r[2].merge(r[3]); m.text = p["up"]
        r2 = t.add_row().cells
        r2[1].text = "直接下级"
        m2 = r2[2].merge(r2[3]); m2.text = p["down"]
        r[0].merge(r2[0])
        # duties: vertical label, paragraphs in one merged cell
        r = t.add_row().cells
        r[0].text = "岗\n位\n职\n责"
        m = r[1].merge(r[2]).merge(r[3])
        m.text = ""
        for i, du in enumerate(p["duties"]):
            para = m.paragraphs[0] if i == 0 else m.add_paragraph()
            para.add_run((f"（{cn[i]}）" if len(p["duties"]) > 1 else "") + du)
        # qualifications: label merged down over 4 rows
        rows = []
        for lab, val in [("学历", p["edu"]), ("专业", p["major"]), ("从业经验", None), ("资格证书", p["cert"])]:
            c = t.add_row().cells
            c[1].text = lab
            mm = c[2].merge(c[3])
            if val is None:
                mm.text = ""
                para = mm.paragraphs[0]
                for txt, kind in p["exp"]:
                    run = para.add_run(txt)
                    if kind == "strike":
                        run.font.strike = True
                        run.font.color.rgb = RGBColor(0xC0, 0, 0)
                    elif kind == "ins":
                        run.font.underline = True
                        run.font.color.rgb = RGBColor(0, 0, 0xC0)
                if p["note"]:
                    nr = mm.add_paragraph().add_run(p["note"])
                    nr.font.size = Pt(8)
                    nr.italic = True
            else:
                mm.text = val
            rows.append(c)
        rows[0][0].merge(rows[-1][0])
        rows[0][0].text = "任\n职\n资\n格"
        gt(fn, p["name"], department=p["dept"], reports_to=p["up"], subordinates=p["down"], education=p["edu"],
           major=p["major"], experience=[e for e in p["exp"]], certificate=p["cert"], duties=p["duties"], headcount=p["n"])
    d.add_paragraph("附注：营业部副总经理岗位说明书另行制定，暂不收录。")
    d.save(OUT / fn)


# ------------------------------------------------------------------ 02 docx: wealth-management handbook;
# one 1x2 layout table per post: prose duties left, a nested facts table right; one post whose
# assessment section is 略; header/footer; one post only named (财富管理部经理).
def f02():
    fn = "02_财富管理条线岗位手册.docx"
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "华岳证券 · 财富管理条线 · 内部资料 请勿外传"
    sec.footer.paragraphs[0].text = "二〇二五年四月 修订"
    d.add_heading("财富管理条线岗位手册", level=1)
    d.add_paragraph("本手册介绍营业部财富管理条线及信用业务的岗位设置。财富管理部经理的职责由营业部总经理另行授权，本手册不作说明。")
    posts = [
        ("理财经理",
         ["理财经理主要负责公募基金、收益凭证及资管产品的销售与资产配置服务。",
          "在日常工作中，理财经理应根据客户风险承受能力推荐适当产品，并在销售过程中完成录音录像（双录）；"
          "每月对持仓客户进行产品净值和风险提示回访；配合总部开展产品路演与客户沙龙；按季度整理客户持仓分析报告。"],
         [("所属部门", "财富管理部"), ("直接上级", "财富管理部经理"), ("学历", "本科及以上"), ("专业", "金融、经济类"),
          ("经验", "2年以上金融产品销售经验"), ("证书", "基金从业资格、证券从业资格"),
          ("工作地点", "杭州钱江路营业部、上海陆家嘴营业部")], None),
        ("投教专员",
         ["投教专员承担营业部投资者教育基地的日常运营。",
          "具体而言，投教专员要策划并组织投资者教育“进社区、进校园、进企业”活动，每季度不少于3场；"
          "编写投教图文和短视频脚本，经合规审核后在公司公众号发布；维护投资者教育基地的展陈并做好来访接待；"
          "统计投教活动数据并按月报送总部投教部门。"],
         [("所属部门", "综合管理部（投资者教育基地）"), ("直接上级", "运营主管"), ("学历", "本科及以上"),
          ("专业", "金融、新闻传播或教育类"), ("经验", "1年以上投资者教育或内容运营经验"), ("证书", "证券从业资格")], None),
        ("两融业务专员",
         ["两融业务专员负责营业部融资融券业务的前中台工作，具体职责以《合规管理与两融业务岗位职责规定》第十条为准。"],
         [("所属部门", "信用业务部"), ("直接上级", "营业部总经理"), ("学历", "本科及以上"), ("专业", "金融、会计相关专业"),
          ("经验", "2年以上证券经纪或信用业务经验"), ("证书", "证券从业资格"),
          ("其他要求", "熟悉维持担保比例计算，能承受交易日盯市压力")], None),
        ("机构业务经理", ["机构业务经理的岗位职责与任职要求见招聘需求。"], [("所属部门", "机构业务部")], "略"),
    ]
    for name, prose, facts, kpi in posts:
        p = d.add_paragraph()
        p.add_run(f"【{name}】").bold = True
        lay = d.add_table(rows=1, cols=2)
        left, right = lay.rows[0].cells
        left.text = ""
        left.paragraphs[0].add_run("工作内容").bold = True
        for s in prose:
            left.add_paragraph(s)
        right.text = "岗位要素"
        nt = right.add_table(rows=0, cols=2)
        nt.style = "Table Grid"
        for k, v in facts:
            c = nt.add_row().cells
            c[0].text, c[1].text = k, v
        q = d.add_paragraph()
        q.add_run("岗位考核：").bold = True
        q.add_run("略。" if kpi == "略" else "见《营业部KPI指标库2025》对应工作表。" if name != "投教专员" else "按综合管理部年度考核办法执行。")
        gt(fn, name, prose=prose, facts=dict(facts), kpi=kpi)
    d.save(OUT / fn)


# ------------------------------------------------------------------ 03 xlsx: KPI library, one sheet per post,
# merged title, two-row header (目标值 over 一季度|全年), dimension merged down, weights stored as
# fractions with a % number format, 合计 as a formula without cached value, a retired-indicators sheet.
KPI = {
    "投资顾问": [("业务发展", "投顾签约客户数", .20, "15户", "全年新增60户", "每少1户扣1分"),
              ("业务发展", "投顾服务收入", .30, "20万元", "80万元", "按完成率线性计分，最高120%"),
              ("客户服务", "客户资产配置覆盖率", .15, "≥60%", "≥70%", "每低1个百分点扣0.5分"),
              ("客户服务", "早评及策略报告按时发布率", .15, "≥98%", "≥98%", "低于目标不得分"),
              ("合规风控", "投顾服务有效投诉", .10, "0起", "0起", "发生1起扣全部分值"),
              ("合规风控", "服务留痕完整率", .10, "100%", "100%", "抽查缺失1次扣2分")],
    "客户经理": [("业务发展", "新增有效户数", .30, "60户", "240户", "按完成率计分"),
              ("业务发展", "新增客户资产", .30, "3000万元", "1.2亿元", "按完成率计分，最高120%"),
              ("客户服务", "存量客户回访率", .15, "≥90%", "≥90%", "每低1个百分点扣1分"),
              ("业务发展", "两融开户转化数", .15, "5户", "20户", "每少1户扣0.75分"),
              ("合规风控", "客户资料完整率", .10, "100%", "100%", "缺失1份扣2分")],
    "营业部总经理": [("经营业绩", "营业收入", .30, "800万元", "3200万元", "按完成率计分"),
                ("经营业绩", "利润总额", .20, "220万元", "900万元", "按完成率计分"),
                ("经营业绩", "客户资产规模增长率", .20, "≥4%", "≥15%", "每低1个百分点扣1分"),
                ("合规风控", "重大合规风险事件", .15, "0起", "0起", "一票否决"),
                ("团队管理", "员工流失率", .15, "≤3%", "≤12%", "每高1个百分点扣1分")],
    "两融业务专员": [("业务发展", "两融余额新增", .30, "5000万元", "2亿元", "按完成率计分"),
                ("风险控制", "追保通知及时率", .25, "100%", "100%", "延误1次扣5分"),
                ("风险控制", "强制平仓执行差错", .20, "0次", "0次", "发生即扣全部分值"),
                ("业务发展", "两融新开户数", .15, "8户", "30户", "按完成率计分"),
                ("风险控制", "风险揭示书签署完整率", .10, "100%", "100%", "缺1份扣2分")],
}


def f03():
    fn = "03_营业部KPI指标库2025.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for i, line in enumerate(["1. 本指标库适用于杭州钱江路证券营业部2025年度绩效考核。",
                              "2. 权重列以百分比显示，各岗位权重合计应为100%。",
                              "3. 目标值分一季度与全年两栏，年度考核以全年目标为准。",
                              "4. 2024版已停用的指标见“已停用指标”工作表，不再使用。"], 1):
        ws.cell(i, 1, line)
    for post, rows in KPI.items():
        s = wb.create_sheet(post)
        s.merge_cells("A1:G1")
        s["A1"] = f"{BR} 2025年度绩效考核指标——{post}"
        s["A1"].font = Font(bold=True, size=13)
        for col, h in zip("ABCD", ["考核维度", "指标名称", "权重"]):
            pass
        s["A2"], s["B2"], s["C2"], s["D2"], s["F2"], s["G2"] = "考核维度", "指标名称", "权重", "目标值", "计分规则", "数据来源"
        s["D3"], s["E3"] = "一季度", "全年"
        for c in ("A", "B", "C", "F", "G"):
            s.merge_cells(f"{c}2:{c}3")
        s.merge_cells("D2:E2")
        r0 = 4
        groups = {}
        for i, (dim, name, w, q1, yr, rule) in enumerate(rows):
            r = r0 + i
            groups.setdefault(dim, []).append(r)
            s.cell(r, 2, name)
            c = s.cell(r, 3, w); c.number_format = "0%"
            s.cell(r, 4, q1); s.cell(r, 5, yr); s.cell(r, 6, rule)
            s.cell(r, 7, "CRM系统" if "客户" in name or "户" in name else "财务及业务系统")
        # merge dimension cells for contiguous runs
        r = r0
        while r < r0 + len(rows):
            dim = rows[r - r0][0]
            e = r
            while e + 1 < r0 + len(rows) and rows[e + 1 - r0][0] == dim:
                e += 1
            s.cell(r, 1, dim)
            if e > r:
                s.merge_cells(f"A{r}:A{e}")
                s.cell(r, 1).alignment = Alignment(vertical="center")
            r = e + 1
        last = r0 + len(rows) - 1
        s.cell(last + 1, 2, "合计")
        c = s.cell(last + 1, 3, f"=SUM(C{r0}:C{last})"); c.number_format = "0%"
        gt(fn, post, kpi=[dict(dim=a, name=b, weight=f"{int(round(w*100))}%", q1=q, year=y, rule=rr) for a, b, w, q, y, rr in rows])
    s = wb.create_sheet("已停用指标")
    s.append(["岗位", "指标名称", "原权重", "停用原因"])
    s.append(["投资顾问", "代理买卖证券佣金收入", 0.25, "2025年起以投顾服务收入替代"])
    s.append(["客户经理", "交易量市场份额", 0.20, "2025年起取消"])
    s["C2"].number_format = s["C3"].number_format = "0%"
    gt(fn, "已停用指标", rows=["投资顾问 代理买卖证券佣金收入 25%（停用）", "客户经理 交易量市场份额 20%（停用）"])
    wb.save(OUT / fn)


# ------------------------------------------------------------------ 04 xlsx: 定编与薪酬 with a two-row
# merged header; a superseded 2023 sheet with different values.
STAFF = [
    ("营业部总经理", "营业部", 1, "M3", "年薪50万-80万", "杭州市上城区钱江路营业部", "标准工时"),
    ("合规风控专员", "营业部合规风控岗", 1, "P4", "10K-16K", "杭州市上城区钱江路营业部", "标准工时"),
    ("运营主管", "运营部", 1, "M1", "12K-18K", "杭州市上城区钱江路营业部", "标准工时"),
    ("柜员（综合业务岗）", "运营部", 3, "P1", "5K-7K", "杭州市上城区钱江路营业部", "交易日 8:30-16:30"),
    ("IT运维工程师", "运营部", 1, "P2", "8K-13K", "杭州市上城区钱江路营业部", "交易日 7:50-16:20"),
    ("投资顾问", "财富管理部", 3, "P3", "12K-25K（含绩效）", "杭州市上城区钱江路营业部", "标准工时"),
    ("客户经理", "财富管理部", 8, "P1-P2", "底薪6K-9K+提成", "杭州市上城区钱江路营业部", "弹性工时"),
    ("理财经理", "财富管理部", 4, "P2", "8K-15K+产品销售奖励", "杭州钱江路营业部 / 上海陆家嘴营业部", "标准工时"),
    ("两融业务专员", "信用业务部", 2, "P2", "9K-14K", "杭州市上城区钱江路营业部", "交易日 8:45-17:30"),
    ("机构业务经理", "机构业务部", 1, "M2", "25K-40K·14薪", "上海市浦东新区陆家嘴营业部", "弹性工时"),
    ("投教专员", "综合管理部", 1, "P1", "7K-11K", "杭州市上城区钱江路营业部", "标准工时"),
    ("客服专员", "客户服务中心", 6, "P1", "5K-6.5K", "杭州市拱墅区呼叫中心", "早班/晚班轮班"),
]


def f04():
    fn = "04_岗位定编与薪酬表.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.title = "2025定编表"
    ws.merge_cells("A1:H1")
    ws["A1"] = "华岳证券杭州钱江路证券营业部 2025年岗位定编与薪酬表（2025年1月1日起执行）"
    heads = [("A", "序号"), ("B", "岗位名称"), ("C", "所属部门"), ("D", "编制（人）")]
    for c, h in heads:
        ws[f"{c}2"] = h
        ws.merge_cells(f"{c}2:{c}3")
    ws["E2"] = "薪酬"; ws.merge_cells("E2:F2"); ws["E3"], ws["F3"] = "职级", "月薪范围"
    ws["G2"] = "工作安排"; ws.merge_cells("G2:H2"); ws["G3"], ws["H3"] = "工作地点", "班次"
    for i, row in enumerate(STAFF, 1):
        ws.append([i, *row])
        gt(fn, row[0], department=row[1], headcount=row[2], grade=row[3], pay=row[4], location=row[5], shift=row[6])
    ws.append([None, "营业部副总经理", "营业部", 0, "M2", "—", "—", "—"])
    ws.append([None, "备注：营业部副总经理暂缺编，薪酬另议；客服专员由客户服务中心统一管理。"])
    old = wb.create_sheet("2023版（已废止）")
    old.append(["本表已于2025年1月1日废止，仅供查询历史数据"])
    old.append(["岗位名称", "学历", "月薪范围", "工作地点"])
    old.append(["客户经理", "中专及以上", "底薪4K-6K+提成", "杭州市上城区钱江路营业部"])
    old.append(["柜员（综合业务岗）", "中专及以上", "4K-5.5K", "杭州市上城区钱江路营业部"])
    old.append(["投资顾问", "本科及以上", "10K-18K", "杭州市上城区钱江路营业部"])
    gt(fn, "2023版（已废止）", rows=["客户经理 中专 4K-6K", "柜员 中专 4K-5.5K", "投资顾问 10K-18K"])
    wb.save(OUT / fn)


# ------------------------------------------------------------------ 05 csv: job-board export, posting text
# (duties + requirements) in one multi-line quoted cell; a closed old row; a row pointing elsewhere.
def f05():
    fn = "05_招聘需求导出.csv"
    rows = [
        ["需求编号", "岗位名称", "所属部门", "工作地点", "招聘人数", "薪资范围", "职位描述", "发布日期", "状态"],
        ["ZP2025-031", "机构业务经理", "机构业务部", "上海市浦东新区陆家嘴营业部", "1", "25K-40K·14薪",
         "岗位职责：\n1. 开发私募基金、上市公司、高校基金会等机构客户，提供交易、托管及研究服务；\n"
         "2. 协同总部投行、研究所资源，为机构客户提供综合金融解决方案；\n3. 负责机构客户PB系统交易的需求对接与上线支持；\n"
         "4. 完成机构客户资产及交易量指标。\n任职要求：\n1. 硕士及以上学历，金融、经济相关专业；\n"
         "2. 5年以上证券公司机构业务经验；\n3. 持有证券从业资格，CFA持证者优先；\n4. 具备较强的商务谈判和方案撰写能力。",
         "2025-05-06", "招聘中"],
        ["ZP2025-034", "IT运维工程师", "运营部（信息技术岗）", "杭州市上城区钱江路营业部", "1", "8K-13K",
         "岗位职责：\n1. 负责营业部交易终端、行情系统及网络设备的日常运维；\n2. 每个交易日开市前完成系统巡检，确保9:15前交易通道正常；\n"
         "3. 处理柜台及客户终端故障，做好故障记录与分析；\n4. 配合总部完成系统升级、应急演练与数据备份。\n任职要求：\n"
         "1. 大专及以上学历，计算机、网络相关专业；\n2. 2年以上网络或系统运维经验；\n3. 持有CCNA或软考网络工程师证书者优先；\n"
         "4. 能接受交易日早班（7:50到岗）。",
         "2025-05-20", "招聘中"],
        ["ZP2025-036", "运营主管", "运营部", "杭州市上城区钱江路营业部", "1", "12K-18K", "详见公司官网招聘页面", "2025-06-02", "招聘中"],
        ["ZP2023-012", "客服专员", "客户服务中心", "杭州市拱墅区呼叫中心", "4", "4K-5.5K",
         "接听客服热线，解答客户咨询。高中及以上学历。", "2023-03-15", "已关闭（岗位说明书已更新）"],
    ]
    with open(OUT / fn, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    gt(fn, "机构业务经理", text=rows[1][6], pay=rows[1][5], location=rows[1][3])
    gt(fn, "IT运维工程师", text=rows[2][6], pay=rows[2][5])
    gt(fn, "运营主管", text="详见公司官网招聘页面")
    gt(fn, "客服专员(已关闭2023)", text=rows[4][6], pay=rows[4][5])


# ------------------------------------------------------------------ 06 html: careers page of <figure> cards,
# title in <figcaption>, tags in one <small> joined by ｜, duties <ol>, requirements <ul>.
def f06():
    fn = "06_人才招聘.html"
    cards = [
        ("运营主管", "杭州·钱江路 ｜ 运营部 ｜ 12-18K ｜ 本科 ｜ 5年以上",
         ["负责营业部柜台业务的复核、授权和日终清算管理", "组织开展客户资料、业务凭证的合规管理和定期抽查",
          "管理营业部印章和重要空白凭证", "安排柜员、IT运维工程师的排班与考勤", "牵头营业部业务连续性管理与应急演练"],
         ["本科及以上学历，专业不限", "5年以上证券营业部运营或柜台工作经验，其中2年以上管理经验", "持有证券从业资格",
          "汇报对象：营业部总经理；下属：柜员（综合业务岗）、IT运维工程师"]),
        ("两融业务专员", "杭州·钱江路 ｜ 信用业务部 ｜ 9-14K ｜ 本科 ｜ 2年以上",
         ["融资融券客户开户资质审核", "交易日盯市及追保通知", "强制平仓流程执行"],
         ["本科及以上学历，金融、会计相关专业", "2年以上证券经纪或信用业务经验", "持有证券从业资格"]),
    ]
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">', "<title>加入华岳证券 - 社会招聘</title>",
             "<style>figure.job{border:1px solid #ddd;padding:12px}small{color:#888}</style>", "</head>", "<body>",
             '<nav><a href="/">首页</a> &gt; <a href="/join">加入我们</a> &gt; 社会招聘</nav>',
             "<h1>社会招聘 · 杭州钱江路证券营业部</h1>",
             "<p>营业部副总经理岗位暂不对外招聘，欢迎内部推荐。</p>"]
    for title, tags, duties, reqs in cards:
        parts.append('<figure class="job">')
        parts.append(f"<figcaption>{title}</figcaption>")
        parts.append(f"<small>{tags}</small>")
        parts.append("<p><b>你将负责</b></p>")
        parts.append("<ol>")
        parts += [f"<li>{x}</li>" for x in duties]
        parts.append("</ol>")
        parts.append("<p><b>我们希望你</b></p>")
        parts.append("<ul>")
        parts += [f"<li>{x}</li>" for x in reqs]
        parts.append("</ul>")
        parts.append('<a class="apply" href="mailto:hr@huayue-sec.example">投递简历</a>')
        parts.append("</figure>")
        gt(fn, title, tags=tags, duties=duties, reqs=reqs)
    parts += ["<footer>© 华岳证券股份有限公司 版权所有 ｜ 投资有风险，入市需谨慎</footer>", "</body>", "</html>"]
    (OUT / fn).write_text("\n".join(parts) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ 07 pdf: policy of 第N条 articles, one KPI
# table for 合规风控专员, a post named only (反洗钱专员).
def f07():
    fn = "07_合规管理与两融业务岗位职责规定.pdf"
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    font = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(font):
        pdfmetrics.registerFont(TTFont("CJK", font, subfontIndex=0)); fname = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); fname = "STSong-Light"
    st = ParagraphStyle("n", fontName=fname, fontSize=10.5, leading=16)
    h = ParagraphStyle("h", fontName=fname, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=fname, fontSize=12, leading=20)
    arts = [
        ("h2", "第一章 总则"),
        ("p", "第一条 为规范杭州钱江路证券营业部合规管理及融资融券业务，明确相关岗位职责，根据公司《合规管理办法》制定本规定。"),
        ("p", "第二条 本规定适用于营业部合规风控专员、两融业务专员及相关业务人员。"),
        ("h2", "第二章 合规管理岗位"),
        ("p", "第八条 营业部设合规风控专员一名，在营业部总经理领导下开展工作，业务上接受分公司合规部指导。"),
        ("p", "第九条 合规风控专员的主要职责："),
        ("p", "（一）对营业部各项业务开展日常合规检查，每月形成合规检查报告；"),
        ("p", "（二）审核营业部对外宣传材料、投资者教育材料及投顾产品的合规性；"),
        ("p", "（三）监测客户异常交易行为，发现异常及时向分公司合规部报告；"),
        ("p", "（四）组织员工合规培训，每季度不少于1次；"),
        ("p", "（五）处理客户投诉中涉及合规的事项，配合监管机构现场检查。"),
        ("h2", "第三章 融资融券业务岗位"),
        ("p", "第十条 两融业务专员的主要职责："),
        ("p", "（一）审核融资融券客户的开户资质，包括资产状况、交易经验及风险测评结果；"),
        ("p", "（二）每个交易日盯市，监测维持担保比例，对低于130%的客户及时发出追保通知；"),
        ("p", "（三）对触及平仓线的账户按规定执行强制平仓流程；"),
        ("p", "（四）向客户充分揭示融资融券业务风险，并督促客户签署风险揭示书。"),
        ("p", "第十一条 营业部反洗钱专员由合规风控专员兼任，具体职责另行规定。"),
        ("h2", "第四章 考核"),
        ("p", "第十二条 合规风控专员按下表考核，年度考核结果报分公司合规部备案："),
    ]
    story = [Paragraph("华岳证券杭州钱江路证券营业部<br/>合规管理与两融业务岗位职责规定", h), Spacer(1, 10)]
    for kind, t in arts:
        story.append(Paragraph(t, h2 if kind == "h2" else st))
    kpi = [["考核指标", "权重", "目标值", "评分说明"],
           ["合规检查计划完成率", "25%", "100%", "每少1次扣5分"],
           ["监管检查问题整改率", "25%", "100%", "逾期未整改每项扣5分"],
           ["异常交易报告及时率", "20%", "≥98%", "迟报1次扣2分"],
           ["合规培训覆盖率", "15%", "100%", "每低5个百分点扣2分"],
           ["宣传材料审核差错", "15%", "0次", "出现1次扣全部分值"]]
    tb = Table(kpi, colWidths=[130, 50, 60, 150])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fname), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [tb, Spacer(1, 8), Paragraph("第十三条 本规定自2025年3月1日起施行，由营业部合规风控岗负责解释。", st)]
    SimpleDocTemplate(str(OUT / fn), pagesize=A4).build(story)
    gt(fn, "合规风控专员", duties=[t for k, t in arts[6:11]], kpi=kpi[1:])
    gt(fn, "两融业务专员", duties=[t for k, t in arts[13:17]])
    gt(fn, "反洗钱专员", named_only="由合规风控专员兼任，具体职责另行规定")


# ------------------------------------------------------------------ 08 md: onboarding guide with footnotes,
# an HTML table inside Markdown, an org tree in a code block, a FAQ, a near-miss (大堂经理 not set).
def f08():
    fn = "08_新员工入职指引.md"
    md = f"""# {BR} 新员工入职指引

> 适用对象：2025年入职的全体新员工。遇到问题请先查本指引，再联系综合管理岗。

## 一、营业部组织架构

```
营业部总经理
├── 合规风控专员
├── 运营部：运营主管
│   ├── 柜员（综合业务岗）
│   └── IT运维工程师
├── 财富管理部：投资顾问 / 客户经理 / 理财经理
├── 信用业务部：两融业务专员
└── 综合管理部：投教专员
```

机构业务经理常驻上海陆家嘴营业部，行政上归机构业务部管理。

## 二、入职第一周

<table>
<tr><th>时间</th><th>安排</th><th>负责人</th></tr>
<tr><td>第1天</td><td>报到、签订劳动合同、领取工牌</td><td>综合管理岗</td></tr>
<tr><td>第2-3天</td><td>合规培训与反洗钱培训[^1]</td><td>合规风控专员</td></tr>
<tr><td>第4-5天</td><td>跟岗学习</td><td>部门负责人</td></tr>
</table>

## 三、常见问题

**问：投资顾问和理财经理有什么区别？**
答：投资顾问提供证券投资建议和资产配置方案，必须完成投资顾问注册登记；理财经理侧重公募基金、收益凭证等产品的销售与配置。

**问：营业部有大堂经理吗？**
答：本营业部不设大堂经理岗位，厅堂客户引导由柜员轮值兼顾。

**问：试用期多久？**
答：试用期为3个月，试用期满考核合格后转正。

**问：工资什么时候发？**
答：每月10日发放上月工资[^2]。

[^1]: 新员工须在入职后一个月内完成合规培训并通过测试。
[^2]: 遇节假日提前至最近的工作日发放。
"""
    (OUT / fn).write_text(md, encoding="utf-8")
    gt(fn, "general", org="见代码块", probation="3个月", payday="每月10日", lobby_manager="不设大堂经理")


# ------------------------------------------------------------------ 09 UTF-16 txt: fixed-width printout with
# three labels on one line, a duty table whose long duties wrap onto continuation lines.
def f09():
    fn = "09_客服中心岗位说明书.txt"
    L = [
        "华岳证券股份有限公司  客户服务中心",
        "岗位说明书（打印版）                                          编号：HY-KF-2025-02",
        "=" * 88,
        "岗位名称：客服专员          所属部门：客户服务中心          直属上级：客服组长",
        "岗位定员：6人               工作地点：杭州市拱墅区呼叫中心",
        "-" * 88,
        "序号  工作职责                                                          频次",
        " 1    接听客服热线，解答客户关于开户、交易、银证转账的咨询                  每日",
        " 2    受理客户投诉并在工单系统登记，按时限转办相关部门并跟踪回访            每日",
        " 3    对新开户客户进行电话回访，核实开户意愿并提示投资风险，回访结果        每日",
        "      录入CRM系统",
        " 4    整理客户常见问题，每月更新客服知识库                                  每月",
        " 5    配合营业部开展客户满意度调查                                          每季度",
        "-" * 88,
        "任职要求",
        "  学历：大专及以上            专业：不限",
        "  经验：1年以上呼叫中心或客服工作经验（应届毕业生可适当放宽）",
        "  证书：证券从业资格（可入职后6个月内取得）",
        "  技能：普通话二级甲等及以上；打字速度每分钟60字以上",
        "-" * 88,
        "工作时间：早班 8:00-16:30，晚班 13:00-21:30，按周轮班",
        "备注：客服组长岗位说明书另行发布。",
    ]
    (OUT / fn).write_text("\r\n".join(L) + "\r\n", encoding="utf-16")
    gt(fn, "客服专员", lines=L)


# ------------------------------------------------------------------ 10 GBK txt: attendance and shift policy,
# with a shift table drawn with spaces and a clause retiring the 2024 shift table.
def f10():
    fn = "10_考勤与班次管理办法.txt"
    L = [
        "杭州钱江路证券营业部考勤与班次管理办法",
        "（2025年修订）",
        "",
        "第一条 为加强营业部劳动纪律管理，保障交易日各项业务正常开展，制定本办法。",
        "第二条 员工上下班须通过企业微信打卡，每月迟到累计超过3次的，扣减当月绩效工资5%。",
        "第三条 各岗位班次如下：",
        "    岗位                    班次时间              说明",
        "    柜员（综合业务岗）      8:30-16:30            交易日",
        "    IT运维工程师            7:50-16:20            交易日早班，节假日前一日须值守至系统检查完成",
        "    两融业务专员            8:45-17:30            交易日，15:30后完成日终追保通知",
        "    客服专员                早班8:00-16:30 / 晚班13:00-21:30   按周轮班",
        "    其他岗位                9:00-17:30            标准工时",
        "第四条 因业务需要加班的，须经部门负责人审批，可申请调休。",
        "第五条 员工请假1天以内由部门负责人审批，1天以上由营业部总经理审批。",
        "第六条 本办法自2025年2月1日起施行，2024年版班次表同时废止。",
    ]
    (OUT / fn).write_bytes(("\r\n".join(L) + "\r\n").encode("gbk"))
    gt(fn, "policy", lines=L)


for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
    f()
Path(os.environ.get("T67_GT", str(Path(__file__).with_name("ground_truth.json")))).write_text(
    json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
print("wrote", sorted(p.name for p in OUT.iterdir()))
