#!/usr/bin/env python3
"""Build set.jsonl for round 34 / pub from the generated corpus (line numbers looked up by text)."""
import json
import os
import sys
from pathlib import Path

CORPUS = Path(os.environ.get("T34_OUT", "/tmp/t34pub/corpus"))
HERE = Path(__file__).resolve().parent

F1 = "01_编辑出版类岗位说明书.docx"
F2 = "02_岗位分析访谈记录.txt"
F3 = "03_三审三校及印制流程规范.pdf"
F4 = "04_2024年度岗位考核指标分解表.xlsx"
F5 = "05_2024年社会招聘公告.html"
F6 = "06_岗位信息变更台账.csv"
F7 = "07_数字出版中心工作手册.md"
F8 = "08_试用期转正考核表（数字编辑）.docx"
F9 = "09_职能岗位档案导出.yaml.txt"
F10 = "10_机构设置与岗位编制方案.docx"

_lines = {}


def lines(f):
    if f not in _lines:
        b = (CORPUS / f).read_bytes()
        if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
            t = b.decode("utf-16")
        else:
            try:
                t = b.decode("utf-8-sig")
            except UnicodeDecodeError:
                t = b.decode("gb18030")
        _lines[f] = t.splitlines()
    return _lines[f]


def ln(f, sub):
    hits = [i + 1 for i, l in enumerate(lines(f)) if sub in l]
    if len(hits) != 1:
        sys.exit(f"{f}: {sub!r} on lines {hits}")
    return hits[0]


def L(f, a, b=None):
    """Evidence: line span from the line holding text a to the line holding text b (or a)."""
    s = ln(f, a)
    e = ln(f, b) if b else s
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": evidence if intent != "out_of_scope" else [],
                  "key_points": kp if intent != "out_of_scope" else [],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence=None, kp=None, attribute=None):
    d = {"question": question, "intent": intent, "role": role}
    if attribute:
        d["attribute"] = attribute
    d["evidence"] = evidence or []
    d["key_points"] = kp or []
    return d


# ------------------------------------------------------------------ duty
ev_cehua_duty = [Q(F1, "跟踪文学图书市场与作者资源，提出选题设想"), Q(F1, "联系、签约作者，维护重点作者关系"),
                 Q(F1, "参与新书营销方案制定"), Q(F1, "编制单品种成本测算表")]
add("r34pub-duty-01", "new_hire", "duty", "我刚转岗做图书策划，平时主要都干些啥？", "策划编辑",
    ev_cehua_duty, [["选题"], ["签约作者", "作者"], ["营销"], ["成本测算"]])
ev_zebian_duty = [Q(F1, "负责书稿初审，撰写初审报告"), Q(F1, "对书稿进行编辑加工整理"),
                  Q(F1, "填写发稿单，跟踪排版、校对、核红直至付印"), Q(F1, "处理读者反馈的差错并组织勘误"),
                  Q(F3, "初审由责任编辑负责")]
add("r34pub-duty-02", "hr", "duty", "责编这个岗位要负责哪些工作？", "责任编辑",
    ev_zebian_duty, [["初审"], ["编辑加工"], ["发稿单"], ["勘误", "差错"]])
add("r34pub-duty-03", "new_hire", "duty", "美编每天都在忙些什么呀", "美术编辑",
    [Q(F1, "负责图书封面、护封、腰封的设计"), Q(F1, "制定内文版式方案"), Q(F1, "审核印前文件的出血"),
     Q(F1, "配合营销完成海报")],
    [["封面"], ["版式"], ["印前"], ["海报", "宣传物料"]])
add("r34pub-duty-04", "manager", "duty", "搞校对的同事具体做哪些活？", "校对员",
    [L(F2, "答：主要就是跑校次"), Q(F3, "二校、三校及通读由校对员承担")],
    [["二校"], ["核红"], ["通读"], ["疑问单"]])
