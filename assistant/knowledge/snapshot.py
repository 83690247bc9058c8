"""One read model of the committed records, loaded once per records version and shared.

Answering, the tools and the services all read the knowledge base through a
``KnowledgeSnapshot``: articles, sections, job profiles, chunks, KPI entries, the role inventory
and the KPI library. Loaded from the store, a snapshot keeps sections and profiles as
compressed JSON lines and parses the few a question reads (``packed``); every lookup index is
built at load. ``KnowledgeStore`` hands out the current snapshot and reloads it (atomically,
under a lock) when another process or a write commits a new records version.
"""

from __future__ import annotations

import math
import re
import threading
import time
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.ingest.records import FileRecords, RecordStore
from assistant.index.packed import LazyMap, LruCache, PackedRecords, RecordList, RecordMap
from assistant.knowledge.roles import RoleEntry, RoleInventory
from assistant.lexicon import Lexicon
from assistant.models import Article, Chunk, JobProfile, KpiEntry, Region, Section, SectionKind
from assistant.text import Idf, bigrams, fold, longest_first, squash

Marker = tuple[int, int] | None


def records_marker(records_dir: Path) -> Marker:
    """Identity of the committed records version (the commit marker's mtime and size)."""
    try:
        st = (Path(records_dir) / "files.jsonl").stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


_BRACKETED = re.compile(r"[（(][^）)]*[）)]")  # a bracketed part of a title: a site, a level


def bare_title(title: str) -> str:
    """A title without its bracketed parts, squashed ("个险营业部经理(南京)" -> 个险营业部经理)."""
    return squash(_BRACKETED.sub("", title))


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


ARTICLE_CACHE = 16  # whole articles kept parsed per snapshot (tools and quotes; answering reads sections)
SECTION_CACHE = 2048  # parsed sections kept per snapshot (what a question's evidence is made of)
PROFILE_CACHE = 512


def _number_sections(article: Article) -> None:
    """Sections saved without an id get their position's (what every reader calls them)."""
    for pos, section in enumerate(article.sections, start=1):
        if not section.id:
            section.id = f"{article.id}/s{pos}"


@dataclass(frozen=True, slots=True)
class SectionRef:
    """Where a section is and what lookups need about it, without parsing the section."""

    article_id: str
    pos: int  # index in the article's sections
    file: str
    line_start: int
    line_end: int
    heading: str | None
    role: str | None
    kind: SectionKind
    article_title: str
    article_organisation: str | None


class _Articles:
    """Articles as a header (the article without its sections) and one packed record per
    section: a question reads a few sections of articles that are each a whole document
    (126 KB of JSON on average at 100x the shipped corpus), so sections are parsed alone and
    a whole article only when a caller asks for one."""

    def __init__(self) -> None:
        self.headers: PackedRecords[Article] = PackedRecords(Article, 0)
        self.sections: PackedRecords[Section] = PackedRecords(Section, SECTION_CACHE)
        self.objects: dict[str, Article] = {}  # fresh records: the objects themselves
        self.section_pos: dict[str, list[int]] = {}  # article id -> positions in ``sections``
        self._full: LruCache[str, Article] = LruCache(ARTICLE_CACHE)  # recently made whole articles

    def add(self, article: Article, packed: bool) -> None:
        if not packed:
            self.objects[article.id] = article
            self.section_pos[article.id] = []
            for section in article.sections:
                self.section_pos[article.id].append(len(self.sections))
                self.sections.append_object(section.id, section)
            return
        self.headers.append(article.id, article.model_copy(update={"sections": []}).model_dump_json())
        self.section_pos[article.id] = []
        for section in article.sections:
            self.section_pos[article.id].append(len(self.sections))
            self.sections.append(section.id, section.model_dump_json())

    def build(self, aid: str) -> Article:
        """A fresh whole article (not cached)."""
        if aid in self.objects:
            return self.objects[aid]
        pos = self.headers.position(aid)
        if pos is None:
            raise KeyError(aid)
        article = self.headers.parse(pos)
        article.sections = [self.sections.parse(i) for i in self.section_pos[aid]]
        return article

    def get(self, aid: str) -> Article:
        """The whole article, from a small cache (the same object for repeated lookups)."""
        if aid in self.objects:
            return self.objects[aid]
        return self._full.get_or_make(aid, self.build)
        return article


