#!/usr/bin/env python3
"""Round 17 trial corpus: 江城商业银行 (a city commercial bank), 11 files.

    T17_OUT=/tmp/t17bank python evals/trials/round17/bank/gen.py   ->  /tmp/t17bank/corpus/

Deterministic: fixed zip timestamps and core properties (docx/xlsx), fixed PDF bytes.

Layouts:
  jc01 docx  岗位说明书汇编: one 3-column table per post (项目 | 内容 | 备注), "表N" captions, a merged
             full-width section row (岗位职责 / 任职资格), 项目 cell merged down over the duty rows,
             备注 merged down over several rows
  jc02 xlsx  岗位序列与职级: 序列 merged down, 职级 P1..., 岗位, 任职资格 per level (学历/经验/证书 columns)
  jc03 docx  绩效考核办法: 第X条 articles, （一）指标，权重NN%。 with 计分规则 sub-items 1. 2. 3., 附表1 KPI table
             with 考核对象 merged down
  jc04 xlsx  支行网点KPI: two-row header (权重 over 旗舰/综合/社区支行, 季度目标 over 一季度..四季度), one sheet per post
  jc05 pdf   社会招聘公告: a ruled table 岗位 | 人数 | 工作地点 | 任职条件 (multi-line cells), then 岗位职责 paragraphs
  jc06 html  员工FAQ: <details><summary> accordions
  jc07 txt   员工行为守则（节选）: 禁止 rules by post
  jc08 csv   岗位AB角对照表 (A角 | B角 | 代岗范围 | 代岗审批人)
  jc09 md    汇报关系 Markdown table
  jc10 txt   新员工入职指南 (posts mentioned only in passing)
  jc11 md    风险与合规条线岗位职责（会议纪要式的 Markdown with bold labels）
"""
from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

OUT = Path(os.environ.get("T17_OUT", "/tmp/t17bank")) / "corpus"
FIXED_DT = (2025, 3, 1, 9, 0, 0)
FIXED = datetime(2025, 3, 1, 9, 0, 0)
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
                             r"\g<1>2025-03-01T09:00:00Z\g<3>", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def set_core(props, title):
    props.author = "江城商业银行人力资源部"
    props.last_modified_by = "江城商业银行人力资源部"
    props.title = title
    props.created = FIXED
    props.modified = FIXED
    try:
        props.revision = 1
        props.last_printed = FIXED
    except Exception:
        pass


