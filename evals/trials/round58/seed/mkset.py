#!/usr/bin/env python3
"""Build set.jsonl for round 58 'seed' from compact specs; evidence lines are found by search strings.
Run with /work/main/.venv/bin/python (needs validate.py's deps)."""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r58code/evals/sets")
import validate as V  # noqa: E402  (imported unmodified)

CORPUS = Path("/tmp/t58seed/corpus")
HERE = Path(__file__).resolve().parent

F1 = "01_岗位说明书汇编_育种与生产分册.docx"
F2 = "02_张掖加工中心工作手册.docx"
F3 = "03_岗位KPI指标库_2025.xlsx"
F4 = "04_岗位编制与薪酬标准_2025.xlsx"
F5 = "05_2025年招聘需求表.csv"
F6 = "06_加入金禾_社会招聘.html"
F7 = "07_技术服务部岗位说明书.pdf"
F8 = "08_新员工入职指南.md"
F9 = "09_南繁基地田间试验员管理调整通知.txt"
F10 = "10_营销中心岗位说明_导出.txt"


def lines_of(name):
    data = (CORPUS / name).read_bytes()
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16").splitlines()
    try:
        return data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return data.decode("gb18030").splitlines()


def ev(name, a, b=None):
    """Text file: line span of the first line containing a (to the first line containing b after it).
    Binary file: quote a."""
    if Path(name).suffix in (".docx", ".xlsx", ".pdf"):
        return {"file": name, "quote": a}
    ls = lines_of(name)
    s = next(i for i, l in enumerate(ls, 1) if a in l)
    e = s if b is None else next(i for i, l in enumerate(ls, 1) if i >= s and b in l)
    return {"file": name, "line_start": s, "line_end": e}


ITEMS = []


def add(id, persona, intent, q, role, evs, kps, attribute=None, turns=None, tool=None):
    ITEMS.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": evs, "key_points": kps,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def turn(q, intent, role, evs, kps, attribute=None):
    return {"question": q, "intent": intent, "role": role, "attribute": attribute, "evidence": evs, "key_points": kps}


# ------------------------------------------------------------------ duty (14)
add("seed-duty-01", "new_hire", "duty", "育种员平时都干些啥", "育种员",
    [ev(F1, "根据育种目标制定年度组配计划"), ev(F1, "负责育种材料的种植、观察记载"), ev(F1, "组织南繁加代和扩繁"),
     ev(F1, "参加品种区域试验和生产试验")],
    [["组配计划"], ["田间选择", "观察记载"], ["南繁"], ["试验报告", "区域试验"]])
add("seed-duty-02", "new_hire", "duty", "田间试验员一年到头要干哪些活", "田间试验员",
    [ev(F1, "按试验方案完成整地、播种"), ev(F1, "负责去雄、授粉、套袋、挂牌"), ev(F1, "收获考种，测定产量"),
     ev(F1, "看护试验田，记录天气")],
    [["整地", "播种"], ["去雄", "授粉"], ["考种"], ["看护试验田", "病虫害"]])
add("seed-duty-03", "hr", "duty", "种子检验员的岗位职责是什么", "种子检验员",
    [ev(F1, "对入库和出库种子进行扦样"), ev(F1, "检测净度、发芽率、水分和纯度"), ev(F1, "留存检验样品并管理样品库"),
     ev(F1, "发现不合格批次立即上报质量主管")],
    [["扦样"], ["净度", "发芽率"], ["样品库", "留存"], ["挂牌隔离", "不合格批次"]])
add("seed-duty-04", "manager", "duty", "制种基地主管主要负责哪些事", "基地主管",
    [ev(F1, "与农户或合作社签订制种合同"), ev(F1, "组织隔离区划定、亲本播种"), ev(F1, "监督田间纯度，组织田间检验"),
     ev(F1, "管理基地预算和制种户结算")],
    [["制种合同", "制种计划"], ["隔离区"], ["田间纯度", "田间检验"], ["结算", "预算"]])
add("seed-duty-05", "new_hire", "duty", "我要去加工车间当操作工，具体干什么", "加工车间操作工",
    [ev(F2, "2.2 加工车间操作工主要负责")],
    [["清选", "包衣"], ["点检"], ["清机"], ["贴标", "批号"]])
