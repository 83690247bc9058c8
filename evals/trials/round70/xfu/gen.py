# generates set.jsonl and forms.json for round70/xfu (written before gangwei was run)
import json
F = {1:"cx01_财务部经理岗位说明书.docx",2:"cx02_车辆调度员岗位说明书.docx",3:"cx03_培训部工作手册.docx",
     4:"cx04_部门KPI指标库.xlsx",5:"cx05_招聘岗位一览.xlsx",6:"cx06_技术岗位招聘信息.csv",7:"cx07_人才招聘.html",
     8:"cx08_培训学校出纳岗位说明书.pdf",9:"cx09_人事行政部经理绩效考核表.md",10:"cx10_导购岗位职责.txt",
     11:"cx11_酒店前台职位描述.txt",12:"cx12_行政主管岗位说明书.txt",13:"cx13_人力资源招聘专员行为标准.txt",
     14:"cx14_财务部内控与财务分析KPI组成表.txt",15:"cx15_教务工作岗位素能.txt",16:"cx16_薪资核算专员职位描述.txt"}
def L(f,a,b=None): return {"file":F[f],"line_start":a,"line_end":b or a}
def Q(f,q): return {"file":F[f],"quote":q}
def T(q,intent,role,ev,kp,attr=None,form=None):
    return dict(question=q,intent=intent,role=role,attribute=attr,evidence=ev,key_points=kp,_form=form)
def OOS(q,form): return dict(question=q,intent="out_of_scope",role=None,attribute=None,evidence=[],key_points=[],_form=form)
items=[]; forms={}
def FU(n,persona,q,intent,role,ev,kp,turns,attr=None):
    iid=f"r70x-fu-{n:02d}"
    forms[iid]=[t.pop("_form") for t in turns]
    items.append(dict(id=iid,persona=persona,intent="followup",question=q,role=role,attribute=attr,evidence=ev,key_points=kp,expect_refusal=False,turns=turns,tool=None))

FU(1,"new_hire","咱们袜业这边的财务经理平时跟谁汇报工作呀？","attribute","财务部经理",[Q(1,"财务总监"),Q(1,"财务部总监"),Q(1,"财务部经理")],[["财务总监","财务部总监"],["经理"]],[
 T("那他手底下直接管着哪几个人？","attribute","财务部经理",[Q(1,"财务会计、出纳")],[["出纳"],["财务会计","成本会计"]],"subordinates","pronoun"),
 T("那证书和所学专业方面有啥讲究没","attribute","财务部经理",[Q(1,"会计师资格证书"),Q(1,"会计专业本科学历")],[["会计师"],["会计专业"]],"certificate","ellipsis"),
 T("工作年限得熬够几年才能干这个？","attribute","财务部经理",[Q(1,"八年以工业企业财务管理经验")],[["八年","8年"],["五年","5年"]],"experience","switch attribute")],attr="reports_to")
FU(2,"new_hire","车辆调度员这活儿平时主要忙些啥","duty","车辆调度员",[Q(2,"对人员车辆进行合理调配"),Q(2,"根据司机出车情况进行考核"),Q(2,"做好司机出差、加班以及行车公里、油料等统计工作")],[["调配"],["考核"],["统计"]],[
 T("那对学历和工作年限有啥门槛","attribute","车辆调度员",[Q(2,"高中及以上"),Q(2,"4年以上相关工作经验")],[["高中"],["4年"]],"education","ellipsis"),
 T("专业和技能上又有什么讲究","attribute","车辆调度员",[Q(2,"汽车修理专业"),Q(2,"熟练使用自动化办公软件")],[["汽车修理"],["办公软件"]],"major","switch attribute"),
 T("他干得好不好按什么标准来评","kpi","车辆调度员",[Q(2,"工作及时率达95%以上"),Q(2,"客户满意率达90%以上"),Q(2,"突发事件处理及时率达100%")],[["95%"],["客户满意"],["突发事件"]],None,"pronoun")])
