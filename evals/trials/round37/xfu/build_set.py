"""Build set.jsonl + forms.json for round 37 / xfu (follow-up conversations over corpus-extra).

Written from the documents only, before gangwei was run.  Run with gangwei's venv:
    /work/main/.venv/bin/python build_set.py
"""
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


def Q(f, q):
    return {"file": f, "quote": q}


def L(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b is not None else a}


def T(q, intent, form, role=None, attr=None, ev=(), kp=()):
    return {"question": q, "intent": intent, "role": role, "attribute": attr,
            "evidence": list(ev), "key_points": [list(g) for g in kp], "_form": form}


def OOS(q, form, role=None):
    return T(q, "out_of_scope", form, role=role)


CONV = []


def conv(persona, q, role, attr, ev, kp, turns, first_form):
    CONV.append(dict(persona=persona, question=q, role=role, attribute=attr, evidence=list(ev),
                     key_points=[list(g) for g in kp], turns=turns, first_form=first_form))


# ---------------------------------------------------------------- 01 cx01 财务部经理: attributes
conv("new_hire", "袜业公司的财务部经理要什么学历、学什么专业？", "财务部经理", "education",
     [Q(F01, "会计专业本科学历")], [["本科"], ["会计"]],
     [T("证书方面有要求没", "attribute", "ellipsis", "财务部经理", "certificate",
        [Q(F01, "会计师资格证书")], [["会计师资格证书", "会计师"], ["证书"]]),
      T("他直接向谁汇报工作", "attribute", "pronoun", "财务部经理", "reports_to",
        [Q(F01, "财务总监"), Q(F01, "财务部总监")], [["财务总监", "财务部总监"], ["总监"]]),
      T("手底下管着哪几个岗位", "attribute", "switch attribute", "财务部经理", "subordinates",
        [Q(F01, "财务会计、出纳"), Q(F01, "成本会计")], [["出纳"], ["财务会计", "成本会计"]])],
     "company name")

# ---------------------------------------------------------------- 02 cx01 财务部经理: goals
conv("manager", "财务经理岗位的工作目标都有哪些", "财务部经理", None,
     [Q(F01, "经营管理成本预、核算准确率100"), Q(F01, "库存周转率、应收账款周转率小于期间额定标准"),
      Q(F01, "监督货款回收的实际时间小于预期回收规定的天数"), Q(F01, "无发生财务管理重大责任事故")],
     [["准确率100"], ["库存周转率"], ["货款回收"]],
     [T("第5个目标具体是指哪些费用", "kpi", "ordinal", "财务部经理", None,
        [Q(F01, "成本费用(销售费用、制造费用、管理费用)达成率100%")], [["销售费用"], ["制造费用"], ["管理费用"]]),
      T("那他日常具体负责些什么", "duty", "pronoun", "财务部经理", None,
        [Q(F01, "组织编制公司年度综合财务计划和控制标准"), Q(F01, "建立健全财务管理体系")],
        [["年度综合财务计划"], ["财务管理体系"]]),
      T("对年纪有限制吗", "qualification", "switch attribute", "财务部经理", None,
        [Q(F01, "35-45岁、性别不限")], [["35-45岁"], ["放宽"]])],
     "short title")

# ---------------------------------------------------------------- 03 cx02 车辆调度员
conv("new_hire", "调度员平时主要干些什么活", "车辆调度员", None,
     [Q(F02, "根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"),
      Q(F02, "职责:司机的考勤、考核等工作"), Q(F02, "职责:掌握司机的技术状况和车辆的安全状态")],
     [["调配"], ["值班"], ["考勤", "考核"]],
     [T("业绩标准定的是多少", "kpi", "ellipsis", "车辆调度员", None,
        [Q(F02, "1.工作及时率达95%以上"), Q(F02, "2.客户满意率达90%以上"), Q(F02, "3.内部员工满意度达80%以上"),
         Q(F02, "4.突发事件处理及时率达100%")], [["95%"], ["90%"], ["80%"], ["100%"]]),
      T("第二个指标是考什么的", "kpi", "ordinal", "车辆调度员", None,
        [Q(F02, "2.客户满意率达90%以上")], [["客户满意率"], ["90%"]]),
      T("那调度圆的顶头上司是谁", "attribute", "typo", "车辆调度员", "reports_to",
        [Q(F02, "车辆租赁中心主任")], [["车辆租赁中心主任"], ["主任"]])],
     "short title")