add("seed-duty-06", "new_hire", "duty", "仓管员每天都干嘛", "仓储管理员",
    [ev(F2, "按品种和批次分区码放"), ev(F2, "巡检库温库湿，温度不高于15℃"), ev(F2, "组织月度盘点，做到账实相符"), ev(F2, "办理发货出库，核对订单")],
    [["先进先出", "分区码放"], ["库温库湿"], ["盘点"], ["发货出库", "发货"]])
add("seed-duty-07", "hr", "duty", "质量主管的职责有哪些", "质量主管",
    [ev(F2, "建立并维护种子质量管理体系"), ev(F2, "审核检验报告，签发质量放行单"), ev(F2, "组织田检、室内检验和DNA指纹"),
     ev(F2, "处理客户质量投诉")],
    [["质量管理体系", "内审"], ["放行单"], ["DNA指纹", "田检"], ["投诉", "质量事故"]])
add("seed-duty-08", "new_hire", "duty", "农艺师是做什么的", "农艺师",
    [ev(F7, "制定主推品种的栽培技术规程"), ev(F7, "开展田间巡回技术指导"), ev(F7, "处理出苗、倒伏等田间质量投诉"),
     ev(F7, "为销售和推广人员开展技术培训"), ev(F6, "制定主推品种的栽培技术规程")],
    [["栽培技术规程"], ["巡回技术指导", "技术指导"], ["投诉", "现场鉴定"], ["技术培训"]])
add("seed-duty-09", "hr", "duty", "推广专员的工作职责", "品种推广专员",
    [ev(F7, "选址建设新品种示范田"), ev(F7, "组织现场观摩会和农民培训会"), ev(F7, "制作推广物料，在抖音"),
     ev(F7, "配合销售代表开展订货会"), ev(F6, "选址建设新品种示范田")],
    [["示范田"], ["观摩会"], ["抖音", "视频"], ["订货会", "经销商"]])
add("seed-duty-10", "new_hire", "duty", "销售代表要负责哪些工作啊", "销售代表",
    [ev(F10, "1. 开发和维护县级经销商", "5. 配合品种推广专员"), ev(F5, "ZP2025-011")],
    [["经销商"], ["订货会"], ["周报", "竞品"], ["对账", "回款"]])
add("seed-duty-11", "manager", "duty", "区域销售经理管些什么", "区域销售经理",
    [ev(F10, "1. 分解区域年度销售目标", "4. 培养和考核销售代表"), ev(F6, "分解西北大区年度销售目标")],
    [["销售目标"], ["价格体系", "经销商网络"], ["考核销售代表", "培养"], ["费用", "窜货"]])
add("seed-duty-12", "hr", "duty", "植保技术员岗位职责", "植保技术员",
    [ev(F5, "ZP2025-014")],
    [["病虫害田间调查", "预测预报"], ["防治方案"], ["诊断"], ["药害"]])
add("seed-duty-13", "new_hire", "duty", "检验员留的样品要放多久", "种子检验员",
    [ev(F1, "留存检验样品并管理样品库")],
    [["一个生产周期"], ["样品库", "留存"]])
add("seed-duty-14", "new_hire", "duty", "仓库温湿度要控制在多少", "仓储管理员",
    [ev(F2, "巡检库温库湿，温度不高于15℃")],
    [["15℃", "15°C", "15度"], ["65%"]])

# ------------------------------------------------------------------ qualification (10)
add("seed-qual-01", "hr", "qualification", "育种员要啥学历和几年经验", "育种员",
    [ev(F1, "硕士研究生及以上"), ev(F1, "3年以上玉米育种工作经验")],
    [["硕士"], ["3年以上"]])
add("seed-qual-02", "new_hire", "qualification", "田间试验员招应届生吗？有什么要求", "田间试验员",
    [ev(F1, "1年以上田间试验或农业生产经验"), ev(F1, "农学、植物保护、园艺类专业"), ev(F1, "持C1驾驶证者优先"), ev(F5, "ZP2025-017")],
    [["应届"], ["大专", "农学"], ["C1"]])
add("seed-qual-03", "hr", "qualification", "做种子检验员得满足什么条件", "种子检验员",
    [ev(F1, "2年以上种子检验工作经验"), ev(F1, "须持有农作物种子检验员证"), ev(F1, "熟悉GB/T 3543农作物种子检验规程")],
    [["2年以上"], ["种子检验员证"], ["GB/T 3543", "GB/T3543"]])
