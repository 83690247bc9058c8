"""Round 34 `tea`: document set of a tea-drink chain (栗茶茶饮).

Run: T34_OUT=/tmp/t34tea/corpus /tmp/r21venv/bin/python gen.py
Writes 11 files whose layouts earlier rounds did not use:
 lc01 docx  check-box forms (☑/☐ decide education, years, certificates, pay type)
 lc02 docx  job-analysis interview transcript (问/答) with an HR summary per post
 lc03 xlsx  wide post sheet: one row per post, duties spread over 职责1..职责5 columns
 lc04 xlsx  KPI indicator cards stacked vertically, each card names its posts and weights
 lc05 pdf   shift matrix: posts x 早/中/晚班, duties in the cells, notes under it
 lc06 html  careers grid built from <div role=table/row/cell>, detail rows after each row
 lc07 md    staffing config as fenced YAML blocks (synced from the scheduling system)
 lc08 txt   GBK, ASCII "+---+" grid whose cells wrap over several physical lines
 lc09 csv   several tables in one CSV (title line, blank line, next header)
 lc10 txt   UTF-16LE with BOM, CRLF, outline 一、（一）1.（1）
 lc11 md    changelog (newest first) updating facts of other files
"""
import codecs
import os
import unicodedata
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

OUT = Path(os.environ.get("T34_OUT", "/tmp/t34tea/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"


def _cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "Microsoft YaHei"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "微软雅黑")


# ---------------------------------------------------------------- lc01 check-box forms
FORMS = [
    {
        "code": "LC-JD-MD-01", "name": "店长", "dept": "门店营运部", "boss": "区域督导",
        "subs": "副店长、值班经理、茶饮师、收银员", "place": "所在直营门店（杭州／苏州／宁波）",
        "edu": "☐初中及以上　☑高中/中专及以上　☐大专及以上　☐本科及以上　（有连锁品牌店长经历者可放宽）",
        "exp": "☐不限　☐1年以上　☐2年以上　☑3年以上茶饮/餐饮门店经验，其中至少1年门店管理经验",
        "cert": "☑健康证　☑食品安全管理员证　☐消防设施操作员证",
        "pay": "☐固定月薪　☐底薪+绩效　☑底薪+岗位津贴+门店利润分红",
        "duties": [
            "1、全面负责门店日常营运管理，完成公司下达的月度营业额目标及利润指标；",
            "2、负责门店人员排班、考勤、招聘面试及新员工带教，控制人力成本；",
            "3、监督门店食品安全与卫生标准执行，每日检查原料效期与操作规范；",
            "4、负责门店物料订货审批、盘点与损耗控制，每月组织一次全面盘点；",
            "5、处理顾客投诉及突发事件，维护门店口碑与外卖平台评分；",
            "6、配合区域督导完成巡店整改，落实新品上市及营销活动。",
        ],
        "other": "性格开朗，抗压能力强，能接受节假日轮休；熟练使用收银系统及排班小程序。",
    },
    {
        "code": "LC-JD-MD-02", "name": "副店长", "dept": "门店营运部", "boss": "店长",
        "subs": "值班经理、茶饮师、收银员（店长不在时）", "place": "所在直营门店",
        "edu": "☐ 初中　☑ 高中/中专　☐ 大专　☐ 本科",
        "exp": "☐ 不限　☐ 1年以上　☑ 2年以上茶饮门店工作经验　☐ 3年以上",
        "cert": "☑ 健康证　☐ 食品安全管理员证　☐ 其他：______",
        "pay": "☐ 固定月薪　☑ 底薪+岗位津贴+绩效奖金　☐ 其他",
        "duties": [
            "1、协助店长开展门店营运管理，店长休息时代行店长职责；",
            "2、负责门店物料的日常订货、收货验收与库存管理；",
            "3、组织班前会，跟进每日营业数据并向店长汇报；",
            "4、负责门店设备（制冰机、封口机、萃茶机）的日常维护与报修；",
            "5、承担新员工岗位技能带教与上岗考核。",
        ],
        "other": "熟悉门店全部岗位操作，能独立顶岗吧台与收银。",
    },
    {
        "code": "LC-JD-MD-03", "name": "值班经理", "dept": "门店营运部", "boss": "店长（店长休息时向副店长汇报）",
        "subs": "当班茶饮师、收银员", "place": "所在直营门店（需轮值早班/晚班）",
        "edu": "☑初中及以上（高中优先）　☐高中/中专　☐大专",
        "exp": "☐不限　☑1年以上茶饮/餐饮门店工作经验（内部晋升者需任茶饮师满6个月）　☐3年以上",
        "cert": "☑健康证（上岗前必须取得）　☐食品安全管理员证",
        "pay": "☐固定月薪　☑底薪+值班津贴+绩效奖金",
        "duties": [
            "1、负责当班期间的人员调度与岗位分工，保证高峰期出杯效率；",
            "2、执行开店、闭店流程，负责当班现金与营业款的核对和交接；",
            "3、巡视吧台操作，确保按标准配方出品，出杯时长达标；",
            "4、处理当班顾客投诉，超出权限的及时上报店长；",
            "5、填写值班日志，记录设备异常与物料短缺情况。",
        ],
        "other": "反应快、沟通能力好，能接受早晚班轮换。",
    },
]


def lc01():
    doc = Document()
    _cjk(doc)
    p = doc.add_paragraph()
    r = p.add_run("栗茶茶饮　门店管理岗位说明书（表单版）")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("填写说明：请在对应选项前的方框内打“☑”，未选项保留“☐”。本表由门店营运部填写，人力行政部审核。")
    for i, f in enumerate(FORMS):
        if i:
            doc.add_page_break()
        doc.add_paragraph(f"表单编号：{f['code']}　　　版本：2024-A")
        t = doc.add_table(rows=11, cols=4)
        t.style = "Table Grid"
        top = t.cell(0, 0).merge(t.cell(0, 3))
        top.text = "栗茶茶饮岗位说明书"
        t.cell(1, 0).text, t.cell(1, 1).text = "岗位名称", f["name"]
        t.cell(1, 2).text, t.cell(1, 3).text = "岗位编码", f["code"].split("-", 2)[2]
        t.cell(2, 0).text, t.cell(2, 1).text = "所属部门", f["dept"]
        t.cell(2, 2).text, t.cell(2, 3).text = "直属上级", f["boss"]
        t.cell(3, 0).text, t.cell(3, 1).text = "直接下属", f["subs"]
        t.cell(3, 2).text, t.cell(3, 3).text = "工作地点", f["place"]
        for row, label, key in [(4, "学历要求", "edu"), (5, "工作经验", "exp"), (6, "必备证书", "cert"),
                                (7, "薪资结构", "pay")]:
            t.cell(row, 0).text = label
            m = t.cell(row, 1).merge(t.cell(row, 3))
            m.text = f[key]
        t.cell(8, 0).text = "岗位职责"
        m = t.cell(8, 1).merge(t.cell(8, 3))
        m.text = f["duties"][0]
        for d in f["duties"][1:]:
            m.add_paragraph(d)
        t.cell(9, 0).text = "其他要求"
        t.cell(9, 1).merge(t.cell(9, 3)).text = f["other"]
        t.cell(10, 0).text = "审核"
        t.cell(10, 1).merge(t.cell(10, 3)).text = "营运部：________　人力行政部：________　日期：____年__月__日"
    doc.save(OUT / "lc01_门店管理岗位说明书（勾选表）.docx")


# ---------------------------------------------------------------- lc02 interview transcript
def lc02():
    doc = Document()
    _cjk(doc)
    doc.add_heading("岗位分析访谈记录（2024年3月）", level=1)
    doc.add_paragraph("说明：本记录为人力行政部岗位梳理项目的现场访谈整理稿，受访者姓名已隐去。"
                      "“答”的部分尽量保留受访者原话，“HR整理”部分为访谈后归纳。")

    def qa(q, a):
        p = doc.add_paragraph()
        p.add_run("问：").bold = True
        p.add_run(q)
        p = doc.add_paragraph()
        p.add_run("答：").bold = True
        p.add_run(a)

    def info(rows):
        t = doc.add_table(rows=len(rows), cols=4)
        t.style = "Table Grid"
        for i, (a, b, c, d) in enumerate(rows):
            t.cell(i, 0).text, t.cell(i, 1).text, t.cell(i, 2).text, t.cell(i, 3).text = a, b, c, d

    doc.add_heading("访谈一", level=2)
    info([("受访者", "李**", "岗位", "茶饮师（门店习惯叫“吧台”）"),
          ("所在门店", "杭州湖滨银泰店", "访谈人", "人力行政部 王**"),
          ("访谈日期", "2024-03-12", "时长", "约40分钟")])
    qa("你平时一天主要做哪些工作？",
       "早班来了先备料，煮茶汤、煮珍珠、切水果，然后开机校准。白天主要就是按配方做饮品，高峰期我们一般两个人在吧台，一个摇茶一个加料封口。")
    qa("对出杯速度有要求吗？",
       "有的，店里要求单杯出杯时长不超过90秒，超了督导巡店会扣分。")
    qa("入职的时候需要什么条件？",
       "要有健康证，没有的话店里会让你先去办，办下来之前不能上岗。学历没卡，初中毕业就可以，年龄18周岁以上。")
    qa("你的直接领导是谁？", "当班听值班经理的，排班是店长排。")
    qa("新品出来怎么学？", "培训部会出新品SOP视频，我们要在上新前三天通过实操考核才能做新品。")
    qa("收入大概怎么算？", "我们是时薪加奖金，杭州这边时薪22元，每个月出杯量多还有出杯奖金。")
    doc.add_paragraph("HR整理：茶饮师岗位职责（整理稿）")
    for s in ["① 按标准配方及SOP制作饮品，保证出品口味一致；",
              "② 负责开店备料（茶汤、小料、水果）及物料效期标签管理；",
              "③ 负责吧台区域设备的清洁与消毒，执行“一杯一清”要求；",
              "④ 服从值班经理安排，完成高峰期岗位轮转；",
              "⑤ 参加新品培训，在上新前通过实操考核。"]:
        doc.add_paragraph(s)

    doc.add_heading("访谈二", level=2)
    info([("受访者", "赵**", "岗位", "外卖运营专员"),
          ("所在部门", "门店营运部（总部）", "访谈人", "人力行政部 王**"),
          ("访谈日期", "2024-03-15", "时长", "约30分钟")])
    qa("你主要负责什么？",
       "管美团、饿了么两个平台上全部直营店的店铺，上新品、做满减活动、配套餐，每天看各店的外卖数据，发现出餐慢的店就找店长沟通。")
    qa("考核主要看什么？", "外卖营业额、店铺评分，还有出餐超时率。评分要维持在4.7分以上。")
    qa("你现在向谁汇报？", "向营运部经理汇报。")
    qa("这个岗位招人要什么条件？",
       "最好做过两年以上外卖平台运营，会用Excel做数据透视表，学历大专以上吧，我们组有本科也有大专。")
    doc.add_paragraph("HR整理：外卖运营专员岗位职责（整理稿）")
    for s in ["① 负责全部直营门店美团、饿了么店铺的日常运营与商品上架；",
              "② 策划并执行外卖平台营销活动（满减、套餐、平台大促）；",
              "③ 每日监控各门店外卖数据，针对出餐超时、差评门店督促整改；",
              "④ 回复平台差评并跟进顾客赔付；",
              "⑤ 每月输出外卖经营分析报告。"]:
        doc.add_paragraph(s)
    doc.add_paragraph("备注：受访者所述汇报关系为访谈时情况，后续调整以《岗位体系变更日志》为准。")
    doc.save(OUT / "lc02_岗位分析访谈记录.docx")


# ---------------------------------------------------------------- lc03 wide post sheet
def lc03():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位信息"
    ws.append(["栗茶茶饮 总部及中心岗位信息汇总（2024版）"])
    ws.merge_cells("A1:M1")
    ws.append(["序号", "岗位", "所属中心/部门", "汇报对象", "职责1", "职责2", "职责3", "职责4", "职责5",
               "学历", "经验", "编制（人）", "备注"])
    rows = [
        [1, "产品研发专员", "产品研发中心", "研发总监",
         "跟踪茶饮市场趋势，每季度提交新品提案不少于6款",
         "完成新品配方研发、口味测试及单杯成本核算",
         "编写新品标准配方卡与门店操作SOP",
         "配合品控专员完成新原料的供应商打样确认",
         "收集门店及顾客对新品的反馈并迭代配方",
         "大专及以上，食品科学、烹饪相关专业优先", "2年以上饮品研发经验", 3, "需味觉敏感，无色弱"],
        [2, "品控专员", "供应链中心", "品控主管",
         "制定原料验收标准并执行来料检验",
         "每月对门店进行食品安全抽检不少于20家",
         "跟踪客诉中的食品安全问题并组织调查",
         "管理供应商资质档案，每年复审一次",
         "负责中央厨房生产过程卫生检查",
         "本科，食品质量与安全相关专业", "1年以上食品行业品控经验", 2, ""],
        [3, "仓储专员", "供应链中心", "仓储主管",
         "职责详见《供应链中心岗位说明》", None, None, None, None,
         "高中/中专及以上", "1年以上仓库管理经验", 4, "中央厨房仓，两班倒"],
        [4, "培训讲师", "培训部", "培训部经理",
         "负责新员工入职培训（茶饮师、收银员岗前培训）",
         "开发门店岗位课程，拍摄新品SOP视频",
         "组织储备店长培训班",
         "每月到门店进行带教抽查，每人每月不少于8家",
         "维护培训档案与考核题库",
         "大专及以上", "3年以上茶饮门店经验，其中1年以上店长经验", 3, ""],
        [5, "收银员", "门店营运部", "值班经理",
         "负责点单收银、会员注册与积分核销",
         "负责营业款交接及每日对账",
         "引导顾客使用小程序自助点单",
         "维护前台及取餐区卫生", None,
         "高中及以上", "不限", "每店1-2名", "2024年5月起新店不单设，见变更日志"],
    ]
    for r in rows:
        ws.append(r)
    widths = [6, 14, 14, 12, 30, 30, 30, 30, 30, 22, 22, 10, 24]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for c in ws[2]:
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="FFF2CC")
    ws2 = wb.create_sheet("部门编制")
    ws2.append(["部门/中心", "负责人", "编制（人）", "说明"])
    for r in [["门店营运部", "营运经理", 6, "含区域督导4人、外卖运营专员2人（不含门店人员）"],
              ["产品研发中心", "研发中心总监", 5, ""],
              ["供应链中心", "供应链中心经理", 14, "中央厨房、仓储物流组、品控组"],
              ["加盟发展部", "加盟发展部总监", 5, ""],
              ["培训部", "培训经理", 4, ""],
              ["人力行政部", "人力行政经理", 5, "招聘、薪酬、行政后勤"]]:
        ws2.append(r)
    wb.save(OUT / "lc03_总部岗位信息汇总.xlsx")


