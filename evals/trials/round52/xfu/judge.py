import json, collections
# non-ok judgments: (id, turn) -> (verdict, class, note)
J = {
("r52xfu-fu-01",0): ("partial","spurious caveat","Duties of 车辆调度员 listed correctly (cx02), but prefixed '知识库中没有「车队新来个调度员」的专门资料…仅供参考': the words 车队新来个 were taken as part of the post name."),
("r52xfu-fu-01",1): ("wrong","wrong section","Asked how the post is judged; cx02 业绩标准 says 工作及时率达95%以上/客户满意率达90%以上/…; gangwei (intent method) answered only '工作禁忌 服务态度不好'."),
("r52xfu-fu-01",2): ("partial","spurious caveat","Correct 直接上级 车辆租赁中心主任, but again with the false caveat about '车队新来个调度员'."),
("r52xfu-fu-01",3): ("wrong","false refusal: colloquial attribute","'念书要念到啥程度' = education; cx02 教育水平 高中及以上; gangwei classified out_of_scope and refused."),
("r52xfu-fu-03",3): ("partial","ordinal mis-resolved","'职责清单里排最后的那条' = h) 协助市场部进行培训市场开发工作…; gangwei re-listed all 8 duties instead of naming the last one."),
("r52xfu-fu-04",1): ("wrong","more: repeated previous","'除了财务类，剩下的还有啥' expects the 客户类/内部营运类 indicators (员工满意度, 人员编制控制率, 员工工资出错次数 …); gangwei repeated the same 4 财务类 indicators."),
("r52xfu-fu-09",1): ("partial","wrong section","'有啥能加分的经历' = 加分项 (terraform, 开源作品, 自驱, 运维开发, cx06 l.46-49); gangwei read it as experience and gave 2-5年/MySQL/Linux lines plus only terraform."),
("r52xfu-fu-11",1): ("wrong","false refusal: colloquial attribute","'读书要读到什么程度' (焊工) = education; cx07 l.130 学历：高中及以上学历; gangwei said the material does not state it."),
("r52xfu-fu-11",3): ("partial","wrong compare summary","Both lines shown correctly, but the summary says 铆工 要求1年以上; cx07 l.143 says 从事铆工3年以上 (plus 一年以上钢结构铆工经验)."),
("r52xfu-fu-15",2): ("wrong","false refusal: colloquial attribute","'小伙子来应聘行不行' = gender; cx08 性别 不限(女姓佳); gangwei refused as out of scope."),
("r52xfu-fu-15",3): ("wrong","wrong field","'她领导的领导' = 隔级领导:总经理 (cx08 工作关系 line); gangwei answered 直接主管 分校校长."),
("r52xfu-fu-16",1): ("wrong","superlative not answered","'其中分量最重的是哪一项' → 绩效、薪资管理完成率 15% (cx09 l.14); gangwei refused ('没有写明这一点')."),
("r52xfu-fu-16",2): ("partial","lost context","'这一项' refers to the heaviest item (绩效、薪资管理完成率: 因个人原因造成错误,扣2分/次); after its refusal gangwei dumped all 16 indicators with scoring rules (the right rule is in it, not singled out)."),
("r52xfu-fu-18",1): ("partial","cross-reference not followed","'第二个指标怎么评分' = 财务分析报告, 计算方法 '见附表' → 软指标评分表 (格式10%/数据的准确性30%/数据的有效性30%/报告提交的及时性30%, cx14 l.12-16); gangwei quoted the row and said there is no more detail."),
("r52xfu-fu-18",3): ("wrong","lost context","'那个评分表由谁填' → cx14 l.10 '由财务部经理填写'; gangwei answered the cx04 财务部 KPI list."),
("r52xfu-fu-19",0): ("wrong","wrong post","'商场导购员招聘有什么条件' → cx10 任职要求 (女,学历不限/轮班/促销经验/粤语优先, l.33-39); gangwei found no 商场导购 and quoted 人力资源专员 (cx13) knowledge requirements."),
("r52xfu-fu-22",0): ("wrong","wrong section","'向谁直接汇报' → cx12 直属上级 行政经理 (l.9-10); gangwei listed the duties (15 of 17)."),
("r52xfu-fu-22",2): ("wrong","superlative not answered","'时间占比最大的是哪块' → 65 % 主要负责的行政管理工作 (cx12 l.38-47); gangwei listed duties without any time share."),
("r52xfu-fu-23",0): ("partial","wrong section","'工作概述' → cx12 l.26 '协助行政经理安排、落实行政服务支持工作'; gangwei listed duties instead (first duty starts 协助行政经理…)."),
("r52xfu-fu-23",1): ("partial","list cut","'部门内部建设方面' → l.49-54 (队伍建设/技能培训, 目标分解, 考勤和假期, 外联及接待); gangwei dumped the full list cut at 15 of 17, so 考勤 and 接待 are missing."),
("r52xfu-fu-23",3): ("partial","section not narrowed","'制度建设相关的职责' → l.33-37; gangwei dumped 15 of 17 duties (the four asked are the first ones)."),
("r52xfu-fu-24",2): ("wrong","false refusal: misread intent","'一级招聘专员的行为标准写了哪些' → cx13 l.8-20 (招聘文案, 招募活动, 转正考核, 异动手续…); gangwei took it as an experience question and said experience is not stated."),
("r52xfu-fu-24",3): ("wrong","ordinal mis-resolved","'2.1那条' → cx13 l.16-17 (清查待转正员工信息, 组织转正考核, 拟定转正通知); gangwei took item 1 of the 人力资源专员 requirements (1-2年经验)."),
("r52xfu-fu-27",1): ("partial","off-post noise","Correct cx16 line (HRSSC…优先) first, then two cx06 加分项 blocks of other posts (产品经理, 前端)."),
("r52xfu-fu-27",2): ("partial","no pinpoint (raw rows)","Asked which HR KPI concerns pay → 员工工资出错次数; gangwei printed 5 raw cx04 rows (incl. the right one) without naming it."),
("r52xfu-fu-27",3): ("wrong","lost context","'它的数据来源' → 员工工资出错次数: 工资发放记录 (cx04 F9); gangwei refused ('人力资源部的资料没有写明这一点')."),
("r52xfu-fu-30",0): ("wrong","wrong post","'销售精理' (typo for 销售经理, cx05: 每年有1~2次到上海等地出差); gangwei mapped it to 销售员 (cx07) and said travel is not stated."),
("r52xfu-fu-30",1): ("wrong","wrong post","English requirement of 销售经理 (cx05: 英语专业者优先); gangwei carried 销售员 (cx07: 英语四级以上)."),
}
OKNOTE = {
("r52xfu-fu-08",2): "correct refusal: pay cell empty in cx06",
("r52xfu-fu-03",2): "correct near-miss refusal (培训顾问 only named)",
("r52xfu-fu-13",1): "correct: no duties for 生产技术部长",
("r52xfu-fu-22",3): "correct: 业绩衡量标准 略, quotes 使用说明",
("r52xfu-fu-23",2): "correct: 工资等级 empty",
("r52xfu-fu-25",3): "correct: pay not stated",
("r52xfu-fu-09",2): "correct OOS refusal",
("r52xfu-fu-17",2): "correct OOS refusal (wording ties it to the post)",
("r52xfu-jd-01",0): "JD with cited duties and requirements; 专业/证书 left 待补充 although the same line states them",
("r52xfu-kd-01",0): "5 indicators from the 资金部 table, weights 100; only 2 inferred BSC dimensions (the table has none)",
}
items=[json.loads(l) for l in open('set.jsonl')]
forms=json.load(open('forms.json'))
rows=[]; seen=set()
for it in items:
    turns=[it]+(it['turns'] or [])
    for j,t in enumerate(turns):
        key=(it['id'],j); seen.add(key)
        v,c,n = J.get(key, ("ok","",OKNOTE.get(key,"")))
        rows.append((it['id'],j,v,c,n, it['intent'] if j==0 else t['intent'], forms.get(f"{it['id']}#{j}","")))
