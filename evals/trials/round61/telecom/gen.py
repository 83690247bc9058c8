#!/usr/bin/env python3
"""Round 61 / telecom: 华联通信澄江市分公司 — 10 HR documents of a regional telecom operator branch.

Run: T61_OUT=/tmp/t61telecom/corpus /tmp/genv/bin/python gen.py
Writes the corpus into $T61_OUT and a ground-truth file truth.json beside this script.

Layouts (chosen to differ from earlier rounds):
  01 docx  营业厅岗位说明书: split tables keyed by 岗位编码 (表1 基本信息, 表2 任职要求 with a vertically
           merged 专业 cell), then duties under headings that give the code only ("3.1 YT-01"), a revision note,
           a "略" 权限 part, a post (YT-03) only named; header/footer of a controlled document.
  02 docx  网络运维中心岗位职责与工作标准: one table with a 3-level vertical merge 专业室 | 岗位 | 职责模块 over
           工作内容 | 工作标准 | 频次; 任职条件 table whose 证书 cells hold a nested table 证书 | 要求; a real
           tracked change (w:del/w:ins) on one experience value; a void 2022 appendix.
  03 xlsx  KPI指标库: sheet per line of business, post merged down its block, two-row header with 目标值 split
           城区 | 县乡, a 一票否决 row, a SUM 合计 row; an 指标定义 sheet; a void 2024 sheet.
  04 xlsx  岗位薪酬与班次: grouped header 月度薪酬（元）, shift codes resolved on a second sheet, a void 2024 sheet.
  05 csv   招聘系统导出: org path column, "9-15K·14薪" pay, multi-line duty cells, a closed 2024 row.
  06 html  人才招聘: each post an <h2> over a <table class=kv> and "①②③" duty paragraphs, a sidebar naming a post.
  07 pdf   网格化运营岗位手册: shaded label column grid per post (pypdf reads label and value as separate lines),
           a 网格经理 KPI table, a running header on every page.
  08 md    客服中心新员工手册: "我的岗位" fact table, time-stamped task checklist, shift table, KPI table, a 略 part.
  09 txt   GBK OA 通知 with two 附件 of prose 岗位说明 and an appended 调整 notice.
  10 txt   UTF-16 组织架构与考勤休假制度 (policy; org outline naming posts that are described nowhere).
"""
import csv
import io
import json
import os
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT = Path(os.environ.get("T61_OUT", "/tmp/t61telecom/corpus"))
OUT.mkdir(parents=True, exist_ok=True)
HERE = Path(__file__).resolve().parent
CO = "华联通信澄江市分公司"
truth: dict = {}


