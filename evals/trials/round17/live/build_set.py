#!/usr/bin/env python3
"""Writes set.jsonl for the round-17 live-streaming e-commerce corpus (written before gangwei was run).

    T17_OUT=/tmp/t17live python evals/trials/round17/live/gen.py
    T17_OUT=/tmp/t17live python evals/trials/round17/live/build_set.py

Line spans of text files are looked up in the generated corpus by unique substrings (asserted).
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T17_OUT", "/tmp/t17live")) / "corpus"

M = "xh01_直播事业部岗位库_飞书导出.md"
C = "xh02_钉钉审批导出_招聘需求.csv"
D = "xh03_内容与投放岗位说明书.docx"
T = "xh04_2024直播提成方案.xlsx"
K = "xh05_2024年5-6月岗位KPI.xlsx"
P = "xh06_2024夏季招聘简章.pdf"
H = "xh07_公众号推文_招人啦.html"
O = "xh08_组织架构_plantuml.txt"
B = "xh09_新员工入职手册_直播间规范.docx"
J = "xh10_招聘网站职位_数据分析师.txt"

_lines = {}


def ln(f, s):
    if f not in _lines:
        t = (CORPUS / f).read_bytes().decode("utf-8-sig")
        _lines[f] = t.splitlines()
    hits = [i for i, x in enumerate(_lines[f], 1) if s in x]
    assert len(hits) == 1, (f, s, hits)
    return hits[0]


def L(f, a, b=None):
    """evidence by line span: a (and b) are unique substrings of the first (and last) line."""
    s = ln(f, a)
    e = ln(f, b) if b else s
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, q):
    return {"file": f, "quote": q}


# md rows / csv rows / org-chart lines
MR = {k: L(M, f"| {k} | 直播事业部 |") for k in ("带货主播", "助播", "场控", "直播运营经理")}
CR = {k: L(C, f"招聘需求审批-{k}") for k in ("选品专员", "招商经理", "店铺运营", "直播间美工")}

items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": f"r17l-{id_}", "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": evidence if intent != "out_of_scope" else [],
                  "key_points": kp if intent != "out_of_scope" else [],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def turn(question, intent, role, evidence=(), kp=(), attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": list(evidence), "key_points": list(kp)}
    if attribute:
        t["attribute"] = attribute
    return t


# ------------------------------------------------------------------ duty (10)
add("duty-01", "new_hire", "duty", "带货主播平时一天要干些啥？", "带货主播", [MR["带货主播"]],
    [["6小时"], ["脚本"], ["复盘"]])
add("duty-02", "new_hire", "duty", "场控具体负责哪些事情啊，我下周转岗过去", "场控", [MR["场控"]],
    [["上下架"], ["公屏", "弹幕"], ["直播事故"]])
add("duty-03", "hr", "duty", "选品这个岗日常工作内容是什么", "选品专员", [CR["选品专员"]],
    [["30个新品"], ["议价", "比价"], ["滞销品"]])
add("duty-04", "new_hire", "duty", "招商经理主要是干嘛的？刚来不太懂", "招商经理", [CR["招商经理"]],
    [["10家"], ["坑位费"], ["招商资源库"]])
add("duty-05", "manager", "duty", "我们内容中心的编导每天都在忙些什么", "短视频编导",
    [Q(D, "策划账号短视频选题，每周输出不少于5条脚本")], [["5条脚本"], ["拍摄现场"], ["完播率"]])
add("duty-06", "hr", "duty", "剪辑师岗位职责有哪几条", "剪辑师",
    [Q(D, "从直播回放中剪辑高光切片，每天不少于20条")], [["高光切片"], ["20条"], ["素材库"]])
add("duty-07", "new_hire", "duty", "售后专员要处理哪些活儿", "售后专员",
    [Q(P, "1. 处理退换货、补发和退款申请"), Q(P, "2. 跟进物流异常件，联系快递公司"),
     Q(P, "4. 回访差评客户，争取修改评价")],
    [["退换货"], ["物流异常"], ["差评"]])
add("duty-08", "new_hire", "duty", "云仓打包的工作具体做啥呀", "仓储打包员",
    [Q(P, "1. 按订单拣货、复核和打包"), Q(P, "3. 做好包材领用和库位整理"), Q(P, "4. 发现破损商品及时上报")],
    [["拣货"], ["包材"], ["破损"]])
add("duty-09", "manager", "duty", "直播技术员平常负责点啥", "直播技术员",
    [L(H, "灯光、摄像机、声卡", "配合新直播间的场景搭建")], [["灯光"], ["推流"], ["设备台账"]])
add("duty-10", "hr", "duty", "星火那个数据分析师的活主要有哪些", "数据分析师",
    [L(J, "1、搭建直播间和店铺", "4、按月输出经营分析报告")], [["看板"], ["A/B测试"], ["经营分析报告"]])

# ------------------------------------------------------------------ qualification (10)
add("qual-01", "hr", "qualification", "招直播运营经理有什么硬性要求", "直播运营经理", [MR["直播运营经理"]],
    [["本科"], ["2年以上"], ["飞瓜", "蝉妈妈"]])
add("qual-02", "new_hire", "qualification", "助播对学历有要求不？还要啥条件", "助播", [MR["助播"]],
    [["中专"], ["外向"], ["导购"]])
add("qual-03", "hr", "qualification", "店铺运营要什么样的经验背景", "店铺运营", [CR["店铺运营"]],
    [["大专"], ["抖店"], ["平台规则"]])
add("qual-04", "manager", "qualification", "投手的任职条件是啥，我要招一个", "千川投手（投流专员）",
    [Q(D, "管理过月消耗50万以上账户者优先")], [["大专"], ["50万"], ["巨量引擎营销认证"]])
add("qual-05", "new_hire", "qualification", "应聘剪辑师得会哪些软件", "剪辑师",
    [Q(D, "熟练使用Premiere、剪映，会基础AE特效")], [["Premiere"], ["剪映"], ["AE"]])
add("qual-06", "hr", "qualification", "客服主管的招聘门槛是怎样的", "客服主管",
    [Q(P, "2. 3年以上电商客服经验，"), Q(P, "其中1年以上带团队经验"), Q(P, "3. 熟悉抖店飞鸽客服系统")],
    [["3年以上"], ["带团队"], ["飞鸽"]])
add("qual-07", "manager", "qualification", "品控专员需要满足哪些条件", "品控专员",
    [Q(P, "1. 大专及以上学历，食品、化工"), Q(P, "或质量管理相关专业"), Q(P, "2. 1年以上品控经验"),
     Q(P, "3. 持有内审员证书者优先")],
    [["食品", "化工", "质量管理"], ["1年以上品控经验"], ["内审员"]])
add("qual-08", "hr", "qualification", "HRBP这个职位要啥资历", "HRBP",
    [L(H, "本科及以上学历，人力资源管理相关专业", "人力资源管理师（二级）")],
    [["本科"], ["3年以上"], ["直播行业"]])
add("qual-09", "new_hire", "qualification", "做数据分析需要具备哪些技能和学历", "数据分析师",
    [L(J, "1、统计学、数学", "4、有抖音电商罗盘")], [["SQL"], ["Python"], ["罗盘"]])
add("qual-10", "hr", "qualification", "招商经理的候选人得满足啥条件", "招商经理", [CR["招商经理"]],
    [["本科"], ["3年以上招商", "品牌BD"], ["美妆"]])

# ------------------------------------------------------------------ attribute (12)
add("attr-01", "new_hire", "attribute", "主播一个月GMV做到150万的话提成按几个点算", "带货主播",
    [Q(T, "100万-300万元（含）"), Q(T, "1.0%")], [["1.0%"], ["100万-300万"]], attribute="pay")
add("attr-02", "new_hire", "attribute", "助播是跟着谁干活的，上级是哪个", "助播",
    [MR["助播"], L(O, "**** 带货主播", "***** 助播")], [["带货主播"], ["主播"]], attribute="reports_to")
add("attr-03", "manager", "attribute", "直播运营经理手底下都管哪些岗位", "直播运营经理",
    [MR["直播运营经理"], L(O, "*** 直播运营经理", "**** 直播技术员")],
    [["带货主播"], ["场控"], ["千川投手"], ["直播技术员"]], attribute="subordinates")
add("attr-04", "new_hire", "attribute", "打包员是在哪个仓上班", "仓储打包员",
    [Q(P, "地点：临平区星火云仓")], [["临平"], ["星火云仓"]], attribute="location")
add("attr-05", "hr", "attribute", "选品专员月薪开多少", "选品专员", [CR["选品专员"]],
    [["7000"], ["10000"]], attribute="pay")
add("attr-06", "hr", "attribute", "剪辑师学历最低要到哪", "剪辑师",
    [Q(D, "学历：大专及以上；专业：不限；经验：1年以上视频剪辑经验")], [["大专"], ["学历"]],
    attribute="education")
add("attr-07", "hr", "attribute", "编导一般要求学什么专业出身", "短视频编导",
    [Q(D, "专业：广播电视编导、影视制作、新闻传播等相关专业")],
    [["广播电视编导"], ["影视制作"], ["新闻传播"]], attribute="major")
add("attr-08", "new_hire", "attribute", "做HRBP需要持什么证吗", "HRBP",
    [L(H, "人力资源管理师（二级）")], [["人力资源管理师"], ["二级"]], attribute="certificate")
add("attr-09", "new_hire", "attribute", "招商经理归哪个部门", "招商经理",
    [CR["招商经理"], L(O, "** 电商运营中心总监", "*** 招商经理")], [["电商运营中心"], ["电商运营"]],
    attribute="department")
add("attr-10", "new_hire", "attribute", "数据分析师那边有啥福利待遇", "数据分析师",
    [L(J, "五险一金 | 年终奖")], [["五险一金"], ["下午茶"], ["内购"]], attribute="benefits")
add("attr-11", "hr", "attribute", "场控要多少年经验才行", "场控", [MR["场控"]],
    [["6个月"], ["场控经验"]], attribute="experience")
add("attr-12", "new_hire", "attribute", "售后专员汇报给谁？", "售后专员",
    [Q(P, "汇报对象：客服主管"), L(O, "*** 客服主管", "**** 售后专员")], [["客服主管"], ["客服"]],
    attribute="reports_to")

# ------------------------------------------------------------------ kpi (6)
add("kpi-01", "new_hire", "kpi", "主播每个月考核看哪几个指标", "带货主播",
    [Q(K, "场均GMV"), Q(K, "平均停留时长"), Q(K, "直播间转化率")],
    [["场均GMV"], ["停留时长"], ["转化率"]])
add("kpi-02", "manager", "kpi", "投手的KPI是怎么定的", "千川投手",
    [Q(K, "千川投放ROI"), Q(K, "千次曝光成本"), Q(K, "新素材测试数"), Q(K, "预算执行偏差率")],
    [["ROI"], ["千次曝光成本"], ["新素材测试数", "素材"], ["预算执行偏差率"]])
add("kpi-03", "hr", "kpi", "客服主管绩效主要考哪些方面", "客服主管",
    [Q(K, "3分钟回复率"), Q(K, "客服满意度"), Q(K, "平台纠纷率"), Q(K, "客服质检合格率")],
    [["3分钟回复率"], ["满意度"], ["纠纷率"], ["质检合格率"]])
add("kpi-04", "manager", "kpi", "选品专员有什么考核指标", "选品专员",
    [Q(K, "新品提报数"), Q(K, "上播商品动销率"), Q(K, "选品平均毛利率"), Q(K, "滞销品占比")],
    [["新品提报数"], ["动销率"], ["毛利率"], ["滞销品占比"]])
add("kpi-05", "manager", "kpi", "直播运营经理6月份的退货率目标定的多少", "直播运营经理",
    [Q(K, "退货订单数÷总订单数×100%"), Q(K, "≤22%")], [["22%"], ["退货"]])
add("kpi-06", "hr", "kpi", "千川投手那个千次曝光成本是怎么算出来的", "千川投手",
    [Q(K, "千次曝光成本"), Q(K, "消耗÷曝光量×1000")], [["曝光量"], ["1000"]])

# ------------------------------------------------------------------ jd (4)
add("jd-01", "hr", "jd", "帮我写一份短视频编导的岗位说明书", "短视频编导",
    [Q(D, "策划账号短视频选题，每周输出不少于5条脚本"), Q(D, "专业：广播电视编导、影视制作、新闻传播等相关专业")],
    [["5条脚本"], ["拍摄现场"], ["完播率"]],
    tool={"kind": "jd", "role": "短视频编导", "must_cite_files": [D], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "给售后专员出个JD吧，招聘要用", "售后专员",
    [Q(P, "1. 处理退换货、补发和退款申请"), Q(P, "2. 跟进物流异常件，联系快递公司"),
     Q(P, "4. 回访差评客户，争取修改评价")],
    [["退换货"], ["物流异常"], ["差评"]],
    tool={"kind": "jd", "role": "售后专员", "must_cite_files": [P], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "起草一份选品专员的职位说明，我要发给猎头", "选品专员", [CR["选品专员"]],
    [["30个新品"], ["选品会"], ["滞销品"]],
    tool={"kind": "jd", "role": "选品专员", "must_cite_files": [C], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "帮忙写个直播技术员的职位描述，职责和要求都写上", "直播技术员",
    [L(H, "灯光、摄像机、声卡", "熟悉OBS推流软件")], [["推流"], ["设备台账"], ["场景搭建"]],
    tool={"kind": "jd", "role": "直播技术员", "must_cite_files": [H], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("kd-01", "manager", "kpi_design", "帮千川投手设计一套KPI，4个指标就行", "千川投手",
    [Q(K, "千川投放ROI"), Q(K, "千次曝光成本"), Q(K, "新素材测试数")],
    [["千川投放ROI"], ["千次曝光成本"], ["新素材测试数"]],
    tool={"kind": "kpi_design", "role": "千川投手", "count": 4, "must_cite_files": [K],
          "expected_indicators": ["千川投放ROI", "千次曝光成本", "新素材测试数"]})
add("kd-02", "manager", "kpi_design", "给客服主管做个绩效考核方案，5个指标左右", "客服主管",
    [Q(K, "3分钟回复率"), Q(K, "客服满意度"), Q(K, "平台纠纷率")],
    [["3分钟回复率"], ["客服满意度"], ["平台纠纷率"]],
    tool={"kind": "kpi_design", "role": "客服主管", "count": 5, "must_cite_files": [K],
          "expected_indicators": ["3分钟回复率", "客服满意度", "平台纠纷率"]})
add("kd-03", "hr", "kpi_design", "为选品专员设计一张KPI考核表", "选品专员",
    [Q(K, "上播商品动销率"), Q(K, "滞销品占比"), Q(K, "新品提报数")],
    [["上播商品动销率"], ["滞销品占比"], ["新品提报数"]],
    tool={"kind": "kpi_design", "role": "选品专员", "count": None, "must_cite_files": [K],
          "expected_indicators": ["上播商品动销率", "滞销品占比", "新品提报数"]})

# ------------------------------------------------------------------ followup (8, 17 later turns)
add("fu-01", "new_hire", "followup", "我是新来的带货主播，想问下每天的工作都有啥", "带货主播", [MR["带货主播"]],
    [["6小时"], ["GMV"], ["复盘"]],
    turns=[turn("那他要什么条件才能上岗", "qualification", "带货主播", [MR["带货主播"]],
                [["大专"], ["1年以上"], ["普通话"]]),
           turn("晚班具体几点到几点？", "qualification", "带货主播", [MR["带货主播"]], [["19:00"], ["01:00"]]),
           turn("开播前要提前多久到岗", "duty", "带货主播", [Q(B, "主播须在开播前60分钟到岗化妆、试播")],
                [["60分钟"], ["化妆"]])])
add("fu-02", "manager", "followup", "千川投手的直属领导是谁", "千川投手（投流专员）",
    [Q(D, "直播运营经理"), L(O, "*** 直播运营经理", "**** 千川投手")], [["直播运营经理"], ["运营经理"]],
    attribute="reports_to",
    turns=[turn("那他每个月考核哪些指标", "kpi", "千川投手",
                [Q(K, "千川投放ROI"), Q(K, "千次曝光成本"), Q(K, "预算执行偏差率")],
                [["ROI"], ["千次曝光成本"], ["预算执行偏差率"]]),
           turn("其中ROI在6月的目标值是多少", "kpi", "千川投手", [Q(K, "千川投放ROI"), Q(K, "3.2")],
                [["3.2"], ["ROI"]])])
add("fu-03", "manager", "followup", "客服主管都负责哪些工作", "客服主管",
    [Q(P, "1. 管理10人左右客服团队并排班"), Q(P, "2. 制定售前售后话术库并组织培训"),
     Q(P, "3. 每日抽检聊天记录，跟进质检问题"), Q(P, "4. 处理升级投诉与平台纠纷")],
    [["排班"], ["话术库"], ["平台纠纷"]],
    turns=[turn("他下面管的是什么岗位", "attribute", "客服主管",
                [L(O, "*** 客服主管", "**** 售后专员"), Q(P, "汇报对象：客服主管")], [["售后专员"], ["售后"]],
                attribute="subordinates"),
           turn("那售后专员工资能拿多少", "attribute", "售后专员", [Q(P, "薪资：5500-7000元/月")],
                [["5500"], ["7000"]], attribute="pay")])
add("fu-04", "hr", "followup", "HRBP具体要干哪些事", "HRBP", [L(H, "对接直播事业部和电商运营中心", "人才保留方案")],
    [["招聘"], ["培训"], ["员工关系"], ["流失"]],
    turns=[turn("她的汇报对象是谁", "attribute", "HRBP",
                [L(H, "人力行政部经理</p>"), L(O, "** 人力行政部经理", "*** HRBP")],
                [["人力行政部经理"], ["人力行政部"]], attribute="reports_to"),
           turn("待遇给到多少", "attribute", "HRBP", [L(H, "10000-15000元/月")], [["10000"], ["15000"]],
                attribute="pay")])
add("fu-05", "new_hire", "followup", "直播间里哪些词是不能说的", None,
    [Q(B, "1. 绝对化用语：最、第一、顶级、国家级"), Q(B, "2. 功效夸大用语：普通化妆品、食品不得宣称"),
     Q(B, "3. 引导私下交易：禁止口播或公屏提示")],
    [["第一", "国家级", "最"], ["治疗", "消炎"], ["加微信"]],
    turns=[turn("要是说了会怎么处罚", "method", None,
                [Q(B, "首次违规：口头警告"), Q(B, "同一自然月内第二次违规"), Q(B, "第三次及以上违规")],
                [["口头警告"], ["200元"], ["停播"]]),
           turn("那社保是按多少比例交的", "out_of_scope", None)])
add("fu-06", "new_hire", "followup", "数据分析师这个岗要求啥学历专业", "数据分析师",
    [L(J, "1、统计学、数学")], [["统计学"], ["本科"]], attribute=None,
    turns=[turn("在哪里办公呀", "attribute", "数据分析师", [L(J, "杭州市余杭区良渚街道星火直播基地1号楼")],
                [["良渚"], ["星火直播基地"]], attribute="location"),
           turn("那工资给到多少呢", "attribute", "数据分析师", [L(J, "12-18K·13薪")], [["12-18K"], ["13薪"]],
                attribute="pay")])
add("fu-07", "manager", "followup", "招商经理每月要谈下多少品牌", "招商经理", [CR["招商经理"]],
    [["10家"], ["品牌"]],
    turns=[turn("他的提成怎么算", "attribute", "招商经理",
                [Q(T, "新引入品牌首3个月在我司直播间的GMV"), Q(T, "单品牌累计GMV 100万元及以上"), Q(T, "1.5%")],
                [["1.5%"], ["首3个月"], ["100万"]], attribute="pay"),
           turn("要是独家品牌呢", "attribute", "招商经理", [Q(T, "独家品牌另加0.5%")], [["0.5%"], ["独家"]],
                attribute="pay")])
add("fu-08", "new_hire", "followup", "剪辑师的上级是哪位", "剪辑师",
    [L(O, "**** 短视频编导", "***** 剪辑师")], [["短视频编导"], ["编导"]], attribute="reports_to",
    turns=[turn("那他每天要剪多少条切片", "duty", "剪辑师", [Q(D, "从直播回放中剪辑高光切片，每天不少于20条")],
                [["20条"], ["高光切片"]]),
           turn("剪辑师需要考什么证书吗", "out_of_scope", "剪辑师")])

# ------------------------------------------------------------------ out_of_scope (11)
oos = [
    ("new_hire", "直播间美工负责什么工作？", "直播间美工"),
    ("new_hire", "主播的社保和公积金按什么比例缴纳", None),
    ("new_hire", "新员工入职后年假有几天", None),
    ("new_hire", "今晚杭州会下雨吗", None),
    ("hr", "帮我写一段Python爬虫，抓抖音直播间的评论", None),
    ("manager", "化妆师岗位的职责是啥？我们想给主播配一个", None),
    ("hr", "劳动合同的试用期最长能约定多久", None),
    ("new_hire", "电商运营中心总监的岗位职责是什么", None),
    ("manager", "开抖音小店要交多少保证金", None),
    ("new_hire", "教教我怎么做才能让直播间快速涨粉", None),
    ("new_hire", "仓储打包员大促加班费怎么算", "仓储打包员"),
]
for i, (persona, q, role) in enumerate(oos, 1):
    add(f"oos-{i:02d}", persona, "out_of_scope", q, role, [], [])

if __name__ == "__main__":
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(items), "items")
