"""Round 48 blind trial, company "mall": 杭州云岚商业运营管理有限公司 (云岚里购物中心).

Writes 10 HR documents to $T48_OUT (default /tmp/t48mall/corpus).
Run: T48_OUT=/tmp/t48mall/corpus /tmp/genv/bin/python gen.py
"""
import csv
import os
import copy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T48_OUT", "/tmp/t48mall/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


# ---------------------------------------------------------------- helpers
def set_cell(cell, text, bold=False, center=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def shade(cell, color="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(
        parse_xml(r'<w:shd {} w:val="clear" w:color="auto" w:fill="{}"/>'.format(nsdecls("w"), color)))


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


def tracked_change(paragraph, deleted, inserted, author="人力资源部"):
    """Append a real w:del / w:ins pair to a paragraph."""
    d = parse_xml(
        '<w:del {} w:id="101" w:author="{}" w:date="2025-03-10T09:00:00Z"><w:r><w:delText>{}</w:delText></w:r></w:del>'
        .format(nsdecls("w"), author, deleted))
    i = parse_xml(
        '<w:ins {} w:id="102" w:author="{}" w:date="2025-03-10T09:00:00Z"><w:r><w:t>{}</w:t></w:r></w:ins>'
        .format(nsdecls("w"), author, inserted))
    paragraph._p.append(d)
    paragraph._p.append(i)


def text_box(paragraph, lines):
    """A floating VML text box anchored in a paragraph."""
    inner = "".join(
        '<w:p><w:r><w:t xml:space="preserve">{}</w:t></w:r></w:p>'.format(ln) for ln in lines)
    xml = (
        '<w:r {} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:160pt;height:80pt;z-index:1">'
        '<v:textbox><w:txbxContent>{}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
    ).format(nsdecls("w"), inner)
    paragraph._p.append(parse_xml(xml))


# ---------------------------------------------------------------- 01 docx
def doc01():
    doc = Document()
    header_footer(doc, "云岚商业　受控文件　　文件编号：YL-HR-JD-2025-01　　版本：B/1",
                  "人力资源部编制　　未经批准不得复印")
    doc.add_heading("营运中心岗位说明书（2025版）", 0)
    doc.add_paragraph("说明：本册收录楼层经理、营运主管两个岗位；楼层助理岗位说明书另行编制，暂不收录。"
                      "岗位职责表中“频次”一栏以☑标示，“权限”一栏填写执行、审核、建议、审批或协调。")

    posts = [
        dict(
            title="岗位一：楼层经理（Floor Manager）",
            grid=[("岗位名称", "楼层经理", "岗位编码", "YY-FM-01"),
                  ("所属部门", "营运中心营运部", "岗位定员", "4人（B1、L1、L2-L3、L4-L5各1人）"),
                  ("直接上级", "营运部经理", "直接下属", "营运主管、楼层助理"),
                  ("工作地点", "云岚里购物中心（杭州市拱墅区）", "班次", "早班8:30-17:30／晚班13:00-22:00轮换"),
                  ("薪资范围", "税前9000-12000元/月", "岗位等级", "M2")],
            duties=[
                ("每日开闭店前组织本楼层巡场，检查商户开闭店准备、公共区域设施及卖场形象，填写《巡场日志》", "日", "执行"),
                ("监督商户经营行为，督促商户遵守《商户经营管理手册》，处理违规陈列、超时施工等问题", "日", "建议"),
                ("每周召开楼层商户例会，收集商户销售额、客流数据，分析坪效并提出品牌调改建议", "周", "建议"),
                ("协调工程、安防、保洁等部门处理本楼层设施报修及突发事件，跟踪至闭环", "日", "协调"),
                ("配合企划部落实楼层营销活动的现场执行与效果评估", "月", "执行"),
                ("负责本楼层商户装修进场、退场手续的现场审核", "月", "审核"),
                ("对下属营运主管、楼层助理进行排班、培训与绩效考核", "月", "审批"),
            ],
            quals=[("学历", "__TRACK__", "本科及以上"),
                   ("专业", "工商管理、市场营销等相关专业", "—"),
                   ("工作经验", "3年以上购物中心营运管理经验，其中1年以上团队管理经验", "有购物中心开业筹备经验"),
                   ("证书", "无强制要求", "持有商业运营管理师证书"),
                   ("能力素质", "沟通协调能力强，能妥善应对商户纠纷及突发事件；熟练使用Office办公软件", "—")],
        ),
        dict(
            title="岗位二：营运主管",
            grid=[("岗位名称", "营运主管", "岗位编码", "YY-OS-02"),
                  ("所属部门", "营运中心营运部", "岗位定员", "8人"),
                  ("直接上级", "楼层经理（所在楼层）", "直接下属", "无"),
                  ("工作地点", "云岚里购物中心（杭州市拱墅区）", "班次", "早班7:30-16:30／中班13:00-22:00／夜班22:00-次日7:30，每月轮换"),
                  ("薪资范围", "税前6500-8000元/月", "岗位等级", "S3")],
            duties=[
                ("执行楼层巡场计划，每2小时巡查一次负责区域，记录商户异常情况", "日", "执行"),
                ("核对商户每日销售数据上报情况，对未按时上报的商户进行催报", "日", "执行"),
                ("受理商户提出的物业报修、证照办理等服务需求，并在1个工作日内反馈处理结果", "日", "执行"),
                ("闭店后检查商户水电关闭及消防通道畅通情况，发现隐患立即通知安防部", "日", "执行"),
                ("协助楼层经理组织商户例会并做好会议纪要", "周", "执行"),
            ],
            quals=[("学历", "大专及以上", "—"),
                   ("专业", "不限", "—"),
                   ("工作经验", "1年以上零售门店或购物中心现场管理经验", "有商场夜班值班经验"),
                   ("证书", "无", "—"),
                   ("能力素质", "责任心强，能适应三班轮换", "—")],
        ),
    ]
    for n, p in enumerate(posts, 1):
        doc.add_heading(p["title"], 1)
        doc.add_paragraph("一、岗位基本信息")
        t = doc.add_table(rows=len(p["grid"]), cols=4)
        t.style = "Table Grid"
        for r, row in enumerate(p["grid"]):
            for c, v in enumerate(row):
                set_cell(t.cell(r, c), v, bold=(c % 2 == 0))
                if c % 2 == 0:
                    shade(t.cell(r, c))
        doc.add_paragraph("二、岗位职责与权限")
        d = doc.add_table(rows=2 + len(p["duties"]), cols=6)
        d.style = "Table Grid"
        set_cell(d.cell(0, 0), "序号", True, True)
        set_cell(d.cell(0, 1), "职责内容", True, True)
        set_cell(d.cell(0, 2), "频次", True, True)
        set_cell(d.cell(0, 5), "权限", True, True)
        for c, v in zip((2, 3, 4), ("日", "周", "月")):
            set_cell(d.cell(1, c), v, True, True)
        d.cell(0, 2).merge(d.cell(0, 4))
        set_cell(d.cell(0, 2), "频次", True, True)
        d.cell(0, 0).merge(d.cell(1, 0))
        d.cell(0, 1).merge(d.cell(1, 1))
        d.cell(0, 5).merge(d.cell(1, 5))
        for i, (txt, freq, power) in enumerate(p["duties"]):
            r = i + 2
            set_cell(d.cell(r, 0), str(i + 1), center=True)
            set_cell(d.cell(r, 1), txt)
            for c, v in zip((2, 3, 4), ("日", "周", "月")):
                set_cell(d.cell(r, c), "☑" if v == freq else "☐", center=True)
            set_cell(d.cell(r, 5), power, center=True)
        doc.add_paragraph("三、任职资格")
        q = doc.add_table(rows=1 + len(p["quals"]), cols=3)
        q.style = "Table Grid"
        for c, v in enumerate(("项目", "基本要求", "优先条件")):
            set_cell(q.cell(0, c), v, True, True)
            shade(q.cell(0, c))
        for i, (a, b, c3) in enumerate(p["quals"]):
            set_cell(q.cell(i + 1, 0), a, True)
            if b == "__TRACK__":
                cell = q.cell(i + 1, 1)
                cell.text = ""
                tracked_change(cell.paragraphs[0], "高中/中专及以上", "大专及以上")
                note = cell.add_paragraph()
                rn = note.add_run("〔修订批注：2025年3月起学历要求由“高中/中专及以上”提高为“大专及以上”，在岗人员不追溯。〕")
                rn.font.size = Pt(8)
                rn.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            else:
                set_cell(q.cell(i + 1, 1), b)
            set_cell(q.cell(i + 1, 2), c3)
        doc.add_paragraph("")
    doc.add_heading("附：本册修订记录", 2)
    rv = doc.add_table(rows=4, cols=3)
    rv.style = "Table Grid"
    for r, row in enumerate([("版本", "日期", "修订内容"),
                             ("A/0", "2023-06", "首次发布"),
                             ("B/0", "2024-05", "营运主管增设夜班"),
                             ("B/1", "2025-03", "楼层经理学历要求调整为大专及以上")]):
        for c, v in enumerate(row):
            set_cell(rv.cell(r, c), v, bold=(r == 0))
    doc.save(OUT / "01_营运中心岗位说明书（2025版）.docx")


# ---------------------------------------------------------------- 02 docx
def doc02():
    doc = Document()
    header_footer(doc, "云岚里购物中心｜客服中心工作手册", "内部资料　注意保密　　客服中心主管负责解释")
    doc.add_heading("云岚里购物中心客服中心工作手册（2025年修订）", 0)
    doc.add_heading("第一章　总则", 1)
    for t in ["第一条　客服中心是购物中心对顾客服务的统一窗口，服务时间为每日10:00-22:00，节假日延长至22:30。",
              "第二条　客服中心实行首问负责制，首位接待员工须跟进顾客诉求直至办结或移交。",
              "第三条　一般客诉须在24小时内答复，涉及商户退换货的客诉须在3个工作日内办结。"]:
        doc.add_paragraph(t)
    doc.add_heading("第二章　岗位设置", 1)
    doc.add_paragraph("客服中心下设以下岗位，各岗位基本情况见下表：")
    rows = [("岗位", "汇报对象", "下属岗位", "定员", "班次", "学历", "工作经验"),
            ("客服中心主管", "营运中心总监", "客服专员、会员运营专员、礼宾专员", "1人", "常白班9:00-18:00（周末轮值）", "本科及以上", "5年以上客服管理经验"),
            ("会员运营专员", "客服中心主管", "无", "2人", "早班/晚班轮换", "大专及以上", "2年以上"),
            ("客服专员", "客服中心主管", "无", "6人", "早班/晚班轮换", "大专及以上", "1年以上"),
            ("礼宾专员", "客服中心主管", "—", "—", "—", "—", "—（岗位说明另行制定）")]
    t = doc.add_table(rows=len(rows), cols=7)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            set_cell(t.cell(r, c), v, bold=(r == 0))
            if r == 0:
                shade(t.cell(r, c))
    doc.add_heading("第三章　客服中心主管岗位职责", 1)
    doc.add_paragraph("客服中心主管全面负责客服中心的服务管理工作，对营运中心总监负责，具体职责如下：")
    for t in ["（一）统筹服务台、会员中心的日常运营，制定客服人员排班表并监督服务标准执行；",
              "（二）处理升级客诉，重大投诉须在2小时内上报营运中心总监；",
              "（三）每月分析顾客满意度调查与神秘顾客检查结果，制定服务改进措施；",
              "（四）管理失物招领、广播寻人、婴儿车及轮椅租借等便民服务；",
              "（五）组织客服团队的服务礼仪与业务培训，每季度不少于2次；",
              "（六）审核会员积分调整及礼品兑换的异常申请。"]:
        doc.add_paragraph(t)
    doc.add_paragraph("任职要求：本科及以上学历，市场营销、工商管理或酒店管理相关专业；5年以上客服管理经验，其中3年以上购物中心或高端酒店前厅管理经验；"
                      "普通话标准，具备较强的危机处理能力；持有客户服务管理师证书者优先。")
    doc.add_paragraph("薪资待遇：税前10000-13000元/月，另享年度绩效奖金。")
    doc.add_heading("第四章　会员运营专员岗位职责", 1)
    p = doc.add_paragraph("会员运营专员负责云岚里会员体系的运营与维护，主要职责包括：")
    text_box(p, ["岗位速览", "工作地点：L1会员中心", "直接上级：客服中心主管", "定员：2人"])
    for t in ["1. 负责会员小程序的日常运营，策划会员日、积分加倍等会员专属活动；",
              "2. 每周提取会员消费数据，输出会员活跃度、复购率分析周报；",
              "3. 维护会员等级与积分规则，处理积分补录及会员投诉；",
              "4. 对接品牌商户开展会员权益合作，拓展异业联盟资源；",
              "5. 运营会员企业微信社群，每日推送活动信息。"]:
        doc.add_paragraph(t)
    doc.add_paragraph("任职要求：略（按人力资源部当期招聘需求执行）。")
    doc.add_heading("第五章　服务质量考核", 1)
    doc.add_paragraph("客服中心按月考核，考核指标如下：")
    k = [("考核指标", "权重", "目标值", "计分方式"),
         ("顾客满意度", "30%", "≥92分", "每低1分扣2分"),
         ("客诉按时办结率", "25%", "100%", "每超时1件扣5分"),
         ("神秘顾客检查得分", "20%", "≥90分", "每低1分扣1分"),
         ("会员新增数", "15%", "3000人/月", "按完成比例计分"),
         ("服务培训计划完成率", "10%", "100%", "未完成不得分")]
    kt = doc.add_table(rows=len(k), cols=4)
    kt.style = "Table Grid"
    for r, row in enumerate(k):
        for c, v in enumerate(row):
            set_cell(kt.cell(r, c), v, bold=(r == 0))
    doc.add_paragraph("第五条　本手册自2025年3月1日起施行，由客服中心主管负责解释。")
    doc.save(OUT / "02_客服中心工作手册.docx")


# ---------------------------------------------------------------- 03 xlsx KPI
def doc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    for i, t in enumerate(["云岚商业2025年度岗位KPI考核指标库",
                           "1. 本库按部门分表，每个岗位一个考核块，块首行注明考核岗位、考核周期与考核人。",
                           "2. 维度采用平衡计分卡四个维度：财务、客户、内部运营、学习成长。",
                           "3. 得分=Σ(指标得分×权重)；挑战值达成可额外加分，单项加分不超过权重的20%。",
                           "4. “2024版（停用）”工作表仅供对比，不再作为考核依据。"], 1):
        ws.cell(i, 1, t)
    ws.column_dimensions["A"].width = 90
    hdr = ["维度", "指标名称", "权重", "目标值", "挑战值", "计分规则", "数据来源"]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="FCE4D6")

    def sheet(name, title, blocks):
        s = wb.create_sheet(name)
        s.cell(1, 1, title).font = Font(bold=True, size=14)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        r = 3
        for head, rows in blocks:
            c = s.cell(r, 1, head)
            c.font = bold
            c.fill = fill
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
            r += 1
            for j, h in enumerate(hdr, 1):
                s.cell(r, j, h).font = bold
            r += 1
            start = r
            prev = None
            for row in rows:
                for j, v in enumerate(row, 1):
                    if j == 1 and v == prev:
                        continue
                    cell = s.cell(r, j, v)
                    if j == 3 and isinstance(v, float):
                        cell.number_format = "0%"
                # merge dimension down
                r += 1
                prev = row[0]
            # merge equal dimensions
            rr = start
            while rr < r:
                end = rr
                while end + 1 < r and rows[end + 1 - start][0] == rows[rr - start][0]:
                    end += 1
                if end > rr:
                    s.merge_cells(start_row=rr, start_column=1, end_row=end, end_column=1)
                    s.cell(rr, 1).alignment = Alignment(vertical="center")
                rr = end + 1
            s.cell(r, 2, "合计").font = bold
            s.cell(r, 3, 1.0).number_format = "0%"
            r += 2
        for col, w in zip("ABCDEFG", (10, 24, 8, 12, 12, 26, 14)):
            s.column_dimensions[col].width = w

    sheet("营运部", "营运部岗位KPI考核表（2025年度）", [
        ("考核岗位：楼层经理　　考核周期：月度　　考核人：营运部经理", [
            ("财务", "楼层租金收缴率", 0.25, "98%", "100%", "每低1%扣2分", "财务部"),
            ("财务", "楼层销售额同比增长率", 0.20, "8%", "12%", "按完成比例计分", "商户销售系统"),
            ("客户", "商户满意度", 0.15, "85分", "90分", "每低1分扣1分", "季度商户问卷"),
            ("内部运营", "巡场问题整改闭环率", 0.20, "95%", "100%", "每低1%扣1分", "巡场系统"),
            ("内部运营", "楼层空铺率", 0.10, "≤3%", "≤1%", "每超1%扣3分", "招商部"),
            ("学习成长", "下属培训完成率", 0.10, "100%", "—", "未完成按比例扣分", "人力资源部")]),
        ("考核岗位：营运主管　　考核周期：月度　　考核人：楼层经理", [
            ("内部运营", "巡场记录完整率", 0.30, "100%", "—", "缺1次扣2分", "巡场系统"),
            ("内部运营", "商户报修响应及时率", 0.25, "98%", "100%", "每低1%扣2分", "工单系统"),
            ("客户", "商户有效投诉次数", 0.20, "≤1次/月", "0次", "每超1次扣5分", "客服中心"),
            ("内部运营", "销售数据催报完成率", 0.15, "100%", "—", "每漏1户扣1分", "商户销售系统"),
            ("学习成长", "闭店安全检查合格率", 0.10, "100%", "—", "每发现1处隐患漏报扣2分", "安防部")]),
    ])
    sheet("招商部", "招商部岗位KPI考核表（2025年度）", [
        ("考核岗位：招商专员　　考核周期：季度　　考核人：招商经理", [
            ("财务", "招商任务完成率", 0.35, "100%", "120%", "按完成比例计分", "招商台账"),
            ("财务", "租金单价达成率", 0.20, "100%", "105%", "每低1%扣1分", "合同系统"),
            ("客户", "品牌储备数量", 0.15, "每月新增20个", "30个", "按完成比例计分", "品牌资源库"),
            ("内部运营", "合同签约及时率", 0.20, "95%", "100%", "每低1%扣2分", "合同系统"),
            ("内部运营", "招商资料归档完整率", 0.10, "100%", "—", "缺1份扣1分", "档案室")]),
    ])
    sheet("企划与会员", "企划部及会员中心岗位KPI考核表（2025年度）", [
        ("考核岗位：企划专员　　考核周期：月度　　考核人：企划经理", [
            ("客户", "活动客流提升率", 0.30, "15%", "25%", "按完成比例计分", "客流系统"),
            ("财务", "活动预算执行偏差率", 0.20, "≤5%", "≤3%", "每超1%扣2分", "财务部"),
            ("客户", "新媒体粉丝增长数", 0.15, "5000人/月", "8000人/月", "按完成比例计分", "新媒体后台"),
            ("内部运营", "美陈方案按时交付率", 0.20, "100%", "—", "每延误1次扣5分", "企划部"),
            ("学习成长", "活动复盘报告提交率", 0.15, "100%", "—", "缺1份扣3分", "企划部")]),
        ("考核岗位：会员运营专员　　考核周期：月度　　考核人：客服中心主管", [
            ("客户", "会员新增数", 0.30, "3000人/月", "4000人/月", "按完成比例计分", "会员系统"),
            ("财务", "会员复购率", 0.25, "35%", "40%", "每低1%扣2分", "会员系统"),
            ("客户", "积分兑换率", 0.15, "20%", "25%", "按完成比例计分", "会员系统"),
            ("内部运营", "社群活跃度", 0.15, "30%", "40%", "按完成比例计分", "企业微信后台"),
            ("内部运营", "会员周报按时提交率", 0.15, "100%", "—", "迟交1次扣2分", "客服中心")]),
    ])
    d = wb.create_sheet("指标定义")
    for j, h in enumerate(("序号", "指标及计算公式", "说明"), 1):
        d.cell(1, j, h).font = bold
    defs = [("楼层租金收缴率＝当月实收租金÷当月应收租金×100%", "含物业费"),
            ("巡场问题整改闭环率＝已闭环问题数÷巡场发现问题数×100%", "以巡场系统为准"),
            ("楼层空铺率＝空置铺位面积÷楼层可租面积×100%", "月末时点"),
            ("招商任务完成率＝实际签约面积÷计划招商面积×100%", "按季度累计"),
            ("活动客流提升率＝(活动期日均客流-活动前四周日均客流)÷活动前四周日均客流×100%", ""),
            ("会员复购率＝当月消费2次及以上的会员数÷当月有消费的会员数×100%", ""),
            ("社群活跃度＝当月在群内发言或点击链接的会员数÷社群会员总数×100%", "")]
    for i, row in enumerate(defs, 2):
        d.cell(i, 1, i - 1)
        for j, v in enumerate(row, 2):
            if v:
                d.cell(i, j, v)
    d.column_dimensions["B"].width = 70
    old = wb.create_sheet("2024版（停用）")
    old.cell(1, 1, "营运部岗位KPI考核表（2024年度）——已停用，仅供对比")
    old.cell(3, 1, "考核岗位：楼层经理　　考核周期：月度")
    for j, h in enumerate(("指标名称", "权重", "目标值"), 1):
        old.cell(4, j, h)
    for i, row in enumerate([("租金收缴率", "30%", "97%"), ("楼层坪效", "30%", "同比增长5%"),
                             ("商户满意度评分", "20%", "80分"), ("巡场次数", "20%", "每日4次")], 5):
        for j, v in enumerate(row, 1):
            old.cell(i, j, v)
    wb.save(OUT / "03_2025年度KPI考核指标库.xlsx")