def shade(cell, color="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def set_cjk(document):
    st = document.styles["Normal"]
    st.font.name = "宋体"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    st.font.size = Pt(10.5)


# --------------------------------------------------------------------------- 01 docx
def doc01():
    d = docx.Document()
    set_cjk(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{CO}　受控文件　HR-GW-2025-01　第A版"
    sec.footer.paragraphs[0].text = "人力资源部编制　2025年3月发布　未经许可不得复制"
    p = d.add_paragraph()
    r = p.add_run("城区营业部营业厅岗位说明书（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("说明：本说明书按岗位编码编排。表1为岗位基本信息，表2为任职要求，第三部分按岗位编码列示岗位职责。"
                    "岗位编码与岗位名称的对应关系以表1为准。")
    d.add_paragraph("一、岗位基本信息").runs[0].bold = True
    d.add_paragraph("表1　岗位基本信息")
    rows = [
        ["岗位编码", "岗位名称", "所属部门", "直接上级", "直接下属", "定员", "班次"],
        ["YT-01", "营业厅店长", "城区营业部", "营业部经理", "值班长、营业员、终端销售顾问", "每厅1人",
         "常白班9:00-18:00，节假日轮值"],
        ["YT-02", "营业员", "城区营业部", "营业厅店长（值班长协助管理）", "无", "每厅4-8人", "两班倒：早班8:30-15:00，晚班13:00-20:00"],
        ["YT-03", "终端销售顾问", "城区营业部", "营业厅店长", "—", "待定", "—"],
    ]
    t = d.add_table(rows=len(rows), cols=7)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
            if i == 0:
                shade(t.cell(i, j))
    d.add_paragraph("注：YT-03为2025年新设岗位，岗位说明书另行制定，暂由营业员兼任。")
    d.add_paragraph("二、任职要求").runs[0].bold = True
    d.add_paragraph("表2　任职要求")
    rows2 = [
        ["岗位编码", "学历", "专业", "工作经验", "证书", "其他要求"],
        ["YT-01", "大专及以上", "市场营销、通信类专业优先", "3年以上通信营业厅工作经验，其中1年以上值班长或店长经历", "无硬性要求",
         "具备团队管理和现场应变能力，熟悉营业厅业务支撑系统"],
        ["YT-02", "中专/高中及以上", "不限", "无经验可，有服务行业工作经验优先", "无",
         "普通话标准，形象端正，能适应两班倒"],
    ]
    t2 = d.add_table(rows=len(rows2) + 1, cols=6)
    t2.style = "Table Grid"
    for i, row in enumerate(rows2, 1):
        for j, v in enumerate(row):
            if i == 1 and j == 0:
                continue
            t2.cell(i, j).text = v
            if i == 1:
                shade(t2.cell(i, j))
    top = t2.cell(0, 1).merge(t2.cell(0, 5))
    top.text = "任职要求"
    shade(top)
    code = t2.cell(0, 0).merge(t2.cell(1, 0))
    code.text = "岗位编码"
    shade(code)
    p = d.add_paragraph()
    r = p.add_run("〔修订说明 2025-03-10：YT-02学历要求由“大专及以上”调整为“中专/高中及以上”，表2已按调整后要求填写。〕")
    r.font.color.rgb = RGBColor(0xC0, 0, 0)
    r.italic = True
    d.add_paragraph("三、岗位职责").runs[0].bold = True
    d.add_paragraph("3.1　YT-01").runs[0].bold = True
    duties01 = [
        "负责营业厅日常运营管理，组织早班会、晚班会，落实厅店“6S”现场管理标准；",
        "分解并落实营业厅月度业务目标（宽带新装、5G套餐迁转、终端销售、家庭融合），每日跟踪进度；",
        "负责营业员排班、考勤及绩效初评，组织新员工带教与业务培训；",
        "处理厅内客户投诉及突发事件，一般投诉当场闭环，重大投诉2小时内上报营业部经理；",
        "负责营业款、有价卡、终端库存的日清日结管理，每月组织一次全面盘点；",
        "落实实名制登记与反诈风控要求，对异常开卡业务进行复核。",
    ]
    for i, x in enumerate(duties01, 1):
        d.add_paragraph(f"（{i}）{x}")
    d.add_paragraph("岗位权限：略。")
    d.add_paragraph("3.2　YT-02").runs[0].bold = True
    duties02 = [
        "按服务规范受理开户、过户、补换卡、套餐变更、宽带报装等业务；",
        "严格执行实名制“人证一致”核验，留存证件影像资料；",
        "主动向到厅客户推荐5G套餐、家庭宽带及智能终端，完成个人营销任务；",
        "负责个人营业款日结、发票开具及业务单据装订归档；",
        "做好厅内客户引导、分流及等候区秩序维护。",
    ]
    for i, x in enumerate(duties02, 1):
        d.add_paragraph(f"（{i}）{x}")
    d.add_paragraph("3.3　YT-03").runs[0].bold = True
    d.add_paragraph("（另行制定）")
    d.save(OUT / "01_营业厅岗位说明书（2025版）.docx")
    truth["01"] = {
        "营业厅店长": {"code": "YT-01", "department": "城区营业部", "reports_to": "营业部经理",
                   "subordinates": "值班长、营业员、终端销售顾问", "shift": "常白班9:00-18:00，节假日轮值",
                   "education": "大专及以上", "major": "市场营销、通信类专业优先",
                   "experience": rows2[1][3], "certificate": "无硬性要求", "duties": duties01, "权限": "略"},
        "营业员": {"code": "YT-02", "department": "城区营业部", "reports_to": "营业厅店长", "subordinates": "无",
                "shift": rows[2][6], "education": "中专/高中及以上（2025-03修订，原大专及以上）", "major": "不限",
                "experience": rows2[2][3], "certificate": "无", "duties": duties02},
        "终端销售顾问": "named only (YT-03, 另行制定)",
    }


# --------------------------------------------------------------------------- 02 docx
def tracked_paragraph(cell_or_doc, before, deleted, inserted, after):
    """A paragraph with a real tracked change: deleted run + inserted run."""
    p = cell_or_doc.add_paragraph()
    p.add_run(before)
    pe = p._p
    dl = OxmlElement("w:del")
    dl.set(qn("w:id"), "1")
    dl.set(qn("w:author"), "HR-张敏")
    dl.set(qn("w:date"), "2025-02-18T10:00:00Z")
    r = OxmlElement("w:r")
    dt = OxmlElement("w:delText")
    dt.text = deleted
    r.append(dt)
    dl.append(r)
    pe.append(dl)
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "2")
    ins.set(qn("w:author"), "HR-张敏")
    ins.set(qn("w:date"), "2025-02-18T10:00:00Z")
    r2 = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = inserted
    r2.append(t)
    ins.append(r2)
    pe.append(ins)
    p.add_run(after)
    return p


NET_DUTIES = [
    # (专业室, 岗位, 模块, 工作内容, 工作标准, 频次)
    ("无线维护室", "基站维护工程师", "日常巡检", "按周期巡检宏基站、室分站点，检查主设备、电源、空调、蓄电池运行状态",
     "巡检记录上传运维系统，问题当场处理或派单", "每站每季度1次"),
    ("无线维护室", "基站维护工程师", "故障处理", "接收网管告警及故障工单，赶赴现场排除基站退服、传输中断等故障",
     "30分钟内响应，城区2小时、农村4小时内到达现场", "每日"),
    ("无线维护室", "基站维护工程师", "代维管理", "监督代维单位作业质量，审核代维工单及费用结算",
     "抽查比例不低于代维工单的10%", "每月"),
    ("无线维护室", "基站维护工程师", "隐患整治", "组织天馈系统、防雷接地、机房漏水等隐患排查与整治",
     "隐患闭环率100%", "每半年"),
    ("网络优化室", "网络优化工程师", "性能分析", "分析掉线率、切换成功率、RRC建立成功率等指标，输出TOP差小区清单",
     "TOP差小区当周制定优化方案", "每日"),
    ("网络优化室", "网络优化工程师", "测试评估", "组织城区道路DT测试和重点场所CQT测试，评估覆盖与质量",
     "测试报告3个工作日内提交", "每月"),
    ("网络优化室", "网络优化工程师", "参数优化", "制定并实施邻区、功率、切换门限等参数调整方案",
     "调整前后指标对比留档", "按需"),
    ("网络优化室", "网络优化工程师", "投诉支撑", "处理网络质量类客户投诉，现场测试定位问题原因",
     "48小时内给出处理结论", "按需"),
    ("传输线路室", "线路巡检员", "线路巡查", "按巡检计划徒步或驾车巡查光缆线路、杆路及人手井",
     "重点段每周1次，一般段每月2次", "每周/每月"),
    ("传输线路室", "线路巡检员", "外力防护", "发现施工挖掘等外力隐患时现场设置警示标识，向施工方宣传护线",
     "当日上报线路班长", "按需"),
    ("传输线路室", "线路巡检员", "资料维护", "更新线路资源台账、标石及杆路信息，拍照留存",
     "台账与现场一致率100%", "每月"),
    ("装维服务部", "装维工程师", "装机", "按预约时间上门安装光猫、机顶盒、FTTR等家庭宽带设备",
     "装机当日完成率≥95%", "每日"),
    ("装维服务部", "装维工程师", "修障", "处理宽带、IPTV故障工单，更换故障终端",
     "城区24小时内修复，农村48小时内修复", "每日"),
    ("装维服务部", "装维工程师", "随销", "上门服务时向客户推荐千兆宽带、FTTR、智能组网等业务",
     "每月随销不少于10笔", "每日"),
    ("装维服务部", "装维工程师", "服务规范", "上门穿工装、戴鞋套，完工后清理现场并邀请客户评价",
     "上门服务满意度≥98%", "每次上门"),
]

NET_QUAL = {
    "基站维护工程师": {"学历": "大专及以上", "专业": "通信工程、电子信息类", "经验": None,
                "证书": [("特种作业操作证（高处作业）", "必备"), ("特种作业操作证（低压电工作业）", "必备")],
                "上级": "无线维护室主任", "地点": "驻城东维护站，负责澄江市辖区基站"},
    "网络优化工程师": {"学历": "本科及以上", "专业": "通信工程、电子信息、计算机类",
                "经验": "2年以上4G/5G无线网络优化经验",
                "证书": [("华为或中兴5G网络优化认证", "优先")], "上级": "网络优化室主任", "地点": "分公司本部"},
    "线路巡检员": {"学历": "高中/中专及以上", "专业": "不限", "经验": "1年以上户外线路维护工作经验",
              "证书": [("登高证", "必备"), ("C1机动车驾驶证", "必备")],
              "上级": "线路班长", "地点": "城西线路维护站"},
    "装维工程师": {"学历": "中专及以上", "专业": "通信、电子、计算机类", "经验": "1年以上宽带装维或弱电施工经验",
              "证书": [("低压电工证", "必备"), ("高处作业证", "必备")],
              "上级": "装维班长", "地点": "各装维片区（城区4个片区、临水县2个片区）"},
}


def doc02():
    d = docx.Document()
    set_cjk(d)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "网络运维中心　岗位职责与工作标准　NOC-HR-02"
    sec.footer.paragraphs[0].text = f"{CO}人力资源部　2025年2月修订"
    p = d.add_paragraph()
    r = p.add_run("网络运维中心岗位职责与工作标准")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph("本标准适用于网络运维中心下设的无线维护室、网络优化室、传输线路室和装维服务部。"
                    "各岗位的考核指标见《KPI指标库》，薪酬见《岗位薪酬与班次》。")
    d.add_paragraph("一、岗位职责与工作标准").runs[0].bold = True
    t = d.add_table(rows=1 + len(NET_DUTIES), cols=6)
    t.style = "Table Grid"
    for j, h in enumerate(["专业室", "岗位", "职责模块", "工作内容", "工作标准", "频次"]):
        t.cell(0, j).text = h
        shade(t.cell(0, j))
    for i, row in enumerate(NET_DUTIES, 1):
        for j in range(3, 6):
            t.cell(i, j).text = row[j]
        t.cell(i, 2).text = row[2]
    # vertical merges for 专业室 and 岗位 (3-level hierarchy; 模块 each one row here)
    def merge_col(col, key):
        start = 1
        while start <= len(NET_DUTIES):
            end = start
            while end + 1 <= len(NET_DUTIES) and key(NET_DUTIES[end]) == key(NET_DUTIES[start - 1]):
                end += 1
            c = t.cell(start, col)
            if end > start:
                c = c.merge(t.cell(end, col))
            c.text = NET_DUTIES[start - 1][col]
            start = end + 1
    merge_col(0, lambda r: r[0])
    merge_col(1, lambda r: r[1])

    d.add_paragraph("二、任职条件").runs[0].bold = True
    qt = d.add_table(rows=1 + len(NET_QUAL), cols=6)
    qt.style = "Table Grid"
    for j, h in enumerate(["岗位", "直接上级", "学历", "专业", "工作经验", "证书要求"]):
        qt.cell(0, j).text = h
        shade(qt.cell(0, j))
    for i, (post, q) in enumerate(NET_QUAL.items(), 1):
        qt.cell(i, 0).text = post
        qt.cell(i, 1).text = q["上级"]
        qt.cell(i, 2).text = q["学历"]
        qt.cell(i, 3).text = q["专业"]
        if q["经验"] is None:
            c = qt.cell(i, 4)
            c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
            tracked_paragraph(c, "", "3年以上", "2年以上", "基站或传输设备维护经验")
        else:
            qt.cell(i, 4).text = q["经验"]
        c = qt.cell(i, 5)
        c.text = ""
        nt = c.add_table(rows=1 + len(q["证书"]), cols=2)
        nt.style = "Table Grid"
        nt.cell(0, 0).text = "证书名称"
        nt.cell(0, 1).text = "要求"
        for k, (nm, rq) in enumerate(q["证书"], 1):
            nt.cell(k, 0).text = nm
            nt.cell(k, 1).text = rq
    d.add_paragraph("三、工作地点")
    for post, q in NET_QUAL.items():
        d.add_paragraph(f"{post}：{q['地点']}。")
    d.add_paragraph("四、安全生产职责").runs[0].bold = True
    d.add_paragraph("略（见《网络运维中心安全生产责任制》）。")
    d.add_page_break()
    d.add_paragraph("附录A　2022版网络优化工程师任职条件（已废止，仅供查阅）").runs[0].bold = True
    at = d.add_table(rows=2, cols=4)
    at.style = "Table Grid"
    for j, (h, v) in enumerate([("学历", "大专及以上"), ("专业", "通信类"), ("工作经验", "3年以上网络优化经验"),
                                ("证书", "无")]):
        at.cell(0, j).text = h
        at.cell(1, j).text = v
    d.save(OUT / "02_网络运维中心岗位职责与工作标准.docx")
    tr = {}
    for row in NET_DUTIES:
        tr.setdefault(row[1], {"department": row[0], "duties": []})["duties"].append(row[2:])
    for post, q in NET_QUAL.items():
        tr[post].update(q)
    tr["基站维护工程师"]["经验"] = "2年以上基站或传输设备维护经验（tracked: 3年以上 deleted, 2年以上 inserted）"
    tr["void"] = "附录A 2022版网络优化工程师: 大专及以上, 3年以上 — 已废止"
    truth["02"] = tr


# --------------------------------------------------------------------------- 03 xlsx KPI
KPI = {
    "营业厅": {
        "营业厅店长": [
            ("厅店业务收入完成率", "当月厅店业务收入÷月度收入目标×100%", 0.30, "100%", "100%", "每低1个百分点扣1分", "经营分析系统"),
            ("5G套餐迁转量", "当月办理5G套餐迁转的用户数", 0.20, "300户", "150户", "按完成比例得分，最高120%", "BSS系统"),
            ("宽带新装量", "当月竣工的家庭宽带新装数", 0.20, "120户", "80户", "按完成比例得分", "装维调度系统"),
            ("客户满意度", "第三方暗访及短信测评得分", 0.15, "≥95分", "≥93分", "每低1分扣2分", "客户满意度测评"),
            ("服务投诉率", "厅店服务类投诉量÷到厅客户量", 0.15, "≤0.5‰", "≤0.8‰", "每超0.1‰扣3分", "投诉管理系统"),
            ("违规开卡（一票否决）", "发生不实名或代办违规开卡事件", None, "0起", "0起", "发生即当月考核为零", "稽核通报"),
        ],
        "营业员": [
            ("个人业务受理量", "当月个人受理的有效业务笔数", 0.30, "600笔", "400笔", "按完成比例得分", "BSS系统"),
            ("终端销售台数", "当月个人销售的手机及智能终端台数", 0.20, "40台", "25台", "每少1台扣0.5分", "终端进销存系统"),
            ("5G套餐办理量", "当月个人办理的5G套餐新增及迁转数", 0.20, "80户", "50户", "按完成比例得分", "BSS系统"),
            ("服务质检得分", "录音录像质检平均分", 0.20, "≥95分", "≥95分", "每低1分扣1分", "服务质检平台"),
            ("业务差错率", "差错业务笔数÷受理总笔数", 0.10, "≤0.3%", "≤0.3%", "每超0.1个百分点扣2分", "稽核通报"),
        ],
    },
    "装维与网络": {
        "装维工程师": [
            ("装机及时率", "按预约时间完成装机的工单÷装机工单总数", 0.25, "≥98%", "≥95%", "每低1个百分点扣1分", "装维调度系统"),
            ("故障修复及时率", "时限内修复的故障工单÷故障工单总数", 0.25, "≥95%", "≥92%", "每低1个百分点扣1分", "装维调度系统"),
            ("一次修复率", "7日内未重复报障的修复工单占比", 0.15, "≥90%", "≥88%", "每低1个百分点扣0.5分", "装维调度系统"),
            ("上门服务满意度", "完工后短信回访满意率", 0.20, "≥98%", "≥97%", "每低1个百分点扣2分", "回访系统"),
            ("随销业务量", "上门随销成功的业务笔数", 0.15, "10笔", "8笔", "按完成比例得分", "BSS系统"),
        ],
        "基站维护工程师": [
            ("基站退服时长", "辖区基站月度累计退服时长÷基站数", 0.30, "≤15分钟/站", "≤25分钟/站", "每超5分钟扣2分", "网管系统"),
            ("故障处理及时率", "时限内到场并恢复的故障工单占比", 0.30, "≥98%", "≥95%", "每低1个百分点扣1分", "工单系统"),
            ("巡检完成率", "完成巡检站点数÷计划巡检站点数", 0.20, "100%", "100%", "每少1站扣1分", "运维系统"),
            ("隐患整治完成率", "按期整治隐患数÷发现隐患数", 0.20, "100%", "100%", "每项逾期扣2分", "运维系统"),
        ],
        "网络优化工程师": [
            ("无线掉线率", "掉线次数÷业务建立成功次数", 0.25, "≤0.15%", "≤0.20%", "每超0.01个百分点扣1分", "网管系统"),
            ("切换成功率", "切换成功次数÷切换请求次数", 0.20, "≥99%", "≥98.5%", "每低0.1个百分点扣1分", "网管系统"),
            ("5G驻留比", "5G网络驻留时长÷终端总在网时长", 0.20, "≥85%", "≥75%", "每低1个百分点扣1分", "网管系统"),
            ("网络投诉处理及时率", "48小时内给出结论的网络投诉占比", 0.20, "100%", "100%", "每件超时扣2分", "投诉管理系统"),
            ("优化方案实施数", "当月实施并验证的优化方案数", 0.15, "8项", "5项", "按完成比例得分", "优化台账"),
        ],
    },
    "政企": {
        "政企客户经理": [
            ("新签合同额完成率", "当月新签合同额÷月度目标×100%", 0.35, "100%", "100%", "按完成比例得分，最高130%", "CRM系统"),
            ("政企收入完成率", "所辖客户当月出账收入÷收入目标", 0.25, "100%", "100%", "每低1个百分点扣1分", "经营分析系统"),
            ("项目回款率", "当期实际回款÷应收款", 0.20, "≥95%", "≥95%", "每低1个百分点扣1分", "财务系统"),
            ("客户拜访量", "CRM登记的有效拜访次数", 0.10, "30次", "20次", "每少1次扣0.5分", "CRM系统"),
            ("重点客户流失数", "所辖重点客户离网或转网户数", 0.10, "0户", "0户", "每流失1户扣5分", "CRM系统"),
        ],
    },
}
KPI_2024 = [("营业厅店长", "业务收入完成率", "40%"), ("营业厅店长", "新增用户数", "30%"),
            ("营业厅店长", "服务满意度", "30%"), ("营业员", "业务受理笔数", "50%"), ("营业员", "质检得分", "50%")]


def xlsx03():
    wb = Workbook()
    ws = wb.active
    ws.title = "使用说明"
    notes = ["《KPI指标库》（2025年版）使用说明",
             "1. 本指标库适用于分公司营业厅、装维、网络、政企条线一线岗位的月度绩效考核。",
             "2. 目标值分城区和县乡两档，按员工所在单位取值。",
             "3. 一票否决项不占权重，发生即当月考核结果为零。",
             "4. 客服代表、网格经理的考核办法分别见《客服中心新员工手册》和《网格化运营岗位手册》。",
             "5. “2024版（停用）”工作表仅供对照，自2025年1月起停止使用。"]
    for i, n in enumerate(notes, 1):
        ws.cell(i, 1, n)
    ws.column_dimensions["A"].width = 90
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for sheet, posts in KPI.items():
        s = wb.create_sheet(sheet)
        s.cell(1, 1, f"{sheet}条线岗位月度KPI考核表（2025版）").font = Font(bold=True, size=13)
        s.merge_cells(start_row=1, start_column=1, end_row=1, end_column=9)
        hdr = ["考核岗位", "序号", "指标名称", "指标定义/计算公式", "权重", "目标值", None, "计分规则", "数据来源"]
        for j, h in enumerate(hdr, 1):
            if h:
                c = s.cell(2, j, h)
                c.font = bold
                c.fill = fill
        s.cell(3, 6, "城区").font = bold
        s.cell(3, 7, "县乡").font = bold
        s.merge_cells(start_row=2, start_column=6, end_row=2, end_column=7)
        for j in (1, 2, 3, 4, 5, 8, 9):
            s.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
        r = 4
        for post, inds in posts.items():
            start = r
            for k, (nm, df, w, t1, t2, rule, src) in enumerate(inds, 1):
                s.cell(r, 2, k)
                s.cell(r, 3, nm)
                s.cell(r, 4, df)
                if w is None:
                    s.cell(r, 5, "否决项")
                else:
                    c = s.cell(r, 5, w)
                    c.number_format = "0%"
                s.cell(r, 6, t1)
                s.cell(r, 7, t2)
                s.cell(r, 8, rule)
                s.cell(r, 9, src)
                r += 1
            s.cell(r, 3, "权重合计")
            c = s.cell(r, 5, f"=SUM(E{start}:E{r - 1})")
            c.number_format = "0%"
            s.cell(start, 1, post)
            s.merge_cells(start_row=start, start_column=1, end_row=r, end_column=1)
            s.cell(start, 1).alignment = Alignment(vertical="center")
            r += 2
        for col, w in zip("ABCDEFGHI", (14, 6, 22, 40, 8, 12, 12, 26, 16)):
            s.column_dimensions[col].width = w
    d = wb.create_sheet("指标定义")
    d.append(["指标名称", "口径说明", "统计周期", "责任部门"])
    d.append(["5G套餐迁转量", "4G套餐用户迁转至5G套餐并出账的户数，同一用户当月只计1次", "月", "市场经营部"])
    d.append(["一次修复率", "故障修复后7日内同一宽带账号未再次报障的工单占比", "月", "网络运维中心"])
    d.append(["5G驻留比", "5G终端在5G网络的驻留时长占比，剔除室内无覆盖区域", "月", "网络运维中心"])
    d.append(["项目回款率", "按合同约定应于当期回款的金额中实际到账的比例", "季度", "政企客户部"])
    old = wb.create_sheet("2024版（停用）")
    old.append(["2024版岗位KPI（已停用，自2025年1月起以新版为准）"])
    old.append(["考核岗位", "指标名称", "权重"])
    for row in KPI_2024:
        old.append(list(row))
    wb.save(OUT / "03_KPI指标库（2025版）.xlsx")
    truth["03"] = {"current": {p: [(i[0], i[2], i[3], i[4]) for i in inds] for s in KPI.values() for p, inds in s.items()},
                   "void_2024": KPI_2024}


# --------------------------------------------------------------------------- 04 xlsx pay
PAY = [
    # post, 岗级, 基本工资, 绩效基数, 月薪区间, 地点, 班次代码
    ("营业厅店长", "P5", 4500, 3500, "7000-10000", "各城区营业厅", "A"),
    ("营业员", "P2", 2800, 2200, "4500-6500", "各城区营业厅", "B"),
    ("装维工程师", "P3", 3000, 3000, "6000-9000", "各装维片区", "C"),
    ("网格经理", "P5", 4500, 4000, "8000-12000", "所辖网格", "A"),
    ("政企客户经理", "P5", 5000, 4000, "9000-15000", "分公司本部", "A"),
    ("基站维护工程师", "P4", 4000, 3000, "7000-10000", "城东维护站", "E"),
    ("网络优化工程师", "P5", 5000, 3500, "8500-12000", "分公司本部", "A"),
    ("客服代表", "P2", 2600, 2400, "4500-6000", "客服大楼", "D"),
    ("渠道经理", "P4", 4200, 3300, "7000-10000", "分公司本部", "A"),
    ("线路巡检员", "P2", 2800, 2200, "5000-6500", "城西线路维护站", "C"),
    ("数据分析师", "P5", 5200, 3800, "10000-16000", "分公司本部", "A"),
    ("综合文员", "P2", 2800, 1700, "4500-5500", "分公司本部", "A"),
]
SHIFTS = [("A", "常白班", "9:00-18:00，周末双休（营业厅店长节假日轮值）"),
          ("B", "两班倒", "早班8:30-15:00，晚班13:00-20:00"),
          ("C", "做六休一", "8:30-18:00，预约单可延至20:00"),
          ("D", "四班三运转", "早班8:00-16:30，中班12:00-20:30，晚班16:00-24:00，夜班0:00-8:00"),
          ("E", "白班+应急值守", "白班8:30-17:30，另每月夜间应急值守4-6次")]


def xlsx04():
    wb = Workbook()
    ws = wb.active
    ws.title = "岗位薪酬（2025）"
    ws.cell(1, 1, f"{CO}一线岗位薪酬带宽及工作安排（2025年度）").font = Font(bold=True, size=13)
    ws.merge_cells("A1:H1")
    hdr = ["序号", "岗位", "岗级", "月度薪酬（元）", None, None, "工作地点", "班次代码"]
    for j, h in enumerate(hdr, 1):
        if h:
            ws.cell(2, j, h).font = Font(bold=True)
    ws.merge_cells("D2:F2")
    for j, h in ((4, "基本工资"), (5, "绩效工资基数"), (6, "月薪区间（税前）")):
        ws.cell(3, j, h).font = Font(bold=True)
    for j in (1, 2, 3, 7, 8):
        ws.merge_cells(start_row=2, start_column=j, end_row=3, end_column=j)
    for i, row in enumerate(PAY, 1):
        ws.append([i] + list(row))
    ws.append([])
    ws.append(["注：月薪区间含绩效工资，按月度KPI考核结果浮动；班次代码含义见“班次代码”工作表。"])
    s2 = wb.create_sheet("班次代码")
    s2.append(["代码", "班次名称", "时间安排"])
    for r in SHIFTS:
        s2.append(list(r))
    s3 = wb.create_sheet("2024（停用）")
    s3.append(["2024年度薪酬带宽（已停用）"])
    s3.append(["岗位", "月薪区间（元）"])
    for r in [("营业员", "4000-5500"), ("客服代表", "4000-5200"), ("政企客户经理", "8000-12000")]:
        s3.append(list(r))
    wb.save(OUT / "04_岗位薪酬与班次.xlsx")
    truth["04"] = {"pay": PAY, "shifts": SHIFTS, "void_2024": "营业员4000-5500 客服代表4000-5200 政企8000-12000"}


# --------------------------------------------------------------------------- 05 csv
CSV_ROWS = [
    ["职位ID", "职位名称", "招聘单位路径", "工作城市", "薪资范围", "学历要求", "经验要求", "岗位职责", "任职要求", "招聘人数", "状态", "发布日期"],
    ["ZP2025-031", "政企客户经理", f"华联通信/{CO[4:]}/政企客户部", "澄江市", "9-15K·14薪", "本科及以上", "3年以上",
     "1. 负责政务、教育、医疗等行业客户的关系维护与需求挖掘；\n2. 推进专线、云网、IDC及ICT集成项目的方案制定、投标与签约；\n"
     "3. 完成个人年度收入及新签合同额指标；\n4. 协调售前、交付团队，保障项目按期上线并跟进回款。",
     "1. 本科及以上学历，市场营销、通信、计算机相关专业；\n2. 3年以上政企或大客户销售经验；\n3. 持C1驾照，能适应短途出差。",
     "2", "招聘中", "2025-04-08"],
    ["ZP2025-033", "渠道经理", f"华联通信/{CO[4:]}/渠道运营中心", "澄江市", "7-10K·13薪", "本科及以上", "2年以上",
     "1. 负责辖区社会渠道网点的拓展、签约与退出管理；\n2. 核算并审核代理酬金；\n3. 开展渠道巡店与督导。",
     "1. 本科及以上学历，市场营销、工商管理等专业；\n2. 2年以上渠道管理经验；\n3. 持C1驾照。",
     "1", "招聘中", "2025-04-08"],
    ["ZP2025-035", "数据分析师", f"华联通信/{CO[4:]}/市场经营部", "澄江市", "10-16K·14薪", "本科及以上", "2年以上",
     "1. 搭建经营分析指标体系，出具日报、周报、月报；\n2. 开展用户画像与离网预警建模；\n3. 支撑营销活动效果评估。",
     "1. 统计学、数学、计算机类专业；\n2. 熟练使用SQL、Python；\n3. 2年以上数据分析经验，有运营商经验优先。",
     "1", "招聘中", "2025-04-10"],
    ["ZP2025-040", "装维工程师", f"华联通信/{CO[4:]}/网络运维中心/装维服务部", "澄江市/临水县", "6-9K", "中专及以上", "1年以上",
     "1. 上门安装家庭宽带、IPTV、FTTR设备；\n2. 处理宽带故障工单；\n3. 上门随销千兆宽带等业务。",
     "1. 中专及以上学历；\n2. 1年以上宽带装维或弱电施工经验；\n3. 持低压电工作业证、高处作业证。",
     "6", "招聘中", "2025-04-15"],
    ["ZP2024-118", "政企客户经理", f"华联通信/{CO[4:]}/政企客户部", "澄江市", "8-12K·13薪", "大专及以上", "2年以上",
     "1. 负责行业客户维护；\n2. 完成收入指标。", "1. 大专及以上；\n2. 2年以上销售经验。", "1", "已关闭", "2024-09-02"],
]


def csv05():
    with open(OUT / "05_社会招聘岗位导出_2025Q2.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        for r in CSV_ROWS:
            w.writerow(r)
    truth["05"] = {r[1] + "/" + r[0]: dict(zip(CSV_ROWS[0], r)) for r in CSV_ROWS[1:]}


# --------------------------------------------------------------------------- 06 html
HTML_POSTS = [
    ("政企客户经理", [("所属部门", "政企客户部"), ("直接上级", "政企客户部经理"), ("工作地点", "澄江市滨江路88号分公司本部"),
                 ("学历", "本科及以上"), ("招聘人数", "2人")],
     ["负责政务、教育、医疗等行业客户的关系维护与需求挖掘，建立客户档案；",
      "推进专线、云网、IDC及ICT集成项目的方案制定、投标与签约；",
      "完成个人年度收入及新签合同额指标；",
      "协调售前、交付团队，保障项目按期上线并跟进回款；",
      "每月走访重点客户不少于30次，及时掌握客户信息化需求。"],
     ["市场营销、通信、计算机相关专业；", "3年以上政企或大客户销售经验；", "持C1驾照，能适应短途出差。"]),
    ("网络优化工程师", [("所属部门", "网络运维中心网络优化室"), ("直接上级", "网络优化室主任"), ("工作地点", "分公司本部"),
                  ("学历", "本科及以上"), ("招聘人数", "1人")],
     ["负责4G/5G无线网络性能分析与优化；", "组织DT/CQT测试并输出评估报告；", "处理网络质量类投诉。"],
     ["通信工程、电子信息、计算机类专业；", "2年以上4G/5G无线网络优化经验；", "持华为或中兴5G网络优化认证者优先。"]),
    ("客服代表", [("所属部门", "客户服务中心"), ("直接上级", "客服班组长"), ("工作地点", "澄江市客服大楼"),
               ("学历", "大专及以上"), ("招聘人数", "15人")],
     ["接听客户来电，解答话费、套餐及业务规则咨询；", "受理业务办理及投诉登记，规范生成工单；", "完成外呼回访任务。"],
     ["普通话二级乙等及以上；", "打字速度每分钟50字以上；", "能适应四班三运转。"]),
]


def html06():
    circ = "①②③④⑤⑥"
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
             f"<title>人才招聘 - {CO}</title>",
             "<style>.kv th{background:#eef;text-align:left}.side{float:right;width:200px}</style>", "</head>", "<body>",
             '<nav class="top"><a href="/">首页</a> | <a href="/about">关于我们</a> | <a href="/jobs">人才招聘</a></nav>',
             '<aside class="side">', "<h3>热招岗位</h3>", "<ul>", "<li>政企客户经理</li>", "<li>网络优化工程师</li>",
             "<li>客服代表</li>", "<li>铁塔协调专员（即将发布）</li>", "</ul>", "</aside>", "<main>",
             f"<h1>{CO} 2025年人才招聘</h1>", "<p>欢迎有志于数字经济的你加入我们！请将简历发送至 hr@hltx-cj.example.cn。</p>"]
    for name, facts, duties, reqs in HTML_POSTS:
        parts.append(f'<section class="job" id="{name}">')
        parts.append(f"<h2>{name}</h2>")
        parts.append('<table class="kv">')
        for k, v in facts:
            parts.append(f"<tr><th>{k}</th><td>{v}</td></tr>")
        parts.append("</table>")
        parts.append("<h4>岗位职责</h4>")
        for i, x in enumerate(duties):
            parts.append(f"<p>{circ[i]}{x}</p>")
        parts.append("<h4>任职要求</h4>")
        for i, x in enumerate(reqs):
            parts.append(f"<p>{circ[i]}{x}</p>")
        parts.append("</section>")
    parts += ["</main>", '<footer>© 2025 华联通信 版权所有 | 备案号：澄ICP备00000000号</footer>', "</body>", "</html>"]
    (OUT / "06_人才招聘.html").write_text("\n".join(parts) + "\n", encoding="utf-8")
    truth["06"] = {n: {"facts": dict(f), "duties": d_, "reqs": r_} for n, f, d_, r_ in HTML_POSTS}


# --------------------------------------------------------------------------- 07 pdf
GRID = {
    "网格经理": {
        "facts": [("岗位名称", "网格经理"), ("所属部门", "城区营业部（按网格设置，每个网格1名）"),
                  ("直接上级", "区县分公司分管副经理"), ("直接下属", "网格内社区经理；对装维人员、代理渠道为业务指导关系"),
                  ("学历", "大专及以上"), ("工作经验", "3年以上市场营销或渠道管理经验"), ("工作地点", "所辖网格（驻网格内营业厅）")],
        "duties": ["作为网格“CEO”，对网格内收入、用户发展和存量保有负总责；",
                   "建立网格内楼宇、小区、沿街商铺等资源清单，实施“一格一策”；",
                   "统筹网格内营业厅、代理渠道和装维人员开展营销活动；",
                   "负责网格内小微商客的走访与拓展，每月新拓商客不少于20户；",
                   "每周召开网格例会，分析经营数据，督办问题整改；",
                   "收集竞争对手动态，按周报送网格竞争情况。"],
    },
    "渠道经理": {
        "facts": [("岗位名称", "渠道经理"), ("所属部门", "渠道运营中心"), ("直接上级", "渠道运营中心主任"),
                  ("直接下属", "无（对社会渠道网点进行管理）"), ("学历", "本科及以上"),
                  ("工作经验", "2年以上渠道管理经验"), ("工作地点", "分公司本部，需经常外出巡店")],
        "duties": ["负责辖区社会渠道（代理店、便利店、手机卖场）的拓展、签约与退出管理；",
                   "制定渠道酬金政策落地方案，按月核算并审核代理酬金；",
                   "开展渠道巡店，每月对每个核心网点巡访不少于2次；",
                   "组织渠道业务培训与督导，检查实名制执行情况和违规行为；",
                   "分析渠道产能，对低产网点提出整改或清退建议。"],
    },
}
GRID_KPI = [("网格收入完成率", "30%", "100%"), ("宽带净增量", "20%", "按网格下达"), ("5G套餐渗透率提升", "15%", "每季度提升1.5个百分点"),
            ("商客拓展数", "15%", "每月20户"), ("存量用户离网率", "10%", "≤1.2%"), ("网格服务投诉率", "10%", "≤万分之三")]


def pdf07():
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = "WQY"
    fp = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
    if os.path.exists(fp):
        pdfmetrics.registerFont(TTFont(font, fp, subfontIndex=0))
    else:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        font = "STSong-Light"
        pdfmetrics.registerFont(UnicodeCIDFont(font))
    st = ParagraphStyle("n", fontName=font, fontSize=10.5, leading=16)
    h1 = ParagraphStyle("h1", fontName=font, fontSize=15, leading=22, alignment=1)
    h2 = ParagraphStyle("h2", fontName=font, fontSize=12, leading=18, spaceBefore=8)
    state = {"post": "网格化运营岗位手册"}

    def on_page(c, doc):
        c.setFont(font, 8)
        c.drawString(40, A4[1] - 30, f"{CO}　网格化运营岗位手册　｜　{state['post']}")
        c.drawString(A4[0] / 2 - 20, 25, f"第 {doc.page} 页")

    story = [Paragraph("网格化运营岗位手册（2025年版）", h1), Spacer(1, 8),
             Paragraph("为深化网格化运营改革，分公司以网格为基本经营单元，明确网格经理和渠道经理的岗位设置、"
                       "职责与考核。本手册由市场经营部、人力资源部联合编制。", st)]
    for post, g in GRID.items():
        story.append(Paragraph(f"{'一' if post == '网格经理' else '二'}、{post}岗位说明", h2))
        data = [[k, v] for k, v in g["facts"]]
        t = Table(data, colWidths=[90, 360])
        t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDDDDD")),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
        story.append(t)
        story.append(Paragraph("岗位职责：", st))
        for i, x in enumerate(g["duties"], 1):
            story.append(Paragraph(f"{i}. {x}", st))
        if post == "网格经理":
            story.append(Paragraph("网格经理月度考核指标：", h2))
            kd = [["序号", "考核指标", "权重", "目标值"]] + [[str(i), a, b, c_] for i, (a, b, c_) in enumerate(GRID_KPI, 1)]
            kt = Table(kd, colWidths=[40, 180, 60, 170])
            kt.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 10),
                                    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
                                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
            story.append(kt)
            story.append(Paragraph("考核结果与网格经理月度绩效工资挂钩，连续两个季度考核排名末位的网格经理调整岗位。", st))
            story.append(PageBreak())
    story.append(Paragraph("三、网格划分与管理规则", h2))
    story.append(Paragraph("网格按“城区以街道、县乡以乡镇”为原则划分，网格调整须报分公司经营分析会审定。"
                           "网格经理的任免由区县分公司提名、分公司人力资源部审核。", st))
    doc = SimpleDocTemplate(str(OUT / "07_网格化运营岗位手册.pdf"), pagesize=A4, topMargin=50, bottomMargin=45)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    truth["07"] = {"posts": GRID, "网格经理KPI": GRID_KPI}


