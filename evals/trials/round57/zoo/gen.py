#!/usr/bin/env python3
"""Round 57 / zoo: HR documents of 江临野生动物园 (run by 江临文旅集团有限公司, state-owned).

Writes 10 files to $T57_OUT (default /tmp/t57zoo/corpus). Needs python-docx, openpyxl, reportlab.
Layouts (new for this round):
  01 docx  岗位说明书汇编: per post a 3-column 项目 | 内容 | 修订备注 table with letter-spaced labels
           ("学　　历"), a 工作关系 row holding a nested table, and a 职责模块 | 工作任务 | 频次 duty table whose
           module cell is merged down; controlled-document header and footer.
  02 docx  游客服务中心工作手册: chapters of prose, a roster table (岗位 | 定员 | 直接上级 | 班次 | 工作地点),
           posts as "一、" sections with numbered duty paragraphs and run-in 任职要求/薪酬 lines, a 略 post,
           a void 2023 appendix.
  03 xlsx  KPI library: one sheet per department, post blocks opened by a band row
           "岗位：X　考核周期：…　考核人：…" merged across, =SUM 合计 rows, a void 2024 sheet, an instructions sheet.
  04 xlsx  定岗定编及薪酬: two-row header with 薪酬构成（元/月） merged over 4 columns, 合计 as formula,
           shift codes explained on a second sheet.
  05 csv   recruiting export with hierarchical "要求_学历" headers, a closed row.
  06 html  careers page: each post a <section>, facts in a horizontal two-row table (<th> row over <td> row),
           duties in <ol> of "<strong>subtitle：</strong>text".
  07 pdf   动物营养与饲料管理规程: numbered clauses 3.1 / 3.2 with a) b) c) items, a KPI table with a spanned post cell.
  08 md    新员工入园指南 with an org list, a quick-reference table and a blockquote note.
  09 txt   GBK 安保 rule with an appended notice changing one sub-post's superior.
  10 txt   UTF-16 考勤与休假管理办法 (policy distractor).
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T57_OUT", "/tmp/t57zoo/corpus"))
OUT.mkdir(parents=True, exist_ok=True)


def set_font(doc: Document) -> None:
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# ----------------------------------------------------------------------------- 01 docx
BY_POSTS = [
    {
        "title": "岗位说明书之一　动物保育部主管（编号BY-01）",
        "facts": [
            ("所属部门", "动物保育部", ""),
            ("直接上级", "分管副园长", ""),
            ("直接下属", "饲养班长、兽医、动物营养师、动物行为训练师", ""),
            ("学　　历", "全日制本科及以上", ""),
            ("专　　业", "动物科学、动物医学、野生动物保护与利用等相关专业", ""),
            ("工作经验", "动物园或野生动物保护机构管理工作5年以上", ""),
            ("证　　书", "无硬性要求", ""),
            ("工作地点", "北园区保育部办公楼", ""),
            ("薪酬范围", "月薪12000-16000元", "2025.03修订：原为月薪10000-14000元"),
            ("班　　次", "常白班，节假日按园领导值班表轮值", ""),
        ],
        "rel": [("内部协调", "游客服务部、科普教育部、工程后勤部"), ("外部协调", "市林业局野保处、兄弟动物园、高校科研单位")],
        "duties": [
            ("动物管理", "制定全园动物年度饲养管理计划并组织实施", "每年"),
            ("动物管理", "组织动物引进、交换、繁育及种群谱系登记管理", "按需"),
            ("团队管理", "安排饲养班组、兽医和营养师的排班与分工", "每周"),
            ("团队管理", "组织保育人员业务培训与技能考核", "每季度"),
            ("福利与安全", "组织动物福利评估，督促落实丰容工作", "每月"),
            ("福利与安全", "负责动物逃逸等动物类应急预案的演练与现场处置", "每半年"),
        ],
    },
    {
        "title": "岗位说明书之二　饲养员（编号BY-02，猛兽区、灵长区、鸟禽区通用）",
        "facts": [
            ("所属部门", "动物保育部", ""),
            ("直接上级", "饲养班长", ""),
            ("直接下属", "无", ""),
            ("学　　历", "高中（中专）及以上", "2025.03修订：原为初中及以上"),
            ("专　　业", "畜牧兽医、动物养殖等相关专业优先", ""),
            ("工作经验", "1年以上动物饲养经验，有大型猛兽饲养经历者优先", ""),
            ("证　　书", "有效健康证明", ""),
            ("工作地点", "所在饲养区（猛兽区含虎山、狮园、熊舍）", ""),
            ("薪酬范围", "月薪5500-7000元（含危险岗位津贴）", ""),
            ("班　　次", "早班7:00-15:30、中班11:00-19:30两班轮换，每月轮休6天", ""),
        ],
        "rel": [("内部协调", "兽医、动物营养师、科普讲解员"), ("外部协调", "无")],
        "duties": [
            ("日常饲养", "按食谱定时定量投喂，记录每只动物的采食情况", "每日"),
            ("日常饲养", "清扫兽舍及运动场，清除粪便并按规定消毒", "每日"),
            ("动物观察", "观察动物精神、食欲、粪便和行为，发现异常立即报告兽医", "每日"),
            ("动物观察", "填写饲养日志和动物行为观察记录", "每日"),
            ("安全操作", "执行“双人双锁”制度，进出兽舍前检查串笼门和锁具", "每次作业"),
            ("安全操作", "参加猛兽逃逸应急演练", "每半年"),
            ("丰容与科普", "实施丰容计划，配合科普讲解员开展“饲养员讲堂”", "每周"),
        ],
    },
    {
        "title": "岗位说明书之三　兽医（编号BY-03）",
        "facts": [
            ("所属部门", "动物保育部（动物医院）", ""),
            ("直接上级", "动物保育部主管", ""),
            ("直接下属", "兽医助理", ""),
            ("学　　历", "大学本科及以上", ""),
            ("专　　业", "动物医学、预防兽医学", ""),
            ("工作经验", "3年以上临床兽医经验，有野生动物诊疗经验者优先", ""),
            ("证　　书", "执业兽医资格证书", ""),
            ("工作地点", "南园区动物医院", ""),
            ("薪酬范围", "月薪9000-13000元", ""),
            ("班　　次", "常白班，另每周夜间值班1次", ""),
        ],
        "rel": [("内部协调", "饲养班组、动物营养师"), ("外部协调", "市动物疫病预防控制中心")],
        "duties": [
            ("疾病防治", "负责全园动物日常巡诊、疾病诊断与治疗", "每日"),
            ("疾病防治", "制定并执行年度免疫和驱虫计划", "每年"),
            ("检疫管理", "负责新引进动物的隔离检疫，隔离期不少于30天", "按需"),
            ("检疫管理", "负责死亡动物的剖检及病理记录", "按需"),
            ("麻醉保定", "实施动物麻醉保定，配合动物转运和体检", "按需"),
            ("防疫与药品", "监测人兽共患病，管理兽药及麻醉药品（双人双锁保管）", "每月"),
        ],
    },
    {
        "title": "岗位说明书之四　动物营养师（编号BY-04）",
        "facts": [
            ("所属部门", "动物保育部", ""),
            ("直接上级", "动物保育部主管", ""),
            ("直接下属", "饲料库管员", ""),
            ("学　　历", "硕士研究生及以上", ""),
            ("专　　业", "动物营养与饲料科学", ""),
            ("工作经验", "2年以上动物营养或饲料配方工作经验", ""),
            ("证　　书", "无", ""),
            ("工作地点", "饲料加工中心", ""),
            ("薪酬范围", "月薪8000-11000元", ""),
            ("班　　次", "常白班", ""),
        ],
        "rel": [("内部协调", "兽医、饲养班组、采购部"), ("外部协调", "饲料供应商")],
        "duties": [
            ("食谱管理", "根据动物种类、年龄、季节和健康状况制定和调整食谱", "每季度"),
            ("质量控制", "组织饲料入库验收和质量抽检", "每批次"),
            ("营养评估", "组织动物体况评分并出具营养评估报告", "每月"),
            ("成本与培训", "编制饲料采购计划和年度饲料预算", "每年"),
            ("成本与培训", "指导饲料加工，培训饲养员饲料配制与投喂", "每季度"),
        ],
    },
]


def add_header_footer(doc: Document, head: str, foot: str) -> None:
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def gen_01() -> None:
    doc = Document()
    set_font(doc)
    add_header_footer(doc, "江临文旅集团有限公司·江临野生动物园　　受控文件　编号：JLZ-HR-BY-2025",
                      "人力资源部编制　2025年3月修订　未经许可不得外传")
    t = doc.add_paragraph()
    r = t.add_run("动物保育部岗位说明书汇编（2025年修订版）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("说明：本汇编收录动物保育部4个岗位。饲养员分猛兽区、灵长区、鸟禽区设置，各区职责相同，"
                      "统一按本说明书执行。兽医助理、饲料库管员、动物行为训练师的岗位说明书另行编制。")
    for post in BY_POSTS:
        h = doc.add_paragraph()
        hr = h.add_run(post["title"])
        hr.bold = True
        hr.font.size = Pt(13)
        doc.add_paragraph("一、基本信息")
        tab = doc.add_table(rows=1, cols=3)
        tab.style = "Table Grid"
        hdr = tab.rows[0].cells
        hdr[0].text, hdr[1].text, hdr[2].text = "项　　目", "内　　容", "修订备注"
        for lab, val, note in post["facts"]:
            row = tab.add_row().cells
            row[0].text, row[1].text = lab, val
            if note:
                row[2].text = ""
                rr = row[2].paragraphs[0].add_run(note)
                rr.italic = True
                rr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        row = tab.add_row().cells
        row[0].text = "工作关系"
        merged = row[1].merge(row[2])
        merged.text = ""
        nt = merged.add_table(rows=0, cols=2)
        nt.style = "Table Grid"
        for a, b in post["rel"]:
            c = nt.add_row().cells
            c[0].text, c[1].text = a, b
        doc.add_paragraph("二、岗位职责")
        dt = doc.add_table(rows=1, cols=3)
        dt.style = "Table Grid"
        h2 = dt.rows[0].cells
        h2[0].text, h2[1].text, h2[2].text = "职责模块", "工作任务", "频次"
        start = None
        prev = None
        for mod, task, freq in post["duties"]:
            cells = dt.add_row().cells
            cells[1].text, cells[2].text = task, freq
            idx = len(dt.rows) - 1
            if mod != prev:
                cells[0].text = mod
                start = idx
                prev = mod
            else:
                top = dt.cell(start, 0)
                top.merge(dt.cell(idx, 0))
        doc.add_paragraph("三、签批")
        st = doc.add_table(rows=1, cols=4)
        st.style = "Table Grid"
        s = st.rows[0].cells
        s[0].text, s[1].text, s[2].text, s[3].text = "编制：人力资源部", "审核：", "批准：", "日期：2025年3月"
        doc.add_page_break()
    doc.save(OUT / "01_动物保育部岗位说明书汇编.docx")


# ----------------------------------------------------------------------------- 02 docx
def gen_02() -> None:
    doc = Document()
    set_font(doc)
    add_header_footer(doc, "游客服务中心工作手册（2025版）", "内部资料　注意保存　江临野生动物园游客服务部")
    p = doc.add_paragraph()
    r = p.add_run("江临野生动物园游客服务中心工作手册")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("第一章　总则", style="Heading 1")
    doc.add_paragraph("为规范游客服务中心各岗位工作，提升游客入园体验，依据集团《服务质量管理办法》制定本手册。"
                      "本手册适用于游客服务部及科普教育部一线服务岗位。")
    doc.add_paragraph("第二章　岗位设置", style="Heading 1")
    doc.add_paragraph("游客服务中心一线岗位设置如下表：")
    rows = [
        ("岗位", "定员", "直接上级", "班次", "工作地点"),
        ("游客服务专员", "8", "游客服务中心主任", "早班8:00-16:30／晚班12:30-21:00", "南门游客中心"),
        ("票务员", "6", "票务主管", "早班7:30-16:00", "南门、北门售票处"),
        ("科普讲解员", "5", "科普教育部主管", "常白班，周末及节假日必须上岗，周中轮休", "科普馆及各展区"),
        ("游客服务中心主任", "1", "分管副园长", "常白班", "南门游客中心"),
    ]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    for rw in rows:
        c = t.add_row().cells
        for i, v in enumerate(rw):
            c[i].text = v
    doc.add_paragraph("第三章　岗位职责与任职要求", style="Heading 1")

    doc.add_paragraph("一、游客服务专员", style="Heading 2")
    doc.add_paragraph("游客服务专员是园区面对游客的第一窗口，主要工作如下：")
    for i, s in enumerate([
        "在游客中心提供入园咨询、导览指引和失物招领服务；",
        "受理游客投诉，一般投诉当场处理，重大投诉30分钟内上报中心主任；",
        "办理婴儿车、轮椅租借及行李寄存服务；",
        "配合安保员做好节假日客流疏导和走失儿童寻找；",
        "每日汇总游客意见建议并录入服务台账。",
    ], 1):
        doc.add_paragraph(f"（{i}）{s}")
    doc.add_paragraph("任职要求：大专及以上学历，旅游管理、酒店管理等专业优先；普通话二级甲等及以上；"
                      "有1年以上窗口服务经验者优先；能用英语进行简单交流。")
    doc.add_paragraph("薪酬：月薪4500-5500元，另有节假日加班补贴。")

    doc.add_paragraph("二、票务员", style="Heading 2")
    doc.add_paragraph("票务员负责园区门票销售与检票工作，主要工作如下：")
    for i, s in enumerate([
        "负责门票、年卡、联票的售卖与核验，办理线上预约订单核销；",
        "每班次结束清点票款和票据，与财务室日清日结；",
        "执行优惠票政策，查验老人、学生、军人等优惠证件；",
        "操作闸机，对闸机故障进行初步排查并报修；",
        "保管备用金，出现长短款按规定如实上报。",
    ], 1):
        doc.add_paragraph(f"（{i}）{s}")
    doc.add_paragraph("任职要求：高中及以上学历；1年以上收银或售票工作经验；熟练操作电脑和票务系统；诚实守信，无不良记录。")
    doc.add_paragraph("薪酬：月薪4000-4800元。")

    doc.add_paragraph("三、科普讲解员", style="Heading 2")
    doc.add_paragraph("科普讲解员隶属科普教育部，在游客服务中心统筹下上岗，主要工作如下：")
    for i, s in enumerate([
        "按讲解排期在各展区开展定点讲解和巡回讲解；",
        "撰写并更新讲解词，每年至少开发2个新的科普专题；",
        "组织“小小饲养员”研学课程和科普进校园活动；",
        "维护场馆内科普展板、互动装置的内容更新；",
        "收集游客对讲解服务的反馈并提出改进建议。",
    ], 1):
        doc.add_paragraph(f"（{i}）{s}")
    doc.add_paragraph("任职要求：本科及以上学历，生物学、动物学、教育学或播音主持专业；"
                      "取得普通话一级乙等及以上证书；有讲解或教学经验1年以上者优先。")
    doc.add_paragraph("薪酬：月薪5000-6500元。")

    doc.add_paragraph("四、游客服务中心主任", style="Heading 2")
    doc.add_paragraph("（略，见《中层管理人员岗位说明书》）")

    doc.add_paragraph("第四章　服务规范", style="Heading 1")
    doc.add_paragraph("全体一线人员实行首问负责制，着工装、佩戴工牌上岗，使用文明用语。"
                      "严禁在游客面前使用手机闲聊，严禁与游客发生争执。投喂区以外不得引导游客投喂动物。")
    doc.add_paragraph("第五章　附则", style="Heading 1")
    doc.add_paragraph("本手册由游客服务部负责解释，自2025年1月1日起施行。")

    doc.add_page_break()
    doc.add_paragraph("附录（已废止）：2023版票务员岗位说明", style="Heading 1")
    p = doc.add_paragraph()
    rr = p.add_run("本附录为2023版内容，已于2025年1月1日废止，仅供新旧对照，不作为执行依据。")
    rr.italic = True
    doc.add_paragraph("2023版票务员：直接上级为游客服务中心主任；学历要求初中及以上；月薪3500-4200元；"
                      "职责为售票、验票及票款上缴。")
    doc.save(OUT / "02_游客服务中心工作手册.docx")


# ----------------------------------------------------------------------------- 03 xlsx
KPI = {
    "保育部": [
        ("饲养员", "月度", "饲养班长", [
            ("动物饲养日志完整率", 0.20, "≥98%", "完整填写日志天数÷应填天数×100%", "缺1天扣2分"),
            ("兽舍卫生检查合格率", 0.20, "100%", "检查合格次数÷检查总次数×100%", "每次不合格扣5分"),
            ("动物异常情况报告及时率", 0.25, "100%（发现后30分钟内报告）", "及时报告次数÷异常总次数×100%", "迟报一次扣10分"),
            ("安全操作违规次数", 0.25, "0次", "按安全巡查记录统计", "违规一次扣15分，造成逃逸本项不得分"),
            ("丰容项目实施次数", 0.10, "≥8次/月", "按丰容记录统计", "少1次扣2分"),
        ]),
        ("兽医", "季度", "动物保育部主管", [
            ("动物疾病治愈率", 0.30, "≥90%", "治愈病例数÷患病病例数×100%", "每低1个百分点扣2分"),
            ("免疫驱虫计划完成率", 0.25, "100%", "已完成免疫驱虫数÷计划数×100%", "未完成一项扣5分"),
            ("新进动物检疫合格率", 0.15, "100%", "检疫合格动物数÷新进动物数×100%", "漏检本项不得分"),
            ("病历记录规范率", 0.15, "≥95%", "抽查规范病历数÷抽查病历数×100%", "每低1个百分点扣1分"),
            ("人兽共患病发生数", 0.15, "0起", "按疫情报告统计", "发生1起本项不得分"),
        ]),
        ("动物营养师", "季度", "动物保育部主管", [
            ("食谱按期更新率", 0.30, "100%", "按期更新食谱数÷应更新食谱数×100%", "逾期一份扣5分"),
            ("饲料质量抽检合格率", 0.30, "≥99%", "抽检合格批次÷抽检批次×100%", "每低1个百分点扣3分"),
            ("动物体况评分达标率", 0.25, "≥90%", "体况评分达标动物数÷评分动物数×100%", "每低1个百分点扣2分"),
            ("饲料成本预算执行偏差", 0.15, "±5%以内", "（实际成本-预算）÷预算×100%", "超出部分每1%扣2分"),
        ]),
    ],
    "游客服务部": [
        ("科普讲解员", "月度", "科普教育部主管", [
            ("讲解场次完成率", 0.30, "≥100%（每月不少于40场）", "实际讲解场次÷计划场次×100%", "每少1场扣1分"),
            ("游客讲解满意度", 0.30, "≥95%", "满意问卷数÷有效问卷数×100%", "每低1个百分点扣2分"),
            ("研学活动组织场次", 0.20, "≥4场/月", "按研学活动记录统计", "少1场扣5分"),
            ("讲解差错投诉次数", 0.20, "0次", "按投诉台账统计", "有效投诉一次扣10分"),
        ]),
        ("票务员", "月度", "票务主管", [
            ("票款差错率", 0.35, "≤0.01%", "差错金额÷票款总额×100%", "超标本项不得分"),
            ("售票平均等候时长", 0.25, "≤5分钟", "票务系统排队数据", "每超1分钟扣3分"),
            ("票务系统操作差错次数", 0.20, "0次", "按系统日志统计", "一次扣5分"),
            ("窗口服务满意度", 0.20, "≥95%", "评价器满意数÷评价总数×100%", "每低1个百分点扣2分"),
        ]),
        ("游客服务专员", "月度", "游客服务中心主任", [
            ("游客投诉处理及时率", 0.30, "100%", "按时办结投诉数÷投诉总数×100%", "超时一件扣5分"),
            ("游客满意度", 0.30, "≥95%", "第三方测评", "每低1个百分点扣2分"),
            ("咨询首问解答率", 0.20, "≥98%", "首问解答数÷咨询总数×100%", "每低1个百分点扣1分"),
            ("服务台账录入完整率", 0.20, "100%", "按台账抽查", "缺漏一次扣2分"),
        ]),
    ],
    "工程后勤部": [
        ("场馆维修工", "月度", "工程后勤部主管", [
            ("维修工单按时完成率", 0.35, "≥95%", "按时完成工单数÷工单总数×100%", "每低1个百分点扣2分"),
            ("设备设施完好率", 0.30, "≥98%", "完好设备数÷设备总数×100%", "每低1个百分点扣3分"),
            ("维修安全事故次数", 0.20, "0次", "按事故报告统计", "发生即本项不得分"),
            ("维修材料损耗率", 0.15, "≤3%", "损耗材料金额÷领用材料金额×100%", "每超1%扣3分"),
        ]),
        ("园林养护工", "月度", "绿化班长", [
            ("绿化养护检查合格率", 0.40, "≥95%", "检查合格次数÷检查次数×100%", "每低1个百分点扣2分"),
            ("植物病虫害发生率", 0.20, "≤5%", "发病株数÷养护总株数×100%", "每超1%扣3分"),
            ("有毒植物误植次数", 0.20, "0次", "动物展区内不得种植有毒植物", "发生一次本项不得分"),
            ("绿化作业安全事故次数", 0.20, "0次", "按事故报告统计", "发生即本项不得分"),
        ]),
    ],
}

KPI_2024 = [
    ("饲养员", "月度", "饲养班长", [
        ("动物饲养日志完整率", 0.30, "≥95%", "同2025版", ""),
        ("动物存活率", 0.40, "≥98%", "年末存栏÷年初存栏", ""),
        ("兽舍卫生检查合格率", 0.30, "≥95%", "同2025版", ""),
    ]),
]


def kpi_sheet(ws, title: str, blocks) -> None:
    head = ["序号", "指标名称", "权重", "目标值", "计算公式", "评分规则"]
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=6)
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.append([])
    for post, cyc, who, inds in blocks:
        ws.append([f"岗位：{post}　　考核周期：{cyc}　　考核人：{who}"])
        r = ws.max_row
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(r, 1).font = Font(bold=True)
        ws.append(head)
        first = ws.max_row + 1
        for i, (name, w, tgt, f, rule) in enumerate(inds, 1):
            ws.append([i, name, w, tgt, f, rule])
            ws.cell(ws.max_row, 3).number_format = "0%"
        last = ws.max_row
        ws.append(["", "合计", f"=SUM(C{first}:C{last})", "", "", ""])
        ws.cell(ws.max_row, 3).number_format = "0%"
        ws.append([])
    for col, wdt in zip("ABCDEF", (6, 24, 8, 22, 34, 30)):
        ws.column_dimensions[col].width = wdt


def gen_03() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "填表说明"
    for line in [
        "江临野生动物园2025年度岗位绩效考核指标库",
        "1. 本指标库按部门分表，每个岗位一个考核块，块首行注明岗位、考核周期和考核人。",
        "2. 权重合计应为100%；月度考核结果与绩效工资挂钩，季度考核结果用于评优。",
        "3. “2024版（废止）”工作表仅供对照，不再执行。",
        "4. 动物行为训练师、兽医助理的考核指标待定，暂按部门考核执行。",
    ]:
        ws.append([line])
    ws.column_dimensions["A"].width = 80
    for name, blocks in KPI.items():
        kpi_sheet(wb.create_sheet(name), f"{name}岗位KPI考核指标（2025年度）", blocks)
    kpi_sheet(wb.create_sheet("2024版（废止）"), "饲养员KPI考核指标（2024版，已废止）", KPI_2024)
    wb.save(OUT / "03_绩效考核指标库2025.xlsx")


# ----------------------------------------------------------------------------- 04 xlsx
STAFF = [
    ("BY-01", "动物保育部主管", "动物保育部", "分管副园长", 1, 8000, 4000, 1000, 0, "A", "—"),
    ("BY-02", "饲养员", "动物保育部", "饲养班长", 36, 3500, 2000, 800, 300, "E1/E2", "健康证明"),
    ("BY-03", "兽医", "动物保育部", "动物保育部主管", 4, 6000, 3500, 500, 300, "A+N", "执业兽医资格证书"),
    ("BY-04", "动物营养师", "动物保育部", "动物保育部主管", 2, 5500, 3000, 500, 0, "A", "—"),
    ("BY-05", "饲料库管员", "动物保育部", "动物营养师（饲料加工中心）", 2, 3200, 1200, 300, 0, "A", "叉车司机证（N1）"),
    ("BY-06", "兽医助理", "动物保育部", "兽医", 3, 3300, 1500, 300, 200, "A+N", "—"),
    ("BY-07", "动物行为训练师", "动物保育部", "动物保育部主管", 2, 4500, 2500, 500, 0, "A", "—"),
    ("YK-01", "游客服务专员", "游客服务部", "游客服务中心主任", 8, 3000, 1500, 300, 200, "B1/B2", "—"),
    ("YK-02", "票务员", "游客服务部", "票务主管", 6, 2800, 1400, 200, 0, "B0", "—"),
    ("KP-01", "科普讲解员", "科普教育部", "科普教育部主管", 5, 3500, 2000, 300, 0, "A", "普通话一级乙等"),
    ("AB-01", "安保员", "安全保卫部", "安保队长", 20, 3000, 1200, 600, 0, "C", "保安员证"),
    ("GH-01", "场馆维修工", "工程后勤部", "工程后勤部主管", 6, 3800, 1800, 400, 0, "A+D", "低压电工作业证"),
    ("GH-02", "园林养护工", "工程后勤部", "绿化班长", 10, 2800, 1000, 300, 0, "A", "—"),
]


def gen_04() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位一览"
    ws.append(["江临野生动物园定岗定编及薪酬标准（2025年）"])
    ws.merge_cells("A1:N1")
    ws.cell(1, 1).font = Font(bold=True, size=14)
    ws.append(["岗位编号", "岗位名称", "所属部门", "直接上级", "编制（人）", "薪酬构成（元/月）", "", "", "", "",
               "班次代码", "上岗证书", "备注", ""])
    ws.append(["", "", "", "", "", "岗位工资", "绩效工资（标准）", "岗位津贴", "夜班/高温补贴", "标准月薪合计",
               "", "", "", ""])
    for col in range(1, 6):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=6, end_row=2, end_column=10)
    for col in (11, 12):
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=13, end_row=3, end_column=14)
    for c in ws[2] + ws[3]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for rec in STAFF:
        code, name, dept, boss, n, base, perf, allow, extra, shift, cert = rec
        r = ws.max_row + 1
        ws.append([code, name, dept, boss, n, base, perf, allow, extra, base + perf + allow + extra, shift, cert, "", ""])
    r = ws.max_row + 2
    ws.cell(r, 1, "注：标准月薪合计为绩效考核系数1.0时的月薪，实际发放以月度考核结果为准；危险岗位津贴已计入饲养员岗位津贴。")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=14)
    for col, wdt in zip("ABCDEFGHIJKLMN", (9, 16, 12, 16, 9, 9, 11, 9, 11, 11, 9, 18, 8, 4)):
        ws.column_dimensions[col].width = wdt

    ws2 = wb.create_sheet("班次代码")
    ws2.append(["班次代码", "班次名称", "工作时间", "适用说明"])
    for rec in [
        ("A", "常白班", "8:30-17:30", "行政、技术岗位"),
        ("B0", "票务早班", "7:30-16:00", "售票处"),
        ("B1", "早班", "8:00-16:30", "游客中心"),
        ("B2", "晚班", "12:30-21:00", "游客中心（夜场开放期间）"),
        ("C", "四班三运转", "8:00-16:00 / 16:00-24:00 / 0:00-8:00", "安保岗位"),
        ("E1", "饲养早班", "7:00-15:30", "饲养区"),
        ("E2", "饲养中班", "11:00-19:30", "饲养区"),
        ("N", "夜间值班", "21:00-次日8:00", "动物医院，每周1次"),
        ("D", "应急抢修待命", "节假日全天电话待命", "工程后勤部，轮值"),
    ]:
        ws2.append(list(rec))
    for col, wdt in zip("ABCD", (10, 14, 34, 26)):
        ws2.column_dimensions[col].width = wdt
    wb.save(OUT / "04_定岗定编及薪酬标准.xlsx")


# ----------------------------------------------------------------------------- 05 csv
def gen_05() -> None:
    head = ["需求编号", "岗位名称", "所属部门", "招聘人数", "要求_学历", "要求_专业", "要求_经验", "要求_证书",
            "岗位职责", "工作地点", "薪资范围", "需求状态"]
    rows = [
        ["ZP2025-011", "园林养护工", "工程后勤部", "3", "初中及以上", "园林、园艺相关专业优先", "1年以上绿化养护经验", "无",
         "负责园区乔灌木修剪、草坪养护和浇灌施肥；负责动物展区内植物的补种与安全排查，严禁种植对动物有毒的植物；"
         "配合病虫害防治作业，按规定使用和保管农药；负责割草机、绿篱机等绿化机械的日常保养",
         "江临野生动物园全园区", "4000-4500元/月", "招聘中"],
        ["ZP2025-012", "场馆维修工", "工程后勤部", "2", "中专（技校）及以上", "电气、机电一体化、暖通相关专业",
         "3年以上设备维修经验", "低压电工作业证（特种作业操作证），持焊工证者优先",
         "负责场馆水、电、暖通及水族馆维生系统的日常巡检和维修；负责兽舍笼舍门锁、串笼门等安全设施的检修；"
         "一般维修工单24小时内完成，紧急工单2小时内到场；参与节假日应急抢修待命",
         "全园区（工程后勤部维修班驻地）", "5500-6500元/月", "招聘中"],
        ["ZP2025-009", "水族馆潜水员", "动物保育部", "1", "高中及以上", "不限", "持潜水证并有2年以上潜水作业经验",
         "潜水员证书", "（岗位取消，需求关闭）", "水族馆", "面议", "已关闭"],
        ["ZP2025-014", "动物行为训练师", "动物保育部", "1", "本科及以上", "动物行为学、动物科学、心理学",
         "2年以上动物训练经验（海洋动物或灵长类）", "无",
         "负责动物正强化行为训练，配合兽医完成采血、体检等医疗训练；制定个体训练计划并记录训练进度；"
         "参与丰容方案设计；协助科普讲解员开展动物行为展示",
         "动物保育部（灵长区）", "7000-9000元/月", "招聘中"],
        ["ZP2025-015", "科普讲解员", "科普教育部", "2", "本科及以上", "生物学、动物学、教育学、播音主持",
         "1年以上讲解或教学经验优先", "普通话一级乙等证书",
         "在各展区开展定点和巡回讲解；编写讲解词和科普专题；组织研学课程", "科普馆", "5000-6500元/月", "招聘中"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(head)
    w.writerows(rows)
    (OUT / "05_招聘需求导出_2025Q2.csv").write_text(buf.getvalue(), encoding="utf-8")


# ----------------------------------------------------------------------------- 06 html
def gen_06() -> None:
    jobs = [
        ("兽医助理", ["动物保育部（动物医院）", "兽医", "大专及以上", "应届毕业生可投递", "南园区动物医院", "5000-6000元/月"],
         [("保定给药", "协助兽医进行动物保定、给药和术后护理"),
          ("器械药品", "负责医疗器械的清洗消毒和药品出入库登记"),
          ("样本送检", "采集血液、粪便样本并送检"),
          ("资料整理", "整理病历和化验报告，录入动物健康档案")],
         ["动物医学、动物科学或兽医相关专业", "能适应每周一次的夜间值班", "持执业兽医资格证书者优先"]),
        ("动物行为训练师", ["动物保育部", "动物保育部主管", "本科及以上", "2年以上动物训练经验", "灵长区", "7000-9000元/月"],
         [("行为训练", "用正强化方法开展动物行为训练，配合兽医完成医疗训练"),
          ("训练计划", "为每只动物制定个体训练计划并记录进度"),
          ("丰容展示", "参与丰容方案设计，协助开展动物行为展示")],
         ["动物行为学、动物科学、心理学相关专业", "有海洋动物或灵长类训练经验", "有耐心，能适应户外工作"]),
        ("场馆维修工", ["工程后勤部", "工程后勤部主管", "中专（技校）及以上", "3年以上设备维修经验", "全园区", "5500-6500元/月"],
         [("巡检维修", "负责场馆水、电、暖通及维生系统的巡检和维修"),
          ("安全设施", "检修兽舍门锁、串笼门等安全设施"),
          ("应急抢修", "参与节假日应急抢修待命，紧急工单2小时内到场")],
         ["持低压电工作业证", "持焊工证者优先", "能适应节假日轮值待命"]),
    ]
    labels = ["所属部门", "汇报对象", "学历", "经验", "工作地点", "薪资"]
    out = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
           "<title>加入我们 - 江临野生动物园</title>",
           "<style>table.facts th{background:#eef5ea} section.job{border-bottom:1px solid #ccc}</style>",
           "</head>", "<body>", '<nav><a href="/">首页</a> &gt; <a href="/about">关于我们</a> &gt; 加入我们</nav>',
           "<h1>加入我们：和动物们一起工作</h1>",
           "<p>江临野生动物园隶属江临文旅集团有限公司，是国家AAAA级旅游景区。以下岗位常年招聘，简历请投递至 hr@jlzoo.example.cn。</p>"]
    for title, vals, duties, reqs in jobs:
        out.append('<section class="job">')
        out.append(f"<h2>{title}</h2>")
        out.append('<table class="facts">')
        out.append("<tr>" + "".join(f"<th>{lab}</th>" for lab in labels) + "</tr>")
        out.append("<tr>" + "".join(f"<td>{v}</td>" for v in vals) + "</tr>")
        out.append("</table>")
        out.append("<h3>你的日常</h3>")
        out.append("<ol>")
        for sub, txt in duties:
            out.append(f"<li><strong>{sub}：</strong>{txt}</li>")
        out.append("</ol>")
        out.append("<h3>我们希望你</h3>")
        out.append("<ul>")
        for q in reqs:
            out.append(f"<li>{q}</li>")
        out.append("</ul>")
        out.append("</section>")
    out.append("<footer><p>其他岗位：标本制作师、水族馆潜水员（暂停招聘）。</p>"
               "<p>© 2025 江临野生动物园 人力资源部</p></footer>")
    out += ["</body>", "</html>"]
    (OUT / "06_加入我们.html").write_text("\n".join(out) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- 07 pdf
def gen_07() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "WQY"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName=font, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18, spaceBefore=6)

    def on_page(c, d):
        c.saveState()
        c.setFont(font, 8)
        c.drawString(40, 810, "江临野生动物园　管理规程　JLZ-BY-GC-07")
        c.drawRightString(555, 30, f"第{d.page}页")
        c.restoreState()

    story = [Paragraph("动物营养与饲料管理规程", h1), Spacer(1, 8),
             Paragraph("1　目的", h2),
             Paragraph("规范全园动物饲料的采购、验收、储存、加工和投喂，保障动物营养健康。", body),
             Paragraph("2　适用范围", h2),
             Paragraph("适用于动物保育部饲料加工中心及各饲养区。", body),
             Paragraph("3　职责", h2),
             Paragraph("3.1　动物营养师", body)]
    for s in ["a）根据动物种类、年龄、季节和健康状况制定食谱，每季度至少评审一次；",
              "b）组织饲料入库验收和质量抽检，霉变饲料一律禁止使用；",
              "c）每月组织体况评分（BCS）并出具营养评估报告；",
              "d）编制饲料采购计划与年度饲料预算；",
              "e）对饲养员开展饲料配制和投喂培训。"]:
        story.append(Paragraph(s, body))
    story.append(Paragraph("3.2　饲料库管员", body))
    for s in ["a）负责饲料入库、出库登记，执行先进先出；",
              "b）控制冷库温度，冻肉库保持-18℃以下，每日记录两次；",
              "c）每周盘点库存，做到账实相符；",
              "d）按营养师配方完成饲料分装，并配送到各饲养区。"]:
        story.append(Paragraph(s, body))
    story.append(Paragraph("3.3　饲养员：按配送单核对饲料，按食谱投喂，不得擅自更改食谱。", body))
    story.append(Paragraph("4　饲料管理要求", h2))
    story.append(Paragraph("4.1　活饵须经检疫后方可投喂；4.2　鲜肉类饲料解冻后须在24小时内用完。", body))
    story.append(Paragraph("5　考核", h2))
    story.append(Paragraph("饲料库管员按月考核，指标如下表（动物营养师的考核指标见《绩效考核指标库》）：", body))
    data = [["岗位", "考核指标", "权重", "目标值"],
            ["饲料库管员", "库存账实相符率", "40%", "100%"],
            ["", "冷库温度记录完整率", "30%", "100%"],
            ["", "饲料配送准时率", "30%", "≥98%"]]
    tb = Table(data, colWidths=[80, 180, 60, 80])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("SPAN", (0, 1), (0, 3)),
                            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story.append(tb)
    story.append(Spacer(1, 8))
    story.append(Paragraph("6　附则：本规程由动物保育部负责解释，自2025年3月1日起施行。", body))
    SimpleDocTemplate(str(OUT / "07_动物营养与饲料管理规程.pdf"), pagesize=A4,
                      topMargin=50, bottomMargin=50).build(story, onFirstPage=on_page, onLaterPages=on_page)


# ----------------------------------------------------------------------------- 08 md
MD = """# 新员工入园指南

