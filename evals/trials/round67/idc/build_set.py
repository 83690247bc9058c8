# -*- coding: utf-8 -*-
"""Builds set.jsonl for the idc trial (line numbers looked up in the generated corpus)."""
import json
import sys
from pathlib import Path

CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t67idc/corpus")
HERE = Path(__file__).resolve().parent

F1 = "idc01_运维中心岗位说明书汇编V3.2.docx"
F2 = "idc02_数据中心值班运行管理手册.docx"
F3 = "idc03_岗位KPI指标库2025.xlsx"
F4 = "idc04_岗位信息采集表2025.xlsx"
F5 = "idc05_招聘需求导出.csv"
F6 = "idc06_社会招聘.html"
F7 = "idc07_暖通与能效岗位说明书.pdf"
F8 = "idc08_新员工入职指南.md"
F9 = "idc09_关于调整部分岗位设置的通知.txt"
F10 = "idc10_员工考勤与值班津贴管理办法.txt"
ENC = {F9: "gbk", F10: "utf-16", F5: "utf-8-sig"}


def lines(f):
    return (CORPUS / f).read_bytes().decode(ENC.get(f, "utf-8")).splitlines()


def L(f, a, b=None):
    ls = lines(f)
    def find(s):
        hits = [i for i, x in enumerate(ls, 1) if s in x]
        assert len(hits) >= 1, (f, s)
        return hits[0]
    s = find(a)
    e = find(b) if b else s
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev if intent != "out_of_scope" else [],
                  "key_points": kp if intent != "out_of_scope" else [],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev=None, kp=None, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev or [], "key_points": kp or []}
    if attribute:
        d["attribute"] = attribute
    return d


P_SL = "运维值班长是本班次数据中心运行的第一责任人"
# ------------------------------------------------------------------ duty (14)
add("idc-duty-01", "new_hire", "duty", "值班长每天主要干啥", "运维值班长",
    [Q(F1, "主持交接班会，提前30分钟到岗核对上一班遗留事项"), Q(F1, "审核并签发班次内的操作票、工作票"),
     Q(F1, "填写值班日志，确保记录完整可追溯"), Q(F1, "监控动环系统告警，P1级告警5分钟内响应"), Q(F2, P_SL)],
    [["交接班"], ["操作票", "工作票"], ["值班日志"], ["告警"]])
add("idc-duty-02", "new_hire", "duty", "搞动力的工程师平时负责哪些活", "动力运维工程师",
    [Q(F1, "负责高低压配电柜、UPS、列头柜的日常巡视与倒闸操作"), Q(F1, "每季度完成蓄电池内阻测试并出具报告"),
     Q(F1, "组织柴油发电机月度带载试验")],
    [["UPS"], ["内阻测试"], ["柴油发电机", "柴发"], ["倒闸"]])
add("idc-duty-03", "manager", "duty", "变更经理具体要干些什么", "变更经理",
    [Q(F1, "维护变更管理流程，审核变更申请及MOP操作方案"), Q(F1, "每周二主持CAB评审会，形成评审纪要"),
     Q(F1, "管理变更窗口（每周二、周四0:00-6:00），协调客户通知"), Q(F1, "每月统计变更成功率并发布变更月报")],
    [["MOP"], ["CAB"], ["变更窗口"], ["变更成功率"]])
add("idc-duty-04", "new_hire", "duty", "机房巡检员巡检都要查哪些地方", "机房巡检员",
    [Q(F2, "模块机房A1-A6冷热通道"), Q(F2, "高低压配电室、UPS室、电池室"), Q(F2, "冷冻站、冷却塔"),
     Q(F2, "柴发机房、油罐区"), L(F5, "RQ-2025-040")],
    [["冷热通道", "模块机房"], ["配电室"], ["冷冻站", "冷却塔", "冷站"], ["柴发机房", "油罐区"]])
add("idc-duty-05", "new_hire", "duty", "网工的岗位职责是什么", "网络工程师",
    [Q(F4, "2、负责客户交叉互联（跨连）和带宽开通")],
    [["交叉互联", "跨连"], ["带宽开通"], ["MOP"], ["IP地址"]])
add("idc-duty-06", "new_hire", "duty", "资产管理员是管啥的", "资产管理员",
    [Q(F4, "维护CMDB资产台账，每季度组织资产盘点")],
    [["CMDB"], ["盘点"], ["备品备件"], ["搬入搬出"]])
