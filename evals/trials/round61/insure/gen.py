#!/usr/bin/env python3
"""Round 61 / insure: 安衡保险 (P&C + life, head office Hangzhou, branches Jiangsu / Sichuan).

Writes 10 HR documents into $T61_OUT (default /tmp/t61insure/corpus) and truth.json next to this file.
Run: T61_OUT=/tmp/t61insure/corpus /tmp/genv/bin/python gen.py
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T61_OUT", "/tmp/t61insure/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
TRUTH = {}


def shade(cell, color="D9E2F3"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


# ---------------------------------------------------------------- 01 docx: 财产险核保理赔岗位说明书
def doc01():
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "安衡财产保险股份有限公司　受控文件　AH-HR-JD-01　版本：V3.1"
    sec.footer.paragraphs[0].text = "编制：人力资源部　　审核：运营管理部　　批准：总经理室"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("核保理赔条线岗位说明书（财产险）")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("适用范围：总公司核保部、各省分公司理赔中心。本说明书中“▸”左侧为项目，右侧为内容；"
                    "权限栏中“审批”指有权批准，“建议”指提出意见报上级，“执行”指按制度办理。")
    posts = [
        dict(code="UW-02", name="核保员（非车险）",
             facts=[("岗位编号", "UW-02"), ("所属部门", "总公司核保部"), ("直接上级", "核保主管"),
                    ("直接下属", "无"), ("工作地点", "杭州总部"), ("定员", "6人")],
             duties=[("风险审核", "审核企财险、工程险、责任险等非车险投保单，评估标的风险并提出承保条件", "执行"),
                     ("风险审核", "对超出本级核保权限的业务出具核保意见，提交核保主管审批", "建议"),
                     ("风险查勘", "对大额或高风险标的组织承保前风险查勘，撰写风险查勘报告", "执行"),
                     ("费率与条款", "依据费率规章厘定费率，审核特别约定条款", "审批"),
                     ("费率与条款", "跟踪承保业务赔付率，每季度提出核保政策调整建议", "建议")],
             quals=[("学历", None), ("专业", "保险学、风险管理、土木工程等相关专业"),
                    ("工作经验", "2年以上财产险核保或风险管理工作经验"),
                    ("资格证书", "持有中国保险行业协会核保人资格证书者优先"),
                    ("知识技能", "熟悉企财险、工程险条款，能熟练使用核心业务系统")]),
        dict(code="CL-03", name="理赔专员",
             facts=[("岗位编号", "CL-03"), ("所属部门", "分公司理赔中心"), ("直接上级", "理赔室主任"),
                    ("直接下属", "无"), ("工作地点", "各省分公司理赔中心"), ("定员", "按案件量核定")],
             duties=[("报案受理", "受理客户报案，完成立案登记并在24小时内联系客户", "执行"),
                     ("单证审核", "收集、审核索赔单证，判断保险责任并核定损失金额", "执行"),
                     ("单证审核", "对疑似欺诈案件提出调查申请，移交理赔调查员", "建议"),
                     ("结案支付", "在权限内理算赔款并发起支付，超权限案件报核赔岗审批", "执行"),
                     ("结案支付", "整理理赔档案，确保案卷完整、可追溯", "执行")],
             quals=[("学历", "大专及以上"), ("专业", "保险、法律、医学、财务等相关专业"),
                    ("工作经验", "1年以上保险理赔或客户服务工作经验"),
                    ("资格证书", "无硬性要求"),
                    ("知识技能", "熟悉《保险法》及理赔流程，具备良好的沟通协调能力")]),
        dict(code="CL-05", name="查勘定损员",
             facts=[("岗位编号", "CL-05"), ("所属部门", "理赔中心车险查勘组"), ("直接上级", "查勘组长"),
                    ("直接下属", "无"), ("工作地点", "江苏分公司（南京、苏州）"), ("班次", "三班倒，夜间备勤")],
             duties=[("现场查勘", "接到调度指令后，市区案件30分钟内到达事故现场，拍照并制作查勘记录", "执行"),
                     ("现场查勘", "核实出险经过、驾驶员及车辆信息，识别道德风险", "执行"),
                     ("定损核价", "确定车辆及财产损失项目，与修理厂协商定损价格", "建议"),
                     ("定损核价", "在理赔系统中录入定损单，上传影像资料", "执行"),
                     ("人伤协助", "协助人伤跟踪岗做好人伤案件的前期查勘", "执行")],
             quals=[("学历", "大专及以上"), ("专业", "汽车维修、机动车检测、交通运输等相关专业"),
                    ("工作经验", "2年以上汽车维修或车险查勘经验"),
                    ("资格证书", "持C1及以上驾驶证且驾龄3年以上；持有保险公估从业证书者优先"),
                    ("知识技能", "熟悉汽车构造及配件价格，能适应夜间及节假日出勤")]),
    ]
    for i, p in enumerate(posts, 1):
        if i > 1:
            d.add_page_break()
        h = d.add_paragraph()
        rr = h.add_run(f"岗位 {i}／3　{p['name']}")
        rr.bold = True
        rr.font.size = Pt(14)
        d.add_paragraph("一、基本信息")
        ft = d.add_table(rows=3, cols=2)
        ft.style = "Table Grid"
        for k, (lab, val) in enumerate(p["facts"]):
            ft.cell(k // 2, k % 2).text = f"{lab}▸{val}"
        d.add_paragraph("二、岗位职责")
        dt = d.add_table(rows=1, cols=3)
        dt.style = "Table Grid"
        for c, txt in zip(dt.rows[0].cells, ["职责类别", "工作内容", "权限"]):
            c.text = txt
            shade(c)
        start = {}
        for cat, txt, auth in p["duties"]:
            row = dt.add_row().cells
            row[1].text = txt
            row[2].text = auth
            ri = len(dt.rows) - 1
            if cat in start:
                s = start[cat]
                merged = dt.cell(s, 0).merge(dt.cell(ri, 0))
                merged.text = cat
            else:
                start[cat] = ri
                row[0].text = cat
        d.add_paragraph("三、任职资格")
        outer = d.add_table(rows=1, cols=2)
        outer.style = "Table Grid"
        outer.cell(0, 0).text = "任职资格"
        inner_cell = outer.cell(0, 1)
        inner = inner_cell.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in p["quals"]:
            rc = inner.add_row().cells
            rc[0].text = lab
            if val is None:  # tracked-change-like note: old value struck through
                para = rc[1].paragraphs[0]
                old = para.add_run("大专及以上")
                old.font.strike = True
                old.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                para.add_run(" 本科及以上")
            else:
                rc[1].text = val
        if i == 1:
            note = d.add_paragraph()
            nr = note.add_run("〔修订说明 2025-03：核保员学历要求由“大专及以上”调整为“本科及以上”，"
                              "已在岗人员不受影响。〕")
            nr.italic = True
            nr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    d.add_paragraph("附：理赔调查员、人伤跟踪岗、核赔岗的岗位说明书另行制定。")
    d.save(OUT / "01_财产险核保理赔岗位说明书.docx")
    TRUTH["01"] = {"layout": "header/footer; per post: '岗位 i／3 X' title, 3x2 grid of '项目▸内容' cells, duty table 职责类别(merged down)|工作内容|权限, 任职资格 as nested table in right cell; struck old 学历 + red revision note; named-only posts at end",
                   "posts": posts}


# ---------------------------------------------------------------- 02 docx: 个险渠道与客户服务岗位手册
def tracked_para(before, deleted, inserted, after):
    xml = (f'<w:p {nsdecls("w")}><w:r><w:t xml:space="preserve">{before}</w:t></w:r>'
           f'<w:del w:id="1" w:author="HR-王敏" w:date="2025-02-10T09:00:00Z"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>'
           f'<w:ins w:id="2" w:author="HR-王敏" w:date="2025-02-10T09:00:00Z"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'
           f'<w:r><w:t xml:space="preserve">{after}</w:t></w:r></w:p>')
    return parse_xml(xml)


def doc02():
    d = Document()
    d.sections[0].header.paragraphs[0].text = "安衡人寿保险股份有限公司江苏分公司　内部资料　注意保密"
    d.add_heading("个险渠道与客户服务岗位手册（2025年版）", level=0)
    d.add_paragraph("编写说明：本手册由江苏分公司人力资源部编写，每个岗位先列“岗位小档案”，再按工作时点列出岗位职责，"
                    "最后说明任职要求。手册内容与总公司制度冲突时，以总公司制度为准。")
    posts = [
        dict(name="保险代理人（营销员）",
             card=[("岗位", "保险代理人（营销员）"), ("所属", "个险营销部各营业部"), ("直接上级", "营业组主管（组经理）"),
                   ("直接下属", "无（晋升主管后可增员带组）"), ("工作地点", "江苏分公司各营业部"),
                   ("收入构成", "无底薪，佣金加基本法津贴"), ("出勤", "每日8:30早会，其余时间弹性安排")],
             duties=[("每日8:30", "参加营业部早会，学习产品知识与销售话术", "早会签到"),
                     ("每日", "拜访客户，开展保险需求分析并推荐适合的保险产品", "拜访记录（日均拜访不少于3位）"),
                     ("成交后", "协助客户填写投保单，完成双录并在当日交回投保资料", "投保资料"),
                     ("保单生效后", "提供保单递送、回访及续期缴费提醒等售后服务", "服务记录"),
                     ("每月", "参加公司组织的专业培训并通过考核", "培训记录")],
             req="任职要求：年满18周岁，高中（中专）及以上学历；具有完全民事行为能力；品行端正，无不良信用记录；"
                 "入职后须通过公司组织的岗前培训并完成执业登记。"),
        dict(name="续期专员",
             card=[("岗位", "续期专员"), ("所属", "客户服务部续期服务组"), ("直接上级", "续期服务组组长"),
                   ("直接下属", "无"), ("工作地点", "南京（分公司本部）"), ("收入构成", "固定工资加续期绩效奖金"),
                   ("出勤", None)],
             duties=[("保单应缴日前60天", "通过电话、短信提醒客户按时缴纳续期保费", "续期提醒清单"),
                     ("宽限期内", "跟进未缴费保单，分析未缴原因并协助客户办理缴费", "催缴跟进记录"),
                     ("保单失效后", "指导客户办理保单复效手续", "复效申请资料"),
                     ("每月末", "统计续期收费率、13个月继续率，形成月度分析报告", "续期月报")],
             req="任职要求：大专及以上学历，市场营销、金融或保险相关专业；1年以上电话客服或催收工作经验；"
                 "普通话标准，熟练使用办公软件。"),
        dict(name="客服坐席",
             card=[("岗位", "客服坐席（95热线）"), ("所属", "四川分公司客户服务中心"), ("直接上级", "坐席班组长"),
                   ("直接下属", "无"), ("工作地点", "成都"), ("收入构成", "基本工资加话务绩效"),
                   ("出勤", "7×24小时轮班，四班三运转")],
             duties=[("来电接入时", "受理客户咨询、报案、保全及投诉来电", "通话记录"),
                     ("通话中", "按话术规范解答问题，无法即时解决的生成工单转相关部门", "服务工单"),
                     ("通话后", "48小时内完成工单回访并关闭工单", "回访记录"),
                     ("每周", "参加质检复盘和知识库学习", "质检反馈表")],
             req="任职要求：大专及以上学历；普通话二级乙等及以上；打字速度每分钟50字以上；能适应轮班和夜班。"),
    ]
    for n, p in enumerate(posts, 1):
        d.add_heading(f"第{'一二三'[n-1]}章　{p['name']}", level=1)
        frame = d.add_table(rows=1, cols=1)
        frame.style = "Table Grid"
        fc = frame.cell(0, 0)
        fc.paragraphs[0].text = "岗位小档案"
        inner = fc.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in p["card"]:
            rc = inner.add_row().cells
            rc[0].text = lab
            if val is None:
                rc[1].paragraphs[0]._p.addnext(tracked_para("常白班 ", "8:30-17:00", "9:00-17:30", "，周六轮值半天"))
                rc[1]._tc.remove(rc[1].paragraphs[0]._p)
            else:
                rc[1].text = val
        d.add_paragraph("岗位职责：")
        t = d.add_table(rows=1, cols=3)
        t.style = "Light Grid Accent 1"
        for c, txt in zip(t.rows[0].cells, ["时点", "工作动作", "交付物"]):
            c.text = txt
        for a, b, c in p["duties"]:
            rc = t.add_row().cells
            rc[0].text, rc[1].text, rc[2].text = a, b, c
        d.add_paragraph(p["req"])
    d.add_heading("第四章　培训讲师", level=1)
    d.add_paragraph("培训讲师：岗位说明略（另见《讲师管理办法》）。")
    d.add_heading("附录　2022版营销员基本要求（已废止，仅供对照）", level=1)
    old = d.add_paragraph("2022版：营销员须年满20周岁，初中及以上学历，每日拜访客户不少于5位。本附录自2025年1月1日起废止。")
    old.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    d.save(OUT / "02_个险渠道与客户服务岗位手册.docx")
    TRUTH["02"] = {"layout": "chapters per post; '岗位小档案' one-cell frame with nested 2-col table; real w:del/w:ins on 续期专员 出勤; 时点|工作动作|交付物 duty table; 任职要求 paragraph; 培训讲师 略; void 2022 appendix",
                   "posts": posts, "tracked": "续期专员 出勤: 常白班 [del 8:30-17:00][ins 9:00-17:30]，周六轮值半天"}


# ---------------------------------------------------------------- 03 xlsx: KPI 指标库
KPI = {
    "核保员": [("UW-K1", "核保时效达标率", "按时效完成核保件数/核保总件数×100%", 0.30, "≥95%", "≥92%", "每低1个百分点扣3分", "核心业务系统"),
             ("UW-K2", "承保业务赔付率", "已决赔款+未决赔款/已赚保费×100%", 0.25, "≤60%", "≤65%", "每超1个百分点扣2分", "财务系统"),
             ("UW-K3", "核保差错率", "差错件数/抽检件数×100%", 0.20, "≤0.5%", "≤0.8%", "超标不得分", "质检抽查"),
             ("UW-K4", "风险查勘报告完成率", "按期完成查勘报告数/应完成数×100%", 0.15, "100%", "100%", "每缺1份扣5分", "风控台账"),
             ("UW-K5", "渠道满意度", "渠道调查满意人数/调查总人数×100%", 0.10, "≥90%", "≥88%", "按比例得分", "满意度调查")],
    "理赔专员": [("CL-K1", "平均结案周期", "结案案件报案至结案天数之和/结案件数", 0.30, "≤10天", "≤12天", "每超1天扣5分", "理赔系统"),
              ("CL-K2", "结案率", "当期结案件数/(期初未决+当期立案)×100%", 0.25, "≥95%", "≥92%", "按比例得分", "理赔系统"),
              ("CL-K3", "理赔差错率", "差错案件数/抽检案件数×100%", 0.20, "≤1%", "≤1.5%", "超标不得分", "质检抽查"),
              ("CL-K4", "客户理赔满意度", "回访满意客户数/回访客户数×100%", 0.15, "≥90%", "≥88%", "按比例得分", "客服回访"),
              ("CL-K5", "未决案件清理率", "清理未决件数/超90天未决件数×100%", 0.10, "≥80%", "≥75%", "按比例得分", "理赔系统")],
    "查勘定损员": [("SV-K1", "查勘到达及时率", "规定时间内到达现场案件数/查勘案件数×100%", 0.30, "≥98%", "≥95%", "每低1个百分点扣3分", "调度系统"),
               ("SV-K2", "定损准确率", "复核无偏差案件数/定损案件数×100%", 0.30, "≥97%", "≥95%", "每低1个百分点扣3分", "核价复核"),
               ("SV-K3", "减损金额", "定损核减金额合计（万元/月）", 0.20, "≥15万元", "≥10万元", "按比例得分", "理赔系统"),
               ("SV-K4", "影像资料合格率", "合格影像案件数/上传案件数×100%", 0.20, "≥99%", "≥98%", "每低1个百分点扣2分", "影像平台")],
    "银保客户经理": [("BK-K1", "期交保费达成率", "实际期交保费/期交保费计划×100%", 0.40, "100%", "100%", "按比例得分，封顶120分", "销售系统"),
                ("BK-K2", "合作网点活动率", "当月出单网点数/合作网点数×100%", 0.20, "≥60%", "≥50%", "按比例得分", "销售系统"),
                ("BK-K3", "13个月继续率", "第13个月实收保费/应收保费×100%", 0.20, "≥90%", "≥88%", "每低1个百分点扣2分", "保全系统"),
                ("BK-K4", "双录合格率", "双录质检合格件数/应双录件数×100%", 0.20, "100%", "100%", "出现不合格件扣10分/件", "双录质检")],
    "客服坐席": [("CC-K1", "20秒接通率", "20秒内接通来电数/呼入总数×100%", 0.25, "≥90%", "≥85%", "按比例得分", "呼叫中心系统"),
              ("CC-K2", "一次解决率", "首次来电解决数/来电总数×100%", 0.25, "≥85%", "≥80%", "按比例得分", "工单系统"),
              ("CC-K3", "质检合格率", "质检合格通话数/质检通话数×100%", 0.30, "≥95%", "≥93%", "出现致命错误本项为0", "质检系统"),
              ("CC-K4", "客户满意度", "满意评价数/评价总数×100%", 0.20, "≥92%", "≥90%", "按比例得分", "IVR评价")],
    "续期专员": [("RN-K1", "续期收费率", "实收续期保费/应收续期保费×100%", 0.40, "≥95%", "≥93%", "每低1个百分点扣3分", "收付费系统"),
              ("RN-K2", "13个月继续率", "第13个月实收保费/应收保费×100%", 0.30, "≥90%", "≥88%", "每低1个百分点扣2分", "保全系统"),
              ("RN-K3", "复效成功件数", "当月办理复效成功的保单件数", 0.15, "≥20件", "≥15件", "按比例得分", "保全系统"),
              ("RN-K4", "续期服务投诉率", "有效投诉件数/服务保单件数×万", 0.15, "≤1件/万件", "≤1.5件/万件", "超标不得分", "投诉台账")],
}


def doc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = "安衡保险2025年度岗位KPI指标库（使用说明）"
    ws["A3"] = "1. 目标值按分公司类型区分：A类分公司（江苏、浙江、广东等）与B类分公司（四川、河南等）。"
    ws["A4"] = "2. 权重合计须为100%；合计行为公式自动计算。"
    ws["A5"] = "3. 《2024版（作废）》工作表仅作历史对照，不得用于2025年考核。"
    ws["A6"] = "4. 精算、合规、培训等职能岗位的考核见各部门内部细则，本库不收录。"
    hdr_fill = PatternFill("solid", fgColor="BDD7EE")

    def sheet(title, posts, heading):
        s = wb.create_sheet(title)
        s.merge_cells("A1:I1")
        s["A1"] = heading
        s["A1"].font = Font(bold=True, size=14)
        heads = ["考核岗位", "指标编号", "指标名称", "指标定义/计算公式", "权重"]
        for i, h in enumerate(heads, 1):
            s.cell(2, i, h)
            s.merge_cells(start_row=2, start_column=i, end_row=3, end_column=i)
        s.cell(2, 6, "目标值")
        s.merge_cells(start_row=2, start_column=6, end_row=2, end_column=7)
        s.cell(3, 6, "A类分公司")
        s.cell(3, 7, "B类分公司")
        s.cell(2, 8, "评分规则")
        s.merge_cells(start_row=2, start_column=8, end_row=3, end_column=8)
        s.cell(2, 9, "数据来源")
        s.merge_cells(start_row=2, start_column=9, end_row=3, end_column=9)
        for row in s.iter_rows(min_row=2, max_row=3):
            for c in row:
                c.fill = hdr_fill
                c.font = Font(bold=True)
        r = 4
        for post in posts:
            first = r
            for code, name, fml, w, ta, tb, rule, src in KPI[post]:
                s.cell(r, 2, code)
                s.cell(r, 3, name)
                s.cell(r, 4, fml)
                s.cell(r, 5, w).number_format = "0%"
                s.cell(r, 6, ta)
                s.cell(r, 7, tb)
                s.cell(r, 8, rule)
                s.cell(r, 9, src)
                r += 1
            s.cell(r, 3, "权重合计")
            s.cell(r, 5, f"=SUM(E{first}:E{r-1})").number_format = "0%"
            s.cell(first, 1, post)
            s.merge_cells(start_row=first, start_column=1, end_row=r, end_column=1)
            s.cell(first, 1).alignment = Alignment(vertical="center")
            r += 1
        for col, w in zip("ABCDEFGHI", [12, 9, 18, 40, 7, 10, 10, 22, 12]):
            s.column_dimensions[col].width = w

    sheet("核保理赔条线", ["核保员", "理赔专员", "查勘定损员"], "2025年核保理赔条线岗位KPI指标库")
    sheet("渠道与服务条线", ["银保客户经理", "客服坐席", "续期专员"], "2025年渠道与服务条线岗位KPI指标库")
    old = wb.create_sheet("2024版（作废）")
    old["A1"] = "2024年核保员考核指标（已作废）"
    old.append(["考核岗位", "指标名称", "权重", "目标值"])
    for row in [("核保员", "核保时效达标率", "40%", "≥90%"), ("核保员", "承保业务赔付率", "30%", "≤65%"),
                ("核保员", "核保差错率", "30%", "≤1%")]:
        old.append(list(row))
    wb.save(OUT / "03_岗位KPI指标库_2025.xlsx")
    TRUTH["03"] = {"layout": "说明 sheet; 2 KPI sheets with title row, 2-row header (目标值 merged over A类/B类分公司), post merged down its block incl. =SUM 权重合计 row (no cached value), weights stored as fractions formatted 0%; void 2024 sheet", "kpi": KPI}


# ---------------------------------------------------------------- 04 xlsx: 定岗定编及薪酬
STAFF = [
    # 组织路径, 岗位, 直接上级, 工作地点, 学历, 专业, 经验, 证书, 月薪区间, 班次代码, 编制
    ("总公司/核保部", "核保员", "核保主管", "杭州", "本科及以上", "保险学、风险管理", "2年以上", "核保人资格证书优先", "9000-15000", "D", 6),
    ("分公司/理赔中心", "理赔专员", "理赔室主任", "南京/成都", "大专及以上", "保险、法律、医学、财务", "1年以上", "—", "6000-9000", "D", 12),
    ("江苏分公司/理赔中心/车险查勘组", "查勘定损员", "查勘组长", "南京/苏州", "大专及以上", "汽车维修相关", "2年以上", "C1驾照", "7000-11000", "S3", 10),
    ("总公司/精算部", "精算分析师", "精算部经理", "杭州", "硕士及以上", "精算学、统计学、数学", "1年以上", "精算师考试部分科目", "15000-28000", "D", 4),
    ("总公司/法律合规部", "合规专员", "合规部经理", "杭州", "本科及以上", "法学、金融", "3年以上", "法律职业资格优先", "12000-18000", "D", 3),
    ("江苏分公司/银保部", "银保客户经理", "银保部经理", "南京", "本科及以上", "金融、保险、市场营销", "2年以上", "执业登记", "10000-18000", "F", 8),
    ("四川分公司/团体业务部", "团险经理", "团体业务部经理", "成都", "本科及以上", "不限", "3年以上", "—", "12000-20000", None, 4),
    ("江苏分公司/客户服务部", "柜面服务专员", "柜面主管", "南京", "大专及以上", "不限", "1年以上", "—", "6000-8000", "D2", 5),
    ("江苏分公司/客户服务部/续期服务组", "续期专员", "续期服务组组长", "南京", "大专及以上", "市场营销、金融、保险", "1年以上", "—", "5500-8000", "D", 6),
    ("四川分公司/客户服务中心", "客服坐席", "坐席班组长", "成都", "大专及以上", "不限", "不限", "普通话二级乙等", "4500-6500", "R4", 40),
    ("总公司/培训中心", "培训讲师", "培训中心主任", "杭州", "本科及以上", "不限", "3年以上", "—", "10000-16000", "D", 5),
]
SHIFTS = [("D", "常白班", "9:00-17:30，周末双休"), ("D2", "柜面两班", "早班8:30-16:30／晚班10:00-18:00，轮换"),
          ("S3", "三班倒", "早班8:00-16:00／中班16:00-24:00／夜班0:00-8:00"),
          ("R4", "四班三运转", "7×24小时轮班，每班8小时"), ("F", "弹性工作制", "按合作银行网点营业时间安排")]


def doc04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位定编定薪"
    ws.merge_cells("A1:L1")
    ws["A1"] = "安衡保险2025年岗位定编及薪酬标准表（人力资源部）"
    groups = [("基本信息", 1, 4), ("任职要求", 5, 8), ("薪酬与班次", 9, 10), ("编制", 11, 11)]
    for name, a, b in groups:
        ws.cell(2, a, name)
        if b > a:
            ws.merge_cells(start_row=2, start_column=a, end_row=2, end_column=b)
    heads = ["组织路径", "岗位", "直接上级", "工作地点", "学历", "专业", "经验", "证书", "月薪区间（元）", "班次代码", "编制（人）"]
    for i, h in enumerate(heads, 1):
        ws.cell(3, i, h)
    for r, row in enumerate(STAFF, 4):
        for c, v in enumerate(row, 1):
            if v is not None:
                ws.cell(r, c, v)
    n = 4 + len(STAFF)
    ws.cell(n, 2, "合计")
    ws.cell(n, 11, f"=SUM(K4:K{n-1})")
    s2 = wb.create_sheet("班次代码")
    s2.append(["代码", "班次名称", "时间安排"])
    for row in SHIFTS:
        s2.append(list(row))
    wb.save(OUT / "04_岗位定编及薪酬标准.xlsx")
    TRUTH["04"] = {"layout": "grouped header row (基本信息/任职要求/薪酬与班次/编制) over field row; 组织路径 column 'A/B/C'; 团险经理 班次代码 empty; shift-code sheet", "rows": STAFF, "shifts": SHIFTS}


# ---------------------------------------------------------------- 05 csv: 招聘需求
def doc05():
    rows = [
        ["需求编号", "岗位名称", "所属机构", "招聘人数", "学历要求", "工作年限", "岗位职责", "任职要求", "薪资范围", "状态", "备注"],
        ["ZP2025-031", "银保客户经理", "江苏分公司银保部", "3", "本科", "2年以上",
         "1）维护合作银行网点关系，定期驻点并拜访网点；2）对银行理财经理开展产品培训和销售辅导；3）协助网点举办客户答谢会、产品说明会等营销活动；4）推动期交保费达成，跟进保单承保及回访；5）督促网点合规销售，落实双录要求",
         "金融、保险、市场营销专业优先；2年以上银行或银保渠道销售经验；已完成保险销售从业人员执业登记；沟通和培训能力强",
         "10k-18k·13薪", "招聘中", "南京，需出差至苏州、无锡网点"],
        ["ZP2025-032", "团险经理", "四川分公司团体业务部", "2", "本科", "3年以上",
         "1）开发企事业单位团体保险客户，挖掘员工福利保障需求；2）设计团体意外险、团体医疗险等保障方案并组织报价；3）牵头团险项目投标，编制投标文件；4）负责团单续保及客户关系维护，协调理赔服务；5）完成年度团体保费任务",
         "3年以上团险或企业客户销售经验；熟悉团体医疗、意外险产品；有投标经验者优先",
         "12k-20k·14薪", "招聘中", "成都"],
        ["ZP2025-033", "柜面服务专员", "江苏分公司客户服务部", "2", "大专", "1年以上",
         "1）在营业柜面受理保单保全申请（地址变更、受益人变更、退保等）；2）审核客户身份及申请资料，按权限办理业务；3）受理客户咨询及投诉，登记并转办；4）管理柜面单证及印章，每日日终对账",
         "1年以上银行或保险柜面工作经验；熟练使用办公软件；细心耐心",
         "6k-8k·13薪", "招聘中", "南京市鼓楼区营业大厅"],
        ["ZP2025-034", "客服坐席", "四川分公司客户服务中心", "10", "大专", "不限",
         "1）接听95热线，受理咨询、报案、保全和投诉；2）生成并跟踪服务工单；3）完成满意度回访",
         "普通话二级乙等及以上；打字每分钟50字以上；能适应夜班",
         "4.5k-6.5k", "招聘中", "成都，提供夜班补贴"],
        ["ZP2024-118", "核保员", "总公司核保部", "1", "大专", "2年以上",
         "审核非车险投保单", "2年以上核保经验", "8k-12k", "已关闭", "2024年需求，已到岗"],
        ["ZP2025-035", "理赔调查员", "江苏分公司理赔中心", "1", "", "", "待定", "待定", "面议", "暂缓", "岗位说明书制定中"],
        ["合计", "", "", "19", "", "", "", "", "", "", ""],
    ]
    with open(OUT / "05_2025春季社会招聘需求.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    TRUTH["05"] = {"layout": "recruiting CSV, duties '1）…；2）…' in one cell, pay 'k·N薪', closed 2024 row, 暂缓 row with 待定 (理赔调查员), 合计 footer row", "rows": rows}


# ---------------------------------------------------------------- 06 html: 招聘公告
def doc06():
    html = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>安衡保险总公司2025年社会招聘公告</title>
<style>nav{position:sticky;top:0} .ind{text-indent:2em}</style></head>
<body>
<nav><a href="/">首页</a> | <a href="/about">关于安衡</a> | <a href="/jobs">加入我们</a></nav>
<h1>安衡保险集团总公司2025年社会招聘公告</h1>
<p class="ind">因业务发展需要，总公司现面向社会公开招聘以下岗位，工作地点均为杭州市钱江新城总部大楼。</p>
<table border="1">
<thead><tr><th>部门</th><th>岗位</th><th>人数</th><th>状态</th></tr></thead>
<tbody>
<tr><td rowspan="2">精算部</td><td>精算分析师</td><td>2</td><td>招聘中</td></tr>
<tr><td>产品精算助理</td><td>1</td><td>已满额</td></tr>
<tr><td rowspan="2">法律合规部</td><td>反洗钱专员</td><td>1</td><td>暂停招聘</td></tr>
<tr><td>合规专员</td><td>1</td><td>见OA岗位说明书</td></tr>
<tr><td>培训中心</td><td>培训讲师</td><td>2</td><td>详情稍后公布</td></tr>
</tbody></table>
<h2>岗位详情</h2>
<h3>精算分析师（精算部，2名）</h3>
<p><strong>一、岗位职责</strong></p>
<p class="ind">1．参与寿险及健康险产品定价，建立定价模型并测算产品利润；</p>
<p class="ind">2．开展准备金评估，完成月度、季度准备金计提；</p>
<p class="ind">3．进行经验分析，跟踪死亡率、发病率、退保率等精算假设；</p>
<p class="ind">4．配合偿二代监管报表编制与资本测算；</p>
<p class="ind">5．为产品开发和业务部门提供精算数据支持。</p>
<p><strong>二、任职要求</strong></p>
<p class="ind">1．硕士及以上学历，精算学、统计学、数学等相关专业；</p>
<p class="ind">2．通过中国精算师或北美精算师（SOA）部分课程考试；</p>
<p class="ind">3．熟练使用Excel&nbsp;VBA、Prophet、Python或R中至少一种工具；</p>
<p class="ind">4．1年以上寿险精算工作经验，优秀应届毕业生可放宽。</p>
<p><strong>三、薪酬待遇</strong></p>
<p class="ind">年薪20万—35万元，缴纳五险二金，享受补充医疗保险。</p>
<h3>培训讲师（培训中心，2名）</h3>
<p class="ind">岗位详情稍后公布，敬请关注。</p>
<footer><p>发布日期：2025年3月3日　报名截止：2025年4月30日　联系人：人力资源部 张女士</p>
<p>© 安衡保险集团股份有限公司</p></footer>
</body></html>
"""
    (OUT / "06_总公司社会招聘公告.html").write_text(html, encoding="utf-8")
    TRUTH["06"] = {"layout": "announcement page: summary table with rowspan 部门 and statuses (反洗钱专员 暂停, 培训讲师 稍后公布), then <h3> post sections of <p><strong>一、…</strong></p> + '1．' paragraphs"}


