"""Structure-aware chunks: sections packed to a target size, list items never split."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from assistant.models import Article, BlockType, Chunk, Section, SectionKind

_SENTENCE_END = re.compile(r"(?<=[。!?;])")
_CLAUSE_END = re.compile(r"(?<=[,、:])")


def short_hash(text: str, n: int = 20) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


@dataclass
class _Unit:
    """An unsplittable piece: a whole item, a heading, or part of one long paragraph line."""

    pieces: list[tuple[int, str]]  # (line_no, text); several only for multi-line items
    is_heading: bool = False

    @property
    def size(self) -> int:
        return sum(len(t) for _, t in self.pieces)


def split_sentences(text: str, limit: int) -> list[str]:
    """Split a long line at Chinese sentence ends, then clause ends, into pieces <= limit."""
    sentences = [s for s in _SENTENCE_END.split(text) if s]
    out: list[str] = []
    for sentence in sentences:
        if len(sentence) <= limit:
            out.append(sentence)
            continue
        buf = ""
        for clause in (c for c in _CLAUSE_END.split(sentence) if c):
            if buf and len(buf) + len(clause) > limit:
                out.append(buf)
                buf = ""
            buf += clause
            while len(buf) > limit:  # a clause with no punctuation at all
                out.append(buf[:limit])
                buf = buf[limit:]
        if buf:
            out.append(buf)
    return out


def _units(section: Section, target: int, hard_max: int) -> list[_Unit]:
    units: list[_Unit] = []
    for block in section.blocks:
        if block.type == BlockType.item:
            units.append(_Unit([(line.line_no, line.text) for line in block.lines]))
        elif block.type == BlockType.heading:
            units.append(_Unit([(block.lines[0].line_no, block.text)], is_heading=True))
        else:
            line = block.lines[0]
            if len(block.text) <= hard_max:
                units.append(_Unit([(line.line_no, block.text)]))
            else:
                units.extend(_Unit([(line.line_no, piece)]) for piece in split_sentences(block.text, target))
    return units


def _pack(units: list[_Unit], target: int) -> list[list[_Unit]]:
    groups: list[list[_Unit]] = []
    current: list[_Unit] = []
    size = 0
    for unit in units:
        only_headings = all(u.is_heading for u in current)
        if current and size + unit.size > target and not only_headings:
            groups.append(current)
            current, size = [], 0
        current.append(unit)
        size += unit.size
    if current:
        groups.append(current)
    return groups


def _render(units: list[_Unit]) -> str:
    """Join pieces; consecutive pieces of the same source line are rejoined without a break."""
    lines: list[tuple[int, str]] = []
    for unit in units:
        for line_no, text in unit.pieces:
            if lines and lines[-1][0] == line_no and not unit.is_heading:
                lines[-1] = (line_no, lines[-1][1] + text)
            else:
                lines.append((line_no, text))
    return "\n".join(text for _, text in lines)


def chunk_article(article: Article, target: int = 400, hard_max: int = 900) -> list[Chunk]:
    chunks: list[Chunk] = []
    carry: list[_Unit] = []  # a heading-only section waits to be glued to the next one
    sections = article.sections
    for pos, section in enumerate(sections):
        units = carry + _units(section, target, hard_max)
        carry = []
        has_body = any(not u.is_heading for u in units)
        if not has_body and pos + 1 < len(sections):
            carry = units
            continue
        for group in _pack(units, target):
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
                    section_kind=section.kind,
                    section_heading=section.heading,
                    role=section.role,
                    content_hash=short_hash(text),
                )
            )
    return chunks


def context_text(chunk: Chunk) -> str:
    """Text to embed and index: the chunk plus where it sits (title, role, section)."""
    head = [chunk.article_title]
    if chunk.role:
        head.append(chunk.role)
    if chunk.section_heading and chunk.section_heading not in chunk.text:
        head.append(chunk.section_heading)
    if chunk.section_kind != SectionKind.prose:
        head.append({"duties": "岗位职责", "qualifications": "任职资格", "kpi": "绩效考核"}[chunk.section_kind.value])
    return " / ".join(head) + "\n" + chunk.text
