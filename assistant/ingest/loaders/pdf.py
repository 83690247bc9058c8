"""PDF: extracted text lines across pages; ruled tables as tables whose cells cite those lines.

pdfplumber gives positioned text lines and table grids; a table row owns the text lines whose
middle lies inside it, and a cell's paragraphs are cited on the line that holds them.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.layout import Cell, Source, Table, Unit
from assistant.ingest.loaders.base import LoadError, no_spaces
from assistant.ingest.loaders.boxes import read_with_panels
from assistant.ingest.loaders.columns import reading_order
from assistant.models import LoadedDocument, Region



def _refusal(name: str, exc: Exception) -> LoadError:
    kind = type(exc).__name__
    if "Password" in kind or "Encrypt" in kind or "password" in str(exc).lower():
        return LoadError(f"{name}: PDF 已加密 (需要密码), 无法读取; 请提供未加密的版本")
    return LoadError(f"{name}: PDF 无法解析 (可能已损坏或加密): {exc}")


def _page_tables(page: object, lines: list[dict]) -> list[tuple[list[int], Table]]:
    """(indexes of the page lines the table covers, the table) for each real grid on the page."""
    out: list[tuple[list[int], Table]] = []
    try:
        found = page.find_tables()  # type: ignore[attr-defined]
    except Exception:
        return out
    for table in found:
        grid = table.extract()
        if len(grid) < 2 or max((len(r) for r in grid), default=0) < 2:
            continue
        x0, top, x1, bottom = table.bbox
        # a row ends where its shortest cell does: a cell merged down over the rows below (a post's
        # name beside its duties) would otherwise make the first row own all their lines
        row_boxes = [(row.bbox[0], row.bbox[1], row.bbox[2], min((c[3] for c in row.cells if c is not None), default=row.bbox[3]))
                     for row in table.rows]
        owned: dict[int, list[int]] = {}
        for idx, line in enumerate(lines):
            mid = (line["top"] + line["bottom"]) / 2
            if not (top <= mid <= bottom and line["x0"] < x1 and line["x1"] > x0):
                continue
            for r, (_, rtop, _, rbottom) in enumerate(row_boxes):
                if rtop <= mid <= rbottom:
                    owned.setdefault(r, []).append(idx)
                    break
        rows: list[list[Cell]] = []
        inside: list[dict] | None = None  # the table's characters, read once when a cell's lines need them
        ok = True
        for r, values in enumerate(grid):
            cells: list[Cell] = []
            for c, value in enumerate(values):
                if value is None:
                    source = cells[-1] if cells else (rows[-1][c] if rows and c < len(rows[-1]) else Cell())
                    cells.append(Cell(list(source.units), merged=True))
                    continue
                units: list[Unit] = []
                for part in (p.strip() for p in value.split("\n")):
                    if not part:
                        continue
                    holder = next((i for i in owned.get(r, []) if part in lines[i]["text"]), None)
                    if holder is None:
                        holder = next((i for i in owned.get(r, []) if no_spaces(part) in no_spaces(lines[i]["text"])), None)
                        if holder is None:
                            ok = False
                            break
                        part = _locate(lines[holder]["text"], part)
                    units.append(Unit(lines[holder]["line_no"], part))
                if len(units) >= 2 and r < len(table.rows) and c < len(table.rows[r].cells) and table.rows[r].cells[c] is not None:
                    if inside is None:
                        inside = _chars_within(page.chars, table.bbox)  # type: ignore[attr-defined]
                    units = _unwrapped(inside, table.rows[r].cells[c], units)
                cells.append(Cell(units))
            rows.append(cells)
        if ok:
            covered = sorted({i for idxs in owned.values() for i in idxs})
            out.append((covered, Table(rows=rows, source="pdf", row_numbers=list(range(1, len(rows) + 1)))))
    return out


_ITEM_START = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[(（][\d一二三四五六七八九十]{1,2}[)）]|[①-⑳•·●▪■◆\-–—*]|[一二三四五六七八九十]{1,2}[、．.])")


def _chars_within(chars: list[dict], bbox: tuple[float, float, float, float]) -> list[dict]:
    """The characters whose middle lies inside the box."""
    x0, top, x1, bottom = bbox
    return [ch for ch in chars if x0 <= (ch["x0"] + ch["x1"]) / 2 <= x1 and top <= (ch["top"] + ch["bottom"]) / 2 <= bottom]


def _unwrapped(chars: list[dict], bbox: tuple[float, float, float, float], units: list[Unit]) -> list[Unit]:
    """A cell's lines with the breaks the page's width made taken out: a line that runs to the
    cell's right edge goes on in the next one ("…护士执业证" / "书"), unless that one opens an item
    of its own. A break short of the edge is the writer's."""
    x1 = bbox[2]
    chars = _chars_within(chars, bbox)
    rows: list[list[dict]] = []
    for ch in sorted(chars, key=lambda ch: (round(ch["top"]), ch["x0"])):
        if rows and abs(rows[-1][0]["top"] - ch["top"]) <= ch["size"] / 2:
            rows[-1].append(ch)
        else:
            rows.append([ch])
    rows = [r for r in rows if any(not ch["text"].isspace() for ch in r)]
    if len(rows) != len(units):
        return units  # (the lines do not pair with the cell's parts: left as read)
    out = [units[0]]
    for prev, unit, row in zip(units, units[1:], rows):
        width = max(ch["x1"] - ch["x0"] for ch in row)
        wrapped = max(ch["x1"] for ch in row) >= x1 - WRAP_MARGIN * width and not _ITEM_START.match(unit.text)
        if wrapped and not prev.text.rstrip().endswith(("。", "；", ";")):
            out[-1] = Unit(out[-1].line_no, out[-1].text + (" " if out[-1].text[-1:].isascii() and unit.text[:1].isascii() else "") + unit.text, out[-1].hint)
        else:
            out.append(unit)
    return out


