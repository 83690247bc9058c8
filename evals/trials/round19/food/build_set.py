#!/usr/bin/env python3
"""Write set.jsonl (64 items) for the round-19 hotpot chain (四川蜀味居餐饮管理有限公司).

    T19_OUT=/tmp/t19food /work/main/.venv/bin/python build_set.py

Written from the generated documents only, before gangwei was run. Text files cited by line spans
found through anchors; binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T19_OUT", "/tmp/t19food")) / "corpus"

F01 = "sw01_门店岗位手册（前厅及锅底）V2.3.docx"
F02 = "sw02_企业微信文档_后厨岗位职责与要求.md"
F03 = "sw03_门店人员编制标准2025.xlsx"
F04 = "sw04_门店月度绩效考核表.xlsx"
F05 = "sw05_招聘平台职位导出_20250412.csv"
F06 = "sw06_加入蜀味居.html"
F07 = "sw07_门店店长岗位说明.txt"
F08 = "sw08_员工晋升通道及任职要求.pdf"
F09 = "sw09_员工手册节选（试用期与排班）.docx"
F10 = "sw10_组织架构.md"

_lines = {}


def lines(f):
    if f not in _lines:
        _lines[f] = (CORPUS / f).read_bytes().decode("utf-8-sig").splitlines()
    return _lines[f]


def L(f, start, end=None, after=None):
    ls = lines(f)
    i0 = 0
    if after is not None:
        i0 = next(i for i, s in enumerate(ls) if after in s) + 1
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def Q(f, quote):
    return {"file": f, "quote": quote}


items = []


def add(id_, persona, intent, question, role, evidence, kp, attribute=None, turns=None, tool=None):
    items.append({"id": "r19f-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": evidence, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence=(), kp=(), attribute=None):
    d = {"question": question, "intent": intent, "role": role, "evidence": list(evidence), "key_points": list(kp)}
    if attribute:
        d["attribute"] = attribute
    return d


# ------------------------------------------------------------------ duty (10)
add("duty-01", "new_hire", "duty", "刚来蜀味居做服务员，每天主要干些啥活？", "服务员",
    [Q(F01, "按照蜀味居服务七步曲为顾客提供迎客"), Q(F01, "向顾客介绍锅底辣度、招牌菜品及当月活动"),
     Q(F01, "营业中及时为顾客加汤、换骨碟、调节火力"), Q(F01, "负责责任区的清洁卫生及翻台收台工作")],
    [["七步曲"], ["辣度"], ["加汤"], ["翻台"]])
add("duty-02", "new_hire", "duty", "传菜的工作具体包括哪些内容", "传菜员",
    [Q(F01, "负责将后厨出品的菜品、锅底准确、快速地传送到对应台位"), Q(F01, "传菜时核对菜单台号，与服务员做好交接"),
     Q(F01, "回收空盘及餐具，送至洗碗间分类放置"), L(F05, "J20250401002")],
    [["传送"], ["台号", "台位"], ["回收"]])
add("duty-03", "manager", "duty", "炒料师傅平常负责哪些事情", "锅底师傅",
    [Q(F01, "按照公司标准配方炒制牛油锅底"), Q(F01, "做好锅底的分装与保温"), Q(F01, "负责炒料区设备的使用、清洁与安全检查"),
     Q(F01, "记录每批次锅底的炒制时间、用料和口味检测结果")],
    [["配方"], ["分装", "保温"], ["炒制时间", "口味检测"]])
add("duty-04", "manager", "duty", "后厨主管一天到晚都要管些什么", "厨师长",
    [L(F02, "主持后厨早会", "配合品控专员")],
    [["早会"], ["冷库", "冷柜"], ["订货"], ["成本盘点"]])
add("duty-05", "new_hire", "duty", "配菜那个岗位要做哪些工作呀", "配菜员",
    [L(F02, "按配菜标准卡", "收档后清洁砧板")],
    [["切配"], ["先进先出"], ["生熟分开"]])
add("duty-06", "hr", "duty", "洗碗工的工作内容给我列一下", "洗碗工",
    [L(F02, "负责锅具、碗碟", "清理洗碗间")],
    [["消毒"], ["试纸"], ["垃圾分类", "油水分离器"]])
add("duty-07", "hr", "duty", "门店店长的岗位职责都有哪些", "店长",
    [L(F07, "三、岗位职责", "７．")],
    [["经营计划"], ["班前会"], ["第一责任人"], ["日报", "周报"]])
add("duty-08", "manager", "duty", "区域经理平时具体做些什么？", "区域经理",
    [L(F05, "1. 负责成都片区", "4. 参与新店选址")],
    [["巡店"], ["店长"], ["选址"]])
add("duty-09", "new_hire", "duty", "品控那个岗是干嘛的，主要工作有哪些", "品控专员",
    [L(F06, "飞行检查", "食品安全事故")],
    [["飞行检查"], ["抽检"], ["供应商"]])
add("duty-10", "manager", "duty", "楼面经理的职责是什么", "前厅经理",
    [Q(F01, "负责前厅营业全过程的现场管理"), Q(F01, "根据客流预测编排前厅人员班表"), Q(F01, "处理顾客投诉和突发事件，维护门店口碑"),
     Q(F01, "组织前厅员工的岗前培训与每月技能考核")],
    [["班表"], ["投诉"], ["培训"]])

# ------------------------------------------------------------------ qualification (10)
add("qual-01", "new_hire", "qualification", "想去应聘厨师长，需要什么条件", "厨师长",
    [L(F02, "| 学历 | 中专", "| 能力 | 熟悉川味")],
    [["中专"], ["5年以上"], ["中式烹调师"]])
add("qual-02", "hr", "qualification", "做店长要啥资格？", "店长",
    [L(F07, "四、任职资格", "４．　能力")],
    [["高中或中专", "中专"], ["3年以上"], ["食品安全管理员"]])
add("qual-03", "hr", "qualification", "招区域经理的话任职要求怎么写的", "区域经理",
    [L(F05, "1. 大专及以上学历，5年以上", "3. 能适应频繁出差")],
    [["大专"], ["5年以上"], ["出差"]])
add("qual-04", "hr", "qualification", "采购岗要什么学历跟经验", "采购专员",
    [L(F05, "1. 大专及以上学历，物流管理", "3. 熟练使用Excel")],
    [["大专"], ["3年以上"], ["ERP", "Excel"]])
add("qual-05", "new_hire", "qualification", "应聘品控专员有什么要求", "品控专员",
    [L(F06, "食品科学与工程", "持食品安全管理员证"), L(F06, "icon-edu\"></i>本科")],
    [["食品科学与工程", "食品质量与安全"], ["2年以上"], ["食品安全管理员"]])
add("qual-06", "hr", "qualification", "培训专员招人的要求有哪些", "培训专员",
    [L(F06, "大专及以上学历，人力资源", "普通话标准")],
    [["大专"], ["3年以上"], ["普通话"]])
add("qual-07", "new_hire", "qualification", "收银员招聘对人有什么要求吗", "收银员",
    [L(F05, "1. 高中及以上学历，会使用电脑", "2. 做事细心")],
    [["高中"], ["收银软件", "电脑"], ["1年以上"]])
add("qual-08", "new_hire", "qualification", "没做过后厨可以去当配菜员吗，有啥要求", "配菜员",
    [L(F02, "| 学历 | 初中", "| 其他 | 能吃苦")],
    [["无经验", "学徒"], ["健康证"], ["初中"]])
add("qual-09", "new_hire", "qualification", "服务员想升领班得满足什么条件", "领班",
    [Q(F08, "月度绩效连续3个月B级以上，能独立带新人，通过领班笔试")],
    [["6个月"], ["B级"], ["笔试"]])
add("qual-10", "hr", "qualification", "洗碗工岗位对年纪啥的有限制吗", "洗碗工",
    [L(F02, "| 年龄 | 55周岁", "| 证书 | 持有效健康证 |", after="## 🧽 洗碗工")],
    [["55周岁"], ["健康证"]])

# ------------------------------------------------------------------ attribute (12)
add("attr-01", "new_hire", "attribute", "服务员的直接领导是谁", "服务员",
    [Q(F01, "岗位名称：服务员　　汇报对象：领班　　管理对象：无"), L(F10, "前厅：前厅经理 → 领班")],
    [["领班"], ["服务员"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "店长上面是谁管，下面又管着谁", "店长",
    [L(F07, "直接上级：区域经理", "直接下级：前厅经理")],
    [["区域经理"], ["前厅经理"], ["厨师长"]], attribute="reports_to")
add("attr-03", "manager", "attribute", "厨师长手底下带哪些人", "厨师长",
    [L(F02, "**带领**：配菜员"), L(F10, "后厨：厨师长 →")],
    [["配菜员"], ["锅底师傅"], ["洗碗工"]], attribute="subordinates")
add("attr-04", "new_hire", "attribute", "采购专员那个职位工资开多少", "采购专员",
    [L(F05, "J20250401004")],
    [["6-8K"], ["13薪"]], attribute="pay")
add("attr-05", "new_hire", "attribute", "区域经理的工作地点在哪里", "区域经理",
    [L(F05, "J20250401003")],
    [["成都"], ["环球中心", "天府大道"]], attribute="location")
add("attr-06", "new_hire", "attribute", "品控专员的上级是谁？属于哪个部门", "品控专员",
    [L(F06, "直属上级", "品控经理"), L(F06, "成都·总部品控中心")],
    [["品控经理"], ["品控中心"]], attribute="reports_to")
add("attr-07", "hr", "attribute", "收银员在旗舰店跟小店的月薪范围分别是多少", "收银员",
    [Q(F03, "4500-5200"), Q(F03, "4200-4800")],
    [["4500-5200"], ["4200-4800"]], attribute="pay")
add("attr-08", "new_hire", "attribute", "重庆招传菜员是哪个店，包不包吃住", "传菜员",
    [L(F05, "J20250401002")],
    [["解放碑"], ["包吃住"]], attribute="location")
add("attr-09", "new_hire", "attribute", "长沙那边保洁一个月多少钱", "保洁员",
    [L(F05, "J20250401005")],
    [["3.5-4K"], ["五一广场"]], attribute="pay")
add("attr-10", "manager", "attribute", "楼面经理下面管哪几个岗位", "前厅经理",
    [Q(F01, "岗位名称：前厅经理　　汇报对象：店长　　管理对象：领班、收银员、迎宾员")],
    [["领班"], ["收银员"], ["迎宾员"]], attribute="subordinates")
add("attr-11", "new_hire", "attribute", "当店长收入大概能有多少", "店长",
    [L(F07, "底薪＋绩效")],
    [["1.2万"], ["利润分红"], ["合伙人"]], attribute="pay")
add("attr-12", "new_hire", "attribute", "培训专员薪资多少、在哪儿上班", "培训专员",
    [L(F06, "6-8K·13薪"), L(F06, "成都·总部人力资源部")],
    [["6-8K"], ["13薪"], ["成都"]], attribute="pay")

# ------------------------------------------------------------------ kpi (6)
add("kpi-01", "manager", "kpi", "店长每个月的绩效考核看哪些指标", "店长",
    [Q(F04, "月度营业额达成率"), Q(F04, "门店毛利率"), Q(F04, "顾客满意度"), Q(F04, "员工流失率")],
    [["营业额达成率"], ["毛利率"], ["顾客满意度"], ["员工流失率"]])
add("kpi-02", "new_hire", "kpi", "服务员被客人投诉一次要扣几分啊", "服务员",
    [Q(F04, "每次有效投诉扣5分，每次点名表扬加2分")],
    [["5分"], ["表扬"]])
add("kpi-03", "manager", "kpi", "厨师长的考核指标有哪些", "厨师长",
    [Q(F04, "食材成本率"), Q(F04, "出品合格率"), Q(F04, "上菜速度"), Q(F04, "后厨员工培训完成率")],
    [["食材成本率"], ["出品合格率"], ["上菜速度"], ["培训完成率"]])
add("kpi-04", "manager", "kpi", "店长这边有效投诉是怎么扣分的", "店长",
    [Q(F04, "每次扣2分，扣完为止")],
    [["2分"], ["扣完为止"]])
add("kpi-05", "new_hire", "kpi", "服务员的月度绩效都考核些啥", "服务员",
    [Q(F04, "服务七步曲执行"), Q(F04, "酒水及加菜推荐"), Q(F04, "考勤与仪容仪表"), Q(F04, "责任区卫生")],
    [["七步曲"], ["酒水"], ["考勤"], ["卫生"]])
add("kpi-06", "manager", "kpi", "厨师长上菜慢了怎么扣分，标准是几分钟", "厨师长",
    [Q(F04, "平均超过8分钟扣5分")],
    [["8分钟"], ["5分"]])

# ------------------------------------------------------------------ jd (4)
add("jd-01", "hr", "jd", "帮我写一份服务员的岗位说明书", "服务员",
    [Q(F01, "按照蜀味居服务七步曲为顾客提供迎客"), Q(F01, "负责责任区的清洁卫生及翻台收台工作")],
    [["七步曲"], ["翻台"]],
    tool={"kind": "jd", "role": "服务员", "must_cite_files": [F01], "expect_sections": ["duties"]})
add("jd-02", "hr", "jd", "采购专员的JD帮忙起草一下", "采购专员",
    [L(F05, "1. 负责牛油、辣椒", "3. 熟练使用Excel")],
    [["供应商"], ["询价", "比价"], ["3年以上"]],
    tool={"kind": "jd", "role": "采购专员", "must_cite_files": [F05], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "出一份厨师长的职位描述，要招人用", "厨师长",
    [L(F02, "主持后厨早会", "| 能力 | 熟悉川味")],
    [["早会"], ["成本盘点"], ["中式烹调师"]],
    tool={"kind": "jd", "role": "厨师长", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "给品控专员写个JD", "品控专员",
    [L(F06, "飞行检查", "持食品安全管理员证")],
    [["飞行检查"], ["供应商"], ["食品安全管理员"]],
    tool={"kind": "jd", "role": "品控专员", "must_cite_files": [F06], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("kd-01", "manager", "kpi_design", "帮我给店长设计一套KPI", "店长",
    [Q(F04, "月度营业额达成率"), Q(F04, "门店毛利率"), Q(F04, "食品安全检查得分")],
    [["营业额"], ["毛利率"]],
    tool={"kind": "kpi_design", "role": "店长", "must_cite_files": [F04], "count": None,
          "expected_indicators": ["月度营业额达成率", "门店毛利率", "顾客满意度", "员工流失率"]})
add("kd-02", "manager", "kpi_design", "厨师长的绩效指标帮我设计一下", "厨师长",
    [Q(F04, "食材成本率"), Q(F04, "出品合格率")],
    [["食材成本率"], ["出品合格率"]],
    tool={"kind": "kpi_design", "role": "厨师长", "must_cite_files": [F04], "count": None,
          "expected_indicators": ["食材成本率", "出品合格率", "上菜速度"]})
add("kd-03", "hr", "kpi_design", "服务员的考核指标给设计5个", "服务员",
    [Q(F04, "服务七步曲执行"), Q(F04, "酒水及加菜推荐")],
    [["七步曲"], ["酒水"]],
    tool={"kind": "kpi_design", "role": "服务员", "must_cite_files": [F04], "count": 5,
          "expected_indicators": ["服务七步曲执行", "酒水及加菜推荐", "考勤与仪容仪表"]})

# ------------------------------------------------------------------ followup (8)
add("fu-01", "new_hire", "followup", "锅底师傅要做哪些工作", "锅底师傅",
    [Q(F01, "按照公司标准配方炒制牛油锅底"), Q(F01, "做好锅底的分装与保温"), Q(F01, "记录每批次锅底的炒制时间、用料和口味检测结果")],
    [["配方"], ["保温", "分装"]],
    turns=[T("那他归谁管？", "attribute", "锅底师傅",
             [Q(F01, "岗位名称：锅底师傅　　汇报对象：厨师长　　管理对象：无"), L(F02, "**带领**：配菜员")],
             [["厨师长"], ["锅底师傅"]], attribute="reports_to"),
           T("最后那条具体有什么标准", "duty", "锅底师傅",
             [Q(F01, "每批锅底留样48小时备查")],
             [["留样"], ["48小时"]])])
add("fu-02", "hr", "followup", "店长的任职资格是啥", "店长",
    [L(F07, "四、任职资格", "４．　能力")],
    [["3年以上"], ["食品安全管理员"]],
    turns=[T("那待遇怎么样", "attribute", "店长", [L(F07, "底薪＋绩效")], [["1.2万"], ["利润分红"]], attribute="pay"),
           T("他下面直接管哪些人", "attribute", "店长", [L(F07, "直接下级：前厅经理")], [["前厅经理"], ["厨师长"]],
             attribute="subordinates"),
           T("那他一个月能休几天", "attribute", "店长", [L(F07, "实行综合工时制")], [["4天"], ["综合工时"]],
             attribute="benefits")])
add("fu-03", "new_hire", "followup", "品控专员主要负责什么", "品控专员",
    [L(F06, "飞行检查", "食品安全事故")],
    [["飞行检查"], ["供应商"]],
    turns=[T("要什么专业的", "qualification", "品控专员", [L(F06, "食品科学与工程")],
             [["食品科学与工程"], ["食品质量与安全"]]),
           T("换成培训专员呢", "qualification", "培训专员", [L(F06, "大专及以上学历，人力资源")],
             [["人力资源"], ["旅游管理"]])])
add("fu-04", "new_hire", "followup", "区域经理工资多少", "区域经理",
    [L(F05, "J20250401003")],
    [["15-25K"], ["14薪"]],
    turns=[T("主要干啥的", "duty", "区域经理", [L(F05, "1. 负责成都片区", "4. 参与新店选址")], [["巡店"], ["选址"]]),
           T("他是向谁汇报的", "attribute", "区域经理", [L(F05, "汇报对象：营运总监"), L(F10, "营运中心（营运总监）")],
             [["营运总监"], ["营运中心"]], attribute="reports_to")])
add("fu-05", "new_hire", "followup", "配菜员每天干什么", "配菜员",
    [L(F02, "按配菜标准卡", "收档后清洁砧板")],
    [["切配"], ["生熟分开"]],
    turns=[T("他上头是谁啊", "attribute", "配菜员", [L(F02, "**汇报给**：厨师长", after="## 🔪 配菜员")],
             [["厨师长"], ["门店后厨"]], attribute="reports_to"),
           T("那洗碗工呢", "attribute", "洗碗工", [L(F02, "**汇报给**：厨师长", after="## 🧽 洗碗工")],
             [["厨师长"], ["门店后厨"]], attribute="reports_to"),
           T("洗碗工有没有夜班补贴", "out_of_scope", "洗碗工")])
add("fu-06", "hr", "followup", "服务员试用期多长时间，试用期工资怎么算", "服务员",
    [Q(F09, "门店一线员工（服务员、传菜员、配菜员、洗碗工等）试用期1个月"), Q(F09, "试用期工资不低于转正工资的80%")],
    [["1个月"], ["80%"]],
    turns=[T("领班呢", "method", "领班", [Q(F09, "领班、收银员试用期2个月")], [["2个月"], ["领班"]]),
           T("转正要走什么流程", "method", None, [Q(F09, "由直接上级填写《转正评估表》")], [["转正评估表"], ["直接上级"]])])
add("fu-07", "new_hire", "followup", "门店晚班是几点到几点", None,
    [Q(F09, "16:00-次日02:00")],
    [["16:00"], ["02:00"]],
    turns=[T("哪些岗位要上这个班", "method", None, [Q(F09, "服务员、传菜员、收银员、洗碗工")], [["传菜员"], ["洗碗工"]]),
           T("一个月能休几天？周末能休吗", "method", None, [Q(F09, "员工每月休息4天，周五、周六及法定节假日原则上不安排休息")],
             [["4天"], ["周五", "周六"]])])
add("fu-08", "new_hire", "followup", "春熙路店招收银，主要做什么", "收银员",
    [L(F05, "1. 负责门店收银", "3. 解答顾客")],
    [["团购券", "会员储值"], ["备用金"]],
    turns=[T("学历上有啥要求没", "qualification", "收银员", [L(F05, "1. 高中及以上学历，会使用电脑")], [["高中"], ["收银软件"]]),
           T("待遇咋样", "attribute", "收银员", [L(F05, "J20250401001")], [["4-5K"], ["13薪"]], attribute="pay"),
           T("刚才职责里第二条具体啥意思", "duty", "收银员", [L(F05, "2. 每班结束后清点备用金")], [["备用金"], ["账实相符"]])])

# ------------------------------------------------------------------ out_of_scope (11)
OOS = [
    ("oos-01", "hr", "外卖专员具体负责什么工作？", "外卖专员"),
    ("oos-02", "hr", "薪酬专员要求什么学历", "薪酬专员"),
    ("oos-03", "new_hire", "迎宾主要做什么工作", "迎宾员"),
    ("oos-04", "new_hire", "毛肚涮几秒最好吃", None),
    ("oos-05", "new_hire", "员工餐一天管几顿，要扣钱吗", None),
    ("oos-06", "hr", "我们社保是按什么基数交的", None),
    ("oos-07", "new_hire", "洗碗用的消毒液浓度标准是多少", "洗碗工"),
    ("oos-08", "hr", "出纳的岗位职责有哪些", "出纳"),
    ("oos-09", "manager", "加盟一家蜀味居需要投多少钱", None),
    ("oos-10", "new_hire", "服务员不想干了要提前几天提辞职", "服务员"),
    ("oos-11", "hr", "中央厨房厂长的任职要求是什么", "厂长"),
]
for id_, persona, q, role in OOS:
    add(id_, persona, "out_of_scope", q, role, [], [])

assert len(items) == 64, len(items)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
