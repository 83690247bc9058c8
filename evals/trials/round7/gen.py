#!/usr/bin/env python3
"""Round 7 blind trial: an airport ground-handling company (江临国际机场地面服务有限公司).

Writes 10 HR documents into $T7_OUT/corpus (default /tmp/t7/corpus):
  JL-01 docx  机坪调度员 — 2-column label|value form; section rows merged across both columns;
              the 岗位职责 / 任职资格 label cells merged vertically over one row per item; an empty 薪资等级
  JL-02 docx  地服部 three posts (值机员, 要客服务专员, 行李查询员), each under a Heading 1 with Heading 2
              sub-sections and Word auto-numbered lists (style "List Number": no "1." in the text)
  JL-03 xlsx  KPI library, two sheets: 运行保障 (title row, 部门/岗位 merged down) and 地服部
              (own column names 考核对象/维度/指标/权重(%)/指标定义/目标/数据提供部门, owner repeated per row)
  JL-04 csv   job postings, UTF-8 with BOM, multi-line cells, two postings of 行李分拣员 (the second says 同T1岗位),
              two of 特种车辆驾驶员 with a bracketed vehicle type
  JL-05 html  careers page with tabs (社会招聘 / 校园招聘) holding job cards; nav + footer
  JL-06 pdf   航班保障主管, hand-built 2-page text PDF (STSong-Light CID font), header/footer on every page,
              two label:value fields per line, a KPI table drawn as columns
  JL-07 md    地面服务部经理, Markdown tables: 4-column basic-info grid, duty table with 职责模块, 类别|要求 table,
              a small KPI table with a 一票否决 weight
  JL-08 txt   员工手册（节选）, GBK + CRLF, 第X条 articles
  JL-09 txt   organisation chart drawn with box characters (names posts that no document describes)
  JL-10 txt   特种车辆驾驶员岗位规范, tab-separated 项目\t内容 with a whole numbered list in one cell
"""
import csv
import io
import os
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T7_OUT", "/tmp/t7")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "江临国际机场地面服务有限公司"


# ------------------------------------------------------------------ JL-01 docx: 2-column form, merged cells
def jl01():
    d = docx.Document()
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(CO)
    r.bold = True
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("岗 位 说 明 书").bold = True

    duties = [
        "1. 根据航班计划和机位分配原则，提前编制次日机位预分配方案；",
        "2. 实时监控航班动态，对延误、备降、返航航班及时调整机位和保障资源；",
        "3. 通过集群对讲和AODB系统向各保障单位下达保障指令，跟踪关键节点完成情况；",
        "4. 协调廊桥、客梯车、摆渡车等资源冲突，必要时报告运控值班经理决策；",
        "5. 遇大面积延误、低能见度、雷雨等特殊天气，按预案启动应急调度；",
        "6. 如实填写调度日志，交接班时说明未完成事项和设备故障情况。",
    ]
    quals = [
        "学历：大专及以上学历",
        "专业：交通运输、民航运输、航空服务等相关专业",
        "经验：2年以上机场运行或航班保障相关工作经验，有机坪作业经验者优先",
        "证书：持有民航机场运行指挥员岗位培训合格证（需入职后6个月内取得）",
    ]
    rows = [
        ("§", "一、基本信息"),
        ("岗位名称", "机坪调度员"),
        ("岗位编号", "YK-03-02"),
        ("所属部门", "运行控制中心"),
        ("直接上级", "运控值班经理"),
        ("直接下级", "无"),
        ("岗位定员", "12人（四班两运转）"),
        ("薪资等级", ""),
        ("§", "二、岗位目的"),
        ("§", "依据航班计划和实时动态，统一调配机位、保障车辆和人员，确保航班地面保障安全、准点。"),
        ("§", "三、岗位职责与任职资格"),
    ]
    rows += [("岗位职责", x) for x in duties]
    rows += [("任职资格", x) for x in quals]
    rows += [
        ("工作条件", "24小时倒班，室内调度大厅工作，需间歇性到机坪现场"),
        ("审批", "编制：人力资源部　审核：运行控制中心　日期：2025年3月"),
    ]
    t = d.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    merge_start = {}
    for i, (k, v) in enumerate(rows):
        c0, c1 = t.cell(i, 0), t.cell(i, 1)
        if k == "§":
            m = c0.merge(c1)
            m.text = v
            if v.startswith(("一", "二", "三")):
                m.paragraphs[0].runs[0].bold = True
            continue
        c1.text = v
        if k in ("岗位职责", "任职资格"):
            merge_start.setdefault(k, i)
        else:
            c0.text = k
    for k, start in merge_start.items():
        end = max(i for i, (kk, _) in enumerate(rows) if kk == k)
        m = t.cell(start, 0).merge(t.cell(end, 0))
        m.text = k
    d.save(OUT / "JL-01_机坪调度员岗位说明书.docx")


