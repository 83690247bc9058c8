# -*- coding: utf-8 -*-
"""Builds set.jsonl (60 items) for round 47 / idc and checks it with evals/sets/validate.py's Checker."""
import json
import sys
from pathlib import Path

F1 = "01_运维中心岗位说明书汇编.docx"; F2 = "02_设施工程部岗位手册.docx"; F3 = "03_2025年度KPI指标库.xlsx"
F4 = "04_定岗定编及薪酬标准.xlsx"; F5 = "05_招聘需求导出.csv"; F6 = "06_招贤纳士.html"; F7 = "07_岗位应知应会卡.pdf"
F8 = "08_网络工程师岗位说明.md"; F9 = "09_变更管理专员岗位说明书_OA导出.txt"; F10 = "10_值班与On-call管理办法.txt"


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


items = []


def add(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role, "attribute": attribute,
                  "evidence": ev, "key_points": kp, "expect_refusal": intent == "out_of_scope",
                  "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


# ------------------------------------------------------------------ duty (14)
add("idc-duty-01", "new_hire", "duty", "值班长平时主要干啥？", "值班长",
    [Q(F1, "组织交接班并签署《交接班记录》"), Q(F1, "监控动环系统（DCIM）告警"), Q(F1, "担任本班次应急指挥")],
    [["交接班"], ["DCIM", "告警"], ["应急指挥", "EOP"]])
add("idc-duty-02", "new_hire", "duty", "运维工程师的岗位职责有哪些", "运维工程师",
    [Q(F1, "服务器及网络设备上下架"), Q(F1, "处理客户远程协助（Remote Hands）工单"), Q(F1, "备件更换（硬盘、电源、内存）")],
    [["上下架"], ["Remote Hands", "远程协助"], ["备件"]])
add("idc-duty-03", "new_hire", "duty", "机房巡检员一天要做些啥，多久巡一次？", "机房巡检员",
    [Q(F1, "按巡检路线每2小时对机房模块"), Q(F1, "抄录温湿度、UPS负载率"), Q(F1, "发现漏水、异响、异味、告警灯"),
     L(F5, 6, 7), Q(F7, "巡检频次：每2小时一轮")],
    [["每2小时"], ["温湿度", "读数"], ["漏水", "异常"]])
add("idc-duty-04", "manager", "duty", "资产管理员负责哪些工作", "资产管理员",
    [Q(F1, "建立并维护IT与设施资产台账（CMDB）"), Q(F1, "每季度组织一次全面资产盘点"), Q(F1, "管理备品备件库，设定安全库存")],
    [["CMDB", "台账"], ["盘点"], ["备品备件", "备件"]])
add("idc-duty-05", "new_hire", "duty", "暖通岗的职责是啥", "暖通工程师",
    [Q(F2, "负责冷水机组、冷却塔、精密空调（CRAH）"), Q(F2, "编制年度维保计划并监督维保厂商执行"), Q(F2, "按月分析PUE数据，提出节能改造建议")],
    [["冷水机组", "精密空调"], ["维保计划"], ["PUE"]])
add("idc-duty-06", "hr", "duty", "电气工程师要负责什么工作？", "电气工程师",
    [Q(F2, "负责10kV高压配电、变压器及低压配电柜"), Q(F2, "管理UPS及蓄电池组"), Q(F2, "柴油发电机组每月带载试车一次")],
    [["10kV", "高压配电"], ["UPS", "蓄电池"], ["柴油发电机", "柴发"]])
add("idc-duty-07", "new_hire", "duty", "网工主要负责哪些事情", "网络工程师",
    [L(F8, 21, 26), L(F5, 2, 4)],
    [["BGP"], ["VLAN", "端口开通"], ["备份"]])
add("idc-duty-08", "hr", "duty", "客服经理具体做什么的", "客户服务经理",
    [L(F6, 19, 23)],
    [["SPOC", "对接窗口"], ["SLA报告"], ["投诉"]])
add("idc-duty-09", "new_hire", "duty", "安全合规专员的工作内容有哪些？", "安全合规专员",
    [L(F6, 40, 44)],
    [["ISO 27001", "ISO27001"], ["门禁"], ["培训"]])
add("idc-duty-10", "manager", "duty", "变更管理专员都管些什么", "变更管理专员",
    [L(F9, 13, 18), Q(F7, "受理变更申请（RFC）并分级为标准")],
    [["RFC", "变更申请"], ["CAB", "变更评审会"], ["MOP", "冻结"]])
add("idc-duty-11", "manager", "duty", "出了故障值班长要干嘛", "值班长",
    [Q(F1, "担任本班次应急指挥"), Q(F7, "应急口令：EOP启动后由值班长统一指挥")],
    [["应急指挥", "统一指挥"], ["EOP"], ["复盘"]])
add("idc-duty-12", "new_hire", "duty", "巡检的时候发现漏水了该咋办", "机房巡检员",
    [Q(F1, "发现漏水、异响、异味、告警灯"), Q(F7, "异常上报：漏水、异味、冒烟")],
    [["值班长"], ["立即"]])
add("idc-duty-13", "hr", "duty", "蓄电池内阻测试是谁的活，多久做一次", "电气工程师",
    [Q(F2, "管理UPS及蓄电池组")],
    [["每季度"], ["内阻测试"]])
add("idc-duty-14", "manager", "duty", "客户投诉的话客服经理多久要给答复", "客户服务经理",
    [L(F6, 21)],
    [["48小时"], ["书面"]])

# ------------------------------------------------------------------ qualification (10)
add("idc-qual-01", "hr", "qualification", "值班长要什么学历和证书", "值班长",
    [Q(F1, "值班长学历要求由中专及以上调整为大专及以上"), Q(F1, "低压电工作业证（特种作业操作证）；持ITIL"),
     Q(F1, "5年以上数据中心运维经验")],
    [["大专"], ["低压电工"], ["5年"]])
add("idc-qual-02", "hr", "qualification", "招运维工程师要啥条件", "运维工程师",
    [Q(F1, "2年以上IDC机房或企业机房运维经验"), Q(F1, "持CCNA或华为HCIA认证者优先"), Q(F1, "计算机、通信工程、电子信息类专业")],
    [["2年"], ["CCNA", "HCIA"], ["计算机", "通信工程"]])
add("idc-qual-03", "new_hire", "qualification", "暖通工程师的任职要求是什么？", "暖通工程师",
    [Q(F2, "学历：本科及以上（2025版要求）"), Q(F2, "经验：3年以上数据中心或大型商业建筑暖通"), Q(F2, "证书：制冷与空调作业证（特种作业操作证）")],
    [["本科"], ["3年"], ["制冷与空调作业证"]])
add("idc-qual-04", "new_hire", "qualification", "电工岗要持什么证才能上岗", "电气工程师",
    [Q(F2, "高压电工作业证和低压电工作业证")],
    [["高压电工"], ["低压电工"]])
add("idc-qual-05", "new_hire", "qualification", "网络工程师要什么证书，CCNA够不够？", "网络工程师",
    [L(F8, 32), L(F5, 2, 4)],
    [["CCNP"], ["HCIP"]])
add("idc-qual-06", "hr", "qualification", "客服经理的招聘要求", "客户服务经理",
    [L(F6, 26, 28)],
    [["本科"], ["3年"], ["IDC", "大客户"]])
add("idc-qual-07", "new_hire", "qualification", "安全合规专员要有什么证？", "安全合规专员",
    [L(F6, 49)],
    [["ISO 27001内审员", "内审员"], ["CISP"]])
add("idc-qual-08", "hr", "qualification", "变更管理专员任职资格", "变更管理专员",
    [L(F9, 21, 24), L(F5, 5)],
    [["ITIL 4 Foundation", "ITIL"], ["2年"], ["本科"]])
add("idc-qual-09", "new_hire", "qualification", "巡检员收不收应届生？学历有啥要求", "机房巡检员",
    [Q(F1, "巡检经验优先，接受应届毕业生"), Q(F1, "高中、中专及以上"), L(F5, 6, 7)],
    [["应届"], ["高中", "中专"]])
add("idc-qual-10", "hr", "qualification", "资产管理员任职条件有哪些", "资产管理员",
    [Q(F1, "2年以上资产或仓储管理经验"), Q(F1, "物流管理、计算机或相关专业")],
    [["2年"], ["物流管理"]])

# ------------------------------------------------------------------ attribute (10)
add("idc-attr-01", "new_hire", "attribute", "值班长的上级是谁啊", "值班长",
    [Q(F4, "运维中心经理"), Q(F7, "立即上报运维中心经理")],
    [["运维中心经理"], ["运维中心"]], attribute="reports_to")
add("idc-attr-02", "new_hire", "attribute", "暖通工程师归谁管，在哪上班", "暖通工程师",
    [Q(F2, "岗位：暖通工程师｜编号：FE-02")],
    [["设施经理"], ["SZ1", "苏州"]], attribute="reports_to")
add("idc-attr-03", "new_hire", "attribute", "网络工程师在哪个机房上班？", "网络工程师",
    [L(F8, 5), L(F5, 2, 4)],
    [["上海"], ["SH2", "临港"]], attribute="location")
add("idc-attr-04", "new_hire", "attribute", "客服经理工资多少", "客户服务经理",
    [L(F6, 16), Q(F4, "13000"), Q(F4, "18000")],
    [["13K", "13000"], ["18K", "18000"]], attribute="pay")
add("idc-attr-05", "new_hire", "attribute", "巡检员一个月能拿多少钱", "机房巡检员",
    [Q(F4, "5500"), L(F5, 6, 7)],
    [["5500", "5.5K"], ["7000", "7K"]], attribute="pay")
add("idc-attr-06", "new_hire", "attribute", "值班长上夜班有补贴吗，多少钱", "值班长",
    [L(F10, 8)],
    [["80元"], ["夜班补贴"]], attribute="benefits")
add("idc-attr-07", "hr", "attribute", "资产管理员现在向谁汇报？", "资产管理员",
    [L(F9, 27, 29)],
    [["运维管理部经理"], ["2025年4月1日", "4月1日"]], attribute="reports_to")
add("idc-attr-08", "new_hire", "attribute", "暖通工程师要本科吗，我是大专能投吗", "暖通工程师",
    [Q(F2, "学历：本科及以上（2025版要求）")],
    [["本科"], ["2025"]], attribute="education")
add("idc-attr-09", "hr", "attribute", "变更管理专员属于哪个部门，上级是谁", "变更管理专员",
    [L(F9, 7, 8), L(F5, 5)],
    [["运维管理部"], ["运维管理部经理"]], attribute="department")
add("idc-attr-10", "new_hire", "attribute", "网工要几年工作经验", "网络工程师",
    [L(F8, 31), L(F5, 2, 4)],
    [["3年"], ["运营商", "IDC"]], attribute="experience")

# ------------------------------------------------------------------ kpi (5)
add("idc-kpi-01", "manager", "kpi", "值班长的KPI有哪些，权重各多少", "值班长",
    [Q(F3, "告警响应及时率"), Q(F3, "P1级故障次数"), Q(F3, "变更操作合规率"), Q(F3, "交接班记录完整率")],
    [["告警响应及时率"], ["P1级故障次数"], ["变更操作合规率"], ["交接班记录完整率"]])
add("idc-kpi-02", "manager", "kpi", "暖通工程师考核哪些指标", "暖通工程师",
    [Q(F3, "制冷系统可用性"), Q(F3, "冷通道温度超标次数"), Q(F3, "节能建议采纳数"), Q(F3, "PUE（年均）")],
    [["制冷系统可用性"], ["冷通道温度超标次数"], ["节能建议采纳数"], ["PUE"]])
add("idc-kpi-03", "manager", "kpi", "网工的绩效指标是什么", "网络工程师",
    [Q(F3, "P1故障响应时长"), Q(F3, "端口开通及时率"), Q(F3, "配置备份完成率")],
    [["P1故障响应时长"], ["端口开通及时率"], ["配置备份完成率"]])
add("idc-kpi-04", "hr", "kpi", "变更管理专员怎么考核的", "变更管理专员",
    [Q(F7, "变更成功率 30 ≥98%"), Q(F7, "紧急变更占比 20 ≤10%"), Q(F7, "CAB会议按期召开率")],
    [["变更成功率"], ["紧急变更占比"], ["CAB会议按期召开率"]])
add("idc-kpi-05", "manager", "kpi", "客户服务经理的考核指标和权重", "客户服务经理",
    [Q(F3, "客户续约率"), Q(F3, "投诉闭环率"), Q(F3, "SLA报告按时提交率")],
    [["客户续约率"], ["投诉闭环率"], ["SLA报告按时提交率"]])

# ------------------------------------------------------------------ jd (3)
add("idc-jd-01", "hr", "jd", "帮我起草一份值班长的岗位说明书", "值班长",
    [Q(F1, "组织交接班并签署《交接班记录》"), Q(F1, "监控动环系统（DCIM）告警"), Q(F1, "担任本班次应急指挥")],
    [["交接班"], ["告警"], ["应急指挥"]],
    tool={"kind": "jd", "role": "值班长", "count": None, "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"], "expected_indicators": None})
