"""JD drafter: a 岗位说明书 for any role the knowledge base describes, every item cited.

The standard template is filled from the role's own profile(s) first (several profiles of one
title are merged and de-duplicated, the organisation/department the request names first);
relatives fill in only when the role's own duties are thin, and are marked. Facts the
documents do not give stay visible as 【待补充:…】. User notes are applied or listed as not
applied, with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.models import Citation, Hit, JobProfile, ProfileItem, SectionKind
from assistant.text import bigrams, containment, one_line, similarity, squash, strip_marker
from assistant.tools.duty_analysis import duty_output
from assistant.tools.errors import ToolError
from assistant.tools.kpi_design import ORIGIN_ZH, KpiRequest, plan_design
from assistant.tools.notes import Note, NoteOutcome, parse_notes
from assistant.tools.quoting import Source, Sourcer
from assistant.tools.role_material import RoleMaterial, resolve_material

Search = Callable[[str, int], list[Hit]]
MAX_DUTIES = 15  # a JD's duty list; a longer source list is cut with a warning
MAX_PER_CATEGORY = 5
MAX_SOURCES = 3  # citations kept for one merged item
THIN = 3  # fewer own duties than this: relatives may fill in
MAX_ITEM_CHARS = 150  # a longer "item" is a paragraph of an essay, not a duty or a requirement
QUALIFICATION_LABELS = {"education": "学历", "major": "专业", "experience": "经验", "certificate": "证书", "skills": "技能"}
OTHER = "其他"
QUALIFICATION_ORDER = [*QUALIFICATION_LABELS.values(), OTHER]
# fields.toml keys whose values are requirements, and their template category
_FIELD_CATEGORY = {**{k: v for k, v in QUALIFICATION_LABELS.items()}, "age": OTHER, "gender": OTHER,
                   "other_requirements": OTHER}  # fmt: skip
_GENERIC = re.compile(r"(?:交办|交给|交待|安排|布置)的?其[他它]")  # "领导交办的其他工作" goes last
_RELATION_VERB = re.compile(r"协调|沟通|配合|协作|对接|联系|汇报|联络|衔接")
_EXTERNAL = re.compile(r"外部|供应商|政府|监管|合作方|合作单位|媒体|社区|主管部门")

Origin = Literal["own", "related", "user", "derived", "placeholder"]


def placeholder(what: str) -> str:
    return f"【待补充:{what}】"


class JdRequest(BaseModel):
    """What the user asks for; only the role is required."""

    role: str = Field(description="岗位名称")
    department: str | None = Field(default=None, description="所属部门 (用户指定)")
    organisation: str | None = Field(default=None, description="优先采用该公司/机构的资料")
    reports_to: str | None = Field(default=None, description="直属上级 (用户指定)")
    level: str | None = Field(default=None, description="岗位级别 (用户指定)")
    notes: str | None = Field(default=None, description="补充要求, 如: 侧重财务分析; 要求 CPA 优先")
    include_kpis: bool = Field(default=True, description="是否附关键绩效指标")

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        return (value or "").strip()

    @field_validator("department", "organisation", "reports_to", "level", "notes")
    @classmethod
    def _blank(cls, value: str | None) -> str | None:
        return (value or "").strip() or None


class JdItem(BaseModel):
    """One line of the draft with its citations ([n] numbers of ``JdDraft.citations``).

    ``sources`` repeats those citations in full so that an item stands on its own (a UI opens an
    item's passages; structural readers such as the eval find each section's citations).
    """

    text: str
    citations: list[int] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list)
    origin: Origin = "own"
    source_role: str | None = Field(default=None, description="the related role an item comes from")
    category: str | None = None
    note: str | None = Field(default=None, description="provenance note shown in Markdown (not in .docx)")

    @property
    def placeholder(self) -> bool:
        return self.origin == "placeholder"


class JdDraft(BaseModel):
    request: JdRequest
    role: str = Field(description="岗位名称 as drafted")
    matched_title: str = Field(description="the title the knowledge base uses")
    match: str = "exact"
    organisation: str | None = None
    documents: list[str] = Field(default_factory=list, description="titles of the documents drawn on")
    basics: dict[str, JdItem] = Field(description="岗位名称, 所属部门, 直属上级, 下属 (+ 岗位级别, 工作地点, 薪资 when stated)")
    purpose: JdItem
    duties: list[JdItem]
    qualifications: dict[str, list[JdItem]]
    kpis: list[JdItem] = Field(default_factory=list)
    relations: list[JdItem] = Field(default_factory=list)
    notes: list[NoteOutcome] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)

    # the template's basic facts by name (what a reader of the draft asks for)
    @property
    def title(self) -> JdItem:
        return self.basics["岗位名称"]

    @property
    def department(self) -> JdItem | None:
        return self.basics.get("所属部门")

    @property
    def reports_to(self) -> JdItem | None:
        return self.basics.get("直属上级")

    @property
    def subordinates(self) -> JdItem | None:
        return self.basics.get("下属")

    @property
    def level(self) -> JdItem | None:
        return self.basics.get("岗位级别")

    def sections(self) -> list[tuple[str, list[JdItem]]]:
        """The template's sections in order (what every renderer walks)."""
        quals = [i for items in self.qualifications.values() for i in items]
        return [("基本信息", list(self.basics.values())), ("岗位目的", [self.purpose]), ("主要职责", self.duties),
                ("任职资格", quals), ("关键绩效指标", self.kpis), ("工作关系", self.relations)]  # fmt: skip

    def all_items(self) -> list[JdItem]:
        return [i for _, items in self.sections() for i in items]

    @property
    def placeholders(self) -> list[str]:
        return [i.text for i in self.all_items() if i.placeholder]

    @property
    def not_applied(self) -> list[NoteOutcome]:
        return [n for n in self.notes if not n.applied]


