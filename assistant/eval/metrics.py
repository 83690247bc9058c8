"""Eval metrics as pure functions over hits, answers and gold spans (no I/O, no models).

Definitions (also in evals/README.md):

* A retrieved hit is *relevant* when its chunk span, its passage (``Hit.passage``: the text of the
  same post and kind around it, at most ``passage_max`` characters), or any span in ``Hit.duplicates``
  overlaps a gold evidence span (same file, line ranges intersect). Gold lists every duplicate copy
  of the answer, so any copy earns credit.
* recall@k: 1 when a relevant hit is among the top k, else 0 (per question), averaged.
* MRR@10: 1 / rank of the first relevant hit within the top 10 (0 when none), averaged.
* nDCG@10: graded gains by evidence coverage: hit i gains the fraction of gold spans it newly
  covers (with its duplicates), discounted by log2(i + 1); the ideal covers everything at rank 1,
  so the ideal DCG is 1. It rewards retrieving *all* parts of a multi-part answer early.
* key-point coverage: the fraction of key-point groups with at least one phrase in the
  normalised answer text (NFKC, no whitespace; see ``assistant.eval.gold.normalize_text``).
* citation precision: cited spans overlapping gold evidence / all citations, per answered
  in-scope question; an answer without citations scores 0 (nothing supports it).
* citation validity: citations whose quote occurs in the cited lines of the original file, after
  ``normalize_line`` on both sides and whitespace removal; "…" in a quote separates fragments
  that must occur in order.
* cited-gold: 1 when at least one citation of an answered in-scope question overlaps gold evidence.
* attribute accuracy: an attribute question (直属上级, 学历 …) is right when it is answered and covers
  at least half its key points.
* tool checks (``assistant.eval.tools_check``): JD drafts and KPI designs made for a role.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.eval.gold import normalize_text
from assistant.ingest.clean import normalize_line
from assistant.models import Answer, Citation, Hit

K_VALUES = (1, 5, 10)
NDCG_K = 10
FOLLOWUP_PASS_COVERAGE = 0.5


class SpanLike(Protocol):
    file: str
    line_start: int
    line_end: int


def overlaps(a: SpanLike, b: SpanLike) -> bool:
    """Same file and intersecting inclusive line ranges."""
    return a.file == b.file and a.line_start <= b.line_end and b.line_start <= a.line_end


def hit_spans(hit: Hit) -> list[SpanLike]:
    return hit.spans()


def is_relevant(hit: Hit, evidence: Sequence[SpanLike]) -> bool:
    return any(overlaps(s, e) for s in hit_spans(hit) for e in evidence)


# --- retrieval -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetrievalScores:
    first_rank: int | None  # 1-based rank of the first relevant hit, None if none in the list
    recall: dict[int, float]
    mrr: float
    ndcg: float


def first_relevant_rank(hits: Sequence[Hit], evidence: Sequence[SpanLike]) -> int | None:
    for position, hit in enumerate(hits, 1):
        if is_relevant(hit, evidence):
            return position
    return None


def ndcg_coverage(hits: Sequence[Hit], evidence: Sequence[SpanLike], k: int = NDCG_K) -> float:
    """Discounted evidence coverage; ideal DCG = 1 (all gold spans covered at rank 1)."""
    if not evidence:
        return 0.0
    covered: set[int] = set()
    dcg = 0.0
    for position, hit in enumerate(hits[:k], 1):
        spans = hit_spans(hit)
        new = {i for i, e in enumerate(evidence) if i not in covered and any(overlaps(s, e) for s in spans)}
        if new:
            covered |= new
            dcg += (len(new) / len(evidence)) / math.log2(position + 1)
    return dcg


def retrieval_scores(hits: Sequence[Hit], evidence: Sequence[SpanLike]) -> RetrievalScores:
    """Per-question retrieval metrics; ``hits`` in rank order (only the first 10 are read)."""
    top = list(hits[: max(max(K_VALUES), NDCG_K)])
    rank = first_relevant_rank(top, evidence)
    recall = {k: float(rank is not None and rank <= k) for k in K_VALUES}
    mrr = 1.0 / rank if rank is not None and rank <= 10 else 0.0
    return RetrievalScores(first_rank=rank, recall=recall, mrr=mrr, ndcg=ndcg_coverage(top, evidence))


# --- answers ---------------------------------------------------------------------------------


def key_point_hits(text: str, key_points: Sequence[Sequence[str]]) -> list[bool]:
    """Per group: does any of its phrases occur in the normalised text?"""
    norm = normalize_text(text)
    return [any(normalize_text(p) in norm for p in group if p) for group in key_points]


def key_point_coverage(text: str, key_points: Sequence[Sequence[str]]) -> float:
    hits = key_point_hits(text, key_points)
    return sum(hits) / len(hits) if hits else 0.0


def cited_gold(citations: Sequence[Citation], evidence: Sequence[SpanLike]) -> bool:
    """Whether any citation overlaps a gold evidence span."""
    return any(citation_relevance(citations, evidence))


def citation_relevance(citations: Sequence[Citation], evidence: Sequence[SpanLike]) -> list[bool]:
    return [any(overlaps(c, e) for e in evidence) for c in citations]


def citation_precision(citations: Sequence[Citation], evidence: Sequence[SpanLike]) -> float:
    """Share of citations that overlap gold evidence; 0 for an uncited answer."""
    if not citations:
        return 0.0
    rel = citation_relevance(citations, evidence)
    return sum(rel) / len(rel)


_ELLIPSIS = re.compile(r"…+|\.{3,}")


def _squash(text: str) -> str:
    """normalize_line per line, then drop all whitespace (line breaks and folding differ)."""
    return normalize_text("".join(normalize_line(line) for line in text.splitlines()))


def quote_in_lines(quote: str, lines: Sequence[str]) -> bool:
    """Whether the quote's fragments (split at ellipses) occur, in order, in the given lines."""
    haystack = _squash("\n".join(lines))
    fragments = [f for f in (_squash(part) for part in _ELLIPSIS.split(quote)) if f]
    if not fragments:
        return False
    pos = 0
    for fragment in fragments:
        found = haystack.find(fragment, pos)
        if found < 0:
            return False
        pos = found + len(fragment)
    return True


