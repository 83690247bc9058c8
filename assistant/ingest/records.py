"""Persist ingested records as JSON Lines, one set per source file, written atomically.

``files.jsonl`` is written last and is the commit marker: it lists every file with how many
records of each kind it has. A reader checks every line parses and every count matches, so a
torn file (cut mid-line by a crash or a full disk) or a corrupt line is detected and reported in
Chinese (``RecordsCorrupt``) instead of surfacing as a traceback; ``gangwei ingest`` keeps what
is intact and rebuilds the rest.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from typing import Iterable, TypeVar

from pydantic import BaseModel, Field, ValidationError

from assistant.models import Article, Chunk, FileReport, JobProfile, KpiEntry, Region

T = TypeVar("T", bound=BaseModel)


class RecordsCorrupt(Exception):
    """A records file is torn or corrupt; the message is user-facing Chinese text."""


def _repair_hint(path: Path, detail: str) -> str:
    return (
        f"知识库记录文件 {path.name} 已损坏 ({detail}), 可能是上次导入被中断或磁盘已满。"
        f" 运行 `gangwei ingest` 会重新导入受影响的文件并修复记录。"
    )


_CHUNK_ID = re.compile(r'[{,] ?"id": ?"([^"]+)"')


class FileRecords(BaseModel):
    """Everything ingestion derived from one source file."""

    file: str
    content_hash: str
    title: str | None = None
    regions: list[Region] = Field(default_factory=list)
    articles: list[Article] = Field(default_factory=list)
    profiles: list[JobProfile] = Field(default_factory=list)
    chunks: list[Chunk] = Field(default_factory=list)
    kpis: list[KpiEntry] = Field(default_factory=list)
    removed_lines: int = 0
    warnings: list[str] = Field(default_factory=list)
    stored_counts: dict[str, int] | None = Field(
        default=None, exclude=True, description="records per kind as committed (kinds not loaded still count)"
    )

    def count(self, kind: str) -> int:
        """How many records of a kind the file has, loaded or not (a snapshot loads no chunks)."""
        loaded = getattr(self, kind)
        return len(loaded) if loaded or self.stored_counts is None else self.stored_counts.get(kind, 0)
    encoding: str = "utf-8"
    pipeline: str = Field(default="", description="fingerprint of the code and settings that made these records")
    furniture_candidates: list[str] = Field(default_factory=list, description="keys of head/tail lines (corpus pass)")
    furniture_applied: list[str] = Field(default_factory=list, description="corpus-wide furniture keys removed here")

    def report(self) -> FileReport:
        return FileReport(
            file=self.file,
            ok=True,
            message="; ".join(self.warnings),
            articles=len(self.articles),
            sections=sum(len(a.sections) for a in self.articles),
            profiles=len(self.profiles),
            chunks=self.count("chunks"),
            kpis=len(self.kpis),
            removed_lines=self.removed_lines,
            warnings=list(self.warnings),
        )


_META = ("content_hash", "title", "regions", "removed_lines", "warnings", "encoding", "pipeline",
         "furniture_candidates", "furniture_applied")


def atomic_write_text(path: Path, text: str) -> None:
    """Write via a temp file in the same directory and rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _count_lines(path: Path) -> tuple[int, bool]:
    """(newlines, ends with a newline or is empty), read in blocks (bounded memory)."""
    lines, last = 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines, last == b"\n"


