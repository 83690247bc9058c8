#!/usr/bin/env python3
"""Write set.jsonl (64 items, eval-set schema) for the round-20 law-firm corpus (明衡律师事务所).

    T20_OUT=/tmp/t20law /work/main/.venv/bin/python build_set.py

Written from the generated documents only, before gangwei was run on them. Text files are cited by
line spans found through anchor strings; binary files by quotes.
"""
import json
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = Path(os.environ.get("T20_OUT", "/tmp/t20law")) / "corpus"

F1 = "mh01_岗位说明书（业务序列）.docx"
F2 = "mh02_职能岗位职责规定.docx"
F3 = "mh03_律师职级与晋升标准.xlsx"
F4 = "mh04_律师助理及行政人员考核表.xlsx"
F5 = "mh05_律师执业管理办法（节选）.pdf"
F6 = "mh06_加入我们.html"
F7 = "mh07_律师助理入职FAQ.md"
F8 = "mh08_转发_杭州分所招聘秘书.txt"
F9 = "mh09_2025年招聘需求汇总.csv"
F10 = "mh10_员工手册（节选）.docx"

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


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def CSV(code):
    return L(F9, code + ",")


items = []


def add(id_, persona, intent, question, role=None, evidence=(), kp=(), attribute=None, turns=None, tool=None):
    items.append({"id": "r20l-" + id_, "persona": persona, "intent": intent, "question": question, "role": role,
                  "attribute": attribute, "evidence": list(evidence), "key_points": [list(g) for g in kp],
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})


def T(question, intent, role=None, evidence=(), kp=(), attribute=None):
    return {"question": question, "intent": intent, "role": role, "attribute": attribute,
            "evidence": list(evidence), "key_points": [list(g) for g in kp]}


# ----------------------------------------------------------------- evidence blocks
E_LAWYER_DUTY = Q(F1, "独立承办民商事诉讼、仲裁案件", "起草、审核法律意见书、律师函", "参与客户尽职调查及专项法律服务项目",
                  "指导实习律师及律师助理开展案头工作", "及时、如实记录计时工时")
E_LAWYER_QUAL = Q(F1, "学历：法学本科及以上学历", "证书：持有有效的《律师执业证》", "经验：执业满2年，具有独立办理",
                  "技能：英语可作为工作语言者优先")
E_INTERN_DUTY = Q(F1, "在带教律师指导下开展法律检索与类案研究", "协助起草起诉状、答辩状、代理词",
                  "随同带教律师参加庭审、会见和谈判", "按要求填写实习日志")
E_INTERN_QUAL = Q(F1, "证书：通过国家统一法律职业资格考试", "经验：不限，有律所或法院实习经历者优先",
                  "其他：入职后一个月内申领《实习人员证》")
E_PA_QUAL = Q(F1, "学历：大专及以上学历，法学、文秘相关专业", "经验：1年以上律所或企业法务相关工作经验",
              "技能：熟练使用Office办公软件及威科先行")
E_KM_DUTY = Q(F1, "建设和维护所内知识库", "每月编辑出版内部通讯《明衡法律评论》", "跟踪新颁布的法律法规和司法解释",
              "组织所内业务培训讲座的资料整理与录播")
E_KM_QUAL = Q(F1, "学历：法学硕士研究生及以上学历", "经验：2年以上法律检索、法律编辑或出版工作经验",
              "技能：具备较强的中英文写作能力")
E_FRONT_DUTY = Q(F2, "负责前台来电转接、来访客户接待与引导", "做好访客登记及会议室预订管理", "负责快递、法院邮件的收发登记",
                 "负责办公用品的申领、发放及库存盘点", "维护前台区域及接待室的整洁与形象")
E_ACC_DUTY = Q(F2, "审核律师费发票开具申请", "核对客户回款，跟进应收律师费的催收", "审核差旅费、办案费等费用报销单据",
               "编制月度财务报表，办理纳税申报", "核算律师提成及合伙人分配数据")
