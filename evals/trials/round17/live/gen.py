#!/usr/bin/env python3
"""Round 17 trial corpus `live`: 星火直播电商（杭州星火互娱电子商务有限公司）, an e-commerce live-streaming company.

    T17_OUT=/tmp/t17live python evals/trials/round17/live/gen.py   ->  /tmp/t17live/corpus/ (10 files)

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts (none used by earlier rounds):
  xh01 md    飞书多维表格 export: one Markdown table, one post per row, cells hold <br>-separated lists
  xh02 csv   钉钉 approval-form export (招聘需求审批), the form itself is one JSON column; one revoked request
  xh03 docx  Word JD: each post a 2-column table, labels in column 1, duties "①②③④" inside one paragraph
  xh04 xlsx  commission sheet: GMV tiers (rows) x posts (columns) rate matrix + a 招商 sheet with notes
  xh05 xlsx  monthly KPI sheet: merged month headers "2024年5月/2024年6月" over 权重|目标值, post merged down
  xh06 pdf   招聘简章 laid out as cards in a grid, two cards per row (embedded subset TrueType)
  xh07 html  WeChat article: inline styles, nested <section>, furniture (关注/阅读原文/二维码)
  xh08 txt   org chart as PlantUML WBS text (@startwbs ... @endwbs)
  xh09 docx  onboarding handbook 直播间规范 (违禁词, 处罚, 到岗) that says what it does not cover
  xh10 txt   job-board posting copied as text: tags with "|", 职位详情 / 任职要求 / 公司福利 blocks
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

OUT = Path(os.environ.get("T17_OUT", "/tmp/t17live")) / "corpus"
FIXED_DT = (2024, 5, 20, 9, 0, 0)
FIXED = datetime(2024, 5, 20, 9, 0, 0)
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
                             r"\g<1>2024-05-20T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "星火直播电商人力行政部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    props.last_modified_by = "HRBP"
    props.revision = 1


# =============================================================== xh01 md 飞书多维表格导出
XH01 = """# 直播事业部岗位库

> 来源：飞书多维表格「星火直播-岗位库」 · 视图：全部岗位 · 导出时间：2024-05-20 10:32 · 导出人：林晓

| 岗位名称 | 所属部门 | 直属上级 | 下属岗位 | 岗位职责 | 任职要求 | 工作地点 | 薪资结构 | 招聘状态 |
|---|---|---|---|---|---|---|---|---|
| 带货主播 | 直播事业部 | 直播运营经理 | 助播 | 1. 按排班完成每日不少于6小时的带货直播<br>2. 熟悉当场货盘卖点，参与直播脚本打磨与试播<br>3. 通过讲解、试用演示和互动促成下单，完成场次GMV目标<br>4. 下播后参加复盘会，配合拍摄短视频切片素材 | 大专及以上学历<br>1年以上抖音或快手带货直播经验<br>普通话标准，镜头表现力强<br>能接受晚班（19:00-次日01:00） | 杭州市余杭区星火直播基地3号楼 | 底薪8000-12000元/月+GMV提成 | 🟢招聘中 |
| 助播 | 直播事业部 | 带货主播 | — | 1. 配合主播讲解商品，补充价格、规格与优惠信息<br>2. 主播离场时临时控场，保持直播间不冷场<br>3. 上播前核对样品、价签和道具摆放<br>4. 回复直播间公屏高频问题 | 中专及以上学历<br>性格外向，反应快，能熬夜<br>有助播或门店导购经验者优先 | 杭州市余杭区星火直播基地3号楼 | 底薪5000-7000元/月+提成 | 🟢招聘中 |
| 场控 | 直播事业部 | 直播运营经理 | — | 1. 控制直播节奏，按脚本上下架商品、改价、发放优惠券<br>2. 监控实时在线人数、转化率等数据并提醒主播调整话术<br>3. 管理公屏评论，及时处理违规弹幕<br>4. 记录直播事故并在复盘会上说明原因 | 大专及以上学历<br>熟悉抖店后台和巨量百应操作<br>6个月以上场控经验 | 杭州市余杭区星火直播基地3号楼 | 6000-9000元/月 | ⏸暂停招聘 |
| 直播运营经理 | 直播事业部 | 直播事业部总监 | 带货主播<br>场控<br>千川投手<br>直播技术员 | 1. 制定直播间月度GMV目标和排期计划<br>2. 统筹主播、场控、投手协作，组织每场直播复盘<br>3. 设计直播间福利机制和流量承接策略<br>4. 分析直播数据，输出周报并提出优化方案 | 本科及以上学历，电子商务、市场营销相关专业优先<br>2年以上直播电商运营经验，有单场GMV百万以上操盘案例<br>熟练使用飞瓜、蝉妈妈等数据工具 | 杭州市余杭区星火直播基地3号楼 | 12000-20000元/月+季度奖金 | 🟢招聘中 |

