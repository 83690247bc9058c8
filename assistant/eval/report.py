"""Render an eval run: rich console table, JSON, Markdown report and a PNG chart.

Every view reads its figures from ``comparison_rows`` so the table, the Markdown and the JSON
summary show exactly the same numbers. The chart uses English labels: the machines this runs
on (CI included) ship no CJK font, and matplotlib would draw boxes for Chinese glyphs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from assistant.eval.gate import GateResult
from assistant.eval.metrics import METRICS, format_value
from assistant.eval.results import EvalReport, QuestionResult, latency_samples

REPORT_JSON = "eval.json"
REPORT_MD = "report.md"
REPORT_PNG = "eval.png"

CHART_LABELS = {
    "recall@1": "recall@1",
    "recall@5": "recall@5",
    "recall@10": "recall@10",
    "mrr@10": "MRR@10",
    "ndcg@10": "nDCG@10",
    "key_point_coverage": "key-point coverage",
    "citation_precision": "citation precision",
    "citation_validity": "citation validity",
    "refusal_accuracy": "refusal accuracy (out of scope)",
    "false_refusal_rate": "false refusals (in scope, lower=better)",
    "followup_accuracy": "follow-up accuracy",
}


@dataclass(frozen=True)
class Row:
    name: str
    label: str
    higher_is_better: bool
    gangwei: float | None
    baseline: float | None
    ratio: float | None  # gangwei / baseline


def metric_ratio(gangwei: float | None, baseline: float | None) -> float | None:
    if gangwei is None or baseline is None or baseline == 0:
        return None
    return gangwei / baseline


def comparison_rows(report: EvalReport) -> list[Row]:
    base = report.baseline.metrics if report.baseline else {}
    rows = []
    for name, info in METRICS.items():
        g = report.gangwei.metrics.get(name)
        b = base.get(name)
        rows.append(Row(name, info.label, info.higher_is_better, g, b, metric_ratio(g, b)))
    return rows


def format_ratio(row: Row) -> str:
    if row.ratio is not None:
        return f"{row.ratio:.2f}×"
    if row.gangwei is not None and row.baseline == 0:
        return "∞" if row.gangwei > 0 else "1.00×"
    return "—"


def _better(row: Row) -> bool | None:
    if row.gangwei is None or row.baseline is None:
        return None
    if row.gangwei == row.baseline:
        return None
    return (row.gangwei > row.baseline) == row.higher_is_better


# --- JSON --------------------------------------------------------------------------------------


def summary_dict(report: EvalReport, gate: GateResult | None = None) -> dict:
    """Metrics of both systems, ratios and the gate verdict (no per-question records)."""
    out: dict = {
        "set": report.set_name,
        "items": report.items,
        "fingerprint": report.fingerprint,
        "created": report.created,
        "duration_s": round(report.duration_s, 2),
        "config": report.config,
        "metrics": {
            r.name: {"gangwei": r.gangwei, "baseline": r.baseline, "ratio": r.ratio, "higher_is_better": r.higher_is_better}
            for r in comparison_rows(report)
        },
    }
    if gate is not None:
        out["gate"] = {
            "passed": gate.passed,
            "set_mismatch": gate.set_mismatch,
            "regressions": [c.model_dump() for c in gate.regressions],
            "broken_questions": [c.model_dump() for c in gate.broken_questions],
        }
    return out


def to_json(report: EvalReport, gate: GateResult | None = None) -> str:
    data = {"summary": summary_dict(report, gate), "report": report.model_dump(mode="json")}
    return json.dumps(data, ensure_ascii=False, indent=1)


def load_report_json(path: Path) -> EvalReport:
    return EvalReport.model_validate(json.loads(Path(path).read_text(encoding="utf-8"))["report"])


# --- console -----------------------------------------------------------------------------------


def console_table(report: EvalReport):
    from rich.table import Table

    table = Table(title=f"gangwei 评测 · 题集 {report.set_name} ({report.items} 题) · 对照: LangChain 基线", show_lines=False)
    table.add_column("指标")
    table.add_column("方向", justify="center")
    table.add_column("gangwei", justify="right")
    table.add_column("LangChain 基线", justify="right")
    table.add_column("比值", justify="right")
    group = None
    for row in comparison_rows(report):
        info = METRICS[row.name]
        if group is not None and info.group != group:
            table.add_section()
        group = info.group
        better = _better(row)
        style = "green" if better else ("red" if better is False else "")
        g = format_value(row.name, row.gangwei)
        table.add_row(
            row.label,
            "↑" if row.higher_is_better else "↓",
            f"[{style}]{g}[/]" if style else g,
            format_value(row.name, row.baseline),
            format_ratio(row),
        )
    return table


def gate_lines(gate: GateResult) -> list[str]:
    """Plain-text gate verdict (Chinese), shared by console and Markdown."""
    lines: list[str] = []
    if gate.set_mismatch:
        lines.append(gate.set_mismatch)
    for check in gate.regressions:
        lines.append(f"退步: {check.message} (容差 {format_value(check.name, check.allowed)})")
    if gate.passed:
        lines.append("门禁通过: 所有指标都在容差之内。")
    if gate.broken_questions:
        lines.append(f"比基线变差的题目 ({len(gate.broken_questions)}):")
        for change in gate.broken_questions[:30]:
            lines.append(f"  {change.key}: {change.what} — {change.question}")
        if len(gate.broken_questions) > 30:
            lines.append(f"  …… 另有 {len(gate.broken_questions) - 30} 题, 见 JSON 报告")
    return lines


# --- failures (for tracing) --------------------------------------------------------------------


def question_problems(q: QuestionResult) -> list[str]:
    """Why this question counts against gangwei (empty when it is fine)."""
    problems: list[str] = []
    if q.error:
        problems.append(f"出错: {q.error}")
    if q.mrr is not None and (q.first_rank is None or q.first_rank > 5):
        problems.append("前5条检索结果无相关段落" if q.first_rank is None else f"首个相关结果排第 {q.first_rank}")
    if q.refused is not None:
        if q.expect_refusal and not q.refused:
            problems.append("应拒答却作答")
        elif not q.expect_refusal and q.refused:
            problems.append("误拒答")
        elif q.key_point_coverage is not None and q.key_point_coverage < 0.5:
            problems.append(f"要点覆盖 {q.key_point_coverage:.0%}, 缺: {'、'.join(q.missing_key_points)}")
    invalid = [c for c in q.citations if not c.valid]
    if invalid:
        problems.append("引用原文不符: " + ", ".join(f"[{c.id}] {c.file}:{c.line_start}-{c.line_end}" for c in invalid))
    if q.citation_precision is not None and q.citation_precision < 0.5:
        problems.append("无引用" if not q.citations else f"引用精确率 {q.citation_precision:.0%}")
    if q.followup_ok is False and not problems:
        problems.append("追问未通过")
    return problems


# --- Markdown ----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: EvalReport, gate: GateResult | None = None, chart: str | None = REPORT_PNG) -> str:
    out = [
        "# gangwei 评测报告",
        "",
        f"- 题集: `{report.set_name}` ({report.items} 条, 指纹 `{report.fingerprint[:12]}`)",
        f"- 时间: {report.created} · 用时 {report.duration_s:.1f} 秒",
        "- 配置: " + ", ".join(f"{k}={v}" for k, v in report.config.items() if v is not None),
        "- 对照组: LangChain 常规做法 (RecursiveCharacterTextSplitter 500/50 + 同一嵌入模型 + Chroma, 答案 = 第一段)",
        "",
        "## 指标对比",
        "",
        "| 指标 | 方向 | gangwei | LangChain 基线 | 比值 | 样本数 |",
        "|---|:-:|--:|--:|--:|--:|",
    ]
    counts = report.gangwei.counts
    for row in comparison_rows(report):
        better = _better(row)
        g = format_value(row.name, row.gangwei)
        out.append(
            f"| {row.label} (`{row.name}`) | {'↑' if row.higher_is_better else '↓'} | "
            f"{f'**{g}**' if better else g} | {format_value(row.name, row.baseline)} | {format_ratio(row)} | "
            f"{counts.get(row.name, '')} |"
        )
    out += [
        "",
        "↑ 越高越好, ↓ 越低越好; 比值 = gangwei / 基线; 加粗表示 gangwei 更好。"
        "延迟与内存取决于机器, 仅供同机比较。峰值内存为整个评测进程在 gangwei 阶段结束时的峰值。",
        "",
    ]
    if chart:
        out += ["## 图表", "", f"![指标与延迟]({chart})", ""]
    if gate is not None:
        out += ["## 回归门禁", ""] + [f"- {line.strip()}" for line in gate_lines(gate)] + [""]
    problems = [(q, question_problems(q)) for q in report.gangwei.questions]
    problems = [(q, p) for q, p in problems if p]
    out += [
        f"## gangwei 答错或明显不足的题目 ({len(problems)})",
        "",
        "标准: 前 5 条检索结果无相关段落、误拒或该拒未拒、要点覆盖不足一半、引用精确率不足一半、"
        "引用原文不符、追问未通过、运行出错。",
        "",
    ]
    if problems:
        out += ["| 题号 | 意图 | 问题 | 情况 |", "|---|---|---|---|"]
        for q, p in problems:
            out.append(f"| {q.key} | {q.intent} | {_md_escape(q.question)} | {_md_escape('; '.join(p))} |")
    else:
        out.append("无。")
    out.append("")
    return "\n".join(out)


# --- PNG ---------------------------------------------------------------------------------------


def render_chart(report: EvalReport, path: Path) -> Path:
    """Quality metrics of both systems as bars, and the latency distributions as box plots."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = [r for r in comparison_rows(report) if r.name in CHART_LABELS]
    labels = [CHART_LABELS[r.name] for r in rows]
    g = [(r.gangwei or 0.0) * 100 for r in rows]
    b = [(r.baseline or 0.0) * 100 for r in rows]
    y = np.arange(len(rows))

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(14, 6.5), gridspec_kw={"width_ratios": [1.4, 1]})
    height = 0.38
    bars_g = ax1.barh(y - height / 2, g, height, label="gangwei", color="#1f77b4")
    has_base = report.baseline is not None
    if has_base:
        bars_b = ax1.barh(y + height / 2, b, height, label="LangChain baseline", color="#bbbbbb")
        ax1.bar_label(bars_b, fmt="%.0f", fontsize=7, padding=2)
    ax1.bar_label(bars_g, fmt="%.0f", fontsize=7, padding=2)
    ax1.set_yticks(y, labels, fontsize=8)
    ax1.invert_yaxis()
    ax1.set_xlim(0, 110)
    ax1.set_xlabel("%")
    ax1.set_title("Quality: gangwei vs baseline")
    ax1.legend(loc="upper center", bbox_to_anchor=(0.5, -0.08), ncol=2, fontsize=8, frameon=False)
    ax1.grid(axis="x", alpha=0.3)

    series, names = [], []
    for system, stages in (("gangwei", ("retrieve", "compose", "e2e")), ("baseline", ("retrieve", "e2e"))):
        result = report.systems.get(system)
        if result is None:
            continue
        for stage in stages:
            values = latency_samples(result.questions, stage)
            if values:
                series.append([max(v, 1e-3) for v in values])
                names.append(f"{system}\n{stage}")
    if series:
        ax2.boxplot(series, orientation="horizontal", showfliers=True)
        ax2.set_yticks(range(1, len(names) + 1), names, fontsize=8)
        ax2.set_xscale("log")
        ax2.invert_yaxis()
    else:
        ax2.text(0.5, 0.5, "no answers timed", ha="center", va="center", transform=ax2.transAxes)
    ax2.set_xlabel("ms (log scale)")
    ax2.set_title("Latency per question")
    ax2.grid(axis="x", alpha=0.3)

    fig.suptitle(f"gangwei eval - set '{report.set_name}', {report.items} items, {report.created}", fontsize=11)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_report(report: EvalReport, directory: Path, gate: GateResult | None = None) -> dict[str, Path]:
    """Write eval.json, report.md and eval.png into ``directory``; returns their paths."""
    from assistant.ingest.records import atomic_write_text

    directory.mkdir(parents=True, exist_ok=True)
    paths = {"json": directory / REPORT_JSON, "markdown": directory / REPORT_MD, "chart": directory / REPORT_PNG}
    atomic_write_text(paths["json"], to_json(report, gate) + "\n")
    render_chart(report, paths["chart"])
    atomic_write_text(paths["markdown"], to_markdown(report, gate, chart=REPORT_PNG))
    return paths
