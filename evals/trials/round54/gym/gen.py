# -*- coding: utf-8 -*-
"""Round 54 / gym: 力行健身俱乐部连锁有限公司 — 10 HR documents.

Run:  T54_OUT=/tmp/t54gym/corpus /tmp/genv/bin/python gen.py
Writes the corpus and ground_truth.json (next to this file).
"""
import csv, io, json, os, copy
from pathlib import Path

OUT = Path(os.environ.get("T54_OUT", "/tmp/t54gym/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "力行健身俱乐部连锁有限公司"
GT = {}  # file -> what it says

# ----------------------------------------------------------------------------- facts
POSTS = {
 "店长": dict(
   code="LX-MD-01", dept="门店运营部", boss="区域运营经理",
   subs="门店各部门主管、前台接待、设备维护员、游泳救生员",
   edu="大专及以上学历", major="体育、市场营销、工商管理相关专业优先",
   exp="3年以上健身行业工作经验，其中1年以上门店管理经验",
   cert="持有红十字会急救员证",
   loc="杭州各门店（服从区域内调配）",
   pay="底薪10000-14000元/月＋门店业绩奖金",
   shift="弹性工作制，每周至少5天在店",
   duties=[
    "全面负责门店日常运营管理，完成区域下达的月度营收目标",
    "组织制定门店月度销售计划，分解会籍与私教业绩指标并跟踪达成",
    "负责门店人员排班、考勤审核与新员工带教",
    "监督场馆卫生、器械安全与泳池安全，每日开店前完成安全巡检",
    "处理会员重大投诉及突发事件，并在24小时内书面上报",
    "审核门店费用支出，控制水电、耗材等运营成本",
    "组织每周店务会，通报业绩并落实改进措施",
   ]),
 "私人教练": dict(
   code="LX-SJ-02", dept="私教部", boss="私教主管", subs="无",
   edu="大专及以上学历", major="体育教育、运动训练、运动康复等相关专业",
   exp="1年以上私教授课经验（优秀应届毕业生可放宽）",
   cert="须持有NSCA-CPT、ACE-CPT或国家职业资格健身教练证书之一，并持有CPR+AED急救证",
   loc="杭州·西湖文三店、滨江星光店、拱墅运河店",
   pay="底薪4000元＋课时费（每课时60-150元，按教练星级）＋私教课销售提成",
   shift="A班/B班轮换（见班次代码表）",
   duties=[
    "为会员提供一对一体能评估（体测、体态评估），制定个性化训练计划",
    "按计划完成私教课授课，每月完成不少于120节课时",
    "记录会员训练数据，每4周出具一次阶段性训练报告",
    "负责私教课程的咨询与销售，完成个人月度业绩指标",
    "在巡场中指导会员正确使用器械，纠正危险动作",
    "维护会员关系，跟进续课，会员续课率不低于40%",
    "参加公司组织的每月专业培训与考核",
   ]),
 "团课教练": dict(
   code="LX-TK-03", dept="团课部", boss="团课主管", subs="无",
   edu="中专及以上学历", major="舞蹈、体育相关专业优先",
   exp="1年以上团操带课经验",
   cert="莱美（Les Mills）、Zumba或瑜伽联盟RYT200等任一课程认证",
   loc="杭州各门店（需跨店带课）",
   pay="按课时结算，每节课150-300元",
   shift="按课表排课，主要集中在工作日晚间（18:30-21:30）及周末",
   duties=[
    "按月度课表完成团体课程授课（动感单车、搏击操、瑜伽、HIIT等），每周不少于12节",
    "课前检查音响、麦克风、单车等设备，课后整理场地",
    "编排课程动作与音乐，每季度至少更新一套课程内容",
    "关注学员动作安全，针对新学员提供动作降阶方案",
    "统计上课人数与满员率，协助优化课表",
    "参与门店主题活动与会员体验课的带课",
   ]),
 "会籍顾问": dict(
   code="LX-HJ-04", dept="会籍部", boss="会籍主管", subs="无",
   edu="高中及以上学历", major="专业不限",
   exp="半年以上销售经验，有健身、美容、教培等会员制销售经验者优先",
   cert="无",
   loc="杭州各门店",
   pay="底薪3500元＋会籍销售提成（3%-8%阶梯）",
   shift="早班09:00-18:00，晚班13:00-22:00，两班轮换",
   duties=[
    "通过外场派单、电话邀约、老会员转介绍等方式开发潜在客户",
    "接待到店咨询客户，带领参观场馆并讲解会籍卡种与价格",
    "完成会籍卡销售及续卡，达成个人月度销售指标",
    "建立并维护客户档案，在CRM系统中及时登记跟进记录",
    "为新会员办理入会手续，协助预约首次体测与私教体验课",
    "定期回访会员，收集意见并反馈给部门主管",
   ]),
 "前台接待": dict(
   code="LX-QT-05", dept="门店运营部", boss="店长", subs="无",
   edu="中专及以上学历", major="专业不限",
   exp="经验不限，有酒店或服务行业前台经验者优先",
   cert="无",
   loc="杭州各门店",
   pay="按公司薪酬带宽执行（见《编制与薪酬带宽》）",
   shift="早班06:30-14:30／晚班14:00-22:30，两班轮换",
   duties=[
    "负责会员入场核验（刷卡、人脸识别）及访客登记",
    "办理储物柜钥匙、毛巾的发放与回收",
    "接听门店电话，解答会员关于课程、营业时间等咨询，并转接相关岗位",
    "负责前台区域及休息区的整洁",
    "受理会员冻卡、转卡申请，核对资料后提交店长审批",
    "每班结束前完成交接班记录和前台零售收银对账",
   ]),
}

# ----------------------------------------------------------------------------- helpers
def add_page_number(paragraph):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = text
        run._r.append(el)


def shade(cell, color="D9E2F3"):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cjk(doc):
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]; st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ============================================================================= 01 docx
def gen_01():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document(); set_cjk(d)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　受控文件　编号：LX-HR-JD-2025　版本：V3.1"
    fp = sec.footer.paragraphs[0]; fp.text = "人力资源中心编制　第 "; add_page_number(fp); fp.add_run(" 页")
    t = d.add_paragraph(); t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("门店岗位说明书汇编（2025版）"); r.bold = True; r.font.size = Pt(18)
    d.add_paragraph("适用范围：力行FIT旗下全部直营门店。本汇编自2025年3月1日起执行，2023版同时废止。"
                    "文中“〔修订〕”标注为人力资源中心审核时的修改意见，已生效。")
    order = ["店长", "私人教练", "团课教练", "会籍顾问", "前台接待"]
    for i, name in enumerate(order, 1):
        p = POSTS[name]
        d.add_heading(f"{i}　{name}", level=2)
        tb = d.add_table(rows=0, cols=4); tb.style = "Table Grid"
        # row: diagonal-ish header
        c = tb.add_row().cells
        c[0].text = "项目＼内容"; c[1].merge(c[3]).text = f"岗位说明书　{p['code']}"; shade(c[0]); shade(c[1])
        rows = [("岗位名称", name, "岗位编码", p["code"]),
                ("所属部门", p["dept"], "直接上级", p["boss"]),
                ("直接下级", p["subs"], "工作地点", p["loc"])]
        for a, b, cc, dd in rows:
            c = tb.add_row().cells; c[0].text = a; c[1].text = b; c[2].text = cc; c[3].text = dd
            shade(c[0], "F2F2F2"); shade(c[2], "F2F2F2")
        # 班次 row (with a track-change-like note for 店长)
        c = tb.add_row().cells; c[0].text = "班次安排"; m = c[1].merge(c[3])
        if name == "店长":
            m.text = "弹性工作制，每周至少5天在店"
            m.add_paragraph("〔修订 2025-03-10 人力资源中心：原“每周至少6天在店”改为“每周至少5天在店”〕")
        elif name == "会籍顾问":
            m.text = p["shift"]
            m.add_paragraph("〔修订 2025-02-20：晚班下班时间由21:30调整为22:00〕")
        else:
            m.text = p["shift"]
        c = tb.add_row().cells; c[0].text = "薪酬标准"; c[1].merge(c[3]).text = p["pay"]
        # duties: nested table in a merged cell
        c = tb.add_row().cells; c[0].text = "岗位职责"; m = c[1].merge(c[3])
        m.text = "主要职责如下："
        nt = m.add_table(rows=1, cols=3); nt.style = "Table Grid"
        h = nt.rows[0].cells; h[0].text = "序号"; h[1].text = "职责描述"; h[2].text = "重要程度"
        for j, du in enumerate(p["duties"], 1):
            rc = nt.add_row().cells; rc[0].text = str(j); rc[1].text = du + "。"
            rc[2].text = "▲核心" if j <= 3 else "△一般"
        # qualifications: one row per sub label, label merged down
        quals = [("学历", p["edu"]), ("专业", p["major"]), ("工作经验", p["exp"]), ("资格证书", p["cert"])]
        if name == "前台接待":
            quals.append(("其他", "熟练使用电脑办公软件，普通话标准，形象气质佳"))
        if name == "会籍顾问":
            quals.append(("其他", "较强的沟通能力和抗压能力，能接受外场拓客"))
        first = None
        for lab, val in quals:
            c = tb.add_row().cells
            if first is None:
                first = c[0]; c[0].text = "任职资格"
            else:
                first = first.merge(c[0])
            c[1].text = lab; c[2].merge(c[3]).text = val
        d.add_paragraph()
    d.add_paragraph("注：门店各部门主管的岗位说明书另行编制；保洁员由物业外包，不在本汇编范围。")
    fn = "LX01_门店岗位说明书汇编2025.docx"
    d.save(OUT / fn)
    GT[fn] = {"layout": "docx: one 4-col table per post under a Heading 2, '项目＼内容' corner cell, facts as label|value pairs, "
              "duties as a nested table (序号|职责描述|重要程度) inside a merged cell, 任职资格 label merged down over sub-labels, "
              "〔修订〕 notes inside cells, header/footer with doc number and PAGE field",
              "posts": {k: POSTS[k] for k in order},
              "notes": ["店长 班次 revised from 每周至少6天 to 每周至少5天", "会籍顾问 晚班 end 21:30->22:00",
                        "前台接待 pay only 'see 编制与薪酬带宽'", "团课主管/会籍主管/私教主管 named, JDs elsewhere; 保洁员 outsourced"]}


# ============================================================================= 02 docx
LIFEGUARD = dict(
  dept="门店运营部（泳池组）", boss_old="设备主管", edu="高中及以上学历",
  cert="《游泳救生员》国家职业资格证书（在有效期内）及红十字会急救员证",
  skill="200米自由泳4分钟以内，能熟练踩水及水中拖带",
  shift="早班06:30-14:00，晚班14:00-21:30，随泳池开放时间调整",
  duties=[
    "泳池开放期间在高位救生椅值守，每30分钟与池边救生员轮换位置",
    "开馆前检查救生杆、救生圈、急救箱、AED等救生器材是否齐全有效",
    "劝阻奔跑、跳水、酒后下水等危险行为",
    "发生溺水等紧急情况时立即施救，并按应急预案上报",
    "配合每2小时一次的水质检测，记录水温与在池人数",
    "闭馆后清点泳池人数，确认无人滞留后方可离岗",
  ])
MAINT = dict(
  dept="工程部", boss="设备主管", edu="中专、技校及以上学历", major="机电一体化、电气自动化等相关专业",
  exp="2年以上设备维修经验", cert="低压电工作业证（特种作业操作证）",
  shift="白班08:30-17:30，节假日轮流值班",
  checks=[
    ("有氧器械", "检查跑步机皮带、电机、急停装置，按规定润滑", "每日", "器械点检表"),
    ("力量器械", "检查钢丝绳、配重片、插销磨损，发现隐患立即停用挂牌", "每日", "器械点检表"),
    ("泳池水处理设备", "巡查循环泵、过滤砂缸、加药装置运行状态", "每日", "水处理运行记录"),
    ("空调与新风", "清洗过滤网，检查场馆温湿度", "每周", "暖通维护记录"),
    ("设备报修", "接到报修后2小时内到场处理，外修设备联系厂家", "随时", "报修工单"),
    ("备品备件", "盘点备件库存，提出采购申请", "每月", "备件台账"),
  ])
PT_2023 = dict(edu="高中及以上学历", boss="店长", hours="每月完成不少于100节课时", cert="国家职业资格健身教练证书")


def textbox_paragraph(doc, lines):
    """Append a paragraph holding a VML text box with the given lines."""
    from docx.oxml import parse_xml
    inner = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>' for ln in lines)
    xml = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:380pt;height:70pt" strokecolor="#C00000">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.append(parse_xml(xml))
    # keep sectPr last
    body = doc.element.body
    sp = body.find('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr')
    if sp is not None:
        body.remove(sp); body.append(sp)


def gen_02():
    import docx
    from docx.shared import Pt
    d = docx.Document(); set_cjk(d)
    d.sections[0].header.paragraphs[0].text = "力行FIT · 场馆安全与设备管理手册"
    d.add_heading("泳池与设备岗位工作手册", level=1)
    d.add_paragraph("编制：工程部、门店运营部　审核：人力资源中心　2025年1月")
    d.add_heading("第一章　总则", level=2)
    d.add_paragraph("1.1　本手册规定泳池、器械和机电设备相关岗位的工作内容与要求，适用于设有泳池的门店（西湖文三店、滨江星光店）。")
    d.add_paragraph("1.2　安全第一。任何岗位发现安全隐患，有权立即停用相关设施并报告店长。")
    d.add_heading("第二章　游泳救生员", level=2)
    p = d.add_paragraph(); r = p.add_run("岗位定位　"); r.bold = True
    p.add_run("游泳救生员隶属" + LIFEGUARD["dept"] + "，直属上级为" + LIFEGUARD["boss_old"] +
              "，负责泳池开放期间的水上安全，是泳池安全的第一责任岗位。")
    p = d.add_paragraph(); r = p.add_run("工作内容　"); r.bold = True
    p.add_run("救生员在岗期间主要做好以下几件事：")
    for du in LIFEGUARD["duties"]:
        d.add_paragraph(du + "；", style="List Bullet")
    p = d.add_paragraph(); r = p.add_run("上岗条件　"); r.bold = True
    p.add_run("具备" + LIFEGUARD["edu"] + "，身体健康，无心脏病、癫痫等病史；游泳技能要求：" + LIFEGUARD["skill"] + "。")
    p = d.add_paragraph(); r = p.add_run("班次　"); r.bold = True
    p.add_run(LIFEGUARD["shift"] + "。")
    textbox_paragraph(d, ["【持证上岗提示】",
                          "救生员须持有" + LIFEGUARD["cert"] + "方可上岗，",
                          "证书每年复审一次，未复审者一律停岗。"])
    d.add_heading("第三章　设备维护员", level=2)
    d.add_paragraph(f"设备维护员隶属{MAINT['dept']}，向{MAINT['boss']}汇报，负责门店器械与机电设备的日常点检、保养和维修。"
                    f"任职要求：{MAINT['edu']}，{MAINT['major']}；{MAINT['exp']}；必须持有{MAINT['cert']}。"
                    f"班次：{MAINT['shift']}。")
    d.add_paragraph("设备维护员日常点检与保养内容见下表：")
    tb = d.add_table(rows=1, cols=4); tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["检查项目", "工作内容", "频次", "记录表单"]):
        c.text = h; shade(c)
    for row in MAINT["checks"]:
        cs = tb.add_row().cells
        for c, v in zip(cs, row):
            c.text = v
    d.add_heading("第四章　其他岗位", level=2)
    d.add_paragraph("4.1　设备主管：负责工程部整体工作，岗位说明书另行下发。")
    d.add_paragraph("4.2　水质检测员：岗位职责略（由水处理外包单位派驻，按外包合同执行）。")
    d.add_paragraph("4.3　营养师：公司拟于2025年下半年增设，职责与任职要求另行制定。")
    d.add_heading("附录B　私人教练岗位说明（2023版，已废止）", level=2)
    d.add_paragraph("（本附录仅供对照，2025年3月1日起以《门店岗位说明书汇编（2025版）》为准。）")
    d.add_paragraph(f"私人教练直属上级：{PT_2023['boss']}。任职要求：{PT_2023['edu']}，持有{PT_2023['cert']}。"
                    f"工作量要求：{PT_2023['hours']}，续课率不低于35%。")
    fn = "LX02_泳池与设备岗位工作手册.docx"
    d.save(OUT / fn)
    GT[fn] = {"layout": "docx prose handbook: bold run-in labels (岗位定位/工作内容/上岗条件/班次), bullet duties, a VML text box "
              "with the lifeguard certificate, a 检查项目|工作内容|频次|记录表单 table for 设备维护员, 4.x named-only/略 posts, "
              "superseded 2023 appendix for 私人教练",
              "游泳救生员": LIFEGUARD, "设备维护员": MAINT, "私人教练2023(void)": PT_2023,
              "named_only": ["设备主管", "水质检测员(略)", "营养师(拟设)"]}


