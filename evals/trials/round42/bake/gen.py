"""Round 42 blind trial "bake": 麦香里烘焙 (a bakery chain with a central kitchen).

Writes 10 HR documents to $T42_OUT (default /tmp/t42bake/corpus):

  01_门店岗位说明书汇编_V3.docx   posts under numbered headings, a middle-dot meta line per post
                                  ("门店运营部 · 汇报对象：… · 定编：…"), a 序号 | 工作职责 | 考核标准 table,
                                  a 类别 | 项目 | 要求 table whose 类别 (必备条件 / 优先条件) is merged down,
                                  a real tracked change (w:del / w:ins) in one cell, header + footer,
                                  a named-only post (咖啡师) and 门店学徒 named only as a subordinate
  02_中央工厂岗位手册.docx         clause-numbered handbook, one 项目 | 内容 table per post whose 班次 and
                                  岗位职责 cells hold nested tables, an 【编者注】 note, a "略" post
  03_KPI指标库_2025.xlsx          one sheet per department family; posts stacked as blocks whose merged title
                                  row names the post; 维度 merged down; 绿灯/黄灯/红灯 threshold columns;
                                  合计 rows as =SUM formulas; a retired "2024版（停用）" sheet
  04_岗位目录与薪酬.xlsx           three sheets joined only by 岗位编码 (目录 with 上级 as a code,
                                  任职要求, 薪酬与班次 with 班次 as codes and a legend block)
  05_岗位职责清单导出.csv          long format: one duty per row, post repeated, 状态 启用/停用, CRLF
  06_社会招聘.html                 one <table>: two-row header (任职要求 colspan), 部门 cells rowspan over
                                  posts, <ol> lists inside cells, <tfoot> note
  07_食品安全岗位责任制.pdf        reportlab; running header/footer, 第N条 clauses, a KPI table with an
                                  一票否决 row, an appendix with the superseded 2023 driver duties
  08_岗位调整会议纪要.md           Markdown minutes whose changes are ```diff fenced blocks
  09_区域督导工作规范.txt          GBK, CRLF, ㈠㈡ parts and ⒈⒉ items (enclosed numerals)
  10_员工考勤与排班管理制度.txt    UTF-16 (LE, BOM) policy, a distractor

Run: T42_OUT=/tmp/t42bake/corpus /tmp/genv/bin/python gen.py
"""
from __future__ import annotations

import copy
import csv
import io
import os
from pathlib import Path

