"""Hand judgements (written after reading every answer in answers.md) -> judgments.tsv, results.tsv."""
import json
J = {  # key: (verdict, reason, cause)
"r21s-duty-01": ("partial", "quotes 002:193 (对公=面向公司的金融业务, 发掘/维护/营销) but appends an unrelated 离岗审计 line and a 15-line 网通'高级客户经理' résumé as fallback", "ans:fallback-noise"),
"r21s-duty-02": ("right", "前台/后台柜员 duties verbatim from 002:190", "-"),
"r21s-duty-03": ("partial", "lists only 4 of the 7 销售经理 duties (drops 137/139/140: 销售管理办法, 收集市场信息, 遵守规章) and never says how many; then appends 销售人员 list; 003 copies not used", "ans:list-items-dropped"),
"r21s-duty-04": ("partial", "items 1-2 verbatim, but the unnumbered continuation 000:459 (沟通/风险/开户、出入金) is dropped", "ans:unnumbered-continuation-dropped"),
"r21s-duty-05": ("right", "4 duties verbatim", "-"),
"r21s-duty-06": ("right", "7 duties verbatim", "-"),
"r21s-duty-07": ("right", "4 duties verbatim", "-"),
"r21s-duty-08": ("right", "4 blocks (出市代表/出纳/会计/保险) verbatim; odd header 'no 财务专员还得兼出市代表 material' is cosmetic", "-"),
"r21s-duty-09": ("right", "4 duties verbatim", "-"),
"r21s-duty-10": ("right", "6 岗位职责 + 工作内容 list of the same role", "-"),
"r21s-duty-11": ("partial", "only 4 of 8 duties (drops 满意度调查, 外网邮箱, CC知识库, 参数变更); untitled role", "ans:list-items-dropped"),
"r21s-duty-12": ("right", "8 店长 duties verbatim", "-"),
"r21s-duty-13": ("wrong", "'no 客户经理 duty list'; gives KSA sentence, a 网通 résumé line, 1 of 8 客服部 duties and 大客户经理 篇8 items; 004:48-54 (CIS考核, 投诉督察, 安全卫生) missing", "retr:title-after-list (店名 at 004:55 follows the list; heading is generic 客户经理岗位职责 篇3)"),
"r21s-duty-14": ("right", "7 销售人员 duties incl. 询盘、报价", "-"),
"r21s-qual-01": ("right", "会计、理财、基金、保险等从业资格 (002:210)", "-"),
"r21s-qual-02": ("right", "研究生及以上学历 answers 本科能报吗 (majors not given; not asked)", "-"),
"r21s-qual-03": ("right", "性格开朗…待人友善…责任心 (cites one of the two copies)", "-"),
"r21s-qual-04": ("right", "期货从业人员资格证书、会计从业资格证、会计师证书", "-"),
"r21s-qual-05": ("right", "4 requirements verbatim", "-"),
"r21s-qual-06": ("right", "4 requirements verbatim", "-"),
"r21s-qual-07": ("right", "3 requirements verbatim", "-"),
"r21s-qual-08": ("right", "full list incl. 女性,28岁以下 (does not say 'no' to 男生 explicitly)", "-"),
"r21s-qual-09": ("right", "30 岁以下, 用友, VBA", "-"),
"r21s-qual-10": ("right", "C#, C++ 或 Java (markdown-escaped 'C\\#')", "-"),
"r21s-qual-11": ("right", "002:159 + 002:173-174; one extra line", "-"),
"r21s-qual-12": ("right", "whole 教师 list incl. 英语专业四级; appends a junk '什么是岗位说明书' fragment", "-"),
"r21s-attr-01": ("right", "业务部 / 快递业务主管", "-"),
"r21s-attr-02": ("right", "营运总监的直接领导", "-"),
"r21s-attr-03": ("right", "10名左右, 可增设主管", "-"),
"r21s-attr-04": ("right", "answered as duty list but includes 备注: 总部研究院, 可在天津/北京/…/其他城市", "-"),
"r21s-attr-05": ("right", "各营业部所在地(尊重个人意愿)", "-"),
"r21s-attr-06": ("wrong", "gives generic 固定工资+绩效工资 and 效益考核 text; '月薪过万' (002:216) never retrieved", "retr:synonym-gap (挣 vs 收入/月薪)"),
"r21s-attr-07": ("right", "3年以上…应届毕业生亦可", "-"),
"r21s-attr-08": ("right", "Cisco认证优先, 期货从业资格优先", "-"),
"r21s-kpi-01": ("wrong", "only the lead-in ('以分支机构的岗位KPI为例…下面以技术性业务岗位的KPI设计为例') ; the indicator list at 000:91 (日均存款新增额…培训时间) is absent", "retr:passage-split (lead-in 000:89 rank 1, list 000:91 rank 7)"),
"r21s-kpi-02": ("partial", "gives the 大客户营销 score bands (001:181) but leads with薪酬结构/公平性 lines and omits the 原则 (用邮量增减, 001:179)", "ans:section-header-split"),
"r21s-kpi-03": ("right", "客户数量、净收入、客户资产总量 + 周期", "-"),
"r21s-method-01": ("partial", "steps 1,4,5 only; 第二步 分析岗位职责 and 第三步 提取可衡量指标 (000:149-167) missing", "ans:middle-steps-dropped"),
"r21s-method-02": ("right", "5 steps verbatim", "-"),
"r21s-method-03": ("right", "级差地租: 重要客户较高利润指标, 增量部分奖励", "-"),
"r21s-jd-01": ("right", "duties 4/4, quals from 365-371; KPI section borrowed from other roles but flagged 推导", "-"),
"r21s-jd-02": ("right", "9 of 11 duties (drops 三 技术流程, 四 讲解话术), quals all 待补充 (doc has none)", "-"),
"r21s-jd-03": ("partial", "duties merged from 6 variants OK, but 任职资格 all 【待补充】 although 002:100 states 渠道资源/市场分析/沟通协调能力 (the JD cites that very line for 岗位名称)", "tool:intro-requirements-not-parsed"),
"r21s-kd-01": ("wrong", "kpi_design tool fails: ServiceError 'no 岗位资料 for 商业银行支行, did you mean 银行柜员'; chat answer dumps the KPI design procedure, no indicators", "tool:org-level-kpi-unsupported + retr:wrong-section (企业级 list 000:57-69 rank 7)"),
"r21s-kd-02": ("right", "5 indicators from 000:131, weights 100, 3 BSC dims (chose 每次访问所用时间 over 客户满意度)", "-"),
"r21s-kd-03": ("partial", "uses 004 篇8 大客户经理 + 销售人员 indicators (销售费用, 客户满意度, 市场占有率, derived 市场调查按时完成率); ignores the only explicit 大客户经理 scoring table 001:147-155 (question did not name 凉山邮政)", "tool:role-conflation (two 大客户经理 docs)"),
"r21s-fu-01": ("right", "风险控制类 duty verbatim", "-"),
"r21s-fu-01#1": ("right", "信息科技类 verbatim; 3 unrelated 任务 lines appended", "-"),
"r21s-fu-01#2": ("right", "产品支持类 verbatim", "-"),
"r21s-fu-02": ("right", "交易专员 duty verbatim", "-"),
"r21s-fu-02#1": ("right", "他→交易专员; 期货从业资格, 交割业务", "-"),
"r21s-fu-02#2": ("right", "switches to 信息技术专员; MS SQL Server、Sybase", "-"),
"r21s-fu-03": ("right", "6 duties verbatim", "-"),
"r21s-fu-03#1": ("wrong", "false refusal: '只提到了「经理」这个岗位' — pronoun resolved to bare 经理; 001:65 says 一般只设一名, 向总经理/老板汇报", "fu:pronoun-to-generic-title"),
"r21s-fu-03#2": ("right", "主管 duties verbatim", "-"),
"r21s-fu-04": ("partial", "merges 工作范围 + 工作责任 and caps at 15 of 19 items ('问「还有吗」看其余'); the asked 工作责任 140-143 (考核管理, 广告宣传, 执行权, 能力建设) not shown", "ans:list-cap-15 (范围+责任 merged)"),
"r21s-fu-04#1": ("right", "4 权力 verbatim", "-"),
"r21s-fu-04#2": ("right", "市场营销专业, 3年以上", "-"),
"r21s-fu-05": ("right", "业绩工资+营销奖励+外勤津贴 with amounts", "-"),
"r21s-fu-05#1": ("right", "5%, 500元, 突出贡献奖", "-"),
"r21s-fu-05#2": ("right", "一般不予考核; 150元/月", "-"),
"r21s-fu-06": ("right", "晨会 5 items; glued 实物管理 lines from the same physical line", "-"),
"r21s-fu-06#1": ("right", "每周一次工作例会, 竞争对手情况", "-"),
"r21s-fu-06#2": ("right", "提前向团队负责人请假 (mislabelled as 福利)", "-"),
"r21s-fu-07": ("right", "3 duties verbatim", "-"),
"r21s-fu-07#1": ("right", "side-by-side comparison", "-"),
"r21s-fu-07#2": ("right", "side-by-side, identical requirements", "-"),
"r21s-fu-08": ("right", "13 duties verbatim (source numbering skips 9, list renumbered)", "-"),
"r21s-fu-08#1": ("partial", "repeats the full duty list instead of answering; the answer (主管领导, 年度工作计划) is only inside item 1", "ans:attribute-not-extracted"),
"r21s-fu-08#2": ("partial", "answers its own renumbered item 9 (source item '10.' 楼宇质量维修) without saying the source has no item 9; consistent with the list it showed — my expected refusal is debatable", "set:numbering-ambiguity"),
"r21s-fu-09": ("right", "7 duties verbatim", "-"),
"r21s-fu-09#1": ("right", "网格客户经理 5 duties", "-"),
"r21s-fu-09#2": ("right", "refuses: 没有写明薪资", "-"),
"r21s-fu-10": ("wrong", "false refusal: treats '新余农商行没配大堂经理' as a role name; rank-1 passage 001:347 has 柜员轮流做好柜面业务分流引导", "ans:org-phrase-as-role-refusal"),
"r21s-fu-10#1": ("partial", "001:355 + 001:343 correct, then a 15-line 网通 高级客户经理 résumé appended", "ans:fallback-noise"),
"r21s-fu-10#2": ("wrong", "refuses '高级客户经理 has no 考核指标' — context carried the fallback role; 001:347 平衡计分卡 电子银行业务替代率", "fu:context-polluted-by-fallback-role"),
"r21s-oos-01": ("right", "says no 库管员 description, shows only the naming line; invents nothing", "-"),
"r21s-oos-02": ("right", "refuses: only named", "-"),
"r21s-oos-03": ("partial", "says no 按摩技师 description but then lists 主管/经理 duties; never says certificates are not stated", "oos:related-dump"),
"r21s-oos-04": ("right", "refuses: 没有写明薪资", "-"),
"r21s-oos-05": ("wrong", "lists 家装业务员 duties as if answering; never says 提成 is not stated", "oos:duty-list-for-pay-question"),
"r21s-oos-06": ("right", "refuses: only named", "-"),
"r21s-oos-07": ("right", "refuses: 没有写明试用期", "-"),
"r21s-oos-08": ("wrong", "presents 证券营业部 客户经理薪酬报表 and 凉山 外勤津贴 rules as '公司通用制度' for a 产品经理 pay question", "oos:other-role-pay-as-general-policy"),
}
d = json.load(open("report/eval.json"))
G = d["report"]["systems"]["gangwei"]["questions"]
B = {q["key"]: q for q in d["report"]["systems"]["baseline"]["questions"]}
assert set(J) == {q["key"] for q in G}, set(J) ^ {q["key"] for q in G}
with open("judgments.tsv", "w") as f, open("results.tsv", "w") as r:
    f.write("id\tturn\tverdict\treason\n")
    r.write("id\tturn\tgangwei_rank\tbaseline_rank\tretrieval_miss\tverdict\tcause\n")
    for q in G:
        v, why, cause = J[q["key"]]
        f.write(f"{q['item_id']}\t{q['turn']}\t{v}\t{why}\n")
        miss = (q["turn"] == 0 and not q["expect_refusal"] and (q["first_rank"] is None or q["first_rank"] > 5))
        r.write(f"{q['item_id']}\t{q['turn']}\t{q['first_rank']}\t{B[q['key']].get('first_rank')}\t{'MISS' if miss else '-'}\t{v}\t{cause}\n")
from collections import Counter
print(Counter(v for v, _, _ in J.values()))
print("first turns", Counter(J[q['key']][0] for q in G if q['turn']==0), "later", Counter(J[q['key']][0] for q in G if q['turn']>0))
print(Counter(J[q['key']][0] for q in G if q['expect_refusal']))