add("idc-duty-07", "new_hire", "duty", "NOC那边的客服工程师每天干嘛", "客服工程师",
    [Q(F4, "7×24小时受理客户来电、邮件及工单系统的服务请求")],
    [["工单"], ["远程手", "Remote Hands"], ["回访"], ["知识库"]])
add("idc-duty-08", "hr", "duty", "暖通工程师岗位职责有哪些", "暖通工程师",
    [Q(F7, "负责冷水机组、冷却塔、精密空调、板式换热器等制冷设备"), Q(F7, "每班记录冷站运行参数，监控冷通道温湿度。"),
     Q(F7, "执行季节性制冷模式切换（冬季启用板换自然冷却）。"), Q(F7, "监督厂家维保作业并审核维保报告。"),
     L(F5, "RQ-2025-036")],
    [["冷水机组", "精密空调", "冷却塔"], ["运行参数"], ["自然冷却"], ["维保"]])
add("idc-duty-09", "new_hire", "duty", "能耗分析师的活儿都有哪些", "能耗分析师",
    [Q(F7, "按日、按月采集两园区电力和水耗数据，计算PUE与WUE。"), Q(F7, "编制能耗月报和年度能效分析报告。"),
     Q(F7, "识别节能机会，提出并跟踪节能改造项目的实施效果。"), Q(F7, "负责碳排放核算，并向政府能耗在线监测平台报送数据。")],
    [["PUE"], ["月报"], ["节能"], ["碳排放"]])
add("idc-duty-10", "hr", "duty", "售前的工作内容是啥", "售前解决方案工程师",
    [L(F6, "深入了解客户业务需求", "方案输出后评估交付可行性")],
    [["解决方案"], ["投标", "讲标"], ["参观园区", "技术交流"], ["报价测算", "报价"]])
add("idc-duty-11", "new_hire", "duty", "卖机柜的客户经理主要负责啥", "客户经理（机柜租赁）",
    [L(F5, "RQ-2025-031", "RQ-2025-032"), L(F6, "开发机柜租赁、带宽及增值服务客户", "维护存量客户关系")],
    [["客户开发", "开发"], ["签约"], ["回款"], ["续约"]])
add("idc-duty-12", "new_hire", "duty", "安防主管日常工作有哪些", "安防主管",
    [L(F8, "负责园区门禁", "处置安防事件")],
    [["门禁"], ["视频监控"], ["演练"], ["保安"]])
add("idc-duty-13", "manager", "duty", "出了P1告警值班长要做哪些事", "运维值班长",
    [Q(F1, "监控动环系统告警，P1级告警5分钟内响应"), Q(F1, "组织现场应急处置，按升级矩阵上报运维中心经理"),
     Q(F1, "事件结束后24小时内提交事件报告"), Q(F2, P_SL)],
    [["5分钟"], ["升级", "上报"], ["事件报告"]])
add("idc-duty-14", "new_hire", "duty", "巡检时候发现漏水了巡检员该咋办", "机房巡检员",
    [Q(F2, "漏水、冒烟、温度超过32℃，立即报告并启动应急")],
    [["立即报告"], ["启动应急", "应急"]])

# ------------------------------------------------------------------ qualification (10)
add("idc-qual-01", "hr", "qualification", "招值班长需要什么条件", "运维值班长",
    [Q(F1, "5年以上数据中心运维经验，其中2年以上班组管理经验"), Q(F1, "低压电工作业证（特种作业操作证）"),
     Q(F1, "电气、暖通、自动化、计算机相关专业")],
    [["5年"], ["班组管理"], ["低压电工"]])
add("idc-qual-02", "hr", "qualification", "动力工程师招人有啥要求", "动力运维工程师",
    [Q(F1, "电气工程及其自动化、供用电技术"), Q(F1, "3年以上数据中心或大型建筑供配电运维经验"),
     Q(F1, "高压电工作业证（特种作业操作证）")],
    [["电气工程及其自动化", "供用电"], ["3年"], ["高压电工"]])
add("idc-qual-03", "manager", "qualification", "变更经理的任职资格", "变更经理",
    [Q(F1, "本科及以上"), Q(F1, "6年以上数据中心或IT运维经验，其中3年以上变更或问题管理经验"), Q(F1, "ITIL 4 Foundation")],
    [["本科"], ["6年"], ["ITIL"]])