# ---------------------------------------------------------------- lc04 KPI indicator cards
CARDS = [
    ("K01", "营业额达成率", "店长 35%；副店长 25%；区域督导 30%（按所辖门店汇总）",
     "当月实际营业额 ÷ 当月目标营业额 × 100%", "≥100%", "收银系统（POS）月报"),
    ("K02", "人效", "店长 15%；区域督导 10%",
     "门店月营业额 ÷ 门店当月总排班工时", "≥180元/小时", "收银系统 + 排班系统"),
    ("K03", "出杯时长", "茶饮师 40%；值班经理 25%",
     "从订单打印到饮品封口交付的平均用时（按杯计）", "≤90秒/杯（高峰期≤150秒/杯）", "KDS出品屏记录"),
    ("K04", "客诉率", "店长 15%；值班经理 20%；茶饮师 20%；收银员 20%",
     "有效客诉笔数 ÷ 当月订单总数 × 10000（每万单）", "≤3单/万单", "客服工单系统"),
    ("K05", "损耗率", "店长 15%；副店长 25%；仓储专员 30%",
     "当月报损金额 ÷ 当月原料消耗金额 × 100%", "门店≤2.5%；中央厨房仓≤1%", "进销存系统"),
    ("K06", "出品合格率", "值班经理 25%；茶饮师 40%（神秘顾客抽检计入）",
     "督导/神秘顾客抽检合格杯数 ÷ 抽检杯数 × 100%", "≥95%", "督导巡店表"),
    ("K07", "外卖店铺评分", "外卖运营专员 30%",
     "美团、饿了么店铺评分的月末平均值", "≥4.7分", "外卖平台后台"),
    ("K08", "外卖营业额增长率", "外卖运营专员 40%",
     "（本月外卖营业额 − 去年同月外卖营业额）÷ 去年同月外卖营业额", "≥15%", "外卖平台后台"),
    ("K09", "出餐超时率", "外卖运营专员 30%；值班经理 15%",
     "出餐超过平台约定时间的订单数 ÷ 外卖订单总数", "≤3%", "外卖平台后台"),
    ("K10", "营业款差错次数", "值班经理 15%；收银员 40%",
     "当月营业款长短款、漏录单据的次数", "0次；每发生1次扣该项10分", "财务对账记录"),
    ("K11", "食品安全检查得分", "店长 20%；区域督导 30%",
     "品控组及督导食品安全检查的月度平均得分", "≥90分", "品控检查表"),
    ("K12", "库存准确率", "副店长 25%；仓储专员 40%",
     "盘点账实相符品项数 ÷ 盘点品项总数 × 100%", "≥98%", "盘点表"),
    ("K13", "带教通过率", "副店长 25%（仅设副店长的门店）",
     "当月新员工一次通过上岗考核人数 ÷ 参加考核人数", "≥90%", "培训部考核记录"),
    ("K14", "会员注册数", "收银员 40%（小程序会员）",
     "当班新增小程序会员数（月累计）", "≥300人/月", "会员系统"),
    ("K15", "巡店覆盖率", "区域督导 30%（按月计）",
     "实际巡店次数 ÷ 计划巡店次数 × 100%", "100%", "督导巡店APP"),
    ("K16", "发货及时率", "仓储专员 30%（中央厨房仓）",
     "按门店要求时间送达的订货单数 ÷ 订货单总数", "≥99%", "WMS系统"),
]


