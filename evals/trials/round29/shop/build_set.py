#!/usr/bin/env python3
"""Build set.jsonl for round 29 / shop from the generated corpus (line numbers are looked up, not typed).

T29_OUT=/tmp/t29shop /work/main/.venv/bin/python build_set.py   (then check_set.py)
"""
import json
import os
from pathlib import Path

CORPUS = Path(os.environ.get("T29_OUT", "/tmp/t29shop")) / "corpus"
HERE = Path(__file__).resolve().parent

F1 = "ms01_门店人员编制与职责.docx"
F2 = "ms02_验光师等级标准.xlsx"
F3 = "ms03_门店月度KPI与奖金系数.xlsx"
F4 = "ms04_岗位说明书_职能岗位.pdf"
F5 = "ms05_加入明视.html"
F6 = "ms06_验光服务SOP.md"
F7 = "ms07_排班与考勤规定.txt"
F8 = "ms08_岗位培训课程表.csv"
F9 = "ms09_钉钉公告_视光顾问汇报关系调整.txt"
F10 = "ms10_员工晋升通道.docx"

_lines = {}


def lines(f):
    if f not in _lines:
        data = (CORPUS / f).read_bytes()
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("gb18030")
        _lines[f] = t.splitlines()
    return _lines[f]


def T(f, start, end=None, after=None):
    """Text evidence: first line containing `start` (after the line containing `after`), to the line with `end`."""
    ls = lines(f)
    i0 = 0
    if after:
        i0 = next(i for i, l in enumerate(ls) if after in l)
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def Q(f, quote):
    return {"file": f, "quote": quote}


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": f"t29shop-{id_}", "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def turn(q, intent, role, ev, kp, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def oos_turn(q):
    return {"question": q, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}


# html spans per post: the <li> of a job from its <li class="job" ...> line
def H(post, start, end=None):
    return T(F5, start, end, after=f'data-post="{post}"')


# ------------------------------------------------------------------ duty
add("duty-01", "new_hire", "duty", "我在大店做验光师，平时主要负责哪些事情？", "验光师",
    [Q(F1, "对处方存疑的订单进行复核"), H("验光师", "电脑验光、综合验光仪", "视力档案")],
    [["主觉验光"], ["处方"], ["校准", "维护验光设备"], ["视力档案"]])
add("duty-02", "hr", "duty", "明视门店的配镜师岗位职责是什么", "配镜师",
    [Q(F1, "根据验光处方和镜架参数进行磨边"), H("加工师", "磨边、装配和整形", "加工设备日常保养")],
    [["磨边"], ["焦度", "质量检测"], ["调整镜架", "售后维修"], ["设备"]])
add("duty-03", "manager", "duty", "社区店的店长要干哪些活？", "店长（兼验光师）",
    [Q(F1, "负责门店经营与社区客户关系维护")],
    [["社区客户关系"], ["兼任验光"], ["老花镜"], ["日结"]])
add("duty-04", "new_hire", "duty", "仓储专员每天的工作内容有哪些", "仓储专员",
    [Q(F4, "护理液等商品的入库验收和上架"), Q(F4, "每日16:00前完成当日发货"), Q(F4, "盘点差异率控制在0.3%以内"),
     Q(F4, "跟踪定制片订单，到货后通知门店")],
    [["入库验收"], ["16:00"], ["盘点"], ["定制片"]])
add("duty-05", "hr", "duty", "客服专员的岗位职责", "客服专员",
    [Q(F4, "接听400热线，处理线上商城"), Q(F4, "24小时内转交门店并跟踪至结案"), Q(F4, "对取镜满7天的顾客进行满意度电话回访"), Q(F4, "处理会员积分、优惠券相关问题")],
    [["400热线"], ["投诉"], ["回访"], ["积分"]])
add("duty-06", "new_hire", "duty", "培训主管主要做什么呀", "培训主管",
    [H("培训主管", "制定年度培训计划", "管理内部讲师队伍")],
    [["年度培训计划"], ["考证辅导"], ["课件"], ["内部讲师"]])
add("duty-07", "manager", "duty", "区域督导的工作职责有哪些", "区域督导",
    [Q(F4, "每月巡店不少于20家次"), Q(F4, "对连续两个月未达成的门店制定改善计划"), Q(F4, "参与店长招聘、考核与储备店长培养"),
     Q(F4, "督导新品上市和促销活动"), Q(F4, "处理门店上报的升级投诉")],
    [["20家次", "巡店"], ["改善计划"], ["储备店长"], ["升级投诉"]])
add("duty-08", "new_hire", "duty", "验光流程里面销售顾问要负责哪几个环节？", "销售顾问",
    [T(F6, "**接待与问询**"), T(F6, "**方案推荐与开单**"), T(F6, "**取镜与校配**")],
    [["接待与问询", "验光登记单"], ["方案推荐与开单", "销售单"], ["取镜与校配"]])

# ------------------------------------------------------------------ qualification
add("qual-01", "hr", "qualification", "区域督导招聘要什么条件", "区域督导",
    [Q(F4, "大专及以上学历，市场营销、管理类专业优先"), Q(F4, "其中2年以上店长经验"), Q(F4, "出差时间约占60%")],
    [["大专"], ["5年以上"], ["2年以上店长"], ["出差"]])
add("qual-02", "new_hire", "qualification", "应聘仓储专员需要具备什么条件？", "仓储专员",
    [Q(F4, "2. 1年以上仓库管理经验，熟练使用Excel"), Q(F4, "1. 高中/中专及以上学历；"), Q(F4, "能适应搬运工作，持叉车证者优先")],
    [["高中/中专"], ["1年以上仓库管理"], ["WMS"], ["叉车证"]])
add("qual-03", "hr", "qualification", "培训主管的任职要求", "培训主管",
    [H("培训主管", "本科及以上学历，人力资源", "企业培训师资格证书")],
    [["本科"], ["3年以上培训管理"], ["企业培训师"]])
add("qual-04", "new_hire", "qualification", "高级验光师需要什么资格？", "高级验光师",
    [Q(F2, "眼镜验光员（三级/高级工）"), Q(F2, "5年以上"), Q(F2, "能处理疑难屈光问题和角膜塑形镜验配")],
    [["三级"], ["5年以上"], ["疑难屈光", "角膜塑形镜"]])
add("qual-05", "hr", "qualification", "客服专员招人有什么要求", "客服专员",
    [Q(F4, "1. 大专及以上学历；"), Q(F4, "普通话标准，打字每分钟50字以上"), Q(F4, "性格耐心，能接受早晚班轮班")],
    [["大专"], ["普通话"], ["50字"], ["轮班"]])
add("qual-06", "manager", "qualification", "资深销售顾问想升副店长需要满足什么条件", "副店长",
    [Q(F10, "任资深销售顾问满1年，通过储备店长培训")],
    [["满1年"], ["储备店长培训"]])
add("qual-07", "hr", "qualification", "视光顾问的任职要求是什么", "视光顾问",
    [H("视光顾问", "大专及以上学历，眼视光学专业", "具备良好的沟通能力")],
    [["大专"], ["眼视光学"], ["3年以上"], ["角膜塑形镜"]])

# ------------------------------------------------------------------ attribute
add("attr-01", "new_hire", "attribute", "区域督导的直属上级是谁", "区域督导",
    [Q(F4, "直接上级营运总监")], [["营运总监"], ["直接上级", "直属上级", "上级"]], attribute="reports_to")
add("attr-02", "hr", "attribute", "视光顾问现在向谁汇报？", "视光顾问",
    [T(F9, "一、视光顾问的直属上级")], [["区域视光主管"], ["2024年7月1日", "7月1日", "直属上级"]],
    attribute="reports_to")
add("attr-03", "new_hire", "attribute", "中级验光师固定工资大概多少", "中级验光师",
    [Q(F2, "6000-7500"), Q(F2, "中级验光师")], [["6000-7500"], ["中级验光师", "中级"]], attribute="pay")
add("attr-04", "new_hire", "attribute", "仓储专员在哪里上班", "仓储专员",
    [Q(F4, "工作地点杭州余杭区中心仓")], [["余杭区中心仓"], ["杭州"]], attribute="location")
add("attr-05", "new_hire", "attribute", "初级验光师得持什么证？", "初级验光师",
    [Q(F2, "眼镜验光员（五级/初级工）")], [["五级"], ["眼镜验光员"]], attribute="certificate")
add("attr-06", "new_hire", "attribute", "大店的销售顾问归谁管", "销售顾问",
    [Q(F1, "副店长（按班组管理）")], [["副店长"], ["按班组管理", "班组"]], attribute="reports_to")
add("attr-07", "hr", "attribute", "验光师对学历有什么要求", "验光师",
    [Q(F2, "初级及以上验光师须具备中专或高中以上学历"), H("验光师", "中专及以上学历，眼视光技术专业优先")],
    [["中专"], ["眼视光"]], attribute="education")
add("attr-08", "hr", "attribute", "培训主管向谁汇报", "培训主管",
    [H("培训主管", "汇报对象")], [["人力资源经理"], ["汇报对象", "汇报", "上级"]], attribute="reports_to")
add("attr-09", "new_hire", "attribute", "导购这个岗位在哪些城市招人", "门店导购",
    [H("门店导购", 'class="meta"')], [["杭州"], ["宁波"], ["绍兴"]], attribute="location")

# ------------------------------------------------------------------ kpi
add("kpi-01", "manager", "kpi", "店长每月考核哪些KPI", "店长",
    [Q(F3, "销售额达成率"), Q(F3, "会员复购率"), Q(F3, "顾客满意度"), Q(F3, "人效")],
    [["销售额达成率"], ["复购率"], ["顾客满意度"], ["人效"]])
add("kpi-02", "manager", "kpi", "导购的月度考核指标有哪些", "导购",
    [Q(F3, "个人销售额"), Q(F3, "商品连带率"), Q(F3, "会员新增数")],
    [["个人销售额"], ["连带率"], ["会员新增数"]])
add("kpi-03", "hr", "kpi", "验光师KPI怎么考", "验光师",
    [Q(F3, "验光人次"), Q(F3, "处方返工率"), Q(F3, "验光转化率"), Q(F3, "有效投诉次数")],
    [["验光人次"], ["处方返工率"], ["验光转化率"], ["投诉"]])
add("kpi-04", "hr", "kpi", "加工师的考核指标是哪些", "加工师",
    [Q(F3, "加工及时率"), Q(F3, "加工合格率"), Q(F3, "镜片损耗率"), Q(F3, "设备保养完成率")],
    [["加工及时率"], ["加工合格率"], ["镜片损耗率"], ["设备保养"]])
add("kpi-05", "manager", "kpi", "门店这个月目标完成了105%，奖金系数是多少？", None,
    [Q(F3, "100%-109.9%"), Q(F3, "1.0")], [["1.0"], ["100%-109.9%"]])
add("kpi-06", "hr", "kpi", "店长考核里的复购率是怎么计算的", "店长",
    [Q(F3, "近12个月内有两次及以上消费的会员数")], [["12个月"], ["两次及以上"]])

# ------------------------------------------------------------------ kpi_design
add("kd-01", "manager", "kpi_design", "帮我给眼镜店店长设计一套月度KPI，5个指标", "店长",
    [Q(F3, "销售额达成率"), Q(F3, "会员复购率"), Q(F3, "顾客满意度"), Q(F3, "人效")],
    [["销售额达成率"], ["会员复购率"], ["顾客满意度"], ["人效"]],
    tool={"kind": "kpi_design", "role": "店长", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["销售额达成率", "会员复购率", "顾客满意度", "人效"]})
add("kd-02", "hr", "kpi_design", "给验光师出一份绩效考核方案", "验光师",
    [Q(F3, "验光人次"), Q(F3, "处方返工率"), Q(F3, "验光转化率")],
    [["验光人次"], ["处方返工率"], ["验光转化率"]],
    tool={"kind": "kpi_design", "role": "验光师", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["验光人次", "处方返工率", "验光转化率"]})
add("kd-03", "manager", "kpi_design", "加工师的绩效指标怎么设计比较合理，给我3个", "加工师",
    [Q(F3, "加工及时率"), Q(F3, "加工合格率"), Q(F3, "镜片损耗率")],
    [["加工及时率"], ["加工合格率"], ["镜片损耗率"]],
    tool={"kind": "kpi_design", "role": "加工师", "count": 3, "must_cite_files": [F3],
          "expected_indicators": ["加工及时率", "加工合格率", "镜片损耗率"]})

# ------------------------------------------------------------------ jd
add("jd-01", "hr", "jd", "帮我写一份区域督导的JD", "区域督导",
    [Q(F4, "每月巡店不少于20家次"), Q(F4, "对连续两个月未达成的门店制定改善计划"), Q(F4, "参与店长招聘、考核与储备店长培养")],
    [["20家次"], ["改善计划"], ["储备店长"]],
    tool={"kind": "jd", "role": "区域督导", "must_cite_files": [F4], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "起草一份培训主管的岗位说明书", "培训主管",
    [H("培训主管", "制定年度培训计划", "管理内部讲师队伍")],
    [["年度培训计划"], ["考证辅导"], ["内部讲师"]],
    tool={"kind": "jd", "role": "培训主管", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "出一份大店副店长的职位描述", "副店长",
    [Q(F1, "店长不在时代行店长职责")],
    [["代行店长"], ["盘点"], ["备用金"], ["消防演练"]],
    tool={"kind": "jd", "role": "副店长", "must_cite_files": [F1], "expect_sections": ["duties"]})

# ------------------------------------------------------------------ follow-ups
add("fu-01", "new_hire", "followup", "大店里验光师负责什么", "验光师",
    [Q(F1, "对处方存疑的订单进行复核"), H("验光师", "电脑验光、综合验光仪", "视力档案")],
    [["主觉验光"], ["校准", "维护验光设备"]],
    turns=[turn("那配镜师呢？", "duty", "配镜师", [Q(F1, "根据验光处方和镜架参数进行磨边")], [["磨边"], ["焦度"]]),
           turn("他的直属上级是谁", "attribute", "配镜师", [Q(F1, "副店长（技术上接受区域加工中心指导）")], [["副店长"], ["区域加工中心"]],
                attribute="reports_to")])
add("fu-02", "hr", "followup", "客服专员属于哪个部门", "客服专员",
    [Q(F4, "客服专员所属部门会员中心")], [["会员中心"], ["所属部门", "部门"]], attribute="department",
    turns=[turn("直属上级呢", "attribute", "客服专员", [Q(F4, "直接上级会员中心主管")], [["会员中心主管"], ["直接上级", "直属上级", "上级"]], attribute="reports_to"),
           turn("学历有要求吗", "attribute", "客服专员", [Q(F4, "1. 大专及以上学历；"), Q(F4, "不限，有电商客服经验优先")],
                [["大专"], ["学历"]], attribute="education")])
add("fu-03", "manager", "followup", "店长的KPI有哪几项", "店长",
    [Q(F3, "销售额达成率"), Q(F3, "门店客单价"), Q(F3, "会员复购率")],
    [["销售额达成率"], ["会员复购率"]],
    turns=[turn("第三项怎么算", "kpi", "店长", [Q(F3, "近12个月内有两次及以上消费的会员数")], [["12个月"], ["两次及以上"]]),
           turn("换成导购呢", "kpi", "导购", [Q(F3, "个人销售额"), Q(F3, "商品连带率")], [["个人销售额"], ["连带率"]])])
add("fu-04", "new_hire", "followup", "主任验光师月薪多少", "主任验光师",
    [Q(F2, "11000-14000"), Q(F2, "主任验光师")], [["11000-14000"], ["主任验光师", "主任"]], attribute="pay",
    turns=[turn("初级的呢", "attribute", "初级验光师", [Q(F2, "4500-5500"), Q(F2, "眼镜验光员（五级/初级工）")], [["4500-5500"], ["初级"]], attribute="pay"),
           turn("要求几年经验", "attribute", "初级验光师", [Q(F2, "1年以上"), Q(F2, "眼镜验光员（五级/初级工）")], [["1年以上"], ["初级"]], attribute="experience")])
add("fu-05", "manager", "followup", "副店长的职责有哪些", "副店长",
    [Q(F1, "店长不在时代行店长职责")], [["代行店长"], ["备用金"]],
    turns=[turn("第二条展开说说", "duty", "副店长", [Q(F1, "店长不在时代行店长职责")], [["陈列"], ["调拨申请"]]),
           turn("他归谁管", "attribute", "副店长", [Q(F1, "店长；店长休假期间向区域督导汇报")], [["店长"], ["区域督导"]],
                attribute="reports_to")])
add("fu-06", "new_hire", "followup", "验光流程分哪几步", None,
    [T(F6, "1. **接待与问询**", "11. **复查回访**")], [["接待与问询"], ["主觉验光"], ["开具处方"]],
    turns=[turn("还有吗", "method", None, [T(F6, "9. **加工与质检**", "11. **复查回访**")],
                [["加工与质检"], ["取镜与校配"], ["复查回访"]]),
           turn("第5步谁负责", "method", None, [T(F6, "5. **双眼视功能检查**")], [["中级及以上验光师"], ["双眼视功能检查"]])])
add("fu-07", "hr", "followup", "培训主管工资多少", "培训主管",
    [H("培训主管", "job-title", 'class="meta"')], [["9K-13K", "9000-13000"], ["培训主管"]], attribute="pay",
    turns=[turn("在哪个城市上班", "attribute", "培训主管", [H("培训主管", 'class="meta"')], [["杭州"], ["总部"]], attribute="location"),
           turn("比验光师高吗", "attribute", "培训主管", [H("培训主管", 'class="meta"'), H("验光师", 'class="meta"')],
                [["9K-13K", "9000-13000"], ["6K-9K", "6000-9000"]], attribute="pay")])
add("fu-08", "manager", "followup", "区域督导手下管哪些人", "区域督导",
    [Q(F4, "直接下级辖区各门店店长")], [["各门店店长"], ["辖区"]], attribute="subordinates",
    turns=[turn("他要经常出差吗", "qualification", "区域督导", [Q(F4, "出差时间约占60%")], [["60%"], ["出差"]]),
           turn("那需要会开车吗", "qualification", "区域督导", [Q(F4, "出差时间约占60%")], [["驾照"], ["C1"]])])
add("fu-09", "hr", "followup", "视光顾问是做什么的", "视光顾问",
    [Q(F1, "为青少年近视防控顾客提供离焦镜"), T(F9, "四、视光顾问新增职责")],
    [["近视防控"], ["角膜塑形镜"], ["视力筛查"]],
    turns=[turn("他现在向谁汇报", "attribute", "视光顾问", [T(F9, "自2024年7月1日起", "一、视光顾问的直属上级")], [["区域视光主管"], ["7月1日"]],
                attribute="reports_to"),
           oos_turn("那他的提成怎么算")])
add("fu-10", "manager", "followup", "门店排班对验光师有什么要求", "验光师",
    [T(F7, "（二）验光师")], [["至少有一名持证验光师"], ["早晚班交替"]],
    turns=[turn("那员工请假超过3天谁来批", "method", None, [T(F7, "（二）员工请假3天以上")], [["区域督导"], ["店长签署意见", "店长"]]),
           turn("换成店长呢", "method", "店长", [T(F7, "（三）店长请假")], [["区域督导"], ["代班"]])])
add("fu-11", "new_hire", "followup", "销售顾问入职要上哪些培训课", "销售顾问",
    [T(F8, "TR-002"), T(F8, "TR-003", "TR-005")], [["产品知识"], ["销售技巧"]],
    turns=[turn("销售技巧那门课多少课时", "qualification", "销售顾问", [T(F8, "TR-004")], [["16"], ["销售技巧"]]),
           turn("换成加工师呢", "qualification", "加工师", [T(F8, "TR-009", "TR-010")], [["磨边与装配实操"], ["成品眼镜质检标准"]])])
add("fu-12", "hr", "followup", "中级加工师要持什么证", "中级加工师",
    [Q(F2, "眼镜定配工（四级）")], [["四级"], ["眼镜定配工"]], attribute="certificate",
    turns=[turn("月薪多少", "attribute", "中级加工师", [Q(F2, "4800-6000"), Q(F2, "中级加工师")], [["4800-6000"], ["中级"]], attribute="pay"),
           turn("那高级呢", "attribute", "高级加工师", [Q(F2, "6500-8000"), Q(F2, "高级加工师")], [["6500-8000"], ["高级"]], attribute="pay")])

# ------------------------------------------------------------------ out of scope
for n, (p, q) in enumerate([
    ("new_hire", "眼科医生的岗位职责是什么"),
    ("hr", "区域视光主管的任职要求有哪些"),
    ("manager", "仓储主管负责哪些工作"),
    ("hr", "验光师的社保公积金按什么比例缴纳"),
    ("hr", "门店员工试用期最长能约定几个月，劳动法怎么规定的"),
    ("manager", "店长年终奖一般发几个月"),
    ("new_hire", "你好呀，周末有什么好看的电影推荐吗"),
    ("new_hire", "渐进多焦点镜片和普通单光镜片哪个更适合我"),
], 1):
    add(f"oos-{n:02d}", p, "out_of_scope", q, None, [], [])

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
