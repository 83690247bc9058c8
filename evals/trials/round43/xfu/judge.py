import json
S=[json.loads(l) for l in open('set.jsonl')]
F=json.load(open('forms.json'))
J={
("x43fu-fu-04",2):("partial","wrong section","cx04 招聘管理 (merged C12:C13) covers 招聘空缺职位所需的平均天数 and 人员编制控制率; gangwei dumped 5 raw rows incl. 招聘费用预算达成率, 员工满意度, 绩效申诉 — the two right ones are there but not isolated"),
("x43fu-fu-05",3):("wrong","lost context","after KPI turns, '财务部那边又是哪些' means 财务部 KPIs (cx04 20.1: 公司财务预算达成率, 财务分析准确度 …); gangwei switched to duty and quoted cx01 财务部经理 duties + a cx14 line"),
("x43fu-fu-06",2):("wrong","short title not resolved","'换成文案呢' = 文案策划 (cx05 C4: 大专以上，20-35岁); gangwei kept 销售经理, read it as a method question and refused ('资料没有写明这一点')"),
("x43fu-fu-06",3):("partial","wrong post","meant 文案策划's pay (C4: 免费食宿，薪资面议); gangwei answered 销售经理's identical cell — right words, wrong post, because of the previous turn"),
("x43fu-fu-10",2):("partial","wrong section","Golang 后端 岗位要求 (lines 35-42) answered, but the 加分项 (46-49: terraform, 开源作品 …) are appended as items 9-12 of the requirements without saying they are bonus points"),
("x43fu-fu-10",3):("partial","compare incomplete","asked where both posts work: DBA 广州 (line 62), Golang 杭州/北京/深圳/上海/广州/远程 (line 27); gangwei gave only Golang's location"),
("x43fu-fu-12",3):("wrong","ordinal","'它的第6条' = item 6 of 京东物流's 任职要求 (line 104: React Native、Flutter); gangwei refused because its previous answer had only 2 items (arguably ambiguous, but the posting has a numbered list)"),
("x43fu-fu-13",1):("partial","wrong post","Moka PM 加分项 (lines 25-26) given, but also 杭州百腾教育's 加分项 (NodeJS, lines 119-121) and a source URL line as an item"),
("x43fu-fu-14",1):("wrong","false refusal","cx07 line 111: 销售员 '英语四级以上'; gangwei answered out_of_scope '知识库中没有能回答这个问题的内容'"),
("x43fu-fu-20",2):("wrong","lost context","'内部运营类一共占多少' = dimension weight 50% (cx09 line 10 label 内部运营类(50%)); gangwei repeated the previous indicator 办公用品费用控制的监管 weight 5%"),
("x43fu-fu-23",0):("wrong","wrong intent","'上面直接管他的是谁' asks 直属上级 = 行政经理 (cx12 lines 9-10); gangwei listed the 17 duties instead"),
("x43fu-fu-23",2):("partial","wrong section","asked the 主要负责的行政管理工作 group (lines 39-47, 65%); gangwei listed all duties (15 of 17) and added a spurious caveat '没有找到「的行政管」'"),
("x43fu-fu-23",4):("wrong","missed field","'这块工作时间占比多少' = 65 % (line 38, 时间分配 column); gangwei repeated the duty list without any percentage"),
("x43fu-fu-25",4):("wrong","lost context","评分表 '由财务部经理填写' (cx14 line 10); gangwei listed cx04's 财务部 KPI library instead"),
("x43fu-fu-26",2):("partial","wrong section","基本素养 (cx15 lines 7-10) = 责任心强/会爱学生/宽容乐观; gangwei returned a 'skills' list mixing 形象气质, 性别, 工作经历 (任职资格) and 善于倾听 (基本能力) with them"),
("x43fu-fu-26",4):("wrong","ordinal","'第二条' = 基本素养 item 2 会爱学生 (line 9); gangwei gave 性别要求 (item 2 of its own mixed list) — carry-over of the previous section error"),
("x43fu-fu-27",3):("wrong","false refusal","cx16 line 17: 熟悉《劳动法》《个人所得税法》及社保公积金政策; gangwei answered out_of_scope"),
("x43fu-oos-01",0):("wrong","answered OOS","where to take a 焊工证 and its fee is not in the corpus; gangwei quoted the 焊工 posting line about 焊工证 instead of refusing"),
}
NOTES={("x43fu-fu-08",3):"refused, though worded as '机械技术员的资料没有写明这一点' rather than out of scope",
("x43fu-fu-19",0):"answered 从业年限 2年以上 (line 从业年限); the set cites only 专业经验 2年以上出纳工作经验 — gold incomplete, answer right",
("x43fu-fu-05",1):"all 7 资金部 indicators; dimension labels marked 推断",
("x43fu-fu-21",4):"repeats the whole requirement list (complete)",
("x43fu-kd-01",0):"5 of 6 审计部 indicators, weights 20 each; only one (inferred) dimension — the source gives none"}
rows=["id\tturn\tverdict\tfailure_class\tnote"]
for d in S:
    qs=[d['question']]+[t['question'] for t in d['turns'] or []]
    for k,q in enumerate(qs):
        v,c,n=J.get((d['id'],k),("ok","",NOTES.get((d['id'],k),"")))
        rows.append(f"{d['id']}\t{k}\t{v}\t{c}\t{n}")
