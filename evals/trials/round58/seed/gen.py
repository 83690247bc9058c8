#!/usr/bin/env python3
"""Round 58 'seed': 金禾种业股份有限公司 (seed & agri-tech: breeding stations, a processing plant).

Writes 10 HR documents to $T58_OUT (default /tmp/t58seed/corpus) and ground_truth.json next to this file.
Run: T58_OUT=/tmp/t58seed/corpus /tmp/genv/bin/python gen.py
"""
import csv
import json
import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T58_OUT", "/tmp/t58seed/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "金禾种业股份有限公司"

# ----------------------------------------------------------------------------- facts
YZ = {  # docx 1: 育种研发中心 and 生产部 posts
    "育种员": dict(code="JH-YZ-02", dept="育种研发中心玉米育种室", boss="玉米育种室主任", subs="田间试验员（2名）",
                 n="4", loc="合肥总部试验站；每年11月—次年4月赴海南三亚南繁基地",
                 edu="硕士研究生及以上", major="作物遗传育种、种子科学与工程等相关专业",
                 exp="3年以上玉米育种工作经验", exp_old="2年以上", cert="无硬性要求",
                 ability="熟练使用DPS、R等田间试验统计软件，能独立设计组合配制方案",
                 grade="P5—P7", pay="税前月薪9000—14000元，另计南繁补贴", shift="常白班，农忙季节按田间作业安排",
                 duties=[("根据育种目标制定年度组配计划，配制杂交组合不少于800个", "1—2月", "年度组配计划"),
                         ("负责育种材料的种植、观察记载和田间选择，建立材料档案", "4—9月", "田间记载本"),
                         ("组织南繁加代和扩繁，协调南繁基地的播种、授粉和收获", "11月—次年4月", "南繁工作总结"),
                         ("参加品种区域试验和生产试验，整理数据并撰写试验报告", "全年", "试验报告"),
                         ("配合分子实验室开展标记辅助选择，提交叶片取样清单", "5—7月", "取样清单"),
                         ("指导田间试验员开展去雄、授粉、套袋作业，检查作业质量", "6—8月", "作业检查记录")]),
    "田间试验员": dict(code="JH-YZ-05", dept="育种研发中心试验站", boss="育种员", subs="无", n="8",
                  loc="合肥试验站（长丰县）；每年11月随队赴三亚南繁基地",
                  edu="大专及以上", major="农学、植物保护、园艺类专业", exp="1年以上田间试验或农业生产经验，应届毕业生亦可",
                  cert="持C1驾驶证者优先", ability="能吃苦耐劳，适应长期户外作业",
                  grade="P2—P3", pay="月薪5000—6500元，另计田间作业补贴30元/天",
                  shift="农忙期（5—9月）分两段：6:00—11:00、15:00—19:00",
                  gantt=[("按试验方案完成整地、播种、定苗、施肥等田间作业", [3, 4, 5, 11]),
                         ("按记载标准观察记载生育期、株高、穗位等性状", [5, 6, 7, 8, 9]),
                         ("负责去雄、授粉、套袋、挂牌等杂交作业", [6, 7, 8, 1, 2]),
                         ("收获考种，测定产量并录入试验数据库", [9, 10, 4]),
                         ("看护试验田，记录天气与病虫害发生情况", list(range(3, 11))),
                         ("管理试验站农机具和农资出入库台账", list(range(1, 13)))]),
    "种子检验员": dict(code="JH-ZJ-03", dept="质量管理部检验室", boss="质量主管", subs="无", n="3",
                  loc="张掖加工中心检验室（甘肃张掖）", edu="大专及以上", major="种子科学与工程、农学、生物技术",
                  exp="2年以上种子检验工作经验", cert="须持有农作物种子检验员证（扦样员或检验员资格）",
                  ability="熟悉GB/T 3543农作物种子检验规程", grade="P3—P4", pay="月薪5500—7500元",
                  shift="收获季（9—12月）两班倒，白班8:00—20:00、夜班20:00—次日8:00；其余时间常白班",
                  duties=[("按GB/T 3543对入库和出库种子进行扦样", "全年", "扦样记录"),
                          ("检测净度、发芽率、水分和纯度，出具检验报告", "全年", "检验报告"),
                          ("开展田间小区种植鉴定，复核品种纯度", "3—8月", "小区鉴定记录"),
                          ("维护检验仪器设备并按期送检校准", "每季度", "设备台账"),
                          ("留存检验样品并管理样品库，样品保存期不少于一个生产周期", "全年", "留样台账"),
                          ("发现不合格批次立即上报质量主管，并挂牌隔离", "随时", "不合格品报告")]),
    "基地主管": dict(code="JH-JD-01", dept="生产部", boss="生产部经理", subs="制种技术员（3—5名）", n="每基地1名",
                 loc="甘肃张掖制种基地", edu="本科及以上", major="农学、种子科学与工程",
                 exp="5年以上制种基地管理经验，其中2年以上团队管理经验", cert="无",
                 ability="善于与农户、合作社沟通，能处理合同纠纷", grade="M2", pay="年薪15万—20万元（含绩效）",
                 shift="不定时工作制",
                 duties=[("落实制种基地年度制种计划，与农户或合作社签订制种合同", "1—3月", "制种合同"),
                         ("组织隔离区划定、亲本播种、去杂去雄等关键环节的技术指导", "4—7月", "技术指导记录"),
                         ("监督田间纯度，组织田间检验并记录", "6—8月", "田检报告"),
                         ("协调收获、果穗烘干与运输，确保按时交售", "9—10月", "交售台账"),
                         ("管理基地预算和制种户结算", "10—12月", "结算单"),
                         ("负责基地安全生产，组织汛期和高温天气的应急处置", "全年", "应急记录")]),
}