FU(3,"manager","培训部手册里经理那一岗都要管哪些事情","duty","培训部经理",[Q(3,"责培训部的日常管理工作。"),Q(3,"责培训部员工的工作安排与绩效考核。"),Q(3,"g)负责培训市场的开拓")],[["日常管理"],["绩效考核"],["培训市场的开拓"]],[
 T("刚才列的第三条具体讲讲是啥意思","duty","培训部经理",[Q(3,"责培训部员工的工作安排与绩效考核。")],[["工作安排"],["绩效考核"]],None,"ordinal"),
 OOS("培训顾问那个岗呢？他平常干些什么活","switch role (near-miss, named only)"),
 T("回到培训部经理，他要配合哪个部门去开发培训市场？","duty","培训部经理",[Q(3,"协助市场部进行培训市场开发工作")],[["市场部"],["培训需求","可行性"]],None,"back to earlier")])
FU(4,"hr","人力资源部KPI库里面客户类那一项考的是啥","kpi",None,[Q(4,"员工满意度调查"),Q(4,"对员工进行满意度调查的算术平均值")],[["员工满意度"],["算术平均值","满意度调查"]],[
 T("招聘管理这一块又有哪几个指标","kpi",None,[Q(4,"招聘空缺职位所需的平均天数"),Q(4,"人员编制控制率")],[["平均天数"],["人员编制控制率"]],None,"ellipsis"),
 T("人员编制控制率那个的公式是怎么写的","kpi",None,[Q(4,"(实际人数/计划编制人数)*100%")],[["实际人数"],["计划编制人数"]],None,"partial reference"),
 T("换成财务部的话，KPI都有哪些","kpi",None,[Q(4,"公司财务预算达成率"),Q(4,"账务处理及时性"),Q(4,"现金收支准确性"),Q(4,"财务资料完好性")],[["财务预算达成率"],["账务处理及时性"],["现金收支准确性"]],None,"switch role")])
FU(5,"manager","指标库里审计部一般考核哪几个KPI","kpi",None,[Q(4,"审计计划执行率"),Q(4,"审计报告一次经过率"),Q(4,"审计问题追踪检查率"),Q(4,"审计报告归档率")],[["审计计划执行率"],["审计报告一次经过率"],["审计问题追踪检查率"],["审计报告归档率"]],[
 T("审计这边除了这些还有别的指标吗","kpi",None,[Q(4,"审计结果准确性"),Q(4,"审计报告证据充分性")],[["审计结果准确性"],["证据充分性"]],None,"more"),
 T("结果准确性那一个是拿什么衡量的","kpi",None,[Q(4,"审计结果准确性"),Q(4,"审计结果更正的次数")],[["审计结果准确性"],["更正的次数","更正次数"]],None,"partial reference"),
 T("那资金部这边的KPI又是哪些呢","kpi",None,[Q(4,"公司资金预算达成率"),Q(4,"资金收支准确度"),Q(4,"资金筹集计划编制及时率")],[["资金预算达成率"],["资金收支准确度"],["资金筹集计划编制及时率"]],None,"switch role")])
FU(6,"new_hire","模具厂招聘表里的销售经理进去要做什么工作","duty","销售经理",[Q(5,"帮助业务经理处理订单的相关内容")],[["订单"],["出差"]],[
 T("对年纪卡得严不严","qualification","销售经理",[Q(5,"本科以上，20-35岁，英语专业者优先")],[["20-35"],["本科"]],None,"ellipsis"),
 T("要是换成研发经理，要求又是怎样","qualification","研发经理",[Q(5,"本科以上，20-45岁，模具设计类专业")],[["20-45"],["模具设计"]],None,"switch role"),
 T("销售经理跟研发经理这俩的年龄和学历要求有啥区别","attribute","研发经理",[Q(5,"本科以上，20-35岁，英语专业者优先"),Q(5,"本科以上，20-45岁，模具设计类专业")],[["本科"],["20-35"],["20-45"]],"education","comparison")])
FU(7,"hr","模具厂生产主管招人时的任职条件都有哪些","qualification","生产主管",[Q(5,"本科以上，25-45岁，注塑类相关专业")],[["注塑"],["两年以上"],["管理能力"]],[
 T("行业经验上要求做过几年","attribute","生产主管",[Q(5,"有两年以上相关行业的工作经验")],[["两年以上"],["相关行业"]],"experience","ellipsis"),
 T("那这个主管具体负责些什么","duty","生产主管",[Q(5,"车间日常生产管理")],[["车间日常生产管理"],["简化生产流程"]],None,"pronoun"),
 OOS("顺便问下，注塑机一般多久要保养一次？","out of scope mid")])
