"""Round 66 blind trial: 远驰汽车集团 (car dealership group, 4S stores) HR documents.

Run: T66_OUT=/tmp/t66auto/corpus /tmp/genv/bin/python gen.py
Writes 10 files; truth.json (ground truth per document) is written next to this script.
"""
import copy
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Border, Side

OUT = Path(os.environ.get("T66_OUT", "/tmp/t66auto/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
TRUTH = {}


# ----------------------------------------------------------------------------- docx helpers
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def add_field(par, instr):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin"); r._r.append(f1)
    r2 = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r2._r.append(it)
    r3 = par.add_run()
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate"); r3._r.append(f2)
    par.add_run("1")
    r5 = par.add_run()
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end"); r5._r.append(f3)


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    fp = sec.footer.paragraphs[0]
    fp.add_run(foot + "　第 ")
    add_field(fp, "PAGE")
    fp.add_run(" 页")


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), color)))


def tracked_change(par, before, deleted, inserted, after, author="人力资源部 王芳", date="2025-03-02T10:00:00Z"):
    """Paragraph text: before + <del>deleted</del><ins>inserted</ins> + after (a real Word revision)."""
    par.add_run(before)
    d = parse_xml(
        '<w:del %s w:id="901" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), author, date, deleted))
    par._p.append(d)
    i = parse_xml(
        '<w:ins %s w:id="902" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), author, date, inserted))
    par._p.append(i)
    par.add_run(after)


# ----------------------------------------------------------------------------- A01 售后服务部岗位说明书 (docx)
SH_POSTS = [
    dict(name="服务顾问", code="SH-02", dept="售后服务部", boss="售后经理", sub="无", staff="每店6人",
         loc="各门店售后接待区", shift="早班/晚班轮换",
         purpose="作为售后客户的第一接待人，保障车辆维修保养过程顺畅、客户满意。",
         duties=[("接待进厂客户，进行环车检查并记录车辆外观、内饰及随车物品", "每车次"),
                 ("根据客户描述和检查结果开具维修委托书，估算维修费用和交车时间", "每车次"),
                 ("跟踪车间维修进度，维修增项须先征得客户同意", "每日"),
                 ("交车前核对维修项目和结算单，向客户解释费用明细", "每车次"),
                 ("维修后3日内进行电话回访，处理客户抱怨", "每周"),
                 ("推荐保养套餐、延保和精品附件，完成个人产值目标", "每月")],
         qual=["学历：大专及以上", "专业：汽车运用与维修、市场营销等相关专业", "经验：1年以上汽车售后接待经验",
               "证书：C1驾驶证", "技能：熟练使用DMS系统，沟通表达能力强"],
         pay="4500-6000元/月+产值提成"),
    dict(name="机电技师", code="SH-05", dept="售后服务部", boss="车间主管", sub="学徒工", staff="每店8人",
         loc="售后维修车间", shift="常白班",
         purpose="按标准工时完成车辆机电维修与保养，保证一次修复率。",
         duties=[("按维修委托书完成车辆定期保养作业", "每日"),
                 ("使用诊断仪对发动机、变速箱、底盘及电气故障进行诊断和维修", "每日"),
                 ("完成新车PDI检测", "按需"),
                 ("配合服务顾问向客户说明故障原因和维修方案", "按需"),
                 ("规范填写维修工单，记录更换的零件", "每车次"),
                 ("带教学徒工，执行车间5S管理", "每周")],
         qual=["学历：中专/技校及以上", "专业：汽车维修、汽车电子等相关专业", "EXP",
               "证书：汽车维修工中级及以上职业资格证书、C1驾驶证",
               "技能：熟悉新能源汽车高压系统者优先（需持低压电工作业证）"],
         pay="5000-9000元/月（按工时结算）"),
    dict(name="钣喷技师", code="SH-06", dept="售后服务部", boss="车间主管", sub="无", staff="每店4人",
         loc="钣喷车间", shift="常白班",
         purpose="完成事故车钣金修复和喷漆作业，保证漆面质量。",
         duties=[("完成事故车拆装、钣金整形及车身校正", "每日"),
                 ("负责打磨、中涂、调漆、喷漆及抛光作业", "每日"),
                 ("使用电脑调漆系统进行色差比对", "每车次"),
                 ("按规定佩戴防护用品，管理喷烤漆房及油漆等危化品", "每日"),
                 ("配合保险公司定损员确认损伤项目", "按需")],
         qual=["学历：初中及以上", "经验：3年以上钣金或喷漆工作经验",
               "证书：汽车维修工（钣金/涂装）职业资格证书", "其他：无色盲色弱，能适应粉尘环境作业"],
         pay="6000-10000元/月（计件）"),
    dict(name="配件专员", code="SH-08", dept="售后服务部", boss="售后经理", sub="无", staff="每店2人",
         loc="配件仓库", shift="常白班",
         purpose="保障维修用件及时供应，合理控制配件库存。",
         duties=[("根据库存和维修需求制定订货计划，向厂家提交订单", "每周"),
                 ("负责配件入库验收、上架和出库发放", "每日"),
                 ("每月组织库存盘点，处理呆滞件", "每月"),
                 ("管理索赔旧件，按厂家要求回运", "每月"),
                 ("维护DMS配件数据，保证账实相符", "每日")],
         qual=["学历：大专及以上", "专业：物流管理、汽车相关专业", "经验：1年以上汽车配件管理经验",
               "技能：熟练使用Excel和DMS系统"],
         pay="4000-5500元/月"),
    dict(name="售后经理", code="SH-01", dept="售后服务部", boss="总经理", sub="服务顾问、车间主管、配件专员、保险专员",
         staff="每店1人", loc="滨江旗舰店", shift="常白班",
         purpose="全面负责售后服务部经营管理，完成产值和客户满意度目标。",
         duties=[("制定售后服务部年度经营计划和产值目标，并分解到各班组", "每年"),
                 ("管理服务接待、维修车间、配件和续保业务，监控维修质量", "每日"),
                 ("处理重大客户投诉和疑难故障", "按需"),
                 ("组织员工技术培训和厂家认证", "每季度"),
                 ("负责厂家售后体系审核及CSI满意度提升", "每月")],
         qual=["学历：本科及以上", "专业：汽车工程、工商管理等相关专业",
               "经验：5年以上4S店售后工作经验，其中3年以上售后管理经验", "技能：熟悉厂家售后商务政策"],
         pay="15000-22000元/月+年度绩效奖金"),
]


def gen_a01():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, "远驰汽车集团　售后服务部岗位说明书　　文件编号：YC-HR-SH-003　版本：V3.0",
                  "受控文件　未经许可不得复制")
    doc.add_heading("售后服务部岗位说明书（2025版）", level=0)
    doc.add_paragraph("本说明书适用于集团下属滨江旗舰店、城东店、城西店三家4S店的售后服务部。"
                      "车间主管的岗位说明书另行发布。各岗位职责后的“频次”供排班和考核参考。")
    nums = "一二三四五六"
    comment_target = None
    for k, p in enumerate(SH_POSTS):
        doc.add_heading(f"{nums[k]}、{p['name']}", level=2)
        t = doc.add_table(rows=8, cols=4)
        t.style = "Table Grid"
        rows = [("岗位名称", p["name"], "岗位编号", p["code"]),
                ("所属部门", p["dept"], "直接上级", p["boss"]),
                ("直接下级", p["sub"], "定员", p["staff"]),
                ("工作地点", p["loc"], "班次", p["shift"])]
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i, j).text = v
                if j % 2 == 0:
                    shade(t.cell(i, j))
        labels = ["岗位目的", "岗位职责", "任职资格", "薪资范围"]
        for i, lab in enumerate(labels, start=4):
            t.cell(i, 0).text = lab
            shade(t.cell(i, 0))
            m = t.cell(i, 1).merge(t.cell(i, 3))
            if lab == "岗位目的":
                m.text = p["purpose"]
            elif lab == "薪资范围":
                m.text = p["pay"]
            elif lab == "岗位职责":
                m.text = ""
                nt = m.add_table(rows=1, cols=3)
                nt.style = "Table Grid"
                for j, h in enumerate(("序号", "工作内容", "频次")):
                    nt.cell(0, j).text = h
                for n, (d, f) in enumerate(p["duties"], 1):
                    c = nt.add_row().cells
                    c[0].text = str(n); c[1].text = d; c[2].text = f
                    if p["name"] == "配件专员" and n == 3:
                        comment_target = c[1].paragraphs[0].runs
            else:
                m.text = ""
                first = True
                for q in p["qual"]:
                    par = m.paragraphs[0] if first else m.add_paragraph()
                    first = False
                    if q == "EXP":
                        tracked_change(par, "经验：", "3年", "2年", "以上汽车机电维修经验")
                    else:
                        par.add_run(q)
        doc.add_paragraph()
    if comment_target:
        doc.add_comment(comment_target, text="呆滞件的认定标准（库龄）待财务部确认后补充。", author="人力资源部 王芳",
                        initials="WF")
    doc.add_heading("修订记录", level=2)
    rt = doc.add_table(rows=1, cols=3)
    rt.style = "Table Grid"
    for j, h in enumerate(("版本", "日期", "修订内容")):
        rt.cell(0, j).text = h
    for r in [("V2.0", "2023-06-01", "新增配件专员岗位说明"),
              ("V3.0", "2025-03-02", "机电技师经验要求由3年调整为2年；售后经理下级增加保险专员")]:
        c = rt.add_row().cells
        for j, v in enumerate(r):
            c[j].text = v
    doc.save(OUT / "A01_售后服务部岗位说明书_2025版.docx")
    TRUTH["A01_售后服务部岗位说明书_2025版.docx"] = {
        "layout": "one 4-col form table per post under a heading; 岗位职责 cell holds a nested table 序号|工作内容|频次; "
                  "header/footer with doc number and PAGE field; real tracked change (del 3年 / ins 2年) in 机电技师 经验; "
                  "a Word comment on 配件专员 duty 3; 修订记录 table; 车间主管 only named",
        "posts": {p["name"]: {k: v for k, v in p.items() if k != "qual"} | {
            "qual": [q if q != "EXP" else "经验：2年以上汽车机电维修经验（修订：原3年）" for q in p["qual"]]} for p in SH_POSTS},
        "named_only": ["车间主管", "学徒工"],
    }


