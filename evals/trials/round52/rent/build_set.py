"""Builds set.jsonl for round 52 'rent' and checks it against the corpus (validate.Doc / validate.Item)."""
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r52code/evals/sets")
import validate as v  # noqa: E402

C = Path("/tmp/t52rent/corpus")
F1 = "rt01_门店岗位说明书.docx"
F2 = "rt02_风控与理赔部工作手册.docx"
F3 = "rt03_2025年度KPI分解表.xlsx"
F4 = "rt04_岗位编制与任职条件.xlsx"
F5 = "rt05_招聘需求导出.csv"
F6 = "rt06_加入驰途.html"
F7 = "rt07_理赔与事故处理管理办法.pdf"
F8 = "rt08_车辆技术部新员工手册.txt"
F9 = "rt09_调度中心岗位调整通知.txt"


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b or a}


def K(*groups):
    return [list(g) if isinstance(g, (list, tuple)) else [g] for g in groups]


items = []


def add(id_, persona, intent, question, role, evidence, key_points, attribute=None, turns=None, tool=None):
    items.append(dict(id=id_, persona=persona, intent=intent, question=question, role=role, attribute=attribute,
                      evidence=evidence, key_points=key_points, expect_refusal=(intent == "out_of_scope"),
                      turns=turns, tool=tool))


def T(question, intent, role, evidence, key_points, attribute=None):
    d = dict(question=question, intent=intent, role=role, evidence=evidence, key_points=key_points)
    if attribute:
        d["attribute"] = attribute
    return d


P = "r52rent"
# ------------------------------------------------------------------ duty (14)
add(f"{P}-duty-01", "new_hire", "duty", "我是新来的取还车专员，每天上班主要干啥？", "取还车专员",
    [Q(F1, "核验客户身份证、驾驶证及信用授权"), Q(F1, "与客户共同验车并拍照留档"), Q(F1, "办理取车、还车手续，结算油费或电量差额"),
     Q(F1, "交接班时核对钥匙与车辆台账")],
    K(["身份证", "驾驶证"], ["验车", "拍照"], ["结算油费", "电量差额", "办理取车"], ["钥匙"]))
add(f"{P}-duty-02", "hr", "duty", "门店店长每周要做哪些固定工作", "门店店长",
    [Q(F1, "审核门店周营收与车辆出租率报表"), Q(F1, "组织一次门店车辆盘点"), Q(F1, "排定下周人员班表")],
    K(["周营收", "出租率报表"], ["盘点"], ["班表"]))
add(f"{P}-duty-03", "new_hire", "duty", "整备员收车以后要检查哪些东西", "车辆整备员",
    [Q(F1, "检查胎压、油液、灯光和玻璃水")],
    K(["胎压"], ["油液"], ["灯光"], ["玻璃水"]))
add(f"{P}-duty-04", "manager", "duty", "风控审核岗的主要职责有哪些", "风控审核专员",
    [Q(F2, "征信信息，判定免押金资格"), Q(F2, "对高风险订单发起拦截"), Q(F2, "维护客户黑名单库，每季度更新风险规则"),
     Q(F2, "跟踪逾期未还车辆"), Q(F2, "每月输出风控审核分析报告")],
    K(["免押金", "征信"], ["虚假证件", "套牌", "盗抢"], ["黑名单"], ["逾期"], ["分析报告"]))
add(f"{P}-duty-05", "new_hire", "duty", "理赔专员平时负责哪些事", "理赔专员",
    [Q(F2, "接收门店出险报案"), Q(F2, "向保险公司报案，跟进查勘、定损全过程"), Q(F2, "等费用并出具理赔结算单"),
     Q(F2, "向客户追收应付费用"), Q(F2, "整理理赔档案，按月统计各门店出险率"),
     Q(F7, "接到门店或代驾司机报案后30分钟内响应"), Q(F7, "出险后24小时内向保险公司报案并预约查勘"),
     Q(F7, "依据定损结果核算客户承担金额"), Q(F7, "理赔案件结案后7个工作日内完成归档")],
    K(["报案"], ["保险公司"], ["理赔结算单"], ["追收", "归档", "理赔档案"]))
