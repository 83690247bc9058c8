"""Write judgments.tsv from hand verdicts; compute per-form shares; compare with the evaluator's per-turn pass."""
import json, collections
fails = {
 ("x44f-fu-02", 2): ("partial", "ordinal: grouped duty cut", "问第二项职责: 文档第2个职责组'掌握司机的技术状况和车辆的安全状态'有2条任务(合理安排出车; 向司机交待清楚时间、地点、任务和注意事项). gangwei 选对了组但只给出第1条, 且称其为'第 5 条'(与它上一轮的编号不一致)"),
 ("x44f-fu-09", 1): ("partial", "wrong section: 加分项 merged", "问Go后端岗位要求: 文档分'岗位要求'(8条)与'加分项'(4条). gangwei 把加分项 terraform/开源作品/自驱/运维开发当作第9-12条任职要求列出, 未标注为加分"),
 ("x44f-fu-09", 2): ("partial", "ingestion: CSV source column leaks", "问加分项: 应为 terraform、开源作品、自驱自律、熟悉运维开发. gangwei 列了前3条, 第4条换成了 CSV '来源'列的网址 https://github.com/ruanyf/weekly/issues/...; '熟悉运维开发'丢失, 另附一条无关的岗位要求"),
 ("x44f-fu-10", 4): ("partial", "compare summary wrong", "比较京东(计算机相关专业本科, 3-5年及以上前端开发经验)与美团(3年及以上互联网研发经验). gangwei 对比句说两者都'3年以上'、'相同', 丢掉了3-5年; 下方原文列表正确"),
 ("x44f-fu-14", 4): ("wrong", "lost context: ordinal list type", "上一轮问的是维修电工'第二条工作内容', '那机修工的第二条呢'应是机修工工作内容第2条(配合设备安全员做好设备二级保养…). gangwei 给了机修工任职要求第2条(5年以上相关工作经验…)"),
 ("x44f-fu-18", 3): ("wrong", "stale filter carried over", "'单项里权重最大的是哪个'问全表: 文档最大单项为 绩效、薪资管理完成率 15%. gangwei 沿用上一轮'客户类'筛选, 答'内部员工满意率(5%)、后勤投诉次数(5%)'"),
 ("x44f-fu-23", 3): ("wrong", "missed field (时间分配)", "问哪块工作占时间最多: 文档时间分配列 15%/65%/15%, 65% 为'主要负责的行政管理工作'. gangwei 只列出职责清单(15/17条), 没有任何百分比, 没有回答问题"),
 ("x44f-fu-24", 2): ("wrong", "ordinal: block vs item", "'第三块'指文档第三个职责块'部门内部建设以及对外关系协调'(队伍建设、目标分解、考勤、外联). gangwei 取了扁平列表第3条'参与制定行政管理规章制度…', 展开内容又引了另一条(协助行政经理制定行政工作规划…)"),
 ("x44f-fu-28", 4): ("wrong", "wrong post (keyword hijack)", "在薪资核算专员对话中问'有HR共享中心的经历算加分吗': 文档写'有HRSSC或共享服务中心工作经验者优先'. gangwei 因'HR'切换到人力资源专员(cx13), 答'1-2年…IT相关企业工作经验者优先'"),
 ("x44f-fu-30", 3): ("partial", "compare summary wrong", "比较财务部经理(八年工业企业财务管理经验, 至少五年同职)与出纳(2年以上). gangwei 对比句说'财务部经理要求5年以上, 出纳的资料没有写明工作经验要求', 与其下方列出的'出纳 工作经验: 2年以上'自相矛盾"),
}
notes = {
 ("x44f-fu-03", 2): "gangwei 正确说明8条已全部列出; 题集的要点按'还有'写, 是我的题目失误(评测器据此记为误拒)",
 ("x44f-fu-03", 4): "整表8条重列, 所问规章制度在第2条 (未聚焦)",
 ("x44f-fu-20", 2): "整表重列(含另一版本5条), 早晨两条在其中 (未聚焦); 把'其上级为店长'列为职责",
 ("x44f-fu-27", 4): "整表8条重列, 形象在第1条 (未聚焦)",
 ("x44f-fu-24", 1): "列出前15/17条并提示'还有吗'; 三个职责块标题被当成职责条目",
 ("x44f-fu-04", 4): "审计部无维度, gangwei 标'内部流程（推断）'",
 ("x44f-fu-29", 1): "维度标'财务（推断）', 原表无维度",
 ("x44f-fu-15", 2): "说明资料没写薪资, 正确",
 ("x44f-fu-30", 4): "答分校校长, 未明确说'不是'且未提示两者属不同单位",
 ("x44f-fu-26", 2): "首句'软指标 100分'无用, 附表4项在卡片中",
}
forms = json.load(open("forms.json"))
rep = [json.loads(l) for l in open("replay.jsonl", encoding="utf-8")]
ev = json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
evp = {}
for q in ev:
    p = (q["refused"] if q["expect_refusal"] else (not q["refused"] and (q["key_point_coverage"] or 0) >= 0.5))
    evp[(q["item_id"], (q["turn"] or 0) + 1)] = (p, q["answer"])
rows, k = [], 0
for l in open("set.jsonl", encoding="utf-8"):
    it = json.loads(l)
    n = 1 + len(it["turns"] or [])
    for t in range(1, n + 1):
        r = rep[k]; k += 1
        v, c, note = fails.get((it["id"], t), ("ok", "", notes.get((it["id"], t), "")))
        form = "first" if t == 1 else forms[it["id"]][str(t)]
        e = evp.get((it["id"], t))
        rows.append((it["id"], t, v, c, note, form, e))
with open("judgments.tsv", "w", encoding="utf-8") as fh:
    fh.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for i, t, v, c, n, f, e in rows: fh.write(f"{i}\t{t}\t{v}\t{c}\t{n}\n")
agg = collections.defaultdict(lambda: [0, 0, 0])
for i, t, v, c, n, f, e in rows:
    if t == 1: continue
    g = agg[f]; g[0] += 1; g[1] += v == "ok"; g[2] += v != "wrong"
print("form | turns | ok | ok+partial")
for f, (n, o, op) in sorted(agg.items(), key=lambda x: -x[1][0]): print(f"{f} | {n} | {o}/{n} ({o/n:.0%}) | {op}/{n} ({op/n:.0%})")
lt = [r for r in rows if r[1] > 1]; ft = [r for r in rows if r[1] == 1]
print("later", len(lt), "ok", sum(r[2] == "ok" for r in lt), "partial", sum(r[2] == "partial" for r in lt), "wrong", sum(r[2] == "wrong" for r in lt))
print("first/single", len(ft), "ok", sum(r[2] == "ok" for r in ft))
dis = [(r[0], r[1], r[2], r[6][0]) for r in rows if r[6] and (r[2] == "ok") != r[6][0]]
print("disagreements with evaluator pass:", dis)
same = sum(1 for r, rr in zip(rows, rep) if r[6] and r[6][1].strip() == rr["text"].strip())
print("evaluator answers identical to replay:", same, "/", len(rows))
