"""Word (.docx): one citable line per paragraph, table-cell paragraphs included.

Lines follow document order; inside a table, row by row and cell by cell, every paragraph of a
cell is its own line and a merged cell (gridSpan / vMerge) is counted once. Heading styles and
automatic numbering (which the paragraph text does not contain) travel as hints.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from assistant.ingest.layout import Cell, Hint, Source, Table, Unit, units_of
from assistant.ingest.loaders.base import LoadError
from assistant.models import LoadedDocument, Region
from assistant.text import cn_number

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)
_CN_DIGITS = "零一二三四五六七八九十"


# A form's filled-in content controls (w:sdt) hold their value's runs; one still showing its
# placeholder ("单击或点击此处输入文字") holds nothing the form says.
_FILLED = "w:sdt[not(w:sdtPr/w:showingPlcHdr)]/w:sdtContent"
_RUNS = ("w:r | w:hyperlink | w:ins/w:r | w:ins/w:hyperlink | w:moveTo/w:r | w:smartTag/w:r | w:fldSimple/w:r"
         f" | {_FILLED}/w:r | {_FILLED}/w:hyperlink | {_FILLED}/w:ins/w:r | {_FILLED}/{_FILLED}/w:r")


_SPACED_CJK = re.compile(r"[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){2,7}")
_ONE_CJK = re.compile(r"[\u4e00-\u9fff]")
_HEADER_PARTS = re.compile(r"\s*[｜|]\s*|[\u3000\t]+|\s{2,}")


def _own_part(header: str, headers: list[str]) -> str:
    """What one section's header says that the others' do not: "事务所　岗位说明书　｜　岗位：财务专员
    ｜　编号：…" -> "岗位：财务专员　｜　编号：…" (the text from its first own part to its last)."""
    common = set.intersection(*({p.strip() for p in _HEADER_PARTS.split(h) if p.strip()} for h in headers if h))
    bounds = [0] + [x for m in _HEADER_PARTS.finditer(header) for x in m.span()] + [len(header)]
    own = [(a, b) for a, b in zip(bounds[::2], bounds[1::2]) if header[a:b].strip() and header[a:b].strip() not in common]
    return header[own[0][0] : own[-1][1]].strip() if own else ""


def _struck(run: object) -> bool:
    """A run drawn struck through (a revision left in the text, "须数学专业" crossed out) or hidden
    (w:vanish: an old value kept out of sight, "（2024版：月薪8000-11000元）"): not what the page says."""
    props = run.find(f"{_W}rPr")  # type: ignore[attr-defined]
    if props is None:
        return False
    for name in ("strike", "dstrike", "vanish"):
        mark = props.find(f"{_W}{name}")
        if mark is not None and mark.get(f"{_W}val", "true").lower() not in ("0", "false", "off"):
            return True
    return False


def _shown(el: object) -> str:
    """The text of a run, or of a hyperlink's runs, without what is struck through."""
    if _tag(el) == "r":
        return "" if _struck(el) else (el.text or "")  # type: ignore[attr-defined]
    runs = list(el.iter(f"{_W}r"))  # type: ignore[attr-defined]
    return "".join("" if _struck(r) else (r.text or "") for r in runs) if runs else (el.text or "")  # type: ignore[attr-defined]


def _footnotes(document: object) -> dict[str, str]:
    """Footnote id -> its text (Word keeps the notes in a part of their own)."""
    from lxml import etree

    out: dict[str, str] = {}
    try:
        parts = [r.target_part for r in document.part.rels.values()  # type: ignore[attr-defined]
                 if not r.is_external and r.reltype.endswith("/footnotes")]
        for part in parts:
            root = etree.fromstring(part.blob)
            for note in root.iter(f"{_W}footnote"):
                if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                    continue
                text = "".join(t.text or "" for t in note.iter(f"{_W}t")).strip()
                if text:
                    out[note.get(f"{_W}id", "")] = text
    except Exception:  # noqa: BLE001 - a damaged notes part: the body still reads
        return {}
    return out