add(f"{P}-duty-06", "hr", "duty", "调度员岗位职责是什么", "车辆调度员",
    [L(F6, 17, 21), Q(F7, "安排救援车辆或替换车"), Q(F7, "将事故车辆调往维修中心")],
    K(["调拨计划"], ["GPS", "异地还车"], ["代驾司机"], ["周转率"]))
add(f"{P}-duty-07", "new_hire", "duty", "代价司机要做什么工作", "代驾司机",
    [L(F5, 3), L(F9, 16, 19), L(F6, 36)],
    K(["送车上门", "上门取车"], ["验车", "交接单"], ["行车日志"], ["发生事故", "报告调度员"]))
add(f"{P}-duty-08", "manager", "duty", "维修技师的工作内容", "维修技师",
    [L(F8, 21, 25), L(F5, 4), Q(F7, "维修技师应在车辆进厂后48小时内出具维修方案与报价")],
    K(["保养"], ["诊断", "故障维修"], ["维修方案与报价"], ["三电系统"]))
add(f"{P}-duty-09", "hr", "duty", "大客户经理负责什么", "企业客户经理",
    [L(F5, 5)],
    K(["长租", "班车", "商务用车"], ["框架合同"], ["续约"], ["回款"]))
add(f"{P}-duty-10", "new_hire", "duty", "客服坐席日常工作有哪些", "客服坐席",
    [L(F5, 6), L(F6, 48, 50)],
    K(["400热线"], ["改单", "续租", "退订"], ["投诉工单"], ["回访"]))
add(f"{P}-duty-11", "hr", "duty", "店长每个月要干嘛，不定期的也算", "门店店长",
    [Q(F1, "完成区域下达的门店月度经营目标"), Q(F1, "组织新员工带教与上岗考核"), Q(F1, "配合总部开展节假日促销活动"),
     Q(F1, "牵头处理重大车损纠纷")],
    K(["月度经营目标"], ["带教"], ["促销"], ["车损纠纷"]))
add(f"{P}-duty-12", "new_hire", "duty", "车出了事故调度这边要做啥", "车辆调度员",
    [Q(F7, "安排救援车辆或替换车"), Q(F7, "将事故车辆调往维修中心"), L(F6, 20)],
    K(["救援"], ["替换车", "维修中心"], ["锁定车辆状态", "理赔专员"]))
add(f"{P}-duty-13", "manager", "duty", "理赔专员出险后多久要向保险公司报案", "理赔专员",
    [Q(F7, "出险后24小时内向保险公司报案并预约查勘")],
    K(["24小时"], ["保险公司"]))
add(f"{P}-duty-14", "new_hire", "duty", "车辆整备员每周要做的事有哪些", "车辆整备员",
    [Q(F1, "对7天以上未出租车辆进行启动和挪车"), Q(F1, "保养高压水枪、吸尘器等整备工具")],
    K(["挪车", "启动"], ["整备工具", "高压水枪", "吸尘器"]))
# ------------------------------------------------------------------ qualification (10)
add(f"{P}-qual-01", "hr", "qualification", "门店店长招人有什么要求", "门店店长",
    [Q(F1, "硬性：大专及以上学历；3年以上租车或汽车服务门店管理经验"), Q(F1, "优先：有连锁门店管理经验者"), Q(F4, "3年以上门店管理经验")],
    K(["大专"], ["3年以上"], ["C1"]))
add(f"{P}-qual-02", "new_hire", "qualification", "做取还车要啥条件，我高中毕业可以吗", "取还车专员",
    [Q(F1, "硬性：高中或中专及以上学历；持C1驾驶证且驾龄满2年"), Q(F1, "优先：1年以上酒店、航空地服等服务业经验"),
     Q(F4, "高中/中专及以上"), Q(F4, "驾龄满2年")],
    K(["高中"], ["驾龄满2年"], ["C1"]))
