import json, collections
items=[json.loads(l) for l in open("set.jsonl",encoding="utf-8")]
forms=json.load(open("forms.json",encoding="utf-8"))
BAD={
("r47x-fu-03",3):("wrong","false refusal","2.6 of 部门职能 says 负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核; gangwei took 讲师 for a role name and refused ('只提到了「讲师」这个岗位')"),
("r47x-fu-04",1):("partial","noisy answer","asked for the 招聘空缺职位所需的平均天数 formula; answer is 3 raw pipe-joined sheet rows (招聘费用预算达成率, 平均天数, 人员编制控制率) instead of the one indicator; the right formula is inside row 2"),
("r47x-fu-10",2):("partial","compare summary imprecise","doc: Golang 后端 '2-5 年实际 Golang 项目开发经验'; the comparison sentence says Golang 后端 '要求2年以上' and lists unrelated DB/Linux/terraform lines as 工作经验"),
("r47x-fu-11",1):("partial","noisy answer","'那美团那个呢' (after 京东 requirements): the Meituan requirements (lines 86-90) are right, but are preceded by a duty line, the company name and the 部门介绍 paragraph"),
("r47x-fu-11",3):("partial","missed field","asked 在哪、做啥 for the 京东物流 posting; gave the duty (物流供应链平台) but not the location 北京总部 (line 96)"),
("r47x-fu-12",1):("partial","ingestion: CSV source column as item","加分项 answer correct (绩效…KPI、OKR…) but lists the posting's 来源 URL 'https://github.com/ruanyf/weekly/issues/2234#…' as a 加分项 item"),
("r47x-fu-12",2):("partial","spurious disclaimer","pay 15k-40k * 15 and 北京/成都 of Moka's 前端开发工程师 are right, but the answer opens with '知识库中没有「前端开发」的岗位说明' and repeats the row's cells as bullets"),
("r47x-fu-21",3):("partial","more: repeats shown content","'还有呢？' returned version 1 of the duties, which the previous answer had already shown under '另一份资料'; version 2 (商超渠道日常销售, 完成销售目标, lines 23-29) never offered"),
("r47x-fu-24",0):("partial","missed field","asked 直属上级 and 批准人; gave 行政经理 only, not 批准人 总经理 (cx12 lines 20-21)"),
("r47x-fu-24",1):("partial","missed field","asked 部门 and 工作概述; gave 行政管理部 only, not 工作概述 '协助行政经理安排、落实行政服务支持工作' (line 26)"),
("r47x-fu-24",2):("partial","spurious disclaimer","items asked (信息资料库, 大事记, 固定资产) present, but the answer opens '没有找到「的行政管」，按「行政主管/行政经理助理」回答', lists the whole 17-item table (section headings as items) cut at 15"),
("r47x-fu-25",0):("wrong","missed field","cx12 gives 时间分配 15 % / 65 % / 15 % per duty block (lines 32, 38, 48); gangwei listed the duties without any percentage (it knows the field: a later refusal lists '时间分配' among the stated fields)"),
("r47x-fu-25",1):("wrong","false refusal","'占比最大的那块具体做啥' = the 65 % block 主要负责的行政管理工作 (lines 39-47); gangwei read it as a KPI question and refused '没有写明考核指标'"),
("r47x-fu-27",1):("wrong","lost context","after the 财务分析报告 indicator (cx14), '它的评分看哪几方面' should give the 软指标评分表: 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30% (lines 12-16, already shown in the previous answer); gangwei resolved 它 to 财务部 and listed cx04's 财务部 KPI table"),
("r47x-fu-29",2):("wrong","false refusal","'第七条讲的什么' after the 9-item duty list should give 7. 年终奖计发 (line 10); gangwei refused '没有写明这一点' (intent method). A probe shows '第7条展开说说' works in the same context"),
("r47x-fu-30",2):("partial","list cut (items dropped)","岗位工作目标 are 7 items in two table cells; answer shows items 2,4,5,6,7 and drops 1 (经营管理成本预、核算准确率100) and 3 (库存周转率、应收账款周转率小于期间额定标准)"),
("r47x-jd-01",0):("partial","JD field split missed","duty and requirement cited from cx07 line 196/199, but the whole requirement line (男,45岁以下,初中学历,三年以上…经验) is put under 学历 and 经验 is left 【待补充】 although the line states 三年以上; KPI section is generic (推导)"),
}
NOTE_OK={("r47x-fu-14",3):"answer '上面列出的1条就是全部' is correct: the previous answer already showed the whole line 150 (大专, 供应链, 3年以上); the evaluator counts it as a false refusal (gold artefact)",
("r47x-fu-05",2):"all 7 资金部 indicators listed; evaluator's low citation precision is because gold lists 3",
("r47x-fu-19",1):"correct (绩效、薪资管理完成率 15%); evaluator's citation precision low because the 7 rows are cited",
("r47x-fu-16",2):"correct; ingestion joins two li lines ('10年以上懂得生产管理')",
("r47x-fu-30",2):""}
rows=[]; per_form=collections.defaultdict(lambda: collections.Counter())
for it in items:
    turns=[it]+(it["turns"] or [])
    for n,t in enumerate(turns):
        v,c,note=BAD.get((it["id"],n),("ok","",NOTE_OK.get((it["id"],n),"")))
        rows.append((it["id"],n,v,c,note))
        if n>0:
            f=forms[it["id"]][n-1]
            for part in f.split("+"): per_form[part][v]+=1
with open("judgments.tsv","w",encoding="utf-8") as fh:
    fh.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: fh.write("\t".join(map(str,r))+"\n")
tot=collections.Counter(r[2] for r in rows); first=collections.Counter(r[2] for r in rows if r[1]==0); later=collections.Counter(r[2] for r in rows if r[1]>0)
print("all",dict(tot),"first",dict(first),"later",dict(later))
print("| form | later turns | ok | partial | wrong | ok share |\n|---|---|---|---|---|---|")
for f,c in sorted(per_form.items(), key=lambda x:-sum(x[1].values())):
    n=sum(c.values()); print(f"| {f} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/n:.0%} |")
cls=collections.Counter(r[3] for r in rows if r[3]); print(cls.most_common())
