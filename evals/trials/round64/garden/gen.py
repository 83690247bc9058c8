# -*- coding: utf-8 -*-
"""Round 64 blind trial "garden": 青禾园林绿化工程有限公司, 10 HR documents.

Run:  T64_OUT=/tmp/t64garden/corpus /tmp/genv/bin/python gen.py
Writes the 10 files into $T64_OUT and truth.json (what each document says) next to this script.
"""
import csv
import io
import json
import os
import copy
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor
import openpyxl
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T64_OUT", "/tmp/t64garden/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
TRUTH = {}

CO = "青禾园林绿化工程有限公司"


# ----------------------------------------------------------------------------- helpers
def set_cell_shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(r'<w:shd %s w:val="clear" w:color="auto" w:fill="%s"/>' % (nsdecls("w"), fill)))


def cell_text(cell, text, bold=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, ln in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold
    return cell


def add_tracked(paragraph, before, deleted, inserted, after, author="人力资源部 周敏", date="2024-03-18T09:00:00Z"):
    """before + <del>deleted</del><ins>inserted</ins> + after, as Word tracked changes."""
    paragraph.add_run(before)
    d = parse_xml(
        '<w:del %s w:id="901" w:author="%s" w:date="%s"><w:r><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>'
        % (nsdecls("w"), author, date, deleted))
    i = parse_xml(
        '<w:ins %s w:id="902" w:author="%s" w:date="%s"><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:ins>'
        % (nsdecls("w"), author, date, inserted))
    paragraph._p.append(d)
    paragraph._p.append(i)
    paragraph.add_run(after)


def add_textbox(paragraph, lines, width="220pt", height="150pt"):
    """A floating VML text box anchored to the paragraph (like an inserted 文本框)."""
    inner = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % ln for ln in lines)
    xml = (
        '<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
        '<w:pict><v:shape id="tb1" type="#_x0000_t202" style="position:absolute;margin-left:260pt;margin-top:0;'
        'width:%s;height:%s;z-index:1" stroked="t"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
        '</v:shape></w:pict></w:r>' % (nsdecls("w"), width, height, inner))
    paragraph._p.append(parse_xml(xml))


# ============================================================================= posts (truth)
P = {}
P["项目经理"] = dict(
    dept="工程部（项目部）", boss="工程部经理", subs="施工员、资料员、安全员（派驻）",
    edu="大专及以上学历，园林、风景园林或土木工程相关专业",
    exp="5年以上园林绿化工程项目管理经验，主持过2个以上合同额500万元以上的项目",
    cert="二级建造师（市政公用工程专业）注册证书及安全生产考核合格证书（B证）",
    loc="各项目部（滨江生态公园二期、江北新区道路绿化工程）",
    duties=["组织编制项目施工组织设计和施工进度计划，报工程部审批后组织实施",
            "负责项目成本控制，每月组织预算员进行一次成本分析，成本偏差超过3%时书面报告工程部",
            "组织苗木进场验收，核对苗木规格、土球和检疫证明，与苗圃基地协调苗木调拨",
            "主持每周项目例会，协调监理、建设单位和分包单位之间的工作",
            "组织工程竣工验收，并负责一年养护期满后的移交工作",
            "作为项目安全生产第一责任人，落实各项安全措施"])
P["养护班长"] = dict(
    dept="养护部（滨江公园养护标段）", boss="标段养护主管", subs="绿化养护工、灌溉工",
    edu="高中（中专）及以上", exp="3年以上绿化养护工作经验，其中1年以上班组管理经验",
    cert="绿化工（四级/中级工）职业技能等级证书", loc="滨江公园养护标段",
    shift="A班 07:00—15:30（原06:30—15:00，已修订）",
    duties=["每日召开班前会，布置当日养护任务，检查人员到岗和劳保用品穿戴情况",
            "按养护月历组织修剪、除草、施肥、松土、病虫害防治配合等作业",
            "每日巡查标段绿地，发现病虫害苗头时及时报告植保员",
            "填写养护日志，每周五汇总本班组工作量报标段养护主管",
            "暴雨、台风过后组织倒伏树木扶正、断枝清理，恢复绿地通行",
            "管理班组小型机具的领用、登记和日常保养"])
P["绿化养护工"] = dict(
    dept="养护部", boss="养护班长", subs="无",
    edu="初中及以上", exp="不限，有绿化作业经验者优先", cert="无硬性要求，持绿化工证书者优先",
    other="身体健康，能适应户外露天作业，年龄55周岁以下",
    duties=["按班长安排完成草坪修剪、绿篱整形、除草、浇水等日常养护作业",
            "正确使用割草机、绿篱机、割灌机等小型机具，作业后清洁归位",
            "清理绿地内垃圾、枯枝落叶和杂物，保持绿地整洁",
            "发现设施损坏、树木倾斜或枯死等情况，及时向班长报告"])
P["苗木管理员"] = dict(
    dept="苗圃基地", boss="苗圃基地副主任（2024年3月前为苗圃主任）",
    edu="中专及以上学历，园艺、林学相关专业", exp="2年以上苗圃生产或苗木管理经验",
    cert="无强制要求", duties=[
        "建立苗木台账，每月盘点一次，做到账实相符",
        "负责苗木出圃前的起挖、土球包扎、装车质量检查",
        "按项目部调拨单组织苗木调拨，登记调拨去向和数量",
        "负责新进苗木的假植和缓苗期养护管理",
        "每季度对苗木规格（胸径、冠幅、高度）进行抽测并更新台账"])
P["植保员"] = dict(
    dept="苗圃基地（服务苗圃及各养护标段）", boss="苗圃基地主任",
    edu="大专及以上学历，植物保护、园艺或林学专业", exp="3年以上园林植保工作经验",
    cert="农药安全使用培训合格证", shift="常白班08:00—17:00；4—9月防治高峰期早班05:30开始喷药",
    duties=["编制年度病虫害防治计划，报技术负责人审批后执行",
            "每周巡查苗圃和各养护标段，做好病虫害测报记录",
            "确定防治药剂品种和配比，现场指导养护工实施喷药",
            "管理农药仓库，执行农药领用“双人双锁”制度",
            "推广生物防治和低毒低残留药剂，逐年减少化学农药使用量"])
