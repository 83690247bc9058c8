"""Builds set.jsonl and forms.json for round 47 / xfu (follow-up conversations over corpus-extra)."""
import json, pathlib
HERE = pathlib.Path(__file__).parent
C01="cx01_财务部经理岗位说明书.docx"; C02="cx02_车辆调度员岗位说明书.docx"; C03="cx03_培训部工作手册.docx"
C04="cx04_部门KPI指标库.xlsx"; C05="cx05_招聘岗位一览.xlsx"; C06="cx06_技术岗位招聘信息.csv"; C07="cx07_人才招聘.html"
C08="cx08_培训学校出纳岗位说明书.pdf"; C09="cx09_人事行政部经理绩效考核表.md"; C10="cx10_导购岗位职责.txt"
C11="cx11_酒店前台职位描述.txt"; C12="cx12_行政主管岗位说明书.txt"; C13="cx13_人力资源招聘专员行为标准.txt"
C14="cx14_财务部内控与财务分析KPI组成表.txt"; C15="cx15_教务工作岗位素能.txt"; C16="cx16_薪资核算专员职位描述.txt"
def Q(f,q): return {"file":f,"quote":q}
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def T(form,q,intent,role,ev,kp,attr=None):
    t={"question":q,"intent":intent,"role":role,"evidence":ev if intent!="out_of_scope" else [],
       "key_points":kp if intent!="out_of_scope" else []}
    if attr: t["attribute"]=attr
    return (form,t)
def OOS(form,q,role=None): return T(form,q,"out_of_scope",role,[],[])
FU=[]
def fu(persona,q,role,attr,ev,kp,turns):
    FU.append(dict(persona=persona,q=q,role=role,attr=attr,ev=ev,kp=kp,turns=turns))

# 01 cx02 dispatcher
fu("new_hire","我们车队的调度员平时主要干啥？","车辆调度员",None,
   [Q(C02,"对人员车辆进行合理调配"),Q(C02,"2.车辆值班安排"),Q(C02,"做好司机出差、加班以及行车公里")],[["合理调配","调配"],["值班"],["考核","统计"]],
   [T("ellipsis+pronoun","那他学历、经验有啥要求","attribute","车辆调度员",[Q(C02,"高中及以上"),Q(C02,"4年以上相关工作经验")],[["高中"],["4年以上"]],"education"),
    T("switch_attribute","专业和技能方面呢","attribute","车辆调度员",[Q(C02,"汽车修理专业"),Q(C02,"熟练使用自动化办公软件")],[["汽车修理"],["自动化办公软件","办公软件"]],"major"),
    T("pronoun","他的直接领导是谁，以后能往哪发展","attribute","车辆调度员",[Q(C02,"车辆租赁中心主任"),Q(C02,"高级业务员")],[["车辆租赁中心主任"],["高级业务员"]],"reports_to")])
# 02 cx01 finance manager
fu("hr","袜业公司的财务经理要持什么证书、什么学历","财务部经理","certificate",[Q(C01,"会计师资格证书"),Q(C01,"会计专业本科学历")],[["会计师"],["本科"]],
   [T("ellipsis","那从业年限有啥要求","attribute","财务部经理",[Q(C01,"八年以工业企业财务管理经验")],[["八年"],["五年"]],"experience"),
    T("pronoun","他手下都有谁","attribute","财务部经理",[Q(C01,"财务会计、出纳")],[["财务会计","成本会计"],["出纳"]],"subordinates"),
    OOS("oos","顺便问下，这个岗位试用期几个月？","财务部经理")])
# 03 cx03 training manager
fu("manager","培训部经理平时要管哪些事情","培训部经理",None,
   [Q(C03,"责培训部的日常管理工作。"),Q(C03,"责培训部员工的工作安排与绩效考核"),Q(C03,"g)负责培训市场的开拓")],[["日常管理"],["绩效考核"],["培训市场"]],
   [T("ordinal","第3条详细说说","duty","培训部经理",[Q(C03,"责培训部员工的工作安排与绩效考核")],[["工作安排"],["绩效考核"]]),
    OOS("switch_role+oos","培训顾问又是做什么的"),
    T("switch_topic","部门职能里有没有讲师管理这块","duty",None,[Q(C03,"负责公司师资库的建立,包括外部讲师的管理")],[["师资库"],["外部讲师","内部讲师"]])])
