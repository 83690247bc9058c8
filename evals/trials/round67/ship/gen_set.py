# Generates set.jsonl (round 67, ship tester). Written before gangwei was run.
import json, pathlib
A="000_9eeea241028b3f98.txt"; B="001_96a5821ba6a26479.txt"; C="002_0ddfcbd208019869.txt"; D="003_7b824fd5cb031c95.txt"; E="004_ac9c22820f98b245.txt"
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def it(id,persona,intent,q,role,evs,kps,attribute=None,turns=None,tool=None):
    return {"id":id,"persona":persona,"intent":intent,"question":q,"role":role,"attribute":attribute,
            "evidence":evs,"key_points":kps,"expect_refusal":intent=="out_of_scope","turns":turns,"tool":tool}
def tu(q,intent,role,evs,kps,attribute=None):
    d={"question":q,"intent":intent,"role":role,"evidence":evs,"key_points":kps}
    if attribute: d["attribute"]=attribute
    return d
S=[]
# ---- duty (16)
S+= [
it("su-duty-67s01","new_hire","duty","一德研究院的分析师，日常工作内容能说说不","分析师",[ev(A,205,215)],[["分析研究"],["数据库","资料库"],["研发支持"]]),
it("su-duty-67s02","hr","duty","一德期货的人事专员主要负责哪几块","人力资源专员",[ev(A,229,243)],[["招聘"],["培训体系"],["合同管理","档案"],["福利"]]),
it("su-duty-67s03","new_hire","duty","期货公司财务部的财务岗，入职后主要忙哪些","财务岗",[ev(A,257,263)],[["核算"],["信用评价指标"],["试算平衡表","预算执行"]]),
it("su-duty-67s04","manager","duty","合规发展部的宣传专员负责啥","宣传专员",[ev(A,275,281)],[["制度整理"],["流程梳理"],["修订","修改建议"]]),
it("su-duty-67s05","new_hire","duty","CRM那块是客户关系专员在推吧，他还负责啥","客户关系专员",[ev(A,373,381)],[["客户分级维护"],["客户数据分析"],["CRM"]]),
it("su-duty-67s06","hr","duty","大连营业部财务专员一天到晚都忙啥","财务专员",[ev(A,395,403)],[["出市代表"],["出纳"],["社保","住房公积金"]]),
it("su-duty-67s07","new_hire","duty","营业部市场开发专员主要做什么事","市场开发专员",[ev(A,453,459)],[["客户开发"],["客户指导"],["盯市"]]),
it("su-duty-67s08","manager","duty","养生会所营销总监要管哪些工作","养生会所营销总监",[ev(B,29,61)],[["营销策略"],["例会"],["会员档案","客户数据库"],["大客户"]]),
it("su-duty-67s09","hr","duty","养生馆技术经理的职责是什么","健康养生会所技术经理",[ev(B,79,107)],[["培训"],["考勤"],["仪容仪表"]]),
it("su-duty-67s10","new_hire","duty","按摩部主管日常负责哪些","养生会所按摩技师部门主管",[ev(B,109,117)],[["考核"],["卫生"],["消耗品"]]),
it("su-duty-67s11","hr","duty","银行呼叫中心做数据汇总分析的那个岗位，职责有哪些",None,[ev(B,225,243)],[["满意度调查"],["历史录音"],["知识库"]]),
it("su-duty-67s12","new_hire","duty","开网店的话，客服专员得负责些啥","客服专员",[ev(C,294,298)],[["在线客服"],["售前"],["售后","退换货"]]),
it("su-duty-67s13","new_hire","duty","银行风控类岗位是干什么的","风险控制类",[ev(C,197,199)],[["信用风险"],["风险指标"]]),
it("su-duty-67s14","manager","duty","搞网格化那个网格经理，要负责哪些东西","网格经理",[ev(E,56,63)],[["网格团队"],["项目管理"],["风险"]]),
it("su-duty-67s15","new_hire","duty","通信公司网格客户经理平常干点啥","网格客户经理",[ev(E,64,70)],[["用户档案","客户走访"],["欠费收缴"],["销售渠道"]]),
it("su-duty-67s16","hr","duty","大连营业部交易专员每天处理哪些事务","交易专员",[ev(A,417,419)],[["交易委托"],["风险控制"],["行情查询"]]),
]
# ---- qualification (12)
S+= [
it("su-qual-67s01","new_hire","qualification","想应聘一德的分析师需要什么条件","分析师",[ev(A,199,203)],[["研究生"],["经济学","金融","数学"]]),
it("su-qual-67s02","hr","qualification","财务部财务岗招人有啥要求","财务岗",[ev(A,247,255)],[["本科"],["金融","会计"],["期货从业人员资格证书","会计从业资格证"]]),
it("su-qual-67s03","hr","qualification","产品服务专员这个岗，对性格啥的有讲究没","产品服务专员",[ev(A,301,309)],[["性格外向"],["学生社团"],["组织培训"]]),
it("su-qual-67s04","new_hire","qualification","大连营业部财务专员的任职要求是啥","财务专员",[ev(A,385,393)],[["财务专业"],["用友"],["会计资格证书"]]),
it("su-qual-67s05","hr","qualification","信息技术专员得会哪些技术","信息技术专员",[ev(A,423,433)],[["linux"],["交换机","路由器"],["Cisco"]]),
it("su-qual-67s06","hr","qualification","行政助理招人有年龄限制吗，还有啥条件","行政助理",[ev(A,481,493)],[["28岁以下"],["普通话"],["大专"]]),
it("su-qual-67s07","manager","qualification","总部财务部招财务人员，门槛高不高","财务人员",[ev(A,501,511)],[["30岁以下"],["3年以上"],["VBA"]]),
it("su-qual-67s08","new_hire","qualification","技术二部软件开发工程师需要啥条件","软件开发工程师",[ev(A,545,555)],[["一年以上"],["C#","Java"],["WEB开发框架"]]),
it("su-qual-67s09","new_hire","qualification","当老师要什么资质","教师",[ev(A,653,661),ev(A,681,697)],[["教师资格证"],["普通话证书"]]),
it("su-qual-67s10","new_hire","qualification","银行柜员什么样的人比较吃香","柜员",[ev(C,208,210)],[["从业资格"],["一站式"]]),
it("su-qual-67s11","hr","qualification","营业部市场开发专员对应聘者有啥要求","市场开发专员",[ev(A,443,451)],[["金融","经济","市场营销"],["业务拓展"],["期货从业资格"]]),
it("su-qual-67s12","new_hire","qualification","制度专员要不要期货从业资格，学历呢","制度专员",[ev(A,285,291)],[["期货从业资格"],["本科"]]),
]
# ---- attribute (8)
S+= [
it("su-attr-67s01","new_hire","attribute","大客户经理上头领导是哪个","大客户经理",[ev(E,118,122)],[["营运总监"],["指令和监督","请示批准"]],attribute="reports_to"),
it("su-attr-67s02","manager","attribute","大客户经理有没有下属","大客户经理",[ev(E,123,124)],[["直属下级"],["直接监督"]],attribute="subordinates"),
it("su-attr-67s03","new_hire","attribute","按摩技师主管对谁负责","养生会所按摩技师部门主管",[ev(B,111)],[["部门经理"],["主管"]],attribute="reports_to"),
it("su-attr-67s04","new_hire","attribute","养生会所那个技术经理，听谁的安排","健康养生会所技术经理",[ev(B,81)],[["会所总经理"],["保健部经理"]],attribute="reports_to"),
it("su-attr-67s05","new_hire","attribute","分析师工作地点能选上海吗","分析师",[ev(A,217)],[["上海"],["工作地点"]],attribute="location"),
it("su-attr-67s06","hr","attribute","一德招人力资源专员对专业有要求吗","人力资源专员",[ev(A,223)],[["人力资源相关专业"],["本科"]],attribute="major"),
it("su-attr-67s07","new_hire","attribute","邮政那边大客户经理每月交通通信补贴给多少","大客户经理",[ev(B,139)],[["150元"],["交通费","通信费"]],attribute="pay"),
it("su-attr-67s08","new_hire","attribute","交易专员没期货从业证能去吗","交易专员",[ev(A,407,415)],[["期货从业资格"],["交割业务","交易所"]],attribute="certificate"),
]
# ---- kpi / method (4)
S+= [
it("su-kpi-67s01","manager","kpi","银行客户维度可以拿哪些指标来考核",None,[ev(A,65)],[["市场占有率"],["客户满意度"],["新增个人VIP客户数"]]),
it("su-kpi-67s02","manager","kpi","销售人员一般考核哪些业务量指标","销售人员",[ev(A,103)],[["销售量"],["货款回收率"]]),
it("su-method-67s01","hr","method","证券营业部给客户经理做考核，周期怎么定的","客户经理",[ev(D,155)],[["每月进行一次"],["三个月"],["年终"]]),
it("su-method-67s02","hr","method","邮政大客户经理的大客户服务和维护这项怎么评分","大客户经理",[ev(B,165,169)],[["回访次数"],["满意度"]]),
]
# ---- jd (2)
S+= [
it("su-jd-67s01","hr","jd","行政部要招个行政助理，起草份职位说明书给我","行政助理",[ev(A,465,493)],[["总机"],["来访人员"],["考勤"]],
   tool={"kind":"jd","role":"行政助理","must_cite_files":[A],"expect_sections":["duties","qualifications"]}),
it("su-jd-67s02","hr","jd","给技术二部的软件开发工程师起草个岗位说明书","软件开发工程师",[ev(A,535,555)],[["财务软件"],["数据产品平台"],["设计文档"]],
   tool={"kind":"jd","role":"软件开发工程师","must_cite_files":[A],"expect_sections":["duties","qualifications"]}),
]
# ---- kpi_design (2)
S+= [
it("su-kd-67s01","manager","kpi_design","邮政大客户经理的KPI帮忙设计一下，按文档里那几项来","大客户经理",[ev(B,147,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"]],
   tool={"kind":"kpi_design","role":"大客户经理","count":None,"must_cite_files":[B],"expected_indicators":["基础工作","大客户服务和维护","信息反馈","大客户营销"]}),
it("su-kd-67s02","manager","kpi_design","按平衡计分卡给银行支行设计5个KPI","支行",[ev(A,63,69)],[["经济增加值"],["市场占有率"],["服务差错率"],["员工满意度"]],
   tool={"kind":"kpi_design","role":"支行","count":5,"must_cite_files":[A],"expected_indicators":["经济增加值","市场占有率","服务差错率","员工满意度"]}),
]
# ---- followup (8)
S+= [
it("su-fu-67s01","new_hire","followup","开户专员具体负责哪些事","开户专员",[ev(A,351,359)],[["开销户"],["档案管理"],["资料变更"]],turns=[
  tu("那要啥条件才能应聘","qualification","开户专员",[ev(A,341,349)],[["本科"],["服务意识"]]),
  tu("上班地点定了吗","attribute","开户专员",[ev(A,349)],[["天津"],["工作地点"]],"location")]),
it("su-fu-67s02","new_hire","followup","快递业务员的职责是什么","快递业业务员",[ev(A,603,615)],[["收送快件"],["开拓新市场"],["突发事件"]],turns=[
  tu("送快递的这个岗，顶头上司叫啥职位","attribute","快递业业务员",[ev(A,601)],[["快递业务主管"],["直属上司"]],"reports_to"),
  tu("快递员这岗是放在公司哪个部门的呀","attribute","快递业业务员",[ev(A,599)],[["业务部"],["所属部门"]],"department")]),
it("su-fu-67s03","manager","followup","大客户经理具体负责哪些工作范围内的事","大客户经理",[ev(E,125,132)],[["大客户工作目标"],["信息档案"],["售后服务标准"]],turns=[
  tu("这个岗有啥权限","duty","大客户经理",[ev(E,144,148)],[["报告权"],["奖罚提议权"],["车辆调动权"]]),
  tu("招这岗要求干过几年","attribute","大客户经理",[ev(E,152)],[["3年以上"],["大客户工作经验"]],"experience")]),
it("su-fu-67s04","new_hire","followup","家装业务员主要干什么","家装业务员",[ev(C,101,132)],[["签单"],["小区"],["宣传"]],turns=[
  tu("那外贸业务经理做啥呢","duty","外贸业务经理",[ev(C,160,183)],[["新客户"],["销售目标"]]),
  tu("外贸经理一个月能拿多少钱","out_of_scope","外贸业务经理",[],[])]),
it("su-fu-67s05","hr","followup","物业公司客服中心经理要管哪些事","客户服务中心经理",[ev(E,72,86)],[["例会"],["投诉记录"],["管理费催缴"]],turns=[
  tu("第6条具体是啥意思","duty","客户服务中心经理",[ev(E,79)],[["查清原因"],["预防措施"]]),
  tu("客服中心经理要对哪位领导负责","attribute","客户服务中心经理",[ev(E,74)],[["主管领导"],["负责"]],"reports_to")]),
it("su-fu-67s06","hr","followup","网络管理员需要什么条件","网络管理员",[ev(A,521,531)],[["计算机"],["30岁以下"],["Cisco"]],turns=[
  tu("那它的职责呢","duty","网络管理员",[ev(A,515,519)],[["网络系统维护"],["数据库管理"]]),
  tu("要不要有期货从业资格","attribute","网络管理员",[ev(A,531)],[["期货从业资格"],["优先"]],"certificate")]),
it("su-fu-67s07","manager","followup","凉山邮政大客户经理工资结构是啥样的","大客户经理",[ev(B,135,139)],[["业绩工资"],["营销奖励"],["外勤津贴"]],attribute="pay",turns=[
  tu("外勤津贴要考核吗","method","大客户经理",[ev(B,143)],[["不予考核"],["固定补助"]]),
  tu("信息反馈那项按什么打分","method","大客户经理",[ev(B,171,175)],[["可开发业务项目"],["数量和质量"]])]),
it("su-fu-67s08","manager","followup","证券营业部营销团队的晨会一般都说啥","客户经理",[ev(D,143,148)],[["市场信息"],["工作进度"],["营销案例"]],turns=[
  tu("周例会跟月度例会是咋安排的","method","客户经理",[ev(D,142)],[["每周"],["月度总结"]]),
  tu("客户经理平时听谁指挥","attribute","客户经理",[ev(D,137)],[["团队负责人"],["统一领导"]],"reports_to")]),
]
# ---- out_of_scope (8)
O=[("财务总监负责哪些工作","manager","财务总监"),("一德期货行政助理工资多少","new_hire","行政助理"),
   ("签劳动合同试用期最多能定几个月","hr",None),("北京现在社保个人交多少比例","hr",None),
   ("SpringBoot项目里多数据源咋配置","new_hire",None),("保洁员每天要干啥","manager","保洁员"),
   ("明天A股会涨吗","new_hire",None),("期货从业资格考试啥时候报名，考几科","new_hire",None)]
for i,(q,p,r) in enumerate(O,1):
    S.append(it(f"su-oos-67s{i:02d}",p,"out_of_scope",q,r,[],[]))
# followup first-turn intent note: the item's own intent is 'followup'
out=pathlib.Path(__file__).with_name("set.jsonl")
out.write_text("".join(json.dumps(x,ensure_ascii=False)+"\n" for x in S),encoding="utf-8")
from collections import Counter; print(len(S), Counter(x["intent"] for x in S))
