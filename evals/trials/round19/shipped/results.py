#!/usr/bin/env python3
"""Write judgments.tsv (per item/turn) and results.tsv (per item: ranks, verdict, cause) from my hand verdicts
and eval-report/eval.json + search_explain.jsonl."""
import json
R = json.load(open('eval-report/eval.json'))['report']['systems']
G = {q['key']: q for q in R['gangwei']['questions']}
B = {q['key']: q for q in R['baseline']['questions']}
# key -> (verdict, cause, reason)
J = {
 'r19s-duty-01': ('right', '-', 'both duty items from 453-459'),
 'r19s-duty-02': ('wrong', 'R-speech-role+A-namedonly-refusal', 'refused: "只提到了柜台经理这个岗位" although 837 (and copies 583/879) describe it; gold rank 8'),
 'r19s-duty-03': ('partial', 'A-sentence-selection', 'cites 373 but picks the framing sentences; misses 掌握两头/介绍替代品牌'),
 'r19s-duty-04': ('wrong', 'A-namedonly-refusal', 'refused "只提到了交易管理岗" though 157/163 are its duties (prose, rank 1)'),
 'r19s-duty-05': ('partial', 'A-sentence-selection', 'only 日常管理 (137); misses weekly 例会 (142) and 实物管理 (148); lists 客户经理 rules as the leader\'s'),
 'r19s-duty-06': ('right', '-', 'basic vs special 授权授信 + 上报'),
 'r19s-duty-07': ('right', '-', 'customer relationship mgmt + market expansion'),
 'r19s-duty-08': ('right', '-', 'front/middle/back systems from line 33 (rank 2, 银行柜员 chunk first)'),
 'r19s-duty-09': ('partial', 'A-over-inclusion', 'all resume blocks merged: earlier-job duties (71-74) and 主要业绩 (84-88) listed as 岗位职责'),
 'r19s-duty-10': ('wrong', 'A-wrong-section+A-role-fallback', 'gives the 4 reasons for competing (309-317), not the plan (321-331); appends 高级客户经理 duties'),
 'r19s-duty-11': ('right', '-', '3 参谋 stages (plus rest of the section)'),
 'r19s-duty-12': ('right', '-', 'work log, division of labour, 统一安排'),
 'r19s-duty-13': ('right', '-', 'internal-first recruiting, successor rule'),
 'r19s-duty-14': ('right', '-', 'full 营销总监 list incl. items 7-8 (gold chunk at rank 2)'),
 'r19s-duty-15': ('right', '-', 'navigation-company 客服专员 list'),
 'r19s-duty-16': ('right', '-', '3 财务岗 duties'),
 'r19s-qual-01': ('right', '-', '4 requirements'),
 'r19s-qual-02': ('wrong', 'R-role-boost-over-prose', 'lists 家装业务员 duties; the ability sentence (100) is rank 1 in bigram/dense/jieba but final 6 behind role-boosted duty chunks'),
 'r19s-qual-03': ('right', '-', 'answer is line 159 although its chunk is only rank 8 (same boost effect as qual-02)'),
 'r19s-qual-04': ('right', '-', '公开竞聘/资格考试/持证上岗 (+ KSA noise)'),
 'r19s-qual-05': ('partial', 'A-sentence-selection', 'promotion text cited but the sentence listing 品质、岗位、基本素质、资历、专业技能和业绩 is dropped'),
 'r19s-qual-06': ('partial', 'R-lexical-neighbour', 'correct 161 only as 2nd block after 信用社 archive rules (002:40-43) and 保理 material'),
 'r19s-qual-07': ('wrong', 'R-paraphrase-gap', 'gold not in top 10 (本事/过硬 vs 能力/优秀团队); answers 销售人员 duties'),
 'r19s-qual-08': ('partial', 'A-sentence-selection', 'only the 职业道德 sentence; 多学习/多琢磨/多反思 dropped; noise from 004:200, 001:323'),
 'r19s-qual-09': ('right', '-', '企业经营/资本运营/产品组合'),
 'r19s-qual-10': ('right', '-', '6 categories / 28 sub-traits first'),
 'r19s-qual-11': ('right', '-', '4 requirements'),
 'r19s-qual-12': ('right', '-', '30岁以下, 计算机及相关专业'),
 'r19s-kpi-01': ('partial', 'A-sentence-selection', 'cites 811/815 but drops "对于关键岗位…应该占很大权重"'),
 'r19s-kpi-02': ('right', '-', '20,074万 / 13,989万'),
 'r19s-kpi-03': ('right', '-', '利息收入/存款收益/业务费收入'),
 'r19s-kpi-04': ('right', '-', '12 items listed'),
 'r19s-kpi-05': ('right', '-', 'financial + customer weights (line 93, rank 4)'),
 'r19s-kpi-06': ('right', '-', '电子银行业务替代率 (+ unrelated BSC line)'),
 'r19s-kpi-07': ('wrong', 'A-misroute-kpi_design', 'routed to the KPI-design tool: generated table for 客户经理, nothing on 级差地租'),
 'r19s-kpi-08': ('partial', 'R-lexical-neighbour', 'answers with 业绩考核 items of line 154 (客户数量/净收入/资产总量), not the meeting content of 35/114; question arguably ambiguous'),
 'r19s-method-01': ('partial', 'A-sentence-selection', 'steps 1 and 4 only; steps 2-3 skipped'),
 'r19s-method-02': ('partial', 'A-sentence-selection', 'only the first step (classify posts); indicators/weights/scoring steps cut'),
 'r19s-method-03': ('right', '-', 'layered vs divisional decomposition'),
 'r19s-method-04': ('right', '-', '百分制, 4 grades, weighted total'),
 'r19s-method-05': ('right', '-', 'internal customer + value tree + value-adding work'),
 'r19s-method-06': ('right', '-', 'scale table explained'),
 'r19s-method-07': ('wrong', 'R-heading-split', 'gives the intro (717-719) and an unrelated KPI-ranking line; the drawbacks (733-743) are rank 7-8'),
 'r19s-method-08': ('partial', 'A-sentence-selection', 'only the first dimension clause; 三个层次 not given'),
 'r19s-fu-01': ('right', '-', 'admin assistant duties'),
 'r19s-fu-01#1': ('right', '-', 'all 6 conditions'),
 'r19s-fu-01#2': ('right', '-', '大专以上, 专业不限'),
 'r19s-fu-02': ('right', '-', 'teller: counter work + product promotion + certificates'),
 'r19s-fu-02#1': ('wrong', 'C-ellipsis-role-as-title', 'refused: "没有「it技术岗」这个岗位" — the 技术 section 211-213 of the same list'),
 'r19s-fu-02#2': ('partial', 'C-topic-drift', 'leads with 行长胜任力模型 (001:207); 218 cited but 客户资源 (219) missing'),
 'r19s-fu-03': ('right', '-', 'BEI/问卷/焦点团体 + 演绎法/限定选项法'),
 'r19s-fu-03#1': ('wrong', 'A-sentence-selection', 'repeats the method list and the 归纳法 advantages; the 4 drawbacks (same chunk) omitted'),
 'r19s-fu-03#2': ('right', '-', '专业顾问 + rounds of 筛选和调整'),
 'r19s-fu-04': ('right', '-', 'full 大客户经理 list incl. 信息档案 (130) and 核对/回访 items'),
 'r19s-fu-04#1': ('right', '-', '营运总监 (118); 120 not cited'),
 'r19s-fu-04#2': ('partial', 'A-attribute-subordinates', 'answers from 权力 (对下属工作有监督检查权) — implies yes; 所施监督 "有直属下级" (124) not found'),
 'r19s-fu-04#3': ('right', '-', 'line 141'),
 'r19s-fu-05': ('wrong', 'R-chunk-boundary', 'answers with 133-137 (work log, leader); the attendance list 138-140 is split from its heading "考勤制度…具体内容如下:"'),
 'r19s-fu-05#1': ('wrong', 'C-pronoun-parsed-as-role', '"这些客户经理" parsed as role 「些客户经理」; answers 烟草 电访员 text + 高级客户经理 duties'),
 'r19s-fu-05#2': ('right', '-', 'monthly / quarterly / year-end (+ resume noise)'),
 'r19s-fu-06': ('partial', 'A-truncation', 'steps 1-3 only; step 5 (客户关系经理 is the key post) cut'),
 'r19s-fu-06#1': ('wrong', 'C-pronoun-unresolved', '"这个岗位" not resolved to 客户关系经理; answers the 外部标杆 paragraphs'),
 'r19s-fu-06#2': ('wrong', 'A-indicator-card', 'answers as a KPI indicator card "招聘周期 维度:内部流程(推断)" instead of 813-815'),
 'r19s-fu-07': ('partial', 'Q-role-parse+A-role-fallback', 'correct line 88, but role parsed as 「人客户经理」 and 高级客户经理 resume duties appended'),
 'r19s-fu-07#1': ('right', '-', '学新/学全/学通'),
 'r19s-fu-07#2': ('partial', 'Q-role-parse+A-role-fallback', 'line 90 correct, then "高级客户经理 任职要求: 五年" (resume field) appended'),
 'r19s-fu-08': ('right', '-', 'first-responsible person, 客户经理, 终身负责制'),
 'r19s-fu-08#1': ('right', '-', 'six 包 (whole block repeated)'),
 'r19s-fu-08#2': ('right', '-', 'line 18 cited (after repeating 6-12)'),
 'r19s-fu-09': ('right', '-', 'middle-management competencies'),
 'r19s-fu-09#1': ('right', '-', 'senior-management competencies'),
 'r19s-fu-09#2': ('right', '-', 'refused (text says the model has none)'),
 'r19s-fu-10': ('partial', 'R-lexical-neighbour', 'cites 365 but not "上下级关系"; mixes 371/377-379 (消费者, 送货司机)'),
 'r19s-fu-10#1': ('partial', 'A-sentence-selection', 'share info / ask opinions; the 假冒伪劣 reporting sentence dropped'),
 'r19s-fu-10#2': ('right', '-', '品牌保育员'),
 'r19s-oos-01': ('right', '-', 'named-only refusal'),
 'r19s-oos-02': ('right', '-', 'named-only refusal'),
 'r19s-oos-03': ('right', '-', 'named-only refusal'),
 'r19s-oos-04': ('right', '-', '"没有写明薪资"'),
 'r19s-oos-05': ('wrong', 'A-oos-near-miss-answered', 'answers with 劳动合同(期限一年) and the 档案 list; never says the trial period is not stated'),
 'r19s-oos-06': ('right', '-', 'refused'),
 'r19s-oos-07': ('right', '-', 'refused'),
 'r19s-oos-08': ('right', '-', 'refused'),
 'r19s-oos-09': ('right', '-', 'refused'),
 'r19s-oos-10': ('right', '-', 'named-only refusal'),
}
assert set(J) == set(G), set(G) ^ set(J)
with open('judgments.tsv', 'w', encoding='utf-8') as f:
    f.write('id\tturn\tverdict\treason\n')
    for k, g in G.items():
        v, c, r = J[k]
        f.write(f"{g['item_id']}\t{g['turn']}\t{v}\t{r}\n")