open('judgments.tsv','w').write("\n".join(rows)+"\n")
# per-form shares (later turns)
CAT={"ellipsis":"ellipsis","pronoun":"pronoun","ordinal":"ordinal","more":"more (还有吗)","switch_role":"switch role",
"switch_role_short_title":"switch role (short title)","switch_company":"switch role (company named)","switch_attribute":"switch attribute",
"compare":"compare last two","back_to_earlier":"back to earlier topic","oos_mid":"out of scope mid-conversation","typo":"typo",
"not_stated":"not-stated fact (refuse)","switch_role_not_stated":"not-stated fact (refuse)","ellipsis_not_stated":"not-stated fact (refuse)",
"pronoun_not_stated":"not-stated fact (refuse)","near_miss_lue":"not-stated fact (refuse)","switch_role_near_miss":"not-stated fact (refuse)"}
from collections import defaultdict
agg=defaultdict(lambda:[0,0,0])
for d in S:
    for k,t in enumerate(d['turns'] or [],1):
        c=CAT[F[d['id']][k]['form']]; v=J.get((d['id'],k),("ok",))[0]
        a=agg[c]; a[0]+=1; a[1]+= v=="ok"; a[2]+= v=="partial"
tot=[0,0,0]
out=["| form | later turns | ok | partial | ok share |","|---|---|---|---|---|"]
for c,(n,o,p) in sorted(agg.items(),key=lambda x:-x[1][0]):
    out.append(f"| {c} | {n} | {o} | {p} | {100*o/n:.0f} % |"); tot=[tot[0]+n,tot[1]+o,tot[2]+p]
out.append(f"| **all later turns** | {tot[0]} | {tot[1]} | {tot[2]} | {100*tot[1]/tot[0]:.0f} % |")
# first turns
ft=[J.get((d['id'],0),("ok",))[0] for d in S if d['intent']=='followup']; sg=[J.get((d['id'],0),("ok",))[0] for d in S if d['intent']!='followup']
out.append(f"\nFirst turns of conversations: {ft.count('ok')}/{len(ft)} ok, {ft.count('partial')} partial; singles: {sg.count('ok')}/{len(sg)} ok")
open('/tmp/t43xfu/forms_table.md','w').write("\n".join(out)+"\n")
print("\n".join(out))
from collections import Counter
print(Counter((v[1],v[0]) for v in J.values()))

# per intent (my judgments): first turns by item/turn intent, later turns by turn intent
ag=defaultdict(lambda:[0,0,0])
for d in S:
    fi = d['intent'] if d['intent']!='followup' else 'followup first turn'
    v=J.get((d['id'],0),("ok",))[0]; a=ag[fi]; a[0]+=1; a[1]+=v=="ok"; a[2]+=v=="partial"
    for k,t in enumerate(d['turns'] or [],1):
        v=J.get((d['id'],k),("ok",))[0]; a=ag['later: '+t['intent']]; a[0]+=1; a[1]+=v=="ok"; a[2]+=v=="partial"
o2=["| intent | turns | ok | partial | ok share |","|---|---|---|---|---|"]
for c,(n,o,p) in sorted(ag.items()): o2.append(f"| {c} | {n} | {o} | {p} | {100*o/n:.0f} % |")
open('/tmp/t43xfu/intent_table.md','w').write("\n".join(o2)+"\n"); print("\n".join(o2))
