#!/usr/bin/env python3
"""Writes set.jsonl (round 66 / port). Items written from truth.json / the generated corpus only."""
import json
from pathlib import Path

F1 = "01_装卸作业部岗位说明书（2025版）.docx"
F2 = "02_拖轮船长岗位说明书.docx"
F3 = "03_装卸生产KPI指标库.xlsx"
F4 = "04_一线岗位卡.xlsx"
F5 = "05_岗位分析问卷_商务及关务岗位.csv"
F6 = "06_秋季社招岗位对比.html"
F7 = "07_人力资源专题会议纪要（2025-3）.pdf"
F8 = "08_新员工入职FAQ.md"
F9 = "09_邮件_报关员单证员招聘条件确认.txt"
F10 = "10_各岗位班制及夜班津贴.txt"


def q(f, quote):
    return {"file": f, "quote": quote}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def item(id, persona, intent, question, role, ev, kp, attribute=None, turns=None, tool=None):
    return {"id": f"r66p-{id}", "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope",
            "turns": turns, "tool": tool}


def turn(question, intent, role, ev, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def oos_turn(question):
    return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}


D_QD = [q(F1, "按照配载图和作业指令操作岸边集装箱起重机"), q(F1, "作业前对桥吊进行班前点检"),
        q(F1, "风速超过6级或遇雷雨天气时按规定停止作业"), q(F1, "交接班时向接班司机说明设备状况")]
D_LMD = [q(F1, "操作轮胎式龙门吊完成堆场集装箱的收箱"), q(F1, "按堆场计划员下达的箱位计划进箱落位"),
         q(F1, "锁销全部解开后方可起吊")]
D_TUG = [q(F2, "全面负责本船安全航行，协助大型集装箱船舶靠离泊作业"), q(F2, "接受船舶调度员下达的拖带指令"),
         q(F2, "组织船员开展消防、弃船、溢油应急演练"), q(F2, "负责本船防污染管理，审核签署油类记录簿")]
C_LH = q(F4, "核对船舶积载图与进出口舱单")
C_DC = q(F4, "根据船期和预配信息编制堆场箱区规划")
C_TD = q(F4, "编制昼夜作业计划和泊位计划")
C_WX = q(F4, "对桥吊、龙门吊进行定期保养和预防性维修")
C_JK = q(F4, "驾驶集卡按作业指令在码头前沿与堆场之间")

items = []
A = items.append
# ---------------- duty (14)
A(item("duty-01", "new_hire", "duty", "我刚来当桥吊司机，平时主要干哪些活？", "桥吊司机", D_QD[:3],
       [["配载图"], ["班前点检", "点检"], ["6级"]]))
A(item("duty-02", "new_hire", "duty", "RTG司机也就是龙门吊司机每天要做啥", "龙门吊司机", D_LMD,
       [["收箱", "提箱", "翻箱"], ["箱位计划"], ["锁销"]]))
A(item("duty-03", "hr", "duty", "拖轮船长的工作职责是什么？", "拖轮船长", D_TUG,
       [["安全航行"], ["拖带", "顶推"], ["应急演练", "演练"], ["油类记录簿", "防污染"]]))
A(item("duty-04", "new_hire", "duty", "理货员具体负责什么工作", "理货员", [C_LH],
       [["积载图"], ["残损"], ["手持终端"], ["理货单证"]]))
A(item("duty-05", "manager", "duty", "堆场计划主要干什么的", "堆场计划员", [C_DC],
       [["箱区规划", "箱位"], ["翻箱率"], ["85%"]]))
A(item("duty-06", "new_hire", "duty", "船调每天的工作内容都有啥", "船舶调度员", [C_TD],
       [["泊位计划", "昼夜作业计划"], ["拖带指令", "拖轮"], ["调度日志"]]))
A(item("duty-07", "manager", "duty", "设备维修技师要负责哪些事情", "设备维修技师",
       [C_WX, q(F7, "设备维修技师增加一项职责：负责岸桥远程操控系统的日常巡检和故障")],
       [["保养", "预防性维修"], ["15分钟"], ["远程操控"]]))
A(item("duty-08", "new_hire", "duty", "集卡司机的岗位职责", "集卡司机", [C_JK],
       [["水平运输"], ["30公里"], ["轮胎", "制动"]]))