FU(8,"hr","招聘一览里文案策划的岗位职责是什么","duty","文案策划",[Q(5,"负责宣传推广文案及宣传资料文案的撰写")],[["宣传推广文案"],["采编"]],[
 T("你列的第二点再展开说一说","duty","文案策划",[Q(5,"负责宣传推广文案及宣传资料文案的撰写")],[["宣传推广文案"],["宣传资料文案"]],None,"ordinal"),
 T("机械技术员那个岗又是干嘛的","duty","机械技术员",[Q(5,"协助工程师完成车间机器的维修")],[["维修"],["治具"]],None,"switch role"),
 T("那机械技术员有啥福利，工资怎么定","attribute","机械技术员",[Q(5,"机械技术底子深厚，有创新精神")],[["免费食宿"],["面议"]],"benefits","switch attribute")])
FU(9,"hr","慧算账招的DBA需要掌握哪些技能和学历","qualification","DBA",[L(6,69,74)],[["MySQL"],["本科"],["SQL调优"]],[
 T("这个DBA平时的工作职责又是什么","duty","DBA",[L(6,62,68)],[["容量规划"],["备份恢复"]],None,"switch attribute"),
 T("职责里第五条详细说一下呗","duty","DBA",[L(6,67)],[["备份恢复"],["故障排除"]],None,"ordinal"),
 T("慧算账同时招的那个测试经理，要几年测试经验？","attribute","测试工程师",[L(6,58)],[["5年以上"],["财税"]],"experience","switch role (company)")])
FU(10,"new_hire","宝洁那个SRE岗位是在哪个城市办公","attribute","平台Site Reliability Engineer",[L(6,122)],[["广州"],["珠江新城"]],[
 OOS("宝洁这个岗一个月开多少钱","out of scope mid (empty field)"),
 T("他需要之前做过几年什么工作","attribute","平台Site Reliability Engineer",[L(6,125)],[["4年以上"],["系统管理员"]],"experience","pronoun"),
 OOS("顺便教我一下K8S集群怎么从零部署","out of scope mid")],attr="location")
FU(11,"new_hire","云霁招的Go后端主要是做什么的","duty","Golang 后端",[L(6,27,32)],[["CloudIaC"],["落地"]],[
 T("那薪资和经验要求各是多少","attribute","Golang 后端",[L(6,27),L(6,35)],[["20-40k"],["2-5年","2-5 年"]],"pay","ellipsis"),
 T("这个岗位的加分项都有什么","qualification","Golang 后端",[L(6,44,49)],[["terraform"],["开源作品"]],None,"switch attribute"),
 T("能在哪几个城市上班，可以远程不","attribute","Golang 后端",[L(6,27)],[["杭州"],["远程"]],"location","switch attribute")])
FU(12,"hr","Moka招的前端开发工程师对候选人有什么要求","qualification","前端开发工程师",[L(6,2,8)],[["1年及以上"],["toB"]],[
 T("美团成都研发中心那个前端岗的要求呢","qualification","前端开发工程师",[L(6,85,90)],[["3年及以上"],["CSS"]],None,"switch role (company)"),
 T("Moka和美团这两个前端，哪个要的工作年限更长","attribute","前端开发工程师",[L(6,7),L(6,86)],[["3年"],["1年"]],"experience","comparison"),
 T("美团那个前端具体负责哪块业务","duty","前端开发工程师",[L(6,79,83)],[["CRM"],["中后台"]],None,"back to earlier")])
FU(13,"manager","Moka成都产品经理People方向的职责有哪些","duty","产品经理",[L(6,13,17)],[["用户行为数据分析"],["跨团队合作"]],[
 T("第三条是什么意思，能展开讲讲不","duty","产品经理",[L(6,16)],[["用户行为数据分析"],["优化产品"]],None,"ordinal"),
 T("那这个产品经理的加分项有哪些呢","qualification","产品经理",[L(6,25,26)],[["绩效"],["OKR"]],None,"ellipsis"),
 T("给多少薪资，在哪儿上班","attribute","产品经理",[L(6,13)],[["15k-40k"],["成都"]],"pay","switch attribute")])