共 4 条记录
"""


def xh01():
    (OUT / "xh01_直播事业部岗位库_飞书导出.md").write_text(XH01, encoding="utf-8")


# =============================================================== xh02 csv 钉钉审批导出
XH02_ROWS = [
    ("PROC-2024-0412-001", "招聘需求审批-选品专员", "已通过", "赵敏", "电商运营中心", "2024-04-12 09:15", "2024-04-13 17:40", {
        "岗位名称": "选品专员", "需求部门": "电商运营中心", "汇报对象": "电商运营中心总监", "需求人数": 2,
        "期望到岗": "2024-06-15", "工作地点": "杭州余杭",
        "岗位职责": ["根据直播间人群画像和平台趋势筛选商品，每周提报不少于30个新品",
                 "与供应商沟通样品、价格和库存，完成比价与议价",
                 "组织每周选品会，评估商品毛利、佣金和口碑",
                 "跟踪已上播商品的动销和退货率，及时淘汰滞销品"],
        "任职要求": {"学历": "大专及以上", "经验": "1年以上电商选品或采购经验", "其他": "熟悉美妆、食品或家居类目者优先"},
        "薪资范围": "7000-10000元/月"}),
    ("PROC-2024-0418-003", "招聘需求审批-招商经理", "已通过", "赵敏", "电商运营中心", "2024-04-18 14:02", "2024-04-19 10:11", {
        "岗位名称": "招商经理", "需求部门": "电商运营中心", "汇报对象": "电商运营中心总监", "需求人数": 1,
        "期望到岗": "2024-06-01", "工作地点": "杭州余杭，需经常出差",
        "岗位职责": ["开发品牌方与源头工厂资源，每月新增合作品牌不少于10家",
                 "谈判佣金比例、坑位费和独家机制",
                 "维护品牌关系，协调样品寄送与大促库存保障",
                 "建立并定期更新招商资源库"],
        "任职要求": {"学历": "本科及以上", "经验": "3年以上招商或品牌BD经验", "其他": "有美妆、个护品牌资源者优先"},
        "薪资范围": "15000-25000元/月+招商提成"}),
    ("PROC-2024-0425-007", "招聘需求审批-直播间美工", "已撤销", "周航", "直播事业部", "2024-04-25 11:30", "2024-04-26 09:00", {
        "岗位名称": "直播间美工", "需求部门": "直播事业部", "需求人数": 1,
        "备注": "需求已撤销，暂不招聘，职责待定"}),
    ("PROC-2024-0506-002", "招聘需求审批-店铺运营", "已通过", "赵敏", "电商运营中心", "2024-05-06 16:20", "2024-05-07 11:05", {
        "岗位名称": "店铺运营", "需求部门": "电商运营中心", "汇报对象": "电商运营中心总监", "需求人数": 1,
        "期望到岗": "2024-06-10", "工作地点": "杭州余杭",
        "岗位职责": ["负责抖店日常运营，包括商品上架、详情页优化和活动报名",
                 "监控店铺体验分，处理差评与违规预警",
                 "配合直播排期做库存与价格设置",
                 "策划店铺自播和618、双11等平台大促活动"],
        "任职要求": {"学历": "大专及以上", "经验": "1年以上抖店或天猫店铺运营经验", "其他": "熟悉平台规则和营销工具"},
        "薪资范围": "8000-13000元/月"}),
]


def xh02():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["审批编号", "标题", "审批状态", "发起人", "发起人部门", "发起时间", "完成时间", "表单数据"])
    for row in XH02_ROWS:
        w.writerow([*row[:7], json.dumps(row[7], ensure_ascii=False)])
    (OUT / "xh02_钉钉审批导出_招聘需求.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================== xh03 docx Word JD 2-column tables
XH03_POSTS = [
    [("岗位名称", "短视频编导"), ("所属部门", "内容中心"), ("直接上级", "直播事业部总监"), ("直接下级", "剪辑师"),
     ("岗位目的", "通过短视频内容为直播间引流，打造账号内容口碑"),
     ("岗位职责", "①策划账号短视频选题，每周输出不少于5条脚本；②负责拍摄现场调度，指导主播和演员表演；"
                 "③跟进剪辑成片审核，把控内容质量与合规；④分析短视频完播率和涨粉数据，迭代内容方向。"),
     ("任职资格", "学历：本科及以上；专业：广播电视编导、影视制作、新闻传播等相关专业；"
                 "经验：2年以上短视频编导经验，有百万播放作品者优先；技能：熟悉抖音内容生态及平台审核规则。"),
     ("工作地点", "杭州市余杭区星火直播基地2号楼"), ("薪资范围", "10000-16000元/月")],
    [("岗位名称", "剪辑师"), ("所属部门", "内容中心"), ("直接上级", "短视频编导"), ("直接下级", "无"),
     ("岗位目的", "高效产出直播切片和投放素材"),
     ("岗位职责", "①根据脚本完成短视频剪辑、调色、字幕和包装；②从直播回放中剪辑高光切片，每天不少于20条；"
                 "③维护素材库，按商品和日期归档；④配合投流需求制作多版本素材。"),
     ("任职资格", "学历：大专及以上；专业：不限；经验：1年以上视频剪辑经验；"
                 "技能：熟练使用Premiere、剪映，会基础AE特效。"),
     ("工作地点", "杭州市余杭区星火直播基地2号楼"), ("薪资范围", "6000-9000元/月")],
    [("岗位名称", "千川投手（投流专员）"), ("所属部门", "直播事业部"), ("直接上级", "直播运营经理"), ("直接下级", "无"),
     ("岗位目的", "用付费流量放大直播间成交，控制投放成本"),
     ("岗位职责", "①负责巨量千川计划搭建、出价和预算分配；②监控消耗、ROI和转化成本，实时调整投放策略；"
                 "③与编导、剪辑师配合测试素材，沉淀高效素材模型；④每日输出投放日报，每周复盘投放效果。"),
     ("任职资格", "学历：大专及以上；经验：1年以上千川或巨量引擎投放经验，管理过月消耗50万以上账户者优先；"
                 "技能：数据敏感，熟练使用Excel透视表；证书：持有巨量引擎营销认证者优先。"),
     ("工作地点", "杭州市余杭区星火直播基地3号楼"), ("薪资范围", "9000-15000元/月+投放提成")],
]


def xh03():
    import docx
    from docx.shared import Cm, Pt

    d = docx.Document()
    set_core(d.core_properties, "内容中心及投放岗位说明书")
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    d.add_heading("星火直播电商 岗位说明书（内容与投放类）", level=1)
    d.add_paragraph("文件编号：XH-HR-JD-2024-03　　版本：V2.1　　生效日期：2024年5月1日")
    for i, rows in enumerate(XH03_POSTS, 1):
        d.add_paragraph(f"表{i}")
        t = d.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for r, (k, v) in enumerate(rows):
            t.cell(r, 0).text = k
            t.cell(r, 1).text = v
            t.cell(r, 0).width = Cm(3)
            t.cell(r, 1).width = Cm(13)
        d.add_paragraph("")
    d.add_paragraph("编制：人力行政部　　审核：直播事业部总监　　批准：总经理")
    path = OUT / "xh03_内容与投放岗位说明书.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== xh04 xlsx 提成方案
def xh04():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "直播提成"
    ws.append(["2024年直播间提成比例表（自2024年6月1日起执行）"])
    ws.merge_cells("A1:D1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.append(["月度GMV（退款后）", "带货主播", "助播", "场控"])
    ws.append(["50万元（含）以下", "0.5%", "0.2%", "0.1%"])
    ws.append(["50万-100万元（含）", "0.8%", "0.3%", "0.15%"])
    ws.append(["100万-300万元（含）", "1.0%", "0.4%", "0.2%"])
    ws.append(["300万元以上", "1.2%", "0.5%", "0.25%"])
    ws.append([])
    ws.append(["说明：1. 按直播间当月退款后GMV所在档位，全额适用该档比例；2. 提成按月核算，次月15日随工资发放；"
               "3. 当月KPI考核系数低于0.8的，提成按70%发放。"])
    ws.merge_cells("A8:D8")
    for col, wdt in zip("ABCD", (22, 12, 12, 12)):
        ws.column_dimensions[col].width = wdt
    ws2 = wb.create_sheet("招商提成")
    ws2.append(["岗位", "计提基数", "档位", "提成比例"])
    ws2.append(["招商经理", "新引入品牌首3个月在我司直播间的GMV", "单品牌累计GMV 100万元以下", "1%"])
    ws2.append([None, None, "单品牌累计GMV 100万元及以上", "1.5%"])
    ws2.merge_cells("A2:A3")
    ws2.merge_cells("B2:B3")
    ws2.append(["备注：独家品牌另加0.5%；品牌合作期内发生严重质量客诉的，当季招商提成取消。"])
    ws2.merge_cells("A4:D4")
    path = OUT / "xh04_2024直播提成方案.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== xh05 xlsx 月度KPI（合并月份表头）
XH05 = [
    ("带货主播", [
        ("场均GMV", "当月GMV÷直播场次", "40%", "8万元", "50%", "10万元"),
        ("平均停留时长", "观众平均观看时长", "20%", "60秒", "15%", "70秒"),
        ("直播间转化率", "成交人数÷观看人数×100%", "25%", "2%", "25%", "2.5%"),
        ("违规次数", "平台违规通知次数", "15%", "0次", "10%", "0次")]),
    ("直播运营经理", [
        ("月度GMV达成率", "实际GMV÷目标GMV×100%", "40%", "100%", "40%", "100%"),
        ("直播间整体ROI", "直播GMV÷投流消耗", "30%", "3.0", "30%", "3.5"),
        ("退货率", "退货订单数÷总订单数×100%", "15%", "≤25%", "15%", "≤22%"),
        ("团队人员流失率", "当月离职人数÷月初人数×100%", "15%", "≤5%", "15%", "≤5%")]),
    ("千川投手", [
        ("千川投放ROI", "千川成交金额÷千川消耗", "50%", "2.8", "50%", "3.2"),
        ("千次曝光成本", "消耗÷曝光量×1000", "20%", "≤30元", "20%", "≤28元"),
        ("新素材测试数", "当月新上线测试素材条数", "15%", "60条", "15%", "80条"),
        ("预算执行偏差率", "|实际消耗-预算|÷预算×100%", "15%", "≤10%", "15%", "≤10%")]),
    ("客服主管", [
        ("3分钟回复率", "3分钟内回复会话数÷总会话数", "30%", "95%", "30%", "96%"),
        ("客服满意度", "满意评价数÷评价总数×100%", "30%", "96%", "30%", "97%"),
        ("平台纠纷率", "平台纠纷单数÷订单数×100%", "20%", "≤0.3%", "20%", "≤0.3%"),
        ("客服质检合格率", "质检合格会话数÷抽检会话数", "20%", "98%", "20%", "98%")]),
    ("选品专员", [
        ("新品提报数", "当月提报并通过选品会的新品数", "25%", "30个", "25%", "40个"),
        ("上播商品动销率", "有销量商品数÷上播商品数", "35%", "80%", "35%", "85%"),
        ("选品平均毛利率", "（GMV-采购成本）÷GMV", "25%", "35%", "25%", "35%"),
        ("滞销品占比", "30天无销量商品数÷在库商品数", "15%", "≤10%", "15%", "≤8%")]),
]


def xh05():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月度KPI"
    ws.append(["岗位", "考核指标", "计算方式", "2024年5月", None, "2024年6月", None])
    ws.append([None, None, None, "权重", "目标值", "权重", "目标值"])
    ws.merge_cells("A1:A2")
    ws.merge_cells("B1:B2")
    ws.merge_cells("C1:C2")
    ws.merge_cells("D1:E1")
    ws.merge_cells("F1:G1")
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center")
    r = 3
    for post, inds in XH05:
        start = r
        for ind in inds:
            ws.append([post if r == start else None, *ind])
            r += 1
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ws.append(["注：6月起带货主播加大GMV类指标权重；考核得分≥90分系数1.2，80-89分系数1.0，70-79分系数0.8，70分以下系数0.5。"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    for col, wdt in zip("ABCDEFG", (14, 16, 30, 8, 10, 8, 10)):
        ws.column_dimensions[col].width = wdt
    path = OUT / "xh05_2024年5-6月岗位KPI.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== xh06 pdf card grid
XH06_TITLE = "星火直播电商2024夏季招聘简章"
XH06_CARDS = [
    ([
        "【客服主管】",
        "部门：客户服务部｜人数：1人",
        "地点：余杭区星火直播基地1号楼",
        "薪资：8000-11000元/月",
        "岗位职责：",
        "1. 管理10人左右客服团队并排班",
        "2. 制定售前售后话术库并组织培训",
        "3. 每日抽检聊天记录，跟进质检问题",
        "4. 处理升级投诉与平台纠纷",
        "任职要求：",
        "1. 大专及以上学历",
        "2. 3年以上电商客服经验，",
        "其中1年以上带团队经验",
        "3. 熟悉抖店飞鸽客服系统",
    ], [
        "【售后专员】",
        "部门：客户服务部｜人数：3人",
        "汇报对象：客服主管",
        "薪资：5500-7000元/月",
        "岗位职责：",
        "1. 处理退换货、补发和退款申请",
        "2. 跟进物流异常件，联系快递公司",
        "3. 登记售后问题原因，每周汇总给品控",
        "4. 回访差评客户，争取修改评价",
        "任职要求：",
        "1. 中专及以上学历",
        "2. 半年以上电商售后经验",
        "3. 能接受早晚班轮岗",
    ]),
    ([
        "【仓储打包员】",
        "部门：供应链部｜人数：8人",
        "地点：临平区星火云仓",
        "薪资：计件制，月均5000-7500元",
        "岗位职责：",
        "1. 按订单拣货、复核和打包",
        "2. 大促期间配合加班发货",
        "3. 做好包材领用和库位整理",
        "4. 发现破损商品及时上报",
        "任职要求：",
        "1. 18-45周岁，身体健康",
        "2. 学历不限，能吃苦耐劳",
        "3. 能适应站立作业和夜班",
    ], [
        "【品控专员】",
        "部门：供应链部｜人数：1人",
        "地点：临平区星火云仓",
        "薪资：6500-9000元/月",
        "岗位职责：",
        "1. 对新品做来样检验和资质审核",
        "2. 抽检入库商品，出具质检报告",
        "3. 跟踪客诉中的质量问题，",
        "推动供应商整改",
        "4. 维护商品质检档案",
        "任职要求：",
        "1. 大专及以上学历，食品、化工",
        "或质量管理相关专业",
        "2. 1年以上品控经验",
        "3. 持有内审员证书者优先",
    ]),
]
XH06_FOOT = [
    "统一福利：五险一金｜节日福利｜员工内购价｜云仓岗位提供免费住宿",
    "投递方式：简历发送至 hr@xinghuolive.cn，邮件标题注明“应聘岗位+姓名”",
]


def xh06():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    head = "杭州星火互娱电子商务有限公司 人力行政部"
    texts = [XH06_TITLE, head, "第 1 页 共 1 页", *XH06_FOOT]
    for left, right in XH06_CARDS:
        texts += left + right
    chars = sorted(set("".join(texts)) | {" "})
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
    fd = add(f"<< /Type /FontDescriptor /FontName /XHAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XHAAAA+WenQuanYiMicroHei "
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
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /XHAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    ops = []

    def text(x, y, size, s):
        ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

    text(40, 815, 8, head)
    text(297.5 - tw(XH06_TITLE, 18) / 2, 780, 18, XH06_TITLE)
    ops.append("0.8 w 40 765 m 555 765 l S")
    XL, XR, CW = 40, 305, 250
    top = 750
    for left, right in XH06_CARDS:
        n = max(len(left), len(right))
        hgt = 18 + 15 * n
        for x in (XL, XR):   # card frames
            ops.append(f"0.6 w {x} {top - hgt:.1f} {CW} {hgt} re S")
        for x, card in ((XL, left), (XR, right)):   # left card fully, then right card
            y = top - 18
            for s in card:
                text(x + 10, y, 10.5 if s.startswith("【") else 9, s)
                y -= 15
        top = top - hgt - 20
    y = top - 5
    for s in XH06_FOOT:
        text(XL, y, 9, s)
        y -= 16
    foot = "第 1 页 共 1 页"
    text(297.5 - tw(foot, 8) / 2, 30, 8, foot)
    stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
    content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
    kids = [add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode())]
    objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                          f"/Count {len(kids)} >>").encode()
    info = add("<< /Producer (WPS Office) /Title <FEFF{}> /CreationDate (D:20240520090000+08'00') >>".format(
        XH06_TITLE.encode("utf-16-be").hex().upper()).encode())
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
    (OUT / "xh06_2024夏季招聘简章.pdf").write_bytes(bytes(out))


# =============================================================== xh07 html WeChat article
XH07 = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>招人啦｜星火直播电商诚聘HRBP、直播技术员</title>
</head>
<body>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title" style="font-size:22px;">招人啦｜星火直播电商诚聘HRBP、直播技术员</h1>
<div class="rich_media_meta_list"><span>星火直播电商</span> <span>2024-05-18 20:30</span> <span>浙江</span></div>
<div class="rich_media_content" id="js_content">
<section style="margin:0 8px;padding:10px;background-color:#fff7f0;">
<section style="text-align:center;"><p style="font-size:15px;color:#ff6a00;"><strong>点击上方蓝字关注我们</strong></p></section>
<section style="margin-top:12px;"><p style="font-size:14px;line-height:1.8;">星火直播电商成立于2019年，在抖音、快手运营20余个品牌直播间，年GMV超过8亿元。业务快速发展，现诚邀你的加入！</p></section>
<section style="margin-top:20px;border-left:4px solid #ff6a00;padding-left:8px;">
<section><p style="font-size:17px;font-weight:bold;color:#333;">01 / HRBP</p></section>
<section style="margin-top:6px;">
<p style="font-size:14px;"><span style="color:#999;">所属部门：</span>人力行政部</p>
<p style="font-size:14px;"><span style="color:#999;">汇报对象：</span>人力行政部经理</p>
<p style="font-size:14px;"><span style="color:#999;">薪资：</span>10000-15000元/月</p>
</section>
<section style="margin-top:8px;"><p style="font-size:15px;color:#ff6a00;"><strong>▍你要做的</strong></p>
<p style="font-size:14px;">● 对接直播事业部和电商运营中心的招聘需求，完成主播、运营类岗位招聘</p>
<p style="font-size:14px;">● 搭建主播培训体系，组织新主播入职培训与考核</p>
<p style="font-size:14px;">● 处理员工关系，推动月度绩效考核落地</p>
<p style="font-size:14px;">● 按月统计人员流失数据并提出人才保留方案</p>
</section>
<section style="margin-top:8px;"><p style="font-size:15px;color:#ff6a00;"><strong>▍我们希望你</strong></p>
<p style="font-size:14px;">● 本科及以上学历，人力资源管理相关专业</p>
<p style="font-size:14px;">● 3年以上HR工作经验，其中1年以上互联网或直播行业经验</p>
<p style="font-size:14px;">● 持有人力资源管理师（二级）证书者优先</p>
</section>
</section>
<section style="margin-top:20px;border-left:4px solid #ff6a00;padding-left:8px;">
<section><p style="font-size:17px;font-weight:bold;color:#333;">02 / 直播技术员</p></section>
<section style="margin-top:6px;">
<p style="font-size:14px;"><span style="color:#999;">所属部门：</span>直播事业部</p>
<p style="font-size:14px;"><span style="color:#999;">汇报对象：</span>直播运营经理</p>
<p style="font-size:14px;"><span style="color:#999;">薪资：</span>6000-8500元/月</p>
</section>
<section style="margin-top:8px;"><p style="font-size:15px;color:#ff6a00;"><strong>▍你要做的</strong></p>
<p style="font-size:14px;">● 负责直播间灯光、摄像机、声卡和推流设备的搭建调试</p>
<p style="font-size:14px;">● 直播中保障画面与网络稳定，及时排除故障</p>
<p style="font-size:14px;">● 管理设备台账，做好日常保养和维修登记</p>
<p style="font-size:14px;">● 配合新直播间的场景搭建和灯光布置</p>
</section>
<section style="margin-top:8px;"><p style="font-size:15px;color:#ff6a00;"><strong>▍我们希望你</strong></p>
<p style="font-size:14px;">● 中专及以上学历，电子、影视技术相关专业优先</p>
<p style="font-size:14px;">● 1年以上直播或影视设备操作经验</p>
<p style="font-size:14px;">● 熟悉OBS推流软件和常见摄像机、声卡设置</p>
</section>
</section>
<section style="margin-top:20px;"><p style="font-size:15px;color:#ff6a00;"><strong>▍福利待遇</strong></p>
<p style="font-size:14px;">五险一金、年度体检、带薪年假、节日礼品、员工内购价，每年一次团建旅游。</p>
<p style="font-size:14px;">工作地址：杭州市余杭区良渚街道星火直播基地</p>
</section>
<section style="margin-top:16px;text-align:center;">
<p style="font-size:13px;color:#999;">简历投递：hr@xinghuolive.cn（邮件标题：岗位+姓名）</p>
<p style="font-size:12px;color:#bbb;">长按识别下方二维码，关注「星火直播电商」</p>
</section>
</section>
</div>
<div class="rich_media_tool"><a id="js_view_source" href="#">阅读原文</a> <span>阅读 2365</span> <span>赞 41</span> <span>在看 12</span></div>
</div>
</body>
</html>
"""


