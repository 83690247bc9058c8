#!/usr/bin/env python3
"""Round 19 (food): a fictional hotpot chain, 四川蜀味居餐饮管理有限公司 (stores in 成都, 重庆, 西安, 长沙).

    T19_OUT=/tmp/t19food /tmp/r19venv/bin/python gen.py      # writes $T19_OUT/corpus/ (10 files)

Deterministic. Only python-docx, openpyxl, reportlab (PDF, CID font STSong-Light) and the standard library.
Layouts (not in evals/trials/README.md):
  sw01 Word 门店岗位手册: one section per post, a picture placeholder, a facts line, a 2-column 岗位职责 | 工作标准 table
  sw02 企业微信文档 Markdown export: @mentions, checkbox duties "- [ ]", a requirements table, doc metadata
  sw03 xlsx 门店人员编制: one sheet per store type (旗舰店/标准店/小店), merged group header cells
  sw04 xlsx 月度绩效: one sheet per post, 扣分标准 column ("每次扣2分"), scoring rules in cell comments
  sw05 CSV hiring-platform export (Boss直聘-like): "6-8K·13薪", tags joined with "|", description with \n
  sw06 HTML mini-site: cards built from <div class=...> with <i class="icon-..."> icons
  sw07 TXT 门店店长岗位说明: full-width spaces, 「」 quotes
  sw08 PDF 晋升通道 (学徒→服务员→领班→主管→店长) with requirements per level
  sw09 Word 员工手册节选: 试用期 and 排班 rules
  sw10 Markdown org chart as a nested list
"""
import csv
import io
import os
from pathlib import Path

import docx
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
import openpyxl
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T19_OUT", "/tmp/t19food")) / "corpus"
OUT.mkdir(parents=True, exist_ok=True)
CO = "四川蜀味居餐饮管理有限公司"

F01 = "sw01_门店岗位手册（前厅及锅底）V2.3.docx"
F02 = "sw02_企业微信文档_后厨岗位职责与要求.md"
F03 = "sw03_门店人员编制标准2025.xlsx"
F04 = "sw04_门店月度绩效考核表.xlsx"
F05 = "sw05_招聘平台职位导出_20250412.csv"
F06 = "sw06_加入蜀味居.html"
F07 = "sw07_门店店长岗位说明.txt"
F08 = "sw08_员工晋升通道及任职要求.pdf"
F09 = "sw09_员工手册节选（试用期与排班）.docx"
F10 = "sw10_组织架构.md"


def fixed_core(d, title):
    cp = d.core_properties
    cp.author = "蜀味居人力资源部"
    cp.title = title
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "HR"
    cp.revision = 1


# ----------------------------------------------------------------------------- sw01
POSTS01 = [
    ("前厅经理", "（又称楼面经理）", "店长", "领班、收银员、迎宾员", "[图片：前厅经理巡台照片，待补充]", [
        ("负责前厅营业全过程的现场管理，督导开市、营业、收市三个阶段工作", "开市前30分钟完成班前会，收市后填写《营业日志》"),
        ("根据客流预测编排前厅人员班表，合理安排领班及服务员的岗位", "班表于每周四前公布，人力成本不超过营业额的12%"),
        ("处理顾客投诉和突发事件，维护门店口碑", "一般投诉当场处理，重大投诉30分钟内上报店长"),
        ("组织前厅员工的岗前培训与每月技能考核", "新员工上岗前完成不少于16课时培训"),
        ("监督餐具、锅具及前厅物料的申领与损耗", "月度物料损耗率控制在1.5%以内"),
    ]),
    ("领班", "", "前厅经理", "服务员、传菜员", "[图片：领班区域分工示意图]", [
        ("负责所辖区域（通常8-12张台）的服务质量和人员调度", "高峰期每15分钟巡台一次"),
        ("带领服务员完成开餐前的摆台、锅底预热及卫生检查", "开餐前台面、调料台检查合格率100%"),
        ("协助前厅经理处理顾客意见，及时安抚等位顾客", "等位超过20分钟的桌主动送上小吃或饮品"),
        ("填写区域交接班记录，跟进遗留问题", "交接班记录字迹清楚，当班问题当班闭环"),
    ]),
    ("服务员", "", "领班", "无", "[图片：服务员标准站姿与点单手势]", [
        ("按照蜀味居服务七步曲为顾客提供迎客、点单、上锅、加汤、结账送客等服务", "顾客落座后1分钟内递上菜单和茶水"),
        ("向顾客介绍锅底辣度、招牌菜品及当月活动，推荐酒水饮品", "点单时主动确认辣度及忌口，记录准确率100%"),
        ("营业中及时为顾客加汤、换骨碟、调节火力", "骨碟超过三分之一时更换，加汤不超过顾客示意后2分钟"),
        ("负责责任区的清洁卫生及翻台收台工作", "顾客离店后5分钟内完成翻台"),
        ("遵守食品安全规定，发现菜品异常及时报告领班", "异常菜品不上桌，当场退回后厨"),
    ]),
    ("传菜员", "", "领班", "无", "[图片：传菜动线图]", [
        ("负责将后厨出品的菜品、锅底准确、快速地传送到对应台位", "菜品出档后3分钟内上桌，错传率为0"),
        ("传菜时核对菜单台号，与服务员做好交接", "每道菜核对台号与菜名后再离开出菜口"),
        ("回收空盘及餐具，送至洗碗间分类放置", "餐具分类回收，不得混放垃圾"),
        ("保持传菜通道畅通与地面干爽", "发现地面湿滑立即放置警示牌并清理"),
    ]),
    ("锅底师傅", "（炒料师傅）", "厨师长", "无", "[图片：牛油锅底炒制现场]", [
        ("按照公司标准配方炒制牛油锅底、清汤锅底及番茄锅底", "严格按中央厨房下发的配方单投料，偏差不超过2%"),
        ("每日根据预估客流准备锅底数量，做好锅底的分装与保温", "锅底备货量与实际用量误差不超过10%"),
        ("负责炒料区设备的使用、清洁与安全检查", "燃气阀门每班检查一次并登记"),
        ("记录每批次锅底的炒制时间、用料和口味检测结果", "每批锅底留样48小时备查"),
    ]),
]


