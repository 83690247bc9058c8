# -*- coding: utf-8 -*-
"""Writes set.jsonl for round 25 / mcn."""
import json
from pathlib import Path

D1 = "青禾星播_岗位说明书（直播运营专员、选品专员）.docx"
KX = "青禾星播_绩效指标库2024.xlsx"
ZB = "主播分级与薪酬标准.xlsx"
HT = "加入我们.html"
PDF = "直播间岗位分工与SOP.pdf"
MD = "新人入职FAQ.md"
CSV = "招聘平台导出_职位列表.csv"
TXT = "排班与考勤规定.txt"
CHAT = "聊天记录_直播事业部管理群.txt"
D10 = "客服主管与仓储发货组长岗位说明书.docx"


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev=None, kp=None, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev or [], "key_points": kp or []}
    if attribute:
        t["attribute"] = attribute
    return t


# shared evidence
PDF_CK = [Q(PDF, "在中控台逐一核对商品链接、价格、库存和优惠券"),
          Q(PDF, "按主播口令上下架商品、改价、发券、发福袋"),
          Q(PDF, "整理《中控操作记录表》，登记价格异常、超卖等问题订单")]
PDF_TS = [Q(PDF, "根据预算搭建当场千川计划，完成预充值"),
          Q(PDF, "每15分钟查看消耗和ROI，ROI低于1.8时下调出价"),
          Q(PDF, "导出当场投放数据（消耗、ROI、CPM、成交订单数）")]
PDF_ZB = [Q(PDF, "熟悉直播脚本和每款商品的核心卖点、价格机制"),
          Q(PDF, "按脚本讲解商品，单品讲解5-8分钟"),
          Q(PDF, "参加复盘会，回看直播录屏，标注需要改进的话术")]
PDF_ZHUBO2 = [Q(PDF, "摆放样品和道具，调试灯光、声卡、提词器及推流设备"),
              Q(PDF, "近景展示商品细节，补充卖点，配合主播做试用演示"),
              Q(PDF, "归还样品，整理直播间道具和设备，关闭灯光电源")]
XP_DUTY = [Q(D1, "2.1.1 跟踪抖音电商热销榜及蝉妈妈、飞瓜数据"), Q(D1, "2.1.2 按照直播间人群画像筛选商品"),
           Q(D1, "2.2.1 与品牌方、供应商洽谈直播价格、佣金比例"), Q(D1, "2.2.2 审核商品资质"),
           Q(D1, "2.2.3 组织寄样并协同主播试用"), Q(D1, "2.3.1 跟踪已播商品的销量、退货率与客诉情况")]
KF_DUTY = [Q(D10, "1. 制定并维护客服话术库与快捷短语")]
CC_DUTY = [Q(D10, "1. 按平台要求在48小时内完成发货")]

# ------------------------------------------------------------------ duty
add("r25m-duty-01", "new_hire", "duty", "中控岗位平时都干些啥活呀", "场控",
    [L(MD, 19), L(CSV, 2)] + PDF_CK, [["上下架"], ["改价"], ["优惠券", "发券"], ["评论"]])
add("r25m-duty-02", "hr", "duty", "千川投手主要负责哪些工作", "投流优化师",
    [L(HT, 36, 45), L(CSV, 3)] + PDF_TS, [["千川"], ["预算"], ["素材"], ["ROI"]])
add("r25m-duty-03", "new_hire", "duty", "做选品的平时具体忙些什么", "选品专员",
    XP_DUTY, [["趋势"], ["货盘"], ["佣金"], ["资质", "质检报告"], ["退货率"]])
add("r25m-duty-04", "manager", "duty", "仓储发货组长要负责哪些事", "仓储发货组长",
    CC_DUTY, [["48小时"], ["拣货"], ["库存"], ["错发", "漏发"], ["6S"]])