E_ACC_QUAL = Q(F2, "第九条　财务会计的任职条件")
E_ARCH_DUTY = Q(F2, "接收结案卷宗，审查归档材料的完整性", "办理卷宗借阅、归还登记", "负责档案室温湿度、防火防潮",
                "按年度编制档案目录，配合档案电子化")
E_PARTNER_DUTY = Q(F5, "（一）负责团队业务开拓和客户关系维护；", "（二）对团队承办案件的质量承担最终复核责任；",
                   "（三）审批本团队新案件的利益冲突检索结果；", "（四）负责团队律师的培养、带教安排与年度考核；",
                   "（五）参与律所发展规划、合伙人入伙退伙等重大事项决策。")
E_PARTNER_QUAL = Q(F5, "（一）在本所执业满三年且累计执业满八年；", "（二）近三年未受过司法行政机关或律师协会的处罚、处分；",
                   "（三）年度创收达到《律师职级与晋升标准》规定的要求。") + \
    Q(F3, "执业8年以上", "具备独立客户来源，年度创收连续两年达标")
E_PA_KPI = Q(F4, "立案材料一次通过率", "关键期限登记准确率", "工时录入及时率", "计时账单核对差错次数", "服务律师满意度")
E_ADM_KPI = Q(F4, "来访接待满意度", "会议室预订冲突次数", "法院邮件当日分送率", "卷宗归档及时率", "办公用品费用预算执行率")

# ----------------------------------------------------------------- duty (10)
add("duty-01", "new_hire", "duty", "我们所的专职律师平时主要干些啥活？", "专职律师", E_LAWYER_DUTY,
    [["诉讼", "仲裁"], ["法律意见书", "律师函", "合同"], ["尽职调查", "尽调"], ["工时"]])
add("duty-02", "new_hire", "duty", "刚过了法考进所做实习律师，日常要做哪些事情", "实习律师", E_INTERN_DUTY,
    [["法律检索", "类案"], ["起诉状", "答辩状", "代理词"], ["庭审"], ["实习日志"]])
add("duty-03", "hr", "duty", "知识管理岗具体负责什么工作？", "知识管理专员", E_KM_DUTY,
    [["知识库"], ["明衡法律评论", "内部通讯"], ["法规速递", "法律法规"], ["培训"]])
add("duty-04", "new_hire", "duty", "前台每天的工作内容有哪些呀", "行政前台", E_FRONT_DUTY,
    [["来电", "接待"], ["访客登记", "会议室"], ["快递", "法院邮件"], ["办公用品"]])
add("duty-05", "manager", "duty", "律所里做会计的都管哪些活儿", "财务会计", E_ACC_DUTY,
    [["发票", "开票"], ["回款", "催收"], ["报销"], ["纳税申报", "财务报表"], ["提成"]])
add("duty-06", "hr", "duty", "档案员岗位职责发我看下", "档案管理员", E_ARCH_DUTY,
    [["归档"], ["借阅"], ["温湿度", "防火"], ["档案目录", "电子化"]])
add("duty-07", "manager", "duty", "合伙人在所里要承担哪些职责？", "合伙人", E_PARTNER_DUTY,
    [["业务开拓", "客户关系"], ["复核"], ["利益冲突"], ["培养", "考核"]])
add("duty-08", "hr", "duty", "品牌市场部招的那个市场专员是做什么的", "市场专员", [L(F6, "策划律所品牌活动", "维护律所在法律评级机构")],
    [["品牌活动", "研讨会"], ["公众号", "官网"], ["投标", "推介"], ["评级"]])
add("duty-09", "new_hire", "duty", "杭州分所IT支持岗的工作职责是啥", "IT支持工程师", [L(F6, "负责分所电脑、打印机", "为律师提供办公软件使用支持")],
    [["打印机", "视频会议", "电脑"], ["账号权限", "权限"], ["备份"], ["办公软件"]])
add("duty-10", "new_hire", "duty", "给合伙人当秘书要负责哪些事情", "法律秘书", [L(F8, "1、管理合伙人日程", "5、完成合伙人交办")],
    [["日程"], ["排版", "校对", "用印"], ["开票", "回款"], ["客户档案", "客户联系"]])