# ------------------------------------------------------------------ JL-02 docx: headings per post, auto-numbered lists
JL02 = [
    ("一、值机员", "所属科室：值机室　　直接上级：值机主管　　工作地点：T2航站楼出发层值机岛", [
        "为旅客办理值机手续，核验有效身份证件和客票信息，发放登机牌；",
        "按航空公司规定收运托运行李，检查行李重量、尺寸和禁限运物品，拴挂行李牌；",
        "办理超重行李收费、特殊旅客（无成人陪伴儿童、轮椅旅客）交接手续；",
        "航班截载后核对值机人数与行李件数，及时向配载部门发送报文；",
        "处理旅客座位调整、候补以及航班不正常时的改签引导等服务事宜。",
    ], [
        "大专及以上学历，民航服务、旅游管理、英语等专业优先；",
        "普通话标准，英语可进行日常工作沟通（CET-4及以上）；",
        "身高女性160cm以上、男性170cm以上，五官端正，无明显纹身；",
        "能适应早班（5:00到岗）及倒班工作；",
        "持有民航值机业务培训合格证书者优先。",
    ]),
    ("二、要客服务专员", "所属科室：要客室　　直接上级：要客室主任　　直接下级：无", [
        "根据航空公司提供的要客名单，提前准备接待方案并布置贵宾休息室；",
        "陪同要客办理值机、安检、登机全流程，提供专人引导服务；",
        "与航空公司、安检、贵宾厅保持联络，及时通报航班延误等信息；",
        "对接待信息严格保密，不得泄露要客行程；",
        "每月整理要客服务记录，分析旅客意见并提出改进建议。",
    ], [
        "本科及以上学历，专业不限；",
        "2年以上高端服务行业（航空、酒店、银行贵宾服务）工作经验；",
        "英语口语流利，会日语或韩语者优先；",
        "形象气质佳，具备较强的应变能力和保密意识。",
    ]),
    ("三、行李查询员", "所属科室：行李查询室　　直接上级：行李查询室主任", [
        "受理旅客行李丢失、破损、延误运输的查询申报，填写行李运输事故记录（PIR）；",
        "通过WorldTracer系统查找、匹配少收和多收行李；",
        "安排找到的行李速运至旅客指定地址，并电话回访；",
        "按航空公司标准办理行李赔偿的初审手续；",
        "定期清点和处理无人认领行李，做好登记台账。",
    ], [
        "大专及以上学历；",
        "英语阅读能力良好，能处理英文电报；",
        "熟练使用办公软件，有WorldTracer系统操作经验者优先；",
        "有耐心，能妥善处理旅客投诉。",
    ]),
]


def jl02():
    d = docx.Document()
    d.add_heading("地面服务部旅客服务岗位说明（汇编）", level=0)
    d.add_paragraph(f"{CO}人力资源部　2025年2月修订。本汇编适用于地面服务部值机室、要客室和行李查询室，共收录三个岗位。")
    for title, facts, duties, reqs in JL02:
        d.add_heading(title, level=1)
        d.add_paragraph(facts)
        d.add_heading("岗位职责", level=2)
        for x in duties:
            d.add_paragraph(x, style="List Number")
        d.add_heading("任职要求", level=2)
        for x in reqs:
            d.add_paragraph(x, style="List Number")
    d.add_paragraph("注：各岗位KPI见《2025年度岗位KPI指标库》。")
    d.save(OUT / "JL-02_地服部旅客服务岗位说明汇编.docx")


