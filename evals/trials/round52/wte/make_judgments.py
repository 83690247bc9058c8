import json
d = json.load(open('eval/eval.json'))['report']['systems']['gangwei']
J = {  # (id, turn): (verdict, class, note)
 ('wte-duty-03',0): ('partial','alias not resolved','Q "吊车司机". Careers page gives 吊车司机 as <abbr title="垃圾吊司机">; the Word JD has 5 duties. Got "知识库中没有「吊车司机」的岗位职责清单" plus the whole careers <pre> block as one bullet (3 duties); the full 5-duty list of 垃圾吊司机 not used.'),
 ('wte-duty-07',0): ('wrong','wrong post','Q "渗滤液站的操作工". Doc 02 §3.4 渗滤液处理工 (UASB/MBR, 膜清洗, 沼气, 浓缩液回喷). Got the 垃圾吊司机 duty list from doc 01.'),
 ('wte-duty-11',0): ('wrong','wrong section','Q what 值长 does when 炉温<850℃. Doc 01 duty table column 异常工况: "炉温低于850℃时立即启动辅助燃烧器投油助燃". Got the generic 5-duty list (the 工作职责 column only); the 异常工况 standard never shown.'),
 ('wte-duty-12',0): ('ok','','Right sentence (5~7天) first; the careers block appended as noise.'),
 ('wte-duty-13',0): ('ok','','每4小时 quoted first; whole list repeated below.'),
 ('wte-qual-07',0): ('partial','ingestion: PDF line wrap','PDF 第五条 wraps mid-word; answer lists "3. 必须持有安全生产管理人" and "4. 员安全合格证…" as two items (one requirement cut in two).'),
 ('wte-qual-09',0): ('partial','noise: CSV column as requirement','Primary source is the recruiting CSV: items "3. 不限" (unlabelled 工作经验) and "5. 联系电话：=\\"0572-3012345\\"" listed as 任职要求; the fuller HR record (UTF-16) only as "还提到" (叉车N1).'),
 ('wte-qual-05',0): ('ok','','Handbook first; CSV extra lists 联系电话 ="0572-…" as a requirement (noise).'),
 ('wte-qual-06',0): ('ok','','Handbook first; CSV extra lists 联系电话 (noise).'),
 ('wte-attr-02',0): ('ok','','安环部经理 from the CSV 汇报对象; handbook revision note not cited but value right.'),
 ('wte-attr-09',0): ('wrong','false refusal','Q 安全员 pay. PDF 第三条 "薪酬区间7000–9500元/月" and xlsx 薪酬标准 sheet row 安全员 7000–9500元. Got "资料没有写明薪资" (profile from 定岗定编 sheet only; PDF facts line and pay sheet not attached).'),
 ('wte-kpi-04',0): ('wrong','ingestion: PDF KPI table','PDF 附表1 安全员月度考核表 (隐患整改闭环率 30%, 特殊作业票审核合格率 20%, 三级安全教育覆盖率 20%, 安全检查计划完成率 15%, 生产安全事故起数 15%). Got the 考核办法 sentence and two scrambled lines mixing 附表1 and 附表2 cells; no indicator list.'),
 ('wte-kpi-05',0): ('ok','','"称重数据差错率 40% ≤0.1%" first; three unrelated snippets follow (noise).'),
 ('wte-jd-01',0): ('ok','','Duties, qualifications, pay, boss right; KPI section adds two 工作标准 sentences as indicators and rescales weights.'),
 ('wte-jd-02',0): ('ok','','Right; 其他 lists 联系电话 ="0572-…" (CSV noise).'),
 ('wte-jd-03',0): ('partial','ingestion: PDF KPI table','Duties/quals right, but KPI section invents 服务对象满意度/培训计划完成率 while PDF 附表2 has the 地磅员 table (称重数据差错率 40% …); 地点 taken from the closed 2023 CSV row.'),
 ('wte-kd-01',0): ('ok','','All 5 table indicators with original weights rescaled; 2 filler indicators made from 工作标准 sentences.'),
 ('wte-kd-02',0): ('ok','','Exactly the 4 设备部 indicators, weights as in the sheet.'),
 ('wte-kd-03',0): ('wrong','ingestion: PDF KPI table','PDF 附表1 lists 5 安全员 indicators with weights; got 5 derived/generic ones (服务对象满意度, 安全事故次数, 培训计划完成率…) and none of the table.'),
 ('wte-fu-04',1): ('ok','','"还有吗": the first answer already listed all 5 duties; gangwei says there are no more — correct. The evaluator counts it as a false refusal (set design: my key points for this turn were already shown).'),
 ('wte-fu-06',0): ('wrong','ingestion: PDF KPI table','Same as kpi-04: 附表1 not read as a table; scrambled cells.'),
 ('wte-fu-06',1): ('wrong','ingestion: PDF KPI table','"哪个权重最大" → expected 隐患整改闭环率 30%; got the same scrambled lines.'),
 ('wte-fu-06',2): ('wrong','ingestion: PDF KPI table','"那地磅员的呢" → expected 附表2 (称重数据差错率 40%, 单车过磅时长 20% …); got only the 考核办法 sentence.'),
 ('wte-fu-08',0): ('partial','noise: CSV column as requirement','Primary answer from the CSV row (bare values "中专及以上", "热能动力…", and 联系电话 as an item); the JD table (with 应届生6个月跟班实习) only as "还提到".'),
 ('wte-oos-05',0): ('wrong','answered OOS','最低工资 is not in the corpus; got the careers 福利 list, the void 2022 地磅员 pay (3500—4200) and a KPI rule.'),
 ('wte-oos-07',0): ('wrong','answered OOS (wrong post)','环保主管 was abolished (doc 02 修订说明) and has no duties; got "按您的描述，这里回答的是「环保监测员」" and the 环保监测员 duties.'),
}
rows = ['id\tturn\tverdict\tfailure_class\tnote']
from collections import Counter
for q in d['questions']:
    k = (q['item_id'], q['turn'])
    v, c, n = J.get(k, ('ok', '', ''))
    rows.append(f"{q['item_id']}\t{q['turn']}\t{v}\t{c}\t{n}")
