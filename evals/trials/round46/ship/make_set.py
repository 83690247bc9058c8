"""Builds set.jsonl (round 46, ship) over the shipped corpus. Written before gangwei was run."""
import json, pathlib
A="000_9eeea241028b3f98.txt"; B="001_96a5821ba6a26479.txt"; C="002_0ddfcbd208019869.txt"
D="003_7b824fd5cb031c95.txt"; E="004_ac9c22820f98b245.txt"
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,q,role,evd,kp,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
      "evidence":evd,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
P="r46ship-"
# ---- duty (16)
add(P+"duty-01","new_hire","duty","期货公司合规部那个制度专员主要干些啥？","制度专员",[ev(A,293,297)],[["合规管理培训","合规教育"],["反洗钱"],["合规问题处理","合规事项进行调查"]])
add(P+"duty-02","new_hire","duty","客服中心的顾问服务专员日常负责哪些事","顾问服务专员",[ev(A,329,337)],[["居间、顾问跟踪服务","顾问跟踪"],["客户需求跟踪"],["客户投诉处理"]])
add(P+"duty-03","hr","duty","期货那家的产品服务专员是做什么的","产品服务专员",[ev(A,311,317)],[["期货新业务测试"],["宣传资料"],["400电话业务"]])
add(P+"duty-04","new_hire","duty","银行里放款岗主要负责啥？","放款岗",[ev(E,40)],[["贷款的发放"],["提前收回"]])
add(P+"duty-05","hr","duty","宣传专员在合规发展部具体负责些什么活儿","宣传专员",[ev(A,275,281)],[["制度整理"],["流程梳理"],["制度反馈、修订","修改建议"]])
add(P+"duty-06","manager","duty","期货公司招的软件开发工程师要负责开发哪些东西","软件开发工程师",[ev(A,535,543)],[["财务软件"],["数据产品平台"],["交易平台和行情平台"]])
add(P+"duty-07","new_hire","duty","按摩部的主管每天要干嘛","按摩技师部门主管",[ev(B,111,117)],[["协助部门经理"],["卫生"],["消耗品","按摩膏"]])
add(P+"duty-08","manager","duty","养生会所技术经理在技师考勤和仪容仪表上要管些什么","健康养生会所技术经理",[ev(B,99,101)],[["考勤统计"],["仪容仪表"]])
add(P+"duty-09","hr","duty","呼叫中心那个做数据汇总上报的岗位，平时都负责哪几块",None,[ev(B,225,243)],[["满意度调查"],["预审"],["历史录音"],["知识库"]])
add(P+"duty-10","new_hire","duty","家装业务员跟整装公司打交道主要做哪些事","家装业务员",[ev(C,108,112)],[["客情关系维护"],["促销活动"],["对账"]])
add(P+"duty-11","new_hire","duty","金融行业公司的客服专员职责是啥","客服专员",[ev(C,267,273)],[["客户咨询"],["投诉"],["购卡服务"]])
add(P+"duty-12","hr","duty","做导航公司客服专员要负责什么工作","客服专员",[ev(C,285,293)],[["监控管理平台"],["sim卡"],["数据库备份"],["调度工程安装人员"]])
add(P+"duty-13","manager","duty","网格经理这个角色主要管哪几件事","网格经理",[ev(E,56,63)],[["网格团队"],["风险"],["项目管理"]])
add(P+"duty-14","hr","duty","广汽丰田店里管客户服务部全面工作的那个岗位，职责都有哪些","客户经理",[ev(E,46,55)],[["CIS考核"],["客户投诉"],["安全卫生"]])
add(P+"duty-15","new_hire","duty","银行前台柜员跟后台柜员的活儿有啥区别","银行柜员",[ev(C,188,190)],[["柜面业务操作"],["票据交换"],["复核"]])
add(P+"duty-16","new_hire","duty","中行风险控制类岗位是干啥的","风险控制类",[ev(C,197,199)],[["信用风险"],["风险指标"],["全面风险管理"]])
# ---- qualification (12)
add(P+"qual-01","hr","qualification","想应聘期货客服中心开户专员，得满足啥条件","开户专员",[ev(A,341,349)],[["本科及以上"],["服务意识"],["团队协作"]])
add(P+"qual-02","hr","qualification","大连营业部招信息技术专员，任职要求是啥","信息技术专员",[ev(A,423,433)],[["计算机专业"],["linux"],["交换机"]])
add(P+"qual-03","manager","qualification","技术一部网管的招聘条件有哪些？","网络管理员",[ev(A,521,531)],[["30岁以下"],["计算机及相关专业"],["一年以上"]])
add(P+"qual-04","hr","qualification","总部财务部招财务人员，要求什么","财务人员",[ev(A,501,511)],[["30岁以下"],["3年以上财务工作经验"],["用友"],["VBA"]])
add(P+"qual-05","new_hire","qualification","大连营业部财务专员要什么条件才能应聘","财务专员",[ev(A,385,393)],[["财务专业"],["用友"],["会计资格证书"]])
add(P+"qual-06","hr","qualification","市场开发专员（营业部的）招聘门槛是什么","市场开发专员",[ev(A,443,451)],[["金融、经济、市场营销"],["业务拓展能力","沟通交流"],["期货从业资格证书优先"]])
add(P+"qual-07","new_hire","qualification","软件开发工程师对编程语言有啥要求，还要什么条件","软件开发工程师",[ev(A,545,555)],[["Java"],["一年以上的开发经验"],["WEB开发框架"]])
add(P+"qual-08","hr","qualification","合规部制度专员的任职要求有哪些","制度专员",[ev(A,285,291)],[["本科及以上"],["专业不限"],["期货从业资格"]])
add(P+"qual-09","new_hire","qualification","我想去应聘英语老师，除了教师的一般要求还看啥","教师",[ev(A,697)],[["英语专业四级"],["热爱教育喜欢小孩"]])
add(P+"qual-10","new_hire","qualification","想去银行当柜员，具备什么条件比较吃香","银行柜员",[ev(C,207,210)],[["柜台业务"],["从业资格"]])
add(P+"qual-11","new_hire","qualification","银行招技术岗一般要啥条件","技术",[ev(C,211,213)],[["211/985"],["信息技术从业经历"]])
add(P+"qual-12","hr","qualification","产品服务专员对性格有没有要求","产品服务专员",[ev(A,299,309)],[["性格外向"],["学生社团负责人"],["组织培训的经验"]])
# ---- attribute (8)
add(P+"attr-01","new_hire","attribute","送快递的业务员归谁管？","快递业业务员",[ev(A,597,601)],[["快递业务主管"],["直属上司","上司","上级"]],attribute="reports_to")
add(P+"attr-02","hr","attribute","快递业业务员挂在哪个部门下面","快递业业务员",[ev(A,597,599)],[["业务部"],["所属部门","部门"]],attribute="department")
add(P+"attr-03","new_hire","attribute","大客户经理的顶头上司是谁","大客户经理",[ev(E,116,122)],[["营运总监"],["直接领导","指令和监督"]],attribute="reports_to")
add(P+"attr-04","new_hire","attribute","期货公司开户专员在哪上班","开户专员",[ev(A,339,349)],[["天津"],["工作地点"]],attribute="location")
add(P+"attr-05","hr","attribute","期货公司招行政助理，对工作年限有要求没","行政助理",[ev(A,493)],[["1年以上"],["工作经验"]],attribute="experience")
add(P+"attr-06","manager","attribute","按摩技师部门里一个主管大概带几个技师","按摩技师部门主管",[ev(B,111)],[["10名左右"],["技师"]],attribute="subordinates")
add(P+"attr-07","new_hire","attribute","健康养生会所的技术经理是在谁的领导下工作","健康养生会所技术经理",[ev(B,79,81)],[["会所总经理"],["保健部经理"]],attribute="reports_to")
add(P+"attr-08","hr","attribute","大连信息技术专员有证书要求吗","信息技术专员",[ev(A,429,433)],[["Cisco认证证书"],["期货从业资格"]],attribute="certificate")
# ---- kpi (2) / method (2)
add(P+"kpi-01","manager","kpi","凉山邮政大客户经理的业绩工资按哪些项目打分，分值怎么分配","大客户经理",[ev(B,145,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]])
add(P+"kpi-02","manager","kpi","银行对客户经理做效益考核时，具体考哪几个指标","客户经理",[ev(E,167)],[["利息收入"],["存款收益"],["业务费收入"]])
add(P+"method-01","hr","method","岗位KPI到底怎么提炼，分几步走",None,[ev(A,141,175)],[["阅读、检查岗位职责"],["分析岗位职责"],["提取可衡量指标"],["排序"],["确定关键绩效指标"]])
add(P+"method-02","hr","method","提炼岗位KPI的时候，最后保留几个指标比较合适",None,[ev(A,175)],[["4-7个"],["关键绩效指标"]])
# ---- jd (2)
add(P+"jd-01","hr","jd","客户关系专员的职位描述帮我起草一份","客户关系专员",[ev(A,361,381)],[["客户分级维护"],["客户数据分析"],["CRM系统"]],
    tool={"kind":"jd","role":"客户关系专员","must_cite_files":[A],"expect_sections":["duties","qualifications"]})