# ---------------------------------------------------------------- 04 cx02 vs cx01
conv("hr", "车辆调度员要求什么学历，要几年经验", "车辆调度员", None,
     [Q(F02, "高中及以上"), Q(F02, "4年以上相关工作经验")], [["高中"], ["4年"]],
     [T("换成财务部经理呢", "qualification", "switch role", "财务部经理", None,
        [Q(F01, "会计专业本科学历"), Q(F01, "八年以工业企业财务管理经验")], [["本科"], ["八年"]]),
      T("这俩岗位哪个要求的工作年限长", "qualification", "comparison", None, None,
        [Q(F01, "八年以工业企业财务管理经验"), Q(F02, "4年以上相关工作经验")], [["八年", "8年"], ["4年"]]),
      T("回到调度员，专业上有啥要求", "attribute", "back to earlier", "车辆调度员", "major",
        [Q(F02, "汽车修理专业")], [["汽车修理"], ["专业"]])],
     "plain")

# ---------------------------------------------------------------- 05 cx03 培训部经理
conv("manager", "培训部经理要负责哪些事情", "培训部经理", None,
     [Q(F03, "责培训部的日常管理工作"), Q(F03, "责培训部员工的工作安排与绩效考核"),
      Q(F03, "责培训计划的审核、和年度培训工作总结"), Q(F03, "g)负责培训市场的开拓")],
     [["日常管理"], ["绩效考核"], ["培训计划的审核"], ["培训市场的开拓"]],
     [T("第四条说的啥意思，能解释下吗", "duty", "ordinal", "培训部经理", None,
        [Q(F03, "责培训业务经营发展的规划,核心组课程的引入")], [["经营发展的规划"], ["核心组课程"]]),
      OOS("那培训顾问平时负责哪些活", "switch role (near-miss OOS)"),
      T("整个培训部的部门职能有哪些", "duty", "switch scope (department)", None, None,
        [Q(F03, "负责培训服务产品的开发和策划工作"), Q(F03, "负责公司师资库的建立"), Q(F03, "负责公司培训档案的建立")],
        [["培训服务产品"], ["师资库"], ["培训档案"]])],
     "plain")

# ---------------------------------------------------------------- 06 cx04 HR KPI sheet
conv("hr", "人力资源部KPI指标库里财务类的指标有哪几个", "人力资源部", None,
     [Q(F04, "部门费用预算达成率"), Q(F04, "薪资总量预算安排达成率"), Q(F04, "招聘费用预算达成率"), Q(F04, "培训费用预算达成率")],
     [["部门费用预算达成率"], ["薪资总量预算安排达成率"], ["招聘费用预算达成率"], ["培训费用预算达成率"]],
     [T("客户类的呢", "kpi", "ellipsis", "人力资源部", None,
        [Q(F04, "员工满意度调查"), Q(F04, "员工对公司人力资源制度的满意度")], [["员工满意度"], ["满意度"]]),
      T("它是怎么算出来的", "kpi", "pronoun", "人力资源部", None,
        [Q(F04, "对员工进行满意度调查的算术平均值")], [["算术平均值"], ["满意度调查"]]),
      T("那招聘空缺职位平均天数的计算公式呢", "kpi", "switch indicator", "人力资源部", None,
        [Q(F04, "空缺职位总数/招聘空缺职位所用的总天数")], [["空缺职位总数"], ["总天数"]])],
     "plain")

# ---------------------------------------------------------------- 07 cx04 finance sheet
conv("manager", "资金部一般考核哪些KPI", "资金部", None,
     [Q(F04, "公司资金预算达成率"), Q(F04, "资金筹集计划编制及时率"), Q(F04, "资金收支准确度"),
      Q(F04, "月度流动资金计划编制及时率")],
     [["资金预算达成率"], ["资金筹集计划编制及时率"], ["资金收支准确度"]],
     [T("审计部考核的是哪些呢", "kpi", "switch department (ellipsis)", "审计部", None,
        [Q(F04, "审计计划执行率"), Q(F04, "审计报告一次经过率"), Q(F04, "审计结果准确性")],
        [["审计计划执行率"], ["审计报告一次经过率"], ["审计结果准确性"]]),
      T("审计结果准确性拿什么衡量", "kpi", "named item", "审计部", None,
        [Q(F04, "审计结果更正的次数")], [["更正的次数"], ["审计结果"]]),
      T("财务部那边的现金收支准确性又怎么算", "kpi", "switch department", "财务部", None,
        [Q(F04, "现金收支出错次数")], [["出错次数"], ["现金收支"]])],
     "plain")

