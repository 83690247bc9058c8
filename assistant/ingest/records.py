"""Persist ingested records as JSON Lines, one set per source file, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable, TypeVar

from pydantic import BaseModel, Field

from assistant.models import Article, Chunk, FileReport, JobProfile, KpiEntry

T = TypeVar("T", bound=BaseModel)


class FileRecords(BaseModel):
    """Everything ingestion derived from one source file."""

    file: str
    content_hash: str
    articles: list[Article] = Field(default_factory=list)
    profiles: list[JobProfile] = Field(default_factory=list)
    chunks: list[Chunk] = Field(default_factory=list)
    kpis: list[KpiEntry] = Field(default_factory=list)
    removed_lines: int = 0
    warnings: list[str] = Field(default_factory=list)
    encoding: str = "utf-8"
    pipeline: str = Field(default="", description="fingerprint of the code and settings that made these records")

    def report(self) -> FileReport:
        return FileReport(
            file=self.file,
            ok=True,
            message="; ".join(self.warnings),
            articles=len(self.articles),
            sections=sum(len(a.sections) for a in self.articles),
            profiles=len(self.profiles),
            chunks=len(self.chunks),
            removed_lines=self.removed_lines,
        )


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


def to_jsonl(records: Iterable[BaseModel]) -> str:
    return "".join(
        json.dumps(r.model_dump(mode="json"), ensure_ascii=False, sort_keys=True) + "\n" for r in records
    )


def read_jsonl(path: Path, model: type[T]) -> list[T]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [model.model_validate_json(line) for line in fh if line.strip()]


class RecordStore:
    """The records directory: chunks.jsonl, profiles.jsonl, articles.jsonl, kpis.jsonl, files.jsonl."""

    FILES = ("articles", "profiles", "chunks", "kpis")

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, name: str) -> Path:
        return self.directory / f"{name}.jsonl"

    def exists(self) -> bool:
        return self.path("files").exists()

    def file_states(self) -> dict[str, str]:
        """file -> content hash of what is stored now."""
        if not self.exists():
            return {}
        rows = [json.loads(line) for line in self.path("files").read_text("utf-8").splitlines() if line]
        return {row["file"]: row["content_hash"] for row in rows}

    def load_all(self) -> dict[str, FileRecords]:
        """Reassemble per-file records from the JSONL files."""
        if not self.exists():
            return {}
        out: dict[str, FileRecords] = {}
        for line in self.path("files").read_text("utf-8").splitlines():
            if line:
                row = json.loads(line)
                out[row["file"]] = FileRecords(
                    file=row["file"],
                    content_hash=row["content_hash"],
                    removed_lines=row.get("removed_lines", 0),
                    warnings=row.get("warnings", []),
                    encoding=row.get("encoding", "utf-8"),
                    pipeline=row.get("pipeline", ""),
                )
        for article in read_jsonl(self.path("articles"), Article):
            if article.file in out:
                out[article.file].articles.append(article)
        for profile in read_jsonl(self.path("profiles"), JobProfile):
            if profile.span.file in out:
                out[profile.span.file].profiles.append(profile)
        for chunk in read_jsonl(self.path("chunks"), Chunk):
            if chunk.file in out:
                out[chunk.file].chunks.append(chunk)
        for entry in read_jsonl(self.path("kpis"), KpiEntry):
            if entry.span.file in out:
                out[entry.span.file].kpis.append(entry)
        return out

    def save_all(self, records: dict[str, FileRecords]) -> None:
        """Write every JSONL file atomically, in sorted file order (byte-identical re-runs)."""
        ordered = [records[k] for k in sorted(records)]
        contents = {
            "articles": to_jsonl(a for r in ordered for a in r.articles),
            "profiles": to_jsonl(p for r in ordered for p in r.profiles),
            "chunks": to_jsonl(c for r in ordered for c in r.chunks),
            "kpis": to_jsonl(k for r in ordered for k in r.kpis),
        }
        files_rows = "".join(
            json.dumps(
                {
                    "file": r.file,
                    "content_hash": r.content_hash,
                    "removed_lines": r.removed_lines,
                    "warnings": r.warnings,
                    "encoding": r.encoding,
                    "pipeline": r.pipeline,
                },
                ensure_ascii=False,
                sort_keys=True,
            )
            + "\n"
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
