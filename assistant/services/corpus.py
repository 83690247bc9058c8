"""The knowledge base as a collection of documents: ingest, upload, delete, rebuild, inspect.

Every write goes through the index manager (one writer at a time, across processes, via a file
lock) and then tells the readers, so the next question sees the change. Counts come from one
place (``stats``), so the CLI and the web app never disagree.
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field

from assistant.models import CorpusStats, FileReport, JobProfile
from assistant.services.components import Components
from assistant.services.errors import ServiceError

if TYPE_CHECKING:
    from assistant.index.sync import SyncResult
    from assistant.knowledge.snapshot import LibraryIndicator

ProgressFn = Callable[[str], None]  # file being processed
EmbedProgressFn = Callable[[int, int], None]  # (passages embedded, total)


class DocumentInfo(BaseModel):
    """One source document of the knowledge base."""

    file: str
    title: str
    articles: int
    profiles: int
    chunks: int
    kpis: int
    sections: int
    content_hash: str
    encoding: str = "utf-8"
    warnings: list[str] = Field(default_factory=list)


class UploadResult(BaseModel):
    file: str
    status: str = Field(description="added | updated | unchanged")
    report: FileReport
    seconds: float


class DocumentView(BaseModel):
    """Lines of a document around a cited span ("查看原文")."""

    file: str
    title: str
    line_start: int
    line_end: int
    lines: list[tuple[int, str]]
    location: str


def safe_document_name(name: str) -> str:
    """The bare file name of an upload, refusing anything that could escape the corpus directory."""
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    if not base or base in {".", ".."} or base.startswith("."):
        raise ServiceError("文件名无效：不能为空，也不能以 “.” 开头")
    if len(base) > 120:
        raise ServiceError("文件名太长（最多 120 个字符）")
    if re.search(r"[\x00-\x1f<>:\"|?*]", base):
        raise ServiceError(f"文件名 “{base}” 含有不允许的字符")
    return base


class CorpusService:
    def __init__(self, components: Components) -> None:
        self.c = components

    @property
    def settings(self):  # noqa: ANN201 - Settings
        return self.c.settings

    # --- reading -------------------------------------------------------------------------------

    def stats(self) -> CorpusStats:
        from assistant.ingest.pipeline import corpus_stats

        snap = self.c.snapshot()
        stats = corpus_stats(snap.records)
        stats.roles = len(snap.inventory.with_profiles())
        stats.kpi_indicators = len(snap.kpi_library())
        return stats

    def documents(self) -> list[DocumentInfo]:
        snap = self.c.snapshot()
        return [
            DocumentInfo(
                file=r.file,
                title=snap.document_title(r.file),
                articles=len(r.articles),
                profiles=len(r.profiles),
                chunks=r.count("chunks"),
                kpis=len(r.kpis),
                sections=sum(len(a.sections) for a in r.articles),
                content_hash=r.content_hash,
                encoding=r.encoding,
                warnings=r.warnings,
            )
            for r in (snap.records[k] for k in snap.files)
        ]

    def profiles(self, role: str | None = None, file: str | None = None) -> list[JobProfile]:
        snap = self.c.snapshot()
        found = list(snap.profiles)  # the snapshot's is a read-only view (parsed on demand)
        if file:
            found = [p for p in found if p.span.file == file]
        if role:
            key = role.strip()
            found = [p for p in found if key in p.title or p.title in key or any(key in a for a in p.aliases)]
        return found

    def kpi_library(self, owner: str | None = None) -> list[LibraryIndicator]:
        snap = self.c.snapshot()
        library = snap.kpi_library()
        if owner:
            library = [ind for ind in library if any(owner in o or o in owner for o in ind.owners)]
        return library

    def role_titles(self) -> list[str]:
        return [e.title for e in self.c.snapshot().inventory.with_profiles()]

    def suggest_roles(self, text: str, limit: int = 8) -> list[str]:
        """Titles for autocomplete and "您是不是要找…": exact/fuzzy matches from the inventory."""
        snap = self.c.snapshot()
        text = (text or "").strip()
        if not text:
            return self.role_titles()[:limit]
        resolution = snap.inventory.resolve(text)
        out = [c.entry.title for c in resolution.candidates] + list(resolution.suggestions)
        out += [t for t in self.role_titles() if text in t]
        return list(dict.fromkeys(out))[:limit]

    def view(self, file: str, line_start: int, line_end: int | None = None, context: int = 6) -> DocumentView:
        """The original lines around a cited span, read again from the corpus file."""
        from assistant.ingest.loaders import LoadError, load_file

        snap = self.c.snapshot()
        if file not in snap.records:
            raise ServiceError(f"知识库中没有文档 “{file}”", status=404)
        path = Path(self.settings.corpus_dir) / file
        try:
            doc = load_file(path, Path(self.settings.corpus_dir), self.settings)
        except LoadError as exc:
            raise ServiceError(f"无法读取原文：{exc}", status=404) from exc
        line_end = line_end or line_start
        lo = max(1, line_start - context)
        hi = min(len(doc.lines), line_end + context)
        return DocumentView(
            file=file,
            title=snap.document_title(file),
            line_start=line_start,
            line_end=line_end,
            lines=[(n, doc.lines[n - 1]) for n in range(lo, hi + 1)],
            location=snap.location(file, line_start, line_end),
        )

    def passage(self, file: str, line_start: int, line_end: int) -> str | None:
        """The stored chunk text around a cited span (source cards, hover previews)."""
        chunks = self.c.searcher.chunks_between(file, line_start, line_end)
        return "\n".join(c.text for c in chunks[:3]) if chunks else None

    def is_empty(self) -> bool:
        return self.c.index.is_empty()

    # --- writing -------------------------------------------------------------------------------

    def ingest(
        self, paths: list[Path] | None = None, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None
    ) -> tuple[SyncResult, set[str]]:
        """Sync the corpus directory; files named from elsewhere are copied in first.

        Returns the sync result and the names copied in (a copied file that failed is removed
        again, so the corpus directory only holds what the knowledge base can read).
        """
        corpus = Path(self.settings.corpus_dir)
        targets = [Path(p) for p in (paths or [corpus])]
        missing = [str(p) for p in targets if not p.exists() and not p.is_symlink()]
        if missing:
            raise ServiceError(f"找不到路径：{'、'.join(missing)}", status=404)
        copied, refused = self._copy_into_corpus(targets, corpus)
        with self.c.write_lock:
            result = self.c.index.sync([corpus], progress=progress, embed_progress=embed_progress)
            self.c.after_write()
        for name in result.failed:
            if name in copied:
                (corpus / name).unlink(missing_ok=True)
        for name, message in refused:
            result.reports.append(FileReport(file=name, ok=False, message=message))
            result.failed.append(name)
        return result, copied

    def _copy_into_corpus(self, targets: list[Path], corpus: Path) -> tuple[set[str], list[tuple[str, str]]]:
        """The corpus directory is the one source of truth: outside files are copied into it.

        Links are never followed out of the directory the user named (a link to /etc/passwd is
        refused, not copied).
        """
        from assistant.ingest.loaders import discover_all, relative_name

        root = corpus.resolve()
        copied: set[str] = set()
        refused: list[tuple[str, str]] = []
        for target in targets:
            if target.is_symlink() and not target.is_dir():
                refused.append((target.name, f"{target.name}: 是符号链接，出于安全考虑不会复制链接指向的文件；请直接指定实际文件"))
                continue
            resolved = target.resolve()
            if resolved == root or root in resolved.parents:
                continue
            base = resolved.name if resolved.is_dir() else ""
            found = discover_all([target])
            refused += found.skipped
            for file, fileroot in found.files:
                name = "/".join(p for p in (base, relative_name(file, fileroot)) if p)
                dest = corpus / name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(file, dest)
                copied.add(name)
        return copied, refused

    def ensure_index(self, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None) -> SyncResult | None:
        """Ingest the configured corpus when the index is empty (first start). None if nothing to do."""
        with self.c.write_lock:
            if not self.c.index.is_empty():
                return None
            corpus = Path(self.settings.corpus_dir)
            if not corpus.is_dir():
                raise ServiceError(f"语料目录不存在：{corpus}（请设置 GANGWEI_CORPUS_DIR）", status=503)
            result = self.c.index.sync([corpus], progress=progress, embed_progress=embed_progress)
            self.c.after_write()
            return result

    def check_upload(self, name: str, data: bytes) -> str:
        """Validate name, size and type (by suffix and by content). Returns the safe name."""
        from assistant.ingest.loaders import SUPPORTED_SUFFIXES

        safe = safe_document_name(name)
        suffix = Path(safe).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            kinds = " / ".join(SUPPORTED_SUFFIXES)
            raise ServiceError(f"不支持的文件类型 “{suffix or '无扩展名'}”；可以上传 {kinds}", status=415)
        if not data.strip():
            raise ServiceError(f"{safe}：文件为空")
        limit = min(self.settings.upload_max_mb, self.settings.max_file_mb)
        if len(data) > limit * 1024 * 1024:
            raise ServiceError(f"{safe}：文件过大（{len(data) / 1048576:.1f} MB），上限为 {limit:g} MB", status=413)
        if suffix in (".docx", ".xlsx") and not data.startswith(b"PK\x03\x04"):
            raise ServiceError(f"{safe}：不是有效的 {suffix} 文件（内容不是 Office 文档格式）", status=415)
        if suffix == ".pdf" and data.lstrip()[:5] != b"%PDF-":
            raise ServiceError(f"{safe}：不是有效的 PDF 文件", status=415)
        return safe

    def upload(
        self, name: str, data: bytes, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None
    ) -> UploadResult:
        """Save the bytes sent into the corpus directory and ingest just that file (incrementally).

        Only bytes are accepted, never a server path: a client cannot make the server read a
        file of its own choosing.
        """
        safe = self.check_upload(name, data)
        corpus = Path(self.settings.corpus_dir)
        target = corpus / safe
        started = time.perf_counter()
        with self.c.write_lock:
            previous = target.read_bytes() if target.is_file() and not target.is_symlink() else None
            try:
                corpus.mkdir(parents=True, exist_ok=True)
                if target.is_symlink():
                    target.unlink()
                tmp = corpus / f".{safe}.upload"
                tmp.write_bytes(data)
                tmp.replace(target)
            except OSError as exc:
                raise ServiceError(f"无法保存到语料目录 {corpus}：{exc.strerror or exc}", status=500) from exc
            try:
                result = self.c.index.sync([target], progress=progress, embed_progress=embed_progress)
            except Exception:
                _restore(target, previous)
                raise
            report = next((r for r in result.reports if r.file == safe), None)
            if safe in result.failed or report is None or not report.ok:
                _restore(target, previous)
                message = report.message.removeprefix(f"{safe}: ") if report is not None else "导入失败"
                raise ServiceError(f"无法导入 {safe}：{message}", status=422)
            self.c.after_write()
        status = "added" if safe in result.added else "updated" if safe in result.updated else "unchanged"
        return UploadResult(file=safe, status=status, report=report, seconds=time.perf_counter() - started)

    def delete(self, name: str) -> None:
        """Remove a document from every index at once; its file moves to ``<home>/deleted``.

        The file has to leave the corpus directory, or the next sync would ingest it again; it is
        kept so an accidental delete can be undone by hand (``gangwei corpus purge`` empties it).
        """
        name = (name or "").strip().replace("\\", "/")
        if not name or name.startswith("/") or ".." in name.split("/"):
            raise ServiceError(f"文档名无效：“{name}”")
        with self.c.write_lock:
            if name not in self.c.snapshot().records:
                raise ServiceError(f"知识库中没有文档 “{name}”", status=404)
            self.c.index.remove(name)
            source = Path(self.settings.corpus_dir) / name
            if source.is_file() or source.is_symlink():
                trash = self.settings.home / "deleted"
                trash.mkdir(parents=True, exist_ok=True)
                shutil.move(str(source), trash / f"{time.strftime('%Y%m%d-%H%M%S')}_{name.replace('/', '_')}")
            self.c.after_write()

    def purge_deleted(self) -> int:
        """Empty ``<home>/deleted``; returns the number of files removed."""
        trash = self.settings.home / "deleted"
        if not trash.is_dir():
            return 0
        count = sum(1 for p in trash.iterdir() if p.is_file())
        shutil.rmtree(trash)
        return count

    def rebuild(self, progress: ProgressFn | None = None, embed_progress: EmbedProgressFn | None = None) -> SyncResult:
        with self.c.write_lock:
            result = self.c.index.rebuild(progress=progress, embed_progress=embed_progress)
            self.c.after_write()
            return result


def _restore(target: Path, previous: bytes | None) -> None:
    """Put back what was there before a failed upload."""
    try:
        if previous is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(previous)
    except OSError:
        pass