欢迎加入江临野生动物园！本指南帮助你在第一周了解园区、找到上级、记住安全红线。

## 一、组织架构

- 园长
  - 分管副园长（保育）
    - 动物保育部：饲养班组（猛兽区、灵长区、鸟禽区）、动物医院、饲料加工中心、标本制作室（标本制作师1名）
  - 分管副园长（运营）
    - 游客服务部：游客服务中心、票务组
    - 科普教育部
  - 安全保卫部
  - 工程后勤部：维修班、绿化班

## 二、岗位速查

| 岗位 | 你的上级 | 班次 | 报到地点 |
|---|---|---|---|
| 饲养员 | 饲养班长 | 早班/中班轮换 | 保育部办公楼103 |
| 兽医助理 | 兽医 | 常白班+夜间值班 | 南园区动物医院 |
| 动物行为训练师 | 动物保育部主管 | 常白班 | 灵长区训练馆 |
| 科普讲解员 | 科普教育部主管 | 常白班（周末必上） | 科普馆二楼 |
| 园林养护工 | 绿化班长 | 常白班 | 工程后勤部绿化班 |

> 提示：以上班次如遇调整，以人力资源部最新通知为准。安保员报到请直接联系安全保卫部。

## 三、安全红线

1. 非饲养人员严禁进入兽舍和串笼通道。
2. 严禁私自投喂动物、严禁在动物展区内吸烟。
3. 发现动物逃逸，立即通过对讲机报告监控中心，并引导游客进入就近避险点。

