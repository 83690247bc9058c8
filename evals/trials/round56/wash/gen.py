#!/usr/bin/env python3
"""Round 56 'wash': 洁澜洗护连锁 (dry-cleaning and laundry chain with a central washing plant).

Writes 10 HR documents into $T56_OUT (default /tmp/t56wash/corpus).
Run with /tmp/genv/bin/python (python-docx, openpyxl, reportlab).

Layouts (new for this round):
  WS01 docx  store post book: a post-overview table with a diagonal-split corner cell
             ("项目＼岗位"), one 4-column form per post whose duty / requirement cells are ONE
             paragraph split by soft line breaks (w:br), pay given only in real Word footnotes,
             a running header/footer, a 修订说明 note, a named-only 副店长 ("略").
  WS02 docx  plant handbook: each post's facts in a paragraph-border "信息框" (bordered, shaded
             consecutive paragraphs, no table, no text box), duties as 工序 | 本岗位职责 | 质量标准
             tables, requirements as prose, a "略" post, a post only named, a void 2022 appendix.
  WS03 xlsx  KPI library whose first column is an outline number: level-1 rows "1" are the post
             with =SUM of its weights, level-2 rows "1.1" its indicators; weights in 权重（%）;
             a 填表说明 sheet and a void 2024 sheet.
  WS04 xlsx  staffing and pay exported from an Excel pivot table: 行标签 with indented posts under
             department subtotal rows, "求和项:" headers, "(空白)" cells, 总计 row; a certificate
             sheet of 必持 / 优先 / — marks.
  WS05 csv   recruiting export whose JD column holds Markdown (**岗位职责** / 1. / - ) in a
             quoted multi-line cell; a closed 2024 row with old pay.
  WS06 html  bilingual careers page: every line a <span lang="zh"> + <span lang="en"> pair,
             facts in a <small> " / " line under the <h3>.
  WS07 pdf   two FILLED-IN monthly appraisal forms (employee name, scores) for 质检员 and 去渍师.
  WS08 md    a new store manager's 30-day onboarding guide by week (tables per week).
  WS09 txt   GBK (CRLF) notice changing 设备维修工's boss and night duty, with the post's JD appended
             as "◎ label" lines each followed by an indented value line.
  WS10 txt   UTF-16 排班与考勤管理制度 (policy, distractor).
"""
import copy
import csv
import io
import os
from pathlib import Path

OUT = Path(os.environ.get("T56_OUT", "/tmp/t56wash/corpus"))
OUT.mkdir(parents=True, exist_ok=True)

# ----------------------------------------------------------------------------- facts
STORE_POSTS = {
    "门店店长": {
        "code": "MD-01", "dept": "门店运营部", "boss": "区域督导", "subs": "副店长、收衣员",
        "edu": "大专及以上", "major": "专业不限，工商管理、市场营销类优先",
        "exp": "3年以上零售或服务行业门店管理经验，其中1年以上店长经验",
        "cert": "无硬性要求，持有洗衣师（洗染工）职业技能等级证书者优先",
        "loc": "北京市朝阳区、海淀区各直营门店", "shift": "早班8:30-17:30与晚班12:30-21:30轮换",
        "pay_fn": "门店店长：月薪8000–12000元，另按门店月营业额的1%提成。",
        "duties": [
            "全面负责门店日常营运，执行公司各项服务标准与操作规程；",
            "制定门店月度营业目标并分解到班次，每日复盘营业额与客单数；",
            "负责门店排班、考勤以及收衣员的带教与考核；",
            "处理顾客投诉与衣物损坏理赔，单笔理赔3000元以内可直接决定；",
            "监督衣物收取、交接与取件流程，确保衣物流转单据完整；",
            "负责门店会员卡销售与储值活动的组织落实。",
        ],
    },
    "收衣员": {
        "code": "MD-03", "dept": "门店运营部", "boss": "门店店长", "subs": "无",
        "edu": "高中/中专及以上", "major": "不限",
        "exp": "1年以上服务行业经验，应届生可培养",
        "cert": "无", "skill": "能熟练使用收银系统及手机下单",
        "loc": "各直营门店", "shift": "早晚两班，由店长排班",
        "pay_fn": "收衣员：月薪4500–5500元，另有会员卡销售提成。",
        "duties": [
            "按“验衣七步法”当面检查衣物，记录污渍、破损、缺扣等瑕疵并请顾客签字确认；",
            "准确填写洗衣单，为每件衣物挂水洗唛和条码标签；",
            "按衣物材质和顾客要求确定洗涤方式并报价收费；",
            "每日16:00前将待洗衣物分拣装袋，与物流配送员办理交接；",
            "负责取件顾客的衣物核对、交付和收银；",
            "保持前台整洁，向顾客推介会员卡和增值服务。",
        ],
    },
    "客服专员": {
        "code": "KF-02", "dept": "客户服务中心", "boss": "客服主管", "subs": "无",
        "edu": "大专及以上", "major": "不限",
        "exp": "1年以上电话或在线客服经验",
        "cert": "无", "skill": "普通话标准，打字每分钟60字以上",
        "loc": "北京市顺义区中央工厂办公楼", "shift": "9:00-18:00，周末轮休",
        "pay_fn": "客服专员：月薪5000–6500元。",
        "duties": [
            "受理400热线、小程序和美团渠道的咨询、预约和投诉；",
            "跟进衣物洗涤进度，主动通知顾客取件或送回时间；",
            "对投诉工单在2小时内首次响应，48小时内给出处理方案；",
            "每周汇总投诉原因并提交质检员和门店店长；",
            "完成顾客回访和满意度调查。",
        ],
    },
    "物流配送员": {
        "code": "WL-02", "dept": "物流部", "boss": "物流调度主管", "subs": "无",
        "edu": "初中及以上", "major": "不限",
        "exp": "1年以上驾驶经验",
        "cert": "C1及以上机动车驾驶证", "skill": "熟悉北京朝阳、海淀道路",
        "loc": "顺义中央工厂出发，覆盖朝阳、海淀各门店", "shift": "上午7:00发车送件，下午16:30到店收衣",
        "pay_fn": "物流配送员：月薪5500–7000元（含里程补贴）。",
        "duties": [
            "按线路每日两次往返中央工厂与各门店，收取待洗衣物、送回成品；",
            "与收衣员逐袋清点交接，在交接单上签字；",
            "负责上门取送件订单，服务中使用礼貌用语；",
            "保持车辆整洁，每日出车前检查车况并填写行车记录；",
            "运输中防止衣物受潮、挤压和丢失，发生异常立即报告调度。",
        ],
    },
}