# ----------------------------------------------------------------- qualification (10)
add("qual-01", "new_hire", "qualification", "想应聘你们专职律师，需要满足什么条件", "专职律师", E_LAWYER_QUAL + [CSV("ZP2025-001")],
    [["法学本科", "本科"], ["律师执业证"], ["执业满2年", "执业2年以上"], ["英语"]])
add("qual-02", "hr", "qualification", "实习律师招聘有哪些硬性要求？", "实习律师",
    Q(F1, "学历：全日制法学本科及以上学历", "证书：通过国家统一法律职业资格考试", "其他：入职后一个月内申领《实习人员证》") + [CSV("ZP2025-002")],
    [["本科", "硕士"], ["法律职业资格", "法考"], ["实习人员证"]])
add("qual-03", "new_hire", "qualification", "北京这边律师助理的任职资格是什么", "律师助理", E_PA_QUAL,
    [["大专"], ["1年以上"], ["威科先行", "Office", "法律数据库"]])
add("qual-04", "hr", "qualification", "知识管理专员对学历和经验有啥要求", "知识管理专员", E_KM_QUAL + [CSV("ZP2025-006")],
    [["硕士"], ["2年以上"], ["中英文写作", "写作"]])
add("qual-05", "new_hire", "qualification", "应聘行政前台得具备哪些条件", "行政前台", Q(F2, "第六条　行政前台的任职条件") + [CSV("ZP2025-005")],
    [["大专"], ["一年以上", "1年以上"], ["普通话"], ["办公软件", "飞书"]])
add("qual-06", "hr", "qualification", "档案管理员对应聘的人有什么要求", "档案管理员", Q(F2, "第十二条　档案管理员的任职条件") + [CSV("ZP2025-003")],
    [["大专"], ["档案学", "图书情报"], ["一年以上", "1年以上"], ["培训证书"]])
add("qual-07", "new_hire", "qualification", "市场专员要求什么专业，几年经验？", "市场专员", [L(F6, "本科及以上学历，市场营销"), L(F6, "2年以上专业服务机构"), CSV("ZP2025-007")],
    [["本科"], ["市场营销", "新闻传播"], ["2年以上"]])
add("qual-08", "new_hire", "qualification", "法律秘书那个岗招人的要求是啥", "法律秘书", [L(F8, "任职要求：", "4、细致耐心")],
    [["本科"], ["2年以上"], ["六级"], ["保密"]])
add("qual-09", "new_hire", "qualification", "IT运维这个岗需要什么条件才能投", "IT支持工程师", [L(F6, "大专及以上学历，计算机", "持有网络工程师")],
    [["大专"], ["计算机"], ["1年以上"], ["网络工程师"]])
add("qual-10", "manager", "qualification", "做到合伙人需要满足哪些条件？", "合伙人", E_PARTNER_QUAL,
    [["八年", "8年"], ["三年"], ["处罚", "处分"], ["创收"]])

# ----------------------------------------------------------------- attribute (12)
add("attr-01", "new_hire", "attribute", "专职律师的直接领导是谁", "专职律师", Q(F1, "所在团队负责合伙人"),
    [["负责合伙人", "合伙人"], ["团队"]], attribute="reports_to")
add("attr-02", "new_hire", "attribute", "律师助理归谁管啊？", "律师助理",
    Q(F1, "所服务团队的专职律师", "人事及考勤关系隶属业务支持中心主管") + [L(F7, "业务上你向所服务团队的专职律师汇报")],
    [["专职律师"], ["业务支持中心主管"]], attribute="reports_to")
add("attr-03", "new_hire", "attribute", "实习律师是跟着谁干活的", "实习律师",
    Q(F1, "带教律师须执业满五年") + Q(F5, "第二十五条　实习律师的带教律师由所在团队合伙人指定"),
    [["带教律师"], ["合伙人指定", "指定"]], attribute="reports_to")
add("attr-04", "new_hire", "attribute", "档案管理员招的是哪个城市、哪个部门的", "档案管理员", [CSV("ZP2025-003")],
    [["北京"], ["行政部"]], attribute="location")
