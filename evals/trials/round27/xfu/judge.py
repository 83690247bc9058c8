import json,collections
J={}  # (id,turn) -> (verdict, class, note)
def j(i,t,v,c,n): J[(i,t)]=(v,c,n)
j('r27x-fu-01',3,'wrong','false refusal: word read as a post','Going back to the first answer: doc (cx02 职责:司机的考勤、考核等工作) says 根据司机出车情况进行考核; 做好司机出差、加班以及行车公里、油料等统计工作. gangwei took 司机 as a new post and refused ("只提到了「司机」这个岗位").')
j('r27x-fu-03',1,'wrong','false refusal: ordinal by document numbering','cx03 item d) 责培训业务经营发展的规划,核心组课程的引入. The previous answer listed it as item 4; gangwei did not map "d)" and refused (intent method).')
j('r27x-fu-03',3,'ok','','All 9 部门职能 listed; cosmetic: the 2.x numbering left a stray digit ("1负责…").')
j('r27x-fu-04',3,'ok','','Expected refusal (权重 column empty). gangwei says 没有写明权重 and then re-lists the indicators; correct content, the evaluator counts it as "answered OOS".')
j('r27x-fu-05',0,'partial','compound question half answered','Asked 招几个人 + duties. cx05 cell 机械技术员（4名）; gangwei gave the 3 duties but not the headcount 4名.')
j('r27x-fu-05',3,'ok','','Lists both posts\' requirements side by side (大专 vs 本科); no explicit verdict but the answer is there.')
j('r27x-fu-07',0,'partial','list cut (skills subset)','cx06 京东物流 任职要求 has 10 items incl. 7 小程序, 8 NPM/Grunt, 9 组件封装; gangwei routed to attribute skills and listed only items 1-6, dropping 小程序.')
j('r27x-fu-07',1,'partial','list cut (skills subset)','Company switch resolved (美团成都). Doc lines 86-90 have 5 items; gangwei (skills attribute) gave items 1,4,5 and dropped 2 前端工程化 and 3 CSS/JavaScript.')
j('r27x-fu-07',2,'ok','','Duties of 美团 posting correct; noise item "岗位描述".')
j('r27x-fu-07',3,'wrong','false refusal: comparison','Compare 美团 (3年及以上, line 86) with 京东 (3-5年及以上, line 99); gangwei refused with the generic "知识库中没有…".')
j('r27x-fu-09',0,'ok','','2-5 年 Golang 经验 correct; 3 extra lines (MySQL, Linux, terraform) labelled as experience.')
j('r27x-fu-09',2,'ok','','加分项 correct; noise: the source URL listed as an item.')
j('r27x-fu-10',3,'partial','lost context: company (他们家)','"他们家" = Moka; gangwei parsed "家前端开发工程师", fell back to 前端开发工程师 and gave 杭州 (百腾) first and Moka 北京/成都 second, without saying which is Moka.')
j('r27x-fu-12',3,'wrong','answered OOS','Where/how to take the 电工证 is not in the corpus; gangwei answered with 高压值班电工 requirements and 电气技术储备 duties instead of refusing.')
j('r27x-fu-15',2,'partial','item not isolated','Asked 第7条 退费; gangwei re-listed all 10 duties (item 7 按领导审批过的退费手续 included) instead of item 7.')
j('r27x-fu-16',0,'partial','ingestion: pdf paragraph after table read as requirement','Education/major answered (会计、金融类专业大专或以上学历), but the list also carries the 舞弊 penalty paragraph (pdf lines 29-31, after the table) as 3 "requirements".')
j('r27x-fu-16',1,'ok','','Answer 2年以上 (从业年限) is right; doc also has 2年以上出纳工作经验, which gangwei did not cite.')
j('r27x-fu-17',1,'ok','','Correct (绩效、薪资管理完成率 15%), then the whole table.')
j('r27x-fu-17',2,'partial','contradictory note','Scoring shown (实际完成数量/计划完成数量*100%, 100%→10分…) but the card ends with "资料中没有写明它的计算公式" although the formula is the first line of the cell.')
j('r27x-fu-21',2,'partial','item not isolated','Asked the 65% block (lines 39-47: 归档、大事记、办公用品、食堂、福利、固定资产、年会); gangwei listed all 17 duties (cut at 15) incl. the 15% blocks and the block titles as duties.')
j('r27x-fu-22',0,'wrong','false refusal: intent misroute','cx13 lines 9-14 (1人力资源招聘 1.1-1.3) answer it; "咋要求的" was read as qualification and gangwei said 招聘专员 has no 任职要求 ("现有的是它的岗位职责").')
j('r27x-fu-22',1,'ok','','2.1 correct despite the refused first turn.')
j('r27x-fu-23',1,'ok','','Experience line given (plus education line).')
j('r27x-fu-23',2,'wrong','false refusal: ordinal by document numbering','cx15 二、基本素养 2. 会爱学生…懂得教育教学的基本规律; gangwei refused with the generic message.')
j('r27x-fu-23',3,'wrong','answered OOS','寒暑假 is not in the corpus; gangwei fell back from 教务老师 to 教务 and printed its whole requirements list.')
j('r27x-fu-24',0,'ok','','Typo 合算 resolved to 薪资核算专员 with a note.')
j('r27x-fu-24',1,'partial','item not isolated','Asked the 个税 item (6. 个税申报 …汇算清缴); gangwei gave items 2-6 as a window, intent method.')
j('r27x-fu-24',3,'wrong','false refusal: word read as an attribute','cx16 item 5 薪资发放: 处理发放异常(如银行卡失效、金额错误等),及时跟进补救. "薪资" was read as the pay attribute: "资料没有写明薪资".')
j('r27x-fu-25',0,'ok','','All 7 资金部 indicators; dimensions marked 推断.')
j('r27x-attr-01','0','partial','attribute missed (purpose -> duties)','cx02 工作目的: 为了满足客户用车需求,对司机车辆进行合理调配,保证服务及时到位等. gangwei answered the duty list, not the 工作目的.')
j('r27x-comp-01',0,'partial','compound question half answered','Asked duties and requirements of 文案策划; gangwei gave only requirements (大专以上…), none of the 4 duties (撰写 宣传文案…).')
j('r27x-comp-02',0,'partial','compound question half answered','Asked duties and 福利 of 前台; gangwei gave the 5 duties only, no 福利 (休4天, 两班, 生日假, 免费食宿, lines 14-16).')
j('r27x-jd-01',0,'partial','missed field in JD','JD has both sections with citations, but 所属部门 is 【待补充】 although the pdf says 所属部门 财务部, 学历 is 【待补充】 though 大专或以上 is in the 专业 line, and 其他 holds the 舞弊 penalty sentence.')
j('r27x-jd-02',0,'wrong','tool routing missed','"岗位说明书草稿" should start the JD tool; gangwei answered the one-line duty (钢结构一次生产线剪板机操作) as a duty question; no qualification section.')
j('r27x-kd-01',0,'ok','','5 indicators from the HR sheet, 3 BSC dimensions, weights sum 100, says which were left out; 2 expected indicators not chosen (a choice, not an error).')

d=json.load(open('eval/eval.json'))['report']['systems']['gangwei']['questions']
rows=[]; cnt=collections.Counter(); byint=collections.defaultdict(collections.Counter)
items={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl')}
for x in d:
    k=(x['item_id'],x['turn']); k2=(x['item_id'],str(x['turn']))
    v,c,n=J.get(k) or J.get(k2) or ('ok','','')
    rows.append((x['item_id'],x['turn'],v,c,n))
    it=items[x['item_id']]
    intent = it['intent'] if x['turn']==0 and it['intent']!='followup' else ('followup first turn' if x['turn']==0 else 'later: '+it['turns'][x['turn']-1]['intent'])
    byint[intent][v]+=1
    if c: cnt[c]+=1
used={(r[0],r[1]) for r in rows}|{(r[0],str(r[1])) for r in rows}
assert all(k in used for k in J), [k for k in J if k not in used]
with open('judgments.tsv','w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str,r))+'\n')
print(collections.Counter(r[2] for r in rows))
for k,v in sorted(byint.items()): print(k, dict(v), f"ok {v['ok']}/{sum(v.values())}")
for c,n in cnt.most_common(): print(n,c)
