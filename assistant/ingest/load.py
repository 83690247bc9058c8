"""Load raw files into lines, keeping 1-based line numbers of the original text.

Text formats (.txt/.md/.html) keep the line numbers of the file itself. For .docx the "line" is
the paragraph (or table row) number in document order, and for .pdf the line of the extracted
text counted across pages: those formats have no lines of their own.
"""

from __future__ import annotations

import hashlib
from html.parser import HTMLParser
from pathlib import Path

from assistant.models import LoadedDocument

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


class LoadError(Exception):
    """A file that cannot be read; the message is user-facing Chinese text."""


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def decode_text(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """Decode UTF-8 (with or without BOM), falling back to GB18030 with a warning."""
    if b"\x00" in data[:8192]:
        raise LoadError(f"{name}: 看起来是二进制文件 (含 NUL 字节), 无法作为文本读取")
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise LoadError(f"{name}: 既不是 UTF-8 也不是 GB18030 编码, 无法读取 ({exc.reason})") from exc
    return text, "gb18030", [f"{name}: 不是 UTF-8 编码, 已按 GB18030 读取"]


class _LineKeepingHTML(HTMLParser):
    """Collects visible text per original source line, so provenance stays exact."""

    _SKIP = {"script", "style", "noscript", "template", "head"}

    def __init__(self, n_lines: int) -> None:
        super().__init__(convert_charrefs=True)
        self.lines = [""] * n_lines
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skip_depth:
            self._skip_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        line_no, _ = self.getpos()
        for offset, part in enumerate(data.split("\n")):
            idx = line_no - 1 + offset
            if 0 <= idx < len(self.lines) and part.strip():
                sep = " " if self.lines[idx] else ""
                self.lines[idx] += sep + part.strip()


def _html_lines(text: str) -> list[str]:
    raw_lines = text.split("\n")
    parser = _LineKeepingHTML(len(raw_lines))
    parser.feed(text)
    parser.close()
    return parser.lines


def _docx_lines(path: Path) -> list[str]:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise LoadError(f"{path.name}: 不是有效的 .docx 文件 (可能已损坏): {exc}") from exc
    except Exception as exc:  # zipfile.BadZipFile and friends from a corrupt package
        raise LoadError(f"{path.name}: 不是有效的 .docx 文件 (可能已损坏): {exc}") from exc
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = []
                    for cell in row.iterchildren():
                        if cell.tag.endswith("}tc"):
                            cells.append(
                                "".join(t.text or "" for t in cell.iter() if t.tag.endswith("}t"))
                            )
                    lines.append(" | ".join(c.strip() for c in cells))
    return lines


def _pdf_lines(path: Path) -> list[str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, OSError, ValueError) as exc:
        raise LoadError(f"{path.name}: PDF 无法解析 (可能已损坏或加密): {exc}") from exc
    lines: list[str] = []
    for page in pages:
        lines.extend(page.splitlines())
    return lines


def load_file(path: Path, corpus_root: Path | None = None) -> LoadedDocument:
    """Read one file. Raises LoadError with a Chinese message when it cannot be used."""
    rel = relative_name(path, corpus_root)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(f"{rel}: 不支持的文件类型 {suffix or '(无扩展名)'}; 支持 {', '.join(SUPPORTED_SUFFIXES)}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{rel}: 无法读取文件: {exc.strerror or exc}") from exc
    if not data.strip():
        raise LoadError(f"{rel}: 文件为空")
    digest = sha256_bytes(data)
    warnings: list[str] = []
    if suffix == ".docx":
        lines, encoding = _docx_lines(path), "docx"
    elif suffix == ".pdf":
        lines, encoding = _pdf_lines(path), "pdf"
    else:
        text, encoding, warnings = decode_text(data, rel)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = _html_lines(text) if suffix in (".html", ".htm") else text.split("\n")
        if text.endswith("\n"):
            lines = lines[:-1]
    if not any(line.strip() for line in lines):
        raise LoadError(f"{rel}: 没有可读取的文字内容")
    return LoadedDocument(file=rel, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings)


def relative_name(path: Path, corpus_root: Path | None) -> str:
    if corpus_root is not None:
        try:
            return path.resolve().relative_to(corpus_root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def discover(paths: list[Path]) -> list[tuple[Path, Path]]:
    """Expand files and directories into (file, root) pairs, sorted for deterministic output."""
    found: list[tuple[Path, Path]] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not f.name.startswith("."):
                    found.append((f, p))
        else:
            found.append((p, p.parent))
    return found
