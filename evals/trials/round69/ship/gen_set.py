import json
F0="000_9eeea241028b3f98.txt";F1="001_96a5821ba6a26479.txt";F2="002_0ddfcbd208019869.txt";F3="003_7b824fd5cb031c95.txt";F4="004_ac9c22820f98b245.txt"
def E(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,q,role,ev,kp,attribute=None,turns=None,tool=None,refuse=False):
    items.append(dict(id=id,persona=persona,intent=intent,question=q,role=role,attribute=attribute,evidence=ev,key_points=kp,expect_refusal=refuse,turns=turns,tool=tool))
def T(q,intent,role,ev,kp,attribute=None):
    d=dict(question=q,intent=intent,role=role,evidence=ev,key_points=kp)
    if attribute: d["attribute"]=attribute
    return d
# duty
add("r69s-duty-01","new_hire","duty","一德期货研究院招的分析师，入职后除了写报告还要干嘛","分析师",[E(F0,205,215)],[["分析研究"],["数据库","资料库"],["研发支持"]])
add("r69s-duty-02","manager","duty","会所营销部的总监，日常要抓哪些工作","营销总监",[E(F1,29,61)],[["营销策略"],["例会"],["会员档案","客户数据库"],["大客户"]])
add("r69s-duty-03","hr","duty","一德期货财务部那个财务岗具体负责什么","财务岗",[E(F0,257,263)],[["内部考核报表"],["信用评价指标表"],["保证金试算平衡表"]])
add("r69s-duty-04","new_hire","duty","合规发展部宣传专员日常工作是啥","宣传专员",[E(F0,275,281)],[["制度整理"],["流程梳理"],["修订"]])
add("r69s-duty-05","new_hire","duty","客服中心开户专员主要做哪几块","开户专员",[E(F0,351,359)],[["开销户"],["档案管理"],["资料发放"],["资料变更"]])
add("r69s-duty-06","hr","duty","客户关系专员这个岗都负责点啥？","客户关系专员",[E(F0,373,381)],[["分级维护"],["数据分析"],["CRM"]])
add("r69s-duty-07","new_hire","duty","大连营业部的财务专员要干哪些活，听说还兼出纳？","财务专员",[E(F0,395,403)],[["出市代表"],["出纳"],["会计"],["社保","住房公积金"]])
add("r69s-duty-08","new_hire","duty","交易专员每天处理哪些事","交易专员",[E(F0,417,419)],[["来电交易委托"],["风险控制"],["行情查询"]])
add("r69s-duty-09","manager","duty","营业部市场开发专员的职责说一下","市场开发专员",[E(F0,453,459)],[["客户开发"],["客户指导"],["盯市"]])
add("r69s-duty-10","manager","duty","美容会所里管按摩技师的那个部门经理，手上有哪些活","按摩技师部门经理",[E(F1,63,77)],[["市场状况"],["促销方案"],["规章制度"],["例会"]])
add("r69s-duty-11","new_hire","duty","做铝材销售的销售经理岗位职责有哪几条","销售经理",[E(F2,135,142)],[["区域销售任务"],["出库手续"],["市场信息"]])
add("r69s-duty-12","hr","duty","负责客户服务部全面工作的那个经理，职责都有哪些","客户经理",[E(F4,46,54)],[["CIS"],["客户投诉"],["安全卫生"]])
add("r69s-duty-13","manager","duty","开连锁养生馆，店长这个位置要担哪些责任","连锁养生会所店长",[E(F1,11,27)],[["工作计划"],["奖罚制度"],["培训员工"]])
add("r69s-duty-14","new_hire","duty","按摩技师部门的主管要做哪些工作呀","按摩技师部门主管",[E(F1,109,117)],[["日常管理和考核"],["卫生"],["消耗品"]])
add("r69s-duty-15","hr","duty","呼叫中心做业务数据汇总分析的那个岗位，具体要干嘛",None,[E(F1,225,243)],[["满意度调查"],["历史录音"],["知识库"]])
add("r69s-duty-16","new_hire","duty","网格客户经理工作职责是什么","网格客户经理",[E(F4,64,70)],[["走访"],["欠费收缴"],["销售渠道"]])
# qualification
add("r69s-qual-01","hr","qualification","研究院招分析师要啥学历，什么专业的好","分析师",[E(F0,199,203)],[["研究生"],["经济学","金融","数学","计算机"]])
add("r69s-qual-02","new_hire","qualification","想应聘期货公司财务岗，需要哪些证书","财务岗",[E(F0,247,255)],[["期货从业人员资格证书"],["会计从业资格证"],["会计师证书"]])
add("r69s-qual-03","new_hire","qualification","想去客服中心做产品服务专员，得符合啥条件","产品服务专员",[E(F0,301,309)],[["性格外向"],["学生社团"],["组织培训"]])
add("r69s-qual-04","hr","qualification","网管招聘要求是啥，年龄有限制吗","网络管理员",[E(F0,521,531)],[["30岁以下"],["Cisco"],["linux"]])
add("r69s-qual-05","hr","qualification","总部财务那边招财务人员，对年龄和财务软件有啥讲究","财务人员",[E(F0,501,511)],[["30岁以下"],["用友"],["VBA"]])
add("r69s-qual-06","new_hire","qualification","应聘客户关系专员的话，他们看重哪些素质","客户关系专员",[E(F0,363,371)],[["数据分析能力"],["学生社团"]])
add("r69s-qual-07","new_hire","qualification","应聘学校老师要先拿到什么证书啊","教师",[E(F0,653,655),E(F0,681,683)],[["教师资格证"],["普通话证书"]])
add("r69s-qual-08","hr","qualification","营业部招市场开发专员偏好什么背景","市场开发专员",[E(F0,443,449)],[["市场营销"],["业务拓展能力"],["期货从业资格证书"]])
add("r69s-qual-09","new_hire","qualification","大连那边招交易专员，门槛是什么","交易专员",[E(F0,407,415)],[["期货从业资格"],["交割业务"]])
add("r69s-qual-10","new_hire","qualification","银行柜员要考哪些从业资格","柜员",[E(F2,208,210)],[["会计、理财、基金、保险"],["从业资格"]])
add("r69s-qual-11","new_hire","qualification","应届生想进银行做技术岗，门槛高吗","技术",[E(F2,211,213)],[["211/985"],["计算机"],["实习"]])
add("r69s-qual-12","hr","qualification","大连营业部财务专员的招聘条件","财务专员",[E(F0,385,393)],[["财务专业"],["用友"],["会计资格证书"]])
# attribute
add("r69s-attr-01","new_hire","attribute","分析师可以在哪些城市上班","分析师",[E(F0,217)],[["天津"],["郑州"],["宁波"]],attribute="location")
add("r69s-attr-02","new_hire","attribute","期货公司开户专员是在哪个城市办公","开户专员",[E(F0,349)],[["天津"],["工作地点"]],attribute="location")
add("r69s-attr-03","new_hire","attribute","做市场开发专员的话能挑去哪几个营业部所在城市","市场开发专员",[E(F0,451)],[["北京"],["大连"],["德州"]],attribute="location")
add("r69s-attr-04","new_hire","attribute","按摩技师部门主管对谁负责","按摩技师部门主管",[E(F1,111)],[["部门经理"],["负责"]],attribute="reports_to")
add("r69s-attr-05","manager","attribute","按摩部经理定期要把工作情况报告给谁","按摩技师部门经理",[E(F1,65)],[["总经理"],["老板"]],attribute="reports_to")
add("r69s-attr-06","hr","attribute","邮政大客户经理外勤津贴每月给多少","大客户经理",[E(F1,139)],[["150元"],["外勤津贴","津贴"]],attribute="pay")
add("r69s-attr-07","manager","attribute","养生馆技术经理归哪两位领导管","健康养生会所技术经理",[E(F1,81)],[["会所总经理"],["保健部经理"]],attribute="reports_to")
add("r69s-attr-08","new_hire","attribute","快递员这个岗划在公司哪个部门","快递业业务员",[E(F0,599)],[["业务部"],["所属部门","部门"]],attribute="department")
# method / kpi
add("r69s-method-01","hr","method","银行设计关键绩效指标一般按什么流程走","",[E(F0,47,55)],[["战略目标"],["关键绩效领域"],["SMART"],["权重"]])
add("r69s-kpi-01","manager","kpi","按平衡计分卡四个维度，银行企业级KPI各能选哪些指标",None,[E(F0,63,69)],[["经济增加值"],["市场占有率"],["服务差错率"],["员工满意度"]])
add("r69s-method-02","hr","method","给单个岗位挑KPI，数量控制在多少个合适","",[E(F0,175)],[["4-7个"],["排名靠前","排序"]])
add("r69s-kpi-02","manager","kpi","现在商业银行对客户经理的绩效考核分哪两块","客户经理",[E(F4,167)],[["效益考核"],["管理考核"],["利息收入"]])
# jd
add("r69s-jd-01","hr","jd","帮我按知识库起草一份期货公司行政助理的JD","行政助理",[E(F0,465,493)],[["总机"],["来访人员"],["考勤"]],tool={"kind":"jd","role":"行政助理","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add("r69s-jd-02","hr","jd","写个软件开发工程师的岗位说明书，技术二部用","软件开发工程师",[E(F0,535,555)],[["财务软件"],["数据产品平台"],["交易平台"]],tool={"kind":"jd","role":"软件开发工程师","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
# kpi_design
add("r69s-kd-01","manager","kpi_design","凉山邮政大客户中心想给大客户经理搭个KPI，帮忙出一版","大客户经理",[E(F1,147,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]],tool={"kind":"kpi_design","role":"大客户经理","count":None,"must_cite_files":[F1],"expected_indicators":["基础工作","大客户服务和维护","信息反馈","大客户营销"]})
add("r69s-kd-02","manager","kpi_design","支行客户经理想定5个KPI，帮我设计一下","客户经理",[E(F0,91)],[["日均存款新增额"],["日均贷款新增额"],["中间业务收入"],["新增个人VIP客户数"]],tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],"expected_indicators":["日均存款新增额","日均贷款新增额","中间业务收入","新增个人VIP客户数"]})
# followups
add("r69s-fu-01","new_hire","followup","快递业务员要负责些什么","快递业业务员",[E(F0,603,615)],[["收送快件"],["客户的维护"],["突发事件"]],turns=[
  T("这人的顶头上司是哪个","attribute","快递业业务员",[E(F0,601)],[["快递业务主管"],["直属上司","上司"]],"reports_to"),
  T("那第6条具体是指哪些情况","duty","快递业业务员",[E(F0,615)],[["遗失"],["损坏"]])])