class _Index:
    """What a snapshot keeps of the records, filled one record at a time (from objects, or
    while the store is read: no list of every parsed article or profile ever exists)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.store = _Articles()
        self.profiles: PackedRecords[JobProfile] = PackedRecords(JobProfile, PROFILE_CACHE)
        self.kpis: list[KpiEntry] = []
        self.refs: dict[str, SectionRef] = {}
        self.mentions: list[tuple[str, str, str | None]] = []
        self.article_ids: dict[str, None] = {}
        self.first_title: dict[str, str] = {}
        self.article_pos: dict[str, list[str]] = defaultdict(list)  # file -> its article ids
        self.profile_pos: dict[str, list[int]] = defaultdict(list)  # file -> positions in ``profiles``
        self.profile_names: dict[str, None] = {}  # organisations, departments, titles of the profiles
        # profiles go into the inventory as they come (build_inventory's order: profiles,
        # then section mentions, then KPI owners -- the latter two added by ``finish``)
        self.inventory = RoleInventory(lexicon)
        self._cues = tuple(lexicon.roles.short_name_cues)
        cues = "|".join(re.escape(c) for c in sorted(lexicon.roles.short_name_cues, key=len, reverse=True))
        # "线长（俗称“拉长”）": a short name the documents give a post, wherever they give it
        self._short_name = re.compile(rf"(?P<title>[\u4e00-\u9fffA-Za-z]{{2,12}})[(（]\s*(?:{cues})[:：]?\s*[“\"「]?"
                                      rf"(?P<short>[\u4e00-\u9fffA-Za-z]{{2,8}})[”\"」]?\s*[)）]") if cues else None  # fmt: skip
        self.short_names: dict[tuple[str, str], None] = {}
        self.noted: dict[tuple[str, str], None] = {}  # ("口腔护士", "椅旁配台") of "口腔护士（椅旁配台）"
        # "QA专员即岗位说明书中的现场QA（IPQA）": a note saying two names are one post
        self.same_as: dict[tuple[str, str], None] = {}

    def article(self, article: Article, line: bytes | None = None) -> None:
        _number_sections(article)
        self.store.add(article, packed=line is not None)
        self.article_ids.setdefault(article.id)
        self.first_title.setdefault(article.file, article.title)
        self.article_pos[article.file].append(article.id)
        for i, section in enumerate(article.sections):
            span = section.span
            self.refs[section.id] = SectionRef(article.id, i, span.file, span.line_start, span.line_end, section.heading,
                                               section.role, section.kind, article.title, article.organisation)  # fmt: skip
            if section.role:
                self.mentions.append((section.role, article.file, section.kind.value))
            for text in (section.heading or "", *(b.text for b in section.blocks)):
                if self._short_name is not None:
                    for m in self._short_name.finditer(text):
                        self.short_names.setdefault((m["title"], m["short"]))
                for m in _NOTED.finditer(text):
                    self.noted.setdefault((m["title"], m["note"]))
                for m in _INCLUDES.finditer(text):
                    # "家政服务员（含钟点保洁阿姨、住家保姆）": the names of the kinds of the post
                    for short in re.split(r"[、/，,及和]", m["names"]):
                        if 2 <= len(short.strip()) <= 8:
                            self.short_names.setdefault((m["title"], short.strip()))
            for block in section.blocks:
                for m in _SAME_AS.finditer(block.text):
                    self.same_as.setdefault((m["short"], m["title"]))

    def profile(self, profile: JobProfile, line: bytes | None = None) -> None:
        self.profile_pos[profile.span.file].append(len(self.profiles))
        if line is None:
            self.profiles.append_object(profile.id, profile)
        else:
            self.profiles.append(profile.id, line)
        for value in (profile.organisation, profile.department, profile.doc_title):
            if value:
                self.profile_names.setdefault(value)
        self.inventory.add_profile(profile)

    def _tail_post(self, phrase: str) -> RoleEntry | None:
        """The post the longest tail of ``phrase`` names (the words before a bracket), or None."""
        return next((e for i in range(len(phrase) - 1) if (e := self.inventory.get(phrase[i:])) is not None), None)

    def _note_names(self) -> None:
        """"口腔护士（椅旁配台）" somewhere, "椅旁护士" asked or written elsewhere: the note's first word with
        the title's ending (or the whole title) is another name of the post -- unless the name is already a
        post's own, or notes of two posts give it ("副总经理（分管生产）" / "（分管营销）": 分管副总经理)."""
        # notes that give a short name or the kinds of the post are read as such (``short_names``)
        cues = (*self._cues, *_INCLUDE_WORDS)
        names: dict[str, set[str]] = defaultdict(set)
        for phrase, note in self.noted:
            entry = self._tail_post(phrase)  # the post named right before the bracket
            if entry is None or not entry.has_profile:
                continue
            ending = self.inventory.ending(entry.title)
            # (a grade or an edition in brackets, "（一级）", "（2021版）", is no kind of the post)
            if ending and not note.startswith((ending, *cues)) and not _GRADE.search(note):
                bare = _BRACKETED.sub("", entry.title).strip()
                for name in {note[:2] + ending, note[:2] + bare}:  # 椅旁护士, 椅旁口腔护士
                    names[name].add(entry.title)
        for name, titles in names.items():
            known = self.inventory.get(name)
            if len(titles) == 1 and (known is None or not known.has_profile and not known.kinds - {"prose"}):
                self.inventory.add_alias(titles.pop(), name)

    def finish(self) -> RoleInventory:
        for title, file, kind in self.mentions:
            self.inventory.add_mention(title, file, kind)
        for entry in self.kpis:
            if entry.department:
                self.inventory.add_kpi_owner(entry.department, entry.span.file, True)
            for role in entry.roles:
                self.inventory.add_kpi_owner(role, entry.span.file, False)
        for phrase, short in self.short_names:
            post = self._tail_post(phrase)  # "的线长" -> 线长
            title = post.title if post is not None else None
            known = self.inventory.get(short)
            # a name only mentioned so far ("理货员" in the note itself) may become the post's other name
            if title is not None and (known is None or not known.has_profile and not known.kinds - {"prose"}):
                self.inventory.add_alias(title, short)
        self._note_names()
        for short, title in self.same_as:
            bare = _BRACKETED.sub("", title)
            if any(self.inventory.get(t) is not None for t in (title, bare)) and self.inventory.get(short) is not None:
                for t in {title, bare}:
                    self.inventory.link_names(short, t)
        self.inventory.share_spellings()
        self.inventory.link_short_owners()
        return self.inventory