def gen01():
    d = docx.Document()
    fixed_core(d, "门店岗位手册")
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(f"{CO}\n门店岗位手册（前厅及锅底岗位）")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("版本：V2.3　　编制：营运中心　　审核：人力资源部　　生效日期：2025年3月1日")
    d.add_paragraph("使用说明：本手册供门店新员工入职培训及日常工作对照使用。每个岗位包括岗位照片、基本信息和"
                    "“岗位职责 | 工作标准”对照表，工作标准为门店检查时的评判依据。后厨岗位见企业微信文档《后厨岗位职责与要求》。")
    cn = "一二三四五六七八九十"
    for i, (title, alias, boss, subs, pic, rows) in enumerate(POSTS01):
        d.add_heading(f"{cn[i]}、{title}{alias}", level=1)
        pp = d.add_paragraph(pic)
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph(f"岗位名称：{title}　　汇报对象：{boss}　　管理对象：{subs}")
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.rows[0].cells[0].text = "岗位职责"
        t.rows[0].cells[1].text = "工作标准"
        for duty, std in rows:
            c = t.add_row().cells
            c[0].text = duty
            c[1].text = std
        d.add_paragraph("")
    d.add_paragraph("本手册由营运中心负责解释，各门店不得自行修改。")
    d.save(OUT / F01)


