"""One read model of the committed records, loaded once per records version and shared.

Answering, the tools and the services all read the knowledge base through a
``KnowledgeSnapshot``: articles, sections, job profiles, chunks, KPI entries, the role inventory
and the KPI library. ``KnowledgeStore`` hands out the current snapshot and reloads it (atomically,
under a lock) when another process or a write commits a new records version.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest.records import FileRecords, RecordStore
from assistant.knowledge.roles import RoleInventory, build_inventory
from assistant.lexicon import Lexicon
from assistant.models import Article, Chunk, JobProfile, KpiEntry, Region, Section, SectionKind
from assistant.text import Idf, bigrams, fold, squash

Marker = tuple[int, int] | None


def records_marker(records_dir: Path) -> Marker:
    """Identity of the committed records version (the commit marker's mtime and size)."""
    try:
        st = (Path(records_dir) / "files.jsonl").stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


@dataclass
class LibraryIndicator:
    """One indicator name with every entry that states it (several sheets may list it)."""

    name: str
    entries: list[KpiEntry] = field(default_factory=list)

    @property
    def first(self) -> KpiEntry:
        return self.entries[0]

    def stated(self, attr: str) -> str | float | None:
        """The first stated value of an attribute across the entries."""
        for entry in self.entries:
            value = getattr(entry, attr)
            if value not in (None, ""):
                return value
        return None

    @property
    def owners(self) -> list[str]:
        out: list[str] = []
        for e in self.entries:
            for owner in ([e.department] if e.department else []) + list(e.roles):
                if owner and owner not in out:
                    out.append(owner)
        return out


class KnowledgeSnapshot:
    """Everything answering and the tools read, indexed for lookups; immutable once built."""

    def __init__(
        self, records: dict[str, FileRecords], lexicon: Lexicon, marker: Marker = None, records_dir: Path | None = None
    ) -> None:
        self.lexicon = lexicon
        self.marker = marker
        self.records_dir = records_dir  # where ingest saved derived tables (word weights) for these records
        self.records = records
        self.files = sorted(records)
        self.articles: dict[str, Article] = {}
        self.sections: dict[str, tuple[Article, Section]] = {}
        self.profiles: list[JobProfile] = []
        self.profile_by_id: dict[str, JobProfile] = {}
        # Loaded from the store, a snapshot holds no chunks (the searcher has them; at 100x the
        # shipped corpus they were a third of the query process): only their count and, for the
        # IDF table's key, their ids (read on first use).
        self.chunks: dict[str, Chunk] = {}
        self.chunk_total = 0
        self.kpis: list[KpiEntry] = []
        self.regions: dict[str, list[Region]] = {}
        self.titles: dict[str, str] = {}
        mentions: list[tuple[str, str, str | None]] = []
        for name in self.files:
            rec = records[name]
            self.regions[name] = list(getattr(rec, "regions", []) or [])
            title = getattr(rec, "title", None) or (rec.articles[0].title if rec.articles else None)
            self.titles[name] = title or Path(name).stem
            for article in rec.articles:
                self.articles[article.id] = article
                for pos, section in enumerate(article.sections, start=1):
                    if not section.id:
                        section.id = f"{article.id}/s{pos}"
                    self.sections[section.id] = (article, section)
                    if section.role:
                        mentions.append((section.role, name, section.kind.value))
            for profile in rec.profiles:
                self.profiles.append(profile)
                self.profile_by_id[profile.id] = profile
            for chunk in rec.chunks:  # present when built from fresh records (ingest, tests)
                self.chunks[chunk.id] = chunk
            self.chunk_total += rec.count("chunks")
            self.kpis.extend(rec.kpis)
        owners: list[tuple[str, str, bool]] = []
        for entry in self.kpis:
            if entry.department:
                owners.append((entry.department, entry.span.file, True))
            for role in entry.roles:
                owners.append((role, entry.span.file, False))
        self.inventory: RoleInventory = build_inventory(lexicon, self.profiles, mentions, owners)
        self._idf: Idf | None = None
        self._text: str | None = None
        self._text_starts: list[int] = []  # offset in ``_text`` where each piece starts
        self._text_sections: list[str | None] = []  # the section each piece belongs to
        self._library: list[LibraryIndicator] | None = None
        self._lock = threading.Lock()
        # Indexes for lookups answering makes per question (each was a scan of every section,
        # profile or KPI entry: fine for 400 chunks, most of an answer's time at 40,000).
        self._by_file: dict[str, list[tuple[int, int, str]]] = defaultdict(list)  # file -> (start, end, sid)
        self._by_role: dict[str, list[str]] = defaultdict(list)  # squashed section role -> sids
        for sid, (_article, section) in self.sections.items():
            self._by_file[section.span.file].append((section.span.line_start, section.span.line_end, sid))
            if section.role:
                self._by_role[squash(section.role)].append(sid)
        self._headings: list[tuple[str, str, str]] | None = None
        self._org_names: list[tuple[str, str]] | None = None
        self._kpi_owner_index: dict[str, list[int]] | None = None

    # --- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, records_dir: Path, lexicon: Lexicon) -> KnowledgeSnapshot:
        store = RecordStore(Path(records_dir))
        for _ in range(5):
            # A writer may commit while we read: accept only a read that began and ended on
            # the same commit marker, so a snapshot never mixes two versions.
            marker = records_marker(records_dir)
            records = store.load_kinds(("articles", "profiles", "kpis")) if marker is not None else {}
            if records_marker(records_dir) == marker:
                break
        return cls(records, lexicon, marker, Path(records_dir))

    @property
    def empty(self) -> bool:
        return not self.chunk_total

    # --- lookups -------------------------------------------------------------------------------

    def section_of(self, section_id: str) -> tuple[Article, Section] | None:
        return self.sections.get(section_id)

    def section_at(self, file: str, line: int) -> tuple[Article, Section] | None:
        """The section whose span holds a line (the innermost, i.e. shortest; the first on ties)."""
        best = None
        for start, end, sid in self._by_file.get(file, ()):
            if start <= line <= end and (best is None or end - start < best[0]):
                best = (end - start, sid)
        return self.sections[best[1]] if best else None

    def sections_with_role(self, key: str) -> list[str]:
        """Ids of the sections whose role squashes to ``key``, in document order."""
        return self._by_role.get(key, [])

    def section_labels(self) -> list[tuple[str, str, str]]:
        """(section id, squashed heading, squashed role) of every section (for substring lookups)."""
        if self._headings is None:
            with self._lock:
                if self._headings is None:
                    self._headings = [
                        (sid, squash(section.heading or ""), squash(section.role) if section.role else "")
                        for sid, (_a, section) in self.sections.items()
                    ]
        return self._headings

    def organisation_names(self) -> list[tuple[str, str]]:
        """(name, squashed name) of every organisation, department and document title."""
        if self._org_names is None:
            with self._lock:
                if self._org_names is None:
                    names: set[str] = set()
                    for p in self.profiles:
                        for value in (p.organisation, p.department, p.doc_title):
                            if value:
                                names.add(value)
                    for file in self.files:
                        names.add(self.document_title(file))
                    self._org_names = [(name, squash(name)) for name in names]
        return self._org_names

    def profiles_of(self, title: str) -> list[JobProfile]:
        entry = self.inventory.get(title)
        if entry is None:
            return []
        return [self.profile_by_id[pid] for pid in entry.profile_ids if pid in self.profile_by_id]

    def document_title(self, file: str) -> str:
        return self.titles.get(file) or Path(file).stem

    def location(self, file: str, line_start: int, line_end: int | None = None) -> str:
        """Where lines are, as people say it: "第 3–5 行", "工作表「X」第 4 行", "第 2 页"."""
        line_end = line_end or line_start
        for region in self.regions.get(file, []):
            if region.line_start <= line_start <= region.line_end:
                if region.kind == "sheet":
                    a = region.first_row + line_start - region.line_start
                    b = region.first_row + min(line_end, region.line_end) - region.line_start
                    rows = f"第 {a} 行" if a == b else f"第 {a}–{b} 行"
                    return f"工作表「{region.name or region.number}」{rows}"
                if region.kind == "page":
                    lines = f"第 {line_start} 行" if line_start == line_end else f"第 {line_start}–{line_end} 行"
                    return f"第 {region.number} 页 · {lines}"
                if region.kind == "table":
                    lines = f"第 {line_start} 段" if line_start == line_end else f"第 {line_start}–{line_end} 段"
                    return f"表格{region.number or ''} · {lines}"
        unit = "段" if file.lower().endswith(".docx") else "行"
        return f"第 {line_start} {unit}" if line_start == line_end else f"第 {line_start}–{line_end} {unit}"

    def mentions(self, phrase: str) -> int:
        """How many chunks contain the phrase (folded, punctuation ignored): evidence the corpus
        talks about it even without a profile ("技术岗", "烟草客户经理")."""
        key = squash(phrase)
        if len(key) < 2:
            return 0
        return self._joined().count(key)

    def sections_mentioning(self, phrase: str, limit: int = 8) -> list[str]:
        """Ids of the sections whose heading or text contains the phrase, in corpus order: where
        an organisation chart says "收费员隶属财务科，向财务科科长汇报"."""
        import bisect

        key = squash(phrase)
        text = self._joined() if len(key) >= 2 else ""
        out: list[str] = []
        pos = text.find(key) if text else -1
        while pos >= 0 and len(out) < limit:
            sid = self._text_sections[bisect.bisect_right(self._text_starts, pos) - 1]
            if sid is not None and sid not in out:
                out.append(sid)
            pos = text.find(key, pos + len(key))
        return out

    def _joined(self) -> str:
        if self._text is None:
            with self._lock:
                if self._text is None:
                    starts, sections, pieces, offset = [], [], [], 0
                    for sid, piece in self._texts():
                        starts.append(offset)
                        sections.append(sid)
                        pieces.append(piece)
                        offset += len(piece) + 1
                    self._text_starts, self._text_sections = starts, sections
                    self._text = "\x00".join(pieces)
        return self._text

    def _texts(self) -> Iterator[tuple[str | None, str]]:
        """(section id, text) of every title, heading and block of the articles, squashed (what
        ``mentions`` searches)."""
        for article in self.articles.values():
            yield None, squash(article.title)
            for section in article.sections:
                if section.heading:
                    yield section.id, squash(section.heading)
                for block in section.blocks:
                    yield section.id, squash(block.text)

    @property
    def idf(self) -> Idf:
        """Bigram IDF over every chunk (what makes a word of a question specific).

        Read from the table ``gangwei ingest`` saved for exactly these chunks when there is one
        (counting took 8 s at 100x the shipped corpus); counted here otherwise.
        """
        if self._idf is None:
            with self._lock:
                if self._idf is None:
                    saved = None
                    if self.records_dir is not None and self.chunk_total:
                        from assistant.index.lexical import load_document_frequencies

                        ids = list(self.chunks) or RecordStore(self.records_dir).chunk_ids()
                        saved = load_document_frequencies(self.records_dir, ids)
                    if saved is not None:
                        idf = Idf(())
                        idf.n, idf.df = max(saved[0], 1), saved[1]  # type: ignore[assignment]  # read-only: .get serves
                        idf.unseen = math.log(1 + idf.n)
                        self._idf = idf
                    else:
                        self._idf = Idf(bigrams(c.text) for c in self._chunks_for_counting())
        return self._idf

    def _chunks_for_counting(self) -> list[Chunk]:
        """The chunks, when no saved IDF table fits (records of an older version): read once."""
        if self.chunks or self.records_dir is None:
            return list(self.chunks.values())
        records = RecordStore(self.records_dir).load_kinds(("chunks",))
        return [c for name in sorted(records) for c in records[name].chunks]

    # --- KPI library -----------------------------------------------------------------------------

    def kpi_library(self) -> list[LibraryIndicator]:
        """Distinct indicators (by folded name), table rows first, in document order."""
        if self._library is None:
            with self._lock:
                if self._library is None:
                    by_name: dict[str, LibraryIndicator] = {}
                    order = sorted(self.kpis, key=lambda e: (e.origin != "table", e.span.file, e.span.line_start))
                    for entry in order:
                        key = canonical_indicator(entry.name)
                        ind = by_name.get(key)
                        if ind is None:
                            ind = by_name[key] = LibraryIndicator(name=entry.name)
                        ind.entries.append(entry)
                    self._library = list(by_name.values())
        return self._library

    def kpis_for(self, owner: str) -> list[KpiEntry]:
        """KPI table rows and mentions that belong to a role or department (as the sheet says)."""
        key = squash(owner)
        if self._kpi_owner_index is None:
            with self._lock:
                if self._kpi_owner_index is None:
                    index: dict[str, list[int]] = defaultdict(list)  # squashed owner -> entry positions
                    for pos, entry in enumerate(self.kpis):
                        for o in [entry.department or ""] + list(entry.roles):
                            if o:
                                index[squash(o)].append(pos)
                    self._kpi_owner_index = dict(index)
        # each distinct owner is compared once, not once per KPI row
        hits = {
            pos for name, rows in self._kpi_owner_index.items() if name == key or key in name or name in key for pos in rows
        }
        return [self.kpis[pos] for pos in sorted(hits)]

    def kpi_owners(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for entry in self.kpis:
            if entry.origin == "table":
                counts[entry.department or (entry.roles[0] if entry.roles else "")] += 1
        counts.pop("", None)
        return dict(counts)

    def section_kinds(self) -> set[SectionKind]:
        return {s.kind for _, s in self.sections.values()}


def canonical_indicator(name: str) -> str:
    return re.sub(r"[\s()()]", "", fold(name))


class KnowledgeStore:
    """Hands out the current snapshot; reloads it when the committed records change."""

    def __init__(self, records_dir: Path, lexicon: Lexicon) -> None:
        self.records_dir = Path(records_dir)
        self.lexicon = lexicon
        self._snapshot: KnowledgeSnapshot | None = None
        self._lock = threading.Lock()
        self._failed_at = float("-inf")

    def current(self) -> KnowledgeSnapshot:
        marker = records_marker(self.records_dir)
        snap = self._snapshot
        if snap is not None and snap.marker == marker:
            return snap
        with self._lock:
            snap = self._snapshot
            if snap is None or snap.marker != records_marker(self.records_dir):
                snap = self._load(snap)
                self._snapshot = snap
            return snap

    def _load(self, previous: KnowledgeSnapshot | None) -> KnowledgeSnapshot:
        """A new snapshot; a torn read (another process is mid-commit) is retried for about a
        second, then the previous snapshot keeps answering. Without one the error goes up."""
        from assistant.ingest.records import RecordsCorrupt

        if previous is not None and time.monotonic() - self._failed_at < 1.0:
            return previous  # failed a moment ago: do not re-read on every request
        for attempt in range(6):
            try:
                snap = KnowledgeSnapshot.load(self.records_dir, self.lexicon)
                self._failed_at = float("-inf")
                return snap
            except RecordsCorrupt:
                if attempt == 5:
                    self._failed_at = time.monotonic()
                    if previous is None:
                        raise
                    return previous  # keeps its old marker: a later call tries again
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    def invalidate(self) -> None:
        with self._lock:
            self._snapshot = None
