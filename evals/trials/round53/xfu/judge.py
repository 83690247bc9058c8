"""Writes judgments.tsv (hand verdicts) and prints per-form / per-intent shares."""
import json, collections
keys = json.load(open('/tmp/t53xfu/keys.json'))
forms = json.load(open('forms.json'))
items = {json.loads(l)['id']: json.loads(l) for l in open('set.jsonl')}
# (id, turn) -> (verdict, class, note); default ok
J = {
 ('xfu-fu-03', 3): ('wrong', 'false refusal', 'cx03 2.6 "负责公司师资库的建立,包括外部讲师的管理和内部讲师的培养考核" answers it; gangwei read 讲师 as a role name: "知识库中只提到了「讲师」这个岗位…无法回答"'),
 ('xfu-fu-04', 1): ('ok', '', 'turn 0 already listed all 11 indicators; "上面已经列出了知识库中的全部内容" is right (my gold wrongly expected more; evaluator counts it 误拒答)'),
 ('xfu-fu-05', 1): ('partial', 'ordinal vs reordered list', 'turn 0 regrouped the 审计部 rows by inferred dimension, so its item 4 = 审计报告归档率 (doc 序号6) while the sheet\'s 4th is 审计结果准确性 (定义: 审计结果更正的次数); answer follows its own list but does not say the definition cell is empty'),
 ('xfu-fu-10', 1): ('partial', 'noise item', 'the 4 加分项 (cx06 l.46-49) are right but the CSV 来源 URL "https://github.com/ruanyf/weekly/issues/2234#…" is listed as a fifth 加分项; intent labelled kpi'),
 ('xfu-fu-12', 2): ('partial', 'noise item', '加分项 (cx06 l.26) right, but the 来源 URL is shown as a 加分项 bullet'),
 ('xfu-fu-18', 2): ('wrong', 'false refusal', 'cx08 职责 3 "每天报财务“资金汇报”"; gangwei (intent method) answered "资料没有写明这一点"'),
 ('xfu-fu-18', 3): ('partial', 'ordinal unresolved (cascade)', 'doc numbers 主要职责 1-10, item 7 = 退费结算; previous answer was the refusal, so gangwei said "上一个回答只有1条，没有第7条" — honest, but it did not fall back to the document\'s numbered list'),
 ('xfu-fu-25', 2): ('partial', 'time-share section ignored', 'cx12 l.38-47: the 65% block is 主要负责的行政管理工作 (归档…证照); gangwei printed the whole duty list (15/17, cut) mixing the 15% blocks, no percentages'),
 ('xfu-fu-26', 0): ('wrong', 'typo title', '"行政主观" (typo of 行政主管): role field resolved to 行政主管/行政经理助理 but the text says "知识库中还没有「行政主」的岗位职责" and quotes the 使用说明 line; the correct title answers (probe)'),
 ('xfu-fu-26', 1): ('wrong', 'lost context (cascade of typo)', 'cx12 l.49-54 (技能培训/考勤/接待); same "还没有「行政主」的岗位职责" refusal carried over'),
 ('xfu-fu-26', 2): ('wrong', 'time-share section ignored', 'cx12 l.48 "15 %" for 部门内部建设; gangwei printed the full duty list (cut at 15) without any percentage'),
 ('xfu-fu-28', 1): ('wrong', 'lost context (switched document)', 'turn 0 listed the cx14 rows with weights 25/30/20/25; "这几个的权重" switched to the cx04 财务部 sheet and said "没有写明权重"'),
 ('xfu-fu-30', 3): ('partial', 'answered OOS (hedged)', 'tax threshold is not in the corpus; gangwei did not refuse: "资料中没有…专门说明；以下原文…最相关" + the 个税申报 duty line (no invented number)'),
}
NOTES = {
 ('xfu-fu-09', 2): 'answer = whole requirement list incl. 有一定英语能力 (not focused)',
 ('xfu-fu-23', 1): 'same three 福利 lines repeated each turn; contains 4天/调休',
 ('xfu-fu-23', 2): 'same three lines again; contains 生日/免费食宿',
 ('xfu-fu-27', 2): 'right 2.1-2.3 plus an unrelated 任职资格 line',
 ('xfu-fu-28', 0): 'all 4 cx14 KPIs (raw rows) plus one labelled cx04 row 财务分析准确度',
 ('xfu-kd-01', 0): '5 of 6 财务部 indicators, omission of 财务资料完好性 stated; 财务费用降低率 gets a generic "建议口径" formula',
 ('xfu-fu-05', 0): 'all 6 audit indicators, regrouped by inferred dimension',
 ('xfu-fu-06', 3): 'explicit comparison 20–45 vs 25–45',
 ('xfu-fu-14', 2): 'comparison: 高中及以上 vs 高中级以上, says same',
 ('xfu-fu-16', 1): 'correct refusal: page gives only 任职资格',
 ('xfu-fu-17', 2): 'correct refusal: no 工作内容 posted',
 ('xfu-fu-19', 3): 'correct refusal: 薪资级别 empty',
 ('xfu-fu-25', 3): 'correct: says 业绩衡量标准 not given, quotes 使用说明',
 ('xfu-fu-03', 2): 'correct near-miss refusal (培训顾问 named only)',
}
rows = []
for iid, t in keys:
    v, c, n = J.get((iid, t), ('ok', '', NOTES.get((iid, t), '')))
    rows.append((iid, t, v, c, n))
with open('judgments.tsv', 'w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str, r)) + '\n')
def cat(iid, t):
    turn = items[iid]['turns'][t - 1]
    if turn['intent'] == 'out_of_scope': return 'OOS / near-miss'
    fm = forms[iid][t - 1]
    for p, name in [('pronoun', 'pronoun'), ('ellipsis', 'ellipsis'), ('ordinal', 'ordinal'), ('more', 'more (还有…)'),
                    ('comparison', 'comparison'), ('back', 'back to earlier'), ('switch role', 'switch role/company/dept'),
                    ('switch company', 'switch role/company/dept'), ('switch department', 'switch role/company/dept'),
                    ('switch to department', 'switch role/company/dept'), ('switch role +', 'switch role/company/dept')]:
        if fm.startswith(p): return name
    return 'switch attribute / detail'
by = collections.defaultdict(collections.Counter)
first = collections.Counter(); later = collections.Counter()
for iid, t, v, c, n in rows:
    if t == 0: first[v] += 1
    else:
        later[v] += 1; by[cat(iid, t)][v] += 1
print('first turns/singles', dict(first), 'later turns', dict(later))
print('| form | later turns | ok | partial | wrong | ok share |')
print('|---|---|---|---|---|---|')
for k, c in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
    tot = sum(c.values()); print(f"| {k} | {tot} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/tot:.0%} |")
tot = sum(later.values()); print(f"| **all later turns** | {tot} | {later['ok']} | {later['partial']} | {later['wrong']} | {later['ok']/tot:.0%} |")
# by turn intent
bi = collections.defaultdict(collections.Counter)
for iid, t, v, c, n in rows:
    it = items[iid]
    intent = it['intent'] if t == 0 and it['intent'] != 'followup' else ('followup-first' if t == 0 else it['turns'][t-1]['intent'])
    bi[intent][v] += 1
print('| intent (turn) | n | ok | partial | wrong |'); print('|---|---|---|---|---|')
for k, c in sorted(bi.items(), key=lambda kv: -sum(kv[1].values())):
    print(f"| {k} | {sum(c.values())} | {c['ok']} | {c['partial']} | {c['wrong']} |")
print(collections.Counter(c for *_, v, c, n in rows if v != 'ok'))