add(f"{P}-qual-03", "hr", "qualification", "风控审核专员任职资格", "风控审核专员",
    [Q(F2, "本科及以上，金融、法学、统计学相关专业"), Q(F2, "2年以上信贷或融资租赁风控审核经验"), Q(F2, "持有反欺诈相关认证者优先")],
    K(["本科"], ["金融", "法学", "统计"], ["2年以上"]))
add(f"{P}-qual-04", "manager", "qualification", "理赔专员需要什么背景的人", "理赔专员",
    [Q(F2, "要求大专及以上学历，保险、汽车相关专业")],
    K(["大专"], ["车险理赔", "定损"], ["鉴定评估师"]))
add(f"{P}-qual-05", "hr", "qualification", "维修技师的任职要求", "维修技师",
    [L(F8, 32, 35), L(F5, 4), Q(F4, "中专/技校及以上"), Q(F4, "3年以上4S店或连锁维修厂经验"), Q(F4, "汽车维修工（中级及以上）")],
    K(["中专", "技校"], ["3年以上"], ["汽车维修工"], ["低压电工"]))
add(f"{P}-qual-06", "hr", "qualification", "调度员这个岗位招人看什么条件", "车辆调度员",
    [L(F6, 25, 28), Q(F4, "物流管理、交通运输"), Q(F4, "1年以上车队调度经验")],
    K(["大专"], ["物流管理", "交通运输"], ["1年以上"], ["C1"]))
add(f"{P}-qual-07", "new_hire", "qualification", "企业客户经理岗位要求是什么样的", "企业客户经理",
    [L(F5, 5), Q(F4, "本科及以上"), Q(F4, "市场营销、工商管理"), Q(F4, "3年以上B端销售经验")],
    K(["本科"], ["市场营销", "工商管理"], ["3年以上B端"]))
add(f"{P}-qual-08", "hr", "qualification", "招客服需要满足哪些条件", "客服坐席",
    [L(F5, 6), L(F6, 54, 56), Q(F4, "普通话二级乙等及以上"), Q(F4, "有呼叫中心经验优先")],
    K(["大专"], ["普通话二级乙等"], ["打字", "呼叫中心"]))
add(f"{P}-qual-09", "new_hire", "qualification", "车辆整备员要什么条件？没干过洗车能做吗", "车辆整备员",
    [Q(F1, "硬性：初中及以上学历；持C1驾驶证"), Q(F1, "优先：有洗车或汽车美容工作经验者"), Q(F4, "初中及以上")],
    K(["初中"], ["C1"], ["洗车", "汽车美容"]))
add(f"{P}-qual-10", "manager", "qualification", "代驾要招什么样的人", "代驾司机",
    [L(F5, 3), L(F6, 39, 40), Q(F4, "不限（高中优先）"), Q(F4, "驾龄5年以上，无重大事故")],
    K(["驾龄5年以上"], ["重大交通事故", "重大事故"], ["C1", "服务意识"]))
# ------------------------------------------------------------------ attribute (10)
add(f"{P}-attr-01", "new_hire", "attribute", "调度员现在归谁管", "车辆调度员",
    [L(F9, 10, 11)], K(["区域运营经理"]), attribute="reports_to")
add(f"{P}-attr-02", "hr", "attribute", "取还车专员工资多少", "取还车专员",
    [Q(F1, "5000-7000元/月"), Q(F4, "5000-7000")], K(["5000-7000"]), attribute="pay")
add(f"{P}-attr-03", "new_hire", "attribute", "维修技师在哪上班", "维修技师",
    [L(F8, 15), L(F5, 4), Q(F4, "杭州萧山维修中心")], K(["萧山维修中心"]), attribute="location")