# =============================================================== jc01 docx 岗位说明书汇编
# each post: (title, code, dept, boss, subs, purpose, [(duty, note)], [(label, value, note)], location)
JC01_POSTS = [
    ("综合柜员", "JC-YY-01", "支行营业部", "运营主管", "无",
     "按照操作规程办理柜面各项业务，保证账务准确、资金安全，为客户提供规范高效的柜面服务。",
     [("办理个人及对公存取款、转账汇款、开销户等柜面业务，做到手续完备、账实相符", "每日"),
      ("负责现金、重要空白凭证和印章的领用、保管与交接，执行双人临柜、换人复核制度", "每日"),
      ("日终进行轧账、尾箱清点和凭证整理，发现差错及时上报运营主管", "每日"),
      ("识别可疑交易和假币，按规定收缴并登记，配合反洗钱工作", "随时"),
      ("向客户宣传电子银行、代发工资等产品，完成网点下达的营销转介任务", "按月")],
     [("学历", "全日制大专及以上学历", "本科优先"),
      ("专业", "金融、会计、经济类专业", ""),
      ("工作经验", "应届毕业生亦可，有银行柜面实习经历者优先", ""),
      ("资格证书", "银行业专业人员职业资格（初级）", "入职一年内取得"),
      ("技能要求", "点钞、传票录入熟练，汉字录入每分钟40字以上", "入行考核")],
     "各支行网点，服从轮岗安排"),
    ("大堂经理", "JC-YY-02", "支行营业部", "支行行长", "无（可指导保安、保洁等外包人员）",
     "做好营业厅现场管理、客户分流引导和投诉处理，提升网点服务品质和营销转化。",
     [("营业前检查厅堂环境、设备和宣传资料，组织晨会", "每日"),
      ("识别客户需求并进行分流引导，指导客户使用智能柜台和自助设备", "每日"),
      ("受理客户咨询和一般投诉，及时化解矛盾，重大投诉两小时内上报支行行长", "随时"),
      ("识别高净值客户并转介理财经理或个人客户经理", "随时"),
      ("维护厅堂秩序，发现可疑人员或突发事件时启动应急预案", "随时")],
     [("学历", "大专及以上学历", ""),
      ("专业", "专业不限，市场营销类优先", ""),
      ("工作经验", "2年以上银行网点服务或营销工作经验", "担任过柜员者优先"),
      ("资格证书", "银行业专业人员职业资格（初级）；持有大堂经理岗位资格证", "行内认证"),
      ("技能要求", "形象端正，普通话标准，沟通和应变能力强", "")],
     "所在支行营业厅"),
    ("对公客户经理", "JC-GS-01", "支行公司业务部", "分管公司业务副行长", "无",
     "开发和维护对公客户，拓展存款、贷款和中间业务，控制授信风险。",
     [("营销拓展辖内企事业单位、机关团体客户，建立客户档案", "持续"),
      ("开展贷前调查，撰写授信调查报告，对调查内容的真实性负责", "按笔"),
      ("办理授信业务放款手续，落实抵质押等担保措施", "按笔"),
      ("做好贷后检查，每季度至少一次实地走访，及时预警风险信号", "按季"),
      ("推荐现金管理、代发工资、票据等综合金融服务", "持续")],
     [("学历", "全日制本科及以上学历", ""),
      ("专业", "金融、经济、财务会计、法律等相关专业", ""),
      ("工作经验", "3年以上银行对公信贷或企业财务工作经验", ""),
      ("资格证书", "银行业专业人员职业资格（中级）优先；持有C1驾驶证", ""),
      ("技能要求", "能读懂企业财务报表，具备较强的商务谈判能力", "")],
     "各支行"),
    ("个人客户经理", "JC-LS-01", "支行零售业务部", "零售业务主管", "无",
     "营销个人客户，做大个人存款和个人贷款规模，提升个人客户贡献度。",
     [("营销个人存款、信用卡、个人消费贷款和住房按揭贷款", "持续"),
      ("对个人贷款客户进行面谈面签、收入核实和贷前调查", "按笔"),
      ("走进社区、商圈和代发单位开展批量获客活动", "每周"),
      ("维护管户客户，做好生日关怀、到期提醒等客户关系维护工作", "持续")],
     [("学历", "大专及以上学历，本科优先", ""),
      ("专业", "专业不限", ""),
      ("工作经验", "1年以上银行零售营销或销售工作经验", ""),
      ("资格证书", "银行业专业人员职业资格（初级），持有个人贷款相关培训合格证", ""),
      ("技能要求", "性格开朗，有较强的客户拓展和抗压能力", "")],
     "各支行"),
    ("理财经理", "JC-LS-02", "支行零售业务部", "零售业务主管", "无",
     "为中高端个人客户提供资产配置和财富管理服务，提升管户资产规模。",
     [("为金葵花及以上客户提供资产配置建议，销售理财、基金、保险等代销产品", "持续"),
      ("对客户进行风险承受能力评估，执行“双录”要求，确保适当性管理", "按笔"),
      ("定期进行产品回访和市场解读，维护客户关系", "按月"),
      ("组织网点客户沙龙等财富管理活动", "按季")],
     [("学历", "全日制本科及以上学历", ""),
      ("专业", "金融学、投资学等相关专业优先", ""),
      ("工作经验", "2年以上银行、证券或保险理财销售经验", ""),
      ("资格证书", "须持有基金从业资格、保险代理从业资格，AFP/CFP持证者优先", ""),
      ("技能要求", "熟悉各类理财产品，具备资产配置能力", "")],
     "各支行"),
    ("信贷审批岗", "JC-SX-01", "总行授信审批部", "授信审批部总经理", "无",
     "独立审查审批授信业务，把控信用风险，提高审批质量和效率。",
     [("对分支机构报送的授信申请进行审查，核实第一还款来源和担保的有效性", "按笔"),
      ("在授权范围内出具审批意见，超权限业务提交贷审会审议", "按笔"),
      ("参加贷审会并担任报告人，落实会议决议", "按次"),
      ("跟踪审批后条件落实情况，定期开展审批质量回顾", "按季"),
      ("参与制定行业授信政策和审批指引", "按年")],
     [("学历", "全日制硕士研究生及以上学历", ""),
      ("专业", "金融、经济、会计、法律类专业", ""),
      ("工作经验", "5年以上银行信贷工作经验，其中2年以上授信审查审批经验", ""),
      ("资格证书", "银行业专业人员职业资格（中级）；CPA、CFA持证者优先", ""),
      ("技能要求", "熟练进行财务分析和现金流测算，熟悉信贷法律法规", "")],
     "总行（江城市中央商务区）"),
    ("风险经理", "JC-FX-01", "分行风险管理部", "风险管理部负责人", "无",
     "派驻支行，对支行授信业务实施独立的风险监控。",
     [("参与支行重大授信业务的贷前调查，出具独立风险意见", "按笔"),
      ("监测支行资产质量，按月编制风险监测报告", "按月"),
      ("牵头不良贷款和关注类贷款的风险化解，参与清收处置", "持续"),
      ("开展风险排查，督促支行整改问题", "按季")],
     [("学历", "全日制本科及以上学历", ""),
      ("专业", "金融、会计、法律相关专业", ""),
      ("工作经验", "4年以上信贷或风险管理工作经验", ""),
      ("资格证书", "银行业专业人员职业资格（中级）", ""),
      ("技能要求", "风险识别能力强，坚持原则", "")],
     "派驻支行"),
    ("合规专员", "JC-HG-01", "总行法律合规部", "法律合规部总经理", "无",
     "建立和维护合规管理体系，识别和防范合规风险。",
     [("跟踪监管政策和法律法规变化，组织开展合规风险识别与评估", "持续"),
      ("对新产品、新业务和重要制度进行合规审查并出具意见", "按件"),
      ("组织开展合规检查和员工异常行为排查", "按季"),
      ("牵头合规培训和案件防控宣传教育", "按季"),
      ("归口报送监管数据和合规报告", "按月")],
     [("学历", "全日制本科及以上学历", ""),
      ("专业", "法学、金融学相关专业", "法学专业优先"),
      ("工作经验", "3年以上银行合规、内控或法务工作经验", ""),
      ("资格证书", "通过国家统一法律职业资格考试者优先", ""),
      ("技能要求", "文字功底扎实，熟悉商业银行监管规定", "")],
     "总行（江城市中央商务区）"),
]


