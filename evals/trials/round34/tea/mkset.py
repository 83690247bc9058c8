"""Builds set.jsonl from the generated corpus (line spans looked up by substring)."""
import codecs
import json
import os
import sys
from pathlib import Path

C = Path(os.environ.get("T34_OUT", "/tmp/t34tea/corpus"))
F1 = "lc01_门店管理岗位说明书（勾选表）.docx"
F2 = "lc02_岗位分析访谈记录.docx"
F3 = "lc03_总部岗位信息汇总.xlsx"
F4 = "lc04_绩效指标卡.xlsx"
F5 = "lc05_门店班次分工表.pdf"
F6 = "lc06_加入栗茶.html"
F7 = "lc07_门店人员配置说明.md"
F8 = "lc08_持证上岗要求.txt"
F9 = "lc09_薪资与提成标准.csv"
F10 = "lc10_供应链中心岗位说明.txt"
F11 = "lc11_岗位体系变更日志.md"


def text(f):
    b = (C / f).read_bytes()
    if b.startswith(codecs.BOM_UTF16_LE):
        return b[2:].decode("utf-16-le")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gbk")


def L(f, a, b=None, after=None):
    lines = text(f).splitlines()
    start = 0
    if after:
        start = next(i for i, x in enumerate(lines) if after in x)
    s = next(i for i in range(start, len(lines)) if a in lines[i])
    e = s if b is None else next(i for i in range(s, len(lines)) if b in lines[i])
    return {"file": f, "line_start": s + 1, "line_end": e + 1}


def Q(f, q):
    return {"file": f, "quote": q}