LineSource = Callable[[str], Sequence[str] | None]
"""file (relative to the corpus root) -> the file's original lines, or None if unknown."""


def citation_valid(citation: Citation, lines_of: LineSource) -> bool:
    lines = lines_of(citation.file)
    if lines is None or citation.line_start < 1 or citation.line_end < citation.line_start:
        return False
    if citation.line_end > len(lines):
        return False
    return quote_in_lines(citation.quote, lines[citation.line_start - 1 : citation.line_end])


def citation_validity(citations: Sequence[Citation], lines_of: LineSource) -> list[bool]:
    return [citation_valid(c, lines_of) for c in citations]


def followup_turn_ok(answer: Answer, key_points: Sequence[Sequence[str]], expect_refusal: bool) -> bool:
    """A later turn passes when it refuses exactly when expected and covers >= half its key points."""
    if expect_refusal:
        return answer.refused
    return not answer.refused and key_point_coverage(answer.text, key_points) >= FOLLOWUP_PASS_COVERAGE


# --- aggregation -----------------------------------------------------------------------------


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the defined values; None when there are none (an undefined metric, not a zero)."""
    kept = [float(v) for v in values if v is not None]
    return sum(kept) / len(kept) if kept else None


def ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default method), q in [0, 100]."""
    if not values:
        return None
    data = sorted(values)
    pos = (len(data) - 1) * q / 100.0
    lo = math.floor(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


# --- metric registry: names, labels, direction, display --------------------------------------


@dataclass(frozen=True)
class MetricInfo:
    name: str
    label: str  # Chinese, for tables
    group: str  # retrieval | answer | tool | latency | system
    higher_is_better: bool
    unit: str  # "ratio" (shown as %), "ms", "MB", "count"


METRICS: dict[str, MetricInfo] = {
    m.name: m
    for m in [
        MetricInfo("recall@1", "召回率@1", "retrieval", True, "ratio"),
        MetricInfo("recall@5", "召回率@5", "retrieval", True, "ratio"),
        MetricInfo("recall@10", "召回率@10", "retrieval", True, "ratio"),
        MetricInfo("mrr@10", "MRR@10", "retrieval", True, "ratio"),
        MetricInfo("ndcg@10", "nDCG@10", "retrieval", True, "ratio"),
        MetricInfo("key_point_coverage", "要点覆盖率", "answer", True, "ratio"),
        MetricInfo("citation_precision", "引用精确率", "answer", True, "ratio"),
        MetricInfo("cited_gold", "引用命中标注", "answer", True, "ratio"),
        MetricInfo("citation_validity", "引用有效率", "answer", True, "ratio"),
        MetricInfo("refusal_accuracy", "超范围拒答准确率", "answer", True, "ratio"),
        MetricInfo("false_refusal_rate", "范围内误拒率", "answer", False, "ratio"),
        MetricInfo("followup_accuracy", "追问准确率", "answer", True, "ratio"),
        MetricInfo("attribute_accuracy", "属性问答准确率", "answer", True, "ratio"),
        MetricInfo("llm_used_rate", "大模型改写采用率", "answer", True, "ratio"),
        MetricInfo("llm_fallback_rate", "大模型回退率", "answer", False, "ratio"),
        MetricInfo("tool_routing", "对话转工具准确率", "tool", True, "ratio"),
        MetricInfo("tool_cited", "工具输出有有效引用", "tool", True, "ratio"),
        MetricInfo("tool_must_cite", "工具引用指定文件", "tool", True, "ratio"),
        MetricInfo("tool_key_point_coverage", "工具输出要点覆盖", "tool", True, "ratio"),
        MetricInfo("jd_sections", "JD 各节有引用内容", "tool", True, "ratio"),
        MetricInfo("kpi_weights_100", "KPI 权重合计 100", "tool", True, "ratio"),
        MetricInfo("kpi_bsc_dimensions", "KPI 覆盖 ≥3 个 BSC 维度", "tool", True, "ratio"),
        MetricInfo("kpi_indicator_recall", "KPI 预期指标召回", "tool", True, "ratio"),
        MetricInfo("retrieve_p50_ms", "检索延迟 p50", "latency", False, "ms"),
        MetricInfo("retrieve_p95_ms", "检索延迟 p95", "latency", False, "ms"),
        MetricInfo("compose_p50_ms", "生成延迟 p50", "latency", False, "ms"),
        MetricInfo("compose_p95_ms", "生成延迟 p95", "latency", False, "ms"),
        MetricInfo("e2e_p50_ms", "端到端延迟 p50", "latency", False, "ms"),
        MetricInfo("e2e_p95_ms", "端到端延迟 p95", "latency", False, "ms"),
        MetricInfo("peak_rss_mb", "峰值内存 (RSS)", "system", False, "MB"),
        MetricInfo("errors", "出错题数", "system", False, "count"),
    ]
}


def format_value(name: str, value: float | None) -> str:
    if value is None:
        return "—"
    unit = METRICS[name].unit if name in METRICS else "ratio"
    if unit == "ratio":
        return f"{value * 100:.1f}%"
    if unit == "ms":
        return f"{value:.1f} ms"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value:g}"
