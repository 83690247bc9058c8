#!/usr/bin/env python3
"""Hand verdicts (after the run) for every later turn; writes judgments.tsv and prints per-form counts."""
import json
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
# id#turn -> cause of a WRONG verdict (every other later turn was judged right by hand)
WRONG = {
    "r16x-fu-01#3": "ordinal-wrong-list",          # 第五条技能 -> item 5 of the merged requirement list, not 任职基本技能 5
    "r16x-fu-02#1": "field-not-parsed",            # 岗位工作目标 (准确率100) never used; dumps requirements
    "r16x-fu-03#3": "question-not-understood",     # 跟谁汇报工作 -> refused, though 直接上级 is known
    "r16x-fu-04#2": "question-not-understood",     # 往哪升 (职业发展) -> header fields
    "r16x-fu-05#1": "question-not-understood",     # 第e条 (letter ordinal) -> refused
    "r16x-fu-06#1": "word-taken-as-post",          # 讲师 -> "只提到了讲师这个岗位"
    "r16x-fu-06#2": "word-taken-as-post",          # "经理管员工" read as a post name
    "r16x-fu-06#3": "wrong-post-resolved",         # HR那边 -> 人力资源专员 instead of 人力资源部 KPI
    "r16x-fu-07#3": "question-not-understood",     # 数据打哪来 (数据来源 column) -> refused
    "r16x-fu-09#2": "followup-lost-intent",        # 资金部那边咋考 -> "没有写明岗位职责"
    "r16x-fu-09#3": "followup-lost-intent",        # 审计部的呢 -> same
    "r16x-fu-09#4": "followup-lost-intent",        # return to 资金部 头寸 -> same
    "r16x-fu-12#3": "question-not-understood",     # 她具体写些啥 -> refused
    "r16x-fu-13#2": "question-not-understood",     # 给多少k -> requirements instead of 15K-45K
    "r16x-fu-14#1": "question-not-understood",     # 除了经验还有别的要求没 -> repeats experience
    "r16x-fu-14#3": "question-not-understood",     # 公司在哪 -> duties
    "r16x-fu-15#1": "company-switch-not-resolved", # 京东那个呢 -> stays on 美团, refuses
    "r16x-fu-15#2": "company-switch-not-resolved", # Moka的呢 -> only the company name
    "r16x-fu-16#1": "question-not-understood",     # 他们要啥样的人 -> refused
    "r16x-fu-16#2": "question-not-understood",     # 办公在哪儿 -> refused
    "r16x-fu-17#1": "first-turn-failure-cascade",  # first turn refused; 加分项 from other postings
    "r16x-fu-17#2": "first-turn-failure-cascade",  # base哪 -> 加分项 of Golang
    "r16x-fu-18#3": "question-not-understood",     # bare 这俩有啥区别 -> duty of the last post only
    "r16x-fu-21#3": "question-not-understood",     # 英语得几级 -> duties
    "r16x-fu-23#3": "word-taken-as-post",          # 要会计证吗 -> 会计 taken as a post, refused
    "r16x-fu-23#4": "followup-lost-context",       # 女的优先吗 -> stuck on 会计, refused
    "r16x-fu-24#1": "question-not-understood",     # 一周干几天 (岗位每周工作时间 5+1天) -> refused
    "r16x-fu-25#1": "question-not-understood",     # 各类占多少 (dimension weights) -> refused
    "r16x-fu-26#2": "question-not-understood",     # 得懂哪些法 -> refused
    "r16x-fu-29#2": "question-not-understood",     # 65%那块 -> all 17 duties, group not singled out
    "r16x-fu-31#3": "question-not-understood",     # 这表谁来填 -> refused (由财务部经理填写 shown one turn before)
}
# judged right by hand although the eval flagged them (gold phrasing too narrow / said-missing counted as answered)
EVAL_DISAGREE = {
    "r16x-fu-07#1": "第二个 = 2nd row of gangwei's own list (员工满意度), its formula is in the cited row",
    "r16x-fu-07#2": "out of scope: says 权重 not written, lists what is",
    "r16x-fu-23#2": "直接下级：无 is right; my key point wanted 直接下属",
    "r16x-fu-29#3": "out of scope: quotes 使用说明 saying 业绩衡量标准 are not listed",
}


def main():
    forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))["later_turn_forms"]
    ev = json.loads(Path("/tmp/t16extra-fu/report/eval.json").read_text(encoding="utf-8"))
    qs = {q["key"]: q for q in ev["report"]["systems"]["gangwei"]["questions"]}
    rows, per_form, causes = [], defaultdict(Counter), Counter()
    for iid, fl in forms.items():
        for k, form in enumerate(fl, 1):
            key = f"{iid}#{k}"
            q = qs[key]
            verdict = "wrong" if key in WRONG else "right"
            cause = WRONG.get(key, "")
            per_form[form][verdict] += 1
            if cause:
                causes[cause] += 1
            rows.append([key, form, q["intent"], q["question"], verdict, cause,
                         str(q["followup_ok"]), EVAL_DISAGREE.get(key, "")])
    with open(HERE / "judgments.tsv", "w", encoding="utf-8") as fh:
        fh.write("turn\tform\tintent\tquestion\thand_verdict\tcause\teval_followup_ok\tnote\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    n = len(rows)
    w = sum(1 for r in rows if r[4] == "wrong")
    print(f"later turns {n}: right {n - w} ({(n - w) / n:.1%}), wrong {w}")
    for f, c in sorted(per_form.items(), key=lambda x: -sum(x[1].values())):
        print(f"  {f:15s} {c['right'] + c['wrong']:3d}  wrong {c['wrong']}")
    print("causes:", dict(causes.most_common()))
    agree = sum(1 for r in rows if (r[4] == "right") == (r[6] == "True"))
    print(f"hand vs eval followup_ok agree on {agree}/{n}")


if __name__ == "__main__":
    main()