# --- pieces (items before numbering) -------------------------------------------------------------------


@dataclass
class Piece:
    text: str
    sources: list[Source] = field(default_factory=list)
    origin: Origin = "own"
    source_role: str | None = None
    category: str | None = None
    note: str | None = None


def _clean(text: str) -> str:
    return re.sub(r"[;；,，、]+$", "", one_line(strip_marker(text))).strip()


def _dupe(a: str, b: str) -> bool:
    if squash(a) == squash(b):
        return True
    fa, fb = bigrams(a), bigrams(b)
    return similarity(fa, fb) >= 0.6 or containment(fa, fb) >= 0.85


def merge_pieces(pieces: list[Piece]) -> list[Piece]:
    """Near-identical items of several profiles become one item citing each (up to three)."""
    kept: list[Piece] = []
    for piece in pieces:
        twin = next((k for k in kept if _dupe(k.text, piece.text)), None)
        if twin is None:
            kept.append(piece)
            continue
        fuller = len(piece.text) > len(twin.text) and containment(twin.text, piece.text) >= 0.9
        if fuller and piece.origin == twin.origin:
            twin.text = piece.text  # the fuller wording (a copy may be cut short)
        for s in piece.sources:
            known = any((s.file, s.line_start) == (t.file, t.line_start) for t in twin.sources)
            if len(twin.sources) < MAX_SOURCES and not known:
                twin.sources.append(s)
    return kept


def _item_piece(sourcer: Sourcer, item: ProfileItem, profile: JobProfile | None, origin: Origin = "own",
                related: str | None = None, text: str | None = None) -> Piece:  # fmt: skip
    body = text if text is not None else _clean(item.text)
    source = sourcer.span(item.span.file, item.span.line_start, item.span.line_end, body,
                          role=profile.title if profile else None,
                          organisation=profile.organisation if profile else None)  # fmt: skip
    note = f"来自相近岗位「{related}」" if related else None
    return Piece(body, [source], origin, related, None, note)


# --- basics ------------------------------------------------------------------------------------------------


def _field_piece(sourcer: Sourcer, profiles: list[JobProfile], key: str, attr: str | None = None,
                 accept: Callable[[str], bool] = lambda v: True) -> Piece | None:  # fmt: skip
    """A labelled fact: the first profile whose field (or attribute) states it, with its line."""
    for p in profiles:
        item = p.fields.get(key)
        if item is not None and item.text.strip() and accept(item.text):
            value = _clean(item.text)
            return Piece(value, [sourcer.span(item.span.file, item.span.line_start, item.span.line_end, value,
                                              role=p.title, organisation=p.organisation, focus=value)])  # fmt: skip
        value = getattr(p, attr, None) if attr else None
        if value and accept(value):
            source = sourcer.value_in(p, value)
            return Piece(value.strip(), [source] if source else [])
    return None


