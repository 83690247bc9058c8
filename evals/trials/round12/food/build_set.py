"""Builds set.jsonl for round 12 (food plant 北麦食品) and checks it with evals/sets/validate.py's Checker
and with gangwei's own loader/validator (load_items + validate_gold).

    PYTHONPATH=/tmp/r12code /work/main/.venv/bin/python build_set.py [/tmp/t12b/corpus]

Text formats (.txt .tsv .html) are cited by line spans, found here by a unique substring of the raw line
(the set is written from the documents; the spans are only looked up).
"""
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CODE = Path("/tmp/r12code")
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t12b/corpus")
sys.path.insert(0, str(CODE / "evals" / "sets"))
sys.path.insert(0, str(CODE))
import validate as V  # noqa: E402

V.TEXT_SUFFIXES.add(".tsv")
V.FORMAT_NAMES[".tsv"] = "tsv"

F1 = "bm01_车间主任岗位说明书.docx"; F2 = "bm02_品质部岗位职责汇编.docx"; F3 = "bm03_生产及设备岗位一览表.xlsx"
F4 = "bm04_绩效考核指标.xlsx"; F5 = "bm05_仓储物流岗位.tsv"; F6 = "bm06_社会招聘启事.txt"
F7 = "bm07_员工手册.pdf"; F8 = "bm08_人才招聘.html"; F9 = "bm09_班组长能力素质模型.docx"; F10 = "bm10_组织架构.txt"

_lines_cache = {}


def _lines(f):
    if f not in _lines_cache:
        data = (CORPUS / f).read_bytes()
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("gb18030")
        _lines_cache[f] = t.splitlines()
    return _lines_cache[f]


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, sub, sub_end=None):
    """Line span of the unique physical line containing `sub` (to the one containing `sub_end`)."""
    ls = _lines(f)
    hits = [i for i, ln in enumerate(ls, 1) if sub in ln]
    assert len(hits) == 1, (f, sub, hits)
    a = b = hits[0]
    if sub_end:
        he = [i for i, ln in enumerate(ls, 1) if sub_end in ln]
        assert len(he) == 1, (f, sub_end, he)
        b = he[0]
    return {"file": f, "line_start": a, "line_end": b}


def LX(f, line):
    """Line span of the unique physical line equal to `line` (stripped)."""
    hits = [i for i, ln in enumerate(_lines(f), 1) if ln.strip() == line]
    assert len(hits) == 1, (f, line, hits)
    return {"file": f, "line_start": hits[0], "line_end": hits[0]}


items = []


def item(id, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=id, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, role, ev, kp, attribute=None):
    d = dict(question=q, intent=intent, role=role, evidence=ev, key_points=kp)
    if attribute:
        d["attribute"] = attribute
    return d


def OOS(q):
    return dict(question=q, intent="out_of_scope", role=None, evidence=[], key_points=[])


# ---------------------------------------------------------------- evidence blocks
E_ZR_DUTY = [Q(F1, "根据月度生产计划编制车间周、日作业计划"), Q(F1, "监督各工序执行GMP和SSOP要求"),
             Q(F1, "组织班前安全讲话和每周安全检查"), Q(F1, "推行6S现场管理，督促操作工做好设备日常点检"),
             Q(F1, "控制原辅料损耗和能耗"), Q(F1, "负责班组长的工作安排、培训和绩效考核"), Q(F1, "完成生产经理交办的其他工作")]
E_ZR_QUAL = [Q(F1, "1. 大专及以上学历，食品科学与工程"), Q(F1, "熟悉食品生产许可（SC）相关要求"),
             Q(F1, "能熟练使用Excel编制生产报表"), Q(F1, "具备较强的组织协调能力和现场问题处理能力"),
             Q(F1, "5年以上食品或快消品生产管理经验"), Q(F1, "1. 能适应倒班和节假日生产安排")]
