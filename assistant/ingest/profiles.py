"""Extract job profiles (role, department, duties, qualifications) from segmented articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from assistant.ingest import markers as mk
from assistant.models import Article, BlockType, JobProfile, ProfileItem, Section, SectionKind, SourceSpan

_LIST_KINDS = (SectionKind.duties, SectionKind.qualifications)


def same_role(a: str, b: str) -> bool:
    """快递业业务员 ~ 快递业务员: the same role written twice in one posting."""
    return a in b or b in a or SequenceMatcher(None, a, b).ratio() >= 0.8


@dataclass
class _Draft:
    role: str
    department: str | None = None
    reports_to: str | None = None
    kinds: set[SectionKind] = field(default_factory=set)
    sections: list[Section] = field(default_factory=list)
    duties: list[ProfileItem] = field(default_factory=list)
    qualifications: list[ProfileItem] = field(default_factory=list)


def section_items(section: Section) -> list[ProfileItem]:
    """The section's list items; a section written as plain paragraphs gives one item each."""
    blocks = [b for b in section.blocks if b.type == BlockType.item]
    if not blocks:
        blocks = [b for b in section.blocks if b.type == BlockType.text]
    return [ProfileItem(text=b.text, span=b.span) for b in blocks]


def extract_profiles(article: Article) -> list[JobProfile]:
    drafts: list[_Draft] = []
    current: _Draft | None = None
    for section in article.sections:
        fields = _fields(section)
        if "岗位名称" in fields or "职位名称" in fields:
            current = _Draft(role=fields.get("岗位名称") or fields["职位名称"])
            drafts.append(current)
        if current is not None:
            current.department = current.department or fields.get("所属部门")
            current.reports_to = current.reports_to or fields.get("直属上司") or fields.get("直属上级")
        if section.role is None:
            continue
        if section.opens_role and not (
            current is not None and same_role(current.role, section.role) and section.kind not in current.kinds
        ):
            current = _Draft(role=section.role, department=section.department)
            drafts.append(current)
        elif current is None or not same_role(current.role, section.role):
            current = _Draft(role=section.role, department=section.department)
            drafts.append(current)
        current.sections.append(section)  # the span covers the role heading too
        if section.kind in _LIST_KINDS:
            current.kinds.add(section.kind)
            target = current.duties if section.kind == SectionKind.duties else current.qualifications
            target.extend(section_items(section))
    profiles = []
    for draft in drafts:
        if not (draft.duties or draft.qualifications):
            continue
        spans = [s.span for s in draft.sections]
        profiles.append(
            JobProfile(
                id=f"{article.id}/p{len(profiles) + 1}",
                title=draft.role,
                department=draft.department,
                reports_to=draft.reports_to,
                article_id=article.id,
                article_title=article.title,
                span=SourceSpan(
                    file=article.file,
                    line_start=min(s.line_start for s in spans),
                    line_end=max(s.line_end for s in spans),
                ),
                duties=draft.duties,
                qualifications=draft.qualifications,
            )
        )
    return profiles


def _fields(section: Section) -> dict[str, str]:
    out: dict[str, str] = {}
    for block in section.blocks:
        m = mk.FIELD_LINE.match(block.text)
        if m:
            out[m.group("key")] = m.group("value").strip()
    return out
