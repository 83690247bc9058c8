import json, csv
J = [
("r26s-duty-01",0,"ok","",""),
("r26s-duty-02",0,"ok","","everyday word 养生馆 mapped to 连锁养生会所店长 with a 相近岗位 notice"),
("r26s-duty-03",0,"ok","",""),
("r26s-duty-04",0,"partial","list cut","doc 001:229-243 lists 8 duties; answer gives items 1-5 (cites 229-237), drops 6-8 (外网邮箱留言, CC系统知识库维护, 参数变更审核)"),
("r26s-duty-05",0,"wrong","wrong post","asked 网格经理 '(不是网格客户经理)'; doc 004:57-63 lists 网格经理 duties (网格团队搭建, 项目管理, 控制风险); gangwei answered 网格客户经理 duties 004:65-70. Retrieval: gold at rank 2, wording - the negated name 网格客户经理 in the question boosts the wrong copy"),
("r26s-duty-06",0,"partial","list cut","doc 000:453-459 has 2 numbered duties plus an unnumbered continuation paragraph (459: 定期沟通…协助开户、出入金); answer stops after item 2. Typo 专元 handled"),
("r26s-duty-07",0,"partial","list cut","compound: how many 技师 + duties. Doc 001:111 '一个主管下面管理10名左右的技师' is the intro sentence; answer gives duties 113-117 only, drops the intro with the number"),
("r26s-duty-08",0,"ok","",""),
("r26s-duty-09",0,"wrong","wrong post","HR talking about self: doc 000:293-297 制度专员 duties (合规培训, 反洗钱培训, 合规问题处理); gangwei answered 人力资源专员 duties 000:231-243 - '我是HR' taken as the role. Retrieval: gold at rank 5; rank 1 is the 一德期货 company intro 179-187 (wording: company name) and the 制度专员 heading+quals chunk 283-291 (chunking: title separated from duties)"),
("r26s-duty-10",0,"ok","","compound (weekly meeting + duties) answered: item 5 每周客户服务中心例会 plus full list"),
("r26s-qual-01",0,"ok","",""),
("r26s-qual-02",0,"ok","",""),
("r26s-qual-03",0,"partial","ingestion: section bleed","qualifications 1-5 correct (C#/C++/Java, 一年以上), but items 6-11 are the application instructions 000:557-567 (电子邮件主题…, 邮寄地址…) presented as requirements; the source truncates item 5 '(.省略。' and the next lines are 应聘须知"),
("r26s-qual-04",0,"ok","","HR-self phrasing handled"),
("r26s-qual-05",0,"ok","",""),
("r26s-qual-06",0,"ok","","typo 宣传专元 corrected with notice"),
("r26s-attr-01",0,"ok","","按摩部经理 resolved to 养生会所按摩技师部门经理; quotes the sentence with 总经理/老板"),
("r26s-attr-02",0,"ok","",""),
("r26s-attr-03",0,"wrong","missed field","doc 000:451 '工作地点为各营业部所在地(尊重个人意愿):北京、天津…'; gangwei classified the question as duty and listed 市场开发专员 duties (455-457). '能自己选工作城市吗' not recognised as location. Retrieval: gold chunk 441-451 at rank 2 (location is the last line of the 任职要求 chunk)"),
("r26s-attr-04",0,"ok","",""),
("r26s-attr-05",0,"ok","","all three pay parts with 800元/150元 and the 5% example"),
("r26s-attr-06",0,"ok","","also prints the experience line; harmless. Retrieval rank 2: chunking, heading chunk 495-499 separate from 501-511"),
("r26s-attr-07",0,"ok","","certificate list correct; label says 《客户经理职责 第1篇》 (file-level title) though the passage is in 第8篇"),
("r26s-kpi-01",0,"ok","","extra off-topic block [2] (KPI design step 2)"),
("r26s-kpi-02",0,"ok","","correct sentence present but the answer leads with an irrelevant block (KPI design process 47-55). Retrieval rank 3: wording ('KPI' matches the generic KPI section) + chunking (89 | 91-93 split)"),
("r26s-kpi-03",0,"ok","","right block first (003:154-155, monthly/quarterly/year-end and 客户数量/净收入/资产总量), plus two irrelevant blocks"),
("r26s-method-01",0,"partial","list cut","doc 000:143-175 has five steps as headings (阅读检查 / 分析 / 提取可衡量指标 / 排序 / 确定); answer gives only step 1 (141-147) plus two unrelated lines (811, 81). Steps are scattered over five chunks, only the first is composed"),
("r26s-method-02",0,"ok","","all five steps of 000:47-55; one extra block"),
("r26s-method-03",0,"wrong","wrong section","doc 004:12-18 '建立步骤': 梳理岗位职责 / 构建KSA结构图 / 按岗位层级匹配; gangwei answered from 保障措施 (29-31) and 应用 (19-20). Retrieval: gold at rank 9 - wording (搭建/分几步 vs 建立步骤) and chunking (the step headings are short lines)"),
("r26s-jd-01",0,"ok","","duties and qualifications from 000:219-243; one derived KPI cites a hotel passage in 003 (人均学习时间)"),
("r26s-jd-02",0,"partial","ingestion: section bleed","duties correct; 任职资格/其他 contains the application instructions (电子邮件主题…, 邮寄简历…) from 000:557-563; 学历 slot holds '计算机及其相关专业毕业,一年以上的开发经验'"),
("r26s-jd-03",0,"ok","","merges the three copies correctly; one 技能 item carries the page boilerplate '什么是岗位说明书?…' that sits on the same source line 661"),
("r26s-kd-01",0,"wrong","wrong post","doc 000:91 gives the 支行客户经理 (技术性岗位) indicators 日均存款新增额, 中间业务收入, 新增个人VIP客户数, 接受培训的时间; gangwei's table uses the 凉山邮政 大客户经理 indicators (001:149-155) and a duty derived from 004 大客户经理 - 客户经理 resolved to 大客户经理. Retrieval: gold at rank 4 (chunking 89 | 91-93)"),
("r26s-kd-02",0,"ok","","all four 001 indicators with original weights rescaled; adds 3 indicators borrowed from other documents (销售费用 from 000 销售人员, 客户满意度/市场占有率 from 004) although the question names 凉山邮政. Retrieval rank 6 (wording: 考核指标 matches pay chunks)"),
("r26s-kd-03",0,"ok","","4 indicators from 000:131 (销售量, 回款额, 市场占有率, 每次访问所用时间); my expected 客户满意度 not chosen, the choice is defensible. Retrieval: 131 not in top 10 (generic KPI passages outrank), the tool used its KPI library"),
("r26s-fu-01",0,"ok","",""),
("r26s-fu-01",1,"ok","","ordinal resolved to 出纳工作; says no more detail and quotes it"),
("r26s-fu-01",2,"ok","","ellipsis resolved to 财务专员"),
("r26s-fu-02",0,"partial","merged sections","asked how many items 工作范围 has (004:125-132, 7 items); answer merges 职责总述 + 工作范围 + 工作责任 into one 19-item list cut at 15, never says 7, and its numbering no longer matches the document"),
("r26s-fu-02",1,"ok","","'第3条' resolved against gangwei's own displayed list (item 3 = 负责制定…大客户工作目标), consistent with what the user saw; the gold (doc item 3, 市场调查) assumed document numbering - the evaluator's fail is an artefact of turn 0's merged list"),
("r26s-fu-02",2,"ok","","营运总监 (118)"),
("r26s-fu-03",0,"ok","",""),
("r26s-fu-03",1,"ok","","换成X resolved"),
("r26s-fu-03",2,"ok","","pronoun resolved to the new role 产品服务专员"),
("r26s-fu-04",0,"partial","list cut","doc 001:399-405 has three types; answer gives 权力型 and 操作型 (chunk 397-403) and drops 督查型 (405, next chunk); adds two unrelated lines"),
("r26s-fu-04",1,"ok","","repeats the block; 操作型 list present"),
("r26s-fu-04",2,"wrong","false refusal","doc 001:407-445 '岗位管理控制的主要形式': 岗位轮换, 强制休假, 离岗审计; gangwei refused ('知识库中没有能回答这个问题的内容')"),
("r26s-fu-05",0,"ok","","6 duties plus 5 of 7 工作内容 items as '另一份资料'"),
("r26s-fu-05",1,"partial","还有吗 repeats","'除了这些还有吗' returns the identical previous answer; the two 工作内容 items never shown (629 市场调查, 631 张贴宣传品) are still missing"),
("r26s-fu-05",2,"ok","","compound: 业务部 and 快递业务主管"),
("r26s-fu-06",0,"ok","",""),
("r26s-fu-06",1,"ok","","picks 网络管理员's own copy (521-531), not the near-identical 信息技术专员 text"),
("r26s-fu-06",2,"ok","",""),
("r26s-fu-07",0,"ok","",""),
("r26s-fu-07",1,"ok","",""),
("r26s-fu-07",2,"ok","","turn two back resolved to 行政助理"),
("r26s-fu-08",0,"ok","","adds another company's 客服专员 list (导航公司) as '另一份资料'; noise"),
("r26s-fu-08",1,"ok","",""),
("r26s-fu-08",2,"ok","","refused: pay not stated"),
("r26s-fu-09",0,"ok","",""),
("r26s-fu-09",1,"ok","","flow (279) present among 273-279"),
("r26s-fu-09",2,"wrong","lost context","in the 工行 context doc 001:269 lists the key posts (空白重要凭证管理岗, 对公/个人客户经理, 值班经理岗, 现金营运中心主任 …); gangwei listed the 36 posts of the knowledge base (role catalogue)"),
("r26s-fu-10",0,"wrong","wrong section","doc 001:177-181 scores 大客户营销 by 用邮量 change (减少10%以上 0-12分 … 增加5%以上 27-30分); gangwei answered the pay structure (133-135) and a principle line. Retrieval: gold at rank 5 - wording (打分 vs 评分) and chunking (the scoring sub-blocks under short headings)"),
("r26s-fu-10",1,"partial","lost context","asked for the 基础工作 scoring standard (001:159-163, 差 0-8 … 好 18-20分); answer gives only '基础工作:20分' and the four-indicator list"),
("r26s-fu-10",2,"wrong","wrong section","doc 001:185 '得分加总后除以100,乘以业绩工资基数800元/月'; answer repeats the indicator list and the 外勤津贴 note without the formula"),
("r26s-oos-01",0,"wrong","answered OOS","pay of a 柜员 is not in the corpus (002:216 gives only '客户经理…月薪过万'); gangwei did not say pay is missing and printed the 柜员 certificate lines (002:209-210)"),
("r26s-oos-02",0,"ok","",""),
("r26s-oos-03",0,"ok","",""),
("r26s-oos-04",0,"ok","","refused, but phrased as '「人力资源专员」的资料没有写明试用期' - '我是HR' bound to a role"),
("r26s-oos-05",0,"wrong","answered OOS","Spring data-source configuration is not in the corpus; gangwei printed the 软件开发工程师 duties (000:537-543) as an answer"),
("r26s-oos-06",0,"ok","","near-miss refused: 营运总监 only named"),
("r26s-oos-07",0,"ok","",""),
]
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in J: f.write("\t".join(str(x) for x in r)+"\n")
# sanity: every evaluated question judged
d=json.load(open("eval/eval.json"))
keys={(x['item_id'],x['turn']) for x in d['report']['systems']['gangwei']['questions']}
mine={(r[0],r[1]) for r in J}
print("missing", keys-mine, "extra", mine-keys, len(J))
from collections import Counter
print(Counter(r[2] for r in J)); print(Counter(r[3] for r in J if r[3]))
# per-intent (first turns by item intent; later turns by turn intent)
items={json.loads(l)['id']:json.loads(l) for l in open('set.jsonl',encoding='utf-8')}
per={}
for (i,t,v,c,n) in J:
    it=items[i]
    k = ("followup first" if it['intent']=="followup" else it['intent']) if t==0 else "later turn ("+it['turns'][t-1]['intent']+")"
    if t>0: k="followup later"
    per.setdefault(k,Counter())[v]+=1
for k,c in per.items(): print(k, dict(c), f"ok {c['ok']}/{sum(c.values())}")
