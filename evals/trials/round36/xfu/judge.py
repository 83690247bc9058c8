import json, collections
D="/work/main/evals/trials/round36/xfu/"
OK=("ok","","")
J={
"r36x-fu-01":[("wrong","descriptive post not resolved","'管钱的那个部门经理' = 财务部经理 (cx01 duties 1-2: 年度综合财务计划, 财务管理体系); gangwei matched the generic mention '部门经理' and refused (岗位只被提及)"),
  ("wrong","lost context (cascade of unresolved post)","cx01: 直接上级 财务总监, 直接下级 财务会计、出纳; refused because the conversation post was the generic '部门经理'"),
  ("wrong","lost context (cascade of unresolved post)","cx01: 职业资格 会计师资格证书; refused, same cause")],
"r36x-fu-02":[OK,OK,OK],
"r36x-fu-03":[("partial","list cut / noisy rows","cx02 has 4 duty groups; answer gave groups 2-3 (安排出车, 考勤/考核) and omitted group 1 人员车辆的调配使用 (合理调配, 车辆值班安排); role not resolved (role=null)"),
  OK,("ok","","listed all 4 业绩标准 with item 2 客户满意率达90%以上 visible (ordinal not singled out)"),
  ("ok","","routed to kpi_design, 4 indicators from 业绩标准 with targets; dimensions/weights marked 推断")],
"r36x-fu-04":[OK,OK,OK,("wrong","comparison not handled","调度员 4年以上 vs 出纳 从业年限2年以上; gangwei parsed '年限更长' as a post name and refused")],
"r36x-fu-05":[("wrong","descriptive post not resolved","'负责培训的那个部门经理' = 培训部经理 (cx03 3.1.1 a-h); matched generic '部门经理' and refused"),
  ("wrong","lost context (cascade of unresolved post)","item f) 负责合理安排培训资源,统筹管理各向培训业务; refused"),
  ("wrong","lost context (cascade of unresolved post)","item g) 负责培训市场的开拓; refused"),
  ("ok","","培训顾问 only named in 3.1: refused correctly")],
"r36x-fu-06":[OK,OK,("wrong","answered OOS","培训助理 is only named in 3.1, no duties; gangwei listed the 培训部经理 duties without saying 培训助理 has none"),
  ("wrong","back to wrong list","'回到部门职能，第三条' = 2.3 对外培训需求的调研、方案制订、实施、效果评估; gangwei returned item 3 of the 培训部经理 duty list (c 员工工作安排与绩效考核)")],
"r36x-fu-07":[OK,OK,OK,("ok","","weights column is empty; answer says '没有写明权重' and re-lists the indicators (evaluator counts it as answered-OOS)")],
"r36x-fu-08":[("partial","list cut / noisy rows","招聘管理 = 招聘空缺职位所需的平均天数, 人员编制控制率; answer dumped 5 raw table rows incl. 招聘费用预算达成率, 员工满意度, 申诉处理 (unrelated)"),
  ("wrong","ordinal not resolved","'第一个的公式' should be 空缺职位总数/招聘空缺职位所用的总天数; gangwei took row 1 of its noisy dump (招聘费用预算达成率)"),
  ("ok","","all 6 审计部 indicators, regrouped under inferred dimensions (order differs from the sheet)"),
  ("partial","ordinal not resolved","'第四个怎么衡量': gangwei repeated the whole list; its own item 4 (审计报告归档率) has no measure, sheet item 4 审计结果准确性 = 审计结果更正的次数 (visible as its item 3)")],
"r36x-fu-09":[("partial","misrouted to tool","'列一下' the 资金部 KPIs -> answered with a KPI-design table (invented 15% weights, dims 推断); all 7 indicators present"),OK,OK,OK],
"r36x-fu-10":[OK,OK,OK,("partial","comparison not handled","asked which of 生产主管 (本科) / 机械技术员 (大专) needs more education; answer gave only 生产主管 本科以上, no comparison")],
"r36x-fu-11":[OK,OK,("ok","","full duty list incl. 每年有1~2次到上海等地出差"),OK],
"r36x-fu-12":[("partial","list cut / noisy rows","answer opens '知识库中没有「前端开发」的岗位说明' and quotes the 百腾 posting before giving the right Moka line (1年及以上工作经验)"),
  OK,("partial","comparison not handled","Moka 1年 vs 美团 3年; answer just re-listed the 美团 requirements, no comparison"),
  ("ok","","美团 duties; stray item '岗位描述'"),OK],
"r36x-fu-13":[("partial","list cut / noisy rows","京东 任职要求 has 10 items; answer (as attribute '专业技能') listed items 1-6 only, missing 小程序, NPM, 组件封装 …"),
  ("wrong","ordinal not resolved","item 7 = 熟练掌握小程序相关开发技术; gangwei: '上一个回答只有 6 条' (consequence of the cut list)"),
  OK,("wrong","false refusal after switch/pronoun","'那另一家杭州的呢' = 杭州百腾教育 前端开发工程师, 杭州; refused"),
  ("wrong","answered OOS","how to learn React Native is outside the corpus; gangwei quoted the posting line 熟悉React Native、Flutter as a 'method' answer")],
"r36x-fu-14":[OK,OK,OK],
"r36x-fu-15":[OK,OK,("partial","ordinal not resolved","header quotes item 5 correctly (备份方法/恢复), then offers item 2 (MySQL 体系结构) as its 'detail'"),
  ("partial","ordinal not resolved","back to 测试经理 resolved, but '职责第一条' got the full 6-item list (item 1 first)")],
"r36x-fu-16":[OK,OK,OK,("ok","","refused (福利 not stated)")],
"r36x-fu-17":[OK,OK,("ok","","JD drafted from the posting; 加分项 placed under 经验 and citation [4] is the URL line; KPIs invented (labelled 推导)")],
"r36x-fu-18":[OK,("partial","'more' not understood","all 3 duties were already listed in turn 1; '再多说几条' should say that is all / repeat; gangwei treated it as an unknown attribute ('资料没有写明这一点')"),OK,OK],
"r36x-fu-19":[("wrong","descriptive post not resolved","'负责买材料的岗位' = 采购员 (男,45周岁以下,大专,3年以上采购主管经验); answer gave 生产技术部长 requirements + a 铆工 line"),
  ("wrong","lost context (cascade of unresolved post)","采购员 last item 加强供应商的管理; refused"),
  ("wrong","lost context (cascade of unresolved post)","采购员 倒数第三 = 负责编制年度、月度等采购计划; gave item 3 of the 生产技术部长 list"),
  OK],
"r36x-fu-20":[OK,OK,("ok","","both requirement lists side by side: 一年以上 vs 5年以上"),OK],
"r36x-fu-21":[OK,("ok","","refused: only 任职资格 stated"),
  ("ok","","carried the previous duty question: 高压值班电工 also has no duties -> 'no duties, ask about 任职要求'; correct (my gold expected the qualification)"),
  ("ok","","refused; reason text wrong ('没有「电工岗」这个岗位')")],
"r36x-fu-22":[OK,("partial","'more' not understood","all 10 duties already listed; '除此之外还有哪些' got '资料没有写明这一点'"),OK,
  ("wrong","answered OOS","岗位代码 cell is empty in cx08; gangwei listed the duties instead of saying it is not filled in")],
"r36x-fu-23":[OK,("ok","","JD with all 10 duties, 上级 分校校长; 学历 left 待补充 although 大专或以上 is in the 专业 line"),
  ("wrong","false refusal after switch/pronoun","'发工资这块，换成薪资核算专员' = cx16 duty 5 薪资发放 (对接银行或第三方支付平台, 处理发放异常); gangwei read it as the pay attribute and refused ('没有写明薪资')"),OK],
"r36x-fu-24":[OK,OK,OK,OK],
"r36x-fu-25":[("partial","list cut / noisy rows","学习成长革新类 has 4 indicators; answer returned one raw row (部门员工保有率)"),
  ("wrong","ordinal not resolved","'头一个指标怎么给分' = 大于70%为5分;小于等于70%,0分; answer dumped the full 16-indicator list without scoring"),
  ("partial","list cut / noisy rows","cx14 KPIs = 企业内控制度的调整/财务分析报告/利润中心的操作维护/月底结帐处理; answer gave the 软指标评分表 (格式, 数据准确性 …)"),
  ("wrong","comparison not handled","cx09 max 绩效、薪资管理完成率 15%, cx14 max 财务分析报告 30%; refused"),
  ("wrong","back to wrong list","'回到人事行政的表，客户类' = 内部员工满意率, 后勤投诉次数; answer gave 人事行政成本控制 (财务类)")],
"r36x-fu-26":[OK,("wrong","false refusal after switch/pronoun","'它' = 财务分析报告, scored by 格式10%/准确性30%/有效性30%/及时性30% (shown in turn 1 already); gangwei resolved to 财务部 and refused"),
  ("ok","","raw row with 一次-5分二次–20分…; noisy (内控 row too)"),("ok","","refused")],
"r36x-fu-27":[OK,OK,OK,OK],
"r36x-fu-28":[OK,OK,OK,OK],
"r36x-fu-29":[OK,("wrong","missed field","cx12: 65 % 主要负责的行政管理工作 is the largest block; answer listed 15 of 17 duties flat, without the percentages"),
  ("ok","","said not stated and quoted the 使用说明 (业绩衡量标准 不再详细列出)"),OK],
"r36x-fu-30":[OK,OK,OK,("ok","","both lists side by side: 本科 vs 大学专科")],
"r36x-duty-01":[OK],"r36x-qual-01":[OK],"r36x-attr-01":[OK],
"r36x-kpi-01":[("partial","list cut / noisy rows","绩效管理 = 员工绩效计划的按时完成率, 员工绩效考核申诉处理及时性; both present but among raw rows of 员工满意度 and 员工工资出错次数")],
"r36x-jd-01":[("ok","","duties + requirements + benefits sections; KPI section borrows 账务处理及时性 from the 财务部 sheet (labelled 推导)")],
"r36x-oos-01":[OK],
}
forms=json.load(open(D+"forms.json"))
items=[json.loads(l) for l in open(D+"set.jsonl")]
rows=["id\tturn\tverdict\tfailure_class\tnote"]
per=collections.defaultdict(collections.Counter); cls=collections.Counter(); first=collections.Counter(); later=collections.Counter()
for it in items:
    js=J[it["id"]]; n=1+len(it["turns"] or [])
    assert len(js)==n,(it["id"],len(js),n)
    for t,(v,c,note) in enumerate(js):
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        if c: cls[c]+=1
        if t==0: first[v]+=1; per["first:"+it["intent"]][v]+=1
        else: later[v]+=1; per[forms[it["id"]][t-1]][v]+=1
open(D+"judgments.tsv","w").write("\n".join(rows)+"\n")
print("first",dict(first),"later",dict(later))
for k,c in sorted(per.items()):
    tot=sum(c.values()); print(f"{k:22s} n={tot:3d} ok={c['ok']:3d} ({100*c['ok']/tot:.0f}%) partial={c['partial']} wrong={c['wrong']}")
for c,n in cls.most_common(): print(n,c)