def _is_department(snapshot: KnowledgeSnapshot, value: str) -> bool:
    """"某金融行业公司" names an employer, not a department: departments end like one."""
    key = squash(value)
    return any(key.endswith(squash(s)) for s in snapshot.lexicon.roles.department_suffixes)


def _basics(request: JdRequest, material: RoleMaterial, sourcer: Sourcer, role: str) -> dict[str, Piece]:
    snapshot = sourcer.snapshot
    profiles = material.profiles
    out: dict[str, Piece] = {}
    title_source = sourcer.value_in(profiles[0], profiles[0].title) if profiles else None
    out["岗位名称"] = Piece(role, [title_source] if title_source else [])

    def user_or(label: str, value: str | None, found: Piece | None) -> None:
        if value:
            out[label] = Piece(value, [], "user", note="用户指定")
        elif found is not None:
            out[label] = found
        else:
            out[label] = Piece(placeholder(label), [], "placeholder")

    user_or("所属部门", request.department,
            _field_piece(sourcer, profiles, "department", "department", lambda v: _is_department(snapshot, v)))  # fmt: skip
    user_or("直属上级", request.reports_to, _field_piece(sourcer, profiles, "reports_to", "reports_to"))
    user_or("下属", None, _field_piece(sourcer, profiles, "subordinates", "subordinates"))
    if request.level:
        out["岗位级别"] = Piece(request.level, [], "user", note="用户指定")
    elif (level := _field_piece(sourcer, profiles, "level")) is not None:
        out["岗位级别"] = level
    for label, key in (("工作地点", "location"), ("薪资", "pay")):
        found = _field_piece(sourcer, profiles, key, key)
        if found is not None:
            out[label] = found
    return out


# --- duties, qualifications, purpose, relations ---------------------------------------------------------------


def _duty_pieces(material: RoleMaterial, sourcer: Sourcer, search: Search | None) -> tuple[list[Piece], list[str]]:
    pieces: list[Piece] = []
    for p in material.profiles:
        pieces += [_item_piece(sourcer, d, p) for d in p.duties]
    for _article, section in material.sections:
        if section.kind == SectionKind.duties:
            for block in section.items:
                item = ProfileItem(text=block.text, span=block.span, line_nos=block.line_nos)
                pieces.append(_item_piece(sourcer, item, None))
    if len(pieces) < THIN and search is not None:
        pieces += _searched_duties(material, sourcer, search)
    pieces = [p for p in merge_pieces(pieces) if 4 <= len(p.text) <= MAX_ITEM_CHARS]
    related_used: list[str] = []
    if len(pieces) < THIN:
        for title, profiles in material.related:
            extra = [_item_piece(sourcer, d, profiles[0], "related", title) for d in profiles[0].duties
                     if len(d.text) <= MAX_ITEM_CHARS]  # fmt: skip
            if extra:
                related_used.append(title)
                pieces = merge_pieces(pieces + extra)
    return pieces, related_used


def _searched_duties(material: RoleMaterial, sourcer: Sourcer, search: Search) -> list[Piece]:
    """Duty passages the retriever finds for this very role (a section no profile was built from)."""
    try:
        hits = search(f"{material.title} 岗位职责", 8)
    except Exception:  # noqa: BLE001 - the records are enough; search only adds
        return []
    keys = material.owner_keys
    # postings of the same title by another employer (left out by ``_one_employer``) stay out
    others = [p.span for p in sourcer.snapshot.profiles_of(material.title) if p not in material.profiles]
    out = []
    for hit in hits:
        c = hit.chunk
        if c.section_kind != SectionKind.duties or not c.role or squash(c.role) not in keys:
            continue
        if any(c.file == sp.file and c.line_start <= sp.line_end and sp.line_start <= c.line_end for sp in others):
            continue
        found = sourcer.snapshot.section_of(c.section_id)
        if found is None:
            continue
        for block in found[1].items:
            item = ProfileItem(text=block.text, span=block.span, line_nos=block.line_nos)
            out.append(_item_piece(sourcer, item, None))
    return out


