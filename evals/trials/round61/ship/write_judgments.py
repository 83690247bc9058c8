import json, collections
J = {}  # key -> (verdict, class, note)
def j(key, v, c="", n=""): J[key]=(v,c,n)
OK="ok"
# failures / partials with notes
j("r61s-duty-03","wrong","misrouted intent","003 L24-31/L103-110 list the 7 销售人员 duties (完成区域销售任务, 执行客户开户手续流程, 收集市场信息…); gangwei routed the duty question to qualification ('没有销售人员的任职要求清单'), quoted only '努力完成销售中的各项要求' and then 考核/晨会/实物管理 lines")
j("r61s-duty-11","partial","noisy answer","002 L199 (预防控制信用风险…监测风险指标…) is cited second, but wrapped in 4 unrelated passages (导语, 岗位管理思路, 交易专员 '客户风险控制', 岗位轮换)")
j("r61s-qual-03","wrong","wrong post","002 L214-216: 客户经理 '既懂业务,又懂风险,能背着营销指标搞市场'; gold not in gangwei's top 10; gangwei said 客户经理 has no such content and answered with 大客户经理 (004 篇8) 任职条件 instead")
j("r61s-qual-12","wrong","false refusal","002 L211-213: 技术 '应届毕业生211/985计算机相关专业,有很牛的实习项目经历'; passage was gangwei's rank 1 but it refused ('知识库中没有能回答这个问题的内容')")
j("r61s-attr-06","wrong","false refusal","002 L216: '好点的客户经理基本月薪过万'; gangwei said the documents give no pay figure and showed 004 绩效考核 text (利息收入/级差地租) instead; gold passage was its rank 1")
j("r61s-attr-07","partial","missed field","004 L124 '有直属下级' given, but L131 names them (本部门店面营销员和渠道营销员, 指导培训并考核); gangwei added 监督检查权/奖罚提议权 instead")
j("r61s-kpi-01","wrong","wrong section","000 L91 lists 技术性业务岗位 KPIs (日均存款新增额…新增对公存款账户数…客户档案信息的完整性…接受培训的时间); gangwei quoted only the lead-in L89 ('下面以技术性业务岗位的KPI设计为例') then 招聘周期 and '4-7个为宜'; the indicator list itself never shown though L91-93 was its rank-1 chunk")
j("r61s-kpi-02","wrong","wrong section","004 L167: 现行考核分效益考核和管理考核, 效益考核含利息收入、存款收益和业务费收入; gangwei answered with 团队考核/胜任素质/'弊端' paragraphs (L26, L168-176, L181-184) and never the L167 sentence, although L166-170 was rank 1")
j("r61s-jd-02","partial","wrong post","JD for 信息技术专员 (000 L421-439) has correct 2 duties + quals, but 9 more duties were padded in from '相近岗位' 健康养生会所技术经理 (massage-parlour technician manager, 001 L81-107)")
j("r61s-kd-02","partial","list cut","000 L63-69 gives four BSC dimension lists; KPI tool not routed (ServiceError: no 岗位 '商业银行'); chat answer quoted 财务 and 客户 lines but dropped 内部流程 (L67 服务差错率…) and 学习与成长 (L69 员工满意度…)")
j("r61s-fu-01","partial","wrong post","000 L603-615 快递业务员 岗位职责 (收送快件, 客户维护, 突发事件…); '快递公司的业务员' not resolved to 快递业务员: answer said 没有「业务员」, showed the separate 工作内容 list L617-633 and then 家装业务员 duties as '相近岗位'")
j("r61s-fu-01#1","partial","wrong post","000 L599/L601: 所属部门 业务部, 直属上司 快递业务主管; conversation stayed on 家装业务员: '直属上司:快递业务主管' appears buried among 家装/内贸业务员 lines, 业务部 missing, and a 家装业务员 'department' line is invented from '按部门工作计划'")
j("r61s-fu-01#2","wrong","wrong post","000 L615-631 快递业务员的工作内容 (销售回款, 铺货陈列, 拜访跟踪表); gangwei gave 家装业务员 duties (002 L113-117, L101-105)")
j("r61s-fu-03","wrong","wrong post","004 L40: 每3名客户经理配备一名产品经理, 承担统计、抵押等后台工作; L40 was rank 1 but gangwei answered with the 高级客户经理 résumé duties (002 L71-88, telecom network)")
j("r61s-fu-03#2","wrong","false refusal","004 L40: 产品经理可以由营销经验不足但又有发展潜力、具备基本银行岗位经历的员工担任; gangwei: '只提到了「产品经理」这个岗位…无法回答'")
j("r61s-fu-04#2","wrong","wrong section","004 L144-148 '六、权力': 向总经理报告权, 对下属监督检查权, 奖罚提议权, 公司车辆调动权; asked for 权限, gangwei gave 所施监督/所受监督 lines (L121-124) only")
j("r61s-fu-05","partial","list cut","000 L455-459: item 2 客户指导 continues on L459 (定期沟通…协助开户、出入金、帐单签署); gangwei cited L455-457 only, dropping the continuation paragraph")
j("r61s-fu-08","partial","wrong section","001 L147-155 give the 分值 (基础工作20, 大客户服务和维护30, 信息反馈20, 大客户营销30); gangwei named the four parts and the 800元 base (L135) but not the point allocation asked for")
j("r61s-fu-08#1","wrong","lost context","'第二项' = 大客户服务和维护, scored by 回访次数及满意度, 0-12/12-23/23-27/27-30分 (001 L165-169); gangwei resolved '第二项' to bullet 2 of its own previous answer (the 薪酬结构 sentence) and repeated L133-137")
notes_ok={
"r61s-duty-07":"correct list; unnecessary hedge '没有物业项目上客服中心经理的资料…相近岗位'",
"r61s-duty-09":"correct; appended another 外贸业务经理 version (L173-174)",
"r61s-qual-05":"correct; adds one duty line",
"r61s-attr-02":"answered as the full duty list; the 备注 line with 天津、北京…或者其他城市 is item 3",
"r61s-attr-05":"correct formula; framed as '公司通用制度'",
"r61s-attr-08":"correct (取得会计、理财、基金、保险等从业资格); gold was rank 2",
"r61s-jd-01":"duties+quals correct; KPI section is derived and labelled 推导",
"r61s-kd-01":"5 indicators from L131 with weights 100; 客户满意度 not among the 5",
"r61s-fu-04":"list capped at 15 of 19 with '还有吗' hint; asked items present",
"r61s-fu-04#1":"营运总监 correct",
"r61s-fu-06":"晨会 list correct; 3 实物管理 lines of the next chapter glued on",
"r61s-fu-06#2":"correct; extra 行长 model lines appended",
"r61s-fu-07#2":"correctly says pay not stated",
"r61s-fu-08#2":"formula (除以100 乘以800) correct, with extra scoring/003 lines",
}
d=json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
rows=[]
for q in d:
    k=q["key"]; item=q["item_id"]; turn=q["turn"]
    if k in J: v,c,n=J[k]
    else:
        v,c,n="ok","",notes_ok.get(k,"")
        if q["expect_refusal"]: n=n or "refused correctly"
    rows.append((item,turn,q["intent"],v,c,n))
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for item,turn,intent,v,c,n in rows: f.write(f"{item}\t{turn}\t{v}\t{c}\t{n}\n")
assert set(J)<= {q["key"] for q in d}
# per-intent shares
grp=collections.defaultdict(list)
for item,turn,intent,v,c,n in rows:
    g = intent if turn==0 else "followup (later turns)"
    if turn==0 and item.startswith("r61s-fu"): g="followup (first turn)"
    grp[g].append(v)
for g,vs in grp.items():
    print(f"{g}\t{len(vs)}\tok {vs.count('ok')}\tpartial {vs.count('partial')}\twrong {vs.count('wrong')}\tok-share {vs.count('ok')/len(vs):.0%}")
vs=[r[3] for r in rows]; print("ALL",len(vs),collections.Counter(vs))
print(collections.Counter(r[4] for r in rows if r[3]!="ok"))
