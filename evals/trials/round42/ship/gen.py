"""Round 42 / ship: 60 new questions over the shipped corpus (/tmp/r42code/corpus).

Writes set.jsonl next to this file.  Run with /work/main/.venv/bin/python (pydantic for the
validator).  Checks: validate.py's Item model and Checker.item on every item, and a duplicate
check of question texts against earlier sets (read in code only, never printed).
"""
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
F0 = "000_9eeea241028b3f98.txt"
F1 = "001_96a5821ba6a26479.txt"
F2 = "002_0ddfcbd208019869.txt"
F3 = "003_7b824fd5cb031c95.txt"
F4 = "004_ac9c22820f98b245.txt"


def ev(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def item(id, persona, intent, q, role, ev_list, kp, attribute=None, turns=None, tool=None):
    return {"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
            "attribute": attribute, "evidence": ev_list, "key_points": kp,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool}


def turn(q, intent, role, ev_list, kp, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev_list, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


P = "r42s-"
items = [
    # ---------------- duty (16) ----------------
    item(P + "duty-01", "new_hire", "duty", "一德期货招的HR专员平时都要干些啥?", "人力资源专员",
         [ev(F0, 229, 243)], [["招聘"], ["培训体系"], ["合同管理", "员工档案"], ["福利"]]),
    item(P + "duty-02", "hr", "duty", "合规发展部那个宣传专员具体负责哪些工作", "宣传专员",
         [ev(F0, 275, 281)], [["制度整理"], ["流程梳理"], ["修订"]]),
    item(P + "duty-03", "new_hire", "duty", "客服中心开户专员的活儿主要是哪些?", "开户专员",
         [ev(F0, 351, 359)], [["开销户"], ["档案管理"], ["资料发放"], ["资料变更"]]),
    item(P + "duty-04", "manager", "duty", "大连营业部的财务专员除了做账还要管什么", "财务专员",
         [ev(F0, 395, 403)], [["出市代表"], ["出纳"], ["会计"], ["社保", "保险事务"]]),
    item(P + "duty-05", "new_hire", "duty", "行政部行政助理每天的工作内容是啥", "行政助理",
         [ev(F0, 465, 479)], [["总机"], ["来访人员"], ["办公用品"], ["考勤"]]),
    item(P + "duty-06", "manager", "duty", "连锁养生会所当店长,日常都得负责什么?", "店长",
         [ev(F1, 11, 27)], [["服务意识"], ["工作计划"], ["奖罚制度"], ["培训员工"]]),
    item(P + "duty-07", "new_hire", "duty", "做快递业务员主要负责什么", "快递业务员",
         [ev(F0, 603, 615)], [["收送快件"], ["客户的维护"], ["开拓新市场"], ["突发事件"]]),
    item(P + "duty-08", "hr", "duty", "养生会所营销总监的岗位职责帮我列一下", "营销总监",
         [ev(F1, 29, 61)], [["营销策略"], ["例会"], ["会员档案"], ["大客户"]]),
    item(P + "duty-09", "new_hire", "duty", "按摩技师部门的主管日常要做哪些", "按摩技师部门主管",
         [ev(F1, 109, 117)], [["技师日常管理"], ["卫生"], ["消耗品"]]),
    item(P + "duty-10", "hr", "duty", "负责呼叫中心业务数据汇总分析的那个岗位,职责有哪些?", None,
         [ev(F1, 223, 243)], [["满意度调查"], ["预审"], ["历史录音"], ["知识库"]]),
    item(P + "duty-11", "new_hire", "duty", "导航公司的客服专员要做些什么工作", "客服专员",
         [ev(F2, 285, 293)], [["监控"], ["sim卡"], ["技术答疑"], ["调度工程安装人员"]]),
    item(P + "duty-12", "new_hire", "duty", "网店的在线客服专员具体干啥", "客服专员",
         [ev(F2, 294, 298)], [["售前"], ["售中"], ["售后"], ["退换货"]]),
    item(P + "duty-13", "manager", "duty", "广汽丰田龙华宁海店的客户经理负责啥", "客户经理",
         [ev(F4, 46, 54)], [["客户服务部的全面工作"], ["投诉"], ["CIS"], ["安全卫生"]]),
    item(P + "duty-14", "hr", "duty", "物业公司客服中心经理岗位职责有哪些", "客户服务中心经理",
         [ev(F4, 72, 86)], [["例会"], ["投诉记录"], ["管理费催缴"], ["业主访谈"]]),
    item(P + "duty-15", "manager", "duty", "银行里的风险经理是干嘛的?跟客户经理怎么分工", "风险经理",
         [ev(F4, 40), ev(F4, 252)], [["计量"], ["预防和改进措施"], ["建设性意见"]]),
    item(P + "duty-16", "new_hire", "duty", "金融行业公司的客服专员要负责什么", "客服专员",
         [ev(F2, 267, 273)], [["咨询"], ["投诉"], ["一站式"], ["购卡"]]),
    # ---------------- qualification (12) ----------------
    item(P + "qual-01", "new_hire", "qualification", "想去一德期货研究院当分析师,有啥要求", "分析师",
         [ev(F0, 197, 203)], [["研究生"], ["经济学", "金融"]]),
    item(P + "qual-02", "hr", "qualification", "财务部财务岗招人的条件是什么?", "财务岗",
         [ev(F0, 245, 255)], [["本科"], ["会计"], ["财务软件"], ["期货从业人员资格证书"]]),
    item(P + "qual-03", "new_hire", "qualification", "顾问服务专员对应聘者有什么要求", "顾问服务专员",
         [ev(F0, 319, 327)], [["本科"], ["人际关系"], ["学生社团"]]),
    item(P + "qual-04", "hr", "qualification", "干外贸业务经理得是什么样的人", "外贸业务经理",
         [ev(F2, 159)], [["市场开拓能力"], ["韧性"], ["抗压能力"]]),
    item(P + "qual-05", "hr", "qualification", "招行政助理有什么硬性条件吗", "行政助理",
         [ev(F0, 481, 493)], [["女性"], ["28岁以下"], ["普通话"], ["大专"]]),
    item(P + "qual-06", "new_hire", "qualification", "软件开发工程师那个岗位要会什么", "软件开发工程师",
         [ev(F0, 545, 555)], [["一年以上的开发经验"], ["Java", "C#", "C++"], ["WEB开发框架"]]),
    item(P + "qual-07", "new_hire", "qualification", "当老师的任职资格有哪些", "教师",
         [ev(F0, 653, 661), ev(F0, 681, 697)], [["教师资格证"], ["普通话证书"], ["亲和力"]]),
    item(P + "qual-08", "hr", "qualification", "我们想招个大客户经理,学历和经验要卡到什么程度?", "大客户经理",
         [ev(F4, 149, 154)], [["市场营销"], ["本科"], ["3年以上"]]),
    item(P + "qual-09", "new_hire", "qualification", "银行柜员现在吃香的是什么样的人", "柜员",
         [ev(F2, 208, 210)], [["柜台业务"], ["从业资格"]]),
    item(P + "qual-10", "hr", "qualification", "总部财务部招财务人员,任职资格是啥", "财务人员",
         [ev(F0, 501, 511)], [["30岁以下"], ["3年以上财务工作经验"], ["用友"], ["VBA"]]),
    item(P + "qual-11", "new_hire", "qualification", "制度专员要什么学历专业,需不需要期货从业资格", "制度专员",
         [ev(F0, 285, 291)], [["本科"], ["专业不限"], ["期货从业资格"]]),
    item(P + "qual-12", "manager", "qualification", "银行招客户经理最看重什么样的人", "客户经理",
         [ev(F2, 214, 215)], [["懂业务"], ["懂风险"], ["营销指标"]]),
    # ---------------- attribute (8) ----------------
    item(P + "attr-01", "new_hire", "attribute", "快递业务员归哪个领导管?属于哪个部门", "快递业务员",
         [ev(F0, 597, 601)], [["快递业务主管"], ["业务部"]], attribute="reports_to"),
    item(P + "attr-02", "new_hire", "attribute", "研究院分析师是不是只能在天津总部上班", "分析师",
         [ev(F0, 217)], [["总部研究院"], ["北京", "上海"]], attribute="location"),
    item(P + "attr-03", "hr", "attribute", "大客户经理直接上级是谁", "大客户经理",
         [ev(F4, 118, 122)], [["营运总监"], ["直接领导", "直接接受"]], attribute="reports_to"),
    item(P + "attr-04", "new_hire", "attribute", "大连营业部信息技术专员要有什么证书", "信息技术专员",
         [ev(F0, 431, 433)], [["Cisco"], ["期货从业资格"]], attribute="certificate"),
    item(P + "attr-05", "manager", "attribute", "凉山邮政给大客户经理发钱是按什么结构发的", "大客户经理",
         [ev(F1, 133, 139)], [["业绩工资"], ["营销奖励"], ["外勤津贴"]], attribute="pay"),
    item(P + "attr-06", "manager", "attribute", "按摩技师部门一个主管手下带多少技师", "按摩技师部门主管",
         [ev(F1, 111)], [["10名左右"], ["2~3名主管", "增设主管"]], attribute="subordinates"),
    item(P + "attr-07", "hr", "attribute", "物业客服中心经理对谁负责", "客户服务中心经理",
         [ev(F4, 74)], [["主管领导"], ["物业公司"]], attribute="reports_to"),
    item(P + "attr-08", "new_hire", "attribute", "在银行做客户经理,月收入一般啥水平?", "客户经理",
         [ev(F2, 216)], [["月薪过万"], ["差额"]], attribute="pay"),
    # ---------------- method / kpi (4) ----------------
    item(P + "method-01", "hr", "method", "设计关键绩效指标一般分哪几步走", None,
         [ev(F0, 45, 55)], [["确定战略目标"], ["关键绩效领域"], ["SMART"], ["权重"]]),
    item(P + "kpi-01", "manager", "kpi", "凉山邮政大客户经理业绩工资考核的几项指标各占多少分", "大客户经理",
         [ev(F1, 147, 155)], [["基础工作"], ["大客户服务和维护"], ["信息反馈"], ["20分"], ["30分"]]),
    item(P + "kpi-02", "hr", "kpi", "现在商业银行对客户经理绩效一般考核些什么", "客户经理",
         [ev(F4, 167)], [["效益考核"], ["管理考核"], ["利息收入"], ["业务费收入"]]),
    item(P + "kpi-03", "manager", "kpi", "券商营业部对客户经理的考核分哪几块,多久考一次", "客户经理",
         [ev(F3, 154, 155)], [["工作职责考核"], ["业绩考核"], ["每三个月"], ["级别"]]),
    # ---------------- jd (2) ----------------
    item(P + "jd-01", "hr", "jd", "帮我写一份网络管理员的JD", "网络管理员",
         [ev(F0, 513, 531)], [["网络系统维护"], ["系统安全"], ["数据库管理"]],
         tool={"kind": "jd", "role": "网络管理员", "must_cite_files": [F0],
               "expect_sections": ["duties", "qualifications"]}),
    item(P + "jd-02", "hr", "jd", "起草一份客户关系专员的岗位说明书", "客户关系专员",
         [ev(F0, 361, 381)], [["分级维护"], ["数据分析"], ["CRM"]],
         tool={"kind": "jd", "role": "客户关系专员", "must_cite_files": [F0],
               "expect_sections": ["duties", "qualifications"]}),
    # ---------------- kpi_design (2) ----------------
    item(P + "kd-01", "manager", "kpi_design", "给我们支行客户经理设计5个KPI", "客户经理",
         [ev(F0, 91)], [["日均存款新增额"], ["日均贷款余额"], ["中间业务收入"], ["新增个人VIP客户数"],
                        ["客户经理与潜在客户的接触次数"]],
         tool={"kind": "kpi_design", "role": "客户经理", "count": 5, "must_cite_files": [F0],
               "expected_indicators": ["日均存款新增额", "日均贷款余额", "中间业务收入", "新增个人VIP客户数",
                                       "客户经理与潜在客户的接触次数"]}),
    item(P + "kd-02", "hr", "kpi_design", "销售人员的考核指标帮我设计一套", "销售人员",
         [ev(F0, 131)], [["销售量"], ["回款额"], ["利润额"], ["市场占有率"], ["客户满意度"]],
         tool={"kind": "kpi_design", "role": "销售人员", "count": None, "must_cite_files": [F0],
               "expected_indicators": ["销售量", "回款额", "利润额", "市场占有率", "客户满意度"]}),
    # ---------------- followup (8) ----------------
    item(P + "fu-01", "new_hire", "followup", "一德期货客服中心的产品服务专员平时主要干啥?", "产品服务专员",
         [ev(F0, 311, 317)], [["新业务测试"], ["宣传资料"], ["400电话"]],
         turns=[turn("那这个岗招人看哪些条件?", "qualification", "产品服务专员", [ev(F0, 301, 309)],
                     [["本科"], ["沟通协调能力"], ["组织培训的经验"]]),
                turn("那客户关系专员那边呢?", "qualification", "客户关系专员", [ev(F0, 363, 371)],
                     [["数据分析能力"], ["学生社团"]])]),
    item(P + "fu-02", "manager", "followup", "养生会所按摩技师部门经理负责哪些事儿", "按摩技师部门经理",
         [ev(F1, 63, 77)], [["节假日促销方案"], ["规章制度"], ["按摩手法"], ["例会"]],
         turns=[turn("他平时向谁汇报工作?", "attribute", "按摩技师部门经理", [ev(F1, 65, 67)],
                     [["总经理", "老板"], ["汇报"]], attribute="reports_to"),
                turn("第5条具体说的是啥", "duty", "按摩技师部门经理", [ev(F1, 75)],
                     [["按摩手法"], ["考核"]])]),
    item(P + "fu-03", "hr", "followup", "网格经理都管些什么", "网格经理",
         [ev(F4, 56, 63)], [["风险"], ["网格团队"], ["项目管理"], ["资源整合"]],
         turns=[turn("那网格里的客户经理呢?", "duty", "网格客户经理", [ev(F4, 64, 70)],
                     [["走访"], ["欠费收缴"], ["销售渠道"]]),
                turn("把第3条再展开说下", "duty", "网格客户经理", [ev(F4, 67)],
                     [["用户档案"], ["拆机挽留"]])]),
    item(P + "fu-04", "new_hire", "followup", "大连营业部交易专员的招聘要求是什么", "交易专员",
         [ev(F0, 407, 415)], [["本科"], ["期货从业资格"], ["交割业务"]],
         turns=[turn("进去以后主要干啥活", "duty", "交易专员", [ev(F0, 417, 419)],
                     [["来电交易委托"], ["风险控制"], ["行情查询"]]),
                turn("这个岗一个月给多少钱", "out_of_scope", "交易专员", [], [])]),
    item(P + "fu-05", "hr", "followup", "健康养生会所的技术经理有哪些职责", "技术经理",
         [ev(F1, 79, 107)], [["培训"], ["专业技术流程"], ["考勤统计"], ["仪容仪表"]],
         turns=[turn("第八条考勤那块具体要做什么", "duty", "技术经理", [ev(F1, 99)],
                     [["考勤统计"], ["表扬"], ["沟通谈心"]]),
                turn("他上面是谁领导", "attribute", "技术经理", [ev(F1, 81)],
                     [["会所总经理"], ["保健部经理"]], attribute="reports_to")]),
    item(P + "fu-06", "manager", "followup", "铝材销售经理那篇里,他自己列的岗位职责有哪些?", "销售经理",
         [ev(F2, 135, 142)], [["区域销售任务"], ["出库手续"], ["市场信息"], ["领导交办"]],
         turns=[turn("第三条啥意思", "duty", "销售经理", [ev(F2, 138)], [["出库手续"], ["严格执行"]]),
                turn("这岗位要什么学历", "out_of_scope", "销售经理", [], [])]),
    item(P + "fu-07", "hr", "followup", "做岗位分析具体怎么操作,分几步?", None,
         [ev(F0, 23)], [["调查方案"], ["调查研究"], ["初步整理出岗位说明书"], ["反馈与修正"]],
         turns=[turn("其中哪一步最关键", "method", None, [ev(F0, 23)], [["初步整理出岗位说明书"], ["关键环节"]]),
                turn("那岗位评价一般用哪些方法", "method", None, [ev(F0, 25)],
                     [["因素计点法"], ["海氏评价法"], ["岗位排序法"]])]),
    item(P + "fu-08", "new_hire", "followup", "一德期货营业部的市场开发专员主要工作是啥", "市场开发专员",
         [ev(F0, 453, 459)], [["客户开发"], ["客户指导"], ["盯市"], ["出入金"]],
         turns=[turn("能去哪些城市上班", "attribute", "市场开发专员", [ev(F0, 451)],
                     [["北京"], ["宁波"], ["德州"]], attribute="location"),
                turn("对专业有什么要求吗", "attribute", "市场开发专员", [ev(F0, 447)],
                     [["市场营销"], ["金融", "经济"]], attribute="major")]),
    # ---------------- out_of_scope (8) ----------------
    item(P + "oos-01", "hr", "out_of_scope", "客户经理劳动合同到期不续签,公司要付多少经济补偿?", None, [], []),
    item(P + "oos-02", "manager", "out_of_scope", "新余农商银行的理财经理具体岗位职责是啥", "理财经理", [], []),
    item(P + "oos-03", "new_hire", "out_of_scope", "骆伽在惠康一年能拿多少提成", None, [], []),
    item(P + "oos-04", "new_hire", "out_of_scope", "一德期货行政助理的月薪是多少", "行政助理", [], []),
    item(P + "oos-05", "manager", "out_of_scope", "CRM系统用Salesforce好还是自己开发好?", None, [], []),
    item(P + "oos-06", "new_hire", "out_of_scope", "今天天津天气怎么样", None, [], []),
    item(P + "oos-07", "hr", "out_of_scope", "在大连交五险一金,公司那部分比例是多少", None, [], []),
    item(P + "oos-08", "hr", "out_of_scope", "券商保荐代表人的岗位职责有哪些", "保荐代表人", [], []),
]


def main():
    out = HERE / "set.jsonl"
    assert len(items) == 60, len(items)
    assert len({i["id"] for i in items}) == 60
    out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
    sys.path.insert(0, "/tmp/r42code/evals/sets")
    import validate as V
    ck = V.Checker()
    corpus = V.Corpus(Path("/tmp/r42code/corpus"))
    loaded = V.load(out, ck)
    for it in loaded:
        ck.item(it, corpus)
    errs = [getattr(ck, a) for a in ("errors", "problems", "errs") if hasattr(ck, a)]
    print("validator problems:", errs[0] if errs else vars(ck))
    # duplicate check (read earlier sets in code, print only counts / our ids)
    import glob
    prev_q, prev_ids = set(), set()
    files = (glob.glob("/tmp/r42code/evals/data/*.jsonl") + glob.glob("/tmp/r42code/evals/sets/*.jsonl")
             + glob.glob("/tmp/r42code/evals/trials/**/set*.jsonl", recursive=True))
    for f in files:
        for line in open(f, encoding="utf-8"):
            line = line.strip()
            if not line:
                continue
            try:
                d = json.loads(line)
            except Exception:
                continue
            for k in ("question", "q", "query"):
                if isinstance(d.get(k), str):
                    prev_q.add(V.norm(d[k]))
            for t in d.get("turns") or []:
                if isinstance(t, dict) and isinstance(t.get("question"), str):
                    prev_q.add(V.norm(t["question"]))
                elif isinstance(t, str):
                    prev_q.add(V.norm(t))
            if isinstance(d.get("id"), str):
                prev_ids.add(d["id"])
    mine = [(i["id"], i["question"]) for i in items] + [
        (i["id"] + "/t", t["question"]) for i in items for t in (i["turns"] or [])]
    dup = [iid for iid, q in mine if V.norm(q) in prev_q]
    print(f"checked {len(files)} files, {len(prev_q)} earlier questions; duplicates: {dup}")
    print("id clashes:", [i["id"] for i in items if i["id"] in prev_ids])


if __name__ == "__main__":
    main()