add(f"{P}-attr-04", "hr", "attribute", "客服坐席要考什么证书吗", "客服坐席",
    [Q(F4, "普通话二级乙等及以上"), L(F5, 6), L(F6, 55)], K(["普通话二级乙等"]), attribute="certificate")
add(f"{P}-attr-05", "new_hire", "attribute", "店长手下管哪些岗位", "门店店长",
    [Q(F1, "取还车专员、车辆整备员"), Q(F4, "取还车专员、车辆整备员")], K(["取还车专员"], ["车辆整备员"]),
    attribute="subordinates")
add(f"{P}-attr-06", "hr", "attribute", "风控审核专员学历要求", "风控审核专员",
    [Q(F2, "本科及以上，金融、法学、统计学相关专业")], K(["本科"]), attribute="education")
add(f"{P}-attr-07", "new_hire", "attribute", "取还车上晚班有补贴吗，给多少", "取还车专员",
    [Q(F1, "夜班补贴：晚班人员每晚另发夜班补贴50元"), Q(F1, "自2025年3月1日起取还车专员夜班补贴由每晚30元调整为每晚50元")],
    K(["50元"]), attribute="benefits")
add(f"{P}-attr-08", "manager", "attribute", "企业客户经理属于哪个部门", "企业客户经理",
    [L(F5, 5), Q(F4, "■ 大客户部")], K(["大客户部"]), attribute="department")
add(f"{P}-attr-09", "hr", "attribute", "理赔专员要几年经验", "理赔专员",
    [Q(F2, "2年以上车险理赔或定损经验")], K(["2年"]), attribute="experience")
add(f"{P}-attr-10", "new_hire", "attribute", "企业客户经理要什么专业的", "企业客户经理",
    [L(F5, 5), Q(F4, "市场营销、工商管理")], K(["市场营销"], ["工商管理"]), attribute="major")
# ------------------------------------------------------------------ kpi (5)
add(f"{P}-kpi-01", "manager", "kpi", "取还车专员的KPI指标有哪些", "取还车专员",
    [Q(F3, "验车照片合规率"), Q(F3, "单据差错数"), Q(F3, "≤15分钟/单")],
    K(["验车照片合规率"], ["单据差错数"], ["15分钟"]))
add(f"{P}-kpi-02", "hr", "kpi", "客服坐席怎么考核，各项权重多少", "客服坐席",
    [Q(F3, "电话接通率"), Q(F3, "一次解决率"), Q(F3, "质检合格率"), Q(F3, "坐席满意度"), Q(F3, "平均处理时长")],
    K(["电话接通率", "接通率"], ["一次解决率"], ["质检合格率"], ["坐席满意度"]))
add(f"{P}-kpi-03", "manager", "kpi", "风控审核专员考核指标和目标值", "风控审核专员",
    [Q(F7, "订单提交后30分钟内完成审核"), Q(F7, "事后确认欺诈订单÷通过订单"), Q(F7, "逾期72小时内回收车辆比例"), Q(F7, "申诉改判订单÷拒绝订单"), Q(F7, "风险事件后24小时内入库")],
    K(["审核时效达标率"], ["欺诈订单漏检率"], ["逾期车辆回收率"], ["误拒率"], ["黑名单更新及时率"]))
add(f"{P}-kpi-04", "hr", "kpi", "企业客户经理新签合同额目标是多少", "企业客户经理",
    [Q(F3, "≥300万元/季")], K(["300万"]))
add(f"{P}-kpi-05", "manager", "kpi", "门店运营部这个部门的KPI是啥", None,
    [Q(F3, "门店营收目标达成率"), Q(F3, "门店服务投诉率")], K(["门店营收目标达成率"], ["门店服务投诉率"]))
# ------------------------------------------------------------------ jd (3)
add(f"{P}-jd-01", "hr", "jd", "帮我写一份车辆整备员的JD", "车辆整备员",
    [Q(F1, "检查胎压、油液、灯光和玻璃水"), Q(F1, "整备完成后在系统中将车辆状态置为“可租”"), Q(F1, "对7天以上未出租车辆进行启动和挪车")],
    K(["胎压"], ["可租"], ["挪车"]),
    tool=dict(kind="jd", role="车辆整备员", must_cite_files=[F1], expect_sections=["duties", "qualifications"]))
