# -*- coding: utf-8 -*-
"""Round 55 'tower': 浙江恒联通信铁塔运维有限公司 — 10 HR documents.
Run: T55_OUT=/tmp/t55tower/corpus /tmp/genv/bin/python gen.py
Writes the corpus and truth.json (ground truth) next to this file.
"""
import csv, json, os
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors

OUT = Path(os.environ.get("T55_OUT", "/tmp/t55tower/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "浙江恒联通信铁塔运维有限公司"

# ---------------------------------------------------------------- ground truth
FRONT = {  # doc 01: 一线岗位
    "铁塔巡检员": dict(dept="代维服务部（片区代维班组）", boss="代维班组长", subs="无",
        edu="中专（高中）及以上", major="通信、电子、电气类", exp="1年以上户外巡检经验，应届生可培养",
        cert="高处作业证（登高证）", loc="宁波片区（驻余姚、慈溪）", shift="白班8:30-17:30，节假日轮值",
        duties=[("周期巡检", "按月度巡检计划对铁塔、机房及配套设施开展周期巡检，VIP站每月两次、其他站每月一次"),
                ("塔体检查", "检查塔身螺栓紧固、防腐涂层、接地及避雷设施状态"),
                ("记录上传", "现场拍照上传巡检APP，发现的问题当天录入工单系统"),
                ("隐患上报", "发现塔体倾斜、基础沉降等重大隐患时立即上报代维班组长"),
                ("整改复查", "配合代维工程师完成隐患整改后的现场复查")],
        note="〔修订说明：第1条原为“每月巡检一次”，现改为“VIP站每月两次、其他站每月一次”，自2025年3月起执行。〕"),
    "代维工程师": dict(dept="代维服务部", boss="片区代维主管", subs="铁塔巡检员、基站维护员（业务指导）",
        edu="大专及以上学历", major="通信工程、电子信息工程", exp="3年以上基站代维工作经验",
        cert="低压电工作业证；高处作业证优先", loc="杭州片区", shift="做五休二，故障抢修7×24小时轮值",
        duties=[("故障处理", "负责所辖站址故障工单的接单、故障定位与处理，按时限闭环"),
                ("计划管理", "编制片区月度巡检计划并审核巡检员提交的巡检记录"),
                ("隐患整改", "编制隐患整改方案，跟踪整改直至验收合格"),
                ("资料维护", "维护站址台账、巡检记录、故障档案等代维资料，保证账实一致"),
                ("现场指导", "指导铁塔巡检员、基站维护员规范开展现场作业")]),
    "动力配套工程师": dict(dept="动力配套部", boss="动力配套部经理", subs="无",
        edu="大专及以上（电气类）", major="电气工程及其自动化", exp="2年以上通信电源或机房动力维护经验",
        cert="低压电工作业证（特种作业操作证）", loc="杭州片区（滨江运维中心）", shift="白班，另每周一次夜间应急值守",
        duties=[("设备维护", "负责开关电源、蓄电池组、精密空调、油机等动力配套设备的维护保养"),
                ("放电测试", "每季度组织蓄电池组核对性放电测试并出具测试报告"),
                ("应急发电", "市电停电告警时组织油机发电保障，防止站点退服"),
                ("节能分析", "分析动力告警及能耗数据，提出节能改造建议"),
                ("作业指导", "编写动力设备维护作业指导书，对代维人员进行动力专业培训")]),
    "高空作业员": dict(dept="代维服务部", boss="代维班组长", subs="无",
        edu="高中或中专学历", major="专业不限", exp="1年以上登高作业经验",
        cert="高处作业证（必备，持证上岗）", loc="温州片区", shift="白班；6级以上大风、雷雨天气禁止登高",
        duties=[("天馈安装", "负责天线、RRU、馈线的安装、调整与拆除作业"),
                ("塔上维护", "负责塔上螺栓紧固、防腐补漆及避雷针检查"),
                ("安全防护", "严格执行“双绳双钩”安全防护，作业全程系挂安全带"),
                ("用品检查", "作业前检查安全带、安全绳、防坠器等防护用品是否完好"),
                ("配合调整", "配合网优工程师完成天线方位角、下倾角的调整")],
        other="身体条件：年龄18-45周岁，无恐高症、高血压、心脏病等禁忌症，每年参加登高作业体检。"),
    "基站维护员": dict(dept="代维服务部", boss="代维班组长", subs="无",
        edu="中专及以上，应届可", major="通信或电子类相关专业", exp="不限，有基站维护经验者优先",
        cert="低压电工作业证优先", loc="宁波片区（鄞州、北仑）", shift="早班8:00-16:00／中班16:00-24:00轮换",
        duties=[("日常维护", "负责基站主设备、传输设备的日常维护和清洁"),
                ("故障恢复", "处理传输中断、设备掉站等一般性故障并及时恢复"),
                ("板件更换", "按工单更换故障板件和模块，旧件按规定退库"),
                ("机房检查", "定期检查机房温湿度、门禁、消防设施是否正常"),
                ("维护日志", "如实填写维护日志，每班交接清楚")]),
}
MGMT = {  # doc 02
    "网优工程师": dict(dept="网络优化部", boss="网络优化部经理", subs="无", loc="杭州（需经常出差）",
        pay="9000-14000元/月", shift="标准工时，路测期间可能夜间作业",
        edu="本科及以上学历", major="通信工程、电子信息工程", exp="2年以上4G/5G无线网络优化经验",
        cert="无硬性要求", skills="熟练使用TEMS、Probe等路测软件及MapInfo",
        duties=[("数据采集", ["负责路测（DT）与定点测试（CQT）数据采集"], "测试数据包"),
                ("指标分析", ["分析掉话率、接通率等网络指标", "定位弱覆盖、干扰问题并提出优化方案"], "优化方案"),
                ("参数调整", ["调整天线参数和邻区配置，跟踪调整效果"], "调整记录"),
                ("投诉处理", ["处理用户投诉涉及的网络问题"], "投诉处理单"),
                ("报告编写", ["输出月度网优报告"], "月度网优报告")]),
    "安全员": dict(dept="安全质量部", boss="安全质量部经理", subs="无", loc="各片区轮驻",
        pay="7000-9500元/月", shift="白班，随现场作业安排",
        edu="大专以上", major="安全工程或相关专业", exp="3年以上施工现场安全管理经验",
        cert="安全员C证（安全生产考核合格证），注册安全工程师优先", skills="熟悉高处作业、电工作业安全规范",
        duties=[("现场监督", ["监督高处作业、电工作业等危险作业安全措施落实"], "监督记录"),
                ("安全检查", ["每月组织安全检查和隐患排查", "建立隐患台账并督促整改"], "隐患台账"),
                ("安全教育", ["开展三级安全教育和班前安全交底"], "培训签到表"),
                ("事故管理", ["负责事故报告、协助事故调查"], "事故报告"),
                ("违章制止", ["发现违章作业有权责令停工"], "停工通知")]),
    "项目经理": dict(dept="工程项目部", boss="区域经理", subs="代维工程师、安全员（项目内）", loc="宁波片区",
        pay="12000-18000元/月", shift="标准工时",
        edu="本科及以上学历（通信类）", major="通信工程相关专业", exp="5年以上通信工程或代维项目管理经验",
        cert="PMP或二级建造师（通信与广电工程）", skills="熟悉铁塔公司代维考核办法",
        duties=[("履约管理", ["负责代维项目合同履约，控制进度、质量和成本"], "项目周报"),
                ("会议组织", ["组织项目开工会和周例会"], "会议纪要"),
                ("客户对接", ["对接铁塔公司地市分公司的月度代维考核"], "考核结果"),
                ("结算审核", ["审核项目结算资料"], "结算单"),
                ("人员调配", ["统筹项目内人员调配"], "排班表")]),
    "物资管理员": dict(dept="综合管理部", boss="综合管理部主管", subs="无", loc="杭州中心仓库",
        pay="5000-6500元/月", shift="白班，做六休一",
        edu="大专学历", major="物流管理等相关专业", exp="1年以上仓库管理经验",
        cert="叉车证优先", skills="熟练使用Excel及ERP系统",
        duties=[("出入库", ["负责备品备件的出入库登记"], "出入库台账"),
                ("盘点", ["每月组织库存盘点，确保账实相符"], "盘点表"),
                ("旧件处理", ["负责退库旧件的回收与报废处理"], "报废清单"),
                ("单据核对", ["核对物资领用审批单据"], "领用单"),
                ("库存预警", ["监控库存水位，低于安全库存时提报采购需求"], "采购申请")]),
    "区域经理": dict(dept="片区管理部", boss="运维总监", subs="项目经理、片区代维主管", loc="温州片区",
        pay="年薪25-35万元", shift="标准工时",
        edu="本科及以上", major="专业不限，通信类优先", exp="8年以上通信运维经验，其中3年以上团队管理经验",
        cert="无", skills="具备较强的客户沟通与团队管理能力",
        duties=[("目标管理", ["负责片区运维整体经营目标达成"], "片区经营报表"),
                ("客户关系", ["维护与铁塔地市公司、运营商客户的关系"], "客户拜访记录"),
                ("团队管理", ["负责片区人员编制和绩效考核"], "考核结果"),
                ("费用审批", ["审批片区重大费用支出"], "审批单"),
                ("应急指挥", ["重大故障和安全事故时赴现场指挥"], "应急处置报告")]),
}
PAY = {"铁塔巡检员": "5000-7000", "代维工程师": "7000-10000", "动力配套工程师": "8000-11000",
       "高空作业员": "6000-9000", "基站维护员": "5500-7500", "网优工程师": "9000-14000", "安全员": "7000-9500",
       "项目经理": "12000-18000", "物资管理员": "5000-6500", "运维调度员": "6000-8000"}
KPI = {
    "铁塔巡检员": [("巡检计划完成率", "实际完成巡检站数/计划巡检站数×100%", 30, "≥98%"),
                ("巡检质量合格率", "抽查合格站数/抽查站数×100%", 25, "≥95%"),
                ("隐患上报及时率", "24小时内上报隐患数/发现隐患总数×100%", 20, "100%"),
                ("巡检照片合规率", "合规照片数/上传照片总数×100%", 15, "≥95%"),
                ("安全违章次数", "考核期内被公司通报的违章次数", 10, "0次")],
    "代维工程师": [("故障处理及时率", "时限内闭环工单数/故障工单总数×100%", 30, ("≥99%", "≥98%", "≥95%", "≥90%")),
                ("工单一次闭环率", "一次处理闭环工单数/工单总数×100%", 20, "≥95%"),
                ("站址退服时长", "月度站均退服分钟数", 20, "≤30分钟/站·月"),
                ("隐患整改完成率", "按期整改隐患数/应整改隐患数×100%", 15, "≥95%"),
                ("代维资料准确率", "抽查准确条目/抽查总条目×100%", 15, "≥98%")],
    "动力配套工程师": [("动力设备完好率", "完好设备台数/设备总台数×100%", 30, "≥99%"),
                ("蓄电池放电测试完成率", "已测试电池组数/应测试电池组数×100%", 20, "100%"),
                ("停电发电及时率", "按时发电站次/需发电站次×100%", 25, ("≥98%", "≥95%", "≥90%", "≥85%")),
                ("节能改造项目数", "年度完成的节能改造项目数量", 15, "≥2项/年"),
                ("维护记录完整率", "完整记录数/应有记录数×100%", 10, "100%")],
    "网优工程师": [("掉话率", "掉话次数/通话总次数×100%", 25, "≤0.5%"),
                ("无线接通率", "接通次数/试呼次数×100%", 25, "≥99%"),
                ("网络投诉处理及时率", "按时处理投诉数/投诉总数×100%", 20, "≥98%"),
                ("优化方案实施率", "已实施方案数/审批通过方案数×100%", 20, "≥90%"),
                ("月报按时提交率", "按时提交次数/应提交次数×100%", 10, "100%")],
}
KPI_MGR = {"区域经理": [("财务", "片区营收完成率", 25, "≥100%"), ("财务", "成本费用控制率", 15, "≤预算"),
                        ("客户", "铁塔公司考核得分", 20, "≥95分"), ("客户", "客户有效投诉次数", 10, "≤2次/季度"),
                        ("内部运营", "片区站址退服率", 15, "≤0.1%"), ("学习成长", "员工流失率", 10, "≤15%"),
                        ("学习成长", "培训计划完成率", 5, "100%")],
           "项目经理": [("财务", "项目毛利率", 25, "≥18%"), ("客户", "月度代维考核得分", 30, "≥92分"),
                        ("内部运营", "项目结算及时率", 20, "100%"), ("内部运营", "项目安全事故起数", 15, "0起"),
                        ("学习成长", "项目人员持证率", 10, "≥95%")]}
SAFE_KPI = [("安全责任事故起数", "0起", 30), ("安全检查计划完成率", "100%", 20), ("隐患整改闭环率", "≥95%", 20),
            ("安全培训覆盖率", "100%", 15), ("特种作业持证上岗率", "100%", 15)]


def set_cell_bg(cell, color):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="{color}"/>'))


def cjk(doc):
    st = doc.styles["Normal"]
    st.font.name = "宋体"; st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


# ---------------------------------------------------------------- 01 docx
def doc01():
    d = Document(); cjk(d)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.header.paragraphs[0].text = f"{CO}　　受控文件　HL-HR-JD-01　A/3版"
    sec.footer.paragraphs[0].text = "人力资源部编制　　仅限内部使用　　未经批准不得外传"
    d.add_heading("一线运维岗位说明书汇编（2025版）", 0)
    d.add_paragraph("编制说明：本汇编适用于代维服务部、动力配套部一线岗位。第一部分为岗位基本信息总表，"
                    "第二部分按岗位列出主要职责。各片区可结合实际细化，但不得降低任职要求。")
    d.add_heading("第一部分　岗位基本信息总表", 1)
    posts = list(FRONT) + ["综合管理员"]
    t = d.add_table(rows=2 + len(posts), cols=10); t.style = "Table Grid"
    h1 = ["岗位名称", "所属部门", "汇报关系", "", "任职要求", "", "", "", "工作地点", "班次安排"]
    h2 = ["", "", "直接上级", "直接下属", "学历", "专业", "工作经验", "资格证书", "", ""]
    for i, v in enumerate(h1): t.cell(0, i).text = v
    for i, v in enumerate(h2):
        if v: t.cell(1, i).text = v
    t.cell(0, 2).merge(t.cell(0, 3)); t.cell(0, 2).text = "汇报关系"
    t.cell(0, 4).merge(t.cell(0, 7)); t.cell(0, 4).text = "任职要求"
    for c in (0, 1, 8, 9):
        m = t.cell(0, c).merge(t.cell(1, c)); m.text = h1[c]
    for r, p in enumerate(posts, start=2):
        if p == "综合管理员":
            vals = [p, "综合管理部", "略", "略", "略", "略", "略", "略", "略", "略"]
        else:
            f = FRONT[p]
            vals = [p, f["dept"], f["boss"], f["subs"], f["edu"], f["major"], f["exp"], f["cert"], f["loc"], f["shift"]]
        for c, v in enumerate(vals): t.cell(r, c).text = v
    d.add_paragraph("注：表中“略”表示该岗位信息见《综合管理制度》，本汇编不再重复。")
    d.add_heading("第二部分　岗位主要职责", 1)
    for n, (p, f) in enumerate(FRONT.items(), start=1):
        d.add_heading(f"2.{n}　{p}", 2)
        for i, (lead, text) in enumerate(f["duties"], start=1):
            para = d.add_paragraph()
            r = para.add_run(f"（{i}）{lead}："); r.bold = True
            para.add_run(text + "。")
        if f.get("other"):
            d.add_paragraph(f["other"])
        if f.get("note"):
            pn = d.add_paragraph(); rn = pn.add_run(f["note"]); rn.italic = True
            rn.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    d.add_heading("2.6　综合管理员", 2)
    d.add_paragraph("主要职责：略（详见《综合管理制度》第三章）。")
    d.save(OUT / "HL-01_一线运维岗位说明书汇编（2025版）.docx")


# ---------------------------------------------------------------- 02 docx with text boxes
TXBX = ('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{rid}" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2520000" cy="1260000"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="{id}" name="文本框 {id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2520000" cy="1260000"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln w="9525"><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></a:ln></wps:spPr>'
        '<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def doc02():
    d = Document(); cjk(d)
    d.sections[0].header.paragraphs[0].text = f"{CO}　岗位说明书（管理及技术岗位）　HL-HR-JD-02"
    d.sections[0].footer.paragraphs[0].text = "本版自2025年4月1日起执行，2023版同时废止"
    d.add_heading("管理及技术岗位说明书", 0)
    for n, (p, f) in enumerate(MGMT.items(), start=1):
        d.add_heading(f"岗位说明书——{p}", 1)
        boxlines = ["【岗位概要】", f"所在部门：{f['dept']}", f"工作地点：{f['loc']}", f"薪酬标准：{f['pay']}",
                    f"工作时间：{f['shift']}"]
        paras = "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in boxlines)
        anchor = d.add_paragraph()
        anchor._p.append(parse_xml(TXBX.replace("{rid}", str(251659264 + n)).replace("{id}", str(n)).replace("{paras}", paras)))
        anchor.add_run(f"本岗位说明书明确{p}的工作职责与任职资格，是招聘、培训和考核的依据。")
        d.add_paragraph("一、岗位职责").runs[0].bold = True
        rows = sum(len(x[1]) for x in f["duties"])
        t = d.add_table(rows=rows + 1, cols=3); t.style = "Table Grid"
        for i, v in enumerate(["职责模块", "工作内容", "输出成果"]):
            t.cell(0, i).text = v; set_cell_bg(t.cell(0, i), "D9E2F3")
        r = 1
        for mod, items, outp in f["duties"]:
            start = r
            for it in items:
                t.cell(r, 1).text = it; r += 1
            if r - 1 > start:
                a = t.cell(start, 0).merge(t.cell(r - 1, 0)); a.text = mod
                b = t.cell(start, 2).merge(t.cell(r - 1, 2)); b.text = outp
            else:
                t.cell(start, 0).text = mod; t.cell(start, 2).text = outp
        d.add_paragraph("二、任职资格").runs[0].bold = True
        q = d.add_table(rows=0, cols=2); q.style = "Table Grid"
        for k, v in [("汇报关系", f"直接上级：{f['boss']}；直接下属：{f['subs']}"), ("学历", f["edu"]),
                     ("专业", f["major"]), ("工作经验", f["exp"]), ("资格证书", f["cert"]), ("技能要求", f["skills"])]:
            c = q.add_row().cells; c[0].text = k; c[1].text = v
        d.add_paragraph()
    d.add_heading("附录A　2023版项目经理任职要求（已废止，仅供对照）", 1)
    d.add_paragraph("2023版规定：项目经理须具备大专及以上学历，3年以上通信工程管理经验，持二级建造师证书者优先；"
                    "直接上级为工程项目部经理。本附录内容自2025年4月1日起不再执行。")
    d.save(OUT / "HL-02_管理及技术岗位说明书.docx")


# ---------------------------------------------------------------- 03 xlsx KPI
def xls03():
    wb = Workbook(); ws = wb.active; ws.title = "填报说明"
    ws.merge_cells("A1:F1"); ws["A1"] = "恒联运维2025年度KPI考核指标库——填报说明"
    ws["A1"].font = Font(bold=True, size=14)
    notes = ["1. 一线岗位按月度考核，管理岗位按季度考核，满分100分。",
             "2. 目标值按站点等级（VIP站/A类站/B类站/C类站）区分的指标，按所辖站点加权计算；未区分的指标四类站点统一。",
             "3. “2024版（作废）”工作表仅供对照，不再使用。",
             "4. 出现否决项的，当期考核结果直接评为D级。"]
    for i, n in enumerate(notes, start=3):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=6); ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 100

    ws = wb.create_sheet("一线岗位")
    ws.merge_cells("A1:J1"); ws["A1"] = "一线运维岗位月度KPI指标表"; ws["A1"].font = Font(bold=True, size=13)
    hdr1 = ["考核岗位", "序号", "指标名称", "指标定义/计算公式", "权重", "目标值", "", "", "", "数据来源"]
    hdr2 = ["", "", "", "", "", "VIP站", "A类站", "B类站", "C类站", ""]
    for i, v in enumerate(hdr1, 1): ws.cell(2, i, v or None)
    for i, v in enumerate(hdr2, 1): ws.cell(3, i, v or None)
    ws.merge_cells("F2:I2")
    for col in "ABCDEJ": ws.merge_cells(f"{col}2:{col}3")
    src = {"铁塔巡检员": "巡检APP", "代维工程师": "工单系统", "动力配套工程师": "动环监控平台", "网优工程师": "网管及投诉系统"}
    r = 4
    for post, inds in KPI.items():
        start = r
        for k, (name, defi, w, tgt) in enumerate(inds, 1):
            ws.cell(r, 2, k); ws.cell(r, 3, name); ws.cell(r, 4, defi); ws.cell(r, 5, w / 100)
            ws.cell(r, 5).number_format = "0%"
            if isinstance(tgt, tuple):
                for j, v in enumerate(tgt): ws.cell(r, 6 + j, v)
            else:
                ws.cell(r, 6, tgt); ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=9)
            ws.cell(r, 10, src[post]); r += 1
        ws.cell(r, 3, "权重合计"); ws.cell(r, 5, f"=SUM(E{start}:E{r-1})"); ws.cell(r, 5).number_format = "0%"
        ws.cell(start, 1, post); ws.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center", wrap_text=True)
        r += 1
    for col, w in zip("ABCDEFGHIJ", [14, 6, 20, 40, 8, 10, 10, 10, 10, 14]): ws.column_dimensions[col].width = w

    ws = wb.create_sheet("管理岗位")
    ws.merge_cells("A1:F1"); ws["A1"] = "管理岗位季度KPI指标表"
    r = 3
    for post, inds in KPI_MGR.items():
        ws.cell(r, 1, f"考核对象：{post}"); ws.cell(r, 1).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5); r += 1
        for i, v in enumerate(["维度", "指标名称", "权重（分）", "目标值", "评分规则"], 1): ws.cell(r, i, v)
        r += 1; start = r; prev = None; dstart = r
        for dim, name, w, tgt in inds:
            if dim != prev:
                if prev is not None and r - 1 > dstart:
                    ws.merge_cells(start_row=dstart, start_column=1, end_row=r - 1, end_column=1)
                ws.cell(r, 1, dim); dstart = r; prev = dim
            ws.cell(r, 2, name); ws.cell(r, 3, w); ws.cell(r, 4, tgt); ws.cell(r, 5, "达到目标得满分，每偏离1个百分点扣权重分的10%")
            r += 1
        if r - 1 > dstart: ws.merge_cells(start_row=dstart, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(r, 1, "合计"); ws.cell(r, 3, f"=SUM(C{start}:C{r-1})"); r += 1
        veto = ("片区发生重大安全责任事故或被铁塔公司通报批评的，当季考核为D级" if post == "区域经理"
                else "项目发生一般及以上安全事故的，当季考核为D级")
        ws.cell(r, 1, "否决项"); ws.cell(r, 2, veto); r += 2
    ws = wb.create_sheet("2024版（作废）")
    ws["A1"] = "2024年度铁塔巡检员KPI（已作废，2025年1月起停用）"
    for i, row in enumerate([["指标名称", "权重", "目标值"], ["巡检任务完成率", "40%", "≥95%"],
                             ["巡检记录完整率", "30%", "≥90%"], ["隐患上报时效达标率", "30%", "≥90%"]], start=2):
        for j, v in enumerate(row, 1): ws.cell(i, j, v)
    wb.save(OUT / "HL-03_2025年度KPI考核指标库.xlsx")


# ---------------------------------------------------------------- 04 xlsx staffing/pay
def xls04():
    wb = Workbook(); ws = wb.active; ws.title = "编制"
    ws.merge_cells("A1:H1"); ws["A1"] = "2025年各片区岗位编制表"
    ws.cell(2, 1, "岗位"); ws.cell(2, 2, "所属部门")
    for j, city in enumerate(["杭州片区", "宁波片区", "温州片区"]):
        c = 3 + 2 * j; ws.cell(2, c, city); ws.merge_cells(start_row=2, start_column=c, end_row=2, end_column=c + 1)
        ws.cell(3, c, "编制（人）"); ws.cell(3, c + 1, "在岗（人）")
    ws.merge_cells("A2:A3"); ws.merge_cells("B2:B3")
    data = [("铁塔巡检员", "代维服务部", 12, 10, 15, 14, 10, 9), ("代维工程师", "代维服务部", 8, 8, 6, 5, 5, 5),
            ("动力配套工程师", "动力配套部", 4, 3, 2, 2, 2, 1), ("高空作业员", "代维服务部", 6, 6, 5, 4, 8, 7),
            ("基站维护员", "代维服务部", 10, 9, 12, 12, 8, 8), ("网优工程师", "网络优化部", 5, 4, 0, 0, 0, 0),
            ("安全员", "安全质量部", 2, 2, 2, 1, 1, 1), ("项目经理", "工程项目部", 2, 2, 2, 2, 1, 1),
            ("物资管理员", "综合管理部", 2, 2, 0, 0, 0, 0), ("运维调度员", "运维调度中心", 8, 8, 0, 0, 0, 0),
            ("区域经理", "片区管理部", 1, 1, 1, 1, 1, 1)]
    for i, row in enumerate(data, start=4):
        for j, v in enumerate(row, 1): ws.cell(i, j, v)
    ws = wb.create_sheet("薪酬标准")
    ws.merge_cells("A1:H1"); ws["A1"] = "一线及技术岗位薪酬标准（税前，元/月）"
    h1 = ["岗位", "职级", "固定薪酬", "", "月薪区间", "津贴补贴", "", "备注"]
    h2 = ["", "", "基本工资", "岗位工资", "", "高空津贴", "夜班津贴", ""]
    for i, v in enumerate(h1, 1): ws.cell(2, i, v or None)
    for i, v in enumerate(h2, 1): ws.cell(3, i, v or None)
    ws.merge_cells("C2:D2"); ws.merge_cells("F2:G2")
    for col in "ABEH": ws.merge_cells(f"{col}2:{col}3")
    rows = [("铁塔巡检员", "T1-T2", 2800, 1500, PAY["铁塔巡检员"], "30元/次", "—", "含巡检绩效"),
            ("代维工程师", "T3-T4", 3500, 2500, PAY["代维工程师"], "30元/次", "80元/夜", ""),
            ("动力配套工程师", "T3-T5", 3800, 2800, PAY["动力配套工程师"], "—", "100元/夜", "应急值守另计"),
            ("高空作业员", "T2-T3", 3000, 2000, PAY["高空作业员"], "50元/次", "—", "高空津贴按登塔次数计发"),
            ("基站维护员", "T1-T3", 2800, 1800, PAY["基站维护员"], "—", "60元/班", "中班计夜班津贴"),
            ("网优工程师", "T4-T6", 4500, 3500, PAY["网优工程师"], "—", "—", "出差补贴另计"),
            ("安全员", "T3-T4", 3500, 2500, PAY["安全员"], "—", "—", ""),
            ("项目经理", "M1-M2", 6000, 4000, PAY["项目经理"], "—", "—", "另有项目奖金"),
            ("物资管理员", "T1-T2", 2800, 1500, PAY["物资管理员"], "—", "—", ""),
            ("运维调度员", "T2-T3", 3000, 2000, PAY["运维调度员"], "—", "80元/夜", "")]
    for i, row in enumerate(rows, start=4):
        for j, v in enumerate(row, 1): ws.cell(i, j, v)
    ws.cell(4 + len(rows) + 1, 1, "注：区域经理实行年薪制，不列入本表。")
    ws = wb.create_sheet("持证要求")
    ws["A1"] = "岗位持证要求对照（●必备　○优先　空白为不要求）"
    certs = ["高处作业证", "低压电工作业证", "安全员C证", "PMP/二级建造师", "叉车证"]
    ws.cell(2, 1, "岗位")
    for j, c in enumerate(certs, 2): ws.cell(2, j, c)
    mat = {"铁塔巡检员": "●    ", "代维工程师": "○●   ", "动力配套工程师": " ●   ", "高空作业员": "●    ",
           "基站维护员": " ○   ", "安全员": "  ●  ", "项目经理": "   ● ", "物资管理员": "    ○"}
    for i, (p, m) in enumerate(mat.items(), start=3):
        ws.cell(i, 1, p)
        for j, ch in enumerate(m, 2):
            if ch.strip(): ws.cell(i, j, ch)
    wb.save(OUT / "HL-04_岗位编制与薪酬标准.xlsx")


# ---------------------------------------------------------------- 05 csv
def csv05():
    rows = [
        ["需求编号", "岗位", "部门", "片区", "人数", "要求(学历/专业/年限)", "薪资(元/月)", "班次", "岗位职责", "状态"],
        ["ZP2025-031", "运维调度员", "运维调度中心", "杭州", "2", "大专/通信类/1年", "6000-8000", "四班三运转",
         "①7×24小时监控动环及网管告警；②按派单规则派发故障工单；③跟踪工单处理时限并督办超时工单；④编制运维日报和周报", "招聘中"],
        ["ZP2025-032", "基站维护员", "代维服务部", "宁波", "3", "中专/通信或电子类/不限", "5500-7500", "早中班轮换",
         "①基站设备日常维护；②一般故障处理；③故障板件更换；④机房环境检查", "招聘中"],
        ["ZP2025-033", "铁塔巡检员", "代维服务部", "宁波", "2", "中专/通信电子电气类/1年", "5000-7000", "白班",
         "①铁塔及配套周期巡检；②塔体检查；③巡检APP拍照上传；④隐患上报", "招聘中"],
        ["ZP2025-034", "高空作业员", "代维服务部", "温州", "2", "高中/不限/1年", "6000-9000", "白班",
         "①天馈安装与调整；②塔上维护；③配合天线调整", "招聘中"],
        ["ZP2025-021", "网优工程师", "网络优化部", "温州", "1", "本科/通信工程/2年", "8000-12000", "标准工时",
         "①路测数据采集；②网络指标分析", "已撤回（温州网优业务外包）"],
    ]
    with open(OUT / "HL-05_招聘需求导出.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return rows


# ---------------------------------------------------------------- 06 html
def html06():
    posts = [("网优工程师", "网络优化部", "杭州", MGMT["网优工程师"]["pay"], "2",
              [x for m in MGMT["网优工程师"]["duties"] for x in m[1]],
              ["本科及以上学历，通信工程、电子信息工程专业", "2年以上4G/5G无线网络优化经验", "熟练使用TEMS、Probe等路测软件及MapInfo", "能适应经常出差"]),
             ("动力配套工程师", "动力配套部", "杭州滨江", PAY["动力配套工程师"] + "元/月", "1",
              [t for _, t in FRONT["动力配套工程师"]["duties"]],
              ["大专及以上学历，电气工程及其自动化专业", "2年以上通信电源或机房动力维护经验", "持低压电工作业证（特种作业操作证）"]),
             ("物资管理员", "综合管理部", "杭州中心仓库", MGMT["物资管理员"]["pay"], "1",
              [x for m in MGMT["物资管理员"]["duties"] for x in m[1]],
              ["大专学历，物流管理等相关专业", "1年以上仓库管理经验，持叉车证者优先", "熟练使用Excel及ERP系统"])]
    rows = []
    for t, dep, loc, pay, n, duties, reqs in posts:
        li = "".join(f"<li>{x}</li>" for x in duties); lr = "".join(f"<li>{x}</li>" for x in reqs)
        rows.append(f"""      <tr>
        <td data-label="职位名称"><a href="#{t}">{t}</a></td>
        <td data-label="用人部门">{dep}</td>
        <td data-label="工作地点">{loc}</td>
        <td data-label="薪资待遇">{pay}</td>
        <td data-label="招聘人数">{n}</td>
        <td data-label="岗位职责"><ol>{li}</ol></td>
        <td data-label="任职要求"><ul>{lr}</ul></td>
      </tr>""")
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>社会招聘 - {CO}</title>
<style>
@media (max-width:768px){{ table.jobs thead{{display:none}} table.jobs td{{display:block}}
 table.jobs td::before{{content:attr(data-label) "：";font-weight:bold}} }}
</style>
</head>
<body>
<nav>首页 &gt; 加入我们 &gt; 社会招聘</nav>
<h1>社会招聘｜2025年第二批</h1>
<p>恒联运维是浙江省内领先的通信铁塔及基站综合代维服务商，服务站址超过1.2万个。欢迎加入！</p>
<table class="jobs">
  <thead><tr><th>职位名称</th><th>用人部门</th><th>工作地点</th><th>薪资待遇</th><th>招聘人数</th><th>岗位职责</th><th>任职要求</th></tr></thead>
  <tbody>
{chr(10).join(rows)}
  </tbody>
</table>
<p class="tip">投递方式：请将简历发送至 hr@henglian-tower.example，邮件标题注明“应聘岗位+姓名”。</p>
<footer>© 2025 {CO}</footer>
</body>
</html>
"""
    (OUT / "HL-06_社会招聘.html").write_text(html, encoding="utf-8")


# ---------------------------------------------------------------- 07 pdf
def pdf07():
    pdfmetrics.registerFont(TTFont("wqy", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", subfontIndex=0))
    st = ParagraphStyle("b", fontName="wqy", fontSize=10.5, leading=16, wordWrap="CJK")
    h = ParagraphStyle("h", parent=st, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", parent=st, fontSize=12, leading=18)
    doc = SimpleDocTemplate(str(OUT / "HL-07_安全生产责任制及高处作业管理规定.pdf"), pagesize=A4,
                            leftMargin=60, rightMargin=60, topMargin=60, bottomMargin=60)
    S = []
    P = lambda t, s=st: S.append(Paragraph(t, s))
    P("安全生产责任制及高处作业管理规定", h)
    P("（HL-AQ-002　2025年修订）", ParagraphStyle("c", parent=st, alignment=1))
    S.append(Spacer(1, 8))
    P("第一章　总则", h2)
    P("第一条　为落实安全生产主体责任，规范铁塔、基站高处作业管理，制定本规定。")
    P("第二条　本规定适用于公司各片区全体员工及外协人员。")
    P("第二章　岗位安全职责", h2)
    P("第三条　安全员的安全职责：")
    for x in ["（一）监督高处作业、电工作业等危险作业安全措施的落实；",
              "（二）每月组织安全检查和隐患排查，建立隐患台账；",
              "（三）对新员工开展三级安全教育，对作业班组开展班前安全交底；",
              "（四）发现违章作业、重大隐患时，有权责令立即停工；",
              "（五）发生事故时按规定上报，并协助事故调查。"]: P(x)
    P("第四条　高空作业员的安全职责：")
    for x in ["（一）持有效高处作业证上岗，严禁无证登塔；",
              "（二）登塔前检查安全带、安全绳、防坠器，执行“双绳双钩”；",
              "（三）6级以上大风、雷雨、冰冻天气不得登高作业；",
              "（四）塔下设置警戒区，工具材料使用工具袋传递。"]: P(x)
    P("第五条　项目经理是项目安全第一责任人，对项目范围内的安全生产全面负责。")
    P("第三章　高处作业人员资格", h2)
    P("第六条　高处作业人员须满足下表要求：")
    tb = [["作业类别", "作业人员资格", "监护要求"],
          ["铁塔登高（≥2米）", "持高处作业证", "每塔至少1名地面监护人"],
          ["带电作业", "持低压电工作业证", "安全员现场旁站"],
          ["天馈调整", "持高处作业证且经天馈培训", "网优工程师远程配合"]]
    t = Table([[Paragraph(c, st) for c in r] for r in tb], colWidths=[120, 170, 170])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("FONTNAME", (0, 0), (-1, -1), "wqy")]))
    S.append(t)
    P("第四章　安全质量部考核", h2)
    P("第七条　安全质量部年度KPI如下表：")
    tb = [["序号", "考核指标", "目标值", "权重"]] + [[str(i), n, tg, f"{w}%"] for i, (n, tg, w) in enumerate(SAFE_KPI, 1)]
    t = Table([[Paragraph(c, st) for c in r] for r in tb], colWidths=[40, 200, 110, 60])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black)]))
    S.append(t)
    P("第八条　本规定由安全质量部负责解释，自发布之日起施行。")
    doc.build(S)


# ---------------------------------------------------------------- 08 md
def md08():
    txt = f"""# 新员工入职手册（运维一线版）

> 适用：{CO}全体新入职员工。人力资源部 2025年5月修订。

## 1. 公司与组织

公司下设杭州、宁波、温州三个片区，每个片区由一名区域经理负责。组织关系如下：

- 运维总监
  - 区域经理（各片区）
    - 项目经理
      - 代维工程师
      - 安全员（项目内）
    - 片区代维主管
      - 代维班组长
        - 铁塔巡检员
        - 高空作业员
        - 基站维护员
  - 运维调度中心主任
    - 运维调度员
- 无人机巡检员（2026年拟设，职责另行发布）

## 2. 运维调度员须知

运维调度员隶属运维调度中心，直接上级为运维调度中心主任，实行四班三运转。
调度员接到一级告警（VIP站退服）后须在5分钟内派单并电话通知代维工程师。

## 3. 巡检周期一览

| 站点等级 | 铁塔巡检 | 动力巡检 | 说明 |
|---|---|---|---|
| VIP站 | 每月2次 | 每月1次 | 含核心机房 |
| A类站 | 每月1次 | 每季度1次 | |
| B/C类站 | 每月1次 | 每半年1次 | |

## 4. 常见问题

**问：试用期多久？**
答：一般为3个月，表现优秀可申请提前转正。

**问：登塔前需要做什么？**
答：必须持有效高处作业证，并完成当日班前安全交底，由安全员或班组长签字确认。

**问：工服、安全带谁发？**
答：由物资管理员统一发放，离职时退还。

## 5. 网优工程师培训安排

新入职网优工程师第一个月跟随导师路测，第二个月起独立负责一个区县的优化工作。
"""
    (OUT / "HL-08_新员工入职手册.md").write_text(txt, encoding="utf-8")


# ---------------------------------------------------------------- 09 GBK txt
def gbk09():
    txt = f"""{CO}
恒联人〔2025〕18号

关于调整宁波片区项目经理汇报关系的通知

各片区、各部门：

    为加强宁波片区重点项目管控，经公司研究决定：

    一、自2025年7月1日起，宁波片区项目经理的直接上级由宁波片区区域经理调整为运维总监，
        项目经理按月向运维总监提交项目周报汇总。
    二、杭州、温州片区项目经理的汇报关系不变，仍向本片区区域经理汇报。
    三、公司拟于2026年增设无人机巡检员岗位，岗位职责及任职要求另行发布。

    特此通知。

                                        人力资源部
                                        2025年6月20日
"""
    (OUT / "HL-09_关于调整宁波片区项目经理汇报关系的通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ---------------------------------------------------------------- 10 UTF-16 txt
def u16_10():
    txt = f"""考勤与倒班管理办法（试行）

第一条　目的
为规范运维一线人员的考勤和倒班管理，保障网络7×24小时运行，制定本办法。

第二条　班次类型
（一）标准工时：周一至周五8:30-17:30，适用于管理及职能岗位。
（二）白班：8:30-17:30，适用于铁塔巡检员、高空作业员等户外岗位。
（三）早中班：早班8:00-16:00，中班16:00-24:00，适用于基站维护员。
（四）四班三运转：适用于运维调度员，每班8小时。

第三条　恶劣天气
遇6级以上大风、雷雨、冰冻等恶劣天气，户外登高作业一律暂停，人员在驻点待命，按出勤计算。

第四条　加班
因故障抢修产生的加班，优先安排调休；无法调休的按国家规定支付加班工资。

第五条　打卡
一线人员通过运维APP定位打卡，站点作业须在站址500米范围内打卡。

第六条　本办法由人力资源部负责解释。
"""
    (OUT / "HL-10_考勤与倒班管理办法.txt").write_bytes(txt.replace("\n", "\r\n").encode("utf-16"))


if __name__ == "__main__":
    doc01(); doc02(); xls03(); xls04(); csv05(); html06(); pdf07(); md08(); gbk09(); u16_10()
    truth = {"company": CO, "front_posts": FRONT, "mgmt_posts": MGMT, "pay": PAY, "kpi": KPI, "kpi_mgr": KPI_MGR,
             "safety_dept_kpi": SAFE_KPI,
             "other_posts": {"运维调度员": "CSV row ZP2025-031 + 入职手册§2 (上级 运维调度中心主任, 四班三运转) + 编制/薪酬",
                             "综合管理员": "01 docx: all fields 略; duties 略（详见《综合管理制度》第三章）",
                             "无人机巡检员": "named only (08 md org list, 09 GBK notice) — no duties",
                             "片区代维主管/代维班组长/运维总监": "named only as bosses"},
             "changes": {"项目经理(宁波)": "09 GBK: from 2025-07-01 boss = 运维总监 (was 区域经理); 杭州/温州 unchanged",
                         "项目经理 2023版": "02 appendix A: 大专/3年/上级工程项目部经理 — void",
                         "铁塔巡检员 KPI 2024": "03 sheet 2024版（作废） — void",
                         "网优工程师 温州 posting": "05 CSV row ZP2025-021 已撤回, pay 8000-12000 (valid: 9000-14000)"},
             "files": sorted(p.name for p in OUT.iterdir())}
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print("\n".join(truth["files"]))