JG = {  # docx 2: 张掖加工中心工作手册
    "加工车间操作工": dict(dept="加工中心生产车间", boss="车间班组长", edu="高中/中专及以上", loc="甘肃张掖市甘州区加工中心",
                    shift="加工季（9月—次年1月）三班倒，8:00、16:00、0:00交接班", pay_old="月薪4000—5500元",
                    pay="月薪4500—6000元（含夜班津贴）",
                    duties=["按工艺卡操作清选、精选、包衣和包装设备", "每班开机前点检设备，记录运行参数",
                            "按批次更换品种时彻底清机，防止混杂", "称量包装并贴标，核对批号与标签一致",
                            "遵守粉尘和药剂防护规定，正确佩戴防尘口罩和手套"],
                    req="身体健康，无色盲色弱；能适应三班倒；持叉车证者优先"),
    "仓储管理员": dict(dept="物流仓储部", boss="物流仓储部经理", edu="大专及以上", major="物流管理相关专业",
                  exp="2年以上仓库管理经验，有种子或粮食仓储经验者优先", cert="叉车证（特种设备作业人员证N1）",
                  loc="张掖加工中心成品库", shift="常白班8:00—17:30；发货高峰（12月—次年3月）轮流值班",
                  pay="月薪5000—6500元",
                  duties=[("种子入库验收，核对品种、批号、数量与检验报告", "每批"),
                          ("按品种和批次分区码放，执行先进先出", "每日"),
                          ("巡检库温库湿，温度不高于15℃、相对湿度不高于65%", "每日两次"),
                          ("组织月度盘点，做到账实相符", "每月"),
                          ("办理发货出库，核对订单和随货单据", "每单"),
                          ("管理低温库运行和熏蒸作业记录", "每周")]),
    "质量主管": dict(dept="质量管理部", boss="质量管理部经理", subs="种子检验员、田检员", edu="本科及以上",
                 major="种子科学、农学相关专业", exp="5年以上种子质量管理经验", cert="持种子检验员证，熟悉ISO 9001",
                 loc="甘肃张掖", pay="月薪10000—13000元",
                 duties=["建立并维护种子质量管理体系，每年组织一次内审", "审核检验报告，签发质量放行单",
                         "组织田检、室内检验和DNA指纹纯度抽查", "处理客户质量投诉，牵头质量事故调查",
                         "组织检验员培训和实验室能力比对"]),
}

KPI = {  # xlsx 1
    "lib": [("S01", "销售回款额", "考核期内实际到账的货款金额", "万元", "财务部", "季度"),
            ("S02", "销售计划完成率", "实际销售量÷计划销售量×100%", "%", "营销中心", "季度"),
            ("S03", "新品种销售占比", "上市3年内品种销售额÷总销售额×100%", "%", "营销中心", "年度"),
            ("S05", "客户拜访次数", "有拜访记录的经销商、种植大户走访次数", "次", "CRM系统", "月度"),
            ("Q03", "客户投诉处理及时率", "48小时内响应并闭环的投诉数÷投诉总数×100%", "%", "客服台账", "季度"),
            ("P01", "示范田建设数量", "按标准建成并验收的示范田块数", "块", "技术服务部", "年度"),
            ("P02", "观摩会场次", "组织的现场观摩会和农民培训会场次", "场", "技术服务部", "季度"),
            ("P03", "新品种推广面积", "新品种在责任区的种植面积", "万亩", "营销中心", "年度"),
            ("P04", "推广资料及时提交率", "按期提交的示范田记录、观摩总结份数÷应提交份数×100%", "%", "技术服务部", "月度"),
            ("Q01", "检验报告及时率", "规定时限内出具的检验报告数÷报告总数×100%", "%", "检验室", "月度"),
            ("Q02", "检验差错率", "复检结论不一致的报告数÷报告总数×100%", "%", "质量管理部", "月度"),
            ("Q04", "样品留存合格率", "抽查合格的留样数÷抽查留样数×100%", "%", "质量管理部", "季度"),
            ("Q05", "仪器校准按期完成率", "按期校准的仪器台数÷应校准台数×100%", "%", "质量管理部", "季度"),
            ("M01", "加工产量达成率", "实际加工量÷计划加工量×100%", "%", "加工中心", "月度"),
            ("M02", "包衣合格率", "包衣合格批数÷包衣总批数×100%", "%", "检验室", "月度"),
            ("M03", "设备故障停机时长", "因设备故障导致的停机小时数", "小时", "设备科", "月度"),
            ("M04", "安全违章次数", "安全检查发现的违章次数", "次", "安环部", "月度"),
            ("W01", "账实相符率", "盘点账实一致的品种批次数÷盘点批次数×100%", "%", "物流仓储部", "月度"),
            ("W02", "发货准确率", "无差错发货单数÷发货单总数×100%", "%", "物流仓储部", "月度"),
            ("W03", "库温库湿达标率", "达标巡检次数÷巡检总次数×100%", "%", "物流仓储部", "月度"),
            ("W04", "出入库单据及时率", "当日录入系统的单据数÷单据总数×100%", "%", "物流仓储部", "月度")],
    "weights": {"销售代表": {"S01": 40, "S02": 25, "S03": 15, "S05": 10, "Q03": 10},
                "品种推广专员": {"P01": 30, "P02": 20, "P03": 30, "S03": 10, "P04": 10},
                "种子检验员": {"Q01": 30, "Q02": 30, "Q04": 20, "Q05": 20},
                "加工车间操作工": {"M01": 35, "M02": 30, "M03": 20, "M04": 15},
                "仓储管理员": {"W01": 35, "W02": 30, "W03": 20, "W04": 15}},
    "targets": {"销售代表": [("S01", "完成个人回款任务的80%", "100%", "120%", "每低于目标1%扣1分"),
                          ("S02", "85%", "100%", "110%", "线性计分"),
                          ("S03", "20%", "30%", "40%", "低于门槛值不得分"),
                          ("S05", "30次/月", "40次/月", "50次/月", "按实际次数比例计分"),
                          ("Q03", "90%", "98%", "100%", "每低1%扣2分")],
                "种子检验员": [("Q01", "95%", "100%", "—", "每超时一份扣5分"),
                          ("Q02", "≤1%", "≤0.5%", "0", "每出现一份差错报告扣10分"),
                          ("Q04", "95%", "100%", "—", "抽查不合格一份扣5分"),
                          ("Q05", "90%", "100%", "—", "逾期一台扣5分")],
                "仓储管理员": [("W01", "99%", "100%", "—", "每差一个批次扣5分"),
                           ("W02", "99%", "99.8%", "100%", "错发一单扣10分"),
                           ("W03", "95%", "100%", "—", "超标一次扣2分"),
                           ("W04", "95%", "100%", "—", "线性计分")]},
    "void2024": {"销售代表": {"S01": 50, "S02": 30, "S05": 20}},
}