# ---------------------------------------------------------------- 08 cx05 生产主管 / 研发经理
conv("new_hire", "那家做注塑的厂招生产主管，有什么要求", "生产主管", None,
     [Q(F05, "本科以上，25-45岁，注塑类相关专业")], [["本科"], ["25-45岁"], ["注塑"], ["两年"]],
     [T("工作职责呢", "duty", "ellipsis", "生产主管", None,
        [Q(F05, "车间日常生产管理")], [["车间日常生产管理"], ["简化生产流程"]]),
      T("换成研发经理的话呢", "duty", "switch role", "研发经理", None,
        [Q(F05, "关注市场，发现行业新鲜资讯")], [["关注市场"], ["开发设计"]]),
      T("这两个岗位对年龄的要求有什么不一样", "qualification", "comparison", None, None,
        [Q(F05, "本科以上，20-45岁，模具设计类专业"), Q(F05, "本科以上，25-45岁，注塑类相关专业")],
        [["20-45岁"], ["25-45岁"]])],
     "company/industry name")

# ---------------------------------------------------------------- 09 cx05 文案策划 / 销售经理
conv("new_hire", "文案策划招几个人？主要写什么", "文案策划", None,
     [Q(F05, "文案策划（2名）"), Q(F05, "协助公司各类宣传策划方案的设计和撰写")], [["2名"], ["文案"]],
     [T("这个岗位待遇咋样啊", "attribute", "switch attribute", "文案策划", "benefits",
        [Q(F05, "工作细心，认真负责")], [["免费食宿"], ["面议"]]),
      T("那销售经理需要经常出差吗", "duty", "switch role", "销售经理", None,
        [Q(F05, "每年有1~2次到上海等地出差")], [["1~2次"], ["上海"]]),
      T("英语有没有要求", "qualification", "ellipsis", "销售经理", None,
        [Q(F05, "20-35岁，英语专业者优先")], [["英语专业者优先", "英语专业"], ["优先"]])],
     "plain")

# ---------------------------------------------------------------- 10 cx06 测试经理 / DBA
conv("hr", "慧算账招的测试经理要几年工作经验", "测试工程师", "experience",
     [L(F06, 58, 59)], [["5年"], ["测试"]],
     [T("他需要带团队吗", "qualification", "pronoun", "测试工程师", None,
        [L(F06, 51), L(F06, 59)], [["带领团队", "测试团队管理", "团队管理"], ["3人"]]),
      T("同一家公司的DBA呢，学历要啥", "attribute", "switch role + company", "DBA", "education",
        [L(F06, 70)], [["本科"], ["计算机"]]),
      T("在哪里上班，工资给多少", "attribute", "switch attribute", "DBA", "pay",
        [L(F06, 62)], [["广州"], ["15K"]])],
     "company name + short title")

# ---------------------------------------------------------------- 11 cx06 SRE
conv("new_hire", "宝洁那个SRE岗位具体做什么", "平台Site Reliability Engineer", None,
     [L(F06, 122, 123)], [["DevOps平台"], ["开发和运维"]],
     [T("有哪些要求", "qualification", "ellipsis", "平台Site Reliability Engineer", None,
        [L(F06, 124, 129)], [["4年"], ["K8S"], ["英语"]]),
      T("第三条展开讲一下", "qualification", "ordinal", "平台Site Reliability Engineer", None,
        [L(F06, 127)], [["公有云"], ["K8S"], ["linux"]]),
      OOS("K8S集群一般怎么搭建", "OOS mid-conversation"),
      T("对了，这个SRE在哪办公", "attribute", "back after OOS", "平台Site Reliability Engineer", "location",
        [L(F06, 122)], [["珠江新城", "广州"], ["广州"]])],
     "company name + short title")

