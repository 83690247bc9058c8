# -*- coding: utf-8 -*-
"""Generate a fictional lithium-battery manufacturer's HR corpus into $T5_OUT/corpus/ (default /tmp/t5)."""
import os
import zlib
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T5_OUT", "/tmp/t5")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
for p in OUT.iterdir():
    p.unlink()

CO = "华锂动力电池股份有限公司"


# ------------------------------------------------------------------ bt01 docx: label|value grid, merged cells
def bt01():
    d = docx.Document()
    h = d.add_paragraph()
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = h.add_run(CO + "\n岗位说明书")
    r.bold = True
    t = d.add_table(rows=14, cols=4)
    t.style = "Table Grid"

    def put(row, col, text, span=None):
        c = t.cell(row, col)
        if span:
            c = c.merge(t.cell(row, span))
        c.text = text
        return c

    put(0, 0, "岗位名称"); put(0, 1, "电芯工艺工程师"); put(0, 2, "岗位编号"); put(0, 3, "HL-PE-012")
    put(1, 0, "所属部门"); put(1, 1, "工艺技术部"); put(1, 2, "岗位定员"); put(1, 3, "6人")
    put(2, 0, "直接上级"); put(2, 1, "工艺技术部经理"); put(2, 2, "直接下级"); put(2, 3, "工艺技术员")
    put(3, 0, "工作地点"); put(3, 1, "宜春生产基地（江西省宜春市袁州区）", 3)
    put(4, 0, "岗位目的")
    put(4, 1, "负责电芯制造前段（搅拌、涂布、辊压、分切）工艺的开发、验证与持续改善，保证产品一次良率和工艺稳定性。", 3)
    put(5, 0, "岗位职责")
    put(5, 1, "1、制定并维护搅拌、涂布、辊压、分切工序的工艺文件（SOP、PFMEA、控制计划）；\n"
              "2、主导新产品导入阶段的工艺验证，组织DOE试验并输出工艺窗口；\n"
              "3、监控面密度、压实密度、极片毛刺等关键参数，对CPK低于1.33的工序制定改善方案；\n"
              "4、牵头处理产线工艺异常，8小时内给出临时对策，72小时内提交8D报告；\n"
              "5、对工艺技术员和操作员进行工艺培训与技能考核；\n"
              "6、参与新设备技术评审和验收，确认设备能力满足工艺要求；\n"
              "7、完成上级交办的其他工作。", 3)
    # 任职资格 block: vertical merge over rows 6-10
    q = t.cell(6, 0).merge(t.cell(10, 0))
    q.text = "任职资格"
    rows = [("学历", "本科及以上"),
            ("专业", "材料科学与工程、化学、电化学等相关专业"),
            ("工作经验", "3年以上锂离子电池前段工艺经验，有动力电池量产项目经验者优先"),
            ("技能要求", "熟悉涂布机、辊压机工作原理；熟练使用Minitab做数据分析；掌握DOE、SPC、PFMEA等质量工具"),
            ("其他", "能适应车间现场工作，英语四级及以上")]
    for i, (k, v) in enumerate(rows):
        put(6 + i, 1, k)
        put(6 + i, 2, v, 3)
    put(11, 0, "薪酬范围"); put(11, 1, "月薪12K-18K，年终奖2-4个月", 3)
    put(12, 0, "考核指标"); put(12, 1, "前段工序一次良率、工艺文件按时完成率、8D报告按时关闭率（详见KPI指标库）", 3)
    put(13, 0, "编制日期"); put(13, 1, "2025年3月"); put(13, 2, "审核"); put(13, 3, "人力资源中心")
    d.add_paragraph("注：本说明书每年复核一次，岗位内容变化时由部门提出修订。")
    d.save(OUT / "bt01_电芯工艺工程师岗位说明书.docx")


