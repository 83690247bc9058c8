"""JD drafter: a job description (岗位说明书) for a post, assembled from what the corpus says about it.

Every drafted item is a quote (or a merge of near-identical quotes) with its sources; items the
drafter had to put together itself are marked ``generalised``; facts the corpus does not give are
visible placeholders (【待补充:…】), never invented.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field, field_validator

from assistant.config import Settings
from assistant.models import Citation
from assistant.ingest import markers as mk
from assistant.ingest.clean import is_boilerplate
from assistant.tools.data import SourceQuote, ToolData, quote_of
from assistant.tools.kpi_design import KpiDesign, design_kpis
from assistant.tools.roles import SIBLING, relatedness
from assistant.tools.sources import (
    QUAL_CATEGORIES,
    Candidate,
    RoleEvidence,
    family_base,
    qual_category,
    restriction_kinds,
)
from assistant.tools.text import clean_item, near_duplicate, sentences

MAX_DUTIES = 12
MAX_PER_CATEGORY = 4


def placeholder(what: str) -> str:
    return f"【待补充:{what}】"


def unmatched_message(role: str) -> str:
    """What the CLI and API say when the corpus describes neither the post nor any relative."""
    return (
        f"语料中没有找到与「{role}」相关的岗位职责或任职资格, 无法起草岗位说明书。"
        "请确认输入的是岗位名称 (如 客户经理、人力资源专员), 或先导入描述该岗位的语料。"
    )


class JdRequest(BaseModel):
    """What the user asks for; only the role is required."""

    role: str = Field(description="岗位名称")
    department: str | None = Field(default=None, description="所属部门")
    level: str | None = Field(default=None, description="岗位级别, 如 高级/初级")
    reports_to: str | None = Field(default=None, description="直属上级")
    notes: str | None = Field(default=None, description="补充要求, 如 侧重对公业务; 要求 CFA 优先")

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("岗位名称不能为空")
        if len(value) > 30:
            raise ValueError("岗位名称过长 (最多 30 个字)")
        return value

    @field_validator("department", "level", "reports_to", "notes")
    @classmethod
    def _blank_is_none(cls, value: str | None) -> str | None:
        return value.strip() or None if value is not None else None


class JdItem(BaseModel):
    """One line of the JD with its evidence."""

    text: str
    citations: list[SourceQuote] = Field(default_factory=list)
    support: int = Field(default=0, description="有多少个独立来源给出了该条")
    generalised: bool = Field(default=False, description="由起草工具归纳或推断, 非原文")
    placeholder: bool = False
    from_user: bool = False
    note: str | None = None
    category: str | None = None


class JdDraft(BaseModel):
    request: JdRequest
    title: JdItem
    department: JdItem
    reports_to: JdItem
    level: JdItem | None = None
    purpose: JdItem
    duties: list[JdItem]
    qualifications: dict[str, list[JdItem]]
    kpis: KpiDesign | None = None
    relations: list[JdItem]
    matched_roles: list[str] = Field(default_factory=list)
    excluded: list[JdItem] = Field(default_factory=list, description="未采用的条目 (如年龄、性别限制)")
    warnings: list[str] = Field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.duties and not self.duties[0].placeholder)

    @property
    def matched(self) -> bool:
        """Whether the corpus says anything at all about the post or a relative (else: nothing to draft)."""
        return bool(self.matched_roles)

    def all_items(self) -> list[JdItem]:
        items = [self.title, self.department, self.reports_to, self.purpose, *self.duties, *self.relations]
        if self.level:
            items.append(self.level)
        for group in self.qualifications.values():
            items.extend(group)
        return items

    @property
    def placeholders(self) -> list[str]:
        return [i.text for i in self.all_items() if i.placeholder]

    @property
    def citations(self) -> list[Citation]:
        """The numbered citations of the rendered Markdown ([n] markers), for chat and API answers."""
        from assistant.tools.export import render_jd_markdown

        return render_jd_markdown(self).citations

    def sources(self) -> list[SourceQuote]:
        """Distinct cited spans, in order of first use (JD items, then the KPI section)."""
        seen: dict[tuple[str, int, int], SourceQuote] = {}
        for item in self.all_items():
            for q in item.citations:
                seen.setdefault(q.key, q)
        if self.kpis:
            for k in self.kpis.indicators:
                for q in k.citations:
                    seen.setdefault(q.key, q)
        return list(seen.values())


# --- notes ---------------------------------------------------------------------------------------

_FOCUS_WORDS = {
    "对公": ("对公", "公司", "企业", "法人", "授信", "大客户"),
    "个人": ("个人", "对私", "零售", "理财", "储蓄", "VIP"),
}
_QUAL_NOTE = re.compile(r"优先|要求|具备|持有|需有|必须|证书|学历|经验|以上")
_FOCUS_NOTE = re.compile(r"^(?:侧重|重点|偏重|聚焦|主要负责|主攻)(?P<what>.+?)(?:业务|工作|方向)?$")


def parse_notes(notes: str | None) -> tuple[list[str], list[str], list[str]]:
    """(focus keywords, requirement notes, other notes) from free text."""
    focus: list[str] = []
    reqs: list[str] = []
    other: list[str] = []
    for part in re.split(r"[,;,;。\n]+", notes or ""):
        part = part.strip()
        if not part:
            continue
        m = _FOCUS_NOTE.match(part)
        if m:
            what = m.group("what").strip()
            key = next((k for k, words in _FOCUS_WORDS.items() if any(w in what for w in words)), None)
            focus.extend(_FOCUS_WORDS[key] if key else [what])
        elif _QUAL_NOTE.search(part):
            reqs.append(re.sub(r"^要求\s*", "", part))
        else:
            other.append(part)
    return focus, reqs, other


# --- merging -------------------------------------------------------------------------------------

_GENERIC = re.compile(r"(领导|上级)(交办|交给|交待)的其[他它]")
_NOISE = re.compile(r"小编|范文|阅读提示|点赞|推荐阅读|竞聘")


class _Cluster:
    def __init__(self, first: Candidate) -> None:
        self.members = [first]

    @property
    def rep(self) -> Candidate:
        """The fullest wording among the closest sources (a copy may be cut short by a line break)."""
        top = max(c.weight for c in self.members)
        return max((c for c in self.members if c.weight == top), key=lambda c: len(c.text))

    @property
    def support(self) -> int:
        return len({c.source for c in self.members})

    @property
    def weight(self) -> float:
        return max(c.weight for c in self.members)

    def citations(self, limit: int = 3) -> list[SourceQuote]:
        best: dict[str, Candidate] = {}
        for c in self.members:
            if c.source not in best or c.weight > best[c.source].weight:
                best[c.source] = c
        ordered = sorted(best.values(), key=lambda c: -c.weight)
        return [c.quote for c in ordered[:limit]]


def merge(candidates: list[Candidate], threshold: float = 0.6) -> list[_Cluster]:
    """Group near-duplicates (the corpus repeats lists verbatim and nearly verbatim)."""
    clusters: list[_Cluster] = []
    for cand in sorted(candidates, key=lambda c: -c.weight):  # stable: corpus order within a weight
        if _NOISE.search(cand.text) or is_boilerplate(cand.text):
            continue
        for cluster in clusters:
            if any(near_duplicate(cand.text, m.text, threshold) for m in cluster.members[:3]):
                cluster.members.append(cand)
                break
        else:
            clusters.append(_Cluster(cand))
    return clusters


def _rank(clusters: list[_Cluster], focus: list[str]) -> list[_Cluster]:
    """More agreeing sources first, then closer relatives; focus notes lift matching items."""

    def key(cl: _Cluster) -> tuple[float, float, int]:
        text = cl.rep.text
        bonus = 0.5 if focus and any(w in text for w in focus) else 0.0
        generic = 1 if _GENERIC.search(text) else 0
        return (generic, -(cl.support + bonus), -cl.weight)

    return sorted(clusters, key=key)


def _item(cl: _Cluster, category: str | None = None) -> JdItem:
    rep = cl.rep
    note = None
    if rep.inferred:
        note = f"来自「{rep.role}」的部门职责, 请确认是否由本岗位承担"
    elif rep.weight < 0.9:
        note = f"来自相近岗位「{rep.role}」"
    return JdItem(text=rep.text, citations=cl.citations(), support=cl.support, generalised=rep.inferred, note=note,
                  category=category)  # fmt: skip


# --- the draft ------------------------------------------------------------------------------------


def draft_jd(
    request: JdRequest | str,
    settings: Settings | None = None,
    *,
    data: ToolData | None = None,
    searcher: Any | None = None,
    with_kpis: bool = True,
    max_duties: int = MAX_DUTIES,
) -> JdDraft:
    """Draft a JD for ``request.role`` from the records under ``settings.records_dir``.

    ``searcher`` (a HybridSearcher) is optional: its duty/qualification hits add passages that the
    record scan did not attribute to the post.
    """
    if isinstance(request, str):
        request = JdRequest(role=request)
    if data is None:
        data = ToolData.load(settings or Settings())
    evidence = RoleEvidence(data, request.role)
    if searcher is not None:
        evidence.candidates.extend(_from_search(searcher, request.role, evidence, data))
    focus, req_notes, other_notes = parse_notes(request.notes)
    warnings: list[str] = []
    if not evidence.candidates:
        warnings.append(f"语料中没有找到「{request.role}」或相近岗位的职责与任职资格, 以下各项需人工补充。")
    if other_notes:
        warnings.append("以下备注未能自动处理, 请人工落实: " + ";".join(other_notes))

    duties = _duties(evidence, focus, max_duties)
    qualifications, excluded = _qualifications(evidence, data, request, req_notes)
    kpis = design_kpis(request.role, data=data, evidence=evidence) if with_kpis and evidence.candidates else None
    return JdDraft(
        request=request,
        title=JdItem(text=request.role, from_user=True),
        department=_department(request, evidence, data),
        reports_to=_reports_to(request, evidence, data),
        level=JdItem(text=request.level, from_user=True) if request.level else None,
        purpose=_purpose(evidence, duties, request.role),
        duties=duties,
        qualifications=qualifications,
        kpis=kpis,
        relations=_relations(evidence, duties),
        matched_roles=_matched(evidence),
        excluded=excluded,
        warnings=warnings + (kpis.notes if kpis else []),
    )


def _matched(evidence: RoleEvidence) -> list[str]:
    roles: dict[str, float] = {}
    for c in evidence.candidates:
        roles[c.role] = max(roles.get(c.role, 0.0), c.weight)
    return [r for r, _ in sorted(roles.items(), key=lambda rw: -rw[1])]


def _pool(evidence: RoleEvidence, kind: str, need: int) -> list[Candidate]:
    """Exact and specialised relatives always; siblings only when the closer ones say too little."""
    close = [c for c in evidence.of_kind(kind) if c.weight >= 0.6]  # type: ignore[arg-type]
    if len(merge(close)) >= need:
        return close
    return [c for c in evidence.of_kind(kind) if c.weight >= SIBLING]  # type: ignore[arg-type]


def _duties(evidence: RoleEvidence, focus: list[str], limit: int) -> list[JdItem]:
    clusters = _rank(merge(_pool(evidence, "duty", 5)), focus)
    items = [_item(cl) for cl in clusters[:limit]]
    if not items:
        return [JdItem(text=placeholder("主要职责"), placeholder=True)]
    return items


def _qualifications(
    evidence: RoleEvidence, data: ToolData, request: JdRequest, req_notes: list[str]
) -> tuple[dict[str, list[JdItem]], list[JdItem]]:
    groups: dict[str, list[JdItem]] = {c: [] for c in QUAL_CATEGORIES}
    excluded: list[JdItem] = []
    pool = _pool(evidence, "qualification", 3)
    if request.level:
        pool = pool + _level_candidates(data, request)
    for cl in _rank(merge(pool, 0.7), []):
        category = qual_category(cl.rep.text)
        item = _item(cl, category)
        kinds = restriction_kinds(cl.rep.text)
        if kinds:
            item.note = f"涉及{'、'.join(kinds)}限制, 与岗位能力无直接关系, 可能构成就业歧视, 未写入岗位说明书"
            excluded.append(item)
            continue
        if len(groups[category]) < MAX_PER_CATEGORY:
            groups[category].append(item)
    for note in req_notes:
        category = qual_category(note)
        groups[category].insert(0, JdItem(text=note, from_user=True, note="按用户要求添加", category=category))
    for category in QUAL_CATEGORIES[:-1]:
        if not groups[category]:
            groups[category].append(
                JdItem(text=placeholder(f"{category}要求"), placeholder=True, category=category)
            )
    if not groups["其他"]:
        del groups["其他"]
    return groups, excluded


def _level_candidates(data: ToolData, request: JdRequest) -> list[Candidate]:
    """What the corpus says about this level of the post ("高级客户经理岗要对知识深入了解熟练运用")."""
    assert request.level
    name = request.level + family_base(request.role)
    out: list[Candidate] = []
    for article, _section, block in data.blocks():
        if name not in block.text:
            continue
        for sentence in sentences(block.text.replace("\n", "")):
            for clause in re.split(r"[,;]", sentence):
                if name in clause and re.search(r"要|应|须|能够", clause):
                    clause = clean_item(clause)
                    quote = quote_of(clause, block.span, role=name, title=article.title)
                    out.append(Candidate(kind="qualification", text=clause, quote=quote, weight=0.9,
                                         source=article.id, role=name, origin="prose"))  # fmt: skip
    return out


def _field_quote(data: ToolData, evidence: RoleEvidence, value: str) -> SourceQuote | None:
    """The line of an exact posting that states ``value`` (a 所属部门 field or a 部门【岗位】 heading)."""
    for profile, weight in evidence.profiles:
        if weight < 0.9:
            continue
        article = data.article_by_id.get(profile.article_id)
        if article is None:
            continue
        for section in article.sections:
            for block in section.blocks:
                if value in block.text and block.span.line_start <= profile.span.line_end and (
                    mk.FIELD_LINE.match(block.text) or profile.title in block.text
                ):
                    return quote_of(block.text, block.span, role=profile.title, title=article.title)
    return None


def _department(request: JdRequest, evidence: RoleEvidence, data: ToolData) -> JdItem:
    if request.department:
        return JdItem(text=request.department, from_user=True)
    for dept in evidence.departments():
        if not _DEPARTMENT.search(dept):
            continue  # "某金融行业公司" names the employer, not a department
        quote = _field_quote(data, evidence, dept)
        return JdItem(text=dept, citations=[quote] if quote else [], support=1)
    return JdItem(text=placeholder("所属部门"), placeholder=True)


def _reports_to(request: JdRequest, evidence: RoleEvidence, data: ToolData) -> JdItem:
    if request.reports_to:
        return JdItem(text=request.reports_to, from_user=True)
    for cand in evidence.of_kind("reports_to", 0.9):
        return JdItem(text=cand.text, citations=[cand.quote], support=1)
    for profile, weight in evidence.profiles:
        if weight >= 0.9 and profile.reports_to:
            quote = _field_quote(data, evidence, profile.reports_to)
            return JdItem(text=profile.reports_to, citations=[quote] if quote else [], support=1)
    return JdItem(text=placeholder("直属上级"), placeholder=True)


def _purpose(evidence: RoleEvidence, duties: list[JdItem], role: str) -> JdItem:
    for min_weight in (0.9, 0.6):
        found = evidence.of_kind("purpose", min_weight)
        if found:
            clusters = _rank(merge(found), [])
            item = _item(clusters[0])
            return item
    real = [d for d in duties if not d.placeholder and not _GENERIC.search(d.text)][:3]
    if not real:
        return JdItem(text=placeholder("岗位目的"), placeholder=True)
    heads = [_head(d.text) for d in real]
    text = f"通过{'、'.join(heads)}等工作, 履行{role}岗位职责。"
    cites = [q for d in real for q in d.citations[:1]]
    return JdItem(text=text, citations=cites, generalised=True, note="由主要职责归纳, 非原文")


def _head(text: str) -> str:
    """The main clause of a duty, without 负责/工作 (for a generalised summary)."""
    clauses = [c for c in re.split(r"[,;。:]", text) if c]
    main = next((c for c in clauses if not re.match(r"^(根据|按照|依据|为了|在|通过|结合)", c)), clauses[0])
    main = re.sub(r"^(负责|协助|参与)", "", main) or main
    return re.sub(r"(等)?(工作|事宜)$", "", main) or main


_DEPARTMENT = re.compile(r"(部|部门|中心|处|科|室|组|团队|办公室)$")
_RELATION_VERB = re.compile(r"协调|沟通|配合|协作|对接|汇报|上报|请示|联系|反馈至|交流|会同")
_PARTY = re.compile(r"部门|领导|上级|总监|经理|主管|同事|下级|客户|业主|合作|政府|单位|银行|交易所")
_EXTERNAL = re.compile(r"客户|业主|合作单位|合作方|政府|交易所|监管|外部|供应商")


def _relations(evidence: RoleEvidence, duties: list[JdItem]) -> list[JdItem]:
    items: list[JdItem] = []
    for cl in merge(evidence.of_kind("relation", 0.9)):
        items.append(_item(cl))
    for duty in duties:
        if duty.placeholder or not (_RELATION_VERB.search(duty.text) and _PARTY.search(duty.text)):
            continue
        if any(near_duplicate(duty.text, i.text) for i in items):
            continue
        items.append(JdItem(text=duty.text, citations=duty.citations, support=duty.support, note="摘自主要职责"))
    for item in items:
        scope = "外部联系" if _EXTERNAL.search(item.text) else "内部联系"
        item.category = scope
    if not items:
        return [JdItem(text=placeholder("工作关系(内部协作部门、外部联系对象)"), placeholder=True)]
    return items


def _from_search(searcher: Any, role: str, evidence: RoleEvidence, data: ToolData) -> list[Candidate]:
    """Duty/qualification passages the search finds for the post in articles the records scan missed."""
    from assistant.models import BlockType, SectionKind

    try:
        from assistant.retrieve.retriever import SearchFilters

        filters = SearchFilters(section_kinds=[SectionKind.duties, SectionKind.qualifications])
        hits = searcher.search(f"{role} 岗位职责 任职资格", k=10, filters=filters, boost_roles=[role])
    except Exception:  # noqa: BLE001 - the searcher is optional; the records suffice
        return []
    known = {c.source for c in evidence.candidates}
    out: list[Candidate] = []
    for hit in hits:
        chunk = hit.chunk
        weight = relatedness(role, chunk.role) if chunk.role else 0.0
        article = data.article_by_id.get(chunk.article_id)
        if weight < 0.7 or chunk.article_id in known or article is None:
            continue
        kind = "qualification" if chunk.section_kind == SectionKind.qualifications else "duty"
        for section in article.sections:
            for block in section.blocks:
                inside = chunk.line_start <= block.span.line_start and block.span.line_end <= chunk.line_end
                if not inside or block.type == BlockType.heading:
                    continue
                quote = quote_of(block.text, block.span, role=chunk.role, title=chunk.article_title)
                out.append(Candidate(kind=kind, text=block.text, quote=quote, weight=weight * 0.9,  # type: ignore[arg-type]
                                     source=chunk.article_id, role=chunk.role or role, origin="prose"))  # fmt: skip
    return out