P["施工员"] = dict(dept="工程部（项目部）", boss="项目经理", duties="略", note="named with 略 duties")
P["花艺师"] = dict(
    dept="花卉工作室（隶属苗圃基地）", boss="花卉工作室主管", edu="中专及以上，专业不限",
    exp="2年以上花艺设计或插花制作经验", cert="插花花艺师（四级/中级工）及以上职业技能等级证书",
    loc="市民中心花卉工作室", pay="5000—7000元/月",
    duties=["负责市政节日摆花和会议花艺布置的方案设计与制作",
            "负责鲜切花的采购验收和保鲜管理，控制花材损耗",
            "根据季节更新公园花境的花材搭配方案",
            "指导花卉工做好盆花日常养护和摆放"])
P["园林设计师"] = dict(
    dept="设计部", boss="设计部主任", edu="本科及以上学历，风景园林、园林、环境设计等专业",
    exp="3年以上园林景观设计经验", cert="具有园林或景观设计相关中级职称者优先",
    skills="熟练使用AutoCAD、SketchUp、Photoshop、Lumion", loc="公司本部（江宁区）", pay="8000—14000元/月",
    duties=["负责园林景观方案设计和施工图设计", "配合预算员提供工程量清单和苗木表",
            "参与施工现场技术交底，处理设计变更", "负责投标项目的方案文本编制"])
P["预算员"] = dict(
    dept="经营部", boss="经营部经理", edu="大专及以上学历，工程造价相关专业",
    exp="2年以上园林或市政工程预算经验", cert="二级造价工程师证书优先", skills="熟练使用广联达计价软件",
    loc="公司本部（江宁区）", pay="6000—9000元/月",
    duties=["编制投标报价和施工图预算", "审核分包工程量和结算",
            "每月配合项目经理做成本分析", "收集整理苗木、材料市场价格信息，更新价格库"])
P["资料员"] = dict(
    dept="工程部（项目部）", boss="项目经理", edu="大专及以上学历", exp="1年以上工程资料管理经验",
    cert="资料员岗位证书", pay="4500—6000元/月（2023年已关闭需求为4000—5000元/月）",
    duties=["收集整理施工技术资料和隐蔽工程验收记录", "负责工程竣工资料的组卷和归档",
            "管理项目部收发文和图纸，做好借阅登记"])
P["灌溉工"] = dict(
    dept="养护部（高新区道路绿化标段）", boss="养护班长", edu="初中及以上", exp="1年以上绿化灌溉或水电维修经验",
    cert="低压电工作业证优先", shift="6—9月夜班20:00—次日04:00；其余月份白班08:00—16:30",
    loc="高新区道路绿化标段", pay="3800—4500元/月，另夜班补贴60元/晚",
    duties=["负责标段内喷灌、滴灌系统的日常开启、巡检和关闭",
            "检修喷头、阀门和管道，及时更换损坏部件",
            "根据天气和土壤墒情调整灌溉时间和水量",
            "记录每日用水量，入冬前完成管道排空防冻"])
P["机械操作手"] = dict(
    dept="养护部设备管理组", boss="设备管理组组长（2024年5月1日起；原为养护部副经理）",
    edu="初中及以上", exp="2年以上园林机械或工程机械操作经验",
    cert="对应机械的特种作业操作证（高空作业车须持高处作业证）", shift="随作业安排；道路修剪为夜间22:00—次日05:00",
    pay="月薪6500元起，夜间作业补贴80元/晚",
    duties=["操作高空作业车进行行道树修剪", "操作洒水车、小型挖掘机、随车吊配合苗木种植",
            "每日出车前进行例行检查并填写车辆点检表", "负责所操作机械的日常保养，按计划送修"])
P["安全员"] = dict(
    dept="安全质量部（派驻项目部）", boss="安全质量部经理", edu="大专及以上学历",
    exp="2年以上施工现场安全管理经验", cert="安全生产考核合格证书（C证）",
    duties=["每日巡查施工和养护作业现场，制止和纠正违章作业",
            "组织新进场人员三级安全教育并留存记录",
            "检查高空修剪、道路作业的安全围挡和警示标志设置",
            "建立安全隐患台账，督促责任班组限期整改",
            "每月组织一次应急演练或专项安全培训"])
TRUTH["posts"] = P


