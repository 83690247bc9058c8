"""Run ingestion over files: load -> tables -> clean -> segment -> profiles, KPI library, chunks.

Incremental and deterministic: a file is processed again only when its bytes, the pipeline
(code, settings, lexicon) or the corpus-wide furniture that applies to it changed, and the
result is always what a from-scratch run would give. The corpus pass (lines repeated at the
head/tail of several documents) works from keys each file stores, so unchanged files are not
re-read to compute it.
"""

from __future__ import annotations

import hashlib
import time
from collections import Counter
from pathlib import Path
from typing import Callable

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.ingest.catalogue import listed_files
from assistant.ingest.chunk import chunk_article
from assistant.ingest.clean import Rules, clean_source, corpus_furniture, furniture_candidates, ini_entries, metadata_facts, without_gutter
from assistant.ingest.codes import decode_codes, name_posts, symbol_facts
from assistant.ingest.qa import qa_entries
from assistant.ingest.dedup import mark_duplicates
from assistant.ingest.kpis import extract_kpis
from assistant.ingest.layout import Source
from assistant.ingest.loaders import LoadError, discover_all, read_source, relative_name, sha256_file
from assistant.ingest.profiles import extract_profiles
from assistant.ingest.records import FileRecords, RecordsCorrupt, RecordStore
from assistant.ingest.roles import department_of
from assistant.ingest.segment import segment
from assistant.ingest.textables import detect_tables
from assistant.ingest.vocab import Vocab
from assistant.lexicon import Lexicon, load_lexicon
from assistant.models import CorpusStats, FileReport

ProgressFn = Callable[[str], None]


