#!/usr/bin/env python3
"""Round 18 trial corpus: 青溪县人民医院 (a county general hospital), 10 HR files.

    T18_OUT=/tmp/t18hosp /work/main/.venv/bin/python gen.py   ->  /tmp/t18hosp/corpus/

Deterministic: fixed zip timestamps / core properties (docx, xlsx), fixed PDF bytes.
Needs only python-docx and openpyxl (the PDF is written by hand; the machine has no CJK font, so
the PDF uses a non-embedded CID font with a ToUnicode map, which is all a text extractor reads).

Layouts:
  qx01 docx  岗位说明书汇编: each post a Heading 2 "一、护士长", a 2x6 facts table (三对 label|value per
             row: 岗位名称/所在部门/直接上级, 岗位编号/岗位类别/直接下级), then bold "（一）岗位职责" /
             "（二）任职条件" / "（三）工作环境" run-ins followed by numbered paragraphs "1．…"
  qx02 xlsx  护理部绩效考核标准: one sheet per object (护士长, 临床护士) + 说明 sheet; title row and a
             "考核对象/周期/满分" row merged across; 一级指标 "护理质量（40分）" merged down over its 二级指标;
             columns 一级指标 | 二级指标 | 考核标准 | 分值 | 考核方式 | 得分(blank); a merged 备注 row
  qx03 pdf   卫生专业技术人员任职条件: a ruled table 系列 | 级别 | 职务名称 | 学历及资历要求 | 其他条件,
             系列 drawn once per group (merged down), multi-line wrapped cells, notes saying 正高 is not listed
  qx04 html  公开招聘公告 from a CMS: breadcrumb, meta line, a Word-pasted <table> (岗位代码 | 用人科室 |
             招聘岗位 | 人数 | 学历 | 专业 | 其他条件) with one <td> per line and a 学历 cell rowspan=4;
             pay only "按医院编外人员薪酬管理办法执行"
  qx05 csv   人事系统岗位信息导出: UTF-8 BOM, CRLF rows, multi-line quoted 职责 cells with LF inside, the
             上级 given only as a 岗位编码 (resolved by another row), empty 科主任 rows, a 停用 post
  qx06 txt   主要科室职责: 一、二、 departments, （一）（二） items, a third level 1. 2.
  qx07 md    住院医师规范化培训轮转安排: rotation table, 带教老师/规培医师 sections, a blockquote on pay
  qx08 docx  员工手册（节选）: says what it does not cover; 请假审批 table; 九不准
  qx09 xlsx  组织架构图 drawn in a grid: 院长 merged across, 副院长 merged over their 科室 columns,
             each 科室's posts stacked down its column (top = leader of the one below)
  qx10 docx  医技及窗口岗位月度绩效考核表（表样）: blank form fields "姓名：____", 考核维度 merged down,
             权重/目标值/数据来源 columns, an empty 加分项 row, signature lines
"""
from __future__ import annotations

import csv
import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T18_OUT", "/tmp/t18hosp")) / "corpus"
FIXED_DT = (2025, 3, 10, 9, 0, 0)
FIXED = datetime(2025, 3, 10, 9, 0, 0)
HOSP = "青溪县人民医院"


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
                             r"\g<1>2025-03-10T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title, author="青溪县人民医院人力资源部"):
    props.author = author
    props.last_modified_by = author
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== qx01 docx 岗位说明书汇编
# (no, title, code, dept, boss, kind, subs, duties, reqs, env)
QX01_POSTS = [
    ("一", "护士长", "HL-01", "护理部（各病区）", "科护士长", "专业技术岗（兼管理）", "本病区护士、护理员",
     ["在护理部主任领导和科主任业务指导下，负责本病区护理行政管理和护理质量管理。",
      "根据病区床位使用和患者病情合理排班，做好护理人力的弹性调配。",
      "每日参加晨会交接班，督促护理人员落实分级护理、查对制度和交接班制度。",
      "组织本病区护理查房和疑难病例护理会诊，每月不少于2次。",
      "负责本病区护理不良事件的上报、原因分析和整改，落实压力性损伤、跌倒坠床等高危风险评估。",
      "负责病区药品、耗材、仪器设备和被服的请领与保管，指定专人每日检查急救车。",
      "组织本病区护士的业务学习和“三基”考核，安排实习护士、进修护士的带教。",
      "征求患者及家属意见，处理护理方面的投诉，持续改进护理服务。"],
     ["学历：护理专业大专及以上学历，本科优先。",
      "职称：具有主管护师及以上专业技术职务任职资格。",
      "经历：从事临床护理工作满8年，其中在本院担任护理组长满2年。",
      "证书：持有效的护士执业证书，执业地点注册在本院。",
      "能力：组织协调和沟通能力较强，熟悉PDCA、品管圈等护理质量管理工具。",
      "身体健康，年龄一般不超过50周岁。"],
     None),
    ("二", "临床护士", "HL-03", "护理部（各病区）", "护士长", "专业技术岗", "无",
     ["在护士长领导下，按分级护理要求对分管患者实施责任制整体护理。",
      "正确执行医嘱，完成给药、输液、标本采集等治疗护理操作，严格执行“三查八对”。",
      "密切观察患者病情变化，发现异常及时报告医生并做好记录。",
      "按要求书写护理记录，做到客观、及时、准确、完整。",
      "做好新入院患者的入院评估和宣教、出院患者的出院指导。",
      "参加病区轮值夜班，做好床头交接班。",
      "落实病区消毒隔离、医疗废物分类处置等院感防控要求。",
      "参加护理部组织的业务学习和“三基”考核，每年完成规定的继续医学教育学分。"],
     ["学历：护理专业大专及以上学历。",
      "证书：取得护士执业证书；新入职人员须在入职后1年内完成执业注册。",
      "技能：掌握心肺复苏、静脉输液等基础护理技能，能熟练使用医院护理信息系统。",
      "身体条件：身体健康，能适应倒班工作。"],
     ["病区实行三班倒（白班、小夜班、大夜班），临床护士每月夜班一般不少于6个。",
      "工作中接触血液、体液等职业暴露风险，须按规定做好标准预防。"]),
    ("三", "住院医师", "YL-05", "各临床科室", "主治医师", "专业技术岗", "—",
     ["在科主任和上级医师指导下，负责分管床位患者的诊疗工作，一般分管床位8～12张。",
      "新入院患者在24小时内完成入院记录，首次病程记录在患者入院后8小时内完成。",
      "每日上、下午各查房一次，对危重患者随时查看，病情变化及时向上级医师报告。",
      "按照《病历书写基本规范》书写病历，开具医嘱、检查申请单和处方。",
      "参加科室值班、急诊会诊和院内抢救工作。",
      "向患者及家属做好病情告知，履行知情同意手续。",
      "指导实习医师和进修医师的日常工作。"],
     ["学历：临床医学专业本科及以上学历。",
      "资格：取得医师资格证书和医师执业证书，执业范围与所在科室一致。",
      "培训：2015年以后毕业的须取得住院医师规范化培训合格证书。",
      "能力：熟悉本专业常见病、多发病的诊治，能独立处理常见急症。"],
     None),
    ("四", "医务科干事", "ZN-12", "医务科", "医务科科长", "管理岗", "无",
     ["协助科长做好全院医疗质量管理，每月开展运行病历和终末病历质量检查。",
      "负责医师执业注册、变更注册及医师定期考核的组织和资料归档。",
      "受理医疗纠纷投诉，做好调查记录，协助科长处理医疗纠纷。",
      "做好全院重大抢救和多学科会诊的组织协调。",
      "负责医疗技术临床应用的准入登记和手术分级授权的动态管理。",
      "统计整理医疗质量指标，按月编制医疗质量简报。"],
     ["学历：临床医学或公共事业管理相关专业本科及以上学历。",
      "经历：具有2年以上临床工作经历或医院管理工作经历。",
      "技能：熟悉《医疗质量管理办法》等卫生法规，能熟练使用办公软件。",
      "其他：中共党员优先。"],
     None),
    ("五", "院感专职人员", "ZN-15", "医院感染管理科", "感染管理科科长", "专业技术岗", "无",
     ["负责全院医院感染病例监测，每日查阅住院患者感染相关信息，发现聚集性病例及时报告。",
      "每季度对手术室、ICU、消毒供应室、血透室等重点部门开展环境卫生学和消毒灭菌效果监测。",
      "督导检查临床科室手卫生、消毒隔离和医疗废物管理，每月公布手卫生依从率。",
      "组织全院医务人员及保洁、护工等人员的医院感染防控知识培训。",
      "参与多重耐药菌感染防控指导和抗菌药物合理使用管理。",
      "发生职业暴露时指导现场处置，并跟踪随访。"],
     ["学历：临床医学、护理学、预防医学等相关专业大专及以上学历。",
      "职称：具有中级及以上专业技术职务任职资格。",
      "经历：有5年以上临床工作经历。",
      "培训：须取得省级医院感染管理岗位培训合格证书。"],
     None),
    ("六", "药剂师", "YJ-03", "药剂科（门诊药房、住院药房）", "药剂科主任", "专业技术岗", "药士",
     ["负责门诊处方和住院医嘱的审核与调配，对不合理处方及时与开方医师沟通。",
      "严格执行“四查十对”，发药时向患者交代用法用量和注意事项。",
      "负责麻醉药品、精神药品等特殊药品的专柜加锁管理和专册登记，做到日清日结。",
      "定期检查药品效期，对近效期药品提前3个月预警。",
      "参与临床药学工作，开展处方点评和药品不良反应监测上报。",
      "做好药房药品请领、上架和盘点工作。"],
     ["学历：药学或临床药学专业本科及以上学历。",
      "资格：具有药师及以上专业技术资格。",
      "经历：从事医院药学工作1年以上。",
      "技能：熟悉《处方管理办法》，能熟练操作医院HIS药房系统。"],
     None),
]


