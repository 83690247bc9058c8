"""Round 30 / sec: a fictional security-services company (盾安保安服务有限公司).

Writes 10 documents to $T30_OUT/corpus (default /tmp/t30sec/corpus).
Needs python-docx, openpyxl, reportlab (e.g. /tmp/r21venv/bin/python).
"""
import csv
import io
import os
from pathlib import Path

OUT = Path(os.environ.get("T30_OUT", "/tmp/t30sec")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "盾安保安服务有限公司"


# --------------------------------------------------------------------- sec01 docx: 岗位安全责任书 per post, 甲方/乙方
def sec01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    books = [
        ("华景商业广场项目部", "门岗保安员", [
            "负责出入口人员、车辆的查验与登记，外来人员凭有效证件登记换取访客证后方可进入。",
            "物品出门须查验《物品放行条》，无放行条的大件物品一律不得放行。",
            "维护门前秩序，疏导进出车辆，保持门前消防通道畅通。",
            "对形迹可疑人员礼貌盘问，必要时报告班长处理。",
            "如实填写《门岗值班记录》，按规定交接班。",
        ]),
        ("华景商业广场项目部", "巡逻队员", [
            "按规定路线和频次巡逻，白天每2小时、夜间每1小时巡查一次，在各巡更点使用电子巡更器打卡。",
            "检查消防通道、安全出口及消防器材是否完好畅通，发现问题立即报告并记录。",
            "巡查配电房、水泵房、地下车库等重点部位的门窗关闭情况。",
            "发现可疑人员、车辆及时盘查，遇突发事件立即通过对讲机报告班长和消防控制室。",
            "填写《巡逻记录表》，记录巡查时间、路线及异常情况。",
        ]),
        ("华景商业广场项目部", "消控室值班员", [
            "实行24小时值班制度，每班不少于2人，不得脱岗、替岗。",
            "监控火灾报警控制器及消防联动设备运行状态，接到火灾报警后立即通知巡逻队员到现场核实。",
            "确认发生火灾后，立即启动消防联动设备，拨打119报警，并报告项目经理。",
            "对系统故障报警及时记录，并通知维保单位在24小时内修复。",
            "如实填写《消防控制室值班记录表》，每日检查火灾报警控制器的自检、消音、复位功能。",
        ]),
        ("华景商业广场项目部", "班长", [
            "负责本班次人员的考勤、着装及岗位纪律检查，每班查岗不少于3次。",
            "组织班前会，传达项目部工作要求，布置当班任务。",
            "处理本班次发生的一般性投诉和突发事件，重大情况立即报告项目经理。",
            "带领本班队员做好交接班工作，审核各岗位值班记录。",
            "协助项目经理开展队员在岗培训和月度考核评分。",
        ]),
        ("押运中心", "押运员", [
            "按调度指令执行现金、贵重物品押运任务，押运途中不得擅自改变路线或停车办理私事。",
            "款箱交接时执行双人核对、签字确认制度，做到手续完备、账物相符。",
            "押运途中与客服调度保持通讯畅通，每30分钟报告一次车辆位置。",
            "遇抢劫等突发情况，按公司应急处置预案处置，保护款箱和人员安全。",
            "妥善保管防弹衣、头盔、防暴器械等押运装备，不得转借他人。",
        ]),
    ]
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    for bi, (dept, post, duties) in enumerate(books):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run("岗位安全责任书")
        r.bold = True
        r.font.size = Pt(18)
        p = d.add_paragraph(f"（2024年度　编号：DA-ZRS-2024-0{bi + 1}）")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph(f"甲方：{CO}{dept}")
        d.add_paragraph(f"乙方（岗位）：{post}　　乙方姓名：__________　　工号：________")
        d.add_paragraph("为明确岗位安全责任，保障服务区域安全，经甲乙双方协商一致，签订本责任书。")
        d.add_paragraph("一、责任期限：自2024年1月1日起至2024年12月31日止。")
        p = d.add_paragraph()
        p.add_run("二、乙方岗位职责").bold = True
        for i, t in enumerate(duties, 1):
            d.add_paragraph(f"{i}．{t}")
        p = d.add_paragraph()
        p.add_run("三、乙方安全责任").bold = True
        d.add_paragraph("1．严禁脱岗、睡岗、酒后上岗。")
        d.add_paragraph("2．上岗期间不得玩手机、会客，对讲机保持常开。")
        p = d.add_paragraph()
        p.add_run("四、甲方责任").bold = True
        d.add_paragraph("1．为乙方提供必要的岗位装备，组织乙方参加岗前及在岗培训。")
        d.add_paragraph("2．按时足额发放乙方工资，依法缴纳社会保险。")
        d.add_paragraph("五、考核：乙方履职情况按《驻点队员月度考核细则》每月考核，考核结果与绩效工资挂钩。")
        d.add_paragraph("六、本责任书一式两份，甲乙双方各执一份，自签字之日起生效。")
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        cells = [("甲方（盖章）：", "乙方（签字）："), ("负责人（签字）：", "身份证号："), ("日期：　　年　　月　　日", "日期：　　年　　月　　日")]
        for ri, (a, b) in enumerate(cells):
            t.cell(ri, 0).text = a
            t.cell(ri, 1).text = b
        if bi < len(books) - 1:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(OUT / "sec01_岗位安全责任书（华景项目部及押运中心）.docx")


# --------------------------------------------------------------------- sec02 docx: 职业技能等级标准 (national-standard style)
def sec02():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(f"{CO}保安员职业技能等级标准（企业版）", level=1)
    d.add_paragraph("1　职业概况")
    d.add_paragraph("1.1　职业名称：保安员")
    d.add_paragraph("1.2　职业定义：在保安服务公司从事门卫、巡逻、守护、押运、安全检查、安全技术防范等工作的人员。")
    d.add_paragraph("1.3　职业等级：本标准设四个等级，分别为初级（五级）、中级（四级）、高级（三级）、技师（二级）。")
    d.add_paragraph("2　申报条件")
    d.add_paragraph("2.1　初级：年满18周岁，初中及以上文化程度，经公司岗前培训40学时以上并考核合格。")
    d.add_paragraph("2.2　中级：取得初级证书后，连续从事本职业工作满2年；或取得初级证书后经中级正规培训80学时以上并取得结业证书。")
    d.add_paragraph("2.3　高级：取得中级证书后，连续从事本职业工作满3年，且具有高中及以上文化程度。")
    d.add_paragraph("2.4　技师：取得高级证书后，连续从事本职业工作满4年，并有带教或培训他人的经历。")
    d.add_paragraph("3　工作要求")
    d.add_paragraph("本标准对初级、中级、高级和技师的技能要求依次递进，高级别涵盖低级别的要求。")
    levels = [
        ("3.1　初级", [
            ("守护与门卫", "出入管理", "能查验证件，登记出入人员、车辆", "出入管理制度；证件识别常识"),
            ("守护与门卫", "物品查验", "能按放行条核对出门物品", "物品放行规定"),
            ("巡逻", "巡查", "能按规定路线完成巡更打卡", "巡逻路线与频次要求"),
            ("消防", "初起火灾扑救", "能使用灭火器、室内消火栓扑救初起火灾", "灭火器的种类与使用方法"),
        ]),
        ("3.2　中级", [
            ("巡逻", "异常处置", "能识别可疑人员并依法进行盘查", "盘查的法律依据与注意事项"),
            ("技术防范", "监控值守", "能操作视频监控系统，按要求调取、备份录像", "视频监控系统基础知识"),
            ("带班", "班组管理", "能组织班前会、分配岗位、检查岗位纪律", "班组管理基本方法"),
        ]),
        ("3.3　高级", [
            ("应急处置", "预案执行", "能组织实施驻点突发事件应急预案", "应急预案的结构与编制要点"),
            ("管理", "驻点管理", "能制定驻点安保方案并组织实施", "保安服务合同基本知识"),
            ("培训", "带教", "能对初级、中级保安员进行技能培训", "培训教学基本方法"),
        ]),
        ("3.4　技师", [
            ("管理", "风险评估", "能开展安保风险评估并提出整改建议", "安全风险评估方法"),
            ("培训", "课程开发", "能编写培训教材、开发培训课程", "成人教育与课程开发方法"),
        ]),
    ]
    for head, rows in levels:
        d.add_paragraph(head)
        t = d.add_table(rows=1 + len(rows), cols=4)
        t.style = "Table Grid"
        for ci, h in enumerate(["职业功能", "工作内容", "技能要求", "相关知识要求"]):
            t.cell(0, ci).text = h
        for ri, row in enumerate(rows, 1):
            for ci, v in enumerate(row):
                if ci == 0 and ri > 1 and rows[ri - 2][0] == v:
                    continue
                t.cell(ri, ci).text = v
        # merge equal 职业功能 cells vertically
        ri = 1
        while ri <= len(rows):
            rj = ri
            while rj + 1 <= len(rows) and rows[rj][0] == rows[ri - 1][0]:
                rj += 1
            if rj > ri:
                t.cell(ri, 0).merge(t.cell(rj, 0))
                t.cell(ri, 0).text = rows[ri - 1][0]
            ri = rj + 1
    d.add_paragraph("4　等级与岗位对应关系")
    t = d.add_table(rows=5, cols=3)
    t.style = "Table Grid"
    data = [("等级", "可担任岗位", "等级津贴（元/月）"),
            ("初级（五级）", "门岗保安员、巡逻队员、安检员", "0"),
            ("中级（四级）", "班长、消控员、押运员", "150"),
            ("高级（三级）", "项目经理（驻点队长）、保安培训教官", "300"),
            ("技师（二级）", "区域经理、高级培训教官", "500")]
    for ri, row in enumerate(data):
        for ci, v in enumerate(row):
            t.cell(ri, ci).text = v
    d.add_paragraph("注：消控员另须取得消防设施操作员证书；安检员另须取得安检员职业资格证书。等级津贴随当月工资发放。")
    d.save(OUT / "sec02_保安员职业技能等级标准.docx")


# --------------------------------------------------------------------- sec03 xlsx: 项目驻点岗位配置 (岗位 × 班次 × 人数 × 上岗要求)
def sec03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    projects = [
        ("华景商业广场", "华景商业广场项目岗位设置表", "江州市滨湖区华景路88号", "王立军", [
            ("门岗", "MG01", [("白班", "07:00-19:00", 4), ("夜班", "19:00-07:00", 2)],
             "持保安员证；男性身高170cm以上；统一着装，佩戴对讲机", "人员车辆出入管理、访客登记"),
            ("巡逻岗", "XL01", [("白班", "07:00-19:00", 3), ("夜班", "19:00-07:00", 2)],
             "熟悉商场楼层布局；能熟练使用电子巡更系统", "商场公共区域及地下车库巡逻"),
            ("中控员", "XK01", [("白班", "08:00-20:00", 2), ("夜班", "20:00-08:00", 2)],
             "持消防设施操作员（中级）证书；双人值守，不得单人值班", "消防控制室及监控中心值守"),
            ("班长", "BZ01", [("白班", "07:00-19:00", 1), ("夜班", "19:00-07:00", 1)],
             "中级保安员及以上；1年以上带班经验", "带班查岗、处理一般投诉"),
            ("项目经理", "XM01", [("常日班", "09:00-18:00", 1)],
             "高级保安员及以上；3年以上驻点管理经验", "项目全面管理、客户对接"),
        ]),
        ("市一院", "市第一人民医院项目岗位设置表", "江州市江北区人民路12号", "刘振华", [
            ("门岗", "MG01", [("白班", "07:00-19:00", 6), ("夜班", "19:00-07:00", 3)],
             "熟悉医院科室分布；具备医患纠纷劝导能力", "门诊、急诊出入口秩序维护"),
            ("巡逻岗", "XL01", [("白班", "07:00-19:00", 2), ("夜班", "19:00-07:00", 2)],
             "熟悉院区消防通道；能使用电子巡更系统", "病区楼层及院区巡逻"),
            ("中控员", "XK01", [("白班", "08:00-20:00", 2), ("夜班", "20:00-08:00", 2)],
             "持消防设施操作员（中级）证书；熟悉医院消防联动系统", "消防控制室值守"),
            ("班长", "BZ01", [("白班", "07:00-19:00", 1), ("夜班", "19:00-07:00", 1)],
             "中级保安员及以上；有医院安保经验者优先", "带班查岗、协调医患纠纷"),
            ("项目经理", "XM01", [("常日班", "08:30-17:30", 1)],
             "高级保安员及以上；有三甲医院安保管理经验", "项目全面管理、与院方保卫科对接"),
        ]),
        ("滨江会展中心", "滨江会展中心项目岗位设置表（展会期间）", "江州市滨江新区会展大道1号", "陈晓东", [
            ("安检员", "AJ01", [("展会班", "08:00-18:00", 12)],
             "持安检员职业资格证书；女性安检员不少于4人，负责女性人员人身检查", "入口人身及随身物品安检"),
            ("门岗", "MG01", [("展会班", "07:30-18:30", 4), ("夜班", "18:30-07:30", 2)],
             "持保安员证；熟悉展馆出入口及货运通道", "展商、观众及货车出入管理"),
            ("中控员", "XK01", [("白班", "08:00-20:00", 2), ("夜班", "20:00-08:00", 2)],
             "持消防设施操作员（中级）证书；会操作展馆广播系统", "消防控制室值守、应急广播"),
            ("班长", "BZ01", [("展会班", "07:30-18:30", 2)],
             "中级保安员及以上；有大型活动安保经验", "安检通道及场馆带班"),
            ("项目经理", "XM01", [("常日班", "08:00-18:00", 1)],
             "高级保安员及以上；熟悉大型活动安全管理规定", "展会安保方案制定与实施"),
        ]),
    ]
    first = True
    for sheet, title, addr, boss, posts in projects:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        ws["A1"] = title
        ws.merge_cells("A1:G1")
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws["A2"] = f"项目地址：{addr}"
        ws.merge_cells("A2:D2")
        ws["E2"] = f"驻点负责人：项目经理 {boss}"
        ws.merge_cells("E2:G2")
        hdr = ["岗位", "岗位代码", "班次", "工作时间", "每班人数", "上岗要求", "主要工作内容"]
        for ci, h in enumerate(hdr, 1):
            ws.cell(3, ci, h).font = Font(bold=True)
        r = 4
        total = 0
        for post, code, shifts, req, work in posts:
            r0 = r
            for sname, stime, n in shifts:
                ws.cell(r, 3, sname)
                ws.cell(r, 4, stime)
                ws.cell(r, 5, n)
                total += n
                r += 1
            for ci, v in ((1, post), (2, code), (6, req), (7, work)):
                ws.cell(r0, ci, v)
                if r - 1 > r0:
                    ws.merge_cells(start_row=r0, start_column=ci, end_row=r - 1, end_column=ci)
                ws.cell(r0, ci).alignment = Alignment(vertical="center", wrap_text=True)
        ws.cell(r, 1, "合计")
        ws.cell(r, 5, total)
        for col, w in zip("ABCDEFG", (10, 9, 8, 13, 9, 46, 30)):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("说明")
    notes = ["填表说明",
             "1. 岗位代码与智慧排班系统一致。",
             "2. 中控员即消防控制室值班员（部分项目称消控员）。",
             "3. 每班人数为当班在岗人数，不含轮休替班人员，替班人员按在岗人数的20%另行配置。",
             "4. 本表由项目经理每季度更新一次，报区域经理审核。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 80
    wb.save(OUT / "sec03_项目驻点岗位配置表.xlsx")


# --------------------------------------------------------------------- sec04 xlsx: 月度考核细则 + 管理岗 + 奖惩阶梯
def sec04():
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "一线队员考核细则"
    ws["A1"] = f"{CO}驻点队员月度考核细则"
    ws.merge_cells("A1:E1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "适用范围：门岗、巡逻岗、安检岗、消控室等一线岗位队员；满分100分，每月由班长初评、项目经理复核。"
    ws.merge_cells("A2:E2")
    rows = [
        ("序号", "考核项目", "分值", "考核标准", "扣分细则"),
        (1, "考勤纪律", 20, "按时到岗，不迟到早退，不无故缺勤", "迟到一次扣2分；早退一次扣2分；旷工一天扣10分"),
        (2, "仪容仪表", 10, "按规定着装，佩戴工牌，仪表整洁", "未按规定着装一次扣2分；留长发、蓄胡须一次扣1分"),
        (3, "岗位履职", 30, "按《岗位安全责任书》履行岗位职责", "脱岗一次扣5分；睡岗一次扣10分；漏登记一次扣2分"),
        (4, "交接班", 10, "按《交接班管理制度》当面交接", "未提前到岗交接一次扣2分；交接记录不全一次扣3分"),
        (5, "巡更打卡", 10, "巡逻岗按规定频次完成巡更", "漏打一个巡更点扣1分（仅巡逻岗适用，其他岗位此项按满分计）"),
        (6, "培训参与", 10, "按时参加岗前培训及在岗复训", "缺训一次扣5分；复训考核不合格一次扣3分"),
        (7, "客户评价", 10, "服务规范，无有效投诉", "被客户有效投诉一次扣5分；受到客户书面表扬一次加2分"),
        ("合计", "", 100, "", ""),
    ]
    for ri, row in enumerate(rows, 3):
        for ci, v in enumerate(row, 1):
            if v != "":
                ws.cell(ri, ci, v)
    ws.cell(3 + len(rows), 1, "一票否决：酒后上岗、参与赌博、监守自盗、因失职造成重大损失的，当月考核直接计0分。")
    ws.merge_cells(start_row=3 + len(rows), start_column=1, end_row=3 + len(rows), end_column=5)
    for col, w in zip("ABCDE", (6, 12, 6, 34, 56)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("管理岗考核")
    blocks = [
        ("班长月度考核表", [
            ("班组出勤率", "20%", "≥98%", "每低1个百分点扣2分"),
            ("查岗次数", "20%", "每班不少于3次", "少查一次扣5分"),
            ("投诉处理及时率", "20%", "100%", "超过24小时未处理一次扣5分"),
            ("交接班规范率", "20%", "100%", "发现交接不规范一次扣3分"),
            ("队员评分准确性", "20%", "复核无异议", "经项目经理复核评分失实一次扣5分"),
        ]),
        ("项目经理月度考核表", [
            ("客户满意度", "30%", "≥90分", "每低1分扣1分"),
            ("人员流失率", "20%", "≤8%", "每高1个百分点扣2分"),
            ("培训计划完成率", "15%", "100%", "每低5%扣1分"),
            ("安全事故发生数", "20%", "0起", "发生一般事故一次扣10分，发生重大事故此项得0分"),
            ("检查问题整改率", "15%", "100%", "每有一项问题逾期未整改扣2分"),
        ]),
        ("区域经理季度考核表", [
            ("客户续约率", "35%", "≥85%", "每低1个百分点扣2分"),
            ("应收账款回款率", "25%", "≥95%", "每低1个百分点扣3分"),
            ("驻点巡查覆盖率", "15%", "每月每个驻点至少1次", "漏巡一个驻点扣5分"),
            ("片区员工流失率", "15%", "≤10%", "每高1个百分点扣1分"),
            ("重大安全事故", "10%", "0起", "发生一起此项得0分"),
        ]),
    ]
    r = 1
    for title, items in blocks:
        ws.cell(r, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
        r += 1
        for ci, h in enumerate(("考核指标", "权重", "目标值", "评分办法"), 1):
            ws.cell(r, ci, h).font = Font(bold=True)
        r += 1
        for it in items:
            for ci, v in enumerate(it, 1):
                ws.cell(r, ci, v)
            r += 1
        r += 1
    for col, w in zip("ABCD", (18, 8, 20, 44)):
        ws.column_dimensions[col].width = w

    ws = wb.create_sheet("奖惩阶梯")
    rows = [
        ("月度得分", "考核等级", "奖惩措施"),
        ("95分及以上", "优秀", "发放绩效奖金300元，当月评为“优秀队员”"),
        ("85—94分", "良好", "发放绩效奖金150元"),
        ("75—84分", "合格", "全额发放岗位工资，无奖励"),
        ("60—74分", "待改进", "扣发绩效工资200元，安排脱岗复训"),
        ("60分以下", "不合格", "调离原岗位；连续两个月不合格的，依法解除劳动合同"),
    ]
    for ri, row in enumerate(rows, 1):
        for ci, v in enumerate(row, 1):
            ws.cell(ri, ci, v)
    ws.cell(8, 1, "注：年度内累计3次获评优秀的，优先推荐参加中级保安员培训，并作为班长竞聘人选。")
    ws.merge_cells("A8:C8")
    for col, w in zip("ABC", (14, 10, 60)):
        ws.column_dimensions[col].width = w
    wb.save(OUT / "sec04_月度考核细则.xlsx")


# --------------------------------------------------------------------- sec05 pdf: 培训手册 with numbered chapters and callout boxes
def sec05():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    H1 = ParagraphStyle("h1", fontName="WQY", fontSize=15, leading=22, spaceBefore=8, spaceAfter=6)
    H2 = ParagraphStyle("h2", fontName="WQY", fontSize=11.5, leading=17, spaceBefore=5, spaceAfter=2)
    B = ParagraphStyle("b", fontName="WQY", fontSize=10, leading=15, wordWrap="CJK")
    T = ParagraphStyle("t", fontName="WQY", fontSize=20, leading=28, alignment=1)

    def callout(label, text):
        t = Table([[Paragraph(f"{label}　{text}", B)]], colWidths=[160 * mm])
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor("#c0392b")),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf2e9")),
                               ("LEFTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        return [Spacer(1, 4), t, Spacer(1, 6)]

    s = [Paragraph(f"{CO}", T), Paragraph("新员工培训手册（2024版）", T), Spacer(1, 20),
         Paragraph("编制：培训部　　审核：运营中心　　本手册供新入职员工岗前培训使用", B), PageBreak()]
    s.append(Paragraph("第一章　公司概况与组织架构", H1))
    s.append(Paragraph("1.1　公司简介", H2))
    s.append(Paragraph(f"{CO}成立于2009年，持有公安机关核发的《保安服务许可证》，主营门卫、巡逻、守护、押运、安全检查及安全技术防范服务，现有驻点项目40余个。", B))
    s.append(Paragraph("1.2　组织架构", H2))
    s.append(Paragraph("公司设运营中心、押运中心、培训部、综合管理部。运营中心下设江北、江南两个片区，每个片区由区域经理负责，管辖5～8个驻点项目；运营中心另设调度室。", B))
    s.append(Paragraph("1.3　汇报关系", H2))
    for line in [
        "（1）门岗、巡逻、安检等驻点队员向当班班长汇报；",
        "（2）班长、消防控制室值班员向项目经理（驻点队长）汇报；",
        "（3）项目经理向所属片区的区域经理汇报，区域经理向运营副总经理汇报；",
        "（4）客服调度员隶属运营中心调度室，向调度室主任汇报；",
        "（5）押运员隶属押运中心，向押运中心主管汇报；",
        "（6）保安培训教官隶属培训部，向培训部经理汇报。",
    ]:
        s.append(Paragraph(line, B))
    s += callout("【要点提示】", "遇到问题先找班长；班长无法解决的，由班长上报项目经理。严禁越级向客户投诉。")
    s.append(Paragraph("第二章　岗前培训", H1))
    s.append(Paragraph("2.1　培训学时", H2))
    s.append(Paragraph("新入职队员岗前培训不少于40学时，内容包括法律法规、职业道德、队列训练、防卫技能、消防器材使用和急救常识。", B))
    s.append(Paragraph("2.2　培训组织", H2))
    s.append(Paragraph("岗前培训由保安培训教官组织实施，考核合格后方可上岗。", B))
    s.append(Paragraph("2.3　保安培训教官的职责", H2))
    for line in [
        "（1）根据公司年度培训计划，制定月度培训课程表；",
        "（2）负责新队员岗前培训及在岗队员复训的授课与带训；",
        "（3）组织队列、擒敌拳、消防实操等科目的考核，出具考核成绩；",
        "（4）建立并更新队员培训档案；",
        "（5）每季度到各驻点开展不少于2次现场带训。",
    ]:
        s.append(Paragraph(line, B))
    s.append(Paragraph("2.4　保安培训教官的任职要求", H2))
    s.append(Paragraph("退伍军人或警校毕业，高中及以上学历；持高级保安员证书；具有2年以上保安培训或部队带兵经验；身体健康，能示范各项体能科目。", B))
    s += callout("【注意】", "未取得保安员证的新队员不得单独上岗，入职3个月内须参加公安机关组织的保安员资格考试。")
    s.append(PageBreak())
    s.append(Paragraph("第三章　消防控制室值班员（中控员）", H1))
    s.append(Paragraph("3.1　上岗条件", H2))
    s.append(Paragraph("持消防设施操作员（中级）及以上证书，高中及以上学历，熟悉火灾自动报警系统的操作。", B))
    s.append(Paragraph("3.2　火警处置“四步法”", H2))
    for line in [
        "第一步　接警：接到火灾报警信号后，立即通知巡逻队员携带灭火器到现场确认；",
        "第二步　确认：现场确认火情后，将联动控制器转入自动状态；",
        "第三步　报警：拨打119，报告起火地点、燃烧物和火势情况；",
        "第四步　报告：立即报告班长和项目经理，并启动应急广播引导疏散。",
    ]:
        s.append(Paragraph(line, B))
    s += callout("【红线】", "消防控制室严禁单人值班，严禁将联动控制器长期置于手动状态。")
    s.append(Paragraph("第四章　安检员作业规范", H1))
    s.append(Paragraph("4.1　工作职责", H2))
    for line in [
        "（1）对进入场馆的人员进行证件查验和人身检查；",
        "（2）使用X光安检机对随身物品进行检查，判读图像；",
        "（3）对查出的违禁品进行登记、暂存，或移交公安机关；",
        "（4）维护安检通道秩序，引导人员有序通过。",
    ]:
        s.append(Paragraph(line, B))
    s.append(Paragraph("4.2　任职要求", H2))
    s.append(Paragraph("高中及以上学历；持安检员职业资格证书；能识别常见违禁品的X光图像；女性人员的人身检查须由女性安检员进行。", B))
    s += callout("【要点提示】", "查出管制刀具、枪支弹药等物品时，立即控制现场并报告班长，不得与当事人争执。")
    s.append(Paragraph("第五章　客服调度", H1))
    s.append(Paragraph("5.1　客服调度员的工作内容", H2))
    for line in [
        "（1）7×24小时接听客户来电及报警，受理服务需求；",
        "（2）根据事件等级向机动巡逻车组、押运车组派单；",
        "（3）跟踪处置进度，处置完毕后24小时内回访客户；",
        "（4）填写调度台账，每日汇总报调度室主任。",
    ]:
        s.append(Paragraph(line, B))
    s += callout("【要点提示】", "接到押运车组报警时，调度员应先报110，再通知支援车组。")

    def footer(c, doc):
        c.setFont("WQY", 8)
        c.drawString(20 * mm, 10 * mm, f"{CO}　新员工培训手册")
        c.drawRightString(190 * mm, 10 * mm, f"第 {doc.page} 页")

    doc = SimpleDocTemplate(str(OUT / "sec05_新员工培训手册.pdf"), pagesize=A4,
                            leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm, bottomMargin=18 * mm,
                            title="新员工培训手册")
    doc.build(s, onFirstPage=footer, onLaterPages=footer)


# --------------------------------------------------------------------- sec06 html: careers page, <article> job cards with microdata
def sec06():
    jobs = [
        dict(title="保安员（门岗）", loc="江州市滨湖区·华景商业广场项目", n=10, pay="4200-5000元/月", edu="初中及以上",
             exp="无经验可培训上岗",
             duty=["负责出入口人员、车辆查验与登记", "外来访客登记换证，引导来访人员", "核查物品放行条，防止财物流失",
                   "协助处理门前突发事件，维护出入口秩序"],
             qual=["18-45周岁，男性身高170cm以上", "身体健康，无违法犯罪记录", "持保安员证者优先，无证者入职后由公司统一组织考证"],
             ben="包吃包住、缴纳五险、每月轮休4天"),
        dict(title="押运员", loc="江州市江北区港城大道6号·押运中心", n=6, pay="6000-7500元/月", edu="高中及以上",
             exp="1年以上押运或安保工作经验",
             duty=["按调度指令执行现金及贵重物品押运", "负责款箱交接与清点签收", "出车前检查押运车辆及防护装备"],
             qual=["22-40周岁，退伍军人优先", "持保安员证，政治审查合格", "身体健康，能适应早班、夜间及节假日出勤"],
             ben="五险一金、押运津贴每月800元、免费工作餐"),
        dict(title="客服调度员", loc="江州市运营中心调度室", n=2, pay="4500-5500元/月", edu="大专及以上",
             exp="1年以上客服或调度工作经验",
             duty=["接听客户来电及报警电话，受理服务需求", "根据事件等级派单调度巡逻及押运车组", "跟踪处置进度并回访客户",
                   "填写调度台账，编制每日调度报表"],
             qual=["普通话标准，表达清晰", "熟练使用Office办公软件，打字每分钟50字以上", "能适应三班倒工作"],
             ben="五险一金、夜班补贴、带薪年假"),
        dict(title="安检员（会展项目）", loc="江州市滨江新区·滨江会展中心", n=15, pay="4000-4800元/月", edu="高中及以上",
             exp="经验不限",
             duty=["对入场人员进行人身检查", "操作X光安检机，判读行李图像", "登记、暂存查出的违禁品并及时上报"],
             qual=["18-35周岁，急招女性安检员", "持安检员职业资格证书，或入职后3个月内取得", "责任心强，服从展会期间加班安排"],
             ben="展会期间按日发放餐补、缴纳五险"),
        dict(title="区域经理", loc="江州市·江北片区", n=1, pay="10000-15000元/月＋年终绩效", edu="本科及以上",
             exp="5年以上安保行业管理经验，其中3年以上多项目管理经验",
             duty=["负责片区内5-8个驻点项目的运营管理", "每月对每个驻点现场巡查不少于1次，督促问题整改",
                   "维护客户关系，推动服务合同续签", "负责片区人员编制与成本控制", "督促应收账款按期回收"],
             qual=["熟悉《保安服务管理条例》及行业规范", "具备较强的沟通协调和客户谈判能力", "持C1驾驶证，能适应频繁外出"],
             ben="五险一金、年终绩效奖金、交通及通讯补贴"),
    ]
    L = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
         f"<title>加入我们 - {CO}</title>", '<link rel="stylesheet" href="/static/css/careers.css">', "</head>", "<body>",
         '<nav class="topbar"><a href="/">首页</a> | <a href="/about">关于盾安</a> | <a href="/services">服务项目</a> | <a href="/careers" class="active">加入我们</a></nav>',
         '<main id="careers">', "<h1>社会招聘</h1>",
         '<p class="lead">盾安保安常年招聘，欢迎退伍军人加入！简历请投递至 hr@dunan-security.example.cn</p>']
    for i, j in enumerate(jobs, 1):
        L.append(f'<article class="job-card" id="job-{i:02d}" itemscope itemtype="https://schema.org/JobPosting">')
        L.append(f'  <h2 itemprop="title">{j["title"]}</h2>')
        L.append('  <div itemprop="hiringOrganization" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="盾安保安服务有限公司"></div>')
        L.append(f'  <meta itemprop="datePosted" content="2024-03-0{i}">')
        L.append(f'  <p class="tags"><span itemprop="jobLocation">{j["loc"]}</span> <span class="sep">|</span> <span itemprop="employmentType">全职</span> <span class="sep">|</span> 招聘<span itemprop="totalJobOpenings">{j["n"]}</span>人</p>')
        L.append(f'  <p class="salary">薪资：<span itemprop="baseSalary">{j["pay"]}</span></p>')
        L.append(f'  <p class="req">学历：<span itemprop="educationRequirements">{j["edu"]}</span>　经验：<span itemprop="experienceRequirements">{j["exp"]}</span></p>')
        L.append('  <section itemprop="responsibilities">')
        L.append("    <h3>工作内容</h3>")
        L.append("    <ol>")
        for x in j["duty"]:
            L.append(f"      <li>{x}</li>")
        L.append("    </ol>")
        L.append("  </section>")
        L.append('  <section itemprop="qualifications">')
        L.append("    <h3>任职要求</h3>")
        L.append("    <ul>")
        for x in j["qual"]:
            L.append(f"      <li>{x}</li>")
        L.append("    </ul>")
        L.append("  </section>")
        L.append(f'  <p class="benefits">福利待遇：<span itemprop="jobBenefits">{j["ben"]}</span></p>')
        L.append(f'  <a class="apply" href="/careers/apply?job={i:02d}">立即申请</a>')
        L.append("</article>")
    L += ["</main>", f'<footer>© 2024 {CO}　保安服务许可证号：江公保服001号　<a href="/privacy">隐私政策</a></footer>',
          "</body>", "</html>"]
    (OUT / "sec06_加入我们.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# --------------------------------------------------------------------- sec07 md: FAQ for new guards
def sec07():
    md = """# 新队员入职常见问题（FAQ）

> 适用范围：盾安保安各驻点项目新入职队员　｜　维护：综合管理部人事组　｜　更新：2024-04

## 一、入职与证件

**问1：没有保安员证可以入职吗？**

答：可以。入职后由公司统一报名参加公安机关组织的保安员资格考试，报名费由公司承担。取得保安员证之前只能跟岗，不得单独上岗。

**问2：试用期多长？试用期工资怎么算？**

答：试用期1个月，试用期工资按转正工资的90%发放。

**问3：入职要准备哪些材料？**

答：身份证原件及复印件、一寸照片4张、近期体检报告、退伍证（如有）、银行卡。

## 二、上岗与排班

**问4：有事该找谁？请假怎么请？**

答：日常工作找当班班长。请假须提前一天向班长申请；3天以上（含3天）由项目经理（队长）审批。

**问5：一个月休几天？**

答：每月轮休4天，由班长统一排班；法定节假日上岗的，按国家规定支付加班工资。

**问6：中控员和消控员是一个岗位吗？**

答：是的。中控员、消控员都是“消防控制室值班员”的叫法，这个岗位必须持消防设施操作员证书才能上岗。

## 三、工资与补贴

**问7：工资几号发？**

答：每月15日发放上月工资，由公司通过银行卡代发。

**问8：有哪些补贴？**

| 补贴项目 | 标准 | 说明 |
|---|---|---|
| 夜班补贴 | 每班20元 | 19:00以后上岗的班次 |
| 等级津贴 | 150～500元/月 | 按保安员职业技能等级发放 |
| 高温补贴 | 每月200元 | 6—9月发放 |

## 四、成长与晋升

**问9：怎样才能当上班长？**

答：在岗满1年、取得中级保安员证书、月度考核连续3个月“良好”及以上的队员，可由项目经理推荐参加班长竞聘。

**问10：可以从驻点调到押运中心吗？**

答：可以申请内部调岗。押运员要求持保安员证、政审合格，退伍军人优先，经押运中心面试合格后调入。
"""
    (OUT / "sec07_新队员入职FAQ.md").write_text(md, encoding="utf-8")


# --------------------------------------------------------------------- sec08 txt GBK CRLF: 交接班制度
def sec08():
    txt = f"""{CO}
交接班管理制度
（文件编号：DA-YY-012　　2024年1月修订）

第一条　为保证各岗位工作连续，防止交接过程中出现漏洞，制定本制度。
第二条　本制度适用于公司各驻点项目的门岗、巡逻岗、消防控制室、安检岗及押运车组。
第三条　接班人员应提前15分钟到岗，着装整齐，参加班长组织的班前会。
第四条　交接双方须当面交接，交接内容包括：
　　（一）当班发生的情况及处理结果；
　　（二）需要下一班继续跟进的事项；
　　（三）对讲机、钥匙、警棍、强光手电等公用器材；
　　（四）值班记录本、访客登记本。
第五条　门岗交接：交班人员须清点访客证数量，核对未归还的访客证，并在《门岗值班记录》中注明。
第六条　消防控制室交接：交接双方共同检查火灾报警控制器、联动控制器的运行状态，核对故障点位及屏蔽点位，并在《消防控制室值班记录表》上签字。接班人员未到岗前，交班人员不得离岗。
第七条　押运交接：押运员交接时须清点防暴器械、防弹衣、头盔及对讲机，由押运中心主管在场监督。
第八条　班长交接：班长之间交接须移交本班考勤表、查岗记录及未办结的投诉。
第九条　交接过程中发现的问题由交班人员负责；交接完毕后发生的问题由接班人员负责。
第十条　未按本制度交接的，按《驻点队员月度考核细则》扣分；造成损失的，追究当事人责任。
第十一条　本制度由运营中心负责解释，自发布之日起执行。
"""
    (OUT / "sec08_交接班管理制度.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# --------------------------------------------------------------------- sec09 csv: 智慧排班系统 岗位导出 with 岗位代码
def sec09():
    rows = [
        ["岗位代码", "岗位名称", "岗位类别", "适用项目", "班次代码", "班次时段", "持证要求", "上级岗位代码", "月薪标准(元)", "备注"],
        ["MG01", "门岗保安员", "一线", "华景商业广场/市一院/滨江会展中心", "D1;N1", "07:00-19:00;19:00-07:00", "保安员证", "BZ01", "4200-5000", "无证人员限跟岗"],
        ["XL01", "巡逻队员", "一线", "华景商业广场/市一院", "D1;N1", "07:00-19:00;19:00-07:00", "保安员证", "BZ01", "4300-5100", "夜班补贴另计"],
        ["AJ01", "安检员", "一线", "滨江会展中心", "E1", "08:00-18:00", "安检员职业资格证书", "BZ01", "4000-4800", "展会期间排班"],
        ["XK01", "消防控制室值班员", "技术", "华景商业广场/市一院/滨江会展中心", "D2;N2", "08:00-20:00;20:00-08:00", "消防设施操作员（中级）", "XM01", "4800-5600", "双人值守"],
        ["BZ01", "班长", "基层管理", "各驻点项目", "D1;N1", "07:00-19:00;19:00-07:00", "保安员证（中级）", "XM01", "5200-6000", ""],
        ["XM01", "项目经理", "管理", "各驻点项目", "W1", "09:00-18:00", "保安员证（高级）", "QY01", "7000-9000", "又称驻点队长"],
        ["QY01", "区域经理", "管理", "江北片区/江南片区", "W1", "09:00-18:00", "", "YF01", "10000-15000", "另有年终绩效"],
        ["YY01", "押运员", "押运", "押运中心", "Y1;Y2", "06:30-14:30;13:30-21:30", "保安员证", "YZ01", "6000-7500", "押运津贴另计"],
        ["DD01", "客服调度员", "运营", "运营中心调度室", "K1;K2;K3", "08:00-16:00;16:00-24:00;00:00-08:00", "", "DS01", "4500-5500", "三班倒"],
        ["JG01", "保安培训教官", "培训", "培训部", "W1", "09:00-18:00", "保安员证（高级）", "PX01", "6000-7500", ""],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["# 导出自：盾安智慧排班系统 v3.2　导出时间：2024-04-08 09:12　导出人：admin"])
    for r in rows:
        w.writerow(r)
    w.writerow(["# 上级岗位代码说明：YF01=运营副总经理；YZ01=押运中心主管；DS01=调度室主任；PX01=培训部经理（以上岗位不参与排班，未导出）"])
    (OUT / "sec09_排班系统岗位导出.csv").write_text(buf.getvalue(), encoding="utf-8")


# --------------------------------------------------------------------- sec10 txt: 应急预案 assigning duties to posts per incident
def sec10():
    txt = f"""{CO}
驻点项目突发事件应急处置预案

一、目的
为快速、有序处置驻点项目内发生的各类突发事件，最大限度减少人员伤亡和财产损失，制定本预案。

二、应急组织
各驻点项目成立应急处置小组：
  组　长：项目经理（驻点队长）
  副组长：当班班长
  成　员：中控员、巡逻队员、门岗队员、安检员

三、各岗位应急职责分工

（一）火灾事故
  ▲中控员：确认火警后启动消防联动设备和应急广播，拨打119，持续监控火情并向组长报告。
  ▲巡逻队员：携带灭火器第一时间赶赴现场，扑救初起火灾，关闭着火区域防火门。
  ▲门岗队员：打开消防通道道闸，清理出入口车辆，引导消防车进场。
  ▲班长：赶赴现场指挥扑救，组织人员疏散，疏散后清点人数。
  ▲项目经理：统一指挥，与客户及消防部门对接，事后24小时内提交书面事故报告。

（二）治安案件（盗窃、打架斗殴等）
  ▲门岗队员：封控出入口，对可疑人员、车辆进行拦截盘查。
  ▲巡逻队员：赶赴现场制止违法行为，保护现场，不得擅自移动物证。
  ▲中控员：调取现场及周边监控录像，锁定嫌疑人行动轨迹。
  ▲班长：拨打110报警，配合公安机关调查取证。

（三）大客流拥挤
  ▲安检员：放缓安检速度，必要时暂停放行，引导排队人员分流。
  ▲门岗队员：实行单向通行，设置隔离带。
  ▲班长：调集机动人员到拥挤点位，及时向组长报告客流情况。
  ▲项目经理：视情况请求客户启动限流措施。

（四）押运途中遭遇抢劫
  ▲押运员：保护款箱，立即按下车载报警按钮，在保证人身安全的前提下固守车厢，不得离车追击。
  ▲客服调度员：接警后立即拨打110，通知距离最近的机动巡逻车组支援，并全程记录处置过程。
  ▲押运中心主管：赶赴现场，协助公安机关处置，并向公司领导报告。

四、应急演练
驻点项目每半年至少组织一次消防疏散演练，演练方案由项目经理制定，保安培训教官负责现场指导和评估。

五、附则
本预案由运营中心负责解释，自印发之日起施行。
"""
    (OUT / "sec10_突发事件应急处置预案.txt").write_text(txt, encoding="utf-8")


if __name__ == "__main__":
    for f in (sec01, sec02, sec03, sec04, sec05, sec06, sec07, sec08, sec09, sec10):
        f()
    print("wrote", OUT)
    for p in sorted(OUT.iterdir()):
        print(" ", p.name, p.stat().st_size)
