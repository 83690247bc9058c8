# builds set.jsonl (round 44 garm); written before any gangwei run
import json
D1 = "01_生产部岗位说明书汇编2025.docx"; D2 = "02_技术部质量部岗位工作手册.docx"
KP = "03_岗位KPI指标库2025.xlsx"; ST = "04_定岗定编与薪酬标准.xlsx"; CSV = "05_招聘需求导出.csv"
HT = "06_招聘快讯第18期.html"; PDF = "07_质量管理制度.pdf"; MD = "08_新员工入职指引.md"
GBK = "09_人事通知2025-15号.txt"; U16 = "10_员工手册摘录.txt"
def q(f, s): return {"file": f, "quote": s}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}
items = []
def add(id, persona, intent, question, role=None, attribute=None, evidence=(), kp=(), turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
def T(question, intent, role=None, attribute=None, evidence=(), kp=()):
    t = {"question": question, "intent": intent, "role": role, "evidence": list(evidence), "key_points": [list(g) for g in kp]}
    if attribute: t["attribute"] = attribute
    return t
QC = "质检员（QC）"; ZB = "版房师傅（制版师）"
# ---- duty 14
add("gm-duty-01", "new_hire", "duty", "车间主任平时主要干些啥？", "车间主任", evidence=[
    q(D1, "按生产计划安排各流水线每日上线款式和目标产量"), q(D1, "新款上线前做工序分析和排位"),
    q(D1, "巡线抽查半成品，发现批量质量异常立即停线整改"), q(D1, "主持每日班前早会")],
    kp=[["上线款式", "目标产量"], ["排位", "排拉"], ["巡线"], ["早会"]])
add("gm-duty-02", "hr", "duty", "裁床组长岗位职责有哪些", "裁床组长", evidence=[
    q(D1, "根据裁剪通知单和唛架图安排拉布、裁剪"), q(D1, "拉布前核对面料色号、缸号"), q(D1, "控制面料单耗，填写裁床损耗记录"),
    q(D1, "负责裁片打号、分包、配片"), q(D1, "监督电剪、自动裁床安全操作")],
    kp=[["唛架图"], ["缸号"], ["单耗", "损耗"], ["分包", "打号"]])
add("gm-duty-03", "new_hire", "duty", "我是新来的车工，每天上班要做哪些事", "缝纫工", evidence=[
    q(D1, "按工序卡要求完成本工序缝制"), q(D1, "开工前检查平车或包缝机"), q(D1, "自检本工序质量，发现上道工序问题"), q(D1, "如实填写计件工票，不得多报、代报"),
    L(CSV, 6)], kp=[["工序卡"], ["加油", "清洁", "检查平车"], ["自检"], ["计件工票"]])
add("gm-duty-04", "new_hire", "duty", "整烫工的活儿具体有哪些？", "整烫工", evidence=[
    q(D1, "按工艺要求对成衣进行中烫和大烫定型"), q(D1, "根据面料成分调节熨斗温度，先试烫后批量"), q(D1, "防止出现极光、烫黄、烫缩"),
    L(HT, 17)], kp=[["中烫", "大烫"], ["试烫"], ["极光", "烫黄"]])
add("gm-duty-05", "manager", "duty", "打版师傅负责哪些工作", ZB, evidence=[q(D2, "主要工作：（1）根据客户款式图和尺寸表绘制纸样")],
    kp=[["纸样"], ["放码", "推档"], ["头样", "确认样"], ["工艺单"]])
add("gm-duty-06", "new_hire", "duty", "QC每天都要做些什么", QC, evidence=[q(D2, "QC每天要做的事：第一，新款上线做首件检验"),
    q(PDF, "执行首件检验、巡检和尾期抽检")], kp=[["首件"], ["巡检"], ["AQL", "尾期抽检"], ["隔离", "红牌"]])
add("gm-duty-07", "hr", "duty", "跟单员的岗位职责", "跟单员", evidence=[L(CSV, 2), L(HT, 41)],
    kp=[["生产通知单"], ["面辅料"], ["产前样"], ["订舱", "出货"]])
add("gm-duty-08", "new_hire", "duty", "仓管员要干嘛？", "物料仓管员", evidence=[L(CSV, 3), L(MD, 25, 28)],
    kp=[["验收", "点数"], ["缸号"], ["领料单"], ["盘点", "全盘"]])
add("gm-duty-09", "hr", "duty", "机修工的工作内容是啥", "设备机修工", evidence=[L(CSV, 4), L(HT, 29), L(MD, 32)],
    kp=[["维修"], ["调机"], ["保养"], ["台账", "配件"]])
add("gm-duty-10", "manager", "duty", "生产厂长主要管哪些事情", "生产厂长", evidence=[
    q(D1, "全面负责工厂生产计划的组织实施，确保订单按交期出货"), q(D1, "统筹缝制车间、裁床、后道的产能平衡"),
    q(D1, "组织推行标准工时（GST）与精益生产"), q(D1, "作为安全生产和6S管理第一责任人")],
    kp=[["交期", "生产计划"], ["产能平衡"], ["标准工时", "精益"], ["安全生产", "6S"]])
add("gm-duty-11", "new_hire", "duty", "样衣工负责啥", "样衣工", evidence=[q(D2, "样衣工按纸样和工艺要求独立缝制整件样衣")],
    kp=[["整件样衣"], ["工艺难点"], ["样衣台账"]])
add("gm-duty-12", "manager", "duty", "后道组长要负责哪些工作", "后道组长", evidence=[
    q(D1, "安排成衣剪线、钉扣、包装、装箱，保证出货进度"), q(D1, "配合质检员做尾期检验，组织返修"), L(GBK, 9)],
    kp=[["剪线", "包装"], ["尾期检验", "返修"], ["计件"]])
add("gm-duty-13", "hr", "duty", "质量主管负责哪些工作？", "质量主管", evidence=[
    q(PDF, "第四条 质量主管：负责质量部全面工作"), q(PDF, "日报，主持每周质量例会，处理客户质量投诉")],
    kp=[["检验标准"], ["质量例会"], ["投诉"]])
add("gm-duty-14", "manager", "duty", "车间主任巡线抽查是每周一次还是每天", "车间主任", evidence=[
    q(D1, "巡线抽查半成品，发现批量质量异常立即停线整改"), q(D1, "职责第3条原为“每周巡线”，现改为“每日”")],
    kp=[["每日"], ["停线"]])
# ---- qualification 10
add("gm-qual-01", "hr", "qualification", "当车间主任需要什么条件", "车间主任", evidence=[
    q(D1, "高中或中专及以上"), q(D1, "5年以上服装缝制车间管理经验"), q(D1, "会看工艺单和工序流程图，能独立排拉"),
    q(D1, "有吊挂流水线管理经验者优先")], kp=[["高中", "中专"], ["5年"], ["排拉"], ["吊挂"]])
add("gm-qual-02", "hr", "qualification", "制版师招聘有啥要求", ZB, evidence=[q(D2, "任职要求：大专及以上学历，服装设计与工程专业优先")],
    kp=[["大专"], ["5年以上女装制版"], ["富怡", "ET"], ["制版师职业技能等级证书"]])
add("gm-qual-03", "hr", "qualification", "QC要什么学历和经验", QC, evidence=[q(D2, "任职要求（2025版）：高中或中专及以上学历")],
    kp=[["高中"], ["2年"], ["AQL"]])
add("gm-qual-04", "hr", "qualification", "跟单员任职要求是什么", "跟单员", evidence=[L(CSV, 2), L(HT, 42)],
    kp=[["大专"], ["英语四级"], ["2年以上服装外贸跟单"]])
add("gm-qual-05", "manager", "qualification", "招机修工有什么要求", "设备机修工", evidence=[L(CSV, 4), L(HT, 30)],
    kp=[["中专", "技校"], ["3年以上缝制设备维修"], ["低压电工"]])
add("gm-qual-06", "hr", "qualification", "裁床组长要啥经验和技能", "裁床组长", evidence=[
    q(D1, "3年以上裁床工作经验，熟悉电剪和自动裁床"), q(D1, "会看唛架图，懂排料和面料缩率")],
    kp=[["3年"], ["电剪", "自动裁床"], ["唛架图"]])
add("gm-qual-07", "new_hire", "qualification", "车工有年龄限制吗，没经验的新手收不收", "缝纫工", evidence=[
    q(D1, "18—50周岁"), q(D1, "熟练工需1年以上平车经验，新手可安排培训")], kp=[["18", "50"], ["培训"]])
add("gm-qual-08", "hr", "qualification", "整烫工招人有什么要求", "整烫工", evidence=[
    q(D1, "1年以上服装整烫经验"), q(D1, "会使用蒸汽熨斗、吸风烫台和立体整烫机"), L(HT, 18)],
    kp=[["1年"], ["蒸汽熨斗"], ["初中"]])
add("gm-qual-09", "manager", "qualification", "做生产厂长要多少年经验、什么学历", "生产厂长", evidence=[
    q(D1, "8年以上服装厂生产管理经验，其中3年以上厂长或副厂长经验"), q(D1, "大专及以上")],
    kp=[["8年"], ["厂长或副厂长"], ["大专"]])
add("gm-qual-10", "hr", "qualification", "样衣工的任职要求", "样衣工", evidence=[q(D2, "样衣工要求3年以上样衣制作经验")],
    kp=[["3年"], ["整件"]])
# ---- attribute 10
add("gm-attr-01", "new_hire", "attribute", "整烫工现在归谁管？", "整烫工", "reports_to", evidence=[L(GBK, 8), L(MD, 16)],
    kp=[["后道组长"], ["2025年7月", "7月1日", "7月起"]])
add("gm-attr-02", "manager", "attribute", "版房师傅手下带几个人", ZB, "subordinates", evidence=[q(D2, "向技术部经理汇报，带样衣工2名")],
    kp=[["样衣工"], ["2名"]])
add("gm-attr-03", "hr", "attribute", "机修工需要持什么证", "设备机修工", "certificate", evidence=[L(CSV, 4), L(HT, 30)],
    kp=[["低压电工"], ["特种作业", "电工"]])
add("gm-attr-04", "new_hire", "attribute", "跟单员工资大概多少", "跟单员", "pay", evidence=[L(CSV, 2), L(HT, 38)],
    kp=[["7000"], ["提成"]])
add("gm-attr-05", "new_hire", "attribute", "QC属于哪个部门", QC, "department", evidence=[q(D2, "质检员即车间里说的QC，归属质量部")],
    kp=[["质量部"], ["质量主管"]])
add("gm-attr-06", "new_hire", "attribute", "物料仓管员上班地点在哪儿", "物料仓管员", "location", evidence=[L(CSV, 3)],
    kp=[["1号仓库"], ["织里"]])
add("gm-attr-07", "new_hire", "attribute", "车间主任手底下管哪些人", "车间主任", "subordinates", evidence=[q(D1, "缝纫组长（4名）、缝纫工")],
    kp=[["缝纫组长"], ["4名", "缝纫工"]])
add("gm-attr-08", "hr", "attribute", "制版师要求什么专业", ZB, "major", evidence=[q(D2, "任职要求：大专及以上学历，服装设计与工程专业优先")],
    kp=[["服装设计与工程"], ["优先"]])
add("gm-attr-09", "new_hire", "attribute", "缝纫工一个月能拿多少钱", "缝纫工", "pay", evidence=[
    q(D1, "计件工资，熟练工月均6500—9000元"), L(CSV, 6)], kp=[["计件"], ["6500"]])
add("gm-attr-10", "manager", "attribute", "生产厂长下面管着哪些岗位", "生产厂长", "subordinates", evidence=[
    q(D1, "车间主任、裁床组长、生产计划员、设备主管")], kp=[["车间主任"], ["裁床组长"], ["设备主管"]])
# ---- kpi 5
add("gm-kpi-01", "manager", "kpi", "裁床组长考核哪些指标", "裁床组长", evidence=[q(KP, "面料利用率"), q(KP, "裁片差错率"), q(KP, "裁剪准时率"), q(KP, "6S检查得分")],
    kp=[["面料利用率"], ["裁片差错率"], ["裁剪准时率"], ["6S检查得分"]])
add("gm-kpi-02", "hr", "kpi", "QC的绩效考核看哪几项", QC, evidence=[q(KP, "漏检率"), q(KP, "客户验货一次通过率"), q(KP, "巡检按时完成率"), q(KP, "质检报表及时率")],
    kp=[["漏检率"], ["客户验货一次通过率"], ["巡检按时完成率"], ["质检报表及时率"]])
add("gm-kpi-03", "manager", "kpi", "跟单的KPI有哪些", "跟单员", evidence=[q(KP, "订单准时交付率"), q(KP, "客户投诉次数"), q(KP, "产前样确认周期"), q(KP, "单据差错率")],
    kp=[["订单准时交付率"], ["客户投诉次数"], ["产前样确认周期"], ["单据差错率"]])
add("gm-kpi-04", "manager", "kpi", "质量部这个部门考核什么指标", None, evidence=[
    q(PDF, "一次交检合格率 40% ≥96% 全厂口径"), q(PDF, "客户退货率 30% ≤0.5% 按出货件数计"), q(PDF, "质量成本占比 30% ≤1.5%")],
    kp=[["一次交检合格率"], ["客户退货率"], ["质量成本占比"]])
add("gm-kpi-05", "hr", "kpi", "仓管员账实相符率的目标要达到多少", "物料仓管员", evidence=[q(KP, "账实相符率"), q(KP, "≥99.5%")],
    kp=[["99.5%"], ["账实相符率"]])
# ---- jd 3
add("gm-jd-01", "hr", "jd", "帮我写一份裁床组长的JD", "裁床组长", evidence=[q(D1, "根据裁剪通知单和唛架图安排拉布、裁剪"), q(D1, "拉布前核对面料色号、缸号")],
    kp=[["唛架图"], ["缸号"]], tool={"kind": "jd", "role": "裁床组长", "must_cite_files": [D1], "expect_sections": ["duties", "qualifications"]})
add("gm-jd-02", "hr", "jd", "给跟单员出个岗位说明书，招聘要用", "跟单员", evidence=[L(CSV, 2)],
    kp=[["生产通知单"], ["产前样"]], tool={"kind": "jd", "role": "跟单员", "must_cite_files": [CSV], "expect_sections": ["duties", "qualifications"]})
add("gm-jd-03", "manager", "jd", "起草一份制版师的职位描述", ZB, evidence=[q(D2, "主要工作：（1）根据客户款式图和尺寸表绘制纸样")],
    kp=[["纸样"], ["放码", "推档"]], tool={"kind": "jd", "role": ZB, "must_cite_files": [D2], "expect_sections": ["duties", "qualifications"]})
# ---- kpi_design 3
add("gm-kd-01", "manager", "kpi_design", "给裁床组长设计一套KPI考核方案", "裁床组长", evidence=[q(KP, "面料利用率"), q(KP, "裁片差错率"), q(KP, "裁剪准时率")],
    kp=[["面料利用率"], ["裁片差错率"], ["裁剪准时率"]],
    tool={"kind": "kpi_design", "role": "裁床组长", "count": None, "must_cite_files": [KP], "expected_indicators": ["面料利用率", "裁片差错率", "裁剪准时率"]})
add("gm-kd-02", "hr", "kpi_design", "帮忙设计仓管员的考核指标，4个左右就行", "物料仓管员", evidence=[q(KP, "账实相符率"), q(KP, "发料及时率"), q(KP, "呆滞料占比")],
    kp=[["账实相符率"], ["发料及时率"], ["呆滞料占比"]],
    tool={"kind": "kpi_design", "role": "物料仓管员", "count": 4, "must_cite_files": [KP], "expected_indicators": ["账实相符率", "发料及时率", "呆滞料占比"]})
add("gm-kd-03", "manager", "kpi_design", "质量部的部门KPI怎么设计比较好", "质量部", evidence=[
    q(PDF, "一次交检合格率 40% ≥96% 全厂口径"), q(PDF, "客户退货率 30% ≤0.5% 按出货件数计"), q(PDF, "质量成本占比 30% ≤1.5%")],
    kp=[["一次交检合格率"], ["客户退货率"], ["质量成本占比"]],
    tool={"kind": "kpi_design", "role": "质量部", "count": None, "must_cite_files": [PDF], "expected_indicators": ["一次交检合格率", "客户退货率", "质量成本占比"]})
# ---- followup 8
add("gm-fu-01", "new_hire", "followup", "车间主任主要负责什么", "车间主任", evidence=[
    q(D1, "按生产计划安排各流水线每日上线款式和目标产量"), q(D1, "新款上线前做工序分析和排位")], kp=[["目标产量", "上线款式"], ["排位", "排拉"]],
    turns=[T("那他手下有哪些人？", "attribute", "车间主任", "subordinates", [q(D1, "缝纫组长（4名）、缝纫工")], [["缝纫组长"], ["4名", "缝纫工"]]),
           T("第2条展开说说", "duty", "车间主任", None, [q(D1, "新款上线前做工序分析和排位")], [["工序分析"], ["节拍", "排拉"]])])
add("gm-fu-02", "hr", "followup", "QC的任职要求有哪些", QC, evidence=[q(D2, "任职要求（2025版）：高中或中专及以上学历")], kp=[["高中"], ["2年"]],
    turns=[T("换成跟单员呢", "qualification", "跟单员", None, [L(CSV, 2), L(HT, 42)], [["大专"], ["英语四级"]]),
           T("工资呢", "attribute", "跟单员", "pay", [L(CSV, 2), L(HT, 38)], [["7000"], ["提成"]])])
add("gm-fu-03", "new_hire", "followup", "整烫工是干什么的", "整烫工", evidence=[q(D1, "按工艺要求对成衣进行中烫和大烫定型"), L(HT, 17)], kp=[["大烫", "中烫"], ["定型"]],
    turns=[T("他归谁管", "attribute", "整烫工", "reports_to", [L(GBK, 8), L(MD, 16)], [["后道组长"], ["7月"]]),
           T("那后道组长负责哪些事", "duty", "后道组长", None, [q(D1, "安排成衣剪线、钉扣、包装、装箱，保证出货进度"), L(GBK, 9)], [["剪线", "包装"], ["计件"]])])
add("gm-fu-04", "manager", "followup", "缝纫工的KPI有哪些", "缝纫工", evidence=[q(KP, "计件产量完成率"), q(KP, "本工序返修率"), q(KP, "出勤率")],
    kp=[["计件产量完成率"], ["本工序返修率"], ["出勤率"]],
    turns=[T("返修率那项目标定的多少", "kpi", "缝纫工", None, [q(KP, "≤2%"), q(KP, "本工序返修率")], [["2%"], ["返修"]]),
           T("换成车间主任呢", "kpi", "车间主任", None, [q(KP, "当月工伤及设备安全事故次数"), q(KP, "车间当月产量÷(在岗人数×出勤天数)")], [["安全事故次数"], ["人均日产量", "产量"]])])
add("gm-fu-05", "hr", "followup", "机修工要什么证书", "设备机修工", "certificate", evidence=[L(CSV, 4), L(HT, 30)], kp=[["低压电工"], ["特种作业", "电工"]],
    turns=[T("经验方面呢", "attribute", "设备机修工", "experience", [L(CSV, 4), L(HT, 30)], [["3年"], ["缝制设备维修", "重机"]]),
           T("他晚上要值班吗", "duty", "设备机修工", None, [L(MD, 32)], [["夜班", "夜间"], ["1—2次", "1-2次"]])])
add("gm-fu-06", "new_hire", "followup", "物料仓管员的职责是什么", "物料仓管员", evidence=[L(CSV, 3), L(MD, 25, 28)], kp=[["领料单"], ["缸号"]],
    turns=[T("发料那条具体怎么弄", "duty", "物料仓管员", None, [L(CSV, 3), L(MD, 27)], [["领料单"], ["审批", "签字"]]),
           T("这个岗位考核看什么", "kpi", "物料仓管员", None, [q(KP, "账实相符率"), q(KP, "发料及时率"), q(KP, "呆滞料占比")], [["账实相符率"], ["发料及时率"]])])
add("gm-fu-07", "new_hire", "followup", "版房师傅属于哪个部门", ZB, "department", evidence=[q(D2, "向技术部经理汇报，带样衣工2名")], kp=[["技术部"], ["版房"]],
    turns=[T("他带几个人", "attribute", ZB, "subordinates", [q(D2, "向技术部经理汇报，带样衣工2名")], [["2名"], ["样衣工"]]),
           T("那样衣工要求呢", "qualification", "样衣工", None, [q(D2, "样衣工要求3年以上样衣制作经验")], [["3年"], ["整件"]])])
add("gm-fu-08", "hr", "followup", "跟单员的工作内容有哪些", "跟单员", evidence=[L(CSV, 2), L(HT, 41)], kp=[["产前样"], ["订单"]],
    turns=[T("要会英语吗", "qualification", "跟单员", None, [L(CSV, 2), L(HT, 42)], [["英语四级"], ["大专"]]),
           T("绣花工呢", "out_of_scope")])
# ---- out of scope 7
add("gm-oos-01", "new_hire", "out_of_scope", "绣花工的岗位职责是什么")
add("gm-oos-02", "hr", "out_of_scope", "技术部经理的任职要求是啥")
add("gm-oos-03", "hr", "out_of_scope", "后道组长的任职资格有哪些")
add("gm-oos-04", "new_hire", "out_of_scope", "湖州社保缴费基数是多少")
add("gm-oos-05", "new_hire", "out_of_scope", "兄弟牌平车跳线了怎么调")
add("gm-oos-06", "hr", "out_of_scope", "后道组长工资多少钱")
add("gm-oos-07", "manager", "out_of_scope", "帮我写个年会主持词")
assert len(items) == 60, len(items)
with open("set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