NY_KPI = [("技术服务户数", "30%", "每月不少于20户", "按完成比例计分"),
          ("投诉现场处理及时率", "25%", "48小时内到场率≥95%", "每低1%扣2分"),
          ("技术培训场次", "20%", "每季度不少于1次", "未完成不得分"),
          ("田间表现报告提交及时率", "15%", "100%", "逾期一份扣5分"),
          ("客户满意度", "10%", "≥90分", "按调查得分折算")]


def set_cell_bg(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def header_footer(doc, left, right):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = left
    fp = sec.footer.paragraphs[0]
    fp.text = right


def add_red(par, text):
    r = par.add_run(text)
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    return r


# ----------------------------------------------------------------------------- 01 docx
def doc1():
    doc = Document()
    header_footer(doc, f"{CO}　受控文件　编号：JH-HR-ZD-2025-03　版本：C/1",
                  "人力资源部编制　2025年3月　内部资料，注意保密")
    doc.add_heading("岗位说明书汇编（育种研发中心·生产部分册）", 0)
    doc.add_paragraph("编制说明：本分册收录育种研发中心、质量管理部检验室和生产部的4个岗位。分子实验员、制种技术员的岗位说明书"
                      "另行编制，不在本分册内。红色括注为2025年3月修订内容。")
    for name, f in YZ.items():
        doc.add_heading(f"{f['code']}　{name}", 1)
        doc.add_paragraph("一、基本信息")
        t = doc.add_table(rows=4, cols=6)
        t.style = "Table Grid"
        labs1 = ["岗位名称", "所属部门", "直接上级", "直接下级", "岗位定员", "工作地点"]
        vals1 = [name, f["dept"], f["boss"], f["subs"], f["n"], f["loc"]]
        labs2 = ["岗位编码", "岗位等级", "薪资标准", "班次安排", "编制日期", "审核人"]
        vals2 = [f["code"], f["grade"], f["pay"], f["shift"], "2025-03-10", "人力资源部"]
        for i, (l, v) in enumerate(zip(labs1, vals1)):
            t.cell(0, i).text = l
            set_cell_bg(t.cell(0, i), "D9E2F3")
            t.cell(1, i).text = v
        for i, (l, v) in enumerate(zip(labs2, vals2)):
            t.cell(2, i).text = l
            set_cell_bg(t.cell(2, i), "D9E2F3")
            t.cell(3, i).text = v
        doc.add_paragraph("二、岗位职责")
        if "gantt" in f:
            doc.add_paragraph("本岗位职责按农时安排如下（●表示该月份开展）：")
            t = doc.add_table(rows=1 + len(f["gantt"]), cols=14)
            t.style = "Table Grid"
            t.cell(0, 0).text = "序号"
            t.cell(0, 1).text = "工作内容"
            for m in range(1, 13):
                t.cell(0, m + 1).text = f"{m}月"
            for r, (duty, months) in enumerate(f["gantt"], 1):
                t.cell(r, 0).text = str(r)
                t.cell(r, 1).text = duty
                for m in range(1, 13):
                    t.cell(r, m + 1).text = "●" if m in months else ""
        else:
            t = doc.add_table(rows=1 + len(f["duties"]), cols=4)
            t.style = "Table Grid"
            for i, h in enumerate(["序号", "职责内容", "农时", "输出成果"]):
                t.cell(0, i).text = h
            for r, (d, when, out) in enumerate(f["duties"], 1):
                t.cell(r, 0).text = str(r)
                t.cell(r, 1).text = d
                t.cell(r, 2).text = when
                t.cell(r, 3).text = out
        doc.add_paragraph("三、任职资格")
        rows = [("学历要求", f["edu"]), ("专业要求", f["major"]), ("经验要求", f["exp"]),
                ("证书要求", f["cert"]), ("能力素质", f["ability"])]
        t = doc.add_table(rows=len(rows), cols=3)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(len(rows) - 1, 0))
        m.text = "任职资格"
        for r, (l, v) in enumerate(rows):
            t.cell(r, 1).text = l
            c = t.cell(r, 2)
            c.text = v
            if l == "经验要求" and f.get("exp_old"):
                add_red(c.paragraphs[0], f"〔2025-03修订：原为“{f['exp_old']}”〕")
        doc.add_paragraph()
    doc.add_paragraph("签批：人力资源部经理　张慧敏　　分管副总　李国栋")
    doc.save(OUT / "01_岗位说明书汇编_育种与生产分册.docx")