A(item("duty-09", "hr", "duty", "保税仓那边报关员主要做什么", "报关员", [L(F5, 2, 6)],
       [["报关", "报检"], ["查验"], ["账册", "核销"]]))
A(item("duty-10", "new_hire", "duty", "单证员工作内容有哪些", "单证员", [L(F5, 7, 10), L(F6, 19)],
       [["提单"], ["舱单"], ["归档"]]))
A(item("duty-11", "new_hire", "duty", "商务客服要做些什么呀", "商务客服", [L(F5, 11, 14), L(F6, 19)],
       [["热线", "电话"], ["投诉"], ["发票"]]))
A(item("duty-12", "manager", "duty", "安全主管的职责有哪些", "安全主管", [L(F6, 19)],
       [["规章制度", "操作规程"], ["安全检查"], ["危险货物"], ["应急演练"]]))
A(item("duty-13", "new_hire", "duty", "桥吊司机交接班的时候要做什么", "桥吊司机", [D_QD[3]],
       [["设备状况"], ["未完成"]]))
A(item("duty-14", "manager", "duty", "船舶调度员跟拖轮那边怎么配合的", "船舶调度员",
       [C_TD, D_TUG[1]], [["拖带指令"], ["引航"]]))
# ---------------- qualification (10)
A(item("qual-01", "new_hire", "qualification", "想应聘桥吊司机需要啥条件", "桥吊司机",
       [q(F1, "2年以上岸桥或门座起重机操作经验"), q(F1, "特种设备作业人员证（起重机司机Q2）"), q(F1, "矫正视力5.0以上")],
       [["2年"], ["特种设备作业人员证", "Q2"], ["视力", "5.0"]]))
A(item("qual-02", "hr", "qualification", "龙门吊司机的任职资格", "龙门吊司机",
       [q(F1, "1年以上轮胎式龙门吊（RTG）操作经验"), q(F1, "特种设备作业人员证（起重机司机）"), q(F1, "高中（中专）及以上")],
       [["1年"], ["RTG", "轮胎式龙门吊"], ["特种设备作业人员证"]]))
A(item("qual-03", "hr", "qualification", "拖轮船长要什么资历和证书", "拖轮船长",
       [q(F2, "3年以上拖轮大副任职经历"), q(F2, "海船船长适任证书（3000总吨以下）")],
       [["3年"], ["大副"], ["船长适任证书"], ["GMDSS"]]))
A(item("qual-04", "hr", "qualification", "堆场计划员招聘要求是什么", "堆场计划员",
       [q(F4, "本科及以上"), q(F4, "2年以上码头堆场或场站计划经验"), q(F4, "物流工程、交通运输、港口航道与海岸工程")],
       [["本科"], ["2年"], ["物流工程", "交通运输"]]))
A(item("qual-05", "hr", "qualification", "安全主管要什么条件？注安证必须有吗", "安全主管", [L(F6, 12, 15)],
       [["本科"], ["5年"], ["注册安全工程师"]]))
A(item("qual-06", "hr", "qualification", "报关员的任职资格是啥", "报关员", [L(F5, 2, 6), L(F9, 11), L(F9, 28)],
       [["大专"], ["3年"], ["报关水平测试证书"]]))
A(item("qual-07", "new_hire", "qualification", "设备维修的师傅要啥学历跟证书", "设备维修技师",
       [q(F4, "中专及以上"), q(F4, "低压电工作业证"), q(F4, "3年以上起重机械维修经验")],
       [["中专"], ["低压电工"], ["3年"]]))
A(item("qual-08", "hr", "qualification", "集卡司机招聘条件", "集卡司机",
       [q(F4, "A2驾驶证"), q(F4, "2年以上牵引车驾驶经验"), q(F4, "初中及以上")],
       [["A2"], ["2年"], ["初中"]]))
A(item("qual-09", "new_hire", "qualification", "应届生能做理货员吗，要求高不高", "理货员",
       [q(F4, "不限，应届毕业生亦可"), q(F4, "理货员岗位培训合格证（入职后取得）")],
       [["应届"], ["培训合格证"]]))