# ============================================================================= g01 docx: side-by-side cards
def g01():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　　岗位说明书（工程与养护序列）　　QH-HR-JD-2024"
    sec.footer.paragraphs[0].text = "人力资源部编制　2024年3月　受控文件，未经许可不得外传"
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("工程与养护序列岗位说明书")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("说明：本册按“岗位卡”编排，每行两张卡片并排；卡片中【】内为项目名称。"
                    "养护部各标段岗位设置相同，班次以标段通知为准。")

    def card(cell, code, name, facts, duties, reqs):
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(f"{code}　{name}")
        r.bold = True
        r.font.size = Pt(12)
        for lab, val in facts:
            q = cell.add_paragraph()
            q.add_run(f"【{lab}】").bold = True
            if isinstance(val, tuple):  # tracked change
                add_tracked(q, *val)
            else:
                q.add_run(val)
        q = cell.add_paragraph()
        q.add_run("【工作职责】").bold = True
        if isinstance(duties, str):
            cell.add_paragraph(duties)
        else:
            for i, du in enumerate(duties, 1):
                cell.add_paragraph(f"{i}）{du}；" if i < len(duties) else f"{i}）{du}。")
        q = cell.add_paragraph()
        q.add_run("【任职条件】").bold = True
        for rq in reqs:
            cell.add_paragraph(rq)

    tbl = d.add_table(rows=2, cols=2)
    tbl.style = "Table Grid"
    pm = P["项目经理"]
    card(tbl.cell(0, 0), "GC-01", "项目经理",
         [("所属部门", pm["dept"]), ("直接上级", pm["boss"]), ("直接下级", pm["subs"]),
          ("工作地点", pm["loc"])],
         pm["duties"],
         ["学历专业：" + pm["edu"] + "；", "工作经验：" + pm["exp"] + "；", "资格证书：" + pm["cert"] + "。"])
    card(tbl.cell(0, 1), "GC-02", "施工员",
         [("所属部门", "工程部（项目部）"), ("直接上级", "项目经理")],
         "略（详见《施工员作业指导书》QH-GC-07，另行发布）。",
         ["略。"])
    bz = P["养护班长"]
    card(tbl.cell(1, 0), "YH-01", "养护班长",
         [("所属部门", bz["dept"]), ("直接上级", bz["boss"]), ("直接下级", bz["subs"]),
          ("工作班次", ("A班 ", "06:30—15:00", "07:00—15:30", "（夏季5—9月中午11:30—14:30不安排露天作业）"))],
         bz["duties"],
         ["学历：" + bz["edu"] + "；", "经验：" + bz["exp"] + "；", "证书：须持" + bz["cert"] + "。"])
    gw = P["绿化养护工"]
    card(tbl.cell(1, 1), "YH-02", "绿化养护工",
         [("所属部门", gw["dept"]), ("直接上级", gw["boss"]), ("工作班次", "同所在班组")],
         gw["duties"],
         ["学历：" + gw["edu"] + "；", "经验：" + gw["exp"] + "；", "证书：" + gw["cert"] + "；",
          "其他：" + gw["other"] + "。"])
    # a comment on the tracked shift change
    target = None
    for p in tbl.cell(1, 0).paragraphs:
        if "工作班次" in p.text or "A班" in "".join(t.text or "" for t in p._p.iter(qn("w:t"))):
            target = p
            break
    if target is not None and target.runs:
        d.add_comment(target.runs[0], text="班次调整已经养护部3月15日部门会议通过，请各标段同步更新排班表。",
                      author="养护部 陈立", initials="CL")
    d.add_paragraph("")
    d.add_paragraph("签发：总经理　王建国　　　审核：人力资源部　周敏　　　生效日期：2024年4月1日")
    d.save(OUT / "g01_工程与养护岗位说明书.docx")
    TRUTH["g01_工程与养护岗位说明书.docx"] = ("2x2 outer table of side-by-side post cards (【label】 paragraphs), "
                                        "tracked change on 养护班长 shift, a comment, header/footer; 施工员 card is 略")


# ============================================================================= g02 docx: nursery handbook
def g02():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "苗圃基地工作手册（第3版）　QH-MP-SC-03"
    sec.footer.paragraphs[0].text = f"{CO}苗圃基地　内部资料"
    d.add_heading("苗圃基地工作手册", level=0)
    d.add_paragraph("苗圃基地位于江宁区横溪街道，占地约320亩，主要培育香樟、榉树、朴树、桂花等乔木及时令草花，"
                    "负责向公司各工程项目和养护标段供应苗木。基地设主任1名、副主任1名，下设生产组、植保组和花卉工作室。")
    d.add_heading("一、苗木管理员", level=1)
    mm = P["苗木管理员"]
    p = d.add_paragraph("苗木管理员隶属苗圃基地生产组，直接上级为苗圃基地副主任。")
    p.add_run("〔修订说明：2024年3月起，苗木管理员的直接上级由苗圃主任调整为苗圃基地副主任。〕").font.color.rgb = RGBColor(0xC0, 0, 0)
    d.add_paragraph("主要工作如下：")
    for i, du in enumerate(mm["duties"], 1):
        d.add_paragraph(f"（{i}）{du}。")
    d.add_paragraph(f"任职要求：{mm['edu']}；{mm['exp']}；证书{mm['cert']}，熟悉常用苗木品种和规格标准者优先。")

    d.add_heading("二、植保员", level=1)
    zb = P["植保员"]
    anchor = d.add_paragraph("植保员负责全公司园林植物病虫害的监测与防治，其基本信息见右侧文本框。")
    add_textbox(anchor, ["植保员 · 岗位速览", "所属：植保组（苗圃基地）", "直接上级：苗圃基地主任",
                         "服务范围：苗圃基地及各养护标段", "学历：" + zb["edu"], "经验：" + zb["exp"],
                         "证书：须持" + zb["cert"], "班次：" + zb["shift"]])
    d.add_paragraph("植保员的工作职责：")
    for i, du in enumerate(zb["duties"], 1):
        d.add_paragraph(f"（{i}）{du}。")

    d.add_heading("三、全年重点工作月历", level=1)
    d.add_paragraph("下表列出苗木管理员和植保员各时段的重点工作，供排班参考。")
    rows = [("月份", "苗木管理员", "植保员"),
            ("2—4月", "春季苗木出圃高峰，组织起挖和装车", "防治蚜虫、红蜘蛛，做好春季测报"),
            ("5—8月", "遮阴、排涝，检查假植苗木长势", "防治美国白蛾第一、二代幼虫"),
            ("9—10月", "秋季苗木规格抽测，更新台账", "防治刺蛾、叶斑病"),
            ("11月—次年1月", "苗木越冬防寒、包干", "清园、树干涂白，检查农药仓库")]
    tb = d.add_table(rows=len(rows), cols=3)
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(i == 0))
    d.add_heading("四、花卉工作室", level=1)
    d.add_paragraph("花卉工作室设在市民中心，负责市政节日摆花和会议花艺，岗位有花卉工作室主管、花艺师和花卉工。"
                    "花艺师的招聘信息见公司招聘页面。")
    d.add_heading("附录B　2022版植保员用药审批规定（已废止）", level=1)
    d.add_paragraph("【本附录已于2024年1月废止，仅供查阅历史记录。】")
    d.add_paragraph("植保员每次用药须填写《用药申请单》报苗圃主任审批；植保员须持植保员职业资格证（五级），"
                    "防治高峰期实行早班06:00开始喷药。")
    d.save(OUT / "g02_苗圃基地工作手册.docx")
    TRUTH["g02_苗圃基地工作手册.docx"] = ("handbook with header/footer, prose facts + red 修订说明, 植保员 facts only "
                                     "in a VML text box, month x post table, void appendix B")