add("r25m-duty-05", "new_hire", "duty", "助播要做什么，跟主播分工咋分的", "助播",
    [L(MD, 22)] + PDF_ZHUBO2, [["展示"], ["卖点"], ["设备", "灯光"], ["试用演示"]])
add("r25m-duty-06", "new_hire", "duty", "带货主播每天的工作是啥", "带货主播",
    [L(HT, 16, 25)] + PDF_ZB, [["排期", "脚本"], ["选品会", "试用"], ["复盘"], ["粉丝"]])
add("r25m-duty-07", "hr", "duty", "短视频编导岗位职责发我看下", "短视频编导",
    [L(HT, 59, 68)], [["脚本"], ["拍摄"], ["切片"], ["选题"]])
add("r25m-duty-08", "new_hire", "duty", "仓库打包员干什么活", "仓库打包员",
    [L(CSV, 4)], [["拣货"], ["面单"], ["赠品"], ["退货"]])
add("r25m-duty-09", "manager", "duty", "直播运营下播以后还要做哪些事", "直播运营专员",
    [Q(D1, "2.3.1 下播后2小时内输出单场复盘报告"), Q(D1, "2.3.2 每周汇总直播间数据"),
     Q(D1, "2.3.3 维护抖店后台及巨量百应后台的基础数据"), Q(PDF, "组织复盘会，汇总本场数据，输出单场复盘报告")],
    [["2小时"], ["复盘报告"], ["对账"]])

# ------------------------------------------------------------------ qualification
add("r25m-qual-01", "hr", "qualification", "直播运营专员招聘要求是什么", "直播运营专员",
    [Q(D1, "3.1.1 大专及以上学历"), Q(D1, "3.2.1 1年以上抖音/快手直播运营经验"), Q(D1, "3.3.1 熟悉抖音电商规则"),
     Q(D1, "3.3.2 熟练使用Excel"), Q(D1, "3.4.1 抗压能力强")],
    [["大专"], ["1年以上"], ["巨量百应"], ["Excel"]])
add("r25m-qual-02", "hr", "qualification", "选品专员要啥学历跟经验", "选品专员",
    [Q(D1, "3.1 教育背景：本科及以上学历，专业不限"), Q(D1, "3.2 工作经验：2年以上电商选品或采购经验")],
    [["本科"], ["2年以上"], ["美妆个护", "食品"]])
add("r25m-qual-03", "hr", "qualification", "杭州总部招千川投手有啥硬性要求", "投流优化师",
    [L(HT, 36), L(HT, 46, 51)], [["大专"], ["日耗5万"], ["ROI"]])
add("r25m-qual-04", "new_hire", "qualification", "想当主播需要什么条件？没经验能做吗", "带货主播",
    [Q(ZB, "形象气质佳，普通话二级乙等及以上，镜头感好"), Q(ZB, "有美妆、食品类目带货经验者优先"),
     Q(ZB, "能接受晚场直播（最晚至次日03:00）及大促期间连续开播"), L(HT, 27, 31)],
    [["普通话"], ["零基础可培养", "新人主播训练营"], ["晚场"]])
add("r25m-qual-05", "hr", "qualification", "客服主管的任职资格", "客服主管",
    [Q(D10, "大专及以上"), Q(D10, "3年以上电商客服经验，其中1年以上团队管理经验"), Q(D10, "熟悉抖店飞鸽客服系统")],
    [["大专"], ["3年以上"], ["团队管理"], ["飞鸽"]])
add("r25m-qual-06", "hr", "qualification", "做复盘专员需要会些什么", "直播数据分析专员",
    [L(CHAT, 5, 6), L(CHAT, 24, 25)], [["本科"], ["SQL"], ["罗盘"], ["1年以上"]])
add("r25m-qual-07", "hr", "qualification", "商务BD招人有什么要求", "商务BD",
    [L(HT, 82), L(HT, 91, 96)], [["本科"], ["2年以上"], ["出差"]])
