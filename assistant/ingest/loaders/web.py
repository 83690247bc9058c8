"""HTML: main content by structure, each text on its source line.

lxml builds the element tree; the standard library's tokenizer tells on which physical line each
text run starts (lxml only knows where elements start). The two are aligned run by run. Page
furniture is dropped by structure, not by site: nav/header/footer/aside/form elements and
link-dense blocks (menus, link lists). Lists, definition lists, tables and headings become hints;
``<dt>1.</dt><dd>…</dd>`` is one numbered item.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from assistant.ingest.layout import Cell, Hint, Source, Table, Unit, units_of
from assistant.ingest.loaders.base import decode_text, no_spaces, physical_lines
from assistant.models import LoadedDocument

_SKIP = {"script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "svg", "canvas",
         "select", "option", "button", "input", "textarea", "object", "embed", "map",
         # text struck out by a revision ("<del>5分钟</del><ins>3分钟</ins>"): no longer what the page says
         "del", "s", "strike",
         # a scrolling ticker ("热招：客户服务经理、安全合规专员"): a banner over the page, not its text
         "marquee"}
# Page furniture by HTML semantics (any site): navigation, banners, footers, side bars, forms.
_FURNITURE = {"nav", "header", "footer", "aside", "form", "menu"}
_BLOCK = {"p", "div", "li", "dd", "dt", "dl", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
          "table", "tbody", "thead", "tfoot", "section", "article", "main", "blockquote", "pre", "br", "hr",
          "address", "figure", "figcaption", "caption", "center", "body", "html", "fieldset", "legend", "details",
          "summary"}
_CONTAINERS = {"div", "ul", "ol", "dl", "section", "table", "p", "td", "li", "span", "body", "main", "article"}
_MARKER_ONLY = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[a-zA-Z])\s*[.、)）:：]?\s*$|^\s*[（(]\s*\d{1,2}\s*[)）]\s*$")
_LINK_DENSITY = 0.6


_TOOLTIP_MIN = 12  # characters of a title attribute that can be the full text of a cut one
_ELLIPSIS = ("…", "...", "⋯")


def _tooltips(root: object) -> None:
    """"<td title="岗位职责：1.根据影片档期…">负责辖区12家影城周排片方案编制…</td>": a cell cut short on
    the page (it ends in an ellipsis) whose full text is its tooltip reads as the tooltip."""
    for el in root.iter():  # type: ignore[attr-defined]
        full = " ".join((el.get("title") or "").split()) if isinstance(el.tag, str) else ""
        shown = " ".join((el.text_content() or "").split()) if full else ""
        if len(full) >= _TOOLTIP_MIN and shown.endswith(_ELLIPSIS) and len(full) > len(shown):
            for child in list(el):
                el.remove(child)
            el.text = full


class _Positions(HTMLParser):
    """Start line of every text run, in document order (the tokenizer knows, lxml does not)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[tuple[int, str]] = []

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.runs.append((self.getpos()[0], data))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # a cell's full text kept in its tooltip (``_tooltips``) is read where the cell starts
        full = next((v for k, v in attrs if k == "title" and v), "")
        if len(full.strip()) >= _TOOLTIP_MIN:
            self.runs.append((self.getpos()[0], full))



@dataclass
class _Aligner:
    runs: list[tuple[int, str]]
    pos: int = 0
    last_line: int = 1

    def line_of(self, text: str) -> int:
        """Line where this run starts: the next tokenizer run with the same text."""
        key = no_spaces(text)
        window = range(self.pos, min(self.pos + 200, len(self.runs)))
        # Exact match first; then a run that starts this text (the tokenizer split what lxml joined).
        for test in (lambda run: run == key, lambda run: bool(run) and key.startswith(run)):
            for i in window:
                if test(no_spaces(self.runs[i][1])):
                    self.pos = i + 1
                    self.last_line = self.runs[i][0]
                    return self.last_line
        return self.last_line


_BARE_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．)）]\s*$|^\s*[(（]\d{1,2}[)）]\s*$")


