"""Round 50 blind trial: 华骏汽车集团 (an auto dealership group), 10 HR documents.

Run:  T50_OUT=/tmp/t50auto/corpus /tmp/genv/bin/python gen.py
Writes the corpus and ground_truth.json (next to this file).
"""
import csv
import json
import os
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T50_OUT", "/tmp/t50auto/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
GT: dict = {}

# ----------------------------------------------------------------------------- data
SALES_POSTS = [
    {
        "name": "销售顾问", "code": "XS-02", "dept": "销售部", "boss": "展厅经理", "subs": "无",
        "headcount": "12人", "location": "滨江店、城北店展厅", "shift": "做六休一，早晚班轮换",
        "duties": [
            "接待进店及来电客户，了解购车需求，进行车型介绍与静态展示；",
            "邀约客户试乘试驾，配合试驾专员完成试驾流程；",
            "制作报价单，洽谈价格，签订购车合同并收取定金；",
            "协助客户办理按揭、保险、上牌等手续，推荐精品加装；",
            "按标准流程完成新车交付，讲解车辆使用与保养常识；",
            "在DCC系统中录入并跟进潜在客户，24小时内完成首次回访；",
            "维护保有客户关系，挖掘转介绍和置换需求。",
        ],
        "qual": [("学历", "大专及以上"), ("专业", "市场营销、汽车类专业优先"),
                 ("经验", "1年以上汽车或耐用品销售经验，优秀应届生可放宽"),
                 ("证书", "C1及以上驾驶证"), ("其他", "普通话标准，形象端正，抗压能力强")],
        "pay": "底薪3500元/月+单车提成+精品及金融返点，综合月薪6000—15000元",
    },
    {
        "name": "展厅经理", "code": "XS-01", "dept": "销售部", "boss": "销售总监",
        "subs": "销售顾问、试驾专员、展厅接待", "headcount": "2人（每店1人）", "location": "滨江店、城北店",
        "shift": "常白班，周末轮流值守",
        "duties": [
            "制定展厅月度销售目标并分解到每位销售顾问；",
            "主持每日晨会和夕会，检查客户跟进及成交进度；",
            "审批销售价格折让和赠送方案，在权限内控制单车毛利；",
            "管理展厅5S及展车陈列，确保展厅形象符合厂家标准；",
            "处理销售环节的客户投诉和疑难谈判；",
            "组织销售顾问的产品知识和销售流程培训与考核。",
        ],
        "qual": [("学历", "本科及以上"), ("专业", "不限"),
                 ("经验", "3年以上汽车销售经验，其中1年以上团队管理经验"),
                 ("证书", "厂家销售经理认证优先"), ("其他", "熟悉DMS、DCC系统操作")],
        "pay": "年薪18万—25万元（含绩效）",
    },
    {
        "name": "金融保险专员", "code": "XS-05", "dept": "销售部", "boss": "销售总监", "subs": "无",
        "headcount": "3人", "location": "滨江店", "shift": "做六休一",
        "duties": [
            "向购车客户介绍贷款、融资租赁等金融方案并测算月供；",
            "收集客户征信资料，提交银行及汽车金融公司审批，跟进放款；",
            "办理新车商业险、交强险投保及续保业务；",
            "负责金融、保险业务台账登记及厂家返利核对；",
            "跟踪贷款客户还款情况，配合处理逾期提醒。",
        ],
        "qual": [("学历", "大专及以上"), ("专业", "金融、保险、会计相关专业"),
                 ("经验", "1年以上金融或保险销售经验"),
                 ("证书", "保险代理从业人员执业登记优先"), ("其他", "细心，对数字敏感")],
        "pay": "底薪4000元/月+金融保险佣金提成",
    },
    {
        "name": "二手车评估师", "code": "ES-01", "dept": "二手车部", "boss": "二手车业务主管", "subs": "无",
        "headcount": "2人", "location": "城北店二手车展区", "shift": "做五休二",
        "duties": [
            "对置换和收购车辆进行静态检查、动态路试和故障诊断；",
            "查询车辆维保记录及出险记录，判断是否为事故车、泡水车、火烧车；",
            "依据市场行情出具车辆评估报告并给出收购报价；",
            "办理二手车过户、转籍手续；",
            "制定收购车辆的整备方案并参与定价。",
        ],
        "qual": [("学历", "高中或中专及以上"), ("专业", "汽车维修、汽车检测相关专业"),
                 ("经验", "3年以上二手车评估或机修经验"),
                 ("证书", "二手车鉴定评估师职业资格证书"), ("其他", "熟悉各主流品牌车型与配置")],
        "pay": "6000—10000元/月+收购利润提成",
    },
    {
        "name": "试驾专员", "code": "XS-06", "dept": "销售部", "boss": "展厅经理", "subs": "无",
        "headcount": "2人", "location": "滨江店", "shift": "早班9:00—18:00",
        "duties": [
            "管理试驾车辆，每日检查车况、油量或电量及车内清洁；",
            "核验试驾客户驾驶证并签署试驾协议；",
            "按规定路线陪同客户试乘试驾并讲解驾驶体验；",
            "登记试驾记录，将客户试驾意见反馈给销售顾问。",
        ],
        "qual": [("学历", "高中及以上"), ("专业", "不限"),
                 ("经验", "3年以上驾龄，无重大交通事故记录"),
                 ("证书", "C1驾驶证"), ("其他", "熟悉本地道路")],
        "pay": "面议",
    },
]


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def new_num(doc):
    """A fresh numbering instance of the List Number list, restarting at 1 (one per post)."""
    numbering = doc.part.numbering_part.element
    style = doc.styles["List Number"]
    base = style.element.pPr.numPr.numId.val
    abstract = [n for n in numbering.findall(qn("w:num")) if n.numId == base][0].abstractNumId.val
    new_id = max(n.numId for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abstract)); num.append(an)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    return new_id