add("r34pub-duty-05", "hr", "duty", "出版部管印刷的那个专员负责什么", "印制专员",
    [L(F2, "答：一是印制询价"), Q(F3, "印制专员应在付印样签字后3个工作日内")],
    [["询价", "比价"], ["印制单"], ["纸张"], ["入库", "抽检"]])
add("r34pub-duty-06", "new_hire", "duty", "数字编辑具体负责些什么事情", "数字编辑",
    [L(F7, "将纸书文件转换为EPUB", "对接微信读书")],
    [["EPUB"], ["有声书"], ["元数据"], ["上架"]])
add("r34pub-duty-07", "hr", "duty", "出版社里管公众号和抖音的那个岗，职责是什么？", "新媒体运营",
    [L(F7, "运营社里的微信公众号", "管理读者社群")],
    [["公众号"], ["直播"], ["月度运营数据报告"], ["社群"]])
add("r34pub-duty-08", "new_hire", "duty", "财务部做账的会计都管哪些事", "财务会计",
    [L(F9, "负责日常会计核算", "办理增值税")],
    [["凭证"], ["成本核算"], ["财务报表"], ["纳税申报"]])
add("r34pub-duty-09", "hr", "duty", "做版权贸易的那个经理平时干啥", "版权经理",
    [L(F5, "负责我社图书版权的输出与引进", "处理侵权盗版投诉")],
    [["输出", "引进"], ["书展"], ["版权合同"], ["侵权"]])
add("r34pub-duty-10", "manager", "duty", "美编交封面印前文件有没有时间节点要求？", "美术编辑",
    [Q(F3, "美术编辑应在付印前5个工作日提交封面印前文件")],
    [["5个工作日"], ["付印前"]])

# ------------------------------------------------------------------ qualification
add("r34pub-qual-01", "hr", "qualification", "招责编得满足哪些条件", "责任编辑",
    [Q(F1, "须持有出版专业技术人员职业资格证书（中级）")],
    [["本科"], ["职业资格证书", "职业资格"], ["责任编辑注册", "注册"], ["2年"]])
add("r34pub-qual-02", "new_hire", "qualification", "我想投美编的岗，学历和软件方面有啥要求？", "美术编辑",
    [Q(F1, "熟练使用InDesign、Photoshop")], [["大专"], ["InDesign"], ["3年"]])
add("r34pub-qual-03", "hr", "qualification", "校对员招人门槛高吗，要什么条件", "校对员",
    [L(F2, "答：学历至少大专吧")], [["大专"], ["初级出版专业职业资格", "职业资格"], ["数字用法"]])
add("r34pub-qual-04", "hr", "qualification", "发行那边招专员，对应聘者有什么要求", "发行专员",
    [L(F5, "大专及以上学历，市场营销、电子商务", "持C1驾照者优先")], [["大专"], ["1年"], ["C1"]])
add("r34pub-qual-05", "manager", "qualification", "当编辑室主任要啥资历？", "编辑室主任",
    [Q(F1, "具有副编审及以上专业技术职称")], [["硕士"], ["副编审"], ["8年"]])
add("r34pub-qual-06", "hr", "qualification", "版权经理这个岗需要什么背景的人", "版权经理",
    [L(F5, "本科及以上学历，外语、法律或出版", "熟悉《著作权法》")],
    [["本科"], ["3年"], ["六级"], ["著作权法"]])
add("r34pub-qual-07", "new_hire", "qualification", "应聘图书策划要满足哪些条件？", "策划编辑",
    [Q(F1, "有成功策划畅销书案例者优先")], [["本科"], ["3年"], ["畅销书"]])

# ------------------------------------------------------------------ attribute
add("r34pub-attr-01", "hr", "attribute", "校对员现在归哪个领导管？", "校对员",
    [L(F6, "BG2024-007")], [["出版部主任"], ["校对科并入出版部", "并入出版部", "2024-07-01"]], attribute="reports_to")