# ----------------------------------------------------------------------------- 02 docx
TXBX = """<w:r %s><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="tb1" type="#_x0000_t202"
 style="position:absolute;margin-left:300pt;margin-top:0;width:180pt;height:160pt;z-index:1">
<v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def txbx_paras(lines):
    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{ln}</w:t></w:r></w:p>' for ln in lines)


def doc2():
    doc = Document()
    header_footer(doc, "张掖加工中心工作手册（2025年版）", "金禾种业·张掖加工中心　修订：2025年2月")
    doc.add_heading("张掖加工中心工作手册", 0)
    doc.add_heading("第一章　总则", 1)
    doc.add_paragraph("1.1 加工中心承担公司玉米、小麦种子的烘干、清选、包衣、包装和仓储，实行安全生产责任制和质量追溯制度。")
    doc.add_paragraph("1.2 本手册适用于加工中心全体员工。岗位工资、社保缴纳比例等按公司《薪酬管理制度》执行，本手册不再列明。")
    doc.add_heading("第二章　加工车间操作工", 1)
    f = JG["加工车间操作工"]
    p = doc.add_paragraph()
    box = ["【岗位信息】", f"所属部门：{f['dept']}", f"直接上级：{f['boss']}", f"学历：{f['edu']}",
           f"工作地点：{f['loc']}", f"班次：{f['shift']}"]
    p._p.append(parse_xml(TXBX % (nsdecls("w"), txbx_paras(box))))
    p.add_run("2.1 加工车间操作工是种子加工线上的一线岗位，人员在加工季集中上岗。")
    p2 = doc.add_paragraph("2.2 加工车间操作工主要负责：" + "；".join(f"（{i}）{d}" for i, d in enumerate(f["duties"], 1)) + "。")
    # pay line with a real tracked change
    p3 = doc.add_paragraph("2.3 薪资标准：")
    p3._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="HR-王婷" w:date="2025-02-10T09:00:00Z"><w:r><w:delText>{f["pay_old"]}</w:delText></w:r></w:del>'))
    p3._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="HR-王婷" w:date="2025-02-10T09:00:00Z"><w:r><w:t>{f["pay"]}</w:t></w:r></w:ins>'))
    p3.add_run("，按实际出勤核算。")
    doc.add_paragraph(f"2.4 任职要求：{f['req']}。")

    doc.add_heading("第三章　仓储管理员", 1)
    g = JG["仓储管理员"]
    doc.add_paragraph("3.1 仓储管理员负责成品库的收、存、发，是种子出厂前的最后一道关口。")
    t = doc.add_table(rows=6, cols=2)
    t.style = "Table Grid"
    items = [("直接上级", g["boss"]), ("任职条件", f"学历{g['edu']}，{g['major']}；{g['exp']}；须持{g['cert']}"),
             ("工作地点", g["loc"]), ("作息", g["shift"]), ("薪资", g["pay"]), ("主要工作", None)]
    for r, (l, v) in enumerate(items):
        t.cell(r, 0).text = l
        if v is not None:
            t.cell(r, 1).text = v
    cell = t.cell(5, 1)
    cell.text = "见下表："
    nt = cell.add_table(rows=1 + len(g["duties"]), cols=3)
    nt.style = "Table Grid"
    for i, h in enumerate(["序号", "工作事项", "频次"]):
        nt.cell(0, i).text = h
    for r, (d, fq) in enumerate(g["duties"], 1):
        nt.cell(r, 0).text = str(r)
        nt.cell(r, 1).text = d
        nt.cell(r, 2).text = fq

    doc.add_heading("第四章　质量主管", 1)
    q = JG["质量主管"]
    doc.add_paragraph(f"4.1 岗位概况：质量主管隶属{q['dept']}，向{q['boss']}汇报，管理{q['subs']}，常驻{q['loc']}。")
    doc.add_paragraph("4.2 岗位职责：")
    for i, d in enumerate(q["duties"], 1):
        doc.add_paragraph(f"{i}) {d}")
    doc.add_paragraph(f"4.3 任职要求：{q['edu']}学历，{q['major']}；{q['exp']}；{q['cert']}。")
    doc.add_paragraph(f"4.4 薪资：{q['pay']}。")
    doc.add_paragraph("4.5 绩效考核：略（见《质量管理部绩效考核办法》，另行下发）。")
    doc.add_heading("第五章　其他岗位", 1)
    doc.add_paragraph("5.1 烘干塔司炉工、叉车司机、机修工的岗位说明书另行发布，本手册不作规定。")
    doc.add_heading("附录A　2022版加工车间操作工班次（已废止）", 1)
    doc.add_paragraph("【本附录已于2025年2月废止，仅供查阅】原班次：两班倒，7:00、19:00交接班，加工季每班12小时。")
    doc.save(OUT / "02_张掖加工中心工作手册.docx")


# ----------------------------------------------------------------------------- 03 xlsx
def xlsx_kpi():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "说明"
    ws["A1"] = f"{CO}　2025年度岗位KPI指标库"
    ws["A3"] = "1. “指标库”为公司统一指标定义，各岗位按“岗位权重”表选用，权重合计须为100%。"
    ws["A4"] = "2. 门槛值、目标值、挑战值见“目标值”表；未列目标值的岗位按部门另行下达。"
    ws["A5"] = "3. “2024版（作废）”仅供对照，不得再用于考核。"
    lib = wb.create_sheet("指标库")
    lib.append(["指标编码", "指标名称", "指标定义/计算公式", "单位", "数据来源", "考核周期"])
    for row in KPI["lib"]:
        lib.append(list(row))
    # weights matrix: posts as rows, indicator codes as columns under merged groups
    wsw = wb.create_sheet("岗位权重")
    groups = [("经营类", ["S01", "S02", "S03", "S05", "P01", "P02", "P03"]),
              ("过程与质量类", ["Q01", "Q02", "Q03", "Q04", "Q05", "P04"]),
              ("生产与仓储类", ["M01", "M02", "M03", "M04", "W01", "W02", "W03", "W04"])]
    names = {c: n for c, n, *_ in KPI["lib"]}
    wsw.cell(1, 1, "岗位权重分配表（单位：%）")
    wsw.merge_cells(start_row=1, start_column=1, end_row=1, end_column=24)
    wsw.cell(2, 1, "考核岗位")
    wsw.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    col = 2
    colmap = {}
    for g, codes in groups:
        wsw.cell(2, col, g)
        wsw.merge_cells(start_row=2, start_column=col, end_row=2, end_column=col + len(codes) - 1)
        for c in codes:
            wsw.cell(3, col, f"{c} {names[c]}")
            colmap[c] = col
            col += 1
    wsw.cell(2, col, "权重合计")
    wsw.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    for r, (post, ws_) in enumerate(KPI["weights"].items(), 4):
        wsw.cell(r, 1, post)
        for c, w in ws_.items():
            wsw.cell(r, colmap[c], w)
        L = openpyxl.utils.get_column_letter
        wsw.cell(r, col, f"=SUM({L(2)}{r}:{L(col - 1)}{r})")
    for row in wsw.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", wrap_text=True)
    # targets: post merged down
    wst = wb.create_sheet("目标值")
    wst.append(["考核岗位", "指标编码", "指标名称", "考核标准", None, None, "评分规则"])
    wst.append([None, None, None, "门槛值", "目标值", "挑战值", None])
    wst.merge_cells("D1:F1")
    for c in ("A", "B", "C", "G"):
        wst.merge_cells(f"{c}1:{c}2")
    r = 3
    for post, rows in KPI["targets"].items():
        start = r
        for code, lo, mid, hi, rule in rows:
            wst.cell(r, 1, post if r == start else None)
            wst.cell(r, 2, code)
            wst.cell(r, 3, names[code])
            wst.cell(r, 4, lo)
            wst.cell(r, 5, mid)
            wst.cell(r, 6, hi)
            wst.cell(r, 7, rule)
            r += 1
        wst.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    wsv = wb.create_sheet("2024版（作废）")
    wsv["A1"] = "2024年度销售代表考核表（已作废，2025年1月1日起停用）"
    wsv.append(["指标", "权重", "备注"])
    for c, w in KPI["void2024"]["销售代表"].items():
        wsv.append([names[c], f"{w}%", "旧版"])
    wb.save(OUT / "03_岗位KPI指标库_2025.xlsx")


# ----------------------------------------------------------------------------- 04 xlsx
STAFF = [("育种员", "育种研发中心", (4, 4), (0, 0), (0, 0), "D"),
         ("田间试验员", "育种研发中心", (6, 5), (2, 2), (0, 0), "D"),
         ("种子检验员", "质量管理部", (0, 0), (0, 0), (3, 2), "S"),
         ("质量主管", "质量管理部", (0, 0), (0, 0), (1, 1), "D"),
         ("基地主管", "生产部", (0, 0), (1, 1), (1, 1), "F"),
         ("加工车间操作工", "加工中心", (0, 0), (0, 0), (36, 30), "T"),
         ("仓储管理员", "物流仓储部", (0, 0), (0, 0), (4, 4), "D"),
         ("农艺师", "技术服务部", (3, 2), (0, 0), (0, 0), "D"),
         ("品种推广专员", "技术服务部", (10, 7), (0, 0), (0, 0), "F"),
         ("销售代表", "营销中心", (24, 19), (0, 0), (0, 0), "F")]
PAY = [("育种员", "P5", 6000, 2000, 3000, "南繁补贴150元/天"), ("田间试验员", "P2", 3800, 700, 1000, "田间作业补贴30元/天"),
       ("种子检验员", "P3", 4200, 800, 1500, "夜班津贴50元/班"), ("加工车间操作工", "G2", 3200, 500, 1000, "夜班津贴40元/班"),
       ("仓储管理员", "P3", 3800, 700, 1000, "—"), ("农艺师", "P5", 5500, 1500, 2000, "出差补助100元/天"),
       ("品种推广专员", "P3", 4000, 1000, 2000, "下乡补贴80元/天"), ("销售代表", "S1", 4000, 0, 0, "回款提成1.5%")]


def xlsx_staff():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制"
    ws["A1"] = "2025年岗位编制及在岗人数（截至2025年3月31日）"
    ws.merge_cells("A1:K1")
    hdr1 = ["岗位", "部门", "合肥总部", None, "三亚南繁基地", None, "张掖加工中心", None, "合计编制", "合计在岗", "班次代码"]
    hdr2 = [None, None, "编制", "在岗", "编制", "在岗", "编制", "在岗", None, None, None]
    ws.append(hdr1)
    ws.append(hdr2)
    for a, b in (("C2", "D2"), ("E2", "F2"), ("G2", "H2")):
        ws.merge_cells(f"{a}:{b}")
    for c in ("A", "B", "I", "J", "K"):
        ws.merge_cells(f"{c}2:{c}3")
    for r, (p, d, hf, sy, zy, sc) in enumerate(STAFF, 4):
        ws.append([p, d, hf[0], hf[1], sy[0], sy[1], zy[0], zy[1], f"=C{r}+E{r}+G{r}", f"=D{r}+F{r}+H{r}", sc])
    wc = wb.create_sheet("班次代码")
    wc.append(["代码", "含义", "说明"])
    wc.append(["D", "常白班", "8:00—17:30，午休1.5小时"])
    wc.append(["S", "两班倒", "收获季白班8:00—20:00，夜班20:00—次日8:00"])
    wc.append(["T", "三班倒", "加工季8:00、16:00、0:00交接班"])
    wc.append(["F", "不定时/弹性工作制", "经人社部门审批，按任务安排"])
    wp = wb.create_sheet("薪酬")
    wp["A1"] = "2025年岗位薪酬标准（税前，元/月）"
    wp.merge_cells("A1:G1")
    wp.append(["岗位", "岗级", "月薪构成", None, None, "季节性补贴/提成", "月薪合计参考"])
    wp.append([None, None, "基本工资", "岗位津贴", "绩效工资基数", None, None])
    wp.merge_cells("C2:E2")
    for c in ("A", "B", "F", "G"):
        wp.merge_cells(f"{c}2:{c}3")
    for r, (p, g, a, b, c, s) in enumerate(PAY, 4):
        wp.append([p, g, a, b, c, s, f"=C{r}+D{r}+E{r}"])
    wp.cell(4 + len(PAY) + 1, 1, "注：销售代表另按回款额计提成，不设绩效工资基数；管理岗（M序列）实行年薪制，不在本表列示。")
    wb.save(OUT / "04_岗位编制与薪酬标准_2025.xlsx")


# ----------------------------------------------------------------------------- 05 csv
def csv_req():
    rows = [["需求编号", "岗位名称", "用人部门", "工作地点", "招聘人数", "学历要求", "专业要求", "经验要求", "薪资待遇",
             "岗位职责", "状态", "备注"],
            ["ZP2025-011", "销售代表（西南大区）", "营销中心", "四川成都", "2", "大专及以上", "市场营销、农学优先",
             "1年以上农资销售经验", "底薪4000元+回款提成1.5%",
             "①开发县级经销商；②组织订货会；③回款对账", "招聘中", ""],
            ["ZP2025-014", "植保技术员", "技术服务部", "河南周口", "1", "本科及以上", "植物保护",
             "2年以上病虫害防治或农药技术服务经验", "月薪6500—8500元",
             "①开展玉米、小麦病虫害田间调查和预测预报；②制定种衣剂和药剂防治方案；③为经销商和种植大户提供病虫害诊断；④配合农艺师处理药害投诉",
             "招聘中", "持有农药经营许可相关培训证明者优先"],
            ["ZP2025-017", "田间试验员", "育种研发中心", "安徽合肥", "3", "大专及以上", "农学类", "不限，应届可",
             "月薪5000—6500元+田间补贴", "见《岗位说明书汇编》", "招聘中", "需随队赴三亚南繁"],
            ["ZP2025-020", "仓储管理员", "物流仓储部", "甘肃张掖", "1", "大专及以上", "物流管理", "2年以上",
             "月薪5000—6500元", "见《张掖加工中心工作手册》第三章", "招聘中", "须持叉车证"],
            ["ZP2024-032", "种子检验员", "质量管理部", "甘肃张掖", "2", "中专及以上", "不限", "1年以上",
             "月薪4500—6000元", "种子扦样与检验", "已关闭", "2024年秋季需求，已停止招聘"],
            ["ZP2025-022", "加工车间操作工（季节工）", "加工中心", "甘肃张掖", "20", "初中及以上", "不限", "不限",
             "日薪160元，包住宿", "清选、包衣、包装线操作", "招聘中", "用工期9月—次年1月"]]
    with open(OUT / "05_2025年招聘需求表.csv", "w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)


# ----------------------------------------------------------------------------- 06 html
CAREERS = [("农艺师", "技术服务部", "山东济南",
            ["制定主推品种的栽培技术规程，做到良种良法配套", "在黄淮海区域开展田间巡回技术指导",
             "处理出苗、倒伏等田间质量投诉的现场鉴定"],
            "本科及以上，农学、植物保护或作物栽培专业；3年以上栽培技术服务经验", "月薪8000—11000元，六险一金，出差补助"),
           ("品种推广专员", "技术服务部", "河南郑州",
            ["选址建设新品种示范田并跟踪长势", "组织现场观摩会和农民培训会", "在抖音、快手等平台发布田间视频"],
            "大专及以上，农学相关专业；2年以上种子或农资推广经验；须有C1驾驶证", "月薪6000—8000元＋推广奖金"),
           ("区域销售经理", "营销中心", "甘肃兰州",
            ["分解西北大区年度销售目标到人", "管理经销商网络和价格体系", "培养和考核销售代表"],
            "本科及以上；5年以上种子行业销售经验，其中3年以上团队管理经验", "年薪18万—30万元"),
           ("客服专员", "营销中心", "安徽合肥", ["岗位详情稍后公布"], "稍后公布", "面议")]


def html_careers():
    rows = []
    for title, dept, city, duties, req, pay in CAREERS:
        lis = "".join(f"<li>{d}</li>" for d in duties)
        rows.append(f"""  <tbody class="job">
    <tr><td rowspan="3" class="jt"><strong>{title}</strong><br><small>{dept}｜{city}</small></td>
        <th>职责</th><td><ul>{lis}</ul></td></tr>
    <tr><th>要求</th><td>{req}</td></tr>
    <tr><th>待遇</th><td>{pay}</td></tr>
  </tbody>""")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>加入金禾 - {CO}</title>
<style>td.jt{{width:160px;vertical-align:top}} .nav a{{margin:0 8px}}</style></head>
<body>
<div class="nav"><a href="/">首页</a><a href="/about">关于金禾</a><a href="/products">品种展示</a><a href="/jobs">加入金禾</a></div>
<h1>加入金禾 · 2025社会招聘</h1>
<p>金禾种业是一家育繁推一体化种业企业，在合肥、三亚、张掖设有育种站、南繁基地和加工中心。简历请投递至 hr@jinhe-seed.example。</p>
<table border="1" cellspacing="0" cellpadding="6">
  <thead><tr><th>职位</th><th>项目</th><th>内容</th></tr></thead>
{chr(10).join(rows)}
</table>
<footer>© 2025 {CO}　皖ICP备00000000号</footer>
</body></html>
"""
    (OUT / "06_加入金禾_社会招聘.html").write_text(html, encoding="utf-8")


