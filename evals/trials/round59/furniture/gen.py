#!/usr/bin/env python3
"""Round 59 blind trial: 森和家居 (a panel and solid-wood furniture maker).

Writes 10 HR documents to $T59_OUT (default /tmp/t59furniture/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).
"""
import csv
import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T59_OUT", "/tmp/t59furniture/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
CO = "森和家居有限公司"


# ----------------------------------------------------------------------------- helpers
def set_cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def cell_lines(cell, lines, bold_first=False):
    """Write lines into a cell, one paragraph each."""
    cell.text = ""
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        if bold_first and i == 0:
            r.bold = True


def red_note(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    return p


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sec.footer.paragraphs[0].text = foot
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER


# ============================================================================ 01 docx
# Production JD book. Each post: caption "表N　岗位说明书（编码）" (no post name in the
# caption), then one table: row 0 merged "岗位名称 X ｜ 岗位编码 ｜ 所属部门", a merged cell
# holding a NESTED 工作关系 table (上级/下属/协作), then duty rows whose 职责模块 cell is merged
# down, then 任职资格 rows with sub-labels. Red revision notes, a 略 post, a void appendix.
PROD = [
    dict(code="SC-01", name="开料工", dept="板式车间", boss="板式车间主任", subs="无",
         coop="封边工、拆单员（设计部）",
         duties=[("开料作业", "按拆单图纸和开料清单进行板材开料，核对板材花色、厚度与纹路方向", "每班"),
                 ("开料作业", "开料完成后逐块粘贴条码标签，按订单号分拣码放至封边待料区", "每班"),
                 ("设备点检", "开机前检查锯片、靠尺与吸尘管道，发现异常立即停机报修", "每班"),
                 ("物料控制", "控制板材利用率，可用余料登记后退回余料架", "每日"),
                 ("现场管理", "下班前清理锯屑粉尘，填写《开料设备点检表》", "每日")],
         qual=[("学历", "初中及以上"), ("经验", "1年以上板式家具开料经验，会看开料图"),
               ("技能", "熟练操作电子开料锯或CNC开料机，会使用卷尺、游标卡尺"),
               ("证书", "无硬性要求"), ("身体条件", "无色弱色盲，能适应粉尘环境作业")],
         note="〔修订注 2025-03：开料工学历要求由“高中及以上”调整为“初中及以上”，经验要求不变。〕"),
    dict(code="SC-02", name="封边工", dept="板式车间", boss="板式车间主任", subs="无",
         coop="开料工、打孔工",
         duties=[("封边作业", "操作全自动直线封边机对板件进行封边，按板件花色选用封边条", "每班"),
                 ("封边作业", "根据板厚调整修边刀、刮边刀和抛光轮，确保边角平整无毛刺", "每班"),
                 ("质量自检", "逐件检查封边质量，不得有脱胶、崩边、溢胶、色差，发现问题及时返修", "每班"),
                 ("设备维护", "清理热熔胶锅及导轨，记录热熔胶和封边条用量", "每日")],
         qual=[("学历", "初中及以上"), ("经验", "半年以上封边机操作经验，熟手可放宽学历"),
               ("技能", "会调试封边机温度与进料速度"), ("证书", "无"), ("身体条件", "能适应站立作业")],
         note=None),
    dict(code="SC-03", name="木工", dept="实木车间", boss="实木车间主任", subs="学徒工",
         coop="油漆工、质检员",
         duties=[("部件加工", "按图纸进行实木部件加工，完成榫卯开榫、铣型和手工雕刻", "每日"),
                 ("部件加工", "选料配色，剔除开裂、死节、虫眼等缺陷木料", "每批"),
                 ("组装", "组装实木框架与抽屉，保证对角线误差不超过2mm", "每日"),
                 ("带教", "指导学徒工使用四面刨、开榫机并纠正不规范操作", "每周")],
         qual=[("学历", "不限"), ("经验", "3年以上实木家具制作经验，会做传统榫卯结构"),
               ("技能", "能看懂三视图，熟练使用四面刨、开榫机、雕刻机"),
               ("证书", "持木工职业技能等级证书（四级及以上）者优先"), ("身体条件", "身体健康")],
         note=None),
    dict(code="SC-04", name="油漆工", dept="涂装车间", boss="涂装车间主任", subs="无",
         coop="木工、质检员、仓管员",
         duties=[("涂装作业", "按工艺单调配油漆，完成底漆、修色、打磨和面漆喷涂", "每日"),
                 ("涂装作业", "控制漆膜厚度和光泽度，做好样板比对", "每批"),
                 ("环境安全", "每班清洁喷房与水帘柜，检查排风及废气处理设备运行", "每班"),
                 ("危化品管理", "领用油漆、稀释剂须登记台账，空桶按危废规定交回", "每日")],
         qual=[("学历", "初中及以上"), ("经验", "2年以上PU、PE或水性漆喷涂经验"),
               ("技能", "会手工修色，能使用空气喷枪和静电喷枪"),
               ("证书", "上岗前须取得职业健康体检合格证明"), ("身体条件", "无色弱、无呼吸系统疾病")],
         note=None),
    dict(code="SC-05", name="质检员", dept="品质部", boss="车间主任", subs="无",
         coop="各车间班组、售后专员",
         duties=[("来料检验", "对板材、五金和油漆进行来料检验，核查含水率及甲醛释放等级证明", "每批"),
                 ("过程检验", "执行首件检验和工序巡检，巡检间隔不超过2小时", "每班"),
                 ("成品检验", "对包装前成品进行出厂检验，不合格品挂红牌隔离并开具返工单", "每批"),
                 ("质量分析", "填写质检日报，参与客诉质量问题的原因分析与整改验证", "每周")],
         qual=[("学历", "中专或高中及以上"), ("专业", "不限，木材加工、家具设计与制造专业优先"),
               ("经验", "1年以上家具或建材行业质检经验"),
               ("证书", "持质量检验员证书者优先"), ("技能", "会使用含水率仪、色差仪，熟悉家具质量国标")],
         note="〔修订注：质检员汇报关系拟调整，以生产中心正式通知为准。〕"),
    dict(code="SC-06", name="车间主任", dept="生产中心", boss="生产经理",
         subs="开料工、封边工、打孔工、包装工（板式车间）", coop="计划部、品质部、仓储部",
         duties=[("生产组织", "根据计划部下达的周排产计划安排班组生产，确保订单按期交付", "每周"),
                 ("生产组织", "合理调配人员与设备，处理生产异常和插单", "每日"),
                 ("安全与6S", "组织班前会，落实安全生产责任和6S现场管理", "每日"),
                 ("成本控制", "监控板材利用率与辅料消耗，推动降本改善", "每月"),
                 ("队伍建设", "组织新员工岗前培训和技能考核，负责班组绩效评定", "每月")],
         qual=[("学历", "大专及以上"), ("专业", "机械、木材科学与工程、家具设计与制造等相关专业"),
               ("经验", "5年以上家具生产管理经验，其中2年以上车间主任经验"),
               ("技能", "熟悉板式家具生产工艺与ERP/MES系统，具备班组管理能力"),
               ("证书", "持有安全生产管理人员证书")],
         note=None),
]


def gen_doc1():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, f"{CO}　生产中心　受控文件　SH-SC-JD-2025　A/1版",
                  "编制：人力资源部　审核：生产中心　批准：总经理　　2025年3月1日实施")
    t = doc.add_paragraph()
    r = t.add_run("生产中心岗位说明书（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("说明：本册收录生产中心一线及管理岗位，每个岗位一张表。打孔工、包装工岗位说明书另行编制。"
                      "表中“频次”指该项工作的最低执行频率。")
    for i, p in enumerate(PROD, 1):
        cap = doc.add_paragraph()
        cr = cap.add_run(f"表{i}　岗位说明书（{p['code']}）")
        cr.bold = True
        n_rows = 1 + 1 + 1 + len(p["duties"]) + 1 + len(p["qual"])
        tb = doc.add_table(rows=n_rows, cols=4)
        tb.style = "Table Grid"
        # row 0
        c = tb.cell(0, 0).merge(tb.cell(0, 3))
        c.text = f"岗位名称：{p['name']}　｜　岗位编码：{p['code']}　｜　所属部门：{p['dept']}"
        # row 1: 工作关系 with nested table
        tb.cell(1, 0).text = "工作关系"
        nc = tb.cell(1, 1).merge(tb.cell(1, 3))
        nc.text = ""
        nested = nc.add_table(rows=3, cols=2)
        nested.style = "Table Grid"
        for j, (k, v) in enumerate([("直接上级", p["boss"]), ("直接下属", p["subs"]), ("内部协作", p["coop"])]):
            nested.cell(j, 0).text = k
            nested.cell(j, 1).text = v
        # row 2: duty header
        for j, h in enumerate(["岗位职责", "职责模块", "工作内容", "频次"]):
            tb.cell(2, j).text = h
        r0 = 3
        for j, (mod, txt, freq) in enumerate(p["duties"]):
            row = r0 + j
            tb.cell(row, 2).text = txt
            tb.cell(row, 3).text = freq
        # merge 职责模块 runs
        j = 0
        ds = p["duties"]
        while j < len(ds):
            k = j
            while k + 1 < len(ds) and ds[k + 1][0] == ds[j][0]:
                k += 1
            mc = tb.cell(r0 + j, 1).merge(tb.cell(r0 + k, 1)) if k > j else tb.cell(r0 + j, 1)
            mc.text = ds[j][0]
            j = k + 1
        # left label merged down duties
        tb.cell(2, 0).merge(tb.cell(r0 + len(ds) - 1, 0))
        # qualification block
        q0 = r0 + len(ds)
        tb.cell(q0, 0).text = "任职资格"
        tb.cell(q0, 1).text = "要素"
        mc = tb.cell(q0, 2).merge(tb.cell(q0, 3))
        mc.text = "要求"
        for j, (k, v) in enumerate(p["qual"]):
            row = q0 + 1 + j
            tb.cell(row, 1).text = k
            tb.cell(row, 2).merge(tb.cell(row, 3)).text = v
        tb.cell(q0, 0).merge(tb.cell(q0 + len(p["qual"]), 0))
        if p["note"]:
            red_note(doc, p["note"])
        doc.add_paragraph()
    # 略 post
    cap = doc.add_paragraph()
    cap.add_run("表7　岗位说明书（SC-07）").bold = True
    tb = doc.add_table(rows=2, cols=2)
    tb.style = "Table Grid"
    tb.cell(0, 0).merge(tb.cell(0, 1)).text = "岗位名称：包装工　｜　岗位编码：SC-07　｜　所属部门：板式车间"
    tb.cell(1, 0).text = "岗位职责及任职资格"
    tb.cell(1, 1).text = "略（待包装线改造完成后补充）"
    doc.add_paragraph()
    doc.add_paragraph("附录　2022版岗位编码对照（已作废，仅供查阅）").runs[0].bold = True
    tb = doc.add_table(rows=4, cols=3)
    tb.style = "Table Grid"
    for j, row in enumerate([("旧编码", "岗位", "2022版直接上级"), ("P-11", "开料工", "生产班长"),
                             ("P-12", "封边工", "生产班长"), ("P-20", "质检员", "生产经理")]):
        for k, v in enumerate(row):
            tb.cell(j, k).text = v
    doc.save(OUT / "01_生产中心岗位说明书（2025版）.docx")


