import json
J={ # key: (verdict, class, note)
'r30xq-duty-04':('wrong','false refusal: alias title','doc cx06 62-68 lists the DBA duties (容量规划, SQL调优, 备份恢复); gangwei retrieved them at rank 1 but refused: 「数据库管理员」 not mapped to DBA'),
'r30xq-duty-05':('wrong','false refusal: alias title','cx07 li 7 of 采购员: 协助仓储部门做好采购物资的验收工作; retrieval rank 1, but 「采购」 not resolved to 采购员 and the answer is a refusal'),
'r30xq-duty-06':('ok','','lists 维修电工 items incl. 断电、挂牌; opens with "没有「电工」的岗位说明" and never names 维修电工'),
'r30xq-duty-08':('wrong','false refusal: retrieval miss','cx12 65% block (lines 38-47: 资料库, 大事记, 食堂 …) is the biggest time share; gold chunk ranked 6, gangwei answered "资料中没有写明" with the 使用说明 paragraph'),
'r30xq-duty-10':('ok','','right item (年终奖计发) plus items 8-9; intent tagged attribute/pay'),
'r30xq-qual-02':('wrong','wrong posting','cx06 line 104 (京东物流 前端研发工程师): 熟悉React Native、Flutter; gangwei answered the 杭州百腾教育 前端 posting (git, HTML5, React/Bootstrap) and said it has no material for 「去京东物流面前端」'),
'r30xq-qual-04':('wrong','missed field','cx08 row 素 质: 良好的职业道德;工作条理性强,效率高;…团队合作精神; gangwei gave 岗位综述, 从业年限, 知识技能 and the 舞弊 penalty paragraph, not the 素质 row'),
'r30xq-qual-09':('partial','wrong section','requirement line 10 (熟悉酒店预订系统、收银系统操作) not shown; gangwei printed the duty list, which only mentions the systems in passing'),
'r30xq-attr-04':('wrong','false refusal: field not read','cx03 3.1: 培训部配置人员4名,其中培训部经理1名,培训顾问1名,培训助理1名; gangwei: "资料没有写明直接下级"'),
'r30xq-attr-06':('wrong','false refusal: alias title','cx06 line 13: 产品经理-People-成都, 成都; "绩效产品经理" (the posting is about 绩效爆品) not mapped; refusal (key points only hit through the refusal\'s role list)'),
'r30xq-attr-11':('partial','missed field','cx08: 隔级领导:总经理 平级:会计; gangwei gave 隔级领导 总经理 and the 直属上级 分校校长, never the 平级 会计'),
'r30xq-kpi-04':('ok','','whole 资金部 block incl. row 6 (损失的金额); not focused'),
'r30xq-kpi-05':('ok','','5 rows of the 内部运营类 block incl. 绩效、薪资管理完成率 15% 扣2分/次; not focused'),
'r30xq-kpi-06':('ok','','row 部门员工保有率 (大于70%为5分…) shown last of 5 rows; hedge "没有「经理」的岗位说明" is odd'),
'r30xq-kpi-08':('wrong','wrong section','cx14 lines 6-7 月底结帐处理: 及时性50% 耽误一次得0分, 准确性50% 错一次得80分…; question says 结账 (doc: 结帐); gangwei answered the 财务分析报告 评分表 (格式10%, 准确性30% …)'),
'r30xq-jd-03':('partial','list cut','cx12 has three duty blocks; the draft stops after the 65% block (item 12) and drops the 15% block 部门内部建设 (队伍建设, 考勤, 外联接待); KPI section borrows 人事行政部经理 indicators from cx09 (marked 推导)'),
'r30xq-kd-03':('partial','intent misrouted','not routed to the kpi_design tool: printed the whole cx09 sheet (16 rows, weights) instead of a design; content correct'),
'r30xq-kd-04':('ok','','4 indicators from the HR sheet over 3 BSC dims, weights 100; picked 薪资总量/书面化比率 instead of my 编制控制率/空缺天数 (reasonable choice)'),
'r30xq-oos-04':('ok','','says 资料中没有写明 and quotes the 使用说明 that omits the 衡量标准'),
'r30xq-oos-05':('ok','','shows the indicator and says "资料中没有写明它的权重" — correct; the evaluator counts it as answered'),
'r30xq-oos-06':('wrong','answered OOS','a how-to on writing a terraform provider; gangwei quoted the Golang 后端 加分项 (熟悉 terraform 二次开发经验) as an answer'),
'r30xq-oos-07':('ok','','"焊工的资料没有写明薪资"'),
'r30xq-oos-08':('ok','','"没有写明试用期"'),
'r30xq-fu-02#1':('partial','intent misrouted','asked where the 测试经理 works; gangwei repeated the duty list; 广州 only visible in the company name 慧算账研发广州平台'),
'r30xq-fu-02#2':('ok','','requirement list incl. 5年以上测试工作经验'),
'r30xq-fu-03#1':('partial','list cut','学习成长革新类(20%) has 4 rows (19-22), rows 20-22 have a blank label; gangwei gave only 部门员工保有率'),
'r30xq-fu-03#2':('ok','','5 rows incl. 员工测评 依据测评表实际得分; not focused'),
'r30xq-fu-03#3':('ok','','full sheet with 工作流程改善目标完成率（权重 0%）; does not single it out'),
'r30xq-fu-04#1':('wrong','lost context','cx01 直接下级: 财务会计、出纳; gangwei answered 隔级领导:总经理 from the 出纳 PDF (cx08) and "岗位名称 经理"'),
'r30xq-fu-05#3':('wrong','false refusal: field not read','cx08 row 岗位每周工作时间 5+1天; gangwei: "资料没有写明这一点"'),
'r30xq-fu-08#1':('ok','','full duty list incl. 退房结算'),
'r30xq-fu-08#2':('partial','ordinal not resolved','"排第三的是哪条" → full list of 5 again, item 3 not singled out (other conversations got "关于第 N 条")'),
'r30xq-fu-08#3':('wrong','answered OOS','cx11 names no department or manager; gangwei gave "所属部门" = the 客诉协调 duty line'),
'r30xq-fu-10#1':('ok','','full requirement list incl. 1-2年; hedge "没有「相关hr」的专门资料"'),
'r30xq-fu-10#2':('ok','','full list incl. 熟练掌握中英文听、说、读、写; same "相关hr" hedge'),
}
d=json.load(open('/work/main/evals/trials/round30/xq/eval/eval.json'))['report']['systems']['gangwei']['questions']
rows=[]
for q in d:
    k=q['key']; v,c,n=J.get(k,('ok','',''))
    rows.append((q['item_id'],q['turn'],v,c,n,q['intent']))
with open('judgments.tsv','w') as f:
    f.write('id\tturn\tverdict\tfailure_class\tnote\n')
    for r in rows: f.write('\t'.join(map(str,r[:5]))+'\n')
from collections import Counter
import itertools
tot=Counter(); ok=Counter(); part=Counter()
items={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl')}
for iid,t,v,c,n,intent in rows:
    key=('followup-first' if items[iid]['intent']=='followup' and t==0 else ('later:'+intent if t>0 else intent))
    tot[key]+=1; ok[key]+= v=='ok'; part[key]+= v=='partial'
for k in sorted(tot): print(f'{k}\t{tot[k]}\tok {ok[k]}\tpartial {part[k]}')
print('all',len(rows),'ok',sum(r[2]=='ok' for r in rows),'partial',sum(r[2]=='partial' for r in rows),'wrong',sum(r[2]=='wrong' for r in rows))
print(Counter(r[3] for r in rows if r[3]))