# ----------------------------------------------------------------------------- sw02
MD02 = """# 后厨岗位职责与要求（厨师长 / 配菜员 / 洗碗工）

> 📄 来自企业微信文档 · 创建者：@周建国（营运中心） · 最后编辑：@刘芳（人力资源部） 2025-03-18 16:42
> 协作者：@王磊 @陈晓梅 @各门店厨师长

**说明**：本文档由营运中心和人力资源部共同维护，请 @各门店厨师长 于3月25日前确认本店执行情况，完成后在对应条目打勾 ✅。

---

## 🍲 厨师长（后厨主管）

**所属部门**：门店后厨　｜　**汇报给**：店长　｜　**带领**：配菜员、锅底师傅、洗碗工

### 每天要做的事
- [ ] 主持后厨早会，安排当天的备料、配菜和出品分工
- [ ] 检查冷库、冷柜温度，冷藏0-4℃、冷冻-18℃以下，每日记录两次
- [ ] 按照营业预估向中央厨房和采购专员报送次日原料订货量
- [ ] 把控出品质量，菜品份量、摆盘与公司标准图片一致
- [ ] 落实后厨食品安全和消防安全，收档后检查水、电、气阀门

### 每月要做的事
- [x] 组织后厨成本盘点，毛利率不低于公司下达的指标
- [ ] 对后厨员工进行刀工、配菜标准和卫生规范的培训考核
- [ ] 配合品控专员的门店检查，整改不合格项

### 任职要求

| 项目 | 要求 |
| --- | --- |
| 学历 | 中专及以上，烹饪相关专业优先 |
| 经验 | 5年以上中餐后厨工作经验，其中2年以上火锅连锁后厨管理经验 |
| 证书 | 持有效健康证；持中式烹调师（三级/高级工）及以上证书者优先 |
| 能力 | 熟悉川味火锅锅底及菜品出品标准，有成本控制意识 |

---

## 🔪 配菜员

**所属部门**：门店后厨　｜　**汇报给**：厨师长

### 每天要做的事
- [ ] 按配菜标准卡对毛肚、鸭肠、肥牛等菜品进行切配、装盘
- [ ] 做好原料的清洗、解冻和分类存放，生熟分开
- [ ] 按先进先出原则使用原料，发现变质原料立即上报 @厨师长
- [ ] 收档后清洁砧板、刀具并消毒

### 任职要求

| 项目 | 要求 |
| --- | --- |
| 学历 | 初中及以上 |
| 经验 | 有餐饮后厨切配经验者优先，接受无经验学徒 |
| 证书 | 持有效健康证 |
| 其他 | 能吃苦耐劳，能适应夜班 |

---

## 🧽 洗碗工

**所属部门**：门店后厨　｜　**汇报给**：厨师长

### 每天要做的事
- [ ] 负责锅具、碗碟、筷子等餐具的清洗和消毒，做到一洗二刷三冲四消毒五保洁
- [ ] 按要求配制消毒液，浓度用试纸检测并记录
- [ ] 清理洗碗间及后厨垃圾，做好垃圾分类和油水分离器的清掏

### 任职要求

| 项目 | 要求 |
| --- | --- |
| 年龄 | 55周岁以下，身体健康 |
| 证书 | 持有效健康证 |

---

💬 评论（3）
- @王磊：配菜标准卡的最新版已上传到群文件。
- @陈晓梅：洗碗工的消毒液浓度标准是多少？
- @刘芳：回复 @陈晓梅：以品控手册为准，这里不重复。
"""


# ----------------------------------------------------------------------------- sw03
STAFF = {
    "旗舰店": ("旗舰店人员编制标准（营业面积600㎡以上，餐位≥60桌）", [
        ("前厅", "店长", 1, "全天", "区域经理", "12000-18000"),
        ("前厅", "前厅经理", 2, "早晚两班", "店长", "8000-10000"),
        ("前厅", "领班", 4, "早晚两班", "前厅经理", "5500-6500"),
        ("前厅", "服务员", 30, "早晚两班", "领班", "4500-5500"),
        ("前厅", "传菜员", 8, "早晚两班", "领班", "4200-5000"),
        ("前厅", "迎宾员", 3, "午晚班", "前厅经理", "4300-5000"),
        ("前厅", "收银员", 3, "早晚两班", "前厅经理", "4500-5200"),
        ("后厨", "厨师长", 1, "全天", "店长", "9000-12000"),
        ("后厨", "锅底师傅", 2, "早班", "厨师长", "7000-9000"),
        ("后厨", "配菜员", 12, "早晚两班", "厨师长", "4500-5500"),
        ("后厨", "洗碗工", 6, "早晚两班", "厨师长", "3800-4500"),
    ]),
    "标准店": ("标准店人员编制标准（营业面积300-600㎡，餐位30-60桌）", [
        ("前厅", "店长", 1, "全天", "区域经理", "10000-15000"),
        ("前厅", "前厅经理", 1, "全天", "店长", "7000-9000"),
        ("前厅", "领班", 2, "早晚两班", "前厅经理", "5000-6000"),
        ("前厅", "服务员", 16, "早晚两班", "领班", "4300-5200"),
        ("前厅", "传菜员", 4, "早晚两班", "领班", "4000-4800"),
        ("前厅", "收银员", 2, "早晚两班", "前厅经理", "4300-5000"),
        ("后厨", "厨师长", 1, "全天", "店长", "8000-10000"),
        ("后厨", "锅底师傅", 1, "早班", "厨师长", "6500-8000"),
        ("后厨", "配菜员", 6, "早晚两班", "厨师长", "4300-5200"),
        ("后厨", "洗碗工", 3, "早晚两班", "厨师长", "3600-4300"),
    ]),
    "小店": ("小店人员编制标准（营业面积300㎡以下，社区店）", [
        ("前厅", "店长", 1, "全天", "区域经理", "8000-12000"),
        ("前厅", "领班", 1, "全天", "店长", "4800-5800"),
        ("前厅", "服务员", 8, "早晚两班", "领班", "4200-5000"),
        ("前厅", "收银员", 1, "全天", "店长", "4200-4800"),
        ("后厨", "厨师长", 1, "全天", "店长", "7000-9000"),
        ("后厨", "配菜员", 3, "早晚两班", "厨师长", "4200-5000"),
        ("后厨", "洗碗工", 2, "早晚两班", "厨师长", "3500-4200"),
    ]),
}