# ============================================================================ 02 docx
# Shop and service handbook written in the first person ("我是门店导购…"), facts of one post
# in a floating text box ("岗位小档案"), a ☐ checklist of daily tasks, a nested tool table,
# and a 店长 section that is only "略".
def add_textbox(paragraph, lines):
    """Append an anchored floating text box (wps shape, VML fallback) holding `lines`."""
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = "".join(f'<w:p><w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r></w:p>' for l in lines)
    xml = (
        '<w:r %s xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="2" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3600000</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2000000" cy="1500000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="1500000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape style="width:160pt;height:120pt"><v:textbox>'
        f'<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
        '</mc:AlternateContent></w:r>'
    ) % nsdecls("w")
    paragraph._p.append(parse_xml(xml))


SHOP = [
    dict(name="门店导购", intro="我是门店导购，在广州天河展厅或深圳南山展厅上班，直接向店长汇报。",
         box=["岗位小档案", "所属部门：零售事业部", "学历：高中及以上", "经验：不限，有家居建材销售经验优先",
              "薪资：底薪4000元+销售提成", "班次：早晚两班轮换，每周轮休1天"],
         daily=["开店前整理样品、检查展厅灯光和卫生",
                "接待进店客户，讲解板材环保等级、五金和工艺卖点",
                "了解客户户型和预算，引荐家具设计师跟进",
                "促成签单并收取定金，录入客户信息到CRM",
                "签单后3天内电话回访，登记客户反馈"],
         need=["普通话流利，形象得体，会用手机做客户登记",
               "能接受周末及节假日排班", "了解E0级与ENF级板材的区别者优先"]),
    dict(name="家具设计师", intro="我是家具设计师，隶属设计部，直接向设计部经理汇报，日常驻广州天河展厅。",
         box=["岗位小档案", "所属部门：设计部", "学历：本科及以上",
              "专业：室内设计、家具设计、工业设计等相关专业", "经验：2年以上全屋定制设计经验",
              "薪资：底薪6000元+签单提成"],
         daily=["与导购一起接待客户，上门量尺并核对现场水电位",
                "出平面方案、效果图和报价单，与客户沟通修改方案",
                "签单后完成拆单图纸，交跟单员审核下单",
                "跟进生产与安装进度，参与安装完成后的客户验收"],
         need=["熟练使用酷家乐或三维家、AutoCAD",
               "熟悉板式家具结构与五金配置", "有良好的审美和沟通能力"]),
    dict(name="安装师傅", intro="我是安装师傅，属于安装服务部，直接向安装组长汇报，跑佛山、广州、深圳三地的客户家里。",
         box=["岗位小档案", "所属部门：安装服务部", "学历：不限", "经验：2年以上定制家具安装经验",
              "证书：持C1及以上驾驶证，有低压电工作业证优先", "薪资：按单计费，月收入约8000—15000元"],
         daily=["前一天与客户确认上门时间，按预约准时上门",
                "开箱核对货品、板件和五金配件数量，缺件当场拍照上报",
                "安装柜体、门板和抽屉，调试铰链、滑轨等五金",
                "做好现场成品保护，安装后清理垃圾",
                "请客户验收签字，拍照上传安装工单"],
         need=["吃苦耐劳，能接受外勤和搬运", "会使用电钻、水平仪、修边机等工具",
               "服务意识强，不与客户发生争执"]),
    dict(name="售后专员", intro="我是售后专员，在客服中心上班，直接向客服主管汇报。",
         box=["岗位小档案", "所属部门：客服中心", "学历：大专及以上", "经验：1年以上客服或售后工作经验",
              "薪资：4500—6000元/月", "班次：做六休一，09:00—18:00"],
         daily=["受理客户投诉和维修申请，2小时内响应",
                "判断问题类型，派单给安装师傅或通知补件",
                "跟踪处理进度，处理完成后48小时内回访",
                "每周统计售后问题，反馈给品质部和设计部"],
         need=["性格耐心，普通话标准，会粤语优先", "熟练使用办公软件和工单系统"]),
]