add(P+"jd-02","manager","jd","给技术一部的网管出一份岗位说明书","网络管理员",[ev(A,513,531)],[["网络系统维护"],["系统安全"],["数据库管理"]],
    tool={"kind":"jd","role":"网络管理员","must_cite_files":[A],"expect_sections":["duties","qualifications"]})
# ---- kpi_design (2)
kd1=["日均存款新增额","日均贷款余额","中间业务收入","新增个人VIP客户数"]
add(P+"kd-01","manager","kpi_design","支行那边的客户经理，帮我出5个关键绩效指标","客户经理",[ev(A,89,91)],[[x] for x in kd1],
    tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[A],"expected_indicators":kd1})
kd2=["销售量","回款额","利润额","市场占有率"]
add(P+"kd-02","manager","kpi_design","搞销售的那批人，考核表里放哪些指标合适，帮我列一套","销售人员",[ev(A,131)],[[x] for x in kd2],
    tool={"kind":"kpi_design","role":"销售人员","count":None,"must_cite_files":[A],"expected_indicators":kd2})
# ---- followup (8)
def T(q,intent,role,evd,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evd,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
def OOS(q,role): return {"question":q,"intent":"out_of_scope","role":role,"evidence":[],"key_points":[]}
add(P+"fu-01","new_hire","followup","大连营业部的交易专员平时干什么","交易专员",[ev(A,417,419)],[["来电交易委托"],["客户风险控制"],["行情查询"]],
    turns=[T("那应聘这个要啥条件","qualification","交易专员",[ev(A,407,415)],[["期货从业资格"],["交割业务"]]),
           T("本科能报吗，学历卡多少","attribute","交易专员",[ev(A,409)],[["本科及以上"],["学历"]],"education")])
add(P+"fu-02","manager","followup","会所营销总监一天到晚忙些什么","养生会所营销总监",[ev(B,29,61)],[["营销策略"],["团队建设"],["市场调研"],["大客户"]],
    turns=[T("那他平时的分析报告要交给谁","attribute","养生会所营销总监",[ev(B,37,39)],[["会所总经理"],["报告"]],"reports_to"),
           T("第十三条是什么意思，说细一点","duty","养生会所营销总监",[ev(B,57)],[["绩效考核"],["奖优罚劣"]])])
add(P+"fu-03","new_hire","followup","快递业业务员要负责啥","快递业业务员",[ev(A,603,615)],[["收送快件"],["货款"],["开拓新市场"]],
    turns=[T("那他的具体工作内容还有哪些","duty","快递业业务员",[ev(A,615,631)],[["销售回款"],["拜访客户"],["客户档案"]]),
           OOS("快递员这活一个月能挣多少","快递业业务员")])
add(P+"fu-04","hr","followup","做大客户经理，工作范围覆盖哪些内容","大客户经理",[ev(E,125,132)],[["大客户工作目标"],["关系维护"],["客户投诉"],["售后服务标准"]],
    turns=[T("那公司给这个岗授予了哪几项权力","duty","大客户经理",[ev(E,144,148)],[["向总经理报告权"],["监督检查权"],["奖罚提议权"],["车辆调动权"]]),
           T("招这个岗要什么任职条件","qualification","大客户经理",[ev(E,149,154)],[["市场营销专业"],["3年以上"]])])
add(P+"fu-05","hr","followup","民生国际项目客户服务中心经理要干哪些事","客户服务中心经理",[ev(E,72,86)],[["年度工作计划"],["服务满意度指标"],["例会"],["投诉记录"]],
    turns=[T("第13条再展开讲讲","duty","客户服务中心经理",[ev(E,85)],[["业主访谈"],["业主需求","沟通和联系"]]),
           T("这个经理向谁负责","attribute","客户服务中心经理",[ev(E,74)],[["主管领导"],["负责"]],"reports_to")])
add(P+"fu-06","new_hire","followup","期货公司行政助理干什么活","行政助理",[ev(A,463,479)],[["电话总机"],["来访人员"],["办公用品"],["考勤"]],
    turns=[T("那学历方面卡不卡","attribute","行政助理",[ev(A,491)],[["大专以上"],["专业不限"]],"education"),
           T("那总部财务人员呢","attribute","财务人员",[ev(A,503)],[["本科及以上学历"],["财务或经济管理类"]],"education")])
add(P+"fu-07","manager","followup","通信公司网格客户经理平常负责哪些","网格客户经理",[ev(E,64,70)],[["通信业务规程"],["用户档案"],["销售渠道"]],
    turns=[T("第3条再详细点","duty","网格客户经理",[ev(E,67)],[["用户欠费收缴"],["用户拆机挽留"],["投诉处理"]]),
           OOS("那他每个月提成有多少","网格客户经理")])
add(P+"fu-08","manager","followup","券商营销团队每天晨会讲哪些内容",None,[ev(D,143,148)],[["市场信息"],["最新精神"],["工作进度汇报"],["营销案例"]],
    turns=[T("那团队例会多久开一回","method",None,[ev(D,142)],[["每周召集一次"],["每月一次"]]),
           T("客户经理一天上几个小时班","method","客户经理",[ev(D,139)],[["8小时"],["工作制度","自愿加班"]])])
# ---- out_of_scope (8)
for i,(q,r) in enumerate([("一德期货研究院的分析师一个月能拿多少钱？","分析师"),
    ("养生会所里普通按摩技师本人的岗位职责是什么",None),
    ("券商客户经理的业务提成比例是多少","客户经理"),
    ("试用期被公司辞退，能拿多少经济补偿？",None),
    ("软件开发岗要会Java，能教我写个Java单例模式吗",None),
    ("去期货公司开户需要带哪些证件？",None),
    ("银行网点保安平时负责什么",None),
    ("天津解放北路188号附近有啥好吃的",None)],1):
    add(P+f"oos-{i:02d}","new_hire" if i%2 else "hr","out_of_scope",q,r,[],[])
out=pathlib.Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(x,ensure_ascii=False)+"\n" for x in items),encoding="utf-8")
from collections import Counter
print(len(items),Counter(x["intent"] for x in items))
