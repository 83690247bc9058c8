import json, collections, re
D='/work/main/evals/trials/round68/xfu/'
items=[json.loads(l) for l in open(D+'set.jsonl',encoding='utf-8')]
forms=json.load(open(D+'forms.json',encoding='utf-8'))
bad={
('x68-fu-05',3):('wrong','false refusal (还有吗)','Asked 除了这个还有别的吗 after the shift question; cx11 l.16 lists 生日专属假期/免费食宿. gangwei routed to intent=method and replied the 酒店前台 material does not state this.'),
('x68-fu-07',4):('wrong','false refusal (reference by property)','占65%时间的那块工作: cx12 l.38-47 is the 65% block (归档, 大事记, 办公用品, 食堂, 固定资产 …). gangwei classed the turn out_of_scope and gave the generic refusal; the role context (行政主管) was dropped.'),
('x68-fu-13',4):('partial','comparison half-answered','和Moka的前端开发比哪个工资高: cx06 l.27 Golang 后端 20-40k+, l.2 Moka 前端 15k-40k*15. gangwei switched to the Moka post and gave only its pay (15k-40k*15); no Golang figure, no comparison.'),
('x68-fu-21',4):('partial','unfocused answer (noise from other file)','这项多久考核一次 (月底结帐处理): cx14 l.6 says 季. gangwei showed the cx14 row (contains 季) but padded it with unrelated cx04 财务部/审计部 rows (月/季/年度, 季/年度) and never stated the period.'),
('x68-fu-22',4):('wrong','lost context (stuck on refused role)','整个部门的职能有哪些 after the 培训顾问 near-miss refusal: cx03 §2 lists 部门职能 2.1-2.9. gangwei repeated the 培训顾问 refusal verbatim instead of answering for 培训部.'),
('x68-fu-26',1):('wrong','false refusal (field not recognised)','出纳一周上几天班: cx08 PDF has 岗位每周工作时间 5+1天. gangwei mapped it to attr=benefits and said 出纳 material has no 福利; the 每周工作时间 field is not extracted.'),
('x68-fu-26',3):('wrong','false refusal (field not recognised)','那她下面有人吗: cx08 工作关系 line states 直接下属:无. gangwei (intent=method) said the material does not state this, although it had just answered 平级 from the same line.'),
('x68-fu-29',3):('partial','deixis not resolved (whole list)','这部分占多少时间 right after the 部门内部建设 block: cx12 l.48 15%. gangwei dumped all three duty blocks with their shares (15/65/15) instead of answering 15% for the block just discussed.'),
('x68-fu-30',1):('wrong','wrong field','薪资核算专员要有什么行业背景: cx16 l.16 2年以上制造业或大型企业薪酬核算经验, HRSSC优先. gangwei answered with the 9 duties (intent=duty); neither 制造业 nor HRSSC appears.'),
('x68-fu-30',4):('wrong','lost context (wrong post after comparison)','年终奖是怎么算的: cx16 l.10 年终奖计发 根据年度绩效考核结果. After the comparison turn gangwei took 人力资源专员 (the 2nd post compared) as the topic, read it as a pay question and refused.'),
}
rows=[];res={}
for o in items:
    turns=[(o['question'],o['intent'])]+[(t['question'],t['intent']) for t in (o['turns'] or [])]
    for i,(q,it) in enumerate(turns,1):
        v=bad.get((o['id'],i),('ok','',''))
        res[(o['id'],i)]=(v[0],it if i>1 or o['intent']!='followup' else 'followup-first:'+ (o['attribute'] and 'attribute' or ''), q)
        rows.append('\t'.join([o['id'],str(i),v[0],v[1],v[2] or 'answer matches the document']))
open(D+'judgments.tsv','w',encoding='utf-8').write('id\tturn\tverdict\tfailure_class\tnote\n'+'\n'.join(rows)+'\n')
c=collections.Counter(v[0] for v in res.values()); print('all turns',len(res),c)
# per intent (first turns by item intent; for followup first turn use its first-turn intent guessed from key fields)
first_int={}
for o in items:
    fi=o['intent']
    if fi=='followup':
        fi='attribute' if o['attribute'] else None
    first_int[o['id']]=fi
# per-intent over all turns using turn intents
def tint(o,i):
    if i==1:
        if o['intent']!='followup': return o['intent']
        return 'attribute' if o['attribute'] else {'x68':None}.get('x')
    return o['turns'][i-2]['intent']
src=open(D+'gen_set.py',encoding='utf-8').read()
fi={f"x68-fu-{int(m.group(1)):02d}":m.group(2) for m in re.finditer(r'conv\((\d+), "\w+", \("[^"]*", "(\w+)"',src)}
per=collections.defaultdict(lambda:[0,0,0])
for o in items:
    n=1+len(o['turns'] or [])
    for i in range(1,n+1):
        it = (fi[o['id']] if o['intent']=='followup' else o['intent']) if i==1 else o['turns'][i-2]['intent']
        key=('first turn: ' if i==1 else 'later turn: ')+it
        v=res[(o['id'],i)][0]; per[key][0]+=1; per[key][1]+= v=='ok'; per[key][2]+= v=='partial'
print('\n| turn / intent | n | ok | partial | wrong | ok share |\n|---|---|---|---|---|---|')
for k in sorted(per): n,ok,p=per[k]; print(f'| {k} | {n} | {ok} | {p} | {n-ok-p} | {ok/n:.0%} |')
TAGS=[('ellipsis','ellipsis'),('pronoun','pronoun'),('ordinal','ordinal'),('switch role','switch role'),('switch company','switch company'),('switch department','switch department/section'),('switch section','switch department/section'),('switch attribute','switch attribute'),('switch indicator','switch indicator'),('switch intent','switch intent'),('switch to department','switch department/section'),('comparison','comparison'),('back to','back to earlier topic'),('out-of-scope','out-of-scope turn'),('typo','typo'),('company','names company'),('还有吗','还有吗'),('deixis','deixis/property reference'),('reference by property','deixis/property reference'),('demonstrative','deixis/property reference'),('pick one','pick one item'),('colloquial','colloquial')]
pf=collections.defaultdict(lambda:[0,0,0])
for iid,lst in forms.items():
    for t in lst:
        v=res[(iid,t['turn'])][0]; tags=set()
        if t['form'].startswith('OOS') or 'near-miss OOS' in t['form']: tags.add('out-of-scope turn')
        for k,tag in TAGS:
            if k in t['form']: tags.add(tag)
        for tag in tags: pf[tag][0]+=1; pf[tag][1]+= v=='ok'; pf[tag][2]+= v=='partial'
print('\n| form of later turn | n | ok | partial | wrong | ok share |\n|---|---|---|---|---|---|')
for k in sorted(pf,key=lambda k:-pf[k][0]): n,ok,p=pf[k]; print(f'| {k} | {n} | {ok} | {p} | {n-ok-p} | {ok/n:.0%} |')
lt=[res[(iid,t['turn'])][0] for iid,l in forms.items() for t in l]
print('later turns', len(lt), collections.Counter(lt))
