import json, collections
M="ingestion: one-table docx posts merged"
K="ingestion: KPI block caption not read as owner"
J={
("duty-01",0):("partial",M,"D1 gives QA专员 6 duties; gangwei lists 18 duties of a profile named after the file 'SMP-HR-QA-002_质量部' (QA+QC+验证 mixed), says no 现场QA material"),
("duty-02",0):("wrong",M,"D1 has 6 QC化验员 duties; gangwei: '资料没有写明岗位职责' (false refusal)"),
("duty-03",0):("wrong",M,"D1 has 6 验证专员 duties; gangwei resolved '验证这块的专员' to bare '专员' and refused; 验证专员 has no duties in its profiles anyway (fu-01)"),
("duty-07",0):("partial","wrong section","CSV's 3 duties given; PDF 第八条 (6 duties incl. 危化品监督, 特种作业持证, 职业健康) not used"),
("duty-11",0):("wrong","wrong section","PDF 第九条: 能量隔离/上锁挂牌, 安全防护装置, 作业许可证; gangwei gave the general duty list"),
("duty-13",0):("wrong",M,"D1: 负责中间产品取样和留样的监督; gangwei answered 'QA专员 任职要求: 本科及以上' from the pay sheet"),
("qual-01",0):("partial",M,"QA's 4 quals correct but followed by QC and 验证 quals (11 lines) under the file-named profile"),
("qual-02",0):("wrong",M,"D1: 大专+药学/分析化学, 1年经验, HPLC/GC, 数据完整性; gangwei only '大专及以上' from the pay sheet"),
("qual-03",0):("wrong",M,"D1: 本科, 制药工程…, 3年验证经验, 确认与验证; gangwei only '本科及以上'"),
("qual-04",0):("partial","lost column meaning (必备/优先)","D2 table 必备条件|优先条件: gangwei lists 优先 items (有药厂经验, 培训合格证) as plain requirements"),
("qual-05",0):("partial","lost column meaning (必备/优先)","优先 items (GMP迎检经历, 精益生产) listed as requirements"),
("qual-06",0):("partial","lost column meaning (必备/优先)","低压电工作业证 and 英文手册 are 优先 in D2 (and HTML says 优先), listed as requirements; tracked change 5年→3年 read correctly"),
("qual-08",0):("partial","noise line as content","lists '备注 注册经理岗位说明书另行导出' as a qualification; misses 本科须3年以上注册经验"),
("attr-01",0):("wrong","superseded fact used","GBK notice: from 2025-04-01 上级 is 仓储主管; gangwei: 物料主管 (old line 7), notice ignored"),
("attr-04",0):("partial","missed condition","HRIS: 硕士及以上（本科学历须具备3年以上注册经验）; gangwei only '硕士及以上', does not answer 本科行不行"),
("kpi-01",0):("partial",M,"QA block correct, then the 质量部 dept KPI shown as KPI of the file-named profile 'SMP-HR-QA-002_质量部'"),
("kpi-02",0):("wrong",K,"sheet 质量部 block '■ QC化验员｜…' has 5 indicators; gangwei gave the 质量部 dept KPI instead"),
("kpi-03",0):("wrong",K,"block '■ 固体制剂操作工｜…' has 5 indicators; gangwei: '没有写明考核指标' (false refusal)"),
("kpi-05",0):("wrong","list cut","质量部 dept block has 4 indicators; gangwei listed 1 (官方检查严重缺陷数), '原表共 4 项'"),
("jd-01",0):("wrong",M,"JD for QC化验员 has empty 主要职责/专业/经验 and uses the dept KPI; D1 has full duties and quals"),
("jd-02",0):("partial","superseded fact used","good JD, but 直属上级 物料主管 (notice: 仓储主管 from 2025-04-01); duplicate duties from CSV+TXT"),
("jd-03",0):("partial","superseded fact used","mixes the closed 2024 CSV row (本科及以上, 1年以上, 负责注册资料整理与递交) into the JD"),
("kd-01",0):("wrong",K,"EHS block has 5 indicators; design uses 1 (隐患整改闭环率) + generic fillers (服务对象满意度, 培训计划完成率)"),
("kd-02",0):("wrong",K,"生产班长 block has 5 indicators; design uses none, all derived/fillers"),
("fu-01",0):("wrong",M,"验证专员 duties in D1; refused"),
("fu-01",1):("wrong",M,"第三条 (空调净化/纯化水 IQ/OQ/PQ) could not resolve after the refusal; generic refusal"),
("fu-01",2):("partial",M,"only 本科及以上 from pay sheet; D1 has 4 quals"),
("fu-02",0):("wrong",K,"EHS KPI block exists; refused"),
("fu-02",1):("wrong",K,"设备工程师 KPI block exists (kpi-04 found it by text); refused"),
("fu-03",0):("wrong","wrong post (bogus role from Markdown label)","question '仓管员归哪个部门' resolved to a post named '`部门`' (inline-code label in 新员工入职指引.md) and answered its '略'"),
("fu-03",1):("wrong","wrong post (bogus role from Markdown label)","stays on '`部门`'; G lists 6 duties"),
("fu-03",2):("wrong","wrong post (bogus role from Markdown label)","'上面已经列出全部'; PDF 第十条 has 仓库管理员 safety duties"),
("fu-05",0):("wrong",K,"操作工 KPI block exists; refused"),
("fu-05",1):("wrong",K,"第二个指标 = 批记录填写差错次数 (≤1次/月); refused"),
("fu-06",0):("partial",M,"location 二期固体制剂车间 given, but after an unasked KPI dump and under the file-named profile"),
("fu-06",1):("wrong",M,"D1: QC化验员 地点 质检楼理化实验室; gangwei: '没有写明工作地点'"),
("fu-06",2):("wrong",M,"D1: 能熟练操作HPLC、GC; gangwei answered 学历 '大专及以上'"),
("fu-07",0):("wrong",M,"QC duties in D1; refused"),
("fu-08",1):("partial","lost column meaning (必备/优先)","低压电工作业证 is 优先; gangwei '持低压电工作业证' without 优先"),
}
qs=json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
rows=["id\tturn\tverdict\tfailure_class\tnote"]
by=collections.defaultdict(collections.Counter); cls=collections.Counter()
for x in qs:
    iid=x["item_id"].replace("t53ph-",""); t=x["turn"]
    v,c,n=J.get((iid,t),("ok","",""))
    rows.append(f"{x['item_id']}\t{t}\t{v}\t{c}\t{n}")
    key=x["intent"] if t==0 else "followup-later"
    if t==0 and iid.startswith("fu"): key="followup-first"
    by[key][v]+=1
    if c: cls[c]+=1
open("judgments.tsv","w",encoding="utf-8").write("\n".join(rows)+"\n")
for k,v in by.items(): print(k, dict(v), f"ok {v['ok']}/{sum(v.values())}")
print(cls.most_common()); print(sum(cls.values()))