OUT = Path(os.environ.get("T42_OUT", "/tmp/t42bake/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
CO = "苏州麦香里食品有限公司"

# =============================================================================== 01 docx
def gen_store_docx() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{CO}　　受控文件　MXL-HR-JD-003　V3.0"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "人力资源部编制　2025年5月发布　未经许可不得外传"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = d.add_paragraph("麦香里烘焙门店岗位说明书汇编（第三版）")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    t.runs[0].font.size = Pt(16)
    d.add_heading("一、说明", level=1)
    d.add_paragraph("1. 本汇编适用于麦香里烘焙苏州、无锡区域全部直营门店，自2025年5月1日起执行，原第二版同时废止。")
    d.add_paragraph("2. 门店标准编制为：门店店长1人、裱花师1–2人、面包师2–3人、收银员2人、门店学徒若干。"
                    "2025年起部分旗舰店试点设置咖啡师岗位，其岗位说明书另行发布。")
    d.add_paragraph("3. 各岗位薪酬、班次代码与工作地点以《岗位目录与薪酬》为准；考核指标以《KPI指标库》为准。")
    d.add_heading("二、岗位说明", level=1)

    def meta(text: str) -> None:
        p = d.add_paragraph()
        r = p.add_run(text)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        r.italic = True

    def duty_table(rows):
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["序号", "工作职责", "考核标准"]):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for i, (duty, std) in enumerate(rows, 1):
            cells = tb.add_row().cells
            cells[0].text = str(i)
            cells[1].text = duty
            cells[2].text = std
        return tb

    def qual_table(must, plus):
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for c, h in zip(tb.rows[0].cells, ["类别", "项目", "要求"]):
            c.text = h
            c.paragraphs[0].runs[0].bold = True
        for group, rows in (("必备条件", must), ("优先条件", plus)):
            first = None
            for item, req in rows:
                cells = tb.add_row().cells
                cells[1].text = item
                cells[2].text = req
                if first is None:
                    first = cells[0]
                    first.text = group
                last = cells[0]
            if last is not first:
                first.merge(last)
                # merge() keeps the first text only
        return tb

    posts = [
        dict(
            h="2.1 门店店长（Store Manager）",
            meta="门店运营部 · 汇报对象：区域督导 · 直接下属：裱花师、面包师、收银员、门店学徒 · 定编：1人/店 · 岗位编码 MD-01",
            purpose="岗位目的：全面负责门店营运、人员与食品安全，完成门店销售与利润目标。",
            duties=[
                ("负责门店日常营运管理，按公司标准执行开店、闭店流程", "开闭店检查表每日100%填写"),
                ("根据销售预测制定每日出品计划与订货计划，于每日14:00前向中央工厂下达次日订单", "订货准确率≥95%"),
                ("负责门店排班、考勤及员工培训，带教新员工", "新员工7日内完成岗前培训"),
                ("监督门店食品安全与卫生，每日检查临期产品处理和报损登记", "食品安全检查得分≥95分"),
                ("处理顾客投诉与退换货，维护门店口碑", "投诉24小时内回复"),
                ("负责门店损耗控制与月度盘点", "损耗率≤3.5%"),
                ("配合会员活动在门店落地，提升会员消费占比", "会员消费占比≥60%"),
            ],
            must=[("学历", "大专及以上学历"), ("经验", "3年以上烘焙或餐饮零售门店管理经验，其中至少1年店长经验"),
                  ("证书", "持有效健康证")],
            plus=[("专业", "食品、酒店管理、市场营销类专业优先"), ("证书", "持食品安全管理员证者优先")],
            cond="工作条件：做六休一，早晚两班轮值（班次代码见《岗位目录与薪酬》）；需承担门店现金安全责任。",
        ),
        dict(
            h="2.2 裱花师（Cake Decorator）",
            meta="门店运营部（门店裱花间） · 汇报对象：门店店长 · 直接下属：无 · 定编：1–2人/店 · 岗位编码 MD-03",
            purpose="岗位目的：按订单和出品标准完成蛋糕裱花与装饰，保证定制蛋糕准时、美观、安全交付。",
            duties=[
                ("根据订单完成生日蛋糕、定制蛋糕的裱花与装饰", "裱花出品合格率≥98%"),
                ("核对蛋糕订单信息（尺寸、口味、祝福语、取货时间），确保按时出品", "订单准时交付率≥99%"),
                ("负责奶油、水果等裱花原料的领用、解冻与保存，遵守先进先出原则", "原料过期0次"),
                ("保持裱花间清洁消毒，每班记录冷藏柜温度", "温度记录完整"),
                ("参与新款蛋糕试做并向研发中心反馈意见", "每季度至少1次"),
                ("带教门店裱花学徒", "学徒3个月内可独立出品"),
            ],
            must=[("学历", "中专/高中及以上学历"), ("经验", "@TRACK@"),
                  ("技能", "熟练掌握奶油裱花、翻糖、巧克力淋面等技法，具备一定美术功底"), ("证书", "持有效健康证")],
            plus=[("证书", "持西式面点师（中级）及以上职业资格证书者优先"), ("专业", "西点、烘焙相关专业优先")],
            cond="工作条件：早班或中班，节假日订单高峰需服从门店加班安排。",
        ),
        dict(
            h="2.3 面包师（门店现烤）",
            meta="门店运营部 · 汇报对象：门店店长 · 直接下属：无 · 定编：2–3人/店 · 岗位编码 MD-04",
            purpose="岗位目的：完成门店现烤面包的生产与出炉，保证产品新鲜度与口感。",
            duties=[
                ("按出品计划完成门店现烤面包的整形、醒发与烘烤", "出品计划完成率≥98%"),
                ("接收中央工厂配送的冷冻面团，按规范解冻、醒发", "解冻记录完整"),
                ("控制烤箱温度与烘烤时间，确保出品色泽和口感符合标准", "出品抽检合格"),
                ("记录每批次出炉时间，执行“出炉4小时”陈列规定，超时产品下架", "超时陈列0次"),
                ("负责烤箱、醒发箱等设备的日常清洁与简单保养", "设备点检表每日填写"),
            ],
            must=[("学历", "初中及以上学历"), ("经验", "1年以上面包制作经验，烘焙专业应届毕业生亦可"),
                  ("证书", "持有效健康证")],
            plus=[("证书", "持中式面点师或西式面点师证书者优先")],
            cond="工作条件：早班，需5:30到岗（详见岗位调整会议纪要）。",
        ),
        dict(
            h="2.4 收银员",
            meta="门店运营部 · 汇报对象：门店店长 · 直接下属：无 · 定编：2人/店 · 岗位编码 MD-05",
            purpose="岗位目的：准确、高效完成收银结算，推广会员与储值业务。",
            duties=[
                ("负责门店收银结算、开具发票，确保账款相符", "长短款0次"),
                ("引导顾客注册会员、推广储值卡", "每班会员注册≥10人"),
                ("负责前厅陈列补货及产品介绍", "陈列符合标准图"),
                ("交接班时清点备用金并填写交接记录", "交接记录100%"),
                ("维护收银台及前厅整洁", "卫生检查合格"),
            ],
            must=[("学历", "高中/中专及以上学历"), ("技能", "熟练使用POS收银系统，普通话标准"),
                  ("证书", "持有效健康证")],
            plus=[("经验", "有零售或餐饮收银经验者优先")],
            cond="工作条件：早班或晚班轮换。",
        ),
    ]

    for p in posts:
        d.add_heading(p["h"], level=2)
        meta(p["meta"])
        d.add_paragraph(p["purpose"])
        d.add_paragraph("（一）岗位职责")
        duty_table(p["duties"])
        d.add_paragraph("（二）任职资格")
        tb = qual_table(p["must"], p["plus"])
        # tracked change inside the 裱花师 经验 cell
        for row in tb.rows:
            if row.cells[2].text == "@TRACK@":
                para = row.cells[2].paragraphs[0]
                for r in list(para.runs):
                    r._r.getparent().remove(r._r)
                def run(text, tag_t="w:t"):
                    r = OxmlElement("w:r")
                    t = OxmlElement(tag_t)
                    t.set(qn("xml:space"), "preserve")
                    t.text = text
                    r.append(t)
                    return r
                dele = OxmlElement("w:del")
                for k, v in (("w:id", "1"), ("w:author", "HR-王敏"), ("w:date", "2025-04-20T10:00:00Z")):
                    dele.set(qn(k), v)
                dele.append(run("1年以上", "w:delText"))
                ins = OxmlElement("w:ins")
                for k, v in (("w:id", "2"), ("w:author", "HR-王敏"), ("w:date", "2025-04-20T10:00:00Z")):
                    ins.set(qn(k), v)
                ins.append(run("2年以上"))
                para._p.append(dele)
                para._p.append(ins)
                para._p.append(run("蛋糕裱花工作经验，能独立完成定制蛋糕"))
        d.add_paragraph(p["cond"])
    d.add_paragraph("附：门店学徒由门店店长根据带教计划安排，不单独设岗位说明书。")
    d.save(OUT / "01_门店岗位说明书汇编_V3.docx")


# =============================================================================== 02 docx
def gen_factory_docx() -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "麦香里中央工厂　管理手册　第5章"
    d.sections[0].footer.paragraphs[0].text = "文件编号 MXL-CF-HB-05　2025版"
    t = d.add_paragraph("中央工厂岗位手册（第5章　岗位与职责）")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    d.add_paragraph("5.1 总则")
    d.add_paragraph("5.1.1 中央工厂位于苏州市相城区，设生产部、品控部、仓储部，负责全部门店冷冻面团、蛋糕胚及馅料的集中生产。")
    d.add_paragraph("5.1.2 工厂另设工艺员岗位，由研发中心派驻，本手册不作规定。")

    def fact_table(rows):
        tb = d.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for k, v in rows:
            cells = tb.add_row().cells
            cells[0].text = k
            if isinstance(v, str):
                cells[1].text = v
            else:
                header, body = v
                cells[1].text = ""
                inner = cells[1].add_table(rows=1, cols=len(header))
                inner.style = "Table Grid"
                for c, h in zip(inner.rows[0].cells, header):
                    c.text = h
                for r in body:
                    rc = inner.add_row().cells
                    for c, x in zip(rc, r):
                        c.text = x
        return tb

    d.add_paragraph("5.2 中央工厂质检员")
    fact_table([
        ("岗位编码", "CF-QC-02"),
        ("所属部门", "中央工厂品控部"),
        ("直接上级", "品控主管"),
        ("直接下级", "无"),
        ("岗位职责", (["检验环节", "工作内容", "频次"], [
            ["原辅料入厂", "负责原辅料入厂检验，核查供应商检验报告及票证", "每批"],
            ["生产过程", "执行生产过程巡检，监控烘烤中心温度、金属检测等关键控制点（CCP）", "每2小时"],
            ["成品出厂", "负责成品出厂检验与留样，填写检验记录", "每批"],
            ["实验室", "开展菌落总数、大肠菌群等微生物及水分、酸价等理化指标检测", "每日"],
            ["不合格品", "对不合格品进行标识、隔离，并跟踪评审处置结果", "发生时"],
            ["客诉追溯", "参与客诉产品的批次追溯调查", "发生时"],
        ])),
        ("学历专业", "大专及以上，食品科学与工程、食品质量与安全、生物工程等相关专业"),
        ("工作经验", "1年以上食品工厂质检或化验工作经验"),
        ("证书", "持有效健康证；持食品检验工（中级）证书或ISO22000内审员证书者优先"),
        ("班次", (["班别", "时间"], [["早班", "6:00–14:00"], ["中班", "14:00–22:00"], ["夜班", "22:00–次日6:00"]])),
        ("备注", "三班倒，每周轮换一次。"),
    ])
    d.add_paragraph("【编者注】质检员夜班期间如发现CCP偏离，应立即通知当班生产班组长并电话报告品控主管。")

    d.add_paragraph("5.3 生产操作工")
    fact_table([
        ("岗位编码", "CF-SC-03"),
        ("所属部门", "中央工厂生产部"),
        ("直接上级", "生产班组长"),
        ("直接下级", "无"),
        ("岗位职责", (["序号", "工作内容"], [
            ["1", "按生产计划完成面团搅拌、分割、整形及速冻"],
            ["2", "遵守GMP卫生规范，进出车间按规定洗手、消毒、更衣"],
            ["3", "如实填写生产批次记录及投料记录"],
            ["4", "负责所在工位设备的清洁与点检"],
        ])),
        ("学历专业", "初中及以上，专业不限"),
        ("工作经验", "不限，有食品厂流水线经验者优先"),
        ("证书", "持有效健康证"),
        ("班次", (["班别", "时间"], [["白班", "8:00–20:00"], ["夜班", "20:00–次日8:00"]])),
        ("备注", "两班倒，做四休二。"),
    ])

    d.add_paragraph("5.4 仓储管理员")
    d.add_paragraph("岗位职责：略（另见《仓储管理制度》）。")
    d.add_paragraph("任职资格：略。")
    d.add_paragraph("5.5 附则：本章由中央工厂厂长办公室负责解释。")
    d.save(OUT / "02_中央工厂岗位手册.docx")


# =============================================================================== 03 xlsx KPI
KPI = {
    "门店类": [
        ("门店店长（MD-01）", "月度", [
            ("经营结果", "门店销售额达成率", 0.30, "≥100%", "≥100%", "90%–100%", "<90%", "实际销售额÷目标销售额×100%"),
            ("经营结果", "毛利率", 0.15, "≥62%", "≥62%", "58%–62%", "<58%", "(销售额−成本)÷销售额×100%"),
            ("运营管控", "损耗率", 0.20, "≤3.5%", "≤3.5%", "3.5%–5%", ">5%", "报损金额÷销售额×100%"),
            ("运营管控", "食品安全检查得分", 0.15, "≥95分", "≥95", "85–95", "<85", "食品安全部飞行检查得分"),
            ("客户", "顾客满意度", 0.10, "≥90分", "≥90", "80–90", "<80", "神秘顾客及线上评价综合得分"),
            ("客户", "会员消费占比", 0.10, "≥60%", "≥60%", "50%–60%", "<50%", "会员消费额÷门店销售额×100%"),
        ]),
        ("裱花师（MD-03）", "月度", [
            ("质量交付", "订单准时交付率", 0.30, "≥99%", "≥99%", "97%–99%", "<97%", "准时交付订单数÷总订单数×100%"),
            ("质量交付", "蛋糕客诉率", 0.25, "≤0.5%", "≤0.5%", "0.5%–1%", ">1%", "蛋糕类有效客诉单数÷蛋糕订单数×100%"),
            ("质量交付", "裱花出品合格率", 0.25, "≥98%", "≥98%", "95%–98%", "<95%", "抽检合格数÷抽检数×100%"),
            ("成本卫生", "原料损耗率", 0.10, "≤2%", "≤2%", "2%–3%", ">3%", "裱花原料报损金额÷领用金额×100%"),
            ("成本卫生", "裱花间卫生检查得分", 0.10, "≥90分", "≥90", "80–90", "<80", "店长周检得分平均"),
        ]),
    ],
    "工厂与物流": [
        ("中央工厂质检员（CF-QC-02）", "月度", [
            ("检验质量", "检验及时率", 0.25, "100%", "100%", "98%–100%", "<98%", "按时完成检验批次÷应检批次×100%"),
            ("检验质量", "漏检次数", 0.25, "0次", "0次", "1次", "≥2次", "经追溯确认的漏检次数"),
            ("记录管理", "检验记录完整率", 0.20, "100%", "100%", "95%–100%", "<95%", "完整记录份数÷应填记录份数×100%"),
            ("记录管理", "留样执行率", 0.15, "100%", "100%", "—", "<100%", "实际留样批次÷应留样批次×100%"),
            ("过程处置", "不合格品处置及时率", 0.15, "≥95%", "≥95%", "90%–95%", "<90%", "24小时内完成标识隔离的批次÷不合格批次"),
        ]),
        ("冷链配送司机（WL-02）", "月度", [
            ("配送服务", "准时送达率", 0.35, "≥98%", "≥98%", "95%–98%", "<95%", "按约定时间窗送达门次÷总配送门次×100%"),
            ("配送服务", "温控达标率", 0.30, "100%", "100%", "—", "<100%", "温度记录符合要求的趟次÷总趟次×100%"),
            ("配送服务", "货损率", 0.15, "≤0.3%", "≤0.3%", "0.3%–0.5%", ">0.5%", "货损金额÷配送货值×100%"),
            ("安全合规", "交通违章次数", 0.10, "0次", "0次", "1次", "≥2次", "当月交通违章记录"),
            ("安全合规", "周转箱回收率", 0.10, "≥99%", "≥99%", "97%–99%", "<97%", "回收周转箱数÷发出周转箱数×100%"),
        ]),
    ],
    "职能类": [
        ("研发烘焙师（YF-01）", "季度", [
            ("产品开发", "新品上市数量", 0.25, "每季度≥6款", "≥6款", "4–5款", "≤3款", "当季通过评审并上市的新品数"),
            ("产品开发", "新品销售贡献率", 0.25, "≥15%", "≥15%", "10%–15%", "<10%", "上市90天内新品销售额÷门店总销售额×100%"),
            ("转化落地", "量产转化成功率", 0.20, "≥90%", "≥90%", "80%–90%", "<80%", "一次量产试验通过的新品数÷试产新品数"),
            ("转化落地", "配方成本达标率", 0.15, "≥95%", "≥95%", "90%–95%", "<90%", "实际成本≤目标成本的新品数÷新品数"),
            ("赋能", "新品培训满意度", 0.15, "≥90分", "≥90", "80–90", "<80", "门店学员培训评分平均"),
        ]),
        ("区域督导（QY-01）", "月度", [
            ("区域经营", "区域销售达成率", 0.35, "≥100%", "≥100%", "95%–100%", "<95%", "辖区门店实际销售额÷目标×100%"),
            ("门店管控", "巡店覆盖率", 0.20, "100%", "100%", "90%–100%", "<90%", "实际巡店次数÷计划巡店次数×100%"),
            ("门店管控", "门店食品安全检查平均分", 0.20, "≥95分", "≥95", "90–95", "<90", "辖区门店飞行检查得分平均"),
            ("团队", "店长流失率", 0.15, "≤10%", "≤10%", "10%–20%", ">20%", "年化离职店长人数÷平均店长人数"),
            ("发展", "新店开业按期率", 0.10, "100%", "100%", "—", "<100%", "按计划日期开业的新店数÷计划开业数"),
        ]),
        ("会员运营专员（SC-03）", "月度", [
            ("会员增长", "新增会员数", 0.25, "≥8000人/月", "≥8000", "6000–8000", "<6000", "当月新注册会员数"),
            ("会员价值", "会员复购率", 0.30, "≥45%", "≥45%", "40%–45%", "<40%", "30天内再次消费会员数÷活跃会员数"),
            ("会员价值", "储值金额达成率", 0.20, "≥100%", "≥100%", "90%–100%", "<90%", "实际储值金额÷目标储值金额×100%"),
            ("私域运营", "社群活跃率", 0.15, "≥20%", "≥20%", "15%–20%", "<15%", "周发言会员数÷社群会员总数"),
            ("私域运营", "活动ROI", 0.10, "≥3", "≥3", "2–3", "<2", "活动带来销售额÷活动投入"),
        ]),
    ],
}
KPI_OLD = ("门店店长（MD-01）", "月度", [
    ("经营结果", "销售目标完成率", 0.40, "≥100%", "", "", "", "当月销售额÷当月销售目标"),
    ("运营管控", "报损率", 0.30, "≤5%", "", "", "", "报损金额÷营业额"),
    ("运营管控", "卫生检查得分", 0.20, "≥90分", "", "", "", "区域督导检查得分"),
    ("客户", "顾客投诉次数", 0.10, "≤2次", "", "", "", "有效投诉次数"),
])


def gen_kpi_xlsx() -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "使用说明"
    notes = [
        "麦香里烘焙 KPI指标库（2025版）",
        "1. 本库按岗位列出考核指标、权重、目标值及红黄绿灯区间，绿灯为达标，黄灯为预警，红灯为不达标。",
        "2. 各岗位权重合计须为100%；合计行为公式自动计算。",
        "3. 食品安全专员的考核见《食品安全岗位责任制》附表，不在本库。",
        "4. “2024版（停用）”工作表仅供追溯，不再使用。",
    ]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    head = ["考核维度", "指标名称", "权重", "目标值", "绿灯", "黄灯", "红灯", "计算公式"]
    green = PatternFill("solid", fgColor="C6EFCE")
    yellow = PatternFill("solid", fgColor="FFEB9C")
    red = PatternFill("solid", fgColor="FFC7CE")

    def block(ws, r, post, cycle, rows, weight_pct=True):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        c = ws.cell(r, 1, f"岗位：{post}　　考核周期：{cycle}")
        c.font = Font(bold=True, size=12)
        r += 1
        for j, h in enumerate(head, 1):
            ws.cell(r, j, h).font = Font(bold=True)
        r += 1
        first = r
        start_dim = r
        prev = None
        for dim, name, w, tgt, g, y, rd, f in rows:
            if prev is not None and dim != prev:
                if r - 1 > start_dim:
                    ws.merge_cells(start_row=start_dim, start_column=1, end_row=r - 1, end_column=1)
                start_dim = r
            if dim != prev:
                ws.cell(r, 1, dim).alignment = Alignment(vertical="center")
            prev = dim
            ws.cell(r, 2, name)
            cw = ws.cell(r, 3, w)
            cw.number_format = "0%"
            ws.cell(r, 4, tgt)
            ws.cell(r, 5, g).fill = green
            ws.cell(r, 6, y).fill = yellow
            ws.cell(r, 7, rd).fill = red
            ws.cell(r, 8, f)
            r += 1
        if r - 1 > start_dim:
            ws.merge_cells(start_row=start_dim, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r, 2, "合计")
        cs = ws.cell(r, 3, f"=SUM(C{first}:C{r-1})")
        cs.number_format = "0%"
        return r + 3

    for sheet, blocks in KPI.items():
        ws = wb.create_sheet(sheet)
        for col, wdt in zip("ABCDEFGH", (12, 22, 8, 14, 10, 12, 10, 44)):
            ws.column_dimensions[col].width = wdt
        r = 1
        for post, cycle, rows in blocks:
            r = block(ws, r, post, cycle, rows)
    ws = wb.create_sheet("2024版（停用）")
    ws.cell(1, 1, "2024版门店店长考核表（已于2025年1月停用，仅供追溯）")
    block(ws, 3, *KPI_OLD)
    wb.save(OUT / "03_KPI指标库_2025.xlsx")


# =============================================================================== 04 xlsx catalogue
CAT = [
    # code, name, dept, boss code, headcount
    ("QY-00", "区域运营经理", "区域运营部", "", "2"),
    ("QY-01", "区域督导", "区域运营部", "QY-00", "4"),
    ("MD-01", "门店店长", "门店运营部", "QY-01", "每店1人"),
    ("MD-03", "裱花师", "门店运营部", "MD-01", "每店1–2人"),
    ("MD-04", "面包师", "门店运营部", "MD-01", "每店2–3人"),
    ("MD-05", "收银员", "门店运营部", "MD-01", "每店2人"),
    ("CF-QC-01", "品控主管", "中央工厂品控部", "CF-00", "1"),
    ("CF-QC-02", "中央工厂质检员", "中央工厂品控部", "CF-QC-01", "6"),
    ("CF-SC-03", "生产操作工", "中央工厂生产部", "CF-SC-02", "40"),
    ("WL-01", "物流调度主管", "物流部", "", "1"),
    ("WL-02", "冷链配送司机", "物流部", "WL-01", "12"),
    ("YF-00", "研发经理", "研发中心", "", "1"),
    ("YF-01", "研发烘焙师", "研发中心", "YF-00", "4"),
    ("SP-00", "食品安全经理", "食品安全部", "", "1"),
    ("SP-01", "食品安全专员", "食品安全部", "SP-00", "3"),
    ("SC-00", "市场经理", "会员与市场部", "", "1"),
    ("SC-03", "会员运营专员", "会员与市场部", "SC-00", "2"),
]
REQ = [
    # code, edu, major, exp, cert
    ("QY-01", "大专及以上", "不限", "5年以上连锁零售或餐饮管理经验，其中2年以上多店管理经验", "C1驾驶证"),
    ("MD-01", "大专及以上", "不限", "3年以上门店管理经验", "健康证"),
    ("MD-03", "中专/高中及以上", "西点、烘焙相关优先", "2年以上裱花经验", "健康证"),
    ("MD-04", "初中及以上", "不限", "1年以上", "健康证"),
    ("MD-05", "高中/中专及以上", "不限", "不限", "健康证"),
    ("CF-QC-02", "大专及以上", "食品类相关专业", "1年以上", "健康证"),
    ("CF-SC-03", "初中及以上", "不限", "不限", "健康证"),
    ("WL-02", "初中及以上", "不限", "2年以上冷链或城市配送驾驶经验", "C1及以上驾驶证、健康证"),
    ("YF-01", "大专及以上", "烘焙工艺、食品科学相关专业", "3年以上烘焙产品研发经验", "西式面点师（高级）优先"),
    ("SP-01", "本科及以上", "食品科学、食品质量与安全", "2年以上食品安全管理经验", "食品安全管理员证"),
    ("SC-03", "本科及以上", "市场营销、电子商务等", "1年以上会员或私域运营经验", ""),
]
PAY = [
    # code, location, low, high, shift code, note
    ("QY-01", "苏州区、无锡区（每人负责8–12家门店）", 12500, 17000, "D", "另有季度绩效奖金"),
    ("MD-01", "苏州、无锡各直营门店", 8000, 12000, "S1/S2", "另有门店业绩奖金"),
    ("MD-03", "苏州、无锡各直营门店", 6200, 9000, "S1/S3", "另有计件提成"),
    ("MD-04", "苏州、无锡各直营门店", 5500, 7500, "S0", ""),
    ("MD-05", "苏州、无锡各直营门店", 4500, 5800, "S1/S2", ""),
    ("CF-QC-02", "苏州相城区中央工厂", 6000, 8200, "F3", "含夜班津贴"),
    ("CF-SC-03", "苏州相城区中央工厂", 5000, 6800, "F2", ""),
    ("WL-02", "苏州相城区中央工厂（出车基地）", 6500, 8500, "L1", "含里程补贴"),
    ("YF-01", "苏州总部研发中心", 10000, 15000, "D", ""),
    ("SP-01", "苏州总部（需经常到门店及中央工厂）", 8800, 11000, "D", ""),
    ("SC-03", "苏州总部", 7200, 10500, "D", "双休"),
]
SHIFTS = [
    ("D", "常白班 9:00–18:00"),
    ("S0", "门店早班 5:30–14:00"),
    ("S1", "门店早班 7:00–15:30"),
    ("S2", "门店晚班 13:30–22:00"),
    ("S3", "门店中班 11:30–20:00"),
    ("F2", "工厂两班倒 8:00–20:00 / 20:00–8:00"),
    ("F3", "工厂三班倒 6:00–14:00 / 14:00–22:00 / 22:00–6:00"),
    ("L1", "凌晨配送班 3:00–11:00"),
]


def gen_catalogue_xlsx() -> None:
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位目录"
    ws.append(["岗位编码", "岗位名称", "所属部门", "上级岗位编码", "定编人数"])
    for r in CAT:
        ws.append(list(r))
    ws2 = wb.create_sheet("任职要求")
    ws2.append(["岗位编码", "最低学历", "专业要求", "工作经验", "证书要求"])
    for r in REQ:
        ws2.append(list(r))
    ws3 = wb.create_sheet("薪酬与班次")
    ws3.append(["岗位编码", "工作地点", "月薪下限（元）", "月薪上限（元）", "班次代码", "备注"])
    for r in PAY:
        ws3.append(list(r))
        ws3.cell(ws3.max_row, 3).number_format = '"¥"#,##0'
        ws3.cell(ws3.max_row, 4).number_format = '"¥"#,##0'
    r0 = ws3.max_row + 3
    ws3.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=6)
    ws3.cell(r0, 1, "班次代码说明").font = Font(bold=True)
    for i, (code, desc) in enumerate(SHIFTS, 1):
        ws3.cell(r0 + i, 1, code)
        ws3.merge_cells(start_row=r0 + i, start_column=2, end_row=r0 + i, end_column=6)
        ws3.cell(r0 + i, 2, desc)
    for w in (ws, ws2, ws3):
        for col, wdt in zip("ABCDEF", (12, 30, 22, 40, 24, 16)):
            w.column_dimensions[col].width = wdt
    wb.save(OUT / "04_岗位目录与薪酬.xlsx")


