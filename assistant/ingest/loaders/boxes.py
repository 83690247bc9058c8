"""Boxes beside the text of a PDF page: a shaded or framed panel ("■ 岗位速览 / 所属部门：门诊部 / …")
set beside a post's duty list.

pdfplumber joins words on one baseline into one line, so each duty would run on into a fact of the
panel ("…备好轮椅、平车、一次性水 所属部门：门诊部"). A lone rectangle narrower than the page, holding
lines of its own and with text beside it, is read as a block of its own, placed where it starts.
"""

from __future__ import annotations

import re
from typing import Callable

_MIN_HEIGHT = 30.0  # points: a panel holds a few lines, a shaded heading bar is thinner
_MAX_WIDTH = 0.6  # of the page: a full-width frame is the page's border or a table, no panel
_MIN_LINES = 2
# "上级：安保主管", "证书：": a fact's label opening a panel's line (no sentence: a short label, then the colon)
_LABELLED = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{1,8}\s*[:：]")
_ITEM = re.compile(r"^\s*(?:\d{1,2}[.、．)）]|[(（]?[一二三四五六七八九十\d]{1,2}[)）]|[①-⑳•·●▪■◆\-–—*□☐☑])")


def _overlaps(a: dict, b: dict) -> bool:
    return a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["top"] < b["bottom"] and b["top"] < a["bottom"]


_Box = tuple[float, float, float, float]


def _panels(page: object, text_lines: Callable[[object], list[dict]]) -> list[tuple[_Box, list[dict]]]:
    """The page's panels, top to bottom and left to right, each with its own lines."""
    rects = [r for r in page.rects if r["x1"] - r["x0"] < page.width * _MAX_WIDTH and r["bottom"] - r["top"] >= _MIN_HEIGHT]  # type: ignore[attr-defined]
    everything = page.rects + page.lines  # type: ignore[attr-defined]
    lone = [r for r in rects if not any(o is not r and _overlaps(r, o) for o in everything)]  # (a ruled table's cells touch)
    boxes = [(max(r["x0"], 0), max(r["top"], 0), min(r["x1"], page.width), min(r["bottom"], page.height)) for r in lone]  # type: ignore[attr-defined]
    outside = page
    for bbox in boxes:
        outside = outside.outside_bbox(bbox)  # type: ignore[attr-defined]
    free = text_lines(outside)  # the text in no box: a flow chart's boxes stand beside each other only
    out = []
    for bbox in boxes:
        inside = text_lines(page.within_bbox(bbox))  # type: ignore[attr-defined]
        beside = [l for l in free if l["top"] < bbox[3] and l["bottom"] > bbox[1]]
        if len(inside) >= _MIN_LINES and beside:
            out.append((bbox, _facts_unwrapped(inside)))
    return sorted(out, key=lambda p: (p[0][1], p[0][0]))


def _facts_unwrapped(lines: list[dict]) -> list[dict]:
    """A fact panel's lines with each fact whole: a narrow panel wraps a long value onto lines of its
    own ("证书：" / "持有消防设施操作员（中级" / "）职业资格证书"), read alone as a post's title or a
    stray line. Where most lines open with a label, a line of neither label nor item marker after a
    label goes on in it; a panel of prose or of a list is left as it is."""
    labelled = [bool(_LABELLED.match(l["text"])) for l in lines]
    if sum(labelled) < 2 or sum(labelled) * 2 < len(lines) - sum(labelled):
        return lines
    out: list[dict] = []
    in_fact = False
    for line, label in zip(lines, labelled):
        if in_fact and not label and not _ITEM.match(line["text"]):
            prev = out[-1]
            gap = " " if re.search(r"[A-Za-z0-9:;,.]$", prev["text"].rstrip()) and re.match(r"\s*[A-Za-z]", line["text"]) else ""
            out[-1] = {**prev, "text": prev["text"].rstrip() + gap + line["text"].strip(), "x0": min(prev["x0"], line["x0"]),
                       "x1": max(prev["x1"], line["x1"]), "bottom": max(prev["bottom"], line["bottom"])}
            continue
        out.append(line)
        in_fact = label
    return out


def read_with_panels(page: object, text_lines: Callable[[object], list[dict]]) -> list[dict] | None:
    """The page's lines with each panel's lines apart, before the first line at or below its top;
    None when the page has no panel beside its text."""
    panels = _panels(page, text_lines)
    if not panels:
        return None
    main = page
    for bbox, _ in panels:
        main = main.outside_bbox(bbox)  # type: ignore[attr-defined]
    lines = text_lines(main)
    for bbox, inner in reversed(panels):  # (inserted last first: panels at one place keep their order)
        at = next((i for i, l in enumerate(lines) if l["top"] >= bbox[1]), len(lines))
        lines[at:at] = inner
    return lines