def gen03():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (title, rows) in STAFF.items():
        ws = wb.create_sheet(name)
        ws.merge_cells("A1:G1")
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        # grouped header: 岗位信息 over A-B, 编制 over C-D, 管理关系 E, 薪酬 over F-G
        ws.merge_cells("A2:B2"); ws["A2"] = "岗位信息"
        ws.merge_cells("C2:D2"); ws["C2"] = "编制"
        ws["E2"] = "管理关系"
        ws.merge_cells("F2:G2"); ws["F2"] = "薪酬（元/月，税前）"
        hdr = ["区域", "岗位", "编制人数", "班次", "直接上级", "月薪范围", "备注"]
        for j, h in enumerate(hdr, 1):
            ws.cell(row=3, column=j, value=h).font = Font(bold=True)
        for c in "ABCDEFG":
            ws[f"{c}2"].alignment = Alignment(horizontal="center")
        r = 4
        start = {}
        for area, post, n, shift, boss, pay in rows:
            ws.cell(row=r, column=1, value=area)
            ws.cell(row=r, column=2, value=post)
            ws.cell(row=r, column=3, value=n)
            ws.cell(row=r, column=4, value=shift)
            ws.cell(row=r, column=5, value=boss)
            ws.cell(row=r, column=6, value=pay)
            note = ""
            if post == "店长":
                note = "另按季度发放利润分红"
            elif post == "服务员" and name == "旗舰店":
                note = "含小时工6名"
            elif post == "锅底师傅":
                note = "小店锅底由中央厨房配送" if name != "小店" else ""
            ws.cell(row=r, column=7, value=note or None)
            start.setdefault(area, r)
            r += 1
        # merge the 区域 column down
        areas = [a for a, *_ in rows]
        for area in ("前厅", "后厨"):
            idx = [i for i, a in enumerate(areas) if a == area]
            a, b = 4 + idx[0], 4 + idx[-1]
            for rr in range(a + 1, b + 1):
                ws.cell(row=rr, column=1, value=None)
            ws.merge_cells(f"A{a}:A{b}")
        total = sum(n for _, _, n, *_ in rows)
        ws.cell(row=r, column=2, value="合计")
        ws.cell(row=r, column=3, value=total)
        ws.cell(row=r + 2, column=1, value="注：编制为满编人数，门店可根据淡旺季在编制的±10%内调整，超出须报区域经理审批。")
        for col, w in zip("ABCDEFG", [8, 12, 10, 12, 12, 16, 24]):
            ws.column_dimensions[col].width = w
    wb.properties.creator = "蜀味居人力资源部"
    import datetime
    wb.properties.created = datetime.datetime(2025, 1, 5, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 5, 10, 0, 0)
    wb.save(OUT / F03)


# ----------------------------------------------------------------------------- sw04
KPI = {
    "店长": [
        ("经营业绩", "月度营业额达成率", 30, "实际营业额÷目标营业额×100%", "达成100%得满分，每低1个百分点扣1分",
         "营业额以收银系统月结数据为准，团购核销按实收计"),
        ("经营业绩", "门店毛利率", 20, "（营业收入-食材成本）÷营业收入×100%", "低于目标毛利率每0.5个百分点扣2分", None),
        ("顾客", "顾客满意度", 15, "神秘顾客及点评平台综合评分", "大众点评评分低于4.6分扣5分，每出现一条差评扣1分", None),
        ("顾客", "有效投诉次数", 10, "当月经核实的有效投诉次数", "每次扣2分，扣完为止", "媒体曝光或12315投诉一次性扣10分"),
        ("运营", "食品安全检查得分", 15, "品控专员月度飞行检查得分", "低于90分每分扣1分", None),
        ("团队", "员工流失率", 10, "当月离职人数÷月初在岗人数×100%", "超过8%每1个百分点扣1分", None),
    ],
    "服务员": [
        ("服务质量", "服务七步曲执行", 30, "领班每日抽查", "每发现一次漏项扣2分", "七步曲：迎客、引座、点单、上锅、加汤、巡台、送客"),
        ("服务质量", "顾客表扬/投诉", 20, "顾客点名表扬与有效投诉次数", "每次有效投诉扣5分，每次点名表扬加2分", None),
        ("销售", "酒水及加菜推荐", 20, "个人推荐酒水饮品销售额", "完成个人目标得满分，未完成按比例得分", None),
        ("纪律", "考勤与仪容仪表", 15, "打卡记录及班前检查", "迟到每次扣2分，仪容不合格每次扣1分", None),
        ("卫生", "责任区卫生", 15, "领班收市检查", "不合格每次扣2分", None),
    ],
    "厨师长": [
        ("成本", "食材成本率", 30, "食材成本÷营业收入×100%", "高于公司标准每0.5个百分点扣3分", "盘点由财务与店长共同监盘"),
        ("质量", "出品合格率", 25, "抽检合格菜品数÷抽检菜品数×100%", "低于98%每1个百分点扣2分", None),
        ("质量", "上菜速度", 15, "点单至首道菜上桌时间", "平均超过8分钟扣5分", None),
        ("安全", "后厨食品安全检查", 20, "品控专员飞行检查后厨得分", "发现过期原料一次扣10分", None),
        ("团队", "后厨员工培训完成率", 10, "实际完成培训课时÷计划课时×100%", "每低10%扣2分", None),
    ],
}