def qx01():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    title = f"{HOSP}岗位说明书汇编（临床、护理及职能部分）"
    set_core(d.core_properties, title)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(18)
    p = d.add_paragraph("人力资源部  编    2025年1月")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("编制说明：本汇编由人力资源部会同医务科、护理部编制，自2025年1月1日起执行。每个岗位包括"
                    "基本信息、岗位职责和任职条件，部分岗位另列工作环境。检验、影像、收费、病案、信息等岗位的职责"
                    "和任职要求以人事系统岗位信息为准，不在本汇编中重复。")
    for no, name, code, dept, boss, kind, subs, duties, reqs, env in QX01_POSTS:
        d.add_heading(f"{no}、{name}", level=2)
        t = d.add_table(rows=2, cols=6)
        t.style = "Table Grid"
        vals = [["岗位名称", name, "所在部门", dept, "直接上级", boss],
                ["岗位编号", code, "岗位类别", kind, "直接下级", subs]]
        for ri, row in enumerate(vals):
            for ci, v in enumerate(row):
                cell = t.cell(ri, ci)
                cell.text = v
                if ci % 2 == 0:
                    cell.paragraphs[0].runs[0].bold = True
        sections = [("（一）岗位职责", duties), ("（二）任职条件", reqs)]
        if env:
            sections.append(("（三）工作环境", env))
        for head, lines in sections:
            p = d.add_paragraph()
            p.add_run(head).bold = True
            for k, s in enumerate(lines, 1):
                p = d.add_paragraph(f"{k}．{s}")
                p.paragraph_format.left_indent = Pt(21)
    d.add_paragraph("")
    d.add_paragraph("本汇编由人力资源部负责解释。")
    path = OUT / "qx01_岗位说明书汇编（临床护理及职能）.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== qx02 xlsx 护理部绩效考核标准