class IngestResult(BaseModel):
    reports: list[FileReport]
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="repairs and corpus-wide notes (Chinese)")
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def pipeline_fingerprint(settings: Settings, lexicon: Lexicon | None = None) -> str:
    """Changes when the ingestion code, its settings or the vocabulary change.

    Without it an unchanged file would keep records made by older rules or older words.
    """
    lexicon = lexicon or load_lexicon(settings.home)
    digest = hashlib.sha1(
        "|".join(
            str(v)
            for v in (settings.chunk_size, settings.chunk_max, settings.max_line_chars, settings.max_sheet_rows,
                      settings.max_pdf_pages, settings.dedup_threshold, lexicon.fingerprint)
        ).encode()
    )
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):
        digest.update(source.relative_to(package).as_posix().encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def _read(path: Path, root: Path, settings: Settings, vocab: Vocab) -> Source:
    source = without_gutter(read_source(path, root, settings))
    flow = detect_tables(ini_entries(metadata_facts(source.flow, vocab)), vocab)
    source.flow = name_posts(decode_codes(symbol_facts(qa_entries(flow), vocab), vocab), vocab)
    return source


def build_records(source: Source, settings: Settings, vocab: Vocab, fingerprint: str = "",
                  furniture: frozenset[str] = frozenset(), candidates: list[str] | None = None) -> FileRecords:
    """All records of one loaded document."""
    doc = source.doc
    candidates = candidates if candidates is not None else furniture_candidates(source, vocab)
    listed = listed_files(doc)
    if listed:
        note = f"这是一份文件清单（列出了 {listed} 个文件），说明的是资料出处而不是岗位内容：未作为回答来源"
        return FileRecords(file=doc.file, content_hash=doc.content_hash, encoding=doc.encoding, pipeline=fingerprint,
                           warnings=[*doc.warnings, note], furniture_candidates=candidates)
    cleaned = clean_source(source, vocab, furniture)
    structure = segment(doc, cleaned.flow, vocab, Rules.build(vocab.lexicon).inline)
    profiles = [p for a in structure.articles for p in extract_profiles(a, vocab, structure.doc_title)]
    # A chunk id hashes file, span and text: two identical chunks are one (a vector store
    # refuses duplicate ids, and one repeated cell must never stop a whole ingest)
    chunks, seen = [], set()
    for a in structure.articles:
        for c in chunk_article(a, settings.chunk_size, settings.chunk_max, doc_title=structure.doc_title):
            if c.id not in seen:
                seen.add(c.id)
                chunks.append(c)
    department = department_of(structure.doc_title, vocab) if structure.doc_title else None
    return FileRecords(
        file=doc.file,
        content_hash=doc.content_hash,
        title=structure.doc_title,
        regions=doc.regions,
        articles=structure.articles,
        profiles=profiles,
        chunks=chunks,
        kpis=extract_kpis(structure, vocab, department),
        removed_lines=len(cleaned.doc.removed_lines),
        warnings=cleaned.doc.warnings,
        encoding=doc.encoding,
        pipeline=fingerprint,
        furniture_candidates=candidates,
        furniture_applied=sorted(set(candidates) & furniture),
    )


def process_file(path: Path, root: Path, settings: Settings, lexicon: Lexicon | None = None,
                 fingerprint: str = "", furniture: frozenset[str] = frozenset()) -> FileRecords:
    """All records one file yields on its own. Raises LoadError for unusable input."""
    vocab = Vocab.build(lexicon or load_lexicon(settings.home))
    return build_records(_read(path, root, settings, vocab), settings, vocab, fingerprint, furniture)


def ingest_records(
    paths: list[Path],
    settings: Settings,
    store: RecordStore,
    progress: ProgressFn | None = None,
    sync: bool = True,
    lexicon: Lexicon | None = None,
) -> tuple[IngestResult, dict[str, FileRecords]]:
    """Compute the new record set without writing it; the caller commits it (index first)."""
    started = time.perf_counter()
    lexicon = lexicon or load_lexicon(settings.home)
    vocab = Vocab.build(lexicon)
    fingerprint = pipeline_fingerprint(settings, lexicon)
    result = IngestResult(reports=[])
    try:
        existing = store.load_all()
    except RecordsCorrupt:
        existing, problems = store.salvage()
        result.notes.extend(problems)
        result.notes.append("已丢弃损坏的记录, 受影响的文件将重新导入。")
    found = discover_all(paths, settings.ignore)
    for name, message in found.skipped:
        result.failed.append(name)
        result.reports.append(FileReport(file=name, ok=False, message=message))

    current: dict[str, FileRecords] = {}
    todo: list[tuple[Path, Path, str]] = []
    seen: set[str] = set()
    for file, root in found.files:
        name = relative_name(file, root)
        seen.add(name)
        try:
            digest = sha256_file(file)
        except OSError:
            digest = ""
        stored = existing.get(name)
        if digest and stored is not None and stored.pipeline == fingerprint and stored.content_hash == digest:
            current[name] = stored
        else:
            todo.append((file, root, name))

    # Load what changed; the corpus pass needs every file's head/tail keys before cleaning.
    sources: dict[str, tuple[Source, list[str]]] = {}
    for file, root, name in todo:
        if progress:
            progress(name)
        try:
            source = _read(file, root, settings, vocab)
        except LoadError as exc:
            result.failed.append(name)
            result.reports.append(FileReport(file=name, ok=False, message=str(exc)))
            continue
        sources[name] = (source, furniture_candidates(source, vocab))
    keys = {name: rec.furniture_candidates for name, rec in current.items()}
    keys.update({name: cand for name, (_, cand) in sources.items()})
    furniture = corpus_furniture(keys)
    # An unchanged file whose share of the corpus furniture changed is cleaned again.
    for name, rec in list(current.items()):
        if sorted(set(rec.furniture_candidates) & furniture) != rec.furniture_applied:
            file, root = next((f, r) for f, r in found.files if relative_name(f, r) == name)
            try:
                sources[name] = (_read(file, root, settings, vocab), rec.furniture_candidates)
            except LoadError as exc:
                result.failed.append(name)
                result.reports.append(FileReport(file=name, ok=False, message=str(exc)))
            del current[name]

    records = dict(existing)
    for name in sorted(sources):
        source, candidates = sources[name]
        rec = build_records(source, settings, vocab, fingerprint, furniture, candidates)
        (result.updated if name in existing else result.added).append(name)
        records[name] = rec
        result.reports.append(rec.report())
    for name in sorted(current):
        result.unchanged.append(name)
        report = current[name].report()
        report.skipped = True
        result.reports.append(report)
    if sync and any(p.is_dir() for p in paths):
        for name in sorted(set(existing) - seen):
            records.pop(name, None)
            result.removed.append(name)
    if result.changed or any(c.duplicates is None for r in records.values() for c in r.chunks):
        # Corpus-wide and stored with the records, so no reader ever compares chunks pairwise;
        # an added file can make a chunk of an unchanged one a copy, hence all chunks each time.
        mark_duplicates([c for name in sorted(records) for c in records[name].chunks], settings.dedup_threshold)
    if furniture:
        result.notes.append(f"语料中多个文档重复出现的页眉页脚等 {len(furniture)} 种行已按样板去除。")
    result.reports.sort(key=lambda r: r.file)
    result.seconds = time.perf_counter() - started
    return result, records


def corpus_stats(records: dict[str, FileRecords]) -> CorpusStats:
    kinds: Counter[str] = Counter()
    for rec in records.values():
        for article in rec.articles:
            kinds.update(s.kind.value for s in article.sections)
    indicators = {k.name for r in records.values() for k in r.kpis if k.kind == "indicator"}
    return CorpusStats(
        files=len(records),
        articles=sum(len(r.articles) for r in records.values()),
        sections_by_kind=dict(sorted(kinds.items())),
        profiles=sum(len(r.profiles) for r in records.values()),
        chunks=sum(r.count("chunks") for r in records.values()),
        removed_boilerplate_lines=sum(r.removed_lines for r in records.values()),
        kpis=sum(len(r.kpis) for r in records.values()),
        kpi_indicators=len(indicators),
        roles=len({p.title for r in records.values() for p in r.profiles}),
        per_file=[records[k].report() for k in sorted(records)],
    )
