"""Round 12 trial company: 北麦食品有限公司 (a dairy + frozen-food manufacturer, fictional).

一厂 (北京顺义) makes dairy (巴氏奶、酸奶), 二厂 (河北廊坊) makes frozen rice/flour food (水饺、汤圆).
Writes 10 HR documents to $T12_OUT/corpus (default /tmp/t12b/corpus), deterministic content:

  bm01 docx  车间主任岗位说明书: Word headings 一、…五、; the post name only in the page header and the
             document title property; 基本信息 as a 4-column label/value table; 岗位职责 as a table
             序号/职责/工作内容/占用时间比例(%); 任职资格 as a two-level outline (一、知识 1. … 二、技能 …)
  bm02 docx  品质部岗位职责汇编: 4 posts under Heading 1 (品控主管, 品保专员（QA）, QC检验员, 化验员),
             Heading 2 sub-sections, duties as Word auto-numbered "List Number" paragraphs (numbers not
             in the text), 化验员's 任职资格 is "同上。" (= QC检验员's)
  bm03 xlsx  生产及设备岗位一览表: one row per post, 操作工 twice (一厂 三班倒 / 二厂 两班倒), duties in one
             cell separated by ；or by newlines, merged title row, a 说明 sheet
  bm04 xlsx  KPI: two sheets with 维度 merged over rows and a title row, plus a 评分规则 sheet
  bm05 tsv   仓储物流岗位 (tab-separated, duties "1.…；2.…" in one cell)
  bm06 txt   GBK, CRLF: 2024社会招聘 postings "==== 职位一：安全员 ====" with （1） items
  bm07 pdf   员工手册 (3 pages, running header + "第N页 共3页" footer, hand-written PDF bytes)
  bm08 html  招聘 page: one plain <table border=1> per posting, <br> inside cells, nav bar
  bm09 docx  班组长能力素质模型: competency table with 能力类别 merged vertically, weights
  bm10 txt   组织架构 (UTF-8 tree; several posts only named)
"""
import csv
import datetime as dt
import io
import os
import zlib
from pathlib import Path

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T12_OUT", "/tmp/t12b")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "北麦食品有限公司"
FIXED = dt.datetime(2024, 3, 1, 9, 0, 0)


def _fix_core(d, title):
    cp = d.core_properties
    cp.title = title
    cp.author = "人力资源部"
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "人力资源部"
    cp.revision = 1


# ---------------------------------------------------------------- bm01 docx
BM01_DUTIES = [
    ("1", "生产计划执行", "根据月度生产计划编制车间周、日作业计划，合理安排班次和人员，确保订单按期交付", "25"),
    ("2", "食品安全与质量控制", "监督各工序执行GMP和SSOP要求，落实关键控制点（CCP）监控记录，配合品质部处理不合格品", "20"),
    ("3", "安全生产管理", "组织班前安全讲话和每周安全检查，督促员工正确佩戴劳保用品，杜绝违章作业", "15"),
    ("4", "设备与现场管理", "推行6S现场管理，督促操作工做好设备日常点检和清洁，配合设备部完成计划检修", "15"),
    ("5", "成本控制", "控制原辅料损耗和能耗，每月分析车间物料损耗率并提出改善措施", "10"),
    ("6", "人员管理", "负责班组长的工作安排、培训和绩效考核，参与车间员工招聘和转正评价", "10"),
    ("7", "其他", "完成生产经理交办的其他工作", "5"),
]
BM01_QUAL = [
    "一、知识",
    "1. 大专及以上学历，食品科学与工程、生物工程、机械类专业优先",
    "2. 熟悉食品生产许可（SC）相关要求，了解HACCP、ISO22000体系",
    "二、技能",
    "1. 能熟练使用Excel编制生产报表，会使用ERP系统",
    "2. 具备较强的组织协调能力和现场问题处理能力",
    "三、经验",
    "1. 5年以上食品或快消品生产管理经验，其中3年以上车间管理经验",
    "四、其他",
    "1. 能适应倒班和节假日生产安排",
]


