"""Builds set.jsonl for round 10 (cinema chain) and checks it with evals/sets/validate.py's Checker
and with gangwei's own gold loader/validator.

    .venv/bin/python evals/trials/round10/company/build_set.py [/tmp/t10/corpus]
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path.insert(0, str(ROOT / "evals" / "sets"))
import validate as V  # noqa: E402

F1 = "yc01_影院值班经理岗位说明书.docx"; F2 = "yc02_放映技术部岗位职责.docx"; F3 = "yc03_岗位说明书汇总.xlsx"
F4 = "yc04_绩效指标库.xlsx"; F5 = "yc05_组织架构图.txt"; F6 = "yc06_加入我们.html"
F7 = "yc07_2024社会招聘岗位.csv"; F8 = "yc08_市场营销部岗位职责.md"; F9 = "yc09_员工手册.txt"
F10 = "yc10_绩效考核管理办法.pdf"


def Q(f, q): return {"file": f, "quote": q}
def L(f, a, b=None): return {"file": f, "line_start": a, "line_end": b or a}


items = []


def item(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=id, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q): return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])


# ---------------------------------------------------------------- evidence
E_ZB_DUTY = [Q(F1, "主持班前会，传达当日排片"), Q(F1, "巡查影厅、大堂、卖品部和洗手间"), Q(F1, "监督每场次准点开场及散场清场"),
             Q(F1, "处理观众投诉及突发事件"), Q(F1, "负责当班票款、卖品营业款的核对和交接"), Q(F1, "组织当班消防安全检查"),
             Q(F1, "填写《值班经理日志》"), Q(F1, "协助影院经理做好员工排班")]
E_ZB_QUAL = [Q(F1, "大专及以上学历，专业不限"), Q(F1, "2年以上影院、酒店或零售门店现场管理经验"),
             Q(F1, "持有消防安全培训合格证者优先"), Q(F1, "沟通协调和应急处理能力强")]
E_FZ_DUTY = [Q(F2, "根据排片计划编排放映员班表"), Q(F2, "负责DCP数字影片拷贝的接收"), Q(F2, "每日首场开映前组织试机"),
             Q(F2, "处理黑屏、跑片、音画不同步"), Q(F2, "建立放映设备台账"), Q(F2, "负责放映员的技术培训和考核")]
E_FZ_QUAL = [Q(F2, "学历：中专及以上学历"), Q(F2, "专业：影视技术、电子信息"), Q(F2, "经验：3年以上数字影院放映工作经验"),
             Q(F2, "证书：持有电影放映员职业资格证书（高级工及以上）")]
E_FY_DUTY = [Q(F2, "准点开机放映，每场开映后5分钟内"), Q(F2, "负责映前广告、贴片和预告片的编排"), Q(F2, "负责放映室设备的日常清洁和点检"),
             Q(F2, "发现放映异常立即处理"), Q(F2, "做好影片拷贝、硬盘和KDM的登记"), Q(F2, "交接班时如实记录设备运行情况")]
E_GCS_DUTY = [Q(F2, "制定区域设备年度保养计划"), Q(F2, "接到影城报修后2小时内电话响应"), Q(F2, "负责新建影厅的设备安装调试和验收"),
              Q(F2, "管理设备备品备件库存"), Q(F2, "每半年检测一次各影厅声压级"), Q(F2, "指导放映主管开展设备日常维护"),
              Q(F2, "配合商场物业完成消防、强弱电系统")]
E_FY_REST = [Q(F2, "按放映计划完成每日影片放映"), Q(F2, "学历：高中或中专及以上学历"), Q(F2, "专业：不限，电子、电工类专业优先"),
              Q(F2, "经验：有影院放映经验者优先"), Q(F2, "证书：持有电影放映员职业资格证书，或入职后一年内取得")]
E_MP_REST = [Q(F3, "2年以上餐饮或零售门店管理经验"), Q(F3, "影城经理（店长）"), Q(F3, "下属岗位：卖品员")]
E_YJ_DUTY = [Q(F3, "全面负责影城经营管理，完成公司下达的票房")]
E_MP_DUTY = [Q(F3, "负责卖品部（爆米花、饮料、电影衍生品）")]
E_CW_DUTY = [Q(F3, "负责检票，引导观众入场就座")]
E_KF_DUTY = [Q(F3, "接听400客服热线，解答购票")]
E_HY_KPI = [Q(F4, "会员储值金额达成率"), Q(F4, "会员活跃率"), Q(F4, "会员复购率"), Q(F4, "会员投诉率")]
E_TX_KPI = [Q(F4, "团体票销售额达成率"), Q(F4, "新签企业客户数"), Q(F4, "回款及时率"), Q(F4, "客户续约率")]
E_MP_KPI = [Q(F4, "卖品收入达成率"), Q(F4, "人均卖品消费（SPP）"), Q(F4, "食品安全检查合格率"), Q(F4, "库存损耗率"),
            Q(F4, "卖品顾客满意度")]
E_GCS_KPI = [Q(F4, "报修响应及时率"), Q(F4, "设备完好率"), Q(F4, "预防性维护计划完成率"), Q(F4, "影城满意度评分"),
             Q(F4, "备件库存准确率")]
E_YJ_KPI = [Q(F10, "票房收入达成率　30%"), Q(F10, "卖品收入达成率　20%"), Q(F10, "平均上座率　15%"),
            Q(F10, "神秘顾客得分　15%"), Q(F10, "人工成本率　10%"), Q(F10, "安全责任事故　10%")]
E_ZB_KPI = [Q(F10, "准点开映率　25%"), Q(F10, "客诉处理及时率　20%"), Q(F10, "影厅清洁抽检合格率　20%"),
            Q(F10, "安全巡查完成率　20%"), Q(F10, "当班营业款差异　15%")]

# ---------------------------------------------------------------- duty
item("r10c-duty-01", "new_hire", "duty", "值班经理一个班下来主要要做哪些事？", "影院值班经理", E_ZB_DUTY,
     [["班前会"], ["巡查"], ["投诉"], ["值班经理日志", "日志"]])
item("r10c-duty-02", "new_hire", "duty", "放映员每天都干些啥", "放映员", E_FY_DUTY,
     [["准点开机"], ["贴片", "预告片", "映前广告"], ["点检"], ["KDM", "拷贝"]])
item("r10c-duty-03", "manager", "duty", "设备工程师的工作职责有哪些", "影院设备工程师", E_GCS_DUTY,
     [["保养计划", "预防性维护"], ["2小时"], ["备品备件"], ["声压级"]])
item("r10c-duty-04", "hr", "duty", "卖品主管日常负责哪些工作？", "卖品部主管", E_MP_DUTY,
     [["套餐"], ["先进先出", "盘点"], ["食品"], ["POS"]])
item("r10c-duty-05", "new_hire", "duty", "影厅场务是做什么的", "影厅场务员", E_CW_DUTY,
     [["检票"], ["巡场"], ["3D眼镜"], ["清洁"]])
item("r10c-duty-06", "new_hire", "duty", "票务员上班主要做什么？", "票务员", [L(F7, 10, 15)],
     [["售票"], ["会员卡"], ["票款"], ["日报表"]])
item("r10c-duty-07", "hr", "duty", "新媒体运营这个岗位的职责是什么", "新媒体运营专员", [L(F6, 39, 43)],
     [["抖音"], ["短视频"], ["数据报告"]])
item("r10c-duty-08", "manager", "duty", "团销经理具体负责啥", "团体销售经理", [L(F8, 8)],
     [["团体客户"], ["回访"], ["回款"], ["包场"]])
item("r10c-duty-09", "hr", "duty", "影城会计要干哪些活", "影城会计", [L(F7, 2, 6)],
     [["对账"], ["专项资金"], ["分账"], ["损益表"]])

# ---------------------------------------------------------------- qualification
item("r10c-qual-01", "hr", "qualification", "招放映主管要满足什么条件？", "放映主管", E_FZ_QUAL,
     [["中专"], ["3年以上"], ["放映员职业资格证书"]])
item("r10c-qual-02", "hr", "qualification", "会员运营招人有啥要求", "会员运营专员", [L(F6, 26, 29)],
     [["本科"], ["2年以上"], ["SQL", "数据透视表"]])
item("r10c-qual-03", "new_hire", "qualification", "想应聘客服专员，需要什么条件", "客服专员", [Q(F3, "1年以上呼叫中心或客服工作经验")],
     [["大专"], ["呼叫中心"], ["50字"]])
item("r10c-qual-04", "manager", "qualification", "营销策划主管需要什么背景的人", "营销策划主管", [L(F8, 7)],
     [["本科"], ["4年以上"], ["团队管理"]])
item("r10c-qual-05", "hr", "qualification", "影院值班经理的任职资格是什么", "影院值班经理", E_ZB_QUAL,
     [["大专"], ["2年以上"], ["消防安全培训合格证"]])
item("r10c-qual-06", "new_hire", "qualification", "管培生招什么样的人", "储备值班经理（管理培训生）", [L(F6, 66, 68)],
     [["本科毕业生"], ["学生会", "社团"], ["宁波"]])

# ---------------------------------------------------------------- attribute
item("r10c-attr-01", "new_hire", "attribute", "放映员归谁管？", "放映员", [Q(F2, "直接上级：放映主管"), L(F5, 11)],
     [["放映主管"], ["直接上级", "上级", "汇报"]], attribute="reports_to")
item("r10c-attr-02", "manager", "attribute", "值班经理手下带哪几个人", "影院值班经理",
     [Q(F1, "场务领班、票务领班、卖品领班"), L(F5, 7, 10)], [["场务领班"], ["票务领班"], ["卖品领班"]], attribute="subordinates")
item("r10c-attr-03", "hr", "attribute", "影院经理向谁汇报", "影院经理", [Q(F3, "区域运营总监"), L(F5, 5, 6)],
     [["区域运营总监"], ["影院经理"]], attribute="reports_to")
item("r10c-attr-04", "hr", "attribute", "设备工程师得有什么证", "影院设备工程师", [Q(F2, "证书：持有低压电工作业证")],
     [["低压电工作业证"], ["特种作业操作证"]], attribute="certificate")
item("r10c-attr-05", "new_hire", "attribute", "值班经理一个月能拿多少钱", "影院值班经理", [Q(F1, "月薪6500-8500元，另有月度绩效奖金")],
     [["6500-8500"], ["绩效奖金"]], attribute="pay")
item("r10c-attr-06", "hr", "attribute", "团体销售经理的薪酬怎么构成", "团体销售经理", [L(F8, 13)],
     [["底薪6000"], ["2%提成", "2%"]], attribute="pay")
item("r10c-attr-07", "new_hire", "attribute", "客服专员在哪上班，上几休几？", "客服专员", [Q(F3, "工作地点：杭州总部；排班制，做五休二")],
     [["杭州总部"], ["做五休二"]], attribute="location")
item("r10c-attr-08", "new_hire", "attribute", "放映员对专业有要求没", "放映员", [Q(F2, "专业：不限，电子、电工类专业优先")],
     [["不限"], ["电子", "电工"]], attribute="major")
item("r10c-attr-09", "hr", "attribute", "会员运营专员是哪个部门的，在哪办公？", "会员运营专员", [L(F6, 14), L(F5, 15, 18)],
     [["市场营销部"], ["杭州"]], attribute="department")
item("r10c-attr-10", "new_hire", "attribute", "票务员要什么学历", "票务员", [L(F7, 10, 15)],
     [["高中"], ["中专"]], attribute="education")
item("r10c-attr-11", "new_hire", "attribute", "场务兼职的话时薪多少？全职呢", "影厅场务员", [Q(F3, "兼职时薪20元，全职月薪4000-4500元")],
     [["20元"], ["4000-4500"]], attribute="pay")

# ---------------------------------------------------------------- handbook (method / benefits)
item("r10c-hb-01", "new_hire", "attribute", "我工作满3年了，年假有几天？", None, [L(F9, 22)], [["5天"], ["不满10年", "满1年"]], attribute="benefits")
item("r10c-hb-02", "new_hire", "method", "签三年合同的话试用期多长", None, [L(F9, 10)], [["六个月", "6个月"], ["三年以上"]])
item("r10c-hb-03", "new_hire", "method", "国庆节当天上班加班费怎么算", None, [L(F9, 30)], [["300%"], ["日工资"]])
item("r10c-hb-04", "hr", "method", "报销单最晚多久要交，过期了怎么办", None, [L(F9, 34)], [["30天"], ["不予报销"]])
item("r10c-hb-05", "manager", "method", "3000块的费用报销要谁审批", None, [L(F9, 35)], [["财务经理"], ["部门负责人"]])
item("r10c-hb-06", "new_hire", "attribute", "员工看电影有福利吗", None, [L(F9, 41)], [["4张"], ["观影券"]], attribute="benefits")

# ---------------------------------------------------------------- kpi / method (assessment)
item("r10c-kpi-01", "manager", "kpi", "影院经理考核哪些指标？", "影院经理", E_YJ_KPI,
     [["票房收入达成率"], ["卖品收入达成率"], ["上座率"], ["神秘顾客"]])
item("r10c-kpi-02", "manager", "kpi", "值班经理的KPI权重最大的是哪个", "影院值班经理", E_ZB_KPI,
     [["准点开映率"], ["25%"]])
item("r10c-kpi-03", "manager", "kpi", "放映事故率的目标是多少，怎么算", "放映主管", [Q(F4, "≤0.1%"), Q(F4, "放映事故场次/总放映场次×100%")],
     [["0.1%"], ["放映事故场次"]])
item("r10c-kpi-04", "hr", "kpi", "团体销售经理有哪些考核指标", "团体销售经理", E_TX_KPI,
     [["团体票销售额达成率"], ["新签企业客户数"], ["回款及时率"], ["客户续约率"]])
item("r10c-kpi-05", "manager", "kpi", "店里的平均上座率是怎么算的", "影院经理", [Q(F10, "平均上座率　15%　≥18%")],
     [["观影人次"], ["座位数"]])
item("r10c-kpi-06", "hr", "kpi", "设备工程师的报修响应及时率数据从哪来", "影院设备工程师",
     [Q(F4, "报修工单系统"), Q(F4, "2小时内响应的报修单数/报修单总数×100%")], [["报修工单系统"], ["2小时内"]])
item("r10c-kpi-07", "manager", "kpi", "会员运营专员的KPI是哪些", "会员运营专员", E_HY_KPI,
     [["会员储值金额达成率"], ["会员活跃率"], ["会员复购率"], ["会员投诉率"]])
item("r10c-kpi-08", "manager", "kpi", "卖品部主管的KPI里哪个权重最大", "卖品部主管", E_MP_KPI + [Q(F4, "实际卖品收入/目标卖品收入×100%")],
     [["卖品收入达成率"], ["实际卖品收入"]])
item("r10c-meth-01", "manager", "method", "绩效考核的ABCD等级是怎么划分的", None, [Q(F10, "考核得分95分及以上为A")],
     [["95分"], ["70分以下"]])

# ---------------------------------------------------------------- drafting
item("r10c-jd-01", "hr", "jd", "帮我起草一份放映员的岗位说明书", "放映员", E_FY_DUTY + E_FY_REST, [["点检"], ["KDM", "拷贝"]],
     tool={"kind": "jd", "role": "放映员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
item("r10c-jd-02", "hr", "jd", "给卖品部主管写个JD", "卖品部主管", E_MP_DUTY + E_MP_REST + E_MP_KPI, [["套餐"], ["先进先出", "盘点"]],
     tool={"kind": "jd", "role": "卖品部主管", "must_cite_files": [F3], "expect_sections": ["duties", "qualifications"]})
item("r10c-kd-01", "manager", "kpi_design", "给团体销售经理设计一套KPI", "团体销售经理", E_TX_KPI[:1] + E_TX_KPI[2:],
     [["团体票销售额达成率"], ["回款及时率"], ["客户续约率"]],
     tool={"kind": "kpi_design", "role": "团体销售经理", "count": None, "must_cite_files": [F4],
           "expected_indicators": ["团体票销售额达成率", "回款及时率", "客户续约率"]})
item("r10c-kd-02", "manager", "kpi_design", "帮值班经理设计5个月度考核指标", "影院值班经理",
     [Q(F10, "准点开映率　25%"), Q(F10, "客诉处理及时率　20%"), Q(F10, "安全巡查完成率　20%")],
     [["准点开映率"], ["客诉处理及时率"], ["安全巡查完成率"]],
     tool={"kind": "kpi_design", "role": "影院值班经理", "count": 5, "must_cite_files": [F10],
           "expected_indicators": ["准点开映率", "客诉处理及时率", "安全巡查完成率"]})

# ---------------------------------------------------------------- follow-ups
item("r10c-fu-01", "new_hire", "followup", "值班经理主要负责什么", "影院值班经理", E_ZB_DUTY, [["班前会"], ["巡查"]], turns=[
    T("第五条具体说说", "duty", "影院值班经理", [Q(F1, "负责当班票款、卖品营业款的核对和交接")], [["50元"], ["书面说明"]]),
    T("他的上级是谁", "attribute", "影院值班经理", [Q(F1, "影院经理（店长）"), L(F5, 6, 7)], [["影院经理"], ["店长", "值班经理"]], "reports_to"),
    T("要什么学历", "attribute", "影院值班经理", [Q(F1, "大专及以上学历，专业不限")], [["大专"], ["专业不限"]], "education")])
item("r10c-fu-02", "hr", "followup", "放映主管负责哪些工作", "放映主管", E_FZ_DUTY, [["班表"], ["试机"], ["放映事故"]], turns=[
    T("那放映员呢", "duty", "放映员", E_FY_DUTY, [["准点开机"], ["点检"]]),
    T("放映员要持证吗", "attribute", "放映员", [Q(F2, "证书：持有电影放映员职业资格证书，或入职后一年内取得")],
      [["电影放映员职业资格证书"], ["一年内"]], "certificate")])
item("r10c-fu-03", "manager", "followup", "影院经理的月度KPI有哪些", "影院经理", E_YJ_KPI, [["票房收入达成率"], ["人工成本率"]], turns=[
    T("票房收入达成率怎么算", "kpi", "影院经理", [Q(F10, "票房收入达成率　30%")], [["实际票房收入"], ["目标票房收入"]]),
    T("换成值班经理呢", "kpi", "影院值班经理", E_ZB_KPI, [["准点开映率"], ["客诉处理及时率"]])])
item("r10c-fu-04", "hr", "followup", "团体销售经理要什么工作经验", "团体销售经理", [L(F8, 8)], [["3年以上"], ["销售"]],
     attribute="experience", turns=[
    T("工资怎么算的", "attribute", "团体销售经理", [L(F8, 13)], [["底薪6000"], ["提成"]], "pay"),
    T("那营销策划主管呢", "attribute", "营销策划主管", [L(F8, 12)], [["12000-16000"], ["年终奖"]], "pay")])
item("r10c-fu-05", "manager", "followup", "卖品部主管考核哪些指标", "卖品部主管", E_MP_KPI, [["卖品收入达成率"], ["库存损耗率"]], turns=[
    T("库存损耗率目标是多少", "kpi", "卖品部主管", [Q(F4, "≤2%"), Q(F4, "损耗金额/销售成本×100%")], [["2%"], ["损耗金额"]]),
    T("他的直接上级是谁", "attribute", "卖品部主管", [Q(F3, "影城经理（店长）"), L(F5, 6, 12)], [["影城经理", "影院经理"], ["店长", "卖品部主管"]], "reports_to")])
item("r10c-fu-06", "new_hire", "followup", "客服专员的工作内容", "客服专员", E_KF_DUTY, [["400"], ["投诉"]], turns=[
    T("投诉要多久回复", "duty", "客服专员", E_KF_DUTY, [["24小时"], ["3个工作日"]]),
    T("他上级是谁", "attribute", "客服专员", [Q(F3, "客服主管"), L(F5, 21)], [["客服主管"], ["客服专员"]], "reports_to"),
    OOS("那客服主管的职责呢？")])
item("r10c-fu-07", "new_hire", "followup", "年假有几天", None, [L(F9, 22)], [["5天"], ["10天"]], attribute="benefits", turns=[
    T("春节档能休年假吗", "method", None, [L(F9, 23)], [["除夕至正月初七"], ["原则上不安排"]]),
    T("那病假工资怎么发", "method", None, [L(F9, 24)], [["80%"], ["基本工资"]])])
item("r10c-fu-08", "manager", "followup", "影院设备工程师的考核指标", "影院设备工程师", E_GCS_KPI, [["报修响应及时率"], ["设备完好率"]], turns=[
    T("设备完好率目标值多少", "kpi", "影院设备工程师", [Q(F4, "≥97%"), Q(F4, "完好设备台数/设备总台数×100%")], [["97%"], ["完好设备台数"]]),
    T("他要持什么证", "attribute", "影院设备工程师", [Q(F2, "证书：持有低压电工作业证")], [["低压电工作业证"], ["特种作业操作证", "电工"]], "certificate")])
item("r10c-fu-09", "new_hire", "followup", "新媒体运营专员做什么的", "新媒体运营专员", [L(F6, 39, 43)], [["抖音"], ["短视频"]], turns=[
    T("要求呢", "qualification", "新媒体运营专员", [L(F6, 47, 49)], [["大专"], ["1年以上"], ["剪映", "Premiere"]]),
    T("薪资多少", "attribute", "新媒体运营专员", [L(F6, 34, 36)], [["6-9K"], ["新媒体运营"]], "pay")])
item("r10c-fu-10", "hr", "followup", "影城会计的职责", "影城会计", [L(F7, 2, 6)], [["对账"], ["分账"]], turns=[
    T("需要什么证书", "attribute", "影城会计", [L(F7, 8)], [["初级会计职称"], ["初级会计"]], "certificate"),
    T("工作地点在哪", "attribute", "影城会计", [L(F7, 2)], [["杭州总部"], ["杭州"]], "location")])
item("r10c-fu-11", "manager", "followup", "影院经理的职责有哪些", "影院经理", E_YJ_DUTY, [["票房"], ["排片"], ["消防演练"]], turns=[
    T("第二条展开讲讲", "duty", "影院经理", E_YJ_DUTY, [["排片中心"], ["档期", "影片热度"]]),
    T("他手下有哪些岗位", "attribute", "影院经理", [Q(F3, "下属岗位：值班经理、放映主管、卖品部主管"), L(F5, 6, 12)],
      [["值班经理"], ["放映主管"], ["卖品部主管"]], "subordinates")])

# ---------------------------------------------------------------- out of scope
for i, q in enumerate(["排片专员是做什么的？", "培训主管的任职要求有哪些", "区域运营总监年薪多少", "卖品员的岗位职责是什么",
                       "放映员工资多少钱一个月", "社保和公积金的缴纳比例是多少", "推荐几部最近好看的电影",
                       "帮我写个Python脚本统计每天的票房"], 1):
    item(f"r10c-oos-{i:02d}", "new_hire" if i % 2 else "hr", "out_of_scope", q, None, [], [])


if __name__ == "__main__":
    corpus_dir = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t10/corpus")
    out = HERE / "set.jsonl"
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    corpus = V.Corpus(corpus_dir)
    ck = V.Checker()
    ids = set()
    for it in items:
        ck.item(V.Item.model_validate(it), corpus)
        assert it["id"] not in ids, it["id"]
        ids.add(it["id"])
    print(len(items), dict(Counter(i["intent"] for i in items)), "later turns",
          sum(len(i["turns"] or []) for i in items))
    print("\n".join(ck.problems) or "validate.py checks: ok")
    # gangwei's own loader (quotes resolved against its line view of the corpus)
    sys.path.insert(0, str(ROOT))
    from assistant.eval.gold import load_items, validate_gold
    try:
        loaded = load_items(out, corpus_dir)
        probs = validate_gold(loaded, corpus_dir)
        print("\n".join(probs) or "gangwei load/validate: ok")
    except Exception as e:  # noqa: BLE001
        print("gangwei loader:", e)
