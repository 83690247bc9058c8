"""Hand judgments of every turn (written after reading replay.jsonl) -> judgments.tsv and per-form shares."""
import json, collections
OK, P, W = "ok", "partial", "wrong"
J = {}  # (id, turn) -> (verdict, class, note)
def j(i, t, v, c="", n=""): J[(f"x38fu-{i}", t)] = (v, c, n)
META = "meta-document (SOURCES/README) used as source"
# fu-01
j("fu-01",0,OK); j("fu-01",1,OK); j("fu-01",2,OK,"","gives 高中及以上; the separate 专业要求 汽车修理专业 not mentioned (not asked)")
j("fu-01",3,W,META,"doc 业绩标准: 工作及时率达95%以上/客户满意率达90%以上/内部员工满意度达80%以上/突发事件处理及时率达100%; gangwei answered only with the SOURCES.md summary line of cx02 ('业绩标准(four %-targets)'), no target")
j("fu-02",0,OK); j("fu-02",1,OK); j("fu-02",2,OK); j("fu-02",3,OK,"","switched to cx08 出纳 correctly (会计从业资格证)")
j("fu-03",0,W,"ingestion: docx field split over two rows","doc 岗位工作目标 1-7 (two table rows with the same label); gangwei listed 2 SOURCES.md bullets + only items 2, 6, 7; missed 1 (核算准确率100), 3 (库存周转率), 4 (货款回收), 5 (达成率100%)")
j("fu-03",1,W,"ingestion: docx field split over two rows","doc item 3 = 库存周转率、应收账款周转率小于期间额定标准; gangwei's 3rd displayed bullet was doc item 2 (财务报表的准确率100), it answered that")
j("fu-03",2,OK); j("fu-03",3,OK)
j("fu-04",0,OK); j("fu-04",1,OK,"","'no further detail' + original text: right behaviour"); j("fu-04",2,OK,"","near-miss 培训顾问 refused (only named)")
j("fu-04",3,W,"lost context","doc 2 部门职能 2.1-2.9 (培训服务产品/师资库/培训档案…); gangwei repeated the 培训顾问 refusal verbatim")
j("fu-05",0,OK); j("fu-05",1,OK); j("fu-05",2,OK); j("fu-05",3,OK,"","raw pipe rows; 2 of 5 rows unrelated (员工满意度, 书面化比率) but 招聘空缺/人员编制 present")
j("fu-06",0,OK,"","6 indicators, regrouped under inferred dimensions (内部流程（推断）/未分维度), order differs from sheet")
j("fu-06",1,OK,"","gold assumed sheet order (4th = 审计结果准确性); gangwei answered the 4th item of its own displayed list (审计报告归档率) — consistent with what the user saw")
j("fu-06",2,OK)
j("fu-06",3,W,"lost context","expected 资金部 indicators (cx04 20.2); gangwei carried 'certificate' from the refused OOS turn and said 资金部 has no 职业资格")
j("fu-07",0,OK); j("fu-07",1,OK); j("fu-07",2,OK); j("fu-07",3,OK,"","lists both requirement lists (大专以上 vs 本科以上), no explicit verdict")
j("fu-08",0,OK); j("fu-08",1,OK); j("fu-08",2,OK); j("fu-08",3,OK)
j("fu-09",0,OK); j("fu-09",1,OK); j("fu-09",2,OK); j("fu-09",3,OK,"","whole requirement list, 有一定英语能力 included")
j("fu-10",0,OK); j("fu-10",1,OK); j("fu-10",2,OK); j("fu-10",3,OK,"","测试经理 resolved to 测试工程师（测试经理）")
j("fu-11",0,P,"incomplete answer","posting lines 35-42: 2-5年 Golang, MySQL/PostgreSQL, Linux, k8s/docker; gangwei's 'skills' list dropped the Golang and database lines and mixed in 3 加分项 lines unlabelled")
j("fu-11",1,OK); j("fu-11",2,OK); j("fu-11",3,OK)
j("fu-12",0,OK); j("fu-12",1,OK); j("fu-12",2,OK,"","both lists shown; only 京东 has 全日制本科; no explicit verdict"); j("fu-12",3,OK,"","returned to 美团's 岗位亮点 correctly (lines 93-95)")
j("fu-13",0,OK); j("fu-13",1,OK); j("fu-13",2,OK)
j("fu-13",3,P,"other post mixed in","Moka PM 加分项 = 绩效业务经验/OKR… (line 26); gangwei added the Golang 后端 posting's 加分项 (有开源作品, 运维开发) as a second block")
j("fu-14",0,OK); j("fu-14",1,OK)
j("fu-14",2,W,"answered OOS","doc only says 办理社会保险, no ratio; gangwei answered the 待遇 line as 福利 without saying the ratio is not stated")
j("fu-14",3,OK)
j("fu-15",0,OK); j("fu-15",1,OK); j("fu-15",2,OK,"","both duty lists side by side")
j("fu-15",3,P,META,"after a duties comparison '那高压值班电工呢' was read as duties: gangwei rightly says it has no duty list, but adds a SOURCES.md line instead of the post's requirements (line 296: 高压电工资格证, 三年以上); gold expected the requirements")
j("fu-16",0,W,"typo not resolved","'悍工' (for 焊工): refused as unknown post; doc line 133 焊工证. (剪版机→剪板机 in fu-18 was resolved)")
j("fu-16",1,W,"lost context","asked for a post name; expected 焊工 requirements lines 130-133")
j("fu-16",2,OK)
j("fu-17",0,OK); j("fu-17",1,OK); j("fu-17",2,OK); j("fu-17",3,OK)
j("fu-18",0,OK); j("fu-18",1,OK)
j("fu-18",2,P,META,"near-miss (生产技术部长 has only 任职资格): gangwei says it has no duty list (right) but then quotes SOURCES.md lines about the html layout and does not refuse")
j("fu-18",3,OK,"","typo 剪版机 resolved with a 'did you mean' caveat")
j("fu-19",0,OK,"","spurious caveat 'no material on 出纳直接主管' but correct 分校校长"); j("fu-19",1,OK,"","隔级领导 总经理; same spurious caveat")
j("fu-19",2,W,"false refusal","doc header: 岗位每周工作时间 5+1天; gangwei mapped the question to 福利 and said it is not stated")
j("fu-19",3,OK)
j("fu-20",0,OK,"","labels dropped on two items ('2年以上' = 从业年限, '不限(女姓佳)' = 性别)"); j("fu-20",1,OK)
j("fu-20",2,P,"incomplete answer","舞弊 clause spans two pdf lines (追回 / 相应款项, 罚款, 解除劳动合同, 通报); gangwei quoted only the first line plus a SOURCES.md summary")
j("fu-20",3,OK)
j("fu-21",0,P,"incomplete answer","asked for all categories and weights: 财务类15/内部运营类50/客户类10/学习成长革新类20/制度及考勤5; gangwei gave 5 raw table rows (with &lt;br&gt;) covering only 财务类 and 内部运营类 (+ one 学习成长 row without its category)")
j("fu-21",1,OK); j("fu-21",2,OK,"","绩效、薪资管理完成率 15% (max both within 内部运营类 and overall)"); j("fu-21",3,OK)
j("fu-22",0,OK); j("fu-22",1,OK); j("fu-22",2,OK); j("fu-22",3,OK)
j("fu-23",0,OK); j("fu-23",1,OK,"","whole 版本3 list + 版本2 list; the two 每天早晨 items are there but not singled out"); j("fu-23",2,OK); j("fu-23",3,OK)
j("fu-24",0,OK,"","all 3 benefit lines incl. 8:00—16:00、16:00—24:00"); j("fu-24",1,OK); j("fu-24",2,OK); j("fu-24",3,OK)
j("fu-25",0,OK); j("fu-25",1,OK); j("fu-25",2,OK,"","略 field: says not written, quotes the 使用说明")
j("fu-25",3,P,"spurious role parse","asked for the 65% block (lines 39-47); gangwei printed 'no post 「的行政管」, answering 行政主管' and the whole duty list cut at 15 of 17")
j("fu-26",0,P,META,"工作概述 line 26 correct, followed by SOURCES.md, README.md, 使用说明 and 职务名称 blocks (5 sources for one line)")
j("fu-26",1,W,"lost context","doc 时间分配 15%/65%/15%, largest 65% 主要负责的行政管理工作; gangwei gave the generic no-content refusal")
j("fu-26",2,W,"incomplete answer","expected 15% block lines 48-54 (队伍建设, 考勤, 接待…); gangwei returned only the heading '部门内部建设以及对外关系协调'")
j("fu-26",3,OK)
j("fu-27",0,OK)
j("fu-27",1,W,"false refusal","line 6: 熟练掌握中英文听、说、读、写技能; gangwei: 'not written'")
j("fu-27",2,OK); j("fu-27",3,P,META,"招聘 1.1-1.3 correct + SOURCES.md block (source URL, 'download notices removed')")
j("fu-28",0,W,META,"lines 3-6: 企业内控制度的调整25%, 财务分析报告30%, 利润中心的操作维护20%, 月底结帐处理25%; gangwei answered only with the SOURCES.md description of cx14")
j("fu-28",1,OK)
j("fu-28",2,P,META,"月底结帐 row (及时性50%/准确性50%, 耽误一次得0分, 错一次得80分) correct + SOURCES.md line")
j("fu-28",3,W,"lost context","'那个评分表' = 软指标评分表, line 10: 由财务部经理填写; gangwei listed cx04's 财务部 KPI library")
j("fu-29",0,OK); j("fu-29",1,OK); j("fu-29",2,OK,"","spurious caveat on 教务老师"); j("fu-29",3,P,META,"基本素养 1-3 correct + SOURCES.md block")
j("fu-30",0,OK); j("fu-30",1,OK); j("fu-30",2,OK); j("fu-30",3,OK)
j("jd-01",0,OK,"","duties cited; 学历 slot holds the whole requirement cell, 其他 holds 免费食宿")
j("kd-01",0,OK,"","5 of the 7 资金部 indicators, weights sum 100; evaluator flags <3 BSC dimensions (the sheet gives none)")
j("oos-01",0,OK); j("oos-02",0,OK); j("attr-01",0,OK); j("duty-01",0,OK)

