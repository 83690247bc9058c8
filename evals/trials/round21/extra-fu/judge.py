import json, collections
J = """
01|0|right|11 duties of cx02 cited (17-27)
01|1|right|车辆租赁中心主任
01|2|right|高中及以上 + 汽车修理专业 (plus experience/skills)
01|3|wrong|"业绩标准第二条" resolved against the last list shown (qualifications): answered 汽车修理专业; cx02 业绩标准 "2.客户满意率达90%以上"
01|4|wrong|"帮我把这个岗位写成JD" not routed to the JD drafter; refused "没有写明这一点"
02|0|right|本科 + 会计师资格证书 (plus all other requirements)
02|1|right|八年…至少五年同职经历
02|2|wrong|"底下带哪几个人" read as headcount: "定员人数：1人"; cx01 直接下级 "财务会计、出纳"
02|3|partial|no pinpoint: unnumbered dump of 岗位工作目标 items 2-7 (item 1 in another block), 第5条 not identified
02|4|right|35-45岁…可适当放宽
03|0|right|8 duties a)-h)
03|1|right|d) quoted; document has no more detail
03|2|right|"上面列出的 8 条就是全部" is true (turn 0 already listed all); gold expected more items - set issue, evaluator counts it as a false refusal
03|3|right|部门职能 2.1-2.9; numbering artefact "1负责…" (2.1 → 1)
03|4|right|refused: 培训助理 only named
04|0|right|all 11 HR indicators with formulas by dimension
04|1|right|(实际人数/计划编制人数)*100%
04|2|right|客户类: 员工满意度
04|3|partial|"这些指标的权重" → only 员工满意度 card, "资料中没有写明它的权重" (true, no invention) but not said for the set; evaluator: answered
04|4|right|KPI design from cx04 HR sheet, dimensions kept, weights proposed
05|0|right|7 资金部 indicators
05|1|right|资金收支出错次数
05|2|right|6 审计部 indicators
05|3|right|审计结果更正的次数
05|4|right|card says "资料中没有写明它的计算公式" - a correct refusal in substance; evaluator: answered
06|0|right|本科以上,25-45岁,注塑 + 两年以上
06|1|right|2 duties; cosmetic hedge "资料中「主管」没有单独写明"
06|2|right|机械技术员 3 duties
06|3|right|公司提供免费食宿,薪资面议 (labelled 薪资)
07|0|right|每年有1~2次到上海等地出差
07|1|right|4 duties
07|2|right|本科以上,英语专业者优先
07|3|right|文案策划: 大专以上,20-35岁
07|4|right|numbered list, item 3 = 形象气质佳,有亲和力 (not pinpointed but identifiable)
08|0|right|4 requirements
08|1|right|1年3人以上测试团队管理经验
08|2|right|15K - 45K
08|3|right|DBA 15K - 45K
08|4|right|DBA 6 duties
09|0|partial|header dump (title/date/company/pay) + only duty 1 (CloudIaC); misses 设计和开发, 落地 (cx06 29-31)
09|1|wrong|lost the role: "请问是哪个岗位的工作经验？"; cx06 35 "2-5 年实际 Golang 项目开发经验"
09|2|partial|first block is 百腾教育 前端's 加分项 (wrong posting), then Go's 开源作品/自驱; misses terraform, 运维开发 (cx06 46,49)
09|3|wrong|lost the role again: "请问是哪个岗位的工作地点？"; cx06 27 "杭州/北京/深圳/上海/广州/远程"
09|4|right|refused programming question
10|0|right|京东 10 requirements
10|1|wrong|"第4条说的是什么" → generic out-of-scope refusal; cx06 102 "熟练使用前端图形工具构建SVG矢量图、流程图(mxGraph等)"
10|2|wrong|switched to 美团 but answered duties, not requirements (cx06 85-90 "3年及以上互联网研发工作经验…")
10|3|right|美团 岗位亮点 (with a URL line)
11|0|right|4 duties; hedge mangles the title "oka产品经理people岗"
11|1|right|加分项 (KPI/OKR…) plus 职位要求
11|2|right|4年以上系统管理员经验
11|3|right|有一定英语能力 within the list
12|0|right|3 duties
12|1|right|双休, 社会保险, 住宿
12|2|right|英语四级以上 (in a 3-item list)
12|3|right|item 2 quoted
13|0|right|高中, 40岁以下, 焊工证
13|1|right|铆工 requirements
13|2|right|男,45岁以下
13|3|right|操作埋弧焊机进行钢结构焊接
14|0|right|机修工 duties
14|1|right|item 3 quoted
14|2|right|受过职业培训,并考核合格,有资格证书
14|3|right|维修电工 持有资格证书
14|4|right|refused: 高压值班电工 has requirements only
15|0|right|采购员 requirements
15|1|right|8 duties
15|2|right|生产技术部长 4 requirements
15|3|right|refused: no duties for 生产技术部长
16|0|right|10 duties
16|1|right|分校校长
16|2|right|会计从业资格证
16|3|right|item 7 quoted
16|4|wrong|refused; cx08 "岗位每周工作时间 5+1天"
17|0|right|2年以上 (从业年限 line; also a correct copy)
17|1|right|不限(女姓佳)
17|2|partial|JD drafted with all 10 duties, but 学历 and 证书 left 【待补充】 while the cited line says 大专或以上学历, 会计从业资格证 (filed under 专业)
17|3|right|refused (福利 not stated)
18|0|right|5 dimensions, 16 indicators, weights
18|1|partial|only row 8 (办公用品费用控制的监管) as a raw markdown row; misses 人事行政成本控制 (line 9)
18|2|partial|raw dump of rows 8-12 with escaped pipes; the 10% is there but not pinpointed
18|3|wrong|"没有写明评分规则" then the whole table; cx09 line 9 "达到 100%为 10 分;达到 80%为 8 分;低于 60%为 6 分"
18|4|right|KPI design from cx09 with original weights noted
19|0|right|大于 70%为 5 分…; contradictory tail "没有写明它的评分规则"
19|1|wrong|"它占多大比重" read as age: "没有写明年龄"; cx09 19 weight 5%
19|2|right|投诉一次扣 1 分/次
19|3|partial|whole 16-row list; 工作流程改善目标完成率（权重 0%）present but not pinpointed
20|0|right|duties of version 1 + version 3
20|1|right|item 2 quoted
20|2|right|店长
20|3|wrong|answered line 37 (沟通/促销); cx10 39 "有卖场促销丰富经验优先,粤语优先"
20|4|wrong|提成 (not in corpus) answered with a duty list instead of a refusal
21|0|right|学历不限
21|1|right|4 requirements
21|2|partial|JD drafted, but "其上级为店长" listed as a duty while 直属上级 is 【待补充】
21|3|right|version-3 duties (样板, 标签/POP)
22|0|right|预订系统、收银系统
22|1|wrong|refused; cx11 14 "每月固定休息4天,法定节假日采用调休制"
22|2|wrong|refused; cx11 15 "两班轮班制,8:00—16:00、16:00—24:00"
22|3|right|item 4 quoted
22|4|right|refused (no KPI for 前台)
23|0|right|all 5 duties incl. 退房结算
23|1|right|5 duties
23|2|right|JD drafted from cx11; KPI section borrows 财务部 "账务处理及时性" (labelled 推导)
23|3|wrong|refused; cx11 12 "合规意识:…落实身份信息登记等合规要求,保护宾客隐私"
24|0|right|行政经理
24|1|right|行政管理部
24|2|partial|all duties (15 of 17) rather than the 65% block; garbled hedge "没有找到「的行政管」"
24|3|wrong|repeated the duty list; cx12 38 "65 %"
24|4|right|refused, cites the usage note (业绩衡量标准 略)
25|0|partial|duty list (truncated 15/17) instead of 工作概述 "协助行政经理安排、落实行政服务支持工作"
25|1|wrong|read as ordinal item 13 "没有更详细的说明"; cx12 50-54 lists 技能培训, 考勤, 接待
25|2|right|refused (工资等级 empty)
25|3|partial|JD duties only lines 33-47 (drops 部门内部建设 block 48-54); KPIs borrowed from 人事行政部经理 sheet
26|0|right|6 behaviour standards
26|1|wrong|"第二部分" read as item 2; cx13 15-20 "2转正考核与异动管理…"
26|2|right|本科, 人力资源
26|3|right|熟练掌握中英文听、说、读、写
27|0|right|4 KPIs with weights
27|1|wrong|gave the scoring sub-table (格式10%…) not the indicator weight; cx14 4 "财务分析报告 … 30%"
27|2|wrong|switched to cx04 财务部 indicator list; the sub-table cx14 12-16 is the answer
27|3|right|一次-5分二次–20分…
27|4|right|KPI design for 财务部 from cx04 sheet (ignores cx14, acceptable)
28|0|right|4-row table, 月底结帐 row with 及时性50%/准确性50%
28|1|partial|whole table again; 错二次得60分 buried
28|2|wrong|generic refusal; cx14 6 "季 100分"
28|3|wrong|generic refusal; cx14 6 "经理工作记录"
29|0|right|大学专科…师范
29|1|right|2年以上…1年以上同岗位
29|2|right|full list incl. 素养 (does not exclude already-given items)
29|3|partial|"第三点" taken from the displayed 8-item list (= 学历专业), consistent with display but the user meant the 3rd 素养 (宽容乐观, line 10)
29|4|right|refused (pay)
30|0|right|typo 核酸 corrected, 9 duties
30|1|right|item 6 quoted
30|2|right|劳动法, 个人所得税法
30|3|right|2年以上…HRSSC
30|4|right|refused
"""
forms = json.load(open("forms.json"))
rows = []
for ln in J.strip().splitlines():
    n, t, v, r = ln.split("|", 3)
    iid = f"r21x-fu-{n}"; t = int(t)
    f = forms.get(f"{iid}#{t}", "first") if t else "first"
    rows.append((iid, t, f, v, r))
