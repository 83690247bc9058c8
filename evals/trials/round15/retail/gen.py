#!/usr/bin/env python3
"""Round 15 trial corpus: 联鲜超市 (regional supermarket chain: 大卖场 + 联鲜邻里社区店 + 生鲜配送中心).

    T15_OUT=/tmp/t15r python evals/trials/round15/retail/gen.py   ->  /tmp/t15r/corpus/ (11 files)

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts:
  lx01 docx  one 2-column "项目 | 内容" table per post, section rows ("一、基本信息", "三、岗位职责" ...)
             merged across both columns, duties one per row with "职责一/职责二" labels, purpose as a
             merged full-width row
  lx02 docx  post name as a Heading, a 4-column info grid (label|value|label|value), then
             "工作职责：" with "（1）" paragraphs and "任职条件：" with "◆" paragraphs
  lx03 xlsx  KPI library, one sheet per store type (大卖场 / 社区店 / 配送中心), merged title row,
             考核岗位 and 考核维度 vertically merged, weights as numbers with a percent format
  lx04 html  careers page: visible cards (one full, one short with "查看详情") plus a JSON-LD
             @graph of schema.org JobPosting objects holding the full descriptions
  lx05 csv   HR-system export, English column headers, multi-line quoted responsibilities
  lx06 pdf   employee handbook chapter (第四章 门店岗位规范), numbered sections, wrapped lines,
             embedded subset TrueType (Identity-H + ToUnicode)
  lx07 md    one heading per post, facts as nested bullets (基本信息 / 岗位职责 / 任职要求)
  lx08 txt   GBK, CRLF, "【岗位名称】xxx" bracket labels, one post named but "另行制定"
  lx09 xlsx  pay band sheet (岗位序列 merged, 月薪下限/上限 as numbers)
  lx10 md    org chart as a Mermaid flowchart code block
  lx11 txt   收银员 monthly appraisal rules, 一、二、 sections with numbered indicators
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T15_OUT", "/tmp/t15r")) / "corpus"
FIXED_DT = (2024, 3, 1, 9, 0, 0)
FIXED = datetime(2024, 3, 1, 9, 0, 0)
FONT_PATH = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def normalize_zip(path: Path) -> None:
    src = zipfile.ZipFile(path)
    members = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2024-03-01T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "联鲜超市人力资源部"
    props.last_modified_by = "联鲜超市人力资源部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== lx01 docx: 项目|内容 tables
LX01 = [
    {
        "no": "一",
        "basic": [("岗位名称", "大卖场店长"), ("所属部门", "门店营运部"), ("直接上级", "区域营运经理"),
                  ("直接下属", "副店长、生鲜主管、食百主管、收银主管、防损主管"), ("岗位定员", "每店1人")],
        "purpose": "全面负责大卖场的经营管理，完成公司下达的销售、毛利和损耗指标，保障门店安全、合规运营。",
        "duties": [
            "制定门店年度、月度经营计划，把销售和毛利指标分解到各部门并每周跟踪达成情况；",
            "审核门店订货、促销和价格执行，每月组织一次门店经营分析会；",
            "控制门店损耗，组织每季度一次全店盘点，对盘点差异超过0.5%的部门追查原因；",
            "负责门店人员编制、排班审批和绩效考核，主持部门主管的月度面谈；",
            "落实食品安全、消防安全和防损制度，发生重大客诉或安全事件时第一时间到场处理并上报营运管理中心；",
            "维护与商场物业、市场监管等外部单位的关系。",
        ],
        "qual": [("学历", "大专及以上学历，工商管理、市场营销等相关专业优先"),
                 ("工作经验", "8年以上零售行业工作经验，其中3年以上大卖场店长或副店长经验"),
                 ("证书", "持有食品安全管理员证"),
                 ("能力要求", "熟悉超市营运全流程和门店损益表分析，具备团队管理和危机处理能力")],
        "cond": [("工作地点", "常州市内各大卖场门店，服从公司调配"), ("工作时间", "综合工时制，节假日需轮值")],
    },
    {
        "no": "二",
        "basic": [("岗位名称", "副店长"), ("所属部门", "门店营运部"), ("直接上级", "大卖场店长"),
                  ("直接下属", "生鲜主管、食百主管、值班经理"), ("岗位定员", "每店1-2人")],
        "purpose": "协助店长管理门店日常营运，店长不在时代行店长职责。",
        "duties": [
            "协助店长落实经营计划，督导生鲜、食百两大部门的日常营运；",
            "负责门店早班开店和晚班闭店检查，填写《开闭店检查表》；",
            "编制门店月度排班表，报店长审批后执行；",
            "组织新员工入职培训和在岗员工的岗位技能培训，每月不少于2次；",
            "处理卖场顾客投诉，对无法现场解决的投诉转客服中心跟进；",
            "店长休假或外出期间代行店长职责。",
        ],
        "qual": [("学历", "大专及以上学历"),
                 ("工作经验", "5年以上超市工作经验，2年以上部门主管经验"),
                 ("证书", "食品安全管理员证优先"),
                 ("能力要求", "熟悉门店排班与人员管理，沟通协调能力强")],
        "cond": [("工作地点", "常州市内各大卖场门店"), ("工作时间", "早晚班轮换")],
    },
    {
        "no": "三",
        "basic": [("岗位名称", "生鲜主管"), ("所属部门", "门店生鲜部"), ("直接上级", "门店副店长"),
                  ("直接下属", "果蔬组长、肉禽组长、水产组长、熟食组长"), ("岗位定员", "每店1人")],
        "purpose": "负责门店生鲜区的订货、陈列、损耗与食品安全，提升生鲜销售和毛利。",
        "duties": [
            "根据销售预测和库存，每日16:00前向生鲜配送中心提交次日订货；",
            "按生鲜陈列标准督导果蔬、肉禽、水产、熟食各组的陈列和品质；",
            "控制生鲜损耗，每晚20:00后按出清规定对当日生鲜打折出清；",
            "监控冷柜和冷库温度，每2小时记录一次，发现异常立即报修；",
            "执行食品安全制度，检查员工健康证和生熟分区操作；",
            "培训和考核各生鲜组长。",
        ],
        "qual": [("学历", "中专及以上学历"),
                 ("工作经验", "5年以上生鲜工作经验，其中2年以上生鲜主管或组长经验"),
                 ("证书", "健康证、食品安全管理员证"),
                 ("能力要求", "熟悉果蔬、肉禽、水产的品质鉴别和加工工艺")],
        "cond": [("工作地点", "所在大卖场"), ("工作时间", "早班6:00到岗")],
    },
]


def lx01():
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    set_core(d.core_properties, "大卖场营运岗位说明书")
    h = d.add_paragraph()
    r = h.add_run("联鲜超市大卖场营运岗位说明书")
    r.bold = True
    r.font.size = Pt(16)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("编号：LX-HR-JD-2024-01　　版本：V2.0　　生效日期：2024年3月1日")
    for post in LX01:
        d.add_paragraph(f"岗位说明书（{post['no']}）")
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"

        def row(a, b):
            c = t.add_row().cells
            c[0].text = a
            c[1].text = b

        def section(title):
            c = t.add_row().cells
            m = c[0].merge(c[1])
            m.text = title
            m.paragraphs[0].runs[0].bold = True

        row("项目", "内容")
        section("一、基本信息")
        for a, b in post["basic"]:
            row(a, b)
        section("二、岗位目的")
        c = t.add_row().cells
        m = c[0].merge(c[1])
        m.text = post["purpose"]
        section("三、岗位职责")
        nums = "一二三四五六七八"
        for i, duty in enumerate(post["duties"]):
            row(f"职责{nums[i]}", duty)
        section("四、任职资格")
        for a, b in post["qual"]:
            row(a, b)
        section("五、工作条件")
        for a, b in post["cond"]:
            row(a, b)
        d.add_paragraph("")
    d.add_paragraph("本说明书由人力资源部负责解释，薪资标准见《岗位薪资带宽》。")
    p = OUT / "lx01_大卖场营运岗位说明书.docx"
    d.save(p)
    normalize_zip(p)


# =============================================================== lx02 docx: heading + 4-col grid
LX02 = [
    {
        "title": "收银主管",
        "grid": [("岗位名称", "收银主管", "所属部门", "前台收银部"),
                 ("直接上级", "大卖场店长", "管理人数", "收银员12-20人"),
                 ("岗位等级", "M2", "编制日期", "2024年3月")],
        "duties": [
            "负责收银区的排班和人员调配，周末及节假日高峰期增开收银台，保证排队不超过5人；",
            "每日闭店后组织收银员点款、交款，核对POS系统销售数据与实收现金，编制收银日报；",
            "审批退换货、作废交易和大额折扣，收银员的退货操作须经收银主管授权；",
            "管理备用金和现金解款，每日将营业款交银行上门收款或存入指定账户；",
            "培训收银员的POS操作、假币识别和服务礼仪，每月组织一次收银技能考核；",
            "处理收银台的顾客异议和长短款问题。",
        ],
        "qual": ["中专及以上学历，财会类专业优先；",
                 "3年以上超市收银工作经验，1年以上收银组长或主管经验；",
                 "熟悉POS系统、会员系统和现金管理流程，具备基本的财务知识；",
                 "持有健康证。"],
    },
    {
        "title": "收银员",
        "grid": [("岗位名称", "收银员", "所属部门", "前台收银部"),
                 ("直接上级", "收银主管", "管理人数", "无"),
                 ("岗位等级", "S1", "编制日期", "2024年3月")],
        "duties": [
            "按规范为顾客扫码结算，做到唱收唱付，准确找零；",
            "上岗前领取备用金500元并当面点清，交班时与接班人员核对；",
            "为顾客办理会员卡、积分和电子小票，主动提示会员优惠；",
            "识别假币，大额现金交易使用验钞机复核；",
            "保持收银台整洁，管理购物袋和收银耗材；",
            "不得私自办理退货，遇退换货、价格异议时呼叫收银主管处理。",
        ],
        "qual": ["高中或中专及以上学历；",
                 "年龄18-45周岁，无收银经验者可参加岗前培训；",
                 "持有效健康证；",
                 "能适应早晚轮班（晚班至22:00闭店）。"],
    },
]


def lx02():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "前台收银岗位说明书")
    d.add_heading("前台收银部岗位说明书", level=1)
    d.add_paragraph("适用范围：联鲜超市各大卖场前台收银部。")
    for post in LX02:
        d.add_heading(post["title"], level=2)
        t = d.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        for g in post["grid"]:
            c = t.add_row().cells
            for i, v in enumerate(g):
                c[i].text = v
        d.add_paragraph("工作职责：")
        for i, duty in enumerate(post["duties"], 1):
            d.add_paragraph(f"（{i}）{duty}")
        d.add_paragraph("任职条件：")
        for q in post["qual"]:
            d.add_paragraph(f"◆ {q}")
    p = OUT / "lx02_前台收银岗位说明书.docx"
    d.save(p)
    normalize_zip(p)


# =============================================================== lx03 xlsx: KPI per store type
LX03 = {
    "大卖场": [
        ("大卖场店长", [
            ("财务类", [("销售额达成率", 0.25, "实际销售额÷目标销售额×100%", "≥100%", "月度"),
                        ("毛利额达成率", 0.20, "实际毛利额÷目标毛利额×100%", "≥100%", "月度")]),
            ("营运类", [("门店损耗率", 0.15, "损耗金额÷销售额×100%", "≤1.2%", "月度"),
                        ("客流增长率", 0.10, "（本期客流-去年同期客流）÷去年同期客流×100%", "≥5%", "月度")]),
            ("客户类", [("有效投诉次数", 0.10, "经客服中心核实的有效投诉次数", "≤3次/月", "月度")]),
            ("管理类", [("人效", 0.10, "门店销售额÷门店在岗总人数", "≥3.5万元/人/月", "月度"),
                        ("员工流失率", 0.10, "当月离职人数÷月初在岗人数×100%", "≤5%", "月度")]),
        ]),
        ("生鲜主管", [
            ("财务类", [("生鲜销售达成率", 0.30, "生鲜实际销售额÷生鲜目标销售额×100%", "≥100%", "月度"),
                        ("生鲜毛利率", 0.20, "生鲜毛利额÷生鲜销售额×100%", "≥18%", "月度")]),
            ("营运类", [("生鲜损耗率", 0.30, "生鲜报损及出清折价金额÷生鲜销售额×100%", "≤3.5%", "月度"),
                        ("食品安全检查合格率", 0.20, "检查合格项数÷检查总项数×100%", "100%", "月度")]),
        ]),
        ("收银主管", [
            ("营运类", [("收银长短款率", 0.30, "长短款金额合计÷收银总额×100%", "≤0.01%", "月度"),
                        ("高峰排队时长", 0.25, "高峰时段顾客平均排队等候时间", "≤5分钟", "月度"),
                        ("营业款解款及时率", 0.25, "按时解款天数÷营业天数×100%", "100%", "月度")]),
            ("客户类", [("会员新增数", 0.20, "当月收银台新办会员卡数量", "≥600张/月", "月度")]),
        ]),
    ],
    "社区店": [
        ("社区店店长", [
            ("财务类", [("月销售额达成率", 0.30, "实际销售额÷目标销售额×100%", "≥100%", "月度"),
                        ("社区店损耗率", 0.15, "损耗金额÷销售额×100%", "≤1.5%", "月度")]),
            ("营运类", [("生鲜销售占比", 0.20, "生鲜销售额÷门店总销售额×100%", "≥45%", "月度"),
                        ("线上订单履约率", 0.20, "按时送达的线上订单数÷线上订单总数×100%", "≥98%", "月度")]),
            ("客户类", [("会员复购率", 0.15, "30天内二次消费会员数÷当月消费会员数×100%", "≥40%", "月度")]),
        ]),
        ("理货员", [
            ("营运类", [("货架缺货率", 0.35, "缺货SKU数÷应有SKU数×100%", "≤2%", "月度"),
                        ("陈列合格率", 0.25, "抽检合格项数÷抽检项数×100%", "≥95%", "月度"),
                        ("临期商品处理及时率", 0.20, "按时下架或出清的临期商品批次÷临期商品总批次×100%", "100%", "月度"),
                        ("价签准确率", 0.20, "价签与系统价格一致数÷抽检价签数×100%", "≥99.5%", "月度")]),
        ]),
    ],
    "配送中心": [
        ("仓管员", [
            ("营运类", [("库存准确率", 0.35, "（1-账实差异数量÷账面数量）×100%", "≥99.8%", "月度"),
                        ("先进先出执行率", 0.20, "按批次先进先出出库次数÷出库总次数×100%", "100%", "月度"),
                        ("收货及时率", 0.20, "到货2小时内完成验收入库的车次÷到货总车次×100%", "≥98%", "月度"),
                        ("冷库温度达标率", 0.25, "温度记录达标次数÷记录总次数×100%（冷冻库-18℃以下）", "≥99%", "月度")]),
        ]),
        ("配送司机", [
            ("营运类", [("准时送达率", 0.40, "按约定时间窗到店车次÷配送总车次×100%", "≥97%", "月度"),
                        ("运输货损率", 0.25, "运输货损金额÷配送货值×100%", "≤0.05%", "月度"),
                        ("单据交接准确率", 0.15, "交接无误的配送单数÷配送单总数×100%", "100%", "月度")]),
            ("安全类", [("安全行车", 0.20, "发生有责交通事故次数", "0次", "月度")]),
        ]),
    ],
}


def lx03():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet, posts in LX03.items():
        ws = wb.create_sheet(sheet)
        ws.cell(1, 1, f"联鲜超市{sheet}岗位KPI指标库（2024版）").font = Font(bold=True, size=14)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=7)
        hdr = ["考核岗位", "考核维度", "指标名称", "权重", "计算公式", "目标值", "考核周期"]
        for i, h in enumerate(hdr, 1):
            ws.cell(2, i, h).font = Font(bold=True)
        r = 3
        for post, dims in posts:
            pstart = r
            for dim, inds in dims:
                dstart = r
                for name, w, f, tgt, cyc in inds:
                    ws.cell(r, 3, name)
                    c = ws.cell(r, 4, w)
                    c.number_format = "0%"
                    ws.cell(r, 5, f)
                    ws.cell(r, 6, tgt)
                    ws.cell(r, 7, cyc)
                    r += 1
                ws.cell(dstart, 2, dim)
                if r - 1 > dstart:
                    ws.merge_cells(start_row=dstart, start_column=2, end_row=r - 1, end_column=2)
            ws.cell(pstart, 1, post).alignment = Alignment(vertical="center")
            if r - 1 > pstart:
                ws.merge_cells(start_row=pstart, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r + 1, 1, "说明：各岗位权重合计100%；考核结果与月度绩效奖金挂钩。")
        for col, wdt in zip("ABCDEFG", (12, 10, 20, 8, 44, 14, 10)):
            ws.column_dimensions[col].width = wdt
    wb.properties.creator = "联鲜超市人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "lx03_门店KPI指标库.xlsx"
    wb.save(p)
    normalize_zip(p)


# =============================================================== lx04 html: cards + JSON-LD
DRIVER_DESC = ("岗位职责：1.按调度指令将生鲜商品从配送中心配送至各门店；2.出车前检查车辆及冷机状况，填写出车检查单；"
               "3.全程保持冷藏车厢温度0-4℃，每趟打印温度记录；4.到店后与门店收货员办理交接签收；5.回程带回门店周转筐和退货商品。"
               "任职要求：持B2及以上驾驶证，3年以上货车驾驶经验，有冷链配送经验优先；近3年无重大交通事故记录；年龄25-50周岁；持健康证。")
WH_DESC = ("岗位职责：1.负责到货商品的验收，核对数量、保质期和温度，不合格商品拒收并登记；2.按库位规则完成入库上架；"
           "3.每周对重点商品动态盘点，每月月末全面盘点；4.出库前复核拣货单，确保先进先出；5.负责冷库的日常巡查和温度记录。"
           "任职要求：高中及以上学历，1年以上仓库管理经验；熟练使用WMS系统和Excel；持有叉车证（N1）者优先；能适应冷库低温作业。")

LX04_JSONLD = {
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "JobPosting",
            "title": "冷链配送司机",
            "datePosted": "2024-03-05",
            "employmentType": "FULL_TIME",
            "hiringOrganization": {"@type": "Organization", "name": "江苏联鲜商业连锁有限公司"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                            "addressLocality": "常州市武进区", "streetAddress": "联鲜生鲜配送中心"}},
            "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY",
                           "value": {"@type": "QuantitativeValue", "minValue": 7000, "maxValue": 9500,
                                     "unitText": "MONTH"}},
            "description": DRIVER_DESC,
            "experienceRequirements": "3年以上货车驾驶经验",
        },
        {
            "@type": "JobPosting",
            "title": "仓管员",
            "datePosted": "2024-03-05",
            "employmentType": "FULL_TIME",
            "hiringOrganization": {"@type": "Organization", "name": "江苏联鲜商业连锁有限公司"},
            "jobLocation": {"@type": "Place", "address": {"@type": "PostalAddress",
                            "addressLocality": "常州市武进区", "streetAddress": "联鲜生鲜配送中心"}},
            "baseSalary": {"@type": "MonetaryAmount", "currency": "CNY",
                           "value": {"@type": "QuantitativeValue", "minValue": 5000, "maxValue": 6500,
                                     "unitText": "MONTH"}},
            "description": WH_DESC,
            "educationRequirements": "高中及以上",
            "experienceRequirements": "1年以上仓库管理经验",
        },
    ],
}


def lx04():
    ld = json.dumps(LX04_JSONLD, ensure_ascii=False, indent=2)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>招贤纳士 - 联鲜超市</title>
<script type="application/ld+json">
{ld}
</script>
<link rel="stylesheet" href="/static/css/careers.css">
</head>
<body>
<nav class="topnav"><a href="/">首页</a> | <a href="/about">关于联鲜</a> | <a href="/careers">招贤纳士</a></nav>
<main class="careers">
<h1>加入联鲜 · 生鲜配送中心热招岗位</h1>
<p class="intro">联鲜生鲜配送中心位于常州市武进区，为全市46家门店提供生鲜和常温商品配送。</p>
<section class="job-card" id="job-1001">
<h2 class="job-title">冷链配送司机</h2>
<ul class="job-meta"><li>物流部</li><li>常州市武进区</li><li>7000-9500元/月</li><li>招3人</li></ul>
<h3>岗位职责</h3>
<ol>
<li>按调度指令将生鲜商品从配送中心配送至各门店；</li>
<li>出车前检查车辆及冷机状况，填写出车检查单；</li>
<li>全程保持冷藏车厢温度0-4℃，每趟打印温度记录；</li>
<li>到店后与门店收货员办理交接签收；</li>
<li>回程带回门店周转筐和退货商品。</li>
</ol>
<h3>任职要求</h3>
<ol>
<li>持B2及以上驾驶证，3年以上货车驾驶经验，有冷链配送经验优先；</li>
<li>近3年无重大交通事故记录；</li>
<li>年龄25-50周岁；持健康证。</li>
</ol>
<p class="report">汇报对象：运输调度主管</p>
</section>
<section class="job-card job-card--short" id="job-1002">
<h2 class="job-title">仓管员</h2>
<ul class="job-meta"><li>仓储部</li><li>常州市武进区</li><li>5000-6500元/月</li><li>招2人</li></ul>
<p>负责配送中心常温库和冷库的收货、上架、盘点与出库。<a href="/careers/1002">查看详情</a></p>
</section>
<p class="contact">简历投递：hr@lianxian.example.cn，邮件标题注明“应聘岗位+姓名”。</p>
</main>
<footer>© 2024 江苏联鲜商业连锁有限公司</footer>
</body>
</html>
"""
    (OUT / "lx04_招贤纳士_配送中心.html").write_text(html, encoding="utf-8")