def set_num(para, num_id):
    pPr = para._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.append(numPr)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ----------------------------------------------------------------------------- d01 docx
def d01():
    doc = docx.Document()
    header_footer(doc, "华骏汽车集团 · 人力资源部 · 受控文件 HJ-HR-JD-2024-03",
                  "本文件仅限内部使用，未经许可不得外传")
    doc.add_heading("销售条线岗位说明书（2024年3月版）", level=1)
    doc.add_paragraph("适用范围：集团下属滨江店、城北店销售部及二手车部。各岗位说明书按统一模板编制，"
                      "左列为栏目，工作关系与任职资格以表格形式列示。")
    for p in SALES_POSTS:
        doc.add_paragraph()
        t = doc.add_table(rows=7, cols=5)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 4))
        top.text = f"岗位：{p['name']}　　岗位编号：{p['code']}"
        set_cell_bg(top, "D9E2F3")
        # 基本信息 rows 1-3 with the section label merged down
        lab = t.cell(1, 0).merge(t.cell(3, 0))
        lab.text = "基本信息"
        rows = [("所属部门", p["dept"], "岗位定员", p["headcount"]),
                ("直接上级", p["boss"], "直接下级", p["subs"]),
                ("工作地点", p["location"], "班次", p["shift"])]
        for i, r in enumerate(rows, 1):
            for j, v in enumerate(r, 1):
                t.cell(i, j).text = v
        # duties: auto-numbered paragraphs (numbers live in numbering.xml, not in the text)
        t.cell(4, 0).text = "岗位职责"
        dc = t.cell(4, 1).merge(t.cell(4, 4))
        dc.paragraphs[0].text = "主要职责如下："
        num_id = new_num(doc)
        for d in p["duties"]:
            para = dc.add_paragraph(d, style="List Number")
            set_num(para, num_id)
        # qualifications: nested table
        t.cell(5, 0).text = "任职资格"
        qc = t.cell(5, 1).merge(t.cell(5, 4))
        qc.paragraphs[0].text = "任职资格要求见下表："
        nt = qc.add_table(rows=len(p["qual"]) + 1, cols=2)
        nt.style = "Table Grid"
        nt.cell(0, 0).text = "项目"
        nt.cell(0, 1).text = "要求"
        for i, (k, v) in enumerate(p["qual"], 1):
            nt.cell(i, 0).text = k
            nt.cell(i, 1).text = v
        t.cell(6, 0).text = "薪酬待遇"
        t.cell(6, 1).merge(t.cell(6, 4)).text = p["pay"]
    doc.add_paragraph()
    doc.add_paragraph("修订记录")
    rt = doc.add_table(rows=3, cols=3)
    rt.style = "Table Grid"
    for j, v in enumerate(["版本", "日期", "修订内容"]):
        rt.cell(0, j).text = v
    rt.cell(1, 0).text, rt.cell(1, 1).text, rt.cell(1, 2).text = "V1.0", "2022-06", "首次发布"
    rt.cell(2, 0).text, rt.cell(2, 1).text = "V2.0", "2024-03"
    rt.cell(2, 2).text = "二手车评估师的直接上级由销售经理调整为二手车业务主管；新增试驾专员岗位"
    doc.save(OUT / "HJ01_销售条线岗位说明书.docx")
    GT["HJ01_销售条线岗位说明书.docx"] = {
        "layout": "one 5-col table per post: merged title row '岗位：X　　岗位编号：…', section label merged down "
                  "(基本信息), duties as Word auto-numbered paragraphs (no number in text), qualifications as a table "
                  "nested in a merged cell; header/footer; 修订记录 table",
        "posts": SALES_POSTS,
        "revision": "二手车评估师 boss 销售经理 -> 二手车业务主管 (V2.0)",
    }


# ----------------------------------------------------------------------------- d02 docx
def run_el(text, deleted=False):
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tracked(par, before, old, new, after):
    par.add_run(before)
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "1"); d.set(qn("w:author"), "人力资源部 王敏"); d.set(qn("w:date"), "2024-02-20T09:00:00Z")
    d.append(run_el(old, deleted=True))
    par._p.append(d)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "2"); i.set(qn("w:author"), "人力资源部 王敏"); i.set(qn("w:date"), "2024-02-20T09:00:00Z")
    i.append(run_el(new))
    par._p.append(i)
    par.add_run(after)


SA_DAY = [
    ("08:00—08:30", "参加班前晨会，确认当日预约客户和工位安排"),
    ("接车环节", "引导客户停车，环车检查并记录外观、内饰及随车物品，开具任务委托书"),
    ("报价环节", "估算维修费用和预计交车时间，取得客户签字确认"),
    ("维修过程中", "跟踪车间维修进度，发现增项须先征得客户同意再通知车间施工"),
    ("交车环节", "向客户解释维修项目与费用明细，陪同结算并送别客户"),
    ("维修后3日内", "对客户进行电话回访，记录满意度和意见"),
]
TECH_DUTIES = [
    "按任务委托书进行车辆维护保养和机电故障维修",
    "使用诊断仪读取故障码并分析故障原因",
    "填写维修工单，如实记录工时和更换的配件",
    "执行自检、互检制度，保证一次修复",
    "维护工具和举升机等设备，保持工位5S",
]
PARTS_DUTIES = [
    "根据维修需求和库存情况编制备件订货计划，向厂家提交订单",
    "办理备件入库验收、上架和出库发料，做到先进先出",
    "每月组织库存盘点，确保账实相符",
    "跟踪紧急订货和索赔件回运",
    "分析呆滞库存并提出处理建议",
]