_GRADE = re.compile(r"[一二三四五六七八九十两\d]|[级版期档等]")
_NOTED = re.compile(r"(?P<title>[\u4e00-\u9fff]{2,12})[(（](?P<note>[\u4e00-\u9fff]{2,6})[)）]")
_INCLUDE_WORDS = ("含", "包括", "包含")  # "家政服务员（含钟点保洁阿姨、住家保姆）"
_INCLUDES = re.compile(r"(?P<title>[\u4e00-\u9fffA-Za-z]{2,12})[(（]\s*(?:" + "|".join(_INCLUDE_WORDS) + r")\s*(?P<names>[\u4e00-\u9fffA-Za-z、/，,]{2,40})[)）]")
_SAME_AS = re.compile(r"(?P<short>[\u4e00-\u9fffA-Za-z]{2,10})\s*(?:即|就是|也就是|即为)\s*(?:[^，,。；;：:]{0,12}?中的)?"
                      r"(?P<title>[\u4e00-\u9fffA-Za-z]{2,12}(?:[（(][^（）()]{1,10}[）)])?)")


class KnowledgeSnapshot:
    """Everything answering and the tools read, indexed for lookups; immutable once built.

    Loaded from the store (``load``), articles' sections and profiles are kept as compressed
    JSON lines (``PackedRecords``) and parsed when a question needs one; what lookups need
    about every section and profile (ids, spans, headings, roles, the role inventory) is built
    at load. ``articles``, ``sections``, ``profiles``, ``profile_by_id`` and ``records`` are
    read-only views that behave like the dicts and lists they were.
    """

    def __init__(
        self, records: dict[str, FileRecords], lexicon: Lexicon, marker: Marker = None, records_dir: Path | None = None
    ) -> None:
        # Fresh records (ingest, tests) are objects already: kept as they are.
        index = _Index(lexicon)
        chunks: dict[str, Chunk] = {}
        for name in sorted(records):
            rec = records[name]
            for article in rec.articles:
                index.article(article)
            for profile in rec.profiles:
                index.profile(profile)
            for chunk in rec.chunks:  # present when built from fresh records (ingest, tests)
                chunks[chunk.id] = chunk
            index.kpis.extend(rec.kpis)
        self._setup(records, lexicon, marker, records_dir, index, chunks)
        self.records = records

    def _setup(
        self,
        shells: dict[str, FileRecords],
        lexicon: Lexicon,
        marker: Marker,
        records_dir: Path | None,
        index: _Index,
        chunks: dict[str, Chunk],
    ) -> None:
        """Index the records (given to ``index`` in file order, i.e. sorted file names)."""
        self.lexicon = lexicon
        self.marker = marker
        self.records_dir = records_dir  # where ingest saved derived tables (word weights) for these records
        self.files = sorted(shells)
        self._shells = shells
        self._article_pos = index.article_pos
        self._profile_pos = index.profile_pos
        self._profiles = index.profiles
        self.profiles: Sequence[JobProfile] = RecordList(index.profiles)
        self.profile_by_id: Mapping[str, JobProfile] = RecordMap(index.profiles)
        # Loaded from the store, a snapshot holds no chunks (the searcher has them; at 100x the
        # shipped corpus they were a third of the query process): only their count and, for the
        # IDF table's key, their ids (read on first use).
        self.chunks = chunks
        self.chunk_total = sum(rec.count("chunks") for rec in shells.values())
        self.kpis = index.kpis
        self.regions: dict[str, list[Region]] = {name: list(getattr(shells[name], "regions", []) or []) for name in self.files}
        self.titles: dict[str, str] = {}
        self._store = index.store
        self.articles: Mapping[str, Article] = LazyMap(list(index.article_ids), self._store.get)
        for name in self.files:
            title = getattr(shells[name], "title", None) or index.first_title.get(name)
            self.titles[name] = title or Path(name).stem
        refs = self._refs = index.refs
        self.sections: Mapping[str, tuple[Article, Section]] = LazyMap(list(refs), self._section)
        self.inventory: RoleInventory = index.finish()
        self._profile_names = list(index.profile_names)
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
        for sid, ref in refs.items():
            self._by_file[ref.file].append((ref.line_start, ref.line_end, sid))
            if ref.role:
                self._by_role[squash(ref.role)].append(sid)
        self._headings: list[tuple[str, str, str]] | None = None
        self._org_names: list[tuple[str, str]] | None = None
        self._unit_names: list[str] | None = None
        self._indicator_lines: dict[str, list[int]] | None = None
        self._org_heads: list[tuple[str, str]] | None = None
        self._org_shorts: list[tuple[str, str, str]] | None = None
        self._label_text: str | None = None
        self._label_starts: list[int] = []
        self._kpi_owner_index: dict[str, list[int]] | None = None
        self._kpi_owners: dict[str, int] | None = None

    def _section(self, sid: str) -> tuple[Article, Section]:
        ref = self._refs[sid]
        article = self._store.get(ref.article_id)
        return article, article.sections[ref.pos]

    # --- section lookups that parse no article (answering's hot paths) -----------------------

    def section_ref(self, section_id: str) -> SectionRef | None:
        return self._refs.get(section_id)

    def section(self, section_id: str) -> Section | None:
        """One section, parsed alone (``section_of`` also makes its whole article)."""
        ref = self._refs.get(section_id)
        if ref is None:
            return None
        return self._store.sections.at(self._store.section_pos[ref.article_id][ref.pos])

    def section_refs(self) -> Iterator[tuple[str, SectionRef]]:
        """(id, ref) of every section in ``sections`` order: filter on these, then parse the few."""
        return iter(self._refs.items())

    def iter_sections(self) -> Iterator[Section]:
        """Every section in ``sections`` order, parsed one at a time (no whole article is made)."""
        for sid in self._refs:
            section = self.section(sid)
            if section is not None:
                yield section

    def article_ids_of(self, file: str) -> list[str]:
        """The ids of a document's articles, in order."""
        return list(self._article_pos.get(file, ()))

    def section_ids_of(self, article_id: str) -> list[str]:
        """The ids of an article's sections, in order."""
        store = self._store
        return [store.sections.ids[i] for i in store.section_pos.get(article_id, ())]

    # --- loading -------------------------------------------------------------------------------

    @classmethod
    def load(cls, records_dir: Path, lexicon: Lexicon) -> KnowledgeSnapshot:
        store = RecordStore(Path(records_dir))
        for _ in range(5):
            # A writer may commit while we read: accept only a read that began and ended on
            # the same commit marker, so a snapshot never mixes two versions.
            marker = records_marker(records_dir)
            index = _Index(lexicon)
            sinks = {
                "articles": lambda _f, a, line, index=index: index.article(a, line),  # type: ignore[misc]
                "profiles": lambda _f, p, line, index=index: index.profile(p, line),  # type: ignore[misc]
                "kpis": lambda _f, k, _line, index=index: index.kpis.append(k),  # type: ignore[misc]
            }
            shells = store.scan_kinds(sinks) if marker is not None else {}
            if records_marker(records_dir) == marker:
                break
        snap = cls.__new__(cls)
        snap._setup(shells, lexicon, marker, Path(records_dir), index, {})
        snap.records = LazyMap(sorted(shells), snap._file_records)
        return snap

    def profile_at(self, file: str, line: int) -> JobProfile | None:
        """The profile whose span holds this line of the file (the shortest, if nested)."""
        found = [p for p in (self._profiles.at(pos) for pos in self._profile_pos.get(file, ()))
                 if p.span.line_start <= line <= p.span.line_end]  # fmt: skip
        return min(found, key=lambda p: p.span.line_end - p.span.line_start, default=None)

    def _file_records(self, name: str) -> FileRecords:
        """One file's records as ``FileRecords`` (made when asked for: listings, statistics)."""
        return self._shells[name].model_copy(update={
            "articles": [self._store.build(aid) for aid in self._article_pos.get(name, ())],
            "profiles": [self._profiles.parse(pos) for pos in self._profile_pos.get(name, ())],
            "kpis": [k for k in self.kpis if k.span.file == name],
        })  # fmt: skip

    @property
    def empty(self) -> bool:
        return not self.chunk_total

    # --- lookups -------------------------------------------------------------------------------

    def section_of(self, section_id: str) -> tuple[Article, Section] | None:
        return self._section(section_id) if section_id in self._refs else None

    def section_at(self, file: str, line: int) -> tuple[Article, Section] | None:
        """The section whose span holds a line (the innermost, i.e. shortest; the first on ties)."""
        sid = self.section_id_at(file, line)
        return self._section(sid) if sid is not None else None

    def section_id_at(self, file: str, line: int) -> str | None:
        """``section_at``'s section id, found without parsing anything."""
        best = None
        for start, end, sid in self._by_file.get(file, ()):
            if start <= line <= end and (best is None or end - start < best[0]):
                best = (end - start, sid)
        return best[1] if best else None

    def sections_with_role(self, key: str) -> list[str]:
        """Ids of the sections whose role squashes to ``key``, in document order."""
        return self._by_role.get(key, [])

    def sections_labelled(self, key: str) -> list[str]:
        """Ids of the sections whose squashed heading or role contains ``key``, in corpus order:
        one search of all labels joined (a scan of 43,000 sections per question at 100x)."""
        import bisect

        labels = self.section_labels()  # (takes the lock itself: not inside it)
        if self._label_text is None:
            with self._lock:
                if self._label_text is None:
                    starts, pos = [], 0
                    for _, heading, role in labels:
                        starts.append(pos)
                        pos += len(heading) + len(role) + 2
                    self._label_starts = starts
                    self._label_text = "".join(f"{h}\x00{r}\x00" for _, h, r in labels)
        if not key:
            return []
        text, out = self._label_text, []
        pos = text.find(key)
        while pos >= 0:
            i = bisect.bisect_right(self._label_starts, pos) - 1
            if not out or out[-1] != labels[i][0]:
                out.append(labels[i][0])
            pos = text.find(key, pos + 1)
        return list(dict.fromkeys(out))

    def section_labels(self) -> list[tuple[str, str, str]]:
        """(section id, squashed heading, squashed role) of every section (for substring lookups)."""
        if self._headings is None:
            with self._lock:
                if self._headings is None:
                    self._headings = [
                        (sid, squash(ref.heading or ""), squash(ref.role) if ref.role else "")
                        for sid, ref in self._refs.items()
                    ]
        return self._headings

    def indicator_lines(self) -> dict[str, list[int]]:
        """file -> the first line of each indicator it names, sorted (a line once per indicator on
        it: rows of KPI tables, indicators named in prose; scoring items of another one left out)."""
        if self._indicator_lines is None:
            with self._lock:
                if self._indicator_lines is None:
                    lines: dict[str, list[int]] = defaultdict(list)
                    for entry in self.kpis:
                        if entry.kind == "indicator":
                            lines[entry.span.file].append(entry.span.line_start)
                    self._indicator_lines = {file: sorted(found) for file, found in lines.items()}
        return self._indicator_lines

    def organisation_names(self) -> list[tuple[str, str]]:
        """(name, squashed name) of every organisation, department and document title."""
        if self._org_names is None:
            with self._lock:
                if self._org_names is None:
                    names: set[str] = set()
                    for value in self._profile_names:  # collected at load, in profile order
                        names.add(value)
                    for file in self.files:
                        names.add(self.document_title(file))
                    self._org_names = [(name, squash(name)) for name in names]
        return self._org_names

    def unit_names(self) -> list[str]:
        """Squashed names of the units the inventory's posts sit in (three characters or more), longest
        first; computed once per snapshot."""
        if self._unit_names is None:
            with self._lock:
                if self._unit_names is None:
                    found = {squash(d) for entry in self.inventory.entries.values() for d in entry.departments}
                    self._unit_names = sorted((d for d in found if len(d) >= 3), key=longest_first)
        return self._unit_names

    def organisation_heads(self) -> list[tuple[str, str]]:
        """(name, leading word) of names written in parts ("美团 成都研发中心" -> 美团), so a
        question may name the organisation by its first word; computed once per snapshot."""
        if self._org_heads is None:
            heads = []
            for name, key in self.organisation_names():
                head = squash(re.split(r"[\s(（·]", name.strip(), maxsplit=1)[0])
                if len(head) >= 2 and head != key:
                    heads.append((name, head))
            self._org_heads = heads
        return self._org_heads

    def organisation_shorts(self) -> list[tuple[str, str, str]]:
        """(name, squashed name, the name without its legal-form endings) of every organisation:
        "临江水务" of 临江水务集团有限公司 (endings from the lexicon), and without the city it begins with
        too ("云霁科技" of 杭州云霁科技); computed once per snapshot."""
        if self._org_shorts is None:
            suffixes = sorted((squash(fold(x)) for x in self.lexicon.roles.organisation_suffixes), key=len, reverse=True)
            places = sorted((squash(fold(x)) for x in self.lexicon.roles.place_names), key=len, reverse=True)
            shorts = []
            for name, key in self.organisation_names():
                short = key
                while cut := next((x for x in suffixes if x and short.endswith(x) and len(short) - len(x) >= 3), None):
                    short = short[: -len(cut)]
                shorts.append((name, key, short))
                # "云霁科技" of 杭州云霁科技: the name without the city it begins with
                city = next((x for x in places if x and short.startswith(x) and len(short) - len(x) >= 3), None)
                if city:
                    shorts.append((name, key, short[len(city):]))
            self._org_shorts = shorts
        return self._org_shorts

    def profiles_of(self, title: str) -> list[JobProfile]:
        entry = self.inventory.get(title)
        if entry is None:
            return []
        return [self.profile_by_id[pid] for pid in entry.profile_ids if pid in self.profile_by_id]

    def site_postings(self, title: str) -> list[str]:
        """The title and the titles of the same post with another bracketed site ("个险营业部经理
        (南京)" and "(苏州)"); just the title when it has none."""
        base = bare_title(title)
        if not base:
            return [title]
        found = [e.title for e in self.inventory.with_profiles() if e.title != title and bare_title(e.title) == base]
        # (and the post under its plain title, "化妆师" beside "化妆师（成都春熙路店）")
        plain = self.inventory.get(base)
        if plain is not None and plain.has_profile and plain.title not in (title, *found):
            found.append(plain.title)
        return [title, *found]

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

    def mentioned(self, phrase: str) -> bool:
        """Whether ``mentions`` is non-zero; stops at the first occurrence instead of counting
        them all (a scan of every article's text at 100x the shipped corpus)."""
        key = squash(phrase)
        if len(key) < 2:
            return False
        return key in self._joined()

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
        for aid in self.articles:  # parsed one at a time (not cached): only the squashed text is kept
            article = self._store.build(aid)  # the last of equal ids, as a dict kept it
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
        entry = self.inventory.get(owner)
        # the names a note says are the same post ("QA专员即…现场QA"): a sheet may use either
        keys = {key} | self.inventory.same_names(key, entry)
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
        names = [name for name in self._kpi_owner_index if any(name == k or k in name or name in k for k in keys)]
        if any(name in keys for name in names):
            # the post's own rows exist: a longer or shorter title that is another post of the
            # inventory (副店长 for 店长) is that post's, not a spelling of this one
            names = [name for name in names if name in keys or not self._other_post(name, keys)]
        else:
            # none of its own: a shorter title that is another post ("兽医" for 兽医助理) is that post's
            names = [name for name in names if len(name) >= len(key) or not self._other_post(name, keys)]
        hits = {pos for name in names for pos in self._kpi_owner_index[name]}
        found = [self.kpis[pos] for pos in sorted(hits)]
        # a unit's own rows (no post named) are its table; its posts' rows only when it has none
        # ("地面服务部" rows below 值机员's in one sheet)
        own = [e for e in found if not e.roles and e.department and squash(e.department) == key]
        if own:
            found = [e for e in found if e in own or any(squash(r) == key for r in e.roles)]
        return found

    def _other_post(self, name: str, keys: set[str]) -> bool:
        found = self.inventory.get(name)
        return found is not None and not found.is_department and found.key not in keys and squash(found.title) not in keys

    def kpi_entry(self, entry_id: str) -> KpiEntry | None:
        """The KPI row with this id (a KPI answer's units carry it as their section id)."""
        return next((e for e in self.kpis if e.id == entry_id), None)

    def kpi_owners(self) -> dict[str, int]:
        if self._kpi_owners is None:  # counted once per snapshot (every refusal lists them)
            counts: dict[str, int] = defaultdict(int)
            for entry in self.kpis:
                if entry.origin == "table":
                    counts[entry.roles[0] if entry.roles else entry.department or ""] += 1
            counts.pop("", None)
            self._kpi_owners = dict(counts)
        return dict(self._kpi_owners)

    def section_kinds(self) -> set[SectionKind]:
        return {ref.kind for ref in self._refs.values()}


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