# =============================================================================== 05 csv
DUTY_ROWS = [
    ("WL-02", "冷链配送司机", "1", "按配送线路和时间窗将产品从中央工厂准时配送至各门店", "每日", "启用"),
    ("WL-02", "冷链配送司机", "2", "出车前检查车辆及冷机，冷藏车厢预冷至0–4℃，冷冻车厢预冷至-18℃以下", "每趟", "启用"),
    ("WL-02", "冷链配送司机", "3", "配送途中每2小时记录一次车厢温度，温度异常立即报告物流调度主管", "每趟", "启用"),
    ("WL-02", "冷链配送司机", "3", "配送途中每4小时记录一次车厢温度", "每趟", "停用"),
    ("WL-02", "冷链配送司机", "4", "与门店办理交接签收，核对产品数量与温度记录", "每店", "启用"),
    ("WL-02", "冷链配送司机", "5", "回收门店周转箱并清洗消毒后归还中央工厂", "每日", "启用"),
    ("WL-02", "冷链配送司机", "6", "遵守交通法规，确保行车安全，按期完成车辆保养", "持续", "启用"),
    ("SC-03", "会员运营专员", "1", "负责会员体系（积分、等级、储值）规则的日常运营与维护", "持续", "启用"),
    ("SC-03", "会员运营专员", "2", "策划会员日、生日特权等会员营销活动，并跟踪活动效果", "每月", "启用"),
    ("SC-03", "会员运营专员", "3", "运营企业微信社群与小程序商城，提升会员复购", "每日", "启用"),
    ("SC-03", "会员运营专员", "4", "每周输出会员数据分析报告（活跃率、复购率、储值余额）", "每周", "启用"),
    ("SC-03", "会员运营专员", "5", "配合门店开展会员注册推广，培训收银员的会员话术", "每月", "启用"),
]