add("attr-05", "hr", "attribute", "杭州分所招会计要求什么职称", "财务会计", [CSV("ZP2025-004")],
    [["中级"], ["会计职称", "职称"]], attribute="certificate")
add("attr-06", "new_hire", "attribute", "合伙人秘书工资待遇大概怎样", "法律秘书", [L(F8, "【薪资待遇】")],
    [["8000-11000", "8000"], ["五险一金", "年终奖"]], attribute="pay")
add("attr-07", "new_hire", "attribute", "市场专员的薪资待遇怎么样", "市场专员", [L(F6, "12-18K·13薪"), CSV("ZP2025-007")],
    [["12-18K", "12000-18000"], ["13薪"]], attribute="pay")
add("attr-08", "new_hire", "attribute", "律师助理的工作地点在哪", "律师助理",
    [L(F7, "适用于北京总所新入职的律师助理"), L(F6, "杭州分所", after="<h3>律师助理</h3>")],
    [["北京"], ["杭州"]], attribute="location")
add("attr-09", "new_hire", "attribute", "实习律师一个月能拿多少钱", "实习律师", [CSV("ZP2025-002")],
    [["6000-8000"], ["杭州"]], attribute="pay")
add("attr-10", "hr", "attribute", "知识管理专员属于哪个部门、向谁汇报", "知识管理专员", [CSV("ZP2025-006")] + Q(F1, "知识管理部经理"),
    [["知识管理部"], ["知识管理部经理", "经理"]], attribute="department")
add("attr-11", "new_hire", "attribute", "前台的上级是谁？", "行政前台", Q(F2, "第四条　行政前台隶属行政部"),
    [["行政主管"], ["行政部"]], attribute="reports_to")
add("attr-12", "manager", "attribute", "专职律师手底下带哪些人", "专职律师", Q(F1, "实习律师、律师助理"),
    [["实习律师"], ["律师助理"]], attribute="subordinates")

# ----------------------------------------------------------------- kpi (6)
add("kpi-01", "new_hire", "kpi", "律师助理每个月考核哪些指标", "律师助理", E_PA_KPI,
    [["立案材料一次通过率"], ["关键期限登记准确率"], ["工时录入及时率"], ["计时账单核对差错次数"], ["服务律师满意度"]])
add("kpi-02", "manager", "kpi", "行政岗的绩效考核看什么指标？", "行政前台", E_ADM_KPI,
    [["来访接待满意度"], ["会议室预订冲突次数"], ["法院邮件当日分送率"], ["卷宗归档及时率"], ["办公用品费用预算执行率"]])
add("kpi-03", "new_hire", "kpi", "工时录入及时率没达标会怎么扣分", "律师助理", Q(F4, "每低于目标1个百分点扣该项3分"),
    [["3分"], ["1个百分点", "一个百分点"]])
add("kpi-04", "hr", "kpi", "助理和行政的月度考核多少分算优秀", None, Q(F4, "90分及以上为优秀"),
    [["90分"], ["优秀"]])
add("kpi-05", "manager", "kpi", "中级律师一年的有效工时要求多少小时？执业年限要几年", "中级律师", Q(F3, "1700", "执业3-5年"),
    [["1700"], ["3-5年"]])
add("kpi-06", "manager", "kpi", "杭州分所律师的创收指标跟北京一样吗", None, Q(F3, "杭州分所律师职级标准参照本表执行"),
    [["80%"], ["参照"]])

# ----------------------------------------------------------------- jd (4)
add("jd-01", "hr", "jd", "帮我写一份知识管理专员的JD", "知识管理专员", E_KM_DUTY,
    [["知识库"], ["明衡法律评论", "内部通讯"], ["法规速递", "法律法规"]],
    tool={"kind": "jd", "role": "知识管理专员", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})
add("jd-02", "hr", "jd", "给档案管理员出一份岗位说明书", "档案管理员", E_ARCH_DUTY,
    [["归档"], ["借阅"], ["档案目录", "电子化"]],
    tool={"kind": "jd", "role": "档案管理员", "must_cite_files": [F2], "expect_sections": ["duties", "qualifications"]})