# 04 cx04 HR KPI
fu("hr","HR部门的KPI指标库里，财务类都有啥指标","人力资源部",None,
   [Q(C04,"部门费用预算达成率"),Q(C04,"薪资总量预算安排达成率"),Q(C04,"招聘费用预算达成率"),Q(C04,"培训费用预算达成率")],
   [["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],
   [T("switch_item","招聘空缺职位那个指标怎么算","kpi","人力资源部",[Q(C04,"空缺职位总数/招聘空缺职位所用的总天数")],[["空缺职位总数"],["总天数"]]),
    T("ellipsis","那人员编制控制率呢","kpi","人力资源部",[Q(C04,"(实际人数/计划编制人数)*100%")],[["实际人数"],["计划编制人数"]]),
    T("ellipsis","那客户类指标有哪些","kpi","人力资源部",[Q(C04,"对员工进行满意度调查的算术平均值")],[["员工满意度","满意度"],["算术平均值"]])])
# 05 cx04 audit / treasury
fu("manager","审计部考核看哪些指标","审计部",None,
   [Q(C04,"审计计划执行率"),Q(C04,"审计报告一次经过率"),Q(C04,"审计结果准确性"),Q(C04,"审计报告归档率")],
   [["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"],["审计报告归档率"]],
   [T("switch_item","审计结果准确性这项看什么数据","kpi","审计部",[Q(C04,"审计结果准确性"),Q(C04,"审计结果更正的次数")],[["审计结果准确性"],["更正"]]),
    T("switch_role","换成资金部的话呢","kpi","资金部",[Q(C04,"公司资金预算达成率"),Q(C04,"资金筹集计划编制及时率"),Q(C04,"资金收支准确度")],
      [["公司资金预算达成率"],["资金筹集计划编制及时率"],["资金收支准确度"]]),
    T("pronoun","它的资金收支准确度公式是啥","kpi","资金部",[Q(C04,"资金收支准确度"),Q(C04,"资金收支出错次数")],[["资金收支准确度"],["出错次数"]])])
# 06 cx05 production supervisor
fu("hr","注塑厂招的生产主管要求什么条件","生产主管",None,[Q(C05,"有两年以上相关行业的工作经验")],[["本科"],["注塑"],["两年以上"]],
   [T("pronoun","那他进去具体负责啥","duty","生产主管",[Q(C05,"车间日常生产管理")],[["车间日常生产管理","日常生产管理"],["简化生产流程","合理调配"]]),
    T("switch_role","换研发经理呢","duty","研发经理",[Q(C05,"开发设计适应市场需求的产品")],[["关注市场"],["开发设计"]]),
    T("compare","这俩岗位年龄要求有啥不一样","qualification","研发经理",[Q(C05,"有两年以上相关行业的工作经验"),Q(C05,"时尚敏感度、市场洞察力强")],[["25-45"],["20-45"]])])
# 07 cx05 sales manager
fu("new_hire","销售经理要经常出差吗","销售经理",None,[Q(C05,"每年有1~2次到上海等地出差")],[["出差"],["上海"]],
   [T("ellipsis","对学历和年龄有啥要求不","attribute","销售经理",[Q(C05,"本科以上，20-35岁，英语专业者优先")],[["本科"],["20-35"]],"education"),
    T("ellipsis","工资和福利怎么样","attribute","销售经理",[Q(C05,"本科以上，20-35岁，英语专业者优先")],[["面议"],["免费食宿","食宿"]],"pay"),
    T("compare","跟文案策划比，谁的学历要求高","qualification","文案策划",[Q(C05,"本科以上，20-35岁，英语专业者优先"),Q(C05,"大专以上，20-35岁，有经验者优先")],[["本科"],["大专"]])])
# 08 cx06 test manager
fu("hr","慧算账招测试经理，学历和经验要求是什么","测试工程师",None,[L(C06,58)],[["本科"],["5年以上"]],
   [T("ellipsis","带团队的经验要多久","attribute","测试工程师",[L(C06,59)],[["1年"],["3人以上"]],"experience"),
    T("pronoun","他工作地点在哪个城市","attribute","测试工程师",[L(C06,50)],[["广州"],["慧算账"]],"location"),
    T("ellipsis","那薪资范围呢","attribute","测试工程师",[L(C06,50)],[["15K"],["45K"]],"pay")])
# 09 cx06 DBA
fu("new_hire","DBA这个岗位做什么","DBA",None,[L(C06,62,68)],[["容量规划"],["SQL调优"],["备份恢复"]],
   [T("ordinal","第5条能展开讲讲吗","duty","DBA",[L(C06,67)],[["迁移"],["故障排除"]]),
    T("switch_attribute","那对专业有要求吗","attribute","DBA",[L(C06,70)],[["计算机"],["信息安全","网络工程","通信"]],"major"),
    OOS("oos","MySQL主从复制具体怎么配置？")])
# 10 cx06 SRE vs Go
fu("hr","宝洁那个SRE要啥条件","平台Site Reliability Engineer",None,[L(C06,124,129)],[["4年以上"],["系统管理员"],["K8S"]],
   [T("switch_attribute","在哪个地方办公呀","attribute","平台Site Reliability Engineer",[L(C06,122)],[["珠江新城","广州"],["宝洁"]],"location"),
    T("compare","跟Golang后端比，哪个要的工作年限长","qualification","Golang 后端",[L(C06,124,125),L(C06,35)],[["4年"],["2-5年"]]),
    T("typo_short","go后端都要会哪些技术","qualification","Golang 后端",[L(C06,35,42)],[["k8s"],["docker"],["MySQL"]])])
# 11 cx06 frontend, company switch
fu("hr","京东物流的前端要求是什么","前端开发工程师",None,[L(C06,98,108)],[["3-5年"],["TypeScript"],["小程序"]],
   [T("switch_company","那美团那个呢","qualification","前端开发工程师",[L(C06,85,90)],[["3年及以上"],["数据结构"],["CSS"]]),
    T("pronoun","美团这个主要负责啥业务","duty","前端开发工程师",[L(C06,79,83)],[["CRM"],["中后台"]]),
    T("back_reference","京东那个岗位在哪、做啥来着","attribute","前端开发工程师",[L(C06,96,97)],[["北京"],["物流供应链","京东物流"]],"location")])
# 12 cx06 Moka PM
fu("manager","Moka的产品经理岗位职责","产品经理",None,[L(C06,13,17)],[["绩效爆品"],["数据分析"],["跨团队合作"]],
   [T("switch_attribute","这个岗位有啥加分项","qualification","产品经理",[L(C06,25,26)],[["绩效"],["OKR"]]),
    T("switch_role","这家公司的前端开发薪资多少，在哪个城市","attribute","前端开发工程师",[L(C06,2)],[["15k-40k"],["北京","成都"]],"pay")])
# 13 cx07 salesman / welder
fu("hr","钢结构公司招的销售员要什么条件","销售员",None,[L(C07,108,117)],[["大专"],["英语四级"],["钢材产品销售经验"]],
   [T("switch_attribute","他待遇咋样","attribute","销售员",[L(C07,122,123)],[["双休"],["社会保险"],["住宿"]],"benefits"),
    T("switch_role","那焊工招人有啥要求","qualification","焊工",[L(C07,128,133)],[["高中"],["焊工证"],["40岁以下"]]),
    T("pronoun","他要有啥证","attribute","焊工",[L(C07,133)],[["焊工证"],["质监局"]],"certificate")])
# 14 cx07 buyer
fu("new_hire","采购员进去主要干哪些活","采购员",None,[L(C07,153,177)],[["采购制度"],["供应商"],["采购计划"]],
   [T("ordinal","第四条再细说下","duty","采购员",[L(C07,165)],[["谈判"],["付款方式","交货日期"]]),
    T("switch_attribute","年龄、性别卡得严不严","qualification","采购员",[L(C07,150)],[["45周岁"],["男"]]),
    T("more","除了这些还有别的要求没","qualification","采购员",[L(C07,150)],[["大专"],["供应链"],["3年以上"]])])
# 15 cx07 mechanic vs electrician
fu("hr","机修工要几年经验，什么学历","机修工",None,[L(C07,272)],[["5年以上"],["中专"]],
   [T("typo_short","那维修电功呢","qualification","维修电工",[L(C07,303)],[["5年以上"],["中专"]]),
    T("compare","两个岗位专业要求有啥区别","qualification","维修电工",[L(C07,272),L(C07,303)],[["机械"],["电气"]]),
    T("switch_attribute","维修电工平时干哪些活","duty","维修电工",[L(C07,306,318)],[["例保"],["断电"],["修理记录"]])])
# 16 cx07 HV electrician
fu("new_hire","高压值班电工需要什么证，几年经验","高压值班电工",None,[L(C07,296)],[["高压电工资格证"],["三年以上"]],
   [OOS("pronoun+oos","他的工作职责呢","高压值班电工"),
    T("switch_role","换成生产技术部长，学历专业要求是啥","attribute","生产技术部长",[L(C07,74)],[["大专"],["机电一体化","设备动力管理"]],"education")])
# 17 cx08 cashier relations
fu("new_hire","学校里出纳归谁管，隔级领导是谁","出纳","reports_to",[Q(C08,"直接主管:分校校长")],[["分校校长"],["总经理"]],
   [T("ellipsis","他有没有下属，平级是谁","attribute","出纳",[Q(C08,"直接主管:分校校长")],[["直接下属:无","无下属","没有直接下属","没有下属"],["会计"]],"subordinates"),
    T("switch_attribute","需要什么资格证和学历","attribute","出纳",[Q(C08,"会计、金融类专业大专或以上学历")],[["会计从业资格证"],["大专"]],"certificate"),
    T("pronoun","它的职责里有没有发工资这项","duty","出纳",[Q(C08,"通过银行代发或现金发放形式")],[["发放员工工资","工资"],["奖金"]])])
# 18 cx08 cashier duties
fu("hr","学校出纳日常要做哪些事","出纳",None,[Q(C08,"每天报财务“资金汇报”"),Q(C08,"按领导审批过的退费手续"),Q(C08,"学校发票、收据业务办理")],[["资金汇报"],["退费"],["发票"]],
   [T("ordinal","第八条是什么意思","duty","出纳",[Q(C08,"核对银行帐目与各校区报送收入表")],[["银行帐目"],["收入表"]]),
    T("switch_attribute","出纳对性别有要求吗，男生能做吗","qualification","出纳",[Q(C08,"性别不限(女姓佳)")],[["不限"],["女姓佳","女性佳","女"]]),
    OOS("oos","该学校老师课时费怎么算")])
# 19 cx09 dims
fu("manager","人事行政部经理绩效考核分哪几类指标，各占多少","人事行政部经理",None,[L(C09,8,23)],[["财务类"],["内部运营类"],["学习成长革新类"],["50%"]],
   [T("superlative","内部运营类里权重最高的是哪个","kpi","人事行政部经理",[L(C09,14)],[["绩效、薪资管理完成率"],["15%"]]),
    T("pronoun","它怎么扣分","kpi","人事行政部经理",[L(C09,14)],[["扣2分/次"],["个人原因"]]),
    T("ellipsis","后勤投诉次数呢","kpi","人事行政部经理",[L(C09,18)],[["扣1分/次"],["5%"]])])
# 20 cx09 retention
fu("hr","人事行政部经理的员工保有率怎么打分","人事行政部经理",None,[L(C09,19)],[["70%"],["5分"]],
   [T("pronoun","这个指标权重多少，属于哪一类","kpi","人事行政部经理",[L(C09,19)],[["5%"],["学习成长革新类"]]),
    T("switch_item","有没有权重是0的指标","kpi","人事行政部经理",[L(C09,15)],[["工作流程改善目标完成率"],["0%"]]),
    OOS("oos","人事行政部经理年薪大概多少","人事行政部经理")])
# 21 cx10 GBK shop assistant
fu("hr","导购员的任职要求","导购",None,[L(C10,31,39)],[["学历不限"],["轮班"],["粤语"]],
   [T("pronoun","那他归谁管，对谁负责","attribute","导购",[L(C10,43)],[["店长"],["接受其领导","负责"]],"reports_to"),
    T("switch_attribute","每天一早要干些啥","duty","导购",[L(C10,47,49)],[["样板"],["POP"]]),
    T("more","还有呢？","duty","导购",[L(C10,9,17),L(C10,43,51)],[["收银","导购工作","销售"],["卫生","盘点","补货"]])])
# 22 cx11 front desk schedule
fu("new_hire","酒店前台怎么排班","酒店前台","benefits",[L(C11,15)],[["两班轮班"],["16:00"]],
   [T("ellipsis","每月能休几天，节假日咋办","attribute","酒店前台",[L(C11,14)],[["4天"],["调休"]],"benefits"),
    T("ellipsis","管吃住吗，还有啥福利","attribute","酒店前台",[L(C11,16)],[["免费食宿"],["生日"]],"benefits"),
    OOS("ellipsis+oos","那工资多少钱","酒店前台")])
# 23 cx11 front desk duties
fu("manager","前台每天主要做些什么","酒店前台",None,[L(C11,3,7)],[["入住"],["退房结算"],["预订"],["客诉"]],
   [T("ordinal","第4点展开讲讲呗","duty","酒店前台",[L(C11,6)],[["安抚情绪"],["上报主管"]]),
    T("switch_attribute","遇到客人要延迟退房怎么办","qualification","酒店前台",[L(C11,11)],[["灵活处理"],["延迟退房"]]),
    OOS("oos","上海哪家酒店前台工资高")])
# 24 cx12 admin supervisor
fu("new_hire","行政主管的直属上级是谁，批准人是谁","行政主管","reports_to",[L(C12,9,10),L(C12,20,21)],[["行政经理"],["总经理"]],
   [T("ellipsis","他属于哪个部门，工作概述是什么","attribute","行政主管",[L(C12,15,16),L(C12,26)],[["行政管理部"],["行政服务支持"]],"department"),
    T("pronoun","他负责的行政管理工作具体有哪些","duty","行政主管",[L(C12,39,47)],[["信息资料库"],["大事记"],["固定资产"]]),
    OOS("pronoun+oos","这块业绩怎么衡量","行政主管")])
# 25 cx12 time allocation
fu("hr","行政经理助理的时间分配是怎样的","行政主管",None,[L(C12,32),L(C12,38),L(C12,48)],[["65%"],["15%"]],
   [T("superlative","占比最大的那块具体做啥","duty","行政主管",[L(C12,39,47)],[["办公用品"],["食堂"],["年会"]]),
    OOS("switch_attribute+oos","这个岗位工作地点在哪里","行政主管")])
# 26 cx13 HR specialist
fu("hr","人资专员对学历专业有啥要求","人力资源专员",None,[L(C13,3)],[["本科"],["人力资源"]],
   [T("ellipsis","那英语和电脑方面的要求呢","attribute","人力资源专员",[L(C13,6)],[["中英文"],["MS Office","计算机"]],"skills"),
    T("switch_role","招聘专员一级的行为标准里转正考核怎么做","duty","招聘专员",[L(C13,15,17)],[["待转正员工"],["转正"]]),
    T("ordinal","2.3说的是啥","duty","招聘专员",[L(C13,19,20)],[["员工关系专员"],["录入数据"]])])
# 27 cx14 tab KPI
fu("manager","财务部内控与财务分析KPI里，财务分析报告权重多少，多久考一次","财务分析会计",None,[L(C14,4)],[["30%"],["季"]],
   [T("pronoun","它的评分看哪几方面","kpi","财务分析会计",[L(C14,12,16)],[["格式"],["数据的准确性"],["数据的有效性"],["报告提交的及时性"]]),
    T("typo_short","月底结账怎么考核","kpi","财务分析会计",[L(C14,6,7)],[["及时性50%"],["耽误一次得0分"],["错一次得80分"]]),
    T("ellipsis","利润中心那项呢","kpi","财务分析会计",[L(C14,5)],[["20%"],["有效投诉"]])])
# 28 cx15 academic affairs
fu("new_hire","教务岗对学历有什么要求","教务","education",[L(C15,5)],[["大学专科","专科"],["师范"]],
   [T("ellipsis","那之前的工作经历要多久","attribute","教务",[L(C15,6)],[["2年以上"],["1年以上同岗位"]],"experience"),
    T("switch_attribute","性别和形象有限制吗","qualification","教务",[L(C15,3,4)],[["男女不限"],["五官端正","亲和力"]]),
    OOS("oos","教务这个岗工资多少","教务")])
# 29 cx16 payroll
fu("hr","薪酬核算专员要几年经验","薪资核算专员","experience",[L(C16,16)],[["2年以上"],["薪酬核算经验"]],
   [T("pronoun","他负责个税吗","duty","薪资核算专员",[L(C16,9)],[["个人所得税"],["汇算清缴"]]),
    T("ordinal","第七条讲的什么","duty","薪资核算专员",[L(C16,10)],[["年终奖"],["个税优化"]]),
    T("switch_attribute","他需要熟悉哪些法律法规","qualification","薪资核算专员",[L(C16,17)],[["劳动法"],["个人所得税法"]])])
# 30 cx02 -> cx01 goals
fu("manager","车辆调度员的业绩标准是什么","车辆调度员",None,[Q(C02,"1.工作及时率达95%以上"),Q(C02,"2.客户满意率达90%以上"),Q(C02,"4.突发事件处理及时率达100%")],[["95%"],["客户满意率"],["突发事件处理及时率"]],
   [T("switch_attribute","工作难点和禁忌各是什么","duty","车辆调度员",[Q(C02,"人员车辆及时到位"),Q(C02,"服务态度不好")],[["人员车辆及时到位"],["服务态度不好"]]),
    T("switch_role","财务部经理的岗位目标呢","kpi","财务部经理",[Q(C01,"1、经营管理成本预、核算准确率100;"),Q(C01,"3、库存周转率、应收账款周转率小于期间额定标准;")],[["准确率100"],["库存周转率"]]),
    T("ordinal","它的第七条呢","kpi","财务部经理",[Q(C01,"7、无发生财务管理重大责任事故;")],[["重大责任事故"],["财务管理"]])])

items=[]; forms={}
for i,c in enumerate(FU,1):
    iid=f"r47x-fu-{i:02d}"
    items.append({"id":iid,"persona":c["persona"],"intent":"followup","question":c["q"],"role":c["role"],
        "attribute":c["attr"],"evidence":c["ev"],"key_points":c["kp"],"expect_refusal":False,
        "turns":[t for _,t in c["turns"]],"tool":None})
    forms[iid]=[f for f,_ in c["turns"]]
S=[
 {"id":"r47x-jd-01","persona":"hr","intent":"jd","question":"帮我写一份数控平面钻工的岗位说明书","role":"数控平面钻工","attribute":None,
  "evidence":[L(C07,193,199)],"key_points":[["平面数控设备"],["钢结构一次生产线"]],"expect_refusal":False,"turns":None,
  "tool":{"kind":"jd","role":"数控平面钻工","must_cite_files":[C07],"expect_sections":["duties","qualifications"]}},
 {"id":"r47x-kd-01","persona":"manager","intent":"kpi_design","question":"给资金部设计5个KPI","role":"资金部","attribute":None,
  "evidence":[Q(C04,"公司资金预算达成率"),Q(C04,"资金收支准确度"),Q(C04,"资金筹集计划编制及时率")],
  "key_points":[["公司资金预算达成率"],["资金收支准确度"],["资金筹集计划编制及时率"]],"expect_refusal":False,"turns":None,
  "tool":{"kind":"kpi_design","role":"资金部","count":5,"must_cite_files":[C04],"expected_indicators":["公司资金预算达成率","资金收支准确度","资金筹集计划编制及时率"]}},
 {"id":"r47x-attr-01","persona":"new_hire","intent":"attribute","question":"模具厂机械技术员要什么学历，年龄限多少","role":"机械技术员","attribute":"education",
  "evidence":[Q(C05,"机械技术底子深厚，有创新精神")],"key_points":[["大专"],["20-45"]],"expect_refusal":False,"turns":None,"tool":None},
 {"id":"r47x-duty-01","persona":"new_hire","intent":"duty","question":"电气技术储备岗进去主要做什么","role":"电气技术储备","attribute":None,
  "evidence":[L(C07,257,263)],"key_points":[["维修电工"],["电气原理"]],"expect_refusal":False,"turns":None,"tool":None},
 {"id":"r47x-oos-01","persona":"hr","intent":"out_of_scope","question":"公司想招个仓储主管，他的职责有哪些","role":None,"attribute":None,
  "evidence":[],"key_points":[],"expect_refusal":True,"turns":None,"tool":None},
 {"id":"r47x-kpi-01","persona":"manager","intent":"kpi","question":"企业内控制度的调整这个指标由谁打分、占多少权重","role":"财务分析会计","attribute":None,
  "evidence":[L(C14,3)],"key_points":[["经理打分"],["25%"]],"expect_refusal":False,"turns":None,"tool":None},
]
items+=S
with open(HERE/"set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open(HERE/"forms.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print(len(items),"items,",sum(len(v) for v in forms.values()),"later turns")