def _tag(el: object) -> str:
    return str(getattr(el, "tag", "")).rsplit("}", 1)[-1]


def _cn_number(n: int) -> str:
    if n <= 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return _CN_DIGITS[tens] + "十" + (_CN_DIGITS[ones] if ones else "")


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        pairs = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        out, rest = "", n
        for value, sym in pairs:
            while rest >= value:
                out, rest = out + sym, rest - value
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("chineseCounting", "chineseCountingThousand", "ideographTraditional", "chineseLegalSimplified"):
        return _cn_number(n)
    if fmt == "decimalEnclosedCircle" and 1 <= n <= 20:
        return chr(0x2460 + n - 1)
    return str(n)


@dataclass
class _Numbering:
    """Renders automatic list numbers the way Word would (counters per list and level)."""

    levels: dict[tuple[str, int], tuple[str, str, int]] = field(default_factory=dict)  # (numId, ilvl) -> fmt, text, start
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: object) -> _Numbering:
        numbering = cls()
        try:
            part = document.part.numbering_part  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            return numbering
        root = part.element
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(f"{_W}abstractNum"):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                fmt_el, text_el, start_el = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}lvlText"), lvl.find(f"{_W}start")
                lv[ilvl] = (
                    fmt_el.get(f"{_W}val", "decimal") if fmt_el is not None else "decimal",
                    text_el.get(f"{_W}val", "") if text_el is not None else "",
                    int(start_el.get(f"{_W}val", "1")) if start_el is not None else 1,
                )
            abstract[an.get(f"{_W}abstractNumId", "")] = lv
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, spec in abstract.get(ref.get(f"{_W}val", ""), {}).items():
                numbering.levels[(num.get(f"{_W}numId", ""), ilvl)] = spec
        return numbering

    def render(self, num_id: str, ilvl: int) -> str | None:
        spec = self.levels.get((num_id, ilvl))
        if spec is None or num_id == "0":
            return None
        fmt, text, start = spec
        counts = self.counters.setdefault(num_id, [0] * 9)
        counts[ilvl] = counts[ilvl] + 1 if counts[ilvl] else start
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        if fmt == "bullet":
            return "•"
        marker = text
        for level in range(ilvl + 1):
            lfmt = self.levels.get((num_id, level), (fmt, "", 1))[0]
            marker = marker.replace(f"%{level + 1}", _format_number(counts[level] or 1, lfmt))
        return marker.strip() or None


def _num_pr(p: object, styles: dict[str, object]) -> tuple[str, int] | None:
    ppr = p.find(f"{_W}pPr")  # type: ignore[attr-defined]
    num = ppr.find(f"{_W}numPr") if ppr is not None else None
    if num is None and ppr is not None:
        style = ppr.find(f"{_W}pStyle")
        style_el = styles.get(style.get(f"{_W}val", "")) if style is not None else None
        spp = style_el.find(f"{_W}pPr") if style_el is not None else None  # type: ignore[attr-defined]
        num = spp.find(f"{_W}numPr") if spp is not None else None
    if num is None:
        return None
    nid, lvl = num.find(f"{_W}numId"), num.find(f"{_W}ilvl")
    if nid is None:
        return None
    return nid.get(f"{_W}val", "0"), int(lvl.get(f"{_W}val", "0")) if lvl is not None else 0


def _heading_level(p: object, style_names: dict[str, str]) -> int:
    ppr = p.find(f"{_W}pPr")  # type: ignore[attr-defined]
    if ppr is None:
        return 0
    outline = ppr.find(f"{_W}outlineLvl")
    if outline is not None:
        return int(outline.get(f"{_W}val", "9")) + 1 if outline.get(f"{_W}val", "9") != "9" else 0
    style = ppr.find(f"{_W}pStyle")
    name = style_names.get(style.get(f"{_W}val", ""), "") if style is not None else ""
    if name.lower() == "title":
        return 1
    m = _HEADING_STYLE.match(name)
    return int(m.group(1)) if m else 0


