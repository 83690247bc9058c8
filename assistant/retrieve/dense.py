"""Exact, deterministic dense search over the committed chunks.

Chroma stores the vectors (embedded or as a server); for answering, the vectors of the committed
chunks are held in one float32 matrix and scored with an exact cosine (a matrix-vector product),
ties broken by chunk id. The same question therefore gives byte-identical hits in every process
— HNSW's approximate search does not — and a query costs a few milliseconds even at 100× the
shipped corpus (45,000 × 384 floats ≈ 70 MB). Vectors come from the local embedding cache by
text hash, falling back to Chroma for any the cache lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.models import Chunk



def best_n(indices: np.ndarray, values: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The entries that can be among the best ``n`` by value: those at or above the n-th best
    (ties included, index order kept), so sorting them gives the order sorting all would give,
    without sorting every chunk."""
    if 0 < n < indices.size:
        kth = np.partition(values, indices.size - n)[indices.size - n]
        keep = values >= kth
        return indices[keep], values[keep]
    return indices, values

class DenseMatrix:
    """Unit vectors of chunks, row i = ids[i]."""

    def __init__(self, ids: list[str], matrix: np.ndarray) -> None:
        self.ids = ids
        self.matrix = matrix
        self.position = {cid: i for i, cid in enumerate(ids)}
        self._controller: Any = None  # threadpoolctl's, made on first use

    @classmethod
    def load(
        cls, chunks: Sequence[Chunk], embeddings, chroma: Callable[[], Any] | None, saved: Path | None = None  # noqa: ANN001
    ) -> DenseMatrix:
        """Vectors for ``chunks``: the matrix ingest saved for them (memory-mapped), else the
        cache (by model id and text hash), then the vector store.

        ``chroma`` makes the store when called; it is called only when the cache lacks vectors
        (opening Chroma costs ~1 s of imports and its client's memory, for nothing otherwise).
        """
        from assistant.index.embeddings import VectorCache, matrix_path

        ids = sorted(c.id for c in chunks)
        if saved is not None and hasattr(embeddings, "model_id"):
            path = matrix_path(saved, embeddings.model_id, ids)
            try:
                matrix = np.load(path, mmap_mode="r")
                if matrix.shape[0] == len(ids) and matrix.dtype == np.float32:
                    return cls(ids, matrix)
            except (OSError, ValueError):
                pass  # not saved (older ingest, other model): assemble it below
        ordered = sorted(chunks, key=lambda c: c.id)
        keys = [VectorCache.key(c.indexed_text) for c in ordered]
        found = embeddings.cache.get_many(embeddings.model_id, keys) if hasattr(embeddings, "cache") else {}
        vectors: dict[str, np.ndarray] = {c.id: found[k] for c, k in zip(ordered, keys) if k in found}
        missing = [c.id for c in ordered if c.id not in vectors]
        if missing and chroma is not None:
            for cid, vec in chroma().vectors(missing).items():
                vectors[cid] = np.asarray(vec, dtype=np.float32)
        ids = [c.id for c in ordered if c.id in vectors]
        if not ids:
            return cls([], np.zeros((0, 1), dtype=np.float32))
        matrix = np.vstack([vectors[cid] for cid in ids]).astype(np.float32)
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix /= np.where(norms > 0, norms, 1.0)
        return cls(ids, matrix)

    def __len__(self) -> int:
        return len(self.ids)

    def scores(self, vector: Sequence[float]) -> np.ndarray:
        q = np.asarray(vector, dtype=np.float32)
        norm = float(np.linalg.norm(q))
        if norm > 0:
            q = q / norm
        # One BLAS thread: a matrix-vector product is memory-bound, and a two-thread OpenBLAS
        # call waits for both threads to be scheduled -- measured 12-15 ms instead of 0.5-0.9 ms
        # for 4,300 chunks on a busy 2-core machine.
        with self._blas().limit(limits=1, user_api="blas"):
            return self.matrix @ q

    def _blas(self) -> Any:
        if self._controller is None:
            from threadpoolctl import ThreadpoolController

            self._controller = ThreadpoolController()
        return self._controller

    def similarities(self, vector: Sequence[float]) -> np.ndarray:
        """Cosine of every row (rounded to 6 decimals: ties are then broken by id, not by noise)."""
        return np.round(self.scores(vector).astype(np.float64), 6)

    def top(self, vector: Sequence[float], n: int, mask: np.ndarray | None = None) -> dict[str, float]:
        """Best ``n`` ids by cosine (rounded to 6 decimals, ties by id), best first."""
        if not self.ids or n <= 0:
            return {}
        return self.top_of(self.similarities(vector), n, mask)

    def top_of(self, sims: np.ndarray, n: int, mask: np.ndarray | None = None) -> dict[str, float]:
        """``top`` from already computed ``similarities`` (one product per query, not one per use)."""
        if not self.ids or n <= 0:
            return {}
        candidates = np.flatnonzero(mask) if mask is not None else np.arange(len(self.ids))
        if candidates.size == 0:
            return {}
        candidates, values = best_n(candidates, sims[candidates], n)
        # lexsort: last key is primary -> sort by -similarity, then by id position (ids are sorted)
        order = candidates[np.lexsort((candidates, -values))][:n]
        return {self.ids[i]: float(sims[i]) for i in order}

    def similarity(self, vector: Sequence[float], ids: Sequence[str]) -> dict[str, float]:
        return self.pick(self.similarities(vector), ids)

    def pick(self, sims: np.ndarray, ids: Sequence[str]) -> dict[str, float]:
        return {cid: float(sims[self.position[cid]]) for cid in ids if cid in self.position}


class ItemVectors:
    """Unit vectors of the lines of multi-line chunks (``chunk_items``), row i owned by chunk row
    ``owner[i]`` of the chunks' ``DenseMatrix``: a chunk scored by its closest line."""

    def __init__(self, matrix: DenseMatrix, owner: np.ndarray) -> None:
        self.matrix = matrix
        self.owner = owner

    @classmethod
    def load(cls, chunks: Sequence[Any], dense: DenseMatrix, embeddings, saved: Path | None) -> ItemVectors:  # noqa: ANN001
        """The matrix ingest saved (memory-mapped), else the vectors in the cache; a line without a
        vector (an index built before item vectors, until the next ``gangwei ingest``) is left out
        and its chunk scored by its own vector. Nothing is embedded here: loading stays fast."""
        from assistant.index.lexical import ITEM_ID_MARK, ITEMS_DIR, chunk_items
        from assistant.retrieve.chunks import IndexedText

        pairs = [IndexedText(iid, text, None) for iid, text in chunk_items(c for c in chunks if c.id in dense.position)]
        matrix = DenseMatrix.load(pairs, embeddings, None, saved / ITEMS_DIR if saved is not None else None)
        owner = np.fromiter((dense.position[iid.rsplit(ITEM_ID_MARK, 1)[0]] for iid in matrix.ids), dtype=np.int64, count=len(matrix.ids))
        return cls(matrix, owner)

    def best(self, vector: Sequence[float], chunk_sims: np.ndarray) -> np.ndarray:
        """Per chunk row: the cosine of its closest line (rounded like ``similarities``); a chunk of
        one line keeps its own."""
        if not len(self.matrix):
            return chunk_sims
        lines = self.matrix.similarities(vector)
        best = np.full(chunk_sims.shape, -np.inf)
        np.maximum.at(best, self.owner, lines)
        return np.where(np.isfinite(best), best, chunk_sims)

