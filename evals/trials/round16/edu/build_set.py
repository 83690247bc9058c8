#!/usr/bin/env python3
"""Write set.jsonl (64 items, eval-set schema) for the round-16 edu corpus.

    T16_OUT=/tmp/t16edu python evals/trials/round16/edu/build_set.py

Line spans of text files are looked up in the generated corpus by anchor strings (so the spans
are the physical lines the validator counts); binary files are cited by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T16_OUT", "/tmp/t16edu")) / "corpus"

F01 = "qh01_初中数学教师岗位说明.docx"
F02 = "qh02_校区运营类岗位说明书.docx"
F03 = "qh03_教师职级与薪酬标准.xlsx"
F04 = "qh04_各校区岗位KPI指标库.xlsx"
F05 = "qh05_加入我们.html"
F06 = "qh06_职教中心讲师岗位说明.pdf"
F07 = "qh07_暑期名师招募海报.txt"
F08 = "qh08_岗位汇报关系.txt"
F09 = "qh09_员工手册节选.docx"
F10 = "qh10_职能与教研岗位FAQ.md"

_lines = {}


def lines(f):
    if f not in _lines:
        _lines[f] = (CORPUS / f).read_text(encoding="utf-8").splitlines()
    return _lines[f]


def L(f, start, end=None, after=None):
    """Span from the first line containing `start` (after the line containing `after`) to the
    first line containing `end` at or after it."""
    ls = lines(f)
    i0 = 0
    if after is not None:
        i0 = next(i for i, s in enumerate(ls) if after in s) + 1
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def Q(f, quote):
    return {"file": f, "quote": quote}


def ini(post, key):
    ls = lines(F08)
    a = next(i for i, s in enumerate(ls) if s.strip() == f"[{post}]")
    b = next(i for i in range(a, len(ls)) if ls[i].startswith(key))
    return {"file": F08, "line_start": b + 1, "line_end": b + 1}


def P(n):
    return f'id="panel-{n}"'


items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


# ------------------------------------------------------------------ duty (10)
add("r16e-duty-01", "new_hire", "duty", "下周我去城西校区带初中数学，除了上课平时还要干些啥？", "初中数学教师",
    [Q(F01, "参加每周二的集体备课"), Q(F01, "每月为每名学员出具一份学情分析报告"),
     Q(F01, "通过企业微信向家长反馈课堂表现")],
    [["集体备课"], ["学情分析报告"], ["企业微信", "向家长反馈"]])
add("r16e-duty-02", "hr", "duty", "教务专员具体负责哪些事情？", "教务专员",
    [Q(F02, "根据教师课时和教室资源编排周课表"), Q(F02, "每日核对上课签到，统计课消"),
     Q(F02, "办理学员入学、转班、休学、退费手续")],
    [["周课表", "排课"], ["课消"], ["学籍", "入学、转班"]])
add("r16e-duty-03", "manager", "duty", "学管师日常都要做什么，跟家长多久沟通一回？", "班主任（学管师）",
    [Q(F02, "每两周与每位家长进行一次电话或面谈沟通"), Q(F02, "组织月度家长会和阶段测评反馈会"),
     Q(F02, "在课时剩余不足10课时时提醒家长续费")],
    [["每两周"], ["家长会"], ["续费"]])
add("r16e-duty-04", "new_hire", "duty", "少儿编程老师这个岗位平时工作内容是啥", "少儿编程讲师",
    [L(F05, "讲授Scratch", "每期结课", after=P(4))],
    [["Scratch"], ["蓝桥杯", "NOC"], ["作品展示"]])
add("r16e-duty-05", "hr", "duty", "客服那边的专员都干哪些活？", "客服专员",
    [L(F05, "接听400热线", "维护常见问题知识库", after=P(3))],
    [["400热线"], ["投诉", "退费申请"], ["CRM"]])
add("r16e-duty-06", "new_hire", "duty", "职教中心的会计实务讲师要上哪些课、做哪些事？", "会计实务讲师",
    [Q(F06, "讲授初级会计职称①考试辅导课"), Q(F06, "使用用友、金蝶软件开展上机实训教学"),
     Q(F06, "考前组织两轮全真模考并逐题讲评")],
    [["初级会计职称"], ["用友", "金蝶"], ["模考"]])
add("r16e-duty-07", "manager", "duty", "电工培训讲师都负责点啥", "电工技能培训讲师",
    [Q(F06, "讲授低压电工作业的理论课和实操课"), Q(F06, "电气线路安装与故障排查实训"),
     Q(F06, "负责实训室设备的日常点检与安全管理")],
    [["低压电工"], ["故障排查"], ["实训室"]])
add("r16e-duty-08", "new_hire", "duty", "教研主管主要管哪些事啊", "教研主管",
    [L(F10, "1. 制定本校区各学科", "5. 分析阶段测评数据")],
    [["集体备课"], ["听课"], ["岗前培训", "带教"]])
add("r16e-duty-09", "hr", "duty", "集团财务会计平常的工作有哪些？", "财务会计",
    [L(F10, "- 审核各校区收费单据", "- 配合年度审计")],
    [["课时费"], ["工资表"], ["增值税", "个税"]])
add("r16e-duty-10", "new_hire", "duty", "暑期招的小学语文老师，主要教些什么、还得做哪些事？", "小学语文教师",
    [L(F07, "讲授小学一至六年级语文拓展课", "家长开放课")],
    [["阅读理解", "作文"], ["经典诵读", "课本剧"], ["家长开放课"]])

# ------------------------------------------------------------------ qualification (10)
add("r16e-qual-01", "hr", "qualification", "招初中数学老师对候选人有啥硬性条件？", "初中数学教师",
    [Q(F01, "全日制本科及以上专业：数学")],
    [["本科"], ["数学教师资格证", "教师资格证"], ["2年以上"]])
add("r16e-qual-02", "new_hire", "qualification", "想投高中英语老师，他们对英语水平有要求吗？", "高中英语教师",
    [L(F07, "英语专业八级")],
    [["专业八级"], ["雅思7分"], ["托福100分"]])
add("r16e-qual-03", "hr", "qualification", "当校区校长得满足哪些条件？", "校区校长",
    [Q(F02, "5年以上教育培训行业经验，其中3年以上校区管理经验"), Q(F02, "熟悉K12课外辅导业务流程"),
     Q(F02, "有教师资格证者优先")],
    [["5年以上"], ["3年以上校区管理"], ["教师资格证"]])
add("r16e-qual-04", "manager", "qualification", "招课程顾问要找什么样背景的人", "课程顾问",
    [L(F05, "大专及以上学历，专业不限", "周末轮班", after=P(1))],
    [["大专"], ["课程销售"], ["周末轮班"]])
add("r16e-qual-05", "hr", "qualification", "市场专员的任职要求有哪些", "市场专员",
    [L(F05, "本科及以上学历，市场营销", "巨量引擎", after=P(2))],
    [["市场营销"], ["信息流投放"], ["巨量引擎"]])
add("r16e-qual-06", "new_hire", "qualification", "我想去职教中心教电工，要符合哪些要求？", "电工技能培训讲师",
    [Q(F06, "电气自动化、机电一体化相关专业"), Q(F06, "持有低压电工特种作业操作证和高级电工"),
     Q(F06, "5年以上电工现场作业经验")],
    [["电气自动化", "机电一体化"], ["低压电工特种作业操作证"], ["5年以上"]])
add("r16e-qual-07", "hr", "qualification", "会计实务讲师岗位需要具备什么资格", "会计实务讲师",
    [Q(F06, "持有中级会计职称或注册会计师证书"), Q(F06, "熟练操作用友U8或金蝶K3财务软件"),
     Q(F06, "会计学、财务管理专业")],
    [["中级会计职称"], ["注册会计师"], ["用友U8", "金蝶K3"]])
add("r16e-qual-08", "manager", "qualification", "招个教务得要求些什么", "教务专员",
    [Q(F02, "1年以上教育机构教务或行政经验")],
    [["大专"], ["教务或行政经验"], ["Excel", "校管家"]])
add("r16e-qual-09", "new_hire", "qualification", "我想转岗去做招聘专员，有门槛吗", "招聘专员",
    [L(F10, "人力资源管理相关专业优先")],
    [["人力资源管理"], ["1年以上招聘"], ["批量招聘"]])
add("r16e-qual-10", "hr", "qualification", "新媒体运营这个岗对应聘者有什么要求？", "新媒体运营专员",
    [L(F05, "新闻、中文、广告相关专业", "剪映", after=P(5))],
    [["新闻", "中文"], ["短视频"], ["剪映", "PR"]])

# ------------------------------------------------------------------ attribute (12)
add("r16e-attr-01", "new_hire", "attribute", "高中英语老师归谁管？", "高中英语教师",
    [ini("高中英语教师", "上级")], [["教研主管"], ["上级", "汇报"]], attribute="reports_to")
add("r16e-attr-02", "manager", "attribute", "校区校长手底下直接管哪些岗位", "校区校长",
    [Q(F02, "教务专员、班主任、课程顾问、教研主管"), ini("校区校长", "下属")],
    [["教务专员"], ["班主任"], ["课程顾问"], ["教研主管"]], attribute="subordinates")
add("r16e-attr-03", "hr", "attribute", "客服专员是哪个部门的", "客服专员",
    [L(F05, "集团总部客服中心"), ini("客服专员", "归属")],
    [["客服中心"], ["集团总部"]], attribute="department")
add("r16e-attr-04", "new_hire", "attribute", "少儿编程讲师对学历有要求没？", "少儿编程讲师",
    [L(F05, "本科及以上学历，计算机", after=P(4)), Q(F03, "本科，熟悉Scratch与Python")],
    [["本科"], ["学历", "计算机"]], attribute="education")
add("r16e-attr-05", "hr", "attribute", "财务会计要求什么专业出身", "财务会计",
    [L(F10, "持有初级会计职称；3年以上会计工作经验")],
    [["会计学"], ["财务管理"]], attribute="major")
add("r16e-attr-06", "new_hire", "attribute", "当教研主管得有几年教学经验？", "教研主管",
    [L(F10, "5年以上一线教学经验")],
    [["5年以上"], ["2年以上教研", "带教经历"]], attribute="experience")
add("r16e-attr-07", "hr", "attribute", "小学语文老师得持什么证？", "小学语文教师",
    [L(F07, "持小学及以上语文教师资格证", "普通话二级甲等"), Q(F03, "本科，持小学语文教师资格证")],
    [["语文教师资格证"], ["普通话二级甲等"]], attribute="certificate")
add("r16e-attr-08", "manager", "attribute", "客服专员打字速度有要求吗", "客服专员",
    [L(F05, "打字速度每分钟60字", after=P(3))],
    [["60字"], ["普通话"]], attribute="skills")
add("r16e-attr-09", "new_hire", "attribute", "初中数学老师具体在哪个地方上班？", "初中数学教师",
    [Q(F01, "文三路88号）岗位编制：6人"), ini("初中数学教师", "归属")],
    [["城西校区"], ["文三路88号"]], attribute="location")
add("r16e-attr-10", "hr", "attribute", "中级职级的高中英语老师，一节课课时费给多少？", "高中英语教师",
    [Q(F03, "130"), Q(F03, "高中英语教师"), L(F07, "课时费100-220元/课时")],
    [["130"], ["课时费"]], attribute="pay")
add("r16e-attr-11", "hr", "attribute", "职教中心招的市场专员工资开多少", "市场专员",
    [L(F05, "7000-10000元/月")],
    [["7000"], ["10000"]], attribute="pay")
add("r16e-attr-12", "new_hire", "attribute", "应聘小学语文老师有哪些福利待遇？", "小学语文教师",
    [L(F07, "福利多多")],
    [["五险一金"], ["带薪寒暑假", "寒暑假7天"], ["5折"]], attribute="benefits")

# ------------------------------------------------------------------ kpi (6)
add("r16e-kpi-01", "manager", "kpi", "城东校区的课程顾问是按哪些指标考核的", "课程顾问",
    [Q(F04, "到访转化率"), Q(F04, "新签业绩完成率"), Q(F04, "线索跟进及时率")],
    [["到访转化率"], ["新签业绩完成率"], ["线索跟进及时率"]])
add("r16e-kpi-02", "hr", "kpi", "班主任的续费率目标是多少", "班主任（学管师）",
    [Q(F04, "续费率"), Q(F04, "≥75%"), Q(F04, "到期续费学员数/到期学员总数×100%")],
    [["续费率"], ["75%"]])
add("r16e-kpi-03", "new_hire", "kpi", "我是带初中数学的，绩效看哪几项？", "初中数学教师",
    [Q(F04, "学员提分率"), Q(F04, "续班率"), Q(F04, "课时完成率"), Q(F04, "教学事故次数")],
    [["学员提分率"], ["续班率"], ["课时完成率"], ["教学事故"]])
add("r16e-kpi-04", "manager", "kpi", "教务专员的KPI指标都有啥", "教务专员",
    [Q(F04, "排课准确率"), Q(F04, "课表发布及时率"), Q(F04, "课消数据准确率")],
    [["排课准确率"], ["课表发布及时率"], ["课消数据准确率"]])
add("r16e-kpi-05", "hr", "kpi", "市场专员的单条线索成本要压到多少以内？", "市场专员",
    [Q(F04, "≤45元"), Q(F04, "当月投放费用/有效线索量")],
    [["45元"], ["投放费用"]])
add("r16e-kpi-06", "manager", "kpi", "会计实务讲师的考证通过率咋算的，目标多少", "会计实务讲师",
    [Q(F04, "参加初级会计职称考试并通过的学员数/报考学员数×100%"), Q(F04, "≥65%")],
    [["报考学员数"], ["65%"]])

# ------------------------------------------------------------------ jd (4)
add("r16e-jd-01", "hr", "jd", "帮我写一份教务专员的岗位说明书", "教务专员",
    [Q(F02, "根据教师课时和教室资源编排周课表"), Q(F02, "每日核对上课签到，统计课消"),
     Q(F02, "管理教材、讲义的领用和库存")],
    [["周课表", "排课"], ["课消"], ["教材"]],
    tool={"kind": "jd", "role": "教务专员", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]})
add("r16e-jd-02", "manager", "jd", "给课程顾问出个JD草稿，我这边要挂出去招人", "课程顾问",
    [L(F05, "接待到访家长和学员", "转介绍", after=P(1))],
    [["试听"], ["签约"], ["转介绍"]],
    tool={"kind": "jd", "role": "课程顾问", "must_cite_files": [F05], "expect_sections": ["duties", "qualifications"]})
add("r16e-jd-03", "hr", "jd", "起草一份电工技能培训讲师的职位描述", "电工技能培训讲师",
    [Q(F06, "讲授低压电工作业的理论课和实操课"), Q(F06, "负责实训室设备的日常点检与安全管理"),
     Q(F06, "组织学员参加特种作业操作证考试")],
    [["低压电工"], ["实训"], ["特种作业操作证"]],
    tool={"kind": "jd", "role": "电工技能培训讲师", "must_cite_files": [F06],
          "expect_sections": ["duties", "qualifications"]})
add("r16e-jd-04", "hr", "jd", "能不能帮忙写个财务会计的JD", "财务会计",
    [L(F10, "- 审核各校区收费单据", "- 配合年度审计")],
    [["收费单据"], ["课时费"], ["财务报表"]],
    tool={"kind": "jd", "role": "财务会计", "must_cite_files": [F10], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("r16e-kd-01", "manager", "kpi_design", "帮学管师设计一套KPI，5个指标左右", "班主任（学管师）",
    [Q(F04, "续费率"), Q(F04, "退费率"), Q(F04, "家长满意度"), Q(F04, "学员出勤率")],
    [["续费率"], ["退费率"], ["家长满意度"], ["学员出勤率"]],
    tool={"kind": "kpi_design", "role": "班主任（学管师）", "count": 5, "must_cite_files": [F04],
          "expected_indicators": ["续费率", "退费率", "家长满意度", "学员出勤率"]})
add("r16e-kd-02", "hr", "kpi_design", "给市场专员设计下绩效考核指标吧", "市场专员",
    [Q(F04, "留资且电话可接通的潜在学员数"), Q(F04, "当月投放费用/有效线索量"), Q(F04, "单条线索成本"), Q(F04, "活动到场率")],
    [["有效线索量"], ["单条线索成本"], ["活动到场率"]],
    tool={"kind": "kpi_design", "role": "市场专员", "count": None, "must_cite_files": [F04],
          "expected_indicators": ["有效线索量", "单条线索成本", "活动到场率"]})
add("r16e-kd-03", "manager", "kpi_design", "按平衡计分卡给初中数学老师设计KPI", "初中数学教师",
    [Q(F04, "学员提分率"), Q(F04, "续班率"), Q(F04, "课时完成率")],
    [["学员提分率"], ["续班率"], ["课时完成率"]],
    tool={"kind": "kpi_design", "role": "初中数学教师", "count": None, "must_cite_files": [F04],
          "expected_indicators": ["学员提分率", "续班率", "课时完成率"]})

# ------------------------------------------------------------------ followup (8, 16 later turns)
add("r16e-fu-01", "manager", "followup", "校区校长主要干些什么？", "校区校长",
    [Q(F02, "制定校区年度招生和营收目标"), Q(F02, "监督教学质量，每学期听课不少于20节"),
     Q(F02, "负责校区人员招聘、培训、排班与绩效考核")],
    [["招生"], ["听课"], ["绩效考核"]],
    turns=[T("他的直接上级是谁？", "attribute", "校区校长", [Q(F02, "区域运营总监"), ini("校区校长", "上级")],
             [["区域运营总监"], ["上级"]], attribute="reports_to"),
           T("那任职条件呢", "qualification", "校区校长",
             [Q(F02, "5年以上教育培训行业经验，其中3年以上校区管理经验"), Q(F02, "有教师资格证者优先")],
             [["5年以上"], ["校区管理"]])])
add("r16e-fu-02", "new_hire", "followup", "教研主管向谁汇报工作？", "教研主管",
    [L(F10, "向校区校长汇报"), ini("教研主管", "上级")],
    [["校区校长"], ["教学总监"]], attribute="reports_to",
    turns=[T("他下面管哪些老师？", "attribute", "教研主管", [ini("教研主管", "下属")],
             [["初中数学教师"], ["高中英语教师"], ["少儿编程讲师"]], attribute="subordinates"),
           T("要当这个得有啥条件", "qualification", "教研主管", [L(F10, "5年以上一线教学经验")],
             [["5年以上"], ["教师资格证"], ["课程设计", "教师培训"]])])
add("r16e-fu-03", "new_hire", "followup", "高中英语老师是在哪个校区上课？", "高中英语教师",
    [L(F07, "城北校区（拱墅区湖州街66号）"), ini("高中英语教师", "归属")],
    [["城北校区"], ["湖州街"]], attribute="location",
    turns=[T("那待遇开多少？", "attribute", "高中英语教师", [L(F07, "底薪4000-6500")],
             [["4000-6500", "4000"], ["100-220"]], attribute="pay"),
           T("做到资深级别的话课时费能拿多少", "attribute", "高中英语教师", [Q(F03, "220"), Q(F03, "高中英语教师")],
             [["220"], ["高中英语"]], attribute="pay")])
add("r16e-fu-04", "hr", "followup", "会计实务讲师的任职要求是什么", "会计实务讲师",
    [Q(F06, "持有中级会计职称或注册会计师证书"), Q(F06, "3年以上企业会计工作经验或2年以上")],
    [["中级会计职称"], ["3年以上"]],
    turns=[T("第2条说的注册会计师证书，有什么特别讲究吗？", "qualification", "会计实务讲师",
             [Q(F06, "注册会计师证书须为全科合格证书")], [["全科合格"], ["单科"]]),
           T("这个岗位考核哪些指标？", "kpi", "会计实务讲师",
             [Q(F04, "考证通过率"), Q(F04, "结课评价4分及以上的学员占比"), Q(F04, "课程交付准时率")],
             [["考证通过率"], ["学员满意度", "结课评价"], ["课程交付准时率"]])])
add("r16e-fu-05", "manager", "followup", "课程顾问的工作内容有哪些", "课程顾问",
    [L(F05, "接待到访家长和学员", "转介绍", after=P(1))],
    [["试听"], ["签约"], ["线索"]],
    turns=[T("那考核看哪些指标", "kpi", "课程顾问", [Q(F04, "到访转化率"), Q(F04, "新签业绩完成率")],
             [["到访转化率"], ["新签业绩完成率"]]),
           T("提成比例一般是多少？", "out_of_scope", "课程顾问", [], [])])
add("r16e-fu-06", "new_hire", "followup", "老师请事假要提前几天申请？", None,
    [Q(F09, "教师请事假须提前3个工作日在OA提交申请")],
    [["3个工作日"], ["OA"]],
    turns=[T("病假呢？", "method", None, [Q(F09, "病假须提供二级及以上医院证明")],
             [["二级及以上医院证明"], ["超过3天", "校区校长审批"]]),
           T("那社保缴费比例是多少", "out_of_scope", None, [], [])])
add("r16e-fu-07", "hr", "followup", "市场专员是做什么的", "市场专员",
    [L(F05, "策划并执行地推", "团报项目", after=P(2))],
    [["地推"], ["信息流投放"], ["团报"]],
    turns=[T("换成新媒体运营呢？", "duty", "新媒体运营专员", [L(F05, "运营集团公众号", "按月统计", after=P(5))],
             [["公众号"], ["小红书"], ["粉丝"]]),
           T("它归哪个领导管", "attribute", "新媒体运营专员", [ini("新媒体运营专员", "上级")],
             [["品牌部经理"], ["上级"]], attribute="reports_to")])
add("r16e-fu-08", "new_hire", "followup", "初中数学老师要做哪些工作？", "初中数学教师",
    [Q(F01, "（一）按教研组统一进度完成初中数学班课"), Q(F01, "（五）参与中考专题讲座和试卷命题")],
    [["班课", "一对一"], ["中考"]],
    turns=[T("第五条具体是指啥？", "duty", "初中数学教师", [Q(F01, "（五）参与中考专题讲座和试卷命题")],
             [["中考专题讲座"], ["阅卷"]]),
           T("那每周最少要上几节课", "duty", "初中数学教师", [Q(F01, "每周课时不少于20课时")],
             [["20课时"], ["每周"]])])

# ------------------------------------------------------------------ out_of_scope (11)
OOS = [
    ("r16e-oos-01", "hr", "杭州现在的最低工资标准是多少？", None),
    ("r16e-oos-02", "new_hire", "推荐几本提高初中数学成绩的教辅书呗", None),
    ("r16e-oos-03", "hr", "客服专员年终奖能拿多少？", "客服专员"),
    ("r16e-oos-04", "manager", "教学总监的岗位职责有哪些？", None),
    ("r16e-oos-05", "hr", "区域运营总监需要什么任职条件", None),
    ("r16e-oos-06", "new_hire", "会计实务讲师上一节课给多少课时费？", "会计实务讲师"),
    ("r16e-oos-07", "new_hire", "招聘专员月薪大概多少钱", "招聘专员"),
    ("r16e-oos-08", "new_hire", "Python里的列表推导式怎么写？", None),
    ("r16e-oos-09", "manager", "明天杭州会下雨吗，要不要带伞", None),
    ("r16e-oos-10", "hr", "高中物理老师的岗位职责是什么", None),
    ("r16e-oos-11", "hr", "住房公积金咱们按几个点交？", None),
]
for id_, persona, q, role in OOS:
    add(id_, persona, "out_of_scope", q, role, [], [])

assert len(items) == 64, len(items)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(items), "items")