def bm01():
    d = docx.Document()
    _fix_core(d, "车间主任岗位说明书")
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = f"{CO}　　车间主任岗位说明书　　文件编号：BM-HR-JD-001"
    d.add_heading("一、岗位基本信息", level=1)
    t = d.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    rows = [("所属部门", "生产部", "岗位编号", "SC-01"),
            ("直接上级", "生产经理", "直接下级", "班组长、统计员"),
            ("岗位定员", "2人（一厂、二厂各1人）", "工作地点", "一厂（北京顺义）/二厂（河北廊坊）"),
            ("薪资等级", "M2级，月薪9000-12000元", "编制日期", "2024年3月")]
    for r, vals in zip(t.rows, rows):
        for c, v in zip(r.cells, vals):
            c.text = v
    d.add_heading("二、岗位目的", level=1)
    d.add_paragraph("在生产经理领导下，组织车间按计划、按标准完成生产任务，确保食品安全、生产安全和成本受控。")
    d.add_heading("三、岗位职责", level=1)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("序号", "职责", "工作内容", "占用时间比例(%)")):
        c.text = v
    for vals in BM01_DUTIES:
        cells = t.add_row().cells
        for c, v in zip(cells, vals):
            c.text = v
    d.add_heading("四、任职资格", level=1)
    for line in BM01_QUAL:
        p = d.add_paragraph(line)
        if not line[0].isdigit():
            p.runs[0].bold = True
    d.add_heading("五、工作关系", level=1)
    d.add_paragraph("内部：生产经理、品质部、设备部、仓储物流部")
    d.add_paragraph("外部：市场监管部门检查人员、客户审厂人员")
    d.save(OUT / "bm01_车间主任岗位说明书.docx")


# ---------------------------------------------------------------- bm02 docx
BM02_POSTS = [
    ("品控主管",
     ["所属部门：品质部", "直接上级：品质经理", "直接下级：QA专员、QC检验员、化验员", "工作地点：一厂"],
     ["组织建立并维护HACCP计划和ISO22000食品安全管理体系，每年组织一次体系内审",
      "组织HACCP小组开展危害分析，确定关键控制点及关键限值",
      "审核每日CCP监控记录和纠偏记录，对偏离关键限值的批次组织评审",
      "负责客户投诉的质量调查，出具8D报告并跟踪纠正预防措施",
      "组织原辅料供应商的质量审核，与采购部共同进行供应商评价",
      "负责品质部人员的培训、排班和考核"],
     ["学历：本科及以上学历，食品质量与安全、食品科学相关专业",
      "经验：5年以上食品企业品质管理经验，2年以上主管经验",
      "证书：持有HACCP内审员证书或ISO22000内审员证书",
      "能力：熟悉GB 14881、GB 2760等食品安全国家标准"]),
    ("品保专员（QA）",
     ["所属部门：品质部", "直接上级：品控主管", "工作地点：一厂、二厂（轮岗）"],
     ["巡查生产现场的卫生状况和员工操作规范，每班至少巡检2次并填写《QA巡检记录表》",
      "监督CCP点（杀菌温度、金属探测）的监控执行，发现偏差立即通知车间停线",
      "负责成品放行审核，核对批记录、检验报告后签发放行单",
      "管理留样室，按批次留样并保存至保质期满后6个月",
      "参与新员工食品安全卫生培训"],
     ["学历：大专及以上学历，食品、生物相关专业",
      "经验：2年以上食品企业QA工作经验，应届优秀毕业生亦可",
      "其他：熟悉SSOP和GMP要求，能适应倒班"]),
    ("QC检验员",
     ["所属部门：品质部", "直接上级：品控主管", "工作地点：一厂"],
     ["负责原辅料和包材的进货检验，按抽样标准抽样并判定",
      "负责生产过程中的半成品检验，包括净含量、温度、感官等项目",
      "负责成品出厂检验，填写检验原始记录",
      "对检验不合格的物料贴红色不合格标识并隔离，通知品控主管"],
     ["学历：中专及以上学历，食品检验相关专业",
      "经验：1年以上食品检验工作经验",
      "证书：持有食品检验工职业资格证书者优先",
      "其他：视力良好，无色盲色弱"]),
    ("化验员",
     ["所属部门：品质部", "直接上级：品控主管", "工作地点：一厂中心化验室"],
     ["负责原奶的理化指标检测（脂肪、蛋白质、酸度、冰点）",
      "负责微生物检测，包括菌落总数、大肠菌群的培养和计数",
      "配制和标定化验用试剂，做好试剂台账",
      "负责化验仪器的日常维护和期间核查"],
     ["同上。", "另：有微生物检验经验者优先"]),
]