# ---------------------------------------------------------------- 12 cx06 前端 across companies
conv("hr", "美团的前端工程师要求几年经验", "前端开发工程师", "experience",
     [L(F06, 86)], [["3年"], ["互联网研发"]],
     [T("京东物留那个呢", "qualification", "switch company (typo)", "前端开发工程师", None,
        [L(F06, 99)], [["3-5年"], ["前端开发经验"]]),
      T("它要求会小程序开发吗", "qualification", "pronoun", "前端开发工程师", None,
        [L(F06, 105)], [["小程序"], ["微信小程序"]]),
      T("那Moka的前端是做什么业务的", "duty", "switch company", "前端开发工程师", None,
        [L(F06, 11, 12)], [["React"], ["toB SaaS", "SaaS"]])],
     "company name")

# ---------------------------------------------------------------- 13 cx06 Golang 后端 / 产品经理
conv("new_hire", "云霁科技的Go后端需要哪些技术栈", "Golang 后端", None,
     [L(F06, 35, 42)], [["Golang"], ["MySQL", "PostgreSQL"], ["k8s", "docker"]],
     [T("加分项有哪些呢", "qualification", "ellipsis", "Golang 后端", None,
        [L(F06, 44, 49)], [["terraform"], ["开源作品"]]),
      T("能不能远程办公", "attribute", "switch attribute", "Golang 后端", "location",
        [L(F06, 27)], [["远程"], ["杭州"]]),
      T("产品经理那边的加分项又是啥", "qualification", "switch role", "产品经理", None,
        [L(F06, 25, 26)], [["绩效"], ["OKR"]])],
     "company name + short title")

# ---------------------------------------------------------------- 14 cx07 焊工 / 埋弧焊工
conv("new_hire", "焊工招聘有啥条件", "焊工", None,
     [L(F07, 128, 134)], [["高中"], ["40岁"], ["焊工证"]],
     [T("换成埋弧焊工呢", "qualification", "switch role", "埋弧焊工", None,
        [L(F07, 224, 227)], [["初中"], ["45岁"], ["埋弧焊"]]),
      T("两个岗位谁的学历门槛高", "qualification", "comparison", None, None,
        [L(F07, 130), L(F07, 226)], [["高中"], ["初中"]]),
      T("后面那个岗位平时干啥活", "duty", "pronoun (back reference)", "埋弧焊工", None,
        [L(F07, 228, 230)], [["埋弧焊机"], ["钢结构焊接"]])],
     "plain")

# ---------------------------------------------------------------- 15 cx07 采购员
conv("manager", "钢结构厂的采购员要做哪些工作", "采购员", None,
     [L(F07, 152, 180)], [["采购制度"], ["谈判"], ["采购计划"]],
     [T("还有别的没？", "duty", "more", "采购员", None,
        [L(F07, 168, 178)], [["库存"], ["验收"], ["供应商目录"]]),
      T("第四条具体讲讲", "duty", "ordinal", "采购员", None,
        [L(F07, 165)], [["价格"], ["付款方式"], ["交货日期"]]),
      T("岁数上有要求吗", "qualification", "switch attribute", "采购员", None,
        [L(F07, 150)], [["45周岁"], ["以下"]]),
      OOS("跟供应商砍价有什么技巧", "OOS at end")],
     "industry name")

# ---------------------------------------------------------------- 16 cx07 机修工 / 维修电工
conv("new_hire", "钢结构厂机修工每天的工作内容是啥", "机修工", None,
     [L(F07, 275, 289)], [["安全技术操作规程"], ["二级保养"], ["巡回检查"]],
     [T("他上岗需要持证吗", "attribute", "pronoun", "机修工", "certificate",
        [L(F07, 272)], [["资格证书"], ["职业培训"]]),
      T("维修电公呢", "attribute", "switch role (typo)", "维修电工", "certificate",
        [L(F07, 303), L(F07, 309)], [["资格证书", "持证上岗"], ["职业培训", "持证"]]),
      T("两者在专业上有啥区别", "attribute", "comparison", None, "major",
        [L(F07, 272), L(F07, 303)], [["机械"], ["电气"]])],
     "industry name")

