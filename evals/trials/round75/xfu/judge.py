# Writes judgments.tsv (hand judgments after reading every answer in replay.jsonl) and per-form shares.
import json, collections
items=[json.loads(l) for l in open('set.jsonl',encoding='utf-8')]
forms=json.load(open('forms.json',encoding='utf-8'))
J = {  # (id, turn): (verdict, class, note)
 ("r75xfu-fu-01",0):("wrong","false refusal (typo title)","cx02 lists 车辆调度员 duties (合理调配、值班安排、考核). The typo 调渡员 made gangwei treat 「我下周入职当调渡员」 as an unknown post and refuse; the same sentence with 调度员 is answered (diag.jsonl)."),
 ("r75xfu-fu-01",1):("wrong","lost context","cx02: 教育水平 高中及以上, 专业要求 汽车修理专业. First turn was refused, so no post in context: generic refusal. After a correct first turn the same turn is answered (diag.jsonl)."),
 ("r75xfu-fu-01",2):("wrong","lost context","cx02: 直接上级 车辆租赁中心主任, 职业发展 高级业务员. Generic refusal because the first turn had no post."),
 ("r75xfu-fu-01",3):("partial","ordinal misresolved","Expected item 2 of 业绩标准: 客户满意率达90%以上. gangwei found the cx02 业绩标准 list without context and printed all 4 items, not the second."),
 ("r75xfu-fu-02",3):("wrong","ordinal misresolved","Asked 岗位任职基本技能 item 2 (精通国家财税法律规范, 职业判断能力). gangwei took item 2 of its previous answer (直接下级 / 同职位人数) and answered 「1人」."),
 ("r75xfu-fu-04",2):("partial","unfocused answer","薪酬管理 has one indicator: 员工工资出错次数. gangwei printed 5 raw pipe-joined rows incl. 薪资总量预算安排达成率, 绩效 and 招聘 indicators; the right row is among them."),
 ("r75xfu-fu-04",3):("wrong","lost context","它 = 员工工资出错次数: 数据来源 工资发放记录, 公式 (错误发放的工资次数/发放的工资次数)*100%. gangwei (intent method) said the 人力资源部 material does not state this."),
 ("r75xfu-fu-10",1):("ok","","Gold expected a re-list of items 4-10, but the first answer had already shown all 10; gangwei correctly said there are no more. The evaluator counts this as a false refusal (gold artefact)."),
 ("r75xfu-fu-12",3):("partial","missed field","Asked pay and base: 薪资 15k-40k * 15, 工作地点 成都 (CSV column). gangwei gave only the pay; 成都 shows only inside the post title."),
 ("r75xfu-fu-20",1):("partial","lost context","它 = 学习成长革新类 (4 indicators, lines 19-22). gangwei printed the whole 16-indicator sheet instead of the 4."),
 ("r75xfu-fu-21",3):("wrong","missed field","cx10 line 39: 有卖场促销丰富经验优先,粤语优先,公司提供专业培训. gangwei answered 专业技能 with lines 35-37 (轮班, 沟通/促销经验) and never mentioned 粤语 or 培训."),
 ("r75xfu-fu-23",1):("partial","unfocused answer","cx11 item 4: 遇到客诉时先安抚情绪, 再协调…, 无法处理时及时上报主管. gangwei (intent method) dumped 3 duty items and 3 requirement items; the right one is included but not singled out."),
 ("r75xfu-fu-26",0):("partial","list cut","cx13 行为标准 has two sections: 1 人力资源招聘 (1.1-1.3) and 2 转正考核与异动管理 (2.1-2.3). gangwei gave only section 1."),
 ("r75xfu-fu-27",0):("partial","unfocused answer","Largest weight is 财务分析报告 30%. gangwei dumped the 4 raw tab rows (+ one scoring row) without saying which is largest."),
 ("r75xfu-fu-27",1):("wrong","lost context","它 = 财务分析报告; cx14 软指标评分表: 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%. gangwei switched to the cx04 财务部 KPI list and said it has no scoring rules."),
 ("r75xfu-fu-27",3):("wrong","lost context","cx14 line 7 (月底结帐 准确性): 错一次得80分, 错二次得60分. gangwei gave the generic out-of-scope refusal."),
 ("r75xfu-kd-01",0):("partial","tool: count ignored","Asked for 5 indicators; got 7 (6 from cx04 20.1 + a generic 服务对象满意度 added for the 客户 dimension, flagged as such). Expected indicators all present, weights sum to 100."),
}
NOTES = {
 ("r75xfu-fu-07",0):"JSON text has markdown escapes (1\\~2次, \\*100%, cx06\\_…); content right.",
 ("r75xfu-fu-19",1):"Right answer stated first (绩效、薪资管理完成率 15%), then the whole table.",
 ("r75xfu-fu-25",3):"Refused correctly; says 审核人 is 写明 although that field is empty.",
 ("r75xfu-fu-13",2):"Typo 埋弧悍工 resolved to 埋弧焊工.",
 ("r75xfu-fu-03",2):"Near-miss refused: 培训顾问 only named.",
 ("r75xfu-fu-24",3):"Refused, quoting the 使用说明 that the 业绩衡量标准 are omitted.",
 ("r75xfu-fu-10",3):"",
}
rows=[]; per=collections.defaultdict(list)
for it in items:
    n = 1 + len(it['turns'] or [])
    for j in range(n):
        v,c,note = J.get((it['id'],j), ("ok","",NOTES.get((it['id'],j),"")))
        rows.append((it['id'],j,v,c,note))
        if j>0: per[forms[it['id']][j-1]['form']].append(v)
