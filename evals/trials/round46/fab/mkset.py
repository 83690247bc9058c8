# builds set.jsonl (run once, before gangwei is run; then frozen)
import json
F1="01_岗位说明书汇编_工程品质厂务_V3.0.docx"; F2="02_生产领班岗位交接单.docx"; F3="03_KPI考核指标库_2025.xlsx"
F4="04_岗位编制与薪酬.xlsx"; F5="05_招聘需求导出_2025Q2.csv"; F6="06_加入芯途_社会招聘.html"; F7="07_洁净室管理制度.pdf"
F8="08_技术员与作业员入职手册.txt"; F9="09_关于调整物料员汇报关系及班次的通知.txt"; F10="10_考勤与倒班管理制度.md"
def Q(f,q): return {"file":f,"quote":q}
def L(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
items=[]; n={}
def add(intent,persona,q,role,ev,kp,attr=None,turns=None,tool=None):
    ab={"duty":"duty","qualification":"qual","attribute":"attr","kpi":"kpi","jd":"jd","kpi_design":"kd","followup":"fu","out_of_scope":"oos"}[intent]
    n[ab]=n.get(ab,0)+1
    items.append({"id":"t46fab-%s-%02d"%(ab,n[ab]),"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attr,
                  "evidence":ev,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(q,intent,role,ev,kp,attr=None):
    d={"question":q,"intent":intent,"role":role,"evidence":ev,"key_points":kp}
    if attr: d["attribute"]=attr
    return d
PE="工艺工程师"; EE="设备工程师"; QE="品质工程师"; TE="测试工程师"; CR="洁净室管理员"; LD="生产领班"; TEC="制程技术员"; OP="作业员（操作员）"; MH="物料员"; EHS="EHS专员"
# ---- duty 14
add("duty","new_hire","PE平时主要干些啥？",PE,[Q(F1,"工艺参数的制定与优化"),Q(F1,"主导新产品导入（NPI）的工艺验证"),Q(F1,"主导8D分析并落实纠正预防措施")],[["划片","装片"],["NPI","新产品导入"],["8D"]])
add("duty","hr","设备工程师岗位职责都有哪些呀",EE,[Q(F1,"执行年度PM计划"),Q(F1,"30分钟内到达现场"),Q(F1,"统计分析MTBF、MTTR"),Q(F1,"管理备品备件的请购")],[["PM"],["30分钟"],["MTBF","MTTR"],["备品备件"]])
add("duty","manager","品质工程师负责哪些工作，客诉这块怎么要求的",QE,[Q(F1,"48小时内提交初步报告"),Q(F1,"主导来料、制程、出货质量异常的处理"),Q(F1,"维护控制计划（Control Plan）与PFMEA")],[["48小时"],["MRB"],["PFMEA","控制计划"]])
add("duty","new_hire","测试工程师每天都在忙啥",TE,[Q(F1,"开发与调试ATE测试程序"),Q(F1,"测试硬件（Load Board、Socket）的设计确认"),Q(F1,"优化单颗测试时间"),Q(F1,"配合失效分析（FA）"),L(F6,15,18)],[["ATE"],["Load Board"],["测试时间"],["失效分析","FA"]])
add("duty","new_hire","洁净室管理员要负责哪些事情",CR,[Q(F7,"每日巡查洁净室温湿度、压差"),Q(F7,"每周进行一次尘埃粒子计数检测"),Q(F7,"管理洁净服的发放、清洗与更换"),Q(F7,"监督承包商进入洁净室作业")],[["温湿度"],["尘埃粒子"],["洁净服"],["承包商"]])
add("duty","new_hire","领班一个班下来要干哪些活",LD,[Q(F2,"主持班前会，传达当班生产计划"),Q(F2,"跟踪每小时产出（UPH）"),Q(F2,"防静电（ESD）手环与洁净服穿戴"),Q(F2,"填写《班组生产日报》")],[["班前会"],["UPH","每小时产出"],["ESD","防静电"],["生产日报"]])
add("duty","new_hire","制程技术员具体做什么工作",TEC,[L(F5,2,5),L(F8,18,22)],[["调机"],["首件"],["2小时"],["异常"]])
add("duty","new_hire","我去应聘操作员，进去主要干嘛",OP,[L(F5,8,11),L(F6,35,36)],[["上料","上下料"],["目检"],["流转卡"]])
add("duty","hr","物料员的职责是什么",MH,[L(F5,14,17),L(F9,9)],[["晶圆","领取"],["FIFO","先进先出"],["盘点"],["退料","齐套"]])
add("duty","manager","ehs专员主要负责啥",EHS,[L(F5,19,23),L(F6,27,28)],[["化学品","危化品"],["安全检查"],["三级安全教育"],["应急演练"]])
add("duty","new_hire","设备工程师接到报修多久要到现场？",EE,[Q(F1,"30分钟内到达现场")],[["30分钟"],["维修记录"]])
add("duty","new_hire","作业员进洁净室有啥规矩",OP,[Q(F7,"作业员在洁净室内应按规定顺序更衣")],[["更衣"],["风淋"],["纸张","化妆品"]])
add("duty","hr","工艺工程师在键合工序上要负责什么",PE,[Q(F1,"负责引线键合（Wire Bond）工艺窗口管理")],[["拉力"],["推力"],["SPC"]])
add("duty","manager","交接单里说领班每个月要组织啥检查",LD,[Q(F2,"每月组织一次班组5S检查与评比")],[["5S"],["评比"]])
# ---- qualification 10
add("qualification","hr","工艺工程师招人有啥要求，学历经验这些",PE,[Q(F1,"微电子、材料、机械、物理等相关专业"),Q(F1,"经验要求由2年提高至3年"),Q(F1,"熟悉SPC、DOE、FMEA")],[["3年"],["微电子"],["SPC","DOE","FMEA"]])
add("qualification","hr","设备工程师的任职资格",EE,[Q(F1,"机电一体化、自动化、电气工程等相关专业"),Q(F1,"2年以上半导体或SMT设备维护经验"),Q(F1,"低压电工作业证（必需")],[["机电一体化","自动化"],["2年"],["低压电工"]])
add("qualification","hr","QE的任职条件是什么",QE,[Q(F1,"3年以上半导体或汽车电子行业质量工作经验"),Q(F1,"熟悉8D、SPC、MSA等质量工具"),Q(F1,"持IATF 16949内审员证书者优先")],[["3年"],["8D","MSA"],["IATF16949"]])
add("qualification","hr","测试工程师需要满足哪些条件",TE,[Q(F1,"2年以上ATE测试开发经验"),Q(F1,"熟悉C/C++或Python，英语读写熟练"),L(F6,11),L(F6,20,21)],[["2年"],["C/C++","Python"],["电子工程","微电子"]])
add("qualification","new_hire","当领班需要啥条件",LD,[Q(F2,"生产领班须具备高中或中专及以上学历")],[["高中","中专"],["3年"],["1年班组管理"],["班组长任职资格证"]])
add("qualification","new_hire","我初中毕业能去做操作工吗",OP,[L(F5,8),Q(F4,"初中及以上"),L(F6,34)],[["初中"],["无经验","带薪培训"]])
add("qualification","hr","制程技术员的任职要求",TEC,[L(F5,2,7)],[["中专","高职"],["1年"],["机械图纸"],["电工证"]])
add("qualification","hr","EHS专员任职资格有哪些",EHS,[L(F5,19,24),L(F6,26),L(F6,29,30)],[["本科"],["3年"],["注册安全工程师"],["ISO14001","ISO45001"]])
add("qualification","new_hire","物料员要会用什么系统？还有别的要求没",MH,[L(F5,14,18)],[["ERP","WMS"],["叉车证"],["1年"]])
add("qualification","hr","操作员对视力和年龄有要求么",OP,[L(F5,11)],[["1.0"],["18-40"],["色盲"]])
# ---- attribute 10
add("attribute","new_hire","设备工程师的直属领导是谁",EE,[Q(F1,"设备部主管")],[["设备部主管"],["主管"]],attr="reports_to")
add("attribute","hr","测试工程师工资多少",TE,[Q(F1,"税前13,000–20,000元/月"),L(F6,11)],[["13,000","13-20K","13000"],["20,000","20K","20000"]],attr="pay")
add("attribute","new_hire","品质工程师在哪里上班",QE,[Q(F1,"苏州一厂／无锡二厂（按季度轮岗）")],[["苏州"],["无锡"],["轮岗"]],attr="location")
add("attribute","manager","生产领班手下管多少人",LD,[Q(F2,"B班作业员约18人")],[["作业员"],["18人"]],attr="subordinates")
add("attribute","hr","EHS专员归哪个部门",EHS,[L(F5,19),L(F6,26)],[["行政与EHS部"],["EHS"]],attr="department")
add("attribute","new_hire","操作工一个月能拿多少钱",OP,[L(F5,8),L(F6,34)],[["4.8k","5500","4800"],["6.2k","7500","6200"]],attr="pay")
add("attribute","hr","物料员现在归谁管",MH,[L(F9,6,7)],[["生产计划主管"],["仓库主管","3月1日"]],attr="reports_to")
add("attribute","new_hire","设备工程师一定要有电工证吗",EE,[Q(F1,"低压电工作业证（必需，上岗前须取得）")],[["低压电工"],["必需","上岗前"]],attr="certificate")
add("attribute","new_hire","工艺工程师这个岗位设置的目的是什么",PE,[Q(F1,"负责封装工艺（划片、装片、键合、塑封）的稳定与持续改进")],[["良率"],["稳定","持续改进"]],attr="purpose")
add("attribute","hr","EHS专员要求什么专业",EHS,[L(F5,19),L(F6,30)],[["安全工程"],["环境工程"]],attr="major")
# ---- kpi 5
add("kpi","manager","工艺工程师KPI考核哪几项，权重多少",PE,[Q(F3,"K01 封装良率"),Q(F3,"K02 工艺异常关闭及时率"),Q(F3,"K03 NPI一次通过率"),Q(F3,"K09 8D报告按时完成率"),Q(F3,"30%｜≥99.30%")],[["封装良率"],["工艺异常关闭及时率"],["NPI一次通过率"],["30%"]])
add("kpi","hr","设备工程师的考核指标",EE,[Q(F3,"K04 设备综合效率OEE"),Q(F3,"K05 平均故障修复时间MTTR"),Q(F3,"K06 PM计划达成率")],[["OEE"],["MTTR"],["PM计划达成率"]])
add("kpi","manager","品质部部门KPI有哪些，各占多少",None,[Q(F3,"来料检验及时率"),Q(F3,"内审问题关闭率"),Q(F3,"客户满意度"),Q(F3,"培训计划完成率")],[["来料检验及时率"],["内审问题关闭率"],["客户满意度"],["培训计划完成率"]])
add("kpi","hr","领班怎么考核",LD,[Q(F3,"K12 UPH达成率"),Q(F3,"K13 班组安全事故次数"),Q(F3,"K14 作业员技能认证率")],[["UPH达成率"],["安全事故"],["技能认证率"]])
add("kpi","manager","测试工程师的kpi指标",TE,[Q(F3,"K10 测试程序一次上线成功率"),Q(F3,"K11 单颗测试时间缩减率"),Q(F3,"K15 测试良率")],[["一次上线成功率"],["测试时间缩减率"],["测试良率"]])
# ---- jd 3
add("jd","hr","帮我写一份设备工程师JD，招聘要用",EE,[Q(F1,"执行年度PM计划"),Q(F1,"统计分析MTBF、MTTR"),Q(F1,"管理备品备件的请购")],[["PM"],["MTBF","MTTR"],["备品备件"]],
    tool={"kind":"jd","role":EE,"must_cite_files":[F1],"expect_sections":["duties","qualifications"]})
add("jd","hr","给制程技术员出个岗位说明书",TEC,[L(F5,2,5),L(F8,18,22)],[["调机"],["首件"],["DOE","异常"]],
    tool={"kind":"jd","role":TEC,"must_cite_files":[F5],"expect_sections":["duties","qualifications"]})
add("jd","manager","起草一份EHS专员的招聘JD",EHS,[L(F5,19,24)],[["化学品","危化品"],["三级安全教育"],["应急演练"]],
    tool={"kind":"jd","role":EHS,"must_cite_files":[F5],"expect_sections":["duties","qualifications"]})
# ---- kpi_design 3
add("kpi_design","manager","帮设备工程师设计5个KPI",EE,[Q(F3,"K04 设备综合效率OEE"),Q(F3,"K05 平均故障修复时间MTTR"),Q(F3,"K06 PM计划达成率")],[["设备综合效率OEE","OEE"],["平均故障修复时间MTTR","MTTR"],["PM计划达成率"]],
    tool={"kind":"kpi_design","role":EE,"count":5,"must_cite_files":[F3],"expected_indicators":["设备综合效率OEE","平均故障修复时间MTTR","PM计划达成率"]})
add("kpi_design","hr","品质部的部门考核指标帮我设计一下",None,[Q(F3,"来料检验及时率"),Q(F3,"内审问题关闭率"),Q(F3,"K08 出货DPPM")],[["出货DPPM"],["内审问题关闭率"],["来料检验及时率"]],
    tool={"kind":"kpi_design","role":"品质部","count":None,"must_cite_files":[F3],"expected_indicators":["出货DPPM","内审问题关闭率","来料检验及时率"]})
add("kpi_design","manager","给生产领班做一套绩效考核方案",LD,[Q(F3,"K12 UPH达成率"),Q(F3,"K13 班组安全事故次数"),Q(F3,"K14 作业员技能认证率")],[["UPH达成率"],["班组安全事故次数"],["作业员技能认证率"]],
    tool={"kind":"kpi_design","role":LD,"count":None,"must_cite_files":[F3],"expected_indicators":["UPH达成率","班组安全事故次数","作业员技能认证率"]})
# ---- followup 8
add("followup","new_hire","工艺工程师的上级是谁",PE,[Q(F4,"封装工程部经理")],[["封装工程部经理"],["经理"]],attr="reports_to",turns=[
    T("那他下面管谁？","attribute",PE,[L(F8,10,14)],[["制程技术员"],["技术员"]],"subordinates"),
    T("那工资大概多少呢","attribute",PE,[Q(F1,"税前12,000–18,000元/月")],[["12,000","12000"],["18,000","18000"]],"pay")])
add("followup","new_hire","测试工程师做哪些事",TE,[Q(F1,"开发与调试ATE测试程序"),L(F6,15,18)],[["ATE"],["Load Board"]],turns=[
    T("第2条能展开说说不","duty",TE,[Q(F1,"测试硬件（Load Board、Socket）的设计确认"),L(F6,16)],[["Load Board"],["Socket"]]),
    T("换成设备工程师呢","duty",EE,[Q(F1,"执行年度PM计划"),Q(F1,"30分钟内到达现场"),Q(F1,"统计分析MTBF、MTTR")],[["PM"],["30分钟"],["MTBF","MTTR"]])])
add("followup","hr","物料员是干啥的",MH,[L(F5,14,17)],[["线边仓"],["盘点"]],turns=[
    T("他现在的上级是谁","attribute",MH,[L(F9,6,7)],[["生产计划主管"],["仓库主管","3月1日"]],"reports_to"),
    T("他要什么学历啊","attribute",MH,[L(F5,14)],[["高中","中专"],["及以上"]],"education")])
add("followup","hr","品质工程师任职要求",QE,[Q(F1,"3年以上半导体或汽车电子行业质量工作经验")],[["3年"],["半导体","汽车电子"]],turns=[
    T("还有吗，证书方面呢","attribute",QE,[Q(F1,"持IATF 16949内审员证书者优先")],[["IATF16949"],["内审员"]],"certificate"),
    T("那这个岗位KPI呢","kpi",QE,[Q(F3,"K07 客户投诉次数"),Q(F3,"K08 出货DPPM")],[["客户投诉次数"],["出货DPPM"]])])
add("followup","new_hire","洁净室管理员职责有哪些",CR,[Q(F7,"每日巡查洁净室温湿度、压差"),Q(F7,"管理洁净服的发放、清洗与更换")],[["温湿度"],["洁净服"]],turns=[
    T("第三条具体讲讲","duty",CR,[Q(F7,"管理洁净服的发放、清洗与更换")],[["洁净服"],["每周清洗两次"]]),
    T("那作业员呢","duty",OP,[Q(F7,"作业员在洁净室内应按规定顺序更衣")],[["更衣"],["风淋"]])])
add("followup","hr","EHS专员的任职要求",EHS,[L(F5,19,24)],[["注册安全工程师"],["ISO14001","ISO45001"]],turns=[
    T("在哪个厂上班","attribute",EHS,[L(F5,19),L(F6,26)],[["苏州一厂"],["苏州"]],"location"),
    T("换成测试工程师呢","attribute",TE,[Q(F1,"无锡二厂 测试车间"),L(F6,11)],[["无锡二厂"],["无锡"]],"location")])
add("followup","manager","领班每班要做哪些事",LD,[Q(F2,"主持班前会，传达当班生产计划"),Q(F2,"填写《班组生产日报》")],[["班前会"],["生产日报"]],turns=[
    T("第5条啥意思，展开下","duty",LD,[Q(F2,"组织新作业员上岗培训及技能认证")],[["上岗证"],["技能认证"]]),
    T("那他的考核指标都有哪些","kpi",LD,[Q(F3,"K12 UPH达成率"),Q(F3,"K13 班组安全事故次数"),Q(F3,"K14 作业员技能认证率")],[["UPH达成率"],["安全事故"],["技能认证率"]])])
add("followup","new_hire","作业员要啥学历",OP,[L(F5,8),Q(F4,"初中及以上"),L(F6,34)],[["初中"],["及以上"]],attr="education",turns=[
    T("上班在哪","attribute",OP,[L(F5,8),L(F6,34)],[["苏州"],["无锡"]],"location"),
    T("有啥福利","attribute",OP,[L(F6,37,38)],[["住宿"],["班车"],["夜班津贴"]],"benefits")])
# ---- out of scope 7
for p,q,r in [("new_hire","设备技术员的岗位职责是什么","设备技术员"),("new_hire","测试技术员平时做些什么","测试技术员"),
              ("hr","洁净室管理员需要持什么证书",None),("new_hire","请假流程是怎么走的",None),("new_hire","作业员的晋升标准是什么",None),
              ("hr","苏州社保缴费比例是多少",None),("manager","帮我写个Python脚本统计测试良率",None)]:
    add("out_of_scope",p,q,r,[],[])
assert len(items)==60, len(items)
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter; print(Counter(i["intent"] for i in items))