assert set(J)<=seen
with open('judgments.tsv','w',encoding='utf-8') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str,r[:5]))+"\n")
# stats
def share(rs):
    n=len(rs); ok=sum(r[2]=='ok' for r in rs); p=sum(r[2]=='partial' for r in rs)
    return n,ok,p
first=[r for r in rows if r[1]==0]; later=[r for r in rows if r[1]>0]
print("all", share(rows)); print("first turns", share(first)); print("later turns", share(later))
print("\nfirst turns by intent (followup first turns by their first-turn intent)")
byi=collections.defaultdict(list)
for it in items:
    r=[x for x in rows if x[0]==it['id'] and x[1]==0][0]
    byi[it['intent'] if it['intent']!='followup' else 'fu-first:'+it.get('_i','')].append(r)
for it in items:
    pass
fi=collections.defaultdict(list)
for r in first:
    f=forms.get(f"{r[0]}#0","")
    fi[f.replace('first:','') if f else r[5]].append(r)
for k,v in sorted(fi.items()): print(f"  {k:14s} n={share(v)[0]:3d} ok={share(v)[1]:3d} partial={share(v)[2]:3d}")
print("\nlater turns by intent")
li=collections.defaultdict(list)
for r in later: li[r[5]].append(r)
for k,v in sorted(li.items()): print(f"  {k:14s} n={share(v)[0]:3d} ok={share(v)[1]:3d} partial={share(v)[2]:3d}")
print("\nlater turns by form (a turn counts under each of its forms)")
lf=collections.defaultdict(list)
for r in later:
    for x in r[6].split('+'): lf[x.split('(')[0]].append(r)
for k,v in sorted(lf.items(), key=lambda kv:-len(kv[1])):
    n,ok,p=share(v); print(f"  {k:20s} n={n:3d} ok={ok:3d} ({100*ok/n:5.1f}%) ok+partial={ok+p:3d} ({100*(ok+p)/n:5.1f}%)")
print("\nfailure classes")
fc=collections.Counter(r[3] for r in rows if r[3])
for k,v in fc.most_common(): print(f"  {v:2d} {k}  " + ", ".join(f"{r[0]}#{r[1]}({r[2]})" for r in rows if r[3]==k))