def bm02():
    d = docx.Document()
    _fix_core(d, "品质部岗位职责汇编")
    d.add_paragraph("品质部岗位职责汇编", style="Title")
    d.add_paragraph("版本：V2.1　生效日期：2024年1月1日　编制：品质部　审核：人力资源部")
    for title, facts, duties, quals in BM02_POSTS:
        d.add_heading(title, level=1)
        d.add_heading("岗位概况", level=2)
        for f in facts:
            d.add_paragraph(f)
        d.add_heading("主要职责", level=2)
        for x in duties:
            d.add_paragraph(x, style="List Number")
        d.add_heading("任职资格", level=2)
        for q in quals:
            d.add_paragraph(q)
    d.save(OUT / "bm02_品质部岗位职责汇编.docx")


# ---------------------------------------------------------------- bm03 xlsx
BM03_ROWS = [
    (1, "操作工", "生产部", "一厂（乳品）", "班组长",
     "三班倒（8:00-16:00/16:00-24:00/0:00-8:00），每周轮换",
     "按SOP操作巴氏杀菌机、灌装机等设备；按要求填写生产记录和CCP监控记录；做好设备开机前点检和生产后CIP清洗；"
     "保持岗位卫生，执行更衣消毒制度；完成班组长安排的其他工作",
     "初中及以上学历；18-45周岁，身体健康，持有效健康证；能适应三班倒", "5500-7000"),
    (2, "操作工", "生产部", "二厂（速冻）", "班组长",
     "两班倒（7:30-19:30/19:30-7:30），做四休二",
     "1.负责和面、成型、速冻隧道等工序的操作\n2.监控速冻隧道温度不高于-30℃并每小时记录\n"
     "3.做好设备清洁和交接班记录\n4.遵守车间卫生规范",
     "初中及以上学历；18-48周岁；持有效健康证；能适应低温环境作业及两班倒", "5000-6500"),
    (3, "包装工", "生产部", "二厂（速冻）", "班组长", "长白班（8:00-17:00）",
     "按包装作业指导书完成装袋、封口、装箱；检查包装袋喷码日期和净含量；剔除破袋、漏气等不良品；做好包材领用和退库记录",
     "初中及以上学历；18-50周岁；持有效健康证；手脚麻利，视力良好", "4500-5500（计件）"),
    (4, "班组长", "生产部", "一厂、二厂", "车间主任", "随班组倒班",
     "组织本班组完成当班生产任务；负责班前会、交接班和员工考勤；监督本班组执行食品安全和安全操作规程",
     "高中及以上学历；3年以上一线生产经验", "6500-8000"),
    (5, "设备维修工", "设备部", "一厂、二厂", "设备主管", "常白班+夜间值班",
     "负责生产设备的日常巡检和故障维修；按计划完成设备预防性保养并填写保养记录；负责制冷机组、空压机的运行维护；"
     "维修后做好现场清洁，防止异物污染产品；参与设备技改项目",
     "中专及以上学历，机电一体化或机械相关专业；3年以上食品或制药设备维修经验；持有焊工证者优先", "7000-9000"),
    (6, "电工", "设备部", "一厂、二厂", "设备主管", "常白班+值班",
     "负责厂区高低压配电系统的运行和维护；负责生产设备电气故障的排查和维修；每月对配电柜进行一次安全检查；做好停送电操作记录",
     "中专及以上学历，电气相关专业；持有低压电工作业证（应急管理部门颁发），有高压电工证优先；2年以上工厂电工经验",
     "6500-8500"),
]


