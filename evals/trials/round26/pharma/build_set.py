import json
JD="华康制药_岗位说明书汇编（质量与生产）.docx"
SOP="HK-SOP-QA-012_偏差管理规程.docx"
MX="GMP岗位培训矩阵_2024.xlsx"
KPI="2024年度绩效考核指标库.xlsx"
PDF="华康制药2024年招聘简章.pdf"
HTML="intranet_岗位介绍.html"
MD="新员工入职常见问题.md"
TXT="洁净区人员行为规范.txt"
CSV="岗位资质要求一览.csv"
ORG="组织架构.txt"
def q(f,s): return {"file":f,"quote":s}
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]
def add(id,persona,intent,question,role,evidence,kp,attribute=None,turns=None,tool=None):
    items.append({"id":"r26p-"+id,"persona":persona,"intent":intent,"question":question,"role":role,
      "attribute":attribute,"evidence":evidence,"key_points":kp,"expect_refusal":intent=="out_of_scope",
      "turns":turns,"tool":tool})
def T(question,intent,role,evidence,kp,attribute=None):
    d={"question":question,"intent":intent,"role":role,"evidence":evidence,"key_points":kp}
    if attribute: d["attribute"]=attribute
    return d
# ---------------- duty
add("duty-01","new_hire","duty","刚入职做现场QA，平时主要干些啥活？","现场QA",
    [q(JD,"对关键工序进行巡检，每2小时至少一次"),q(JD,"检查合格后签发《清场合格证》"),q(JD,"批包装记录的逐页审核"),q(JD,"负责中间产品、待包装产品的取样送检")],
    [["巡检"],["清场"],["批生产记录","批包装记录","批记录"],["取样"]])
add("duty-02","new_hire","duty","QC微生物室的检验员具体负责哪些工作","微生物检验员",
    [q(JD,"沉降菌、浮游菌、表面微生物"),q(JD,"原辅料、成品的微生物限度检查"),q(JD,"负责培养基的配制、灭菌及适用性检查"),q(JD,"负责菌种的传代、保藏和销毁管理")],
    [["沉降菌","浮游菌","环境监测"],["微生物限度"],["培养基"],["菌种"]])
add("duty-03","manager","duty","生产班长每天都要做哪些事情？","班组长",
    [q(JD,"组织召开班前会，布置当班生产任务"),q(JD,"检查设备、房间的状态标识和清场合格证"),q(JD,"当班复核物料平衡"),q(JD,"负责交接班，记录设备运行情况")],
    [["班前会"],["状态标识","清场合格证"],["物料平衡"],["交接班"]])
add("duty-04","manager","duty","出了偏差的话QA主管要负责些什么","QA主管",
    [q(SOP,"负责偏差的分级判定（微小偏差、主要偏差、重大偏差）")],
    [["分级"],["跨部门调查"],["CAPA"],["趋势"]])
add("duty-05","hr","duty","偏差处理流程里质量受权人管什么事","质量受权人",
    [q(SOP,"批准重大偏差的处理结论")],
    [["重大偏差"],["放行"]])
add("duty-06","new_hire","duty","PV专员的工作职责有哪些？","药物警戒专员",
    [L(HTML,53,59)],
    [["不良反应"],["15日"],["PSUR","定期安全性更新报告"],["信号检测"]])
add("duty-07","new_hire","duty","仓管员日常工作内容是什么","仓库管理员",
    [L(HTML,123,129)],
    [["请验","收货"],["先进先出","近效期"],["温湿度"],["不合格品"]])
add("duty-08","hr","duty","安环专员（EHS）主要负责哪些？","EHS专员",
    [L(HTML,88,94)],
    [["安全检查"],["动火","特殊作业"],["危险废物","危废"],["应急演练","职业健康"]])
add("duty-09","new_hire","duty","制剂车间操作工的岗位职责是什么呀","制剂操作工",
    [q(JD,"操作湿法制粒机、压片机、包衣机等设备"),q(JD,"片重差异、硬度、脆碎度"),q(JD,"对设备和房间进行清洁、清场"),q(JD,"计算物料平衡，超出限度时立即报告班组长")],
    [["制粒","压片","包衣"],["片重差异","中间控制"],["清场"],["物料平衡"]])
