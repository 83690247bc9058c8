"""Codes an export explains itself: "学历代码 E03" in a row, "学历 | E03 | 大专及以上" in the code
list the same file appends ("代码类型 | 代码 | 含义"). A cell holding such a code is shown with what it
means ("E03（大专及以上）"), so a question about the education asked finds the words, not a code.

The code list is found by its header (``fields.toml`` ``code_columns`` / ``meaning_columns``), in
the same table below the records or in a table of its own; only codes listed there are decoded.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.ingest.layout import Cell, Table, Unit
from assistant.ingest.vocab import Vocab, squash

MAX_CODE_CHARS = 12  # "E03", "L01", "CS-201": codes are short


def _header(row: list[Cell], codes: set[str], meanings: set[str], endings: tuple[str, ...]) -> tuple[int, int] | None:
    """(code column, meaning column) of a code list's header row, or None."""
    labels = [squash(c.text) for c in row]
    code = next((i for i, t in enumerate(labels) if t in codes), None)
    meaning = next((i for i, t in enumerate(labels) if t in meanings), None)
    if meaning is None and code is not None:  # "代码 | 证书名称": the name of what is coded
        meaning = next((i for i, t in enumerate(labels) if i != code and t.endswith(endings) and t not in endings), None)
    return (code, meaning) if code is not None and meaning is not None and code != meaning else None


def _code_lists(tables: list[Table], vocab: Vocab) -> tuple[dict[str, str], set[tuple[int, int]]]:
    """code -> meaning over every code list of the file, and the (table, row) positions they take."""
    codes = {squash(w) for w in vocab.lexicon.fields.code_columns}
    meanings = {squash(w) for w in vocab.lexicon.fields.meaning_columns}
    endings = tuple(squash(w) for w in vocab.lexicon.fields.meaning_endings if w)
    found: dict[str, str] = {}
    taken: set[tuple[int, int]] = set()
    for t, table in enumerate(tables):
        cols: tuple[int, int] | None = None
        for r, row in enumerate(table.rows):
            head = _header(row, codes, meanings, endings)
            if head is not None:
                cols = head
                taken.add((t, r))
                continue
            if cols is None:
                continue
            code, meaning = (row[i].text.strip() if i < len(row) and not row[i].merged else "" for i in cols)
            if not code or not meaning or len(code) > MAX_CODE_CHARS or "\n" in code:
                cols = None if not any(c.text.strip() for c in row) else cols  # a blank row ends the list
                continue
            found.setdefault(code, meaning)
            taken.add((t, r))
    return found, taken


def decode_codes(flow: list[Unit | Table], vocab: Vocab) -> list[Unit | Table]:
    """``flow`` with every cell outside the code lists that holds a listed code shown with its meaning."""
    tables = [p for p in flow if isinstance(p, Table)]
    if not tables:
        return flow
    found, taken = _code_lists(tables, vocab)
    if not found:
        return flow
    decoded: dict[int, Table] = {}
    for t, table in enumerate(tables):
        rows = []
        for r, row in enumerate(table.rows):
            if (t, r) in taken:
                rows.append(row)
                continue
            rows.append([_decoded(cell, found) for cell in row])
        decoded[id(table)] = replace(table, rows=rows)
    return [decoded.get(id(p), p) if isinstance(p, Table) else p for p in flow]


_SEPARATORS = re.compile(r"(\s*[、,，;；/]\s*)")


def _decoded(cell: Cell, found: dict[str, str]) -> Cell:
    if cell.merged or len(cell.units) != 1:
        return cell
    unit = cell.units[0]
    # "Z01、Z02": a cell may list several codes; decoded only when every part is a listed code
    parts = _SEPARATORS.split(unit.text.strip())
    codes = parts[::2]
    if not codes or any(p not in found for p in codes):
        return cell
    text = "".join(p if i % 2 else f"{p}（{found[p]}）" for i, p in enumerate(parts))
    return Cell([replace(unit, text=text)], merged=cell.merged)
