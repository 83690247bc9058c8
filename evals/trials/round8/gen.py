"""Round 8 blind-test corpus: 浙江通衢高速公路运营有限公司 (highway toll-road operator).

Writes 10 HR documents into $T8_OUT/corpus (default /tmp/t8/corpus).
Formats: docx form table, docx multi-post with headings, xlsx KPI library (3 sheets,
merged 考核对象 cells), csv postings (multi-line cells), html careers page (cards + tab table),
hand-written text pdf (STSong-Light, UniGB-UCS2-H), md with tables, GBK txt with CRLF,
employee handbook txt, org chart txt.
"""

import os
import zlib
from pathlib import Path

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T8_OUT", "/tmp/t8")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
for old in OUT.iterdir():
    if old.is_file():
        old.unlink()

CO = "浙江通衢高速公路运营有限公司"


# ---------------------------------------------------------------- hw01 docx form
def hw01():
    d = Document()
    d.add_paragraph(f"{CO}岗位说明书")
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def row4(a, b, c, e):
        r = t.add_row().cells
        for cell, v in zip(r, (a, b, c, e)):
            cell.text = v

    def row_label_span(label, value):
        r = t.add_row().cells
        r[0].text = label
        m = r[1].merge(r[3])
        m.text = value

    def row_full(text):
        r = t.add_row().cells
        m = r[0].merge(r[3])
        m.text = text

    row4("岗位名称", "收费员", "岗位编号", "TQ-SF-003")
    row4("所属部门", "收费管理部（各收费站）", "直接上级", "收费班长")
    row4("直接下级", "无", "岗位定员", "186")
    row4("工作地点", "湖州南、德清、安吉三站轮岗", "薪资标准", "4200-5600元/月（含夜班补贴）")
    row_label_span("岗位目的", "按照收费政策和操作规程，准确、及时收取车辆通行费，保障车道畅通，提供文明优质的窗口服务。")
    row_full("工作职责")
    duties = [
        "按收费操作规程完成入口发卡、出口收费，核对车型、车牌及轴数，做到应收不漏、不多收。",
        "负责ETC车道及混合车道的特情处理，对ETC交易失败、无卡、坏卡车辆按规定办理。",
        "负责绿色通道车辆（鲜活农产品运输车）的查验登记，对不符合规定的车辆依规补费。",
        "负责本班次票款、通行卡的交接与解缴，做到账款相符，长短款及时上报。",
        "识别逃费、冲卡、假币等异常情况，第一时间报告班长并配合稽查取证。",
        "保持收费亭及车道设施整洁，发现设备故障及时报修。",
    ]
    for i, x in enumerate(duties, 1):
        row_label_span(str(i), x)
    row_full("任职资格")
    row_label_span("学历", "高中（含中专、职高）及以上学历")
    row_label_span("专业", "不限")
    row_label_span("经验", "无经验可培训上岗，有窗口服务经验者优先")
    row_label_span("证书", "须取得收费员岗位培训合格证（入职后三个月内取得）")
    row_label_span("技能", "熟练使用收费系统及点钞机，具备基本的普通话沟通能力")
    row_label_span("其他", "身体健康，能适应四班三运转倒班工作")
    row_full("考核要点")
    row_label_span("KPI", "收费差错率≤0.05‰；文明服务投诉零发生；通行卡丢失率≤0.1%")
    row4("编制：人力资源部", "审核：", "批准：", "日期：2024年3月")
    d.save(OUT / "hw01_收费员岗位说明书.docx")


