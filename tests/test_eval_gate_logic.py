"""Gate, tolerances, baseline file, report rendering and the baseline splitter, on hand-made data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.eval import gate as g
from assistant.eval.baseline import line_range, split_file
from assistant.eval.metrics import METRICS, format_value
from assistant.eval.report import comparison_rows, console_table, render_chart, summary_dict, to_markdown, write_report
from assistant.eval.results import EvalReport, QuestionResult, SystemResult, summarize

ROOT = Path(__file__).resolve().parents[1]


def qr(key: str, **kw) -> QuestionResult:
    base = dict(key=key, item_id=key.split("#")[0], intent="duty", persona="hr", question=f"问题 {key}")
    base.update(kw)
    return QuestionResult(**base)


def make_report(rank_q2: int | None = 3, refuse_oos: bool = True, fingerprint: str = "fp") -> EvalReport:
    def system(name: str, rank: int | None, refuse: bool) -> SystemResult:
        questions = [
            qr("q1", first_rank=1, recall={"1": 1, "5": 1, "10": 1}, mrr=1.0, ndcg=1.0, refused=False,
               key_points=[["招聘"], ["培训"]], key_points_hit=[True, True], key_point_coverage=1.0,
               citation_precision=1.0, timings_ms={"retrieve": 20.0, "compose": 5.0, "e2e": 30.0}),
            qr("q2", first_rank=rank, recall={k: float(rank is not None and rank <= int(k)) for k in ("1", "5", "10")},
               mrr=1 / rank if rank else 0.0, ndcg=0.5 if rank else 0.0, refused=False,
               key_points=[["考核"], ["薪酬"]], key_points_hit=[True, False], key_point_coverage=0.5,
               citation_precision=0.5, timings_ms={"retrieve": 40.0, "compose": 9.0, "e2e": 60.0}),
            qr("oos", intent="out_of_scope", expect_refusal=True, refused=refuse, timings_ms={"e2e": 3.0}),
        ]
        metrics, counts = summarize(questions, 100.0 if name == "gangwei" else None)
        return SystemResult(name=name, metrics=metrics, counts=counts, questions=questions)

    return EvalReport(
        set_name="unit",
        created="2024-01-01T00:00:00+00:00",
        fingerprint=fingerprint,
        items=3,
        config={"embedding": "e5"},
        systems={"gangwei": system("gangwei", rank_q2, refuse_oos), "baseline": system("baseline", None, False)},
    )


# --- tolerances ----------------------------------------------------------------------------


def test_committed_tolerances_load_and_cover_known_metrics_only() -> None:
    tol = g.load_tolerances(ROOT / "evals" / "tolerances.toml")
    assert set(tol.metrics) <= set(METRICS)
    assert tol.for_metric("errors").abs == 0.0
    assert tol.for_metric("e2e_p50_ms").gate is False
    assert tol.for_metric("not-listed-here") == tol.default


def test_bad_tolerance_files_are_rejected(tmp_path: Path) -> None:
    bad = tmp_path / "t.toml"
    bad.write_text('["recall@9"]\nabs = 0.1\n', encoding="utf-8")
    with pytest.raises(g.GateError, match="未知指标"):
        g.load_tolerances(bad)
    bad.write_text('["recall@1"]\nabss = 0.1\n', encoding="utf-8")  # a typo must not loosen the gate
    with pytest.raises(g.GateError):
        g.load_tolerances(bad)
    bad.write_text("[default\n", encoding="utf-8")
    with pytest.raises(g.GateError, match="格式错误"):
        g.load_tolerances(bad)
    with pytest.raises(g.GateError, match="找不到"):
        g.load_tolerances(tmp_path / "missing.toml")


def test_check_metric_directions_and_tolerance() -> None:
    tol = g.Tolerance(abs=0.02, rel=0.1)
    # Higher is better: allowed drop = max(0.02, 0.1 * 0.8) = 0.08.
    assert not g.check_metric("recall@5", 0.8, 0.73, tol).regressed
    assert g.check_metric("recall@5", 0.8, 0.71, tol).regressed
    assert not g.check_metric("recall@5", 0.8, 0.95, tol).regressed
    # Lower is better: an increase regresses.
    assert g.check_metric("false_refusal_rate", 0.05, 0.2, g.Tolerance(abs=0.02)).regressed
    assert not g.check_metric("false_refusal_rate", 0.05, 0.0, g.Tolerance(abs=0.02)).regressed
    # A metric that can no longer be computed regresses; one the baseline lacks never does.
    assert g.check_metric("citation_validity", 1.0, None, g.Tolerance(abs=0.5)).regressed
    assert not g.check_metric("citation_validity", None, 0.0, g.Tolerance()).regressed
    # gate = false reports but never fails.
    assert not g.check_metric("e2e_p50_ms", 10.0, 1000.0, g.Tolerance(gate=False)).regressed
    # Baselines are stored rounded to 4 places: a zero tolerance accepts the unrounded value (8/9
    # stored as 0.8889) but not a real drop (7/9).
    exact = g.Tolerance(abs=0.0)
    assert not g.check_metric("attribute_accuracy", round(8 / 9, 4), 8 / 9, exact).regressed
    assert not g.check_metric("false_refusal_rate", round(1 / 45, 4), 1 / 45, exact).regressed
    assert g.check_metric("attribute_accuracy", round(8 / 9, 4), 7 / 9, exact).regressed


def test_compare_passes_on_itself_and_fails_on_a_drop(tmp_path: Path) -> None:
    tol = g.load_tolerances(ROOT / "evals" / "tolerances.toml")
    good = make_report()
    path = tmp_path / "baseline.json"
    g.write_baseline(good, path)
    committed = g.load_baseline(path)
    assert committed.metrics["recall@1"] == pytest.approx(0.5)
    assert committed.reference["refusal_accuracy"] == 0.0
    assert g.compare(good, committed, tol).passed

    worse = make_report(rank_q2=None, refuse_oos=False)
    result = g.compare(worse, committed, tol)
    assert not result.passed
    failed = {c.name for c in result.regressions}
    assert {"recall@5", "recall@10", "mrr@10", "refusal_accuracy"} <= failed
    broken = {c.key: c.what for c in result.broken_questions}
    assert "未命中" in broken["q2"] and "不再拒答" in broken["oos"]
    assert "q1" not in broken


def test_compare_refuses_a_different_question_set(tmp_path: Path) -> None:
    path = tmp_path / "baseline.json"
    g.write_baseline(make_report(fingerprint="one"), path)
    result = g.compare(make_report(fingerprint="two"), g.load_baseline(path), g.Tolerances())
    assert not result.passed and "题集与基线不一致" in (result.set_mismatch or "")


def test_load_baseline_errors(tmp_path: Path) -> None:
    with pytest.raises(g.GateError, match="找不到基线文件"):
        g.load_baseline(tmp_path / "nope.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(g.GateError, match="无法解析"):
        g.load_baseline(tmp_path / "bad.json")


# --- report ------------------------------------------------------------------------------------


def test_rows_json_and_markdown_show_the_same_figures(tmp_path: Path) -> None:
    report = make_report()
    rows = {r.name: r for r in comparison_rows(report)}
    assert rows["recall@1"].gangwei == pytest.approx(0.5) and rows["recall@1"].baseline == pytest.approx(0.5)
    assert rows["mrr@10"].ratio == pytest.approx((1 + 1 / 3) / 2 / 0.5)
    summary = summary_dict(report)
    for name, row in rows.items():
        assert summary["metrics"][name]["gangwei"] == row.gangwei
        assert summary["metrics"][name]["baseline"] == row.baseline
    md = to_markdown(report)
    assert f"| {format_value('mrr@10', rows['mrr@10'].gangwei)} |" in md.replace("**", "")
    assert "| q1 |" not in md and "| oos |" not in md  # answered / refused correctly: not listed
    missed = to_markdown(make_report(rank_q2=None, refuse_oos=False))
    assert "| q2 |" in missed and "前5条检索结果无相关段落" in missed
    assert "| oos |" in missed and "应拒答却作答" in missed
    paths = write_report(report, tmp_path / "r")
    saved = json.loads(paths["json"].read_text(encoding="utf-8"))
    assert saved["summary"]["metrics"]["recall@5"]["gangwei"] == rows["recall@5"].gangwei
    assert EvalReport.model_validate(saved["report"]).gangwei.questions[1].key == "q2"


def test_question_problems_name_missing_key_points_and_bad_citations() -> None:
    from assistant.eval.report import question_problems
    from assistant.eval.results import CitationCheck

    q = qr("q", refused=False, key_points=[["招聘"], ["培训"], ["考核", "评估"]], key_points_hit=[True, False, False],
           key_point_coverage=1 / 3, citation_precision=0.0,
           citations=[CitationCheck(id=1, file="a.txt", line_start=3, line_end=4, relevant=False, valid=False)])
    text = "; ".join(question_problems(q))
    assert "缺: 培训、考核" in text and "引用原文不符: [1] a.txt:3-4" in text and "引用精确率 0%" in text
    assert question_problems(qr("ok", refused=False, key_point_coverage=1.0, citation_precision=1.0)) == []


def test_console_table_renders() -> None:
    from rich.console import Console

    console = Console(record=True, width=140)
    console.print(console_table(make_report()))
    text = console.export_text()
    assert "召回率@1" in text and "LangChain 基线" in text and "∞" in text  # refusal vs a never-refusing baseline


def test_chart_is_a_real_png(tmp_path: Path) -> None:
    from PIL import Image

    path = render_chart(make_report(), tmp_path / "c.png")
    with Image.open(path) as img:
        img.verify()
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size[0] > 1000 and img.size[1] > 500
        assert len(img.getcolors(maxcolors=1 << 20) or []) > 20  # not a blank canvas
    assert path.stat().st_size > 20_000


# --- baseline splitter -----------------------------------------------------------------------


def test_line_range_from_offsets() -> None:
    starts = [0, 4, 5, 12]  # "abc\n", "\n", "defghi\n", "jk"
    assert line_range(starts, 0, 3) == (1, 1)
    assert line_range(starts, 0, 4) == (1, 1)  # the newline still belongs to line 1
    assert line_range(starts, 0, 5) == (1, 2)
    assert line_range(starts, 5, 9) == (3, 4)


def test_split_file_locates_every_chunk() -> None:
    lines = [f"第{i}行: " + "岗位职责说明文字" * (i % 7 + 1) for i in range(1, 120)]
    chunks = split_file("f.txt", lines, chunk_size=120, overlap=20)
    assert len(chunks) > 10
    for chunk in chunks:
        cited = "\n".join(lines[chunk.line_start - 1 : chunk.line_end])
        assert chunk.text in cited
        assert cited.startswith(chunk.text.split("\n")[0]) or chunk.text.split("\n")[0] in lines[chunk.line_start - 1]
        assert chunk.text.split("\n")[-1] in lines[chunk.line_end - 1]