def gen_csv() -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["岗位编码", "岗位名称", "职责序号", "职责内容", "频次", "状态"])
    for r in DUTY_ROWS:
        w.writerow(r)
    (OUT / "05_岗位职责清单导出.csv").write_bytes(buf.getvalue().encode("utf-8"))


# =============================================================================== 06 html
def gen_html() -> None:
    def ol(items):
        return "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>"

    rows = [
        ("研发中心", [
            ("研发烘焙师", "1名",
             ["根据市场趋势及节日节点开发面包、蛋糕新品，每季度提交不少于6款新品方案",
              "编写产品配方、标准作业指导书（SOP）及出品图卡",
              "负责新品在中央工厂的量产转化试验",
              "核算新品成本，配合市场部定价",
              "对门店面包师、裱花师进行新品培训",
              "收集门店试销数据并持续优化配方"],
             "大专及以上，烘焙工艺、食品科学相关专业",
             "3年以上烘焙产品研发经验，有连锁品牌新品开发经验者优先",
             "西式面点师（高级）证书优先；对口味和流行趋势敏感",
             "10K–15K"),
        ]),
        ("会员与市场部", [
            ("会员运营专员", "1名",
             ["负责会员积分、等级、储值规则的运营", "策划会员营销活动", "运营企业微信社群与小程序"],
             "本科及以上，市场营销、电子商务等相关专业",
             "1年以上会员运营或私域运营经验",
             "熟练使用企业微信、小程序后台，Excel数据分析能力强",
             "7.2K–10.5K"),
        ]),
        ("物流部", [
            ("冷链配送司机", "3名",
             ["凌晨从中央工厂出车，完成苏州、无锡门店配送", "全程监控车厢温度"],
             "初中及以上",
             "2年以上冷链或城市配送驾驶经验，熟悉苏州、无锡路况",
             "持C1及以上驾驶证及健康证；年龄25–45周岁，无重大交通事故记录",
             "6.5K–8.5K"),
        ]),
    ]
    body = []
    places = {0: ("苏州总部（工业园区）", 2), 2: ("苏州相城区中央工厂", 1)}
    k = 0
    for dept, posts in rows:
        for i, (name, n, duties, edu, exp, other, pay) in enumerate(posts):
            tds = []
            if k in places:
                tds.append(f'<td rowspan="{places[k][1]}">{places[k][0]}</td>')
            k += 1
            tds.append(f"<td>{dept}</td>")
            tds.append(f"<td><strong>{name}</strong><br>招聘{n}</td>")
            tds.append(f"<td>{ol(duties)}</td>")
            tds.append(f"<td>{edu}</td>")
            tds.append(f"<td>{exp}</td>")
            tds.append(f"<td>{other}</td>")
            tds.append(f"<td>{pay}</td>")
            body.append("      <tr>\n        " + "\n        ".join(tds) + "\n      </tr>")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>社会招聘 - 麦香里烘焙</title>