# ---------------------------------------------------------------- hw02 docx several posts
def hw02():
    d = Document()
    d.add_heading("收费管理部岗位职责汇编（2024版）", level=1)
    d.add_paragraph("本汇编适用于收费管理部所属各收费站及稽查组，由人力资源部会同收费管理部编制，自2024年4月1日起执行。")

    d.add_heading("一、收费站站长", level=2)
    d.add_paragraph("所属部门：收费管理部　直接上级：收费管理部经理　直接下级：副站长、收费班长、票证员")
    d.add_paragraph("岗位职责：")
    for x in [
        "（1）全面负责收费站的收费、安全、稽查和文明服务管理，落实公司下达的通行费征收任务。",
        "（2）组织编制收费站排班计划，合理安排四班三运转，确保节假日及免费通行期间车道开启率。",
        "（3）负责站内票款管理和通行卡调拨的监督，每月组织一次票证库存盘点。",
        "（4）组织处置车道拥堵、冲卡、群体性事件等突发情况，及时上报监控调度中心。",
        "（5）负责站内员工的业务培训、考勤和绩效考核，组织每周一次班组例会。",
    ]:
        d.add_paragraph(x)
    d.add_paragraph("任职要求：大专及以上学历，交通运输、经济管理类专业优先；5年以上高速公路收费工作经验，其中2年以上班长或副站长经历；持有C1及以上驾驶证。")
    d.add_paragraph("工作地点：湖州南收费站　薪酬：年薪12万-15万元")

    d.add_heading("二、收费班长", level=2)
    d.add_paragraph("所属部门：收费管理部　直接上级：收费站站长")
    d.add_paragraph("岗位职责：")
    for x in [
        "1. 带领本班收费员完成当班收费任务，负责班前点名、班后讲评。",
        "2. 监督车道收费操作，处理收费员无法处理的特情和争议车辆。",
        "3. 负责当班票款的汇总核对和解缴，填写《收费班报表》。",
        "4. 检查当班收费员的文明服务规范执行情况，发现问题当场纠正。",
    ]:
        d.add_paragraph(x)
    d.add_paragraph("任职要求：")
    for x in [
        "- 高中及以上学历；",
        "- 2年以上收费员工作经验，熟悉各类特情处理流程；",
        "- 具备一定的组织协调能力。",
    ]:
        d.add_paragraph(x)

    d.add_heading("三、票证稽查员", level=2)
    d.add_paragraph("所属部门：收费管理部稽查组　直接上级：稽查组组长")
    d.add_paragraph("岗位职责：")
    for x in [
        "1. 通过收费录像、交易流水对各站收费行为进行稽查，重点核查倒卡、换卡、假冒绿通等逃费行为。",
        "2. 每日抽查不少于200笔收费交易记录，形成稽查日报。",
        "3. 负责追缴逃费车辆通行费，建立逃费车辆黑名单并维护。",
        "4. 配合路政、公安部门开展打击逃费专项行动。",
    ]:
        d.add_paragraph(x)
    d.add_paragraph("任职要求：大专及以上学历，会计、审计或计算机相关专业；熟练使用Excel，有1年以上稽查或审计工作经验。")
    d.save(OUT / "hw02_收费管理部岗位职责汇编.docx")