def jc01():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "江城商业银行岗位说明书汇编（2025版）")
    h = d.add_paragraph()
    r = h.add_run("江城商业银行岗位说明书汇编（2025版）")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("编制：人力资源部    审核：总行党委办公室    发布日期：2025年3月")
    d.add_paragraph("说明：本汇编收录营业网点、公司、零售、授信审批、风险合规等条线的重点岗位。每个岗位一张表，"
                    "“备注”栏注明频次或补充要求。")
    for n, (title, code, dept, boss, subs, purpose, duties, reqs, loc) in enumerate(JC01_POSTS, 1):
        d.add_paragraph(f"表{n}  {title}")
        rows = 1 + 5 + 1 + len(duties) + 1 + len(reqs) + 1
        t = d.add_table(rows=rows, cols=3)
        t.style = "Table Grid"
        cells = []
        i = 0

        def row(a, b, c):
            nonlocal i
            rr = t.rows[i].cells
            rr[0].text, rr[1].text, rr[2].text = a, b, c
            i += 1
            return i - 1

        row("项目", "内容", "备注")
        r1 = row("岗位名称", title, f"岗位编码：{code}")
        row("所属部门", dept, "")
        row("直接上级", boss, "")
        r4 = row("直接下级", subs, "")
        t.cell(r1, 2).merge(t.cell(r4, 2))
        t.cell(r1, 2).text = f"岗位编码：{code}"
        rp = row("岗位目的", purpose, "")
        t.cell(rp, 1).merge(t.cell(rp, 2))
        t.cell(rp, 1).text = purpose
        rs = row("岗位职责", "", "")
        t.cell(rs, 0).merge(t.cell(rs, 2))
        t.cell(rs, 0).text = "岗位职责"
        first = i
        for k, (duty, note) in enumerate(duties, 1):
            row("", f"{k}. {duty}", note)
        t.cell(first, 0).merge(t.cell(i - 1, 0))
        t.cell(first, 0).text = "主要职责"
        rs = row("任职资格", "", "")
        t.cell(rs, 0).merge(t.cell(rs, 2))
        t.cell(rs, 0).text = "任职资格"
        for lab, val, note in reqs:
            row(lab, val, note)
        row("工作地点", loc, "")
        d.add_paragraph("")
    d.add_paragraph("本汇编由人力资源部负责解释，自发布之日起执行。")
    path = OUT / "jc01_岗位说明书汇编2025.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== jc02 xlsx 岗位序列与职级
JC02_ROWS = [
    # 序列, 职级, 岗位, 学历, 经验, 证书/其他
    ("营销序列", "M1", "理财经理（初级）", "本科及以上", "从事零售业务满1年", "基金从业资格"),
    ("营销序列", "M2", "理财经理（中级）", "本科及以上", "担任初级理财经理满2年，管户AUM达到5000万元", "AFP证书"),
    ("营销序列", "M3", "理财经理（高级）", "本科及以上", "担任中级理财经理满3年，管户AUM达到2亿元", "CFP证书或CFA二级以上"),
    ("管理序列", "G3", "运营主管", "本科及以上", "从事柜面业务满5年，其中担任综合柜员满3年", "银行业专业人员职业资格（中级）；会计从业背景"),
    ("管理序列", "G3", "会计主管", "本科及以上，会计、财务管理专业", "从事会计核算满5年", "中级会计师"),
    ("管理序列", "G5", "支行行长", "本科及以上", "8年以上银行从业经历，其中3年以上支行副行长或部门副总经理任职经历", "银行业专业人员职业资格（中级）；通过监管高管任职资格审核"),
    ("专业序列", "P2", "信息科技岗", "本科及以上，计算机相关专业", "应届或1年以上开发经验", "软考中级（软件设计师）优先"),
    ("专业序列", "P3", "反洗钱专员", "本科及以上", "3年以上银行运营、合规或反洗钱工作经验", "CAMS证书优先"),
    ("专业序列", "P3", "人力资源专员", "本科及以上，人力资源管理专业", "2年以上人力资源工作经验", "人力资源管理师（三级）"),
    ("专业序列", "P2", "培训专员", "本科及以上", "2年以上培训或教学工作经验", "企业培训师证书优先"),
]


