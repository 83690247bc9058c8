"""Writes set.jsonl (round 35, helper xfu): 28 follow-up conversations + 8 single items over corpus-extra."""
import json, pathlib
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"; C07="cx07_人才招聘.html"
C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"; C10="cx10_导购岗位职责.txt"
C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"; C13="cx13_人力资源招聘专员行为标准.txt"
C14="cx14_财务部内控与财务分析KPI组成表.txt"; C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"
def Q(f,q): return {"file":f,"quote":q}
def L(f,a,b): return {"file":f,"line_start":a,"line_end":b}
def T(q,intent,role,ev,kp,attr=None,form=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    d["_form"]=form; return d
def OOS(q,role,form): return {"question":q,"intent":"out_of_scope","role":role,"evidence":[],"key_points":[],"_form":form}
FU=[]
def fu(persona,q,intent_role,ev,kp,turns,attr=None):
    FU.append(dict(persona=persona,question=q,role=intent_role,ev=ev,kp=kp,attr=attr,turns=turns))

# 01 cx01 financial manager
fu("new_hire","袜业公司那个财务部经理，顶头上司是谁？","财务部经理",[Q(C01,"财务总监"),Q(C01,"财务部总监")],[["财务总监","财务部总监"],["总监"]],[
  T("他手底下管着哪几个人","attribute","财务部经理",[Q(C01,"财务会计、出纳"),Q(C01,"成本会计")],[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
  T("这个位置得考下啥证才行","attribute","财务部经理",[Q(C01,"会计师资格证书")],[["会计师资格证书","会计师"],["资格证书"]],"certificate","ellipsis"),
  OOS("这岗月薪大概开到几千","财务部经理","oos")],attr="reports_to")
# 02 cx15 教务
fu("hr","教务这个岗招人有哪些硬性条件","教务",[L(C15,2,6)],[["大学专科"],["2年以上"],["男女不限"]],[
  T("基本素养列了哪几条","qualification","教务",[L(C15,7,10)],[["责任心强"],["会爱学生"],["宽容乐观"]],None,"ellipsis"),
  T("素养里排第二的那条，具体写了啥","qualification","教务",[L(C15,9,9)],[["教育事业"],["教育教学"]],None,"ordinal"),
  OOS("那教务老师的薪资待遇是多少","教务","oos")])
# 03 cx02 dispatcher, described
fu("new_hire","公司里负责给司机派车、排值班的那个岗位主要干些什么","车辆调度员",[Q(C02,"1.根据客户有车需求,对人员车辆进行合理调配"),Q(C02,"2.车辆值班安排"),Q(C02,"1.根据司机出车情况进行考核")],[["合理调配"],["值班"],["考核"]],[
  T("那这人归谁管、跟谁汇报","attribute","车辆调度员",[Q(C02,"车辆租赁中心主任")],[["车辆租赁"],["中心主任"]],"reports_to","pronoun"),
  T("业绩标准第二条要求达到多少","kpi","车辆调度员",[Q(C02,"2.客户满意率达90%以上")],[["客户满意"],["90%"]],None,"ordinal"),
  T("业绩标准排在末尾那条是啥","kpi","车辆调度员",[Q(C02,"4.突发事件处理及时率达100%")],[["突发事件"],["100%"]],None,"ordinal")])
# 04 cx02 qualifications + JD
fu("hr","招车辆调度员的话学历卡在什么水平","车辆调度员",[Q(C02,"高中及以上")],[["高中及以上","高中"],["以上"]],[
  T("对口专业有讲究没","attribute","车辆调度员",[Q(C02,"汽车修理专业")],[["汽车修理"],["专业"]],"major","ellipsis"),
  T("干过几年的才收","attribute","车辆调度员",[Q(C02,"4年以上相关工作经验")],[["4年以上"],["相关工作经验"]],"experience","ellipsis"),
  T("行，帮我把这个岗位的JD写出来","duty","车辆调度员",[Q(C02,"1.根据客户有车需求,对人员车辆进行合理调配"),Q(C02,"1.根据司机出车情况进行考核")],[["合理调配"],["考核"]],None,"tool")],attr="education")
# 05 cx03 training manager duties
fu("manager","培训部的头儿日常都管哪些事","培训部经理",[Q(C03,"a)责培训部的日常管理工作。"),Q(C03,"c)责培训部员工的工作安排与绩效考核。"),Q(C03,"g)负责培训市场的开拓")],[["日常管理"],["绩效考核"],["培训市场"]],[
  T("第四条具体指什么","duty","培训部经理",[Q(C03,"d)责培训业务经营发展的规划,核心组课程的引入。")],[["核心组课程"],["经营发展"]],None,"ordinal"),
  T("最后一点展开说说","duty","培训部经理",[Q(C03,"h)协助市场部进行培训市场开发工作,了解客户真实的培训需求")],[["市场部"],["可行性"]],None,"ordinal"),
  OOS("那培训顾问负责什么","培训顾问","switch+oos")])
# 06 cx03 department
fu("new_hire","培训部这个部门整体上担着哪些职能",None,[Q(C03,"2.6负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核;"),Q(C03,"2.1负责培训服务产品的开发和策划工作,为市场推广提供培训服务产品支持;"),Q(C03,"2.7负责公司培训档案的建立;")],[["培训服务产品"],["师资库"],["培训档案"]],[
  T("部门一共配了几个人","attribute",None,[Q(C03,"3.1培训部配置人员4名,其中培训部经理1名,培训顾问1名,培训助理1名,")],[["4名"],["培训部经理"]],"subordinates","ellipsis"),
  OOS("培训助理那个岗又是干嘛的","培训助理","switch+oos"),
  T("回到部门职能，第六条是什么","duty",None,[Q(C03,"2.6负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核;")],[["师资库"],["内部讲师"]],None,"back-two")])
# 07 cx04 HR KPI
fu("hr","人力资源部有哪些KPI指标可以参考",None,[Q(C04,"部门费用预算达成率"),Q(C04,"员工满意度调查"),Q(C04,"人员编制控制率")],[["部门费用预算达成率"],["员工满意度"],["人员编制控制率"]],[
  T("其中招聘费用那个达成率的算法是什么","kpi",None,[Q(C04,"当年实际发生招聘费用与预算费用的比例")],[["实际发生费用/计划费用","实际发生招聘费用与预算费用"],["预算费用","计划费用"]],None,"ellipsis"),
  OOS("它的权重给多少","人力资源部","oos"),
  T("编制控制率又是拿什么除以什么","kpi",None,[Q(C04,"(实际人数/计划编制人数)*100%")],[["实际人数"],["计划编制人数"]],None,"ellipsis")])
# 08 cx04 treasury -> audit
fu("manager","资金部的绩效一般用哪几个KPI来考",None,[Q(C04,"公司资金预算达成率"),Q(C04,"资金收支准确度"),Q(C04,"资金使用评估报告编制及时率")],[["公司资金预算达成率"],["资金收支准确度"],["资金使用评估报告编制及时率"]],[
  T("头寸信息掌握及时性是怎么界定的","kpi",None,[Q(C04,"因没有及时掌握资金头寸信息, 导致公司损失的金额")],[["资金头寸"],["损失的金额"]],None,"ellipsis"),
  T("那审计部门对应的有哪些","kpi",None,[Q(C04,"审计计划执行率"),Q(C04,"审计报告归档率"),Q(C04,"审计问题追踪检查率")],[["审计计划执行率"],["审计报告归档率"]],None,"switch"),
  T("审计结果准确性靠什么来衡量","kpi",None,[Q(C04,"审计结果更正的次数")],[["审计结果"],["更正的次数"]],None,"ellipsis")])
# 09 cx14
fu("hr","财务分析会计考核表里都有哪几个KPI","财务分析会计",[L(C14,3,7)],[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"]],[
  T("财务分析报告那项是怎么打分的","kpi","财务分析会计",[L(C14,12,16)],[["格式"],["数据的准确性"],["及时性"]],None,"ellipsis"),
  T("利润中心那项，如果一个季度被投诉两回扣成多少分","kpi","财务分析会计",[L(C14,5,5)],[["投诉"],["二次–20分","二次-20分","–20分","-20分"]],None,"ellipsis"),
  T("最后一项权重占多少","kpi","财务分析会计",[L(C14,6,6)],[["月底结帐"],["25%"]],None,"ordinal")])
# 10 cx05 production supervisor
fu("new_hire","做注塑模具那家厂招的生产主管要干什么","生产主管",[Q(C05,"车间日常生产管理")],[["车间日常生产管理"],["简化生产流程"]],[
  T("他得有几年相关行业的工作经历","attribute","生产主管",[Q(C05,"有两年以上相关行业的工作经验")],[["两年以上"],["相关行业"]],"experience","pronoun"),
  T("研发经理那边经验上怎么说","attribute","研发经理",[Q(C05,"模具设计类专业，有经验者优先"),Q(C05,"研发经理 （4名）")],[["有经验者优先"],["研发经理"]],"experience","switch"),
  T("那他学什么专业比较对口","attribute","研发经理",[Q(C05,"模具设计类专业，有经验者优先")],[["模具设计"],["专业"]],"major","pronoun")])
# 11 cx05 copywriter
fu("hr","文案策划这个岗要做哪些事","文案策划",[Q(C05,"负责宣传推广文案及宣传资料文案的撰写")],[["宣传推广文案"],["刊物"]],[
  T("对岁数有限制不","qualification","文案策划",[Q(C05,"大专以上，20-35岁，有经验者优先")],[["20-35岁"],["大专以上"]],None,"ellipsis"),
  T("跟销售经理比，谁的学历要求更高","qualification","文案策划",[Q(C05,"大专以上，20-35岁，有经验者优先"),Q(C05,"本科以上，20-35岁，英语专业者优先")],[["本科"],["大专"]],None,"comparison"),
  T("包不包吃住","attribute","文案策划",[Q(C05,"形象气质佳，有亲和力，善于沟通")],[["免费食宿"],["薪资面议"]],"benefits","ellipsis")])
# 12 cx05 mech technician -> cx07 机修工
fu("new_hire","机械技术员具体干啥","机械技术员",[Q(C05,"协助工程师完成车间机器的维修")],[["维修"],["治具"]],[
  T("招他的话门槛是什么","qualification","机械技术员",[Q(C05,"大专以上，20-45岁，机械技术底子深厚")],[["大专以上"],["20-45岁"]],None,"ellipsis"),
  T("钢结构厂那边的机修工要求是什么","qualification","机修工",[L(C07,272,272)],[["中专以上"],["5年以上"]],None,"switch"),
  T("帮机修工起草一份JD","duty","机修工",[L(C07,278,287)],[["保养"],["故障"]],None,"tool")])
# 13 cx06 front-end switch companies
fu("hr","Moka那边的前端开发岗，工作年限要求多少","前端开发工程师",[L(C06,7,7)],[["1年及以上"],["toB"]],[
  T("美团成都研发中心的前端又要几年","attribute","前端开发工程师",[L(C06,86,86)],[["3年及以上"],["互联网研发"]],"experience","switch"),
  T("京东物流招的那个前端研发呢","attribute","前端开发工程师",[L(C06,99,99)],[["3-5年"],["前端开发经验"]],"experience","switch"),
  T("它对学历怎么要求","attribute","前端开发工程师",[L(C06,99,99)],[["全日制本科"],["计算机"]],"education","pronoun")],attr="experience")
# 14 cx06 百腾
fu("new_hire","杭州百腾教育的前端岗位是做什么的","前端开发工程师",[L(C06,110,111)],[["考试系统"],["监考系统"]],[
  OOS("这个职位月薪开多少","前端开发工程师","oos"),
  T("会哪些东西面试能占点便宜","qualification","前端开发工程师",[L(C06,119,121)],[["NodeJS"],["快速学习"]],None,"ellipsis"),
  T("办公地点在哪个城市","attribute","前端开发工程师",[L(C06,109,109)],[["杭州"],["百腾"]],"location","pronoun")])
# 15 cx06 test manager -> DBA
fu("manager","慧算账的测试经理负责些什么","测试工程师",[L(C06,51,56)],[["测试计划"],["测试用例"],["团队"]],[
  T("职责里排第三的那条怎么理解","duty","测试工程师",[L(C06,53,53)],[["测试工具"],["测试方法"]],None,"ordinal"),
  T("那DBA呢","duty","DBA",[L(C06,63,68)],[["容量规划"],["备份恢复"]],None,"switch"),
  T("他对学历的门槛是什么","attribute","DBA",[L(C06,70,70)],[["本科"],["正规院校"]],"education","pronoun"),
  T("回到测试经理，要带过多大的团队","qualification","测试工程师",[L(C06,59,59)],[["3人以上"],["团队管理"]],None,"back-two")])
# 16 cx06 SRE -> Go
fu("new_hire","宝洁那个SRE平时干什么","平台Site Reliability Engineer",[L(C06,123,123)],[["DevOps平台"],["BU"]],[
  T("英文水平有没有要求","qualification","平台Site Reliability Engineer",[L(C06,129,129)],[["英语能力"],["有一定"]],None,"ellipsis"),
  T("云霁那个Golang后端岗对年限怎么要求","attribute","Golang 后端",[L(C06,35,35)],[["2-5年"],["Golang"]],"experience","switch"),
  T("这家公司在哪些城市能办公","attribute","Golang 后端",[L(C06,27,27)],[["杭州"],["远程"]],"location","pronoun"),
  OOS("顺便教我写个k8s Deployment的yaml文件","Golang 后端","oos")])
# 17 cx06 product manager
fu("hr","Moka在成都招产品经理，对候选人有什么要求","产品经理",[L(C06,20,23)],[["需求识别"],["学习能力"],["Ownership"]],[
  T("有什么加分的背景吗","qualification","产品经理",[L(C06,25,26)],[["OKR"],["绩效"]],None,"ellipsis"),
  T("那这个人入职后具体负责哪几块","duty","产品经理",[L(C06,14,17)],[["绩效爆品"],["用户行为数据"]],None,"pronoun"),
  T("这个岗开的薪资区间是多少","attribute","产品经理",[L(C06,13,13)],[["15k-40k"],["成都"]],"pay","ellipsis")])
# 18 cx07 salesman vs cx05 sales manager
fu("new_hire","做H型钢那家公司的销售员日常要干啥","销售员",[L(C07,97,103)],[["销售活动"],["拜访"],["客户关系档案"]],[
  T("给的福利待遇怎么样，有社保吗","attribute","销售员",[L(C07,123,123)],[["双休"],["社会保险"],["住宿"]],"benefits","ellipsis"),
  T("跟注塑厂那个销售经理比，谁的学历要求高","qualification","销售员",[L(C07,111,111),Q(C05,"本科以上，20-35岁，英语专业者优先")],[["大专"],["本科"]],None,"comparison"),
  T("回到销售员，英语要过几级","qualification","销售员",[L(C07,111,111)],[["四级"],["英语"]],None,"back-two")])
# 19 cx07 welder / riveter
fu("hr","钢构厂招焊工看重什么","焊工",[L(C07,130,133)],[["高中"],["焊工证"]],[
  T("那铆工的门槛呢","qualification","铆工",[L(C07,140,143)],[["3年以上"],["钢结构"]],None,"switch"),
  T("这两个比谁对工作经验要求高","qualification","铆工",[L(C07,133,133),L(C07,143,143)],[["3年以上"],["铆工"]],None,"comparison"),
  OOS("焊工一月到手能有多少钱","焊工","oos")])
# 20 cx07 mechanic / electrician
fu("new_hire","厂里负责修设备的机修工要做些啥","机修工",[L(C07,278,287)],[["保养"],["故障"],["巡回检查"]],[
  T("维修电工跟他比，要求有哪些不一样","qualification","维修电工",[L(C07,272,272),L(C07,303,303)],[["电气"],["机械"]],None,"comparison"),
  T("维修电工的第二条工作内容具体讲讲","duty","维修电工",[L(C07,312,312)],[["例保"],["大修"]],None,"ordinal"),
  OOS("维修电工归哪个领导直接管","维修电工","oos")])
# 21 cx16 payroll
fu("hr","薪酬核算这个岗位主要做什么","薪资核算专员",[L(C16,4,13)],[["计提"],["个税"],["年终奖"]],[
  T("第六条展开一下","duty","薪资核算专员",[L(C16,9,9)],[["个税"],["汇算清缴"]],None,"ordinal"),
  T("他需要哪些经验","attribute","薪资核算专员",[L(C16,16,16)],[["2年以上"],["HRSSC"]],"experience","pronoun"),
  T("除此以外还列了什么要求没","qualification","薪资核算专员",[L(C16,17,18)],[["劳动法"],["职业道德"]],None,"ellipsis")])
# 22 cx08 cashier
fu("new_hire","培训学校的出纳主要做哪些事","出纳",[Q(C08,"每天报财务“资金汇报”;"),Q(C08,"通过银行代发或现金发放形式按时、准确地发放员工工资、奖金;"),Q(C08,"按领导审批过的退费手续,为客户办理退费结算;")],[["资金汇报"],["发放员工工资"],["退费"]],[
  T("第七条展开说","duty","出纳",[Q(C08,"按领导审批过的退费手续,为客户办理退费结算;")],[["退费手续"],["退费结算"]],None,"ordinal"),
  T("她平时直接向谁报告","attribute","出纳",[Q(C08,"直接主管:分校校长")],[["分校校长"],["直接主管"]],"reports_to","pronoun"),
  T("要几年出纳经验","attribute","出纳",[Q(C08,"2年以上出纳工作经验;")],[["2年以上"],["出纳工作经验"]],"experience","ellipsis"),
  OOS("薪资级别是几级","出纳","oos")])
# 23 cx08 cashier -> cx01 cashier (other company)
fu("hr","出纳岗位需要什么证书","出纳",[Q(C08,"会计、金融类专业大专或以上学历,会计从业资格证")],[["会计从业资格证"],["大专"]],[
  T("招男生还是女生，卡不卡性别","qualification","出纳",[Q(C08,"性 别 不限(女姓佳)")],[["女"],["不限"]],None,"ellipsis"),
  OOS("袜业公司财务部下面也有个出纳，他的职责是什么","出纳","switch+oos"),
  T("回到培训学校那个出纳，她的隔级领导是谁","attribute","出纳",[Q(C08,"隔级领导:总经理")],[["总经理"],["隔级"]],"reports_to","back-two")],attr="certificate")
# 24 cx09
fu("manager","人事行政部经理这张考核表都考哪些项","人事行政部经理",[L(C09,8,23)],[["工作目标完成率"],["后勤投诉次数"],["部门员工保有率"]],[
  T("客户类占多大权重","kpi","人事行政部经理",[L(C09,17,18)],[["10%"],["内部员工满意率","后勤投诉次数"]],None,"ellipsis"),
  T("绩效薪资管理那一项的权重给了多少","kpi","人事行政部经理",[L(C09,14,14)],[["15%"],["扣2分"]],None,"ellipsis"),
  T("有没有哪个指标权重填的是零","kpi","人事行政部经理",[L(C09,15,15)],[["工作流程改善目标完成率"],["0%"]],None,"ellipsis"),
  T("工作目标完成率的计算公式是啥","kpi","人事行政部经理",[L(C09,10,10)],[["实际完成数量/计划完成数量"],["100%"]],None,"ellipsis")])
# 25 cx10 guide
fu("new_hire","导购员每天要做啥","导购",[L(C10,9,17),L(C10,23,29),L(C10,43,51)],[["顾客"],["收银"],["清洁"]],[
  T("那他归谁直接领导","attribute","导购",[L(C10,43,43)],[["店长"],["对店长负责","接受其领导"]],"reports_to","pronoun"),
  T("对应聘者性别有限定吗","qualification","导购",[L(C10,33,33)],[["女"],["学历不限"]],None,"ellipsis"),
  T("会粤语有用吗","qualification","导购",[L(C10,39,39)],[["粤语优先"],["专业培训"]],None,"ellipsis")])
# 26 cx11 hotel front desk
fu("new_hire","酒店前台是怎么轮班的，几点到几点","酒店前台",[L(C11,15,15)],[["8:00"],["两班"]],[
  T("每月能休息多少天","attribute","酒店前台",[L(C11,14,14)],[["4天"],["调休"]],"benefits","ellipsis"),
  T("她的核心要求有哪些","qualification","酒店前台",[L(C11,9,12)],[["亲和力"],["收银系统"],["应变"]],None,"pronoun"),
  T("退房那条具体要做什么","duty","酒店前台",[L(C11,4,4)],[["迷你吧"],["退房结算"]],None,"ordinal")],attr="benefits")
# 27 cx12 admin supervisor
fu("new_hire","行政主管/行政经理助理向谁汇报","行政主管",[L(C12,9,10)],[["行政经理"],["直属上级"]],[
  T("那他手上主要的行政管理活有哪些","duty","行政主管",[L(C12,39,47)],[["大事记"],["固定资产"],["年会"]],None,"pronoun"),
  OOS("这一块的业绩衡量标准具体怎么定的","行政主管","oos"),
  T("这些活在他时间里占了多大比例","duty","行政主管",[L(C12,38,39)],[["65"],["行政管理"]],None,"ellipsis")],attr="reports_to")
# 28 cx13
fu("hr","招聘专员行为标准里，人力资源招聘这一块要做什么","招聘专员",[L(C13,9,14)],[["招聘文案"],["招募活动"],["内部信息网"]],[
  T("转正考核那部分呢","duty","招聘专员",[L(C13,15,20)],[["转正考核"],["异动"]],None,"ellipsis"),
  T("换成人力资源专员，学历上要求啥","attribute","人力资源专员",[L(C13,3,3)],[["本科"],["人力资源"]],"education","switch"),
  T("英语方面呢","qualification","人力资源专员",[L(C13,6,6)],[["中英文"],["听、说、读、写"]],None,"ellipsis")])

items=[]; forms={}
for i,c in enumerate(FU,1):
    iid=f"r35x-fu-{i:02d}"
    turns=[]
    for j,t in enumerate(c["turns"],2):
        forms[f"{iid}#{j}"]=t.pop("_form"); turns.append(t)
    items.append({"id":iid,"persona":c["persona"],"intent":"followup","question":c["question"],"role":c["role"],
      "attribute":c["attr"],"evidence":c["ev"],"key_points":c["kp"],"expect_refusal":False,"turns":turns,"tool":None})
def S(iid,persona,intent,q,role,ev,kp,attr=None,tool=None,ref=False):
    items.append({"id":iid,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,"evidence":ev,
      "key_points":kp,"expect_refusal":ref,"turns":None,"tool":tool})
S("r35x-duty-01","new_hire","duty","电气技术储备岗进来之后做什么工作","电气技术储备",[L(C07,260,263)],[["维修电工"],["电气原理"]])
S("r35x-qual-01","hr","qualification","剪板机操作工招人有什么条件","剪板机操作工",[L(C07,186,186)],[["45岁以下"],["三年以上"],["剪板机"]])
S("r35x-attr-01","new_hire","attribute","高压值班电工得持什么证上岗","高压值班电工",[L(C07,296,296)],[["高压电工资格证"],["持有"]],attr="certificate")
S("r35x-attr-02","hr","attribute","DBA那个职位需要什么专业背景","DBA",[L(C06,70,70)],[["计算机"],["信息安全"]],attr="major")
S("r35x-kpi-01","hr","kpi","人力资源部KPI里员工满意度是怎么计算的",None,[Q(C04,"对员工进行满意度调查的算术平均值")],[["算术平均值"],["满意度调查"]])
S("r35x-jd-01","hr","jd","麻烦按资料拟一份薪资核算专员的招聘JD","薪资核算专员",[L(C16,4,13)],[["个税"],["薪资发放"]],
  tool={"kind":"jd","role":"薪资核算专员","must_cite_files":[C16],"expect_sections":["duties","qualifications"]})
S("r35x-kd-01","manager","kpi_design","给审计部设计一套KPI考核方案","审计部",[Q(C04,"审计计划执行率"),Q(C04,"审计结果准确性"),Q(C04,"审计报告归档率")],
  [["审计计划执行率"],["审计结果准确性"],["审计报告归档率"]],
  tool={"kind":"kpi_design","role":"审计部","count":None,"must_cite_files":[C04],"expected_indicators":["审计计划执行率","审计结果准确性","审计报告归档率"]})
S("r35x-oos-01","new_hire","out_of_scope","质检员平时都负责哪些工作",None,[],[],ref=True)
out=pathlib.Path(__file__).parent
with open(out/"set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(out/"forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items),"items,",sum(len(i["turns"] or []) for i in items),"later turns")