def d02():
    doc = docx.Document()
    header_footer(doc, "售后服务部工作手册　HJ-SH-2024", "华骏汽车集团售后服务部编制")
    doc.add_heading("华骏汽车集团 售后服务部工作手册（2024年版）", level=1)
    doc.add_heading("第一章　部门概况", level=2)
    doc.add_paragraph("售后服务部由售后服务经理全面负责，下设服务前台、机修车间、钣喷车间和备件库，"
                      "为客户提供保养、维修、钣金喷漆及备件供应服务。钣喷车间各岗位职责另见《钣喷车间岗位职责》。")
    doc.add_heading("第二章　岗位设置与职责", level=2)
    # 2.1 服务顾问
    doc.add_heading("2.1　服务顾问", level=3)
    p = doc.add_paragraph()
    tracked(p, "服务顾问是客户进厂后的第一接待人，直接向", "售后服务经理", "前台主管",
            "汇报，每店编制4人，常白班8:00—17:30，每周轮休一天。")
    doc.add_paragraph("服务顾问一日工作流程及职责见下表：")
    t = doc.add_table(rows=len(SA_DAY) + 1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "时段/环节", "工作内容"
    for i, (a, b) in enumerate(SA_DAY, 1):
        t.cell(i, 0).text, t.cell(i, 1).text = a, b
    doc.add_paragraph("任职条件：大专及以上学历，汽车服务工程、汽车检测与维修专业优先；具有2年以上4S店前台接待或机修经验；"
                      "持C1驾驶证；沟通表达能力强，能熟练使用DMS系统。")
    # 2.2 机修技师
    doc.add_heading("2.2　机修技师", level=3)
    doc.add_paragraph("机修技师隶属机修车间，由车间主管直接管理，工作地点为各店维修车间。主要职责：")
    for d in TECH_DUTIES:
        doc.add_paragraph("■ " + d + "；")
    doc.add_paragraph("机修技师实行等级管理，各等级上岗条件如下：")
    lv = [("等级", "上岗条件", "主要工作"),
          ("初级技师", "中专及以上学历，汽车运用与维修专业，学徒期满6个月并考核合格", "常规保养、轮胎更换、简单机电维修"),
          ("中级技师", "3年以上机修经验，持汽车维修工中级证书", "常规机械和电器故障维修"),
          ("高级技师", "5年以上机修经验，持汽车维修工高级证书及厂家技术认证", "疑难故障诊断、技术带教")]
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(lv):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    # 2.3 备件专员
    doc.add_heading("2.3　备件专员", level=3)
    doc.add_paragraph("备件专员在备件主管领导下负责备件库的日常运作，工作地点为滨江店备件库，实行常白班。其职责包括：")
    for i, d in enumerate(PARTS_DUTIES, 1):
        doc.add_paragraph(f"({i}) {d}。")
    doc.add_paragraph("任职要求：中专及以上学历，物流管理或汽车相关专业；1年以上仓库管理经验，熟悉汽车配件优先；"
                      "会使用Excel和DMS备件模块。")
    doc.add_heading("2.4　洗车美容员", level=3)
    doc.add_paragraph("略。")
    doc.add_heading("第三章　修订说明", level=2)
    doc.add_paragraph("【修订】2024年2月起，服务顾问的汇报对象由售后服务经理调整为前台主管（见2.1节修订痕迹）。")
    doc.add_heading("附录　2021版服务顾问职责（已废止，仅供查阅）", level=2)
    for d in ["负责维修结算收银和开具发票", "负责客户车辆洗车安排", "负责车间工具借用登记"]:
        doc.add_paragraph("· " + d)
    doc.save(OUT / "HJ02_售后服务部工作手册.docx")
    GT["HJ02_售后服务部工作手册.docx"] = {
        "layout": "prose handbook with 2.1/2.2 headings; 服务顾问 reporting line is a real tracked change (w:del 售后服务经理 / "
                  "w:ins 前台主管); 服务顾问 duties as a 时段/环节 | 工作内容 day-routine table; 机修技师 ■ duties and a grade table; "
                  "备件专员 (1)-(5); 洗车美容员 略; superseded 2021 appendix; 售后服务经理 named only",
        "服务顾问": {"boss": "前台主管 (was 售后服务经理)", "headcount": "每店4人", "shift": "常白班8:00—17:30，每周轮休一天",
                   "duties": SA_DAY, "qual": "大专及以上；汽车服务工程、汽车检测与维修优先；2年以上4S店前台接待或机修经验；C1；DMS"},
        "机修技师": {"boss": "车间主管", "location": "各店维修车间", "duties": TECH_DUTIES, "grades": lv},
        "备件专员": {"boss": "备件主管", "location": "滨江店备件库", "shift": "常白班", "duties": PARTS_DUTIES,
                   "qual": "中专及以上，物流管理或汽车相关；1年以上仓库管理经验；Excel和DMS备件模块"},
        "洗车美容员": "略",
        "superseded": "2021 服务顾问: 收银/洗车安排/工具借用",
    }


# ----------------------------------------------------------------------------- d03 xlsx KPI
KPI = {
    "销售部": [
        ("销售顾问", [
            ("财务", "月度新车销量", "当月开票台数", 30, "≥8台", "每少1台扣5分"),
            ("财务", "精品加装渗透率", "加装精品台数÷新车销售台数×100%", 15, "≥60%", "每低5个百分点扣3分"),
            ("客户", "销售满意度（SSI）", "厂家SSI调研得分", 20, "≥95分", "每低1分扣2分"),
            ("内部流程", "潜客24小时回访率", "24小时内回访数÷新增潜客数×100%", 15, "100%", "每低1%扣1分"),
            ("内部流程", "试驾率", "试驾客户数÷进店客户数×100%", 10, "≥50%", "每低5%扣2分"),
            ("学习成长", "产品知识考试成绩", "季度产品知识考试得分", 10, "≥85分", "不合格不得分"),
        ]),
        ("展厅经理", [
            ("财务", "展厅销量目标达成率", "实际销量÷目标销量×100%", 30, "100%", "按达成比例得分"),
            ("财务", "单车毛利", "新车毛利总额÷销售台数", 20, "≥3000元", "每低200元扣2分"),
            ("客户", "客户投诉率", "有效投诉数÷成交台数×100%", 15, "≤1%", "超出不得分"),
            ("内部流程", "展厅成交率", "成交台数÷进店首访客户数×100%", 15, "≥25%", "每低1%扣1分"),
            ("学习成长", "团队培训完成率", "完成培训人次÷计划人次×100%", 10, "100%", "每低5%扣2分"),
            ("学习成长", "人员流失率", "离职人数÷平均在岗人数×100%", 10, "≤10%", "超出不得分"),
        ]),
        ("金融保险专员", [
            ("财务", "金融渗透率", "贷款购车台数÷新车销售台数×100%", 35, "≥45%", "每低1%扣1分"),
            ("财务", "新车保险渗透率", "店内投保台数÷新车销售台数×100%", 30, "≥85%", "每低1%扣1分"),
            ("客户", "续保率", "续保台数÷到期保单台数×100%", 20, "≥60%", "每低1%扣1分"),
            ("内部流程", "资料差错率", "退件份数÷提交份数×100%", 15, "0", "每出现1份扣3分"),
        ]),
    ],
    "售后服务部": [
        ("服务顾问", [
            ("财务", "维修产值达成率", "实际产值÷目标产值×100%", 30, "100%", "按达成比例得分"),
            ("客户", "客户满意度（CSI）", "厂家CSI调研得分", 25, "≥95分", "每低1分扣2分"),
            ("内部流程", "预约进厂率", "预约进厂台次÷总进厂台次×100%", 15, "≥30%", "每低2%扣1分"),
            ("内部流程", "一次修复率", "一次修复台次÷维修台次×100%", 15, "≥98%", "每低1%扣3分"),
            ("客户", "三日回访率", "3日内回访台次÷交车台次×100%", 15, "100%", "每低1%扣1分"),
        ]),
        ("机修技师", [
            ("财务", "月度工时产值", "当月结算工时金额", 30, "≥3.5万元", "按达成比例得分"),
            ("内部流程", "一次修复率", "一次修复台次÷维修台次×100%", 30, "≥98%", "每低1%扣3分"),
            ("内部流程", "返修率", "返修台次÷维修台次×100%", 20, "≤1%", "每超0.5%扣5分"),
            ("内部流程", "工位5S达标率", "检查达标次数÷检查次数×100%", 10, "≥95%", "每低5%扣2分"),
            ("学习成长", "安全事故次数", "当月安全事故起数", 10, "0起", "发生即不得分"),
        ]),
        ("钣喷技师", [
            ("财务", "钣喷产值", "当月钣喷结算金额", 30, "≥4万元", "按达成比例得分"),
            ("内部流程", "漆面返工率", "返工台次÷喷漆台次×100%", 25, "≤2%", "每超1%扣5分"),
            ("内部流程", "材料损耗率", "超定额油漆辅料÷定额用量×100%", 20, "≤5%", "每超1%扣2分"),
            ("客户", "钣喷交车准时率", "按时交车台次÷交车台次×100%", 25, "≥95%", "每低1%扣1分"),
        ]),
        ("备件专员", [
            ("财务", "备件库存周转天数", "平均库存金额÷日均出库成本", 30, "≤45天", "每多5天扣3分"),
            ("客户", "备件满足率", "一次满足行数÷需求行数×100%", 30, "≥95%", "每低1%扣2分"),
            ("内部流程", "账实相符率", "盘点相符品项÷盘点品项×100%", 25, "100%", "每差1项扣1分"),
            ("内部流程", "呆滞库存占比", "超180天未动库存金额÷库存总额×100%", 15, "≤5%", "每超1%扣2分"),
        ]),
    ],
}
CR_DEPT = [
    ("客户", "投诉处理及时率", "24小时内响应投诉数÷投诉总数×100%", 25, "100%"),
    ("客户", "投诉办结满意率", "满意结案数÷结案总数×100%", 25, "≥90%"),
    ("内部流程", "回访完成率", "完成回访数÷应回访数×100%", 20, "100%"),
    ("客户", "保有客户流失率", "12个月未回厂客户数÷保有客户数×100%", 15, "≤15%"),
    ("学习成长", "会员活动参与率", "参加活动会员数÷邀约会员数×100%", 15, "≥20%"),
]


def d03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填表说明"
    ws["A1"] = "华骏汽车集团2024年岗位KPI指标库"
    ws["A3"] = "1. 各岗位指标按平衡计分卡四个维度（财务、客户、内部流程、学习成长）设置，权重合计100分。"
    ws["A4"] = "2. 考核周期：月度考核，季度汇总，年度评优取四个季度平均分。"
    ws["A5"] = "3. 客户关系部按部门整体考核，见“客户关系部”工作表；钣喷技师同时适用《钣喷车间岗位职责》中的安全规定。"
    ws["A6"] = "4. “2023版”工作表已停用，仅供对比。"
    for sheet, blocks in KPI.items():
        s = wb.create_sheet(sheet)
        s.merge_cells("A1:H1")
        s["A1"] = f"{sheet}岗位KPI指标库（2024）"
        s["A1"].font = Font(bold=True, size=14)
        hdr = ["适用岗位", "维度", "指标名称", "计算公式", "权重（分）", "目标值", "评分规则", "数据来源"]
        s.append([])
        s.append(hdr)  # row 3
        row = 4
        for post, inds in blocks:
            start = row
            for dim, name, formula, w, tgt, rule in inds:
                s.cell(row, 2, dim); s.cell(row, 3, name); s.cell(row, 4, formula)
                s.cell(row, 5, w); s.cell(row, 6, tgt); s.cell(row, 7, rule)
                s.cell(row, 8, "DMS系统" if dim != "客户" else "厂家调研/客服回访")
                row += 1
            s.cell(row, 3, "小计"); s.cell(row, 5, f"=SUM(E{start}:E{row - 1})")
            s.cell(start, 1, post)
            s.merge_cells(start_row=start, end_row=row, start_column=1, end_column=1)
            s.cell(start, 1).alignment = Alignment(vertical="center")
            row += 2
        if sheet == "销售部":
            s["C4"].comment = Comment("开票以DMS系统开票日期为准，退订车辆不计入。", "HR")
    s = wb.create_sheet("客户关系部")
    s.merge_cells("A1:F1")
    s["A1"] = "客户关系部部门KPI（部门整体考核，部门负责人：客服主管）"
    s.append([])
    s.append(["维度", "指标名称", "计算公式", "权重（分）", "目标值", "考核周期"])
    for dim, name, f, w, t in CR_DEPT:
        s.append([dim, name, f, w, t, "月度"])
    s.append(["", "合计", "", "=SUM(D4:D8)", "", ""])
    s = wb.create_sheet("2023版（已停用）")
    s["A1"] = "2023年销售顾问考核指标（已停用）"
    s.append(["指标名称", "权重", "目标值"])
    for r in [("月度新车销量", "40%", "≥6台"), ("客户满意度", "30%", "≥90分"), ("出勤率", "30%", "100%")]:
        s.append(list(r))
    wb.save(OUT / "HJ03_岗位KPI指标库2024.xlsx")
    GT["HJ03_岗位KPI指标库2024.xlsx"] = {
        "layout": "one sheet per department; post name in column A merged down its block (incl. 小计 row with =SUM, no cached "
                  "value); weights in 分; BSC 维度 column; cell comment; 客户关系部 department sheet; void 2023 sheet",
        "kpi": KPI, "客户关系部": CR_DEPT, "void_2023": "销售顾问 月度新车销量 40% ≥6台; 客户满意度 30%; 出勤率 30%",
    }


# ----------------------------------------------------------------------------- d04 xlsx staffing & pay
STAFF = [
    # post, dept, boss, 滨江, 城北, shift code, edu
    ("销售顾问", "销售部", "展厅经理", 6, 6, "A/B", "大专"),
    ("展厅经理", "销售部", "销售总监", 1, 1, "C", "本科"),
    ("网销专员", "销售部", "展厅经理", 2, 1, "C", "大专"),
    ("服务顾问", "售后服务部", "前台主管", 4, 4, "D", "大专"),
    ("机修技师", "售后服务部", "车间主管", 10, 8, "D", "中专"),
    ("钣喷技师", "售后服务部", "钣喷车间主管", 0, 6, "D", "中专"),
    ("备件专员", "售后服务部", "备件主管", 2, 1, "C", "中专"),
    ("客服专员", "客户关系部", "客服主管", 3, 2, "E", "大专"),
]
PAY = [
    ("销售顾问", "S1-S3", 3500, "单车提成+精品及金融返点", "6000—15000"),
    ("网销专员", "S1-S2", 4000, "线索转化奖励", "5000—8000"),
    ("服务顾问", "F1-F3", 3000, "维修产值提成", "5000—9000"),
    ("机修技师", "T1-T3（初级/中级/高级）", 2800, "按工时计酬", "初级4500—6000；中级6000—9000；高级9000—13000"),
    ("钣喷技师", "T1-T3", 3000, "按钣喷产值计件", "7000—12000"),
    ("备件专员", "F1-F2", 4500, "月度绩效奖金", "4500—6000"),
    ("客服专员", "K1-K2", 4000, "回访及满意度奖金", "4000—5500"),
]
SHIFT = [("A", "早班", "8:30—17:30"), ("B", "晚班", "12:00—21:00"), ("C", "常白班", "9:00—18:00"),
         ("D", "车间白班", "8:00—17:30"), ("E", "客服两班倒", "8:00—16:00 / 13:00—21:00")]


def d04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws.merge_cells("A1:H1"); ws["A1"] = "2024年各店岗位编制表"
    ws.merge_cells("A2:A3"); ws["A2"] = "岗位"
    ws.merge_cells("B2:B3"); ws["B2"] = "部门"
    ws.merge_cells("C2:C3"); ws["C2"] = "直接上级"
    ws.merge_cells("D2:F2"); ws["D2"] = "编制（人）"
    ws["D3"], ws["E3"], ws["F3"] = "滨江店", "城北店", "合计"
    ws.merge_cells("G2:G3"); ws["G2"] = "班次代码"
    ws.merge_cells("H2:H3"); ws["H2"] = "最低学历"
    for i, (p, d, b, x, y, sc, e) in enumerate(STAFF, 4):
        ws.cell(i, 1, p); ws.cell(i, 2, d); ws.cell(i, 3, b); ws.cell(i, 4, x); ws.cell(i, 5, y)
        ws.cell(i, 6, f"=D{i}+E{i}"); ws.cell(i, 7, sc); ws.cell(i, 8, e)
    ws.freeze_panes = "B4"
    s = wb.create_sheet("薪酬标准")
    s.merge_cells("A1:E1"); s["A1"] = "岗位薪酬标准（税前，元/月）"
    s.append(["岗位", "职级", "底薪", "浮动部分", "综合月薪参考"])
    for r in PAY:
        s.append(list(r))
    s = wb.create_sheet("班次代码")
    s.append(["代码", "班次", "时间"])
    for r in SHIFT:
        s.append(list(r))
    s.append([])
    s.append(["注：A/B表示早晚班轮换，每周休息一天。"])
    wb.save(OUT / "HJ04_岗位编制与薪酬标准.xlsx")
    GT["HJ04_岗位编制与薪酬标准.xlsx"] = {
        "layout": "编制 sheet with two-row grouped header (编制（人） over 滨江店/城北店/合计 formula), freeze panes; 薪酬标准 sheet; "
                  "班次代码 legend sheet; 网销专员 named only (no duties anywhere)",
        "staff": STAFF, "pay": PAY, "shift": SHIFT,
    }


# ----------------------------------------------------------------------------- d05 csv
def d05():
    rows = [
        ["需求编号", "门店", "岗位名称", "所属部门", "需求人数", "学历要求", "工作经验", "岗位职责", "任职要求", "薪资范围", "需求状态"],
        ["ZP2024-011", "城北店", "客服专员", "客户关系部", "2", "大专及以上", "1年以上客服经验",
         "1.负责售后客户回访，记录满意度\n2.受理客户投诉并在24小时内响应，跟踪处理结果\n3.维护客户档案，组织会员活动邀约\n4.提醒客户首保及定期保养",
         "1.普通话标准，打字每分钟50字以上\n2.有汽车行业呼叫中心经验者优先\n3.能接受两班倒", "4000-5500元/月", "招聘中"],
        ["ZP2024-014", "滨江店", "机修技师", "售后服务部", "2", "中专及以上", "3年以上",
         "见《售后服务部工作手册》2.2", "持汽车维修工中级及以上证书；有新能源车维修经验优先", "6000-9000元/月", "招聘中"],
        ["ZP2024-015", "城北店", "钣喷技师", "售后服务部", "1", "中专及以上", "2年以上",
         "见《钣喷车间岗位职责》", "持涂装或钣金中级证书", "7000-12000元/月", "招聘中"],
        ["ZP2024-020", "滨江店", "销售顾问", "销售部", "3", "大专及以上", "不限",
         "见岗位说明书XS-02", "应届生可，有驾照", "6000-15000元/月", "招聘中"],
        ["ZP2023-031", "滨江店", "服务顾问", "售后服务部", "1", "大专及以上", "1年以上",
         "接待维修客户", "有机修经验", "4500-7000元/月", "已关闭（2023年12月招满）"],
        ["ZP2024-022", "城北店", "储备店长", "总经办", "1", "本科及以上", "", "待定", "面谈", "面议", "需求审批中"],
    ]
    with open(OUT / "HJ05_2024年招聘需求汇总.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    GT["HJ05_2024年招聘需求汇总.csv"] = {
        "layout": "requisition export; multi-line quoted duty cells; cross-references instead of duties; a closed 2023 row; "
                  "储备店长 with 待定 duties (named only)", "rows": rows}


# ----------------------------------------------------------------------------- d06 html
JOBS_HTML = [
    ("二手车评估师", [("所属门店", "城北店"), ("工作地点", "杭州市拱墅区（城北店二手车展区）"), ("学历", "高中或中专及以上"),
                 ("经验", "3年以上"), ("薪资", "6-10K+提成"), ("证书", "二手车鉴定评估师证")],
     ["车辆检测评估、出具评估报告", "给出收购报价并完成收车", "办理过户及转籍手续"],
     ["熟悉车辆结构和常见故障", "能识别事故车、泡水车", "有4S店置换业务经验优先"]),
    ("服务顾问", [("所属门店", "滨江店/城北店"), ("工作地点", "杭州市滨江区、拱墅区"), ("学历", "大专"),
               ("经验", "2年以上"), ("薪资", "5-9K"), ("班次", "常白班")],
     ["接待维修保养客户，环车检查并开具任务委托书", "向客户说明维修项目、费用和交车时间", "跟踪维修进度，交车结算后回访"],
     ["有4S店前台接待或机修经验", "持C1驾照", "熟悉DMS系统者优先"]),
    ("备件专员", [("所属门店", "滨江店"), ("工作地点", "杭州市滨江区"), ("学历", "中专"), ("经验", "1年以上"),
               ("薪资", "4.5-6K"), ("班次", "常白班")],
     ["备件订货、入库、出库及盘点", "跟踪紧急订货和索赔件", "呆滞库存分析"],
     ["仓库管理经验1年以上", "熟练使用Excel"]),
]


def d06():
    parts = ["<!DOCTYPE html>", "<html lang=\"zh-CN\">", "<head><meta charset=\"utf-8\"><title>加入华骏 - 华骏汽车集团</title>",
             "<style>.row{display:flex}.k{width:6em;color:#888}.v{flex:1}</style></head>", "<body>",
             "<nav><a href=\"/\">首页</a> | <a href=\"/cars\">在售车型</a> | <a href=\"/service\">预约保养</a> | 加入华骏</nav>",
             "<h1>加入华骏 · 社会招聘</h1>",
             "<p>华骏汽车集团旗下滨江店、城北店长期招聘以下岗位，简历请投递 hr@huajun-auto.example。</p>"]
    for title, facts, duties, reqs in JOBS_HTML:
        parts.append("<div class=\"job\">")
        parts.append(f"  <div class=\"job-title\">{title}</div>")
        for k, v in facts:
            parts.append(f"  <div class=\"row\"><div class=\"k\">{k}</div><div class=\"v\">{v}</div></div>")
        parts.append("  <div class=\"sub\">工作内容</div>")
        parts.append("  <ol>")
        for d in duties:
            parts.append(f"    <li>{d}</li>")
        parts.append("  </ol>")
        parts.append("  <div class=\"sub\">我们希望你</div>")
        parts.append("  <ul>")
        for r in reqs:
            parts.append(f"    <li>{r}</li>")
        parts.append("  </ul>")
        parts.append("</div>")
    parts.append("<div class=\"job\">")
    parts.append("  <div class=\"job-title\">储备店长</div>")
    parts.append("  <div class=\"row\"><div class=\"k\">说明</div><div class=\"v\">岗位详情面谈</div></div>")
    parts.append("</div>")
    parts.append("<footer>© 2024 华骏汽车集团　浙ICP备000000号</footer>")
    parts.append("</body></html>")
    (OUT / "HJ06_加入华骏.html").write_text("\n".join(parts) + "\n", encoding="utf-8")
    GT["HJ06_加入华骏.html"] = {
        "layout": "careers page of <div class=job> cards: title in <div class=job-title>, facts as flex label/value <div> pairs, "
                  "工作内容 <ol> and 我们希望你 <ul> under plain <div class=sub> captions; 储备店长 card with no details",
        "jobs": JOBS_HTML}


# ----------------------------------------------------------------------------- d07 pdf
CS_DUTIES = [
    "执行售后及销售回访，维修交车后3日内完成电话回访并记录满意度；",
    "受理客户来电、来访投诉，24小时内响应并分派责任部门；",
    "跟踪投诉处理进度，办结后回访确认客户满意；",
    "维护客户档案，提醒客户首保、定期保养和保险到期；",
    "协助组织车主俱乐部及会员活动。",
]
CSM_DUTIES = [
    "制定客户关系部工作计划和回访话术标准；",
    "审核重大投诉处理方案，必要时上报总经理；",
    "每月分析客户满意度数据，向销售部和售后服务部提出改进建议；",
    "负责客服专员的排班、培训和考核。",
]


def d07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer, PageBreak
    from reportlab.lib import colors

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("n", fontName="WQY", fontSize=10, leading=15)
    h = ParagraphStyle("h", fontName="WQY", fontSize=15, leading=22)
    h2 = ParagraphStyle("h2", fontName="WQY", fontSize=12, leading=18)

    def on_page(c, d):
        c.setFont("WQY", 8)
        c.drawString(40, 815, "华骏汽车集团　客户关系部　HJ-KF-2024")
        c.drawString(270, 20, f"- {d.page} -")

    story = [Paragraph("客户关系部岗位说明书", h), Spacer(1, 6)]

    def post(name, facts, duties, qual):
        story.append(Paragraph(name, h2))
        data = [[facts[i][0], facts[i][1], facts[i + 1][0], facts[i + 1][1]] for i in range(0, len(facts), 2)]
        t = Table(data, colWidths=[60, 150, 60, 150])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                               ("BACKGROUND", (2, 0), (2, -1), colors.whitesmoke)]))
        story.append(t)
        story.append(Spacer(1, 4))
        story.append(Paragraph("工作职责：", st))
        for i, d in enumerate(duties, 1):
            story.append(Paragraph(f"{i}. {d}", st))
        story.append(Paragraph("任职资格：" + qual, st))
        story.append(Spacer(1, 10))

    post("客服专员", [("部门", "客户关系部"), ("上级", "客服主管"), ("编制", "5人"), ("班次", "两班倒"),
                   ("地点", "城北店客服中心"), ("学历", "大专及以上")], CS_DUTIES,
         "大专及以上学历，专业不限；1年以上客服或电话销售经验；普通话二级乙等及以上；熟练使用办公软件。")
    post("客服主管", [("部门", "客户关系部"), ("上级", "总经理"), ("下属", "客服专员"), ("班次", "常白班"),
                   ("地点", "城北店客服中心"), ("学历", "本科及以上")], CSM_DUTIES,
         "本科及以上学历；3年以上汽车行业客户服务经验，其中1年以上主管经验；熟悉厂家CSI/SSI评价体系。")
    story.append(PageBreak())
    story.append(Paragraph("附：客服专员月度考核指标", h2))
    kd = [["指标", "权重", "目标值"], ["回访完成率", "30%", "100%"], ["投诉24小时响应率", "30%", "100%"],
          ["回访录音抽检合格率", "20%", "≥95%"], ["保养提醒到店率", "20%", "≥35%"]]
    t = Table(kd, colWidths=[160, 60, 80])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "WQY"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(t)
    SimpleDocTemplate(str(OUT / "HJ07_客户关系部岗位说明书.pdf"), pagesize=A4, topMargin=50).build(
        story, onFirstPage=on_page, onLaterPages=on_page)
    GT["HJ07_客户关系部岗位说明书.pdf"] = {
        "layout": "reportlab PDF: running header; per post a 4-col label/value grid (two facts per row), numbered duties, "
                  "one 任职资格 paragraph; KPI table on page 2",
        "客服专员": {"boss": "客服主管", "headcount": "5人", "shift": "两班倒", "location": "城北店客服中心", "edu": "大专及以上",
                 "duties": CS_DUTIES, "qual": "大专；1年客服或电话销售；普通话二级乙等；办公软件"},
        "客服主管": {"boss": "总经理", "subs": "客服专员", "duties": CSM_DUTIES, "qual": "本科；3年汽车客服其中1年主管；CSI/SSI"},
        "kpi_客服专员": kd}