QX02_SHEETS = {
    "护士长": ("青溪县人民医院护士长月度绩效考核标准",
              "考核对象：各病区护士长　　考核周期：每月　　满分：100分　　考核部门：护理部",
              [("护理质量（40分）", [
                  ("基础护理合格率", "基础护理合格率≥95%，每降低1个百分点扣1分", 10, "护理部质控组抽查"),
                  ("危重患者护理合格率", "危重患者护理合格率≥95%，每发现1例不合格扣2分", 10, "护理部质控组抽查"),
                  ("护理文书书写合格率", "护理文书书写合格率≥95%，每份不合格扣0.5分", 10, "终末病历检查"),
                  ("急救物品完好率", "急救车及急救物品完好率100%，发现1项不合格扣2分", 10, "现场检查")]),
               ("护理安全（20分）", [
                  ("护理不良事件上报", "按规定时限上报护理不良事件，瞒报、漏报1例扣10分", 10, "不良事件上报系统"),
                  ("高危患者风险评估率", "压力性损伤、跌倒坠床高危患者风险评估率100%，漏评1例扣1分", 10, "护理部质控组抽查")]),
               ("科室管理（20分）", [
                  ("排班与人力调配", "排班表提前一周公示，落实弹性排班，违反排班规定1次扣2分", 10, "查阅排班表"),
                  ("护士培训与考核", "每月组织业务学习不少于1次，“三基”考核合格率≥90%", 10, "查阅培训记录")]),
               ("满意度（10分）", [
                  ("患者满意度", "出院患者满意度≥90%，每降低1个百分点扣1分", 10, "第三方满意度调查")]),
               ("教学科研（10分）", [
                  ("带教与科研", "完成实习护士带教任务得5分；年内以第一作者发表护理论文1篇得5分（12月兑现）", 10, "护理部核查")])],
              "备注：考核结果与护士长月度绩效奖金挂钩，得分低于80分的扣发当月绩效奖金的10%。"),
    "临床护士": ("青溪县人民医院临床护士月度绩效考核标准",
                "考核对象：各病区N1～N3级护士　　考核周期：每月　　满分：100分　　考核人：病区护士长",
                [("工作质量（40分）", [
                    ("分级护理落实", "巡视及护理措施符合分级护理要求，每发现1项不符合扣1分", 15, "护士长检查"),
                    ("护理文书", "护理记录及时、准确，每发现1处缺陷扣0.5分", 10, "护理病历检查"),
                    ("技术操作", "月度操作考核成绩≥85分，每低5分扣2分", 15, "操作考核")]),
                 ("护理安全（25分）", [
                    ("查对制度执行", "严格执行查对制度，发生给药差错每例扣10分", 15, "不良事件上报系统"),
                    ("院感防控", "手卫生依从率≥95%；医疗废物分类错误每次扣2分", 10, "院感科督查")]),
                 ("服务质量（20分）", [
                    ("患者评价", "被患者点名表扬每次加2分，被有效投诉每次扣5分", 10, "护理部投诉登记"),
                    ("健康宣教", "分管患者健康宣教知晓率≥85%", 10, "护士长抽查")]),
                 ("劳动纪律（15分）", [
                    ("考勤", "迟到早退每次扣2分，未经护士长同意私自换班每次扣3分", 10, "考勤记录"),
                    ("继续教育", "按年度计划参加业务学习，缺勤1次扣1分", 5, "培训签到")])],
                "备注：临床护士考核结果由护士长每月汇总报护理部，作为绩效分配和N级晋级的依据。"),
}
QX02_NOTES = [
    "考核说明",
    "1. 护士长由护理部按月考核；临床护士由护士长按月考核，护理部每季度抽查。",
    "2. 考核结果分为优秀（95分及以上）、合格（80～94分）、不合格（80分以下）。",
    "3. 临床护士连续3个月考核不合格的，调离临床护理岗位并参加待岗培训。",
    "4. 本标准自2025年1月起执行，由护理部负责解释。",
]


def qx02():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for sheet, (title, meta, groups, remark) in QX02_SHEETS.items():
        ws = wb.create_sheet(sheet)
        ws["A1"] = title
        ws["A1"].font = Font(bold=True, size=14)
        ws["A1"].alignment = Alignment(horizontal="center")
        ws.merge_cells("A1:F1")
        ws["A2"] = meta
        ws.merge_cells("A2:F2")
        for ci, h in enumerate(["一级指标", "二级指标", "考核标准", "分值", "考核方式", "得分"], 1):
            c = ws.cell(row=3, column=ci, value=h)
            c.font = Font(bold=True)
            c.border = box
        r = 4
        for g, subs in groups:
            start = r
            for name, std, score, how in subs:
                ws.cell(row=r, column=2, value=name)
                ws.cell(row=r, column=3, value=std).alignment = Alignment(wrap_text=True)
                ws.cell(row=r, column=4, value=score)
                ws.cell(row=r, column=5, value=how)
                r += 1
            ws.cell(row=start, column=1, value=g).alignment = Alignment(vertical="center", wrap_text=True)
            if r - 1 > start:
                ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.cell(row=r, column=1, value="合计")
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(row=r, column=4, value=100)
        r += 1
        ws.cell(row=r, column=1, value=remark)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for col, w in zip("ABCDEF", [16, 20, 52, 8, 18, 8]):
            ws.column_dimensions[col].width = w
    ws = wb.create_sheet("说明")
    for i, s in enumerate(QX02_NOTES, 1):
        ws.cell(row=i, column=1, value=s)
    ws.column_dimensions["A"].width = 80
    wb.properties.creator = "护理部"
    wb.properties.title = "护理人员绩效考核标准"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = OUT / "qx02_护理部2025年绩效考核标准.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== qx03 pdf 任职条件
QX03_TITLE = "青溪县人民医院卫生专业技术人员专业技术职务任职条件（2025年）"
QX03_INTRO = [
    "根据国家和省卫生专业技术资格考试及职称评审有关规定，结合本院实际，明确各级卫生专业技术职务聘任的",
    "基本条件。初级、中级资格通过全国卫生专业技术资格考试取得；副高级资格经市卫生系列高级职称评审委员会",
    "评审取得。医院按岗位设置方案在核定的岗位数内择优聘任。",
]
# (series, [(level, title, [edu lines], [other lines])])
QX03_TABLE = [
    ("医疗", [
        ("初级", "医师", ["临床医学专业本科及以上学历，取得", "医师资格证书并注册"], ["完成住院医师规范化培训"]),
        ("中级", "主治医师", ["本科学历，取得医师职务后从事本专", "业工作满4年；硕士满2年"], ["通过全国卫生专业技术", "资格考试（中级）"]),
        ("副高", "副主任医师", ["本科学历，取得主治医师职务后从事", "本专业工作满5年"], ["晋升前到乡镇卫生院累计", "服务满1年"]),
    ]),
    ("护理", [
        ("初级（士）", "护士", ["中专及以上学历，取得护士执业证书"], ["—"]),
        ("初级（师）", "护师", ["大专学历从事护士工作满3年，本科学", "历满1年"], ["通过护师资格考试"]),
        ("中级", "主管护师", ["取得护师职务后，本科学历满4年、大专", "学历满5年"], ["通过主管护师资格考试"]),
        ("副高", "副主任护师", ["本科学历，取得主管护师职务后满5年"], ["近5年以第一作者发表", "本专业论文2篇以上"]),
    ]),
    ("药学", [
        ("初级（师）", "药师", ["大专学历从事药学工作满3年，本科学", "历满1年"], ["通过药师资格考试"]),
        ("中级", "主管药师", ["取得药师职务后从事药学工作，大专学历", "满5年、本科学历满4年"], ["近3年年度考核均为合格", "以上"]),
    ]),
    ("技术", [
        ("初级（师）", "技师", ["医学检验技术、医学影像技术等专业", "大专学历满3年，本科学历满1年"], ["通过技师资格考试"]),
        ("中级", "主管技师", ["取得技师职务后，本科学历满4年；硕士", "学历满2年"], ["影像专业须持大型医用", "设备上岗合格证"]),
    ]),
]
QX03_NOTES = [
    "注：1. 学历要求均指国家承认的相应专业学历；非相应专业学历不作为晋升依据。",
    "2. 任职年限计算截至考试（评审）当年12月31日。",
    "3. 正高级（主任医师、主任护师等）任职条件按省卫生健康委有关文件执行，本表不列。",
    "4. 本表由人力资源部负责解释，此前规定与本表不一致的，以本表为准。",
]


