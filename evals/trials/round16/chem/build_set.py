#!/usr/bin/env python3
"""Writes set.jsonl for the round-16 chemical-plant corpus (written before gangwei was run).

    T16_OUT=/tmp/t16chem python evals/trials/round16/chem/gen.py
    T16_OUT=/tmp/t16chem python evals/trials/round16/chem/build_set.py

Line spans of text files are looked up in the generated corpus by unique substrings (asserted).
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T16_OUT", "/tmp/t16chem")) / "corpus"

A = "ht01_合成车间岗位说明书.xlsx"
B = "ht02_技术与设备岗位说明书.docx"
C = "ht03_设备部岗位职责与任职资格对照表.docx"
K = "ht04_2024年度岗位KPI考核表.xlsx"
P = "ht05_安全生产责任制.pdf"
R = "ht06_招聘需求登记表.csv"
H = "ht07_OA岗位说明_安全环保部调度室.html"
O = "ht08_岗位汇报关系.txt"
M = "ht09_员工手册节选.md"
W = "ht10_仓库保管员岗位问答.txt"

_lines = {}


def ln(f, s):
    if f not in _lines:
        data = (CORPUS / f).read_bytes()
        try:
            t = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = data.decode("gb18030")
        _lines[f] = t.splitlines()
    hits = [i for i, x in enumerate(_lines[f], 1) if s in x]
    assert len(hits) == 1, (f, s, hits)
    return hits[0]


def L(f, a, b=None):
    return [{"file": f, "line_start": ln(f, a), "line_end": ln(f, b or a)}]


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def item(id, persona, intent, question, role, evidence, key_points, attribute=None, turns=None, tool=None):
    return {"id": "r16c-" + id, "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": evidence, "key_points": key_points,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool}


def turn(question, intent, role, evidence=(), key_points=(), attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": list(evidence),
         "key_points": list(key_points)}
    if attribute:
        t["attribute"] = attribute
    return t


# evidence bundles
DCS_DUTY = Q(A, "通过DCS系统监视反应釜温度", "按操作规程完成开停车、投料", "发现报警及异常工况立即处置",
             "每两小时填写一次运行记录", "配合化验员取样，根据分析结果")
GY_DUTY = Q(B, "负责合成、精馏工段工艺技术管理", "跟踪装置运行数据，分析物耗、能耗",
            "组织工艺变更的HAZOP分析", "处理生产中的工艺技术问题", "对操作人员进行工艺技术培训和考核")
YB_DUTY = Q(C, "负责全厂DCS、SIS系统及现场仪表", "处理仪表故障，配合工艺人员处理联锁报警",
            "可燃、有毒气体检测报警仪的定期标定", "仪表的拆装、校验和回路测试", "办理仪表联锁投用、摘除的审批登记")
HY_DUTY = Q(B, "按照分析规程对原料、中间品和成品", "操作气相色谱仪、液相色谱仪", "及时、准确出具分析报告",
            "负责化验室危险化学品试剂的领用", "做好留样管理和检测原始记录的归档")
ZR_DUTY = Q(A, "全面负责合成车间的生产组织、成本控制", "组织制定和落实车间月度生产计划",
            "作为车间安全生产第一责任人", "审核车间工艺变更和检修方案", "负责车间人员培训、绩效考核与班组建设")
DG_DUTY = Q(C, "负责全厂高低压配电系统", "执行电气倒闸操作票和工作票制度", "负责防爆电气设备的检查和维修",
            "负责防雷防静电接地设施的定期检测", "参与停车检修期间的电气检修")
AQ_DUTY_H = L(H, "每日开展现场安全巡查", "参与事故调查、统计和上报")
AQ_DUTY_P = Q(P, "第十四条 安全员的安全职责", "审核动火、受限空间、高处作业等特殊作业票证并现场检查",
              "每日巡查现场，建立隐患排查治理台账", "组织新员工三级安全教育中的公司级教育", "监督劳动防护用品发放标准的执行")
DD_DUTY = L(H, "根据月度生产计划编制日调度计划", "安排危化品槽车进出厂和装卸计划")
CG_ROW = L(R, "1,采购员")
XS_ROW = L(R, "2,销售代表")
HB_ROW = L(R, "3,环保专员")
RS_ROW = L(R, "4,人事专员")

items = []
add = items.append

# ------------------------------------------------------------------ duty 10
add(item("duty-01", "new_hire", "duty", "我刚分到合成车间当DCS操作工，平时具体要干哪些活？", "DCS操作工", DCS_DUTY,
         [["工艺参数", "反应釜温度"], ["开停车", "投料"], ["紧急停车", "报告班长"], ["运行记录", "交接班"]]))
add(item("duty-02", "manager", "duty", "工艺工程师这个岗负责些啥", "工艺工程师", GY_DUTY,
         [["工艺规程", "工艺卡片"], ["物耗", "能耗", "技改"], ["HAZOP", "变更管理"], ["培训"]]))
add(item("duty-03", "hr", "duty", "设备部仪表工的岗位职责帮我列一下", "仪表工", YB_DUTY,
         [["SIS"], ["气体检测报警仪", "标定"], ["联锁"], ["回路测试", "校验"]]))
add(item("duty-04", "new_hire", "duty", "做化验的每天主要干嘛啊？", "化验员", HY_DUTY,
         [["取样"], ["气相色谱", "色谱"], ["分析报告"], ["留样"]]))
add(item("duty-05", "hr", "duty", "环保专员招进来主要负责哪些工作", "环保专员", HB_ROW,
         [["废水", "废气", "危险废物"], ["排污许可"], ["在线监测"], ["环保月报"]]))
add(item("duty-06", "manager", "duty", "生产调度员的工作内容有哪些？", "生产调度员", DD_DUTY,
         [["日调度计划"], ["公用工程"], ["调度会", "生产日报"], ["槽车"]]))
add(item("duty-07", "new_hire", "duty", "仓管每天都做些什么事情", "仓库保管员", L(W, "①负责原料、成品和危险化学品"),
         [["入库验收", "发放"], ["账物相符"], ["五双"], ["盘点"]]))
add(item("duty-08", "hr", "duty", "合成车间那个车间主任，职责是什么", "合成车间主任",
         ZR_DUTY + Q(P, "车间主任是本车间安全生产第一责任人"),
         [["生产组织", "成本控制"], ["月度生产计划"], ["安全生产第一责任人"], ["开停车", "工艺变更"]]))
add(item("duty-09", "manager", "duty", "电工岗主要管哪些事", "电工", DG_DUTY,
         [["高低压配电", "配电"], ["倒闸操作票", "工作票"], ["防爆电气"], ["防雷防静电"]]))
add(item("duty-10", "new_hire", "duty", "安全生产责任制里对安全员规定了哪些安全职责？", "安全员", AQ_DUTY_P,
         [["特殊作业票证"], ["隐患排查治理台账"], ["公司级教育", "三级安全教育"], ["劳动防护用品"]]))

# ------------------------------------------------------------------ qualification 10
add(item("qual-01", "hr", "qualification", "招DCS操作工对学历和证书有啥要求", "DCS操作工",
         Q(A, "学历：高中、中专及以上，化工工艺", "证书：须持有特种作业操作证（危险化工工艺作业）"),
         [["高中", "中专"], ["特种作业操作证"], ["危险化工工艺作业"]]))
add(item("qual-02", "new_hire", "qualification", "想当班长的话得满足啥条件", "合成车间班长",
         Q(A, "学历：中专及以上，化工类专业", "经验：3年以上化工装置操作经验", "取得化工总控工中级工",
           "能力：有较强的组织协调能力和应急处置能力"),
         [["中专及以上"], ["3年以上"], ["化工总控工"], ["组织协调"]]))
add(item("qual-03", "manager", "qualification", "设备工程师的任职资格是怎么写的？", "设备工程师",
         Q(B, "过程装备与控制工程、机械工程专业", "5年以上化工设备管理经验", "（3）职称：中级工程师及以上职称",
           "特种设备安全管理人员证（A证）"),
         [["过程装备与控制工程", "机械工程"], ["5年以上化工设备管理经验"], ["中级工程师"], ["A证", "特种设备安全管理人员证"]]))
add(item("qual-04", "hr", "qualification", "化验员要什么学历专业，要不要持证", "化验员",
         Q(B, "大专及以上学历，分析化学、工业分析与检验专业", "持有化学检验员职业技能等级证书"),
         [["大专及以上"], ["分析化学", "工业分析与检验"], ["化学检验员"]]))
add(item("qual-05", "hr", "qualification", "电工岗对学历和工作年限有什么要求", "电工",
         Q(C, "1. 中专及以上学历，电气相关专业", "2. 3年以上工厂电工经验"),
         [["中专及以上"], ["电气相关专业"], ["3年以上工厂电工经验"]]))
add(item("qual-06", "new_hire", "qualification", "维修钳工招人有什么要求呀", "维修钳工",
         Q(C, "技校或中专及以上学历，机电一体化专业", "2年以上化工设备维修经验", "持有熔化焊接与热切割作业证者优先",
           "4. 能适应夜间抢修"),
         [["机电一体化"], ["2年以上化工设备维修经验"], ["熔化焊接与热切割"], ["夜间抢修"]]))
add(item("qual-07", "manager", "qualification", "HSE专员的任职要求发我看看", "安全员",
         L(H, "大专及以上学历，安全工程、化工类专业", "熟悉HAZOP、JSA等风险分析方法"),
         [["安全工程"], ["3年以上化工企业安全管理经验"], ["安全生产管理人员合格证"], ["注册安全工程师"]]))
add(item("qual-08", "hr", "qualification", "销售代表这个岗对候选人有哪些要求？", "销售代表", XS_ROW,
         [["本科及以上"], ["3年以上化工产品销售经验"], ["C1驾驶证"], ["出差"]]))
add(item("qual-09", "new_hire", "qualification", "仓库保管员需要具备什么条件才能干", "仓库保管员", L(W, "答：高中或中专及以上学历"),
         [["高中或中专"], ["1年以上仓库管理经验"], ["危险化学品储存安全培训"], ["叉车", "N1"]]))
add(item("qual-10", "manager", "qualification", "调度员的任职要求有哪些", "生产调度员",
         L(H, "大专及以上学历，化学工程与工艺或相关专业", "能适应倒班"),
         [["大专及以上"], ["3年以上化工生产一线经验"], ["担任过班长"], ["公用工程"]]))

# ------------------------------------------------------------------ attribute 12
add(item("attr-01", "new_hire", "attribute", "DCS操作工的直接领导是谁？", "DCS操作工",
         L(O, "合成车间班长（4）", "DCS操作工（8）") + Q(A, "DCS操作工、外操工"),
         [["合成车间班长", "班长"], ["合成车间"]], attribute="reports_to"))
add(item("attr-02", "manager", "attribute", "设备工程师下面管着哪些人", "设备工程师",
         Q(B, "直接下属：电仪班长、维修班长") + L(O, "电仪班长（1）", "维修钳工（5）"),
         [["电仪班长"], ["维修班长"]], attribute="subordinates"))
add(item("attr-03", "hr", "attribute", "化验员工资大概多少钱", "化验员", Q(B, "薪资待遇：5500-7000元/月"),
         [["5500"], ["7000"]], attribute="pay"))
add(item("attr-04", "new_hire", "attribute", "销售代表是在哪儿上班的", "销售代表", XS_ROW,
         [["华东"], ["上海"]], attribute="location"))
add(item("attr-05", "hr", "attribute", "工艺工程师最低要什么学历？", "工艺工程师",
         Q(B, "（1）学历：本科及以上学历，化学工程与工艺、精细化工专业"),
         [["本科及以上"], ["化学工程与工艺", "精细化工"]], attribute="education"))
add(item("attr-06", "manager", "attribute", "仪表工必须持哪个证", "仪表工", Q(C, "持有特种作业操作证（化工自动化控制仪表作业）"),
         [["特种作业操作证"], ["化工自动化控制仪表作业"]], attribute="certificate"))
add(item("attr-07", "hr", "attribute", "车间主任要求几年工作经验", "合成车间主任",
         Q(A, "经验：8年以上化工生产经验，3年以上车间管理经验"),
         [["8年以上"], ["3年以上车间管理经验"]], attribute="experience"))
add(item("attr-08", "new_hire", "attribute", "环保专员归哪个部门管？", "环保专员",
         HB_ROW + L(O, "安全环保部经理", "环保专员（1）"),
         [["安全环保部"], ["环保专员"]], attribute="department"))
add(item("attr-09", "manager", "attribute", "DCS操作工一个月能拿多少", "DCS操作工", Q(A, "6500-8500元/月（含倒班津贴）"),
         [["6500"], ["8500"]], attribute="pay"))
add(item("attr-10", "hr", "attribute", "工艺工程师要会用哪些软件", "工艺工程师",
         Q(B, "（4）技能：熟练使用Aspen Plus流程模拟软件和AutoCAD"),
         [["Aspen Plus", "AspenPlus"], ["AutoCAD"]], attribute="skills"))
add(item("attr-11", "new_hire", "attribute", "人事专员要求学啥专业的", "人事专员", RS_ROW,
         [["人力资源管理"], ["本科及以上"]], attribute="major"))
add(item("attr-12", "hr", "attribute", "仓管员的直属上级是哪位？", "仓库保管员",
         L(W, "答：属于供应部仓储中心") + L(O, "仓储主管（1）", "仓库保管员（3）"),
         [["仓储主管"], ["供应部"]], attribute="reports_to"))

# ------------------------------------------------------------------ kpi 6
add(item("kpi-01", "manager", "kpi", "班长的KPI考核都考哪些指标", "合成车间班长",
         Q(K, "装置平稳率", "产品一次合格率", "单位产品蒸汽消耗", "当班安全事故起数"),
         [["装置平稳率"], ["产品一次合格率"], ["蒸汽消耗"], ["安全事故"]]))
add(item("kpi-02", "hr", "kpi", "装置平稳率这个指标怎么打分的？", "合成车间班长",
         Q(K, "≥98%得满分，每降1%扣2分", "装置平稳率"),
         [["每降1%扣2分"], ["98%"]]))
add(item("kpi-03", "new_hire", "kpi", "化验员考核看哪几个指标", "化验员",
         Q(K, "检测数据准确率", "分析报告及时率", "仪器设备完好率", "试剂管理差错次数"),
         [["检测数据准确率"], ["分析报告及时率"], ["仪器设备完好率"], ["试剂管理差错"]]))
add(item("kpi-04", "hr", "kpi", "安全员的隐患排查整改率目标多少，没达标怎么扣分", "安全员",
         Q(K, "隐患排查整改率", "整改率100%得满分，每降1%扣3分"),
         [["100%"], ["每降1%扣3分"]]))
add(item("kpi-05", "manager", "kpi", "仓库保管员的账物相符率季度和年度目标分别是多少？", "仓库保管员",
         Q(K, "账物相符率", "≥99.8%", "相符率≥99.5%满分，每降0.1%扣2分"),
         [["99.5%"], ["99.8%"]]))
add(item("kpi-06", "hr", "kpi", "安全员KPI的年度得分是咋算出来的", "安全员",
         Q(K, "考核对象：安全员"),
         [["四个季度得分平均值"], ["按季度考核"]]))

# ------------------------------------------------------------------ jd 4
add(item("jd-01", "hr", "jd", "帮我起草一份化验员的JD，职责和任职要求都要有", "化验员", HY_DUTY,
         [["取样"], ["分析报告"], ["留样"]],
         tool={"kind": "jd", "role": "化验员", "must_cite_files": [B], "expect_sections": ["duties", "qualifications"]}))
add(item("jd-02", "manager", "jd", "给仪表工出一份岗位说明书吧，招聘要用", "仪表工", YB_DUTY,
         [["SIS"], ["标定"], ["联锁"]],
         tool={"kind": "jd", "role": "仪表工", "must_cite_files": [C], "expect_sections": ["duties", "qualifications"]}))
add(item("jd-03", "hr", "jd", "安全员（HSE）的岗位说明书帮忙拟一个", "安全员", AQ_DUTY_H,
         [["隐患排查"], ["特殊作业票证"], ["应急演练"]],
         tool={"kind": "jd", "role": "安全员", "must_cite_files": [H], "expect_sections": ["duties", "qualifications"]}))
add(item("jd-04", "hr", "jd", "采购员要招人了，写个JD给我", "采购员", CG_ROW,
         [["询价"], ["合格供应商"], ["危险化学品经营许可证"]],
         tool={"kind": "jd", "role": "采购员", "must_cite_files": [R], "expect_sections": ["duties", "qualifications"]}))

# ------------------------------------------------------------------ kpi_design 3
add(item("kd-01", "manager", "kpi_design", "帮班长设计一套KPI，5个指标左右", "合成车间班长",
         Q(K, "装置平稳率", "产品一次合格率", "单位产品蒸汽消耗"),
         [["装置平稳率"], ["产品一次合格率"], ["单位产品蒸汽消耗"]],
         tool={"kind": "kpi_design", "role": "合成车间班长", "count": 5, "must_cite_files": [K],
               "expected_indicators": ["装置平稳率", "产品一次合格率", "单位产品蒸汽消耗"]}))
add(item("kd-02", "hr", "kpi_design", "给化验员设计下考核指标", "化验员",
         Q(K, "检测数据准确率", "分析报告及时率", "仪器设备完好率"),
         [["检测数据准确率"], ["分析报告及时率"], ["仪器设备完好率"]],
         tool={"kind": "kpi_design", "role": "化验员", "count": None, "must_cite_files": [K],
               "expected_indicators": ["检测数据准确率", "分析报告及时率", "仪器设备完好率"]}))
add(item("kd-03", "manager", "kpi_design", "仓库保管员的KPI用平衡计分卡帮我设计一下", "仓库保管员",
         Q(K, "账物相符率", "收发货及时率", "库存盘点差异金额"),
         [["账物相符率"], ["收发货及时率"], ["库存盘点差异金额"]],
         tool={"kind": "kpi_design", "role": "仓库保管员", "count": None, "must_cite_files": [K],
               "expected_indicators": ["账物相符率", "收发货及时率", "库存盘点差异金额"]}))

# ------------------------------------------------------------------ followup 8
add(item("fu-01", "new_hire", "followup", "工艺工程师归谁管？", "工艺工程师", Q(B, "直接上级：技术质量部经理"),
         [["技术质量部经理"], ["技术质量部"]], attribute="reports_to", turns=[
             turn("那他要什么职称", "qualification", "工艺工程师", Q(B, "（3）职称：具有工程师（中级）职称"),
                  [["工程师（中级）", "中级"], ["高级工程师"]]),
             turn("那他的月薪是多少呀", "attribute", "工艺工程师", Q(B, "薪资待遇：12000-18000元/月"),
                  [["12000"], ["18000"], ["14个月"]], attribute="pay")]))
add(item("fu-02", "hr", "followup", "化验员的安全职责有哪些", "化验员",
         Q(P, "剧毒试剂双人双锁保管", "取样时佩戴防护用品，按规定路线取样"),
         [["双人双锁"], ["规定路线"]], turns=[
             turn("换成仓库保管员呢？", "duty", "仓库保管员",
                  Q(P, "危险化学品按性质分区分类储存", "严格执行危险化学品出入库核查登记制度", "每日检查库房温湿度"),
                  [["分区分类储存", "禁忌物料"], ["出入库核查登记"], ["温湿度"]]),
             turn("第二条再具体说说", "duty", "仓库保管员", Q(P, "严格执行危险化学品出入库核查登记制度"),
                  [["出入库核查登记"], ["危险化学品"]])]))
add(item("fu-03", "manager", "followup", "班长考核里产品一次合格率怎么评分？", "合成车间班长",
         Q(K, "产品一次合格率", "≥99%得满分，每降0.5%扣3分"),
         [["每降0.5%扣3分"], ["99%"]], turns=[
             turn("那交接班记录合格率呢", "kpi", "合成车间班长", Q(K, "交接班记录合格率", "≥95%得满分，每降1%扣1分"),
                  [["95%"], ["每降1%扣1分"]]),
             turn("这个数据从哪来？", "kpi", "合成车间班长", Q(K, "车间检查记录", "交接班记录合格率"),
                  [["车间检查记录"], ["交接班记录合格率"]])]))
add(item("fu-04", "new_hire", "followup", "仪表工的上级是谁", "仪表工",
         Q(C, "岗位：仪表工    所属班组") + L(O, "电仪班长（1）", "仪表工（4）"),
         [["电仪班长"], ["设备部"]], attribute="reports_to", turns=[
             turn("电仪班长自己的岗位职责是啥？", "out_of_scope", None),
             turn("同班组的电工要持什么证", "qualification", "电工", Q(C, "须持有特种作业操作证（高压电工作业、低压电工作业）"),
                  [["高压电工作业"], ["低压电工作业"]])]))
add(item("fu-05", "hr", "followup", "安全员一个月多少钱？", "安全员", L(H, "9000-12000元/月"),
         [["9000"], ["12000"]], attribute="pay", turns=[
             turn("那他得是啥学历才行", "qualification", "安全员", L(H, "大专及以上学历，安全工程、化工类专业"),
                  [["大专及以上"], ["安全工程"]]),
             turn("年终奖能发多少", "out_of_scope", None)]))
add(item("fu-06", "new_hire", "followup", "厂里倒班是怎么倒的", None, L(M, "3.1 生产一线岗位"),
         [["四班三倒"], ["0:00-8:00", "夜班"]], turns=[
             turn("夜班有补贴不", "attribute", None, L(M, "3.3 倒班人员按实际出勤"),
                  [["夜班每班50元"], ["中班每班30元"]], attribute="benefits"),
             turn("那倒班的人年假有几天？", "out_of_scope", None),
             turn("劳保鞋一年发几双", "attribute", None, L(M, "5.1 公司免费配发劳动防护用品"),
                  [["劳保鞋每年1双"], ["防静电工作服每年2套"]], attribute="benefits")]))
add(item("fu-07", "manager", "followup", "DCS操作工在安全生产责任制里有哪些安全职责", "DCS操作工",
         Q(P, "不得擅自修改联锁值", "按时巡检，及时发现跑冒滴漏", "有权拒绝违章指挥和强令冒险作业"),
         [["联锁值"], ["跑冒滴漏"], ["违章指挥"]], turns=[
             turn("他的班长呢？", "duty", "合成车间班长",
                  Q(P, "班长是本班组安全生产第一责任人", "每班开好班前安全讲话", "发生事故时立即组织人员撤离"),
                  [["第一责任人"], ["班前安全讲话"], ["撤离"]]),
             turn("再往上一级，车间主任的呢", "duty", "合成车间主任",
                  Q(P, "车间主任是本车间安全生产第一责任人", "组织制定车间安全操作规程和现场应急处置方案",
                    "每月至少组织一次车间级安全检查"),
                  [["第一责任人"], ["应急处置方案"], ["每月至少组织一次"]])]))
add(item("fu-08", "hr", "followup", "人事专员负责什么工作？", "人事专员", RS_ROW,
         [["入离职手续"], ["持证台账", "复审"], ["倒班考勤"]], turns=[
             turn("薪资范围呢", "attribute", "人事专员", RS_ROW, [["5000"], ["6500"]], attribute="pay"),
             turn("第二项展开讲讲", "duty", "人事专员", RS_ROW, [["特种作业人员"], ["复审"]]),
             turn("她要考什么证书吗", "qualification", "人事专员", RS_ROW, [["人力资源管理师三级"], ["优先"]])]))

# ------------------------------------------------------------------ out_of_scope 11
for i, (persona, q) in enumerate([
        ("new_hire", "外操工主要做什么工作？"),
        ("hr", "质检中心主任要什么任职条件"),
        ("new_hire", "公司住房公积金按多少比例交？"),
        ("hr", "化工厂夜班工人的加班费按劳动法怎么算"),
        ("manager", "和利时DCS里怎么组态一个PID回路"),
        ("new_hire", "甲醇的闪点是多少度？"),
        ("hr", "仓储主管的岗位要求是什么"),
        ("new_hire", "今天中午食堂吃啥"),
        ("new_hire", "转正答辩需要准备哪些材料？"),
        ("manager", "设备部经理要什么学历"),
        ("hr", "注册安全工程师考试的报名条件是什么"),
], 1):
    add(item(f"oos-{i:02d}", persona, "out_of_scope", q, None, [], []))

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items written")