A(item("qual-10", "hr", "qualification", "单证员需要什么学历和经验", "单证员",
       [L(F5, 7, 10), L(F6, 12, 14), L(F9, 32)], [["大专"], ["1年"], ["货代", "单证经验"]]))
# ---------------- attribute (10)
A(item("attr-01", "new_hire", "attribute", "桥吊司机归谁管", "桥吊司机", [q(F1, "桥吊班班长")], [["桥吊班班长"], ["班长"]],
       attribute="reports_to"))
A(item("attr-02", "new_hire", "attribute", "拖轮船长在哪上班？", "拖轮船长", [q(F2, "东澜港拖轮基地（西港池）")],
       [["拖轮基地"], ["西港池"]], attribute="location"))
A(item("attr-03", "new_hire", "attribute", "理货员工资大概多少一个月", "理货员",
       [q(F4, "6000"), q(F4, "8600")], [["6000"], ["8600"]], attribute="pay"))
A(item("attr-04", "new_hire", "attribute", "集卡司机夜班有补贴吗，多少钱", "集卡司机",
       [L(F10, 4), q(F7, "集卡司机夜班津贴由每班50元提高至80元")], [["80元"], ["/班", "每班"]], attribute="benefits"))
A(item("attr-05", "manager", "attribute", "安全主管手下带几个人", "安全主管", [L(F6, 11)], [["安全员"], ["3名"]],
       attribute="subordinates"))
A(item("attr-06", "new_hire", "attribute", "报关员是哪个部门的", "报关员", [L(F5, 2), L(F9, 27)], [["保税仓储部"], ["关务组", "关务"]],
       attribute="department"))
A(item("attr-07", "hr", "attribute", "船舶调度员的直属领导是谁", "船舶调度员", [q(F7, "计划部副经理（分管调度）")],
       [["副经理"], ["生产计划部", "分管调度"]], attribute="reports_to"))
A(item("attr-08", "new_hire", "attribute", "单证员向谁汇报工作", "单证员", [L(F9, 12)], [["单证组长"], ["组长"]],
       attribute="reports_to"))
A(item("attr-09", "hr", "attribute", "船舶调度员要什么专业背景", "船舶调度员", [q(F4, "航海技术、港口业务管理")],
       [["航海技术"], ["港口业务管理"]], attribute="major"))
A(item("attr-10", "hr", "attribute", "拖轮船长年薪多少", "拖轮船长", [q(F2, "实行年薪制，年薪28万-36万元")],
       [["28万"], ["36万"]], attribute="pay"))
# ---------------- kpi (5)
K = lambda s: q(F3, s)
A(item("kpi-01", "manager", "kpi", "桥吊司机考核哪些指标，权重各多少", "桥吊司机",
       [K("桥吊台时效率=月装卸自然箱量÷桥吊作业小时"), K("设备责任事故次数：因操作不当造成设备损坏的事故次数"), K("≥32自然箱/小时")],
       [["桥吊台时效率"], ["设备责任事故"], ["32"]]))
A(item("kpi-02", "manager", "kpi", "理货员的KPI是怎么定的", "理货员",
       [K("理货差错率=差错箱数÷理货总箱数×100%"), K("箱位准确率=实际箱位与计划箱位一致的箱数÷总箱数×100%"),
        K("客户有效投诉次数：经核实属实的客户投诉次数"), K("≤0.05%")],
       [["理货差错率"], ["箱位准确率"], ["投诉"]]))
A(item("kpi-03", "manager", "kpi", "拖轮船长年度考核看什么", "拖轮船长",
       [q(F7, "安全航行责任事故次数"), q(F7, "拖带作业准时率 30% ≥98%"), q(F7, "单位拖带燃油消耗"), q(F7, "应急演练完成率 20% 100%")],
       [["安全航行责任事故"], ["准时率"], ["燃油"], ["应急演练完成率"]]))
A(item("kpi-04", "hr", "kpi", "船调怎么考核的", "船舶调度员",
       [K("船舶准班率=按计划时间靠泊的船舶艘次÷总艘次×100%"), K("船时效率=船舶在泊期间装卸自然箱量÷在泊小时"), K("≥95%")],
       [["船舶准班率"], ["船时效率"], ["95%"]]))