# ============================================================================= 03 xlsx KPI
KPI_WIDE = {  # post -> [(name, weight, target)]
 "私人教练": [("月课时量", "30%", "≥120节"), ("私教业绩达成率", "30%", "≥100%"), ("会员续课率", "20%", "≥40%"),
            ("会员满意度", "10%", "≥95%"), ("培训考核成绩", "10%", "≥80分")],
 "私教主管": [("私教部业绩达成率", "40%", "≥100%"), ("团队人均课时", "20%", "≥110节"), ("课程质量抽查合格率", "15%", "≥95%"),
            ("教练流失率", "15%", "≤10%"), ("本人授课量", "10%", "≥60节")],
 "团课教练": [("月授课节数", "30%", "≥48节"), ("课程满员率", "30%", "≥80%"), ("学员评分", "25%", "≥4.7分"),
            ("课程更新", "15%", "每季度1套")],
}
KPI_STORE = {
 "店长": [("财务", "门店营收达成率", "35%", "≥100%", "实际营收÷目标营收×100%", "财务系统"),
        ("财务", "门店利润率", "15%", "≥18%", "门店利润÷门店营收×100%", "财务系统"),
        ("客户", "会员净增长数", "15%", "≥80人/月", "新增会员数-流失会员数", "会员系统"),
        ("客户", "会员满意度", "15%", "≥92%", "月度满意度调查结果", "客服中心"),
        ("内部运营", "安全事故", "10%", "零事故（发生重大事故一票否决）", "按事故记录", "安全台账"),
        ("学习成长", "员工流失率", "10%", "≤15%", "离职人数÷平均在岗人数×100%", "人力资源中心")],
}
KPI_HJ = [("个人销售额达成率", "40%", "≥100%", "实际销售额÷个人月度指标"), ("新会员成交数", "20%", "≥15人/月", "CRM成交记录"),
          ("续卡率", "20%", "≥35%", "到期续卡人数÷到期会员数"), ("客户邀约到访量", "10%", "≥60组/月", "前台到访登记"),
          ("CRM登记完整率", "10%", "100%", "抽查")]