add("r34pub-attr-02", "new_hire", "attribute", "新媒体运营一个月大概能拿多少钱？", "新媒体运营",
    [L(F6, "BG2024-003"), L(F5, "8000-12000元/月，五险一金")],
    [["9000-13000"], ["8000-12000", "2024-03-01", "调整"]], attribute="pay")
add("r34pub-attr-03", "new_hire", "attribute", "发行专员现在在哪儿上班？", "发行专员",
    [L(F6, "BG2024-011")], [["余杭"], ["青岚书刊储运中心", "储运中心"]], attribute="location")
add("r34pub-attr-04", "hr", "attribute", "数字编辑现在要不要求持证上岗？", "数字编辑",
    [L(F6, "BG2024-014")], [["出版专业职业资格"], ["初级"]], attribute="certificate")
add("r34pub-attr-05", "hr", "attribute", "财务会计岗要持什么证书", "财务会计",
    [L(F9, "证书: 初级会计")], [["初级会计专业技术资格", "初级会计"], ["助理会计师"]], attribute="certificate")
add("r34pub-attr-06", "new_hire", "attribute", "财务会计的薪资范围是多少", "财务会计",
    [L(F9, "薪资: 6000-9000")], [["6000-9000"], ["元/月", "月"]], attribute="pay")
add("r34pub-attr-07", "new_hire", "attribute", "新媒体运营要几年工作经验", "新媒体运营",
    [L(F5, "2年以上新媒体运营经验")], [["2年"], ["新媒体运营经验", "图书或文化类"]], attribute="experience")
add("r34pub-attr-08", "manager", "attribute", "版权经理手下有几个人", "版权经理",
    [Q(F10, "版权专员2人"), L(F9, "上级: 版权经理")], [["版权专员"], ["2人", "两"]], attribute="subordinates")
add("r34pub-attr-09", "new_hire", "attribute", "美编归哪个部门", "美术编辑",
    [Q(F1, "所在部门美术设计室"), Q(F10, "美术编辑3人")], [["美术设计室"], ["美术编辑"]], attribute="department")
add("r34pub-attr-10", "hr", "attribute", "版权经理向谁汇报工作", "版权经理",
    [Q(F10, "由版权经理兼任部门负责人，直接向社长汇报")], [["社长"], ["版权部"]], attribute="reports_to")
add("r34pub-attr-11", "new_hire", "attribute", "印制专员工资大概多少", "印制专员",
    [L(F2, "到手大概六七千")], [["六七千"], ["底薪", "绩效"]], attribute="pay")
add("r34pub-attr-12", "hr", "attribute", "行政专员的直属领导是哪位", "行政专员",
    [L(F9, "上级: 综合办公室主任"), L(F6, "BG2024-015")],
    [["综合办公室主任"], ["审批中", "副主任", "尚未生效"]], attribute="reports_to")
add("r34pub-attr-13", "new_hire", "attribute", "美术编辑在哪层楼办公", "美术编辑",
    [Q(F1, "工作地点青岚出版大厦7楼美编室")], [["7楼"], ["青岚出版大厦"]], attribute="location")

# ------------------------------------------------------------------ kpi
add("r34pub-kpi-01", "manager", "kpi", "策划编辑年度考核看哪几个指标", "策划编辑",
    [Q(F4, "年度选题数"), Q(F4, "新书码洋"), Q(F4, "重印率"), Q(F4, "选题按期出版率")],
    [["年度选题数"], ["新书码洋"], ["重印率"], ["选题按期出版率", "按期出版"]])
add("r34pub-kpi-02", "hr", "kpi", "责编的差错率考核标准是多少", "责任编辑",
    [Q(F4, "编校差错率"), Q(F4, "≤1/10000"), Q(F4, "成书抽检差错率，超过万分之一为不合格")],
    [["编校差错率", "差错率"], ["1/10000", "万分之一"]])
