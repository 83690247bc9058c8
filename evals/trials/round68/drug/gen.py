"""Round 68 'drug': 康宁大药房连锁有限公司 (a retail pharmacy chain, 42 stores, one DTP pharmacy, one
distribution centre).  Writes 10 HR documents to $T68_OUT.

Run: T68_OUT=/tmp/t68drug/corpus /tmp/genv/bin/python gen.py
"""
import csv
import io
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = Path(os.environ.get("T68_OUT", "/tmp/t68drug/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "康宁大药房连锁有限公司"


def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def tracked(par, old, new, author="人力资源部 周敏", date="2025-03-02T10:00:00Z"):
    """Append a tracked deletion of `old` and insertion of `new` to a paragraph."""
    d = OxmlElement("w:del")
    d.set(qn("w:id"), "901"); d.set(qn("w:author"), author); d.set(qn("w:date"), date)
    r = OxmlElement("w:r"); t = OxmlElement("w:delText"); t.text = old
    t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
    i = OxmlElement("w:ins")
    i.set(qn("w:id"), "902"); i.set(qn("w:author"), author); i.set(qn("w:date"), date)
    r2 = OxmlElement("w:r"); t2 = OxmlElement("w:t"); t2.text = new
    t2.set(qn("xml:space"), "preserve"); r2.append(t2); i.append(r2)
    par._p.append(d); par._p.append(i)


# ---------------------------------------------------------------------------
# 01 docx: store posts; facts grid + duty "frequency tick matrix" (● under 每班/每日/每周/每月)
# ---------------------------------------------------------------------------
def doc01():
    doc = Document(); set_cjk(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　KN-HR-JD-01　第2版"
    sec.footer.paragraphs[0].text = "编制：人力资源部　审核：运营管理部　批准：总经理　生效日期：2025年3月1日"
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("零售门店岗位说明书（店长／驻店药师／营业员）"); r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("说明：本汇编适用于公司42家直营门店。岗位工作事项表中“●”表示该事项的执行频次；"
                      "同一事项可在多个频次下执行。门店收银由营业员轮岗兼任，收银员岗位不单独设置。")

    posts = [
        dict(code="MD-01", name="门店店长", dept="零售运营部（各门店）", boss="片区经理", sub="驻店药师、营业员",
             n="每店1人", loc="所属门店（杭州市、嘉兴市、湖州市共42家门店）", shift="常白班 9:00-18:00，每周轮休1天",
             edu="大专及以上", major="药学、医药营销、市场营销等相关专业",
             exp="3年以上医药零售工作经验，其中1年以上门店管理经验",
             cert="执业药师或药学专业技术职称（药士及以上）优先",
             skill="熟悉GSP对零售药店的要求；会使用海典POS及会员系统；具备排班、盘点、陈列和团队带教能力",
             pay="岗位工资6500-9000元/月＋门店业绩提成",
             tasks=[("开店前检查门店环境、设备、冷藏柜温度记录及人员到岗情况", "●", "", "", ""),
                    ("制定并分解门店月度销售目标，跟踪每日销售达成", "", "●", "", "●"),
                    ("安排员工排班、考勤与轮休，确保营业时间内执业药师在岗", "", "", "●", ""),
                    ("组织门店盘点，控制近效期商品和损耗", "", "", "", "●"),
                    ("处理顾客投诉与突发事件，重大投诉2小时内上报片区经理", "●", "", "", ""),
                    ("组织新员工带教和每周晨会培训", "", "", "●", ""),
                    ("落实门店陈列、促销活动及会员拉新任务", "", "●", "", "")]),
        dict(code="MD-02", name="驻店药师", dept="零售运营部（各门店）", boss="门店店长（业务上接受质量管理部指导）",
             sub="无", n="每店1-2人", loc="所属门店", shift="早晚两班：早班8:00-15:00，晚班15:00-22:00",
             edu="大专及以上", major="药学、中药学、临床药学",
             exp="1年以上药店或医院药房工作经验",
             cert="执业药师资格证书（须注册在本门店）",
             skill="能独立完成处方审核与用药咨询；熟悉常见慢病用药；掌握药品不良反应上报流程",
             pay="岗位工资5500-7500元/月＋执业药师津贴800元/月",
             tasks=[("审核处方并签字，对不合格处方拒绝调配并做好记录", "●", "", "", ""),
                    ("为顾客提供用药咨询和用药指导，登记特殊人群用药", "●", "", "", ""),
                    ("检查处方药、含特殊药品复方制剂的销售登记", "", "●", "", ""),
                    ("收集并上报药品不良反应信息", "", "", "", "●"),
                    ("对营业员开展药学知识培训", "", "", "", "●"),
                    ("检查拆零药品的包装、标签和拆零记录", "", "", "●", "")]),
        dict(code="MD-03", name="营业员", dept="零售运营部（各门店）", boss="门店店长", sub="无",
             n="每店3-6人", loc="所属门店", shift="早晚两班轮换（与驻店药师班次一致）",
             edu="高中、中专及以上", major="医药类专业优先",
             exp="经验不限，接受应届毕业生",
             cert="上岗前须取得公司药品零售岗前培训合格证",
             skill="普通话标准，熟练使用收银系统，身体健康并持有有效健康证",
             pay="底薪3200元/月＋销售提成，综合收入4000-6000元/月",
             tasks=[("按陈列标准上架、理货、补货，保持货架和柜台整洁", "●", "", "", ""),
                    ("接待顾客，介绍非处方药和健康产品，处方药请驻店药师审核后销售", "●", "", "", ""),
                    ("轮岗收银，交接班时核对现金与票据", "●", "", "", ""),
                    ("记录门店温湿度，每日上午、下午各一次", "", "●", "", ""),
                    ("参与门店盘点和近效期商品的检查", "", "", "", "●"),
                    ("邀请顾客办理会员并发放会员活动信息", "", "●", "", "")]),
    ]
    for idx, ps in enumerate(posts, 1):
        doc.add_heading(f"{idx}　{ps['name']}（岗位编号 {ps['code']}）", level=2)
        t = doc.add_table(rows=0, cols=4); t.style = "Table Grid"
        rows = [("岗位名称", ps["name"], "岗位编号", ps["code"]),
                ("所属部门", ps["dept"], "定员", ps["n"]),
                ("直接上级", ps["boss"], "直接下级", ps["sub"]),
                ("工作地点", ps["loc"], "班次", ps["shift"]),
                ("学历", ps["edu"], "专业", ps["major"]),
                ("工作经验", ps["exp"], None, None),
                ("证书要求", ps["cert"], None, None),
                ("技能要求", ps["skill"], None, None),
                ("薪资标准", ps["pay"], None, None)]
        for a, b, c, d in rows:
            cells = t.add_row().cells
            cells[0].text = a; cells[1].text = b
            if c is None:
                m = cells[1].merge(cells[3]); m.text = b
            else:
                cells[2].text = c; cells[3].text = d
        if ps["name"] == "驻店药师":
            # tracked change in the 班次 cell
            cell = t.rows[3].cells[3]
            cell.text = ""
            par = cell.paragraphs[0]
            par.add_run("早晚两班：早班8:00-15:00，晚班15:00-22:00")
            tracked(par, "（门店营业至21:00的，晚班至21:00）", "（24小时门店另设夜班22:00-次日8:00）")
        doc.add_paragraph("岗位工作事项表")
        t2 = doc.add_table(rows=1, cols=6); t2.style = "Table Grid"
        for c, h in zip(t2.rows[0].cells, ["序号", "工作事项", "每班", "每日", "每周", "每月"]):
            c.text = h
        for k, (task, a, b, c, d) in enumerate(ps["tasks"], 1):
            cells = t2.add_row().cells
            for cc, v in zip(cells, [str(k), task, a, b, c, d]):
                cc.text = v
    doc.add_heading("附：岗位编号对照（2023版，已废止）", level=2)
    doc.add_paragraph("2023版中店长编号为ST-01、药师为ST-02，直接上级为区域督导，上述编号和汇报关系自2025年3月1日起停止使用。")
    doc.save(OUT / "01_门店岗位说明书汇编.docx")


# ---------------------------------------------------------------------------
# 02 docx: appointment letters (聘任通知书), facts inside sentences, a 略 post, a void letter
# ---------------------------------------------------------------------------
def doc02():
    doc = Document(); set_cjk(doc)
    doc.sections[0].footer.paragraphs[0].text = "康宁大药房人力资源部　通知汇编（DTP药房及慢病管理中心）"
    h = doc.add_paragraph(); h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = h.add_run("DTP药房及慢病管理中心岗位聘任通知书汇编（2025年）"); rr.bold = True; rr.font.size = Pt(15)

    doc.add_heading("康人聘〔2025〕07号", level=3)
    doc.add_paragraph("陈思远同志：")
    doc.add_paragraph("经公司研究决定，聘任你为DTP药房执业药师（专业药房药师），自2025年4月1日起执行。现将岗位要求告知如下：")
    doc.add_paragraph("你所在部门为DTP专业药房（位于杭州市上城区解放路188号，毗邻浙大一院），直接上级为DTP药房经理。"
                      "本岗位实行做五休二，工作时间为8:00-17:00，每月另安排两次周末值班。"
                      "岗位工资为8000-11000元/月，另享受特药服务津贴。")
    doc.add_paragraph("任职条件：本科及以上学历，药学或临床药学专业；持有执业药师资格证书；"
                      "具有3年以上医院药房或DTP药房工作经验，熟悉肿瘤、罕见病等特药的用法和冷链要求。")
    doc.add_paragraph("你的主要工作职责为：")
    for s in ["（1）审核特药处方及患者身份、医保备案资料，确认与定点医院处方一致后方可调配；",
              "（2）为首次用药患者建立患者档案，开展用药教育并告知不良反应的观察要点；",
              "（3）负责特药冷链交接，对2-8℃药品的收货、储存和交付全程记录温度；",
              "（4）对在档患者每月进行一次用药随访，提醒按时复诊和购药；",
              "（5）协助对接药企的患者援助项目（PAP），审核援助申请材料；",
              "（6）配合质量管理部完成特药质量追溯和召回。"]:
        doc.add_paragraph(s)
    doc.add_paragraph("请你恪尽职守，认真履职。")
    doc.add_paragraph("康宁大药房连锁有限公司人力资源部　2025年3月20日")

    doc.add_heading("康人聘〔2025〕08号", level=3)
    doc.add_paragraph("刘敏同志：")
    doc.add_paragraph("经公司研究决定，聘任你为慢病管理专员，所在部门为慢病管理中心，直接上级为慢病管理中心主任。"
                      "岗位职责：略（由慢病管理中心另行制定并下发）。")
    doc.add_paragraph("康宁大药房连锁有限公司人力资源部　2025年3月20日")

    doc.add_heading("康人聘〔2023〕15号（已作废，以2025年版医保专员岗位说明为准）", level=3)
    doc.add_paragraph("王建同志：")
    doc.add_paragraph("聘任你为医保专员，所在部门为财务部，直接上级为财务部经理，工作地点为公司总部。"
                      "主要负责各门店医保刷卡数据的日结核对和医保对账。")
    doc.add_paragraph("（本通知已于2025年1月作废。）")
    doc.save(OUT / "02_DTP药房聘任通知汇编.docx")


# ---------------------------------------------------------------------------
# 03 xlsx: KPI ledger; indicator definitions in header rows (名称/权重/目标/计分) above monthly results
# ---------------------------------------------------------------------------
def xlsx03():
    wb = Workbook(); wb.remove(wb.active)
    blocks = {
        "店长": ("考核对象：门店店长　考核人：片区经理　周期：月度",
                 [("门店销售额达成率", "30%", "≥100%", "每低1个百分点扣1分，最低0分"),
                  ("毛利额达成率", "20%", "≥100%", "每低1个百分点扣1分"),
                  ("会员消费占比", "15%", "≥65%", "每低1个百分点扣0.5分"),
                  ("GSP检查问题整改率", "15%", "100%", "未整改1项扣5分"),
                  ("库存周转天数", "10%", "≤45天", "每超1天扣0.5分"),
                  ("顾客有效投诉次数", "10%", "0次", "每次扣5分")],
                 [("2025-01", "滨江店", 98, 101, 66, 100, 44, 0), ("2025-01", "南湖店", 103, 97, 61, 100, 48, 1)]),
        "营业员": ("考核对象：营业员　考核人：门店店长　周期：月度",
                 [("个人销售额达成率", "40%", "≥100%", "每低1个百分点扣1分"),
                  ("新增会员数", "20%", "≥30人/月", "每少1人扣0.5分"),
                  ("收银差错次数", "15%", "0次", "每次扣3分"),
                  ("陈列检查合格率", "15%", "≥95%", "每低1个百分点扣1分"),
                  ("服务规范检查得分", "10%", "≥90分", "神秘顾客检查，低于90分按比例扣分")],
                 [("2025-01", "滨江店-张丽", 104, 33, 0, 96, 92), ("2025-01", "滨江店-李娜", 95, 28, 1, 94, 88)]),
        "配送司机": ("考核对象：配送司机　考核人：配送中心运输主管　周期：月度",
                  [("配送准时率", "35%", "≥98%", "每低1个百分点扣2分"),
                   ("冷链配送温度合格率", "25%", "100%", "出现1次超温扣10分"),
                   ("货损货差率", "15%", "≤0.05%", "超出部分每0.01%扣1分"),
                   ("交通违章及事故次数", "15%", "0次", "违章每次扣5分，责任事故本项不得分"),
                   ("门店签收单回收率", "10%", "100%", "每缺1张扣1分")],
                  [("2025-01", "浙A·D3817", 99, 100, 0.03, 0, 100)]),
        "质量管理员": ("考核对象：质量管理员（GSP）　考核人：质量负责人　周期：季度",
                   [("首营资料审核及时率", "25%", "100%（3个工作日内）", "每超期1份扣2分"),
                    ("门店GSP巡检覆盖率", "25%", "每季度覆盖全部门店", "每少1店扣2分"),
                    ("质量投诉处理及时率", "20%", "≥98%", "每低1个百分点扣1分"),
                    ("不合格药品处理合规率", "20%", "100%", "每发现1例违规扣10分"),
                    ("质量培训计划完成率", "10%", "100%", "按完成比例计分")],
                   [("2025Q1", "黄晓", 100, 100, 99, 100, 100)]),
    }
    for sheet, (title, inds, data) in blocks.items():
        ws = wb.create_sheet(sheet)
        ncol = 2 + len(inds)
        ws.cell(1, 1, title).font = Font(bold=True)
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
        labels = ["指标名称", "权重", "目标值", "计分规则"]
        for r, lab in enumerate(labels, 2):
            ws.cell(r, 1, lab)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
            for k, ind in enumerate(inds):
                c = ws.cell(r, 3 + k, ind[r - 2]); c.alignment = Alignment(wrap_text=True)
        ws.cell(6, 1, "考核月份"); ws.cell(6, 2, "被考核人/门店")
        for k in range(len(inds)):
            ws.cell(6, 3 + k, "实际值")
        for i, row in enumerate(data, 7):
            for j, v in enumerate(row, 1):
                ws.cell(i, j, v)
    ws = wb.create_sheet("填表说明")
    for i, s in enumerate(["1. 第2-5行为指标定义，第7行起为每月实际值台账，由考核人于次月5日前填写。",
                           "2. 会员运营专员、采购员的考核指标分别见《岗位说明书v3.2发布说明》和《采购部岗位说明书》。",
                           "3. 驻店药师的考核指标由质量管理部另行制定，本台账不含。",
                           "4. 得分=100-各项扣分，季度考核取三个月平均分。"], 1):
        ws.cell(i, 1, s)
    wb.save(OUT / "03_2025年度岗位KPI考核台账.xlsx")


# ---------------------------------------------------------------------------
# 04 xlsx: post table with multi-line (Alt+Enter) requirement cells; pay by city tier; void 2023 sheet
# ---------------------------------------------------------------------------
def xlsx04():
    wb = Workbook(); ws = wb.active; ws.title = "岗位信息"
    ws.append(["岗位设置一览（总部及配送中心）"]); ws.merge_cells("A1:G1")
    ws.append(["部门", "岗位", "直接上级", "任职要求", "班次", "工作地点", "编制（人）"])
    rows = [
        ("采购部", "采购员", "采购部经理",
         "学历：大专及以上\n专业：药学、市场营销\n经验：2年以上医药采购经验\n证书：无硬性要求", "常白班 8:30-17:30", "公司总部（杭州市拱墅区）", 4),
        ("质量管理部", "质量负责人", "质量副总经理",
         "学历：本科及以上\n专业：药学相关专业\n经验：3年以上药品经营质量管理工作经验\n证书：执业药师资格证书", "常白班 8:30-17:30", "公司总部（杭州市拱墅区）", 1),
        ("配送中心", "验收员", "配送中心质量主管",
         "学历：中专及以上\n专业：药学或医学、生物、化学相关专业\n经验：1年以上药品验收工作经验\n证书：药学初级职称（药士）或以上", "白班 7:30-16:30", "配送中心（杭州市余杭区仁和街道）", 3),
        ("配送中心", "养护员", "配送中心质量主管",
         "学历：中专及以上\n专业：药学或医学、生物、化学相关专业\n经验：不限\n证书：无", "白班 8:00-17:00", "配送中心（杭州市余杭区仁和街道）", 2),
        ("配送中心", "仓库保管员", "仓储主管",
         "学历：高中及以上\n专业：不限\n经验：1年以上仓储工作经验\n证书：叉车证（N1）优先", "两班倒 7:00-15:00／15:00-23:00", "配送中心（杭州市余杭区仁和街道）", 8),
        ("配送中心", "配送司机", "运输主管",
         "学历：高中及以上\n专业：不限\n经验：3年以上驾龄，有冷链车驾驶经验者优先\n证书：C1及以上驾驶证", "早班 5:30-14:30（按线路排班）", "配送中心（杭州市余杭区仁和街道）", 12),
        ("数字化运营部", "会员运营专员", "数字化运营部经理",
         "学历：本科及以上\n专业：市场营销、电子商务\n经验：1年以上零售会员运营经验\n证书：无", "常白班 9:00-18:00", "公司总部（杭州市拱墅区）", 2),
    ]
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows(min_row=3):
        row[3].alignment = Alignment(wrap_text=True, vertical="top")
    ws2 = wb.create_sheet("薪酬标准")
    ws2.append(["岗位", "职级", "月薪（元）", None, None, "岗位津贴（元/月）", "备注"])
    ws2.append([None, None, "一类城市（杭州）", "二类城市（嘉兴）", "三类城市（湖州）", None, None])
    ws2.merge_cells("C1:E1"); ws2.merge_cells("A1:A2"); ws2.merge_cells("B1:B2")
    ws2.merge_cells("F1:F2"); ws2.merge_cells("G1:G2")
    pay = [("采购员", "P4", 7000, 6500, 6200, 300, "另有年度采购降本奖"),
           ("质量负责人", "M2", 15000, None, None, 1500, "仅总部设置"),
           ("验收员", "P3", 5200, None, None, 200, "仅配送中心设置"),
           ("养护员", "P2", 4800, None, None, 200, "仅配送中心设置"),
           ("仓库保管员", "P2", 5000, None, None, 300, "夜班另加夜班补贴40元/班"),
           ("配送司机", "P3", 6800, None, None, 500, "出车补贴按线路计"),
           ("会员运营专员", "P3", 7500, 7000, None, 0, None)]
    for r in pay:
        ws2.append(list(r))
    ws3 = wb.create_sheet("2023版（停用）")
    ws3.append(["本表为2023版岗位信息，2025年3月起停用，仅供查阅"])
    ws3.append(["岗位", "直接上级", "班次"])
    ws3.append(["配送司机", "配送中心主任", "常白班 8:00-17:00"])
    ws3.append(["采购员", "商品中心总监", "常白班 9:00-18:00"])
    wb.save(OUT / "04_岗位设置与薪酬标准.xlsx")


# ---------------------------------------------------------------------------
# 05 csv: a two-page export concatenated, the header repeated and page lines between
# ---------------------------------------------------------------------------
def csv05():
    hdr = ["岗位名称", "所属部门", "职责序号", "职责内容", "工作标准"]
    p1 = [("验收员", "配送中心", "1", "按采购记录核对到货药品的品名、规格、批号、数量和随货同行单", "到货当日完成验收"),
          ("验收员", "配送中心", "2", "按批号抽样检查药品外观、包装、标签和说明书", "抽样符合GSP抽样原则"),
          ("验收员", "配送中心", "3", "冷藏药品到货时检查运输途中温度记录，超温的拒收并报告质量主管", "冷藏药品30分钟内完成验收"),
          ("验收员", "配送中心", "4", "填写验收记录，对不合格药品放入不合格品区并报告", "记录真实完整，保存5年"),
          ("养护员", "配送中心", "1", "每日上午、下午各一次监测库区温湿度并调控", "常温库10-30℃，阴凉库不高于20℃"),
          ("养护员", "配送中心", "2", "对在库药品按季度进行循环养护检查，重点品种每月检查", "养护记录完整"),
          ("养护员", "配送中心", "3", "每月汇总近效期药品并报告仓储主管和采购部", "近效期定义：有效期不足6个月")]
    p2 = [("仓库保管员", "配送中心", "1", "按GSP分区分类储存药品，做到账货相符", "账货相符率100%"),
          ("仓库保管员", "配送中心", "2", "根据门店要货单拣货、复核并按线路集货", "拣货差错率≤0.02%"),
          ("仓库保管员", "配送中心", "3", "每月月末配合财务部进行库存盘点", "盘点差异48小时内查明原因"),
          ("配送司机", "配送中心", "1", "按排定线路将药品配送至门店，并取回门店签收单", "按线路时刻表送达"),
          ("配送司机", "配送中心", "2", "冷链药品配送途中开启温度记录仪，交接时与门店共同确认温度", "全程2-8℃"),
          ("配送司机", "配送中心", "3", "负责车辆日常检查、清洁和保养申报", "每日出车前检查")]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["康宁大药房 HR系统 岗位职责明细导出", "", "", "", ""])
    w.writerow(hdr)
    for r in p1:
        w.writerow(r)
    w.writerow(["第1页 共2页", "", "", "", "导出时间：2025-03-05 16:20"])
    w.writerow(hdr)
    for r in p2:
        w.writerow(r)
    w.writerow(["第2页 共2页", "", "", "", ""])
    (OUT / "05_配送中心岗位职责导出.csv").write_text(buf.getvalue(), encoding="utf-8-sig")


# ---------------------------------------------------------------------------
# 06 html: quality department page; <ol start> continuing lists, <abbr>, <sup> footnotes
# ---------------------------------------------------------------------------
def html06():
    html = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>质量管理部 · 岗位介绍 - 康宁大药房内网</title>
<style>.note{color:#888;font-size:12px} .card{border:1px solid #ddd;padding:12px;margin:12px 0}</style>
</head>
<body>
<nav>首页 &gt; 部门空间 &gt; 质量管理部</nav>
<h1>质量管理部岗位介绍</h1>
<p>质量管理部负责全公司药品经营质量管理体系的运行，对门店、DTP药房和配送中心实施<abbr title="药品经营质量管理规范">GSP</abbr>管理。</p>
<div class="card">
<h2>质量负责人</h2>
<p><strong>汇报对象：</strong>质量副总经理<sup>[1]</sup>　<strong>管理对象：</strong>质量管理员、配送中心质量主管</p>
<p><strong>核心职责（一）体系管理</strong></p>
<ol>
<li>组织制定和修订公司质量管理制度、岗位职责和操作规程；</li>
<li>主持每年一次的质量管理体系内审，督促整改；</li>
</ol>
<p><strong>核心职责（二）质量裁决</strong></p>
<ol start="3">
<li>对首营企业和首营品种的审核结果作出最终裁决；</li>
<li>对不合格药品的确认和处理作出决定，组织药品召回；</li>
<li>负责药品监督管理部门检查的迎检和整改答复。</li>
</ol>
<p class="note">[1] 质量负责人在质量管理工作中具有独立裁决权，不受采购、销售部门干预。</p>
</div>
<div class="card">
<h2><abbr title="药品经营质量管理规范">GSP</abbr>质量管理员</h2>
<p><strong>汇报对象：</strong>质量负责人　<strong>工作地点：</strong>公司总部，每周不少于2天到门店巡检</p>
<p><strong>任职要求：</strong>大专及以上学历，药学相关专业；具有药学初级以上专业技术职称；2年以上药品质量管理工作经验；会使用质量管理信息系统。</p>
<p><strong>核心职责</strong></p>
<ol>
<li>审核首营企业、首营品种资料，建立并维护质量档案；</li>
<li>按季度对全部门店开展GSP巡检，出具巡检报告并跟踪整改；</li>
<li>受理质量查询和质量投诉，按规定时限处理；</li>
</ol>
<p>（续）</p>
<ol start="4">
<li>监督不合格药品的报损和销毁，做好记录；</li>
<li>组织门店员工的年度质量培训和考核。</li>
</ol>
</div>
<div class="card">
<h2>质量副总经理</h2>
<p>（岗位说明书由总经办统一发布，本页不收录。）</p>
</div>
<footer>质量管理部 维护 · 最后更新 2025-02-18</footer>
</body>
</html>
"""
    (OUT / "06_质量管理部岗位介绍.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------------------
# 07 pdf: purchasing department JD with a shaded left label band and a KPI table
# ---------------------------------------------------------------------------
def pdf07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont("CJK", fp, subfontIndex=0)); fn = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light")); fn = "STSong-Light"
    st = ParagraphStyle("n", fontName=fn, fontSize=9.5, leading=14)
    h1 = ParagraphStyle("h", fontName=fn, fontSize=15, leading=20, alignment=1)
    h2 = ParagraphStyle("h2", fontName=fn, fontSize=11.5, leading=16)

    def footer(c, d):
        c.setFont(fn, 8); c.drawString(60, 30, "受控文件 请勿复印　KN-CG-JD-03　第%d页" % d.page)

    story = [Paragraph("采购部岗位说明书", h1), Spacer(1, 8),
             Paragraph("适用范围：康宁大药房连锁有限公司采购部（商品中心）。采购部经理岗位说明书由总经办发布，本文件只描述采购员。", st),
             Spacer(1, 8), Paragraph("一、采购员", h2), Spacer(1, 4)]
    P = lambda s: Paragraph(s, st)
    data = [[P("岗位名称"), P("采购员")],
            [P("所属部门"), P("采购部")],
            [P("直接上级"), P("采购部经理")],
            [P("岗位目的"), P("按照公司经营目录和GSP要求，从合法渠道采购质量可靠、价格合理的药品，保障门店和DTP药房供应。")],
            [P("主要职责"), P("1. 根据门店销售数据和库存上下限编制月度采购计划；<br/>"
                            "2. 与供应商洽谈价格、返利和账期，签订年度采购合同及质量保证协议；<br/>"
                            "3. 收集首营企业和首营品种资料，提交质量管理部审核；<br/>"
                            "4. 跟踪订单到货情况，协调处理缺货、破损和退货；<br/>"
                            "5. 每季度对供应商进行评价，提出淘汰或新增建议；<br/>"
                            "6. 配合财务部核对应付账款和发票。")],
            [P("任职资格"), P("大专及以上学历，药学、市场营销相关专业；2年以上医药采购经验；熟悉药品招标和医药流通政策；具备良好的谈判能力。")],
            [P("工作时间"), P("常白班8:30-17:30，双休")],
            [P("工作地点"), P("公司总部（杭州市拱墅区莫干山路）")]]
    t = Table(data, colWidths=[70, 400])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDE7F0")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [t, Spacer(1, 12), Paragraph("二、采购员绩效考核指标", h2), Spacer(1, 4)]
    kpi = [[P("指标"), P("权重"), P("目标值"), P("说明")],
           [P("采购计划准确率"), P("25%"), P("≥90%"), P("实际到货与计划量偏差在±10%以内的品种占比")],
           [P("门店缺货率"), P("25%"), P("≤3%"), P("门店要货未满足的品规数/要货品规数")],
           [P("采购成本降低率"), P("20%"), P("≥2%"), P("同品规年度采购均价与上年比较")],
           [P("首营资料一次通过率"), P("15%"), P("≥95%"), P("质量管理部审核一次通过的份数占比")],
           [P("供应商按时到货率"), P("15%"), P("≥95%"), P("约定日期内到货的订单占比")]]
    t2 = Table(kpi, colWidths=[110, 50, 60, 250])
    t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE7F0"))]))
    story += [t2, Spacer(1, 8), P("注：采购员考核由采购部经理按月评分，季度汇总。")]
    SimpleDocTemplate(str(OUT / "07_采购部岗位说明书.pdf"), pagesize=A4,
                      leftMargin=60, rightMargin=60).build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------
# 08 md: release notes of JD v3.2 (新增 / 变更 / 废止)
# ---------------------------------------------------------------------------
def md08():
    md = """# 岗位说明书 v3.2 发布说明

> 发布：人力资源部　日期：2025-03-01　适用：康宁大药房全体员工
> 本次发布替代 v3.1（2024-06）。未列出的岗位沿用原说明书。

## 一、新增

### 会员运营专员（数字化运营部）

- 汇报给：数字化运营部经理
- 工作地点：公司总部，远程办公每周不超过1天
- 要求：本科及以上；市场营销、电子商务专业；1年以上零售会员运营经验；会用SQL或BI工具做基础数据分析者优先

**岗位职责**

1. 运营公司会员小程序和企业微信社群，策划每月会员日活动；
2. 按会员消费数据分层（新客、活跃、沉睡），制定分层触达方案；
3. 与慢病管理中心合作，向慢病会员推送复购提醒和健康科普；
4. 监控会员积分发放与兑换，防范积分套利；
5. 每月输出会员运营分析报告。

**考核指标（季度）**

| 指标 | 权重 | 目标 |
|---|---|---|
| 会员复购率 | 30% | ≥45% |
| 沉睡会员唤醒率 | 25% | ≥10% |
| 社群月活跃率 | 20% | ≥35% |
| 会员日活动销售额 | 15% | 环比增长5% |
| 积分异常处理及时率 | 10% | 100% |

## 二、变更

- **配送司机**：班次由“常白班 8:00-17:00”改为“早班 5:30-14:30（按线路排班）”；直接上级由配送中心主任改为运输主管。
- **驻店药师**：24小时门店增设夜班，见《零售门店岗位说明书汇编》修订标记。
- **医保专员**：由财务部调整至医保事务部，2023版聘任通知作废。

## 三、废止

- **收银员**：岗位取消，收银工作由营业员轮岗兼任。
- **区域督导**：岗位取消，职能并入片区经理。
"""
    (OUT / "08_岗位说明书v3.2发布说明.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------------------
# 09 GBK txt: 医保专员 JD in 一、（一）1．(1) outline
# ---------------------------------------------------------------------------
def txt09():
    s = """康宁大药房连锁有限公司
医保专员岗位说明（2025年版）

一、岗位基本情况
（一）岗位名称：医保专员
（二）所属部门：医保事务部
（三）直接上级：医保事务部经理
（四）工作地点：公司总部，需定期到各医保定点门店检查
（五）工作时间：常白班8:30-17:30；每月初结算期可能加班
（六）薪资：月薪6000-8000元，另有年度考核奖金

二、岗位职责
（一）定点管理
1．负责公司42家门店医保定点资格的申请、变更和年度考核材料报送；
2．维护医保药品目录与门店商品编码的对照关系，目录调整后5个工作日内完成更新；
（二）结算对账
3．每月5日前完成上月医保结算数据核对，跟踪医保回款；
4．对医保拒付、扣款项目查明原因并提出申诉；
（三）合规检查
5．每季度对门店医保刷卡进行抽查，重点检查串换药品、超量开药等违规行为；
6．组织门店员工学习医保政策，每半年至少一次。

三、任职资格
（一）学历：大专及以上
（二）专业：财务、医药管理、医疗保险等相关专业
（三）经验：2年以上医保结算或医药财务工作经验
（四）技能：熟悉浙江省医保定点零售药店管理办法，熟练使用医保结算系统和Excel

四、相关规定摘录（非岗位要求，仅供参考）
（一）参保人在定点药店购药，须凭医保电子凭证或社保卡本人使用。
（二）个人账户资金的具体支付范围以当地医保部门公布为准。
"""
    (OUT / "09_医保专员岗位说明.txt").write_bytes(s.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------------------
# 10 UTF-16 txt: prescription review policy (near-miss; not HR)
# ---------------------------------------------------------------------------
def txt10():
    s = """康宁大药房处方审核与调配管理制度
文件编号：KN-ZL-ZD-012　版本：B/0　生效日期：2025-01-01

第一条　目的：规范处方药的审核、调配和销售，保证用药安全。
第二条　适用范围：公司全部门店及DTP药房。
第三条　处方药凭处方销售，处方须经执业药师审核签字后方可调配。执业药师不在岗时，应挂牌告知并停止销售处方药。
第四条　审核内容：处方的合法性（医疗机构、医师签名、日期）、患者信息、药品名称、剂量、用法、配伍禁忌和重复用药。
第五条　对有配伍禁忌或超剂量的处方，审核人员应拒绝调配，必要时经处方医师更正或重新签字。
第六条　调配人员按处方调配，做到“四查十对”，调配后由审核人员复核。
第七条　处方留存2年备查；电子处方在系统中保存。
第八条　本制度由质量管理部负责解释。
"""
    (OUT / "10_处方审核管理制度.txt").write_bytes(b"\xff\xfe" + s.replace("\n", "\r\n").encode("utf-16-le"))


if __name__ == "__main__":
    doc01(); doc02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