@dataclass
class _Builder:
    aligner: _Aligner
    flow: list[Unit | Table] = field(default_factory=list)
    dropped: set[int] = field(default_factory=set)
    frags: list[tuple[int, str]] = field(default_factory=list)  # (line, text) of the open block
    hint: Hint = Hint()
    pending_marker: str | None = None
    sink: list[Unit] | None = None  # collecting units of a table cell
    labels: dict[str, tuple[int, str]] = field(default_factory=dict)  # tab id -> (line, text) of its button
    css_labels: list[tuple[str | None, frozenset[str], str]] = field(default_factory=list)  # (tag, classes, text)
    attr_labels: frozenset[str] = frozenset()  # attributes a style sheet shows as labels ("data-label")
    font_levels: dict[float, int] = field(default_factory=dict)  # an inline font size set large -> heading level
    preformatted: bool = False  # the open block is a <pre>: its lines are the text's own lines, none a wrap

    def text(self, raw: str | None, keep: bool = True) -> None:
        if not raw or not raw.strip():
            return
        line = self.aligner.line_of(raw)
        if not keep:
            self.dropped.update(range(line, line + raw.count("\n") + 1))
            return
        for k, part in enumerate(raw.split("\n")):
            if part.strip():
                self.frags.append((line + k, part))

    def close_label(self) -> None:
        """End the last piece of text with a colon: it labels the value after it."""
        if self.frags:
            line, part = self.frags[-1]
            self.frags[-1] = (line, part.rstrip() + "：")

    def flush(self) -> None:
        """Close the open block: one unit per physical line it covers."""
        if not self.frags:
            self.hint = Hint()
            return
        out = self.sink if self.sink is not None else self.flow
        merged: list[tuple[int, str]] = []
        for line, part in self.frags:
            if merged and merged[-1][0] == line:
                merged[-1] = (line, merged[-1][1] + part)
            elif merged and _BARE_NUMBER.match(merged[-1][1]):
                # "…；<br>2、" then the item's text on the next source line (an export wrapped at a
                # width): the number belongs to the text after it
                merged[-1] = (line, merged[-1][1].strip() + part.strip())
            else:
                merged.append((line, part))
        for k, (line, part) in enumerate(merged):
            text = re.sub(r"\s+", " ", part).strip()
            if not text:
                continue
            hint = self.hint if k == 0 else Hint() if self.preformatted else Hint(cont=True)
            out.append(Unit(line, text, hint))
        self.frags = []
        self.hint = Hint()
        self.preformatted = False


def _text_len(el: object) -> int:
    return len(no_spaces("".join(el.itertext())))  # type: ignore[attr-defined]


def _link_dense(el: object) -> bool:
    """Menus and link lists: most of the text sits inside links."""
    links = [a for a in el.iter("a")]  # type: ignore[attr-defined]
    if len(links) < 2:
        return False
    total = _text_len(el)
    if total == 0:
        return True
    linked = sum(_text_len(a) for a in links)
    return linked / total >= _LINK_DENSITY


_CELL_PARAGRAPHS = 2
_CELL_TEXT = 200


def _is_layout_table(table: object) -> bool:
    """A table used for page layout: its cells hold paragraphs, lists or other tables, or it has
    one column (an old site's frame around a posting written in <br> lines): no rows × columns."""
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]  # type: ignore[attr-defined]
    if rows and all(sum(1 for c in tr if getattr(c, "tag", None) in ("td", "th")) <= 1 for tr in rows):
        return True
    for cell in table.iter("td", "th"):  # type: ignore[attr-defined]
        blocks = [getattr(d, "tag", None) for d in cell.iterdescendants()
                  if getattr(d, "tag", None) in ("p", "ol", "ul", "dl", "div", "table", "h1", "h2", "h3", "h4")]
        # (Word's "save as web page" wraps each cell's text in <p class=MsoNormal>: a short value in a
        # paragraph or two is still a cell of data)
        if blocks and not (set(blocks) == {"p"} and len(blocks) <= _CELL_PARAGRAPHS and _text_len(cell) <= _CELL_TEXT):
            return True
    return False


def _grouped_header(table: object) -> bool:
    """Two rows of <th> over the data, the first grouping columns of the second (colspan) beside
    columns spanning both (rowspan): a grid of records whatever its cells hold (lists of duties)."""
    rows = [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]  # type: ignore[attr-defined]
    heads = []
    for tr in rows:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        if not cells or any(c.tag.lower() != "th" for c in cells):
            break
        heads.append(cells)
    if len(heads) != 2 or len(rows) < 3:
        return False
    spans = [c.get(a, "1") for c in heads[0] for a in ("colspan", "rowspan")]
    return any(x.isdigit() and int(x) > 1 for x in spans)


def _labelled_rows(table: object) -> bool:
    """A header row of <th> over rows each led by its own <th> label ("项目 | 船东代表联络专员 | 数控切割工",
    then "岗位职责 | <ul>… | <ul>…"): a grid of facts, whatever its cells hold (lists of duties)."""
    rows = [[c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]  # type: ignore[attr-defined]
            for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]  # type: ignore[attr-defined]
    rows = [r for r in rows if r]
    return (len(rows) >= 3 and len(rows[0]) >= 3 and all(c.tag.lower() == "th" for c in rows[0])
            and all(r[0].tag.lower() == "th" and any(c.tag.lower() == "td" for c in r[1:]) for r in rows[1:]))