# ------------------------------------------------------------------ bt02 docx: headings + duty table with time shares
def bt02():
    d = docx.Document()
    d.add_heading("设备维修技师岗位说明书", level=1)
    d.add_paragraph("常州基地 · 设备动力部　　版本：V2.1")
    d.add_heading("一、基本信息", level=2)
    t = d.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("岗位名称", "设备维修技师"), ("所在部门", "设备动力部"),
                                ("汇报对象", "设备主管"), ("管理范围", "无"),
                                ("工作地点", "常州生产基地（江苏省常州市金坛区）"),
                                ("工作时间", "四班三倒，每班12小时")]):
        t.cell(i, 0).text = k
        t.cell(i, 1).text = v
    d.add_heading("二、工作职责", level=2)
    t = d.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    hdr = ["序号", "职责模块", "具体内容", "时间占比"]
    for j, h in enumerate(hdr):
        t.cell(0, j).text = h
    duties = [("日常维修", "负责卷绕机、叠片机、注液机等设备的故障诊断与维修，故障响应时间不超过15分钟", "40%"),
              ("预防性维护", "按TPM计划执行设备点检、润滑和定期保养，如实填写保养记录", "25%"),
              ("备件管理", "统计易损件消耗，提出备件申购需求，参与备件库存盘点", "10%"),
              ("设备改善", "针对重复性故障开展根因分析，提出并实施设备改善提案", "15%"),
              ("安全与5S", "严格执行上锁挂牌（LOTO）程序，保持维修区域整洁有序", "10%")]
    for i, (m, c, s) in enumerate(duties, 1):
        t.cell(i, 0).text = str(i)
        t.cell(i, 1).text = m
        t.cell(i, 2).text = c
        t.cell(i, 3).text = s
    d.add_heading("三、任职要求", level=2)
    for s in ["1. 中专及以上学历，机电一体化、电气自动化相关专业；",
              "2. 3年以上自动化设备维修经验，有锂电或光伏行业经验者优先；",
              "3. 持有低压电工作业证（特种作业操作证），能看懂电气原理图；",
              "4. 熟悉三菱、欧姆龙PLC及伺服系统的调试；",
              "5. 能接受倒班及节假日值班安排。"]:
        d.add_paragraph(s)
    d.add_heading("四、工作条件与待遇", level=2)
    d.add_paragraph("工作环境为干燥房及注液车间，需穿戴防静电服和防护眼镜。")
    d.add_paragraph("综合月薪8000-11000元，另发夜班补贴每晚50元，提供免费宿舍。")
    d.save(OUT / "bt02_设备维修技师岗位说明书.docx")


