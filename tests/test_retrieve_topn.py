"""Top-n selection by partition must give exactly what sorting every candidate gave (ties too)."""

from __future__ import annotations

import numpy as np

from assistant.retrieve.dense import DenseMatrix
from assistant.retrieve.retriever import HybridSearcher


def _full_dense(sims: np.ndarray, ids: list[str], n: int, mask: np.ndarray | None) -> dict[str, float]:
    candidates = np.flatnonzero(mask) if mask is not None else np.arange(len(ids))
    order = candidates[np.lexsort((candidates, -sims[candidates]))][:n]
    return {ids[i]: float(sims[i]) for i in order}


def _full_top(scores: np.ndarray, ids: list[str], mask: np.ndarray | None, n: int) -> dict[str, float]:
    if mask is not None:
        scores = np.where(mask, scores, 0.0)
    positive = np.flatnonzero(scores > 0)
    order = positive[np.argsort(-scores[positive], kind="stable")][:n]
    return {ids[i]: float(scores[i]) for i in order}


def test_partitioned_top_n_equals_full_sort_with_ties() -> None:
    rng = np.random.default_rng(7)
    size = 500
    ids = [f"c{i:04d}" for i in range(size)]
    matrix = DenseMatrix(ids, np.zeros((size, 2), dtype=np.float32))
    for trial in range(40):
        # few distinct values: many ties, also across the n-th place
        sims = np.round(rng.integers(-3, 4, size) / 4, 6).astype(np.float64)
        scores = (rng.integers(0, 5, size) / 2).astype(np.float32)
        mask = rng.random(size) > 0.3 if trial % 2 else None
        for n in (1, 5, 40, size, size + 10):
            assert list(matrix.top_of(sims, n, mask).items()) == list(_full_dense(sims, ids, n, mask).items())
            got = HybridSearcher._top(scores, ids, mask, n)
            assert list(got.items()) == list(_full_top(scores, ids, mask, n).items())
    assert HybridSearcher._top(np.zeros(3, dtype=np.float32), ids[:3], None, 2) == {}
    assert HybridSearcher._top(np.ones(3, dtype=np.float32), ids[:3], None, 0) == {}
