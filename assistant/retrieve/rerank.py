"""Optional cross-encoder reranking of the fused candidates (``GANGWEI_RERANKER=st:/path``).

A cross-encoder (e.g. a bge-reranker the user downloaded) reads the question and each
candidate passage together and scores their relevance. It is applied to the top
``settings.rerank_depth`` fused candidates; its score is combined with the fused rank (so a
small reranker cannot throw away what both retrievers agree on). Loading happens from a local
path only: nothing is downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np


class RerankerError(RuntimeError):
    """The reranker cannot be loaded; the message is user-facing Chinese text."""


class CrossEncoderReranker:
    """sentence-transformers ``CrossEncoder`` from a local directory, on CPU."""

    def __init__(self, spec: str) -> None:
        spec = (spec or "").strip()
        if not spec.startswith("st:") or not spec[3:].strip():
            raise RerankerError(f"重排模型设置无效: '{spec}' (应为 st:/本地/模型/目录)")
        self.path = Path(spec[3:].strip()).expanduser()
        if not self.path.is_dir():
            raise RerankerError(f"重排模型目录不存在: {self.path} (请先把模型下载到本地, 运行时不会联网下载)")
        self.model_id = f"rerank:{self.path.resolve()}"
        self._model = None
        self._lock = threading.Lock()

    def _get(self):  # noqa: ANN202 - CrossEncoder
        if self._model is None:
            with self._lock:
                if self._model is None:
                    try:
                        from sentence_transformers import CrossEncoder

                        self._model = CrossEncoder(str(self.path), device="cpu", local_files_only=True)
                    except Exception as exc:  # missing files, wrong format
                        raise RerankerError(f"无法加载重排模型 {self.path}: {exc}") from exc
        return self._model

    def scores(self, question: str, passages: Sequence[str]) -> np.ndarray:
        if not passages:
            return np.zeros(0, dtype=np.float32)
        model = self._get()
        with self._lock:
            raw = model.predict([(question, p) for p in passages], show_progress_bar=False, convert_to_numpy=True)
        raw = np.asarray(raw, dtype=np.float32).reshape(len(passages), -1)
        # one logit per pair (relevance) or two (not relevant / relevant)
        return raw[:, -1] if raw.shape[1] > 1 else raw[:, 0]


def combine(fused_order: Sequence[str], rerank: dict[str, float], weight: float) -> dict[str, float]:
    """Blend the fused rank with the reranker's rank: weighted reciprocal ranks (k = 10)."""
    by_rerank = sorted(rerank, key=lambda cid: (-rerank[cid], cid))
    rr = {cid: i for i, cid in enumerate(by_rerank, 1)}
    out: dict[str, float] = {}
    for i, cid in enumerate(fused_order, 1):
        score = (1 - weight) / (10 + i)
        if cid in rr:
            score += weight / (10 + rr[cid])
        out[cid] = score
    return out