add("seed-qual-04", "manager", "qualification", "基地主管的任职资格", "基地主管",
    [ev(F1, "5年以上制种基地管理经验"), ev(F1, "善于与农户、合作社沟通")],
    [["5年以上"], ["团队管理"], ["农户", "合同纠纷"]])
add("seed-qual-05", "new_hire", "qualification", "加工车间操作工有啥要求，色弱能干吗", "加工车间操作工",
    [ev(F2, "2.4 任职要求：身体健康")],
    [["色盲色弱", "色弱"], ["三班倒"], ["叉车证"]])
add("seed-qual-06", "hr", "qualification", "仓管员任职条件是什么", "仓储管理员",
    [ev(F2, "学历大专及以上，物流管理相关专业"), ev(F5, "ZP2025-020")],
    [["大专"], ["2年以上"], ["叉车证"]])
add("seed-qual-07", "manager", "qualification", "招质量主管要求几年经验？", "质量主管",
    [ev(F2, "4.3 任职要求：本科及以上学历")],
    [["5年以上"], ["本科"], ["ISO 9001", "ISO9001"]])
add("seed-qual-08", "new_hire", "qualification", "应聘农艺师需要啥条件", "农艺师",
    [ev(F7, "3年以上玉米或小麦栽培技术服务经"), ev(F7, "证书 具有农艺师职称者优先"), ev(F7, "学历 本科及以上"), ev(F6, "3年以上栽培技术服务经验")],
    [["3年以上"], ["农艺师职称"], ["本科"]])
add("seed-qual-09", "hr", "qualification", "区域销售经理招聘要求", "区域销售经理",
    [ev(F10, "5年以上种子行业销售经验"), ev(F6, "5年以上种子行业销售经验")],
    [["本科"], ["5年以上"], ["团队管理"]])
add("seed-qual-10", "new_hire", "qualification", "植保技术员对专业有要求么", "植保技术员",
    [ev(F5, "ZP2025-014")],
    [["植物保护"], ["本科"]])

# ------------------------------------------------------------------ attribute (10)
add("seed-attr-01", "new_hire", "attribute", "种子检验员的直接领导是谁", "种子检验员",
    [ev(F8, "| 种子检验员 | 质量管理部")],
    [["质量主管"], ["种子检验员"]], attribute="reports_to")
add("seed-attr-02", "new_hire", "attribute", "农艺师在哪上班", "农艺师",
    [ev(F7, "工作地点 山东济南"), ev(F6, "<strong>农艺师</strong>")],
    [["济南"], ["黄淮海", "山东"]], attribute="location")
add("seed-attr-03", "new_hire", "attribute", "加工车间操作工一个月多少钱", "加工车间操作工",
    [ev(F2, "2.3 薪资标准：月薪4500")],
    [["4500—6000", "4500-6000"], ["夜班津贴"]], attribute="pay")
add("seed-attr-04", "manager", "attribute", "区域销售经理手下管几个人", "区域销售经理",
    [ev(F10, "销售代表（6—10名）")],
    [["销售代表"], ["6—10名", "6-10名", "6—10"]], attribute="subordinates")
add("seed-attr-05", "hr", "attribute", "销售代表学历要求是什么", "销售代表",
    [ev(F10, "学历\t大专及以上"), ev(F5, "ZP2025-011")],
    [["大专"], ["及以上", "以上"]], attribute="education")
add("seed-attr-06", "new_hire", "attribute", "植保技术员属于哪个部门", "植保技术员",
    [ev(F5, "ZP2025-014"), ev(F8, "| 植保技术员 |")],
    [["技术服务部"], ["植保技术员"]], attribute="department")
add("seed-attr-07", "hr", "attribute", "种子检验员要持什么证", "种子检验员",
    [ev(F1, "须持有农作物种子检验员证")],
    [["种子检验员证"], ["扦样员", "检验员资格"]], attribute="certificate")
add("seed-attr-08", "manager", "attribute", "三亚南繁基地那边的田间试验员归谁管？", "田间试验员",
    [ev(F9, "为加强南繁期间", "一、三亚南繁基地的田间试验员")],
    [["南繁基地主管"], ["2025年4月1日", "4月1日"]], attribute="reports_to")
add("seed-attr-09", "hr", "attribute", "育种员要什么专业的", "育种员",
    [ev(F1, "作物遗传育种、种子科学与工程等相关专业")],
    [["作物遗传育种"], ["种子科学与工程"]], attribute="major")
