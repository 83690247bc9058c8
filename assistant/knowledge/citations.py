"""One citation model, one numbering, one formatter for every front end and export.

A ``CitationBook`` hands out [n] numbers in order of first use. A quote is always a verbatim
piece of ONE cited line; citations of the same passage (same section, adjacent lines) are merged
into one source so that a list of items cites one card, not one card per line.
"""

from __future__ import annotations

from pathlib import Path

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.models import Citation
from assistant.text import one_line

QUOTE_MAX = 120  # a prefix of a verbatim line piece is still verbatim
MERGE_GAP = 2  # lines between two cited pieces of one passage that still make one source


class CitationBook:
    """Numbers citations for one answer (or one document)."""

    def __init__(self, snapshot: KnowledgeSnapshot, merge_passages: bool = True) -> None:
        self.snapshot = snapshot
        self.merge_passages = merge_passages
        self.citations: list[Citation] = []
        self._sections: dict[int, str | None] = {}

    def cite(
        self,
        file: str,
        line_start: int,
        line_end: int | None = None,
        quote: str = "",
        section_id: str | None = None,
        role: str | None = None,
        organisation: str | None = None,
    ) -> int:
        line_end = line_end or line_start
        quote = one_line(quote.split("\n", 1)[0]).strip()[:QUOTE_MAX] if quote else ""
        for c in self.citations:
            if c.file != file:
                continue
            if c.line_start == line_start and c.line_end == line_end:
                return c.id
            same_passage = self.merge_passages and section_id is not None and self._sections.get(c.id) == section_id
            if same_passage and line_start <= c.line_end + MERGE_GAP and c.line_start <= line_end + MERGE_GAP:
                c.line_start = min(c.line_start, line_start)
                c.line_end = max(c.line_end, line_end)
                c.location = self.snapshot.location(file, c.line_start, c.line_end)
                return c.id
        cid = len(self.citations) + 1
        self.citations.append(
            Citation(
                id=cid,
                file=file,
                line_start=line_start,
                line_end=line_end,
                quote=quote,
                title=self.snapshot.document_title(file),
                organisation=organisation,
                role=role,
                location=self.snapshot.location(file, line_start, line_end),
            )
        )
        self._sections[cid] = section_id
        return cid


def markers(ids: list[int]) -> str:
    return "".join(f"[{i}]" for i in dict.fromkeys(ids))


def source_label(c: Citation) -> str:
    """How a source is named for people: title (organisation · role), never a bare hash."""
    title = c.title or Path(c.file).stem
    extra = " · ".join(x for x in (c.organisation, c.role) if x and x not in title)
    return f"《{title}》" + (f"（{extra}）" if extra else "")


def format_citation(c: Citation, quote_max: int = 60, with_file: bool = True) -> str:
    """"[2] 《客户经理岗位职责》（一德期货）第 12–14 行：“负责…”" — the one citation format."""
    where = c.location or (f"第 {c.line_start} 行" if c.line_start == c.line_end else f"第 {c.line_start}–{c.line_end} 行")
    quote = c.quote if len(c.quote) <= quote_max else c.quote[:quote_max] + "…"
    file = f" [{c.file}]" if with_file else ""
    tail = f"：“{quote}”" if quote else ""
    return f"[{c.id}] {source_label(c)} {where}{file}{tail}"


def citation_lines(citations: list[Citation], quote_max: int = 60, with_file: bool = True) -> list[str]:
    return [format_citation(c, quote_max, with_file) for c in citations]