items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": f"t34tea-{id_}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence, kp, attribute=None):
    d = {"question": question, "intent": intent, "role": role, "evidence": evidence, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(question, role=None):
    return {"question": question, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


# html line helpers
def H(a, b=None, after=None):
    return L(F6, a, b, after)


# ---------------- duty
add("duty-01", "new_hire", "duty", "下周我就要去门店当店长了，平时主要得干些啥活？", "店长",
    [Q(F1, "全面负责门店日常营运管理"), Q(F1, "负责门店人员排班、考勤、招聘面试"), Q(F1, "监督门店食品安全与卫生标准执行"),
     Q(F1, "负责门店物料订货审批、盘点与损耗控制")],
    [["营业额"], ["排班"], ["食品安全"], ["盘点", "损耗"]])
add("duty-02", "new_hire", "duty", "我刚入职当奶茶师，每天具体要做哪些事呀", "茶饮师",
    [Q(F2, "按标准配方及SOP制作饮品"), Q(F2, "负责开店备料（茶汤、小料、水果）"),
     Q(F2, "负责吧台区域设备的清洁与消毒"), Q(F5, "煮茶汤、珍珠及小料制备")],
    [["配方"], ["备料"], ["清洁", "消毒"]])
add("duty-03", "hr", "duty", "值班经理早班跟晚班分别负责什么？", "值班经理",
    [Q(F5, "开店检查（水电、设备、原料效期）")],
    [["开店检查"], ["闭店盘点"], ["营业款"]])
add("duty-04", "manager", "duty", "研发中心那边搞新品研发的岗位主要负责哪些工作", "产品研发专员",
    [Q(F3, "跟踪茶饮市场趋势，每季度提交新品提案不少于6款"), Q(F3, "完成新品配方研发、口味测试及单杯成本核算"),
     Q(F3, "编写新品标准配方卡与门店操作SOP")],
    [["新品提案"], ["配方"], ["SOP"]])
add("duty-05", "new_hire", "duty", "中央厨房仓库管理员日常要干哪些活", "仓储专员",
    [L(F10, "2. 工作职责", "（5）登记临期原料")],
    [["入库验收"], ["先进先出"], ["盘点"], ["发货"]])
add("duty-06", "hr", "duty", "区域督导的工作内容是啥", "区域督导",
    [H("负责所辖8-10家门店", "参与新店开业筹备"), L(F11, "**区域督导**")],
    [["巡店"], ["整改"], ["经营数据"]])
add("duty-07", "manager", "duty", "负责招加盟商的那个经理要干什么", "加盟拓展经理",
    [H("开发并筛选意向加盟商", "维护加盟商关系")],
    [["加盟商"], ["选址"], ["开业"]])
add("duty-08", "hr", "duty", "培训部讲师的职责有哪些", "培训讲师",
    [Q(F3, "负责新员工入职培训（茶饮师、收银员岗前培训）"), Q(F3, "开发门店岗位课程，拍摄新品SOP视频"),
     Q(F3, "组织储备店长培训班"), L(F11, "**培训讲师**")],
    [["入职培训"], ["课程"], ["结业考核"]])

# ---------------- qualification
add("qual-01", "new_hire", "qualification", "我想应聘督导，需要满足什么条件", "区域督导",
    [H("大专及以上；3年以上连锁餐饮"), L(F8, "| 区域督导", "C1机动车驾驶证")],
    [["大专"], ["3年以上"], ["店长"], ["C1"]])
add("qual-02", "hr", "qualification", "品控这个岗位招人有什么要求", "品控专员",
    [Q(F3, "本科，食品质量与安全相关专业"), Q(F3, "1年以上食品行业品控经验"),
     L(F8, "| 品控专员", "者优先")],
    [["本科"], ["食品质量与安全"], ["1年以上"]])
add("qual-03", "new_hire", "qualification", "做茶饮师入职要什么条件，我初中毕业可以吗", "茶饮师",
    [Q(F2, "要有健康证，没有的话店里会让你先去办"), L(F8, "| 茶饮师")],
    [["健康证"], ["初中"]])
add("qual-04", "hr", "qualification", "招加盟拓展经理的硬性要求是什么", "加盟拓展经理",
    [H("本科及以上；3年以上餐饮连锁加盟招商")],
    [["本科"], ["3年以上"], ["加盟招商", "拓展"]])
add("qual-05", "hr", "qualification", "外卖运营岗要找什么样背景的人", "外卖运营专员",
    [Q(F2, "最好做过两年以上外卖平台运营")],
    [["两年以上"], ["Excel", "数据透视"], ["大专"]])
add("qual-06", "manager", "qualification", "想从店里提拔一个值班经理，需要啥条件", "值班经理",
    [Q(F1, "内部晋升者需任茶饮师满6个月"), Q(F1, "☑健康证（上岗前必须取得）"), L(F8, "| 值班经理")],
    [["1年以上"], ["6个月"], ["健康证"]])
add("qual-07", "new_hire", "qualification", "仓管岗位的招聘要求是啥", "仓储专员",
    [Q(F3, "1年以上仓库管理经验"), Q(F3, "高中/中专及以上"), L(F10, "3. 任职要求"),
     L(F8, "| 仓储专员", "厨房仓必备")],
    [["高中"], ["1年以上"], ["冷库"], ["叉车"]])

# ---------------- attribute
add("attr-01", "hr", "attribute", "外卖运营现在归谁管？", "外卖运营专员",
    [L(F11, "## v1.2", "**外卖运营专员**"), Q(F2, "向营运部经理汇报。")],
    [["外卖运营主管"], ["2024-05-01", "2024年5月", "5月"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "品控的直属领导是谁", "品控专员",
    [Q(F3, "品控主管"), L(F10, "（二）品控专员", "1. 汇报对象：品控主管")],
    [["品控主管"], ["品控专员"]], attribute="reports_to")
add("attr-03", "manager", "attribute", "加盟拓展经理要经常出差吗，base在哪", "加盟拓展经理",
    [H("全国（常驻杭州")],
    [["杭州"], ["60%"]], attribute="location")
add("attr-04", "new_hire", "attribute", "品控在哪儿上班，要经常跑门店吗", "品控专员",
    [H("杭州·萧山（中央厨房）"), L(F10, "3. 工作地点：中央厨房品控室")],
    [["萧山"], ["中央厨房"], ["抽检"]], attribute="location")
add("attr-05", "hr", "attribute", "督导岗需要持哪些证", "区域督导",
    [L(F8, "| 区域督导", "C1机动车驾驶证"), H("持C1驾照")],
    [["健康证"], ["食品安全管理员证"], ["C1"]], attribute="certificate")
add("attr-06", "new_hire", "attribute", "当店长必须有食安管理员证吗？没有能先上岗不", "店长",
    [Q(F1, "☑健康证　☑食品安全管理员证"), L(F8, "| 店长", "到岗3个月内取得")],
    [["食品安全管理员证"], ["3个月"]], attribute="certificate")
add("attr-07", "hr", "attribute", "副店长学历卡多少", "副店长",
    [Q(F1, "☐ 初中　☑ 高中/中专　☐ 大专　☐ 本科"), L(F8, "| 副店长")],
    [["高中/中专"], ["副店长"]], attribute="education")
add("attr-08", "manager", "attribute", "研发专员要几年经验", "产品研发专员",
    [Q(F3, "2年以上饮品研发经验")],
    [["2年以上"], ["研发"]], attribute="experience")
add("attr-09", "hr", "attribute", "店长下面管哪些岗位", "店长",
    [Q(F1, "副店长、值班经理、茶饮师、收银员")],
    [["副店长"], ["值班经理"], ["茶饮师"], ["收银员"]], attribute="subordinates")
add("attr-10", "new_hire", "attribute", "外卖运营专员是哪个部门的", "外卖运营专员",
    [Q(F2, "门店营运部（总部）")],
    [["门店营运部"], ["总部"]], attribute="department")
add("attr-11", "new_hire", "attribute", "做奶茶的时薪多少啊", "茶饮师",
    [Q(F2, "杭州这边时薪22元"), L(F9, "茶饮师,")],
    [["22元"], ["出杯奖金", "0.2元"]], attribute="pay")
add("attr-12", "new_hire", "attribute", "外卖运营是在门店上班还是总部坐班", "外卖运营专员",
    [L(F7, "workplace: 总部")],
    [["总部"], ["文三路"]], attribute="location")

# ---------------- kpi
add("kpi-01", "manager", "kpi", "店长的考核指标都有哪些，各占多少权重", "店长",
    [Q(F4, "营业额达成率"), Q(F4, "店长 35%；副店长 25%；区域督导 30%"), Q(F4, "人效"), Q(F4, "店长 15%；区域督导 10%"),
     Q(F4, "客诉率"), Q(F4, "店长 15%；值班经理 20%；茶饮师 20%；收银员 20%"), Q(F4, "损耗率"),
     Q(F4, "店长 15%；副店长 25%；仓储专员 30%"), Q(F4, "食品安全检查得分"), Q(F4, "店长 20%；区域督导 30%")],
    [["营业额达成率"], ["人效"], ["客诉率"], ["损耗率"], ["食品安全检查得分"]])
add("kpi-02", "new_hire", "kpi", "奶茶出杯要多快才算达标", "茶饮师",
    [Q(F4, "≤90秒/杯（高峰期≤150秒/杯）"), L(F11, "**出杯时长**"), Q(F2, "单杯出杯时长不超过90秒")],
    [["75秒"], ["150秒"]])
add("kpi-03", "hr", "kpi", "外卖运营专员考核啥指标", "外卖运营专员",
    [Q(F4, "外卖店铺评分"), Q(F4, "外卖营业额增长率"), Q(F4, "出餐超时率"), Q(F4, "外卖运营专员 30%；值班经理 15%"),
     Q(F2, "外卖营业额、店铺评分，还有出餐超时率")],
    [["外卖店铺评分", "店铺评分"], ["外卖营业额增长率", "外卖营业额"], ["出餐超时率"]])
add("kpi-04", "hr", "kpi", "门店的客诉率是咋算的", None,
    [Q(F4, "有效客诉笔数 ÷ 当月订单总数 × 10000（每万单）"), Q(F4, "≤3单/万单")],
    [["有效客诉"], ["10000", "每万单"], ["3单"]])
add("kpi-05", "manager", "kpi", "门店损耗率控制在多少以内算合格", None,
    [Q(F4, "门店≤2.5%；中央厨房仓≤1%"), Q(F4, "损耗率")],
    [["2.5%"], ["损耗率", "损耗"]])
add("kpi-06", "manager", "kpi", "加盟拓展经理一个季度要签几家店", "加盟拓展经理",
    [H("考核：季度签约门店数")],
    [["6家"], ["签约"]])

# ---------------- jd
add("jd-01", "hr", "jd", "帮我写一份值班经理的招聘JD", "值班经理",
    [Q(F1, "负责当班期间的人员调度与岗位分工"), Q(F1, "执行开店、闭店流程"), Q(F1, "处理当班顾客投诉"), Q(F1, "填写值班日志，记录设备异常")],
    [["人员调度"], ["开店", "闭店"], ["投诉"], ["值班日志"]],
    tool={"kind": "jd", "role": "值班经理", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "中央厨房要招仓管，出一份岗位说明书吧", "仓储专员",
    [L(F10, "2. 工作职责", "3. 任职要求")],
    [["入库验收"], ["先进先出"], ["盘点"]],
    tool={"kind": "jd", "role": "仓储专员", "must_cite_files": [F10], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "给督导岗写个JD，要挂到招聘网站上", "区域督导",
    [H("负责所辖8-10家门店", "参与新店开业筹备")],
    [["巡店"], ["整改"], ["店长选拔"]],
    tool={"kind": "jd", "role": "区域督导", "must_cite_files": [F6], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "起草一个外卖运营专员的职位描述", "外卖运营专员",
    [Q(F2, "负责全部直营门店美团、饿了么店铺的日常运营"), Q(F2, "策划并执行外卖平台营销活动"),
     Q(F2, "回复平台差评并跟进顾客赔付")],
    [["美团"], ["营销活动"], ["差评"]],
    tool={"kind": "jd", "role": "外卖运营专员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design
def kd(id_, persona, q, role, inds, weights, count=None):
    ev = [Q(F4, i) for i in inds] + [Q(F4, w) for w in weights]
    add(id_, persona, "kpi_design", q, role, ev, [[i] for i in inds],
        tool={"kind": "kpi_design", "role": role, "count": count, "must_cite_files": [F4], "expected_indicators": inds})


kd("kd-01", "manager", "帮我给值班经理设计一套月度KPI", "值班经理",
   ["出杯时长", "客诉率", "出品合格率", "营业款差错次数", "出餐超时率"],
   ["茶饮师 40%；值班经理 25%", "值班经理 15%；收银员 40%", "外卖运营专员 30%；值班经理 15%"])
kd("kd-02", "manager", "区域督导的考核方案帮忙出一下，4个指标就行", "区域督导",
   ["营业额达成率", "人效", "巡店覆盖率", "食品安全检查得分"],
   ["区域督导 30%（按月计）", "店长 20%；区域督导 30%"], count=4)
kd("kd-03", "hr", "仓储专员的绩效考核表怎么设计比较好", "仓储专员",
   ["损耗率", "库存准确率", "发货及时率"], ["副店长 25%；仓储专员 40%", "仓储专员 30%（中央厨房仓）"])
kd("kd-04", "hr", "副店长要做绩效考核，帮我拟几个KPI", "副店长",
   ["营业额达成率", "损耗率", "库存准确率", "带教通过率"], ["副店长 25%（仅设副店长的门店）"])

# ---------------- followup
add("fu-01", "new_hire", "followup", "店长的任职要求是什么", "店长",
    [Q(F1, "☑高中/中专及以上"), Q(F1, "☑3年以上茶饮/餐饮门店经验"), Q(F1, "☑健康证　☑食品安全管理员证")],
    [["高中/中专"], ["3年以上"], ["食品安全管理员证"]],
    turns=[T("那工资呢", "attribute", "店长", [L(F9, "店长,6500")], [["6500"], ["800"], ["8%"]], "pay"),
           T("苏州店的也按这个标准吗", "attribute", "店长", [L(F9, "苏州,0.95")], [["0.95"], ["苏州"]], "pay")])
add("fu-02", "hr", "followup", "值班经理向谁汇报？", "值班经理",
    [Q(F1, "店长（店长休息时向副店长汇报）")], [["店长"], ["副店长"]], attribute="reports_to",
    turns=[T("他主要负责哪些事", "duty", "值班经理", [Q(F1, "负责当班期间的人员调度与岗位分工"), Q(F1, "执行开店、闭店流程"), Q(F1, "处理当班顾客投诉")],
             [["人员调度"], ["开店", "闭店"], ["投诉"]]),
           T("第三条展开说说", "duty", "值班经理",
             [Q(F1, "巡视吧台操作，确保按标准配方出品"), L(F11, "**出杯时长**")],
             [["配方"], ["出杯时长"]])])
add("fu-03", "new_hire", "followup", "品控专员具体干啥的", "品控专员",
    [Q(F3, "制定原料验收标准并执行来料检验"), Q(F3, "每月对门店进行食品安全抽检不少于20家"),
     Q(F3, "管理供应商资质档案，每年复审一次"), L(F10, "2. 工作职责：见《总部岗位信息汇总》")],
    [["来料检验"], ["抽检"], ["供应商"]],
    turns=[T("要什么学历", "attribute", "品控专员", [Q(F3, "本科，食品质量与安全相关专业"), L(F8, "| 品控专员")],
             [["本科"], ["食品质量与安全"]], "education"),
           T("工资多少", "attribute", "品控专员", [H("7-9K")], [["7-9K"], ["五险一金"]], "pay")])
add("fu-04", "hr", "followup", "区域督导工资待遇怎么样", "区域督导",
    [H("10-15K·13薪"), L(F9, "区域督导,见招聘页面")],
    [["10-15K"], ["13薪"], ["督导奖金"]], attribute="pay",
    turns=[T("一个人要管几家店", "duty", "区域督导", [L(F11, "**区域督导**"), H("负责所辖8-10家门店")],
             [["10-12家"], ["门店"]]),
           T("那巡店频率呢", "duty", "区域督导", [L(F11, "**区域督导**")], [["3次"], ["每店每月"]])])
add("fu-05", "manager", "followup", "茶饮师考核看哪些指标", "茶饮师",
    [Q(F4, "出杯时长"), Q(F4, "茶饮师 40%；值班经理 25%"), Q(F4, "出品合格率"), Q(F4, "客诉率"),
     Q(F4, "店长 15%；值班经理 20%；茶饮师 20%；收银员 20%")],
    [["出杯时长"], ["出品合格率"], ["客诉率"]],
    turns=[T("换成收银员呢", "kpi", "收银员",
             [Q(F4, "营业款差错次数"), Q(F4, "值班经理 15%；收银员 40%"), Q(F4, "会员注册数"), Q(F4, "收银员 40%（小程序会员）"),
              Q(F4, "客诉率"), Q(F4, "店长 15%；值班经理 20%；茶饮师 20%；收银员 20%")],
             [["营业款差错次数"], ["会员注册数"], ["客诉率"]]),
           T("回到茶饮师，他上岗要持什么证", "attribute", "茶饮师",
             [L(F8, "| 茶饮师"), Q(F2, "要有健康证，没有的话店里会让你先去办")], [["健康证"], ["上岗"]], "certificate")])
add("fu-06", "hr", "followup", "外卖运营专员的职责说一下", "外卖运营专员",
    [Q(F2, "负责全部直营门店美团、饿了么店铺的日常运营"), Q(F2, "策划并执行外卖平台营销活动"),
     Q(F2, "回复平台差评并跟进顾客赔付")],
    [["美团", "饿了么"], ["营销活动"], ["差评"]],
    turns=[T("他的上级是谁", "attribute", "外卖运营专员", [L(F11, "## v1.2", "**外卖运营专员**"), Q(F2, "向营运部经理汇报。")],
             [["外卖运营主管"], ["2024-05-01", "2024年5月", "5月"]], "reports_to"),
           OOS("那外卖运营主管的职责是什么", "外卖运营主管")])
add("fu-07", "new_hire", "followup", "仓库那边的仓储专员要持什么证", "仓储专员",
    [L(F8, "| 仓储专员", "厨房仓必备")], [["健康证"], ["叉车"]], attribute="certificate",
    turns=[T("那他的汇报对象呢", "attribute", "仓储专员", [L(F10, "（一）仓储专员", "1. 汇报对象：仓储主管"), Q(F3, "仓储主管")],
             [["仓储主管"], ["仓储专员"]], "reports_to"),
           T("他怎么考核", "kpi", "仓储专员",
             [Q(F4, "损耗率"), Q(F4, "库存准确率"), Q(F4, "发货及时率"), Q(F4, "副店长 25%；仓储专员 40%")],
             [["损耗率"], ["库存准确率"], ["发货及时率"]])])
add("fu-08", "manager", "followup", "加盟拓展经理薪资多少", "加盟拓展经理",
    [H("底薪12-18K")], [["12-18K"], ["5000"]], attribute="pay",
    turns=[T("他向谁汇报", "attribute", "加盟拓展经理", [H("汇报对象：加盟发展部总监")], [["加盟发展部总监"], ["加盟发展部"]], "reports_to"),
           T("那研发专员呢", "attribute", "产品研发专员", [Q(F3, "研发总监")], [["研发总监"], ["研发"]], "reports_to")])
add("fu-09", "manager", "followup", "培训讲师一般需要几年经验", "培训讲师",
    [Q(F3, "3年以上茶饮门店经验，其中1年以上店长经验")], [["3年以上"], ["店长"]], attribute="experience",
    turns=[T("要考什么内部认证吗", "attribute", "培训讲师", [L(F8, "| 培训讲师", "6个月内取得")],
             [["内部讲师认证"], ["6个月"]], "certificate"),
           T("那他向谁汇报", "attribute", "培训讲师", [Q(F3, "培训部经理")], [["培训部经理"], ["培训部"]], "reports_to")])
add("fu-10", "hr", "followup", "副店长主要干啥", "副店长",
    [Q(F1, "协助店长开展门店营运管理，店长休息时代行店长职责"), Q(F1, "负责门店物料的日常订货"), Q(F1, "负责门店设备（制冰机、封口机、萃茶机）")],
    [["协助店长"], ["订货"], ["设备"]],
    turns=[T("学历呢", "attribute", "副店长", [Q(F1, "☐ 初中　☑ 高中/中专　☐ 大专　☐ 本科"), L(F8, "| 副店长")],
             [["高中/中专"], ["副店长"]], "education"),
           T("换成店长呢", "attribute", "店长", [Q(F1, "☑高中/中专及以上"), L(F8, "| 店长")], [["高中/中专"], ["店长"]], "education"),
           T("刚才说的副店长，要有食品安全管理员证吗", "attribute", "副店长",
             [L(F8, "| 副店长", "优先晋升店长"), Q(F1, "☑ 健康证　☐ 食品安全管理员证")], [["优先"], ["食品安全管理员证"]], "certificate")])

# ---------------- out of scope
add("oos-01", "new_hire", "out_of_scope", "配送司机平时负责什么", None, [], [])
add("oos-02", "new_hire", "out_of_scope", "储备店长一个月能拿多少钱", None, [], [])
add("oos-03", "hr", "out_of_scope", "人力行政部的招聘专员是做什么的", None, [], [])
add("oos-04", "manager", "out_of_scope", "研发专员的月薪是多少", None, [], [])
add("oos-05", "hr", "out_of_scope", "门店员工社保是按什么基数交的", None, [], [])
add("oos-06", "new_hire", "out_of_scope", "教我做一杯杨枝甘露", None, [], [])
add("oos-07", "hr", "out_of_scope", "研发总监需要什么任职资格", None, [], [])
add("oos-08", "manager", "out_of_scope", "中央厨房生产工的岗位职责有哪些", None, [], [])
add("oos-09", "manager", "out_of_scope", "开一家加盟店要交多少加盟费", None, [], [])

with open(sys.argv[1] if len(sys.argv) > 1 else "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items))
