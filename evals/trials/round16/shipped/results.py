#!/usr/bin/env python3
"""Build results.tsv from the eval report (eval.json) and `search --explain --json --batch` output."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
ev = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "/tmp/t16shipped/report/eval.json"))["report"]["systems"]
srch = [json.loads(l) for l in open(sys.argv[2] if len(sys.argv) > 2 else "/tmp/t16shipped/search_explain.jsonl")]
items = [json.loads(l) for l in open(HERE / "set.jsonl", encoding="utf-8")]
gw = {q["key"]: q for q in ev["gangwei"]["questions"]}
bl = {q["key"]: q for q in ev["baseline"]["questions"]}

def hit(h, evidence):
    return any(h["file"] == e["file"] and h["line_start"] <= e["line_end"] and e["line_start"] <= h["line_end"] for e in evidence)

CAUSE = {
 "r16s-duty-02": "R: post not named (function words); dense ranks 分析师 list first; answer right list + extra 分析师 list",
 "r16s-duty-08": "W: wrong post resolved (untitled 呼叫中心 list; '分析' -> 分析师), retrieval rank 1",
 "r16s-duty-10": "W: wrong post resolved (农信社客户经理 -> 高级客户经理 resume), retrieval rank 1",
 "r16s-duty-14": "P+W: 7-item list inside a plan (③工作效率制度) not parsed as a post; 000 销售人员 profile wins; answer stops at '熟悉自己的岗位职责:'",
 "r16s-qual-07": "G: answered as skills (能力) - gold group 本科 over-asks",
 "r16s-qual-10": "R+U: gold 002:214-216 not in top 10 (colloquial 喜欢啥样的人); answered as duty with 导语 prose",
 "r16s-qual-12": "R: KSA paragraph dense rank 1 but fused rank 7 (bigram 15, jieba 9); answer from training paragraph",
 "r16s-attr-01": "U: '在哪些城市上班' not read as location; answered duties; gold line 451 in qualifications chunk (rank 2)",
 "r16s-attr-03": "G: 业务部 (department) over-asks; answer correct",
 "r16s-attr-04": "A: 所受监督 section (请示批准) not shown, only 职责总述 line",
 "r16s-attr-05": "R-only: relations chunk rank 6, answer from profile correct",
 "r16s-attr-06": "U: two-part question answered as duties; 10名左右 (head-count) missing",
 "r16s-attr-07": "R-only: duties chunk rank 1, qualifications chunk rank 2; answer correct",
 "r16s-attr-12": "R+X: gold 002:216 not in top 10; answered with 邮政大客户经理 营销奖励 (other post)",
 "r16s-kpi-03": "U: 'KPI怎么定' routed to KPI designer (generated table), not the document's indicators; gold at rank 2 (89 intro first)",
 "r16s-kpi-04": "R+A: pay-structure chunk 131-135 first, 141-157 rank 2; scores line cut (30分 missing)",
 "r16s-kpi-08": "A: retrieval rank 1 but answered as duty/prose (衡量标准随大流 + 高级客户经理) not the measures",
 "r16s-fu-03": "R+A: 123-135 outrank 141-157; 100分 missing",
 "r16s-fu-06": "R-only: 网格客户经理 chunk rank 1; answer resolved 网格经理 correctly",
 "r16s-fu-05#1": "F: follow-up on a job category (信息科技类) lost context -> refused",
 "r16s-fu-05#2": "F: '那技术岗招人看重啥' lost 中行 context; answered 003 人员招聘",
 "r16s-oos-06": "O: labour-law near miss answered with 劳动合同(期限一年) lines",
}
rows = ["id\tintent\tquestion\tsearch_rank\tgw_first_rank\tbl_first_rank\tgw_kp\tbl_kp\tgw_refused\texpect_refusal\tsearch_top1\tcause"]
for it, s in zip(items, srch):
    assert s["question"] == it["question"]
    r = next((h["rank"] for h in s["hits"] if hit(h, it["evidence"])), None) if it["evidence"] else None
    top1 = f'{s["hits"][0]["file"][:3]}:{s["hits"][0]["line_start"]}-{s["hits"][0]["line_end"]}' if s["hits"] else "-"
    keys = [it["id"]] + [f'{it["id"]}#{i}' for i in range(1, len(it["turns"] or []) + 1)]
    for n, k in enumerate(keys):
        g, b = gw.get(k, {}), bl.get(k, {})
        q = it["question"] if n == 0 else it["turns"][n - 1]["question"]
        intent = it["intent"] if n == 0 else "fu-" + it["turns"][n - 1]["intent"]
        rows.append("\t".join(str(x) for x in [k, intent, q, (r if n == 0 else "") or ("-" if n == 0 else ""),
                    g.get("first_rank"), b.get("first_rank"), g.get("key_point_coverage"), b.get("key_point_coverage"),
                    g.get("refused"), g.get("expect_refusal"), top1 if n == 0 else "", CAUSE.get(k, "")]))
(HERE / "results.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
print(len(rows) - 1, "rows")