# ---------------------------------------------------------------- 04 xlsx ledger
POSTS = [
    # dept-group, post, dept, boss, headcount, edu, major, exp, cert, pay, shift, place
    ("营运中心", "楼层经理", "营运部", "营运部经理", 4, "大专及以上", "工商管理、市场营销", "3年以上购物中心营运管理", "—", "9000-12000", "AB", "云岚里购物中心"),
    ("营运中心", "营运主管", "营运部", "楼层经理", 8, "大专及以上", "不限", "1年以上零售/购物中心现场管理", "—", "6500-8000", "ABC", "云岚里购物中心"),
    ("营运中心", "客服中心主管", "客服中心", "营运中心总监", 1, "本科及以上", "市场营销、工商管理、酒店管理", "5年以上客服管理", "客户服务管理师（优先）", "10000-13000", "D", "L1服务台"),
    ("营运中心", "会员运营专员", "客服中心", "客服中心主管", 2, "大专及以上", "市场营销、电子商务", "2年以上会员或用户运营", "—", "7000-9000", "AB", "L1会员中心"),
    ("招商与企划", "招商专员", "招商部", "招商经理", 3, "本科及以上", "市场营销、工商管理、房地产经营管理", "2年以上商业地产招商", "—", "8000-15000（底薪+提成）", "D", "云岚里购物中心（需短期出差）"),
    ("招商与企划", "企划专员", "企划部", "企划经理", 2, "本科及以上", "广告学、新闻传播、市场营销", "2年以上商业地产或品牌企划", "—", "7500-10000", "D", "云岚里购物中心"),
    ("物业服务中心", "物业工程师", "工程部", "工程部经理", 2, "大专及以上", "机电一体化、电气工程、暖通空调", "3年以上商业综合体工程管理", "高压电工作业证", "9000-11000", "D", "云岚里购物中心"),
    ("物业服务中心", "暖通技工", "工程部", "物业工程师", 4, "中专/高中及以上", "—", "2年以上中央空调运维", "制冷与空调设备运行操作作业证", "5500-7000", "ABC", "B1冷站"),
    ("物业服务中心", "安防主管", "安防部", "安防部经理", 2, "大专及以上", "不限", "3年以上商业综合体安防管理", "消防设施操作员（中级）", "7000-9000", "AC", "消防控制室"),
    ("物业服务中心", "停车场管理员", "安防部", "安防主管", 10, "高中及以上", "—", "1年以上停车场管理（优先）", "C1及以上驾驶证", "4500-5500", "ABC", "地下停车场B2-B3"),
    ("物业服务中心", "保洁领班", "环境部", "环境主管", 6, "初中及以上", "—", "2年以上保洁，1年以上领班", "—", "4800-5800", "AB", "云岚里购物中心"),
]