# ---------------------------------------------------------------- hw03 xlsx KPI library
def hw03():
    wb = Workbook()
    head = ["考核对象", "维度", "指标名称", "权重", "计算公式/评分标准", "数据来源", "考核周期"]

    def sheet(ws, title, groups):
        ws.append([title] + [None] * 6)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        ws.cell(1, 1).font = Font(bold=True, size=14)
        ws.append(head)
        r = 3
        for owner, rows in groups:
            first = r
            for i, row in enumerate(rows):
                ws.append([owner if i == 0 else None] + list(row))
                r += 1
            if r - first > 1:
                ws.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
                ws.cell(first, 1).alignment = Alignment(vertical="center")

    ws = wb.active
    ws.title = "收费管理部"
    sheet(ws, "收费管理部KPI考核表（2024年度）", [
        ("收费站站长", [
            ("财务类", "通行费征收计划完成率", "30%", "实际征收额/计划征收额×100%", "收费系统", "月度"),
            ("客户类", "文明服务投诉率", "20%", "有效投诉次数/万辆车流量", "客服热线记录", "月度"),
            ("内部运营类", "车道平均通行时间", "25%", "高峰时段MTC车道单车平均通行时间，≤30秒得满分", "车道监控系统", "月度"),
            ("内部运营类", "安全生产事故次数", "15%", "发生一般及以上安全事故本项为0分", "安全台账", "季度"),
            ("学习成长类", "员工培训完成率", "10%", "实际参训人次/计划参训人次×100%", "培训记录", "季度"),
        ]),
        ("收费员", [
            ("内部运营类", "收费差错率", "40%", "差错笔数/总收费笔数，≤0.05‰得满分", "收费系统", "月度"),
            ("客户类", "文明服务达标率", "30%", "文明服务抽查达标次数/抽查总次数×100%", "稽查录像抽查", "月度"),
            ("内部运营类", "通行卡丢失率", "30%", "丢失通行卡数/发卡总数×100%", "票证台账", "月度"),
        ]),
        ("收费管理部", [
            ("财务类", "逃费追缴金额", "20%", "当年追缴逃费通行费总额，完成目标值得满分", "稽查台账", "年度"),
            ("客户类", "ETC车道通行成功率", "25%", "ETC成功交易笔数/ETC车道总交易笔数×100%", "ETC系统", "月度"),
        ]),
    ])
    ws2 = wb.create_sheet("监控调度中心")
    sheet(ws2, "监控调度中心KPI考核表（2024年度）", [
        ("监控员", [
            ("客户类", "事件发现及时率", "30%", "事件发生后3分钟内发现并上报的次数/事件总数×100%", "监控值班日志", "月度"),
            ("内部运营类", "信息发布准确率", "25%", "准确发布的情报板信息条数/发布总条数×100%", "情报板系统", "月度"),
            ("内部运营类", "值班记录完整率", "20%", "抽查合格的值班记录/抽查总数×100%", "值班日志", "月度"),
            ("内部运营类", "视频巡检覆盖率", "25%", "每班巡检的摄像机数/全线摄像机总数×100%", "视频监控平台", "月度"),
        ]),
        ("监控调度中心", [
            ("客户类", "救援派车响应时间", "40%", "接警至清障车出发的平均时长，≤5分钟得满分", "调度系统", "月度"),
            ("客户类", "96576热线接通率", "30%", "接通来电数/呼入总数×100%", "热线系统", "月度"),
            ("学习成长类", "应急演练次数", "30%", "每季度组织不少于1次应急演练", "演练记录", "季度"),
        ]),
    ])
    ws3 = wb.create_sheet("养护及救援")
    sheet(ws3, "养护工程部及清障救援大队KPI（2024年度）", [
        ("养护工程部", [
            ("内部运营类", "路面技术状况指数达标率", "30%", "PQI≥92的路段里程/总里程×100%", "路况检测报告", "年度"),
            ("财务类", "养护资金预算执行率", "25%", "实际支出/年度预算×100%，95%-103%之间得满分", "财务系统", "季度"),
            ("内部运营类", "专项工程验收合格率", "25%", "一次验收合格的工程数/验收工程总数×100%", "验收资料", "年度"),
            ("客户类", "施工占道超时次数", "20%", "施工占道超过审批时限的次数，每次扣5分", "路政许可记录", "月度"),
        ]),
        ("清障救援大队", [
            ("客户类", "平均到达现场时间", "40%", "出车至到达现场的平均时长，≤20分钟得满分", "调度系统", "月度"),
            ("内部运营类", "清障作业安全事故", "35%", "发生清障作业人员伤亡事故本项为0分", "安全台账", "季度"),
            ("客户类", "救援收费投诉次数", "25%", "因救援收费引起的有效投诉，每次扣10分", "客服热线记录", "月度"),
        ]),
    ])
    for w in (ws, ws2, ws3):
        for col, width in zip("ABCDEFG", (14, 12, 24, 8, 46, 16, 10)):
            w.column_dimensions[col].width = width
    wb.save(OUT / "hw03_绩效考核指标库.xlsx")