def gen_doc2():
    doc = Document()
    set_cjk(doc)
    header_footer(doc, "零售事业部 / 安装服务部　内部培训资料　请勿外传", "森和家居 · 新员工入职必读")
    t = doc.add_paragraph()
    r = t.add_run("门店与安装服务岗位手册——听听我们自己怎么说")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("本手册由各岗位优秀员工口述、人力资源部整理，用第一人称介绍每个岗位。"
                      "右侧“岗位小档案”为人力资源部核定的岗位信息。")
    for i, p in enumerate(SHOP, 1):
        h = doc.add_paragraph()
        hr = h.add_run(f"▎{i}. {p['name']}")
        hr.bold = True
        hr.font.size = Pt(13)
        para = doc.add_paragraph(p["intro"])
        add_textbox(para, p["box"])
        doc.add_paragraph("我每天要做的事：")
        for d in p["daily"]:
            doc.add_paragraph("☐ " + d)
        doc.add_paragraph("想来做我这份工，你需要：")
        for n in p["need"]:
            doc.add_paragraph("· " + n)
        if p["name"] == "安装师傅":
            doc.add_paragraph("我随车带的工具：")
            tb = doc.add_table(rows=1, cols=2)
            tb.style = "Table Grid"
            tb.cell(0, 0).text = "工具包"
            inner = tb.cell(0, 1).add_table(rows=3, cols=2)
            inner.style = "Table Grid"
            for j, (a, b) in enumerate([("电动工具", "充电电钻、修边机"), ("测量工具", "水平仪、卷尺、角尺"),
                                        ("防护用品", "鞋套、地面保护膜")]):
                inner.cell(j, 0).text = a
                inner.cell(j, 1).text = b
    h = doc.add_paragraph()
    h.add_run("▎5. 店长").bold = True
    doc.add_paragraph("店长岗位自述：略（店长岗位由零售事业部另行编写）。")
    doc.save(OUT / "02_门店与安装服务岗位手册.docx")