# =============================================================== lx05 csv: HR export
LX05 = [
    {"job_id": "LX-HQ-031", "job_title": "生鲜采购专员", "department": "采购中心/生鲜采购部",
     "location": "常州总部", "headcount": "2", "salary_range": "8000-12000/月", "education": "本科",
     "experience": "3年以上",
     "responsibilities": "1. 负责果蔬类商品的产地寻源和供应商开发；\n2. 每日根据门店要货和库存制定采购计划；\n"
                         "3. 跟踪市场行情，每周输出一份价格分析报告；\n4. 组织供应商年度评估和合同谈判；\n"
                         "5. 处理到货质量异议和退换货。",
     "requirements": "农学、食品或物流相关专业本科及以上学历；3年以上生鲜采购经验；熟悉常州及周边农产品批发市场；"
                     "能适应凌晨到批发市场及出差（每月约6天）。",
     "reports_to": "生鲜采购经理", "status": "open", "posted_date": "2024-02-26"},
    {"job_id": "LX-HQ-034", "job_title": "会员运营专员", "department": "市场部",
     "location": "常州总部", "headcount": "1", "salary_range": "7000-10000/月", "education": "本科",
     "experience": "2年以上",
     "responsibilities": "1. 维护会员等级和积分规则，跟踪积分兑换成本；\n2. 运营小程序和社群，策划每月会员日活动；\n"
                         "3. 分析会员消费数据，每月输出会员运营月报；\n4. 配合门店开展会员拉新。",
     "requirements": "市场营销、电子商务相关专业本科及以上学历；2年以上零售或互联网会员运营经验；"
                     "熟练使用SQL或Excel数据透视表。",
     "reports_to": "市场部经理", "status": "open", "posted_date": "2024-03-01"},
    {"job_id": "LX-ST-118", "job_title": "门店人事专员", "department": "人力资源部（驻店）",
     "location": "常州各大卖场", "headcount": "3", "salary_range": "5500-7000/月", "education": "大专",
     "experience": "1年以上",
     "responsibilities": "1. 办理门店员工的入职、转正、离职手续；\n2. 每月汇总门店考勤，核对排班与打卡记录；\n"
                         "3. 管理员工健康证台账，到期前30天提醒复检；\n4. 组织门店小时工和促销员招聘。",
     "requirements": "人力资源管理相关专业大专及以上学历；1年以上人事工作经验，有零售或连锁门店人事经验优先；"
                     "熟悉劳动合同签订和考勤管理流程。",
     "reports_to": "门店店长（业务）/人力资源部（专业）", "status": "open", "posted_date": "2024-03-04"},
]


