"""My hand judgments of every turn (from transcript.txt), written to judgments.tsv, plus per-form shares."""
import json, collections
from pathlib import Path
H = Path(__file__).parent
# (id, turn): (verdict, class, note)  -- default ok
J = {
 ("r55xfu-fu-01", 2): ("partial", "missed field", "asked 上下级; doc: 直接上级 财务总监 (chart 财务部总监), 直接下级 财务会计、出纳. gangwei gave only 直接下级, no superior"),
 ("r55xfu-fu-03", 3): ("partial", "unfocused", "asked the one duty about 市场部; doc item h) 协助市场部进行培训市场开发工作... gangwei repeated the whole 8-item list without picking h)"),
 ("r55xfu-fu-05", 1): ("wrong", "false refusal", "typo 审记部 for 审计部; doc lists 6 审计部 KPIs (审计计划执行率...). gangwei stayed on 资金部 and said 资料没有写明"),
 ("r55xfu-fu-10", 1): ("wrong", "false refusal", "asked where the office is; CSV row 122 工作地点 = 广州总部，珠江新城. gangwei: 资料没有写明这一点 (intent=method)"),
 ("r55xfu-fu-11", 2): ("partial", "compare not made", "asked which of 美团/京东物流 requires 小程序; doc: only 京东物流 (line 105). gangwei dumped 京东's full 10-item list, no comparison, 美团 not mentioned"),
 ("r55xfu-fu-12", 1): ("partial", "noise in answer", "加分项 (lines 25-26) correct, but a bullet is the source URL https://github.com/... and the whole 职位要求 list follows"),
 ("r55xfu-fu-13", 1): ("wrong", "lost context (role switch)", "换成采购 (采购员, line 150: 男,45周岁以下,大专,物流及供应链管理,3年以上采购主管经验). gangwei kept role 销售员 and listed 销售员's requirements"),
 ("r55xfu-fu-13", 2): ("wrong", "lost context (role switch)", "他 = 采购员; doc line 165 谈判 价格、付款方式、交货日期. gangwei, still on 销售员, refused: 资料没有写明"),
 ("r55xfu-fu-18", 0): ("partial", "spurious caveat", "answer right (直接主管 分校校长, 平级 会计) but prefixed 知识库中没有「出纳直接主管」的专门资料…仅供参考: the question text was parsed as a role name"),
 ("r55xfu-fu-18", 1): ("partial", "spurious caveat", "隔级领导 总经理 right; same misleading caveat carried over"),
 ("r55xfu-fu-18", 2): ("partial", "spurious caveat", "直接下属 无 right; same misleading caveat carried over"),
 ("r55xfu-fu-18", 3): ("partial", "unfocused", "asked what 出纳 reports daily; doc item 3 每天报财务“资金汇报”. gangwei listed all 10 duties without pointing at item 3"),
 ("r55xfu-fu-19", 0): ("partial", "noise in answer", "full 10-duty list is right, but it opens with 资料中说到这一点的是：学校发票…/学校人员费用报销办理 (two items picked by the word 学校)"),
 ("r55xfu-fu-19", 2): ("partial", "noise in answer", "任职要求 right (大专, 会计从业资格证, 2年以上) but a second block lists the PDF's 舞弊处罚 paragraph (3 wrapped lines) as requirements and repeats items"),
 ("r55xfu-fu-22", 0): ("partial", "spurious caveat", "店长 right (line 43) but caveat 知识库中没有「专卖店导购员」的专门资料…仅供参考 although version 3 is exactly the 专卖店 导购"),
 ("r55xfu-fu-22", 1): ("partial", "unfocused", "asked what she does every morning; doc lines 47-49 (清洁并调整样板, 更换标签/POP). gangwei listed all of version 3 plus version 1 with the spurious caveat; morning items not singled out"),
 ("r55xfu-fu-23", 0): ("partial", "spurious caveat", "duties of versions 1 and 3 right; caveat 没有「商场导购」的专门资料 although version 2 is 商超渠道; version 2 only named as a source"),
 ("r55xfu-fu-23", 1): ("wrong", "more failed", "还有其他的吗: version 2 (lines 23-29: 货品陈列, 营销策略, 介绍公司产品) never shown. gangwei: 上面列出的 4 条就是全部内容，没有更多了 (5 were listed)"),
 ("r55xfu-fu-23", 2): ("partial", "answered OOS", "doc says only 适应轮班制, not how many shifts; gangwei answered 关于福利的说明：适应轮班制 without saying the number is not stated (no fabrication)"),
 ("r55xfu-fu-24", 3): ("partial", "unfocused", "asked how to handle complaints; doc item 4 先安抚情绪…上报主管. gangwei (role None) dumped 岗位核心要求 and all 5 工作内容"),
 ("r55xfu-fu-25", 3): ("partial", "spurious caveat", "caveat 没有找到「行政管理」，按「行政主管/行政经理助理」回答; then whole duty list cut at 15 of 17 instead of the 65% block (lines 40-47); block headings appear as duties"),
 ("r55xfu-fu-26", 0): ("wrong", "wrong section", "asked 工作概述; doc line 26 协助行政经理安排、落实行政服务支持工作. gangwei gave the 岗位职责 list (15 of 17), no 概述"),
 ("r55xfu-fu-26", 1): ("wrong", "false refusal", "时间分配 15%/65%/15% (lines 32,38,48): largest is 65% 主要负责的行政管理工作. gangwei treated it as out of scope (知识库中没有能回答…)"),
 ("r55xfu-fu-26", 2): ("wrong", "section structure lost", "部门内部建设以及对外关系协调 is a block heading with 4 duties (lines 50-54: 技能培训, 目标分解, 考勤, 接待). gangwei took it as item 13 and said 没有更详细的说明"),
 ("r55xfu-fu-27", 2): ("wrong", "false refusal", "招聘专员(一级)行为标准 = lines 9-20 (招聘文案, 招募活动, 转正考核, 异动手续). gangwei read 行为标准 as 任职要求 and refused: 资料没有写明任职要求"),
 ("r55xfu-fu-28", 3): ("wrong", "wrong section", "who fills the 评分表: line 10 (由财务部经理填写). gangwei dumped cx04's 财务部 KPI list"),
 ("r55xfu-oos-01", 0): ("wrong", "answered OOS", "where/cost of a 焊工证 is not in the corpus; gangwei answered with cx07 line 133 (有质监局发布的焊工证) and did not say it cannot answer"),
}
NOTES_OK = {
 ("r55xfu-fu-05", 2): "answer also repeats two 资金部 rows (stale context) but both asked indicators are right",
 ("r55xfu-fu-11", 0): "plus two non-experience items",
 ("r55xfu-fu-14", 2): "says both 高中 (doc 高中及以上 / 高中级以上)",
 ("r55xfu-fu-15", 3): "lists both side by side without a sentence saying they are equal",
 ("r55xfu-fu-25", 2): "refused and quoted the 使用说明 that explains why 业绩衡量标准 are omitted",
 ("r55xfu-fu-30", 0): "did-you-mean note 薪酬核算专员 -> 薪资核算专员, fine",
 ("r55xfu-kd-01", 0): "all 5 from 审计部 table, 1 BSC dimension only, stated as caveat (source has no dimensions)",
}
items = [json.loads(l) for l in open(H / "set.jsonl")]
forms = json.load(open(H / "forms.json"))
rows = []
for it in items:
    n = 1 + len(it["turns"] or [])
    for t in range(n):
        v, c, note = J.get((it["id"], t), ("ok", "", NOTES_OK.get((it["id"], t), "")))
        if t == 0:
            form = "first turn (" + it["intent"] + ")"
        else:
            f = forms[it["id"]][t - 1]
            form = f["form"]
        tintent = it["intent"] if t == 0 else it["turns"][t - 1]["intent"]
        rows.append((it["id"], t, v, c, note, form, tintent))