add("r69s-fu-02","hr","followup","一德期货人力资源专员招聘要求是啥","人力资源专员",[E(F0,221,227)],[["本科"],["人力资源相关专业"]],turns=[
  T("第三条说的能力具体是哪几种","qualification","人力资源专员",[E(F0,227)],[["语言表达能力"],["应变能力"],["协调能力"]]),
  T("那这个岗试用期一般几个月？","out_of_scope",None,[],[])])
add("r69s-fu-03","manager","followup","大客户经理平时听谁指挥","大客户经理",[E(F4,117,122)],[["营运总监"],["直接领导","监督"]],attribute="reports_to",turns=[
  T("这个岗有没有管下属的权限","attribute","大客户经理",[E(F4,124)],[["直属下级"],["监督"]],"subordinates"),
  T("想应聘这个岗位得满足哪些硬条件","qualification","大客户经理",[E(F4,149,154)],[["市场营销"],["本科"],["3年以上"]])])
add("r69s-fu-04","manager","followup","养生会所技术经理要负责哪些事","健康养生会所技术经理",[E(F1,79,107)],[["培训"],["考勤"],["仪容仪表"]],turns=[
  T("第八项展开讲一下呗","duty","健康养生会所技术经理",[E(F1,99)],[["迟到"],["早退"],["旷工"]]),
  T("第十一条呢？","duty","健康养生会所技术经理",[E(F1,107)],[["大比拼","大PK"],["技术手法","专业知识"]])])