E_PK_DUTY = [Q(F2, "组织建立并维护HACCP计划和ISO22000"), Q(F2, "组织HACCP小组开展危害分析"),
             Q(F2, "审核每日CCP监控记录和纠偏记录"), Q(F2, "负责客户投诉的质量调查，出具8D报告"),
             Q(F2, "组织原辅料供应商的质量审核"), Q(F2, "负责品质部人员的培训、排班和考核")]
E_PK_QUAL = [Q(F2, "学历：本科及以上学历，食品质量与安全"), Q(F2, "经验：5年以上食品企业品质管理经验"),
             Q(F2, "证书：持有HACCP内审员证书"), Q(F2, "能力：熟悉GB 14881、GB 2760")]
E_QA_DUTY = [Q(F2, "巡查生产现场的卫生状况和员工操作规范"), Q(F2, "监督CCP点（杀菌温度、金属探测）"),
             Q(F2, "负责成品放行审核，核对批记录"), Q(F2, "管理留样室，按批次留样"), Q(F2, "参与新员工食品安全卫生培训")]
E_QC_DUTY = [Q(F2, "负责原辅料和包材的进货检验"), Q(F2, "负责生产过程中的半成品检验"), Q(F2, "负责成品出厂检验，填写检验原始记录"),
             Q(F2, "对检验不合格的物料贴红色不合格标识")]
E_QC_QUAL = [Q(F2, "学历：中专及以上学历，食品检验相关专业"), Q(F2, "经验：1年以上食品检验工作经验"),
             Q(F2, "证书：持有食品检验工职业资格证书者优先"), Q(F2, "其他：视力良好，无色盲色弱")]
E_HY_DUTY = [Q(F2, "负责原奶的理化指标检测"), Q(F2, "负责微生物检测，包括菌落总数"), Q(F2, "配制和标定化验用试剂"),
             Q(F2, "负责化验仪器的日常维护和期间核查")]
E_OP1_DUTY = [Q(F3, "按SOP操作巴氏杀菌机、灌装机等设备")]
E_OP2_DUTY = [Q(F3, "1.负责和面、成型、速冻隧道等工序的操作")]
E_WX_ROW_DUTY = [Q(F3, "负责生产设备的日常巡检和故障维修")]
E_DG_DUTY = [Q(F3, "负责厂区高低压配电系统的运行和维护")]
E_CG = L(F5, "仓管员\t")
E_CC = L(F5, "叉车司机\t")
E_AQ_DUTY = [L(F6, "（1）每日巡查车间、冷库", "（5）负责污水处理站")]
E_AQ_QUAL = [L(F6, "（1）大专及以上学历，安全工程", "（3）3年以上制造业安全管理经验")]
E_XS_QUAL = [L(F6, "（1）本科及以上学历，市场营销", "（4）持C1驾照")]
E_QD_DUTY = [L(F6, "（1）维护辖区内经销商", "（3）收集门店销售数据")]
E_YF_DUTY = [L(F8, "1. 根据市场需求开展乳制品")]
E_YF_QUAL = [L(F8, "1. 硕士及以上学历")]
E_CGY_DUTY = [L(F8, "1. 负责原奶、面粉、包材")]
E_CGY_QUAL = [L(F8, "2. 2年以上食品行业采购经验")]
E_ZR_KPI = [Q(F4, "成品一次检验合格率"), Q(F4, "CCP监控记录完整率"), Q(F4, "安全生产事故"), Q(F4, "生产计划达成率"),
            Q(F4, "设备综合效率（OEE）"), Q(F4, "物料损耗率"), Q(F4, "单位产品能耗"), Q(F4, "员工流失率")]
E_PK_KPI = [Q(F4, "客户投诉次数"), Q(F4, "成品监督抽检合格率"), Q(F4, "HACCP体系内审不符合项关闭率"), Q(F4, "检验报告及时率"),
            Q(F4, "原料批次合格率"), Q(F4, "培训计划完成率"), Q(F4, "检验差错次数")]

