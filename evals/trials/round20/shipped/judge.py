import json
# verdict, cause (short), reason
J = {
"r20s-duty-01#0": ("right", "-", "15 duties of 营销总监, all key points, cites 31-61"),
"r20s-duty-02#0": ("right", "-", "导航公司客服专员 8 duties verbatim"),
"r20s-duty-03#0": ("right", "retr:adjacent-chunk", "商场客服专员 list complete (merged 331-347); labels profile '某网店' wrongly and appends unrelated 范文一 block"),
"r20s-duty-04#0": ("right", "-", "亚马逊日本站 3 duties; extra 7th variant appended"),
"r20s-duty-05#0": ("right", "-", "both 交易管理岗 articles (157,163) quoted"),
"r20s-duty-06#0": ("partial", "ans:truncated-second-source", "second source (工作内容) cut to 5 bullets: 6 市场调查 and 7 宣传品 missing"),
"r20s-duty-07#0": ("right", "-", "人力资源专员 7 duties"),
"r20s-duty-08#0": ("right", "-", "制度专员 2 duties"),
"r20s-duty-09#0": ("wrong", "typo-role-parse + retr:vocab", "typo 客户经里 parsed as role 「的客户经」, answered with 高级客户经理 résumé (002:71-89); gold 001:363 not in top 10"),
"r20s-duty-10#0": ("partial", "ans:one-sentence", "gives 全县市场/区域市场 but not the forecasting role (汇总分析) from 367 although 367 was retrieved at rank 2"),
"r20s-duty-11#0": ("right", "-", "核算薪酬 + 薪酬月报表"),
"r20s-duty-12#0": ("right", "-", "汇报内容 quoted"),
"r20s-duty-13#0": ("right", "-", "004:226 record + 检查; 2 irrelevant citations; 003:133 工作日志 copy not used"),
"r20s-duty-14#0": ("wrong", "retr:kind-boost", "answers with 银行任务/存贷款 text and 多点对多点; 信息员/办事员/营销员 (004:199, rank 9) missing"),
"r20s-duty-15#0": ("partial", "ans:list-clauses-dropped + retr:kind-boost", "only 一 客户资源开发 and 三 授信跟进; 二 合作关系建立 and 四 客户维护和服务 dropped; leads with irrelevant 领导重视 block"),
"r20s-duty-16#0": ("right", "-", "whole 办公室 section incl. 管理职能 (文书/事务)"),
"r20s-qual-01#0": ("right", "-", "研究生; 经济学金融数学计算机"),
"r20s-qual-02#0": ("right", "ans:section-overrun", "C#/C++/Java, 一年以上; but 6-11 are the application instructions (emails, postal address) listed as requirements"),
"r20s-qual-03#0": ("right", "-", "准入方式 + 四种素质"),
"r20s-qual-04#0": ("right", "-", "晋升条件 and 业绩 key"),
"r20s-qual-05#0": ("right", "-", "MBA毕业生, 行内员工"),
"r20s-qual-06#0": ("right", "-", "档案材料 list; plus unrelated 23-25条"),
"r20s-qual-07#0": ("wrong", "retr:role-boost-on-resume", "answer '高级客户经理 任职要求: 1. 五年' from a résumé's 工作年限 field; 004:18 (rank 1 in all 3 retrievers) lost to ×1.60 boost"),
"r20s-qual-08#0": ("right", "-", "教师资格证和普通话证书"),
"r20s-qual-09#0": ("right", "-", "本科/30岁以下/计算机"),
"r20s-qual-10#0": ("partial", "retr:intro-prose-not-profile", "gives 外贸业务经理 duties (incl. 洞察力/应变能力) instead of the stated 市场开拓能力/韧性/抗压能力 (002:159, vector rank 1, fused 8)"),
"r20s-qual-11#0": ("right", "-", "专业 + 期货从业资格证书"),
"r20s-qual-12#0": ("right", "-", "爱岗敬业、诚实守信、勤勉尽职、依法合规"),
"r20s-kpi-01#0": ("wrong", "ans:wrong-sentences", "quotes 89 and 93 (岗位类别, 加大权重) but not 91 where the indicators are; no indicator named"),
"r20s-kpi-02#0": ("right", "-", "12项 list"),
"r20s-kpi-03#0": ("partial", "ans:duplicate-block + retr:adjacent-chunk", "only 创新性解决方案 criterion; 平均绩效值 and 新手达标周期 missing; whole block printed twice"),
"r20s-kpi-04#0": ("wrong", "retr:chunk-lacks-context", "answers 薪酬结构/800元 instead of the 大客户营销 scoring rule (用邮量 增减, 177-181, rank 6)"),
"r20s-kpi-05#0": ("right", "-", "5%, 500元"),
"r20s-kpi-06#0": ("right", "-", "级差地租"),
"r20s-kpi-07#0": ("right", "-", "产品营销业绩/量化指标 + problem; plus unrelated 培训 and 考核目的 blocks"),
"r20s-kpi-08#0": ("right", "-", "统计指标 quoted; extra 重要岗位定义 block"),
"r20s-method-01#0": ("right", "-", "限定选项法 sentence only"),
"r20s-method-02#0": ("wrong", "retr:long-line-dilution", "quotes 三个层次 and 统一模型 text; the definition (001:193 first sentence, rank 8) missing"),
"r20s-method-03#0": ("partial", "ans:list-cut", "相互补充 + 一/二 points; third point (胜任力模型 区分优秀和一般) cut; extra 职级 sentence"),
"r20s-method-04#0": ("wrong", "refusal:false + retr:synonym", "refused; 000:23 (岗位分析 又称工作分析, 4 steps) at rank 2"),
"r20s-method-05#0": ("wrong", "refusal:false", "refused although 004:4-6 (麦克利兰) was rank 1; typo 模形 in question"),
"r20s-method-06#0": ("right", "-", "K/S/A explained from 004:16"),
"r20s-method-07#0": ("wrong", "refusal:false", "refused although 000:105-107 (4 要素) was rank 1"),
"r20s-method-08#0": ("right", "-", "平衡计分卡 + EVA + 价植树 + dims"),
"r20s-fu-01#0": ("right", "-", "2 duties"),
"r20s-fu-01#1": ("right", "-", "本科, 计算机专业 (whole requirement list)"),
"r20s-fu-01#2": ("right", "-", "Cisco, 期货从业资格"),
"r20s-fu-02#0": ("right", "-", "11 duties"),
"r20s-fu-02#1": ("right", "-", "会所总经理和保健部经理"),
"r20s-fu-02#2": ("partial", "ans:elaboration-wrong", "repeats item 8 in the header, then 'elaborates' with unrelated line 105 (技师矛盾调解)"),
"r20s-fu-03#0": ("right", "-", "业绩工资+营销奖励+外勤津贴"),
"r20s-fu-03#1": ("right", "-", "800元/月, 四项指标"),
"r20s-fu-03#2": ("right", "-", "固定补助, 一般不予考核"),
"r20s-fu-04#0": ("right", "-", "definition (259) + 暂停职权"),
"r20s-fu-04#1": ("right", "-", "常规性 vs 触发性 (425)"),
"r20s-fu-04#2": ("wrong", "refusal:missed-followup", "'一般强制休几天' not stated (only 规定期限); repeats the 425 answer instead of saying so"),
"r20s-fu-05#0": ("right", "-", "人力资源/内控合规/业务主管部门 (+ whole section dump)"),
"r20s-fu-05#1": ("right", "-", "履职情况, 真实性和合规性 (same dump)"),
"r20s-fu-05#2": ("right", "-", "主管行长签发 + 整改"),
"r20s-fu-06#0": ("partial", "ans:list-cut", "lists 权力型, 操作型; 督查型 (405, rank 3) missing"),
"r20s-fu-06#1": ("partial", "ans:ordinal-off-by-one", "says '关于第2条 「首先是权力型」' (counts the intro as item 1) then shows 操作型+督查型; content right, label wrong"),
"r20s-fu-06#2": ("right", "-", "渎职失位/视而不见"),
"r20s-fu-07#0": ("right", "-", "第一责任人, 终身负责制 (among 5 blocks, first two irrelevant)"),
"r20s-fu-07#1": ("right", "-", "whole 责任界定 list incl. 30%"),
"r20s-fu-07#2": ("right", "-", "same list incl. 30:20:10:20:20, 社主任"),
"r20s-fu-08#0": ("wrong", "intent:罚款->pay", "'罚多少钱' routed to pay attribute: answers 大客户经理 营销奖励 500元 (001:137); 200元 (002:38) ignored"),
"r20s-fu-08#1": ("partial", "intent:罚款->pay", "300元 line present among 交接/1%处罚 lines, but again appends 大客户经理 营销奖励 as 薪资"),
"r20s-fu-08#2": ("right", "-", "催收通知…重新签订还款计划"),
"r20s-fu-09#0": ("right", "-", "填鸭式, 培训+考试"),
"r20s-fu-09#1": ("wrong", "followup:context-lost", "'那应该怎么改进' answered with random '改进' sentences (CIS考核, 服务缺陷); 004:219 not found"),
"r20s-fu-09#2": ("wrong", "followup:context-lost + kpi-library", "answers a KPI-library row '客户经理接受培训的时间' instead of 三分之一 事务性工作 (004:211)"),
"r20s-fu-10#0": ("right", "-", "5 steps incl. SMART, 权重"),
"r20s-fu-10#1": ("right", "-", "step 2 + 平衡计分卡/价值树"),
"r20s-fu-10#2": ("wrong", "refusal:false", "'权重多久定一次' refused; 000:55 一年一定"),
"r20s-oos-01#0": ("wrong", "oos:pay-from-other-org", "answers 凉山邮政 大客户经理 营销奖励 as 一德期货客户经理 底薪"),
"r20s-oos-02#0": ("right", "-", "'只提到了经办行密押员', refuses"),
"r20s-oos-03#0": ("right", "-", "'只提到了金库管理员', refuses"),
"r20s-oos-04#0": ("right", "-", "网格经理 no 任职要求, offers duties"),
"r20s-oos-05#0": ("partial", "oos:substitute-role", "says no 快递业务主管 data, then shows 快递业业务员 duties '仅供参考' (the subordinate)"),
"r20s-oos-06#0": ("right", "-", "refused"),
"r20s-oos-07#0": ("right", "-", "refused"),
"r20s-oos-08#0": ("wrong", "oos:benefit-from-other-org", "answers 凉山邮政 外勤津贴 150元 as 证券公司客户经理 五险一金"),
"r20s-oos-09#0": ("right", "-", "店长 资料没有写明薪资"),
"r20s-oos-10#0": ("right", "-", "refused"),
}
d=json.load(open('report/eval.json'))
G=d['report']['systems']['gangwei']['questions']; B={q['key']:q for q in d['report']['systems']['baseline']['questions']}
from collections import Counter
c=Counter(); ci=Counter()
with open('judgments.tsv','w') as f, open('results.tsv','w') as r:
    f.write("id\tturn\tverdict\treason\n"); r.write("id\tturn\tgangwei_rank\tbaseline_rank\tverdict\tcause\n")
    for q in G:
        k=f"{q['item_id']}#{q['turn']}"; v,cause,why=J[k]; b=B[q['key']]
        f.write(f"{q['item_id']}\t{q['turn']}\t{v}\t{why}\n")
        gr = q['first_rank'] if q['turn']==0 and not q['expect_refusal'] else '-'
        br = b['first_rank'] if q['turn']==0 and not q['expect_refusal'] else '-'
        r.write(f"{q['item_id']}\t{q['turn']}\t{gr if gr is not None else '>10'}\t{br if br is not None else '>10'}\t{v}\t{cause}\n")
        c[v]+=1; ci[(q['intent'] if q['turn']==0 else 'turn:'+q['intent'],v)]+=1
print(c, len(G)); 
for k in sorted(ci): print(k, ci[k])
# baseline hand-ish: kp pass counts
