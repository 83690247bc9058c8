# builds set.jsonl (run once, before the first gangwei run)
import json
S1="sg01_转炉工段岗位说明书汇编.docx"; S2="sg02_生产技术科设备科岗位职责.docx"; S3="sg03_KPI指标库与岗位考核方案.xlsx"
S4="sg04_定岗定员与岗级工资.xlsx"; S5="sg05_特种作业及持证要求清单.csv"; S6="sg06_内部竞聘公告.html"
S7="sg07_天车工岗位说明书.pdf"; S8="sg08_质量检验科岗位手册.md"; S9="sg09_检化验与仓储岗位说明.txt"; S10="sg10_倒班与加班管理规定.txt"
def q(f,t): return {"file":f,"quote":t}
def L(f,a,b): return {"file":f,"line_start":a,"line_end":b}
items=[]
def add(id,persona,intent,question,role,evidence,kp,attribute=None,turns=None,tool=None):
    items.append({"id":id,"persona":persona,"intent":intent,"question":question,"role":role,"attribute":attribute,
      "evidence":evidence,"key_points":kp,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool})
def T(question,intent,role,evidence=(),kp=(),attribute=None):
    d={"question":question,"intent":intent,"role":role,"evidence":list(evidence),"key_points":list(kp)}
    if attribute: d["attribute"]=attribute
    return d
