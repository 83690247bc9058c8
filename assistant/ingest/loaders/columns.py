"""Two-column PDF pages: find the gutter that runs down the middle and read column by column.

pdfplumber joins words on one baseline into one line, so a brochure set in two columns would read
"left line | right line" across both posts. A page counts as two columns only when one empty band
separates two prose columns over several rows; full-width lines (a title) keep their place.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

_MIN_SIDE_ROWS = 5  # rows with text on both sides of a gutter before a page counts as two columns
_WORD_GAP = 8.0  # words of one phrase are closer than this (points); columns are further apart


class _Row(NamedTuple):
    top: float
    bottom: float
    spans: list[tuple[float, float]]  # stretches of adjacent words (x0, x1), left to right


def _rows(words: list[dict]) -> list[_Row]:
    """The page's text rows, top to bottom, each as its stretches of adjacent words."""
    grouped: dict[int, list[dict]] = {}
    for w in words:
        grouped.setdefault(round(w["top"] / 3), []).append(w)
    out = []
    for key in sorted(grouped):
        ws = grouped[key]
        spans: list[list[float]] = []
        for w in sorted(ws, key=lambda w: w["x0"]):
            if spans and w["x0"] - spans[-1][1] < _WORD_GAP:
                spans[-1][1] = max(spans[-1][1], w["x1"])
            else:
                spans.append([w["x0"], w["x1"]])
        out.append(_Row(min(w["top"] for w in ws), max(w["bottom"] for w in ws), [(a, b) for a, b in spans]))
    return out


def _gutter(all_rows: list[_Row], left: float, right: float) -> float | None:
    """The x of the one empty vertical band that runs down the middle of a two-column page.

    Both columns must be prose: their lines fill most of the column's width (a borderless table
    has ragged, narrow columns and is left alone), and at least a few rows hold text on both sides.
    """
    width = right - left
    if width <= 0:
        return None
    rows = [r.spans for r in all_rows]
    xs = [left + width * 0.35 + step * 2.0 for step in range(int(width * 0.3 / 2.0) + 1)]
    counts = [sum(1 for r in rows if any(a < x < b for a, b in r)) for x in xs]
    fewest = min(counts)
    # the middle of the longest run of positions crossed by the fewest rows
    runs: list[tuple[int, int]] = []
    for i, c in enumerate(counts):
        if c == fewest:
            if runs and runs[-1][1] == i - 1:
                runs[-1] = (runs[-1][0], i)
            else:
                runs.append((i, i))
    a, b = max(runs, key=lambda r: r[1] - r[0])
    gx = (xs[a] + xs[b]) / 2
    # rows on each side of the band (the columns' lines need not share baselines: a row may hold
    # text on one side only)
    side = [r for r in rows if not any(a < gx < b for a, b in r)]
    on_left = [r for r in side if any(b <= gx for _, b in r)]
    on_right = [r for r in side if any(a >= gx for a, _ in r)]
    if min(len(on_left), len(on_right)) < _MIN_SIDE_ROWS or fewest > max(2, len(rows) // 10):
        return None
    # the band itself: from the rightmost left-column edge to the leftmost right-column start
    # (robust to a line or two that reach nearer the middle: a heading, a wide number)
    ends = sorted(max(b for _, b in r if b <= gx) for r in on_left)
    starts = sorted(min(a for a, _ in r if a >= gx) for r in on_right)
    band_l, band_r = ends[int(len(ends) * 0.9) - 1 if len(ends) >= 10 else -1], starts[len(starts) // 10 if len(starts) >= 10 else 0]
    if band_r - band_l < 2 * _WORD_GAP or min(band_l - left, right - band_r) < width * 0.3:
        return None

    def filled(widths: list[float], column: float) -> bool:
        # (the upper quarter: a column's paragraph ends and list ends are short, its full lines not)
        widths = sorted(widths)
        return bool(widths) and widths[(len(widths) * 3) // 4] >= 0.55 * column

    lefts = [max(b for _, b in r if b <= gx) - min(a for a, _ in r) for r in on_left]
    rights = [max(b for _, b in r) - min(a for a, _ in r if a >= gx) for r in on_right]
    if not (filled(lefts, band_l - left) and filled(rights, right - band_r)):
        return None
    return (band_l + band_r) / 2


def reading_order(page: object, text_lines: Callable[[object], list[dict]]) -> list[dict] | None:
    """A two-column page's lines column by column (full-width lines keep their place); None when
    the page is not set in two columns."""
    words = page.extract_words()  # type: ignore[attr-defined]
    if not words:
        return None
    left, right = min(w["x0"] for w in words), max(w["x1"] for w in words)
    rows = _rows(words) if len(words) >= 20 else []
    gx = _gutter(rows, left, right) if rows else None
    if gx is None:
        return None
    bands: list[tuple[bool, float, float]] = []  # (split, top, bottom) in page order
    for row in rows:
        split = not any(a < gx < b for a, b in row.spans)
        if bands and bands[-1][0] == split:
            bands[-1] = (split, bands[-1][1], row.bottom)
        else:
            bands.append((split, row.top, row.bottom))
    out: list[dict] = []
    height, width = page.height, page.width  # type: ignore[attr-defined]
    for split, top, bottom in bands:
        y0, y1 = max(0.0, top - 1), min(height, bottom + 1)
        boxes = [(0, y0, gx, y1), (gx, y0, width, y1)] if split else [(0, y0, width, y1)]
        for box in boxes:
            out.extend(text_lines(page.within_bbox(box)))  # type: ignore[attr-defined]
    return out
