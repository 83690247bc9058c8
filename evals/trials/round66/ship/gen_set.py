import json, unicodedata, re, glob, sys
C = "/tmp/r66code/corpus/"
F0="000_9eeea241028b3f98.txt"; F1="001_96a5821ba6a26479.txt"; F2="002_0ddfcbd208019869.txt"; F3="003_7b824fd5cb031c95.txt"; F4="004_ac9c22820f98b245.txt"
LINES = {f: open(C+f, encoding="utf-8").read().splitlines() for f in [F0,F1,F2,F3,F4]}
def norm(s): return re.sub(r"\s+","",unicodedata.normalize("NFKC",s))
def ev(f,a,b=None): return {"file":f,"line_start":a,"line_end":b or a}
def text(evs): return "".join(norm("".join(LINES[e["file"]][e["line_start"]-1:e["line_end"]])) for e in evs)
items=[]
def item(id,persona,intent,q,role,evs,kp,attribute=None,turns=None,tool=None):
    items.append(dict(id=id,persona=persona,intent=intent,question=q,role=role,attribute=attribute,
        evidence=evs,key_points=kp,expect_refusal=(intent=="out_of_scope"),turns=turns,tool=tool))
def turn(q,intent,role,evs,kp,attribute=None):
    t=dict(question=q,intent=intent,role=role,evidence=evs,key_points=kp)
    if attribute: t["attribute"]=attribute
    return t