_LABEL_CHARS = 12  # a form's label cell ("岗位职责", "班次")


class _Reader:
    def __init__(self, document: object) -> None:
        self.document = document
        self.lines: list[str] = []
        self.regions: list[Region] = []
        self.nested: list[Table] = []  # tables found inside cells, read after their outer table
        self.inner: dict[int, list[tuple[int, int, Table]]] = {}  # table -> (row, column, table) in its cells
        self.outer: list[tuple[int, int]] = []  # ids of the first and last part each body table was read as
        self.numbering = _Numbering.from_document(document)
        self.footnotes = _footnotes(document)
        styles_root = document.styles.element  # type: ignore[attr-defined]
        self.styles = {s.get(f"{_W}styleId", ""): s for s in styles_root.iter(f"{_W}style")}
        self.style_names = {}
        for sid, s in self.styles.items():
            name_el = s.find(f"{_W}name")
            self.style_names[sid] = name_el.get(f"{_W}val", "") if name_el is not None else ""

    def paragraph(self, p: object, in_table: bool) -> Unit:
        # runs inside tracked insertions count (the text as Word shows it); deletions keep their
        # text in w:delText and never match
        text = "".join(_shown(e) for e in p.xpath(_RUNS)).replace("\n", " ")  # type: ignore[attr-defined]
        if self.footnotes:
            # "薪资：见脚注¹" with the note at the page's foot: the note is read where it is referred to
            notes = [self.footnotes[n] for ref in p.iter(f"{_W}footnoteReference")  # type: ignore[attr-defined]
                     if (n := ref.get(f"{_W}id", "")) in self.footnotes]
            text += "".join(f"（注：{note}）" for note in notes)
        self.lines.append(text)
        num = _num_pr(p, self.styles)
        marker = self.numbering.render(*num) if num else None
        level = 0 if in_table else _heading_level(p, self.style_names)
        hint = Hint(heading=level, item=bool(marker) and not level, marker=marker if not level else None)
        return Unit(len(self.lines), text, hint)

    def section_headers(self) -> list[str]:
        """Each section's page-header text, when the sections' headers differ: a form per section
        whose post is named only up there ("岗位说明书 ｜ 岗位：财务专员 ｜ 编号：…"). A header every
        page repeats is furniture, and none is read."""
        try:
            headers = [" ".join(p.text.strip() for p in section.header.paragraphs if p.text.strip())
                       for section in self.document.sections]  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a damaged header part: the body still reads
            return []
        return headers if len({h for h in headers if h}) >= 2 else []

    def body(self) -> list[Unit | Table]:
        """The document body, each section opened by its own page header (``section_headers``)."""
        headers = self.section_headers()
        if not headers:
            return self.blocks(self.document.element.body)  # type: ignore[attr-defined]
        out: list[Unit | Table] = []
        section = 0
        opened = -1
        for child in self.document.element.body.iterchildren():  # type: ignore[attr-defined]
            if _tag(child) == "sectPr":
                continue
            own = _own_part(headers[section], headers) if opened < section < len(headers) and headers[section] else ""
            if own:
                self.lines.append(headers[section])  # cited as a line of its own, before the section's first
                out.append(Unit(len(self.lines), own, Hint()))
            opened = section
            self.child(child, False, out)
            if _tag(child) == "p" and child.find(f"{_W}pPr/{_W}sectPr") is not None:
                section += 1  # the paragraph holding a section's properties ends that section
        return out

    def blocks(self, parent: object, in_table: bool = False) -> list[Unit | Table]:
        out: list[Unit | Table] = []
        for child in parent.iterchildren():  # type: ignore[attr-defined]
            self.child(child, in_table, out)
        return out

    def child(self, child: object, in_table: bool, out: list[Unit | Table]) -> None:
        tag = _tag(child)
        if tag == "p":
            out.append(self.paragraph(child, in_table))
            out.extend(self.text_boxes(child, in_table))
        elif tag == "tbl":
            table = self.table(child)
            if in_table:
                out.append(table)
                return
            placed = self._in_place(table)
            out.extend(placed)
            out.extend(t for t in self.nested if not any(t is x for x in placed))
            self.nested = []
            self.outer.append((id(placed[0]), id(out[-1])))
        elif tag in ("sdt", "sdtContent", "customXml"):
            out.extend(self.blocks(child, in_table))

    def text_boxes(self, p: object, in_table: bool) -> list[Unit | Table]:
        """Paragraphs and tables of the text boxes anchored in a paragraph, after it (a JD laid out
        in boxes keeps its facts there; ``Paragraph.text`` skips them). A box's legacy copy
        (``mc:Fallback``) and boxes inside boxes are read once."""
        out: list[Unit | Table] = []
        for box in p.iter(f"{_W}txbxContent"):  # type: ignore[attr-defined]
            node, outer = box.getparent(), True
            while node is not None and node is not p:
                if _tag(node) in ("Fallback", "txbxContent"):
                    outer = False
                    break
                node = node.getparent()
            if outer:
                out.extend(self.blocks(box, in_table))
        return out

    def _vertical(self, units: list[Unit]) -> list[Unit]:
        """"微 / 生 / 物 / 检 / 验 / 员": a cell's name typed one character per paragraph (written down
        the side of a form) is one line, one word."""
        if len(units) == 1 and _SPACED_CJK.fullmatch(units[0].text.strip()) and units[0].line_no == len(self.lines):
            # the same typed with line breaks inside one paragraph ("基<br/>本<br/>信<br/>息")
            self.lines[-1] = re.sub(r"\s+", "", units[0].text)
            return [Unit(units[0].line_no, self.lines[-1], units[0].hint)]
        if len(units) < 2 or not all(_ONE_CJK.fullmatch(u.text.strip()) for u in units):
            return units
        first = len(self.lines) - len(units) + 1
        if [u.line_no for u in units] != list(range(first, len(self.lines) + 1)):
            return units
        del self.lines[first - 1 :]
        self.lines.append("".join(u.text.strip() for u in units))
        return [Unit(len(self.lines), self.lines[-1], units[0].hint)]

    def _in_place(self, table: Table) -> list[Unit | Table]:
        """"岗位职责 | <a table of 检验环节 | 工作内容 | 频次>": a form whose value cell holds a table of
        its own is read as the rows above, the row's label, the table, then the rows below, so the
        inner table is read under its label. Other tables stay whole (their inner tables follow)."""
        inner = self.inner.pop(id(table), [])
        out: list[Unit | Table] = []
        start = 0
        # (the small tables of one column repeat their header row: "证书名称 | 要求" over each post's certificates)
        firsts = [tuple(c.text for c in part.rows[0]) for _, _, part in inner if part.rows]
        repeated = {f for f in firsts if firsts.count(f) >= 2}
        for r, col, part in inner:
            row = table.rows[r] if r < len(table.rows) else []
            labels = [c for c in row[:col] if c.units and not c.merged]
            head = table.rows[0] if table.rows else []
            records = (len(head) >= 3 and col < len(head) and head[col].text.strip() != ""
                       and sum(1 for c in row if c.text.strip() and not c.merged) >= 2)  # a records table's row, headed over its columns
            if r and records and col < len(row) and not row[col].text.strip() and (lines := _small_table_lines(part, repeated)):
                # "岗位 | … | 证书要求" with each post's certificates in a small table of their own: the
                # cell's value, a line a row ("特种作业操作证（高处作业）（必备）"), not a table after it
                row[col] = Cell(lines)
                self.nested = [t for t in self.nested if t is not part]
                continue
            if r < start or len(labels) != 1 or len(labels[0].text) > _LABEL_CHARS or any(c.units for c in row[col + 1 :] if not c.merged):
                continue  # not a label beside its value: read after the table, as before
            if r > start:
                out.append(Table(rows=table.rows[start:r], source=table.source, row_numbers=table.row_numbers[start:r]))
            out += [*labels[0].units, *(row[col].units if col < len(row) else []), part]
            start = r + 1
        if not out:
            return [table]
        if start < len(table.rows):
            out.append(Table(rows=table.rows[start:], source=table.source, row_numbers=table.row_numbers[start:]))
        return out

    def table(self, tbl: object) -> Table:
        first_line = len(self.lines) + 1
        rows: list[list[Cell]] = []
        inner: list[tuple[int, int, Table]] = []
        for tr in (c for c in tbl.iterchildren() if _tag(c) == "tr"):  # type: ignore[attr-defined]
            row: list[Cell] = []
            for tc in (c for c in tr.iterchildren() if _tag(c) in ("tc", "sdt")):
                tc = tc if _tag(tc) == "tc" else next((x for x in tc.iter(f"{_W}tc")), None)
                if tc is None:
                    continue
                tcpr = tc.find(f"{_W}tcPr")
                span_el = tcpr.find(f"{_W}gridSpan") if tcpr is not None else None
                span = int(span_el.get(f"{_W}val", "1")) if span_el is not None else 1
                vmerge = tcpr.find(f"{_W}vMerge") if tcpr is not None else None
                col = sum(1 for _ in row)
                if vmerge is not None and vmerge.get(f"{_W}val", "continue") != "restart" and rows:
                    above = rows[-1][col] if col < len(rows[-1]) else Cell()
                    cells = [Cell(list(above.units), merged=True) for _ in range(span)]
                else:
                    units: list[Unit] = []
                    for part in self.blocks(tc, in_table=True):
                        if isinstance(part, Unit):
                            units.append(part)
                        else:
                            # A nested table keeps its rows: it is read right after the outer table
                            # (its lines keep their numbers in the cell, so citations stay exact).
                            self.nested.append(part)
                            inner.append((len(rows), col, part))
                    units = self._vertical(units)
                    cells = [Cell(units)] + [Cell(list(units), merged=True) for _ in range(span - 1)]
                row.extend(cells)
            rows.append(row)
        if len(self.lines) >= first_line:
            self.regions.append(
                Region(kind="table", number=sum(r.kind == "table" for r in self.regions) + 1,
                       line_start=first_line, line_end=len(self.lines))
            )
        table = Table(rows=rows, source="docx", row_numbers=list(range(1, len(rows) + 1)))
        if inner:
            self.inner[id(table)] = inner
        return table


