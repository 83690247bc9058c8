#!/usr/bin/env python3
"""Build results.tsv: one row per turn with gangwei's and the LangChain baseline's rank of the first relevant
passage (from the eval report's per-item data, report/eval.json), the `search --explain` rank for first turns
(search_explain.jsonl), key-point coverage, refusal, my hand judgement, the retrieval-miss class (rank > 1)
and the answer cause."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ev = json.load(open(HERE / "report/eval.json"))["report"]["systems"]
gw = {q["key"]: q for q in ev["gangwei"]["questions"]}
bl = {q["key"]: q for q in ev["baseline"]["questions"]}
srch = [json.loads(l) for l in open(HERE / "search_explain.jsonl")]
items = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]

# retrieval-miss classes (first turns with gangwei rank > 1 or not in the top 10)
R = {
    "NEIGH": "R-neighbour: a neighbouring section/article on the same topic wins (shared vocabulary)",
    "NAME": "R-name-elsewhere: the bank/org/role named in the question appears only in neighbouring sections, not in the right passage",
    "HEAD": "R-heading-body: the heading/intro line is its own chunk; the body lacks the title words",
    "SYN": "R-synonym: the question paraphrases; the text's key terms are not in the question",
    "LONG": "R-long: the answer is one sentence of a long paragraph (diluted), and a question word clashes with another passage",
    "ROLE": "R-neighbour-role: a neighbouring role's list wins; the right list never repeats the question's word",
    "SWAMP": "R-generic: generic words (商业银行/客户经理) and role-tagged chunks swamp the one distinctive term",
}
RCAUSE = {
    "r18s-duty-01": ("HEAD", "331-335 (title + 4 principle lines) rank 1; body '主要工作:' 336-347 rank 4, after 网店/范文三 variants"),
    "r18s-duty-06": ("SYN", "'好几种员' vs 信息员/办事员/营销员; 197-199 is a long 3-line chunk, dense rank 22; 004:200 wins"),
    "r18s-duty-07": ("NEIGH", "the speech's greeting 150-152 (竞聘/信贷员) beats the next block 153-154"),
    "r18s-duty-10": ("ROLE", "制度专员 duties 293-297 say 宣传 (合规教育的宣传); the 宣传专员 list 275-281 never says 宣传 (doc swaps content)"),
    "r18s-qual-01": ("NAME", "江苏银行 is named in 206-209/197-199; 204-205 says 分行; gold rank 17 (jieba none)"),
    "r18s-qual-04": ("LONG", "001:417 is a 297-char 岗位轮换 paragraph; '胜任' pulls the 胜任力 essay (001:193-217)"),
    "r18s-qual-05": ("SWAMP", "not in top 50; '客户经理准入' alone ranks 178-179 first; with 商业银行 the role-boosted 004:29-31 wins"),
    "r18s-qual-06": ("NEIGH", "other lines of the same plan (003:179, 189-197) win on dense; 50-52 dense rank 11"),
    "r18s-qual-07": ("SYN", "'知识技能' matches KSA/知识管理 passages; 004:24's terms (内隐素质, 人格特质) absent; dense rank 35"),
    "r18s-kpi-01": ("NEIGH", "step-4 chunk 169-175 and step-1 141-147 beat step-3 159-167, where 167 is the last line"),
    "r18s-kpi-02": ("NAME", "邮政/大客户经理 named in 131-135 and 141-157; the 159-163 scoring block is headed only '基础工作'"),
    "r18s-kpi-05": ("NEIGH", "the 绩效考核 article (004:162-165) and 000:15 beat 208-209 (jieba rank 29)"),
    "r18s-kpi-06": ("LONG", "'绩' matches 量表考绩法 135-137; 133 is a long 德能勤绩 paragraph"),
    "r18s-kpi-07": ("HEAD", "the untitled intro line 225 ranks 1, the list 227-243 rank 2"),
    "r18s-kpi-08": ("NAME", "江苏银行 named in 206-209/197-199; 229-232 does not name it"),
    "r18s-method-03": ("SYN", "the text says 支持保障部门; '人力资源部/办公室' pull the hotel 人力资源部 sections (003)"),
    "r18s-method-08": ("NEIGH", "000:27-31 (组织构架再造: 事业部制) beats 75-77"),
    "r18s-fu-03": ("NEIGH", "sibling chunks repeating '关键岗位人员强制休假离岗审计' win; 277 rank 11; 工行 vs 中国工商银行"),
    "r18s-fu-07": ("NEIGH", "the other article's opening 000:15 beats 004:158-161"),
}
# hand judgement: R right, P partial, W wrong; answer cause for non-right and notable defects
J = {
    "r18s-duty-01": ("R", "defect: labelled 某网店 (it is 范文四, 商场); 范文三 lines appended"),
    "r18s-duty-02": ("R", ""),
    "r18s-duty-03": ("R", "defect: prefaced '没有「客服」的岗位说明' (客服专员 exists)"),
    "r18s-duty-04": ("R", "defect: whole section dumped; preface '没有「人力资源部」的岗位职责清单'"),
    "r18s-duty-05": ("R", "defect: preface '没有「营销团队」的岗位职责清单'"),
    "r18s-duty-06": ("W", "A-role: role read as 「听说实行客户经理」 -> 高级客户经理 résumé duties"),
    "r18s-duty-07": ("W", "A-role: role read as 「篇信贷员竞聘客户部客户经理」 -> 高级客户经理 résumé"),
    "r18s-duty-08": ("R", ""),
    "r18s-duty-09": ("R", "defect: whole 19-item profile; the two asked items are #10-11"),
    "r18s-duty-10": ("W", "A-role + R: '做宣传的那个专员' -> 「专员」 -> 人力资源专员 duties"),
    "r18s-duty-11": ("R", ""),
    "r18s-duty-12": ("W", "A-intent: '归谁管' routed to reports_to -> '没有写明直属上级' (rank 1)"),
    "r18s-duty-13": ("R", "defect: prefaced '没有「客户经理」的任职要求清单' (intent read as qualification)"),
    "r18s-duty-14": ("R", "defect: whole HR section dumped (招聘/培训/绩效)"),
    "r18s-duty-15": ("R", "defect: '没有「财务专员监着出市代表」的专门资料…仅供参考' (typo kept in the role)"),
    "r18s-duty-16": ("R", "defect: 胜任力 sentence appended; 预防和改进措施 clause dropped"),
    "r18s-qual-01": ("W", "A-role + R: 「篇文章觉得客户经理」 -> 高级客户经理 '任职要求: 五年'"),
    "r18s-qual-02": ("W", "A-role: rank 1, but 「挑客户经理」 -> 高级客户经理 résumé duties"),
    "r18s-qual-03": ("W", "A-role: rank 1, but 「新余农商行选零售客户经理」 -> 高级客户经理 '五年'"),
    "r18s-qual-04": ("W", "A-refuse + R: '干会计岗' read as an unknown post -> refused"),
    "r18s-qual-05": ("W", "R: 能力素质模型/品牌 lines; no 准入 content"),
    "r18s-qual-06": ("R", "defect: 3 unrelated sources appended"),
    "r18s-qual-07": ("W", "R: 知识管理/KSA/任职要求 lines; 内隐素质 missing"),
    "r18s-qual-08": ("R", ""),
    "r18s-qual-09": ("R", ""),
    "r18s-qual-10": ("R", "defect: two 004 paragraphs appended"),
    "r18s-qual-11": ("W", "A-role: rank 1, but '传统人力资源' sliced to 「统人力资源」 -> hotel 人力资源部 plan"),
    "r18s-qual-12": ("R", ""),
    "r18s-kpi-01": ("P", "A-cut: gives 及时率/正确率, drops 167's last sentence (最终确定为 货款收取不及时与差错次数)"),
    "r18s-kpi-02": ("W", "A-org: 邮政大客户经理 -> 大客户经理 篇8 duties (intent duty)"),
    "r18s-kpi-03": ("R", "defect: KPI-process lines appended"),
    "r18s-kpi-04": ("W", "A-compose: rank 1 (33-37) but answered from 152-155/131-135; 新增资产/开户数 missing"),
    "r18s-kpi-05": ("R", "defect: 3 unrelated sources after the answer"),
    "r18s-kpi-06": ("W", "R: answered with 量表考绩法 (135-137)"),
    "r18s-kpi-07": ("R", ""),
    "r18s-kpi-08": ("R", "defect: the answer is the 4th of 4 blocks; 3 unrelated 江苏银行 lines first"),
    "r18s-method-01": ("W", "A-refuse: rank 1 (51-55) but refused"),
    "r18s-method-02": ("R", "defect: KPI-process and 抹花生酱 lines appended"),
    "r18s-method-03": ("W", "R: hotel 绩效与激励 + 电工 steps; 支持保障部门 paragraph not used"),
    "r18s-method-04": ("R", ""),
    "r18s-method-05": ("R", ""),
    "r18s-method-06": ("W", "A-intent: rank 1 (157) but read as qualification of 「客户经理」 -> 岗位 definition lines"),
    "r18s-method-07": ("R", ""),
    "r18s-method-08": ("W", "A-refuse: gold rank 2, refused"),
    "r18s-fu-01": ("R", "defect: 财务维度 and KPI-process lines around the answer"),
    "r18s-fu-01#1": ("R", "defect: preface '没有「成长」的岗位说明'"),
    "r18s-fu-01#2": ("W", "F: repeats the 成长 lines; '各维度权重因银行/战略/时期而异' (000:71) not given"),
    "r18s-fu-02": ("R", "defect: all four 职能 dumped for a 'position' question"),
    "r18s-fu-02#1": ("R", ""),
    "r18s-fu-02#2": ("R", ""),
    "r18s-fu-02#3": ("W", "A-refuse: 事务管理 (003:215) refused"),
    "r18s-fu-03": ("W", "R: 277 (主要内容) rank 11; answer shows 组织实施 + 对象 list"),
    "r18s-fu-03#1": ("R", "defect: whole section + definitions dumped"),
    "r18s-fu-03#2": ("R", "defect: preface '没有「审计组组长」的岗位说明'"),
    "r18s-fu-03#3": ("R", ""),
    "r18s-fu-04": ("R", "defect: '没有「合规发展部制度专员」的专门资料…仅供参考' although it is that post"),
    "r18s-fu-04#1": ("R", "defect: same hedge"),
    "r18s-fu-04#2": ("R", ""),
    "r18s-fu-05": ("W", "A-role: rank 1 (store-name line 55; body 47-54 rank 3) but 「经理」 -> 按摩技师部门经理"),
    "r18s-fu-05#1": ("W", "A-role (carried): 按摩技师部门经理 again; CIS/10日前 missing"),
    "r18s-fu-05#2": ("W", "A-role (carried): 按摩技师部门经理 again"),
    "r18s-fu-06": ("W", "A-org: rank 1 (345-347) but answered with the 证券营业部 大堂经理 line (003:3)"),
    "r18s-fu-06#1": ("R", ""),
    "r18s-fu-06#2": ("R", "defect: KPI-process lines first, the 替代率 line third"),
    "r18s-fu-07": ("P", "R + noise: 000:15 first; only 经营目标 (1.1) of the three purposes"),
    "r18s-fu-07#1": ("W", "A-refuse: PDCA (004:165) refused"),
    "r18s-fu-07#2": ("W", "A-org: 固定工资+绩效工资 -> 邮政大客户经理 营销奖励 (another post's pay)"),
    "r18s-fu-07#3": ("R", "defect: 邮政 业绩工资 lines appended"),
    "r18s-fu-08": ("R", "defect: 网络公司 客服 list appended"),
    "r18s-fu-08#1": ("R", ""),
    "r18s-fu-08#2": ("R", ""),
    "r18s-fu-09": ("P", "A-compose: only 159; 173-174 (rank 1, 外贸流程/洞察力) dropped as duties"),
    "r18s-fu-09#1": ("R", "defect: another 外贸 variant (175-178) appended"),
    "r18s-fu-09#2": ("W", "O: OOS (开店注册) answered with the 亚马逊 duty line"),
    "r18s-fu-10": ("R", "defect: misses 765 (服务就是销售)"),
    "r18s-fu-10#1": ("R", "defect: preface '没有「客服岗」的岗位说明'"),
    "r18s-fu-10#2": ("R", "defect: A银行 战略地图 steps appended"),
    "r18s-oos-07": ("W", "O: near miss answered (提成数额 + 兼职人员 协议 lines) instead of 'no rate stated'"),
    "r18s-oos-08": ("R", "defect: refusal names the post 「农信社招信贷员」"),
}

def hit(h, evidence):
    return any(h["file"] == e["file"] and h["line_start"] <= e["line_end"] and e["line_start"] <= h["line_end"] for e in evidence)

rows = ["id\tintent\tquestion\tsearch_rank\tgw_first_rank\tbl_first_rank\tgw_kp\tbl_kp\tgw_refused\texpect_refusal\tjudge\tretrieval_class\tretrieval_detail\tanswer_note"]
judge_count, cls_count = Counter(), Counter()
for it, s in zip(items, srch):
    assert s["question"] == it["question"]
    keys = [it["id"]] + [f'{it["id"]}#{i}' for i in range(1, len(it["turns"] or []) + 1)]
    for n, k in enumerate(keys):
        g, b = gw[k], bl[k]
        q = it["question"] if n == 0 else it["turns"][n - 1]["question"]
        intent = it["intent"] if n == 0 else "fu-" + it["turns"][n - 1]["intent"]
        sr = ""
        if n == 0 and it["evidence"]:
            sr = next((h["rank"] for h in s["hits"] if hit(h, it["evidence"])), "-")
        j, note = J.get(k, ("R", ""))
        rc, rd = RCAUSE.get(k, ("", ""))
        judge_count[j] += 1
        if rc:
            cls_count[rc] += 1
        rows.append("\t".join(str(x) for x in [k, intent, q, sr, g.get("first_rank"), b.get("first_rank"),
                    g.get("key_point_coverage"), b.get("key_point_coverage"), g.get("refused"), g.get("expect_refusal"),
                    j, R.get(rc, ""), rd, note]))
(HERE / "results.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
print(len(rows) - 1, "rows; judgements", dict(judge_count), "; retrieval classes", dict(cls_count))