def jc02():
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "岗位序列与职级"
    ws["A1"] = "江城商业银行岗位序列与职级任职资格对照表"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:F1")
    ws.append(["序列", "职级", "岗位", "学历要求", "经历要求", "证书及其他"])
    start = 3
    for r in JC02_ROWS:
        ws.append(list(r))
    # merge 序列 down per group
    groups = {}
    for k, r in enumerate(JC02_ROWS):
        groups.setdefault(r[0], []).append(start + k)
    for name, rows in groups.items():
        a, b = rows[0], rows[-1]
        if b > a:
            ws.merge_cells(f"A{a}:A{b}")
        ws[f"A{a}"].alignment = Alignment(vertical="center")
    ws.append([])
    ws.append(["注：职级晋升每年评定一次，须上一年度绩效考核为“称职”及以上。"])
    ws2 = wb.create_sheet("职级说明")
    ws2.append(["职级代码", "含义"])
    ws2.append(["M1-M3", "营销序列初级至高级"])
    ws2.append(["G1-G6", "管理序列，G5为支行行长级"])
    ws2.append(["P1-P5", "专业序列，P1为助理级"])
    wb.properties.creator = "江城商业银行人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = OUT / "jc02_岗位序列与职级.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== jc03 docx 绩效考核办法
JC03_PARAS = [
    ("h", "江城商业银行营业网点员工绩效考核办法（试行）"),
    ("p", "第一章 总则"),
    ("p", "第一条 为规范营业网点员工绩效管理，根据《江城商业银行绩效管理办法》制定本办法。"),
    ("p", "第二条 本办法适用于各支行营业网点的综合柜员、大堂经理，以及运营主管、会计主管。"),
    ("p", "第三条 考核按季度进行，季度考核得分 = ∑（指标得分 × 权重），满分100分。"),
    ("p", "第二章 考核指标与计分规则"),
    ("p", "第四条 综合柜员的考核指标如下："),
    ("p", "（一）业务差错率，权重30%。计分规则："),
    ("p", "1. 差错率 = 差错笔数 / 业务总笔数，季度差错率不超过0.05‰得满分；"),
    ("p", "2. 每超过0.01‰扣3分，扣完为止；"),
    ("p", "3. 发生长款、短款未按规定上报的，该项不得分。"),
    ("p", "（二）柜面业务量，权重25%。计分规则：以全行同类网点柜员人均业务量为基准，达到基准得20分，每高出10%加1分，最高25分。"),
    ("p", "（三）客户满意度，权重20%。计分规则：神秘人检查和客户评价器满意率达到98%得满分，每低1个百分点扣2分。"),
    ("p", "（四）营销转介，权重15%。计分规则：每成功转介一户有效客户计0.5分，最高15分。"),
    ("p", "（五）合规操作，权重10%。计分规则：被内外部检查发现违规操作的，每次扣2分；受到处分的该项不得分。"),
    ("p", "第五条 大堂经理的考核指标如下："),
    ("p", "（一）客户投诉处理及时率，权重25%。计分规则："),
    ("p", "1. 及时率 = 按时办结投诉数 / 受理投诉总数；"),
    ("p", "2. 达到100%得满分，每低1个百分点扣1分；"),
    ("p", "3. 发生有责投诉被监管通报的，该项不得分。"),
    ("p", "（二）厅堂分流率，权重20%。计分规则：引导至智能柜台和自助设备办理的业务占比达到70%得满分，每低1个百分点扣0.5分。"),
    ("p", "（三）高净值客户转介数，权重25%。计分规则：完成季度目标得满分，按完成比例计分，最高30分。"),
    ("p", "（四）网点服务检查得分，权重20%。计分规则：按分行服务检查得分折算。"),
    ("p", "（五）安全保卫与应急处置，权重10%。计分规则：发生安全责任事故的，该项不得分。"),
    ("p", "第六条 运营主管、会计主管的考核指标见附表1。"),
    ("p", "第三章 结果运用"),
    ("p", "第七条 季度考核得分90分及以上为优秀，75分至89分为称职，60分至74分为基本称职，60分以下为不称职。"),
    ("p", "第八条 考核结果与绩效工资挂钩，连续两个季度不称职的，调整岗位。"),
    ("p", "附表1  运营主管、会计主管KPI考核表"),
]
JC03_TABLE = [
    ("考核对象", "指标名称", "权重", "计分规则", "数据来源"),
    ("运营主管", "运营差错率", "30%", "差错率低于0.03‰得满分，每超0.01‰扣5分", "运营管理系统"),
    ("运营主管", "重要凭证及印章管理合规率", "25%", "检查发现一项不合规扣5分", "总行运营检查"),
    ("运营主管", "柜员培训与持证率", "15%", "辖内柜员持证率100%得满分", "人力资源系统"),
    ("运营主管", "事后监督退票率", "20%", "退票率低于0.1%得满分，超出部分每0.1%扣2分", "事后监督中心"),
    ("运营主管", "反洗钱可疑交易报送及时率", "10%", "逾期报送一笔扣2分", "反洗钱监测系统"),
    ("会计主管", "会计核算准确率", "40%", "差错一笔扣4分", "核心账务系统"),
    ("会计主管", "财务报表报送及时率", "30%", "逾期一次扣5分", "计划财务部"),
    ("会计主管", "费用预算执行偏差率", "30%", "偏差在±5%以内得满分，每超1个百分点扣3分", "计划财务部"),
]