add("r25m-qual-08", "new_hire", "qualification", "应聘场控要什么要求啊", "场控",
    [L(CSV, 2)], [["打字"], ["中控台"], ["晚班"]])

# ------------------------------------------------------------------ attribute
add("r25m-attr-01", "new_hire", "attribute", "直播间运营的直属领导是谁", "直播运营专员",
    [Q(D1, "1.3 直接上级：直播运营主管")], [["直播运营主管"], ["上级"]], attribute="reports_to")
add("r25m-attr-02", "new_hire", "attribute", "商务bd在哪办公，要经常出差吗", "商务BD",
    [L(HT, 82), L(HT, 95)], [["杭州"], ["上海"], ["30%"]], attribute="location")
add("r25m-attr-03", "hr", "attribute", "杭州这边千川投手月薪多少", "投流优化师",
    [L(HT, 36)], [["15-25K"], ["14薪"]], attribute="pay")
add("r25m-attr-04", "manager", "attribute", "客服主管手下管几个人", "客服主管",
    [Q(D10, "售前客服、售后客服（共12人）")], [["12人"], ["售前客服"], ["售后客服"]], attribute="subordinates")
add("r25m-attr-05", "new_hire", "attribute", "选品专员属于哪个部门的", "选品专员",
    [Q(D1, "1.2 所属部门：供应链中心")], [["供应链中心"], ["部门"]], attribute="department")
add("r25m-attr-06", "hr", "attribute", "直播数据分析专员薪资给多少", "直播数据分析专员",
    [L(CHAT, 5, 6), L(CHAT, 27, 28)], [["9-13K"], ["薪资"]], attribute="pay")
add("r25m-attr-07", "manager", "attribute", "S级主播底薪和提成点数是多少", "带货主播",
    [Q(ZB, "头部主播"), Q(ZB, "20000"), Q(ZB, "1.5%")], [["20000"], ["1.5%"]], attribute="pay")
add("r25m-attr-08", "hr", "attribute", "仓储组长需不需要叉车证", "仓储发货组长",
    [Q(D10, "熟练使用聚水潭或旺店通ERP；持叉车证者优先")], [["叉车证"], ["优先"]], attribute="certificate")
add("r25m-attr-09", "new_hire", "attribute", "打包员归谁管", "仓库打包员",
    [L(CSV, 4)], [["仓储发货组长"], ["供应链中心"]], attribute="reports_to")
add("r25m-attr-10", "new_hire", "attribute", "做主播学历有要求吗", "带货主播",
    [Q(ZB, "中专/高中及以上")], [["中专"], ["高中"]], attribute="education")

# ------------------------------------------------------------------ kpi
add("r25m-kpi-01", "manager", "kpi", "带货主播的考核指标都有哪些", "带货主播",
    [Q(ZB if False else KX, "月度GMV"), Q(KX, "平均UV价值"), Q(KX, "平均停留时长"), Q(KX, "开播时长达成率"),
     Q(KX, "主播退款率")],
    [["月度GMV"], ["平均UV价值"], ["平均停留时长"], ["开播时长达成率"], ["主播退款率", "退款率"]])
add("r25m-kpi-02", "manager", "kpi", "投手的ROI目标定的多少", "投流优化师",
    [Q(KX, "千川投放带来的成交额与投放消耗之比"), Q(KX, "投放GMV÷投放消耗"), Q(KX, "月均≥2.5")],
    [["2.5"], ["投放GMV÷投放消耗", "投放消耗"]])
add("r25m-kpi-03", "manager", "kpi", "直播运营的GPM是咋算的，目标多少", "直播运营专员",
    [Q(KX, "每千次观看带来的成交额（GPM）"), Q(KX, "GMV÷观看次数×1000"), Q(KX, "≥800元")],
    [["观看次数"], ["1000"], ["800"]])