add("seed-attr-10", "hr", "attribute", "销售代表要几年工作经验", "销售代表",
    [ev(F10, "经验\t1年以上种子"), ev(F5, "ZP2025-011")],
    [["1年以上"], ["销售经验"]], attribute="experience")

# ------------------------------------------------------------------ kpi (5)
add("seed-kpi-01", "manager", "kpi", "销售代表考核哪些KPI，权重各多少", "销售代表",
    [ev(F3, "S01 销售回款额"), ev(F3, "S02 销售计划完成率"), ev(F3, "S03 新品种销售占比"), ev(F3, "S05 客户拜访次数"),
     ev(F3, "Q03 客户投诉处理及时率")],
    [["销售回款额"], ["销售计划完成率"], ["新品种销售占比"], ["客户拜访次数"], ["客户投诉处理及时率"]])
add("seed-kpi-02", "manager", "kpi", "种子检验员的考核指标有哪些", "种子检验员",
    [ev(F3, "Q01 检验报告及时率"), ev(F3, "Q02 检验差错率"), ev(F3, "Q04 样品留存合格率"), ev(F3, "Q05 仪器校准按期完成率")],
    [["检验报告及时率"], ["检验差错率"], ["样品留存合格率"], ["仪器校准按期完成率"]])
add("seed-kpi-03", "hr", "kpi", "农艺师月度考核看哪几项", "农艺师",
    [ev(F7, "技术服务户数 30% 每月不少于20户"), ev(F7, "投诉现场处理及时率 25%"), ev(F7, "技术培训场次 20%"),
     ev(F7, "客户满意度 10% ≥90分")],
    [["技术服务户数"], ["投诉现场处理及时率"], ["技术培训场次"], ["客户满意度"]])
add("seed-kpi-04", "manager", "kpi", "仓管员KPI怎么考", "仓储管理员",
    [ev(F3, "W01 账实相符率"), ev(F3, "W02 发货准确率"), ev(F3, "W03 库温库湿达标率"), ev(F3, "W04 出入库单据及时率")],
    [["账实相符率"], ["发货准确率"], ["库温库湿达标率"], ["出入库单据及时率"]])
add("seed-kpi-05", "hr", "kpi", "加工车间操作工考核哪几个指标", "加工车间操作工",
    [ev(F3, "M01 加工产量达成率"), ev(F3, "M02 包衣合格率"), ev(F3, "M03 设备故障停机时长"), ev(F3, "M04 安全违章次数")],
    [["加工产量达成率"], ["包衣合格率"], ["设备故障停机时长"], ["安全违章次数"]])

