"""Writes set.jsonl and forms.json for round 43 xfu (conversations over corpus-extra)."""
import json, sys
from pathlib import Path
OUT = Path(__file__).resolve().parent
F01="cx01_财务部经理岗位说明书.docx"; F02="cx02_车辆调度员岗位说明书.docx"; F03="cx03_培训部工作手册.docx"
F04="cx04_部门KPI指标库.xlsx"; F05="cx05_招聘岗位一览.xlsx"; F06="cx06_技术岗位招聘信息.csv"; F07="cx07_人才招聘.html"
F08="cx08_培训学校出纳岗位说明书.pdf"; F09="cx09_人事行政部经理绩效考核表.md"; F10="cx10_导购岗位职责.txt"
F11="cx11_酒店前台职位描述.txt"; F12="cx12_行政主管岗位说明书.txt"; F13="cx13_人力资源招聘专员行为标准.txt"
F14="cx14_财务部内控与财务分析KPI组成表.txt"; F15="cx15_教务工作岗位素能.txt"; F16="cx16_薪资核算专员职位描述.txt"
def Q(f,*qs): return [{"file":f,"quote":q} for q in qs]
def L(f,a,b): return [{"file":f,"line_start":a,"line_end":b}]
def T(q,intent,role,ev,kp,form,attr=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev if intent!="out_of_scope" else [],"key_points":kp if intent!="out_of_scope" else []}
    if attr: d["attribute"]=attr
    return (d,form)
OOS=lambda q,role,form: T(q,"out_of_scope",role,[],[],form)
convs=[]
def C(persona,q,intent,role,ev,kp,turns,attr=None):
    convs.append(dict(persona=persona,question=q,first_intent=intent,role=role,evidence=ev,key_points=kp,turns=turns,attribute=attr))

# 01 cx02 车辆调度员
C("new_hire","车辆调度员平时主要干些什么？","duty","车辆调度员",
  Q(F02,"根据客户有车需求,对人员车辆进行合理调配","2.车辆值班安排","根据司机出车情况进行考核"),[["合理调配"],["值班"],["考核"]],
  [T("那学历专业呢？","qualification","车辆调度员",Q(F02,"高中及以上","汽车修理专业"),[["高中及以上","高中"],["汽车修理"]],"ellipsis"),
   T("那他头上直接管他的领导是哪位","attribute","车辆调度员",Q(F02,"车辆租赁中心主任"),[["车辆租赁中心主任"],["租赁中心"]],"pronoun","reports_to"),
   T("考核他的业绩标准有哪些","kpi","车辆调度员",Q(F02,"工作及时率达95%以上","客户满意率达90%以上","内部员工满意度达80%以上"),[["95%"],["90%"],["80%"]],"pronoun")])
# 02 cx01 财务部经理
C("hr","财务经理需要持什么证书？","attribute","财务部经理",Q(F01,"会计师资格证书"),[["会计师资格证书","会计师"],["资格证书"]],
  [T("他手下管哪些人？","attribute","财务部经理",Q(F01,"财务会计、出纳"),[["财务会计","成本会计"],["出纳"]],"pronoun","subordinates"),
   T("那这个岗位的职责写了啥","duty","财务部经理",Q(F01,"组织编制公司年度综合财务计划和控制标准","建立健全财务管理体系"),[["年度综合财务计划"],["财务管理体系"]],"switch_attribute"),
   T("把第2条细说一下","duty","财务部经理",Q(F01,"建立健全财务管理体系"),[["财务管理体系"],["年度预算"],["资金运作"]],"ordinal")],attr="certificate")
# 03 cx03 培训部经理
C("manager","培训部经理这个位置手上要管哪些事","duty","培训部经理",
  Q(F03,"责培训部的日常管理工作","责培训部员工的工作安排与绩效考核","负责合理安排培训资源"),[["日常管理"],["绩效考核"],["培训资源"]],
  [T("其中第三项是什么意思","duty","培训部经理",Q(F03,"责培训部员工的工作安排与绩效考核"),[["工作安排"],["绩效考核"]],"ordinal"),
   OOS("那培训顾问呢，他负责什么？","培训顾问","switch_role_near_miss"),
   T("这个部门编制多少人来着","attribute",None,Q(F03,"培训部配置人员4名"),[["4名"],["培训部经理1名"]],"switch_attribute","department")])