class PdfWriter:
    """Minimal one-font PDF writer: Type0/Identity-H font (not embedded) with a ToUnicode map."""

    def __init__(self):
        self.pages = []
        self.ops = None
        self.chars = set()

    def new_page(self):
        self.ops = []
        self.pages.append(self.ops)

    def text(self, x, y, size, s):
        self.chars.update(s)
        hexs = "".join(f"{ord(c):04X}" for c in s)
        self.ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{hexs}> Tj ET")

    @staticmethod
    def width(c):
        return 500 if ord(c) < 0x2000 else 1000

    def tw(self, s, size):
        return sum(self.width(c) for c in s) * size / 1000

    def line(self, x1, y1, x2, y2):
        self.ops.append(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S")

    def save(self, path, title):
        objs = []

        def add(b):
            objs.append(b)
            return len(objs)

        chars = sorted(self.chars | {" "})
        fd = add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
                 b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        narrow = [c for c in chars if self.width(c) == 500]
        wparts = " ".join(f"{ord(c)} [500]" for c in narrow)
        cid = add(("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
                   "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                   f"/FontDescriptor {fd} 0 R /DW 1000 /W [{wparts}] >>").encode())
        bf_lines = [f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars]
        chunks = [bf_lines[i:i + 100] for i in range(0, len(bf_lines), 100)]
        body = "".join(f"{len(ch)} beginbfchar\n" + "\n".join(ch) + "\nendbfchar\n" for ch in chunks)
        tu = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
              "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
              "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
              "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
              f"{body}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend").encode()
        tu_no = add(f"<< /Length {len(tu)} >>\nstream\n".encode() + tu + b"\nendstream")
        f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
                 f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
        pages_no = add(b"")
        kids = []
        for ops in self.pages:
            stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
            content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream
                          + b"\nendstream")
            kids.append(add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
                            f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode()))
        objs[pages_no - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                              f"/Count {len(kids)} >>").encode()
        info = add("<< /Producer (Microsoft Word 2016) /Title <FEFF{}> /CreationDate (D:20250310090000+08'00') >>"
                   .format(title.encode("utf-16-be").hex().upper()).encode())
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
        Path(path).write_bytes(bytes(out))


def qx03():
    pw = PdfWriter()
    pw.new_page()
    pw.text(50, 810, 8, "青溪县人民医院人力资源部文件")
    pw.text(297.5 - pw.tw(QX03_TITLE, 14) / 2, 780, 14, QX03_TITLE)
    y = 752
    for s in QX03_INTRO:
        pw.text(50, y, 9.5, s)
        y -= 15
    y -= 6
    xs = [50, 92, 152, 212, 400, 545]
    lh, size = 13, 9
    heads = ["系列", "级别", "职务名称", "学历及资历要求", "其他条件"]
    pw.ops.append("0.6 w")
    top = y
    for ci, h in enumerate(heads):
        pw.text(xs[ci] + 4, top - 14, size, h)
    ys = [top, top - 20]
    group_spans = []
    for series, rows in QX03_TABLE:
        g_top = ys[-1]
        for level, title, edu, other in rows:
            n = max(len(edu), len(other), 1)
            h = n * lh + 8
            yb = ys[-1]
            pw.text(xs[1] + 4, yb - 14, size, level)
            pw.text(xs[2] + 4, yb - 14, size, title)
            for li, s in enumerate(edu):
                pw.text(xs[3] + 4, yb - 14 - li * lh, size, s)
            for li, s in enumerate(other):
                pw.text(xs[4] + 4, yb - 14 - li * lh, size, s)
            ys.append(yb - h)
        g_bot = ys[-1]
        pw.text(xs[0] + 8, (g_top + g_bot) / 2 - 4, size, series)
        group_spans.append((g_top, g_bot))
    # rules: full-width at top, header bottom and group borders; inner rows from column 1 on
    group_edges = {round(a, 2) for a, _ in group_spans} | {round(b, 2) for _, b in group_spans}
    for yy in ys:
        x0 = xs[0] if round(yy, 2) in group_edges or yy in (ys[0], ys[1]) else xs[1]
        pw.line(x0, yy, xs[-1], yy)
    for xx in xs:
        pw.line(xx, ys[0], xx, ys[-1])
    y = ys[-1] - 20
    for s in QX03_NOTES:
        pw.text(50 if s.startswith("注") else 62, y, 9, s)
        y -= 14
    pw.text(400, y - 16, 9.5, "青溪县人民医院人力资源部")
    pw.text(420, y - 32, 9.5, "2025年2月20日")
    foot = "第 1 页 共 1 页"
    pw.text(297.5 - pw.tw(foot, 8) / 2, 36, 8, foot)
    pw.save(OUT / "qx03_卫生专业技术人员任职条件.pdf", QX03_TITLE)


# =============================================================== qx04 html 招聘公告
QX04_ROWS = [
    # code, dept, post, n, edu, major, other
    ("2025-01", "护理部", "临床护士", "8", "大专及以上", "护理、护理学",
     "持有护士执业证书或已通过护士执业资格考试；年龄30周岁以下"),
    ("2025-02", "内科、外科", "住院医师", "3", "本科及以上", "临床医学",
     "取得医师资格证书；有住院医师规范化培训合格证书者优先"),
    ("2025-03", "药剂科", "药剂师", "1", "本科及以上", "药学、临床药学", "具有药师及以上资格"),
    ("2025-04", "检验科", "检验技师", "2", "大专及以上", "医学检验技术", "具有检验技师及以上资格；能适应夜班"),
    ("2025-05", "放射科", "影像技师", "1", None, "医学影像技术", "持有大型医用设备（CT）上岗合格证"),
    ("2025-06", "财务科", "收费员", "2", None, "会计学、财务管理", "熟悉计算机操作，有医院收费工作经验者优先"),
    ("2025-07", "病案统计室", "病案管理员", "1", None, "卫生信息管理、病案信息技术", "熟悉ICD-10疾病编码"),
]


