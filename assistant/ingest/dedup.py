"""Near-duplicate chunks: the scraped corpus repeats speeches and duty lists several times.

Found once per ingest (``ingest_records`` stores them on each ``Chunk.duplicates``; the
searcher only reads them), never when a searcher loads: comparing every pair of chunks that shares any shingle grows with
the square of the corpus (the old sparse product took 0.8 GB at 4,500 chunks and 4.3 GB at
13,500). Candidates come from *prefix filtering*, the exact form of the containment join: if at
least ``t`` of a set's shingles occur in another set, then one of its ``|S| - t + 1`` rarest
shingles does, so each chunk only looks up the chunks holding its rarest ~20 % of shingles (short
posting lists), and every candidate pair is checked exactly. The stored relation is therefore
exactly ``is_copy`` — no pair is missed, as a MinHash LSH would miss some (datasketch's LSH
Ensemble, the containment variant, missed one of 68 links on the shipped corpus with its default
weights and took ~5× longer with recall-weighted ones).
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from typing import Sequence

import numpy as np

from assistant.models import Chunk

_DROP = re.compile(r"[\s\W_]+", re.UNICODE)
SHINGLE = 4
MIN_SHINGLES = 8  # shorter texts (lone headings) are never called copies of anything
SIMILAR_SIZE = 0.5  # below this size ratio only the bigger chunk lists the smaller as its copy


def shingles(text: str) -> set[str]:
    flat = _DROP.sub("", text.lower())
    return {flat[i : i + SHINGLE] for i in range(len(flat) - SHINGLE + 1)}


def is_copy(shared: int, size_a: int, size_b: int, threshold: float) -> bool:
    """Whether b is a copy of a, given how many shingles they share and their sizes.

    B is a copy of A when >= ``threshold`` of the smaller one's shingles occur in the other and
    the two are of similar size (both directions), or when B is the smaller one (a truncated
    copy, or a repeated paragraph inside A). A bigger chunk that merely contains A is not "a copy
    of A": it carries more than A does.
    """
    small, large = min(size_a, size_b), max(size_a, size_b)
    if small < MIN_SHINGLES or shared < threshold * small:
        return False
    return small >= SIMILAR_SIZE * large or size_b < size_a


def shingle_keys(text: str) -> np.ndarray:
    """Sorted unique uint64 keys of ``shingles(text)``: 4 code points packed into 64 bits.

    Exact (one key per shingle) for text in the Basic Multilingual Plane; a shingle with a
    character beyond it (emoji, rare CJK extensions) is hashed, which could in principle merge
    two such shingles. Arrays instead of Python sets keep 100× the shipped corpus (~13 M
    shingles) at ~100 MB instead of over a gigabyte.
    """
    flat = _DROP.sub("", text.lower())
    if len(flat) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer(flat.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cps) - SHINGLE + 1
    a, b, c, d = cps[:n], cps[1 : n + 1], cps[2 : n + 2], cps[3 : n + 3]
    keys = (a << 48) | (b << 32) | (c << 16) | d
    astral = (a | b | c | d) >= 0x10000
    if astral.any():
        base = np.uint64(0x110000)
        with np.errstate(over="ignore"):  # wrap-around arithmetic: a hash for these few shingles
            hashed = ((a * base + b) * base + c) * base + d
        keys = np.where(astral, hashed, keys)
    return np.unique(keys)


def near_duplicates(chunks: Sequence[Chunk], threshold: float = 0.8) -> dict[str, list[str]]:
    """id -> sorted ids of the chunks that are copies of it, or copies of a part of it (``is_copy``).

    Every pair whose smaller chunk has >= ``threshold`` of its shingles in the other is checked;
    the work grows with the posting lists of rare shingles, i.e. about linearly with the corpus.
    """
    keys = [shingle_keys(c.text) for c in chunks]
    sizes = np.array([len(k) for k in keys], dtype=np.int64)
    eligible = np.flatnonzero(sizes >= MIN_SHINGLES)
    if len(eligible) < 2:
        return {}
    # Postings: every (key, chunk) pair sorted by key; a key's chunks are one contiguous slice.
    all_keys = np.concatenate([keys[i] for i in eligible])
    owners = np.repeat(eligible.astype(np.int32), sizes[eligible])
    order = np.argsort(all_keys, kind="stable")
    all_keys, owners = all_keys[order], owners[order]
    del order
    starts = np.concatenate(([0], np.flatnonzero(all_keys[1:] != all_keys[:-1]) + 1))
    unique = all_keys[starts]
    ends = np.append(starts[1:], len(all_keys))
    df = ends - starts
    del all_keys

    ids = [c.id for c in chunks]
    out: dict[str, set[str]] = defaultdict(set)
    for i in eligible:
        own = keys[i]
        slot = np.searchsorted(unique, own)
        # |S| - t + 1 rarest shingles (t = the least shared count that can pass), ties by key
        prefix = len(own) - math.floor(threshold * len(own)) + 1
        rare = slot[np.lexsort((own, df[slot]))[:prefix]]
        rare = rare[df[rare] > 1]  # a shingle no other chunk has finds nothing
        if not len(rare):
            continue
        found = np.unique(np.concatenate([owners[starts[u] : ends[u]] for u in rare]))
        # i plays the smaller (or equal) side; equal sizes are looked at from the lower index once
        found = found[(sizes[found] > sizes[i]) | ((sizes[found] == sizes[i]) & (found > i))]
        for j in found.tolist():
            shared = len(np.intersect1d(own, keys[j], assume_unique=True))
            if is_copy(shared, int(sizes[i]), int(sizes[j]), threshold):
                out[ids[i]].add(ids[j])
            if is_copy(shared, int(sizes[j]), int(sizes[i]), threshold):
                out[ids[j]].add(ids[i])
    return {k: sorted(v) for k, v in sorted(out.items())}


def mark_duplicates(chunks: Sequence[Chunk], threshold: float = 0.8) -> None:
    """Set every chunk's ``duplicates`` (empty list when it has none) for this chunk set."""
    found = near_duplicates(chunks, threshold)
    for chunk in chunks:
        chunk.duplicates = found.get(chunk.id, [])