# ----------------------------------------------------------------------------- A02 销售部岗位手册 (docx, prose + text boxes)
def add_textbox(par, lines, width_pt=190, height_pt=120):
    """A floating VML text box anchored in `par` holding `lines`."""
    inner = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ln for ln in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb%d" o:spid="_x0000_s10%d" type="#_x0000_t202" '
        'style="position:absolute;margin-left:300pt;margin-top:0;width:%dpt;height:%dpt;z-index:1" '
        'strokecolor="#7f7f7f"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
        % (nsdecls("w"), len(lines[1]) * 7 + len(lines), len(lines[2]), width_pt, height_pt, inner))
    par._p.append(parse_xml(xml))


def gen_a02():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, "远驰汽车集团·销售部", "内部资料　注意保密")
    doc.add_heading("销售部岗位手册", level=0)
    doc.add_paragraph("本手册介绍销售部（含客服中心）各岗位的工作内容与要求，供新员工入职和部门管理使用。"
                      "各岗位的月度考核指标见《KPI指标库》，不在本手册重复。")

    doc.add_heading("销售顾问", level=1)
    doc.add_paragraph("销售顾问隶属销售部，在展厅经理的带领下开展工作，常驻各门店展厅，是客户购车过程中的主要联系人。")
    doc.add_paragraph("销售顾问的主要工作包括：（1）接待到店及来电客户，了解客户购车需求；（2）介绍车型配置和竞品差异，"
                      "安排并陪同客户试乘试驾；（3）跟进意向客户，在DCC/CRM系统中录入并维护客户信息；（4）办理签约、收款、"
                      "上牌等手续，完成交车仪式；（5）向客户推介精品、汽车金融和保险产品；（6）完成个人月度销量目标。")
    doc.add_paragraph("应聘销售顾问需具备大专及以上学历，专业不限，有汽车或其他耐用消费品销售经验者优先；须持有C1及以上驾驶证且"
                      "驾龄1年以上；形象气质佳，普通话标准。")

    doc.add_heading("展厅经理", level=1)
    p = doc.add_paragraph("展厅经理是门店展厅的负责人，对展厅的销量、毛利和客户满意度负责。")
    add_textbox(p, ["【岗位速览】", "直接上级：销售总监", "直接下级：销售顾问、精品专员", "工作地点：所在门店展厅",
                    "薪资：10000-15000元/月+季度奖金"])
    doc.add_paragraph("主要职责：")
    for d in ["制定展厅月度销售目标并分解到每位销售顾问；",
              "负责展厅日常管理，主持晨会、夕会，落实展厅5S；",
              "在授权范围内审核销售价格和优惠方案；",
              "管理客户来店登记和试驾车辆的使用；",
              "组织销售顾问的产品培训和业绩考核。"]:
        doc.add_paragraph(d, style="List Number")

    doc.add_heading("精品专员", level=1)
    doc.add_paragraph("精品专员负责汽车精品（脚垫、贴膜、行车记录仪、座套等）的销售与加装管理，向展厅经理汇报，工作地点在展厅精品区。"
                      "具体工作有：制定精品套餐并定价报批；向新车客户推荐精品并开具加装单；安排加装施工并验收质量；管理精品库存，每月盘点。"
                      "任职要求为中专及以上学历，1年以上汽车用品销售或加装经验。")

    doc.add_heading("衍生业务专员", level=1)
    p = doc.add_paragraph("衍生业务专员负责新车销售中的金融、保险、延保等衍生业务，提升单车收益。")
    add_textbox(p, ["【岗位速览】", "直接上级：销售总监", "学历：大专及以上", "证书：银行从业资格证优先",
                    "薪资：5000元/月+衍生业务提成"])
    doc.add_paragraph("主要职责：")
    for d in ["为购车客户设计汽车金融（贷款）方案，办理按揭手续；",
              "推介新车保险、延保和置换业务；",
              "对接银行及汽车金融公司，跟进审批与放款；",
              "统计衍生业务渗透率，按月报销售总监。"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("客户关系专员", level=1)
    doc.add_paragraph("客户关系专员隶属客服中心，直接上级为客服经理，工作地点为滨江旗舰店客服中心。")
    doc.add_paragraph("岗位职责：负责销售和售后客户的满意度回访；受理和登记客户投诉，跟踪处理结果直至结案；维护客户档案，"
                      "组织车主俱乐部活动；配合完成厂家的CSI/SSI满意度调研。")
    doc.add_paragraph("任职资格：大专及以上学历，市场营销或相关专业；1年以上客服或电话回访工作经验；普通话二级乙等及以上。")

    doc.add_heading("其他说明", level=1)
    doc.add_paragraph("各店另设试驾专员岗位，其岗位说明书尚在编制中。")
    doc.save(OUT / "A02_销售部岗位手册.docx")
    TRUTH["A02_销售部岗位手册.docx"] = {
        "layout": "prose under Heading 1 per post; facts of 展厅经理 and 衍生业务专员 sit only in floating VML text boxes "
                  "(岗位速览); duties as (1)…(6) inside one sentence, or List Number / List Bullet paragraphs",
        "posts": {
            "销售顾问": "上级 展厅经理; 部门 销售部; 地点 各门店展厅; 职责 (1)-(6); 大专及以上, 专业不限, C1驾龄1年以上, 普通话",
            "展厅经理": "textbox: 上级 销售总监; 下属 销售顾问、精品专员; 地点 所在门店展厅; 薪资 10000-15000+季度奖金; 5 duties",
            "精品专员": "向展厅经理汇报 (superseded by A09: 售后经理/售后服务部); 4 duties; 中专, 1年用品销售或加装经验",
            "衍生业务专员": "textbox: 上级 销售总监; 大专; 银行从业资格证优先; 5000+提成; 4 duties",
            "客户关系专员": "客服中心; 上级 客服经理; 滨江旗舰店客服中心; 4 duties; 大专, 市场营销, 1年客服, 普通话二乙",
        },
        "named_only": ["试驾专员"],
    }


# ----------------------------------------------------------------------------- A03 KPI指标库 (xlsx)
THIN = Side(style="thin", color="999999")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HFILL = PatternFill("solid", fgColor="DDEBF7")

DICT = [
    ("S01", "新车销售台数", "当月完成交车的新车台数", "当月交车台数合计", "DMS"),
    ("S02", "线索转化率", "到店及来电线索中成交的比例", "成交客户数÷有效线索数×100%", "CRM"),
    ("S03", "精品销售额", "随新车销售的精品金额", "精品开单金额合计", "精品系统"),
    ("S04", "衍生业务渗透率", "办理金融、保险或延保的新车占比", "办理衍生业务台数÷新车交车台数×100%", "DMS"),
    ("S05", "客户满意度(SSI)", "厂家销售满意度调研得分", "厂家SSI调研报告得分", "厂家报告"),
    ("S06", "展厅销量达成率", "展厅实际销量与目标之比", "实际销量÷目标销量×100%", "DMS"),
    ("S07", "毛利达成率", "展厅新车毛利与目标之比", "实际毛利÷目标毛利×100%", "财务报表"),
    ("S08", "人员流失率", "销售顾问离职比例", "当期离职人数÷平均在岗人数×100%", "人事台账"),
    ("A01", "售后产值", "维修工时费与配件收入之和", "工时收入+配件收入", "DMS"),
    ("A02", "客户满意度(CSI)", "厂家售后满意度调研得分", "厂家CSI调研报告得分", "厂家报告"),
    ("A03", "客户回访率", "维修后3日内完成回访的比例", "完成回访台次÷交车台次×100%", "CRM"),
    ("A04", "进厂台次", "当月进厂维修保养的车辆台次", "维修委托书数量", "DMS"),
    ("A05", "保养套餐销售额", "服务顾问售出保养套餐金额", "套餐开单金额合计", "DMS"),
    ("A06", "一次修复率", "首次维修即修复的比例", "首次修复成功台次÷维修总台次×100%", "DMS"),
    ("A07", "客户流失率", "12个月未回厂的保有客户比例", "流失客户数÷保有客户数×100%", "DMS"),
    ("A08", "员工培训完成率", "完成年度培训计划的比例", "完成培训人次÷计划培训人次×100%", "培训台账"),
    ("P01", "配件库存周转率", "配件库存周转的速度", "月出库成本÷月平均库存成本", "DMS"),
    ("P02", "配件供应及时率", "维修用件按时供应的比例", "及时供应单数÷需求单数×100%", "DMS"),
    ("P03", "呆滞件占比", "库龄超过12个月的配件金额占比", "呆滞件金额÷库存总金额×100%", "DMS"),
    ("P04", "盘点差异率", "盘点账实差异金额占比", "差异金额÷账面金额×100%", "盘点表"),
    ("C01", "回访完成率", "应回访客户中完成回访的比例", "完成回访数÷应回访数×100%", "CRM"),
    ("C02", "投诉处理及时率", "48小时内办结投诉的比例", "48小时内办结数÷投诉总数×100%", "CRM"),
    ("C03", "客户满意度", "回访中表示满意的客户比例", "满意客户数÷回访客户数×100%", "CRM"),
    ("C04", "客户信息准确率", "客户档案抽查准确的比例", "准确条数÷抽查条数×100%", "CRM"),
]
SALES_KPI = {
    "销售顾问": [("S01", 0.30, ("12台", "10台", "8台"), "每少1台扣3分"),
               ("S02", 0.20, ("15%", "12%", "12%"), "每低1个百分点扣2分"),
               ("S03", 0.15, ("3000元", "2500元", "2000元"), "按达成比例计分"),
               ("S04", 0.15, ("60%", "55%", "55%"), "每低1个百分点扣1分"),
               ("S05", 0.20, ("95分", "95分", "93分"), "低于目标每1分扣2分")],
    "展厅经理": [("S06", 0.35, ("100%", "100%", "100%"), "按达成比例计分"),
               ("S07", 0.20, ("100%", "100%", "100%"), "按达成比例计分"),
               ("S04", 0.15, ("60%", "55%", "55%"), "每低1个百分点扣1分"),
               ("S05", 0.15, ("95分", "95分", "93分"), "低于目标每1分扣2分"),
               ("S08", 0.15, ("≤10%", "≤10%", "≤12%"), "超出1个百分点扣2分")],
}
AS_KPI = {
    "服务顾问": [("A01", 0.30, ("40万元", "35万元", "30万元"), "按达成比例计分"),
               ("A02", 0.25, ("≥95分", "≥95分", "≥93分"), "低于目标每1分扣2分"),
               ("A03", 0.15, ("100%", "100%", "100%"), "每低1个百分点扣1分"),
               ("A04", 0.15, ("300台次", "250台次", "200台次"), "按达成比例计分"),
               ("A05", 0.15, ("2万元", "1.5万元", "1.2万元"), "按达成比例计分")],
    "售后经理": [("A01", 0.30, ("300万元", "250万元", "200万元"), "按达成比例计分"),
               ("A06", 0.20, ("≥98%", "≥98%", "≥98%"), "每降低1个百分点扣5分"),
               ("A02", 0.20, ("≥95分", "≥95分", "≥93分"), "低于目标每1分扣2分"),
               ("A07", 0.15, ("≤15%", "≤15%", "≤18%"), "超出1个百分点扣2分"),
               ("A08", 0.15, ("100%", "100%", "100%"), "未完成不得分")],
    "配件专员": [("P01", 0.30, ("≥1.5次/月", "≥1.5次/月", "≥1.2次/月"), "每低0.1次扣3分"),
               ("P02", 0.30, ("≥95%", "≥95%", "≥95%"), "每低1个百分点扣2分"),
               ("P03", 0.25, ("≤5%", "≤5%", "≤5%"), "超出1个百分点扣5分"),
               ("P04", 0.15, ("≤0.5%", "≤0.5%", "≤0.5%"), "超出即扣5分")],
}
CS_KPI = {
    "客户关系专员": [("C01", 0.30, ("100%", "100%", "100%"), "每低1个百分点扣1分"),
                 ("C02", 0.30, ("≥95%", "≥95%", "≥95%"), "每低1个百分点扣2分"),
                 ("C03", 0.20, ("≥90%", "≥90%", "≥90%"), "每低1个百分点扣1分"),
                 ("C04", 0.20, ("≥98%", "≥98%", "≥98%"), "每低1个百分点扣2分")],
}


def kpi_sheet(wb, title, dept, posts):
    ws = wb.create_sheet(title)
    names = {c: n for c, n, *_ in DICT}
    ws.merge_cells("A1:H1")
    ws["A1"] = f"{dept}岗位KPI（2025年度，月度考核）"
    ws["A1"].font = Font(bold=True, size=14)
    hdr = ["岗位", "指标编码", "指标名称", "权重", "目标值", None, None, "评分方法"]
    for j, h in enumerate(hdr, 1):
        if h:
            ws.cell(2, j, h)
    ws.merge_cells("E2:G2")
    for j, s in enumerate(("滨江旗舰店", "城东店", "城西店"), 5):
        ws.cell(3, j, s)
    for col in "ABCDH":
        ws.merge_cells(f"{col}2:{col}3")
    for r in (2, 3):
        for j in range(1, 9):
            ws.cell(r, j).fill = HFILL
            ws.cell(r, j).font = Font(bold=True)
            ws.cell(r, j).alignment = Alignment(horizontal="center", vertical="center")
    r = 4
    for post, rows in posts.items():
        start = r
        for code, w, tg, rule in rows:
            ws.cell(r, 2, code); ws.cell(r, 3, names[code])
            c = ws.cell(r, 4, w); c.number_format = "0%"
            for j, v in enumerate(tg, 5):
                ws.cell(r, j, v)
            ws.cell(r, 8, rule)
            r += 1
        ws.cell(start, 1, post)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
        ws.cell(r, 3, "权重合计")
        c = ws.cell(r, 4, f"=SUM(D{start}:D{r-1})"); c.number_format = "0%"
        r += 2
    for row in ws.iter_rows(min_row=2, max_row=r, max_col=8):
        for c in row:
            c.border = BOX
    for col, w in zip("ABCDEFGH", (12, 9, 18, 7, 12, 12, 12, 22)):
        ws.column_dimensions[col].width = w
    ws.freeze_panes = "A4"


def gen_a03():
    wb = Workbook()
    ws = wb.active
    ws.title = "填写说明"
    for i, t in enumerate(["远驰汽车集团KPI指标库（2025年度）",
                           "1. 各岗位指标、权重和三家门店的目标值见各部门工作表；指标定义和计算公式统一见“指标字典”。",
                           "2. 月度得分=∑(指标得分×权重)，满分100分。",
                           "3. 本库由人力资源部维护，钣喷技师、机电技师的考核见《售后服务部车间岗位绩效考核细则》。",
                           "4. 二手车中心各岗位的考核办法另行制定。"], 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 100
    wd = wb.create_sheet("指标字典")
    for j, h in enumerate(("指标编码", "指标名称", "定义", "计算公式", "数据来源"), 1):
        c = wd.cell(1, j, h); c.font = Font(bold=True); c.fill = HFILL
    for i, row in enumerate(DICT, 2):
        for j, v in enumerate(row, 1):
            wd.cell(i, j, v)
    for col, w in zip("ABCDE", (10, 18, 30, 36, 12)):
        wd.column_dimensions[col].width = w
    kpi_sheet(wb, "销售部", "销售部", SALES_KPI)
    kpi_sheet(wb, "售后服务部", "售后服务部", AS_KPI)
    kpi_sheet(wb, "客服中心", "客服中心", CS_KPI)
    wb.save(OUT / "A03_KPI指标库_2025.xlsx")
    names = {c: n for c, n, *_ in DICT}
    TRUTH["A03_KPI指标库_2025.xlsx"] = {
        "layout": "说明 sheet; 指标字典 sheet (code, name, definition, formula, source); per-department sheets with a "
                  "2-row merged header (目标值 over 3 store columns), post cell merged down over its indicators, indicators "
                  "by code + name, weights as numbers formatted 0%, 权重合计 as =SUM formula (no cached value)",
        "kpi": {p: [(names[c], f"{int(w*100)}%", tg, rule) for c, w, tg, rule in rows]
                for d in (SALES_KPI, AS_KPI, CS_KPI) for p, rows in d.items()},
        "dict": {n: (d, f) for _, n, d, f, _ in DICT},
    }


# ----------------------------------------------------------------------------- A04 二手车中心 (xlsx, tick matrix)
def gen_a04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位职责"
    ws.merge_cells("A1:C1")
    ws["A1"] = "二手车中心岗位职责"
    ws["A1"].font = Font(bold=True, size=14)
    for j, h in enumerate(("岗位", "序号", "职责内容"), 1):
        c = ws.cell(2, j, h); c.font = Font(bold=True); c.fill = HFILL
    blocks = [
        ("二手车评估师", ["对客户置换及收购车辆进行静态、动态检测，出具车辆评估报告",
                     "依据市场行情和车况给出收购报价",
                     "通过第三方车况查询平台核实车辆出险和维保记录",
                     "参与收购价格谈判，控制收车风险",
                     "建立评估车辆档案并定期更新行情数据"]),
        ("二手车置换专员", ["对接新车销售顾问，挖掘置换客户",
                       "跟进置换客户，促成以旧换新交易",
                       "办理车辆过户、迁出及相关手续",
                       "维护二手车线上平台的车源信息"]),
        ("整备专员", ["（职责待定）"]),
    ]
    r = 3
    for post, ds in blocks:
        s = r
        for n, d in enumerate(ds, 1):
            ws.cell(r, 2, n if d[0] != "（" else None); ws.cell(r, 3, d); r += 1
        ws.cell(s, 1, post)
        if r - 1 > s:
            ws.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
    ws.column_dimensions["A"].width = 16; ws.column_dimensions["C"].width = 60

    wq = wb.create_sheet("任职资格矩阵")
    wq.merge_cells("A1:E1")
    wq["A1"] = "二手车中心任职资格矩阵"
    wq["A1"].font = Font(bold=True, size=14)
    for j, h in enumerate(("类别", "资格项目", "二手车评估师", "二手车置换专员", "整备专员"), 1):
        c = wq.cell(2, j, h); c.font = Font(bold=True); c.fill = HFILL
    rows = [
        ("学历", "大专及以上", "●", "", ""),
        ("学历", "中专及以上", "", "●", ""),
        ("专业", "汽车相关专业", "○", "", ""),
        ("经验", "3年以上二手车评估或汽车维修经验", "●", "", ""),
        ("经验", "1年以上汽车销售经验", "", "●", ""),
        ("证书", "二手车鉴定评估师职业资格证书", "●", "", ""),
        ("证书", "C1驾驶证", "●", "●", ""),
        ("技能", "熟悉各品牌车型配置和市场行情", "●", "○", ""),
    ]
    r = 3
    prev = None
    start = 3
    for cat, item, a, b, c in rows:
        if cat != prev and prev is not None:
            if r - 1 > start:
                wq.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            start = r
        if cat != prev:
            wq.cell(r, 1, cat)
        prev = cat
        wq.cell(r, 2, item)
        for j, v in enumerate((a, b, c), 3):
            if v:
                wq.cell(r, j, v).alignment = Alignment(horizontal="center")
        r += 1
    if r - 1 > start:
        wq.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    wq.cell(r + 1, 1, "图例：●=必须具备　○=优先考虑　空白=不作要求")
    wq.column_dimensions["B"].width = 34
    for col in "CDE":
        wq.column_dimensions[col].width = 14

    wi = wb.create_sheet("岗位信息")
    for j, h in enumerate(("岗位", "所属部门", "直接上级", "工作地点", "薪资", "班次"), 1):
        c = wi.cell(1, j, h); c.font = Font(bold=True); c.fill = HFILL
    info = [("二手车评估师", "二手车中心", "销售总监", "城东店二手车展场", "6000-9000元/月+评估提成", "常白班"),
            ("二手车置换专员", "二手车中心", "二手车中心经理", "城东店二手车展场", "4000元/月+置换提成", "做六休一"),
            ("整备专员", "二手车中心", "", "", "", "")]
    for i, row in enumerate(info, 2):
        for j, v in enumerate(row, 1):
            if v:
                wi.cell(i, j, v)
    wi.cell(6, 1, "注：整备专员岗位尚在设置中，相关信息待补充。")
    for col, w in zip("ABCDEF", (16, 12, 16, 20, 24, 10)):
        wi.column_dimensions[col].width = w
    wb.save(OUT / "A04_二手车中心岗位及任职资格.xlsx")
    TRUTH["A04_二手车中心岗位及任职资格.xlsx"] = {
        "layout": "3 sheets: duties as post blocks (post merged down); qualification tick matrix (posts as columns, "
                  "● required / ○ preferred, category merged down, legend row); facts table with empty cells",
        "posts": {"二手车评估师": "5 duties; 大专●, 汽车相关专业○, 3年评估或维修●, 二手车鉴定评估师证●, C1●, 熟悉车型行情●; "
                              "上级 销售总监 (superseded by A09: 二手车中心经理); 城东店二手车展场; 6000-9000+评估提成; 常白班",
                  "二手车置换专员": "4 duties; 中专●, 1年汽车销售●, C1●, 熟悉车型○; 上级 二手车中心经理; 4000+置换提成; 做六休一",
                  "整备专员": "empty everywhere (职责待定)"},
    }


# ----------------------------------------------------------------------------- A05 招聘需求审批导出 (csv)
def gen_a05():
    hdr = ["单号", "申请日期", "申请门店", "部门", "岗位名称", "需求人数", "学历要求", "经验要求", "任职要求", "薪资范围",
           "工作地点", "审批状态", "审批意见"]
    rows = [
        ["RQ2025-0031", "2025-02-10", "滨江旗舰店", "售后服务部", "保险专员", "1", "大专", "1年以上",
         "持保险销售从业人员执业登记；熟悉车险产品；有续保经验者优先", "4000-5000元/月", "滨江旗舰店客服区",
         "已驳回", "薪资超出预算，请调整后重新提交"],
        ["RQ2025-0035", "2025-02-18", "滨江旗舰店", "售后服务部", "保险专员", "1", "大专", "1年以上",
         "持保险销售从业人员执业登记；熟悉车险产品；有续保经验者优先", "3500-4500元/月+续保提成", "滨江旗舰店客服区",
         "已通过", "同意"],
        ["RQ2025-0040", "2025-02-25", "城东店", "售后服务部", "钣喷技师", "2", "初中", "3年以上",
         "持涂装或钣金职业资格证书；无色盲色弱", "6000-10000元/月（计件）", "城东店钣喷车间", "已通过", "同意"],
        ["RQ2025-0042", "2025-03-01", "城西店", "售后服务部", "配件专员", "1", "大专", "1年以上",
         "熟悉DMS配件模块；熟练使用Excel", "4000-5500元/月", "城西店配件仓库", "已通过", "同意"],
        ["RQ2025-0047", "2025-03-05", "滨江旗舰店", "客服中心", "客户关系专员", "2", "大专", "1年以上",
         "普通话二级乙等及以上；有客服或电话回访经验", "4000-5000元/月", "滨江旗舰店客服中心", "审批中", ""],
        ["RQ2025-0050", "2025-03-08", "城东店", "销售部", "试驾专员", "1", "", "", "", "", "", "已撤回", "岗位说明书未定稿"],
    ]
    with open(OUT / "A05_招聘需求审批导出.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(hdr)
        w.writerows(rows)
    TRUTH["A05_招聘需求审批导出.csv"] = {
        "layout": "OA approval export with BOM: one requisition per row, 审批状态 (已驳回/已通过/审批中/已撤回); "
                  "保险专员 appears twice (rejected 4000-5000 superseded by approved 3500-4500+续保提成); 试驾专员 row empty, withdrawn",
        "rows": rows,
    }


# ----------------------------------------------------------------------------- A06 内部竞聘公告 (html e-mail, nested layout tables)
def gen_a06():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>内部竞聘公告（第3期）</title></head>
<body style="margin:0;background:#eeeeee">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#eeeeee"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:16px;background:#b00000"><img src="cid:logo" alt="远驰汽车集团" width="120"><font color="#ffffff" size="5"><b>内部竞聘公告（第3期）</b></font></td></tr>
<tr><td style="padding:16px"><font size="2">各位同事：<br>为完善门店管理梯队，集团现面向全体正式员工开展内部竞聘，欢迎符合条件的同事报名。</font></td></tr>
<tr><td style="padding:0 16px">
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#cccccc">
<tr><td colspan="2" bgcolor="#f2f2f2"><b>竞聘岗位一：城西店展厅经理（1名）</b></td></tr>
<tr><td width="90"><b>岗位职责</b></td><td>负责城西店展厅的销售管理、团队管理和客户满意度，具体职责见《销售部岗位手册》。</td></tr>
<tr><td><b>竞聘条件</b></td><td>1. 本科及以上学历，特别优秀者可放宽至大专；<br>
2. 3年以上汽车销售经验，其中1年以上销售团队管理经验；<br>
3. 熟悉汽车金融及保险业务；<br>
4. 近一年绩效考核为B及以上。</td></tr>
<tr><td><b>薪酬待遇</b></td><td>10000-15000元/月+季度奖金</td></tr>
</table>
</td></tr>
<tr><td style="padding:12px 16px">
<table width="100%" cellpadding="6" cellspacing="0" border="1" bordercolor="#cccccc">
<tr><td colspan="2" bgcolor="#f2f2f2"><b>竞聘岗位二：保险专员（续保方向，滨江旗舰店1名）</b></td></tr>
<tr><td width="90"><b>岗位职责</b></td><td>1. 负责到期客户的续保提醒及报价；<br>
2. 办理新车及续保保单的出单、批改；<br>
3. 协助客户事故报案，对接保险公司查勘定损和理赔；<br>
4. 统计续保率，分析客户脱保原因。</td></tr>
<tr><td><b>竞聘条件</b></td><td>1. 大专及以上学历；<br>
2. 1年以上车险或汽车客服工作经验；<br>
3. 持保险销售从业人员执业登记。</td></tr>
<tr><td><b>薪酬待遇</b></td><td>3500-4500元/月+续保提成</td></tr>
</table>
</td></tr>
<tr><td style="padding:16px"><font size="2" color="#666666">报名方式：请于2025年3月20日前将《内部竞聘报名表》发送至人力资源部王芳。<br>
本邮件由OA系统自动发送，请勿直接回复。<br>
远驰汽车集团人力资源部　2025年3月10日</font></td></tr>
</table>
</td></tr></table>
</body></html>
"""
    (OUT / "A06_内部竞聘公告.html").write_text(html, encoding="utf-8")
    TRUTH["A06_内部竞聘公告.html"] = {
        "layout": "HTML e-mail: nested layout tables with bgcolor/<font>, one inner bordered table per post, "
                  "lists as <br>-separated numbered lines",
        "posts": {"展厅经理": "城西店; 竞聘条件 本科(优秀可大专), 3年汽车销售含1年团队管理, 熟悉金融保险, 绩效B; 10000-15000+季度奖金",
                  "保险专员": "滨江旗舰店; 4 duties (续保提醒及报价, 出单批改, 报案定损理赔, 续保率脱保); 大专, 1年车险或客服, 执业登记; 3500-4500+续保提成"},
    }


# ----------------------------------------------------------------------------- A07 车间考核细则 (pdf)
def gen_a07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "STSong-Light"
    wqy = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(wqy):
        pdfmetrics.registerFont(TTFont("WQY", wqy)); font = "WQY"
    else:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    h = ParagraphStyle("h", fontName=font, fontSize=16, leading=22, alignment=1)
    b = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16)
    cell = ParagraphStyle("c", fontName=font, fontSize=9.5, leading=13)

    def deco(c, d):
        c.saveState()
        c.setFont(font, 40)
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.translate(420, 300); c.rotate(30)
        c.drawCentredString(0, 0, "远驰汽车 内部资料")
        c.restoreState()
        c.setFont(font, 8)
        c.drawString(40, 20, "远驰汽车集团人力资源部　YC-HR-KH-007")
        c.drawRightString(800, 20, "第 %d 页" % d.page)

    story = [Paragraph("售后服务部车间岗位绩效考核细则", h), Spacer(1, 8),
             Paragraph("一、适用范围：本细则适用于各门店售后服务部的机电技师、钣喷技师。", b),
             Paragraph("二、考核周期：月度考核，季度汇总；考核人为车间主管，售后经理审核。", b),
             Paragraph("三、考核指标：", b), Spacer(1, 4)]

    def table(title, rows):
        data = [["序号", "指标名称", "权重", "目标值", "评分标准"]]
        for i, r in enumerate(rows, 1):
            data.append([str(i), r[0], r[1], r[2], Paragraph(r[3], cell)])
        t = Table(data, colWidths=[36, 130, 50, 110, 330])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return [Paragraph(title, b), Spacer(1, 3), t, Spacer(1, 10)]

    jd = [("工时产值", "35%", "≥2.5万元/月", "每低1000元扣2分"),
          ("一次修复率", "25%", "≥98%", "每降低1个百分点扣5分"),
          ("返修率", "15%", "≤1%", "每发生1次返修扣5分"),
          ("5S及安全", "15%", "无违规", "违规1次扣3分"),
          ("带教及培训", "10%", "完成带教计划", "未完成扣10分")]
    bp = [("工时产值", "30%", "≥3万元/月", "每低1000元扣2分"),
          ("漆面一次合格率", "30%", "≥97%", "每降低1个百分点扣5分"),
          ("喷漆材料损耗率", "15%", "≤8%", "每超出1个百分点扣3分"),
          ("返工率", "15%", "≤2%", "每发生1次返工扣5分"),
          ("安全及环保", "10%", "零事故", "发生安全或环保事故本项不得分")]
    story += table("表1　机电技师月度考核指标", jd)
    story += table("表2　钣喷技师月度考核指标", bp)
    story += [Paragraph("四、结果应用：月度得分≥90分为A，80-89分为B，70-79分为C，70分以下为D；连续两个月为D的，调岗或培训后再上岗。", b),
              Paragraph("五、本细则自2025年4月1日起执行，原《车间计件考核办法（2022版）》同时废止。", b)]
    SimpleDocTemplate(str(OUT / "A07_售后车间岗位绩效考核细则.pdf"), pagesize=landscape(A4), leftMargin=40,
                      rightMargin=40, topMargin=36, bottomMargin=36).build(story, onFirstPage=deco, onLaterPages=deco)
    TRUTH["A07_售后车间岗位绩效考核细则.pdf"] = {
        "layout": "landscape PDF with diagonal watermark and footer; two ruled KPI tables 序号|指标名称|权重|目标值|评分标准",
        "kpi": {"机电技师": jd, "钣喷技师": bp}, "font": font,
    }


# ----------------------------------------------------------------------------- A08 新人入职指南 (md with callouts)
def gen_a08():
    md = """# 远驰汽车 · 展厅新人入职指南（销售顾问版）

> [!NOTE]
> 本指南适用于2025年新入职的**销售顾问**，由人力资源部和销售部共同编写。有疑问请先问你的师傅，再问展厅经理。

## 一、你的岗位

| 项目 | 内容 |
| --- | --- |
| 岗位 | 销售顾问 |
| 部门 | 销售部 |
| 直接上级 | 展厅经理 |
| 试用期 | 3个月 |
| 薪资结构 | 底薪3500元/月 + 新车销售提成 + 精品/衍生业务提成 |
| 工作地点 | 所在门店展厅 |

## 二、班次安排

| 班次 | 时间 | 说明 |
| --- | --- | --- |
| 早班 | 8:30-17:30 | 负责开店、展车清洁 |
| 晚班 | 11:30-20:30 | 负责闭店、当日客户信息录入 |

- 周六、周日及节假日全员到岗，每月轮休4天。

> [!WARNING]
> 晚班同事须在20:30前把当日到店客户录入CRM，漏录将影响线索转化率考核。

## 三、第一个月任务清单

- [ ] 第1周：完成集团入职培训和产品知识考试
- [ ] 第2周：跟随师傅接待客户，熟悉试驾流程
- [ ] 第3周：独立接待客户，每天至少录入3条有效线索
- [ ] 第4周：完成首台车的签约和交车

## 四、考核

月度KPI见《KPI指标库》“销售部”工作表，试用期内只考核新车销售台数和客户满意度。

## 五、销售流程及话术

（略，详见销售部培训教材）

## 六、常见问题

**问：试驾车由谁管理？**
答：目前由展厅经理统一调度；试驾专员到岗后由试驾专员负责。

**问：工装怎么领？**
答：入职当天到行政部领取两套工装，离职时交回。
"""
    (OUT / "A08_展厅新人入职指南.md").write_text(md, encoding="utf-8")
    TRUTH["A08_展厅新人入职指南.md"] = {
        "layout": "Markdown with GitHub callouts (> [!NOTE]), key/value table, shift table, task list, a 略 section, Q&A",
        "facts": "销售顾问: 上级 展厅经理; 试用期3个月; 底薪3500+提成; 早班8:30-17:30 晚班11:30-20:30; 每月轮休4天; 话术 略",
    }


# ----------------------------------------------------------------------------- A09 汇报关系调整通知 (GBK txt)
def gen_a09():
    txt = """远驰汽车集团文件

远驰人〔2025〕12号

关于调整部分岗位汇报关系的通知

各门店、各部门：

为理顺二手车业务和精品业务的管理，经集团总经理办公会研究，决定自2025年4月1日起作如下调整：

一、二手车评估师的直接上级由“销售总监”调整为“二手车中心经理”，车辆评估报告改由二手车中心经理审核。

二、精品专员由销售部划归售后服务部管理，直接上级调整为售后经理；工作地点仍为各门店展厅精品区。

三、其他岗位的汇报关系不变。《二手车中心岗位及任职资格》《销售部岗位手册》中与本通知不一致的，以本通知为准。

特此通知。

远驰汽车集团人力资源部
2025年3月15日
"""
    (OUT / "A09_关于调整部分岗位汇报关系的通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    TRUTH["A09_关于调整部分岗位汇报关系的通知.txt"] = {
        "layout": "GBK, CRLF, 红头 notice with numbered 一、二、三 items; supersedes facts in A02 and A04",
        "facts": "二手车评估师 上级 -> 二手车中心经理 (was 销售总监); 精品专员 -> 售后服务部, 上级 售后经理, 地点 展厅精品区",
    }


# ----------------------------------------------------------------------------- A10 考勤与班次管理制度 (UTF-16 txt)
def gen_a10():
    txt = """远驰汽车集团员工考勤与班次管理制度

第一章　总则

第一条　为规范员工考勤管理，保障门店正常营业，制定本制度。
第二条　本制度适用于集团及下属各门店全体员工。

第二章　班次

第三条　销售部执行早晚班：早班8:30-17:30，晚班11:30-20:30，每月轮休4天。
第四条　售后服务部执行常白班8:00-17:30，午休12:00-13:00；服务顾问实行早晚班轮换，早班7:30-16:30，晚班10:30-19:30。
第五条　二手车中心执行做六休一，工作时间9:00-18:00。
第六条　行政、财务等职能部门执行标准工时，9:00-17:30，周末双休。

第三章　考勤与请假

第七条　员工上下班须在企业微信打卡，漏打卡每月可补签2次。
第八条　迟到或早退30分钟以内的，每次扣款50元；超过30分钟的按旷工半天处理。
第九条　请假须提前在OA系统提交申请，3天以内由部门经理审批，3天以上由门店总经理审批。
第十条　年休假、婚假、产假等按国家及浙江省有关规定执行。

第四章　附则

第十一条　本制度由人力资源部负责解释，自2025年1月1日起施行。
"""
    (OUT / "A10_员工考勤与班次管理制度.txt").write_text(txt, encoding="utf-16")
    TRUTH["A10_员工考勤与班次管理制度.txt"] = {
        "layout": "UTF-16 (BOM) policy of 第N条 articles; no post descriptions; shifts per department",
        "facts": "销售 早8:30-17:30 晚11:30-20:30; 售后 常白班8:00-17:30, 服务顾问 早7:30-16:30 晚10:30-19:30; 二手车 做六休一 9:00-18:00; 迟到30分钟内扣50元",
    }


if __name__ == "__main__":
    for g in (gen_a01, gen_a02, gen_a03, gen_a04, gen_a05, gen_a06, gen_a07, gen_a08, gen_a09, gen_a10):
        g()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(sorted(p.name for p in OUT.iterdir())))
