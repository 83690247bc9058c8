#!/usr/bin/env python3
"""Build set.jsonl (30 follow-up conversations over corpus-extra, round 20) and forms.json.
Written from the documents only, before gangwei was run."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
F01 = "cx01_财务部经理岗位说明书.docx"
F02 = "cx02_车辆调度员岗位说明书.docx"
F03 = "cx03_培训部工作手册.docx"
F04 = "cx04_部门KPI指标库.xlsx"
F05 = "cx05_招聘岗位一览.xlsx"
F06 = "cx06_技术岗位招聘信息.csv"
F07 = "cx07_人才招聘.html"
F08 = "cx08_培训学校出纳岗位说明书.pdf"
F09 = "cx09_人事行政部经理绩效考核表.md"
F10 = "cx10_导购岗位职责.txt"
F11 = "cx11_酒店前台职位描述.txt"
F12 = "cx12_行政主管岗位说明书.txt"
F13 = "cx13_人力资源招聘专员行为标准.txt"
F14 = "cx14_财务部内控与财务分析KPI组成表.txt"
F15 = "cx15_教务工作岗位素能.txt"
F16 = "cx16_薪资核算专员职位描述.txt"


def Q(f, *quotes):
    return [{"file": f, "quote": q} for q in quotes]


def L(f, a, b=None):
    return [{"file": f, "line_start": a, "line_end": b or a}]


def T(question, intent, role, ev=(), kp=(), attribute=None, form=""):
    d = {"question": question, "intent": intent, "role": role}
    if attribute:
        d["attribute"] = attribute
    d["evidence"] = list(ev) if intent != "out_of_scope" else []
    d["key_points"] = [list(g) for g in kp] if intent != "out_of_scope" else []
    d["_form"] = form
    return d


OOS = "out_of_scope"
CONVS = []


def C(persona, first, *turns):
    CONVS.append((persona, first, list(turns)))


# 1 酒店前台, new hire: shifts, days off, more benefits, off-domain
C("new_hire",
  T("刚到酒店前台上班，平时主要忙些什么呀", "duty", "酒店前台", L(F11, 3, 7),
    [["入住"], ["退房"], ["预订"], ["客诉", "投诉"]]),
  T("上班几点到几点啊", "attribute", "酒店前台", L(F11, 15, 15), [["8:00"], ["16:00"], ["两班", "轮班"]],
    attribute="benefits", form="nonstandard(shift)+ellipsis"),
  T("每月能歇几天", "attribute", "酒店前台", L(F11, 14, 14), [["4天"], ["调休"]],
    attribute="benefits", form="nonstandard(days off)+short"),
  T("除了休假，别的福利还有没", "attribute", "酒店前台", L(F11, 16, 16), [["生日"], ["食宿"]],
    attribute="benefits", form="more+nonstandard(food)"),
  T("对了酒店附近有啥好吃的推荐么", OOS, None, form="oos(other domain)"))

# 2 前台 vs 导购, HR: appearance, switch role, shifts
C("hr",
  T("招酒店前台的话主要看候选人哪几方面", "qualification", "酒店前台", L(F11, 9, 12),
    [["形象"], ["预订系统", "收银系统"], ["应变"], ["合规"]]),
  T("对外形有硬性要求么", "qualification", "酒店前台", L(F11, 9, 9), [["形象良好"], ["亲和力"]],
    form="nonstandard(appearance)+ellipsis"),
  T("导购那边对形象又是怎么写的", "qualification", "导购", L(F10, 33, 33),
    [["形象健康得体", "健康得体"], ["亲切有礼", "态度亲切"]], form="switch_role+nonstandard(appearance)"),
  T("导购需要倒班不", "qualification", "导购", L(F10, 35, 35), [["轮班"], ["适应"]],
    form="nonstandard(shift)+ellipsis"))

# 3 人事行政部经理 KPI, manager: weights, scoring, 0 weight, off-topic HR
C("manager",
  T("人事行政经理的考核表分了几大类，每类占多少", "kpi", "人事行政部经理", L(F09, 8, 23),
    [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"], ["制度及考勤"]]),
  T("内部运营里面哪项分量最重", "kpi", "人事行政部经理", L(F09, 14, 14),
    [["绩效、薪资管理完成率", "绩效薪资管理"], ["15%"]], form="kpi_weight+ellipsis"),
  T("它是怎么扣分的", "kpi", "人事行政部经理", L(F09, 14, 14), [["扣2分"], ["个人原因"]],
    form="kpi_scoring+pronoun"),
  T("表里是不是有个指标权重给的0", "kpi", "人事行政部经理", L(F09, 15, 15),
    [["工作流程改善目标完成率"], ["0%"]], form="kpi_weight"),
  T("顺便问下，行政经理年终奖一般发几个月", OOS, "人事行政部经理", form="oos(hr not stated)"))

# 4 HR dept KPI library, manager: formula, pronoun, ordinal formula
C("manager",
  T("人力资源部指标库里客户这一类考的是啥", "kpi", None,
    Q(F04, "员工对公司人力资源制度的满意度", "对员工进行满意度调查的算术平均值"),
    [["员工满意度", "满意度"], ["满意度调查", "算术平均值"]]),
  T("这个怎么算分", "kpi", None, Q(F04, "对员工进行满意度调查的算术平均值"),
    [["算术平均值"], ["满意度调查"]], form="kpi_formula+pronoun"),
  T("招人这块考核哪些指标", "kpi", None, Q(F04, "招聘空缺职位所需的平均天数", "人员编制控制率"),
    [["平均天数"], ["人员编制控制率", "编制控制率"]], form="ellipsis(same dept, other objective)"),
  T("头一个的计算公式给我看看", "kpi", None, Q(F04, "空缺职位总数/招聘空缺职位所用的总天数"),
    [["空缺职位总数"], ["总天数"]], form="ordinal+kpi_formula"))

# 5 车辆调度员, new hire
C("new_hire",
  T("新来的调度，日常要管哪几块", "duty", "车辆调度员",
    Q(F02, "职责:人员车辆的调配使用", "职责:掌握司机的技术状况和车辆的安全状态", "职责:司机的考勤、考核等工作"),
    [["调配"], ["技术状况", "安全状态"], ["考勤"]]),
  T("我归谁管", "attribute", "车辆调度员", Q(F02, "车辆租赁中心主任"), [["车辆租赁中心"], ["主任"]],
    attribute="reports_to", form="pronoun(我)+short"),
  T("第二块具体讲讲", "duty", "车辆调度员",
    Q(F02, "根据司机的技术状况和车辆状况合理安排出车", "向司机交待清楚时间、地点、任务和注意事项"),
    [["合理安排出车"], ["时间、地点", "注意事项"]], form="ordinal"),
  T("干得好不好看哪些数", "kpi", "车辆调度员",
    Q(F02, "工作及时率达95%以上", "客户满意率达90%以上", "内部员工满意度达80%以上", "突发事件处理及时率达100%"),
    [["95%"], ["90%"], ["80%"], ["100%"]], form="kpi_target+ellipsis"))

# 6 车辆调度员, HR: education, experience, taboo, career path
C("hr",
  T("调度员这个岗学历跟专业卡在哪", "attribute", "车辆调度员", Q(F02, "高中及以上", "汽车修理专业"),
    [["高中"], ["汽车修理"]], attribute="education"),
  T("经验呢，几年起", "attribute", "车辆调度员", Q(F02, "4年以上相关工作经验"), [["4年"], ["相关工作经验"]],
    attribute="experience", form="ellipsis+short"),
  T("这活儿有啥雷区不能踩", "duty", "车辆调度员", Q(F02, "服务态度不好"), [["服务态度"], ["态度不好"]],
    form="nonstandard(taboo)"),
  T("往上能升到啥位置", "qualification", "车辆调度员", Q(F02, "高级业务员"), [["高级业务员"], ["业务员"]],
    form="nonstandard(career path)"))

# 7 出纳 (training school), new hire
C("new_hire",
  T("培训学校的出纳每天都在忙啥", "duty", "出纳",
    Q(F08, "根据各校区发来的收入数据进行数据录入", "每天报财务“资金汇报”", "按时、准确地发放员工工资、奖金",
      "学校人员费用报销办理"),
    [["数据录入"], ["资金汇报"], ["工资"], ["报销"]]),
  T("一周得上几天班", "duty", "出纳", Q(F08, "岗位每周工作时间 5+1天"), [["5+1"], ["工作时间"]],
    form="nonstandard(work days)"),
  T("她顶头上司是哪位", "attribute", "出纳", Q(F08, "直接主管:分校校长"), [["分校校长"], ["直接主管"]],
    attribute="reports_to", form="pronoun"),
  T("有手下没", "attribute", "出纳", Q(F08, "平级:会计 直接下属:无"), [["直接下属"], ["无"]],
    attribute="subordinates", form="short+ellipsis"),
  T("跟袜厂那个财务经理比，学历上差多少", "qualification", "财务部经理",
    Q(F08, "会计、金融类专业大专或以上学历") + Q(F01, "会计专业本科学历"), [["大专"], ["本科"]],
    form="compare+switch_company"))

# 8 出纳, HR: requirements, gender, switch with unstated fact, return
C("hr",
  T("出纳招人门槛是啥", "qualification", "出纳",
    Q(F08, "会计、金融类专业大专或以上学历", "2年以上出纳工作经验", "具备扎实的财务专业知识"),
    [["大专"], ["会计从业资格证"], ["2年以上"]]),
  T("男女有讲究吗", "qualification", "出纳", Q(F08, "性 别 不限(女姓佳)"), [["不限"], ["女"]],
    form="nonstandard(gender)"),
  T("那车辆调度员对性别有没有说法", OOS, "车辆调度员", form="switch_role+oos(not stated)"),
  T("再回到出纳，要是搞舞弊会怎么处理", "duty", "出纳", Q(F08, "解除当事人的劳动合同"),
    [["罚款"], ["劳动合同"], ["通报"]], form="oos_return+nonstandard(discipline)"))

# 9 导购, new hire
C("new_hire",
  T("做导购平时要干哪些活", "duty", "导购", L(F10, 9, 17) + L(F10, 23, 29) + L(F10, 43, 51),
    [["收银"], ["陈列", "摆放"], ["清洁", "卫生"], ["接待顾客", "导购工作"]]),
  T("我头上是谁", "attribute", "导购", L(F10, 43, 43), [["店长"], ["上级"]],
    attribute="reports_to", form="pronoun(我)+short"),
  T("不会讲粤语行不行", "qualification", "导购", L(F10, 39, 39), [["粤语"], ["优先"]],
    form="nonstandard(language)"),
  T("其他要求还有啥", "qualification", "导购", L(F10, 33, 39), [["轮班"], ["促销经验", "促销"], ["沟通"]],
    form="more"),
  T("每天早上到店先做什么", "duty", "导购", L(F10, 45, 49), [["清洁"], ["样板"], ["标签", "POP"]],
    form="nonstandard(daily routine)"))

# 10 销售经理 (moulding) -> 销售员 (steel), HR
C("hr",
  T("做模具那家招销售经理，任职要求写的什么", "qualification", "销售经理", Q(F05, "本科以上，20-35岁，英语专业者优先"),
    [["本科以上"], ["英语专业"], ["形象气质"]]),
  T("这个岗要经常出差吗", "duty", "销售经理", Q(F05, "每年有1~2次到上海等地出差"), [["1~2次"], ["上海"]],
    form="nonstandard(travel)+pronoun"),
  T("钢结构那家的销售员呢，学历怎么要求", "attribute", "销售员", L(F07, 111, 111),
    [["大专"], ["市场营销", "工程管理"], ["英语四级"]], attribute="education", form="switch_company+switch_role"),
  T("两家对英语的要求对比一下", "qualification", "销售员", Q(F05, "本科以上，20-35岁，英语专业者优先") + L(F07, 111, 111),
    [["英语四级"], ["英语专业"]], form="compare+nonstandard(language)"))

# 11 财务分析 KPI (cx14), manager
C("manager",
  T("财务部内控和财务分析那套KPI一共几个指标", "kpi", "财务分析会计", L(F14, 3, 7),
    [["企业内控制度的调整"], ["财务分析报告"], ["利润中心的操作维护"], ["月底结帐处理"]]),
  T("哪个占比最大", "kpi", "财务分析会计", L(F14, 4, 4), [["财务分析报告"], ["30%"]], form="kpi_weight+ellipsis"),
  T("它具体按什么打分", "kpi", "财务分析会计", L(F14, 4, 4) + L(F14, 12, 17),
    [["格式"], ["准确性"], ["有效性"], ["及时性"]], form="kpi_scoring+pronoun"),
  T("格式那项占多少", "kpi", "财务分析会计", L(F14, 13, 13), [["格式"], ["10%"]], form="kpi_weight+ellipsis"))

# 12 利润中心 / 月底结帐, manager: scoring, data source, two back
C("manager",
  T("利润中心操作维护被投诉了怎么扣分", "kpi", "财务分析会计", L(F14, 5, 5), [["5分"], ["20分"], ["60分"]]),
  T("月底结账那个呢", "kpi", "财务分析会计", L(F14, 6, 7), [["及时性"], ["准确性"], ["80分"]],
    form="ellipsis+kpi_scoring"),
  T("这个的考核依据取自哪", "kpi", "财务分析会计", L(F14, 6, 6), [["经理工作记录"], ["工作记录"]], form="ellipsis+short"),
  T("再前面那个指标的数据来源呢", "kpi", "财务分析会计", L(F14, 5, 5), [["事业部"], ["有效投诉"]],
    form="two_back"))

# 13 前端 across companies, new hire
C("new_hire",
  T("Moka招前端要会哪些技术", "qualification", "前端开发工程师", L(F06, 2, 12),
    [["React"], ["Typescript", "ts"], ["webpack", "babel"]]),
  T("工作年限有要求吗", "attribute", "前端开发工程师", L(F06, 7, 7), [["1年"], ["toB"]],
    attribute="experience", form="ellipsis"),
  T("美团成都那个前端呢", "attribute", "前端开发工程师", L(F06, 86, 86), [["3年"], ["互联网研发"]],
    attribute="experience", form="switch_company"),
  T("换京东物流那条再看看", "attribute", "前端开发工程师", L(F06, 99, 99), [["3-5年"], ["本科"]],
    attribute="experience", form="switch_company+short"),
  T("还有别家招前端的吗", "qualification", "前端开发工程师", L(F06, 109, 121), [["百腾"], ["git"], ["React"]],
    form="more+switch_company"))

# 14 京东物流前端 location/pay, HR
C("hr",
  T("京东物流那个前端岗在哪办公", "attribute", "前端开发工程师", L(F06, 96, 96), [["北京总部"], ["北京"]],
    attribute="location"),
  T("薪资写了没", OOS, "前端开发工程师", form="oos(not stated)+short"),
  T("Moka那家标了多少", "attribute", "前端开发工程师", L(F06, 2, 2), [["15k-40k"], ["*15", "15薪"]],
    attribute="pay", form="switch_company"),
  T("它的工作城市呢", "attribute", "前端开发工程师", L(F06, 2, 2), [["北京"], ["成都"]],
    attribute="location", form="pronoun+ellipsis"))

# 15 测试经理, HR
C("hr",
  T("慧算账测试经理这岗得管团队不？规模多大", "duty", "测试工程师", L(F06, 51, 51) + L(F06, 59, 59),
    [["带领团队"], ["3人以上", "3人"]]),
  T("学历和专业卡不卡", "attribute", "测试工程师", L(F06, 58, 58), [["本科"], ["计算机"]],
    attribute="education", form="ellipsis+short"),
  T("职责第5条说的是啥", "duty", "测试工程师", L(F06, 55, 55), [["新成员"], ["培训"], ["指导"]], form="ordinal"),
  T("做过财税行业的有优势不", "qualification", "测试工程师", L(F06, 58, 58), [["财税行业"], ["优先"]],
    form="nonstandard(industry background)"))

# 16 DBA -> Go -> SRE, HR
C("hr",
  T("DBA那个岗要什么学历和专业", "attribute", "DBA", L(F06, 70, 70), [["本科"], ["计算机"], ["信息安全", "通信"]],
    attribute="education"),
  T("主要负责哪种数据库", "duty", "DBA", L(F06, 63, 67), [["MySQL"], ["备份恢复", "备份"]], form="ellipsis"),
  T("Go后端对数据库有要求没", "qualification", "Golang 后端", L(F06, 39, 39), [["MySQL"], ["PostgreSQL"]],
    form="switch_role"),
  T("那SRE要不要会写代码", "qualification", "平台Site Reliability Engineer", L(F06, 126, 126),
    [["开发语言"], ["一门以上"]], form="switch_role"))

# 17 SRE, new hire: language, location, framework oos, return
C("new_hire",
  T("宝洁招的那个SRE到底干啥", "duty", "平台Site Reliability Engineer", L(F06, 123, 123),
    [["DevOps平台", "DevOps"], ["运维"], ["BU"]]),
  T("英语得多好", "qualification", "平台Site Reliability Engineer", L(F06, 129, 129), [["英语能力"], ["一定"]],
    form="nonstandard(language)+ellipsis"),
  T("办公在广州哪", "attribute", "平台Site Reliability Engineer", L(F06, 122, 122), [["广州"], ["珠江新城"]],
    attribute="location", form="ellipsis"),
  T("顺便教下k8s集群怎么搭", OOS, None, form="oos(framework named in posting)"),
  T("回到这个岗，需要几年经验", "attribute", "平台Site Reliability Engineer", L(F06, 125, 125),
    [["4年"], ["系统管理员"]], attribute="experience", form="oos_return+pronoun"))

# 18 产品经理 Moka, HR
C("hr",
  T("Moka产品经理的要求里那几个带括号的能力分别是什么", "qualification", "产品经理", L(F06, 19, 23),
    [["需求识别"], ["学习能力"], ["业务抽象能力"], ["Ownership"]]),
  T("第三个展开讲讲", "qualification", "产品经理", L(F06, 22, 22), [["抽象能力"], ["逻辑思维"], ["产品设计"]],
    form="ordinal"),
  T("有没有什么加分项", "qualification", "产品经理", L(F06, 25, 26), [["绩效"], ["OKR", "KPI"]],
    form="ellipsis"),
  T("这人主要做啥产品", "duty", "产品经理", L(F06, 14, 14), [["绩效爆品", "绩效"], ["用户研究", "市场环境"]],
    form="pronoun"))

# 19 机修工 -> 维修电工 -> 高压值班电工, new hire
C("new_hire",
  T("机修工每天干些啥", "duty", "机修工", L(F07, 277, 288),
    [["安全技术操作规程"], ["二级保养"], ["巡回检查"], ["故障"]]),
  T("最后那条再细说下", "duty", "机修工", L(F07, 287, 287), [["巡回检查"], ["检查记录", "维修记录"]],
    form="ordinal(last)"),
  T("得持证上岗不", "attribute", "机修工", L(F07, 272, 272), [["资格证书"], ["职业培训"]],
    attribute="certificate", form="ellipsis"),
  T("换维修电工，证书方面呢", "attribute", "维修电工", L(F07, 303, 303), [["资格证书"], ["考核合格"]],
    attribute="certificate", form="switch_role"),
  T("高压值班电工要哪个证", "attribute", "高压值班电工", L(F07, 296, 296), [["高压电工资格证"], ["三年以上"]],
    attribute="certificate", form="switch_role"))

# 20 焊工 / 埋弧焊工 / 铆工, HR
C("hr",
  T("焊工招聘条件有哪些", "qualification", "焊工", L(F07, 130, 133), [["高中"], ["40岁以下"], ["焊工证"], ["CO2"]]),
  T("埋弧焊工和他比有啥区别", "qualification", "埋弧焊工", L(F07, 130, 133) + L(F07, 226, 226),
    [["初中"], ["45岁以下"], ["三年以上"], ["埋弧焊"]], form="compare+pronoun"),
  T("换成铆工看看", "qualification", "铆工", L(F07, 140, 143), [["高中"], ["40岁以下"], ["3年以上"], ["钢结构"]],
    form="switch_role+short"),
  T("这三个工种是不是都只要男的", "qualification", "铆工", L(F07, 130, 130) + L(F07, 140, 140) + L(F07, 226, 226),
    [["男性"], ["男"]], form="nonstandard(gender)+compare"))

# 21 采购员, manager
C("manager",
  T("钢构厂采购员工作内容有哪些", "duty", "采购员", L(F07, 155, 178), [["采购制度"], ["供应商"], ["采购计划"], ["验收"]]),
  T("第4条", "duty", "采购员", L(F07, 165, 165), [["谈判"], ["付款方式"], ["交货日期"]], form="ordinal+short"),
  T("对他有什么要求", "qualification", "采购员", L(F07, 150, 150),
    [["大专"], ["物流", "供应链"], ["3年以上"], ["45周岁"]], form="pronoun"),
  T("这个岗要带人吗", "attribute", "采购员", L(F07, 159, 159), [["组织下属"], ["下属"]],
    attribute="subordinates", form="pronoun+nonstandard(leads people)"))

# 22 生产主管 (moulding) -> 生产技术部长 (steel) -> back
C("hr",
  T("注塑厂招生产主管，工作年限卡多少", "attribute", "生产主管", Q(F05, "有两年以上相关行业的工作经验"),
    [["两年以上"], ["相关行业"]], attribute="experience"),
  T("对专业有没有限定", "attribute", "生产主管", Q(F05, "本科以上，25-45岁，注塑类相关专业"), [["注塑类"], ["相关专业"]],
    attribute="major", form="ellipsis"),
  T("钢构那边生产技术部长呢，经验要几年", "attribute", "生产技术部长", L(F07, 74, 81),
    [["10年以上"], ["2年及以上"], ["1年及以上"]], attribute="experience", form="switch_company+switch_role"),
  T("他的岗位职责有写吗", OOS, "生产技术部长", form="oos(not stated)+pronoun"),
  T("行，那注塑厂生产主管平时干什么", "duty", "生产主管", Q(F05, "合理调配安排生产"),
    [["车间日常生产管理"], ["生产流程"]], form="oos_return+two_back"))

# 23 教务, new hire
C("new_hire",
  T("教务岗需要什么学历", "attribute", "教务", L(F15, 5, 5), [["大学专科", "专科"], ["师范"]], attribute="education"),
  T("对长相有要求没", "qualification", "教务", L(F15, 3, 3), [["五官端正"], ["亲和力"]],
    form="nonstandard(appearance)+ellipsis"),
  T("经验不够能放宽吗", "attribute", "教务", L(F15, 6, 6), [["放宽"], ["2年以上", "1年以上"]],
    attribute="experience", form="ellipsis"),
  T("教务一个月拿多少钱", OOS, "教务", form="oos(pay not stated)"))

# 24 人力资源专员 -> 招聘专员, HR
C("hr",
  T("人资专员的任职条件列一下", "qualification", "人力资源专员", L(F13, 3, 7),
    [["本科"], ["1-2年"], ["中英文"], ["MS Office", "Office"]]),
  T("英语水平要求高不高", "qualification", "人力资源专员", L(F13, 6, 6), [["中英文"], ["听、说、读、写", "听说读写"]],
    form="nonstandard(language)+ellipsis"),
  T("招聘专员行为标准的第二部分讲的啥", "duty", "招聘专员", L(F13, 15, 20), [["转正考核"], ["异动"]],
    form="switch_role+ordinal"),
  T("2.1具体点", "duty", "招聘专员", L(F13, 16, 17), [["待转正员工"], ["转正考核"], ["转正通知"]],
    form="ordinal+short"),
  T("还有吗", "duty", "招聘专员", L(F13, 18, 20), [["异动手续"], ["数据库", "录入"]], form="more+short"))

# 25 行政主管, manager
C("manager",
  T("行政主管的工作时间是怎么分配的", "duty", "行政主管", L(F12, 28, 54), [["15%"], ["65%"], ["行政管理工作"]]),
  T("占65%的那块都包括什么", "duty", "行政主管", L(F12, 38, 47),
    [["归档"], ["大事记"], ["办公用品"], ["食堂"], ["固定资产"]], form="ellipsis"),
  T("他的业绩怎么衡量", OOS, "行政主管", form="oos(略 near-miss)+pronoun"),
  T("那这个岗向谁汇报", "attribute", "行政主管", L(F12, 9, 10), [["行政经理"], ["直属上级"]],
    attribute="reports_to", form="oos_return+pronoun"))

# 26 薪资核算专员, new hire
C("new_hire",
  T("薪酬核算每个月主要做啥", "duty", "薪资核算专员", L(F16, 4, 8), [["计提"], ["核查", "审核"], ["复核"], ["发放"]]),
  T("个税也是这个岗管吗", "duty", "薪资核算专员", L(F16, 9, 9), [["个人所得税"], ["汇算清缴"]], form="pronoun"),
  T("得熟悉哪些法律法规", "qualification", "薪资核算专员", L(F16, 17, 17), [["劳动法"], ["个人所得税法"], ["社保公积金"]],
    form="ellipsis"),
  T("任职方面还有别的要求吗", "qualification", "薪资核算专员", L(F16, 15, 18),
    [["本科"], ["2年以上"], ["HRSSC", "共享服务中心"]], form="more"),
  T("职责倒数第二条是啥", "duty", "薪资核算专员", L(F16, 11, 12), [["薪酬系统"], ["审计"], ["薪酬分析报告"]],
    form="ordinal(from end)"))

# 27 财务部经理 (sock maker), HR
C("hr",
  T("袜业那家财务经理的任职门槛", "qualification", "财务部经理",
    Q(F01, "会计专业本科学历", "会计师资格证书", "八年以工业企业财务管理经验"), [["本科"], ["会计师资格证书"], ["八年"]]),
  T("多大年纪合适", "qualification", "财务部经理", Q(F01, "35-45岁、性别不限"), [["35-45岁"], ["放宽"]],
    form="ellipsis+short+nonstandard(age)"),
  T("手下有谁", "attribute", "财务部经理", Q(F01, "财务会计、出纳", "成本会计"), [["出纳"], ["财务会计", "成本会计"]],
    attribute="subordinates", form="ellipsis+short"),
  T("库存周转率那条目标具体怎么说的", "kpi", "财务部经理", Q(F01, "库存周转率、应收账款周转率小于期间额定标准"),
    [["库存周转率"], ["额定标准"]], form="kpi_target"),
  T("要会用什么财务软件", "attribute", "财务部经理", Q(F01, "精通ERP、K3等软件运用"), [["ERP"], ["K3"]],
    attribute="skills", form="nonstandard(software)+ellipsis"))

# 28 财务部经理 goals, manager: ordinal, pronoun, two back
C("manager",
  T("财务经理的岗位工作目标有哪些", "kpi", "财务部经理",
    Q(F01, "经营管理成本预、核算准确率100", "监督货款回收的实际时间", "库存周转率、应收账款周转率", "无发生财务管理重大责任事故"),
    [["准确率100"], ["库存周转率"], ["货款回收"], ["重大责任事故"]]),
  T("第六个", "kpi", "财务部经理", Q(F01, "财务报表编制的及时性不大于期间工作计划时间"),
    [["财务报表编制"], ["及时性"]], form="ordinal+short"),
  T("他的职责写了几条", "duty", "财务部经理", Q(F01, "组织编制公司年度综合财务计划和控制标准", "建立健全财务管理体系"),
    [["年度综合财务计划"], ["财务管理体系"]], form="pronoun"),
  T("回到刚才那些目标，头一条的准确率要求多少", "kpi", "财务部经理", Q(F01, "经营管理成本预、核算准确率100"),
    [["100"], ["核算准确率"]], form="two_back+ordinal+kpi_target"))

# 29 资金部 / 审计部 KPI, HR
C("hr",
  T("资金部考核哪些KPI", "kpi", None,
    Q(F04, "公司资金预算达成率", "资金筹集计划编制及时率", "资金收支准确度", "资金头寸变动信息掌握的及时性"),
    [["资金预算达成率"], ["资金筹集计划"], ["资金收支准确度"], ["资金头寸"]]),
  T("资金收支准确度怎么衡量", "kpi", None, Q(F04, "资金收支出错次数"), [["出错次数"], ["资金收支"]],
    form="kpi_formula"),
  T("审计那边考啥", "kpi", None,
    Q(F04, "审计计划执行率", "审计报告一次经过率", "审计报告证据充分性", "审计报告归档率"),
    [["审计计划执行率"], ["一次经过率"], ["归档率"], ["证据充分性"]], form="switch_dept+short"),
  T("证据充分性那个咋量化", "kpi", None, Q(F04, "因审计证据不足而使审计结果被推翻的次数"),
    [["推翻"], ["证据不足"]], form="kpi_formula+ellipsis"),
  T("财务部那个预算达成率的公式表里给了吗", OOS, None, form="oos(empty field)+switch_dept"))

# 30 培训部经理, new hire: department size, near-miss role, return with ordinal
C("new_hire",
  T("培训部的经理平时负责些什么", "duty", "培训部经理",
    Q(F03, "责培训部的日常管理工作", "责培训部员工的工作安排与绩效考核", "负责合理安排培训资源", "g)负责培训市场的开拓"),
    [["日常管理"], ["绩效考核"], ["培训资源"], ["培训市场"]]),
  T("培训部总共配了几号人", "duty", "培训部经理", Q(F03, "培训部配置人员4名"), [["4名"], ["培训顾问"], ["培训助理"]],
    form="nonstandard(headcount)"),
  T("培训顾问又是干啥的", OOS, "培训顾问", form="oos(named-only role)+switch_role"),
  T("回到经理，他最后一条职责是什么", "duty", "培训部经理", Q(F03, "协助市场部进行培训市场开发工作"),
    [["市场部"], ["培训需求"], ["可行性"]], form="oos_return+ordinal(last)"))


def main():
    items, forms = [], {}
    for n, (persona, first, turns) in enumerate(CONVS, 1):
        iid = f"r20x-fu-{n:02d}"
        f = dict(first)
        f.pop("_form")
        item = {"id": iid, "persona": persona, "intent": "followup", "question": f["question"], "role": f["role"],
                "attribute": f.get("attribute"), "evidence": f["evidence"], "key_points": f["key_points"],
                "expect_refusal": False, "turns": [], "tool": None}
        for i, t in enumerate(turns, 1):
            t = dict(t)
            forms[f"{iid}#{i}"] = t.pop("_form")
            item["turns"].append(t)
        items.append(item)
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    (HERE / "forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "items", len(forms), "later turns")


if __name__ == "__main__":
    main()