def doc04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位台账"
    ws.cell(1, 1, "云岚商业岗位信息台账（2025年4月更新）").font = Font(bold=True, size=14)
    ws.merge_cells("A1:L1")
    groups = [("基本信息", 1, 5), ("任职要求", 6, 9), ("薪酬与班次", 10, 12)]
    for name, a, b in groups:
        ws.cell(2, a, name).font = Font(bold=True)
        ws.cell(2, a).alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    heads = ["序号", "岗位名称", "所属部门", "直接上级", "定员（人）", "学历", "专业", "工作经验", "必备证书",
             "月薪范围（元）", "班次代码", "工作地点"]
    for j, h in enumerate(heads, 1):
        ws.cell(3, j, h).font = Font(bold=True)
    r = 4
    prev = None
    n = 0
    for g, *row in POSTS:
        if g != prev:
            ws.cell(r, 1, "▍" + g).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
            r += 1
            prev = g
        n += 1
        ws.cell(r, 1, n)
        for j, v in enumerate(row, 2):
            ws.cell(r, j, v)
        if row[0] == "停车场管理员":
            ws.cell(r, 10).comment = Comment("含夜班补贴300元", "HR")
        if row[0] == "物业工程师":
            ws.cell(r, 9).comment = Comment("注册消防工程师证书优先", "HR")
        r += 1
    ws.freeze_panes = "C4"
    for col, w in zip("ABCDEFGHIJKL", (6, 14, 10, 14, 9, 14, 26, 26, 24, 22, 9, 22)):
        ws.column_dimensions[col].width = w
    s2 = wb.create_sheet("班次代码")
    for j, h in enumerate(("代码", "班次", "时间"), 1):
        s2.cell(1, j, h).font = Font(bold=True)
    for i, row in enumerate([("A", "早班", "08:30-17:30（营运主管、暖通技工、停车场管理员为07:30-16:30）"),
                             ("B", "晚班", "13:00-22:00"),
                             ("C", "夜班", "22:00-次日07:30"),
                             ("D", "常白班", "09:00-18:00"),
                             ("AB", "早晚班轮换", "按周轮换"),
                             ("AC", "早夜班轮换", "按周轮换"),
                             ("ABC", "三班轮换", "按月轮换")], 2):
        for j, v in enumerate(row, 1):
            s2.cell(i, j, v)
    wb.save(OUT / "04_岗位信息台账.xlsx")