add("jd-03", "manager", "jd", "起草一个杭州分所法律秘书的招聘JD，发招聘网站用", "法律秘书", [L(F8, "1、管理合伙人日程", "5、完成合伙人交办")],
    [["日程"], ["排版", "校对"], ["客户档案", "客户联系"]],
    tool={"kind": "jd", "role": "法律秘书", "must_cite_files": [F8], "expect_sections": ["duties", "qualifications"]})
add("jd-04", "hr", "jd", "写份实习律师的职位描述吧", "实习律师", E_INTERN_DUTY,
    [["法律检索"], ["起诉状", "答辩状", "代理词"], ["庭审"]],
    tool={"kind": "jd", "role": "实习律师", "must_cite_files": [F1], "expect_sections": ["duties", "qualifications"]})

# ----------------------------------------------------------------- kpi_design (3)
add("kd-01", "manager", "kpi_design", "给律师助理设计5个KPI", "律师助理", E_PA_KPI[:3],
    [["立案材料一次通过率"], ["关键期限登记准确率"], ["工时录入及时率"]],
    tool={"kind": "kpi_design", "role": "律师助理", "count": 5, "must_cite_files": [F4],
          "expected_indicators": ["立案材料一次通过率", "关键期限登记准确率", "工时录入及时率"]})
add("kd-02", "hr", "kpi_design", "帮行政前台设计一套考核指标", "行政前台", E_ADM_KPI[:3],
    [["来访接待满意度"], ["会议室预订冲突次数"], ["法院邮件当日分送率"]],
    tool={"kind": "kpi_design", "role": "行政前台", "count": None, "must_cite_files": [F4],
          "expected_indicators": ["来访接待满意度", "会议室预订冲突次数", "法院邮件当日分送率"]})
add("kd-03", "manager", "kpi_design", "专职律师的绩效考核指标怎么定？帮我设计一下", "专职律师",
    Q(F3, "年度有效工时（小时）", "年度创收要求（万元）"),
    [["有效工时"], ["创收"]],
    tool={"kind": "kpi_design", "role": "专职律师", "count": None, "must_cite_files": [F3],
          "expected_indicators": ["年度有效工时", "年度创收要求"]})

# ----------------------------------------------------------------- followup (8)
add("fu-01", "new_hire", "followup", "专职律师的岗位职责有哪些", "专职律师", E_LAWYER_DUTY,
    [["诉讼", "仲裁"], ["法律意见书", "律师函"], ["尽职调查", "尽调"]],
    turns=[T("那要啥任职条件呢", "qualification", "专职律师", E_LAWYER_QUAL + [CSV("ZP2025-001")],
             [["本科"], ["律师执业证"], ["2年"]]),
           T("他顶头上司是哪位", "attribute", "专职律师", Q(F1, "所在团队负责合伙人"), [["合伙人"], ["团队"]], attribute="reports_to")])
add("fu-02", "new_hire", "followup", "律师助理要什么条件", "律师助理", E_PA_QUAL,
    [["大专"], ["1年以上"]],
    turns=[T("杭州那边招的呢？", "qualification", "律师助理", [L(F6, "本科及以上学历，法学专业", "能适应短期出差")],
             [["本科"], ["法学"], ["实习"]]),
           T("这个岗工资开多少", "attribute", "律师助理", [L(F6, "杭州分所", "7-10K", after="<h3>律师助理</h3>")], [["7-10K"], ["杭州"]], attribute="pay")])
add("fu-03", "manager", "followup", "财务会计的工作职责说一下", "财务会计", E_ACC_DUTY,
    [["发票", "开票"], ["回款"], ["报销"]],
    turns=[T("那招人条件咧", "qualification", "财务会计", E_ACC_QUAL + [CSV("ZP2025-004")],
             [["本科"], ["三年以上", "3年以上"], ["会计专业技术资格", "会计职称"]]),
           T("他向谁汇报工作", "attribute", "财务会计", Q(F2, "第七条　财务会计隶属财务部"), [["财务经理"], ["财务部"]], attribute="reports_to")])
