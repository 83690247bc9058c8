"""Round 46 blind trial: 江州市博物馆 (a city museum, 事业单位) — 10 HR documents.

Run: T46_OUT=/tmp/t46museum/corpus /tmp/genv/bin/python gen.py
Layouts (new for this round):
  01 docx  岗位说明书汇编: one table per post with NO name row; the post is named only by the
           caption BELOW its table ("表1　讲解员岗位说明书"); page header/footer; a 修订说明 row.
  02 docx  部门工作手册: numbered headings, a real tracked change (w:del/w:ins), a 略 part,
           a 3x3 工作关系 table with merged cells, a superseded 2022 appendix.
  03 xlsx  KPI 指标库 whose hierarchy (部门 > 岗位 > 指标) exists only as the cells' indent level;
           a 评分规则 sheet; a "2023版（停用）" sheet.
  04 xlsx  岗位卡片 laid out as a 2x2 grid of bordered cards on one sheet (one card "待编制"),
           duties in one Alt+Enter cell; a 薪级对照 sheet.
  05 csv   事业单位公开招聘岗位表 with 专业代码 and 其他条件, a "取消" row, a 备注 line at the end.
  06 html  岗位导览 table with rowspan departments and <sup> footnote marks whose footnotes
           change values; a <nav> of post links.
  07 pdf   绩效考核细则 of 第N条 clauses with two ruled KPI tables.
  08 md    新员工入职须知 with a ├── org tree, a shift table, a 略 part and a named-only post.
  09 txt   GBK notice (full-width digits) moving a reporting line and adding a named-only post.
  10 txt   UTF-16 考勤与休假管理办法 (policy, distractor).
"""
import copy
import csv
import io
import json
import os
from pathlib import Path

