import json
F0="000_9eeea241028b3f98.txt"; F1="001_96a5821ba6a26479.txt"; F2="002_0ddfcbd208019869.txt"
F3="003_7b824fd5cb031c95.txt"; F4="004_ac9c22820f98b245.txt"
def ev(f,a,b): return {"file":f,"line_start":a,"line_end":b}
items=[]
def add(id,persona,intent,q,role,evs,kp,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
                  "evidence":evs,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def turn(q,intent,role,evs,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evs,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
P="r47s-"
# ---------------- duty (16)
add(P+"duty-01","new_hire","duty","期货公司研究院的分析师平时具体干点啥?","分析师",[ev(F0,205,215)],
    [["分析研究"],["数据库","资料库"],["研发支持"]])
add(P+"duty-02","new_hire","duty","期货公司财务部那个财务岗,日常负责哪些事","财务岗",[ev(F0,257,263)],
    [["内部考核报表"],["信用评价指标表"],["保证金试算平衡表"]])
add(P+"duty-03","hr","duty","客服中心产品服务专员的工作内容有哪些?","产品服务专员",[ev(F0,311,317)],
    [["新业务测试"],["宣传资料"],["400电话"]])
add(P+"duty-04","manager","duty","客户关系专员主要管什么?","客户关系专员",[ev(F0,373,381)],
    [["客户分级维护"],["客户数据分析"],["CRM"]])
add(P+"duty-05","new_hire","duty","我要去大连营业部做财务专员,得干哪些活儿","财务专员",[ev(F0,395,403)],
    [["出市代表"],["出纳"],["会计凭证","会计核算"],["社保"]])
add(P+"duty-06","new_hire","duty","交易专员每天负责处理什么","交易专员",[ev(F0,417,419)],
    [["来电交易委托"],["风险控制"],["行情查询"]])
add(P+"duty-07","hr","duty","社招那个行政助理,平时都忙些什么杂事","行政助理",[ev(F0,465,479)],
    [["电话总机"],["来访人员"],["办公用品"],["考勤"]])
add(P+"duty-08","hr","duty","期货公司招的软件开发工程师主要开发啥","软件开发工程师",[ev(F0,535,543)],
    [["财务软件"],["数据产品平台"],["设计文档"],["交易平台"]])
add(P+"duty-09","new_hire","duty","快递员具体负责哪些事情","快递业业务员",[ev(F0,603,615)],
    [["收送快件"],["客户的维护"],["开拓新市场"],["遗失"]])
add(P+"duty-10","manager","duty","连锁养生馆当店长,日常得抓哪几块","连锁养生会所店长",[ev(F1,11,27)],
    [["工作计划"],["奖罚制度"],["培训员工"]])
add(P+"duty-11","manager","duty","按摩技师部门主管的职责有哪些","按摩技师部门主管",[ev(F1,109,117)],
    [["技师日常管理"],["卫生"],["消耗品"]])
add(P+"duty-12","hr","duty","银行呼叫中心负责业务数据汇总分析的那个岗,职责写了哪些?",None,[ev(F1,225,243)],
    [["满意度调查"],["历史录音"],["知识库"]])
add(P+"duty-13","new_hire","duty","做车载导航那家公司,客服专员平时要干啥","客服专员",[ev(F2,285,293)],
    [["监控管理平台"],["sim卡"],["数据库备份"]])
add(P+"duty-14","manager","duty","广汽丰田那家店客户服务部负责人都管些什么?",None,[ev(F4,46,54)],
    [["客户服务部的全面工作"],["客户投诉"],["CIS考核"],["安全卫生"]])
add(P+"duty-15","hr","duty","养生会所技术经理负责哪些工作","健康养生会所技术经理",[ev(F1,79,107)],
    [["培训"],["考勤统计"],["仪容仪表"]])
add(P+"duty-16","new_hire","duty","网管的日常工作是什么?","网络管理员",[ev(F0,515,519),ev(F0,435,439)],
    [["网络系统维护"],["系统安全"],["数据库管理"]])
# ---------------- qualification (12)
add(P+"qual-01","new_hire","qualification","想去期货公司研究院当分析师,对学历专业有啥要求?","分析师",[ev(F0,199,203)],
    [["研究生"],["经济学","金融","数学","计算机"]])
add(P+"qual-02","hr","qualification","期货公司财务岗要持哪些证?","财务岗",[ev(F0,247,255)],
    [["期货从业人员资格证书","期货从业"],["会计从业资格证"],["会计师证书"]])
add(P+"qual-03","new_hire","qualification","应聘产品服务专员需要满足什么条件","产品服务专员",[ev(F0,301,309)],
    [["性格外向"],["学生社团"],["组织培训"]])
add(P+"qual-04","hr","qualification","招网络管理员,任职资格怎么写的","网络管理员",[ev(F0,521,531)],
    [["30岁以下"],["计算机"],["Cisco"]])
add(P+"qual-05","hr","qualification","行政助理的招聘条件是什么?","行政助理",[ev(F0,481,493)],
    [["女性"],["28岁以下"],["普通话"],["大专"]])
add(P+"qual-06","new_hire","qualification","总部财务部招财务人员,有年龄和经验要求么","财务人员",[ev(F0,501,511)],
    [["30岁以下"],["3年以上"],["用友"]])
add(P+"qual-07","new_hire","qualification","去技术二部写代码,得会哪几门编程语言","软件开发工程师",[ev(F0,545,555)],
    [["C#","C++","Java"],["一年以上"],["WEB开发框架"]])
add(P+"qual-08","hr","qualification","当老师需要持什么证书","教师",[ev(F0,653,661),ev(F0,681,697)],
    [["教师资格证"],["普通话证书"]])
add(P+"qual-09","hr","qualification","大客户经理招人要什么条件?","大客户经理",[ev(F4,149,154)],
    [["本科"],["3年以上"],["市场营销"]])
add(P+"qual-10","new_hire","qualification","银行柜员要具备什么才比较吃香","柜员",[ev(F2,208,210)],
    [["柜台业务"],["从业资格"]])
add(P+"qual-11","new_hire","qualification","银行招技术岗有啥要求?",None,[ev(F2,211,213)],
    [["211/985"],["3年"]])
add(P+"qual-12","hr","qualification","大连营业部招交易专员看重什么","交易专员",[ev(F0,407,415)],
    [["期货从业资格"],["交割业务"],["本科"]])
# ---------------- attribute (8)
add(P+"attr-01","new_hire","attribute","开户专员这个岗是在哪个城市办公的","开户专员",[ev(F0,341,349)],
    [["天津"],["工作地点"]],attribute="location")
add(P+"attr-02","new_hire","attribute","研究院分析师可以在哪些城市工作","分析师",[ev(F0,217,217)],
    [["天津"],["北京"],["上海"]],attribute="location")
add(P+"attr-03","new_hire","attribute","送快递的业务员顶头上司是哪个","快递业业务员",[ev(F0,597,601)],
    [["快递业务主管"],["业务部"]],attribute="reports_to")
add(P+"attr-04","manager","attribute","大客户经理手下有没有人?","大客户经理",[ev(F4,123,124)],
    [["直属下级"],["监督"]],attribute="subordinates")
add(P+"attr-05","hr","attribute","技术经理在养生会所里受哪几位领导","健康养生会所技术经理",[ev(F1,81,81)],
    [["总经理"],["保健部经理"]],attribute="reports_to")
add(P+"attr-06","manager","attribute","按摩部主管对谁负责?一个主管带多少技师","按摩技师部门主管",[ev(F1,111,111)],
    [["部门经理"],["10名"]],attribute="reports_to")
add(P+"attr-07","new_hire","attribute","软件开发工程师属于哪个部门","软件开发工程师",[ev(F0,533,535)],
    [["技术二部"],["软件开发"]],attribute="department")
add(P+"attr-08","new_hire","attribute","做销售的要听谁的指示?","销售人员",[ev(F0,109,109)],
    [["销售副总经理"],["监督"]],attribute="reports_to")
# ---------------- method / kpi (4)
add(P+"method-01","manager","method","每个岗位挑几个关键绩效指标最合适,有建议吗",None,[ev(F0,175,175)],
    [["4-7个"],["2-5个"]])
add(P+"kpi-01","manager","kpi","现在银行是怎么考核客户经理效益的,看哪些指标","客户经理",[ev(F4,167,167)],
    [["利息收入"],["存款收益"],["业务费收入"]])
add(P+"kpi-02","hr","kpi","银行内部流程这个维度可以选哪些KPI?",None,[ev(F0,67,67)],
    [["单笔业务办理时间"],["服务差错率"],["百笔业务稽核差错率"]])
add(P+"method-02","manager","method","KPI的权重多久调整一次",None,[ev(F0,55,55)],
    [["一年一定"],["重要程度"]])
# ---------------- jd (2)
add(P+"jd-01","hr","jd","帮我起草一份开户专员的JD","开户专员",[ev(F0,339,359)],
    [["开销户"],["档案管理"],["资料发放"]],
    tool={"kind":"jd","role":"开户专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add(P+"jd-02","hr","jd","给物业客服中心经理写个岗位说明书","客户服务中心经理",[ev(F4,72,86)],
    [["年度工作计划"],["例会"],["管理费催缴"]],
    tool={"kind":"jd","role":"客户服务中心经理","must_cite_files":[F4],"expect_sections":["duties"]})
# ---------------- kpi_design (2)
add(P+"kd-01","manager","kpi_design","给支行客户经理这类业务岗设计一套KPI,5个左右","客户经理",[ev(F0,91,91)],
    [["日均存款新增额"],["日均贷款余额"],["中间业务收入"]],
    tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],
          "expected_indicators":["日均存款新增额","日均贷款余额","中间业务收入"]})
add(P+"kd-02","manager","kpi_design","帮我给大客户经理出一套绩效考核指标","大客户经理",[ev(F1,145,155)],
    [["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]],
    tool={"kind":"kpi_design","role":"大客户经理","count":None,"must_cite_files":[F1],
          "expected_indicators":["基础工作","大客户服务和维护","信息反馈","大客户营销"]})
# ---------------- followup (8)
add(P+"fu-01","new_hire","followup","合规发展部的宣传专员是干嘛的?","宣传专员",[ev(F0,275,281)],
    [["制度整理"],["流程梳理"],["修订"]],turns=[
    turn("招这个岗要啥门槛","qualification","宣传专员",[ev(F0,267,273)],[["本科"],["期货从业资格"]]),
    turn("换成制度专员,它负责啥","duty","制度专员",[ev(F0,293,297)],[["合规教育"],["反洗钱"],["合规问题处理"]])])
add(P+"fu-02","manager","followup","大客户经理平时听哪位领导的","大客户经理",[ev(F4,117,122)],
    [["营运总监"],["监督"]],attribute="reports_to",turns=[
    turn("这个岗被授予了什么权力","duty","大客户经理",[ev(F4,144,148)],[["报告权"],["监督检查权"],["车辆调动权"]]),
    turn("工作环境那一栏写的是什么?","out_of_scope","大客户经理",[],[])])
add(P+"fu-03","hr","followup","邮政的大客户经理薪酬由哪几块组成?","大客户经理",[ev(F1,133,133),ev(F1,143,143)],
    [["业绩工资"],["营销奖励"],["外勤津贴"]],attribute="pay",turns=[
    turn("其中业绩工资是咋算出来的","method","大客户经理",[ev(F1,183,185)],[["除以100"],["800元"]]),
    turn("那大客户营销这项按什么打分?","kpi","大客户经理",[ev(F1,177,181)],[["用邮量"],["27-30分"]])])
add(P+"fu-04","new_hire","followup","顾问服务专员日常跟进哪些业务","顾问服务专员",[ev(F0,329,337)],
    [["居间"],["客户需求跟踪"],["客户投诉处理"]],turns=[
    turn("那对应聘者有啥要求?","qualification","顾问服务专员",[ev(F0,321,327)],[["性格外向"],["人际关系"]]),
    turn("开户专员的呢","qualification","开户专员",[ev(F0,341,349)],[["团队协作"],["天津"]])])
add(P+"fu-05","manager","followup","网格经理这个岗负责些啥","网格经理",[ev(F4,56,63)],
    [["网格区域"],["风险"],["网格团队"]],turns=[
    turn("那下面的网格客户经理呢","duty","网格客户经理",[ev(F4,64,70)],[["业务规程"],["走访"],["销售渠道"]]),
    turn("第3条具体说的啥","duty","网格客户经理",[ev(F4,67,67)],[["用户档案"],["欠费收缴"],["拆机挽留"]])])
add(P+"fu-06","hr","followup","养生会所营销总监要干嘛","养生会所营销总监",[ev(F1,29,61)],
    [["营销策略"],["例会"],["会员档案"]],turns=[
    turn("他跟谁汇报?","attribute","养生会所营销总监",[ev(F1,37,39),ev(F1,61,61)],[["总经理"],["报告"]],attribute="reports_to"),
    turn("那按摩技师部门经理呢","attribute","养生会所按摩技师部门经理",[ev(F1,65,65)],[["总经理"],["老板"]],attribute="reports_to")])
add(P+"fu-07","manager","followup","证券营业部营销团队的晨会都讲些啥?",None,[ev(F3,143,148)],
    [["市场信息"],["工作进度汇报"],["营销案例"]],turns=[
    turn("团队负责人多长时间召集一次例会","method",None,[ev(F3,142,142)],[["每周"],["每月"]]),
    turn("客户经理的业绩多长时间考核一次?","kpi","客户经理",[ev(F3,155,155)],[["每月"],["三个月"],["年终"]])])
add(P+"fu-08","new_hire","followup","期货公司市场开发专员都做啥?","市场开发专员",[ev(F0,453,459)],
    [["客户开发"],["客户指导"],["盯市"]],turns=[
    turn("能在哪些城市上班","attribute","市场开发专员",[ev(F0,451,451)],[["宁波"],["尊重个人意愿"]],attribute="location"),
    turn("这个岗位一个月能拿多少钱?","out_of_scope","市场开发专员",[],[])])
# ---------------- out_of_scope (8)
oos=[("hr","一德期货招的人力资源专员一个月给多少钱?"),("new_hire","当老师一年有几天带薪年假"),
     ("new_hire","C#里怎么用LINQ做分组统计,给段代码"),("new_hire","药剂师要考什么证?"),
     ("hr","员工公积金缴存比例最低能按几个点交"),("hr","网络管理员的试用期多长?"),
     ("manager","推荐几只最近能买的股票"),("hr","签一年期合同的话,试用期按法律最多能约多久")]
for i,(p,q) in enumerate(oos,1):
    add(P+f"oos-{i:02d}",p,"out_of_scope",q,None,[],[])
out="/work/main/evals/trials/round47/ship/set.jsonl"
with open(out,"w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter
print(len(items),Counter(i["intent"] for i in items))