def lx05():
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(LX05[0].keys()), lineterminator="\n")
    w.writeheader()
    for r in LX05:
        w.writerow(r)
    (OUT / "lx05_hr_export_postings.csv").write_text(buf.getvalue(), encoding="utf-8")


# =============================================================== lx06 pdf: handbook chapter
LX06 = [
    ("title", "第四章　门店岗位规范"),
    ("sub", "《联鲜超市员工手册》（2024年版）节选"),
    ("h", "4.1　总则"),
    ("p", "本章适用于公司各大卖场和社区店的门店岗位。所有直接接触食品的员工须持有效健康证上岗，"
          "健康证每年复检一次，过期未复检者暂停上岗。"),
    ("h", "4.2　防损员"),
    ("p", "岗位归属：门店防损部，直接上级为防损主管。"),
    ("p", "主要职责："),
    ("p", "（1）负责门店出入口、收银区和卖场的巡查，每小时巡场不少于一次；"),
    ("p", "（2）开展商品防盗工作，对未付款商品按《顾客纠纷处理规范》处理，严禁搜身；"),
    ("p", "（3）负责员工通道检查，员工下班须走员工通道并接受随身物品检查；"),
    ("p", "（4）负责消防设施日常检查，会使用灭火器和室内消火栓；"),
    ("p", "（5）值守监控室，配合处理突发事件。"),
    ("p", "任职要求：高中及以上学历，身高170cm以上，退伍军人优先；持有保安员证；能适应三班倒。"),
    ("p", "薪资：4500-5500元/月，另有夜班补贴每班30元。"),
    ("h", "4.3　食品安全专员"),
    ("p", "岗位归属：质量管理部，直接上级为质量管理部经理，负责所有门店的食品安全监督。"),
    ("p", "主要职责："),
    ("p", "（1）每月对每家门店进行食品安全巡检不少于2次，出具整改通知；"),
    ("p", "（2）抽查员工健康证和生熟分区、熟食留样执行情况，熟食留样保存48小时；"),
    ("p", "（3）处理涉及食品安全的顾客投诉，组织问题商品下架和追溯；"),
    ("p", "（4）每季度组织一次门店食品安全培训和考试。"),
    ("p", "任职要求：食品科学、食品质量与安全相关专业大专及以上学历；2年以上食品安全管理经验；"
          "持有食品安全管理员证；熟悉《食品安全法》及相关标准。"),
    ("h", "4.4　班次与考勤"),
    ("p", "门店实行早、中、晚三班制：早班6:30-14:30，中班10:00-18:00，晚班14:00-22:00。"
          "员工上下班须通过门店考勤机打卡，漏打卡每月不超过2次。"),
]


