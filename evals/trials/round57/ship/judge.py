import json, collections
J = {  # key: (verdict, class, note)
"r57s-duty-07": ("partial","off-post noise","Doc 001 L109-117 lists the 主管's 3 duties; gangwei gives them, but prefixes '知识库中没有「养生会所按摩技师部门」的岗位职责清单' and mixes in a 部门经理 duty line (L73)."),
"r57s-duty-10": ("partial","list cut / thin version","Doc 002 L159-183 has 7 versions of 外贸业务经理 duties; gangwei leads with version 4 (2 lines) and version 5, lists the rest only as line refs; 亚马逊/销售目标 versions not shown."),
"r57s-duty-15": ("partial","off-post noise","Right line given (002 L199 预防控制信用风险…), but padded with the 导语 and three 004 paragraphs on 风险经理/内控 that are not about the 中行 post."),
"r57s-duty-16": ("wrong","false refusal","000 L819 names 柜台经理 as the post; L837 (and masked copies L583/L879) '职位主要是负责柜台日常事务…新员工的柜台业务传授与指导'. gangwei: '只提到了「柜台经理」这个岗位，没有它的职责' (gold rank 6; baseline rank 1)."),
"r57s-qual-01": ("partial","narrowed to one field","Asked 学历和能力; 000 L221-227 gives 本科/人力资源专业 plus 人力资源管理知识 and 语言表达、沟通、应变、协调能力. gangwei answered education only (attribute=education)."),
"r57s-qual-09": ("ok","","Question asks only 专业; answer '金融、经济、市场营销类专业为佳' is complete. Evaluator's 33% is the set's key points being broader than the question (set issue)."),
"r57s-qual-10": ("ok","","Question asks only 专业; '专业不限' is correct and complete. Evaluator's 33% comes from over-broad key points (set issue)."),
"r57s-attr-05": ("ok","","800元/月 given (001 L135) inside a verbose 薪酬结构 block plus 制订原则 noise; intent shown as kpi."),
"r57s-attr-06": ("ok","","Leads with the right line (001 L81 会所总经理和保健部经理的领导下) then dumps the whole duty list (verbose)."),
"r57s-attr-08": ("ok","","'所属部门：研究院' citing L197 '研究院【分析师】' — correct; my gold listed only L217 (set gap), hence 0% citation precision."),
"r57s-method-01": ("partial","list cut / thin version","000 L143-175 has five steps (阅读检查→分析→提取可衡量指标→排序→确定, 4-7个). gangwei shows steps 4-5 first, then step 1; step 2 (分析岗位职责) and step 3 body are missing, order scrambled."),
"r57s-method-02": ("wrong","wrong passage","001 L183-185 '将四项工作指标的得分加总后除以100,乘以业绩工资基数800元/月'. gangwei: '资料中没有…专门说明' and quotes 003 L153 (证券营业部 crm 薪酬统计). Gold rank 5."),
"r57s-jd-02": ("partial","JD field mis-slotted","000 L547 '计算机及其相关专业毕业,一年以上的开发经验' is put under 学历 while 专业 and 经验 are left 【待补充】 although the text states both."),
"r57s-kd-01": ("ok","","5 indicators all from 000 L91 across 4 BSC dims (经济增加值, 日均存款新增额, 新增对公存款账户数, 客户档案信息的完整性, 培训时间); my expected 中间业务收入/VIP客户数 not chosen but design is valid."),
"r57s-kd-02": ("ok","","7 indicators from 000 L131 (销售量、回款额、利润额、市场占有率、客户数、访问时间、访问成功率); 客户满意度 not picked; valid."),
"r57s-fu-02#2": ("partial","list cut / thin version","000 L617-631 lists 7 工作内容 items; gangwei repeats the whole previous answer and shows only 5 (宣传品、市场调查 cut)."),
"r57s-fu-03#1": ("wrong","false refusal","004 L144-148 '六、权力: 有向总经理报告权、对下属工作有监督检查权、奖罚提议权、公司车辆调动权'. gangwei: '资料没有写明这一点' (turn routed to method). The next turn then cites L146-147."),
"r57s-fu-04#1": ("partial","missed field","001 L65 '定时向美容会所总经理或者美容会所老板汇报工作情况'. gangwei repeats the duty list (item 1 mentions 向总经理汇工作) without a reporting-line answer; L65 not cited."),
"r57s-fu-05#1": ("wrong","missed field","001 L139 '外勤津贴…州局可按150元/月核定'. gangwei (user wrote 外勤补贴) quotes L143 and L133 about the structure; no amount."),
"r57s-fu-08": ("wrong","wrong passage","003 L138-139 '客户经理必须准时上下班…每天8小时工作制度'. gangwei shows only the 考勤制度 header (L137) plus unrelated 第二十条/第二十三条; the rule lines appear only in the next turn's answer."),
"r57s-oos-01": ("partial","answered OOS","快递业务主管 is only named (000 L601). gangwei says '没有「快递业务主管」的资料' but then lists the 快递业务员's duties as a 相近岗位."),
"r57s-oos-02": ("wrong","answered OOS","合规发展部部门经理 is only named (000 L297). gangwei answers with the 养生会所按摩技师部门经理's duties, no disclaimer (wrong post)."),
"r57s-oos-04": ("partial","answered OOS","No social-insurance rate in corpus. gangwei hedges '资料中没有…专门说明' then quotes unrelated 竞聘 speech and KPI lines instead of refusing."),
"r57s-oos-06": ("wrong","answered OOS","No 试用期 rule in corpus. gangwei quotes 003 L159 '签订劳动合同(期限一年)' with no disclaimer — readable as an answer."),
}
s=json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
rows=[]; per=collections.defaultdict(lambda:[0,0])
for q in s:
    key=q["key"]; iid=q["item_id"]; turn=q["turn"]
    v,c,n = J.get(key, ("ok","",""))
    rows.append((iid,str(turn),v,c,n))
    grp = "followup (later)" if turn>0 else iid.split("-")[1]
    per[grp][1]+=1; per[grp][0]+= (v=="ok")
with open("judgments.tsv","w",encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: f.write("\t".join(r)+"\n")
print(collections.Counter(r[2] for r in rows))
print(collections.Counter(r[3] for r in rows if r[2]!="ok"))
for k,(a,b) in sorted(per.items()): print(k, f"{a}/{b}")