add("r34pub-kpi-03", "manager", "kpi", "发行专员怎么考核，各指标权重多少", "发行专员",
    [Q(F4, "发货码洋"), Q(F4, "回款率"), Q(F4, "退货率"), Q(F4, "客户档案完整率")],
    [["发货码洋"], ["回款率"], ["退货率"], ["客户档案完整率"]])
add("r34pub-kpi-04", "hr", "kpi", "校对员的绩效主要看什么", "校对员",
    [L(F2, "答：科里要求每人每月校对量", "答：主要看两样")],
    [["校对字数"], ["差错率"], ["万分之零点五"], ["150万字"]])
add("r34pub-kpi-05", "new_hire", "kpi", "数字编辑试用期怎么考，考多少分能转正", "数字编辑",
    [Q(F8, "试用期内完成电子书转换上架不少于30种"), Q(F8, "电子书校验差错率不高于万分之三"),
     Q(F8, "上级评分总分80分及以上方可转正")],
    [["30种"], ["万分之三"], ["80分"]])
add("r34pub-kpi-06", "manager", "kpi", "版权经理的KPI有哪些", "版权经理",
    [Q(F4, "版权输出项数"), Q(F4, "版权贸易收入"), Q(F4, "合同续约及时率"), Q(F4, "侵权处理结案率")],
    [["版权输出项数"], ["版权贸易收入"], ["合同续约及时率"], ["侵权处理结案率"]])

