"""Render an eval run: rich console table, JSON, Markdown report and a PNG chart.

Every view reads its figures from ``comparison_rows`` so the table, the Markdown and the JSON
summary show exactly the same numbers. The chart uses English labels: the machines this runs
on (CI included) ship no CJK font, and matplotlib would draw boxes for Chinese glyphs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.eval.gate import GateResult
from assistant.eval.metrics import METRICS, format_value
from assistant.eval.results import LATER_TURNS, EvalReport, QuestionResult, system_latency

if TYPE_CHECKING:
    from assistant.eval.suite import SuiteEntry

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
    "cited_gold": "cited gold evidence",
    "attribute_accuracy": "attribute accuracy",
    "tool_cited": "tool output cited",
    "jd_sections": "JD sections cited",
    "kpi_weights_100": "KPI weights sum to 100",
    "kpi_indicator_recall": "KPI expected indicators",
}

INTENT_LABELS: dict[str, str] = {
    "duty": "岗位职责", "qualification": "任职资格", "attribute": "岗位属性", "kpi": "KPI 问答", "method": "方法",
    "jd": "起草 JD", "kpi_design": "设计 KPI", "out_of_scope": "超范围", "followup": "追问 (首轮)",
    LATER_TURNS: "追问 (后续轮)", "retrieval": "仅检索",
}  # fmt: skip
TEST_NOTE = "测试集 (test): 只报告汇总指标; 逐题结果不显示、不保存 —— 调优时不要查看测试集的失败题。"


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
        "split": report.split,
        "corpus": report.corpus,
        "items": report.items,
        "fingerprint": report.fingerprint,
        "created": report.created,
        "duration_s": round(report.duration_s, 2),
        "config": report.config,
        "metrics": {
            r.name: {"gangwei": r.gangwei, "baseline": r.baseline, "ratio": r.ratio, "higher_is_better": r.higher_is_better}
            for r in comparison_rows(report)
        },
        "breakdown": {name: result.breakdown for name, result in report.systems.items()},
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
    """Summary and the full report, with the records of test items left out."""
    data = {"summary": summary_dict(report, gate), "report": report.redacted().model_dump(mode="json")}
    return json.dumps(data, ensure_ascii=False, indent=1)


def load_report_json(path: Path) -> EvalReport:
    return EvalReport.model_validate(json.loads(Path(path).read_text(encoding="utf-8"))["report"])


# --- console -----------------------------------------------------------------------------------


def console_table(report: EvalReport):
    from rich.markup import escape
    from rich.table import Table

    title = escape(f"gangwei 评测 · 题集 {report.set_name} · {report.split} ({report.items} 题) · 对照: LangChain 基线")
    table = Table(title=title, show_lines=False)
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


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


def breakdown_cell(row: dict[str, float | None] | None) -> str:
    """"要点 81% · 通过 86%" for one intent of one system (n is shown separately)."""
    if not row:
        return ""
    if row.get("ok") is None and row.get("mrr@10") is not None:
        return f"MRR {_pct(row['mrr@10'])}"
    return f"要点 {_pct(row.get('key_point_coverage'))} · 通过 {_pct(row.get('ok'))}"


def breakdown_rows(report: EvalReport) -> list[tuple[str, int, str, str]]:
    """(intent label, n, gangwei cell, baseline cell) per intent."""
    base = report.baseline.breakdown if report.baseline else {}
    rows = []
    for key, row in report.gangwei.breakdown.items():
        rows.append((INTENT_LABELS.get(key, key), int(row.get("n") or 0), breakdown_cell(row), breakdown_cell(base.get(key))))
    return rows


def breakdown_table(report: EvalReport):
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=escape(f"按意图 · {report.set_name} (通过 = 作答且覆盖 ≥ 一半要点, 或该拒即拒)"))
    for name, justify in (("意图", "left"), ("题数", "right"), ("gangwei", "right"), ("LangChain 基线", "right")):
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for label, n, g, b in breakdown_rows(report):
        table.add_row(label, str(n), g, b)
    return table


def failure_lines(report: EvalReport, limit: int = 40) -> list[str]:
    """Per-question problems of gangwei, for dev sets only (a test set lists nothing)."""
    if report.is_test:
        return [TEST_NOTE]
    listed = [(q, question_problems(q)) for q in report.visible(report.gangwei.questions)]
    listed = [(q, p) for q, p in listed if p]
    lines = [f"gangwei 答错或明显不足的题目 ({len(listed)}) · {report.set_name}:"]
    for q, p in listed[:limit]:
        lines.append(f"  {q.key} [{q.intent}] {q.question} — {'; '.join(p)}")
    if len(listed) > limit:
        lines.append(f"  …… 另有 {len(listed) - limit} 题, 见 report.md")
    if report.hidden:
        lines.append(f"  (另有 {len(set(q.split('#')[0] for q in report.hidden))} 题属于测试集, 不列出)")
    return lines


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
    if q.attribute_ok is False:
        asked = f" (问的是 {q.attribute}, 回答按 {q.answer_attribute} 作答)" if q.answer_attribute not in (None, q.attribute) else ""
        if asked or not problems:
            problems.append("属性问答未通过" + asked)
    if q.tool is not None:
        problems.extend(tool_problems(q))
    if q.followup_ok is False and not problems:
        problems.append("追问未通过")
    return problems


def tool_problems(q: QuestionResult) -> list[str]:
    t = q.tool
    if t is None:
        return []
    out: list[str] = []
    if t.error:
        out.append(f"工具出错: {t.error}")
    elif not t.cited:
        out.append("工具输出没有有效引用")
    if t.routed is False:
        out.append(f"对话未转到工具 {t.kind} (回答意图 {q.answer_intent})")
    if t.must_cite is False:
        out.append("工具未引用指定文件")
    missing_sections = [s for s, ok in t.sections.items() if not ok]
    if missing_sections and not t.error:
        out.append("JD 缺少有引用的小节: " + "、".join(missing_sections))
    if t.kind == "kpi_design" and not t.error:
        if t.weights_ok is False:
            out.append(f"权重合计 {t.weight_sum if t.weight_sum is not None else '—'}, 不是 100")
        if t.bsc_ok is False:
            out.append(f"只覆盖 {t.bsc_dimensions} 个平衡计分卡维度")
        if t.missing_indicators:
            out.append("缺少预期指标: " + "、".join(t.missing_indicators))
    if t.key_point_coverage is not None and t.key_point_coverage < 0.5:
        out.append(f"工具输出要点覆盖 {t.key_point_coverage:.0%}")
    return out


# --- Markdown ----------------------------------------------------------------------------------


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(report: EvalReport, gate: GateResult | None = None, chart: str | None = REPORT_PNG) -> str:
    out = [
        "# gangwei 评测报告",
        "",
        f"- 题集: `{report.set_name}` [{report.split}] ({report.items} 条, 指纹 `{report.fingerprint[:12]}`) · 语料 `{report.corpus}`",
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
    out += ["## 按意图", "", "通过 = 作答且覆盖至少一半要点, 或该拒答时拒答。", "", "| 意图 | 题数 | gangwei | LangChain 基线 |", "|---|--:|--:|--:|"]
    out += [f"| {label} | {n} | {g} | {b} |" for label, n, g, b in breakdown_rows(report)]
    out.append("")
    if report.is_test:
        out += ["## 逐题结果", "", TEST_NOTE, ""]
        return "\n".join(out)
    problems = [(q, question_problems(q)) for q in report.visible(report.gangwei.questions)]
    problems = [(q, p) for q, p in problems if p]
    out += [
        f"## gangwei 答错或明显不足的题目 ({len(problems)})",
        "",
        "标准: 前 5 条检索结果无相关段落、误拒或该拒未拒、要点覆盖不足一半、引用精确率不足一半、"
        "引用原文不符、属性问答或追问未通过、工具输出不合格、运行出错。",
        "",
    ]
    if problems:
        out += ["| 题号 | 意图 | 问题 | 情况 |", "|---|---|---|---|"]
        for q, p in problems:
            out.append(f"| {q.key} | {q.intent} | {_md_escape(q.question)} | {_md_escape('; '.join(p))} |")
    else:
        out.append("无。")
    if report.hidden:
        out += ["", f"另有属于测试集的题目 {len(report.hidden)} 条记录, 不列出。"]
    out.append("")
    return "\n".join(out)


# --- PNG ---------------------------------------------------------------------------------------


def render_chart(report: EvalReport, path: Path) -> Path:
    """Quality metrics of both systems as bars, and the latency distributions as box plots."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    rows = [r for r in comparison_rows(report) if r.name in CHART_LABELS and (r.gangwei is not None or r.baseline is not None)]
    labels = [CHART_LABELS[r.name] for r in rows]
    g = [(r.gangwei or 0.0) * 100 for r in rows]
    b = [(r.baseline or 0.0) * 100 for r in rows]
    y = np.arange(len(rows))

    def bar_labels(values: list[float | None]) -> list[str]:
        return ["n/a" if v is None else f"{v * 100:.0f}" for v in values]

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(14, 6.5), gridspec_kw={"width_ratios": [1.4, 1]})
    height = 0.38
    bars_g = ax1.barh(y - height / 2, g, height, label="gangwei", color="#1f77b4")
    has_base = report.baseline is not None
    if has_base:
        bars_b = ax1.barh(y + height / 2, b, height, label="LangChain baseline", color="#bbbbbb")
        ax1.bar_label(bars_b, labels=bar_labels([r.baseline for r in rows]), fontsize=7, padding=2)
    ax1.bar_label(bars_g, labels=bar_labels([r.gangwei for r in rows]), fontsize=7, padding=2)
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
            values = system_latency(result, stage)
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

    fig.suptitle(f"gangwei eval - set '{report.set_name}' ({report.split}), {report.items} items, {report.created}", fontsize=11)
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
    atomic_write_text(paths["json"], to_json(report, gate) + "\n")  # test records left out
    render_chart(report, paths["chart"])
    atomic_write_text(paths["markdown"], to_markdown(report, gate, chart=REPORT_PNG))
    return paths