def wrap(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


def lx06():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    W = 42
    lines = []  # (size, x, text)
    for kind, s in LX06:
        if kind == "title":
            lines.append((16, None, s))
        elif kind == "sub":
            lines.append((9.5, None, s))
        elif kind == "h":
            lines.append((12, 56, s))
        else:
            for part in wrap(s, W):
                lines.append((10.5, 56, part))
    pages, cur, y = [], [], 780
    for size, x, s in lines:
        step = size * 1.9
        if y - step < 70:
            pages.append(cur)
            cur, y = [], 780
        y -= step
        cur.append((size, x, s, y))
    pages.append(cur)
    foot = [f"第 {i + 1} 页 共 {len(pages)} 页" for i in range(len(pages))]
    chars = sorted(set("".join(s for _, _, s in lines) + "".join(foot) + "联鲜超市员工手册") | {" "})
    font = TTFont(FONT_PATH, fontNumber=0, recalcTimestamp=False, recalcBBoxes=False)
    opts = subset.Options()
    opts.retain_gids = False
    opts.layout_features = []
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.hinting = False
    opts.drop_tables += ["FFTM", "GPOS", "GSUB", "GDEF", "vhea", "vmtx"]
    ss = subset.Subsetter(opts)
    ss.populate(unicodes=[ord(c) for c in chars])
    ss.subset(font)
    fbuf = io.BytesIO()
    font.save(fbuf)
    fontdata = fbuf.getvalue()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    hmtx = font["hmtx"]
    gid = {c: font.getGlyphID(cmap[ord(c)]) for c in chars}
    width = {c: round(hmtx[cmap[ord(c)]][0] * 1000 / upem) for c in chars}

    def enc(s):
        return "".join(f"{gid[c]:04X}" for c in s)

    def tw(s, size):
        return sum(width[c] for c in s) * size / 1000

    objs = []

    def add(b):
        objs.append(b)
        return len(objs)

    ff = zlib.compress(fontdata, 9)
    ff_no = add(f"<< /Length {len(ff)} /Length1 {len(fontdata)} /Filter /FlateDecode >>\nstream\n".encode()
                + ff + b"\nendstream")
    fd = add(f"<< /Type /FontDescriptor /FontName /LXAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LXAAAA+WenQuanYiMicroHei "
               "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
               f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] /CIDToGIDMap /Identity >>").encode())
    bf = "\n".join(f"<{gid[c]:04X}> <{ord(c):04X}>" for c in sorted(chars, key=lambda c: gid[c]))
    tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
          f"{len(chars)} beginbfchar\n{bf}\nendbfchar\n"
          "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
    tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /LXAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    kids = []
    for pi, pg in enumerate(pages):
        ops = []

        def text(x, y, size, s):
            ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

        text(56, 806, 9, "联鲜超市员工手册")
        for size, x, s, yy in pg:
            if x is None:
                x = 297.5 - tw(s, size) / 2
            text(x, yy, size, s)
        text(297.5 - tw(foot[pi], 9) / 2, 40, 9, foot[pi])
        stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
        content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (Microsoft Word 2019) /Title <FEFF{}> /CreationDate (D:20240301090000+08'00') >>".format(
        "员工手册第四章".encode("utf-16-be").hex().upper()).encode())
    cat = add(f"<< /Type /Catalog /Pages {pages_no} 0 R >>".encode())
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
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
    (OUT / "lx06_员工手册第四章_门店岗位规范.pdf").write_bytes(bytes(out))


