#!/usr/bin/env python3
"""Writes set.jsonl for the round-15 SaaS software corpus (written before gangwei was run).

    T15_OUT=/tmp/t15s python evals/trials/round15/software/gen.py
    T15_OUT=/tmp/t15s python evals/trials/round15/software/build_set.py

Line spans of text files are looked up in the generated corpus by unique substrings (asserted).
"""

import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T15_OUT", "/tmp/t15s")) / "corpus"

H = "yq01_研发中心开发岗位职级说明.html"
T = "yq02_测试岗位职级体系.docx"
F = "yq03_基础架构与研发管理岗位说明_飞书导出.docx"
X = "yq04_2024年度OKR与KPI考核表.xlsx"
P = "yq05_2024春季社会招聘简章.pdf"
M = "yq06_product_data_openings.md"
C = "yq07_ats_requisitions_export.csv"
E = "yq08_内推邮件_行政专员.txt"
HB = "yq09_员工手册节选.docx"
O = "yq10_岗位汇报关系表.txt"

_lines = {}


def ln(f, s):
    if f not in _lines:
        _lines[f] = (CORPUS / f).read_text(encoding="utf-8-sig").splitlines()
    hits = [i for i, x in enumerate(_lines[f], 1) if s in x]
    assert len(hits) == 1, (f, s, hits)
    return hits[0]