# ---------------------------------------------------------------- duty (8)
item("r12b-duty-01", "new_hire", "duty", "车间主任平时主要管哪些事", "车间主任", E_ZR_DUTY,
     [["作业计划", "生产计划"], ["GMP", "SSOP", "CCP"], ["安全检查", "安全讲话"], ["6S"], ["损耗"]])
item("r12b-duty-02", "new_hire", "duty", "品保专员每天都要干嘛", "品保专员（QA）", E_QA_DUTY,
     [["巡检", "巡查"], ["CCP"], ["放行"], ["留样"]])
item("r12b-duty-03", "new_hire", "duty", "二厂速冻车间的操作工具体做什么活", "操作工", E_OP2_DUTY,
     [["和面", "成型"], ["速冻隧道"], ["-30℃"], ["交接班"]])
item("r12b-duty-04", "hr", "duty", "化验员负责哪些检测工作", "化验员", E_HY_DUTY,
     [["理化"], ["微生物", "菌落总数"], ["试剂"], ["仪器"]])
item("r12b-duty-05", "new_hire", "duty", "仓管员岗位职则是啥", "仓管员", [E_CG],
     [["收发存"], ["先进先出", "FIFO"], ["盘点"], ["-18℃", "冷库温度"]])
item("r12b-duty-06", "manager", "duty", "EHS那边的安全员要负责什么", "安全员", E_AQ_DUTY,
     [["隐患"], ["三级安全教育"], ["劳保用品"], ["应急演练"], ["污水"]])
item("r12b-duty-07", "new_hire", "duty", "研发工程师平时都做些什么", "产品研发工程师", E_YF_DUTY,
     [["配方开发"], ["中试", "小试"], ["量产导入", "工艺文件"], ["保质期"]])
item("r12b-duty-08", "hr", "duty", "厂里电工的工作职责有哪些", "电工", E_DG_DUTY,
     [["配电系统", "高低压配电"], ["电气故障"], ["配电柜"], ["停送电"]])

# ---------------------------------------------------------------- qualification (6)
item("r12b-qual-01", "hr", "qualification", "招品控主管要什么条件", "品控主管", E_PK_QUAL,
     [["本科"], ["食品质量与安全", "食品科学"], ["5年"], ["HACCP内审员", "ISO22000内审员"]])
item("r12b-qual-02", "hr", "qualification", "化验员的任职要求是什么", "化验员",
     [Q(F2, "同上。"), Q(F2, "另：有微生物检验经验者优先")] + E_QC_QUAL,
     [["中专"], ["1年"], ["微生物检验经验"]])
item("r12b-qual-03", "manager", "qualification", "车间主任要找什么样的人，学历经验有啥要求", "车间主任", E_ZR_QUAL,
     [["大专"], ["5年"], ["HACCP", "ISO22000"], ["Excel", "ERP"]])
item("r12b-qual-04", "hr", "qualification", "华北区域销售经理任职资格", "区域销售经理（华北）", E_XS_QUAL,
     [["本科"], ["5年"], ["经销商资源"], ["C1"]])
item("r12b-qual-05", "hr", "qualification", "设备维修工招人有啥要求", "设备维修工", [Q(F3, "中专及以上学历，机电一体化或机械相关专业")],
     [["中专"], ["机电一体化", "机械"], ["3年"], ["焊工证"]])
item("r12b-qual-06", "manager", "qualification", "当班组长需要具备哪些能力", "班组长",
     [Q(F9, "掌握本班组产品的工艺流程和关键参数"), Q(F9, "熟练操作本班组所有设备"), Q(F9, "理解GMP、SSOP和CCP要求"),
      Q(F9, "能清晰传达生产指令"), Q(F9, "推行6S和目视化管理"), Q(F9, "对新员工进行岗位带教"), Q(F9, "当班问题当班解决，不推诿")],
     [["工艺掌握", "工艺流程"], ["设备操作", "操作本班组所有设备"], ["食品安全意识", "GMP"], ["班组沟通", "生产指令"],
      ["人员培养", "带教"]])