# ---------------------------------------------------------------- 17 cx07 生产技术部长
conv("hr", "生产技术部长需要多少年工作经验", "生产技术部长", "experience",
     [L(F07, 74, 82)], [["10年"], ["2年"]],
     [T("那专业方面要求啥呢", "attribute", "ellipsis", "生产技术部长", "major",
        [L(F07, 74)], [["设备动力管理"], ["机电一体化"]]),
      OOS("这个部长具体的岗位职责写了吗", "demonstrative (near-miss OOS: only 任职资格 given)", role="生产技术部长"),
      T("那高压值班电工得持有什么证", "attribute", "switch role", "高压值班电工", "certificate",
        [L(F07, 296)], [["高压电工资格证"], ["三年"]])],
     "plain")

# ---------------------------------------------------------------- 18 cx08 出纳 relations
conv("new_hire", "培训学校的出纳，直接主管是谁", "出纳", "reports_to",
     [Q(F08, "直接主管:分校校长")], [["分校校长"], ["主管"]],
     [T("那隔一级的领导呢", "attribute", "ellipsis", "出纳", "reports_to",
        [Q(F08, "隔级领导:总经理")], [["总经理"], ["隔级"]]),
      T("她有没有下属", "attribute", "pronoun", "出纳", "subordinates",
        [Q(F08, "平级:会计 直接下属:无")], [["直接下属:无", "没有下属", "无下属", "没有直接下属", "无直接下属"], ["下属"]]),
      T("她每天都要报个什么东西", "duty", "pronoun", "出纳", None,
        [Q(F08, "每天报财务“资金汇报”")], [["资金汇报"], ["每天"]])],
     "company type")

# ---------------------------------------------------------------- 19 cx08 出纳 duties
conv("hr", "出纳岗位职责一共列了几条，分别是什么", "出纳", None,
     [Q(F08, "根据各校区发来的收入数据进行数据录入"), Q(F08, "学校发票、收据业务办理"),
      Q(F08, "按领导审批过的退费手续,为客户办理退费结算"), Q(F08, "学校人员费用报销办理")],
     [["数据录入"], ["发票"], ["退费"], ["报销"]],
     [T("第7条具体怎么操作", "duty", "ordinal", "出纳", None,
        [Q(F08, "按领导审批过的退费手续,为客户办理退费结算")], [["退费手续"], ["退费结算"]]),
      T("出纳的任职要求呢，说说", "qualification", "switch attribute", "出纳", None,
        [Q(F08, "会计、金融类专业大专或以上学历,会计从业资格证"), Q(F08, "2年以上出纳工作经验")],
        [["大专"], ["会计从业资格证"], ["2年"]]),
      T("出纳招男的还是女的啊", "qualification", "switch attribute", "出纳", None,
        [Q(F08, "性 别 不限(女姓佳)")], [["不限"], ["女"]])],
     "plain")

# ---------------------------------------------------------------- 20 cx09 内部运营类
conv("manager", "人事行政部经理的考核表里，内部运营类占多大权重", "人事行政部经理", None,
     [L(F09, 10)], [["50%"], ["内部运营类"]],
     [T("下面都有哪些指标", "kpi", "ellipsis", "人事行政部经理", None,
        [L(F09, 10, 16)], [["工作目标完成率"], ["绩效、薪资管理完成率"], ["文件档案管理"]]),
      T("哪个权重是零", "kpi", "selection in list", "人事行政部经理", None,
        [L(F09, 15)], [["工作流程改善目标完成率"], ["0%"]]),
      T("后勤投诉次数怎么扣分", "kpi", "named item", "人事行政部经理", None,
        [L(F09, 18)], [["扣1分"], ["投诉"]]),
      T("它属于哪一类", "kpi", "pronoun", "人事行政部经理", None,
        [L(F09, 17, 18)], [["客户类"], ["10%"]])],
     "plain")

# ---------------------------------------------------------------- 21 cx09 dimensions
conv("hr", "人事行政部经理的绩效考核分成几个维度", "人事行政部经理", None,
     [L(F09, 8, 23)], [["财务类"], ["内部运营类"], ["客户类"], ["学习成长革新类"], ["制度及考勤"]],
     [T("学习成长那块有哪些考核项", "kpi", "ellipsis", "人事行政部经理", None,
        [L(F09, 19, 22)], [["部门员工保有率"], ["部门培训目标完成率"], ["人力计划完成率"]]),
      T("第一个怎么给分", "kpi", "ordinal", "人事行政部经理", None,
        [L(F09, 19)], [["70%"], ["5分"]]),
      OOS("人事行政部经理年薪一般多少", "OOS at end")],
     "plain")

