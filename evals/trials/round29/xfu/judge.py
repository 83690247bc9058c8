# My verdicts for every turn (read from answers.txt / eval/eval.json), written to judgments.tsv,
# plus per-form pass rates (mine and the evaluator's followup_ok).
import json, collections
V = {  # (id, turn): (verdict, class, note) ; anything not listed is ok
("fu-02",3): ("wrong","lost context (switch back)","'回到前一个岗位' = 财务部经理 (直接下级 财务会计、出纳 / chart 成本会计、出纳); gangwei stayed on the current post 车辆调度员 and refused (no 直接下级)"),
("fu-03",3): ("wrong","false refusal","cx08 item 3 '每天报财务“资金汇报”'; time-word question '每天固定要报个什么' was refused as not stated (routed to method)"),
("fu-05",2): ("partial","unfocused list","cx12 时间分配: 65% 主要负责的行政管理工作 (largest share); gangwei listed 15 of 17 duties without any percentage, so 'where does most time go' is not answered"),
("fu-06",3): ("partial","comparison one side","财务类(15%) vs 客户类(10%): gangwei listed only 财务类 (15%) and its two items; 客户类 and the verdict are missing (evaluator passed it on '10%' of 人事行政成本控制)"),
("fu-07",1): ("wrong","ordinal missed","'靠后那个' = 人员编制控制率, formula (实际人数/计划编制人数)*100% (already shown in turn 0); gangwei refused (routed to method)"),
("fu-08",2): ("wrong","ordinal missed","last indicator of the cx14 table = 月底结帐处理, 考核目的 '保证月底结帐的及时准确完成'; gangwei took item 5 of its own previous answer ('格式 10%') and quoted three cx09 rows of another document"),
("fu-08",3): ("wrong","ordinal missed","2nd indicator = 财务分析报告 (计算方法 见附表), 附表: 格式10%、数据的准确性30%、有效性30%、报告提交的及时性30%; gangwei gave the generic no-answer refusal"),
("fu-09",3): ("wrong","lost context (switch back)","previous post = DBA, 薪资 15K - 45K; gangwei stayed on SRE and refused (SRE has no pay)"),
("fu-10",1): ("wrong","more not understood","'就这些吗，后面还有不' after the requirements: turn 0 already listed the 加分项 (terraform, 开源作品…); expected 'that is all' or the 加分项; gangwei answered '没有写明这一点'"),
("fu-11",2): ("wrong","wrong section","'换成DBA，第五点' carries 职责 (turn 1 was 职责第5点): DBA duty 5 = 备份恢复、迁移及故障排除; gangwei took the 5th 岗位要求 (熟悉常用的数据库备份方法…)"),
("fu-12",2): ("wrong","ordinal missed","'倒过来数第二条' = item 7 of 8, 协助仓储部门做好采购物资的验收工作; gangwei explained item 2 from the top (组织下属收集商品价格…)"),
("fu-12",3): ("partial","comparison one side","采购员 45周岁以下 vs 机修工 50周岁以下 → 机修工 looser; gangwei listed only 机修工's requirements, no 采购员 side, no verdict"),
("fu-13",3): ("wrong","lost context (switch back)","'前一个岗位' = 焊工: 40岁以下; gangwei answered the current post 埋弧焊工 (45岁以下)"),
("fu-15",3): ("wrong","false refusal","typo 专叶=专业; cx05 研发经理 '模具设计类专业'; gangwei refused ('没有写明这一点')"),
("fu-16",1): ("wrong","false refusal","cx05 销售经理 duty 4 '每年有1~2次到上海等地出差' (shown in turn 0); '一年要出几回差' got the generic knowledge-base refusal"),
("fu-17",2): ("wrong","false refusal","cx03 3.1: 培训部 = 经理1名, 培训顾问1名, 培训助理1名 (经理 also 负责培训部员工的工作安排与绩效考核); gangwei refused. Inference from the staffing line, so a hedged answer would be expected"),
("fu-18",1): ("wrong","false refusal","cx10 line 43 '其上级为店长,对店长负责,接受其领导'; '她是听谁指挥的' refused as not stated (routed to method)"),
("fu-18",3): ("partial","unfocused list","typo 手银=收银; cx10 version 1 '负责收银…'. gangwei repeated the previous 10-item answer verbatim; 收银 is in it but no yes/no, the question itself was not addressed"),
("fu-19",0): ("wrong","false refusal","招聘专员 行为标准 1.1–1.3 (策划招聘文案, 组织实施招募活动, 发布在内部信息网) are duties; gangwei routed to qualification ('要求') and refused, while saying duties exist"),
("fu-19",1): ("wrong","more not understood","'就这些？还有没有' → section 2 转正考核与异动管理; gangwei repeated the same refusal"),
("fu-21",1): ("partial","unfocused list","'年底那阵子额外要干啥' → item 7 年终奖计发 (核算年终奖金额, 年终奖发放及个税优化申报); gangwei repeated the full 9-item duty list"),
("fu-21",2): ("wrong","ordinal missed","'编号2的那条' = 算薪前薪资数据核查 (考勤记录、社保公积金缴纳基数、协同HRBP); gangwei refused"),
("fu-22",2): ("partial","more not understood","'还有不' after the requirements: gangwei repeated the same 5-item list (加分项 already included as item 5) without saying that is all"),
("fu-22",3): ("wrong","false refusal","cx06 工作地点 成都 (title 产品经理-People-成都); '他办公城市是哪里' refused as not stated (routed to method)"),
("fu-23",3): ("wrong","lost context (switch back)","'最开始那个岗位' = 财务部经理 → 财务总监; gangwei answered 出纳 → 分校校长 (evaluator passed it on the key point '上级')"),
}
NOTE_OK = {
("fu-07",3): "OOS ok: says the HR sheet states no weights, then lists the indicators (evaluator counts it as answered)",
("fu-25",3): "OOS ok: says 资金部 indicators have no weights, then lists them (evaluator counts it as answered)",
("fu-05",3): "near-miss 略 refused, quoting the 使用说明",
("fu-14",1): "typo 正书 handled",
("fu-14",3): "switch back with '回到前面那个岗位' handled",
}
d = json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
forms = json.load(open("forms.json"))
rows, per_form, ev_form = [], collections.defaultdict(collections.Counter), collections.defaultdict(collections.Counter)
mine = collections.Counter(); first = collections.Counter(); single = collections.Counter(); evfu = collections.Counter()
for q in d:
    iid = q["item_id"].replace("r29x-", ""); t = q["turn"]
    v, c, n = V.get((iid, t), ("ok", "", NOTE_OK.get((iid, t), "")))
    rows.append(f"{q['item_id']}\t{t}\t{v}\t{c}\t{n}")
    if iid.startswith("fu-") and t > 0:
        mine[v] += 1; evfu[bool(q["followup_ok"])] += 1
        for f in forms[q["item_id"]][t-1]["forms"]:
            per_form[f][v] += 1; ev_form[f][bool(q["followup_ok"])] += 1
    elif iid.startswith("fu-"): first[v] += 1
    else: single[v] += 1
open("judgments.tsv", "w").write("id\tturn\tverdict\tfailure_class\tnote\n" + "\n".join(rows) + "\n")
print("later turns mine", dict(mine), "evaluator followup_ok", dict(evfu)); print("first turns", dict(first), "singles", dict(single))
print("form | n | ok | partial | wrong | evaluator pass")
for f, c in sorted(per_form.items(), key=lambda x: -sum(x[1].values())):
    n = sum(c.values()); print(f"{f} | {n} | {c['ok']} ({100*c['ok']/n:.0f}%) | {c['partial']} | {c['wrong']} | {ev_form[f][True]}/{n}")
cls = collections.Counter(v[1] for v in V.values()); print(cls.most_common())