# ------------------------------------------------------------------ JL-03 xlsx: KPI library, two sheets
def jl03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "运行保障"
    hdr = ["部门", "岗位", "考核维度", "指标名称", "权重", "计算公式", "目标值", "数据来源", "考核周期"]
    ws.append(["运行保障类岗位KPI指标库（2025年度）"])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(hdr))
    ws["A1"].font = Font(bold=True, size=14)
    ws.append(hdr)
    blocks = [
        ("运行控制中心", [
            ("机坪调度员", [
                ("内部运营", "机位分配准确率", "30%", "无需二次调整的机位分配航班数/总航班数×100%", "≥98%", "AODB系统", "月度"),
                ("客户", "航班放行正常率", "30%", "非地面保障原因延误的航班数/总保障航班数×100%", "≥95%", "运控中心日报", "月度"),
                ("内部运营", "保障指令及时下达率", "20%", "按时下达的指令数/应下达指令数×100%", "100%", "集群对讲录音抽查", "月度"),
                ("学习与成长", "应急演练参与率", "20%", "实际参加演练次数/应参加演练次数×100%", "100%", "培训台账", "季度"),
            ]),
        ]),
        ("机坪保障部", [
            ("行李分拣员", [
                ("内部运营", "行李错运率", "35%", "错运行李件数÷分拣行李总件数×10000", "≤0.5件/万件", "行李分拣系统", "月度"),
                ("客户", "行李破损有效投诉次数", "25%", "当月因分拣操作导致的有效破损投诉次数", "0次", "客服投诉记录", "月度"),
                ("内部运营", "装车截止时间达成率", "25%", "截止时间前完成装车的航班数/保障航班数×100%", "≥99%", "行李分拣系统", "月度"),
                ("学习与成长", "安全培训考核合格率", "15%", "考核合格人次/参加考核人次×100%", "100%", "培训台账", "季度"),
            ]),
            ("特种车辆驾驶员", [
                ("内部运营", "车辆保障准点率", "40%", "按时到位保障次数/保障总次数×100%", "≥98%", "车辆调度系统", "月度"),
                ("内部运营", "机坪交通违章次数", "35%", "当月被机场管理机构通报的违章次数", "0次", "安全质量部通报", "月度"),
                ("财务", "单车燃油消耗率", "25%", "实际油耗/标准油耗×100%", "≤100%", "车队油料台账", "季度"),
            ]),
        ]),
    ]
    r = 3
    for dept, roles in blocks:
        dstart = r
        for role, rows in roles:
            rstart = r
            for row in rows:
                ws.append([dept if r == dstart else None, role if r == rstart else None, *row])
                r += 1
            if r - 1 > rstart:
                ws.merge_cells(start_row=rstart, start_column=2, end_row=r - 1, end_column=2)
        if r - 1 > dstart:
            ws.merge_cells(start_row=dstart, start_column=1, end_row=r - 1, end_column=1)
    for row in ws.iter_rows(min_row=3):
        for c in row[:2]:
            c.alignment = Alignment(vertical="center")
    for col, w in zip("ABCDEFGHI", (14, 16, 12, 22, 8, 46, 14, 18, 10)):
        ws.column_dimensions[col].width = w

    ws2 = wb.create_sheet("地服部")
    ws2.append(["地面服务部KPI指标库"])
    ws2.append([])
    ws2.append(["考核对象", "维度", "指标", "权重(%)", "指标定义/计算方式", "目标", "数据提供部门"])
    for row in [
        ("值机员", "客户", "旅客满意度", 30, "季度旅客满意度测评得分", "≥95分", "质量管理室"),
        ("值机员", "内部运营", "值机差错率", 30, "值机差错件数/值机旅客人数×100%", "≤0.01%", "值机系统"),
        ("值机员", "内部运营", "人均值机效率", 20, "值机旅客人数/在岗值机工时", "≥40人次/小时", "值机系统"),
        ("值机员", "学习与成长", "业务考试成绩", 20, "季度业务理论与实操考试得分", "≥85分", "培训室"),
        ("地面服务部", "财务", "部门费用预算执行率", 20, "实际发生费用/预算费用×100%", "≤100%", "财务部"),
        ("地面服务部", "客户", "有效投诉率", 30, "有效投诉件数/旅客吞吐量（百万人次）", "≤3件/百万人次", "质量管理室"),
        ("地面服务部", "内部运营", "旅客服务正点率", 30, "因旅客服务原因未造成延误的航班数/保障航班数×100%", "≥99.5%", "运行控制中心"),
        ("地面服务部", "学习与成长", "员工持证上岗率", 20, "持有效岗位证书员工数/应持证员工数×100%", "100%", "人力资源部"),
    ]:
        ws2.append(list(row))
    wb.save(OUT / "JL-03_2025年度岗位KPI指标库.xlsx")