add("idc-jd-02", "hr", "jd", "写个网络工程师的JD，要能直接挂招聘网站的", "网络工程师",
    [L(F8, 21, 26)],
    [["BGP"], ["VLAN"], ["备份"]],
    tool={"kind": "jd", "role": "网络工程师", "count": None, "must_cite_files": [F8], "expect_sections": ["duties", "qualifications"], "expected_indicators": None})
add("idc-jd-03", "manager", "jd", "给安全合规专员出一版职位描述", "安全合规专员",
    [L(F6, 40, 44)],
    [["ISO 27001"], ["门禁"], ["整改"]],
    tool={"kind": "jd", "role": "安全合规专员", "count": None, "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"], "expected_indicators": None})

# ------------------------------------------------------------------ kpi_design (3)
add("idc-kd-01", "manager", "kpi_design", "帮电气工程师设计5个考核指标", "电气工程师",
    [Q(F3, "供电可用性"), Q(F3, "倒闸操作差错次数"), Q(F3, "柴发带载试车完成率")],
    [["供电可用性"], ["倒闸操作差错次数"], ["柴发带载试车完成率"]],
    tool={"kind": "kpi_design", "role": "电气工程师", "count": 5, "must_cite_files": [F3], "expect_sections": None,
          "expected_indicators": ["供电可用性", "倒闸操作差错次数", "柴发带载试车完成率"]})