## 四、第一周安排

- 第1天：报到、领取工装和工牌，参加安全教育（4学时）。
- 第2-3天：部门岗位培训，由直接上级指定带教师傅。
- 第4-5天：跟岗实习，周五提交《第一周工作小结》。
"""


def gen_08() -> None:
    (OUT / "08_新员工入园指南.md").write_text(MD, encoding="utf-8")


# ----------------------------------------------------------------------------- 09 GBK txt
GBK = """江临野生动物园安全保卫部
夜间巡园与安保值班规定（2025年修订）

一、适用岗位
本规定适用于安保员，含门岗、巡逻岗和监控岗。

二、安保员岗位职责
1．负责园区出入口门岗值守，查验出入车辆和人员；
2．按规定路线夜间巡园，每2小时一次，重点检查猛兽区隔离设施和围网；
3．监控中心24小时值守，发现动物逃逸、火情等异常立即启动应急预案并报告值班领导；
4．开放时间内维护游客秩序，协助处理游客纠纷和寻找走失儿童；
5．认真填写交接班记录和巡更记录。

三、任职条件
高中及以上学历，退伍军人优先；年龄45周岁以下；持有保安员证；身体健康，能适应夜班工作。

四、班次
实行四班三运转：白班8:00-16:00，中班16:00-24:00，夜班0:00-8:00。

