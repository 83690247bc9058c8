# Writes judgments.tsv (hand judgments of the replayed conversations) and per-form shares.
import json
from collections import defaultdict
J = {  # (id, turn): (verdict, class, note); everything not listed was judged ok after reading the replay
("r39x-fu-01",3):("partial","section bleed","业绩标准 cell lists 4 rates; gangwei gives them but appends 工作难点/工作禁忌/职业发展 rows under the 业绩标准 heading"),
("r39x-fu-08",2):("wrong","false refusal","comparison '这两家哪个要求会小程序开发': doc line 105 (京东物流) 熟练掌握小程序相关开发技术; gangwei took '会小程序开发' as a role name and refused"),
("r39x-fu-08",3):("wrong","answered OOS","'Vue和React哪个更好学' is a programming question; gangwei answered with the 京东 requirement line React/Vue instead of declining"),
("r39x-fu-11",3):("wrong","false refusal","'他需要什么样的能力' after a bonus-items turn: 职位要求 lines 19-23 (同理心/学习能力/抽象能力); gangwei read it as KPI and said no KPI exists"),
("r39x-fu-12",3):("wrong","false refusal","'除了这几条还有吗' after '第五条': items 6-8 (采购计划/验收/供应商目录) exist (and were listed in turn 1); gangwei refused '没有写明这一点'"),
("r39x-fu-17",2):("wrong","answered OOS","social-insurance rate for 出纳 is not in the corpus; gangwei re-listed the 出纳 duties instead of declining"),
("r39x-fu-18",1):("partial","list cut","客户类 has 2 indicators (内部员工满意率, 后勤投诉次数, md lines 17-18); gangwei printed only the raw markdown row of the first (the follow-on row with empty group cell was dropped)"),
("r39x-fu-18",2):("partial","unfocused answer","asked for 后勤投诉 scoring (line 18 投诉一次扣1分/次); gangwei dumped 5 raw table rows with pipes, the right one last"),
("r39x-fu-19",3):("partial","unfocused answer","'回到刚才那个权重为0的指标' = 工作流程改善目标完成率 (line 15); gangwei re-printed the whole 16-row table with targets instead of resolving the reference"),
("r39x-fu-21",2):("wrong","false refusal","'管吃管住不' : line 16 提供免费食宿; gangwei refused as out of scope (colloquial 管吃管住 not understood)"),
("r39x-fu-22",0):("partial","missed field","typo 洒店 handled, but '要什么能力' mapped to skills and only 2 of the 4 岗位核心要求 bullets were given (形象与沟通/亲和力 and 合规意识 missing)"),
("r39x-fu-23",3):("wrong","missed field","'占时间最多的是哪块职责': 65% 主要负责的行政管理工作 (lines 38-39); gangwei listed 15 duties without any time share"),
("r39x-fu-24",3):("wrong","missed field","'第三块职责占多少时间': third block 部门内部建设以及对外关系协调 = 15% (lines 48-49); gangwei took item 3 of its flattened list and gave no time share"),
("r39x-fu-25",2):("partial","lost context","'2.3是什么' in the 招聘专员 thread: cx13 2.3 (员工关系专员录入数据库) is shown, but role was dropped and cx03's unrelated 2.3 (培训部职能) is added as a second source"),
("r39x-fu-26",0):("wrong","wrong section","cx14 main table lines 3-7 = the 4 KPIs (企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%); gangwei said there is no profile and showed only the scoring sub-table of 财务分析报告"),
("r39x-fu-26",1):("wrong","wrong section","'财务分析报告那项怎么打分' = sub-table lines 12-16; gangwei read it as ordinal '第4条 报告提交的及时性' and showed the main-table row '见附表'"),
("r39x-fu-26",2):("wrong","missed field","'谁来打分': line 10 由财务部经理填写; gangwei repeated the sub-table without the scorer"),
("r39x-fu-26",3):("wrong","wrong section","'月底结账权重多少' (doc spells 结帐): line 6 weight 25%; gangwei repeated the scoring sub-table"),
}
NOTES_OK = {
("r39x-fu-05",1):"gold assumed document order (4th = 审计结果准确性); gangwei's displayed list is regrouped by inferred dimension and its 4th item is 审计报告归档率, which it explained correctly -> consistent with what the user saw",
("r39x-fu-22",1):"gold assumed full list (2nd = 操作与细心); gangwei's displayed list had 2 items and it expanded its own 2nd (应变与服务) -> consistent",
("r39x-fu-24",1):"list paginated at 15 of 17 with a '还有吗' hint; 考勤 item is on the next page",
("r39x-fu-10",1):"bonus items correct; a source URL is printed as a fifth item",
("r39x-fu-11",2):"bonus item given (plus 职位要求 and a source URL)",
("r39x-kd-01",0):"5 indicators all from the 资金部 sheet, 3 of my 4 expected; sheet has no BSC dimensions so '≥3 dimensions' cannot hold",
("r39x-fu-03",2):"near-miss refused correctly (培训顾问 named only)",
("r39x-fu-23",2):"略 section: said not stated and quoted the 使用说明",
("r39x-fu-09",3):"empty pay field: said 薪资 not stated",
}
forms = json.load(open("forms.json", encoding="utf-8"))
rows = []
for l in open("set.jsonl", encoding="utf-8"):
    d = json.loads(l); n = 1 + len(d["turns"] or [])
    for t in range(n):
        v, c, note = J.get((d["id"], t), ("ok", "", NOTES_OK.get((d["id"], t), "")))
        rows.append((d["id"], t, v, c, note))
with open("judgments.tsv", "w", encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(map(str, r)) + "\n")
def group(lbl):
    if lbl.startswith("out of scope") or "near-miss" in lbl: return "out-of-scope turn"
    for k, g in [("ellipsis","ellipsis"),("pronoun","pronoun"),("ordinal","ordinal"),("more","more (还有吗)"),
                 ("switch role","switch role/company"),("switch company","switch role/company"),("switch","switch attribute/dimension"),
                 ("comparison","comparison of last two"),("back to","back to earlier topic"),("follow detail","follow detail")]:
        if lbl.startswith(k): return g
    return lbl
stat = defaultdict(lambda: [0,0,0])
verd = {(r[0], r[1]): r[2] for r in rows}
for iid, fl in forms.items():
    for i, lbl in enumerate(fl, 1):
        s = stat[group(lbl)]; s[0] += 1; s[1] += verd[(iid, i)] == "ok"; s[2] += verd[(iid, i)] == "partial"
tot = [sum(s[i] for s in stat.values()) for i in range(3)]
print("| form | later turns | ok | partial | ok share |"); print("|---|---|---|---|---|")
for g, s in sorted(stat.items(), key=lambda x: -x[1][0]): print(f"| {g} | {s[0]} | {s[1]} | {s[2]} | {100*s[1]/s[0]:.0f}% |")
print(f"| **all later turns** | {tot[0]} | {tot[1]} | {tot[2]} | {100*tot[1]/tot[0]:.0f}% |")
first = [r for r in rows if r[1] == 0]
print("first turns / singles:", len(first), "ok", sum(r[2]=="ok" for r in first), "partial", sum(r[2]=="partial" for r in first))
from collections import Counter
print(Counter(r[3] for r in rows if r[2] != "ok"))
print("verdicts", Counter(r[2] for r in rows))
