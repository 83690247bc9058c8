"""Writes judgments.tsv (hand judgments) and prints per-form / per-intent shares."""
import json, collections
J = {}  # (id, turn) -> (verdict, class, note)
def j(i, t, v='ok', c='', n=''): J[(i, t)] = (v, c, n)
CAV = 'false "no dedicated material" caveat'
# defaults ok; failures and notable notes below
j('r57xfu-fu-04', 3, 'partial', 'extra content', 'doc: 招聘管理 (merged C10:C11) covers 招聘空缺职位所需的平均天数 and 人员编制控制率; got a dump of 5 raw pipe-joined rows incl. 招聘费用预算达成率, 员工工资出错次数, 申诉处理及时性, so the two right ones are not singled out')
j('r57xfu-fu-06', 0, 'partial', CAV, 'doc cx05 row 销售经理 duties; content right, but answer opens with 知识库中没有「一览里销售经理」的专门资料…仅供参考 (phrase of the file name read as part of the title)')
j('r57xfu-fu-06', 1, 'wrong', 'false refusal', 'doc: duty cell item 4 每年有1~2次到上海等地出差 (shown in the previous answer); got 资料没有写明这一点 (intent method)')
j('r57xfu-fu-06', 2, 'partial', CAV, 'requirements right (本科以上,20-35岁,英语专业者优先…) but same 没有「一览里销售经理」的专门资料 caveat')
j('r57xfu-fu-08', 2, 'ok', '', 'attribute misread as age, but the full requirement list includes 至少有1年3人以上测试团队管理经验')
j('r57xfu-fu-09', 2, 'ok', '', 'doc does not rank duties; all 6 listed, first two are 容量规划/数据库支持')
j('r57xfu-fu-09', 3, 'ok', '', 'repeats the full list of 6 (already complete in the previous turn) instead of saying that was all')
j('r57xfu-fu-10', 0, 'partial', CAV, 'doc line 125 4年以上系统管理员经验; right, but prefixed 知识库中没有「平台sre岗」的专门资料…仅供参考 although it is exactly that posting')
j('r57xfu-fu-10', 1, 'partial', CAV, 'location 广州总部,珠江新城 right; same caveat repeated')
j('r57xfu-fu-10', 3, 'partial', CAV, 'duty (DevOps平台的开发和运维) right after the OOS turn; same caveat repeated')
j('r57xfu-fu-12', 1, 'wrong', 'wrong section', 'doc lines 44-49 加分项: terraform二次开发, 开源作品, 自驱自律, 运维开发; got 5 lines of 岗位要求 (intent kpi), no 加分项')
j('r57xfu-fu-12', 3, 'wrong', 'comparison not made', 'doc: Golang 后端 20-40k+ (line 27) vs Moka 产品经理 15k-40k * 15 (line 13); got the 产品经理 duties, no pay, no comparison')
j('r57xfu-fu-13', 2, 'ok', '', '加分项 line given; an extra bullet is the CSV 来源 URL (https://github.com/...) shown as if an item')
j('r57xfu-fu-17', 2, 'partial', 'comparison not made', 'doc: same except 机械 vs 电气 相关专业 and 有/持有资格证书; got both lists side by side (便于对比) with no statement of the difference')
j('r57xfu-fu-20', 0, 'ok', '', 'intent labelled duty, but answer 直接主管:分校校长 is right')
j('r57xfu-fu-20', 3, 'partial', 'ordinal not resolved', 'doc item 7 按领导审批过的退费手续,为客户办理退费结算; got the whole list of 10 duties instead of item 7')
j('r57xfu-fu-21', 2, 'ok', '', 'full requirement list; contains 2年以上 (label 从业年限 lost) and 2年以上出纳工作经验')
j('r57xfu-fu-22', 0, 'partial', 'typo not resolved', 'typo 人事行证部经理 not mapped to 人事行政部经理 (unlike 储被→储备); answer says 没有「人事行证部经理」这方面的专门说明 and shows one raw row 内部运营类(50%) | 工作目标完成率…')
j('r57xfu-fu-22', 1, 'partial', 'extra content', 'the 7 内部运营类 indicators right, but 制度及考勤(5%) 遵守制度和出勤率 appended as part of the answer (以上 8 项权重合计 55%)')
j('r57xfu-fu-23', 2, 'ok', '', 'leads with the indicator weight 5% but also gives 学习成长革新类（20%）')
j('r57xfu-fu-24', 0, 'partial', CAV, 'doc version 3 (专卖店) 其上级为店长; answer right but opens 知识库中没有「专卖店导购」的专门资料…仅供参考')
j('r57xfu-fu-24', 1, 'ok', '', 'not pinpointed: 10 duties of two versions; the two 每天早晨 items are there')
j('r57xfu-fu-25', 2, 'ok', '', 'evaluator counts a false refusal, but the previous two answers already listed all 3 benefit lines (生日专属假期, 免费食宿); "已经全部列出" is correct')
j('r57xfu-fu-26', 2, 'ok', '', 'near miss: says 业绩衡量标准 not given and quotes the 使用说明 that omits them')
j('r57xfu-fu-26', 3, 'wrong', 'false refusal', 'doc lines 38-39: 65 % 主要负责的行政管理工作; question read as attribute age, refused 没有写明年龄')
j('r57xfu-fu-27', 2, 'ok', '', '2.1-2.3 right; an unrelated 人力资源专员任职资格 line appended')
j('r57xfu-fu-28', 1, 'wrong', 'lost context', 'previous turn was cx14 财务分析报告 (附表: 格式/数据的准确性/数据的有效性/报告提交的及时性); got the cx04 财务部 KPI list')
j('r57xfu-fu-28', 2, 'ok', '', '格式 10% right; an unrelated cx04 row appended')
j('r57xfu-fu-30', 2, 'wrong', 'false refusal', 'doc line 17 熟悉《劳动法》《个人所得税法》及社保公积金政策; got 资料没有写明这一点 (intent method)')
j('r57xfu-jd-05', 0, 'partial', 'JD: misfiled items', 'JD cites cx10 throughout, but 其上级为店长… is listed as a duty, the advert fragment 让三分传媒卖场专区… as a duty and a KPI, 粤语优先/卖场促销经验 under 专业, 沟通能力 under 经验')
j('r57xfu-kpi_design-06', 0, 'ok', '', '5 of the 6 table indicators, weights 20 each = 100; 审计报告归档率 left out (said so); evaluator counts it missing')