add("r25m-kpi-04", "manager", "kpi", "客服主管的差评率要控制在多少以内", "客服主管",
    [Q(KX, "店铺差评率"), Q(KX, "差评数÷评价总数×100%"), Q(KX, "≤1%")], [["1%"], ["差评数÷评价总数", "差评"]])
add("r25m-kpi-05", "new_hire", "kpi", "主播什么情况下当月绩效直接为0", "带货主播",
    [Q(KX, "直播中出现违规被抖音平台处罚（单次扣除信用分≥4分）或发表不当言论造成舆情的，当月绩效为0。")],
    [["信用分"], ["舆情"]])
add("r25m-kpi-06", "hr", "kpi", "投流优化师每个月要测多少条新素材", "投流优化师",
    [Q(KX, "新素材测试数"), Q(KX, "≥60条")], [["60条"], ["素材"]])

# ------------------------------------------------------------------ jd
add("r25m-jd-01", "hr", "jd", "帮忙写一份选品专员的JD", "选品专员", XP_DUTY,
    [["货盘"], ["佣金"], ["资质"]],
    tool={"kind": "jd", "role": "选品专员", "must_cite_files": [D1], "expect_sections": ["duties", "qualifications"]})
add("r25m-jd-02", "hr", "jd", "出一个短视频编导的岗位说明书", "短视频编导", [L(HT, 59, 68)],
    [["脚本"], ["切片"], ["选题"]],
    tool={"kind": "jd", "role": "短视频编导", "must_cite_files": [HT], "expect_sections": ["duties", "qualifications"]})
add("r25m-jd-03", "manager", "jd", "给仓储发货组长起草个JD", "仓储发货组长", CC_DUTY,
    [["48小时"], ["拣货"], ["6S"]],
    tool={"kind": "jd", "role": "仓储发货组长", "must_cite_files": [D10], "expect_sections": ["duties", "qualifications"]})
