"""Builds set.jsonl and forms.json for round73/xfu (follow-up conversations over corpus-extra)."""
import json
F1="cx01_财务部经理岗位说明书.docx"; F2="cx02_车辆调度员岗位说明书.docx"; F3="cx03_培训部工作手册.docx"
F4="cx04_部门KPI指标库.xlsx"; F5="cx05_招聘岗位一览.xlsx"; F6="cx06_技术岗位招聘信息.csv"; F7="cx07_人才招聘.html"
F8="cx08_培训学校出纳岗位说明书.pdf"; F9="cx09_人事行政部经理绩效考核表.md"; F10="cx10_导购岗位职责.txt"
F11="cx11_酒店前台职位描述.txt"; F12="cx12_行政主管岗位说明书.txt"; F13="cx13_人力资源招聘专员行为标准.txt"
F14="cx14_财务部内控与财务分析KPI组成表.txt"; F15="cx15_教务工作岗位素能.txt"; F16="cx16_薪资核算专员职位描述.txt"
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def Q(f,q): return {"file":f,"quote":q}
def T(q,intent,role,ev,kp,attr=None,form=None):
    t={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: t["attribute"]=attr
    return t,form
def OOS(q,form): return {"question":q,"intent":"out_of_scope","role":None,"evidence":[],"key_points":[]},form
personas=["new_hire","hr","manager"]
items=[]; forms={}
def FU(n,q,intent_first,role,ev,kp,turns,attr=None):
    # the item intent is followup; intent_first only documents the first turn's kind
    iid=f"r73fu-{n:02d}"
    items.append({"id":iid,"persona":personas[n%3],"intent":"followup","question":q,"role":role,"attribute":attr,
                  "evidence":ev,"key_points":kp,"expect_refusal":False,"turns":[t for t,_ in turns],"tool":None})
    forms[iid]={"first":intent_first,"later":[f for _,f in turns]}

FU(1,"车辆调度员平时主要干些什么活？","duty","车辆调度员",
   [Q(F2,"1.根据客户有车需求,对人员车辆进行合理调配"),Q(F2,"2.车辆值班安排"),Q(F2,"1.根据司机出车情况进行考核")],
   [["合理调配"],["值班"],["考核"]],
   [T("他直接向哪位领导汇报工作？","attribute","车辆调度员",[Q(F2,"车辆租赁中心主任")],[["车辆租赁中心"],["主任"]],"reports_to","pronoun"),
    T("对学历有啥门槛没","attribute","车辆调度员",[Q(F2,"高中及以上"),Q(F2,"汽车修理专业")],[["高中及以上"],["汽车修理"]],"education","ellipsis"),
    T("业绩标准第二条具体是啥数","kpi","车辆调度员",[Q(F2,"2.客户满意率达90%以上")],[["客户满意率"],["90%"]],None,"ordinal")])
FU(2,"财务经理得有什么证书才行？","attribute","财务部经理",[Q(F1,"会计师资格证书")],[["会计师"],["资格证书"]],
   [T("工作年限这块要求多长","attribute","财务部经理",[Q(F1,"八年以工业企业财务管理经验,至少五年同职经历")],[["八年"],["五年"]],"experience","ellipsis"),
    T("他下面带着哪几个人","attribute","财务部经理",[Q(F1,"财务会计、出纳")],[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
    T("年龄卡得严不严","qualification","财务部经理",[Q(F1,"35-45岁、性别不限、无身体疾病或残疾")],[["35-45岁"],["放宽"]],None,"switch attribute")],
   attr="certificate")
FU(3,"那家模具厂招的销售经理要负责哪些事？","duty","销售经理",[Q(F5,"帮助业务经理处理订单的相关内容")],
   [["处理订单"],["解答客户"],["跟进订单"],["出差"]],
   [T("文案策划那边呢","duty","文案策划",[Q(F5,"负责宣传推广文案及宣传资料文案的撰写")],[["宣传推广文案"],["采编"]],None,"switch role (ellipsis)"),
    T("这两个岗位学历要求有啥区别","qualification","文案策划",[Q(F5,"本科以上，20-35岁，英语专业者优先"),Q(F5,"大专以上，20-35岁，有经验者优先")],[["本科以上"],["大专以上"]],None,"compare last two"),
    T("文案策划公司管吃住不","attribute","文案策划",[Q(F5,"有亲和力，善于沟通。4、 公司提供免费食宿")],[["免费食宿"],["薪资面议"]],"benefits","switch attribute")])
FU(4,"慧算账那个测试经理，招聘要求是啥","qualification","测试工程师",[L(F6,57,61)],[["本科"],["5年以上"],["3人以上"],["测试用例"]],
   [T("那DBA这个岗呢","qualification","DBA",[L(F6,69,74)],[["本科"],["MySQL"],["SQL调优"]],None,"switch role (ellipsis)"),
    T("它的工作地点在哪","attribute","DBA",[L(F6,62,62)],[["广州"],["慧算账"]],"location","pronoun"),
    T("DBA职责里第五条说的是什么","duty","DBA",[L(F6,67,67)],[["备份恢复"],["迁移"],["故障排除"]],None,"ordinal")])
FU(5,"钢结构厂招焊工要啥学历","attribute","焊工",[L(F7,130,130)],[["高中及以上"],["学历"]],
   [T("那还得持啥证上岗","attribute","焊工",[L(F7,133,133)],[["焊工证"],["质监局"]],"certificate","ellipsis"),
    T("换成铆工，要几年经验","attribute","铆工",[L(F7,143,143)],[["3年以上"],["钢结构"]],"experience","switch role"),
    T("这两个工种年龄限制一样吗","qualification","铆工",[L(F7,130,130),L(F7,140,140)],[["40岁以下"],["男"]],None,"compare last two")],
   attr="education")
FU(6,"采购员具体负责些什么","duty","采购员",[L(F7,153,179)],[["采购制度"],["供应商谈判"],["采购计划"],["验收"]],
   [T("第四条展开讲讲呗","duty","采购员",[L(F7,164,166)],[["价格"],["付款方式"],["交货日期"]],None,"ordinal"),
    T("那上下班有没有班车","out_of_scope",None,[],[],None,"out-of-scope (not stated)"),
    T("他对学历有什么要求","attribute","采购员",[L(F7,150,150)],[["大专及以上"],["物流及供应链管理"]],"education","pronoun (after OOS)")])
FU(7,"培训学校的出纳要负责哪些工作","duty","出纳",
   [Q(F8,"根据各校区发来的收入数据进行数据录入"),Q(F8,"每天报财务“资金汇报”"),Q(F8,"通过银行代发或现金发放形式按时"),Q(F8,"按领导审批过的退费手续")],
   [["数据录入"],["资金汇报"],["工资"],["退费"]],
   [T("她的顶头上司是谁呀","attribute","出纳",[Q(F8,"直接主管:分校校长")],[["分校校长"],["直接主管"]],"reports_to","pronoun"),
    T("那隔级领导又是哪位","attribute","出纳",[Q(F8,"隔级领导:总经理")],[["总经理"],["隔级"]],"reports_to","ellipsis"),
    T("第三条职责是啥意思","duty","出纳",[Q(F8,"每天报财务“资金汇报”")],[["每天"],["资金汇报"]],None,"ordinal")])
FU(8,"人事行政部经理绩效考核看哪些指标","kpi","人事行政部经理",[L(F9,8,23)],
   [["办公用品费用控制"],["工作目标完成率"],["内部员工满意率"],["部门员工保有率"]],
   [T("绩效考核里内部运营类占了多大比重","kpi","人事行政部经理",[L(F9,10,10)],[["内部运营类"],["50%"]],None,"switch attribute"),
    T("里面哪个指标权重最高","kpi","人事行政部经理",[L(F9,14,14)],[["绩效、薪资管理完成率"],["15%"]],None,"ellipsis (within list)"),
    T("那这项是怎么个扣分法","kpi","人事行政部经理",[L(F9,14,14)],[["扣2分"],["错误"]],None,"pronoun")])
FU(9,"导购员每天要做什么","duty","导购",[L(F10,9,17)],[["接待顾客"],["收银"],["盘点"],["卫生"]],
   [T("她归谁管啊","attribute","导购",[L(F10,43,43)],[["店长"],["负责"]],"reports_to","pronoun"),
    T("招人对性别有要求吗","qualification","导购",[L(F10,33,33)],[["女"],["学历不限"]],None,"switch attribute"),
    T("会讲粤语有加分吗","qualification","导购",[L(F10,39,39)],[["粤语优先"],["培训"]],None,"ellipsis")])
FU(10,"酒店前台上几点的班","attribute","酒店前台",[L(F11,15,15)],[["两班轮班"],["8:00"],["16:00"]],
   [T("那她一个月能休几天假","attribute","酒店前台",[L(F11,14,14)],[["4天"],["调休"]],"benefits","ellipsis"),
    T("那遇到客人投诉该咋办","duty","酒店前台",[L(F11,6,6)],[["安抚情绪"],["协调"],["上报主管"]],None,"switch attribute"),
    OOS("社保和公积金公司按啥比例交","out-of-scope (HR-adjacent)")],attr="benefits")
FU(11,"行政主管的直接上司是哪位","attribute","行政主管",[L(F12,9,10)],[["行政经理"],["直属上级"]],
   [T("那他是哪个部门的人","attribute","行政主管",[L(F12,15,16)],[["行政管理部"],["所在部门"]],"department","pronoun"),
    T("时间分配占比最大的是哪块职责","duty","行政主管",[L(F12,38,39)],[["65"],["行政管理工作"]],None,"switch attribute"),
    OOS("那这块的业绩衡量标准怎么定的","out-of-scope (略 near-miss, pronoun)")],attr="reports_to")
FU(12,"招聘专员的行为标准都包括哪些内容","duty","招聘专员",[L(F13,9,20)],[["招聘文案"],["招募活动"],["转正考核"],["异动"]],
   [T("第二部分详细讲讲","duty","招聘专员",[L(F13,15,20)],[["转正"],["异动手续"],["数据库"]],None,"ordinal"),
    T("换成人力资源专员，学历得多高","attribute","人力资源专员",[L(F13,3,3)],[["本科及以上"],["人力资源"]],"education","switch role"),
    T("英语有要求没","qualification","人力资源专员",[L(F13,6,6)],[["中英文"],["听、说、读、写"]],None,"ellipsis")])
FU(13,"财务部内控与财务分析那张KPI表有哪些指标，各占多少权重","kpi","财务分析会计",[L(F14,3,7)],
   [["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"],["25%"]],
   [T("第三个指标咋计分","kpi","财务分析会计",[L(F14,5,5)],[["-5分"],["20分"],["0分"]],None,"ordinal"),
    T("财务分析报告从哪几个方面打分","kpi","财务分析会计",[L(F14,12,16)],[["格式"],["数据的准确性"],["数据的有效性"],["报告提交的及时性"]],None,"back to earlier item"),
    T("这张评分表一般谁来填","kpi","财务分析会计",[L(F14,10,10)],[["财务部经理"],["填写"]],None,"pronoun")])
FU(14,"做教务需要满足什么条件","qualification","教务",[L(F15,2,6)],[["大学专科"],["2年以上"],["男女不限"],["教师气质"]],
   [T("学历那条再具体点","attribute","教务",[L(F15,5,5)],[["国家统招"],["师范"]],"education","ordinal/field"),
    T("教务的基本素养写了哪些","qualification","教务",[L(F15,7,10)],[["责任心强"],["会爱学生"],["宽容乐观"]],None,"switch attribute"),
    OOS("教务岗位月薪大概有多少","out-of-scope (pay not stated)")])
FU(15,"薪酬核算岗主要干啥","duty","薪资核算专员",[L(F16,3,13)],[["薪资计提"],["个税申报"],["年终奖"],["薪资发放"]],
   [T("第六条讲讲","duty","薪资核算专员",[L(F16,9,9)],[["个人所得税"],["汇算清缴"]],None,"ordinal"),
    T("一般要多少年相关经验","attribute","薪资核算专员",[L(F16,16,16)],[["2年以上"],["共享服务中心","HRSSC"]],"experience","ellipsis"),
    T("得熟悉哪几部法","qualification","薪资核算专员",[L(F16,17,17)],[["劳动法"],["个人所得税法"]],None,"switch attribute")])
FU(16,"人力资源部KPI库里归到财务类的指标有哪几个","kpi","人力资源部",
   [Q(F4,"部门费用预算达成率"),Q(F4,"薪资总量预算安排达成率"),Q(F4,"招聘费用预算达成率"),Q(F4,"培训费用预算达成率")],
   [["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],
   [T("第二个指标的公式给我看看","kpi","人力资源部",[Q(F4,"(实际发生成本/计划成本)*100%")],[["实际发生成本"],["计划成本"]],None,"ordinal"),
    T("招聘管理下面呢","kpi","人力资源部",[Q(F4,"招聘空缺职位所需的平均天数"),Q(F4,"(实际人数/计划编制人数)*100%"),Q(F4,"公司人员编制的控制适度")],[["招聘空缺职位所需的平均天数"],["人员编制"]],None,"switch section (ellipsis)"),
    T("刚才那个人员编制控制率的公式是啥","kpi","人力资源部",[Q(F4,"(实际人数/计划编制人数)*100%")],[["实际人数"],["计划编制人数"]],None,"back to earlier item")])
FU(17,"审计部的KPI都有哪些","kpi","审计部",
   [Q(F4,"审计计划执行率"),Q(F4,"审计报告一次经过率"),Q(F4,"审计问题追踪检查率"),Q(F4,"审计报告证据充分性")],
   [["审计计划执行率"],["审计报告一次经过率"],["审计问题追踪检查率"],["审计报告证据充分性"]],
   [T("审计结果准确性这个指标怎么衡量","kpi","审计部",[Q(F4,"审计结果更正的次数")],[["更正"],["次数"]],None,"drill into item"),
    T("换资金部看看呢","kpi","资金部",[Q(F4,"公司资金预算达成率"),Q(F4,"资金筹集计划编制及时率"),Q(F4,"资金收支准确度")],[["公司资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"]],None,"switch role (ellipsis)")])
FU(18,"美团成都那个前端工程师岗位职责是什么","duty","前端开发工程师",[L(F6,79,83)],[["CRM"],["中后台"],["培养团队成员"]],
   [T("那任职要求都有啥","qualification","前端开发工程师",[L(F6,85,90)],[["3年及以上"],["CSS"],["JavaScript"]],None,"ellipsis"),
    T("那京东物流的那个前端呢","qualification","前端开发工程师",[L(F6,98,108)],[["全日制本科"],["3-5年"],["React"],["小程序"]],None,"switch company"),
    T("还有没有了","qualification","前端开发工程师",[L(F6,104,108)],[["Flutter"],["NPM"],["组件封装"]],None,"more")])
FU(19,"宝洁的SRE岗位是干嘛的","duty","平台Site Reliability Engineer",[L(F6,122,123)],[["DevOps平台"],["开发和运维"],["BU"]],
   [T("大概要几年工作经验","attribute","平台Site Reliability Engineer",[L(F6,125,125)],[["4年以上"],["系统管理员"]],"experience","ellipsis"),
    T("英语要求高不高","qualification","平台Site Reliability Engineer",[L(F6,129,129)],[["英语能力"],["一定"]],None,"ellipsis"),
    T("他们办公地点在哪儿","attribute","平台Site Reliability Engineer",[L(F6,122,122)],[["广州"],["珠江新城"]],"location","switch attribute")])
FU(20,"Go后端需要会哪些技术","qualification","Golang 后端",[L(F6,33,42)],[["2-5年"],["MySQL"],["k8s"],["Linux"]],
   [T("那有啥加分项没","qualification","Golang 后端",[L(F6,44,49)],[["terraform"],["开源作品"],["运维开发"]],None,"ellipsis"),
    T("月薪能给到多少","attribute","Golang 后端",[L(F6,27,27)],[["20-40k"],["k+"]],"pay","switch attribute"),
    T("能远程办公不","attribute","Golang 后端",[L(F6,27,27)],[["远程"],["杭州"]],"location","ellipsis")])
FU(21,"机修工有什么任职要求","qualification","机修工",[L(F7,272,272)],[["50周岁以下"],["中专以上"],["资格证书"],["5年以上"]],
   [T("维修点工那边呢","qualification","维修电工",[L(F7,303,303)],[["电气"],["中专以上"],["持有资格证书"]],None,"switch role (typo)"),
    T("这俩的工作内容哪里不一样","duty","维修电工",[L(F7,275,289),L(F7,306,320)],[["二级保养"],["巡回检查"],["挂牌"],["例保"]],None,"compare last two"),
    T("电气技术储备是协助谁的","duty","电气技术储备",[L(F7,259,261)],[["协助维修电工"],["电气设备故障"]],None,"switch role")])
FU(22,"生产技术部长需要什么资格条件","qualification","生产技术部长",[L(F7,73,86)],[["大专及以上"],["10年以上"],["车间主任"],["钢构"]],
   [T("第三点是什么意思","qualification","生产技术部长",[L(F7,80,82)],[["经营管理"],["1年及以上"],["事业部总经理"]],None,"ordinal"),
    T("那销售员待遇怎么样","attribute","销售员",[L(F7,121,124)],[["双休"],["面议"],["社会保险"],["住宿"]],"benefits","switch role + attribute"),
    T("回到部长，专业有什么要求","attribute","生产技术部长",[L(F7,74,74)],[["设备动力管理"],["机电一体化"]],"major","back to earlier role")])
FU(23,"培训部经理平常都负责些啥","duty","培训部经理",
   [Q(F3,"a)责培训部的日常管理工作。"),Q(F3,"c)责培训部员工的工作安排与绩效考核。"),Q(F3,"e)责培训计划的审核、和年度培训工作总结。"),Q(F3,"g)负责培训市场的开拓")],
   [["日常管理"],["绩效考核"],["培训计划的审核"],["培训市场的开拓"]],
   [OOS("培训顾问那个岗呢","out-of-scope (named-only role, ellipsis)"),
    T("培训部一共配几个人","attribute","培训部经理",[Q(F3,"3.1培训部配置人员4名")],[["4名"],["培训助理"]],"subordinates","switch attribute"),
    T("经理职责最后一条说的啥","duty","培训部经理",[Q(F3,"h)协助市场部进行培训市场开发工作")],[["协助市场部"],["可行性"]],None,"ordinal (last) / back")])
FU(24,"财务部经理岗位工作目标都有哪几项","kpi","财务部经理",
   [Q(F1,"经营管理成本预、核算准确率100"),Q(F1,"库存周转率、应收账款周转率小于期间额定标准"),Q(F1,"成本费用(销售费用、制造费用、管理费用)达成率100%"),Q(F1,"无发生财务管理重大责任事故")],
   [["准确率100"],["库存周转率"],["达成率100%"],["重大责任事故"]],
   [T("目标第四条说的什么","kpi","财务部经理",[Q(F1,"监督货款回收的实际时间小于预期回收规定的天数")],[["货款回收"],["天数"]],None,"ordinal"),
    T("他的职责权限里写了啥","duty","财务部经理",[Q(F1,"组织编制公司年度综合财务计划和控制标准"),Q(F1,"建立健全财务管理体系")],[["年度综合财务计划"],["财务管理体系"]],None,"pronoun"),
    T("得会用哪些财务软件","qualification","财务部经理",[Q(F1,"精通ERP、K3等软件运用")],[["ERP"],["K3"]],None,"switch attribute")])
FU(25,"出纳需要什么学历","attribute","出纳",[Q(F8,"会计、金融类专业大专或以上学历")],[["大专"],["会计、金融"]],
   [T("换成财务经理呢","attribute","财务部经理",[Q(F1,"会计专业本科学历")],[["本科"],["会计专业"]],"education","switch role (换成X)"),
    T("这俩哪个要求的从业年限更长","attribute","财务部经理",[Q(F8,"2年以上出纳工作经验"),Q(F1,"八年以工业企业财务管理经验")],[["2年以上"],["八年"]],"experience","compare last two"),
    T("出纳有没有性别要求","qualification","出纳",[Q(F8,"性 别 不限(女姓佳)")],[["不限"],["女"]],None,"back to earlier role")],attr="education")
FU(26,"薪资核算专员的任职资格是什么","qualification","薪资核算专员",[L(F16,14,18)],[["本科"],["2年以上"],["劳动法"],["职业道德"]],
   [T("她要负责报个税吗","duty","薪资核算专员",[L(F16,9,9)],[["个税"],["申报"]],None,"pronoun"),
    OOS("员工怎么申请加班费","out-of-scope (mid)"),
    T("回到刚才的任职资格，专业方面有要求吗","attribute","薪资核算专员",[L(F16,15,15)],[["人力资源"],["财务"],["统计学"]],"major","back after OOS")])
FU(27,"人事行政部经理在客户类上考哪些指标","kpi","人事行政部经理",[L(F9,17,18)],[["内部员工满意率"],["后勤投诉次数"],["10%"]],
   [T("后勤投诉这项怎么扣分","kpi","人事行政部经理",[L(F9,18,18)],[["扣1分"],["投诉一次"]],None,"drill into item"),
    T("那人力资源部KPI库里客户类是啥指标","kpi","人力资源部",[Q(F4,"员工对公司人力资源制度的满意度"),Q(F4,"员工满意度调查")],[["人力资源制度的满意度"],["员工满意度调查"]],None,"switch document"),
    T("这个怎么算","kpi","人力资源部",[Q(F4,"对员工进行满意度调查的算术平均值")],[["算术平均值"],["满意度调查"]],None,"pronoun")])
FU(28,"机械技术原要做什么","duty","机械技术员",[Q(F5,"协助工程师完成车间机器的维修")],[["维修"],["治具"],["革新"]],
   [T("岁数上有没有要求","qualification","机械技术员",[Q(F5,"大专以上，20-45岁，机械技术底子深厚")],[["20-45岁"],["大专"]],None,"switch attribute"),
    T("生产主管那边要多少年经验","attribute","生产主管",[Q(F5,"有两年以上相关行业的工作经验")],[["两年以上"],["注塑"]],"experience","switch role"),
    T("研发经理要什么专业","attribute","研发经理",[Q(F5,"本科以上，20-45岁，模具设计类专业")],[["模具设计"],["本科以上"]],"major","switch role")])
FU(29,"前台需要具备哪些能力","qualification","酒店前台",[L(F11,8,12)],[["亲和力"],["预订系统"],["应变能力"],["合规"]],
   [T("导购那边呢","qualification","导购",[L(F10,31,39)],[["沟通能力"],["轮班"],["促销经验"]],None,"switch role (ellipsis)"),
    T("两个岗位都要倒班吗","attribute","导购",[L(F11,15,15),L(F10,35,35)],[["两班轮班"],["轮班制"]],"benefits","compare last two"),
    T("前台包吃住吗","attribute","酒店前台",[L(F11,16,16)],[["免费食宿"],["生日"]],"benefits","back to earlier role")])
FU(30,"行政主管/行政经理助理这个岗位的工作概述是什么","attribute","行政主管",[L(F12,25,26)],[["协助行政经理"],["行政服务支持"]],
   [T("第三块职责具体包括啥","duty","行政主管",[L(F12,48,54)],[["队伍建设"],["考勤"],["接待"]],None,"ordinal"),
    OOS("用Python怎么写个考勤统计脚本","out-of-scope (mid, programming)"),
    T("他要管食堂吗","duty","行政主管",[L(F12,44,44)],[["食堂"],["公共卫生"]],None,"pronoun (after OOS)")],attr="purpose")

def S(n,intent,q,role,ev,kp,attr=None,tool=None):
    iid=f"r73fu-s{n}"
    items.append({"id":iid,"persona":personas[n%3],"intent":intent,"question":q,"role":role,"attribute":attr,
                  "evidence":ev,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":None,"tool":tool})
    forms[iid]={"first":intent,"later":[]}
S(1,"jd","给我写一份车辆调度员的岗位说明JD","车辆调度员",[Q(F2,"1.根据客户有车需求,对人员车辆进行合理调配"),Q(F2,"2.车辆值班安排"),Q(F2,"1.根据司机出车情况进行考核")],
  [["合理调配"],["值班"],["考核"]],tool={"kind":"jd","role":"车辆调度员","must_cite_files":[F2],"expect_sections":["duties","qualifications"]})
S(2,"kpi_design","帮资金部设计5个KPI考核指标","资金部",[Q(F4,"公司资金预算达成率"),Q(F4,"资金收支准确度"),Q(F4,"资金使用目标达成率")],
  [["公司资金预算达成率"],["资金收支准确度"],["资金使用目标达成率"]],
  tool={"kind":"kpi_design","role":"资金部","count":5,"must_cite_files":[F4],"expected_indicators":["公司资金预算达成率","资金收支准确度","资金使用目标达成率"]})
S(3,"attribute","高压值班电工需要持什么证书","高压值班电工",[L(F7,296,296)],[["高压电工资格证"],["三年以上"]],attr="certificate")
S(4,"qualification","剪板机操作工的招人条件","剪板机操作工",[L(F7,186,186)],[["45岁以下"],["初中以上"],["剪板机"]])
S(5,"out_of_scope","客房服务员的岗位职责有哪些",None,[],[])
S(6,"out_of_scope","培训学校出纳的薪资级别是几级",None,[],[])
import pathlib
here=pathlib.Path(__file__).parent
with open(here/"set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(here/"forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items),"items;",sum(len(i["turns"] or []) for i in items),"later turns")