def lc04():
    wb = Workbook()
    ws = wb.active
    ws.title = "指标卡"
    ws.append(["栗茶茶饮 绩效指标卡（2024年度）　　编制：人力行政部　　适用：直营门店及供应链中心"])
    ws.merge_cells("A1:B1")
    ws.append(["说明：每张指标卡列出适用岗位及在该岗位考核表中的权重；同一岗位各卡权重合计为100%。"])
    ws.merge_cells("A2:B2")
    ws.append([])
    bold = Font(bold=True)
    for code, name, posts, formula, target, src in CARDS:
        r = ws.max_row + 1
        ws.cell(r, 1, f"【指标卡 {code}】").font = bold
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")
        for label, val in [("指标名称", name), ("适用岗位及权重", posts), ("计算方式", formula),
                           ("目标值", target), ("数据来源", src), ("考核周期", "月度")]:
            ws.append([label, val])
        ws.append([])
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 60
    wb.save(OUT / "lc04_绩效指标卡.xlsx")


# ---------------------------------------------------------------- lc05 shift matrix PDF
def lc05():
    pdfmetrics.registerFont(TTFont("WQY", FONT, subfontIndex=0))
    st = ParagraphStyle("c", fontName="WQY", fontSize=9, leading=12)
    hd = ParagraphStyle("h", fontName="WQY", fontSize=15, leading=20)
    nt = ParagraphStyle("n", fontName="WQY", fontSize=9, leading=13)
    P = lambda s: Paragraph(s, st)
    data = [
        [P("岗位 \\ 班次"), P("早班 07:30-15:30"), P("中班 11:00-19:00"), P("晚班 15:00-23:00")],
        [P("值班经理"), P("开店检查（水电、设备、原料效期）；开机校准；主持晨会"), P("不设中班"),
         P("闭店盘点；营业款清点封包；设备断电及安防检查")],
        [P("茶饮师"), P("煮茶汤、珍珠及小料制备；水果切配"), P("高峰期出品；及时补料"),
         P("吧台清洁消毒；填写次日备料清单")],
        [P("收银员"), P("开机、备零钱；检查小程序预约单"), P("点单收银；外卖订单核对打包"),
         P("交班对账；打印日结单")],
        [P("店长"), P("弹性班：每周在店不少于5天，周六、周日必须在岗"), P("—"), P("—")],
    ]
    t = Table(data, colWidths=[35 * mm, 75 * mm, 70 * mm, 75 * mm])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    notes = [
        "注1：高峰时段为11:00-14:00、17:00-20:00，值班经理须在吧台支援出品。",
        "注2：本表适用于标准店（40-80平方米）；档口店不设收银员，由茶饮师兼任点单。",
        "注3：每个班次至少安排1名持有效健康证的人员负责收货验收。",
        "注4：换班须提前24小时在排班小程序提交申请，由店长审批。",
    ]
    doc = SimpleDocTemplate(str(OUT / "lc05_门店班次分工表.pdf"), pagesize=landscape(A4),
                            leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm, bottomMargin=15 * mm,
                            title="门店班次分工表")
    story = [Paragraph("栗茶茶饮 标准店班次与岗位分工表（2024年4月修订）", hd), Spacer(1, 6 * mm), t,
             Spacer(1, 5 * mm)] + [Paragraph(n, nt) for n in notes]
    doc.build(story)