def qx04():
    L = []
    a = L.append
    a("<!DOCTYPE html>")
    a('<html lang="zh-CN">')
    a("<head>")
    a('<meta charset="utf-8">')
    a("<title>青溪县人民医院2025年公开招聘编外合同制工作人员公告_人才招聘_青溪县人民医院</title>")
    a('<link rel="stylesheet" href="/static/css/main.css">')
    a("</head>")
    a("<body>")
    a('<div class="top">青溪县人民医院 | 二级甲等综合医院 | 服务热线：0570-6021120</div>')
    a('<div class="nav"><a href="/">网站首页</a><a href="/yygk/">医院概况</a><a href="/ksdh/">科室导航</a>'
      '<a href="/rczp/" class="on">人才招聘</a><a href="/lxwm/">联系我们</a></div>')
    a('<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/rczp/">人才招聘</a> &gt; 招聘公告</div>')
    a('<div class="article">')
    a('<h1 class="art-title">青溪县人民医院2025年公开招聘编外合同制工作人员公告</h1>')
    a('<div class="art-info">发布时间：2025-03-28　　来源：人力资源部　　浏览次数：<span id="hits">2316</span></div>')
    a('<div class="art-content">')
    a('<p style="text-indent:2em;">因工作需要，经医院党委会研究决定，面向社会公开招聘编外合同制工作人员18名。'
      '现将有关事项公告如下：</p>')
    a('<p><strong>一、招聘岗位及人数</strong></p>')
    a('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;width:100%;">')
    a("<tbody>")
    a('<tr style="height:28px;">')
    for h in ["岗位代码", "用人科室", "招聘岗位", "人数", "学历", "专业", "其他条件"]:
        a(f'<td style="text-align:center;"><p><strong>{h}</strong></p></td>')
    a("</tr>")
    for code, dept, post, n, edu, major, other in QX04_ROWS:
        a('<tr style="height:36px;">')
        a(f'<td style="text-align:center;"><p>{code}</p></td>')
        a(f'<td style="text-align:center;"><p>{dept}</p></td>')
        a(f'<td style="text-align:center;"><p>{post}</p></td>')
        a(f'<td style="text-align:center;"><p>{n}</p></td>')
        if edu is not None:
            span = ' rowspan="4"' if code == "2025-04" else ""
            a(f'<td style="text-align:center;"{span}><p>{edu}</p></td>')
        a(f'<td style="text-align:center;"><p>{major}</p></td>')
        a(f'<td><p>{other}</p></td>')
        a("</tr>")
    a('<tr><td colspan="3" style="text-align:center;"><p>合计</p></td><td style="text-align:center;"><p>18</p></td>'
      '<td colspan="3"><p>&nbsp;</p></td></tr>')
    a("</tbody>")
    a("</table>")
    a('<p><strong>二、报名条件</strong></p>')
    a('<p>（一）遵守中华人民共和国宪法和法律，具有良好的品行和职业道德；</p>')
    a('<p>（二）身体健康，具备履行岗位职责的身体条件；</p>')
    a('<p>（三）年龄18周岁以上、35周岁以下（1989年4月1日以后出生），岗位表另有规定的从其规定；</p>')
    a('<p>（四）符合招聘岗位要求的学历、专业及其他条件。</p>')
    a('<p><strong>三、报名时间及方式</strong></p>')
    a('<p>报名时间：2025年4月8日至4月14日（上午8:00-12:00，下午14:30-17:30）。报名采取现场报名方式，'
      '地点为医院行政楼三楼人力资源部。报名时须提交身份证、毕业证、资格证书原件及复印件和近期一寸照片2张。</p>')
    a('<p><strong>四、考试与考核</strong></p>')
    a('<p>考试采取笔试与面试相结合的方式，笔试成绩占40%，面试成绩占60%。笔试内容为岗位相关专业知识；'
      '面试采取结构化面试，临床护士、检验技师岗位加试操作技能。</p>')
    a('<p><strong>五、聘用及待遇</strong></p>')
    a('<p>经考试、体检、考察合格的拟聘人员在医院网站公示7个工作日。公示无异议的，与医院签订劳动合同，'
      '试用期按劳动合同约定执行，按规定参加社会保险，工资待遇按医院编外人员薪酬管理办法执行。</p>')
    a('<p>联系人：郑老师　　联系电话：0570-6021086</p>')
    a('<p style="text-align:right;">青溪县人民医院</p>')
    a('<p style="text-align:right;">2025年3月28日</p>')
    a("</div>")
    a('<div class="attach">附件：<a href="/upload/2025/03/bmb.docx">青溪县人民医院2025年公开招聘报名登记表.docx</a></div>')
    a('<div class="pn"><p>上一篇：<a href="/rczp/1203.html">2025年护理专业实习生招收简章</a></p>'
      '<p>下一篇：没有了</p></div>')
    a("</div>")
    a('<div class="footer">Copyright © 2025 青溪县人民医院 版权所有　地址：青溪县城关镇人民路88号　浙ICP备00000000号</div>')
    a("</body>")
    a("</html>")
    (OUT / "qx04_2025年公开招聘编外人员公告.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# =============================================================== qx05 csv 人事系统岗位信息导出
QX05_HEAD = ["岗位编码", "岗位名称", "科室编码", "科室名称", "岗位类别", "岗位等级", "上级岗位编码", "编制数",
             "在岗数", "岗位状态", "岗位职责", "任职要求", "备注"]
QX05_ROWS = [
    ["CW-10", "收费组长", "CW01", "财务科", "其他专业技术", "中级", "CW-00", "1", "1", "启用",
     "1.负责门诊收费处人员排班和日常管理。\n2.每日复核收费员日结报表，汇总上缴现金。\n3.处理收费差错和退费审批。",
     "大专及以上学历，会计相关专业；从事医院收费工作3年以上。", ""],
    ["CW-11", "收费员", "CW01", "财务科", "其他专业技术", "初级", "CW-10", "12", "11", "启用",
     "1.负责门诊、急诊患者挂号、收费及退费业务，做到唱收唱付。\n2.负责医保患者的实时结算，核对参保人员身份信息。\n"
     "3.每日下班前进行日结，打印日结报表，现金与报表核对一致后交财务科。\n4.妥善保管发票和票据，作废票据须全联保存。\n"
     "5.解答患者关于收费项目和医保报销的咨询。",
     "大专及以上学历，会计、财务管理相关专业；熟练使用计算机和医院收费系统；工作细致，服务意识好。",
     "门诊收费处实行早班、中班、夜班轮换，急诊收费窗口24小时开放"],
    ["BA-00", "病案统计室主任", "BA01", "病案统计室", "管理", "中层正职", "", "1", "1", "启用", "", "",
     "中层干部，岗位说明书另行制定"],
    ["BA-02", "病案管理员", "BA01", "病案统计室", "其他专业技术", "初级", "BA-00", "4", "3", "启用",
     "1.负责出院病历的回收、签收登记，出院后7个工作日内完成归档。\n2.按ICD-10和ICD-9-CM-3对病案首页的疾病诊断和手术操作进行编码。\n"
     "3.负责病案首页数据质控，发现问题退回临床科室修改。\n4.办理病案复印、借阅手续，严格执行病案查阅审批制度。\n"
     "5.负责病案库房的防火、防潮、防虫管理。",
     "大专及以上学历，卫生信息管理、病案信息技术相关专业；取得病案信息技术（初级）资格者优先；熟悉ICD-10编码规则。", ""],
    ["JY-00", "检验科主任", "JY01", "检验科", "管理", "中层正职", "", "1", "1", "启用", "", "",
     "中层干部，岗位说明书另行制定"],
    ["JY-02", "检验技师", "JY01", "检验科", "专业技术", "初级/中级", "JY-00", "14", "12", "启用",
     "1.负责临床生化、免疫、血液、体液等标本的接收、检测和检验报告初审。\n2.每日开展室内质控，质控失控时暂停发报告并查找原因。\n"
     "3.发现危急值时立即复核，并在10分钟内电话通知临床科室，做好登记。\n4.负责检验仪器的日常保养、维护和校准记录。\n"
     "5.参加急诊检验轮班，保证24小时急诊检验服务。\n6.按规定处理检验后标本及医疗废物。",
     "大专及以上学历，医学检验技术专业；具有检验技师及以上资格；色觉正常。", ""],
    ["FS-00", "放射科主任", "FS01", "放射科", "管理", "中层正职", "", "1", "1", "启用", "", "",
     "中层干部，岗位说明书另行制定"],
    ["FS-03", "影像技师", "FS01", "放射科", "专业技术", "初级/中级", "FS-00", "9", "8", "启用",
     "1.负责DR、CT等设备的检查操作，按检查申请单核对患者信息和检查部位。\n2.做好受检者和陪检人员的辐射防护，对非检查部位进行屏蔽。\n"
     "3.增强检查前询问碘对比剂过敏史，并请患者签署知情同意书。\n4.做好设备每日开机检查、校准和运行记录，发现故障及时报修。\n"
     "5.对图像质量进行初步评价，将合格影像传至PACS系统。",
     "大专及以上学历，医学影像技术专业；具有放射医学技术士及以上资格；持大型医用设备（CT）上岗合格证和放射工作人员证。", ""],
    ["YB-00", "医保办主任", "YB01", "医保办", "管理", "中层正职", "", "1", "1", "启用", "", "",
     "中层干部，岗位说明书另行制定"],
    ["YB-01", "医保专员", "YB01", "医保办", "管理", "初级", "YB-00", "3", "3", "启用",
     "1.负责医保政策的院内宣传和培训。\n2.审核出院患者医保结算清单，重点核查超限价、超适应症用药。\n"
     "3.处理医保扣款申诉，按月分析扣款原因并反馈科室。\n4.负责异地就医备案等医保业务咨询。",
     "本科及以上学历，临床医学、药学、医疗保险相关专业；熟悉DRG/DIP付费政策；2年以上医院工作经验。", ""],
    ["XX-00", "信息科科长", "XX01", "信息科", "管理", "中层正职", "", "1", "1", "启用", "", "",
     "中层干部，岗位说明书另行制定"],
    ["XX-02", "信息科工程师", "XX01", "信息科", "其他专业技术", "初级/中级", "XX-00", "5", "4", "启用",
     "1.负责HIS、LIS、PACS、电子病历等系统的日常运维和故障处理。\n2.负责医院网络、服务器和机房巡检，每日检查数据备份情况。\n"
     "3.落实网络安全等级保护要求，做好终端防病毒管理。\n4.配合医保、卫健部门完成数据接口对接和数据上报。\n"
     "5.为临床科室提供信息系统使用培训。",
     "本科及以上学历，计算机科学与技术、网络工程等相关专业；熟悉SQL Server或Oracle数据库；有医院信息化工作经验者优先。",
     "信息科实行夜间及节假日电话值班"],
    ["MZ-05", "导诊员", "MZ01", "门诊部", "工勤技能", "", "MZ-00", "0", "0", "停用", "", "",
     "2024年12月撤销，职能并入门诊部志愿者服务"],
]


def qx05():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(QX05_HEAD)
    for r in QX05_ROWS:
        w.writerow(r)
    (OUT / "qx05_人事系统岗位信息导出_20250310.csv").write_bytes(("\ufeff" + buf.getvalue()).encode("utf-8"))


# =============================================================== qx06 txt 主要科室职责
QX06 = """青溪县人民医院主要科室职责
（青医办〔2024〕15号文件附件）

一、医务科
（一）在分管副院长领导下，负责全院医疗业务管理，拟订医疗工作计划并组织实施。
（二）负责医疗质量与安全管理：
    1. 组织医疗质量管理委员会日常工作；
    2. 每季度开展一次全院医疗质量分析评价；
    3. 督促落实十八项医疗质量安全核心制度。
（三）负责医师资格、执业注册、医师定期考核及医疗技术准入管理。
（四）负责医疗纠纷的接待、调查和处理，做好医疗风险防范。
（五）负责院内会诊、急危重症抢救和突发公共卫生事件医疗救治的组织协调。

二、护理部
（一）在院长领导下，实行护理部主任—科护士长—护士长三级管理。
（二）制定全院护理工作计划、护理常规和护理技术操作规程。
（三）负责全院护理人员的调配、培训、考核和护理质量控制。
（四）组织护理查房、护理会诊和护理不良事件分析。
（五）负责护理教学和护理科研管理。

三、药剂科
（一）负责全院药品的采购、储存、调配和供应管理，保证临床用药。
（二）负责处方审核和处方点评，促进合理用药。
（三）负责麻醉药品、精神药品、医疗用毒性药品等特殊药品的管理。
（四）负责药品不良反应的收集和报告工作。

四、检验科
（一）负责临床检验、生化、免疫、微生物等检验工作。
（二）负责检验全过程质量控制，参加省临床检验中心室间质量评价。
（三）负责落实危急值报告制度。

五、病案统计室
（一）负责全院病案的收集、整理、编码、归档、保管和提供利用。
（二）负责医疗统计报表的编制和上报，按月向院领导提供医疗统计分析。
（三）负责病案首页数据质量控制和DRG/DIP上传数据的核对。

六、医院感染管理科
（一）负责医院感染的监测、控制和管理，拟订年度医院感染管理工作计划。
（二）负责传染病疫情报告的审核，督促临床科室按时限报告。
（三）负责消毒药械和一次性使用医疗用品购入的审核和使用监督。

七、财务科
（一）负责医院财务管理、会计核算和预算管理。
（二）负责门诊、住院收费管理，下设门诊收费处和住院结算处。
（三）负责医保基金结算对账工作。
"""


def qx06():
    (OUT / "qx06_主要科室职责.txt").write_text(QX06, encoding="utf-8")


# =============================================================== qx07 md 规培轮转
QX07 = """# 住院医师规范化培训轮转安排（内科专业基地·协同单位）

青溪县人民医院为市第一人民医院住院医师规范化培训基地的协同单位，承担内科专业部分轮转任务。本文件供规培医师、带教老师和各轮转科室使用。

## 一、培训对象

1. 本院招录并委托培训的住院医师（以下称“委培学员”）；
2. 市第一人民医院基地面向社会招收、安排到本院轮转的学员（以下称“社会学员”）。

以上统称“规培医师”，培训年限为3年。

## 二、轮转安排

| 轮转科室 | 时间（月） | 培训地点 | 主要培训内容 |
|---|---|---|---|
| 心血管内科 | 4 | 本院 | 高血压、冠心病、心力衰竭的诊治；心电图判读 |
| 呼吸内科 | 4 | 本院 | 慢阻肺、社区获得性肺炎；胸腔穿刺术 |
| 消化内科 | 4 | 本院 | 消化性溃疡、消化道出血；腹腔穿刺术 |
| 内分泌科 | 3 | 市第一人民医院 | 糖尿病及其急性并发症、甲状腺疾病 |
| 肾内科 | 3 | 市第一人民医院 | 急慢性肾衰竭；血液净化适应证 |
| 急诊科 | 3 | 本院 | 急危重症的识别与初步处理；心肺复苏 |
| 重症医学科 | 3 | 市第一人民医院 | 呼吸机使用、休克的监测与处理 |
| 神经内科 | 3 | 本院 | 脑卒中的诊治；腰椎穿刺术 |
| 感染科 | 2 | 市第一人民医院 | 常见传染病的诊治与报告 |
| 血液内科 | 2 | 市第一人民医院 | 贫血、白血病的诊断；骨髓穿刺术 |
| 医学影像科 | 2 | 本院 | 胸片、头颅CT的基本阅片 |

合计33个月，其余3个月由基地根据学员情况机动安排。

## 三、带教老师

- 带教老师须具有主治医师及以上职称，从事本专业临床工作5年以上，并参加过省级师资培训。
- 每名带教老师同时带教规培医师不超过2名。
- 负责制定学员在本科室的培训计划，指导病历书写、临床操作和医患沟通。
- 每周至少组织1次教学查房或小讲课。
- 审核学员轮转登记手册，完成出科考核评价。

## 四、规培医师要求

- 在带教老师指导下管理床位，每人分管床位不少于5张。
- 规培医师开具的医嘱须经带教老师审核签字后执行。
- 每月参加科室夜班不少于4次。
- 按时填写轮转登记手册，出科前交带教老师审核。

## 五、考核

1. **出科考核**：每个科室轮转结束前进行，包括理论和技能两部分，60分合格；不合格者重新轮转该科室。
2. **年度考核**：由基地统一组织。
3. **结业考核**：参加省统一结业考核，合格者颁发《住院医师规范化培训合格证书》。

## 六、待遇

> 委培学员：规培期间保留本院原岗位工资，另按月发放规培补助800元。
> 社会学员：按基地规定发放生活补助，每月3000元（含财政补助）。

## 七、请假

规培期间请假须经轮转科室和医务科同意；累计请假超过3个月的，相应延长培训时间。
"""


def qx07():
    (OUT / "qx07_住院医师规范化培训轮转安排.md").write_text(QX07, encoding="utf-8")


# =============================================================== qx08 docx 员工手册节选
def qx08():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "员工手册（2025版·节选）")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("青溪县人民医院员工手册（2025版·节选）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("阅读说明：本节选仅收录第二章“考勤与休假”和第四章“医德医风与行为规范”。各岗位的职责和任职条件请查阅"
                    "《岗位说明书汇编》和人事系统岗位信息；薪酬标准、福利待遇、职称晋升等事项本手册不作规定，以医院相关"
                    "制度为准，具体可咨询人力资源部。")
    d.add_heading("第二章 考勤与休假", level=1)
    paras = [
        "2.1 医院实行指纹考勤。行政职能科室工作时间为上午8:00-12:00，下午14:30-17:30（冬令时下午14:00-17:00）。",
        "2.2 临床、医技科室按科室排班执行。交接班人员须提前10分钟到岗，未完成交接不得离岗。",
        "2.3 夜班时间为17:30至次日8:00。值夜班后可安排补休，补休须在当月内安排完毕，不跨月累计。",
        "2.4 病假须提供二级及以上医院出具的诊断证明。请假按下表权限审批：",
    ]
    for s in paras:
        d.add_paragraph(s)
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("请假天数", "审批人"), ("1天以内", "科室主任（护士长）"),
                                ("1天以上至3天", "科室主任及分管院领导"), ("3天以上", "科室主任、分管院领导及院长")]):
        t.cell(i, 0).text = a
        t.cell(i, 1).text = b
    for s in ["2.5 年休假按国家有关规定执行，具体天数由人力资源部根据本人累计工作年限核定。",
              "2.6 请假期间的待遇按医院考勤管理办法执行。"]:
        d.add_paragraph(s)
    d.add_heading("第四章 医德医风与行为规范", level=1)
    for s in [
        "4.1 全体员工严格执行卫生健康行业“九不准”，不准收受患者“红包”，不准收受药品、耗材回扣，不准违规私自采购使用医药产品。",
        "4.2 收费人员不得擅自变更收费项目和收费标准，不得私收现金或截留患者费用。",
        "4.3 医务人员在诊疗活动中应佩戴工作牌，着装整洁，不得在工作时间从事与工作无关的活动。",
        "4.4 员工不得在院外医疗机构兼职执业；确需多点执业的，须经医务科审核、院长批准并办理备案。",
        "4.5 违反本章规定的，视情节给予批评教育、通报批评、扣发绩效奖金直至解除劳动合同等处理。",
    ]:
        d.add_paragraph(s)
    d.add_paragraph("（以下章节略）")
    path = OUT / "qx08_员工手册节选.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== qx09 xlsx 组织架构图（格子图）