# ----------------------------------------------------------------------------- 07 pdf
NY = dict(dept="技术服务部", boss="技术服务部经理", subs="无", edu="本科及以上", major="农学、植物保护、作物栽培",
          exp="3年以上玉米或小麦栽培技术服务经验", cert="具有农艺师职称者优先", loc="山东济南（负责黄淮海区域，出差约50%）",
          pay="月薪8000—11000元＋出差补助",
          duties=["制定主推品种的栽培技术规程，做到良种良法配套", "开展田间巡回技术指导，每月走访经销商和种植大户不少于20户",
                  "处理出苗、倒伏等田间质量投诉的现场鉴定", "为销售和推广人员开展技术培训，每季度不少于1次",
                  "收集品种表现和病虫害信息，编写田间表现报告"])
TG = dict(dept="技术服务部", boss="区域推广经理", subs="无", edu="大专及以上", major="农学相关专业",
          exp="2年以上种子或农资推广经验", cert="C1驾驶证（须自驾下乡）", loc="河南郑州，常驻县域",
          pay="月薪6000—8000元＋推广奖金",
          duties=["选址建设新品种示范田，跟踪记录长势", "组织现场观摩会和农民培训会", "维护经销商和种植大户关系，收集市场反馈",
                  "制作推广物料，在抖音等平台发布田间视频", "配合销售代表开展订货会"])