# ----------------------------------------------------------------------------- docx helpers
def docx_modules():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    from docx.shared import Pt, RGBColor
    return docx, WD_ALIGN_PARAGRAPH, RT, PackURI, Part, parse_xml, nsdecls, qn, Pt, RGBColor


def set_cjk(doc):
    from docx.oxml.ns import qn
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")


def shade(cell, fill):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ----------------------------------------------------------------------------- WS01
def ws01():
    docx, ALIGN, RT, PackURI, Part, parse_xml, nsdecls, qn, Pt, RGBColor = docx_modules()
    d = docx.Document()
    set_cjk(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "洁澜洗护连锁　·　门店运营部　　　　　　　　　受控文件　请勿外传"
    sec.footer.paragraphs[0].text = "文件编号 JL-HR-MD-2025-01　版本 A/2　　发布日期 2025-03-15"

    t = d.add_paragraph()
    t.alignment = ALIGN.CENTER
    r = t.add_run("洁澜洗护连锁门店岗位说明书汇编（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("本汇编适用于公司全部直营门店及客户服务中心、物流部的对店岗位。各岗位薪资口径以脚注为准，"
                    "脚注未列明的岗位按《岗位编制与薪酬表》执行。")

    # overview table with a diagonal corner cell
    d.add_paragraph("表0　对店岗位设置总览")
    names = list(STORE_POSTS)
    ov = d.add_table(rows=5, cols=5)
    ov.style = "Table Grid"
    corner = ov.cell(0, 0)
    cp = corner.paragraphs[0]
    cp.add_run("　　　　岗位")
    corner.add_paragraph("项目")
    corner._tc.get_or_add_tcPr().append(parse_xml(
        f'<w:tcBorders {nsdecls("w")}><w:tl2br w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders>'))
    for j, n in enumerate(names, 1):
        ov.cell(0, j).text = n
    rows = [("所属部门", "dept"), ("直接上级", "boss"), ("岗位编码", "code")]
    for i, (lab, key) in enumerate(rows, 1):
        ov.cell(i, 0).text = lab
        for j, n in enumerate(names, 1):
            ov.cell(i, j).text = STORE_POSTS[n][key]
    ov.cell(4, 0).text = "定员（人）"
    for j, v in enumerate(["每店1人", "每店3–4人", "6人", "12人"], 1):
        ov.cell(4, j).text = v

    # footnotes part
    fn_xml = (f'<w:footnotes {nsdecls("w")}>'
              '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
              '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    fn_id = 0

    for idx, (name, p) in enumerate(STORE_POSTS.items(), 1):
        d.add_paragraph()
        h = d.add_paragraph()
        rr = h.add_run(f"岗位{['一','二','三','四'][idx-1]}")
        rr.bold = True
        tb = d.add_table(rows=8, cols=4)
        tb.style = "Table Grid"
        c = tb.cell(0, 0).merge(tb.cell(0, 3))
        c.text = f"岗位名称：{name}　　　岗位编码：{p['code']}"
        shade(c, "D9E2F3")
        cells = [("所属部门", p["dept"], "直接上级", p["boss"]),
                 ("直接下属", p["subs"], "工作地点", p["loc"]),
                 ("学历要求", p["edu"], "专业要求", p["major"]),
                 ("工作班次", p["shift"], "薪资", None)]
        for i, row in enumerate(cells, 1):
            for j, v in enumerate(row):
                cell = tb.cell(i, j)
                if v is None:
                    fn_id += 1
                    para = cell.paragraphs[0]
                    para.add_run("见脚注")
                    para._p.append(parse_xml(
                        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteReference w:id="{fn_id}"/></w:r>'))
                    fn_xml += (f'<w:footnote w:id="{fn_id}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                               f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {p["pay_fn"]}</w:t></w:r></w:p></w:footnote>')
                else:
                    cell.text = v
                if j in (0, 2):
                    shade(cell, "F2F2F2")
        # duties: one paragraph, soft line breaks
        lab = tb.cell(5, 0)
        lab.text = "岗位职责"
        shade(lab, "F2F2F2")
        dc = tb.cell(5, 1).merge(tb.cell(5, 3))
        para = dc.paragraphs[0]
        circ = "①②③④⑤⑥⑦⑧"
        for k, dd in enumerate(p["duties"]):
            run = para.add_run(circ[k] + dd)
            if k < len(p["duties"]) - 1:
                run.add_break()
        lab = tb.cell(6, 0)
        lab.text = "任职资格"
        shade(lab, "F2F2F2")
        qc = tb.cell(6, 1).merge(tb.cell(6, 3))
        para = qc.paragraphs[0]
        req = [f"学历：{p['edu']}；", f"工作经验：{p['exp']}；", f"证书：{p['cert']}；"]
        if p.get("skill"):
            req.append(f"技能：{p['skill']}。")
        for k, line in enumerate(req):
            run = para.add_run(line)
            if k < len(req) - 1:
                run.add_break()
        lab = tb.cell(7, 0)
        lab.text = "备注"
        shade(lab, "F2F2F2")
        rc = tb.cell(7, 1).merge(tb.cell(7, 3))
        rc.text = {"门店店长": "店长休假期间由副店长代行职责，无副店长的门店由区域督导指定代理人。",
                   "收衣员": "",
                   "客服专员": "客服专员不驻店，通过工单系统与门店协同。",
                   "物流配送员": "配送车辆由物流部统一调配，不得私用。"}[name]
        if name == "收衣员":
            note = d.add_paragraph()
            nr = note.add_run("〔修订说明 2025-03-10：收衣员与物流配送员的交接时间由17:00提前至16:00，第④条已按新规定修改。〕")
            nr.italic = True
            nr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    d.add_paragraph()
    d.add_paragraph("岗位五　副店长")
    d.add_paragraph("副店长岗位职责参照门店店长执行，具体内容略；任职资格另行制定。")
    fn_xml += "</w:footnotes>"

    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                fn_xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    d.save(OUT / "WS01_门店岗位说明书汇编.docx")


# ----------------------------------------------------------------------------- WS02
PLANT = {
    "工厂主管": {
        "no": "3.1",
        "box": [("所属部门", "中央洗涤工厂"), ("直接上级", "运营副总经理"),
                ("直接下属", "水洗班长、干洗班长、熨烫班长、质检员、设备维修工"),
                ("工作地点", "顺义区中央洗涤工厂"), ("班次", "常白班8:00-17:00")],
        "duties": [
            ("生产计划", "根据各门店日收衣量编制次日生产计划，平衡水洗、干洗与熨烫产能", "当日收衣次日入洗率≥95%"),
            ("安全环保", "负责四氯乙烯、碳氢溶剂的储存与使用安全，组织月度安全检查", "全年无安全环保事故"),
            ("成本控制", "控制洗涤剂、溶剂和水电气消耗，每月出具成本分析报告", "单件洗涤成本不超预算"),
            ("人员管理", "负责工厂人员排班、岗前培训与绩效考核", "新员工上岗培训率100%"),
            ("质量改进", "组织返洗与投诉案例分析会，推动洗涤工艺改进", "每月至少一次"),
        ],
        "req": "任职要求：大专及以上学历，纺织、化工或管理类专业；5年以上洗涤工厂或纺织印染企业生产管理经验；"
               "熟悉干洗溶剂安全管理规定，具备较强的组织协调能力。",
    },
    "洗涤工": {
        "no": "3.2",
        "box": [("所属车间", "水洗车间、干洗车间"), ("直接上级", "所在车间班长（水洗或干洗）"), ("直接下属", "无"),
                ("工作地点", "顺义区中央洗涤工厂"), ("班次", "两班倒，早班7:00-15:00，中班15:00-23:00")],
        "duties": [
            ("分拣", "按颜色、材质和洗涤方式对衣物分类，核对条码与洗衣单", "分拣差错率≤0.5%"),
            ("预处理", "对领口、袖口等重污部位预刷，发现特殊污渍转交去渍师", "不得擅自处理不明污渍"),
            ("洗涤", "按洗涤工艺卡设定水温、洗涤剂用量和程序，操作水洗机和干洗机", "严格执行工艺卡"),
            ("烘干", "按水洗唛要求选择烘干或晾干，防止缩水变形", "缩水投诉为0"),
            ("设备清理", "每班结束清理机器滤网和纽扣收集器，记录设备运行情况", "交接记录完整"),
        ],
        "req": "任职要求：初中及以上学历；有洗衣厂或酒店布草洗涤经验者优先，无经验可由公司培训；"
               "持洗衣师（洗染工）职业技能等级证书初级及以上者优先；能适应两班倒和站立作业。",
    },
    "熨烫工": {
        "no": "3.3",
        "box": [("所属车间", "熨烫包装车间"), ("直接上级", "熨烫班长"), ("直接下属", "无"),
                ("工作地点", "顺义区中央洗涤工厂"), ("班次", "早班7:30-16:00，旺季可安排加班")],
        "duties": [
            ("熨烫", "根据面料选择熨烫温度和蒸汽量，熨烫衬衫、西装、裤装及礼服", "无极光、无烫黄、线条挺直"),
            ("整形", "使用人像机、夹机和裤腿机进行整形定型", "外观平整、折线准确"),
            ("包装", "挂衣架、套防尘袋并贴取件标签", "标签与条码一致"),
            ("自检", "熨烫后逐件自检，发现残留污渍退回去渍师", "不合格品不流入包装"),
        ],
        "req": "任职要求：初中及以上学历；1年以上熨烫工作经验，会操作人像机和夹机；"
               "能熨烫西装、衬衫、真丝、羊绒等面料；计件工资，多劳多得。",
    },
    "去渍师": {
        "no": "3.4",
        "box": [("所属车间", "预处理组（设在水洗车间内）"), ("直接上级", "水洗班长"), ("直接下属", "无"),
                ("工作地点", "顺义区中央洗涤工厂"), ("班次", "常白班8:00-17:00")],
        "duties": [
            ("鉴别", "鉴别污渍类型（油性、水溶性、蛋白质类、色素类）和面料的承受力", "判断准确，先试后做"),
            ("去渍", "使用去渍台和去渍剂处理血渍、油渍、咖啡渍、霉斑等特殊污渍", "去渍成功率≥90%"),
            ("风险告知", "对无法去除或存在损伤风险的衣物填写《风险告知单》，通知门店与顾客沟通", "24小时内反馈"),
            ("药剂管理", "负责去渍药剂的领用、存放和标识", "账物相符"),
        ],
        "req": "任职要求：中专及以上学历，化学、纺织相关专业优先；3年以上专业去渍工作经验；"
               "持洗衣师（洗染工）职业技能等级证书中级及以上；对颜色敏感，无色弱色盲。",
    },
    "质检员": {
        "no": "3.5",
        "box": [("所属部门", "质检组"), ("直接上级", "工厂主管"), ("直接下属", "无"),
                ("工作地点", "顺义区中央洗涤工厂出厂区"), ("班次", "早班8:00-17:00与中班14:00-22:00轮换")],
        "duties": [
            ("成品检验", "对洗涤、熨烫后的衣物逐件检查洁净度、平整度、有无破损和异味", "逐件检验，不抽检"),
            ("返工管理", "不合格衣物开具返工单退回相应工序，跟踪返工结果", "当班闭环"),
            ("出厂放行", "核对条码与件数，签发出厂放行单", "错发率≤0.1%"),
            ("质量统计", "每日统计合格率和返洗率，每周形成质量周报", "每周一提交"),
        ],
        "req": "任职要求：高中及以上学历；2年以上洗衣或服装质检经验；熟悉各类面料性能和洗涤标识；"
               "细致耐心，能坚持原则。",
    },
}


def para_border(p, fill="EEF5E9"):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:pBdr {nsdecls("w")}>'
        '<w:top w:val="single" w:sz="8" w:space="4" w:color="70AD47"/>'
        '<w:left w:val="single" w:sz="8" w:space="4" w:color="70AD47"/>'
        '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="70AD47"/>'
        '<w:right w:val="single" w:sz="8" w:space="4" w:color="70AD47"/></w:pBdr>'))
    ppr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def ws02():
    docx, ALIGN, RT, PackURI, Part, parse_xml, nsdecls, qn, Pt, RGBColor = docx_modules()
    d = docx.Document()
    set_cjk(d)
    d.sections[0].header.paragraphs[0].text = "洁澜洗护连锁　中央洗涤工厂"
    t = d.add_paragraph()
    t.alignment = ALIGN.CENTER
    r = t.add_run("中央洗涤工厂岗位作业手册")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("（2025年第2版　工厂管理部编制）").alignment = ALIGN.CENTER
    d.add_paragraph("1　总则").runs[0].bold = True
    d.add_paragraph("1.1　本手册规定中央洗涤工厂各作业岗位的职责、质量标准和任职要求，是岗前培训和日常考核的依据。")
    d.add_paragraph("1.2　各门店收取的衣物经物流部运至工厂，依次经过分拣、预处理、洗涤、烘干、熨烫、质检、包装后发回门店。")
    d.add_paragraph("2　工厂组织").runs[0].bold = True
    d.add_paragraph("中央洗涤工厂设工厂主管1名，下设水洗车间、干洗车间、熨烫包装车间、质检组和设备组。"
                    "工厂另设污水处理操作员岗位，由环保外包单位派驻，其职责不在本手册规定范围内。")
    d.add_paragraph("3　岗位说明").runs[0].bold = True
    for name, p in PLANT.items():
        h = d.add_paragraph()
        hr = h.add_run(f"{p['no']}　{name}")
        hr.bold = True
        hr.font.size = Pt(13)
        for lab, val in p["box"]:
            bp = d.add_paragraph()
            lr = bp.add_run(f"{lab}　")
            lr.bold = True
            bp.add_run(val)
            para_border(bp)
        d.add_paragraph("本岗位职责：")
        tb = d.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        for j, hd in enumerate(["工序", "本岗位职责", "质量标准"]):
            tb.cell(0, j).text = hd
            shade(tb.cell(0, j), "E2EFD9")
        for a, b, c in p["duties"]:
            row = tb.add_row().cells
            row[0].text, row[1].text, row[2].text = a, b, c
        d.add_paragraph(p["req"])
    h = d.add_paragraph()
    h.add_run("3.6　设备维修工").bold = True
    d.add_paragraph("设备维修工的岗位说明由设备组另行发布（见设备组通知附件），本手册不再重复。")
    h = d.add_paragraph()
    h.add_run("3.7　皮具护理师").bold = True
    d.add_paragraph("岗位职责：略（该岗位拟于2025年下半年设立，职责与任职要求另行制定）。")
    d.add_paragraph("4　质量红线").runs[0].bold = True
    d.add_paragraph("4.1　不得将不同顾客的衣物混洗；4.2　深浅色衣物不得同缸洗涤；4.3　皮草、皮具一律外送专业机构处理。")
    d.add_page_break()
    h = d.add_paragraph()
    h.add_run("附录B　熨烫工任职要求（2022版，已作废，仅供查阅）").bold = True
    d.add_paragraph("2022版熨烫工任职要求：高中及以上学历；3年以上熨烫经验；须持洗衣师（洗染工）中级证书。"
                    "自2025年第2版起本附录作废，以3.3为准。")
    d.save(OUT / "WS02_中央洗涤工厂岗位作业手册.docx")


# ----------------------------------------------------------------------------- WS03
KPI = {
    "门店KPI": [
        ("门店店长", "月度", [
            ("门店月营业额达成率", 30, "≥100%", "实际营业额÷目标营业额×100%", "收银系统"),
            ("会员储值销售额", 20, "≥5万元/月", "当月新增储值金额合计", "会员系统"),
            ("顾客投诉率", 20, "≤0.3%", "有效投诉单数÷收衣单数×100%", "客服工单系统"),
            ("衣物损坏赔付金额", 15, "≤2000元/月", "当月理赔金额合计", "财务部"),
            ("门店员工流失率", 15, "≤8%", "当月离职人数÷月初在岗人数×100%", "人力资源部"),
        ]),
        ("收衣员", "月度", [
            ("收衣差错率", 30, "≤0.2%", "洗衣单填写错误件数÷收衣件数×100%", "质检反馈"),
            ("验衣瑕疵漏记率", 30, "≤0.5%", "未记录瑕疵引发的争议件数÷收衣件数×100%", "客服工单系统"),
            ("会员卡销售张数", 20, "≥15张/月", "本人售出会员卡张数", "会员系统"),
            ("收衣员顾客满意度", 20, "≥95分", "回访评分平均值", "客服回访"),
        ]),
        ("客服专员", "月度", [
            ("投诉首次响应及时率", 35, "100%（2小时内）", "2小时内首次响应工单数÷投诉工单数×100%", "工单系统"),
            ("工单48小时闭环率", 30, "≥95%", "48小时内给出方案的工单数÷工单总数×100%", "工单系统"),
            ("回访完成率", 20, "≥90%", "实际回访数÷应回访数×100%", "工单系统"),
            ("客服通话质检得分", 15, "≥90分", "抽检录音平均得分", "客服主管"),
        ]),
    ],
    "工厂KPI": [
        ("工厂主管", "月度", [
            ("生产计划达成率", 25, "≥98%", "按计划完成件数÷计划件数×100%", "生产日报"),
            ("单件洗涤成本", 25, "≤6.5元", "当月洗涤总成本÷洗涤件数", "财务部"),
            ("质量投诉率", 20, "≤0.2%", "质量类投诉件数÷出厂件数×100%", "客服工单系统"),
            ("安全环保事故次数", 20, "0起", "当月发生的安全或环保事故次数", "安全台账"),
            ("员工培训完成率", 10, "100%", "完成培训人数÷应培训人数×100%", "人力资源部"),
        ]),
        ("洗涤工", "月度", [
            ("次日入洗率", 30, "≥95%", "次日完成入洗件数÷前一日收衣件数×100%", "生产日报"),
            ("洗涤返洗率", 30, "≤1.5%", "返洗件数÷洗涤件数×100%", "质检记录"),
            ("洗涤损坏件数", 25, "0件/月", "因洗涤操作造成损坏的件数", "质检记录"),
            ("设备点检执行率", 15, "100%", "实际点检次数÷应点检次数×100%", "设备运行记录"),
        ]),
        ("熨烫工", "月度", [
            ("人均日熨烫件数", 35, "≥180件", "当月熨烫件数÷出勤天数", "计件系统"),
            ("熨烫一次合格率", 35, "≥98%", "一次检验合格件数÷熨烫件数×100%", "质检记录"),
            ("烫损件数", 20, "0件", "因熨烫造成极光、烫黄、烫焦的件数", "质检记录"),
            ("熨烫区5S检查得分", 10, "≥90分", "每周5S检查平均分", "工厂主管"),
        ]),
    ],
    "物流KPI": [
        ("物流配送员", "月度", [
            ("准时到店率", 40, "≥98%", "按时到店趟次÷总趟次×100%", "车辆GPS"),
            ("交接差错件数", 30, "0件", "交接单与实物不符的件数", "门店交接单"),
            ("行车安全事故", 20, "0起", "负有责任的交通事故次数", "物流部"),
            ("单车油耗达标率", 10, "≥95%", "油耗在定额内的天数÷出车天数×100%", "油卡记录"),
        ]),
    ],
}


def ws03():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "填表说明"
    notes = ["洁澜洗护连锁　2025年度岗位绩效考核指标库",
             "1. 编号为一级（1、2、3）的行是考核岗位，其“权重（%）”为该岗位各指标权重之和，应等于100。",
             "2. 编号为二级（1.1、1.2…）的行是该岗位的考核指标。",
             "3. 考核结果：≥90分为A，80–89分为B，70–79分为C，<70分为D；连续两个月D者进入绩效改进计划。",
             "4. 质检员、去渍师的考核表见《质检与去渍岗位月度考核表》。",
             "5. “2024版（已废止）”工作表仅供对照，不再使用。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    hdr = ["编号", "考核岗位 / 指标", "权重（%）", "目标值", "计算公式", "数据来源", "考核周期"]
    for sname, posts in KPI.items():
        ws = wb.create_sheet(sname)
        ws.merge_cells("A1:G1")
        ws["A1"] = f"{sname[:-3]}岗位KPI指标（2025版）"
        ws["A1"].font = Font(bold=True, size=14)
        for j, h in enumerate(hdr, 1):
            c = ws.cell(2, j, h)
            c.font = Font(bold=True)
            c.fill = PatternFill("solid", fgColor="BDD7EE")
        r = 3
        for pi, (post, cyc, inds) in enumerate(posts, 1):
            first = r
            ws.cell(r, 1, str(pi))
            ws.cell(r, 2, f"{post}（权重合计）").font = Font(bold=True)
            ws.cell(r, 3, f"=SUM(C{r+1}:C{r+len(inds)})")
            ws.cell(r, 7, cyc)
            for c in range(1, 8):
                ws.cell(r, c).fill = PatternFill("solid", fgColor="FFF2CC")
            r += 1
            for k, (n, w, tg, f, src) in enumerate(inds, 1):
                ws.cell(r, 1, f"{pi}.{k}")
                ws.cell(r, 2, n).alignment = Alignment(indent=2)
                ws.cell(r, 3, w)
                ws.cell(r, 4, tg)
                ws.cell(r, 5, f)
                ws.cell(r, 6, src)
                ws.cell(r, 7, cyc)
                r += 1
        for col, wd in zip("ABCDEFG", [6, 26, 10, 16, 44, 14, 10]):
            ws.column_dimensions[col].width = wd
    ws = wb.create_sheet("2024版（已废止）")
    ws["A1"] = "2024版熨烫工、洗涤工考核指标（已于2025-01-01废止）"
    rows = [("编号", "考核岗位 / 指标", "权重（%）", "目标值"),
            ("1", "熨烫工（权重合计）", 100, None),
            ("1.1", "日均熨烫件数（旧）", 50, "≥150件"),
            ("1.2", "熨烫合格率（旧）", 50, "≥95%"),
            ("2", "洗涤工（权重合计）", 100, None),
            ("2.1", "日洗涤件数（旧）", 60, "≥400件"),
            ("2.2", "返洗率（旧）", 40, "≤3%")]
    for i, row in enumerate(rows, 2):
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i, j, v)
    wb.save(OUT / "WS03_2025绩效考核指标库.xlsx")


# ----------------------------------------------------------------------------- WS04
def ws04():
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "编制与薪酬(透视)"
    ws["A1"] = "岗位编制与薪酬（数据透视表导出，截至2025-04-30）"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = "筛选：用工性质 = 全日制"
    hdr = ["行标签", "求和项:编制人数", "求和项:在岗人数", "薪资区间（元/月）", "班次", "工作地点"]
    for j, h in enumerate(hdr, 1):
        c = ws.cell(4, j, h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    data = [
        ("门店运营部", None, [
            ("区域督导", 2, 2, "12000-18000", "常白班", "北京市区（巡店）"),
            ("门店店长", 8, 8, "8000-12000+营业额1%提成", "早晚轮班", "朝阳/海淀直营门店"),
            ("副店长", 4, 2, "(空白)", "(空白)", "(空白)"),
            ("收衣员", 26, 25, "4500-5500+会员卡提成", "早晚两班", "各直营门店"),
        ]),
        ("客户服务中心", None, [
            ("客服主管", 1, 1, "8000-10000", "常白班", "顺义中央工厂办公楼"),
            ("客服专员", 6, 5, "5000-6500", "9:00-18:00（周末轮休）", "顺义中央工厂办公楼"),
        ]),
        ("物流部", None, [
            ("物流调度主管", 1, 1, "8000-10000", "常白班", "顺义中央工厂"),
            ("物流配送员", 12, 11, "5500-7000（含里程补贴）", "上午送件/下午收衣两趟", "顺义出发，覆盖朝阳、海淀"),
        ]),
        ("中央洗涤工厂", None, [
            ("工厂主管", 1, 1, "12000-16000", "常白班", "顺义区中央洗涤工厂"),
            ("洗涤工", 18, 16, "5000-6200", "两班倒", "顺义区中央洗涤工厂"),
            ("熨烫工", 22, 20, "计件：底薪3000元+每件0.8元", "早班（旺季加班）", "顺义区中央洗涤工厂"),
            ("去渍师", 3, 3, "7500-9500", "常白班", "顺义区中央洗涤工厂"),
            ("质检员", 4, 4, "5500-6800", "早中班轮换", "顺义区中央洗涤工厂"),
            ("设备维修工", 3, 3, "7000-9000+夜间值班补贴", "常白班+每周夜间轮值2晚", "顺义区中央洗涤工厂"),
        ]),
    ]
    r = 5
    tot_b = tot_z = 0
    for dept, _, posts in data:
        sb = sum(p[1] for p in posts)
        sz = sum(p[2] for p in posts)
        tot_b += sb
        tot_z += sz
        ws.cell(r, 1, dept).font = Font(bold=True)
        ws.cell(r, 2, sb).font = Font(bold=True)
        ws.cell(r, 3, sz).font = Font(bold=True)
        r += 1
        for p in posts:
            ws.cell(r, 1, p[0]).alignment = Alignment(indent=1)
            for j, v in enumerate(p[1:], 2):
                ws.cell(r, j, v)
            r += 1
    ws.cell(r, 1, "总计").font = Font(bold=True)
    ws.cell(r, 2, tot_b)
    ws.cell(r, 3, tot_z)
    for col, wd in zip("ABCDEF", [18, 16, 16, 30, 24, 26]):
        ws.column_dimensions[col].width = wd

    ws = wb.create_sheet("证书要求")
    ws["A1"] = "岗位持证要求（必持＝上岗前必须取得；优先＝招聘时优先；—＝不要求）"
    heads = ["岗位", "洗衣师（洗染工）职业技能等级证书", "机动车驾驶证", "低压电工作业证", "特种设备作业人员证（G1工业锅炉司炉）"]
    for j, h in enumerate(heads, 1):
        ws.cell(2, j, h).font = Font(bold=True)
    rows = [("门店店长", "优先", "—", "—", "—"),
            ("收衣员", "—", "—", "—", "—"),
            ("物流配送员", "—", "必持（C1及以上）", "—", "—"),
            ("洗涤工", "优先（初级及以上）", "—", "—", "—"),
            ("熨烫工", "—", "—", "—", "—"),
            ("去渍师", "必持（中级及以上）", "—", "—", "—"),
            ("设备维修工", "—", "—", "必持", "优先")]
    for i, row in enumerate(rows, 3):
        for j, v in enumerate(row, 1):
            ws.cell(i, j, v)
    wb.save(OUT / "WS04_岗位编制与薪酬表.xlsx")


# ----------------------------------------------------------------------------- WS05
def ws05():
    heads = ["需求编号", "职位名称", "用人部门", "工作地点", "招聘人数", "薪资范围", "学历要求", "经验要求", "状态", "JD（Markdown）"]
    rows = [
        ["R2025031", "收衣员（望京店）", "门店运营部", "北京市朝阳区望京SOHO店", "2", "4500-5500元/月+提成", "高中/中专及以上",
         "1年以上服务行业经验", "招聘中",
         "**岗位职责**\n1. 当面验衣并记录瑕疵，请顾客签字确认\n2. 开具洗衣单、挂条码标签、收银\n"
         "3. 16:00前完成待洗衣物装袋交接\n**任职要求**\n- 高中/中专及以上学历\n- 形象好、口齿清晰，会用手机和收银系统\n"
         "- 能接受早晚两班"],
        ["R2025035", "洗涤工", "中央洗涤工厂", "北京市顺义区", "4", "5000-6200元/月", "初中及以上", "不限",
         "招聘中",
         "**岗位职责**\n1. 衣物分拣、预刷和水洗、干洗机操作\n2. 按水洗唛要求烘干或晾干\n3. 每班清理滤网并记录设备运行情况\n"
         "**任职要求**\n- 初中及以上学历，身体健康\n- 能适应两班倒\n- 有洗衣厂、酒店布草洗涤经验优先\n"
         "**福利**\n- 包住宿，提供工作餐\n- 缴纳五险"],
        ["R2025036", "物流配送员", "物流部", "北京市顺义区（中央工厂出发）", "2", "5500-7000元/月（含里程补贴）",
         "初中及以上", "1年以上驾驶经验", "招聘中",
         "**岗位职责**\n1. 每日两趟往返中央工厂与门店，收送衣物\n2. 与门店逐袋清点交接\n3. 上门取送件\n"
         "**任职要求**\n- 持C1及以上驾驶证，1年以上驾龄\n- 无重大交通事故记录\n- 年龄45周岁以下"],
        ["R2025040", "客服专员", "客户服务中心", "北京市顺义区", "1", "5000-6500元/月", "大专及以上",
         "1年以上客服经验", "招聘中",
         "**岗位职责**\n1. 接听400热线，处理小程序、美团渠道咨询与投诉\n2. 跟进洗涤进度并通知顾客\n3. 顾客回访\n"
         "**任职要求**\n- 大专及以上学历\n- 普通话标准，打字60字/分钟以上\n- 有耐心，情绪稳定"],
        ["R2024112", "熨烫工", "中央洗涤工厂", "北京市顺义区", "5", "4200-5000元/月", "初中及以上", "2年以上熨烫经验",
         "已关闭（2024-11）",
         "**岗位职责**\n1. 衬衫、西装、裤装熨烫\n2. 包装挂衣\n**任职要求**\n- 2年以上熨烫经验"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(heads)
    w.writerows(rows)
    (OUT / "WS05_招聘需求导出.csv").write_text("\ufeff" + buf.getvalue(), encoding="utf-8")


# ----------------------------------------------------------------------------- WS06
def z(zh, en):
    return f'<span lang="zh">{zh}</span> <span lang="en">{en}</span>'


def ws06():
    jobs = [
        ("area", "区域督导", "Area Supervisor", "门店运营部 / 北京 / ¥12k–18k / 本科及以上",
         [("负责辖区6–8家直营门店的经营管理，每周巡店不少于2次", "Manage 6–8 stores; visit each store at least twice a week"),
          ("指导门店店长完成营业目标，每月召开区域经营分析会", "Coach store managers and run a monthly business review"),
          ("检查门店服务标准、验衣流程和卫生的执行情况", "Audit service standards, garment inspection and hygiene"),
          ("参与新店选址、开业筹备和店长招聘", "Take part in new-store openings and hiring store managers")],
         [("本科及以上学历", "Bachelor's degree or above"),
          ("5年以上连锁门店管理经验，其中2年以上多店管理经验", "5+ years in chain retail, 2+ managing several stores"),
          ("汇报对象：门店运营部经理；直接下属：门店店长", "Reports to the Store Operations Manager; leads store managers")]),
        ("iron", "熨烫工", "Presser", "中央洗涤工厂 / 北京顺义 / 计件制 / 初中及以上",
         [("熨烫衬衫、西装、裤装和礼服，根据面料调节温度和蒸汽", "Press shirts, suits, trousers and gowns"),
          ("使用人像机、夹机、裤腿机整形", "Finish garments on form finishers and presses"),
          ("挂衣、套袋、贴取件标签", "Hang, bag and label garments")],
         [("1年以上熨烫经验", "1+ year of pressing experience"),
          ("会操作人像机和夹机", "Able to operate form finishers and presses"),
          ("提供员工宿舍和工作餐", "Dormitory and meals provided")]),
        ("spot", "去渍师", "Spotter", "中央洗涤工厂 / 北京顺义 / ¥7.5k–9.5k / 中专及以上",
         [("鉴别污渍和面料，处理血渍、油渍、咖啡渍、霉斑", "Identify and remove difficult stains"),
          ("对高风险衣物出具风险告知单", "Issue risk notices for garments at risk")],
         [("3年以上去渍经验", "3+ years of stain removal"),
          ("持洗衣师（洗染工）中级及以上证书", "Intermediate laundry technician certificate or above"),
          ("无色弱、色盲", "Normal colour vision")]),
    ]
    L = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
         '<title>加入洁澜 | Join Jielan</title>',
         '<style>.job{border:1px solid #ddd;margin:1em;padding:1em} span[lang=en]{color:#888;font-size:.85em}</style>',
         '</head>', '<body>',
         f'<h1>{z("加入洁澜洗护", "Join Jielan Laundry")}</h1>',
         f'<p>{z("我们在北京有30家直营门店和1座中央洗涤工厂。", "30 stores and one central plant in Beijing.")}</p>']
    for jid, zh, en, meta, duties, reqs in jobs:
        L.append(f'<section class="job" id="{jid}">')
        L.append(f'<h3>{z(zh, en)}</h3>')
        L.append(f'<p><small>{meta}</small></p>')
        L.append(f'<h4>{z("你将负责", "What you will do")}</h4>')
        L.append('<ul>')
        for a, b in duties:
            L.append(f'<li>{z(a, b)}</li>')
        L.append('</ul>')
        L.append(f'<h4>{z("我们希望你", "What we look for")}</h4>')
        L.append('<ul>')
        for a, b in reqs:
            L.append(f'<li>{z(a, b)}</li>')
        L.append('</ul>')
        L.append('</section>')
    L += [f'<p>{z("简历请投递 hr@jielan.example，注明应聘岗位。", "Send your CV to hr@jielan.example.")}</p>',
          '</body>', '</html>']
    (OUT / "WS06_加入洁澜.html").write_text("\n".join(L) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------- WS07
def ws07():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    font = "WQY"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    c = canvas.Canvas(str(OUT / "WS07_质检与去渍岗位月度考核表.pdf"), pagesize=A4)
    W, H = A4
    forms = [
        ("质检员月度绩效考核表", "王丽", "质检员", "质检组", "工厂主管",
         [("漏检率", "30%", "≤0.3%", "每超0.1%扣5分", "0.2%", "30"),
          ("出厂错发率", "25%", "≤0.1%", "每发生1件扣5分", "0", "25"),
          ("返工单当班闭环率", "20%", "≥98%", "每低1%扣2分", "97%", "18"),
          ("质量周报按时提交率", "15%", "100%", "迟交1次扣5分", "100%", "15"),
          ("客户质量投诉件数", "10%", "≤3件/月", "每超1件扣3分", "2件", "10")], "98"),
        ("去渍师月度绩效考核表", "赵强", "去渍师", "预处理组", "水洗班长",
         [("去渍成功率", "35%", "≥90%", "每低1%扣3分", "92%", "35"),
          ("去渍造成衣物损伤件数", "25%", "0件", "每发生1件扣10分", "1件", "15"),
          ("风险告知单24小时反馈率", "20%", "100%", "每延误1单扣5分", "100%", "20"),
          ("去渍药剂账物相符率", "10%", "100%", "不符1项扣2分", "100%", "10"),
          ("预处理区5S得分", "10%", "≥90分", "按检查得分折算", "88分", "8")], "88"),
    ]
    for title, who, post, dept, judge, rows, total in forms:
        c.setFont(font, 16)
        c.drawCentredString(W / 2, H - 60, "洁澜洗护连锁　中央洗涤工厂")
        c.drawCentredString(W / 2, H - 85, title)
        c.setFont(font, 10)
        c.drawString(50, H - 115, f"姓名：{who}")
        c.drawString(150, H - 115, f"岗位：{post}")
        c.drawString(260, H - 115, f"部门：{dept}")
        c.drawString(370, H - 115, "考核月份：2025年3月")
        c.drawString(50, H - 132, f"考核人：{judge}　　考核周期：月度　　满分100分")
        xs = [50, 190, 235, 290, 400, 460, 510]
        y = H - 160
        heads = ["考核指标", "权重", "目标值", "评分标准", "实际完成", "得分"]
        c.line(45, y + 14, 550, y + 14)
        for x, hd in zip(xs, heads):
            c.drawString(x, y, hd)
        c.line(45, y - 6, 550, y - 6)
        for row in rows:
            y -= 24
            for x, v in zip(xs, row):
                c.drawString(x, y, v)
            c.line(45, y - 6, 550, y - 6)
        y -= 30
        c.drawString(50, y, f"合计得分：{total}　　　等级：{'A' if int(total) >= 90 else 'B'}")
        y -= 24
        c.drawString(50, y, "被考核人签字：__________　　考核人签字：__________　　日期：2025-04-05")
        y -= 24
        c.drawString(50, y, "说明：本表指标与权重自2025年1月起执行，考核结果与当月绩效工资挂钩。")
        c.showPage()
    c.save()


# ----------------------------------------------------------------------------- WS08
def ws08():
    md = """# 新任门店店长入职30天指南

> 适用：新入职或内部晋升的门店店长。带教人：所属区域督导。试用期3个月，30天末进行一次转正前面谈。

## 第1周：熟悉门店（D1–D7）

| 天 | 要做的事 | 带教人 |
|---|---|---|
| D1 | 办理入职，领取门店钥匙、收银系统和会员系统账号 | 区域督导 |
| D2–D3 | 跟收衣员站前台，学会“验衣七步法”和洗衣单填写 | 资深收衣员 |
| D4 | 跟物流配送员交接一次，了解16:00交接节点 | 物流配送员 |
| D5–D7 | 独立值早班，熟悉营业额日报 | 区域督导 |

## 第2周：管人与排班

| 天 | 要做的事 | 带教人 |
|---|---|---|
| D8 | 学习排班规则，编制下周排班表 | 区域督导 |
| D9–D10 | 与每名收衣员一对一谈话，了解各自情况 | — |
| D11–D14 | 处理第一起顾客投诉，学习理赔流程（单笔3000元以内店长可直接决定，超过报区域督导） | 区域督导 |

## 第3周：经营

- 拆解本月营业目标到早、晚班
- 策划一次会员储值活动
- 参加区域督导召开的月度经营分析会

## 第4周：复盘

- 完成30天工作小结，与区域督导进行转正前面谈
- 熟悉绩效考核指标（见《2025绩效考核指标库》门店KPI）

## 门店里还会遇到的人

- **副店长**：部分大店设置，职责参照店长，具体另定。
- **店面保洁员**：由物业外包，不属于公司编制。
- **客服主管**：在顺义办公楼，负责客服团队，有重大投诉时会联系店长。
"""
    (OUT / "WS08_新店长入职30天指南.md").write_text(md, encoding="utf-8")


# ----------------------------------------------------------------------------- WS09
def ws09():
    txt = """洁澜洗护连锁有限公司文件

洁澜设〔2025〕7号

关于调整设备维修工汇报关系及夜间值班安排的通知

中央洗涤工厂各车间、设备组：
    为缩短设备故障处置链条，经公司研究决定，自2025年5月1日起：
    一、设备维修工改为直接向工厂主管汇报，不再经设备组长（原汇报关系同时废止）；
    二、设备维修工夜间值班由每周轮值3晚调整为每周轮值2晚，值班时间20:00至次日7:00；
    三、夜间值班补贴标准为每晚120元，随当月工资发放。
    附件所列《设备维修工岗位说明书》已按上述调整修订，请遵照执行。

                                        设备组
                                        2025年4月18日

附件：设备维修工岗位说明书（2025年修订）

◎ 岗位名称
        设备维修工
◎ 所属部门
        中央洗涤工厂设备组
◎ 直接上级
        工厂主管（2025年5月1日起）
◎ 工作地点
        顺义区中央洗涤工厂
◎ 工作班次
        常白班8:00-17:00，另每周夜间轮值2晚
◎ 岗位职责
        1. 负责水洗机、干洗机、烘干机、熨烫设备、蒸汽锅炉和空压机的日常点检、保养和维修；
        2. 制定设备年度、月度保养计划并组织实施；
        3. 设备故障时30分钟内到场，重大故障2小时内提出维修方案；
        4. 管理备品备件库存，提出采购申请；
        5. 负责干洗机溶剂回收系统和废水处理前端设备的运行检查；
        6. 建立设备档案，记录维修保养台账。
◎ 学历专业
        中专及以上学历，机电一体化、电气自动化相关专业
◎ 工作经验
        3年以上工业设备维修经验，有洗涤设备或锅炉维修经验者优先
◎ 资格证书
        低压电工作业证（必须持有）；特种设备作业人员证（G1工业锅炉司炉）优先
◎ 考核要点
        设备完好率≥95%；故障响应时间≤30分钟；保养计划完成率100%
"""
    (OUT / "WS09_设备组通知及维修工岗位说明.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))


# ----------------------------------------------------------------------------- WS10
def ws10():
    txt = """洁澜洗护连锁　排班与考勤管理制度（2025年修订）

第一条　本制度适用于公司全体全日制员工。
第二条　班次设置：
　　门店早班　8:30—17:30
　　门店晚班　12:30—21:30
　　工厂早班　7:00—15:00
　　工厂中班　15:00—23:00
　　办公室常白班　9:00—18:00
第三条　员工上下班须在企业微信打卡，迟到15分钟以内每次扣款20元，超过15分钟按旷工半天处理。
第四条　加班须事先经部门负责人在系统中审批，未经审批的不计加班。
第五条　旺季（每年4—5月、10—11月）工厂可实行综合工时，具体安排由工厂主管报人力资源部备案。
第六条　请假三天以内由部门负责人审批，三天以上报人力资源部审批。
第七条　本制度由人力资源部负责解释，自2025年3月1日起施行。
"""
    (OUT / "WS10_排班与考勤管理制度.txt").write_bytes(txt.encode("utf-16"))


if __name__ == "__main__":
    for f in (ws01, ws02, ws03, ws04, ws05, ws06, ws07, ws08, ws09, ws10):
        f()
    print("wrote", sorted(p.name for p in OUT.iterdir()))
