"""Weighted reciprocal rank fusion: score(d) = sum_r w_r / (k + rank_r(d)), ranks 1-based."""

from __future__ import annotations

from typing import Mapping, Sequence


def ranks(ordered_ids: Sequence[str]) -> dict[str, int]:
    """1-based rank of each id in a best-first list (first occurrence wins)."""
    out: dict[str, int] = {}
    for pos, cid in enumerate(ordered_ids, 1):
        out.setdefault(cid, pos)
    return out


def weighted_rrf(
    rankings: Mapping[str, Sequence[str]], weights: Mapping[str, float], k: int = 60
) -> dict[str, float]:
    """Fuse best-first id lists; a retriever with weight 0 (or missing) does not contribute."""
    fused: dict[str, float] = {}
    for name, ordered in rankings.items():
        weight = float(weights.get(name, 0.0))
        if weight <= 0:
            continue
        for cid, rank in ranks(ordered).items():
            fused[cid] = fused.get(cid, 0.0) + weight / (k + rank)
    return fused


def best_first(scores: Mapping[str, float]) -> list[str]:
    """Ids by descending score; ties broken by id so results are deterministic."""
    return sorted(scores, key=lambda cid: (-scores[cid], cid))
