#!/usr/bin/env python3
"""Hand judgments of every later turn (run 2) and of the first turns that matter.

Writes judgments.tsv and classes.md (the per-class tables pasted into REPORT.md).
verdict: ok | partial (the needed fact is in the answer but the turn's restriction -- ordinal,
filter, other side of a comparison -- is not applied, or only part of the fact) | fail.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
Q = {x["key"]: x for x in json.load(open(HERE / "run2" / "eval.json"))["report"]["systems"]["gangwei"]["questions"]}

# key: (class, verdict, what the document says, guessed cause)
J = {
 # 1 implicit-role detail / yes-no question in everyday words
 "f14-fu-01#1": ("1", "fail", "cx02 工作禁忌: 服务态度不好", "no role/field word ('忌讳' ≠ '禁忌') -> judged out of scope before the conversation's role is used"),
 "f14-fu-01#3": ("1", "fail", "cx02 职业发展: 高级业务员", "'往上能升到啥岗位' not mapped to 职业发展 -> out of scope, role dropped"),
 "f14-fu-02#3": ("1", "fail", "cx01 岗位工作目标 3、库存周转率、应收账款周转率小于期间额定标准", "'岗位目标' not tied to the role's 岗位工作目标 -> out of scope"),
 "f14-fu-06#3": ("1", "fail", "cx06 DBA 职责3: …并对研发团队进行相关培训", "yes/no question without role -> out of scope"),
 "f14-fu-15#1": ("1", "fail", "cx13 2.1 组织转正考核, 拟定转正通知", "polite long turn without role -> out of scope (2.2 '异动手续呢' in the next turn works)"),
 "f14-fu-19#1": ("1", "fail", "cx04 资金部: 资金收支准确度 (资金收支出错次数), 头寸 (…损失的金额); the previous answer itself showed them", "meta question about the previous list -> out of scope"),
 "f14-fu-04#3": ("1", "fail", "cx04 数据来源 column: 招聘记录", "role kept (人力资源部) but '数据从哪取' does not match the 数据来源 field -> '没有写明这一点'"),
 "f14-fu-09#2": ("1", "fail", "cx07 采购员 职责2: 组织下属收集…; 要求 3年以上采购主管经验", "'管人' not matched to 下属 -> '没有写明这一点'"),
 "f14-fu-18#2": ("1", "fail", "cx16 任职2: 有HRSSC或共享服务中心工作经验者优先", "'共享中心' vs '共享服务中心' -> '没有写明这一点' (detail lookup is lexical)"),
 "f14-fu-24#2": ("1", "fail", "cx06 SRE 工作内容: 管理公司DevOps平台的开发和运维…", "'具体干的活' routed to a detail lookup that fails; the refusal even says 现有的是它的岗位职责"),
 # 2 ordinals / positions
 "f14-fu-04#2": ("2", "fail", "the 'first' of the two indicators just asked (招聘空缺职位所需的平均天数): 空缺职位总数/招聘空缺职位所用的总天数", "ordinal taken from the previous answer's displayed list, which began with unrelated rows (招聘费用预算达成率)"),
 "f14-fu-06#2": ("2", "fail", "DBA 职责5: 负责MySQL数据库的备份恢复、迁移及故障排除", "typo 职则 not read as 职责 -> ordinal applied to the previous (requirements) list; second bullet unrelated"),
 "f14-fu-12#1": ("2", "fail", "cx10 商超 version item 4: 让三分传媒卖场专区… (ends with a comma)", "ordinal + complaint wording -> out of scope; the previous answer also led with the wrong version (专卖店)"),
 "f14-fu-14#1": ("2", "fail", "cx12 third block 部门内部建设以及对外关系协调: 队伍建设、目标分解、考勤和假期、外联及接待", "'第三块' (block) read as '第3条' of the flattened list; the 15%/65%/15% blocks are lost"),
 "f14-fu-16#1": ("2", "fail", "cx14 企业内控制度的调整: 计算方法 经理打分", "conversation entity became 财务部; 'first' resolved against cx04's 财务部 sheet instead of the cx14 table just shown"),
 "f14-fu-16#2": ("2", "fail", "cx14 财务分析报告: 见附表; 附表 由财务部经理填写", "same: cx04 财务费用降低率 card"),
 "f14-fu-17#2": ("2", "fail", "cx15 三、基本能力 1.善于倾听、善解人意…站在家长和孩子的立场", "named section '基本能力那块' ignored; item 1 of the previous one-item answer (学历专业) repeated"),
 "f14-fu-03#2": ("2", "partial", "cx03 a) 日常管理 b) 规章制度与工作计划", "range '前两条' ignored: all 8 duties repeated"),
 "f14-fu-18#1": ("2", "partial", "cx16 1. 月度薪资计提 2. 算薪前薪资数据核查", "range '前两条职责' ignored: all 9 duties repeated"),
 # 3 comparisons
 "f14-fu-24#3": ("3", "fail", "SRE: 熟练掌握…K8S; Golang 后端: 熟练使用 k8s、docker 并进行二次开发", "comparison naming another company's post -> out of scope"),
 "f14-fu-28#2": ("3", "fail", "财务部经理 会计师资格证书; 出纳 会计从业资格证", "'这俩' comparison without names -> out of scope"),
 "f14-fu-05#2": ("3", "partial", "销售经理 英语专业者优先; 销售员 英语四级以上", "only the current role (销售员) listed, no comparison"),
 "f14-fu-05#3": ("3", "partial", "销售经理 免费食宿, 薪资面议; 销售员 双休, 面议, 社保, 住宿", "only 销售员's pay line"),
 "f14-fu-21#3": ("3", "partial", "研发经理 20-45岁; 生产主管 25-45岁", "the named side (研发经理) becomes the role; the current role (生产主管) is dropped"),
 # 4 going back / earlier referent
 "f14-fu-20#2": ("4", "fail", "车辆调度员 专业要求: 汽车修理专业", "'回到刚才那个岗位' resolved to the current role (酒店前台), no memory of the role before"),
 "f14-fu-20#3": ("4", "fail", "车辆调度员 4年以上相关工作经验", "stays on 酒店前台 (cascade)"),
 "f14-fu-30#3": ("4", "fail", "薪资核算专员: 熟悉《劳动法》《个人所得税法》及社保公积金政策", "'他' resolved to the last entity (人力资源部 KPI sheet), not the person two turns back"),
 # 5 a word of the turn taken as a role or a field
 "f14-fu-27#1": ("5", "fail", "焊工 has no duties in cx07 (only 学历/要求) -> should say so", "'普通焊工' matched as a narrower form of 埋弧焊工 although 焊工 exists; 埋弧焊工's duty shown instead (flagged, but wrong post)"),
 "f14-fu-27#2": ("5", "fail", "焊工: 有质监局发布的焊工证", "still on 埋弧焊工 (cascade): no certificate given"),
 "f14-fu-27#3": ("5", "fail", "焊工: 年龄 40岁以下 (埋弧焊工 45岁以下)", "still on 埋弧焊工, and even its age line is not found -> '没有写明这一点'"),
 "f14-fu-33#2": ("5", "fail", "cx03 2.6 师资库…外部讲师的管理和内部讲师的培养考核", "'讲师那块' read as the post 讲师 (named only) -> named-only refusal"),
 "f14-fu-35#1": ("5", "fail", "cx13 IT相关企业工作经验者优先", "'IT公司' read as a role 'it'; SRE posting shown"),
 "f14-fu-35#2": ("5", "fail", "cx13 3. 招聘/薪资福利/培训…/绩效考核", "role 'it' sticks (cascade)"),
 "f14-fu-35#3": ("5", "fail", "cx13 掌握计算机应用技术, 如MS Office", "role 'it' sticks (cascade)"),
 "f14-fu-32#2": ("5", "fail", "cx12 职责: 发放日常福利、节日福利", "'发福利' -> attribute benefits -> '没有写明福利'"),
 "f14-fu-10#1": ("5", "fail", "cx08 工作关系: 隔级领导:总经理", "'隔级领导' -> reports_to; qualifier dropped, answers 直接主管 分校校长"),
 "f14-fu-22#2": ("5", "fail", "cx06 测试经理: 有财税行业工作经验优先", "'加分' -> KPI intent -> '没有写明考核指标'"),
 "f14-fu-21#2": ("5", "partial", "生产主管 职责: 车间日常生产管理; 合理调配安排生产…简化生产流程", "entity kept as generic '主管' -> '知识库中没有「主管」的岗位说明' + requirements + only duty 1"),
 # 6 filter inside a list/table
 "f14-fu-11#2": ("6", "fail", "公司组织培训完成率: 组织培训不及时, 扣2分/次; 部门培训目标完成率: 达到100%为5分…", "'这两个' not resolved; the whole 16-row sheet repeated without scoring rules"),
 "f14-fu-11#1": ("6", "partial", "cx09 公司组织培训完成率, 部门培训目标完成率", "filter '跟培训有关的' not applied: all 16 indicators listed"),
 "f14-fu-04#1": ("6", "partial", "cx04 招聘管理: 招聘空缺职位所需的平均天数, 人员编制控制率", "rows 3,5,9,10,11 listed; filter on 招聘管理 only loosely applied"),
 "f14-fu-29#1": ("6", "partial", "cx04 薪酬管理: 员工工资出错次数 = 错误发放的工资次数/发放的工资次数", "5 rows listed, the asked one among them"),
 "f14-fu-30#1": ("6", "partial", "cx04 薪酬管理 员工工资出错次数 (工资发放记录)", "'哪个最相关' not answered: all 11 HR indicators listed"),
 "f14-fu-30#2": ("6", "partial", "员工工资出错次数: (错误发放的工资次数/发放的工资次数)*100%", "'那个' not resolved: all 11 indicators again"),
 "f14-fu-33#1": ("6", "partial", "cx03 2.4-2.8 (内部员工培训, 部门间支持, 师资库, 档案, 新课程)", "'对内呢' not applied: all 9 functions repeated (turn 0 '对外' also got all 9)"),
 "f14-fu-34#3": ("6", "partial", "cx09 财务类(15%): 办公用品费用控制的监管 5% + 人事行政成本控制 10%", "heading says 财务类（15%） but lists one indicator and '以上 1 项权重合计 10%' (drops the 5% one); role resolved as typo '人事行政部'"),
 # 7 near-miss out-of-scope turns answered with adjacent content
 "f14-fu-19#3": ("7", "fail", "cx04 审计报告归档率: 指标定义/公式 cell empty", "card (所属/维度推断/来源/周期) shown, no statement that the definition is empty"),
 "f14-fu-31#3": ("7", "fail", "cx11 has no 夜班/补贴", "the benefits list is repeated instead of saying no subsidy is stated"),
 "f14-fu-33#3": ("7", "fail", "cx03 lists '4.讲师管理制度' only in the table of contents", "the TOC lines are shown instead of 'the manual excerpt has no content for it'"),
 # 8 cascade from a failed first turn
 "f14-fu-23#1": ("8", "fail", "cx06 Golang 后端: 杭州/北京/深圳/上海/广州/远程", "first turn '云霁科技招Go开发' not resolved to Golang 后端 -> no role in the conversation -> '在哪' out of scope"),
 "f14-fu-23#2": ("8", "partial", "Golang 后端: MySQL, PostgreSQL", "no role: DBA, 测试经理 and Golang lines mixed"),
 # 9 wrapped paragraph
 "f14-fu-10#3": ("9", "fail", "cx08 舞弊: 追回相应款项, 罚款, 解除劳动合同, 全校通报, 严重者提交司法机关 (3 wrapped PDF lines)", "only the first physical line quoted; labelled '任职要求如下'"),
}

CLASS = {
 "1": "Implicit-role detail or yes/no question in everyday words",
 "2": "Ordinals and positions (第N条/第一个/第三块/前两条/X那块第一条)",
 "3": "Comparisons (他俩/这俩/跟X比)",
 "4": "Going back to an earlier turn (回到刚才那个岗位, 他 = the person two turns back)",
 "5": "A word of the turn taken as a role or a field",
 "6": "Filter or reference inside the previous list/table (跟培训有关的/这两个/那个/对内呢/哪个最相关)",
 "7": "Near-miss out-of-scope turns answered with adjacent content",
 "8": "Cascade from a failed first turn (very short turn 在哪)",
 "9": "Fact spread over wrapped PDF lines",
}


def history(key):
    item, _, n = key.partition("#")
    n = int(n)
    qs = [Q[item]["question"]] + [Q[f"{item}#{i}"]["question"] for i in range(1, n)]
    return " → ".join(qs)


def excerpt(key, n=70):
    a = (Q[key]["answer"] or "").replace("\n", " ").replace("|", "\\|").replace("\\\\|", "\\|")
    return a[:n] + ("…" if len(a) > n else "")


if __name__ == "__main__":
    later = [k for k, x in Q.items() if x["turn"] > 0]
    rows = ["key\tverdict\tmetric\tclass\tquestion\tdocument\tcause"]
    for k in later:
        cls, verdict, doc, cause = J.get(k, ("", "ok", "", ""))
        rows.append("\t".join([k, verdict, "pass" if Q[k]["followup_ok"] else "fail", cls, Q[k]["question"], doc, cause]))
    (HERE / "judgments.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    from collections import Counter
    v = Counter(J.get(k, ("", "ok"))[1] for k in later)
    print("later turns", len(later), dict(v))
    mism = [k for k in later if (J.get(k, ("", "ok"))[1] == "fail") != (not Q[k]["followup_ok"])]
    print("hand fail vs metric fail mismatches:", mism)
    out = []
    for c, title in CLASS.items():
        ks = [k for k in J if J[k][0] == c]
        nf = sum(J[k][1] == "fail" for k in ks); npart = sum(J[k][1] == "partial" for k in ks)
        out.append(f"### {c}. {title} — {nf} fail" + (f", {npart} partial" if npart else "") + "\n")
        out.append("| turn | conversation so far → **turn** | answer (excerpt) | document | verdict · guessed cause |")
        out.append("|---|---|---|---|---|")
        for k in ks:
            h = history(k)
            out.append(f"| {k} | {h} → **{Q[k]['question']}** | {excerpt(k)} | {J[k][2]} | {J[k][1]} · {J[k][3]} |")
        out.append("")
    (HERE / "classes.md").write_text("\n".join(out), encoding="utf-8")


# primary surface form of every later turn (for the per-form table)
FORM_SPEC = """
01 implicit very-short implicit
02 pronoun ellipsis implicit
03 ordinal ordinal oos
04 switch-sheet ordinal implicit
05 switch-company comparison comparison
06 more ordinal implicit
07 switch-company pronoun oos
08 ellipsis comparison switch-role
09 ordinal pronoun ellipsis
10 pronoun reference implicit
11 switch-sheet reference ellipsis
12 ordinal ellipsis oos
13 switch-role ellipsis more
14 ordinal oos pronoun
15 polite ellipsis oos
16 ordinal ordinal implicit
17 implicit ordinal oos
18 ordinal implicit ellipsis
19 reference switch-sheet oos
20 switch-role back ellipsis
21 switch-role pronoun comparison
22 implicit implicit very-short
23 very-short ellipsis oos
24 very-short implicit comparison
25 very-short switch-role pronoun oos
26 implicit implicit oos
27 oos pronoun implicit
28 switch-role comparison back
29 reference ellipsis implicit
30 switch-sheet reference back
31 ellipsis implicit oos
32 pronoun pronoun oos
33 ellipsis reference oos
34 ordinal polite switch-sheet
35 implicit implicit ellipsis
"""
FORM = {}
for line in FORM_SPEC.strip().splitlines():
    n, *forms = line.split()
    for i, f in enumerate(forms, 1):
        FORM[f"f14-fu-{n}#{i}"] = f

if __name__ == "__main__":
    from collections import defaultdict
    later = [k for k, x in Q.items() if x["turn"] > 0]
    assert set(FORM) == set(later), set(later) ^ set(FORM)
    t = defaultdict(lambda: {"n": 0, "ok": 0, "partial": 0, "fail": 0, "metric": 0})
    for k in later:
        f = FORM[k]; v = J.get(k, ("", "ok"))[1]
        t[f]["n"] += 1; t[f][v] += 1; t[f]["metric"] += bool(Q[k]["followup_ok"])
    lines = ["| form | turns | ok (hand) | partial | fail | eval pass |", "|---|---|---|---|---|---|"]
    for f, d in sorted(t.items(), key=lambda kv: -kv[1]["n"]):
        lines.append(f"| {f} | {d['n']} | {d['ok']} | {d['partial']} | {d['fail']} | {d['metric']} |")
    (HERE / "forms.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    # add form column to judgments.tsv
    rows = (HERE / "judgments.tsv").read_text(encoding="utf-8").splitlines()
    out = [rows[0] + "\tform"] + [r + "\t" + FORM[r.split("\t")[0]] for r in rows[1:]]
    (HERE / "judgments.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")