LZ_D=[q(S1,"全面负责本炉座冶炼操作，按工艺规程组织吹炼"),q(S1,"组织溅渣护炉和炉衬维护，控制炉龄"),q(S1,"主持班前会，落实危险源辨识"),q(S1,"做好炉次记录和交接班")]
# ---- duty 14
add("t45s-duty-01","new_hire","duty","刚分到转炉当炉长，我主要要干哪些活？","炉长",LZ_D,[["吹炼"],["溅渣护炉"],["班前会"],["交接班"]])
add("t45s-duty-02","new_hire","duty","炉前一助手平时负责些啥","炼钢工",[q(S1,"负责测温、取样和挡渣出钢操作"),q(S1,"检查氧枪、副枪、烟道等设备状态"),q(S1,"准备炉前工具和耐材，维护出钢口")],[["测温"],["挡渣出钢"],["氧枪"],["出钢口"]])
add("t45s-duty-03","new_hire","duty","连铸大包工每天都干些什么？","连铸工",[L(S6,20,20)],[["开浇"],["结晶器液位","结晶器"],["定尺"],["浇次记录"]])
add("t45s-duty-04","new_hire","duty","天车司机的岗位职责有哪些","天车工",[q(S7,"按指挥信号吊运铁水罐、钢水包和废钢斗"),q(S7,"班前检查制动器、钢丝绳、吊钩和限位器"),q(S7,"吊运熔融金属时先试吊后起吊"),q(S7,"保持司机室整洁，认真做好交接班记录")],[["指挥信号"],["制动器"],["先试吊"],["交接班记录"]])
add("t45s-duty-05","hr","duty","调度员要负责哪些事情","生产调度员",[q(S2,"按日生产计划组织铁水、废钢、合金等物料平衡"),q(S2,"实时监控生产进度，处理生产异常"),q(S2,"编制生产日报，统计产量"),q(S2,"按应急预案组织处置并逐级上报")],[["物料平衡"],["调度指令"],["生产日报"],["应急预案"]])
add("t45s-duty-06","new_hire","duty","点检员职责是什么？","设备点检员",[q(S2,"对责任区域设备进行日常点检和专业点检"),q(S2,"编制定修计划和备件需求计划"),q(S2,"负责检修后的验收和试车"),q(S2,"维护设备台账和点检管理系统数据")],[["日常点检"],["定修计划"],["验收"],["设备台账"]])
add("t45s-duty-07","new_hire","duty","质检员平时主要干啥","质检员",[L(S8,22,26)],[["表面质量"],["取样"],["不合格品"],["质量报表"]])
add("t45s-duty-08","new_hire","duty","化验室的化验员工作职责","化验员",[L(S9,9,16)],[["光谱分析"],["校准"],["标样"],["原始记录"]])
add("t45s-duty-09","manager","duty","仓管员要做些什么工作？","仓储管理员",[L(S9,9,15)],[["入库验"],["先进先出"],["ERP"],["防潮"]])
add("t45s-duty-10","manager","duty","炉长在安全方面要负责什么","炉长",[q(S1,"负责本班安全生产，主持班前会")],[["班前会"],["危险源辨识"],["手指口述"]])
add("t45s-duty-11","new_hire","duty","开天车时碰到异常情况该咋办","天车工",[q(S7,"发生异常立即停车，报告天车班班长和调度室")],[["停车"],["班长"],["调度室"]])
add("t45s-duty-12","manager","duty","炉长现在还管合金配料吗","炉长",[q(S1,"删去“合金配料”：自2025年3月起合金配料由合金工负责")],[["合金工"],["复核"]])
add("t45s-duty-13","hr","duty","点检员在设备检修这块管什么","设备点检员",[q(S2,"监督检修质量，负责检修后的验收和试车")],[["检修质量"],["验收"],["试车"]])
add("t45s-duty-14","new_hire","duty","仓库管理员多久盘点一次？","仓储管理员",[L(S9,11,12)],[["每月盘点"],["账、物、卡相符","账物卡相符"]])
# ---- qualification 10
add("t45s-qual-01","hr","qualification","当炉长要什么学历和经验","炉长",[q(S1,"冶金工程、钢铁冶金等相关专业"),q(S1,"5年以上转炉炼钢工作经验，其中担任一助手不少于2年"),q(S1,"大专及以上")],[["大专"],["5年"],["一助手不少于2年"]])
add("t45s-qual-02","hr","qualification","招炼钢工有啥要求","炼钢工",[q(S1,"中专、技校及以上"),q(S1,"1年以上炉前工作经验"),q(S1,"炼钢工（中级工）职业技能等级证书")],[["技校"],["1年以上炉前"],["中级工"]])
add("t45s-qual-03","new_hire","qualification","我想去竞聘连铸工，需要满足什么条件","连铸工",[L(S6,24,24)],[["高中或中专"],["2年以上"],["中级工"]])
add("t45s-qual-04","new_hire","qualification","开天车需要什么条件？","天车工",[q(S7,"初中及以上学历，高中优先"),q(S7,"1年以上冶金铸造起重机操作经验"),q(S7,"持特种设备作业人员证（Q2）"),q(S7,"视力（含矫正）不低于5.0")],[["初中"],["起重机操作经验"],["Q2"],["5.0"]])
add("t45s-qual-05","hr","qualification","生产调度的任职要求","生产调度员",[q(S2,"任职要求：本科及以上学历，冶金工程、自动化等相关专业")],[["本科"],["3年以上"],["MES"]])
add("t45s-qual-06","hr","qualification","设备点检员对学历专业有要求么","设备点检员",[q(S2,"机械工程、电气自动化"),q(S2,"3年以上冶金设备维修或点检经验")],[["大专"],["机械工程"],["电气自动化"]])
items[-1]["evidence"].append(q(S2,"大专及以上"))
add("t45s-qual-07","hr","qualification","质检员招聘条件是啥","质检员",[L(S8,30,40)],[["中专"],["1年以上"],["无损检测","UT/MT"]])
add("t45s-qual-08","manager","qualification","化验员要招什么样的人","化验员",[L(S9,17,20)],[["中专"],["分析化学"],["化学检验员"]])
add("t45s-qual-09","manager","qualification","做仓管员需要几年经验？","仓储管理员",[L(S9,17,18)],[["2年"],["叉车"]])
add("t45s-qual-10","manager","qualification","炉长需要具备哪些能力","炉长",[q(S1,"冶炼过程判断"),q(S1,"班组管理"),q(S1,"应急处置")],[["冶炼过程判断"],["班组管理"],["应急处置"]])
# ---- attribute 10
add("t45s-attr-01","new_hire","attribute","炉长归谁管？","炉长",[q(S4,"转炉作业长"),q(S1,"异常情况及时报告转炉作业长和生产调度员")],[["转炉作业长"],["作业长"]],attribute="reports_to")
add("t45s-attr-02","manager","attribute","炉长手下带哪些人","炉长",[q(S1,"炼钢工（一助手、二助手）、合金工")],[["炼钢工"],["合金工"]],attribute="subordinates")
add("t45s-attr-03","new_hire","attribute","天车工在哪儿上班","天车工",[q(S7,"工作地点：加料跨、钢水接受跨")],[["加料跨"],["钢水接受跨"]],attribute="location")
add("t45s-attr-04","new_hire","attribute","天车工工资大概多少钱一个月","天车工",[q(S4,"4800"),q(S4,"1800")],[["4800"],["1800"]],attribute="pay")
add("t45s-attr-05","new_hire","attribute","连铸工待遇怎么样","连铸工",[L(S6,16,16),q(S4,"5400"),q(S4,"2200")],[["7500"],["9500"]],attribute="pay")
add("t45s-attr-06","new_hire","attribute","调度员上面是谁","生产调度员",[q(S2,"直接上级为调度室主任"),q(S2,"调度室主任由生产技术科副科长兼任"),q(S4,"调度室主任")],[["调度室主任"],["副科长"]],attribute="reports_to")
add("t45s-attr-07","hr","attribute","安全员属于哪个部门","安全员",[q(S2,"安全员隶属安全环保科")],[["安全环保科"],["安全员"]],attribute="department")
add("t45s-attr-08","hr","attribute","天车工要持什么证","天车工",[q(S7,"持特种设备作业人员证（Q2）"),L(S5,5,5)],[["特种设备作业人员证"],["Q2"]],attribute="certificate")
add("t45s-attr-09","hr","attribute","安全员需要啥证书","安全员",[L(S5,7,7)],[["考核合格证"],["注册安全工程师"]],attribute="certificate")
add("t45s-attr-10","new_hire","attribute","质检员现在的直接领导是谁？","质检员",[L(S10,10,11),L(S8,14,15)],[["副科长"],["7月1日"]],attribute="reports_to")
# ---- kpi 5
add("t45s-kpi-01","manager","kpi","炉长考核哪些KPI","炉长",[q(S3,"终点碳温双命中率"),q(S3,"钢铁料消耗"),q(S3,"转炉炉龄"),q(S3,"冶炼周期"),q(S3,"安全违章次数")],[["终点碳温双命中率"],["钢铁料消耗"],["转炉炉龄"],["冶炼周期"],["安全违章"]])
add("t45s-kpi-02","manager","kpi","连铸工的绩效指标是哪几个","连铸工",[q(S3,"铸机作业率"),q(S3,"漏钢次数"),q(S3,"铸坯合格率")],[["铸机作业率"],["漏钢"],["铸坯合格率"]])
add("t45s-kpi-03","manager","kpi","点检员KPI有哪些","设备点检员",[q(S3,"设备故障停机时间"),q(S3,"点检计划完成率"),q(S3,"铸机作业率")],[["设备故障停机时间"],["点检计划完成率"],["铸机作业率"]])
add("t45s-kpi-04","hr","kpi","铸坯合格率这个指标怎么算","连铸工",[q(S3,"合格铸坯量÷铸坯总量×100%")],[["合格铸坯量"],["铸坯总量"]])
add("t45s-kpi-05","manager","kpi","仓储管理员考核什么指标","仓储管理员",[q(S3,"库存账物相符率"),q(S3,"发料及时率"),q(S3,"安全违章次数")],[["库存账物相符率"],["发料及时率"],["安全违章"]])
# ---- jd 3
add("t45s-jd-01","hr","jd","帮我写一份天车工的招聘JD","天车工",[q(S7,"按指挥信号吊运铁水罐、钢水包和废钢斗"),q(S7,"班前检查制动器、钢丝绳、吊钩和限位器"),q(S7,"吊运熔融金属时先试吊后起吊")],[["指挥信号"],["制动器"],["先试吊"]],
    tool={"kind":"jd","role":"天车工","must_cite_files":[S7],"expect_sections":["duties","qualifications"]})
