"""Run ingestion over files: load -> clean -> segment -> profiles -> chunks (+ KPI library)."""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Callable

from pydantic import BaseModel, Field

from assistant.config import Settings
from assistant.ingest.chunk import chunk_article
from assistant.ingest.clean import clean_document
from assistant.ingest.load import LoadError, discover, load_file, relative_name, sha256_bytes
from assistant.ingest.profiles import extract_profiles
from assistant.ingest.records import FileRecords, RecordStore
from assistant.ingest.segment import segment
from assistant.models import CorpusStats, FileReport

ProgressFn = Callable[[str], None]


class IngestResult(BaseModel):
    reports: list[FileReport]
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    failed: list[str] = Field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


def pipeline_fingerprint(settings: Settings) -> str:
    """Changes when the ingestion code or its settings change, so stale records are rebuilt.

    Without it an unchanged file would keep records made by older cleaning/segmenting rules.
    """
    import hashlib

    import assistant.ingest as ingest_pkg
    import assistant.tools.kpi_library as kpi_module

    digest = hashlib.sha1(f"{settings.chunk_size}|{settings.chunk_max}".encode())
    sources = sorted(Path(ingest_pkg.__file__).parent.glob("*.py")) + [Path(kpi_module.__file__)]
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def process_file(path: Path, root: Path, settings: Settings, fingerprint: str = "") -> FileRecords:
    """All records one file yields. Raises LoadError for unreadable input."""
    from assistant.tools.kpi_library import extract_kpis

    doc = load_file(path, root)
    clean = clean_document(doc)
    articles = segment(clean)
    profiles = [p for a in articles for p in extract_profiles(a)]
    chunks = [c for a in articles for c in chunk_article(a, settings.chunk_size, settings.chunk_max)]
    return FileRecords(
        file=doc.file,
        content_hash=doc.content_hash,
        articles=articles,
        profiles=profiles,
        chunks=chunks,
        kpis=extract_kpis(articles),
        removed_lines=len(clean.removed_lines),
        warnings=clean.warnings,
        encoding=doc.encoding,
        pipeline=fingerprint,
    )


def plan_ingest(
    paths: list[Path], stored: dict[str, str]
) -> tuple[list[tuple[Path, Path, str]], list[str], set[str]]:
    """Which files to (re)process, which are unchanged, and which names this run covers.

    Directories are synced: a stored file under them that no longer exists is removed.
    """
    todo: list[tuple[Path, Path, str]] = []
    unchanged: list[str] = []
    seen: set[str] = set()
    for file, root in discover(paths):
        name = relative_name(file, root)
        seen.add(name)
        try:
            digest = sha256_bytes(file.read_bytes())
        except OSError:
            digest = ""
        if digest and stored.get(name) == digest:
            unchanged.append(name)
        else:
            todo.append((file, root, name))
    return todo, unchanged, seen


def ingest_records(
    paths: list[Path],
    settings: Settings,
    store: RecordStore,
    progress: ProgressFn | None = None,
    sync: bool = True,
) -> tuple[IngestResult, dict[str, FileRecords]]:
    """Compute the new record set without writing it; the caller commits it (index first)."""
    started = time.perf_counter()
    existing = store.load_all()
    fingerprint = pipeline_fingerprint(settings)
    current = {k: v.content_hash for k, v in existing.items() if v.pipeline == fingerprint}
    todo, unchanged, seen = plan_ingest(paths, current)
    records = dict(existing)
    result = IngestResult(reports=[], unchanged=sorted(unchanged))
    for file, root, name in todo:
        if progress:
            progress(name)
        try:
            rec = process_file(file, root, settings, fingerprint)
        except LoadError as exc:
            result.failed.append(name)
            result.reports.append(FileReport(file=name, ok=False, message=str(exc)))
            continue
        (result.updated if name in existing else result.added).append(name)
        records[name] = rec
        result.reports.append(rec.report())
    for name in unchanged:
        report = existing[name].report()
        report.skipped = True
        result.reports.append(report)
    if sync and any(p.is_dir() for p in paths):
        for name in sorted(set(existing) - seen):
            records.pop(name, None)
            result.removed.append(name)
    result.reports.sort(key=lambda r: r.file)
    result.seconds = time.perf_counter() - started
    return result, records


def corpus_stats(records: dict[str, FileRecords]) -> CorpusStats:
    kinds: Counter[str] = Counter()
    for rec in records.values():
        for article in rec.articles:
            kinds.update(s.kind.value for s in article.sections)
    return CorpusStats(
        files=len(records),
        articles=sum(len(r.articles) for r in records.values()),
        sections_by_kind=dict(sorted(kinds.items())),
        profiles=sum(len(r.profiles) for r in records.values()),
        chunks=sum(len(r.chunks) for r in records.values()),
        removed_boilerplate_lines=sum(r.removed_lines for r in records.values()),
        kpis=sum(len(r.kpis) for r in records.values()),
        kpi_indicators=len({k.name for r in records.values() for k in r.kpis}),
        per_file=[records[k].report() for k in sorted(records)],
    )
