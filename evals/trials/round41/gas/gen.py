"""Round 41 blind trial: 青岚燃气集团有限公司 (a city gas utility), 10 HR documents.

Run:  T41_OUT=/tmp/t41gas/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T41_OUT and ground_truth.json next to this script.
"""
import csv
import json
import os
from copy import deepcopy
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

OUT = Path(os.environ.get("T41_OUT", "/tmp/t41gas/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "青岚燃气集团有限公司"
GT = {}  # ground truth: file -> what it says

# ----------------------------------------------------------------------------------------------
# F01  Word 岗位说明书汇编: a 岗位编码对照表 first; each post's section is headed only by its code;
#      a 4-column facts grid with merged cells; a KRA duty table whose 关键职责领域 is merged down
#      over its activities; 任职资格 as a table nested in one cell; header/footer with file code.
# ----------------------------------------------------------------------------------------------
F01_POSTS = [
    {
        "code": "QLRQ-DD-01", "title": "调度员", "dept": "调度中心", "boss": "调度中心调度长", "subs": "无",
        "place": "滨江区华阳路88号调度中心大楼3楼", "shift": "四班三运转", "grade": "G6", "pay_cell": "按公司薪酬制度执行（见岗位定编与薪酬表）",
        "purpose": "通过SCADA系统对全市燃气管网和场站实施24小时集中监控与调度，保障安全、平稳、连续供气。",
        "kra": [
            ("运行监控", [
                ("监视SCADA系统管网压力、流量、温度等运行参数，发现超限报警立即核实处置并上报调度长", "调度日志、报警处置记录"),
                ("每小时巡检一次监控画面，核对门站、调压站远传数据与现场数据是否一致", "数据核对记录"),
            ]),
            ("调度指挥", [
                ("根据用气负荷预测编制次日调度计划，下达门站、调压站出站压力调整指令", "日调度计划"),
                ("接收抢险电话及客服中心转派的泄漏报警，5分钟内下达抢修指令并跟踪至闭环", "抢修派单单"),
                ("审核管网停气、降压、置换作业申请，协调发布停复气通知", "停气作业审批单"),
            ]),
            ("记录与应急", [
                ("填写调度日志，按规定做好交接班记录", "交接班记录"),
                ("参加应急预案演练，发生重大险情时按预案执行应急调度", "演练记录"),
            ]),
        ],
        "qual": [("学历", "大专及以上"), ("专业", "油气储运、燃气工程、自动化等相关专业"),
                 ("工作经验", "2年以上燃气场站或管网运行经验"),
                 ("资格证书", "燃气经营企业从业人员专业培训考核合格证"),
                 ("能力要求", "熟练操作SCADA监控系统，沟通表达清晰，能在压力下快速决策")],
    },
    {
        "code": "QLRQ-DD-02", "title": "调度长", "dept": "调度中心", "boss": "调度中心主任", "subs": "调度员、SCADA运维员",
        "place": "滨江区华阳路88号调度中心大楼3楼", "shift": "常白班（重大节假日及险情期间在岗带班）", "grade": "", "pay_cell": "",
        "purpose": "负责调度中心当班组织和调度业务管理，确保调度指令准确、及时、可追溯。",
        "kra": [
            ("班组管理", [
                ("组织调度员排班、交接班和班前会，检查调度日志填写质量", "排班表"),
                ("组织调度员业务培训和月度技能考评", "培训记录"),
            ]),
            ("调度业务", [
                ("审批日调度计划及管网停气、降压作业方案", "审批记录"),
                ("发生较大及以上险情时担任现场调度总指挥，协调抢修、场站和客服联动", "险情处置报告"),
            ]),
            ("系统与制度", [
                ("组织SCADA系统功能需求评审和报警阈值调整", "变更记录"),
                ("修订调度管理制度和应急调度预案", "制度文件"),
            ]),
        ],
        "qual": [("学历", "本科及以上"), ("专业", "油气储运、燃气工程相关专业"),
                 ("工作经验", "5年以上燃气调度工作经验，其中2年以上班组管理经验"),
                 ("资格证书", "燃气经营企业从业人员专业培训考核合格证"),
                 ("能力要求", "具备较强的组织协调和应急指挥能力")],
    },
    {
        "code": "QLRQ-QX-03", "title": "抢修工", "dept": "应急抢修中心", "boss": "抢修班长", "subs": "无",
        "place": "应急抢修中心（滨江区华阳路88号院内）", "shift": "24小时值班，做一休二", "grade": "G5", "pay_cell": "按公司薪酬制度执行（见岗位定编与薪酬表）",
        "purpose": "快速响应燃气泄漏、管道损坏等险情，实施抢修作业，尽快恢复安全供气。",
        "kra": [
            ("险情响应", [
                ("接到调度指令后城区30分钟内、郊县60分钟内到达现场，开展泄漏检测、设置警戒区", "到场记录"),
                ("现场控制气源，疏散无关人员，消除火源", "现场处置记录"),
            ]),
            ("抢修作业", [
                ("实施带气作业、管道切断、封堵、更换阀门和PE管热熔/电熔连接等抢修作业", "抢修记录单"),
                ("抢修完成后进行气密性试验和置换通气，确认安全后恢复供气", "通气确认单"),
            ]),
            ("装备与分析", [
                ("维护保养抢修车辆、发电机、防爆工具和检测仪器，保证随时可用", "装备点检表"),
                ("填写抢修记录单，参与事故原因分析和整改措施制定", "原因分析报告"),
            ]),
        ],
        "qual": [("学历", "中专/技校及以上"), ("专业", "燃气、管道、焊接等相关专业"),
                 ("工作经验", "2年以上燃气管道施工或维修经验"),
                 ("资格证书", "特种作业操作证（熔化焊接与热切割）或PE管热熔焊接证书；燃气从业人员考核合格证"),
                 ("身体条件", "身体健康，无恐高症，能适应夜间和恶劣天气作业")],
    },
    {
        "code": "QLRQ-GC-04", "title": "工程项目经理", "dept": "工程建设部", "boss": "工程建设部经理", "subs": "现场施工员、资料员",
        "place": "工程项目现场（以公司本部为基地）", "shift": "常白班，工期紧张时按项目需要安排", "grade": "G9", "pay_cell": "年薪制",
        "purpose": "对所负责燃气管道工程的进度、质量、安全和投资全面负责，按期实现通气投产。",
        "kra": [
            ("项目策划", [
                ("编制项目实施计划，组织图纸会审和施工技术交底", "实施计划、交底记录"),
            ]),
            ("过程控制", [
                ("负责燃气管道新建、改造工程的进度、质量、安全和投资控制", "周报、月报"),
                ("管理施工单位和监理单位，审核工程量签证和进度款", "签证单"),
                ("组织隐蔽工程验收、管道强度试验和严密性试验", "验收记录"),
            ]),
            ("收尾移交", [
                ("办理竣工验收、工程资料归档，组织通气移交运行单位", "竣工资料"),
            ]),
        ],
        "qual": [("学历", "本科及以上"), ("专业", "土木工程、燃气工程、给排水等相关专业"),
                 ("工作经验", "5年以上燃气管道工程管理经验"),
                 ("资格证书", "二级建造师（市政公用工程）及以上；安全生产考核合格证（B证）"),
                 ("能力要求", "熟悉燃气工程施工及验收规范，能熟练使用Project或广联达等软件")],
    },
]


def set_cell_bg(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


def f01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　受控文件　　文件编号：QLRQ/HR-JD-2025　　版本：A/1"
    fp = sec.footer.paragraphs[0]
    fp.text = "人力资源部编制　　2025年2月发布　　未经许可不得复制"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t = doc.add_paragraph(f"{CO}\n岗位说明书汇编（2025版）")
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t.runs[0].bold = True
    t.runs[0].font.size = Pt(18)
    doc.add_paragraph("编制说明：本汇编收录调度中心、应急抢修中心、工程建设部部分岗位的岗位说明书，岗位以岗位编码排序。"
                      "各岗位薪酬标准统一见《岗位定编与薪酬表》，本汇编不再列示具体金额。")
    doc.add_paragraph("附表　岗位编码对照表")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["岗位编码", "岗位名称", "所属部门"]):
        c.text = h
    for p in F01_POSTS:
        r = tb.add_row().cells
        r[0].text, r[1].text, r[2].text = p["code"], p["title"], p["dept"]
    doc.add_page_break()
    for i, p in enumerate(F01_POSTS):
        h = doc.add_heading(f"岗位编码：{p['code']}", level=2)
        # facts grid: 4 columns, label | value | label | value
        g = doc.add_table(rows=6, cols=4)
        g.style = "Table Grid"
        rows = [("岗位名称", p["title"], "岗位编码", p["code"]),
                ("所属部门", p["dept"], "岗位等级", p["grade"]),
                ("直接上级", p["boss"], "直接下级", p["subs"]),
                ("工作地点", p["place"], None, None),
                ("工作时间", p["shift"], "薪酬标准", p["pay_cell"]),
                ("岗位目的", p["purpose"], None, None)]
        for r, vals in zip(g.rows, rows):
            r.cells[0].text = vals[0]
            set_cell_bg(r.cells[0], "D9E2F3")
            if vals[2] is None:
                m = r.cells[1].merge(r.cells[3])
                m.text = vals[1]
            else:
                r.cells[1].text = vals[1]
                r.cells[2].text = vals[2]
                set_cell_bg(r.cells[2], "D9E2F3")
                r.cells[3].text = vals[3]
        doc.add_paragraph("一、工作职责")
        k = doc.add_table(rows=1, cols=4)
        k.style = "Table Grid"
        for c, hh in zip(k.rows[0].cells, ["关键职责领域", "序号", "主要工作活动", "工作成果"]):
            c.text = hh
        n = 0
        for area, acts in p["kra"]:
            first = None
            for j, (act, res) in enumerate(acts):
                n += 1
                r = k.add_row().cells
                if j == 0:
                    r[0].text = area
                    first = r[0]
                r[1].text = str(n)
                r[2].text = act
                r[3].text = res
            if len(acts) > 1:
                last = k.rows[-1].cells[0]
                first.merge(last)
        doc.add_paragraph("二、任职资格")
        q = doc.add_table(rows=1, cols=2)
        q.style = "Table Grid"
        q.rows[0].cells[0].text = "任职资格"
        cell = q.rows[0].cells[1]
        cell.text = "具体要求如下（缺一不可，注明“优先”者除外）："
        inner = cell.add_table(rows=0, cols=2)
        inner.style = "Table Grid"
        for lab, val in p["qual"]:
            rr = inner.add_row().cells
            rr[0].text = lab
            rr[1].text = val
        cell.add_paragraph("")
        sig = doc.add_table(rows=1, cols=3)
        sig.style = "Table Grid"
        sig.rows[0].cells[0].text = "编制人：人力资源部"
        sig.rows[0].cells[1].text = "审核人："
        sig.rows[0].cells[2].text = "批准日期：2025-02-18"
        if i < len(F01_POSTS) - 1:
            doc.add_page_break()
    doc.save(OUT / "01_岗位说明书汇编（2025版）.docx")
    GT["01_岗位说明书汇编（2025版）.docx"] = {"layout": "code-headed sections, 4-col facts grid w/ merged cells, KRA table merged down, nested 任职资格 table, header/footer", "posts": F01_POSTS,
                                    "notes": "调度长 岗位等级 and 薪酬标准 cells are empty; 工程项目经理 薪酬标准 says only 年薪制"}


# ----------------------------------------------------------------------------------------------
# F02  Word 户内安检员工作手册: cover, 修订记录 table, a floating text box "岗位速览", prose,
#      a 频次 | 工作内容 | 工作标准 table with 频次 merged, a real tracked change (del/ins) in the
#      requirements, inline 〔修订〕 notes, a "略" section, a named-only 安检质检员.
# ----------------------------------------------------------------------------------------------
def add_textbox(paragraph, lines):
    ps = "".join(f'<w:p><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">{l}</w:t></w:r></w:p>' for l in lines)
    xml = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:pict><v:shape id="tb1" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:290pt;margin-top:4pt;width:170pt;height:150pt;z-index:1;mso-wrap-style:square" '
           'strokecolor="#2F5496" strokeweight="1pt"><v:textbox><w:txbxContent>' + ps +
           '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    paragraph._p.append(parse_xml(xml))


def tracked(paragraph, before, deleted, inserted, after):
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph.add_run(before)
    paragraph._p.append(parse_xml(
        f'<w:del {W} w:id="11" w:author="人力资源部 周敏" w:date="2025-01-06T10:00:00Z"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {W} w:id="12" w:author="人力资源部 周敏" w:date="2025-01-06T10:00:00Z"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))
    paragraph.add_run(after)


F02_DUTY = [
    ("每日", ["按片区安检计划逐户入户检查，每日完成不少于25户", "使用安检PDA实时上传检查结果和现场照片"]),
    ("每户", ["检查燃气表、表前阀、连接胶管、灶具、热水器及厨房通风条件，用检漏液或可燃气体检测仪检漏",
             "发现隐患当场告知用户并出具《隐患整改通知书》，重大隐患立即关闭表前阀并报调度中心",
             "向用户宣传安全用气知识，推广安装燃气泄漏报警器和自闭阀"]),
    ("每周", ["对到访不遇用户张贴《到访不遇通知单》，预约晚间或周末复检"]),
    ("每年", ["对辖区居民用户实现至少一次入户安检全覆盖"]),
]


def f02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "客户服务部·安检所　作业文件"
    sec.footer.paragraphs[0].text = "QLRQ-KF-AJ-003　第2版"
    p = doc.add_paragraph("户内安检员工作手册")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].bold = True
    p.runs[0].font.size = Pt(20)
    doc.add_paragraph(f"{CO}客户服务部　2025年1月").alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("修订记录")
    rv = doc.add_table(rows=3, cols=4)
    rv.style = "Table Grid"
    for r, vals in zip(rv.rows, [("版本", "日期", "修订内容", "修订人"),
                                 ("第1版", "2022-03-01", "首次发布", "王建国"),
                                 ("第2版", "2025-01-06", "学历要求调整；增加晚间预约安检；计件单价由每户6元调整为每户8元", "周敏")]):
        for c, v in zip(r.cells, vals):
            c.text = v
    doc.add_paragraph("")
    h = doc.add_paragraph("一、岗位定位")
    h.runs[0].bold = True
    para = doc.add_paragraph("户内安检员是公司与居民用户之间的安全第一道防线。安检员隶属客户服务部安检所，"
                             "以入户检查、隐患告知和安全宣传为主要工作，所在班组由安检班长统一派工。"
                             "安检所另设安检质检员岗位，其职责另行规定。")
    add_textbox(para, ["【岗位速览】", "直接上级：安检班长", "所在部门：客户服务部安检所",
                       "工作时间：8:30—17:30，周末轮休；每周2个晚上预约安检至20:00",
                       "薪酬：底薪4500元/月＋计件（每户8元）", "工作地点：入户作业，按片区分配"])
    h = doc.add_paragraph("二、工作职责")
    h.runs[0].bold = True
    doc.add_paragraph("户内安检员的主要工作内容及标准见下表：")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["频次", "工作内容", "工作标准"]):
        c.text = v
    stds = {"按片区安检计划逐户入户检查，每日完成不少于25户": "安检记录完整，签字齐全",
            "使用安检PDA实时上传检查结果和现场照片": "当日数据当日上传",
            "检查燃气表、表前阀、连接胶管、灶具、热水器及厨房通风条件，用检漏液或可燃气体检测仪检漏": "按《户内安检作业指导书》逐项检查",
            "发现隐患当场告知用户并出具《隐患整改通知书》，重大隐患立即关闭表前阀并报调度中心": "用户签收；重大隐患10分钟内上报",
            "向用户宣传安全用气知识，推广安装燃气泄漏报警器和自闭阀": "每户发放宣传册一份",
            "对到访不遇用户张贴《到访不遇通知单》，预约晚间或周末复检": "两次不遇转社区协助",
            "对辖区居民用户实现至少一次入户安检全覆盖": "年度入户安检率不低于95%"}
    for freq, items in F02_DUTY:
        first = None
        for j, it in enumerate(items):
            r = t.add_row().cells
            if j == 0:
                r[0].text = freq
                first = r[0]
            r[1].text = it
            r[2].text = stds[it]
        if len(items) > 1:
            first.merge(t.rows[-1].cells[0])
    h = doc.add_paragraph("三、任职要求")
    h.runs[0].bold = True
    p1 = doc.add_paragraph()
    tracked(p1, "1. 学历：", "高中及以上", "中专及以上", "学历，专业不限。〔2025年修订〕")
    doc.add_paragraph("2. 经验：有燃气安检、燃气具安装或家电维修经验者优先，无经验者经岗前培训考核合格后上岗。")
    doc.add_paragraph("3. 证书：须持有燃气经营企业从业人员专业培训考核合格证（户内安检类），入职3个月内取得亦可。")
    doc.add_paragraph("4. 其他：服务意识强，能熟练使用智能手机及安检PDA，吃苦耐劳，适应户外及入户工作。")
    h = doc.add_paragraph("四、入户安检作业流程")
    h.runs[0].bold = True
    for s in ["（1）出示工作证，说明来意，征得用户同意后入户；", "（2）穿戴鞋套，先检测后检查，按清单逐项记录；",
              "（3）填写安检单并请用户签字，有隐患的出具整改通知书；", "（4）离户前告知用户安全注意事项，PDA上传结果。"]:
        doc.add_paragraph(s)
    h = doc.add_paragraph("五、安检员星级评定办法")
    h.runs[0].bold = True
    doc.add_paragraph("（略，另行发文）")
    h = doc.add_paragraph("六、附则")
    h.runs[0].bold = True
    doc.add_paragraph("本手册由客户服务部负责解释，自发布之日起执行，第1版同时废止。")
    doc.save(OUT / "02_户内安检员工作手册.docx")
    GT["02_户内安检员工作手册.docx"] = {"layout": "cover, 修订记录, floating VML text box with facts, 频次-merged duty table, tracked change del 高中及以上 ins 中专及以上, 略 section",
                                "post": "户内安检员", "boss": "安检班长", "dept": "客户服务部安检所", "education": "中专及以上（旧：高中及以上，已删除）",
                                "certificate": "燃气经营企业从业人员专业培训考核合格证（户内安检类）", "pay": "底薪4500元/月＋计件（每户8元）",
                                "shift": "8:30—17:30，周末轮休；每周2个晚上预约安检至20:00", "duties": F02_DUTY,
                                "named_only": ["安检质检员"], "略": "安检员星级评定办法"}


# ----------------------------------------------------------------------------------------------
# F03  KPI workbook: 指标库 (BSC 维度 merged down), 岗位指标分配 (long format, post merged down,
#      合计 by formula), 安全环保部 department sheet, a void 2023 sheet.
# ----------------------------------------------------------------------------------------------
KPI_LIB = [
    ("财务", [("F01", "投资控制偏差率", "(结算金额-批复概算)/批复概算×100%", "财务部", "项目")]),
    ("客户", [("C01", "客户满意度", "回访满意户数/回访总户数×100%", "客服中心", "月度"),
              ("C02", "客户有效投诉次数", "经核实属实的投诉次数", "客服中心", "月度"),
              ("C03", "热线20秒接通率", "20秒内接通量/呼入总量×100%", "呼叫系统", "月度"),
              ("C04", "一次解决率", "首次来电即办结工单数/工单总数×100%", "CRM系统", "月度")]),
    ("内部运营", [("P01", "调度指令执行及时率", "按时执行调度指令数/下达指令总数×100%", "调度日志", "月度"),
                ("P02", "报警响应达标率", "3分钟内完成派单的报警数/报警总数×100%", "SCADA/派单系统", "月度"),
                ("P03", "SCADA异常漏报次数", "未及时发现并上报的数据异常次数", "调度长抽查", "月度"),
                ("P04", "巡线计划完成率", "实际完成巡线里程/计划巡线里程×100%", "巡检APP", "月度"),
                ("P05", "隐患上报及时率", "24小时内上报的隐患数/发现隐患总数×100%", "隐患台账", "月度"),
                ("P06", "第三方破坏事故次数", "因第三方施工造成管道损坏的次数", "事故台账", "季度"),
                ("P07", "入户安检率", "已安检户数/应安检户数×100%", "安检系统", "季度"),
                ("P08", "隐患整改闭环率", "已整改复查的隐患数/发现隐患数×100%", "安检系统", "月度"),
                ("P09", "到场及时率", "规定时限内到达现场次数/抢修出动总次数×100%", "派单系统", "月度"),
                ("P10", "抢修一次成功率", "一次修复未复漏的抢修数/抢修总数×100%", "抢修记录", "月度"),
                ("P11", "工程按期完工率", "按期完工项目数/应完工项目数×100%", "项目台账", "季度"),
                ("P12", "一次验收合格率", "一次验收合格项目数/验收项目数×100%", "验收记录", "季度"),
                ("P13", "工单按时办结率", "按时办结工单/应办结工单×100%", "CRM系统", "月度")]),
    ("学习成长", [("L01", "培训考核合格率", "考核合格人次/参训人次×100%", "培训台账", "季度")]),
]
KPI_ALLOC = {
    "调度员": [("P01", 30, "≥99%"), ("P02", 25, "≥98%"), ("P03", 20, "0次"), ("L01", 10, "100%"), ("C02", 15, "0次")],
    "抢修工": [("P09", 35, "≥98%"), ("P10", 30, "≥95%"), ("C01", 15, "≥95%"), ("L01", 20, "100%")],
    "管网巡线工": [("P04", 35, "100%"), ("P05", 25, "100%"), ("P06", 25, "0次"), ("L01", 15, "100%")],
    "户内安检员": [("P07", 30, "≥95%"), ("P08", 25, "≥90%"), ("C02", 15, "≤1次/季"), ("C01", 15, "≥95%"), ("L01", 15, "100%")],
    "客服专员": [("C03", 25, "≥90%"), ("C04", 25, "≥85%"), ("C01", 30, "≥96%"), ("P13", 20, "≥98%")],
    "工程项目经理": [("P11", 30, "≥95%"), ("P12", 30, "100%"), ("F01", 20, "±3%以内"), ("L01", 20, "100%")],
}
SAFETY_DEPT = [("生产安全责任事故起数", "0起", 30, "发生一起一般责任事故本项不得分"),
               ("隐患整改率", "≥98%", 25, "每低1个百分点扣2分"),
               ("全员安全培训覆盖率", "100%", 20, "每少1人扣1分"),
               ("危险作业许可合规率", "100%", 15, "发现一例无证作业扣5分"),
               ("应急演练计划完成率", "100%", 10, "少一次扣5分")]


def f03():
    wb = Workbook()
    ws = wb.active
    ws.title = "说明"
    for r in ["青岚燃气2025年度岗位KPI指标库", "1. 指标库按平衡计分卡四个维度编码（F财务/C客户/P内部运营/L学习成长）。",
              "2. 各岗位考核指标、权重和目标值见“岗位指标分配”表，权重合计须为100%。",
              "3. 安全环保部按部门整体考核，见“部门KPI-安全环保部”。",
              "4. “2023版（作废）”表仅供对照，不再执行。"]:
        ws.append([r])
    lib = wb.create_sheet("指标库")
    lib.append(["维度", "指标编号", "指标名称", "定义/计算公式", "数据来源", "考核周期"])
    for dim, rows in KPI_LIB:
        start = lib.max_row + 1
        for code, name, f, src, per in rows:
            lib.append([dim, code, name, f, src, per])
        for rr in range(start + 1, lib.max_row + 1):
            lib.cell(rr, 1).value = None
        if lib.max_row > start:
            lib.merge_cells(start_row=start, start_column=1, end_row=lib.max_row, end_column=1)
    names = {c: n for _, rows in KPI_LIB for c, n, *_ in rows}
    al = wb.create_sheet("岗位指标分配")
    al.append(["青岚燃气2025年度岗位KPI分配表"])
    al.merge_cells("A1:E1")
    al.append(["考核岗位", "考核指标（编号-名称）", "权重", "目标值", "备注"])
    for post, rows in KPI_ALLOC.items():
        start = al.max_row + 1
        for code, w, tgt in rows:
            al.append([post, f"{code}-{names[code]}", w / 100, tgt, ""])
            al.cell(al.max_row, 3).number_format = "0%"
        end = al.max_row
        al.append(["", "合计", f"=SUM(C{start}:C{end})", "", ""])
        al.cell(al.max_row, 3).number_format = "0%"
        for rr in range(start + 1, end + 1):
            al.cell(rr, 1).value = None
        al.merge_cells(start_row=start, start_column=1, end_row=end, end_column=1)
    sd = wb.create_sheet("部门KPI-安全环保部")
    sd.append(["安全环保部2025年度部门绩效考核指标"])
    sd.append(["序号", "考核指标", "目标值", "权重（分）", "评分规则"])
    for i, (n, t, w, rule) in enumerate(SAFETY_DEPT, 1):
        sd.append([i, n, t, w, rule])
    sd.append(["", "合计", "", "=SUM(D3:D7)", ""])
    old = wb.create_sheet("2023版（作废）")
    old.append(["2023版调度员考核指标（已作废，2025年起执行新版）"])
    old.append(["考核岗位", "指标名称", "权重", "目标值"])
    for n, w, t in [("调度日志完整率", "40%", "100%"), ("报警响应达标率", "40%", "≥95%"), ("出勤率", "20%", "100%")]:
        old.append(["调度员", n, w, t])
    for s in wb.worksheets:
        for col in range(1, 8):
            s.column_dimensions[get_column_letter(col)].width = 22
    wb.save(OUT / "03_KPI指标库_2025.xlsx")
    GT["03_KPI指标库_2025.xlsx"] = {"layout": "说明 / 指标库 (BSC merged) / 岗位指标分配 (long, post merged down, weights as 0% fractions, SUM 合计) / 部门KPI-安全环保部 / 2023版（作废）",
                                "alloc": {p: [(c, names[c], w, t) for c, w, t in rows] for p, rows in KPI_ALLOC.items()},
                                "safety_dept": SAFETY_DEPT, "void_2023_调度员": ["调度日志完整率 40%", "报警响应达标率 40%", "出勤率 20%"]}


# ----------------------------------------------------------------------------------------------
# F04  定编与薪酬: two-row grouped header, department merged down, 班次 given only as a code that the
#      second sheet "班次代码" explains.
# ----------------------------------------------------------------------------------------------
F04_ROWS = [
    ("调度中心", "调度员", "技能", 12, 11, "G6", "6500-8500", "夜班津贴", "B"),
    ("应急抢修中心", "抢修工", "技能", 18, 16, "G5", "6000-8000", "夜班津贴、抢修出车补贴", "C"),
    ("管网运行部", "管网巡线工", "技能", 24, 22, "G3", "4800-6000", "巡线里程补贴1.2元/公里", "A"),
    ("客户服务部", "户内安检员", "技能", 40, 37, "G3", "底薪4500＋计件8元/户", "高温补贴", "A"),
    ("客户服务部", "计量抄表员", "技能", 15, 15, "G2", "底薪3800＋计件", "通讯补贴100元", "A"),
    ("客户服务中心", "客服专员", "服务", 20, 18, "G3", "4200-5500", "夜班津贴", "D"),
    ("客户服务中心", "营业厅营业员", "服务", 10, 9, "G3", "4000-5000", "无", "F"),
    ("场站运行部", "场站运行工", "技能", 16, 16, "G4", "5200-6800", "场站偏远补贴300元", "E"),
    ("安全环保部", "安全管理员", "管理", 4, 3, "G7", "8000-11000", "无", "A"),
    ("工程建设部", "工程项目经理", "管理", 6, 5, "G9", "年薪15-20万元", "项目奖金另计", "A"),
]
SHIFT_CODES = [("A", "常白班", "8:30—17:30，周六日休息"),
               ("B", "四班三运转", "白班8:00—16:00、中班16:00—24:00、夜班0:00—8:00，四个班组轮换"),
               ("C", "24小时值班", "做一休二，交接班时间8:30"),
               ("D", "早晚两班", "早班7:00—15:00、晚班15:00—23:00，做五休二"),
               ("E", "四班两倒", "白班8:00—20:00、夜班20:00—次日8:00"),
               ("F", "营业厅班", "9:00—17:00，周末轮班")]


def f04():
    wb = Workbook()
    ws = wb.active
    ws.title = "定编与薪酬"
    ws.append(["青岚燃气2025年度岗位定编与薪酬表"])
    ws.merge_cells("A1:I1")
    ws.append(["基本信息", None, None, "编制", None, "薪酬", None, None, "班次"])
    ws.merge_cells("A2:C2"); ws.merge_cells("D2:E2"); ws.merge_cells("F2:H2")
    ws.append(["部门", "岗位", "岗位序列", "定编（人）", "在岗（人）", "岗级", "月薪区间（元）", "补贴", "班次代码"])
    prev = None
    start = None
    for r in F04_ROWS:
        ws.append(list(r))
        row = ws.max_row
        if r[0] == prev:
            ws.cell(row, 1).value = None
        else:
            if start and row - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=row - 1, end_column=1)
            start = row
        prev = r[0]
    if ws.max_row > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
    ws.append(["注：月薪区间为税前应发（不含年终奖），具体按岗级档次核定；班次代码含义见“班次代码”表。"])
    for c in range(1, 10):
        ws.column_dimensions[get_column_letter(c)].width = 16
        ws.cell(2, c).font = Font(bold=True); ws.cell(3, c).font = Font(bold=True)
    sc = wb.create_sheet("班次代码")
    sc.append(["代码", "班制名称", "作息时间"])
    for r in SHIFT_CODES:
        sc.append(list(r))
    wb.save(OUT / "04_岗位定编与薪酬表.xlsx")
    GT["04_岗位定编与薪酬表.xlsx"] = {"layout": "2-row grouped header, dept merged down, shift only as code explained in 2nd sheet", "rows": F04_ROWS, "shift_codes": SHIFT_CODES}


# ----------------------------------------------------------------------------------------------
# F05  ATS CSV: duties in wide columns 岗位职责1..6 (some empty), requirements in one cell with 1）2）,
#      a 发布状态 column with an offline 2024 posting, a trailer line.
# ----------------------------------------------------------------------------------------------
F05 = [
    {"职位ID": "QL2025-017", "职位名称": "客服专员（96777热线）", "招聘部门": "客户服务中心", "汇报对象": "客服主管", "工作地点": "青岚市开发区科创路16号客服中心",
     "学历要求": "大专", "经验要求": "应届毕业生亦可，1年以上呼叫中心经验优先",
     "职责": ["接听96777服务热线，受理报装、缴费、维修、投诉及咨询业务", "对燃气泄漏报警电话按《报警受理规程》记录地址后立即转调度中心",
            "在CRM系统中建立工单，跟踪派单结果并回访用户满意度", "办理开户、过户、销户及IC卡补卡等业务", "整理常见问题知识库，提出服务改进建议", ""],
     "任职要求": "1）大专及以上学历，专业不限，市场营销、汉语言文学专业优先；2）普通话二级乙等及以上；3）打字速度不低于60字/分钟；4）能适应早晚两班倒",
     "薪资范围": "4200-5500元/月", "发布状态": "已发布", "发布日期": "2025-03-01"},
    {"职位ID": "QL2024-052", "职位名称": "客服专员", "招聘部门": "客户服务中心", "汇报对象": "客服主管", "工作地点": "青岚市开发区科创路16号客服中心",
     "学历要求": "中专", "经验要求": "不限",
     "职责": ["接听服务热线，受理用户咨询和投诉", "记录报警信息并转调度", "", "", "", ""],
     "任职要求": "1）中专及以上学历；2）普通话标准",
     "薪资范围": "3800-4800元/月", "发布状态": "已下线", "发布日期": "2024-06-10"},
    {"职位ID": "QL2025-021", "职位名称": "安全管理员", "招聘部门": "安全环保部", "汇报对象": "安全环保部经理", "工作地点": "公司本部（滨江区华阳路88号）",
     "学历要求": "本科", "经验要求": "3年以上燃气或危化品企业安全管理经验",
     "职责": ["组织编制、修订安全生产规章制度和岗位安全操作规程", "开展安全检查和隐患排查治理，建立隐患台账并督促整改闭环",
            "组织全员安全教育培训和新员工三级安全教育", "审核动火作业、受限空间作业等危险作业许可", "组织应急预案编制和应急演练，参与事故调查处理",
            "管理承包商安全资质和施工现场安全"],
     "任职要求": "1）本科及以上学历，安全工程、油气储运等相关专业；2）3年以上燃气或危化品企业安全管理经验；3）持有安全生产管理人员考核合格证；4）具有注册安全工程师（中级）资格者优先",
     "薪资范围": "8000-11000元/月", "发布状态": "已发布", "发布日期": "2025-03-05"},
]


def f05():
    p = OUT / "05_社会招聘职位导出.csv"
    with open(p, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["职位ID", "职位名称", "招聘部门", "汇报对象", "工作地点", "学历要求", "经验要求"] + [f"岗位职责{i}" for i in range(1, 7)]
                   + ["任职要求", "薪资范围", "发布状态", "发布日期"])
        for r in F05:
            w.writerow([r[k] for k in ["职位ID", "职位名称", "招聘部门", "汇报对象", "工作地点", "学历要求", "经验要求"]] + r["职责"]
                       + [r["任职要求"], r["薪资范围"], r["发布状态"], r["发布日期"]])
        w.writerow(["导出时间：2025-03-12 09:41:07　共3条记录　导出人：hr_zhoumin"])
    GT[p.name] = {"layout": "wide 岗位职责1..6 columns, requirements in one cell with 1）, 发布状态 incl. 已下线 2024 posting, trailer line", "rows": F05}


# ----------------------------------------------------------------------------------------------
# F06  HTML saved from a 公众号 article: nested <section>/<span>, part labels only as <img alt>,
#      two postings (抢修工, 计量抄表员).
# ----------------------------------------------------------------------------------------------
def f06():
    def lab(alt, n):
        return f'<section style="text-align:center;margin:12px 0"><img data-src="https://mmbiz.qpic.cn/mmbiz_png/qlrq{n}/640" alt="{alt}" style="width:180px"/></section>'

    def paras(items):
        return "\n".join(f'<section style="margin:4px 0"><span style="font-size:15px;color:#333">{x}</span></section>' for x in items)

    html = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>青岚燃气 | 2025年春季社会招聘来啦！</title></head>
<body><div id="js_content" class="rich_media_content">
<section style="padding:10px"><span style="font-size:18px;font-weight:bold;color:#1e6fd9">青岚燃气 | 2025年春季社会招聘来啦！</span></section>
<section><span>青岚燃气集团有限公司是青岚市城市燃气特许经营企业，服务居民用户86万户。因业务发展需要，现面向社会公开招聘以下岗位，欢迎加入“青岚燃气”大家庭~</span></section>
<section style="background:#1e6fd9;color:#fff;padding:6px;margin-top:16px"><span>01 / 抢修工（应急抢修中心）　招8人</span></section>
{lab("岗位职责", 1)}
{paras(["① 7×24小时值班，接调度指令后迅速赶赴现场处置燃气泄漏险情；", "② 开展带气作业、管道封堵、阀门更换及PE管熔接等抢修作业；", "③ 抢修完成后进行置换通气，恢复用户供气；", "④ 负责抢修车辆及装备的日常维护保养。"])}
{lab("任职要求", 2)}
{paras(["① 中专/技校及以上学历，燃气、管道、焊接类专业优先；", "② 2年以上燃气管道施工或维修经验；", "③ 持焊工证或PE管热熔焊接证书；", "④ 能适应24小时值班（做一休二）。"])}
{lab("薪资待遇", 3)}
{paras(["月薪6000-8000元（含夜班津贴），五险二金，年度体检，工作地点：滨江区华阳路88号应急抢修中心。"])}
<section style="background:#1e6fd9;color:#fff;padding:6px;margin-top:16px"><span>02 / 计量抄表员（客户服务部营业所）　招5人</span></section>
{lab("岗位职责", 4)}
{paras(["① 每月1—20日按抄表路线上门抄录居民及工商户机械燃气表读数；", "② 对物联网智能表远传数据异常的用户进行现场核查；",
         "③ 发现表具停走、倒装、私接及疑似偷盗气现象立即上报营业所；", "④ 送达缴费通知单，协助催缴欠费；", "⑤ 配合计量所开展表具周期轮换。"])}
{lab("任职要求", 5)}
{paras(["① 高中及以上学历；", "② 会使用智能手机抄表APP，有电动车驾驶经验；", "③ 身体健康，责任心强，熟悉青岚市区道路者优先。"])}
{lab("薪资待遇", 6)}
{paras(["底薪3800元＋抄表计件，另有通讯补贴100元/月；直接上级为营业所所长；按抄表片区就近安排工作。"])}
<section style="margin-top:20px"><span>📮 投递方式：简历发送至 hr@qlrq-example.cn，邮件标题注明“应聘岗位＋姓名”。</span></section>
<section><span style="color:#999;font-size:12px">阅读 3.2万　　在看 128</span></section>
</div></body></html>
"""
    (OUT / "06_公众号_春季社会招聘.html").write_text(html, encoding="utf-8")
    GT["06_公众号_春季社会招聘.html"] = {"layout": "WeChat article, part labels only as <img alt>, sections with spans", "posts": ["抢修工", "计量抄表员"],
                                    "计量抄表员": {"boss": "营业所所长", "education": "高中及以上", "pay": "底薪3800元＋抄表计件，通讯补贴100元/月"}}


# ----------------------------------------------------------------------------------------------
# F07  PDF 管网运行部岗位规范: diagonal watermark, ruled label/value form for 管网巡线工, a 巡线频次
#      table, org paragraph naming 阴极保护工 without describing it, page x / y footer.
# ----------------------------------------------------------------------------------------------
F07_DUTIES = ["按巡线计划对中低压管网、阀门井、调压箱进行徒步或车巡，使用巡检APP全程记录轨迹",
              "发现第三方施工靠近燃气管道时立即制止并上报，现场设置警示标志并实施施工监护",
              "使用激光甲烷检测仪对管线沿线进行泄漏检测",
              "检查管道标志桩、警示牌是否完好，缺失的登记并报补设",
              "配合抢修工做好泄漏现场的警戒和疏导",
              "填写巡线记录，月底汇总本片区隐患台账"]


def f07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    body = ParagraphStyle("b", fontName="wqy", fontSize=10, leading=15)
    title = ParagraphStyle("t", fontName="wqy", fontSize=16, leading=22, alignment=1)
    h = ParagraphStyle("h", fontName="wqy", fontSize=12, leading=18, spaceBefore=8)

    def deco(c, d):
        c.saveState()
        c.setFont("wqy", 40)
        c.setFillColor(colors.Color(0.85, 0.85, 0.85))
        c.translate(300, 420)
        c.rotate(35)
        c.drawCentredString(0, 0, "内部资料　严禁外传")
        c.restoreState()
        c.setFont("wqy", 8)
        c.drawCentredString(297, 25, f"管网运行部岗位规范　第 {d.page} 页")

    doc = SimpleDocTemplate(str(OUT / "07_管网运行部岗位规范.pdf"), pagesize=A4, leftMargin=50, rightMargin=50)
    s = [Paragraph("管网运行部岗位规范（2025年修订）", title), Spacer(1, 8),
         Paragraph("一、部门概况", h),
         Paragraph("管网运行部负责全市中低压燃气管网的巡查、维护和第三方施工监护，下设巡线班、阀门维护班和阴极保护班。"
                   "巡线班设巡线班长1名、管网巡线工24名；阴极保护班设阴极保护工3名。本规范仅规定管网巡线工岗位，其余岗位另行制定。", body),
         Paragraph("二、管网巡线工岗位规范", h)]
    P = lambda x: Paragraph(x, body)
    rows = [["岗位名称", P("管网巡线工")], ["所属班组", P("管网运行部巡线班")], ["直接上级", P("巡线班长")],
            ["工作地点", P("城东、城西、开发区三个巡线站，按片区分配")],
            ["作息安排", P("常白班8:30—17:30，每月轮值夜间巡查2次")],
            ["岗位职责", P("<br/>".join(f"{i}. {d}" for i, d in enumerate(F07_DUTIES, 1)))],
            ["任职条件", P("学历：高中/中专及以上<br/>经验：1年以上相关工作经验，退役军人优先<br/>证书：燃气从业人员考核合格证（管网运行类）；C1及以上机动车驾驶证<br/>身体：能适应户外长时间步行作业")],
            ["薪酬", P("4800—6000元/月，另按巡线里程补贴1.2元/公里")]]
    t = Table(rows, colWidths=[80, 410])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("FONTSIZE", (0, 0), (-1, -1), 10),
                           ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.9, 0.93, 0.97))]))
    s += [t, Paragraph("三、巡线频次标准", h)]
    fr = Table([["管线类别", "巡查频次", "巡查方式"], ["中压主干管", "每日1次", "车巡＋徒步"], ["中压支管", "每2日1次", "徒步"],
                ["低压庭院管", "每周1次", "徒步"], ["第三方施工区域", "每日不少于2次", "现场监护"]], colWidths=[150, 150, 150])
    fr.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "wqy"), ("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    s += [fr, Paragraph("四、附则", h), P("本规范自2025年3月1日起执行，由管网运行部负责解释。")]
    doc.build(s, onFirstPage=deco, onLaterPages=deco)
    GT["07_管网运行部岗位规范.pdf"] = {"layout": "watermark, ruled label/value form, 巡线频次 table, page footer", "post": "管网巡线工", "duties": F07_DUTIES,
                                  "boss": "巡线班长", "education": "高中/中专及以上", "experience": "1年以上，退役军人优先",
                                  "cert": "燃气从业人员考核合格证（管网运行类）；C1及以上机动车驾驶证", "pay": "4800—6000元/月＋1.2元/公里",
                                  "named_only": ["阴极保护工", "巡线班长"]}


# ----------------------------------------------------------------------------------------------
# F08  GitLab-wiki Markdown with shields.io badges as the only carrier of the facts.
# ----------------------------------------------------------------------------------------------
def f08():
    md = """# 场站运行工 · 岗位卡

![部门](https://img.shields.io/badge/部门-场站运行部-blue) ![上级](https://img.shields.io/badge/直接上级-站长-green) ![学历](https://img.shields.io/badge/学历-中专及以上-orange) ![班制](https://img.shields.io/badge/班制-四班两倒-lightgrey) ![地点](https://img.shields.io/badge/地点-东郊门站%20%7C%20北环LNG储配站-yellow)

> 本页面由场站运行部维护，最后编辑：2025-02-20 by 站务组。新员工上岗前请通读，并在“学习记录”中签到。

## 干什么

1. 按巡检路线每2小时巡查一次工艺设备，记录进出站压力、温度和流量
2. 操作调压、计量、加臭装置，确保加臭剂浓度符合标准要求
3. 负责LNG槽车卸车、储罐倒罐及气化器切换操作
4. 做好设备日常维护保养，发现故障及时报修并跟踪
5. 执行站区动火、受限空间等作业许可管理，每周检查一次站区消防器材

## 需要什么

| 项目 | 要求 |
|---|---|
| 专业 | 化工、油气储运、机电一体化 |
| 经验 | 1年以上燃气场站或化工装置运行经验 |
| 证书 | 燃气从业人员考核合格证（场站运行类）；特种设备作业人员证（压力容器操作） |
| 其他 | 能适应12小时倒班，无色盲色弱 |

## 交接班要点

- [ ] 核对SCADA与现场仪表读数
- [ ] 清点加臭剂储量
- [ ] 交接未闭环的设备缺陷

*另见：《场站安全操作规程》《LNG卸车作业指导书》*
"""
    (OUT / "08_场站运行工岗位卡.md").write_text(md, encoding="utf-8")
    GT["08_场站运行工岗位卡.md"] = {"layout": "GitLab wiki, facts only inside shields.io badge URLs/alt, numbered duties, 项目|要求 table, task list",
                              "post": "场站运行工", "dept": "场站运行部", "boss": "站长", "education": "中专及以上", "shift": "四班两倒",
                              "location": "东郊门站 | 北环LNG储配站"}


# ----------------------------------------------------------------------------------------------
# F09  UTF-16LE record dump from an old HR system: "===== 记录 k/n =====" + "字段名：值" lines,
#      list values separated by "；", continuation lines indented.
# ----------------------------------------------------------------------------------------------
def f09():
    recs = [
        [("岗位名称", "营业厅营业员"), ("岗位编号", "QLRQ-KF-07"), ("所属部门", "客户服务中心"), ("直接上级", "营业厅主任"), ("直接下级", "（空）"),
         ("工作地点", "各营业厅（滨江、开发区、老城三处）"),
         ("岗位职责", "办理燃气开户、过户、销户业务；收取燃气费并开具发票；办理IC卡充值、补卡；"),
         ("", "　　受理用户报装申请并转工程建设部；保管营业现金，日清日结；"),
         ("学历要求", "大专"), ("工作经验", "1年以上窗口服务或收银经验"), ("证书要求", "无"),
         ("技能要求", "熟练使用办公软件和营业收费系统；普通话标准")],
        [("岗位名称", "客服主管"), ("岗位编号", "QLRQ-KF-08"), ("所属部门", "客户服务中心"), ("直接上级", "客户服务中心主任"), ("直接下级", "客服专员"),
         ("工作地点", "青岚市开发区科创路16号客服中心"),
         ("岗位职责", "负责热线班组排班和现场管理；监听录音并开展质检；处理升级投诉；"),
         ("", "　　分析话务量和服务指标，组织客服专员业务培训；"),
         ("学历要求", "本科"), ("工作经验", "3年以上呼叫中心工作经验，其中1年以上班组管理经验"), ("证书要求", "无"),
         ("技能要求", "熟悉呼叫中心运营指标，具备较强的沟通和情绪管理能力")],
    ]
    lines = ["青岚燃气人力资源系统　岗位信息导出", "导出范围：客户服务中心　导出日期：2025-03-10", ""]
    for k, rec in enumerate(recs, 1):
        lines.append(f"===== 记录 {k}/{len(recs)} =====")
        for f, v in rec:
            lines.append(v if f == "" else f"{f}：{v}")
        lines.append("")
    lines.append("===== 导出结束 =====")
    (OUT / "09_客服中心岗位信息导出.txt").write_text("\r\n".join(lines) + "\r\n", encoding="utf-16")
    GT["09_客服中心岗位信息导出.txt"] = {"layout": "UTF-16 (BOM) CRLF record dump, 字段名：值, continuation lines", "records": recs}


# ----------------------------------------------------------------------------------------------
# F10  Policy (UTF-8 txt): 倒班与轮休管理办法, 第N条 articles, which posts follow which shift.
# ----------------------------------------------------------------------------------------------
def f10():
    txt = """青岚燃气集团有限公司
倒班与轮休管理办法（试行）
青燃人〔2025〕3号

第一条　为规范公司运行岗位倒班和轮休管理，保障24小时安全供气，制定本办法。
第二条　本办法适用于公司实行非标准工时的运行、抢修和服务岗位。
第三条　公司运行岗位实行以下班制：
（一）四班三运转：调度中心调度员执行，每班8小时，连续上两个白班、两个中班、两个夜班后休息两天；
（二）四班两倒：场站运行部各门站、储配站运行人员执行，每班12小时；
（三）24小时值班：应急抢修中心抢修人员执行，做一休二；
（四）早晚两班：客户服务中心热线执行。
第四条　夜班津贴标准为每个夜班60元，24小时值班每班补贴120元，由各部门按月考勤上报。
第五条　倒班人员不得连续上岗超过24小时；确需顶班的，须经部门负责人批准并报人力资源部备案。
第六条　倒班人员的年度综合工时按公司向劳动行政部门报批的综合计算工时方案执行。
第七条　本办法由人力资源部负责解释，自2025年3月1日起施行。

人力资源部
2025年2月20日
"""
    (OUT / "10_倒班与轮休管理办法.txt").write_text(txt, encoding="utf-8")
    GT["10_倒班与轮休管理办法.txt"] = {"layout": "policy, 第N条 articles", "text": txt}


if __name__ == "__main__":
    for f in (f01, f02, f03, f04, f05, f06, f07, f08, f09, f10):
        f()
    (HERE / "ground_truth.json").write_text(json.dumps(GT, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