WRAP_MARGIN = 2.5  # character widths from a cell's right edge within which a line ran out of room


def _locate(line: str, part: str) -> str:
    """The stretch of ``line`` that spells ``part`` (same characters, the line's own spacing)."""
    target = no_spaces(part)
    for start in range(len(line)):
        if line[start].isspace():
            continue
        got, end = "", start
        while end < len(line) and len(got) < len(target):
            if not line[end].isspace():
                got += line[end]
            end += 1
        if got == target:
            return line[start:end]
    return part


def _watermark(obj: dict) -> bool:
    """A character laid diagonally across the page ("内部资料" at 35°), or drawn large in light grey: a
    watermark, whose letters would otherwise land one by one among the lines they cross."""
    if obj.get("object_type") != "char":
        return False
    a, b = obj["matrix"][:2]
    angle = abs(math.degrees(math.atan2(b, a))) % 90
    if 20 <= angle <= 70 and obj.get("size", 0) >= 18:
        return True  # (a poster's badge tilted a little, "网申截止" at 12°, is text)
    # (pale grey, not white: a poster writes its title in white on a dark band)
    colour = obj.get("non_stroking_color")
    grey = (isinstance(colour, (tuple, list)) and len(colour) in (1, 3) and all(isinstance(c, (int, float)) for c in colour)
            and max(colour) - min(colour) < 0.05 and 0.6 <= min(colour) <= 0.95)  # fmt: skip
    return grey and obj.get("size", 0) >= 24


def _rotated_up(chars: list[dict]) -> bool:
    """Characters all turned a quarter to the left (a card's post name up its side band): they read
    from the bottom up, while the lines are assembled top down."""
    return bool(chars) and all(not c.get("upright", True) and c["matrix"][1] > 0 and abs(c["matrix"][0]) < 1e-6 for c in chars)


