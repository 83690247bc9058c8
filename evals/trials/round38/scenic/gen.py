"""Round 38 blind trial: 青岚山旅游发展有限公司 (scenic area / tourism group), 10 HR documents.

Run: T38_OUT=/tmp/t38scenic/corpus /tmp/genv/bin/python gen.py
Writes the corpus to $T38_OUT and ground_truth.json next to this file.
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T38_OUT", "/tmp/t38scenic/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
GT = {}

# --------------------------------------------------------------------------- sc01
POSTS01 = [
    {
        "title": "检票员", "code": "YY-03", "dept": "运营部票务中心", "n": "24人",
        "loc": "南门、北门游客入口及索道下站检票口", "shift": "早班7:00-15:00／晚班12:30-20:30，两班倒",
        "up": "票务主管（直接上级）", "down": "无直接下级", "left": "游客服务中心（协作）", "right": "安保部（协作）",
        "duties": [
            ("检票验证", ["1) 核验电子票二维码、身份证及纸质票，确保一人一票；",
                         "2) 核验老年人、学生、残疾人、现役军人等优惠及免票证件；",
                         "3) 引导游客有序通过闸机，高峰期开启人工通道。"],
             "错检漏检为零；高峰期每通道每小时通行不少于600人次"),
            ("设备与现场", ["4) 班前检查闸机、手持验票机运行状态，故障10分钟内报修；",
                           "5) 维护检票口秩序，发现逃票、冒用证件及时劝阻并报告安保部。"],
             "设备故障报修及时率100%"),
            ("数据与交接", ["6) 班后核对检票人数与售票系统数据，差异超过0.5%时填写《检票差异说明》；",
                           "7) 填写交接班记录，移交手持机及备用票据。"],
             "数据差异率不超过0.5%"),
        ],
        "quals": [("学历", "中专/高中及以上", "旅游管理类专业优先"),
                  ("年龄", "18-40周岁", "—"),
                  ("经验", "无经验要求，岗前培训合格后上岗", "有景区、车站检票经验者优先"),
                  ("技能", "会使用智能手机及基本电脑操作", "能用简单英语问候游客"),
                  ("素质", "服务意识强，能适应长时间站立和节假日排班", "—")],
        "note": "〔修订批注 2024-05-10 人力资源部 张敏：学历要求原为“高中及以上”，现调整为“中专/高中及以上”；原“身高女160cm、男170cm以上”的要求已删除。〕",
    },
    {
        "title": "导游讲解员", "code": "JS-01", "dept": "讲解服务部", "n": "18人",
        "loc": "景区各讲解点及南门游客服务中心集合点", "shift": "按团队预约排班，旺季做六休一",
        "up": "讲解服务部主管（直接上级）", "down": "无直接下级", "left": "游客服务中心（协作）", "right": "营销部（协作）",
        "duties": [
            ("讲解服务", ["1) 按预约为散客拼团及团队游客提供全程讲解，每场讲解时长约90分钟；",
                         "2) 讲解内容须与《青岚山讲解词（2024版）》一致，不得传播未经考证的传说；",
                         "3) 为研学团队提供定制化讲解，配合营销部完成研学课程的实施。"],
             "讲解满意度不低于95%"),
            ("游客安全", ["4) 带团途中清点人数，提醒游客注意栈道、台阶及天气变化；",
                         "5) 遇游客受伤、走失等突发情况，第一时间报告游客服务中心并协助处置。"],
             "突发情况报告及时，无因讲解员失职导致的安全事件"),
            ("业务提升", ["6) 每年参加不少于40学时的讲解业务培训；",
                         "7) 收集游客意见，每月提交一份讲解词修改建议。"],
             "培训学时达标"),
        ],
        "quals": [("学历", "大专及以上", "旅游管理、历史学、汉语言文学专业优先"),
                  ("证书", "持有全国导游资格证", "持有普通话二级甲等及以上证书"),
                  ("经验", "1年以上讲解或导游工作经验", "有5A级景区讲解经历者优先"),
                  ("技能", "普通话标准，口齿清晰，表达生动", "能用英语或日语讲解"),
                  ("身体", "身体健康，能适应山地长时间步行", "—")],
        "note": "〔修订批注 2024-05-10 人力资源部 张敏：经验要求2023版为“2年以上”，本版下调为“1年以上”。〕",
    },
    {
        "title": "索道机电维修工", "code": "SD-04", "dept": "索道站", "n": "6人",
        "loc": "青岚山客运索道上站、下站机房", "shift": "常白班8:00-17:00，另轮值夜间检修",
        "up": "索道站站长（直接上级）", "down": "无直接下级", "left": "索道司机（协作）", "right": "安保部（协作）",
        "duties": [
            ("日常维护", ["1) 每日运营前对驱动机、减速机、制动器、抱索器进行检查，并填写《日检记录》；",
                         "2) 按周、月、年检修计划完成润滑、紧固及易损件更换。"],
             "日检记录完整率100%"),
            ("故障处理", ["3) 运营中发生设备故障时15分钟内到场处置；",
                         "4) 参加索道救援演练，每季度不少于1次。"],
             "设备完好率不低于98%"),
            ("资料管理", ["5) 建立设备维修台账，检修记录保存不少于3年；",
                         "6) 配合特种设备检验机构完成年度定期检验。"],
             "台账完整，检验一次通过"),
        ],
        "quals": [("学历", "中专及以上", "机电一体化、电气自动化专业优先"),
                  ("证书", "特种设备作业人员证（客运索道修理）", "持有低压电工作业证"),
                  ("经验", "2年以上机电设备维修经验", "有客运索道或缆车维修经验者优先"),
                  ("身体", "无恐高症，能从事高处作业", "—")],
        "note": "",
    },
    {
        "title": "安保主管", "code": "AB-02", "dept": "安保部", "n": "2人",
        "loc": "景区安保指挥中心（南门）", "shift": "白班为主，每周一次夜间带班",
        "up": "安保部经理（直接上级）", "down": "安保队员、监控员", "left": "运营部（协作）", "right": "索道站（协作）",
        "duties": [
            ("队伍管理", ["1) 负责安保队员的排班、考勤与日常训练；",
                         "2) 每月组织一次消防及反恐防暴演练。"],
             "演练按月完成"),
            ("现场秩序", ["3) 节假日高峰期制定客流疏导方案，游客量达到最大承载量80%时启动限流预案；",
                         "4) 巡查索道站、观景台、停车场等重点部位，每班不少于2次。"],
             "无踩踏、拥堵事件"),
            ("应急处置", ["5) 处置游客纠纷及治安事件，重大事件30分钟内上报安保部经理；",
                         "6) 管理监控中心，确保监控录像保存不少于30天。"],
             "上报及时率100%"),
        ],
        "quals": [("学历", "高中及以上", "退役军人或公安院校毕业生优先"),
                  ("证书", "保安员证", "消防设施操作员证"),
                  ("经验", "3年以上安保工作经验，其中1年以上班组管理经验", "有景区、大型场馆安保经验者优先"),
                  ("年龄", "25-45周岁", "—")],
        "note": "",
    },
]


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def cell_lines(cell, lines, bold=False):
    cell.text = lines[0]
    if bold:
        for r in cell.paragraphs[0].runs:
            r.bold = True
    for ln in lines[1:]:
        cell.add_paragraph(ln)


def gen_sc01():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "青岚山旅游发展有限公司　　岗位说明书汇编（2024版）　　文件编号：QLS-HR-JD-2024"
    sec.footer.paragraphs[0].text = "人力资源部编制　受控文件　未经批准不得复印外传"
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("青岚山景区岗位说明书汇编（2024版）")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("本汇编收录运营部、讲解服务部、索道站、安保部共4个一线岗位的岗位说明书，自2024年6月1日起执行，原2023版同时废止。"
                    "各岗位的绩效考核指标见《KPI指标库（2024年度）》。")
    cn = "一二三四"
    for i, P in enumerate(POSTS01):
        h = d.add_paragraph()
        rr = h.add_run(f"岗位说明书之{cn[i]}：{P['title']}")
        rr.bold = True
        rr.font.size = Pt(14)
        d.add_paragraph("表一　基本信息")
        t = d.add_table(rows=4, cols=4)
        t.style = "Table Grid"
        vals = [("岗位名称", P["title"], "岗位编码", P["code"]),
                ("所属部门", P["dept"], "岗位定员", P["n"]),
                ("工作地点", P["loc"], "班次安排", P["shift"])]
        for ri, row in enumerate(vals):
            for ci, v in enumerate(row):
                t.cell(ri, ci).text = v
                if ci % 2 == 0:
                    set_cell_bg(t.cell(ri, ci), "D9E2F3")
        t.cell(3, 0).text = "岗位关系"
        set_cell_bg(t.cell(3, 0), "D9E2F3")
        m = t.cell(3, 1).merge(t.cell(3, 3))
        m.text = "（见下图：上为上级，下为下级，左右为协作部门）"
        nt = m.add_table(rows=3, cols=3)
        nt.style = "Table Grid"
        nt.cell(0, 1).text = P["up"]
        nt.cell(1, 0).text = P["left"]
        nt.cell(1, 1).text = P["title"]
        nt.cell(1, 2).text = P["right"]
        nt.cell(2, 1).text = P["down"]
        d.add_paragraph("")
        d.add_paragraph("表二　岗位职责")
        rows = sum(len(x[1]) for x in P["duties"]) + 1
        t2 = d.add_table(rows=1, cols=3)
        t2.style = "Table Grid"
        for ci, v in enumerate(["职责模块", "工作内容", "工作标准"]):
            t2.cell(0, ci).text = v
            set_cell_bg(t2.cell(0, ci), "D9E2F3")
        for mod, items, std in P["duties"]:
            first = None
            for k, it in enumerate(items):
                row = t2.add_row()
                row.cells[1].text = it
                if k == 0:
                    first = row
                    row.cells[0].text = mod
                    row.cells[2].text = std
            if len(items) > 1:
                last = t2.rows[-1]
                first.cells[0].merge(last.cells[0])
                first.cells[2].merge(last.cells[2])
        d.add_paragraph("")
        d.add_paragraph("表三　任职资格")
        t3 = d.add_table(rows=1, cols=3)
        t3.style = "Table Grid"
        for ci, v in enumerate(["要素", "最低要求", "优先条件"]):
            t3.cell(0, ci).text = v
            set_cell_bg(t3.cell(0, ci), "D9E2F3")
        for q in P["quals"]:
            row = t3.add_row()
            for ci, v in enumerate(q):
                row.cells[ci].text = v
        if P["note"]:
            np_ = d.add_paragraph()
            rn = np_.add_run(P["note"])
            rn.italic = True
            rn.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            rn.font.size = Pt(9)
        d.add_page_break()
    d.add_paragraph("编制：人力资源部　　审核：综合管理部　　批准：景区总经理　　2024年5月20日")
    d.save(OUT / "sc01_青岚山景区岗位说明书汇编（2024版）.docx")
    GT["sc01"] = POSTS01


# --------------------------------------------------------------------------- sc02
OFFER = [("录用岗位", "民宿管家"),
         ("所属部门", "酒店民宿事业部·云栖谷民宿"),
         ("汇报对象", "民宿店长"),
         ("工作地点", "青岚山景区西麓云栖谷村（云栖谷民宿）"),
         ("工作时间", "综合计算工时制，月均休息6天，需轮值夜班"),
         ("试用期", "3个月，试用期工资为转正工资的90%"),
         ("薪酬待遇", "月薪6000元（基本工资4200元＋岗位津贴800元＋绩效工资1000元），另按入住房晚计提成"),
         ("福利", "五险一金、员工宿舍、工作餐、年度体检"),
         ("报到时间", "____年__月__日 上午9:00"),
         ("报到材料", "身份证、学历证书原件及复印件、健康证、原单位离职证明")]
OFFER_DUTIES = [
    "负责住客入住、退房手续办理及在店期间的一对一管家服务",
    "根据客人需求安排接送站、景区门票、讲解预约，并推荐周边游线路",
    "检查客房卫生及布草更换质量，督导保洁人员按标准完成清扫",
    "处理住客投诉，一般投诉当班解决，重大投诉2小时内上报民宿店长",
    "维护携程、美团等OTA平台的店铺评价，差评24小时内回复",
    "负责民宿早餐及下午茶的准备与出品",
]
OFFER_REQ = "大专及以上学历，酒店管理相关专业优先；1年以上酒店前台或民宿工作经验；持有健康证；持C1驾照、会驾驶者优先。"


def gen_sc02():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "青岚山文旅集团 · 酒店民宿事业部　　　　　　人力资源部（盖章）"
    sec.footer.paragraphs[0].text = "本通知书自发出之日起7日内有效，逾期未确认视为放弃。"
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("录 用 通 知 书")
    r.bold = True
    r.font.size = Pt(20)
    d.add_paragraph("尊敬的 ________ 女士/先生：")
    d.add_paragraph("　　感谢您对青岚山文旅集团的信任。经面试评估，我司决定录用您担任民宿管家一职，现将录用条件通知如下：")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in OFFER:
        row = t.add_row()
        row.cells[0].text = k
        row.cells[1].text = v
        set_cell_bg(row.cells[0], "F2F2F2")
    d.add_paragraph("")
    p = d.add_paragraph()
    p.add_run("面试评估时采用的任职要求：").bold = True
    p.add_run(OFFER_REQ)
    d.add_paragraph("　　请于收到本通知后3日内签字回传。如有疑问，请联系人力资源部（电话0578-2261xxx）。")
    d.add_paragraph("青岚山文旅集团人力资源部　2024年6月18日").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_page_break()
    p = d.add_paragraph()
    p.add_run("附件：民宿管家岗位职责确认单").bold = True
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for ci, v in enumerate(["序号", "岗位职责", "员工确认"]):
        t2.cell(0, ci).text = v
    for i, v in enumerate(OFFER_DUTIES, 1):
        row = t2.add_row()
        row.cells[0].text = str(i)
        row.cells[1].text = v
        row.cells[2].text = "☐ 已阅"
    d.add_paragraph("员工签字：__________　　日期：__________")
    d.save(OUT / "sc02_录用通知书（民宿管家）.docx")
    GT["sc02"] = {"offer": OFFER, "duties": OFFER_DUTIES, "req": OFFER_REQ}


# --------------------------------------------------------------------------- sc03
LIB = [
    ("KP01", "检票准确率", "正确核验票证的人次占检票总人次的比例", "正确检票人次÷检票总人次×100%", "票务系统", "检票员", "月度"),
    ("KP02", "闸机故障报修及时率", "闸机故障发生后10分钟内报修的比例", "及时报修次数÷故障总次数×100%", "设备报修记录", "检票员", "月度"),
    ("KP03", "游客有效投诉件数", "经游客服务中心核实的有效投诉件数", "当期有效投诉累计件数", "游客服务中心投诉台账", "检票员、导游讲解员", "月度"),
    ("KP04", "检票数据差异率", "检票人数与售票系统数据的差异比例", "|检票人数-售票人数|÷售票人数×100%", "票务系统", "检票员", "月度"),
    ("KP05", "检票通行效率", "高峰时段每通道每小时通行人次", "高峰时段通行人次÷开放通道数÷小时数", "闸机数据", "检票员", "月度"),
    ("KP06", "讲解场次完成量", "当月完成的讲解场次", "讲解预约系统统计", "讲解预约系统", "导游讲解员", "月度"),
    ("KP07", "讲解满意度", "扫码评价中“满意”及以上的占比", "满意评价数÷评价总数×100%", "电子评价系统", "导游讲解员", "月度"),
    ("KP08", "讲解词差错次数", "督导抽查中讲解内容与讲解词不符的次数", "抽查记录累计", "督导抽查记录", "导游讲解员", "月度"),
    ("KP09", "培训学时完成率", "实际参加培训学时占计划学时的比例", "实际学时÷计划学时×100%", "培训台账", "导游讲解员", "月度"),
    ("KP10", "索道安全运行天数", "连续无责任事故运行天数", "运行日志统计", "索道运行日志", "索道站", "年度"),
    ("KP11", "设备完好率", "完好设备台数占设备总台数的比例", "完好设备台数÷设备总台数×100%", "设备台账", "索道站", "月度"),
    ("KP12", "故障停机时长", "因设备故障造成的停运累计时长", "故障停运时长累计", "索道运行日志", "索道站", "年度"),
    ("KP13", "日检记录完整率", "应填日检记录中实际完整填写的比例", "完整记录份数÷应填份数×100%", "日检记录", "索道站", "月度"),
    ("KP14", "救援演练完成率", "实际完成救援演练次数占计划次数的比例", "实际次数÷计划次数×100%", "演练记录", "索道站", "年度"),
    ("KP15", "年接待游客量", "全年入园游客总人次", "票务系统统计", "票务系统", "景区总经理", "年度"),
    ("KP16", "门票及二次消费收入", "门票、索道、餐饮、文创等经营收入合计", "财务报表口径", "财务报表", "景区总经理", "年度"),
]
KPI_SHEETS = {
    "导游讲解员": ("导游讲解员月度KPI考核表", [
        ("讲解场次完成量", 30, "≥45场/月", "每少1场扣1分"),
        ("讲解满意度", 30, "≥95%", "每低1个百分点扣3分"),
        ("游客有效投诉件数", 15, "0件", "每件扣5分"),
        ("讲解词差错次数", 15, "0次", "每次扣3分"),
        ("培训学时完成率", 10, "100%", "未完成不得分")]),
    "检票员": ("检票员月度KPI考核表", [
        ("检票准确率", 35, "≥99.9%", "每发生1次错检漏检扣5分"),
        ("检票通行效率", 20, "高峰期≥600人次/通道·小时", "未达标按比例扣分"),
        ("闸机故障报修及时率", 15, "100%", "每延误1次扣3分"),
        ("游客有效投诉件数", 15, "0件", "每件扣5分"),
        ("检票数据差异率", 15, "≤0.5%", "超出不得分")]),
    "索道站": ("索道站年度KPI考核表（部门）", [
        ("索道安全运行天数", 30, "365天（无责任事故）", "发生一般责任事故本项不得分"),
        ("设备完好率", 25, "≥98%", "每低1个百分点扣5分"),
        ("故障停机时长", 20, "≤12小时/年", "每超1小时扣2分"),
        ("日检记录完整率", 10, "100%", "每缺1份扣1分"),
        ("救援演练完成率", 15, "100%", "每少1次扣5分")]),
}
BSC = {
    "财务维度（30%）": [("门票及二次消费收入", "15%", "2.6亿元"), ("营业利润", "10%", "6500万元"), ("成本费用率", "5%", "≤62%")],
    "客户维度（25%）": [("年接待游客量", "10%", "320万人次"), ("游客满意度", "10%", "≥92分"), ("网络好评率", "5%", "OTA评分≥4.7分")],
    "内部运营维度（30%）": [("重大安全责任事故", "15%", "0起"), ("5A景区复核达标", "10%", "一次通过"), ("智慧景区项目完成率", "5%", "100%")],
    "学习与成长维度（15%）": [("员工培训覆盖率", "5%", "100%"), ("关键岗位持证率", "5%", "100%"), ("员工流失率", "5%", "≤15%")],
}
HDR = PatternFill("solid", fgColor="BDD7EE")
B = Font(bold=True)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)


def gen_sc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    for i, s in enumerate([
        "青岚山旅游发展有限公司KPI指标库（2024年度）使用说明",
        "1. “指标库”页列出全部指标的编码、定义、计算公式和数据来源；各岗位（部门）考核表从指标库选取指标。",
        "2. 考核表中“得分”列为公式，录入“实际值”后自动计算；权重合计必须为100。",
        "3. 景区总经理按平衡计分卡考核，见“景区总经理BSC”页，由集团考核。",
        "4. 安保部、营销部考核表正在修订，暂未收录。"], 1):
        ws.cell(i, 1, s)
    ws.column_dimensions["A"].width = 100
    ws = wb.create_sheet("指标库")
    ws.merge_cells("A1:G1")
    ws["A1"] = "青岚山旅游发展有限公司KPI指标库（2024年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A2:C2"); ws["A2"] = "指标信息"
    ws.merge_cells("D2:E2"); ws["D2"] = "计算与数据"
    ws.merge_cells("F2:G2"); ws["F2"] = "适用范围"
    for i, h in enumerate(["指标编码", "指标名称", "指标定义", "计算公式", "数据来源", "适用岗位/部门", "考核周期"], 1):
        ws.cell(3, i, h).font = B
        ws.cell(3, i).fill = HDR
    for c in ("A2", "D2", "F2"):
        ws[c].font = B; ws[c].alignment = C; ws[c].fill = HDR
    for r, row in enumerate(LIB, 4):
        for c, v in enumerate(row, 1):
            ws.cell(r, c, v)
    for col, w in zip("ABCDEFG", (10, 20, 36, 34, 16, 18, 10)):
        ws.column_dimensions[col].width = w
    for name, (title, rows) in KPI_SHEETS.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:G1")
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=13)
        ws["A1"].alignment = C
        ws["A2"] = "考核周期：" + ("年度" if name == "索道站" else "月度")
        ws["D2"] = "被考核人：__________"
        hdr = ["序号", "指标（编码 名称）", "权重(%)", "目标值", "实际完成", "得分", "评分规则"]
        for i, h in enumerate(hdr, 1):
            ws.cell(3, i, h).font = B
            ws.cell(3, i).fill = HDR
        for k, (ind, w, tgt, rule) in enumerate(rows, 1):
            r = 3 + k
            code = {x[1]: x[0] for x in LIB}[ind]
            ws.cell(r, 1, k); ws.cell(r, 2, f"{code} {ind}"); ws.cell(r, 3, w); ws.cell(r, 4, tgt)
            ws.cell(r, 6, f'=IF(E{r}="","",C{r})')
            ws.cell(r, 7, rule)
        r = 4 + len(rows)
        ws.cell(r, 2, "合计").font = B
        ws.cell(r, 3, f"=SUM(C4:C{r-1})")
        ws.cell(r, 6, f'=IF(COUNT(F4:F{r-1})=0,"",SUM(F4:F{r-1}))')
        ws.cell(r + 1, 1, "考核人签字：__________　　被考核人签字：__________")
        ws.column_dimensions["B"].width = 20
        ws.column_dimensions["D"].width = 26
        ws.column_dimensions["G"].width = 30
        if name == "检票员":
            ws["B5"].comment = Comment("2024年起由“验票速度”更名为“检票通行效率”", "人力资源部")
    ws = wb.create_sheet("景区总经理BSC")
    ws.merge_cells("A1:I1")
    ws["A1"] = "景区总经理年度平衡计分卡（集团考核，2024年度）"
    ws["A1"].font = Font(bold=True, size=13)
    anchors = [(3, 1), (3, 6), (10, 1), (10, 6)]
    for (r0, c0), (dim, rows) in zip(anchors, BSC.items()):
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 2)
        ws.cell(r0, c0, dim).font = B
        ws.cell(r0, c0).fill = HDR
        for i, h in enumerate(["指标", "权重", "目标值"]):
            ws.cell(r0 + 1, c0 + i, h).font = B
        for k, row in enumerate(rows):
            for i, v in enumerate(row):
                ws.cell(r0 + 2 + k, c0 + i, v)
    ws.cell(17, 1, "注：重大安全责任事故为否决项，发生即整卡得分为0。")
    for col in "AF":
        ws.column_dimensions[col].width = 22
    wb.save(OUT / "sc03_KPI指标库（2024年度）.xlsx")
    GT["sc03"] = {"lib": LIB, "sheets": KPI_SHEETS, "bsc": BSC}


# --------------------------------------------------------------------------- sc04
STAFF = [
    ("运营部", [("票务主管", 2, "常白班", "南门游客服务中心票务室", "G6"),
               ("售票员", 12, "两班倒", "南门、北门售票厅", "G3"),
               ("检票员", 24, "两班倒", "南门、北门游客入口及索道下站检票口", "G3")]),
    ("讲解服务部", [("讲解服务部主管", 1, "常白班", "南门游客服务中心", "G6"),
                  ("导游讲解员", 18, "按预约排班", "景区各讲解点", "G4")]),
    ("索道站", [("索道站站长", 1, "常白班", "索道下站", "G8"),
              ("索道司机", 10, "运营班（随索道运行时间）", "索道上站、下站", "G4"),
              ("索道机电维修工", 6, "常白班", "索道上站、下站机房", "G5")]),
    ("安保部", [("安保主管", 2, "白班为主", "安保指挥中心", "G5"),
              ("安保队员", 40, "三班倒", "景区各岗亭", "G2")]),
    ("游客服务中心", [("游客服务中心主任", 1, "常白班", "南门游客服务中心", "G7"),
                   ("游客服务中心咨询员", 8, "两班倒", "南门游客服务中心", "G3")]),
    ("营销部", [("营销策划专员", 3, "常白班", "景区管委会大楼3楼", "G4"),
              ("新媒体运营专员", 2, "常白班", "景区管委会大楼3楼", "G4")]),
    ("酒店民宿事业部", [("民宿店长", 1, "常白班", "云栖谷民宿", "G6"),
                     ("民宿管家", 6, "综合工时", "云栖谷民宿", "G4")]),
]
BANDS = [("G2", 3200, 4200, "安保队员"), ("G3", 3800, 4800, "售票员、检票员、游客服务中心咨询员"),
         ("G4", 4500, 6500, "导游讲解员、索道司机、营销策划专员、新媒体运营专员、民宿管家"),
         ("G5", 5500, 7500, "索道机电维修工、安保主管"), ("G6", 6500, 8500, "票务主管、讲解服务部主管、民宿店长"),
         ("G7", 8000, 11000, "游客服务中心主任"), ("G8", 10000, 14000, "索道站站长")]


def gen_sc04():
    wb = Workbook()
    ws = wb.active
    ws.title = "2024定编"
    ws.merge_cells("A1:F1")
    ws["A1"] = "青岚山景区2024年度岗位定编表（2024年6月1日起执行）"
    ws["A1"].font = Font(bold=True, size=13)
    for i, h in enumerate(["部门", "岗位名称", "编制（人）", "班次", "工作地点", "岗级"], 1):
        ws.cell(2, i, h).font = B
        ws.cell(2, i).fill = HDR
    r = 3
    for dept, rows in STAFF:
        r0 = r
        for row in rows:
            ws.cell(r, 1, dept if r == r0 else None)
            for c, v in enumerate(row, 2):
                ws.cell(r, c, v)
            r += 1
        if r - 1 > r0:
            ws.merge_cells(start_row=r0, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r0, 1).alignment = C
    ws.cell(r, 2, "合计")
    ws.cell(r, 3, f"=SUM(C3:C{r-1})")
    ws["C12"].comment = Comment("编制含夜间值守人员", "人力资源部")
    for col, w in zip("ABCDEF", (16, 20, 10, 24, 34, 8)):
        ws.column_dimensions[col].width = w
    ws = wb.create_sheet("薪酬带宽2024")
    ws.merge_cells("A1:A2"); ws["A1"] = "岗级"
    ws.merge_cells("B1:D1"); ws["B1"] = "月度固定薪酬（元）"
    ws["B2"] = "下限"; ws["C2"] = "中点"; ws["D2"] = "上限"
    ws.merge_cells("E1:E2"); ws["E1"] = "适用岗位"
    for c in ("A1", "B1", "E1", "B2", "C2", "D2"):
        ws[c].font = B; ws[c].alignment = C; ws[c].fill = HDR
    for k, (g, lo, hi, posts) in enumerate(BANDS, 3):
        ws.cell(k, 1, g); ws.cell(k, 2, lo); ws.cell(k, 3, f"=(B{k}+D{k})/2"); ws.cell(k, 4, hi); ws.cell(k, 5, posts)
    ws.cell(3 + len(BANDS) + 1, 1, "注：以上为月度固定薪酬，不含绩效奖金及加班工资；绩效奖金按季度考核结果发放。")
    ws.column_dimensions["E"].width = 60
    ws = wb.create_sheet("2023版（已停用）")
    ws["A1"] = "2023年度岗位定编表（已停用，仅供对照）"
    for i, h in enumerate(["部门", "岗位名称", "编制（人）", "岗级", "月薪（元）"], 1):
        ws.cell(2, i, h)
    old = [("运营部", "检票员", 30, "G2", "3000-3800"), ("运营部", "售票员", 14, "G2", "3000-3800"),
           ("讲解服务部", "导游讲解员", 15, "G3", "3600-4600"), ("游客服务中心", "游客服务中心咨询员", 6, "G2", "3000-3800")]
    for k, row in enumerate(old, 3):
        for c, v in enumerate(row, 1):
            ws.cell(k, c, v)
    wb.save(OUT / "sc04_岗位定编与薪酬带宽.xlsx")
    GT["sc04"] = {"staff": STAFF, "bands": BANDS, "old2023": old}


# --------------------------------------------------------------------------- sc05
JOBS = [
    ("QLS2406001", "营销策划专员", "营销部", "丽水", "丽水市莲都区青岚山景区管委会大楼3楼", "本科", "2-3年", "6000-9000元/月", "2",
     "岗位职责：\\n1. 制定景区年度营销计划及节假日主题活动方案（如春季杜鹃花节、秋季红叶节）；\\n2. 对接OTA平台、旅行社及研学机构，拓展团队客源；"
     "\\n3. 策划并执行景区品牌推广活动，跟踪活动效果并形成复盘报告；\\n4. 管理营销活动预算，确保费用不超预算。"
     "\\n任职要求：\\n1. 本科及以上学历，市场营销、旅游管理、新闻传播相关专业；\\n2. 2年以上旅游或快消行业营销策划经验；"
     "\\n3. 能独立撰写活动方案，熟练使用PPT、Excel；\\n4. 能接受节假日加班及短期出差。", "招聘中"),
    ("QLS2406002", "游客服务中心咨询员", "游客服务中心", "丽水", "青岚山景区南门游客服务中心", "大专", "不限", "4000-5000元/月", "4",
     "岗位职责：\\n1. 为游客提供景区导览、线路咨询、行李寄存及轮椅、婴儿车租借服务；\\n2. 受理游客投诉与建议，按《游客投诉处理流程》登记并跟踪处理结果；"
     "\\n3. 负责失物招领登记与广播寻人；\\n4. 发放景区导览图，维护服务台环境整洁。"
     "\\n任职要求：\\n1. 大专及以上学历，旅游、酒店管理专业优先；\\n2. 普通话标准，沟通能力强，有耐心；"
     "\\n3. 能适应早晚两班倒及节假日上班；\\n4. 会英语口语者优先。", "招聘中"),
    ("QLS2406003", "索道司机", "索道站", "丽水", "青岚山客运索道上站/下站", "中专", "1年以上", "5000-6500元/月", "3",
     "岗位职责：\\n1. 按操作规程启动、运行和停止客运索道，运行中监视速度、张力、风速等参数；\\n2. 风速超过15m/s时按规程减速运行，超过20m/s时停止运行；"
     "\\n3. 填写《索道运行日志》，做好交接班；\\n4. 参加索道救援演练。"
     "\\n任职要求：\\n1. 中专及以上学历；\\n2. 持有特种设备作业人员证（客运索道司机）；\\n3. 1年以上客运索道或大型游乐设施操作经验；"
     "\\n4. 身体健康，无色盲、无恐高症。", "招聘中"),
    ("QLS2312009", "游客服务中心咨询员", "游客服务中心", "丽水", "青岚山景区南门游客服务中心", "高中", "不限", "3500-4200元/月", "2",
     "岗位职责：\\n1. 游客咨询、寄存服务；\\n2. 投诉登记，3个工作日内回复。\\n任职要求：\\n1. 高中及以上学历；\\n2. 能适应常白班。", "已关闭"),
]


def gen_sc05():
    with open(OUT / "sc05_招聘职位导出_20240612.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["职位ID", "职位名称", "招聘部门", "工作城市", "工作地址", "学历要求", "经验要求", "薪资范围", "招聘人数", "职位描述", "发布状态"])
        for j in JOBS:
            w.writerow(j)
    GT["sc05"] = JOBS


# --------------------------------------------------------------------------- sc06
HTML_JOBS = [
    ("d1", "新媒体运营专员", "营销部", "丽水·景区管委会大楼3楼", "5500-8000元/月", "营销部经理",
     ["负责景区抖音、小红书、微信视频号账号的日常运营，每周更新不少于5条短视频；",
      "策划景区直播活动，每月不少于4场；",
      "监测网络舆情，发现负面舆情后1小时内上报营销部经理；",
      "统计各平台粉丝增长、播放量等数据，每周形成运营周报。"],
     ["本科及以上学历，新闻传播、广告、数字媒体相关专业；",
      "1年以上新媒体运营经验，有文旅类账号运营经验者优先；",
      "熟练使用剪映、Premiere等剪辑软件；",
      "具备一定的摄影摄像能力。"]),
    ("d2", "票务主管", "运营部", "丽水·南门游客服务中心票务室", "6500-8500元/月", "运营部经理",
     ["负责售票、检票班组的排班与现场管理；",
      "每日核对票款，确保账款相符，差错及时追查；",
      "维护分时预约票务系统的票种、价格及库存配置；",
      "节假日根据客流预测调整售检票窗口开放数量；",
      "处理票务相关投诉及退改签申请。"],
     ["大专及以上学历，财务、旅游管理相关专业优先；",
      "3年以上票务或收银管理经验，其中1年以上班组管理经验；",
      "熟悉OTA分销及电子票务系统；",
      "持有初级会计职称者优先。"]),
]


def gen_sc06():
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN"><head><meta charset="utf-8"><title>加入青岚山 | 青岚山旅游发展有限公司</title>')
    a("<style>dialog{max-width:640px}.orgchart text{font-size:12px}button.job{display:block;margin:6px 0}</style></head>")
    a("<body>")
    a('<nav><a href="/">首页</a> · <a href="/about">走进青岚山</a> · <a href="/tickets">门票预订</a> · 加入我们</nav>')
    a("<h1>加入青岚山</h1>")
    a("<p>青岚山是国家5A级旅游景区，我们正在寻找热爱山水、乐于服务的伙伴。点击下方职位查看详情。</p>")
    a("<h2>组织架构（2024年3月）</h2>")
    a('<svg class="orgchart" width="900" height="260" xmlns="http://www.w3.org/2000/svg">')
    nodes = [(400, 20, "景区总经理"), (120, 90, "运营副总经理"), (400, 90, "安全副总经理"), (640, 90, "营销部经理"), (820, 90, "酒店民宿事业部总经理"),
             (20, 170, "运营部经理"), (130, 170, "讲解服务部主管"), (240, 170, "游客服务中心主任"),
             (360, 170, "索道站站长"), (460, 170, "安保部经理"), (560, 170, "无人机飞手"),
             (640, 170, "营销策划专员"), (740, 170, "新媒体运营专员"), (840, 170, "民宿店长")]
    for x, y, t in nodes:
        a(f'  <g><rect x="{x}" y="{y}" width="100" height="30" fill="#eef"/><text x="{x+5}" y="{y+20}">{t}</text></g>')
    edges = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 5), (1, 6), (1, 7), (2, 8), (2, 9), (9, 10), (3, 11), (3, 12), (4, 13)]
    for s, e in edges:
        x1, y1 = nodes[s][0] + 50, nodes[s][1] + 30
        x2, y2 = nodes[e][0] + 50, nodes[e][1]
        a(f'  <line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#333"/>')
    a("</svg>")
    a("<h2>热招职位</h2>")
    for did, title, dept, loc, pay, up, duties, reqs in HTML_JOBS:
        a(f'<button class="job" data-dialog="{did}">{title} · {dept} · {pay}</button>')
    for did, title, dept, loc, pay, up, duties, reqs in HTML_JOBS:
        a(f'<dialog id="{did}">')
        a("  <form method=\"dialog\"><button aria-label=\"关闭\">×</button></form>")
        a(f"  <header><h3>{title}</h3><small>{dept} ｜ {loc} ｜ {pay} ｜ 汇报给{up}</small></header>")
        a("  <h4>这份工作要做什么</h4>")
        a("  <ol>")
        for x in duties:
            a(f"    <li>{x}</li>")
        a("  </ol>")
        a("  <h4>我们希望你</h4>")
        a("  <ul>")
        for x in reqs:
            a(f"    <li>{x}</li>")
        a("  </ul>")
        a("  <p>简历请投递：hr@qinglanshan.example，邮件标题注明“应聘岗位+姓名”。</p>")
        a("</dialog>")
    a("<script>document.querySelectorAll('button.job').forEach(b=>b.onclick=()=>document.getElementById(b.dataset.dialog).showModal())</script>")
    a("<footer>© 2024 青岚山旅游发展有限公司　浙ICP备0000000号</footer>")
    a("</body></html>")
    (OUT / "sc06_加入青岚山.html").write_text("\n".join(L) + "\n", encoding="utf-8")
    GT["sc06"] = {"jobs": HTML_JOBS, "org_edges": [(nodes[s][2], nodes[e][2]) for s, e in edges]}


# --------------------------------------------------------------------------- sc07
PDF_ART = [
    ("第一章　总则", [
        "第一条　为加强青岚山客运索道运营安全管理，保障乘客生命财产安全，依据《特种设备安全法》及客运索道安全规范，制定本制度。",
        "第二条　本制度适用于索道站全体人员及进入索道站作业的外来人员。",
        "第三条　索道运营坚持“安全第一、预防为主、综合治理”的方针。",
        "第四条　索道站实行站长负责制，各岗位按本制度第二章履行安全职责。"]),
    ("第二章　岗位安全职责", [
        "第五条　索道站站长安全职责：",
        "（一）全面负责索道站安全生产管理，是索道安全运营第一责任人；",
        "（二）组织制定索道运行、维修、救援操作规程并监督执行；",
        "（三）每月组织一次安全检查，每年组织不少于2次全线救援演练；",
        "（四）审批设备年度检修计划，确保年度定期检验按期完成。",
        "站长应具有机电类大专及以上学历，持有客运索道作业人员证书，并具有5年以上索道运营管理经验。",
        "第六条　索道司机安全职责：",
        "（一）严格按操作规程开机、运行、停机，不得擅离操作台；",
        "（二）运行中密切监视风速、速度、张力，风速超过15m/s时减速运行，超过20m/s时停止运行并报告站长；",
        "（三）发现异常立即停车，并通知索道机电维修工；",
        "（四）认真填写《索道运行日志》。",
        "第七条　索道机电维修工安全职责：",
        "（一）负责索道设备日检、周检、月检及年检，确保设备处于完好状态；",
        "（二）作业时执行挂牌上锁制度，高处作业必须系安全带；",
        "（三）设备故障15分钟内到场处置，处置完毕填写《故障处理记录》。",
        "第八条　站务员安全职责：（略）",
        "第九条　外来作业人员须经站长批准并由维修工陪同，方可进入机房。"]),
    ("第三章　考核与奖惩", [
        "第十条　索道站实行年度安全考核，考核指标见附表1。",
        "第十一条　发生责任事故的，按集团《安全生产奖惩办法》追究责任。"]),
]
PDF_KPI = [("序号", "考核指标", "权重", "目标值", "扣分标准"),
           ("1", "索道安全运行天数", "30%", "365天", "发生一般责任事故不得分"),
           ("2", "设备完好率", "25%", "≥98%", "每低1个百分点扣5分"),
           ("3", "故障停机时长", "20%", "≤12小时/年", "每超1小时扣2分"),
           ("4", "日检记录完整率", "10%", "100%", "每缺1份扣1分"),
           ("5", "救援演练完成率", "15%", "100%", "每少1次扣5分")]


def gen_sc07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    ps = ParagraphStyle("n", fontName="WQY", fontSize=10.5, leading=16, wordWrap="CJK")
    h1 = ParagraphStyle("h", fontName="WQY", fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=20, spaceBefore=8)

    def deco(c, doc):
        c.saveState()
        c.setFont("WQY", 8)
        c.drawString(50, 810, "QLS-SD-ZD-001　第3版　青岚山旅游发展有限公司索道站")
        c.drawRightString(545, 30, f"第 {doc.page} 页")
        c.setFont("WQY", 40)
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.translate(300, 400)
        c.rotate(35)
        c.drawCentredString(0, 0, "内部资料")
        c.restoreState()

    story = [Paragraph("青岚山客运索道运营安全管理制度（2024年修订）", h1), Spacer(1, 8)]
    for ch, arts in PDF_ART:
        story.append(Paragraph(ch, h2))
        for s in arts:
            story.append(Paragraph(s, ps))
    story.append(Paragraph("附表1　索道站安全考核指标", h2))
    t = Table(PDF_KPI, colWidths=[35, 120, 45, 80, 160])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
    story.append(t)
    story.append(Spacer(1, 10))
    story.append(Paragraph("本制度由索道站负责解释，自2024年4月1日起施行。", ps))
    SimpleDocTemplate(str(OUT / "sc07_客运索道运营安全管理制度.pdf"), pagesize=A4,
                      topMargin=60, bottomMargin=50).build(story, onFirstPage=deco, onLaterPages=deco)
    GT["sc07"] = {"articles": PDF_ART, "kpi": PDF_KPI}


# --------------------------------------------------------------------------- sc08
MD = """# 青岚山讲解员服务手册（2024）

