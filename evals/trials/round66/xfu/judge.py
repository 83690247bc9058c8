import json,collections
J={
("xfu-fu-16",0):("partial","title variant not resolved","'行政人事经理' (cx09 title is 人事行政部经理) not matched: gangwei said it has no specific info and showed cx09 line 17 (内部员工满意率) plus an unrelated cx04 员工满意度 row; missed 后勤投诉次数 (line 18)."),
("xfu-fu-24",0):("partial","no direct answer","Asked which item has the highest weight; cx14 line 4 says 财务分析报告 30%. gangwei dumped the 4 table rows plus an unrelated cx04 row (财务资料完好性) without naming the maximum."),
("xfu-fu-08",2):("partial","wrong comparison value","cx07 line 143: 铆工 needs 从事铆工3年以上 (and 一年以上钢结构 experience); 焊工 states no years. gangwei's summary line says 铆工 要求1年以上 (picked the weaker figure); the quoted source line below is correct."),
("xfu-fu-10",3):("partial","OOS misread as attribute","User asked the price of a shear machine (out of scope). gangwei refused but read it as the operator's pay: '资料没有写明薪资'."),
("xfu-fu-11",1):("wrong","missed field","'那出纳自己底下有没有人' = subordinates; cx08 pdf line 20 says 直接下属:无. gangwei answered with the full 10-item duty list, no subordinate answer."),
("xfu-fu-13",3):("wrong","stale slot carried over","'招聘那块考核什么' = 考核目标 招聘管理 in cx04 HR sheet: 招聘空缺职位所需的平均天数, 人员编制控制率. gangwei repeated the previous turn's 客户类 answer (员工满意度)."),
("xfu-fu-15",3):("partial","no direct answer","'那权重为零的那个呢': cx09 line 15 工作流程改善目标完成率 0%. gangwei re-printed the full 16-row table without singling it out (the row is in the list)."),
("xfu-fu-16",1):("partial","list cut","学习成长革新类 has 4 indicators (cx09 lines 19-22: 部门员工保有率, 部门培训目标完成率, 员工测评, 人力计划完成率); gangwei gave only line 19 (部门员工保有率), still saying it has no specific info for '行政人事经理'."),
("xfu-fu-16",3):("wrong","answered OOS","Industry average retention rate is not in the corpus; gangwei answered with the cx09 部门员工保有率 indicator card (target >70%) instead of refusing."),
("xfu-fu-17",1):("partial","no direct answer","Asked what to do every morning: cx10 lines 47-49 (调整样板, 更换标签/POP). gangwei dumped 10 duties from two versions; the two morning items are inside but not singled out."),
("xfu-fu-21",1):("wrong","lost context (role)","'这个主管岗位挂在哪个部门下面' should resolve to 行政主管 (cx12 lines 15-16 所在部门 行政管理部). gangwei took '主管' as a new role, found none, refused and showed the template 使用说明 line."),
("xfu-fu-21",2):("wrong","lost context (role)","Cascade of the previous turn: '他的工作职责里占比最大的是哪块' (cx12 line 38: 65% 主要负责的行政管理工作) refused as '还没有「主管」的考核指标'."),
("xfu-fu-22",3):("wrong","lost context (role)","'回到前面，行政管理工作里跟福利有关的是哪条' = cx12 line 45 发放日常福利、节日福利. gangwei parsed a role '面行政管' from '回到前面，行政管理', lost 行政主管 and answered with a cx09 row (制度及考勤)."),
("xfu-fu-23",2):("wrong","stale slot carried over","'那招聘专员（一级）的行为标准具体有哪些' = cx13 lines 8-20. gangwei kept the previous turn's attribute (experience) and refused: '没有写明工作经验'."),
("xfu-fu-24",1):("partial","list cut","财务分析报告 scoring sub-table (cx14 lines 13-16) has 4 criteria: 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%. gangwei showed 3 and dropped 数据的有效性 (line 15 is inside its cited span)."),
("xfu-fu-27",2):("wrong","answered OOS","This year's social-insurance base is not in the corpus; gangwei answered with the cx16 duty line mentioning 社保公积金缴纳基数 instead of refusing."),
}
NOTES={("xfu-fu-12",1):"T0 already listed all 8 duties, so '没有更多了' is correct (the evaluator counts it as a false refusal: gold artefact of this set).",
("xfu-fu-06",3):"2-5 年 correct; three unrelated requirement lines (数据库, Linux, terraform) added as 'experience'.",
("xfu-kd-01",0):"5 indicators all from cx04 审计部; one BSC dimension only, labelled 推断 (the source gives none).",
("xfu-fu-06",2):"Refused correctly: education not stated for Golang 后端; listed its requirements.",
("xfu-fu-02",2):"Gives 直接下级 财务会计、出纳 from the table; does not mention the org chart's 成本会计."}
rows=[];forms=json.load(open('forms.json',encoding='utf-8'))
per_form=collections.defaultdict(lambda:[0,0,0]); per_int=collections.defaultdict(lambda:[0,0,0])
for l in open('set.jsonl',encoding='utf-8'):
    d=json.loads(l)
    turns=[(0,d['intent'])]+[(i,t['intent']) for i,t in enumerate(d['turns'] or [],1)]
    for i,it in turns:
        v,c,n=J.get((d['id'],i),("ok","",NOTES.get((d['id'],i),"")))
        rows.append(f"{d['id']}\t{i}\t{v}\t{c}\t{n}")
        key=("later:"+it) if i>0 else ("first:"+d['intent'])
        per_int[key][["ok","partial","wrong"].index(v)]+=1
        if i>0:
            for f in forms[d['id']][i-1]: per_form[f][["ok","partial","wrong"].index(v)]+=1
open('judgments.tsv','w',encoding='utf-8').write("id\tturn\tverdict\tfailure_class\tnote\n"+"\n".join(rows)+"\n")
def tab(dd,title):
    out=[f"| {title} | n | ok | partial | wrong | ok share |","|---|---|---|---|---|---|"]
    for k,(a,b,c) in sorted(dd.items(),key=lambda x:-sum(x[1])):
        n=a+b+c; out.append(f"| {k} | {n} | {a} | {b} | {c} | {a/n:.0%} |")
    return "\n".join(out)
print(tab(per_form,"later-turn form")); print(); print(tab(per_int,"intent"))
tot=collections.Counter(r.split("\t")[2] for r in rows if r.split("\t")[1]!="0"); print("later",tot)
tot0=collections.Counter(r.split("\t")[2] for r in rows if r.split("\t")[1]=="0"); print("first",tot0)
print(collections.Counter(v[1] for v in J.values()))