add(f"{P}-jd-02", "manager", "jd", "起草一个风控审核专员的岗位说明书", "风控审核专员",
    [Q(F2, "征信信息，判定免押金资格"), Q(F2, "维护客户黑名单库，每季度更新风险规则"), Q(F2, "识别虚假证件、盗抢和套牌风险")],
    K(["免押金"], ["黑名单"], ["套牌", "虚假证件"]),
    tool=dict(kind="jd", role="风控审核专员", must_cite_files=[F2], expect_sections=["duties", "qualifications"]))
add(f"{P}-jd-03", "hr", "jd", "出一份维修技师JD", "维修技师",
    [L(F8, 21, 25)], K(["三电系统"], ["维修方案与报价"], ["保养"]),
    tool=dict(kind="jd", role="维修技师", must_cite_files=[F8], expect_sections=["duties", "qualifications"]))
# ------------------------------------------------------------------ kpi_design (3)
add(f"{P}-kd-01", "manager", "kpi_design", "给取还车专员设计几个KPI", "取还车专员",
    [Q(F3, "验车照片合规率"), Q(F3, "单据差错数")], K(["验车照片合规率"], ["单据差错数"]),
    tool=dict(kind="kpi_design", role="取还车专员", count=None, must_cite_files=[F3],
              expected_indicators=["验车照片合规率", "单据差错数"]))
add(f"{P}-kd-02", "hr", "kpi_design", "帮客服中心的坐席设计5个考核指标", "客服坐席",
    [Q(F3, "电话接通率"), Q(F3, "一次解决率"), Q(F3, "质检合格率"), Q(F3, "坐席满意度")],
    K(["电话接通率"], ["一次解决率"], ["质检合格率"], ["坐席满意度"]),
    tool=dict(kind="kpi_design", role="客服坐席", count=5, must_cite_files=[F3],
              expected_indicators=["电话接通率", "一次解决率", "质检合格率", "坐席满意度"]))
add(f"{P}-kd-03", "manager", "kpi_design", "门店店长的KPI怎么设计比较好", "门店店长",
    [Q(F3, "门店营收达成率"), Q(F3, "车辆出租率"), Q(F3, "车损率"), Q(F3, "员工流失率")],
    K(["门店营收达成率"], ["车辆出租率"], ["车损率"], ["员工流失率"]),
    tool=dict(kind="kpi_design", role="门店店长", count=None, must_cite_files=[F3],
              expected_indicators=["门店营收达成率", "车辆出租率", "车损率", "员工流失率"]))
# ------------------------------------------------------------------ followup (8)
add(f"{P}-fu-01", "new_hire", "followup", "我下周去机场店做取还车，岗位职责是啥", "取还车专员",
    [Q(F1, "核验客户身份证、驾驶证及信用授权"), Q(F1, "与客户共同验车并拍照留档"), Q(F1, "办理取车、还车手续，结算油费或电量差额")],
    K(["身份证", "驾驶证"], ["验车", "拍照"], ["结算"]),
    turns=[T("那任职要求呢", "qualification", "取还车专员",
             [Q(F1, "硬性：高中或中专及以上学历；持C1驾驶证且驾龄满2年"), Q(F4, "驾龄满2年")], K(["高中", "中专"], ["驾龄满2年"])),
           T("验车拍照那条，要拍几张？", "duty", "取还车专员",
             [Q(F1, "与客户共同验车并拍照留档")], K(["12张"]))])
