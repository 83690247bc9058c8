"""MediaWiki markup (a company wiki's page saved as text): "== 物业工程师 ==" headings, "{| … |}"
tables, "{{岗位信息 |直接上级=…}}" infoboxes, "# …" numbered lists, '''bold''', [[links]]."""

from __future__ import annotations

import re
from html import escape

_HEADING = re.compile(r"^(?P<marks>={1,6})\s*(?P<text>[^=].*?)\s*(?P=marks)\s*$")
TABLE_START = re.compile(r"^\s*\{\|")
_TABLE_END = re.compile(r"^\s*\|\}")
_TEMPLATE_START = re.compile(r"^\s*\{\{\s*(?P<name>[^|{}]*?)\s*$")
_TEMPLATE_PARAM = re.compile(r"^\s*\|\s*(?P<key>[^=|{}]{1,20}?)\s*=\s*(?P<value>.*?)\s*(?P<end>\}\})?\s*$")
_TEMPLATE_END = re.compile(r"^\s*\}\}\s*$")
_MAGIC = re.compile(r"^\s*__[A-Z]+__\s*$")  # "__TOC__", "__NOTOC__": switches of the wiki, no text
_NUMBERED = re.compile(r"^(?P<marks>#+)\s*(?P<text>\S.*)$")
_CATEGORY = re.compile(r"\[\[\s*(?:分类|Category|类别)\s*:[^\]]*\]\]", re.IGNORECASE)
_EMPHASIS = re.compile(r"'{2,5}")
_EXTERNAL = re.compile(r"\[(?:https?|ftp)://\S+\s+(?P<text>[^\]]+)\]")
_COMMENT = re.compile(r"<!--.*?-->")
_INLINE_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_TABLE_MAX = 400  # lines one table may take


def is_wiki(lines: list[str]) -> bool:
    """Whether a text file is MediaWiki markup: headings set off by "=" on both sides, and the
    wiki's own tables, templates or switches."""
    headings = sum(bool(_HEADING.match(x.strip())) for x in lines)
    marks = sum(bool(TABLE_START.match(x) or _TEMPLATE_START.match(x) or _MAGIC.match(x)) for x in lines)
    return headings >= 2 and marks >= 1


def inline(text: str) -> str:
    """A line's text without the wiki's inline markup (emphasis, category links, comments)."""
    text = _COMMENT.sub("", _CATEGORY.sub("", text))
    text = _EXTERNAL.sub(lambda m: m["text"], _INLINE_TEMPLATE.sub("", text))
    return _EMPHASIS.sub("", text)


def heading(line: str) -> tuple[int, str] | None:
    m = _HEADING.match(line.strip())
    return (len(m["marks"]), inline(m["text"]).strip()) if m else None


def table_end(lines: list[str], start: int) -> int:
    """The 1-based line closing the table that opens on line ``start`` ("{|" … "|}"), or 0."""
    return next((k for k in range(start + 1, min(len(lines), start + _TABLE_MAX) + 1) if _TABLE_END.match(lines[k - 1])), 0)


def _cell_text(cell: str) -> str:
    # 'style="…" | 内容': the cell's attributes before a single bar
    parts = re.split(r"(?<!\|)\|(?!\|)", cell, maxsplit=1)
    text = parts[1] if len(parts) == 2 and "=" in parts[0] else cell
    return escape(inline(text).strip())


def table_html(lines: list[str]) -> list[str]:
    """A wiki table's lines as HTML lines, line for line (each row's cells stay on their own line):
    "! 项目 !! 内容" a header row, "| 所属部门 || 工程部" a row, "|-" between rows."""
    out: list[str] = []
    open_row = False
    for line in lines:
        s = line.strip()
        if TABLE_START.match(s):
            out.append("<table>")
        elif _TABLE_END.match(s):
            out.append(("</tr>" if open_row else "") + "</table>")
            open_row = False
        elif s.startswith("|-"):
            out.append("</tr>" if open_row else "")
            open_row = False
        elif s.startswith("|+"):
            out.append(f"<caption>{escape(inline(s[2:]).strip())}</caption>")
        elif s.startswith(("!", "|")):
            tag = "th" if s.startswith("!") else "td"
            cells = re.split(r"!!|\|\|", s[1:]) if tag == "th" else s[1:].split("||")
            start = "" if open_row else "<tr>"
            out.append(start + "".join(f"<{tag}>{_cell_text(c)}</{tag}>" for c in cells))
            open_row = True
        else:
            out.append(escape(inline(s)))  # a cell's text going on over the next line
    return out


def template_param(line: str) -> tuple[str, str, bool] | None:
    """"|直接上级=物业工程师" inside a template: the key, the value, and whether "}}" closes it there."""
    m = _TEMPLATE_PARAM.match(line)
    return (m["key"].strip(), inline(m["value"]).strip(), bool(m["end"])) if m else None


def template_start(line: str) -> bool:
    return bool(_TEMPLATE_START.match(line))


def template_end(line: str) -> bool:
    return bool(_TEMPLATE_END.match(line))


def magic(line: str) -> bool:
    return bool(_MAGIC.match(line))


def numbered(line: str) -> tuple[int, str] | None:
    """"# 负责…" (a numbered list's entry, "##" one level down): its depth and text."""
    m = _NUMBERED.match(line.strip())
    return (len(m["marks"]), inline(m["text"]).strip()) if m else None