FU(14,"new_hire","做钢结构的那家公司招销售员，任职要求有哪些","qualification","销售员",[L(7,108,119)],[["大专"],["英语四级"],["钢材产品销售经验"]],[
 T("销售员的待遇给得怎么样","attribute","销售员",[L(7,121,124)],[["双休"],["面议"],["社会保险"]],"benefits","ellipsis"),
 T("他日常主要都干点啥","duty","销售员",[L(7,93,106)],[["拜访"],["开拓新客户"]],None,"pronoun"),
 T("要是换成采购员，工作内容是什么","duty","采购员",[L(7,152,180)],[["采购计划"],["供应商"],["采购成本"]],None,"switch role")])
FU(15,"hr","钢构厂招焊工有啥硬性要求","qualification","焊工",[L(7,128,134)],[["高中"],["焊工证"],["40岁"]],[
 T("那铆工那边要求啥","qualification","铆工",[L(7,138,144)],[["3年以上"],["钢结构"]],None,"switch role"),
 T("焊工和铆工比一比学历跟年龄要求","attribute","铆工",[L(7,130),L(7,140)],[["高中"],["40岁"]],"education","comparison"),
 T("埋弧焊工的要求又是什么样","qualification","埋弧焊工",[L(7,224,227)],[["初中"],["埋弧焊"]],None,"switch role")])
FU(16,"hr","钢构厂的机修工应聘需要满足什么条件","qualification","机修工",[L(7,272)],[["50周岁以下"],["中专"],["5年以上"]],[
 T("他上岗以后的工作内容是啥","duty","机修工",[L(7,275,289)],[["二级保养"],["巡回检查"]],None,"pronoun"),
 T("工作内容第三条呢","duty","机修工",[L(7,283,285)],[["判断故障"],["维修及时"]],None,"ordinal"),
 T("维修电工干活得持证吧？要什么证","attribute","维修电工",[L(7,303),L(7,309)],[["资格证书"],["持证上岗"]],"certificate","switch role")])
FU(17,"manager","招生产技术部长要求有几年工作经验","attribute","生产技术部长",[L(7,74),L(7,78)],[["10年以上"],["2年及以上"]],[
 T("部长岗位要学什么专业出身","attribute","生产技术部长",[L(7,74)],[["设备动力管理"],["机电一体化"]],"major","ellipsis"),
 OOS("生产技术部长的岗位职责有哪几条","out of scope mid (field absent)"),
 T("回到刚才说的，部长学历最低要到什么程度","attribute","生产技术部长",[L(7,74)],[["大专"],["及以上"]],"education","back to earlier")],attr="experience")
FU(18,"new_hire","培训学校出纳岗的直接主管是哪个领导","attribute","出纳",[Q(8,"直接主管:分校校长")],[["分校校长"],["主管","上级"]],[
 T("那隔一级的领导是谁呢","attribute","出纳",[Q(8,"隔级领导:总经理")],[["总经理"],["隔级"]],"reports_to","ellipsis"),
 T("他底下带人不？跟谁是平级","attribute","出纳",[Q(8,"平级:会计   直接下属:无")],[["直接下属:无","没有下属","无下属","无直接下属","下属:无"],["会计"]],"subordinates","pronoun"),
 T("出纳这岗要求持什么证、什么学历","attribute","出纳",[Q(8,"会计、金融类专业大专或以上学历,会计从业资格证")],[["会计从业资格证"],["大专"]],"certificate","switch attribute")],attr="reports_to")
FU(19,"new_hire","学校里的出纳日常都负责些什么","duty","出纳",[Q(8,"每天报财务“资金汇报”"),Q(8,"按时、准确地发放员工工资、奖金"),Q(8,"为客户办理退费结算")],[["资金汇报"],["工资"],["退费"]],[
 T("第8条再讲讲具体怎么做","duty","出纳",[Q(8,"核对银行帐目与各校区报送收入表")],[["收入表"],["银行帐目","银行账目"]],None,"ordinal"),
 T("出纳对男女有要求没","qualification","出纳",[Q(8,"性 别 不限(女姓佳)")],[["不限"],["女"]],None,"switch attribute"),
 OOS("那这个学校的会计岗位要干些什么","switch role (near-miss, named only)")])
