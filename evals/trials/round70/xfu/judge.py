import json, collections
items=[json.loads(l) for l in open('set.jsonl')]
forms=json.load(open('forms.json'))
# failures/partials: (id, turn) -> (verdict, class, note)
J={
("r70x-fu-02",3):("wrong","wrong section","asked how performance is judged; cx02 业绩标准 cell: 工作及时率达95%以上/客户满意率达90%以上/内部员工满意度80%/突发事件处理及时率100%; gangwei (intent method) answered only 工作禁忌: 服务态度不好"),
("r70x-fu-03",0):("wrong","false refusal (role parse)","cx03 3.1.1 lists 培训部经理职责 a)-h); question '培训部手册里经理那一岗…' was parsed as role 「部手册里经理」 and refused. Diagnostic: '培训部经理都要管哪些事情' answers correctly"),
("r70x-fu-03",1):("wrong","lost context","'第三条具体讲讲' after the refused first turn: nothing was listed, gangwei refused generically; expected c) 责培训部员工的工作安排与绩效考核 (diagnostic with a clean first turn gives it)"),
("r70x-fu-03",3):("wrong","false refusal (wrong attribute)","'他要配合哪个部门去开发培训市场' — cx03 h) 协助市场部进行培训市场开发工作; gangwei read '哪个部门' as the department attribute and said 培训部经理's 所属部门 is not stated"),
("r70x-fu-05",1):("partial","more: list repeated","'除了这些还有别的指标吗' after all 6 审计部 KPIs were listed: gangwei re-listed sheet rows 1-5 (dropping 审计报告归档率) and did not say the list was complete"),
("r70x-fu-06",3):("partial","comparison not drawn","asked the difference in age/education between 销售经理 and 研发经理 (本科以上 both; 20-35 vs 20-45); gangwei printed both requirement lists side by side with no comparison sentence (fu-12 and the diagnostic show it can draw one)"),
("r70x-fu-10",2):("wrong","wrong attribute","'他需要之前做过几年什么工作' — cx06 line 125: 4年以上系统管理员经验; gangwei answered the SRE's 工作内容 (duty) instead. Diagnostic '他要几年工作经验' answers correctly"),
("r70x-fu-15",2):("partial","comparison one side","'焊工和铆工比一比学历跟年龄要求' — both have 高中/40岁以下; gangwei returned only 焊工's requirement list. Diagnostic '焊工和铆工的学历对比一下' gives a proper two-sided comparison"),
("r70x-fu-21",2):("partial","unfocused (whole list)","'有没有哪个指标的权重写的是0' — cx09 line 15 工作流程改善目标完成率 0%; gangwei dumped all 16 indicators without naming the one (it is visible as item 8)"),
("r70x-fu-22",1):("partial","unfocused (whole list)","'他每天一早到店先要干嘛' — cx10 lines 47-49 (清洁并调整样板, 更换POP招贴); gangwei returned 10 duties from two versions without pointing out the two morning ones"),
("r70x-jd-04",0):("partial","list cut","JD for 酒店前台: duties 1-5 complete and cited, but 任职资格 drops the 4th core requirement 合规意识 (cx11 line 12: 严格遵守酒店规章制度,落实身份信息登记…); KPI section borrows 财务部 账务处理及时性 from cx04 (marked 推导)"),
("r70x-fu-23",2):("partial","unfocused (whole list)","'那店里卫生由谁负责' — cx10 lines 15/45 (导购 does 卫生清洁); gangwei returned the whole 10-item duty list, no direct answer"),
}
notes_ok={("r70x-fu-23",0):"ok; says 3 sources but shows versions 1 and 3, not version 2 (商超渠道) which fits 商场 best",
          ("r70x-fu-29",2):"ok; shows the source rule 一次-5分二次–20分 rather than computing",
          ("r70x-kpi_design-03",0):"ok; 7 资金部 indicators, weights 100, only 2 BSC dims (the source has only 资金部 rows)",
          ("r70x-fu-02",2):"ok; same full qualification list as previous turn, contains both"}
rows=[]
for it in items:
    n=1+len(it['turns'] or [])
    for t in range(n):
        v,c,note=J.get((it['id'],t),("ok","",notes_ok.get((it['id'],t),"")))
        rows.append((it['id'],t,v,c,note))
with open('judgments.tsv','w') as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str,r))+"\n")
# per-form shares for later turns
byform=collections.defaultdict(lambda:[0,0,0])
for it in items:
    for i,fm in enumerate(forms.get(it['id'],[]),1):
        v=J.get((it['id'],i),("ok",))[0]
        key=fm.split(' (')[0] if fm.startswith('out of scope') else fm
        b=byform[key]; b[0]+=1; b[1]+= v=="ok"; b[2]+= v=="partial"
print("form\tturns\tok\tpartial\tok share")
tot=[0,0,0]
for k,(n,o,p) in sorted(byform.items(), key=lambda x:-x[1][0]):
    print(f"{k}\t{n}\t{o}\t{p}\t{o/n:.0%}"); tot[0]+=n; tot[1]+=o; tot[2]+=p
print(f"ALL later turns\t{tot[0]}\t{tot[1]}\t{tot[2]}\t{tot[1]/tot[0]:.1%}")
first=[r for r in rows if r[1]==0]
print("first turns + singles:", len(first), "ok", sum(r[2]=="ok" for r in first))
print(collections.Counter(r[3] for r in rows if r[3]))
# per intent (later turns by turn intent)
bi=collections.defaultdict(lambda:[0,0])
for it in items:
    for i,t in enumerate(it['turns'] or [],1):
        v=J.get((it['id'],i),("ok",))[0]; bi[t['intent']][0]+=1; bi[t['intent']][1]+= v=="ok"
print("later-turn intent:", {k:f"{o}/{n}" for k,(n,o) in bi.items()})