<!-- 2023版条款：星级津贴 一星200元/月、二星400元/月、三星600元/月；该标准已于2024年3月废止，勿再引用。 -->

> 适用对象：讲解服务部全体导游讲解员。本手册与《岗位说明书汇编（2024版）》配套使用。

## 一、讲解服务流程

1. **接团**：提前15分钟到达南门游客服务中心集合点，核对预约单人数。
2. **开场**：佩戴工牌和扩音器，介绍本人姓名、讲解路线和预计时长。
3. **途中讲解**：按《青岚山讲解词（2024版）》讲解，在观景台、古驿道、飞来石三个讲解点各停留不少于10分钟。
4. **安全提示**：过栈道、上下台阶时提醒游客扶好栏杆，雨天提醒防滑。
5. **结束**：引导游客扫码评价，清点人数后在索道上站或南门解散。

## 二、讲解员星级评定

| 星级 | 评定条件 | 星级津贴（元/月） |
|:---|:---|---:|
| 一星讲解员 | 入职满6个月，岗位考核合格 | 300 |
| 二星讲解员 | 取得一星满1年，年讲解不少于300场，讲解满意度≥95% | 600 |
| 三星讲解员 | 取得二星满2年，能用一门外语讲解，获市级及以上讲解比赛奖项 | 1000 |