add("idc-qual-04", "hr", "qualification", "网工要啥条件，一定要CCIE吗", "网络工程师",
    [Q(F4, "3年以上数据中心网络运维经验"), Q(F4, "HCIP-Datacom或CCNP（必备其一），HCIE/CCIE优先")],
    [["3年"], ["HCIP", "CCNP"], ["优先"]])
add("idc-qual-05", "hr", "qualification", "资产管理员任职要求有哪些", "资产管理员",
    [Q(F4, "2年以上资产或仓储管理经验"), Q(F4, "物流管理、计算机或相关专业"), Q(F4, "熟练使用Excel，会使用CMDB或资产管理系统")],
    [["2年"], ["物流管理"], ["Excel"]])
add("idc-qual-06", "hr", "qualification", "客服工程师招聘要求", "客服工程师",
    [Q(F4, "1年以上IT服务台或客服经验"), Q(F4, "普通话标准，能用英文处理简单工单和邮件"), Q(F4, "ITIL Foundation证书优先")],
    [["1年"], ["普通话"], ["ITIL"]])
add("idc-qual-07", "hr", "qualification", "暖通工程师对应聘者有什么要求", "暖通工程师",
    [Q(F7, "暖通空调、制冷与空调技术"), Q(F7, "3年以上中央空调或数据中心制冷系统"), Q(F7, "证书 制冷与空调设备运行操作作业证"),
     L(F5, "RQ-2025-036")],
    [["暖通空调", "制冷与空调技术"], ["3年"], ["制冷与空调设备运行操作作业证"]])
add("idc-qual-08", "hr", "qualification", "能耗分析师任职资格", "能耗分析师",
    [Q(F7, "能源与动力工程、电气工程、统计学"), Q(F7, "2年以上能耗管理或数据分析经验"), Q(F7, "能源管理体系内审员证书优先")],
    [["统计学", "能源与动力工程"], ["2年"], ["内审员"]])
add("idc-qual-09", "hr", "qualification", "售前解决方案工程师要什么背景的人", "售前解决方案工程师",
    [L(F6, "计算机、通信、电气等理工科专业", "表达能力强，能独立完成方案讲解")],
    [["理工科", "计算机"], ["4年"], ["CDCP", "HCIA"]])
add("idc-qual-10", "new_hire", "qualification", "巡检员门槛高吗，应届生能不能做", "机房巡检员",
    [Q(F4, "高中/中专"), L(F5, "RQ-2025-040")],
    [["高中", "中专"], ["应届"], ["倒班"]])

# ------------------------------------------------------------------ attribute (10)
add("idc-attr-01", "new_hire", "attribute", "值班长直属领导是谁", "运维值班长", [Q(F2, P_SL)],
    [["运维中心经理"], ["汇报"]], attribute="reports_to")
add("idc-attr-02", "hr", "attribute", "变更经理工资开多少", "变更经理", [Q(F1, "税前20-28K/月，全年14薪")],
    [["20-28K"], ["14薪"]], attribute="pay")
add("idc-attr-03", "new_hire", "attribute", "资产管理员现在归谁管", "资产管理员",
    [L(F9, "资产管理员划入运维中心综合组")], [["运维中心综合组组长"], ["7月1日"]], attribute="reports_to")
add("idc-attr-04", "new_hire", "attribute", "能耗分析师在哪个园区办公", "能耗分析师",
    [Q(F7, "工作地点 北京亦庄园区 班次 标准工时"), Q(F7, "所属部门 能源管理部 直接上级 能源管理部经理")], [["北京亦庄园区", "亦庄"], ["能源管理部"]], attribute="location")
add("idc-attr-05", "new_hire", "attribute", "做安防主管需要持什么证", "安防主管",
    [L(F8, "证书:", "消防设施操作员")], [["保安员证"], ["消防设施操作员"]], attribute="certificate")
add("idc-attr-06", "hr", "attribute", "客服工程师薪资范围", "客服工程师",
    [Q(F4, "7-10K，另计夜班津贴")], [["7-10K", "7000"], ["夜班津贴"]], attribute="pay")