# ---------------------------------------------------------------- 05 csv
def doc05():
    head = ["需求编号", "岗位名称", "用人部门", "招聘人数", "学历要求", "专业要求", "工作年限", "岗位职责", "任职要求",
            "薪资范围", "工作地点", "需求状态", "发布日期"]
    rows = [
        ["ZP2025-031", "招商专员", "招商部", "1", "本科", "市场营销/工商管理/房地产经营管理", "2年以上",
         "1、负责购物中心餐饮、零售品类的品牌拓展与洽谈，完成年度招商任务；\n2、建立并维护品牌资源库，每月新增储备品牌不少于20个；\n"
         "3、参与租金测算与租赁条件谈判，起草租赁意向书；\n4、跟进已签约品牌的进场装修与开业筹备；\n5、定期开展竞品商场调研，输出市调报告。",
         "1、本科及以上学历，市场营销、工商管理、房地产经营管理相关专业；\n2、2年以上商业地产招商经验，有餐饮品牌资源者优先；\n"
         "3、具备良好的谈判能力和商务写作能力；\n4、能接受短期出差。",
         "8000-15000元/月（底薪+提成）", "杭州市拱墅区", "招聘中", "2025-04-08"],
        ["ZP2025-032", "会员运营专员", "客服中心", "1", "大专", "市场营销/电子商务", "2年以上",
         "详见《客服中心工作手册》第四章",
         "1、大专及以上学历，市场营销、电子商务相关专业；\n2、2年以上会员或用户运营经验，熟悉小程序、企业微信社群运营；\n"
         "3、具备数据分析能力，熟练使用Excel数据透视表；\n4、有购物中心或连锁零售会员运营经验者优先。",
         "7000-9000元/月", "杭州市拱墅区", "招聘中", "2025-04-08"],
        ["ZP2025-035", "停车场管理员", "安防部", "3", "高中", "不限", "不限",
         "见《安防与停车场管理制度》3.2条",
         "1、高中及以上学历；\n2、持C1及以上驾驶证；\n3、能适应三班轮换，有1年以上停车场管理经验者优先。",
         "4500-5500元/月（含夜班补贴）", "杭州市拱墅区", "招聘中", "2025-04-15"],
        ["ZP2025-037", "暖通技工", "工程部", "2", "中专", "不限", "2年以上",
         "负责冷水机组、空调箱及新风机组的运行操作与日常保养",
         "持制冷与空调设备运行操作作业证；2年以上中央空调运维经验",
         "5500-7000元/月", "杭州市拱墅区", "招聘中", "2025-04-20"],
        ["ZP2024-088", "企划专员", "企划部", "1", "大专", "广告学/市场营销", "1年以上",
         "负责商场活动策划及海报设计", "大专及以上学历，1年以上企划经验",
         "6000-8000元/月", "杭州市拱墅区", "已关闭", "2024-09-02"],
    ]
    with open(OUT / "05_招聘需求导出_2025Q2.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(head)
        w.writerows(rows)


# ---------------------------------------------------------------- 06 html
def doc06():
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入云岚 | 云岚里购物中心招聘</title>
<style>
@media (max-width: 640px) { table.jobs thead { display:none } table.jobs td::before { content: attr(data-label) "："; font-weight:bold } }
</style>
</head>
<body>
<nav class="crumb"><a href="/">首页</a> &gt; <a href="/about">关于云岚</a> &gt; 加入云岚</nav>
<h1>加入云岚，和我们一起经营城市生活</h1>
<p class="lead">云岚里购物中心位于杭州市拱墅区，建筑面积12万平方米，现面向社会招聘以下岗位。</p>
<table class="jobs">
<thead><tr><th>岗位</th><th>部门</th><th>学历</th><th>经验</th><th>月薪</th><th>状态</th></tr></thead>
<tbody>
<tr><td data-label="岗位"><a href="#qihua">企划专员</a></td><td data-label="部门">企划部</td><td data-label="学历">本科</td><td data-label="经验">2年以上</td><td data-label="月薪">7.5K-10K</td><td data-label="状态">招聘中</td></tr>
<tr><td data-label="岗位"><a href="#zhaoshang">招商专员</a></td><td data-label="部门">招商部</td><td data-label="学历">本科</td><td data-label="经验">2年以上</td><td data-label="月薪">8K-15K</td><td data-label="状态">招聘中</td></tr>
<tr class="paused"><td data-label="岗位"><s>美陈设计师</s></td><td data-label="部门">企划部</td><td data-label="学历">—</td><td data-label="经验">—</td><td data-label="月薪">—</td><td data-label="状态">暂停招聘</td></tr>
</tbody>
</table>

<section class="job" id="qihua">
<header>
<h2>企划专员</h2>
<p class="meta"><span class="dept">企划部</span> · <span class="city">杭州·拱墅区</span> · <span class="boss">汇报给企划经理</span></p>
</header>
<h3>你将负责</h3>
<ol>
<li>制定购物中心年度、季度及节假日营销推广方案，并组织落地执行；</li>
<li>负责商场微信公众号、小红书、抖音等新媒体账号的内容策划与发布；</li>
<li>统筹美陈布置、场地包装的设计需求，对接外部广告公司并把控制作质量；</li>
<li>跟踪活动客流、销售数据，在活动结束后5个工作日内完成复盘报告；</li>
<li>管理企划部费用预算，按月提交费用使用台账。</li>
</ol>
<h3>我们希望你</h3>
<ul>
<li>本科及以上学历，广告学、新闻传播、市场营销等相关专业；</li>
<li>2年以上商业地产或品牌企划经验；</li>
<li>熟练使用PS、AI等设计软件，文案功底扎实；</li>
<li>有大型活动执行经验者优先。</li>
</ul>
<p class="pay">薪资：7500-10000元/月，五险一金，带薪年假10天。</p>
</section>

<section class="job" id="zhaoshang">
<header>
<h2>招商专员</h2>
<p class="meta"><span class="dept">招商部</span> · <span class="city">杭州·拱墅区</span> · <span class="boss">汇报给招商经理</span></p>
</header>
<p>负责餐饮、零售品类品牌拓展与洽谈，详细职责及要求见招聘需求表。月薪8000-15000元（底薪+提成），需接受短期出差。</p>
</section>

<footer><p>简历投递：hr@yunlan-mall.example　电话：0571-8800 6600（工作日9:00-18:00）</p></footer>
</body>
</html>
"""
    (OUT / "06_加入云岚.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf
def doc07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    h1 = ParagraphStyle("h1", fontName="wqy", fontSize=16, leading=22, alignment=1, spaceAfter=10)
    h2 = ParagraphStyle("h2", fontName="wqy", fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4)
    body = ParagraphStyle("b", fontName="wqy", fontSize=10, leading=15, wordWrap="CJK")

    def on_page(c, d):
        c.saveState()
        c.setFont("wqy", 8)
        c.drawString(40, A4[1] - 28, "杭州云岚商业运营管理有限公司　YL-AF-ZD-003　安防与停车场管理制度")
        c.drawRightString(A4[0] - 40, 20, "第 %d 页" % d.page)
        c.restoreState()

    story = [Paragraph("安防与停车场管理制度", h1)]
    P = lambda t, s=body: story.append(Paragraph(t, s))
    P("第一章　总则", h2)
    P("1.1　为保障云岚里购物中心顾客、商户及员工的人身和财产安全，规范停车场秩序，制定本制度。")
    P("1.2　本制度适用于安防部全体人员及停车场外包服务人员。")
    P("第二章　组织与岗位", h2)
    P("2.1　安防部设安防部经理1名，下设以下岗位：")
    t = Table([["岗位", "定员", "直接上级", "班次"],
               ["安防主管", "2人", "安防部经理", "早班/夜班轮换"],
               ["安防领班", "6人", "安防主管", "三班轮换"],
               ["停车场管理员", "10人", "安防主管", "三班轮换"]], colWidths=[110, 60, 110, 120])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]))
    story += [t, Spacer(1, 6)]
    P("第三章　岗位职责", h2)
    P("3.1　安防主管")
    for x in ["（1）编制安防人员排班表，每日检查各岗位到岗及着装情况；",
              "（2）每月组织一次消防演练，每半年组织一次全员疏散演练；",
              "（3）监督消防控制室24小时值班，核查火警信号处理记录；",
              "（4）处置打架斗殴、可疑人员等突发治安事件，并及时报告安防部经理；",
              "（5）管理监控录像调阅审批，录像保存不少于30天；",
              "（6）督导停车场管理员的收费与秩序管理工作。"]:
        P(x)
    P("任职条件：大专及以上学历，3年以上商业综合体安防管理经验，持有消防设施操作员（中级）证书，退伍军人优先。")
    P("3.2　停车场管理员")
    for x in ["（1）负责停车场出入口岗亭收费及车辆进出引导；",
              "（2）巡查车位及充电桩使用情况，劝离占用充电车位的燃油车；",
              "（3）处理车辆剐蹭、寻车等顾客求助，必要时上报安防主管；",
              "（4）配合做好停车场消防检查及汛期防汛工作。"]:
        P(x)
    P("3.3　安防领班：职责见《安防领班作业指导书》，本制度不再列出。")
    P("第四章　考核", h2)
    P("4.1　安防部按月考核，考核指标如下表：")
    k = Table([["考核指标", "权重", "目标值"],
               ["重大治安事件发生数", "30%", "0起"],
               ["消防演练完成率", "20%", "100%"],
               ["监控设备完好率", "20%", "≥98%"],
               ["停车场收费差错率", "15%", "≤0.1%"],
               ["顾客求助响应时间", "15%", "≤5分钟"]], colWidths=[160, 60, 100])
    k.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story += [k, Spacer(1, 6)]
    P("第五章　附则", h2)
    P("5.1　本制度自2025年4月1日起施行，由安防部负责解释。")
    SimpleDocTemplate(str(OUT / "07_安防与停车场管理制度.pdf"), pagesize=A4, topMargin=50, bottomMargin=40
                      ).build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- 08 txt (MediaWiki markup)
def doc08():
    text = """= 工程部岗位说明 =
本页由工程部维护，最近编辑：2025年3月18日。其他部门请勿修改。

__TOC__

== 物业工程师 ==
{| class="wikitable"
! 项目 !! 内容
|-
| 所属部门 || 工程部
|-
| 直接上级 || [[工程部经理]]
|-
| 直接下属 || [[暖通技工]]、[[强电技工]]
|-
| 定员 || 2人
|-
| 工作时间 || 常白班9:00-18:00，另需24小时应急待命
|-
| 月薪 || 9000-11000元
|}

=== 岗位职责 ===
# 负责购物中心供配电、给排水、暖通空调、电梯扶梯等设备设施的运行管理，制定年度维保计划；
# 每日巡检高低压配电房、冷站及水泵房，审核值班记录；
# 审核商户装修方案中的机电部分，参与竣工验收；
# 组织处理设备故障及突发停电、漏水等工程应急事件；
# 控制能耗，按月输出能耗分析报告并提出节能措施；
# 管理外包维保单位，对电梯、消防等维保质量进行考核。

=== 任职资格 ===
* 大专及以上学历，机电一体化、电气工程或暖通空调相关专业；
* 3年以上商业综合体或大型公建工程管理经验；
* '''必须持有高压电工作业证'''，持注册消防工程师证书者优先；
* 能看懂机电施工图纸，熟悉BA楼宇自控系统。

== 暖通技工 ==
{{岗位信息
|岗位名称=暖通技工
|所属部门=工程部
|直接上级=物业工程师
|定员=4人
|学历=中专或高中及以上
|证书=制冷与空调设备运行操作作业证
|班次=三班轮换
|工作地点=B1冷站
}}

=== 工作内容 ===
# 负责冷水机组、空调箱、新风机组的日常运行操作与参数记录，每2小时抄表一次；
# 按计划清洗空调过滤网、冷却塔，做好水质处理；
# 处理商户及公共区域温度投诉，接报后30分钟内到场；
# 配合物业工程师完成暖通设备年度保养。

=== 任职要求 ===
* 2年以上中央空调运维经验；
* 持制冷与空调设备运行操作作业证。

== 强电技工 ==
<!-- 岗位说明待工程部经理审定后补充 -->
''本节内容待补充。''

== 工程部考核指标 ==
工程部按季度考核，指标如下：
{| class="wikitable"
! 考核指标 !! 权重 !! 目标值
|-
| 设备完好率 || 30% || ≥98%
|-
| 报修及时处理率 || 25% || ≥95%
|-
| 能耗同比下降率 || 20% || 3%
|-
| 重大设备事故次数 || 15% || 0起
|-
| 维保计划完成率 || 10% || 100%
|}

[[分类:岗位说明]] [[分类:工程部]]
"""
    (OUT / "08_工程部岗位说明_wiki.txt").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------- 09 GBK txt
def doc09():
    text = """云岚里购物中心　基层岗位说明（环境部、安防部）
文号：云岚人〔2025〕12号

壹、保洁领班
　　一、基本情况
　　　　所属部门：环境部（物业服务中心）
　　　　直接上级：环境主管
　　　　直接下属：保洁员（每班8-10人）
　　　　班　　次：早班6:30-15:30、晚班13:30-22:30轮换
　　二、岗位职责
　　　　（一）每日开店前带领保洁员完成公共区域、卫生间、电梯轿厢的清洁，开店前30分钟完成自检；
　　　　（二）按《保洁作业标准》分区检查，每小时抽查卫生间一次并签字确认；
　　　　（三）管理保洁耗材的领用与登记，控制耗材成本；
　　　　（四）雨雪天气组织防滑措施，放置警示牌并及时清理入口积水；
　　　　（五）负责保洁员的日常排班、考勤及岗前培训。
　　三、任职要求
　　　　初中及以上学历，2年以上商场或写字楼保洁工作经验，其中1年以上领班经验；身体健康，能适应早晚班轮换。
　　四、薪资待遇
　　　　月薪4800-5800元，公司提供工作餐。

贰、停车场管理员
　　一、基本情况
　　　　所属部门：安防部
　　　　直接上级：安防主管
　　　　工作地点：地下停车场B2-B3层
　　　　班　　次：三班轮换（早班/中班/夜班）
　　二、岗位职责
　　　　同《安防与停车场管理制度》3.2条，此处不再重复。
　　三、任职要求
　　　　高中及以上学历，持C1及以上驾驶证，能适应三班轮换；有1年以上停车场管理经验者优先。
　　四、薪资待遇
　　　　月薪4500-5500元（含夜班补贴300元）。

叁、附则
　　本说明自2025年4月1日起执行，2023版《基层岗位说明》同时废止。
"""
    (OUT / "09_基层岗位说明_环境安防.txt").write_bytes(text.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 md
def doc10():
    text = """# 企划部周例会纪要（2025-05-12）

- 时间：2025年5月12日 14:00-15:30
- 地点：办公区3号会议室
- 参会：企划经理、企划专员2名、会员运营专员1名（列席）
- 记录：企划专员 王某

## 一、上周工作回顾

> | 事项 | 负责人 | 进展 |
> |---|---|---|
> | 五一“云岚市集”活动 | 企划专员 | 已完成，客流同比提升18%，复盘报告5月9日已提交 |
> | 母亲节美陈 | 企划专员 | 广告公司已进场布置，5月10日完成验收 |
> | 会员日联动 | 会员运营专员 | 新增会员2650人，未达3000人目标 |

## 二、会议决定

1. 自6月1日起，商场小红书官方账号的日常运营由企划专员负责（原由会员运营专员代管），会员运营专员只负责会员社群。
2. 企划专员的月度考核继续沿用《2025年度KPI考核指标库》中“企划与会员”表，不另设指标。
3. 美陈设计师岗位暂缓招聘，美陈设计需求继续外包给广告公司，由企划专员对接。
4. 618期间企划专员实行弹性工作制，活动日须提前1小时到岗。

## 三、待办事项

- [ ] 企划专员：5月20日前提交618活动方案初稿
- [ ] 会员运营专员：5月16日前移交小红书账号密码及内容日历
- [x] 企划经理：确认618预算（已完成）

*本纪要经企划经理审阅后发布，如有异议请于3个工作日内反馈。*
"""
    (OUT / "10_企划部周例会纪要_20250512.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