add("t45s-jd-02","hr","jd","给质检员出个岗位说明书","质检员",[L(S8,22,26)],[["表面质量"],["不合格品"],["质量报表"]],
    tool={"kind":"jd","role":"质检员","must_cite_files":[S8],"expect_sections":["duties","qualifications"]})
add("t45s-jd-03","hr","jd","起草一份生产调度员的JD","生产调度员",[q(S2,"按日生产计划组织铁水、废钢、合金等物料平衡"),q(S2,"实时监控生产进度，处理生产异常"),q(S2,"编制生产日报，统计产量")],[["物料平衡"],["调度指令"],["生产日报"]],
    tool={"kind":"jd","role":"生产调度员","must_cite_files":[S2],"expect_sections":["duties","qualifications"]})
# ---- kpi_design 3
def kd(id,question,role,count,inds,persona="manager"):
    add(id,persona,"kpi_design",question,role,[q(S3,i) for i in inds],[[i] for i in inds],
        tool={"kind":"kpi_design","role":role,"count":count,"must_cite_files":[S3],"expected_indicators":inds})
kd("t45s-kd-01","帮炉长设计5个KPI","炉长",5,["终点碳温双命中率","钢铁料消耗","转炉炉龄","冶炼周期"])
kd("t45s-kd-02","给设备科点检员弄一套考核指标","设备点检员",None,["设备故障停机时间","点检计划完成率"])
kd("t45s-kd-03","化验员的绩效考核表帮我起草一下，3个指标就行","化验员",3,["化验报出及时率","化验数据准确率","安全违章次数"],persona="hr")
# ---- followup 8
LG_D=[q(S1,"负责测温、取样和挡渣出钢操作"),q(S1,"按炉长指令进行兑铁、加废钢、加辅料和吹炼操作")]
add("t45s-fu-01","new_hire","followup","炼钢工是干啥的","炼钢工",LG_D,[["测温"],["吹炼"]],turns=[
  T("他上级是谁","attribute","炼钢工",[q(S1,"发现漏水等隐患立即报告炉长"),L(S5,2,2)],[["炉长"],["炉长"]],attribute="reports_to"),
  T("要什么证","attribute","炼钢工",[q(S1,"炼钢工（中级工）职业技能等级证书"),L(S5,2,2)],[["中级工"],["煤气防护培训合格证"]],attribute="certificate")])
