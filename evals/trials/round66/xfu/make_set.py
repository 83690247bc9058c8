import json
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"; C07="cx07_人才招聘.html"
C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"; C10="cx10_导购岗位职责.txt"
C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"; C13="cx13_人力资源招聘专员行为标准.txt"
C14="cx14_财务部内控与财务分析KPI组成表.txt"; C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def Q(f,q): return {"file":f,"quote":q}
def T(q,intent,role,ev,kp,attr=None,form=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    d["_form"]=form; return d
def OOS(q,role=None,form=None): return {"question":q,"intent":"out_of_scope","role":role,"evidence":[],"key_points":[],"_form":form}
items=[]; forms={}
def FU(n,persona,q,role,ev,kp,turns,attr=None):
    iid=f"xfu-fu-{n:02d}"
    forms[iid]=[t.pop("_form") for t in turns]
    items.append({"id":iid,"persona":persona,"intent":"followup","question":q,"role":role,"attribute":attr,
                  "evidence":ev,"key_points":kp,"expect_refusal":False,"turns":turns,"tool":None})
def S(iid,persona,intent,q,role,ev,kp,attr=None,tool=None):
    items.append({"id":iid,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,
                  "evidence":ev,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":None,"tool":tool})

FU(1,"new_hire","我们公司的车辆调度员平时主要干些什么？","车辆调度员",
   [Q(C02,"根据客户有车需求"),Q(C02,"2.车辆值班安排"),Q(C02,"根据司机的技术状况和车辆状况合理安排出车"),Q(C02,"根据司机出车情况进行考核")],
   [["合理调配"],["值班"],["考核"]],
   [T("他直接向谁汇报？","attribute","车辆调度员",[Q(C02,"车辆租赁中心主任")],[["车辆租赁中心"],["主任"]],"reports_to",["pronoun","switch attribute"]),
    T("学历有要求吗","attribute","车辆调度员",[Q(C02,"高中及以上")],[["高中"],["及以上","以上"]],"education",["ellipsis","switch attribute"]),
    T("专业呢？","attribute","车辆调度员",[Q(C02,"汽车修理专业")],[["汽车修理"],["专业"]],"major",["ellipsis"])])
FU(2,"hr","财务经理这个岗位要什么证书","财务部经理",[Q(C01,"会计师资格证书")],[["会计师"],["资格证书","资格证"]],
   [T("那工作经验呢","attribute","财务部经理",[Q(C01,"八年以工业企业财务管理经验")],[["八年"],["五年同职"]],"experience",["ellipsis"]),
    T("他手下管着哪几个人","attribute","财务部经理",[Q(C01,"财务会计、出纳")],[["财务会计","成本会计"],["出纳"]],"subordinates",["pronoun","switch attribute"]),
    T("岗位工作目标第三条是什么意思","kpi","财务部经理",[Q(C01,"库存周转率、应收账款周转率小于期间额定标准")],[["库存周转率"],["应收账款周转率"]],None,["ordinal"])],
   attr="certificate")
FU(3,"new_hire","那个模具厂招的销售经理要做哪些事","销售经理",[Q(C05,"帮助业务经理处理订单的相关内容")],[["处理订单"],["解答客户"],["跟进订单"]],
   [T("要经常出差吗","duty","销售经理",[Q(C05,"帮助业务经理处理订单的相关内容")],[["1~2次"],["上海"]],None,["ellipsis","detail"]),
    T("换成研发经理呢，要求是什么","qualification","研发经理",[Q(C05,"时尚敏感度、市场洞察力强")],[["本科以上"],["模具设计"],["20-45岁"]],None,["switch role","switch intent"]),
    T("这两个岗位哪个对学历要求高一点","qualification",None,[Q(C05,"本科以上，20-35岁，英语专业者优先"),Q(C05,"时尚敏感度、市场洞察力强")],[["本科以上"],["英语专业","模具设计"]],None,["comparison"])])
FU(4,"new_hire","宝洁那个SRE岗位在哪里上班","平台Site Reliability Engineer",[L(C06,122)],[["广州"],["珠江新城"]],
   [T("要几年经验","attribute","平台Site Reliability Engineer",[L(C06,125)],[["4年以上"],["系统管理员"]],"experience",["ellipsis","switch attribute"]),
    T("它具体做什么工作","duty","平台Site Reliability Engineer",[L(C06,123)],[["DevOps平台"],["开发和运维"]],None,["pronoun"]),
    OOS("K8S的pod怎么配置资源限制？",form=["out of scope mid"])],attr="location")
FU(5,"hr","测试经理需要几年测试经验，学历呢","测试工程师",[L(C06,58)],[["本科"],["5年以上"]],
   [T("带团队的经验要多少","qualification","测试工程师",[L(C06,59)],[["3人以上"],["1年"]],None,["ellipsis"]),
    T("岗位职责里第四条说的是什么","duty","测试工程师",[L(C06,54)],[["质量保证意识"],["改进方案"]],None,["ordinal","switch intent"]),
    T("工资给多少","attribute","测试工程师",[L(C06,50)],[["15K"],["45K"]],"pay",["ellipsis","switch attribute"])])
FU(6,"hr","DBA岗位职责有哪些","DBA",[L(C06,63,68)],[["容量规划"],["SQL调优"],["备份恢复"]],
   [T("对学历有什么要求","attribute","DBA",[L(C06,70)],[["本科"],["计算机","软件"]],"education",["ellipsis","switch attribute"]),
    OOS("换成golang后端呢",role="Golang 后端",form=["switch role","absent field"]),
    T("那它要几年经验","attribute","Golang 后端",[L(C06,35)],[["2-5年"],["Golang"]],"experience",["pronoun","switch attribute"])])
FU(7,"hr","钢结构公司招的采购员，要求是什么？","采购员",[L(C07,150)],[["大专"],["3年以上"],["物流及供应链"]],
   [T("工作内容有哪些","duty","采购员",[L(C07,153,177)],[["采购制度"],["谈判"],["采购计划"]],None,["ellipsis","switch intent"]),
    T("第四条具体讲讲","duty","采购员",[L(C07,165)],[["价格"],["付款方式"],["交货日期"]],None,["ordinal"]),
    T("年龄上限多少","qualification","采购员",[L(C07,150)],[["45周岁","45岁"],["以下"]],None,["ellipsis","back to earlier topic"])])
FU(8,"new_hire","焊工招聘有什么要求","焊工",[L(C07,130,133)],[["高中"],["40岁以下"],["焊工证"]],
   [T("铆工呢","qualification","铆工",[L(C07,140,143)],[["高中"],["3年以上"],["钢结构"]],None,["ellipsis","switch role"]),
    T("两个比起来哪个需要的经验更多","qualification",None,[L(C07,133),L(C07,143)],[["3年以上"],["铆工"]],None,["comparison"]),
    T("回到焊工，有啥优先条件","qualification","焊工",[L(C07,133)],[["CO2"],["气体保护焊"]],None,["back to earlier topic"])])
FU(9,"new_hire","维修电工工作内容是啥","维修电工",[L(C07,306,318)],[["安全技术操作规程"],["例保"],["断电"]],
   [T("第二点展开说下","duty","维修电工",[L(C07,312)],[["例保"],["大修"]],None,["ordinal"]),
    T("那机修工干些啥","duty","机修工",[L(C07,275,287)],[["钳台"],["二级保养"],["巡回检查"]],None,["switch role","ellipsis"]),
    T("这两个岗位年龄限制一样吗","qualification",None,[L(C07,272),L(C07,303)],[["50周岁"],["以下"]],None,["comparison"])])
FU(10,"hr","剪版机操作工要什么学历","剪板机操作工",[L(C07,186)],[["初中"],["学历"]],
   [T("那年龄呢","qualification","剪板机操作工",[L(C07,186)],[["45岁"],["以下"]],None,["ellipsis"]),
    T("他平时做什么","duty","剪板机操作工",[L(C07,189)],[["剪板机操作"],["钢结构","生产线"]],None,["pronoun","switch intent"]),
    OOS("剪板机一般多少钱一台",form=["out of scope mid"])],attr="education")
FU(11,"new_hire","培训学校出纳的直接主管是谁","出纳",[Q(C08,"直接主管:分校校长")],[["分校校长"],["直接主管","主管"]],
   [T("有下属吗","attribute","出纳",[Q(C08,"直接主管:分校校长")],[["无","没有"],["直接下属","下属"]],"subordinates",["ellipsis","switch attribute"]),
    T("职责第七条是什么","duty","出纳",[Q(C08,"按领导审批过的退费手续")],[["退费"],["领导审批","审批"]],None,["ordinal"]),
    T("要什么证","attribute","出纳",[Q(C08,"以上学历,会计从业资格证")],[["会计从业"],["资格证"]],"certificate",["ellipsis","switch attribute"])],attr="reports_to")
FU(12,"manager","培训部经理最主要的几项职责简单说说","培训部经理",
   [Q(C03,"责培训部的日常管理工作"),Q(C03,"责培训部员工的工作安排与绩效考核"),Q(C03,"g)负责培训市场的开拓")],[["日常管理"],["绩效考核"],["培训市场的开拓"]],
   [T("还有吗","duty","培训部经理",[Q(C03,"责培训计划的审核、和年度培训工作总结"),Q(C03,"协助市场部进行培训市场开发工作")],[["年度培训工作总结","培训计划的审核"],["协助市场部"]],None,["more"]),
    T("他们部门一共几个人？","attribute","培训部经理",[Q(C03,"培训部配置人员4名")],[["4名","4人"],["培训顾问"],["培训助理"]],"department",["pronoun","switch attribute"]),
    OOS("培训顾问负责什么",form=["switch role","near-miss (named only)"])])
FU(13,"hr","人力资源部的KPI有哪些财务类指标",None,
   [Q(C04,"部门费用预算达成率"),Q(C04,"薪资总量预算安排达成率"),Q(C04,"招聘费用预算达成率"),Q(C04,"培训费用预算达成率")],
   [["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],
   [T("第二个怎么算","kpi",None,[Q(C04,"(实际发生成本/计划成本)*100%")],[["实际发生成本"],["计划成本"]],None,["ordinal"]),
    T("客户类的呢","kpi",None,[Q(C04,"员工对公司人力资源制度的满意度"),Q(C04,"对员工进行满意度调查的算术平均值")],[["满意度"],["算术平均值","满意度调查"]],None,["ellipsis","switch dimension"]),
    T("招聘那块考核什么","kpi",None,[Q(C04,"招聘空缺职位所需的平均天数"),Q(C04,"人员编制控制率")],[["招聘空缺职位所需的平均天数"],["人员编制控制率"]],None,["ellipsis","switch dimension"])])
FU(14,"manager","资金部的关键绩效指标有哪些",None,[Q(C04,"公司资金预算达成率"),Q(C04,"资金收支准确度"),Q(C04,"资金使用目标达成率")],
   [["公司资金预算达成率"],["资金收支准确度"],["资金使用目标达成率"]],
   [T("审计部的呢","kpi",None,[Q(C04,"审计计划执行率"),Q(C04,"审计报告归档率"),Q(C04,"审计结果准确性")],[["审计计划执行率"],["审计报告归档率"],["审计结果准确性"]],None,["ellipsis","switch department"]),
    T("审计结果准确性怎么衡量","kpi",None,[Q(C04,"审计结果更正的次数")],[["审计结果更正"],["次数"]],None,["detail"]),
    T("回到资金部，资金收支准确度的定义是什么","kpi",None,[Q(C04,"资金收支出错次数")],[["资金收支出错"],["次数"]],None,["back to earlier topic"])])
FU(15,"manager","人事行政部经理绩效考核都考哪几类，各占多少","人事行政部经理",[L(C09,8,23)],
   [["财务类"],["内部运营类"],["客户类"],["学习成长革新类"],["50%"]],
   [T("内部运营类下面有哪些指标","kpi","人事行政部经理",[L(C09,10,16)],[["工作目标完成率"],["公司组织培训完成率"],["绩效、薪资管理完成率"]],None,["drill down"]),
    T("权重最高的是哪个","kpi","人事行政部经理",[L(C09,14)],[["绩效、薪资管理完成率"],["15%"]],None,["ellipsis"]),
    T("那权重为零的那个呢","kpi","人事行政部经理",[L(C09,15)],[["工作流程改善目标完成率"],["0%"]],None,["ellipsis"])])
FU(16,"hr","行政人事经理的客户类指标怎么打分","人事行政部经理",[L(C09,17,18)],[["内部员工满意率"],["后勤投诉次数"]],
   [T("学习成长那块呢","kpi","人事行政部经理",[L(C09,19,22)],[["部门员工保有率"],["人力计划完成率"]],None,["ellipsis","switch dimension"]),
    T("保有率那个具体标准是多少","kpi","人事行政部经理",[L(C09,19)],[["70%"],["5分","0分"]],None,["shortened reference"]),
    OOS("员工保有率行业平均一般多少",form=["out of scope mid"])])
FU(17,"new_hire","导购的上级是谁","导购",[L(C10,43)],[["店长"],["负责","领导"]],
   [T("每天早上要做哪些事","duty","导购",[L(C10,47,49)],[["样板"],["POP"]],None,["ellipsis","switch intent"]),
    T("招导购对学历有要求吗","attribute","导购",[L(C10,33)],[["学历"],["不限"]],"education",["switch attribute"]),
    T("粤语会不会有加分","qualification","导购",[L(C10,39)],[["粤语"],["优先"]],None,["ellipsis"])],attr="reports_to")
FU(18,"hr","导购员日常工作有哪些","导购",[L(C10,9,17),L(C10,23,29),L(C10,43,51)],[["收银"],["陈列","陈设"],["卫生"]],
   [T("要倒班吗","qualification","导购",[L(C10,35)],[["轮班"],["适应"]],None,["ellipsis"]),
    T("那性别呢","qualification","导购",[L(C10,33)],[["女"],["形象健康得体","形象"]],None,["ellipsis"]),
    T("换成酒店前台，上班时间怎么排","attribute","酒店前台",[L(C11,15)],[["两班轮班"],["8:00"]],"benefits",["switch role","cross-document"])])
FU(19,"new_hire","前台每个月休几天","酒店前台",[L(C11,14)],[["4天"],["法定节假日","调休"]],
   [T("还有什么福利","attribute","酒店前台",[L(C11,16)],[["生日"],["免费食宿"]],"benefits",["more"]),
    T("他主要负责些啥","duty","酒店前台",[L(C11,3,7)],[["入住"],["退房"],["预订"]],None,["pronoun","switch intent"]),
    T("第五项展开说说","duty","酒店前台",[L(C11,7)],[["整洁"],["交接"]],None,["ordinal"])],attr="benefits")
FU(20,"hr","酒店前台任职有哪些要求","酒店前台",[L(C11,9,12)],[["亲和力"],["收银系统"],["应变"]],
   [OOS("酒店前台一个月工资多少",role="酒店前台",form=["absent field","out of scope mid"]),
    T("那合规方面要注意什么","qualification","酒店前台",[L(C11,12)],[["身份信息登记"],["隐私"]],None,["ellipsis","back to earlier topic"])])
FU(21,"new_hire","行政主管向谁汇报","行政主管",[L(C12,9,10)],[["行政经理"],["直属上级","上级"]],
   [T("属于哪个部门","attribute","行政主管",[L(C12,15,16)],[["行政管理部"],["所在部门","部门"]],"department",["ellipsis","switch attribute"]),
    T("他的工作职责里占比最大的是哪块","duty","行政主管",[L(C12,38,47)],[["65"],["行政管理工作"]],None,["pronoun"]),
    OOS("这块的业绩衡量标准是什么",role="行政主管",form=["pronoun","near-miss (略)"])],attr="reports_to")
FU(22,"hr","行政经理助理的工作概述是什么","行政主管",[L(C12,25,26)],[["协助行政经理"],["行政服务支持"]],
   [T("部门内部建设那部分包括哪些","duty","行政主管",[L(C12,49,54)],[["技能培训"],["考勤"],["接待"]],None,["drill down"]),
    OOS("工作地点在哪",role="行政主管",form=["ellipsis","absent field"]),
    T("回到前面，行政管理工作里跟福利有关的是哪条","duty","行政主管",[L(C12,45)],[["发放日常福利"],["节日福利"]],None,["back to earlier topic"])],attr="purpose")
FU(23,"hr","人力资源专员要什么学历和专业","人力资源专员",[L(C13,3)],[["本科"],["人力资源"]],
   [T("工作经验呢","qualification","人力资源专员",[L(C13,4)],[["1-2年"],["IT相关企业","IT"]],None,["ellipsis"]),
    T("招聘专员一级的行为标准有哪些","duty","招聘专员",[L(C13,8,20)],[["招募活动"],["转正考核"],["异动手续"]],None,["switch role"]),
    T("1.3说的是什么","duty","招聘专员",[L(C13,14)],[["内部信息网"],["招聘计划"]],None,["ordinal"])])
FU(24,"manager","财务部内控那个KPI表里权重最高的是哪项","财务分析会计",[L(C14,3,7)],[["财务分析报告"],["30%"]],
   [T("它怎么评分","kpi","财务分析会计",[L(C14,11,17)],[["格式"],["数据的准确性"],["报告提交的及时性"]],None,["pronoun"]),
    T("月底结帐那个呢","kpi","财务分析会计",[L(C14,6,7)],[["耽误一次得0分"],["错一次得80分"]],None,["ellipsis","shortened reference"]),
    T("利润中心的操作维护权重多少","kpi","财务分析会计",[L(C14,5)],[["20%"],["利润中心"]],None,["switch indicator"])])
FU(25,"new_hire","教务岗位对学历有啥要求","教务",[L(C15,5)],[["大学专科"],["师范"]],
   [T("工作经验呢","attribute","教务",[L(C15,6)],[["2年以上"],["1年以上同岗位"]],"experience",["ellipsis"]),
    T("基本素养包括哪些","qualification","教务",[L(C15,7,10)],[["责任心强"],["会爱学生"],["宽容乐观"]],None,["ellipsis"]),
    OOS("教务老师一般周末休息吗",role="教务",form=["absent field","out of scope mid"])],attr="education")
FU(26,"hr","薪酬核算专员平常做哪些事","薪资核算专员",[L(C16,3,13)],[["个税"],["年终奖"],["薪资发放"]],
   [T("第六条详细说说","duty","薪资核算专员",[L(C16,9)],[["个人所得税"],["汇算清缴"]],None,["ordinal"]),
    T("要几年经验","attribute","薪资核算专员",[L(C16,16)],[["2年以上"],["薪酬核算经验","制造业"]],"experience",["ellipsis","switch attribute"]),
    T("哪些经验优先","qualification","薪资核算专员",[L(C16,16)],[["HRSSC"],["共享服务中心"]],None,["ellipsis"])])
FU(27,"manager","薪资核算专员要求什么专业","薪资核算专员",[L(C16,15)],[["人力资源"],["财务"],["统计学"]],
   [T("要懂哪些法规","qualification","薪资核算专员",[L(C16,17)],[["劳动法"],["个人所得税法"]],None,["ellipsis"]),
    OOS("社保缴费基数今年是多少",form=["out of scope mid"]),
    T("回到刚才，学历要求是啥","attribute","薪资核算专员",[L(C16,15)],[["本科"],["及以上","以上"]],"education",["back to earlier topic"])],attr="major")
FU(28,"new_hire","Moka招的产品经理在哪个城市","产品经理",[L(C06,13)],[["成都"],["Moka","People"]],
   [T("他要做什么","duty","产品经理",[L(C06,13,17)],[["绩效爆品"],["用户行为数据分析"],["跨团队合作"]],None,["pronoun","switch intent"]),
    T("加分项是啥","qualification","产品经理",[L(C06,25,26)],[["绩效"],["OKR"]],None,["ellipsis"]),
    T("同公司的前端开发呢，薪资多少","attribute","前端开发工程师",[L(C06,2)],[["15k"],["40k"]],"pay",["switch role","company named"])],attr="location")
FU(29,"hr","美团成都那个前端要几年经验","前端开发工程师",[L(C06,86)],[["3年及以上","3年"],["互联网研发"]],
   [T("京东物流的前端呢","attribute","前端开发工程师",[L(C06,99)],[["3-5年"],["前端开发经验"]],"experience",["switch role","company named","ellipsis"]),
    T("这两个谁对学历写得明确","qualification","前端开发工程师",[L(C06,99)],[["本科"],["全日制"]],None,["comparison"]),
    T("京东那个要会哪些框架","qualification","前端开发工程师",[L(C06,101)],[["React"],["Vue"]],None,["company named"])],attr="experience")
FU(30,"hr","生产技术部长要多少年工作经验","生产技术部长",[L(C07,74),L(C07,78)],[["10年以上"],["2年及以上"]],
   [T("专业要求呢","attribute","生产技术部长",[L(C07,74)],[["设备动力管理"],["机电一体化"]],"major",["ellipsis","switch attribute"]),
    T("换成销售员呢","attribute","销售员",[L(C07,111)],[["市场营销"],["工程管理"]],"major",["switch role"]),
    T("销售员待遇怎么样","attribute","销售员",[L(C07,123)],[["双休"],["社会保险"],["住宿"]],"benefits",["switch attribute"])],attr="experience")
# singles
S("xfu-jd-01","hr","jd","帮我起草一份车辆调度员的招聘JD","车辆调度员",
  [Q(C02,"根据客户有车需求"),Q(C02,"根据司机出车情况进行考核")],[["合理调配"],["考核"]],
  tool={"kind":"jd","role":"车辆调度员","must_cite_files":[C02],"expect_sections":["duties","qualifications"]})
S("xfu-kd-01","manager","kpi_design","给审计部设计5个KPI","审计部",
  [Q(C04,"审计计划执行率"),Q(C04,"审计报告一次经过率"),Q(C04,"审计结果准确性")],[["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"]],
  tool={"kind":"kpi_design","role":"审计部","count":5,"must_cite_files":[C04],"expected_indicators":["审计计划执行率","审计报告一次经过率","审计结果准确性"]})
S("xfu-duty-01","new_hire","duty","模具厂的机械技术员主要干嘛","机械技术员",[Q(C05,"协助工程师完成车间机器的维修")],[["维修"],["治具"],["革新"]])
S("xfu-oos-01","new_hire","out_of_scope","质检员的岗位职责是什么",None,[],[])
S("xfu-qual-01","hr","qualification","组立机操作工招人有什么条件","组立机操作工",[L(C07,216)],[["初中"],["三年以上"],["组立机"]])
S("xfu-kpi-01","manager","kpi","财务部KPI里现金收支准确性是怎么定义的",None,[Q(C04,"现金收支出错次数")],[["现金收支出错"],["次数"]])
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open("forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
OVR={
("xfu-fu-01",2):"嗯，那学历方面卡不卡？",("xfu-fu-01",3):"专业上有没有讲究呢",
("xfu-fu-02",1):"好的，那对工作年限的要求呢",
("xfu-fu-03",1):"这个岗位一年得出几趟差？",
("xfu-fu-04",0):"宝洁招的那个SRE，办公地点在哪儿啊",("xfu-fu-04",1):"需要多少年相关经验才够格",
("xfu-fu-05",3):"这个测试经理的月薪范围大概多少",
("xfu-fu-06",0):"数据库管理员DBA平时都负责啥",
("xfu-fu-07",2):"第四条能不能具体讲讲是什么意思",("xfu-fu-07",3):"对了，采购员年龄最大能到多少",
("xfu-fu-08",0):"钢构厂招焊工，门槛是什么",("xfu-fu-08",1):"那铆工呢，要求一样吗",
("xfu-fu-09",3):"这俩岗位的年龄限制是不是一样",
("xfu-fu-10",2):"这个操作工上班主要干嘛",
("xfu-fu-11",0):"培训学校那个出纳归谁直接管",("xfu-fu-11",1):"那出纳自己底下有没有人",("xfu-fu-11",2):"职责里排第七的那条讲的啥",("xfu-fu-11",3):"需要持有什么证书上岗",
("xfu-fu-12",1):"嗯，除了这些还有别的吗",
("xfu-fu-13",1):"列出来的第二个指标公式是什么",("xfu-fu-13",2):"那客户类指标是怎么定义的",
("xfu-fu-14",0):"资金部一般用哪些KPI来考核",("xfu-fu-14",1):"那审计部用的是哪些",("xfu-fu-14",2):"其中审计结果准确性用什么来衡量",
("xfu-fu-15",2):"这些里面哪个权重最大",
("xfu-fu-16",1):"那学习成长类有哪些指标",
("xfu-fu-17",0):"导购员平时听谁安排，上级是谁",
("xfu-fu-18",1):"这个岗位需要倒班吗",
("xfu-fu-19",0):"酒店前台一个月能休息几天",("xfu-fu-19",1):"除了休息还有别的福利没",
("xfu-fu-21",0):"行政主管的直属领导是哪个岗位",("xfu-fu-21",1):"这个主管岗位挂在哪个部门下面",("xfu-fu-21",3):"这部分的业绩衡量标准怎么定的",
("xfu-fu-22",0):"行政经理助理这个岗位的工作概述写的是啥",("xfu-fu-22",1):"部门内部建设和对外协调那块具体包括什么",("xfu-fu-22",2):"这个岗位的工作地点是哪里",
("xfu-fu-23",0):"做人力资源专员需要什么学历，什么专业",("xfu-fu-23",1):"那做这个专员得有几年工作经验",("xfu-fu-23",2):"那招聘专员（一级）的行为标准具体有哪些",
("xfu-fu-24",1):"这个报告是按什么打分的",
("xfu-fu-25",0):"当教务要什么学历啊",("xfu-fu-25",1):"那对工作经历有啥要求",("xfu-fu-25",2):"教务的基本素养都有哪几条",
("xfu-fu-26",2):"做这个要求有几年经验",
("xfu-fu-27",1):"干这个得熟悉哪几部法规",("xfu-fu-27",2):"顺便问下社保缴费基数今年调到多少了",
("xfu-fu-28",2):"这个产品经理有哪些加分项",
("xfu-fu-29",1):"京东物流招的前端呢，几年经验",("xfu-fu-29",3):"京东那个前端要求掌握哪些框架",
("xfu-fu-30",0):"生产技术部长需要多少年的工作经验",("xfu-fu-30",1):"那对专业有什么要求呢",("xfu-fu-30",2):"换成销售员的话呢",("xfu-fu-30",3):"销售员的薪资待遇怎么样",
("xfu-kd-01",0):"帮我给审计部出一套KPI，5个指标就行",
("xfu-oos-01",0):"我们质检员的岗位职责有哪些",
}
for it in items:
    for (i,k),q in OVR.items():
        if it["id"]!=i: continue
        if k==0: it["question"]=q
        else: it["turns"][k-1]["question"]=q
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