add("fu-04", "manager", "followup", "合伙人主要负责什么", "合伙人", E_PARTNER_DUTY,
    [["业务开拓", "客户关系"], ["复核"], ["利益冲突"]],
    turns=[T("那怎么才能当上？", "qualification", "合伙人", E_PARTNER_QUAL,
             [["八年", "8年"], ["处罚", "处分"], ["创收"]]),
           T("权益合伙人呢", "qualification", "权益合伙人", Q(F3, "任授薪合伙人满3年", "按合伙协议认缴出资，近三年无行业处分"),
             [["满3年"], ["认缴出资", "出资"]])])
add("fu-05", "manager", "followup", "高级律师晋升有什么要求", "高级律师", Q(F3, "执业5年以上", "主办重大疑难案件，公开发表专业文章不少于2篇"),
    [["5年"], ["重大疑难案件"], ["专业文章", "2篇"]],
    turns=[T("一年要做多少工时、创收多少", "kpi", "高级律师", Q(F3, "1800", "200"), [["1800"], ["200"]]),
           T("换成授薪合伙人呢", "qualification", "授薪合伙人", Q(F3, "执业8年以上", "具备独立客户来源，年度创收连续两年达标"),
             [["8年"], ["客户来源"], ["两年"]])])
add("fu-06", "hr", "followup", "行政人员月度考核有哪几项", "行政前台", E_ADM_KPI,
    [["来访接待满意度"], ["会议室预订冲突次数"], ["卷宗归档及时率"]],
    turns=[T("第四项怎么才算及时", "kpi", "档案管理员", Q(F4, "以结案后三个月内完成归档为及时"), [["三个月"], ["结案"]]),
           T("多少分算良好", "kpi", None, Q(F4, "80-89分为良好"), [["80-89分", "80"], ["良好"]])])
add("fu-07", "new_hire", "followup", "杭州分所招的IT支持要求啥", "IT支持工程师", [L(F6, "大专及以上学历，计算机", "持有网络工程师")],
    [["大专"], ["计算机"], ["1年以上"]],
    turns=[T("主要负责哪些工作", "duty", "IT支持工程师", [L(F6, "负责分所电脑、打印机", "为律师提供办公软件使用支持")],
             [["打印机", "视频会议"], ["备份"]]),
           T("属于哪个部门的呀", "attribute", "IT支持工程师", [L(F6, "杭州分所", "信息技术部", after="<h3>IT支持工程师</h3>")], [["信息技术部"], ["杭州"]], attribute="department")])
add("fu-08", "new_hire", "followup", "实习律师由谁带？", "实习律师",
    Q(F1, "带教律师须执业满五年") + Q(F5, "第二十五条　实习律师的带教律师由所在团队合伙人指定"),
    [["带教律师"], ["合伙人指定", "指定"]], attribute="reports_to",
    turns=[T("一个带教律师最多能带几个", "qualification", "实习律师", Q(F5, "每名带教律师同时带教不超过两名实习律师"), [["两名", "2名", "两个"], ["不超过", "最多"]]),
           T("那带教有没有补贴", "out_of_scope", "实习律师")])

# ----------------------------------------------------------------- out of scope (11)
for n, persona, q in [
    ("01", "new_hire", "公司一直没跟我签劳动合同，能要双倍工资吗"),
    ("02", "new_hire", "离婚的话婚前买的房子怎么分"),
    ("03", "new_hire", "民事案子一审判完，上诉期是多少天？"),
    ("04", "manager", "咱们所律师计时收费一小时多少钱"),
    ("05", "hr", "业务支持中心主管的岗位职责是什么"),
    ("06", "hr", "行政主管的任职要求有哪些"),
    ("07", "new_hire", "知识管理部经理工资多少"),
    ("08", "new_hire", "推荐几本备考法考的书"),
    ("09", "new_hire", "女员工产假有多少天"),
    ("10", "new_hire", "律师助理的年终奖怎么算"),
    ("11", "manager", "帮我写一份起诉状，告楼上邻居噪音扰民"),
]:
    add("oos-" + n, persona, "out_of_scope", q)

with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
    for it in items:
        fh.write(json.dumps(it, ensure_ascii=False) + "\n")
print(len(items), "items")