add("idc-kd-02", "manager", "kpi_design", "运维工程师的月度KPI怎么定比较好", "运维工程师",
    [Q(F3, "Remote Hands工单SLA达成率"), Q(F3, "机柜台账准确率"), Q(F3, "上下架差错次数")],
    [["Remote Hands工单SLA达成率"], ["机柜台账准确率"], ["上下架差错次数"]],
    tool={"kind": "kpi_design", "role": "运维工程师", "count": None, "must_cite_files": [F3], "expect_sections": None,
          "expected_indicators": ["Remote Hands工单SLA达成率", "机柜台账准确率", "上下架差错次数"]})
add("idc-kd-03", "hr", "kpi_design", "给机房巡检员设计3个KPI", "机房巡检员",
    [Q(F7, "巡检按时完成率 40 100%"), Q(F7, "异常发现上报及时率"), Q(F7, "巡检记录准确率 30 ≥98%")],
    [["巡检按时完成率"], ["异常发现上报及时率"], ["巡检记录准确率"]],
    tool={"kind": "kpi_design", "role": "机房巡检员", "count": 3, "must_cite_files": [F7], "expect_sections": None,
          "expected_indicators": ["巡检按时完成率", "异常发现上报及时率", "巡检记录准确率"]})

# ------------------------------------------------------------------ followup (8)
add("idc-fu-01", "new_hire", "followup", "值班长要干哪些活", "值班长",
    [Q(F1, "组织交接班并签署《交接班记录》"), Q(F1, "监控动环系统（DCIM）告警")],
    [["交接班"], ["告警"]],
    turns=[T("第3条展开说说", "duty", "值班长", [Q(F1, "担任本班次应急指挥")], [["EOP", "应急操作程序"], ["48小时", "复盘"]]),
           T("那他要什么条件", "qualification", "值班长",
             [Q(F1, "值班长学历要求由中专及以上调整为大专及以上"), Q(F1, "5年以上数据中心运维经验")], [["大专"], ["5年"]]),
           T("他手下管哪些人", "attribute", "值班长", [Q(F1, "运维工程师、机房巡检员")], [["运维工程师"], ["机房巡检员"]],
             attribute="subordinates")])