# ============================================================================ 03 xlsx KPI
# One sheet per department; post blocks whose 考核岗位 cell is merged down the block;
# 分值 points with a =SUM 合计 row; 红线值 / 目标值 and a 计分规则 column; an 指标说明 sheet;
# a void 2024 sheet.
KPI = {
    "板式车间": [
        ("开料工", "车间主任", [
            ("板材利用率", "实际使用板材面积÷领用板材面积×100%", 30, "88%", "≥92%", "每低1个百分点扣3分"),
            ("开料尺寸合格率", "尺寸合格板件数÷开料板件总数×100%", 25, "99%", "≥99.5%", "每低0.1个百分点扣2分"),
            ("开料计划达成率", "按时完成开料的订单数÷计划订单数×100%", 25, "95%", "≥98%", "每低1个百分点扣2分"),
            ("设备点检执行率", "已点检班次÷应点检班次×100%", 10, "90%", "100%", "漏检一次扣2分"),
            ("安全事故次数", "当月发生的工伤及设备安全事故", 10, "—", "0次", "发生一次本项0分；重伤事故当月绩效为0"),
        ]),
        ("封边工", "车间主任", [
            ("封边一次合格率", "一次检验合格板件数÷封边板件总数×100%", 35, "97%", "≥99%", "每低0.5个百分点扣3分"),
            ("日均封边米数", "月封边总米数÷出勤天数", 30, "1500米", "≥1800米", "每少100米扣2分"),
            ("封边条损耗率", "封边条损耗长度÷领用长度×100%", 20, "5%", "≤3%", "每超0.5个百分点扣2分"),
            ("6S检查得分", "车间6S周检平均分", 15, "80分", "≥90分", "每低1分扣1分"),
        ]),
        ("车间主任", "生产经理", [
            ("生产计划达成率", "按期完工订单数÷计划订单数×100%", 30, "90%", "≥95%", "每低1个百分点扣3分"),
            ("产品一次交检合格率", "一次交检合格数÷交检总数×100%", 25, "95%", "≥98%", "每低1个百分点扣3分"),
            ("板材综合利用率", "车间板材实际利用面积÷领用面积×100%", 15, "86%", "≥90%", "每低1个百分点扣2分"),
            ("人均产值", "车间月产值÷在册人数", 15, "3.5万元", "≥4万元", "每低0.1万元扣1分"),
            ("安全事故次数", "车间当月工伤及设备安全事故", 15, "—", "0次", "一票否决"),
        ]),
    ],
    "涂装与品质": [
        ("油漆工", "涂装车间主任", [
            ("漆面一次合格率", "一次检验合格件数÷喷涂件数×100%", 40, "92%", "≥95%", "每低1个百分点扣3分"),
            ("油漆单耗", "油漆用量（kg）÷喷涂面积（㎡）", 25, "0.5kg/㎡", "≤0.45kg/㎡", "每超0.01扣2分"),
            ("涂装返工率", "返工件数÷喷涂件数×100%", 20, "5%", "≤3%", "每超1个百分点扣4分"),
            ("废气排放达标率", "环保监测达标次数÷监测次数×100%", 15, "—", "100%", "超标一次本项0分"),
        ]),
        ("质检员", "品质部主管", [
            ("漏检率", "客户或下道工序发现的漏检数÷检验总数×100%", 40, "1%", "≤0.5%", "每超0.1个百分点扣5分"),
            ("检验及时率", "按时完成检验批次÷应检批次×100%", 20, "95%", "100%", "延误一批扣2分"),
            ("客诉质量问题闭环率", "已完成整改验证的客诉÷质量类客诉×100%", 25, "90%", "100%", "每低5个百分点扣5分"),
            ("质检报表准确率", "无差错报表份数÷报表总份数×100%", 15, "95%", "100%", "错一处扣1分"),
        ]),
    ],
    "门店": [
        ("门店导购", "店长", [
            ("个人销售额完成率", "实际签单金额÷月度销售目标×100%", 40, "80%", "≥100%", "按完成率折算得分"),
            ("进店转化率", "签单客户数÷接待进店客户数×100%", 25, "18%", "≥25%", "每低1个百分点扣2分"),
            ("客户满意度", "回访满意客户数÷回访客户数×100%", 20, "90%", "≥95%", "每低1个百分点扣2分"),
            ("样品及展厅维护", "店长周检评分", 15, "80分", "≥90分", "每低1分扣1分"),
        ]),
        ("家具设计师", "设计部经理", [
            ("签单金额", "当月经本人设计签单的合同金额", 35, "15万元", "≥25万元", "按完成率折算得分"),
            ("方案通过率", "客户确认方案数÷出具方案数×100%", 20, "50%", "≥65%", "每低5个百分点扣2分"),
            ("拆单差错率", "拆单错误导致补板的订单数÷拆单订单数×100%", 25, "2%", "≤1%", "每超0.5个百分点扣5分"),
            ("量尺准时率", "按约定时间上门量尺次数÷量尺总次数×100%", 20, "90%", "≥98%", "迟到一次扣2分"),
        ]),
    ],
    "仓储与订单": [
        ("仓管员", "仓储主管", [
            ("账实相符率", "盘点账实相符品项数÷盘点品项总数×100%", 35, "99.5%", "≥99.8%", "每低0.1个百分点扣5分"),
            ("发货差错率", "错发漏发单数÷发货总单数×100%", 30, "0.3%", "≤0.1%", "每发生一单扣3分"),
            ("入库及时率", "当日完成入库单数÷到货单数×100%", 20, "95%", "100%", "每延误一单扣1分"),
            ("月度盘点按时完成", "是否在每月最后两个工作日完成盘点", 15, "—", "按时完成", "未按时0分"),
        ]),
        ("跟单员", "计划部经理", [
            ("订单准时交付率", "按承诺交期交付订单数÷应交付订单数×100%", 40, "90%", "≥96%", "每低1个百分点扣3分"),
            ("订单审核差错率", "审核遗漏导致生产错误的订单数÷审核订单数×100%", 25, "1%", "≤0.3%", "每发生一单扣5分"),
            ("异常通报及时率", "24小时内通报的异常数÷异常总数×100%", 20, "90%", "100%", "每延误一次扣2分"),
            ("门店满意度", "门店季度评分", 15, "80分", "≥90分", "每低1分扣1分"),
        ]),
    ],
}