# ---------------------------------------------------------------- attribute (10)
item("r12b-attr-01", "new_hire", "attribute", "车间主任的直接上级是谁", "车间主任", [{"file": F1, "line_start": 6, "line_end": 7}, L(F10, "生产部：生产经理")],
     [["生产经理"]], attribute="reports_to")
item("r12b-attr-02", "new_hire", "attribute", "QA在哪个厂上班", "品保专员（QA）", [Q(F2, "工作地点：一厂、二厂（轮岗）")],
     [["一厂、二厂", "轮岗"]], attribute="location")
item("r12b-attr-03", "new_hire", "attribute", "一厂操作工工资多少", "操作工", [Q(F3, "5500-7000")],
     [["5500-7000"]], attribute="pay")
item("r12b-attr-04", "new_hire", "attribute", "开叉车要什么证", "叉车司机", [E_CC],
     [["特种设备作业人员证"], ["N1"]], attribute="certificate")
item("r12b-attr-05", "hr", "attribute", "电工需要持什么证上岗", "电工",
     [Q(F3, "持有低压电工作业证（应急管理部门颁发）")], [["低压电工作业证"], ["高压电工证"]], attribute="certificate")
item("r12b-attr-06", "new_hire", "attribute", "包装工一个月能拿多少", "包装工", [Q(F3, "4500-5500（计件）")],
     [["4500-5500"], ["计件"]], attribute="pay")
item("r12b-attr-07", "manager", "attribute", "品控主管手下管哪些人", "品控主管", [Q(F2, "直接下级：QA专员、QC检验员、化验员"), L(F10, "品质部：品质经理")],
     [["QA专员"], ["QC检验员"], ["化验员"]], attribute="subordinates")
item("r12b-attr-08", "new_hire", "attribute", "渠道专员是向谁汇报的", "渠道专员", [L(F6, "汇报：区域销售经理"), L(F10, "销售部：销售总监")],
     [["区域销售经理"]], attribute="reports_to")
item("r12b-attr-09", "hr", "attribute", "研发工程师一定要硕士吗", "产品研发工程师", E_YF_QUAL,
     [["硕士"], ["优秀本科生可放宽", "本科"]], attribute="education")
item("r12b-attr-10", "new_hire", "attribute", "仓管员有没有冷库补贴", "仓管员", [E_CG],
     [["冷库补贴300元"]], attribute="benefits")

# ---------------------------------------------------------------- kpi (8)
item("r12b-kpi-01", "manager", "kpi", "车间主任的KPI考核哪些指标", "车间主任", E_ZR_KPI,
     [["生产计划达成率"], ["物料损耗率"], ["成品一次检验合格率"], ["OEE", "设备综合效率"], ["员工流失率"]])
item("r12b-kpi-02", "manager", "kpi", "物料损耗率是怎么算的", "车间主任", [Q(F4, "物料损耗率"), Q(F4, "(领用量-产出折算量)÷领用量×100%"), Q(F4, "≤1.5%")],
     [["领用量"], ["产出折算量"], ["1.5%"]])
item("r12b-kpi-03", "manager", "kpi", "品控主管客户投诉这个指标占多少权重，目标多少", "品控主管", [Q(F4, "客户投诉次数"), Q(F4, "≤2次/季度")],
     [["15%"], ["≤2次/季度", "2次"]])
item("r12b-kpi-04", "manager", "kpi", "品控主管考核里跟HACCP有关的指标是哪个", "品控主管", [Q(F4, "HACCP体系内审不符合项关闭率"), Q(F4, "按期关闭的不符合项÷不符合项总数×100%")],
     [["HACCP体系内审不符合项关闭率", "不符合项关闭率"], ["按期关闭"]])