# ------------------------------------------------------------------ JL-04 csv: postings, BOM, multi-line cells
def jl04():
    rows = [
        ["序号", "职位名称", "招聘部门", "工作地点", "人数", "月薪(元)", "岗位职责", "任职要求", "截止日期"],
        ["1", "行李分拣员", "机坪保障部", "T1航站楼行李分拣厅", "8", "5000-6500",
         "1、按航班将出港行李分拣至对应行李车或集装箱；\n2、核对行李牌上的航班号和目的地，发现错挂、漏挂及时报告；\n"
         "3、按装载要求码放行李，重不压轻、硬不压软；\n4、协助处理中转行李和速运行李；\n5、保持分拣区域整洁，遵守机坪安全规定。",
         "1、高中或中专及以上学历；\n2、身体健康，能搬运32公斤以内的行李；\n3、能适应倒班和夜班；\n4、有机场或物流分拣经验者优先。",
         "2025-04-30"],
        ["2", "行李分拣员", "机坪保障部", "T2航站楼行李分拣厅", "6", "5500-7000",
         "同T1航站楼岗位；另需在T2自动分拣系统（BHS）人工补码工位完成无法识别行李的补码。",
         "同T1航站楼岗位；有BHS系统操作经验者优先。", "2025-04-30"],
        ["3", "特种车辆驾驶员（牵引车）", "机坪保障部", "江临机场机坪", "5", "6500-8500",
         "1、驾驶飞机牵引车完成航空器推出、拖曳作业；\n2、与机务人员、机组保持通话，严格执行推出指令；\n"
         "3、每班作业前对牵引车进行绕车检查并填写车辆日志；\n4、发现车辆故障及时报修，不得带病作业。",
         "1、高中及以上学历；\n2、持有A2或B2驾驶证，3年以上实际驾龄；\n3、取得机场控制区机动车驾驶许可（可入职后培训取得）；\n4、无重大交通事故记录。",
         "2025-05-15"],
        ["4", "特种车辆驾驶员（摆渡车）", "机坪保障部", "江临机场机坪", "10", "6000-7500",
         "1、驾驶旅客摆渡车往返远机位与候机楼；\n2、遵守机坪限速和行车规定，确保旅客乘车安全；\n"
         "3、配合引导员清点上下车旅客人数；\n4、负责车辆日常清洁和例行保养。",
         "1、持有A1驾驶证；\n2、5年以上大客车驾驶经验；\n3、年龄45周岁以下，身体健康。",
         "2025-05-15"],
    ]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (OUT / "JL-04_2025春季招聘岗位.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")


