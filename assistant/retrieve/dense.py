"""Exact, deterministic dense search over the committed chunks.

Chroma stores the vectors (embedded or as a server); for answering, the vectors of the committed
chunks are held in one float32 matrix and scored with an exact cosine (a matrix-vector product),
ties broken by chunk id. The same question therefore gives byte-identical hits in every process
— HNSW's approximate search does not — and a query costs a few milliseconds even at 100× the
shipped corpus (45,000 × 384 floats ≈ 70 MB). Vectors come from the local embedding cache by
text hash, falling back to Chroma for any the cache lacks.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.models import Chunk


class DenseMatrix:
    """Unit vectors of chunks, row i = ids[i]."""

    def __init__(self, ids: list[str], matrix: np.ndarray) -> None:
        self.ids = ids
        self.matrix = matrix
        self.position = {cid: i for i, cid in enumerate(ids)}

    @classmethod
    def load(cls, chunks: Sequence[Chunk], embeddings, chroma) -> DenseMatrix:  # noqa: ANN001
        """Vectors for ``chunks``: cache first (by model id and text hash), then the vector store."""
        from assistant.index.embeddings import VectorCache

        ordered = sorted(chunks, key=lambda c: c.id)
        keys = [VectorCache.key(c.indexed_text) for c in ordered]
        found = embeddings.cache.get_many(embeddings.model_id, keys) if hasattr(embeddings, "cache") else {}
        vectors: dict[str, np.ndarray] = {c.id: found[k] for c, k in zip(ordered, keys) if k in found}
        missing = [c.id for c in ordered if c.id not in vectors]
        if missing and chroma is not None:
            for cid, vec in chroma.vectors(missing).items():
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
        return self.matrix @ q

    def top(self, vector: Sequence[float], n: int, mask: np.ndarray | None = None) -> dict[str, float]:
        """Best ``n`` ids by cosine (rounded to 6 decimals, ties by id), best first."""
        if not self.ids or n <= 0:
            return {}
        sims = np.round(self.scores(vector).astype(np.float64), 6)
        candidates = np.flatnonzero(mask) if mask is not None else np.arange(len(self.ids))
        if candidates.size == 0:
            return {}
        # lexsort: last key is primary -> sort by -similarity, then by id position (ids are sorted)
        order = candidates[np.lexsort((candidates, -sims[candidates]))][:n]
        return {self.ids[i]: float(sims[i]) for i in order}

    def similarity(self, vector: Sequence[float], ids: Sequence[str]) -> dict[str, float]:
        sims = np.round(self.scores(vector).astype(np.float64), 6)
        return {cid: float(sims[self.position[cid]]) for cid in ids if cid in self.position}