def gen04():
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for post, rows in KPI.items():
        ws = wb.create_sheet(f"{post}月度考核")
        ws.merge_cells("A1:F1")
        ws["A1"] = f"蜀味居门店{post}月度绩效考核表"
        ws["A1"].font = Font(bold=True, size=13)
        ws["A2"] = "被考核人："
        ws["C2"] = "所属门店："
        ws["E2"] = "考核月份：    年    月"
        hdr = ["考核维度", "考核指标", "权重(%)", "计算方式/数据来源", "扣分标准", "得分"]
        for j, h in enumerate(hdr, 1):
            ws.cell(row=3, column=j, value=h).font = Font(bold=True)
        ws["E3"].comment = Comment("扣分以当月考核记录为准，单项扣分不超过该项权重分值。", "人力资源部")
        r = 4
        for dim, ind, w, calc, ded, cmt in rows:
            ws.cell(row=r, column=1, value=dim)
            c = ws.cell(row=r, column=2, value=ind)
            if cmt:
                c.comment = Comment(cmt, "人力资源部")
            ws.cell(row=r, column=3, value=w)
            ws.cell(row=r, column=4, value=calc)
            ws.cell(row=r, column=5, value=ded)
            r += 1
        ws.cell(row=r, column=1, value="合计")
        ws.cell(row=r, column=3, value=sum(x[2] for x in rows))
        ws.cell(row=r + 1, column=1, value="考核等级：90分以上为A，80-89分为B，70-79分为C，70分以下为D；连续两个月D级者调岗或辞退。")
        ws.cell(row=r + 2, column=1, value="考核人签字：")
        ws.cell(row=r + 2, column=4, value="被考核人签字：")
        for col, wd in zip("ABCDEF", [10, 18, 8, 30, 34, 8]):
            ws.column_dimensions[col].width = wd
    import datetime
    wb.properties.creator = "蜀味居人力资源部"
    wb.properties.created = datetime.datetime(2025, 2, 1, 10, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 2, 1, 10, 0, 0)
    wb.save(OUT / F04)


# ----------------------------------------------------------------------------- sw05
CSV_ROWS = [
    ["职位ID", "职位名称", "薪资", "城市", "工作地址", "经验要求", "学历要求", "职位标签", "职位描述", "招聘人", "发布时间", "状态"],
    ["J20250401001", "收银员（春熙路店）", "4-5K·13薪", "成都", "锦江区春熙路步行街128号蜀味居春熙路店", "经验不限", "高中",
     "五险|包吃住|节日福利|排班制",
     "岗位职责：\n1. 负责门店收银、开具发票及团购券、会员储值的核销；\n2. 每班结束后清点备用金并核对收银系统流水，做到账实相符；\n"
     "3. 解答顾客关于会员积分和优惠活动的咨询；\n任职要求：\n1. 高中及以上学历，会使用电脑和收银软件；\n2. 做事细心，有1年以上收银经验优先；",
     "刘女士·人事专员", "2025-04-08", "招聘中"],
    ["J20250401002", "传菜员（解放碑店）", "4-5K", "重庆", "渝中区解放碑八一路66号蜀味居解放碑店", "经验不限", "学历不限",
     "包吃住|月休4天|可兼职", "负责后厨出品传送到台位，回收餐具。18-40岁，手脚麻利，能接受晚班。", "陈先生·店长", "2025-04-09", "招聘中"],
    ["J20250401003", "区域经理", "15-25K·14薪", "成都", "武侯区天府大道北段1700号环球中心（总部）", "5-10年", "大专",
     "五险一金|年终奖|车补|带薪年假",
     "岗位职责：\n1. 负责成都片区5-8家门店的营运管理，达成区域营业额及利润目标；\n2. 每周巡店不少于2次，检查门店出品、服务和卫生标准执行情况；\n"
     "3. 指导和考核店长，负责区域储备店长的培养；\n4. 参与新店选址评估与开业筹备；\n"
     "任职要求：\n1. 大专及以上学历，5年以上餐饮连锁门店管理经验，其中2年以上多店管理经验；\n2. 熟悉火锅行业运营，有较强的数据分析能力；\n3. 能适应频繁出差；\n"
     "汇报对象：营运总监", "周先生·营运中心", "2025-04-10", "招聘中"],
    ["J20250401004", "采购专员", "6-8K·13薪", "成都", "武侯区天府大道北段1700号环球中心（总部）", "3-5年", "大专",
     "五险一金|双休|餐补",
     "工作内容：\n1. 负责牛油、辣椒、花椒等锅底原料及鲜货的询价、比价和采购下单；\n2. 开发和维护供应商，每季度组织供应商评估；\n"
     "3. 跟踪到货及验收，处理质量异议和退换货；\n任职资格：\n1. 大专及以上学历，物流管理、食品相关专业优先；\n2. 3年以上餐饮或食品行业采购经验；\n"
     "3. 熟练使用Excel和ERP系统。\n汇报给：采购经理", "刘女士·人事专员", "2025-04-10", "招聘中"],
    ["J20250401005", "保洁员（五一广场店）", "3.5-4K", "长沙", "芙蓉区五一大道235号蜀味居五一广场店", "经验不限", "学历不限",
     "包吃|做六休一", "负责门店大厅、卫生间及门口区域的清洁，50岁以下，身体健康，有健康证。", "李女士·店长", "2025-04-11", "已暂停"],
]


