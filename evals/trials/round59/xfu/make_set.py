import json
F01="cx01_财务部经理岗位说明书.docx"; F02="cx02_车辆调度员岗位说明书.docx"; F03="cx03_培训部工作手册.docx"
F04="cx04_部门KPI指标库.xlsx"; F05="cx05_招聘岗位一览.xlsx"; F06="cx06_技术岗位招聘信息.csv"; F07="cx07_人才招聘.html"
F08="cx08_培训学校出纳岗位说明书.pdf"; F09="cx09_人事行政部经理绩效考核表.md"; F10="cx10_导购岗位职责.txt"
F11="cx11_酒店前台职位描述.txt"; F12="cx12_行政主管岗位说明书.txt"; F13="cx13_人力资源招聘专员行为标准.txt"
F14="cx14_财务部内控与财务分析KPI组成表.txt"; F15="cx15_教务工作岗位素能.txt"; F16="cx16_薪资核算专员职位描述.txt"
def Q(f,q): return {"file":f,"quote":q}
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def T(q,intent,role,ev,kp,form,attr=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    return d,form
OOS=lambda q,role,form: T(q,"out_of_scope",role,[],[],form)
convs=[]
def C(persona,q,role,attr,ev,kp,turns):
    convs.append((persona,q,role,attr,ev,kp,turns))

# 01 cx01
C("new_hire","袜业公司的财务部经理直接上级是谁？","财务部经理","reports_to",[Q(F01,"财务总监")],[["财务总监","财务部总监"],["上级","总监"]],[
 T("那他手下管哪些人","attribute","财务部经理",[Q(F01,"财务会计、出纳")],[["财务会计","成本会计"],["出纳"]],["pronoun"],"subordinates"),
 T("学历跟证书这两样各要求啥","attribute","财务部经理",[Q(F01,"会计专业本科学历"),Q(F01,"会计师资格证书")],[["本科"],["会计专业"],["会计师资格证书","会计师资格"]],["ellipsis","switch_attribute"],"education"),
 T("岗位工作目标第三条具体说的啥","kpi","财务部经理",[Q(F01,"库存周转率、应收账款周转率小于期间额定标准")],[["库存周转率"],["应收账款周转率"]],["ordinal"]),
])
# 02 cx02
C("hr","车辆调度员平时主要干什么？","车辆调度员",None,[Q(F02,"根据客户有车需求,对人员车辆进行合理调配"),Q(F02,"2.车辆值班安排"),Q(F02,"根据司机出车情况进行考核")],[["调配"],["值班"],["考核","考勤"]],[
 T("他头上的领导是哪位","attribute","车辆调度员",[Q(F02,"车辆租赁中心主任")],[["车辆租赁中心"],["主任"]],["pronoun"],"reports_to"),
 T("业绩怎么考核的","kpi","车辆调度员",[Q(F02,"工作及时率达95%以上"),Q(F02,"客户满意率达90%以上"),Q(F02,"突发事件处理及时率达100%")],[["工作及时率","95%"],["客户满意率","90%"],["突发事件"]],["ellipsis"]),
 T("那学历专业呢","attribute","车辆调度员",[Q(F02,"高中及以上"),Q(F02,"汽车修理专业")],[["高中"],["汽车修理"]],["ellipsis","switch_attribute"],"education"),
])
# 03 cx03
C("manager","培训部经理负责哪些事？","培训部经理",None,[Q(F03,"责培训部的日常管理工作"),Q(F03,"责培训部员工的工作安排与绩效考核"),Q(F03,"负责合理安排培训资源")],[["日常管理"],["绩效考核"],["培训资源"]],[
 T("除了这三条还有吗","duty","培训部经理",[Q(F03,"责培训业务经营发展的规划"),Q(F03,"责培训计划的审核"),Q(F03,"协助市场部进行培训市场开发工作")],[["规划"],["审核"],["市场部"]],["more"]),
 T("他底下配了哪几个岗位","attribute","培训部经理",[Q(F03,"培训部配置人员4名")],[["培训顾问"],["培训助理"]],["pronoun"],"subordinates"),
 OOS("培训顾问的职责呢","培训顾问",["switch_role","oos_nearmiss"]),
])
# 04 cx04 HR sheet
C("hr","人力资源部KPI里客户类的指标是哪个，怎么算？","人力资源部",None,[Q(F04,"员工对公司人力资源制度的满意度"),Q(F04,"对员工进行满意度调查的算术平均值")],[["员工满意度","满意度"],["算术平均值","平均值"]],[
 T("内部营运类那几项呢","kpi","人力资源部",[Q(F04,"制度和流程的书面化比率"),Q(F04,"员工工资出错次数"),Q(F04,"员工绩效计划的按时完成率"),Q(F04,"员工绩效考核申诉处理及时性"),Q(F04,"招聘空缺职位所需的平均天数"),Q(F04,"人员编制控制率")],[["书面化比率"],["员工工资出错次数"],["按时完成率"],["人员编制控制率"]],["ellipsis"]),
 T("刚才那几个里第五个怎么算","kpi","人力资源部",[Q(F04,"空缺职位总数/招聘空缺职位所用的总天数")],[["空缺职位总数"],["总天数"]],["ordinal"]),
 T("那财务部有哪些KPI","kpi","财务部",[Q(F04,"公司财务预算达成率"),Q(F04,"财务分析准确度"),Q(F04,"账务处理及时性"),Q(F04,"现金收支准确性"),Q(F04,"财务资料完好性"),Q(F04,"财务费用降低率")],[["财务预算达成率"],["财务分析准确度"],["账务处理及时性"],["现金收支准确性"]],["switch_role"]),
])
# 05 cx04 finance sheet
C("manager","审计部考核用哪几个关键指标","审计部",None,[Q(F04,"审计计划执行率"),Q(F04,"审计报告一次经过率"),Q(F04,"审计结果准确性"),Q(F04,"审计报告归档率")],[["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"],["审计报告归档率"]],[
 T("其中准确性那个怎么衡量","kpi","审计部",[Q(F04,"审计结果更正的次数")],[["更正"],["次数"]],["partial_name"]),
 T("那资金部对应的是哪些","kpi","资金部",[Q(F04,"公司资金预算达成率"),Q(F04,"资金筹集计划编制及时率"),Q(F04,"资金收支准确度"),Q(F04,"资金使用评估报告编制及时率")],[["资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"],["资金使用评估报告"]],["switch_role"]),
])
# 06 cx05
C("new_hire","模具厂招的研发经理要什么条件","研发经理","",[Q(F05,"本科以上，20-45岁，模具设计类专业")],[["本科"],["模具设计"],["时尚敏感度","市场洞察力"]],[
 T("他进来主要负责些啥","duty","研发经理",[Q(F05,"关注市场，发现行业新鲜资讯")],[["新鲜资讯"],["开发设计"]],["pronoun"]),
 T("那生产主管呢","duty","生产主管",[Q(F05,"车间日常生产管理")],[["日常生产管理"],["简化生产流程","完善车间体制"]],["switch_role"]),
 T("这两个岗位对工作经验的要求有啥不同","qualification",None,[Q(F05,"本科以上，20-45岁，模具设计类专业"),Q(F05,"有两年以上相关行业的工作经验")],[["有经验者优先"],["两年以上"]],["compare"]),
])
# 07 cx05
C("hr","文案策划招几个人，做什么？","文案策划",None,[Q(F05,"文案策划（2名）"),Q(F05,"负责宣传推广文案及宣传资料文案的撰写")],[["2名","两名"],["宣传推广文案","宣传资料"],["刊物","媒体"]],[
 T("对年龄有没有卡线","qualification","文案策划",[Q(F05,"大专以上，20-35岁，有经验者优先")],[["20-35"],["大专"]],["ellipsis"]),
 T("换成机械技术员的话呢","qualification","机械技术员",[Q(F05,"大专以上，20-45岁，机械技术底子深厚")],[["20-45"],["机械技术底子"]],["switch_role"]),
 T("待遇方面给些啥","attribute","机械技术员",[Q(F05,"大专以上，20-45岁，机械技术底子深厚")],[["免费食宿"],["面议"]],["switch_attribute"],"benefits"),
])
# 08 cx06 测试经理
C("hr","测试经理要几年工作经验？","测试工程师","experience",[L(F06,58,59)],[["5年以上"],["1年3人以上","团队管理"]],[
 T("开的薪资区间是多少","attribute","测试工程师",[L(F06,50)],[["15K","15k"],["45K","45k"]],["ellipsis","switch_attribute"],"pay"),
 T("DBA呢","attribute","DBA",[L(F06,62)],[["15K","15k"],["45K","45k"]],["switch_role"],"pay"),
 T("他要会什么数据库","qualification","DBA",[L(F06,70,74)],[["MySQL"],["高可用"],["备份"]],["pronoun"]),
])
# 09 cx06 美团前端
C("new_hire","美团前端工程师具体做哪些工作","前端开发工程师",None,[L(F06,79,83)],[["CRM"],["中后台"],["培养团队成员"]],[
 T("对工作年限要求几年","attribute","前端开发工程师",[L(F06,86)],[["3年及以上","3年"],["互联网研发"]],["ellipsis","switch_attribute"],"experience"),
 T("京东物流招的那个呢","attribute","前端开发工程师",[L(F06,99)],[["3-5年"],["前端开发经验"]],["switch_company"],"experience"),
 T("那个岗位在哪办公","attribute","前端开发工程师",[L(F06,96)],[["北京"],["总部"]],["switch_attribute"],"location"),
])
# 10 cx06 SRE
C("manager","宝洁招的SRE工作内容是什么","平台Site Reliability Engineer",None,[L(F06,122,123)],[["DevOps平台","DevOps"],["开发和运维"],["BU"]],[
 T("对人有什么要求呢","qualification","平台Site Reliability Engineer",[L(F06,124,129)],[["4年以上"],["系统管理员"],["K8S"],["英语"]],["ellipsis"]),
 T("Golang后端那个岗位要求几年","attribute","Golang 后端",[L(F06,35)],[["2-5年"],["Golang"]],["switch_role"],"experience"),
 T("加分的条件有哪些","qualification","Golang 后端",[L(F06,44,49)],[["terraform"],["开源作品"],["自驱"],["运维开发"]],["ellipsis"]),
])
# 11 cx06 PM
C("hr","Moka成都的产品经理负责什么","产品经理",None,[L(F06,13,17)],[["绩效爆品"],["UI/UE"],["用户行为数据分析"],["跨团队合作"]],[
 T("第二条再展开说说","duty","产品经理",[L(F06,15)],[["UI/UE"],["验证"],["产品品质"]],["ordinal"]),
 T("这个岗钱给多少","attribute","产品经理",[L(F06,13)],[["15k-40k"],["*15","15薪"]],["ellipsis","switch_attribute"],"pay"),
 T("有没有加分的经验","qualification","产品经理",[L(F06,25,26)],[["绩效"],["OKR"],["KPI"]],["ellipsis"]),
])
# 12 cx07 采购员
C("hr","钢结构公司的采购员招聘要求是什么","采购员",None,[L(F07,150)],[["45周岁以下"],["大专"],["物流","供应链"],["3年以上"]],[
 T("那他具体干什么活","duty","采购员",[L(F07,153,177)],[["采购制度"],["谈判"],["采购计划"],["供应商"]],["pronoun"]),
 OOS("顺便问一下采购合同印花税税率是多少",None,["oos"]),
 T("回到刚才工作内容，第四条具体说什么","duty","采购员",[L(F07,165)],[["价格"],["付款方式"],["交货日期"]],["ordinal","back"]),
])
# 13 cx07 焊工
C("new_hire","焊工上岗得有什么证","焊工","certificate",[L(F07,133)],[["焊工证"],["质监局"]],[
 T("年龄和性别呢","qualification","焊工",[L(F07,130)],[["40岁以下"],["男"]],["ellipsis","switch_attribute"]),
 T("换埋弧焊工，条件咋样","qualification","埋弧焊工",[L(F07,226)],[["45岁以下"],["男"],["埋弧焊焊接经验","三年以上"]],["switch_role"]),
 T("两个比一下学历要求","attribute",None,[L(F07,130),L(F07,226)],[["高中"],["初中"]],["compare"],"education"),
])
# 14 cx07 维修电工
C("manager","维修电工日常都要干哪些活","维修电工",None,[L(F07,306,318)],[["安全技术操作规程"],["例保"],["故障"],["挂牌"]],[
 T("这个岗要不要持证上岗","attribute","维修电工",[L(F07,303)],[["资格证书"],["职业培训"]],["ellipsis","switch_attribute"],"certificate"),
 T("高压值班电工那边证书怎么要求","attribute","高压值班电工",[L(F07,296)],[["高压电工资格证"],["三年以上"]],["switch_role"],"certificate"),
 T("机修工的年龄最大到多少岁","qualification","机修工",[L(F07,272)],[["50周岁"],["男"]],["switch_role","switch_attribute"]),
])
# 15 cx07 生产技术部长
C("hr","生产技术部长需要什么工作经验","生产技术部长","experience",[L(F07,74,81)],[["10年以上"],["车间主任"],["钢构行业"]],[
 OOS("他有哪些岗位职责","生产技术部长",["pronoun","oos_nearmiss"]),
 T("学历这块卡什么","attribute","生产技术部长",[L(F07,74)],[["大专"],["设备动力管理","机电一体化"]],["ellipsis","switch_attribute"],"education"),
 T("顺带问下销售员有啥待遇","attribute","销售员",[L(F07,122,123)],[["面议"],["社会保险"],["住宿"]],["switch_role"],"benefits"),
])
# 16 cx08 出纳
C("new_hire","培训学校里出纳岗直属主管是哪个领导","出纳","reports_to",[Q(F08,"直接主管:分校校长")],[["分校校长"],["主管","上级"]],[
 T("那她带不带下属","attribute","出纳",[Q(F08,"直接主管:分校校长")],[["无"],["下属"]],["pronoun"],"subordinates"),
 T("第七项职责讲的是啥","duty","出纳",[Q(F08,"按领导审批过的退费手续")],[["退费"],["审批"]],["ordinal"]),
 T("这岗得持什么证","attribute","出纳",[Q(F08,"会计、金融类专业大专或以上学历")],[["会计从业资格证"],["从业资格"]],["switch_attribute"],"certificate"),
])
# 17 cx08
C("hr","培训学校招出纳有哪些任职条件","出纳",None,[Q(F08,"会计、金融类专业大专或以上学历"),Q(F08,"2年以上出纳工作经验"),Q(F08,"熟练的财务软件及OFFICE办公软件操作技巧")],[["会计"],["大专"],["2年以上"],["财务软件"]],[
 T("招男的还是女的，有讲究吗","qualification","出纳",[Q(F08,"性别不限(女姓佳)")],[["不限"],["女"]],["ellipsis"]),
 OOS("那薪资级别呢","出纳",["ellipsis","oos_nearmiss"]),
 T("回到职责，第三项是什么","duty","出纳",[Q(F08,"每天报财务“资金汇报”")],[["资金汇报"],["每天"]],["ordinal","back"]),
])
# 18 cx09
C("manager","人事行政部经理考核表里财务类指标有哪些","人事行政部经理",None,[L(F09,8,9)],[["办公用品费用控制"],["人事行政成本控制"],["15%"]],[
 T("客户类那块又有哪几项","kpi","人事行政部经理",[L(F09,17,18)],[["内部员工满意率"],["后勤投诉次数"],["10%"]],["ellipsis"]),
 T("权重为0的那个是什么","kpi","人事行政部经理",[L(F09,15)],[["工作流程改善目标完成率"],["0%"]],["reference"]),
 T("绩效薪资那项怎么扣分","kpi","人事行政部经理",[L(F09,14)],[["扣2分"],["15%"]],["partial_name"]),
])
# 19 cx09
C("hr","人事行政经理的学习成长类指标是哪些","人事行政部经理",None,[L(F09,19,22)],[["部门员工保有率"],["部门培训目标完成率"],["员工测评"],["人力计划完成率"]],[
 T("保有率这项分数咋算的","kpi","人事行政部经理",[L(F09,19)],[["70%"],["5分"],["0分"]],["partial_name"]),
 OOS("人事行政经理一个月工资多少","人事行政部经理",["oos"]),
 T("那制度考勤这块占多少","kpi","人事行政部经理",[L(F09,23)],[["5%"],["出勤率"]],["back","ellipsis"]),
])
# 20 cx10
C("new_hire","导购员需要做什么","导购",None,[L(F10,9,17),L(F10,21,29),L(F10,43,51)],[["接待顾客","收银"],["陈列","上架"],["清洁","卫生"]],[
 T("那他直接对谁负责","attribute","导购",[L(F10,43)],[["店长"],["领导","负责"]],["pronoun"],"reports_to"),
 T("应聘的话要满足什么要求呢","qualification","导购",[L(F10,31,39)],[["女"],["学历不限"],["轮班"],["粤语"]],["ellipsis"]),
 T("那酒店前台呢","qualification","酒店前台",[L(F11,8,12)],[["形象"],["预订系统"],["应变"],["合规"]],["switch_role"]),
])
# 21 cx11
C("new_hire","酒店前台一天分几个班，几点到几点","酒店前台","benefits",[L(F11,15)],[["轮班"],["8:00"],["16:00—24:00","24:00"]],[
 T("那每月休息几天呀","attribute","酒店前台",[L(F11,14)],[["4天"],["调休"]],["ellipsis"],"benefits"),
 T("除了休假还有啥福利没","attribute","酒店前台",[L(F11,16)],[["生日"],["免费食宿"]],["more"],"benefits"),
 T("核心工作第二项是啥","duty","酒店前台",[L(F11,4)],[["退房结算"],["收银系统"]],["ordinal","back"]),
])
# 22 cx11
C("hr","前台要招什么样的人","酒店前台",None,[L(F11,9,12)],[["亲和力"],["预订系统","收银系统"],["应变"],["隐私","合规"]],[
 T("遇到客人投诉怎么处理","duty","酒店前台",[L(F11,6)],[["安抚情绪"],["协调"],["上报主管"]],["ellipsis"]),
 OOS("酒店前台一般工资多少","酒店前台",["oos"]),
 T("她交接班要做什么","duty","酒店前台",[L(F11,7)],[["交接"],["账务"],["物品清点"]],["pronoun"]),
])
# 23 cx12
C("new_hire","行政主管平时跟谁汇报工作","行政主管","reports_to",[L(F12,9,10)],[["行政经理"],["直属上级","上级"]],[
 T("他的工作重心是哪块，占多少时间","duty","行政主管",[L(F12,38,47)],[["65"],["行政管理工作"]],["pronoun"]),
 OOS("那块的业绩衡量标准呢","行政主管",["reference","oos_nearmiss"]),
 T("所在部门是?","attribute","行政主管",[L(F12,15,16)],[["行政管理部"],["部门"]],["ellipsis","switch_attribute"],"department"),
])
# 24 cx12
C("manager","行政经理助理有哪些职责","行政主管",None,[L(F12,33,54)],[["行政工作规划","行政管理制度"],["办公用品"],["固定资产"],["考勤"]],[
 T("第三块展开说一下","duty","行政主管",[L(F12,48,54)],[["队伍建设"],["分解"],["考勤"],["外联"]],["ordinal"]),
 OOS("那它的工资等级填的几级","行政主管",["ellipsis","oos_nearmiss"]),
])
# 25 cx13 / cx16
C("hr","当人力资源专员得具备哪些条件","人力资源专员",None,[L(F13,3,7)],[["本科"],["人力资源"],["1-2年"],["中英文"]],[
 T("招聘专员主要干嘛","duty","招聘专员",[L(F13,9,20)],[["招聘文案"],["招募活动"],["转正考核"],["异动"]],["switch_role"]),
 T("转正那块具体怎么做","duty","招聘专员",[L(F13,15,17)],[["待转正员工"],["转正考核"],["转正通知"]],["partial_name"]),
 T("换成薪资核算专员，学历要什么","attribute","薪资核算专员",[L(F16,15)],[["本科"],["统计学"]],["switch_role","switch_attribute"],"education"),
])
# 26 cx14
C("manager","财务部内控与财务分析KPI有哪几项，权重多少","财务分析会计",None,[L(F14,3,7)],[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"]],[
 T("第三个怎么计分","kpi","财务分析会计",[L(F14,5)],[["一次-5分"],["四次及以上0分"]],["ordinal"]),
 T("财务分析报告按什么评分","kpi","财务分析会计",[L(F14,12,17)],[["格式"],["数据的准确性"],["数据的有效性"],["及时性"]],["partial_name"]),
 T("谁来打这个分","kpi","财务分析会计",[L(F14,10)],[["财务部经理"],["填写"]],["pronoun"]),
])
# 27 cx15
C("new_hire","做教务最低得什么学历","教务","education",[L(F15,5)],[["专科"],["师范"]],[
 T("工作经历方面怎么要求","attribute","教务",[L(F15,6)],[["2年以上"],["1年以上同岗位"]],["ellipsis","switch_attribute"],"experience"),
 T("基本素养那部分列了哪几条","qualification","教务",[L(F15,7,10)],[["责任心强"],["会爱学生"],["宽容乐观"]],["ellipsis"]),
 T("第三条素养具体说的什么","qualification","教务",[L(F15,10)],[["包容"],["家长"]],["ordinal"]),
])
# 28 cx16
C("hr","薪酬核算专员每月要干啥","薪资核算专员",None,[L(F16,4,13)],[["计提"],["复核"],["个税","个人所得税"],["薪资发放"]],[
 T("把第六条展开说说","duty","薪资核算专员",[L(F16,9)],[["个人所得税"],["汇算清缴"]],["ordinal"]),
 OOS("社保缴费比例是多少",None,["oos"]),
 T("那这岗位经验要求几年","attribute","薪资核算专员",[L(F16,16)],[["2年以上"],["薪酬核算经验"]],["back","ellipsis"],"experience"),
])
# 29 cx02 typo
C("new_hire","车俩调度员工作难点和禁忌是什么","车辆调度员",None,[Q(F02,"人员车辆及时到位"),Q(F02,"服务态度不好")],[["及时到位"],["服务态度"]],[
 T("他以后能往哪发展","duty","车辆调度员",[Q(F02,"高级业务员")],[["高级业务员"],["业务员"]],["pronoun"]),
 T("工作目的是啥","attribute","车辆调度员",[Q(F02,"为了满足客户用车需求")],[["用车需求"],["合理调配"]],["ellipsis","switch_attribute"],"purpose"),
])
# 30 cx01 typo + cx08 compare
C("hr","财物部经理要几年经验","财务部经理","experience",[Q(F01,"八年以工业企业财务管理经验")],[["八年"],["五年同职"]],[
 T("年龄范围呢","qualification","财务部经理",[Q(F01,"35-45岁、性别不限")],[["35-45"],["放宽"]],["ellipsis"]),
 T("出纳的从业年限呢","attribute","出纳",[Q(F08,"2年以上出纳工作经验")],[["2年以上"],["出纳工作经验"]],["switch_role"],"experience"),
 T("这俩岗位学历要求比一比","attribute",None,[Q(F01,"会计专业本科学历"),Q(F08,"会计、金融类专业大专或以上学历")],[["本科"],["大专"]],["compare"],"education"),
])

items=[]; forms={}
for i,(persona,q,role,attr,ev,kp,turns) in enumerate(convs,1):
    iid=f"r59xfu-fu-{i:02d}"
    ts=[t for t,_ in turns]
    forms[iid]=[f for _,f in turns]
    items.append({"id":iid,"persona":persona,"intent":"followup","question":q,"role":role,"attribute":attr or None,
                  "evidence":ev,"key_points":kp,"expect_refusal":False,"turns":ts,"tool":None})
# singles
items.append({"id":"r59xfu-jd-01","persona":"hr","intent":"jd","question":"照着公司招聘页，给机修工写一份岗位说明书","role":"机修工","attribute":None,
 "evidence":[L(F07,270,287)],"key_points":[["二级保养"],["故障"],["巡回检查"]],"expect_refusal":False,"turns":None,
 "tool":{"kind":"jd","role":"机修工","must_cite_files":[F07],"expect_sections":["duties","qualifications"]}})
items.append({"id":"r59xfu-kd-01","persona":"manager","intent":"kpi_design","question":"资金部要上绩效考核，帮忙出5个KPI","role":"资金部","attribute":None,
 "evidence":[Q(F04,"公司资金预算达成率"),Q(F04,"资金收支准确度"),Q(F04,"资金筹集计划编制及时率")],"key_points":[["公司资金预算达成率"],["资金收支准确度"],["资金筹集计划编制及时率"]],"expect_refusal":False,"turns":None,
 "tool":{"kind":"kpi_design","role":"资金部","count":5,"must_cite_files":[F04],"expected_indicators":["公司资金预算达成率","资金收支准确度","资金筹集计划编制及时率"]}})
items.append({"id":"r59xfu-oos-01","persona":"new_hire","intent":"out_of_scope","question":"前端招聘里写的webpack，热更新怎么配置？","role":None,"attribute":None,"evidence":[],"key_points":[],"expect_refusal":True,"turns":None,"tool":None})
items.append({"id":"r59xfu-oos-02","persona":"hr","intent":"out_of_scope","question":"仓管员的岗位职责有哪些","role":None,"attribute":None,"evidence":[],"key_points":[],"expect_refusal":True,"turns":None,"tool":None})
items.append({"id":"r59xfu-attr-01","persona":"new_hire","intent":"attribute","question":"京东物流的前端研发工程师要啥学历","role":"前端开发工程师","attribute":"education",
 "evidence":[L(F06,99)],"key_points":[["全日制本科"],["计算机"]],"expect_refusal":False,"turns":None,"tool":None})
items.append({"id":"r59xfu-qual-01","persona":"hr","intent":"qualification","question":"铆工的招聘条件有哪些","role":"铆工","attribute":None,
 "evidence":[L(F07,140,143)],"key_points":[["高中"],["3年以上"],["钢结构"],["40岁以下"]],"expect_refusal":False,"turns":None,"tool":None})
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open("forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items), sum(len(it["turns"] or []) for it in items))