add("idc-fu-02", "manager", "followup", "暖通工程师的KPI给我看看", "暖通工程师",
    [Q(F3, "制冷系统可用性"), Q(F3, "冷通道温度超标次数")],
    [["制冷系统可用性"], ["冷通道温度超标次数"]],
    turns=[T("换成电气工程师呢", "kpi", "电气工程师", [Q(F3, "供电可用性"), Q(F3, "蓄电池内阻测试完成率")],
             [["供电可用性"], ["蓄电池内阻测试完成率"]]),
           T("他要持什么证", "qualification", "电气工程师", [Q(F2, "高压电工作业证和低压电工作业证")],
             [["高压电工"], ["低压电工"]])])
add("idc-fu-03", "new_hire", "followup", "网络工程师的领导是谁", "网络工程师",
    [L(F8, 4), Q(F4, "网络部主管")],
    [["网络部主管"], ["网络部"]], attribute="reports_to",
    turns=[T("工资多少", "attribute", "网络工程师", [Q(F4, "22000"), L(F5, 2, 4)],
             [["15000", "15K"], ["22000", "22K"]], attribute="pay"),
           T("on-call咋安排的", "duty", "网络工程师", [L(F8, 36)], [["按周轮值"], ["30分钟"]])])
add("idc-fu-04", "hr", "followup", "客户服务经理要做哪些事", "客户服务经理",
    [L(F6, 19, 23)],
    [["SPOC", "对接窗口"], ["SLA报告"]],
    turns=[T("第二条具体说说", "duty", "客户服务经理", [L(F6, 20)], [["每月5日前"], ["回顾会"]]),
           T("换成安全合规专员呢", "duty", "安全合规专员", [L(F6, 40, 44)], [["ISO 27001"], ["门禁"], ["整改"]])])
