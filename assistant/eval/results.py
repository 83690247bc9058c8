"""Per-question eval records and their aggregation into the metric table (pure, no I/O)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from pydantic import BaseModel, Field

from assistant.answer.llm import llm_usage
from assistant.eval import metrics as m

LATER_TURNS = "followup_turns"  # breakdown row of the later turns of follow-up conversations
BREAKDOWN_ORDER = (
    "duty", "qualification", "attribute", "kpi", "method", "jd", "kpi_design", "out_of_scope", "followup",
    LATER_TURNS, "retrieval",
)  # fmt: skip


class CitationCheck(BaseModel):
    id: int
    file: str
    line_start: int
    line_end: int
    relevant: bool | None = Field(default=None, description="overlaps gold evidence (None: no evidence)")
    valid: bool


class ToolCheck(BaseModel):
    """What the JD drafter or KPI designer produced for one item, checked."""

    kind: str
    role: str = ""
    error: str | None = None
    routed: bool | None = Field(default=None, description="the chat answered the question with this tool")
    citations: int = 0
    valid_citations: int = 0
    cited_files: list[str] = Field(default_factory=list)
    cited: bool = False
    must_cite: bool | None = None
    key_point_coverage: float | None = None
    sections: dict[str, bool] = Field(default_factory=dict)
    sections_ok: bool | None = None
    indicators: int | None = None
    weight_sum: float | None = None
    weights_ok: bool | None = None
    bsc_dimensions: int | None = None
    bsc_ok: bool | None = None
    indicator_recall: float | None = None
    missing_indicators: list[str] = Field(default_factory=list)


class QuestionResult(BaseModel):
    """Everything measured for one question of one system, kept so regressions can be traced."""

    key: str = Field(description="item id, '#n' appended for the n-th later turn of a follow-up")
    item_id: str
    turn: int = 0
    intent: str
    persona: str
    question: str
    expect_refusal: bool = False
    attribute: str | None = Field(default=None, description="the gold attribute (直属上级, 学历 …)")
    # retrieval (None when the question was not retrieval-scored)
    first_rank: int | None = None
    recall: dict[str, float] = Field(default_factory=dict, description="k -> 0/1")
    mrr: float | None = None
    ndcg: float | None = None
    retrieved: list[str] = Field(default_factory=list, description="top hits as file:start-end")
    # answer (None when no answer was asked for)
    answer: str | None = None
    answer_intent: str | None = None
    answer_attribute: str | None = None
    answer_tool: str | None = None
    refused: bool | None = None
    key_points: list[list[str]] = Field(default_factory=list)
    key_points_hit: list[bool] = Field(default_factory=list)
    key_point_coverage: float | None = None
    citations: list[CitationCheck] = Field(default_factory=list)
    citation_precision: float | None = None
    cited_gold: bool | None = None
    attribute_ok: bool | None = None
    followup_ok: bool | None = None
    tool: ToolCheck | None = None
    timings_ms: dict[str, float] = Field(default_factory=dict)
    backend: str | None = Field(default=None, description="extractive | llm (the answer actually given)")
    fallback_reason: str | None = Field(default=None, description="why the LLM reply was not used (LLM mode)")
    error: str | None = None

    @property
    def in_scope(self) -> bool:
        return not self.expect_refusal

    @property
    def missing_key_points(self) -> list[str]:
        return [group[0] for group, hit in zip(self.key_points, self.key_points_hit) if not hit and group]

    @property
    def breakdown_key(self) -> str:
        return self.intent if self.turn == 0 else LATER_TURNS


class SystemResult(BaseModel):
    name: str
    metrics: dict[str, float | None]
    counts: dict[str, int] = Field(default_factory=dict, description="questions behind each metric")
    breakdown: dict[str, dict[str, float | None]] = Field(
        default_factory=dict, description="per intent: n and the answer metrics of those questions"
    )
    latency_ms: dict[str, list[float]] = Field(
        default_factory=dict, description="per stage, kept when per-question records are withheld (test sets)"
    )
    questions: list[QuestionResult] = Field(default_factory=list)


def _mean_bool(values: Sequence[bool | None]) -> float | None:
    return m.mean(None if v is None else float(v) for v in values)


def summarize(questions: Sequence[QuestionResult], peak_rss_mb: float | None = None) -> tuple[dict, dict]:
    """(metrics, counts) of one system; a metric with no questions behind it is None."""
    first = [q for q in questions if q.turn == 0]
    scored = [q for q in first if q.mrr is not None]
    asked_first_in = [q for q in first if q.in_scope and q.refused is not None]
    answered_in = [q for q in asked_first_in if not q.refused]
    gold_cited = [q for q in answered_in if q.cited_gold is not None]
    refusal_due = [q for q in questions if q.expect_refusal and q.refused is not None]
    later = [q for q in questions if q.turn > 0 and q.followup_ok is not None]
    attributes = [q for q in questions if q.attribute_ok is not None]
    cites = [c for q in questions for c in q.citations]
    asked = [q for q in questions if q.refused is not None]
    tools = [q.tool for q in questions if q.tool is not None]
    jd = [t for t in tools if t.kind == "jd"]
    kpi = [t for t in tools if t.kind == "kpi_design"]

    metrics: dict[str, float | None] = {}
    counts: dict[str, int] = {}

    def put(name: str, value: float | None, n: int) -> None:
        metrics[name] = value
        counts[name] = n

    for k in m.K_VALUES:
        put(f"recall@{k}", m.mean(q.recall.get(str(k)) for q in scored), len(scored))
    put("mrr@10", m.mean(q.mrr for q in scored), len(scored))
    put("ndcg@10", m.mean(q.ndcg for q in scored), len(scored))

    put("key_point_coverage", m.mean(q.key_point_coverage for q in asked_first_in), len(asked_first_in))
    put("citation_precision", m.mean(q.citation_precision for q in answered_in), len(answered_in))
    put("cited_gold", _mean_bool([q.cited_gold for q in gold_cited]), len(gold_cited))
    put("citation_validity", m.ratio(sum(c.valid for c in cites), len(cites)), len(cites))
    put("refusal_accuracy", m.ratio(sum(bool(q.refused) for q in refusal_due), len(refusal_due)), len(refusal_due))
    put("false_refusal_rate", m.ratio(sum(bool(q.refused) for q in asked_first_in), len(asked_first_in)), len(asked_first_in))
    put("followup_accuracy", m.ratio(sum(bool(q.followup_ok) for q in later), len(later)), len(later))
    put("attribute_accuracy", _mean_bool([q.attribute_ok for q in attributes]), len(attributes))

    # LLM mode: how often the checked rewrite was used; each fallback reason counted as "llm_fallback:<code>"
    usage = llm_usage(q for q in questions if q.backend is not None)
    if usage.asked:
        put("llm_used_rate", m.ratio(usage.used, usage.asked), usage.asked)
        put("llm_fallback_rate", m.ratio(usage.fallbacks, usage.asked), usage.asked)
        for reason, n in usage.reasons.items():
            counts[f"llm_fallback:{reason}"] = n

    routed = [t.routed for t in tools if t.routed is not None]
    put("tool_routing", _mean_bool(routed), len(routed))
    put("tool_cited", _mean_bool([t.cited and t.error is None for t in tools]), len(tools))
    must = [t.must_cite for t in tools if t.must_cite is not None]
    put("tool_must_cite", _mean_bool(must), len(must))
    tkp = [t.key_point_coverage for t in tools if t.key_point_coverage is not None]
    put("tool_key_point_coverage", m.mean(tkp), len(tkp))
    sections = [t.sections_ok for t in jd if t.sections_ok is not None]
    put("jd_sections", _mean_bool(sections), len(sections))
    put("kpi_weights_100", _mean_bool([t.weights_ok for t in kpi]), len(kpi))
    bsc = [t.bsc_ok for t in kpi if t.bsc_ok is not None]
    put("kpi_bsc_dimensions", _mean_bool(bsc), len(bsc))
    recall = [t.indicator_recall for t in kpi if t.indicator_recall is not None]
    put("kpi_indicator_recall", m.mean(recall), len(recall))

    for stage in ("retrieve", "compose", "e2e"):
        values = [q.timings_ms[stage] for q in asked if stage in q.timings_ms]
        metrics[f"{stage}_p50_ms"] = m.percentile(values, 50)
        metrics[f"{stage}_p95_ms"] = m.percentile(values, 95)
        counts[f"{stage}_p50_ms"] = counts[f"{stage}_p95_ms"] = len(values)

    put("peak_rss_mb", peak_rss_mb, 0)
    put("errors", float(sum(q.error is not None for q in questions)), len(questions))
    return metrics, counts


BREAKDOWN_METRICS = ("n", "key_point_coverage", "cited_gold", "refused", "ok")


def breakdown(questions: Sequence[QuestionResult]) -> dict[str, dict[str, float | None]]:
    """Per intent (later follow-up turns as one row): n, key-point coverage, cited-gold, share refused
    and share "ok" (answered with >= half the key points, or refused when it should be)."""
    groups: dict[str, list[QuestionResult]] = defaultdict(list)
    for q in questions:
        groups[q.breakdown_key].append(q)
    out: dict[str, dict[str, float | None]] = {}
    order = {k: i for i, k in enumerate(BREAKDOWN_ORDER)}
    for key in sorted(groups, key=lambda k: (order.get(k, len(order)), k)):
        qs = groups[key]
        asked = [q for q in qs if q.refused is not None]
        row: dict[str, float | None] = {"n": float(len(qs))}
        row["key_point_coverage"] = m.mean(q.key_point_coverage for q in asked if q.in_scope)
        row["cited_gold"] = _mean_bool([q.cited_gold for q in asked if q.in_scope and not q.refused])
        row["refused"] = _mean_bool([q.refused for q in asked])
        row["ok"] = _mean_bool([_ok(q) for q in asked])
        if key == "retrieval" or not asked:
            row["mrr@10"] = m.mean(q.mrr for q in qs)
        out[key] = row
    return out


def _ok(q: QuestionResult) -> bool:
    if q.error is not None:
        return False
    if q.expect_refusal:
        return bool(q.refused)
    return not q.refused and (q.key_point_coverage is None or q.key_point_coverage >= m.FOLLOWUP_PASS_COVERAGE)


def latency_samples(questions: Sequence[QuestionResult], stage: str) -> list[float]:
    return [q.timings_ms[stage] for q in questions if q.refused is not None and stage in q.timings_ms]


def system_latency(result: SystemResult, stage: str) -> list[float]:
    """Latency samples of a stage, from the records or, when they are withheld, from the kept lists."""
    return latency_samples(result.questions, stage) if result.questions else list(result.latency_ms.get(stage, []))


class EvalReport(BaseModel):
    """One eval run: what was run on what, and each system's metrics and per-question records."""

    set_name: str
    created: str
    fingerprint: str = Field(description="sha256 of the questions and gold evidence evaluated")
    items: int
    split: str = Field(default="dev", description="dev | test: a test report carries no per-question records")
    corpus: str = ""
    config: dict[str, str | int | float | None] = Field(default_factory=dict)
    duration_s: float = 0.0
    hidden: list[str] = Field(
        default_factory=list, description="keys of questions that belong to a test set: never listed or stored"
    )
    withheld: int = Field(default=0, description="per-question records left out of this (written) report")
    systems: dict[str, SystemResult] = Field(default_factory=dict)

    @property
    def gangwei(self) -> SystemResult:
        return self.systems["gangwei"]

    @property
    def baseline(self) -> SystemResult | None:
        return self.systems.get("baseline")

    @property
    def is_test(self) -> bool:
        return self.split == "test"

    def visible(self, questions: Sequence[QuestionResult]) -> list[QuestionResult]:
        """The records that may be shown: none for a test set, and never those of test items."""
        if self.is_test:
            return []
        hidden = set(self.hidden)
        return [q for q in questions if q.key not in hidden]

    def redacted(self) -> EvalReport:
        """The report as it may be written to disk: hidden records removed, latency kept as numbers."""
        systems: dict[str, SystemResult] = {}
        withheld = 0
        for name, result in self.systems.items():
            kept = self.visible(result.questions)
            withheld = max(withheld, len(result.questions) - len(kept))
            latency = {s: system_latency(result, s) for s in ("retrieve", "compose", "e2e")}
            systems[name] = result.model_copy(update={"questions": kept, "latency_ms": latency})
        hidden = [] if self.is_test else self.hidden  # a test report withholds everything: no ids needed
        return self.model_copy(update={"systems": systems, "withheld": withheld, "hidden": hidden})