OUT = Path(os.environ.get("T46_OUT", "/tmp/t46museum/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
MUSEUM = "江州市博物馆"

# ----------------------------------------------------------------------------- facts
P = {}
P["讲解员"] = dict(
    code="SJ-03", dept="社会教育部", kind="专业技术岗",
    boss="社会教育部主任", subs="无",
    place="本馆（滨江路88号）展厅", hours="周二至周日轮班，9:00—17:30，周一闭馆日休息",
    pay="4500—6000元/月（含绩效）",
    duties=[
        "按照讲解词和接待规范，为观众提供基本陈列和临时展览的讲解服务",
        "承接团体预约讲解，每日讲解不少于4场",
        "根据展览内容更新讲解词，参与讲解词的撰写与审核",
        "引导观众文明参观，及时劝阻触摸展品、使用闪光灯拍照等行为",
        "收集观众意见和建议，每月汇总后报社会教育部",
        "参与“博物馆进校园”等社教活动的讲解支持",
    ],
    edu="大专及以上学历", major="历史学、博物馆学、播音与主持艺术、旅游管理等相关专业",
    exp="有1年以上讲解或导游工作经验者优先", cert="普通话水平测试二级甲等及以上证书",
    other="形象端庄，语言表达清晰，能用英语进行简单讲解者优先",
    note="〔2025年1月修订：第2条每日讲解场次由“不少于3场”调整为“不少于4场”。〕",
)
P["文物保管员"] = dict(
    code="CP-02", dept="藏品管理部", kind="专业技术岗",
    boss="藏品管理部主任", subs="无",
    place="本馆地下一层文物库房", hours="常白班8:30—17:00，节假日按排班值守库房",
    pay="5500—7500元/月",
    duties=[
        "负责库房文物的日常保管、点交和出入库登记",
        "每日检查库房温湿度并记录，温度控制在18—22℃，相对湿度控制在45%—55%",
        "严格执行“双人双锁”制度，库房钥匙与密码分人掌管，不得一人单独进库",
        "每年组织一次藏品全面清点，做到账、物、卡相符",
        "发现文物病害或异常变化，及时报告文物保护修复中心",
        "配合展览和借展做好文物提用、包装与押运",
    ],
    edu="本科及以上学历", major="文物与博物馆学、考古学、历史学",
    exp="2年以上博物馆库房或档案管理工作经验", cert="持有文物保护相关培训合格证书者优先",
    other="责任心强，严守保密纪律，能适应节假日值守",
    note="〔2024年12月修订：第3条增加“不得一人单独进库”。〕",
)
P["藏品登记员"] = dict(
    code="CP-03", dept="藏品管理部", kind="专业技术岗",
    boss="藏品管理部主任", subs="无",
    place="本馆藏品管理部办公室（北楼2层）", hours="常白班8:30—17:00",
    pay="5000—6500元/月",
    duties=[
        "负责新入藏文物的登记、编目和建档，填写藏品总登记账",
        "按照《博物馆藏品信息指标著录规范》将藏品信息录入藏品管理系统",
        "负责藏品照片、拓片及影像资料的整理与归档",
        "配合开展可移动文物普查数据的日常维护与更新",
        "办理藏品注销、调拨、借用等账目变更手续",
    ],
    edu="本科及以上学历", major="文物与博物馆学、历史学、图书情报与档案管理",
    exp="1年以上文博单位登记或档案工作经验", cert="无特殊证书要求",
    other="熟练使用办公软件和数据库录入，细致耐心",
    note="〔本岗位2025年无修订。〕",
)
P["文物修复师"] = dict(
    code="BH-01", dept="文物保护修复中心", kind="专业技术岗",
    boss="文物保护修复中心主任", subs="修复助理（2名）",
    place="文物保护修复中心（馆区东楼3层）", hours="常白班8:30—17:00",
    pay="8000—12000元/月",
    duties=[
        "编制文物修复方案，按程序报批后组织实施",
        "开展青铜器、陶瓷器、书画等文物的清洗、加固、补配和做旧等修复工作",
        "建立修复档案，完整记录修复前后状况、所用材料和工艺",
        "指导修复助理开展日常修复工作并审核其操作记录",
        "参与预防性保护监测和馆藏文物病害调查",
        "承担文物修复技术研究，申报科研课题",
    ],
    edu="本科及以上学历，硕士研究生优先", major="文物保护技术、化学、美术学（中国画、工艺美术方向）",
    exp="5年以上文物修复工作经验，主持过二级及以上文物修复项目",
    cert="具有文物博物系列中级及以上职称",
    other="色觉正常，动手能力强，能长期从事精细操作",
    note="〔2025年3月修订：经验要求由“3年以上”调整为“5年以上”。〕",
)
# posts in the handbook (docx 02)
P["展陈设计师"] = dict(
    dept="陈列展览部", boss="陈列展览部主任",
    duties=[
        "负责基本陈列改造和临时展览的形式设计，出具平面图、立面图及效果图",
        "编制展览形式设计说明，提出施工图深化要求",
        "配合策展人确定展品布局、参观动线和灯光方案",
        "负责展览施工现场的设计交底和效果把控",
        "负责展览海报、展板、导览图等平面物料的设计",
    ],
    edu="本科及以上学历", major="展示设计、环境艺术设计、视觉传达设计等专业",
    exp_old="2年以上", exp_new="3年以上", skills="熟练使用AutoCAD、3ds Max及Adobe系列设计软件",
    place="本馆陈列展览部（北楼4层）",
)
P["社教专员"] = dict(
    dept="社会教育部", boss="社会教育部主任",
    duties=[
        "策划实施“小小讲解员”“周末博物课堂”等社教活动，每月不少于6场",
        "开发与中小学课程衔接的研学课程和学习单",
        "对接学校和社区，开展“博物馆进校园”“进社区”活动",
        "招募、培训和管理志愿者讲解团队",
        "负责社教活动的宣传报名、效果评估和总结归档",
    ],
    old_duties=[
        "组织开展社教活动，每月不少于4场",
        "负责讲解员的排班和考勤",
        "负责馆内广播和观众咨询台的管理",
    ],
    edu="本科及以上学历", major="教育学、历史学、博物馆学等专业",
    exp="2年以上青少年教育或活动策划工作经验", cert="具有教师资格证者优先",
)
P["文创开发专员"] = dict(
    dept="文创开发部", boss="文创开发部主任",
    duties=[
        "挖掘馆藏文物元素，提出文创产品创意和开发计划",
        "对接设计公司和生产厂家，跟进打样、审样与量产",
        "负责文创商店的选品、定价建议和库存盘点",
        "运营线上文创店铺，策划节庆主题营销活动",
        "办理文创产品的知识产权登记与授权手续",
    ],
)
# posts on the card sheet (xlsx 04)
P["安保主管"] = dict(
    dept="安全保卫部", boss="安全保卫部主任", subs="安保员（12名）、消防控制室值班员（4名）",
    edu="大专及以上", major="专业不限，安全工程、消防工程专业优先",
    exp="3年以上大型场馆安保管理经验，退役军人优先",
    cert="保安员证；消防设施操作员（中级）证书", place="本馆（滨江路88号）",
    hours="常白班，每周不少于2次夜间查岗",
    duties=[
        "制定全馆安全保卫工作计划和突发事件应急预案",
        "安排安保员和消防控制室值班员排班，检查到岗在岗情况",
        "每日开馆前、闭馆后组织安全巡查，重点检查展厅、库房和配电房",
        "负责监控中心、入侵报警等安防系统的运行管理",
        "每季度组织一次消防演练",
        "处置馆内突发事件并及时上报",
    ],
)
P["信息化专员"] = dict(
    dept="信息中心", boss="信息中心主任", subs="无",
    edu="本科及以上", major="计算机科学与技术、网络工程、软件工程",
    exp="2年以上网络或系统运维经验", cert="具有软考网络工程师证书者优先",
    place="本馆信息中心机房（北楼1层）", hours="常白班，系统故障时需响应应急值守",
    duties=[
        "负责馆内网络、服务器和机房的日常运维",
        "维护藏品管理系统、票务预约系统和门户网站",
        "负责数字化采集项目的数据存储与异地备份",
        "处理各部门信息化设备的故障报修",
        "落实网络安全等级保护各项要求",
    ],
)
P["办公室主任"] = dict(
    dept="办公室", boss="分管副馆长", subs="行政文员、人事专员、财务人员",
    edu="本科及以上", major="行政管理、汉语言文学、人力资源管理",
    exp="5年以上行政管理工作经验，其中3年以上中层管理经验", cert="无",
    place="本馆行政楼2层", hours="常白班",
    duties=[
        "主持办公室全面工作，组织馆务会议并督办决议落实",
        "负责公文起草、审核和档案管理",
        "统筹人事、劳资及职称评审工作",
        "负责后勤保障、公务车辆和固定资产管理",
        "协调对外接待和政务信息报送",
    ],
)
PAY = [  # 岗位, 岗位类别, 岗位等级, 月薪下限, 月薪上限, 绩效占比
    ("讲解员", "专业技术岗", "专技十二级", 4500, 6000, "30%"),
    ("文物保管员", "专业技术岗", "专技十一级", 5500, 7500, "30%"),
    ("藏品登记员", "专业技术岗", "专技十二级", 5000, 6500, "30%"),
    ("文物修复师", "专业技术岗", "专技八级", 8000, 12000, "35%"),
    ("展陈设计师", "专业技术岗", "专技十级", 7000, 10000, "35%"),
    ("社教专员", "专业技术岗", "专技十一级", 5500, 7000, "30%"),
    ("安保主管", "管理岗", "管理八级", 6000, 8000, "30%"),
    ("信息化专员", "专业技术岗", "专技十一级", 6000, 8500, "30%"),
    ("办公室主任", "管理岗", "管理七级", 9000, 11000, "30%"),
]
KPI = {  # dept -> post -> [(indicator, weight, target, method, source, cycle)]
    "藏品管理部": {
        "文物保管员": [
            ("藏品账物相符率", 30, "100%", "抽查相符件数÷抽查总件数×100%", "年度清点记录", "年度"),
            ("库房温湿度达标率", 25, "≥98%", "达标天数÷考核期天数×100%", "温湿度监测系统", "月度"),
            ("文物出入库手续完备率", 20, "100%", "手续完备次数÷出入库总次数×100%", "出入库登记簿", "季度"),
            ("藏品安全责任事故", 15, "0起", "发生1起扣全部分值", "安全保卫部通报", "年度"),
            ("年度清点完成率", 10, "100%", "已清点件数÷应清点件数×100%", "清点报告", "年度"),
        ],
        "藏品登记员": [
            ("新入藏文物登记及时率", 35, "入藏后30日内完成，100%", "按时登记件数÷新入藏件数×100%", "藏品总登记账", "季度"),
            ("藏品信息著录准确率", 35, "≥99%", "抽查无误条目÷抽查条目×100%", "藏品管理系统", "季度"),
            ("影像资料归档率", 20, "≥95%", "已归档件数÷应归档件数×100%", "影像档案库", "季度"),
            ("账目变更差错次数", 10, "0次", "每出现1次扣5分", "审计记录", "年度"),
        ],
    },
    "社会教育部": {
        "讲解员": [
            ("讲解场次完成率", 30, "≥100%（每月不少于80场）", "实际场次÷计划场次×100%", "讲解登记表", "月度"),
            ("观众讲解满意度", 30, "≥95%", "满意问卷数÷有效问卷数×100%", "观众满意度问卷", "月度"),
            ("讲解内容差错率", 15, "≤1%", "抽查差错次数÷抽查场次×100%", "部门抽查记录", "月度"),
            ("有效投诉次数", 15, "0次", "每发生1次扣5分", "观众投诉台账", "月度"),
            ("讲解词更新", 10, "每季度至少1次", "按时更新得满分", "讲解词版本记录", "季度"),
        ],
        "社教专员": [
            ("社教活动场次", 30, "每月不少于6场", "实际场次÷6×100%", "活动台账", "月度"),
            ("活动参与人次", 25, "全年不少于1.2万人次", "实际人次÷目标人次×100%", "报名系统", "年度"),
            ("研学课程开发数量", 20, "每年不少于4门", "完成门数÷4×100%", "课程备案", "年度"),
            ("志愿者服务时长", 15, "全年不少于3000小时", "实际时长÷目标时长×100%", "志愿服务平台", "年度"),
            ("活动满意度", 10, "≥90%", "满意问卷数÷有效问卷数×100%", "活动问卷", "季度"),
        ],
    },
    "陈列展览部": {
        "展陈设计师": [
            ("设计方案按期交付率", 30, "100%", "按期交付方案数÷应交付方案数×100%", "项目进度表", "季度"),
            ("展览开幕准时率", 25, "100%", "准时开幕展览数÷计划展览数×100%", "展览计划", "年度"),
            ("设计变更次数", 15, "每个展览不超过3次", "超出1次扣3分", "设计变更单", "季度"),
            ("观众展览评价得分", 20, "≥90分", "观众评价平均分", "展览评估报告", "年度"),
            ("施工效果符合度", 10, "≥95%", "验收符合项÷验收总项×100%", "竣工验收单", "季度"),
        ],
    },
}
PDF_KPI = {
    "文物修复师": [
        ("修复项目按期完成率", "30", "≥95%", "每低1个百分点扣2分"),
        ("修复档案完整率", "25", "100%", "缺1份档案扣5分"),
        ("修复质量验收合格率", "25", "100%", "验收不合格1件扣10分"),
        ("科研成果", "10", "每年发表论文或结项课题不少于1项", "未完成不得分"),
        ("文物损伤事故", "10", "0起", "发生1起本项及年度考核降档"),
    ],
    "安保主管": [
        ("安全责任事故", "30", "0起", "发生1起本项不得分并一票否决"),
        ("巡查记录完整率", "20", "100%", "缺1次记录扣2分"),
        ("消防演练完成次数", "15", "每季度1次", "少1次扣5分"),
        ("安防系统完好率", "20", "≥99%", "每低1个百分点扣2分"),
        ("应急事件响应时间", "15", "≤5分钟", "超时1次扣3分"),
    ],
}
truth = {"museum": MUSEUM, "posts": P, "pay": PAY, "kpi": KPI, "pdf_kpi": PDF_KPI, "files": {}}


# ----------------------------------------------------------------------------- 01 docx
def docx01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{MUSEUM}　岗位说明书汇编（2025版）　　文件编号：JZBWG-RS-2025-01"
    sec.footer.paragraphs[0].text = "人事处编制　　受控文件，未经许可不得外传"
    t = d.add_paragraph(f"{MUSEUM}专业技术岗位说明书汇编")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    t.runs[0].font.size = Pt(16)
    d.add_paragraph("说明：本汇编收录藏品管理部、社会教育部、文物保护修复中心的专业技术岗位，"
                    "每个岗位一张表，表名见表下方。岗位薪资为税前月收入区间，按事业单位绩效工资办法核定。")
    for n, name in enumerate(["讲解员", "文物保管员", "藏品登记员", "文物修复师"], 1):
        p = P[name]
        tb = d.add_table(rows=0, cols=4)
        tb.style = "Table Grid"

        def full(text, bold=True):
            r = tb.add_row()
            c = r.cells[0].merge(r.cells[3])
            c.text = text
            if bold:
                c.paragraphs[0].runs[0].bold = True

        def pair(a, b, c=None, e=None):
            r = tb.add_row()
            r.cells[0].text = a
            if c is None:
                m = r.cells[1].merge(r.cells[3])
                m.text = b
            else:
                r.cells[1].text = b
                r.cells[2].text = c
                r.cells[3].text = e

        full("一、基本信息")
        pair("岗位编号", p["code"], "所属部门", p["dept"])
        pair("岗位类别", p["kind"], "直接上级", p["boss"])
        pair("直接下级", p["subs"], "工作地点", p["place"])
        pair("工作时间", p["hours"])
        pair("薪资标准", p["pay"])
        full("二、岗位职责")
        for i, du in enumerate(p["duties"], 1):
            pair(str(i), du + "。")
        full("三、任职资格")
        pair("学历", p["edu"])
        pair("专业", p["major"])
        pair("工作经验", p["exp"])
        pair("证书/职称", p["cert"])
        pair("其他要求", p["other"])
        pair("修订说明", p["note"])
        cap = d.add_paragraph(f"表{n}　{name}岗位说明书")
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("")
    d.add_paragraph("附：古籍修复师岗位说明书待岗位设立后另行编制。")
    d.save(OUT / "01_专业技术岗位说明书汇编.docx")


# ----------------------------------------------------------------------------- 02 docx
def docx02():
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "陈列展览部 · 社会教育部 · 文创开发部　工作手册　V3.1"
    sec.footer.paragraphs[0].text = "受控状态：现行　　发放号：017"
    d.add_heading(f"{MUSEUM}业务部门工作手册（陈列展览、社会教育、文创开发）", 0)
    d.add_heading("第一章　总则", 1)
    d.add_paragraph("1.1　本手册适用于陈列展览部、社会教育部和文创开发部，规定各岗位的职责、任职要求和工作关系。")
    d.add_paragraph("1.2　各部门实行部门主任负责制，岗位人员对部门主任负责。本手册与《岗位说明书汇编》不一致的，以人事处最新发文为准。")
    d.add_heading("第二章　岗位设置与职责", 1)

    def tracked(par, before, old, new, after):
        par.add_run(before)
        dl = OxmlElement("w:del")
        dl.set(qn("w:id"), "1"); dl.set(qn("w:author"), "人事处"); dl.set(qn("w:date"), "2025-02-10T09:00:00Z")
        r = OxmlElement("w:r"); dt = OxmlElement("w:delText"); dt.text = old
        dt.set(qn("xml:space"), "preserve"); r.append(dt); dl.append(r)
        par._p.append(dl)
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), "2"); ins.set(qn("w:author"), "人事处"); ins.set(qn("w:date"), "2025-02-10T09:00:00Z")
        r2 = OxmlElement("w:r"); tt = OxmlElement("w:t"); tt.text = new
        tt.set(qn("xml:space"), "preserve"); r2.append(tt); ins.append(r2)
        par._p.append(ins)
        par.add_run(after)

    # 2.1 展陈设计师
    p = P["展陈设计师"]
    d.add_heading("2.1　展陈设计师", 2)
    d.add_paragraph(f"所属部门：{p['dept']}；直接上级：{p['boss']}；工作地点：{p['place']}。")
    d.add_paragraph("岗位职责：")
    for i, du in enumerate(p["duties"], 1):
        d.add_paragraph(f"（{i}）{du}；")
    d.add_paragraph("任职要求：")
    d.add_paragraph(f"（1）{p['edu']}，{p['major']}；")
    tracked(d.add_paragraph(), "（2）", p["exp_old"], p["exp_new"], "展陈设计工作经验，有省级以上博物馆展览项目经历者优先；")
    d.add_paragraph(f"（3）{p['skills']}。")
    d.add_paragraph("工作关系：")
    tb = d.add_table(rows=3, cols=3)
    tb.style = "Table Grid"
    tb.cell(0, 0).text = "协调对象"; tb.cell(0, 1).text = "内部"; tb.cell(0, 2).text = "外部"
    tb.cell(1, 0).text = "主要"
    tb.cell(1, 1).text = "策展人、藏品管理部、安全保卫部"
    tb.cell(1, 2).text = "展览施工单位、灯光供应商"
    m = tb.cell(2, 0).merge(tb.cell(2, 2))
    m.text = "展览施工期间，展陈设计师每周至少到现场2次。"

    # 2.2 社教专员
    p = P["社教专员"]
    d.add_heading("2.2　社教专员", 2)
    d.add_paragraph(f"所属部门：{p['dept']}；直接上级：{p['boss']}。")
    d.add_paragraph("岗位职责：")
    for i, du in enumerate(p["duties"], 1):
        d.add_paragraph(f"（{i}）{du}；")
    d.add_paragraph("【批注　人事处 2025-02-10：第（1）项场次按2025年新标准执行，原每月4场的要求废止。】")
    d.add_paragraph("任职要求：")
    d.add_paragraph(f"（1）{p['edu']}，{p['major']}；")
    d.add_paragraph(f"（2）{p['exp']}；")
    d.add_paragraph(f"（3）{p['cert']}，普通话二级乙等及以上。")

    # 2.3 文创开发专员
    p = P["文创开发专员"]
    d.add_heading("2.3　文创开发专员", 2)
    d.add_paragraph(f"所属部门：{p['dept']}；直接上级：{p['boss']}。")
    d.add_paragraph("岗位职责：")
    for i, du in enumerate(p["duties"], 1):
        d.add_paragraph(f"（{i}）{du}；")
    d.add_paragraph("任职要求：略（待文创开发部组建完成后由人事处另行制定）。")

    d.add_heading("第三章　工作制度", 1)
    d.add_paragraph("3.1　展览项目实行项目负责制，策展人为项目负责人。")
    d.add_paragraph("3.2　社教活动须提前7个工作日在官网和公众号发布预告。")
    d.add_paragraph("3.3　文创产品上架前须经馆学术委员会审核文物信息的准确性。")
    d.add_heading("附录　社教专员岗位职责（2022版，已废止）", 1)
    d.add_paragraph("以下内容仅供对照，自2025年2月起不再执行：")
    for i, du in enumerate(P["社教专员"]["old_duties"], 1):
        d.add_paragraph(f"{i}. {du}。")
    d.save(OUT / "02_业务部门工作手册.docx")