with open('results.tsv', 'w', encoding='utf-8') as f:
    f.write('id\tturn\tintent\tgangwei_rank\tbaseline_rank\tgangwei_kp\tbaseline_kp\tverdict\tcause\n')
    for k, g in G.items():
        b = B[k]; v, c, r = J[k]
        gr = g['first_rank'] if g['turn'] == 0 and not g['expect_refusal'] else '-'
        br = b['first_rank'] if g['turn'] == 0 and not g['expect_refusal'] else '-'
        gr = 'none@10' if gr is None else gr; br = 'none@10' if br is None else br
        kp = lambda q: '-' if q['expect_refusal'] else f"{q.get('key_point_coverage') or 0:.2f}"
        f.write(f"{g['item_id']}\t{g['turn']}\t{g['intent']}\t{gr}\t{br}\t{kp(g)}\t{kp(b)}\t{v}\t{c}\n")
from collections import Counter
tot = Counter(v for v, _, _ in J.values())
first = Counter(J[k][0] for k, g in G.items() if g['turn'] == 0)
later = Counter(J[k][0] for k, g in G.items() if g['turn'] > 0)
print('all', dict(tot), 'first', dict(first), 'later', dict(later))
byint = {}
for k, g in G.items():
    byint.setdefault(g['intent'] if g['turn'] == 0 else 'later', Counter())[J[k][0]] += 1
for i, c in byint.items(): print(i, dict(c))