_SMALL_COLUMNS = 3  # columns of a table inside a records table's cell, read as the cell's lines
_HEAD_CHARS = 6  # characters of a small table's column label ("证书名称", "要求")


def _small_table_lines(table: Table, headers: set[tuple[str, ...]]) -> list[Unit]:
    """A small table's rows as lines: the first cell, the others in brackets after it; a first row
    that heads its neighbours too (``headers``), or of short labels over longer values, is its
    header, no line."""
    first = tuple(c.text for c in table.rows[0]) if table.rows else ()
    rows = [[c for c in row if not c.merged] for row in table.rows]
    rows = [row for row in rows if any(c.units for c in row)]
    if not rows or any(len(row) > _SMALL_COLUMNS for row in rows):
        return []
    head = rows[0]
    if len(rows) >= 2 and (first in headers or all(c.units and len(c.text) <= _HEAD_CHARS and not re.search(r"\d", c.text) for c in head)
                           and len(rows[1][0].text) > len(head[0].text)):  # fmt: skip
        rows = rows[1:]
    out: list[Unit] = []
    for row in rows:
        first = next((c for c in row if c.units), None)
        if first is None:
            continue
        rest = "，".join(c.text.replace("\n", "") for c in row if c is not first and c.units)
        text = first.text.replace("\n", "") + (f"（{rest}）" if rest else "")
        out.append(Unit(first.units[0].line_no, text, first.units[0].hint, raw=first.text.replace("\n", "")))
    return out


