J = """duty-01	0	ok	-	8 duties from pk01+pk06, cited
duty-02	0	ok	-	
duty-03	0	ok	-	
duty-04	0	ok	-	
duty-05	0	ok	-	品检员 alias resolved to 品质检验员 (with a 'no 品检员' preface)
duty-06	0	ok	-	
duty-07	0	partial	wrong post mixed in	all 4 叉车司机 duties from pk09, then a 设备维修工 duty (点检和故障抢修) and a 仓管员 line under the same doc heading, unlabelled
duty-08	0	wrong	false refusal (alias)	机修工 not mapped to 设备维修工; pk09 lists 5 duties (点检/保养/备件/改造/LOTO); gangwei: 知识库中没有「机修工」
duty-09	0	ok	-	
duty-10	0	ok	-	5 duties of 二车间主任 from pk08 (with an odd 'no 车间主任 list' preface)
duty-11	0	wrong	false refusal (alias)	PMC计划员 not mapped to 生产计划员; pk07 has 5 duties; gangwei refused
duty-12	0	wrong	list cut	pk05 CSV long format has 岗位职责-1..5 rows; gangwei gave only 岗位职责-5 (对账/回款) + a timestamp
duty-13	0	ok	-	asked by hand (not in set-run): quoted 每2小时巡检 first
duty-14	0	wrong	ingestion: duty read as KPI	asked by hand: pk01 says 控制纸板含水率在8%–12%之间; gangwei answered only '**纸板含水率** 所属：瓦楞机机长' (a KPI stub made from the duty line), no range
qual-01	0	ok	-	
qual-02	0	ok	-	
qual-03	0	ok	-	tracked change read right (中专, not deleted 大专); void 2023 appendix ignored
qual-04	0	ok	-	
qual-05	0	partial	ingestion: pk04 column misread	pk09 list right (初中/N1/1年), then '4. 高中/中专' from pk04 — that is 瓦楞机机长's column; pk04 says 叉车司机 初中
qual-06	0	ok	-	
qual-07	0	ok	-	
qual-08	0	ok	-	content right, but PDF wrapped cells split into items ('相关专业', ',有纸箱厂经验优先')
qual-09	0	ok	-	three CSV rows as fragments with '内容：' prefixes
qual-10	0	ok	-	table rows shown with escaped pipes
attr-01	0	ok	-	
attr-02	0	ok	-	
attr-03	0	ok	-	
attr-04	0	ok	-	
attr-05	0	ok	-	
attr-06	0	partial	ingestion: pk04 column misread	物流调度主管 from the pk09 notice is right; but lists '一车间主任' (pk04) as a former boss — pk04 says 物流调度主管
attr-07	0	wrong	wrong value	asked department; pk08: 制版室, 行政上归二车间; gangwei: 所属部门：二车间主任 (the boss). Key point passed only because '二车间' is a substring
attr-08	0	partial	superseded version	pk05 has 4500-6000 (2024-03) replaced by 5500-8000+提成 (2025-06); gangwei listed both with no date/current marker
attr-09	0	ok	-	
attr-10	0	ok	-	
kpi-01	0	wrong	ingestion: KPI cards not read	pk03 cards give 瓦楞机机长 5 indicators (30/25/15/10/20%); gangwei: 资料没有写明考核指标
kpi-02	0	wrong	ingestion: KPI cards not read	印刷机长: 色差合格率30%/产量25%/换单20%/5S15%/印版10%; refused
kpi-03	0	wrong	ingestion: KPI cards not read	品质检验员: 漏检率≤0.5% 35% etc.; refused
kpi-04	0	wrong	ingestion: KPI cards not read	仓管员: 账实相符率≥99.5% 35% etc.; refused
kpi-05	0	ok	-	4 PDF indicators with weights; one placed under '未分维度'
jd-01	0	ok	-	duties+quals cited from pk01; generic KPI section invented (marked 推导)
jd-02	0	ok	-	薪资 field is the whole icon meta line '品质部 3名 5000–6500元/月 嘉兴秀洲厂区 两班倒'; 证书 left 待补充 though 内审员证优先 is stated
jd-03	0	ok	-	
kd-01	0	wrong	ingestion: KPI cards not read	expected pk03 纸板废品率/单班产量达成率/换纸停机时间; got 满意度/纸板含水率/培训 etc., claims 纸板含水率 is 'listed by the document as a KPI' (it is a duty)
kd-02	0	wrong	ingestion: KPI cards not read	expected 账实相符率/发货准确率/原纸库存周转天数; got 客户满意度, '确保账实相符率' (from a duty line), 成品收货按时完成率…
kd-03	0	ok	-	4 indicators, weights and targets from the pk07 table (evaluator flags 1 BSC dimension; faithful to source)
fu-01	0	ok	-	
fu-01	1	ok	-	他→瓦楞机机长: 一车间主任
fu-01	2	ok	-	7000–9500 计件+保底
fu-02	0	ok	-	
fu-02	1	ok	-	
fu-02	2	ok	-	第二条 = 巡检 line, says no more detail
fu-03	0	wrong	ingestion: KPI cards not read	asked by hand: 印刷机长 KPI refused
fu-03	1	wrong	ingestion: KPI cards not read	switch to 品质检验员 resolved correctly, still refused
fu-03	2	wrong	ingestion: KPI cards not read	还有别的吗: refused
fu-04	0	wrong	略 section shadows content	'叉车司机是干什么的' → refusal quoting pk02 '第三章 叉车司机 略(见…)'; pk09 has 4 duties (duty-07 phrasing found them)
fu-04	1	wrong	ingestion: pk04 column misread	education: pk09 初中及以上; gangwei 高中/中专 from pk04 (瓦楞机机长's column)
fu-04	2	partial	ingestion: pk04 column misread	物流调度主管 right; adds 'before: 一车间主任 (pk04)'
fu-05	0	ok	-	
fu-05	1	wrong	wrong post	制版员 要求 (pk08 bullets: 大专/2年柔印/Illustrator+ArtiosCAD); gangwei gave 二车间主任's table (8年, 年薪15–20万) and only the 制版员 boss line
fu-05	2	ok	-	
fu-06	0	wrong	list cut	same as duty-12: only 岗位职责-5 of 5 rows
fu-06	1	ok	-	大专及以上
fu-06	2	wrong	false refusal	pk05 row 工作地点: 嘉兴秀洲厂区办公楼2楼; gangwei: 没有写明工作地点
fu-07	0	ok	-	
fu-07	1	wrong	ingestion: KPI cards not read	仓管员 KPI refused
fu-07	2	ok	-	它→仓管员: 仓储主管
fu-08	0	ok	-	
fu-08	1	ok	-	低压电工作业证
fu-08	2	partial	ingestion: pk04 column misread	switch to 叉车司机 resolved; N1 given but whole qual list incl. wrong '高中/中专'
oos-01	0	wrong	answered OOS	环保专员: pk05 岗位职责=待补充, pk10 named only; gangwei printed '内容：安环部经理' + timestamp as related text, never says the duties are 待补充
oos-02	0	ok	-	cites '见《一车间管理指南》(修订中)' and gives nothing else
oos-03	0	partial	answered OOS	says 副机长 has no description, then answers with 瓦楞机机长's duties ('您是不是要找…')
oos-04	0	partial	answered OOS	社保比例 not in corpus; gangwei quoted the page's '福利:五险一金…' line without saying the rate is not given
oos-05	0	ok	-	
oos-06	0	ok	-	quotes pk10 '岗位说明另行制定'
oos-07	0	ok	-	"""
hdr = "id\tturn\tverdict\tfailure_class\tnote\n"
rows = []
for l in J.strip("\n").split("\n"):
    p = l.split("\t")
    p[0] = "pk-" + p[0]
    rows.append(p)
open("judgments.tsv", "w", encoding="utf-8").write(hdr + "\n".join("\t".join(p) for p in rows) + "\n")
import json, collections
intent = {json.loads(l)["id"]: json.loads(l)["intent"] for l in open("set.jsonl", encoding="utf-8")}
c = collections.defaultdict(collections.Counter)
for p in rows:
    k = intent[p[0]] if p[1] == "0" else "followup (later)"
    if intent[p[0]] == "followup" and p[1] == "0": k = "followup (first)"
    c[k][p[2]] += 1
tot = collections.Counter()
for k, v in c.items():
    n = sum(v.values()); tot.update(v)
    print(f"{k}\t{n}\tok {v['ok']} ({v['ok']/n:.0%})\tpartial {v['partial']}\twrong {v['wrong']}")
n = sum(tot.values()); print("all", n, dict(tot), f"ok {tot['ok']/n:.0%}")
cls = collections.Counter(p[3] for p in rows if p[2] != "ok")
for k, v in cls.most_common(): print(v, k)
