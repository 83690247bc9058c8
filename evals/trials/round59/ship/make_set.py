"""Writes set.jsonl (round 59, shipped corpus, tester 'ship'). Run once, then frozen."""
import json, pathlib
F0 = "000_9eeea241028b3f98.txt"; F1 = "001_96a5821ba6a26479.txt"; F2 = "002_0ddfcbd208019869.txt"
F3 = "003_7b824fd5cb031c95.txt"; F4 = "004_ac9c22820f98b245.txt"

def ev(f, a, b=None):
    return {"file": f, "line_start": a, "line_end": b if b else a}

def kp(*groups):
    return [list(g) if isinstance(g, (list, tuple)) else [g] for g in groups]

items = []
def add(id, persona, intent, q, role, evidence, key_points, attribute=None, turns=None, tool=None):
    items.append({"id": id, "persona": persona, "intent": intent, "question": q, "role": role,
                  "attribute": attribute, "evidence": evidence, "key_points": key_points,
                  "expect_refusal": intent == "out_of_scope", "turns": turns, "tool": tool})

def turn(q, intent, role, evidence=(), key_points=(), attribute=None):
    t = {"question": q, "intent": intent, "role": role, "evidence": list(evidence), "key_points": list(key_points)}
    if attribute: t["attribute"] = attribute
    return t