# ---------------------------------------------------------------- 22 cx10 导购 (GBK) relations
conv("new_hire", "导购员的上级是谁", "导购", "reports_to",
     [L(F10, 43)], [["店长"], ["负责"]],
     [T("那她每天早上要做哪些事", "duty", "pronoun", "导购", None,
        [L(F10, 47, 49)], [["样板"], ["标签", "POP"]]),
      T("商超那个导够岗位要求什么", "qualification", "switch posting (typo)", "导购", None,
        [L(F10, 31, 39)], [["学历不限"], ["轮班"], ["粤语"]]),
      T("我不会讲粤语能行不", "qualification", "ellipsis", "导购", None,
        [L(F10, 39)], [["粤语优先"], ["培训"]])],
     "plain")

# ---------------------------------------------------------------- 23 cx10 导购 duties
conv("hr", "导购平时要做哪些工作", "导购", None,
     [L(F10, 9, 17), L(F10, 23, 29), L(F10, 43, 51)], [["收银"], ["陈列"], ["卫生", "清洁"]],
     [T("还有吗？再列点", "duty", "more", "导购", None,
        [L(F10, 9, 17), L(F10, 23, 29), L(F10, 43, 51)], [["防损"], ["POP"], ["补货", "退货"]]),
      T("搞卫生也归她管吗", "duty", "pronoun", "导购", None,
        [L(F10, 15), L(F10, 45)], [["卫生"], ["整洁"]]),
      OOS("导购员一般提成几个点", "OOS at end")],
     "plain")

# ---------------------------------------------------------------- 24 cx11 前台 benefits
conv("new_hire", "酒店前台要倒班吗", "酒店前台", "benefits",
     [L(F11, 15)], [["两班轮班"], ["16:00"]],
     [T("一个月能休几天", "attribute", "ellipsis", "酒店前台", "benefits",
        [L(F11, 14)], [["4天"], ["调休"]]),
      T("还有啥福利没", "attribute", "more", "酒店前台", "benefits",
        [L(F11, 16)], [["生日"], ["免费食宿"]]),
      T("核心工作内容第三项讲讲", "duty", "ordinal", "酒店前台", None,
        [L(F11, 5)], [["预订系统"], ["房态"], ["超售"]])],
     "short title")

# ---------------------------------------------------------------- 25 cx11 前台 / cx12 行政主管
conv("manager", "前台碰到客人投诉该怎么处理", "酒店前台", None,
     [L(F11, 6)], [["安抚情绪"], ["上报主管"]],
     [T("那对前台有啥能力要求", "qualification", "switch attribute", "酒店前台", None,
        [L(F11, 9, 12)], [["亲和力"], ["预订系统"], ["应变"]]),
      OOS("行政主管的任职要求呢", "switch role (near-miss OOS: no requirements in document)"),
      T("那行政主管归谁管", "attribute", "switch attribute", "行政主管", "reports_to",
        [L(F12, 9, 10)], [["行政经理"], ["直属上级"]])],
     "short title")

# ---------------------------------------------------------------- 26 cx12 行政主管
conv("hr", "行政主管/行政经理助理属于哪个部门", "行政主管", "department",
     [L(F12, 15, 16)], [["行政管理部"], ["部门"]],
     [T("它的时间是怎么分配的", "duty", "pronoun", "行政主管", None,
        [L(F12, 32, 33), L(F12, 38, 39), L(F12, 48, 49)], [["15%"], ["65%"], ["行政管理工作"]]),
      T("占65%的那块具体包括啥", "duty", "reference by value", "行政主管", None,
        [L(F12, 38, 47)], [["归档"], ["大事记"], ["办公用品"], ["固定资产"]]),
      OOS("那业绩衡量标准是怎么规定的", "ellipsis (near-miss OOS: 略)")],
     "plain")