P="r66s-"
# ---- duty (16)
item(P+"duty-01","new_hire","duty","呼叫中心那个做数据汇总分析的岗位，平时具体干啥？",None,[ev(F1,225,243)],[["满意度调查"],["预审分析报告","预审"],["历史录音"],["知识库"]])
item(P+"duty-02","hr","duty","期货公司的人事专员主要管哪些事",  "人力资源专员",[ev(F0,229,243)],[["招聘"],["培训体系"],["员工档案","合同管理"],["福利管理","保险"]])
item(P+"duty-03","new_hire","duty","一德客服中心的顾问服务专员每天都忙些什么？","顾问服务专员",[ev(F0,329,337)],[["居间"],["客户需求跟踪"],["400日常业务"],["投诉处理"]])
item(P+"duty-04","hr","duty","大连营业部财务专员的活儿有哪些，听说还得当出市代表？","财务专员",[ev(F0,395,403)],[["出市代表"],["出纳工作","出纳"],["会计工作","会计核算"],["社保","住房公积金"]])
item(P+"duty-05","manager","duty","技术二部招的软件开发，岗位内容是啥","软件开发工程师",[ev(F0,535,543)],[["财务软件"],["数据产品平台"],["文档编写","设计文档"],["交易平台","行情平台"]])
item(P+"duty-06","new_hire","duty","我刚入职行政助理，要负责哪些工作呀","行政助理",[ev(F0,465,479)],[["总机"],["来访人员","接待"],["办公用品"],["考勤"]])
item(P+"duty-07","manager","duty","我要去养生馆当店长了，平时得操心哪些事","连锁养生会所店长",[ev(F1,11,27)],[["工作计划"],["奖罚制度"],["督导日常工作","督导"],["培训员工"]])
item(P+"duty-08","hr","duty","按摩技师部门经理一般负责什么","按摩技师部门经理",[ev(F1,63,77)],[["促销方案"],["规章制度"],["按摩手法"],["例会"]])
item(P+"duty-09","new_hire","duty","物业客服中心经理平常都做哪些事？","客户服务中心经理",[ev(F4,73,86)],[["年度工作计划"],["例会"],["投诉记录","投诉"],["管理费催缴","管理费"],["业主访谈"]])
item(P+"duty-10","new_hire","duty","银行里产品支持类岗位是干嘛的","产品支持类",[ev(F2,194,196)],[["设计金融产品","金融产品"],["营销活动"],["支持协助"]])
item(P+"duty-11","new_hire","duty","中行招聘里风险控制类的岗位主要做什么","风险控制类",[ev(F2,197,199)],[["信用风险"],["风险指标"],["全面风险管理"]])
item(P+"duty-12","hr","duty","导航公司的客服专员岗位职责有哪些","客服专员",[ev(F2,285,293)],[["监控管理平台","监控"],["sim卡"],["技术答疑","答疑"],["安装人员"]])
item(P+"duty-13","manager","duty","外贸业务经理一般都负责些啥","外贸业务经理",[ev(F2,159,183)],[["销售目标"],["新客户"],["谈判"]])
item(P+"duty-14","new_hire","duty","合规发展部的制度专员是做什么的","制度专员",[ev(F0,283,297)],[["合规管理培训","合规"],["反洗钱"],["调查处理"]])
item(P+"duty-15","hr","duty","银行的放款岗主要负责啥","放款岗",[ev(F4,40)],[["贷款的发放","发放"],["提前收回"]])
item(P+"duty-16","new_hire","duty","当老师的话岗位职责是什么","教师",[ev(F0,635,651),ev(F0,663,679),ev(F0,703,705)],[["备课"],["思想政治工作"],["教书育人"],["进修"]])
# ---- qualification (12)
item(P+"qual-01","hr","qualification","营业部市场开发专员招人有什么要求","市场开发专员",[ev(F0,443,451)],[["本科"],["市场营销"],["业务拓展能力","沟通交流"],["期货从业资格证书"]])
item(P+"qual-02","hr","qualification","网管的任职资格是什么","网络管理员",[ev(F0,521,531)],[["本科"],["30岁以下"],["Cisco"],["交换机","路由器"]])
item(P+"qual-03","hr","qualification","总部财务部招的财务人员有啥条件","财务人员",[ev(F0,501,511)],[["30岁以下"],["3年以上"],["用友"],["VBA"]])
item(P+"qual-04","hr","qualification","行政助理的招聘条件列一下","行政助理",[ev(F0,481,493)],[["女性"],["28岁以下"],["大专以上"],["北京户口"],["Word","Excel"]])
item(P+"qual-05","hr","qualification","客户关系专员这岗位对人有啥要求","客户关系专员",[ev(F0,363,371)],[["本科"],["性格外向"],["学生社团"],["数据分析能力"]])
item(P+"qual-06","new_hire","qualification","我想投产品服务专员，需要满足哪些条件？","产品服务专员",[ev(F0,301,309)],[["本科"],["沟通协调能力"],["组织培训"],["创新性强","创新"]])
item(P+"qual-07","new_hire","qualification","交易专员必须有期货从业资格吗，还有别的要求没","交易专员",[ev(F0,407,415)],[["期货从业资格"],["本科"],["交割"]])
item(P+"qual-08","hr","qualification","软件开发工程师需要会哪些语言，任职要求是啥","软件开发工程师",[ev(F0,545,555)],[["一年以上"],["C#","C++","Java"],["团队合作"],["WEB开发框架"]])
item(P+"qual-09","hr","qualification","招老师的话任职资格一般怎么写","教师",[ev(F0,653,661),ev(F0,681,697)],[["教师资格证"],["普通话"],["责任心"],["英语专业四级"]])
item(P+"qual-10","new_hire","qualification","顾问服务专员对应聘者有啥要求","顾问服务专员",[ev(F0,321,327)],[["本科"],["专业不限"],["人际关系"],["学生社团"]])
item(P+"qual-11","new_hire","qualification","想去银行当柜员，什么样的人比较抢手？","柜员",[ev(F2,208,210)],[["柜台业务"],["从业资格"]])
item(P+"qual-12","hr","qualification","跑家装业务的人得有啥本事","家装业务员",[ev(F2,100)],[["渠道资源"],["市场分析"],["沟通协调能力"]])
# ---- attribute (8)
item(P+"attr-01","manager","attribute","按摩技师部门主管手底下大概管几个人","按摩技师部门主管",[ev(F1,111)],[["10名左右"],["技师"]],attribute="subordinates")
item(P+"attr-02","new_hire","attribute","养生会所技术经理的顶头上司是谁","技术经理",[ev(F1,81)],[["会所总经理"],["保健部经理"]],attribute="reports_to")
item(P+"attr-03","new_hire","attribute","一德研究院的分析师在哪上班，必须去天津吗","分析师",[ev(F0,217)],[["天津"],["北京","上海","郑州","大连","宁波","德州"],["应聘人员情况"]],attribute="location")
item(P+"attr-04","hr","attribute","人力资源专员对学历专业有啥讲究","人力资源专员",[ev(F0,223)],[["本科"],["人力资源相关专业"]],attribute="education")
item(P+"attr-05","hr","attribute","做大客户经理得有几年相关经验？","大客户经理",[ev(F4,152)],[["3年以上"],["大客户工作经验","装潢公司"]],attribute="experience")
item(P+"attr-06","hr","attribute","应聘期货公司财务岗得考哪些证","财务岗",[ev(F0,255)],[["期货从业人员资格证书"],["会计从业资格证"],["会计师证书"]],attribute="certificate")
item(P+"attr-07","hr","attribute","凉山邮政大客户经理的工资怎么构成，基数多少？","大客户经理",[ev(F1,133,139)],[["业绩工资"],["营销奖励"],["外勤津贴"],["800元"]],attribute="pay")
item(P+"attr-08","new_hire","attribute","快递业务员在哪个部门，直属上司是谁？","快递业业务员",[ev(F0,597,601)],[["业务部"],["快递业务主管"]],attribute="department")
# ---- kpi / method (4)
item(P+"kpi-01","manager","kpi","银行客户维度的KPI一般选哪些",None,[ev(F0,65)],[["市场占有率"],["新增对公存款账户数"],["新增个人VIP客户数"],["客户满意度"]])
item(P+"kpi-02","manager","kpi","支行客户经理这种技术性岗位，财务指标怎么拆","客户经理",[ev(F0,91)],[["日均存款新增额"],["日均贷款新增额","日均贷款余额"],["中间业务收入"]])
item(P+"method-01","hr","method","从岗位职责里提炼KPI要分几步走","",[ev(F0,143,175)],[["检查岗位职责"],["分析岗位职责"],["提取可衡量指标"],["排序"],["确定关键绩效指标"]])
item(P+"method-02","manager","method","证券营业部的客户经理多久考核一次，级别怎么调","客户经理",[ev(F3,154,155)],[["每月"],["三个月"],["年终"],["级别"]])
items[-2]["role"]=None
# ---- jd (2)
item(P+"jd-01","hr","jd","帮我起草一份客户关系专员的JD","客户关系专员",[ev(F0,361,381)],[["客户分级维护"],["客户数据分析"],["营销模式管理"],["CRM系统"]],
     tool={"kind":"jd","role":"客户关系专员","must_cite_files":[F0],"expect_sections":["duties","qualifications"]})