def jc03():
    import docx
    from docx.shared import Pt

    d = docx.Document()
    set_core(d.core_properties, "江城商业银行营业网点员工绩效考核办法")
    for kind, text in JC03_PARAS:
        p = d.add_paragraph()
        r = p.add_run(text)
        if kind == "h":
            r.bold = True
            r.font.size = Pt(16)
    t = d.add_table(rows=len(JC03_TABLE), cols=5)
    t.style = "Table Grid"
    for i, row in enumerate(JC03_TABLE):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    # merge 考核对象 down
    t.cell(1, 0).merge(t.cell(5, 0))
    t.cell(1, 0).text = "运营主管"
    t.cell(6, 0).merge(t.cell(8, 0))
    t.cell(6, 0).text = "会计主管"
    d.add_paragraph("本办法由人力资源部会同运营管理部负责解释。")
    path = OUT / "jc03_营业网点员工绩效考核办法.docx"
    d.save(str(path))
    normalize_zip(path)


# =============================================================== jc04 xlsx 支行网点KPI
JC04_SHEETS = {
    "支行行长": [
        ("规模类", "各项存款日均余额增量", 0.25, 0.20, 0.30, "1.2亿", "2.5亿", "3.5亿", "5亿", "比年初日均增量"),
        ("规模类", "各项贷款余额增量", 0.20, 0.25, 0.10, "1亿", "2亿", "3亿", "4亿", "不含贴现"),
        ("效益类", "拨备后利润", 0.20, 0.20, 0.15, "800万", "1600万", "2500万", "3500万", "按内部资金转移价格计算"),
        ("客户类", "有效客户净增户数", 0.10, 0.10, 0.20, "300户", "700户", "1100户", "1500户", "日均资产1万元以上"),
        ("风险类", "不良贷款率", 0.15, 0.15, 0.10, "≤1.5%", "≤1.5%", "≤1.5%", "≤1.5%", "五级分类后三类"),
        ("内控类", "案件及重大违规事件", 0.10, 0.10, 0.15, "0", "0", "0", "0", "发生即扣完"),
    ],
    "理财经理": [
        ("规模类", "管户客户AUM增量", 0.35, 0.30, 0.30, "3000万", "6000万", "9000万", "1.2亿", "金融资产时点余额"),
        ("收入类", "代销中间业务收入", 0.25, 0.25, 0.20, "40万", "80万", "120万", "160万", "基金、保险、理财代销手续费"),
        ("客户类", "金葵花客户净增数", 0.20, 0.20, 0.25, "15户", "30户", "45户", "60户", "AUM 50万元以上"),
        ("合规类", "双录及适当性合规率", 0.20, 0.25, 0.25, "100%", "100%", "100%", "100%", "抽检不合规每笔扣2分"),
    ],
    "对公客户经理": [
        ("规模类", "对公存款日均增量", 0.30, 0.30, 0.35, "2500万", "5000万", "7500万", "1亿", "管户口径"),
        ("规模类", "对公贷款投放额", 0.25, 0.25, 0.20, "5000万", "1亿", "1.5亿", "2亿", "当年累计投放"),
        ("客户类", "新增有效对公客户数", 0.15, 0.15, 0.20, "5户", "10户", "15户", "20户", "日均存款50万元以上"),
        ("收入类", "对公中间业务收入", 0.10, 0.10, 0.10, "20万", "40万", "60万", "80万", ""),
        ("风险类", "管户贷款不良率", 0.20, 0.20, 0.15, "≤1%", "≤1%", "≤1%", "≤1%", "新发生不良倒查责任"),
    ],
}


def jc04():
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    first = True
    for name, rows in JC04_SHEETS.items():
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws["A1"] = f"2025年{name}KPI考核指标（分支行类型）"
        ws["A1"].font = Font(bold=True, size=13)
        ws.merge_cells("A1:J1")
        ws.append(["指标类别", "指标名称", "权重", None, None, "季度目标（累计）", None, None, None, "计算口径"])
        ws.append([None, None, "旗舰支行", "综合支行", "社区支行", "一季度", "二季度", "三季度", "四季度", None])
        ws.merge_cells("C2:E2")
        ws.merge_cells("F2:I2")
        ws.merge_cells("A2:A3")
        ws.merge_cells("B2:B3")
        ws.merge_cells("J2:J3")
        r0 = 4
        for r in rows:
            ws.append(list(r))
        for k in range(len(rows)):
            for col in "CDE":
                ws[f"{col}{r0 + k}"].number_format = "0%"
        # merge 指标类别 where repeated consecutively
        k = 0
        while k < len(rows):
            j = k
            while j + 1 < len(rows) and rows[j + 1][0] == rows[k][0]:
                j += 1
            if j > k:
                ws.merge_cells(f"A{r0 + k}:A{r0 + j}")
            k = j + 1
        ws.append([])
        ws.append(["注：季度目标为旗舰支行标准，综合支行按80%、社区支行按50%折算。"])
    wb.properties.creator = "江城商业银行人力资源部"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    path = OUT / "jc04_支行网点KPI指标.xlsx"
    wb.save(str(path))
    normalize_zip(path)