# ----------------------------------------------------------------------------- d08 md
MD = """---
title: 新员工入职问答
owner: 人力资源部
updated: 2024-04-10
---

# 华骏汽车 新员工入职问答

> 本问答面向新入职员工，制度以集团正式文件为准。

## 一、通用问题

**Q1：试用期多长？**
A：试用期一般为3个月，表现优秀可申请提前转正[^1]。

**Q2：工装怎么领？**
A：入职当天到行政部领取两套工装，销售部为西装，售后服务部为连体工作服。

## 二、交付专员

**Q3：交付专员是做什么的？**
A：交付专员属于销售部，向展厅经理汇报[^2]，主要工作有：

- 交车前按PDI检查表完成新车检查和车辆清洁；
- 准备随车文件（合格证、发票、保险单、说明书）并与客户逐项核对；
- 在交车区举办交车仪式，讲解车辆功能和首保政策；
- 交车后7天内完成首次关怀回访并录入DCC系统。

**Q4：做交付专员需要什么条件？**
A：大专以上学历，有C1驾照，形象气质佳，有销售或服务行业经验优先。

## 三、售后技术岗位

**Q5：我是机修学徒，多久能转初级技师？**
A：学徒期满6个月并通过车间技能考核即可申请转为初级技师，转正后按T1职级发薪。

**Q6：展厅接待岗位有岗位说明书吗？**
A：展厅接待岗位说明书正在编写中，暂未发布。

[^1]: 提前转正须经部门负责人和人力资源部审批。
[^2]: 交付专员人数较少，两店共设2人，节假日交车高峰可由销售顾问协助。
"""


