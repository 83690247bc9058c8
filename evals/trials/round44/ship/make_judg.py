import json
d=json.load(open('eval/eval.json'))['report']['systems']['gangwei']['questions']
J={
"su-duty-4412":("partial","off-topic padding","Doc 002:197-199 gives the 风险控制类 duty (信用/市场/操作风险, 风险指标); gangwei gives it first, then 4 unrelated blocks (导语, 001 岗位管理思路, 004 风险经理协作, 001 强制休假) that make up most of the answer."),
"su-duty-4416":("wrong","wrong post","Doc 004:46-54 (客户经理岗位职责 篇3, 广汽丰田4S店): 负责客户服务部的全面工作, 客户投诉督察, CIS考核. gangwei said no such post and answered the 物业 客户服务中心经理 (004:74-86) instead; gold passage rank 4."),
"su-kpi-4401":("partial","wrong section","Doc 001:147-155 lists 基础工作20/大客户服务和维护30/信息反馈20/大客户营销30分. gangwei answered from the 薪酬结构 paragraph 001:131-135 (names the four parts, base 800元) and the bare heading '评分原则及评分标准'; the points per item are missing."),
"su-method-4402":("partial","list cut","Doc 000:143-175 has five steps (阅读检查职责, 分析职责, 提取可衡量指标, 排序, 确定KPI). gangwei gave step 1 and step 4 only (plus the heading of step 3 glued into step 4's text); steps 2, 3 and 5 missing."),
"su-jd-4402":("partial","list cut","Doc 001:31-61 has 15 duties of 养生会所营销总监; the JD lists 12 (drops 13 绩效考核, 14 接待维护大客户/VIP, 15 总经理交待). KPI row '技师执行情况' is borrowed from another post."),
"su-kd-4401":("partial","not routed to tool","Asked to build a KPI sheet for 大客户经理; gangwei answered as KPI Q&A, quoting the source scoring table (001:143-157, the four indicators with points) rather than calling the KPI design tool."),
"su-kd-4402":("wrong","ignored constraint","Asked 5 customer-dimension KPIs for a 支行客户经理; doc 000:65 lists 客户维度: 市场占有率, 新增对公存款账户数, 新增个人VIP客户数, 客户满意度, 百万元以上对公客户流失数. gangwei built the table from the 邮政大客户经理 scoring sheet (001) plus a derived 销售额达成率, spread over 财务/客户/内部流程; none of the expected indicators."),
"su-fu-4403":("wrong","false refusal","Doc 000:553 (技术二部 软件开发工程师): C#, C++ or Java. gangwei refused: '知识库中没有「技术二部开发岗」这个岗位' although the same department alias resolved in su-duty-4405; gold passage was at rank 2."),
"su-fu-4403#1":("wrong","lost context","Expected the 软件开发工程师 duties (000:537-543). After the refusal there was no post in context; gangwei matched the word 开发 and answered 市场开发专员's 客户开发 duties (000:455-459) and a 003 网点开发 line."),
"su-fu-4404#2":("partial","wrong section","'第八条' = 001:99 技师考勤统计. gangwei quoted item 8 correctly in its lead-in, but as the 'more detail' it added the continuation of item 10 (001:105 技师矛盾调解), which is not about item 8."),
"su-fu-4406":("partial","list cut","Doc 001:125-129 lists three principles 公平性, 激励性, 竞争性; gangwei gave 公平性 and 竞争性 only (激励性 missing), and parsed the post as「凉山邮政定大客户经理」."),
"su-fu-4406#1":("partial","wrong section","Doc 001:185: four scores summed, divided by 100, times the 800元/月 base = 业绩工资. gangwei quoted the 薪酬结构 and 考核办法 paragraphs (base 800元, 100-point total) but not the formula line."),
"su-fu-4407#1":("partial","missed field","Doc 001:171-175: 原则 (数量和质量 of 可开发业务项目) and 标准 差0-8/一般8-15/较好15-18/好18-20分. gangwei gave the 原则 and the 20-point weight but not the scoring bands."),
"su-oos-4402":("partial","answered OOS","专管员 is only named in 001:375 (relation to 客户经理). gangwei said there is no post description but then quoted two lines about 专管员 as an answer instead of refusing outright."),
"su-oos-4405":("wrong","answered OOS","Pay during 强制休假 is not stated anywhere. gangwei answered with 001:429/261 lines on 稽核检查 and 离岗审计 without saying the pay question is not covered."),
}
NOTES={
"su-qual-4404":"Answered as 'skills' (沟通协调, 数据分析能力); my 本科 key point was over-inclusive for a question about 能力, so judged ok.",
"su-duty-4406":"Adds the same post's 工作内容 (000:617-627) labelled as another source; harmless.",
"su-qual-4408":"Adds one junk scraped line from the duplicate copy; main list complete.",
"su-fu-4403#2":"Correct refusal (no pay stated), though its wording refers to「开发」, carried over from the wrong turn 1.",
"su-fu-4408#1":"Eval run: correct (001:65 美容会所总经理或老板). `ask --batch` replay of the same conversation lost the post (role None) and led with 004's 客户经理 定期汇报制度 block, with the correct passage second.",
"su-duty-4407":"Says 养生馆店长 not found and offers 连锁养生会所店长 as a near match; content correct.",
"su-attr-4406":"Correct (150元/月) with two related context lines.",
}
rows=["id\tturn\tverdict\tfailure_class\tnote"]
for q in d:
    k=q['key']; v,c,n=J.get(k,("ok","",NOTES.get(k,"matches the document")))
    if k in NOTES and k in J: n+=" "+NOTES[k]
    rows.append(f"{q['item_id']}\t{q['turn']}\t{v}\t{c}\t{n}")
open("judgments.tsv","w").write("\n".join(rows)+"\n")
from collections import Counter,defaultdict
print(Counter(r.split("\t")[2] for r in rows[1:]))
print(Counter(r.split("\t")[3] for r in rows[1:] if r.split("\t")[3]))
per=defaultdict(Counter)
for q in d:
    it = q['intent'] if q['turn']==0 else 'followup-later'
    if q['turn']==0 and q['item_id'].startswith('su-fu'): it='followup-first'
    per[it][J.get(q['key'],("ok",))[0]]+=1
for k,v in per.items(): print(k,dict(v), f"{v['ok']}/{sum(v.values())}")