QX09_GROUPS = [
    ("业务副院长", [("医务科", ["医务科科长", "医务科干事"]),
                ("医院感染管理科", ["感染管理科科长", "院感专职人员"]),
                ("病案统计室", ["病案统计室主任", "病案管理员"]),
                ("临床科室", ["科主任", "主治医师", "住院医师"])]),
    ("分管护理副院长", [("护理部", ["护理部主任", "科护士长", "护士长", "临床护士", "护理员"])]),
    ("医技副院长", [("药剂科", ["药剂科主任", "药剂师", "药士"]),
                ("检验科", ["检验科主任", "检验技师"]),
                ("放射科", ["放射科主任", "影像技师"])]),
    ("行政副院长", [("财务科", ["财务科科长", "收费组长", "收费员"]),
                ("医保办", ["医保办主任", "医保专员"]),
                ("信息科", ["信息科科长", "信息科工程师"]),
                ("人力资源部", ["人力资源部主任", "人事干事"])]),
]


def qx09():
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "组织架构"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ncols = sum(len(g[1]) for g in QX09_GROUPS)
    first, last = 2, 1 + ncols
    L = openpyxl.utils.get_column_letter
    ws.cell(row=1, column=first, value="青溪县人民医院组织架构图（2025年3月）").font = Font(bold=True, size=16)
    ws.merge_cells(f"{L(first)}1:{L(last)}1")
    ws.cell(row=1, column=first).alignment = center
    c = ws.cell(row=3, column=first, value="院长")
    c.alignment, c.border, c.font = center, box, Font(bold=True)
    ws.merge_cells(f"{L(first)}3:{L(last)}3")
    col = first
    for vp, depts in QX09_GROUPS:
        c0, c1 = col, col + len(depts) - 1
        c = ws.cell(row=4, column=c0, value="↓")
        c.alignment = center
        c = ws.cell(row=5, column=c0, value=vp)
        c.alignment, c.border, c.font = center, box, Font(bold=True)
        if c1 > c0:
            ws.merge_cells(f"{L(c0)}4:{L(c1)}4")
            ws.merge_cells(f"{L(c0)}5:{L(c1)}5")
        for dept, posts in depts:
            ws.cell(row=6, column=col, value="↓").alignment = center
            c = ws.cell(row=7, column=col, value=dept)
            c.alignment, c.border, c.font = center, box, Font(bold=True)
            r = 8
            for post in posts:
                ws.cell(row=r, column=col, value="↓").alignment = center
                c = ws.cell(row=r + 1, column=col, value=post)
                c.alignment, c.border = center, box
                r += 2
            ws.column_dimensions[L(col)].width = 14
            col += 1
    ws.column_dimensions["A"].width = 3
    ws.cell(row=20, column=first, value="注：图中箭头表示领导关系，同一列中上方岗位为下方岗位的直接上级。临床科室包括内科、外科、"
                                           "妇产科、儿科、急诊科等，各科架构相同。")
    ws.merge_cells(f"{L(first)}20:{L(last)}20")
    wb.properties.creator = "院办公室"
    wb.properties.title = "组织架构图"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = OUT / "qx09_医院组织架构图.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== qx10 docx 月度绩效考核表（表样）