def gen_xlsx_kpi():
    wb = Workbook()
    ws = wb.active
    ws.title = "指标说明"
    rows = ["森和家居2025年度岗位绩效考核指标库",
            "1. 本指标库适用于生产中心、零售事业部、仓储物流部、计划部的一线及基层管理岗位。",
            "2. 各岗位考核满分100分，“分值”即该指标的权重；考核周期为月度，季度汇总。",
            "3. 红线值：低于红线值该项不得分；目标值：达到目标值得满分。",
            "4. 安装师傅、售后专员的考核见《售后与安装服务考核办法》，不在本表。",
            "5. 2024版指标库已于2025年1月1日废止。"]
    for i, t in enumerate(rows, 1):
        ws.cell(i, 1, t)
    ws["A1"].font = Font(bold=True, size=14)
    ws.column_dimensions["A"].width = 90
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, blocks in KPI.items():
        ws = wb.create_sheet(sheet)
        ws.merge_cells("A1:H1")
        ws["A1"] = f"{sheet}岗位月度KPI考核表（2025）"
        ws["A1"].font = Font(bold=True, size=13)
        hdr = ["考核岗位", "考核人", "考核指标", "指标定义/计算公式", "分值", "红线值", "目标值", "计分规则"]
        for j, h in enumerate(hdr, 1):
            c = ws.cell(2, j, h)
            c.font = bold
            c.fill = fill
        r = 3
        for post, rater, inds in blocks:
            start = r
            for name, formula, pts, red, tgt, rule in inds:
                for j, v in enumerate([None, None, name, formula, pts, red, tgt, rule], 1):
                    if v is not None:
                        ws.cell(r, j, v)
                r += 1
            ws.cell(start, 1, post)
            ws.cell(start, 2, rater)
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=1, end_column=1)
            ws.merge_cells(start_row=start, end_row=r - 1, start_column=2, end_column=2)
            ws.cell(start, 1).alignment = Alignment(vertical="center")
            ws.cell(r, 3, "合计")
            ws.cell(r, 5, f"=SUM(E{start}:E{r - 1})")
            ws.cell(r, 3).font = bold
            r += 2
        for col, w in zip("ABCDEFGH", [12, 12, 20, 44, 8, 10, 12, 30]):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("2024版（已废止）")
    ws["A1"] = "2024版开料工考核指标（已废止，仅供对照）"
    for j, h in enumerate(["考核岗位", "考核指标", "权重"], 1):
        ws.cell(2, j, h)
    for i, (a, b, c) in enumerate([("开料工", "开料产量", "50%"), ("开料工", "出材率", "30%"),
                                   ("开料工", "劳动纪律", "20%")], 3):
        ws.cell(i, 1, a); ws.cell(i, 2, b); ws.cell(i, 3, c)
    wb.save(OUT / "03_2025年度岗位绩效考核指标库.xlsx")


# ============================================================================ 04 xlsx staffing
def gen_xlsx_staff():
    wb = Workbook()
    ws = wb.active
    ws.title = "编制与薪酬"
    ws.merge_cells("A1:L1")
    ws["A1"] = "森和家居2025年岗位编制与薪酬标准（单位：人、元/月）"
    ws["A1"].font = Font(bold=True, size=13)
    # two-row header
    top = [("岗位", 1, 1), ("所属部门", 2, 2), ("直接上级", 3, 3), ("佛山工厂", 4, 5), ("广州天河展厅", 6, 7),
           ("深圳南山展厅", 8, 9), ("班次代码", 10, 10), ("学历下限", 11, 11), ("备注", 12, 12)]
    for name, a, b in top:
        ws.cell(2, a, name)
        if b > a:
            ws.merge_cells(start_row=2, end_row=2, start_column=a, end_column=b)
        else:
            ws.merge_cells(start_row=2, end_row=3, start_column=a, end_column=a)
    for a in (4, 6, 8):
        ws.cell(3, a, "编制")
        ws.cell(3, a + 1, "月薪区间")
    data = [
        ("开料工", "板式车间", "板式车间主任", 8, "5500-7500", None, None, None, None, "A/B", "初中", "计件为主"),
        ("封边工", "板式车间", "板式车间主任", 6, "5000-7000", None, None, None, None, "A/B", "初中", "计件单价见“计件单价”表"),
        ("打孔工", "板式车间", "板式车间主任", 4, "5000-6500", None, None, None, None, "A/B", "初中", ""),
        ("木工", "实木车间", "实木车间主任", 10, "7000-10000", None, None, None, None, "C", "不限", "熟练工可面议"),
        ("油漆工", "涂装车间", "涂装车间主任", 6, "6500-9000", None, None, None, None, "C", "初中", "含有毒有害岗位津贴300元"),
        ("质检员", "品质部", "品质部主管", 5, "5000-6500", None, None, None, None, "A/B", "中专/高中", ""),
        ("车间主任", "生产中心", "生产经理", 3, "12000-16000", None, None, None, None, "C", "大专", "年终奖另计"),
        ("家具设计师", "设计部", "设计部经理", None, None, 4, "6000+提成", 3, "6500+提成", "D", "本科", ""),
        ("门店导购", "零售事业部", "店长", None, None, 6, "4000+提成", 5, "4300+提成", "E", "高中", "深圳展厅底薪上浮"),
        ("安装师傅", "安装服务部", "安装组长", 12, "按单计费", None, None, None, None, "D", "不限", "外勤，另发车补800元"),
        ("售后专员", "客服中心", "客服主管", 3, "4500-6000", None, None, None, None, "D", "大专", ""),
        ("仓管员", "仓储物流部", "仓储主管", 4, "5000-6000", None, None, None, None, "C", "高中/中专", ""),
        ("跟单员", "计划部", "计划部经理", 3, "5500-7000", None, None, None, None, "C", "大专", ""),
    ]
    for i, row in enumerate(data, 4):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i, j, v)
    for col, w in zip("ABCDEFGHIJKL", [12, 12, 14, 6, 12, 6, 12, 6, 12, 10, 10, 26]):
        ws.column_dimensions[col].width = w
    ws2 = wb.create_sheet("班次代码")
    for i, row in enumerate([("代码", "班次", "时间"), ("A", "白班（两班倒）", "08:00-20:00"),
                             ("B", "夜班（两班倒）", "20:00-次日08:00"), ("C", "长白班", "08:00-17:30"),
                             ("D", "外勤弹性班", "按预约，做六休一"), ("E", "门店早晚班", "早班09:30-18:00／晚班13:00-21:30")], 1):
        for j, v in enumerate(row, 1):
            ws2.cell(i, j, v)
    ws3 = wb.create_sheet("计件单价")
    for i, row in enumerate([("岗位", "计件项目", "单价", "说明"),
                             ("封边工", "直线封边", "0.35元/米", "异形封边按1.5倍计"),
                             ("开料工", "标准板开料", "1.2元/张", "18mm标准板，薄板按0.8倍计"),
                             ("安装师傅", "柜体安装", "45元/延米", "含门板调试；上楼费另计")], 1):
        for j, v in enumerate(row, 1):
            ws3.cell(i, j, v)
    ws4 = wb.create_sheet("2024（作废）")
    ws4["A1"] = "2024年薪酬标准（作废）"
    for i, row in enumerate([("岗位", "月薪区间"), ("开料工", "4800-6500"), ("安装师傅", "6000-9000"),
                             ("门店导购", "3500+提成")], 2):
        for j, v in enumerate(row, 1):
            ws4.cell(i, j, v)
    wb.save(OUT / "04_岗位编制与薪酬标准.xlsx")


