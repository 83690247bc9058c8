"""Citable lines of corpus files, read the way ingestion reads them, and quotes located in them.

Lines are what citations and gold spans count: physical lines for .txt/.md/.csv/.html, and the
lines the loader defines for .docx (one per paragraph, table-cell paragraphs included), .xlsx (one
per sheet row) and .pdf (extracted lines). Reading every format through
``assistant.ingest.loaders.load_file`` keeps the eval's line numbers identical to ingestion's.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings

_WS = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """NFKC and no whitespace at all: the form quotes and key points are matched in."""
    return _WS.sub("", unicodedata.normalize("NFKC", text or ""))


class CorpusLines:
    """Lazy, cached ``file -> lines`` over a corpus root; unknown, outside or unreadable files give None."""

    def __init__(self, corpus_dir: Path | str, settings: Settings | None = None) -> None:
        self.root = Path(corpus_dir)
        self.settings = settings
        self._cache: dict[str, list[str] | None] = {}
        self._errors: dict[str, str] = {}

    def __call__(self, file: str) -> Sequence[str] | None:
        if file not in self._cache:
            self._cache[file] = self._load(file)
        return self._cache[file]

    def error(self, file: str) -> str | None:
        """Why ``file`` gave None (Chinese), once it has been asked for."""
        return self._errors.get(file)

    def _load(self, file: str) -> list[str] | None:
        from assistant.ingest.loaders import LoadError, load_file

        if not file or file.startswith("/") or ".." in Path(file).parts:
            self._errors[file] = f"文件名无效: {file!r}"
            return None
        path = self.root / file
        root = self.root.resolve()
        if not path.is_file() or root not in path.resolve().parents:
            self._errors[file] = f"文件不存在: {file}"
            return None
        try:
            return list(load_file(path, self.root, self.settings or _quiet_settings()).lines)
        except LoadError as exc:
            self._errors[file] = f"无法读取: {exc}"
            return None


def _quiet_settings() -> Settings:
    # Limits only: the loader reads nothing else from settings. Defaults, never the user's .env.
    return Settings(_env_file=None)  # type: ignore[call-arg]


@dataclass(frozen=True)
class QuoteMatch:
    line_start: int
    line_end: int


def find_quote(quote: str, lines: Sequence[str]) -> list[QuoteMatch]:
    """Where the quote occurs, compared after NFKC and whitespace removal.

    A quote names the unit it occurs in: every line that contains it is one match. Only when no
    single line does is it looked for across line breaks (a text quote that wraps), each
    occurrence giving the range of lines it covers. 1-based, inclusive.
    """
    needle = squeeze(quote)
    if not needle:
        return []
    squeezed = [squeeze(line) for line in lines]
    single = [QuoteMatch(n, n) for n, text in enumerate(squeezed, 1) if needle in text]
    if single:
        return single
    starts: list[int] = []
    offset = 0
    for text in squeezed:
        starts.append(offset)
        offset += len(text)
    haystack = "".join(squeezed)
    found: list[QuoteMatch] = []
    pos = haystack.find(needle)
    while pos >= 0:
        # bisect_right over line offsets: empty lines share an offset with the next one; take the last.
        found.append(QuoteMatch(bisect_right(starts, pos), bisect_right(starts, pos + len(needle) - 1)))
        pos = haystack.find(needle, pos + 1)
    return found
