"""What the knowledge base holds about the role (or KPI-sheet department) a tool is asked for.

Resolution goes through the snapshot's role inventory (exact title, same-document spelling,
lexicon alias, narrower post, misspelling). A role is unknown when the inventory has nothing
for it; then the tools refuse with the inventory's suggestions rather than draft from a role
that merely shares a character. Related roles are kept apart and only ever used as a
labelled fallback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.knowledge.roles import RoleEntry
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.models import Article, JobProfile, KpiEntry, Section, SectionKind
from assistant.text import bigrams, squash
from assistant.tools.errors import ToolError, require_knowledge

MAX_RELATED = 2
ITEM_CHARS = 150  # longer "items" are paragraphs of an essay


def profile_department(p: JobProfile) -> str | None:
    """The department a profile states (attribute or labelled field)."""
    return p.department or (p.fields["department"].text if "department" in p.fields else None)


@dataclass
class RoleMaterial:
    asked: str
    title: str  # the title the knowledge base uses
    match: str  # exact | alias | narrower | typo | combined (department + title) | within (a longer title)
    entry: RoleEntry | None
    profiles: list[JobProfile] = field(default_factory=list)  # own profiles, preferred first
    sections: list[tuple[Article, Section]] = field(default_factory=list)  # sections naming the role, no profile
    related: list[tuple[str, list[JobProfile]]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what the reader must know about the match
    focus: list[str] = field(default_factory=list)  # qualifier of a narrower post ("对公")
    kpi_file: str | None = None  # a KPI sheet that names the post in its text (its rows are the post's)

    @property
    def owner_keys(self) -> set[str]:
        """Spellings under which a KPI sheet may list this role or department."""
        keys = {squash(self.title)}
        if self.entry is not None:
            keys |= set(self.entry.forms) | {self.entry.key}
        for p in self.profiles:
            keys.add(squash(p.title))
            keys |= {squash(a) for a in p.aliases}
        return {k for k in keys if k}

    @property
    def departments(self) -> list[str]:
        out: list[str] = []
        for p in self.profiles:
            dept = profile_department(p)
            if dept and dept not in out:
                out.append(dept)
        return out

    @property
    def is_department(self) -> bool:
        return bool(self.entry and self.entry.is_department and not self.profiles)


def _unknown(snapshot: KnowledgeSnapshot, role: str, suggestions: list[str]) -> ToolError:
    suggestions = list(dict.fromkeys(s for s in suggestions if s))[:5]
    if suggestions:
        hint = "您是不是要找：" + "、".join(f"「{s}」" for s in suggestions) + "？"
    else:
        sample = "、".join(e.title for e in sorted(snapshot.inventory.with_profiles(), key=lambda e: e.title)[:6])
        hint = f"知识库中有资料的岗位例如：{sample}。" if sample else ""
    message = f"知识库中没有「{role}」的岗位资料。{hint}如需为该岗位起草，请先导入描述它的文档（gangwei ingest）。"
    return ToolError(message, status=404, suggestions=suggestions)


def _combined(snapshot: KnowledgeSnapshot, role: str) -> list[JobProfile]:
    """Profiles whose department plus title is the asked role: a 岗位说明书 whose 岗位名称 cell reads
    "经理" under 所属部门 "财务部" describes the 财务部经理."""
    key = squash(role)
    out = []
    for p in snapshot.profiles:
        dept = profile_department(p)
        if not dept:
            continue
        stem = squash(dept)
        forms = {stem + squash(p.title)}
        for suffix in snapshot.lexicon.roles.department_suffixes:
            if stem.endswith(squash(suffix)) and len(stem) > len(squash(suffix)):
                forms.add(stem[: -len(squash(suffix))] + squash(p.title))
        if key in forms:
            out.append(p)
    return out


def _rank_profiles(profiles: list[JobProfile], organisation: str | None, department: str | None) -> list[JobProfile]:
    """Profiles of the organisation/department the request names first, then the richest."""

    def named(value: str | None, *texts: str | None) -> bool:
        return bool(value) and any(t and squash(value) in squash(t) for t in texts)

    def key(p: JobProfile) -> tuple[int, int, int]:
        prefer = int(named(organisation, p.organisation, p.doc_title, p.article_title, p.span.file))
        prefer += int(named(department, profile_department(p)))
        items = [*p.duties, *p.qualifications, *p.kpis, *p.purpose]
        # list items count; essay paragraphs that happen to follow a role heading do not
        richness = sum(len(i.text) <= ITEM_CHARS for i in items) + len(p.fields)
        return (-prefer, -richness, 0)

    ranked = sorted(profiles, key=key)
    if organisation or department:
        chosen = [p for p in ranked if key(p)[0] < 0]
        if chosen:
            return chosen
    return ranked


def _names_department(snapshot: KnowledgeSnapshot, text: str) -> bool:
    suffixes = (squash(s) for s in snapshot.lexicon.roles.department_suffixes)
    return any(len(text) > len(s) and text.endswith(s) for s in suffixes)


def _in_department(profiles: list[JobProfile], department: str) -> bool:
    return any(department in squash(profile_department(p) or "") for p in profiles)


_SEGMENTS = re.compile(r"[-—_/／·()（）\[\]【】\s]+")


def _written_within(snapshot: KnowledgeSnapshot, role: str) -> list[RoleEntry]:
    """Titles that contain the asked one: "产品经理-People-成都" names a 产品经理, "人力资源招聘专员(一级)"
    a 招聘专员. A whole segment of the title wins over a mere substring."""
    key = squash(role)
    if len(key) < 3:
        return []
    segment, inside = [], []
    for entry in snapshot.inventory.with_profiles():
        parts = {squash(p) for p in _SEGMENTS.split(entry.title) if p}
        if key in parts:
            segment.append(entry)
        elif key in entry.key:
            inside.append(entry)
    return segment or inside


def _sharing(snapshot: KnowledgeSnapshot, role: str) -> list[str]:
    """Titles with profiles that share words with the asked role (offered, never used unasked)."""
    key = {b for b in bigrams(role) if len(b) == 2}
    scored = []
    for entry in snapshot.inventory.with_profiles():
        shared = len(key & bigrams(entry.title))
        if shared:
            scored.append((-shared, entry.title))
    return [t for _, t in sorted(scored)][:5]


def relatives(snapshot: KnowledgeSnapshot, entry: RoleEntry, with_profiles: bool = True) -> list[RoleEntry]:
    """Other titles of the same line of work: their cores (the title without its role and
    department ending) share a word ("前台接待员" ~ "前台主管"; "财务部经理" !~ "培训部经理").
    Same-document titles first."""
    own = _core(snapshot, entry.key)
    key = {b for b in bigrams(own) if len(b) == 2}
    scored = []
    for other in snapshot.inventory.entries.values():
        usable = other.has_profile if with_profiles else bool(other.kpi_count)
        if other.key == entry.key or not usable:
            continue
        shared = len(key & bigrams(_core(snapshot, other.key)))
        if shared:
            scored.append((-shared, -len(entry.files & other.files), other.title, other))
    return [e for *_, e in sorted(scored, key=lambda t: t[:3])]


def _core(snapshot: KnowledgeSnapshot, title: str) -> str:
    """A title without its role ending and department ending ("财务部经理" -> "财务")."""
    core = squash(title)
    roles = snapshot.lexicon.roles
    for words in (roles.suffixes, roles.department_suffixes):
        for word in sorted((squash(w) for w in words), key=len, reverse=True):
            if len(word) >= 2 and core.endswith(word) and len(core) > len(word):
                core = core[: -len(word)]
                break
    return core


def resolve_material(
    snapshot: KnowledgeSnapshot,
    role: str,
    organisation: str | None = None,
    department: str | None = None,
    thin: int = 3,
) -> RoleMaterial:
    """The role's own profiles and sections (and relatives when the own duties number < ``thin``)."""
    require_knowledge(snapshot)
    inventory = snapshot.inventory
    resolution = inventory.resolve(role)
    if resolution.status == "none":
        resolution = inventory.resolve_head(role) or resolution  # "薪资核算" of 薪资核算专员
    best = resolution.best
    status = resolution.status
    material: RoleMaterial | None = None
    if best is not None and status in ("known", "narrower", "typo"):
        entry = best.entry
        profiles = _profiles_of(snapshot, entry)
        extra = squash(role).replace(entry.key, "", 1) if status == "narrower" and entry.key in squash(role) else ""
        if extra and _names_department(snapshot, extra) and not _in_department(profiles, extra):
            # "销售部经理" is not the 财务部's 经理: a department in front of a title must be the profile's
            material = None
        else:
            material = RoleMaterial(asked=role, title=entry.title, match=best.match, entry=entry, profiles=profiles)
            if status == "narrower":
                material.focus = [extra] if extra else []
                material.notes.append(
                    f"知识库中没有「{role}」的专门资料，以下依据「{entry.title}」的资料起草"
                    + (f"，并优先采用与「{extra}」有关的内容" if extra else "") + "。"
                )
            elif status == "typo":
                material.notes.append(
                    f"知识库中没有「{role}」，已按相近的「{entry.title}」起草；如不是该岗位，请修改岗位名称。"
                )
    if material is None:
        combined = _combined(snapshot, role)
        if combined:
            material = RoleMaterial(asked=role, title=role, match="combined", entry=inventory.get(combined[0].title),
                                    profiles=combined)  # fmt: skip
    if material is None:
        wider = _written_within(snapshot, role)
        if len(wider) == 1:
            entry = wider[0]
            material = RoleMaterial(asked=role, title=entry.title, match="within", entry=entry,
                                    profiles=_profiles_of(snapshot, entry))  # fmt: skip
            material.notes.append(f"知识库中的岗位名称为「{entry.title}」，以下依据它起草。")
    if material is None:
        related = [c.entry.title for c in resolution.candidates]
        raise _unknown(snapshot, role, related + resolution.suggestions + _sharing(snapshot, role))

    material.profiles = _rank_profiles(material.profiles, organisation, department)
    if material.entry is not None and not material.profiles:
        material.sections = _sections_of(snapshot, material.entry)
    if _duty_count(material) < thin and material.entry is not None:
        for rel in relatives(snapshot, material.entry)[:MAX_RELATED]:
            profs = _profiles_of(snapshot, rel)
            if profs:
                material.related.append((rel.title, _rank_profiles(profs, organisation, department)))
    return material


