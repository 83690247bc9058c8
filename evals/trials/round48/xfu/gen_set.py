"""Writes set.jsonl and forms.json for trial round48/xfu (follow-up conversations over corpus-extra)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"; C07="cx07_人才招聘.html"
C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"; C10="cx10_导购岗位职责.txt"
C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"; C13="cx13_人力资源招聘专员行为标准.txt"
C14="cx14_财务部内控与财务分析KPI组成表.txt"; C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"
def Q(f,*qs): return [{"file":f,"quote":q} for q in qs]
def L(f,a,b=None): return [{"file":f,"line_start":a,"line_end":b or a}]
def T(q,intent,role,ev,kp,attr=None,form=None):
    t={"question":q,"intent":intent,"role":role,"evidence":ev if intent!="out_of_scope" else [],"key_points":kp if intent!="out_of_scope" else []}
    if attr: t["attribute"]=attr
    t["_form"]=form; return t
OOS=lambda q,form,role=None: T(q,"out_of_scope",role,[],[],form=form)
convs=[]
def FU(persona,q,intent,role,ev,kp,turns,attr=None,first_form="first"):
    convs.append(dict(persona=persona,question=q,fintent=intent,role=role,evidence=ev,key_points=kp,attribute=attr,turns=turns))

# 1 cx02 车辆调度员
FU("new_hire","车辆调度员平时具体干些什么活？","duty","车辆调度员",
   Q(C02,"根据客户有车需求,对人员车辆进行合理调配","2.车辆值班安排","根据司机出车情况进行考核"),[["合理调配"],["值班"],["考核"]],
   [T("那学历这块呢？","attribute","车辆调度员",Q(C02,"高中及以上"),[["高中"],["以上"]],"education","ellipsis"),
    T("他归谁管呀","attribute","车辆调度员",Q(C02,"车辆租赁中心主任"),[["车辆租赁中心"],["主任"]],"reports_to","pronoun"),
    T("业绩标准有哪几条","kpi","车辆调度员",Q(C02,"工作及时率达95%以上","客户满意率达90%以上","突发事件处理及时率达100%"),[["95%"],["客户满意率"],["突发事件"]],form="switch attribute")])
# 2 cx01 财务部经理
FU("hr","财务经理要求什么学历和专业","attribute","财务部经理",Q(C01,"会计专业本科学历"),[["本科"],["会计"]],
   [T("那他得在这行干满几年","attribute","财务部经理",Q(C01,"八年以工业企业财务管理经验,至少五年同职经历;"),[["八年"],["五年"]],"experience","ellipsis"),
    T("他下属都有谁，列一下","attribute","财务部经理",Q(C01,"财务会计、出纳","成本会计"),[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
    T("岗位技能里第五条具体是啥","qualification","财务部经理",Q(C01,"有资本运作、证券融资以及兼并收购的实际经验"),[["资本运作"],["兼并收购"]],form="ordinal")],attr="education")
# 3 cx03 培训部经理
FU("manager","培训部经理负责哪些事情","duty","培训部经理",
   Q(C03,"a)责培训部的日常管理工作。","c)责培训部员工的工作安排与绩效考核。","g)负责培训市场的开拓"),[["日常管理"],["绩效考核"],["培训市场"]],
   [T("把第三条再展开讲讲呗","duty","培训部经理",Q(C03,"c)责培训部员工的工作安排与绩效考核。"),[["工作安排"],["绩效考核"]],form="ordinal"),
    OOS("那培训顾问的职责呢","switch role (near-miss, no duties)"),
    T("回到培训部本身，整个部门的职能有哪些","duty",None,Q(C03,"2.1负责培训服务产品的开发和策划工作","2.6负责公司师资库的建立","2.7负责公司培训档案的建立;"),[["培训服务产品"],["师资库"],["培训档案"]],form="back to earlier topic")])
# 4 cx04 人力资源部KPI
FU("hr","人力资源部的KPI有哪些指标","kpi",None,Q(C04,"部门费用预算达成率","制度和流程的书面化比率","招聘空缺职位所需的平均天数"),[["部门费用预算达成率"],["书面化"],["招聘空缺职位"]],
   [T("第十个指标怎么算","kpi",None,Q(C04,"空缺职位总数/招聘空缺职位所用的总天数"),[["空缺职位总数"],["总天数"]],form="ordinal"),
    T("财务部的换过来看看呢","kpi",None,Q(C04,"公司财务预算达成率","财务分析准确度","现金收支准确性"),[["财务预算达成率"],["财务分析准确度"],["现金收支准确性"]],form="switch department (ellipsis)"),
    T("资金部那边呢","kpi",None,Q(C04,"资金筹集计划编制及时率","资金收支准确度"),[["资金筹集计划编制及时率"],["资金收支准确度"]],form="switch department (ellipsis)")])
# 5 cx05 销售经理
FU("new_hire","销售经理的工作职责有哪些","duty","销售经理",Q(C05,"帮助业务经理处理订单的相关内容"),[["订单"],["解答客户"],["出差"]],
   [T("那招他的条件呢","qualification","销售经理",Q(C05,"本科以上，20-35岁，英语专业者优先"),[["本科"],["英语"]],form="ellipsis"),
    T("换成文案策划呢","qualification","文案策划",Q(C05,"大专以上，20-35岁，有经验者优先"),[["大专"],["20-35岁"]],form="switch role"),
    T("这俩谁学历要求高","attribute",None,Q(C05,"本科以上，20-35岁，英语专业者优先","大专以上，20-35岁，有经验者优先"),[["本科"],["大专"]],"education","comparison")])
# 6 cx05 生产主管
FU("hr","生产主管要几年工作经验","attribute","生产主管",Q(C05,"有两年以上相关行业的工作经验"),[["两年以上"],["相关行业"]],
   [T("对所学专业有限制没","attribute","生产主管",Q(C05,"本科以上，25-45岁，注塑类相关专业"),[["注塑"],["本科"]],"major","switch attribute"),
    T("他日常主要管些啥","duty","生产主管",Q(C05,"车间日常生产管理"),[["车间日常生产管理"],["简化生产流程","调配安排生产"]],form="pronoun"),
    T("要是换成研发经理，日常干啥","duty","研发经理",Q(C05,"关注市场，发现行业新鲜资讯"),[["新鲜资讯"],["开发设计"]],form="switch role")],attr="experience")
# 7 cx06 DBA
FU("new_hire","慧算账的DBA岗位职责是什么","duty","DBA",L(C06,62,74),[["容量规划"],["备份恢复"],["SQL调优"]],
   [T("学历有什么要求","attribute","DBA",L(C06,70),[["本科"],["计算机"]],"education","switch attribute"),
    T("职责第五条细说一下","duty","DBA",L(C06,67),[["备份恢复"],["迁移"],["故障排除"]],form="ordinal (back to duties)"),
    OOS("MySQL主从复制具体怎么配置","out-of-scope (near-miss tech question)")])
# 8 cx06 测试工程师
FU("hr","测试经理的任职资格","qualification","测试工程师",L(C06,57,61),[["本科"],["5年以上"],["测试用例"]],
   [T("这个岗给多少钱","attribute","测试工程师",L(C06,50),[["15K"],["45K"]],"pay","ellipsis"),
    T("这岗位人得在哪座城市坐班","attribute","测试工程师",L(C06,50),[["广州"],["慧算账"]],"location","switch attribute"),
    T("换成DBA，工资多少","attribute","DBA",L(C06,62),[["15K"],["45K"]],"pay","switch role")])
# 9 cx06 Golang
FU("new_hire","Go后端那个职位要几年经验","attribute","Golang 后端",L(C06,35),[["2-5"],["Golang"]],
   [T("base在哪儿","attribute","Golang 后端",L(C06,27),[["杭州"],["远程"]],"location","ellipsis"),
    T("有啥加分的条件","qualification","Golang 后端",L(C06,44,49),[["terraform"],["开源"]],form="switch attribute"),
    T("平时要做什么工作","duty","Golang 后端",L(C06,29,31),[["CloudIaC"],["设计和开发"]],form="ellipsis")],attr="experience")
# 10 cx06 SRE
FU("manager","宝洁那个SRE岗位日常干什么","duty","平台Site Reliability Engineer",L(C06,123),[["DevOps平台"],["运维","BU"]],
   [T("对经验有啥要求","attribute","平台Site Reliability Engineer",L(C06,125),[["4年以上"],["系统管理员"]],"experience","ellipsis"),
    T("对英语水平有说法吗","attribute","平台Site Reliability Engineer",L(C06,129),[["英语能力"],["一定"]],"skills","ellipsis"),
    T("他需要懂哪些技术","qualification","平台Site Reliability Engineer",L(C06,126,128),[["K8S"],["linux"],["DevOps"]],form="pronoun")])
# 11 cx06 前端 美团 / 京东
FU("hr","美团成都的前端工程师有什么要求","qualification","前端开发工程师",L(C06,85,90),[["3年及以上"],["CSS"],["前端工程化"]],
   [T("换成京东物流的前端研发呢","qualification","前端开发工程师",L(C06,98,108),[["全日制本科"],["React/Vue"]],form="switch company (ellipsis)"),
    T("京东那个第七条是什么","qualification","前端开发工程师",L(C06,105),[["小程序"],["微信小程序","支付宝"]],form="ordinal"),
    T("美团那个岗位具体做什么","duty","前端开发工程师",L(C06,79,83),[["CRM"],["中后台"]],form="back to earlier post")])
# 12 cx07 销售员
FU("new_hire","钢结构公司销售员的职责有哪些","duty","销售员",L(C07,96,104),[["拜访"],["新客户"],["销售额"]],
   [T("那待遇方面给得如何","attribute","销售员",L(C07,121,124),[["面议"],["住宿"],["社会保险"]],"benefits","ellipsis"),
    T("英语这块要过几级才够","attribute","销售员",L(C07,111),[["四级"],["英语"]],"skills","switch attribute"),
    T("换成采购员，对年龄和学历有啥要求","qualification","采购员",L(C07,150),[["45周岁"],["大专"]],form="switch role")])
# 13 cx07 焊工/铆工
FU("hr","焊工上岗需要哪种证书","attribute","焊工",L(C07,133),[["焊工证"],["质监局"]],
   [T("年龄、学历上有没有限制","qualification","焊工",L(C07,130),[["40岁"],["高中"]],form="ellipsis"),
    T("铆工那边是啥情况","qualification","铆工",L(C07,140),[["40岁"],["高中"]],form="switch role"),
    T("这俩哪个对工作年限有要求","qualification",None,L(C07,133)+L(C07,143),[["3年以上"],["一年以上"]],form="comparison")],attr="certificate")
# 14 cx07 维修电工 / 机修工
FU("new_hire","维修电工的工作内容","duty","维修电工",L(C07,306,320),[["例保"],["断电"],["修理记录"]],
   [T("第二条啥意思","duty","维修电工",L(C07,312),[["例保"],["大修"]],form="ordinal"),
    T("那机休工的呢","duty","机修工",L(C07,274,289),[["二级保养"],["巡回检查"]],form="switch role (typo)"),
    T("他要有证吗","attribute","机修工",L(C07,272),[["资格证书"],["职业培训"]],"certificate","pronoun")])
# 15 cx07 生产技术部长
FU("manager","生产技术部长需要什么条件","qualification","生产技术部长",L(C07,71,87),[["10年以上"],["车间主任"],["钢构"]],
   [OOS("那他平时具体负责哪些工作","pronoun (near-miss, no duties)"),
    T("专业背景有讲究吗","attribute","生产技术部长",L(C07,74),[["机电一体化","设备动力管理"],["大专"]],"major","ellipsis (back to quals)")])
# 16 cx08 出纳 reports
FU("new_hire","培训学校出纳的直接主管是谁","attribute","出纳",Q(C08,"直接主管:分校校长"),[["分校校长"],["直接主管"]],
   [T("那再往上隔一级的领导是谁","attribute","出纳",Q(C08,"直接主管:分校校长"),[["总经理"],["隔级"]],"reports_to","ellipsis"),
    T("她每天都要做什么","duty","出纳",Q(C08,"每天报财务“资金汇报”","按时、准确地发放员工工资、奖金","为客户办理退费结算"),[["资金汇报"],["工资"],["退费"]],form="pronoun"),
    T("第七条能具体说说吗","duty","出纳",Q(C08,"为客户办理退费结算"),[["退费结算"],["领导审批"]],form="ordinal")],attr="reports_to")
# 17 cx08 出纳 quals
FU("hr","出纳岗要什么学历和证书","qualification","出纳",Q(C08,"会计、金融类专业大专或以上学历,会计从业资格证"),[["大专"],["会计从业资格证"]],
   [T("男的能应聘吗","qualification","出纳",Q(C08,"性别不限(女姓佳)"),[["不限"],["女姓佳","女性佳"]],form="ellipsis (gender)"),
    OOS("周末加班的加班费按多少倍算","out-of-scope mid"),
    T("回到刚才，要几年出纳经验","attribute","出纳",Q(C08,"2年以上出纳工作经验"),[["2年以上"],["出纳工作经验"]],"experience","back to earlier topic")])
# 18 cx09 KPI md
FU("manager","人事行政部经理考核哪些方面","kpi","人事行政部经理",L(C09,8,23),[["财务类"],["内部运营类"],["客户类"],["学习成长"]],
   [T("内部运营类下面有哪几项","kpi","人事行政部经理",L(C09,10,16),[["工作目标完成率"],["公司组织培训完成率"],["绩效、薪资管理完成率"]],form="ellipsis (sub-item)"),
    T("其中哪个权重最高","kpi","人事行政部经理",L(C09,14),[["绩效、薪资管理完成率"],["15%"]],form="pronoun"),
    T("后勤投诉那项是咋扣分的","kpi","人事行政部经理",L(C09,18),[["扣1分"],["后勤投诉"]],form="switch item")])
# 19 cx10 导购 GBK
FU("new_hire","导购员需要做些什么","duty","导购",L(C10,9,17)+L(C10,23,29)+L(C10,43,51),[["顾客"],["卫生","清洁"]],
   [T("他要听谁的","attribute","导购",L(C10,43),[["店长"],["负责"]],"reports_to","pronoun"),
    T("招的话限男女吗","qualification","导购",L(C10,33),[["女"],["学历不限"]],form="switch attribute"),
    T("粤语要会吗","qualification","导购",L(C10,39),[["粤语优先"],["促销"]],form="ellipsis")])
# 20 cx11 前台 benefits
FU("new_hire","酒店前台几点上下班","attribute","酒店前台",L(C11,15),[["两班"],["8:00"]],
   [T("一个月下来能歇几天","attribute","酒店前台",L(C11,14),[["4天"],["调休"]],"benefits","ellipsis"),
    T("除了这个还有别的福利没","attribute","酒店前台",L(C11,16),[["生日"],["免费食宿"]],"benefits","more"),
    T("那她的核心工作有哪些","duty","酒店前台",L(C11,3,7),[["入住"],["退房"],["预订"]],form="pronoun")],attr="benefits")
# 21 cx11 前台 duty
FU("hr","前台遇到客人投诉一般怎么处理","duty","酒店前台",L(C11,6),[["安抚情绪"],["上报主管"]],
   [T("那核心工作第二条讲的是什么","duty","酒店前台",L(C11,4),[["退房结算"],["收银系统"]],form="ordinal"),
    T("要什么样的能力","qualification","酒店前台",L(C11,9,12),[["亲和力"],["收银系统"],["应变"]],form="switch attribute"),
    OOS("前台这行离职率一般多高","out-of-scope")])
# 22 cx12 行政主管 attrs
FU("new_hire","行政主管这个岗汇报给谁","attribute","行政主管",L(C12,9,10),[["行政经理"],["直属上级"]],
   [T("这岗挂在哪个部门下面","attribute","行政主管",L(C12,15,16),[["行政管理部"],["所在部门"]],"department","ellipsis"),
    OOS("他干得好不好拿啥标准衡量","pronoun (near-miss, 略)"),
    T("那主要职责呢","duty","行政主管",L(C12,32,54),[["行政工作规划","行政管理制度"],["办公用品"],["外联"]],form="ellipsis")],attr="reports_to")
# 23 cx12 时间分配
FU("manager","行政主管各项工作的时间占比分别是多少","duty","行政主管",L(C12,32,32)+L(C12,38,38)+L(C12,48,48),[["15%"],["65%"]],
   [T("65%那块具体包括哪些","duty","行政主管",L(C12,39,47),[["归档"],["大事记"],["固定资产"]],form="ellipsis (sub-item)"),
    OOS("换成行政经理呢","switch role (near-miss, only named)"),
    T("还是说行政主管，部门内部建设那部分有哪些","duty","行政主管",L(C12,48,54),[["技能培训"],["考勤"],["接待"]],form="back to earlier topic")])
# 24 cx13 招聘专员
FU("hr","一级招聘专员的行为标准都包括什么","duty","招聘专员",L(C13,9,20),[["招聘计划"],["转正考核"],["异动手续"]],
   [T("2.3条是什么意思","duty","招聘专员",L(C13,19,20),[["员工关系专员"],["录入"]],form="ordinal"),
    T("换到人力资源专员，学历门槛是什么","attribute","人力资源专员",L(C13,3),[["本科"],["人力资源"]],"education","switch role"),
    T("IT公司干过有加分吗","qualification","人力资源专员",L(C13,4),[["IT相关企业"],["优先"]],form="ellipsis")])
# 25 cx14 财务分析会计
FU("manager","财务分析会计的KPI有哪些，权重各多少","kpi","财务分析会计",L(C14,3,7),[["企业内控制度的调整"],["30%"],["利润中心"],["月底结帐"]],
   [T("财务分析报告这一项是怎么打分的","kpi","财务分析会计",L(C14,11,16),[["格式"],["数据的准确性"],["及时性"]],form="switch item"),
    T("利润中心被投诉了怎么扣分","kpi","财务分析会计",L(C14,5),[["一次-5分"],["四次及以上0分"]],form="switch item"),
    T("月底结账这项怎么考","kpi","财务分析会计",L(C14,6,7),[["及时性50%"],["准确性50%"]],form="switch item (typo 结账)")])
# 26 cx15 教务
FU("hr","教务岗位招人看重什么","qualification","教务",L(C15,2,6),[["大学专科"],["2年以上"],["师范"]],
   [T("基本素养有哪几点","qualification","教务",L(C15,7,10),[["责任心强"],["会爱学生"],["宽容乐观"]],form="ellipsis"),
    T("第二点怎么理解","qualification","教务",L(C15,9),[["教育教学的基本规律"],["爱"]],form="ordinal"),
    OOS("教务老师月薪大概多少钱","out-of-scope (pay not stated)")])
# 27 cx16 薪资核算
FU("new_hire","薪酬核算要干啥","duty","薪资核算专员",L(C16,4,13),[["薪资计算"],["个税申报"],["年终奖"]],
   [T("第六条详细讲讲","duty","薪资核算专员",L(C16,9),[["个人所得税"],["汇算清缴"]],form="ordinal"),
    OOS("今年社保缴费比例是多少","out-of-scope mid"),
    T("回到这个岗位，要什么专业","attribute","薪资核算专员",L(C16,15),[["人力资源"],["财务"],["统计学"]],"major","back to earlier topic")])
# 28 cross cx02 / cx08
FU("hr","调度员要多少年工作经验","attribute","车辆调度员",Q(C02,"4年以上相关工作经验"),[["4年以上"],["相关工作经验"]],
   [T("出纳那边呢","attribute","出纳",Q(C08,"2年以上出纳工作经验"),[["2年以上"],["出纳"]],"experience","switch role (ellipsis)"),
    T("这两个岗位学历要求比较一下","attribute",None,Q(C02,"高中及以上")+Q(C08,"会计、金融类专业大专或以上学历,会计从业资格证"),[["高中"],["大专"]],"education","comparison")],attr="experience")
# 29 cx01 目标/职责
FU("manager","XXXX袜业财务部经理的岗位工作目标有哪些","kpi","财务部经理",
   Q(C01,"经营管理成本预、核算准确率100;","库存周转率、应收账款周转率小于期间额定标准;","无发生财务管理重大责任事故;"),[["准确率100"],["库存周转率"],["重大责任事故"]],
   [T("那职责呢","duty","财务部经理",Q(C01,"组织编制公司年度综合财务计划和控制标准","建立健全财务管理体系"),[["年度综合财务计划"],["财务管理体系"]],form="ellipsis"),
    T("他要向谁汇报工作","attribute","财务部经理",Q(C01,"财务总监","财务部总监"),[["财务总监","财务部总监"],["总监"]],"reports_to","pronoun")])
# 30 cx05 机械技术员 / cx07 机械技术储备
FU("new_hire","机械技术员主要做什么","duty","机械技术员",Q(C05,"协助工程师完成车间机器的维修"),[["维修"],["治具"]],
   [T("年龄和学历有啥限制","qualification","机械技术员",Q(C05,"大专以上，20-45岁，机械技术底子深厚"),[["20-45岁"],["大专"]],form="ellipsis"),
    T("公司管吃住不","attribute","机械技术员",Q(C05,"大专以上，20-45岁，机械技术底子深厚"),[["免费食宿"],["面议"]],"benefits","switch attribute"),
    T("那个钢结构厂的机械技术储备岗做什么，跟它比有啥不同","duty","机械技术储备",L(C07,239,247),[["协助维修钳工"],["故障排除"]],form="comparison (company named)")])

items=[]; forms={}
for i,c in enumerate(convs,1):
    iid=f"xfu-fu-{i:02d}"
    turns=[]
    for j,t in enumerate(c["turns"],2):
        forms[f"{iid}#{j}"]=t.pop("_form"); turns.append(t)
    items.append({"id":iid,"persona":c["persona"],"intent":"followup","question":c["question"],"role":c["role"],
        "attribute":c["attribute"],"evidence":c["evidence"],"key_points":c["key_points"],"expect_refusal":False,"turns":turns,"tool":None,
        })
    forms[f"{iid}#1"]="first ("+c["fintent"]+")"
def S(iid,persona,intent,q,role,ev,kp,attr=None,tool=None,refuse=False):
    items.append({"id":iid,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,"evidence":ev,"key_points":kp,
                  "expect_refusal":refuse,"turns":None,"tool":tool})
S("xfu-jd-01","hr","jd","帮我起草一份车辆调度员的JD","车辆调度员",Q(C02,"根据客户有车需求,对人员车辆进行合理调配","2.车辆值班安排","根据司机出车情况进行考核"),[["合理调配"],["值班"],["考核"]],
  tool={"kind":"jd","role":"车辆调度员","must_cite_files":[C02],"expect_sections":["duties","qualifications"]})
S("xfu-kd-01","manager","kpi_design","给审计部设计5个KPI","审计部",Q(C04,"审计计划执行率","审计报告一次经过率","审计结果准确性"),[["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"]],
  tool={"kind":"kpi_design","role":"审计部","count":5,"must_cite_files":[C04],"expected_indicators":["审计计划执行率","审计报告一次经过率","审计结果准确性"]})
S("xfu-attr-01","new_hire","attribute","剪板机操作工要几年经验","剪板机操作工",L(C07,186),[["三年以上"],["下料"]],attr="experience")
S("xfu-duty-01","hr","duty","Moka成都那个产品经理岗位主要负责什么","产品经理",L(C06,13,17),[["绩效爆品"],["用户行为数据分析"],["跨团队合作"]])
S("xfu-oos-01","new_hire","out_of_scope","公司年假天数怎么算",None,[],[],refuse=True)
S("xfu-oos-02","hr","out_of_scope","高压值班电工的工作内容是什么",None,[],[],refuse=True)
with open(os.path.join(HERE,"set.jsonl"),"w") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(os.path.join(HERE,"forms.json"),"w"),ensure_ascii=False,indent=1)
print(len(items),"items",sum(len(i["turns"] or []) for i in items),"later turns")