# ---------------------------------------------------------------- 27 cx13 招聘专员 / 人力资源专员
conv("hr", "招聘专员行为标准里第一部分讲了什么", "招聘专员", None,
     [L(F13, 9, 14)], [["策划人力资源招聘文", "招聘文案"], ["招募活动"], ["内部信息网"]],
     [T("那转正的事也归他管吗", "duty", "pronoun", "招聘专员", None,
        [L(F13, 15, 17)], [["转正考核"], ["转正"]]),
      T("人力资源专员的学历要求", "attribute", "switch role", "人力资源专员", "education",
        [L(F13, 3)], [["本科"], ["人力资源"]]),
      T("英语要求过几级", "qualification", "switch attribute", "人力资源专员", None,
        [L(F13, 6)], [["中英文"], ["听、说、读、写", "听说读写"]])],
     "plain")

# ---------------------------------------------------------------- 28 cx14 KPI (tab-separated)
conv("manager", "财务部内控与财务分析KPI里，财务分析报告的权重是多少", "财务分析会计", None,
     [L(F14, 4)], [["30%"], ["财务分析报告"]],
     [T("它按什么标准打分", "kpi", "pronoun", "财务分析会计", None,
        [L(F14, 4), L(F14, 12, 16)], [["格式"], ["数据的准确性"], ["及时性"]]),
      T("月底结帐处理呢", "kpi", "switch indicator", "财务分析会计", None,
        [L(F14, 6, 7)], [["及时性50%"], ["准确性50%"], ["耽误一次得0分"]]),
      T("这项考核周期多长", "kpi", "ellipsis", "财务分析会计", None,
        [L(F14, 6)], [["季"], ["月底结帐"]]),
      T("利润中心那项被投诉三次得几分", "kpi", "switch indicator (short name)", "财务分析会计", None,
        [L(F14, 5)], [["60分"], ["三次"]])],
     "document name")

# ---------------------------------------------------------------- 29 cx15 教务
conv("new_hire", "教务岗位要什么学历", "教务", "education",
     [L(F15, 5)], [["专科"], ["师范"]],
     [T("那工作经验要几年呢", "attribute", "ellipsis", "教务", "experience",
        [L(F15, 6)], [["2年"], ["1年"]]),
      T("基本素养有哪几条", "qualification", "switch section", "教务", None,
        [L(F15, 7, 10)], [["责任心强"], ["会爱学生"], ["宽容乐观"]]),
      T("素养里第二点怎么理解", "qualification", "ordinal", "教务", None,
        [L(F15, 9)], [["教育事业"], ["教育教学的基本规律"]]),
      OOS("教务岗月薪大概能拿多少", "OOS at end")],
     "plain")

# ---------------------------------------------------------------- 30 cx16 薪资核算 / cx08 出纳
conv("hr", "薪酬核算专员每个月要干哪些活", "薪资核算专员", None,
     [L(F16, 4, 9)], [["计提"], ["个税"], ["薪资发放"]],
     [T("还有呢？没列完吧", "duty", "more", "薪资核算专员", None,
        [L(F16, 10, 13)], [["年终奖"], ["薪酬系统", "审计"]]),
      T("第六条展开讲讲", "duty", "ordinal", "薪资核算专员", None,
        [L(F16, 9)], [["个人所得税"], ["汇算清缴"]]),
      T("要求熟悉哪些法规政策", "qualification", "switch attribute", "薪资核算专员", None,
        [L(F16, 17)], [["劳动法"], ["个人所得税法"], ["社保公积金"]]),
      T("换成出纳呢，需要啥证", "attribute", "switch role + attribute", "出纳", "certificate",
        [Q(F08, "会计、金融类专业大专或以上学历,会计从业资格证")], [["会计从业资格证"], ["资格证"]])],
     "alternative title")