def _order_duties(pieces: list[Piece], focus: list[str]) -> tuple[list[Piece], int]:
    """Items mentioning a focus word first, generic "交办的其他工作" last; returns (order, matched)."""

    def mentions(text: str) -> bool:
        return any(_mentions(text, f) for f in focus)

    matched = [p for p in pieces if focus and mentions(p.text) and not _GENERIC.search(p.text)]
    rest = [p for p in pieces if p not in matched and not _GENERIC.search(p.text)]
    generic = [p for p in pieces if _GENERIC.search(p.text)]
    return matched + rest + generic, len(matched)


def _mentions(text: str, term: str) -> bool:
    term_key = squash(term)
    if not term_key:
        return False
    if term_key in squash(text):
        return True
    feats = bigrams(term)
    return len(feats) >= 2 and containment(feats, bigrams(text)) >= 0.67 and len(feats & bigrams(text)) >= 2


def _split_requirement(text: str, snapshot: KnowledgeSnapshot | None = None) -> list[str]:
    """"本科及以上学历;人力资源相关专业毕业" holds two requirements of different categories; so does a
    posting's one sentence of them, "男，45岁以下，初中学历，具有三年以上…操作经验，能吃苦耐劳" (its clauses),
    and "计算机及其相关专业毕业,一年以上的开发经验" (two clauses, each of a category of its own)."""
    parts = [p.strip() for p in re.split(r"[;；]", _clean(text)) if p.strip()]
    if len(parts) > 1 and all(len(p) >= 4 for p in parts):
        return parts
    clauses = [c.strip() for c in re.split(r"[,，]", _clean(text)) if c.strip()]
    if len(clauses) >= CLAUSES_MIN:
        return clauses
    if snapshot is not None and len(clauses) >= 2 and all(len(c) >= 4 for c in clauses):
        kinds = [_category(snapshot, c, None) for c in clauses]
        if OTHER not in kinds and len(set(kinds)) == len(kinds):
            return clauses
    return [_clean(text)]


CLAUSES_MIN = 4  # clauses of one requirement sentence read as requirements of their own


def _category(snapshot: KnowledgeSnapshot, text: str, stated: str | None) -> str:
    """The template category of a requirement: as stated, else the category whose words
    (``sections.toml``) it uses most ("人力资源相关专业毕业" is about the major, not the degree)."""
    if stated in _FIELD_CATEGORY:
        return _FIELD_CATEGORY[stated or ""]
    best, hits = None, 0
    for key, words in snapshot.lexicon.sections.qualification_categories.items():
        n = sum(1 for w in words if w in text)
        if n > hits:
            best, hits = key, n
    return _FIELD_CATEGORY.get(best or "", OTHER)


def _qualification_pieces(material: RoleMaterial, sourcer: Sourcer) -> tuple[list[Piece], list[str]]:
    pieces: list[Piece] = []

    def add(item: ProfileItem, profile: JobProfile | None, stated: str | None, origin: Origin = "own",
            related: str | None = None) -> None:  # fmt: skip
        parts = _split_requirement(item.text, sourcer.snapshot)
        for part in parts:
            piece = _item_piece(sourcer, item, profile, origin, related, text=part)
            # (the category stated for the whole sentence is its first clause's, not every clause's)
            piece.category = _category(sourcer.snapshot, part, stated if len(parts) == 1 else None)
            pieces.append(piece)

    for p in material.profiles:
        for key, item in p.fields.items():
            if key in _FIELD_CATEGORY and item.text.strip():
                add(item, p, key)
        for q in p.qualifications:
            add(q, p, q.category)
    for _article, section in material.sections:
        if section.kind == SectionKind.qualifications:
            for block in section.items:
                add(ProfileItem(text=block.text, span=block.span, line_nos=block.line_nos), None, None)
    related_used: list[str] = []
    if len(pieces) < 2:
        for title, profiles in material.related:
            before = len(pieces)
            for q in profiles[0].qualifications:
                add(q, profiles[0], q.category, "related", title)
            if len(pieces) > before:
                related_used.append(title)
    return [p for p in merge_pieces(pieces) if 2 <= len(p.text) <= MAX_ITEM_CHARS], related_used


