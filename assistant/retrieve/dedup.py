"""Near-duplicate chunks: the scraped corpus repeats speeches and duty lists several times."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Sequence

import numpy as np

from assistant.models import Chunk

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
SHINGLE = 4
MIN_SHINGLES = 8  # shorter texts (lone headings) are never called copies of anything
MAX_DF = 64
SIMILAR_SIZE = 0.5  # below this size ratio only the bigger chunk lists the smaller as its copy  # shingles this common say nothing about copying; skipping them bounds the work


def shingles(text: str) -> set[str]:
    flat = _DROP.sub("", text.lower())
    return {flat[i : i + SHINGLE] for i in range(len(flat) - SHINGLE + 1)}


def near_duplicates(chunks: Sequence[Chunk], threshold: float = 0.8) -> dict[str, list[str]]:
    """id -> ids of the chunks that are copies of it, or copies of a part of it.

    B is a copy of A when >= ``threshold`` of the smaller one's 4-char shingles occur in the
    other and the two are of similar size (both directions), or when B is the smaller one (a
    truncated copy, or a repeated paragraph inside A). A bigger chunk that merely contains A
    is not "a copy of A": it carries more than A does.
    """
    import scipy.sparse as sp

    ids = [c.id for c in chunks]
    sets = [shingles(c.text) for c in chunks]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for row, sh in enumerate(sets):
        for s in sh:
            rows.append(row)
            cols.append(vocab.setdefault(s, len(vocab)))
    if not rows:
        return {}
    x = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(ids), len(vocab)))
    shared = (x @ x.T).tocoo()  # shared shingle counts of every pair that shares any
    sizes = np.array([len(sh) for sh in sets], dtype=np.float32)
    a, b, n = shared.row, shared.col, shared.data
    sa, sb = sizes[a], sizes[b]
    small, large = np.minimum(sa, sb), np.maximum(sa, sb)
    keep = (a != b) & (small >= MIN_SHINGLES) & (n >= threshold * small)
    # b is a copy of a: similar size, or b is the smaller (a truncated or embedded copy)
    keep &= (small >= SIMILAR_SIZE * large) | (sb < sa)
    out: dict[str, list[str]] = defaultdict(list)
    for i, j in zip(a[keep], b[keep]):
        out[ids[i]].append(ids[j])
    return {k: sorted(v) for k, v in out.items()}