# ============================================================================= g03 xlsx: KPI library
KPI = {
    "养护班长": [("质量", "养护质量检查得分", "标段月度养护质量检查平均得分", "各次检查得分之和/检查次数", 30, "≥90分", "≥85分"),
              ("质量", "养护月历完成率", "按养护月历完成的作业项目占比", "已完成项目数/月历计划项目数×100%", 20, "100%", "≥95%"),
              ("客户", "有效投诉次数", "建设单位或市民有效投诉次数", "按管理处通报统计", 20, "≤1次/月", "≤2次/月"),
              ("安全", "安全事故起数", "班组发生的一般及以上安全事故", "按安全质量部通报", 15, "0", "0"),
              ("管理", "养护日志及时率", "按日填写并于周五上报的日志占比", "按时上报天数/应上报天数×100%", 15, "100%", "100%")],
    "绿化养护工": [("任务", "作业任务完成率", "完成班长派发作业任务的比例", "完成任务数/派发任务数×100%", 40, "≥98%", "≥95%"),
               ("质量", "养护质量抽检合格率", "班长抽检作业面合格的比例", "合格点数/抽检点数×100%", 30, "≥95%", "≥90%"),
               ("设备", "机具完好率", "领用机具归还时完好的比例", "完好台次/领用台次×100%", 15, "≥95%", "≥95%"),
               ("纪律", "出勤率", "实际出勤天数占应出勤天数", "实际出勤/应出勤×100%", 15, "≥97%", "≥97%")],
    "灌溉工": [("设施", "灌溉设施完好率", "喷头、阀门、管道完好的比例", "完好数/设施总数×100%", 35, "≥98%", "≥95%"),
            ("执行", "按计划灌溉执行率", "按灌溉计划实际执行的次数比例", "执行次数/计划次数×100%", 30, "100%", "≥98%"),
            ("成本", "用水量控制偏差", "实际用水量与计划用水量的偏差", "(实际-计划)/计划×100%", 20, "±10%以内", "±15%以内"),
            ("季节", "冬季防冻排空完成率", "入冬前完成排空的管道比例", "已排空管段/管段总数×100%", 15, "100%", "100%")],
}
KPI2 = {
    "项目经理": [("进度", "工期达成率", "按合同工期完成的节点比例", 25, "100%"),
              ("成本", "成本控制偏差率", "实际成本与目标成本的偏差", 25, "≤3%"),
              ("质量", "竣工验收一次合格率", "分部分项工程一次验收合格比例", 20, "100%"),
              ("质量", "苗木成活率", "养护期满时苗木成活比例", 20, "≥95%"),
              ("安全", "安全事故起数", "项目发生的一般及以上安全事故", 10, "0")],
    "预算员": [("准确", "预算编制准确率", "预算与结算偏差在3%以内的项目占比", 35, "≥90%"),
            ("时效", "投标报价按期完成率", "按招标文件时限完成报价的比例", 25, "100%"),
            ("效益", "结算审核核减率", "审核核减金额/送审金额", 20, "≥5%"),
            ("信息", "价格信息更新及时率", "每月5日前完成价格库更新", 20, "100%")],
}
KPI3 = {
    "植保员": [("防治", "病虫害发生率", "发生病虫害的株数占抽查株数", 30, "≤5%"),
            ("防治", "防治及时率", "发现病虫害后48小时内实施防治的比例", 25, "100%"),
            ("安全", "农药安全事故起数", "农药中毒、误用、流失等事故", 20, "0"),
            ("环保", "化学农药使用量下降率", "较上年化学农药用量的下降比例", 15, "≥10%"),
            ("记录", "测报记录完整率", "病虫害测报记录完整的比例", 10, "100%")],
    "苗木管理员": [("台账", "苗木台账准确率", "盘点账实相符的品种规格占比", 35, "≥99%"),
              ("质量", "出圃苗木合格率", "出圃苗木经项目部验收合格比例", 30, "≥98%"),
              ("效率", "调拨及时率", "按调拨单约定日期发苗的比例", 20, "≥95%"),
              ("养护", "假植苗木成活率", "假植30天后成活比例", 15, "≥95%")],
}


