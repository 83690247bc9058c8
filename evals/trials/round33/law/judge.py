J = """law33-duty-01	0	wrong	false refusal (alias)	"诉讼组的主办" = 主办律师 (F01 table, 6 duties); retrieval rank 1 but gangwei refused
law33-duty-02	0	ok		
law33-duty-03	0	partial	alias not resolved	"做非诉的律师" not mapped to 非诉律师 (F02, 6 numPr duties); gave 1 duty + dept intro
law33-duty-04	0	wrong	false refusal (alias)	"律师秘书" = 法律秘书 (F02); refused "没有律师秘书这个岗位"
law33-duty-05	0	ok		
law33-duty-06	0	ok		extra 行政主管 line; 任职要求 glued onto duty 5
law33-duty-07	0	wrong	ingestion: post named only in docx page header	F10 duties of 财务专员 (header "岗位：财务专员"); gangwei listed the KPI rows instead
law33-duty-08	0	wrong	ingestion: TSV export rows merged into one post	F05 row SH-2025-003 IT运维工程师 duties; refused
law33-duty-09	0	wrong	ingestion: Markdown <details> posts not recognized	F06 行政主管 工作职责 1-5; refused "只提到了"
law33-qual-01	0	ok		
law33-qual-02	0	ok		F09 campus conditions not mentioned
law33-qual-03	0	ok		
law33-qual-04	0	wrong	ingestion: one-paragraph posting with inline labels	F07 "岗位要求：全日制法学本科…法考…威科先行"; said no 任职要求 for 律师助理
law33-qual-05	0	ok		noise lines (涉外律师, 应聘方式)
law33-qual-06	0	partial	ingestion: TSV export rows merged into one post	BD requirements right, but 市场专员 and IT运维 requirements + 日期/编号 listed as BD's (14 items)
law33-qual-07	0	wrong	ingestion: Markdown <details> posts not recognized	F06 line 23 本科/5年/C1; refused
law33-qual-08	0	wrong	level matrix (grouped header) not read	F03 高级律师 column: 执业满6年, 1600小时, 150万元, 主办20件; gave KPI rows of 主办律师/合伙人
law33-qual-09	0	wrong	level matrix (grouped header) not read	F03 权益合伙人: 授薪合伙人满3年, 500万元, 5人团队, 三分之二表决; gave 诉讼部合伙人 任职资格
law33-attr-01	0	ok		via F01 主办律师 直接下级
law33-attr-02	0	ok		
law33-attr-03	0	wrong	attribute intent missed	"在哪个办公室上班" → 上海分所（陆家嘴）(field extracted); answered the duty list
law33-attr-04	0	ok		
law33-attr-05	0	wrong	ingestion: TSV export rows merged into one post	F05 line 11 市场专员 本科及以上; "没有写明学历"
law33-attr-06	0	wrong	ingestion: TSV export rows merged into one post	F05 line 19 IT运维 3年以上; refused "所里搞it运维"
law33-attr-07	0	wrong	ingestion: Markdown <details> posts not recognized	F06 下属岗位：前台、档案管理员、司机; refused
law33-attr-08	0	wrong	ingestion: table-layout HTML posts not profiled	F08 知识产权部招聘启事 / 直接上级 知识产权部负责合伙人; listed unrelated lines, no department
law33-attr-09	0	wrong	ingestion: post named only in docx page header	F10 直接上级：财务经理; "没有写明直属上级"
law33-attr-10	0	ok		doc title shown as "1、拓展金融…" (wrong title)
law33-attr-11	0	wrong	attribute intent missed	"执业多少年才够格" → 执业满8年 (F01 任职资格); answered duties
law33-kpi-01	0	ok		
law33-kpi-02	0	ok		0.2 / 15分 weights normalised
law33-kpi-03	0	ok		
law33-kpi-04	0	ok		footnote ③ linked
law33-kpi-05	0	wrong	footnote definition not linked	F04 note ①: 经客户确认可收费工时，公益案件不计入; gave the indicator row, no definition
law33-kpi-06	0	ok		0.3 shown as 30%, 20分 as 分值
law33-jd-01	0	wrong	ingestion: Markdown <details> posts not recognized	jd tool: "没有档案管理员的岗位资料"; chat gave only summary lines
law33-jd-02	0	ok		
law33-jd-03	0	wrong	ingestion: table-layout HTML posts not profiled	jd tool: "没有知识产权代理人的岗位资料"; chat gave header/nav lines
law33-kd-01	0	ok		evaluator flags 回款额 missing only because the name carries ②
law33-kd-02	0	partial	not routed to tool	returned the 法律秘书 KPI table (right indicators) instead of a design
law33-kd-03	0	partial	not routed to tool	returned the 市场专员 rows + a stray 合伙人 row; no design, 1 BSC dimension
law33-fu-01	0	ok		
law33-fu-01	1	ok		
law33-fu-01	2	ok		
law33-fu-02	0	ok		quoted the paragraph
law33-fu-02	1	wrong	ingestion: one-paragraph posting with inline labels	F07 "薪资待遇：试用期3个月，月薪5000-7000元"; "没有写明薪资"
law33-fu-02	2	ok		
law33-fu-03	0	ok		
law33-fu-03	1	ok		numPr numbering counted right
law33-fu-03	2	ok		
law33-fu-04	0	wrong	ingestion: table-layout HTML posts not profiled	F08 line 20 工作地点：杭州总所; listed 应聘条件 lines
law33-fu-04	1	wrong	ingestion: table-layout HTML posts not profiled	F08 line 35 宁波分所; listed unrelated lines
law33-fu-04	2	wrong	lost context	"他的薪资" = 商标代理人 月薪8000-12000 (line 37); asked "哪个岗位"
law33-fu-04	3	wrong	lost context	"回到专利那个岗位，要啥证书" = 专利代理师资格证书 (answered in attr-04 single-turn); refused
law33-fu-05	0	wrong	ingestion: Markdown <details> posts not recognized	F06 line 30 汇报对象：行政主管; "没有写明直属上级"
law33-fu-05	1	ok		
law33-fu-05	2	wrong	ingestion: Markdown <details> posts not recognized	"换成档案管理员呢" → line 52 大专/档案学; refused "只提到了"
law33-fu-06	0	wrong	missed field (PDF slide deck)	F09 slide 5 住房补贴1500元/月, 执业奖励5000元; "没有写明福利"
law33-fu-06	1	ok		
law33-fu-06	2	wrong	lost context	F09 slide 6 CET-6 425分; generic refusal
law33-fu-07	0	wrong	ingestion: post named only in docx page header	F10 财务专员 duties; quoted a 出纳 duty line
law33-fu-07	1	wrong	ingestion: post named only in docx page header	F10 初级会计专业技术资格; "没有写明职业资格"
law33-fu-07	2	wrong	ingestion: post named only in docx page header	F10 出纳 任职资格 大专/1年; refused
law33-fu-08	0	wrong	ingestion: TSV export rows merged into one post	F05 line 19 上海分所; "没有写明工作地点"
law33-fu-08	1	wrong	ingestion: TSV export rows merged into one post	F05 line 19 10-15K; refused
law33-fu-08	2	wrong	ingestion: TSV export rows merged into one post	F05 line 26 HCIA/CCNA; refused
law33-fu-08	3	ok		refused
law33-fu-09	0	ok		
law33-fu-09	1	ok		
law33-fu-09	2	wrong	level matrix (grouped header) not read	F03 权益合伙人 年度创收 500万元; gave 300万 KPI and 200万 合伙人 requirement
law33-fu-10	0	partial	ingestion: TSV export rows merged into one post	BD duties 1-4 right, items 5-12 are 市场专员/IT运维 duties shown as BD's
law33-fu-10	1	ok		
law33-fu-10	2	ok		
law33-fu-10	3	wrong	ingestion: TSV export rows merged into one post	市场专员 1-3年 (line 11); "没有写明工作经验"
law33-fu-11	0	ok		
law33-fu-11	1	wrong	ingestion: table-layout HTML posts not profiled	"换成专利代理人呢" → 年薪18万-30万 (line 22); listed 应聘条件
law33-fu-11	2	ok		refused (主办律师 pay not stated)
law33-oos-01	0	ok		
law33-oos-02	0	ok		
law33-oos-03	0	ok		
law33-oos-04	0	ok		
law33-oos-05	0	wrong	answered OOS	年终奖 months not stated anywhere; answered with 非诉 pay and campus benefit lines
law33-oos-06	0	ok		
law33-oos-07	0	ok		
law33-oos-08	0	ok		
"""
import collections
rows = [l.split("\t") for l in J.strip("\n").split("\n")]
assert all(len(r) == 5 for r in rows), [r for r in rows if len(r) != 5]
open("judgments.tsv", "w").write("id\tturn\tverdict\tfailure_class\tnote\n" + "\n".join("\t".join(r) for r in rows) + "\n")
print(len(rows), collections.Counter(r[2] for r in rows))
print(collections.Counter(r[3] for r in rows if r[2] != "ok").most_common())
first = [r for r in rows if r[1] == "0"]; later = [r for r in rows if r[1] != "0"]
print("first", collections.Counter(r[2] for r in first), "later", collections.Counter(r[2] for r in later))
intent = {}
import json
for l in open("set.jsonl"):
    d = json.loads(l); intent[d["id"]] = d["intent"]
c = collections.defaultdict(collections.Counter)
for r in first: c[intent[r[0]]][r[2]] += 1
for k, v in c.items(): print(k, dict(v))
