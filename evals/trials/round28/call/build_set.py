#!/usr/bin/env python3
"""Build set.jsonl for round 28 `call` over T28_OUT/corpus (default /tmp/t28call/corpus), then validate it
with /tmp/r28code/evals/sets/validate.py (imported unmodified). Line spans are found by substring so the set
follows the generator; each anchor must occur on exactly one line."""
import json
import os
import sys
from pathlib import Path

CORPUS = Path(os.environ.get("T28_OUT", "/tmp/t28call")) / "corpus"
HERE = Path(__file__).resolve().parent
sys.path.insert(0, "/tmp/r28code/evals/sets")
import validate as V  # noqa: E402

F1 = "lx01_客服中心一线岗位说明书.docx"
F2 = "lx02_运营支持岗位说明书.docx"
F3 = "lx03_呼叫中心KPI考核表.xlsx"
F4 = "lx04_各岗位任职要求对照表.xlsx"
F5 = "lx05_加入联信.html"
F6 = "lx06_运营管理部岗位职责与考核标准.pdf"
F7 = "lx07_新员工岗前培训计划.md"
F8 = "lx08_排班与考勤管理规定.txt"
F9 = "lx09_HR系统岗位导出.csv"
F10 = "lx10_岗位名称调整通知.txt"

_lines = {}


def lines_of(f):
    if f not in _lines:
        data = (CORPUS / f).read_bytes()
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("gb18030")
        _lines[f] = t.splitlines()
    return _lines[f]


def find(f, s):
    hits = [i + 1 for i, ln in enumerate(lines_of(f)) if s in ln]
    assert len(hits) == 1, (f, s, hits)
    return hits[0]


def L(f, a, b=None):
    """Evidence span from the line containing `a` to the line containing `b` (or `a`)."""
    return {"file": f, "line_start": find(f, a), "line_end": find(f, b or a)}


def Q(f, q):
    return {"file": f, "quote": q}


