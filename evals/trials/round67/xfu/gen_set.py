import json
F={k:v for k,v in [
 ('01','cx01_财务部经理岗位说明书.docx'),('02','cx02_车辆调度员岗位说明书.docx'),('03','cx03_培训部工作手册.docx'),
 ('04','cx04_部门KPI指标库.xlsx'),('05','cx05_招聘岗位一览.xlsx'),('06','cx06_技术岗位招聘信息.csv'),('07','cx07_人才招聘.html'),
 ('08','cx08_培训学校出纳岗位说明书.pdf'),('09','cx09_人事行政部经理绩效考核表.md'),('10','cx10_导购岗位职责.txt'),
 ('11','cx11_酒店前台职位描述.txt'),('12','cx12_行政主管岗位说明书.txt'),('13','cx13_人力资源招聘专员行为标准.txt'),
 ('14','cx14_财务部内控与财务分析KPI组成表.txt'),('15','cx15_教务工作岗位素能.txt'),('16','cx16_薪资核算专员职位描述.txt')]}
def q(f,s): return {"file":F[f],"quote":s}
def L(f,a,b=None): return {"file":F[f],"line_start":a,"line_end":b or a}
def T(question,intent,role,ev,kp,attr=None,form=None):
    t={"question":question,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: t["attribute"]=attr
    return (t,form)
def OOS(question,form): return ({"question":question,"intent":"out_of_scope","role":None,"evidence":[],"key_points":[]},form)
items=[]; forms={}
def FU(n,persona,question,fintent,role,ev,kp,turns,attr=None):
    iid=f"r67xfu-fu-{n:02d}"
    items.append({"id":iid,"persona":persona,"intent":"followup","question":question,"role":role,"attribute":attr,
      "evidence":ev,"key_points":kp,"expect_refusal":False,"turns":[t for t,_ in turns],"tool":None,"_first_intent":fintent})
    forms[iid]=[f for _,f in turns]
def S(iid,persona,intent,question,role,ev,kp,attr=None,tool=None):
    items.append({"id":iid,"persona":persona,"intent":intent,"question":question,"role":role,"attribute":attr,
      "evidence":ev,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":None,"tool":tool})

R='车辆调度员'
FU(1,'new_hire','我刚入职车辆调度员，主要要干哪些活？','duty',R,
 [q('02','根据客户有车需求,对人员车辆进行合理调配'),q('02','2.车辆值班安排'),q('02','根据司机出车情况进行考核')],[["合理调配","调配"],["值班"],["考核","考勤"]],
 [T('那他上面归谁管？','attribute',R,[q('02','车辆租赁中心主任')],[["车辆租赁中心"],["主任"]],'reports_to','pronoun'),
  T('学历卡多高','attribute',R,[q('02','高中及以上')],[["高中"],["以上"]],'education','ellipsis'),
  T('对专业有讲究吗','attribute',R,[q('02','汽车修理专业')],[["汽车修理"],["专业"]],'major','switch attribute')])
R='财务部经理'
FU(2,'hr','袜业公司那个财务经理，直接下级都有谁','attribute',R,
 [q('01','财务会计、出纳'),q('01','成本会计')],[["出纳"],["财务会计","成本会计"]],
 [T('他得持什么证','attribute',R,[q('01','会计师资格证书')],[["会计师"],["资格证书","证书"]],'certificate','pronoun'),
  T('工作年限要几年','attribute',R,[q('01','八年以工业企业财务管理经验')],[["八年","8年"],["五年","5年"]],'experience','ellipsis'),
  T('他的岗位工作目标列了哪些','kpi',R,[q('01','经营管理成本预、核算准确率100'),q('01','库存周转率、应收账款周转率小于期间额定标准'),q('01','无发生财务管理重大责任事故')],[["准确率100"],["库存周转率","应收账款周转率"],["重大责任事故"]],None,'pronoun + switch attribute')])
R='培训部经理'
FU(3,'manager','培训部经理这个岗位都负责什么事','duty',R,
 [q('03','a)责培训部的日常管理工作。'),q('03','员工的工作安排与绩效考核'),q('03','负责合理安排培训资源')],[["日常管理"],["绩效考核"],["培训资源"]],
 [T('你列的第五条具体是啥意思','duty',R,[q('03','培训计划的审核、和年度培训工作总结')],[["审核"],["工作总结"]],None,'ordinal'),
  T('那培训顾问呢，他干啥','out_of_scope',None,[],[],None,'switch role (near-miss OOS)') if False else OOS('那培训顾问呢，他具体干啥','switch role -> near-miss OOS'),
  T('说回经理，他要配合哪个部门去开发市场','duty',R,[q('03','协助市场部进行培训市场开发工作')],[["市场部"],["市场开发"]],None,'back to earlier topic')])
R='机械技术员'
FU(4,'new_hire','模具厂的机械技术员要干些什么','duty',R,
 [q('05','协助工程师完成车间机器的维修')],[["维修"],["治具"],["革新"]],
 [T('招人条件呢','qualification',R,[q('05','机械技术底子深厚')],[["大专"],["20-45岁"]],None,'ellipsis'),
  T('要是换成生产主管的话呢','qualification','生产主管',[q('05','本科以上，25-45岁，注塑类相关专业')],[["本科"],["注塑"],["两年"]],None,'switch role'),
  T('这两个岗位谁的年龄范围更宽','qualification',None,[q('05','机械技术底子深厚'),q('05','本科以上，25-45岁，注塑类相关专业')],[["20-45"],["25-45"]],None,'comparison of last two posts')])
R='销售经理'
FU(5,'new_hire','招岗位一览表里的销售经理日常做什么','duty',R,
 [q('05','帮助业务经理处理订单的相关内容')],[["订单"],["出差"]],
 [T('他一年要出几趟差，去哪','duty',R,[q('05','帮助业务经理处理订单的相关内容')],[["上海"],["1~2次"]],None,'pronoun'),
  T('那这个岗待遇方面是咋写的','attribute',R,[q('05','本科以上，20-35岁，英语专业者优先')],[["面议"],["食宿"]],'pay','switch attribute'),
  T('非英语专业的能报这个吗','qualification',R,[q('05','本科以上，20-35岁，英语专业者优先')],[["英语专业"],["优先"]],None,'ellipsis (role implied)')])
R='DBA'
FU(6,'hr','慧算账招的DBA主要做什么','duty',R,[L('06',63,68)],[["容量规划"],["备份"],["SQL调优"]],
 [T('学历和专业有啥要求','qualification',R,[L('06',70)],[["本科"],["计算机"]],None,'ellipsis'),
  T('月薪范围多少','attribute',R,[L('06',62)],[["15K"],["45K"]],'pay','switch attribute'),
  T('这DBA是在哪个城市坐班','attribute',R,[L('06',62)],[["广州"],["慧算账"]],'location','switch attribute')])
R='测试工程师'
FU(7,'hr','慧算账测试经理那个岗，任职资格列了几条','qualification',R,[L('06',57,61)],[["5年"],["团队管理"],["测试用例"]],
 [T('第二条展开讲讲看','qualification',R,[L('06',59)],[["大型测试项目"],["1年"]],None,'ordinal'),
  T('他平时的工作职责是哪些','duty',R,[L('06',51,56)],[["测试计划"],["测试工具"],["培训"]],None,'pronoun'),
  T('换成Golang后端，要几年经验','attribute','Golang 后端',[L('06',35)],[["2-5"],["Golang"]],'experience','switch role + attribute')])
R='平台Site Reliability Engineer'
FU(8,'new_hire','宝洁那个SRE岗位是干啥的','duty',R,[L('06',123)],[["DevOps"],["BU","应用落地"]],
 [T('对应聘者有什么要求','qualification',R,[L('06',125,129)],[["4年"],["K8S","公有云"],["英语"]],None,'ellipsis'),
  OOS('K8S集群怎么用kubeadm部署','OOS in the middle (framework programming)'),
  T('回到这个岗位，在哪上班','attribute',R,[L('06',122)],[["广州"],["珠江新城"]],'location','back to earlier topic')])
R='前端开发工程师'
FU(9,'hr','京东物流的前端研发工程师要求几年经验','attribute',R,[L('06',99)],[["3-5年"],["前端开发经验"]],
 [T('学历这块呢','attribute',R,[L('06',99)],[["本科"],["全日制","计算机"]],'education','ellipsis'),
  T('美团成都那个前端岗位的职责呢','duty',R,[L('06',80,83)],[["CRM"],["中后台","前端技术方案"]],None,'switch company/posting'),
  T('这两个岗位哪个对工作年限要求更高','qualification',R,[L('06',86),L('06',99)],[["3-5年"],["3年"]],None,'comparison of last two posts')],attr='experience')
R='产品经理'
FU(10,'manager','Moka的产品经理职责是啥','duty',R,[L('06',14,17)],[["绩效爆品"],["数据分析"],["跨团队"]],
 [T('这个产品岗有什么加分的条件','qualification',R,[L('06',25,26)],[["绩效"],["OKR"]],None,'ellipsis'),
  T('这岗薪资开到多少','attribute',R,[L('06',13)],[["15k-40k"],["*15","15薪"]],'pay','switch attribute'),
  T('base在哪个城市','attribute',R,[L('06',13)],[["成都"],["Moka"]],'location','switch attribute')])
R='采购员'
FU(11,'new_hire','钢构公司采购员的工作内容有哪些','duty',R,[L('07',156,177)],[["采购制度"],["供应商"],["采购计划"]],
 [T('采购的活就这些吗，还有没有别的','duty',R,[L('07',174,177)],[["验收"],["供应商目录","材料品牌目录"]],None,'more (还有吗)'),
  T('他对年龄学历怎么要求','qualification',R,[L('07',150)],[["45"],["大专"]],None,'pronoun'),
  T('那专业方面呢','attribute',R,[L('07',150)],[["物流"],["供应链"]],'major','ellipsis')])
R='焊工'
FU(12,'hr','招焊工的话得持哪种证件','attribute',R,[L('07',133)],[["焊工证"],["质监局"]],
 [T('年纪有限制吗','qualification',R,[L('07',130)],[["40岁"],["男"]],None,'ellipsis'),
  T('铆工那边年纪卡多少','qualification','铆工',[L('07',140)],[["40岁"],["男"]],None,'switch role'),
  T('铆工那边要多少年经验','attribute','铆工',[L('07',143)],[["3年"],["一年以上"]],'experience','switch attribute')],attr='certificate')
R='机修工'
FU(13,'new_hire','机修工平常都干什么','duty',R,[L('07',278,287)],[["保养"],["故障"],["巡回检查"]],
 [T('任职条件是啥','qualification',R,[L('07',272)],[["50周岁"],["中专"],["5年"]],None,'ellipsis'),
  T('维修电工的呢','qualification','维修电工',[L('07',303)],[["50周岁"],["电气"],["5年"]],None,'switch role'),
  T('这俩专业要求有什么不同','attribute',None,[L('07',272),L('07',303)],[["机械"],["电气"]],'major','comparison of last two posts')])
R='销售员'
FU(14,'new_hire','钢结构那家公司的销售员要什么条件','qualification',R,[L('07',111,117)],[["大专"],["英语四级"],["钢材"]],
 [T('销售员那边待遇给的咋样','attribute',R,[L('07',123)],[["双休"],["社会保险"],["住宿"]],'benefits','switch attribute'),
  OOS('今天外面下雨了吗','OOS in the middle (chit-chat)'),
  T('他的职责里第二条说的是什么','duty',R,[L('07',100)],[["拜访"],["新老客户"]],None,'ordinal + back to earlier topic')])
R='生产技术部长'
FU(15,'manager','生产技术部长这个位子得干过多少年','attribute',R,[L('07',74)],[["10年"],["工作经验"]],
 [T('学历要求是？','attribute',R,[L('07',74)],[["大专"],["及以上"]],'education','ellipsis'),
  T('那机械技术储备这个岗应届生能投吗','qualification','机械技术储备',[L('07',236)],[["应届"],["一年以上"]],None,'switch role'),
  T('他进去主要干啥','duty','机械技术储备',[L('07',242,245)],[["维修钳工"],["故障"]],None,'pronoun')],attr='experience')
R='出纳'
FU(16,'new_hire','培训学校那个出纳归哪位领导直接管','attribute',R,[q('08','直接主管:分校校长')],[["分校校长"],["直接主管"]],
 [T('再往上一级的领导呢','attribute',R,[q('08','隔级领导:总经理')],[["总经理"],["隔级"]],'reports_to','ellipsis'),
  T('她手下带人吗','attribute',R,[q('08','平级:会计   直接下属:无')],[["无","没有"],["直接下属"]],'subordinates','pronoun'),
  T('要考什么证','attribute',R,[q('08','会计、金融类专业大专或以上学历,会计从业资格证')],[["会计从业"],["资格证"]],'certificate','switch attribute')],attr='reports_to')
FU(17,'new_hire','出纳每天要做些什么','duty',R,[q('08','每天报财务“资金汇报”'),q('08','准确地发放员工工资、奖金'),q('08','为客户办理退费结算')],[["资金汇报"],["工资"],["退费"]],
 [T('职责第七条具体啥意思说说','duty',R,[q('08','为客户办理退费结算')],[["退费"],["审批"]],None,'ordinal'),
  T('需要几年工作经验','attribute',R,[q('08','2年以上出纳工作经验')],[["2年"],["出纳工作经验"]],'experience','switch attribute'),
  T('男的能干这个吗','qualification',R,[q('08','性别不限(女姓佳)')],[["不限"],["女"]],None,'ellipsis (gender)')])
R='人事行政部经理'
FU(18,'manager','人事行政部经理绩效表上考核哪些指标啊','kpi',R,[L('09',8,23)],[["人事行政成本控制"],["工作目标完成率"],["绩效、薪资管理完成率"],["后勤投诉次数"]],
 [T('这些里头哪项权重占得最多','kpi',R,[L('09',14)],[["绩效、薪资管理完成率"],["15%"]],None,'ellipsis'),
  T('后勤投诉次数那一项扣分规则是啥','kpi',R,[L('09',18)],[["扣1分"],["投诉"]],None,'shortened indicator'),
  T('客户类一共占多大比重','kpi',R,[L('09',17)],[["10%"],["客户类"]],None,'switch attribute')])
FU(19,'hr','人事行政部经理的学习成长类指标是哪些','kpi',R,[L('09',19,22)],[["部门员工保有率"],["部门培训目标完成率"],["人力计划完成率"]],
 [T('第一个的评分标准是啥','kpi',R,[L('09',19)],[["70%"],["5分","0分"]],None,'ordinal'),
  T('那财务类那两项是啥','kpi',R,[L('09',8,9)],[["办公用品费用控制的监管"],["人事行政成本控制"]],None,'ellipsis (switch dimension)'),
  T('工作流程改善目标完成率占多少权重','kpi',R,[L('09',15)],[["0%"],["工作流程改善"]],None,'switch topic')])
FU(20,'hr','人力资源部KPI里跟招聘有关的指标有哪几个','kpi',None,[q('04','招聘费用预算达成率'),q('04','招聘空缺职位所需的平均天数')],[["招聘费用预算达成率"],["招聘空缺职位所需的平均天数"]],
 [T('你说的第二个指标公式咋算','kpi',None,[q('04','空缺职位总数/招聘空缺职位所用的总天数')],[["空缺职位总数"],["总天数"]],None,'ordinal'),
  T('它的数据从哪来','kpi',None,[q('04','招聘记录')],[["招聘记录"],["记录"]],None,'pronoun'),
  T('员工满意度算哪一类指标','kpi',None,[q('04','客户类'),q('04','员工对公司人力资源制度的满意度'),q('04','员工满意度调查')],[["客户类"],["满意度"]],None,'switch indicator')])
FU(21,'manager','审计部有哪些KPI','kpi',None,[q('04','审计计划执行率'),q('04','审计报告归档率'),q('04','审计结果准确性')],[["审计计划执行率"],["审计报告归档率"],["审计结果准确性"]],
 [T('审计结果准确性怎么定义的','kpi',None,[q('04','审计结果更正的次数')],[["更正"],["次数"]],None,'follow-up on listed item'),
  T('换成资金部的看看呢','kpi',None,[q('04','公司资金预算达成率'),q('04','资金收支准确度'),q('04','资金筹集计划编制及时率')],[["公司资金预算达成率"],["资金收支准确度"],["资金筹集计划编制及时率"]],None,'switch department'),
  T('资金头寸那个指标怎么衡量','kpi',None,[q('04','因没有及时掌握资金头寸信息, 导致公司损失的金额')],[["损失的金额"],["资金头寸"]],None,'shortened indicator')])
R='财务分析会计'
FU(22,'manager','财务部内控与财务分析的KPI有哪几个','kpi',R,[L('14',3,6)],[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"]],
 [T('利润中心那个怎么打分','kpi',R,[L('14',5)],[["-5分"],["0分"]],None,'shortened indicator'),
  T('财务分析报告由谁来评分','kpi',R,[L('14',10)],[["财务部经理"],["填写"]],None,'switch indicator'),
  T('评分项都有哪些','kpi',R,[L('14',13,16)],[["格式"],["数据的准确性"],["报告提交的及时性"]],None,'ellipsis')])
FU(23,'hr','月底结帐处理这项KPI权重多少','kpi',R,[L('14',6)],[["25%"],["月底结帐"]],
 [T('它具体怎么考核','kpi',R,[L('14',6,7)],[["及时性"],["准确性"],["0分"]],None,'pronoun'),
  T('数据来源是哪里','kpi',R,[L('14',6)],[["经理工作记录"],["工作记录"]],None,'ellipsis'),
  T('那企业内控制度的调整呢','kpi',R,[L('14',3)],[["调整方案"],["本岗位"]],None,'switch indicator (ellipsis)')])
R='导购'
FU(24,'new_hire','商场导购员平时岗位上要做些啥','duty',R,[L('10',9,17),L('10',23,29),L('10',43,51)],[["收银","介绍公司产品","导购工作"],["盘点","陈列","清洁"]],
 [T('那招这种导购有啥任职门槛','qualification',R,[L('10',33,39)],[["学历不限"],["轮班"],["粤语"]],None,'ellipsis'),
  T('导购对谁负责，上面是谁','attribute',R,[L('10',43)],[["店长"],["领导","负责"]],'reports_to','pronoun'),
  OOS('门店一般几点开门营业','OOS at the end (not in doc)')])
R='酒店前台'
FU(25,'new_hire','酒店前台是怎么排班的','attribute',R,[L('11',15)],[["8:00"],["16:00"]],
 [T('前台一个月固定能歇几天','attribute',R,[L('11',14)],[["4天"],["调休"]],'benefits','ellipsis'),
  T('另外还有啥福利','attribute',R,[L('11',16)],[["生日"],["食宿"]],'benefits','more (还有)'),
  T('核心工作第二项具体讲讲','duty',R,[L('11',4)],[["退房结算"],["收银系统"]],None,'ordinal + switch topic')],attr='benefits')
FU(26,'hr','酒店前太的任职要求是啥','qualification',R,[L('11',9,12)],[["亲和力"],["收银系统"],["应变"]],
 [T('碰到客人投诉怎么处理','duty',R,[L('11',6)],[["安抚情绪"],["上报主管"]],None,'switch topic (role implied)'),
  OOS('前台员工的社保公积金公司缴多少比例','OOS in the middle (social insurance rates)'),
  T('预订那块具体负责啥','duty',R,[L('11',5)],[["预订系统"],["房态"]],None,'back to topic / ellipsis')])
R='行政主管'
FU(27,'new_hire','行政主管的直属上级是哪个','attribute',R,[L('12',9,10)],[["行政经理"],["直属上级"]],
 [T('行政主管挂在哪个部门名下','attribute',R,[L('12',15,16)],[["行政管理部"],["所在部门"]],'department','switch attribute (role named)'),
  OOS('那他的业绩衡量标准具体是多少','near-miss OOS (略)'),
  T('主要职责里时间占比最高的是哪块','duty',R,[L('12',38,47)],[["65"],["行政管理工作"]],None,'switch attribute')],attr='reports_to')
FU(28,'hr','行政经理助理这个岗要做哪几块事','duty',R,[L('12',33,54)],[["大事记"],["固定资产"],["考勤"]],
 [T('第一块职责时间占多少','duty',R,[L('12',32,33)],[["15"],["行政工作规划","行政管理制度"]],None,'ordinal'),
  T('这个岗的工作概述怎么写的','attribute',R,[L('12',26)],[["协助行政经理"],["行政服务"]],'purpose','switch attribute'),
  OOS('这个岗工资等级定的几级','near-miss OOS (empty field)')])
R='招聘专员'
FU(29,'hr','招聘专员（一级）行为标准里规定了啥','duty',R,[L('13',9,20)],[["招聘文案","策划"],["转正考核"],["异动"]],
 [T('转正那部分具体说说','duty',R,[L('13',15,17)],[["待转正员工"],["转正通知"]],None,'section drill-down'),
  T('换个岗，人力资源专员学历要求到哪','attribute','人力资源专员',[L('13',3)],[["本科"],["人力资源"]],'education','switch role'),
  T('那英语水平呢有没有要求','attribute','人力资源专员',[L('13',6)],[["中英文"],["听、说、读、写","读"]],'skills','ellipsis')])
R='薪资核算专员'
FU(30,'hr','薪酬核算专员具体管哪些活儿','duty',R,[L('16',4,13)],[["个税"],["年终奖"],["薪资发放"]],
 [T('第六条个税那块展开一下','duty',R,[L('16',9)],[["个人所得税"],["汇算清缴"]],None,'ordinal'),
  T('招这个岗的任职资格呢','qualification',R,[L('16',15,18)],[["本科"],["2年"],["劳动法"]],None,'ellipsis'),
  T('有HRSSC经验有加分吗','qualification',R,[L('16',16)],[["HRSSC"],["优先"]],None,'follow-up detail'),
  OOS('个税汇算清缴截止到几月几号','OOS at the end (tax law)')])
# singles
S('r67xfu-attr-01','new_hire','attribute','做教务的最低得是什么学历','教务',[L('15',5)],[["专科"],["统招"]],attr='education')
S('r67xfu-jd-01','hr','jd','帮我按公司资料起草一份车辆调度员的JD','车辆调度员',[q('02','根据客户有车需求,对人员车辆进行合理调配'),q('02','2.车辆值班安排')],[["调配"],["值班"]],
  tool={"kind":"jd","role":"车辆调度员","must_cite_files":[F['02']],"expect_sections":["duties","qualifications"]})
S('r67xfu-kd-01','manager','kpi_design','给财务部设计5个KPI指标',None,[q('04','现金收支准确性'),q('04','账务处理及时性'),q('04','财务资料完好性')],[["现金收支准确性"],["账务处理及时性"],["财务资料完好性"]],
  tool={"kind":"kpi_design","role":"财务部","count":5,"must_cite_files":[F['04']],"expected_indicators":["现金收支准确性","账务处理及时性","财务资料完好性"]})
S('r67xfu-oos-01','hr','out_of_scope','员工干满三年被辞退能拿几个月赔偿',None,[],[])
S('r67xfu-oos-02','manager','out_of_scope','咱们仓储主管每天要负责哪些工作',None,[],[])
S('r67xfu-attr-02','hr','attribute','研发经理要什么专业背景','研发经理',[q('05','本科以上，20-45岁，模具设计类专业')],[["模具设计"],["专业"]],attr='major')
first_int={}
with open('set.jsonl','w') as f:
    for it in items:
        fi=it.pop('_first_intent',None)
        if fi: first_int[it['id']]=fi
        f.write(json.dumps(it,ensure_ascii=False)+'\n')
json.dump({"later_turn_forms":forms,"first_turn_intent":first_int},open('forms.json','w'),ensure_ascii=False,indent=1)
print(len(items), sum(len(it['turns'] or []) for it in items))