assert len(rows) == 137, len(rows)
with open("judgments.tsv", "w") as fh:
    fh.write("id\tturn\tform\tverdict\treason\n")
    for r in rows: fh.write("\t".join(map(str, r)) + "\n")
c = collections.defaultdict(collections.Counter)
for iid, t, f, v, r in rows: c[f][v] += 1
ev = {}
d = json.load(open("report/eval.json"))["report"]["systems"]
for sysn in ("gangwei", "baseline"):
    for q in d[sysn]["questions"]:
        k = f"{q['item_id']}#{q['turn']}"
        ok = (q["refused"] if q["expect_refusal"] else (not q["refused"] and q["key_point_coverage"] is not None and q["key_point_coverage"] >= 0.5))
        ev[(sysn, k)] = ok
ec = collections.defaultdict(lambda: collections.Counter())
for iid, t, f, v, r in rows:
    k = f"{iid}#{t}"
    ec[f]["g"] += ev[("gangwei", k)]; ec[f]["b"] += ev[("baseline", k)]
print("form\tn\tright\tpartial\twrong\tevaluator-pass(gangwei)\tevaluator-pass(baseline)")
tot = collections.Counter()
for f in ["first","ellipsis","pronoun","ordinal","more","switch","attribute","tool","oos"]:
    n = sum(c[f].values())
    print(f"{f}\t{n}\t{c[f]['right']}\t{c[f]['partial']}\t{c[f]['wrong']}\t{ec[f]['g']}\t{ec[f]['b']}")
    if f != "first":
        for k in ("right","partial","wrong"): tot[k] += c[f][k]
        tot["n"] += n; tot["g"] += ec[f]["g"]; tot["b"] += ec[f]["b"]
print(f"later\t{tot['n']}\t{tot['right']}\t{tot['partial']}\t{tot['wrong']}\t{tot['g']}\t{tot['b']}")