# ---------------------------------------------------------------- hw04 csv postings
def hw04():
    import csv
    rows = [
        ["招聘岗位", "所属单位", "工作地点", "招聘人数", "学历要求", "专业要求", "岗位职责", "任职要求", "薪资待遇"],
        ["机电维护工程师", "养护工程部机电分中心", "湖州", "2", "本科及以上", "电气工程、通信工程、自动化相关专业",
         "1.负责收费、监控、通信、供配电等机电系统的日常巡检与维护；\n2.处理机电设备故障，确保收费车道系统完好率≥98%；\n3.编制机电设备维修保养计划并组织实施；\n4.配合ETC门架系统升级改造。",
         "3年以上机电维护工作经验；持有低压电工作业证；能适应夜间应急抢修。", "8000-11000元/月"],
        ["养护巡查员", "养护工程部", "德清养护工区", "3", "大专及以上", "道路桥梁与渡河工程、土木工程",
         "1.按巡查频率对路面、桥梁、边坡、排水设施进行日常巡查；\n2.记录病害并拍照上传养护管理系统；\n3.对坑槽、抛洒物等影响安全的病害及时设置警示并上报；\n4.监督养护作业现场的安全布控。",
         "1年以上公路养护相关经验，持C1驾照。", "5500-7000元/月"],
        ["服务区督导员", "经营开发部", "长兴服务区", "1", "大专及以上", "酒店管理、工商管理",
         "1.检查服务区餐饮、超市、加油站、公共卫生间的服务质量；\n2.处理司乘人员投诉，跟踪整改；\n3.节假日期间组织服务区保畅和车辆疏导。",
         "2年以上商业或服务区管理经验，能适应节假日值班。", "5000-6500元/月"],
    ]
    with open(OUT / "hw04_2024年社会招聘岗位.csv", "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)


# ---------------------------------------------------------------- hw05 html careers page
HTML = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入我们 - 浙江通衢高速公路运营有限公司</title>
</head>
<body>
<nav class="top"><a href="/">首页</a> | <a href="/about">关于通衢</a> | <a href="/news">新闻中心</a> | <a href="/join">加入我们</a></nav>
<main>
<h1>加入我们</h1>
<p>通衢高速运营管辖G25长深高速湖州段、申苏浙皖高速等路段共218公里，欢迎有志于交通事业的你加入。</p>
<div class="tabs">
<button class="tab active" data-tab="social">社会招聘</button>
<button class="tab" data-tab="campus">校园招聘</button>
</div>
<section id="social" class="tab-panel">
<div class="job-card">
<h3>监控员</h3>
<p class="meta">监控调度中心 ｜ 湖州总部 ｜ 5000-6500元/月</p>
<p>汇报对象：监控调度中心值班长</p>
<h4>岗位职责</h4>
<ul>
<li>通过视频监控系统对全线路段、收费站、隧道进行24小时监控，发现交通事故、拥堵、抛洒物等事件及时上报。</li>
<li>接听96576服务热线求助电话，做好记录并按流程派单。</li>
<li>通过情报板、广播发布路况及管制信息，确保信息发布及时准确。</li>
<li>填写监控值班日志，做好交接班。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>大专及以上学历，交通运输、计算机相关专业优先；</li>
<li>能适应24小时轮班（做一休一）；</li>
<li>普通话二级乙等及以上；</li>
<li>熟练使用办公软件。</li>
</ul>
</div>
<div class="job-card">
<h3>安全管理员</h3>
<p class="meta">安全管理部 ｜ 湖州总部 ｜ 7000-9500元/月</p>
<p>汇报对象：安全管理部部长</p>
<h4>岗位职责</h4>
<ul>
<li>组织开展安全生产检查，建立隐患排查治理台账并跟踪整改闭环。</li>
<li>编制年度安全生产教育培训计划，组织新员工三级安全教育。</li>
<li>负责施工路段安全布控方案的审核与现场检查。</li>
<li>参与生产安全事故的调查和统计上报。</li>
</ul>
<h4>任职要求</h4>
<ul>
<li>本科及以上学历，安全工程相关专业；</li>
<li>持有注册安全工程师（中级）证书者优先；</li>
<li>3年以上交通行业安全管理经验。</li>
</ul>
</div>
</section>
<section id="campus" class="tab-panel" hidden>
<h2>2025届校园招聘</h2>
<table>
<tr><th>岗位</th><th>专业</th><th>学历</th><th>人数</th><th>工作地点</th></tr>
<tr><td>管理培训生</td><td>交通运输、工商管理</td><td>本科及以上</td><td>6</td><td>湖州总部</td></tr>
<tr><td>机电技术员</td><td>电气自动化技术</td><td>大专及以上</td><td>4</td><td>各收费站</td></tr>
</table>
<p>简历投递：hr@tongqu-expressway.example.cn，邮件标题注明“应聘岗位+姓名+学校”。</p>
</section>
</main>
<footer>© 2024 浙江通衢高速公路运营有限公司 版权所有 ｜ 浙ICP备00000000号</footer>
</body>
</html>
"""


def hw05():
    (OUT / "hw05_加入我们.html").write_text(HTML, encoding="utf-8")


# ---------------------------------------------------------------- hw06 pdf (hand-written)
PDF_PAGES = [
    [
        (16, CO),
        (18, "路政巡查员岗位说明书"),
        (11, "岗位名称：路政巡查员　　所属部门：路政管理大队"),
        (11, "直接上级：路政中队长　　工作地点：G25长深高速湖州段"),
        (13, "一、岗位职责"),
        (11, "1. 按规定频次驾驶巡查车对管辖路段进行巡查，每班次不少于4趟。"),
        (11, "2. 制止和查处侵占、损坏路产路权的违法行为，做好路产损失的勘验和索赔。"),
        (11, "3. 对超限超载运输车辆进行检测，配合治超站依法处理。"),
        (11, "4. 负责涉路施工许可现场的监督检查，检查安全设施的摆放。"),
        (11, "5. 发生交通事故时，配合交警维护现场秩序，设置安全警示区。"),
        (13, "二、任职资格"),
        (11, "学历：大专及以上学历，法律、交通管理相关专业"),
        (11, "经验：2年以上路政或交通执法相关工作经验"),
        (11, "证书：持有行政执法证，C1及以上驾驶证"),
        (11, "其他：能适应夜间巡查和恶劣天气出勤"),
        (13, "三、薪酬待遇"),
        (11, "月薪6000-8000元，另享夜班补贴及高温补贴"),
        (9, "第 1 页"),
    ],
    [
        (16, CO),
        (13, "四、考核要点"),
        (11, "巡查频次达标率：每班次巡查不少于4趟，按巡查记录统计"),
        (11, "路产损失索赔到位率：应索赔金额中实际收回的比例"),
        (11, "巡查日志填写规范率：按月抽查"),
        (13, "五、工作关系"),
        (11, "内部联系：监控调度中心、养护工程部、清障救援大队"),
        (11, "外部联系：高速交警、治超站、地方交通运输局"),
        (9, "第 2 页"),
    ],
]


def pdf_bytes(pages):
    objs = []  # list of bytes, index = obj number - 1

    def add(b):
        objs.append(b)
        return len(objs)

    font_desc = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                    b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
    cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
               f"/FontDescriptor {font_desc} 0 R /DW 1000 >>").encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
               f"/DescendantFonts [{cid} 0 R] >>".encode())
    pages_num_placeholder = len(objs) + 1
    add(b"")  # pages, filled later
    kids = []
    for lines in pages:
        ops = ["BT"]
        y = 800
        for size, text in lines:
            hexs = text.encode("utf-16-be").hex().upper()
            x = 300 - 0 if False else 60
            if size == 9:
                y = 40
                x = 280
            ops.append(f"/F1 {size} Tf 1 0 0 1 {x} {y} Tm <{hexs}> Tj")
            y -= size + 12
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        page = add(f"<< /Type /Page /Parent {pages_num_placeholder} 0 R /MediaBox [0 0 595 842] "
                   f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>".encode())
        kids.append(page)
    objs[pages_num_placeholder - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                                       f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (hand-written) >>".encode())
    catalog = add(f"<< /Type /Catalog /Pages {pages_num_placeholder} 0 R >>".encode())
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, b in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + b + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root {catalog} 0 R /Info {info} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def hw06():
    (OUT / "hw06_路政巡查员岗位说明书.pdf").write_bytes(pdf_bytes(PDF_PAGES))


# ---------------------------------------------------------------- hw07 md with tables
MD = """# 养护工程部岗位说明与考核

> 本文件由养护工程部编制，人力资源部备案。适用于公司本部养护工程部及德清、安吉两个养护工区。

## 养护工程师

| 项目 | 内容 |
|---|---|
| 所属部门 | 养护工程部 |
| 汇报对象 | 养护工程部副经理 |
| 工作地点 | 湖州总部，需经常到各养护工区现场 |
| 学历要求 | 本科及以上 |
| 专业要求 | 道路桥梁、土木工程、交通工程 |
| 工作经验 | 5年以上高速公路养护管理经验 |
| 证书 | 中级工程师职称；持有公路水运工程试验检测师证书者优先 |

### 主要职责

1. 编制年度日常养护及专项养护计划，测算养护工程量与预算。
2. 组织路面、桥梁、隧道的定期检测，分析路况评定数据（MQI、PQI）。
3. 负责养护工程的技术交底、质量检查和中间计量，参与竣工验收。
4. 审核养护施工单位的施工方案与交通组织方案。
5. 建立和维护路况及桥梁技术档案。

### 养护工程师绩效指标

| 维度 | 指标名称 | 权重 | 目标值 |
|---|---|---|---|
| 内部运营 | 养护计划完成率 | 30% | ≥95% |
| 内部运营 | 桥梁定期检查完成率 | 25% | 100% |
| 财务 | 养护预算执行偏差率 | 20% | ≤5% |
| 客户 | 路况投诉处理及时率 | 15% | 100% |
| 学习成长 | 技术培训参与次数 | 10% | 每年≥4次 |

## 养护工区主任

（岗位说明书修订中，暂略）
"""


def hw07():
    (OUT / "hw07_养护工程部岗位与考核.md").write_text(MD, encoding="utf-8")


# ---------------------------------------------------------------- hw08 GBK txt
TXT8 = """浙江通衢高速公路运营有限公司
清障救援大队岗位职责

【岗位名称】清障救援员
【所属部门】清障救援大队
【直接上级】清障救援班长
【岗位职责】
一、接到监控调度中心指令后5分钟内出车，按规定时限到达事故或故障现场。
二、按照“先放行、后清障”原则设置现场安全警示区，摆放锥桶。
三、操作清障车、吊车对事故车辆、故障车辆进行拖移和吊装。
四、清理路面抛洒物、散落货物，协助恢复交通。
五、负责清障车辆及救援设备的日常检查和保养。
【任职要求】
1、初中及以上学历；
2、持有B2及以上驾驶证，有3年以上大型车辆驾驶经验；
3、持有起重机械操作证者优先；
4、身体强壮，能适应24小时值班备勤。
【待遇】月薪5500-7500元，提供员工宿舍，享受救援作业补贴。

清障救援大队办公室　2024年2月
"""


def hw08():
    (OUT / "hw08_清障救援员岗位职责.txt").write_bytes(TXT8.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- hw09 handbook
TXT9 = """浙江通衢高速公路运营有限公司员工手册（节选）

第三章　劳动合同与试用期
第八条　新员工试用期为三个月；管理岗位及专业技术岗位试用期为六个月。
第九条　试用期工资不低于转正工资的80%，试用期内享受与正式员工相同的夜班补贴。

第四章　工作时间与休假
第十二条　收费、监控、清障救援等一线岗位实行综合计算工时制，执行四班三运转或做一休一。
第十三条　员工累计工作满1年不满10年的，年休假5天；满10年不满20年的，年休假10天；满20年的，年休假15天。
第十四条　员工请病假须提供二级及以上医院证明；事假一次不超过3天由部门负责人审批，超过3天报分管领导审批。
第十五条　加班须事先填写《加班申请单》经部门负责人批准；工作日加班优先安排调休，法定节假日加班按300%支付加班工资。

第五章　津贴补贴
第二十条　夜班补贴：当班时间在22:00至次日6:00之间满4小时的，每班发放夜班补贴30元。
第二十一条　高温补贴：6月至9月，户外作业岗位每月300元，室内岗位每月150元。
第二十二条　免费通行期间（春节、清明、五一、国庆）一线岗位另发保畅补贴每天50元。
"""


def hw09():
    (OUT / "hw09_员工手册节选.txt").write_text(TXT9, encoding="utf-8")


# ---------------------------------------------------------------- hw10 org chart
TXT10 = """浙江通衢高速公路运营有限公司组织架构图（2024年）

总经理
├── 副总经理（运营）
│   ├── 收费管理部：经理、收费站站长、副站长、收费班长、收费员、票证员、票证稽查员
│   ├── 监控调度中心：主任、值班长、监控员、信息调度员
│   └── 清障救援大队：大队长、清障救援班长、清障救援员
├── 副总经理（工程）
│   ├── 养护工程部：经理、副经理、养护工程师、养护巡查员、机电维护工程师
│   └── 路政管理大队：大队长、路政中队长、路政巡查员、内业员
└── 副总经理（综合）
    ├── 综合办公室：主任、行政文员、驾驶员
    ├── 人力资源部：部长、薪酬专员、培训专员
    ├── 财务部：部长、会计、出纳
    ├── 安全管理部：部长、安全管理员
    └── 经营开发部：经理、服务区督导员
"""


def hw10():
    (OUT / "hw10_组织架构图.txt").write_text(TXT10, encoding="utf-8")


for f in (hw01, hw02, hw03, hw04, hw05, hw06, hw07, hw08, hw09, hw10):
    f()
print("wrote", len(list(OUT.iterdir())), "files to", OUT)