def d08():
    (OUT / "HJ08_新员工入职问答.md").write_text(MD, encoding="utf-8")
    GT["HJ08_新员工入职问答.md"] = {
        "layout": "Markdown FAQ with YAML front matter, **Q:**/A: pairs, footnotes carrying facts ([^2] headcount), 交付专员 "
                  "duties as a bullet list under a question; 展厅接待 named only (说明书正在编写中)",
        "交付专员": {"dept": "销售部", "boss": "展厅经理", "headcount": "两店共2人", "qual": "大专；C1；形象；销售或服务经验优先"}}


# ----------------------------------------------------------------------------- d09 GBK txt
GBK_TXT = """华骏汽车集团考勤与排班管理规定
（2024年1月1日起施行　人力资源部）

第一条　为规范各店员工考勤与排班，制定本规定。

第二条　班次设置
　　1．销售部销售顾问实行早晚班轮换：早班8:30—17:30，晚班12:00—21:00，每周休息一天，周六、周日原则上不安排休息。
　　2．售后服务部服务顾问、机修技师、钣喷技师实行车间白班8:00—17:30，每周轮休一天。
　　3．客服专员实行两班倒：早班8:00—16:00，晚班13:00—21:00。
　　4．备件专员、金融保险专员及各部门管理人员实行常白班9:00—18:00。

第三条　考勤方式
　　员工上下班须使用钉钉打卡，外出试驾、救援、上门取送车须在钉钉提交外勤申请。

第四条　迟到早退
　　每月迟到或早退累计3次以内的，每次扣款50元；超过3次的，按旷工半天处理。

第五条　加班
　　因节假日车展、夜间救援等安排加班的，优先安排调休；不能调休的，按国家规定支付加班工资。

第六条　本规定由人力资源部负责解释。
"""


