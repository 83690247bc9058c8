import json
A="000_9eeea241028b3f98.txt"; B="001_96a5821ba6a26479.txt"; C="002_0ddfcbd208019869.txt"; D="003_7b824fd5cb031c95.txt"; E="004_ac9c22820f98b245.txt"
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,q,role,evid,kp,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
        "evidence":evid,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(q,intent,role,evid,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evid,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
P="su33-"
# ---- duty
add(P+"duty-01","new_hire","duty","刚进期货公司客服中心做顾问服务专员，平常主要忙哪几块？","顾问服务专员",[ev(A,329,337)],[["居间"],["客户需求跟踪"],["400日常业务"],["投诉"]])
add(P+"duty-02","hr","duty","合规发展部那个制度专员岗，入职后具体负责啥活儿","制度专员",[ev(A,293,297)],[["合规管理培训","合规教育"],["反洗钱"],["合规事项进行调查","合规问题处理"]])
add(P+"duty-03","new_hire","duty","大连营业部的财务专员除了做账，还要管哪些杂七杂八的事？","财务专员",[ev(A,395,403)],[["出市代表"],["出纳"],["社保"],["工会经费"]])
add(P+"duty-05","manager","duty","烟草系统的客户经理和电访员之间要怎么配合？客户经理那头得做什么","客户经理",[ev(B,373)],[["货源供应"],["替代品牌"]])
add(P+"duty-06","hr","duty","银行呼叫中心里专门汇总分析业务数据的那个岗，工作内容都有哪些",None,[ev(B,225,243)],[["满意度调查"],["预审"],["呼出任务完成率","差错率"],["历史录音"],["知识库"]])
add(P+"duty-07","new_hire","duty","做车载GPS导航那家公司的客服，每天要干些什么","客服专员",[ev(C,285,293)],[["监控"],["车载设备"],["技术答疑"],["数据库备份"]])
add(P+"duty-08","manager","duty","物业项目上客服中心经理负责哪些事情？","客户服务中心经理",[ev(E,73,86)],[["例会"],["投诉记录"],["管理费催缴"],["业主访谈"]])
add(P+"duty-09","hr","duty","丰田4S店客户服务部的负责人，岗位职责包括哪些",None,[ev(E,47,55)],[["CIS"],["客户投诉"],["安全卫生"],["直接下级"]])
add(P+"duty-10","new_hire","duty","外贸业务经理如果是做亚马逊店铺的，职责有啥","外贸业务经理",[ev(C,179,181)],[["亚马逊日本站点"],["选品"],["店铺流量"]])
add(P+"duty-11","manager","duty","信用社贷款首放制里，第一责任人要“包”哪几样？","客户经理",[ev(C,8,9)],[["包考察"],["包收回"],["包效益"],["包赔偿"]])
add(P+"duty-12","hr","duty","酒店办公室在酒店里起什么作用，要承担哪些职能",None,[ev(D,204,217)],[["参谋"],["承办"],["管理职能"],["协调"]])
# ---- qualification
add(P+"qual-01","new_hire","qualification","一德期货研究院招分析师，本科生能投吗？对专业有啥讲究","分析师",[ev(A,199,203)],[["研究生及以上"],["经济学","金融","数学"]])
add(P+"qual-02","hr","qualification","产品服务专员这个岗，对应聘者有啥门槛","产品服务专员",[ev(A,301,309)],[["本科"],["学生社团负责人"],["组织培训的经验"]])
add(P+"qual-03","manager","qualification","技术二部招开发，候选人要会哪些语言、几年经验？","软件开发工程师",[ev(A,545,555)],[["一年以上的开发经验"],["C#","C++","Java"],["WEB开发框架"]])
add(P+"qual-04","hr","qualification","培训学校要是招英语老师，有啥额外要求没","教师",[ev(A,697)],[["英语专业四级"],["热爱教育","喜欢小孩"]])
add(P+"qual-05","hr","qualification","行政部招前台助理，对性别和年龄卡不卡？","行政助理",[ev(A,481,493)],[["女性"],["28岁以下"],["北京户口"]])
add(P+"qual-06","manager","qualification","客户经理要想往上升一级，得满足哪些条件","客户经理",[ev(E,217)],[["品质"],["资历"],["业绩"],["竞聘"]])
add(P+"qual-07","new_hire","qualification","去银行应聘柜台柜员，最好先考哪些证","柜员",[ev(C,208,210)],[["会计","理财","基金","保险"],["从业资格"]])
# ---- attribute
add(P+"attr-01","new_hire","attribute","做销售岗的业务员平时直接听谁指挥？","销售人员",[ev(A,109)],[["销售副总经理"],["监督"]],attribute="reports_to")
add(P+"attr-02","manager","attribute","装修公司的大客户经理手下有没有直接带的人","大客户经理",[ev(E,123,124)],[["直属下级"],["直接监督他人","监督"]],attribute="subordinates")
add(P+"attr-03","hr","attribute","邮政大客户经理每月业绩工资的基数定的多少钱","大客户经理",[ev(B,135),ev(B,185)],[["800元"],["业绩工资"]],attribute="pay")
add(P+"attr-04","new_hire","attribute","做期货公司财务，手里得有哪几个证","财务岗",[ev(A,255)],[["期货从业人员资格证书","期货从业"],["会计从业资格证"],["会计师证书"]],attribute="certificate")
add(P+"attr-05","hr","attribute","总部财务部招财务人员要几年经验，应届毕业生可以吗","财务人员",[ev(A,503,505)],[["3年以上"],["应届毕业生"]],attribute="experience")
add(P+"attr-06","new_hire","attribute","期货公司HR专员对学历专业的要求是啥","人力资源专员",[ev(A,223)],[["本科"],["人力资源相关专业"]],attribute="education")
add(P+"attr-07","hr","attribute","软件开发工程师这个岗挂在哪个部门下面","软件开发工程师",[ev(A,533)],[["技术二部"],["软件开发"]],attribute="department")
# ---- kpi
add(P+"kpi-01","manager","kpi","邮政给大客户经理算业绩工资，是怎么拆开打分的","大客户经理",[ev(B,145,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"],["30分"]])
add(P+"kpi-02","hr","kpi","对销售员做定量考核，一般看哪几个硬指标","销售人员",[ev(A,131)],[["销售量"],["回款额"],["利润额"],["市场占有率"],["客户数"]])
add(P+"kpi-03","manager","kpi","现在银行对客户经理的效益考核具体考哪些收入？","客户经理",[ev(E,167)],[["利息收入"],["存款收益"],["业务费收入"]])
add(P+"kpi-04","hr","kpi","像银行客户关系经理这种关键岗，HR的工作成效用啥指标来衡量","客户关系经理",[ev(A,793),ev(A,803,805),ev(A,811)],[["岗位空缺率"],["招聘周期"],["创新性解决方案"],["绩效达标的周期"]])
add(P+"kpi-05","manager","kpi","电工产品配送那条职责，最后定下来的考核指标叫什么？","电工",[ev(A,167)],[["货款收取不及时与差错次数"],["货款收取及时率"]])
# ---- method
add(P+"meth-01","hr","method","设计一套关键绩效指标，大致流程分几步？",None,[ev(A,45,55)],[["确定战略目标"],["关键绩效领域"],["SMART"],["权重"]])
add(P+"meth-02","hr","method","从职责里抽考核指标时，相对指标和绝对指标该先选哪个？",None,[ev(A,165)],[["先选择相对指标"],["正面指标"],["绝对指标"]])
add(P+"meth-03","manager","method","KPI得分分档一般分几级？",None,[ev(A,73)],[["优秀"],["良好"],["合格"],["不合格"],["百分制"]])
add(P+"meth-04","new_hire","method","银行客户经理能力模型里的KSA，三个字母各指什么",None,[ev(E,16)],[["知识"],["技能"],["素质"]])
add(P+"meth-05","hr","method","给指标排序打分时，跟职责直接相关的打几分，一般相关的打几分",None,[ev(A,171)],[["5分"],["3分"],["1分"]])
add(P+"meth-06","manager","method","考核销售人员的“德能勤绩”分别考啥",None,[ev(A,133)],[["职业道德"],["工作态度"],["销售量"]])
# ---- jd
add(P+"jd-01","hr","jd","帮我起草一份期货公司客户关系专员的JD","客户关系专员",[ev(A,361,381)],[["客户分级维护"],["客户数据分析"],["CRM"]],
    tool={"kind":"jd","role":"客户关系专员","must_cite_files":[A],"expect_sections":["duties","qualifications"]})
add(P+"jd-02","manager","jd","照着资料给连锁养生会所店长写个岗位说明书","连锁养生会所店长",[ev(B,11,27)],[["培训员工"],["奖罚制度"],["客源拓展"]],
    tool={"kind":"jd","role":"连锁养生会所店长","must_cite_files":[B],"expect_sections":["duties"]})
add(P+"jd-03","hr","jd","出一份网格客户经理的职位描述，招聘要用","网格客户经理",[ev(E,64,70)],[["走访"],["欠费收缴"],["拆机挽留"]],
    tool={"kind":"jd","role":"网格客户经理","must_cite_files":[E],"expect_sections":["duties"]})
# ---- kpi_design
add(P+"kd-01","manager","kpi_design","帮邮政大客户经理出一套考核指标，4项就够了","大客户经理",[ev(B,145,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]],
    tool={"kind":"kpi_design","role":"大客户经理","count":4,"must_cite_files":[B],"expected_indicators":["基础工作","大客户服务和维护","信息反馈","大客户营销"]})
add(P+"kd-02","manager","kpi_design","按平衡计分卡的思路，给支行客户经理设计KPI","客户经理",[ev(A,89,91)],[["日均存款新增额"],["中间业务收入"],["新增个人VIP客户数"],["客户档案信息的完整性"],["客户经理接受培训的时间"]],
    tool={"kind":"kpi_design","role":"客户经理","count":None,"must_cite_files":[A],"expected_indicators":["日均存款新增额","中间业务收入","新增个人VIP客户数","客户档案信息的完整性","客户经理接受培训的时间"]})
add(P+"kd-03","hr","kpi_design","给呼叫中心做一张绩效考核指标表","呼叫中心",[ev(B,235)],[["生产力"],["差错率"],["呼出任务完成率"]],
    tool={"kind":"kpi_design","role":"呼叫中心","count":None,"must_cite_files":[B],"expected_indicators":["生产力","差错率","呼出任务完成率"]})
# ---- followups
add(P+"fu-01","new_hire","followup","宣传专员在合规发展部负责哪块工作","宣传专员",[ev(A,275,281)],[["制度整理"],["流程梳理"],["制度反馈"]],
    turns=[T("第3点我没太懂，细说一下","duty","宣传专员",[ev(A,281)],[["反馈调查"],["前瞻性"]]),
           T("那这岗对资格证有要求吗","qualification","宣传专员",[ev(A,267,273)],[["期货从业资格"],["本科"]])])
add(P+"fu-02","manager","followup","养生会所的营销总监都管些什么","养生会所营销总监",[ev(B,29,61)],[["营销策略"],["会员档案"],["大客户"],["市场调研"]],
    turns=[T("第十三条具体讲的是什么","duty","养生会所营销总监",[ev(B,57)],[["绩效考核"],["奖优罚劣"]]),
           T("他做完总结报告交给谁","attribute","养生会所营销总监",[ev(B,37,39)],[["总经理"],["报告"]],attribute="reports_to")])
add(P+"fu-03","hr","followup","按摩技师部门经理的主要工作有哪些","养生会所按摩技师部门经理",[ev(B,63,77)],[["促销方案"],["规章制度"],["例会"],["按摩手法"]],
    turns=[T("那这个部门经理对上得找谁交差","attribute","养生会所按摩技师部门经理",[ev(B,65,67)],[["总经理"],["老板"]],attribute="reports_to"),
           T("那换成主管呢，一个主管底下带几个技师","attribute","养生会所按摩技师部门主管",[ev(B,111)],[["10名左右"],["2~3名"]],attribute="subordinates")])
add(P+"fu-04","new_hire","followup","客服中心开户专员的招聘条件是什么","开户专员",[ev(A,341,349)],[["本科"],["服务意识"],["团队协作"]],
    turns=[T("入职后人得待在哪座城市","attribute","开户专员",[ev(A,349)],[["天津"],["工作地点"]],attribute="location"),
           T("换成市场开发专员呢","attribute","市场开发专员",[ev(A,451)],[["北京"],["大连"],["宁波"],["尊重个人意愿"]],attribute="location")])
add(P+"fu-05","hr","followup","大连那边招信息技术专员，门槛是啥","信息技术专员",[ev(A,423,433)],[["计算机专业"],["linux"],["交换机"]],
    turns=[T("有思科证书算加分吗","attribute","信息技术专员",[ev(A,431)],[["Cisco"],["优先"]],attribute="certificate"),
           T("技术一部的网管呢，年纪有限制没","qualification","网络管理员",[ev(A,523)],[["30岁以下"],["本科"]])])
add(P+"fu-06","manager","followup","营销团队的客户经理上下班、请假这些有什么硬规定","客户经理",[ev(D,137,142)],[["8小时"],["出访单"],["请假"]],
    turns=[T("考核周期怎么安排的","kpi","客户经理",[ev(D,155)],[["每月"],["三个月"],["年终"]]),
           T("业绩考核主要看哪几项","kpi","客户经理",[ev(D,154)],[["客户数量"],["净收入"],["客户资产总量"]])])
add(P+"fu-07","hr","followup","提炼岗位KPI，第一步该做啥",None,[ev(A,143,147)],[["阅读"],["检查"],["错位","交叉","重叠","漏项"]],
    turns=[T("第二步呢","method",None,[ev(A,149,157)],[["产出"],["职责的客户"],["多、快、好、省","多快好省"]]),
           T("回到第一步，A公司电工用的是啥方法","method",None,[ev(A,147)],[["职责分析法"],["重要性"]])])
add(P+"fu-08","new_hire","followup","网店客服专员具体要做哪些事","客服专员",[ev(C,294,298)],[["在线客服"],["售前"],["售中"],["售后"]],
    turns=[T("要是在电商公司做客服，分工又是什么样","duty","客服专员",[ev(C,280,284)],[["银行客户"],["银行订单管理"],["产品部"]]),
           T("这类客服岗底薪一般开多少","out_of_scope",None,[],[])])
add(P+"fu-09","new_hire","followup","去中行应聘，岗位大体分成几类",None,[ev(C,186)],[["银行柜员"],["客户营销"],["产品支持"],["风险控制"],["信息科技"]],
    turns=[T("客户营销那类是干啥的","duty","客户经理",[ev(C,191,193)],[["桥梁"],["维护客户关系"],["对私客户经理","对公客户经理"]]),
           T("收入怎么样","attribute","客户经理",[ev(C,216)],[["月薪过万"],["收入高低"]],attribute="pay")])
add(P+"fu-10","manager","followup","健康养生会所技术经理职责是啥","健康养生会所技术经理",[ev(B,79,107)],[["培训"],["技术流程"],["话术"],["例会"]],
    turns=[T("还有别的吗，没列全吧","duty","健康养生会所技术经理",[ev(B,99,107)],[["考勤"],["仪容仪表"],["大比拼","PK"]]),
           T("他归哪位领导管","attribute","健康养生会所技术经理",[ev(B,81),ev(B,97)],[["保健部经理"],["总经理"]],attribute="reports_to")])
# ---- oos
add(P+"oos-01","hr","out_of_scope","A公司那个电工岗位，任职资格是怎么写的",None,[],[])
add(P+"oos-02","new_hire","out_of_scope","快递业务主管一般负责些什么",None,[],[])
add(P+"oos-03","new_hire","out_of_scope","研究院分析师的薪资待遇大概啥水平",None,[],[])
add(P+"oos-04","manager","out_of_scope","养生会所保健部经理的工作职责是什么",None,[],[])
add(P+"oos-05","hr","out_of_scope","新员工试用期法律上最多能定多久",None,[],[])
add(P+"oos-06","manager","out_of_scope","帮我写个Python脚本，把几个部门的考勤Excel合并成一张",None,[],[])
add(P+"oos-07","hr","out_of_scope","产品服务专员要不要求英语四六级",None,[],[])
with open("/work/main/evals/trials/round33/ship/set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
print(len(items))