# ---------------------------------------------------------------- single questions
SINGLE = [
    dict(persona="hr", intent="jd", question="帮我写一份车辆调度员的JD", role="车辆调度员",
         evidence=[Q(F02, "根据客户有车需求,对人员车辆进行合理调配"), Q(F02, "2.车辆值班安排"),
                   Q(F02, "职责:司机的考勤、考核等工作")],
         key_points=[["调配"], ["值班"], ["考勤", "考核"]],
         tool={"kind": "jd", "role": "车辆调度员", "must_cite_files": [F02], "expect_sections": ["duties", "qualifications"]}),
    dict(persona="manager", intent="jd", question="给酒店前台起草一份岗位说明书", role="酒店前台",
         evidence=[L(F11, 3, 7)], key_points=[["入住"], ["退房"], ["预订"]],
         tool={"kind": "jd", "role": "酒店前台", "must_cite_files": [F11], "expect_sections": ["duties", "qualifications"]}),
    dict(persona="hr", intent="kpi_design", question="帮人力资源部设计5个KPI指标", role=None,
         evidence=[Q(F04, "部门费用预算达成率"), Q(F04, "员工满意度调查"), Q(F04, "招聘空缺职位所需的平均天数"),
                   Q(F04, "员工绩效计划的按时完成率")],
         key_points=[["部门费用预算达成率"], ["员工满意度"], ["招聘空缺职位所需的平均天数"], ["员工绩效计划的按时完成率"]],
         tool={"kind": "kpi_design", "role": "人力资源部", "count": 5, "must_cite_files": [F04],
               "expected_indicators": ["部门费用预算达成率", "员工满意度", "招聘空缺职位所需的平均天数", "员工绩效计划的按时完成率"]}),
    dict(persona="manager", intent="kpi_design", question="审计部的绩效指标帮我设计一套", role=None,
         evidence=[Q(F04, "审计计划执行率"), Q(F04, "审计结果准确性"), Q(F04, "审计报告归档率")],
         key_points=[["审计计划执行率"], ["审计结果准确性"], ["审计报告归档率"]],
         tool={"kind": "kpi_design", "role": "审计部", "count": None, "must_cite_files": [F04],
               "expected_indicators": ["审计计划执行率", "审计结果准确性", "审计报告归档率"]}),
    dict(persona="new_hire", intent="attribute", question="慧算账的DBA在哪个城市上班", role="DBA", attribute="location",
         evidence=[L(F06, 62)], key_points=[["广州"], ["慧算账"]]),
    dict(persona="hr", intent="out_of_scope", question="试用期最长能约定几个月", role=None, evidence=[], key_points=[],
         expect_refusal=True),
]


def group_of(f):
    """Coarse form group used for the per-form pass shares."""
    if "OOS" in f:
        return "out-of-scope turn"
    for key, g in (("comparison", "comparison"), ("ordinal", "ordinal"), ("more", "more (还有吗)"),
                   ("back", "back to earlier"), ("named item", "named item / value"),
                   ("selection", "named item / value"), ("reference by value", "named item / value"),
                   ("switch attribute", "switch attribute"), ("switch section", "switch attribute"),
                   ("switch indicator", "switch indicator"), ("switch", "switch role / company / dept"),
                   ("pronoun", "pronoun"), ("ellipsis", "ellipsis"), ("typo", "typo")):
        if key in f:
            return g
    return f


def main():
    items, forms = [], {}
    for i, c in enumerate(CONV, 1):
        iid = f"r37x-fu-{i:02d}"
        turns = []
        for ti, t in enumerate(c["turns"], 1):
            forms[f"{iid}/{ti}"] = t["_form"]
            turns.append({k: v for k, v in t.items() if k != "_form"})
        forms[f"{iid}/0"] = "first: " + c["first_form"]
        items.append({"id": iid, "persona": c["persona"], "intent": "followup", "question": c["question"],
                      "role": c["role"], "attribute": c["attribute"], "evidence": c["evidence"],
                      "key_points": c["key_points"], "expect_refusal": False, "turns": turns, "tool": None})
    short = {"jd": "jd", "kpi_design": "kd", "attribute": "attr", "out_of_scope": "oos"}
    for i, s in enumerate(SINGLE, 1):
        it = {"id": f"r37x-{short[s['intent']]}-{i:02d}", "persona": s["persona"], "intent": s["intent"],
              "question": s["question"], "role": s.get("role"), "attribute": s.get("attribute"),
              "evidence": s["evidence"], "key_points": s["key_points"],
              "expect_refusal": s.get("expect_refusal", False), "turns": None, "tool": s.get("tool")}
        items.append(it)
    with open(HERE / "set.jsonl", "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    out = {}
    for k, f in forms.items():
        if k.endswith("/0"):
            out[k] = {"form": f, "group": "first turn", "tags": []}
            continue
        tags = [t for t, w in (("typo", "typo"), ("company", "company"), ("near-miss", "near-miss")) if w in f]
        out[k] = {"form": f, "group": group_of(f), "tags": tags}
    (HERE / "forms.json").write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(len(items), "items;", sum(len(it["turns"] or []) for it in items), "later turns")


if __name__ == "__main__":
    main()