KPI_QT = {
 "前台接待": [("入场核验差错次数", "30%", "0次"), ("电话接听率", "25%", "≥98%"), ("交接班记录完整率", "20%", "100%"),
          ("会员满意度", "25%", "≥95%")],
 "客服专员": [("工单首次响应及时率", "30%", "24小时内响应≥98%"), ("投诉结案率", "30%", "72小时内结案≥95%"),
          ("回访完成率", "20%", "100%"), ("客户满意度", "20%", "≥90%")],
}


def gen_03():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "填表说明"
    for r in [["力行健身 2025年度绩效考核指标库"], ["1. 各岗位月度考核，满分100分，权重合计100%。"],
              ["2. “教练类”工作表按岗位横向排列，每个指标占三列（指标名称｜权重｜目标值）。"],
              ["3. 会籍主管考核指标：略（2025年第二季度另行下发）。"],
              ["4. “2024版（作废）”工作表仅供对照，不再使用。"]]:
        ws.append(r)
    # wide sheet
    ws = wb.create_sheet("教练类")
    ws.append(["教练类岗位月度KPI（2025）"]); ws.merge_cells("A1:P1")
    hdr1 = ["岗位", "考核人"]; hdr2 = ["", ""]
    for k in range(1, 6):
        hdr1 += [f"指标{k}", "", ""]; hdr2 += ["指标名称", "权重", "目标值"]
    ws.append(hdr1); ws.append(hdr2)
    ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3")
    for k in range(5):
        col = 3 + 3 * k
        ws.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + 2)
    boss = {"私人教练": "私教主管", "私教主管": "店长", "团课教练": "团课主管"}
    for post, inds in KPI_WIDE.items():
        row = [post, boss[post]]
        for n, w, t in inds:
            row += [n, w, t]
        ws.append(row)
    ws.append(["注：团课教练的“课程更新”指标按季度考核，其余指标按月考核。"])
    # store manager sheet
    ws = wb.create_sheet("门店管理")
    ws.append(["店长月度绩效考核表"]); ws.merge_cells("A1:F1")
    ws.append(["维度", "指标名称", "权重", "目标值", "计算方式", "数据来源"])
    prev = None; start = None
    for i, row in enumerate(KPI_STORE["店长"]):
        ws.append(list(row))
    # merge dimension cells
    r0 = 3
    dims = [x[0] for x in KPI_STORE["店长"]]
    i = 0
    while i < len(dims):
        j = i
        while j + 1 < len(dims) and dims[j + 1] == dims[i]:
            j += 1
        if j > i:
            for rr in range(r0 + i + 1, r0 + j + 1):
                ws.cell(rr, 1).value = None
            ws.merge_cells(start_row=r0 + i, start_column=1, end_row=r0 + j, end_column=1)
        i = j + 1
    ws.append(["合计", "", "100%", "", "", ""])
    # membership sheet
    ws = wb.create_sheet("会籍部")
    ws.append(["会籍顾问月度考核指标", "", "", ""]); ws.merge_cells("A1:D1")
    ws.append(["指标名称", "权重", "目标值", "计算方法／数据来源"])
    for r in KPI_HJ:
        ws.append(list(r))
    ws.append(["合计", "100%", "", ""])
    ws.append([])
    ws.append(["会籍主管月度考核指标", "", "", ""])
    ws.append(["略（2025年第二季度另行下发）", "", "", ""])
    # front desk / service
    ws = wb.create_sheet("前台与客服")
    ws.append(["岗位", "指标名称", "权重", "目标值"])
    for post, inds in KPI_QT.items():
        for k, (n, w, t) in enumerate(inds):
            ws.append([post if k == 0 else "", n, w, t])
    # void 2024
    ws = wb.create_sheet("2024版（作废）")
    ws.append(["2024年私人教练考核指标（已作废，2025年1月起停用）"])
    ws.append(["指标名称", "权重", "目标值"])
    for r in [("月课时数", "40%", "≥100节"), ("续课率", "30%", "≥35%"), ("私教销售达成率", "30%", "≥90%")]:
        ws.append(list(r))
    fn = "LX03_绩效考核指标库2025.xlsx"
    wb.save(OUT / fn)
    GT[fn] = {"layout": "xlsx: 填表说明 sheet; 教练类 sheet WIDE (one row per post, repeated 指标名称|权重|目标值 column groups under merged 指标k headers); "
              "门店管理 sheet with merged 维度 cells + 计算方式; 会籍部 sheet with a 略 block for 会籍主管; 前台与客服 sheet with post only on first row; "
              "void 2024 sheet",
              "教练类": KPI_WIDE, "店长": KPI_STORE["店长"], "会籍顾问": KPI_HJ, "前台与客服": KPI_QT,
              "会籍主管": "略", "2024 void 私人教练": "月课时数 40% ≥100节; 续课率 30% ≥35%; 私教销售达成率 30% ≥90%"}