# ------------------------------------------------------------------ bt03 xlsx: KPI library
def bt03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "质量部KPI"
    ws.merge_cells("A1:F1")
    ws["A1"] = "宜春基地质量部2025年度KPI指标库"
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(["考核维度", "KPI名称", "计算口径", "目标值", "权重（%）", "数据提供部门"])
    rows = [
        ("财务维度", "质量损失率", "质量损失金额÷同期销售收入×100%", "≤1.5%", 15, "财务部"),
        (None, "质量改进项目节约金额", "当年结项的质量改进项目经财务确认的节约金额合计", "≥300万元", 10, "财务部"),
        ("客户维度", "客户投诉次数", "统计期内客户书面质量投诉的次数", "≤3次/季度", 15, "营销中心"),
        (None, "客户8D报告按时关闭率", "按时关闭的8D报告数÷客户要求的8D报告总数×100%", "100%", 10, "质量部"),
        ("内部运营维度", "电芯出货批次合格率", "检验合格的出货批次÷出货总批次×100%", "≥99.5%", 20, "质量部"),
        (None, "来料检验及时率", "规定时限内完成检验的来料批次÷来料总批次×100%", "≥98%", 10, "仓储物流部"),
        (None, "体系审核不符合项关闭率", "按期关闭的不符合项÷不符合项总数×100%", "≥95%", 10, "质量部"),
        ("学习与成长维度", "质量培训计划完成率", "实际完成培训课时÷计划培训课时×100%", "≥90%", 5, "人力资源中心"),
        (None, "内审员持证人数", "取得IATF16949内审员资格的人数", "≥8人", 5, "人力资源中心"),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append(["合计", None, None, None, 100, None])
    # merge dimension cells down
    ws.merge_cells("A3:A4"); ws.merge_cells("A5:A6"); ws.merge_cells("A7:A9"); ws.merge_cells("A10:A11")
    for c in ("A3", "A5", "A7", "A10"):
        ws[c].alignment = Alignment(vertical="center")
    ws.column_dimensions["B"].width = 26
    ws.column_dimensions["C"].width = 50

    ws2 = wb.create_sheet("岗位考核指标")
    ws2.append(["适用岗位", "考核项目", "目标值", "权重", "评分标准", "考核周期"])
    pr = [
        ("电芯工艺工程师", "前段工序一次良率", "≥97%", "30%", "每低于目标0.5个百分点扣5分", "月度"),
        (None, "工艺文件按时完成率", "100%", "20%", "每延迟一份扣3分", "月度"),
        (None, "8D报告按时关闭率", "≥95%", "20%", "每低1个百分点扣2分", "月度"),
        (None, "工艺改善提案数", "≥2项/季度", "15%", "少一项扣5分", "季度"),
        (None, "培训带教完成率", "100%", "15%", "未完成按比例扣分", "季度"),
        ("设备维修技师", "设备综合效率OEE", "≥85%", "30%", "每低1个百分点扣3分", "月度"),
        (None, "平均故障修复时间MTTR", "≤45分钟", "25%", "每超5分钟扣2分", "月度"),
        (None, "预防性保养计划完成率", "100%", "20%", "漏保养一次扣5分", "月度"),
        (None, "备件消耗费用控制率", "不超预算", "15%", "超预算5%以内扣5分，超5%不得分", "季度"),
        (None, "维修安全事故次数", "0次", "10%", "发生一次即不得分", "月度"),
        ("化成分容技术员", "分容数据上传及时率", "100%", "30%", "延迟一次扣2分", "月度"),
        (None, "化成柜异常处理及时率", "≥98%", "30%", "每低1个百分点扣3分", "月度"),
        (None, "容量分档准确率", "≥99.8%", "40%", "出现混档批次一次扣10分", "月度"),
    ]
    for r in pr:
        ws2.append(list(r))
    ws2.merge_cells("A2:A6"); ws2.merge_cells("A7:A11"); ws2.merge_cells("A12:A14")
    ws3 = wb.create_sheet("填表说明")
    ws3["A1"] = "1. 权重合计须为100%，部门指标由基地质量部经理确认。"
    ws3["A2"] = "2. 岗位考核结果与月度绩效奖金挂钩，考核得分低于60分的不发放当月绩效奖金。"
    wb.save(OUT / "bt03_KPI指标库.xlsx")


# ------------------------------------------------------------------ bt04 html careers page
def bt04():
    def post(title, site, facts, duties, reqs):
        li_f = "\n".join(f"        <li>{f}</li>" for f in facts)
        li_d = "\n".join(f"        <li>{x}</li>" for x in duties)
        li_r = "\n".join(f"        <li>{x}</li>" for x in reqs)
        return f"""  <div class="job-card">
    <h3>{title}</h3>
    <p class="site">{site}</p>
    <ul class="facts">
{li_f}
    </ul>
    <h4>岗位职责</h4>
    <ol>
{li_d}
    </ol>
    <h4>任职要求</h4>
    <ol>
{li_r}
    </ol>
    <a class="apply" href="/apply">立即投递</a>
  </div>
"""
    cards = [
        post("化成分容技术员", "宜春基地 6000-8000元/月",
             ["学历：大专", "经验：1年以上", "招聘人数：10人"],
             ["负责化成、分容设备的开机、参数设定与过程监控", "及时处理化成柜报警和通道异常，记录异常原因",
              "导出并上传分容数据，配合完成电芯容量分档", "执行设备日常点检与现场5S"],
             ["大专及以上学历，应用化学、电化学或机电类专业", "1年以上锂电池化成分容岗位经验",
              "能适应两班倒", "工作细心，有责任心"]),
        post("化成分容技术员", "常州基地 7000-9000元/月",
             ["学历：大专", "经验：2年以上", "招聘人数：6人"],
             ["负责储能电芯（280Ah）化成分容工序的生产与工艺参数执行", "监控负压化成设备运行，处理设备报警",
              "统计每日分容良率并提交日报", "参与化成工序的工艺改善"],
             ["大专及以上学历，化学、材料类专业优先", "2年以上储能或动力电池化成分容经验",
              "熟悉负压化成工艺", "能适应倒班"]),
        post("EHS工程师", "宜春基地 10000-15000元/月",
             ["学历：本科", "经验：3年以上", "招聘人数：2人"],
             ["负责电解液、NMP等危险化学品的安全管理与台账", "组织消防演练和应急预案的编制、评审",
              "跟进环评、安评及排污许可相关手续", "安排接害岗位员工的职业健康体检"],
             ["本科及以上学历，安全工程、环境工程相关专业", "3年以上化工或新能源制造企业EHS工作经验",
              "持有注册安全工程师证书者优先", "熟悉ISO14001和ISO45001体系"]),
        post("储能系统销售经理", "深圳总部 20000-35000元/月+提成",
             ["学历：本科", "经验：5年以上", "招聘人数：3人"],
             ["开拓工商业储能和电网侧储能客户，完成年度销售目标", "组织技术交流和方案报价，推动项目投标",
              "维护重点客户关系，跟进回款"],
             ["本科及以上学历，电气、能源或市场营销专业", "5年以上储能或光伏行业大客户销售经验",
              "有EPC或电网公司客户资源者优先", "能接受频繁出差"]),
        post("仓库管理员", "宜春基地 4500-6000元/月",
             ["学历：高中", "经验：不限", "招聘人数：4人"],
             ["负责正负极材料、隔膜、电解液等原材料的收发存", "电解液等危化品按专库要求存放，严格执行先进先出",
              "使用WMS系统完成出入库扫码和库存盘点"],
             ["高中及以上学历", "持有叉车证（N1）", "能适应倒班，身体健康"]),
    ]
    html_text = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>社会招聘 - {CO}</title>
</head>
<body>
<div class="nav">
  <a href="/">首页</a> | <a href="/about">关于华锂</a> | <a href="/products">产品中心</a> | <a href="/join">加入我们</a>
</div>
<div class="main">
  <h1>社会招聘</h1>
  <p>华锂动力专注动力电池与储能电池的研发制造，现有宜春、常州两大生产基地，诚邀英才加盟。</p>
{''.join(cards)}  <div class="benefits">
    <h2>员工福利</h2>
    <p>五险一金、免费宿舍、厂区班车、工作餐补贴、年度体检、节日福利。</p>
  </div>
</div>
<div class="footer">
  <p>版权所有 © 2025 {CO} 粤ICP备12345678号</p>
  <p>简历投递邮箱：hr@hualipower.example.com</p>
</div>
</body>
</html>
"""
    (OUT / "bt04_社会招聘.html").write_text(html_text, encoding="utf-8")


# ------------------------------------------------------------------ bt05 csv posting export
def bt05():
    import csv
    import io
    rows = [
        ["职位ID", "职位名称", "所属部门", "工作地点", "学历", "经验要求", "薪资范围", "招聘人数", "职位描述", "发布时间"],
        ["J2025031", "BMS软件工程师", "研发中心", "深圳", "本科", "3-5年", "25k-40k·14薪", "2",
         "岗位职责：\n1. 负责电池管理系统（BMS）主控及从控软件的开发与维护；\n2. 实现SOC、SOH估算算法和均衡控制策略；"
         "\n3. 编写软件需求和测试用例，配合整车厂完成联调；\n4. 按ISO 26262流程输出功能安全相关文档。\n"
         "任职要求：\n1. 本科及以上学历，电子、自动化、计算机相关专业；\n2. 3年以上嵌入式C开发经验，熟悉AUTOSAR架构者优先；"
         "\n3. 熟悉CAN、UDS诊断协议；\n4. 了解锂电池电化学特性。", "2025-03-12"],
        ["J2025044", "质量工程师（IQC）", "质量部", "宜春", "本科", "2年以上", "9k-13k", "3",
         "岗位职责：\n1. 负责正极材料、负极材料、隔膜、电解液等来料的检验与判定；\n2. 处理来料异常，向供应商发出SCAR并跟进整改；"
         "\n3. 参与供应商审核和新物料承认；\n4. 每月输出来料质量报告。\n"
         "任职要求：\n1. 本科学历，化学、材料相关专业；\n2. 2年以上锂电池或化工行业来料检验经验；\n3. 会使用ICP、粒度仪、水分测试仪等检测设备。",
         "2025-03-20"],
        ["J2025050", "生产计划专员", "生产制造中心", "常州", "大专", "1-3年", "6k-8k", "1",
         "岗位职责：\n1. 根据销售订单编制周、日生产计划，并跟踪执行；\n2. 协调物料、设备和人员，确保订单按期交付；"
         "\n3. 维护ERP系统中的生产工单和BOM数据。\n任职要求：\n1. 大专及以上学历，物流或工业工程专业；"
         "\n2. 1年以上制造业PMC工作经验；\n3. 熟练使用Excel和SAP。", "2025-04-02"],
        ["J2025058", "管理培训生", "人力资源中心", "宜春/常州", "硕士", "应届", "10k-12k", "8",
         "岗位职责：\n1. 入职后在生产、质量、工艺等部门轮岗12个月；\n2. 参与基地级改善项目，定期向导师汇报；"
         "\n3. 轮岗结束后根据考核结果定岗。\n任职要求：\n1. 2026届硕士，材料、化学、机械、电气相关专业；"
         "\n2. 有学生干部或项目经历优先；\n3. 接受基地工作和跨基地调动。", "2025-04-10"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    (OUT / "bt05_招聘职位导出.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8", newline="")


# ------------------------------------------------------------------ bt06 md handbook excerpt
def bt06():
    md = f"""# {CO}员工手册（节选）

> 本节选供新员工入职培训使用，完整版本以OA发布为准。

## 第二章 组织架构与汇报关系

公司实行“总部—基地”两级管理。总部设在深圳，下设研发中心、营销中心、财务中心和人力资源中心；宜春基地和常州基地各设生产制造中心、质量部、设备动力部、工艺技术部和仓储物流部。

- 基地总经理向公司总裁汇报。
- 生产制造中心总监向基地总经理汇报，下辖电芯车间和PACK车间。
- 车间主任向生产制造中心总监汇报；班组长向车间主任汇报，每个班组管理15至25名操作员。
- 质量部经理向基地总经理汇报，同时接受总部质量总监的业务指导。
- 设备主管向设备动力部经理汇报，管理设备维修技师和设备电工。
- 电池测试工程师隶属研发中心测试部，向测试部主管汇报。

| 岗位 | 直接上级 | 直接下级 |
|---|---|---|
| 质量部经理 | 基地总经理 | 质量工程师、检验组长 |
| 工艺技术部经理 | 基地技术副总 | 电芯工艺工程师、PACK工艺工程师 |
| 仓储物流部经理 | 基地总经理 | 仓库管理员、物流专员 |

## 第三章 试用期

1. 劳动合同期限三年以上的，试用期为六个月；一年以上不满三年的，试用期为两个月。
2. 试用期工资不低于转正后工资的80%。
3. 试用期内须完成新员工三级安全教育并考试合格，否则不予转正。

## 第五章 工作时间与休假

### 5.1 工时制度

生产一线岗位实行四班三倒，每班12小时；职能部门实行标准工时，上班时间为8:30-17:30。

### 5.2 加班

加班须提前在OA提交《加班申请单》，经部门负责人批准后方为有效加班。工作日加班按150%支付加班费；休息日加班优先安排调休，无法调休的按200%支付；法定节假日加班按300%支付。每月加班累计不得超过36小时。

### 5.3 年休假

员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。在本公司连续工作满3年的，另加1天公司福利假。年休假须提前3个工作日在OA申请。

## 第七章 安全生产

进入干燥房必须穿戴防静电服和鞋套，严禁携带金属饰品；发现电池冒烟、鼓胀，应立即按下急停并通知当班班组长。
"""
    (OUT / "bt06_员工手册节选.md").write_text(md, encoding="utf-8")


# ------------------------------------------------------------------ bt07 GBK txt
def bt07():
    txt = """电芯车间班组长岗位职责

所属部门：生产制造中心/电芯车间
直接上级：车间主任
下属人员：本班组操作员（15-25人）

一、工作职责
1. 按生产计划组织本班组生产，确保日产量和交期达成；
2. 每班开班前召开班前会，传达质量、安全要求；
3. 监督操作员按SOP作业，首件检验不合格立即停线并上报；
4. 负责本班组人员排班、考勤和绩效初评；
5. 做好交接班记录，跟进设备异常的报修与确认；
6. 推动班组5S和目视化管理，每周组织一次班组安全检查；
7. 培养多能工，每季度至少带出2名可独立上岗的新员工。

二、任职要求
1. 高中或中专以上学历；
2. 2年以上锂电池或电子制造一线生产经验，1年以上班组管理经验；
3. 熟悉卷绕、叠片或装配工序者优先；
4. 能适应倒班，吃苦耐劳，沟通协调能力强。

三、薪资待遇
6500-9000元/月，含岗位津贴和夜班补贴。
"""
    (OUT / "bt07_电芯车间班组长岗位职责.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ------------------------------------------------------------------ bt08 hand-written PDF, STSong-Light
PDF_LINES = [
    (16, CO),
    (14, "岗位说明书"),
    (11, "岗位名称：PACK车间主任"),
    (11, "所属部门：生产制造中心"),
    (11, "直接上级：生产制造中心总监"),
    (11, "直接下级：PACK车间班组长、工艺员、统计员"),
    (11, "工作地点：常州生产基地"),
    (11, "岗位职责："),
    (11, "1. 根据月度生产计划，组织模组和电池包的装配、测试与入库；"),
    (11, "2. 统筹车间人员、设备和物料，确保产能利用率不低于85%；"),
    (11, "3. 推行精益生产，组织焊接、气密性测试等关键工序的质量改善；"),
    (11, "4. 负责车间安全生产，落实高压电安全防护与消防管理；"),
    (11, "5. 控制车间制造费用，审核辅料和工装夹具的申购；"),
    (11, "6. 培养班组长梯队，组织车间月度绩效评价。"),
    (11, "任职资格："),
    (11, "学历：大专及以上，机械、电气或自动化类专业"),
    (11, "经验：8年以上制造业生产管理经验，其中3年以上动力电池PACK车间管理经验"),
    (11, "技能：熟悉IATF16949体系，掌握精益生产工具"),
    (11, "薪资：年薪25万-35万元"),
]


def bt08():
    chars = sorted({ch for _, s in PDF_LINES for ch in s})
    # content stream
    ops = ["BT"]
    y = 800
    for size, s in PDF_LINES:
        hexs = "".join(f"{ord(ch):04X}" for ch in s)
        ops.append(f"/F1 {size} Tf 1 0 0 1 50 {y} Tm <{hexs}> Tj")
        y -= size + 12
    ops.append("ET")
    content = "\n".join(ops).encode("ascii")
    # ToUnicode cmap
    bf = []
    for i in range(0, len(chars), 100):
        blk = chars[i:i + 100]
        bf.append(f"{len(blk)} beginbfchar\n" + "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in blk) + "\nendbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + "\n".join(bf) +
            "\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").encode("ascii")
    widths = "[" + " ".join(f"{ord(c)} [{500 if ord(c) < 128 else 1000}]" for c in chars) + "]"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 /W "
         + widths + " >>").encode("ascii"),
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    (OUT / "bt08_PACK车间主任岗位说明书.pdf").write_bytes(bytes(out))


# ------------------------------------------------------------------ bt09 txt with bracket headings
def bt09():
    txt = """【职位】电池测试工程师
【部门】研发中心-测试部
【汇报对象】测试部主管
【工作地点】深圳总部（宝安区）
【薪资】15K-22K

【工作内容】
1）制定电芯及模组的性能测试方案，包括循环寿命、倍率、高低温和存储测试；
2）操作新威、Arbin等充放电测试设备，维护测试通道的标定记录；
3）按GB 38031-2025组织针刺、挤压、过充等安全测试，并跟踪第三方送检；
4）分析测试数据，编写测试报告，向研发团队反馈失效模式；
5）管理测试样品的登记、存放和报废处置。

【任职要求】
1）本科及以上学历，电化学、材料或电气工程专业；
2）2年以上锂电池测试或失效分析经验；
3）熟悉GB 38031、UN38.3等电池安全标准；
4）会使用Python或MATLAB处理测试数据者优先。
"""
    (OUT / "bt09_电池测试工程师职位描述.txt").write_text(txt, encoding="utf-8")


if __name__ == "__main__":
    for f in (bt01, bt02, bt03, bt04, bt05, bt06, bt07, bt08, bt09):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
