# builds set.jsonl (run once, before gangwei is run)
import json
F1="cem01_熟料生产部岗位说明书.docx"; F2="cem02_矿山分厂岗位安全技术交底记录.docx"
F3="cem03_2024年度岗位KPI权重矩阵.xlsx"; F4="cem04_定岗定编及薪酬标准.xlsx"
F5="cem05_2024年社会招聘需求汇总.csv"; F6="cem06_销售公司招聘岗位表.html"
F7="cem07_商砼分公司岗位职责与任职条件一览表.pdf"; F8="cem08_安全环保部工作指南.md"
F9="cem09_包装车间岗位说明.txt"; F10="cem10_环境保护管理制度.txt"
def q(f,s): return {"file":f,"quote":s}
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,question,role,ev,kp,attribute=None,turns=None,tool=None):
    items.append({"id":"t71cem-"+id,"persona":persona,"intent":intent,"question":question,"role":role,
      "attribute":attribute,"evidence":ev,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(question,intent,role,ev,kp,attribute=None):
    t={"question":question,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attribute: t["attribute"]=attribute
    return t
# ---- duty 14
Z_DCS=q(F1,"通过DCS系统监控窑、生料磨、煤磨系统运行参数"); Z_KT=q(F1,"负责开停窑、开停磨操作"); Z_JJ=q(F1,"如实填写中控操作记录和交接班记录")
add("duty-01","new_hire","duty","中控操作员每天主要干啥？","中控操作员",[Z_DCS,Z_KT,Z_JJ],[["DCS"],["开停窑"],["交接班记录"]])
add("duty-02","new_hire","duty","窑操作员岗位职责有哪些","窑操作员",[q(F1,"定时清理预热器锥部及下料管结皮"),q(F1,"检查窑头窑尾密封、托轮轴承温度")],[["预热器"],["结皮"],["托轮"]])
add("duty-03","new_hire","duty","生料磨巡减工主要负责什么","生料磨巡检工",[q(F1,"巡检立磨、选粉机、斗式提升机"),q(F1,"检查磨机振动值、液压站及润滑油站油温油压"),q(F1,"清理磨机外循环系统积料和漏料")],[["立磨"],["振动"],["积料","漏料"]])
B_DUTY=[q(F2,"按爆破设计说明书进行钻孔验收、装药、填塞"),q(F2,"起爆前按规定设置警戒范围"),q(F2,"发现盲炮必须按规程处理并立即报告班长"),q(F2,"民用爆炸物品领取、退库实行双人双锁")]
add("duty-04","hr","duty","矿山爆破工的工作职责","爆破工",B_DUTY,[["装药"],["警戒"],["盲炮"],["双人双锁"]])
add("duty-05","new_hire","duty","铲车司机平时干些什么活","矿山铲车司机",[q(F2,"驾驶装载机完成采场矿石装车"),q(F2,"每班出车前检查轮胎、制动、转向和液压系统"),q(F2,"严格遵守矿区限速每小时20公里")],[["装载机"],["轮胎","制动"],["限速"]])
add("duty-06","manager","duty","电气点检员具体做哪些事","电气点检员",[L(F5,2,5)],[["配电柜","变频器"],["PLC"],["检修计划"]])
add("duty-07","new_hire","duty","化验室化验员的活儿都有哪些","化验员",[L(F5,6,9)],[["取样"],["X荧光"],["胶砂强度"]])
add("duty-08","hr","duty","质控主管负责哪些工作","质量控制主管",[L(F5,10,14)],[["质量控制指标"],["配料方案"],["出厂检验报告"]])
add("duty-09","new_hire","duty","销售片区经理的岗位职责是什么","销售片区经理",[L(F6,62)],[["经销商"],["回款"],["周报"]])
add("duty-10","manager","duty","安全主管都管些啥","安全主管",[L(F8,22,26)],[["隐患排查"],["相关方","外包"],["三级安全教育"]])
add("duty-11","new_hire","duty","环保设备管理员要负责哪些事情","环保设备管理员",[L(F10,13,17)],[["袋收尘器","收尘"],["在线监测"],["台账"]])
add("duty-12","new_hire","duty","包装工装车的职责","包装装车工",[L(F9,7)],[["包装机"],["提货单"],["袋重"]])
add("duty-13","hr","duty","商砼站搅拌楼操作员是干什么的","搅拌楼操作员",[q(F7,"按试验室下达的配合比通知单输入生产配方"),q(F7,"班前检查骨料、水泥、外加剂和水的计量系统"),q(F7,"观察出机混凝土和易性")],[["配合比"],["计量"],["坍落度"]])
add("duty-14","new_hire","duty","罐车司机的职责","混凝土罐车司机",[q(F7,"按调度指令将混凝土安全、准时运输至施工现场"),q(F7,"运输途中罐体保持慢速转动，严禁私自向罐内加水")],[["运输"],["慢速转动"],["加水"]])
# ---- qualification 10
add("qual-01","new_hire","qualification","想应聘中控操作员，要什么学历和证书","中控操作员",[q(F1,"大专及以上"),q(F1,"水泥中控操作员职业技能等级证书（四级及以上）"),q(F1,"3年以上新型干法水泥生产线中控操作经验")],[["大专"],["中控操作员职业技能等级证书"],["3年"]])
add("qual-02","hr","qualification","窑操需要啥条件","窑操作员",[q(F1,"高中（中专）及以上"),q(F1,"2年以上回转窑现场操作经验"),q(F1,"身体健康，能适应高温及粉尘环境和四班三运转")],[["中专","高中"],["2年"],["高温"]])
add("qual-03","new_hire","qualification","爆破员上岗要什么证","爆破工",[q(F2,"持有公安机关核发的《爆破作业人员许可证》")],[["爆破作业人员许可证"],["2年"],["高中"]])
add("qual-04","hr","qualification","电气点检员任职要求","电气点检员",[L(F5,2,5)],[["大专"],["高压电工"],["3年"]])
add("qual-05","hr","qualification","招质量控制主管，学历经验怎么要求的","质量控制主管",[L(F5,10,14)],[["本科"],["无机非金属"],["5年"]])
add("qual-06","new_hire","qualification","应聘销售片区经理需要什么条件","销售片区经理",[L(F6,63)],[["本科"],["建材行业"],["C1"]])
add("qual-07","manager","qualification","安全主管要注安证吗，还有别的要求没","安全主管",[L(F8,15,17)],[["注册安全工程师"],["5年"],["本科"]])
add("qual-08","hr","qualification","环保设备管理员招聘条件","环保设备管理员",[L(F10,18)],[["大专"],["环境工程"],["2年"]])
add("qual-09","new_hire","qualification","包装装车工对年龄有要求吗","包装装车工",[L(F9,8)],[["18"],["50"]])
add("qual-10","hr","qualification","商砼站站长任职资格是什么","商砼站站长",[q(F7,"本科及以上学历，土木工程或建筑材料专业")],[["本科"],["土木工程","建筑材料"],["5年"]])
# ---- attribute 10
add("attr-01","new_hire","attribute","中控操作员的直接领导是谁","中控操作员",[q(F1,"中控室主任")],[["中控室主任"],["中控室"]],"reports_to")
add("attr-02","new_hire","attribute","包装装车工现在归谁管","包装装车工",[L(F9,13)],[["包装车间主任"],["车间主任"]],"reports_to")
add("attr-03","hr","attribute","中控操作员岗位工资多少钱一个月","中控操作员",[q(F4,"6500"),q(F4,"2000")],[["6500"],["2000"]],"pay")
add("attr-04","hr","attribute","包装装车工的粉尘津贴现在是多少","包装装车工",[q(F4,"包装装车工班次由长白班调整为两班倒")],[["350"],["粉尘津贴"]],"benefits")
add("attr-05","manager","attribute","质量控制主管手下管哪些人","质量控制主管",[L(F5,10,14)],[["化验室主任"],["质检员"]],"subordinates")
add("attr-06","new_hire","attribute","爆破工的直接上级","爆破工",[q(F2,"爆破工隶属矿山分厂爆破班，直接上级为爆破班班长")],[["爆破班班长"],["班长"]],"reports_to")
add("attr-07","new_hire","attribute","片区经理在哪儿上班","销售片区经理",[L(F6,60)],[["滇中"],["昆明"]],"location")
add("attr-08","new_hire","attribute","环保设备管理员属于哪个部门","环保设备管理员",[L(F10,12)],[["安全环保部"],["环保"]],"department")
add("attr-09","new_hire","attribute","化验员要考什么证","化验员",[L(F5,6,9)],[["化学检验员"],["四级"]],"certificate")
add("attr-10","new_hire","attribute","搅拌楼操作员上级是谁","搅拌楼操作员",[q(F7,"商砼分公司滇中商砼站；直接上级：商砼站站长；两班倒")],[["商砼站站长"],["站长"]],"reports_to")
# ---- kpi 5
add("kpi-01","manager","kpi","中控操作员考核哪些指标，权重多少","中控操作员",[q(F3,"K01熟料台时产量达成率"),q(F3,"K02熟料标准煤耗"),q(F3,"K03窑运转率")],[["熟料台时产量达成率"],["熟料标准煤耗"],["窑运转率"]])
add("kpi-02","hr","kpi","化验员的绩效考核指标有哪些","化验员",[q(F3,"K06化验数据差错次数"),q(F3,"K04出磨生料KH合格率"),q(F3,"K13交接班记录完整率")],[["化验数据差错次数"],["KH合格率"],["交接班记录完整率"]])
add("kpi-03","manager","kpi","销售片区经理KPI是哪几项","销售片区经理",[q(F3,"K09片区销量完成率"),q(F3,"K10货款回收率"),q(F3,"K11客户质量投诉次数")],[["片区销量完成率"],["货款回收率"],["客户质量投诉次数"]])
add("kpi-04","manager","kpi","熟料标准煤耗这个指标目标值定的多少，怎么算","中控操作员",[q(F3,"≤105kgce/t"),q(F3,"入窑标煤量÷熟料产量")],[["105"],["入窑标煤量"]])
add("kpi-05","hr","kpi","包装装车工的考核指标和权重","包装装车工",[q(F3,"K07装车差错率"),q(F3,"K08袋重合格率"),q(F3,"K12安全违章次数")],[["装车差错率"],["袋重合格率"],["安全违章次数"]])
# ---- jd 3
add("jd-01","hr","jd","帮我起草一份中控操作员的岗位说明书","中控操作员",[Z_DCS,Z_KT,Z_JJ],[["DCS"],["开停窑"],["交接班记录"]],tool={"kind":"jd","role":"中控操作员","must_cite_files":[F1],"expect_sections":["duties","qualifications"]})
add("jd-02","hr","jd","给爆破工写个JD","爆破工",B_DUTY,[["装药"],["警戒"],["盲炮"]],tool={"kind":"jd","role":"爆破工","must_cite_files":[F2],"expect_sections":["duties","qualifications"]})
add("jd-03","manager","jd","出一份环保设备管理员的职位描述","环保设备管理员",[L(F10,13,18)],[["袋收尘器","收尘"],["在线监测"],["台账"]],tool={"kind":"jd","role":"环保设备管理员","must_cite_files":[F10],"expect_sections":["duties","qualifications"]})
# ---- kpi_design 3
def kd(id,persona,question,role,names,count=None):
    add(id,persona,"kpi_design",question,role,[q(F3,c+n) for c,n in names],[[n] for c,n in names],
        tool={"kind":"kpi_design","role":role,"count":count,"must_cite_files":[F3],"expected_indicators":[n for c,n in names]})
kd("kd-01","manager","帮质量控制主管设计一套KPI","质量控制主管",[("K05","出厂水泥28天强度合格率"),("K04","出磨生料KH合格率"),("K11","客户质量投诉次数")])
kd("kd-02","manager","给窑操作员设计4个考核指标","窑操作员",[("K03","窑运转率"),("K12","安全违章次数"),("K13","交接班记录完整率")],4)
kd("kd-03","hr","销售片区经理的绩效指标帮我设计3个","销售片区经理",[("K09","片区销量完成率"),("K10","货款回收率")],3)
# ---- followup 8
add("fu-01","new_hire","followup","中控操作员负责哪些工作","中控操作员",[Z_DCS,Z_KT,Z_JJ],[["DCS"],["开停窑"],["交接班记录"]],turns=[
  T("第4条具体怎么说","duty","中控操作员",[q(F1,"发现设备异常时通知现场巡检人员确认")],[["紧急止料","停机"],["巡检人员"]]),
  T("他要什么证书","attribute","中控操作员",[q(F1,"水泥中控操作员职业技能等级证书（四级及以上）")],[["中控操作员职业技能等级证书"],["四级"]],"certificate")])
add("fu-02","hr","followup","爆破工的上岗条件","爆破工",[q(F2,"持有公安机关核发的《爆破作业人员许可证》")],[["爆破作业人员许可证"],["2年"]],turns=[
  T("那他的上级是谁","attribute","爆破工",[q(F2,"爆破工隶属矿山分厂爆破班，直接上级为爆破班班长")],[["爆破班班长"],["班长"]],"reports_to"),
  T("换成铲车司机呢","attribute","矿山铲车司机",[q(F2,"直接上级为运输班班长")],[["运输班班长"],["班长"]],"reports_to")])
add("fu-03","new_hire","followup","化验员做什么","化验员",[L(F5,6,9)],[["取样"],["胶砂强度"]],turns=[
  T("考核指标呢","kpi","化验员",[q(F3,"K06化验数据差错次数"),q(F3,"K04出磨生料KH合格率")],[["化验数据差错次数"],["KH合格率"]]),
  T("在哪上班","attribute","化验员",[L(F5,6,9)],[["化验室"],["云岭熟料基地"]],"location")])
add("fu-04","manager","followup","安全主管的职责","安全主管",[L(F8,22,26)],[["隐患排查"],["三级安全教育"]],turns=[
  T("他下面带几个人","attribute","安全主管",[L(F8,14)],[["专职安全员"],["3"]],"subordinates"),
  T("那专职安全员的职责呢","out_of_scope","专职安全员",[],[])])
add("fu-05","new_hire","followup","销售片区经理薪资待遇怎么样","销售片区经理",[L(F6,64)],[["6000"],["提成"]],attribute="pay",turns=[
  T("要求什么学历","attribute","销售片区经理",[L(F6,63)],[["本科"],["市场营销","土木工程"]],"education"),
  T("换成销售内勤呢","attribute","销售内勤",[L(F6,72)],[["大专"],["Excel","ERP"]],"education")])
add("fu-06","new_hire","followup","罐车司机要什么驾照","混凝土罐车司机",[q(F7,"持A2或B2驾驶证")],[["A2"],["B2"]],turns=[
  T("他归谁管","attribute","混凝土罐车司机",[q(F7,"商砼分公司运输车队；直接上级：车队队长")],[["车队队长"],["运输车队"]],"reports_to"),
  T("职责第二条是什么","duty","混凝土罐车司机",[q(F7,"运输途中罐体保持慢速转动，严禁私自向罐内加水")],[["慢速转动"],["加水"]])])
add("fu-07","hr","followup","包装装车工工资多少","包装装车工",[q(F4,"3800"),q(F4,"1000")],[["3800"],["1000"]],attribute="pay",turns=[
  T("他的职责有哪些","duty","包装装车工",[L(F9,7)],[["包装机"],["提货单"]]),
  T("直接上级呢","attribute","包装装车工",[L(F9,13)],[["包装车间主任"],["车间主任"]],"reports_to")])
add("fu-08","manager","followup","环保设备管理员的职责","环保设备管理员",[L(F10,13,17)],[["袋收尘器","收尘"],["在线监测"]],turns=[
  T("第二条展开讲讲","duty","环保设备管理员",[L(F10,15)],[["30分钟"],["在线监测"]]),
  T("那他工作地点在哪","attribute","环保设备管理员",[L(F10,12)],[["云岭熟料基地"],["长白班","云岭"]],"location"),
  T("要几年经验","attribute","环保设备管理员",[L(F10,18)],[["2年"],["环保设施"]],"experience")])
# ---- out_of_scope 7
for i,(p,qq,r) in enumerate([("new_hire","矿山调度员的岗位职责是什么","矿山调度员"),("hr","商砼站调度员做什么工作","商砼站调度员"),
  ("new_hire","窑头看火工的职责有哪些","窑头看火工"),("manager","P.O 42.5和52.5的水泥标号怎么选",None),
  ("manager","熟料现在出厂价格多少一吨",None),("new_hire","混凝土浇筑完要养护几天",None),("hr","商砼站试验员需要什么资格",None)],1):
    add(f"oos-0{i}",p,"out_of_scope",qq,r,[],[])
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter; print(len(items),Counter(i["intent"] for i in items))
