"""CSV: physical lines of the file; rows become a table whose cells know their lines.

A quoted cell may hold line breaks: the row then spans several physical lines, and each
paragraph of the cell is cited on the physical line it sits on.
"""

from __future__ import annotations

import csv
import io

from assistant.ingest.layout import Cell, Source, Table, Unit
from assistant.ingest.loaders.base import decode_text, physical_lines
from assistant.models import LoadedDocument


def _dialect(sample: str) -> type[csv.Dialect] | csv.Dialect:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        return csv.excel


def load_csv(data: bytes, name: str, digest: str) -> Source:
    text, encoding, warnings = decode_text(data, name)
    lines = physical_lines(text)
    body = "\n".join(lines) + "\n"
    dialect = _dialect(body[:4096])
    reader = csv.reader(io.StringIO(body), dialect, strict=True)
    rows: list[list[Cell]] = []
    row_numbers: list[int] = []
    flow: list = []
    consumed = 0  # physical lines read so far
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
        consumed = reader.line_num
        record += 1
        if not any(v.strip() for v in values):
            continue
        cells: list[Cell] = []
        line = start
        for value in values:
            parts = value.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            cells.append(Cell([Unit(line + k, part) for k, part in enumerate(parts) if part.strip()]))
            line += len(parts) - 1
        rows.append(cells)
        row_numbers.append(record)
    if rows:
        flow.insert(0, Table(rows=rows, source="csv", row_numbers=row_numbers))
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, warnings=warnings)
    return Source(doc=doc, flow=flow, kind="csv")