COARSE = {
 "ellipsis": "ellipsis", "drill-down (ellipsis of post)": "ellipsis", "ellipsis of post": "ellipsis", "ellipsis (switch section)": "ellipsis",
 "pronoun": "pronoun", "pronoun (这个岗位)": "pronoun", "pronoun (里面)": "pronoun", "pronoun (那个评分表)": "pronoun", "pronoun + switch attribute": "pronoun",
 "ordinal": "ordinal", "ordinal (last)": "ordinal", "ordinal + pronoun": "ordinal",
 "switch role": "switch role/company", "switch role (ellipsis)": "switch role/company", "switch role (across documents)": "switch role/company",
 "switch role (short title)": "switch role/company", "switch company (ellipsis)": "switch role/company", "switch role (related post)": "switch role/company",
 "switch role + typo": "typo", 
 "switch attribute": "switch attribute/section", "switch attribute (yes/no)": "switch attribute/section", "short title + switch attribute": "switch attribute/section",
 "switch topic (same document)": "switch attribute/section", "switch indicator": "switch attribute/section", "switch dimension": "switch attribute/section",
 "switch section": "switch attribute/section", "drill-down on one indicator": "switch attribute/section",
 "comparison of last two posts": "comparison",
 "back to earlier post": "back to earlier", "ellipsis (back to earlier list)": "back to earlier",
 "more (还有吗)": "more (还有吗)",
 "out of scope in the middle": "OOS turn", "out of scope in the middle (tech question)": "OOS turn", "out of scope in the middle (HR-adjacent)": "OOS turn",
 "out of scope (chit-chat)": "OOS turn", "out of scope in the middle (pay not stated)": "OOS turn", "out of scope in the middle (tax law)": "OOS turn",
 "empty field (near-miss OOS)": "near-miss OOS turn", "switch role (named only, near-miss OOS)": "near-miss OOS turn",
 "pronoun, field not in document (near-miss OOS)": "near-miss OOS turn", "field marked 略 (near-miss OOS)": "near-miss OOS turn",
 "pronoun (after OOS)": "resume after (near-miss) OOS", "switch department (after OOS)": "resume after (near-miss) OOS",
 "pronoun (after OOS, back to post)": "resume after (near-miss) OOS", "ellipsis after OOS": "resume after (near-miss) OOS",
 "pronoun (after near-miss)": "resume after (near-miss) OOS", "switch to department (pronoun 这个部门)": "resume after (near-miss) OOS",
}
forms = json.load(open("forms.json", encoding="utf-8"))["later_turn_forms"]
items = [json.loads(l) for l in open("set.jsonl", encoding="utf-8")]
rows = []
for it in items:
    for t in range(1 + len(it["turns"] or [])):
        v, c, n = J[(it["id"], t)]
        rows.append((it["id"], t, v, c, n))
assert len(rows) == len(J) == 125
with open("judgments.tsv", "w", encoding="utf-8") as fh:
    fh.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows: fh.write("\t".join(map(str, r)) + "\n")
def share(rs):
    c = collections.Counter(r[2] for r in rs); n = len(rs)
    return f"{n:3d} | ok {c['ok']:3d} ({100*c['ok']/n:5.1f}%) | partial {c['partial']:2d} | wrong {c['wrong']:2d} | ok+½partial {100*(c['ok']+0.5*c['partial'])/n:5.1f}%"
first = [r for r in rows if r[1] == 0]; later = [r for r in rows if r[1] > 0]
print("all turns     ", share(rows)); print("first turns   ", share(first)); print("later turns   ", share(later))
byform = collections.defaultdict(list)
for r in later: byform[COARSE[forms[f"{r[0]}/{r[1]}"]]].append(r)
print("\nper form (later turns):")
for k, rs in sorted(byform.items(), key=lambda kv: -len(kv[1])): print(f"  {k:30s}", share(rs))
cls = collections.Counter()
for r in rows:
    if r[2] != "ok":
        for c in [r[3]]: cls[c] += 1
print("\nfailure classes:"); [print(f"  {n:2d}  {c}") for c, n in cls.most_common()]