# =============================================================== jc05 pdf 社会招聘公告
JC05_TITLE = "江城商业银行2025年社会招聘公告"
JC05_INTRO = [
    "江城商业银行是经批准设立的城市商业银行，总部位于江城市，现有分支机构86家。",
    "因业务发展需要，现面向社会公开招聘以下岗位人员：",
]
JC05_TABLE = [
    (["岗位"], ["人数"], ["工作地点"], ["任职条件"]),
    (["信息科技岗"], ["6"], ["总行信息科技部", "（高新区科技园）"],
     ["1. 全日制本科及以上学历，计算机、软件工程专业；", "2. 熟悉Java或Python，了解Spring Boot、", "Oracle、MySQL等；", "3. 年龄35周岁以下。"]),
    (["反洗钱专员"], ["2"], ["总行法律合规部"],
     ["1. 全日制本科及以上学历，法律、金融专业；", "2. 3年以上银行反洗钱或合规工作经验；", "3. 熟悉大额和可疑交易报告制度。"]),
    (["人力资源专员"], ["1"], ["总行人力资源部"],
     ["1. 全日制本科及以上学历，人力资源管理专业；", "2. 2年以上薪酬或招聘模块工作经验；", "3. 熟练使用Excel函数和数据透视表。"]),
    (["培训专员"], ["1"], ["总行培训中心"],
     ["1. 全日制本科及以上学历，专业不限；", "2. 2年以上企业培训工作经验，", "有金融机构内训经历者优先；", "3. 具备课程开发和授课能力。"]),
]
JC05_AFTER = [
    "二、岗位职责",
    "信息科技岗：负责核心业务系统、手机银行等应用的需求分析、开发与测试；负责",
    "系统日常运维和生产问题处理；落实信息安全和数据安全管理要求。",
    "反洗钱专员：负责大额和可疑交易报告的甄别与报送；开展客户身份识别和洗钱",
    "风险评估；组织反洗钱培训和自查；配合人民银行反洗钱检查。",
    "人力资源专员：负责招聘渠道维护、简历筛选和面试组织；办理员工入离职手续；",
    "核算月度薪酬和社保公积金；维护人力资源系统数据。",
    "培训专员：负责年度培训需求调查和计划编制；组织新员工入行培训和岗位资格",
    "认证考试；管理内训师队伍和培训档案；评估培训效果。",
    "三、薪酬待遇",
    "信息科技岗年薪15-25万元；反洗钱专员年薪18-28万元；人力资源专员、培训专员",
    "年薪12-18万元。按规定缴纳五险二金（含企业年金）。",
    "四、报名方式",
    "报名时间：2025年3月10日至3月31日。请登录本行官网“人才招聘”栏目在线报名。",
]


