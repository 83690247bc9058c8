"""Writes judgments.tsv (hand verdicts on the replay in replay.jsonl) and prints per-form shares."""
import json, collections
items = [json.loads(l) for l in open("set.jsonl", encoding="utf-8")]
forms = json.load(open("forms.json", encoding="utf-8"))
# (id, turn) -> (verdict, class, note); turn 0 = first question; everything not listed is ok
J = {
 ("r64xfu-fu-03", 2): ("wrong", "false refusal: fact outside the post's fields",
   "cx03 3.1 says 培训部配置人员4名,其中培训部经理1名,培训顾问1名,培训助理1名; gangwei (intent method) said the 培训部经理 material does not state this"),
 ("r64xfu-fu-06", 3): ("wrong", "switch role not resolved (shortened title)",
   "'文案那边呢' after 销售经理 pay: cx05 文案策划 cell says 公司提供免费食宿，薪资面议; gangwei stayed on 销售经理 and refused ('没有写明这一点')"),
 ("r64xfu-fu-10", 3): ("wrong", "comparison not resolved",
   "'跟Moka的前端比哪个给得多': cx06 Moka 前端 15k-40k * 15 (line 2) vs Golang 20-40k+ (line 27); gangwei answered the Moka front-end's duties, no pay, no comparison"),
 ("r64xfu-fu-12", 0): ("partial", "count limit ignored",
   "'先挑三条说': all 8 duties listed (correct content, the 3-item limit ignored)"),
 ("r64xfu-fu-16", 2): ("wrong", "answered OOS",
   "'出纳挪用公款一般会判几年' (criminal law, not in corpus; cx08 only says 提交司法机关依法处理): gangwei answered the 出纳's 从业年限：2年以上 (read '几年' as experience)"),
 ("r64xfu-fu-16", 3): ("partial", "no direct answer (selection not made)",
   "'资金汇报在职责里排第几条': answer is 第3条; gangwei re-listed all 10 duties without saying which number"),
 ("r64xfu-fu-17", 3): ("partial", "no direct answer (selection not made)",
   "'哪个指标权重给了0': cx09 line 15 工作流程改善目标完成率 0%; gangwei dumped all 16 indicators without naming it (it is visible in item 8)"),
 ("r64xfu-fu-18", 2): ("wrong", "false refusal: question misrouted",
   "'同一类的还有哪个' after 后勤投诉次数 (客户类): cx09 line 17 内部员工满意率 5%; gangwei routed to method and refused"),
 ("r64xfu-fu-18", 3): ("wrong", "false refusal: fact outside the post's fields",
   "'这张表最后要谁签字': cx09 line 27 考评人签字/被考评人签字/复核人签字; gangwei refused as out of scope"),
 ("r64xfu-fu-23", 2): ("wrong", "false refusal: question misrouted",
   "'节日福利是他发吗': cx12 line 45 duty 发放日常福利、节日福利; gangwei took it as the post's benefits attribute and said 资料没有写明福利"),
 ("r64xfu-fu-25", 1): ("partial", "linked sub-table not followed",
   "'权重最大的那个怎么评分': picked 财务分析报告 30% correctly but only '计算：见附表'; the 软指标评分表 (cx14 lines 12-17: 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%) not shown"),
 ("r64xfu-fu-25", 3): ("wrong", "false refusal: fact outside the post's fields",
   "'这些分数由谁来打': cx14 line 3 计算方法 经理打分, line 10 评分表(由财务部经理填写); gangwei (role drifted to 财务部, intent method) refused"),
 ("r64xfu-fu-28", 3): ("partial", "no direct answer (ordinal not resolved)",
   "'第四个指标看什么' after the 审计部 list: doc's 4th is 审计结果准确性 (审计结果更正的次数); gangwei re-dumped the list, and its own regrouped order puts 审计报告归档率 4th, so 'the fourth' is not answered either way"),
 ("r64xfu-fu-29", 3): ("wrong", "switch role not resolved (typo title)",
   "'那调度圆呢' (typo for 调度员) after 财务部经理 skills: cx02 专业技能 熟练使用自动化办公软件; gangwei stayed on 财务部经理 and refused"),
 ("r64xfu-fu-30", 2): ("partial", "answered OOS (near-miss)",
   "'讲师管理制度具体怎么规定的': cx03 only lists '4.讲师管理制度' in its contents, the text is not in the excerpt; gangwei did not say so and listed the six contents lines as '谈到讲师的内容' (no invention, but no refusal)"),
}
NOTES_OK = {
 ("r64xfu-fu-02", 3): "从业年限 2年以上 (evaluator's citation precision 0% only because the gold quote is the 专业经验 cell)",
 ("r64xfu-fu-04", 3): "all 7 资金部 indicators; dimensions labelled '（推断）' where the sheet has none",
 ("r64xfu-fu-10", 1): "2-5 年 first; three unrelated requirement/plus lines appended as noise",
 ("r64xfu-fu-12", 1): "says the 8 listed duties are all (true, since turn 0 listed all 8); evaluator counts it as a refusal",
 ("r64xfu-fu-13", 2): "both lists side by side, no difference summarised",
 ("r64xfu-fu-29", 2): "ERP、K3 in item 1; 其他条件 lines appended as 'skills'",
 ("r64xfu-fu-27", 3): "refused, but phrased as '没有写明薪资' of the post",
}
rows = []; share = collections.defaultdict(lambda: [0, 0, 0]); tags = collections.defaultdict(lambda: [0, 0])
GROUP = {"near-miss OOS": "out of scope", "OOS mid": "out of scope", "OOS": "out of scope",
         "back to post": "back to earlier topic", "back after OOS": "back to earlier topic",
         "switch role within doc": "switch role"}
for it in items:
    n = 1 + len(it["turns"] or [])
    for t in range(n):
        v, c, note = J.get((it["id"], t), ("ok", "", NOTES_OK.get((it["id"], t), "")))
        rows.append((it["id"], t, v, c, note))
        if t > 0:
            f = forms[it["id"]][t - 1]
            g = GROUP.get(f["form"], f["form"])
            share[g][["ok", "partial", "wrong"].index(v)] += 1
            if "typo" in f["label"] or "shortened" in f["label"]: tags["typo/short title"][v == "ok"] += 1
            if "names company" in f["label"] or f["form"] == "switch company": tags["names company"][v == "ok"] += 1
with open("judgments.tsv", "w", encoding="utf-8") as fh:
    fh.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: fh.write("\t".join(map(str, r)) + "\n")
c = collections.Counter(r[2] for r in rows); cl = collections.Counter(r[2] for r in rows if r[1] > 0)
c0 = collections.Counter(r[2] for r in rows if r[1] == 0)
print("all", dict(c), "first", dict(c0), "later", dict(cl))
for g, (o, p, w) in sorted(share.items(), key=lambda x: -sum(x[1])):
    print(f"| {g} | {o+p+w} | {o} | {p} | {w} | {o/(o+p+w):.0%} |")
for k, (bad, good) in tags.items(): print("tag", k, good, "/", good + bad)
print(collections.Counter(r[3] for r in rows if r[3]))