FU(20,"manager","人事行政部经理的绩效考核表分成哪几大类指标","kpi","人事行政部经理",[L(9,8,23)],[["财务类"],["内部运营类"],["客户类"],["学习成长革新类"]],[
 T("客户类下面具体考什么","kpi","人事行政部经理",[L(9,17,18)],[["内部员工满意率"],["后勤投诉次数"]],None,"ellipsis"),
 T("后勤被投诉了怎么扣分，这项占多少权重","kpi","人事行政部经理",[L(9,18)],[["扣1分"],["5%"]],None,"partial reference"),
 T("整张表里权重最高的是哪一项","kpi","人事行政部经理",[L(9,14)],[["绩效、薪资管理完成率"],["15%"]],None,"ellipsis")])
FU(21,"hr","人事行政经理考核里工作目标完成率是怎么算分的","kpi","人事行政部经理",[L(9,10)],[["实际完成数量/计划完成数量"],["10分"]],[
 T("它权重占多少，归在哪一类","kpi","人事行政部经理",[L(9,10)],[["10%"],["内部运营类"]],None,"pronoun"),
 T("有没有哪个指标的权重写的是0","kpi","人事行政部经理",[L(9,15)],[["工作流程改善目标完成率"],["0%"]],None,"switch attribute"),
 OOS("对了，帮我写一份今年的个人年终总结","out of scope mid")])
FU(22,"new_hire","专卖店导购的上级是谁，听谁安排","attribute","导购",[L(10,43)],[["店长"],["领导","负责"]],[
 T("他每天一早到店先要干嘛","duty","导购",[L(10,47,49)],[["样板"],["POP"]],None,"pronoun"),
 T("导购招人的任职要求有哪些","qualification","导购",[L(10,31,39)],[["学历不限"],["轮班"]],None,"switch attribute"),
 T("粤语是硬性要求吗？公司给培训不","qualification","导购",[L(10,39)],[["粤语优先"],["专业培训"]],None,"ellipsis")],attr="reports_to")
FU(23,"hr","商场导购员一般的岗位职责都有哪些","duty","导购",[L(10,9,17),L(10,23,29),L(10,43,51)],[["销售"],["陈列","上架"]],[
 T("收银这块也归导购管吗","duty","导购",[L(10,11)],[["收银"],["盘点","账目核对"]],None,"ellipsis"),
 T("那店里卫生由谁负责","duty","导购",[L(10,15),L(10,45)],[["卫生"],["清洁"]],None,"ellipsis"),
 OOS("导购一年到底能休几天带薪年假","out of scope mid")])
FU(24,"hr","酒店前台需要具备哪些能力和素质","qualification","酒店前台",[L(11,9,12)],[["亲和力"],["收银系统"],["应变"]],[
 T("当前台的话每个月固定休息几天","attribute","酒店前台",[L(11,14)],[["4天"],["调休"]],"benefits","ellipsis"),
 T("前台的班次是怎么排的","attribute","酒店前台",[L(11,15)],[["8:00"],["两班"]],"benefits","switch attribute"),
 T("核心工作内容里第二条详细说说","duty","酒店前台",[L(11,4)],[["退房结算"],["迷你吧"]],None,"ordinal")])
FU(25,"new_hire","酒店前台碰到客人投诉该怎么处理","duty","酒店前台",[L(11,6)],[["安抚情绪"],["上报主管"]],[
 T("那房态又是怎么维护的","duty","酒店前台",[L(11,5)],[["房态"],["超售"]],None,"ellipsis"),
 T("做前台都有些什么福利","attribute","酒店前台",[L(11,13,16)],[["生日"],["免费食宿"]],"benefits","switch attribute"),
 OOS("酒店给我们交五险一金是按多少比例交","out of scope mid")])
FU(26,"hr","行政主管这个职位的直属上级是哪位","attribute","行政主管",[L(12,9,10)],[["行政经理"],["直属上级","上级"]],[
 T("他属于哪个部门的","attribute","行政主管",[L(12,15,16)],[["行政管理部"],["所在部门","部门"]],"department","pronoun"),
 T("主要职责里时间占65%的那部分具体是哪些事","duty","行政主管",[L(12,38,47)],[["大事记","信息资料库"],["办公用品"],["固定资产"]],None,"partial reference"),
 OOS("那这一部分的业绩衡量标准是怎么定的","out of scope mid (略)")],attr="reports_to")