def item(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    return {"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": evidence, "key_points": kp,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool}


def turn(question, intent, role, evidence, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def oos_turn(question, role=None):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


ITEMS = []
A = ITEMS.append

# ------------------------------------------------------------------ duty (8)
A(item("cl-duty-01", "new_hire", "duty", "联信这边做热线座席的，平时主要干些什么活？", "客服座席代表",
       [Q(F1, "接听客户来电，解答业务咨询"), Q(F1, "在CRM系统中完整记录工单"), Q(F1, "按升级流程转交二线或班组长"),
        L(F5, "接听银行信用卡及电商客户来电", "按话术规范安抚情绪激动的客户")],
       [["接听", "来电"], ["工单"], ["升级", "转交"]]))
A(item("cl-duty-02", "manager", "duty", "组长每天要负责哪些事情，给我列一下", "班组长",
       [Q(F1, "组织班前会和班后总结"), Q(F1, "对座席进行一对一辅导"), Q(F1, "负责班组考勤、排班调整申请及绩效初评")],
       [["班前会"], ["辅导", "Coaching"], ["考勤"]]))
A(item("cl-duty-03", "hr", "duty", "质检专员QA的工作内容是什么", "质检专员",
       [Q(F1, "每日抽听座席录音不少于40通"), Q(F1, "组织每周校准会（Calibration）"), Q(F1, "受理座席对质检结果的申诉")],
       [["40通", "抽听"], ["校准"], ["申诉"]]))
A(item("cl-duty-04", "new_hire", "duty", "IT运维在呼叫中心具体负责什么？", "IT运维工程师",
       [Q(F2, "话务平台（ACD/IVR）、录音系统和CRM系统"), Q(F2, "故障响应时间不超过15分钟"), Q(F2, "每季度组织一次灾备演练")],
       [["ACD", "IVR", "话务平台"], ["15分钟"], ["灾备"]]))
A(item("cl-duty-05", "manager", "duty", "排班专员(WFM)的岗位职责有哪些", "WFM排班专员",
       [Q(F6, "基于历史话务数据按30分钟粒度进行话务量预测"), Q(F6, "根据预测结果和服务水平目标计算人力需求"),
        Q(F6, "审核座席的调班、请假申请"), L(F8, "三、WFM排班专员负责编制排班表")],
       [["话务量预测", "预测"], ["人力需求", "排班表"], ["调班"]]))
A(item("cl-duty-06", "hr", "duty", "现场管理那个岗位（RTA）都做什么", "现场管理员",
       [Q(F6, "实时监控排队数、服务水平和座席状态"), Q(F6, "根据话务波动调整座席小休、培训和外呼任务"),
        Q(F6, "每小时发布一次实时话务播报"), Q(F6, "班次结束时编写现场交接记录"),
        L(F5, "盯控大屏实时话务数据", "发布实时话务播报，编写现场交接记录"), L(F8, "五、现场管理员负责当班的实时调度"),
        L(F10, "“现场管理员”岗位更名为")],
       [["实时监控", "盯控"], ["小休"], ["播报"], ["交接记录"]]))
A(item("cl-duty-07", "new_hire", "duty", "在线客服专员要做哪些工作", "在线客服专员",
       [Q(F6, "通过网页、APP和微信渠道以文字方式接待客户咨"), Q(F6, "同时接待不超过4个会话"),
        Q(F6, "对售后问题创建工单并跟踪处理结果"), L(F5, "通过APP、网页和微信公众号以文字方式接待客户", "整理常见问题，协助完善知识库")],
       [["文字"], ["4个"], ["工单", "知识库"]]))
A(item("cl-duty-08", "manager", "duty", "运营经理岗位主要职责是什么", "运营经理",
       [Q(F2, "确保服务水平、接通率、客户满意度等SLA指标达成"), Q(F2, "参加季度业务回顾会（QBR）"),
        Q(F2, "月度人员流失率控制在5%以内")],
       [["SLA"], ["QBR", "季度业务回顾"], ["流失率"]]))

# ------------------------------------------------------------------ qualification (7)
A(item("cl-qual-01", "hr", "qualification", "招坐席代表要什么条件？", "客服座席代表",
       [Q(F1, "大专及以上学历，专业不限；"), Q(F1, "普通话二级乙等及以上，口齿清晰"), Q(F1, "打字速度每分钟50字以上"),
        Q(F4, "普通话二级乙等及以上"), Q(F4, "≥50字/分钟"), L(F5, "大专及以上，应届生可投"),
        L(F5, "普通话标准（二级乙等以上）", "接受轮班，有无经验均可")],
       [["大专"], ["二级乙等"], ["50字"]]))
A(item("cl-qual-02", "hr", "qualification", "现场管理员招人有什么要求", "现场管理员",
       [Q(F4, "1年以上座席或班长经验"), L(F5, "1年以上呼叫中心座席或班长经验", "能接受早、中、晚三班轮换")],
       [["1年以上"], ["三班"]]))
A(item("cl-qual-03", "new_hire", "qualification", "想应聘客户成功专员，需要什么背景？", "客户成功专员",
       [Q(F2, "1. 本科及以上学历；"), Q(F2, "2年以上客户成功、大客户管理或项目管理经验"), Q(F2, "能接受每月约30%的出差"),
        Q(F4, "2年以上大客户/项目管理"), L(F5, "2年以上客户成功或大客户管理经验", "每月出差约30%")],
       [["本科"], ["2年以上"], ["出差", "30%"]]))
A(item("cl-qual-04", "hr", "qualification", "WFM排班专员需要满足哪些任职条件", "WFM排班专员",
       [Q(F4, "本科及以上（统计、数学类优先）"), Q(F4, "2年以上排班或数据分析经验")],
       [["本科"], ["2年以上"], ["统计", "数学", "数据分析"]]))
A(item("cl-qual-05", "manager", "qualification", "班长的任职要求有哪些", "班组长",
       [Q(F1, "2年以上呼叫中心一线工作经验"), Q(F1, "熟悉AHT、FCR、接通率等运营指标"), Q(F4, "2年以上一线经验")],
       [["2年以上"], ["AHT", "FCR", "接通率"], ["组长助理", "骨干座席"]]))
A(item("cl-qual-06", "hr", "qualification", "运营经理的任职条件", "运营经理",
       [Q(F2, "1. 本科及以上学历，管理类专业优先"), Q(F2, "5年以上呼叫中心运营管理经验"), Q(F2, "熟悉COPC或ISO 18295"),
        Q(F4, "5年以上运营管理"), Q(F4, "COPC相关认证优先")],
       [["本科"], ["5年以上"], ["COPC"]]))
A(item("cl-qual-07", "new_hire", "qualification", "在线客服对打字速度有要求吗？还要什么条件", "在线客服专员",
       [Q(F4, "≥60字/分钟"), Q(F4, "两班倒"), L(F5, "打字速度每分钟60字以上", "耐心细致，书面表达清楚"),
        L(F7, "打字测试：每分钟不少于60字")],
       [["60字"], ["两班倒"]]))

# ------------------------------------------------------------------ attribute (9)
A(item("cl-attr-01", "new_hire", "attribute", "质检专员归哪个部门管，直属上级是谁？", "质检专员",
       [Q(F1, "直接上级：质检主管"), Q(F4, "质检主管"), L(F9, "QA-201,质检专员"), L(F9, "QA-301,质检主管"),
        L(F9, "部门,D02,质量管理部")],
       [["质检主管"], ["质量管理部"]], attribute="reports_to"))
A(item("cl-attr-02", "hr", "attribute", "IT运维工程师的工资范围是多少", "IT运维工程师",
       [Q(F4, "8000-11000")], [["8000"], ["11000"]], attribute="pay"))
A(item("cl-attr-03", "new_hire", "attribute", "客户成功专员在哪个城市上班", "客户成功专员",
       [Q(F2, "上海办公室（需出差）"), Q(F4, "上海"), L(F5, "上海市浦东新区（需经常出差至合肥、成都项目现场）"),
        L(F9, "CS-401,客户成功专员"), L(F9, "工作地点,L03")],
       [["上海"], ["出差"]], attribute="location"))
A(item("cl-attr-04", "new_hire", "attribute", "质检员需要考什么证吗？", "质检专员",
       [Q(F1, "持有客户服务管理师（四级）"), Q(F4, "客户服务管理师（四级）优先")],
       [["客户服务管理师"], ["四级"], ["优先"]], attribute="certificate"))
A(item("cl-attr-05", "hr", "attribute", "培训师要什么学历和专业", "培训师",
       [Q(F1, "本科及以上学历，教育、中文、管理类专业优先"), L(F9, "TR-201,培训师"), L(F9, "学历,E04")],
       [["本科"], ["教育", "中文", "管理"]], attribute="education"))
A(item("cl-attr-06", "hr", "attribute", "运营经理需要几年工作经验", "运营经理",
       [Q(F2, "5年以上呼叫中心运营管理经验"), Q(F4, "5年以上运营管理"), L(F9, "OP-301,运营经理")],
       [["5年"], ["百人"]], attribute="experience"))
A(item("cl-attr-07", "manager", "attribute", "运营经理手下管哪些岗位？", "运营经理",
       [Q(F2, "班组长、现场管理员、WFM排班专员"), Q(F1, "直接上级：运营经理"), L(F9, "CS-201,班长"),
        L(F9, "WF-201,WFM排班专员"), L(F9, "WF-202,现场管理员")],
       [["班组长", "班长"], ["现场管理员"], ["WFM排班专员", "排班专员"]], attribute="subordinates"))
A(item("cl-attr-08", "new_hire", "attribute", "上夜班有补贴吗，给多少钱", None,
       [L(F8, "十、夜班补贴每班60元")], [["60元"], ["每班"]], attribute="pay"))
A(item("cl-attr-09", "new_hire", "attribute", "座席代表属于哪个部门、上面是谁管？", "客服座席代表",
       [Q(F1, "所属部门：客服运营部　　直接上级：班组长"), L(F9, "CS-101,话务员"), L(F9, "部门,D01,客服运营部")],
       [["客服运营部"], ["班组长", "班长"]], attribute="department"))

# ------------------------------------------------------------------ kpi (6)
A(item("cl-kpi-01", "manager", "kpi", "坐席代表的KPI考核指标有哪些", "客服座席代表",
       [Q(F3, "平均处理时长（AHT）"), Q(F3, "首次解决率（FCR）"), Q(F3, "当月质检抽检录音的平均得分（百分制）"),
        Q(F3, "按排班表在线时长÷排班应在线时长"), Q(F3, "满意评价数÷参评数")],
       [["AHT", "平均处理时长"], ["FCR", "首次解决率"], ["QA得分", "质检"], ["排班遵从率", "排班"]]))
A(item("cl-kpi-02", "manager", "kpi", "AHT怎么算分？比如做到260秒能拿几分", "客服座席代表",
       [Q(F3, "（通话时长+保持时长+话后处理时长）÷接听量"), Q(F3, "241-270秒")],
       [["241-270"], ["接听量", "话后处理"]]))
A(item("cl-kpi-03", "hr", "kpi", "组长的考核指标都有什么", "班组长",
       [Q(F3, "班组人数少于8人的，班组接通率按运营部整体接通率计算"), Q(F3, "员工流失率"), Q(F3, "辅导完成率"),
        Q(F3, "班组平均QA得分")],
       [["接通率"], ["流失率"], ["辅导完成率", "辅导"]]))
A(item("cl-kpi-04", "manager", "kpi", "QA质检员的绩效怎么考核？", "质检专员",
       [Q(F3, "抽检量完成率"), Q(F3, "校准偏差率"), Q(F3, "申诉处理及时率"), Q(F3, "质检报告及时率")],
       [["抽检量"], ["校准偏差"], ["申诉处理及时率", "申诉"]]))
A(item("cl-kpi-05", "hr", "kpi", "话务预测准确率的目标是多少，怎么计算", "WFM排班专员",
       [Q(F3, "1-|实际话务量-预测话务量|÷实际话务量"), Q(F6, "月度预测准确率≥90%")],
       [["90%"], ["实际话务量"]]))
A(item("cl-kpi-06", "new_hire", "kpi", "排班遵从率的考核标准是什么", "客服座席代表",
       [Q(F3, "目标≥95%"), Q(F3, "按排班表在线时长÷排班应在线时长"), Q(F3, "92%-94.9%")],
       [["95%"], ["排班应在线时长"]]))

# ------------------------------------------------------------------ kpi_design (3)
ind1 = ["平均处理时长", "首次解决率", "QA得分", "排班遵从率", "客户满意度"]
A(item("cl-kd-01", "manager", "kpi_design", "帮我给坐席代表设计一套月度KPI，5个指标", "客服座席代表",
       [Q(F3, "平均处理时长（AHT）"), Q(F3, "首次解决率（FCR）"), Q(F3, "当月质检抽检录音的平均得分（百分制）"),
        Q(F3, "按排班表在线时长÷排班应在线时长"), Q(F3, "满意评价数÷参评数"), Q(F3, "其权重并入QA得分"),
        Q(F3, "排班遵从率"), Q(F3, "客户满意度")],
       [[x] for x in ind1],
       tool={"kind": "kpi_design", "role": "客服座席代表", "count": 5, "must_cite_files": [F3],
             "expected_indicators": ind1}))
ind2 = ["话务预测准确率", "服务水平达成率", "排班表发布及时率", "人力利用率"]
A(item("cl-kd-02", "hr", "kpi_design", "给WFM排班专员出一份考核指标方案", "WFM排班专员",
       [Q(F3, "话务预测准确率"), Q(F3, "服务水平达成率"), Q(F3, "排班表发布及时率"), Q(F3, "人力利用率")],
       [[x] for x in ind2],
       tool={"kind": "kpi_design", "role": "WFM排班专员", "count": None, "must_cite_files": [F3],
             "expected_indicators": ind2}))
ind3 = ["班组接通率", "班组平均QA得分", "员工流失率", "辅导完成率"]
A(item("cl-kd-03", "manager", "kpi_design", "班长这个岗位的绩效指标帮我设计5个", "班组长",
       [Q(F3, "班组接通来电数÷分配至班组的进线总数"), Q(F3, "班组人数少于8人的，班组接通率按运营部整体接通率计算"),
        Q(F3, "班组平均QA得分"), Q(F3, "员工流失率"), Q(F3, "辅导完成率")],
       [[x] for x in ind3],
       tool={"kind": "kpi_design", "role": "班组长", "count": 5, "must_cite_files": [F3],
             "expected_indicators": ind3}))

# ------------------------------------------------------------------ jd (3)
A(item("cl-jd-01", "hr", "jd", "帮我写一份培训师的岗位说明书", "培训师",
       [Q(F1, "负责新员工岗前培训，包括业务知识"), Q(F1, "编写或更新培训课件与知识库条目"), Q(F1, "组织上岗考核（笔试+模拟通话）")],
       [["岗前培训"], ["课件"], ["上岗考核"]],
       tool={"kind": "jd", "role": "培训师", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]}))
A(item("cl-jd-02", "hr", "jd", "出一份客户成功专员的JD，招聘要用", "客户成功专员",
       [Q(F2, "跟进外包服务合同的执行与续约"), Q(F2, "每月整理服务报告"), Q(F2, "在内部发起改进任务并跟踪闭环")],
       [["续约"], ["服务报告"], ["闭环"]],
       tool={"kind": "jd", "role": "客户成功专员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]}))
A(item("cl-jd-03", "manager", "jd", "起草一份在线客服专员的职位描述", "在线客服专员",
       [Q(F6, "通过网页、APP和微信渠道以文字方式接待客户咨"), Q(F6, "同时接待不超过4个会话"),
        Q(F6, "向知识库管理员提交新增或修订建"), L(F5, "打字速度每分钟60字以上", "耐心细致，书面表达清楚")],
       [["文字"], ["4个"], ["知识库"]],
       tool={"kind": "jd", "role": "在线客服专员", "must_cite_files": [F6, F5], "expect_sections": ["duties", "qualifications"]}))

# ------------------------------------------------------------------ followup (12)
A(item("cl-fu-01", "new_hire", "followup", "我刚入职做话务员，想知道这个岗位的职责", "客服座席代表",
       [Q(F1, "接听客户来电，解答业务咨询"), Q(F1, "在CRM系统中完整记录工单"),
        L(F5, "接听银行信用卡及电商客户来电", "按话术规范安抚情绪激动的客户")],
       [["接听", "来电"], ["工单"]],
       turns=[turn("第三条展开讲讲", "duty", "客服座席代表", [Q(F1, "按升级流程转交二线或班组长")], [["升级"], ["24小时"]]),
              turn("那任职要求呢？", "qualification", "客服座席代表",
                   [Q(F1, "大专及以上学历，专业不限；"), Q(F1, "普通话二级乙等及以上，口齿清晰"), Q(F4, "普通话二级乙等及以上"),
                    L(F5, "普通话标准（二级乙等以上）", "接受轮班，有无经验均可")], [["大专"], ["二级乙等"]])]))
A(item("cl-fu-02", "hr", "followup", "班组长属于哪个部门、向谁汇报？", "班组长",
       [Q(F1, "所属部门：客服运营部　　直接上级：运营经理"), L(F9, "CS-201,班长"), L(F9, "部门,D01,客服运营部")],
       [["运营经理"], ["客服运营部"]], attribute="reports_to",
       turns=[turn("他手下带多少人？", "attribute", "班组长",
                   [Q(F1, "直接下级：客服座席代表（12-15人）"), Q(F1, "负责本班组15人以内座席的日常管理")],
                   [["12-15人", "15人"], ["座席"]], attribute="subordinates"),
              turn("那他的辅导完成率是怎么算的", "kpi", "班组长",
                   [Q(F3, "实际完成一对一辅导次数÷计划辅导次数（每人每月2次）"), Q(F3, "90%-99%")],
                   [["每人每月2次", "2次"], ["计划辅导次数"]])]))
A(item("cl-fu-03", "manager", "followup", "IT运维工程师的岗位职责", "IT运维工程师",
       [Q(F2, "话务平台（ACD/IVR）、录音系统和CRM系统"), Q(F2, "每日巡检座席终端、耳麦和网络")],
       [["ACD", "IVR"], ["巡检"]],
       turns=[turn("换成运营经理呢？", "duty", "运营经理",
                   [Q(F2, "确保服务水平、接通率、客户满意度等SLA指标达成"), Q(F2, "制定项目年度运营计划和人力预算")],
                   [["SLA"], ["人力预算"]]),
              turn("他的上级是谁", "attribute", "运营经理",
                   [Q(F2, "呼叫中心总监"), Q(F4, "呼叫中心总监")], [["呼叫中心总监"], ["总监"]], attribute="reports_to")]))
A(item("cl-fu-04", "new_hire", "followup", "在线客服一次最多同时接几个会话？", "在线客服专员",
       [Q(F6, "同时接待不超过4个会话"), L(F5, "同时处理多个会话（最多4个）"), L(F7, "多会话并行（最多4个）")],
       [["4个"], ["会话"]],
       turns=[turn("工资大概多少", "attribute", "在线客服专员",
                   [Q(F4, "4000-5500"), L(F5, "综合月薪4000-5500元")], [["4000"], ["5500"]], attribute="pay"),
              turn("在哪上班？", "attribute", "在线客服专员",
                   [Q(F4, "成都"), L(F5, "成都市武侯区天府大道联信成都分中心"), L(F9, "CS-102,在线客服专员"), L(F9, "工作地点,L02")],
                   [["成都"], ["武侯区"]], attribute="location")]))
A(item("cl-fu-05", "hr", "followup", "WFM排班专员的KPI有哪些", "WFM排班专员",
       [Q(F3, "话务预测准确率"), Q(F3, "服务水平达成率"), Q(F3, "人力利用率")],
       [["话务预测准确率", "预测准确率"], ["服务水平"], ["人力利用率"]],
       turns=[turn("第二个指标怎么计分", "kpi", "WFM排班专员",
                   [Q(F3, "20秒内接通的来电数÷进线总数（即20秒服务水平）")], [["20秒"], ["进线总数"]]),
              turn("那人力利用率超过92%会怎样", "kpi", "WFM排班专员",
                   [Q(F3, "<70%或>92%"), Q(F3, "75%-79.9%或88.1%-92%")], [[">92%", "92%"], ["<70%", "70%"]])]))
A(item("cl-fu-06", "manager", "followup", "现场管理员多久发一次话务播报？", "现场管理员",
       [Q(F6, "每小时发布一次实时话务播报"), L(F10, "“现场管理员”岗位更名为")],
       [["30分钟"], ["每小时"]],
       turns=[turn("改名以后这个岗位汇报给谁？", "attribute", "现场管理员",
                   [L(F10, "“现场管理员”岗位更名为")], [["WFM主管"], ["实时调度专员", "RTA"]], attribute="reports_to"),
              turn("这个岗位月薪多少", "attribute", "现场管理员",
                   [Q(F4, "6000-8000"), L(F5, "月薪6000-8000元")], [["6000"], ["8000"]], attribute="pay")]))
A(item("cl-fu-07", "hr", "followup", "培训师要什么证书？", "培训师",
       [Q(F1, "持有企业培训师（三级）证书者优先"), Q(F4, "企业培训师（三级）优先")],
       [["企业培训师"], ["三级"]], attribute="certificate",
       turns=[turn("新员工培训要多少天", "duty", "培训师",
                   [Q(F1, "新员工培训周期为10个工作日"), L(F7, "新员工在10个工作日内"),
                    L(F5, "入职提供10天带薪岗前培训")], [["10个工作日", "10天"], ["岗前培训", "上岗考核"]]),
              turn("结业要达到什么标准？", "method", "培训师",
                   [L(F7, "1. 笔试成绩≥80分", "三项全部达到方可上线")], [["80分"], ["85分"], ["补考"]])]))
A(item("cl-fu-08", "new_hire", "followup", "客户成功专员主要负责啥", "客户成功专员",
       [Q(F2, "跟进外包服务合同的执行与续约"), Q(F2, "每月整理服务报告"),
        L(F5, "维护与委托方的合作关系", "输出月度服务报告并召开客户沟通会")],
       [["续约"], ["服务报告"]],
       turns=[turn("还有吗？", "duty", "客户成功专员",
                   [Q(F2, "协助销售团队完成新项目的需求调研"), Q(F2, "监控客户健康度评分")],
                   [["销售"], ["90天", "健康度"]]),
              turn("要经常出差吗", "attribute", "客户成功专员",
                   [Q(F2, "能接受每月约30%的出差"), Q(F2, "上海办公室（需出差）"), L(F5, "每月出差约30%"),
                    L(F5, "上海市浦东新区（需经常出差至合肥、成都项目现场）")], [["30%"], ["出差"]], attribute="location")]))
A(item("cl-fu-09", "manager", "followup", "坐席的AHT目标是多少", "客服座席代表",
       [Q(F3, "目标≤240秒"), Q(F3, "（通话时长+保持时长+话后处理时长）÷接听量")],
       [["240秒"], ["话后处理"]],
       turns=[turn("FCR呢", "kpi", "客服座席代表",
                   [Q(F3, "首次来电即解决的来电数÷总来电数")], [["首次来电"], ["7天"]]),
              turn("满意度是怎么调查的", "kpi", "客服座席代表",
                   [Q(F3, "满意评价数÷参评数（短信及IVR满意度调查）")], [["短信"], ["IVR"]])]))
A(item("cl-fu-10", "hr", "followup", "热线座席的班次是怎么排的", "客服座席代表",
       [L(F8, "一、热线项目实行四班轮换", "夜班　23:00-次日08:00"), Q(F4, "四班轮换（含夜班）")],
       [["早班"], ["夜班"], ["四班"]],
       turns=[turn("调班要提前多久申请", "method", "客服座席代表",
                   [L(F8, "六、座席调班须提前2个工作日")], [["2个工作日"], ["3次"]]),
              turn("那孕妇呢", "method", "客服座席代表",
                   [L(F8, "十一、孕期女职工不安排夜班")], [["孕期"], ["夜班"]])]))
A(item("cl-fu-11", "new_hire", "followup", "质检专员的任职资格是什么", "质检专员",
       [Q(F1, "1年以上客服或质检工作经验"), Q(F1, "持有客户服务管理师（四级）"), Q(F4, "1年以上客服/质检经验"),
        Q(F4, "客户服务管理师（四级）优先")],
       [["1年以上"], ["客户服务管理师"]],
       turns=[turn("第四条是什么意思", "qualification", "质检专员",
                   [Q(F1, "听辨能力强，细致客观，能长时间专注听音")], [["听辨"], ["专注"]]),
              oos_turn("那他们的年假有几天", "质检专员")]))
A(item("cl-fu-12", "manager", "followup", "IT运维工程师需要什么证书", "IT运维工程师",
       [Q(F2, "持有CCNA或华为HCIA认证者优先"), Q(F4, "CCNA或HCIA优先")],
       [["CCNA"], ["HCIA"]], attribute="certificate",
       turns=[turn("他要不要值夜班", "qualification", "IT运维工程师",
                   [Q(F2, "能接受7×24小时轮值待命"), Q(F4, "常白班+7×24轮值")], [["7×24"], ["轮值"]]),
              turn("他归哪个部门、谁管？", "attribute", "IT运维工程师",
                   [Q(F2, "信息技术部"), Q(F2, "IT主管"), Q(F4, "信息技术部"), L(F9, "IT-501,IT运维工程师"),
                    L(F9, "部门,D06,信息技术部")], [["信息技术部"], ["IT主管"]], attribute="department")]))

# ------------------------------------------------------------------ out of scope (8)
for n, (persona, q, role) in enumerate([
        ("hr", "质检主管的岗位职责是什么？", "质检主管"),
        ("manager", "语音分析师要做哪些工作", "语音分析师"),
        ("hr", "电话销售专员的提成怎么算？", None),
        ("hr", "座席代表试用期最长可以约定几个月？", None),
        ("new_hire", "帮我写一首关于客服的诗", None),
        ("new_hire", "客户成功专员的续约奖金按合同额的几个点提？", "客户成功专员"),
        ("hr", "IT运维工程师的社保公积金缴费比例是多少", "IT运维工程师"),
        ("manager", "班组长的晋升通道是什么，能升到哪个职级？", "班组长")], 1):
    A(item(f"cl-oos-{n:02d}", persona, "out_of_scope", q, role, [], []))


def main():
    out = HERE / "set.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    chk = V.Checker()
    items = V.load(out, chk)
    corpus = V.Corpus(CORPUS)
    for it in items:
        chk.item(it, corpus)
    ids = [it.id for it in items]
    if len(ids) != len(set(ids)):
        chk.err("set", "duplicate ids")
    old = V.existing_questions()
    for it in items:
        if it.question in old:
            chk.err(it.id, "first-turn question occurs in evals/data")
    from collections import Counter
    print(len(items), "items", Counter(it.intent for it in items), "later turns",
          sum(len(it.turns or []) for it in items), Counter(it.persona for it in items))
    print(V.summary("set.jsonl", items))
    if chk.problems:
        print("\n".join(chk.problems))
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
