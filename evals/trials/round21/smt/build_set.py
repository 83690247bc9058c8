#!/usr/bin/env python3
"""Write set.jsonl (64 items) for the round-21 SMT/EMS corpus (鑫达电子科技（东莞）有限公司).

    T21_OUT=/tmp/t21smt /work/main/.venv/bin/python build_set.py

Written from the generated documents only, before gangwei was run. Text files cited by line spans
(found by anchor strings), binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T21_OUT", "/tmp/t21smt")) / "corpus"
F01 = "xs01_岗位说明书（SMT技术员-PE）.docx"
F02 = "xs02_岗位任职资格矩阵.xlsx"
F03 = "xs03_KPI指标库.xlsx"
F04 = "xs04_品质部岗位职责作业指导书.pdf"
F05 = "xs05_社会招聘.html"
F06 = "xs06_新员工培训手册.md"
F07 = "xs07_ATS_requisitions_export.csv"
F08 = "xs08_岗位工资及津贴标准.txt"
F09 = "xs09_员工手册（节选）.docx"
F10 = "xs10_制造部组织架构与岗位设置.docx"
_lines = {}


def lines(f):
    if f not in _lines:
        raw = (CORPUS / f).read_bytes()
        _lines[f] = (raw.decode("gbk") if f == F08 else raw.decode("utf-8-sig")).splitlines()
    return _lines[f]


def L(f, start, end=None, after=None):
    ls = lines(f)
    i0 = 0 if after is None else next(i for i, s in enumerate(ls) if after in s) + 1
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}


def Q(f, q):
    return {"file": f, "quote": q}


def CSV(title):
    return L(F07, f",{title},")


ITEMS = []


def add(id_, intent, persona, q, role, ev, kp, attribute=None, turns=None, tool=None):
    ITEMS.append({"id": "r21m-" + id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q, role=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


# ---------------------------------------------------------------- duty
SMT_TE_DUTY = [Q(F01, "单次换线时间控制在30分钟以内"), Q(F01, "单机抛料率超过0.3%时须停机分析"),
               Q(F01, "完成换线后的首件确认"), Q(F01, "负责飞达（Feeder）日常保养与校正")]
add("duty-01", "duty", "new_hire", "SMT技术员平时都干些啥活", "SMT技术员", SMT_TE_DUTY,
    [["换线"], ["抛料"], ["首件"], ["飞达", "Feeder"]])
add("duty-02", "duty", "hr", "PE工程师主要负责什么？", "工艺工程师",
    [Q(F01, "负责新产品导入（NPI）的SMT工艺评估"), Q(F01, "制定并优化回流焊炉温曲线"),
     Q(F01, "主导锡珠、虚焊、连锡等制程不良分析"), Q(F01, "审核工程变更（ECN）并组织产线切换")],
    [["NPI", "新产品导入"], ["炉温曲线"], ["8D"], ["ECN", "工程变更"]])
IPQC_DUTY = [Q(F04, "每次换线后30分钟内完成首件检验"), Q(F04, "每2小时按巡检表巡查一次"),
             Q(F04, "立即开具《品质异常单》并通知线长停线")]
add("duty-03", "duty", "new_hire", "ipqc巡检员的工作职责", "IPQC检验员", IPQC_DUTY,
    [["首件"], ["2小时"], ["品质异常单"]])
OQC_DUTY = [Q(F04, "按GB/T 2828.1抽样，一般检验水平II"), Q(F04, "核对出货产品的型号、数量、标签"),
            Q(F04, "判定不合格批次时开具《出货检验报告》")]
add("duty-04", "duty", "new_hire", "做OQC出货检验要做哪些事情", "OQC检验员", OQC_DUTY,
    [["AQL", "2828"], ["出货检验报告"], ["标签", "包装"]])
add("duty-05", "duty", "manager", "设备工程师的岗位职责有哪些", "设备工程师",
    [L(F05, "负责SMT线（贴片机", "30分钟内响应")],
    [["预防保养", "PM"], ["故障维修"], ["备件"]])
add("duty-06", "duty", "hr", "PMC计划员具体做什么工作", "计划员（PMC）",
    [L(F05, "根据客户订单和产能", "处理呆滞物料")],
    [["排程", "生产计划"], ["欠料"], ["OTD", "准时交货率"]])
add("duty-07", "duty", "new_hire", "QE一般干啥的", "品质工程师（QE）",
    [L(F05, "负责客户投诉处理", "IATF 16949")],
    [["客户投诉", "8D"], ["PFMEA", "控制计划"], ["IATF"]])
add("duty-08", "duty", "new_hire", "刚进来当SMT操作工，每天要干嘛", "SMT操作员",
    [L(F06, "按站位表和作业指导书上料", "下班前做好本机台6S"), CSV("SMT操作员")],
    [["上料"], ["抛料", "贴片机"], ["生产日报"]])
add("duty-09", "duty", "manager", "生产主管的主要职责是啥", "生产主管",
    [Q(F10, "每日召开早会通报前一日产量与FPY"), Q(F10, "监控各线UPH和OEE"),
     Q(F10, "推动精益生产和6S"), Q(F10, "发生工伤事故2小时内上报EHS")],
    [["早会"], ["UPH", "OEE"], ["6S", "精益"], ["工伤", "安全"]])
add("duty-10", "duty", "new_hire", "仓管员负责哪些工作", "仓库管理员", [CSV("仓库管理员")],
    [["收货", "入库"], ["湿敏", "烘烤"], ["先进先出", "FIFO"]])

# ---------------------------------------------------------------- qualification
add("qual-01", "qualification", "hr", "应聘SMT技术员需要什么条件", "SMT技术员",
    [Q(F01, "中专/高中及以上学历，电子、机电类专业优先"), Q(F01, "2年以上SMT贴片机调机经验"), Q(F02, "SMT技术员")],
    [["中专", "高中"], ["2年"], ["FUJI", "YAMAHA"]])
PE_QUAL = [Q(F01, "本科及以上学历，电子、材料、机械相关专业"), Q(F01, "3年以上SMT工艺经验"),
           Q(F01, "须持IPC-A-610 CIS证书")]
add("qual-02", "qualification", "hr", "招PE对学历和经验有什么要求", "工艺工程师", PE_QUAL,
    [["本科"], ["3年"], ["CIS", "IPC-A-610"]])
add("qual-03", "qualification", "hr", "IPQC检验员的任职要求", "IPQC检验员",
    [Q(F04, "1年以上电子厂品质检验经验"), Q(F04, "须持IPC-A-610 CIS证书，无色盲色弱"),
     Q(F02, "会使用卡尺、放大镜")],
    [["1年"], ["CIS", "IPC-A-610"], ["色盲", "色弱"]])
add("qual-04", "qualification", "hr", "设备工程师招聘要求是什么", "设备工程师",
    [L(F05, "大专及以上学历，机电一体化", "能看懂英文设备手册"), Q(F02, "持低压电工作业证")],
    [["大专"], ["3年"], ["电工"]])
add("qual-05", "qualification", "new_hire", "计划员要会什么软件，要求高吗", "计划员（PMC）",
    [L(F05, "大专及以上学历，物流管理", "能承受交期压力")],
    [["ERP", "金蝶", "用友"], ["2年"], ["大专"]])
add("qual-06", "qualification", "hr", "品质工程师的要求有哪些", "品质工程师（QE）",
    [L(F05, "本科及以上学历，电子或质量管理", "英语读写流利")],
    [["本科"], ["8D", "SPC"], ["英语"]])
add("qual-07", "qualification", "new_hire", "想当拉长要什么条件", "线长",
    [CSV("线长"), Q(F02, "须有带班经验")],
    [["高中"], ["2年"], ["组长", "线长1年"]])
add("qual-08", "qualification", "new_hire", "仓库管理员要叉车证吗，还有啥要求", "仓库管理员",
    [CSV("仓库管理员"), Q(F02, "叉车证须在有效期内")],
    [["叉车"], ["2年"], ["MSD", "湿敏"]])
add("qual-09", "qualification", "hr", "AOI检测员任职条件", "AOI检测员",
    [Q(F02, "AOI检测员"), Q(F02, "6个月以上"), Q(F02, "能判读AOI误报与真实不良")],
    [["6个月"], ["AOI误报", "误报"], ["AOI"]])
add("qual-10", "qualification", "manager", "生产主管要几年经验、什么学历", "生产主管",
    [Q(F10, "1. 大专及以上学历；"), Q(F10, "5年以上EMS生产管理经验"), CSV("生产主管")],
    [["大专"], ["5年"], ["主管经验", "EMS"]])

# ---------------------------------------------------------------- attribute
add("attr-01", "attribute", "new_hire", "SMT技术员的上级是谁", "SMT技术员", [Q(F01, "工艺工程师（PE）")],
    [["工艺工程师"], ["PE"]], attribute="reports_to")
add("attr-02", "attribute", "manager", "PE手下管几个人", "工艺工程师", [Q(F01, "SMT技术员（共6人）")],
    [["SMT技术员"], ["6人", "6"]], attribute="subordinates")
add("attr-03", "attribute", "hr", "生产主管向谁汇报", "生产主管",
    [Q(F10, "制造部经理（孙国栋）"), CSV("生产主管")], [["制造部经理"], ["孙国栋"]], attribute="reports_to")
add("attr-04", "attribute", "manager", "生产主管底下管多少个线长", "生产主管", [Q(F10, "线长（10人）")],
    [["线长"], ["10"]], attribute="subordinates")
add("attr-05", "attribute", "new_hire", "做SMT操作员要什么学历", "SMT操作员", [CSV("SMT操作员")],
    [["初中"], ["18-40", "40周岁"]], attribute="education")
add("attr-06", "attribute", "hr", "设备工程师需要持什么证", "设备工程师",
    [L(F05, "持有低压电工作业证"), Q(F02, "持低压电工作业证")], [["电工"], ["低压"]], attribute="certificate")
add("attr-07", "attribute", "new_hire", "线长工资大概多少", "线长", [CSV("线长")], [["7000"], ["9000"]], attribute="pay")
add("attr-08", "attribute", "new_hire", "SMT技术员底薪多少钱", "SMT技术员", [L(F08, "SMT技术员       T2")],
    [["3200"], ["1200"]], attribute="pay")
add("attr-09", "attribute", "new_hire", "仓管在哪栋楼上班", "仓库管理员", [CSV("仓库管理员")],
    [["B栋"], ["仓库"]], attribute="location")
add("attr-10", "attribute", "hr", "OQC要几年工作经验", "OQC检验员", [Q(F04, "1年以上出货检验或成品检验经验")],
    [["1年"], ["出货检验", "成品检验"]], attribute="experience")
add("attr-11", "attribute", "hr", "QE薪资范围是多少", "品质工程师（QE）", [L(F05, "10000-14000元/月")],
    [["10000"], ["14000"]], attribute="pay")
add("attr-12", "attribute", "manager", "一个线长带多少个操作员", "线长",
    [Q(F10, "管理本线12-15名操作员")], [["12-15", "12"], ["操作员"]], attribute="subordinates")

# ---------------------------------------------------------------- kpi
add("kpi-01", "kpi", "manager", "设备工程师考核哪些指标", "设备工程师",
    [Q(F03, "平均修复时间"), Q(F03, "平均故障间隔时间"), Q(F03, "预防保养按时完成率"), Q(F03, "≥80%")],
    [["平均修复时间", "MTTR"], ["平均故障间隔", "MTBF"], ["预防保养", "PM"]])
add("kpi-02", "kpi", "manager", "DPPM怎么计算，目标是多少", "品质工程师（QE）",
    [Q(F03, "客户端百万分之不良"), Q(F03, "客户退回不良数÷出货总数×1000000"), Q(F03, "≤200")],
    [["客户退回不良数"], ["1000000", "百万"], ["200"]])
LINE_KPI = [Q(F03, "小时产出达成率"), Q(F03, "本线直通率"), Q(F03, "5S稽核得分"), Q(F03, "员工月流失率")]
add("kpi-03", "kpi", "manager", "线长的KPI有哪些", "线长", LINE_KPI,
    [["小时产出", "UPH"], ["直通率", "FPY"], ["5S"], ["流失率"]])
add("kpi-04", "kpi", "hr", "计划员的库存周转天数要控制在多少", "计划员（PMC）",
    [Q(F03, "≤25天"), Q(F03, "平均库存金额÷日均出库金额")], [["25天"], ["平均库存金额", "日均出库"]])
add("kpi-05", "kpi", "manager", "IPQC绩效看哪几项", "IPQC检验员",
    [Q(F03, "首件检验及时率"), Q(F03, "巡检漏检率")], [["首件检验及时率"], ["漏检率"]])
add("kpi-06", "kpi", "manager", "生产主管的考核指标有哪些", "生产主管",
    [Q(F03, "人均产出达成率"), Q(F03, "统计期内工伤及设备安全事故次数"), Q(F03, "≥75%")],
    [["人均产出"], ["安全事故"], ["75%", "OEE"]])

# ---------------------------------------------------------------- jd
add("jd-01", "jd", "hr", "帮我写一份SMT技术员的岗位说明书", "SMT技术员", SMT_TE_DUTY,
    [["换线"], ["抛料"], ["首件"]], tool={"kind": "jd", "role": "SMT技术员", "must_cite_files": [F01],
                                         "expect_sections": ["duties", "qualifications"]})
add("jd-02", "jd", "hr", "起草一个IPQC的JD", "IPQC检验员", IPQC_DUTY,
    [["首件"], ["巡检"], ["品质异常单"]], tool={"kind": "jd", "role": "IPQC检验员", "must_cite_files": [F04],
                                           "expect_sections": ["duties", "qualifications"]})
add("jd-03", "jd", "hr", "给设备工程师出一份职位描述", "设备工程师", [L(F05, "负责SMT线（贴片机", "30分钟内响应")],
    [["故障维修"], ["预防保养"], ["备件"]], tool={"kind": "jd", "role": "设备工程师", "must_cite_files": [F05],
                                              "expect_sections": ["duties", "qualifications"]})
add("jd-04", "jd", "manager", "生产主管JD帮忙拟一份", "生产主管",
    [Q(F10, "每日召开早会通报前一日产量与FPY"), Q(F10, "监控各线UPH和OEE"), Q(F10, "推动精益生产和6S")],
    [["早会"], ["UPH", "OEE"], ["精益", "6S"]], tool={"kind": "jd", "role": "生产主管", "must_cite_files": [F10],
                                                    "expect_sections": ["duties", "qualifications"]})

# ---------------------------------------------------------------- kpi_design
add("kd-01", "kpi_design", "manager", "给设备工程师设计一套KPI", "设备工程师",
    [Q(F03, "平均修复时间"), Q(F03, "平均故障间隔时间"), Q(F03, "预防保养按时完成率")],
    [["平均修复时间"], ["平均故障间隔时间"], ["预防保养按时完成率"]],
    tool={"kind": "kpi_design", "role": "设备工程师", "count": None, "must_cite_files": [F03],
          "expected_indicators": ["平均修复时间", "平均故障间隔时间", "预防保养按时完成率"]})
add("kd-02", "kpi_design", "hr", "帮PMC计划员设计5个考核指标", "计划员（PMC）",
    [Q(F03, "生产计划达成率"), Q(F03, "库存周转天数"), Q(F03, "呆滞物料金额")],
    [["生产计划达成率"], ["库存周转天数"], ["呆滞物料金额"]],
    tool={"kind": "kpi_design", "role": "计划员（PMC）", "count": 5, "must_cite_files": [F03],
          "expected_indicators": ["准时交货率", "生产计划达成率", "库存周转天数", "呆滞物料金额"]})
add("kd-03", "kpi_design", "manager", "线长的绩效指标帮我设计一下", "线长", LINE_KPI,
    [["小时产出达成率"], ["本线直通率"], ["5S稽核得分"], ["员工月流失率"]],
    tool={"kind": "kpi_design", "role": "线长", "count": None, "must_cite_files": [F03],
          "expected_indicators": ["小时产出达成率", "本线直通率", "5S稽核得分", "员工月流失率"]})

# ---------------------------------------------------------------- followup
add("fu-01", "followup", "new_hire", "SMT技术员的职责是什么", "SMT技术员", SMT_TE_DUTY,
    [["换线"], ["抛料"], ["首件"]], turns=[
        T("第3条能展开讲讲吗", "duty", "SMT技术员", [Q(F01, "单机抛料率超过0.3%时须停机分析")], [["0.3%"], ["停机", "PE"]]),
        T("那他的直属领导是谁", "attribute", "SMT技术员", [Q(F01, "工艺工程师（PE）")], [["工艺工程师"], ["PE"]], "reports_to")])
add("fu-02", "followup", "new_hire", "IPQC检验员要做什么", "IPQC检验员", IPQC_DUTY,
    [["首件"], ["2小时"], ["品质异常单"]], turns=[
        T("换成OQC检验员呢", "duty", "OQC检验员", OQC_DUTY, [["AQL", "2828"], ["出货检验报告"]]),
        T("这个岗位任职要求呢", "qualification", "OQC检验员", [Q(F04, "1年以上出货检验或成品检验经验"), Q(F04, "熟悉GB/T 2828.1抽样标准")],
          [["1年"], ["2828"]])])
add("fu-03", "followup", "hr", "设备工程师要什么条件", "设备工程师",
    [L(F05, "大专及以上学历，机电一体化", "能看懂英文设备手册")], [["大专"], ["3年"], ["电工"]], turns=[
        T("工资开多少", "attribute", "设备工程师", [L(F05, "9000-13000元/月")], [["9000"], ["13000"]], "pay"),
        T("换成计划员呢", "attribute", "计划员（PMC）", [L(F05, "7000-9500元/月")], [["7000"], ["9500"]], "pay")])
add("fu-04", "followup", "manager", "线长考核什么指标", "线长", LINE_KPI,
    [["小时产出", "UPH"], ["直通率", "FPY"], ["5S"]], turns=[
        T("换成生产主管的呢", "kpi", "生产主管", [Q(F03, "人均产出达成率"), Q(F03, "统计期内工伤及设备安全事故次数")], [["人均产出"], ["安全事故"]]),
        T("OEE目标定的多少", "kpi", "生产主管", [Q(F03, "≥75%")], [["75%"], ["≥75"]])])
add("fu-05", "followup", "new_hire", "SMT操作员上料对料的流程是什么", "SMT操作员",
    [L(F06, "1. 从物料员处领取工单物料", "5. 换料完成后由线长或IPQC")], [["扫码"], ["站位表"], ["二次确认"]], turns=[
        T("第4步展开说说", "method", "SMT操作员", [L(F06, "4. 接料时新旧料盘须同一料号")], [["同一料号"], ["接料记录表"]]),
        T("培训完怎么考核上岗", "method", "SMT操作员", [L(F06, "第5天进行理论考试", "考试不合格可补考1次")],
          [["80分"], ["上岗证", "补考"]])])
add("fu-06", "followup", "hr", "PE的任职资格", "工艺工程师", PE_QUAL, [["本科"], ["3年"], ["CIS"]], turns=[
    T("证书方面有啥硬性要求", "attribute", "工艺工程师", [Q(F01, "须持IPC-A-610 CIS证书")], [["IPC-A-610"], ["CIS"]], "certificate"),
    T("那SMT技术员呢", "attribute", "SMT技术员", [Q(F01, "持有IPC-A-610认证者优先")], [["IPC-A-610"], ["优先"]], "certificate")])
add("fu-07", "followup", "hr", "QE岗位职责", "品质工程师（QE）", [L(F05, "负责客户投诉处理", "IATF 16949")],
    [["客户投诉"], ["PFMEA"], ["IATF"]], turns=[
        T("第一条展开说说", "duty", "品质工程师（QE）", [L(F05, "负责客户投诉处理")], [["24小时"], ["7天"], ["8D"]]),
        T("这个岗位怎么考核", "kpi", "品质工程师（QE）",
          [Q(F03, "客户端百万分之不良"), Q(F03, "8D报告按时关闭率"), Q(F03, "制程能力指数"), Q(F03, "重复客诉次数")],
          [["DPPM", "百万分之不良"], ["8D报告按时关闭率"], ["CPK", "制程能力"]])])
add("fu-08", "followup", "new_hire", "仓库管理员工资多少", "仓库管理员", [CSV("仓库管理员")],
    [["5500"], ["7000"]], attribute="pay", turns=[
        T("那物料员呢", "attribute", "物料员", [CSV("物料员")], [["5000"], ["6200"]], "pay"),
        T("他们主要干什么", "duty", "物料员", [CSV("物料员")], [["备料", "线边仓"], ["退料"], ["盘点"]]),
        OOS("物料员有年终奖吗", "物料员")])

# ---------------------------------------------------------------- out of scope
add("oos-01", "out_of_scope", "hr", "自动化工程师的岗位职责是什么", None, [], [])
add("oos-02", "out_of_scope", "hr", "ICT测试技术员需要什么任职条件", None, [], [])
add("oos-03", "out_of_scope", "new_hire", "我们厂年假有几天", None, [], [])
add("oos-04", "out_of_scope", "new_hire", "新员工试用期多长时间", None, [], [])
add("oos-05", "out_of_scope", "new_hire", "回流焊峰值温度一般设多少度", None, [], [])
add("oos-06", "out_of_scope", "manager", "BGA虚焊了要怎么返修", None, [], [])
add("oos-07", "out_of_scope", "hr", "法律规定每个月加班最多不能超过多少小时", None, [], [])
add("oos-08", "out_of_scope", "new_hire", "法定节假日加班是按几倍工资算", None, [], [])
add("oos-09", "out_of_scope", "new_hire", "东莞这两天天气怎么样", None, [], [])
add("oos-10", "out_of_scope", "hr", "DIP插件工的岗位职责", None, [], [])
add("oos-11", "out_of_scope", "new_hire", "静电手环的电阻值要求是多少", None, [], [])

assert len(ITEMS) == 64, len(ITEMS)
with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in ITEMS:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print("wrote", len(ITEMS))