# ---------------- qualification
add("qual-01","hr","qualification","招现场QA要啥条件？学历专业经验这些","现场QA",
    [q(JD,"学历：本科及以上；专业：药学、药物制剂、化学或生物技术相关专业"),q(JD,"2年以上药品生产企业质量管理工作经验"),q(PDF,"2年以上药企QA经验，熟悉GM")],
    [["本科"],["药学"],["2年"]])
add("qual-02","hr","qualification","化验员的招聘要求是什么，会要求会用HPLC吗","QC检验员",
    [q(JD,"学历：大专及以上；专业：药学、分析化学、应用化学相关专业"),q(JD,"能熟练操作HPLC、GC、紫外分光光度计"),q(PDF,"1年以上检验经验，熟练使用HP")],
    [["大专"],["分析化学"],["HPLC"],["1年"]])
add("qual-03","hr","qualification","微生物检验员任职资格有哪些","微生物检验员",
    [q(JD,"学历：大专及以上；专业：微生物学、生物技术、生物工程等相关专业"),q(JD,"上岗前须通过无菌更衣确认，无色盲、色弱"),q(JD,"1年以上微生物检验经验，有无菌检查")],
    [["大专"],["微生物学"],["无菌更衣确认"],["色盲","色弱"]])
add("qual-04","manager","qualification","当车间主任得几年经验？需要什么专业背景","车间主任",
    [q(JD,"5年以上制剂生产管理经验，其中3年以上车间管理经验"),q(JD,"专业：药学、制药工程、药物制剂等相关专业")],
    [["5年"],["3年以上车间管理"],["制药工程"]])
add("qual-05","new_hire","qualification","注册专员学历要求高不高？需要啥经验","药品注册专员",
    [L(HTML,32,33),q(PDF,"硕士及以上，药学、药")],
    [["硕士"],["3年"],["注册申报"]])
add("qual-06","hr","qualification","普工/操作工招人有什么要求，年龄卡多少岁","制剂操作工",
    [q(JD,"学历：高中或中专及以上；年龄18-45周岁"),q(JD,"持有效健康证明，无传染病、皮肤病及药物过敏史"),q(PDF,"18-45周岁，身体健康，能适应")],
    [["18-45"],["高中","中专"],["健康证明","身体健康"]])
add("qual-07","hr","qualification","EHS专员的任职条件","EHS专员",
    [L(HTML,84,85),q(PDF,"验，持安全生产管理人员证书"),L(CSV,9)],
    [["安全工程"],["2年"],["安全生产管理人员"]])
add("qual-08","manager","qualification","QA主管这个岗位任职条件是怎样的","QA主管",
    [q(JD,"5年以上药品质量管理经验，其中2年以上团队管理经验"),q(JD,"证书：执业药师资格证书优先"),q(JD,"学历：本科及以上，药学或相关专业，硕士优先")],
    [["5年"],["团队管理"],["执业药师"],["本科"]])
# ---------------- attribute
add("attr-01","new_hire","attribute","IPQA的直接上级是谁","现场QA",
    [L(MD,8),L(ORG,19)],[["QA主管"],["质量保证部"]],attribute="reports_to")
add("attr-02","new_hire","attribute","QC检验员向谁汇报？","QC检验员",
    [q(JD,"QC主管（化验室主管）"),L(ORG,23)],[["QC主管"],["化验室主管","化验室"]],attribute="reports_to")
add("attr-03","new_hire","attribute","做医药代表要办什么证或者备案吗","医药代表",
    [L(HTML,75),L(CSV,10),L(MD,12)],[["备案"],["备案平台"]],attribute="certificate")
add("attr-04","hr","attribute","设备维修工必须持什么证上岗","设备维修工",
    [L(CSV,7)],[["低压电工"],["特种作业操作证"]],attribute="certificate")
add("attr-05","hr","attribute","仓库管理员要不要有叉车证","仓库管理员",
    [L(CSV,1),L(CSV,8)],[["叉车"],["优先"]],attribute="certificate")
