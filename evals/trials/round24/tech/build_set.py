#!/usr/bin/env python3
"""Write set.jsonl for the round-24 tech corpus (云帆科技, SaaS). T24_OUT=/tmp/t24tech python3 build_set.py
Written from the generated documents only, before gangwei was run on them."""
import json, os
from pathlib import Path
HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T24_OUT", "/tmp/t24tech")) / "corpus"
F1 = "yf01_研发中心JD合集（飞书导出）.md"
F2 = "yf02_加入云帆_社会招聘.html"
F3 = "yf03_职级体系（P序列）.xlsx"
F4 = "yf04_2025Q3研发中心OKR.xlsx"
F5 = "yf05_销售及客户成功KPI与提成方案.xlsx"
F6 = "yf06_员工手册（节选）.pdf"
F7 = "yf07_ATS在招职位导出_20250618.csv"
F8 = "yf08_岗位说明书（HRBP·技术经理）.docx"
F9 = "yf09_线上故障分级与On-call值班规范.txt"
F10 = "yf10_转发_华东大区销售代表招聘需求.txt"
_l = {}
def L(f, start, end=None, after=None):
    if f not in _l:
        raw = (CORPUS / f).read_bytes()
        try:
            t = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            t = raw.decode("gbk")
        _l[f] = t.splitlines()
    ls = _l[f]
    i0 = 0 if after is None else next(i for i, s in enumerate(ls) if after in s)
    a = next(i for i in range(i0, len(ls)) if start in ls[i])
    b = a if end is None else next(i for i in range(a, len(ls)) if end in ls[i])
    return {"file": f, "line_start": a + 1, "line_end": b + 1}
def Q(f, *qs):
    return [{"file": f, "quote": q} for q in qs]
