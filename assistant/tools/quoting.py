"""Verbatim quotes for citations: which line states a fact, and the piece of it to quote.

A citation's quote must occur in the cited lines of the record. The tools know a fact's span
(a profile item, a KPI row, a field) but the fact's text may be cleaned (list marker dropped,
cells joined), so the quote is always cut from the line text the records hold, found here.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.knowledge.citations import CitationBook
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.models import JobProfile, KpiEntry, ProfileItem
from assistant.text import bigrams, fold, one_line, similarity, squash, strip_marker

QUOTE_WINDOW = 80  # characters quoted around a name inside a long row


@dataclass(frozen=True)
class Source:
    """A citable passage before it gets its number (numbers follow the order of the document)."""

    file: str
    line_start: int
    line_end: int
    quote: str
    role: str | None = None
    organisation: str | None = None
    section_id: str | None = None


class SourceText:
    """The citable lines of the committed records (every block line of every section)."""

    def __init__(self, snapshot: KnowledgeSnapshot) -> None:
        self.snapshot = snapshot
        self._lines: dict[str, dict[int, str]] | None = None
        self._features: list[tuple[str, int, str, set[str]]] | None = None

    def _index(self) -> dict[str, dict[int, str]]:
        if self._lines is None:
            lines: dict[str, dict[int, str]] = {}
            for section in self.snapshot.iter_sections():  # sections alone: no whole article is made
                per_file = lines.setdefault(section.span.file, {})
                for block in section.blocks:
                    pairs = block.numbered_lines()
                    if block.quote and "…" not in block.quote and len(pairs) == 1:
                        # "期望到岗：2025-04-20" of a table cell: its line says only the value it quotes
                        pairs = [(pairs[0][0], block.quote)]
                    for no, text in pairs:
                        if text.strip():
                            old = per_file.get(no)
                            # a line split into several blocks keeps its longest reading
                            if old is None or len(text) > len(old):
                                per_file[no] = text
            self._lines = lines
        return self._lines

    def line(self, file: str, no: int) -> str | None:
        return self._index().get(file, {}).get(no)

    def lines(self, file: str, start: int, end: int) -> list[tuple[int, str]]:
        per_file = self._index().get(file, {})
        return [(n, per_file[n]) for n in range(start, end + 1) if n in per_file]

    def all_lines(self) -> list[tuple[str, int, str]]:
        return [(f, n, t) for f, per_file in sorted(self._index().items()) for n, t in sorted(per_file.items())]

    def features(self) -> list[tuple[str, int, str, set[str]]]:
        """Every line with its bigrams, computed once (methodology look-ups scan them all)."""
        if self._features is None:
            self._features = [(f, n, t, bigrams(t)) for f, n, t in self.all_lines()]
        return self._features

    def locate(self, file: str, start: int, end: int, value: str) -> int | None:
        """The first line in [start, end] that states ``value`` (compared without punctuation)."""
        key = squash(value)
        if not key:
            return None
        for no, text in self.lines(file, start, end):
            if key in squash(text):
                return no
        return None

    def quote(self, file: str, start: int, end: int, hint: str, focus: str | None = None) -> tuple[int, int, str]:
        """(line_start, line_end, quote): a verbatim piece of a cited line that best matches ``hint``.

        ``focus`` (an indicator name in a long table row) centres the quote on that name.
        """
        rows = self.lines(file, start, end)
        if not rows:
            return start, end, one_line(strip_marker(hint))
        if focus:
            for no, text in rows:
                pos = fold(text).find(fold(focus))
                if pos >= 0:
                    return start, end, text[pos : pos + QUOTE_WINDOW].strip()
        first = one_line(strip_marker(hint.split("\n", 1)[0]))
        for no, text in rows:
            if first and first in text:
                return start, end, first
        best_no, best_text = max(rows, key=lambda r: similarity(first or hint, r[1]))
        return start, end, strip_marker(best_text).strip() or best_text.strip()


class Sourcer:
    """Turns records into ``Source``s and numbers them in one ``CitationBook``."""

    def __init__(self, snapshot: KnowledgeSnapshot, book: CitationBook | None = None) -> None:
        self.snapshot = snapshot
        self.text = SourceText(snapshot)
        self.book = book or CitationBook(snapshot)
        self._sections: dict[tuple[str, int], str | None] = {}

    def section_id(self, file: str, line: int) -> str | None:
        key = (file, line)
        if key not in self._sections:
            found = self.snapshot.section_at(file, line)
            self._sections[key] = found[1].id if found else None
        return self._sections[key]

    def span(self, file: str, start: int, end: int, hint: str, role: str | None = None,
             organisation: str | None = None, focus: str | None = None) -> Source:  # fmt: skip
        a, b, quote = self.text.quote(file, start, end, hint, focus)
        return Source(file, a, b, quote, role, organisation, self.section_id(file, a))

    def item(self, item: ProfileItem, profile: JobProfile | None = None) -> Source:
        return self.span(item.span.file, item.span.line_start, item.span.line_end, item.text,
                         role=profile.title if profile else None,
                         organisation=profile.organisation if profile else None)  # fmt: skip

    def entry(self, entry: KpiEntry) -> Source:
        role = entry.department or (entry.roles[0] if entry.roles else None)
        return self.span(entry.span.file, entry.span.line_start, entry.span.line_end, entry.sentence,
                         role=role, focus=entry.name)  # fmt: skip

    def value_in(self, profile: JobProfile, value: str) -> Source | None:
        """Where a profile states a plain value (a department, a reporting line): its own lines first."""
        file = profile.span.file
        no = self.text.locate(file, profile.span.line_start, profile.span.line_end, value)
        if no is None:
            article = self.snapshot.articles.get(profile.article_id)
            if article is not None:
                no = self.text.locate(file, article.span.line_start, article.span.line_end, value)
        if no is None:
            return None
        return self.span(file, no, no, value, role=profile.title, organisation=profile.organisation, focus=value)

    def cite(self, sources: list[Source]) -> list[int]:
        ids: list[int] = []
        for s in sources:
            cid = self.book.cite(s.file, s.line_start, s.line_end, s.quote, s.section_id, s.role, s.organisation)
            if cid not in ids:
                ids.append(cid)
        return ids