item(P+"jd-02","hr","jd","写个按摩技师部门主管的岗位说明书","按摩技师部门主管",[ev(F1,109,117)],[["考核"],["卫生"],["消耗品"],["服务质量"]],
     tool={"kind":"jd","role":"按摩技师部门主管","must_cite_files":[F1],"expect_sections":["duties"]})
# ---- kpi_design (2)
ind1=["日均存款新增额","中间业务收入","新增对公存款账户数","客户经理与潜在客户的接触次数","客户档案信息的完整性"]
item(P+"kd-01","manager","kpi_design","给支行客户经理设计一套KPI，5个左右就行","客户经理",[ev(F0,91)],[[x] for x in ind1],
     tool={"kind":"kpi_design","role":"客户经理","count":5,"must_cite_files":[F0],"expected_indicators":ind1})
ind2=["销售量","回款额","利润额","市场占有率","客户数"]
item(P+"kd-02","manager","kpi_design","销售员的考核指标帮我出一版","销售人员",[ev(F0,131)],[[x] for x in ind2],
     tool={"kind":"kpi_design","role":"销售人员","count":None,"must_cite_files":[F0],"expected_indicators":ind2})
# ---- followup (8)
item(P+"fu-01","new_hire","followup","一德的开户专员主要干啥","开户专员",[ev(F0,351,359)],[["开销户"],["档案管理"],["资料发放"],["客户资料变更"]],
  turns=[turn("那招这个岗要啥条件？","qualification","开户专员",[ev(F0,341,349)],[["本科"],["专业不限"],["服务意识"]]),
         turn("在哪儿上班？","attribute","开户专员",[ev(F0,349)],[["天津"],["工作地点"]],attribute="location")])