add("t45s-fu-02","new_hire","followup","天车工具体干哪些活","天车工",[q(S7,"按指挥信号吊运铁水罐、钢水包和废钢斗"),q(S7,"吊运熔融金属时先试吊后起吊")],[["指挥信号"],["先试吊"]],turns=[
  T("任职要求呢","qualification","天车工",[q(S7,"初中及以上学历，高中优先"),q(S7,"持特种设备作业人员证（Q2）")],[["初中"],["Q2"]]),
  T("换成连铸工呢？","qualification","连铸工",[L(S6,24,24)],[["高中或中专"],["2年以上"]])])
add("t45s-fu-03","hr","followup","生产调度员归哪个部门","生产调度员",[q(S2,"生产调度员隶属生产技术科调度室")],[["生产技术科"],["调度室"]],attribute="department",turns=[
  T("他要干哪些事","duty","生产调度员",[q(S2,"按日生产计划组织铁水、废钢、合金等物料平衡"),q(S2,"编制生产日报，统计产量")],[["物料平衡"],["生产日报"]]),
  T("第2条具体说说","duty","生产调度员",[q(S2,"实时监控生产进度，处理生产异常")],[["生产进度"],["调度日志"]])])
add("t45s-fu-04","manager","followup","质检员考核啥指标","质检员",[q(S3,"检验误判率"),q(S3,"铸坯合格率")],[["检验误判率"],["铸坯合格率"]],turns=[
  T("那化验员呢","kpi","化验员",[q(S3,"化验报出及时率"),q(S3,"化验数据准确率")],[["化验报出及时率"],["化验数据准确率"]]),
  T("还有吗","kpi","化验员",[q(S3,"安全违章次数")],[["安全违章"],["违章"]])])
add("t45s-fu-05","hr","followup","仓管员需要什么学历","仓储管理员",[L(S9,17,18)],[["高中"],["2年"]],turns=[
  T("有证书要求吗","attribute","仓储管理员",[L(S5,10,10),L(S9,17,18)],[["叉车"],["N1","优先"]],attribute="certificate"),
  T("他归谁管","attribute","仓储管理员",[L(S9,6,6)],[["物资供应科科长"],["科长"]],attribute="reports_to")])
add("t45s-fu-06","new_hire","followup","点检员职责有哪些","设备点检员",[q(S2,"对责任区域设备进行日常点检和专业点检"),q(S2,"编制定修计划和备件需求计划")],[["日常点检"],["定修计划"]],turns=[
  T("需要什么证","attribute","设备点检员",[q(S2,"设备点检员职业技能等级证书；从事电气点检的须持低压电工作业证"),L(S5,6,6)],[["设备点检员职业技能等级证书"],["低压电工作业证"]],attribute="certificate"),
  T("LF精炼工呢","out_of_scope","LF精炼工")])
add("t45s-fu-07","new_hire","followup","化验员的岗位职责","化验员",[L(S9,9,16)],[["光谱分析"],["标样"]],turns=[
  T("那任职要求呢","qualification","化验员",[L(S9,17,20)],[["中专"],["化学检验员"]]),
  T("工资多少","attribute","化验员",[q(S4,"4800"),q(S4,"1800")],[["4800"],["1800"]],attribute="pay")])
add("t45s-fu-08","manager","followup","连铸工的KPI","连铸工",[q(S3,"铸机作业率"),q(S3,"漏钢次数")],[["铸机作业率"],["漏钢"]],turns=[
  T("第1个指标怎么计算","kpi","连铸工",[q(S3,"铸机实际浇铸时间÷日历时间×100%")],[["实际浇铸时间"],["日历时间"]]),
  T("他的工作地点在哪","attribute","连铸工",[L(S6,16,16)],[["二号板坯连铸机"],["连铸机"]],attribute="location")])
# ---- out of scope 7
for i,(p,qq,r) in enumerate([("new_hire","安全员的岗位职责有哪些","安全员"),("new_hire","LF精炼工要干啥","LF精炼工"),
    ("hr","连铸主控工招聘要求是什么","连铸主控工"),("manager","质检班长的职责是什么","质检班长"),
    ("new_hire","转炉炼钢脱磷的原理是什么",None),("new_hire","工伤保险怎么报销",None),("hr","高炉炉长的任职要求",None)],1):
    add(f"t45s-oos-0{i}",p,"out_of_scope",qq,r,[],[])
with open("set.jsonl","w",encoding="utf-8") as f:
    for it in items: f.write(json.dumps(it,ensure_ascii=False)+"\n")
from collections import Counter
print(len(items),Counter(i["intent"] for i in items))
