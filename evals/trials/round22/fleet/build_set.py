#!/usr/bin/env python3
"""Write set.jsonl (56 items) for the round-22 cold-chain fleet corpus (冷运通供应链管理有限公司).

    T22_OUT=/tmp/t22fleet python3 build_set.py

Written from the generated documents only, before gangwei was run on them.
Text files cited by line spans (fixed, see gen.py output), binary files by quotes.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
F1 = "ly01_岗位说明书（运输部·调度中心·质量部）.docx"
F2 = "ly02_司机绩效考核细则.xlsx"
F3 = "ly03_安全生产目标责任书（驾驶及场内车辆岗位）.pdf"
F4 = "ly04_加入冷运通.html"
F5 = "ly05_调度作业手册.md"
F6 = "ly06_企业微信_招聘需求审批导出.csv"
F7 = "ly07_仓储安全岗位职责汇编.txt"
F8 = "ly08_2026年一线岗位薪酬结构表.xlsx"
F9 = "ly09_员工手册（节选）.docx"
F10 = "ly10_部门KPI考核表（调度·仓储·温控）.xlsx"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def Q(f, *qs):
    return [{"file": f, "quote": q} for q in qs]


def T(question, intent, role=None, evidence=(), kp=(), attribute=None):
    d = {"question": question, "intent": intent, "role": role, "evidence": list(evidence),
         "key_points": [list(g) for g in kp]}
    if attribute:
        d["attribute"] = attribute
    return d


items = []


def add(id_, persona, intent, question, role=None, evidence=(), kp=(), attribute=None, turns=None, tool=None):
    items.append({"id": "r22f-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


DRV = "冷链司机（A2）"
E_DRV_DUTY = Q(F1, "出车前按《车辆三检表》检查车况、冷机、轮胎及灯光，发现问题报修",
               "装货前将车厢预冷至客户要求温度（冷冻-18℃以下，冷藏2～8℃）",
               "按调度下达的线路行驶，途中每2小时查看一次温度记录仪",
               "到达后配合收货方验收签收，并在冷运通APP回传电子回单",
               "收车后清洗消毒车厢，如实填写行车日志及加油记录")
E_ESC_DUTY = Q(F1, "装车时核对货物品名、数量及封签号，与仓库理货员双方签字",
               "途中每1小时记录一次车厢温度，填写《在途温度记录单》",
               "发现温度异常或货物破损，立即拍照并报调度员",
               "到达后监督卸货，办理货物交接和拒收登记", "整理押运单据，当日交回运输部内勤")
E_CAP_DUTY = Q(F1, "编制司机及押运员月度排班表，审批请假", "每周抽查车辆三检记录和行车日志",
               "组织新司机带教，带教期不少于2周", "处理交通事故及客户投诉，24小时内提交事故报告",
               "统计分析单车油耗，对超定额车辆进行约谈", "负责司机月度绩效打分并报运输部经理审核")
E_CAP_QUAL = Q(F1, "5年以上驾驶经验，其中2年以上车队管理经验")
E_TC_DUTY = Q(F1, "在温控平台监控全部冷库和在途车辆的温度数据", "接到温度报警后15分钟内联系司机或库管核实处置",
              "每日两次巡检冷库温湿度探头并记录", "每月导出温度记录并归档，保存期限不少于5年",
              "每年组织冷库及冷藏车温度分布验证")

# ---------------------------------------------------------------- duty (9)
add("duty-01", "new_hire", "duty", "跑冷链的A2司机平时都要干哪些活", DRV, E_DRV_DUTY,
    [["三检"], ["预冷"], ["温度记录仪"], ["回单"]])
add("duty-02", "new_hire", "duty", "押运员具体负责啥", "押运员", E_ESC_DUTY,
    [["封签"], ["在途温度记录单", "每1小时"], ["拒收登记", "交接"]])
add("duty-03", "hr", "duty", "车队长岗位的工作内容有哪些", "车队长", E_CAP_DUTY,
    [["排班"], ["三检记录", "行车日志"], ["事故报告"], ["油耗"]])
add("duty-04", "new_hire", "duty", "我是新来的理货员，主要做什么", "理货员", [L(F7, 22, 26)],
    [["到货温度"], ["贴标", "上架"], ["拣货"], ["盘点"]])
add("duty-05", "manager", "duty", "安全管理员的职责帮我列一下", "安全管理员", [L(F7, 35, 40)],
    [["ADAS", "DSM"], ["安全培训"], ["消防"], ["事故台账"]])
add("duty-06", "new_hire", "duty", "修车师傅（维修技师）负责哪些事情", "车辆维修技师", [L(F4, 20, 24)],
    [["保养"], ["冷机"], ["维修档案"], ["抢修"]])
add("duty-07", "hr", "duty", "单证员招进来是干什么的", "单证员", [L(F6, 2, 4)],
    [["录入运单"], ["回单"], ["归档"]])
add("duty-08", "manager", "duty", "温控专员日常工作有哪些？", "温控专员", E_TC_DUTY,
    [["温控平台"], ["15分钟"], ["巡检"], ["归档"], ["验证"]])
add("duty-09", "new_hire", "duty", "开叉车的在冷库里具体干啥", "叉车工", [L(F4, 66, 69)],
    [["上架", "移库"], ["先进先出"], ["点检"]])

# ---------------------------------------------------------------- qualification (9)
add("qual-01", "hr", "qualification", "招冷链司机有什么硬性要求", DRV,
    Q(F1, "3年以上冷藏车或重型货车驾驶经验", "A2驾驶证、道路货物运输从业资格证"),
    [["A2"], ["从业资格证"], ["3年"]])
add("qual-02", "hr", "qualification", "调度员的任职条件是什么", "调度员",
    Q(F1, "大专及以上（物流管理、交通运输相关专业）", "2年以上运输调度经验，熟练使用TMS系统"),
    [["大专"], ["2年"], ["TMS"]])
add("qual-03", "manager", "qualification", "温控专员需要什么学历和证书", "温控专员",
    Q(F1, "大专及以上，制冷、食品或药学相关专业", "制冷与空调作业特种作业操作证"),
    [["大专"], ["制冷与空调作业"]])
add("qual-04", "hr", "qualification", "仓储主管要啥样的人", "仓储主管", [L(F7, 14, 17)],
    [["大专"], ["3年"], ["WMS"]])
add("qual-05", "hr", "qualification", "安全管理员的任职资格", "安全管理员", [L(F7, 41, 44)],
    [["注册安全工程师", "安全生产管理人员"], ["2年"], ["大专"]])
add("qual-06", "new_hire", "qualification", "应聘客服专员需要什么条件", "客服专员", [L(F4, 48, 51)],
    [["大专"], ["1年"], ["客服"]])
add("qual-07", "hr", "qualification", "结算专员对学历和经验有啥要求", "结算专员", [L(F6, 8, 10)],
    [["本科"], ["2年"], ["初级会计"]])
add("qual-08", "new_hire", "qualification", "装卸工有什么要求吗，我没上过学能去吗", "装卸工", [L(F6, 5, 7)],
    [["不限"], ["健康证"], ["-18℃", "低温"]])
add("qual-09", "hr", "qualification", "车辆维修技师任职要求", "车辆维修技师", [L(F4, 25, 28)],
    [["中专"], ["3年"], ["汽车维修工"]])

# ---------------------------------------------------------------- attribute (10)
add("attr-01", "new_hire", "attribute", "调度员向谁汇报工作", "调度员", Q(F1, "调度主管"), [["调度主管"], ["主管"]],
    attribute="reports_to")
add("attr-02", "manager", "attribute", "车队长底下管哪些人", "车队长", Q(F1, "冷链司机、押运员"),
    [["冷链司机"], ["押运员"]], attribute="subordinates")
add("attr-03", "new_hire", "attribute", "客服专员在哪个仓上班", "客服专员", [L(F4, 39, 40)], [["花桥"], ["配送中心"]],
    attribute="location")
add("attr-04", "new_hire", "attribute", "冷链司机底薪多少，里程补贴怎么算", DRV,
    Q(F8, "4500", "0.35元/公里"), [["4500"], ["0.35"]], attribute="pay")
add("attr-05", "new_hire", "attribute", "叉车工工资大概多少", "叉车工", [L(F4, 64, 65)] + Q(F8, "低温补贴20元/天"),
    [["6000-7500", "4200"], ["低温补贴"]], attribute="pay")
add("attr-06", "new_hire", "attribute", "仓储主管的直属领导是谁", "仓储主管", [L(F7, 6)], [["站点经理"], ["经理"]],
    attribute="reports_to")
add("attr-07", "hr", "attribute", "结算专员汇报给谁", "结算专员", [L(F6, 10)], [["财务经理"], ["财务"]],
    attribute="reports_to")
add("attr-08", "new_hire", "attribute", "维修技师有哪些福利", "车辆维修技师", [L(F4, 29, 30)],
    [["五险一金"], ["包住宿"], ["体检"]], attribute="benefits")
add("attr-09", "new_hire", "attribute", "装卸工工资怎么算的", "装卸工", [L(F6, 7)],
    [["计件"], ["6000-8000"]], attribute="pay")
add("attr-10", "manager", "attribute", "仓储主管手下有哪些岗位", "仓储主管", [L(F7, 7)],
    [["理货员"], ["叉车工"], ["装卸工"]], attribute="subordinates")

# ---------------------------------------------------------------- kpi (5)
add("kpi-01", "new_hire", "kpi", "司机温度超标一次扣几分，最多扣多少", DRV,
    Q(F2, "在途温度超出客户要求范围且持续10分钟以上，每次扣10分", "30"), [["10分"], ["30"]])
add("kpi-02", "new_hire", "kpi", "司机绩效有哪些加分的情况", DRV,
    Q(F2, "当月无事故、无违章", "收到客户书面表扬，每次加3分", "单车油耗低于定额5%以上", "法定节假日出车，每趟加2分"),
    [["无事故"], ["表扬"], ["油耗"], ["节假日"]])
add("kpi-03", "manager", "kpi", "调度中心考核哪些KPI", "调度员",
    Q(F10, "车辆准点发车率", "车辆满载率", "空驶率", "异常响应及时率", "调度差错次数"),
    [["准点发车率"], ["满载率"], ["空驶率"], ["异常响应"]])
add("kpi-04", "manager", "kpi", "仓库货损率的考核目标定的多少", None, Q(F10, "货损率", "≤0.05%"), [["0.05%"], ["货损"]])
add("kpi-05", "hr", "kpi", "押运员有哪些扣分项", "押运员", Q(F2, "温度记录缺失", "交接不清", "单据迟交"),
    [["温度记录"], ["交接"], ["单据"]])

# ---------------------------------------------------------------- jd (3)
add("jd-01", "hr", "jd", "帮我写一份车队长的岗位说明书", "车队长", E_CAP_DUTY + E_CAP_QUAL,
    [["排班"], ["事故"], ["油耗"]],
    tool={"kind": "jd", "role": "车队长", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "起草个安全管理员JD", "安全管理员", [L(F7, 35, 44)],
    [["ADAS", "DSM"], ["安全培训"], ["事故"]],
    tool={"kind": "jd", "role": "安全管理员", "must_cite_files": [F7], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "客服专员的招聘JD拟一版", "客服专员", [L(F4, 43, 51)],
    [["投诉"], ["回访"], ["客诉台账"]],
    tool={"kind": "jd", "role": "客服专员", "must_cite_files": [F4], "expect_sections": ["duties", "qualifications"]})

# ---------------------------------------------------------------- kpi_design (3)
IND_D = ["车辆准点发车率", "车辆满载率", "空驶率", "异常响应及时率"]
IND_W = ["库存准确率", "订单出库及时率", "冷库温度达标率", "货损率"]
IND_T = ["温度报警处置及时率", "温度数据完整率", "温度验证按期完成率"]
add("kd-01", "manager", "kpi_design", "给调度员设计一套KPI考核", "调度员", Q(F10, *IND_D), [[x] for x in IND_D],
    tool={"kind": "kpi_design", "role": "调度员", "must_cite_files": [F10], "count": None, "expected_indicators": IND_D})
add("kd-02", "manager", "kpi_design", "仓储主管的绩效指标怎么定，给5个", "仓储主管", Q(F10, *IND_W), [[x] for x in IND_W],
    tool={"kind": "kpi_design", "role": "仓储主管", "must_cite_files": [F10], "count": 5, "expected_indicators": IND_W})
add("kd-03", "hr", "kpi_design", "帮温控专员设计3个考核指标", "温控专员", Q(F10, *IND_T), [[x] for x in IND_T],
    tool={"kind": "kpi_design", "role": "温控专员", "must_cite_files": [F10], "count": 3, "expected_indicators": IND_T})

# ---------------------------------------------------------------- followup (7, 3 later turns each)
add("fu-01", "new_hire", "followup", "冷链司机每天要做什么工作", DRV, E_DRV_DUTY,
    [["三检"], ["预冷"], ["回单"]], turns=[
        T("第3条再展开说说看", "duty", DRV, Q(F1, "按调度下达的线路行驶，途中每2小时查看一次温度记录仪"), [["2小时"], ["温度记录仪"]]),
        T("这个岗要会哪些技能", "attribute", DRV, Q(F1, "熟悉冷机（开利、冷王）基本操作，能使用导航及冷运通APP"), [["冷机"], ["APP"]], "skills"),
        T("换成车队长的话呢", "attribute", "车队长", Q(F1, "具备较强的现场管理和应急处置能力"), [["现场管理"], ["应急处置"]], "skills")])
add("fu-02", "new_hire", "followup", "调度员一天的工作流程是怎样的", "调度员", [L(F5, 7, 11)],
    [["交接"], ["派车计划"], ["30分钟"], ["调度交接班记录"]], turns=[
        T("第二步再具体讲讲", "duty", "调度员", [L(F5, 8)], [["8:00"], ["TMS"]]),
        T("这个岗要什么学历", "attribute", "调度员", Q(F1, "大专及以上（物流管理、交通运输相关专业）"), [["大专"], ["物流管理", "交通运输"]], "education"),
        T("换成温控专员呢", "attribute", "温控专员", Q(F1, "大专及以上，制冷、食品或药学相关专业"), [["大专"], ["制冷", "食品", "药学"]], "education")])
add("fu-03", "manager", "followup", "安全管理员都管些什么", "安全管理员", [L(F7, 35, 40)],
    [["ADAS", "DSM"], ["安全培训"], ["事故台账"]], turns=[
        T("第2条细说下", "duty", "安全管理员", [L(F7, 37)], [["16学时"], ["安全例会"]]),
        T("那他归哪个领导管", "attribute", "安全管理员", [L(F7, 34)], [["安全经理"], ["经理"]], "reports_to"),
        T("换成理货员呢", "attribute", "理货员", [L(F7, 21)], [["仓储主管"], ["主管"]], "reports_to")])
add("fu-04", "manager", "followup", "叉车工的安全责任书里有哪些要求", "叉车工",
    Q(F3, "必须持特种设备作业人员证（N1叉车）上岗，严禁无证驾驶叉车。", "库内行驶限速5公里/小时，转弯、通过门口时鸣笛减速。",
      "在-18℃冷冻库内连续作业不超过40分钟，须出库回暖休息。", "每班作业前检查叉车制动、货叉和电池，做好点检记录。"),
    [["N1"], ["5公里"], ["40分钟"], ["点检"]], turns=[
        T("第3点展开讲讲吧", "duty", "叉车工", Q(F3, "在-18℃冷冻库内连续作业不超过40分钟，须出库回暖休息。"), [["40分钟"], ["回暖"]]),
        T("那这个岗位需要什么证书", "attribute", "叉车工",
          [L(F4, 73)] + Q(F3, "必须持特种设备作业人员证（N1叉车）上岗，严禁无证驾驶叉车。"), [["N1"], ["特种设备作业人员证"]], "certificate"),
        T("换成押运员呢", "attribute", "押运员", Q(F1, "健康证"), [["健康证"], ["健康"]], "certificate")])
add("fu-05", "new_hire", "followup", "客服专员负责哪些工作", "客服专员", [L(F4, 43, 47)],
    [["投诉"], ["异常订单"], ["回访"], ["客诉台账"]], turns=[
        T("第一条展开说一下", "duty", "客服专员", [L(F4, 44)], [["10分钟"], ["投诉"]]),
        T("他们工资给多少", "attribute", "客服专员", [L(F4, 41, 42)], [["5000-6500"], ["元/月"]], "pay"),
        T("换成维修技师呢", "attribute", "车辆维修技师", [L(F4, 18, 19)], [["8000-11000"], ["元/月"]], "pay")])
add("fu-06", "manager", "followup", "仓储主管的职责是什么", "仓储主管", [L(F7, 8, 13)],
    [["收货"], ["盘"], ["温度"], ["5S"]], turns=[
        T("第2条啥意思，展开讲讲", "duty", "仓储主管", [L(F7, 10)], [["全盘"], ["动盘"]]),
        T("他手底下都有谁", "attribute", "仓储主管", [L(F7, 7)], [["理货员"], ["叉车工"]], "subordinates"),
        T("换成车队长呢", "attribute", "车队长", Q(F1, "冷链司机、押运员"), [["冷链司机"], ["押运员"]], "subordinates")])
add("fu-07", "new_hire", "followup", "A2司机考核里扣分的项目有哪些", DRV,
    Q(F2, "温度超标", "到达超时", "回单延迟", "交通违章", "三检未做"),
    [["温度超标"], ["超时"], ["违章"], ["回单"]], turns=[
        T("第二个扣分项展开说说", "kpi", DRV, Q(F2, "无正当理由晚于约定到达时间半小时以上，每次扣3分"), [["半小时"], ["3分"]]),
        T("司机的安全奖有多少", "attribute", DRV, Q(F8, "800", "安全奖以当月无责任事故、无超速报警为条件"), [["800"], ["无责任事故"]], "pay"),
        T("那换成车队长呢", "attribute", "车队长", Q(F8, "1000", "安全奖与本车队当月事故数挂钩"), [["1000"], ["事故数"]], "pay")])

# ---------------------------------------------------------------- out_of_scope (10)
add("oos-01", "hr", "out_of_scope", "运输部经理的岗位职责有哪些")
add("oos-02", "manager", "out_of_scope", "押运员的直接下级是谁")
add("oos-03", "hr", "out_of_scope", "数据分析师这个岗的任职要求是什么")
add("oos-04", "new_hire", "out_of_scope", "温控专员一个月能拿多少钱")
add("oos-05", "new_hire", "out_of_scope", "司机年终奖怎么算")
add("oos-06", "new_hire", "out_of_scope", "驾驶证12分扣满了要怎么处理")
add("oos-07", "new_hire", "out_of_scope", "冷藏车上高速最高能开多快")
add("oos-08", "hr", "out_of_scope", "女员工产假有几天")
add("oos-09", "hr", "out_of_scope", "试用期按法律最多能签多久")
add("oos-10", "manager", "out_of_scope", "站点经理的职责是啥")

assert len(items) == 56, len(items)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(items))
