"""Split a cleaned page into articles, blocks (headings, whole list items, paragraphs) and sections."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from assistant.ingest import markers as mk
from assistant.models import (
    Article,
    Block,
    BlockType,
    CleanDocument,
    CleanLine,
    Section,
    SectionKind,
    SourceSpan,
)

# Article headings of the collection pages: 客户经理岗位职责范文3 / 第2篇:… / …第5篇 / … 篇8
_ARTICLE_HEADINGS = [
    re.compile(r"^(?P<title>.{2,30}?)范文(?P<n>\d{1,2})$"),
    re.compile(r"^第(?P<n>\d{1,2})篇[:](?P<title>.{2,40})$"),
    re.compile(r"^(?P<title>.{2,30}?)\s*第(?P<n>\d{1,2})篇$"),
    re.compile(r"^(?P<title>.{2,30}?)\s*篇(?P<n>\d{1,2})$"),
]
_HEADING_MAX = 30
_CONTINUATION_START = ("并", "及", "以及", "和", "或", "等")
_TRAILING_HEADING = re.compile(
    r"^(?P<body>.{4,}[。;!])(?P<head>[^。;!,]{2,20}(工作内容|岗位职责|工作职责|任职要求|任职资格|任职条件):)$"
)


def article_heading(text: str) -> str | None:
    for pattern in _ARTICLE_HEADINGS:
        if pattern.match(text):
            return text
    return None


def split_articles(doc: CleanDocument) -> list[tuple[str, list[CleanLine]]]:
    """(title, lines) per article. A page without article headings is one article.

    Lines before the first heading are the page's own title lines: they belong to no article.
    """
    starts = [i for i, line in enumerate(doc.lines) if article_heading(line.text)]
    if not starts:
        first = doc.lines[0].text if doc.lines else ""
        title = first if 0 < len(first) <= 40 and first[-1] not in mk.TERMINAL_PUNCT else _stem(doc.file)
        return [(title, list(doc.lines))] if doc.lines else []
    out = []
    for pos, start in enumerate(starts):
        end = starts[pos + 1] if pos + 1 < len(starts) else len(doc.lines)
        out.append((doc.lines[start].text, doc.lines[start + 1 : end]))
    return out


def _title_stem(title: str) -> str:
    return re.sub(r"(第?\d+篇[:]?|篇\d+|范文\d+|\d+)", "", title).strip()


def _stem(file: str) -> str:
    name = file.rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0]


def _is_heading_text(text: str, marker: mk.Marker | None) -> bool:
    """Short, unpunctuated lines are headings unless they are plain list items (5、顾客存/取包)."""
    if len(text) > _HEADING_MAX or text[-1] in mk.TERMINAL_PUNCT or "。" in text:
        return False
    if marker is None:
        return True
    if marker.family in mk.HEADING_FAMILIES:
        return True
    # "1、连锁养生会所店长岗位职责": an arabic-numbered line that names a role's duties.
    return mk.parse_role_heading(marker.rest) is not None


def _span(file: str, lines: list[CleanLine]) -> SourceSpan:
    return SourceSpan(file=file, line_start=lines[0].line_no, line_end=lines[-1].line_no)


@dataclass
class _Open:
    """The item being built; continuation lines and nested sub-items join it."""

    marker: mk.Marker
    lines: list[CleanLine] = field(default_factory=list)


def build_blocks(file: str, lines: list[CleanLine]) -> list[Block]:
    blocks: list[Block] = []
    current: _Open | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            text = "\n".join(line.text for line in current.lines)
            blocks.append(
                Block(
                    type=BlockType.item,
                    text=text,
                    span=_span(file, current.lines),
                    marker=current.marker.token,
                    lines=current.lines,
                )
            )
            current = None

    def emit(kind: BlockType, line: CleanLine, marker: str | None = None) -> None:
        blocks.append(
            Block(type=kind, text=line.text, span=_span(file, [line]), marker=marker, lines=[line])
        )

    prev_line_no = -10
    for line in _split_trailing_heading(lines):
        text = line.text
        glued = mk.GLUED_ROLE_ITEM.match(text)
        if glued:
            # One source line holds a heading and the first item: split it, same line number.
            close()
            head = glued.group("role") + glued.group("label") + glued.group("n")
            emit(BlockType.heading, CleanLine(line_no=line.line_no, text=head))
            item_text = glued.group("item")
            marker = mk.parse_marker(item_text)
            if marker:
                current = _Open(marker, [CleanLine(line_no=line.line_no, text=item_text)])
            prev_line_no = line.line_no
            continue
        marker = mk.parse_marker(text)
        adjacent = line.line_no == prev_line_no + 1
        prev_line_no = line.line_no
        if _is_heading_text(text, marker) and not (
            current is not None and marker is None and _is_continuation(current, text, adjacent)
        ):
            close()
            emit(BlockType.heading, line, marker.token if marker else None)
            continue
        if marker is not None:
            if (
                current is not None
                and marker.family in mk.CHILD_FAMILIES
                and current.marker.family in mk.PARENT_FAMILIES
            ):
                current.lines.append(line)  # a sub-item (①, A、) stays inside its parent item
                continue
            close()
            current = _Open(marker, [line])
            continue
        if current is not None and _is_continuation(current, text, adjacent):
            current.lines.append(line)
            continue
        close()
        emit(BlockType.text, line)
    close()
    return blocks


def _is_continuation(item: _Open, text: str, adjacent: bool) -> bool:
    """A line without a marker continues the open item when it reads as the item's tail.

    An item cut mid-sentence ("…坚持由") continues on the next text line even across the blank
    line the page put between them, unless that line looks like a heading.
    """
    last = item.lines[-1].text
    open_ended = last[-1] not in mk.TERMINAL_PUNCT and last[-1] != ":"
    if open_ended and (adjacent or not _is_heading_text(text, None)):
        return True
    if not adjacent:
        return False
    return text.startswith(_CONTINUATION_START) or (len(text) <= 8 and text[-1] in "。;")


def _split_trailing_heading(lines: list[CleanLine]) -> list[CleanLine]:
    """"…损坏等。快递业务员的工作内容:" holds the end of an item and the next heading: split it."""
    out: list[CleanLine] = []
    for line in lines:
        m = _TRAILING_HEADING.match(line.text)
        if m:
            out.append(CleanLine(line_no=line.line_no, text=m.group("body")))
            out.append(CleanLine(line_no=line.line_no, text=m.group("head")))
        else:
            out.append(line)
    return out


@dataclass
class _SectionBuilder:
    kind: SectionKind
    heading: str | None
    role: str | None
    blocks: list[Block] = field(default_factory=list)
    department: str | None = None
    opens_role: bool = False


def _heading_core(text: str) -> tuple[mk.Marker | None, str]:
    marker = mk.parse_marker(text)
    if marker is None or "步" in marker.token:
        return marker, text  # "第二步:…" is read whole: the step word matters
    return marker, marker.rest


def build_sections(file: str, title_role: str | None, blocks: list[Block]) -> list[Section]:
    """Group blocks into sections by headings; each section knows its kind and role."""
    sections: list[Section] = []
    role = title_role
    top_kind: SectionKind | None = None  # kind of the enclosing top-level heading
    current = _SectionBuilder(SectionKind.prose, None, role)

    def flush() -> None:
        if not current.blocks:
            return
        kind = current.kind
        items = sum(b.type == BlockType.item for b in current.blocks)
        if current.heading is None and not sections and title_role and items * 2 >= len(current.blocks):
            kind = SectionKind.duties  # a bare list right under "大客户经理岗位职责 篇11"
        sections.append(
            Section(
                kind=kind,
                heading=current.heading,
                role=current.role,
                department=current.department,
                opens_role=current.opens_role,
                span=SourceSpan(
                    file=file,
                    line_start=min(b.span.line_start for b in current.blocks),
                    line_end=max(b.span.line_end for b in current.blocks),
                ),
                blocks=current.blocks,
            )
        )

    for block in blocks:
        if block.type != BlockType.heading:
            current.blocks.append(block)
            continue
        field_match = mk.FIELD_LINE.match(block.text)
        if field_match:
            # 岗位名称:快递业业务员 opens a profile; 所属部门/直属上司 are profile fields.
            if field_match.group("key") in ("岗位名称", "职位名称"):
                flush()
                role = field_match.group("value").strip()
                current = _SectionBuilder(SectionKind.prose, None, role, [block], opens_role=True)
            else:
                current.blocks.append(block)
            continue
        marker, core = _heading_core(block.text)
        role_heading = mk.parse_role_heading(core) or _glued_heading_role(block.text)
        if role_heading is None and marker is not None and marker.family in ("cn", "paren_cn"):
            role_heading = mk.bare_role_heading(core)
        flush()
        if role_heading is not None:
            role = role_heading.role
            top_kind = role_heading.kind
            current = _SectionBuilder(
                role_heading.kind or SectionKind.prose,
                block.text,
                role,
                [block],
                department=role_heading.department,
                opens_role=True,
            )
            continue
        if marker is not None and marker.family == "cn":
            role = title_role  # a new numbered part ("二、客户营销类") leaves the previous role behind
        kind = mk.section_kind_of(core)
        is_top = marker is None or marker.family in ("cn", "clause", "ordinal_cn")
        if kind is None:
            if marker is None and block.text.endswith(":") and current.kind in (
                SectionKind.duties,
                SectionKind.qualifications,
            ):
                kind = current.kind  # "辅助工作:" style sub-heading inside a duty list
            elif not is_top and top_kind is not None:
                kind = top_kind
            else:
                kind = SectionKind.prose
        if is_top:
            top_kind = kind if kind != SectionKind.prose else None
        current = _SectionBuilder(kind, block.text, role, [block])
    flush()
    return sections


def _glued_heading_role(text: str) -> mk.RoleHeading | None:
    m = re.match(r"^(?P<role>[\u4e00-\u9fff]{2,12}?)(工作职责|岗位职责)\d$", text)
    if not m:
        return None
    role, _ = mk.clean_role(m.group("role"))
    return mk.RoleHeading(role, None, SectionKind.duties) if role else None


def segment(doc: CleanDocument) -> list[Article]:
    articles = []
    parts = split_articles(doc)
    # Collection pages give every article the same generic title ("客户经理岗位职责范文3"):
    # such a title says nothing about the role its article describes.
    stems = Counter(_title_stem(title) for title, _ in parts)
    for index, (title, lines) in enumerate(parts, start=1):
        if not lines:
            continue
        title_role = mk.role_from_title(title) if stems[_title_stem(title)] < 3 else None
        blocks = build_blocks(doc.file, lines)
        sections = build_sections(doc.file, title_role, blocks)
        articles.append(
            Article(
                id=f"{doc.file}#{index}",
                file=doc.file,
                index=index,
                title=title,
                span=_span(doc.file, lines),
                sections=sections,
            )
        )
    return articles
