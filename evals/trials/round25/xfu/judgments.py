import json, collections
J = {}  # key -> (verdict, class, note)
def j(key, v='ok', c='', n=''):
    J[key] = (v, c, n)
W = {
 'r25x-fu-02#1': ('partial', 'list cut', '他考核看哪些目标: cx01 岗位工作目标 has 7 goals (two cells); answer listed 5, dropped 1 经营管理成本预、核算准确率100 and 6 财务报表编制的及时性 (01#3, same question form, listed all 7).'),
 'r25x-fu-02#3': ('wrong', 'ordinal: wrong list', '任职技能第五条: cx01 任职基本技能 item 5 = 有资本运作、证券融资以及兼并收购…; gangwei counted the 5th line of its merged 任职要求 list (精通国家财税法律规范…, skills item 2).'),
 'r25x-fu-03#1': ('partial', 'missed field', '归谁管 是几级岗: gave 直属上级 车辆租赁中心主任, omitted 岗位层级 十二 (same table).'),
 'r25x-fu-04#2': ('partial', 'wrong section', 'switch to 出纳 (experience/skills): 2年以上 and OFFICE given, but it prefixed "知识库中没有「学校出纳」的专门资料" although cx08 is a 培训学校 出纳, and appended the 舞弊 penalty clause as 任职要求 items 10-12, cut mid-sentence.'),
 'r25x-fu-04#3': ('partial', 'mixed posts', '难点/忌讳: cx02 工作难点 人员车辆及时到位, 工作禁忌 服务态度不好 were given, but mixed with 出纳 header lines and the 舞弊 clause, each block labelled only 《岗位说明书》 with no post name. (Set note: after the 出纳 switch "这个岗位" is ambiguous; 出纳 has no 难点.)'),
 'r25x-fu-06#2': ('ok', '', 'Formula correct, but framed as "公司通用制度中的相关规定" and routed as attribute/pay; evaluator flags the xlsx:8-9 citation as 引用原文不符.'),
 'r25x-fu-06#3': ('ok', '', 'OOS (cx04 权重 column empty): answer opens "没有写明权重" then lists the indicators. Evaluator counts this as answered.'),
 'r25x-fu-07#2': ('ok', '', '第四个: gangwei regrouped the 审计部 list by inferred dimension, so its 4th shown item is 审计报告归档率 and it explained that one (no formula in source). Consistent with what the user saw; the set gold assumed document order (审计结果准确性).'),
 'r25x-fu-07#3': ('ok', '', 'Dumped 5 资金部 rows instead of the one asked; 头寸 row with 因没有及时掌握资金头寸信息,导致公司损失的金额 included.'),
 'r25x-fu-10#2': ('partial', 'missed field', '换美团的前端 after asking pay+city: gave 美团 成都 but said nothing about pay, which the 美团 row leaves empty (should say 薪资未写明). Set note: gold expected a full refusal; city was answerable.'),
 'r25x-fu-12#1': ('wrong', 'answered OOS', 'DBA posting states no years of experience; gangwei presented "熟悉MySQL高可用架构方案的部署维护,有实际维护经验…" as the experience requirement instead of saying it is not stated.'),
 'r25x-fu-14#2': ('ok', '', '加分项 (绩效/OKR…) was already item 5 of the first answer; "上面列出的5条就是全部" is correct. Evaluator counts it as a refusal.'),
 'r25x-fu-14#3': ('wrong', 'false refusal', '日常干点啥: cx06 lines 13-17 list 4 工作职责 of 产品经理-People-成都; gangwei routed to method and said 没有写明, while offering "现有的是它的岗位职责".'),
 'r25x-fu-18#3': ('wrong', 'lost context', '"回到部长 专业有要求吗": took "回到部长" as a post name and refused; cx07 line 74 gives 设备动力管理、机电一体化等相关专业. ("回到焊工"/"回到机修工" worked.)'),
 'r25x-fu-19#1': ('partial', 'missed field', '直接领导跟隔级领导: gave 分校校长, omitted 隔级领导:总经理 on the same line.'),
 'r25x-fu-19#3': ('partial', 'missed field', '平级/下属: gave 直接下级 无, omitted 平级:会计 on the same line.'),
 'r25x-fu-20': ('partial', 'wrong section', 'Education/certificate answered (大专, 会计从业资格证), but the 舞弊 penalty paragraph is listed as 任职要求 items 10-12, cut mid-sentence.'),
 'r25x-fu-22#3': ('partial', 'missed field', '倒班/粤语: gave 适应轮班制 (labelled 福利), ignored the 粤语 half (cx10 line 39: 粤语优先, not required).'),
 'r25x-fu-23': ('ok', '', 'Correct 专卖店 duties (早晨 调整样板, 更换标签/POP) but prefixed "没有「专卖店导购」的专门资料".'),
 'r25x-fu-25#3': ('wrong', 'false refusal', '时间主要花在哪块: cx12 lines 38-39 give 65% 主要负责的行政管理工作 (15%/15% others); gangwei routed to method and refused.'),
 'r25x-fu-26#3': ('wrong', 'ordinal: wrong list', '第二部分: cx13 section 2 = 转正考核与异动管理 (2.1-2.3); gangwei expanded list item 2 (1.2 组织实施招募活动).'),
 'r25x-fu-27': ('partial', 'missed section', '财务分析会计 KPI: gave only the 软指标评分表 (格式/准确性/有效性/及时性) and said there is no post description; omitted the main 4-KPI table (企业内控制度的调整 25%, 财务分析报告 30%, 利润中心的操作维护 20%, 月底结帐处理 25%).'),
 'r25x-fu-27#2': ('wrong', 'lost context', '月底结帐权重/扣分: cx14 line 6-7: 25%, 耽误一次得0分 / 错一次得80分…; gangwei repeated the 软指标评分表 answer of the previous turn.'),
 'r25x-fu-28#3': ('ok', '', '基本素养 were already in the first answer (8 items); "就是全部" is correct. Evaluator counts it as a refusal.'),
 'r25x-fu-29#3': ('ok', '', 'All 4 requirements already listed; "就是全部" correct. Evaluator counts it as a refusal.'),
 'r25x-fu-30#1': ('ok', '', 'All 8 duties already listed; "就是全部" correct. Evaluator counts it as a refusal.'),
 'r25x-fu-05': ('ok', '', 'Typo 培训部经里 resolved with a did-you-mean note.'),
 'r25x-fu-29': ('ok', '', 'Typo 薪资合算专员 resolved with a did-you-mean note.'),
 'r25x-fu-25#1': ('ok', '', 'List cut at 15 of 17 with an explicit "问「还有吗」看其余"; group labels (主要职责) mixed into the duty list.'),
}
d = json.load(open('eval/eval.json'))
qs = d['report']['systems']['gangwei']['questions']
forms = json.load(open('forms.json'))
rows = ['id\tturn\tverdict\tfailure_class\tnote']
stats = collections.defaultdict(lambda: collections.Counter())
for q in qs:
    key = q['key']; t = q['turn']
    v, c, n = W.get(key, ('ok', '', ''))
    rows.append(f"{q['item_id']}\t{t}\t{v}\t{c}\t{n}")
    form = forms.get(key, 'first turn')
    ev = q.get('followup_ok')
    if ev is None:
        ev = (q['refused'] == q['expect_refusal']) and (q['expect_refusal'] or (q.get('key_point_coverage') or 0) >= 0.5)
    stats[form][v] += 1; stats[form]['n'] += 1; stats[form]['eval'] += bool(ev)
    stats['ALL later' if t else 'ALL first'][v] += 1; stats['ALL later' if t else 'ALL first']['n'] += 1
    stats['ALL later' if t else 'ALL first']['eval'] += bool(ev)
open('judgments.tsv', 'w').write('\n'.join(rows) + '\n')
print('| form | turns | ok | partial | wrong | hand ok % | evaluator pass |')
print('|---|--:|--:|--:|--:|--:|--:|')
order = ['ellipsis','attribute','ordinal','switch_same','switch_other','more','pronoun','return','kpi','oos','ALL later','first turn','ALL first']
for f in order:
    s = stats[f]
    print(f"| {f} | {s['n']} | {s['ok']} | {s['partial']} | {s['wrong']} | {100*s['ok']/s['n']:.0f}% | {s['eval']}/{s['n']} |")
cls = collections.Counter(W[k][1] for k in W if W[k][0] != 'ok')
print(cls.most_common())