# 04 cx04 HR KPI
C("hr","人力资源部KPI里财务类的指标有哪几个？","kpi",None,
  Q(F04,"部门费用预算达成率","薪资总量预算安排达成率","招聘费用预算达成率","培训费用预算达成率"),
  [["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],
  [T("第二个指标按什么公式算出来","kpi",None,Q(F04,"(实际发生成本/计划成本)*100%"),[["实际发生成本"],["计划成本"]],"ordinal"),
   T("那招聘管理下面的指标呢","kpi",None,Q(F04,"招聘空缺职位所需的平均天数","人员编制控制率"),[["招聘空缺职位所需的平均天数"],["人员编制控制率"]],"ellipsis"),
   T("员工满意度这个指标的数据从哪来","kpi",None,Q(F04,"员工满意度调查","对员工进行满意度调查的算术平均值"),[["员工满意度调查"],["算术平均值"]],"switch_attribute")])
# 05 cx04 审计/资金/财务
C("manager","审计部有哪些关键绩效指标？","kpi",None,
  Q(F04,"审计计划执行率","审计报告一次经过率","审计结果准确性","审计报告证据充分性"),
  [["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"],["审计报告证据充分性"]],
  [T("如果换成资金部的话呢","kpi",None,Q(F04,"公司资金预算达成率","资金收支准确度","资金使用目标达成率"),[["公司资金预算达成率"],["资金收支准确度"],["资金使用目标达成率"]],"switch_role"),
   T("资金头寸那个指标是怎么定义的","kpi",None,Q(F04,"因没有及时掌握资金头寸信息"),[["资金头寸信息"],["损失的金额"]],"switch_attribute"),
   T("财务部那边又是哪些","kpi",None,Q(F04,"公司财务预算达成率","财务分析准确度","账务处理及时性","现金收支准确性"),[["公司财务预算达成率"],["财务分析准确度"],["账务处理及时性"],["现金收支准确性"]],"ellipsis")])
# 06 cx05 销售经理 / 文案策划
C("new_hire","招聘岗位一览里的销售经理主要做哪些工作？","duty","销售经理",Q(F05,"帮助业务经理处理订单的相关内容"),
  [["处理订单"],["解答客户"],["跟进订单"]],
  [T("对年龄有要求吗","qualification","销售经理",Q(F05,"本科以上，20-35岁，英语专业者优先"),[["20-35岁","20-35"],["本科以上","本科"]],"switch_attribute"),
   T("换成文案呢","qualification","文案策划",Q(F05,"大专以上，20-35岁，有经验者优先"),[["20-35岁","20-35"],["大专以上","大专"]],"switch_role_short_title"),
   T("待遇大概是啥水平","attribute","文案策划",Q(F05,"工作细心，认真负责"),[["免费食宿"],["面议"]],"ellipsis","pay")])
# 07 cx05 研发经理 vs 生产主管
C("hr","研发经理需要什么专业背景？","attribute","研发经理",Q(F05,"20-45岁，模具设计类专业"),[["模具设计类专业","模具设计"],["本科以上","本科"]],
  [T("生产主管呢","attribute","生产主管",Q(F05,"25-45岁，注塑类相关专业"),[["注塑类相关专业","注塑"],["本科以上","本科"]],"ellipsis","major"),
   T("这俩岗位的年龄要求有什么不一样","qualification",None,Q(F05,"20-45岁，模具设计类专业","25-45岁，注塑类相关专业"),[["20-45岁","20-45"],["25-45岁","25-45"]],"compare"),
   T("后面那个岗位平时负责啥","duty","生产主管",Q(F05,"车间日常生产管理"),[["车间日常生产管理"],["简化生产流程"]],"pronoun")],attr="major")
# 08 cx05 机械技术员
C("new_hire","机械技术员的岗位职责是什么","duty","机械技术员",Q(F05,"协助工程师完成车间机器的维修"),[["维修"],["治具"],["革新"]],
  [T("第二点是什么意思","duty","机械技术员",Q(F05,"协助工程师完成车间机器的维修"),[["机械手治具"],["产品治具"]],"ordinal"),
   T("需要什么学历","attribute","机械技术员",Q(F05,"机械技术底子深厚，有创新精神"),[["大专以上","大专"],["20-45岁","机械技术底子深厚"]],"ellipsis","education"),
   OOS("顺便问下明天会下雨吗","机械技术员","oos_mid"),
   T("对了，那这个岗位公司管吃住不","attribute","机械技术员",Q(F05,"机械技术底子深厚，有创新精神"),[["免费食宿"],["薪资面议","面议"]],"back_to_earlier","benefits")])
# 09 cx06 测试经理
C("hr","测试经理岗位职责有哪些？","duty","测试工程师",L(F06,50,56),[["测试计划"],["测试工具"],["质量保证"],["培训"]],
  [T("那任职资格方面呢？要求高不高","qualification","测试工程师",L(F06,57,61),[["5年以上"],["3人以上"],["测试用例设计"]],"ellipsis"),
   T("第4条能具体点吗","qualification","测试工程师",L(F06,61,61),[["Java"],["MySQL"]],"ordinal"),
   T("这个岗位在哪个城市上班，薪资多少","attribute","测试工程师",L(F06,50,50),[["广州"],["15K-45K","15K - 45K"]],"switch_attribute","location")])
# 10 cx06 DBA -> Golang
C("manager","慧算账招的DBA要干什么","duty","DBA",L(F06,62,68),[["容量规划"],["SQL调优"],["备份恢复"]],
  [T("那招这个人的时候对人有啥要求呢","qualification","DBA",L(F06,69,74),[["本科"],["MySQL高可用"],["SQL审计"]],"ellipsis"),
   T("换成Go后端呢","qualification","Golang 后端",L(F06,33,42),[["2-5年"],["Golang"],["k8s"]],"switch_role_short_title"),
   T("两个岗位工作地点分别在哪","attribute",None,L(F06,27,27)+L(F06,62,62),[["广州"],["杭州"],["远程"]],"compare","location")])
# 11 cx06 SRE
C("new_hire","宝洁科技招的SRE主要负责啥","duty","平台Site Reliability Engineer",L(F06,122,123),[["DevOps平台"],["开发和运维"],["BU"]],
  [T("得有几年经验才行","qualification","平台Site Reliability Engineer",L(F06,124,125),[["4年以上"],["系统管理员"]],"ellipsis","experience"),
   T("除了这个还有别的要求没","qualification","平台Site Reliability Engineer",L(F06,124,129),[["开发语言"],["K8S"],["DevOps"]],"more"),
   OOS("K8S集群具体怎么搭建，给个步骤","平台Site Reliability Engineer","oos_mid"),
   T("他在哪里办公","attribute","平台Site Reliability Engineer",L(F06,122,122),[["广州"],["珠江新城"]],"pronoun","location")])
# 12 cx06 美团前端 -> 京东
C("hr","美团的前端工程师岗位职责是什么","duty","前端开发工程师",L(F06,79,83),[["CRM"],["中后台"],["培养团队成员"]],
  [T("那工作年限卡几年","qualification","前端开发工程师",L(F06,85,86),[["3年及以上"],["互联网研发"]],"ellipsis","experience"),
   T("换京东物流那个前端研发岗看看呢","qualification","前端开发工程师",L(F06,98,99),[["3-5年"],["全日制本科"]],"switch_company"),
   T("它的第6条写的啥","qualification","前端开发工程师",L(F06,104,104),[["React Native"],["Flutter"]],"ordinal"),
   OOS("这个岗位月薪开多少","前端开发工程师","not_stated")])
# 13 cx06 Moka 产品经理
C("manager","Moka的产品经理要求具备哪些能力？","qualification","产品经理",L(F06,19,23),[["同理心"],["学习能力"],["抽象能力"],["Ownership"]],
  [T("有哪些加分的地方","qualification","产品经理",L(F06,25,26),[["绩效业务经验"],["OKR"]],"ellipsis"),
   T("那他的工作职责","duty","产品经理",L(F06,13,17),[["绩效爆品"],["用户行为数据分析"],["跨团队合作"]],"pronoun"),
   T("薪资给到什么区间","attribute","产品经理",L(F06,13,13),[["15k-40k"],["*15"]],"switch_attribute","pay")])
# 14 cx07 销售员 -> 采购员
C("new_hire","钢结构厂的销售员要做什么","duty","销售员",L(F07,92,104),[["销售额"],["拜访新老客户"],["客户关系档案"]],
  [T("英语方面卡不卡等级","attribute","销售员",L(F07,111,111),[["四级"],["大专及以上"]],"switch_attribute","skills"),
   T("还有其他要求吗","qualification","销售员",L(F07,107,119),[["钢材产品销售经验"],["商务谈判"]],"more"),
   T("待遇呢","attribute","销售员",L(F07,121,123),[["双休"],["社会保险"],["住宿"]],"ellipsis","benefits"),
   OOS("那如果是采购员呢","采购员","switch_role_not_stated")])
# 15 cx07 焊工 / 铆工
C("hr","焊工招聘要求是什么","qualification","焊工",L(F07,128,133),[["高中"],["40岁以下"],["焊工证"]],
  [T("铆工那边的条件呢","qualification","铆工",L(F07,138,143),[["高中"],["3年以上"],["钢结构"]],"ellipsis"),
   T("这两个工种要求有什么区别","qualification",None,L(F07,128,143),[["焊工证"],["3年以上"]],"compare"),
   T("埋弧悍工年龄卡多少","qualification","埋弧焊工",L(F07,224,226),[["45岁以下"],["初中"]],"typo")])
# 16 cx07 机修工 / 维修电工
C("new_hire","机修工上班主要干哪些活","duty","机修工",L(F07,274,289),[["安全技术操作规程"],["二级保养"],["巡回检查"]],
  [T("第三条什么意思","duty","机修工",L(F07,283,285),[["判断故障"],["维修及时"]],"ordinal"),
   T("换成维修电工的话做哪些事","duty","维修电工",L(F07,305,320),[["例保"],["挂牌"],["修理记录"]],"switch_role"),
   T("这个岗必须持证上岗吗","attribute","维修电工",L(F07,303,303),[["资格证书"],["职业培训"]],"pronoun","certificate"),
   T("高压电工呢","attribute","高压值班电工",L(F07,296,296),[["高压电工资格证"],["三年以上"]],"switch_role_short_title","certificate")])
# 17 cx07 生产技术部长
C("manager","想应聘生产技术部长，得满足什么条件","qualification","生产技术部长",L(F07,69,86),[["10年以上"],["车间主任"],["钢构"]],
  [OOS("那他平时具体负责什么，页面上写了吗","生产技术部长","ellipsis_not_stated"),
   T("学历要大专吗","attribute","生产技术部长",L(F07,73,75),[["大专及以上"],["机电一体化"]],"switch_attribute","education"),
   T("第三条再说说","qualification","生产技术部长",L(F07,80,82),[["经营管理"],["1年及以上"],["事业部总经理"]],"ordinal")])
# 18 cx08 出纳
C("new_hire","培训学校的出纳归谁管？","attribute","出纳",Q(F08,"直接主管:分校校长"),[["分校校长"],["直接主管"]],
  [T("她手底下有人吗","attribute","出纳",Q(F08,"直接主管:分校校长"),[["无"],["直接下属"]],"ellipsis","subordinates"),
   T("主要职责有哪些","duty","出纳",Q(F08,"根据各校区发来的收入数据进行数据录入","每天报财务“资金汇报”","按领导审批过的退费手续","学校人员费用报销办理"),[["数据录入"],["资金汇报"],["退费"],["报销"]],"switch_attribute"),
   T("第七项具体怎么操作","duty","出纳",Q(F08,"按领导审批过的退费手续"),[["退费手续"],["退费结算"]],"ordinal")],attr="reports_to")
# 19 cx08 出纳 vs cx01 财务部经理
C("hr","出纳要求几年工作经验","qualification","出纳",Q(F08,"2年以上出纳工作经验"),[["2年以上"],["出纳工作经验"]],
  [T("财务部经理那边呢？","qualification","财务部经理",Q(F01,"八年以工业企业财务管理经验"),[["八年"],["五年"]],"switch_role","experience"),
   T("那他的学历","attribute","财务部经理",Q(F01,"会计专业本科学历"),[["本科"],["会计专业"]],"pronoun","education"),
   T("跟出纳比，学历要求差在哪","attribute",None,Q(F01,"会计专业本科学历")+Q(F08,"会计、金融类专业大专或以上学历"),[["本科"],["大专"]],"compare","education")])
# 20 cx09 人事行政部经理 KPI
C("manager","人事行政部经理的考核指标有哪些，权重各是多少","kpi","人事行政部经理",L(F09,6,23),
  [["人事行政成本控制"],["绩效、薪资管理完成率"],["15%"],["内部员工满意率"]],
  [T("第一个指标怎么打分","kpi","人事行政部经理",L(F09,8,8),[["达到100%为5分"],["80%为4分"]],"ordinal"),
   T("内部运营类一共占多少","kpi","人事行政部经理",L(F09,10,10),[["50%"],["内部运营类"]],"ellipsis"),
   T("后勤投诉这一项被投诉一次扣多少分","kpi","人事行政部经理",L(F09,18,18),[["扣1分"],["投诉一次"]],"switch_attribute"),
   OOS("这个经理向谁汇报","人事行政部经理","pronoun_not_stated")])
# 21 cx10 导购
C("new_hire","导购员的职责是什么","duty","导购",L(F10,9,17)+L(F10,21,29)+L(F10,43,51),[["接待顾客"],["收银"],["卫生"]],
  [T("那他向谁负责","attribute","导购",L(F10,43,43),[["店长"],["对店长负责"]],"pronoun","reports_to"),
   T("招聘对性别有要求吗","qualification","导购",L(F10,33,33),[["女"],["学历不限"]],"switch_attribute"),
   T("会粤语有加分吗","qualification","导购",L(F10,39,39),[["粤语优先"],["专业培训"]],"ellipsis"),
   T("其他还有啥条件","qualification","导购",L(F10,31,39),[["轮班"],["沟通能力"],["促销经验"]],"more")])
# 22 cx11 酒店前台
C("new_hire","酒店前台的工作内容有哪些","duty","酒店前台",L(F11,2,7),[["入住"],["退房结算"],["预订"],["客诉"]],
  [T("第3点再讲细一点","duty","酒店前台",L(F11,5,5),[["预订系统"],["房态"],["超售"]],"ordinal"),
   T("班次是怎么安排的","attribute","酒店前台",L(F11,15,15),[["两班轮班"],["8:00"],["16:00"]],"switch_attribute","benefits"),
   T("每个月能休息几天","attribute","酒店前台",L(F11,14,14),[["4天"],["调休"]],"ellipsis","benefits"),
   OOS("前台试用期多长","酒店前台","not_stated")])
# 23 cx12 行政主管
C("hr","行政主管上面直接管他的是谁","attribute","行政主管",L(F12,9,10),[["行政经理"],["直属上级"]],
  [T("他属于哪个部门呢","attribute","行政主管",L(F12,15,16),[["行政管理部"],["所在部门"]],"ellipsis","department"),
   T("他主要负责的行政管理工作有哪些","duty","行政主管",L(F12,38,47),[["信息资料库"],["大事记"],["办公用品"],["固定资产"]],"pronoun"),
   OOS("这些工作的业绩衡量标准是什么","行政主管","near_miss_lue"),
   T("这块工作时间占比多少","duty","行政主管",L(F12,38,39),[["65"],["行政管理工作"]],"back_to_earlier")],attr="reports_to")
# 24 cx13 人力资源专员 / 招聘专员
C("hr","人力资源专员的任职资格有哪些","qualification","人力资源专员",L(F13,2,7),[["本科"],["1-2年"],["中英文"]],
  [T("第四条展开","qualification","人力资源专员",L(F13,6,6),[["人际交往"],["团队合作"],["MS Office"]],"ordinal"),
   T("招聘专员呢，他要做些什么","duty","招聘专员",L(F13,9,14),[["招聘文案"],["招募活动"],["内部信息网"]],"switch_role"),
   T("转正和异动那部分呢","duty","招聘专员",L(F13,15,20),[["转正考核"],["异动手续"],["数据库"]],"ellipsis")])
# 25 cx14 财务分析 KPI
C("manager","财务部内控与财务分析的KPI有哪几项","kpi","财务分析会计",L(F14,2,7),[["企业内控制度的调整"],["财务分析报告"],["利润中心"],["月底结帐"]],
  [T("财务分析报告这一项占多大权重","kpi","财务分析会计",L(F14,4,4),[["30%"],["季"]],"switch_attribute"),
   T("那它的评分表怎么打分","kpi","财务分析会计",L(F14,12,17),[["格式"],["数据的准确性"],["及时性"]],"pronoun"),
   T("利润中心那项怎么扣分","kpi","财务分析会计",L(F14,5,5),[["一次-5分"],["20分"],["四次及以上0分"]],"back_to_earlier"),
   T("这张评分表由谁来填","kpi","财务分析会计",L(F14,10,10),[["财务部经理"],["填写"]],"pronoun")])
# 26 cx15 教务
C("hr","做教务需要满足哪些任职条件","qualification","教务",L(F15,2,6),[["大学专科"],["2年以上"],["男女不限"]],
  [T("学历专业具体怎么要求","attribute","教务",L(F15,5,5),[["统招"],["师范"]],"ellipsis","education"),
   T("基本素养呢","qualification","教务",L(F15,7,10),[["责任心强"],["会爱学生"],["宽容乐观"]],"ellipsis"),
   OOS("教务岗位一个月到手大概多少钱","教务","oos_mid"),
   T("第二条再讲讲","qualification","教务",L(F15,9,9),[["教育事业"],["教育教学的基本规律"]],"ordinal")])
# 27 cx16 薪资核算
C("new_hire","薪酬核算专员每天干啥","duty","薪资核算专员",L(F16,3,13),[["计提"],["复核"],["个税申报"],["年终奖"]],
  [T("第六条","duty","薪资核算专员",L(F16,9,9),[["个人所得税"],["汇算清缴"]],"ordinal"),
   T("招这个岗要啥工作经验","qualification","薪资核算专员",L(F16,16,16),[["2年以上"],["HRSSC","共享服务中心"]],"ellipsis","experience"),
   T("需要熟悉哪些法律法规","qualification","薪资核算专员",L(F16,17,17),[["劳动法"],["个人所得税法"],["社保公积金"]],"switch_attribute")])
# 28 cx02 typo, then cx08 switch
C("manager","车俩调度员的工作难点是什么","duty","车辆调度员",Q(F02,"人员车辆及时到位"),[["人员车辆"],["及时到位"]],
  [T("职业发展方向呢","duty","车辆调度员",Q(F02,"高级业务员"),[["高级业务员"],["业务员"]],"ellipsis"),
   T("他的工作目的是什么","attribute","车辆调度员",Q(F02,"为了满足客户用车需求"),[["客户用车需求"],["合理调配"]],"pronoun","purpose"),
   T("换成培训学校的出纳，岗位目的又是什么呢","attribute","出纳",Q(F08,"负责学校现金、银行业务"),[["现金"],["银行业务"]],"switch_role","purpose")])
# 29 cx04 内部营运 -> cx09 学习成长
C("hr","人力资源部KPI中内部营运类有哪些指标","kpi",None,
  Q(F04,"制度和流程的书面化比率","员工工资出错次数","员工绩效计划的按时完成率","人员编制控制率"),
  [["制度和流程的书面化比率"],["员工工资出错次数"],["员工绩效计划的按时完成率"],["人员编制控制率"]],
  [T("员工工资出错次数的计算公式是什么","kpi",None,Q(F04,"(错误发放的工资次数/发放的工资次数)*100%"),[["错误发放的工资次数"],["错误发放的人数"]],"switch_attribute"),
   T("人事行政经理的学习成长类指标呢","kpi","人事行政部经理",L(F09,19,22),[["部门员工保有率"],["部门培训目标完成率"],["人力计划完成率"]],"switch_role_short_title"),
   T("保有率多少算合格","kpi","人事行政部经理",L(F09,19,19),[["70%"],["5分"]],"ellipsis")])
# 30 cx16 vs cx13 compare
C("hr","薪资核算专员的学历要求","attribute","薪资核算专员",L(F16,15,15),[["本科"],["统计学"]],
  [T("人力资源专员呢","attribute","人力资源专员",L(F13,3,3),[["本科"],["管理类"]],"ellipsis","education"),
   T("这两个岗位经验要求谁更高","qualification",None,L(F16,16,16)+L(F13,4,4),[["2年以上"],["1-2年"]],"compare"),
   T("人力资源专员对外语有要求吗","qualification","人力资源专员",L(F13,6,6),[["中英文"],["听、说、读、写"]],"back_to_earlier")],attr="education")

singles=[
 dict(id="x43fu-duty-01",persona="new_hire",intent="duty",question="电气技术储备这个岗位日常做什么",role="电气技术储备",attribute=None,
      evidence=L(F07,257,265),key_points=[["协助维修电工"],["电气原理"]],expect_refusal=False,turns=None,tool=None),
 dict(id="x43fu-qual-01",persona="hr",intent="qualification",question="招剪板机操作工对人有哪些要求",role="剪板机操作工",attribute=None,
      evidence=L(F07,186,186),key_points=[["45岁以下"],["初中以上"],["剪板机"]],expect_refusal=False,turns=None,tool=None),
 dict(id="x43fu-attr-01",persona="new_hire",intent="attribute",question="杭州百腾教育的前端岗位在哪上班",role="前端开发工程师",attribute="location",
      evidence=L(F06,109,109),key_points=[["杭州"],["杭州百腾教育"]],expect_refusal=False,turns=None,tool=None),
 dict(id="x43fu-kpi-01",persona="manager",intent="kpi",question="财务部的财务资料完好性这个指标怎么考核",role=None,attribute=None,
      evidence=Q(F04,"财务资料损坏、 丢失、 泄露的次数"),key_points=[["损坏"],["泄露"]],expect_refusal=False,turns=None,tool=None),
 dict(id="x43fu-kd-01",persona="manager",intent="kpi_design",question="请为审计部设计5个考核指标",role=None,attribute=None,
      evidence=Q(F04,"审计计划执行率","审计报告一次经过率","审计结果准确性","审计报告证据充分性"),
      key_points=[["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"],["审计报告证据充分性"]],expect_refusal=False,turns=None,
      tool={"kind":"kpi_design","role":"审计部","count":5,"must_cite_files":[F04],
            "expected_indicators":["审计计划执行率","审计报告一次经过率","审计结果准确性","审计报告证据充分性"]}),
 dict(id="x43fu-oos-01",persona="new_hire",intent="out_of_scope",question="焊工证去哪里考，报名费多少钱",role=None,attribute=None,
      evidence=[],key_points=[],expect_refusal=True,turns=None,tool=None),
]

items=[]; forms={}
for i,c in enumerate(convs,1):
    iid=f"x43fu-fu-{i:02d}"
    turns=[t for t,_ in c["turns"]]
    forms[iid]=[{"turn":k,"question":t["question"],"form":f} for k,(t,f) in enumerate(c["turns"],1)]
    items.append(dict(id=iid,persona=c["persona"],intent="followup",question=c["question"],role=c["role"],
        attribute=c["attribute"] if c["first_intent"]=="attribute" else c["attribute"],
        evidence=c["evidence"],key_points=c["key_points"],expect_refusal=False,turns=turns,tool=None,
        ))
    forms[iid].insert(0,{"turn":0,"first_intent":c["first_intent"]})
items+=singles
# first-turn attribute for attribute-first conversations
first_attr={1:None}
with open(OUT/"set.jsonl","w",encoding="utf-8") as fh:
    for it in items: fh.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(OUT/"forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items),"items",sum(len(c["turns"]) for c in convs),"later turns")