add("idc-fu-05", "manager", "followup", "机房巡检员考核哪些指标", "机房巡检员",
    [Q(F7, "巡检按时完成率 40 100%"), Q(F7, "异常发现上报及时率")],
    [["巡检按时完成率"], ["异常发现上报及时率"]],
    turns=[T("他们多久巡一次", "duty", "机房巡检员", [Q(F7, "巡检频次：每2小时一轮"), Q(F1, "按巡检路线每2小时对机房模块"), L(F5, 6, 7)],
             [["每2小时", "2小时"], ["拍照", "机房", "配电室"]]),
           T("归谁管", "attribute", "机房巡检员", [Q(F1, "当班值班长")], [["值班长"], ["当班"]], attribute="reports_to")])
add("idc-fu-06", "hr", "followup", "变更管理专员的岗位职责", "变更管理专员",
    [L(F9, 13, 18)],
    [["RFC", "变更申请"], ["CAB"]],
    turns=[T("要什么证书", "attribute", "变更管理专员", [L(F9, 23), L(F5, 5)], [["ITIL 4 Foundation", "ITIL"], ["必须"]],
             attribute="certificate"),
           T("工资呢", "attribute", "变更管理专员", [Q(F4, "9000"), L(F5, 5)], [["9000", "9K"], ["12000", "12K"]], attribute="pay")])
add("idc-fu-07", "manager", "followup", "资产管理员职责是什么", "资产管理员",
    [Q(F1, "建立并维护IT与设施资产台账（CMDB）"), Q(F1, "每季度组织一次全面资产盘点")],
    [["CMDB", "台账"], ["盘点"]],
    turns=[T("盘点多久搞一次", "duty", "资产管理员", [Q(F1, "每季度组织一次全面资产盘点")], [["每季度"], ["盘点报告"]]),
           T("那问题管理专员呢，管些什么", "out_of_scope", None, [], [])])
add("idc-fu-08", "hr", "followup", "安全合规专员任职要求", "安全合规专员",
    [L(F6, 47, 49)],
    [["本科"], ["3年"], ["ISO 27001内审员", "内审员"]],
    turns=[T("在哪上班", "attribute", "安全合规专员", [L(F6, 35)], [["上海"], ["SH2", "临港"]], attribute="location"),
           T("那客服经理呢", "attribute", "客户服务经理", [L(F6, 14)], [["苏州"], ["SZ1", "工业园区"]], attribute="location")])

# ------------------------------------------------------------------ out of scope (7)
add("idc-oos-01", "new_hire", "out_of_scope", "弱电工程师的岗位职责是什么", None, [], [])
add("idc-oos-02", "new_hire", "out_of_scope", "IDC销售经理要什么条件？我想投", None, [], [])
add("idc-oos-03", "manager", "out_of_scope", "电气工程师的安全职责有哪几条", None, [], [])
add("idc-oos-04", "hr", "out_of_scope", "能效分析师工资开多少", None, [], [])
add("idc-oos-05", "new_hire", "out_of_scope", "资产管理员需要持什么证书", None, [], [])
add("idc-oos-06", "new_hire", "out_of_scope", "华为交换机上BGP community怎么配no-export", None, [], [])
add("idc-oos-07", "new_hire", "out_of_scope", "连续上三个夜班违反劳动法吗", None, [], [])

# ------------------------------------------------------------------ write + check
out = Path(__file__).resolve().parent / "set.jsonl"
out.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items), encoding="utf-8")
sys.path.insert(0, "/tmp/r47code/evals/sets")
import validate as V  # noqa: E402

ck = V.Checker()
loaded = V.load(out, ck)
corpus = V.Corpus(Path("/tmp/t47idc/corpus"))
for it in loaded:
    ck.item(it, corpus)
old = V.existing_questions()
dup = [it.id for it in loaded if V.norm(it.question) in old]
from collections import Counter  # noqa: E402
print(len(loaded), Counter(it.intent for it in loaded), sum(len(it.turns or []) for it in loaded), "later turns")
print("dup vs evals/data:", dup)
print("\n".join(ck.problems) or "ok: no problems")