# ---------------------------------------------------------------- lc06 ARIA grid careers page
JOBS = [
    {"id": "j1", "title": "加盟拓展经理", "dept": "加盟发展部", "city": "全国（常驻杭州，出差约60%）",
     "pay": "底薪12-18K + 签约提成（每签约一家门店提成5000元）",
     "req": "本科及以上；3年以上餐饮连锁加盟招商或商铺拓展经验；有自己的加盟商资源者优先",
     "duties": ["开发并筛选意向加盟商，完成加盟咨询、考察接待与签约",
                "负责加盟店铺的选址评估（商圈、人流、租金测算）",
                "跟进加盟店从签约到开业的全流程，确保按期开业",
                "维护加盟商关系，定期回访并收集加盟商反馈"],
     "extra": "汇报对象：加盟发展部总监。考核：季度签约门店数不少于6家；新店开业准时率。"},
    {"id": "j2", "title": "区域督导", "dept": "门店营运部", "city": "杭州 / 苏州",
     "pay": "10-15K·13薪，另有季度督导奖金",
     "req": "大专及以上；3年以上连锁餐饮或茶饮门店管理经验，其中2年以上店长经历；持C1驾照",
     "duties": ["负责所辖8-10家门店的巡店检查，每店每月不少于4次",
                "督导门店执行营运标准、食品安全及服务规范，跟踪问题整改",
                "分析门店经营数据，协助店长制定营业额提升方案",
                "参与新店开业筹备及店长选拔考核"],
     "extra": "汇报对象：营运经理。需适应跨城市出差。"},
    {"id": "j3", "title": "品控专员", "dept": "供应链中心", "city": "杭州·萧山（中央厨房）",
     "pay": "7-9K，五险一金，工作餐",
     "req": "见岗位信息汇总表",
     "duties": ["负责原料来料检验与门店食品安全抽检（详见岗位信息汇总表）"],
     "extra": "工作日早8点有班车从地铁站接驳。"},
]