def L(f, a, b=None):
    """Line span from the line containing a to the line containing b (both unique substrings)."""
    return [{"file": f, "line_start": ln(f, a), "line_end": ln(f, b or a)}]


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def item(id, persona, intent, question, role, evidence, key_points, attribute=None, turns=None, tool=None):
    return {"id": id, "persona": persona, "intent": intent, "question": question, "role": role,
            "attribute": attribute, "evidence": evidence, "key_points": key_points,
            "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool}


def turn(question, intent, role, evidence=(), key_points=(), attribute=None):
    t = {"question": question, "intent": intent, "role": role, "evidence": list(evidence),
         "key_points": list(key_points)}
    if attribute:
        t["attribute"] = attribute
    return t


# ------------------------------------------------------------------ reusable evidence
E_BE_DUTY = L(H, "核心业务开发", "沉淀技术文档和最佳实践")
E_FE_DUTY = L(H, "<li>业务开发", "为公共组件编写 Jest")
E_QA_DUTY = Q(T, "参与需求评审，编写测试计划和测试用例", "执行功能测试、回归测试和兼容性测试",
              "负责版本发布前的冒烟测试", "编写测试报告，统计和分析缺陷分布", "维护测试环境与测试数据")
E_QD_DUTY = Q(T, "设计开发自动化测试平台和接口自动化框架", "将自动化用例接入 GitLab CI 流水线",
              "开发 Mock 服务和测试数据构造工具", "推动核心链路接口自动化覆盖率达到80%")
E_SRE_DUTY = Q(F, "Kubernetes 集群运维，保障核心服务可用性", "建设 Prometheus + Grafana 监控告警体系",
               "参与7×24小时 On-call 轮值", "通过 Terraform、Ansible 推进基础设施即代码",
               "维护 Jenkins 和 ArgoCD 持续交付流水线", "管控云资源成本，每季度输出成本优化报告")
E_SRE_QUAL = Q(F, "本科及以上学历，计算机、网络工程相关专业", "3年以上运维或 SRE 工作经验",
               "精通 Linux，熟悉 Kubernetes、Docker 和 Nginx", "至少熟练掌握 Shell、Python、Go 中的一种",
               "持有 CKA 证书或阿里云 ACE 认证者优先")
E_CTO_DUTY = Q(F, "制定研发中心技术路线和年度技术规划", "管理约60人的研发团队", "主导核心系统架构评审",
               "推行 Scrum 敏捷开发流程", "编制和控制研发预算")
E_CTO_QUAL = Q(F, "计算机相关专业，硕士优先", "10年以上软件研发经验，其中5年以上30人以上",
               "有大型 SaaS 或互联网平台的架构设计经验", "熟悉 Java/Go 技术栈和云原生架构")
E_CSM_DUTY = Q(P, "负责签约客户上线后的持续运营", "定期开展客户回访和季度业务回顾", "识别续费风险和增购机会，完成续费指标",
               "收集客户反馈并同步给产品部")
E_SALES_DUTY = Q(P, "负责华东区中大型企业客户开拓", "挖掘客户需求，组织产品演示和", "推进商务谈判、投标与合同签订",
                 "维护CRM商机数据，每周更新销售漏斗")
E_IMP_DUTY = Q(P, "负责客户现场系统部署、数据迁移和", "对客户管理员和最终用户开展培训", "编写实施方案、上线报告等交付文档",
               "收集客户问题，协同研发处理缺陷")
E_ADMIN_DUTY = L(E, "1）负责办公室日常行政事务", "5）协助办理员工入离职手续")
E_PM_DUTY = L(C, "REQ-2024-031", "4. 协调实施工程师")
E_PD_DUTY = L(M, "负责 CRM 产品线", "跟踪上线后的数据表现")
E_HRBP_DUTY = L(C, "REQ-2024-035", "4. 协助部门负责人开展组织诊断")
E_REC_DUTY = L(C, "REQ-2024-040", "4. 维护ATS系统数据")

items = []
A = items.append

# ------------------------------------------------------------------ duty
A(item("r15s-duty-01", "new_hire", "duty", "刚进后端组，后端开发平时主要干哪些活？", "后端开发工程师", E_BE_DUTY,
       [["订单、计费、权限", "核心微服务"], ["单元测试", "单测覆盖率"], ["慢 SQL", "P99"], ["代码评审", "Code Review"]]))
A(item("r15s-duty-02", "hr", "duty", "前端工程师的岗位职责帮我列一下", "前端开发工程师", E_FE_DUTY,
       [["React + TypeScript", "React"], ["组件库", "脚手架"], ["首屏加载", "2秒"], ["Jest"]]))
A(item("r15s-duty-03", "new_hire", "duty", "做测试工程师每天要做些什么", "测试工程师", E_QA_DUTY,
       [["测试用例", "测试计划"], ["回归测试", "兼容性测试"], ["Jira", "缺陷"], ["冒烟测试"]]))
A(item("r15s-duty-04", "manager", "duty", "测开这个岗位具体负责什么？", "测试开发工程师", E_QD_DUTY,
       [["Pytest", "自动化测试平台"], ["GitLab CI", "流水线"], ["Mock"], ["80%"]]))
A(item("r15s-duty-05", "new_hire", "duty", "SRE的工作内容有哪些", "运维工程师（SRE）", E_SRE_DUTY,
       [["Kubernetes", "K8s"], ["Prometheus", "监控告警"], ["On-call", "值班"], ["Terraform", "基础设施即代码"]]))
A(item("r15s-duty-06", "hr", "duty", "csm平时负责啥", "客户成功经理", E_CSM_DUTY,
       [["上线后", "持续运营"], ["QBR", "季度业务回顾"], ["续费"], ["增购"]]))
A(item("r15s-duty-07", "new_hire", "duty", "我下周去做实施，实施工程师主要负责哪些事", "实施工程师", E_IMP_DUTY,
       [["系统部署", "数据迁移"], ["培训"], ["实施方案", "上线报告"], ["缺陷", "客户问题"]]))
A(item("r15s-duty-08", "hr", "duty", "行政专员的工作内容是什么", "行政专员", E_ADMIN_DUTY,
       [["前台接待", "会议室"], ["固定资产", "盘点"], ["年会", "团建"], ["考勤"]]))
A(item("r15s-duty-09", "manager", "duty", "交付中心项目经理的职责有哪些", "项目经理", E_PM_DUTY,
       [["进度、成本和质量", "整体计划"], ["周例会", "启动会"], ["毛利率", "30%"], ["按期验收"]]))
A(item("r15s-duty-10", "new_hire", "duty", "PM的职责是啥？我说的是产品经理", "产品经理", E_PD_DUTY,
       [["CRM 产品线", "CRM"], ["PRD", "原型"], ["两周一个迭代", "按期上线"], ["竞品分析"]]))

# ------------------------------------------------------------------ qualification
A(item("r15s-qual-01", "hr", "qualification", "招P6的后端需要什么条件", "后端开发工程师",
       L(H, "3-5年后端开发经验", "能独立负责一个业务域"),
       [["3-5年"], ["Kafka", "Elasticsearch"], ["K8s", "Docker"], ["业务域"]]))
A(item("r15s-qual-02", "hr", "qualification", "前端P5的任职要求？大专能不能投", "前端开发工程师",
       L(H, "特别优秀者可放宽至大专", "熟悉 React 或 Vue"),
       [["大专"], ["1-3年"], ["React 或 Vue", "Vue"]]))
A(item("r15s-qual-03", "manager", "qualification", "高级测试工程师要满足哪些要求", "测试工程师",
       Q(T, "本科及以上学历，5年以上软件测试经验", "能搭建 Selenium/Appium 自动化测试框架", "须持有软考软件评测师（中级）证书"),
       [["5年以上"], ["Selenium", "Appium"], ["JMeter"], ["软件评测师"]]))
A(item("r15s-qual-04", "hr", "qualification", "SRE招人有啥硬性要求", "运维工程师（SRE）", E_SRE_QUAL,
       [["本科"], ["3年以上"], ["Linux"], ["Kubernetes", "Docker"]]))
A(item("r15s-qual-05", "hr", "qualification", "技术总监的任职资格是什么", "技术总监", E_CTO_QUAL,
       [["10年以上"], ["30人以上", "团队管理"], ["硕士优先"], ["SaaS", "云原生"]]))
A(item("r15s-qual-06", "new_hire", "qualification", "想转岗去做数据分析师，需要什么背景", "数据分析师",
       L(M, "统计学、数学、计算机相关专业", "CDA 数据分析师证书"),
       [["统计学", "数学"], ["2年以上"], ["SQL"], ["Python", "pandas"]]))
A(item("r15s-qual-07", "hr", "qualification", "UI设计岗的招聘要求", "UI设计师",
       L(M, "视觉传达、数字媒体", "了解前端实现原理"),
       [["作品集"], ["Figma", "Sketch"], ["视觉传达", "数字媒体"], ["2年以上"]]))
A(item("r15s-qual-08", "hr", "qualification", "华东销售经理任职要求是什么", "销售经理",
       Q(P, "本科及以上学历，专业不限；", "3年以上To B软件或SaaS销售经验", "有独立签单50万以上案例者优先", "4. 能适应经常出差。"),
       [["To B", "SaaS销售"], ["3年以上"], ["50万"], ["出差"]]))
A(item("r15s-qual-09", "hr", "qualification", "招聘专员要什么条件", "招聘专员",
       L(C, "1. 本科及以上学历，专业不限；", "3. 沟通表达能力强"),
       [["1年以上"], ["本科"], ["互联网技术岗"]]))
A(item("r15s-qual-10", "manager", "qualification", "HRBP这个岗位对候选人有哪些要求", "HRBP",
       L(C, "1. 本科及以上学历，人力资源管理、心理学", "企业人力资源管理师二级"),
       [["5年以上"], ["HRBP经验", "互联网公司"], ["劳动法"], ["二级"]]))

# ------------------------------------------------------------------ attribute
A(item("r15s-attr-01", "new_hire", "attribute", "我是新来的SRE，我直属领导是谁？", "运维工程师（SRE）",
       Q(F, "汇报给：基础架构负责人") + L(O, "运维工程师（SRE）｜"),
       [["基础架构负责人"], ["上级", "汇报", "领导"]], attribute="reports_to"))
A(item("r15s-attr-02", "manager", "attribute", "技术总监下面管哪几个人", "技术总监",
       Q(F, "下属：后端组长、前端组长、测试经理") + L(O, "技术总监｜"),
       [["后端组长"], ["前端组长"], ["测试经理"], ["基础架构负责人"]], attribute="subordinates"))
A(item("r15s-attr-03", "hr", "attribute", "P7后端月薪范围多少", "后端开发工程师",
       L(H, "日均亿级请求"),
       [["40-60K", "40K-60K"], ["14薪"]], attribute="pay"))
A(item("r15s-attr-04", "new_hire", "attribute", "实施工程师工资多少？出差有补助吗", "实施工程师",
       Q(P, "薪资：10-16K·13薪，出差补助150元/天"),
       [["10-16K"], ["150元"]], attribute="pay"))
A(item("r15s-attr-05", "new_hire", "attribute", "前端能远程办公吗？在哪上班", "前端开发工程师",
       L(H, "可申请远程办公"),
       [["杭州"], ["远程"], ["1周"]], attribute="location"))
A(item("r15s-attr-06", "hr", "attribute", "项目经理需要持什么证", "项目经理",
       L(C, "3. 持有PMP证书"),
       [["PMP"], ["信息系统项目管理师", "软考高级"]], attribute="certificate"))
A(item("r15s-attr-07", "hr", "attribute", "行政专员学历要求啥", "行政专员",
       L(E, "1）大专及以上学历"),
       [["大专"], ["行政管理"]], attribute="education"))
A(item("r15s-attr-08", "manager", "attribute", "测开要几年经验", "测试开发工程师",
       Q(T, "3年以上测试开发经验"),
       [["3年以上", "3年"], ["测试开发"]], attribute="experience"))
A(item("r15s-attr-09", "manager", "attribute", "数据分析师得会哪些工具", "数据分析师",
       L(M, "精通 SQL，熟悉 Python"),
       [["SQL"], ["pandas", "Python"]], attribute="skills"))
A(item("r15s-attr-10", "new_hire", "attribute", "UI设计师归哪个部门", "UI设计师",
       L(M, "产品部-设计组 (Design)") + L(O, "UI设计师｜"),
       [["产品部"], ["设计组"]], attribute="department"))
A(item("r15s-attr-11", "hr", "attribute", "客户成功经理向谁汇报", "客户成功经理",
       Q(P, "汇报对象：客户成功部总监") + L(O, "客户成功经理｜"),
       [["客户成功部总监"], ["上级", "汇报", "领导"]], attribute="reports_to"))
A(item("r15s-attr-12", "hr", "attribute", "HRBP一般要求什么专业", "HRBP",
       L(C, "1. 本科及以上学历，人力资源管理、心理学"),
       [["人力资源管理"], ["心理学"]], attribute="major"))

# ------------------------------------------------------------------ kpi
A(item("r15s-kpi-01", "manager", "kpi", "销售经理考核哪些KPI，权重各多少", "销售经理",
       Q(X, "新签合同额", "考核期内新签并完成首付款的合同金额", "回款率", "实际回款金额÷应回款金额×100%", "新客户数",
         "销售漏斗转化率", "CRM录入及时率"),
       [["新签合同额"], ["回款率"], ["销售漏斗转化率"], ["CRM录入及时率"]]))
A(item("r15s-kpi-02", "hr", "kpi", "客户续费率这个指标怎么算的", "客户成功经理",
       Q(X, "到期已续费客户数÷到期客户总数×100%"),
       [["到期已续费客户数"], ["到期客户总数"]]))
A(item("r15s-kpi-03", "manager", "kpi", "研发中心这季度OKR里跟稳定性有关的KR有哪些", None,
       Q(X, "核心服务月度可用性达到99.95%", "P1级故障不超过1次/季度", "平均故障恢复时间（MTTR）缩短至30分钟以内"),
       [["99.95%"], ["P1级故障"], ["MTTR", "30分钟"]]))
A(item("r15s-kpi-04", "hr", "kpi", "招聘专员绩效考哪些指标", "招聘专员",
       Q(X, "招聘完成率", "平均招聘周期", "试用期离职率", "渠道成本控制", "候选人体验评分"),
       [["招聘完成率"], ["平均招聘周期"], ["试用期离职率"], ["候选人体验评分"]]))
A(item("r15s-kpi-05", "manager", "kpi", "线上缺陷逃逸率目标是多少，公式是啥", None,
       Q(X, "线上缺陷逃逸率不高于5%", "线上缺陷数÷（测试阶段缺陷数+线上缺陷数）×100%"),
       [["5%"], ["测试阶段缺陷数"]]))
A(item("r15s-kpi-06", "hr", "kpi", "实施工程师的考核指标和权重", "实施工程师",
       Q(X, "项目按期上线率", "客户验收一次通过率", "实施文档完整率", "客户培训满意度"),
       [["项目按期上线率"], ["客户验收一次通过率"], ["实施文档完整率"], ["客户培训满意度"]]))

# ------------------------------------------------------------------ jd
A(item("r15s-jd-01", "hr", "jd", "帮我写一份SRE的JD", "运维工程师（SRE）", E_SRE_DUTY + E_SRE_QUAL,
       [["Kubernetes"], ["Prometheus"], ["On-call"]],
       tool={"kind": "jd", "role": "运维工程师（SRE）", "must_cite_files": [F], "expect_sections": ["duties", "qualifications"]}))
A(item("r15s-jd-02", "hr", "jd", "给客户成功经理出一份招聘JD", "客户成功经理", E_CSM_DUTY,
       [["QBR", "季度业务回顾"], ["续费"], ["增购"]],
       tool={"kind": "jd", "role": "客户成功经理", "must_cite_files": [P], "expect_sections": ["duties", "qualifications"]}))
A(item("r15s-jd-03", "manager", "jd", "起草一个测开的岗位说明书", "测试开发工程师", E_QD_DUTY,
       [["Pytest"], ["GitLab CI"], ["Mock"]],
       tool={"kind": "jd", "role": "测试开发工程师", "must_cite_files": [T], "expect_sections": ["duties", "qualifications"]}))
A(item("r15s-jd-04", "hr", "jd", "写个招聘专员的职位描述，要挂到BOSS直聘上", "招聘专员", E_REC_DUTY,
       [["简历筛选"], ["猎头"], ["校园招聘"]],
       tool={"kind": "jd", "role": "招聘专员", "must_cite_files": [C], "expect_sections": ["duties", "qualifications"]}))

# ------------------------------------------------------------------ kpi_design
A(item("r15s-kd-01", "manager", "kpi_design", "帮销售经理设计一套KPI，5个指标左右", "销售经理",
       Q(X, "新签合同额", "回款率", "新客户数", "销售漏斗转化率"),
       [["新签合同额"], ["回款率"], ["新客户数"], ["销售漏斗转化率"]],
       tool={"kind": "kpi_design", "role": "销售经理", "count": 5, "must_cite_files": [X],
             "expected_indicators": ["新签合同额", "回款率", "新客户数", "销售漏斗转化率"]}))
A(item("r15s-kd-02", "hr", "kpi_design", "给客户成功经理设计下绩效考核指标", "客户成功经理",
       Q(X, "客户续费率", "净收入留存率（NRR）", "增购金额"),
       [["客户续费率"], ["净收入留存率"], ["增购金额"]],
       tool={"kind": "kpi_design", "role": "客户成功经理", "count": None, "must_cite_files": [X],
             "expected_indicators": ["客户续费率", "净收入留存率", "增购金额"]}))
A(item("r15s-kd-03", "hr", "kpi_design", "HRBP的KPI方案帮我做一个，3个指标就行", "HRBP",
       Q(X, "关键人才保留率", "业务部门满意度", "人均营收增长率"),
       [["关键人才保留率"], ["业务部门满意度"], ["人均营收增长率"]],
       tool={"kind": "kpi_design", "role": "HRBP", "count": 3, "must_cite_files": [X],
             "expected_indicators": ["关键人才保留率", "业务部门满意度", "人均营收增长率"]}))

# ------------------------------------------------------------------ follow-ups
A(item("r15s-fu-01", "new_hire", "followup", "后端开发的汇报对象是谁", "后端开发工程师",
       L(H, "后端组长（Tech Lead）") + L(O, "后端开发工程师｜"),
       [["后端组长"], ["上级", "汇报", "领导"]], attribute="reports_to",
       turns=[turn("后端组长再往上是谁？", "attribute", "技术总监",
                   Q(F, "下属：后端组长、前端组长、测试经理") + L(O, "技术总监｜"),
                   [["技术总监"], ["CTO", "研发中心"]], attribute="reports_to"),
              turn("那P6的后端月薪大概多少", "attribute", "后端开发工程师",
                   L(H, "本科及以上学历；3-5年后端开发经验"), [["25-40K", "25K-40K"], ["14薪"]], attribute="pay")]))
A(item("r15s-fu-02", "manager", "followup", "测试工程师初中高级的经验要求分别是多少", "测试工程师",
       Q(T, "大专及以上学历，0-2年测试经验", "本科及以上学历，2-4年软件测试经验", "本科及以上学历，5年以上软件测试经验"),
       [["0-2年"], ["2-4年"], ["5年以上"]],
       turns=[turn("中级的要啥证书", "attribute", "测试工程师",
                   Q(T, "ISTQB 基础级或软考软件评测师优先"), [["ISTQB"], ["软件评测师"]], attribute="certificate"),
              turn("从中级升到高级需要什么条件", "qualification", "测试工程师",
                   Q(T, "中级晋升高级：在本级别满2年"), [["满2年", "2年"], ["2个大版本", "大版本"]])]))
A(item("r15s-fu-03", "new_hire", "followup", "SRE的薪资待遇怎么样", "运维工程师（SRE）",
       Q(F, "薪资 25-45K·14薪"), [["25-45K"], ["值班补贴"]], attribute="pay",
       turns=[turn("on-call值班补贴具体给多少", "attribute", "运维工程师（SRE）",
                   Q(F, "薪资 25-45K·14薪"), [["200元"], ["400元"]], attribute="pay"),
              turn("换成测开呢，工资多少", "attribute", "测试开发工程师",
                   Q(T, "25-35K·14薪"), [["25-35K"], ["14薪"]], attribute="pay")]))
A(item("r15s-fu-04", "hr", "followup", "销售经理的岗位职责", "销售经理", E_SALES_DUTY,
       [["客户开拓", "华东区"], ["产品演示"], ["商务谈判", "投标"], ["CRM", "销售漏斗"]],
       turns=[turn("第3条展开说说", "duty", "销售经理",
                   Q(P, "推进商务谈判、投标与合同签订"), [["商务谈判"], ["投标"], ["合同签订"]]),
              turn("他的绩效怎么考核", "kpi", "销售经理",
                   Q(X, "新签合同额", "回款率", "销售漏斗转化率"), [["新签合同额"], ["回款率"]])]))
A(item("r15s-fu-05", "new_hire", "followup", "产品经理薪资多少", "产品经理",
       L(M, "25-40K·14薪"), [["25-40K"], ["14薪"]], attribute="pay",
       turns=[turn("那UI设计师呢", "attribute", "UI设计师", L(M, "15-22K·13薪"), [["15-22K"], ["13薪"]], attribute="pay"),
              turn("他们俩对工作年限的要求有啥区别", "qualification", None,
                   L(M, "3年以上 B 端或 SaaS 产品经验") + L(M, "2年以上 UI 设计经验"), [["3年以上"], ["2年以上"]])]))
A(item("r15s-fu-06", "manager", "followup", "技术总监主要负责什么", "技术总监", E_CTO_DUTY,
       [["技术路线", "技术规划"], ["60人"], ["架构评审"], ["Scrum", "敏捷"], ["研发预算"]],
       turns=[turn("第二点细说一下", "duty", "技术总监", Q(F, "管理约60人的研发团队"),
                   [["60人"], ["梯队建设"], ["绩效考核"]]),
              turn("他年薪多少", "attribute", "技术总监", Q(F, "年薪 80-120万"),
                   [["80-120万"], ["股票期权", "期权"]], attribute="pay")]))
A(item("r15s-fu-07", "new_hire", "followup", "行政专员的汇报对象是谁", "行政专员",
       L(E, "汇报：行政主管") + L(O, "行政专员｜"), [["行政主管"], ["上级", "汇报", "领导"]], attribute="reports_to",
       turns=[turn("那行政主管的职责是什么", "out_of_scope", "行政主管"),
              turn("行政专员薪资呢", "attribute", "行政专员", L(E, "薪资：6-9K"), [["6-9K"], ["13薪"]], attribute="pay")]))
A(item("r15s-fu-08", "manager", "followup", "研发中心Q2的OKR有哪几个目标", None,
       Q(X, "提升平台稳定性", "提升研发交付效率", "建设工程师文化"),
       [["提升平台稳定性"], ["提升研发交付效率"], ["建设工程师文化"]],
       turns=[turn("O2下面的KR展开看看", "kpi", None,
                   Q(X, "需求按期交付率达到90%", "线上缺陷逃逸率不高于5%", "核心链路接口自动化覆盖率达到80%"),
                   [["需求按期交付率"], ["线上缺陷逃逸率"], ["接口自动化覆盖率"]]),
              turn("代码评审那个KR怎么衡量", "kpi", None,
                   Q(X, "代码评审覆盖率达到100%", "经评审合入的MR数÷合入MR总数"), [["100%"], ["经评审合入的MR数", "MR"]])]))
A(item("r15s-fu-09", "hr", "followup", "HRBP主要干什么", "HRBP", E_HRBP_DUTY,
       [["业务战略", "研发中心和产品部"], ["绩效", "校准"], ["员工关系", "离职面谈"], ["人才盘点"]],
       turns=[turn("她的KPI呢", "kpi", "HRBP", Q(X, "关键人才保留率", "业务部门满意度", "人均营收增长率"),
                   [["关键人才保留率"], ["业务部门满意度"]]),
              turn("招聘专员归谁管，在哪个部门", "attribute", "招聘专员",
                   L(C, "REQ-2024-040") + L(O, "招聘专员｜"), [["人力行政总监"], ["人力行政部"]], attribute="reports_to")]))

# ------------------------------------------------------------------ out of scope
OOS = [
    ("hr", "Spring Boot 怎么配置多数据源？"),
    ("new_hire", "K8s 的 Pod 一直 CrashLoopBackOff 怎么排查"),
    ("new_hire", "试用期被辞退的话公司要给赔偿吗"),
    ("new_hire", "年假一年有几天？"),
    ("manager", "测试经理的岗位职责是什么"),
    ("hr", "我们公司有没有 Android 开发岗位，要求是什么"),
    ("hr", "杭州今年社保缴费基数是多少"),
    ("new_hire", "今天下午适合去西湖玩吗"),
    ("manager", "后端组长的任职要求有哪些"),
    ("new_hire", "React 的 useEffect 依赖数组应该怎么写"),
    ("hr", "DBA数据库管理员要招吗，薪资多少"),
]
for i, (persona, q) in enumerate(OOS, 1):
    A(item(f"r15s-oos-{i:02d}", persona, "out_of_scope", q, None, [], []))

with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