# ---------------------------------------------------------------- 07 pdf: 银保与团险业务管理办法
def doc07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "wqy"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    st = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16)
    h = ParagraphStyle("h", fontName=font, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18)
    sm = ParagraphStyle("s", fontName=font, fontSize=9, leading=12)
    story = [Paragraph("安衡人寿保险股份有限公司银保与团险业务管理办法", h),
             Paragraph("安衡寿发〔2025〕12号　　2025年2月18日印发", sm), Spacer(1, 8)]
    arts = [
        ("第一章　总则", None),
        ("第一条", "为规范银行保险（以下简称银保）渠道和团体保险业务经营管理，防范销售误导，制定本办法。"),
        ("第二条", "本办法适用于总公司及各省分公司银保部、团体业务部。"),
        ("第二章　岗位设置", None),
        ("第三条", "分公司银保部设银保部经理、银保客户经理、银保培训岗；团体业务部设团体业务部经理、团险经理、团险核保岗。"),
        ("第四条", "银保客户经理向分公司银保部经理汇报，每人对接的合作银行网点原则上不超过15个。"),
        ("第五条", "团险经理向分公司团体业务部经理汇报，负责团体客户开发、方案设计与续保管理。"),
        ("第六条", "银保培训岗、团险核保岗的职责由各分公司另行规定。"),
        ("第三章　销售管理", None),
        ("第七条", "银保客户经理不得在银行网点以存款、理财名义销售保险产品，不得夸大收益或隐瞒退保损失。"),
        ("第八条", "团险业务报价须经团险核保岗审核，不得低于公司费率下限。"),
        ("第四章　考核", None),
        ("第九条", "银保客户经理、团险经理实行月度考核、年度评定，考核指标、权重与目标值如下表："),
    ]
    for a, b in arts:
        story.append(Paragraph(a, h2) if b is None else Paragraph(f"{a}　{b}", st))
    data = [["考核岗位", "考核指标", "权重", "目标值"],
            ["银保客户经理", "期交保费达成率", "40%", "100%"], ["", "合作网点活动率", "20%", "≥60%"],
            ["", "13个月继续率", "20%", "≥90%"], ["", "双录合格率", "20%", "100%"],
            ["团险经理", "团体保费达成率", "40%", "100%"], ["", "新增团体客户数", "20%", "每年≥12家"],
            ["", "团单续保率", "25%", "≥85%"], ["", "团险赔付率", "15%", "≤75%"]]
    tb = Table(data, colWidths=[90, 150, 60, 90])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (0, 4)),
                            ("SPAN", (0, 5), (0, 8)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story += [Spacer(1, 6), tb, Spacer(1, 6)]
    for a, b in [("第十条", "考核得分低于60分的，扣发当月绩效；连续两个月低于60分的，调整岗位。"),
                 ("第五章　附则", None),
                 ("第十一条", "本办法由总公司个险及银保事业部负责解释，自印发之日起施行。")]:
        story.append(Paragraph(a, h2) if b is None else Paragraph(f"{a}　{b}", st))
    SimpleDocTemplate(str(OUT / "07_银保与团险业务管理办法.pdf"), pagesize=A4).build(story)
    TRUTH["07"] = {"layout": "PDF 管理办法 of 第N条 articles, KPI table with post cell spanning rows (SPAN), named-only 银保培训岗/团险核保岗", "kpi": data}


# ---------------------------------------------------------------- 08 md: 新人入职指引
def doc08():
    md = """# 安衡保险新员工入职指引（总公司版）

> 本指引面向总公司新入职员工，2025年3月更新。各岗位完整职责以岗位说明书为准。

## 一、报到须知

- 报到时间：入职当日 9:00，地点：钱江新城总部大楼 18 楼人力资源部
- 试用期：6 个月，期间完成新人训并通过结业考试
- 工作时间：总公司职能岗位实行标准工时，9:00—17:30

## 二、岗位速查

**精算分析师** — 上级：精算部经理 · 下属：无 · 地点：杭州总部 · 所在部门：精算部

**合规专员** — 上级：合规部经理 · 下属：无 · 地点：杭州总部 · 所在部门：法律合规部

**培训讲师** — 上级：培训中心主任 · 下属：无 · 地点：杭州总部（需到各分公司授课）· 所在部门：培训中心

**核保员** — 上级：核保主管 · 下属：无 · 地点：杭州总部 · 所在部门：核保部

## 三、精算分析师上岗第一个月

1. 第 1 周：熟悉精算系统（Prophet）账号开通与数据权限申请
2. 第 2 周：跟随导师完成一次月度准备金计提复核
3. 第 3–4 周：独立完成一个存量产品的经验分析小课题

精算分析师的绩效考核：略（见精算部内部考核细则）。

## 四、常见问题

**问：总公司有班车吗？**
答：有，早晚各一班，线路见OA“行政服务”栏目。

**问：可以远程办公吗？**
答：职能岗位每月可申请不超过 2 天远程办公，需部门负责人审批。
"""
    (OUT / "08_新员工入职指引.md").write_text(md, encoding="utf-8")
    TRUTH["08"] = {"layout": "Markdown guide; '**岗位** — 上级：… · 下属：… · 地点：…' fact lines; 精算 onboarding steps; 精算 KPI 略; FAQ"}


# ---------------------------------------------------------------- 09 GBK txt: 柜面服务规范
def doc09():
    txt = """安衡人寿保险股份有限公司江苏分公司
柜面服务专员岗位规范

【基本信息】
岗位名称　　柜面服务专员
所属部门　　客户服务部
直接上级　　柜面主管
工作地点　　江苏分公司营业大厅（南京市鼓楼区中山北路）
班　　次　　早班8:30-16:30、晚班10:00-18:00，按周轮换

【服务规范】
(1) 客户到达柜面时起身问候，使用“您好，请问办理什么业务”标准用语。
(2) 办理保全业务前，须核对客户本人有效身份证件原件，代办须提供授权委托书。
(3) 退保业务须向客户说明退保损失，由客户本人签字确认。
(4) 单笔退保金额超过5万元的，须报柜面主管复核后办理。
(5) 每日营业终了，核对当日受理单证与系统记录，登记《柜面日结表》。
(6) 柜面印章、空白单证实行双人保管，离柜须上锁。

【考核】
柜面服务专员按月考核，具体见分公司客户服务部考核细则。

----------------------------------------
补充通知（2025年3月20日）
自2025年4月1日起，柜面服务专员直接上级调整为“客户服务部副经理”，
柜面主管岗位撤销；同时周六上午增设一名值班柜员（9:00-12:00），由柜面服务专员轮流值守。
江苏分公司人力资源部
"""
    (OUT / "09_柜面服务专员岗位规范.txt").write_bytes(txt.encode("gbk"))
    TRUTH["09"] = {"layout": "GBK text, 【】 sections, letter-spaced label '班　　次', (1)…(6) rules, appended notice changing 上级 to 客户服务部副经理 from 2025-04-01 and adding Saturday duty"}


# ---------------------------------------------------------------- 10 UTF-16 txt: 合规专员 OA 导出
def doc10():
    txt = """岗位说明书（OA系统导出）                              打印日期：2025-05-06
================================================================================
岗位名称    合规专员
岗位编号    CP-01
所属部门    法律合规部
直接上级    合规部经理
直接下属    无
工作地点    杭州总部
岗位目的    识别、评估和防范公司经营中的合规风险，确保各项业务符合监管要求
主要职责    1. 跟踪保险监管法规及政策变化，组织公司制度的合规审查
            2. 审核新产品条款、营销宣传材料的合规性并出具意见
            3. 协助开展反洗钱客户身份识别和大额、可疑交易监测
            4. 组织年度合规检查，督促问题整改并形成检查报告
            5. 组织全员合规培训，每年不少于2次
任职资格    学历：本科及以上，法学、金融相关专业
            经验：3年以上金融机构合规、法务或审计工作经验
            证书：通过国家统一法律职业资格考试者优先
            知识：熟悉《保险法》、反洗钱相关法规
考核方式    年度考核，由合规负责人评定
================================================================================
（本页由系统自动生成，内容以人力资源部备案版本为准）
"""
    (OUT / "10_合规专员岗位说明书.txt").write_bytes(txt.encode("utf-16"))
    TRUTH["10"] = {"layout": "UTF-16 (BOM) OA export, fixed-width label column, continuation lines indented with spaces"}


if __name__ == "__main__":
    for f in (doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10):
        f()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