# ============================================================================= 04 xlsx staffing & pay
PAY = [  # post, grade, fixed monthly, variable, shift code
 ("店长", "M2", "10000-14000", "门店业绩奖金（季度发放）", "F"),
 ("私教主管", "M1", "8000-10000", "私教部业绩提成＋课时费", "A/B"),
 ("私人教练", "P1-P4", "4000（固定）", "课时费60-150元/节＋销售提成", "A/B"),
 ("团课教练", "P1-P3", "无底薪", "课时费150-300元/节", "K"),
 ("会籍顾问", "S1-S3", "3500（固定）", "会籍销售提成3%-8%", "A/B"),
 ("前台接待", "S1", "4000-5000", "全勤奖200元", "A/B"),
 ("游泳救生员", "S2", "4500-5500", "持证津贴300元", "A/B"),
 ("设备维护员", "T1", "5000-6500", "夜间值班补贴", "D"),
]
STAFF = [  # post, 旗舰店, 标准店, 社区店
 ("店长", 1, 1, 1), ("私教主管", 1, 1, 0), ("私人教练", 12, 8, 4), ("团课教练", "跨店共享", "跨店共享", "跨店共享"),
 ("会籍主管", 1, 1, 0), ("会籍顾问", 6, 4, 2), ("前台接待", 4, 3, 2), ("游泳救生员", 4, 0, 0), ("设备维护员", 1, 1, "区域共享"),
 ("保洁员", "外包", "外包", "外包"),
]
SHIFTS = [("A", "早班", "06:30-14:30"), ("B", "晚班", "14:00-22:30"), ("D", "白班", "08:30-17:30"),
          ("F", "弹性班", "由区域运营经理核定"), ("K", "课表制", "按团课课表排课")]