def bm03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位一览"
    ws["A1"] = f"{CO}生产及设备岗位一览表（2024年）"
    ws.merge_cells("A1:I1")
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["序号", "岗位", "部门", "厂区", "上级", "班制", "职责", "任职要求", "薪资（元/月）"])
    for row in BM03_ROWS:
        ws.append(list(row))
    for row in ws.iter_rows(min_row=3):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEFGHI", (6, 10, 8, 12, 10, 22, 60, 40, 14)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("说明")
    ws2["A1"] = "1. 薪资为税前月收入，含岗位工资、绩效和夜班津贴。"
    ws2["A2"] = "2. 一厂生产乳制品（巴氏奶、酸奶），二厂生产速冻米面食品（水饺、汤圆）。"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(OUT / "bm03_生产及设备岗位一览表.xlsx")


# ---------------------------------------------------------------- bm04 xlsx
BM04_ZR = [
    ("质量安全", "成品一次检验合格率", "20%", "一次检验合格批次÷检验总批次×100%", "≥99.5%", "品质部"),
    ("质量安全", "CCP监控记录完整率", "10%", "完整记录份数÷应记录份数×100%", "100%", "品质部"),
    ("质量安全", "安全生产事故", "10%", "发生轻伤及以上事故次数", "0起", "安全环保部"),
    ("生产效率", "生产计划达成率", "20%", "实际完成产量÷计划产量×100%", "≥98%", "生产部统计"),
    ("生产效率", "设备综合效率（OEE）", "10%", "时间开动率×性能开动率×合格品率", "≥75%", "设备部"),
    ("成本", "物料损耗率", "15%", "(领用量-产出折算量)÷领用量×100%", "≤1.5%", "财务部"),
    ("成本", "单位产品能耗", "5%", "水电汽费用÷产量", "较上年下降3%", "财务部"),
    ("团队管理", "员工流失率", "10%", "当月离职人数÷月平均人数×100%", "≤3%", "人力资源部"),
]
BM04_PK = [
    ("质量结果", "客户投诉次数", "15%", "有效质量投诉件数（经核实属我方责任）", "≤2次/季度", "客服中心"),
    ("质量结果", "成品监督抽检合格率", "20%", "市场监管部门监督抽检合格批次÷抽检批次×100%", "100%", "品质部"),
    ("体系运行", "HACCP体系内审不符合项关闭率", "15%", "按期关闭的不符合项÷不符合项总数×100%", "100%", "品质部"),
    ("体系运行", "检验报告及时率", "15%", "按时出具的检验报告数÷报告总数×100%", "≥98%", "品质部"),
    ("供应商管理", "原料批次合格率", "15%", "来料检验合格批次÷来料总批次×100%", "≥97%", "品质部"),
    ("团队建设", "培训计划完成率", "10%", "实际完成培训场次÷计划培训场次×100%", "100%", "人力资源部"),
    ("团队建设", "检验差错次数", "10%", "因检验人员差错导致误判的次数", "0次", "品质经理"),
]


def _kpi_sheet(ws, title, rows):
    ws["A1"] = title
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=13)
    ws.append(["维度", "考核指标", "权重", "计算公式/说明", "目标值", "数据来源"])
    start = 3
    for i, r in enumerate(rows):
        ws.append(list(r))
    # merge 维度 cells over equal runs (only the first cell keeps the value)
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
            j += 1
        if j > i:
            for k in range(i + 1, j + 1):
                ws.cell(row=start + k, column=1).value = None
            ws.merge_cells(start_row=start + i, start_column=1, end_row=start + j, end_column=1)
        ws.cell(row=start + i, column=1).alignment = Alignment(vertical="center")
        i = j + 1
    ws.append(["合计", "", "100%", "", "", ""])