# ----------------------------------------------------------------------------- 03 xlsx
def xlsx03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标库"
    ws["A1"] = f"{MUSEUM}岗位绩效考核指标库（2025年度）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws["A2"] = "说明：第一列按缩进分级——顶格为部门，缩进一级为岗位，缩进两级为该岗位的考核指标。"
    ws.merge_cells("A2:F2")
    hdr = ["考核对象 / 指标", "权重(%)", "目标值", "计算方法", "数据来源", "考核周期"]
    ws.append(hdr)
    for c in ws[3]:
        c.font = Font(bold=True)
    for dept, posts in KPI.items():
        ws.append([dept])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for post, rows in posts.items():
            ws.append([post, sum(r[1] for r in rows)])
            ws.cell(ws.max_row, 1).alignment = Alignment(indent=1)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
            for r in rows:
                ws.append(list(r))
                ws.cell(ws.max_row, 1).alignment = Alignment(indent=2)
    for col, w in zip("ABCDEF", (30, 9, 22, 34, 18, 9)):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("评分规则")
    ws2.append(["考核得分", "等级", "绩效工资系数"])
    for r in [("90分及以上", "优秀", 1.2), ("80—89分", "良好", 1.0), ("60—79分", "合格", 0.8), ("60分以下", "不合格", 0)]:
        ws2.append(list(r))
    ws2.append(["注：优秀等次人数不超过本部门考核人数的20%。"])
    ws3 = wb.create_sheet("2023版（停用）")
    ws3.append(["本表已于2025年1月停用，仅供查询历史考核结果。"])
    ws3.append(["岗位", "指标", "权重(%)", "目标值"])
    ws3.append(["讲解员", "讲解场次", 50, "每月不少于60场"])
    ws3.append(["讲解员", "观众满意度", 50, "≥90%"])
    ws3.append(["文物保管员", "库房安全", 100, "无事故"])
    wb.save(OUT / "03_岗位绩效考核指标库.xlsx")