def gen_04():
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active; ws.title = "门店编制"
    ws.append(["2025年门店标准编制（人）"]); ws.merge_cells("A1:D1")
    ws.append(["岗位", "门店类型", "", ""]); ws.merge_cells("B2:D2"); ws.merge_cells("A2:A3")
    ws.append(["", "旗舰店（含泳池）", "标准店", "社区店"])
    for r in STAFF:
        ws.append(list(r))
    ws = wb.create_sheet("薪酬带宽")
    ws.append(["岗位", "职级", "薪酬构成", "", "班次代码"])
    ws.append(["", "", "月固定薪酬（元）", "浮动部分", ""])
    ws.merge_cells("C1:D1")
    for c in ("A", "B", "E"):
        ws.merge_cells(f"{c}1:{c}2")
    for post, g, fixed, var, sc in PAY:
        ws.append([post, g, fixed, var, sc])
    ws.append(["说明：私人教练、会籍顾问为固定底薪；区域运营经理、客服专员、市场推广专员归总部薪酬体系，不在本表。"])
    ws = wb.create_sheet("班次代码")
    ws.append(["代码", "班次", "时间"])
    for r in SHIFTS:
        ws.append(list(r))
    fn = "LX04_门店编制与薪酬带宽.xlsx"
    wb.save(OUT / fn)
    GT[fn] = {"layout": "xlsx: 门店编制 with 2-row merged header (门店类型 over 旗舰店/标准店/社区店); 薪酬带宽 with 2-row header "
              "(薪酬构成 over 月固定薪酬/浮动部分) and a 班次代码 column resolved on a third sheet",
              "pay": PAY, "staff": STAFF, "shifts": SHIFTS}


# ============================================================================= 05 csv
CSV_ROWS = [
 dict(需求编号="RQ2025-031", 职位名称="市场推广专员", 需求部门="市场部", 工作城市="杭州", 招聘人数="2", 状态="招聘中",
      属性="学历=本科及以上;专业=市场营销/新闻传播/广告学;经验=2年以上市场推广或新媒体运营经验;汇报对象=市场经理;薪资=7000-10000元/月;工时=标准工时09:00-18:00双休",
      职位描述="1.策划门店开业、周年庆、节假日等线下推广活动并组织落地\n2.运营公司抖音、小红书、微信公众号账号，每周发布不少于5条内容\n3.对接写字楼、企业、商场等异业合作商户，拓展团购及企业会员渠道\n4.统计各渠道获客数据（线索量、到店率、成交率），每月出具推广效果分析\n5.管理推广物料的设计、印刷与投放",
      发布日期="2025-03-05"),
 dict(需求编号="RQ2025-032", 职位名称="游泳救生员", 需求部门="滨江星光店", 工作城市="杭州", 招聘人数="3", 状态="招聘中",
      属性="学历=高中及以上;证书=游泳救生员国家职业资格证书;经验=不限;汇报对象=店长;薪资=4500-5500元/月+持证津贴300元;班次=早晚两班",
      职位描述="负责泳池开放期间的水上安全值守、救生器材检查与溺水施救，详见《泳池与设备岗位工作手册》第二章",
      发布日期="2025-04-02"),
 dict(需求编号="RQ2025-018", 职位名称="私人教练", 需求部门="拱墅运河店", 工作城市="杭州", 招聘人数="5", 状态="已关闭",
      属性="学历=高中及以上;证书=国职健身教练证;经验=不限;汇报对象=店长;薪资=底薪3000元+课时费",
      职位描述="（2024年旧需求，已关闭，勿参考）",
      发布日期="2024-09-10"),
 dict(需求编号="RQ2025-035", 职位名称="区域运营经理", 需求部门="运营中心", 工作城市="杭州", 招聘人数="1", 状态="招聘中",
      属性="学历=本科及以上;经验=5年以上连锁健身或零售运营经验，3年以上多店管理经验;汇报对象=运营总监;薪资=年薪25-35万",
      职位描述="管理杭州城西区域4-6家门店，详见招聘页面",
      发布日期="2025-04-10"),
 dict(需求编号="RQ2025-036", 职位名称="客服专员", 需求部门="客户服务中心", 工作城市="杭州", 招聘人数="2", 状态="招聘中",
      属性="学历=大专及以上;经验=1年以上客服或电话销售经验;技能=打字每分钟50字以上;汇报对象=客服主管;薪资=4500-6000元/月;班次=09:00-18:00/12:00-21:00两班，周末轮休",
      职位描述="接听400热线及小程序在线咨询，受理会员投诉与售后申请，完成新会员满意度回访",
      发布日期="2025-04-12"),
]