# =============================================================== lx07 md: nested bullets
LX07 = """# 联鲜邻里社区店岗位说明

> 适用于“联鲜邻里”社区店（营业面积300-600平方米），2024年3月修订。

## 一、社区店店长

- 基本信息
  - 所属部门：社区店事业部
  - 直属上级：社区店区域经理
  - 下属：店员4-8人（理货、收银一岗多能）
  - 工作地点：常州市区各社区店
- 岗位职责
  - 门店经营
    - 负责门店日常营运，完成月度销售和毛利指标；
    - 每日7:00前完成生鲜到货验收和上架；
  - 线上业务
    - 负责小程序和到家平台订单的拣货、打包，接单后30分钟内出库；
  - 人员与安全
    - 安排店员排班，带教新员工；
    - 负责门店现金、消防和食品安全，每晚闭店前检查水电和冷柜。
- 任职要求
  - 学历：高中及以上
  - 经验：3年以上零售门店工作经验，1年以上社区店或便利店店长经验
  - 证书：食品安全管理员证（可入职后3个月内取得）
  - 其他：会使用手机订单系统，能接受早班
- 薪酬：底薪6000元+销售提成，综合月收入8000-12000元

## 二、理货员

- 基本信息
  - 直属上级：所在部门主管（社区店为店长）
  - 工作地点：各大卖场及社区店
- 岗位职责
  - 补货与陈列
    - 按“先进先出”原则补货，保证货架丰满；
    - 按陈列图摆放商品，做到价签对应；
  - 效期管理
    - 每日检查商品保质期，剩余保质期不足1/3的商品登记上报；
  - 其他
    - 更换促销价签，清洁货架和地堆。
- 任职要求
  - 学历：初中及以上
  - 年龄：18-50周岁
  - 身体：能搬运20公斤货物
  - 证书：健康证
- 薪酬：3700-4600元/月

## 三、熟食加工员

- 基本信息
  - 直属上级：熟食组长
  - 工作地点：大卖场熟食档口
- 岗位职责
  - 加工制作
    - 按公司标准配方制作卤味、烤鸡和凉菜，不得擅自更改配料；
    - 每批熟食出品后留样，留样保存48小时；
  - 卫生管理
    - 每日收档后清洗消毒设备和刀具，严格生熟分开。
- 任职要求
  - 经验：2年以上熟食或餐饮厨房工作经验
  - 证书：健康证；持中式烹调师证者优先
- 薪酬：4500-6000元/月
"""