星级每年评定一次[^1]，星级津贴随当月工资发放。

## 三、夜游讲解员

夜游讲解员岗位计划于2024年夏季“青岚夜游”项目开放后设置，职责与任职要求另行发布。

## 四、讲解服务禁忌

- 不得私自收取游客小费或礼品；
- 不得带游客进入未开放区域；
- 不得诱导游客购物或推荐非合作商户；
- 不得在讲解中发表涉及民族、宗教的不当言论。

## 五、讲解员考核

略（见《KPI指标库（2024年度）》“导游讲解员”页）。

## 六、常见问题

**问：讲解员可以接私活吗？**
答：不可以。讲解员不得以个人名义在景区内承接讲解业务，违者按《员工奖惩办法》处理。

**问：讲解时遇到游客突发疾病怎么办？**
答：立即拨打游客服务中心救助电话，就近送至南门医疗救助点，并陪同至医护人员到达。

[^1]: 星级评定每年3月进行，由讲解服务部主管组织，人力资源部审核。
"""


def gen_sc08():
    (OUT / "sc08_讲解员服务手册.md").write_text(MD, encoding="utf-8")
    GT["sc08"] = MD


# --------------------------------------------------------------------------- sc09 (GBK)
def pad(s, w):
    """pad to display width w (CJK = 2)"""
    n = sum(2 if ord(ch) > 0x2000 else 1 for ch in s)
    return s + " " * max(1, w - n)


def gen_sc09():
    rows = [("调整事项", "原规定", "新规定"),
            ("中心归属", "运营副总经理分管", "营销部管理"),
            ("主任直接上级", "运营副总经理", "营销部经理"),
            ("咨询员编制", "6人", "8人"),
            ("咨询员班次", "常白班8:00-17:00", "两班倒（早班7:30-15:30，晚班12:00-20:00）"),
            ("投诉回复时限", "3个工作日内回复", "24小时内回复，重大投诉2小时内上报"),
            ("网络评价回复", "—", "由游客服务中心主任统一负责")]
    L = ["青岚山旅游发展有限公司", "", "青旅发〔2024〕17号", "",
         "关于调整游客服务中心隶属关系及岗位设置的通知", "",
         "各部门、各岗位：",
         "    为提升游客服务与营销的协同，经总经理办公会研究决定，自2024年7月1日起，游客服务中心由运营副总经理分管调整为营销部管理。现将有关事项通知如下：",
         "",
         "    一、调整对照",
         ""]
    for a, b, c in rows:
        L.append("    " + pad(a, 16) + pad(b, 20) + c)
        if a == "调整事项":
            L.append("    " + "-" * 72)
    L += ["",
          "    二、游客服务中心主任主要职责（调整后）",
          "    1. 全面负责游客服务中心日常运营和人员管理，编制咨询员排班表；",
          "    2. 牵头处理游客投诉，每月5日前形成上月投诉分析报告报营销部经理；",
          "    3. 统筹景区广播、寻人、失物招领及南门医疗救助点的协调工作；",
          "    4. 负责携程、美团等平台景区网络评价的统一回复（新增）。",
          "",
          "    三、游客服务中心主任任职条件不变，仍按2023年聘任文件执行。",
          "",
          "    四、咨询员新增2名编制，由人力资源部于6月底前完成招聘。",
          "",
          "                                          青岚山旅游发展有限公司",
          "                                          2024年6月10日",
          "",
          "抄送：集团人力资源中心、各分管副总经理"]
    (OUT / "sc09_关于调整游客服务中心隶属关系的通知.txt").write_bytes("\r\n".join(L).encode("gbk") + b"\r\n")
    GT["sc09"] = L


# --------------------------------------------------------------------------- sc10 policy
def gen_sc10():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "青岚山旅游发展有限公司管理制度　QLS-HR-ZD-009"
    sec.footer.paragraphs[0].text = "2024年4月修订"
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("员工排班与考勤管理规定")
    r.bold = True
    r.font.size = Pt(16)
    arts = [
        "第一条　为规范景区一线岗位排班与考勤，保障旺季接待秩序，制定本规定。",
        "第二条　景区经营分旺季（4月1日至10月31日）与淡季（11月1日至次年3月31日），各岗位按季节执行不同班次。",
        "第三条　经人力资源和社会保障部门批准，检票员、售票员、导游讲解员、安保队员、索道司机实行综合计算工时工作制，以季度为周期综合计算工作时间。",
        "第四条　五一、国庆、春节等游客高峰期，一线岗位原则上停休，高峰期后统一安排调休。",
        "第五条　员工上下班须在钉钉打卡，漏打卡每月不超过2次，超过的按迟到处理。",
        "第六条　迟到或早退30分钟以内的，每次扣款50元；超过30分钟的按旷工半天处理。",
        "第七条　法定节假日安排工作的，按不低于本人日工资的300%支付加班工资。",
        "第八条　员工请事假须提前1天在钉钉提交申请，由直接上级审批；3天以上的由部门负责人审批。",
        "第九条　班次时间见下表。"]
    for a in arts:
        d.add_paragraph(a)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for ci, v in enumerate(["班次", "旺季时间", "淡季时间"]):
        t.cell(0, ci).text = v
    for row in [("早班", "7:00-15:00", "7:30-15:30"), ("晚班", "12:30-20:30", "11:00-18:30"),
                ("常白班", "8:00-17:00", "8:30-17:00"), ("夜班（安保）", "20:00-次日8:00", "20:00-次日8:00")]:
        rr = t.add_row()
        for ci, v in enumerate(row):
            rr.cells[ci].text = v
    d.add_paragraph("第十条　本规定由人力资源部负责解释，自发布之日起施行。")
    d.save(OUT / "sc10_员工排班与考勤管理规定.docx")
    GT["sc10"] = arts


if __name__ == "__main__":
    for f in (gen_sc01, gen_sc02, gen_sc03, gen_sc04, gen_sc05, gen_sc06, gen_sc07, gen_sc08, gen_sc09, gen_sc10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