def d09():
    (OUT / "HJ09_考勤与排班管理规定.txt").write_bytes(GBK_TXT.replace("\n", "\r\n").encode("gbk"))
    GT["HJ09_考勤与排班管理规定.txt"] = {"layout": "GBK + CRLF policy of 第N条 articles with full-width-indented 1．2．items",
                                     "text": GBK_TXT}


# ----------------------------------------------------------------------------- d10 UTF-16 txt
U16 = """钣喷车间岗位职责
城北店钣喷中心　2024年修订

========================================
钣喷技师（含钣金、喷漆两个工种）
========================================
汇报对象：钣喷车间主管
工作地点：城北店钣喷中心
学历要求：中专及以上
从业经验：2年以上钣金或喷漆工作经验
资格证书：汽车维修工（钣金或涂装方向）中级及以上证书

职责：
  一）按定损单对事故车进行钣金整形、切割焊接和部件更换；
  二）完成底漆、中涂、面漆施工及抛光，保证漆面无色差、无流挂；
  三）使用电脑调漆系统调色，并做好调漆记录；
  四）严格执行喷漆房操作规程，规范穿戴防毒面具等防护用品；
  五）按规定分类存放和处置废漆、稀释剂等危险废物；
  六）配合服务顾问确认增项损伤，按时完成交车。

========================================
钣喷车间主管
========================================
汇报对象：售后服务经理
职责：
  一）制定钣喷车间生产计划，分派维修任务；
  二）对钣喷质量进行终检；
  三）负责车间安全环保管理和油漆材料成本控制。
任职资格：略
"""


def d10():
    (OUT / "HJ10_钣喷车间岗位职责.txt").write_text(U16, encoding="utf-16")
    GT["HJ10_钣喷车间岗位职责.txt"] = {"layout": "UTF-16 (BOM) text; posts between ==== rules; 标签：值 facts; duties 一）二）; "
                                              "钣喷车间主管 任职资格：略", "text": U16}


if __name__ == "__main__":
    for f in (d01, d02, d03, d04, d05, d06, d07, d08, d09, d10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