def lx07():
    (OUT / "lx07_社区店及门店作业岗位.md").write_text(LX07, encoding="utf-8")


# =============================================================== lx08 txt GBK 【】
LX08 = """联鲜超市总部岗位职责汇编
（营运管理中心、客户服务中心  2024年版）

【岗位名称】营运督导
【所属部门】营运管理中心
【汇报对象】营运总监
【管辖范围】6-8家门店
【岗位职责】
一、按月度巡店计划对所辖门店进行巡检，每店每月不少于4次；
二、依据《门店营运标准手册》检查陈列、卫生、服务和价签，填写巡店评分表；
三、跟踪门店整改事项，整改完成率纳入门店考核；
四、推动新品和促销活动在门店落地执行；
五、收集门店经营问题，每周向营运总监提交督导周报。
【任职资格】
学历：大专及以上
经验：5年以上连锁零售经验，2年以上门店店长或副店长经验
技能：熟练使用Excel和PPT；持有C1驾照，需自驾巡店
【薪资待遇】9000-13000元/月，另有交通补贴800元/月

【岗位名称】客服专员
【所属部门】客户服务中心
【汇报对象】客服主管
【岗位职责】
一、接听400客服热线，受理顾客咨询、投诉和建议；
二、处理线上订单售后，包括缺货、错发和退款；
三、投诉须在24小时内首次回复，3个工作日内结案；
四、涉及食品安全或媒体的重大投诉立即上报客服主管；
五、每月整理投诉分析报告。
【任职资格】
学历：大专及以上
经验：1年以上客服工作经验
技能：普通话二级乙等及以上，打字每分钟50字以上
【薪资待遇】4500-6000元/月
【工作时间】做五休二，需轮值周末班

【岗位名称】营运总监
【岗位职责】另行制定。
"""


