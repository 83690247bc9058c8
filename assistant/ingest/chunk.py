"""Structure-aware chunks: sections packed to a target size, list items and table rows never split.

A table section repeats its header row at the top of every chunk, so each chunk reads on its
own. ``context`` is a short structural header (document · role · section kind) that retrieval
indexes but a citation never quotes: it is kept out of ``text`` and out of the span.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assistant.ingest.sentences import split_sentences
from assistant.models import SECTION_KIND_ZH, Article, Block, BlockType, Chunk, Section, SectionKind

_DUTY_KEYS = frozenset({"duties", "duty_label"})  # fields that are duties (a form's "主要职责 | …")

__all__ = ["chunk_article", "context_text", "short_hash", "split_sentences"]


def short_hash(text: str, n: int = 20) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@dataclass
class _Unit:
    """An unsplittable piece: a whole item, a heading, a table row, or a sentence run of a paragraph."""

    pieces: list[tuple[int, str]]  # (line_no, text)
    is_heading: bool = False
    fragment: bool = False  # a piece of one long paragraph: rejoined with its neighbours

    @property
    def size(self) -> int:
        return sum(len(t) for _, t in self.pieces)


def _block_units(block: Block, target: int, hard_max: int) -> list[_Unit]:
    if block.type == BlockType.heading:
        return [_Unit(block.numbered_lines(), is_heading=True)]
    if block.type != BlockType.text or len(block.text) <= hard_max:
        return [_Unit(block.shown_lines())]
    units = []
    for line_no, text in block.numbered_lines():
        units.extend(_Unit([(line_no, piece)], fragment=True) for piece in split_sentences(text, target))
    return units


def _pack(units: list[_Unit], target: int, header: _Unit | None) -> list[list[_Unit]]:
    groups: list[list[_Unit]] = []
    current: list[_Unit] = []
    size = 0
    for unit in units:
        only_headings = all(u.is_heading for u in current)
        if current and size + unit.size > target and not only_headings:
            groups.append(current)
            current = [header] if header is not None else []
            size = header.size if header is not None else 0
        current.append(unit)
        size += unit.size
    if current and not (header is not None and current == [header]):
        groups.append(current)
    return groups


def _render(units: list[_Unit]) -> str:
    """Join pieces; consecutive fragments of one paragraph line are rejoined without a break."""
    lines: list[tuple[int, str, bool]] = []
    for unit in units:
        for line_no, text in unit.pieces:
            if lines and unit.fragment and lines[-1][2] and lines[-1][0] == line_no:
                lines[-1] = (line_no, lines[-1][1] + text, True)
            else:
                lines.append((line_no, text, unit.fragment))
    return "\n".join(text for _, text, _ in lines)


def context_of(article: Article, section: Section, doc_title: str | None, post_heading: str | None = None) -> str:
    """"一德期货 · 人力资源专员 · 任职要求": where a chunk sits, built from structure.

    A file of several articles adds the article's own title (it may name the post: "网格经理职责
    篇4"), and every section of a post carries the heading that opened it ("合规发展部【宣传专员】"),
    so the post's duties are found by the words of its heading as well as its first section is.
    """
    parts: list[str] = []
    for title in (doc_title, article.title):
        if title and not any(title in p for p in parts):
            parts.append(title)
    org = section.organisation or article.organisation
    if org and not any(org in p for p in parts):
        parts.append(org)
    who = section.role or section.department
    if post_heading and (not who or who in post_heading) and not any(post_heading in p for p in parts):
        parts.append(post_heading)
    if who and not any(who in p for p in parts):
        parts.append(who)
    if section.kind != SectionKind.prose:
        parts.append(SECTION_KIND_ZH[section.kind.value])
    if section.heading and section.kind == SectionKind.kpi and section.heading not in parts and len(section.heading) <= 30:
        parts.append(section.heading)
    return " · ".join(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def chunk_article(article: Article, target: int = 400, hard_max: int = 900, doc_title: str | None = None) -> list[Chunk]:
    chunks: list[Chunk] = []
    carry: list[_Unit] = []  # a heading-only section waits to be glued to the next one
    post: tuple[str, str] | None = None  # (role, heading) of the heading that opened the current post
    sections = article.sections
    for pos, section in enumerate(sections):
        if section.role and post is not None and section.role != post[0]:
            post = None
        if section.opens_role and section.role and section.heading:
            post = (section.role, " ".join(section.heading.split()))
        header: _Unit | None = None
        units = list(carry)
        carry = []
        for block in section.blocks:
            made = _block_units(block, target, hard_max)
            if block.key == "header" and header is None:
                header = made[0]
            units.extend(made)
        has_body = any(not u.is_heading for u in units)
        if not has_body and pos + 1 < len(sections):
            carry = units
            continue
        context = context_of(article, section, doc_title, post[1] if post is not None and section.role == post[0] else None)
        # a post's head ("2.3 文创开发专员 / 所属部门：… / 直接上级：…") under a chapter of duties holds facts,
        # no duty: it is not the list a question about the post's duties looks for
        facts = [b for b in section.blocks if b.type != BlockType.heading]
        facts_only = section.kind == SectionKind.duties and bool(facts) and all(
            b.type == BlockType.field and b.key is not None and b.key not in _DUTY_KEYS for b in facts)
        kind = SectionKind.prose if facts_only else section.kind
        for group in _pack(units, target, header):
            text = _render(group)
            line_nos = [n for u in group for n, _ in u.pieces]
            start, end = min(line_nos), max(line_nos)
            chunks.append(
                Chunk(
                    id=short_hash(f"{article.file}|{start}|{end}|{text}"),
                    text=text,
                    file=article.file,
                    line_start=start,
                    line_end=end,
                    article_id=article.id,
                    article_title=article.title,
                    doc_title=doc_title,
                    section_id=section.id,
                    section_kind=kind,
                    section_heading=section.heading,
                    section_start=section.span.line_start,
                    section_end=section.span.line_end,
                    role=section.role,
                    organisation=section.organisation or article.organisation,
                    context=context,
                    content_hash=short_hash(text),
                )
            )
    return chunks


def context_text(chunk: Chunk) -> str:
    """Text to embed and index: the structural header, then the chunk."""
    return chunk.indexed_text
