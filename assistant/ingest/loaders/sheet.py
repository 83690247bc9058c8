"""Excel workbooks: every sheet, one citable line per sheet row, merged cells filled.

Rows are streamed (openpyxl read-only mode) and cut at ``max_sheet_rows``; merged ranges are
read from the sheet XML with a streaming parser, so a large sheet never sits in memory whole.
"""

from __future__ import annotations

import ast
import datetime as dt
import re
import zipfile
from pathlib import Path

from assistant.config import Settings
from assistant.ingest.layout import Cell, Source, Table, Unit
from assistant.ingest.loaders.base import LoadError
from assistant.ingest.loaders.orgchart import read_org_chart
from assistant.models import LoadedDocument, Region

CELL_SEPARATOR = " | "  # between the cells of a row's line (the line is what a citation quotes)


def _sheet_layout(path: Path, sheet_xml: str | None) -> tuple[list[tuple[int, int, int, int]], set[int], dict[tuple[int, int], str]]:
    """(min_row, min_col, max_row, max_col) of every merged range of one sheet, its hidden rows
    (read-only openpyxl reports neither; rows folded in an outline group are not hidden ones), and
    the formulas of cells saved without a computed value ((row, column) -> "C4+D4+E4"): a workbook
    written by a program, never opened in Excel."""
    if not sheet_xml:
        return [], set(), {}
    from lxml import etree
    from openpyxl.utils.cell import coordinate_to_tuple, range_boundaries

    merges, hidden, formulas = [], set(), {}
    with zipfile.ZipFile(path) as archive, archive.open(sheet_xml) as fh:
        for _, el in etree.iterparse(fh, events=("end",), tag=("{*}mergeCell", "{*}row", "{*}c"), huge_tree=False):
            if el.tag.endswith("}c"):
                formula = next((x.text for x in el if x.tag.endswith("}f")), None)
                value = next((x.text for x in el if x.tag.endswith("}v")), None)
                if formula and not value and (ref := el.get("r")):
                    formulas[coordinate_to_tuple(ref)] = formula
                continue  # (cleared with its row)
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
    return merges, hidden, formulas


_RANGE = re.compile(r"\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?")
_SUM = re.compile(r"SUM\(([^()]*)\)")
_FORMULA_DEPTH = 8  # formulas of formulas followed this deep


def _number(text: str) -> float | None:
    text = text.strip().replace(",", "")
    if not text:
        return 0.0  # an empty cell counts as 0, as in Excel
    try:
        return float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        return None


def _arithmetic(node: ast.AST) -> float:
    if isinstance(node, ast.Expression):
        return _arithmetic(node.body)
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _arithmetic(node.operand)
        return -value if isinstance(node.op, ast.USub) else value
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div)):
        a, b = _arithmetic(node.left), _arithmetic(node.right)
        return a + b if isinstance(node.op, ast.Add) else a - b if isinstance(node.op, ast.Sub) else a * b if isinstance(node.op, ast.Mult) else a / b
    raise ValueError("not arithmetic")


def _cells_of(ref: re.Match[str]) -> list[tuple[int, int]]:
    """(row, column) of every cell a reference names ("C4", "B4:V4")."""
    from openpyxl.utils.cell import column_index_from_string

    c1, r1 = column_index_from_string(ref[1]), int(ref[2])
    c2, r2 = (column_index_from_string(ref[3]), int(ref[4])) if ref[3] else (c1, r1)
    return [(r, c) for r in range(min(r1, r2), max(r1, r2) + 1) for c in range(min(c1, c2), max(c1, c2) + 1)]


def _text_at(grid: list[list[str]], row: int, col: int) -> str:
    return grid[row - 1][col - 1] if row <= len(grid) and col <= len(grid[row - 1]) else ""