with open('judgments.tsv','w',encoding='utf-8') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str,r))+"\n")
def share(vs): return f"{sum(v=='ok' for v in vs)}/{len(vs)} ok, {sum(v=='partial' for v in vs)} partial, {sum(v=='wrong' for v in vs)} wrong"
print("first turns:", share([r[2] for r in rows if r[1]==0 and r[0].startswith('r75xfu-fu')]))
print("singles:", share([r[2] for r in rows if not r[0].startswith('r75xfu-fu')]))
print("later turns:", share([r[2] for r in rows if r[1]>0]))
# grouped base forms (a compound form counts toward each part)
BASE = {"ellipsis":"ellipsis","pronoun":"pronoun","ordinal":"ordinal","more":"more (还有吗)","comparison":"comparison",
 "switch role":"switch role","switch attribute":"switch attribute","switch company":"switch company/department/item",
 "switch department":"switch company/department/item","switch item":"switch company/department/item","switch topic":"switch company/department/item",
 "back-reference":"back-reference","return after OOS":"back-reference","after OOS":"turn right after an OOS turn",
 "out-of-scope":"out-of-scope / near-miss turn","near-miss OOS":"out-of-scope / near-miss turn","near-miss":"out-of-scope / near-miss turn",
 "typo":"typo / shortened title","shortened":"typo / shortened title","short title":"typo / shortened title","reference to section":"reference to section"}
g=collections.defaultdict(list)
for it in items:
    for j,t in enumerate(forms.get(it['id'],[]),1):
        v=[r for r in rows if r[0]==it['id'] and r[1]==j][0][2]
        hit=set(b for k,b in BASE.items() if k in t['form'])
        if not hit: hit={t['form']}
        for b in hit: g[b].append(v)
print("\nper base form (later turns; compound forms count under each part):")
for b,vs in sorted(g.items(), key=lambda x:-len(x[1])):
    print(f"  {b:34s} {len(vs):3d}  {share(vs)}  pass {100*sum(v=='ok' for v in vs)/len(vs):.0f}%")
print("\nper raw form:")
for f_,vs in sorted(per.items(), key=lambda x:-len(x[1])): print(f"  {f_:34s} {share(vs)}")
cl=collections.Counter(r[3] for r in rows if r[3])
print("\nfailure classes:", cl.most_common())

# per intent (first turns by item intent / later turns by turn intent)
pi=collections.defaultdict(list)
for it in items:
    n=1+len(it['turns'] or [])
    for j in range(n):
        v=[r for r in rows if r[0]==it['id'] and r[1]==j][0][2]
        key = ("first:"+it['intent']) if j==0 else ("later:"+it['turns'][j-1]['intent'])
        pi[key].append(v)
print("\nper intent:")
for k,vs in sorted(pi.items()): print(f"  {k:24s} {share(vs)}  pass {100*sum(v=='ok' for v in vs)/len(vs):.0f}%")