add("idc-attr-07", "manager", "attribute", "安防主管下面带哪些人", "安防主管",
    [L(F8, "直接下级: 安防监控员")], [["安防监控员"], ["门岗保安", "保安"]], attribute="subordinates")
add("idc-attr-08", "new_hire", "attribute", "售前工程师属于哪个部门", "售前解决方案工程师",
    [L(F6, "<td class=\"title\">售前解决方案工程师")], [["解决方案组"], ["IDC业务部"]], attribute="department")
add("idc-attr-09", "hr", "attribute", "客户经理（机柜租赁）学历卡多少", "客户经理（机柜租赁）",
    [L(F5, "RQ-2025-031"), L(F5, "# 学历代码"), L(F6, "<td class=\"title\">客户经理（机柜租赁）")],
    [["本科"], ["客户经理"]], attribute="education")
add("idc-attr-10", "new_hire", "attribute", "廊坊园区的客户经理底薪加提成大概多少钱", "客户经理（机柜租赁）",
    [L(F5, "RQ-2025-032")], [["12-25K"], ["提成"]], attribute="pay")

# ------------------------------------------------------------------ kpi (5)
add("idc-kpi-01", "manager", "kpi", "值班长KPI有哪些，各占多少权重", "运维值班长",
    [Q(F3, "重大事故次数"), Q(F3, "5分钟内响应的告警数÷告警总数×100%"),
     Q(F3, "交接班记录完整率"), Q(F3, "操作票执行合格率")],
    [["重大事故"], ["告警响应及时率", "5分钟内响应"], ["交接班记录完整率"], ["操作票执行合格率"]])
add("idc-kpi-02", "manager", "kpi", "廊坊客户经理一年要签多少机柜", "客户经理（机柜租赁）",
    [Q(F3, "200架/年"), Q(F3, "新签机柜数")], [["200架"], ["新签机柜数"]])
add("idc-kpi-03", "manager", "kpi", "能耗分析师亦庄PUE考核目标是多少", "能耗分析师",
    [Q(F3, "≤1.35"), Q(F3, "园区PUE年均值")], [["1.35"], ["PUE"]])
add("idc-kpi-04", "manager", "kpi", "暖通那边kpi怎么考", "暖通工程师",
    [Q(F3, "冷通道温度达标率"), Q(F3, "制冷系统可用性"), Q(F3, "冷站综合能效比"), Q(F3, "冷却水水质达标率")],
    [["冷通道温度达标率"], ["制冷系统可用性"], ["冷站综合能效比"], ["水质达标率"]])
add("idc-kpi-05", "manager", "kpi", "售前的转化率指标目标定的多少，怎么算", "售前解决方案工程师",
    [Q(F3, "签约项目数÷售前支持项目数"), Q(F3, "≥35%")], [["35%"], ["签约项目数"]])