def xh07():
    (OUT / "xh07_公众号推文_招人啦.html").write_text(XH07, encoding="utf-8")


# =============================================================== xh08 txt PlantUML org chart
XH08 = """' 星火直播电商组织架构图（PlantUML 源文件，2024年5月版）
' 渲染：plantuml xh08.txt ；每个 * 代表一级，下一级向上一级汇报
@startwbs
<style>
wbsDiagram {
  node { BackgroundColor #FFF3E0 }
}
</style>
* 总经理
** 直播事业部总监
*** 直播运营经理
**** 带货主播
***** 助播
**** 场控
**** 千川投手
**** 直播技术员
*** 内容中心
**** 短视频编导
***** 剪辑师
** 电商运营中心总监
*** 店铺运营
*** 选品专员
*** 招商经理
*** 数据分析师
** 客户服务部经理
*** 客服主管
**** 售后专员
** 供应链部经理
*** 品控专员
*** 仓储打包员
** 人力行政部经理
*** HRBP
@endwbs
"""


def xh08():
    (OUT / "xh08_组织架构_plantuml.txt").write_text(XH08, encoding="utf-8")


# =============================================================== xh09 docx 入职手册 直播间规范
XH09 = [
    ("h1", "新员工入职手册（直播间规范篇）"),
    ("p", "适用对象：带货主播、助播、场控及所有进入直播间工作的员工。本篇自2024年5月1日起施行。"),
    ("h2", "一、直播间违禁词"),
    ("p", "1. 绝对化用语：最、第一、顶级、国家级、全网最低价、100%有效等一律禁止使用。"),
    ("p", "2. 功效夸大用语：普通化妆品、食品不得宣称治疗、消炎、祛斑、减肥等功效。"),
    ("p", "3. 引导私下交易：禁止口播或公屏提示“加微信”“私聊下单”“线下转账”。"),
    ("p", "4. 贬低同行：不得点名或影射其他品牌、其他主播。"),
    ("h2", "二、违规处罚"),
    ("p", "首次违规：口头警告，并记入直播事故台账。"),
    ("p", "同一自然月内第二次违规：扣罚当月绩效奖金200元，并参加合规复训。"),
    ("p", "第三次及以上违规，或导致直播间被平台限流、封禁的：停播整改，取消当月提成；情节严重的解除劳动合同。"),
    ("h2", "三、上播准备与考勤"),
    ("p", "主播须在开播前60分钟到岗化妆、试播；场控须提前30分钟检查设备和商品链接。"),
    ("p", "开播后迟到超过15分钟的，按旷工半天处理。"),
    ("h2", "四、样品管理"),
    ("p", "样品领用须在样品间登记，直播结束后24小时内归还；样品遗失或损坏按采购价赔偿。"),
    ("h2", "五、本篇不涉及的内容"),
    ("p", "本篇只规定直播间行为规范。薪资标准、提成计算、社保和公积金缴纳比例、年假天数均不在本篇范围内："
          "提成以《2024直播提成方案》为准，社保、年假等问题请咨询HRBP。"),
]


