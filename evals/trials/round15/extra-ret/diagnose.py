#!/usr/bin/env python3
"""After the frozen run: build results.tsv and a miss-diagnosis dump from eval.json + `search --explain`.

Run with the frozen environment (cwd /tmp, PYTHONPATH=/tmp/r15code, GANGWEI_* as in REPORT.md).
Later turns get no retrieval rank in `gangwei eval`; for them the tsv gives the rank of the
literal turn text through `search` (no conversation context) as a side figure.
"""
import json
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, "/tmp/r15code/evals/sets")
import validate as V  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORT = Path("/tmp/t15x/report/eval.json")
PY = "/work/main/.venv/bin/python"
TEXT = {".txt", ".md", ".csv", ".html"}


def search(questions):
    inp = "\n".join(questions) + "\n"
    out = subprocess.run([PY, "-m", "assistant", "search", "--explain", "--json", "-k", "10", "--batch", "-"],
                         input=inp, capture_output=True, text=True, cwd="/tmp", check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip().startswith("{")]


def is_gold(hit, evidence):
    for ev in evidence:
        if hit["file"] != ev["file"]:
            continue
        if "line_start" in ev:
            if hit["line_start"] <= ev["line_end"] and ev["line_start"] <= hit["line_end"]:
                return True
        elif V.norm(ev["quote"]) in V.norm(hit["text"]):
            return True
    return False


def main():
    items = [json.loads(l) for l in (HERE / "set.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    rep = json.loads(REPORT.read_text(encoding="utf-8"))["report"]["systems"]
    g = {q["key"]: q for q in rep["gangwei"]["questions"]}
    b = {q["key"]: q for q in rep["baseline"]["questions"]}
    rows, queries = [], []
    for it in items:
        turns = [(it["id"], it["question"], it["intent"], it["evidence"])]
        for i, t in enumerate(it["turns"] or [], 1):
            turns.append((f"{it['id']}#{i}", t["question"], t["intent"], t["evidence"]))
        for key, q, intent, ev in turns:
            rows.append((key, q, intent, ev))
            queries.append(q)
    res = search(queries)
    assert len(res) == len(rows), (len(res), len(rows))
    tsv = ["id\tturn\tintent\tgangwei_rank\tbaseline_rank\tliteral_search_rank\tgangwei_top1\tbaseline_top1"
           "\trefused\tkey_point_cov\tcited_gold\tquestion"]
    dump = []
    for (key, q, intent, ev), r in zip(rows, res):
        gq, bq = g[key], b.get(key, {})
        lit = next((h["rank"] for h in r["hits"] if is_gold(h, ev)), None) if ev else None
        fr = lambda x: "" if x is None else str(x)  # noqa: E731
        g_top = gq["retrieved"][0] if gq.get("retrieved") else ""
        b_top = bq["retrieved"][0] if bq.get("retrieved") else ""
        turn = key.split("#")[1] if "#" in key else "0"
        tsv.append("\t".join([key.split("#")[0], turn, intent, fr(gq.get("first_rank")),
                              fr(bq.get("first_rank")), fr(lit), g_top, b_top, str(gq.get("refused")),
                              fr(gq.get("key_point_coverage")), fr(gq.get("cited_gold")), q]))
        rank = gq.get("first_rank") or lit
        if ev and (rank is None or rank > 1):
            dump.append(f"\n### {key} [{intent}] {q}\n eval rank={gq.get('first_rank')} literal={lit} "
                        f"baseline={bq.get('first_rank')} refused={gq.get('refused')}")
            for h in r["hits"][:6]:
                e = h["explain"]
                mark = "GOLD" if is_gold(h, ev) else "    "
                dump.append(f"  {mark} #{h['rank']} {h['file'][:4]}:{h['line_start']}-{h['line_end']} "
                            f"[{h['section']}|{h['role']}] dense#{e.get('rank_dense')}({e.get('dense_sim'):.3f}) "
                            f"bigram#{e.get('rank_bigram')}({e.get('bigram'):.2f}) jieba#{e.get('rank_jieba')}"
                            f"({e.get('jieba'):.2f}) boost={e.get('boost')} cov={e.get('coverage')} "
                            f"score={h['score']:.4f} :: {h['text'][:70]!r}")
    (HERE / "results.tsv").write_text("\n".join(tsv) + "\n", encoding="utf-8")
    Path("/tmp/t15x/misses.txt").write_text("\n".join(dump) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows; {sum(1 for d in dump if d.startswith(chr(10)))} misses dumped to /tmp/t15x/misses.txt")


if __name__ == "__main__":
    main()