def pdf_jd():
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer, PageBreak
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0))
        font = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    st = ParagraphStyle("n", fontName=font, fontSize=10, leading=14)
    h = ParagraphStyle("h", fontName=font, fontSize=15, leading=20)
    story = []

    def page(title, f, code):
        story.append(Paragraph(f"{CO}　技术服务部岗位说明书　｜　{title}（{code}）", h))
        story.append(Spacer(1, 8))
        left = [[Paragraph(l, st), Paragraph(v, st)] for l, v in
                [("岗位名称", title), ("所属部门", f["dept"]), ("直接上级", f["boss"]), ("直接下属", f["subs"]),
                 ("学历", f["edu"]), ("专业", f["major"]), ("工作经验", f["exp"]), ("证书", f["cert"]),
                 ("工作地点", f["loc"]), ("薪资", f["pay"])]]
        lt = Table(left, colWidths=[60, 170])
        lt.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        right = [Paragraph("岗位职责", h)] + [Paragraph(f"{i}. {d}", st) for i, d in enumerate(f["duties"], 1)]
        outer = Table([[lt, right]], colWidths=[250, 480])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story.append(outer)

    page("农艺师", NY, "JH-JF-02")
    story.append(PageBreak())
    page("品种推广专员", TG, "JH-JF-05")
    story.append(PageBreak())
    story.append(Paragraph("附表　农艺师月度考核指标", h))
    story.append(Spacer(1, 6))
    data = [["考核指标", "权重", "目标值", "评分方法"]] + [list(r) for r in NY_KPI]
    t = Table([[Paragraph(c, st) for c in row] for row in data], colWidths=[160, 60, 200, 200])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    story.append(t)
    story.append(Spacer(1, 8))
    story.append(Paragraph("说明：品种推广专员的考核指标见《岗位KPI指标库》，不在本附表列示。", st))
    SimpleDocTemplate(str(OUT / "07_技术服务部岗位说明书.pdf"), pagesize=landscape(A4),
                      leftMargin=40, rightMargin=40, topMargin=36, bottomMargin=36).build(story)


