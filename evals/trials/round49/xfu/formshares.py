import json, csv
from collections import defaultdict, Counter
src = open("judge.py").read()
CANON = eval(src.split("CANON = ")[1].split("\nrows")[0])
F = json.load(open("forms.json"))
Q = json.load(open("eval/eval.json"))["report"]["systems"]["gangwei"]["questions"]
J = {(r["id"], int(r["turn"])): r["verdict"] for r in csv.DictReader(open("judgments.tsv"), delimiter="\t")}
R = [json.loads(l) for l in open("replay.jsonl")]
ev = {}
for q in Q:
    ok = q["refused"] if q["expect_refusal"] else (not q["refused"] and (q["key_point_coverage"] or 0) >= 0.5)
    ev[(q["item_id"], q["turn"])] = (ok, q["answer"])
same = sum(1 for r, q in zip(R, Q) if r["text"].strip() == (q["answer"] or "").strip())
print("replay answers identical to evaluator answers:", same, "/", len(Q))
tab = defaultdict(lambda: [0, 0, 0, 0])
for (iid, t), (ok, _) in ev.items():
    if t == 0: continue
    f = CANON[F[iid]["later"][t - 1]]
    tab[f][0] += 1; tab[f][1] += ok; tab[f][2] += J[(iid, t)] == "ok"; tab[f][3] += J[(iid, t)] in ("ok", "partial")
print("| form | turns | evaluator pass | my ok | my ok+partial |\n|---|---|---|---|---|")
tot = [0, 0, 0, 0]
for f, (n, e, o, p) in sorted(tab.items(), key=lambda x: -x[1][0]):
    print(f"| {f} | {n} | {e} ({100*e/n:.0f}%) | {o} ({100*o/n:.0f}%) | {p} ({100*p/n:.0f}%) |")
    tot = [a + b for a, b in zip(tot, (n, e, o, p))]
n, e, o, p = tot
print(f"| **all later turns** | {n} | {e} ({100*e/n:.0f}%) | {o} ({100*o/n:.0f}%) | {p} ({100*p/n:.0f}%) |")
print("disagreements (evaluator pass vs my verdict):")
for k, (ok, _) in sorted(ev.items()):
    if ok != (J[k] == "ok"): print("  ", k, "evaluator", "pass" if ok else "fail", "| me", J[k])