# "表1　讲解员岗位说明书": a numbered table caption (the document's own numbering says where it stands)
_CAPTION = re.compile(r"^\s*(?:续)?表\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:[\s\u3000:：.、\-—]|$)")


def captions_below(flow: list[Unit | Table], outer: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(caption, table) flow positions when every numbered caption stands right below its table
    ("表1 …" after the first table, "表2 …" after the second), as in documents that say "表名见表下方".
    A caption above its table (the more common Chinese layout) never qualifies: its number is one more
    than the tables before it. ``outer``: the first and last part of each body table."""
    first = {a: n for n, (a, _) in enumerate(outer)}
    last = {b: n for n, (_, b) in enumerate(outer)}
    pairs: list[tuple[int, int]] = []
    seen = 0  # body tables read so far
    start_of: dict[int, int] = {}
    for i, part in enumerate(flow):
        if id(part) in first:
            start_of[first[id(part)]] = i
        if id(part) in last:
            seen = last[id(part)] + 1
            continue
        if isinstance(part, Table):
            continue
        m = _CAPTION.match(part.text)
        if m is None:
            continue
        before = next((flow[j] for j in range(i - 1, -1, -1) if isinstance(flow[j], Table) or flow[j].text.strip()), None)
        if not isinstance(before, Table) or cn_number(m["n"]) != seen or seen - 1 not in start_of:
            return []  # a caption of any other kind: the document's captions are not all below
        pairs.append((i, start_of[seen - 1]))
    return pairs


def caption_first(flow: list[Unit | Table], lines: list[str], regions: list[Region],
                  pairs: list[tuple[int, int]]) -> list[Unit | Table]:  # fmt: skip
    """Each caption read (and numbered) right before the table it names, so the table is read under
    its title as a caption above would be; every later stage cites the moved lines exactly."""
    flow = list(flow)
    remap: dict[int, int] = {}  # old line number -> new one (the captions' tables are disjoint runs of lines)
    for cap_at, table_at in pairs:
        caption = flow[cap_at]
        assert isinstance(caption, Unit)
        moved = caption.line_no
        start = min((u.line_no for part in flow[table_at:cap_at] for u in units_of([part])), default=moved)
        if start >= moved:
            continue
        lines.insert(start - 1, lines.pop(moved - 1))
        remap.update({n: n + 1 for n in range(start, moved)})
        remap[moved] = start
        flow.insert(table_at, flow.pop(cap_at))
    if not remap:
        return flow

    def renumbered(unit: Unit) -> Unit:
        return replace(unit, line_no=remap[unit.line_no]) if unit.line_no in remap else unit

    for k, part in enumerate(flow):
        if isinstance(part, Table):
            for row in part.rows:
                for cell in row:
                    cell.units = [renumbered(u) for u in cell.units]
        else:
            flow[k] = renumbered(part)
    for n, region in enumerate(regions):
        regions[n] = region.model_copy(update={"line_start": remap.get(region.line_start, region.line_start),
                                               "line_end": remap.get(region.line_end, region.line_end)})
    return flow


def load_docx(path: Path, name: str, digest: str) -> Source:
    import docx  # python-docx

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # PackageNotFoundError, KeyError, BadZipFile … from a damaged package
        raise LoadError(f"{name}: 不是有效的 .docx 文件 (可能已损坏): {exc}") from exc
    try:
        reader = _Reader(document)
        flow = reader.body()
        flow = caption_first(flow, reader.lines, reader.regions, captions_below(flow, reader.outer))
        title = (document.core_properties.title or "").strip() or None
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(f"{name}: .docx 内容无法读取 (可能已损坏): {exc}") from exc
    doc = LoadedDocument(
        file=name, lines=reader.lines, encoding="docx", content_hash=digest, title=title, regions=reader.regions
    )
    return Source(doc=doc, flow=flow, kind="docx")