add("attr-06","new_hire","attribute","药物警戒那个岗在哪上班，南京还是泰州？","药物警戒专员",
    [L(HTML,51)],[["南京"],["江宁","总部"]],attribute="location")
add("attr-07","new_hire","attribute","QC化验员工资大概多少","QC检验员",
    [q(PDF,"6000-8500元/月")],[["6000"],["8500"]],attribute="pay")
add("attr-08","hr","attribute","药品注册专员的薪资范围？","药品注册专员",
    [q(PDF,"12000-18000元/")],[["12000"],["18000"]],attribute="pay")
add("attr-09","manager","attribute","班组长手底下管的是哪些人","班组长",
    [L(ORG,37)],[["操作工"],["制剂"]],attribute="subordinates")
add("attr-10","manager","attribute","QA主管下面带哪几个岗位？","QA主管",
    [q(JD,"现场QA、验证专员、文件管理员"),L(ORG,19,21)],[["现场QA"],["验证专员"],["文件管理员"]],attribute="subordinates")
# ---------------- kpi
add("kpi-01","manager","kpi","现场QA每个月考核哪几项，权重多少","现场QA",
    [q(KPI,"批记录审核及时率"),q(KPI,"批记录差错漏检率"),q(KPI,"偏差上报及时率"),q(KPI,"现场巡检完成率")],
    [["批记录审核及时率"],["批记录差错漏检率"],["偏差上报及时率"],["现场巡检完成率"]])
add("kpi-02","hr","kpi","OOS调查及时率是怎么算的","QC主管",
    [q(KPI,"规定时限内完成调查的OOS数/OOS总数×100%")],[["OOS总数"],["规定时限"]])
add("kpi-03","manager","kpi","设备部的设备完好率目标定的多少，权重占几成","设备工程师",
    [q(KPI,"≥96%"),q(KPI,"35%"),q(KPI,"完好设备台数/在用设备总台数×100%")],[["96%"],["35%"]])
add("kpi-04","manager","kpi","医药代表的考核指标都有哪些？","医药代表",
    [q(KPI,"销售指标达成率"),q(KPI,"学术活动场次"),q(KPI,"不良反应信息传递及时率"),q(KPI,"合规检查")],
    [["销售指标达成率"],["学术活动场次"],["不良反应信息传递及时率"],["合规检查"]])
add("kpi-05","new_hire","kpi","QC化验员的KPI都有啥","QC检验员",
    [q(KPI,"检验任务按期完成率"),q(KPI,"检验差错率"),q(KPI,"仪器使用记录完整率"),q(KPI,"数据可靠性检查符合率")],
    [["检验任务按期完成率"],["检验差错率"],["仪器使用记录完整率"],["数据可靠性检查符合率"]])
add("kpi-06","manager","kpi","车间主任绩效考核看哪些指标","车间主任",
    [q(KPI,"车间计划达成率"),q(KPI,"批记录一次合格率"),q(KPI,"成品率"),q(KPI,"安全隐患整改率")],
    [["车间计划达成率"],["批记录一次合格率"],["成品率"],["安全隐患整改率"]])
# ---------------- jd
add("jd-01","hr","jd","帮我写一份设备工程师的JD","设备工程师",
    [L(HTML,106,112),L(HTML,100,104)],
    [["预防性维护"],["故障"],["IQ/OQ/PQ","性能确认"],["备品备件"]],
    tool={"kind":"jd","role":"设备工程师","must_cite_files":[HTML],"expect_sections":["duties","qualifications"]})
add("jd-02","hr","jd","出一份QC化验员的岗位说明书草稿","QC检验员",
    [q(JD,"进行取样和理化检验"),q(JD,"确保数据符合ALCOA+原则"),q(JD,"检验结果超标（OOS）时立即报告QC主管"),q(JD,"负责成品留样的登记")],
    [["理化检验"],["ALCOA+"],["OOS"],["留样"]],
    tool={"kind":"jd","role":"QC检验员","must_cite_files":[JD],"expect_sections":["duties","qualifications"]})