P = "r59s-"
# ---- duty (16)
add(P+"duty-01","new_hire","duty","合规部那个制度专员平时干啥的?","制度专员",[ev(F0,293,297)],kp(("合规管理培训","反洗钱"),"合规事项"))
add(P+"duty-02","new_hire","duty","在客服中心当开户专员,每天都要处理哪些事务呀","开户专员",[ev(F0,351,359)],kp("开销户","档案管理","客户资料变更"))
add(P+"duty-03","hr","duty","期货公司客户关系专员的工作内容有哪些?","客户关系专员",[ev(F0,373,381)],kp("客户分级维护","客户数据分析","CRM系统"))
add(P+"duty-04","new_hire","duty","大连营业部的财务专员要负责哪些活儿","财务专员",[ev(F0,395,403)],kp("出市代表","出纳工作","会计工作","保险事务"))
add(P+"duty-05","new_hire","duty","行政部的行政助理具体做哪些事情?","行政助理",[ev(F0,465,479)],kp("电话总机","来访人员","办公用品","考勤"))
add(P+"duty-06","hr","duty","技术二部那边的软件开发岗,主要开发啥东西","软件开发工程师",[ev(F0,535,543)],kp("财务软件","数据产品平台","文档编写","交易平台"))
add(P+"duty-07","new_hire","duty","快递业务员的岗位职责都有啥","快递业业务员",[ev(F0,603,615)],kp("收送快件","客户的维护","开拓新市场","突发事件"))
add(P+"duty-08","manager","duty","连锁养生馆的店长日常要抓哪些工作","连锁养生会所店长",[ev(F1,11,27)],kp("工作计划","奖罚制度","督导日常工作","定期培训员工"))
add(P+"duty-09","new_hire","duty","按摩技师部门的主管负责什么","按摩技师部门主管",[ev(F1,111,117)],kp("协助部门经理","卫生","消耗品"))
add(P+"duty-10","hr","duty","呼叫中心做业务数据汇总分析的岗位,职责具体有哪几条?",None,[ev(F1,225,243)],kp("满意度调查","预审","历史录音","知识库"))
add(P+"duty-11","new_hire","duty","家装业务员一般都负责啥呀","家装业务员",[ev(F2,100,132)],kp("签单","客户邀约","小区"))
add(P+"duty-12","hr","duty","做外贸的业务经理,平常职责包括哪些方面","外贸业务经理",[ev(F2,159,183)],kp("新客户","销售目标","市场调研"))
add(P+"duty-13","new_hire","duty","导航公司的客服专员要干什么?","客服专员",[ev(F2,285,293)],kp("监控管理平台","车载设备","技术答疑"))
add(P+"duty-14","manager","duty","那个做铝材的销售经理列的职责有几条,分别是啥","销售经理",[ev(F2,135,142)],kp("区域销售任务","出库手续","收集市场信息"))
add(P+"duty-15","manager","duty","物业客服中心经理的职责有哪些","客户服务中心经理",[ev(F4,73,86)],kp("年度工作计划","客户服务中心例会","投诉记录","管理费催缴"))
add(P+"duty-16","new_hire","duty","健康养生会所里技术经理都要操心些啥","健康养生会所技术经理",[ev(F1,81,107)],kp("培训","考勤统计","仪容仪表","技术流程"))
# ---- qualification (12)
add(P+"qual-01","new_hire","qualification","想投客服中心的产品服务专员,门槛高不高,要求有哪些","产品服务专员",[ev(F0,301,309)],kp("本科","沟通协调能力","学生社团负责人","组织培训"))
add(P+"qual-02","hr","qualification","一德期货财务岗招聘,学历证书上有啥硬性要求","财务岗",[ev(F0,247,255)],kp("本科","期货从业人员资格证书","会计从业资格证","财务软件"))
add(P+"qual-03","new_hire","qualification","应聘信息技术专员需要会哪些东西","信息技术专员",[ev(F0,423,433)],kp("计算机专业","linux","Cisco"))
add(P+"qual-04","new_hire","qualification","HR专员要满足什么条件才能报","人力资源专员",[ev(F0,221,227)],kp("本科","人力资源相关专业","沟通能力"))
add(P+"qual-05","hr","qualification","应聘教师岗,任职资格里都列了些啥","教师",[ev(F0,653,661),ev(F0,681,697)],kp("教师资格证","普通话证书","责任心"))
add(P+"qual-06","hr","qualification","总部财务部那个财务人员岗位,对年龄学历证书都怎么要求的","财务人员",[ev(F0,501,511)],kp(("30岁以下","30 岁以下"),"本科","会计资格证书","VBA"))
add(P+"qual-07","hr","qualification","大客户经理的任职条件写的是啥","大客户经理",[ev(F4,149,154)],kp("市场营销专业","本科","3年以上","团队合作"))
add(P+"qual-08","new_hire","qualification","大连营业部交易专员对应聘者有啥要求","交易专员",[ev(F0,407,415)],kp("期货从业资格","交割业务"))
add(P+"qual-09","new_hire","qualification","银行柜员想成为香饽饽得具备什么能力","柜员",[ev(F2,208,210)],kp("柜台业务","从业资格"))
add(P+"qual-10","hr","qualification","客户关系专员要什么样的人","客户关系专员",[ev(F0,363,371)],kp("本科","数据分析能力","学生社团负责人"))
add(P+"qual-11","new_hire","qualification","市场开发专员的招聘条件有哪些","市场开发专员",[ev(F0,443,451)],kp(("金融","经济","市场营销"),"业务拓展能力","期货从业资格证书"))
add(P+"qual-12","new_hire","qualification","软件开发工程师需要什么技能和经验?","软件开发工程师",[ev(F0,545,555)],kp("一年以上的开发经验",("C#","C++","Java"),"WEB开发框架"))
# ---- attribute (8)
add(P+"attr-01","new_hire","attribute","养生会所营销总监平时跟谁汇报工作?","养生会所营销总监",[ev(F1,37,39),ev(F1,61)],kp("总经理",("报告","交待")),attribute="reports_to")
add(P+"attr-02","new_hire","attribute","送快递的业务员编制在哪个部门","快递业业务员",[ev(F0,599)],kp("业务部",("所属部门","部门")),attribute="department")
add(P+"attr-03","new_hire","attribute","开户专员这个岗工作地点定在哪","开户专员",[ev(F0,349)],kp("天津","工作地点"),attribute="location")
add(P+"attr-04","hr","attribute","行政助理要什么学历","行政助理",[ev(F0,491)],kp("大专","专业不限"),attribute="education")
add(P+"attr-05","new_hire","attribute","大客户经理的直接上级是哪个","大客户经理",[ev(F4,118,122)],kp("营运总监",("指令和监督","直接领导")),attribute="reports_to")
add(P+"attr-06","new_hire","attribute","大连营业部财务专员需要啥证书","财务专员",[ev(F0,393)],kp("会计资格证书","具备"),attribute="certificate")
add(P+"attr-07","manager","attribute","凉山邮政给大客户经理定的业绩工资底数是几百块","大客户经理",[ev(F1,135),ev(F1,185)],kp("800元","业绩工资"),attribute="pay")
add(P+"attr-08","hr","attribute","总部财务部的财务人员,工作年限有要求吗","财务人员",[ev(F0,505)],kp("3年以上","应届毕业生"),attribute="experience")
# ---- method / kpi (4)
add(P+"method-01","hr","method","岗位评价一般用哪几种方法","",[ev(F0,25)],kp("岗位排序法","因素计点法","海氏评价法"))
add(P+"method-02","hr","method","做岗位分析具体分几步走?",None,[ev(F0,23)],kp("调查方案","岗位说明书","反馈与修正"))
add(P+"kpi-01","manager","kpi","销售人员考核一般看哪些量化指标","销售人员",[ev(F0,131)],kp("销售量","回款额","市场占有率","客户满意度"))
add(P+"kpi-02","manager","kpi","邮政大客户经理的考核指标和分值是怎么定的","大客户经理",[ev(F1,145,155)],kp("基础工作","大客户服务和维护","信息反馈","大客户营销"))
# ---- jd (2)
add(P+"jd-01","hr","jd","帮我写一份顾问服务专员的JD","顾问服务专员",[ev(F0,321,337)],kp("居间","客户需求跟踪","客户投诉处理"),
    tool={"kind":"jd","role":"顾问服务专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
add(P+"jd-02","hr","jd","起草一个网络管理员的岗位说明书","网络管理员",[ev(F0,515,519)],kp("网络系统维护","网站维护"),
    tool={"kind":"jd","role":"网络管理员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
# ---- kpi_design (2)
ind1 = ["日均存款新增额","日均贷款新增额","中间业务收入","新增个人VIP客户数"]
add(P+"kd-01","manager","kpi_design","帮忙给支行里做客户经理的同事拟5个关键绩效指标","客户经理",[ev(F0,91)],kp(*ind1),
    tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],"expected_indicators":ind1})
ind2 = ["货款收取及时率","货款收取正确率"]
add(P+"kd-02","manager","kpi_design","帮我给电工岗位出一套考核指标","电工",[ev(F0,167)],kp(*ind2),
    tool={"kind":"kpi_design","role":"电工","count":None,"must_cite_files":[F0],"expected_indicators":ind2})
# ---- followup (8)
add(P+"fu-01","new_hire","followup","研究院分析师招什么专业的?","分析师",[ev(F0,203)],kp(("经济学","金融"),("数学","计算机")),attribute="major",
    turns=[turn("那他具体干些什么?","duty","分析师",[ev(F0,207,215)],kp("分析研究","研发支持")),
           turn("工作地点能自己选吗","attribute","分析师",[ev(F0,217)],kp("天津","北京"),attribute="location")])
add(P+"fu-02","new_hire","followup","快递业业务员的工作内容包括哪些?","快递业业务员",[ev(F0,617,631)],kp("销售回款","分销","拜访客户","客户档案"),
    turns=[turn("那他归哪个主管直接管","attribute","快递业业务员",[ev(F0,601)],kp("快递业务主管","直属上司"),attribute="reports_to"),
           turn("工作内容第三点能细说一下吗","duty","快递业业务员",[ev(F0,623)],kp("拜访跟踪表","终端拜访表"))])
add(P+"fu-03","manager","followup","按摩技师部门经理管些什么","按摩技师部门经理",[ev(F1,65,77)],kp("工作计划","促销方案","规章制度","例会"),
    turns=[turn("这个部门经理要跟谁汇报工作?","attribute","按摩技师部门经理",[ev(F1,65,67)],kp("总经理","汇报"),attribute="reports_to"),
           turn("下面的主管又是对谁负责","attribute","按摩技师部门主管",[ev(F1,111)],kp("部门经理","负责"),attribute="reports_to"),
           turn("每个主管手下大概管几个技师","attribute","按摩技师部门主管",[ev(F1,111)],kp("10名左右","技师"),attribute="subordinates")])
add(P+"fu-04","hr","followup","大客户经理这个岗位被授予了哪些权力","大客户经理",[ev(F4,144,148)],kp("监督检查权","车辆调动权"),
    turns=[turn("那他底下有没有直属的下级","attribute","大客户经理",[ev(F4,124)],kp("直属下级","监督"),attribute="subordinates"),
           turn("要干过几年大客户才能应聘","attribute","大客户经理",[ev(F4,152)],kp("3年以上","大客户工作经验"),attribute="experience")])
add(P+"fu-05","manager","followup","信用社客户经理对新增贷款搞的“六包”是哪六包","客户经理",[ev(F2,9)],kp("包考察","包收回","包赔偿"),
    turns=[turn("那“三化三无”呢?","duty","客户经理",[ev(F2,10)],kp("制度化","无欠息")),
           turn("违规造成贷款损失的话怎么处理","duty","客户经理",[ev(F2,21,23)],kp("行政经济处罚","赔偿")),
           turn("3千到1万的贷款谁担责?","duty","客户经理",[ev(F2,16)],kp("第一责任人","30%"))])
add(P+"fu-06","new_hire","followup","金融公司的客服专员职责是啥","客服专员",[ev(F2,267,273)],kp("客户咨询","投诉","购卡服务"),
    turns=[turn("网络公司的呢?","duty","客服专员",[ev(F2,274,279)],kp("聊天工具","订单")),
           turn("网店的又是怎样","duty","客服专员",[ev(F2,294,298)],kp("售前","售后"))])
add(P+"fu-07","manager","followup","证券营销团队晨会一般讲些什么内容?",None,[ev(F3,143,148)],kp("市场信息","工作进度汇报","营销案例"),
    turns=[turn("那团队里的客户经理多长时间考核一回","kpi","客户经理",[ev(F3,155)],kp("每月","三个月","年终")),
           turn("考勤上有啥规定?","duty","客户经理",[ev(F3,137,139)],kp("8小时","迟到"))])
add(P+"fu-08","new_hire","followup","网格经理主要负责哪些工作","网格经理",[ev(F4,56,63)],kp("网格团队","项目管理","风险"),
    turns=[turn("那网格里的客户经理又负责啥","duty","网格客户经理",[ev(F4,64,70)],kp("走访","欠费收缴")),
           turn("他们每个月能拿多少钱","out_of_scope",None)])
# ---- out of scope (8)
oos = [("hr","客户经理的五险一金缴费比例是多少?"),("new_hire","Sybase数据库怎么安装配置?"),
       ("new_hire","信用社信贷副主任的岗位职责是什么"),("new_hire","保健部经理有哪些职责"),
       ("new_hire","行政助理月薪大概多少"),("new_hire","明天天津天气怎么样"),
       ("hr","签一年劳动合同的话试用期最多可以约定多久"),("hr","银行招风险经理一般要求什么学历、要考哪些证")]
for i,(p,q) in enumerate(oos,1):
    add(P+f"oos-{i:02d}",p,"out_of_scope",q,None,[],[])
for it in items:
    if it["intent"] == "method" and it["role"] == "": it["role"] = None
out = pathlib.Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(i, ensure_ascii=False)+"\n" for i in items), encoding="utf-8")
from collections import Counter
print(len(items), Counter(i["intent"] for i in items), sum(len(i["turns"] or []) for i in items))
