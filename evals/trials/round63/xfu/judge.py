import json, collections
items=[json.loads(l) for l in open('set.jsonl')]
forms=json.load(open('forms.json'))
J={  # (id, turn) -> (verdict, class, note)
("t63xfu-fu-08",3):("wrong","false refusal (later turn)","'换Moka那家的看看呢' after 京东物流 前端 duties: cx06 l.11-12 gives Moka 前端 work (React/TS, HR toB SaaS 核心业务线); gangwei classified out_of_scope and refused."),
("t63xfu-fu-13",1):("wrong","false refusal (later turn)","'英语得考过几级才行' after 销售员 benefits: cx07 l.111 says 英语四级以上; role not carried, refused as out of scope."),
("t63xfu-fu-23",3):("wrong","false refusal (later turn)","'时间分配上占15%的有哪几块' (after an OOS turn): cx12 l.32-33/48-49 two 15% blocks (行政工作规划…, 部门内部建设以及对外关系协调); gangwei refused. In fu-22 it did name both 15% blocks."),
("t63xfu-fu-24",2):("wrong","wrong intent -> refusal","'招聘专员一级的行为标准里转正考核那块要做什么': cx13 l.15-18 (组织转正考核, 拟定转正通知, 办理异动手续); gangwei routed to kpi ('考核') and said the doc has no KPI."),
("t63xfu-fu-19",3):("wrong","stale answer (repeats previous turn)","'学习成长类一共占多少': cx09 l.19 学习成长革新类(20%) with 4 items; gangwei repeated the previous turn's answer (工作流程改善目标完成率 0%)."),
("t63xfu-fu-22",3):("wrong","answered OOS (other post's data)","'这几项工作…业绩标准是啥' for 行政主管: every 业绩衡量标准 in cx12 is 略 (refusal expected); gangwei answered with cx02 车辆调度员's 业绩标准 (95%/90%/80%/100%)."),
("t63xfu-fu-04",2):("partial","sub-part not isolated","'跟招聘相关的指标有哪些': expected 招聘费用预算达成率 + 招聘空缺职位所需的平均天数 (+人员编制控制率 under 招聘管理); gangwei dumped 5 raw table rows incl. unrelated 员工满意度 and 制度和流程的书面化比率."),
("t63xfu-fu-09",2):("partial","sub-part not isolated","'golang这个有哪些算加分的': cx06 l.44-49 加分项 = terraform, 开源作品, 自驱自律, 运维开发; gangwei gave all 12 requirement lines as one numbered list with no mark of which are 加分项."),
("t63xfu-fu-23",1):("partial","sub-part not isolated","'部门内部建设这块做什么': cx12 l.49-54 (4 items); gangwei listed all 14 duties of the three blocks (block header present, not isolated). In fu-22 the 65% block was isolated."),
("t63xfu-fu-10",2):("partial","noise in answer (URL / other posting)","'那有啥能加分的呢': cx06 l.25-26 加分项 correct at top, but the CSV 来源 URL is listed as a 加分项 bullet, then all 职位要求 are appended."),
("t63xfu-duty-06",0):("partial","noise in answer (URL / other posting)","'百腾教育的前端开发要做哪些事': cx06 l.110-111; gangwei got it but opened with a false caveat (no 前端开发 description) and mixed in Moka's posting and the source URL; company name not used to pick the posting."),
("t63xfu-fu-30",0):("partial","list cut (goal list over two table rows)","'XXXX袜业财务部经理的岗位工作目标': cx01 岗位工作目标 has 7 items over two table rows; gangwei shows 5, dropping 1 (经营管理成本预、核算准确率100) and 3 (库存周转率、应收账款周转率)."),
("t63xfu-fu-29",1):("partial","'not stated' not said","'第二个指标怎么定义的': gangwei regroups the cx04 finance list by inferred dimension, so its #2 is 财务费用降低率 (doc #2 is 财务分析准确度). It answered its own #2 consistently, but the source definition cell is blank and the answer silently omits it instead of saying so."),
("t63xfu-jd-01",0):("partial","JD: stated fact marked 待补充","JD for 数控平面钻工: cx07 l.196 states 三年以上…操作经验; JD puts the whole line under 学历 and leaves 经验 as 【待补充】; KPI section is generic (费用预算达成率, 培训计划完成率) with citations to the posting lines, though marked 推导."),
}
NOTES={
("t63xfu-fu-12",2):"set expectation flawed: all 8 duties had been shown in turn 0; gangwei correctly says there are no more (evaluator counts a false refusal).",
("t63xfu-fu-30",1):"gangwei's item 3 of its displayed (cut) list = 成本费用达成率; consistent with what the user saw; evaluator expected doc item 3 (库存周转率).",
("t63xfu-fu-20",0):"correct content; spurious caveat '没有「商场导购」的专门资料…仅供参考' (also in turns 1-2).",
("t63xfu-fu-13",3):"correct refusal: says 社保比例 not stated, shows stated benefit (办理社会保险).",
("t63xfu-fu-03",2):"correct near-miss refusal: 培训顾问 only named.",
("t63xfu-fu-15",2):"correct near-miss refusal: 生产技术部长 has only 任职资格.",
("t63xfu-fu-23",2):"correct refusal: 工资等级 empty.",
("t63xfu-fu-14",2):"typo 机秀工 resolved to 机修工.",
("t63xfu-fu-25",2):"结账/结帐 variant resolved.",
("t63xfu-fu-09",1):"right (2-5年) plus 3 unrelated lines.",
("t63xfu-fu-01",2):"gives 高中及以上; 专业 not asked strictly.",
}
rows=["id\tturn\tverdict\tfailure_class\tnote"]
per_form=collections.defaultdict(lambda:[0,0,0]); later=[0,0,0]; first=[0,0,0]
fam=lambda f: f.split(" (")[0].split(" +")[0]
for it in items:
    n=1+len(it['turns'] or [])
    for t in range(n):
        v,c,note=J.get((it['id'],t),("ok","",NOTES.get((it['id'],t),"")))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        k={"ok":0,"partial":1,"wrong":2}[v]
        if t==0: first[k]+=1
        else:
            later[k]+=1
            per_form[forms[it['id']]['turns'][t-1]['form']][k]+=1
open('judgments.tsv','w').write("\n".join(rows)+"\n")
print("first turns ok/partial/wrong", first, "later", later)
# group forms into families
G={"ellipsis":"ellipsis","pronoun":"pronoun","ordinal":"ordinal","switch role":"switch role/company","switch company":"switch role/company","switch department":"switch role/company","switch to":"switch role/company","switch attribute":"switch attribute/topic","switch topic":"switch attribute/topic","switch question":"switch attribute/topic","switch category":"switch attribute/topic","switch item":"switch attribute/topic","compare":"comparison","OOS":"out-of-scope turn","back":"back to earlier topic","more":"还有吗 (more)","pick from list":"pick item from list","detail by number":"pick item from list","yes/no":"pick item from list"}
fam=collections.defaultdict(lambda:[0,0,0])
for f,c in per_form.items():
    g=next((v for k,v in G.items() if f.startswith(k)), f)
    if "near-miss" in f: g="out-of-scope turn"
    for i in range(3): fam[g][i]+=c[i]
print("| form (family) | turns | ok | partial | wrong | ok share |")
print("|---|---|---|---|---|---|")
for g,c in sorted(fam.items(), key=lambda x:-sum(x[1])):
    s=sum(c); print(f"| {g} | {s} | {c[0]} | {c[1]} | {c[2]} | {c[0]/s:.0%} |")
print("raw forms:"); [print(" ",f,c) for f,c in sorted(per_form.items())]
