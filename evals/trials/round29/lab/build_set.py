#!/usr/bin/env python3
"""Build set.jsonl for round 29 `lab` and check it with the frozen validate.py (imported unmodified).

Run with gangwei's venv (pydantic, python-docx, openpyxl, pdfplumber, pypdf):
  /work/main/.venv/bin/python build_set.py [corpus_dir]
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r29code/evals/sets")
import validate as V  # noqa: E402

HERE = Path(__file__).resolve().parent
CORPUS = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t29lab/corpus")

QM = "lab01_质量手册_第4章_组织与人员.docx"
MX = "lab02_人员能力要求确认表.xlsx"
AP = "lab03_关于任命技术负责人等人员的决定.docx"
KP = "lab04_2024年度KPI考核表.xlsx"
CR = "lab05_加入我们.html"
QP = "lab06_QP-07人员管理程序.pdf"
CSV = "lab07_人员档案导出.csv"
SF = "lab08_实验室安全守则.txt"
MD = "lab09_新员工入职清单.md"
OA = "lab10_OA岗位指引.html"


def _lines(name):
    data = (CORPUS / name).read_bytes()
    try:
        t = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        t = data.decode("gb18030")
    return t.splitlines()


def L(name, first, last=None):
    """Line span from the first line containing `first` to the next line containing `last`."""
    ls = _lines(name)
    a = next(i for i, s in enumerate(ls) if first in s)
    b = a if last is None else next(i for i in range(a, len(ls)) if last in ls[i])
    return {"file": name, "line_start": a + 1, "line_end": b + 1}


def Q(name, quote):
    return {"file": name, "quote": quote}


items = []


def add(id_, persona, intent, question, role, evidence, kps, attribute=None, turns=None, tool=None):
    items.append({"id": f"t29lab-{id_}", "persona": persona, "intent": intent, "question": question,
                  "role": role, "attribute": attribute, "evidence": evidence, "key_points": kps,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role, evidence, kps, attribute=None):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": evidence, "key_points": kps}


def OOS(question, role=None):
    return {"question": question, "intent": "out_of_scope", "role": role, "attribute": None,
            "evidence": [], "key_points": []}


# ------------------------------------------------------------------ duty (8)
add("duty-01", "new_hire", "duty", "我是新来的样品管理员，平时主要干哪些活？", "样品管理员",
    [Q(QM, "负责样品的接收、登记、唯一性标识和流转"), Q(QM, "核对样品状态与委托单是否一致"),
     Q(QM, "管理留样室，留样期一般不少于6个月"), Q(QM, "每日上午、下午各记录一次样品室温湿度")],
    [["接收"], ["唯一性标识"], ["留样"], ["温湿度"]])
add("duty-02", "manager", "duty", "华检的技术负责人具体负责什么工作", "技术负责人",
    [Q(QM, "组织新方法的确认和验证"), Q(QM, "负责审核测量不确定度评定报告"),
     Q(QM, "组织能力验证和实验室间比对"), Q(QM, "负责检测人员的技术培训和上岗考核"),
     Q(QM, "实验室主任不在时，代行实验室主任职责"),
     Q(AP, "主持技术管理工作；审批作业指导书")],
    [["方法的确认", "方法验证", "确认和验证"], ["不确定度"], ["能力验证"], ["上岗考核"]])
add("duty-03", "hr", "duty", "质量负责人的职责有哪些？", "质量负责人",
    [Q(QM, "负责管理体系的建立、实施和持续改进"), Q(QM, "组织内部审核，编制年度内审计划"),
     Q(QM, "负责处理客户投诉和不符合工作"), Q(QM, "有权直接向实验室主任报告管理体系的运行情况"),
     Q(AP, "主持管理体系的日常运行")],
    [["管理体系"], ["内部审核", "内审"], ["客户投诉", "纠正措施"]])
add("duty-04", "new_hire", "duty", "环境检测实验员这个岗位要做什么", "环境检测实验员",
    [L(CR, "按国家标准和行业标准开展", "参加现场采样")],
    [["理化检测"], ["气相色谱", "原子吸收"], ["原始记录"], ["现场采样"]])
add("duty-05", "new_hire", "duty", "文控员每天都忙些什么？", "文控员",
    [L(OA, "负责质量手册、程序文件、作业指导书等受控文件", "管理LIMS系统的账号和权限")],
    [["受控文件"], ["查新", "标准方法的变更"], ["LIMS"]])
add("duty-06", "manager", "duty", "各部门的安全员要负责哪些事情", "安全员",
    [L(SF, "安全员（由各检测部指定", "组织本部门新员工的三级安全教育")],
    [["下班前检查"], ["安全检查"], ["危险化学品领用台账"], ["三级安全教育"]])
add("duty-07", "hr", "duty", "设备管理员岗位职责是啥", "设备管理员",
    [Q(QM, "建立设备台账和设备档案，做到一机一档"), Q(QM, "编制年度检定/校准计划并组织实施"),
     Q(QM, "张贴三色标识（绿色合格、黄色准用、红色停用）"), Q(QM, "组织关键设备的期间核查")],
    [["设备台账", "一机一档"], ["检定/校准计划", "校准计划"], ["三色标识"], ["期间核查"]])
add("duty-08", "new_hire", "duty", "客服主要负责哪些工作呀", "客服专员",
    [L(OA, "接听客户电话，解答检测项目", "通知客户领取报告"), L(MD, "客服专员：熟悉LIMS委托录入")],
    [["咨询"], ["委托单"], ["投诉"], ["领取报告", "邮寄"]])

# ------------------------------------------------------------------ qualification (7)
add("qual-01", "hr", "qualification", "做授权签字人要满足什么条件", "授权签字人",
    [Q(QP, "4.1.3 授权签字人：具有中级及以上技术职称"), Q(QP, "经资质认定部门考核合格"),
     Q(MX, "本科及以上，中级及以上职称"), Q(MX, "5年以上本专业检测经验")],
    [["中级"], ["5年"], ["考核合格"]])
add("qual-02", "hr", "qualification", "报告审核员哪些能力是必须具备的（确认表里打实心圆的）", "报告审核员",
    [Q(MX, "报告审核员"), Q(MX, "CMA评审准则"), Q(MX, "测量不确定度评定"), Q(MX, "数据处理与修约"),
     Q(MX, "LIMS系统操作"), Q(MX, "GB/T 27025"), Q(MX, "标准方法操作")],
    [["CMA评审准则"], ["测量不确定度"], ["数据处理与修约"], ["LIMS"]])
add("qual-03", "new_hire", "qualification", "检测员要怎样才能独立上岗出数据？", "检测员",
    [Q(QP, "新进人员须经不少于3个月的带教培训"), Q(QP, "得上岗证后方可独立出具检测数据"),
     Q(QM, "检测员须持上岗证上岗")],
    [["3个月"], ["上岗证"], ["带教"]])
add("qual-04", "hr", "qualification", "无锡那边招的微生物检验员有什么要求", "食品检验员（微生物方向）",
    [L(CR, "本科及以上学历，微生物学")],
    [["本科"], ["微生物学", "食品科学"], ["色盲"]])
add("qual-05", "hr", "qualification", "业务代表的任职要求", "业务代表",
    [L(CR, "大专及以上学历，专业不限"), Q(MX, "1年以上销售经验")],
    [["大专"], ["销售经验"], ["C1"]])
add("qual-06", "new_hire", "qualification", "想当内审员得具备哪些条件？", "内审员",
    [Q(QP, "4.1.5 内审员：须参加经认可的内审员培训"), Q(AP, "内审员须持有内审员培训合格证书"),
     Q(MX, "2年以上管理体系工作经验")],
    [["内审员培训"], ["证书"], ["管理体系"]])
add("qual-07", "hr", "qualification", "设备管理员对学历和经验有要求吗", "设备管理员",
    [Q(MX, "大专及以上（理工类）"), Q(MX, "2年以上仪器维护经验")],
    [["大专"], ["2年"]])

# ------------------------------------------------------------------ attribute (9)
add("attr-01", "new_hire", "attribute", "质量负责人归谁管？", "质量负责人",
    [Q(QM, "技术负责人和质量负责人直接向实验室主任报告"), Q(AP, "任命李婉清同志为质量负责人，对实验室主任负责"),
     Q(QM, "有权直接向实验室主任报告管理体系的运行情况"), L(CSV, "HJ0004")],
    [["实验室主任"], ["李婉清", "直接向实验室主任报告", "对实验室主任负责"]], attribute="reports_to")
add("attr-02", "manager", "attribute", "咱们设备管理员手上有哪些证书", "设备管理员",
    [L(CSV, "HJ0042")], [["计量检定员证"], ["气瓶"]], attribute="certificate")
add("attr-03", "new_hire", "attribute", "环境检测实验员一个月能拿多少", "环境检测实验员",
    [L(CR, "6000-9000元/月")], [["6000-9000"], ["五险一金"]], attribute="pay")
add("attr-04", "new_hire", "attribute", "微生物方向的食品检验员在哪里上班", "食品检验员（微生物方向）",
    [L(CR, "食品检测部 · 无锡"), L(CR, "无锡市新吴区菱湖大道200号")], [["无锡"], ["新吴区", "菱湖大道"]], attribute="location")
add("attr-05", "hr", "attribute", "报告审核员要几年工作经验", "报告审核员",
    [Q(QP, "4.1.2 报告审核员：本科及以上学历"), Q(MX, "3年以上检测经验"),
     L(CR, "3年以上检测经验；熟悉RB/T 214")],
    [["3年"], ["检测"]], attribute="experience")
add("attr-06", "manager", "attribute", "兼职安全员有没有津贴", "安全员",
    [L(SF, "安全员每月享受安全津贴200元")], [["200元", "200"], ["每月"]], attribute="pay")
add("attr-07", "new_hire", "attribute", "客服专员的直接上级是谁", "客服专员",
    [L(OA, "<b>所属部门</b>：客户服务部　<b>直接上级</b>：客户服务部经理"), L(CSV, "HJ0053")],
    [["客户服务部经理"], ["林峰", "客户服务部"]], attribute="reports_to")
add("attr-08", "hr", "attribute", "样品管理员对学历有什么要求", "样品管理员",
    [Q(MX, "中专/高中及以上"), Q(QP, "4.1.4 样品管理员：经样品管理培训合格即可上岗")],
    [["中专/高中", "中专", "高中"], ["无学历限制", "培训合格"]], attribute="education")
add("attr-09", "new_hire", "attribute", "文控员属于哪个部门", "文控员",
    [L(OA, "<b>所属部门</b>：质量管理部"), L(CSV, "HJ0058")], [["质量管理部"], ["质量负责人", "文控"]], attribute="department")

# ------------------------------------------------------------------ kpi (5)
add("kpi-01", "manager", "kpi", "食品检测部今年考核哪些KPI", None,
    [Q(KP, "按期出具报告数÷应出具报告数×100%"), Q(KP, "更正或补发报告数÷签发报告总数×100%"),
     Q(KP, "微生物阳性对照合格率"), Q(KP, "样品积压数"), Q(KP, "人员比对合格率")],
    [["报告及时率", "按期出具报告数"], ["报告差错率", "更正或补发"], ["微生物阳性对照合格率"], ["样品积压数"],
     ["人员比对合格率"]])
add("kpi-02", "manager", "kpi", "报告差错率是怎么计算的？审核时发现改掉的算不算", None,
    [Q(KP, "注①：报告差错率以报告发出后发现的差错为准")],
    [["报告发出后"], ["不计入"]])
add("kpi-03", "new_hire", "kpi", "检验员个人的考核指标有哪些", "检验员",
    [Q(KP, "个人报告差错次数"), Q(KP, "原始记录规范率"), Q(KP, "检测任务按期完成率")],
    [["个人报告差错次数"], ["原始记录规范率"], ["检测任务按期完成率"]])
add("kpi-04", "manager", "kpi", "客户服务部的客户投诉指标目标是多少，什么算有效投诉", None,
    [Q(KP, "有效客户投诉次数②"), Q(KP, "≤2次/季度"), Q(KP, "注②：有效客户投诉指经质量负责人确认属实的投诉")],
    [["≤2次/季度", "2次"], ["确认属实"]])
add("kpi-05", "hr", "kpi", "样品管理员考核什么指标", "样品管理员",
    [Q(KP, "样品登记差错数"), Q(KP, "留样完好率")],
    [["样品登记差错数"], ["留样完好率"]])

# ------------------------------------------------------------------ kpi_design (3)
add("kd-01", "manager", "kpi_design", "帮我给环境检测部设计5个KPI", "环境检测部",
    [Q(KP, "按合同约定日期出具的报告数÷应出具报告数×100%"), Q(KP, "（更正报告数+补发报告数）÷签发报告总数×100%"),
     Q(KP, "能力验证满意率"), Q(KP, "设备完好率")],
    [["报告及时率", "按合同约定日期出具"], ["报告差错率", "更正报告数"], ["能力验证满意率"], ["设备完好率"]],
    tool={"kind": "kpi_design", "role": "环境检测部", "count": 5, "must_cite_files": [KP],
          "expected_indicators": ["报告及时率", "报告差错率", "能力验证满意率", "设备完好率"]})
add("kd-02", "manager", "kpi_design", "质量管理部的绩效指标怎么定比较合适", "质量管理部",
    [Q(KP, "内审计划完成率"), Q(KP, "不符合项整改关闭率"), Q(KP, "客户投诉处理及时率②")],
    [["内审计划完成率"], ["不符合项整改关闭率"], ["客户投诉处理及时率"]],
    tool={"kind": "kpi_design", "role": "质量管理部", "count": None, "must_cite_files": [KP],
          "expected_indicators": ["内审计划完成率", "不符合项整改关闭率", "客户投诉处理及时率"]})
add("kd-03", "hr", "kpi_design", "给报告审核员出一套考核指标", "报告审核员",
    [Q(KP, "审核及时率"), Q(KP, "审核漏检差错数")],
    [["审核及时率"], ["审核漏检差错数"]],
    tool={"kind": "kpi_design", "role": "报告审核员", "count": None, "must_cite_files": [KP],
          "expected_indicators": ["审核及时率", "审核漏检差错数"]})

# ------------------------------------------------------------------ jd (4)
add("jd-01", "hr", "jd", "帮我写一份样品管理员的岗位说明书", "样品管理员",
    [Q(QM, "负责样品的接收、登记、唯一性标识和流转"), Q(QM, "管理留样室，留样期一般不少于6个月"),
     Q(MX, "中专/高中及以上")],
    [["接收"], ["留样"], ["唯一性标识"]],
    tool={"kind": "jd", "role": "样品管理员", "must_cite_files": [QM],
          "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "起草一个环境检测实验员的JD", "环境检测实验员",
    [L(CR, "按国家标准和行业标准开展", "参加现场采样"), L(CR, "大专及以上学历，环境工程")],
    [["理化检测"], ["气相色谱", "原子吸收"], ["现场采样"]],
    tool={"kind": "jd", "role": "环境检测实验员", "must_cite_files": [CR],
          "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "出一份授权签字人的职位描述", "授权签字人",
    [Q(QM, "在授权范围内签发检测报告"), Q(QM, "签发前核查原始记录、检测方法和结果的完整性与一致性"),
     Q(QP, "4.1.3 授权签字人：具有中级及以上技术职称")],
    [["签发检测报告", "签发"], ["原始记录"], ["授权范围"]],
    tool={"kind": "jd", "role": "授权签字人", "must_cite_files": [QM],
          "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "给客服专员生成岗位说明书", "客服专员",
    [L(OA, "接听客户电话，解答检测项目", "通知客户领取报告"), L(OA, "大专及以上学历；普通话标准")],
    [["咨询"], ["委托单"], ["投诉"]],
    tool={"kind": "jd", "role": "客服专员", "must_cite_files": [OA],
          "expect_sections": ["duties", "qualifications"]})

# ------------------------------------------------------------------ followup (12)
add("fu-01", "new_hire", "followup", "技术负责人的职责是什么？", "技术负责人",
    [Q(QM, "组织新方法的确认和验证"), Q(QM, "组织能力验证和实验室间比对"),
     Q(QM, "负责检测人员的技术培训和上岗考核")],
    [["能力验证"], ["上岗考核"]],
    turns=[T("那质量负责人呢？", "duty", "质量负责人",
             [Q(QM, "负责管理体系的建立、实施和持续改进"), Q(QM, "组织内部审核，编制年度内审计划"),
              Q(AP, "主持管理体系的日常运行")],
             [["管理体系"], ["内部审核", "内审"]]),
           T("他向谁汇报工作", "attribute", "质量负责人",
             [Q(QM, "技术负责人和质量负责人直接向实验室主任报告"),
              Q(AP, "任命李婉清同志为质量负责人，对实验室主任负责")],
             [["实验室主任"], ["直接", "负责"]], attribute="reports_to")])
add("fu-02", "new_hire", "followup", "环境检测实验员的薪资待遇怎么样", "环境检测实验员",
    [L(CR, "6000-9000元/月")], [["6000-9000"], ["五险一金", "出差补贴"]], attribute="pay",
    turns=[T("换成业务代表呢？", "attribute", "业务代表", [L(CR, "底薪5000元+提成")],
             [["5000"], ["提成"]], attribute="pay"),
           T("这个岗位在哪里工作", "attribute", "业务代表", [L(CR, "南京市江宁区")], [["南京"], ["江宁"]],
             attribute="location")])
add("fu-03", "new_hire", "followup", "样品管理员要负责什么", "样品管理员",
    [Q(QM, "负责样品的接收、登记、唯一性标识和流转"), Q(QM, "管理留样室，留样期一般不少于6个月")],
    [["接收"], ["留样"]],
    turns=[T("第三条具体说说", "duty", "样品管理员", [Q(QM, "管理留样室，留样期一般不少于6个月")],
             [["6个月"], ["QP-10", "处置"]]),
           T("这个岗位对学历有要求吗", "attribute", "样品管理员", [Q(MX, "中专/高中及以上"),
             Q(QP, "4.1.4 样品管理员：经样品管理培训合格即可上岗")],
             [["中专", "高中", "无学历限制"], ["及以上", "培训合格"]], attribute="education")])
add("fu-04", "manager", "followup", "食品检测部的报告差错率目标定的多少？", None,
    [Q(KP, "≤0.5%"), Q(KP, "更正或补发报告数÷签发报告总数×100%")], [["0.5%"], ["差错率", "更正"]],
    turns=[T("换成环境检测部呢", "kpi", None, [Q(KP, "≤0.3%"), Q(KP, "（更正报告数+补发报告数）÷签发报告总数×100%")],
             [["0.3%"], ["差错率", "更正"]]),
           T("那环境检测部的报告及时率呢", "kpi", None, [Q(KP, "≥98.5%"), Q(KP, "按合同约定日期出具的报告数÷应出具报告数×100%")],
             [["98.5%"], ["及时率", "按合同约定日期"]])])
add("fu-05", "hr", "followup", "授权签字人的任职条件是什么", "授权签字人",
    [Q(QP, "4.1.3 授权签字人：具有中级及以上技术职称"), Q(MX, "5年以上本专业检测经验")],
    [["中级"], ["5年"]],
    turns=[T("陈露能签哪些领域的报告", "duty", "授权签字人", [Q(AP, "食品中农药残留、兽药残留")],
             [["农药残留"], ["兽药残留"]]),
           T("还有别的签字人吗", "duty", "授权签字人",
             [Q(AP, "王志强"), Q(AP, "赵凯"), Q(AP, "水和废水、环境空气和废气"), Q(AP, "食品微生物")],
             [["王志强"], ["赵凯"]])])
add("fu-06", "hr", "followup", "报告审核员的招聘要求", "报告审核员",
    [L(CR, "3年以上检测经验；熟悉RB/T 214")], [["本科"], ["3年"]],
    turns=[T("跟授权签字人比，经验要求差几年？", "qualification", "授权签字人",
             [Q(MX, "5年以上本专业检测经验"), Q(QP, "4.1.3 授权签字人：具有中级及以上技术职称"),
              Q(MX, "3年以上检测经验")],
             [["5年"], ["3年"]]),
           T("报告审核员的KPI呢", "kpi", "报告审核员", [Q(KP, "审核及时率"), Q(KP, "审核漏检差错数")],
             [["审核及时率"], ["审核漏检差错数"]])])
add("fu-07", "manager", "followup", "安全员的职责", "安全员",
    [L(SF, "安全员（由各检测部指定", "组织本部门新员工的三级安全教育")],
    [["安全检查"], ["危险化学品领用台账"]],
    turns=[T("有补贴吗", "attribute", "安全员", [L(SF, "安全员每月享受安全津贴200元")], [["200"], ["津贴", "每月"]],
             attribute="pay"),
           T("那实验员在安全方面要注意什么？", "duty", "实验员",
             [L(SF, "进入实验区须穿实验服", "实验结束后关闭仪器电源")],
             [["实验服"], ["饮食"], ["通风橱"]])])
add("fu-08", "new_hire", "followup", "内审员负责什么？", "内审员",
    [Q(QM, "按年度内审计划实施内部审核，编写不符合项报告"), Q(QM, "跟踪验证纠正措施的实施及其有效性")],
    [["不符合项报告"], ["纠正措施"]],
    turns=[T("需要持什么证", "attribute", "内审员",
             [Q(AP, "内审员须持有内审员培训合格证书"), Q(QP, "4.1.5 内审员：须参加经认可的内审员培训")],
             [["内审员培训合格证书", "内审员培训"], ["证书"]], attribute="certificate"),
           T("目前任命了哪几位", "attribute", "内审员", [Q(AP, "四、任命周航、刘思思同志为内审员")],
             [["周航"], ["刘思思"]], attribute="subordinates")])
add("fu-09", "new_hire", "followup", "客服专员平时做什么", "客服专员",
    [L(OA, "接听客户电话，解答检测项目", "通知客户领取报告")], [["委托单"], ["投诉"]],
    turns=[T("试用期多长", "attribute", "客服专员", [L(MD, "| 客服专员 | 2个月")], [["2个月"], ["委托录入差错", "试用"]],
             attribute="experience"),
           T("业务代表呢？", "attribute", "业务代表", [L(MD, "| 业务代表 | 3个月")], [["3个月"], ["新客户", "试用"]],
             attribute="experience")])
add("fu-10", "hr", "followup", "设备管理员有哪些职责", "设备管理员",
    [Q(QM, "建立设备台账和设备档案，做到一机一档"), Q(QM, "编制年度检定/校准计划并组织实施")],
    [["台账"], ["校准"]],
    turns=[T("第二点提到的是哪个程序文件？", "duty", "设备管理员",
             [Q(QM, "编制年度检定/校准计划并组织实施")], [["QP-08"], ["仪器设备管理程序"]]),
           OOS("把这个程序文件的具体内容讲讲", "设备管理员")])
add("fu-11", "new_hire", "followup", "上岗考核考些什么", "检测员",
    [Q(QP, "4.2.1 上岗考核包括理论考试、实际操作和盲样测试三部分")],
    [["理论考试"], ["实际操作"], ["盲样"]],
    turns=[T("上岗证有效期多久", "attribute", "检测员", [Q(QP, "上岗证有效期3年")], [["3年"], ["重新确认", "技术负责人"]],
             attribute="certificate"),
           T("考不过怎么办", "method", "检测员", [Q(QP, "4.2.3 考核不合格者延长带教期1个月")],
             [["1个月"], ["补考"]])])
add("fu-12", "new_hire", "followup", "文控员的工作内容", "文控员",
    [L(OA, "负责质量手册、程序文件、作业指导书等受控文件", "管理LIMS系统的账号和权限")],
    [["受控文件"], ["LIMS"]],
    turns=[T("学历要求呢", "attribute", "文控员", [L(OA, "大专及以上学历，档案管理")], [["大专"], ["档案管理", "办公软件"]],
             attribute="education"),
           OOS("工资多少", "文控员")])

# ------------------------------------------------------------------ out of scope (8)
add("oos-01", "new_hire", "out_of_scope", "监督员的岗位职责有哪些", None, [], [])
add("oos-02", "hr", "out_of_scope", "计量检定员的岗位职责是什么", None, [], [])
add("oos-03", "manager", "out_of_scope", "实验室主任年薪大概多少", None, [], [])
add("oos-04", "hr", "out_of_scope", "按劳动合同法，三年期合同的试用期最长能约定多久", None, [], [])
add("oos-05", "new_hire", "out_of_scope", "今天苏州天气怎么样", None, [], [])
add("oos-06", "manager", "out_of_scope", "申请CNAS认可一般要花多少钱", None, [], [])
add("oos-07", "hr", "out_of_scope", "驾驶员的任职要求", None, [], [])
add("oos-08", "manager", "out_of_scope", "内审员的KPI考核指标是什么", None, [], [])


def main():
    out = HERE / "set.jsonl"
    out.write_text("".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items), encoding="utf-8")
    ck = V.Checker()
    corpus = V.Corpus(CORPUS)
    loaded = V.load(out, ck)
    for it in loaded:
        ck.item(it, corpus)
    old = V.existing_questions()  # read in code only, never printed
    seen = set()
    for it in loaded:
        q = V.norm(it.question)
        if q in seen:
            ck.err(it.id, "duplicate question")
        seen.add(q)
        if q in old:
            ck.err(it.id, "question already in evals/data")
    print(V.summary("set.jsonl", loaded))
    for p in ck.problems:
        print("  -", p)
    print("problems:", len(ck.problems))


if __name__ == "__main__":
    main()
