#!/usr/bin/env python3
"""Build set.jsonl (eval-set schema, ids r15r-...) for the 联鲜超市 trial corpus.

    T15_OUT=/tmp/t15r python evals/trials/round15/retail/build_set.py

Line spans of text files are looked up from unique substrings in the generated corpus, so the
corpus must exist (run gen.py first). Binary files are cited by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T15_OUT", "/tmp/t15r")) / "corpus"

F01 = "lx01_大卖场营运岗位说明书.docx"
F02 = "lx02_前台收银岗位说明书.docx"
F03 = "lx03_门店KPI指标库.xlsx"
F04 = "lx04_招贤纳士_配送中心.html"
F05 = "lx05_hr_export_postings.csv"
F06 = "lx06_员工手册第四章_门店岗位规范.pdf"
F07 = "lx07_社区店及门店作业岗位.md"
F08 = "lx08_总部岗位职责汇编.txt"
F09 = "lx09_门店岗位薪资带宽.xlsx"
F10 = "lx10_组织架构.md"
F11 = "lx11_收银员月度考核细则.txt"

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


def ln(f, needle):
    hits = [i + 1 for i, x in enumerate(lines(f)) if needle in x]
    assert len(hits) == 1, (f, needle, hits)
    return hits[0]


def L(f, a, b=None):
    """Evidence: the lines from the one containing `a` to the one containing `b` (or just `a`)."""
    s = ln(f, a)
    e = ln(f, b) if b else s
    return {"file": f, "line_start": s, "line_end": e}


def Q(f, quote):
    return {"file": f, "quote": quote}


ITEMS = []


def item(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    ITEMS.append({"id": f"r15r-{id_}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def turn(question, intent, role, evidence=(), kp=(), attribute=None):
    t = {"question": question, "intent": intent, "role": role}
    if attribute:
        t["attribute"] = attribute
    t["evidence"] = list(evidence)
    t["key_points"] = [list(g) for g in kp]
    return t


def oos(id_, persona, question):
    item(id_, persona, "out_of_scope", question, None, [], [])


# ------------------------------------------------------------------ duty
item("duty-01", "new_hire", "duty", "我刚调来做生鲜主管，每天具体要干些啥？", "生鲜主管",
     [Q(F01, "每日16:00前向生鲜配送中心提交次日订货"), Q(F01, "每晚20:00后按出清规定"),
      Q(F01, "每2小时记录一次")],
     [["16:00"], ["出清"], ["2小时"]])
item("duty-02", "hr", "duty", "副店长平时都负责哪些事情", "副店长",
     [Q(F01, "负责门店早班开店和晚班闭店检查"), Q(F01, "编制门店月度排班表"), Q(F01, "店长休假或外出期间代行店长职责")],
     [["闭店检查", "开闭店"], ["排班"], ["代行店长职责"]])
item("duty-03", "new_hire", "duty", "收银员上岗要做哪些事？顾客要退货我能直接给办吗", "收银员",
     [Q(F02, "按规范为顾客扫码结算，做到唱收唱付"), Q(F02, "上岗前领取备用金500元"), Q(F02, "不得私自办理退货")],
     [["唱收唱付"], ["500元"], ["不得私自办理退货", "呼叫收银主管"]])
item("duty-04", "manager", "duty", "冷链司机的工作职责有哪些", "冷链配送司机",
     [L(F04, "<li>按调度指令将生鲜商品", "<li>回程带回门店周转筐"), L(F04, '"description": "岗位职责：1.按调度指令')],
     [["0-4℃"], ["交接签收"], ["周转筐"]])
item("duty-05", "new_hire", "duty", "配送中心的仓管平时干什么？多久盘点一次", "仓管员",
     [L(F04, '"description": "岗位职责：1.负责到货商品的验收'), L(F04, "负责配送中心常温库和冷库的收货")],
     [["每月月末全面盘点", "月末"], ["每周"], ["先进先出"]])
item("duty-06", "hr", "duty", "生鲜采购专员的岗位职责帮我列一下", "生鲜采购专员",
     [L(F05, "LX-HQ-031", "5. 处理到货质量异议")],
     [["产地寻源"], ["价格分析报告"], ["供应商年度评估"]])
item("duty-07", "new_hire", "duty", "做防损的每天要干啥", "防损员",
     [Q(F06, "每小时巡场不少于一次"), Q(F06, "处理规范》处理，严禁搜身"), Q(F06, "负责员工通道检查")],
     [["每小时"], ["严禁搜身"], ["员工通道"]])
item("duty-08", "manager", "duty", "社区店店长都管些什么？线上订单要求多快出库", "社区店店长",
     [L(F07, "负责门店日常营运，完成月度销售", "每晚闭店前检查水电和冷柜")],
     [["30分钟"], ["7:00"], ["排班"]])
item("duty-09", "new_hire", "duty", "督导一个月要跑门店几次，主要干嘛的", "营运督导",
     [L(F08, "一、按月度巡店计划", "五、收集门店经营问题")],
     [["4次"], ["巡店评分表"], ["督导周报"]])
item("duty-10", "hr", "duty", "熟食档口加工员的职责是什么", "熟食加工员",
     [L(F07, "按公司标准配方制作卤味", "每日收档后清洗消毒设备")],
     [["标准配方"], ["48小时", "留样"], ["生熟分开"]])
item("duty-11", "new_hire", "duty", "客服接到顾客投诉，多长时间内要回复、结案？", "客服专员",
     [L(F08, "三、投诉须在24小时内首次回复")],
     [["24小时"], ["3个工作日"]])

# ------------------------------------------------------------------ qualification
item("qual-01", "hr", "qualification", "招大卖场店长有哪些硬性要求", "大卖场店长",
     [Q(F01, "大专及以上学历，工商管理"), Q(F01, "8年以上零售行业工作经验"), Q(F01, "持有食品安全管理员证")],
     [["大专"], ["8年"], ["3年以上大卖场店长或副店长"], ["食品安全管理员证"]])
item("qual-02", "new_hire", "qualification", "我想应聘收银主管，需要几年经验？", "收银主管",
     [Q(F02, "3年以上超市收银工作经验")],
     [["3年"], ["1年以上收银组长或主管"]])
item("qual-03", "hr", "qualification", "仓管员招人有什么要求，叉车证是必须的吗", "仓管员",
     [L(F04, '"description": "岗位职责：1.负责到货商品的验收', '"experienceRequirements": "1年以上仓库管理经验"')],
     [["高中及以上"], ["WMS"], ["叉车证（N1）者优先", "优先"]])
item("qual-04", "new_hire", "qualification", "开冷链车要什么驾照，几年驾龄", "冷链配送司机",
     [L(F04, "<li>持B2及以上驾驶证"), L(F04, '"description": "岗位职责：1.按调度指令', '"experienceRequirements": "3年以上货车驾驶经验"')],
     [["B2"], ["3年"]])
item("qual-05", "hr", "qualification", "会员运营那个岗对学历专业有要求吗", "会员运营专员",
     [L(F05, "LX-HQ-034", "4. 配合门店开展会员拉新")],
     [["市场营销", "电子商务"], ["本科"]])
item("qual-06", "manager", "qualification", "食安专员需要什么条件", "食品安全专员",
     [Q(F06, "食品质量与安全相关专业大专及以上学历"), Q(F06, "持有食品安全管理员证；熟悉《食品安全法》")],
     [["大专"], ["2年以上食品安全管理经验"], ["食品安全管理员证"]])
item("qual-07", "new_hire", "qualification", "理货员有年龄限制不？还要啥条件", "理货员",
     [{"file": F07, "line_start": ln(F07, "学历：初中及以上"), "line_end": ln(F07, "学历：初中及以上") + 3}],
     [["18-50"], ["20公斤"], ["健康证"]])
item("qual-08", "hr", "qualification", "客服专员的任职资格", "客服专员",
     [{"file": F08, "line_start": ln(F08, "经验：1年以上客服工作经验") - 1, "line_end": ln(F08, "技能：普通话二级乙等")}],
     [["大专"], ["普通话二级乙等"], ["50字"]])
item("qual-09", "new_hire", "qualification", "社区店店长要啥经验？没有食安证能不能先入职", "社区店店长",
     [L(F07, "  - 经验：3年以上零售门店工作经验", "  - 证书：食品安全管理员证（可入职后")],
     [["1年以上社区店或便利店店长"], ["3个月内"]])

# ------------------------------------------------------------------ attribute
item("attr-01", "new_hire", "attribute", "生鲜主管向谁汇报？", "生鲜主管",
     [Q(F01, "门店副店长"), L(F10, "SM --> DSM[副店长]"), L(F10, "DSM --> FRM[生鲜主管]")],
     [["副店长"], ["生鲜主管"]], attribute="reports_to")
item("attr-02", "manager", "attribute", "大卖场店长手底下管哪些人", "大卖场店长",
     [Q(F01, "副店长、生鲜主管、食百主管、收银主管、防损主管"), L(F10, "SM --> DSM[副店长]", "SM --> LPM[防损主管]")],
     [["副店长"], ["收银主管"], ["防损主管"]], attribute="subordinates")
item("attr-03", "new_hire", "attribute", "收银员一个月能拿多少钱", "收银员",
     [Q(F09, "3800"), Q(F09, "4800")],
     [["3800"], ["4800"]], attribute="pay")
item("attr-04", "hr", "attribute", "营运督导工资多少，有没有补贴", "营运督导",
     [L(F08, "【薪资待遇】9000-13000元/月")],
     [["9000-13000"], ["800元"]], attribute="pay")
item("attr-05", "new_hire", "attribute", "仓管员在哪儿上班", "仓管员",
     [L(F04, '<li>仓储部</li><li>常州市武进区'), {"file": F04, "line_start": ln(F04, '"title": "仓管员"') + 7, "line_end": ln(F04, '"title": "仓管员"') + 12}],
     [["武进"], ["配送中心"]], attribute="location")
item("attr-06", "new_hire", "attribute", "做熟食要持什么证", "熟食加工员",
     [L(F07, "  - 证书：健康证；持中式烹调师证者优先")],
     [["健康证"], ["中式烹调师证"]], attribute="certificate")
item("attr-07", "hr", "attribute", "防损员对学历和身高有要求吗", "防损员",
     [Q(F06, "高中及以上学历，身高170cm以上")],
     [["高中"], ["170"]], attribute="education")
item("attr-08", "hr", "attribute", "营运督导要几年工作经验", "营运督导",
     [L(F08, "经验：5年以上连锁零售经验")],
     [["5年"], ["2年以上门店店长或副店长"]], attribute="experience")
item("attr-09", "new_hire", "attribute", "客服专员属于哪个部门，直属领导是谁", "客服专员",
     [L(F08, "【所属部门】客户服务中心", "【汇报对象】客服主管"), L(F10, "CS --> CSS[客服主管]"), L(F10, "CSS --> CSA[客服专员]")],
     [["客服主管"], ["客户服务中心"]], attribute="reports_to")
item("attr-10", "hr", "attribute", "生鲜采购专员薪资范围是多少", "生鲜采购专员",
     [L(F05, "LX-HQ-031")],
     [["8000"], ["12000"]], attribute="pay")
item("attr-11", "hr", "attribute", "门店人事专员归哪个部门，在哪上班", "门店人事专员",
     [L(F05, "LX-ST-118", "4. 组织门店小时工和促销员招聘")],
     [["人力资源部"], ["常州各大卖场"]], attribute="department")
item("attr-12", "manager", "attribute", "收银主管一般管多少人", "收银主管",
     [Q(F02, "收银员12-20人"), L(F10, "CASHM --> CASH[收银员]")],
     [["12-20"], ["收银员"]], attribute="subordinates")
item("attr-13", "new_hire", "attribute", "社区店店长收入怎么样", "社区店店长",
     [L(F07, "- 薪酬：底薪6000元")],
     [["6000"], ["8000-12000"], ["提成"]], attribute="pay")
item("attr-14", "new_hire", "attribute", "配送司机是哪个部门的，归谁管", "冷链配送司机",
     [L(F04, "<li>物流部</li>"), L(F04, "汇报对象：运输调度主管"), L(F10, "TDM --> DRV[冷链配送司机]")],
     [["运输调度主管"], ["物流部", "物流中心"]], attribute="reports_to")

# ------------------------------------------------------------------ kpi
item("kpi-01", "manager", "kpi", "大卖场店长考核哪些指标", "大卖场店长",
     [Q(F03, "毛利额达成率"), Q(F03, "门店损耗率"), Q(F03, "客流增长率"), Q(F03, "员工流失率")],
     [["毛利额达成率"], ["门店损耗率"], ["客流增长率"], ["员工流失率"]])
item("kpi-02", "new_hire", "kpi", "生鲜损耗率是怎么算的，目标控制在多少", "生鲜主管",
     [Q(F03, "生鲜报损及出清折价金额÷生鲜销售额×100%"), Q(F03, "≤3.5%")],
     [["报损"], ["3.5%"]])
item("kpi-03", "hr", "kpi", "仓管员的库存准确率公式是啥", "仓管员",
     [Q(F03, "（1-账实差异数量÷账面数量）×100%"), Q(F03, "≥99.8%")],
     [["账实差异"], ["99.8%"]])
item("kpi-04", "manager", "kpi", "社区店店长的绩效考啥", "社区店店长",
     [Q(F03, "生鲜销售占比"), Q(F03, "线上订单履约率"), Q(F03, "会员复购率"), Q(F03, "社区店损耗率")],
     [["生鲜销售占比"], ["线上订单履约率"], ["会员复购率"], ["社区店损耗率", "损耗率"]])
item("kpi-05", "new_hire", "kpi", "收银员每个月是怎么考核的", "收银员",
     [L(F11, "二、考核指标", "评分标准：迟到、早退")],
     [["收银差错率"], ["扫描速度"], ["会员开卡"], ["神秘顾客"]])
item("kpi-06", "hr", "kpi", "收银员开卡每月要开多少张，没达标怎么扣分", "收银员",
     [L(F11, "4. 会员开卡数", "评分标准：每月不少于80张")],
     [["80张"], ["扣3分"]])
item("kpi-07", "manager", "kpi", "配送司机的准时送达率占多少权重，目标多少", "冷链配送司机",
     [Q(F03, "准时送达率"), Q(F03, "≥97%")],
     [["准时送达率"], ["97%"]])  # weight (0.4 stored, 40% shown) cannot be quoted in both validators' views
item("kpi-08", "hr", "kpi", "收银主管考核里长短款率的目标是多少", "收银主管",
     [Q(F03, "收银长短款率"), Q(F03, "≤0.01%")],
     [["0.01%"], ["长短款"]])

# ------------------------------------------------------------------ jd
item("jd-01", "hr", "jd", "帮我写一份生鲜主管的招聘JD", "生鲜主管",
     [Q(F01, "每日16:00前向生鲜配送中心提交次日订货"), Q(F01, "每晚20:00后按出清规定"), Q(F01, "监控冷柜和冷库温度")],
     [["订货"], ["出清"], ["温度"]],
     tool={"kind": "jd", "role": "生鲜主管", "must_cite_files": [F01], "expect_sections": ["duties", "qualifications"]})
item("jd-02", "hr", "jd", "出一个防损员的岗位说明，要挂到招聘网站上", "防损员",
     [Q(F06, "负责门店出入口、收银区和卖场的巡查"), Q(F06, "开展商品防盗工作"), Q(F06, "负责消防设施日常检查")],
     [["巡查", "巡场"], ["防盗"], ["消防"]],
     tool={"kind": "jd", "role": "防损员", "must_cite_files": [F06], "expect_sections": ["duties", "qualifications"]})
item("jd-03", "manager", "jd", "营运督导的JD起草一下", "营运督导",
     [L(F08, "一、按月度巡店计划", "五、收集门店经营问题")],
     [["巡检", "巡店"], ["整改"], ["督导周报"]],
     tool={"kind": "jd", "role": "营运督导", "must_cite_files": [F08], "expect_sections": ["duties", "qualifications"]})
item("jd-04", "hr", "jd", "帮忙拟个会员运营专员的职位描述", "会员运营专员",
     [L(F05, "LX-HQ-034", "4. 配合门店开展会员拉新")],
     [["积分"], ["会员日"], ["会员运营月报"]],
     tool={"kind": "jd", "role": "会员运营专员", "must_cite_files": [F05], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design
item("kd-01", "manager", "kpi_design", "给理货员设计5个考核指标", "理货员",
     [Q(F03, "货架缺货率"), Q(F03, "陈列合格率"), Q(F03, "价签准确率"), Q(F03, "临期商品处理及时率")],
     [["货架缺货率"], ["陈列合格率"], ["价签准确率"], ["临期商品处理及时率"]],
     tool={"kind": "kpi_design", "role": "理货员", "count": 5, "must_cite_files": [F03],
           "expected_indicators": ["货架缺货率", "陈列合格率", "价签准确率", "临期商品处理及时率"]})
item("kd-02", "manager", "kpi_design", "帮我给大卖场店长设计一套KPI", "大卖场店长",
     [Q(F03, "毛利额达成率"), Q(F03, "门店损耗率"), Q(F03, "客流增长率"), Q(F03, "人效")],
     [["毛利额达成率"], ["门店损耗率"], ["客流增长率"], ["人效"]],
     tool={"kind": "kpi_design", "role": "大卖场店长", "count": None, "must_cite_files": [F03],
           "expected_indicators": ["毛利额达成率", "门店损耗率", "客流增长率", "人效"]})
item("kd-03", "hr", "kpi_design", "配送司机的绩效指标怎么设计？给4个就行", "冷链配送司机",
     [Q(F03, "准时送达率"), Q(F03, "运输货损率"), Q(F03, "安全行车"), Q(F03, "单据交接准确率")],
     [["准时送达率"], ["运输货损率"], ["安全行车"], ["单据交接准确率"]],
     tool={"kind": "kpi_design", "role": "冷链配送司机", "count": 4, "must_cite_files": [F03],
           "expected_indicators": ["准时送达率", "运输货损率", "安全行车", "单据交接准确率"]})
item("kd-04", "manager", "kpi_design", "收银员的KPI方案帮我出一个", "收银员",
     [L(F11, "1. 收银差错率", "5. 出勤纪律")],
     [["收银差错率"], ["扫描速度"], ["服务规范"], ["会员开卡数"]],
     tool={"kind": "kpi_design", "role": "收银员", "count": None, "must_cite_files": [F11],
           "expected_indicators": ["收银差错率", "扫描速度", "服务规范", "会员开卡数"]})

# ------------------------------------------------------------------ follow-ups
item("fu-01", "new_hire", "followup", "收银主管主要负责什么", "收银主管",
     [Q(F02, "负责收银区的排班和人员调配"), Q(F02, "每日闭店后组织收银员点款、交款"), Q(F02, "审批退换货、作废交易和大额折扣")],
     [["排班"], ["点款", "交款"], ["退换货"]],
     turns=[turn("第三条展开说说", "duty", "收银主管", [Q(F02, "审批退换货、作废交易和大额折扣")],
                 [["作废交易"], ["授权"]]),
            turn("那他的上级是谁，手下管几个人", "attribute", "收银主管",
                 [Q(F02, "大卖场店长"), Q(F02, "收银员12-20人"), L(F10, "SM --> CASHM[收银主管]")],
                 [["大卖场店长", "店长"], ["12-20"]], attribute="reports_to")])
item("fu-02", "hr", "followup", "理货员的工作职责", "理货员",
     [L(F07, "按“先进先出”原则补货", "更换促销价签")],
     [["先进先出"], ["陈列图"], ["1/3"]],
     turns=[turn("工资呢", "attribute", "理货员", [L(F07, "- 薪酬：3700-4600元/月"), Q(F09, "3700"), Q(F09, "4600")],
                 [["3700"], ["4600"]], attribute="pay"),
            turn("换成熟食加工员呢", "attribute", "熟食加工员", [L(F07, "- 薪酬：4500-6000元/月")],
                 [["4500"], ["6000"]], attribute="pay")])
item("fu-03", "manager", "followup", "生鲜主管考核哪几项", "生鲜主管",
     [Q(F03, "生鲜销售达成率"), Q(F03, "生鲜毛利率"), Q(F03, "生鲜损耗率"), Q(F03, "食品安全检查合格率")],
     [["生鲜销售达成率"], ["生鲜毛利率"], ["生鲜损耗率"], ["食品安全检查合格率"]],
     turns=[turn("毛利率的目标定的多少", "kpi", "生鲜主管", [Q(F03, "生鲜毛利额÷生鲜销售额×100%"), Q(F03, "≥18%")],
                 [["18%"], ["生鲜毛利额"]]),
            turn("社区店店长的呢", "kpi", "社区店店长", [Q(F03, "生鲜销售占比"), Q(F03, "会员复购率"), Q(F03, "线上订单履约率")],
                 [["生鲜销售占比"], ["会员复购率"], ["线上订单履约率"]])])
item("fu-04", "new_hire", "followup", "配送中心招仓管员要什么条件", "仓管员",
     [L(F04, '"description": "岗位职责：1.负责到货商品的验收', '"experienceRequirements": "1年以上仓库管理经验"')],
     [["高中及以上"], ["1年以上仓库管理经验"], ["WMS"]],
     turns=[turn("那开冷链车的司机呢", "qualification", "冷链配送司机",
                 [L(F04, "<li>持B2及以上驾驶证", "<li>年龄25-50周岁"),
                  L(F04, '"description": "岗位职责：1.按调度指令', '"experienceRequirements": "3年以上货车驾驶经验"')],
                 [["B2"], ["3年以上货车驾驶经验"], ["25-50"]]),
            turn("他一个月大概多少钱", "attribute", "冷链配送司机",
                 [L(F04, "<li>7000-9500元/月</li>"), L(F04, '"minValue": 7000', '"maxValue": 9500')],
                 [["7000"], ["9500"]], attribute="pay")])
item("fu-05", "hr", "followup", "营运督导是干什么的", "营运督导",
     [L(F08, "一、按月度巡店计划", "五、收集门店经营问题")],
     [["巡检"], ["整改"], ["周报"]],
     turns=[turn("第二点具体说说", "duty", "营运督导", [L(F08, "二、依据《门店营运标准手册》")],
                 [["门店营运标准手册"], ["巡店评分表"]]),
            turn("他要几年经验", "attribute", "营运督导", [L(F08, "经验：5年以上连锁零售经验")],
                 [["5年"], ["店长或副店长"]], attribute="experience"),
            turn("他上面的营运总监职责是什么", "out_of_scope", None)])
item("fu-06", "new_hire", "followup", "防损员一个月多少钱", "防损员",
     [Q(F06, "薪资：4500-5500元/月"), Q(F09, "4500"), Q(F09, "5500")],
     [["4500"], ["5500"]], attribute="pay",
     turns=[turn("上夜班有补贴吗", "attribute", "防损员", [Q(F06, "另有夜班补贴每班30元"), Q(F09, "夜班补贴每班30元")],
                 [["30元"], ["夜班补贴"]], attribute="pay"),
            turn("那他要持什么证，学历有要求吗", "qualification", "防损员", [Q(F06, "持有保安员证；能适应三班")],
                 [["保安员证"], ["高中"]])])
item("fu-07", "manager", "followup", "客服专员的职责是什么", "客服专员",
     [L(F08, "一、接听400客服热线", "五、每月整理投诉分析报告")],
     [["400"], ["售后"], ["投诉分析报告"]],
     turns=[turn("碰到重大投诉怎么处理", "duty", "客服专员", [L(F08, "四、涉及食品安全或媒体的重大投诉")],
                 [["立即上报"], ["客服主管"]]),
            turn("他们加班费怎么算", "out_of_scope", None),
            turn("那他们工资多少", "attribute", "客服专员", [L(F08, "【薪资待遇】4500-6000元/月")],
                 [["4500"], ["6000"]], attribute="pay")])
item("fu-08", "hr", "followup", "社区店店长归谁管，属于哪个部门", "社区店店长",
     [L(F07, "  - 所属部门：社区店事业部", "  - 直属上级：社区店区域经理"), L(F10, "CRM --> CSM[社区店店长]")],
     [["社区店区域经理"], ["社区店事业部"]], attribute="reports_to",
     turns=[turn("他手下有几个人", "attribute", "社区店店长", [L(F07, "  - 下属：店员4-8人")],
                 [["4-8人"], ["一岗多能"]], attribute="subordinates"),
            turn("那大卖场的店长呢", "attribute", "大卖场店长",
                 [Q(F01, "副店长、生鲜主管、食百主管、收银主管、防损主管"), L(F10, "SM --> DSM[副店长]", "SM --> LPM[防损主管]")],
                 [["副店长"], ["生鲜主管"], ["收银主管"]], attribute="subordinates")])

# ------------------------------------------------------------------ out of scope
oos("oos-01", "hr", "门店员工的社保公积金按什么比例缴纳？")
oos("oos-02", "manager", "新员工试用期最长可以约定几个月")
oos("oos-03", "new_hire", "食百主管的岗位职责是什么")
oos("oos-04", "new_hire", "值班经理要做哪些工作")
oos("oos-05", "hr", "营运总监的任职要求是什么")
oos("oos-06", "new_hire", "今天常州天气怎么样，适合骑车上班吗")
oos("oos-07", "manager", "帮我写个Python脚本统计各门店的销售额")
oos("oos-08", "hr", "面点师招聘要求是啥")
oos("oos-09", "new_hire", "收银员上晚班打车回家能报销吗")
oos("oos-10", "manager", "防损主管的职责有哪些")
oos("oos-11", "new_hire", "我想离职，要提前多少天申请")


def main():
    out = HERE / "set.jsonl"
    with out.open("w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(ITEMS)} items to {out}")


if __name__ == "__main__":
    main()