A(item("kpi-05", "manager", "kpi", "集卡司机绩效考核指标有哪些", "集卡司机",
       [K("集卡平均周转时间=集卡从接受指令到完成卸箱返回的平均用时（分钟）"), K("违章作业次数：安全检查中发现的违章作业次数"),
        K("≤25分钟")], [["周转时间"], ["违章"], ["25分钟"]]))
# ---------------- jd (3)
A(item("jd-01", "hr", "jd", "帮我写一份桥吊司机的JD，招聘要用", "桥吊司机", D_QD,
       [["配载图"], ["点检"], ["交接班"]],
       tool={"kind": "jd", "role": "桥吊司机", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]}))
A(item("jd-02", "hr", "jd", "给拖轮船长出个岗位说明书草稿", "拖轮船长", D_TUG,
       [["安全航行"], ["拖带"], ["油类记录簿", "防污染"]],
       tool={"kind": "jd", "role": "拖轮船长", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]}))
A(item("jd-03", "manager", "jd", "起草一份堆场计划员的招聘JD", "堆场计划员", [C_DC],
       [["箱区规划"], ["翻箱率"]],
       tool={"kind": "jd", "role": "堆场计划员", "must_cite_files": [F4], "expect_sections": ["duties", "qualifications"]}))
# ---------------- kpi_design (3)
LMD_I = ["翻箱率", "箱位准确率", "设备责任事故次数", "违章作业次数"]
A(item("kd-01", "manager", "kpi_design", "帮龙门吊司机设计一套KPI，4个指标左右", "龙门吊司机",
       [K("翻箱率=翻箱次数÷提箱次数×100%"), K("箱位准确率=实际箱位与计划箱位一致的箱数÷总箱数×100%"),
        K("设备责任事故次数：因操作不当造成设备损坏的事故次数"), K("违章作业次数：安全检查中发现的违章作业次数")],
       [[x] for x in LMD_I],
       tool={"kind": "kpi_design", "role": "龙门吊司机", "count": 4, "must_cite_files": [F3], "expected_indicators": LMD_I}))
LH_I = ["理货差错率", "箱位准确率", "客户有效投诉次数"]
A(item("kd-02", "manager", "kpi_design", "理货中心想给理货员做个绩效方案，你看选哪些指标合适", "理货员",
       [K("理货差错率=差错箱数÷理货总箱数×100%"), K("箱位准确率=实际箱位与计划箱位一致的箱数÷总箱数×100%"),
        K("客户有效投诉次数：经核实属实的客户投诉次数")],
       [[x] for x in LH_I],
       tool={"kind": "kpi_design", "role": "理货员", "count": None, "must_cite_files": [F3], "expected_indicators": LH_I}))
TUG_I = ["安全航行责任事故次数", "拖带作业准时率", "单位拖带燃油消耗", "应急演练完成率"]
A(item("kd-03", "hr", "kpi_design", "拖轮船长的考核指标帮我设计一下，5个", "拖轮船长",
       [q(F7, "安全航行责任事故次数"), q(F7, "拖带作业准时率 30% ≥98%"), q(F7, "单位拖带燃油消耗"),
        q(F7, "应急演练完成率 20% 100%")], [[x] for x in TUG_I],
       tool={"kind": "kpi_design", "role": "拖轮船长", "count": 5, "must_cite_files": [F7], "expected_indicators": TUG_I}))
# ---------------- followup (8)
A(item("fu-01", "new_hire", "followup", "集卡司机平时干啥", "集卡司机", [C_JK], [["水平运输"], ["30公里"]],
       turns=[turn("那他归谁管？", "attribute", "集卡司机", [q(F4, "车队长")], [["车队长"], ["车队"]], "reports_to"),
              turn("夜班补贴多少钱", "attribute", "集卡司机", [L(F10, 4)], [["80元"], ["/班"]], "benefits")]))
A(item("fu-02", "hr", "followup", "报关员要什么条件", "报关员", [L(F5, 2, 6), L(F9, 11)], [["大专"], ["报关水平测试证书"]],
       turns=[turn("经验要几年？", "attribute", "报关员", [L(F9, 11)], [["3年"], ["保税区", "账册"]], "experience"),
              turn("换成单证员呢", "attribute", "单证员", [L(F5, 10), L(F6, 14)], [["1年"], ["货代", "单证经验"]], "experience")]))
