"""Writes judgments.tsv from hand verdicts (every turn not listed below was judged ok by reading the replay)."""
import json, collections
bad = {
 ("r74xfu-fu-02",3): ("wrong","ordinal on wrong list","Doc: 岗位任职基本技能 1 = 具有全面的财务专业知识…精通ERP、K3; gangwei took item 1 of the 直接下级 list just shown (财务会计、出纳 → 出纳)"),
 ("r74xfu-fu-03",1): ("wrong","false refusal","'d那条' = d)责培训业务经营发展的规划,核心组课程的引入 (the list was just shown, lettered a)–h) in the doc, numbered 1–8 by gangwei); gangwei refused with the generic no-content message"),
 ("r74xfu-fu-04",3): ("partial","lost context","'这几个指标的权重' refers to the 6 内部营运类 indicators; cx04 weight column is empty for all. gangwei answered only for the last one shown (人员编制控制率: 资料中没有写明它的权重) and did not refuse/say the column is empty for all"),
 ("r74xfu-fu-05",0): ("partial","list reordered","Doc lists 资金部 序号1–7 with 资金使用目标达成率 as no.4; gangwei regrouped by guessed dimension and moved it to no.7, so its numbering differs from the sheet's 序号"),
 ("r74xfu-fu-05",1): ("partial","list reordered","Doc 审计部 序号: 3 追踪检查率, 4 结果准确性, 5 证据充分性, 6 归档率; gangwei showed 3 结果准确性, 4 归档率, 5 追踪检查率, 6 证据充分性 (guessed-dimension grouping). Next turn '第五个' then resolves to a different indicator than the sheet's no.5"),
 ("r74xfu-fu-11",0): ("partial","missed field","Doc (cx06 l.35) first requirement '2-5 年实际 Golang 项目开发经验'; gangwei's skills list starts at l.36 and never mentions Golang (plus appends the 加分项 without being asked)"),
 ("r74xfu-fu-12",3): ("wrong","wrong attribute","'他之前要做过什么工作' = prior experience: doc l.150 '3年以上采购主管相关工作经验'; gangwei repeated the 8 duties"),
 ("r74xfu-fu-13",1): ("wrong","lost context","'除了证还卡别的啥吗' asks for the other 焊工 requirements (高中及以上, 40岁以下, 男性, 识机械图纸, CO2 优先 l.130-133); gangwei repeated the certificate line only"),
 ("r74xfu-fu-15",2): ("partial","other document mixed in","Doc l.97 完成每月销售额和相关指标 is given, but gangwei appended 4 unrelated rows from the HR-department and 财务部 KPI sheets (员工满意度, 绩效计划按时完成率, 申诉处理, 账务处理及时性)"),
 ("r74xfu-fu-17",0): ("wrong","false refusal","Doc (cx08 duty 3): 每天报财务“资金汇报”; gangwei (intent method) refused with the generic message"),
 ("r74xfu-fu-17",1): ("wrong","wrong attribute","'工资是怎么发的' in a 出纳 conversation = duty 4 通过银行代发或现金发放形式按时、准确地发放员工工资、奖金; gangwei read it as the post's own pay and refused (资料没有写明薪资)"),
 ("r74xfu-fu-18",2): ("partial","indirect answer","It names the top weight (绩效、薪资管理完成率 15%) but then re-lists 8 indicators with all scoring rules (an odd 55% subset incl. 制度及考勤); the asked rule '扣 2 分/次' is only inside item 5"),
 ("r74xfu-fu-18",3): ("partial","indirect answer","Doc l.15 工作流程改善目标完成率 0%; gangwei dumped 5 raw table rows (4 with non-zero weights) without saying which one is 0%"),
 ("r74xfu-fu-19",1): ("partial","indirect answer","Doc l.18 后勤投诉次数: 投诉一次扣 1 分/次; gangwei dumped 5 raw rows (3 '扣2分/次' rows of other indicators first); the right row is there but not singled out"),
 ("r74xfu-fu-20",0): ("wrong","typo not resolved","'导够' (typo for 导购); doc cx10 l.43 其上级为店长; gangwei refused (no fuzzy match on the title)"),
 ("r74xfu-fu-20",1): ("wrong","lost context","After the failed first turn no post was in context; '她早上到店先干嘛' (导购 l.47-49 清洁并调整样板, 更换POP) refused"),
 ("r74xfu-fu-23",3): ("wrong","answered OOS","Resignation letter is out of scope; gangwei printed the 酒店前台 duties list instead of declining"),
 ("r74xfu-fu-26",2): ("wrong","false refusal","cx13 l.8-14: 招聘专员(一级)行为标准 1.1–1.3; gangwei carried the qualification intent from the previous turn and refused ('没有写明任职要求。现有的是它的岗位职责')"),
 ("r74xfu-fu-26",3): ("wrong","lost context","'还有别的部分吗' after the 招聘专员 turn = section 2 转正考核与异动管理 (l.15-20); gangwei went back to 人力资源专员 and said its 5 requirements are all"),
 ("r74xfu-fu-27",0): ("partial","list reordered","Doc order: 内控 25%, 财务分析报告 30%, 利润中心 20%, 月底结帐 25%; gangwei regrouped by guessed dimension (利润中心 moved to 4th). Weights all correct"),
 ("r74xfu-fu-28",1): ("wrong","false refusal","cx15 l.4 性别要求:男女不限; gangwei refused '对男老师女老师有偏好吗' with the generic message"),
 ("r74xfu-fu-30",1): ("wrong","false refusal","cx02 职业发展 cell: 高级业务员; gangwei said the documents do not state it"),
}
ok_notes = {
 ("r74xfu-fu-05",2): "'第五个' resolved to the 5th of gangwei's own (reordered) list, 审计问题追踪检查率 — consistent with what the user saw; the sheet's no.5 is 证据充分性 (evaluator counts this as a miss)",
 ("r74xfu-fu-09",3): "says both have a 3-year minimum (3-5年及以上 vs 3年及以上): defensible",
 ("r74xfu-fu-24",3): "refused and quoted the 使用说明 that the 业绩衡量标准 are omitted (略)",
 ("r74xfu-fu-14",3): "declined: pay not stated",
}
items=[json.loads(l) for l in open("set.jsonl",encoding="utf-8")]
forms=json.load(open("forms.json",encoding="utf-8"))
rows=[]; per_form=collections.defaultdict(lambda:[0,0,0]); cls=collections.Counter()
for it in items:
    n=1+len(it["turns"] or [])
    for t in range(n):
        v,c,note = bad.get((it["id"],t),("ok","",ok_notes.get((it["id"],t),"")))
        rows.append((it["id"],t,v,c,note))
        if c: cls[c]+=1
        if t>0:
            f=forms[it["id"]]["later"][t-1]
            fam = ("OOS turn" if "OOS" in f else "ordinal" if f.startswith("ordinal") else "compare" if f.startswith("compare") else
                   "switch role/company" if f.startswith("switch role") or f.startswith("switch company") else
                   "switch attribute/section" if f.startswith("switch attribute") or f.startswith("switch item") or f.startswith("switch section") else
                   "ellipsis" if f.startswith("ellipsis") else "pronoun" if f.startswith("pronoun") else
                   "more (还有吗)" if f.startswith("more") else "back to earlier topic" if f.startswith("back") else
                   "reference to item" if f.startswith("reference") else "other")
            per_form[fam][0]+=1; per_form[fam][1]+= v=="ok"; per_form[fam][2]+= v=="partial"
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str,r))+"\n")
first=[r for r in rows if r[1]==0]; later=[r for r in rows if r[1]>0]
for name,rs in (("first turns",first),("later turns",later)):
    c=collections.Counter(r[2] for r in rs); print(name,len(rs),dict(c), "ok share %.0f%%"%(100*c["ok"]/len(rs)))
print("per form (later turns): form | n | ok | partial | ok share")
for k,(n,o,p) in sorted(per_form.items(), key=lambda x:-x[1][0]): print(f"| {k} | {n} | {o} | {p} | {100*o/n:.0f}% |")
print(cls.most_common())