item("r12b-kpi-05", "hr", "kpi", "绩效考核拿A要多少分，系数是多少", None, [Q(F4, "95分及以上"), Q(F4, "1.2")],
     [["95分"], ["1.2"]])
item("r12b-kpi-06", "new_hire", "kpi", "什么情况下绩效直接算0分", None, [Q(F4, "二、一票否决：发生重大食品安全事故")],
     [["一票否决"], ["重大食品安全事故"], ["监管部门通报"]])
item("r12b-kpi-07", "manager", "kpi", "班组长能力评价里食品安全意识这项权重多少", "班组长", [{"file": F9, "line_start": 20, "line_end": 23}],
     [["20%"], ["卫生隐患", "上报QA"]])
item("r12b-kpi-08", "manager", "kpi", "车间主任OEE目标值定的多少", "车间主任", [Q(F4, "设备综合效率（OEE）"), Q(F4, "时间开动率×性能开动率×合格品率"), Q(F4, "≥75%")],
     [["75%"], ["时间开动率", "性能开动率"]])

# ---------------------------------------------------------------- method / handbook (7)
item("r12b-method-01", "new_hire", "method", "进厂试用期多长时间", None, [Q(F7, "第二条　一线操作岗位试用期为1个月")],
     [["1个月"], ["3个月"]])
item("r12b-method-02", "new_hire", "method", "加班费咋算的", None,
     [Q(F7, "第九条　工作日加班按1.5倍计发加班费"), Q(F7, "发；法定节假日加班按3倍计发。")],
     [["1.5倍"], ["2倍"], ["3倍"]])
item("r12b-method-03", "new_hire", "method", "进车间前要怎么更衣消毒", None,
     [Q(F7, "第十五条　进入生产车间须依次完成"), Q(F7, "手、酒精手消毒、风淋、过鞋底消毒池。")],
     [["换鞋"], ["七步洗"], ["酒精"], ["风淋"], ["消毒池"]])
item("r12b-method-04", "new_hire", "method", "上夜班有补贴吗", None, [Q(F7, "第七条　夜班（22:00以后开始的班次）")],
     [["30元"], ["夜班津贴"]])
item("r12b-method-05", "new_hire", "method", "拉肚子了还能进车间上班吗", None,
     [Q(F7, "第十二条　患有发热、腹泻、皮肤伤口感染"), Q(F7, "班组长报告，并调离直接接触食品的岗位。")],
     [["报告"], ["调离"]])
item("r12b-method-06", "new_hire", "method", "冷库岗位发哪些劳保用品", None,
     [Q(F7, "第十八条　公司按岗位免费发放劳保用品"), Q(F7, "和防滑棉鞋；设备维修岗位发放绝缘鞋")],
     [["防寒服"], ["防寒手套"], ["防滑棉鞋"]])
item("r12b-method-07", "new_hire", "method", "一厂跟二厂倒班一样吗", None,
     [Q(F7, "第五条　生产车间实行倒班制，一厂三班倒"),
      Q(F3, "三班倒（8:00-16:00/16:00-24:00/0:00-8:00），每周轮换"), Q(F3, "两班倒（7:30-19:30/19:30-7:30），做四休二")],
     [["三班倒"], ["两班倒"]])

# ---------------------------------------------------------------- followup (10)
item("r12b-fu-01", "new_hire", "followup", "QC检验员主要做什么", "QC检验员", E_QC_DUTY,
     [["进货检验"], ["半成品"], ["出厂检验"], ["不合格"]],
     turns=[T("那他归谁管", "attribute", "QC检验员", [{"file": F2, "line_start": 39, "line_end": 39}, L(F10, "品质部：品质经理")], [["品控主管"]], "reports_to"),
            T("要什么证", "attribute", "QC检验员", [Q(F2, "证书：持有食品检验工职业资格证书者优先")],
              [["食品检验工职业资格证书"]], "certificate")])
