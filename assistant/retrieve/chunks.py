"""The searcher's chunks: a compact row per chunk for filtering and boosting, the chunk itself
parsed only when it becomes a hit.

Held as pydantic objects, the chunks were ~250 MB of the query process at 100x the shipped
corpus, yet a search reads whole chunks only for its ~10 hits; fusion, filters and boosts
read a few short fields, which are kept here (strings shared between chunks are kept once).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from assistant.index.packed import PackedRecords
from assistant.models import Chunk, SectionKind, SourceSpan

CHUNK_CACHE = 1024  # parsed chunks kept (hits of recent questions)


class ChunkInfo:
    """What filters, boosts and duplicate spans read of a chunk (same attribute names as ``Chunk``)."""

    __slots__ = ("id", "file", "line_start", "line_end", "section_kind", "role", "article_title", "section_heading",
                 "article_id", "size")

    def __init__(self, chunk: Chunk) -> None:
        intern = _intern
        self.id = chunk.id
        self.file = intern(chunk.file)
        self.line_start = chunk.line_start
        self.line_end = chunk.line_end
        self.section_kind: SectionKind = chunk.section_kind
        self.role = intern(chunk.role)
        self.article_title = intern(chunk.article_title)
        self.section_heading = intern(chunk.section_heading)
        self.article_id = intern(chunk.article_id)
        self.size = len(chunk.text)

    @property
    def span(self) -> SourceSpan:
        return SourceSpan(file=self.file, line_start=self.line_start, line_end=self.line_end)


def _intern(value: str | None) -> str | None:
    return sys.intern(value) if value else value


class IndexedText(NamedTuple):
    """A chunk as the index fingerprint and the dense matrix read it (only while loading)."""

    id: str
    indexed_text: str
    role: str | None


class ChunkTable(Mapping[str, Chunk]):
    """id -> ``Chunk`` (parsed on demand, recent ones cached), plus ``info`` rows for every chunk."""

    def __init__(self) -> None:
        # not compressed: chunk lines shrink less than 2x and compressing them was most of the
        # searcher's load time (3 s at 100x); raw they cost ~25 MB more
        self._packed: PackedRecords[Chunk] = PackedRecords(Chunk, CHUNK_CACHE, compress=False)
        self._info: dict[str, ChunkInfo] = {}
        self.duplicates: dict[str, list[str]] = {}  # as ingest stored them
        self.duplicates_missing = False  # some chunk predates stored duplicates
        self._articles: dict[str, list[str]] = {}  # article id -> its chunks' ids
        self._reading: dict[str, list[ChunkInfo]] = {}  # article id -> its chunks in reading order (when asked)

    def add(self, chunk: Chunk, line: bytes | None = None) -> None:
        """Add a chunk: its JSON line is kept compressed (the object itself when there is none)."""
        if line is None:
            self._packed.append_object(chunk.id, chunk)
        else:
            self._packed.append(chunk.id, line)
        info = self._info[chunk.id] = ChunkInfo(chunk)
        self._articles.setdefault(info.article_id, []).append(chunk.id)
        self._reading.pop(info.article_id, None)
        if chunk.duplicates is None:
            self.duplicates_missing = True
        elif chunk.duplicates:
            self.duplicates[chunk.id] = chunk.duplicates

    def info(self, cid: str) -> ChunkInfo:
        return self._info[cid]

    def infos(self) -> Iterator[tuple[str, ChunkInfo]]:
        return iter(self._info.items())

    def article_of(self, cid: str) -> list[ChunkInfo]:
        """The chunks of ``cid``'s article (document part) in reading order (sorted once)."""
        aid = self._info[cid].article_id
        if aid not in self._reading:
            ids = self._articles.get(aid, [cid])
            self._reading[aid] = sorted((self._info[i] for i in ids), key=lambda x: (x.line_start, x.line_end))
        return self._reading[aid]

    def __getitem__(self, cid: str) -> Chunk:
        pos = self._packed.position(cid)
        if pos is None:
            raise KeyError(cid)
        return self._packed.at(pos)

    def __contains__(self, cid: object) -> bool:
        return cid in self._info

    def __iter__(self) -> Iterator[str]:
        return iter(self._info)

    def __len__(self) -> int:
        return len(self._info)