<style>table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;padding:6px;vertical-align:top}}</style>
</head>
<body>
<header><a href="/">麦香里烘焙</a> &gt; 加入我们 &gt; 社会招聘</header>
<h1>2025年社会招聘岗位</h1>
<p>简历请投递至 hr@maixiangli.example.com，邮件标题注明“应聘岗位+姓名”。</p>
<table>
  <thead>
    <tr>
      <th rowspan="2">工作地点</th>
      <th rowspan="2">部门</th>
      <th rowspan="2">岗位</th>
      <th rowspan="2">岗位职责</th>
      <th colspan="3">任职要求</th>
      <th rowspan="2">月薪</th>
    </tr>
    <tr>
      <th>学历专业</th>
      <th>工作经验</th>
      <th>证书及其他</th>
    </tr>
  </thead>
  <tbody>
{chr(10).join(body)}
  </tbody>
  <tfoot>
    <tr><td colspan="8">注：门店岗位（店长、裱花师、面包师、收银员）请到各门店现场应聘，不在本页发布。</td></tr>
  </tfoot>
</table>
<footer>© 2025 {CO}</footer>
</body>
</html>
"""
    (OUT / "06_社会招聘.html").write_text(html, encoding="utf-8")


# =============================================================================== 07 pdf
def gen_pdf() -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(TTFont("wqy", FONT, subfontIndex=0))
    ps = ParagraphStyle("n", fontName="wqy", fontSize=10.5, leading=16, wordWrap="CJK")
    h1 = ParagraphStyle("h1", parent=ps, fontSize=16, leading=24, alignment=1)
    h2 = ParagraphStyle("h2", parent=ps, fontSize=12, leading=20, spaceBefore=6)
    cell = ParagraphStyle("c", parent=ps, fontSize=9.5, leading=13)

    def deco(canv, doc):
        canv.saveState()
        canv.setFont("wqy", 8)
        canv.drawString(20 * mm, A4[1] - 12 * mm, "麦香里烘焙　食品安全管理体系文件　MXL-FS-001")
        canv.drawRightString(A4[0] - 20 * mm, 10 * mm, f"第 {doc.page} 页")
        canv.restoreState()

    story = [Paragraph("食品安全岗位责任制（2025年版）", h1), Spacer(1, 6)]
    clauses = [
        ("第一章　总则", None),
        ("第一条　为落实食品安全主体责任，明确食品安全部各岗位职责，制定本制度。", "p"),
        ("第二条　本制度适用于食品安全部及其派驻中央工厂、门店的人员。", "p"),
        ("第二章　食品安全专员", None),
        ("第三条　食品安全专员隶属食品安全部，直接上级为食品安全经理，无直接下属，工作地点为苏州总部，需经常前往门店及中央工厂。", "p"),
        ("第四条　食品安全专员的主要职责：", "p"),
        ("（一）建立并维护公司HACCP食品安全管理体系文件；", "p"),
        ("（二）每月对门店开展食品安全飞行检查，覆盖率100%；", "p"),
        ("（三）组织全员食品安全培训与考核；", "p"),
        ("（四）处理食品安全类客诉及舆情，24小时内出具初步调查结论；", "p"),
        ("（五）对接市场监督管理部门的检查与抽检；", "p"),
        ("（六）监督采购部门完成供应商资质审核。", "p"),
        ("第五条　食品安全专员的任职条件：本科及以上学历，食品科学、食品质量与安全等相关专业；2年以上食品安全管理经验；必须持有食品安全管理员证，持HACCP内审员证书者优先。", "p"),
        ("第六条　食品安全专员按月考核，考核指标见下表。", "p"),
    ]
    for text, kind in clauses:
        story.append(Paragraph(text, h2 if kind is None else ps))
    data = [["序号", "考核指标", "权重", "目标值"],
            ["1", "飞行检查覆盖率", "30%", "100%"],
            ["2", "客诉处理时效", "25%", "24小时内100%"],
            ["3", "整改闭环率", "25%", "≥95%"],
            ["4", "培训覆盖率", "20%", "≥98%"],
            ["否决项", "重大食品安全事故", "一票否决", "0起"]]
    tb = Table([[Paragraph(c, cell) for c in r] for r in data], colWidths=[20 * mm, 60 * mm, 30 * mm, 50 * mm])
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke)]))
    story += [Spacer(1, 4), tb, Spacer(1, 8)]
    more = [
        ("第三章　其他岗位的食品安全责任", None),
        ("第七条　门店店长是门店食品安全第一责任人；中央工厂质检员负责工厂关键控制点的监控与记录。", "p"),
        ("第八条　本制度自2025年3月1日起施行。", "p"),
        ("附件：2023版冷链配送司机岗位职责（已废止，仅供追溯）", None),
        ("1. 凌晨4:00出车，12:00前完成全部门店配送。", "p"),
        ("2. 配送途中每4小时记录一次车厢温度。", "p"),
        ("3. 负责车辆日常清洗。", "p"),
    ]
    for text, kind in more:
        story.append(Paragraph(text, h2 if kind is None else ps))
    doc = SimpleDocTemplate(str(OUT / "07_食品安全岗位责任制.pdf"), pagesize=A4,
                            leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=18 * mm)
    doc.build(story, onFirstPage=deco, onLaterPages=deco)


# =============================================================================== 08 md
MD = """# 岗位调整会议纪要（2025年第3次）

