# -*- coding: utf-8 -*-
"""Builds set.jsonl for round64/garden (line numbers resolved from the generated corpus)."""
import json
from pathlib import Path

C = Path("/tmp/t64garden/corpus")
G01 = "g01_工程与养护岗位说明书.docx"
G02 = "g02_苗圃基地工作手册.docx"
G03 = "g03_2024年度岗位KPI指标库.xlsx"
G04 = "g04_定岗定编及薪酬标准.xlsx"
G05 = "g05_招聘需求台账_2024Q2.csv"
G06 = "g06_加入青禾_社会招聘.html"
G07 = "g07_安全生产与养护质量考核细则.pdf"
G08 = "g08_养护部新员工入职指南.md"
G09 = "g09_机械操作手岗位告知书.txt"


def lines(name):
    b = (C / name).read_bytes()
    for enc in ("utf-8-sig", "utf-16", "gbk"):
        try:
            if enc == "utf-16" and not b.startswith(b"\xff\xfe"):
                continue
            return b.decode(enc).splitlines()
        except UnicodeDecodeError:
            pass


def L(name, first, last=None):
    """Line evidence from the first line containing `first` to the first (later) line containing `last`."""
    ls = lines(name)
    a = next(i for i, x in enumerate(ls, 1) if first in x)
    b = a if last is None else next(i for i, x in enumerate(ls, 1) if i >= a and last in x)
    return {"file": name, "line_start": a, "line_end": b}


def Q(name, quote):
    return {"file": name, "quote": quote}


def QS(name, *quotes):
    return [Q(name, q) for q in quotes]


items = []


def add(id_, persona, intent, q, role, ev, kp, attribute=None, turns=None, tool=None):
    items.append(dict(id=id_, persona=persona, intent=intent, question=q, role=role, attribute=attribute,
                      evidence=ev, key_points=kp, expect_refusal=(intent == "out_of_scope"), turns=turns, tool=tool))