# ----------------------------------------------------------------------------- 08 md
def md_guide():
    text = f"""# 新员工入职指南（{CO}）

> 版本：2025.03 ｜ 维护：人力资源部 ｜ 适用：全体新入职员工

## 1. 公司与基地

金禾种业总部位于安徽合肥，下设合肥育种试验站、三亚南繁基地（海南）、张掖制种基地和张掖加工中心（甘肃）。

## 2. 试用期与报到

- 试用期统一为6个月，试用期工资不低于转正工资的80%。
- 报到当天携带身份证、学历证书原件、体检报告和一寸照片两张。
- 南繁人员每年11月初集中出发，往返交通由公司统一安排。

## 3. 常见岗位速查

| 岗位 | 归属 | 直接上级 | 常驻地点 | 备注 |
|---|---|---|---|---|
| 育种员 | 育种研发中心 | 玉米育种室主任 | 合肥／三亚 | 冬季南繁 |
| 田间试验员 | 育种研发中心 | 育种员（南繁期间见2025年4月通知） | 合肥／三亚 | 农忙两段班 |
| 种子检验员 | 质量管理部 | 质量主管 | 张掖 | 收获季两班倒 |
| 分子实验员 | 育种研发中心 | 分子实验室主任 | 合肥 | 略 |
| 植保技术员 | 技术服务部 | 技术服务部经理 | 河南周口 | 新设岗位 |

## 4. 一年的农时（育种口）

```mermaid
gantt
    title 育种研发中心年度农时
    dateFormat  YYYY-MM
    section 合肥
    组配计划      :2025-01, 2M
    春播与田间记载 :2025-04, 6M
    section 三亚南繁
    南繁加代      :2025-11, 6M
```

## 5. 劳动保护

田间和加工岗位按季度发放劳保用品：防晒帽、雨靴、防尘口罩、手套。进入包衣车间必须佩戴防尘口罩和护目镜。

## 6. 常见问题

**问：社保在哪里缴？** 答：按劳动合同签订地缴纳，缴费比例见当地政策，本指南不作说明。

**问：南繁期间怎么休假？** 答：南繁期间实行集中轮休，每月轮休4天，春节前后按基地安排。
"""
    (OUT / "08_新员工入职指南.md").write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------- 09 gbk txt
