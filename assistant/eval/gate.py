"""Regression gate: compare a run with the committed baseline file, metric by metric.

A metric *regresses* when it moves in its bad direction by more than its tolerance:
``allowed = max(abs, rel * |baseline value|)`` (see evals/tolerances.toml). A metric that the
baseline file has but the run cannot compute any more (None) also regresses. Metrics missing
from the baseline file, or marked ``gate = false``, are reported but never fail the gate.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from assistant.eval.metrics import METRICS, format_value
from assistant.eval.results import EvalReport, QuestionResult

BASELINE_VERSION = 1
DIGITS = 4  # baseline files store metrics rounded to this many places
ROUNDING = 0.5 * 10**-DIGITS + 1e-9  # so a zero tolerance still accepts the unrounded value


class Tolerance(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key must not silently loosen the gate

    abs: float = Field(default=0.0, ge=0)
    rel: float = Field(default=0.0, ge=0)
    gate: bool = True

    def allowed(self, reference: float) -> float:
        return max(self.abs, self.rel * abs(reference))


class Tolerances(BaseModel):
    default: Tolerance = Tolerance(abs=0.02)
    metrics: dict[str, Tolerance] = Field(default_factory=dict)

    def for_metric(self, name: str) -> Tolerance:
        return self.metrics.get(name, self.default)


class GateError(ValueError):
    """A tolerance or baseline file that cannot be used; the message is for users (Chinese)."""


def load_tolerances(path: Path) -> Tolerances:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GateError(f"找不到容差文件 {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise GateError(f"容差文件 {path} 格式错误: {exc}") from exc
    default = data.pop("default", {})
    unknown = sorted(set(data) - set(METRICS))
    if unknown:
        raise GateError(f"容差文件 {path} 含未知指标: {', '.join(unknown)}")
    try:
        return Tolerances(default=Tolerance(**default), metrics={k: Tolerance(**v) for k, v in data.items()})
    except (TypeError, ValueError, AttributeError) as exc:
        raise GateError(f"容差文件 {path} 的取值无效: {exc}") from exc


class QuestionSnapshot(BaseModel):
    """The per-question facts a later run is compared with, to name the questions that broke."""

    first_rank: int | None = None
    coverage: float | None = None
    citation_precision: float | None = None
    refused: bool | None = None
    followup_ok: bool | None = None


class BaselineFile(BaseModel):
    version: int = BASELINE_VERSION
    set_name: str
    split: str = "dev"
    fingerprint: str
    items: int
    created: str
    config: dict[str, str | int | float | None] = Field(default_factory=dict)
    metrics: dict[str, float | None]
    reference: dict[str, float | None] = Field(default_factory=dict, description="the LangChain baseline")
    breakdown: dict[str, dict[str, float | None]] = Field(default_factory=dict, description="per intent, for the record")
    questions: dict[str, QuestionSnapshot] = Field(
        default_factory=dict, description="dev items only: a test set's baseline names no question"
    )


def snapshot(q: QuestionResult) -> QuestionSnapshot:
    return QuestionSnapshot(
        first_rank=q.first_rank,
        coverage=None if q.key_point_coverage is None else round(q.key_point_coverage, 4),
        citation_precision=None if q.citation_precision is None else round(q.citation_precision, 4),
        refused=q.refused,
        followup_ok=q.followup_ok,
    )


def _rounded(metrics: dict[str, float | None]) -> dict[str, float | None]:
    return {k: (None if v is None else round(v, DIGITS)) for k, v in metrics.items()}


def baseline_from_report(report: EvalReport) -> BaselineFile:
    reference = report.baseline.metrics if report.baseline else {}
    gw = report.gangwei
    return BaselineFile(
        set_name=report.set_name,
        split=report.split,
        fingerprint=report.fingerprint,
        items=report.items,
        created=report.created,
        config=report.config,
        metrics=_rounded(gw.metrics),
        reference=_rounded(reference),
        breakdown={k: _rounded(v) for k, v in gw.breakdown.items()},
        questions={q.key: snapshot(q) for q in report.visible(gw.questions)},
    )


def write_baseline(report: EvalReport, path: Path) -> BaselineFile:
    from assistant.ingest.records import atomic_write_text

    data = baseline_from_report(report)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(data.model_dump(mode="json"), ensure_ascii=False, indent=1) + "\n")
    return data


def load_baseline(path: Path) -> BaselineFile:
    try:
        return BaselineFile.model_validate_json(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise GateError(f"找不到基线文件 {path}; 先运行 gangwei eval --update-baseline") from exc
    except ValueError as exc:
        raise GateError(f"基线文件 {path} 无法解析: {exc}") from exc


class MetricCheck(BaseModel):
    name: str
    baseline: float | None
    current: float | None
    allowed: float
    gated: bool
    regressed: bool

    @property
    def message(self) -> str:
        info = METRICS[self.name]
        return (
            f"{info.label} ({self.name}): {format_value(self.name, self.baseline)} -> "
            f"{format_value(self.name, self.current)}"
        )


class QuestionChange(BaseModel):
    key: str
    question: str
    what: str


class GateResult(BaseModel):
    checks: list[MetricCheck]
    broken_questions: list[QuestionChange] = Field(default_factory=list)
    set_mismatch: str | None = None

    @property
    def regressions(self) -> list[MetricCheck]:
        return [c for c in self.checks if c.regressed]

    @property
    def passed(self) -> bool:
        return self.set_mismatch is None and not self.regressions


def check_metric(name: str, baseline: float | None, current: float | None, tol: Tolerance) -> MetricCheck:
    if baseline is None:
        return MetricCheck(name=name, baseline=None, current=current, allowed=0.0, gated=False, regressed=False)
    allowed = tol.allowed(baseline)
    if current is None:
        regressed = True
    elif METRICS[name].higher_is_better:
        regressed = current < baseline - allowed - ROUNDING
    else:
        regressed = current > baseline + allowed + ROUNDING
    return MetricCheck(
        name=name, baseline=baseline, current=current, allowed=allowed, gated=tol.gate, regressed=regressed and tol.gate
    )


def question_changes(report: EvalReport, baseline: BaselineFile) -> list[QuestionChange]:
    """Questions that got worse than in the baseline file (what to look at first); never test items."""
    changes: list[QuestionChange] = []
    for q in report.visible(report.gangwei.questions):
        old = baseline.questions.get(q.key)
        if old is None:
            continue
        what: list[str] = []
        if old.first_rank is not None and (q.first_rank is None or q.first_rank > old.first_rank):
            what.append(f"首个相关结果排名 {old.first_rank} -> {q.first_rank or '未命中'}")
        # Snapshots are rounded to 4 places: compare at that precision.
        if old.coverage is not None and q.key_point_coverage is not None and q.key_point_coverage < old.coverage - 1e-4:
            what.append(f"要点覆盖 {old.coverage:.0%} -> {q.key_point_coverage:.0%}")
        if (
            old.citation_precision is not None
            and q.citation_precision is not None
            and q.citation_precision < old.citation_precision - 1e-4
        ):
            what.append(f"引用精确率 {old.citation_precision:.0%} -> {q.citation_precision:.0%}")
        if old.refused is not None and q.refused is not None and old.refused != q.refused:
            wrong = q.refused != q.expect_refusal
            if wrong:
                what.append("新增误拒" if q.refused else "不再拒答")
        if old.followup_ok and q.followup_ok is False:
            what.append("追问未通过")
        if what:
            changes.append(QuestionChange(key=q.key, question=q.question, what="; ".join(what)))
    return changes


def compare(report: EvalReport, baseline: BaselineFile, tolerances: Tolerances) -> GateResult:
    mismatch = None
    if baseline.fingerprint != report.fingerprint:
        mismatch = (
            f"题集与基线不一致 (基线: {baseline.set_name}, {baseline.items} 题; 本次: {report.set_name}, "
            f"{report.items} 题)。题集改动后请用 --update-baseline 重新生成基线。"
        )
    checks = [
        check_metric(name, baseline.metrics.get(name), report.gangwei.metrics.get(name), tolerances.for_metric(name))
        for name in METRICS
        if name in baseline.metrics
    ]
    return GateResult(checks=checks, broken_questions=question_changes(report, baseline), set_mismatch=mismatch)