def _posting_rows(table: object, b: _Builder) -> bool:
    """"职位名称 | 工作地点 | … | 详情" over one row per posting whose 详情 cell holds lists: each row
    a card — its first cell the title, each short cell a labelled fact, the rich cell as written.
    False (nothing read) for any other table."""
    rows = [tr for tr in table.iter("tr")]  # type: ignore[attr-defined]
    def cells(tr: object) -> list:
        return [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]  # type: ignore[attr-defined]
    if len(rows) < 2 or len(cells(rows[0])) < 2 or any(c.tag.lower() != "th" for c in cells(rows[0])):
        return False  # (one <th> across the table is a title, "卖品部主管 · 杭州西湖店", no row of labels)
    labels = [(" ".join((th.text_content() or "").split()), th.sourceline or 0) for th in cells(rows[0])]
    if not any(_rich(td) for tr in rows[1:] for td in cells(tr)):
        return False
    b.flush()
    for tr in rows[1:]:
        for pos, td in enumerate(cells(tr)):
            b.flush()
            label, line = labels[pos] if pos < len(labels) else ("", 0)
            if pos == 0:
                b.hint = Hint(heading=3)  # the posting's title
            elif label and line:
                # <th>工作地点</th> over this cell's value; <th>岗位要求</th> over a cell of lists too
                b.flow.append(Unit(line, label, Hint(label=True)))
            boxes = _inline_boxes(td)  # "<span>路政大队</span><span>5500-7000元/月</span><p>…": each tag a piece
            b.text(td.text)
            for child in td:
                _walk(child, b, [])
                if boxes:
                    b.flush()
            b.flush()
    return True


def _rich(cell: object) -> bool:
    return any(getattr(d, "tag", None) in ("p", "ol", "ul", "dl", "div", "table") for d in cell.iterdescendants())  # type: ignore[attr-defined]


def _section_header(el: object, tag: str) -> bool:
    """A ``<header>`` inside an ``<article>``/``<section>``/``<dialog>`` heads that card (its title), unlike the
    page's banner (HTML: a header belongs to its nearest sectioning ancestor)."""
    if tag != "header":
        return False
    parent = el.getparent()  # type: ignore[attr-defined]
    while parent is not None:
        name = parent.tag.lower() if isinstance(parent.tag, str) else ""
        if name in ("article", "section", "dialog", "main", "li", "details"):
            return True  # (a dialog's header titles the posting it pops up)
        if name in ("body", "nav", "aside"):
            return False
        parent = parent.getparent()
    return False


# an online editor's custom elements for list items (语雀 "<ne-oli>" ordered, "<ne-uli>" bulleted)
_CUSTOM_ITEMS = {"oli", "uli"}


_FORM_TEXT_MIN = 60  # characters of its own text that make a <form> a page's content, not its search box


def _card_aside(el: object, tag: str) -> bool:
    """An ``<aside>`` inside an ``<article>`` or a ``<section>`` (a posting card's box of facts: 汇报给, 月薪 …;
    a slide's speaker notes: "讲师备注：…试用期3个月") belongs to it (HTML: related to the content it sits in);
    a page's sidebar stands outside them."""
    if tag != "aside":
        return False
    return any(isinstance(a.tag, str) and a.tag.lower() in ("article", "details", "section") for a in el.iterancestors())  # type: ignore[attr-defined]


def _content_form(el: object, tag: str) -> bool:
    """A ``<form>`` whose fieldsets hold the postings themselves (a careers page with an apply button
    per job): content; a search or login form holds little text beyond its controls."""
    if tag != "form":
        return False
    controls = sum(len(x.text_content()) for x in el.iter()  # type: ignore[attr-defined]
                   if isinstance(x.tag, str) and x.tag.lower() in _SKIP and x.tag.lower() != "textarea")
    # (a record page's filled fields and text boxes are its content: "<input readonly value="救生员">")
    filled = sum(len(_filled_value(x)) for x in el.iter("input"))  # type: ignore[attr-defined]
    own = len(re.sub(r"\s+", "", el.text_content())) - controls + filled  # type: ignore[attr-defined]
    # (a read-only view of a record, however short: its fields can be read, not filled in)
    shown = any(x.get("readonly") is not None and (_filled_value(x) or (x.text or "").strip())  # type: ignore[attr-defined]
                for x in el.iter("input", "textarea"))  # type: ignore[attr-defined]
    return own >= _FORM_TEXT_MIN or shown


def _standard_tag(tag: str) -> str:
    """A custom element named after the HTML element it renders as ("ne-h2", "ne-p", "x-table") is
    that element, so an editor's export keeps its headings, paragraphs and list items."""
    if "-" not in tag:
        return tag
    last = tag.rsplit("-", 1)[1]
    return "li" if last in _CUSTOM_ITEMS else last if last in _BLOCK and last not in ("html", "body") else tag


