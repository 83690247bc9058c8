import json
F0='000_9eeea241028b3f98.txt'; F1='001_96a5821ba6a26479.txt'; F2='002_0ddfcbd208019869.txt'; F3='003_7b824fd5cb031c95.txt'; F4='004_ac9c22820f98b245.txt'
def ev(f,*spans):
    out=[]
    for s in spans:
        a,b=(s,s) if isinstance(s,int) else s
        out.append({"file":f,"line_start":a,"line_end":b})
    return out
def item(id,persona,intent,q,role,evid,kp,attribute=None,turns=None,tool=None):
    return {"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
            "evidence":evid,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool}
def turn(q,intent,role,evid,kp,attribute=None):
    t={"question":q,"intent":intent,"role":role,"evidence":evid,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
I=[]
# ---- duty (10)
I.append(item("r27s-duty-01","new_hire","duty","我在超市服务台当客服专员，每天主要工作都有哪些？存包也归我们管吗","客服专员",
    ev(F2,(331,347)),[["存/取包","存取包"],["办卡申请"],["广播服务"],["赠品发放"]]))
I.append(item("r27s-duty-02","hr","duty","金融公司的客服专员一般负责些啥？写招聘要用","客服专员",
    ev(F2,(267,273)),[["客户咨询"],["投诉"],["购卡服务"]]))
I.append(item("r27s-duty-03","new_hire","duty","外贸业务经理居然还要管亚马逊日本站？具体管哪些活","外贸业务经理",
    ev(F2,(179,181)),[["日本站点"],["选品"],["店铺流量"]]))
I.append(item("r27s-duty-04","manager","duty","我们券商营销团队驻网点的客户经理，网点里的电脑、宣传用具这些东西谁来管？","客户经理",
    ev(F3,(148,150)),[["实物的保管"],["全面管理"],["实物管理明细表","专人"]]))
I.append(item("r27s-duty-05","new_hire","duty","刚做证券客户经理，平时对客户这块要做好哪些服务工作？","客户经理",
    ev(F3,(54,56),(64,66),(174,176)),[["来电咨询"],["预约开户"],["客户的维护","维护工作"]]))
I.append(item("r27s-duty-06","manager","duty","营业部想把高端客户的服务做深一点，有啥具体做法？",None,
    ev(F3,(82,85)),[["潜在需求"],["交流活动"],["与银行的合作"]]))
I.append(item("r27s-duty-07","hr","duty","银行呼叫中心那个做业务数据汇总的岗为，要维护哪些系统啊",None,
    ev(F1,(225,243)),[["知识库"],["短信平台"],["Call-Center"]]))
I.append(item("r27s-duty-08","manager","duty","工商银行做关键岗位离岗审计时，人力、内控合规、业务主管三个部门怎么分工？",None,
    ev(F1,275),[["人选计划"],["组织工作"],["协同"]]))
I.append(item("r27s-duty-09","new_hire","duty","广汽丰田那家店的客户经理（管客服部那个）要做CIS考核吗？每月几号前报？","客户经理",
    ev(F4,52),[["CIS考核"],["10日前"]]))
I.append(item("r27s-duty-10","hr","duty","信用社放贷的客户经理换人交接，监交人是谁？接手的人拿到后要做啥","客户经理",
    ev(F2,(32,34)),[["客户经理部主任"],["信贷监测会计","监测会计"],["清查"]]))
# ---- qualification (6)
I.append(item("r27s-qual-01","hr","qualification","招个大客户经理，任职要求一般写啥？学历、经验要到什么程度","大客户经理",
    ev(F4,(149,154)),[["本科以上"],["3年以上"],["市场营销"]]))
I.append(item("r27s-qual-02","manager","qualification","江苏银行客户经理往上升一级，得满足啥门槛？","客户经理",
    ev(F4,217),[["品质"],["资历"],["专业技能"],["业绩"]]))
I.append(item("r27s-qual-03","new_hire","qualification","美国那些大银行挑客户经理，一般优先找什么背景的人","客户经理",
    ev(F4,114),[["MBA"],["行内员工","工作经验"],["其它银行"]]))
I.append(item("r27s-qual-04","hr","qualification","期货公司招网管要会哪些数据库？有思科的证书是不是加分","网络管理员",
    ev(F0,(427,433),(525,531)),[["SQL Server"],["Sybase"],["Cisco"]]))
I.append(item("r27s-qual-05","new_hire","qualification","银行会计岗要胜任，得掌握些什么？","会计",
    ev(F1,417),[["会计法律法规"],["操作规程"]]))
I.append(item("r27s-qual-06","new_hire","qualification","银行柜员里那种吃香的，一般都有哪些从业资格？","柜员",
    ev(F2,(208,210)),[["会计"],["理财"],["基金"],["保险"]]))
# ---- attribute (7)
I.append(item("r27s-attr-01","new_hire","attribute","凉山邮政的大客户经理跑外勤有补贴吗？一个月多少","大客户经理",
    ev(F1,139,143),[["150元"],["交通费","通信费"]],attribute="pay"))
I.append(item("r27s-attr-02","new_hire","attribute","我在证券营业部做客户经理，平时得听哪位领导安排？","客户经理",
    ev(F3,137),[["团队负责人"],["统一领导"]],attribute="reports_to"))
I.append(item("r27s-attr-03","hr","attribute","期货公司行政助里要几年工作经验？学历要求呢","行政助理",
    ev(F0,(491,493)),[["1年以上"],["大专"]],attribute="experience"))
I.append(item("r27s-attr-04","hr","attribute","一德期货的软件开发工程师要会啥编程语言","软件开发工程师",
    ev(F0,553),[["C#"],["C++"],["Java"]],attribute="skills"))
I.append(item("r27s-attr-05","new_hire","attribute","农行客户经理的工资是怎么个发法？","客户经理",
    ev(F4,44),[["基本保障"],["全额浮动"],["按月发放"]],attribute="pay"))
I.append(item("r27s-attr-06","hr","attribute","一德期货财务相关的岗位都要什么证书啊",None,
    ev(F0,255,393,509),[["会计资格证书","会计从业资格证"],["期货从业"]],attribute="certificate"))
I.append(item("r27s-attr-07","new_hire","attribute","开户专员跟市场开发专员分别在哪里上班？能自己挑城市不","开户专员",
    ev(F0,349,451),[["天津"],["尊重个人意愿","各营业部所在地"]],attribute="location"))
# ---- kpi / method (7)
I.append(item("r27s-kpi-01","manager","kpi","信用社客户经理弄丢一笔贷款的法律时效，要罚多少钱？主任是不是罚得更多","客户经理",
    ev(F2,(37,38)),[["200元"],["300元"]]))
I.append(item("r27s-kpi-02","hr","kpi","券商营业部客户经理的级别多久调整一次？业绩考核是按月吗","客户经理",
    ev(F3,155),[["每月"],["每三个月"],["年终"]]))
I.append(item("r27s-method-01","new_hire","method","想投一德期货，邮件主题咋写？简历能当附件发吗",None,
    ev(F0,(557,565)),[["应聘职位+个人姓名+期望薪资+期望工作地点","应聘职位"],["不要以附件"]]))
I.append(item("r27s-kpi-03","manager","kpi","A银行那个客户关系经理岗，人才管理上用什么指标衡量比较好？","客户关系经理",
    ev(F0,(793,805),(809,811)),[["岗位空缺率"],["创新性解决方案"],["绩效达标的周期"]]))
I.append(item("r27s-kpi-04","hr","kpi","考核销售员，除了销量回款这些硬指标，定性的部分看啥？","销售人员",
    ev(F0,131),[["团队合作精神"],["工作热情"],["创新能力"],["忠诚度"]]))
I.append(item("r27s-method-02","manager","method","银行关键岗位的人被强制休假了，这期间还能回来处理工作吗？",None,
    ev(F1,259,423,429),[["暂停行使"],["不得返回工作岗位"],["替岗人员","审计人员"]]))
I.append(item("r27s-method-03","manager","method","营销团队的年度营销方案要怎么报批，走哪些部门？",None,
    ev(F3,131),[["经纪业务综合室"],["渠道管理部"],["主管副总裁"]]))
# ---- jd (3)
I.append(item("r27s-jd-01","hr","jd","帮我起草一份期货公司客服中心产品服务专员的JD","产品服务专员",
    ev(F0,(299,317)),[["新业务测试"],["宣传资料"],["400电话"]],
    tool={"kind":"jd","role":"产品服务专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]}))
I.append(item("r27s-jd-02","hr","jd","给内贸业务员出一份岗位说明书草稿","内贸业务员",
    ev(F2,(222,251)),[["开发新客户"],["维护老客户"],["销售目标","销售任务","销售指标","销售业绩"]],
    tool={"kind":"jd","role":"内贸业务员","must_cite_files":[F2],"expect_sections":["duties"]}))
I.append(item("r27s-jd-03","manager","jd","我们做铝材的，帮我起一份区域销售经理的JD","销售经理",
    ev(F2,(135,142)),[["区域销售任务"],["出库手续"],["收集市场信息"]],
    tool={"kind":"jd","role":"销售经理","must_cite_files":[F2],"expect_sections":["duties"]}))
# ---- kpi_design (3)
KD1=["基础工作","大客户服务和维护","信息反馈","大客户营销"]
I.append(item("r27s-kd-01","manager","kpi_design","邮政大客户中心要给大客户经理定考核指标，帮设计4个，带上分值","大客户经理",
    ev(F1,(147,155)),[[x] for x in KD1],
    tool={"kind":"kpi_design","role":"大客户经理","count":4,"must_cite_files":[F1],"expected_indicators":KD1}))
KD2=["客户资产总量","净收入","开户数","新增资产"]
I.append(item("r27s-kd-02","manager","kpi_design","给我们证券营业部的客户经理设计一套KPI","客户经理",
    ev(F3,35,114,154),[[x] for x in KD2],
    tool={"kind":"kpi_design","role":"客户经理","count":None,"must_cite_files":[F3],"expected_indicators":KD2}))
KD3=["日均存款新增额","日均贷款余额","中间业务收入","新增个人VIP客户数","客户经理与潜在客户的接触次数"]
I.append(item("r27s-kd-03","hr","kpi_design","支行客户经理的KPI帮我设计5个，按平衡计分卡四个维度来","客户经理",
    ev(F0,91),[[x] for x in KD3],
    tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],"expected_indicators":KD3}))
# ---- followup (8)
I.append(item("r27s-fu-01","hr","followup","网络公司的客服专员都做些什么","客服专员",
    ev(F2,(274,279)),[["聊天工具"],["电话咨询"],["订单"],["回访"]],turns=[
    turn("要是换成做车载导航那家公司的，又是哪些活？","duty","客服专员",ev(F2,(285,293)),[["日常监控"],["车载设备"],["调度工程安装人员"]]),
    turn("这俩里头哪家的还得管数据库备份？","duty","客服专员",ev(F2,(285,293)),[["导航"],["数据库备份"]])]))
I.append(item("r27s-fu-02","manager","followup","营业部营销团队早上的晨会一般过哪些内容",None,
    ev(F3,(143,148)),[["市场信息"],["工作进度汇报"],["营销案例"],["激励团队士气"]],turns=[
    turn("里面第二项是讲啥的，细说下","duty",None,ev(F3,145),[["最新精神"],["新业务"],["布置新的工作任务"]]),
    turn("每周每月那种例会又开些啥","duty",None,ev(F3,142),[["每周召集一次工作例会"],["月度总结例会"],["竞争对手"]])]))
I.append(item("r27s-fu-03","new_hire","followup","烟草公司的客户经理在市场预测里要做哪些事","客户经理",
    ev(F1,367),[["单元市场需求预测"],["库存"],["动销台帐"]],turns=[
    turn("他头上直接管他的是哪个岗？","attribute","客户经理",ev(F1,365),[["市场经理"],["上下级"]],attribute="reports_to"),
    turn("干这个一个月到手大概多少钱？","out_of_scope","客户经理",[],[])]))
I.append(item("r27s-fu-04","new_hire","followup","装修公司的大客户经理向谁汇报？","大客户经理",
    ev(F4,(118,122),145),[["营运总监"],["请示批准","指令和监督"]],attribute="reports_to",turns=[
    turn("他手底下管人吗？","attribute","大客户经理",ev(F4,124,131),[["直属下级"],["店面营销员","渠道营销员"]],attribute="subordinates"),
    turn("他都有哪些权力？能调公司的车吗","duty","大客户经理",ev(F4,(144,148)),[["车辆调动权"],["监督检查权"],["奖罚提议权"]])]))
I.append(item("r27s-fu-05","manager","followup","新余农商行为了推柜面业务分流，在网点平衡计分卡里加了啥考核指标？",None,
    ev(F1,347),[["电子银行业务替代率"],["柜员业务量"]],turns=[
    turn("那没配大堂经理的网点呢，谁来引导分流？","duty","柜员",ev(F1,347),[["柜员轮流"],["分流引导"]]),
    turn("零售客户经理他们从哪些人里选？","qualification","零售客户经理",ev(F1,355),[["懂业务"],["熟悉产品"],["营销能力强"]])]))
I.append(item("r27s-fu-06","hr","followup","银行里风险经理主要干啥？跟客户经理怎么配合","风险经理",
    ev(F4,40,252),[["计量、控制和报告"],["建设性意见"],["风险识别"],["关键风险点检查"]],turns=[
    turn("放款岗那边又管什么","duty","放款岗",ev(F4,40),[["贷款的发放"],["提前收回"]]),
    turn("产品经理跟风险经理比，统计、抵押这些后台活归谁？","duty","产品经理",ev(F4,40),[["产品经理"],["统计、抵押","后台工作"]])]))
I.append(item("r27s-fu-07","manager","followup","农信社贷款首放制，谁算第一责任人？","客户经理",
    ev(F2,(6,8),(15,18)),[["授权放款客户经理"],["信贷副主任"],["社主任"]],turns=[
    turn("那他要包哪些？","duty","客户经理",ev(F2,9),[["包考察"],["包收回"],["包赔偿"]]),
    turn("嗯，还有吗？就这六个？","duty","客户经理",ev(F2,10),[["三化三无"],["无欠息"]])]))
I.append(item("r27s-fu-08","hr","followup","有篇竞聘柜台经理的演讲，里面说这个职位主要负责啥？","柜台经理",
    ev(F0,583,837,879),[["柜台日常事务"],["客户一般问题"],["传授与指导"]],turns=[
    turn("他说客户服务要从哪几方面做好","duty","柜台经理",ev(F0,593,(847,855)),[["专业知识"],["和蔼可亲"],["以诚相待"],["向导"]]),
    turn("他讲的第四点能展开一下吗","duty","柜台经理",ev(F0,593,853),[["客户的向导"],["真实需求"],["站在客户立场"]])]))
# ---- out_of_scope (6)
for n,(p,q) in enumerate([
    ("new_hire","券商投行部保荐代表人的岗位职则有哪些？"),
    ("hr","一德期货开户专员一个月工资多少钱？"),
    ("new_hire","软件开发那个岗要会Java，能教我用Java写个冒泡排序不"),
    ("hr","个人客户经理竞聘有没有年龄上限啊？"),
    ("manager","工行的经办行密押员具体干哪些活？"),
    ("hr","客户经理完不成存款指标被辞退，银行要给几个月经济补偿？")],1):
    I.append(item(f"r27s-oos-0{n}",p,"out_of_scope",q,None,[],[]))
with open('/tmp/r27/ship/set.jsonl','w',encoding='utf-8') as f:
    for it in I: f.write(json.dumps(it,ensure_ascii=False)+"\n")
print(len(I))