H = [
 ('hand-1',0,'ok','','渗滤液处理工几班倒 → 32 三班两倒 (xlsx code sheet).'),
 ('hand-1',1,'ok','','那工资呢 → 5000–6500 (prose line quoted).'),
 ('hand-1',2,'wrong','superseded version ignored','"2021版的时候他归谁管": 附录B (2021版,已废止) says 生产部主任; got the current 渗滤液站站长.'),
 ('hand-2',0,'wrong','alias not resolved / false refusal','"吊车司机要什么证": docx and careers page both say 特种设备作业人员证（起重机司机Q2）; got "资料没有写明职业资格".'),
 ('hand-2',1,'partial','alias not resolved','那他一个月多少钱 → whole careers <pre> block dumped as one bullet (5500-7000 inside).'),
 ('hand-2',2,'partial','missed field','还有别的福利吗 → "没有更多了"; page has a 福利待遇 list (五险一金, 班车, 宿舍) and xlsx 高温补贴300元/月.'),
 ('hand-3',0,'wrong','ingestion: PDF KPI table','安全员的考核表有几项指标 → scrambled PDF lines + xlsx notes; no count (5).'),
 ('hand-3',1,'wrong','ingestion: PDF KPI table','第一项是什么 → expanded item 1 of the xlsx 填表说明 note instead of 隐患整改闭环率.'),
 ('hand-4',0,'ok','','炉膛温度850℃达标率 25%, ≥99%.'),
 ('hand-4',1,'ok','','换成垃圾吊司机 → its 5 indicators.'),
 ('hand-4',2,'ok','','目标值呢 → targets added.'),
 ('hand-5',0,'wrong','superseded version ignored','"地磅员以前工资多少": GBK file 2022旧版 3500—4200 (also CSV 2023 row 3800-4500); got the current 4200—5000.'),
 ('hand-5',1,'ok','','现在呢 → 4200—5000.'),
 ('hand-jd',0,'partial','noise: CSV column as requirement','jd 灰渣处理工: duties/boss/pay right; 经验 reads "专业要求：不限" (CSV label under the wrong heading), 其他 has 联系电话, KPIs invented (no KPI table exists: acceptable).'),
 ('hand-kpi',0,'wrong','ingestion: PDF KPI table','kpi design 地磅员: PDF 附表2 has 4 indicators with weights; got derived ones (服务对象满意度 …).'),
]
for h in H:
    rows.append('\t'.join(map(str, h)))
open('judgments.tsv', 'w').write('\n'.join(rows) + '\n')
vs = [r.split('\t') for r in rows[1:]]
print(Counter(v[2] for v in vs)); print(Counter(v[3] for v in vs if v[2] != 'ok'))
ev = vs[:76]
print('eval turns', Counter(v[2] for v in ev))