_OWN_KINDS = (SectionKind.duties, SectionKind.qualifications)


def _profiles_of(snapshot: KnowledgeSnapshot, entry: RoleEntry) -> list[JobProfile]:
    return [snapshot.profile_by_id[i] for i in entry.profile_ids if i in snapshot.profile_by_id]


def _sections_of(snapshot: KnowledgeSnapshot, entry: RoleEntry) -> list[tuple[Article, Section]]:
    """Sections that name the role although no profile was built for it."""
    forms = set(entry.forms) | {entry.key}
    # filtered on the section refs: only the matching sections are parsed
    found = [snapshot.sections[sid] for sid, ref in snapshot.section_refs() if ref.role and squash(ref.role) in forms]
    if found:
        return found
    # "HR整理：外卖运营专员岗位职责（整理稿）" in an interview record: a section whose heading names
    # the post and the kind of its content, in a document not about it
    return [snapshot.sections[sid] for sid, ref in snapshot.section_refs()
            if ref.kind in _OWN_KINDS and ref.heading and any(f in squash(ref.heading) for f in forms if len(f) >= 3)]


def _duty_count(material: RoleMaterial) -> int:
    n = sum(len(d.text) <= ITEM_CHARS for p in material.profiles for d in p.duties)
    n += sum(len(s.items) for _, s in material.sections if s.kind.value == "duties")
    return n