# --------------------------------------------------------------------------- 08 md
def md08():
    txt = f"""# 客户服务中心新员工手册（热线客服）

> 适用对象：{CO}客户服务中心新入职客服代表。本手册由客户服务中心综合组维护，最近更新：2025-05。

## 1. 欢迎加入

客户服务中心负责全市热线咨询、业务受理、投诉处理和外呼回访，下设热线一部、热线二部和质检组。

## 2. 我的岗位：客服代表

| 项目 | 说明 |
|---|---|
| 岗位名称 | 客服代表（话务员） |
| 所属部门 | 客户服务中心热线一部/热线二部 |
| 直接上级 | 客服班组长 |
| 学历要求 | 大专及以上 |
| 专业要求 | 不限 |
| 技能要求 | 普通话二级乙等及以上；打字每分钟50字以上 |
| 工作地点 | 澄江市客服大楼3楼 |
| 班次 | 四班三运转（见第4节） |

## 3. 我每天要做的事

- [ ] 提前15分钟到岗，签到并参加班前会，了解当日业务通知和热点问题
- [ ] 接听客户来电，解答话费、套餐、流量及业务规则咨询
- [ ] 受理业务办理、投诉登记，按规范生成工单并跟踪处理进度
- [ ] 准确填写通话小结，确保工单要素完整、分类正确
- [ ] 完成班组下发的外呼回访任务
- [ ] 参加质检辅导，按周复盘自己的录音

## 4. 班次安排

| 班次 | 时间 | 说明 |
|---|---|---|
| 早班 | 8:00-16:30 | 含30分钟用餐 |
| 中班 | 12:00-20:30 | 含30分钟用餐 |
| 晚班 | 16:00-24:00 | 22:00后提供夜宵补贴 |
| 夜班 | 0:00-8:00 | 仅安排自愿报名员工 |

## 5. 怎么考核我

客服代表按月考核，满分100分：

| 指标 | 权重 | 目标 |
|---|---|---|
| 接通率 | 20% | ≥90% |
| 一次解决率 | 25% | ≥85% |
| 质检成绩 | 25% | ≥95分 |
| 客户满意度 | 20% | ≥98% |
| 平均处理时长 | 10% | ≤180秒 |

## 6. 质检评分细则

略（详见质检组《热线服务质检标准》）。

## 7. 常见问题

**问：试用期多长？** 答：按劳动合同约定执行，一般为3个月。

**问：可以调换班次吗？** 答：需提前3天向班组长申请，由班组长在排班系统中调整。
"""
    (OUT / "08_客服中心新员工手册.md").write_text(txt, encoding="utf-8")
    truth["08"] = "客服代表: see md text"


