import json, collections
J = {  # key: (verdict, class, note)
'r39s-duty-03': ('wrong', 'wrong post', '000:311-317 lists 产品服务专员 duties (新业务测试、编写培训宣传资料、400电话); gangwei did not map "做产品服务的专员" to that post, said there is no 「客服」 post and listed generic 客服专员 sections of 002 (gold was its rank 2)'),
'r39s-duty-10': ('partial', 'wrong label', 'duties are right (002 范文四 超市/商场 客服专员), but the header attributes them to 「某网店」, a different company section (002:294)'),
'r39s-qual-11': ('wrong', 'wrong section', '002:208-210 (香饽饽 · 柜员): 精确完成柜台业务、一站式推广产品; 取得会计/理财/基金/保险从业资格. gangwei said there is no 银行柜员 post and returned the 柜员 duty text (002:190) and deposit-quota remarks (gold at rank 5)'),
'r39s-qual-12': ('wrong', 'false refusal', '002:211-213 (技术): 应届 211/985 计算机相关专业; 社会人士3年以上大型企业信息技术从业经历. gangwei refused; passage not in its top 10'),
'r39s-attr-03': ('wrong', 'false refusal', '000:529-531: Cisco认证证书者优先, 期货从业资格优先. "证书是加分项" was read as a KPI question; answer: 资料没有写明考核指标'),
'r39s-kpi-02': ('partial', 'missed field', 'asked for the items AND their points; 001:149-155 gives 基础工作20/服务和维护30/信息反馈20/营销30. gangwei named the four items (001:135) but gave no points; the scored list (gold) was rank 2 and not quoted'),
'r39s-jd-01': ('partial', 'missed field', 'JD 基本信息 leaves 直属上级/下属 【待补充】 although 004:118-124 states 营运总监 and 有直属下级 (the 营运总监 line is only placed under 工作关系); KPI section mixes in the 邮政 大客户经理 table from 001 (another company)'),
'r39s-kd-01': ('wrong', 'wrong post', 'bank 客户经理 KPI: 000:63-69 lists indicators by BSC dimension (不良贷款降低率、市场占有率、客户满意度、新增个人VIP客户数…). The tool built the table from the 邮政 大客户经理 score sheet (001) and one derived indicator; 0/4 expected indicators'),
'r39s-fu-04': ('partial', 'list cut', 'asked for the steps: 000:143-175 has 5 steps (阅读检查职责、分析职责、提取可衡量指标、排序、确定). gangwei quoted steps 1, 4, 5 only; 第二步/第三步 missing'),
'r39s-fu-04#1': ('wrong', 'lost context', '"第二步具体怎么做" = the document\'s 第二步:分析岗位职责 (000:149-157, 职责的产出/客户/客户要求). gangwei took the 2nd bullet of its own previous answer (第五步 确定关键绩效指标)'),
'r39s-fu-04#2': ('wrong', 'false refusal', '000:175: 岗位关键绩效指标以4-7个为宜 (text already shown in turns 1-2); gangwei refused the turn as out of scope'),
'r39s-fu-07': ('partial', 'wrong section', 'qualification list 000:547-555 is right, but items 6-11 are the 应聘方式 (e-mail subject format, 邮寄地址) bled in from the following lines 557-567'),
'r39s-oos-02': ('wrong', 'answered OOS', '004:155 "八、工作环境:" is empty; gangwei answered with the whole 大客户经理 duty list'),
'r39s-oos-05': ('wrong', 'answered OOS', 'no 五险一金 rates in the corpus; gangwei answered with a 绩效与激励 paragraph (003) and the 社保手续办理 duty line (000:403)'),
'r39s-oos-06': ('wrong', 'answered OOS', 'no 试用期 rule in the corpus (labour law); gangwei quoted 劳动合同(期限一年) and 招聘档案 rules (003:159-161) as if they answered'),
}
OKN = {
'r39s-duty-01': 'note: source swaps the duties of 宣传专员/制度专员; gangwei reports them as written',
'r39s-duty-15': 'odd preface "没有「客户经理」的岗位职责清单" but the 网格客户经理 list is complete',
'r39s-duty-16': 'says no 物业客服中心经理 and offers 客户服务中心经理 (the 物业 one) - correct post',
'r39s-attr-02': 'answered as duty list; the 备注 line names 上海',
'r39s-attr-06': '150元/月 line is the 3rd bullet after two薪酬 paragraphs (gold rank 2)',
'r39s-method-01': 'gold rank 2; the 5/3/1 scoring is quoted',
'r39s-fu-02': 'gold rank 2 (duty chunk first); answer exact',
'r39s-fu-08': 'rank 4 by the evaluator, but 004:118 (cited) also says 在营运总监的直接领导下 - my gold listed only line 120 (gold incomplete, tester error)',
'r39s-kd-02': 'uses the 定量考核 list of 000:131',
}
ev = json.load(open('eval/eval.json'))['report']['systems']
base = {q['key']: q for q in ev['baseline']['questions']}
items = {json.loads(l)['id']: json.loads(l) for l in open('set.jsonl')}
rows = []; per = collections.defaultdict(lambda: [0, 0, 0]); cls = collections.Counter(); ex = collections.defaultdict(list)
for q in ev['gangwei']['questions']:
    k = q['key']; it = items[q['item_id']]
    turn = q['turn']
    v, c, n = J.get(k, ('ok', '', OKN.get(k, '')))
    rows.append(f"{q['item_id']}\t{turn}\t{v}\t{c}\t{n}")
    intent = (it['intent'] if turn == 0 else 'followup-later')
    if it['intent'] == 'followup' and turn == 0: intent = 'followup-first'
    per[intent][0] += 1; per[intent][1] += v == 'ok'; per[intent][2] += v == 'partial'
    if v != 'ok': cls[c] += 1; ex[c].append(k)