item("r12b-fu-02", "new_hire", "followup", "叉车司机的工作内容有哪些", "叉车司机", [E_CC],
     [["卸货", "装车"], ["点检"], ["限速"]],
     turns=[T("多少钱一个月", "attribute", "叉车司机", [E_CC], [["5500-6500"]], "pay"),
            T("在哪个厂", "attribute", "叉车司机", [E_CC], [["二厂"]], "location")])
item("r12b-fu-03", "new_hire", "followup", "一厂操作工干什么活", "操作工", E_OP1_DUTY,
     [["巴氏杀菌机", "灌装机"], ["CCP监控记录", "生产记录"], ["CIP"]],
     turns=[T("换成二厂的呢", "duty", "操作工", E_OP2_DUTY, [["和面", "成型"], ["速冻隧道"]]),
            T("那他工资多少", "attribute", "操作工", [Q(F3, "5000-6500")], [["5000-6500"]], "pay")])
item("r12b-fu-04", "manager", "followup", "车间主任都考核啥KPI", "车间主任", E_ZR_KPI,
     [["生产计划达成率"], ["物料损耗率"], ["成品一次检验合格率"]],
     turns=[T("成本那块呢", "kpi", "车间主任", [Q(F4, "物料损耗率"), Q(F4, "单位产品能耗")], [["物料损耗率"], ["单位产品能耗"]]),
            T("换成品控主管呢", "kpi", "品控主管", E_PK_KPI, [["客户投诉次数"], ["原料批次合格率"], ["检验报告及时率"]])])
item("r12b-fu-05", "manager", "followup", "品控主管的岗位职责", "品控主管", E_PK_DUTY,
     [["HACCP"], ["CCP监控记录"], ["8D"], ["供应商"]],
     turns=[T("第二条具体说说", "duty", "品控主管", [Q(F2, "组织HACCP小组开展危害分析")], [["危害分析"], ["关键控制点", "关键限值"]]),
            T("他要什么学历", "attribute", "品控主管", [Q(F2, "学历：本科及以上学历，食品质量与安全")], [["本科"]], "education")])
item("r12b-fu-06", "hr", "followup", "安全员招聘要求是啥", "安全员", E_AQ_QUAL,
     [["大专"], ["注册安全工程师"], ["3年"], ["液氨"]],
     turns=[T("在哪上班", "attribute", "安全员", [L(F6, "地点：二厂（河北廊坊）")], [["二厂", "廊坊"]], "location"),
            T("月薪多少", "attribute", "安全员", [L(F6, "月薪：6000-8000元")], [["6000-8000"]], "pay")])
item("r12b-fu-07", "new_hire", "followup", "试用期工资怎么算", None, [Q(F7, "第三条　试用期工资不低于转正工资的80%")],
     [["80%"]] + [["转正工资"]],
     turns=[T("那转正要走什么流程", "method", None,
              [Q(F7, "第三条　试用期工资不低于转正工资的80%"), Q(F7, "《转正评估表》，经人力资源部审核后办理转正。")],
              [["转正评估表"], ["人力资源部审核"]]),
            T("入职要带哪些材料", "method", None, [Q(F7, "第一条　新员工入职须提供身份证")], [["身份证"], ["健康证明"]])])
item("r12b-fu-08", "manager", "followup", "设备维修工的职责是什么", "设备维修工", E_WX_ROW_DUTY,
     [["巡检", "故障维修"], ["预防性保养"], ["制冷机组", "空压机"], ["异物"]],
     turns=[T("他上级是谁", "attribute", "设备维修工", [Q(F3, "负责生产设备的日常巡检和故障维修"), L(F10, "设备部：设备主管")], [["设备主管"]], "reports_to"),
            T("换成电工呢", "attribute", "电工", [Q(F3, "负责厂区高低压配电系统的运行和维护"), L(F10, "设备部：设备主管")], [["设备主管"]], "reports_to")])