# ----------------------------------------------------------------------------- 04 xlsx
def xlsx04():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位卡片"
    ws["A1"] = f"{MUSEUM}　行政保障类岗位卡片（2025年3月更新）"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:I1")

    def card(r0, c0, name):
        # c0 = first column index (1-based); card is 4 columns wide
        ws.cell(r0, c0, f"岗位卡片｜{name}").font = Font(bold=True)
        ws.merge_cells(start_row=r0, start_column=c0, end_row=r0, end_column=c0 + 3)
        if name not in P or "edu" not in P[name]:
            ws.cell(r0 + 1, c0, "本岗位拟于2025年下半年设立，卡片内容待编制。")
            ws.merge_cells(start_row=r0 + 1, start_column=c0, end_row=r0 + 1, end_column=c0 + 3)
            return
        p = P[name]
        pairs = [("所属部门", p["dept"], "直接上级", p["boss"]),
                 ("下属岗位", p["subs"], "学历", p["edu"]),
                 ("专业", p["major"], "证书", p["cert"]),
                 ("经验", p["exp"], "工作地点", p["place"]),
                 ("班次", p["hours"], None, None)]
        r = r0 + 1
        for a, b, c, e in pairs:
            ws.cell(r, c0, a); ws.cell(r, c0 + 1, b)
            if c:
                ws.cell(r, c0 + 2, c); ws.cell(r, c0 + 3, e)
            else:
                ws.merge_cells(start_row=r, start_column=c0 + 1, end_row=r, end_column=c0 + 3)
            r += 1
        ws.cell(r, c0, "主要职责")
        ws.cell(r, c0 + 1, "\n".join(f"{i}. {du}" for i, du in enumerate(p["duties"], 1)))
        ws.cell(r, c0 + 1).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=c0 + 1, end_row=r, end_column=c0 + 3)
        ws.row_dimensions[r].height = 110
        for rr in range(r0, r + 1):
            for cc in range(c0, c0 + 4):
                ws.cell(rr, cc).border = box

    card(3, 1, "安保主管")
    card(3, 6, "信息化专员")
    card(12, 1, "办公室主任")
    card(12, 6, "数字化采集员")
    for col in "ABCDFGHI":
        ws.column_dimensions[col].width = 16
    ws2 = wb.create_sheet("岗位薪级对照")
    ws2.append(["岗位", "岗位类别", "岗位等级", "月薪下限（元）", "月薪上限（元）", "绩效工资占比"])
    for row in PAY:
        ws2.append(list(row))
    ws2.append(["注：文创开发专员薪级待定；月薪为税前应发，含基础性绩效。"])
    wb.save(OUT / "04_岗位卡片与薪级.xlsx")