item(P+"fu-02","manager","followup","营运总监下面的大客户经理，日常工作范围都有啥","大客户经理",[ev(F4,117,132)],[["大客户工作目标"],["关系维护"],["投诉"],["信息档案"]],
  turns=[turn("他直接听谁的？","attribute","大客户经理",[ev(F4,118,122)],[["营运总监"],["指令"]],attribute="reports_to"),
         turn("手里有哪些权力？","duty","大客户经理",[ev(F4,144,148)],[["报告权"],["监督检查权"],["奖罚提议权"],["车辆调动权"]])])
item(P+"fu-03","new_hire","followup","快递业务员岗位职责是啥","快递业业务员",[ev(F0,603,615)],[["快件"],["货款"],["新客户"],["突发事件"]],
  turns=[turn("那他的工作内容呢？","duty","快递业业务员",[ev(F0,615,631)],[["销售回款"],["铺货"],["客户档案"],["宣传品"]]),
         turn("拜访客户后要填什么表？","duty","快递业业务员",[ev(F0,623)],[["经销商拜访跟踪表"],["终端拜访表"]])])
item(P+"fu-04","manager","followup","养生会所的营销总监平时要负责哪块","养生会所营销总监",[ev(F1,31,61)],[["营销策略","营销计划"],["例会"],["市场调研"],["会员档案"],["大客户"]],
  turns=[turn("它第五条能再细说下吗","duty","养生会所营销总监",[ev(F1,41)],[["岗位工作职责"],["岗位工作流程"],["接待服务"]]),
         turn("他的总结报告交给谁？","attribute","养生会所营销总监",[ev(F1,37,39)],[["总经理"],["报告"]],attribute="reports_to")])
item(P+"fu-05","manager","followup","通信公司网格经理主要负责啥","网格经理",[ev(F4,56,63)],[["网格区域"],["风险"],["团队"],["项目管理"]],
  turns=[turn("换成网格客户经理呢？","duty","网格客户经理",[ev(F4,64,70)],[["通信业务规程"],["资费"],["竞争对手"],["销售渠道"]]),
         turn("那第三条具体是啥意思？","duty","网格客户经理",[ev(F4,67)],[["走访"],["用户档案"],["欠费收缴"],["投诉处理"]])])
item(P+"fu-06","hr","followup","金融公司的客服专员岗位职责是什么","客服专员",[ev(F2,267,273)],[["咨询"],["方案"],["流程"],["购卡"]],
  turns=[turn("那网络公司那边的客服专员呢？","duty","客服专员",[ev(F2,274,279)],[["聊天工具"],["订单"],["回访"]]),
         turn("电商公司那个呢？","duty","客服专员",[ev(F2,280,284)],[["银行客户"],["银行订单"],["产品部"]])])
item(P+"fu-07","hr","followup","大连营业部信息技术专员做啥的","信息技术专员",[ev(F0,435,439)],[["网络系统维护"],["系统安全"],["数据库管理"]],
  turns=[turn("那这个岗的任职门槛是啥？","qualification","信息技术专员",[ev(F0,423,433)],[["计算机专业"],["linux"],["Cisco"],["期货从业资格"]]),
         turn("这个岗位月薪多少？","out_of_scope",None,[],[])])