def _purpose(material: RoleMaterial, sourcer: Sourcer, duties: list[Piece]) -> Piece:
    for p in material.profiles:
        items = p.purpose or ([p.fields["purpose"]] if "purpose" in p.fields else [])
        if items:
            text = "".join(_clean(i.text) for i in items)
            return Piece(text, [_item_piece(sourcer, i, p).sources[0] for i in items][:MAX_SOURCES])
    real = [d for d in duties if d.origin == "own" and not _GENERIC.search(d.text)][:3]
    if not real:
        return Piece(placeholder("岗位目的"), [], "placeholder")
    heads = "、".join(dict.fromkeys(duty_output(d.text, sourcer.snapshot.lexicon) for d in real))
    text = f"通过{heads}等工作，履行「{material.title}」的岗位职责。"
    return Piece(text, [d.sources[0] for d in real if d.sources], "derived", note="由主要职责归纳，非原文")


def _relations(material: RoleMaterial, sourcer: Sourcer, duties: list[Piece], basics: dict[str, Piece]) -> list[Piece]:
    snapshot = sourcer.snapshot
    customer = snapshot.lexicon.bsc.dimensions.get("customer")
    parties = [w for w in (customer.indicator_words if customer else []) if len(w) >= 2]
    out: list[Piece] = []
    for label in ("直属上级", "下属"):
        piece = basics.get(label)
        if piece is not None and piece.origin == "own":
            out.append(Piece(f"{'汇报对象' if label == '直属上级' else '管理对象'}：{piece.text}", list(piece.sources),
                             category="内部联系"))  # fmt: skip
    for p in material.profiles:
        for sid, ref in snapshot.section_refs():  # only the overlapping relations sections are parsed
            if ref.kind != SectionKind.relations or ref.file != p.span.file:
                continue
            section = snapshot.section(sid)
            if section is None or not section.span.overlaps(p.span):
                continue
            for block in section.blocks:
                if block.type.value in ("item", "text", "field"):
                    out.append(_item_piece(sourcer, ProfileItem(text=block.text, span=block.span), p))
    for duty in duties:
        if duty.origin == "own" and _RELATION_VERB.search(duty.text):
            out.append(Piece(duty.text, list(duty.sources), note="摘自主要职责"))
    out = merge_pieces(out)
    for piece in out:
        if piece.category is None:
            external = _EXTERNAL.search(piece.text) or any(w in piece.text for w in parties)
            piece.category = "外部联系" if external else "内部联系"
    return out


# --- notes -------------------------------------------------------------------------------------------------------


def _apply_notes(notes: list[Note], duties: list[Piece], quals: list[Piece], snapshot: KnowledgeSnapshot
                 ) -> tuple[list[Piece], list[Piece], list[NoteOutcome]]:  # fmt: skip
    outcomes: list[NoteOutcome] = []
    focus = [n for n in notes if n.kind == "focus"]
    for note in notes:
        if note.kind == "exclude":
            before = len(duties) + len(quals)
            duties = [d for d in duties if not _mentions(d.text, note.what)]
            quals = [q for q in quals if not _mentions(q.text, note.what)]
            removed = before - len(duties) - len(quals)
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=bool(removed),
                                        detail=f"已删去提到「{note.what}」的 {removed} 条内容" if removed
                                        else f"草稿中没有提到「{note.what}」的条目，无需删除"))  # fmt: skip
        elif note.kind == "add_duty":
            duties.append(Piece(note.what, [], "user", note="用户补充"))
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=True, detail="已作为用户补充的职责加入「主要职责」"))
        elif note.kind == "require":
            category = _category(snapshot, note.what, None)
            quals.insert(0, Piece(note.what, [], "user", category=category, note="用户补充"))
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=True,
                                        detail=f"已作为用户补充的要求加入「任职资格 · {category}」"))  # fmt: skip
        elif note.kind == "other":
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=False,
                                        detail="无法判断应写入岗位说明书的哪一部分，请人工补充到相应栏目"))  # fmt: skip
    for note in focus:
        ordered, matched = _order_duties(duties, [note.what])
        if matched:
            duties = ordered
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=True,
                                        detail=f"已将提到「{note.what}」的 {matched} 条职责排在前面"))  # fmt: skip
        else:
            outcomes.append(NoteOutcome(note=note.text, kind=note.kind, applied=False,
                                        detail=f"该岗位的资料中没有提到「{note.what}」的职责，未作调整；可用「增加职责：…」补充"))  # fmt: skip
    return duties, quals, outcomes