def to_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(
        json.dumps(r.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n" for r in records
    )


def read_jsonl(path: Path, model: type[T]) -> list[T]:
    """All records of one JSONL file; a torn or invalid line raises ``RecordsCorrupt``."""
    if not path.exists():
        return []
    try:
        data = path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordsCorrupt(_repair_hint(path, f"无法读取: {exc}")) from exc
    if data and not data.endswith("\n"):
        raise RecordsCorrupt(_repair_hint(path, "最后一行不完整"))
    out: list[T] = []
    for no, line in enumerate(data.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            out.append(model.model_validate_json(line))
        except ValidationError as exc:
            raise RecordsCorrupt(_repair_hint(path, f"第 {no} 行无法解析")) from exc
    return out


def iter_jsonl(path: Path, model: type[T]) -> Iterator[tuple[T, bytes]]:
    """Each record of a JSONL file with its line, read a line at a time (memory does not grow
    with the file); a torn or invalid line raises ``RecordsCorrupt`` like ``read_jsonl``."""
    if not path.exists():
        return
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise RecordsCorrupt(_repair_hint(path, f"无法读取: {exc}")) from exc
    with fh:
        for no, raw in enumerate(fh, start=1):
            if not raw.endswith(b"\n"):
                raise RecordsCorrupt(_repair_hint(path, "最后一行不完整"))
            line = raw[:-1]
            if not line.strip():
                continue
            try:
                yield model.model_validate_json(line), line
            except ValidationError as exc:
                raise RecordsCorrupt(_repair_hint(path, f"第 {no} 行无法解析")) from exc


# A callback for ``RecordStore.scan_kinds``: (owning file, parsed record, its JSON line).
RecordSink = Callable[[str, BaseModel, bytes], None]
_KINDS: dict[str, tuple[type[BaseModel], str]] = {
    "articles": (Article, "file"), "profiles": (JobProfile, "span"), "chunks": (Chunk, "file"), "kpis": (KpiEntry, "span"),
}  # fmt: skip


class _FileRow(BaseModel):
    file: str
    content_hash: str
    title: str | None = None
    regions: list[Region] = Field(default_factory=list)
    removed_lines: int = 0
    warnings: list[str] = Field(default_factory=list)
    encoding: str = "utf-8"
    pipeline: str = ""
    furniture_candidates: list[str] = Field(default_factory=list)
    furniture_applied: list[str] = Field(default_factory=list)
    counts: dict[str, int] | None = None  # records per kind, checked when reading


class RecordStore:
    """The records directory: chunks.jsonl, profiles.jsonl, articles.jsonl, kpis.jsonl, files.jsonl."""

    FILES = ("articles", "profiles", "chunks", "kpis")

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.jsonl"

    def exists(self) -> bool:
        return self.path("files").exists()

    def _rows(self) -> list[_FileRow]:
        return read_jsonl(self.path("files"), _FileRow) if self.exists() else []

    def file_states(self) -> dict[str, str]:
        """file -> content hash of what is stored now."""
        return {row.file: row.content_hash for row in self._rows()}

    def _assemble(
        self, rows: list[_FileRow], strict: bool, only: frozenset[str] | None = None
    ) -> tuple[dict[str, FileRecords], list[str]]:
        out = {row.file: FileRecords(file=row.file, stored_counts=row.counts, **{k: getattr(row, k) for k in _META})
               for row in rows}  # fmt: skip
        problems: list[str] = []
        kinds: list[tuple[str, type[BaseModel], str]] = [
            ("articles", Article, "file"), ("profiles", JobProfile, "span"), ("chunks", Chunk, "file"),
            ("kpis", KpiEntry, "span"),
        ]
        kinds = [k for k in kinds if only is None or k[0] in only]
        broken: set[str] = set()
        for name, model, owner in kinds:
            try:
                items = read_jsonl(self.path(name), model)
            except RecordsCorrupt as exc:
                if strict:
                    raise
                problems.append(str(exc))
                broken.add(name)
                continue
            for item in items:
                file = item.file if owner == "file" else item.span.file  # type: ignore[attr-defined]
                if file in out:
                    getattr(out[file], name).append(item)
        if strict and only is not None:
            self._check_unread(rows, only)
        bad_files: set[str] = set()
        for row in rows:
            if row.counts is None:
                continue
            for name in self.FILES:
                if only is not None and name not in only:
                    continue
                if name in broken or len(getattr(out[row.file], name)) != row.counts.get(name, 0):
                    bad_files.add(row.file)
        if bad_files:
            message = _repair_hint(self.path("chunks"), f"{len(bad_files)} 个文件的记录数与提交标记不符")
            if strict:
                raise RecordsCorrupt(message)
            problems.append(message)
            for file in bad_files:
                out.pop(file, None)
        return out, problems

    def _check_unread(self, rows: list[_FileRow], only: frozenset[str]) -> None:
        """Kinds not read must still be whole: a reader never pairs its records with a torn or
        half-replaced file of another kind (lines counted, nothing parsed)."""
        for name in self.FILES:
            if name in only or not self.path(name).exists():
                continue
            lines, whole = _count_lines(self.path(name))
            expected = sum((row.counts or {}).get(name, 0) for row in rows)
            if any(row.counts is not None for row in rows) and (lines != expected or not whole):
                raise RecordsCorrupt(_repair_hint(self.path(name), f"{name}.jsonl 的记录数与提交标记不符"))

    def scan_kinds(self, sinks: Mapping[str, RecordSink]) -> dict[str, FileRecords]:
        """Like ``load_kinds`` (same checks, same errors), but each record goes to its kind's
        callback as it is read instead of into the returned ``FileRecords`` (which hold the
        per-file metadata and counts only): a reader keeps what it needs, in the form it needs.
        Records arrive in file order of the JSONL files (sorted by file name)."""
        if not self.exists():
            return {}
        rows = self._rows()
        out = {row.file: FileRecords(file=row.file, stored_counts=row.counts, **{k: getattr(row, k) for k in _META})
               for row in rows}  # fmt: skip
        seen: Counter[tuple[str, str]] = Counter()
        for name, sink in sinks.items():
            model, owner = _KINDS[name]
            for item, line in iter_jsonl(self.path(name), model):
                file = item.file if owner == "file" else item.span.file  # type: ignore[attr-defined]
                if file in out:
                    seen[name, file] += 1
                    sink(file, item, line)
        self._check_unread(rows, frozenset(sinks))
        bad = {row.file for row in rows if row.counts is not None
               and any(seen[name, row.file] != row.counts.get(name, 0) for name in sinks)}  # fmt: skip
        if bad:
            raise RecordsCorrupt(_repair_hint(self.path("chunks"), f"{len(bad)} 个文件的记录数与提交标记不符"))
        return out

    def load_all(self) -> dict[str, FileRecords]:
        """Reassemble per-file records; raises ``RecordsCorrupt`` when anything is torn."""
        if not self.exists():
            return {}
        return self._assemble(self._rows(), strict=True)[0]

    def chunk_ids(self) -> list[str]:
        """The committed chunks' ids, read without building the chunks (the IDF table's key)."""
        if not self.path("chunks").exists():
            return []
        with self.path("chunks").open(encoding="utf-8") as fh:
            return [m.group(1) for line in fh if (m := _CHUNK_ID.search(line))]

    def load_kinds(self, kinds: Iterable[str]) -> dict[str, FileRecords]:
        """Like ``load_all``, reading and checking only some kinds (a searcher needs no articles)."""
        if not self.exists():
            return {}
        return self._assemble(self._rows(), strict=True, only=frozenset(kinds))[0]

    def salvage(self) -> tuple[dict[str, FileRecords], list[str]]:
        """The files whose records are intact, and what was wrong (the rest is to be rebuilt)."""
        try:
            rows = self._rows()
        except RecordsCorrupt as exc:
            return {}, [str(exc)]
        return self._assemble(rows, strict=False)

    def save_all(self, records: dict[str, FileRecords]) -> None:
        """Write every JSONL file atomically, in sorted file order (byte-identical re-runs)."""
        ordered = [records[k] for k in sorted(records)]
        contents = {
            "articles": to_jsonl(a for r in ordered for a in r.articles),
            "profiles": to_jsonl(p for r in ordered for p in r.profiles),
            "chunks": to_jsonl(c for r in ordered for c in r.chunks),
            "kpis": to_jsonl(k for r in ordered for k in r.kpis),
        }
        files_rows = to_jsonl(
            _FileRow(
                file=r.file,
                **{k: getattr(r, k) for k in _META},
                counts={name: len(getattr(r, name)) for name in self.FILES},
            )
            for r in ordered
        )
        for name, text in contents.items():
            atomic_write_text(self.path(name), text)
        # files.jsonl last: it is the commit marker that says the set above is complete.
        atomic_write_text(self.path("files"), files_rows)

    def load_chunks(self) -> list[Chunk]:
        return read_jsonl(self.path("chunks"), Chunk)

    def load_profiles(self) -> list[JobProfile]:
        return read_jsonl(self.path("profiles"), JobProfile)

    def load_articles(self) -> list[Article]:
        return read_jsonl(self.path("articles"), Article)

    def load_kpis(self) -> list[KpiEntry]:
        return read_jsonl(self.path("kpis"), KpiEntry)