def gbk_notice():
    text = f"""{CO}文件
金禾人〔2025〕12号

关于南繁基地田间试验员管理关系及补贴标准调整的通知

各部门、各基地：

为加强南繁期间田间作业管理，经公司研究决定，自2025年4月1日起作如下调整：

一、三亚南繁基地的田间试验员改由南繁基地主管直接管理，不再向育种员汇报；合肥试验站的田间试验员仍向育种员汇报。
二、南繁补贴标准调整如下：

　　项目　　　　　　　　原标准　　　　　　新标准
　　南繁补贴（育种员）　120元/天　　　　　150元/天
　　南繁补贴（田间试验员）80元/天　　　　　100元/天

三、南繁期间田间试验员的考勤由南繁基地主管负责，绩效考核仍由育种研发中心统一组织。

本通知自发布之日起执行，此前规定与本通知不一致的，以本通知为准。

　　　　　　　　　　　　　　　　人力资源部
　　　　　　　　　　　　　　　　2025年3月20日
"""
    (OUT / "09_南繁基地田间试验员管理调整通知.txt").write_bytes(text.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- 10 utf-16 txt
XS = [("销售代表", [("岗位编码", "JH-YX-03"), ("所属部门", "营销中心（按大区派驻）"), ("直接上级", "区域销售经理"),
                 ("学历", "大专及以上"), ("专业", "市场营销、农学类优先"), ("经验", "1年以上种子、化肥或农药销售经验"),
                 ("证书", "C1驾驶证"), ("工作地点", "西北大区驻兰州，西南大区驻成都，黄淮海大区驻郑州"),
                 ("薪资", "底薪4000元＋回款提成1.5%＋差旅补助"), ("工时", "弹性工作制"),
                 ("岗位职责", ["开发和维护县级经销商，完成年度销售和回款任务", "制定辖区订货会计划，跟进经销商订单和库存",
                           "收集竞品价格和市场信息，每周提交周报", "协调发货和退货，做好经销商账款对账",
                           "配合品种推广专员开展示范田观摩"])]),
      ("区域销售经理", [("岗位编码", "JH-YX-02"), ("所属部门", "营销中心"), ("直接上级", "营销中心总监"),
                   ("直接下属", "销售代表（6—10名）"), ("学历", "本科及以上"), ("经验", "5年以上种子行业销售经验，其中3年以上团队管理经验"),
                   ("工作地点", "甘肃兰州"), ("薪资", "年薪18万—30万元"),
                   ("岗位职责", ["分解区域年度销售目标到人并跟踪进度", "管理经销商网络和价格体系，防止窜货",
                             "审批区域市场费用", "培养和考核销售代表"])]),
      ("客服专员", [("岗位编码", "JH-YX-06"), ("所属部门", "营销中心"), ("直接上级", "客服主管"), ("学历", ""),
                ("岗位职责", "")])]


def utf16_sales():
    lines = ["# 营销中心岗位说明（HR系统导出，字段<TAB>值；多行值以TAB续行）", "# 导出时间：2025-03-18", ""]
    for post, fields in XS:
        lines.append(f"岗位名称\t{post}")
        for k, v in fields:
            if isinstance(v, list):
                lines.append(f"{k}\t1. {v[0]}")
                for i, d in enumerate(v[1:], 2):
                    lines.append(f"\t{i}. {d}")
            else:
                lines.append(f"{k}\t{v}")
        lines.append("")
    (OUT / "10_营销中心岗位说明_导出.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-16"))


def ground_truth():
    gt = {"company": CO,
          "01_岗位说明书汇编_育种与生产分册.docx": {"layout": "header/footer; per post: heading '编码　岗位'; 4x6 facts table (label row over value row, twice); duty table 序号|职责内容|农时|输出成果 (田间试验员: 12-month ● gantt); 任职资格 merged down left over sub-label|value; red inline revision note", "posts": YZ, "named_only": ["分子实验员", "制种技术员"]},
          "02_张掖加工中心工作手册.docx": {"layout": "prose handbook; VML text box with 加工车间操作工 facts; duties run together （1）…（5）; real tracked change on pay; 仓储管理员 duties as nested table in a cell; 质量主管 1) list, 4.5 绩效考核 略; named-only 烘干塔司炉工/叉车司机/机修工; void appendix A", "posts": JG},
          "03_岗位KPI指标库_2025.xlsx": {"layout": "说明; 指标库 (code/name/formula); 岗位权重 matrix posts x codes under merged groups, =SUM 权重合计; 目标值 with post merged down and 门槛/目标/挑战 under merged 考核标准; void 2024 sheet", "kpi": KPI},
          "04_岗位编制与薪酬标准_2025.xlsx": {"layout": "编制 with 2-row header by site, formula totals, shift code; 班次代码 sheet; 薪酬 with merged 月薪构成 and formula total", "staff": STAFF, "pay": PAY},
          "05_2025年招聘需求表.csv": {"layout": "BOM CSV, ①② duties in one cell, 已关闭 2024 row, 'see handbook' cells; 植保技术员 only here"},
          "06_加入金禾_社会招聘.html": {"layout": "one table, one <tbody> per posting, title cell rowspan=3 with <br><small>dept｜city</small>, rows 职责/要求/待遇; 客服专员 稍后公布", "posts": CAREERS},
          "07_技术服务部岗位说明书.pdf": {"layout": "landscape; per page a two-pane table: facts grid left, numbered duties right; 附表 农艺师 KPI table", "posts": {"农艺师": NY, "品种推广专员": TG}, "kpi_农艺师": NY_KPI},
          "08_新员工入职指南.md": {"layout": "blockquote meta, post quick table with 略 cell, mermaid gantt, Q&A; 社保 not stated"},
          "09_南繁基地田间试验员管理调整通知.txt": {"layout": "GBK CRLF notice; 田间试验员 at 三亚 reports to 南繁基地主管 from 2025-04-01; full-width-space aligned old/new pay table"},
          "10_营销中心岗位说明_导出.txt": {"layout": "UTF-16 HR export, field<TAB>value, continuation lines start with TAB; 客服专员 empty 学历/岗位职责", "posts": XS}}
    (HERE / "ground_truth.json").write_text(json.dumps(gt, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    doc1(); doc2(); xlsx_kpi(); xlsx_staff(); csv_req(); html_careers(); pdf_jd(); md_guide(); gbk_notice(); utf16_sales()
    ground_truth()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
