import json, collections
items = [json.loads(l) for l in open("set.jsonl", encoding="utf-8")]
forms = json.load(open("forms.json", encoding="utf-8"))
# verdicts that are not plain ok: (id, turn) -> (verdict, class, note)
X = {
 ("r69xfu-fu-10", 2): ("partial", "irrelevant elaboration",
   "asked to expand item 5 (cx06 l.74 备份方法/故障时迅速恢复); gangwei restated item 5, then offered item 2 (l.71 MySQL体系结构/存储引擎) as its elaboration"),
 ("r69xfu-fu-12", 4): ("partial", "compare: one side only",
   "compare 京东物流 (l.99 3-5年) vs 美团 (l.86 3年及以上); gangwei listed only 美团's experience lines, no 京东物流 side, no comparison"),
 ("r69xfu-fu-25", 2): ("wrong", "false refusal",
   "cx12 l.32-33 / l.48-49: the other two blocks are 15 % each (规划及制度, 部门内部建设); gangwei said the document does not state it, although its previous answer printed both 15 %"),
 ("r69xfu-fu-29", 4): ("partial", "garbled refusal",
   "社保缴费比例 is not in the corpus; gangwei did refuse, but wrote '资料中没有写明社保单位；写明的福利如下' and listed a qualification line (l.17 熟悉…社保公积金政策) as a 福利"),
}
NOTES = {
 ("r69xfu-fu-02", 4): "age/gender answered by the full 10-line requirement list (item 9 has 35-45岁、性别不限): correct but unfocused",
 ("r69xfu-fu-12", 2): "'还有别的吗' after all 10 items: gangwei said these are all (correct); evaluator counts it as 误拒答 because my key points expected more items",
 ("r69xfu-fu-15", 2): "english: skills list incl. 英语四级; evaluator 引用精确率 33% (extra lines)",
 ("r69xfu-fu-20", 2): "direct answer 绩效、薪资管理完成率 15%, then the whole 16-row table",
 ("r69xfu-fu-21", 1): "version 1 + version 3 duties; includes '其上级为店长' as a duty item; version 2 only referenced",
 ("r69xfu-fu-22", 1): "schedule given under a '福利' heading (cx11 lists it under 岗位福利)",
 ("r69xfu-fu-22", 5): "no direct answer: re-lists the 3 benefit lines incl. 16:00—24:00",
 ("r69xfu-fu-25", 1): "no direct answer: full duty list with 时间分配 65 % shown",
 ("r69xfu-fu-27", 1): "gangwei's list re-ordered the 4 KPIs by inferred dimension (利润中心 moved to 4th)",
 ("r69xfu-fu-27", 2): "'第三项' resolved against gangwei's own displayed list (#3 = 月底结帐处理), consistent with what the user saw; my gold assumed document order (#3 = 利润中心); evaluator flags it",
 ("r69xfu-fu-27", 4): "answered with the raw table row containing 错二次得60分, no direct sentence",
 ("r69xfu-fu-30", 2): "出纳 resolved to cx08 (分校校长); cx01's org chart also places a 出纳 under 财务部经理 — not mentioned",
 ("r69xfu-fu-30", 3): "explicit comparison 本科 vs 大专",
 ("r69xfu-fu-07", 4): "both posts' requirement lists side by side, no explicit comparison sentence",
}
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
per_form = collections.defaultdict(lambda: collections.Counter())
first = collections.Counter(); later = collections.Counter()
for it in items:
    n = 1 + len(it["turns"] or [])
    fl = forms.get(it["id"], {}).get("turns", [])
    for t in range(1, n + 1):
        v, c, note = X.get((it["id"], t), ("ok", "", NOTES.get((it["id"], t), "")))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        if t == 1: first[v] += 1
        else:
            later[v] += 1
            per_form[fl[t - 2]][v] += 1
open("judgments.tsv", "w", encoding="utf-8").write("\n".join(rows) + "\n")
print("first turns", dict(first), "later turns", dict(later))
for f, c in sorted(per_form.items(), key=lambda x: -sum(x[1].values())):
    tot = sum(c.values()); print(f"| {f} | {tot} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/tot:.0f}% |")