FU(27,"manager","行政经理助理这个岗位的工作概述写的是什么","attribute","行政主管",[L(12,25,26)],[["协助行政经理"],["行政服务支持"]],[
 T("部门内部建设那块他负责哪些","duty","行政主管",[L(12,48,54)],[["技能培训"],["考勤"]],None,"partial reference"),
 OOS("行政经理助理的工作地点是在哪里","out of scope mid (empty field)"),
 T("公司年会也是归他来落实吗","duty","行政主管",[L(12,47)],[["年会"],["员工活动","会议"]],None,"pronoun")],attr="purpose")
FU(28,"hr","做人力资源专员需要什么学历和专业","attribute","人力资源专员",[L(13,3)],[["本科"],["人力资源"]],[
 T("那相关工作经验要几年","attribute","人力资源专员",[L(13,4)],[["1-2年"],["IT"]],"experience","ellipsis"),
 T("那一级招聘专员的行为标准要求做哪些事","duty","招聘专员",[L(13,9,14)],[["招聘文案","招聘"],["招募活动"],["内部信息网"]],None,"switch role"),
 T("转正和异动那块又怎么要求的","duty","招聘专员",[L(13,15,18)],[["转正考核"],["异动"]],None,"ellipsis")],attr="education")
FU(29,"manager","财务部内控和财务分析这张表里有几个KPI，权重各是多少","kpi","财务分析会计",[L(14,3,7)],[["企业内控制度的调整"],["财务分析报告"],["利润中心"],["月底结帐"]],[
 T("财务分析报告这项的软指标是怎么打分的","kpi","财务分析会计",[L(14,10,17)],[["格式"],["数据的准确性"],["及时性"]],None,"partial reference"),
 T("利润中心那项，事业部投诉两次能得几分","kpi","财务分析会计",[L(14,5)],[["20分"],["事业部","有效投诉"]],None,"partial reference"),
 T("月底结帐要是耽误一次呢","kpi","财务分析会计",[L(14,6)],[["0分"],["耽误"]],None,"ellipsis")])
FU(30,"hr","教务老师这个岗位要什么学历","attribute","教务",[L(15,5)],[["专科"],["师范"]],[
 T("教务的工作经历要求是几年","attribute","教务",[L(15,6)],[["2年以上"],["1年以上"]],"experience","ellipsis"),
 T("要是换成薪资核算专员，经验要求呢","attribute","薪资核算专员",[L(16,16)],[["2年以上"],["薪酬核算"]],"experience","switch role"),
 T("他得熟悉哪几部法律法规","qualification","薪资核算专员",[L(16,17)],[["劳动法"],["个人所得税法"]],None,"pronoun")],attr="education")

def S(n,persona,intent,q,role,ev,kp,attr=None,refuse=False,tool=None):
    items.append(dict(id=f"r70x-{intent}-{n:02d}",persona=persona,intent=intent,question=q,role=role,attribute=attr,evidence=ev,key_points=kp,expect_refusal=refuse,turns=None,tool=tool))
S(1,"new_hire","duty","做薪资核算专员每个月固定要干哪些活儿","薪资核算专员",[L(16,3,13)],[["计提"],["个税"],["薪资发放"]])
S(2,"hr","out_of_scope","我们要招一个仓储主管，他的岗位职责该怎么写",None,[],[],refuse=True)
S(3,"manager","kpi_design","给资金部设计一套KPI考核指标",None,[Q(4,"公司资金预算达成率"),Q(4,"资金收支准确度"),Q(4,"资金使用目标达成率")],[["资金预算达成率"],["资金收支准确度"],["资金使用目标达成率"]],
  tool={"kind":"kpi_design","role":"资金部","count":None,"must_cite_files":[F[4]],"expected_indicators":["公司资金预算达成率","资金收支准确度","资金使用目标达成率"]})
S(4,"hr","jd","帮我起草一份酒店前台的招聘JD","酒店前台",[L(11,2,12)],[["入住"],["退房结算"],["预订"]],
  tool={"kind":"jd","role":"酒店前台","must_cite_files":[F[11]],"expect_sections":["duties","qualifications"]})
S(5,"new_hire","qualification","教务对性别和形象有要求不","教务",[L(15,3,4)],[["男女不限"],["五官端正","亲和力"]])
S(6,"hr","out_of_scope","员工劳动合同到期公司不续签要给补偿吗",None,[],[],refuse=True)
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open("forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items), sum(len(v) for v in forms.values()))