- 时间：2025年4月18日 14:00
- 地点：苏州总部3楼会议室
- 参会：人力资源部、门店运营部、区域运营部
- 记录：王敏

## 一、议题

讨论门店岗位调整，修订《门店岗位说明书汇编》第二版。

## 二、决议

### 1. 撤销门店副店长岗位

门店副店长岗位撤销，其职责并入门店店长，店长直接管理门店全部员工。

```diff
- 门店店长 直接下属：门店副店长
+ 门店店长 直接下属：裱花师、面包师、收银员、门店学徒
```

### 2. 面包师班次提前

为保证早上7点开门时首批面包出炉，面包师早班提前半小时。

```diff
- 面包师 班次：早班 6:00–14:30
+ 面包师 班次：早班 5:30–14:00
```

### 3. 裱花师经验要求提高

```diff
- 裱花师 经验：1年以上蛋糕裱花经验
+ 裱花师 经验：2年以上蛋糕裱花经验，能独立完成定制蛋糕
```

### 4. 收银员更名

原“收银/前厅服务员”统一更名为“收银员”，职责不变。

## 三、待办

| 事项 | 负责人 | 完成时间 |
|---|---|---|
| 发布第三版岗位说明书 | 人力资源部 | 2025-05-01 |
| 更新门店排班表 | 各门店店长 | 2025-04-30 |
| 外卖专员岗位是否设立 | 门店运营部 | 待定 |
"""


def gen_md() -> None:
    (OUT / "08_岗位调整会议纪要.md").write_text(MD, encoding="utf-8")


# =============================================================================== 09 gbk txt
GBK_TXT = """麦香里烘焙　区域督导工作规范
（区域运营部　2025年修订）

