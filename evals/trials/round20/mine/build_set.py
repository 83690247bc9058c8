#!/usr/bin/env python3
"""Write set.jsonl (64 items, eval-set schema) for the round-20 coal-company corpus (北岭煤业有限公司).

    T20_OUT=/tmp/t20mine /work/main/.venv/bin/python build_set.py

Written from the generated documents only, before gangwei was run on them. Text files are cited by
line spans found through anchor strings; binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T20_OUT", "/tmp/t20mine")) / "corpus"

F01 = "bl01_北岭一矿岗位安全生产责任制.docx"
F02 = "bl02_岗位说明书（通风调度质检）.docx"
F03 = "bl03_特种作业人员持证要求一览.xlsx"
F04 = "bl04_区队月度绩效考核指标.xlsx"
F05 = "bl05_2025年井下一线岗位招工简章.pdf"
F06 = "bl06_选煤厂岗位手册.html"
F07 = "bl07_班组长岗位卡.md"
F08 = "bl08_岗位工资标准.txt"
F09 = "bl09_HR系统岗位属性导出.csv"
F10 = "bl10_员工手册（节选）.docx"

_lines = {}


def lines(f):
    if f not in _lines:
        raw = (CORPUS / f).read_bytes()
        txt = raw.decode("gbk") if f == F08 else raw.decode("utf-8-sig")
        _lines[f] = txt.splitlines()
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


def CSV(name, attr):
    ls = lines(F09)
    a = next(i for i, s in enumerate(ls) if f",{name},{attr}," in s)
    return {"file": F09, "line_start": a + 1, "line_end": a + 1}


def CSVALL(name):
    ls = lines(F09)
    idx = [i for i, s in enumerate(ls) if f",{name}," in s]
    return {"file": F09, "line_start": idx[0] + 1, "line_end": idx[-1] + 1}


ITEMS = []


def add(id_, intent, persona, q, role, ev, kp, attribute=None, turns=None, tool=None):
    ITEMS.append({"id": "r20m-" + id_, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": ev, "key_points": kp,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(q, intent, role, ev, kp, attribute=None):
    d = {"question": q, "intent": intent, "role": role, "evidence": ev, "key_points": kp}
    if attribute:
        d["attribute"] = attribute
    return d


def OOS_T(q, role=None):
    return {"question": q, "intent": "out_of_scope", "role": role, "evidence": [], "key_points": []}


# ------------------------------------------------------------------ duty (10)
add("duty-01", "duty", "new_hire", "我刚转岗开采煤机，安全上我要负哪些责任？", "采煤机司机",
    [Q(F01, "持证上岗，熟悉采煤机性能和操作规程"), Q(F01, "内外喷雾不能正常使用时严禁割煤"),
     Q(F01, "停机时将滚筒落地，断开隔离开关")],
    [["持证上岗"], ["喷雾"], ["滚筒落地"]])
add("duty-02", "duty", "new_hire", "瓦检员平常主要干些啥活", "瓦斯检查员",
    [Q(F02, "按巡回检查图表检查所负责区域的瓦斯"), Q(F02, "每次检查结果填写在检查地点的记录牌上"),
     Q(F02, "参与本区域的“一炮三检”"), Q(F01, "按照瓦斯巡回检查图表规定的地点"),
     Q(F01, "严格执行“手牌、记录牌、台账”三对口"), Q(F01, "参与爆破作业的“一炮三检”")],
    [["巡回检查图表", "巡回检查"], ["记录牌"], ["一炮三检"]])
add("duty-03", "duty", "hr", "选煤厂化验室的化验员岗位职责帮我列一下", "煤质化验员",
    [Q(F02, "按国家标准进行原煤、精煤、中煤的采样、制样"), Q(F02, "化验煤样的水分、灰分、挥发分、硫分和发热量"),
     Q(F02, "负责化验仪器的日常维护和定期校验")],
    [["采样", "制样"], ["灰分"], ["化验报告"]])
add("duty-04", "duty", "manager", "矿调度室的调度员具体负责哪些工作？", "调度员",
    [Q(F02, "通过安全监控系统、人员定位系统和工业电视"), Q(F02, "按时填写调度日志和生产日报"),
     Q(F02, "按应急处置卡通知有关单位撤人")],
    [["调度日志"], ["人员定位"], ["撤人"]])
add("duty-05", "duty", "new_hire", "重介分选这个岗位每天要做什么", "重介分选工",
    [L(F06, "根据原煤煤质和精煤灰分要求", after='id="zjfx"'), L(F06, "按规定添加磁铁矿粉", after='id="zjfx"')],
    [["悬浮液密度", "密度"], ["磁铁矿粉"], ["介耗"]])
add("duty-06", "duty", "hr", "选煤厂集控室那个岗位负责啥？", "集控员",
    [L(F06, "按照开停车顺序进行全厂设备的集中启停"), L(F06, "接收化验室的快灰结果"), L(F06, "填写集控运行日志")],
    [["开停车顺序", "集中启停"], ["快灰"], ["集控运行日志"]])
add("duty-07", "duty", "new_hire", "井下机电工的岗位职责有哪些", "机电工",
    [CSV("机电工", "岗位职责")],
    [["停送电"], ["失爆"], ["检修记录"]])
add("duty-08", "duty", "new_hire", "综采班长一个班下来都要干哪些事", "综采班组长",
    [L(F07, "1. 每班提前30分钟主持班前会"), L(F07, "4. 组织现场交接班"), L(F07, "5. 负责本班工资二次分配"),
     Q(F01, "主持召开班前会，结合当班任务讲清安全注意事项"), Q(F01, "执行现场交接班制度")],
    [["班前会"], ["交接班"], ["工分", "二次分配"]])
add("duty-09", "duty", "manager", "综采队长在安全生产上要担哪些责", "综采队队长",
    [Q(F01, "综采队队长是本队安全生产第一责任人"), Q(F01, "每月至少组织一次本队事故隐患排查"),
     Q(F01, "每天至少入井一次，跟班期间不得少于6小时")],
    [["第一责任人"], ["隐患排查"], ["6小时"]])
add("duty-10", "duty", "new_hire", "浮选工的工作内容是什么？", "浮选工",
    [L(F06, "根据入浮煤泥浓度和化验结果"), L(F06, "控制浮选机液位和充气量"), L(F06, "填写浮选岗位运行记录")],
    [["捕收剂", "加药量"], ["液位"], ["药剂消耗台账"]])

# ------------------------------------------------------------------ qualification (10)
add("qual-01", "qualification", "hr", "招瓦斯检查员需要满足什么条件", "瓦斯检查员",
    [Q(F02, "高中（中专、技校）及以上文化程度"), Q(F02, "持有煤矿瓦斯检查作业特种作业操作证"),
     Q(F02, "从事井下采掘工作2年以上"), Q(F03, "煤矿瓦斯检查作业")],
    [["高中"], ["瓦斯检查作业"], ["2年"]])
add("qual-02", "qualification", "hr", "调度员岗位的任职资格是啥", "调度员",
    [Q(F02, "大专及以上学历，采矿工程、矿井通风与安全等相关专业"), Q(F02, "煤矿井下工作经历3年以上")],
    [["大专"], ["采矿工程", "矿井通风与安全"], ["3年"]])
add("qual-03", "qualification", "new_hire", "我想去做煤质化验，对人有什么要求吗", "煤质化验员",
    [Q(F02, "中专及以上学历，化学分析、煤化工或选矿相关专业"), Q(F02, "持有化验员上岗证"), Q(F02, "无色盲、色弱")],
    [["中专"], ["化验员上岗证"], ["色盲", "色弱"]])
add("qual-04", "qualification", "new_hire", "这次招工采煤机司机要啥经验？", "采煤机司机",
    [Q(F05, "有综采工作面采煤机操作经验1年以上")],
    [["经验1年", "1年以上"], ["采煤机（掘进机）操作", "采煤机操作证"]])
add("qual-05", "qualification", "new_hire", "应聘井下电工得具备哪些条件", "机电工",
    [Q(F05, "中专（技校）及以上学历，机电一体化"), Q(F05, "持煤矿井下电气作业操作证"),
     CSV("机电工", "学历要求"), CSV("机电工", "证书要求"), Q(F03, "煤矿井下电气作业")],
    [["中专"], ["电气作业"]])
add("qual-06", "qualification", "new_hire", "重介分选工招人有什么门槛？女的能报吗", "重介分选工",
    [Q(F05, "年龄18至45周岁，男女不限"), Q(F05, "高中（中专）及以上文化程度"),
     L(F06, "<th>学历</th><td>高中（中专）及以上", after='id="zjfx"')],
    [["高中"], ["男女不限"]])
add("qual-07", "qualification", "hr", "通风工的任职要求", "通风工",
    [CSV("通风工", "学历要求"), CSV("通风工", "工作经验"), CSV("通风工", "证书要求")],
    [["初中"], ["1年"], ["通风工岗位培训"]])
add("qual-08", "qualification", "manager", "要提一个人当掘进班长，需要什么条件", "掘进班组长",
    [L(F07, "- 初中及以上文化程度，从事掘进工作3年以上"), L(F07, "- 取得班组长安全培训合格证", after="掘进班组长"),
     L(F07, "- 熟悉锚杆（索）支护工艺")],
    [["3年"], ["班组长安全培训合格证"], ["锚杆"]])
add("qual-09", "qualification", "hr", "安全员这个岗位任职条件有哪些", "安全员",
    [CSV("安全员", "学历要求"), CSV("安全员", "工作经验"), CSV("安全员", "证书要求"), Q(F03, "煤矿安全检查作业")],
    [["高中"], ["3年"], ["安全检查作业"]])
add("qual-10", "qualification", "new_hire", "掘进机司机报名条件是啥", "掘进机司机",
    [Q(F05, "有综掘机操作经验1年以上，能看懂巷道中腰线")],
    [["1年"], ["中腰线"]])

# ------------------------------------------------------------------ attribute (12)
add("attr-01", "attribute", "new_hire", "瓦斯检查员归谁管？", "瓦斯检查员",
    [Q(F02, "通风队队长")], [["通风队队长"], ["通风队"]], attribute="reports_to")
add("attr-02", "attribute", "new_hire", "调度员的直接领导是谁", "调度员",
    [Q(F02, "调度室主任")], [["调度室主任"], ["调度室"]], attribute="reports_to")
add("attr-03", "attribute", "manager", "综采班组长手底下管哪些人", "综采班组长",
    [L(F07, "管理对象: 采煤机司机")], [["支架工"], ["刮板输送机司机"]], attribute="subordinates")
add("attr-04", "attribute", "new_hire", "机电工是在井下上班还是地面？", "机电工",
    [CSV("机电工", "工作地点")], [["地面变电所"], ["井下"]], attribute="location")
add("attr-05", "attribute", "new_hire", "现在招采煤机司机，转正以后一个月大概拿多少", "采煤机司机",
    [Q(F05, "采煤机司机：试用期月薪7000元")], [["9000元至13000元", "9000"], ["13000"]], attribute="pay")
add("attr-06", "attribute", "new_hire", "瓦检员岗位工资多少？下井有补贴没", "瓦斯检查员",
    [L(F08, "瓦斯检查员")], [["4600"], ["70"]], attribute="pay")
add("attr-07", "attribute", "new_hire", "浮选工上级是谁", "浮选工",
    [L(F06, "生产车间当班班长", after='id="fxg"')], [["生产车间当班班长", "当班班长"], ["生产车间"]], attribute="reports_to")
add("attr-08", "attribute", "hr", "爆破工要持什么证才能上岗", "爆破工",
    [Q(F03, "煤矿井下爆破作业"), Q(F03, "另须取得公安机关核发的爆破作业人员许可证"), CSV("爆破工", "证书要求")],
    [["井下爆破作业"], ["爆破作业人员许可证"]], attribute="certificate")
add("attr-09", "attribute", "hr", "绞车司机的操作证多久复审一次，证叫啥", "绞车司机",
    [Q(F03, "煤矿提升机操作作业"), Q(F03, "特种作业操作证有效期6年，每3年复审1次")],
    [["3年"], ["提升机操作作业"]], attribute="certificate")
add("attr-10", "attribute", "new_hire", "化验员属于哪个部门", "煤质化验员",
    [Q(F02, "选煤厂质检科")], [["选煤厂"], ["质检科"]], attribute="department")
add("attr-11", "attribute", "hr", "集控员要什么专业背景", "集控员",
    [L(F06, "大专及以上，自动化或选矿专业")], [["自动化"], ["选矿"]], attribute="major")
add("attr-12", "attribute", "new_hire", "掘进班长上面是谁", "掘进班组长",
    [L(F07, "直接上级: 掘进队队长")], [["掘进队队长"], ["队长"]], attribute="reports_to")

# ------------------------------------------------------------------ kpi (6)
add("kpi-01", "kpi", "manager", "综采一队每月考核哪些指标", "综采一队",
    [Q(F04, "原煤产量"), Q(F04, "吨煤材料费"), Q(F04, "百万吨死亡率")],
    [["原煤产量"], ["吨煤材料费"], ["百万吨死亡率"]])
add("kpi-02", "kpi", "manager", "掘进二队进尺一个月要求多少？完不成怎么扣分", "掘进二队",
    [Q(F04, "≥450米/月"), Q(F04, "每少10米扣1分，超进尺每10米加0.5分")],
    [["450米"], ["每少10米扣1分"]])
add("kpi-03", "kpi", "manager", "通风队有什么一票否决的情况", "通风队",
    [Q(F04, "当月发生瓦斯事故、火灾事故或无计划停风")],
    [["瓦斯事故"], ["无计划停风"], ["零"]])
add("kpi-04", "kpi", "hr", "综采一队成本方面考核啥", "综采一队",
    [Q(F04, "吨煤电耗"), Q(F04, "配件修旧利废"), Q(F04, "吨煤材料费")],
    [["吨煤材料费"], ["吨煤电耗"], ["修旧利废"]])
add("kpi-05", "kpi", "manager", "通风队的安全指标占多少分，都有哪几项", "通风队",
    [Q(F04, "安全（50分）"), Q(F04, "瓦斯超限次数"), Q(F04, "漏检、空班次数"), Q(F04, "通风设施完好率")],
    [["50分"], ["瓦斯超限次数"], ["漏检"]])
add("kpi-06", "kpi", "manager", "班组长每个月怎么考核的", "综采班组长",
    [L(F07, "班组长实行月度考核")], [["产量完成率"], ["工程质量"], ["800元"]])

# ------------------------------------------------------------------ jd (4)
add("jd-01", "jd", "hr", "帮我出一份瓦斯检查员的招聘JD", "瓦斯检查员",
    [Q(F02, "按巡回检查图表检查所负责区域的瓦斯"), Q(F02, "每次检查结果填写在检查地点的记录牌上")],
    [["巡回检查"], ["记录牌"]],
    tool={"kind": "jd", "role": "瓦斯检查员", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "jd", "hr", "写个调度员的岗位描述，要发到招聘网站上", "调度员",
    [Q(F02, "按时填写调度日志和生产日报"), Q(F02, "下达矿领导的生产指令，协调运输、供电、排水等环节")],
    [["调度日志"], ["协调"]],
    tool={"kind": "jd", "role": "调度员", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "jd", "hr", "重介分选工的JD起草一下", "重介分选工",
    [L(F06, "根据原煤煤质和精煤灰分要求"), L(F06, "按规定添加磁铁矿粉")],
    [["密度"], ["磁铁矿粉"]],
    tool={"kind": "jd", "role": "重介分选工", "must_cite_files": [F06], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "jd", "hr", "给井下机电工写一份职位说明", "机电工",
    [CSV("机电工", "岗位职责")], [["停送电"], ["失爆"]],
    tool={"kind": "jd", "role": "机电工", "must_cite_files": [F09], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
add("kd-01", "kpi_design", "manager", "给综采一队设计一套月度KPI，5个指标就行", "综采一队",
    [Q(F04, "原煤产量"), Q(F04, "工作面推进度"), Q(F04, "吨煤材料费"), Q(F04, "百万吨死亡率")],
    [["原煤产量"], ["工作面推进度"], ["吨煤材料费"]],
    tool={"kind": "kpi_design", "role": "综采一队", "count": 5, "must_cite_files": [F04],
          "expected_indicators": ["原煤产量", "工作面推进度", "吨煤材料费", "百万吨死亡率"]})
add("kd-02", "kpi_design", "manager", "通风队的绩效指标帮我设计下", "通风队",
    [Q(F04, "瓦斯超限次数"), Q(F04, "通风设施完好率"), Q(F04, "有效风量率")],
    [["瓦斯超限次数"], ["通风设施完好率"], ["有效风量率"]],
    tool={"kind": "kpi_design", "role": "通风队", "count": None, "must_cite_files": [F04],
          "expected_indicators": ["瓦斯超限次数", "通风设施完好率", "有效风量率"]})
add("kd-03", "kpi_design", "hr", "掘进队考核方案怎么定指标，给4个", "掘进二队",
    [Q(F04, "掘进进尺"), Q(F04, "巷道成型合格率"), Q(F04, "单米材料费"), Q(F04, "空顶作业次数")],
    [["掘进进尺"], ["巷道成型合格率"], ["单米材料费"]],
    tool={"kind": "kpi_design", "role": "掘进二队", "count": 4, "must_cite_files": [F04],
          "expected_indicators": ["掘进进尺", "巷道成型合格率", "单米材料费", "空顶作业次数"]})

# ------------------------------------------------------------------ followup (8)
add("fu-01", "followup", "new_hire", "放炮员的安全责任有哪些", "爆破工",
    [Q(F01, "持证上岗，严格执行“一炮三检”“三人连锁爆破”制度"), Q(F01, "爆炸材料领退必须与发放人员当面点清"),
     Q(F01, "当班剩余的爆炸材料必须在班后交回爆炸材料库"), CSV("爆破工", "岗位职责")],
    [["一炮三检"], ["三人连锁爆破"], ["当面点清"]],
    turns=[T("第四条具体说的啥", "duty", "爆破工", [Q(F01, "爆破后至少等候15分钟")], [["15分钟"], ["30分钟"]]),
           T("他岗位工资多少", "attribute", "爆破工", [L(F08, "爆破工")], [["4800"], ["80"]], attribute="pay"),
           T("那要持什么证", "attribute", "爆破工", [Q(F03, "煤矿井下爆破作业"), Q(F03, "另须取得公安机关核发的爆破作业人员许可证"), CSV("爆破工", "证书要求")],
             [["井下爆破作业"], ["爆破作业人员许可证"]], attribute="certificate")])
add("fu-02", "followup", "new_hire", "绞车司机平时要做什么", "绞车司机",
    [CSV("绞车司机", "岗位职责"), Q(F01, "严禁超挂车、超载运行"), Q(F01, "开车前检查制动闸、钢丝绳")],
    [["超挂车"], ["制动闸"], ["钢丝绳"]],
    turns=[T("他归哪个队管", "attribute", "绞车司机", [CSV("绞车司机", "所属部门"), CSV("绞车司机", "直接上级")], [["运输队"], ["运输队班长"]], attribute="department"),
           T("新拿证的有啥要求不", "attribute", "绞车司机", [Q(F03, "新取证人员须在师傅监护下实习满4个月")],
             [["4个月"], ["师傅监护"]], attribute="certificate")])
add("fu-03", "followup", "hr", "调度员要什么学历", "调度员",
    [Q(F02, "大专及以上学历，采矿工程、矿井通风与安全等相关专业")], [["大专"], ["采矿工程", "矿井通风与安全"]], attribute="education",
    turns=[T("他是在井下还是地面干活", "attribute", "调度员", [Q(F02, "地面调度指挥中心，四班三运转")], [["地面调度指挥中心", "地面"], ["四班三运转", "夜班"]],
             attribute="location"),
           T("夜里值班有补贴么", "attribute", "调度员", [L(F08, "岗位名称"), L(F08, "调度员")], [["30"], ["夜班津贴"]], attribute="pay")])
add("fu-04", "followup", "manager", "综采一队安全方面考核哪些", "综采一队",
    [Q(F04, "百万吨死亡率"), Q(F04, "隐患整改完成率"), Q(F04, "“三违”人次")],
    [["百万吨死亡率"], ["隐患整改完成率"]],
    turns=[T("生产那块呢", "kpi", "综采一队", [Q(F04, "原煤产量"), Q(F04, "工作面推进度"), Q(F04, "采煤机开机率")],
             [["原煤产量"], ["工作面推进度"], ["开机率"]]),
           T("换成掘进二队呢", "kpi", "掘进二队", [Q(F04, "掘进进尺"), Q(F04, "巷道成型合格率")],
             [["掘进进尺"], ["巷道成型合格率"]])])
add("fu-05", "followup", "new_hire", "重介分选工主要负责什么", "重介分选工",
    [L(F06, "根据原煤煤质和精煤灰分要求"), L(F06, "监视重介旋流器入料压力")],
    [["密度"], ["旋流器"]],
    turns=[T("浮选工呢", "duty", "浮选工", [L(F06, "根据入浮煤泥浓度和化验结果"), L(F06, "控制浮选机液位和充气量")],
             [["加药量", "捕收剂"], ["液位"]]),
           T("这俩的上级分别是谁", "attribute", "浮选工",
             [L(F06, "生产车间当班班长", after='id="zjfx"'), L(F06, "生产车间当班班长", after='id="fxg"')],
             [["当班班长"], ["生产车间"]], attribute="reports_to")])
add("fu-06", "followup", "new_hire", "通风工干啥的", "通风工",
    [CSV("通风工", "岗位职责"), Q(F01, "负责风门、风窗、密闭、风桥等通风设施的构筑"),
     Q(F01, "负责局部通风机的安装、管理和风筒吊挂")],
    [["风门"], ["局部通风机"], ["风筒"]],
    turns=[T("那招这个岗要什么条件", "qualification", "通风工", [CSV("通风工", "学历要求"), CSV("通风工", "工作经验")], [["初中"], ["1年"]]),
           T("那矿上年假一年能休几天", "out_of_scope", None, [], [])])
add("fu-07", "followup", "new_hire", "煤质化验员要干什么", "煤质化验员",
    [Q(F02, "化验煤样的水分、灰分、挥发分、硫分和发热量"), Q(F02, "每班对重介分选密度和浮选精煤灰分进行快速检测")],
    [["灰分"], ["发热量"]],
    turns=[T("那应聘要满足啥条件", "qualification", "煤质化验员", [Q(F02, "中专及以上学历，化学分析、煤化工或选矿相关专业"),
                                                    Q(F02, "1年以上化验工作经验")],
             [["中专"], ["1年"]]),
           T("他一个月岗位工资多少，夜班有补贴吗", "attribute", "煤质化验员", [L(F08, "煤质化验员")], [["3500"], ["20"]], attribute="pay")])
add("fu-08", "followup", "new_hire", "掘进机司机这次招工什么条件", "掘进机司机",
    [Q(F05, "有综掘机操作经验1年以上，能看懂巷道中腰线")], [["1年"], ["中腰线"]],
    turns=[T("那待遇咋样", "attribute", "掘进机司机", [Q(F05, "掘进机司机：试用期月薪6500元")],
             [["6500"], ["8500元至12000元", "8500"]], attribute="pay"),
           T("试用期几个月？交不交社保", "attribute", "掘进机司机", [Q(F05, "试用期3个月。公司依法缴纳五险二金")],
             [["3个月"], ["五险二金"]], attribute="benefits"),
           T("住宿和吃饭管不管", "attribute", "掘进机司机", [Q(F05, "试用期3个月。公司依法缴纳五险二金")],
             [["宿舍"], ["班中餐"]], attribute="benefits")])

# ------------------------------------------------------------------ out_of_scope (11)
for n, (q, role, persona) in enumerate([
    ("综采工作面周期来压步距一般怎么算", None, "manager"),
    ("采煤机截齿磨损了怎么换，有啥技巧", None, "new_hire"),
    ("矿上年休假一年能休几天？", None, "new_hire"),
    ("井下工人社保缴费比例是多少", None, "hr"),
    ("支架工的岗位职责是什么", None, "new_hire"),
    ("锅炉工具体负责哪些工作", None, "hr"),
    ("压滤工的岗位说明有吗，发我看看", None, "hr"),
    ("区队长一个月工资多少钱", None, "manager"),
    ("帮我写一份煤矿瓦斯抽采工程设计方案", None, "manager"),
    ("机电工的安全生产责任制是怎么规定的", None, "hr"),
    ("动力煤最近多少钱一吨", None, "manager"),
], 1):
    add(f"oos-{n:02d}", "out_of_scope", persona, q, role, [], [])

if __name__ == "__main__":
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
        for it in ITEMS:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print(len(ITEMS), "items")
