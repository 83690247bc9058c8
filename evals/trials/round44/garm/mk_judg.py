J = """gm-duty-01	0	ok		6 duties from 01 docx, all cited
gm-duty-02	0	ok		5 duties
gm-duty-03	0	wrong	false refusal: alias	"车工" (everyday word for 缝纫工) not mapped; doc 01 lists 缝纫工 duties (工序卡, 加油清洁, 自检, 计件工票); gangwei: "没有「车工」这个岗位"
gm-duty-04	0	ok		5 duties
gm-duty-05	0	wrong	false refusal: alias	doc 02 says 版房师傅 "通常被叫作“打版师傅”" and lists (1)-(6) duties; gangwei: "只提到了「打版师傅」…无法回答"
gm-duty-06	0	ok		answers from 02 prose (prefaced "没有职责清单", dumps the whole QC section incl. quals) - content right
gm-duty-07	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	05 csv row ZP2025-011 GWZZ column and 06 html list 跟单员 duties; gangwei: "资料没有写明岗位职责。现有的是它的考核指标"
gm-duty-08	0	ok		from 08 md 上岗须知 (csv ignored) - 4 points covered
gm-duty-09	0	partial	ingestion: CSV pinyin headers / HTML newsletter	csv/html: 维修, 调机, 保养计划, 配件, 台账; gangwei only gives the md night-duty paragraph
gm-duty-10	0	ok		6 duties
gm-duty-11	0	ok		prose passage from 02, right content
gm-duty-12	0	partial	amendment not applied	09 GBK notice item 二 adds "每日下班前核对整烫工计件数量并签字确认"; gangwei lists only the 2 docx duties
gm-duty-14	0	partial	missed field (频次/revision note)	question asks weekly vs daily; doc 01 频次 column "每日" + 批注 "原为每周巡线，现改为每日"; gangwei repeats the duty list without frequency and without the note
gm-duty-13	0	ok		质量主管 from PDF 第四条
gm-qual-01	0	ok		incl. nested 必备/优先 table
gm-qual-02	0	ok		right requirements; extra 样衣工 and 04 noise passages appended
gm-qual-03	0	ok		2025 requirements; struck 2023 version correctly not used
gm-qual-04	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	csv XLYQ/GZJY: 大专及以上，英语四级; 2年以上服装外贸跟单经验 (also html); gangwei refuses
gm-qual-05	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	csv/html: 中专或技校, 3年以上缝制设备维修, 低压电工证; gangwei answers with md night-duty paragraph (wrong section)
gm-qual-06	0	ok		
gm-qual-07	0	wrong	false refusal: alias	车工 = 缝纫工; doc 01: 18—50周岁, 新手可安排培训; gangwei generic refusal
gm-qual-08	0	ok		
gm-qual-09	0	ok		
gm-qual-10	0	ok		
gm-attr-01	0	ok		lists 车间主任 (01 docx) and 后道组长 (04) and quotes the 09 GBK change from 2025-07-01 "以日期较新的文件为准"
gm-attr-02	0	wrong	ingestion: prose subordinates	02 prose "向技术部经理汇报，带样衣工2名"; gangwei: "没有写明直接下级"
gm-attr-03	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	csv ZSYQ + html: 低压电工作业证; gangwei: "没有写明职业资格"
gm-attr-04	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	csv XZFW 7000-10000元+提成, html, and 04 xlsx 薪酬标准 sheet; gangwei: "没有写明薪资"
gm-attr-05	0	ok		质量部
gm-attr-06	0	ok		1号仓库
gm-attr-07	0	ok		
gm-attr-08	0	ok		
gm-attr-09	0	ok		
gm-attr-10	0	ok		
gm-kpi-01	0	ok		4 indicators + weights (dimension labels 未分维度/推断 mixed, cosmetic)
gm-kpi-02	0	ok		
gm-kpi-03	0	ok		
gm-kpi-04	0	ok		PDF table read
gm-kpi-05	0	ok		≥99.5%
gm-jd-01	0	ok		duties + quals cited; adds 2 generic 推导 KPIs, labelled
gm-jd-02	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	JD for 跟单员 has only 部门/上级/地点 from 04 and KPIs; duties and every qualification 【待补充】 though csv/html state them
gm-jd-03	0	partial	list not split / prose fields	02's inline (1)-(6) duties become one duty item; 下属 【待补充】 though text says 带样衣工2名
gm-kd-01	0	ok		4 table indicators + 2 labelled generic ones
gm-kd-02	0	wrong	role parse / routing	"帮忙设计仓管员…" parsed as role「忙设计仓管员」 -> refusal, not routed to kpi_design (kpi design 物料仓管员 via CLI works)
gm-kd-03	0	ok		
gm-fu-01	0	ok		
gm-fu-01	1	ok		缝纫组长(4名)、缝纫工
gm-fu-01	2	ok		item 2 resolved; says no more detail (true)
gm-fu-02	0	ok		
gm-fu-02	1	wrong	ingestion: CSV pinyin headers / HTML newsletter	context switch to 跟单员 right; refuses requirements (csv/html have them)
gm-fu-02	2	wrong	ingestion: CSV pinyin headers / HTML newsletter	pay for 跟单员: csv/html 7000-10000元+提成, 04 薪酬标准 sheet; gangwei "没有写明薪资"
gm-fu-03	0	ok		
gm-fu-03	1	partial	amendment not applied	headline "直属上级：车间主任" (superseded), then notes the 7/1 change to 后道组长
gm-fu-03	2	partial	amendment not applied	后道组长 duties without the 09 notice's added 计件核对 duty
gm-fu-04	0	ok		
gm-fu-04	1	wrong	lost context	context 缝纫工: 本工序返修率 ≤2%; gangwei answers 车间主任's 返修率 ≤3%
gm-fu-04	2	ok		车间主任 KPI list
gm-fu-05	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	低压电工作业证 in csv/html; refused
gm-fu-05	1	wrong	ingestion: CSV pinyin headers / HTML newsletter	3年以上缝制设备维修经验 in csv/html; refused
gm-fu-05	2	ok		md + 04 shift legend D+N
gm-fu-06	0	ok		
gm-fu-06	1	ok		resolved "发料那条" to item 3
gm-fu-06	2	ok		
gm-fu-07	0	ok		技术部 (from 04)
gm-fu-07	1	wrong	ingestion: prose subordinates	"带样衣工2名" in 02 prose; refused
gm-fu-07	2	ok		
gm-fu-08	0	wrong	ingestion: CSV pinyin headers / HTML newsletter	answers the handbook's "各岗位职责 略" (wrong section) and refuses; csv/html list 跟单员 duties
gm-fu-08	1	wrong	ingestion: CSV pinyin headers / HTML newsletter	英语四级 in csv/html; refused
gm-fu-08	2	ok		绣花工 refused (named only)
gm-oos-01	0	ok		named-only 绣花工 refused
gm-oos-02	0	ok		
gm-oos-03	0	ok		略 section refused
gm-oos-04	0	ok		
gm-oos-05	0	ok		
gm-oos-06	0	ok		略 pay refused
gm-oos-07	0	ok		
manual-1	2	wrong	lost context	(ask --batch, not in set) 缝纫工的KPI有哪些 / 返修率那项目标定的多少 / 还有吗 -> jumps to 车间主任's duty list
"""
with open("judgments.tsv", "w", encoding="utf-8") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for l in J.strip("\n").split("\n"):
        assert l.count("\t") == 4, l
        f.write(l + "\n")