item(P+"fu-08","manager","followup","大客户经理业绩工资考哪几项，各占多少分？","大客户经理",[ev(F1,145,155)],[["基础工作"],["大客户服务和维护"],["信息反馈"],["大客户营销"],["30分"]],
  turns=[turn("服务和维护那项怎么打分？","method","大客户经理",[ev(F1,165,169)],[["回访次数"],["满意度"],["很满意"]]),
         turn("最后工资怎么算出来？","method","大客户经理",[ev(F1,183,185)],[["除以100"],["800元"]])])
# ---- out of scope (8)
for i,(p,q) in enumerate([("new_hire","一德研究院的分析师月薪大概多少？"),
    ("hr","大连营业部给员工交社保，公司和个人比例各是多少？"),
    ("new_hire","用Java写个单例模式给我看看"),
    ("hr","员工周末加班，加班费按几倍算？"),
    ("new_hire","无人机飞手这个岗位要做哪些事？"),
    ("manager","普通按摩技师自己每天的岗位职责有哪些？"),
    ("new_hire","明天上证指数会涨吗"),
    ("hr","银行大堂经理要什么学历和证书才能上岗？")],1):
    item(P+"oos-%02d"%i,p,"out_of_scope",q,None,[],[])
# ---- checks
bad=0
for it in items:
    parts=[(it["id"],0,it["evidence"],it["key_points"])]+[(it["id"],k+1,t["evidence"],t["key_points"]) for k,t in enumerate(it["turns"] or [])]
    for id_,k,evs,kp in parts:
        T=text(evs)
        for e in evs:
            assert norm("".join(LINES[e["file"]][e["line_start"]-1:e["line_end"]])), (id_,e)
        for g in kp:
            if not any(norm(x) in T for x in g): print("KP MISS",id_,k,g); bad+=1
    if it["tool"] and it["tool"]["kind"]=="kpi_design":
        full=norm("\n".join(LINES[it["tool"]["must_cite_files"][0]]))
        for x in it["tool"]["expected_indicators"]: assert norm(x) in full
from collections import Counter
print(len(items), Counter(i["intent"] for i in items), "bad",bad)
# dup check against earlier sets (code only, never printed)
qs=set()
for f in glob.glob("/tmp/r66code/evals/data/*.jsonl")+glob.glob("/tmp/r66code/evals/sets/*.jsonl")+glob.glob("/tmp/r66code/evals/trials/**/*.jsonl",recursive=True):
    for line in open(f,encoding="utf-8"):
        try: o=json.loads(line)
        except Exception: continue
        if not isinstance(o,dict): continue
        for key in ("question","q"):
            if isinstance(o.get(key),str): qs.add(norm(o[key]))
        for t in (o.get("turns") or []):
            if isinstance(t,dict) and isinstance(t.get("question"),str): qs.add(norm(t["question"]))
mine=[it["question"] for it in items]+[t["question"] for it in items for t in (it["turns"] or [])]
dups=[i for i,q in enumerate(mine) if norm(q) in qs]
def bg(x):
    x=norm(x); return {x[i:i+2] for i in range(len(x)-1)}
qsb=[bg(q) for q in qs]
near=[]
for i,q in enumerate(mine):
    b=bg(q)
    m=max((len(b&o)/len(b|o) for o in qsb if b|o),default=0)
    if m>=0.6: near.append((i,round(m,2)))
print("near-dup (>=0.6) indices:",near)
print("exact dup count:",len(dups), "indices:",dups, "pool size",len(qs))
assert len(set(map(norm,mine)))==len(mine)
with open(sys.argv[1],"w",encoding="utf-8") as fo:
    for it in items: fo.write(json.dumps(it,ensure_ascii=False)+"\n")
