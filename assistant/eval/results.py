"""Per-question eval records and their aggregation into the metric table (pure, no I/O)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.eval import metrics as m


class CitationCheck(BaseModel):
    id: int
    file: str
    line_start: int
    line_end: int
    relevant: bool | None = Field(default=None, description="overlaps gold evidence (None: no evidence)")
    valid: bool


class QuestionResult(BaseModel):
    """Everything measured for one question of one system, kept so regressions can be traced."""

    key: str = Field(description="item id, '#n' appended for the n-th later turn of a follow-up")
    item_id: str
    turn: int = 0
    intent: str
    persona: str
    question: str
    expect_refusal: bool = False
    # retrieval (None when the question was not retrieval-scored)
    first_rank: int | None = None
    recall: dict[str, float] = Field(default_factory=dict, description="k -> 0/1")
    mrr: float | None = None
    ndcg: float | None = None
    retrieved: list[str] = Field(default_factory=list, description="top hits as file:start-end")
    # answer (None when no answer was asked for)
    answer: str | None = None
    refused: bool | None = None
    key_points: list[list[str]] = Field(default_factory=list)
    key_points_hit: list[bool] = Field(default_factory=list)
    key_point_coverage: float | None = None
    citations: list[CitationCheck] = Field(default_factory=list)
    citation_precision: float | None = None
    followup_ok: bool | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    error: str | None = None

    @property
    def in_scope(self) -> bool:
        return not self.expect_refusal

    @property
    def missing_key_points(self) -> list[str]:
        return [group[0] for group, hit in zip(self.key_points, self.key_points_hit) if not hit and group]


class SystemResult(BaseModel):
    name: str
    metrics: dict[str, float | None]
    counts: dict[str, int] = Field(default_factory=dict, description="questions behind each metric")
    questions: list[QuestionResult] = Field(default_factory=list)


def summarize(questions: Sequence[QuestionResult], peak_rss_mb: float | None = None) -> tuple[dict, dict]:
    """(metrics, counts) of one system; a metric with no questions behind it is None."""
    first = [q for q in questions if q.turn == 0]
    scored = [q for q in first if q.mrr is not None]
    asked_first_in = [q for q in first if q.in_scope and q.refused is not None]
    answered_in = [q for q in asked_first_in if not q.refused]
    refusal_due = [q for q in questions if q.expect_refusal and q.refused is not None]
    later = [q for q in questions if q.turn > 0 and q.followup_ok is not None]
    cites = [c for q in questions for c in q.citations]
    asked = [q for q in questions if q.refused is not None]

    metrics: dict[str, float | None] = {}
    counts: dict[str, int] = {}
    for k in m.K_VALUES:
        metrics[f"recall@{k}"] = m.mean(q.recall.get(str(k)) for q in scored)
        counts[f"recall@{k}"] = len(scored)
    metrics["mrr@10"] = m.mean(q.mrr for q in scored)
    metrics["ndcg@10"] = m.mean(q.ndcg for q in scored)
    counts["mrr@10"] = counts["ndcg@10"] = len(scored)

    metrics["key_point_coverage"] = m.mean(q.key_point_coverage for q in asked_first_in)
    counts["key_point_coverage"] = len(asked_first_in)
    metrics["citation_precision"] = m.mean(q.citation_precision for q in answered_in)
    counts["citation_precision"] = len(answered_in)
    metrics["citation_validity"] = m.ratio(sum(c.valid for c in cites), len(cites))
    counts["citation_validity"] = len(cites)
    metrics["refusal_accuracy"] = m.ratio(sum(bool(q.refused) for q in refusal_due), len(refusal_due))
    counts["refusal_accuracy"] = len(refusal_due)
    metrics["false_refusal_rate"] = m.ratio(sum(bool(q.refused) for q in asked_first_in), len(asked_first_in))
    counts["false_refusal_rate"] = len(asked_first_in)
    metrics["followup_accuracy"] = m.ratio(sum(bool(q.followup_ok) for q in later), len(later))
    counts["followup_accuracy"] = len(later)

    for stage in ("retrieve", "compose", "e2e"):
        values = [q.timings_ms[stage] for q in asked if stage in q.timings_ms]
        metrics[f"{stage}_p50_ms"] = m.percentile(values, 50)
        metrics[f"{stage}_p95_ms"] = m.percentile(values, 95)
        counts[f"{stage}_p50_ms"] = counts[f"{stage}_p95_ms"] = len(values)

    metrics["peak_rss_mb"] = peak_rss_mb
    metrics["errors"] = float(sum(q.error is not None for q in questions))
    counts["errors"] = len(questions)
    return metrics, counts


def latency_samples(questions: Sequence[QuestionResult], stage: str) -> list[float]:
    return [q.timings_ms[stage] for q in questions if q.refused is not None and stage in q.timings_ms]


class EvalReport(BaseModel):
    """One eval run: what was run on what, and each system's metrics and per-question records."""

    set_name: str
    created: str
    fingerprint: str = Field(description="sha256 of the questions and gold evidence evaluated")
    items: int
    config: dict[str, str | int | float | None] = Field(default_factory=dict)
    duration_s: float = 0.0
    systems: dict[str, SystemResult] = Field(default_factory=dict)

    @property
    def gangwei(self) -> SystemResult:
        return self.systems["gangwei"]

    @property
    def baseline(self) -> SystemResult | None:
        return self.systems.get("baseline")