def lx08():
    (OUT / "lx08_总部岗位职责汇编.txt").write_bytes(LX08.replace("\n", "\r\n").encode("gbk"))


# =============================================================== lx09 xlsx pay bands
LX09 = [
    ("门店管理序列", [("大卖场店长", "M4", 15000, 25000, "年终奖按门店利润达成发放"),
                      ("副店长", "M3", 10000, 14000, ""),
                      ("生鲜主管", "M2", 8000, 11000, "含生鲜损耗奖罚"),
                      ("收银主管", "M2", 6500, 8500, "")]),
    ("门店作业序列", [("收银员", "S1", 3800, 4800, "晚班补贴每班20元"),
                      ("理货员", "S1", 3700, 4600, ""),
                      ("防损员", "S1", 4500, 5500, "夜班补贴每班30元")]),
]


def lx09():
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024年薪资带宽"
    hdr = ["岗位序列", "岗位", "职级", "月薪下限（元）", "月薪上限（元）", "备注"]
    for i, h in enumerate(hdr, 1):
        ws.cell(1, i, h).font = Font(bold=True)
    r = 2
    for seq, rows in LX09:
        s = r
        for post, lvl, lo, hi, note in rows:
            ws.cell(r, 2, post)
            ws.cell(r, 3, lvl)
            ws.cell(r, 4, lo)
            ws.cell(r, 5, hi)
            if note:
                ws.cell(r, 6, note)
            r += 1
        ws.cell(s, 1, seq)
        ws.merge_cells(start_row=s, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r + 1, 1, "注：以上为税前月薪（不含绩效奖金），适用于常州地区门店。")
    wb.properties.creator = "联鲜超市人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    p = OUT / "lx09_门店岗位薪资带宽.xlsx"
    wb.save(p)
    normalize_zip(p)