# ------------------------------------------------------------------ jd (3)
add("seed-jd-01", "hr", "jd", "帮我写一份种子检验员的JD", "种子检验员",
    [ev(F1, "对入库和出库种子进行扦样"), ev(F1, "检测净度、发芽率、水分和纯度"), ev(F1, "留存检验样品并管理样品库")],
    [["扦样"], ["发芽率", "净度"], ["样品库"]],
    tool={"kind": "jd", "role": "种子检验员", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("seed-jd-02", "hr", "jd", "起草一个品种推广专员的岗位说明书", "品种推广专员",
    [ev(F7, "选址建设新品种示范田"), ev(F7, "组织现场观摩会和农民培训会"), ev(F7, "配合销售代表开展订货会")],
    [["示范田"], ["观摩会"], ["订货会"]],
    tool={"kind": "jd", "role": "品种推广专员", "must_cite_files": [F7], "expect_sections": ["duties", "qualifications"]})
add("seed-jd-03", "manager", "jd", "给仓储管理员出个JD，招聘要用", "仓储管理员",
    [ev(F2, "按品种和批次分区码放"), ev(F2, "组织月度盘点，做到账实相符"), ev(F2, "办理发货出库，核对订单")],
    [["先进先出"], ["盘点"], ["发货出库"]],
    tool={"kind": "jd", "role": "仓储管理员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("seed-kd-01", "manager", "kpi_design", "给销售代表设计一套KPI，5个指标就行", "销售代表",
    [ev(F3, "S01 销售回款额"), ev(F3, "S02 销售计划完成率"), ev(F3, "S03 新品种销售占比"), ev(F3, "S05 客户拜访次数")],
    [["销售回款额"], ["销售计划完成率"], ["新品种销售占比"], ["客户拜访次数"]],
    tool={"kind": "kpi_design", "role": "销售代表", "count": 5, "must_cite_files": [F3],
          "expected_indicators": ["销售回款额", "销售计划完成率", "新品种销售占比", "客户拜访次数"]})
add("seed-kd-02", "hr", "kpi_design", "帮我给农艺师设计考核指标", "农艺师",
    [ev(F7, "技术服务户数 30% 每月不少于20户"), ev(F7, "投诉现场处理及时率 25%"), ev(F7, "技术培训场次 20%")],
    [["技术服务户数"], ["投诉现场处理及时率"], ["技术培训场次"]],
    tool={"kind": "kpi_design", "role": "农艺师", "count": None, "must_cite_files": [F7],
          "expected_indicators": ["技术服务户数", "投诉现场处理及时率", "技术培训场次"]})
add("seed-kd-03", "manager", "kpi_design", "加工车间操作工的绩效指标怎么设计比较好", "加工车间操作工",
    [ev(F3, "M01 加工产量达成率"), ev(F3, "M02 包衣合格率"), ev(F3, "M03 设备故障停机时长"), ev(F3, "M04 安全违章次数")],
    [["加工产量达成率"], ["包衣合格率"], ["设备故障停机时长"], ["安全违章次数"]],
    tool={"kind": "kpi_design", "role": "加工车间操作工", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["加工产量达成率", "包衣合格率", "设备故障停机时长", "安全违章次数"]})

# ------------------------------------------------------------------ followup (8)
add("seed-fu-01", "new_hire", "followup", "育种员的岗位职责", "育种员",
    [ev(F1, "根据育种目标制定年度组配计划"), ev(F1, "组织南繁加代和扩繁")],
    [["组配计划"], ["南繁"]],
    turns=[turn("那任职要求呢", "qualification", "育种员",
                [ev(F1, "硕士研究生及以上"), ev(F1, "3年以上玉米育种工作经验")], [["硕士"], ["3年以上"]]),
           turn("他上级是谁", "attribute", "育种员", [ev(F8, "| 育种员 | 育种研发中心")],
                [["玉米育种室主任"], ["育种员"]], attribute="reports_to")])
add("seed-fu-02", "new_hire", "followup", "种子检验员干啥的", "种子检验员",
    [ev(F1, "对入库和出库种子进行扦样"), ev(F1, "检测净度、发芽率、水分和纯度")],
    [["扦样"], ["发芽率", "净度"]],
    turns=[turn("第2条展开说说", "duty", "种子检验员", [ev(F1, "检测净度、发芽率、水分和纯度")],
                [["净度"], ["检验报告"]]),
           turn("换成质量主管呢", "duty", "质量主管",
                [ev(F2, "建立并维护种子质量管理体系"), ev(F2, "审核检验报告，签发质量放行单")],
                [["质量管理体系"], ["放行单"]])])
add("seed-fu-03", "new_hire", "followup", "农艺师的任职条件", "农艺师",
    [ev(F7, "3年以上玉米或小麦栽培技术服务经"), ev(F6, "3年以上栽培技术服务经验")],
    [["3年以上"], ["本科"]],
    turns=[turn("工资呢", "attribute", "农艺师", [ev(F7, "薪资 月薪8000—11000元"), ev(F6, "月薪8000—11000元")],
                [["8000—11000", "8000-11000"], ["出差补助"]], attribute="pay"),
           turn("在哪里上班", "attribute", "农艺师", [ev(F7, "工作地点 山东济南")], [["济南"], ["山东"]],
                attribute="location")])
add("seed-fu-04", "manager", "followup", "销售代表的KPI", "销售代表",
    [ev(F3, "S01 销售回款额"), ev(F3, "S02 销售计划完成率")],
    [["销售回款额"], ["销售计划完成率"]],
    turns=[turn("目标值分别是多少", "kpi", "销售代表",
                [ev(F3, "完成个人回款任务的80%"), ev(F3, "每低于目标1%扣1分"), ev(F3, "低于门槛值不得分")],
                [["80%"], ["扣1分"], ["不得分"]]),
           turn("那仓储管理员呢", "kpi", "仓储管理员",
                [ev(F3, "W01 账实相符率"), ev(F3, "W02 发货准确率")], [["账实相符率"], ["发货准确率"]])])
add("seed-fu-05", "manager", "followup", "田间试验员归谁管", "田间试验员",
    [ev(F9, "一、三亚南繁基地的田间试验员"), ev(F8, "| 田间试验员 |")],
    [["育种员"], ["南繁基地主管"]], attribute="reports_to",
    turns=[turn("南繁补贴现在一天多少", "attribute", "田间试验员", [ev(F9, "南繁补贴（田间试验员）")],
                [["100元/天", "100元"], ["80元"]], attribute="pay"),
           turn("学历要求呢", "attribute", "田间试验员", [ev(F5, "ZP2025-017")], [["大专"], ["田间试验员"]], attribute="education")])
add("seed-fu-06", "new_hire", "followup", "仓管员岗位职责", "仓储管理员",
    [ev(F2, "种子入库验收，核对品种"), ev(F2, "按品种和批次分区码放")],
    [["入库验收"], ["先进先出"]],
    turns=[turn("还有吗", "duty", "仓储管理员", [ev(F2, "管理低温库运行和熏蒸作业记录"), ev(F2, "组织月度盘点，做到账实相符")],
                [["熏蒸", "低温库"], ["盘点"]]),
           turn("要什么证", "attribute", "仓储管理员", [ev(F2, "学历大专及以上，物流管理相关专业")],
                [["叉车证"], ["N1"]], attribute="certificate")])
add("seed-fu-07", "manager", "followup", "区域销售经理的职责", "区域销售经理",
    [ev(F10, "1. 分解区域年度销售目标", "4. 培养和考核销售代表")],
    [["销售目标"], ["价格体系"]],
    turns=[turn("他下属是哪些人", "attribute", "区域销售经理", [ev(F10, "销售代表（6—10名）")],
                [["销售代表"], ["6—10", "6-10"]], attribute="subordinates"),
           turn("那下属的学历要求呢", "attribute", "销售代表", [ev(F10, "学历\t大专及以上"), ev(F5, "ZP2025-011")],
                [["大专"], ["及以上", "以上"]], attribute="education")])
add("seed-fu-08", "new_hire", "followup", "加工车间操作工的班次怎么排", "加工车间操作工",
    [ev(F2, "2.1 加工车间操作工是种子加工线")],
    [["三班倒"], ["0:00", "16:00"]],
    turns=[turn("以前是怎么排的", "duty", "加工车间操作工", [ev(F2, "【本附录已于2025年2月废止")],
                [["两班倒"], ["7:00", "19:00"]]),
           turn("那种子检验员呢", "duty", "种子检验员", [ev(F1, "收获季（9—12月）两班倒")],
                [["两班倒"], ["夜班"]])])

# ------------------------------------------------------------------ out of scope (7)
for i, (p, q) in enumerate([("new_hire", "制种技术员的岗位职责是什么"),
                            ("hr", "烘干塔司炉工需要什么证书"),
                            ("new_hire", "客服专员主要做什么工作"),
                            ("manager", "质量主管的绩效考核指标有哪些"),
                            ("hr", "分子实验员要什么学历"),
                            ("new_hire", "社保缴费比例是多少？"),
                            ("new_hire", "玉米大斑病用什么药防治")], 1):
    add(f"seed-oos-{i:02d}", p, "out_of_scope", q, None, [], [])

# ------------------------------------------------------------------ check and write
if __name__ == "__main__":
    # utf-16 files: the unmodified validator decodes utf-8/gb18030 only; decode them here for the check
    _orig = V.Doc.__init__

    def _init(self, path):
        data = Path(path).read_bytes()
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            self.path = Path(path); self.suffix = self.path.suffix.lower()
            self.lines = data.decode("utf-16").splitlines(); self.units = []; self.loader_text = ""
            self.norm_units = []
        else:
            _orig(self, path)
    V.Doc.__init__ = _init
    ck = V.Checker()
    corpus = V.Corpus(CORPUS)
    items = [V.Item.model_validate(it) for it in ITEMS]
    ids = set()
    for it in items:
        assert it.id not in ids, it.id
        ids.add(it.id)
        ck.item(it, corpus)
    print(V.summary("seed", items))
    from collections import Counter
    print(Counter(i["intent"] for i in ITEMS))
    if ck.problems:
        print("\n".join(ck.problems))
        sys.exit(1)
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in ITEMS:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("ok, wrote", len(ITEMS))
