# generates set.jsonl for round75/ship (shipped corpus, 5 scraped essays)
import json
F0='000_9eeea241028b3f98.txt'; F1='001_96a5821ba6a26479.txt'; F2='002_0ddfcbd208019869.txt'
F3='003_7b824fd5cb031c95.txt'; F4='004_ac9c22820f98b245.txt'
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,q,role,attr,evid,kp,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,
      "evidence":evid,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(q,intent,role,evid,kp,attr=None):
    d={"question":q,"intent":intent,"role":role,"evidence":evid,"key_points":kp}
    if intent=="attribute": d["attribute"]=attr
    return d
P='r75s-'
# ---- duty (16)
add(P+'duty-01','new_hire','duty','期货公司的开户专员每天主要干点啥?','开户专员',None,[ev(F0,351,359)],[["期货开销户","开销户"],["档案管理"],["客户资料变更"]])
add(P+'duty-02','hr','duty','客服中心那个客户关系专员,具体负责哪几块','客户关系专员',None,[ev(F0,373,381)],[["客户分级维护","分级维护"],["客户数据分析"],["CRM"]])
add(P+'duty-03','new_hire','duty','大连营业部招的交易专员平时做什么工作呀','交易专员',None,[ev(F0,417,419)],[["来电交易委托","交易委托"],["客户风险控制","风险控制"],["行情查询"]])
add(P+'duty-04','new_hire','duty','行政助理要负责哪些杂事,接电话算不算','行政助理',None,[ev(F0,465,479)],[["总机"],["来访人员"],["考勤"]])
add(P+'duty-05','manager','duty','技术二部的软件开发岗,职位描述里写了要做什么','软件开发工程师',None,[ev(F0,535,543)],[["财务软件"],["数据产品平台"],["行情平台"]])
add(P+'duty-06','new_hire','duty','做快递业务员主要得负责些啥','快递业务员',None,[ev(F0,603,615)],[["收送快件"],["开拓新市场","发展新客户"],["遗失","突发事件"]])
add(P+'duty-07','manager','duty','养生馆的店长要管哪些事','店长',None,[ev(F1,11,27)],[["奖罚制度"],["培训员工"],["客源拓展"]])
add(P+'duty-08','hr','duty','按摩技师部门的主管平时负责什么','按摩技师部门主管',None,[ev(F1,109,117)],[["卫生"],["消耗品"],["考核"]])
add(P+'duty-09','hr','duty','负责呼叫中心业务数据汇总分析的那个岗位,具体职责是啥',None,None,[ev(F1,225,243)],[["满意度调查"],["历史录音"],["知识库"]])
add(P+'duty-10','new_hire','duty','家装业务员一般要干哪些活?','家装业务员',None,[ev(F2,100,132)],[["签单"],["客户邀约"],["小区"]])
add(P+'duty-11','hr','duty','外贸业务经理的工作职责整理一下','外贸业务经理',None,[ev(F2,159,183)],[["新客户"],["客户拜访","询盘"],["销售目标"]])
add(P+'duty-12','new_hire','duty','内贸业务员要做些什么,听说要会用阿里巴巴?','内贸业务员',None,[ev(F2,222,251)],[["开发新客户"],["老客户"],["阿里巴巴"]])
add(P+'duty-13','manager','duty','物业客服中心经理的职责是啥','客户服务中心经理',None,[ev(F4,73,86)],[["例会"],["投诉记录"],["管理费催缴"]])
add(P+'duty-14','hr','duty','合规发展部的制度专员负责哪些工作','制度专员',None,[ev(F0,293,297)],[["合规管理培训","合规"],["反洗钱"],["调查处理"]])
add(P+'duty-15','new_hire','duty','中行的风险控制类岗位主要做什么','风险控制类',None,[ev(F2,197,199)],[["信用风险"],["风险指标"],["全面风险管理"]])
add(P+'duty-16','new_hire','duty','金融公司的客服专员要做哪些','客服专员',None,[ev(F2,267,273)],[["客户咨询"],["投诉"],["购卡"]])
# ---- qualification (12)
add(P+'qual-01','hr','qualification','行政助理招人有啥要求?年龄卡不卡','行政助理',None,[ev(F0,481,493)],[["28岁以下"],["普通话"],["大专以上学历","大专"]])
add(P+'qual-02','hr','qualification','总部财务部招财务人员的任职资格','财务人员',None,[ev(F0,501,511)],[["30岁以下"],["3年以上财务工作经验"],["用友"]])
add(P+'qual-03','new_hire','qualification','中国银行技术岗招人要什么条件','技术',None,[ev(F2,211,213)],[["211/985","计算机相关专业"],["3年"]])
add(P+'qual-04','hr','qualification','软件开发工程师要会哪些编程语言,经验要几年','软件开发工程师',None,[ev(F0,545,555)],[["C#"],["Java"],["一年以上的开发经验","一年以上"]])
add(P+'qual-05','new_hire','qualification','研究院分析师对学历和专业有啥要求','分析师',None,[ev(F0,199,203)],[["研究生及以上学历","研究生"],["经济学"],["计算机"]])
add(P+'qual-06','hr','qualification','人力资源专员的任职要求有哪些','人力资源专员',None,[ev(F0,221,227)],[["人力资源相关专业"],["人力资源管理知识"],["语言表达能力"]])
add(P+'qual-07','new_hire','qualification','想应聘大连营业部交易专员,需要啥资格','交易专员',None,[ev(F0,407,415)],[["期货从业资格"],["交割业务"],["本科"]])
add(P+'qual-08','hr','qualification','产品服务专员招聘条件是什么,性格有要求吗','产品服务专员',None,[ev(F0,301,309)],[["性格外向"],["社团负责人"],["组织培训的经验"]])
add(P+'qual-09','new_hire','qualification','当老师的任职资格有哪些,要什么证','教师',None,[ev(F0,653,661),ev(F0,681,697)],[["教师资格证"],["普通话证书"]])
add(P+'qual-10','new_hire','qualification','中行柜员这个香饽饽岗位有什么要求','柜员',None,[ev(F2,208,210)],[["从业资格"],["推广产品"]])
add(P+'qual-11','hr','qualification','营业部市场开发专员任职要求','市场开发专员',None,[ev(F0,443,451)],[["市场营销"],["期货从业资格证书"],["业务拓展能力"]])
add(P+'qual-12','hr','qualification','顾问服务专员招人看重哪些条件呀','顾问服务专员',None,[ev(F0,321,327)],[["性格外向"],["人际关系"],["本科"]])
# ---- attribute (8)
add(P+'attr-01','new_hire','attribute','行政助理是哪个部门的','行政助理','department',[ev(F0,463)],[["行政部"],["行政助理"]])
add(P+'attr-02','new_hire','attribute','期货市场开发专员能在哪几个城市干','市场开发专员','location',[ev(F0,451)],[["北京"],["宁波"],["郑州"]])
add(P+'attr-03','hr','attribute','大连营业部财务专员要会用什么财务软件','财务专员','skills',[ev(F0,391)],[["用友"],["财务软件"]])
add(P+'attr-04','new_hire','attribute','大客户经理平时听谁的指令,上级是哪个','大客户经理','reports_to',[ev(F4,118,122)],[["营运总监"],["指令和监督","监督"]])
add(P+'attr-05','manager','attribute','邮政大客户经理业绩工资基数一个月多少钱','大客户经理','pay',[ev(F1,135)],[["800元"],["业绩工资"]])
add(P+'attr-06','hr','attribute','人力资源专员要求什么专业毕业','人力资源专员','major',[ev(F0,223)],[["人力资源相关专业"],["本科"]])
add(P+'attr-07','new_hire','attribute','大连的信息技术专员有证书要求吗','信息技术专员','certificate',[ev(F0,431,433)],[["Cisco认证证书","Cisco"],["期货从业资格"]])
add(P+'attr-08','hr','attribute','网管岗要几年工作经验','网络管理员','experience',[ev(F0,525)],[["一年以上"],["网络维护"]])
# ---- method / kpi (4)
add(P+'method-01','manager','method','分析职责的客户要求时一般从哪几个维度去想',None,None,[ev(F0,157)],[["多、快、好、省","多快好省"],["及时、准确"]])
add(P+'method-02','hr','method','提炼岗位KPI时指标和职责的相关度怎么打分',None,None,[ev(F0,171)],[["直接相关评5分","5分"],["比较相关评3分","3分"],["一般相关评1分","1分"]])
add(P+'kpi-01','manager','kpi','邮政大客户经理业绩工资考核哪几项指标,各占多少分','大客户经理',None,[ev(F1,147,155)],[["基础工作"],["信息反馈"],["大客户营销"],["20分"]])
add(P+'kpi-02','manager','kpi','银行绩效考核客户维度一般选哪些指标',None,None,[ev(F0,65)],[["新增对公存款账户数"],["客户满意度"],["百万元以上对公客户流失数"]])
# ---- jd (2)
add(P+'jd-01','hr','jd','帮我写一份期货公司市场开发专员的招聘JD','市场开发专员',None,[ev(F0,441,459)],[["客户开发"],["客户指导"],["盯市"]],
    tool={"kind":"jd","role":"市场开发专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add(P+'jd-02','manager','jd','给大客户经理出一份岗位说明书草稿','大客户经理',None,[ev(F4,125,154)],[["大客户的开发"],["客户投诉"],["售后服务"]],
    tool={"kind":"jd","role":"大客户经理","must_cite_files":[F4],"expect_sections":["duties","qualifications"]})
# ---- kpi_design (2)
add(P+'kd-01','manager','kpi_design','给支行客户经理设计一套KPI考核指标','客户经理',None,[ev(F0,91)],[["日均存款新增额"],["中间业务收入"],["新增个人VIP客户数"],["客户经理与潜在客户的接触次数"]],
    tool={"kind":"kpi_design","role":"客户经理","count":None,"must_cite_files":[F0],"expected_indicators":["日均存款新增额","中间业务收入","新增个人VIP客户数","客户经理与潜在客户的接触次数"]})
add(P+'kd-02','hr','kpi_design','销售人员的定量考核指标帮我设计5个','销售人员',None,[ev(F0,131)],[["销售量"],["回款额"],["利润额"],["市场占有率"]],
    tool={"kind":"kpi_design","role":"销售人员","count":5,"must_cite_files":[F0],"expected_indicators":["销售量","回款额","利润额","市场占有率"]})
# ---- followup (8)
add(P+'fu-01','new_hire','followup','快递业务员直属上司是谁','快递业务员','reports_to',[ev(F0,601)],[["快递业务主管"],["直属上司","上级"]],turns=[
    T('那他属于哪个部门?','attribute','快递业务员',[ev(F0,599)],[["业务部"],["所属部门","部门"]],attr='department'),
    T('他的工作内容第3条是什么','duty','快递业务员',[ev(F0,623)],[["拜访客户"],["拜访跟踪表"]])])
add(P+'fu-02','new_hire','followup','期货研究院的分析师平时做些什么','分析师',None,[ev(F0,205,215)],[["分析研究"],["数据库"],["客户培训"]],turns=[
    T('上班城市能自己挑不','attribute','分析师',[ev(F0,217)],[["天津"],["其他城市"]],attr='location'),
    T('它归哪个部门管','attribute','分析师',[ev(F0,217)],[["研究院"],["总部"]],attr='department')])
add(P+'fu-03','hr','followup','人力资源专员要干什么','人力资源专员',None,[ev(F0,229,243)],[["招聘"],["培训体系"],["福利管理"]],turns=[
    T('招这个岗得满足哪些条件','qualification','人力资源专员',[ev(F0,221,227)],[["本科"],["人力资源相关专业"]]),
    T('职责里第五点说的是啥','duty','人力资源专员',[ev(F0,239)],[["员工档案"],["员工关系管理"]])])
add(P+'fu-04','manager','followup','养生会所的营销总监具体管什么','营销总监',None,[ev(F1,29,61)],[["营销策略"],["会员档案"],["大客户"]],turns=[
    T('第十四条展开讲讲','duty','营销总监',[ev(F1,59)],[["VIP客户"],["常客"]]),
    T('换成技术经理呢?','duty','技术经理',[ev(F1,79,107)],[["培训计划"],["考勤"],["仪容仪表"]])])
add(P+'fu-05','manager','followup','邮政大客户经理的工资由哪几块构成','大客户经理','pay',[ev(F1,131,133)],[["业绩工资"],["营销奖励"],["外勤津贴"]],turns=[
    T('信息反馈这一项怎么评分','kpi','大客户经理',[ev(F1,171,175)],[["可开发业务项目"],["18-20分","0-8分"]]),
    T('大客户服务和维护呢','kpi','大客户经理',[ev(F1,165,169)],[["回访次数"],["满意度"]])])
add(P+'fu-06','hr','followup','信用社客户经理发放新增贷款,出了问题谁负责?','客户经理',None,[ev(F2,6,8)],[["第一责任人"],["终身负责"]],turns=[
    T('六包是指哪六包','duty','客户经理',[ev(F2,9)],[["包考察"],["包收回"],["包赔偿"]]),
    T('3千到1万那档的贷款呢?','duty','客户经理',[ev(F2,16)],[["第一责任人"],["30%"]])])
add(P+'fu-07','new_hire','followup','移动网格经理主要负责啥','网格经理',None,[ev(F4,56,63)],[["网格团队"],["项目管理"],["风险"]],turns=[
    T('网格里的客户经理又是干嘛的','duty','网格客户经理',[ev(F4,64,70)],[["用户档案"],["欠费收缴"],["销售渠道"]]),
    T('网格经理月薪大概多少','out_of_scope','网格经理',[],[])])
add(P+'fu-08','new_hire','followup','中国银行客户营销类岗位是做什么的','客户经理',None,[ev(F2,191,193)],[["维护客户关系"],["金融产品"]],turns=[
    T('那产品支持那类岗位呢','duty','产品支持类',[ev(F2,194,196)],[["设计金融产品"],["营销活动"]]),
    T('信息科技类又负责什么','duty','信息科技类',[ev(F2,200,202)],[["应用软件"],["信息系统安全"]])])
# ---- out_of_scope (8)
for i,(q,persona) in enumerate([
    ('期货公司开户专员月薪一般多少','new_hire'),
    ('养生会所按摩技师做一个钟能提成多少','new_hire'),
    ('客户经理试用期按劳动法最长能约定几个月','hr'),
    ('软件开发岗要求会Java,顺便教我写个Java单例模式','new_hire'),
    ('护士长的岗位职责有哪些','hr'),
    ('区块链工程师要什么任职资格','hr'),
    ('岗厦交通银行那个网点几点开门','new_hire'),
    ('大客户经理的工作环境是怎样的','new_hire')],1):
    add(P+'oos-%02d'%i,persona,'out_of_scope',q,None,None,[],[])
with open('/work/main/evals/trials/round75/ship/set.jsonl','w') as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+'\n')
print(len(items))
