"""CSV: physical lines of the file; rows become a table whose cells know their lines.

A quoted cell may hold line breaks: the row then spans several physical lines, and each
paragraph of the cell is cited on the physical line it sits on. A column of JSON objects (an
approval system's form data) is a record of its own: its keys become columns.
"""

from __future__ import annotations

import csv
import io
import json
import re

from assistant.ingest.layout import Cell, Source, Table, Unit
from assistant.ingest.loaders.base import decode_text, physical_lines
from assistant.ingest.loaders.tree import tree_outline
from assistant.models import LoadedDocument


_DELIMITERS = ",;\t|"
_SEP_HINT = re.compile(r"^\s*sep=(.)\s*$", re.IGNORECASE)
_ESCAPED_BREAK = "\\n"  # a line break written as backslash + n
_ESCAPED_BREAKS = 2  # such breaks in one cell that make it a cell of lines
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    # a title line above the header ("丰禾牧业定岗定编表（截至…）") has no delimiter: it does not vote
    lines = sample.splitlines()
    while len(lines) > 2 and not any(d in lines[0] for d in _DELIMITERS):
        lines = lines[1:]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS)
    except csv.Error:
        return csv.excel


_EXPORT_MIN_COLUMNS = 3
_EXPORT_SAMPLE = 65536


def tab_export(data: bytes, name: str) -> bool:
    """A text file that is a spreadsheet's tab-separated export ("Unicode 文本", often UTF-16,
    quoted cells holding line breaks): its header and most records have the same width."""
    whole_text = decode_text(data, name)[0]
    text = whole_text[:_EXPORT_SAMPLE]
    head = next((line for line in text.splitlines() if line.strip()), "")
    width = head.count("\t") + 1
    if width < _EXPORT_MIN_COLUMNS:
        return False
    try:
        records = [r for r in csv.reader(io.StringIO(text), delimiter="\t") if any(v.strip() for v in r)]
    except csv.Error:
        return False
    whole = records[:-1] if len(whole_text) > _EXPORT_SAMPLE else records  # the sample may cut the last record
    return len(whole) >= 2 and sum(len(r) == width for r in whole) >= 0.8 * len(whole)


_EXCEL_TEXT = re.compile(r'="([^"]*)"')


def load_csv(data: bytes, name: str, digest: str) -> Source:
    text, encoding, warnings = decode_text(data, name)
    lines = physical_lines(text)
    # "sep=;" on the first line: Excel's note of the delimiter, no record of the file
    hint = _SEP_HINT.match(lines[0].lstrip("\ufeff")) if lines else None
    skipped = 1 if hint else 0
    body = "\n".join(lines[skipped:]) + "\n"
    dialect = _dialect(body[:4096])
    if hint:
        dialect = type("Hinted", (csv.excel,), {"delimiter": hint.group(1)})
    reader = csv.reader(io.StringIO(body), dialect, strict=True)
    rows: list[list[Cell]] = []
    row_numbers: list[int] = []
    flow: list = []
    consumed = skipped  # physical lines read so far
    record = 0
    while True:
        start = consumed + 1
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            # A broken quote: keep every line from here on as plain text, say where it broke.
            warnings.append(f"{name}: 第 {start} 行引号不匹配或格式错误 ({exc}); 从该行起按普通文本行保留")
            flow.extend(Unit(no, lines[no - 1]) for no in range(start, len(lines) + 1))
            break
        consumed = reader.line_num + skipped
        record += 1
        if not any(v.strip() for v in values):
            continue
        cells: list[Cell] = []
        line = start
        for value in values:
            if (forced := _EXCEL_TEXT.fullmatch(value.strip())) is not None:
                value = forced.group(1)  # ="0572-3012345": Excel's way of keeping a cell as text
            parts = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            units = [Unit(line + k, part) for k, part in enumerate(parts) if part.strip()]
            line += len(parts) - 1
            if len(parts) == 1 and value.count(_ESCAPED_BREAK) >= _ESCAPED_BREAKS:
                # "岗位职责：\n1. …\n2. …": an export that wrote its line breaks as the two characters \n;
                # each piece is a line of the cell (all on the one physical line)
                units = [Unit(u.line_no, piece) for u in units for piece in u.text.split(_ESCAPED_BREAK) if piece.strip()]
            elif len(parts) == 1 and len(_HTML_BREAK.findall(value)) >= _ESCAPED_BREAKS:
                # "岗位职责：<br>1. …<br>2. …": a job board's export that kept its HTML line breaks
                units = [Unit(u.line_no, piece) for u in units for piece in _HTML_BREAK.split(u.text) if piece.strip()]
            cells.append(Cell(units))
        rows.append(cells)
        row_numbers.append(record)
    if rows:
        rows = _expand_json_columns(rows, lines)
        outline = tree_outline(rows)
        if outline is not None:
            flow[0:0] = outline  # a tree of nodes pointing at their parents, laid out as its outline
        else:
            flow.insert(0, Table(rows=rows, source="csv", row_numbers=row_numbers))
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings)
    return Source(doc=doc, flow=flow, kind="csv")


def _json_object(cell: Cell) -> dict | None:
    text = "\n".join(u.text for u in cell.units).strip()
    if not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def _json_cell(value: object, line: int, raw: str) -> Cell | None:
    """A JSON value as a cell: a list or object gives one unit per entry; None when a value is not
    written verbatim on its line (an escaped character), so its quote could not be found there."""
    parts = value if isinstance(value, list) else list(value.values()) if isinstance(value, dict) else [value]
    texts = [p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in parts if p not in (None, "")]
    if any(t not in raw for t in texts):
        return None
    return Cell([Unit(line, t) for t in texts])


def _expand_json_columns(rows: list[list[Cell]], lines: list[str]) -> list[list[Cell]]:
    """"表单数据" holding {"岗位名称": …, "岗位职责": […]} on every row: one column per key instead."""
    if len(rows) < 2:
        return rows
    width = max(len(r) for r in rows)
    for col in reversed(range(width)):
        objects = [(_json_object(r[col]) if col < len(r) else None) for r in rows[1:]]
        if sum(o is not None for o in objects) * 2 < len(objects) or not any(objects):
            continue
        keys = list(dict.fromkeys(k for o in objects if o for k in o))
        expanded: list[list[Cell] | None] = []
        for row, obj in zip(rows[1:], objects, strict=True):
            line = row[col].units[0].line_no if col < len(row) and row[col].units else 0
            raw = lines[line - 1] if 0 < line <= len(lines) else ""
            cells = [(_json_cell(obj[k], line, raw) if obj and k in obj else Cell([])) for k in keys]
            expanded.append(None if any(c is None for c in cells) else cells)  # type: ignore[misc]
        if any(e is None for e in expanded):
            continue  # a value not written as read: the column stays as it is
        head_line = next((r[col].units[0].line_no for r in rows[1:] if col < len(r) and r[col].units), 0)
        header = [Cell([Unit(head_line, k)]) for k in keys]
        rows = [rows[0][:col] + header + rows[0][col + 1 :]] + [
            row[:col] + cells + row[col + 1 :] for row, cells in zip(rows[1:], expanded, strict=True)  # type: ignore[operator]
        ]
    return rows
