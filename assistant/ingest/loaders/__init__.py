"""Read every supported format into citable lines and a flow of text units and tables.

``load_file`` gives the ``LoadedDocument`` (the lines a citation points at); ``read_source``
also gives the flow the later stages structure. Limits are checked before reading: file size,
then for zip-based formats the inflated size and entry count; over-long lines are split into
pieces that still cite their line.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.layout import Hint, Source, Table, Unit
from assistant.ingest.loaders.base import LoadError, check_size, sha256_bytes, sha256_file
from assistant.ingest.loaders.discover import Discovery, discover, discover_all, inside, relative_name
from assistant.ingest.sentences import split_sentences
from assistant.models import LoadedDocument

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".csv", ".tsv", ".html", ".htm", ".xlsx", ".docx", ".pdf")

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Discovery",
    "LoadError",
    "discover",
    "discover_all",
    "load_file",
    "read_source",
    "relative_name",
    "sha256_bytes",
    "sha256_file",
]


def read_source(path: Path, corpus_root: Path | None = None, settings: Settings | None = None) -> Source:
    """Read one file into lines and flow. Raises LoadError with a Chinese message."""
    settings = settings or Settings()
    name = relative_name(path, corpus_root)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"{name}: 不支持的文件类型 {suffix or '(无扩展名)'}; 支持 {', '.join(SUPPORTED_SUFFIXES)}")
    if corpus_root is not None and path.is_symlink() and not inside(path, corpus_root):
        raise LoadError(f"{name}: 是指向语料目录之外的符号链接, 出于安全考虑未读取")
    check_size(path, name, settings)
    source = _dispatch(path, name, suffix, settings)
    if not any(line.strip() for line in source.doc.lines):
        raise LoadError(f"{name}: 没有可读取的文字内容")
    return split_long_units(source, settings.max_line_chars)


def load_file(path: Path, corpus_root: Path | None = None, settings: Settings | None = None) -> LoadedDocument:
    """The citable lines of one file. Raises LoadError with a Chinese message."""
    return read_source(path, corpus_root, settings).doc


def _dispatch(path: Path, name: str, suffix: str, settings: Settings) -> Source:
    if suffix in (".docx", ".xlsx"):
        from assistant.ingest.loaders.zipguard import check_zip

        check_zip(path, name, suffix, settings)
        digest = sha256_file(path)
        if suffix == ".docx":
            from assistant.ingest.loaders.word import load_docx

            return load_docx(path, name, digest)
        from assistant.ingest.loaders.sheet import load_xlsx

        return load_xlsx(path, name, digest, settings)
    if suffix == ".pdf":
        from assistant.ingest.loaders.pdf import load_pdf

        return load_pdf(path, name, sha256_file(path), settings)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{name}: 无法读取文件: {exc.strerror or exc}") from exc
    if not data.strip():
        raise LoadError(f"{name}: 文件为空")
    digest = sha256_bytes(data)
    if suffix in (".csv", ".tsv", ".txt"):
        from assistant.ingest.loaders.csvfile import load_csv, tab_export

        if suffix != ".txt" or tab_export(data, name):
            return load_csv(data, name, digest)
    if suffix in (".html", ".htm"):
        from assistant.ingest.loaders.web import load_html

        return load_html(data, name, digest)
    from assistant.ingest.loaders.text import load_text

    return load_text(data, name, digest, markdown=suffix in (".md", ".markdown"))


def _split_unit(unit: Unit, limit: int) -> list[Unit]:
    pieces = split_sentences(unit.text, limit)
    return [replace(unit, text=p, hint=unit.hint if k == 0 else Hint(cont=True)) for k, p in enumerate(pieces)]


def split_long_units(source: Source, limit: int) -> Source:
    """Over-long lines become several units of at most ``limit`` characters on the same line."""
    long_lines: list[tuple[int, int]] = []

    def fix(units: list[Unit]) -> list[Unit]:
        out: list[Unit] = []
        for unit in units:
            if len(unit.text) > limit:
                long_lines.append((unit.line_no, len(unit.text)))
                out.extend(_split_unit(unit, limit))
            else:
                out.append(unit)
        return out

    flow: list[Unit | Table] = []
    for part in source.flow:
        if isinstance(part, Table):
            for row in part.rows:
                for cell in row:
                    cell.units = fix(cell.units)
            flow.append(part)
        else:
            flow.extend(fix([part]))
    if long_lines:
        first_no, first_len = long_lines[0]
        more = f"等 {len(long_lines)} 行" if len(long_lines) > 1 else ""
        source.doc.warnings.append(
            f"{source.doc.file}: 第 {first_no} 行{more}过长 ({first_len} 字), 超过 {limit} 字 (max_line_chars),"
            f" 已在句子边界切分, 各段仍引用原行号"
        )
    source.flow = flow
    return source