def _text_lines(page: object) -> list[dict]:
    def lines_of(part: object) -> list[dict]:
        found = part.extract_text_lines(layout=False, strip=True, return_chars=True)  # type: ignore[attr-defined]
        out = [{**{k: v for k, v in f.items() if k != "chars"}, "text": f["text"][::-1] if _rotated_up(f["chars"]) else f["text"]}
               for f in found]  # fmt: skip
        return [l for l in out if l["text"].strip()]

    if not any(not c.get("upright", True) for c in page.chars):  # type: ignore[attr-defined]
        return lines_of(page)
    # a title turned up a card's side band: lines of its own, each read before the first line of the card
    # beside it (assembled with the card's lines, its letters would run into one of them)
    upright = lines_of(page.filter(lambda o: o.get("object_type") != "char" or o.get("upright", True)))  # type: ignore[attr-defined]
    turned = lines_of(page.filter(lambda o: o.get("object_type") == "char" and not o.get("upright", True)))  # type: ignore[attr-defined]
    rects = list(getattr(page, "rects", []))
    for line in sorted(turned, key=lambda l: l["top"]):
        # the band it stands in (a filled box) begins where the card begins
        bands = [r for r in rects if r["x0"] <= line["x0"] + 1 and r["x1"] >= line["x1"] - 1
                 and r["top"] <= line["top"] + 1 and r["bottom"] >= line["bottom"] - 1]  # fmt: skip
        band = min(bands, key=lambda r: (r["bottom"] - r["top"]) * (r["x1"] - r["x0"]), default=None)
        start, end = (band["top"] - 1, band["bottom"]) if band is not None else (line["top"], line["bottom"])
        at = next((i for i, u in enumerate(upright) if u["bottom"] >= start and u["top"] <= end),
                  next((i for i, u in enumerate(upright) if u["top"] > start), len(upright)))
        upright.insert(at, line)
    return upright


def load_pdf(path: Path, name: str, digest: str, settings: Settings) -> Source:
    import pdfplumber

    try:
        pdf = pdfplumber.open(str(path))
    except Exception as exc:
        raise _refusal(name, exc) from exc
    lines: list[str] = []
    flow: list = []
    regions: list[Region] = []
    warnings: list[str] = []
    try:
        pages = pdf.pages
        if len(pages) > settings.max_pdf_pages:
            warnings.append(
                f"{name}: PDF 共 {len(pages)} 页, 超过上限 {settings.max_pdf_pages} 页, 只读取了前"
                f" {settings.max_pdf_pages} 页 (max_pdf_pages)"
            )
        for number, whole in enumerate(pages[: settings.max_pdf_pages], start=1):
            page = whole.filter(lambda obj: not _watermark(obj))
            columns = reading_order(page, _text_lines)
            panelled = read_with_panels(page, _text_lines) if columns is None else None
            page_lines = columns if columns is not None else panelled if panelled is not None else _text_lines(page)
            first = len(lines) + 1
            for line in page_lines:
                lines.append(line["text"])
                line["line_no"] = len(lines)
            tables = _page_tables(page, page_lines) if columns is None else []
            starts = {covered[0]: table for covered, table in tables if covered}
            inside = {i for covered, _ in tables for i in covered}
            for idx, line in enumerate(page_lines):
                if idx in starts:
                    flow.append(starts[idx])
                if idx not in inside:
                    flow.append(Unit(line["line_no"], line["text"]))
            if len(lines) >= first:
                regions.append(Region(kind="page", number=number, line_start=first, line_end=len(lines)))
            whole.flush_cache()
        title = (pdf.metadata or {}).get("Title")
    except LoadError:
        raise
    except Exception as exc:
        raise _refusal(name, exc) from exc
    finally:
        pdf.close()
    title = title.strip() if isinstance(title, str) and title.strip() else None
    doc = LoadedDocument(
        file=name, lines=lines, encoding="pdf", content_hash=digest, title=title, regions=regions, warnings=warnings
    )
    return Source(doc=doc, flow=flow, kind="pdf")