五、汇报关系
安保员向安保队长汇报，安保队长向安全保卫部经理汇报。

六、其他
夜间巡园发现异常，未经兽医和饲养员到场不得擅自进入兽舍。

──────────────────────
附：关于调整监控岗汇报关系的通知
自2025年4月1日起，监控岗安保员改为直接向监控中心主管汇报；门岗、巡逻岗安保员仍向安保队长汇报。
                                   安全保卫部　2025年3月20日
"""


def gen_09() -> None:
    (OUT / "09_夜间巡园与安保值班规定.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- 10 UTF-16 txt
U16 = """江临文旅集团有限公司
考勤与休假管理办法（2025年版）

第一条　为规范员工考勤与休假管理，制定本办法。本办法适用于集团及下属江临野生动物园全体员工。
第二条　员工上下班须通过人脸识别考勤机打卡，漏打卡每月不超过2次，须在3个工作日内补办手续。
第三条　实行综合工时制的岗位（饲养员、安保员、兽医、票务员）按排班表出勤，周末和节假日上岗的按综合工时计算，不另计加班。
第四条　员工年休假按国家规定执行：累计工作满1年不满10年的5天，满10年不满20年的10天，满20年的15天。
第五条　春节期间饲养员、兽医实行轮休，确保每个饲养区每班至少2人在岗。
第六条　病假须提供二级及以上医院证明，病假期间工资按集团《薪酬管理办法》执行。
第七条　迟到、早退30分钟以内的，每次扣款50元；旷工一天扣三日工资。
第八条　本办法由集团人力资源部负责解释，自2025年1月1日起施行。
"""


def gen_10() -> None:
    (OUT / "10_考勤与休假管理办法.txt").write_bytes(U16.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    for f in (gen_01, gen_02, gen_03, gen_04, gen_05, gen_06, gen_07, gen_08, gen_09, gen_10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
