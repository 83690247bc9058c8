# Generates set.jsonl for round48/ship (shipped corpus, 5 scraped essays).
import json
F0="000_9eeea241028b3f98.txt"; F1="001_96a5821ba6a26479.txt"; F2="002_0ddfcbd208019869.txt"
F3="003_7b824fd5cb031c95.txt"; F4="004_ac9c22820f98b245.txt"
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,q,role,evs,kps,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
                  "evidence":evs,"key_points":kps,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def turn(q,intent,role,evs,kps,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evs,"key_points":kps}
    if attribute: t["attribute"]=attribute
    return t
# ---------------- duty (16)
add("s48-duty-01","new_hire","duty","期货公司研究院的分析师平时具体干啥？","分析师",[ev(F0,205,215)],[["分析研究"],["数据库"],["研发支持"]])
add("s48-duty-02","new_hire","duty","客服中心那个开户专员，进去主要干些什么活儿？","开户专员",[ev(F0,351,359)],[["开销户"],["档案管理"],["客户资料变更"]])
add("s48-duty-03","hr","duty","合规发展部那个宣传专员，岗位职责写的是啥","宣传专员",[ev(F0,275,281)],[["制度整理"],["流程梳理"],["修订"]])
add("s48-duty-04","hr","duty","制度专员要做哪些工作","制度专员",[ev(F0,293,297)],[["合规管理培训","合规教育"],["反洗钱"],["合规事项"]])
add("s48-duty-05","new_hire","duty","顾问服务专员日常负责什么","顾问服务专员",[ev(F0,329,337)],[["居间"],["客户需求跟踪"],["客户投诉处理"]])
add("s48-duty-06","manager","duty","客户关系专员这个岗位干些啥","客户关系专员",[ev(F0,373,381)],[["客户分级维护"],["客户数据分析"],["CRM"]])
add("s48-duty-07","new_hire","duty","大连营业部的财务专员都要干哪些事情","财务专员",[ev(F0,395,403)],[["出市代表"],["出纳"],["会计"],["社保"]])
add("s48-duty-08","new_hire","duty","行政部招的行政助理每天做什么","行政助理",[ev(F0,465,479)],[["总机"],["来访人员"],["考勤"]])
add("s48-duty-09","hr","duty","技术二部软件开发工程师主要负责哪些开发工作","软件开发工程师",[ev(F0,535,543)],[["财务软件"],["数据产品平台"],["文档编写"]])
add("s48-duty-10","new_hire","duty","快递业务员的职责有哪些","快递业业务员",[ev(F0,603,615)],[["收送快件"],["客户的维护"],["开拓新市场"]])
add("s48-duty-11","manager","duty","连锁养生会所当店长，职责都有哪些","连锁养生会所店长",[ev(F1,11,27)],[["工作计划"],["奖罚制度"],["培训员工"]])
add("s48-duty-12","new_hire","duty","按摩部主管是干嘛的","按摩技师部门主管",[ev(F1,109,117)],[["技师日常管理"],["卫生"],["消耗品"]])
add("s48-duty-13","hr","duty","网络公司的客服专员岗位职责","客服专员",[ev(F2,274,279)],[["聊天工具"],["电话订单"],["回访"]])
add("s48-duty-14","manager","duty","物业项目客户服务中心经理负责哪些工作","客户服务中心经理",[ev(F4,72,86)],[["年度工作计划"],["例会"],["投诉记录"],["管理费催缴"]])
add("s48-duty-15","hr","duty","外贸业务经理职责有哪些","外贸业务经理",[ev(F2,160,183)],[["新客户"],["销售目标"],["客户拜访"]])
add("s48-duty-16","new_hire","duty","中行产品支持类岗位是做什么的","产品支持类",[ev(F2,194,196)],[["设计金融产品"],["营销活动"],["销售人员提供支持"]])
# ---------------- qualification (12)
add("s48-qual-01","new_hire","qualification","想去期货研究院做分析师，学历专业有啥要求？","分析师",[ev(F0,199,203)],[["研究生"],["经济学","金融","数学","计算机"]])
add("s48-qual-02","new_hire","qualification","一德期货财务岗招人要求是什么","财务岗",[ev(F0,247,255)],[["本科"],["会计"],["期货从业人员资格证书","会计从业资格证"]])
add("s48-qual-03","hr","qualification","大连营业部招信息技术方面的人，要求写的啥","信息技术专员",[ev(F0,423,433)],[["计算机专业"],["linux"],["Cisco"]])
add("s48-qual-04","hr","qualification","行政助理招聘条件有哪些","行政助理",[ev(F0,481,493)],[["28岁以下"],["普通话"],["大专"]])
add("s48-qual-05","hr","qualification","总部财务部财务人员需要什么条件？","财务人员",[ev(F0,501,511)],[["30岁以下"],["3年以上"],["用友"],["VBA"]])
add("s48-qual-06","new_hire","qualification","应聘软件开发工程师需要会什么语言","软件开发工程师",[ev(F0,545,555)],[["一年以上"],["C#","C++","Java"]])
add("s48-qual-07","manager","qualification","大客户经理任职条件是啥","大客户经理",[ev(F4,149,154)],[["本科"],["3年以上"],["市场营销"]])
add("s48-qual-08","new_hire","qualification","营业部市场开发专员对应聘者有什么要求","市场开发专员",[ev(F0,443,451)],[["市场营销"],["期货从业资格"],["沟通交流"]])
add("s48-qual-09","new_hire","qualification","去银行当柜员要有哪些从业资格","柜员",[ev(F2,208,210)],[["会计"],["基金"],["保险"]])
add("s48-qual-10","new_hire","qualification","大连营业部交易专员要求啥条件","交易专员",[ev(F0,407,415)],[["期货从业资格"],["交割业务"]])
add("s48-qual-11","hr","qualification","家装业务员需要具备什么能力","家装业务员",[ev(F2,100)],[["渠道资源"],["市场分析"],["沟通协调"]])
add("s48-qual-12","hr","qualification","外贸业务经理得有哪些素质","外贸业务经理",[ev(F2,159)],[["市场开拓能力"],["抗压能力"]])
# ---------------- attribute (8)
add("s48-attr-01","new_hire","attribute","研究院分析师工作地点在哪，必须去天津吗","分析师",[ev(F0,217)],[["天津"],["北京"],["上海"]],attribute="location")
add("s48-attr-02","new_hire","attribute","快递业务员属于哪个部门，上面谁管","快递业业务员",[ev(F0,599,601)],[["快递业务主管"],["业务部"]],attribute="reports_to")
add("s48-attr-03","manager","attribute","大客户经理归谁直接管","大客户经理",[ev(F4,118,122)],[["营运总监"],["监督"]],attribute="reports_to")
add("s48-attr-04","new_hire","attribute","市场开发专员能选哪些城市工作","市场开发专员",[ev(F0,451)],[["北京"],["宁波"],["郑州"]],attribute="location")
add("s48-attr-05","new_hire","attribute","行政助理学历最低要什么，专业有限制吗","行政助理",[ev(F0,491)],[["大专"],["专业不限"]],attribute="education")
add("s48-attr-06","manager","attribute","按摩技师部门主管一个人管多少技师、对谁负责","按摩技师部门主管",[ev(F1,111)],[["10名"],["部门经理"]],attribute="subordinates")
add("s48-attr-07","hr","attribute","邮政大客户经理的外勤津贴每月多少钱","大客户经理",[ev(F1,139)],[["150元"],["外勤"]],attribute="pay")
add("s48-attr-08","hr","attribute","总部财务人员要几年工作经验","财务人员",[ev(F0,505)],[["3年以上"],["应届毕业生"]],attribute="experience")
# ---------------- kpi / method (4)
add("s48-kpi-01","manager","kpi","邮政大客户经理业绩工资考核哪几项，各多少分","大客户经理",[ev(F1,145,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]])
add("s48-kpi-02","hr","kpi","证券营业部客户经理多久考核一次","客户经理",[ev(F3,155)],[["每月"],["三个月"],["年终"]])
add("s48-method-01","hr","method","做岗位分析的操作步骤是什么样的","",[ev(F0,23)],[["设计调查方案"],["调查研究"],["反馈与修正"]])
add("s48-method-02","manager","method","银行客户经理能力素质模型怎么搭建","客户经理",[ev(F4,12,18)],[["梳理客户经理岗位职责"],["KSA"],["岗位层级"]])
# ---------------- jd (2)
add("s48-jd-01","hr","jd","行政助理的岗位说明书起草一份给我","行政助理",[ev(F0,465,479)],[["总机"],["来访人员"],["办公用品"]],
    tool={"kind":"jd","role":"行政助理","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add("s48-jd-02","hr","jd","照资料起草个软件开发工程师岗位说明书","软件开发工程师",[ev(F0,535,543)],[["财务软件"],["数据产品平台"],["交易平台"]],
    tool={"kind":"jd","role":"软件开发工程师","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
# ---------------- kpi_design (2)
ind1=["基础工作","大客户服务和维护","信息反馈","大客户营销"]
add("s48-kd-01","manager","kpi_design","大客户经理的绩效指标帮我设计一下","大客户经理",[ev(F1,145,155)],[[x] for x in ind1],
    tool={"kind":"kpi_design","role":"大客户经理","count":None,"must_cite_files":[F1],"expected_indicators":ind1})
ind2=["日均存款新增额","日均贷款余额","中间业务收入","新增个人VIP客户数","客户档案信息的完整性"]
add("s48-kd-02","manager","kpi_design","帮支行客户经理弄5个KPI","客户经理",[ev(F0,91)],[[x] for x in ind2],
    tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],"expected_indicators":ind2})
# ---------------- followup (8)
add("s48-fu-01","new_hire","followup","大连营业部交易专员负责啥","交易专员",[ev(F0,417,419)],[["来电交易委托"],["风险控制"]],
    turns=[turn("应聘他得满足啥条件","qualification","交易专员",[ev(F0,407,415)],[["期货从业资格"],["交割业务"]]),
           turn("换成信息技术专员的话呢","qualification","信息技术专员",[ev(F0,423,433)],[["计算机专业"],["Cisco"]])])
add("s48-fu-02","new_hire","followup","客服中心产品服务专员招聘有什么要求","产品服务专员",[ev(F0,301,309)],[["本科"],["沟通协调"],["组织培训"]],
    turns=[turn("那他进去以后具体负责什么","duty","产品服务专员",[ev(F0,311,317)],[["测试"],["培训、宣传资料"],["400电话"]]),
           turn("工资大概开多少？","out_of_scope","产品服务专员",[],[])])
add("s48-fu-03","manager","followup","养生会所营销总监都要负责些什么","养生会所营销总监",[ev(F1,29,61)],[["营销策略"],["例会"],["会员档案"]],
    turns=[turn("他要跟谁汇报","attribute","养生会所营销总监",[ev(F1,39),ev(F1,61)],[["总经理"],["报告"]],attribute="reports_to"),
           turn("第十四条是什么","duty","养生会所营销总监",[ev(F1,59)],[["大客户"],["VIP客户"]])])
add("s48-fu-04","manager","followup","健康养生会所技术经理要干些什么","健康养生会所技术经理",[ev(F1,79,107)],[["培训"],["考勤"],["仪容仪表"]],
    turns=[turn("他归谁领导","attribute","健康养生会所技术经理",[ev(F1,81)],[["保健部经理"],["总经理"]],attribute="reports_to"),
           turn("考勤那条具体说说","duty","健康养生会所技术经理",[ev(F1,99)],[["迟到"],["旷工"]])])
add("s48-fu-05","hr","followup","大客户经理要什么学历和经验","大客户经理",[ev(F4,149,154)],[["本科"],["3年以上"]],
    turns=[turn("他受谁监督？","attribute","大客户经理",[ev(F4,118,122)],[["营运总监"],["监督"]],attribute="reports_to"),
           turn("这个岗位有哪些权力","duty","大客户经理",[ev(F4,144,148)],[["车辆调动权"],["奖罚提议权"]])])
add("s48-fu-06","manager","followup","物业客服中心经理的岗位职责","客户服务中心经理",[ev(F4,72,86)],[["例会"],["投诉记录"]],
    turns=[turn("第11条啥意思","duty","客户服务中心经理",[ev(F4,83)],[["管理费催缴"],["财务室"]]),
           turn("换到网格客户经理那边，又是负责啥","duty","网格客户经理",[ev(F4,64,70)],[["用户档案"],["欠费收缴"],["销售渠道"]])])
add("s48-fu-07","new_hire","followup","教师岗位说明书里职责是怎么写的","教师",[ev(F0,635,651),ev(F0,663,679),ev(F0,703,705)],[["备课"],["思想政治工作"],["因材施教"]],
    turns=[turn("那当老师要什么资格","qualification","教师",[ev(F0,653,661),ev(F0,681,697)],[["教师资格证"],["普通话证书"]]),
           turn("如果是英语老师还要额外满足什么","qualification","教师",[ev(F0,697)],[["英语专业四级"],["沟通能力","热爱教育"]])])
add("s48-fu-08","hr","followup","做销售的岗位职责一般写哪些","销售人员",[ev(F0,113,127),ev(F3,24,31),ev(F3,103,110)],[["渠道开拓","区域销售任务"],["询盘","开户手续"],["老客户","主人翁责任感"]],
    turns=[turn("第五条具体是啥","duty","销售人员",[ev(F0,123),ev(F3,29),ev(F3,108)],[["市场分析及预测报告","严格遵守公司各项"],["工作周报","规章制度"]]),
           turn("那他们一般怎么考核","kpi","销售人员",[ev(F0,131)],[["销售量"],["回款额"],["市场占有率"]])])
# ---------------- out_of_scope (8)
for i,(p,q) in enumerate([
    ("new_hire","柜员月薪一般有多少"),
    ("new_hire","一德期货人力资源专员薪资待遇怎么样"),
    ("hr","新员工试用期法律上最多几个月"),
    ("manager","送货司机平时要干哪些活"),
    ("new_hire","Linux下怎么查看端口占用"),
    ("new_hire","用友财务软件怎么录入会计凭证"),
    ("manager","现在买哪只股票比较好"),
    ("hr","公积金和社保单位各交多少比例")],1):
    add(f"s48-oos-{i:02d}",p,"out_of_scope",q,None,[],[])
for it in items:
    if it["role"]=="": it["role"]=None
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
print(len(items))
