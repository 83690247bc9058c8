"""What every loader shares: the error type, limits checked before reading, text decoding."""

from __future__ import annotations

import codecs
import hashlib
import re
from pathlib import Path

from assistant.config import Settings


def no_spaces(text: str) -> str:
    """Text without any whitespace: how loaders match a value to the raw line it came from."""
    return re.sub(r"\s+", "", text)


class LoadError(Exception):
    """A file that cannot be used; the message is user-facing Chinese text."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """Hash a file in blocks, so a large file is never held in memory just to be hashed."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_size(path: Path, name: str, settings: Settings) -> int:
    """Refuse a file over ``max_file_mb`` before reading a byte of it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LoadError(f"{name}: 无法读取文件: {exc.strerror or exc}") from exc
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise LoadError(
            f"{name}: 文件大小 {size / 1024 / 1024:.1f} MB 超过上限 {settings.max_file_mb:g} MB"
            f" (max_file_mb, 可用 GANGWEI_MAX_FILE_MB 调整), 未导入"
        )
    if size == 0:
        raise LoadError(f"{name}: 文件为空")
    return size


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(text: str) -> bool:
    """Control characters other than whitespace are rare in real text and common in binaries."""
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return "\x00" in sample or controls / len(sample) > 0.05


def decode_text(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode by BOM (UTF-8/16/32), else UTF-8, else GB18030 with a warning."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise LoadError(f"{name}: 带 {codec.upper()} 字节序标记, 但内容无法按该编码解码 ({exc.reason})") from exc
            if _looks_binary(text):
                raise LoadError(f"{name}: 看起来是二进制文件, 无法作为文本读取")
            return text, codec.replace("-sig", ""), []
    if b"\x00" in data[:8192]:
        raise LoadError(f"{name}: 看起来是二进制文件 (含 NUL 字节), 无法作为文本读取")
    try:
        text, encoding, warnings = data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as exc:
            raise LoadError(f"{name}: 既不是 UTF-8 也不是 GB18030 编码, 无法读取 ({exc.reason})") from exc
        encoding, warnings = "gb18030", [f"{name}: 不是 UTF-8 编码, 已按 GB18030 读取"]
    if _looks_binary(text):
        raise LoadError(f"{name}: 看起来是二进制文件, 无法作为文本读取")
    return text, encoding, warnings


def physical_lines(text: str) -> list[str]:
    """Lines of a decoded text as an editor numbers them (CRLF, CR and LF all end a line)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
