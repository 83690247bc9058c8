"""The in-memory shape of a document between loading and segmenting: units of text and tables.

Loaders turn every format into a *flow*: text units (one citable line, or a piece of one) and
tables (rows × cells whose cells hold units), in document order. Each unit keeps its 1-based line
number in the original, so every later stage can cite exactly; a ``Hint`` carries what the format
itself says about the unit (a heading style, a list item, automatic numbering) that the text
alone would not show.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from assistant.models import LoadedDocument


@dataclass(frozen=True)
class Hint:
    """Structure stated by the format, not by the words."""

    heading: int = 0  # heading level from the format (h1–h6, Word "Heading n", Markdown #); 0 = none
    item: bool = False  # starts a list item (li, dd, a numbered Word paragraph)
    marker: str | None = None  # numbering the format renders but the text lacks ("1.", "a)")
    cont: bool = False  # continues the previous unit's element on the next physical line
    label: bool = False  # an emphasised label element (dt, th, an <em>/<b> run alone)
    depth: int = 0  # level in a chart drawn as an indented tree (1 = its root); 0 = not a tree line
    meta: bool = False  # a file's metadata entry ("reports_to = …" of front matter): a fact if its key is a known label, no title


PLAIN = Hint()


@dataclass(frozen=True)
class Unit:
    """One citable piece of text: a line, or part of one (several units may share a line)."""

    line_no: int
    text: str
    hint: Hint = PLAIN
    raw: str | None = None  # the text as written, when it is shown explained ("S1" as "S1（门店早班 7:00–15:30）")

    def with_text(self, text: str) -> Unit:
        return replace(self, text=text)


@dataclass
class Cell:
    """A table cell: its text units, or a copy of a merged cell's units (``merged``)."""

    units: list[Unit] = field(default_factory=list)
    merged: bool = False  # filled from the merged cell it belongs to: cite the origin, emit once

    @property
    def text(self) -> str:
        return "\n".join(u.text for u in self.units)

    @property
    def empty(self) -> bool:
        return not any(u.text.strip() for u in self.units)


@dataclass
class Table:
    """Rows × cells from any format; merged cells are filled across their span."""

    rows: list[list[Cell]]
    source: str  # docx | xlsx | html | pdf | csv | markdown | box | tsv | flat | spaced
    name: str | None = None  # sheet name, or a caption the format gives
    row_numbers: list[int] = field(default_factory=list)  # the format's own row number per row (sheet rows)
    post_row: int | None = None  # the row that names the one post this table is the form of (a column of a grid)
    header: bool = False  # the format marks the first row as the header (Markdown's "| --- |" line)

    @property
    def line_nos(self) -> list[int]:
        return [u.line_no for row in self.rows for c in row if not c.merged for u in c.units]

    @property
    def line_start(self) -> int:
        nos = self.line_nos
        return min(nos) if nos else 0

    @property
    def line_end(self) -> int:
        nos = self.line_nos
        return max(nos) if nos else 0

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    @classmethod
    def of_lines(cls, lines: list[tuple[int, list[str]]], source: str, header: bool = False) -> Table:
        """A table of text lines split into cells (line number, cell texts): rows padded to one width."""
        rows = [[Cell([Unit(no, t.strip())] if t.strip() else []) for t in cells] for no, cells in lines]
        width = max((len(r) for r in rows), default=0)
        for r in rows:
            r.extend(Cell() for _ in range(width - len(r)))
        return cls(rows=rows, source=source, row_numbers=list(range(1, len(rows) + 1)), header=header)


Flow = list["Unit | Table"]


@dataclass
class Source:
    """A loaded document: the citable lines (``doc``) and the flow built from them."""

    doc: LoadedDocument
    flow: list[Unit | Table]
    kind: str  # text | markdown | csv | xlsx | docx | html | pdf
    dropped: list[int] = field(default_factory=list)  # lines the loader already knew to be furniture

    @property
    def text_format(self) -> bool:
        """Formats whose structure lives in the words (tables must be detected in the text)."""
        return self.kind in ("text", "markdown")


def units_of(flow: list[Unit | Table]) -> list[Unit]:
    """Every unit in document order, table cells included (merged copies once)."""
    out: list[Unit] = []
    for part in flow:
        if isinstance(part, Table):
            out.extend(u for row in part.rows for c in row if not c.merged for u in c.units)
        else:
            out.append(part)
    return out