QX10_FORMS = [
    ("表1　药剂师月度绩效考核表", "药剂科", [
        ("工作质量", "处方调配差错率", "30%", "≤0.01%", "调剂差错登记本"),
        ("工作质量", "不合理处方干预率", "15%", "≥90%（按处方点评结果）", "处方点评记录"),
        ("工作效率", "门诊患者平均取药等候时间", "20%", "≤10分钟", "HIS排队叫号系统"),
        ("药品管理", "特殊药品账物相符率", "20%", "100%（月末盘点）", "麻精药品专用账册"),
        ("服务", "药房窗口有效投诉", "15%", "0次", "院办投诉登记"),
    ]),
    ("表2　检验技师月度绩效考核表", "检验科", [
        ("质量", "室内质控在控率", "25%", "≥98%", "LIS质控模块"),
        ("质量", "室间质评合格率", "20%", "参评项目全部合格", "省临床检验中心回报"),
        ("安全", "危急值及时通报率", "20%", "100%（10分钟内通知）", "危急值登记本"),
        ("效率", "急诊检验报告及时率", "20%", "≥95%（2小时内出报告）", "LIS报告时间统计"),
        ("服务", "临床科室满意度", "15%", "≥90%", "季度临床满意度调查"),
    ]),
    ("表3　收费员月度绩效考核表", "财务科门诊收费处", [
        ("准确性", "收费差错次数", "30%", "0次（以稽核为准）", "财务科收费稽核"),
        ("准确性", "日结账款相符率", "25%", "100%（长短款均计入）", "收费日结报表"),
        ("服务", "窗口服务有效投诉", "20%", "0次（窗口服务）", "院办投诉登记"),
        ("效率", "高峰时段平均排队时间", "15%", "≤15分钟", "排队叫号系统"),
        ("制度执行", "票据管理合规", "10%", "无遗失、无违规作废", "票据稽核记录"),
    ]),
]