items = []
def add(id_, persona, intent, question, role=None, evidence=(), kp=(), attribute=None, turns=None, tool=None):
    items.append({"id": "r24t-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})
def T(question, intent, role=None, evidence=(), kp=(), attribute=None):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": list(evidence), "key_points": [list(g) for g in kp]}

FE, BE, QA = "高级前端工程师", "后端开发工程师（Java）", "测试开发工程师"
PM, UI, DA, SRE, CSM = "产品经理（B端SaaS）", "UI设计师", "数据分析师", "运维工程师（SRE）", "客户成功经理（CSM）"
SA, HRBP, TM = "销售代表（SaaS）", "HRBP（研发线）", "技术经理（前端方向）"
# evidence blocks
E_FE_D = [L(F1, "负责云帆协同 SaaS 平台 Web 端", "沉淀技术文档")]
E_FE_Q = [L(F1, "本科及以上学历，计算机相关专业，5 年以上", "具备良好的沟通能力")]
E_BE_D = [L(F1, "负责审批、消息、组织架构", "配合 SRE 处理线上问题")]
E_BE_Q = [L(F1, "本科及以上学历，3 年以上 Java", "有 SaaS 多租户系统")]
E_QA_D = [L(F1, "负责协同平台的功能测试", "每个迭代输出版本质量报告")]
E_QA_Q = [L(F1, "本科及以上学历，2 年以上测试开发", "有 SaaS 或 B 端产品测试")]
E_PM_D = [L(F2, "负责审批与流程自动化模块", "支持销售与客户成功团队")]
E_PM_Q = [L(F2, "本科及以上学历，3 年以上 B 端产品经验", "有协同办公、ERP")]
E_UI_D = [L(F2, "负责 Web 端和移动端产品的界面", "配合前端完成设计走查")]
E_UI_Q = [L(F2, "本科及以上学历，美术", "投递时请附作品集")]
E_DA_D = [L(F2, "搭建核心业务指标体系", "参与数据仓库建模")]
E_DA_Q = [L(F2, "本科及以上学历，统计学", "熟悉 Tableau")]
E_SRE_D = [L(F2, "负责 SaaS 平台生产环境的稳定性", "推进 CI/CD"), L(F9, "1．SRE团队实行7×24小时On-call轮值")]
E_SRE_Q = [L(F2, "本科及以上学历，4 年以上运维", "持有 CKA 证书者优先")]
E_CSM_D = [L(F2, "负责 50–80 家中型客户", "收集客户反馈并推动产品改进")]
E_CSM_Q = [L(F2, "本科及以上学历，3 年以上 To B", "有 SaaS 行业经验者优先")]
E_SA_D = [L(F10, "1）负责华东区域中小企业客户", "5）与售前、客户成功团队配合")]
E_SA_Q = [L(F10, "1）大专及以上学历", "3）能接受华东区域内短途出差")]
E_HR_D = Q(F8, "深入理解研发中心业务，识别组织与人才问题并提出解决方案", "负责研发线招聘需求梳理与招聘进度推进",
           "组织研发线季度绩效考核与OKR复盘", "负责员工关系管理，处理入转调离及劳动纠纷", "推动人才盘点与晋升评审，搭建关键岗位人才梯队")
E_TM_D = Q(F8, "负责前端团队的技术规划与架构演进，主导技术选型", "将部门OKR拆解为团队目标，把控迭代进度与交付质量",
           "主持技术方案评审和代码评审，保障代码质量", "负责团队成员的招聘、培养与绩效评估", "与产品、设计、测试团队协同，推动跨部门问题解决")
def row(f, key):
    return L(f, key)

# ---------------- duty (9)
add("duty-01", "new_hire", "duty", "刚拿了云帆高级前端的offer，进去主要干啥？", FE, E_FE_D,
    [["工作台", "审批流引擎", "表单设计器"], ["工程化", "Monorepo"], ["性能优化", "LCP"], ["CodeReview", "技术方案评审"]])
add("duty-02", "new_hire", "duty", "java后端这边日常负责哪些东西", BE, E_BE_D,
    [["微服务"], ["SQL优化", "表结构设计"], ["多租户"], ["故障复盘"]])
add("duty-03", "manager", "duty", "QA（测开）的工作内容帮我列下", QA, E_QA_D,
    [["接口自动化"], ["性能压测", "压测"], ["质量报告"], ["测试用例"]])
add("duty-04", "new_hire", "duty", "云帆的产品经理主要做哪些事", PM, E_PM_D,
    [["Roadmap"], ["PRD"], ["数据分析", "埋点"], ["按期", "上线"]])
add("duty-05", "new_hire", "duty", "UI设计平时负责啥工作", UI, E_UI_D,
    [["视觉设计"], ["SailDesign", "设计系统"], ["设计走查"], ["可用性测试"]])
add("duty-06", "hr", "duty", "SRE的岗位职责有哪些", SRE, E_SRE_D,
    [["监控告警", "Prometheus"], ["Kubernetes", "K8s"], ["On-call"], ["容量规划", "成本优化"]])
add("duty-07", "new_hire", "duty", "CSM每天主要忙些什么", CSM, E_CSM_D,
    [["健康度"], ["QBR", "业务回顾"], ["续费"], ["增购"]])
add("duty-08", "manager", "duty", "研发线HRBP负责哪些事情？", HRBP, E_HR_D,
    [["组织诊断", "组织与人才问题"], ["招聘"], ["绩效"], ["人才盘点"]])
add("duty-09", "hr", "duty", "SaaS销售代表岗位职责是什么，我要发招聘", SA, E_SA_D,
    [["新签"], ["CRM"], ["回款"], ["商机"]])

# ---------------- qualification (10)
add("qual-01", "hr", "qualification", "招高级FE有什么硬性要求", FE, E_FE_Q + [row(F7, "YF-FE-011")],
    [["5年以上"], ["TypeScript"], ["React"], ["本科"]])
add("qual-02", "new_hire", "qualification", "应聘Java后端要会哪些技术", BE, E_BE_Q,
    [["JVM"], ["MySQL"], ["Redis", "RocketMQ"]])
add("qual-03", "hr", "qualification", "测开招人看重什么条件", QA, E_QA_Q + [row(F7, "YF-QA-006")],
    [["2年以上"], ["Python"], ["Linux"]])
add("qual-04", "new_hire", "qualification", "想投产品经理，需要满足啥条件", PM, E_PM_Q,
    [["3年以上"], ["Axure", "Figma"], ["SQL"]])
add("qual-05", "new_hire", "qualification", "UI设计师的任职资格是啥，要交作品集吗", UI, E_UI_Q,
    [["作品集"], ["Figma"], ["1年以上"]])
add("qual-06", "hr", "qualification", "数据分析师要求掌握哪些工具", DA, E_DA_Q,
    [["SQL"], ["Python"], ["Tableau", "帆软", "FineBI"]])
add("qual-07", "manager", "qualification", "运维SRE任职要求是啥？CKA是必须的吗", SRE, E_SRE_Q,
    [["4年以上"], ["CKA"], ["优先"], ["Kubernetes"]])
add("qual-08", "hr", "qualification", "HRBP这个岗需要什么资格", HRBP,
    Q(F8, "5年以上HR工作经验，其中2年以上互联网公司HRBP经验", "持有人力资源管理师（二级）证书者优先", "熟悉劳动法规；熟悉OKR、绩效管理与人才盘点工具"),
    [["5年以上"], ["人力资源管理师"], ["劳动法规"]])
add("qual-09", "manager", "qualification", "前端技术经理的任职条件有哪些", TM,
    Q(F8, "8年以上前端开发经验，其中3年以上团队管理经验", "精通React生态及前端工程化；具备大型SaaS项目架构经验", "本科及以上学历，计算机相关专业"),
    [["8年以上"], ["3年以上团队管理"], ["React"]])
add("qual-10", "new_hire", "qualification", "技术序列P7对能力有什么要求", None,
    Q(F3, "主导复杂系统的架构设计，解决跨团队技术难题"),
    [["架构设计"], ["跨团队"]])

# ---------------- attribute (11)
add("attr-01", "new_hire", "attribute", "高级前端汇报给谁？", FE, [L(F1, "| 汇报对象 | 前端技术经理 |")], [["前端技术经理"], ["技术经理", "汇报"]], attribute="reports_to")
add("attr-02", "manager", "attribute", "前端技术经理手下带几个人", TM, Q(F8, "高级前端工程师、前端工程师（共8人）"), [["8人"], ["前端工程师"]], attribute="subordinates")
add("attr-03", "new_hire", "attribute", "UI设计师对专业有要求不", UI, [L(F2, "本科及以上学历，美术")], [["美术"], ["视觉传达", "设计相关专业"]], attribute="major")
add("attr-04", "new_hire", "attribute", "数据分析师在哪个城市办公", DA, [L(F2, "18-28K·14薪"), row(F7, "YF-DA-004")], [["上海"], ["经营分析部", "数据分析师"]], attribute="location")
add("attr-05", "hr", "attribute", "销售代表学历卡多少", SA, [L(F10, "1）大专及以上学历"), row(F7, "YF-SA-031")], [["大专"], ["及以上", "学历"]], attribute="education")
add("attr-06", "hr", "attribute", "PM这个岗位薪资给多少", PM, [L(F2, "20-35K·14薪"), row(F7, "YF-PM-023")], [["20-35K"], ["14薪"]], attribute="pay")
add("attr-07", "new_hire", "attribute", "java后端base在哪", BE, [L(F1, "| Base | 杭州·未来科技城 / 成都·高新区 |"), row(F7, "YF-BE-014")], [["杭州"], ["成都"]], attribute="location")
add("attr-08", "hr", "attribute", "SRE是哪个部门的，定的什么职级", SRE, [row(F7, "YF-SRE-003"), L(F2, "30-45K·15薪")], [["基础架构部"], ["P7"]], attribute="department")
add("attr-09", "new_hire", "attribute", "HRBP的上级是谁", HRBP, Q(F8, "人力资源总监（HRD）"), [["人力资源总监", "HRD"], ["人力资源"]], attribute="reports_to")
add("attr-10", "new_hire", "attribute", "公司餐补一个月多少钱", None, Q(F6, "6.1 餐补每人每月600元"), [["600"], ["餐补"]], attribute="benefits")
add("attr-11", "new_hire", "attribute", "我司龄满3年了，年假有几天", None, Q(F6, "司龄满3年不满5年：每年10天"), [["10天"], ["年假", "司龄"]], attribute="benefits")

# ---------------- kpi (5) + method (1)
add("kpi-01", "manager", "kpi", "销售的KPI考哪几项，权重各多少", SA,
    Q(F5, "新签合同额（ARR）", "回款率", "有效拜访量", "商机转化率", "CRM录入及时率"),
    [["新签合同额"], ["回款率"], ["有效拜访量"], ["商机转化率"], ["CRM录入及时率"]])
add("kpi-02", "new_hire", "kpi", "销售提成是怎么算的？达成多少才有提成", SA,
    Q(F5, "低于60%", "不发放提成", "60%（含）至100%", "超过100%的部分", "8%", "12%"), [["60%"], ["8%"], ["12%"]])
add("kpi-03", "manager", "kpi", "客户成功经理考核哪些指标", CSM,
    Q(F5, "续费率（GRR）", "净收入留存率（NDR）", "客户健康度达标率", "客户满意度（NPS）"),
    [["续费率"], ["NDR", "净收入留存率"], ["NPS", "满意度"], ["健康度"]])
add("kpi-04", "manager", "kpi", "SRE团队Q3的OKR里有哪几个KR", SRE,
    Q(F4, "核心服务月度可用性达到99.95%", "P0/P1故障平均恢复时长（MTTR）降至30分钟以内", "告警降噪：无效告警占比从35%降至10%"),
    [["99.95%"], ["MTTR", "恢复时长"], ["告警"]])
add("kpi-05", "new_hire", "kpi", "OKR打分0.7算什么水平？会影响绩效吗", None,
    Q(F4, "评分说明：OKR采用0–1分制，0.7分为达标", "OKR评分不直接与绩效挂钩"), [["达标"], ["不直接与绩效挂钩"]])
add("meth-01", "new_hire", "method", "线上出了P0故障，多久之内要响应处理", SRE,
    [L(F9, "P0故障：5分钟内响应")], [["5分钟"], ["30分钟"]])

# ---------------- jd (3)
add("jd-01", "hr", "jd", "帮我写一份高级前端工程师的JD", FE, E_FE_D + E_FE_Q,
    [["工程化", "Monorepo"], ["性能优化", "LCP"], ["CodeReview", "技术方案评审"]],
    tool={"kind": "jd", "role": FE, "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "出一版客户成功经理的招聘JD", CSM, E_CSM_D + E_CSM_Q,
    [["健康度"], ["QBR", "业务回顾"], ["续费"]],
    tool={"kind": "jd", "role": CSM, "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "hr", "jd", "给研发线HRBP生成一份岗位描述", HRBP, E_HR_D,
    [["招聘"], ["绩效"], ["人才盘点"]],
    tool={"kind": "jd", "role": HRBP, "must_cite_files": [F8], "expect_sections": ["duties", "qualifications"]})

# ---------------- kpi_design (3)
ind1 = ["新签合同额（ARR）", "回款率", "有效拜访量", "商机转化率"]
add("kd-01", "manager", "kpi_design", "帮销售代表设计一套季度KPI", SA, Q(F5, *ind1), [[x] for x in ind1],
    tool={"kind": "kpi_design", "role": SA, "count": None, "must_cite_files": [F5], "expected_indicators": ind1})
ind2 = ["续费率（GRR）", "净收入留存率（NDR）", "客户满意度（NPS）", "工单首次响应时长"]
add("kd-02", "manager", "kpi_design", "给CSM设计5个考核指标", CSM, Q(F5, *ind2), [[x] for x in ind2],
    tool={"kind": "kpi_design", "role": CSM, "count": 5, "must_cite_files": [F5], "expected_indicators": ind2})
ind3 = ["可用性", "MTTR", "无效告警占比"]
add("kd-03", "manager", "kpi_design", "SRE的绩效指标该怎么设计", SRE,
    Q(F4, "核心服务月度可用性达到99.95%", "P0/P1故障平均恢复时长（MTTR）降至30分钟以内", "告警降噪：无效告警占比从35%降至10%"),
    [[x] for x in ind3],
    tool={"kind": "kpi_design", "role": SRE, "count": None, "must_cite_files": [F4], "expected_indicators": ind3})

# ---------------- followup (7 × 3 later turns: ordinal expand, attribute, 换成X)
add("fu-01", "new_hire", "followup", "前端高级工程师平时做哪些事", FE, E_FE_D,
    [["工程化"], ["性能优化"], ["CodeReview", "技术方案评审"]],
    turns=[T("第二条具体讲讲是啥意思", "duty", FE, [L(F1, "主导前端工程化建设", "推动 CI 流水线中的单测覆盖率")], [["Monorepo", "pnpm"], ["SailUI"], ["Lint"]]),
           T("这个岗位要几年经验", "attribute", FE, [L(F1, "本科及以上学历，计算机相关专业，5 年以上"), row(F7, "YF-FE-011")], [["5年以上"], ["前端开发经验", "前端"]], "experience"),
           T("换成测开呢", "attribute", QA, [L(F1, "本科及以上学历，2 年以上测试开发"), row(F7, "YF-QA-006")], [["2年以上"], ["测试开发"]], "experience")])
add("fu-02", "new_hire", "followup", "后端开发（Java）岗位的职责讲一下", BE, E_BE_D,
    [["微服务"], ["多租户"], ["故障复盘"]],
    turns=[T("第一条再细说一下", "duty", BE, [L(F1, "负责审批、消息、组织架构", "编写接口文档与单元测试")], [["SpringBoot", "SpringCloud"], ["接口文档", "单元测试"]]),
           T("他属于哪个团队", "attribute", BE, [L(F1, "| 所属团队 | 协同平台后端组 |"), row(F7, "YF-BE-014")], [["协同平台后端组"], ["研发中心", "后端组"]], "department"),
           T("换成QA呢", "attribute", QA, [L(F1, "| 所属团队 | 质量保障部 |"), row(F7, "YF-QA-006")], [["质量保障部"], ["研发中心", "质量保障"]], "department")])
add("fu-03", "manager", "followup", "技术经理（前端）负责什么", TM, E_TM_D,
    [["技术规划", "技术选型"], ["OKR"], ["代码评审"], ["招聘"]],
    turns=[T("第3点展开说说，有什么标准", "duty", TM, Q(F8, "核心模块评审覆盖率100%", "主持技术方案评审和代码评审，保障代码质量"), [["评审覆盖率100%"], ["代码评审"]]),
           T("那他直属领导是哪位", "attribute", TM, Q(F8, "研发总监"), [["研发总监"], ["总监"]], "reports_to"),
           T("那HRBP的上级呢", "attribute", HRBP, Q(F8, "人力资源总监（HRD）"), [["人力资源总监", "HRD"], ["人力资源"]], "reports_to")])
add("fu-04", "manager", "followup", "销售代表的考核指标有哪些", SA, Q(F5, *ind1, "CRM录入及时率"),
    [["新签合同额"], ["回款率"], ["有效拜访量"]],
    turns=[T("第一个指标怎么计分", "kpi", SA, Q(F5, "得分=达成率×40，最高不超过48分"), [["达成率×40", "达成率x40"], ["48分"]]),
           T("这个岗位在哪里上班", "attribute", SA, [L(F10, "工作地点：杭州 / 上海"), row(F7, "YF-SA-031")], [["杭州"], ["上海"]], "location"),
           T("换成CSM呢", "attribute", CSM, [L(F2, "15-25K·14薪"), row(F7, "YF-CSM-012")], [["北京"], ["客户成功部", "CSM"]], "location")])
add("fu-05", "hr", "followup", "数据分析师要做什么", DA, E_DA_D,
    [["指标体系"], ["专题"], ["A/B实验"], ["数据仓库"]],
    turns=[T("第二项能展开讲讲吗", "duty", DA, [L(F2, "针对客户流失、功能使用等专题")], [["客户流失"], ["分析报告"]]),
           T("那她薪资范围多少", "attribute", DA, [L(F2, "18-28K·14薪"), row(F7, "YF-DA-004")], [["18-28K"], ["14薪"]], "pay"),
           T("换成UI设计师呢", "attribute", UI, [L(F2, "12-20K·13薪"), row(F7, "YF-UI-009")], [["12-20K"], ["13薪"]], "pay")])
add("fu-06", "new_hire", "followup", "客户成功经理的岗位职责", CSM, E_CSM_D,
    [["健康度"], ["续费"], ["增购"]],
    turns=[T("第三条具体指什么", "duty", CSM, [L(F2, "识别续费风险并制定挽回方案")], [["续费风险"], ["挽回方案"]]),
           T("CSM学历卡本科吗", "attribute", CSM, [L(F2, "本科及以上学历，3 年以上 To B"), row(F7, "YF-CSM-012")], [["本科"], ["及以上"]], "education"),
           T("换成销售代表呢", "attribute", SA, [L(F10, "1）大专及以上学历"), row(F7, "YF-SA-031")], [["大专"], ["及以上"]], "education")])
add("fu-07", "hr", "followup", "HRBP的工作职责有哪些", HRBP, E_HR_D,
    [["招聘"], ["绩效"], ["员工关系"], ["人才盘点"]],
    turns=[T("第2条的考核标准是啥", "duty", HRBP, Q(F8, "关键岗位平均到岗周期≤45天"), [["45天"], ["到岗周期"]]),
           T("要什么证书吗", "attribute", HRBP, Q(F8, "持有人力资源管理师（二级）证书者优先"), [["人力资源管理师"], ["二级", "优先"]], "certificate"),
           T("换成SRE呢", "attribute", SRE, [L(F2, "持有 CKA 证书者优先")], [["CKA"], ["优先"]], "certificate")])

# ---------------- out_of_scope (10)
oos = [
    ("oos-01", "hr", "算法工程师（NLP）具体负责哪些工作", None),
    ("oos-02", "new_hire", "售前解决方案架构师要做什么", None),
    ("oos-03", "new_hire", "SRE值班一天补贴多少钱", None),
    ("oos-04", "new_hire", "QA那边测试经理平时负责啥", None),
    ("oos-05", "new_hire", "公司公积金按多少比例交", None),
    ("oos-06", "new_hire", "React的useEffect依赖数组传空时什么时候执行", None),
    ("oos-07", "hr", "离职员工竞业限制补偿金按劳动法怎么算", None),
    ("oos-08", "hr", "大客户销售总监需要什么任职条件", None),
    ("oos-09", "new_hire", "这周末杭州天气咋样", None),
    ("oos-10", "manager", "P8技术专家的年薪大概多少", None),
]
for i, p, q, r in oos:
    add(i, p, "out_of_scope", q, r)

with open(HERE / "set.jsonl", "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + "\n")
from collections import Counter
print(len(items), Counter(it["intent"] for it in items))