def xh09():
    import docx

    d = docx.Document()
    set_core(d.core_properties, "新员工入职手册（直播间规范篇）")
    for kind, text in XH09:
        if kind == "h1":
            d.add_heading(text, level=1)
        elif kind == "h2":
            d.add_heading(text, level=2)
        else:
            d.add_paragraph(text)
    path = OUT / "xh09_新员工入职手册_直播间规范.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== xh10 txt job-board posting
XH10 = """数据分析师
12-18K·13薪
杭州·余杭区 | 1-3年 | 本科 | 电商 | 数据分析 | SQL

刘女士 · HRBP
刚刚活跃
立即沟通  感兴趣  举报

职位详情
1、搭建直播间和店铺的数据指标体系与可视化看板；
2、每日产出直播场次数据复盘，分析流量来源和转化漏斗；
3、支持选品和投流团队做A/B测试与效果评估；
4、按月输出经营分析报告，向电商运营中心总监汇报。

任职要求
1、统计学、数学、计算机相关专业本科及以上学历；
2、1-3年电商或互联网数据分析经验；
3、熟练使用SQL、Python，会用Tableau或Power BI；
4、有抖音电商罗盘数据使用经验者优先。

公司福利
五险一金 | 年终奖 | 带薪年假 | 下午茶 | 员工内购折扣 | 定期体检

工作地址
杭州市余杭区良渚街道星火直播基地1号楼

公司信息
杭州星火互娱电子商务有限公司 | 电子商务 | 100-499人 | 不需要融资

查看更多相似职位 >
"""


def xh10():
    (OUT / "xh10_招聘网站职位_数据分析师.txt").write_text(XH10, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    for fn in (xh01, xh02, xh03, xh04, xh05, xh06, xh07, xh08, xh09, xh10):
        fn()
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)


if __name__ == "__main__":
    main()
