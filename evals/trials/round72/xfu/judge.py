"""Writes judgments.tsv (hand verdicts, see notes) and prints per-form pass shares."""
import json, collections
D = '/work/main/evals/trials/round72/xfu/'
forms = json.load(open(D + 'forms.json'))['later_turn_forms']
items = [json.loads(l) for l in open(D + 'set.jsonl')]
J = {  # (id, turn): (verdict, class, note); turn 1 = first question, 2.. = later turns
 ('r72x-fu-04', 3): ('partial', 'ordinal not resolved',
   'Asked the formula of "the second one" after the 招聘管理 turn listed 2 indicators (2nd = 人员编制控制率, (实际人数/计划编制人数)*100%). gangwei dumped all 11 HR indicators with formulas instead of naming one.'),
 ('r72x-fu-11', 1): ('wrong', 'false refusal',
   'cx06 line 27-31: 杭州云霁科技 Golang 后端 duties (CloudIaC/CloudBoot/CloudAct2 系统开发, 设计开发, 项目落地). gangwei parsed "云霁科技go后端" as one unknown role and refused; the next turn (mentions golang) recovered.'),
 ('r72x-fu-11', 3): ('partial', 'wrong section / list cut',
   'cx06 46-49 加分项: terraform 二次开发, 开源作品, 自驱自律, 熟悉运维开发. gangwei (intent kpi) gave 3 岗位要求 lines + only 2 of the 4 加分项 (missed terraform, 运维开发).'),
 ('r72x-fu-14', 3): ('partial', 'comparison not synthesised',
   'Asked the difference between 机修工 (cx07 272: 机械、设备相关专业, 有资格证书, 机械设备故障) and 维修电工 (303: 电气、设备相关专业, 持有资格证书, 电气设备故障). gangwei printed both lists side by side without stating the difference (it did synthesise in fu-06 for age).'),
 ('r72x-fu-15', 1): ('partial', 'spurious caveat',
   'Answer (焊工证, 质监局) is right, but prefixed "知识库中没有「钢构厂焊工」的专门资料 … 仅供参考": the industry qualifier 钢构厂 is the company of cx07 itself.'),
 ('r72x-fu-15', 2): ('partial', 'spurious caveat',
   'Answer 40岁以下 is right; the same "没有「钢构厂焊工」的专门资料…仅供参考" caveat is repeated.'),
 ('r72x-fu-17', 1): ('wrong', 'wrong attribute',
   'cx08 工作关系: 直接主管:分校校长. Asked "直接主管写的谁"; gangwei classified it as duty and listed the 10 duties (no 主管). Later turns 隔级领导/直接下属 were answered correctly.'),
 ('r72x-fu-20', 3): ('partial', 'lost context',
   'cx09 line 10: 内部运营类(50%). gangwei dropped the role (role=None), returned the raw row "内部运营类(50%) | 工作目标完成率 …" plus 4 unrelated cx04 HR rows; the 50% is only visible inside the raw label, no direct answer.'),
 ('r72x-fu-21', 1): ('partial', 'spurious caveat',
   'cx10 line 43: 其上级为店长 (version 3 is about 专卖店). Answer 店长 is right but prefixed "没有「专卖店导购员」的专门资料…仅供参考".'),
 ('r72x-fu-21', 2): ('partial', 'unfocused (whole list)',
   'Asked what the 导购 does in the morning (cx10 47-49: 每天早晨 清洁并调整样板, 更换标签/POP). gangwei listed all 10 duties of two versions (incl. "其上级为店长" as a duty) with the caveat again; the two morning items are in there but not singled out.'),
 ('r72x-fu-21', 3): ('partial', 'spurious caveat',
   'Requirements (cx10 33-39) correct and complete, but with the "没有「专卖店导购员」的专门资料" caveat a third time.'),
 ('r72x-fu-24', 4): ('wrong', 'superlative not resolved',
   'cx12 38-47: 主要负责的行政管理工作 has 时间分配 65 % (the largest). gangwei returned the first 15 % block (工作规划), the 职务名称 line and the 使用说明 paragraph; never names the 65 % block.'),
 ('r72x-fu-27', 2): ('wrong', 'lost context',
   '"它的评分项" = the scoring sub-table of 财务分析报告 (cx14 13-16: 格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%). gangwei resolved 它 to the 财务部 and listed the 6 cx04 财务部 KPIs (no 评分项). (Turn 1 had already shown the 附表.)'),
 ('r72x-kpi-01', 1): ('partial', 'over-inclusive list',
   'cx04 绩效管理 group = 员工绩效计划的按时完成率, 员工绩效考核申诉处理及时性. gangwei listed 5 内部营运类 indicators (adds 员工工资出错次数, 招聘空缺…天数, 人员编制控制率) without saying which belong to 绩效管理.'),
}
OKNOTE = {
 ('r72x-fu-04', 2): 'correct, but shown as raw table rows with "\\|" separators (intent=method)',
 ('r72x-fu-05', 3): '"还有没有漏的": repeats the complete 7-item list; does not say explicitly that this is all',
 ('r72x-fu-11', 2): '2-5 年 Golang first; 3 unrelated requirement lines appended',
 ('r72x-fu-13', 3): '英语四级 in line 1; two unrelated lines appended (attr=skills)',
 ('r72x-fu-27', 4): 'formula 一次-5分二次–20分… correct; headline says "评分规则/说明：100分" (the 考核标准 column)',
 ('r72x-fu-18', 1): 'labels lost on two lines ("2年以上", "不限(女姓佳)" without 从业年限/性别)',
}
rows = []
for it in items:
    turns = [(1, it['question'], it['intent'])] + [(j, t['question'], t['intent']) for j, t in enumerate(it['turns'] or [], 2)]
    for j, q, intent in turns:
        v, c, n = J.get((it['id'], j), ('ok', '', OKNOTE.get((it['id'], j), '')))
        rows.append((it['id'], j, v, c, n, forms.get(f"{it['id']}#{j}", 'first turn' if it['turns'] else 'single'), intent))
with open(D + 'judgments.tsv', 'w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str, r[:5])) + '\n')
def cat(form, intent):
    if intent == 'out_of_scope': return 'out-of-scope / near-miss (refusal expected)'
    for k in ('ellipsis', 'pronoun', 'ordinal', 'more', 'comparison', 'back to earlier'):
        if form.startswith(k): return k
    if form.startswith('switch role'): return 'switch role' + (' (typo)' if 'typo' in form else '')
    if form.startswith('switch'): return 'switch attribute/indicator/dept'
    return form
agg = collections.defaultdict(collections.Counter)
for i, j, v, c, n, form, intent in rows:
    key = cat(form, intent) if j > 1 else ('first turn' if form == 'first turn' else 'single question')
    agg[key][v] += 1; agg[key]['n'] += 1
    if j > 1: agg['ALL later turns'][v] += 1; agg['ALL later turns']['n'] += 1
print('| form | n | ok | partial | wrong | ok share |'); print('|---|---|---|---|---|---|')
for k, c in sorted(agg.items(), key=lambda x: -x[1]['n']):
    print(f"| {k} | {c['n']} | {c['ok']} | {c['partial']} | {c['wrong']} | {100*c['ok']/c['n']:.0f}% |")
cls = collections.Counter(c for *_, c, n, f, it in [(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows] if c)
print(cls.most_common())