def _evaluate(formula: str, grid: list[list[str]], formulas: dict[tuple[int, int], str], depth: int = 0) -> float | None:
    """A formula of sums and arithmetic over cells ("C4+D4+E4", "SUM(B4:V4)"), from the sheet's own
    values; None for anything else (another function, a text cell, another sheet)."""
    if depth > _FORMULA_DEPTH or "!" in formula:
        return None

    def cell(row: int, col: int) -> float | None:
        if (row, col) in formulas and not _text_at(grid, row, col).strip():
            return _evaluate(formulas[(row, col)], grid, formulas, depth + 1)
        return _number(_text_at(grid, row, col))

    def cells(m: re.Match[str]) -> list[float | None]:
        return [cell(r, c) for r, c in _cells_of(m)]

    try:
        def total(m: re.Match[str]) -> str:
            values: list[float | None] = []
            for arg in m[1].split(","):
                ref = _RANGE.fullmatch(arg.strip())
                values += cells(ref) if ref else [_number(arg)]
            if any(v is None for v in values):
                raise ValueError("not a number")
            return repr(sum(v for v in values if v is not None))

        def single(m: re.Match[str]) -> str:
            values = cells(m)
            if len(values) != 1 or values[0] is None:
                raise ValueError("not one number")
            return repr(values[0])

        expression = _RANGE.sub(single, _SUM.sub(total, formula.strip().lstrip("=").upper()))
        return _arithmetic(ast.parse(expression, mode="eval"))
    except (ValueError, SyntaxError, ZeroDivisionError, RecursionError):
        return None


def _percent_inputs(formula: str, grid: list[list[str]]) -> bool:
    """Whether every filled cell the formula refers to is written as a percentage."""
    texts = [t for m in _RANGE.finditer(formula.upper()) for r, c in _cells_of(m) if (t := _text_at(grid, r, c).strip())]
    return bool(texts) and all(t.endswith("%") for t in texts)


def _computed(grid: list[list[str]], formulas: dict[tuple[int, int], str]) -> None:
    """Fill the cells whose formula the workbook saved without its value, where it is plain arithmetic."""
    for (row, col), formula in formulas.items():
        if row > len(grid) or _text_at(grid, row, col).strip():
            continue
        value = _evaluate(formula, grid, formulas)
        if value is None:
            continue
        percent = _percent_inputs(formula, grid)  # a total of weights written "30%": shown as they are ("100%")
        value = value * 100 if percent else value
        text = str(int(round(value))) if abs(value - round(value)) < 1e-9 else f"{value:.4g}"
        line = grid[row - 1]
        line.extend([""] * (col - len(line)))
        line[col - 1] = text + ("%" if percent else "")


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
            merges, hidden, formulas = _sheet_layout(path, getattr(ws, "_worksheet_path", None))
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
            if formulas:
                _computed(grid, formulas)
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
                # ("岗位：项目经理 …" over columns A–G, "岗位：项目技术负责人 …" over I–O: two tables side by side)
                flow.extend(_table(part, moved, first_line, ws.title) for part, moved in _side_by_side(grid, merges))
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


_SIDE_ROWS = 3  # rows with two or more filled cells that make a block beside another a table of its own


def _side_by_side(grid: list[list[str]], merges: list[tuple[int, int, int, int]]
                  ) -> list[tuple[list[list[str]], list[tuple[int, int, int, int]]]]:
    """The sheet's tables left to right: blocks of columns an empty column parts, each a table of its
    own (one block: the whole sheet). Merged cells never straddle the gap."""
    width = max(len(r) for r in grid)
    filled = [any(c < len(r) and r[c].strip() for r in grid) for c in range(width)]
    gaps = [c for c in range(1, width - 1) if not filled[c] and any(filled[:c]) and any(filled[c + 1:])]
    bounds, start = [], 0
    for gap in gaps:
        if not any(a - 1 < gap < b - 1 for _, a, _, b in merges) and start < gap:
            bounds.append((start, gap))
            start = gap + 1
    bounds.append((start, width))
    parts = [(a, b) for a, b in bounds if any(filled[a:b])]

    def table_like(a: int, b: int) -> bool:
        return sum(1 for r in grid if sum(1 for v in r[a:b] if v.strip()) >= 2) >= _SIDE_ROWS

    if len(parts) < 2 or not all(table_like(a, b) for a, b in parts):
        return [(grid, merges)]
    out = []
    for a, b in parts:
        sub = [r[a:b] for r in grid]
        moved = [(r0, c0 - a, r1, c1 - a) for r0, c0, r1, c1 in merges if a < c0 <= b]
        out.append((sub, moved))
    return out


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