def _walk(el: object, b: _Builder, list_index: list[int]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""  # type: ignore[attr-defined]
    if not tag:  # comments and processing instructions: only their tail is text
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    tag = _standard_tag(tag.lower())
    if tag == "input" and (value := _filled_value(el)):
        # a record page's filled field ("<label>岗位名称</label><input readonly value="理赔专员">"):
        # the value is what the page says, on the line of its label
        b.frags.append((el.sourceline or b.aligner.last_line, value))  # type: ignore[attr-defined]
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag == "textarea" and (el.text or "").strip():  # type: ignore[attr-defined]
        # a filled text box ("岗位职责" over "1. 受理…" "2. 按公司赔偿标准…"): each of its lines
        b.flush()
        raw = el.text  # type: ignore[attr-defined]
        line = b.aligner.line_of(raw)
        out = b.sink if b.sink is not None else b.flow
        out.extend(Unit(line + k, " ".join(part.split())) for k, part in enumerate(raw.split("\n")) if part.strip())
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag in _SKIP:
        title = re.sub(r"\s+", " ", el.text_content()).strip() if el.get("role") == "tab" and el.get("id") else ""  # type: ignore[attr-defined]
        if title:  # <button role="tab">: not read as text, but it names its panel
            b.labels[el.get("id")] = (b.aligner.line_of(title), title)  # type: ignore[attr-defined]
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if (tag in _FURNITURE and not _section_header(el, tag) and not _content_form(el, tag) and not _card_aside(el, tag)) \
            or (tag in _CONTAINERS and _link_dense(el)):
        b.flush()
        for piece in el.itertext():  # type: ignore[attr-defined]
            b.text(piece, keep=False)  # consumed run by run, so the alignment stays in step
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag == "table" and (not _is_layout_table(el) or _grouped_header(el) or _labelled_rows(el)):
        b.flush()
        _data_table(el, b)
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag == "table" and _posting_rows(el, b):
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag in _INLINE | {"img"} and (named := _icon_label(el)):
        # "<i title="薪资">💰</i>7000–9500元/月": an icon the page explains by its title, the label of
        # the value after it (the icon itself says nothing a reader could quote)
        for piece in el.itertext():  # type: ignore[attr-defined]
            b.text(piece, keep=False)
        b.frags.append((el.sourceline or b.aligner.last_line, f" {named}："))  # type: ignore[attr-defined]
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    if tag == "img" and _label_image(el):
        # a WeChat article's part titles drawn as pictures (<img alt="岗位职责">): the label the picture shows
        b.flush()
        b.flow.append(Unit(el.sourceline, " ".join(el.get("alt").split()), Hint(heading=4)))  # type: ignore[attr-defined]
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    toggle = tag == "label" and _toggle_label(el)
    block = tag in _BLOCK or toggle
    if block:
        b.flush()
        # ("<pre>岗位：化妆造型师\n人数：2名\n…": a posting pasted as it was typed, a line each)
        b.preformatted = tag == "pre"
    if toggle:
        # a CSS-only accordion ("<input type=checkbox id=x><label for=x>客户关系专员<span>…</span></label>
        # <div class=panel>…"): the label that opens the panel is its title
        b.hint = Hint(heading=2)
    elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        b.hint = Hint(heading=int(tag[1]))
    elif block and (level := b.font_levels.get(_font_px(el) or 0.0)) and _title_text(el):
        b.hint = Hint(heading=level)  # an editor's page of positioned boxes: a title only by its size
    elif tag == "figcaption":
        b.hint = Hint(heading=3)  # a <figure>'s caption titles it (a careers page's card: "客户顾问（南京店）")
    elif tag == "summary":
        # an FAQ's question heads the answer that unfolds below it; an accordion's summary ("直播事业部",
        # "带货主播 <span>杭州</span>") heads what unfolds, one level below the summary it sits in
        depth = sum(1 for a in el.iterancestors() if isinstance(a.tag, str) and a.tag.lower() == "details")  # type: ignore[attr-defined]
        b.hint = Hint(heading=min(6, 2 + depth))
    elif tag == "li":
        marker = None
        if list_index:
            list_index[-1] += 1
            marker = f"{list_index[-1]}." if list_index[-1] > 0 else None
        b.hint = Hint(item=True, marker=marker)
    elif tag == "dt":
        content = el.text_content()  # type: ignore[attr-defined]
        if _MARKER_ONLY.match(content or ""):
            b.aligner.line_of(content)  # the number belongs to the next <dd>, not to a line of its own
            b.pending_marker = content.strip()
            b.text(el.tail)  # type: ignore[attr-defined]
            return
        b.hint = Hint(label=True)
    elif tag == "dd":
        b.hint = Hint(item=True, marker=b.pending_marker) if b.pending_marker else Hint()
        b.pending_marker = None
    elif tag in ("th",):
        b.hint = Hint(label=True)
    labelled = el.get("aria-labelledby") if el.get("role") == "tabpanel" else None  # type: ignore[attr-defined]
    if labelled and labelled not in b.labels:
        # "<label for=… id="l-pv">药物警戒专员</label>" in a tab bar of radio buttons: the element the
        # panel names, wherever it stands
        named = next(iter(el.getroottree().getroot().xpath("//*[@id=$i]", i=labelled)), None)  # type: ignore[attr-defined]
        title = " ".join((named.text_content() or "").split()) if named is not None else ""
        if title and len(title) <= 30 and named.sourceline:
            b.labels[labelled] = (named.sourceline, title)
    if labelled and labelled in b.labels:
        # a tab's panel: its title is the tab's button, written above in the tab list
        b.flush()
        line, title = b.labels[labelled]
        b.flow.append(Unit(line, title, Hint(heading=2)))
    nested = None
    if tag == "ol":
        start = el.get("start")  # type: ignore[attr-defined]
        nested = (int(start) - 1) if start and start.isdigit() else 0
    elif tag == "ul":
        nested = -10**9  # unordered: items get no number
    if nested is not None:
        list_index.append(nested)
    if "mso-list:ignore" in re.sub(r"\s+", "", el.get("style") or "").lower():  # type: ignore[attr-defined]
        # Word's "save as web page": a list item's number sits in a span of its own ("1.&nbsp;…")
        # before the item's text; it is the item's marker, not a line of text
        number = " ".join(el.text_content().split())  # type: ignore[attr-defined]
        for piece in el.itertext():  # type: ignore[attr-defined]
            b.text(piece, keep=False)
        b.hint = Hint(item=True, marker=number or None)
        b.text(el.tail)  # type: ignore[attr-defined]
        return
    css = _css_label(el, b.css_labels) if b.css_labels else None
    # ("span::before{content:attr(data-label)}": each element shows its own attribute as its label)
    css = css or next((" ".join(v.split()) for a in b.attr_labels if (v := el.get(a)) and v.strip()), None)  # type: ignore[attr-defined]
    if css and el.sourceline:  # type: ignore[attr-defined]
        # "ul.duty::before { content: "岗位职责" }": a label the page shows only through its style sheet
        b.flush()
        b.flow.append(Unit(el.sourceline, css, Hint(label=True)))  # type: ignore[attr-defined]
    # "<summary>带货主播<span>杭州</span><span>8-13K</span>": the title, then each tag
    _walk_content(el, b, list_index, block and _inline_boxes(el, titled=toggle or tag == "summary"))
    if nested is not None:
        list_index.pop()
    if tag == "label" and not toggle and _labels_a_value(el):
        # "<label>园区</label><output>西溪园</output>": a form's field, shown as its label and value
        b.close_label()
    if block:
        b.flush()
    if el.get("role") == "tab" and el.get("id"):  # type: ignore[attr-defined]
        b.flush()
        own = no_spaces(el.text_content())  # type: ignore[attr-defined]
        unit = next((u for u in reversed(b.flow) if isinstance(u, Unit) and no_spaces(u.text) == own), None)
        if unit is not None:
            b.labels[el.get("id")] = (unit.line_no, unit.text)  # type: ignore[attr-defined]
    b.text(el.tail)  # type: ignore[attr-defined]


_TEXT_INPUTS = {"", "text", "email", "tel", "number", "date", "url"}


def _filled_value(el: object) -> str:
    """The value a text field of a page holds (not a button's caption, nor a hidden field's)."""
    kind = (el.get("type") or "").strip().lower()  # type: ignore[attr-defined]
    return " ".join((el.get("value") or "").split()) if kind in _TEXT_INPUTS else ""  # type: ignore[attr-defined]


_VALUE_TAGS = {"output", "span", "input", "select", "textarea", "b", "strong", "em", "data"}


def _labels_a_value(el: object) -> bool:
    """A ``<label>`` whose text has no colon of its own, right before the element holding its value."""
    text = " ".join((el.text_content() or "").split())  # type: ignore[attr-defined]
    nxt = el.getnext()  # type: ignore[attr-defined]
    return (bool(text) and not text.endswith((":", "：")) and not (el.tail or "").strip()  # type: ignore[attr-defined]
            and nxt is not None and isinstance(nxt.tag, str) and nxt.tag.lower() in _VALUE_TAGS)


_IMAGE_LABEL_MAX = 10  # characters of an image's alt text that can be a part's title


_ICON_LABEL_MAX = 8  # characters of an icon's title that can label the value after it


def _icon_label(el: object) -> str | None:
    """The label an icon stands for: an inline element of no words of its own (an emoji, a font
    glyph, a picture) whose title, aria-label or alt is a short Chinese label ("所属部门")."""
    own = "".join(el.itertext())  # type: ignore[attr-defined]
    if re.search(r"[\u4e00-\u9fffA-Za-z0-9]", own) or len(el):  # type: ignore[arg-type]
        return None
    for attr in ("title", "aria-label", "alt"):
        name = " ".join((el.get(attr) or "").split())  # type: ignore[attr-defined]
        if name and len(name) <= _ICON_LABEL_MAX and re.fullmatch(r"[\u4e00-\u9fff]{2,}", name):
            return name
    return None


def _label_image(el: object) -> bool:
    """An image standing alone in its block whose alt text is a short Chinese title ("岗位职责")."""
    alt = " ".join((el.get("alt") or "").split())  # type: ignore[attr-defined]
    parent = el.getparent()  # type: ignore[attr-defined]
    if not alt or len(alt) > _IMAGE_LABEL_MAX or not re.fullmatch(r"[\u4e00-\u9fff]{2,}", alt) or parent is None or not el.sourceline:  # type: ignore[attr-defined]
        return False
    return not (parent.text_content() or "").strip() and sum(1 for x in parent if isinstance(x.tag, str)) == 1


def _walk_content(el: object, b: _Builder, list_index: list[int], boxes: bool) -> None:
    """An element's own text and its children; with ``boxes``, each inline box a piece of its own
    ("<span>配载员</span><span>运行控制中心</span>": side by side, not one word)."""
    b.text(el.text)  # type: ignore[attr-defined]
    if boxes:
        b.flush()
    for child in el:  # type: ignore[attr-defined]
        _walk(child, b, list_index)
        if boxes:
            b.flush()


_INLINE = {"span", "a", "b", "strong", "em", "i", "small", "label", "font", "u", "mark", "time", "cite"}


_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_CONTENT = re.compile(r"content\s*:\s*([\"'])([^\"']{1,16})\1")
_CSS_SELECTOR = re.compile(r"^(?P<tag>[a-zA-Z][a-zA-Z0-9]*)?(?P<classes>(?:\.[\w-]+)+)::?before$")


_FONT_PX = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*px", re.IGNORECASE)
_TITLE_MAX = 30  # characters of a title set apart by its size alone
_TITLE_SCALE = 1.4  # times the page's text size
_PLAIN_TITLE = re.compile(r"[,，。;；!！?？]")


def _font_px(el: object) -> float | None:
    m = _FONT_PX.search(el.get("style") or "")  # type: ignore[attr-defined]
    return float(m.group(1)) if m else None


def _title_text(el: object) -> bool:
    text = " ".join((el.text_content() or "").split())  # type: ignore[attr-defined]
    return 0 < len(text) <= _TITLE_MAX and not _PLAIN_TITLE.search(text)


def font_levels(root: object) -> dict[float, int]:
    """Inline font sizes well above the size most of the page's text is set in ("招生顾问" at 22px over
    14px lines, an H5 editor's export that has no heading tags): heading levels, the largest first."""
    weight: Counter[float] = Counter()
    for el in root.iter():  # type: ignore[attr-defined]
        if isinstance(el.tag, str) and (px := _font_px(el)) is not None:
            weight[px] += len("".join((el.text or "").split()))
    if len(weight) < 2:
        return {}
    base = weight.most_common(1)[0][0]
    large = sorted((px for px in weight if px >= _TITLE_SCALE * base), reverse=True)
    return {px: min(2 + rank, 6) for rank, px in enumerate(large)}


def css_labels(root: object) -> list[tuple[str | None, frozenset[str], str]]:
    """Labels a style sheet writes before elements of a class (``.req::before{content:"任职要求"}``)."""
    out: list[tuple[str | None, frozenset[str], str]] = []
    for style in root.iter("style"):  # type: ignore[attr-defined]
        for selectors, body in _CSS_RULE.findall(style.text_content() or ""):
            content = _CSS_CONTENT.search(body)
            if content is None or not re.search(r"[\u4e00-\u9fffA-Za-z]", content.group(2)):
                continue
            for selector in selectors.split(","):
                last = re.split(r"[\s>+~]+", selector.strip())[-1]
                m = _CSS_SELECTOR.match(last)
                if m:
                    classes = frozenset(c for c in m["classes"].split(".") if c)
                    out.append((m["tag"].lower() if m["tag"] else None, classes, content.group(2).strip()))
    return out


_CSS_ATTR = re.compile(r"content\s*:\s*attr\(\s*([\w-]+)\s*\)")


def css_attr_labels(root: object) -> frozenset[str]:
    """Attributes a style sheet writes before elements (``content: attr(data-label)``): the page shows
    each such element's attribute as its label ("酒店：三亚…")."""
    return frozenset(m for style in root.iter("style") for m in _CSS_ATTR.findall(style.text_content() or ""))  # type: ignore[attr-defined]


def _css_label(el: object, labels: list[tuple[str | None, frozenset[str], str]]) -> str | None:
    classes = set((el.get("class") or "").split())  # type: ignore[attr-defined]
    if not classes:
        return None
    tag = el.tag.lower()  # type: ignore[attr-defined]
    return next((text for t, need, text in labels if (t is None or t == tag) and need <= classes), None)


def _toggle_label(el: object) -> bool:
    """``<label for=x>`` of a checkbox or radio button: the handle that unfolds a panel."""
    target = el.get("for")  # type: ignore[attr-defined]
    if not target:
        return False
    found = el.getroottree().getroot().xpath("//input[@id=$i]", i=target)  # type: ignore[attr-defined]
    return bool(found) and (found[0].get("type") or "").lower() in ("checkbox", "radio")


def _inline_boxes(el: object, titled: bool = False) -> bool:
    """A block made of two or more inline elements with no text between them, after its own text
    if any (a card's title, tag and salary): each is its own piece of text. Not "<b>1、</b><span>负责…</span>"
    (a number and its item), nor runs of one word split by styling. A title that unfolds a panel
    (``titled``: a summary, an accordion's label) with its own text needs only one box after it
    ("客户关系专员<span>客户服务部 · 滨江分院</span>")."""
    children = [c for c in el if isinstance(c.tag, str)]  # type: ignore[attr-defined]
    lead = list(itertools.takewhile(lambda c: c.tag.lower() in _INLINE, children))
    if lead != children:
        # "<td><span>路政大队</span><span>临溪</span><span>5500-7000元/月</span><p>工作内容：</p><ol>…": the
        # tags in front of the cell's paragraphs and lists
        children = lead if len(lead) >= 2 else []
    if len(children) < (1 if titled and (el.text or "").strip() else 2):  # type: ignore[attr-defined]
        return False
    texts = []
    # ("<font size=4><b>楼层管理员</b></font>&nbsp;&nbsp;<font>…</font>": styling nested in a box is still
    # one box when a space sets the boxes apart; "<span><strong>商务拓展</strong></span><span><strong>经理"
    # with none between is one word styled in runs)
    spaced = all((c.tail or "") and not (c.tail or "").strip() for c in children[:-1])
    for child in children:
        if child.tag.lower() not in _INLINE or (child.tail or "").strip() or len(child) and not (spaced and _plain_inline(child)):
            return False
        texts.append(child.text_content().strip())
    return all(len(t) >= 2 and not _MARKER_ONLY.match(t) for t in texts)


def _plain_inline(el: object) -> bool:
    """An inline element whose descendants are inline styling only, each wrapping all the text of its
    parent (no words of their own beside it)."""
    children = [c for c in el if isinstance(c.tag, str)]  # type: ignore[attr-defined]
    if not children:
        return True
    if len(children) > 1 or (el.text or "").strip() or (children[0].tail or "").strip():  # type: ignore[attr-defined]
        return False
    return children[0].tag.lower() in _INLINE and _plain_inline(children[0])


def _data_table(table: object, b: _Builder) -> None:
    """A data table: rows × cells, colspan/rowspan filled with merged copies; its <caption> (a
    posting's title: "高级税务顾问（S2） — 税务部") is the heading above it."""
    caption = table.find("caption")  # type: ignore[attr-defined]
    if caption is not None:
        b.hint = Hint(heading=3)
        for piece in caption.itertext():
            b.text(piece)
        b.flush()
    rows: list[list[Cell]] = []
    carry: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to fill)
    for tr in table.iter("tr"):  # type: ignore[attr-defined]
        row: list[Cell] = []
        col = 0

        def fill_carried() -> None:
            nonlocal col
            while col in carry:
                cell, left = carry[col]
                row.append(Cell(list(cell.units), merged=True))
                if left <= 1:
                    del carry[col]
                else:
                    carry[col] = (cell, left - 1)
                col += 1

        for td in tr:
            if not isinstance(td.tag, str) or td.tag.lower() not in ("td", "th"):
                continue
            fill_carried()
            units: list[Unit] = []
            b.sink = units
            b.hint = Hint(label=td.tag.lower() == "th")
            # "<th>卖品部主管<span>卖品部 · 杭州西湖店</span><span>7000-8500元/月</span>": each a piece
            _walk_content(td, b, [], _inline_boxes(td))
            b.flush()
            b.sink = None
            cell = Cell(units)
            span = int(td.get("colspan", "1") or 1) if str(td.get("colspan", "1")).isdigit() else 1
            down = int(td.get("rowspan", "1") or 1) if str(td.get("rowspan", "1")).isdigit() else 1
            for k in range(max(1, min(span, 50))):
                row.append(cell if k == 0 else Cell(list(units), merged=True))
                if down > 1:
                    carry[col] = (cell, down - 1)
                col += 1
        fill_carried()
        if row:
            rows.append(row)
    if rows:
        b.flow.append(Table(rows=rows, source="html", row_numbers=list(range(1, len(rows) + 1))))