def gen_05():
    fn = "LX05_招聘需求导出_20250415.csv"
    cols = ["需求编号", "职位名称", "需求部门", "工作城市", "招聘人数", "状态", "属性", "职位描述", "发布日期"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writeheader()
    for r in CSV_ROWS:
        w.writerow(r)
    (OUT / fn).write_bytes(buf.getvalue().encode("utf-8-sig"))
    GT[fn] = {"layout": "csv (UTF-8 BOM, CRLF): hiring-system export; facts packed as key=value;key=value in one 属性 column; "
              "multi-line quoted 职位描述; a closed 2024 row (私人教练) with old values",
              "rows": CSV_ROWS}


# ============================================================================= 06 html
REGM = dict(dept="运营中心", boss="运营总监", subs="辖区各门店店长", edu="本科及以上学历",
            exp="5年以上连锁健身或零售运营经验，3年以上多店管理经验", loc="杭州（需经常在辖区门店间出差）", pay="年薪25-35万",
            duties=["负责辖区4-6家门店的经营指标（营收、利润、会员数）达成",
                    "每周巡店不少于8次，检查服务标准与安全执行情况",
                    "审批门店月度经营计划及促销方案",
                    "负责店长的招聘、培养与绩效考核",
                    "统筹新店筹备与开业工作",
                    "分析辖区经营数据，每月向运营总监汇报"])
CS = dict(dept="客户服务中心", boss="客服主管", edu="大专及以上学历", exp="1年以上客服或电话销售经验",
          skill="打字速度每分钟50字以上，熟悉工单系统", loc="杭州总部（西湖区文三路）", pay="4500-6000元/月",
          shift="09:00-18:00与12:00-21:00两班，周末轮休",
          duties=["接听400热线，处理小程序在线咨询",
                  "受理会员投诉，按工单流程24小时内首次响应、72小时内结案",
                  "跟进退卡、转卡等售后申请，与门店核实后办理",
                  "对新入会会员进行满意度回访（入会第7天、第30天）",
                  "每周汇总投诉类型，形成客诉分析周报提交客服主管",
                  "维护客服知识库，更新常见问题话术"])


def gen_06():
    def dialog(i, title, dept, facts, duties, reqs):
        fl = "".join(f'<span class="tag">{f}</span>' for f in facts)
        dl = "".join(f"<li>{x}</li>" for x in duties)
        rl = "".join(f"<li>{x}</li>" for x in reqs)
        return (f'<li class="job"><button type="button" data-open="job{i}">{title}</button> <em>{dept}</em></li>\n', f'''
<dialog id="job{i}" aria-labelledby="job{i}-t">
  <form method="dialog"><button class="close" aria-label="关闭">×</button></form>
  <h3 id="job{i}-t">{title}</h3>
  <p class="meta">{fl}</p>
  <h4>你将负责</h4>
  <ul>{dl}</ul>
  <h4>我们希望你</h4>
  <ul>{rl}</ul>
  <p class="apply">投递邮箱：hr@lixingfit.com（邮件标题注明“{title}+姓名”）</p>
</dialog>
''')
    items = [
      ("区域运营经理", "运营中心", ["杭州", "年薪25-35万", "本科", "5年以上"], REGM["duties"],
       ["本科及以上学历，" + REGM["exp"], "熟悉会籍、私教业务的经营逻辑，能读懂门店损益表", "能适应经常出差（辖区门店间）"]),
      ("市场推广专员", "市场部", ["杭州总部", "7-10K", "本科", "2年以上"],
       ["策划门店开业、周年庆、节假日等线下推广活动", "运营抖音、小红书、微信公众号，每周发布不少于5条内容",
        "拓展异业合作与企业会员渠道", "每月出具推广效果分析"],
       ["本科及以上，市场营销、新闻传播、广告学等专业", "2年以上市场推广或新媒体运营经验", "熟练使用剪映、PS等工具，会拍会剪"]),
      ("客服专员", "客户服务中心", ["杭州总部", "4.5-6K", "大专", "1年以上"], CS["duties"][:4],
       ["大专及以上学历，1年以上客服或电话销售经验", CS["skill"], "情绪稳定，能接受两班倒和周末轮休"]),
      ("团课教练（兼职）", "团课部", ["杭州各门店", "150-300元/节", "不限", "1年以上"],
       ["按课表完成动感单车、搏击操等团课授课", "课前检查设备，课后整理场地"],
       ["持有莱美、Zumba或RYT200等任一认证", "1年以上团操带课经验", "每周可带课不少于4节"]),
    ]
    btns = []; dlgs = []
    for i, it in enumerate(items, 1):
        b, dg = dialog(i, *it); btns.append(b); dlgs.append(dg)
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 | 力行FIT</title>
<style>dialog{{max-width:640px}} .tag{{display:inline-block;margin-right:6px;padding:2px 6px;background:#eef}}</style>
</head>
<body>
<header><a href="/">力行FIT</a> &gt; 加入我们</header>
<main>
<h1>加入力行，一起让更多人爱上运动</h1>
<p>力行健身成立于2016年，在杭州拥有11家直营门店。点击职位名称查看详情。</p>
<section id="openings">
<h2>热招职位</h2>
<ul class="jobs">
{"".join(btns)}</ul>
</section>
{"".join(dlgs)}
<section id="benefits">
<h2>员工福利</h2>
<p>五险一金、免费健身、带薪年假、生日福利、专业认证补贴（私教/团课教练考取认证可报销50%）。</p>
</section>
</main>
<footer>© 2025 {CO}</footer>
<script>document.querySelectorAll('[data-open]').forEach(b=>b.onclick=()=>document.getElementById(b.dataset.open).showModal());</script>
</body>
</html>
'''
    fn = "LX06_加入我们.html"
    (OUT / fn).write_text(html, encoding="utf-8")
    GT[fn] = {"layout": "html careers page: a list of <button> titles, each posting in a <dialog> modal (h3 title, tag spans, "
              "'你将负责' / '我们希望你' <h4> lists); a 兼职 团课教练 variant",
              "区域运营经理": REGM, "客服专员(partial)": CS["duties"][:4], "postings": [x[0] for x in items]}


# ============================================================================= 07 pdf slides
SUP_PT = dict(dept="私教部", boss="店长", subs="私人教练", edu="大专及以上学历",
              exp="3年以上私教经验，1年以上团队管理经验", cert="NSCA-CSCS或同等高级认证优先",
              duties=["负责私教团队的日常管理、排课与课时审核",
                      "制定私教部月度业绩目标并分解到个人",
                      "组织教练每月专业培训，抽查课程质量（每人每月不少于2节）",
                      "处理私教课相关投诉与退课申请",
                      "本人保持每月不少于60节授课"])
SUP_HJ = dict(dept="会籍部", boss="店长", subs="会籍顾问",
              duties=["带领会籍团队完成门店月度会籍销售目标", "每日主持晨会，分配当日邀约与外场任务",
                      "审核会籍合同及折扣申请", "组织会籍顾问话术培训与新人带教"])
KPI_REGM = [("辖区营收达成率", "40%", "≥100%"), ("辖区利润达成率", "25%", "≥100%"), ("重大安全事故", "15%", "0起"),
            ("巡店次数", "10%", "≥32次/月"), ("储备店长培养数", "10%", "≥2人/年")]


def gen_07():
    from reportlab.lib.pagesizes import landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    W, H = 960, 540
    fn = "LX07_管理岗位培训课件.pdf"
    c = canvas.Canvas(str(OUT / fn), pagesize=(W, H))
    page = [0]

    def slide(title, subtitle=None):
        page[0] += 1
        c.setFillColorRGB(0.85, 0.1, 0.1); c.rect(0, H - 70, W, 70, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1); c.setFont("WQY", 26); c.drawString(40, H - 48, title)
        c.setFillColorRGB(0.4, 0.4, 0.4); c.setFont("WQY", 10)
        c.drawString(40, 20, "力行FIT管理学院 · 2025年新任管理者培训")
        c.drawRightString(W - 40, 20, f"{page[0]}")
        c.setFillColorRGB(0, 0, 0)
        if subtitle:
            c.setFont("WQY", 14); c.drawString(40, H - 100, subtitle)

    def bullets(lines, x=50, y=H - 140, size=16, step=30):
        c.setFont("WQY", size)
        for ln in lines:
            c.drawString(x, y, "● " + ln); y -= step
        return y

    slide("新任管理者培训：岗位认知"); c.setFont("WQY", 18)
    c.drawString(40, H - 150, "本课件面向新晋升的私教主管、会籍主管与区域运营经理。")
    c.drawString(40, H - 185, "课程目标：明确管理岗位的定位、职责与考核方式。")
    c.showPage()
    slide("私教主管｜岗位定位", f"部门：{SUP_PT['dept']}　　直接上级：{SUP_PT['boss']}　　直接下属：{SUP_PT['subs']}")
    bullets([d + "；" for d in SUP_PT["duties"]]); c.showPage()
    slide("私教主管｜任职要求")
    bullets([f"学历：{SUP_PT['edu']}", f"经验：{SUP_PT['exp']}", f"证书：{SUP_PT['cert']}",
             "能力：具备课程设计能力和团队激励能力"]); c.showPage()
    slide("会籍主管｜岗位定位", f"部门：{SUP_HJ['dept']}　　直接上级：{SUP_HJ['boss']}　　直接下属：{SUP_HJ['subs']}")
    y = bullets([d + "；" for d in SUP_HJ["duties"]])
    c.setFont("WQY", 14); c.drawString(50, y - 10, "会籍主管任职要求：略（见人力资源中心内部晋升标准）"); c.showPage()
    slide("区域运营经理｜岗位定位", f"部门：{REGM['dept']}　　直接上级：{REGM['boss']}　　管理范围：{REGM['subs']}")
    bullets([d + "；" for d in REGM["duties"]], size=15, step=28); c.showPage()
    slide("区域运营经理｜月度考核指标")
    # table
    x0, y0 = 80, H - 130; cw = [300, 150, 200]; rh = 36
    rows = [("考核指标", "权重", "目标值")] + KPI_REGM + [("合计", "100%", "")]
    c.setFont("WQY", 15)
    for i, r in enumerate(rows):
        y = y0 - i * rh
        x = x0
        for j, v in enumerate(r):
            c.rect(x, y - rh, cw[j], rh, stroke=1, fill=0)
            c.drawString(x + 10, y - 24, v)
            x += cw[j]
    c.setFont("WQY", 12)
    c.drawString(80, y0 - len(rows) * rh - 30, "说明：辖区内发生重大安全事故的，当月考核结果直接定为D级。")
    c.showPage()
    c.save()
    GT[fn] = {"layout": "pdf 16:9 slide deck (training courseware): red title bar, subtitle line with 部门/上级/下属, ● bullet "
              "duties, one slide with a ruled KPI table; 会籍主管任职要求 略",
              "私教主管": SUP_PT, "会籍主管": SUP_HJ, "区域运营经理": REGM, "区域运营经理KPI": KPI_REGM}


# ============================================================================= 08 md (Notion export)
def gen_08():
    md = f"""# 新员工入职指南（前台 & 会籍）

创建者: 人力资源中心
最后编辑: 2025年3月18日
标签: 入职, 门店, 前台接待, 会籍顾问
状态: 已发布

<aside>
💡 本页从 Notion 导出。欢迎加入力行FIT！入职第一周请按本页完成报到、培训和考核。

</aside>

## 第一天报到

- 报到时间：09:00，地点：所在门店前台
- 携带：身份证原件、学历证书、健康证、银行卡、1寸照片2张
- 领取：工服2套、工牌、储物柜钥匙

## 前台接待 · 一日工作流程

岗位: 前台接待
部门: 门店运营部
汇报对象: 店长
班次: 早班 06:30-14:30 / 晚班 14:00-22:30

| 时间 | 工作内容 |
| --- | --- |
| 开店前30分钟 | 开灯、开闸机，检查人脸识别设备和收银系统 |
| 营业中 | 入场核验、访客登记、毛巾与储物柜钥匙发放 |
| 营业中 | 接听电话、解答咨询、受理冻卡和转卡申请 |
| 交班前 | 填写交接班记录，完成零售收银对账 |

<aside>
⚠️ 会员冻卡每年最多2次，每次不超过30天；转卡需收取200元手续费，前台只负责受理，审批由店长完成。

</aside>

## 会籍顾问 · 新人七天计划

- Day1–2：学习卡种与价格体系、参观动线
- Day3–4：跟岗老顾问接待到店客户
- Day5：CRM系统操作考核
- Day6–7：独立外场派单，完成不少于30组客户信息收集

## 试用期与转正

- 试用期3个月，表现优秀可申请提前转正（不少于1个月）。
- 转正考核：理论考试（≥80分）＋ 主管评价。

## 常见问题

- 保洁阿姨归谁管？——保洁员由物业公司外包派驻，日常工作由店长协调，公司不设保洁员岗位说明书。
- 员工健身怎么算？——员工在非当班时间可免费使用本店器械区，团课需提前预约且不占会员名额。
"""
    fn = "LX08_新员工入职指南.md"
    (OUT / fn).write_text(md, encoding="utf-8")
    GT[fn] = {"layout": "Notion-export Markdown: property lines (创建者/标签/状态) under the title, <aside> callouts with emoji, "
              "a per-post property block (岗位/部门/汇报对象/班次) over a 时间|工作内容 table, a 7-day plan, FAQ",
              "前台接待": {"boss": "店长", "shift": "早班 06:30-14:30 / 晚班 14:00-22:30"}, "保洁员": "outsourced, no JD"}


# ============================================================================= 09 GBK txt
def gen_09():
    txt = f"""{CO}
考勤与排班管理制度
（LX-HR-ZD-007　2025年3月修订）

§1 适用范围
本制度适用于公司全体员工，门店岗位按本制度§3的班次排班。

§2 打卡
2.1 员工上下班须在钉钉打卡，漏打卡每月不超过3次，超过部分按旷工半天处理。
2.2 迟到15分钟以内记迟到，超过30分钟按旷工半天计。

§3 门店班次
3.1 前台接待、会籍顾问、游泳救生员实行早晚两班轮换，每周轮换一次。
3.2 私人教练按A班（06:30-14:30）、B班（14:00-22:30）排班，已约私教课的时段不得安排其他工作。
3.3 团课教练按团课课表排课，不实行坐班。
3.4 设备维护员为白班（08:30-17:30），节假日由区域内设备维护员轮流值班。
3.5 店长实行弹性工作制，由区域运营经理核定其在店天数。

§4 请假与调休
4.1 事假须提前1天在钉钉提交，病假须补交医院证明。
4.2 门店岗位周末及法定节假日原则上不批年假（特殊情况由店长审批）。

§5 附则
5.1 本制度由人力资源中心负责解释。

【补充通知】（2025年3月25日）
自2025年4月1日起，游泳救生员的直属上级由设备主管调整为店长，日常排班、考勤由店长负责；
救生器材的维修仍报工程部设备维护员处理。
"""
    fn = "LX09_考勤与排班管理制度.txt"
    (OUT / fn).write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    GT[fn] = {"layout": "GBK CRLF policy text with § sections and dotted sub-clauses, a 补充通知 appended that moves the lifeguard's boss",
              "notice": "游泳救生员 boss 设备主管 -> 店长 from 2025-04-01"}


# ============================================================================= 10 UTF-16 reST
def gen_10():
    d = CS
    rst = f"""======================================
客户服务中心岗位说明
======================================

:文档编号: LX-KF-JD-01
:编制部门: 客户服务中心
:生效日期: 2025-02-01

.. contents:: 目录
   :depth: 1

客服专员
========

:岗位名称: 客服专员
:所属部门: {d['dept']}
:直接上级: {d['boss']}
:工作地点: {d['loc']}
:班次: {d['shift']}
:薪资范围: {d['pay']}

岗位职责
--------

#. {d['duties'][0]}；
#. {d['duties'][1]}；
#. {d['duties'][2]}；
#. {d['duties'][3]}；
#. {d['duties'][4]}；
#. {d['duties'][5]}。

任职要求
--------

+------------+------------------------------------------+
| 要素       | 要求                                     |
+============+==========================================+
| 学历       | {d['edu']}                             |
+------------+------------------------------------------+
| 工作经验   | {d['exp']}               |
+------------+------------------------------------------+
| 技能       | {d['skill']}         |
+------------+------------------------------------------+

.. note::

   客服专员须在入职30天内通过客服知识库考试（80分及格），未通过者延长试用期。

客服主管
========

.. warning::

   客服主管岗位说明书修订中，暂不对外发布。
"""
    fn = "LX10_客服中心岗位说明.txt"
    (OUT / fn).write_bytes(rst.replace("\n", "\r\n").encode("utf-16"))
    GT[fn] = {"layout": "UTF-16LE (BOM) reStructuredText: overlined title, :field: lists, #. auto-numbered duties, a grid table "
              "(+---+ borders) of requirements, .. note:: / .. warning:: directives; 客服主管 section empty",
              "客服专员": d}


if __name__ == "__main__":
    for f in (gen_01, gen_02, gen_03, gen_04, gen_05, gen_06, gen_07, gen_08, gen_09, gen_10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(GT), "files to", OUT)