# ------------------------------------------------------------------ JL-05 html: tabs with job cards
JL05 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 - 江临国际机场地面服务有限公司</title>
<style>.tab-pane{display:none}.tab-pane.active{display:block}.job-card{border:1px solid #ddd;margin:12px;padding:12px}</style>
</head>
<body>
<nav class="topnav"><a href="/">首页</a> | <a href="/about">关于我们</a> | <a href="/news">新闻中心</a> | <a href="/join">加入我们</a></nav>
<div class="banner"><h1>加入我们</h1><p>与江临一起，守护每一次平安起降</p></div>
<div class="tabs">
<button class="tab-btn active" data-target="social">社会招聘</button>
<button class="tab-btn" data-target="campus">校园招聘</button>
</div>
<div id="social" class="tab-pane active">
<div class="job-card">
<div class="job-head"><span class="job-title">配载员</span><span class="tag">运行控制中心</span><span class="salary">7000-9000元/月</span></div>
<div class="job-meta">工作地点：江临机场T2运控大楼 | 汇报对象：配载主任 | 招聘人数：3人</div>
<div class="job-body">
<p class="label">职位描述</p>
<ul>
<li>根据航班旅客、行李、货邮数据制作载重平衡表和装载指令单；</li>
<li>计算飞机重心位置，确保起飞重量和重心在安全范围内；</li>
<li>航班关闭后及时向机组和航站发送LDM、CPM等业务电报；</li>
<li>处理加机组、临时加货等最后一分钟修正（LMC）。</li>
</ul>
<p class="label">职位要求</p>
<ul>
<li>大专及以上学历，理工科专业优先；</li>
<li>持有民航配载平衡岗位资格证书；</li>
<li>1年以上配载工作经验，熟悉至少两种机型的配载要求；</li>
<li>英语良好，能阅读英文机型手册。</li>
</ul>
</div>
</div>
<div class="job-card">
<div class="job-head"><span class="job-title">客舱清洁员</span><span class="tag">机坪保障部</span><span class="salary">4500-5500元/月</span></div>
<div class="job-meta">工作地点：江临机场机坪 | 招聘人数：20人</div>
<div class="job-body">
<p class="label">职位描述</p>
<ul>
<li>航班过站期间清洁客舱座椅、地毯、卫生间和厨房；</li>
<li>更换头枕巾，清理座椅口袋内的杂物；</li>
<li>按航空公司标准补充机供品；</li>
<li>在规定过站时间内完成清洁并接受乘务组验收。</li>
</ul>
<p class="label">职位要求</p>
<ul>
<li>初中及以上学历；</li>
<li>年龄18-50周岁，吃苦耐劳；</li>
<li>能适应倒班及夜间航班保障。</li>
</ul>
</div>
</div>
</div>
<div id="campus" class="tab-pane">
<div class="job-card">
<div class="job-head"><span class="job-title">值机员（2025届校园招聘）</span><span class="tag">地面服务部</span><span class="salary">实习期3500元/月，转正后5000-6000元/月</span></div>
<div class="job-meta">工作地点：江临机场T2航站楼 | 招聘人数：30人</div>
<div class="job-body">
<p class="label">职位描述</p>
<ul>
<li>参加为期3个月的值机岗前培训并通过考核；</li>
<li>在带教师傅指导下为旅客办理值机和行李托运；</li>
<li>参与航班不正常时的旅客安抚和服务工作。</li>
</ul>
<p class="label">职位要求</p>
<ul>
<li>2025届大专及以上应届毕业生；</li>
<li>民航服务、空中乘务、英语等相关专业；</li>
<li>普通话二级乙等及以上。</li>
</ul>
</div>
</div>
</div>
<footer><p>简历投递：hr@jianglin-gh.example.com</p><p>Copyright © 2025 江临国际机场地面服务有限公司 版权所有</p></footer>
</body>
</html>
"""


def jl05():
    (OUT / "JL-05_加入我们.html").write_text(JL05, encoding="utf-8")


# ------------------------------------------------------------------ JL-06 hand-built 2-page PDF
HEAD = [(9, [(50, f"{CO}　　受控文件　JL-HR-2025")])]
PAGES = [
    [
        (16, [(190, "航班保障主管岗位说明书")]),
        (11, [(50, "岗位名称：航班保障主管"), (300, "所属部门：机坪保障部")]),
        (11, [(50, "直接上级：机坪保障部经理"), (300, "岗位等级：M2")]),
        (11, [(50, "直接下级：行李分拣员、特种车辆驾驶员、客舱清洁员")]),
        (11, [(50, "工作地点：机坪保障部值班室（T2航站楼远机位区）")]),
        (12, [(50, "一、岗位目的")]),
        (11, [(50, "组织当班航班的地面保障作业，确保航班安全、正点、优质放行。")]),
        (12, [(50, "二、主要职责")]),
        (11, [(50, "1. 按班次全面负责所辖航班的地面保障组织，合理安排人员和车辆；")]),
        (11, [(50, "2. 在航班落地前15分钟到达机位，检查保障人员和设备是否到位；")]),
        (11, [(50, "3. 监督行李装卸、客舱清洁、特种车辆作业符合安全规程；")]),
        (11, [(50, "4. 航班延误时及时向运行控制中心报告原因和预计保障时间；")]),
        (11, [(50, "5. 组织班前会和班后讲评，记录当班不安全事件；")]),
        (11, [(50, "6. 负责班组员工的岗位培训、考勤和绩效初评。")]),
    ],
    [
        (12, [(50, "三、任职资格")]),
        (11, [(50, "1. 大专及以上学历，交通运输或管理类专业；")]),
        (11, [(50, "2. 5年以上机坪保障工作经验，其中2年以上班组管理经验；")]),
        (11, [(50, "3. 熟悉机坪运行规则和各类特种车辆操作规程；")]),
        (11, [(50, "4. 持有机场控制区通行证和机坪驾驶许可；")]),
        (11, [(50, "5. 具备较强的现场协调和突发事件处置能力。")]),
        (12, [(50, "四、关键绩效指标")]),
        (11, [(50, "指标名称"), (260, "权重"), (360, "目标值")]),
        (11, [(50, "航班保障正点率"), (260, "40%"), (360, "≥95%")]),
        (11, [(50, "保障差错事件数"), (260, "30%"), (360, "0起")]),
        (11, [(50, "班组员工培训完成率"), (260, "30%"), (360, "100%")]),
        (12, [(50, "五、薪酬")]),
        (11, [(50, "按公司管理岗M2级执行，另享夜班津贴。")]),
    ],
]


def _page_ops(lines, pageno, total):
    ops = ["BT"]
    y = 810
    for size, segs in HEAD + lines:
        for x, s in segs:
            hexs = "".join(f"{ord(ch):04X}" for ch in s)
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
        y -= size + 12
    foot = f"第 {pageno} 页 共 {total} 页"
    hexs = "".join(f"{ord(ch):04X}" for ch in foot)
    ops.append(f"/F1 9 Tf 1 0 0 1 260 30 Tm <{hexs}> Tj")
    ops.append("ET")
    return "\n".join(ops).encode("ascii")


def jl06():
    total = len(PAGES)
    allchars = set()
    for lines in PAGES:
        for _, segs in HEAD + lines:
            for _, s in segs:
                allchars.update(s)
    for n in range(1, total + 1):
        allchars.update(f"第 {n} 页 共 {total} 页")
    chars = sorted(allchars)
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
    # objects: 1 catalog, 2 pages, 3 font, 4 cidfont, 5 descriptor, 6 tounicode, then (page, content) pairs
    page_ids = [7 + 2 * i for i in range(total)]
    objs = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: ("<< /Type /Pages /Kids [" + " ".join(f"{p} 0 R" for p in page_ids) + f"] /Count {total} >>").encode(),
        3: b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
        4: ("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W "
            + widths + " >>").encode("ascii"),
        5: b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
        6: b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    }
    for i, lines in enumerate(PAGES):
        content = _page_ops(lines, i + 1, total)
        pid = page_ids[i]
        objs[pid] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {pid + 1} 0 R >>").encode()
        objs[pid + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i in range(1, len(objs) + 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    (OUT / "JL-06_航班保障主管岗位说明书.pdf").write_bytes(bytes(out))


# ------------------------------------------------------------------ JL-07 md
JL07 = """# 地面服务部经理岗位说明书

> 文件编号：JL-HR-JD-011　版本：V2.0　生效日期：2025-03-01

## 基本信息

| 项目 | 内容 | 项目 | 内容 |
|---|---|---|---|
| 岗位名称 | 地面服务部经理 | 所属部门 | 地面服务部 |
| 直接上级 | 副总经理（运行） | 直接下级 | 值机主管、要客室主任、行李查询室主任 |
| 管理幅度 | 约160人 | 工作地点 | T2航站楼B区行政办公室 |

## 岗位职责

| 序号 | 职责模块 | 工作内容 |
|:---:|---|---|
| 1 | 服务规划 | 制定部门年度服务质量目标和工作计划，并分解到各科室 |
| 2 | 运行管理 | 统筹值机、要客、行李查询等旅客服务的日常运行，审批月度排班方案 |
| 3 | 客户关系 | 与各驻场航空公司签订并维护地面服务协议，每季度召开服务协调会 |
| 4 | 质量与投诉 | 处理重大旅客投诉和服务差错，组织原因分析和整改 |
| 5 | 团队建设 | 负责部门人员招聘、培训、考核和后备干部梯队建设 |
| 6 | 预算管理 | 编制并执行部门年度费用预算 |

## 任职资格

| 类别 | 要求 |
|---|---|
| 学历 | 本科及以上 |
| 专业 | 民航运输、工商管理、旅游管理相关专业 |
| 经验 | 8年以上民航地面服务工作经验，其中3年以上部门管理经验 |
| 证书 | 民航地面服务管理人员培训合格证 |
| 能力 | 优秀的沟通协调能力，熟悉IATA地面操作手册（IGOM） |

## 考核指标

本岗位按《2025年度岗位KPI指标库》“地服部”工作表中的地面服务部指标考核，另加以下个人指标：

| 指标 | 权重 | 目标值 |
|---|---|---|
| 航空公司客户续约率 | 15% | 100% |
| 重大服务差错 | 一票否决 | 0起 |

## 薪酬福利

年薪制，18-25万元（含绩效），享受企业年金和补充医疗保险。
"""


def jl07():
    (OUT / "JL-07_地服部经理岗位说明书.md").write_text(JL07, encoding="utf-8")


# ------------------------------------------------------------------ JL-08 txt GBK + CRLF
JL08 = f"""{CO}员工手册（2025年版·节选）

第三章　劳动合同与试用期
第十条　新员工试用期按劳动合同期限确定：合同期三年及以上的，试用期为六个月；合同期一年以上不满三年的，试用期为二个月。
第十一条　试用期工资不低于转正工资的百分之八十。
第十二条　试用期内须完成新员工入职培训和岗位资质培训，考核不合格者不予转正。

第四章　工作时间与休假
第十五条　一线保障岗位实行综合计算工时制，按“四班两运转”或“做二休二”排班，以年为周期综合计算工作时间。
第十六条　员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。
第十七条　年休假须提前7天通过OA系统申请，春运、暑运等保障高峰期原则上不安排年休假。
第十八条　病假须提供二级及以上医院出具的诊断证明；事假每次不超过3天，全年累计不超过15天。
第十九条　婚假3天（不含法定节假日）；产假按国家和省有关规定执行。

第五章　加班与倒班
第二十一条　因航班延误等原因需要延长工作时间的，由当班主管确认，按实际加班时长计入综合工时。
第二十二条　法定节假日安排工作的，按不低于本人工资的百分之三百支付加班工资。
第二十三条　夜班（22:00至次日6:00）每班发放夜班津贴30元。

第六章　着装与证件
第二十六条　员工上岗须按规定穿着工装、佩戴控制区通行证，通行证不得转借他人。
第二十七条　遗失控制区通行证的，应在2小时内向安全质量部报告。
"""


def jl08():
    (OUT / "JL-08_员工手册节选.txt").write_bytes(JL08.replace("\n", "\r\n").encode("gbk"))


# ------------------------------------------------------------------ JL-09 org chart
JL09 = f"""{CO} 组织架构（2025年3月）

总经理
├── 副总经理（运行）
│   ├── 运行控制中心
│   │   └── 运控值班经理
│   │       ├── 机坪调度员
│   │       └── 配载主任
│   │           └── 配载员
│   ├── 地面服务部 —— 地面服务部经理
│   │   ├── 值机室：值机主管 → 值机员
│   │   ├── 要客室：要客室主任 → 要客服务专员
│   │   ├── 行李查询室：行李查询室主任 → 行李查询员
│   │   └── 引导室：引导员（由值机主管代管）
│   └── 机坪保障部 —— 机坪保障部经理
│       ├── 航班保障主管
│       │   ├── 行李分拣员
│       │   ├── 特种车辆驾驶员
│       │   └── 客舱清洁员
│       └── 除冰组：除冰员（季节性岗位，每年11月至次年3月）
└── 副总经理（综合）
    ├── 人力资源部
    ├── 财务部
    └── 安全质量部：安全员、质量审核员

说明：各部门经理向分管副总经理汇报；运控值班经理实行24小时轮值。
"""


def jl09():
    (OUT / "JL-09_公司组织架构.txt").write_text(JL09, encoding="utf-8")


# ------------------------------------------------------------------ JL-10 tab-separated
JL10 = "\n".join([
    "特种车辆驾驶员岗位规范",
    "",
    "项目\t内容",
    "岗位名称\t特种车辆驾驶员",
    "所属部门\t机坪保障部（车辆队）",
    "直接上级\t航班保障主管",
    "适用车型\t飞机牵引车、旅客摆渡车、行李牵引车、升降平台车、食品车",
    "岗位职责\t1.按调度指令驾驶特种车辆完成航班保障作业；2.严格遵守机坪限速（机位区域5公里/小时、服务车道25公里/小时）；"
    "3.作业前进行绕车检查，作业后将车辆停放在指定区域；4.配合航班保障主管处理车辆剐蹭等不安全事件；5.参加车辆队每月安全例会。",
    "任职条件\t高中及以上学历；持有与车型相应的机动车驾驶证；取得机场控制区机动车驾驶许可；无色盲色弱",
    "考核\t按KPI指标库“运行保障”表中特种车辆驾驶员指标执行",
    "工作时间\t四班两运转",
    "",
]) 


def jl10():
    (OUT / "JL-10_特种车辆驾驶员岗位规范.txt").write_text(JL10, encoding="utf-8")


if __name__ == "__main__":
    for f in (jl01, jl02, jl03, jl04, jl05, jl06, jl07, jl08, jl09, jl10):
        f()
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
