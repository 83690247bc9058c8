import json
F = {
 1:"cx01_财务部经理岗位说明书.docx",2:"cx02_车辆调度员岗位说明书.docx",3:"cx03_培训部工作手册.docx",
 4:"cx04_部门KPI指标库.xlsx",5:"cx05_招聘岗位一览.xlsx",6:"cx06_技术岗位招聘信息.csv",7:"cx07_人才招聘.html",
 8:"cx08_培训学校出纳岗位说明书.pdf",9:"cx09_人事行政部经理绩效考核表.md",10:"cx10_导购岗位职责.txt",
 11:"cx11_酒店前台职位描述.txt",12:"cx12_行政主管岗位说明书.txt",13:"cx13_人力资源招聘专员行为标准.txt",
 14:"cx14_财务部内控与财务分析KPI组成表.txt",15:"cx15_教务工作岗位素能.txt",16:"cx16_薪资核算专员职位描述.txt"}
def L(n,a,b=None): return {"file":F[n],"line_start":a,"line_end":b or a}
def Q(n,q): return {"file":F[n],"quote":q}
def T(q,intent,role,ev,kp,attr=None,form=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    d["_form"]=form
    return d
def OOS(q,form): return {"question":q,"intent":"out_of_scope","role":None,"evidence":[],"key_points":[],"_form":form}
FU=[]
def fu(persona,q,intent,role,ev,kp,turns,attr=None):
    FU.append(dict(persona=persona,q=q,intent=intent,role=role,ev=ev,kp=kp,attr=attr,turns=turns))
R2="车辆调度员"
# 01 cx02
fu("new_hire","我刚入职，车辆调渡员平时主要干哪些活？","duty",R2,
   [Q(2,"1.根据客户有车需求,对人员车辆进行合理调配"),Q(2,"2.车辆值班安排"),Q(2,"1.根据司机出车情况进行考核")],
   [["调配"],["值班"],["考核"]],
   [T("他直属领导是谁","attribute",R2,[Q(2,"车辆租赁中心主任")],[["车辆租赁中心主任"]],"reports_to","pronoun"),
    T("学历有要求吗","attribute",R2,[Q(2,"高中及以上")],[["高中及以上"]],"education","switch attribute"),
    T("那专业呢","attribute",R2,[Q(2,"汽车修理专业")],[["汽车修理"]],"major","ellipsis")])
# 02 cx01
R1="财务部经理"
fu("hr","袜业公司的财务经理要什么学历","attribute",R1,[Q(1,"会计专业本科学历")],[["本科"]],
   [T("证书呢","attribute",R1,[Q(1,"会计师资格证书")],[["会计师"]],"certificate","ellipsis"),
    T("他手下管哪些人","attribute",R1,[Q(1,"财务会计、出纳")],[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
    T("工作经验要几年","attribute",R1,[Q(1,"八年以工业企业财务管理经验,至少五年同职经历;")],[["八年"],["五年"]],"experience","switch attribute")],attr="education")
# 03 cx03
R3="培训部经理"
fu("manager","培训部经理负责什么","duty",R3,
   [Q(3,"a)责培训部的日常管理工作。"),Q(3,"c)责培训部员工的工作安排与绩效考核。"),Q(3,"e)责培训计划的审核、和年度培训工作总结。")],
   [["日常管理"],["绩效考核"],["培训计划的审核"]],
   [T("第三条具体讲讲","duty",R3,[Q(3,"c)责培训部员工的工作安排与绩效考核。")],[["工作安排"],["绩效考核"]],None,"ordinal"),
    OOS("那培训顾问呢","switch role (near-miss: named only)"),
    T("回到培训部经理，市场开拓方面他要做什么","duty",R3,[Q(3,"g)负责培训市场的开拓"),Q(3,"h)协助市场部进行培训市场开发工作,了解客户真实的培训需求与培训目标,评估培训项目的可行性。")],[["培训市场的开拓"],["协助市场部"]],None,"back to earlier topic")])
# 04 cx04 HR
fu("hr","人力资源部KPI有哪些","kpi",None,
   [Q(4,"部门费用预算达成率"),Q(4,"人员编制控制率"),Q(4,"制度和流程的书面化比率")],
   [["部门费用预算达成率"],["人员编制控制率"],["制度和流程的书面化比率"]],
   [T("招聘空缺那个指标怎么算","kpi",None,[Q(4,"空缺职位总数/招聘空缺职位所用的总天数")],[["空缺职位总数"],["总天数"]],None,"shortened name"),
    T("换成财务部呢","kpi",None,[Q(4,"公司财务预算达成率"),Q(4,"现金收支准确性"),Q(4,"财务资料完好性")],[["公司财务预算达成率"],["现金收支准确性"],["财务资料完好性"]],None,"switch department"),
    T("审计部的呢","kpi",None,[Q(4,"审计计划执行率"),Q(4,"审计报告归档率"),Q(4,"审计结果准确性")],[["审计计划执行率"],["审计报告归档率"],["审计结果准确性"]],None,"ellipsis")])
# 05 cx05 生产主管
fu("new_hire","注塑厂招的生产主管要干啥","duty","生产主管",[Q(5,"合理调配安排生产，完善车间体制，简化生产流程")],[["生产管理"],["简化生产流程"]],
   [T("要求呢","qualification","生产主管",[Q(5,"本科以上，25-45岁，注塑类相关专业")],[["本科"],["注塑类"],["两年以上"]],None,"ellipsis"),
    T("和研发经理比，学历要求一样吗","qualification","研发经理",[Q(5,"本科以上，25-45岁，注塑类相关专业"),Q(5,"本科以上，20-45岁，模具设计类专业")],[["本科"]],None,"comparison"),
    T("研发经理年龄限制多少","qualification","研发经理",[Q(5,"本科以上，20-45岁，模具设计类专业")],[["20-45岁"]],None,"switch role")])
# 06 cx05 销售经理
fu("new_hire","销售经理岗位职责","duty","销售经理",[Q(5,"帮助业务经理处理订单的相关内容")],[["处理订单"],["解答客户"],["出差"]],
   [T("要经常出差吗","duty","销售经理",[Q(5,"帮助业务经理处理订单的相关内容")],[["1~2次"],["上海"]],None,"yes/no on a fact"),
    T("待遇怎么样","attribute","销售经理",[Q(5,"本科以上，20-35岁，英语专业者优先")],[["面议"],["免费食宿"]],"pay","switch attribute"),
    T("文案策划的呢","attribute","文案策划",[Q(5,"形象气质佳，有亲和力，善于沟通")],[["面议"],["免费食宿"]],"pay","switch role")])
# 07 cx06 测试经理
RT="测试工程师"
fu("hr","慧算账招测试经理，要几年经验","attribute",RT,[L(6,58,59)],[["5年以上"],["团队管理"]],
   [T("他平时负责什么","duty",RT,[L(6,51,56)],[["测试计划"],["测试用例"],["培训"]],None,"pronoun"),
    T("第五条展开下","duty",RT,[L(6,55)],[["培训"],["指导"]],None,"ordinal"),
    T("那DBA呢","duty","DBA",[L(6,63,68)],[["容量规划"],["备份恢复"],["SQL调优"]],None,"switch role")],attr="experience")
# 08 cx06 SRE
RS="平台Site Reliability Engineer"
fu("new_hire","宝洁的SRE岗要求啥","qualification",RS,[L(6,124,129)],[["4年以上"],["K8S"],["英语"]],
   [T("在哪上班","attribute",RS,[L(6,122)],[["珠江新城"]],"location","switch attribute"),
    OOS("工资给多少","OOS in middle (pay not stated)"),
    T("那具体干什么活","duty",RS,[L(6,123)],[["DevOps平台"],["运维"]],None,"ellipsis after OOS")])
# 09 cx06 前端
RF="前端开发工程师"
fu("hr","美团成都前端工程师要会什么","qualification",RF,[L(6,85,90)],[["3年及以上"],["CSS"],["前端工程化"]],
   [T("换成京东物流的呢","qualification",RF,[L(6,98,108)],[["3-5年"],["React/Vue"],["小程序"]],None,"switch company"),
    T("这两个哪个要求的工作年限更长","qualification",RF,[L(6,86),L(6,99)],[["3年及以上"],["3-5年"]],None,"comparison"),
    T("京东那个在哪办公","attribute",RF,[L(6,96)],[["北京总部"]],"location","switch attribute")])
# 10 cx06 Golang
RG="Golang 后端"
fu("manager","go后端岗位职责","duty",RG,[L(6,27,31)],[["CloudIaC"],["设计和开发"],["落地"]],
   [T("薪资多少","attribute",RG,[L(6,27)],[["20-40k"]],"pay","switch attribute"),
    T("加分项有哪些","qualification",RG,[L(6,44,49)],[["terraform"],["开源作品"],["运维开发"]],None,"switch attribute"),
    OOS("k8s怎么部署一个deployment","OOS (programming near-miss)")])
# 11 cx07 采购员
fu("new_hire","钢结构公司招的采购员，工作内容是什么","duty","采购员",[L(7,153,179)],[["采购制度"],["供应商"],["采购计划"]],
   [T("还有吗","duty","采购员",[L(7,173,178)],[["验收"],["供应商目录","品牌目录"]],None,"more"),
    T("那任职要求呢","qualification","采购员",[L(7,150)],[["45周岁以下"],["大专"],["3年以上"]],None,"ellipsis"),
    OOS("采购员英语要几级","OOS (near-miss: field not stated)")])
# 12 cx07 焊工/铆工
fu("new_hire","焊工要什么证","attribute","焊工",[L(7,133)],[["焊工证"]],
   [T("学历呢","attribute","焊工",[L(7,130)],[["高中及以上"]],"education","ellipsis"),
    T("铆工呢","attribute","铆工",[L(7,140)],[["高中"]],"education","switch role"),
    T("这俩年龄要求一样吗","qualification","铆工",[L(7,130),L(7,140)],[["40岁以下"]],None,"comparison")],attr="certificate")
# 13 cx07 机修工/维修电工
fu("hr","机修工需要什么条件","qualification","机修工",[L(7,272)],[["50周岁以下"],["中专"],["5年以上"]],
   [T("那维修电工的","qualification","维修电工",[L(7,303)],[["50周岁以下"],["中专"],["电气"]],None,"switch role"),
    T("他要干哪些活","duty","维修电工",[L(7,307,320)],[["例保"],["挂牌"],["修理记录"]],None,"pronoun"),
    T("第二条具体说说","duty","维修电工",[L(7,312)],[["例保"],["大修"]],None,"ordinal")])
# 14 cx07 生产技术部长
fu("manager","生产技术部长的任职资格","qualification","生产技术部长",[L(7,74,85)],[["10年以上"],["车间主任"],["钢构"]],
   [OOS("那他的岗位职责呢","pronoun (near-miss: no duties stated)"),
    T("专业要求是什么","attribute","生产技术部长",[L(7,74)],[["设备动力管理"],["机电一体化"]],"major","switch attribute")])
# 15 cx07 销售员
fu("new_hire","钢构厂销售员的待遇","attribute","销售员",[L(7,121,123)],[["面议"],["双休"],["住宿"]],
   [T("英语有要求吗","qualification","销售员",[L(7,111)],[["英语四级"]],None,"switch attribute"),
    T("平时要干嘛","duty","销售员",[L(7,96,103)],[["拜访"],["开拓新客户"],["销售额"]],None,"ellipsis"),
    T("换成电气技术储备呢","duty","电气技术储备",[L(7,257,263)],[["协助维修电工"],["电气原理"]],None,"switch role")],attr="pay")
# 16 cx08 出纳
fu("new_hire","培训学校的出纳每天干啥","duty","出纳",
   [Q(8,"根据各校区发来的收入数据进行数据录入,结出库存余额;"),Q(8,"每天报财务“资金汇报”;"),Q(8,"通过银行代发或现金发放形式按时、准确地发放员工工资、奖金;")],
   [["数据录入"],["资金汇报"],["工资"]],
   [T("第七条是什么意思","duty","出纳",[Q(8,"按领导审批过的退费手续,为客户办理退费结算;")],[["退费"]],None,"ordinal"),
    T("他向谁汇报","attribute","出纳",[Q(8,"直接主管:分校校长")],[["分校校长"]],"reports_to","pronoun"),
    T("要什么证书","attribute","出纳",[Q(8,"金融类专业大专或以上学历,会计从业资格证")],[["会计从业资格证"]],"certificate","switch attribute")])
# 17 cx08 出纳 OOS middle
fu("hr","出纳岗位要几年经验","attribute","出纳",[Q(8,"2年以上出纳工作经验;"),Q(8,"从业年限2年以上")],[["2年以上"]],
   [OOS("出纳一个月能拿多少钱","OOS in middle (pay field empty)"),
    T("那性别有限制吗","qualification","出纳",[Q(8,"性别不限(女姓佳)")],[["不限"]],None,"ellipsis after OOS")],attr="experience")
# 18 cx09
R9="人事行政部经理"
fu("manager","人事行政部经理考核哪些指标","kpi",R9,[L(9,8,23)],[["人事行政成本控制"],["工作目标完成率"],["后勤投诉次数"]],
   [T("权重最高的是哪个","kpi",R9,[L(9,14)],[["绩效、薪资管理完成率"],["15%"]],None,"superlative over list"),
    T("客户类那块呢","kpi",R9,[L(9,17,18)],[["内部员工满意率"],["后勤投诉次数"]],None,"ellipsis"),
    T("后勤投诉怎么扣分","kpi",R9,[L(9,18)],[["扣1分"]],None,"shortened name")])
# 19 cx09
fu("hr","人事行政经理绩效表里学习成长类占多少","kpi",R9,[L(9,19)],[["20%"]],
   [T("包含哪几个指标","kpi",R9,[L(9,19,22)],[["部门员工保有率"],["员工测评"],["人力计划完成率"]],None,"ellipsis"),
    T("保有率怎么打分","kpi",R9,[L(9,19)],[["70%"]],None,"shortened name"),
    T("权重是0的那个是啥","kpi",R9,[L(9,15)],[["工作流程改善目标完成率"]],None,"pointer by value")])
# 20 cx10 导购
fu("new_hire","导购员上级是谁","attribute","导购",[L(10,43)],[["店长"]],
   [T("每天早上要做什么","duty","导购",[L(10,47,49)],[["样板"],["标签"]],None,"switch attribute"),
    T("任职要求呢","qualification","导购",[L(10,31,39)],[["学历不限"],["轮班"],["粤语"]],None,"ellipsis"),
    T("男的可以吗","qualification","导购",[L(10,33)],[["女"]],None,"yes/no on a fact")],attr="reports_to")
# 21 cx10 商超导购
fu("manager","商超导购主要负责什么","duty","导购",[L(10,23,27)],[["陈列"],["销售目标"]],
   [T("第一条展开讲讲","duty","导购",[L(10,23)],[["合作商超"],["柜面整洁"]],None,"ordinal"),
    T("收银归导购管吗","duty","导购",[L(10,11)],[["收银"]],None,"yes/no on a fact")])
# 22 cx11 前台
R11="酒店前台"
fu("new_hire","酒店前台的班次怎么排","attribute",R11,[L(11,15)],[["两班轮班"],["16:00"]],
   [T("一个月休几天","attribute",R11,[L(11,14)],[["4天"]],"benefits","ellipsis"),
    T("第三项核心工作具体讲讲","duty",R11,[L(11,5)],[["预订系统"],["房态"],["超售"]],None,"ordinal"),
    T("遇到客人投诉怎么办","duty",R11,[L(11,6)],[["安抚情绪"],["上报主管"]],None,"switch topic")],attr="benefits")
# 23 cx11 + cx12
R12="行政主管"
fu("hr","前台需要什么能力","qualification",R11,[L(11,9,12)],[["亲和力"],["收银系统"],["应变"]],
   [OOS("换成行政主管呢","switch role (near-miss: no requirements stated)"),
    T("那他直属上级是谁","attribute",R12,[L(12,9,10)],[["行政经理"]],"reports_to","pronoun"),
    T("在哪个部门","attribute",R12,[L(12,15,16)],[["行政管理部"]],"department","switch attribute")])
# 24 cx12
fu("manager","行政主管的职责有哪些","duty",R12,[L(12,32,54)],[["行政管理制度"],["大事记"],["考勤"]],
   [T("65%那块具体是什么","duty",R12,[L(12,38,47)],[["固定资产"],["食堂"],["福利"]],None,"pointer by value"),
    OOS("业绩怎么衡量","OOS (near-miss: 略)"),
    T("回到刚才，第一块职责占多少时间","duty",R12,[L(12,32,33)],[["15%"]],None,"back to earlier topic")])
# 25 cx13
fu("hr","人力资源专员要什么学历","attribute","人力资源专员",[L(13,3)],[["本科"]],
   [T("专业呢","attribute","人力资源专员",[L(13,3)],[["人力资源"],["管理类"]],"major","ellipsis"),
    T("招聘专员要做哪些事","duty","招聘专员",[L(13,9,20)],[["招聘文"],["转正考核"],["异动"]],None,"switch role"),
    T("第二块展开","duty","招聘专员",[L(13,15,20)],[["转正"],["异动手续"],["录入数据"]],None,"ordinal")],attr="education")
# 26 cx14
R14="财务分析会计"
fu("manager","财务分析会计的KPI有哪些","kpi",R14,[L(14,3,7)],[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"]],
   [T("权重各是多少","kpi",R14,[L(14,3,6)],[["25%"],["30%"],["20%"]],None,"switch attribute"),
    T("财务分析报告怎么打分","kpi",R14,[L(14,12,16)],[["格式"],["数据的准确性"],["报告提交的及时性"]],None,"drill into item"),
    T("利润中心那条呢","kpi",R14,[L(14,5)],[["有效投诉"],["一次-5分"]],None,"back to earlier topic")])
# 27 cx15
fu("hr","教务老师招聘有学历要求吗","attribute","教务",[L(15,5)],[["大学专科"],["师范"]],
   [T("工作经验呢","attribute","教务",[L(15,6)],[["2年以上"],["1年以上"]],"experience","ellipsis"),
    OOS("教务一个月工资多少","OOS in middle (pay not stated)"),
    T("基本素养有哪些","qualification","教务",[L(15,7,10)],[["责任心强"],["会爱学生"],["宽容乐观"]],None,"switch attribute")],attr="education")
# 28 cx16
R16="薪资核算专员"
fu("new_hire","薪酬核算专员干哪些事","duty",R16,[L(16,4,13)],[["计提"],["个税申报"],["年终奖"]],
   [T("第六条具体讲讲","duty",R16,[L(16,9)],[["个人所得税"],["汇算清缴"]],None,"ordinal"),
    T("要熟悉哪些法规","qualification",R16,[L(16,17)],[["劳动法"],["个人所得税法"]],None,"switch attribute"),
    T("有共享中心经验加分吗","qualification",R16,[L(16,16)],[["HRSSC","共享服务中心"]],None,"yes/no on a fact")])
# 29 cx02 + cx01
fu("hr","调度员要几年工作经验","attribute",R2,[Q(2,"4年以上相关工作经验")],[["4年以上"]],
   [T("财务部经理呢","attribute",R1,[Q(1,"八年以工业企业财务管理经验,至少五年同职经历;")],[["八年"]],"experience","switch role"),
    T("这两个岗位的上级分别是谁","attribute",R1,[Q(2,"车辆租赁中心主任"),Q(1,"财务总监")],[["车辆租赁中心主任"],["财务总监","财务部总监"]],"reports_to","comparison"),
    T("调度员的业绩标准是什么","kpi",R2,[Q(2,"1.工作及时率达95%以上"),Q(2,"2.客户满意率达90%以上"),Q(2,"4.突发事件处理及时率达100%")],[["工作及时率"],["客户满意率"],["突发事件"]],None,"back to earlier topic")],attr="experience")
# 30 cx04 资金部
fu("manager","资金部考核什么指标","kpi",None,[Q(4,"资金收支准确度"),Q(4,"资金筹集计划编制及时率"),Q(4,"资金使用目标达成率")],[["资金收支准确度"],["资金筹集计划编制及时率"],["资金使用目标达成率"]],
   [OOS("五险一金公司交的比例是多少","OOS in middle (social insurance)"),
    T("头寸那个指标怎么定义","kpi",None,[Q(4,"因没有及时掌握资金头寸信息, 导致公司损失的金额")],[["损失的金额"]],None,"shortened name after OOS"),
    T("人力资源部的员工工资出错次数怎么算","kpi",None,[Q(4,"(错误发放的工资次数/发放的工资次数)*100%")],[["错误发放的工资次数"]],None,"switch department")])

items=[]; forms={}
for i,c in enumerate(FU,1):
    iid=f"r42xfu-fu-{i:02d}"
    turns=[]
    for k,t in enumerate(c["turns"],1):
        forms[f"{iid}#{k}"]=t.pop("_form")
        turns.append(t)
    items.append({"id":iid,"persona":c["persona"],"intent":"followup","question":c["q"],"role":c["role"],
        "attribute":c["attr"],"evidence":c["ev"],"key_points":c["kp"],"expect_refusal":False,"turns":turns,"tool":None})
S=[
 ("r42xfu-duty-01","new_hire","duty","剪板机操作工具体干什么","剪板机操作工",None,[L(7,189)],[["剪板机操作"]],None),
 ("r42xfu-qual-01","hr","qualification","Moka的产品经理职位要求","产品经理",None,[L(6,19,23)],[["同理心"],["学习能力"],["Ownership"]],None),
 ("r42xfu-attr-01","manager","attribute","设立车辆调度员这个岗位的目的是什么",R2,"purpose",[Q(2,"为了满足客户用车需求,对司机车辆进行合理调配")],[["用车需求"],["合理调配"]],None),
 ("r42xfu-kpi-01","hr","kpi","员工绩效考核申诉处理及时性怎么算",None,None,[Q(4,"(按时完成的考核申诉/考核申诉的总数)*100%")],[["按时完成的考核申诉"],["考核申诉的总数"]],None),
 ("r42xfu-kd-01","manager","kpi_design","帮我给审计部设计5个KPI",None,None,[Q(4,"审计计划执行率"),Q(4,"审计结果准确性"),Q(4,"审计报告归档率")],[["审计计划执行率"],["审计结果准确性"],["审计报告归档率"]],
   {"kind":"kpi_design","role":"审计部","count":5,"must_cite_files":[F[4]],"expected_indicators":["审计计划执行率","审计结果准确性","审计报告归档率"]}),
 ("r42xfu-oos-01","new_hire","out_of_scope","仓储主管的岗位职责是什么",None,None,[],[],None),
]
for iid,p,intent,q,role,attr,ev,kp,tool in S:
    items.append({"id":iid,"persona":p,"intent":intent,"question":q,"role":role,"attribute":attr,"evidence":ev,"key_points":kp,
                  "expect_refusal":intent=="out_of_scope","turns":None,"tool":tool})

KP={
"r42xfu-fu-01#1":[["车辆租赁中心"],["主任"]],"r42xfu-fu-01#2":[["高中"],["以上"]],"r42xfu-fu-01#3":[["汽车修理"],["专业"]],
"r42xfu-fu-02#0":[["会计"],["本科"]],"r42xfu-fu-02#1":[["会计师"],["资格证","证书"]],
"r42xfu-fu-05#2":[["本科"],["注塑类","模具设计"]],"r42xfu-fu-05#3":[["20"],["45"]],
"r42xfu-fu-08#1":[["广州"],["珠江新城"]],"r42xfu-fu-09#3":[["北京"],["总部"]],"r42xfu-fu-10#1":[["20"],["40k"]],
"r42xfu-fu-12#0":[["焊工证"],["质监局"]],"r42xfu-fu-12#1":[["高中"],["以上"]],"r42xfu-fu-12#2":[["高中"],["以上"]],"r42xfu-fu-12#3":[["40岁以下"],["男"]],
"r42xfu-fu-15#1":[["英语"],["四级"]],"r42xfu-fu-16#1":[["退费"],["审批"]],"r42xfu-fu-16#2":[["分校校长"],["总经理","隔级"]],"r42xfu-fu-16#3":[["会计从业"],["资格证"]],
"r42xfu-fu-17#0":[["2年以上"],["出纳工作经验","从业年限"]],"r42xfu-fu-17#2":[["不限"],["女"]],
"r42xfu-fu-18#3":[["扣1分"],["投诉"]],"r42xfu-fu-19#0":[["20%"],["学习成长"]],"r42xfu-fu-19#2":[["70%"],["5分"]],"r42xfu-fu-19#3":[["工作流程改善"],["0%"]],
"r42xfu-fu-20#0":[["店长"],["负责","领导"]],"r42xfu-fu-20#3":[["女"],["学历不限"]],"r42xfu-fu-21#2":[["收银"],["盘点","账目核对"]],
"r42xfu-fu-22#1":[["4天"],["调休"]],"r42xfu-fu-23#2":[["行政经理"],["上级"]],"r42xfu-fu-23#3":[["行政管理部"],["部门"]],
"r42xfu-fu-24#3":[["15%"],["行政管理制度","行政工作规划"]],"r42xfu-fu-25#0":[["本科"],["以上"]],"r42xfu-fu-28#3":[["HRSSC","共享服务中心"],["优先"]],
"r42xfu-fu-29#0":[["4年"],["以上"]],"r42xfu-fu-29#1":[["八年"],["五年"]],"r42xfu-fu-30#2":[["损失的金额"],["资金头寸"]],"r42xfu-fu-30#3":[["错误发放的工资次数"],["错误发放的人数"]],
"r42xfu-duty-01#0":[["剪板机"],["钢结构一次生产线"]],
}
for it in items:
    if it["id"]+"#0" in KP: it["key_points"]=KP[it["id"]+"#0"]
    for k,t in enumerate(it["turns"] or [],1):
        if f'{it["id"]}#{k}' in KP: t["key_points"]=KP[f'{it["id"]}#{k}']
out="/work/main/evals/trials/round42/xfu/"
exec(open('/tmp/t42xfu/rq.py').read())
with open(out+"set.jsonl","w") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(out+"forms.json","w"),ensure_ascii=False,indent=1)
print(len(items), sum(len(it["turns"] or []) for it in items))
