"""Retrieval metrics on the dev set: a hit counts when it, its passage or one of its duplicates
overlaps gold."""

from __future__ import annotations

import time
from typing import Iterable, Sequence

from pydantic import BaseModel, Field

from assistant.models import Hit, SourceSpan

# Per-retriever configurations for the comparison table.
MODES: dict[str, dict[str, float] | None] = {
    "dense": {"dense": 1.0},
    "bigram": {"bigram": 1.0},
    "jieba": {"jieba": 1.0},
    "item": {"item": 1.0},
    "item_dense": {"item_dense": 1.0},
    "fused": None,  # the weights from settings
}


def _overlaps(a: SourceSpan, b) -> bool:
    return a.file == b.file and a.line_start <= b.line_end and b.line_start <= a.line_end


def hit_matches(hit: Hit, evidence: Sequence) -> bool:
    return any(_overlaps(s, g) for s in hit.spans() for g in evidence)


def first_relevant(hits: Sequence[Hit], evidence: Sequence) -> int | None:
    for hit in hits:
        if hit_matches(hit, evidence):
            return hit.rank
    return None


class RetrievalScores(BaseModel):
    mode: str
    questions: int
    recall_at_1: float
    recall_at_5: float
    recall_at_10: float
    mrr_at_10: float
    misses_at_5: list[str] = Field(default_factory=list, description="ids not found in the top 5")
    seconds: float = 0.0


def evaluate(searcher, items: Iterable, mode: str = "fused", k: int = 10) -> RetrievalScores:
    """Score ``searcher`` on dev items (``question`` + ``evidence`` spans) in one mode."""
    weights = MODES[mode]
    items = list(items)
    ranks: list[int | None] = []
    misses: list[str] = []
    started = time.perf_counter()
    for item in items:
        hits = searcher.search(item.question, k=k, weights=weights)
        rank = first_relevant(hits, item.evidence)
        ranks.append(rank)
        if rank is None or rank > 5:
            misses.append(item.id)
    n = max(len(items), 1)

    def recall(cut: int) -> float:
        return sum(1 for r in ranks if r is not None and r <= cut) / n

    return RetrievalScores(
        mode=mode,
        questions=len(items),
        recall_at_1=recall(1),
        recall_at_5=recall(5),
        recall_at_10=recall(10),
        mrr_at_10=sum(1.0 / r for r in ranks if r is not None and r <= 10) / n,
        misses_at_5=misses,
        seconds=time.perf_counter() - started,
    )


def table(rows: Sequence[RetrievalScores]) -> str:
    """Plain-text comparison table (printed by tests with -s and by the benchmark)."""
    head = f"{'检索器':<8}{'R@1':>7}{'R@5':>7}{'R@10':>7}{'MRR@10':>8}  未命中@5"
    lines = [head, "-" * 60]
    for r in rows:
        lines.append(
            f"{r.mode:<10}{r.recall_at_1:>7.3f}{r.recall_at_5:>7.3f}{r.recall_at_10:>7.3f}{r.mrr_at_10:>8.3f}"
            f"  {' '.join(r.misses_at_5)}"
        )
    return "\n".join(lines)
