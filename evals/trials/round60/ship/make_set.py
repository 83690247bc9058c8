# builds set.jsonl for round60/ship (shipped corpus); written before gangwei was run
import json
F0="000_9eeea241028b3f98.txt"; F1="001_96a5821ba6a26479.txt"; F2="002_0ddfcbd208019869.txt"
F3="003_7b824fd5cb031c95.txt"; F4="004_ac9c22820f98b245.txt"
def ev(f,a,b): return {"file":f,"line_start":a,"line_end":b}
items=[]
def add(id,persona,intent,q,role,ev_,kp,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
      "evidence":ev_,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(q,intent,role,ev_,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":ev_,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
P="r60s"
# ---- duty (16)
add(f"{P}-duty-01","new_hire","duty","一德那边人资部的专员，日常工作都包括哪些？","人力资源专员",[ev(F0,229,243)],[["招聘"],["培训体系"],["员工档案","合同管理"],["保险","福利管理"]])
add(f"{P}-duty-02","new_hire","duty","期货公司行政助理每天具体做哪些事","行政助理",[ev(F0,465,479)],[["电话总机"],["来访人员"],["考勤"],["办公用品"]])
add(f"{P}-duty-03","hr","duty","客服中心开户专员的工作内容列一下","开户专员",[ev(F0,351,359)],[["开销户"],["合同、档案管理","档案管理"],["客户资料变更"]])
add(f"{P}-duty-04","manager","duty","客户关系专员这个岗具体管哪几块？","客户关系专员",[ev(F0,373,381)],[["客户分级维护"],["客户数据分析"],["CRM"]])
add(f"{P}-duty-05","new_hire","duty","大连营业部的交易专员是做什么的","交易专员",[ev(F0,417,419)],[["来电交易委托"],["风险控制"],["行情查询"]])
add(f"{P}-duty-06","manager","duty","连锁养生店当店长，平时主要抓哪些事","店长",[ev(F1,11,27)],[["工作计划"],["奖罚制度"],["培训员工"]])
add(f"{P}-duty-07","hr","duty","呼叫中心那个做业务数据汇总分析的岗位，职责有哪些？",None,[ev(F1,225,243)],[["满意度调查"],["历史录音"],["知识库"]])
add(f"{P}-duty-08","new_hire","duty","按摩技师部门的主管日常要干嘛","按摩技师部门主管",[ev(F1,109,117)],[["卫生"],["消耗品"],["服务质量"]])
add(f"{P}-duty-09","new_hire","duty","金融公司的客服专员主要负责什么？","客服专员",[ev(F2,267,273)],[["咨询"],["投诉"],["购卡服务"]])
add(f"{P}-duty-10","hr","duty","网格客户经理的岗位职责是什么","网格客户经理",[ev(F4,64,70)],[["走访"],["欠费收缴"],["拆机挽留"]])
add(f"{P}-duty-11","manager","duty","物业公司客户服务中心的经理，手上有哪些职责？","客户服务中心经理",[ev(F4,73,86)],[["例会"],["管理费催缴"],["业主访谈"]])
add(f"{P}-duty-12","manager","duty","4S店客服部负责人每个月的CIS考核要做什么？","客户经理",[ev(F4,46,54)],[["CIS考核"],["10日"],["顾客满意度"]])
add(f"{P}-duty-13","new_hire","duty","证券营业部柜台经理主要负责哪些工作","柜台经理",[ev(F0,583,583),ev(F0,837,837),ev(F0,879,879)],[["柜台日常事务"],["客户一般问题"],["新员工"]])
add(f"{P}-duty-14","new_hire","duty","银行风控类岗位一般干啥","风险控制类",[ev(F2,197,199)],[["信用风险"],["风险指标"],["全面风险管理"]])
add(f"{P}-duty-15","manager","duty","唐山学院那篇里讲的销售员职责是哪几条","销售人员",[ev(F0,111,127)],[["渠道开拓"],["询盘、报价","报价"],["周报"],["新客户"]])
add(f"{P}-duty-16","hr","duty","期货营业部财务专员除了记账还干啥，出市代表那块具体做什么","财务专员",[ev(F0,397,397)],[["客户下单录音"],["交割业务"],["资金划转"]])
# ---- qualification (12)
add(f"{P}-qual-01","new_hire","qualification","想投一德期货研究院的分析师，要什么学历专业","分析师",[ev(F0,199,203)],[["研究生"],["经济学","金融","数学","计算机"]])
add(f"{P}-qual-02","hr","qualification","财务岗招人有啥硬性要求，要哪些证？","财务岗",[ev(F0,247,255)],[["本科"],["期货从业人员资格证书","期货从业"],["会计从业资格证"]])
add(f"{P}-qual-03","new_hire","qualification","想去客服中心做产品服务专员，得满足啥条件","产品服务专员",[ev(F0,301,309)],[["本科"],["学生社团负责人"],["组织培训的经验"]])
add(f"{P}-qual-04","hr","qualification","大连营业部财务专员任职条件","财务专员",[ev(F0,385,393)],[["财务专业"],["用友"],["会计资格证书"]])
add(f"{P}-qual-05","new_hire","qualification","网管岗位招聘条件是啥，年龄有限制吗","网络管理员",[ev(F0,521,531)],[["30岁以下"],["计算机"],["一年以上"],["Cisco"]])
add(f"{P}-qual-06","new_hire","qualification","技术二部招软件开发，要会哪些语言、几年经验","软件开发工程师",[ev(F0,545,555)],[["一年以上的开发经验"],["C#","C++","Java"],["WEB开发框架"]])
add(f"{P}-qual-07","hr","qualification","行政助理招聘对性别年龄有要求吗","行政助理",[ev(F0,481,493)],[["女性"],["28岁以下"],["普通话"],["大专"]])
add(f"{P}-qual-08","new_hire","qualification","当老师需要具备什么条件","教师",[ev(F0,653,661),ev(F0,681,697)],[["教师资格证"],["普通话证书"],["亲和力"]])
add(f"{P}-qual-09","hr","qualification","总部财务部招财务人员的要求有哪些","财务人员",[ev(F0,501,511)],[["30岁以下","30 岁以下"],["3年以上财务工作经验"],["用友"],["VBA"]])
add(f"{P}-qual-10","new_hire","qualification","银行柜员岗位最好有哪些从业资格","柜员",[ev(F2,208,210)],[["会计","理财","基金","保险"],["柜台业务"]])
add(f"{P}-qual-11","manager","qualification","宣传专员要什么条件，专业有要求吗","宣传专员",[ev(F0,267,273)],[["本科"],["专业不限"],["期货从业资格"]])
add(f"{P}-qual-12","new_hire","qualification","期货营业部招市场开发的，对人有啥要求","市场开发专员",[ev(F0,443,451)],[["本科"],["市场营销"],["沟通交流"],["期货从业资格证书"]])
# ---- attribute (8)
add(f"{P}-attr-01","new_hire","attribute","快递业务员的直属上司是哪个","快递业业务员",[ev(F0,597,601)],[["快递业务主管"],["直属上司","上司","上级"]],attribute="reports_to")
add(f"{P}-attr-02","manager","attribute","装潢公司那个大客户经理平时听谁指挥","大客户经理",[ev(F4,116,122)],[["营运总监"],["直接"]],attribute="reports_to")
add(f"{P}-attr-03","new_hire","attribute","做市场开发专员可以选哪些城市工作？","市场开发专员",[ev(F0,451,451)],[["北京"],["大连"],["宁波"],["郑州"]],attribute="location")
add(f"{P}-attr-04","hr","attribute","信息技术专员有没有加分的证书","信息技术专员",[ev(F0,431,431)],[["Cisco认证证书","Cisco"],["优先"]],attribute="certificate")
add(f"{P}-attr-05","manager","attribute","凉山邮政大客户经理每月外勤补贴给多少","大客户经理",[ev(F1,139,139)],[["150元/月","150元"],["外勤津贴"]],attribute="pay")
add(f"{P}-attr-06","manager","attribute","一个按摩技师主管手下带多少技师？","按摩技师部门主管",[ev(F1,111,111)],[["10名左右","10名"],["技师"]],attribute="subordinates")
add(f"{P}-attr-07","hr","attribute","招大客户经理对工作年限怎么要求的","大客户经理",[ev(F4,152,152)],[["3年以上"],["大客户工作经验"]],attribute="experience")
add(f"{P}-attr-08","new_hire","attribute","开户专员的工作地点在哪个城市","开户专员",[ev(F0,349,349)],[["天津"],["工作地点"]],attribute="location")
# ---- method / kpi (4)
add(f"{P}-method-01","hr","method","从岗位职责里提炼关键绩效指标，具体步骤是啥",None,[ev(F0,141,175)],[["阅读、检查岗位职责"],["分析岗位职责"],["提取可衡量指标"],["4-7个"]])
add(f"{P}-method-02","hr","method","岗位分析的操作步骤有哪几个",None,[ev(F0,23,23)],[["调查方案"],["岗位说明书"],["反馈与修正"]])
add(f"{P}-kpi-01","manager","kpi","券商营业部对客户经理的考核周期是怎么定的","客户经理",[ev(F3,155,155)],[["每月"],["三个月"],["年终"]])
add(f"{P}-kpi-02","manager","kpi","银行内部流程维度可以选哪些考核指标",None,[ev(F0,67,67)],[["单笔业务办理时间"],["服务差错率"],["百笔业务稽核差错率"]])
# ---- jd (2)
add(f"{P}-jd-01","hr","jd","帮我起草一份软件开发工程师的JD","软件开发工程师",[ev(F0,533,555)],[["财务软件"],["数据产品平台"],["设计文档"]],
    tool={"kind":"jd","role":"软件开发工程师","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add(f"{P}-jd-02","hr","jd","给市场开发专员写个岗位说明书","市场开发专员",[ev(F0,441,459)],[["客户开发"],["客户指导"],["出入金"]],
    tool={"kind":"jd","role":"市场开发专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
# ---- kpi_design (2)
ind1=["日均存款新增额","中间业务收入","新增个人VIP客户数","客户经理与潜在客户的接触次数"]
add(f"{P}-kd-01","manager","kpi_design","按技术性业务岗位的思路，给支行客户经理搞一套KPI","客户经理",[ev(F0,91,91)],[[x] for x in ind1],
    tool={"kind":"kpi_design","role":"客户经理","count":None,"must_cite_files":[F0],"expected_indicators":ind1})
ind2=["基础工作","大客户服务和维护","信息反馈","大客户营销"]
add(f"{P}-kd-02","manager","kpi_design","帮我给大客户经理出4个考核指标","大客户经理",[ev(F1,145,155)],[[x] for x in ind2],
    tool={"kind":"kpi_design","role":"大客户经理","count":4,"must_cite_files":[F1],"expected_indicators":ind2})
# ---- followup (8)
add(f"{P}-fu-01","new_hire","followup","顾问服务专员都做些什么","顾问服务专员",[ev(F0,329,337)],[["居间"],["客户需求跟踪"],["客户投诉处理"]],
    turns=[T("应聘的话学历和性格上有要求不","qualification","顾问服务专员",[ev(F0,321,327)],[["本科"],["沟通协调能力"],["人际关系"]]),
           T("顾问服务专员是客服中心的还是营业部的？","attribute","顾问服务专员",[ev(F0,319,319)],[["客服中心"],["顾问服务"]],attribute="department")])
add(f"{P}-fu-02","hr","followup","网络管理员要啥条件","网络管理员",[ev(F0,521,531)],[["本科"],["计算机"],["交换机"]],
    turns=[T("那他平时负责啥","duty","网络管理员",[ev(F0,515,519)],[["网络系统维护"],["数据库管理"]]),
           T("工资一个月开多少","out_of_scope","网络管理员",[],[])])
add(f"{P}-fu-03","manager","followup","装潢那边大客户经理的工作范围具体包括啥","大客户经理",[ev(F4,125,132)],[["大客户工作目标"],["关系维护"],["客户投诉"],["售后服务"]],
    turns=[T("这个岗直接受谁监督","attribute","大客户经理",[ev(F4,116,122)],[["营运总监"],["直接"]],attribute="reports_to"),
           T("那它手里有啥权限","duty","大客户经理",[ev(F4,144,148)],[["报告权"],["奖罚提议权"],["车辆调动权"]])])
add(f"{P}-fu-04","new_hire","followup","快递业务员平时要干的活","快递业业务员",[ev(F0,603,615)],[["收送快件"],["客户的维护"],["开拓新市场"]],
    turns=[T("除了这些，工作内容那部分还列了啥","duty","快递业业务员",[ev(F0,615,631)],[["销售回款"],["拜访客户"],["客户档案"]]),
           T("这岗位归哪个部门","attribute","快递业业务员",[ev(F0,599,599)],[["业务部"],["所属部门","部门"]],attribute="department")])
add(f"{P}-fu-05","manager","followup","健康养生会所的技术经理主要抓哪些工作","技术经理",[ev(F1,79,107)],[["培训"],["技术流程"],["考勤统计"]],
    turns=[T("这个技术经理受谁领导","attribute","技术经理",[ev(F1,81,81)],[["会所总经理"],["保健部经理"]],attribute="reports_to"),
           T("考勤那条，也就是第八条，再细讲一下","duty","技术经理",[ev(F1,99,99)],[["考勤统计"],["迟到"]])])
add(f"{P}-fu-06","hr","followup","凉山邮政给大客户经理的薪酬结构是怎样的","大客户经理",[ev(F1,143,143)],[["业绩工资"],["营销奖励"],["外勤津贴"]],attribute="pay",
    turns=[T("业绩工资那部分怎么核算","kpi","大客户经理",[ev(F1,185,185)],[["除以100"],["800元"]]),
           T("服务和维护这一项依据什么评分","kpi","大客户经理",[ev(F1,167,169)],[["回访次数"],["满意度"]])])
add(f"{P}-fu-07","new_hire","followup","期货研究院分析师主要干什么","分析师",[ev(F0,205,217)],[["分析研究"],["数据库"],["研发支持"]],
    turns=[T("那学历上有门槛吗","qualification","分析师",[ev(F0,199,203)],[["研究生"],["学历"]]),
           T("可以去上海那边工作吗","attribute","分析师",[ev(F0,217,217)],[["上海"],["工作地点"]],attribute="location")])
add(f"{P}-fu-08","new_hire","followup","中行招的客户营销类岗位主要干啥","客户营销类",[ev(F2,191,193)],[["发掘"],["维护客户关系"],["金融产品"]],
    turns=[T("产品支持类又负责什么","duty","产品支持类",[ev(F2,194,196)],[["设计金融产品"],["营销活动"]]),
           T("那信息科技类岗位呢，干些啥","duty","信息科技类",[ev(F2,200,202)],[["应用软件"],["信息系统安全"]])])
# ---- out of scope (8)
for i,(p,q) in enumerate([("new_hire","一德期货研究院分析师应届生给多少工资"),
    ("hr","期货公司给员工交社保公积金，单位比例一般是多少"),
    ("new_hire","银行网点大堂经理一般负责哪些工作"),
    ("hr","劳动合同的试用期法律规定最长几个月"),
    ("new_hire","Java里Spring Boot怎么写一个REST接口"),
    ("manager","帮我看看下周买哪只基金能赚钱"),
    ("hr","商业银行风险经理招聘要什么资格"),
    ("hr","保险公司理赔专员的岗位职责")],1):
    add(f"{P}-oos-{i:02d}",p,"out_of_scope",q,None,[],[])
with open("/work/main/evals/trials/round60/ship/set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
print(len(items))