add("jd-03","manager","jd","给医药代表写个职位描述，职责和要求都要有","医药代表",
    [L(HTML,71,76)],
    [["学术"],["不良反应"],["备案"],["销售指标"]],
    tool={"kind":"jd","role":"医药代表","must_cite_files":[HTML],"expect_sections":["duties","qualifications"]})
add("jd-04","hr","jd","帮忙起草一份生产班组长的JD","班组长",
    [q(JD,"组织召开班前会，布置当班生产任务"),q(JD,"负责交接班，记录设备运行情况"),q(JD,"当班复核物料平衡")],
    [["班前会"],["交接班"],["物料平衡"]],
    tool={"kind":"jd","role":"班组长","must_cite_files":[JD],"expect_sections":["duties","qualifications"]})
# ---------------- kpi_design
add("kd-01","manager","kpi_design","给现场QA设计5个KPI","现场QA",
    [q(KPI,"批记录审核及时率"),q(KPI,"偏差上报及时率"),q(KPI,"现场巡检完成率")],
    [["批记录审核及时率"],["偏差上报及时率"],["现场巡检完成率"]],
    tool={"kind":"kpi_design","role":"现场QA","count":5,"must_cite_files":[KPI],"expected_indicators":["批记录审核及时率","偏差上报及时率","现场巡检完成率"]})
add("kd-02","manager","kpi_design","帮QC部门设计一套季度考核指标","质量控制部",
    [q(KPI,"OOS调查及时率"),q(KPI,"检验报告及时率"),q(KPI,"稳定性考察按期完成率")],
    [["OOS调查及时率"],["检验报告及时率"],["稳定性考察按期完成率"]],
    tool={"kind":"kpi_design","role":"质量控制部","count":None,"must_cite_files":[KPI],"expected_indicators":["OOS调查及时率","检验报告及时率","稳定性考察按期完成率"]})
add("kd-03","hr","kpi_design","设备工程师的KPI怎么定比较合理，给个方案","设备工程师",
    [q(KPI,"预防性维护完成率"),q(KPI,"故障响应及时率"),q(KPI,"设备确认文件按期完成率")],
    [["预防性维护完成率"],["故障响应及时率"],["设备确认文件按期完成率"]],
    tool={"kind":"kpi_design","role":"设备工程师","count":None,"must_cite_files":[KPI],"expected_indicators":["预防性维护完成率","故障响应及时率","设备确认文件按期完成率"]})
add("kd-04","manager","kpi_design","生产部的部门KPI帮我设计下，4个左右","生产部",
    [q(KPI,"生产计划完成率"),q(KPI,"批记录差错率"),q(KPI,"安全生产事故")],
    [["生产计划完成率"],["批记录差错率"],["安全生产事故"]],
    tool={"kind":"kpi_design","role":"生产部","count":4,"must_cite_files":[KPI],"expected_indicators":["生产计划完成率","批记录差错率","安全生产事故"]})
# ---------------- followup
add("fu-01","new_hire","followup","现场QA的岗位职责有哪些","现场QA",
    [q(JD,"对关键工序进行巡检，每2小时至少一次"),q(JD,"检查合格后签发《清场合格证》")],[["巡检"],["清场"]],
    turns=[T("第三条具体说说","duty","现场QA",[q(JD,"批包装记录的逐页审核")],[["批包装记录"],["退回"]]),
           T("那他的上级是谁","attribute","现场QA",[L(MD,8),L(ORG,19)],[["QA主管"],["质量保证部"]],"reports_to")])
add("fu-02","hr","followup","QC检验员要什么学历","QC检验员",
    [q(JD,"学历：大专及以上；专业：药学、分析化学、应用化学相关专业")],[["大专"],["分析化学","药学"]],attribute="education",
    turns=[T("那他工资多少","attribute","QC检验员",[q(PDF,"6000-8500元/月")],[["6000"],["8500"]],"pay"),
           T("换成微生物检验员呢","attribute","微生物检验员",[q(PDF,"6500-9000元/月")],[["6500"],["9000"]],"pay")])