def g03():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "使用说明"
    ws["A1"] = "2024年度岗位KPI指标库（养护部／工程经营／苗圃）"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "1. 本库自2024年1月1日起执行，“2023版（作废）”工作表仅供对比，不再使用。"
    ws["A4"] = "2. 养护部目标值按养护等级区分：一级养护标段（滨江公园）执行一级目标，二级养护标段（高新区道路）执行二级目标。"
    ws["A5"] = "3. 每个岗位权重合计应为100%，合计行为公式。"
    ws.column_dimensions["A"].width = 90

    hdr_fill = PatternFill("solid", fgColor="C6E0B4")
    ws = wb.create_sheet("养护部")
    ws.merge_cells("A1:H1")
    ws["A1"] = "养护部岗位月度考核指标"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:A3"); ws["A2"] = "岗位"
    ws.merge_cells("B2:B3"); ws["B2"] = "维度"
    ws.merge_cells("C2:C3"); ws["C2"] = "指标名称"
    ws.merge_cells("D2:D3"); ws["D2"] = "指标定义"
    ws.merge_cells("E2:E3"); ws["E2"] = "计算方法"
    ws.merge_cells("F2:F3"); ws["F2"] = "权重（%）"
    ws.merge_cells("G2:H2"); ws["G2"] = "目标值"
    ws["G3"] = "一级养护标段"; ws["H3"] = "二级养护标段"
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.fill = hdr_fill
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 4
    for post, inds in KPI.items():
        start = r
        for dim, name, df, calc, w, t1, t2 in inds:
            ws.cell(r, 2, dim); ws.cell(r, 3, name); ws.cell(r, 4, df); ws.cell(r, 5, calc)
            ws.cell(r, 6, w); ws.cell(r, 7, t1); ws.cell(r, 8, t2)
            r += 1
        ws.cell(start, 1, post)
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(start, 1).alignment = Alignment(vertical="center")
        ws.cell(r, 3, "权重合计"); ws.cell(r, 6, f"=SUM(F{start}:F{r-1})")
        r += 2
    for col, wd in zip("ABCDEFGH", (12, 8, 22, 34, 32, 10, 14, 14)):
        ws.column_dimensions[col].width = wd

    ws = wb.create_sheet("工程与经营")
    ws["A1"] = "工程部、经营部岗位季度考核指标"
    ws["A1"].font = Font(bold=True, size=13)
    r = 3
    for post, inds in KPI2.items():
        ws.cell(r, 1, f"▶ 考核对象：{post}　　考核人：{'工程部经理' if post == '项目经理' else '经营部经理'}").font = Font(bold=True)
        r += 1
        for j, h in enumerate(("序号", "维度", "指标名称", "指标说明", "权重", "目标值"), 1):
            ws.cell(r, j, h).fill = hdr_fill
        r += 1
        start = r
        for k, (dim, name, df, w, t) in enumerate(inds, 1):
            for j, v in enumerate((k, dim, name, df, w / 100, t), 1):
                ws.cell(r, j, v)
            ws.cell(r, 5).number_format = "0%"
            r += 1
        ws.cell(r, 3, "合计"); ws.cell(r, 5, f"=SUM(E{start}:E{r-1})"); ws.cell(r, 5).number_format = "0%"
        r += 2
    ws = wb.create_sheet("苗圃基地")
    ws["A1"] = "苗圃基地岗位考核指标（半年度）"
    r = 2
    for j, h in enumerate(("岗位", "指标名称", "权重", "目标值", "维度", "说明"), 1):
        ws.cell(r, j, h).fill = hdr_fill
    r = 3
    for post, inds in KPI3.items():
        for dim, name, df, w, t in inds:
            for j, v in enumerate((post, name, f"{w}%", t, dim, df), 1):
                ws.cell(r, j, v)
            r += 1
    ws = wb.create_sheet("2023版（作废）")
    ws["A1"] = "2023年度养护班长考核指标（作废，2024年1月1日起停用）"
    rows = [("指标", "权重", "目标"), ("养护质量（作废）", "40%", "≥85分"), ("出勤管理（作废）", "30%", "≥95%"),
            ("安全（作废）", "30%", "0起")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    wb.save(OUT / "g03_2024年度岗位KPI指标库.xlsx")
    TRUTH["g03_2024年度岗位KPI指标库.xlsx"] = dict(layout="merged post col + 2-row target header per 养护等级; "
                                               "'▶ 考核对象' blocks with fraction weights; long post|indicator rows; void 2023 sheet",
                                               kpi={**{k: [x[1:] for x in v] for k, v in KPI.items()}, **KPI2, **KPI3})


# ============================================================================= g04 xlsx: staffing & pay
PAY = [("工程部", "项目经理", "大专", "GC", 9000, 3000, 0, "1", "1", "0", "0"),
       ("工程部", "施工员", "大专", "GC", 5000, 1200, 0, "2", "2", "0", "0"),
       ("工程部", "资料员", "大专", "GC", 4000, 600, 0, "1", "1", "0", "0"),
       ("工程部", "测量员", "中专", "GC", 4500, 800, 0, "1", "1", "0", "0"),
       ("安全质量部", "安全员", "大专", "A", 5000, 1200, 300, "1", "1", "1", "0"),
       ("经营部", "预算员", "大专", "A", 5500, 1500, 0, "本部2", "", "", ""),
       ("设计部", "园林设计师", "本科", "A", 7000, 2000, 0, "本部4", "", "", ""),
       ("养护部", "养护班长", "高中", "Y1", 4200, 800, 300, "0", "0", "3", "2"),
       ("养护部", "绿化养护工", "初中", "Y1", 3300, 300, 300, "0", "0", "24", "16"),
       ("养护部", "灌溉工", "初中", "Y2/N", 3500, 400, 300, "0", "0", "2", "3"),
       ("养护部", "机械操作手", "初中", "N", 4500, 1200, 300, "0", "0", "2", "3"),
       ("苗圃基地", "苗木管理员", "中专", "B", 4300, 600, 200, "0", "0", "0", "0"),
       ("苗圃基地", "植保员", "大专", "B/Z", 4800, 800, 300, "0", "0", "0", "0"),
       ("苗圃基地", "花艺师", "中专", "B", 4500, 800, 0, "0", "0", "0", "0")]
NURSERY = {"苗木管理员": 2, "植保员": 2, "花艺师": 3}


def g04():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "定编与薪酬"
    ws.merge_cells("A1:M1")
    ws["A1"] = f"{CO} 2024年定岗定编及月度薪酬标准表"
    ws["A1"].font = Font(bold=True, size=13)
    for rng, v in (("A2:A3", "部门"), ("B2:B3", "岗位"), ("C2:C3", "最低学历"), ("D2:D3", "班次代码"),
                   ("E2:H2", "月薪构成（元）"), ("I2:M2", "编制（人）")):
        ws.merge_cells(rng)
        ws[rng.split(":")[0]] = v
    for c, v in zip("EFGH", ("基本工资", "岗位津贴", "高温津贴（6—9月）", "月薪合计参考")):
        ws[f"{c}3"] = v
    for c, v in zip("IJKLM", ("滨江生态公园二期", "江北新区道路工程", "滨江公园养护标段", "高新区道路标段", "苗圃基地")):
        ws[f"{c}3"] = v
    for row in ws.iter_rows(min_row=2, max_row=3):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    r = 4
    for dept, post, edu, sh, base, allow, hot, a, b, c3, d4 in PAY:
        nurse = str(NURSERY.get(post, 0))
        vals = [dept, post, edu, sh, base, allow, hot, base + allow, a, b, c3, d4, nurse]
        for j, v in enumerate(vals, 1):
            ws.cell(r, j, v)
        r += 1
    ws.cell(r + 1, 1, "注：1. 月薪合计参考=基本工资+岗位津贴，不含高温津贴、夜班补贴和绩效奖金；2. 预算员、园林设计师编制在公司本部；"
                      "3. 测量员岗位说明书待编制。")
    ws2 = wb.create_sheet("班次代码")
    for i, row in enumerate([("代码", "班次", "时间", "适用"),
                             ("A", "常白班", "08:30—17:30", "本部及安全员"),
                             ("GC", "项目部班", "07:30—17:30（含午休1.5小时）", "项目部"),
                             ("Y1", "养护A班", "07:00—15:30", "养护班长、绿化养护工"),
                             ("Y2", "养护白班", "08:00—16:30", "灌溉工（10月—次年5月）"),
                             ("N", "夜班", "20:00—次日04:00（道路修剪22:00—次日05:00）", "灌溉工（6—9月）、机械操作手"),
                             ("B", "苗圃班", "08:00—17:00", "苗圃基地"),
                             ("Z", "植保早班", "05:30—14:00", "植保员（4—9月喷药日）")], 1):
        for j, v in enumerate(row, 1):
            ws2.cell(i, j, v)
    wb.save(OUT / "g04_定岗定编及薪酬标准.xlsx")
    TRUTH["g04_定岗定编及薪酬标准.xlsx"] = dict(layout="merged 月薪构成 / 编制 headers over sub-columns, shift code legend sheet",
                                            pay={p[1]: p[4] + p[5] for p in PAY})


# ============================================================================= g05 csv: requisitions
def g05():
    cols = ["需求单号", "岗位名称", "需求部门", "工作地点", "人数", "学历要求", "专业要求", "经验要求", "证书要求",
            "岗位职责", "其他要求", "薪资范围", "需求状态", "提交日期"]
    yu, zl, gg, aq = P["预算员"], P["资料员"], P["灌溉工"], P["安全员"]
    rows = [
        ["ZP-2024-031", "预算员", "经营部", yu["loc"], "1", "大专及以上", "工程造价、园林工程相关专业", "2年以上园林或市政工程预算经验",
         "二级造价工程师证书优先", "1、" + yu["duties"][0] + "；2、" + yu["duties"][1] + "；3、" + yu["duties"][2] + "；4、" + yu["duties"][3] + "。",
         yu["skills"] + "，能适应投标期间加班", "6000-9000元/月", "招聘中", "2024-04-08"],
        ["ZP-2023-017", "资料员", "工程部", "滨江生态公园二期项目部", "1", "大专及以上", "不限", "1年以上", "资料员岗位证书",
         "1、收集整理施工技术资料；2、竣工资料归档。", "", "4000-5000元/月", "已关闭（2023年11月已招满）", "2023-06-12"],
        ["ZP-2024-035", "资料员", "工程部", "江北新区道路绿化工程项目部", "1", "大专及以上", "土木、园林、档案管理相关专业",
         "1年以上工程资料管理经验", "资料员岗位证书",
         "1、" + zl["duties"][0] + "；2、" + zl["duties"][1] + "；3、" + zl["duties"][2] + "。",
         "熟悉江苏省建筑工程资料管理规程，会用资料软件", "4500-6000元/月", "招聘中", "2024-04-15"],
        ["ZP-2024-040", "灌溉工", "养护部", gg["loc"], "2", "初中及以上", "不限", gg["exp"], gg["cert"],
         "1、" + gg["duties"][0] + "；2、" + gg["duties"][1] + "；3、" + gg["duties"][2] + "；4、" + gg["duties"][3] + "。",
         "能适应夏季夜班（6—9月20:00—次日04:00）", "3800-4500元/月（另计夜班补贴60元/晚）", "招聘中", "2024-05-06"],
        ["ZP-2024-041", "安全员", "安全质量部", "江北新区道路绿化工程项目部", "1", "大专及以上", "安全工程、土木工程相关专业",
         "2年以上施工现场安全管理经验", "安全生产考核合格证书（C证）", "详见《安全生产与质量考核细则》第八条。",
         "", "5500-7000元/月", "招聘中", "2024-05-10"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(cols)
    w.writerows(rows)
    (OUT / "g05_招聘需求台账_2024Q2.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))
    TRUTH["g05_招聘需求台账_2024Q2.csv"] = "requisition export, BOM, CRLF, 1、…；2、… duty cells, closed 2023 资料员 row"


# ============================================================================= g06 html: careers page
def g06():
    ds, hy = P["园林设计师"], P["花艺师"]

    def li(xs):
        return "\n".join(f"        <li>{x}</li>" for x in xs)
    html = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>加入青禾 | {CO}</title>
<style>
  .job {{ border:1px solid #9c9; margin:16px 0; padding:12px; }}
  .job header h2 {{ display:inline; }} .job header small {{ color:#666; margin-left:8px; }}
  table.meta th {{ text-align:right; color:#555; }}
  .ticker span {{ margin-right:24px; }}
</style>
</head>
<body>
<nav><a href="/">首页</a> | <a href="/projects">工程案例</a> | <a href="/jobs">加入我们</a></nav>
<div class="ticker" aria-hidden="true"><span>热招：园林设计师</span><span>热招：花艺师</span><span>苗圃技术员（暂停招聘）</span></div>
<h1>社会招聘 · 2024春季</h1>
<p>青禾园林成立于2006年，具有城市园林绿化一级资质，欢迎热爱园林的你加入。简历请投递至 hr@qinghe-garden.example。</p>

<article class="job" id="job-sj">
  <header><h2>园林设计师</h2><small>设计部 · 全职 · 2人</small></header>
  <table class="meta">
    <tr><th>汇报对象</th><td>{ds['boss']}</td><th>工作地点</th><td>{ds['loc']}</td></tr>
    <tr><th>薪资</th><td>{ds['pay']}（13薪）</td><th>经验</th><td>{ds['exp']}</td></tr>
  </table>
  <h3>你将负责</h3>
  <ol>
{li(ds['duties'])}
  </ol>
  <h3>我们希望你</h3>
  <ul>
        <li>{ds['edu']}</li>
        <li>{ds['skills']}</li>
        <li>{ds['cert']}</li>
        <li>有市政公园或道路绿化项目设计经历者优先</li>
  </ul>
</article>

<article class="job" id="job-hy">
  <header><h2>花艺师</h2><small>花卉工作室 · 全职 · 1人</small></header>
  <table class="meta">
    <tr><th>汇报对象</th><td>{hy['boss']}</td><th>工作地点</th><td>{hy['loc']}</td></tr>
    <tr><th>薪资</th><td>{hy['pay']}</td><th>经验</th><td>{hy['exp']}</td></tr>
  </table>
  <h3>你将负责</h3>
  <ol>
{li(hy['duties'])}
  </ol>
  <h3>我们希望你</h3>
  <ul>
        <li>学历：{hy['edu']}</li>
        <li>持{hy['cert']}</li>
        <li>节假日布展期间需服从加班安排</li>
  </ul>
</article>

<article class="job closed" id="job-js">
  <header><h2>苗圃技术员</h2><small>苗圃基地 · 暂停招聘</small></header>
  <p>该岗位暂停招聘，岗位信息更新中。</p>
</article>
<footer>© 2024 {CO}　苏ICP备000000号</footer>
</body>
</html>
"""
    (OUT / "g06_加入青禾_社会招聘.html").write_text(html, encoding="utf-8")
    TRUTH["g06_加入青禾_社会招聘.html"] = "careers page of <article> jobs, th/td meta 2 pairs per row, ticker of hot jobs, closed 苗圃技术员"


# ============================================================================= g07 pdf: safety & quality rule
def g07():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
    font = "WQY"
    try:
        pdfmetrics.registerFont(TTFont(font, "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"))
    except Exception:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        font = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    H = ParagraphStyle("h", fontName=font, fontSize=14, leading=20, spaceAfter=6)
    H2 = ParagraphStyle("h2", fontName=font, fontSize=11.5, leading=17, spaceBefore=6, spaceAfter=3)
    B = ParagraphStyle("b", fontName=font, fontSize=10, leading=15)
    S = ParagraphStyle("s", fontName=font, fontSize=8, leading=11, textColor=colors.grey)
    aq, jx = P["安全员"], P["机械操作手"]
    story = [Paragraph(f"{CO}安全生产与养护质量考核细则", H),
             Paragraph("（QH-AQ-2024-02，2024年2月修订）", S),
             Paragraph("第一章　总则", H2),
             Paragraph("第一条　为落实安全生产责任制，规范施工和养护作业现场管理，制定本细则。", B),
             Paragraph("第二条　本细则适用于公司各工程项目部、养护标段和苗圃基地。", B),
             Paragraph("第二章　岗位安全职责", H2),
             Paragraph(f"第七条　安全员隶属安全质量部，派驻各项目部，直接上级为安全质量部经理，"
                       f"须持{aq['cert']}，{aq['edu']}，{aq['exp']}。", B),
             Paragraph("第八条　安全员的主要职责：", B)]
    for i, du in enumerate(aq["duties"], 1):
        story.append(Paragraph(f"　　（{i}）{du}；" if i < 5 else f"　　（{i}）{du}。", B))
    story += [Paragraph("第九条　机械操作手的安全职责：", B)]
    for i, du in enumerate(["持有效操作证上岗，严禁酒后、疲劳驾驶和操作",
                            "高空作业车作业时设置警示区域，作业半径内禁止行人通过",
                            "道路夜间作业须穿反光背心，车辆开启警示灯"], 1):
        story.append(Paragraph(f"　　（{i}）{du}。", B))
    story += [Paragraph("第十条　其他岗位的安全职责按《安全生产责任制》执行，本细则从略。", B),
              Paragraph("第三章　考核", H2),
              Paragraph("第十一条　安全员按月考核，考核指标见下表：", B),
              Spacer(1, 4)]
    rows = [["序号", "考核指标", "权重", "目标值", "评分方法"],
            ["1", "安全事故起数", "30%", "0起", "发生一起扣30分"],
            ["2", "隐患整改按期完成率", "25%", "≥95%", "每低1%扣2分"],
            ["3", "三级安全教育覆盖率", "20%", "100%", "每漏1人扣5分"],
            ["4", "安全检查记录完整率", "15%", "≥98%", "每缺1份扣3分"],
            ["5", "应急演练完成次数", "10%", "每月1次", "未组织不得分"]]
    tb = Table(rows, colWidths=[30, 130, 40, 60, 120])
    tb.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.lightgreen)]))
    story += [tb, Spacer(1, 6),
              Paragraph("第十二条　养护质量检查由安全质量部每月组织一次，按一级、二级养护标准评分，结果计入养护班长考核。", B),
              Paragraph("第十三条　本细则由安全质量部负责解释，自发布之日起施行。", B),
              Paragraph("注：项目经理的安全考核见《2024年度岗位KPI指标库》，此处不再重复。", S)]
    SimpleDocTemplate(str(OUT / "g07_安全生产与养护质量考核细则.pdf"), pagesize=A4,
                      leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50).build(story)
    TRUTH["g07_安全生产与养护质量考核细则.pdf"] = "rule of 第N条 articles; 安全员 facts in one sentence; KPI table after 第十一条; 第十条 从略"


# ============================================================================= g08 md: onboarding guide (Obsidian vault note)
def g08():
    gw, gg = P["绿化养护工"], P["灌溉工"]
    md = f"""---
title: 养护部新员工入职指南
tags: [养护部, 入职, 灌溉工, 绿化养护工]
updated: 2024-05-20
---

# 养护部新员工入职指南

> [!tip] 写给刚到标段报到的你
> 第一天请带身份证、银行卡和体检报告到标段管理处找 [[养护班长]] 报到，领取工作服、安全帽和反光背心。

## 1. 部门概况

养护部负责公司中标的绿地养护合同，目前有两个标段：

- **滨江公园养护标段**（一级养护）：公园绿地约42万平方米；
- **高新区道路绿化标段**（二级养护）：道路绿化带约28公里。

部门设经理、副经理各1名，每个标段设 [[标段养护主管]]，下设养护班组和设备管理组（[[机械操作手]]）。
测量员、苗圃技术员等岗位不在养护部。

## 2. 灌溉工须知 #灌溉工

灌溉工归 [[养护班长]] 管理，主要在高新区道路绿化标段工作。

- 上班时间：{gg['shift']}。
- 日常工作：
  1. {gg['duties'][0]}；
  2. {gg['duties'][1]}；
  3. {gg['duties'][2]}；
  4. {gg['duties'][3]}。
- 检修水泵电机前必须断电挂牌，{gg['cert']}。

## 3. 绿化养护工须知 #绿化养护工

| 项目 | 说明 |
|---|---|
| 上班时间 | 养护A班 07:00—15:30，夏季中午11:30—14:30不安排露天作业 |
| 劳保用品 | 工作服每年2套，安全帽、手套、护目镜按需领用 |
| 工具领用 | 割草机、绿篱机由班长登记发放，当天归还 |
| 试用期 | 1个月，考核内容为机具操作和安全知识 |

## 4. 常见问题

**问：下雨天要上班吗？**
答：小雨照常巡查，中雨以上由班长安排室内学习或机具保养。

**问：工资什么时候发？**
答：每月15日发放上月工资，具体标准见《定岗定编及薪酬标准表》。
"""
    (OUT / "g08_养护部新员工入职指南.md").write_text(md, encoding="utf-8")
    TRUTH["g08_养护部新员工入职指南.md"] = "Obsidian note: YAML front matter, [!tip] callout, [[wikilinks]] for posts, #tags in headings, table"


# ============================================================================= g09 GBK txt: 岗位告知书
def g09():
    jx = P["机械操作手"]
    txt = f"""{CO}
岗位告知书（机械操作手）

编号：QH-YH-GZ-06　　　　　　　　　　　　　　　　　　　　　发文：养护部

告知对象：养护部设备管理组全体机械操作手

一、岗位基本情况
　　岗位名称　　机械操作手
　　所属部门　　养护部设备管理组
　　直接上级　　养护部副经理
　　学历要求　　初中及以上
　　工作经验　　{jx['exp']}
　　持证要求　　{jx['cert']}
　　作业时间　　{jx['shift']}
　　薪　　酬　　{jx['pay']}

二、岗位职责
　　1.{jx['duties'][0]}；
　　2.{jx['duties'][1]}；
　　3.{jx['duties'][2]}；
　　4.{jx['duties'][3]}。

三、禁止事项
　　1.严禁无证操作或操作与证书不符的机械；
　　2.严禁将车辆交给他人驾驶；
　　3.严禁在高压线下方5米范围内升起高空作业车工作斗。

本人已阅读并理解上述内容。
告知人（签字）：＿＿＿＿　　被告知人（签字）：＿＿＿＿　　日期：＿＿＿＿

────────────────────────────────
补充通知（2024年4月22日）：
　　根据设备管理组设立方案，自2024年5月1日起，机械操作手的直接上级由养护部副经理调整为设备管理组组长，
其他内容不变。
"""
    (OUT / "g09_机械操作手岗位告知书.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    TRUTH["g09_机械操作手岗位告知书.txt"] = "GBK CRLF, letter-spaced labels with full-width space gap, appended notice changes boss"


# ============================================================================= g10 UTF-16 txt: heat policy
def g10():
    txt = f"""{CO}高温季节户外作业管理规定

第一条　为保障员工在高温季节的身体健康和作业安全，根据国家和省有关防暑降温的规定，结合公司实际，制定本规定。
第二条　本规定适用于每年6月1日至9月30日期间从事户外作业的全体员工，包括项目部、养护标段和苗圃基地。
第三条　日最高气温达到35℃以上时，当日11:30—14:30停止露天作业；达到37℃以上时，全天露天作业时间累计不得超过6小时。
第四条　各标段应在作业点设置临时休息点，配备饮用水、绿豆汤和藿香正气水等防暑药品。
第五条　高温季节发放高温津贴，标准按《定岗定编及薪酬标准表》执行。
第六条　员工出现头晕、恶心等中暑先兆时，班长应立即安排其到阴凉处休息，必要时送医。
第七条　本规定由人力资源部和安全质量部共同解释，自2024年6月1日起施行。
"""
    (OUT / "g10_高温季节户外作业管理规定.txt").write_bytes(b"\xff\xfe" + txt.replace("\n", "\r\n").encode("utf-16-le"))
    TRUTH["g10_高温季节户外作业管理规定.txt"] = "UTF-16LE BOM policy document (distractor)"


if __name__ == "__main__":
    for f in (g01, g02, g03, g04, g05, g06, g07, g08, g09, g10):
        f()
    (HERE / "truth.json").write_text(json.dumps(TRUTH, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)