# --- suite: all registered sets side by side -------------------------------------------------

SUITE_JSON = "suite.json"
SUITE_MD = "suite.md"


def _suite_columns(entries: Sequence[SuiteEntry]) -> list[SuiteEntry]:
    return [e for e in entries if e.report is not None]


def suite_summary(entries: Sequence[SuiteEntry]) -> dict:
    """Every set's metrics (both systems), per-intent breakdown and gate verdict; no per-question data."""
    out: dict = {"sets": {}}
    for e in entries:
        if e.report is None:
            out["sets"][e.name] = {"column": e.column, "split": e.eval_set.split, "error": e.error}
            continue
        data = summary_dict(e.report, e.gate)
        data["column"] = e.column
        data["warnings"] = e.warnings
        out["sets"][e.name] = data
    out["passed"] = all(e.report is not None and (e.gate is None or e.gate.passed) for e in entries)
    return out


def suite_table(entries: Sequence[SuiteEntry]):
    """One table: rows are metrics; per set, gangwei and the LangChain recipe side by side."""
    from rich.table import Table

    shown = _suite_columns(entries)
    table = Table(title="gangwei 评测 · 全部题集 (gangwei | LangChain 基线)", show_lines=False)
    table.add_column("指标")
    table.add_column("", justify="center")
    for e in shown:
        n = e.report.items if e.report else 0
        table.add_column(f"{e.column}\ngangwei ({n})", justify="right")
        table.add_column(f"{e.column}\nLangChain", justify="right")
    group = None
    for name, info in METRICS.items():
        if group is not None and info.group != group:
            table.add_section()
        group = info.group
        cells: list[str] = []
        for e in shown:
            assert e.report is not None
            g = e.report.gangwei.metrics.get(name)
            b = e.report.baseline.metrics.get(name) if e.report.baseline else None
            row = Row(name, info.label, info.higher_is_better, g, b, metric_ratio(g, b))
            better = _better(row)
            style = "green" if better else ("red" if better is False else "")
            text = format_value(name, g)
            cells += [f"[{style}]{text}[/]" if style else text, format_value(name, b)]
        table.add_row(info.label, "↑" if info.higher_is_better else "↓", *cells)
    return table


