"""Write judgments.tsv (hand verdicts; default ok) and per-form shares."""
import json, collections
s = [json.loads(l) for l in open('set.jsonl')]
forms = json.load(open('forms.json'))['later_turn_forms']
J = {  # (id, turn): (verdict, class, note)
 ("r60xfu-fu-02", 1): ("partial", "unfocused answer",
   "asked only years of experience; doc: 八年以工业企业财务管理经验,至少五年同职经历. gangwei classed it as qualification and listed all 10 requirement lines (answer is item 3, not singled out)"),
 ("r60xfu-fu-10", 3): ("partial", "comparison dropped",
   "asked which of the two (美团 3年及以上 vs 京东物流 3-5年) needs longer experience; gangwei answered only 京东物流 (plus an unrelated line 107) and made no comparison"),
 ("r60xfu-fu-11", 1): ("partial", "ingestion: CSV source URL in list",
   "加分项 (line 25-26) shown correctly, but the CSV 来源 cell 'https://github.com/ruanyf/weekly/...' is listed as a second 加分项 bullet"),
 ("r60xfu-fu-11", 2): ("wrong", "lost context -> false refusal",
   "'这个产品岗在哪里办公' should resolve to 产品经理-People-成都 (line 13: 成都); gangwei took '产品岗' as an unknown role name and refused"),
 ("r60xfu-fu-13", 3): ("wrong", "topic phrase read as role (fuzzy title)",
   "'销售经验方面有要求吗' about 销售员 (cx07 lines 113-114: 具有钢材产品销售经验,有H型钢…尤佳); gangwei fuzzy-matched '销售经验'->销售经理 of cx05 (another company) and listed its requirements"),
 ("r60xfu-fu-17", 1): ("partial", "unfocused answer",
   "asked 素质; doc row 素质: 良好的职业道德;工作条理性强…团队合作精神. gangwei listed all 9 requirement lines without labels; the 素质 lines are 6-8, not singled out"),
 ("r60xfu-fu-18", 2): ("partial", "unfocused answer",
   "'那一项具体怎么扣分' = 绩效、薪资管理完成率 (line 14: 因个人原因造成错误,扣 2 分/次); gangwei did not resolve '那一项' and printed all 16 indicators with their scoring rules"),
 ("r60xfu-fu-23", 2): ("partial", "section not isolated / list cut",
   "asked the '主要负责的行政管理工作' block (lines 39-47); gangwei printed all duties (section headings as items), cut at 15 of 17, and added a spurious '没有找到「行政管理」，按「行政主管…」回答' caveat"),
 ("r60xfu-fu-24", 1): ("wrong", "lost context -> false refusal",
   "doc: 65 % for 主要负责的行政管理工作 (line 38-39); gangwei refused ('知识库中没有能回答这个问题的内容')"),
 ("r60xfu-fu-24", 2): ("partial", "section not isolated / list cut",
   "asked the '部门内部建设以及对外关系协调' block (lines 49-54: 队伍建设, 目标分解, 考勤, 外联接待); gangwei printed the whole duty list cut at 15 of 17, so 考勤 and 协助上级做好外联及接待 are missing"),
 ("r60xfu-fu-24", 3): ("wrong", "answered OOS (empty field)",
   "工资等级 is an empty label in cx12 (line 23); gangwei answered '关于岗位层级的内容：- 工资等级' instead of saying it is not stated"),
 ("r60xfu-fu-25", 1): ("wrong", "ordinal: item instead of section",
   "the previous answer showed two numbered sections (1人力资源招聘 / 2转正考核与异动管理); '第二部分' = section 2 (lines 15-20). gangwei answered item 1.2 (组织实施招募活动)"),
 ("r60xfu-fu-27", 1): ("wrong", "lost context -> false refusal",
   "'占多少权重' about 月底结帐处理 (line 6: 25%); gangwei refused"),
 ("r60xfu-fu-29", 2): ("wrong", "lost context -> false refusal",
   "'需要熟悉哪几部法律法规' about 薪资核算专员 (line 17: 《劳动法》《个人所得税法》及社保公积金政策); gangwei refused"),
 ("r60xfu-fu-30", 0): ("partial", "missed items (section split over table rows)",
   "岗位工作目标 has 7 items split over two table rows with the heading repeated; gangwei listed items 2,4,5,6,7 and missed 1 (经营管理成本预、核算准确率100) and 3 (库存周转率…)"),
}
NOTES_OK = {
 ("r60xfu-fu-20", 1): "evaluator marks 0% (my gold expected version-3 items), but gangwei had already shown version 3+1 and '还有' correctly gave the unseen version 2: judged ok",
 ("r60xfu-kd-32", 0): "evaluator: missing 审计报告归档率; asked for 5 of 6 listed indicators, gangwei chose 5 and named the omitted one: judged ok",
 ("r60xfu-fu-23", 3): "refused and quoted the 使用说明 saying 业绩衡量标准 are omitted",
 ("r60xfu-fu-15", 1): "refused: no 工作内容 for 高压值班电工, offered its requirements",
 ("r60xfu-fu-03", 2): "refused: 培训顾问 only named",
 ("r60xfu-fu-14", 0): "typo 机休工 -> 机修工 with a did-you-mean note",
 ("r60xfu-fu-27", 0): "typo 结账 (doc 结帐) resolved; extra cx04 row 账务处理及时性 harmless",
}
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
per_form = collections.defaultdict(lambda: [0, 0, 0])  # ok, partial, wrong
per_intent = collections.defaultdict(lambda: [0, 0, 0])
first = [0, 0, 0]; later = [0, 0, 0]
idx = {"ok": 0, "partial": 1, "wrong": 2}
for it in s:
    turns = [(it['question'], it['intent'])] + [(t['question'], t['intent']) for t in it['turns'] or []]
    for k, (q, intent) in enumerate(turns):
        v, c, n = J.get((it['id'], k), ("ok", "", NOTES_OK.get((it['id'], k), "")))
        rows.append(f"{it['id']}\t{k}\t{v}\t{c}\t{n}")
        if k == 0:
            first[idx[v]] += 1
            per_intent[("first", it['intent'])][idx[v]] += 1
        else:
            later[idx[v]] += 1
            per_form[forms[it['id']][k-1]][idx[v]] += 1
            per_intent[("later", intent)][idx[v]] += 1
open("judgments.tsv", "w").write("\n".join(rows) + "\n")
def fmt(c): t = sum(c); return f"{t} | {c[0]} | {c[1]} | {c[2]} | {100*c[0]/t:.0f}% | {100*(c[0]+c[1])/t:.0f}%"
print("first turns/singles (n|ok|partial|wrong|ok%|ok+partial%):", fmt(first))
print("later turns:", fmt(later))
print("\n| form | n | ok | partial | wrong | ok share | ok+partial |\n|---|---|---|---|---|---|---|")
for f, c in sorted(per_form.items(), key=lambda x: -sum(x[1])): print(f"| {f} | {fmt(c)} |")
print("\n| turn | intent | n | ok | partial | wrong | ok share | ok+partial |\n|---|---|---|---|---|---|---|---|")
for (w, i), c in sorted(per_intent.items()): print(f"| {w} | {i} | {fmt(c)} |")