# =============================================================== lx10 md mermaid org chart
LX10 = """# 联鲜超市组织架构图

更新日期：2024-03-01。下图为汇报关系（箭头由上级指向下级）。

```mermaid
flowchart TD
    GM[总经理] --> OPS[营运管理中心<br/>营运总监]
    GM --> PUR[采购中心]
    GM --> LOG[物流中心<br/>生鲜配送中心]
    GM --> QA[质量管理部]
    GM --> MKT[市场部]
    GM --> CS[客户服务中心]
    OPS --> RM[区域营运经理]
    OPS --> SUP[营运督导]
    OPS --> CRM[社区店区域经理]
    RM --> SM[大卖场店长]
    SM --> DSM[副店长]
    SM --> CASHM[收银主管]
    SM --> LPM[防损主管]
    DSM --> FRM[生鲜主管]
    DSM --> GRM[食百主管]
    CASHM --> CASH[收银员]
    LPM --> LP[防损员]
    CRM --> CSM[社区店店长]
    PUR --> FPM[生鲜采购经理]
    FPM --> FP[生鲜采购专员]
    LOG --> WHM[仓储主管]
    LOG --> TDM[运输调度主管]
    WHM --> WH[仓管员]
    TDM --> DRV[冷链配送司机]
    QA --> QAM[质量管理部经理]
    QAM --> FS[食品安全专员]
    MKT --> MKM[市场部经理]
    MKM --> MEM[会员运营专员]
    CS --> CSS[客服主管]
    CSS --> CSA[客服专员]
```
"""


def lx10():
    (OUT / "lx10_组织架构.md").write_text(LX10, encoding="utf-8")


# =============================================================== lx11 txt 收银员考核细则
LX11 = """联鲜超市收银员月度绩效考核细则

一、适用范围
本细则适用于各大卖场及社区店的收银员，由收银主管每月考核一次。

二、考核指标（满分100分）
1. 收银差错率，权重30%
   计算方法：当月长短款金额合计 ÷ 当月个人收银总额 × 100%
   评分标准：≤0.02%得满分，每超出0.01%扣5分
2. 扫描速度，权重20%
   评分标准：每分钟扫描商品不少于20件，由系统自动统计
3. 服务规范，权重20%
   评分标准：神秘顾客暗访，检查唱收唱付、微笑服务和文明用语
4. 会员开卡数，权重15%
   评分标准：每月不少于80张，每少10张扣3分
5. 出勤纪律，权重15%
   评分标准：迟到、早退每次扣2分，旷工一次本项不得分

三、结果应用
月度得分低于60分者扣发当月绩效奖金并安排复训；连续两个月低于60分者调整岗位。
"""


def lx11():
    (OUT / "lx11_收银员月度考核细则.txt").write_text(LX11, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in (lx01, lx02, lx03, lx04, lx05, lx06, lx07, lx08, lx09, lx10, lx11):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)


if __name__ == "__main__":
    main()