# --- KPI rows -------------------------------------------------------------------------------------


def _owners(entry: KpiEntry) -> list[str]:
    return [o for o in [entry.department, *entry.roles] if o]


def own_kpi_rows(snapshot: KnowledgeSnapshot, material: RoleMaterial) -> list[KpiEntry]:
    """Indicators a KPI sheet (or a sentence) assigns to exactly this role or department."""
    keys = material.owner_keys
    rows = [e for e in snapshot.kpis if e.kind == "indicator" and (any(squash(o) in keys for o in _owners(e))
            or material.kpi_file is not None and e.span.file == material.kpi_file and e.origin == "table")]  # fmt: skip
    if rows or not keys:
        return rows
    # "店长" whose one KPI sheet is headed "蜀味居门店店长…": the one longer title ending in it that
    # a sheet owns is the same post, written with the company's and the unit's names
    longer = {squash(o) for e in snapshot.kpis if e.kind == "indicator" and e.origin == "table" for o in _owners(e)
              if any(squash(o).endswith(k) and len(squash(o)) > len(k) for k in keys)}  # fmt: skip
    if len(longer) != 1:
        return []
    return [e for e in snapshot.kpis if e.kind == "indicator" and any(squash(o) in longer for o in _owners(e))]


def sheet_naming(snapshot: KnowledgeSnapshot, role: str) -> RoleMaterial | None:
    """A post no profile describes but one KPI sheet's text names ("请针对财务分析会计提交的…" in the
    财务部内控与财务分析 sheet): that sheet's rows are its indicators, said so."""
    sheets = {e.span.file for e in snapshot.kpis if e.origin == "table" and e.kind == "indicator"}
    files: list[str] = []
    for sid in snapshot.sections_mentioning(role, limit=20):
        found = snapshot.section_of(sid)
        file = found[1].span.file if found else None
        if file in sheets and file not in files:
            files.append(file)
    if len(files) != 1:
        return None
    material = RoleMaterial(asked=role, title=role, match="mentioned", entry=None, kpi_file=files[0])
    material.notes.append(f"知识库中没有「{role}」的岗位说明；考核表《{snapshot.document_title(files[0])}》提到了它，"
                          "以下依据该表的考核指标设计。")  # fmt: skip
    return material


def department_kpi_rows(snapshot: KnowledgeSnapshot, material: RoleMaterial) -> list[KpiEntry]:
    """Indicators of the department the role's profile names (the role works towards them)."""
    keys = {squash(d) for d in material.departments} - material.owner_keys
    if not keys:
        return []
    # the unit's own rows, and the post's own under the unit's name ("水厂值班长" of 值班长): a row
    # another post of the unit owns is that post's, not the unit's
    title = squash(material.title)
    return [e for e in snapshot.kpis if e.kind == "indicator" and any(squash(o) in keys for o in _owners(e))
            and (not e.roles or any(squash(r).endswith(title) for r in e.roles))]  # fmt: skip


def related_kpi_rows(snapshot: KnowledgeSnapshot, material: RoleMaterial) -> list[KpiEntry]:
    """Indicators that KPI sheets give to relatives of the role (titles of the same line of work)."""
    if material.entry is None:
        return []
    keys: set[str] = set()
    for rel in relatives(snapshot, material.entry, with_profiles=False):
        if rel.key not in material.owner_keys:
            keys |= set(rel.forms) | {rel.key}
    return [e for e in snapshot.kpis if e.kind == "indicator" and any(squash(o) in keys for o in _owners(e))]
