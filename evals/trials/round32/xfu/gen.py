import json
F={1:"cx01_财务部经理岗位说明书.docx",2:"cx02_车辆调度员岗位说明书.docx",3:"cx03_培训部工作手册.docx",4:"cx04_部门KPI指标库.xlsx",
5:"cx05_招聘岗位一览.xlsx",6:"cx06_技术岗位招聘信息.csv",7:"cx07_人才招聘.html",8:"cx08_培训学校出纳岗位说明书.pdf",
9:"cx09_人事行政部经理绩效考核表.md",10:"cx10_导购岗位职责.txt",11:"cx11_酒店前台职位描述.txt",12:"cx12_行政主管岗位说明书.txt",
13:"cx13_人力资源招聘专员行为标准.txt",14:"cx14_财务部内控与财务分析KPI组成表.txt",15:"cx15_教务工作岗位素能.txt",16:"cx16_薪资核算专员职位描述.txt"}
def L(f,a,b): return {"file":F[f],"line_start":a,"line_end":b}
def Q(f,q): return {"file":F[f],"quote":q}
def T(q,intent,role,ev,kp,form,attr=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    if intent=="out_of_scope": d["evidence"]=[]; d["key_points"]=[]
    return (d,form)
items=[];forms={}
def conv(n,persona,q,intent,role,ev,kp,turns,attr=None):
    iid=f"xfu-fu-{n:02d}"
    it={"id":iid,"persona":persona,"intent":"followup","question":q,"role":role,"attribute":attr,"evidence":ev,"key_points":kp,
        "expect_refusal":False,"turns":[t[0] for t in turns],"tool":None}
    for i,t in enumerate(turns,2): forms[f"{iid}#{i}"]=t[1]
    forms[f"{iid}#1"]="first:"+intent
    items.append(it)
def single(n,persona,intent,q,role,ev,kp,attr=None,tool=None):
    iid=f"xfu-{ {'duty':'duty','qualification':'qual','attribute':'attr','kpi':'kpi','jd':'jd','kpi_design':'kd','out_of_scope':'oos'}[intent]}-{n:02d}"
    items.append({"id":iid,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,"evidence":ev,"key_points":kp,
        "expect_refusal":intent=="out_of_scope","turns":None,"tool":tool})
    forms[f"{iid}#1"]="single:"+intent

R2="车辆调度员"
d2=[Q(2,"根据客户有车需求,对人员车辆进行合理调配"),Q(2,"2.车辆值班安排"),Q(2,"根据司机出车情况进行考核"),Q(2,"做好司机出差、加班以及行车公里、油料等统计工作")]
conv(1,"new_hire","咱们车队那个车辆调度员，一天到晚忙些什么","duty",R2,d2,[["合理调配","调配"],["值班"],["考核","考勤"]],[
 T("跟着谁干，上面管他的是哪个","attribute",R2,[Q(2,"车辆租赁中心主任")],[["车辆租赁中心"],["主任"]],"pronoun+attribute","reports_to"),
 T("招他对文化程度和所学专业有讲究吗","attribute",R2,[Q(2,"高中及以上"),Q(2,"汽车修理专业")],[["高中"],["汽车修理"]],"ellipsis+attribute","education"),
 T("行，照这个给他弄份岗位说明书JD出来","duty",R2,d2,[["调配"],["值班"],["考核","考勤"]],"tool_jd"),
])
R8="出纳"
conv(2,"new_hire","培训学校那边的出纳，日常手头都有哪些活","duty",R8,[Q(8,"每天报财务“资金汇报”"),Q(8,"按领导审批过的退费手续,为客户办理退费结算"),Q(8,"学校发票、收据业务办理")],[["资金汇报"],["退费"],["发票"]],[
 T("她的工作向哪位领导报","attribute",R8,[Q(8,"直接主管:分校校长")],[["分校校长"],["直接主管"]],"attribute","reports_to"),
 T("那第七项具体咋操作","duty",R8,[Q(8,"按领导审批过的退费手续,为客户办理退费结算")],[["退费结算","退费"],["审批"]],"ordinal"),
 T("她手里得有啥证书才行","attribute",R8,[Q(8,"会计、金融类专业大专或以上学历,会计从业资格证")],[["会计从业资格证"],["从业资格"]],"pronoun+attribute","certificate"),
])
RT="测试工程师（测试经理）"
conv(3,"hr","慧算账那个测试经理，得有几年测试经验才够格","attribute",RT,[L(6,58,59)],[["5年以上"],["团队管理"]],[
 T("这个岗位的办公城市是哪儿","attribute",RT,[L(6,50,50)],[["广州"],["慧算账"]],"attribute","location"),
 T("DBA换过来看呢","attribute","DBA",[L(6,62,62)],[["广州"],["慧算账"]],"switch","location"),
 T("这俩对专业背景的要求差别在哪","qualification",None,[L(6,58,58),L(6,70,70)],[["计算机相关"],["信息安全","网络工程","通信"]],"comparison"),
],attr="experience")
RC="采购员"
conv(4,"manager","钢构厂采购员的活儿包括哪些","duty",RC,[L(7,155,178)],[["采购制度"],["与供应商谈判","供应商谈判"],["采购计划"]],[
 T("倒数第二项讲的啥","duty",RC,[L(7,173,175)],[["仓储"],["验收"]],"ordinal_last"),
 T("年纪上卡不卡人","qualification",RC,[L(7,150,150)],[["45周岁以下","45岁以下"],["男"]],"ellipsis"),
 T("今天钢材价格多少一吨","out_of_scope",None,[],[],"oos"),
])
RP="生产主管"
conv(5,"manager","生产主管这个岗位招几个人、负责什么","duty",RP,[Q(5,"生产主管（2名）"),Q(5,"车间日常生产管理")],[["车间日常生产管理"],["简化生产流程"],["2名"]],[
 T("那招生产主管门槛高不高","qualification",RP,[Q(5,"本科以上，25-45岁，注塑类相关专业")],[["本科以上"],["注塑"],["两年以上"]],"ellipsis"),
 T("研发经理换过来看看呢","qualification","研发经理",[Q(5,"20-45岁，模具设计类专业")],[["本科以上"],["模具设计"]],"switch"),
 T("回到刚才生产主管，他要几年行业经验","attribute",RP,[Q(5,"本科以上，25-45岁，注塑类相关专业")],[["两年以上"],["相关行业"]],"back","experience"),
])
RF="酒店前台"
conv(6,"new_hire","酒店前台早晚班各是几点","attribute",RF,[L(11,15,15)],[["两班轮班"],["16:00"]],[
 T("一个月给放几天假","attribute",RF,[L(11,14,14)],[["4天"],["调休"]],"attribute","benefits"),
 T("那还有其他福利待遇吗，说全一点","attribute",RF,[L(11,16,16)],[["生日"],["食宿"]],"more","benefits"),
 T("那她的核心工作内容第二条呢","duty",RF,[L(11,4,4)],[["退房结算"],["收银系统"]],"ordinal"),
],attr="benefits")
R1="财务部经理"
conv(7,"hr","袜厂那个财务经理必须持什么资格证书","attribute",R1,[Q(1,"会计师资格证书")],[["会计师"],["资格证书"]],[
 T("他手底下带几个兵，都是啥岗","attribute",R1,[Q(1,"财务会计、出纳"),Q(1,"成本会计")],[["出纳"],["财务会计","成本会计"]],"pronoun+attribute","subordinates"),
 T("之前的工作经历得满足啥条件","attribute",R1,[Q(1,"八年以工业企业财务管理经验,至少五年同职经历;")],[["八年"],["五年"]],"ellipsis+attribute","experience"),
 T("跟车辆调度员比，两人谁要求的工作年限长","qualification",None,[Q(1,"八年以工业企业财务管理经验,至少五年同职经历;"),Q(2,"4年以上相关工作经验")],[["八年"],["4年"]],"comparison"),
],attr="certificate")
R9="人事行政部经理"
k9=[["人事行政成本控制"],["工作目标完成率"],["部门员工保有率"],["后勤投诉次数"]]
conv(8,"manager","人事行政部经理每月打分看哪几项指标","kpi",R9,[L(9,8,23)],k9,[
 T("这些里头占比最重的一项是哪个","kpi",R9,[L(9,14,14)],[["绩效、薪资管理完成率"],["15%"]],"ellipsis"),
 T("这一项具体咋扣分","kpi",R9,[L(9,14,14)],[["扣2分/次"],["个人原因"]],"pronoun"),
 T("给这个岗位出一套考核KPI，挑5个就行","kpi",R9,[L(9,8,23)],[["人事行政成本控制"],["工作目标完成率"],["绩效、薪资管理完成率"]],"tool_kpi"),
])
conv(9,"hr","人力资源部的指标库中，招聘那块有哪几项考核","kpi","人力资源部",[Q(4,"招聘空缺职位所需的平均天数"),Q(4,"人员编制控制率")],[["招聘空缺职位所需的平均天数"],["人员编制控制率"]],[
 T("第二个指标的公式是啥","kpi","人力资源部",[Q(4,"(实际人数/计划编制人数)*100%")],[["实际人数"],["计划编制人数"]],"ordinal"),
 T("那费用预算这一类呢","kpi","人力资源部",[Q(4,"部门费用预算达成率"),Q(4,"薪资总量预算安排达成率"),Q(4,"招聘费用预算达成率"),Q(4,"培训费用预算达成率")],[["部门费用预算达成率"],["薪资总量预算安排达成率"],["招聘费用预算达成率"],["培训费用预算达成率"]],"switch"),
 T("员工满意度这个数是从哪儿采集的","kpi","人力资源部",[Q(4,"员工满意度调查")],[["员工满意度调查"],["满意度调查"]],"attribute"),
])
R14="财务部"
conv(10,"manager","财务部搞内控和做财务分析的，考核几项KPI、各占几成","kpi",R14,[L(14,3,7)],[["企业内控制度的调整"],["财务分析报告"],["利润中心的操作维护"],["月底结帐处理"],["30%"]],[
 T("财务分析报告那项的评分表展开说说","kpi",R14,[L(14,9,17)],[["格式"],["数据的准确性"],["报告提交的及时性"]],"expand"),
 T("月底结帐处理要是出错两回能得多少分","kpi",R14,[L(14,7,7)],[["60分"],["错二次"]],"attribute"),
 T("做财务分析会计一个月能拿多少钱","out_of_scope",None,[],[],"oos"),
])
R16="薪资核算专员"
conv(11,"new_hire","薪资核算专员具体负责啥","duty",R16,[L(16,4,13)],[["月度薪资计提","计提"],["个税申报"],["年终奖"],["薪资发放"]],[
 T("第六条给我展开讲讲","duty",R16,[L(16,9,9)],[["个人所得税"],["汇算清缴"]],"ordinal"),
 T("他需要了解哪些法律和政策","attribute",R16,[L(16,17,17)],[["劳动法"],["个人所得税法"],["社保公积金"]],"pronoun+attribute","skills"),
 T("个人所得税起征点现在调到多少了","out_of_scope",None,[],[],"oos"),
])
R12="行政主管"
conv(12,"new_hire","行政主管向哪位领导汇报","attribute",R12,[L(12,9,10)],[["行政经理"],["直属上级"]],[
 T("他编在什么部门","attribute",R12,[L(12,15,16)],[["行政管理部"],["所在部门"]],"ellipsis+attribute","department"),
 T("他时间占比最大的那块工作包括什么","duty",R12,[L(12,38,47)],[["65"],["大事记"],["固定资产"],["年会"]],"pronoun"),
 T("那这些工作干得好不好按什么标准评","out_of_scope",R12,[],[],"oos_nearmiss"),
],attr="reports_to")
R10="导购"
conv(13,"new_hire","卖场导购员具体做啥","duty",R10,[L(10,9,17),L(10,23,29),L(10,43,51)],[["接待顾客"],["收银"],["陈列"],["清洁"]],[
 T("那招导购有什么条件","qualification",R10,[L(10,33,39)],[["学历不限"],["轮班"],["粤语"]],"ellipsis"),
 T("她的工作向谁汇报，直接领导是哪个","attribute",R10,[L(10,43,43)],[["店长"],["负责"]],"pronoun+attribute","reports_to"),
 T("导购员卖一单提成大概多少","out_of_scope",None,[],[],"oos"),
])
conv(14,"hr","钢结构厂的焊工上岗要持什么证","attribute","焊工",[L(7,133,133)],[["焊工证"],["质监局"]],[
 T("年纪卡在多少岁以内","qualification","焊工",[L(7,130,130)],[["40岁以下"],["男性"]],"ellipsis"),
 T("铆工那边又是什么情况","qualification","铆工",[L(7,140,143)],[["40岁以下"],["男"]],"switch"),
 T("这两个工种谁对工作年限有明确要求","qualification",None,[L(7,130,143)],[["铆工"],["3年以上"]],"comparison"),
],attr="certificate")
conv(15,"new_hire","钢构厂机修工日常都负责哪些事","duty","机修工",[L(7,277,289)],[["保养"],["巡回检查"],["故障"]],[
 T("保养那一项再细掰扯一下","duty","机修工",[L(7,280,282)],[["二级保养"],["一级保养"]],"ordinal"),
 T("维修电工换过来看呢","duty","维修电工",[L(7,306,320)],[["例保"],["大修"]],"switch"),
 T("他年纪最大能到多少岁","qualification","维修电工",[L(7,303,303)],[["50周岁以下"],["男"]],"pronoun"),
])
R3="培训部经理"
conv(16,"manager","培训部经理这个角色要操心哪些事","duty",R3,[Q(3,"责培训部的日常管理工作。"),Q(3,"责培训部员工的工作安排与绩效考核。"),Q(3,"g)负责培训市场的开拓")],[["日常管理"],["绩效考核"],["培训市场的开拓"]],[
 T("他下面都有谁","attribute",R3,[Q(3,"其中培训部经理1名,培训顾问1名,培训助理1名")],[["培训顾问"],["培训助理"]],"pronoun+attribute","subordinates"),
 T("那培训顾问手上的活都有啥","out_of_scope","培训顾问",[],[],"switch_oos"),
 T("再回到培训部经理，他职责列表最后那条讲的是啥","duty",R3,[Q(3,"协助市场部进行培训市场开发工作")],[["协助市场部"],["可行性"]],"back+ordinal_last"),
])
RG="Golang 后端"
conv(17,"hr","云霁的Go后端招几年经验的","attribute",RG,[L(6,35,35)],[["2-5年"],["Golang"]],[
 T("那上班地点在哪些城市","attribute",RG,[L(6,27,27)],[["杭州"],["远程"]],"ellipsis+attribute","location"),
 T("能加分的条件有哪些，列一下","qualification",RG,[L(6,44,49)],[["terraform"],["开源作品"],["运维开发"]],"ellipsis"),
 T("帮我写个golang的goroutine泄漏排查脚本","out_of_scope",None,[],[],"oos"),
],attr="experience")
conv(18,"new_hire","宝洁平台SRE这个职位招人看重哪些条件","qualification","平台Site Reliability Engineer",[L(6,124,129)],[["4年以上系统管理员"],["K8S"],["英语"]],[
 T("办公地址具体在哪，广州哪片","attribute","平台Site Reliability Engineer",[L(6,122,122)],[["广州"],["珠江新城"]],"attribute","location"),
 T("美团成都那个前端的工作地换过来看看","attribute","前端工程师",[L(6,75,75)],[["成都"],["美团"]],"switch","location"),
 T("它的岗位亮点有哪些","duty","前端工程师",[L(6,92,95)],[["积极开放"],["PC/H5/RN/Native"],["配置化"]],"pronoun"),
])
conv(19,"hr","要满足哪些条件才能做人力资源专员","qualification","人力资源专员",[L(13,3,7)],[["本科及以上"],["1-2年"],["中英文"]],[
 T("那招聘专员一级要做到哪些","duty","人力资源招聘专员",[L(13,9,20)],[["招聘计划"],["转正"],["异动手续"]],"switch"),
 T("分成的第二大块具体有哪些内容","duty","人力资源招聘专员",[L(13,15,20)],[["转正通知","转正"],["异动手续"]],"ordinal"),
])
R15="教务"
conv(20,"hr","教务岗位的学历和经历要求","qualification",R15,[L(15,5,6)],[["大学专科"],["2年以上"],["1年以上同岗位"]],[
 T("对男女有没有限制","qualification",R15,[L(15,4,4)],[["男女不限"],["性别"]],"ellipsis"),
 T("除此之外还有啥硬性条件","qualification",R15,[L(15,3,3)],[["五官端正"],["亲和力"]],"more"),
 T("教务老师的带班课时费怎么算","out_of_scope",None,[],[],"oos"),
])
conv(21,"manager","文案策划要招几个，干啥的","duty","文案策划",[Q(5,"文案策划（2名）"),Q(5,"负责宣传推广文案及宣传资料文案的撰写")],[["宣传推广文案"],["刊物"],["2名"]],[
 T("那销售经理呢","duty","销售经理",[Q(5,"帮助业务经理处理订单的相关内容")],[["订单"],["出差"]],"switch"),
 T("他要出差去哪","attribute","销售经理",[Q(5,"帮助业务经理处理订单的相关内容")],[["上海"],["1~2次"]],"pronoun+attribute","location"),
 T("英语专业是必须的吗","qualification","销售经理",[Q(5,"20-35岁，英语专业者优先")],[["英语专业者优先"],["本科以上"]],"ellipsis"),
])
RB="生产技术部长"
conv(22,"manager","招生产技术部长得具备哪些资历","qualification",RB,[L(7,73,86)],[["10年以上"],["车间主任"],["钢构"]],[
 T("第三条的意思我没看懂，解释下","qualification",RB,[L(7,80,82)],[["1年及以上"],["事业部总经理"]],"ordinal"),
 T("那他具体要干哪些活，文档里写了吗","out_of_scope",RB,[],[],"ellipsis_oos"),
 T("帮他写一份JD","qualification",RB,[L(7,73,86)],[["设备动力管理"],["车间主任"]],"tool_jd"),
])
conv(23,"manager","调度员考核的业绩标准定的是多少","kpi",R2,[Q(2,"工作及时率达95%以上"),Q(2,"客户满意率达90%以上"),Q(2,"内部员工满意度达80%以上"),Q(2,"突发事件处理及时率达100%")],[["95%"],["90%"],["80%"],["100%"]],[
 T("工作难点和禁忌呢","duty",R2,[Q(2,"人员车辆及时到位"),Q(2,"服务态度不好")],[["及时到位"],["服务态度"]],"ellipsis"),
 T("工作目的写的是什么","attribute",R2,[Q(2,"为了满足客户用车需求")],[["用车需求"],["及时到位"]],"attribute","purpose"),
 T("这几个KPI帮我整理成考核表","kpi",R2,[Q(2,"工作及时率达95%以上"),Q(2,"客户满意率达90%以上"),Q(2,"突发事件处理及时率达100%")],[["工作及时率"],["客户满意率"],["突发事件处理及时率"]],"tool_kpi"),
])
conv(24,"new_hire","出纳这个岗隶属什么部门","attribute",R8,[Q(8,"部门/分支机构总校"),Q(8,"岗位代码所属部门财务部")],[["财务部"],["总校"]],[
 T("她底下带人吗","attribute",R8,[Q(8,"直接主管:分校校长")],[["无"],["直接下属"]],"ellipsis+attribute","subordinates"),
 T("从业年限要几年","attribute",R8,[Q(8,"2年以上出纳工作经验")],[["2年以上"],["出纳工作经验"]],"attribute","experience"),
 T("和袜业公司的财务部经理比，学历要求差在哪","qualification",None,[Q(8,"会计、金融类专业大专或以上学历,会计从业资格证"),Q(1,"会计专业本科学历")],[["大专"],["本科"]],"comparison"),
],attr="department")
conv(25,"hr","审计部用哪些关键指标来考核","kpi","审计部",[Q(4,"审计计划执行率"),Q(4,"审计报告一次经过率"),Q(4,"审计结果准确性"),Q(4,"审计报告归档率")],[["审计计划执行率"],["审计报告一次经过率"],["审计结果准确性"],["审计报告归档率"]],[
 T("第五个指标具体拿什么来衡量","kpi","审计部",[Q(4,"因审计证据不足而使审计结果被推翻的次数")],[["审计证据不足"],["推翻"]],"ordinal"),
 T("资金部那边的考核指标又是哪些","kpi","资金部",[Q(4,"公司资金预算达成率"),Q(4,"资金收支准确度"),Q(4,"资金头寸变动信息掌握的及时性")],[["公司资金预算达成率"],["资金收支准确度"],["资金头寸"]],"switch"),
 T("帮资金部设计KPI考核方案","kpi","资金部",[Q(4,"公司资金预算达成率"),Q(4,"资金收支准确度"),Q(4,"资金头寸变动信息掌握的及时性")],[["资金预算达成率"],["资金收支准确度"],["资金头寸"]],"tool_kpi"),
])
# singles
single(1,"hr","qualification","慧算账DBA岗对MySQL的掌握程度有什么要求","DBA",[L(6,71,74)],[["体系结构"],["高可用"],["备份"]])
single(2,"new_hire","duty","剪板机操作工主要操作哪台设备、干哪段活","剪板机操作工",[L(7,189,189)],[["剪板机操作"],["钢结构一次生产线"]])
single(3,"hr","attribute","高压值班电工上岗得持哪种证书","高压值班电工",[L(7,296,296)],[["高压电工资格证"],["三年以上"]],attr="certificate")
single(4,"manager","kpi","财务类部门KPI里，财务部自己考哪些指标","财务部",[Q(4,"公司财务预算达成率"),Q(4,"账务处理及时性"),Q(4,"现金收支准确性")],[["公司财务预算达成率"],["账务处理及时性"],["现金收支准确性"]])
single(5,"hr","jd","给京东物流的前端研发写一份招聘JD","前端研发工程师",[L(6,96,108)],[["物流供应链"],["React"],["小程序"]],
  tool={"kind":"jd","role":"前端研发工程师","must_cite_files":[F[6]],"expect_sections":["duties","qualifications"]})
single(6,"manager","kpi_design","人力资源部的考核指标帮我挑5个","人力资源部",[Q(4,"员工满意度调查"),Q(4,"人员编制控制率"),Q(4,"部门费用预算达成率"),Q(4,"员工工资出错次数")],[["员工满意度"],["人员编制控制率"],["部门费用预算达成率"],["员工工资出错次数"]],
  tool={"kind":"kpi_design","role":"人力资源部","count":5,"must_cite_files":[F[4]],"expected_indicators":["员工满意度","人员编制控制率","部门费用预算达成率","员工工资出错次数"]})
single(7,"new_hire","out_of_scope","入职以后一年能休几天年假",None,[],[])
single(8,"hr","out_of_scope","出纳对应的薪资级别定在哪一档","出纳",[],[])
single(9,"new_hire","attribute","Moka的产品经理-People那个岗位薪资多少","产品经理-People-成都",[L(6,13,13)],[["15k-40k"],["成都"]],attr="pay")
single(10,"new_hire","duty","百腾教育的前端开发负责什么系统","前端开发工程师",[L(6,109,111)],[["考试系统"],["监考系统"]])
with open("/work/main/evals/trials/round32/xfu/set.jsonl","w") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
json.dump(forms,open("/work/main/evals/trials/round32/xfu/forms.json","w"),ensure_ascii=False,indent=1)
print(len(items), sum(len(i["turns"] or []) for i in items))
ov={"xfu-fu-15#2":"expand","xfu-fu-12#2":"pronoun+attribute","xfu-fu-24#2":"pronoun+attribute","xfu-fu-05#2":"explicit",
"xfu-fu-13#2":"explicit","xfu-fu-03#2":"pronoun+attribute","xfu-fu-06#2":"ellipsis+attribute","xfu-fu-18#2":"ellipsis+attribute",
"xfu-fu-23#3":"ellipsis+attribute","xfu-fu-24#3":"ellipsis+attribute","xfu-fu-10#3":"explicit","xfu-fu-09#4":"explicit",
"xfu-fu-02#2":"pronoun+attribute","xfu-fu-21#3":"pronoun+attribute","xfu-fu-21#4":"ellipsis","xfu-fu-19#2":"switch"}
for k,v in ov.items():
    assert k in forms,k; forms[k]=v
json.dump(forms,open("/work/main/evals/trials/round32/xfu/forms.json","w"),ensure_ascii=False,indent=1)
import collections; print(collections.Counter(v for k,v in forms.items() if not k.endswith('#1')))
