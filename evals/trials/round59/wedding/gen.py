# -*- coding: utf-8 -*-
"""Round 59 blind trial 'wedding': 喜悦时光婚礼文化有限公司 HR documents (10 files).
Run: T59_OUT=/tmp/t59wedding/corpus /tmp/genv/bin/python gen.py
Also writes ground_truth.json next to this script."""
import os, json, copy
from pathlib import Path
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T59_OUT", "/tmp/t59wedding/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "喜悦时光婚礼文化有限公司"
GT = {}

def shade(cell, color="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="%s"/>' % color))

def set_font(doc):
    st = doc.styles["Normal"]; st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")

# ---------------------------------------------------------------- w01
W01_POSTS = [
 dict(code="WD-01", name="婚礼策划师", dept="策划执行中心", boss="策划总监", subs="无",
      loc="杭州、南京、苏州、成都各门店", pay="底薪6000-9000元/月＋策划提成（合同额的3%）", shift="门店班＋婚礼日跟场", hc="各店2-4人",
      duties=[("与新人进行需求沟通，了解预算、风格与宾客规模，输出婚礼创意方案", "30%"),
              ("根据方案绘制场景效果图，编制物料清单与报价单", "20%"),
              ("统筹花艺、灯光、舞美供应商，确认搭建方案与进场时间", "20%"),
              ("婚礼前7天组织新人彩排沟通会，确认最终流程单", "15%"),
              ("婚礼结束后3个工作日内完成回访并收集满意度评价", "15%")],
      quals=[("学历", "大专及以上"), ("专业", "艺术设计、视觉传达、市场营销等相关专业"),
             ("工作经验", "2年以上婚礼策划或大型活动策划经验"), ("证书", "持婚礼策划师职业技能证书者优先"),
             ("技能", "熟练使用PS、SketchUp或3D Max出效果图")],
      note="策划师同时兼任本人签约婚礼的第一联系人。"),
 dict(code="WD-02", name="婚礼督导", dept="策划执行中心（执行部）", boss=None, subs="执行助理、搭建工人（外包）",
      loc="随婚礼场地（酒店、草坪、户外场地）", pay="底薪5000元/月＋每场督导费400元", shift="婚礼日班（婚礼前一日搭建夜班）", hc="杭州6人，其余门店各3人",
      duties=[("婚礼前一日带队完成场地搭建验收，对照物料清单逐项清点", "25%"),
              ("婚礼当天担任现场总指挥，按流程单把控仪式各环节时间节点", "35%"),
              ("协调司仪、摄影、摄像、化妆等人员按时到岗，处理现场突发状况", "20%"),
              ("仪式结束后监督撤场，确保租赁道具完整回收并交道具仓管员入库", "20%")],
      quals=[("学历", "高中、中专及以上"), ("专业", "不限"),
             ("工作经验", "1年以上酒店宴会或婚礼执行经验"), ("证书", "无"),
             ("其他", "能承受高强度站立工作，能适应节假日及周末工作")],
      note="督导每月跟场不超过12场。"),
 dict(code="WD-03", name="司仪", dept="策划执行中心", boss="策划总监", subs="无",
      loc="杭州、南京、苏州、成都", pay="按场结算，每场800-2000元（按司仪星级定价）", shift="婚礼日跟场", hc="签约司仪不设编制",
      duties=[("婚礼前与新人见面沟通，了解恋爱故事，撰写仪式主持词", "25%"),
              ("参加彩排，与督导、灯光音响师核对音乐及走位", "20%"),
              ("婚礼当天主持仪式及答谢宴环节，调动现场气氛", "40%"),
              ("遇冷场或流程延误时临场调整串词，配合督导追回时间", "15%")],
      quals=[("学历", "大专及以上"), ("专业", "播音与主持艺术专业优先"),
             ("工作经验", "独立主持婚礼50场以上"), ("证书", "普通话水平测试二级甲等及以上"),
             ("其他", "形象气质佳，无不良主持记录")],
      note="司仪为签约合作人员，用工形式为劳务合作。"),
 dict(code="WD-04", name="花艺师", dept="策划执行中心（花艺组）", boss="策划总监", subs="花艺助理",
      loc="杭州总部花艺工作室", pay="5500-7500元/月", shift="常白班，婚礼前一日加班布场", hc="4人",
      duties=None, quals=None, note="岗位职责、任职资格：略（见《花艺制作标准》，另行下发）。"),
]

def w01():
    doc = Document(); set_font(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = CO + "　人力资源部　岗位说明书汇编（策划执行中心）"
    sec.footer.paragraphs[0].text = "文件编号 HR-JD-2025-03　第3版　2025年3月1日起执行　受控文件，请勿外传"
    t = doc.add_paragraph(); r = t.add_run("策划执行中心岗位说明书汇编（2025版）"); r.bold = True; r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("编制说明：本汇编收录策划执行中心四个岗位。各岗位以“岗位编号｜岗位”横幅开始，下接岗位说明表。"
                      "策划执行中心下设策划部、执行部、花艺组，中心负责人为策划总监。")
    gt = {}
    for p in W01_POSTS:
        ban = doc.add_table(rows=1, cols=1); ban.style = "Table Grid"
        c = ban.cell(0, 0); c.text = ""; rr = c.paragraphs[0].add_run(f"{p['code']}｜{p['name']}"); rr.bold = True; shade(c, "F4CCCC")
        doc.add_paragraph()
        tb = doc.add_table(rows=7, cols=5); tb.style = "Table Grid"
        sidec = tb.cell(0, 0).merge(tb.cell(3, 0)); sidec.text = "基本情况"; shade(sidec)
        rows = [("岗位名称", p["name"], "所属部门", p["dept"]),
                ("直接上级", p["boss"], "直接下属", p["subs"]),
                ("工作地点", p["loc"], "薪资标准", p["pay"]),
                ("班次", p["shift"], "编制", p["hc"])]
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell = tb.cell(i, j + 1)
                if v is None:  # tracked change on 直接上级
                    cell.text = ""
                    para = cell.paragraphs[0]
                    para._p.append(parse_xml(
                        '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="1" w:author="HR-张琳" w:date="2025-02-20T10:00:00Z">'
                        '<w:r><w:delText>婚礼策划师</w:delText></w:r></w:del>'))
                    para._p.append(parse_xml(
                        '<w:ins xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:id="2" w:author="HR-张琳" w:date="2025-02-20T10:00:00Z">'
                        '<w:r><w:t>执行部主管</w:t></w:r></w:ins>'))
                else:
                    cell.text = v
                if j % 2 == 0: shade(cell, "EEEEEE")
        # duties row
        tb.cell(4, 0).text = "岗位职责"; tb.cell(5, 0).text = "任职资格"; tb.cell(6, 0).text = "备注"
        for rr_ in (4, 5, 6): shade(tb.cell(rr_, 0))
        dcell = tb.cell(4, 1).merge(tb.cell(4, 4)); qcell = tb.cell(5, 1).merge(tb.cell(5, 4)); ncell = tb.cell(6, 1).merge(tb.cell(6, 4))
        if p["duties"]:
            dcell.text = "主要职责如下表："
            nt = dcell.add_table(rows=1, cols=3); nt.style = "Table Grid"
            for j, h in enumerate(["序号", "职责内容", "时间占比"]): nt.cell(0, j).text = h
            for k, (d, w) in enumerate(p["duties"], 1):
                cs = nt.add_row().cells; cs[0].text = str(k); cs[1].text = d; cs[2].text = w
            qcell.text = "任职条件如下表："
            qt = qcell.add_table(rows=1, cols=2); qt.style = "Table Grid"
            qt.cell(0, 0).text = "项目"; qt.cell(0, 1).text = "要求"
            for k, v in p["quals"]:
                cs = qt.add_row().cells; cs[0].text = k; cs[1].text = v
        else:
            dcell.text = "略"; qcell.text = "略"
        ncell.text = p["note"]
        doc.add_paragraph()
        g = {k: p[k] for k in ("dept", "boss", "subs", "loc", "pay", "shift", "hc", "duties", "quals", "note")}
        if p["boss"] is None: g["boss"] = "执行部主管（修订：删除“婚礼策划师”，插入“执行部主管”）"
        gt[p["name"]] = g
    doc.add_page_break()
    h = doc.add_paragraph(); r = h.add_run("附录　婚礼督导岗位说明书（V2.0，2023年版，已废止，仅供对照）"); r.bold = True
    for s in ["（本附录内容已被第3版替代，不再执行。）",
              "岗位：婚礼督导；直接上级：婚礼策划师；薪资：底薪4500元/月＋每场督导费300元。",
              "职责：负责婚礼当天现场执行；负责场地布置检查；负责撤场。",
              "任职资格：高中及以上学历，有婚庆行业工作经验者优先。"]:
        doc.add_paragraph(s)
    gt["_superseded"] = "婚礼督导 V2.0: 上级 婚礼策划师, 底薪4500+每场300 (已废止)"
    fn = "w01_策划执行中心岗位说明书汇编.docx"; doc.save(OUT / fn); GT[fn] = gt

# ---------------------------------------------------------------- w02
MATRIX = [
 ("05:00-07:00", "新娘化妆", "到酒店复查场地，检查灯光音响调试", "拍摄化妆花絮及婚鞋、婚戒、请柬等细节", "拍摄晨袍花絮", "为新娘完成早妆，为伴娘及双方母亲化简妆", "—"),
 ("07:00-10:00", "接亲", "电话确认婚车到位，控制接亲时间不超过60分钟", "接亲全程跟拍，抓拍堵门游戏", "接亲全程跟拍（单机位）", "随车跟妆，出门前补妆", "—"),
 ("10:00-11:30", "外景及迎宾", "检查迎宾区、签到台、甜品台物料", "拍摄外景合影及迎宾照", "拍摄迎宾空镜", "更换迎宾造型", "与新人最后核对主持词"),
 ("11:30-12:30", "婚礼仪式", "按流程单把控仪式各环节时间，提示灯光音响切换", "仪式全程拍摄，保证交换戒指、父亲交接等关键瞬间", "双机位录制仪式全程", "仪式前补妆", "主持仪式"),
 ("12:30-14:00", "答谢宴", "协调上菜节奏，安排撤场人员待命", "拍摄敬酒及宾客合影", "剪辑当日快剪并在答谢宴上播放", "更换敬酒服造型", "主持答谢宴环节"),
 ("14:00以后", "撤场", "组织撤场，租赁道具清点后交道具仓管员入库", "检查存储卡并双备份", "导出素材交后期", "清洁消毒化妆工具", "—"),
]

def w02():
    doc = Document(); set_font(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = CO + "　婚礼日执行分工手册"
    sec.footer.paragraphs[0].text = "执行部编制　2025年1月修订"
    t = doc.add_paragraph(); r = t.add_run("婚礼日执行分工手册"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("第一章　总则")
    doc.add_paragraph("1.1　本手册规定婚礼当天各岗位的时间节点与分工，适用于公司在杭州、南京、苏州、成都承办的全部婚礼。")
    # text box (VML)
    tb_xml = ('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
              'xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
              '<v:shape id="tb1" type="#_x0000_t202" style="width:400pt;height:50pt"><v:textbox><w:txbxContent>'
              '<w:p><w:r><w:t>重要提示：婚礼督导是婚礼当天的现场第一责任人，摄影师、摄像师、化妆师、司仪当天均服从督导调度。</w:t></w:r></w:p>'
              '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.append(parse_xml(tb_xml))
    doc.add_paragraph("1.2　灯光音响师由合作的外包公司派出，其职责见外包服务协议，本手册不作规定。")
    doc.add_paragraph("第二章　婚礼日分工表（以午宴婚礼为例）")
    cols = ["时间", "环节", "婚礼督导", "摄影师", "摄像师", "化妆师", "司仪"]
    tb = doc.add_table(rows=1, cols=len(cols)); tb.style = "Table Grid"
    for j, h in enumerate(cols): tb.cell(0, j).text = h; shade(tb.cell(0, j))
    for row in MATRIX:
        cs = tb.add_row().cells
        for j, v in enumerate(row): cs[j].text = v
    doc.add_paragraph("注：晚宴婚礼时间整体顺延，快剪须在晚宴开席后60分钟内播放。")
    doc.add_paragraph("第三章　到岗要求")
    doc.add_paragraph("3.1　化妆师最迟04:30到达新娘化妆地点；摄影师、摄像师最迟05:00到岗；督导最迟05:00到达婚礼场地；司仪最迟在仪式开始前90分钟到场。")
    doc.add_paragraph("3.2　任何人员因故不能到岗，须至少提前24小时报告门店店长安排替补。")
    doc.add_paragraph("第四章　婚车调度")
    doc.add_paragraph("略。")
    doc.add_paragraph("第五章　附则")
    doc.add_paragraph("5.1　本手册由执行部负责解释。")
    fn = "w02_婚礼日执行分工手册.docx"; doc.save(OUT / fn)
    GT[fn] = {"matrix": MATRIX, "textbox": "督导是现场第一责任人", "arrival": "化妆师04:30, 摄影/摄像05:00, 督导05:00, 司仪仪式前90分钟",
              "named_only": "灯光音响师（外包协议）", "lue": "第四章 婚车调度 略"}

# ---------------------------------------------------------------- x01 KPI
KPI = {
 "策划执行中心": [
   ("婚礼策划师", [("签单转化率", "签约客户数÷接待有效客户数×100%", "CRM系统", 25, 30, "≥35%", "月度"),
                 ("客户满意度", "回访满意客户数÷回访客户数×100%", "回访记录", 25, 20, "≥95%", "月度"),
                 ("方案一次通过率", "一次通过的方案数÷提交方案数×100%", "方案评审记录", 20, 20, "≥80%", "月度"),
                 ("预算执行偏差率", "|实际成本－预算成本|÷预算成本×100%", "财务结算单", 15, 15, "≤5%", "季度"),
                 ("回访及时率", "3个工作日内完成回访的婚礼数÷婚礼总数×100%", "回访记录", 15, 15, "100%", "月度")]),
   ("婚礼督导", [("流程准时率", "按流程单准时完成的环节数÷环节总数×100%", "督导日志", 30, 25, "≥95%", "月度"),
               ("现场事故次数", "因执行失误造成的安全或重大流程事故次数", "事故登记表", 25, 25, "0次", "季度"),
               ("撤场道具完好率", "完好回库道具件数÷出库道具件数×100%", "仓库入库单", 20, 25, "≥99%", "月度"),
               ("新人现场评分", "新人对现场执行的评分（5分制）平均值", "满意度问卷", 25, 25, "≥4.8分", "月度")]),
 ],
 "影像中心": [
   ("摄影师", [("准时到场率", "准时到场场次÷派单场次×100%", "派单系统打卡", 20, 20, "100%", "月度"),
             ("原片交付及时率", "48小时内上传原片的场次÷拍摄场次×100%", "后期系统", 25, 25, "≥98%", "月度"),
             ("客诉率", "有效客诉场次÷拍摄场次×100%", "客服记录", 20, 20, "≤2%", "季度"),
             ("客片满意度", "客户评价“满意”及以上场次÷评价场次×100%", "满意度问卷", 25, 25, "≥95%", "月度"),
             ("器材规范使用", "器材违规使用或未备份次数", "器材登记", 10, 10, "0次", "月度")]),
   ("摄像师", [("快剪按时播放率", "快剪在宴会上按时播放场次÷拍摄场次×100%", "督导日志", 30, 30, "100%", "月度"),
             ("成片交付及时率", "30天内交付成片场次÷拍摄场次×100%", "后期系统", 25, 25, "≥95%", "月度"),
             ("客片满意度", "客户评价“满意”及以上场次÷评价场次×100%", "满意度问卷", 25, 25, "≥95%", "月度"),
             ("素材丢失次数", "因未备份造成素材丢失的次数", "器材登记", 20, 20, "0次", "季度")]),
 ],
 "门店销售": [
   ("客户顾问", [("月度签单额", "当月签约合同金额合计", "CRM系统", 40, 30, "≥30万元", "月度"),
               ("到店转化率", "签约客户数÷到店客户数×100%", "CRM系统", 25, 25, "≥30%", "月度"),
               ("定金收取及时率", "签约当日收取定金的合同数÷签约合同数×100%", "财务收款记录", 15, 20, "100%", "月度"),
               ("客户信息录入完整率", "信息完整的客户档案数÷客户档案总数×100%", "CRM系统", 10, 15, "100%", "月度"),
               ("老客转介绍数", "老客户介绍成功签约的单数", "CRM系统", 10, 10, "≥2单/月", "月度")]),
   ("门店店长", [("门店营收达成率", "门店实际营收÷营收目标×100%", "财务报表", 40, 40, "≥100%", "月度"),
               ("门店毛利率", "（营收－直接成本）÷营收×100%", "财务报表", 20, 20, "≥38%", "季度"),
               ("员工流失率", "离职人数÷平均在岗人数×100%", "人事台账", 15, 15, "≤10%（年度）", "年度"),
               ("客诉结案率", "已结案客诉数÷受理客诉数×100%", "客服记录", 25, 25, "100%", "月度")]),
 ],
}

def x01():
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "使用说明"
    for i, s in enumerate(["喜悦时光KPI指标库（2025版）", "1. 公司业务有明显淡旺季：旺季为4-6月、9-11月，其余月份为淡季，同一指标在旺季与淡季采用不同权重。",
                           "2. 每个岗位的权重小计必须等于100。", "3. “2024版（已停用）”工作表仅供对照，不再执行。",
                           "4. 后期修图师的考核指标见《影像中心岗位规范》PDF，本库不重复收录。"], 1):
        ws.cell(i, 1, s)
    hdr1 = ["序号", "岗位", "指标名称", "指标定义/计算公式", "数据来源", "权重（%）", None, "目标值", "考核周期"]
    hdr2 = [None, None, None, None, None, "旺季", "淡季", None, None]
    gt = {}
    for sheet, posts in KPI.items():
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, f"{sheet}关键绩效指标库"); ws.merge_cells("A1:I1"); ws["A1"].font = Font(bold=True, size=14)
        for j, h in enumerate(hdr1, 1):
            if h: ws.cell(2, j, h)
        for j, h in enumerate(hdr2, 1):
            if h: ws.cell(3, j, h)
        for col in "ABCDEHI": ws.merge_cells(f"{col}2:{col}3")
        ws.merge_cells("F2:G2")
        r = 4; n = 0
        for post, inds in posts:
            start = r
            for (name, form, src, wp, wo, tgt, cyc) in inds:
                n += 1
                for j, v in enumerate([n, post, name, form, src, wp, wo, tgt, cyc], 1): ws.cell(r, j, v)
                r += 1
            ws.merge_cells(f"B{start}:B{r-1}")
            ws.cell(r, 3, f"{post}权重小计"); ws.cell(r, 6, f"=SUM(F{start}:F{r-1})"); ws.cell(r, 7, f"=SUM(G{start}:G{r-1})")
            r += 1
            gt[post] = inds
        for col, w in zip("ABCDEFGHI", [6, 12, 18, 44, 14, 8, 8, 12, 10]): ws.column_dimensions[col].width = w
    ws = wb.create_sheet("2024版（已停用）")
    ws.append(["岗位", "指标名称", "权重", "目标值"])
    ws.append(["客户顾问", "签单金额", "50%", "≥25万元"])
    ws.append(["客户顾问", "进店转化率", "30%", "≥25%"])
    ws.append(["客户顾问", "客户资料完整率", "20%", "≥95%"])
    fn = "x01_KPI指标库2025.xlsx"; wb.save(OUT / fn)
    GT[fn] = {"kpi": gt, "superseded": "2024 客户顾问 签单金额 50% ≥25万元, 进店转化率 30%, 客户资料完整率 20%"}

# ---------------------------------------------------------------- x02 staffing & pay
CITIES = {
 "杭州旗舰店": dict(mul=1.0, store="杭州湖滨旗舰店"),
 "南京店": dict(mul=0.9, store="南京新街口店"),
 "苏州店": dict(mul=0.9, store="苏州观前街店"),
 "成都店": dict(mul=0.8, store="成都春熙路店"),
}
STAFF = [  # post, 编制, 在岗, 底薪(杭州), 岗位津贴, 单场提成, 绩效, 上级, 班次
 ("门店店长", 1, 1, 10000, 1000, "—", "营收达成奖", "区域运营总监", "门店班"),
 ("客户顾问", 4, 3, 5000, 300, "签单额1.5%", "月度KPI奖", "门店店长", "门店班"),
 ("婚礼策划师", 3, 3, 7000, 500, "合同额3%", "月度KPI奖", "策划总监", "门店班＋婚礼日跟场"),
 ("婚礼督导", 3, 2, 5000, 300, 400, "月度KPI奖", "执行部主管", "婚礼日班"),
 ("摄影师", 4, 4, 5000, 300, 350, "月度KPI奖", "影像中心主管", "婚礼日班"),
 ("摄像师", 3, 3, 5000, 300, 350, "月度KPI奖", "影像中心主管", "婚礼日班"),
 ("化妆师", 3, 2, 4500, 300, 300, "月度KPI奖", "化妆主管", "婚礼日班"),
]

def x02():
    wb = openpyxl.Workbook(); first = True
    gt = {}
    for sheet, info in CITIES.items():
        ws = wb.active if first else wb.create_sheet(sheet)
        if first: ws.title = sheet; first = False
        ws.cell(1, 1, f"{info['store']}　2025年岗位编制与薪酬表"); ws.merge_cells("A1:J1")
        h1 = ["岗位", "编制（人）", "在岗（人）", "固定薪酬（元/月）", None, "浮动薪酬", None, "直属上级", "班次", "备注"]
        h2 = [None, None, None, "底薪", "岗位津贴", "单场提成（元/场）", "绩效奖金", None, None, None]
        for j, h in enumerate(h1, 1):
            if h: ws.cell(2, j, h)
        for j, h in enumerate(h2, 1):
            if h: ws.cell(3, j, h)
        for col in "ABCHIJ": ws.merge_cells(f"{col}2:{col}3")
        ws.merge_cells("D2:E2"); ws.merge_cells("F2:G2")
        r = 4; g = {}
        for (post, hc, on, base, allow, piece, perf, boss, shift) in STAFF:
            b = int(round(base * info["mul"] / 100.0) * 100)
            pc = int(round(piece * info["mul"] / 10.0) * 10) if isinstance(piece, int) else piece
            bs = boss; note = ""
            if sheet == "成都店" and post == "化妆师":
                bs = "化妆主管"; note = "2025年4月1日起汇报关系调整，见人事通知"
            vals = [post, hc, on, b, allow, pc, perf, bs, shift, note]
            for j, v in enumerate(vals, 1): ws.cell(r, j, v)
            g[post] = dict(hc=hc, on=on, base=b, allow=allow, piece=pc, boss=bs, shift=shift)
            r += 1
        ws.cell(r, 1, "合计"); ws.cell(r, 2, f"=SUM(B4:B{r-1})"); ws.cell(r, 3, f"=SUM(C4:C{r-1})")
        gt[sheet] = g
    fn = "x02_各门店岗位编制与薪酬.xlsx"; wb.save(OUT / fn); GT[fn] = gt

# ---------------------------------------------------------------- c01 csv
CSV_ROWS = [
 ["岗位", "级别", "学历要求", "从业经验", "作品要求", "器材要求", "单场酬金（元）", "晋升条件"],
 ["摄影师", "初级", "大专及以上", "1年以上人像或婚礼拍摄经验", "提交婚礼作品3套", "公司配发器材", "350", "累计跟拍婚礼60场且客诉率≤2%"],
 ["摄影师", "中级", "大专及以上", "3年以上婚礼拍摄经验", "提交完整婚礼作品5套", "自备全画幅相机一台", "600", "累计主拍婚礼150场，作品评审85分以上"],
 ["摄影师", "高级", "大专及以上", "5年以上婚礼拍摄经验", "作品获省级及以上摄影比赛奖项优先", "自备全画幅相机两台及定焦镜头组", "1000", "由影像中心评审委员会评定"],
 ["摄影师", "首席", "不限", "8年以上", "个人作品集及带教记录", "自备", "1800", "—"],
 ["摄像师", "初级", "中专及以上", "1年以上视频拍摄经验", "提交婚礼MV或快剪作品2部", "公司配发器材", "350", "累计跟拍婚礼60场"],
 ["摄像师", "中级", "中专及以上", "3年以上婚礼摄像经验", "提交婚礼快剪作品5部", "自备稳定器", "650", "累计主拍婚礼150场"],
 ["摄像师", "高级", "大专及以上", "5年以上婚礼摄像经验", "作品集及航拍作品", "自备双机位设备及无人机", "1100", "由影像中心评审委员会评定"],
 ["后期修图师", "初级", "大专及以上", "1年以上人像精修经验", "提交精修前后对比图20张", "公司配发工作站", "按张计件", "月均精修1200张且返修率≤8%"],
 ["后期修图师", "中级", "大专及以上", "3年以上人像精修经验", "提交婚礼相册排版作品3套", "公司配发工作站", "按张计件", "由后期主管评定"],
 ["航拍飞手", "—", "—", "—", "—", "—", "—", "暂未设岗，航拍由高级摄像师兼任"],
]

def c01():
    fn = "c01_摄影摄像分级任职标准.csv"
    import csv, io
    buf = io.StringIO(); w = csv.writer(buf, lineterminator="\n")
    for r in CSV_ROWS: w.writerow(r)
    (OUT / fn).write_text(buf.getvalue(), encoding="utf-8")
    GT[fn] = {"rows": CSV_ROWS}

# ---------------------------------------------------------------- h01 html
def h01():
    fn = "h01_加入我们.html"
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入喜悦时光｜招聘中的职位</title>
<style>figure{border:1px solid #eee;padding:12px} small{color:#999} del{color:#bbb}</style>
</head>
<body>
<nav>首页 ｜ 婚礼案例 ｜ 套餐价格 ｜ 加入我们</nav>
<h1>加入喜悦时光，一起见证幸福</h1>
<p>我们在杭州、南京、苏州、成都设有直营门店，以下职位正在招聘（更新于2025年5月）。</p>
<figure id="job-1">
<figcaption>客户顾问（南京新街口店）</figcaption>
<small>南京 · 门店销售部 · 底薪4500元＋签单提成（综合月薪8-15K） · 门店班 · 汇报给门店店长</small>
<blockquote>
<p>① 接待进店及线上预约客户，介绍婚礼套餐与档期</p>
<p>② 根据客户预算推荐合适套系并促成签约</p>
<p>③ 跟进定金与尾款收取，协助财务对账</p>
<p>④ 维护客户微信群，婚礼前30天起每周同步筹备进度</p>
</blockquote>
<ol type="a">
<li>大专及以上学历，专业不限</li>
<li>1年以上销售经验，有婚庆、婚纱摄影或高端消费品销售经验优先</li>
<li>普通话标准，沟通表达能力强，能接受周末上班</li>
</ol>
</figure>
<figure id="job-2">
<figcaption>化妆师（成都春熙路店）</figcaption>
<small>成都 · 造型部 · 底薪3600元＋单场提成 · 婚礼日班</small>
<blockquote>
<p>① 新娘早妆及全天跟妆，按环节更换造型不少于3套</p>
<p>② 婚前一周为新娘试妆</p>
<p>③ 为伴娘及双方母亲提供简妆</p>
</blockquote>
<ol type="a">
<li>中专及以上学历</li>
<li>持化妆师职业资格证书（中级及以上）</li>
<li>2年以上新娘跟妆经验，能适应凌晨4点半到岗</li>
</ol>
</figure>
<figure id="job-3">
<figcaption>道具仓管员（苏州道具中心仓）</figcaption>
<small>苏州吴中区 · 执行部 · 4200-5000元/月 · 早晚班轮换 · 汇报给执行部主管</small>
<blockquote>
<p>① 负责苏州中心仓婚礼道具的出入库与盘点，具体职责以岗位说明为准</p>
</blockquote>
<ol type="a">
<li>高中及以上学历</li>
<li>能熟练使用Excel做台账</li>
<li>持叉车证者优先，能搬运重物</li>
</ol>
</figure>
<figure id="job-4">
<figcaption><del>花艺师（杭州总部）</del> 已招满</figcaption>
<small><del>杭州 · 花艺组 · 2024年10月发布</del></small>
<p>该职位已于2024年12月招满，暂停招聘。</p>
</figure>
<footer>简历请投递 hr@xiyueshiguang.example ｜ 喜悦时光婚礼文化有限公司</footer>
</body>
</html>
"""
    (OUT / fn).write_text(html, encoding="utf-8")
    GT[fn] = {"客户顾问": "南京, 门店销售部, 底薪4000+提成 综合8-15K, 门店班, 上级门店店长", "化妆师": "成都, 造型部, 3600+每场300",
              "道具仓管员": "苏州吴中区, 执行部, 4200-5000, 早晚班, 上级执行部主管", "花艺师": "已招满 (del)"}

# ---------------------------------------------------------------- p01 pdf
PDF_POSTS = [
 dict(code="YX-01", name="摄影师", facts=[("所属部门", "影像中心"), ("直接上级", "影像中心主管"), ("直接下属", "摄影助理"),
                                       ("学历", "大专及以上"), ("工作地点", "按婚礼场地派单"), ("班次", "婚礼日班（05:00起）")],
      duties=["婚礼前与策划师、新人确认拍摄清单和重点人物",
              "婚礼当天完成接亲、外景、仪式、宴会全流程拍摄，单场交付精修照片不少于80张",
              "负责器材检查与备份，当天两张存储卡双备份",
              "婚礼后48小时内将原片上传至后期系统并标注精选",
              "指导摄影助理完成补光、道具配合"],
      quals=["摄影、数字媒体等相关专业", "2年以上婚礼或人像拍摄经验", "熟练使用全画幅相机及闪光灯", "中级及以上须自备全画幅相机（见分级标准）"]),
 dict(code="YX-02", name="摄像师", facts=[("所属部门", "影像中心"), ("直接上级", "影像中心主管"), ("直接下属", "无"),
                                       ("学历", "中专及以上"), ("工作地点", "按婚礼场地派单"), ("班次", "婚礼日班（05:00起）")],
      duties=["婚礼当天使用双机位录制仪式全程",
              "负责婚礼快剪：仪式结束后完成3分钟当日快剪并在答谢宴播放",
              "拍摄素材当天导出并交后期组",
              "维护稳定器、无线麦等摄像设备"],
      quals=["熟练使用Premiere或Final Cut剪辑", "1年以上婚礼跟拍经验", "持民用无人机驾驶员执照者优先"]),
 dict(code="YX-03", name="后期修图师", facts=[("所属部门", "影像中心（后期组）"), ("直接上级", "后期主管"), ("直接下属", "无"),
                                          ("学历", "大专及以上"), ("工作地点", "杭州总部"), ("班次", "常白班 09:30-18:30")],
      duties=["按客户选片结果精修照片，单场精修交付周期不超过15个工作日",
              "完成照片调色、液化、背景合成",
              "制作婚礼相册排版并提交客户确认",
              "客户提出修改意见的，3个工作日内完成返修"],
      quals=["美术、摄影相关专业优先", "熟练使用Photoshop、Lightroom", "1年以上人像精修经验"]),
]
PDF_KPI = [("精修准时交付率", "35%", "≥95%", "每延迟1场扣5分"),
           ("返修率", "25%", "≤8%", "每超1个百分点扣3分"),
           ("客户选片满意度", "25%", "≥4.6分", "低于4.3分本项不得分"),
           ("单月精修量", "15%", "≥1200张", "按完成比例计分")]

def p01():
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    f = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(f):
        pdfmetrics.registerFont(TTFont("CJK", f, subfontIndex=0)); FN = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); FN = "STSong-Light"
    st = ParagraphStyle("n", fontName=FN, fontSize=10, leading=15)
    h1 = ParagraphStyle("h1", fontName=FN, fontSize=16, leading=22)
    h2 = ParagraphStyle("h2", fontName=FN, fontSize=12, leading=18, spaceBefore=6)
    fn = "p01_影像中心岗位规范.pdf"
    def on_page(c, d):
        c.saveState(); c.setFont(FN, 8); c.drawString(40, 20, f"{CO}　影像中心岗位规范　YX-2025　第{d.page}页"); c.restoreState()
    doc = SimpleDocTemplate(str(OUT / fn), pagesize=A4, leftMargin=50, rightMargin=50)
    els = [Paragraph("影像中心岗位规范（2025年版）", h1),
           Paragraph("影像中心负责婚礼摄影、摄像与后期制作，下设拍摄组和后期组，中心负责人为影像中心主管。本规范规定三个岗位。", st), Spacer(1, 8)]
    for p in PDF_POSTS:
        els.append(Paragraph(f"{p['code']}　{p['name']}", h2))
        fx = p["facts"]
        data = [[fx[0][0], fx[0][1], fx[1][0], fx[1][1], fx[2][0], fx[2][1]],
                [fx[3][0], fx[3][1], fx[4][0], fx[4][1], fx[5][0], fx[5][1]]]
        t = Table(data, colWidths=[50, 80, 50, 80, 50, 105])
        t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FN, 8.5), ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),
                               ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#EEEEEE")), ("BACKGROUND", (4, 0), (4, -1), colors.HexColor("#EEEEEE")),
                               ("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
        els += [t, Spacer(1, 4), Paragraph("工作职责", h2)]
        for d in p["duties"]: els.append(Paragraph("▶ " + d, st))
        els.append(Paragraph("任职要求", h2))
        for q in p["quals"]: els.append(Paragraph("· " + q, st))
        els.append(Spacer(1, 8))
    els.append(PageBreak())
    els.append(Paragraph("附表　后期修图师月度绩效考核表", h2))
    data = [["考核指标", "权重", "目标值", "评分规则"]] + [list(r) for r in PDF_KPI]
    t = Table(data, colWidths=[110, 50, 70, 180])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FN, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    els.append(t)
    els.append(Paragraph("注：后期主管的岗位规范另行制定。", st))
    doc.build(els, onFirstPage=on_page, onLaterPages=on_page)
    GT[fn] = {"posts": PDF_POSTS, "kpi_后期修图师": PDF_KPI, "named_only": "后期主管"}

# ---------------------------------------------------------------- m01 md
MD = """# 门店运营手册（2025）

> 适用范围：杭州湖滨旗舰店、南京新街口店、苏州观前街店、成都春熙路店，以及苏州道具中心仓。

## 一、门店岗位

### 1. 门店店长

| 维度 | 说明 |
|---|---|
| 直属上级 | 区域运营总监 |
| 直属下级 | 客户顾问、驻店化妆师、摄影助理 |
| 学历 | 大专及以上 |
| 经验 | 3年以上婚庆或婚纱摄影门店管理经验 |
| 班次 | 门店班（10:00-19:00），每月须跟场婚礼不少于2场 |

岗位职责：

1. 分解门店月度营收目标，每日晨会跟进签单进度
2. 排定门店班表与婚礼档期人员派单
3. 审核合同与折扣，折扣低于8.5折须报区域运营总监审批
4. 处理客户投诉，48小时内给出处理方案
5. 每月组织一次门店员工培训及物料盘点

### 2. 客户顾问

客户顾问的职责与任职要求见公司招聘页面及《KPI指标库》，本手册只规定接待流程：

1. 客户到店10分钟内奉茶并了解婚期、场地、预算
2. 婚期确认后，在CRM中锁定档期48小时
3. 签约当日收取合同金额30%的定金

> 注：2024版手册中客户顾问的底薪为3500元，已于2025年1月起废止，以当年薪酬表为准。

### 3. 道具仓管员

| 维度 | 说明 |
|---|---|
| 直属上级 | 执行部主管 |
| 工作地点 | 苏州道具中心仓（吴中区） |
| 班次 | 早班07:00-16:00、晚班14:00-23:00轮换 |
| 学历 | 高中及以上 |
| 证书 | 叉车证（优先） |

岗位职责：

1. 道具出入库登记，出库时扫码核对出库单
2. 婚礼撤场回库后24小时内完成清洁、检查和破损登记
3. 每月末全面盘点，账实相符率不低于99%
4. 提交道具维修和报废申请，报废须经执行部主管签字

### 4. 婚车调度

由外包车队负责，本手册不涉及。

## 二、客诉处理流程

1. 任何员工接到投诉，须在2小时内录入CRM并通知门店店长
2. 门店店长48小时内给出处理方案
3. 涉及赔付金额超过5000元的，报区域运营总监审批
"""

def m01():
    fn = "m01_门店运营手册.md"; (OUT / fn).write_text(MD, encoding="utf-8")
    GT[fn] = {"text": "see file"}

# ---------------------------------------------------------------- t01 GBK
T01 = """喜悦时光婚礼文化有限公司
人力资源部通知
喜悦人字〔2025〕12号

关于调整成都店化妆师汇报关系及发布化妆师岗位说明的通知

各门店、各部门：
　　根据成都春熙路店运营需要，经公司研究决定：
　　一、自2025年4月1日起，成都春熙路店化妆师的直属上级由“化妆主管”调整为“门店店长”。杭州、南京、苏州门店化妆师仍向化妆主管汇报，不作调整。
　　二、现发布化妆师岗位说明如下，请各门店遵照执行。

化妆师岗位说明
所属部门：造型部
工作地点：各门店及婚礼现场
班次：婚礼日班，最早04:30到岗
岗位职责：
　　1．婚礼当天为新娘完成早妆，用时不超过2小时；
　　2．全天跟妆，根据仪式、敬酒等环节更换造型不少于3套；
　　3．为伴娘、双方母亲提供简妆服务（不超过4人）；
　　4．婚前一周完成试妆，并记录新娘妆面方案；
　　5．化妆品与工具执行一客一消毒。
任职要求：
　　1．中专及以上学历；
　　2．持化妆师职业资格证书（中级及以上）；
　　3．2年以上新娘跟妆经验；
　　4．有汉服、秀禾服造型经验者优先。

特此通知。

人力资源部
2025年3月20日
"""

def t01():
    fn = "t01_关于调整成都店化妆师汇报关系的通知.txt"
    (OUT / fn).write_bytes(T01.replace("\n", "\r\n").encode("gbk"))
    GT[fn] = {"encoding": "gbk", "化妆师": "see text"}

# ---------------------------------------------------------------- t02 UTF-16
T02 = """档期与排班管理规定
（2025年修订）

第一条　为保障婚礼档期服务质量，合理安排员工休息，制定本规定。

第二条　公司实行以下四种班次：
　　（一）门店班：10:00-19:00，适用于门店店长、客户顾问；
　　（二）婚礼日班：05:00起至婚礼撤场结束，适用于婚礼督导、摄影师、摄像师；化妆师婚礼日班最早04:30到岗；
　　（三）常白班：09:30-18:30，适用于后期修图师、花艺师及职能部门员工；
　　（四）仓库早晚班：早班07:00-16:00，晚班14:00-23:00，适用于道具仓管员。

第三条　旺季（4-6月、9-11月）的周六、周日及法定节假日原则上不批准事假和年休假。

第四条　员工跟场婚礼日班后，可于次日调休一天；单日工作超过14小时的，超出部分按加班计算。

第五条　档期锁定：客户顾问锁定档期后，门店店长须在24小时内完成督导、摄影师、摄像师、化妆师的派单。

第六条　本规定自2025年2月1日起施行，原《排班管理办法（2022）》同时废止。
"""

def t02():
    fn = "t02_档期与排班管理规定.txt"
    (OUT / fn).write_bytes(T02.encode("utf-16"))
    GT[fn] = {"encoding": "utf-16", "text": "see file"}

if __name__ == "__main__":
    for f in (w01, w02, x01, x02, c01, h01, p01, m01, t01, t02): f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(os.listdir(OUT)))