def bm04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车间主任"
    _kpi_sheet(ws, "生产部车间主任月度KPI考核表", BM04_ZR)
    _kpi_sheet(wb.create_sheet("品控主管"), "品质部品控主管季度KPI考核表", BM04_PK)
    ws3 = wb.create_sheet("评分规则")
    lines = [
        ["一、计分方法：各指标达到目标值得满分，未达到按比例扣分，单项最低0分。"],
        ["二、一票否决：发生重大食品安全事故或被监管部门通报的，当期绩效考核得分为0。"],
        ["三、等级划分："],
        ["等级", "考核得分", "绩效系数"],
        ["A", "95分及以上", 1.2],
        ["B", "85-94分", 1.0],
        ["C", "70-84分", 0.8],
        ["D", "70分以下", 0.5],
        ["四、考核结果连续两次为D的，公司可调岗或解除劳动合同。"],
        ["五、车间主任按月考核，品控主管按季度考核。"],
    ]
    for ln in lines:
        ws3.append(ln)
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.save(OUT / "bm04_绩效考核指标.xlsx")


# ---------------------------------------------------------------- bm05 tsv
BM05 = [
    ["岗位名称", "所属部门", "汇报对象", "岗位职责", "任职要求", "工作地点", "薪资待遇"],
    ["仓管员", "仓储物流部", "仓储主管",
     "1.负责原辅料、包材和成品的收发存管理；2.按先进先出（FIFO）原则发货，冷库成品按生产日期顺序出库；"
     "3.每日核对ERP库存与实物，每月组织盘点；4.监控冷库温度（-18℃以下）并每4小时记录",
     "高中或中专及以上学历；1年以上仓库管理经验；熟练使用ERP和Excel；能适应冷库作业",
     "一厂成品冷库", "5000-6000元/月，另有冷库补贴300元/月"],
    ["叉车司机", "仓储物流部", "仓储主管",
     "1.驾驶叉车完成原料卸货、成品装车和库内转运；2.每班作业前对叉车进行点检并填写点检表；"
     "3.严格遵守厂内限速5公里/小时；4.协助仓管员盘点",
     "初中及以上学历；持有特种设备作业人员证（叉车N1）；2年以上叉车驾驶经验，有冷库叉车经验优先",
     "二厂", "5500-6500元/月"],
]


def bm05():
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n")
    w.writerows(BM05)
    (OUT / "bm05_仓储物流岗位.tsv").write_text(buf.getvalue(), encoding="utf-8")


# ---------------------------------------------------------------- bm06 txt (GBK, CRLF)
BM06 = """北麦食品有限公司2024年社会招聘
（联系人：人力资源部 刘女士　电话：010-6945XXXX　简历投递：hr@beimai-food.example）

==== 职位一：安全员 ====
部门：安全环保部
汇报：EHS经理
地点：二厂（河北廊坊）
月薪：6000-8000元
工作职责：
（1）每日巡查车间、冷库、配电房和氨制冷机房，排查安全隐患并督促整改
（2）组织新员工三级安全教育和特种作业人员持证管理
（3）负责劳保用品发放标准的制定和发放监督
（4）组织每年不少于2次的消防和氨泄漏应急演练
（5）负责污水处理站运行台账和环保检查对接
任职要求：
（1）大专及以上学历，安全工程、环境工程相关专业
（2）持有注册安全工程师证书者优先，至少持有安全生产管理人员考核合格证
（3）3年以上制造业安全管理经验，熟悉液氨制冷安全管理

==== 职位二：区域销售经理（华北） ====
部门：销售部
汇报：销售总监
地点：北京，负责华北区域，需经常出差
月薪：底薪8000元+提成
工作职责：
（1）负责华北区域经销商的开发与管理，完成年度销售目标
（2）制定区域销售计划和促销方案，并跟踪执行
（3）负责商超、便利店渠道的进场谈判和陈列管理
（4）定期走访市场，收集竞品信息，每月提交区域市场分析报告
（5）负责区域应收账款的催收，控制账期风险
任职要求：
（1）本科及以上学历，市场营销相关专业优先
（2）5年以上快消品销售经验，其中2年以上区域管理经验
（3）有乳制品或冷冻食品行业经销商资源者优先
（4）持C1驾照，能适应经常出差

==== 职位三：渠道专员 ====
部门：销售部
汇报：区域销售经理
地点：天津、石家庄
月薪：5000-7000元+绩效
工作职责：
（1）维护辖区内经销商和终端门店关系，处理日常订单
（2）执行公司促销活动，检查终端陈列和价格
（3）收集门店销售数据并录入CRM系统
任职要求：
（1）大专及以上学历
（2）1年以上快消品销售经验
（3）能接受出差

以上岗位均缴纳五险一金，提供班车和员工食堂。
"""