def T(q, intent, ev=None, kp=None, role=None, attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": ev or [], "key_points": kp or []}
    if attribute:
        t["attribute"] = attribute
    return t


PM_D = QS(G01, "组织编制项目施工组织设计和施工进度计划", "负责项目成本控制，每月组织预算员进行一次成本分析", "组织苗木进场验收，核对苗木规格",
          "主持每周项目例会", "组织工程竣工验收，并负责一年养护期满后的移交工作", "作为项目安全生产第一责任人")
BZ_D = QS(G01, "每日召开班前会，布置当日养护任务", "按养护月历组织修剪、除草、施肥", "每日巡查标段绿地，发现病虫害苗头",
          "填写养护日志，每周五汇总本班组工作量", "暴雨、台风过后组织倒伏树木扶正", "管理班组小型机具的领用、登记和日常保养")
GW_D = QS(G01, "按班长安排完成草坪修剪、绿篱整形", "正确使用割草机、绿篱机、割灌机等小型机具", "清理绿地内垃圾、枯枝落叶和杂物",
          "发现设施损坏、树木倾斜或枯死等情况")
MM_D = QS(G02, "建立苗木台账，每月盘点一次", "负责苗木出圃前的起挖、土球包扎", "按项目部调拨单组织苗木调拨",
          "负责新进苗木的假植和缓苗期养护管理", "每季度对苗木规格（胸径、冠幅、高度）进行抽测")
ZB_D = QS(G02, "编制年度病虫害防治计划，报技术负责人审批", "每周巡查苗圃和各养护标段，做好病虫害测报记录",
          "确定防治药剂品种和配比，现场指导养护工实施喷药", "管理农药仓库，执行农药领用", "推广生物防治和低毒低残留药剂")
ZB_BOX = Q(G02, "其基本信息见右侧文本框")
GG_D = [L(G05, "ZP-2024-040"), L(G08, "1. 负责标段内喷灌", "4. 记录每日用水量")]
YS_D = [L(G05, "ZP-2024-031")]

# ------------------------------------------------------------------ duty (14)
add("g64-duty-01", "new_hire", "duty", "我刚调来当项目经理，平时主要要管哪些事？", "项目经理", PM_D,
    [["施工组织设计"], ["成本"], ["进场验收"], ["例会"], ["竣工验收"]])
add("g64-duty-02", "new_hire", "duty", "养护班长每天要干啥", "养护班长", BZ_D,
    [["班前会"], ["养护月历"], ["巡查"], ["养护日志"]])
add("g64-duty-03", "new_hire", "duty", "绿化工平时都做哪些活儿？", "绿化养护工", GW_D,
    [["草坪修剪", "修剪"], ["割草机", "小型机具"], ["枯枝落叶", "垃圾"], ["报告"]])
add("g64-duty-04", "hr", "duty", "苗圃那边苗木管理员的工作内容有哪些", "苗木管理员", MM_D,
    [["台账"], ["出圃"], ["调拨"], ["假植"]])
add("g64-duty-05", "manager", "duty", "植保员主要负责什么？", "植保员", ZB_D,
    [["防治计划"], ["测报"], ["药剂"], ["双人双锁", "农药仓库"]])
add("g64-duty-06", "new_hire", "duty", "花艺师具体要做些什么工作呀", "花艺师", [L(G06, "负责市政节日摆花", "指导花卉工做好盆花")],
    [["摆花"], ["鲜切花"], ["花境"], ["盆花"]])
add("g64-duty-07", "hr", "duty", "园林设计师的岗位职责给我列一下", "园林设计师", [L(G06, "负责园林景观方案设计", "负责投标项目的方案文本")],
    [["方案设计"], ["施工图"], ["工程量清单"], ["投标"]])
add("g64-duty-08", "new_hire", "duty", "经营部的预算员负责啥", "预算员", YS_D,
    [["投标报价"], ["结算"], ["成本分析"], ["价格"]])
add("g64-duty-09", "hr", "duty", "项目部资料员的职责是什么", "资料员", [L(G05, "ZP-2024-035"), L(G05, "ZP-2023-017")],
    [["施工技术资料"], ["隐蔽工程"], ["归档"], ["图纸", "收发文"]])
add("g64-duty-10", "new_hire", "duty", "灌溉工每天具体干什么", "灌溉工", GG_D,
    [["喷灌", "滴灌"], ["喷头", "阀门"], ["墒情"], ["用水量"], ["排空", "防冻"]])
add("g64-duty-11", "new_hire", "duty", "开高空作业车的机械操作手职责有哪些", "机械操作手", [L(G09, "1.操作高空作业车", "4.负责所操作机械")],
    [["高空作业车"], ["洒水车", "挖掘机"], ["点检表"], ["保养"]])
add("g64-duty-12", "manager", "duty", "项目上的安全员要做哪些工作？", "安全员",
    QS(G07, "每日巡查施工和养护作业现场", "组织新进场人员三级安全教育", "检查高空修剪、道路作业的安全围挡",
       "建立安全隐患台账，督促责任班组", "每月组织一次应急演练或专项安全培训"),
    [["巡查"], ["三级安全教育"], ["围挡", "警示标志"], ["隐患台账"], ["应急演练"]])
add("g64-duty-13", "manager", "duty", "植保员5到8月份重点忙啥", "植保员", [Q(G02, "防治美国白蛾第一、二代幼虫")],
    [["美国白蛾"], ["幼虫", "第一、二代"]])
add("g64-duty-14", "hr", "duty", "机械操作手在安全方面有哪些职责", "机械操作手",
    QS(G07, "持有效操作证上岗，严禁酒后", "高空作业车作业时设置警示区域", "道路夜间作业须穿反光背心"),
    [["操作证"], ["警示区域"], ["反光背心"]])

# ------------------------------------------------------------------ qualification (10)
add("g64-qual-01", "hr", "qualification", "当项目经理需要什么条件", "项目经理",
    QS(G01, "学历专业：大专及以上学历，园林、风景园林", "工作经验：5年以上园林绿化工程项目管理经验", "资格证书：二级建造师（市政公用工程专业）"),
    [["大专"], ["5年以上"], ["二级建造师"], ["B证"]])
add("g64-qual-02", "hr", "qualification", "养护班长任职要求是啥", "养护班长",
    QS(G01, "学历：高中（中专）及以上", "经验：3年以上绿化养护工作经验", "证书：须持绿化工（四级/中级工）"),
    [["高中"], ["3年以上"], ["绿化工"]])
add("g64-qual-03", "manager", "qualification", "招植保员有什么要求？", "植保员", [ZB_BOX],
    [["大专"], ["植物保护"], ["3年以上"], ["农药安全使用培训合格证"]])
add("g64-qual-04", "hr", "qualification", "苗木管理员要什么学历跟经验", "苗木管理员", [Q(G02, "任职要求：中专及以上学历，园艺、林学相关专业")],
    [["中专"], ["园艺", "林学"], ["2年以上"]])
add("g64-qual-05", "new_hire", "qualification", "我想应聘园林设计师，需要满足哪些要求", "园林设计师",
    [L(G06, "本科及以上学历，风景园林", "有市政公园或道路绿化项目"), L(G06, "8000—14000元/月")],
    [["本科"], ["风景园林"], ["AutoCAD", "SketchUp"], ["3年以上"]])
add("g64-qual-06", "new_hire", "qualification", "花艺师的应聘条件", "花艺师", [L(G06, "学历：中专及以上", "持插花花艺师"), L(G06, "5000—7000元/月")],
    [["中专"], ["插花花艺师"], ["2年以上"]])
add("g64-qual-07", "hr", "qualification", "预算员任职资格有哪些", "预算员", YS_D,
    [["大专"], ["工程造价"], ["2年以上"], ["造价工程师"], ["广联达"]])
add("g64-qual-08", "manager", "qualification", "安全员要满足啥条件才能上岗", "安全员",
    [Q(G07, "直接上级为安全质量部经理，须持安全生产考核合格证书"), Q(G07, "证），大专及以上学历，2年以上施工现场安全管理经验"), L(G05, "ZP-2024-041")],
    [["大专"], ["C证"], ["2年以上"]])
add("g64-qual-09", "hr", "qualification", "机械手要什么资格", "机械操作手", [L(G09, "学历要求", "持证要求")],
    [["初中"], ["2年以上"], ["特种作业操作证", "高处作业证"]])
add("g64-qual-10", "hr", "qualification", "招绿化养护工有啥要求，年龄有没有限制", "绿化养护工",
    QS(G01, "学历：初中及以上；", "经验：不限，有绿化作业经验者优先", "其他：身体健康，能适应户外露天作业"),
    [["初中"], ["55周岁"], ["身体健康", "户外"]])

# ------------------------------------------------------------------ attribute (10)
add("g64-attr-01", "new_hire", "attribute", "机械操作手现在归谁管？", "机械操作手", [L(G09, "补充通知", "其他内容不变")],
    [["设备管理组组长"], ["5月1日", "调整"]], attribute="reports_to")
add("g64-attr-02", "new_hire", "attribute", "苗木管理员的直接领导是谁", "苗木管理员", [Q(G02, "苗木管理员隶属苗圃基地生产组，直接上级为苗圃基地副主任")],
    [["副主任"], ["苗圃"]], attribute="reports_to")
add("g64-attr-03", "new_hire", "attribute", "绿化养护工一个月工资多少钱", "绿化养护工", QS(G04, "3300", "3600"),
    [["3300"], ["3600"]], attribute="pay")
add("g64-attr-04", "new_hire", "attribute", "园林设计师在哪上班", "园林设计师", [L(G06, "<th>汇报对象</th><td>设计部主任")],
    [["公司本部"], ["江宁"]], attribute="location")
add("g64-attr-05", "hr", "attribute", "养护班长要持什么证", "养护班长", [Q(G01, "证书：须持绿化工（四级/中级工）")],
    [["绿化工"], ["四级", "中级工"]], attribute="certificate")
add("g64-attr-06", "manager", "attribute", "养护班长手底下管哪些人", "养护班长", [Q(G01, "【直接下级】绿化养护工、灌溉工")],
    [["绿化养护工"], ["灌溉工"]], attribute="subordinates")
add("g64-attr-07", "new_hire", "attribute", "花艺师是哪个部门的呀", "花艺师", [L(G06, "<h2>花艺师</h2>"), L(G06, "花卉工作室主管")],
    [["花卉工作室"], ["市民中心", "花卉工作室主管"]], attribute="department")
add("g64-attr-08", "hr", "attribute", "资料员工资给多少", "资料员", [L(G05, "ZP-2024-035"), Q(G04, "4600")],
    [["4500-6000", "4500—6000"], ["4000", "4600"]], attribute="pay")
add("g64-attr-09", "hr", "attribute", "资料员需要啥证书", "资料员", [L(G05, "ZP-2024-035"), L(G05, "ZP-2023-017")],
    [["资料员岗位证书"], ["资料员"]], attribute="certificate")
add("g64-attr-10", "manager", "attribute", "植保员要学什么专业的", "植保员", [ZB_BOX],
    [["植物保护"], ["园艺", "林学"]], attribute="major")

# ------------------------------------------------------------------ kpi (5)
add("g64-kpi-01", "manager", "kpi", "养护班长考核哪些指标", "养护班长",
    QS(G03, "养护质量检查得分", "养护月历完成率", "建设单位或市民有效投诉次数", "养护日志及时率"),
    [["养护质量检查得分"], ["养护月历完成率"], ["有效投诉次数"], ["养护日志及时率"]])
add("g64-kpi-02", "manager", "kpi", "灌溉工的KPI是怎么定的", "灌溉工",
    QS(G03, "灌溉设施完好率", "按计划灌溉执行率", "用水量控制偏差", "冬季防冻排空完成率"),
    [["灌溉设施完好率"], ["按计划灌溉执行率"], ["用水量控制偏差"], ["冬季防冻排空完成率"]])
add("g64-kpi-03", "hr", "kpi", "安全员每个月怎么考核", "安全员",
    QS(G07, "1 安全事故起数 30% 0起", "2 隐患整改按期完成率", "3 三级安全教育覆盖率", "5 应急演练完成次数"),
    [["安全事故起数"], ["隐患整改按期完成率"], ["三级安全教育覆盖率"], ["应急演练"]])
add("g64-kpi-04", "manager", "kpi", "预算员的考核指标和目标值", "预算员",
    QS(G03, "预算编制准确率", "投标报价按期完成率", "结算审核核减率", "价格信息更新及时率"),
    [["预算编制准确率"], ["投标报价按期完成率"], ["结算审核核减率"], ["价格信息更新及时率"]])
add("g64-kpi-05", "hr", "kpi", "苗圃植保员绩效主要看什么", "植保员",
    QS(G03, "病虫害发生率", "防治及时率", "农药安全事故起数", "化学农药使用量下降率"),
    [["病虫害发生率"], ["防治及时率"], ["农药安全事故"], ["化学农药使用量下降率"]])

# ------------------------------------------------------------------ jd (3)
add("g64-jd-01", "hr", "jd", "帮我起草一份养护班长的岗位说明书", "养护班长", BZ_D,
    [["班前会"], ["养护月历"], ["养护日志"]],
    tool={"kind": "jd", "role": "养护班长", "must_cite_files": [G01], "expect_sections": ["duties", "qualifications"]})
add("g64-jd-02", "hr", "jd", "给苗木管理员写个JD", "苗木管理员", MM_D,
    [["台账"], ["调拨"], ["假植"]],
    tool={"kind": "jd", "role": "苗木管理员", "must_cite_files": [G02], "expect_sections": ["duties", "qualifications"]})
add("g64-jd-03", "manager", "jd", "出一份灌溉工的JD，招聘要用", "灌溉工", GG_D,
    [["喷灌", "滴灌"], ["墒情"], ["排空"]],
    tool={"kind": "jd", "role": "灌溉工", "must_cite_files": [G05, G08], "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ kpi_design (3)
inds = ["工期达成率", "成本控制偏差率", "竣工验收一次合格率"]
add("g64-kd-01", "manager", "kpi_design", "帮项目经理设计5个KPI", "项目经理", QS(G03, *inds), [[x] for x in inds],
    tool={"kind": "kpi_design", "role": "项目经理", "count": 5, "must_cite_files": [G03], "expected_indicators": inds})
inds2 = ["作业任务完成率", "养护质量抽检合格率", "机具完好率", "出勤率"]
add("g64-kd-02", "manager", "kpi_design", "绿化养护工的考核指标帮我设计一下", "绿化养护工", QS(G03, *inds2), [[x] for x in inds2],
    tool={"kind": "kpi_design", "role": "绿化养护工", "count": None, "must_cite_files": [G03], "expected_indicators": inds2})
inds3 = ["苗木台账准确率", "出圃苗木合格率", "调拨及时率"]
add("g64-kd-03", "hr", "kpi_design", "苗木管理员的kpi方案，3个就行", "苗木管理员", QS(G03, *inds3), [[x] for x in inds3],
    tool={"kind": "kpi_design", "role": "苗木管理员", "count": 3, "must_cite_files": [G03], "expected_indicators": inds3})

# ------------------------------------------------------------------ followup (8)
add("g64-fu-01", "new_hire", "followup", "项目经理的直接上级是谁", "项目经理", QS(G01, "【直接上级】工程部经理", "GC-01　项目经理"),
    [["工程部经理"], ["项目经理"]], attribute="reports_to", turns=[
        T("那他手下有谁", "attribute", [Q(G01, "【直接下级】施工员、资料员、安全员（派驻）")], [["施工员"], ["资料员"], ["安全员"]],
          role="项目经理", attribute="subordinates"),
        T("第二条职责展开说说", "duty", [Q(G01, "负责项目成本控制，每月组织预算员进行一次成本分析")], [["成本分析"], ["3%"]], role="项目经理")])
add("g64-fu-02", "new_hire", "followup", "灌溉工都干些啥", "灌溉工", GG_D,
    [["喷灌", "滴灌"], ["喷头", "阀门"], ["用水量"]], turns=[
        T("夏天要上夜班吗", "qualification", [L(G05, "ZP-2024-040"), L(G08, "上班时间：6—9月夜班")], [["20:00"], ["04:00"]], role="灌溉工"),
        T("它考核啥指标", "kpi", QS(G03, "灌溉设施完好率", "按计划灌溉执行率", "用水量控制偏差"),
          [["灌溉设施完好率"], ["按计划灌溉执行率"], ["用水量控制偏差"]], role="灌溉工")])
add("g64-fu-03", "new_hire", "followup", "植保员的上级是谁？", "植保员", [ZB_BOX],
    [["苗圃基地主任"], ["植保"]], attribute="reports_to", turns=[
        T("那他得持啥证", "attribute", [ZB_BOX], [["农药安全"], ["培训合格证"]], role="植保员", attribute="certificate"),
        T("那苗木管理员呢", "attribute", [Q(G02, "任职要求：中专及以上学历，园艺、林学相关专业")], [["无强制要求"], ["苗木"]],
          role="苗木管理员", attribute="certificate")])
add("g64-fu-04", "manager", "followup", "安全员每天要做什么", "安全员",
    QS(G07, "每日巡查施工和养护作业现场", "组织新进场人员三级安全教育", "建立安全隐患台账，督促责任班组"),
    [["巡查"], ["三级安全教育"], ["隐患台账"]], turns=[
        T("第四条具体说下", "duty", [Q(G07, "建立安全隐患台账，督促责任班组")], [["隐患台账"], ["限期整改"]], role="安全员"),
        T("那他归哪个部门", "attribute", [Q(G07, "第七条 安全员隶属安全质量部，派驻各项目部")], [["安全质量部"], ["项目部"]],
          role="安全员", attribute="department")])
add("g64-fu-05", "new_hire", "followup", "园林设计师工资多少", "园林设计师", [L(G06, "8000—14000元/月")],
    [["8000"], ["14000"]], attribute="pay", turns=[
        T("换成花艺师呢", "attribute", [L(G06, "5000—7000元/月")], [["5000"], ["7000"]], role="花艺师", attribute="pay"),
        T("她要啥学历", "attribute", [L(G06, "学历：中专及以上")], [["中专"], ["专业不限"]], role="花艺师", attribute="education")])
add("g64-fu-06", "manager", "followup", "绿化养护工考核啥", "绿化养护工", QS(G03, *inds2), [[x] for x in inds2], turns=[
    T("机具完好率怎么算", "kpi", [Q(G03, "完好台次/领用台次×100%")], [["完好台次"], ["领用台次"]], role="绿化养护工"),
    T("那他的直属领导是哪位呢", "attribute", [Q(G01, "YH-02　绿化养护工"), Q(G01, "【直接上级】养护班长")], [["养护班长"], ["绿化养护工"]],
      role="绿化养护工", attribute="reports_to")])
add("g64-fu-07", "new_hire", "followup", "机械操作手要啥证", "机械操作手", [L(G09, "持证要求")],
    [["特种作业操作证"], ["高处作业证"]], attribute="certificate", turns=[
        T("工资咋算", "attribute", [L(G09, "薪　　酬")], [["6500"], ["80元"]], role="机械操作手", attribute="pay"),
        T("顺便问下java怎么入门", "out_of_scope")])
add("g64-fu-08", "hr", "followup", "预算员平时干些什么", "预算员", YS_D, [["投标报价"], ["结算"], ["价格"]], turns=[
    T("得要几年经验", "attribute", YS_D, [["2年以上"], ["预算经验"]], role="预算员", attribute="experience"),
    T("第3条啥意思", "duty", YS_D, [["成本分析"], ["项目经理"]], role="预算员")])

# ------------------------------------------------------------------ out_of_scope (7)
for i, (p, q) in enumerate([("new_hire", "施工员的岗位职责有哪些"), ("hr", "测量员平时做什么工作"),
                            ("hr", "苗圃技术员要什么条件"), ("hr", "今年的社保缴费基数定了多少"),
                            ("new_hire", "花卉工的职责是啥"), ("new_hire", "香樟树叶子发黄怎么治"),
                            ("manager", "标段养护主管的任职要求是什么")], 1):
    add(f"g64-oos-0{i}", p, "out_of_scope", q, None, [], [])

with open(Path(__file__).with_name("set.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items))