add("r69s-fu-05","new_hire","followup","金融公司的客服专员有哪些职责","客服专员",[E(F2,267,273)],[["咨询"],["投诉"],["方案"]],turns=[
  T("换成导航公司的呢？","duty","客服专员",[E(F2,285,293)],[["监控"],["sim卡"],["调度工程安装人员"]]),
  T("网店客服跟他们比又要多干些啥","duty","客服专员",[E(F2,294,298)],[["售前"],["售后"],["退换货"]])])
add("r69s-fu-06","hr","followup","邮政大客户经理“大客户服务和维护”这项怎么打分","大客户经理",[E(F1,165,169)],[["回访次数"],["满意度"]],turns=[
  T("大客户营销那一项的评分标准又是啥","kpi","大客户经理",[E(F1,177,181)],[["用邮量"],["增加5%以上"]]),
  T("四项分数出来以后当月业绩工资怎么换算","kpi","大客户经理",[E(F1,185)],[["除以100"],["800元"]])])
add("r69s-fu-07","new_hire","followup","合规部的制度专员负责什么","制度专员",[E(F0,293,297)],[["合规管理培训"],["反洗钱"],["合规事项"]],turns=[
  T("应聘他需要持哪些证","qualification","制度专员",[E(F0,285,291),E(F0,267,273)],[["本科"],["期货从业资格"]]),
  T("这个岗位的办公地点定在哪儿","out_of_scope",None,[],[])])
add("r69s-fu-08","hr","followup","物业客户服务中心经理岗位职责有哪些","客户服务中心经理",[E(F4,73,86)],[["例会"],["投诉记录"],["管理费催缴"]],turns=[
  T("这个经理头上的领导是谁","attribute","客户服务中心经理",[E(F4,74)],[["主管领导"],["负责"]],"reports_to"),
  T("第13条展开讲讲","duty","客户服务中心经理",[E(F4,85)],[["业主访谈"],["业主需求","沟通"]])])
# oos
for i,(p,q) in enumerate([("new_hire","期货研究院的分析师月薪大概多少"),("hr","新员工社保和公积金缴费比例是多少"),("new_hire","养生会所普通按摩技师的岗位职责有哪些"),("new_hire","C#里LINQ怎么写分组统计"),("hr","签三年劳动合同的话，试用期法律上最多能约几个月"),("new_hire","周末想炖个排骨汤，有啥窍门"),("hr","证券公司保荐代表人需要什么条件"),("new_hire","一德期货开户专员年终奖有多少")],1):
    add(f"r69s-oos-{i:02d}",p,"out_of_scope",q,None,[],[],refuse=True)
for it in items:
    if it["role"]=="": it["role"]=None
with open("/work/main/evals/trials/round69/ship/set.jsonl","w") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter
print(len(items),Counter(i["intent"] for i in items))