# --- KPIs -----------------------------------------------------------------------------------------------------------


def _kpi_pieces(request: JdRequest, material: RoleMaterial, snapshot: KnowledgeSnapshot,
                sourcer: Sourcer) -> list[Piece]:  # fmt: skip
    try:
        # (a description lists the post's indicators as its sheet states them: no other post's row
        # added to cover a scorecard dimension the sheet leaves out; that is the KPI tool's design)
        _material, picks, _notes = plan_design(KpiRequest(role=request.role, organisation=request.organisation,
                                                          department=request.department, dimensions_required=False),
                                               snapshot, sourcer, material)  # fmt: skip
    except ToolError:
        return [Piece(placeholder("关键绩效指标"), [], "placeholder")]
    out = []
    for c in picks:
        # what the source does not state is marked as the draft's own suggestion
        detail = [f"维度推断为{c.dim.label}" if c.dim.inferred else c.dim.label]
        if c.target:
            detail.append(f"目标：{c.target}")
        detail.append(f"权重 {c.weight}%" if c.stated_weight is not None else f"建议权重 {c.weight}%")
        origin: Origin = "own" if c.tier <= 2 else "derived"
        note = None if origin == "own" else ORIGIN_ZH[c.origin]
        out.append(Piece(f"{c.name}（{'；'.join(detail)}）", list(c.sources), origin, category=c.dim.bsc.value, note=note))
    return out


# --- the draft --------------------------------------------------------------------------------------------------------


def _number(sourcer: Sourcer, piece: Piece) -> JdItem:
    return JdItem(text=piece.text, citations=sourcer.cite(piece.sources), origin=piece.origin,
                  source_role=piece.source_role, category=piece.category, note=piece.note)  # fmt: skip


def _employer(p: JobProfile) -> str:
    return p.organisation or p.doc_title or p.span.file


def _one_employer(material: RoleMaterial, named: set[str]) -> list[str]:
    """Keep the postings of the preferred profile's employer (postings of one post by several
    companies are never merged into one JD); returns the employers left out. ``named``: the
    organisations the whole knowledge base names (folded)."""
    if len(material.profiles) < 2:
        return []
    # the employer whose profile describes the post (a KPI sheet's owner row, ranked first for
    # its rows, describes nothing); a profile with no duties or requirements only adds facts: kept
    # (one that lists duties before one that only lists requirements: a posting export's row)
    lead = next((p for p in material.profiles if p.duties), None) or next(
        (p for p in material.profiles if p.qualifications), material.profiles[0])
    first = squash(_employer(lead))

    def same_employer(p: JobProfile) -> bool:
        if p.span.file == lead.span.file:
            return True  # one document is one employer's, whatever each of its tables is read to name
        # a document naming no organisation is the knowledge base's own company's as much as any
        if p.organisation and lead.organisation:
            return squash(p.organisation) == squash(lead.organisation)
        # and when the knowledge base names only one organisation (a PDF's letterhead), every
        # document naming none is that one's
        return squash(_employer(p)) == first or not (p.organisation or lead.organisation) or len(named) == 1

    kept = [p for p in material.profiles if same_employer(p) or not (p.duties or p.qualifications)]
    others = list(dict.fromkeys(_employer(p) for p in material.profiles if p not in kept))
    material.profiles = [lead] + [p for p in kept if p is not lead]
    return others