A(item("fu-03", "manager", "followup", "安全主管负责哪些事", "安全主管", [L(F6, 19)], [["安全检查"], ["危险货物"]],
       turns=[turn("第3条展开说说", "duty", "安全主管", [L(F6, 19)], [["危险货物集装箱", "堆存"], ["审批", "监管"]]),
              turn("他下面有几个人", "attribute", "安全主管", [L(F6, 11)], [["3名"], ["安全员"]], "subordinates")]))
A(item("fu-04", "manager", "followup", "桥吊司机KPI是啥", "桥吊司机",
       [K("桥吊台时效率=月装卸自然箱量÷桥吊作业小时"), K("设备责任事故次数：因操作不当造成设备损坏的事故次数")],
       [["桥吊台时效率"], ["设备责任事故"]],
       turns=[turn("台时效率的目标定的多少", "kpi", "桥吊司机", [K("≥32自然箱/小时"), K("每低1箱扣2分")], [["32"], ["自然箱"]]),
              turn("龙门吊司机呢", "kpi", "龙门吊司机", [K("翻箱率=翻箱次数÷提箱次数×100%"),
                                                   K("箱位准确率=实际箱位与计划箱位一致的箱数÷总箱数×100%")],
                   [["翻箱率"], ["箱位准确率"]])]))
A(item("fu-05", "new_hire", "followup", "商务客服工资多少", "商务客服", [L(F6, 16)], [["5500"], ["7000"]], attribute="pay",
       turns=[turn("单证员呢", "attribute", "单证员", [L(F6, 16)], [["6000"], ["7500"]], "pay"),
              turn("那单证员在哪办公", "attribute", "单证员", [L(F5, 10), L(F6, 17)], [["商务大厅二楼"], ["商务大厅"]], "location")]))
A(item("fu-06", "new_hire", "followup", "设备维修技师干啥的", "设备维修技师", [C_WX], [["保养"], ["15分钟"]],
       turns=[turn("还有吗", "duty", "设备维修技师", [C_WX, q(F7, "设备维修技师增加一项职责：负责岸桥远程操控系统的日常巡检和故障")],
                   [["远程操控", "年度检验"], ["备件", "巡检", "检验"]]),
              turn("要什么证", "attribute", "设备维修技师", [q(F4, "低压电工作业证")], [["低压电工"], ["电工作业证"]], "certificate")]))
A(item("fu-07", "hr", "followup", "拖轮船长上级是谁", "拖轮船长", [q(F2, "汇报对象由海事服务部经理改为拖轮队队长")], [["拖轮队队长"], ["队长"]], attribute="reports_to",
       turns=[turn("下属呢", "attribute", "拖轮船长", [q(F2, "拖轮大副、轮机长、水手")], [["大副"], ["轮机长"], ["水手"]], "subordinates"),
              oos_turn("那拖轮大副的职责呢")]))
A(item("fu-08", "hr", "followup", "船舶调度员有什么要求", "船舶调度员",
       [q(F4, "3年以上港口生产调度经验"), q(F4, "航海技术、港口业务管理")], [["3年"], ["航海技术"]],
       turns=[turn("在哪上班", "attribute", "船舶调度员", [q(F4, "生产指挥中心大楼5楼调度大厅")], [["调度大厅"], ["5楼", "生产指挥中心"]], "location"),
              turn("他们夜班补贴多少", "attribute", "船舶调度员", [L(F10, 6)], [["60元"], ["/班"]], "benefits")]))
# ---------------- out_of_scope (7)
for n, (persona, qq) in enumerate([
        ("hr", "闸口检查员的工作职责有哪些"),
        ("hr", "安全员岗位要求是啥"),
        ("new_hire", "龙门吊司机以后怎么晋升，职业发展通道是怎样的"),
        ("new_hire", "拖轮船长的工作环境怎么样"),
        ("manager", "宁波到上海的集装箱运费现在多少钱一个柜"),
        ("hr", "劳动法规定每个月加班最多多少小时"),
        ("new_hire", "引航员的岗位职责是什么")], 1):
    A(item(f"oos-0{n}", persona, "out_of_scope", qq, None, [], []))

assert len(items) == 60, len(items)
Path(__file__).with_name("set.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
print(len(items))