# --------------------------------------------------------------------------- 09 GBK txt
def txt09():
    txt = f"""{CO}综合办公室
澄华通人〔2025〕12号

关于印发《数据分析师、综合文员岗位说明书》的通知

各部门、各区县分公司：
    为规范岗位管理，经分公司总经理办公会审议通过，现将《数据分析师岗位说明书》《综合文员岗位说明书》印发给你们，请遵照执行。

附件1：数据分析师岗位说明书
附件2：综合文员岗位说明书

                                        {CO}综合办公室
                                        2025年4月20日

------------------------------------------------------------
附件1

数据分析师岗位说明书

一、岗位概况
    数据分析师隶属市场经营部，直接上级为市场经营部经理，无直接下属，工作地点在分公司本部（澄江市滨江路88号）。

二、岗位职责
    1. 搭建经营分析指标体系，按日、周、月出具经营分析报告；
    2. 开展用户画像和离网预警建模，按月输出高危用户清单并跟踪挽留效果；
    3. 支撑营销活动的目标测算和效果评估；
    4. 维护数据口径和报表系统，保证各类报表数据准确、及时；
    5. 响应各部门临时取数需求，一般需求2个工作日内完成。

三、任职资格
    本科及以上学历，统计学、数学、计算机类专业；2年以上数据分析工作经验；熟练使用SQL、Python，熟悉至少一种BI工具；有运营商经营分析经验者优先。

------------------------------------------------------------
附件2

综合文员岗位说明书

一、岗位概况
    综合文员隶属综合办公室，直接上级为综合办公室主任，工作地点在分公司本部。

二、岗位职责
    1. 负责公文的收发、登记、流转和归档；
    2. 负责会议筹备、会议记录和纪要整理；
    3. 负责办公用品的采购申领和固定资产登记；
    4. 负责分公司考勤汇总、证照年检等行政事务；
    5. 完成领导交办的其他工作。

三、任职资格
    大专及以上学历，文秘、汉语言文学、行政管理等专业；1年以上行政或文秘工作经验；熟练使用Office办公软件，具备公文写作能力。

------------------------------------------------------------
补充通知（2025年6月25日）：
    因综合办公室内设分工调整，自2025年7月1日起，综合文员的直接上级调整为综合办公室副主任，其余内容不变。
"""
    (OUT / "09_关于印发岗位说明书的通知.txt").write_bytes(txt.replace("\n", "\r\n").encode("gbk"))
    truth["09"] = "数据分析师, 综合文员 (boss changed to 综合办公室副主任 from 2025-07-01)"