def suite_breakdown_table(entries: Sequence[SuiteEntry]):
    """Per intent and set: (n) key-point coverage · share passed, gangwei and the recipe."""
    from rich.table import Table

    shown = _suite_columns(entries)
    table = Table(title="按意图 (n) 要点覆盖 · 通过率 (通过 = 作答且覆盖 ≥ 一半要点, 或该拒即拒)")
    table.add_column("意图")
    for e in shown:
        table.add_column(f"{e.column}\ngangwei", justify="right")
        table.add_column(f"{e.column}\nLangChain", justify="right")
    for key, label, cells in _suite_breakdown(shown):
        table.add_row(label, *cells)
    return table


def _suite_breakdown(shown: Sequence[SuiteEntry]) -> list[tuple[str, str, list[str]]]:
    keys: list[str] = []
    for e in shown:
        assert e.report is not None
        keys += [k for k in e.report.gangwei.breakdown if k not in keys]
    order = {k: i for i, k in enumerate(INTENT_LABELS)}
    rows = []
    for key in sorted(keys, key=lambda k: order.get(k, len(order))):
        cells: list[str] = []
        for e in shown:
            assert e.report is not None
            g = e.report.gangwei.breakdown.get(key)
            b = e.report.baseline.breakdown.get(key) if e.report.baseline else None
            n = f"({int(g['n'] or 0)}) " if g else ""
            cells += [n + breakdown_cell(g) if g else "", breakdown_cell(b)]
        rows.append((key, INTENT_LABELS.get(key, key), cells))
    return rows