def gen05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in CSV_ROWS:
        w.writerow(r)
    (OUT / F05).write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# ----------------------------------------------------------------------------- sw06
HTML06 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入蜀味居 - 四川蜀味居餐饮管理有限公司</title>
<link rel="stylesheet" href="/static/iconfont.css">
</head>
<body>
<div class="topbar"><a href="/">首页</a> <a href="/menu">菜单</a> <a href="/stores">门店</a> <a href="/join">加入我们</a></div>
<div class="banner"><h1>加入蜀味居，一起把好火锅做好</h1><p>总部职能岗位热招中</p></div>
<div class="job-list">
  <div class="job-card" id="qc">
    <div class="job-head">
      <span class="job-name">品控专员</span>
      <span class="job-salary">7-9K</span>
    </div>
    <div class="job-meta">
      <span><i class="icon icon-location"></i>成都·总部品控中心</span>
      <span><i class="icon icon-edu"></i>本科</span>
      <span><i class="icon icon-exp"></i>2年以上</span>
    </div>
    <div class="job-body">
      <div class="job-sec-title">你将负责</div>
      <div class="job-item">按照公司品控标准对各门店进行每月至少一次的飞行检查，出具检查报告</div>
      <div class="job-item">抽检门店锅底、鲜切菜品和冷链原料，跟踪不合格项整改</div>
      <div class="job-item">审核供应商资质与检验报告，参与供应商现场审核</div>
      <div class="job-item">组织食品安全事故的调查与处理，并提出预防措施</div>
      <div class="job-sec-title">我们希望你</div>
      <div class="job-item">食品科学与工程、食品质量与安全等相关专业本科</div>
      <div class="job-item">2年以上餐饮或食品企业品控经验，熟悉食品安全法规</div>
      <div class="job-item">持食品安全管理员证者优先</div>
      <div class="job-sec-title">直属上级</div>
      <div class="job-item">品控经理</div>
    </div>
  </div>
  <div class="job-card" id="px">
    <div class="job-head">
      <span class="job-name">培训专员</span>
      <span class="job-salary">6-8K·13薪</span>
    </div>
    <div class="job-meta">
      <span><i class="icon icon-location"></i>成都·总部人力资源部</span>
      <span><i class="icon icon-edu"></i>大专</span>
      <span><i class="icon icon-exp"></i>3年以上</span>
    </div>
    <div class="job-body">
      <div class="job-sec-title">你将负责</div>
      <div class="job-item">编写和更新门店各岗位的培训课件与操作视频</div>
      <div class="job-item">组织新员工入职培训和储备店长训练营，跟踪学员考核结果</div>
      <div class="job-item">每季度到门店开展服务技能巡回培训</div>
      <div class="job-item">建立员工培训档案，统计培训完成率</div>
      <div class="job-sec-title">我们希望你</div>
      <div class="job-item">大专及以上学历，人力资源、旅游管理等专业优先</div>
      <div class="job-item">3年以上连锁餐饮培训或门店管理经验</div>
      <div class="job-item">普通话标准，有良好的表达与授课能力</div>
      <div class="job-sec-title">直属上级</div>
      <div class="job-item">人力资源经理</div>
    </div>
  </div>
