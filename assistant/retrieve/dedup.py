"""Near-duplicate chunks: computed at ingest (``assistant.ingest.dedup``), read by the searcher.

Kept here for the retrieval layer's callers; records written before duplicates were stored
(``Chunk.duplicates is None``) are handled by computing them once when such records are loaded.
"""

from __future__ import annotations

from assistant.ingest.dedup import MIN_SHINGLES, SHINGLE, is_copy, mark_duplicates, near_duplicates, shingles

__all__ = ["MIN_SHINGLES", "SHINGLE", "is_copy", "mark_duplicates", "near_duplicates", "shingles"]