add("fu-03","manager","followup","车间主任的职责，先说前三条就行","车间主任",
    [q(JD,"组织车间编制周生产计划并按期完成"),q(JD,"审核本车间批生产记录"),q(JD,"组织车间偏差调查，制定并落实纠正预防措施")],
    [["生产计划"],["工艺规程","批生产记录"],["偏差"]],
    turns=[T("那还有呢","duty","车间主任",[q(JD,"组织班组长开展上岗考核"),q(JD,"作为车间安全生产第一责任人"),q(JD,"配合设备工程部和QA完成工艺验证")],[["培训"],["安全生产第一责任人"],["验证"]]),
           T("他得有几年车间管理经验","qualification","车间主任",[q(JD,"5年以上制剂生产管理经验，其中3年以上车间管理经验")],[["3年"],["5年"]])])
add("fu-04","new_hire","followup","EHS专员在哪个部门，直属领导是谁","EHS专员",
    [L(HTML,82,83),L(ORG,42)],[["EHS经理"],["EHS部"]],attribute="reports_to",
    turns=[T("他需要持什么证","attribute","EHS专员",[L(CSV,9),q(PDF,"验，持安全生产管理人员证书")],[["安全生产管理人员"],["合格证","证书"]],"certificate"),
           T("顺便问下，泰州有什么好吃的推荐","out_of_scope",None,[],[])])
add("fu-05","manager","followup","偏差SOP里操作工有哪些职责","制剂操作工",
    [q(SOP,"发现偏差后立即停止相关操作，保护现场")],[["停止"],["2小时"],["偏差报告单"]],
    turns=[T("那班组长呢","duty","班组长",[q(SOP,"采取隔离、标识等紧急措施")],[["隔离"],["标识"],["批记录","设备日志"]]),
           T("车间主任呢","duty","车间主任",[q(SOP,"组织本车间偏差调查，分析根本原因")],[["5Why","鱼骨图","根本原因"],["CAPA","纠正和预防措施"]])])
add("fu-06","new_hire","followup","微生物检验员在洁净区里有什么职责","微生物检验员",
    [L(TXT,29,31)],[["手套","洁净服"],["警戒限"]],
    turns=[T("那现场QA呢","duty","现场QA",[L(TXT,26,28)],[["抽查"],["GMP违规通知单"]]),
           T("设备维修人员呢","duty",None,[L(TXT,32,33)],[["洁净区维修许可"],["清洁消毒"]])])
add("fu-07","manager","followup","QA专员的KPI有哪些","现场QA",
    [q(KPI,"批记录审核及时率"),q(KPI,"现场巡检完成率")],[["批记录审核及时率"],["现场巡检完成率"]],
    turns=[T("第一个指标怎么计算","kpi","现场QA",[q(KPI,"在规定时限内完成审核的批数/应审核批数×100%")],[["应审核批数"],["规定时限"]]),
           T("那理化检验员的考核呢","kpi","QC检验员",[q(KPI,"检验任务按期完成率"),q(KPI,"检验差错率")],[["检验任务按期完成率"],["检验差错率"]])])
add("fu-08","new_hire","followup","药品注册专员是干啥的","药品注册专员",
    [L(HTML,36,41)],[["CTD"],["再注册","补充申请"],["CDE","审评"]],
    turns=[T("他学历要求呢","attribute","药品注册专员",[L(HTML,32)],[["硕士"],["药学","药物分析"]],"education"),
           T("注册一个仿制药一般多久能批下来","out_of_scope",None,[],[])])
# ---------------- oos
for i,(p,qq) in enumerate([
  ("hr","留样管理员的岗位职责是什么"),
  ("hr","净化空调运行工要什么条件才能应聘"),
  ("manager","质量负责人年薪多少"),
  ("new_hire","阿莫西林胶囊成人一天吃几次，一次几粒？"),
  ("hr","QA主管一个月能拿多少钱"),
  ("hr","你们公司临床监查员CRA的职责是什么"),
  ("new_hire","倒班上夜班的话加班费按几倍工资算"),
  ("manager","地区经理的考核指标有哪些"),
  ("new_hire","HPLC色谱柱一般怎么选型，C18和C8有啥区别"),
],1):
    add(f"oos-{i:02d}",p,"out_of_scope",qq,None,[],[])
with open("/tmp/r26/pharma/set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter
print(len(items),Counter(i["intent"] for i in items))
