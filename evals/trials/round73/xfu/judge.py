import json, collections
items=[json.loads(l) for l in open('set.jsonl')]
forms=json.load(open('forms.json'))
bad={
 ("r73fu-08",2):("partial","extra rows","Doc: highest weight in 内部运营类 is 绩效、薪资管理完成率 15% (cx09 l.14). gangwei names it correctly but then lists the 7 内部运营类 rows plus 遵守制度和出勤率 from 制度及考勤 as '全部指标' (8 items, 55%)."),
 ("r73fu-10",0):("wrong","wrong field","Doc cx11 l.15: 两班轮班制 8:00—16:00、16:00—24:00. gangwei classified 上几点的班 as duty and listed the 5 duties; no working hours."),
 ("r73fu-12",0):("partial","mixed section","Doc cx13 l.8-20: behaviour standard = 1 招聘 (1.1-1.3) + 2 转正考核与异动管理 (2.1-2.3). gangwei lists both but inserts item 3 of the 人力资源专员任职资格 (l.5 知识要求) between them."),
 ("r73fu-13",0):("ok","","role labelled 财务部 (doc names 财务分析会计 only in the scoring table); all 4 indicators and weights given."),
 ("r73fu-13",1):("wrong","lost context","Doc cx14 l.5: 3rd indicator 利润中心的操作维护, 一次-5分二次–20分三次60分四次及以上0分. gangwei jumped to cx04's 财务部 KPI list (财务预算达成率 …), ignoring the cx14 table of the previous turn."),
 ("r73fu-15",0):("partial","alias hedge","薪酬核算 is an accepted title of 薪资核算专员 (cx16). Duties correct, but gangwei prefixes '知识库中没有「薪酬核算岗」的资料；以下是相近岗位…仅供参考'."),
 ("r73fu-15",2):("partial","alias hedge","Correct (2年以上…HRSSC), but repeats the '没有「薪酬核算岗」的资料…相近岗位' hedge."),
 ("r73fu-15",3):("partial","alias hedge","Correct (劳动法/个人所得税法 in the list), but repeats the '没有「薪酬核算岗」' hedge and gives the whole list instead of the law line."),
 ("r73fu-16",2):("partial","noisy raw rows","Doc cx04 招聘管理 = 招聘空缺职位所需的平均天数 + 人员编制控制率. gangwei (intent method, role None) dumps 5 raw pipe-joined rows incl. 招聘费用预算达成率, 员工工资出错次数, 员工绩效考核申诉处理及时性."),
 ("r73fu-20",0):("partial","mixed section","Doc cx06 l.33-49: 岗位要求 (2-5年 Golang…k8s) and separate 加分项 (terraform, 开源作品…). gangwei lists all as 专业技能 without marking 8-11 as 加分项, and drops 2-5 年 Golang 经验."),
}
notes={
 ("r73fu-18",3):"Correct: says the 10 listed requirements are all there is. The evaluator scores this as a false refusal because the gold expected a re-list.",
 ("r73fu-27",2):"Correct (员工满意度 = 满意度调查的算术平均值); the gold key points (指标说明/数据来源 wording) were too narrow, so the evaluator shows 0 % key points.",
 ("r73fu-16",3):"Formula given, but framed as '关于第 5 条' with a raw pipe row.",
 ("r73fu-28",0):"Typo 技术原 resolved to 机械技术员 with a notice.",
 ("r73fu-21",1):"Typo 维修点工 resolved to 维修电工.",
 ("r73fu-s2",0):"5 indicators from the 资金部 table, weights sum 100; warns the source covers only 2 BSC dimensions (evaluator's ≥3 dimensions metric fails, correctly).",
 ("r73fu-s6",0):"Refused: 薪资级别 is empty in cx08.",
 ("r73fu-23",1):"Refused: 培训顾问 only named in cx03.",
 ("r73fu-11",3):"Refused and quotes the 使用说明 saying 业绩衡量标准 are omitted (略).",
}
canon={"ellipsis":"ellipsis","ellipsis (within list)":"ellipsis","pronoun":"pronoun","pronoun (after OOS)":"pronoun",
"ordinal":"ordinal","ordinal/field":"ordinal","ordinal (last) / back":"ordinal",
"switch role":"switch role","switch role (ellipsis)":"switch role","switch role (换成X)":"switch role","switch role + attribute":"switch role",
"switch section (ellipsis)":"switch role","switch document":"switch role","switch role (typo)":"typo / short title","switch company":"company named",
"switch attribute":"switch attribute","drill into item":"drill into item","compare last two":"compare last two","more":"more (还有吗)",
"back to earlier item":"back to earlier topic","back to earlier role":"back to earlier topic","back after OOS":"back to earlier topic"}
rows=["id\tturn\tverdict\tfailure_class\tnote"]; per=collections.defaultdict(lambda:[0,0,0]); first=[0,0,0]; later=[0,0,0]
V={"ok":0,"partial":1,"wrong":2}
for it in items:
    n=1+len(it["turns"] or [])
    for t in range(n):
        v,c,note=bad.get((it["id"],t),("ok","",notes.get((it["id"],t),"")))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        if t==0: first[V[v]]+=1
        else:
            later[V[v]]+=1
            f=forms[it["id"]]["later"][t-1]
            f=canon.get(f,"out of scope" if f.startswith("out-of-scope") else f)
            per[f][V[v]]+=1
open("judgments.tsv","w").write("\n".join(rows)+"\n")
print("first turns ok/partial/wrong",first,"later",later)
for f,(o,p,w) in sorted(per.items(),key=lambda x:-sum(x[1])):
    print(f"| {f} | {o+p+w} | {o} | {p} | {w} | {100*o/(o+p+w):.0f} % |")
