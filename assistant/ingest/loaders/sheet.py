"""Excel workbooks: every sheet, one citable line per sheet row, merged cells filled.

Rows are streamed (openpyxl read-only mode) and cut at ``max_sheet_rows``; merged ranges are
read from the sheet XML with a streaming parser, so a large sheet never sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.layout import Cell, Source, Table, Unit
from assistant.ingest.loaders.base import LoadError
from assistant.ingest.loaders.orgchart import read_org_chart
from assistant.models import LoadedDocument, Region

CELL_SEPARATOR = " | "  # between the cells of a row's line (the line is what a citation quotes)


def _sheet_layout(path: Path, sheet_xml: str | None) -> tuple[list[tuple[int, int, int, int]], set[int]]:
    """(min_row, min_col, max_row, max_col) of every merged range of one sheet, and its hidden rows
    (read-only openpyxl reports neither); rows folded in an outline group are not hidden ones."""
    if not sheet_xml:
        return [], set()
    from lxml import etree
    from openpyxl.utils.cell import range_boundaries

    merges, hidden = [], set()
    with zipfile.ZipFile(path) as archive, archive.open(sheet_xml) as fh:
        for _, el in etree.iterparse(fh, events=("end",), tag=("{*}mergeCell", "{*}row"), huge_tree=False):
            if el.tag.endswith("row"):
                # (a row of a collapsed outline group, "薪酬福利" folded under its heading row, is hidden
                # only until expanded: still the sheet's content)
                if (el.get("hidden") in ("1", "true") and el.get("outlineLevel") in (None, "0")
                        and (el.get("r") or "").isdigit()):  # fmt: skip
                    hidden.add(int(el.get("r")))
            elif (ref := el.get("ref")) and ":" in ref:
                min_col, min_row, max_col, max_row = range_boundaries(ref)
                merges.append((min_row, min_col, max_row, max_col))
            el.clear()
    return merges, hidden


def _without_rows(grid: list[list[str]], merges: list[tuple[int, int, int, int]], hidden: set[int]):  # type: ignore[no-untyped-def]
    """The sheet as its reader sees it: hidden rows left out, merged ranges renumbered to match."""
    kept = [r for r in range(1, len(grid) + 1) if r not in hidden]
    position = {r: i for i, r in enumerate(kept, start=1)}
    moved = []
    for min_row, min_col, max_row, max_col in merges:
        rows = [position[r] for r in range(min_row, max_row + 1) if r in position]
        if rows:
            moved.append((rows[0], min_col, rows[-1], max_col))
    return [grid[r - 1] for r in kept], moved, kept


def cell_text(value: object, number_format: str | None) -> str:
    """A cell value as the sheet shows it (percent formats as percents, whole floats as ints)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, (int, float)):
        if number_format and "%" in number_format:
            pct = value * 100
            return f"{pct:g}%"
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return f"{value:g}" if isinstance(value, float) else str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def load_xlsx(path: Path, name: str, digest: str, settings: Settings) -> Source:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a damaged workbook
        raise LoadError(f"{name}: 不是有效的 .xlsx 文件 (可能已损坏): {exc}") from exc
    lines: list[str] = []
    flow: list = []
    regions: list[Region] = []
    warnings: list[str] = []
    try:
        for ws in workbook.worksheets:
            if getattr(ws, "sheet_state", "visible") != "visible":
                # a sheet hidden from the workbook's readers (an old version, a lookup): not the document's text
                warnings.append(f"{name}: 工作表「{ws.title}」在 Excel 中是隐藏的, 未读取 (如需读取, 请在 Excel 中取消隐藏)")
                continue
            merges, hidden = _sheet_layout(path, getattr(ws, "_worksheet_path", None))
            first_line = len(lines) + 1
            grid: list[list[str]] = []
            for r, row in enumerate(ws.iter_rows(), start=1):
                if r > settings.max_sheet_rows:
                    warnings.append(
                        f"{name}: 工作表「{ws.title}」超过 {settings.max_sheet_rows} 行, 只读取了前"
                        f" {settings.max_sheet_rows} 行 (max_sheet_rows)"
                    )
                    break
                grid.append([cell_text(getattr(c, "value", None), getattr(c, "number_format", None)) for c in row])
            while grid and not any(v.strip() for v in grid[-1]):
                grid.pop()
            if not grid:
                continue
            for r, values in enumerate(grid, start=1):
                # a hidden row ("康复助理（已撤销）" hidden in the staffing sheet) is no text the reader
                # sees; its line stays, empty, so every other row keeps its number
                lines.append("" if r in hidden else CELL_SEPARATOR.join(_flat(v) for v in values if v.strip()))
            regions.append(
                Region(kind="sheet", name=ws.title, line_start=first_line, line_end=len(lines), first_row=1)
            )
            if skipped := len(hidden & set(range(1, len(grid) + 1))):
                warnings.append(f"{name}: 工作表「{ws.title}」有 {skipped} 行在 Excel 中是隐藏的, 未读取")
                shown, merges, rows = _without_rows(grid, merges, hidden)
                flow.append(_table(shown, merges, first_line, ws.title, rows))
                continue
            chart = read_org_chart(grid, merges, first_line)
            if chart is not None:
                flow.extend(chart)  # boxes and arrows, no columns: an organisation chart
            else:
                flow.append(_table(grid, merges, first_line, ws.title))
    except LoadError:
        raise
    except Exception as exc:
        raise LoadError(f"{name}: .xlsx 内容无法读取 (可能已损坏): {exc}") from exc
    finally:
        workbook.close()
    doc = LoadedDocument(
        file=name, lines=lines, encoding="xlsx", content_hash=digest, regions=regions, warnings=warnings
    )
    return Source(doc=doc, flow=flow, kind="xlsx")


def _flat(value: str) -> str:
    """A multi-line cell on its row's line: its paragraphs side by side."""
    return " ".join(p.strip() for p in value.replace("\r", "\n").split("\n") if p.strip())


def _table(grid: list[list[str]], merges: list[tuple[int, int, int, int]], first_line: int, title: str,
           sheet_rows: list[int] | None = None) -> Table:
    """``sheet_rows``: each grid row's row number in the sheet, when some are left out (hidden)."""
    width = max(len(r) for r in grid)
    numbers = sheet_rows or list(range(1, len(grid) + 1))
    rows: list[list[Cell]] = []
    for r, values in enumerate(grid, start=1):
        line_no = first_line + numbers[r - 1] - 1
        cells = []
        for value in values + [""] * (width - len(values)):
            parts = [p.strip() for p in value.replace("\r", "\n").split("\n") if p.strip()]
            cells.append(Cell([Unit(line_no, p) for p in parts]))
        rows.append(cells)
    for min_row, min_col, max_row, max_col in merges:
        if min_row > len(rows):
            continue
        origin = rows[min_row - 1][min_col - 1] if min_col <= width else None
        if origin is None:
            continue
        for r in range(min_row, min(max_row, len(rows)) + 1):
            for c in range(min_col, min(max_col, width) + 1):
                if (r, c) != (min_row, min_col):
                    rows[r - 1][c - 1] = Cell(list(origin.units), merged=True)
    return Table(rows=rows, source="xlsx", name=title, row_numbers=list(numbers))
