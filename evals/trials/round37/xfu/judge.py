"""Write judgments.tsv (my hand judgments of the replayed answers in replay.txt) and per-form shares."""
import json, collections
from pathlib import Path
HERE = Path(__file__).resolve().parent
J = {  # (id, turn): (verdict, class, note)
 ("r37x-fu-01", 0): ("partial", "false company disclaimer",
   "doc cx01 is the XXXX袜业 JD and gives 会计专业本科学历; gangwei opens with '资料中没有XXXX袜业有限公司「财务部经理」的岗位说明' and then quotes that very document; also dumps all 10 requirements for an education/major question"),
 ("r37x-fu-01", 3): ("ok", "", "gives table value 财务会计、出纳; the org chart's 成本会计 not mentioned (document inconsistency)"),
 ("r37x-fu-02", 1): ("partial", "padding from another document",
   "item 5 resolved correctly (成本费用(销售费用、制造费用、管理费用)达成率100%), but then 'elaborates' with three rows of the 人力资源部 KPI sheet (cx04 部门费用预算达成率…), unrelated to the 财务部经理"),
 ("r37x-fu-03", 2): ("partial", "ordinal/selection not resolved",
   "asked what the 2nd standard measures (2.客户满意率达90%以上); gangwei re-lists all four 业绩标准 without singling out #2"),
 ("r37x-fu-04", 2): ("wrong", "false refusal",
   "comparison of the last two posts (财务部经理 八年 vs 调度员 4年); gangwei parsed '年限长' as a role name and refused ('没有「年限长」这个岗位')"),
 ("r37x-fu-05", 2): ("ok", "", "correct near-miss refusal: 培训顾问 only named in 3.1"),
 ("r37x-fu-07", 0): ("ok", "", "all 7 资金部 indicators; dimensions labelled 推断"),
 ("r37x-fu-09", 0): ("partial", "missed field",
   "(second half of the question) asked headcount AND what the job writes; answered only 文案策划(2名), no duties (B4: 宣传策划方案、宣传推广文案…)"),
 ("r37x-fu-09", 2): ("wrong", "carried attribute",
   "asked whether 销售经理 travels; doc B3: 每年有1~2次到上海等地出差; gangwei kept the previous turn's attribute (pay) and answered 公司提供免费食宿,薪资面议"),
 ("r37x-fu-11", 3): ("wrong", "answered OOS",
   "'K8S集群一般怎么搭建' is a how-to outside the corpus; gangwei answered with the requirement line 熟练掌握公有云,K8S… instead of refusing"),
 ("r37x-fu-12", 1): ("wrong", "false refusal",
   "(typo company switch) '京东物留那个呢' (typo of 京东物流) should switch to line 99 (3-5年及以上前端开发经验); gangwei refused. Probe: the correctly spelled '京东物流那个呢' works"),
 ("r37x-fu-12", 2): ("wrong", "lost context",
   "(cascade) '它' = 京东物流 posting, line 105 熟练掌握小程序相关开发技术; after the failed switch gangwei answered with 美团's requirements (no 小程序), so the user is told nothing about 小程序. (Cascade of #1; in the probe with correct spelling it answers)"),
 ("r37x-fu-13", 0): ("wrong", "missed field",
   "(wrong section: duties for a skills question) asked for the tech stack (岗位要求 lines 35-42: Golang, MySQL/PostgreSQL, Linux, k8s/docker); gangwei gave the 3 岗位职责 lines 29-31 only"),
 ("r37x-fu-13", 1): ("ok", "", "correct 加分项; a bullet is the source URL from the CSV 来源 column (noise)"),
 ("r37x-fu-13", 3): ("ok", "", "correct 产品经理 加分项; URL bullet again (noise)"),
 ("r37x-fu-14", 2): ("ok", "", "lists both posts' requirements side by side (高中 vs 初中) without stating which is higher"),
 ("r37x-fu-15", 1): ("ok", "", "first answer already listed all 8 duties; gangwei says these are all — correct (the evaluator counts it as a false refusal)"),
 ("r37x-fu-17", 2): ("wrong", "wrong post",
   "'这个部长具体的岗位职责写了吗' — 生产技术部长 has only 任职资格, should say duties not given; gangwei answered '按您的描述，这里回答的是「车辆调度员」' and listed cx02 duties"),
 ("r37x-fu-18", 2): ("ok", "", "直接下级：无 — correct (evaluator misses it because my key point said 直接下属)"),
 ("r37x-fu-18", 3): ("wrong", "false refusal",
   "doc duty 3: 每天报财务“资金汇报”; gangwei: '资料没有写明这一点' (reproduced in a probe right after the duty list)"),
 ("r37x-fu-19", 1): ("wrong", "ordinal/selection not resolved",
   "(resolved to the wrong list) '第7条具体怎么操作' should be duty 7 (按领导审批过的退费手续,为客户办理退费结算); gangwei took item 7 of a requirements list (知识技能 …操作技巧) and listed 专业经验/素质/性别. Probe: '第7条呢' resolves correctly — the word 操作 pulled the wrong line"),
 ("r37x-fu-20", 1): ("partial", "lost context",
   "(scope widened) '下面' = under 内部运营类 (7 indicators, lines 10-16); gangwei listed the whole 16-indicator table"),
 ("r37x-fu-20", 2): ("partial", "ordinal/selection not resolved",
   "asked which weight is 0 (工作流程改善目标完成率, line 15); gangwei re-printed the whole table; the 0% row is visible but not singled out"),
 ("r37x-fu-20", 4): ("wrong", "lost context",
   "(pronoun bound to the role) '它' = 后勤投诉次数, which sits under 客户类(10%) (line 17-18); gangwei answered the department of 人事行政部经理 (人事行政部)"),
 ("r37x-fu-21", 0): ("ok", "", "shows the 5 dimension groups with weights, does not say '5个' explicitly"),
 ("r37x-fu-22", 1): ("ok", "", "includes the two 每天早晨 items (样板, 标签/POP) inside the full version-3 list plus version-2 padding (unfocused)"),
 ("r37x-fu-22", 2): ("ok", "", "typo 导够 handled; correct requirements; also cites a line of the corpus' SOURCES.md (noise)"),
 ("r37x-fu-22", 3): ("ok", "", "re-lists requirements incl. 粤语优先; no direct yes/no; SOURCES.md noise"),
 ("r37x-fu-23", 1): ("partial", "'more' repeats shown content",
   "first answer showed version 3 and version 1; '还有吗' re-listed version 1 again; version 2 (商超: 货品陈列, 营销策略, 介绍产品) never shown"),
 ("r37x-fu-24", 2): ("ok", "", "same 3 benefit lines again; 生日假期/免费食宿 are the remaining benefits"),
 ("r37x-fu-25", 0): ("ok", "", "lists all 5 duties; item 4 has 先安抚情绪…上报主管 (unfocused)"),
 ("r37x-fu-25", 1): ("partial", "missed field",
   "(narrowed to one attribute) asked 能力要求 (lines 9-12: 形象与沟通/亲和力, 操作与细心, 应变与服务, 合规意识); gangwei mapped it to 'skills' and gave only 2 of 4 lines"),
 ("r37x-fu-25", 2): ("ok", "", "correct near-miss: 行政主管 document has no requirements"),
 ("r37x-fu-26", 1): ("partial", "wrong source (corpus meta file)",
   "doc cx12 lines 32-49: 15% 协助制定规划及制度 / 65% 主要负责的行政管理工作 / 15% 部门内部建设及对外关系; gangwei quoted only the English SOURCES.md line 'duties grouped by 时间分配 15% / 65% / 15%' — numbers right, groups missing, wrong document cited"),
 ("r37x-fu-26", 2): ("wrong", "wrong source (corpus meta file)",
   "doc lines 39-47 (归档资料, 大事记, 办公用品, 食堂, 福利, 固定资产, 年会…); gangwei repeated the SOURCES.md line, no content"),
 ("r37x-fu-26", 3): ("ok", "", "correct near-miss: says not stated and quotes the 使用说明"),
 ("r37x-fu-27", 0): ("wrong", "wrong source (corpus meta file)",
   "doc cx13 lines 9-14 (策划招聘文案, 组织招募活动, 内部信息网发布); gangwei answered with the SOURCES.md description 'sections 1–2'"),
 ("r37x-fu-27", 3): ("ok", "", "gives 熟练掌握中英文听、说、读、写 (no level stated); does not say explicitly that no level is given"),
 ("r37x-fu-28", 1): ("partial", "lost context",
   "(sub-table missing) '它' = 财务分析报告 → 见附表: 格式10%/准确性30%/有效性30%/及时性30% (lines 12-16); gangwei listed the whole main table plus a cx04 row, not the 附表 (the first answer had shown it)"),
 ("r37x-fu-28", 3): ("wrong", "lost context",
   "(switched document) '这项' = 月底结帐处理, 周期 季 (line 6); gangwei jumped to the cx04 财务部 KPI list (月/季/年度)"),
 ("r37x-fu-28", 4): ("ok", "", "quotes the row '…三次60分…' (source's own odd value)"),
 ("r37x-fu-29", 2): ("ok", "", "correct 3 items; SOURCES.md noise"),
 ("r37x-fu-30", 1): ("ok", "", "first answer had all 9 duties; 'no more' is correct (evaluator counts a false refusal)"),
 ("r37x-jd-01", 0): ("partial", "fabricated detail",
   "JD correct and cited, but the 关键绩效指标 section gives weights 30/20/20/30% cited to the 业绩标准 paragraph, which states no weights and is not marked 推导"),
 ("r37x-jd-02", 0): ("ok", "", "duties/skills cited; empty education etc. marked 待补充; KPI section marked 推导"),
 ("r37x-kd-03", 0): ("ok", "", "5 indicators all from the cx04 HR sheet, honest note on unused ones (evaluator: 2 of my 4 expected not chosen)"),
 ("r37x-kd-04", 0): ("ok", "", "6 sheet indicators + 1 generic, clearly labelled as 补充"),
}
items = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
per_group = collections.defaultdict(collections.Counter)
first = collections.Counter(); later = collections.Counter(); classes = collections.Counter()
tags = collections.defaultdict(collections.Counter)
for it in items:
    n = 1 + len(it["turns"] or [])
    for t in range(n):
        v, c, note = J.get((it["id"], t), ("ok", "", ""))
        rows.append(f"{it['id']}\t{t}\t{v}\t{c}\t{note}")
        if c and v != "ok":
            classes[c] += 1
        if t == 0:
            first[v] += 1
        else:
            later[v] += 1
            f = forms[f"{it['id']}/{t}"]
            per_group[f["group"]][v] += 1
            for tg in f["tags"]:
                tags[tg][v] += 1
(HERE / "judgments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
print("first turns", dict(first), "later", dict(later))
for g, c in sorted(per_group.items(), key=lambda x: -sum(x[1].values())):
    n = sum(c.values())
    print(f"| {g} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/n:.0f}% |")
for g, c in tags.items():
    n = sum(c.values()); print("tag", g, n, dict(c))
for c, k in classes.most_common():
    print(k, c)
