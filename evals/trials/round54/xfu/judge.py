import json, collections, re
items=[json.loads(l) for l in open('set.jsonl',encoding='utf-8')]
forms=json.load(open('forms.json',encoding='utf-8'))
# non-ok verdicts: (id, turn) -> (verdict, class, note)
J = {
("xfu54-fu-02",1):("partial","list cut","doc's 2nd 职责 (掌握司机的技术状况…) has two tasks (L22 安排出车, L23 向司机交待清楚时间、地点、任务和注意事项); ordinal resolved right but only the first task is shown"),
("xfu54-fu-06",2):("partial","ordinal over reordered list","doc's 5th 审计部 indicator is 审计报告证据充分性 (defined: 因审计证据不足而使审计结果被推翻的次数); gangwei had regrouped the list by an inferred dimension, so its #5 was 审计问题追踪检查率, and for it shows only 所属/周期 without saying the definition cell is blank"),
("xfu54-fu-12",1):("wrong","false refusal","'这人坐班在哪儿' = work location; CSV row L122 says 广州总部，珠江新城; gangwei classed it as method and said the document does not state it"),
("xfu54-fu-13",1):("partial","ingestion: CSV 来源 column as content","加分项 answer is right but lists the posting's source URL (https://github.com/ruanyf/weekly/...) as a 加分项 bullet"),
("xfu54-fu-16",3):("wrong","answered OOS","'大专学历能落户上海吗' (hukou policy) is not in the corpus; gangwei answered with the 销售员 学历 line as if asked for education"),
("xfu54-fu-20",0):("wrong","missed field","doc has a 岗位综述 line '负责学校现金﹑银行业务,做好财务及领导要求的工作,确保账实相符'; gangwei gave the 10 duties instead and wrongly said there is no material on 总校出纳 (总校 is the post's 部门/分支机构 in the same form)"),
("xfu54-fu-20",2):("wrong","answered OOS","'出纳挪用公款会判几年' is criminal law, not in the corpus; gangwei read '几年' as experience and answered 从业年限 2年以上"),
("xfu54-fu-21",2):("partial","unfocused answer","asked whether an indicator has weight 0; doc L15 工作流程改善目标完成率 0%; gangwei listed the whole 内部运营类 block plus 制度及考勤 without naming the 0% one"),
("xfu54-fu-21",3):("partial","unfocused answer","doc L18 后勤投诉次数: 投诉一次扣 1 分/次; gangwei dumped 5 raw markdown rows with escaped pipes and a literal '&lt;br&gt;'; the answer row is the last of them"),
("xfu54-fu-22",3):("partial","unfocused answer","cx14 L6-7 月底结帐处理: 耽误一次得0分 / 错一次得80分…; gangwei dumped all 4 KPI rows of the table as raw tab text (role shown as 财务部)"),
("xfu54-fu-23",1):("partial","missed field","'他向哪个领导负责' = reports_to; cx10 L43 其上级为店长; gangwei repeated the whole duty answer, where 店长 is only one bullet of the second source"),
("xfu54-fu-25",2):("partial","unfocused answer","cx11 L7 交接班时做好账务、物品清点与工作交接记录; gangwei returned all 5 duties; the 交接 clause is inside item 5"),
("xfu54-fu-26",0):("partial","missed field","asked 直属上级 and 所在部门; doc L10 行政经理, L16 行政管理部; only 直属上级 answered"),
("xfu54-fu-26",1):("wrong","lost context (stale attribute)","asked what the 主要负责的行政管理工作 comprise (L39-47: 大事记, 办公用品, 固定资产 …); gangwei repeated the previous turn's 直属上级：行政经理"),
("xfu54-fu-26",2):("wrong","false refusal","'这块工作占他多少时间' = 时间分配; doc L38 says 65 % for 主要负责的行政管理工作; gangwei said the document does not state it"),
("xfu54-fu-28",0):("wrong","wrong section","cx14 L3-7: 4 KPIs 企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%; gangwei answered with the 软指标评分表 sub-table (格式 10%, 数据的准确性 30% …)"),
("xfu54-fu-28",3):("wrong","missed field","'那份评分表由谁填': L10 表一…(由财务部经理填写); gangwei repeated the four scoring rows without the 财务部经理 line"),
("xfu54-jd-02",0):("partial","list cut","JD duties stop at L47; the third duty block (L48-54: 部门队伍建设, 部门技能培训, 考勤和假期, 外联接待) is missing; also adds KPIs from another document (cx09 人事行政部经理), labelled 推导"),
("xfu54-kd-04",0):("partial","KPI design: incomplete omission note","picked 7 of the 11 HR indicators; the note says only 招聘空缺职位所需的平均天数、人员编制控制率 were left out, but 招聘费用预算达成率 and 培训费用预算达成率 were left out too"),
}
OKNOTE = {
("xfu54-fu-03",1):"gold expected more items, but the first answer already listed all 8 duties; 'no more' is correct (evaluator counts it as a false refusal)",
("xfu54-fu-17",1):"same as fu-03#1: all 8 duties were already listed; 'no more' is correct",
("xfu54-fu-12",3):"typo 后段 resolved to Golang 后端 with a did-you-mean; padded with 3 non-experience lines",
("xfu54-fu-21",0):"typo 经里 resolved",
("xfu54-fu-06",0):"sheet states no dimensions; gangwei groups by dimensions marked 推断",
("xfu54-fu-02",0):"职责 headers and their tasks flattened into one numbered list of 11",
("xfu54-fu-18",0):"two lines of one <li> joined without separator ('10年以上懂得生产管理')",
("xfu54-fu-18",1):"correct near-miss refusal: page has no duties for 生产技术部长",
("xfu54-fu-26",3):"correct: says 业绩衡量标准 not given, quotes the 使用说明",
("xfu54-fu-11",3):"refused, quoting the React/Vue requirement line",
}
rows=["id\tturn\tverdict\tfailure_class\tnote"]
cnt=collections.Counter(); cls=collections.Counter()
formstat=collections.defaultdict(lambda:[0,0])
CATS=[("ellipsis","ellipsis"),("pronoun","pronoun"),("ordinal","ordinal"),("more","more (还有吗)"),("switch role","switch role"),
      ("switch company","switch company"),("department","switch department/dimension"),("dimension","switch department/dimension"),("switch category","switch department/dimension"),
      ("compare","compare last two"),("switch attribute","switch attribute"),("back","back to earlier topic"),("OOS","out-of-scope turn"),
      ("typo","typo / short name"),("shortened","typo / short name"),("switch document","switch document"),("switch indicator","switch indicator"),("pick","pick item of previous list")]
for it in items:
    n=1+len(it['turns'] or [])
    for t in range(n):
        k=(it['id'],t)
        if k in J: v,c,note=J[k]; cls[c]+=1
        else: v,c,note="ok","",OKNOTE.get(k,"")
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        part = "first" if t==0 else "later"
        cnt[(part,v)]+=1
        if t>0:
            f=forms[it['id']]['turns'][t-1]
            cats=sorted({lab for key,lab in CATS if key.lower() in f.lower()})
            for lab in cats:
                formstat[lab][0]+= v=="ok"; formstat[lab][1]+=1
open('judgments.tsv','w',encoding='utf-8').write("\n".join(rows)+"\n")
print(cnt); print(cls.most_common())
for lab,(a,b) in sorted(formstat.items(), key=lambda x:-x[1][1]): print(f"{lab}\t{a}/{b}\t{100*a/b:.0f}%")