def draft_jd(request: JdRequest | str, snapshot: KnowledgeSnapshot, search: Search | None = None) -> JdDraft:
    """Draft the JD of ``request.role`` from the knowledge base (ToolError when it cannot)."""
    if isinstance(request, str):
        request = JdRequest(role=request)
    if not request.role:
        raise ToolError("请填写岗位名称，例如：人力资源专员、车辆调度员。", status=422)
    if len(request.role) > 40:
        raise ToolError("岗位名称太长（最多 40 个字），请只填写岗位名称。", status=422)
    material = resolve_material(snapshot, request.role, request.organisation, request.department)
    sourcer = Sourcer(snapshot)
    role = request.role if material.match in ("narrower", "combined") else material.title
    warnings = list(material.notes)
    names = {squash(p.organisation) for p in snapshot.profiles if p.organisation}
    # ("和孩子们一起长大——童悦幼教集团" over a careers page is 童悦幼教集团 again: one company)
    names = {n for n in names if not any(m != n and m in n for m in names)}
    others = _one_employer(material, names)
    if others:
        warnings.append(f"知识库中另有{'、'.join(others)}的同名岗位资料；本草稿只采用"
                        f"「{_employer(material.profiles[0])}」的资料，不混用不同单位的内容。")

    basics = _basics(request, material, sourcer, role)
    duties, related_duties = _duty_pieces(material, sourcer, search)
    quals, related_quals = _qualification_pieces(material, sourcer)
    for title in dict.fromkeys(related_duties + related_quals):
        warnings.append(f"「{material.title}」自身的资料较少，补充了相近岗位「{title}」的内容（已逐条标注），请核对。")
    if material.focus:
        duties, _ = _order_duties(duties, material.focus)
    else:
        duties, _ = _order_duties(duties, [])
    duties, quals, outcomes = _apply_notes(parse_notes(request.notes), duties, quals, snapshot)
    if len(duties) > MAX_DUTIES:
        # nothing is left out unsaid: the draft names how many it kept of how many
        warnings.append(f"资料中共有 {len(duties)} 条职责，草稿保留前 {MAX_DUTIES} 条，其余请到原文查看后按需补充。")
        duties = duties[:MAX_DUTIES]
    purpose = _purpose(material, sourcer, duties)
    relations = _relations(material, sourcer, duties, basics)
    kpis = _kpi_pieces(request, material, snapshot, sourcer) if request.include_kpis else []

    # number in template order, so [n] ascend through the document
    basic_items = {label: _number(sourcer, p) for label, p in basics.items()}
    purpose_item = _number(sourcer, purpose)
    duty_items = [_number(sourcer, d) for d in duties] or [JdItem(text=placeholder("主要职责"), origin="placeholder")]
    qual_items: dict[str, list[JdItem]] = {c: [] for c in QUALIFICATION_ORDER}
    for q in quals:
        group = qual_items[q.category or OTHER]
        if len(group) < MAX_PER_CATEGORY:
            group.append(_number(sourcer, q))
    for category in QUALIFICATION_ORDER[:-1]:
        if not qual_items[category]:
            missing = JdItem(text=placeholder(f"{category}要求"), origin="placeholder", category=category)
            qual_items[category].append(missing)
    if not qual_items[OTHER]:
        del qual_items[OTHER]
    kpi_items = [_number(sourcer, k) for k in kpis]
    relation_items = [_number(sourcer, r) for r in relations] or [
        JdItem(text=placeholder("工作关系（内部协作部门、外部联系对象）"), origin="placeholder")
    ]
    documents = list(dict.fromkeys(c.title or c.file for c in sourcer.book.citations))
    organisation = next((p.organisation for p in material.profiles if p.organisation), None)
    draft = JdDraft(
        request=request, role=role, matched_title=material.title, match=material.match, organisation=organisation,
        documents=documents, basics=basic_items, purpose=purpose_item, duties=duty_items,
        qualifications=qual_items, kpis=kpi_items, relations=relation_items, notes=outcomes, warnings=warnings,
        citations=list(sourcer.book.citations),
    )  # fmt: skip
    by_id = {c.id: c for c in draft.citations}
    for item in draft.all_items():  # after all numbering: merged passages have their final lines
        item.sources = [by_id[i] for i in item.citations if i in by_id]
    return draft