with open(H / "judgments.tsv", "w") as f:
    f.write("id\tturn\tverdict\tfailure_class\tnote\n")
    for r in rows:
        f.write("\t".join(map(str, r[:5])) + "\n")
# shares
def share(sel):
    n = len(sel); ok = sum(r[2] == "ok" for r in sel); p = sum(r[2] == "partial" for r in sel)
    return n, ok, p
later = [r for r in rows if r[1] > 0]
print("ALL turns", share(rows)); print("first turns", share([r for r in rows if r[1] == 0])); print("later", share(later))
by = collections.defaultdict(list)
for r in later:
    f = r[5]
    if r[6] == "out_of_scope": f = "out-of-scope turn"
    by[f].append(r)
print("\n| form | later turns | ok | partial | wrong | ok share |")
for f, sel in sorted(by.items(), key=lambda x: -len(x[1])):
    n, ok, p = share(sel)
    print(f"| {f} | {n} | {ok} | {p} | {n-ok-p} | {ok/n:.0%} |")
# by detail tags
tags = collections.defaultdict(list)
for r in later:
    it = next(i for i in items if i["id"] == r[0]); d = forms[r[0]][r[1]-1]["detail"]
    if d: tags[d].append(r)
print("\ndetail tags:")
for d, sel in tags.items():
    n, ok, p = share(sel); print(f"| {d} | {n} | {ok} | {p} | {n-ok-p} |")
bi = collections.defaultdict(list)
for r in later: bi[r[6]].append(r)
print("\nlater-turn intent:")
for d, sel in bi.items():
    n, ok, p = share(sel); print(f"| {d} | {n} | {ok} | {p} | {n-ok-p} | {ok/n:.0%} |")
bi = collections.defaultdict(list)
for r in rows: 
    if r[1]==0: bi[r[6]].append(r)
print("\nfirst-turn item intent:")
for d, sel in bi.items():
    n, ok, p = share(sel); print(f"| {d} | {n} | {ok} | {p} | {n-ok-p} | {ok/n:.0%} |")
cl = collections.Counter(r[3] for r in rows if r[3])
print("\nclasses:", cl.most_common())