</div>
<div class="benefit">
  <div class="ben-title">我们的福利</div>
  <div class="ben-item"><i class="icon icon-shield"></i>五险一金</div>
  <div class="ben-item"><i class="icon icon-food"></i>员工餐</div>
  <div class="ben-item"><i class="icon icon-gift"></i>生日福利</div>
</div>
<div class="footer">简历投递：hr@shuweiju.example.com　｜　© 2025 四川蜀味居餐饮管理有限公司</div>
</body>
</html>
"""


# ----------------------------------------------------------------------------- sw07
TXT07 = """　　　　　　　　　　　四川蜀味居餐饮管理有限公司
　　　　　　　　　　　　　门店店长岗位说明

文件编号：ＳＷＪ－ＨＲ－０１２　　　　版本：２０２５版

一、岗位基本信息
　　岗位名称：门店店长
　　所属部门：营运中心（门店）
　　直接上级：区域经理
　　直接下级：前厅经理、厨师长
　　工作地点：公司在成都、重庆、西安、长沙的各直营门店

二、岗位目的
　　全面负责门店的经营与管理，确保门店达成公司下达的营业额、利润和顾客满意度目标，把「蜀味居」的品牌标准落实到每一桌。

三、岗位职责
　　１．　根据公司下达的年度经营目标，制定门店月度经营计划并组织实施；
　　２．　全面负责门店「人、财、物」的管理，控制食材成本、人力成本和能耗费用；
　　３．　每日召开班前会，检查前厅服务、后厨出品和环境卫生，落实「三检制度」；
　　４．　负责门店员工的招聘面试、排班审批、绩效考核及储备干部培养；
　　５．　负责门店食品安全、消防安全和治安管理，是门店安全第一责任人；
　　６．　处理重大顾客投诉及突发事件，维护与商场、街道、市场监管等部门的关系；
　　７．　按时向区域经理提交经营日报、周报及月度经营分析。

四、任职资格
　　１．　学历：高中或中专及以上，大专优先；
　　２．　经验：３年以上餐饮门店管理经验，其中１年以上火锅门店前厅经理或店长经验；
　　３．　证书：持健康证，持「食品安全管理员」证书者优先；
　　４．　能力：具备良好的成本意识、沟通协调能力和团队带教能力，能承受较大工作压力。

五、薪酬待遇
　　底薪＋绩效＋季度利润分红，综合月收入约１．２万－１．８万元（视门店类型）；入职满一年可参加公司「店长合伙人计划」。

六、工作时间
　　实行综合工时制，每月休息４天，节假日需在店值守。

