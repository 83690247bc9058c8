"""An organisation chart drawn in a sheet's cells, read as a tree.

Companies draw their charts in Excel: a box per unit or post, the boxes of one level on one row
(or a short stack of rows), levels apart by an empty row or a row of arrows ("↓"), a merged cell
spanning the columns of the boxes under it. Such a sheet is no table: its rows share no columns.
Read as a tree, each box's superior is the box of the level above whose columns it sits under
(else the nearest one to its left), and the chart becomes an indented outline, the same units an
indented text chart gives, so "他归谁管" and "下面有哪些" are answered from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.ingest.layout import Hint, Unit

_ARROW = re.compile(r"^[\s↓↑→←↘↙│┃|｜┆╎∣丨]+$")
_NUMBER = re.compile(r"^[\d.,%％\s-]+$")
BOX_MAX = 24  # a box holds a name, not a sentence
NOTE_MIN = 30  # a longer cell is a note under the chart ("注：箭头表示领导关系…")
LEVELS_MIN = 3
ROW_BOXES_MAX = 24


@dataclass
class _Box:
    row: int
    first: int  # first and last column the box spans (merged cells)
    last: int
    text: str
    children: list[_Box] = field(default_factory=list)


def _boxes(grid: list[list[str]], merges: list[tuple[int, int, int, int]]) -> tuple[list[_Box], set[int], list[_Box]]:
    """The chart's boxes, the rows of arrows, and the notes (long cells)."""
    spans = {(r, c): last for r, c, _, last in merges}
    covered = {(r, c) for r, c0, r1, c1 in merges for rr in range(r, r1 + 1) for c in range(c0, c1 + 1) if (rr, c) != (r, c0)}
    boxes, notes, arrows = [], [], set()
    for r, values in enumerate(grid, start=1):
        for c, value in enumerate(values, start=1):
            text = " ".join(value.split())
            if not text or (r, c) in covered:
                continue
            if _ARROW.match(text):
                arrows.add(r)
                continue
            box = _Box(r, c, spans.get((r, c), c), text)
            (notes if len(text) >= NOTE_MIN or text.startswith(("注", "说明", "备注")) else boxes).append(box)
    return boxes, arrows, notes


def _levels(boxes: list[_Box], arrows: set[int]) -> list[list[_Box]]:
    """Rows of boxes grouped into levels: rows next to each other stack into one level."""
    rows = sorted({b.row for b in boxes})
    levels: list[list[_Box]] = []
    prev = None
    for row in rows:
        here = [b for b in boxes if b.row == row]
        if prev is not None and row == prev + 1 and prev not in arrows:
            levels[-1].extend(here)
        else:
            levels.append(here)
        prev = row
    return levels


def _parent(box: _Box, above: list[_Box]) -> _Box | None:
    over = [b for b in above if b.first <= box.last and box.first <= b.last]
    if over:
        return max(over, key=lambda b: b.row)  # the nearest box over its columns
    left = [b for b in above if b.first <= box.first]
    if left:
        return max(left, key=lambda b: (b.first, b.row))
    return above[0] if len(above) == 1 else None


DENSE_ROWS_MAX = 2  # rows of a form's figures ("指标编号 | JX-01 | 指标名称 | …") a chart of boxes never has this many of


def _dense(row: list[str]) -> bool:
    """Three or more adjacent cells of words (no arrows), one holding a figure: a form's row of
    labels and values, not a level of boxes (a chart's boxes name units and posts)."""
    run = best = 0
    for value in row:
        run = run + 1 if value.strip() and re.search(r"[\w\u4e00-\u9fff]", value) else 0
        best = max(best, run)
    return best >= 3 and any(re.search(r"\d", v) for v in row)


def read_org_chart(grid: list[list[str]], merges: list[tuple[int, int, int, int]], first_line: int) -> list[Unit] | None:
    """The sheet as an indented chart (title, nodes with their depth, notes), or None when the
    sheet is not drawn as a chart: it needs LEVELS_MIN levels under one root, short boxes, no numbers."""
    if sum(_dense(row) for row in grid) >= DENSE_ROWS_MAX:
        return None  # rows of cells side by side with no gap ("指标编号 | JX-01 | 指标名称 | …"): a form, not boxes
    boxes, arrows, notes = _boxes(grid, merges)
    if not boxes or any(len(b.text) > BOX_MAX or _NUMBER.match(b.text) for b in boxes):
        return None
    levels = _levels(boxes, arrows)
    title = None
    if len(levels) >= 2 and len(levels[0]) == 1 and len(levels[1]) == 1:
        title = levels.pop(0)[0]  # a single cell over a single root: the chart's title
    if len(levels) < LEVELS_MIN or len(levels[0]) != 1 or any(len(level) > ROW_BOXES_MAX for level in levels):
        return None
    roots = list(levels[0])
    for above, level in zip(levels, levels[1:]):
        for box in sorted(level, key=lambda b: (b.row, b.first)):
            parent = _parent(box, above)
            (parent.children if parent is not None else roots).append(box)
    units: list[Unit] = []
    if title is not None:
        units.append(Unit(first_line + title.row - 1, title.text, Hint(heading=1)))

    def walk(box: _Box, depth: int) -> None:
        units.append(Unit(first_line + box.row - 1, box.text, Hint(depth=depth)))
        for child in sorted(box.children, key=lambda b: (b.first, b.row)):
            walk(child, depth + 1)

    for root in roots:
        walk(root, 1)
    units += [Unit(first_line + n.row - 1, n.text) for n in notes]
    return units