idx = json.load(open('batch_index.json'))
forms = {(f['id'], f['turn']): f for f in json.load(open('forms.json'))}
items = {json.loads(l)['id']: json.loads(l) for l in open('set.jsonl')}
rows = [json.loads(l) for l in open('replay.jsonl')]
with open('judgments.tsv', 'w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for (iid, k), r in zip(idx, rows):
        v, c, n = J.get((iid, k), ('ok', '', ''))
        f.write(f'{iid}\t{k}\t{v}\t{c}\t{n}\n')
assert all(key in [tuple(x) for x in idx] for key in J), [k for k in J if list(k) not in idx]
V = {tuple(k): J.get(tuple(k), ('ok', '', ''))[0] for k in idx}
def share(keys):
    keys = list(keys); ok = sum(V[k] == 'ok' for k in keys); p = sum(V[k] == 'partial' for k in keys)
    return f'{ok}/{len(keys)} ok ({100*ok/len(keys):.0f}%), {p} partial, {len(keys)-ok-p} wrong'
print('all turns:', share(V))
print('first turns of follow-ups:', share(k for k in V if k[1] == 0 and '-fu-' in k[0]))
print('later turns:', share(k for k in V if k[1] > 0))
print('singles:', share(k for k in V if '-fu-' not in k[0]))
print('\nper primary form (later turns):')
byf = collections.defaultdict(list); byt = collections.defaultdict(list); byi = collections.defaultdict(list)
for k, fm in forms.items():
    byf[fm['form']].append(k); byi[fm['intent']].append(k)
    for t in [fm['form']] + fm['tags']: byt[t].append(k)
for f_, ks in sorted(byf.items(), key=lambda x: -len(x[1])): print(f'  {f_:18s}', share(ks))
print('\nper tag (a turn counts under each of its forms):')
for f_, ks in sorted(byt.items(), key=lambda x: -len(x[1])): print(f'  {f_:18s}', share(ks))
print('\nper intent (later turns):')
for f_, ks in sorted(byi.items(), key=lambda x: -len(x[1])): print(f'  {f_:18s}', share(ks))
allint = collections.defaultdict(list)
for k in V:
    it = items[k[0]]
    allint[it['intent'] if k[1] == 0 else 'followup-later'].append(k)
print('\nper item intent (all turns):')
for f_, ks in sorted(allint.items(), key=lambda x: -len(x[1])): print(f'  {f_:18s}', share(ks))
print('\nfailure classes:')
cc = collections.Counter(c for v, c, n in J.values() if v != 'ok')
for c, n in cc.most_common(): print(f'  {n:2d} {c}')