add(f"{P}-fu-02", "hr", "followup", "风控审核专员是干什么的", "风控审核专员",
    [Q(F2, "征信信息，判定免押金资格"), Q(F2, "维护客户黑名单库，每季度更新风险规则")], K(["免押金", "征信"], ["黑名单"]),
    turns=[T("学历要求呢", "attribute", "风控审核专员", [Q(F2, "本科及以上，金融、法学、统计学相关专业")], K(["本科"]),
             attribute="education"),
           T("换成理赔专员呢", "attribute", "理赔专员", [Q(F2, "要求大专及以上学历，保险、汽车相关专业")], K(["大专"]),
             attribute="education")])
add(f"{P}-fu-03", "new_hire", "followup", "维修技师要什么证书", "维修技师",
    [L(F8, 34), L(F5, 4), Q(F4, "汽车维修工（中级及以上）")], K(["汽车维修工"], ["低压电工"]), attribute="certificate",
    turns=[T("他上级是谁", "attribute", "维修技师", [L(F8, 14), Q(F4, "维修主管")], K(["维修主管"]), attribute="reports_to"),
           T("工资呢", "attribute", "维修技师", [L(F8, 17), L(F5, 4), Q(F4, "7000-11000")], K(["7000-11000"]),
             attribute="pay")])
add(f"{P}-fu-04", "manager", "followup", "客服坐席的KPI都有啥", "客服坐席",
    [Q(F3, "电话接通率"), Q(F3, "一次解决率"), Q(F3, "质检合格率")], K(["接通率"], ["一次解决率"], ["质检合格率"]),
    turns=[T("平均处理时长要求多少", "kpi", "客服坐席", [Q(F3, "≤240秒")], K(["240秒"])),
           T("那企业客户经理的考核指标呢", "kpi", "企业客户经理",
             [Q(F3, "新签合同额"), Q(F3, "企业客户续约率"), Q(F3, "回款及时率"), Q(F3, "新客户开发数")],
             K(["新签合同额"], ["续约率"], ["回款及时率"]))])
add(f"{P}-fu-05", "hr", "followup", "车辆调度员的岗位职责", "车辆调度员",
    [L(F6, 17, 21), Q(F7, "安排救援车辆或替换车")], K(["调拨计划"], ["异地还车", "GPS"], ["周转率"]),
    turns=[T("他的上级是谁", "attribute", "车辆调度员", [L(F9, 10, 11)], K(["区域运营经理"]), attribute="reports_to"),
           T("上夜班有补贴吗", "attribute", "车辆调度员", [L(F9, 14)], K(["60元"]), attribute="benefits")])
add(f"{P}-fu-06", "manager", "followup", "理赔专员的工作职责有哪些", "理赔专员",
    [Q(F2, "接收门店出险报案"), Q(F2, "向保险公司报案，跟进查勘、定损全过程"), Q(F7, "出险后24小时内向保险公司报案并预约查勘")],
    K(["报案"], ["保险公司"]),
    turns=[T("那考核指标呢", "out_of_scope", "理赔专员", [], []),
           T("换成风控审核专员呢", "kpi", "风控审核专员",
             [Q(F7, "订单提交后30分钟内完成审核"), Q(F7, "事后确认欺诈订单÷通过订单"), Q(F7, "逾期72小时内回收车辆比例")],
             K(["审核时效达标率"], ["欺诈订单漏检率"], ["逾期车辆回收率"]))])
add(f"{P}-fu-07", "hr", "followup", "代驾司机的任职要求", "代驾司机",
    [L(F5, 3), L(F6, 39, 40), Q(F4, "驾龄5年以上，无重大事故")], K(["驾龄5年以上"], ["重大交通事故", "重大事故"]),
    turns=[T("在哪上班", "attribute", "代驾司机", [L(F5, 3), L(F6, 34), Q(F4, "杭州市区")], K(["杭州市区"]),
             attribute="location"),
           T("工资怎么算的", "attribute", "代驾司机", [L(F5, 3), Q(F4, "4000底薪+每单提成")], K(["4000"], ["提成"]),
             attribute="pay")])