# ----------------------------------------------------------------------------- 05 csv
CSV_ROWS = [
    ["岗位代码", "招聘单位", "岗位名称", "岗位类别", "招聘人数", "学历", "学位", "专业要求", "年龄要求", "其他条件", "备注"],
    ["JZ2025-07", MUSEUM, "讲解员", "专业技术岗", "2", "大专及以上", "不限",
     "历史学（0601）、博物馆学（060104）、播音与主持艺术（130309）、旅游管理（1209）",
     "30周岁以下", "普通话二级甲等及以上；需周末及节假日轮班", "面试含现场讲解"],
    ["JZ2025-08", MUSEUM, "文物修复师", "专业技术岗", "1", "本科及以上", "学士及以上",
     "文物保护技术（060105）、化学（0703）、美术学（1304）", "40周岁以下",
     "具有文物博物系列中级及以上职称；5年以上文物修复经历", "面试含实操考核"],
    ["JZ2025-09", MUSEUM, "展陈设计师", "专业技术岗", "1", "本科及以上", "学士及以上",
     "艺术设计学（130501）、环境设计（130503）、视觉传达设计（130502）", "35周岁以下",
     "需提交作品集", ""],
    ["JZ2025-10", MUSEUM, "信息化专员", "专业技术岗", "1", "本科及以上", "学士及以上",
     "计算机科学与技术（080901）、网络工程（080903）、软件工程（080902）", "35周岁以下",
     "持软考网络工程师证书者优先", ""],
    ["JZ2025-11", MUSEUM, "社教专员", "专业技术岗", "1", "本科及以上", "学士及以上",
     "教育学（0401）、历史学（0601）、博物馆学（060104）", "35周岁以下",
     "具有教师资格证者优先", "本岗位取消招聘（2025年4月1日公告）"],
]