　　　　　　　　　　　　　　　　　　　　人力资源部　２０２５年２月修订
"""


# ----------------------------------------------------------------------------- sw08 (PDF)
LEVELS = [
    ("L1", "学徒", "无", "新入职员工，年满18周岁，持有效健康证；完成3天入职培训并通过考核"),
    ("L2", "服务员", "学徒期满1个月", "通过服务七步曲实操考核，无有效投诉"),
    ("L3", "领班", "任服务员满6个月", "月度绩效连续3个月B级以上，能独立带新人，通过领班笔试"),
    ("L4", "主管", "任领班满1年", "完成储备干部培训，熟悉排班和成本报表，绩效A级不少于2次"),
    ("L5", "店长", "任主管满1年", "通过储备店长训练营考核和区域经理面试，有完整的开店或接店经历"),
]


def gen08():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    f = "STSong-Light"
    h = ParagraphStyle("h", fontName=f, fontSize=16, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=f, fontSize=12, leading=18, spaceBefore=8)
    b = ParagraphStyle("b", fontName=f, fontSize=10, leading=15)
    cell = ParagraphStyle("c", fontName=f, fontSize=9, leading=13)
    story = [Paragraph("蜀味居门店员工晋升通道及任职要求", h), Spacer(1, 6),
             Paragraph("适用范围：公司各直营门店前厅员工。后厨员工晋升通道为：学徒→配菜员→锅底师傅→厨师长，另行规定。", b),
             Paragraph("一、晋升通道", h2),
             Paragraph("学徒 → 服务员 → 领班 → 主管 → 店长", b),
             Paragraph("二、各级任职要求", h2)]
    data = [[Paragraph(x, cell) for x in ("级别", "岗位", "任职年限", "晋升条件")]]
    for lv in LEVELS:
        data.append([Paragraph(x, cell) for x in lv])
    t = Table(data, colWidths=[30, 50, 90, 300])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    story += [Paragraph("三、晋升程序", h2),
              Paragraph("1. 员工本人申请或直接上级推荐，填写《晋升申请表》；", b),
              Paragraph("2. 门店店长初审，区域经理复审，主管及以上岗位由营运总监审批；", b),
              Paragraph("3. 晋升人员设1个月考察期，考察期满合格后调整薪资。", b),
              Paragraph("四、薪资调整", h2),
              Paragraph("每晋升一级，基本工资上调300-800元，具体标准见当年薪酬方案。", b)]
    doc = SimpleDocTemplate(str(OUT / F08), pagesize=A4, title="晋升通道", author="蜀味居人力资源部",
                            creator="蜀味居", producer="reportlab", invariant=1)
    doc.build(story)


# ----------------------------------------------------------------------------- sw09
def gen09():
    d = docx.Document()
    fixed_core(d, "员工手册节选")
    d.add_heading("蜀味居员工手册（节选）", level=0)
    d.add_paragraph("第三章　试用期与转正　　第五章　排班与考勤")
    d.add_heading("第三章　试用期与转正", level=1)
    for s in [
        "第十一条　新员工试用期为1个月至3个月：门店一线员工（服务员、传菜员、配菜员、洗碗工等）试用期1个月，"
        "领班、收银员试用期2个月，主管及以上和总部职能岗位试用期3个月。",
        "第十二条　试用期工资不低于转正工资的80%，且不低于当地最低工资标准。",
        "第十三条　试用期满前5天，由直接上级填写《转正评估表》，考核合格的按期转正；表现突出的可申请提前转正。",
        "第十四条　试用期内员工无法通过岗位技能考核的，公司可依法解除劳动合同。",
    ]:
        d.add_paragraph(s)
    d.add_heading("第五章　排班与考勤", level=1)
    for s in [
        "第二十一条　门店实行排班制，班次分为早班、晚班和通班，具体时间如下表：",
    ]:
        d.add_paragraph(s)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, x in enumerate(["班次", "时间", "适用岗位"]):
        t.rows[0].cells[j].text = x
    for row in [("早班", "09:30-15:00，17:00-21:00", "服务员、配菜员、锅底师傅"),
                ("晚班", "16:00-次日02:00", "服务员、传菜员、收银员、洗碗工"),
                ("通班", "10:00-22:00（中间休息3小时）", "领班、前厅经理")]:
        c = t.add_row().cells
        for j, x in enumerate(row):
            c[j].text = x
    for s in [
        "第二十二条　门店排班表由前厅经理（后厨由厨师长）于每周四前编制，经店长审批后在员工群公布。",
        "第二十三条　员工每月休息4天，周五、周六及法定节假日原则上不安排休息，确需调休的须提前3天申请。",
        "第二十四条　员工换班须双方自愿并经领班同意，每月换班不超过3次。",
        "第二十五条　上班须提前15分钟到岗参加班前会，迟到15分钟以内记迟到一次，超过30分钟按旷工半天处理。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("（第四章　薪酬福利、第六章　奖惩另行发布）")
    d.save(OUT / F09)


# ----------------------------------------------------------------------------- sw10
MD10 = """# 蜀味居组织架构（2025年4月）

- 董事长
  - 总经理
    - 营运中心（营运总监）
      - 成都区域（区域经理）
        - 春熙路店、环球中心店、宽窄巷子店（店长）
          - 前厅：前厅经理 → 领班 → 服务员 / 传菜员；收银员；迎宾员
          - 后厨：厨师长 → 锅底师傅 / 配菜员 / 洗碗工
      - 重庆区域（区域经理）
        - 解放碑店、观音桥店（店长）
      - 西安及长沙区域（区域经理）
        - 大雁塔店、五一广场店（店长）
      - 外卖运营组（外卖专员）
    - 品控中心（品控经理）
      - 品控专员
    - 采购部（采购经理）
      - 采购专员
    - 人力资源部（人力资源经理）
      - 招聘专员、培训专员、薪酬专员
    - 财务部（财务经理）
      - 会计、出纳
    - 中央厨房（厂长）
      - 生产组、仓储物流组

说明：门店保洁工作由洗碗工兼任或外包，旗舰店可单设保洁员。
"""


def main():
    gen01()
    (OUT / F02).write_text(MD02, encoding="utf-8")
    gen03()
    gen04()
    gen05()
    (OUT / F06).write_text(HTML06, encoding="utf-8")
    (OUT / F07).write_text(TXT07, encoding="utf-8")
    gen08()
    gen09()
    (OUT / F10).write_text(MD10, encoding="utf-8")
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