item("r12b-fu-09", "new_hire", "followup", "渠道专员是干什么的", "渠道专员", E_QD_DUTY,
     [["经销商"], ["促销"], ["CRM"]],
     turns=[T("要什么学历", "attribute", "渠道专员", [LX(F6, "（1）大专及以上学历")],
              [["大专"]], "education"),
            T("那他上面的区域销售经理呢", "attribute", "区域销售经理（华北）", [L(F6, "（1）本科及以上学历，市场营销")], [["本科"]], "education")])
item("r12b-fu-10", "hr", "followup", "采购员的岗位职责", "采购员", E_CGY_DUTY,
     [["询价", "比价"], ["交期"], ["供应商"]],
     turns=[T("有什么要求", "qualification", "采购员", E_CGY_QUAL, [["大专"], ["2年"], ["谈判"]]),
            OOS("公司年假有几天")])

# ---------------------------------------------------------------- jd (2) / kpi_design (2)
item("r12b-jd-01", "hr", "jd", "帮我写一份叉车司机的岗位说明书", "叉车司机", [E_CC],
     [["点检"], ["限速"], ["装车", "卸货"]],
     tool={"kind": "jd", "role": "叉车司机", "must_cite_files": [F5], "expect_sections": ["duties", "qualifications"]})
item("r12b-jd-02", "hr", "jd", "给QC检验员出一份JD", "QC检验员", E_QC_DUTY + E_QC_QUAL,
     [["进货检验"], ["半成品"], ["出厂检验"]],
     tool={"kind": "jd", "role": "QC检验员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
item("r12b-kd-01", "manager", "kpi_design", "帮车间主任设计5个KPI", "车间主任", E_ZR_KPI,
     [["生产计划达成率"], ["物料损耗率"], ["成品一次检验合格率"]],
     tool={"kind": "kpi_design", "role": "车间主任", "count": 5, "must_cite_files": [F4],
           "expected_indicators": ["生产计划达成率", "物料损耗率", "成品一次检验合格率"]})
item("r12b-kd-02", "manager", "kpi_design", "给品控主管设计一套考核指标", "品控主管", E_PK_KPI,
     [["客户投诉次数"], ["原料批次合格率"], ["检验报告及时率"]],
     tool={"kind": "kpi_design", "role": "品控主管", "count": None, "must_cite_files": [F4],
           "expected_indicators": ["客户投诉次数", "原料批次合格率", "检验报告及时率"]})

# ---------------------------------------------------------------- out of scope (8)
for n, q in enumerate([
        "酸奶发酵温度一般设多少度",            # food technology, not HR
        "北京今年社保缴费基数是多少",          # HR-adjacent, not in the documents
        "生产计划员的岗位职责是什么",          # only named in the org chart
        "感官评价员要什么学历",                # only named in the org chart
        "员工过生日公司有福利吗",              # handbook does not cover
        "帮我写个python脚本统计考勤",          # other domain
        "食堂厨师一个月多少钱",                # post not described anywhere
        "婚假能休几天"], 1):                   # handbook does not cover leave
    item(f"r12b-oos-{n:02d}", ["new_hire", "hr", "manager"][n % 3], "out_of_scope", q, None, [], [])


# ---------------------------------------------------------------- write + check
def main():
    out = HERE / "set.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(f"wrote {len(items)} items, {sum(len(i['turns'] or []) for i in items)} later turns:",
          dict(Counter(i["intent"] for i in items)))
    # 1) validate.py Checker
    chk = V.Checker()
    corpus = V.Corpus(CORPUS)
    for raw in items:
        it = V.Item.model_validate(raw)
        chk.item(it, corpus)
    print("validate.py Checker problems:", len(chk.problems))
    for p in chk.problems:
        print("  ", p)
    # 2) gangwei loader
    from assistant.eval.gold import load_items, validate_gold
    loaded = load_items(out, CORPUS)
    probs = validate_gold(loaded, CORPUS)
    print("gangwei validate_gold problems:", len(probs))
    for p in probs:
        print("  ", p)


if __name__ == "__main__":
    main()