一、岗位概况
岗位名称：区域督导
所属部门：区域运营部
直接上级：区域运营经理
管理范围：辖区内8–12家门店的门店店长
任职要求：大专及以上学历；5年以上连锁零售或餐饮管理经验，其中2年以上多店管理经验；持C1驾驶证，能适应频繁出差。

二、工作职责
㈠　巡店管理
　⒈　每周对辖区每家门店巡店不少于2次，按《巡店检查表》逐项评分；
　⒉　检查门店食品安全、产品陈列、服务标准的执行情况，发现问题当场开具整改单。
㈡　经营辅导
　⒊　协助门店店长分析销售数据，共同制定业绩改善计划；
　⒋　每周一组织区域店长例会，通报上周经营情况。
㈢　新店筹建
　⒌　参与新店选址评估，负责新店开业筹备及开业首月驻店指导。
㈣　人员考核
　⒍　每月对辖区门店店长进行绩效评分，提出店长任免建议。

三、工作纪律
巡店须提前不超过1小时通知门店，每季度至少进行1次不打招呼的暗访。
"""


def gen_gbk() -> None:
    (OUT / "09_区域督导工作规范.txt").write_bytes(GBK_TXT.replace("\n", "\r\n").encode("gbk"))


# =============================================================================== 10 utf-16 policy
POLICY = """员工考勤与排班管理制度

第一条　目的：规范全体员工的考勤与排班管理。
第二条　门店及中央工厂实行综合计算工时制，具体班次由各部门按经营需要编排，排班表须提前一周公布。
第三条　员工应按时打卡，迟到、早退30分钟以内的，每次扣款20元。
第四条　员工请病假须提供医院证明，事假须提前一天申请。
第五条　加班须经部门负责人审批，加班工资按国家相关规定执行。
第六条　所有接触直接入口食品的员工须持有效健康证上岗，健康证到期前一个月须复检。
第七条　本制度由人力资源部负责解释，自2025年1月1日起施行。
"""


def gen_policy() -> None:
    (OUT / "10_员工考勤与排班管理制度.txt").write_bytes(POLICY.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    gen_store_docx()
    gen_factory_docx()
    gen_kpi_xlsx()
    gen_catalogue_xlsx()
    gen_csv()
    gen_html()
    gen_pdf()
    gen_md()
    gen_gbk()
    gen_policy()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