def jc05():
    from fontTools import subset
    from fontTools.ttLib import TTFont

    texts = [JC05_TITLE, "江城商业银行人力资源部", "一、招聘岗位及条件", "第 1 页 共 1 页"] + JC05_INTRO + JC05_AFTER
    for row in JC05_TABLE:
        for cell in row:
            texts += cell
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
    fd = add(f"<< /Type /FontDescriptor /FontName /JCAAAA+WenQuanYiMicroHei /Flags 4 "
             f"/FontBBox [-100 -250 1100 950] /ItalicAngle 0 /Ascent 937 /Descent -236 /CapHeight 700 "
             f"/StemV 80 /FontFile2 {ff_no} 0 R >>".encode())
    wparts = " ".join(f"{gid[c]} [{width[c]}]" for c in sorted(chars, key=lambda c: gid[c]))
    cid = add(("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /JCAAAA+WenQuanYiMicroHei "
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
    f0 = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /JCAAAA+WenQuanYiMicroHei /Encoding /Identity-H "
             f"/DescendantFonts [{cid} 0 R] /ToUnicode {tu_no} 0 R >>".encode())
    pages_no = add(b"")
    ops = []

    def text(x, y, size, s):
        ops.append(f"BT /F1 {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm <{enc(s)}> Tj ET")

    text(50, 810, 9, "江城商业银行人力资源部")
    text(297.5 - tw(JC05_TITLE, 17) / 2, 775, 17, JC05_TITLE)
    y = 745
    for s in JC05_INTRO:
        text(50, y, 10, s)
        y -= 16
    text(50, y, 11, "一、招聘岗位及条件")
    y -= 10
    # table
    xs = [50, 125, 160, 260, 545]
    lh = 14
    size = 9
    top = y
    ops.append("0.6 w")
    ys = [top]
    for row in JC05_TABLE:
        nlines = max(len(c) for c in row)
        h = nlines * lh + 8
        ybase = ys[-1]
        for ci, cell in enumerate(row):
            for li, s in enumerate(cell):
                text(xs[ci] + 4, ybase - 13 - li * lh, size, s)
        ys.append(ybase - h)
    for yy in ys:
        ops.append(f"{xs[0]} {yy:.2f} m {xs[-1]} {yy:.2f} l S")
    for xx in xs:
        ops.append(f"{xx} {ys[0]:.2f} m {xx} {ys[-1]:.2f} l S")
    y = ys[-1] - 22
    for s in JC05_AFTER:
        sz = 11 if s[:2] in ("二、", "三、", "四、") else 9.5
        text(50, y, sz, s)
        y -= 16
    foot = "第 1 页 共 1 页"
    text(297.5 - tw(foot, 9) / 2, 40, 9, foot)
    stream = zlib.compress("\n".join(ops).encode("ascii"), 9)
    content = add(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode() + stream + b"\nendstream")
    kid = add(f"<< /Type /Page /Parent {pages_no} 0 R /MediaBox [0 0 595 842] "
              f"/Resources << /Font << /F1 {f0} 0 R >> >> /Contents {content} 0 R >>".encode())
    objs[pages_no - 1] = f"<< /Type /Pages /Kids [{kid} 0 R] /Count 1 >>".encode()
    info = add("<< /Producer (Microsoft Word) /Title <FEFF{}> /CreationDate (D:20250301090000+08'00') >>".format(
        JC05_TITLE.encode("utf-16-be").hex().upper()).encode())
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
    (OUT / "jc05_2025年社会招聘公告.pdf").write_bytes(bytes(out))


# =============================================================== jc06 html FAQ accordions
JC06_FAQ = [
    ("运营主管平时向谁汇报？", "运营主管行政上向支行行长汇报，业务上接受总行运营管理部的垂直管理和考核。"),
    ("会计主管管哪些事？",
     "会计主管负责本机构会计核算的组织和复核，审核大额及特殊业务，编制和报送财务报表，管理费用预算，"
     "并对会计档案的完整性负责。"),
    ("支行行长的主要工作是什么？",
     "支行行长全面负责支行经营管理：制定支行年度经营计划并分解落实，带领团队完成存贷款和利润指标，"
     "负责支行内控合规和安全保卫第一责任，做好员工队伍管理。"),
    ("做大堂经理要不要先考证？", "需要。大堂经理须取得行内大堂经理岗位资格证，由总行培训中心每季度组织一次认证考试。"),
    ("信息科技岗在哪里上班？要值夜班吗？",
     "信息科技岗在总行信息科技部办公，地址为江城市高新区科技园8号楼。生产运维岗位实行7×24小时轮值，每月约值班4次。"),
    ("网点保安是我们行的员工吗？", "不是。网点保安由签约的保安服务公司派驻，人员管理按外包协议执行。"),
    ("员工可以在网点兼职做保险销售吗？", "不可以。员工不得在外兼职，代销保险只能通过本行代销渠道、由具备资格的理财经理办理。"),
    ("新员工多久可以定岗？", "新员工完成入行培训并通过岗位资格认证后定岗，一般为入职后3个月内。"),
]


def jc06():
    parts = ["<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
             "<title>员工常见问题 - 江城商业银行内网</title>", "</head>", "<body>",
             '<nav class="topnav"><a href="/">首页</a> | <a href="/hr">人力资源</a> | <a href="/faq">常见问题</a></nav>',
             '<main>', "<h1>员工常见问题（人力资源篇）</h1>",
             "<p>点击问题展开答案。如仍有疑问，请联系人力资源部（内线 8021）。</p>"]
    for q, a in JC06_FAQ:
        parts += ['<details class="faq-item">', f"  <summary>{q}</summary>", f"  <p>{a}</p>", "</details>"]
    parts += ["</main>", '<footer>© 2025 江城商业银行 版权所有</footer>', "</body>", "</html>"]
    (OUT / "jc06_员工常见问题.html").write_text("\n".join(parts) + "\n", encoding="utf-8")


# =============================================================== jc07 txt 员工行为守则
JC07 = """江城商业银行员工行为守则（节选）

第三章 岗位行为禁止性规定

第十五条 全体员工禁止下列行为：
（一）禁止参与民间借贷、非法集资或为他人借贷提供担保；
（二）禁止利用职务便利收受客户财物或接受可能影响公正履职的宴请；
（三）禁止泄露客户信息和本行商业秘密。

第十六条 综合柜员禁止下列行为：
（一）禁止离柜不退出系统、不锁尾箱；
（二）禁止代客户填写业务凭证或代客签名；
（三）禁止将个人现金与尾箱现金混放。

第十七条 客户经理（含对公客户经理、个人客户经理）禁止下列行为：
（一）禁止代客户保管存折、银行卡、密码及身份证件；
（二）禁止违规向借款人收取费用或搭售产品；
（三）禁止在贷前调查中隐瞒或编造借款人信息。

第十八条 理财经理禁止下列行为：
（一）禁止“飞单”，即销售非本行自营或代销的产品；
（二）禁止向客户承诺保本保收益；
（三）禁止代客户进行风险评估或替客户操作交易。

第十九条 违反本章规定的，视情节给予警告、记过直至解除劳动合同处分。
"""


# =============================================================== jc08 csv AB角
JC08 = """A角岗位,B角岗位,代岗范围,代岗审批人
综合柜员,综合柜员（同网点另一名）,全部柜面业务，尾箱须重新交接,运营主管
大堂经理,个人客户经理,厅堂引导和投诉受理，不含营销考核,支行行长
运营主管,会计主管,授权审批和重要凭证管理,支行行长
对公客户经理,对公客户经理（同团队）,管户客户日常服务，不得代签授信调查报告,分管公司业务副行长
理财经理,个人客户经理,客户回访，不得代为销售理财产品,零售业务主管
反洗钱专员,合规专员,可疑交易甄别，报送须由反洗钱中心负责人确认,法律合规部总经理
信贷审批岗,信贷审批岗（同级审批人）,审查意见，不得审批本人前手审查过的业务,授信审批部总经理
"""


# =============================================================== jc09 md 汇报关系
JC09 = """# 江城商业银行岗位汇报关系表

> 更新：2025年2月 · 维护：人力资源部组织发展室

| 岗位 | 所属机构/部门 | 直接上级 | 直接下级 | 工作地点 |
|---|---|---|---|---|
| 支行行长 | 各支行 | 分行行长 | 支行副行长、运营主管、大堂经理 | 所在支行 |
| 运营主管 | 支行营业部 | 支行行长 | 综合柜员 | 所在支行 |
| 综合柜员 | 支行营业部 | 运营主管 | — | 各支行网点 |
| 大堂经理 | 支行营业部 | 支行行长 | — | 所在支行营业厅 |
| 对公客户经理 | 支行公司业务部 | 分管公司业务副行长 | — | 各支行 |
| 个人客户经理 | 支行零售业务部 | 零售业务主管 | — | 各支行 |
| 理财经理 | 支行零售业务部 | 零售业务主管 | — | 各支行 |
| 会计主管 | 分行营业部 | 分行计划财务部经理 | 会计核算岗 | 分行营业部 |
| 信贷审批岗 | 总行授信审批部 | 授信审批部总经理 | — | 总行 |
| 风险经理 | 分行风险管理部 | 风险管理部负责人 | — | 派驻支行 |
| 合规专员 | 总行法律合规部 | 法律合规部总经理 | — | 总行 |
| 反洗钱专员 | 总行法律合规部反洗钱中心 | 反洗钱中心负责人 | — | 总行 |
| 信息科技岗 | 总行信息科技部 | 开发中心经理 | — | 高新区科技园 |
| 人力资源专员 | 总行人力资源部 | 人力资源部总经理 | — | 总行 |
| 培训专员 | 总行培训中心 | 培训中心主任 | — | 总行培训中心 |

说明：风险经理、合规专员实行条线垂直管理，其考核由上级条线部门负责。
"""


# =============================================================== jc10 txt 新员工入职指南
JC10 = """江城商业银行新员工入职指南

欢迎加入江城商业银行！以下事项请在报到前后逐项完成。

一、报到当天
请携带身份证、学历学位证书原件、体检报告和一寸照片，到总行人力资源部（中央商务区江城金融大厦12楼）办理报到。
报到后领取工牌、员工手册和入行培训日程。

二、入行培训
入行培训为期三周：第一周为企业文化和规章制度，第二周为柜面操作实训，第三周为到网点跟岗。
跟岗期间由网点运营主管或大堂经理担任带教师傅，新员工一般先从综合柜员做起。
培训结束后参加岗位资格认证考试，考试由培训中心组织。

三、常用系统
工作邮箱、OA办公系统、核心业务系统的账号由信息科技部统一开通，开通后请在三天内修改初始密码。
遇到系统问题可拨打科技服务热线 8000。

四、其他岗位介绍
全行还有小微企业客户经理、远程银行坐席、数据分析师等岗位，将来可通过内部竞聘申请，具体以届时发布的竞聘公告为准。
网点的安全保卫由保安公司派驻的网点保安配合完成，新员工应熟悉网点应急预案。

五、联系我们
人力资源部：内线 8021  培训中心：内线 8035
"""


# =============================================================== jc11 md 风险合规条线职责 (bold labels)
JC11 = """# 风险与运营条线补充岗位说明

本文件补充《岗位说明书汇编》未收录的两个岗位，供分支机构参考。

## 反洗钱专员

**所属部门：** 总行法律合规部反洗钱中心
**汇报对象：** 反洗钱中心负责人

**工作职责：**

1. 每日监测反洗钱系统预警，对可疑交易进行人工甄别并撰写分析报告；
2. 按规定时限向中国反洗钱监测分析中心报送大额交易和可疑交易报告；
3. 组织开展客户洗钱风险等级划分和高风险客户的强化尽职调查；
4. 指导支行做好客户身份识别和身份资料保存工作；
5. 每年组织全行反洗钱自评估，编写自评估报告。

**任职条件：** 见《2025年社会招聘公告》及岗位序列表。

## 会计主管

**所属部门：** 分行营业部
**汇报对象：** 分行计划财务部经理

**工作职责：**

1. 组织本机构会计核算，复核当日账务和会计凭证；
2. 审批权限内的大额支付、挂账和冲正业务；
3. 按月编制并报送财务报表和监管报表；
4. 管理会计档案，监督会计核算岗的操作合规性。

**任职条件：** 本科及以上学历，会计、财务管理专业，持中级会计师证书，5年以上会计核算经验。
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.iterdir():
        p.unlink()
    jc01()
    jc02()
    jc03()
    jc04()
    jc05()
    jc06()
    (OUT / "jc07_员工行为守则节选.txt").write_text(JC07, encoding="utf-8")
    (OUT / "jc08_岗位AB角对照表.csv").write_text(JC08, encoding="utf-8")
    (OUT / "jc09_岗位汇报关系.md").write_text(JC09, encoding="utf-8")
    (OUT / "jc10_新员工入职指南.txt").write_text(JC10, encoding="utf-8")
    (OUT / "jc11_补充岗位说明.md").write_text(JC11, encoding="utf-8")
    print("wrote", len(list(OUT.iterdir())), "files to", OUT)


if __name__ == "__main__":
    main()
