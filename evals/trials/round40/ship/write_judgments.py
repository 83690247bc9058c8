import json, collections
S = json.load(open('eval/eval.json'))['report']['systems']
G = S['gangwei']['questions']
J = {  # key -> (verdict, class, note)
 'r40s-duty-03': ('partial', 'list cut', 'Doc L617-631 lists 7 工作内容 items; gangwei led with the 6 duties (not asked) and showed only 5 of the 7 工作内容 items as "另一份资料还提到", dropping 市场调查 and 张贴宣传品 without a "还有" hint.'),
 'r40s-duty-08': ('wrong', 'wrong post', 'Doc 004 篇3 (L47-54, store name 广汽丰田龙华宁海店 on L55 after the list) gives 8 duties (客户服务部全面工作, CIS考核, 投诉督察, 安全卫生...). Gangwei said no 客户经理 list exists and quoted the tobacco 客户经理 paragraph (001 L365) and a resume (002 L80-82).'),
 'r40s-duty-10': ('wrong', 'wrong post', 'Doc 001 L135/L145: 凉山邮政大客户经理 duties = 基础工作、大客户服务和维护、信息反馈、大客户营销/业务揽收. Gangwei answered with the other 大客户经理 (004 篇8, 营运总监, 19 items), ignoring "凉山邮政"; top retrieval hit (001:131-135) was right.'),
 'r40s-duty-11': ('partial', 'list cut', 'Doc L455-459: items 1-2 plus an unnumbered continuation paragraph (L459: 定期沟通、收集市场信息、协助开户/出入金/帐单签署). Gangwei gave items 1-2 only, dropped L459.'),
 'r40s-duty-12': ('wrong', 'false refusal', 'Doc 000 范文8: L819 "我竞聘的岗位是柜台经理", L837 "职位主要是负责柜台日常事务...防范风险及对新员工的柜台业务传授" (same text L583, L879 with ****职位). Gangwei: "只提到了柜台经理这个岗位，没有它的职责", refused.'),
 'r40s-duty-15': ('wrong', 'wrong section', 'Doc 002 L6-10/L15: 客户经理 as 新增贷款第一责任人, "六包", "三化三无", 无限清收责任. Gangwei quoted the 法律时效 attachment (L28-32), 指导思想 and only L7; none of the key facts.'),
 'r40s-qual-08': ('partial', 'section bleed', 'Requirements 1-5 correct (L547-555), but items 6-8 are the 应聘须知 lines (L561 近照附件, L565 注明期望薪资, L567 邮寄地址) listed as job requirements.'),
 'r40s-qual-10': ('wrong', 'false refusal', 'Doc 002 L211-213 (技术: 应届生211/985计算机相关专业+实习项目; 社会人士3年(含)以上大型企业信息技术经历). Gangwei parsed the role as "招技术岗" and refused; top retrieval hit was the right passage.'),
 'r40s-attr-02': ('wrong', 'wrong post', 'Doc 001 L365: 客户经理与市场经理 "从级别上来说是上下级关系" (烟草). Gangwei answered the 004 大客户经理 "在营运总监的直接领导下" (matched 直接领导); gold line not in its top 10.'),
 'r40s-attr-05': ('wrong', 'missed field', 'Doc 001 L139: 外勤津贴 "州局可按150元/月核定". Gangwei returned only the pay-structure sentence (业绩工资+营销奖励+外勤津贴, L133) with no amount; "补贴" vs "津贴".'),
 'r40s-method-01': ('partial', 'wrong section', 'Doc 001 L185: 四项得分加总后除以100, 乘以业绩工资基数800元/月. Gangwei gave the 800元 base (L135) and the 100-point principle (L145) but not the formula line.'),
 'r40s-jd-02': ('partial', 'wrong post', 'Duties section complete and cited (004 L74-86). KPI section borrows 基础工作/信息反馈/大客户服务和维护 from the 凉山邮政大客户经理 score table (001 L149-153), unrelated to a property service manager (flagged 推导：指标库).'),
 'r40s-kd-01': ('wrong', 'wrong post', 'Doc 000 L91: 支行客户经理 (技术性业务岗位) KPIs = 日均存款新增额/余额、日均贷款新增额/余额、中间业务收入、新增对公存款账户数、新增个人VIP客户数、客户档案信息的完整性、接触次数、培训时间. Gangwei designed from 凉山邮政大客户经理 score items + a derived 销售额达成率 from 004 大客户经理; 0/4 expected indicators.'),
 'r40s-fu-02#2': ('wrong', 'false refusal', 'Doc 001 L37-39 (item 4): "并向会所总经理书写上交这些报告" - gangwei even showed it in turn 1; on "他的报告交给谁?" it said the material does not state it (intent read as method).'),
 'r40s-fu-03#2': ('wrong', 'missed field', 'Doc 001 L111: "一个按摩技师部门大约设置2~3名主管, 一个主管下面管理10名左右的技师". Gangwei quoted L65 ("经理一般只设一名") and said no specific statement.'),
 'r40s-fu-04': ('partial', 'section bleed', 'Items 1-4 are the 晨会 content (L144-147); items 5-7 are 第四章 实物管理 lines (L148-150) shown as 晨会 content because 第四章 starts mid-line.'),
 'r40s-fu-05': ('partial', 'noise', 'Correct line (002 L199) present, but mixed with 4 unrelated passages (导语, 001 L455 关键岗位梳理, 004 L256 稽核, 000 L419 交易专员).'),
 'r40s-fu-08': ('partial', 'list cut', 'Doc 004 L14: four parts 一客户资源开发 二合作关系建立 三授信业务审批跟进 四客户维护和服务 in one paragraph. Gangwei showed only 一 and 四 (二、三 dropped), plus L18 layers.'),
 'r40s-fu-08#1': ('wrong', 'lost context', '"第三块" = 授信业务审批跟进 (授信调查报告上报、业务内部沟通、审批跟进). Gangwei resolved it against its own cut list and answered 四 客户维护和服务.'),
 'r40s-fu-08#2': ('wrong', 'wrong section', 'Doc 004 L16: K = 产品知识、企业制度、金融基础知识、相关宏观政策 (and S/A). Gangwei answered the 知识管理 paragraph (L115), intent read as method.'),
 'r40s-oos-02': ('wrong', 'answered OOS', 'No number of days in the corpus (001 only says 在规定期限内休假). Gangwei answered with definitions of 强制休假/离岗审计 instead of saying it is not stated.'),
 'r40s-oos-03': ('wrong', 'answered OOS', 'Notice period (labour law) not in corpus. Gangwei quoted 行长离职较多 (002 L218-219) and 柜员存贷款 lines.'),
 'r40s-oos-04': ('wrong', 'answered OOS', 'Programming request. Gangwei answered with the 人员招聘 passage (003 L118-121, 智联网招聘).'),
 'r40s-oos-06': ('wrong', 'answered OOS', '骆伽 is only a character in a sales story (004 L269-283); no duties. Gangwei answered with generic 销售人员 duties (000 L115-127) "仅供参考".'),
}
NOTES_OK = {
 'r40s-duty-09': 'Correct (002 L190) despite the "没有岗位说明" preface.',
 'r40s-duty-16': 'Correct (004 L40) despite the preface.',
 'r40s-qual-09': 'All 教师 requirements incl. the 英语专业四级 line; one repeated fragment.',
 'r40s-qual-11': 'First bullet answers (004 L179); 2 noise passages.',
 'r40s-kpi-02': 'Answer present (004 L167); the 弊端 section (L168-176) bleeds in.',
 'r40s-kd-02': '7 indicators from 000 L131; 客户满意度 dropped by the 7-indicator cap, stated in a note.',
 'r40s-fu-04#2': 'L137 quoted (服从本团队负责人的统一领导) amid noise.',
 'r40s-fu-05#2': 'Refused correctly (柜员 pay not stated).',
 'r40s-oos-01': 'Refused: 分析师 pay not stated.', 'r40s-oos-05': 'Refused: 小米客服 only named.',
 'r40s-oos-07': 'Refused.', 'r40s-oos-08': 'Refused: pay not stated.',
 'r40s-jd-01': 'Duties, 学历/专业/技能/工作地点 cited; 所属部门 客服中心 right; 直属上级 left 待补充 (correct).',
}
rows = ['id\tturn\tverdict\tfailure_class\tnote']
by_intent = collections.defaultdict(lambda: [0, 0, 0])
cls = collections.Counter()
for q in G:
    k = q['key']; v = J.get(k)
    verdict, fc, note = v if v else ('ok', '', NOTES_OK.get(k, ''))
    rows.append(f"{q['item_id']}\t{q['turn']}\t{verdict}\t{fc}\t{note}")
    intent = ('followup-first' if q['item_id'].split('-')[1] == 'fu' and q['turn'] == 0 else
              'followup-later' if q['turn'] > 0 else q['intent'])
    by_intent[intent][0] += 1
    by_intent[intent][1] += verdict == 'ok'
    by_intent[intent][2] += verdict == 'partial'
    if fc: cls[fc] += 1
assert not set(J) - {q['key'] for q in G}
open('judgments.tsv', 'w').write('\n'.join(rows) + '\n')
print('intent\tn\tok\tpartial')
for k, (n, ok, p) in by_intent.items(): print(f'{k}\t{n}\t{ok}\t{p}')
tot = sum(v[0] for v in by_intent.values()); print('total', tot, 'ok', sum(v[1] for v in by_intent.values()), 'partial', sum(v[2] for v in by_intent.values()))
print(cls.most_common())
