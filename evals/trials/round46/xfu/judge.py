import json,collections
J={}  # (id,turn) -> (verdict, class, note); default ok
def j(i,t,v,c,n): J[(f'x46fu-{i}',t)]=(v,c,n)
j('fu-06',3,'partial','ingestion: csv cell tail + URL','cx06 line 49 "- 熟悉运维开发；",https://… : the 4th 加分项 is dropped and the source URL is listed as a bullet; also pads with one 岗位要求 line')
j('fu-18',3,'wrong','lost context','after an OOS turn, "财务部那边又有哪些" (previous topic: 资金部 KPI) should list 20.1 财务部 KPI (公司财务预算达成率, 现金收支准确性 …); gangwei switched to intent duty and quoted 财务部经理 duties / a cx14 table title')
j('fu-19',0,'partial','bogus role phrase','cx09 line 10 内部运营类(50%); answer only shows it as a group heading, prefixed by "知识库中没有「人事行政部经理考核里内部运营」的专门资料", and also appends 制度及考勤')
j('fu-19',1,'partial','bogus role phrase','7 内部运营类 indicators correct, but the same bogus "没有「人事行政部经理考核里内部运营」" caveat and an extra 制度及考勤 group')
j('fu-19',2,'partial','list cut / raw rows','"还有别的不" → re-dumps 15 of 16 raw Markdown table rows (with | and &lt;br&gt;) incl. the ones already given; 遵守制度和出勤率 cut')
j('fu-19',3,'partial','lost context','"客户类有哪几项" (cx09 lines 17-18: 内部员工满意率, 后勤投诉次数): role dropped (role=None); gives only 内部员工满意率 plus cx04 员工满意度 of another sheet; 后勤投诉次数 missing')
j('fu-20',1,'partial','lost context','"它属于哪一类指标" (它 = 部门员工保有率 → 学习成长革新类, line 19): dumped the whole 16-indicator table instead of naming the class')
j('fu-20',2,'wrong','false refusal (lost context)','"这一类一共占多少" → 学习成长革新类(20%) line 19; gangwei classified it out_of_scope and refused')
j('fu-21',3,'wrong','missed field','cx14 line 10 "表一:季度安全分析报告评分表(由财务部经理填写)" says who scores; gangwei repeated the 财务分析报告 card with no scorer')
j('fu-25',2,'partial','list cut / raw rows','17 lines under 工作职责 (3 of them section headings shown as duties), truncated at 15 with "问还有吗"; 考勤/接待 (lines 53-54) not shown')
j('fu-26',0,'wrong','missed field','cx12 lines 38-39 "65 % 主要负责的行政管理工作" answers "花时间最多"; gangwei listed 15 duties without any time share')
j('fu-26',1,'wrong','false refusal (lost context)','"这块具体包括啥" = duties under 65% block (lines 40-47: 归档, 大事记, 办公用品, 年会…); gangwei refused ("没有写明这一点")')
j('fu-27',3,'partial','bogus role phrase','answer correct (中英文听说读写, line 6) but prefixed "知识库中没有「回头说人力资源专员」的专门资料" – the discourse marker was parsed as a role name')
notes_ok={('x46fu-fu-11',1):'lists all 8 in turn 0; "还有没有" correctly says there are no more (evaluator counts it as false refusal: my gold expected items 7-8)',
 ('x46fu-fu-02',3):'2年以上 (从业年限) cited; correct, evaluator only lowered citation precision',
 ('x46fu-fu-10',2):'加分项 correct; the CSV source URL shows as an extra bullet (cosmetic)',
 ('x46fu-fu-23',0):'version 1 and 3 listed, version 2 named as a further source',
 ('x46fu-fu-15',1):'correct near-miss refusal: no duties for 生产技术部长',('x46fu-fu-16',2):'correct near-miss refusal',
 ('x46fu-fu-20',3):'correct near-miss refusal',('x46fu-fu-25',3):'correct: quotes the 使用说明 that 业绩衡量标准 are omitted',
 ('x46fu-fu-26',2):'correct: 工作地点 empty',('x46fu-fu-12',2):'typo 埋弧悍工 resolved',('x46fu-fu-30',0):'typo 掉度员 resolved with a did-you-mean',
 ('x46fu-kd-01',0):'only 2 BSC dims, but the source has only those; says so'}
forms=json.load(open('forms.json'))
rows=[]; per=collections.defaultdict(lambda:[0,0,0]); first=[0,0,0]; single=[0,0,0]
for l in open('set.jsonl'):
    it=json.loads(l); n=1+len(it['turns'] or [])
    for t in range(n):
        v,c,note=J.get((it['id'],t),('ok','',notes_ok.get((it['id'],t),'')))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        k={'ok':0,'partial':1,'wrong':2}[v]
        if t==0: (first if it['turns'] else single)[k]+=1
        else: per[forms[it['id']][t-1]][k]+=1
open('judgments.tsv','w').write('id\tturn\tverdict\tfailure_class\tnote\n'+'\n'.join(rows)+'\n')
tot=[0,0,0]
print('form\tn\tok\tpartial\twrong\tok share')
for f,(a,b,c) in sorted(per.items(),key=lambda x:-sum(x[1])):
    print(f'{f}\t{a+b+c}\t{a}\t{b}\t{c}\t{a/(a+b+c):.0%}'); tot=[x+y for x,y in zip(tot,(a,b,c))]
print('ALL later\t',sum(tot),tot,f'{tot[0]/sum(tot):.0%}'); print('first turns',first,'singles',single)
cl=collections.Counter(v[1] for v in J.values()); print(cl)

G={'ellipsis':'ellipsis','pronoun':'pronoun','pronoun after oos':'pronoun','ordinal':'ordinal','more':'more (还有吗)',
 'switch role':'switch role','switch role typo':'switch role','switch company':'switch role','short title':'switch role',
 'switch attribute':'switch attribute','switch indicator':'switch indicator/department','switch department':'switch indicator/department',
 'switch department after oos':'switch indicator/department','switch to department':'switch indicator/department',
 'comparison':'comparison','back to earlier':'back to earlier','oos':'out of scope (incl. near-miss)','oos pay not stated':'out of scope (incl. near-miss)',
 'near-miss pronoun':'out of scope (incl. near-miss)','near-miss ellipsis':'out of scope (incl. near-miss)','near-miss switch role':'out of scope (incl. near-miss)'}
gp=collections.defaultdict(lambda:[0,0,0])
for f,v in per.items():
    g=gp[G[f]]
    for i in range(3): g[i]+=v[i]
print(); print('| form group | turns | ok | partial | wrong | ok share | ok+partial |'); print('|---|---|---|---|---|---|---|')
for f,(a,b,c) in sorted(gp.items(),key=lambda x:-sum(x[1])):
    print(f'| {f} | {a+b+c} | {a} | {b} | {c} | {a/(a+b+c):.0%} | {(a+b)/(a+b+c):.0%} |')