def suite_markdown(entries: Sequence[SuiteEntry], reports_dir: str = ".") -> str:
    shown = _suite_columns(entries)
    head = "| 指标 | 方向 | " + " | ".join(f"{e.column} gangwei | {e.column} LangChain" for e in shown) + " |"
    out = [
        "# gangwei 评测 · 全部题集",
        "",
        "各题集: " + "; ".join(
            f"`{e.name}` ({e.column}, {e.report.items if e.report else 0} 条, 语料 `{e.report.corpus if e.report else e.eval_set.corpus.path}`)"
            for e in entries
        ),
        "",
        "对照组: LangChain 常规做法 (RecursiveCharacterTextSplitter 500/50 + 同一嵌入模型 + Chroma, 答案 = 第一段); "
        "它没有起草工具, 工具指标记为 —。",
        "",
        head,
        "|---|:-:|" + "--:|" * (2 * len(shown)),
    ]
    for name, info in METRICS.items():
        cells = []
        for e in shown:
            assert e.report is not None
            g = e.report.gangwei.metrics.get(name)
            b = e.report.baseline.metrics.get(name) if e.report.baseline else None
            better = _better(Row(name, info.label, info.higher_is_better, g, b, None))
            text = format_value(name, g)
            cells += [f"**{text}**" if better else text, format_value(name, b)]
        out.append(f"| {info.label} (`{name}`) | {'↑' if info.higher_is_better else '↓'} | " + " | ".join(cells) + " |")
    out += ["", "## 按意图", "", "(题数) 要点覆盖 · 通过率; 通过 = 作答且覆盖至少一半要点, 或该拒答时拒答。", ""]
    out.append("| 意图 | " + " | ".join(f"{e.column} gangwei | {e.column} LangChain" for e in shown) + " |")
    out.append("|---|" + "--:|" * (2 * len(shown)))
    for _, label, cells in _suite_breakdown(shown):
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    out.append("")
    for e in entries:
        out += [f"## {e.name} ({e.column})", ""]
        if e.error:
            out += [f"未能运行: {_md_escape(e.error)}", ""]
            continue
        if e.warnings:
            out += ["导入警告: " + _md_escape("; ".join(e.warnings)), ""]
        if e.gate is not None:
            out += [f"- {line.strip()}" for line in gate_lines(e.gate)] + [""]
        out += [f"详细报告: [{e.name}/report.md]({reports_dir}/{e.name}/report.md)", ""]
        if e.report is not None and e.report.is_test:
            out += [TEST_NOTE, ""]
    return "\n".join(out)


def write_suite(entries: Sequence[SuiteEntry], directory: Path) -> dict[str, Path]:
    """suite.json and suite.md, plus each set's own eval.json / report.md / eval.png in a subdirectory."""
    from assistant.ingest.records import atomic_write_text

    directory.mkdir(parents=True, exist_ok=True)
    for e in entries:
        if e.report is not None:
            write_report(e.report, directory / e.name, e.gate)
    paths = {"json": directory / SUITE_JSON, "markdown": directory / SUITE_MD}
    atomic_write_text(paths["json"], json.dumps(suite_summary(entries), ensure_ascii=False, indent=1) + "\n")
    atomic_write_text(paths["markdown"], suite_markdown(entries))
    return paths