def bm06():
    (OUT / "bm06_社会招聘启事.txt").write_bytes(BM06.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- bm07 pdf
BM07_PAGES = [
    [("h", "第一章　入职与试用期"),
     ("p", "第一条　新员工入职须提供身份证、学历证明和县级以上医院出具的健康证明。"),
     ("p", "第二条　一线操作岗位试用期为1个月，技术及管理岗位试用期为3个月。"),
     ("p", "第三条　试用期工资不低于转正工资的80%。试用期满前一周由部门负责人填写《转正评估表》，经人力资源部审核后办理转正。"),
     ("h", "第二章　工作时间与倒班"),
     ("p", "第四条　职能部门实行标准工时制，周一至周五8:30-17:30，午休1小时。"),
     ("p", "第五条　生产车间实行倒班制，一厂三班倒，二厂两班倒，具体班次以车间排班表为准。"),
     ("p", "第六条　倒班员工须提前15分钟到岗交接班，并在交接班记录本上签字确认。"),
     ("p", "第七条　夜班（22:00以后开始的班次）每班发放夜班津贴30元。")],
    [("h", "第三章　加班"),
     ("p", "第八条　加班须事先填写《加班申请单》，经部门负责人批准，未经批准的不计加班。"),
     ("p", "第九条　工作日加班按1.5倍计发加班费；休息日加班不能安排补休的按2倍计发；法定节假日加班按3倍计发。"),
     ("p", "第十条　每月加班时间原则上不超过36小时。"),
     ("h", "第四章　食品安全与卫生"),
     ("p", "第十一条　接触食品的员工每年必须进行健康检查，取得健康证明后方可上岗。"),
     ("p", "第十二条　患有发热、腹泻、皮肤伤口感染等有碍食品安全疾病的员工，应主动向班组长报告，并调离直接接触食品的岗位。"),
     ("p", "第十三条　生产区域内禁止吸烟、饮食、嚼口香糖；禁止佩戴戒指、耳环、手表等饰物；禁止涂指甲油、喷香水。"),
     ("p", "第十四条　手机、钥匙等个人物品不得带入洁净区。")],
    [("h", "第五章　更衣与消毒"),
     ("p", "第十五条　进入生产车间须依次完成：换鞋、穿工作服并戴好发网和口罩、七步洗手、酒精手消毒、风淋、过鞋底消毒池。"),
     ("p", "第十六条　工作服每天清洗消毒，不得穿工作服离开厂区或进入卫生间。"),
     ("p", "第十七条　离开车间后再次进入的，须重新洗手消毒。"),
     ("h", "第六章　劳保用品"),
     ("p", "第十八条　公司按岗位免费发放劳保用品：冷库及速冻岗位发放防寒服、防寒手套和防滑棉鞋；设备维修岗位发放绝缘鞋和防护眼镜；化验员发放实验服和防护手套。"),
     ("p", "第十九条　劳保用品损坏的以旧换新，人为丢失的按价赔偿。"),
     ("p", "第二十条　未按规定佩戴劳保用品上岗的，每次扣罚20元。")],
]
PDF_HEADER = "北麦食品有限公司员工手册（2024版）"
PDF_WRAP = 36


def _wrap(text, n=PDF_WRAP):
    out = []
    while len(text) > n:
        out.append(text[:n])
        text = text[n:]
    out.append(text)
    return out


def pdf_lines():
    """Per page: (x, y, size, text) placements."""
    pages = []
    total = len(BM07_PAGES)
    for pno, blocks in enumerate(BM07_PAGES, 1):
        items = [(50, 810, 9, PDF_HEADER)]
        y = 770
        if pno == 1:
            t = "员工手册"
            items.append((297 - len(t) * 18 // 2, y, 18, t))
            y -= 36
        for kind, text in blocks:
            size = 13 if kind == "h" else 11
            if kind == "h":
                y -= 6
            for part in _wrap(text):
                items.append((50, y, size, part))
                y -= size + 9
        items.append((260, 30, 9, f"第{pno}页 共{total}页"))
        pages.append(items)
    return pages


def pdf_bytes(pages):
    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
             b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] >>".encode())
    pages_no = add(b"")
    kids = []
    for items in pages:
        ops = ["BT"]
        for x, y, size, text in items:
            hexs = text.encode("utf-16-be").hex().upper()
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add(b"<< /Producer (gen.py) /Title <FEFF" + "员工手册".encode("utf-16-be").hex().upper().encode() + b"> >>")
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, b in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {cat} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def bm07():
    (OUT / "bm07_员工手册.pdf").write_bytes(pdf_bytes(pdf_lines()))


# ---------------------------------------------------------------- bm08 html
BM08_POSTS = [
    ("产品研发工程师", "2", "研发中心", "北京顺义（一厂）", "研发总监", "10000-15000元/月，年终奖2-4个月",
     ["1. 根据市场需求开展乳制品、速冻米面制品新品的配方开发，完成小试和中试",
      "2. 负责新品的工艺参数确定和量产导入，编写工艺文件",
      "3. 对现有产品进行降本和品质改进",
      "4. 收集国内外食品法规和原料信息，确保配方中食品添加剂使用符合GB 2760",
      "5. 负责新品保质期试验和感官评价"],
     ["1. 硕士及以上学历，食品科学与工程、乳品工程相关专业；优秀本科生可放宽",
      "2. 3年以上食品研发经验，有成功上市产品案例",
      "3. 熟悉食品添加剂和食品标签相关法规",
      "4. 能熟练使用Office和统计分析软件"]),
    ("采购员", "1", "采购部", "北京顺义（一厂）", "采购经理", "6000-8000元/月",
     ["1. 负责原奶、面粉、包材等物料的询价、比价和下单",
      "2. 跟踪订单交期，协调到货异常",
      "3. 收集供应商资质（生产许可证、检验报告），建立合格供应商档案",
      "4. 配合品质部开展供应商现场审核"],
     ["1. 大专及以上学历", "2. 2年以上食品行业采购经验", "3. 具备良好的谈判能力和成本意识"]),
    ("人事行政专员", "1", "人力资源部", "北京顺义（一厂）", "人力资源经理", "5000-6500元/月",
     ["1. 负责一线员工招聘，维护劳务派遣及中介渠道",
      "2. 办理员工入职、转正、离职手续和社保增减员",
      "3. 负责考勤统计和倒班排班表的汇总",
      "4. 负责员工宿舍和食堂的日常管理"],
     ["1. 大专及以上学历，人力资源管理相关专业", "2. 1年以上制造业人事工作经验", "3. 熟悉劳动法规，细心耐心"]),
]


def bm08():
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>北麦食品 - 人才招聘</title>", "</head>", "<body>",
           '<div class="nav"><a href="/">首页</a> | <a href="/about">关于北麦</a> | <a href="/products">产品中心</a> | '
           '<a href="/jobs">人才招聘</a></div>',
           "<h2>社会招聘</h2>", "<p>欢迎加入北麦食品！请将简历发送至 hr@beimai-food.example，注明应聘职位。</p>"]
    for title, n, dept, loc, boss, pay, duties, reqs in BM08_POSTS:
        out += ['<table border="1" cellpadding="4" cellspacing="0" width="100%">',
                f"<tr><td>职位名称</td><td>{title}</td><td>招聘人数</td><td>{n}</td></tr>",
                f"<tr><td>所属部门</td><td>{dept}</td><td>工作地点</td><td>{loc}</td></tr>",
                f"<tr><td>汇报对象</td><td>{boss}</td><td>薪资范围</td><td>{pay}</td></tr>",
                f'<tr><td>岗位职责</td><td colspan="3">{"<br>".join(duties)}</td></tr>',
                f'<tr><td>任职要求</td><td colspan="3">{"<br>".join(reqs)}</td></tr>',
                "</table>", "<br>"]
    out += ['<div class="footer">Copyright © 2024 北麦食品有限公司 版权所有 | 京ICP备00000000号</div>', "</body>", "</html>"]
    (OUT / "bm08_人才招聘.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- bm09 docx
BM09_ROWS = [
    ("专业能力", "工艺掌握", "掌握本班组产品的工艺流程和关键参数", "能独立处理杀菌温度、速冻温度等参数偏离", "20%"),
    ("专业能力", "设备操作", "熟练操作本班组所有设备", "能指导新员工完成设备点检和CIP清洗", "15%"),
    ("专业能力", "食品安全意识", "理解GMP、SSOP和CCP要求", "发现卫生隐患能立即纠正并上报QA", "20%"),
    ("管理能力", "班组沟通", "能清晰传达生产指令", "每班召开5分钟班前会，交接班记录完整", "15%"),
    ("管理能力", "现场管理", "推行6S和目视化管理", "班组区域6S检查得分不低于90分", "15%"),
    ("管理能力", "人员培养", "对新员工进行岗位带教", "每季度至少带出1名合格新员工", "10%"),
    ("个人素质", "责任心与执行力", "对班组结果负责", "当班问题当班解决，不推诿", "5%"),
]


def bm09():
    d = docx.Document()
    _fix_core(d, "班组长能力素质模型")
    d.add_paragraph("班组长能力素质模型", style="Title")
    d.add_paragraph("适用范围：生产部一厂、二厂各班组班组长")
    d.add_heading("一、岗位定位", level=1)
    d.add_paragraph("班组长是生产一线的直接管理者，向车间主任汇报，负责本班组8-15名操作工、包装工的日常管理。")
    d.add_heading("二、能力素质要求", level=1)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ("能力类别", "能力项", "定义", "行为标准（合格）", "权重")):
        c.text = v
    start = 1
    for r in BM09_ROWS:
        cells = t.add_row().cells
        for k, v in enumerate(r):
            if k > 0:
                cells[k].text = v
    i = 0
    while i < len(BM09_ROWS):
        j = i
        while j + 1 < len(BM09_ROWS) and BM09_ROWS[j + 1][0] == BM09_ROWS[i][0]:
            j += 1
        a = t.cell(start + i, 0)
        if j > i:
            a = a.merge(t.cell(start + j, 0))
        a.text = BM09_ROWS[i][0]
        i = j + 1
    d.add_heading("三、评价方式", level=1)
    d.add_paragraph("能力素质每半年评价一次，由车间主任评分，得分80分以上者可进入车间主任后备人才库。")
    d.save(OUT / "bm09_班组长能力素质模型.docx")


# ---------------------------------------------------------------- bm10 txt
BM10 = """北麦食品有限公司组织架构（2024年3月）

总经理
├─ 生产副总
│   ├─ 生产部：生产经理 → 车间主任（一厂/二厂）→ 班组长 → 操作工、包装工
│   │          生产计划员、统计员
│   ├─ 设备部：设备主管 → 设备维修工、电工
│   └─ 仓储物流部：仓储主管 → 仓管员、叉车司机、物流调度员
├─ 品质部：品质经理 → 品控主管 → QA专员、QC检验员、化验员
├─ 研发中心：研发总监 → 产品研发工程师、感官评价员
├─ 采购部：采购经理 → 采购员
├─ 安全环保部：EHS经理 → 安全员、环保专员
├─ 销售部：销售总监 → 区域销售经理 → 渠道专员；电商运营专员
├─ 人力资源部：人力资源经理 → 人事行政专员、培训专员
└─ 财务部：财务经理 → 成本会计、出纳

注：一厂位于北京市顺义区，二厂位于河北省廊坊市。
"""


def bm10():
    (OUT / "bm10_组织架构.txt").write_text(BM10, encoding="utf-8")


if __name__ == "__main__":
    for fn in (bm01, bm02, bm03, bm04, bm05, bm06, bm07, bm08, bm09, bm10):
        fn()
    for p in sorted(OUT.iterdir()):
        print(f"{p.stat().st_size:>8}  {p.name}")