open('judgments.tsv', 'w').write('id\tturn\tverdict\tfailure_class\tnote\n' + '\n'.join(rows) + '\n')
for i, (n, o, p) in per.items(): print(f'{i}\t{n}\tok {o}\tpartial {p}')
print(cls.most_common()); print(dict(ex))
# miss ranks
causes = {
'r39s-duty-03': 'paraphrased title (做产品服务的专员) not matched to 产品服务专员; generic 客服专员 section 002:299 ranked first',
'r39s-qual-11': 'requirements sit under a non-standard heading (这些职位是…香饽饽 / 一、柜员); 柜员 duty section 002:187-190 ranked first',
'r39s-qual-12': 'title is just "技术:" under the 香饽饽 heading; 中行/社招 wording matched other passages; gold not in top 10',
'r39s-attr-06': 'the 考核办法 chunk (001:141-157) that mentions 外勤津贴 outranked the 薪酬结构 line 139',
'r39s-kpi-02': '薪酬结构 paragraph naming the four parts (001:131-135) outranked the scored list 147-155',
'r39s-method-01': 'intro of the 5-step passage (000:141-147) ranked above the 第四步 scoring passage',
'r39s-kd-01': 'generic KPI-design method passages (000:43-55) ranked above the dimension indicator list 63-69',
'r39s-fu-02': 'duty chunk 603-615 ranked above the header chunk 597-601 holding 直属上司',
'r39s-fu-08': 'gold incomplete: line 118 (rank 2 chunk 117-118) also states 营运总监; 所施监督 chunk 123-124 ranked first',
}
out = ['id\tgangwei_rank\tbaseline_rank\tcause']
for q in ev['gangwei']['questions']:
    if q['turn'] == 0 and not q['expect_refusal'] and q['first_rank'] != 1:
        b = base[q['key']]['first_rank']
        out.append(f"{q['key']}\t{q['first_rank'] or '>10'}\t{b or '>10'}\t{causes[q['key']]}")
open('miss_ranks.tsv', 'w').write('\n'.join(out) + '\n')
print('\n'.join(out))
