"""Records a single-page app embeds as JSON in a ``<script>`` of its page.

A mini-program or H5 export often ships a page that shows "加载中…" and carries its postings only
in a state object (``window.__INITIAL_STATE__ = {…}``, ``<script id="__NEXT_DATA__"
type="application/json">``). Each list of objects there becomes a table: the objects' keys are its
header (the lexicon's column labels read them like an HR export's English columns), one row per
object, a list value one line per item; every value is cited on the raw line it sits on.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

from assistant.ingest.layout import Cell, Hint, Table, Unit
from assistant.ingest.loaders.base import no_spaces

# "window.__INITIAL_STATE__ = ", "var data = ": the assignment in front of the object
_ASSIGN = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[\w$.\[\]'\"]+\s*=\s*")
_SCRIPT_TYPES = ("", "text/javascript", "application/javascript", "application/json", "module")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_VISIBLE_SHARE = 0.6  # a table this much of whose text the page shows is what it renders already


def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _items(value: Any) -> list[str]:
    """A value as the lines of its cell: a text, or a list of texts one per line."""
    if _scalar(value):
        text = str(value).strip()
        return [text] if text else []
    if isinstance(value, list) and all(_scalar(v) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    return []


def _records(data: Any) -> Iterator[list[dict]]:
    """Lists of objects with text of their own (not the lists inside them)."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _records(value)
    elif isinstance(data, list):
        objects = [d for d in data if isinstance(d, dict)]
        texted = [d for d in objects if sum(bool(_items(v)) for v in d.values()) >= 2
                  and any(_CJK.search(t) for v in d.values() for t in _items(v))]  # fmt: skip
        if objects and len(texted) == len(objects):
            yield objects
            return
        for item in data:
            yield from _records(item)


class _Lines:
    """The raw line of each value, found in order from the script's first line."""

    def __init__(self, raw: list[str], start: int) -> None:
        self.raw = raw
        self.pos = max(0, start)

    def find(self, key: str, text: str) -> int:
        probe = no_spaces(text)[:6]
        quoted = json.dumps(key, ensure_ascii=False)
        for i in range(self.pos, len(self.raw)):
            line = no_spaces(self.raw[i])
            if probe and probe in line or not probe and quoted in self.raw[i]:
                self.pos = i
                return i + 1
        return self.pos + 1


def _table(objects: list[dict], lines: _Lines, start: int) -> Table | None:
    keys: list[str] = []
    for obj in objects:
        keys += [k for k, v in obj.items() if k not in keys and _items(v)]
    rows: list[list[Cell]] = []
    for obj in objects:
        row = []
        for key in keys:
            row.append(Cell([Unit(lines.find(key, text), text, Hint()) for text in _items(obj.get(key))]))
        rows.append(row)
    if not rows:
        return None
    # the keys are cited on the script's first line, where the state object begins
    header = [Cell([Unit(start, key, Hint())]) for key in keys]
    return Table(rows=[header, *rows], source="html", header=True, row_numbers=list(range(1, len(rows) + 2)))


def state_tables(root: Any, raw_lines: list[str], flow: list[Unit | Table]) -> list[Unit | Table]:
    """``flow`` with the tables of the page's embedded state that the visible page does not show."""
    visible = no_spaces("".join(u.text for u in flow if isinstance(u, Unit)))
    out = list(flow)
    for script in root.iter("script"):
        kind = (script.get("type") or "").strip().lower()
        text = (script.text or "").strip()
        if script.get("src") or kind not in _SCRIPT_TYPES or not text or not _CJK.search(text):
            continue
        body = _ASSIGN.sub("", text, count=1).rstrip().rstrip(";")
        try:
            data = json.loads(body)
        except ValueError:
            continue
        lines = _Lines(raw_lines, (script.sourceline or 1) - 1)
        for objects in _records(data):
            table = _table(objects, lines, script.sourceline or 1)
            if table is None:
                continue
            values = [no_spaces(u.text) for r in table.rows[1:] for c in r for u in c.units if len(no_spaces(u.text)) >= 6]
            if values and sum(v in visible for v in values) >= _VISIBLE_SHARE * len(values):
                continue  # the page renders these records itself
            out.append(table)
    return out