# ============================================================================ 05 csv
# A job-board export: cells hold "**岗位职责**" markers and "• " bullets on several lines,
# pay like "8-12K·13薪", and a closed posting.
def gen_csv():
    rows = [
        ["职位ID", "职位名称", "工作城市", "薪资范围", "经验要求", "学历要求", "职位描述", "职位状态", "发布时间"],
        ["BZ2025031", "跟单员-订单中心", "佛山·顺德", "5.5-7K", "1-3年", "大专",
         "**岗位职责**\n• 接收门店订单，审核拆单数据与报价是否一致\n• 在ERP中下达生产订单，跟踪各车间生产进度\n"
         "• 协调交期，订单异常24小时内通报门店和计划部\n• 对接仓储物流安排发货\n"
         "**任职要求**\n• 大专及以上学历\n• 1年以上家具行业跟单经验\n• 熟练使用Excel和ERP系统，细心有耐心\n"
         "**汇报对象**：计划部经理", "招聘中", "2025-03-10"],
        ["BZ2025032", "仓管员", "佛山·顺德", "5-6K", "1年以上", "高中/中专",
         "**岗位职责**\n• 负责板材、五金的入库验收和数量核对\n• 成品按订单分区存放，做好防潮防压\n"
         "• 出库备货与装车核对，确保不错发漏发\n• 每月最后两个工作日完成月度盘点\n"
         "**任职要求**\n• 高中或中专及以上\n• 会使用ERP出入库模块\n• 持叉车证（N1）者优先\n"
         "**汇报对象**：仓储主管", "招聘中", "2025-03-12"],
        ["BZ2025035", "家具设计师（全屋定制）", "广州·天河", "8-12K·13薪", "1-3年", "本科",
         "**岗位职责**\n• 上门量尺，出平面方案和效果图\n• 与客户沟通方案并报价，促成签单\n• 完成拆单图纸\n"
         "**任职要求**\n• 本科，室内/家具/工业设计相关专业\n• 熟练使用酷家乐、CAD\n"
         "**汇报对象**：设计部经理", "招聘中", "2025-03-15"],
        ["BZ2025036", "安装师傅", "深圳·南山", "8-15K", "2年以上", "不限",
         "**岗位职责**\n• 负责深圳片区定制家具上门安装\n• 安装后请客户验收签字\n"
         "**任职要求**\n• 2年以上定制家具安装经验\n• 有C1驾照\n**汇报对象**：安装组长", "招聘中", "2025-03-15"],
        ["BZ2024118", "油漆工", "佛山·顺德", "6-8K", "2年以上", "初中",
         "**岗位职责**\n• 负责实木家具喷涂\n**任职要求**\n• 2年以上喷涂经验", "已关闭", "2024-11-02"],
    ]
    with open(OUT / "05_招聘平台职位导出.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


# ============================================================================ 06 html
# A WeChat-official-account style article: each post is a <section> whose title is an <h3>
# inside a coloured banner; facts as <strong>label</strong><br>value pairs; one post "详情待发布".
def gen_html():
    def sec(title, tag, facts, duties, reqs):
        f = "\n".join(f'      <p><strong>{k}</strong><br/>{v}</p>' for k, v in facts)
        d = "\n".join(f"        <li>{x}</li>" for x in duties)
        q = "\n".join(f"        <li>{x}</li>" for x in reqs)
        return f'''  <section class="job" style="margin:12px 0;border:1px solid #e5d3b3">
    <div class="banner" style="background:#8b5a2b;color:#fff"><h3>{title}</h3><span>{tag}</span></div>
    <div class="facts">
{f}
    </div>
    <p style="color:#8b5a2b">— 你将负责 —</p>
      <ul>
{d}
      </ul>
    <p style="color:#8b5a2b">— 我们希望你 —</p>
      <ul>
{q}
      </ul>
  </section>'''
    body = [
        sec("质检员", "生产中心·品质部 | 佛山顺德",
            [("工作地点", "佛山市顺德区龙江镇森和工业园"), ("薪资待遇", "5000-6500元/月，包住宿"),
             ("班次", "两班倒，白夜班每周轮换")],
            ["负责来料、过程和成品检验，做好检验记录", "对不合格品进行标识和隔离，跟踪返工结果",
             "每周汇总质量数据，参加质量例会"],
            ["中专或高中及以上学历", "1年以上家具行业质检经验", "能适应倒班"]),
        sec("木工（实木）", "生产中心·实木车间 | 佛山顺德",
            [("工作地点", "佛山市顺德区龙江镇森和工业园"), ("薪资待遇", "7000-10000元/月，技术好者面议"),
             ("班次", "长白班 08:00-17:30")],
            ["按图纸完成实木部件加工与组装", "带教学徒工"],
            ["3年以上实木家具制作经验", "会传统榫卯工艺"]),
        sec("门店导购", "零售事业部 | 广州天河 / 深圳南山",
            [("工作地点", "广州天河区天河路森和展厅、深圳南山区科技园森和展厅"),
             ("薪资待遇", "底薪4000元起+提成，综合月收入6000-12000元"), ("班次", "早晚班轮换，周末不休")],
            ["接待进店客户，介绍产品", "引荐设计师，促成签单"],
            ["高中及以上学历", "热爱销售，形象气质佳"]),
    ]
    pending = '''  <section class="job">
    <div class="banner"><h3>打磨工</h3><span>生产中心·实木车间 | 佛山顺德</span></div>
    <p>岗位详情待发布，敬请关注。</p>
  </section>'''
    html = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<title>森和家居 | 春季招聘：这些岗位等你来</title>
<style>.banner h3{{display:inline;margin-right:8px}} .facts p{{margin:4px 0}}</style>
</head>
<body>
<div class="rich_media_content">
  <p style="text-align:center">森和家居 2025-03-18 08:30 广东</p>
  <p>森和家居创立于2008年，是一家集板式定制与实木家具研发、生产、销售、安装于一体的企业，工厂位于佛山顺德，在广州、深圳设有直营展厅。</p>
  <p>春季招聘开始啦！以下岗位长期有效，简历请投 hr@senhe-home.example。</p>
{chr(10).join(body)}
{pending}
  <p>福利：五险一金、节日福利、年度旅游、员工购买家具享内部价。</p>
  <p>阅读 2318　在看 41</p>
</div>
</body>
</html>
'''
    (OUT / "06_春季招聘推文.html").write_text(html, encoding="utf-8")


# ============================================================================ 07 pdf
def gen_pdf():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    ttc = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(ttc):
        pdfmetrics.registerFont(TTFont("CJK", ttc, subfontIndex=0))
        FONT = "CJK"
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        FONT = "STSong-Light"
    W, H = A4
    c = canvas.Canvas(str(OUT / "07_售后与安装服务考核办法.pdf"), pagesize=A4)

    def page_head():
        c.setFont(FONT, 8)
        c.drawString(40, H - 28, "森和家居有限公司　安装服务部／客服中心　制度文件　SH-AZ-2025-02")
        c.line(40, H - 32, W - 40, H - 32)

    page_head()
    y = H - 70
    c.setFont(FONT, 15)
    c.drawCentredString(W / 2, y, "售后与安装服务考核办法（2025年修订）")
    y -= 30
    c.setFont(FONT, 10)
    lines = [
        "第一条　为规范定制家具上门安装和售后服务，提高客户满意度，制定本办法。",
        "第二条　本办法适用于安装服务部安装师傅、安装组长及客服中心售后专员。",
        "第三条　安装服务流程如下图，各环节责任岗位见方框内标注。",
    ]
    for ln in lines:
        c.drawString(50, y, ln)
        y -= 18
    # flow boxes
    steps = [("售后专员", "预约派单"), ("安装师傅", "上门核货"), ("安装师傅", "安装调试"),
             ("安装师傅", "客户验收"), ("售后专员", "48小时回访")]
    x = 50
    y -= 40
    for i, (post, act) in enumerate(steps):
        c.rect(x, y, 88, 36)
        c.drawString(x + 6, y + 22, act)
        c.drawString(x + 6, y + 6, f"〔{post}〕")
        if i < len(steps) - 1:
            c.line(x + 88, y + 18, x + 100, y + 18)
        x += 100
    y -= 30
    more = [
        "第四条　安装师傅应在预约时间前后30分钟内到达客户现场，不能按时到达的须提前1小时告知客户和售后专员。",
        "第五条　安装师傅负责开箱核货、安装调试、现场清洁和客户验收签字，安装完成当日上传工单照片。",
        "第六条　售后专员接到投诉后2小时内响应，一般问题7天内结案，处理完毕后48小时内回访。",
        "第七条　安装师傅月度考核指标如下表（满分100分）：",
    ]
    for ln in more:
        c.drawString(50, y, ln[:46])
        if len(ln) > 46:
            y -= 15
            c.drawString(74, y, ln[46:])
        y -= 18

    def table(y, rows, widths):
        x0 = 50
        rh = 20
        for r, row in enumerate(rows):
            x = x0
            for v, w in zip(row, widths):
                c.rect(x, y - rh, w, rh)
                c.drawString(x + 4, y - 14, v)
                x += w
            y -= rh
        return y

    y = table(y, [("考核指标", "权重", "目标值", "数据来源"),
                  ("安装一次验收合格率", "35%", "≥98%", "安装工单"),
                  ("准时上门率", "20%", "≥97%", "预约系统"),
                  ("客户好评率", "25%", "≥95%", "回访记录"),
                  ("二次上门率", "20%", "≤3%", "售后工单")], [150, 60, 80, 120])
    c.showPage()
    page_head()
    y = H - 70
    c.setFont(FONT, 10)
    c.drawString(50, y, "第八条　售后专员月度考核指标如下表（满分100分）：")
    y -= 10
    y = table(y, [("考核指标", "权重", "目标值", "数据来源"),
                  ("投诉响应及时率", "30%", "2小时内100%", "工单系统"),
                  ("48小时回访率", "25%", "≥98%", "回访记录"),
                  ("售后结案周期", "25%", "≤7天", "工单系统"),
                  ("客户满意度", "20%", "≥95%", "第三方回访")], [150, 60, 80, 120])
    y -= 20
    tail = [
        "第九条　安装师傅因自身原因造成客户财物损坏的，照价赔偿并扣减当月绩效。",
        "第十条　安装组长负责本组安装师傅的日常派工、技术指导和月度评分。",
        "第十一条　本办法自2025年4月1日起执行，2023年版《安装服务管理规定》同时废止。",
    ]
    for ln in tail:
        c.drawString(50, y, ln)
        y -= 18
    c.save()


# ============================================================================ 08 md
def gen_md():
    md = """# 仓储物流部与计划部（订单中心）工作指引

> 版本：V1.2　适用：仓管员、跟单员　更新：2025-02

## 一、岗位速查

| 项目 | 仓管员 | 跟单员 |
| --- | --- | --- |
| 所属部门 | 仓储物流部 | 计划部（订单中心） |
| 直接上级 | 仓储主管 | 计划部经理 |
| 工作地点 | 佛山顺德成品仓 | 佛山顺德总部办公楼3楼 |
| 学历 | 高中/中专及以上 | 大专及以上 |
| 经验 | 有仓库工作经验优先 | 1年以上家具行业跟单经验 |
| 证书 | 叉车证（N1）优先 | 无 |
| 班次 | 长白班（C） | 长白班（C），旺季需加班 |

## 二、仓管员主要职责

1. 入库验收
   - 板材、五金到货时核对送货单、规格和数量，不合格的拒收并通知采购
   - 当日完成入库单录入
2. 成品存放
   - 成品按订单号分区存放，做好防潮、防压、防磕碰
3. 出库发货
   - 按发货计划备货，装车时逐件扫码核对
4. 盘点
   - 每月最后两个工作日完成月度盘点，保证账实相符

## 三、跟单员主要职责

1. 审核门店订单和拆单数据，核对报价、板材花色和五金清单
2. 在ERP中下达生产订单，每天跟踪各车间进度
3. 协调交期：预计延误的订单，24小时内通报门店和计划部经理
4. 对接仓储物流部安排发货，交付后关闭订单

## 四、订单流转

```mermaid
sequenceDiagram
    门店导购->>家具设计师: 客户签单
    家具设计师->>跟单员: 提交拆单图纸
    跟单员->>车间主任: 下达生产订单
    车间主任->>仓管员: 成品入库
    仓管员->>安装师傅: 出库配送
```

## 五、常见问题

- **仓管员要不要倒班？** 不需要，仓库为长白班。
- **跟单员的考核看什么？** 见《2025年度岗位绩效考核指标库》“仓储与订单”表。
"""
    (OUT / "08_仓储与订单中心工作指引.md").write_text(md, encoding="utf-8")


# ============================================================================ 09 GBK fax
def gen_gbk():
    txt = """传　　真　　件

收件：生产中心各车间、品质部、人力资源部
发件：生产中心经理办公室
日期：2025年6月20日
页数：共1页（含本页）
事由：关于调整质检员汇报关系及油漆工班次的通知
------------------------------------------------------------

各部门：

　　为加强质量管理的独立性，经公司研究决定：

一、自2025年7月1日起，质检员不再向车间主任汇报，改为直接向品质部主管汇报；质检员的绩效由品质部主管评定。

二、自2025年7月1日起，涂装车间油漆工由长白班调整为两班倒（白班08:00-20:00，夜班20:00-次日08:00），夜班按公司规定发放夜班补贴。

三、《生产中心岗位说明书（2025版）》中与本通知不一致的，以本通知为准，人力资源部将于下次修订时更新。

特此通知。

生产中心经理办公室
2025年6月20日
"""
    (OUT / "09_关于调整质检员汇报关系的传真通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ============================================================================ 10 UTF-16 policy
def gen_utf16():
    txt = """森和家居有限公司考勤与加班管理制度

第一章　总则
第一条　为规范员工考勤，保障员工休息权益，制定本制度。
第二条　本制度适用于公司全体员工。门店员工的排班由店长另行安排，但须符合本制度。

第二章　考勤
第三条　工厂员工上下班须在人脸识别考勤机打卡，外勤岗位（安装师傅等）通过企业微信定位打卡。
第四条　迟到或早退30分钟以内的，每次扣款20元；超过30分钟的按旷工半天处理。
第五条　连续旷工3天或一年内累计旷工5天的，视为严重违反规章制度。

第三章　加班
第六条　加班须提前在OA系统提交申请，经部门负责人批准。
第七条　工作日加班按小时工资的150%支付加班费，休息日加班优先安排调休，不能调休的按200%支付，法定节假日加班按300%支付。
第八条　夜班（20:00至次日08:00）每晚发放夜班补贴30元；6月至9月一线车间员工发放高温补贴每月200元。

第四章　休假
第九条　员工享受国家规定的法定节假日、年休假、婚假、产假等假期。
第十条　病假须提供二级及以上医院证明，病假期间工资按当地最低工资标准的80%发放。

第五章　附则
第十一条　本制度由人力资源部负责解释，自2025年1月1日起施行。
"""
    (OUT / "10_考勤与加班管理制度.txt").write_bytes(txt.encode("utf-16"))


if __name__ == "__main__":
    gen_doc1()
    gen_doc2()
    gen_xlsx_kpi()
    gen_xlsx_staff()
    gen_csv()
    gen_html()
    gen_pdf()
    gen_md()
    gen_gbk()
    gen_utf16()
    for p in sorted(OUT.iterdir()):
        print(p.name, p.stat().st_size)
