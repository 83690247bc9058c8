import json
F0="000_9eeea241028b3f98.txt";F1="001_96a5821ba6a26479.txt";F2="002_0ddfcbd208019869.txt";F3="003_7b824fd5cb031c95.txt";F4="004_ac9c22820f98b245.txt"
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def item(id,persona,intent,q,role,evid,kp,attribute=None,turns=None,tool=None):
    return {"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
            "evidence":evid,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool}
def turn(q,intent,role,evid,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evid,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
S=[]
P="s63-"
# ---- duty 16
S+=[
item(P+"duty-01","new_hire","duty","研究院那边的分析师日常工作都包括啥","分析师",[ev(F0,205,217)],[["分析研究"],["数据库","资料库"],["研发支持"]]),
item(P+"duty-02","hr","duty","期货公司招的人力资源专员要负责哪些事情","人力资源专员",[ev(F0,229,243)],[["招聘"],["培训体系"],["员工档案","合同管理"],["福利"]]),
item(P+"duty-03","new_hire","duty","财务部那个财务岗具体做什么工作","财务岗",[ev(F0,257,263)],[["核算"],["风险监管指标"],["保证金试算平衡表"]]),
item(P+"duty-04","new_hire","duty","开户专员每天都忙些什么","开户专员",[ev(F0,351,359)],[["开销户"],["合同、档案管理","档案管理"],["资料发放"],["客户资料变更"]]),
item(P+"duty-05","manager","duty","客服中心的客户关系专员工作内容有哪些","客户关系专员",[ev(F0,373,381)],[["客户分级维护"],["客户数据分析"],["CRM"]]),
item(P+"duty-06","new_hire","duty","大连营业部的财务专员除了记账还要干啥","财务专员",[ev(F0,395,403)],[["出市代表"],["出纳"],["会计"],["社保","住房公积金"]]),
item(P+"duty-07","new_hire","duty","行政助理日常要负责哪几块","行政助理",[ev(F0,465,479)],[["总机"],["来访人员","接待"],["办公用品"],["考勤"]]),
item(P+"duty-08","hr","duty","技术二部软件开发的职位描述发我看看","软件开发工程师",[ev(F0,535,543)],[["财务软件"],["数据产品平台"],["文档编写"],["交易平台","行情平台"]]),
item(P+"duty-09","new_hire","duty","快递员岗位职责都有哪些","快递业业务员",[ev(F0,603,615)],[["收送快件"],["开拓新市场","新客户"],["遗失","损坏"]]),
item(P+"duty-10","manager","duty","养生馆店长具体负责啥","连锁养生会所店长",[ev(F1,11,27)],[["工作计划"],["奖罚制度"],["培训员工"]]),
item(P+"duty-11","new_hire","duty","按摩技师部门主管的职责是什么","养生会所按摩技师部门主管",[ev(F1,109,117)],[["卫生"],["消耗品"],["服务质量"]]),
item(P+"duty-12","hr","duty","呼叫中心做数据汇总分析的那个岗位具体有哪些职责",None,[ev(F1,225,243)],[["满意度调查"],["历史录音"],["知识库"]]),
item(P+"duty-13","new_hire","duty","内贸业务员一般干嘛的","内贸业务员",[ev(F2,223,251)],[["新客户"],["老客户"],["销售"]]),
item(P+"duty-14","new_hire","duty","网店客服专员要做哪些工作","客服专员",[ev(F2,294,298)],[["售前"],["售中"],["售后"]]),
item(P+"duty-15","manager","duty","物业项目客服中心经理的岗位职责","客户服务中心经理",[ev(F4,73,86)],[["年度工作计划"],["例会"],["投诉记录"],["管理费催缴"]]),
item(P+"duty-16","new_hire","duty","网格客户经理要干些什么活","网格客户经理",[ev(F4,64,70)],[["走访"],["欠费收缴"],["销售渠道"]]),
]
# ---- qualification 12
S+=[
item(P+"qual-01","new_hire","qualification","研究院分析师对学历专业有啥要求","分析师",[ev(F0,199,203)],[["研究生"],["经济学","金融","数学","计算机"]]),
item(P+"qual-02","hr","qualification","合规发展部宣传专员招人有什么条件","宣传专员",[ev(F0,267,273)],[["本科"],["专业不限"],["期货从业资格"]]),
item(P+"qual-03","new_hire","qualification","应聘产品服务专员需要具备哪些条件","产品服务专员",[ev(F0,301,309)],[["社团负责人"],["组织培训"],["专研能力","创新性强"]]),
item(P+"qual-04","new_hire","qualification","交易专员的任职要求","交易专员",[ev(F0,407,415)],[["期货从业资格"],["交割业务"]]),
item(P+"qual-05","hr","qualification","大连营业部招信息技术专员需要会什么","信息技术专员",[ev(F0,423,433)],[["计算机专业"],["linux"],["Cisco"]]),
item(P+"qual-06","new_hire","qualification","想投市场开发专员，要满足啥条件","市场开发专员",[ev(F0,443,451)],[["市场营销"],["业务拓展能力"],["期货从业资格证书"]]),
item(P+"qual-07","hr","qualification","行政助理招聘对性别年龄有限制吗","行政助理",[ev(F0,481,493)],[["女性"],["28岁以下"]]),
item(P+"qual-08","hr","qualification","总部财务部财务人员的任职资格","财务人员",[ev(F0,501,511)],[["30岁以下"],["3年以上"],["用友"],["VBA"]]),
item(P+"qual-09","new_hire","qualification","招软件开发的，对编程语言和开发年限有啥讲究","软件开发工程师",[ev(F0,545,555)],[["一年以上"],["C#","C++","Java"],["WEB开发框架"]]),
item(P+"qual-10","new_hire","qualification","当老师得有哪些证","教师",[ev(F0,653,661),ev(F0,681,697)],[["教师资格证"],["普通话证书"]]),
item(P+"qual-11","hr","qualification","大客户经理需要什么样的背景才能胜任","大客户经理",[ev(F4,149,154)],[["市场营销专业"],["本科"],["3年以上"]]),
item(P+"qual-12","new_hire","qualification","想去银行做柜员要先考哪些从业资格","柜员",[ev(F2,208,210)],[["会计"],["理财"],["基金"],["保险"]]),
]
# ---- attribute 8
S+=[
item(P+"attr-01","new_hire","attribute","快递员的顶头上司是哪位","快递业业务员",[ev(F0,597,601)],[["快递业务主管"],["直属上司","上级","主管"]],attribute="reports_to"),
item(P+"attr-02","hr","attribute","快递业务员是哪个部门的人","快递业业务员",[ev(F0,597,599)],[["业务部"],["所属部门","部门"]],attribute="department"),
item(P+"attr-03","new_hire","attribute","分析师可以在哪些城市工作","分析师",[ev(F0,217)],[["天津"],["北京"],["上海"]],attribute="location"),
item(P+"attr-04","new_hire","attribute","开户专员要去哪个城市上班","开户专员",[ev(F0,349)],[["天津"],["工作地点"]],attribute="location"),
item(P+"attr-05","new_hire","attribute","大客户经理上头是谁，要向哪个领导请示","大客户经理",[ev(F4,118,122)],[["营运总监"],["请示","指令和监督","直接领导"]],attribute="reports_to"),
item(P+"attr-06","hr","attribute","做大客户经理得干过几年","大客户经理",[ev(F4,152)],[["3年以上"],["大客户工作经验"]],attribute="experience"),
item(P+"attr-07","new_hire","attribute","大连那边的财务专员要持什么证、会什么软件","财务专员",[ev(F0,391,393)],[["会计资格证书"],["用友"]],attribute="certificate"),
item(P+"attr-08","manager","attribute","一个按摩技师主管下面带多少人","养生会所按摩技师部门主管",[ev(F1,111)],[["10名左右"],["技师"]],attribute="subordinates"),
]
# ---- kpi / method 4
S+=[
item(P+"kpi-01","manager","kpi","凉山邮政大客户经理业绩工资考核哪几项，各占多少分","大客户经理",[ev(F1,147,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]]),
item(P+"kpi-02","manager","kpi","银行KPI里客户维度一般可以选哪些指标",None,[ev(F0,65)],[["市场占有率"],["客户满意度"],["新增个人VIP客户数"]]),
item(P+"method-01","hr","method","给岗位KPI排序的时候怎么打分",None,[ev(F0,171)],[["5分"],["3分"],["1分"]]),
item(P+"method-02","hr","method","邮政那个大客户经理，业绩工资具体咋核算","大客户经理",[ev(F1,185)],[["除以100"],["800元"]]),
]
# ---- jd 2
S+=[
item(P+"jd-01","hr","jd","帮我写一份期货公司人力资源专员的JD","人力资源专员",[ev(F0,219,243)],[["招聘"],["培训体系"],["企业文化"]],
     tool={"kind":"jd","role":"人力资源专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]}),
item(P+"jd-02","hr","jd","帮忙出一版大客户经理JD，要带任职条件","大客户经理",[ev(F4,116,154)],[["大客户的开发","开发"],["投诉"],["信息档案"]],
     tool={"kind":"jd","role":"大客户经理","must_cite_files":[F4],"expect_sections":["duties","qualifications"]}),
]
# ---- kpi_design 2
S+=[
item(P+"kd-01","manager","kpi_design","给邮政大客户经理设计一套考核指标","大客户经理",[ev(F1,147,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]],
     tool={"kind":"kpi_design","role":"大客户经理","count":None,"must_cite_files":[F1],"expected_indicators":["基础工作","大客户服务和维护","信息反馈","大客户营销"]}),
item(P+"kd-02","manager","kpi_design","按平衡计分卡帮银行设计5个KPI","商业银行",[ev(F0,63,69)],[["经济增加值"],["不良贷款降低率"],["客户满意度"],["服务差错率"],["员工满意度"]],
     tool={"kind":"kpi_design","role":"商业银行","count":5,"must_cite_files":[F0],"expected_indicators":["经济增加值","不良贷款降低率","客户满意度","服务差错率","员工满意度"]}),
]
# ---- followup 8
S+=[
item(P+"fu-01","new_hire","followup","技术一部的网络管理员负责什么","网络管理员",[ev(F0,515,519)],[["网络系统维护"],["数据库管理","网站维护"]],
  turns=[turn("他得满足哪些条件才能应聘？","qualification","网络管理员",[ev(F0,521,531)],[["计算机"],["30岁以下"],["Cisco"]]),
         turn("工作年限有要求没？","attribute","网络管理员",[ev(F0,525)],[["一年以上"],["网络维护经验"]],attribute="experience")]),
item(P+"fu-02","new_hire","followup","顾问服务专员主要做啥","顾问服务专员",[ev(F0,329,337)],[["顾问跟踪服务"],["客户需求跟踪"],["投诉处理"]],
  turns=[turn("那开户专员呢？","duty","开户专员",[ev(F0,351,359)],[["开销户"],["资料发放"]]),
         turn("这个岗位在哪个城市上班？","attribute","开户专员",[ev(F0,349)],[["天津"],["工作地点"]],attribute="location")]),
item(P+"fu-03","manager","followup","养生会所营销总监职责有哪些","养生会所营销总监",[ev(F1,29,61)],[["营销策略"],["会员档案"],["大客户"]],
  turns=[turn("第九条具体讲的什么？","duty","养生会所营销总监",[ev(F1,49)],[["市场调研"],["市场分析报告"]]),
         turn("他的工作要向谁汇报？","attribute","养生会所营销总监",[ev(F1,37,39),ev(F1,61)],[["总经理"],["报告","汇报"]],attribute="reports_to")]),
item(P+"fu-04","new_hire","followup","财务岗要有什么证书","财务岗",[ev(F0,255)],[["期货从业人员资格证书"],["会计从业资格证"]],attribute="certificate",
  turns=[turn("那它平时具体干什么？","duty","财务岗",[ev(F0,257,263)],[["核算"],["保证金试算平衡表"]]),
         turn("换成总部财务部的财务人员呢？","duty","财务人员",[ev(F0,497,499)],[["相关财务工作"],["财务"]])]),
item(P+"fu-05","new_hire","followup","中行招聘里客户营销类岗位是干什么的","客户营销类",[ev(F2,191,193)],[["潜力客户"],["维护客户关系"],["金融产品"]],
  turns=[turn("风险控制类呢？","duty","风险控制类",[ev(F2,197,199)],[["信用风险"],["风险指标"]]),
         turn("信息科技类的呢","duty","信息科技类",[ev(F2,200,202)],[["应用软件"],["信息系统安全"]])]),
item(P+"fu-06","manager","followup","券商营销团队每天早上开会都讲啥",None,[ev(F3,143,148)],[["市场信息"],["团队工作进度"],["营销案例"]],
  turns=[turn("工作例会的频率呢？","method",None,[ev(F3,142)],[["每周"],["每月"]]),
         turn("客户经理考核是按月还是按季？","method","客户经理",[ev(F3,155)],[["每月"],["三个月"],["年终"]])]),
item(P+"fu-07","new_hire","followup","老师的岗位职责是啥","教师",[ev(F0,635,651),ev(F0,663,679),ev(F0,703,705)],[["备课"],["思想政治工作"],["因材施教"]],
  turns=[turn("要是应聘英语老师还有什么额外要求","qualification","教师",[ev(F0,697)],[["英语专业四级"],["沟通能力","形象良好"]]),
         turn("工资一个月多少？","out_of_scope","教师",[],[])]),
item(P+"fu-08","manager","followup","网格经理负责什么","网格经理",[ev(F4,56,63)],[["网格团队"],["风险"],["项目管理"]],
  turns=[turn("其中第5点具体是啥意思","duty","网格经理",[ev(F4,61)],[["网格团队"],["撘建"]]),
         turn("那这个岗位上面是谁管着？","out_of_scope","网格经理",[],[])]),
]
# ---- out of scope 8
S+=[
item(P+"oos-01","new_hire","out_of_scope","期货公司分析师年薪大概多少","分析师",[],[]),
item(P+"oos-02","new_hire","out_of_scope","宣传专员的直属上级是谁","宣传专员",[],[]),
item(P+"oos-03","hr","out_of_scope","试用期最长可以约定多久，劳动法咋规定的",None,[],[]),
item(P+"oos-04","new_hire","out_of_scope","今天沪深300收盘多少点",None,[],[]),
item(P+"oos-05","new_hire","out_of_scope","用Java帮我写个快速排序",None,[],[]),
item(P+"oos-06","hr","out_of_scope","保安队长的岗位职责是什么",None,[],[]),
item(P+"oos-07","new_hire","out_of_scope","按摩技师本人的岗位职责有哪些",None,[],[]),
item(P+"oos-08","hr","out_of_scope","养老保险个人缴费比例是多少",None,[],[]),
]
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in S: f.write(json.dumps(it,ensure_ascii=False)+"\n")
print(len(S))