# ------------------------------------------------------------------ jd
add("r34pub-jd-01", "hr", "jd", "帮忙起草一份责编的岗位说明书", "责任编辑",
    ev_zebian_duty[:4], [["初审"], ["编辑加工"], ["发稿单"]],
    tool={"kind": "jd", "role": "责任编辑", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("r34pub-jd-02", "hr", "jd", "出一份财务会计的JD，职责和任职要求都要有", "财务会计",
    [L(F9, "负责日常会计核算", "办理增值税")], [["凭证"], ["成本核算"], ["纳税申报"]],
    tool={"kind": "jd", "role": "财务会计", "must_cite_files": [F9], "expect_sections": ["duties", "qualifications"]})
add("r34pub-jd-03", "manager", "jd", "给版权经理写个职位描述，我要挂到招聘网站上", "版权经理",
    [L(F5, "负责我社图书版权的输出与引进", "处理侵权盗版投诉")], [["输出", "引进"], ["书展"], ["版权合同"]],
    tool={"kind": "jd", "role": "版权经理", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design
add("r34pub-kd-01", "manager", "kpi_design", "给策划编辑设计一套KPI，4个指标就行", "策划编辑",
    [Q(F4, "年度选题数"), Q(F4, "新书码洋"), Q(F4, "重印率")], [["年度选题数"], ["新书码洋"], ["重印率"]],
    tool={"kind": "kpi_design", "role": "策划编辑", "count": 4, "must_cite_files": [F4],
          "expected_indicators": ["年度选题数", "新书码洋", "重印率"]})
add("r34pub-kd-02", "manager", "kpi_design", "帮搞新媒体的同事设计下考核指标", "新媒体运营",
    [Q(F4, "粉丝净增长"), Q(F4, "直播带货码洋"), Q(F4, "原创内容阅读量")],
    [["粉丝净增长"], ["直播带货码洋"], ["原创内容阅读量"]],
    tool={"kind": "kpi_design", "role": "新媒体运营", "count": None, "must_cite_files": [F4],
          "expected_indicators": ["粉丝净增长", "直播带货码洋", "原创内容阅读量"]})
add("r34pub-kd-03", "hr", "kpi_design", "印制专员的KPI帮我设计5条", "印制专员",
    [Q(F4, "印制成本预算控制率"), Q(F4, "按期出书率"), Q(F4, "印装质量事故")],
    [["印制成本预算控制率"], ["按期出书率"], ["印装质量事故"]],
    tool={"kind": "kpi_design", "role": "印制专员", "count": 5, "must_cite_files": [F4],
          "expected_indicators": ["印制成本预算控制率", "按期出书率", "印装质量事故"]})

# ------------------------------------------------------------------ followup
add("r34pub-fu-01", "new_hire", "followup", "责任编辑的直接上级是谁？", "责任编辑",
    [Q(F1, "汇报对象编辑室主任")], [["编辑室主任"], ["汇报", "上级"]], attribute="reports_to",
    turns=[T("那证书呢？", "attribute", "责任编辑", [Q(F1, "须持有出版专业技术人员职业资格证书（中级）")],
             [["职业资格证书"], ["中级"], ["责任编辑注册", "注册"]], attribute="certificate"),
           T("换成美编呢？", "out_of_scope", "美术编辑")])
add("r34pub-fu-02", "manager", "followup", "策划编辑的工作内容分哪几块", "策划编辑",
    [Q(F1, "选题策划"), Q(F1, "作者开发"), Q(F1, "营销配合"), Q(F1, "编制单品种成本测算表")],
    [["选题策划"], ["作者开发"], ["营销配合"], ["成本测算"]],
    turns=[T("第二条展开说说", "duty", "策划编辑", [Q(F1, "联系、签约作者，维护重点作者关系")],
             [["签约作者", "签约"], ["作者关系"], ["进度"]]),
           T("他的考核指标呢", "kpi", "策划编辑", [Q(F4, "年度选题数"), Q(F4, "新书码洋"), Q(F4, "重印率")],
             [["年度选题数"], ["新书码洋"], ["重印率"]])])
add("r34pub-fu-03", "hr", "followup", "校对员每个月的工作量要求是多少", "校对员",
    [L(F2, "答：科里要求每人每月校对量")], [["150万字"], ["每月"]],
    turns=[T("差错率呢？", "kpi", "校对员", [L(F2, "答：主要看两样")], [["万分之零点五"], ["万分之一"]]),
           T("他现在向谁汇报", "attribute", "校对员", [L(F6, "BG2024-007")],
             [["出版部主任"], ["校对科并入出版部", "并入出版部", "2024-07-01"]], attribute="reports_to")])
add("r34pub-fu-04", "new_hire", "followup", "发行专员都做些什么工作", "发行专员",
    [L(F5, "负责华东区新华书店", "收集市场销售信息")], [["征订"], ["发货", "退货"], ["回款"]],
    turns=[T("在哪里上班？", "attribute", "发行专员", [L(F6, "BG2024-011")], [["余杭"], ["储运中心"]],
             attribute="location"),
           T("工资呢", "attribute", "发行专员", [L(F5, "底薪5000元/月")], [["5000"], ["提成"]], attribute="pay")])
add("r34pub-fu-05", "hr", "followup", "数字编辑的上级是谁", "数字编辑",
    [L(F7, ": 汇报：数字出版中心主任")], [["数字出版中心主任"], ["汇报"]], attribute="reports_to",
    turns=[T("新媒体运营呢？", "attribute", "新媒体运营", [L(F7, "副主任（分管新媒体）")],
             [["副主任"], ["分管新媒体"]], attribute="reports_to"),
           T("它要几年经验", "attribute", "新媒体运营", [L(F5, "2年以上新媒体运营经验")],
             [["2年"], ["运营经验"]], attribute="experience")])
add("r34pub-fu-06", "manager", "followup", "美编的任职要求是什么", "美术编辑",
    [Q(F1, "熟练使用InDesign、Photoshop")], [["大专"], ["InDesign"], ["3年"]],
    turns=[T("考核指标有哪些", "kpi", "美术编辑",
             [Q(F4, "封面一次通过率"), Q(F4, "设计按期交付率"), Q(F4, "年设计品种数"), Q(F4, "印前文件差错")],
             [["封面一次通过率"], ["设计按期交付率"], ["年设计品种数"], ["印前文件差错"]]),
           T("回到责编，他属于哪个部门", "attribute", "责任编辑", [Q(F1, "所属部门编辑一室（文学编辑室）")],
             [["编辑一室"], ["文学编辑室"]], attribute="department")])
add("r34pub-fu-07", "hr", "followup", "印制专员考核哪些指标", "印制专员",
    [Q(F4, "印制成本预算控制率"), Q(F4, "按期出书率"), Q(F4, "印装质量事故"), L(F2, "考核的指标在人力那张分解表里")],
    [["印制成本预算控制率", "成本"], ["按期出书率", "按期出书"], ["印装质量事故"]],
    turns=[T("那它的任职要求呢", "qualification", "印制专员", [L(F2, "答：得懂印刷工艺")],
             [["印刷工艺"], ["大专"], ["2年"]]),
           T("出版部主任的职责呢", "out_of_scope", "出版部主任")])
add("r34pub-fu-08", "manager", "followup", "版权部的版权专员都做些什么", "版权专员",
    [L(F9, "协助版权经理整理版权合同", "维护版权信息数据库")], [["版权合同"], ["版权信息数据库"]],
    turns=[T("他们的上级是谁", "attribute", "版权专员", [L(F9, "上级: 版权经理")], [["版权经理"], ["上级"]],
             attribute="reports_to"),
           T("那版权经理要什么学历", "attribute", "版权经理", [L(F5, "本科及以上学历，外语、法律或出版")],
             [["本科"], ["外语", "法律"]], attribute="education"),
           T("英语有要求吗", "attribute", "版权经理", [L(F5, "英语六级及以上")], [["六级"], ["商务谈判", "英文"]],
             attribute="skills")])
add("r34pub-fu-09", "hr", "followup", "行政专员要做哪些事", "行政专员",
    [L(F9, "负责公文收发", "协助做好来访接待")], [["公文"], ["会务"], ["办公用品"], ["接待"]],
    turns=[T("学历呢", "attribute", "行政专员", [L(F9, "学历: 大专及以上（行政管理")], [["大专"], ["行政管理", "文秘"]],
             attribute="education"),
           T("换成财务会计呢", "attribute", "财务会计", [L(F9, "学历: 本科及以上（会计")], [["本科"], ["会计"]],
             attribute="education")])
add("r34pub-fu-10", "manager", "followup", "编辑室主任底下管哪些岗位", "编辑室主任",
    [Q(F1, "直接下级策划编辑、责任编辑"), Q(F10, "策划编辑4人；责任编辑6人")], [["策划编辑"], ["责任编辑"]],
    attribute="subordinates",
    turns=[T("他自己向谁汇报", "attribute", "编辑室主任", [Q(F1, "直接上级总编辑")], [["总编辑"], ["上级", "汇报"]],
             attribute="reports_to"),
           T("总编辑助理负责什么", "out_of_scope", "总编辑助理")])

# ------------------------------------------------------------------ out of scope
add("r34pub-oos-01", "hr", "out_of_scope", "总编辑助理这个岗需要什么任职条件", "总编辑助理", [], [])
add("r34pub-oos-02", "new_hire", "out_of_scope", "音频制作专员平时负责什么", "音频制作专员", [], [])
add("r34pub-oos-03", "new_hire", "out_of_scope", "社里五险一金的公积金按多少比例交", None, [], [])
add("r34pub-oos-04", "hr", "out_of_scope", "策划编辑的薪资标准是多少", "策划编辑", [], [])
add("r34pub-oos-05", "new_hire", "out_of_scope", "最近有什么好看的长篇小说推荐吗", None, [], [])
add("r34pub-oos-06", "new_hire", "out_of_scope", "InDesign里怎么设置跨页图片的出血", None, [], [])
add("r34pub-oos-07", "hr", "out_of_scope", "责任编辑在哪个地方办公", "责任编辑", [], [])
add("r34pub-oos-08", "hr", "out_of_scope", "客服专员的工作职责是什么", "客服专员", [], [])

with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