# ("m<sup>2</sup>" is a unit's power: a bare number is no mark)
_FOOTNOTE_MARK = re.compile(r"\s*(?:[①-⑳]|[\[(（]\s*\d{1,2}\s*[\])）]|[*＊]{1,3}|[†‡]|注\s*\d{0,2})\s*")


def load_html(data: bytes, name: str, digest: str) -> Source:
    import lxml.html

    text, encoding, warnings = decode_text(data, name)
    raw_lines = physical_lines(text)
    positions = _Positions()
    positions.feed("\n".join(raw_lines))
    positions.close()
    cleaned = re.sub(r"^\s*<\?xml[^>]*\?>", "", "\n".join(raw_lines))
    root = lxml.html.document_fromstring(cleaned.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    for sup in list(root.iter("sup")):
        if _FOOTNOTE_MARK.fullmatch(sup.text_content() or ""):
            sup.drop_tree()  # "本馆展厅<sup>①</sup>": a footnote's mark, no word of the value (its tail stays)
    for el in _translations(root):
        el.drop_tree()  # '<span lang="zh">区域督导</span> <span lang="en">Area Supervisor</span>': the Chinese is the text
    _tooltips(root)
    builder = _Builder(_Aligner(positions.runs), css_labels=css_labels(root), attr_labels=css_attr_labels(root),
                       font_levels=font_levels(root))
    title_el = root.find(".//title")
    title = (title_el.text_content().strip() or None) if title_el is not None else None
    body = root.find("body")
    # Skip past the head's runs (title, scripts) before walking the body.
    head = root.find("head")
    for el in head.iter() if head is not None else []:
        if isinstance(el.tag, str) and el.text and el.text.strip():
            builder.aligner.line_of(el.text)
    _walk(body if body is not None else root, builder, [])
    builder.flush()
    from assistant.ingest.loaders.jsonld import posting_units

    from assistant.ingest.loaders.appstate import state_tables

    builder.flow = state_tables(root, raw_lines, posting_units(root, raw_lines, builder.flow))
    lines = [""] * len(raw_lines)
    for unit in units_of(builder.flow):
        idx = unit.line_no - 1
        if 0 <= idx < len(lines):
            if unit.text not in lines[idx]:  # a tab's title repeated above its panel is one line
                lines[idx] = f"{lines[idx]} {unit.text}".strip()
    doc = LoadedDocument(file=name, lines=lines, encoding=encoding, content_hash=digest, title=title, warnings=warnings)
    dropped = sorted(n for n in builder.dropped if 0 < n <= len(lines) and not lines[n - 1])
    return Source(doc=doc, flow=builder.flow, kind="html", dropped=dropped)


def _translations(root: object) -> list[object]:
    """Elements in another language beside their Chinese sibling (a bilingual page's English half)."""
    out = []
    for el in root.iter():  # type: ignore[attr-defined]
        lang = (el.get("lang") or el.get("xml:lang") or "").lower() if isinstance(el.tag, str) else ""
        parent = el.getparent()
        if lang and not lang.startswith("zh") and parent is not None and any(
                (x.get("lang") or "").lower().startswith("zh") for x in parent if isinstance(x.tag, str) and x is not el):  # fmt: skip
            out.append(el)
    return out


def fragment_flow(lines: list[str], first_line: int) -> list[Unit | Table]:
    """An HTML fragment written inside another format (a ``<table>`` in a Markdown file), read as
    HTML; its units numbered by the lines of the file it sits in."""
    flow = load_html("\n".join(lines).encode("utf-8"), "fragment.html", "").flow
    shift = first_line - 1

    def moved(unit: Unit) -> Unit:
        return replace(unit, line_no=unit.line_no + shift)

    return [replace(part, rows=[[replace(c, units=[moved(u) for u in c.units]) for c in row] for row in part.rows])
            if isinstance(part, Table) else moved(part) for part in flow]
