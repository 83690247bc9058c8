# -*- coding: utf-8 -*-
"""Builds set.jsonl (60 items) for the cinema corpus and checks it with evals/sets/validate.py's Checker."""
import json
import sys
from pathlib import Path

F1 = "YC01_影院运营序列岗位说明书.docx"
F2 = "YC02_放映技术部工作手册.docx"
F3 = "YC03_2025年度岗位KPI指标库.xlsx"
F4 = "YC04_岗位薪酬与班次标准.xlsx"
F5 = "YC05_招聘需求导出_2025Q1.csv"
F6 = "YC06_加入我们.html"
F7 = "YC07_影厅服务标准与考核办法.pdf"
F8 = "YC08_会员运营专员岗位画像.md"
F9 = "YC09_票务岗位管理规定.txt"
F10 = "YC10_员工考勤与福利制度.txt"


def q(f, s):
    return {"file": f, "quote": s}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


TB = "（四级及以上）放映主管是门店放映质量"   # the paragraph that holds the text box (all its facts)
items = []


def add(id, persona, intent, question, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append({"id": f"c41-{id}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, ev, kp, attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        t["attribute"] = attribute
    return t


def OT(question):
    return {"question": question, "intent": "out_of_scope", "role": None, "evidence": [], "key_points": []}


# ---------------- duty (14)
add("duty-01", "new_hire", "duty", "我刚来当放映员，每天主要干啥？", "放映员",
    [q(F2, "按排片表准时开映，确保零错场"), q(F2, "每日开机前检查放映机、服务器"),
     q(F2, "负责影片拷贝导入及KDM密钥核对"), q(F2, "如实填写《放映日志》")],
    [["准时开映"], ["检查放映机"], ["KDM"], ["放映日志"]])
add("duty-02", "manager", "duty", "店长（影院经理）平时都要负责哪些事", "影院经理",
    [q(F1, "全面负责影院年度经营目标"), q(F1, "制定排片策略，审核每周排片表"),
     q(F1, "每月组织一次消防演练"), q(F1, "维护与片方、发行方及所在商场物业")],
    [["经营目标"], ["排片"], ["消防"], ["片方", "发行方"]])
add("duty-03", "hr", "duty", "值版经理具体管哪些事情？", "值班经理",
    [q(F1, "负责当班期间影院现场运营管理，巡视"), q(F1, "开闭店检查：灯光、空调"),
     q(F1, "当班票款与卖品款项稽核"), q(F1, "处理当班顾客投诉，审批特殊退改签")],
    [["现场运营管理"], ["开闭店检查"], ["稽核", "值班经理日报"], ["投诉"]])
add("duty-04", "new_hire", "duty", "售票员要做哪些工作", "票务员",
    [q(F1, "负责现场售票、取票及退改签办理"), q(F1, "向顾客推荐会员卡、储值卡及观影套餐"),
     q(F1, "交接班时核对票款，打印日结报表"), L(F5, 5)],
    [["售票"], ["退改签"], ["会员卡"], ["核对票款", "日结报表"]])
add("duty-05", "new_hire", "duty", "影厅服务员主要负责什么呀", "影厅服务员",
    [q(F1, "检票并引导顾客入场、就座"), q(F1, "影片放映中巡场，每场不少于2次"),
     q(F1, "散场后清洁影厅，检查并登记遗留物品"), q(F1, "回收3D眼镜并交消毒间统一消毒"), L(F5, 6)],
    [["检票"], ["巡场"], ["清洁"], ["3D眼镜"]])
add("duty-06", "hr", "duty", "场务是干嘛的，职责给我列一下", "场务员",
    [q(F1, "负责首映礼、包场、主题观影等活动的场地布置"), q(F1, "搬运物料，更换海报"),
     q(F1, "高峰时段协助影厅服务员进行散场清洁"), q(F1, "配合工程维修技术员做好场地安全检查")],
    [["场地布置"], ["海报"], ["散场清洁"], ["安全检查"]])
add("duty-07", "manager", "duty", "放影主管管哪些活儿", "放映主管",
    [q(F2, "根据排片表编制每日放映计划"), q(F2, "负责数字影片密钥（KDM）的申请"),
     q(F2, "制定放映设备年度维护保养计划"), q(F2, "负责放映事故的调查处理"), q(F2, "负责放映组与工程组人员的排班")],
    [["放映计划"], ["KDM", "密钥"], ["维护保养计划"], ["放映事故"]])
add("duty-08", "new_hire", "duty", "工程维修那边岗位职责是什么", "工程维修技术员",
    [q(F2, "一是负责影院中央空调、照明、座椅"), q(F2, "二是按计划巡检配电房"),
     q(F2, "三是负责影厅音响系统的调试"), q(F2, "四是填写维修记录"), L(F5, 4)],
    [["空调"], ["配电房"], ["音响"], ["维修记录"]])
add("duty-09", "hr", "duty", "卖品部主管的工作内容有哪些", "卖品部主管",
    [L(F6, 25, 29)],
    [["排班"], ["促销方案", "销售目标"], ["库存", "盘点"], ["食品安全"], ["周报"]])
add("duty-10", "new_hire", "duty", "市场营销专员日常要做什么", "市场营销专员",
    [L(F6, 43, 47)],
    [["营销活动"], ["异业"], ["公众号", "抖音", "小红书"], ["团购", "包场"], ["复盘"]])
add("duty-11", "hr", "duty", "会员运营是做什么的？工作职责说下", "会员运营专员",
    [L(F8, 32, 44)],
    [["积分"], ["会员日"], ["运营报告"], ["投诉"], ["社群"]])
add("duty-12", "new_hire", "duty", "卖品员岗位要做哪些事 爆米花也要自己做吗", "卖品员",
    [L(F5, 3)],
    [["爆米花"], ["收银"], ["清洁"], ["盘点", "效期检查"]])
add("duty-13", "manager", "duty", "值班经理开闭店的时候要检查哪些东西？", "值班经理",
    [q(F1, "开闭店检查：灯光、空调、消防通道")],
    [["灯光"], ["空调"], ["消防通道"], ["安全出口"]])
add("duty-14", "manager", "duty", "影厅音响坏了归谁管，放映员还是工程维修？", "工程维修技术员",
    [q(F2, "三是负责影厅音响系统的调试与故障排除"), q(F2, "影厅音响调试由放映员移交工程维修技术员")],
    [["工程维修技术员"], ["调试", "故障排除"]])

# ---------------- qualification (10)
add("qual-01", "hr", "qualification", "影院经理招人有什么要求", "影院经理",
    [q(F1, "本科及以上"), q(F1, "5年以上影院或零售门店管理经验"), q(F1, "工商管理、市场营销等相关专业优先")],
    [["本科"], ["5年以上"], ["3年以上店长经验"]])
add("qual-02", "new_hire", "qualification", "值班经理需要什么学历和经验", "值班经理",
    [q(F1, "大专及以上"), q(F1, "2年以上影院一线管理经验"), q(F1, "持有消防安全培训合格证者优先")],
    [["大专"], ["2年以上"], ["消防安全培训合格证"]])
add("qual-03", "new_hire", "qualification", "做票务员要什么条件，没经验能去吗", "票务员",
    [L(F9, 6, 11), L(F5, 5)],
    [["高中"], ["普通话"], ["电脑"], ["7天岗前培训", "培训"]])
add("qual-04", "hr", "qualification", "影厅服务员招聘对年龄有要求吗", "影厅服务员",
    [q(F1, "年龄18-40周岁，身体健康"), L(F5, 6)],
    [["18-40"], ["身体健康"]])
add("qual-05", "hr", "qualification", "招放映主管，对候选人有啥要求", "放映主管",
    [q(F2, TB)],
    [["大专"], ["3年以上数字影院放映"], ["电影放映员职业技能等级证书"], ["班组管理"]])
add("qual-06", "new_hire", "qualification", "放映员要什么证吗，我学机电的能去吗", "放映员",
    [q(F2, "任职要求：中专及以上学历，电子、机电")],
    [["中专"], ["机电"], ["放映员职业技能等级证书"]])
add("qual-07", "hr", "qualification", "招工程维修，硬性条件是什么", "工程维修技术员",
    [q(F2, "必须持有低压电工作业证"), L(F5, 4)],
    [["低压电工作业证"], ["2年以上"], ["中专"], ["夜间应急值守"]])
add("qual-08", "hr", "qualification", "卖品主管需要哪些任职条件？", "卖品部主管",
    [L(F6, 33, 35)],
    [["大专"], ["3年以上"], ["健康证"], ["食品安全管理员"]])
add("qual-09", "new_hire", "qualification", "应聘市场营销专员需要什么专业和经验", "市场营销专员",
    [L(F6, 51, 53)],
    [["本科"], ["新闻传播", "市场营销、广告学"], ["2年以上"], ["PS", "剪映"]])
add("qual-10", "new_hire", "qualification", "会员运营专员对技能有什么要求？要会sql吗", "会员运营专员",
    [L(F8, 52, 57)],
    [["大专"], ["1年以上"], ["Excel"], ["SQL"]])

# ---------------- attribute (10)
add("attr-01", "new_hire", "attribute", "影院经理的上级是谁", "影院经理",
    [q(F1, "区域运营总监")], [["区域运营总监"], ["总监"]], attribute="reports_to")
add("attr-02", "manager", "attribute", "值班经理手下管哪几个岗位", "值班经理",
    [q(F1, "票务员、影厅服务员、场务员")], [["票务员"], ["影厅服务员"], ["场务员"]], attribute="subordinates")
add("attr-03", "new_hire", "attribute", "放映员归谁管", "放映员",
    [q(F2, "直接上级为放映主管。放映员实行三班"), q(F2, TB)], [["放映主管"], ["直接上级"]], attribute="reports_to")
add("attr-04", "hr", "attribute", "场务员的直接上级现在是谁", "场务员",
    [q(F1, "影厅主管 值班经理（2024.09修订）")], [["值班经理"], ["值班"]], attribute="reports_to")
add("attr-05", "new_hire", "attribute", "票务员一个月工资大概多少", "票务员",
    [q(F4, "4500-5500")], [["4500"], ["5500"]], attribute="pay")
add("attr-06", "hr", "attribute", "值班经理月薪给多少", "值班经理",
    [q(F4, "7000-9000")], [["7000"], ["9000"]], attribute="pay")
add("attr-07", "new_hire", "attribute", "市场营销专员在哪里上班", "市场营销专员",
    [L(F6, 40)], [["杭州"], ["滨江"]], attribute="location")
add("attr-08", "hr", "attribute", "会员运营专员属于哪个部门", "会员运营专员",
    [L(F8, 18), L(F8, 9)], [["会员中心"], ["市场部"]], attribute="department")
add("attr-09", "new_hire", "attribute", "卖品员要办健康证吗", "卖品员",
    [L(F5, 3)], [["健康证"], ["须持", "持有效"]], attribute="certificate")
add("attr-10", "hr", "attribute", "放映主管要求什么专业", "放映主管",
    [q(F2, TB)], [["电子信息"], ["影视技术"], ["机电一体化"]], attribute="major")

# ---------------- kpi (5)
add("kpi-01", "manager", "kpi", "影院经理的KPI有哪些指标", "影院经理",
    [q(F3, "票房收入达成率"), q(F3, "上座率"), q(F3, "会员新增数"), q(F3, "有效客诉率"), q(F3, "发生安全责任事故的次数")],
    [["票房收入达成率"], ["上座率"], ["会员新增数"], ["有效客诉率"], ["安全责任事故"]])
add("kpi-02", "hr", "kpi", "卖品员怎么考核，看哪些指标", "卖品员",
    [q(F3, "卖品销售额达成率"), q(F3, "食品安全检查合格率"), q(F3, "服务规范抽检得分")],
    [["卖品销售额达成率"], ["食品安全检查合格率"], ["服务规范抽检得分"]])
add("kpi-03", "manager", "kpi", "影厅服务员月度考核看什么", "影厅服务员",
    [q(F7, "错检、漏检一次扣5分"), q(F7, "巡场执行率 25%"), q(F7, "影厅清洁合格率 25%"),
     q(F7, "顾客满意度 20% ≥95%"), q(F7, "遗留物品登记及时率")],
    [["检票准确率"], ["巡场执行率"], ["影厅清洁合格率"], ["顾客满意度"], ["遗留物品登记及时率"]])
add("kpi-04", "hr", "kpi", "会员运营的绩效指标和权重是啥", "会员运营专员",
    [q(F3, "会员新增激活数"), q(F3, "会员储值金额"), q(F3, "会员复购率"), q(F3, "会员投诉处理及时率")],
    [["会员新增激活数"], ["会员储值金额"], ["会员复购率"], ["会员投诉处理及时率"]])
add("kpi-05", "manager", "kpi", "市场专员每个月考核哪几项", "市场营销专员",
    [q(F3, "营销活动场次"), q(F3, "活动带动票房增量"), q(F3, "新媒体粉丝增长数"), q(F3, "团购及包场销售额")],
    [["营销活动场次"], ["活动带动票房增量"], ["新媒体粉丝增长数"], ["团购及包场销售额"]])

# ---------------- jd (3)
add("jd-01", "hr", "jd", "帮我写一份放映员的JD，招聘要用", "放映员",
    [q(F2, "按排片表准时开映，确保零错场"), q(F2, "负责影片拷贝导入及KDM密钥核对"), q(F2, "如实填写《放映日志》")],
    [["准时开映"], ["KDM"], ["放映日志"]],
    tool={"kind": "jd", "role": "放映员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "出一个售票员（票务员）的岗位说明书草稿", "票务员",
    [q(F1, "负责现场售票、取票及退改签办理"), q(F1, "交接班时核对票款，打印日结报表")],
    [["售票"], ["退改签"], ["日结报表"]],
    tool={"kind": "jd", "role": "票务员", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "给市场营销专员写个招聘JD", "市场营销专员",
    [L(F6, 43, 47)], [["营销活动"], ["异业"], ["复盘"]],
    tool={"kind": "jd", "role": "市场营销专员", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design (3)
KD1 = ["卖品销售额达成率", "卖品毛利率", "库存盘点差异率", "食品安全检查合格率"]
add("kd-01", "manager", "kpi_design", "帮卖品部主管设计5个KPI", "卖品部主管",
    [q(F3, x) for x in KD1], [[x] for x in KD1],
    tool={"kind": "kpi_design", "role": "卖品部主管", "count": 5, "must_cite_files": [F3], "expected_indicators": KD1})
KD2 = ["会员新增激活数", "会员储值金额", "会员复购率", "会员投诉处理及时率"]
add("kd-02", "hr", "kpi_design", "给会员运营专员做一套考核指标", "会员运营专员",
    [q(F3, x) for x in KD2], [[x] for x in KD2],
    tool={"kind": "kpi_design", "role": "会员运营专员", "count": None, "must_cite_files": [F3], "expected_indicators": KD2})
KD3 = ["检票准确率", "巡场执行率", "影厅清洁合格率", "顾客满意度"]
add("kd-03", "manager", "kpi_design", "影厅服务员的KPI表帮我设计一下，4到5个指标就行", "影厅服务员",
    [q(F7, "错检、漏检一次扣5分"), q(F7, "巡场执行率 25%"), q(F7, "影厅清洁合格率 25%"), q(F7, "顾客满意度 20% ≥95%")],
    [[x] for x in KD3],
    tool={"kind": "kpi_design", "role": "影厅服务员", "count": None, "must_cite_files": [F7], "expected_indicators": KD3})

# ---------------- followup (8)
add("fu-01", "new_hire", "followup", "放映员的活儿多不多，主要职责有哪些", "放映员",
    [q(F2, "按排片表准时开映，确保零错场"), q(F2, "负责影片拷贝导入及KDM密钥核对")],
    [["准时开映"], ["KDM"]],
    turns=[T("那他上级是谁？", "attribute", "放映员", [q(F2, "直接上级为放映主管。放映员实行三班")], [["放映主管"], ["直接上级"]], "reports_to"),
           T("第3条展开说说", "duty", "放映员", [q(F2, "负责影片拷贝导入及KDM密钥核对")], [["拷贝导入"], ["密钥异常"]]),
           T("要持证吗", "qualification", "放映员", [q(F2, "任职要求：中专及以上学历，电子、机电")], [["放映员职业技能等级证书"], ["优先"]])])
add("fu-02", "hr", "followup", "卖品部主管主要负责啥", "卖品部主管",
    [L(F6, 25, 29)], [["库存"], ["食品安全"]],
    turns=[T("任职要求呢", "qualification", "卖品部主管", [L(F6, 33, 35)], [["大专"], ["健康证"]]),
           T("换成卖品员呢", "qualification", "卖品员", [L(F5, 3)], [["健康证"], ["收银经验"]])])
add("fu-03", "manager", "followup", "店长的绩效考核指标是哪些", "影院经理",
    [q(F3, "票房收入达成率"), q(F3, "上座率")], [["票房收入达成率"], ["上座率"]],
    turns=[T("上座率要求达到多少", "kpi", "影院经理", [q(F3, "≥28%"), q(F3, "上座率")], [["28%"], ["上座率"]]),
           T("有一票否决的吗", "kpi", "影院经理", [q(F3, "发生重大事故本项及全年KPI为0（一票否决）")], [["一票否决"], ["重大事故"]])])
add("fu-04", "hr", "followup", "值班经理招聘要求是什么", "值班经理",
    [q(F1, "大专及以上"), q(F1, "2年以上影院一线管理经验")], [["大专"], ["2年以上"]],
    turns=[T("他手下管哪些人", "attribute", "值班经理", [q(F1, "票务员、影厅服务员、场务员")], [["票务员"], ["影厅服务员"], ["场务员"]], "subordinates"),
           T("工资多少", "attribute", "值班经理", [q(F4, "7000-9000")], [["7000"], ["9000"]], "pay")])
add("fu-05", "new_hire", "followup", "市场营销专员负责哪些事情", "市场营销专员",
    [L(F6, 43, 47)], [["营销活动"], ["团购"]],
    turns=[T("在哪上班", "attribute", "市场营销专员", [L(F6, 40)], [["杭州"], ["滨江"]], "location"),
           T("学历有要求吗", "attribute", "市场营销专员", [L(F6, 51)], [["本科"], ["及以上"]], "education")])
add("fu-06", "manager", "followup", "会员运营这个岗位考核什么指标", "会员运营专员",
    [q(F3, "会员复购率"), q(F3, "会员储值金额")], [["会员复购率"], ["会员储值金额"]],
    turns=[T("复购率目标多少", "kpi", "会员运营专员", [q(F3, "≥35%"), q(F3, "会员复购率")], [["35%"], ["复购率"]]),
           T("这个岗位归哪个部门", "attribute", "会员运营专员", [L(F8, 18), L(F8, 9)], [["会员中心"], ["市场部"]], "department")])
add("fu-07", "new_hire", "followup", "工程维修的同事平时都负责哪些", "工程维修技术员",
    [q(F2, "一是负责影院中央空调、照明、座椅"), q(F2, "二是按计划巡检配电房"), L(F5, 4)], [["空调"], ["配电房"]],
    turns=[T("需要持什么证", "attribute", "工程维修技术员", [q(F2, "必须持有低压电工作业证"), L(F5, 4)], [["低压电工作业证"], ["特种作业操作证"]], "certificate"),
           OT("那IMAX放映技师呢？他的职责是什么")])
add("fu-08", "new_hire", "followup", "票务员每天都做些啥", "票务员",
    [q(F1, "负责现场售票、取票及退改签办理"), q(F1, "交接班时核对票款，打印日结报表"), L(F5, 5)], [["售票"], ["日结报表"]],
    turns=[T("第3条具体说说", "duty", "票务员", [q(F1, "交接班时核对票款，打印日结报表"), L(F9, 13, 16)], [["核对票款"], ["日结报表"]]),
           T("换成影厅服务员呢", "duty", "影厅服务员", [q(F1, "检票并引导顾客入场、就座"), q(F1, "影片放映中巡场，每场不少于2次"), L(F5, 6)], [["检票"], ["巡场"]])])

# ---------------- out_of_scope (7)
for i, (p, qq) in enumerate([
        ("new_hire", "IMAX放映技师的岗位职责是什么"),
        ("manager", "激光光源维护规程具体步骤是什么"),
        ("hr", "场务员需要考什么证书"),
        ("new_hire", "帮我用python写个爬虫抓猫眼的票房数据"),
        ("hr", "通宵场加班，按劳动法应该付几倍工资？"),
        ("new_hire", "我们影城出纳岗位的职责有哪些"),
        ("hr", "卖品仓管员要干什么活")], start=1):
    add(f"oos-{i:02d}", p, "out_of_scope", qq, None, [], [])

if __name__ == "__main__":
    out = Path(__file__).with_name("set.jsonl")
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    from collections import Counter
    print(len(items), Counter(it["intent"] for it in items))
    sys.path.insert(0, "/tmp/r41code/evals/sets")
    import validate
    corpus = validate.Corpus(Path("/tmp/t41cinema/corpus"))
    ch = validate.Checker()
    loaded = validate.load(out, ch)
    for it in loaded:
        ch.item(it, corpus)
    errs = [v for k, v in vars(ch).items() if isinstance(v, list)]
    print("checker state:", {k: (len(v) if isinstance(v, list) else v) for k, v in vars(ch).items()})
    for v in errs:
        for e in v:
            print("  ", e)