def lc06():
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN">')
    a("<head>")
    a('<meta charset="utf-8">')
    a("<title>加入栗茶 | 社会招聘</title>")
    a("<style>")
    a(".grid{display:grid;grid-template-columns:2fr 1.4fr 2fr 2.4fr 3fr}")
    a("[role=columnheader]{font-weight:bold;background:#f4e9d8}")
    a(".detail{grid-column:1/-1;background:#fafafa;padding:8px}")
    a("</style>")
    a("</head>")
    a("<body>")
    a('<nav><a href="/">首页</a> · <a href="/menu">菜单</a> · <a href="/join">加盟</a> · <b>招聘</b></nav>')
    a("<h1>加入栗茶，一起做好一杯茶</h1>")
    a("<p>以下为总部及区域在招职位，点击职位行可展开详情。简历请投递 hr@lichatea.example。</p>")
    a('<div class="grid" role="table" aria-label="在招职位">')
    a('<div role="row">')
    for h in ["职位", "部门", "城市", "薪资", "要求"]:
        a(f'<div role="columnheader">{h}</div>')
    a("</div>")
    for j in JOBS:
        a(f'<div role="row" aria-controls="{j["id"]}">')
        a(f'<div role="cell">{j["title"]}</div>')
        a(f'<div role="cell">{j["dept"]}</div>')
        a(f'<div role="cell">{j["city"]}</div>')
        a(f'<div role="cell">{j["pay"]}</div>')
        a(f'<div role="cell">{j["req"]}</div>')
        a("</div>")
        a(f'<div class="detail" id="{j["id"]}" role="row">')
        a('<div role="cell" aria-colspan="5">')
        a("<span>工作内容：</span>")
        a("<ul>")
        for d in j["duties"]:
            a(f"<li>{d}</li>")
        a("</ul>")
        a(f"<p>{j['extra']}</p>")
        a("</div>")
        a("</div>")
    a("</div>")
    a("<footer>© 杭州栗茶餐饮管理有限公司　浙ICP备00000000号</footer>")
    a("</body>")
    a("</html>")
    (OUT / "lc06_加入栗茶.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- lc07 YAML staffing config
LC07 = """# 门店人员配置说明

> 本页由排班系统配置自动同步（最后同步：2024-04-02），人工修改请联系人力行政部。下方代码块即系统中的配置项。

## 1. 门店编制

```yaml
store_type: 标准店            # 40-80平方米
headcount:
  店长: 1
  副店长: 1                  # 月营业额低于25万元的门店可不设
  值班经理: 2
  茶饮师: 4-6                # 含兼职，兼职折算0.5人
  收银员: 1-2
```

```yaml
store_type: 档口店            # 30平方米以下，2024-04新增
headcount:
  店长: 1                    # 可由相邻标准店店长兼管
  值班经理: 1
  茶饮师: 3-4
  收银员: 0                  # 点单由茶饮师兼任
```

## 2. 排班规则

```yaml
rules:
  - post: 茶饮师
    part_time_allowed: true
    max_hours_per_week: 44     # 兼职每周不超过24小时
    min_rest_between_shifts: 11h
  - post: 值班经理
    shifts: [早班, 晚班]
    note: 同一值班经理连续晚班不超过3天
  - post: 店长
    shifts: [弹性班]
    note: 每月休息6天，节假日不可连休
```

## 3. 总部岗位（不参与门店排班）

```yaml
- post: 外卖运营专员
  workplace: 总部（杭州市西湖区文三路）
  hours: "09:30-18:30，平台大促期间需线上值守至24:00"
  scope: 全部直营门店的美团、饿了么店铺，每人负责约25家
- post: 区域督导
  workplace: 无固定工位，按所辖门店巡店
  vehicle: 公司报销交通费（每月上限1500元）
```
"""


def lc07():
    (OUT / "lc07_门店人员配置说明.md").write_text(LC07, encoding="utf-8")


# ---------------------------------------------------------------- lc08 GBK ASCII grid
def _w(s):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _pad(s, n):
    return s + " " * (n - _w(s))


def lc08():
    cols = [12, 26, 16, 30]
    head = ["岗位", "必备证件", "学历", "说明"]
    rows = [
        (["店长"], ["健康证", "食品安全管理员证"], ["高中/中专"], ["食品安全管理员证须在", "到岗3个月内取得"]),
        (["副店长"], ["健康证"], ["高中/中专"], ["持食品安全管理员证者", "优先晋升店长"]),
        (["值班经理"], ["健康证"], ["初中及以上"], ["上岗前必须取得健康证"]),
        (["茶饮师"], ["健康证"], ["初中及以上"], ["兼职人员同样适用"]),
        (["收银员"], ["健康证"], ["高中及以上"], [""]),
        (["区域督导"], ["健康证", "食品安全管理员证", "C1机动车驾驶证"], ["大专及以上"], ["驾驶证用于跨店巡店"]),
        (["品控专员"], ["健康证", "食品安全管理员证"], ["本科"], ["持ISO22000内审员证", "者优先"]),
        (["仓储专员"], ["健康证", "叉车操作证（中央", "厨房仓必备）"], ["高中/中专"], ["门店仓无需叉车证"]),
        (["培训讲师"], ["健康证", "公司内部讲师认证"], ["大专及以上"], ["内部讲师认证须在入职", "6个月内取得"]),
    ]
    sep = "+" + "+".join("-" * (c + 2) for c in cols) + "+"
    L = ["栗茶茶饮 各岗位持证上岗及学历要求一览", "（人力行政部 2024年4月　导出自人事系统，等宽字体查看）", "", sep,
         "| " + " | ".join(_pad(h, c) for h, c in zip(head, cols)) + " |", sep.replace("-", "=")]
    for r in rows:
        n = max(len(x) for x in r)
        for i in range(n):
            cells = [x[i] if i < len(x) else "" for x in r]
            L.append("| " + " | ".join(_pad(s, c) for s, c in zip(cells, cols)) + " |")
        L.append(sep)
    L += ["",
          "附注：",
          "1. 健康证有效期为1年，到期前30天由店长提醒续办；健康证过期者立即停岗，不得接触食品。",
          "2. 食品安全管理员证由公司统一组织报考，考试费用由公司承担。",
          "3. 外卖运营专员、产品研发专员、加盟拓展经理不接触门店食品操作，不作持证要求。"]
    (OUT / "lc08_持证上岗要求.txt").write_bytes(("\r\n".join(L) + "\r\n").encode("gbk"))


# ---------------------------------------------------------------- lc09 multi-table CSV
LC09 = """栗茶茶饮 2024年直营门店及营运岗位薪资标准,,,,
适用范围：直营门店及门店营运部；加盟门店参照执行,,,,
,,,,
表一 门店岗位月度薪资（杭州标准）,,,,
岗位,底薪（元/月）,岗位津贴（元/月）,绩效/提成,备注
店长,6500,800,门店利润分红：月度利润超出目标部分的8%,分红按季度发放
副店长,5200,500,绩效奖金0-1500元/月,
值班经理,4800,300,绩效奖金0-1000元/月,值班津贴含在岗位津贴内
茶饮师,—,—,"时薪22元；出杯奖金：月出杯量超过3000杯的部分每杯0.2元",全职兼职同一时薪
收银员,3800,200,会员注册奖励：每新增1名会员1元,
,,,,
表二 城市系数（底薪及岗位津贴乘以系数）,,,,
城市,系数,,,
杭州,1.00,,,
苏州,0.95,,,
宁波,0.90,,,
,,,,
表三 营运部总部岗位,,,,
岗位,底薪（元/月）,提成,发放周期,备注
外卖运营专员,7000,外卖营业额同比增长部分的0.5%,季度,增长为负时无提成
区域督导,见招聘页面,季度督导奖金（按所辖门店营业额达成率核定）,季度,
"""


def lc09():
    (OUT / "lc09_薪资与提成标准.csv").write_text(LC09, encoding="utf-8")


# ---------------------------------------------------------------- lc10 UTF-16 outline
LC10 = """栗茶茶饮 供应链中心（中央厨房）岗位说明
文件编号：LC-GYL-003　　生效日期：2024年4月1日

一、部门概况
供应链中心下设中央厨房、仓储物流组、品控组，地址：杭州市萧山区经济技术开发区，负责全部直营及加盟门店的原料生产与配送。

二、岗位说明
（一）仓储专员
1. 汇报对象：仓储主管
2. 工作职责
（1）负责原料、包材的入库验收、上架与系统录入；
（2）按先进先出原则管理库存，每日两次检查冷库温度（0-4℃）并记录；
（3）根据门店订货单完成拣货、复核与装车发货；
（4）每周循环盘点，每月配合财务全盘，保证账实相符；
（5）登记临期原料并按流程申请报损。
3. 任职要求：能适应冷库作业及搬运；熟悉WMS系统者优先。
4. 工作时间：两班倒（06:00-14:00 / 14:00-22:00），每月轮换。

（二）品控专员
1. 汇报对象：品控主管
2. 工作职责：见《总部岗位信息汇总》。此处补充：负责中央厨房每批次茶汤、果酱的留样与感官检测，留样保存48小时。
3. 工作地点：中央厨房品控室，每月约一半时间外出门店抽检。

（三）配送司机
由第三方物流公司派驻，本说明不涉及。

三、附则
本说明由供应链中心负责解释，与《总部岗位信息汇总》不一致的，以本说明为准。
"""


def lc10():
    data = LC10.replace("\n", "\r\n")
    (OUT / "lc10_供应链中心岗位说明.txt").write_bytes(codecs.BOM_UTF16_LE + data.encode("utf-16-le"))


# ---------------------------------------------------------------- lc11 changelog
LC11 = """# 岗位体系变更日志

维护：人力行政部　｜　规则：新条目写在最上面；被本日志修改的条款，以本日志为准。

## v1.3（2024-06-01）

- **出杯时长**：茶饮师、值班经理考核目标由“≤90秒/杯”调整为“≤75秒/杯”，高峰期仍为≤150秒/杯。原因：全自动萃茶机、自动封口机已在全部直营门店上线。
- **区域督导**：每人管辖门店数由8-10家调整为10-12家；巡店频次由每店每月不少于4次调整为每店每月不少于3次。

## v1.2（2024-05-01）

- **外卖运营专员**：直属上级由营运经理调整为外卖运营主管（新设岗位，岗位说明另行发布）。
- **收银员**：2024年5月1日后新开门店不再单设收银员，点单收银由茶饮师轮岗兼任；老店现有收银员保留。

## v1.1（2024-04-01）

- 新增“档口店”人员配置标准，见《门店人员配置说明》。
- **培训讲师**：新增职责“负责储备店长结业考核及上岗评估”。

## v1.0（2024-01-15）

- 首次发布：门店岗位说明书（勾选表）、总部岗位信息汇总、绩效指标卡。
"""


def lc11():
    (OUT / "lc11_岗位体系变更日志.md").write_text(LC11, encoding="utf-8")


if __name__ == "__main__":
    for f in (lc01, lc02, lc03, lc04, lc05, lc06, lc07, lc08, lc09, lc10, lc11):
        f()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