def qx10():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "医技及窗口岗位月度绩效考核表")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("医技及窗口岗位月度绩效考核表（表样）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("使用说明：由科室负责人每月5日前完成上月考核，得分=各指标得分×权重之和，考核表交人力资源部绩效办存档。")
    for k, (cap, dept, rows) in enumerate(QX10_FORMS):
        if k:
            d.add_page_break()
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(cap).bold = True
        d.add_paragraph(f"姓名：__________　　科室：{dept}　　考核月份：______年____月")
        t = d.add_table(rows=1 + len(rows) + 2, cols=6)
        t.style = "Table Grid"
        for ci, h in enumerate(["考核维度", "考核指标", "权重", "目标值", "数据来源", "得分"]):
            t.cell(0, ci).text = h
            t.cell(0, ci).paragraphs[0].runs[0].bold = True
        i = 1
        prev, start = None, 1
        for dim, ind, wgt, tgt, src in rows:
            if dim == prev:
                t.cell(start, 0).merge(t.cell(i, 0))
            else:
                t.cell(i, 0).text = dim
                prev, start = dim, i
            t.cell(i, 1).text = ind
            t.cell(i, 2).text = wgt
            t.cell(i, 3).text = tgt
            t.cell(i, 4).text = src
            i += 1
        t.cell(i, 0).text = "加分项"
        i += 1
        t.cell(i, 0).text = "合计"
        t.cell(i, 2).text = "100%"
        d.add_paragraph("考核人（科室负责人）签字：__________　　被考核人签字：__________　　日期：__________")
    path = OUT / "qx10_医技及窗口岗位月度考核表.docx"
    d.save(str(path))
    normalize_zip(path)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    for fn in (qx01, qx02, qx03, qx04, qx05, qx06, qx07, qx08, qx09, qx10):
        fn()
    for f in sorted(OUT.iterdir()):
        print(f"{f.stat().st_size:8d}  {f.name}")


if __name__ == "__main__":
    main()