# ------------------------------------------------------------------ jd (3)
add("idc-jd-01", "hr", "jd", "帮我写一份动力运维工程师的JD，招聘网站上用", "动力运维工程师",
    [Q(F1, "负责高低压配电柜、UPS、列头柜的日常巡视与倒闸操作"), Q(F1, "组织柴油发电机月度带载试验"),
     Q(F1, "高压电工作业证（特种作业操作证）")],
    [["UPS"], ["柴油发电机"], ["高压电工"]],
    tool={"kind": "jd", "role": "动力运维工程师", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("idc-jd-02", "hr", "jd", "能耗分析师要招人，出个岗位说明书草稿", "能耗分析师",
    [Q(F7, "按日、按月采集两园区电力和水耗数据，计算PUE与WUE。"), Q(F7, "负责碳排放核算，并向政府能耗在线监测平台报送数据。"),
     Q(F7, "2年以上能耗管理或数据分析经验")],
    [["PUE"], ["碳排放"], ["2年"]],
    tool={"kind": "jd", "role": "能耗分析师", "must_cite_files": [F7], "expect_sections": ["duties", "qualifications"]})
add("idc-jd-03", "hr", "jd", "给客服工程师写个招聘JD", "客服工程师",
    [Q(F4, "7×24小时受理客户来电、邮件及工单系统的服务请求"), Q(F4, "1年以上IT服务台或客服经验")],
    [["工单"], ["远程手", "Remote Hands"], ["1年"]],
    tool={"kind": "jd", "role": "客服工程师", "must_cite_files": [F4], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("idc-kd-01", "manager", "kpi_design", "帮我给运维值班长设计5个考核指标", "运维值班长",
    [Q(F3, "重大事故次数"), Q(F3, "交接班记录完整率"), Q(F3, "操作票执行合格率"),
     Q(F3, "班组培训完成率")],
    [["重大事故次数"], ["交接班记录完整率"], ["操作票执行合格率"], ["班组培训完成率"]],
    tool={"kind": "kpi_design", "role": "运维值班长", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["重大事故次数", "交接班记录完整率", "操作票执行合格率", "班组培训完成率"]})
add("idc-kd-02", "manager", "kpi_design", "机柜租赁客户经理的绩效考核表怎么设计", "客户经理（机柜租赁）",
    [Q(F3, "新签机柜数"), Q(F3, "机柜上架率"), Q(F3, "回款及时率"), Q(F3, "客户续约率")],
    [["新签机柜数"], ["机柜上架率"], ["回款及时率"], ["客户续约率"]],
    tool={"kind": "kpi_design", "role": "客户经理（机柜租赁）", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["新签机柜数", "机柜上架率", "回款及时率", "客户续约率"]})
add("idc-kd-03", "manager", "kpi_design", "动力运维工程师的KPI方案给我拟一个", "动力运维工程师",
    [Q(F3, "供电系统可用性"), Q(F3, "柴发带载试验完成率"), Q(F3, "蓄电池检测覆盖率"), Q(F3, "供电缺陷闭环及时率")],
    [["供电系统可用性"], ["柴发带载试验完成率"], ["蓄电池检测覆盖率"], ["供电缺陷闭环及时率"]],
    tool={"kind": "kpi_design", "role": "动力运维工程师", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["供电系统可用性", "柴发带载试验完成率", "蓄电池检测覆盖率", "供电缺陷闭环及时率"]})

# ------------------------------------------------------------------ followup (8)
add("idc-fu-01", "new_hire", "followup", "运维值班长主要负责什么", "运维值班长",
    [Q(F1, "主持交接班会，提前30分钟到岗核对上一班遗留事项"), Q(F1, "审核并签发班次内的操作票、工作票"), Q(F2, P_SL)],
    [["交接班"], ["操作票"]],
    turns=[T("他的上级是谁", "attribute", "运维值班长", [Q(F2, P_SL)], [["运维中心经理"], ["汇报"]], "reports_to"),
           T("那考核他哪些指标", "kpi", "运维值班长",
             [Q(F3, "重大事故次数"), Q(F3, "交接班记录完整率"), Q(F3, "操作票执行合格率")],
             [["重大事故"], ["交接班记录完整率"], ["操作票执行合格率"]])])
add("idc-fu-02", "new_hire", "followup", "网络工程师干什么的", "网络工程师",
    [Q(F4, "2、负责客户交叉互联（跨连）和带宽开通")], [["交叉互联", "跨连"], ["带宽"]],
    turns=[T("第3条展开说说", "duty", "网络工程师", [Q(F4, "3、处理网络故障，P1故障15分钟内到场")], [["15分钟"], ["网络故障"]]),
           T("要什么证书", "attribute", "网络工程师", [Q(F4, "HCIP-Datacom或CCNP（必备其一），HCIE/CCIE优先")],
             [["HCIP", "CCNP"], ["CCIE", "HCIE"]], "certificate")])
add("idc-fu-03", "new_hire", "followup", "资产管理员在哪个园区上班", "资产管理员",
    [Q(F4, "廊坊园区"), Q(F4, "岗位信息采集表（2025年4月）—— 资产管理员")], [["廊坊"], ["资产管理员"]], attribute="location",
    turns=[T("学历要求呢", "attribute", "资产管理员", [Q(F4, "SUMMARY_ASSET_EDU")], [["大专"], ["及以上"]], "education"),
           T("换成客服工程师呢", "attribute", "客服工程师", [Q(F4, "SUMMARY_CS_EDU")], [["大专"], ["高中"]], "education")])
add("idc-fu-04", "hr", "followup", "暖通工程师的职责", "暖通工程师",
    [Q(F7, "负责冷水机组、冷却塔、精密空调、板式换热器等制冷设备"), Q(F7, "每班记录冷站运行参数，监控冷通道温湿度。")],
    [["冷水机组"], ["运行参数"]],
    turns=[T("还有吗", "duty", "暖通工程师",
             [Q(F7, "处理制冷系统告警与故障，参加制冷中断应急演练。"), Q(F7, "监督厂家维保作业并审核维保报告。")],
             [["应急演练"], ["维保"]]),
           T("那能耗分析师呢", "duty", "能耗分析师",
             [Q(F7, "按日、按月采集两园区电力和水耗数据，计算PUE与WUE。"), Q(F7, "编制能耗月报和年度能效分析报告。")],
             [["PUE"], ["月报"]])])
add("idc-fu-05", "hr", "followup", "售前工程师有啥要求", "售前解决方案工程师",
    [L(F6, "计算机、通信、电气等理工科专业", "具备CDCP或HCIA")], [["4年"], ["CDCP", "HCIA"]],
    turns=[T("薪资多少", "attribute", "售前解决方案工程师", [L(F6, "<td class=\"title\">售前解决方案工程师")], [["20-35K"], ["14薪"]], "pay"),
           T("汇报给谁", "attribute", "售前解决方案工程师", [L(F6, "汇报对象：解决方案总监")], [["解决方案总监"], ["汇报"]], "reports_to")])
add("idc-fu-06", "manager", "followup", "客户经理的KPI是哪几项", "客户经理（机柜租赁）",
    [Q(F3, "新签机柜数"), Q(F3, "机柜上架率"), Q(F3, "回款及时率")], [["新签机柜数"], ["机柜上架率"], ["回款及时率"]],
    turns=[T("第二个指标怎么算", "kpi", "客户经理（机柜租赁）", [Q(F3, "已上架计费机柜数÷已签约机柜数×100%")], [["已上架计费机柜数"], ["已签约机柜数"]]),
           T("廊坊的目标呢", "kpi", "客户经理（机柜租赁）", [Q(F3, "≥75%"), Q(F3, "机柜上架率")], [["75%"], ["上架率"]])])
add("idc-fu-07", "new_hire", "followup", "安防主管要什么学历", "安防主管",
    [L(F8, "学历: 大专及以上")], [["大专"], ["及以上"]], attribute="education",
    turns=[T("经验呢", "attribute", "安防主管", [L(F8, "经验: 5年以上安防管理经验")], [["5年"], ["退役军人"]], "experience"),
           T("他手下管哪些人", "attribute", "安防主管", [L(F8, "直接下级: 安防监控员")], [["安防监控员"], ["保安"]], "subordinates")])
add("idc-fu-08", "hr", "followup", "动力运维工程师要啥条件", "动力运维工程师",
    [Q(F1, "3年以上数据中心或大型建筑供配电运维经验"), Q(F1, "高压电工作业证（特种作业操作证）")], [["3年"], ["高压电工"]],
    turns=[T("必须要有的证是哪个", "attribute", "动力运维工程师", [Q(F1, "高压电工作业证（特种作业操作证）")], [["高压电工"], ["特种作业"]], "certificate"),
           T("那综合布线工程师呢", "out_of_scope", None)])

# ------------------------------------------------------------------ out of scope (7)
add("idc-oos-01", "new_hire", "out_of_scope", "消防控制室值班员的职责是什么", None, [], [])
add("idc-oos-02", "new_hire", "out_of_scope", "运维中心经理的岗位职责有哪些", None, [], [])
add("idc-oos-03", "manager", "out_of_scope", "网络工程师的KPI指标有哪些", None, [], [])
add("idc-oos-04", "hr", "out_of_scope", "五险一金公司和个人缴费比例各是多少", None, [], [])
add("idc-oos-05", "manager", "out_of_scope", "机柜PDU选单相还是三相的好", None, [], [])
add("idc-oos-06", "hr", "out_of_scope", "综合布线工程师工资多少", None, [], [])
add("idc-oos-07", "new_hire", "out_of_scope", "用python怎么写一个BGP邻居状态监控脚本", None, [], [])

# summary-sheet cells are bare words; point them at the unique form cells instead
for it in items:
    for t in it["turns"] or []:
        for e in t["evidence"]:
            if e.get("quote") == "SUMMARY_ASSET_EDU":
                e["quote"] = "大专及以上"
            if e.get("quote") == "SUMMARY_CS_EDU":
                e["quote"] = "大专以上学历，优秀者可放宽至高中"

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
