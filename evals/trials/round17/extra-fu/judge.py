#!/usr/bin/env python3
"""Hand verdicts on every later turn -> judgments.tsv, and counts per form / cause."""
import json
from collections import Counter, defaultdict
from pathlib import Path
HERE = Path(__file__).resolve().parent
WRONG = {  # key: (cause, note)
 "r17x-fu-03#1": ("not-understood", "purpose cue (这个岗设来干嘛的) answered with duties, 工作目的 line not given"),
 "r17x-fu-03#2": ("wrong-post", "'司机' in the question taken as a post -> refused"),
 "r17x-fu-04#3": ("lost-context", "stuck on 培训顾问 of the refused turn -> refused"),
 "r17x-fu-04#4": ("wrong-post", "'回到经理' taken as a post name -> refused"),
 "r17x-fu-05#3": ("oos-answered", "weights blank; answered '关于第 1 条' with a table row"),
 "r17x-fu-06#1": ("wrong-post", "correction to 资金部 answered with 财务部经理 duties (cx01)"),
 "r17x-fu-07#2": ("not-understood", "数据来源 refused though the previous answer showed 工资发放记录"),
 "r17x-fu-07#3": ("lost-context", "same-category follow-up refused"),
 "r17x-fu-09#2": ("not-understood", "age comparison of two posts refused (age -> out_of_scope)"),
 "r17x-fu-11#3": ("wrong-post", "switch to 京东 posting resolved to 杭州百腾教育"),
 "r17x-fu-11#4": ("wrong-post", "stays on 百腾 posting; no 全日制本科"),
 "r17x-fu-15#4": ("lost-context", "k8s detail of Golang 后端 refused"),
 "r17x-fu-16#1": ("lost-context", "英文几级 refused; with the post named, ask answers 英语四级"),
 "r17x-fu-16#3": ("lost-context", "quote of item (客户档案) refused"),
 "r17x-fu-17#1": ("not-understood", "四十五岁还能去吗 refused (age -> out_of_scope)"),
 "r17x-fu-21#1": ("two-in-one-half", "gave 分校校长, dropped 隔级领导 总经理"),
 "r17x-fu-22#4": ("not-understood", "scoring rule asked; full weight list given, no 70%/5分"),
 "r17x-fu-24#3": ("lost-context", "不会说粤语行不行 refused"),
 "r17x-fu-25#3": ("lost-context", "第四点客诉 refused; with the post named, ask answers"),
 "r17x-fu-26#2": ("not-understood", "'65%那块' (time-share block) refused"),
 "r17x-fu-27#3": ("wrong-post", "answered cx06 加分项 of IT postings instead of 人力资源专员 line 4"),
 "r17x-fu-28#4": ("wrong-post", "who scores -> cx04 财务部 KPI list, not cx14 (财务部经理)"),
 "r17x-fu-30#1": ("lost-context", "'duties呢' refused; with the post named, ask answers"),
}
ev = json.load(open("/tmp/t17extra-fu/report/eval.json"))["report"]["systems"]["gangwei"]["questions"]
forms = json.loads((HERE / "forms.json").read_text(encoding="utf-8"))["later_turn_forms"]
rows, per_form, per_cause = [], defaultdict(lambda: [0, 0]), Counter()
agree = 0
for q in ev:
    if q["turn"] == 0:
        continue
    k = q["key"]; form = forms[q["item_id"]][q["turn"] - 1]
    bad = k in WRONG
    per_form[form][1] += 1; per_form[form][0] += bad
    if bad: per_cause[WRONG[k][0]] += 1
    agree += (not bad) == bool(q["followup_ok"])
    rows.append("\t".join([k, form, q["intent"], "wrong" if bad else "right", str(q["followup_ok"]),
                           WRONG.get(k, ("", ""))[0], WRONG.get(k, ("", ""))[1], q["question"]]))
(HERE / "judgments.tsv").write_text("key\tform\tintent\thand\teval_ok\tcause\tnote\tquestion\n" + "\n".join(rows) + "\n", encoding="utf-8")
n = len(rows); w = len(WRONG)
print(f"later turns {n}: right {n-w} ({(n-w)/n:.1%}), wrong {w}; agree with eval followup_ok {agree}/{n}")
print("causes:", dict(per_cause.most_common()))
print("per form wrong/total:", ", ".join(f"{f} {a}/{b}" for f, (a, b) in sorted(per_form.items(), key=lambda x: -x[1][1])))