add("r25m-jd-04", "hr", "jd", "周总说的那个直播数据分析专员，帮我拟个招聘JD", "直播数据分析专员", [L(CHAT, 5, 13)],
    [["数据日报"], ["看板"], ["竞品"]],
    tool={"kind": "jd", "role": "直播数据分析专员", "must_cite_files": [CHAT], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design
add("r25m-kd-01", "manager", "kpi_design", "帮我给投手设计5个KPI", "投流优化师",
    [Q(KX, "投放ROI"), Q(KX, "千次展示成本"), Q(KX, "预算执行偏差率")],
    [["投放ROI"], ["千次展示成本"], ["预算执行偏差率"]],
    tool={"kind": "kpi_design", "role": "投流优化师", "count": 5, "must_cite_files": [KX],
          "expected_indicators": ["投放ROI", "千次展示成本", "预算执行偏差率"]})
add("r25m-kd-02", "manager", "kpi_design", "想给客服主管定一套月度KPI，帮我出个方案", "客服主管",
    [Q(KX, "3分钟人工回复率"), Q(KX, "店铺差评率"), Q(KX, "抖店后台显示的商家体验分")],
    [["3分钟人工回复率"], ["店铺差评率", "差评率"], ["商家体验分"]],
    tool={"kind": "kpi_design", "role": "客服主管", "count": None, "must_cite_files": [KX],
          "expected_indicators": ["3分钟人工回复率", "店铺差评率", "商家体验分"]})
add("r25m-kd-03", "hr", "kpi_design", "给带货主播做一套月度考核指标", "带货主播",
    [Q(KX, "月度GMV"), Q(KX, "平均UV价值"), Q(KX, "平均停留时长")],
    [["月度GMV"], ["平均UV价值", "UV价值"], ["平均停留时长", "停留时长"]],
    tool={"kind": "kpi_design", "role": "带货主播", "count": None, "must_cite_files": [KX],
          "expected_indicators": ["月度GMV", "平均UV价值", "平均停留时长"]})
add("r25m-kd-04", "manager", "kpi_design", "直播运营专员设计4个考核指标", "直播运营专员",
    [Q(KX, "直播间GMV达成率"), Q(KX, "千次观看成交金额"), Q(KX, "复盘报告及时率")],
    [["直播间GMV达成率", "GMV达成率"], ["千次观看成交金额", "GPM"], ["复盘报告及时率"]],
    tool={"kind": "kpi_design", "role": "直播运营专员", "count": 4, "must_cite_files": [KX],
          "expected_indicators": ["直播间GMV达成率", "千次观看成交金额", "复盘报告及时率"]})

# ------------------------------------------------------------------ followup
add("r25m-fu-01", "new_hire", "followup", "直播运营在直播过程中具体要干嘛", "直播运营专员",
    [Q(D1, "2.2.1 实时监控在线人数、停留时长、转化率"), Q(D1, "2.2.2 根据实时库存和成交情况调整过款节奏"),
     Q(D1, "2.2.3 处理直播间突发情况"), Q(PDF, "盯在线人数、停留、转化等实时数据，调整过款顺序")],
    [["5分钟"], ["过款"], ["突发", "应急预案"]],
    turns=[T("第三条具体说说", "duty", "直播运营专员",
             [Q(D1, "2.2.3 处理直播间突发情况"), Q(PDF, "1. 直播间断流：场控立即通知助播检查推流设备")],
             [["链接失效"], ["断流"], ["应急预案"]]),
           T("那他直属领导是谁", "attribute", "直播运营专员", [Q(D1, "1.3 直接上级：直播运营主管")],
             [["直播运营主管"], ["上级"]], attribute="reports_to"),
           T("换成选品专员呢", "attribute", "选品专员", [Q(D1, "1.3 直接上级：选品经理")],
             [["选品经理"], ["上级"]], attribute="reports_to")])
add("r25m-fu-02", "manager", "followup", "投流优化师考核哪些指标", "投流优化师",
    [Q(KX, "投放ROI"), Q(KX, "千次展示成本"), Q(KX, "付费流量成交占比"), Q(KX, "预算执行偏差率")],
    [["投放ROI"], ["千次展示成本"], ["付费流量成交占比"], ["预算执行偏差率"]],
    turns=[T("有没有否决项", "kpi", "投流优化师",
             [Q(KX, "因操作失误导致单日超预算消耗50%以上")], [["超预算"], ["封禁"]]),
           T("换成直播运营呢", "kpi", "直播运营专员",
             [Q(KX, "因上架价格或优惠券设置错误造成公司单次损失超过5000元")], [["5000元"], ["价格", "优惠券"]])])
add("r25m-fu-03", "hr", "followup", "客服主管都负责些啥", "客服主管", KF_DUTY,
    [["话术"], ["排班"], ["客诉"], ["质检报告"], ["培训"]],
    turns=[T("学历有要求吗", "attribute", "客服主管", [Q(D10, "学历要求"), Q(D10, "大专及以上")],
             [["大专"], ["学历"]], attribute="education"),
           T("换成仓储发货组长呢", "attribute", "仓储发货组长", [Q(D10, "学历要求"), Q(D10, "高中及以上")],
             [["高中"], ["学历"]], attribute="education"),
           T("他在哪儿上班", "attribute", "仓储发货组长", [Q(D10, "杭州市余杭区仁和街道青禾云仓")],
             [["仁和街道"], ["青禾云仓"]], attribute="location")])
add("r25m-fu-04", "manager", "followup", "新设的那个复盘专员是干啥的", "直播数据分析专员",
    [L(CHAT, 5, 13)], [["数据日报"], ["复盘会"], ["看板"], ["竞品"]],
    turns=[T("他向谁汇报", "attribute", "直播数据分析专员", [L(CHAT, 5, 6), L(CHAT, 15, 19)],
             [["直播事业部总监", "周敏", "周总"], ["中立", "运营组"]], attribute="reports_to"),
           T("他的KPI考核指标有哪些", "out_of_scope", "直播数据分析专员")])
add("r25m-fu-05", "manager", "followup", "C级新人主播底薪多少", "带货主播",
    [Q(ZB, "5000"), Q(ZB, "0.8%")], [["5000"], ["0.8%"]], attribute="pay",
    turns=[T("那A级呢", "attribute", "带货主播", [Q(ZB, "核心主播"), Q(ZB, "12000"), Q(ZB, "1.2%")],
             [["12000"], ["1.2%"]], attribute="pay"),
           T("从A升到S要满足啥条件", "qualification", "带货主播",
             [Q(ZB, "连续3个月达到S级标准，可申请晋升S级"), Q(ZB, "≥500万元")], [["连续3个月"], ["500万"]])])
add("r25m-fu-06", "new_hire", "followup", "直播场控下播之后还要干嘛", "场控",
    [Q(PDF, "整理《中控操作记录表》，登记价格异常、超卖等问题订单"), L(MD, 19), L(CSV, 2)],
    [["中控操作记录", "中控记录"], ["30分钟", "异常"]],
    turns=[T("那他工资多少", "attribute", "场控", [L(CSV, 2), Q(KX, "所在直播间GMV（扣除退款）"), Q(KX, "0.1%")],
             [["5-7K"], ["0.1%"]], attribute="pay"),
           T("晚班有补贴吗", "attribute", "场控", [L(TXT, 26), L(CSV, 2)], [["30元"], ["80元"]],
             attribute="benefits")])
add("r25m-fu-07", "hr", "followup", "短视频编导任职要求", "短视频编导",
    [L(HT, 69, 74), L(MD, 25)], [["编导"], ["百万播放"], ["剪映"]],
    turns=[T("他上级是谁", "attribute", "短视频编导", [L(HT, 75)], [["内容中心负责人"], ["汇报"]],
             attribute="reports_to"),
           T("有啥奖金吗", "attribute", "短视频编导",
             [Q(KX, "单条播放量破100万奖励500元，破500万奖励2000元")], [["500元"], ["100万"]], attribute="pay")])
add("r25m-fu-08", "hr", "followup", "商务BD具体干些什么", "商务BD",
    [L(HT, 82), L(HT, 84, 90)], [["坑位费"], ["回款"], ["竞品"]],
    turns=[T("第二点展开说说", "duty", "商务BD", [L(HT, 87)], [["合同"], ["回款"]]),
           T("提成怎么算", "attribute", "商务BD",
             [Q(KX, "回款金额的5%"), Q(KX, "框架合作年费按3%计提")], [["5%"], ["3%"]], attribute="pay")])

# ------------------------------------------------------------------ out of scope
for i, (persona, q, role) in enumerate([
    ("manager", "助播的KPI考核有哪些指标", "助播"),
    ("new_hire", "主播组长具体负责啥", None),
    ("hr", "义乌基地运营经理的岗位职责是什么", None),
    ("hr", "选品经理需要什么任职条件", None),
    ("new_hire", "客服主管过年有没有13薪或者年终奖", "客服主管"),
    ("new_hire", "直播间美工主要做什么", None),
    ("hr", "公司给员工交的公积金比例是多少", None),
    ("new_hire", "抖音直播带货话术怎么写转化率高点？给我几个模板", None),
    ("manager", "达人经纪人底薪一般给多少", None),
], 1):
    add(f"r25m-oos-{i:02d}", persona, "out_of_scope", q, role, [], [])

# first-turn attribute for fu-05 is an attribute question; keep attribute set
Path(__file__).with_name("set.jsonl").write_text(
    "\n".join(json.dumps(x, ensure_ascii=False) for x in items) + "\n", encoding="utf-8")
from collections import Counter
print(len(items), Counter(x["intent"] for x in items))
