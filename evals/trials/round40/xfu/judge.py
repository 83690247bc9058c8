"""Write judgments.tsv (hand verdicts of the replay) and compute per-form shares for later turns."""
import json, collections
from pathlib import Path
here = Path(__file__).parent
ids = json.load(open("/tmp/t40xfu/batch_ids.json"))
forms = json.load(open(here / "forms.json"))
X = {  # (id, turn): (verdict, class, note)
 ("r40x-fu-02", 0): ("partial", "spurious caveat", "Doc is XXXX袜业有限公司's 岗位说明书; gangwei prefixes '资料中没有XXXX袜业有限公司「财务部经理」的岗位说明' and then answers correctly from that very document."),
 ("r40x-fu-04", 2): ("partial", "lost referent", "Asked the 数据来源 of 员工工资出错次数 (cell: 工资发放记录). gangwei treated it as '第1条 展开', said 'no more detail' and dumped the whole row; the value is in the row but not pointed out."),
 ("r40x-fu-05", 3): ("partial", "comparison not concluded", "Asked which has the higher age floor (生产主管 25-45岁 vs 研发经理 20-45岁). Both requirement lists shown side by side, no verdict."),
 ("r40x-fu-06", 3): ("partial", "comparison not concluded", "Asked whether 测试经理 and DBA have the same education requirement (both 本科, 计算机相关). Both lists shown, no verdict."),
 ("r40x-fu-08", 2): ("wrong", "lost context", "After 'switch to 京东物流 前端研发', '它要求几年开发经验' should give 3-5年 (cx06 l.99). Role lost (role=None); answered with 杭州百腾教育 lines (NodeJS 加分项, HTML5 项目经验)."),
 ("r40x-fu-08", 3): ("wrong", "lost context", "'那美团那个岗位要几年的' should give 3年及以上互联网研发 (cx06 l.86). gangwei took '开发' as the role and returned 杭州百腾教育 l.115."),
 ("r40x-fu-09", 2): ("partial", "comparison one-sided", "Compare age limits of 焊工 (40岁以下) and 埋弧焊工 (45岁以下): only 埋弧焊工's line shown, no verdict."),
 ("r40x-fu-11", 2): ("partial", "comparison one-sided", "Compare duties of 维修电工 and 机修工: only 机修工 duties listed; 维修电工 (断电挂牌, 例保一保二保) missing."),
 ("r40x-fu-13", 0): ("partial", "spurious caveat", "Doc is 培训学校出纳岗位说明书; gangwei says '知识库中没有「学校出纳」的专门资料…仅供参考' then answers correctly (分校校长). Caveat repeated on all later turns of this conversation."),
 ("r40x-fu-14", 2): ("wrong", "false refusal", "'她的平级是谁': pdf line 工作关系 says 平级:会计. gangwei (intent=method) refused: 资料没有写明."),
 ("r40x-fu-14", 3): ("wrong", "wrong field value", "'哪个部门的': 所属部门 = 财务部 (部门/分支机构 = 总校). gangwei answered 所属部门：总校."),
 ("r40x-fu-15", 2): ("partial", "lost referent", "'它怎么打分' refers to 绩效、薪资管理完成率 (扣2分/次). gangwei re-listed the whole 16-row table with all scoring rules; the right rule is in it but not singled out."),
 ("r40x-fu-15", 3): ("partial", "list cut", "'客户类那块又是哪些': 客户类 has 内部员工满意率 and 后勤投诉次数 (md l.17-18). Only the first row returned."),
 ("r40x-fu-16", 1): ("wrong", "missed linked section", "财务分析报告 scoring is '见附表': 软指标评分表 (格式10%, 数据的准确性30%, 数据的有效性30%, 报告提交的及时性30%). gangwei: '没有更详细的说明' and repeated the row."),
 ("r40x-fu-16", 2): ("wrong", "lost referent", "'其中格式占多大比重' -> 格式 10% (cx14 l.13). gangwei repeated the 财务分析报告 row ('第1条…没有更详细的说明'); it had even shown '格式 10%' in turn 0."),
 ("r40x-fu-17", 3): ("partial", "field not isolated", "'男生能应聘吗': 任职要求 say 女. gangwei re-listed all 4 requirements (first one starts with 女) without answering the yes/no."),
 ("r40x-fu-19", 3): ("partial", "section not scoped", "'65%那部分' = 主要负责的行政管理工作 (8 items, l.39-47). gangwei listed all duties from the 15% block on, cut at 15 of 17."),
 ("r40x-fu-20", 1): ("wrong", "false refusal", "'2.1展开讲讲' -> 2.1 及时清查待转正员工…拟定转正通知 (l.16-17), shown in the previous answer. gangwei (intent=method) refused."),
 ("r40x-fu-27", 1): ("partial", "ingestion: csv source URL as item", "加分项 list correct but ends with the CSV 来源 column 'https://github.com/ruanyf/weekly/issues/2234#…' as a fifth 加分项."),
 ("r40x-fu-28", 2): ("partial", "more: not re-listed", "'还有吗，加分的有哪些': 加分项 = 人力资源绩效业务经验/KPI、OKR… (l.25-26). It was item 5 of the previous answer, but gangwei only said 'the 5 items are all' without naming which is the 加分项."),
 ("r40x-fu-29", 3): ("wrong", "lost context", "After the OOS turn about 财务总监, '技能方面要会什么软件' goes back to 财务部经理 (精通ERP、K3). gangwei stayed on 财务总监 and refused as a 'named-only' post."),
 ("r40x-fu-30", 2): ("partial", "comparison not concluded", "Education of 人力资源专员 (本科, 人力资源/经济/管理) vs 薪资核算专员 (本科, 人力资源/财务/统计): both full requirement lists shown, no verdict."),
 ("r40x-s-05", 0): ("partial", "JD: fields misfiled", "导购 JD: 直属上级 left 【待补充】 though the doc says 上级为店长 (put as duty 9); the advert fragment '让三分传媒卖场专区…' is a duty and even a KPI; 专业 filled with '粤语优先'."),
}
NOTES = {("r40x-fu-13", t): "correct; spurious 'no 学校出纳 document' caveat repeated" for t in range(1, 5)}
rows = ["id\tturn\tverdict\tfailure_class\tnote"]
agg = collections.defaultdict(lambda: collections.Counter())
for iid, t in ids:
    v, c, n = X.get((iid, t), ("ok", "", NOTES.get((iid, t), "")))
    rows.append(f"{iid}\t{t}\t{v}\t{c}\t{n}")
    if t > 0:
        fl = forms[iid][t - 1]
        agg["primary:" + fl[0]][v] += 1
        for f in fl: agg["any:" + f][v] += 1
        agg["ALL later turns"][v] += 1
    else:
        agg["first turns / singles"][v] += 1
(here / "judgments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
out = ["| form | turns | ok | partial | wrong | ok share | ok+partial share |", "|---|---|---|---|---|---|---|"]
for k in sorted(agg, key=lambda k: (not k.startswith("ALL"), not k.startswith("first"), not k.startswith("primary"), -sum(agg[k].values()))):
    c = agg[k]; n = sum(c.values())
    out.append(f"| {k} | {n} | {c['ok']} | {c['partial']} | {c['wrong']} | {c['ok']/n:.0%} | {(c['ok']+c['partial'])/n:.0%} |")
(here / "form_shares.md").write_text("\n".join(out) + "\n", encoding="utf-8")
print("\n".join(out))
cls = collections.Counter(v[1] for v in X.values()); print(cls.most_common())
print(collections.Counter(v[0] for v in X.values()))