add(f"{P}-fu-08", "new_hire", "followup", "门店店长每天要做哪些事", "门店店长",
    [Q(F1, "主持班前早会，布置当日取还车任务"), Q(F1, "巡查门店车辆停放与场地秩序"), Q(F1, "处理升级到店长的客户投诉")],
    K(["早会"], ["巡查"], ["投诉"]),
    turns=[T("每周的呢", "duty", "门店店长",
             [Q(F1, "审核门店周营收与车辆出租率报表"), Q(F1, "组织一次门店车辆盘点"), Q(F1, "排定下周人员班表")],
             K(["周营收", "出租率报表"], ["盘点"], ["班表"])),
           T("那他向谁汇报", "attribute", "门店店长", [Q(F1, "区域运营经理")], K(["区域运营经理"]), attribute="reports_to")])
# ------------------------------------------------------------------ out_of_scope (7)
for n, (persona, q) in enumerate([
    ("hr", "新能源充电专员的岗位职责是什么"),
    ("new_hire", "二手车评估师负责哪些工作"),
    ("manager", "风控主管的职责有哪些"),
    ("new_hire", "租车的时候押金一般收多少"),
    ("hr", "员工社保公积金按什么比例交"),
    ("new_hire", "Excel的VLOOKUP函数怎么用"),
    ("manager", "区域运营经理的岗位职责"),
], start=1):
    add(f"{P}-oos-{n:02d}", persona, "out_of_scope", q, None, [], [])

# ------------------------------------------------------------------ checks
docs = {}


def doc(f):
    if f not in docs:
        docs[f] = v.Doc(C / f)
    return docs[f]


def ev_text(e):
    d = doc(e["file"])
    if "quote" in e:
        q = v.norm(e["quote"])
        hits = [u for u in d.norm_units if q in u]
        if len(hits) != 1:
            raise SystemExit(f"quote {e} hits {len(hits)}")
        if len(q) < 8 and q not in d.norm_units:
            raise SystemExit(f"short quote not whole unit {e}")
        return hits[0]
    lines = d.lines[e["line_start"] - 1:e["line_end"]]
    assert e["line_end"] <= len(d.lines), e
    return v.norm(re.sub(r"<[^>]+>", "", "\n".join(lines)))


def check(id_, evidence, kps):
    text = "".join(ev_text(e) for e in evidence)
    for g in kps:
        if not any(v.norm(p) in text for p in g):
            raise SystemExit(f"{id_}: key group {g} not in evidence")


for it in items:
    v.Item(**it)
    check(it["id"], it["evidence"], it["key_points"])
    for i, t in enumerate(it["turns"] or []):
        check(f"{it['id']}#{i}", t["evidence"], t["key_points"])
    if it["tool"]:
        for f in it["tool"]["must_cite_files"]:
            alltext = "".join(doc(f).norm_units or [v.norm(x) for x in doc(f).lines])
            for ind in it["tool"].get("expected_indicators") or []:
                assert v.norm(ind) in alltext, (it["id"], ind)
from collections import Counter  # noqa: E402

print(Counter(i["intent"] for i in items), len(items))
# duplicate check against earlier sets (read in code only, nothing printed but counts)
prev = set()
for p in list(Path("/tmp/r52code/evals").rglob("*.jsonl")):
    try:
        for ln in p.read_text(encoding="utf-8").splitlines():
            try:
                o = json.loads(ln)
            except Exception:
                continue
            if isinstance(o, dict):
                for k in ("question",):
                    if isinstance(o.get(k), str):
                        prev.add(v.norm(o[k]))
                for t in o.get("turns") or []:
                    if isinstance(t, dict) and isinstance(t.get("question"), str):
                        prev.add(v.norm(t["question"]))
    except Exception:
        pass
dups = [it["id"] for it in items if v.norm(it["question"]) in prev]
print("first-turn duplicates of earlier sets:", len(dups), dups)
with open(Path(__file__).with_name("set.jsonl"), "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print("ok")
