# Generates set.jsonl and forms.json for round 39 / xfu (follow-up conversations over corpus-extra).
import json
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"; C07="cx07_人才招聘.html"
C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"; C10="cx10_导购岗位职责.txt"
C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"; C13="cx13_人力资源招聘专员行为标准.txt"
C14="cx14_财务部内控与财务分析KPI组成表.txt"; C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"
def q(f,*quotes): return [{"file":f,"quote":x} for x in quotes]
def L(f,a,b=None): return [{"file":f,"line_start":a,"line_end":b or a}]
def T(question,intent,role,ev,kp,attribute=None,form=None):
    t={"question":question,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if intent=="attribute": t["attribute"]=attribute
    if intent=="out_of_scope": t["evidence"]=[]; t["key_points"]=[]
    return (t,form)
def OOS(question,form): return T(question,"out_of_scope",None,[],[],form=form)

convs=[]
def FU(persona,question,intent,role,ev,kp,turns,attribute=None):
    convs.append(dict(persona=persona,question=question,first_intent=intent,role=role,evidence=ev,key_points=kp,turns=turns,attribute=attribute))

# 01 cx02 调度员
FU("new_hire","我们车队的调度员平时主要干些啥","duty","车辆调度员",
   q(C02,"对人员车辆进行合理调配","2.车辆值班安排","根据司机出车情况进行考核"),[["合理调配"],["值班"],["考核"]],[
   T("那他上头是谁","attribute","车辆调度员",q(C02,"车辆租赁中心主任"),[["车辆租赁中心"],["主任"]],"reports_to","pronoun"),
   T("对学历卡得严吗","attribute","车辆调度员",q(C02,"高中及以上"),[["高中"],["及以上"]],"education","switch attribute (ellipsis)"),
   T("业绩达标的标准是怎么定的","kpi","车辆调度员",q(C02,"1.工作及时率达95%以上","2.客户满意率达90%以上","4.突发事件处理及时率达100%"),[["工作及时率"],["客户满意率"],["突发事件处理及时率"]],None,"switch attribute (ellipsis)")])
# 02 cx01 财务经理
FU("hr","财务经理这个岗要持什么证书","attribute","财务部经理",q(C01,"会计师资格证书"),[["会计师"],["资格证书"]],[
   T("工作年限呢","attribute","财务部经理",q(C01,"八年以工业企业财务管理经验,至少五年同职经历;"),[["八年"],["五年同职","五年"]],"experience","ellipsis"),
   T("他下面管着哪些人","attribute","财务部经理",q(C01,"财务会计、出纳","成本会计"),[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
   T("年纪方面有啥限制","qualification","财务部经理",q(C01,"35-45岁、性别不限"),[["35-45岁"],["放宽年龄"]],None,"ellipsis")],attribute="certificate")
# 03 cx03 培训部经理
FU("manager","培训部经理都负责些什么","duty","培训部经理",q(C03,"a)责培训部的日常管理工作。","c)责培训部员工的工作安排与绩效考核。","e)责培训计划的审核、和年度培训工作总结。"),
   [["日常管理"],["绩效考核"],["培训计划的审核","年度培训工作总结"]],[
   T("第三条那个具体指啥","duty","培训部经理",q(C03,"c)责培训部员工的工作安排与绩效考核。"),[["工作安排"],["绩效考核"]],None,"ordinal"),
   OOS("那培训顾问做什么","switch role (near-miss, named only)"),
   T("培训部整个部门的职能有哪些","duty",None,q(C03,"2.6负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核;","2.7负责公司培训档案的建立;","2.1负责培训服务产品的开发和策划工作,为市场推广提供培训服务产品支持;"),
     [["培训服务产品的开发"],["师资库"],["培训档案"]],None,"back to earlier topic (department)")])
# 04 cx04 HR KPI
FU("hr","人力资源部KPI库里财务类的指标有哪几个","kpi",None,q(C04,"部门费用预算达成率","薪资总量预算安排达成率","招聘费用预算达成率","培训费用预算达成率"),
   [["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],[
   T("第二个那个指标按什么公式算","kpi",None,q(C04,"(实际发生成本/计划成本)*100%"),[["实际发生成本"],["计划成本"]],None,"ordinal"),
   T("内部营运类呢","kpi",None,q(C04,"制度和流程的书面化比率","员工工资出错次数","员工绩效计划的按时完成率","员工绩效考核申诉处理及时性","招聘空缺职位所需的平均天数","人员编制控制率"),
     [["制度和流程的书面化比率"],["员工工资出错次数"],["员工绩效计划的按时完成率"],["人员编制控制率"]],None,"ellipsis (switch dimension)"),
   T("客户类那个是怎么衡量的","kpi",None,q(C04,"对员工进行满意度调查的算术平均值"),[["满意度调查"],["算术平均值","平均值"]],None,"switch dimension")])
# 05 cx04 audit/fund
FU("manager","审计部一般考核哪些KPI","kpi",None,q(C04,"审计计划执行率","审计报告一次经过率","审计问题追踪检查率","审计结果准确性","审计报告证据充分性","审计报告归档率"),
   [["审计计划执行率"],["审计报告一次经过率"],["审计问题追踪检查率"],["审计报告证据充分性"]],[
   T("第四个指标怎么衡量","kpi",None,q(C04,"审计结果更正的次数","审计结果准确性"),[["审计结果准确性"],["更正的次数"]],None,"ordinal"),
   T("那资金部考核些啥呢","kpi",None,q(C04,"公司资金预算达成率","资金筹集计划编制及时率","资金收支准确度","资金使用评估报告编制及时率"),
     [["公司资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"],["资金使用评估报告编制及时率"]],None,"switch department"),
   OOS("资金部经理一个月工资多少","out of scope (pay not stated)")])
# 06 cx05 生产主管 / 研发经理
FU("new_hire","招聘一览表里的生产主管要负责什么","duty","生产主管",q(C05,"车间日常生产管理"),[["车间日常生产管理","日常生产管理"],["简化生产流程"]],[
   T("得有几年相关经验才能投","attribute","生产主管",q(C05,"有两年以上相关行业的工作经验"),[["两年以上"],["相关行业"]],"experience","ellipsis"),
   T("要是研发经理，这方面怎么要求","attribute","研发经理",q(C05,"模具设计类专业，有经验者优先"),[["经验者"],["优先"]],"experience","switch role (换成X呢)"),
   T("这俩岗位对学历的要求有区别吗","qualification",None,q(C05,"本科以上，25-45岁，注塑类相关专业","模具设计类专业，有经验者优先","生产主管（2名）","研发经理 （4名）"),[["本科以上"],["研发经理"],["生产主管"]],None,"comparison of last two posts")])
# 07 cx06 测试经理 / DBA
FU("hr","慧算账招的测试经理岗位职责是什么","duty","测试工程师",L(C06,50,56),[["测试计划"],["测试用例"],["跟踪分析"],["培训"]],[
   T("对学历怎么要求的","attribute","测试工程师",L(C06,58),[["本科或以上"],["计算机"]],"education","ellipsis"),
   T("他需要有带团队的经验吗","qualification","测试工程师",L(C06,51)+L(C06,59),[["测试团队管理","带领团队"],["3人以上"]],None,"pronoun"),
   T("换成DBA呢，学历怎么要求","attribute","DBA",L(C06,70),[["本科及以上"],["计算机"]],"education","switch role (换成X呢)")])
# 08 cx06 前端 美团 / 京东物流
FU("new_hire","美团成都那个前端岗要求几年经验","attribute","前端开发工程师",L(C06,86),[["3年及以上"],["互联网研发"]],[
   T("京东物流那个前端呢","attribute","前端开发工程师",L(C06,99),[["3-5年"],["前端开发经验"]],"experience","switch company (ellipsis)"),
   T("这两家哪个要求会小程序开发","qualification","前端开发工程师",L(C06,96,108),[["京东物流"],["小程序"]],None,"comparison of last two posts"),
   OOS("Vue和React哪个更好学","out of scope (programming question)")],attribute="experience")
# 09 cx06 SRE
FU("new_hire","宝洁那个SRE岗位在哪上班","attribute","平台Site Reliability Engineer",L(C06,122),[["广州"],["珠江新城"]],[
   T("主要干什么","duty","平台Site Reliability Engineer",L(C06,123),[["DevOps平台","DevOps"],["运维"]],None,"ellipsis"),
   T("对英语水平有要求不","qualification","平台Site Reliability Engineer",L(C06,129),[["英语能力"],["有一定"]],None,"ellipsis (switch attribute)"),
   OOS("这个SRE岗月薪能开到多少","out of scope (empty pay field)")],attribute="location")
# 10 cx06 Golang / 产品经理
FU("hr","go后端的岗位要求是啥","qualification","Golang 后端",L(C06,33,42),[["2-5年"],["MySQL"],["k8s"],["Linux"]],[
   T("有哪些是加分的","qualification","Golang 后端",L(C06,44,49),[["terraform"],["开源作品"],["运维开发"]],None,"ellipsis"),
   T("给的薪资区间是多少","attribute","Golang 后端",L(C06,27),[["20-40k"],["Golang","杭州云霁"]],"pay","switch attribute"),
   T("那产品经理呢","attribute","产品经理",L(C06,13),[["15k-40k"],["*15","15薪"]],"pay","switch role (ellipsis)")])
# 11 cx06 产品经理
FU("manager","Moka招的产品经理具体工作内容有哪些","duty","产品经理",L(C06,13,17),[["绩效爆品"],["用户行为数据分析","数据分析"],["跨团队合作"]],[
   T("把第二点再讲细一点","duty","产品经理",L(C06,15),[["UI/UE"],["产品解决方案"]],None,"ordinal"),
   T("除了基本要求，还有什么加分条件","qualification","产品经理",L(C06,25,26),[["绩效业务经验","绩效管理"],["OKR"]],None,"ellipsis (switch attribute)"),
   T("他需要什么样的能力","qualification","产品经理",L(C06,19,23),[["同理心"],["学习能力"],["抽象能力"]],None,"pronoun")])
# 12 cx07 采购员
FU("hr","采购员需要满足什么条件","qualification","采购员",L(C07,150),[["45周岁以下"],["大专及以上"],["物流及供应链管理"],["3年以上采购主管"]],[
   T("那他平时做什么","duty","采购员",L(C07,153,178),[["采购制度"],["供应商谈判","与供应商谈判"],["采购计划"]],None,"pronoun"),
   T("第五条是什么意思","duty","采购员",L(C07,168),[["采购成本"],["合理库存"]],None,"ordinal"),
   T("除了这几条还有吗","duty","采购员",L(C07,171)+L(C07,174)+L(C07,177),[["采购计划"],["验收"],["供应商目录"]],None,"more (还有吗)")])
# 13 cx07 焊工 / 铆工
FU("new_hire","焊工要持什么证","attribute","焊工",L(C07,133),[["焊工证"],["质监局"]],[
   T("岁数有限制吗","qualification","焊工",L(C07,130),[["40岁"],["以下"]],None,"ellipsis"),
   T("铆工那边呢","qualification","铆工",L(C07,140),[["40岁"],["以下"]],None,"switch role (ellipsis)"),
   T("这俩学历要求一样吗","qualification",None,L(C07,130)+L(C07,140),[["高中及以上"],["高中级以上"]],None,"comparison of last two posts")],attribute="certificate")
# 14 cx07 机修工 / 维修电工
FU("manager","机修工的工作内容","duty","机修工",L(C07,277,289),[["钳台"],["二级保养"],["巡回检查"]],[
   T("那维修电工干些啥呢","duty","维修电工",L(C07,308,320),[["例保"],["挂牌"],["修理记录"]],None,"switch role (ellipsis)"),
   T("他得持什么证上岗","attribute","维修电工",L(C07,303),[["资格证书"],["职业培训"]],"certificate","pronoun"),
   OOS("要不要经常加班","out of scope (not stated)")])
# 15 cx07 生产技术部长 / 电气技术储备
FU("hr","生产技术部长什么学历","attribute","生产技术部长",L(C07,74),[["大专及以上"],["设备动力管理","机电一体化"]],[
   T("要多少年工作经验","attribute","生产技术部长",L(C07,74)+L(C07,78),[["10年以上"],["2年及以上"]],"experience","switch attribute"),
   T("电气技术储备应届生可以投吗","qualification","电气技术储备",L(C07,254),[["应届毕业生","应届"],["一年以上工作经验"]],None,"switch role"),
   T("它对专业有要求吗","attribute","电气技术储备",L(C07,254),[["机电一体化"],["偏弱电","弱电"]],"major","pronoun")],attribute="education")
# 16 cx08 出纳 reporting
FU("new_hire","那个培训学校里出纳归谁直接管","attribute","出纳",q(C08,"直接主管:分校校长"),[["分校校长"],["直接主管"]],[
   T("隔一级的领导是谁呢","attribute","出纳",q(C08,"隔级领导:总经理"),[["总经理"],["隔级"]],"reports_to","ellipsis"),
   T("她需要什么证","attribute","出纳",q(C08,"会计、金融类专业大专或以上学历,会计从业资格证"),[["会计从业"],["资格证"]],"certificate","pronoun"),
   T("主要职责里第七条讲的啥","duty","出纳",q(C08,"按领导审批过的退费手续,为客户办理退费结算;"),[["退费"],["审批"]],None,"ordinal")],attribute="reports_to")
# 17 cx08 出纳 duties
FU("hr","出纳每天要干哪些活","duty","出纳",q(C08,"每天报财务“资金汇报”;","通过银行代发或现金发放形式按时、准确地发放员工工资、奖金;","学校发票、收据业务办理;","学校人员费用报销办理;"),
   [["资金汇报"],["工资"],["发票"],["报销"]],[
   T("要会用哪些软件","attribute","出纳",q(C08,"熟练的财务软件及OFFICE办公软件操作技巧"),[["财务软件"],["OFFICE"]],"skills","ellipsis (switch attribute)"),
   OOS("出纳的社保公司交多少比例","out of scope in the middle (social insurance)"),
   T("男生能应聘这个岗吗","qualification","出纳",q(C08,"性别不限(女姓佳)"),[["不限"],["女姓佳","女性佳"]],None,"ellipsis after OOS")])
# 18 cx09 KPI
FU("manager","人事行政部经理绩效考核里权重最大的是哪项","kpi","人事行政部经理",L(C09,14),[["绩效、薪资管理完成率"],["15%"]],[
   T("客户类那块考什么","kpi","人事行政部经理",L(C09,17,18),[["内部员工满意率"],["后勤投诉次数"]],None,"switch dimension"),
   T("后勤投诉那项扣分怎么算","kpi","人事行政部经理",L(C09,18),[["扣1分"],["投诉一次"]],None,"follow detail"),
   T("学习成长类呢","kpi","人事行政部经理",L(C09,19,22),[["部门员工保有率"],["部门培训目标完成率"],["员工测评"],["人力计划完成率"]],None,"ellipsis")])
# 19 cx09 weights + OOS mid + back
FU("hr","人事行政部经理的财务类指标占多少权重","kpi","人事行政部经理",L(C09,8,9),[["15%"],["办公用品费用控制的监管"],["人事行政成本控制"]],[
   T("工作流程改善目标完成率的权重呢","kpi","人事行政部经理",L(C09,15),[["0%"],["工作流程改善目标完成率"]],None,"ellipsis (other indicator)"),
   OOS("今天天气怎么样","out of scope in the middle (chit-chat)"),
   T("回到刚才那个权重为0的指标，目标值是怎么写的","kpi","人事行政部经理",L(C09,15),[["达到100%为5分"],["低于60为3分"]],None,"back to earlier topic")])
# 20 cx10 导购 GBK
FU("new_hire","导购员的岗位职责有哪些","duty","导购",L(C10,9,17)+L(C10,23,29)+L(C10,43,51),[["接待顾客"],["收银"],["卫生"]],[
   T("她平时归哪个领导管","attribute","导购",L(C10,43),[["店长"],["对店长负责","接受其领导"]],"reports_to","pronoun"),
   T("有什么任职要求","qualification","导购",L(C10,33,39),[["学历不限"],["轮班"],["粤语"]],None,"switch attribute"),
   T("粤语不会行不行","qualification","导购",L(C10,39),[["粤语"],["优先"]],None,"follow detail")])
# 21 cx11 前台 benefits
FU("new_hire","酒店前台一个月休几天","attribute","酒店前台",L(C11,14),[["4天"],["调休"]],[
   T("上班时间怎么排","attribute","酒店前台",L(C11,15),[["两班轮班"],["8:00—16:00"]],"benefits","ellipsis"),
   T("管吃管住不","attribute","酒店前台",L(C11,16),[["免费"],["食宿"]],"benefits","ellipsis"),
   T("退房那块具体要做什么","duty","酒店前台",L(C11,4),[["退房结算"],["收银系统"]],None,"switch attribute (duty detail)")],attribute="benefits")
# 22 cx11 前台 typo
FU("hr","洒店前台要什么能力","qualification","酒店前台",L(C11,9,12),[["亲和力"],["预订系统"],["应变能力"],["合规"]],[
   T("第二条能展开讲讲吗","qualification","酒店前台",L(C11,10),[["收银系统"],["对数字敏感"]],None,"ordinal"),
   T("遇到客诉该怎么处理","duty","酒店前台",L(C11,6),[["安抚情绪"],["上报主管"]],None,"switch attribute"),
   OOS("前台有没有KPI考核表","out of scope (near-miss: no KPI for this post)")])
# 23 cx12 行政主管
FU("new_hire","行政主管的顶头上司是谁","attribute","行政主管",L(C12,9,10),[["行政经理"],["直属上级"]],[
   T("属于哪个部门管","attribute","行政主管",L(C12,15,16),[["行政管理部"],["所在部门"]],"department","ellipsis"),
   OOS("他的业绩衡量标准具体是什么","out of scope in the middle (略 section)"),
   T("占时间最多的是哪块职责","duty","行政主管",L(C12,38,39),[["65%"],["行政管理工作"]],None,"ellipsis after OOS")],attribute="reports_to")
# 24 cx12 行政经理助理
FU("manager","行政经理助理的工作概述是什么","attribute","行政主管",L(C12,25,26),[["协助行政经理"],["行政服务支持"]],[
   T("具体有哪些职责","duty","行政主管",L(C12,32,54),[["行政管理制度"],["固定资产"],["考勤"],["年会"]],None,"ellipsis"),
   T("发节日福利归他管吗","duty","行政主管",L(C12,45),[["节日福利"],["日常福利"]],None,"pronoun"),
   T("第三块职责占多少时间","duty","行政主管",L(C12,48,49),[["15%"],["部门内部建设"]],None,"ordinal")],attribute="purpose")
# 25 cx13
FU("hr","人力资源专员任职资格有哪些","qualification","人力资源专员",L(C13,3,7),[["本科及以上"],["1-2年"],["中英文"],["Office"]],[
   T("招聘专员呢，做什么","duty","招聘专员",L(C13,9,20),[["招募"],["转正考核"],["异动手续"]],None,"switch role"),
   T("2.3是什么","duty","招聘专员",L(C13,19,20),[["员工关系专员"],["录入数据"]],None,"ordinal"),
   T("前面那个人力资源专员要什么专业","attribute","人力资源专员",L(C13,3),[["人力资源"],["管理类"]],"major","back to earlier topic")])
# 26 cx14
FU("manager","财务分析会计的KPI有哪些","kpi","财务分析会计",L(C14,3,7),[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"]],[
   T("财务分析报告那项怎么打分","kpi","财务分析会计",L(C14,11,16),[["格式"],["数据的准确性"],["数据的有效性"],["及时性"]],None,"follow detail"),
   T("谁来打分","kpi","财务分析会计",L(C14,10),[["财务部经理"],["填写"]],None,"ellipsis"),
   T("月底结账权重多少","kpi","财务分析会计",L(C14,6),[["25%"],["月底结帐"]],None,"back to earlier list (variant spelling)")])
# 27 cx15
FU("new_hire","教务这个岗对学历有啥要求","attribute","教务",L(C15,5),[["大学专科"],["师范"]],[
   T("工作经验方面呢","attribute","教务",L(C15,6),[["2年以上"],["1年以上同岗位"]],"experience","ellipsis"),
   T("男的女的都行吗","qualification","教务",L(C15,4),[["男女不限"],["性别"]],None,"ellipsis"),
   T("需要具备哪些基本素养","qualification","教务",L(C15,8,10),[["责任心强"],["会爱学生"],["宽容乐观"]],None,"switch attribute")],attribute="education")
# 28 cx16
FU("hr","薪酬核算专员具体负责啥","duty","薪资核算专员",L(C16,4,13),[["计提"],["个税申报"],["年终奖"],["薪资发放"]],[
   T("第6条具体讲讲","duty","薪资核算专员",L(C16,9),[["个人所得税"],["汇算清缴"]],None,"ordinal"),
   T("需要熟悉哪些法规","qualification","薪资核算专员",L(C16,17),[["劳动法"],["个人所得税法"],["社保公积金政策"]],None,"switch attribute"),
   T("哪些专业的优先考虑","attribute","薪资核算专员",L(C16,15),[["人力资源"],["财务"],["统计学"]],"major","ellipsis")])
# 29 cx01 + cx08 comparison
FU("hr","财务部经理要什么学历","attribute","财务部经理",q(C01,"会计专业本科学历"),[["本科"],["会计专业"]],[
   T("出纳呢","attribute","出纳",q(C08,"会计、金融类专业大专或以上学历,会计从业资格证"),[["大专或以上"],["会计、金融类","金融"]],"education","switch role (ellipsis)"),
   T("这两个岗位谁的经验要求更高","qualification",None,q(C01,"八年以工业企业财务管理经验,至少五年同职经历;")+q(C08,"2年以上出纳工作经验;"),[["八年"],["2年以上"]],None,"comparison of last two posts"),
   T("财务部经理的工作目标有哪些","kpi","财务部经理",q(C01,"1、经营管理成本预、核算准确率100;","3、库存周转率、应收账款周转率小于期间额定标准;","7、无发生财务管理重大责任事故;"),
     [["准确率100"],["库存周转率"],["重大责任事故"]],None,"back to earlier post")],attribute="education")
# 30 cx02 difficulties
FU("manager","车辆租赁中心的调度员工作难点在哪","duty","车辆调度员",q(C02,"人员车辆及时到位","工作难点"),[["人员车辆及时到位","及时到位"],["工作难点","难点"]],[
   T("工作禁忌呢","duty","车辆调度员",q(C02,"服务态度不好","工作禁忌"),[["服务态度不好"],["禁忌"]],None,"ellipsis"),
   T("这个岗以后的晋升方向是什么","duty","车辆调度员",q(C02,"高级业务员","职业发展"),[["高级业务员"],["职业发展"]],None,"ellipsis"),
   T("专业有什么要求","attribute","车辆调度员",q(C02,"汽车修理专业","专业要求"),[["汽车修理"],["专业要求"]],"major","switch attribute")])

items=[]; forms={}
for i,c in enumerate(convs,1):
    iid=f"r39x-fu-{i:02d}"
    turns=[t for t,_ in c["turns"]]
    forms[iid]=[f for _,f in c["turns"]]
    first_attr=c["attribute"]
    items.append({"id":iid,"persona":c["persona"],"intent":"followup","question":c["question"],"role":c["role"],
        "attribute":first_attr,"evidence":c["evidence"],"key_points":c["key_points"],"expect_refusal":False,"turns":turns,"tool":None})
singles=[
 {"id":"r39x-jd-01","persona":"hr","intent":"jd","question":"帮我起草一份机修工的招聘JD","role":"机修工","attribute":None,
  "evidence":L(C07,272)+L(C07,277,289),"key_points":[["钳台"],["二级保养"],["巡回检查"]],"expect_refusal":False,"turns":None,
  "tool":{"kind":"jd","role":"机修工","must_cite_files":[C07],"expect_sections":["duties","qualifications"]}},
 {"id":"r39x-kd-01","persona":"manager","intent":"kpi_design","question":"帮资金部设计5个KPI指标","role":"资金部","attribute":None,
  "evidence":q(C04,"公司资金预算达成率","资金筹集计划编制及时率","资金收支准确度","资金使用评估报告编制及时率"),
  "key_points":[["公司资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"],["资金使用评估报告编制及时率"]],"expect_refusal":False,"turns":None,
  "tool":{"kind":"kpi_design","role":"资金部","count":5,"must_cite_files":[C04],"expected_indicators":["公司资金预算达成率","资金筹集计划编制及时率","资金收支准确度","资金使用评估报告编制及时率"]}},
 {"id":"r39x-oos-01","persona":"new_hire","intent":"out_of_scope","question":"质检员每天具体要做哪些工作","role":None,"attribute":None,
  "evidence":[],"key_points":[],"expect_refusal":True,"turns":None,"tool":None},
 {"id":"r39x-duty-01","persona":"new_hire","intent":"duty","question":"文案策划要负责哪些工作","role":"文案策划","attribute":None,
  "evidence":q(C05,"负责宣传推广文案及宣传资料文案的撰写"),"key_points":[["宣传推广文案"],["刊物的采编"]],"expect_refusal":False,"turns":None,"tool":None},
 {"id":"r39x-qual-01","persona":"hr","intent":"qualification","question":"埋弧焊工招什么样的人","role":"埋弧焊工","attribute":None,
  "evidence":L(C07,226),"key_points":[["45岁以下"],["初中"],["埋弧焊焊接经验"]],"expect_refusal":False,"turns":None,"tool":None},
 {"id":"r39x-attr-01","persona":"new_hire","intent":"attribute","question":"高压值班电工得有什么证","role":"高压值班电工","attribute":"certificate",
  "evidence":L(C07,296),"key_points":[["高压电工"],["资格证"]],"expect_refusal":False,"turns":None,"tool":None},
]
items+=singles
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open("forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items),"items", sum(len(v) for v in forms.values()),"later turns")