def csv05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in CSV_ROWS:
        w.writerow(r)
    buf.write("备注：年龄计算截至2025年5月31日；专业参照《研究生教育学科专业目录》《普通高等学校本科专业目录》。\r\n")
    (OUT / "05_2025年公开招聘岗位表.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ----------------------------------------------------------------------------- 06 html
def html06():
    rows = [
        ("办公室", [("办公室主任", "分管副馆长", "行政楼2层", "常白班", "1")]),
        ("藏品管理部", [("文物保管员", "藏品管理部主任", "地下一层文物库房", "常白班，节假日值守", "3"),
                        ("藏品登记员", "藏品管理部主任", "北楼2层", "常白班", "2")]),
        ("社会教育部", [("讲解员", "社会教育部主任", "本馆展厅<sup>①</sup>", "周二至周日轮班", "8"),
                        ("社教专员", "社会教育部主任", "本馆及校外活动点", "常白班，周末活动调休", "2")]),
        ("陈列展览部", [("展陈设计师", "陈列展览部主任", "北楼4层", "常白班", "2")]),
        ("文物保护修复中心", [("文物修复师", "文物保护修复中心主任", "东楼3层修复室", "常白班", "3"),
                             ("古籍修复师", "—", "—", "—", "0<sup>②</sup>")]),
        ("安全保卫部", [("安保主管", "安全保卫部主任", "本馆", "常白班＋夜间查岗", "1")]),
        ("信息中心", [("信息化专员", "信息中心主任<sup>③</sup>", "北楼1层机房", "常白班", "2")]),
        ("文创开发部", [("文创开发专员", "文创开发部主任", "文创商店（南门）", "常白班", "2")]),
    ]
    L = []
    L.append("<!DOCTYPE html>")
    L.append('<html lang="zh-CN">')
    L.append("<head>")
    L.append('<meta charset="utf-8">')
    L.append(f"<title>岗位导览 - {MUSEUM}人事处</title>")
    L.append("<style>table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}sup{color:#c00}</style>")
    L.append("</head>")
    L.append("<body>")
    L.append('<nav class="tabs">')
    names = [n for _, ps in rows for (n, *_rest) in ps]
    L.append("  " + " | ".join(f'<a href="#{n}">{n}</a>' for n in names))
    L.append("</nav>")
    L.append(f"<h1>{MUSEUM}岗位导览</h1>")
    L.append("<p>本页列出各部门岗位的直接上级、工作地点、班次和编制人数，供新入职人员查阅。</p>")
    L.append("<table>")
    L.append("<thead><tr><th>部门</th><th>岗位</th><th>直接上级</th><th>工作地点</th><th>班次</th><th>编制（人）</th></tr></thead>")
    L.append("<tbody>")
    for dept, ps in rows:
        for i, (n, b, pl, sh, hc) in enumerate(ps):
            first = f'<td rowspan="{len(ps)}">{dept}</td>' if i == 0 else ""
            L.append(f'<tr id="{n}">{first}<td>{n}</td><td>{b}</td><td>{pl}</td><td>{sh}</td><td>{hc}</td></tr>')
    L.append("</tbody>")
    L.append("</table>")
    L.append('<ol class="footnotes">')
    L.append("<li>① 自2025年3月1日起，讲解员分驻本馆和城南新馆（南湖大道1号）两处，按月轮换。</li>")
    L.append("<li>② 古籍修复师暂未设岗，编制待市委编办批复。</li>")
    L.append("<li>③ 自2025年4月1日起，信息中心并入办公室，信息化专员的直接上级改为办公室主任。</li>")
    L.append("</ol>")
    L.append("<footer>人事处　更新于2025-04-02</footer>")
    L.append("</body>")
    L.append("</html>")
    (OUT / "06_岗位导览.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- 07 pdf
def pdf07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("WQY", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    body = ParagraphStyle("b", fontName="WQY", fontSize=10.5, leading=16)
    title = ParagraphStyle("t", fontName="WQY", fontSize=15, leading=22, alignment=1)
    cell = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)
    doc = SimpleDocTemplate(str(OUT / "07_岗位绩效考核细则.pdf"), pagesize=A4,
                            leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
    S = [Paragraph(f"{MUSEUM}文物保护与安全保卫岗位绩效考核细则（2025年修订）", title), Spacer(1, 10)]
    clauses = [
        "第一条　为规范文物保护修复中心和安全保卫部的岗位考核，根据《江州市事业单位工作人员考核办法》制定本细则。",
        "第二条　考核分月度记录、年度评定，年度考核结果分为优秀、良好、合格、不合格四个等次。",
        "第三条　考核指标的权重合计为100分，各指标按下表评分标准扣分，扣完为止。",
        "第四条　文物修复师的考核指标如下表：",
    ]
    for c in clauses:
        S.append(Paragraph(c, body))
    def tbl(rows):
        data = [["考核指标", "权重", "目标值", "评分标准"]] + [list(r) for r in rows]
        data = [[Paragraph(str(x), cell) for x in r] for r in data]
        t = Table(data, colWidths=[120, 45, 150, 160])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        return t
    S.append(tbl(PDF_KPI["文物修复师"]))
    S.append(Spacer(1, 8))
    S.append(Paragraph("第五条　安保主管的考核指标如下表：", body))
    S.append(tbl(PDF_KPI["安保主管"]))
    S.append(Spacer(1, 8))
    for c in [
        "第六条　发生文物被盗、损毁等重大安全责任事故的，相关岗位年度考核直接评定为不合格。",
        "第七条　修复助理、安保员、消防控制室值班员的考核办法由所在部门另行制定，报人事处备案。",
        "第八条　本细则自2025年1月1日起施行，2023年印发的原细则同时废止。",
    ]:
        S.append(Paragraph(c, body))
    doc.build(S)


# ----------------------------------------------------------------------------- 08 md
MD = f"""# {MUSEUM}新员工入职须知

> 人事处编　2025年3月

## 一、单位概况

{MUSEUM}是市文化广电旅游局所属公益一类事业单位，设办公室、藏品管理部、陈列展览部、社会教育部、文物保护修复中心、安全保卫部、信息中心、文创开发部八个部门。

## 二、组织架构

```
馆长
├── 分管副馆长（行政）
│   ├── 办公室 —— 办公室主任
│   ├── 安全保卫部 —— 安全保卫部主任 —— 安保主管
│   └── 信息中心 —— 信息中心主任 —— 信息化专员
└── 分管副馆长（业务）
    ├── 藏品管理部 —— 文物保管员、藏品登记员
    ├── 陈列展览部 —— 展陈设计师
    ├── 社会教育部 —— 讲解员、社教专员
    ├── 文物保护修复中心 —— 文物修复师、修复助理、古籍修复师（暂未设岗）
    └── 文创开发部 —— 文创开发专员
```

## 三、班次与作息

| 班次 | 时间 | 适用岗位 |
|---|---|---|
| 常白班 | 8:30—17:00，周末双休 | 办公室、藏品管理部、信息中心、文物保护修复中心等 |
| 展厅轮班 | 9:00—17:30，周二至周日，周一闭馆日休息 | 讲解员 |
| 四班三运转 | 每班8小时，早中夜三班轮换 | 安保员、消防控制室值班员 |

## 四、入职报到

1. 报到当天携带身份证、学历学位证书原件及复印件、近期一寸照片2张。
2. 到办公室领取工作证和门禁卡，进入文物库房须另行办理库房准入登记。
3. 新员工入职后1个月内完成安全教育和文物保护基础培训，考试合格方可独立上岗。

## 五、薪酬福利

略（详见人事处《绩效工资分配办法》，不在本须知中说明）。

## 六、常见问题

**问：试用期多长？**
答：新聘人员试用期为3个月，试用期满考核合格的正式聘用。

**问：讲解员要会外语吗？**
答：不是硬性要求，但能用英语进行简单讲解的优先。
"""


def md08():
    (OUT / "08_新员工入职须知.md").write_text(MD, encoding="utf-8")


# ----------------------------------------------------------------------------- 09 GBK txt
GBK = f"""{MUSEUM}文件

江博人〔２０２５〕１２号

关于调整部分岗位设置的通知

各部门：

　　经馆务会研究，决定对部分岗位设置作如下调整：

　　一、自２０２５年４月１日起，信息中心整建制并入办公室。信息化专员的直接上级由信息中心主任调整为办公室主任，岗位职责不变。

　　二、自２０２５年３月１日起，讲解员实行本馆与城南新馆（南湖大道１号）双驻点工作，按月轮换；周一闭馆日安排半天业务培训，培训时间计入工作时长。

　　三、拟新设数字化采集员岗位，编制２名，隶属信息中心（并入后隶属办公室），岗位职责和任职条件另行制定。

　　四、文物修复师经验要求按《专业技术岗位说明书汇编（２０２５版）》执行。

　　特此通知。

{MUSEUM}人事处
２０２５年３月２０日
"""


def txt09():
    (OUT / "09_关于调整部分岗位设置的通知.txt").write_bytes(GBK.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- 10 UTF-16 txt
POLICY = f"""{MUSEUM}考勤与休假管理办法

第一章　总则
第一条　为加强考勤管理，保障开放服务秩序，制定本办法。
第二条　本办法适用于本馆在编及合同制工作人员。

第二章　考勤
第三条　实行指纹打卡，常白班人员上午8:30前、下午17:00后各打卡一次。
第四条　展厅轮班人员按社会教育部排班表出勤，调班须提前一天报部门主任同意。
第五条　安保员、消防控制室值班员实行四班三运转，交接班须当面交接并填写交接记录。
第六条　迟到、早退30分钟以内的，每次扣减当月绩效工资50元。

第三章　休假
第七条　工作人员按国家规定享受年休假，年休假一般在闭馆淡季安排。
第八条　法定节假日开放期间值班的，按规定安排补休或支付加班工资。
第九条　病假须提供二级及以上医院证明。

第四章　附则
第十条　本办法由人事处负责解释，自2025年1月1日起施行。
"""


def txt10():
    (OUT / "10_考勤与休假管理办法.txt").write_bytes(POLICY.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    docx01(); docx02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    truth["files"] = {
        "01_专业技术岗位说明书汇编.docx": "讲解员/文物保管员/藏品登记员/文物修复师: 基本信息, 职责, 任职资格, 修订说明 (name only in caption below table); 古籍修复师 named only",
        "02_业务部门工作手册.docx": "展陈设计师 (tracked change 2年->3年), 社教专员 (current + 2022 superseded appendix), 文创开发专员 (任职要求 略)",
        "03_岗位绩效考核指标库.xlsx": "KPI of 文物保管员, 藏品登记员, 讲解员, 社教专员, 展陈设计师 by indent; 评分规则; 2023 void sheet",
        "04_岗位卡片与薪级.xlsx": "cards 安保主管, 信息化专员, 办公室主任, 数字化采集员 (待编制); 薪级对照 (no 文创开发专员 pay)",
        "05_2025年公开招聘岗位表.csv": "招聘: 讲解员, 文物修复师, 展陈设计师, 信息化专员, 社教专员 (cancelled)",
        "06_岗位导览.html": "上级/地点/班次/编制 for all posts; footnotes: 讲解员 two sites, 古籍修复师 not set, 信息化专员 boss -> 办公室主任",
        "07_岗位绩效考核细则.pdf": "KPI of 文物修复师 and 安保主管",
        "08_新员工入职须知.md": "org tree, shift table, 薪酬福利 略, FAQ",
        "09_关于调整部分岗位设置的通知.txt": "GBK: 信息化专员 boss change, 讲解员 two sites + Monday training, 数字化采集员 named only",
        "10_考勤与休假管理办法.txt": "UTF-16 policy",
    }
    (OUT.parent / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