# --------------------------------------------------------------------------- 10 UTF-16 txt
def txt10():
    txt = f"""{CO}组织架构及考勤休假管理规定
（人力资源部　2025年1月）

第一部分　组织架构

分公司领导班子
  ├─ 综合办公室（综合文员、安全生产专员）
  ├─ 人力资源部
  ├─ 市场经营部（数据分析师）
  ├─ 渠道运营中心（渠道经理）
  ├─ 城区营业部（营业厅店长、营业员、终端销售顾问、网格经理）
  ├─ 政企客户部（政企客户经理、解决方案经理）
  ├─ 客户服务中心（客服班组长、客服代表）
  └─ 网络运维中心
        ├─ 无线维护室（基站维护工程师、铁塔协调专员）
        ├─ 网络优化室（网络优化工程师）
        ├─ 传输线路室（线路班长、线路巡检员）
        └─ 装维服务部（装维班长、装维工程师）

说明：各岗位职责及任职要求以人力资源部发布的岗位说明书为准；尚未发布岗位说明书的岗位，按部门负责人安排开展工作。

第二部分　考勤管理

第一条　分公司实行标准工时制和综合计算工时制。营业厅、客服中心、装维及网络维护岗位实行综合计算工时制，其余岗位实行标准工时制。
第二条　员工应按排班准时到岗，迟到或早退30分钟以内的，每次扣减绩效工资50元。
第三条　因工作需要加班的，须经部门负责人审批，优先安排调休。

第三部分　休假管理

第四条　员工享受国家规定的法定节假日、年休假、婚假、产假等假期。
第五条　年休假天数按国家规定执行，由部门统筹安排，原则上不跨年度使用。
第六条　病假须提供二级及以上医院的病假证明，病假期间工资按分公司薪酬管理办法执行。
"""
    (OUT / "10_组织架构及考勤休假管理规定.txt").write_bytes(txt.encode("utf-16"))
    truth["10"] = "org outline + policy; named-only posts: 安全生产专员, 铁塔协调专员, 解决方案经理, 终端销售顾问, 客服班组长, 线路班长, 装维班长"


if __name__ == "__main__":
    doc01(); doc02(); xlsx03(); xlsx04(); csv05(); html06(); pdf07(); md08(); txt09(); txt10()
    (HERE / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print("wrote", sorted(p.name for p in OUT.iterdir()))
