"""Zip-bomb guard for .docx/.xlsx: check the archive before any parser inflates it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.loaders.base import LoadError

_CHUNK = 1 << 20


def check_zip(path: Path, name: str, kind: str, settings: Settings) -> None:
    """Entry count and inflated size from the central directory, then a bounded streaming read.

    The directory can lie about sizes, so every entry is also inflated in 1 MB steps and the
    running total is checked: memory stays flat whatever the archive claims.
    """
    limit = int(settings.max_unzipped_mb * 1024 * 1024)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > settings.max_zip_entries:
                raise LoadError(
                    f"{name}: {kind} 压缩包内有 {len(infos)} 个文件, 超过上限 {settings.max_zip_entries}"
                    f" (max_zip_entries), 未导入"
                )
            declared = sum(i.file_size for i in infos)
            if declared > limit:
                raise LoadError(_too_big(name, kind, declared, settings))
            total = 0
            for info in infos:
                with archive.open(info) as fh:
                    while block := fh.read(_CHUNK):
                        total += len(block)
                        if total > limit:
                            raise LoadError(_too_big(name, kind, total, settings))
    except LoadError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise LoadError(f"{name}: 不是有效的 {kind} 文件 (可能已损坏): {exc}") from exc
    except Exception as exc:  # zlib.error and other codec failures of a damaged archive
        raise LoadError(f"{name}: 不是有效的 {kind} 文件 (可能已损坏): {exc}") from exc


def _too_big(name: str, kind: str, size: int, settings: Settings) -> str:
    return (
        f"{name}: {kind} 解压后至少 {size / 1024 / 1024:.0f} MB, 超过上限 {settings.max_unzipped_mb:g} MB"
        f" (max_unzipped_mb, 疑似压缩炸弹), 未导入"
    )
