"""KPI designer: 4–7 indicators for a role or a KPI-sheet department, weights summing to exactly 100.

Evidence comes in tiers, and a design takes the closest first:

0. the owner's own KPI sheet rows (names, formulas, data sources, periods, dimensions and weights
   as the sheet states them);
1. the owner's own stated standards (a 岗位说明书's 业绩标准/岗位工作目标) and sentences that
   assign indicators to the role;
2. the sheet of the department the role's profile names;
3. the KPI library: rows of related owners, and indicators whose words the role's duties use;
4. indicators derived from the role's duties by the duty-analysis method (marked derived);
5. a generic indicator of a scorecard dimension nothing else covers (only to reach three
   dimensions, marked as such).

Stated weights are re-scaled proportionally (largest remainder); otherwise weights follow the
dimensions. Methodology passages are cited only when a document states them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, Field, field_validator

from assistant.knowledge.citations import CitationBook
from assistant.knowledge.snapshot import KnowledgeSnapshot, canonical_indicator
from assistant.models import BscDimension, Citation, Hit, JobProfile, KpiEntry, ProfileItem
from assistant.text import bigrams, containment, one_line, similarity, squash, strip_marker
from assistant.tools.dimensions import ORDER, Dimension, DimensionMapper
from assistant.tools.duty_analysis import derive
from assistant.tools.errors import ToolError
from assistant.tools.measures import SUGGESTED, indicator_core, suggested_formula, suggested_source
from assistant.tools.methods import Passage, method_passages
from assistant.tools.quoting import Source, Sourcer
from assistant.tools.role_material import (
    RoleMaterial,
    department_kpi_rows,
    own_kpi_rows,
    related_kpi_rows,
    resolve_material,
    sheet_naming,
)
from assistant.tools.weights import allocate

Search = Callable[[str, int], list[Hit]]
MIN_KPIS, MAX_KPIS = 4, 7
DEFAULT_COUNT = 5  # when the owner's own sheet does not say how many
MIN_DIMENSIONS = 3
PENDING = "【待设定】"
SIMILAR_NAME = 0.75  # two indicator names this similar are the same indicator

Origin = Literal["own_sheet", "own_standard", "own_mention", "department_sheet", "passage", "library", "derived", "supplement"]
ORIGIN_ZH: dict[str, str] = {
    "own_sheet": "本岗位考核表",
    "own_standard": "本岗位说明书",
    "own_mention": "文档为本岗位列出",
    "department_sheet": "本部门考核表",
    "passage": "论及本岗位的指标段落",
    "library": "指标库",
    "derived": "职责推导",
    "supplement": "维度补充",
}
_TIER: dict[str, int] = {"own_sheet": 0, "own_standard": 1, "own_mention": 1, "department_sheet": 2, "passage": 2,
                         "library": 3, "derived": 4, "supplement": 5}  # fmt: skip
LISTED = 4  # indicators one paragraph names to be a list of them (one in passing is no list)
_COMPARISON = re.compile(
    r"(?P<target>(?:须|应|要)?(?:达到|达|不低于|不少于|不高于|不超过|不大于|不小于|小于|大于|低于|高于|控制在|保持在?|≥|≤|>|<|＞|＜)"
    r".*|\d[\d.]*\s*%?\s*(?:以上|以下|以内)?)$"
)


def check_count(count: int | None) -> int | None:
    """An explicit indicator count must be 4–7: clamping it silently would ignore the request."""
    if count is not None and not MIN_KPIS <= count <= MAX_KPIS:
        raise ToolError(f"指标个数应在 {MIN_KPIS} 到 {MAX_KPIS} 之间（每个岗位 4–7 个关键绩效指标为宜），请重新填写。", status=422)
    return count


class KpiRequest(BaseModel):
    role: str = Field(description="岗位名称或 KPI 表中的部门名称")
    count: int | None = Field(default=None, description="指标个数 (4–7); 默认按考核表或 5 个")
    dimensions_required: bool = Field(default=True, description="是否要求覆盖至少 3 个平衡计分卡维度")
    organisation: str | None = Field(default=None, description="优先采用该公司/机构的资料")
    department: str | None = Field(default=None, description="优先采用该部门的资料")

    @field_validator("role")
    @classmethod
    def _role(cls, value: str) -> str:
        return (value or "").strip()

    @field_validator("organisation", "department")
    @classmethod
    def _blank(cls, value: str | None) -> str | None:
        return (value or "").strip() or None


class DesignedKpi(BaseModel):
    name: str
    dimension: BscDimension
    dimension_label: str = Field(description="维度: 原表写法 (如 内部营运类) 或平衡计分卡维度")
    dimension_inferred: bool = Field(default=False, description="维度由指标名称推断, 非原文")
    weight: int = Field(ge=0, le=100)
    stated_weight: float | None = Field(default=None, description="原表权重 (%)")
    formula: str = Field(description="计算口径")
    formula_stated: bool = False
    data_source: str
    data_source_stated: bool = False
    target: str = PENDING
    period: str = PENDING
    origin: Origin
    rationale: str = Field(description="选取理由")
    derivation: str | None = Field(default=None, description="职责 → 产出 → 衡量 → 指标")
    citations: list[int] = Field(default_factory=list)
    sources: list[Citation] = Field(default_factory=list, description="the cited passages in full")

    @property
    def derived(self) -> bool:
        return self.origin in ("derived", "supplement")


class KpiDesign(BaseModel):
    request: KpiRequest
    role: str = Field(description="the role as asked")
    title: str = Field(description="the role or department as the knowledge base names it")
    owner_kind: Literal["role", "department"] = "role"
    match: str = "exact"
    indicators: list[DesignedKpi]
    explanation: str = Field(description="设计说明, with [n] markers of the method citations")
    method_citations: list[int] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)

    @property
    def total_weight(self) -> int:
        return sum(k.weight for k in self.indicators)

    @property
    def dimensions(self) -> list[BscDimension]:
        return [d for d in ORDER if any(k.dimension == d for k in self.indicators)]


# --- candidates ------------------------------------------------------------------------------------


@dataclass
class Candidate:
    """An indicator the design may take, with its evidence (not yet numbered)."""

    name: str
    dim: Dimension
    origin: Origin
    order: int
    rationale: str
    sources: list[Source] = field(default_factory=list)
    stated_weight: float | None = None
    formula: str | None = None
    data_source: str | None = None
    period: str | None = None
    target: str | None = None
    derivation: str | None = None
    weight: int = 0

    @property
    def tier(self) -> int:
        return _TIER[self.origin]


def _entry_candidate(entry: KpiEntry, origin: Origin, rationale: str, dims: DimensionMapper, sourcer: Sourcer,
                     order: int) -> Candidate:  # fmt: skip
    dim = dims.of_entry(entry)
    formula = entry.formula or entry.definition
    return Candidate(
        name=one_line(entry.name), dim=dim, origin=origin, order=order, rationale=rationale,
        sources=[sourcer.entry(entry)], stated_weight=entry.weight, formula=formula,
        data_source=entry.data_source, period=entry.period, target=entry.target,
    )  # fmt: skip


def _where(snapshot: KnowledgeSnapshot, entry: KpiEntry) -> str:
    """The table an entry sits in: its caption or sheet, else the document title."""
    return f"「{entry.section}」" if entry.section else f"《{snapshot.document_title(entry.span.file)}》"


def plausible_name(name: str) -> bool:
    """A table cell or sentence piece that can be an indicator's name (not a whole row)."""
    return 2 <= len(name) <= 40 and not re.search(r"[|\t\n]", name)


def _row_rationale(snapshot: KnowledgeSnapshot, entry: KpiEntry, whose: str) -> str:
    parts = [f"{whose}{_where(snapshot, entry)}所列指标"]
    if entry.dimension:
        share = f"（维度权重 {entry.dimension_weight:g}%）" if entry.dimension_weight else ""
        parts.append(f"原表维度「{entry.dimension}」{share}")
    if entry.weight is not None:
        parts.append(f"原表权重 {entry.weight:g}%")
    return "，".join(parts)


_PERIOD_TAIL = re.compile(r"(?P<period>每(?:个)?(?:月|季度?|年|周|日|天|班)|全年|年度|季度|月度)$")


def parse_standard(text: str) -> tuple[str, str | None, str | None]:
    """"顾客投诉次数每月不超过2次" -> ("顾客投诉次数", "不超过2次", "每月"): indicator, target, period."""
    body = re.sub(r"[;；。,，]+$", "", one_line(strip_marker(text))).strip()
    m = _COMPARISON.search(body)
    if not (m and m.start() >= 2):
        return body, None, None
    name, target = body[: m.start()].strip(), m.group("target").strip()
    period = _PERIOD_TAIL.search(name)
    if period and period.start() >= 2:
        return name[: period.start()], target, period.group("period")
    return name, target, None


def _standard_candidates(material: RoleMaterial, dims: DimensionMapper, sourcer: Sourcer,
                         start: int, rows: Sequence[KpiEntry] = ()) -> list[Candidate]:  # fmt: skip
    out = []
    # (a line a KPI sheet's row already gave is that indicator, not a standard of its own:
    # "安全教育覆盖率 20% 100% 每漏1个班组扣3分" under 安全员's part of a PDF)
    row_lines = {(e.span.file, n) for e in rows for n in range(e.span.line_start, e.span.line_end + 1)}
    for profile in material.profiles:
        # a value the profile also holds as another labelled fact (工作难点, 职业发展) is not a standard
        facts = {squash(f.text) for f in profile.fields.values()}
        for item in profile.kpis:
            if squash(item.text) in facts or (item.heading and dims.vocab.field_key(item.heading)):
                continue
            if (item.span.file, item.span.line_start) in row_lines:
                continue
            name, target, period = parse_standard(item.text)
            if len(name) < 2:
                continue
            heading = f"「{item.heading}」" if item.heading else "业绩标准"
            out.append(Candidate(
                name=name, dim=dims.infer(name), origin="own_standard", order=start + len(out),
                rationale=f"本岗位说明书{heading}所列标准（《{sourcer.snapshot.document_title(item.span.file)}》）",
                sources=[sourcer.item(item, profile)], target=target, period=period,
            ))  # fmt: skip
    return out


MAX_DUTY_CHARS = 150  # a longer "duty" is a paragraph of an essay: no output can be read from it


def _duty_items(material: RoleMaterial) -> list[tuple[ProfileItem, JobProfile | None, str | None]]:
    """(item, profile, related title) for every duty: own profiles, own sections, then relatives."""
    out: list[tuple[ProfileItem, JobProfile | None, str | None]] = []
    for profile in material.profiles:
        out.extend((d, profile, None) for d in profile.duties)
    for _article, section in material.sections:
        if section.kind.value == "duties":
            for block in section.items or section.blocks:
                if block.type.value in ("item", "text"):
                    out.append((ProfileItem(text=block.text, span=block.span, line_nos=block.line_nos), None, None))
    for title, profiles in material.related:
        for profile in profiles[:1]:
            out.extend((d, profile, title) for d in profile.duties)
    return [(d, p, rel) for d, p, rel in out if len(one_line(d.text)) <= MAX_DUTY_CHARS]


def _qualification_items(material: RoleMaterial) -> list[tuple[ProfileItem, JobProfile]]:
    return [(q, p) for p in material.profiles for q in p.qualifications]


def _passage_candidates(snapshot: KnowledgeSnapshot, material: RoleMaterial, dims: DimensionMapper, sourcer: Sourcer,
                        start: int) -> list[Candidate]:  # fmt: skip
    """Indicators a paragraph lists for the post without a sheet ("从事技术性业务的员工主要是支行的客户经理" then
    "其指标体系可以包括日均存款新增额、日均贷款余额…"): a prose list of several indicators owned by no post, whose
    paragraph or the one before it names the post (outside the indicators' own names)."""
    keys = {k for k in material.owner_keys if len(k) >= 2}
    if not keys:
        return []
    by_line: dict[tuple[str, int], list[KpiEntry]] = {}
    for entry in snapshot.kpis:
        if entry.kind == "indicator" and entry.origin == "prose" and not entry.roles:
            by_line.setdefault((entry.span.file, entry.span.line_start), []).append(entry)
    names: dict[str, list[str]] = {}  # file -> the indicators it names (read once per file)
    out: list[Candidate] = []
    for (file, line), entries in by_line.items():
        if len(entries) < LISTED:
            continue
        if file not in names:
            names[file] = [e.name for e in snapshot.kpis if e.span.file == file]
        found = snapshot.section_at(file, line)
        blocks = sorted(found[1].blocks, key=lambda b: b.span.line_start) if found else []
        at = next((i for i, b in enumerate(blocks) if b.span.line_start <= line <= b.span.line_end), None)
        if at is None:
            continue
        # (the post named in an indicator's own name, "客户经理接受培训的时间", says nothing of whose list it is)
        said = [_without(b.text, names[file]) for b in blocks[max(0, at - 1) : at + 1]]
        if not any(k in squash(text) for text in said for k in keys):
            continue
        for entry in entries:
            out.append(_entry_candidate(entry, "passage", f"资料中论及「{material.title}」的段落所列指标（{_where(snapshot, entry)}）",
                                        dims, sourcer, start + len(out)))  # fmt: skip
    return out


def _without(text: str, names: list[str]) -> str:
    """``text`` with the indicator names taken out (longest first)."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


def _library_candidates(snapshot: KnowledgeSnapshot, material: RoleMaterial, dims: DimensionMapper, sourcer: Sourcer,
                        duties: list[tuple[ProfileItem, JobProfile | None, str | None]], start: int) -> list[Candidate]:  # fmt: skip
    out: list[Candidate] = []
    for entry in related_kpi_rows(snapshot, material):
        owner = entry.department or (entry.roles[0] if entry.roles else "")
        out.append(_entry_candidate(entry, "library", _row_rationale(snapshot, entry, f"指标库：相近岗位/部门「{owner}」的考核表"),
                                    dims, sourcer, start + len(out)))  # fmt: skip
    own_duties = [(d, p) for d, p, rel in duties if rel is None]
    for indicator in snapshot.kpi_library():
        if indicator.first.kind != "indicator":
            continue  # a scoring item of another indicator (评分项) is not one
        core = indicator_core(indicator.name)
        if len(core) < 3:
            continue  # "客户" alone would match any customer-facing duty
        key = bigrams(core)
        match = next(((d, p) for d, p in own_duties if containment(key, bigrams(d.text)) >= 0.75), None)
        if match is None:
            continue
        duty, profile = match
        entry = indicator.first
        cand = _entry_candidate(entry, "library", f"知识库指标库中的指标，对应本岗位职责「{_short(strip_marker(duty.text))}」",
                                dims, sourcer, start + len(out))  # fmt: skip
        cand.sources.append(sourcer.item(duty, profile))
        out.append(cand)
    return out


def _derived_candidates(material: RoleMaterial, dims: DimensionMapper, sourcer: Sourcer,
                        duties: list[tuple[ProfileItem, JobProfile | None, str | None]], start: int) -> list[Candidate]:  # fmt: skip
    lexicon = sourcer.snapshot.lexicon
    out: list[Candidate] = []
    for item, profile, related in duties:
        found = derive(item.text, lexicon, dims)
        if found is None:
            continue
        whose = f"相近岗位「{related}」的职责" if related else "本岗位职责"
        out.append(Candidate(
            name=found.name, dim=Dimension(found.dimension, found.dimension.value, True), origin="derived",
            order=start + len(out), rationale=f"职责推导：由{whose}按职责分析法推导，{found.chain}",
            sources=[sourcer.item(item, profile)], formula=found.formula, derivation=found.chain,
        ))  # fmt: skip
    return out


def _supplements(material: RoleMaterial, dims: DimensionMapper, sourcer: Sourcer,
                 duties: list[tuple[ProfileItem, JobProfile | None, str | None]], start: int) -> list[Candidate]:  # fmt: skip
    """One generic indicator per dimension, from the lexicon's generic suggestions (``smart.toml``).

    Each is tied to the role's own material where it can be (a qualification it grows, a duty
    whose customer it serves); used only when nothing better covers the dimension.
    """
    lexicon = sourcer.snapshot.lexicon
    own_duties = [(d, p) for d, p, rel in duties if rel is None]
    quals = _qualification_items(material)
    out: list[Candidate] = []
    for dim in ORDER:
        measure = next((s.indicator for s in lexicon.smart.suggest if dims.of_name(s.indicator) == dim), None)
        if measure is None:
            continue
        pattern = next(s.pattern for s in lexicon.smart.suggest if s.indicator == measure)
        name, sources, basis = measure, [], ""
        if dim == BscDimension.learning and quals:
            skills = [(q, p) for q, p in quals if (q.category or dims.vocab.qualification_category(q.text)) == "skills"]
            item, profile = (skills or quals)[0]
            sources = [sourcer.item(item, profile)]
            basis = f"任职资格「{_short(strip_marker(item.text))}」要求的能力需持续培养"
        else:
            hit = next(((d, p) for d, p in own_duties if re.search(pattern, d.text)), None)
            if hit is None and dim in (BscDimension.customer, BscDimension.process) and own_duties:
                hit = own_duties[0]
            if hit is not None:
                sources = [sourcer.item(hit[0], hit[1])]
                basis = f"职责「{_short(strip_marker(hit[0].text))}」"
                if dim == BscDimension.customer:
                    basis += "的产出有其服务对象"
        if len(name) < 4:
            name = ("服务对象" if dim == BscDimension.customer else "工作") + name
        why = f"，依据：{basis}" if basis else "，知识库中没有该维度的直接依据，请结合实际确认"
        rationale = f"维度补充：为覆盖平衡计分卡「{dim.value}」维度补充的通用指标{why}"
        out.append(Candidate(
            name=name, dim=Dimension(dim, dim.value, True), origin="supplement", order=start + len(out),
            rationale=rationale, sources=sources, formula=suggested_formula(name),
        ))  # fmt: skip
    return out


def sheet_of(rows: list[KpiEntry]) -> dict[str, tuple[str, str | None]]:
    """Each table row's sheet: its file and the caption above it. Indicator cards stacked in one
    file, each under its own title ("【指标卡 K03】") and each holding one of the owner's rows, are
    one sheet: the file's."""
    captions: dict[str, Counter[str | None]] = {}
    for e in rows:
        if e.origin == "table":
            captions.setdefault(e.span.file, Counter())[e.section] += 1
    cards = {f for f, c in captions.items() if len(c) >= 2 and all(n == 1 for n in c.values())}
    return {e.id: (e.span.file, None if e.span.file in cards else e.section) for e in rows if e.origin == "table"}


def main_sheet(snapshot: KnowledgeSnapshot, material: RoleMaterial, rows: list[KpiEntry]) -> tuple[str, str | None] | None:
    """The owner's own sheet among several: the one the request names beyond the owner
    ("财务部内控与财务分析" names that sheet of 财务部), else a unit's sheet of its own rows, else the one
    with most rows. Two
    companies' sheets for a department of the same name are never mixed as equals."""
    of = sheet_of(rows)
    sheets = Counter(of.values())
    if not sheets:
        return None
    extra = bigrams(squash(material.asked).replace(squash(material.title), ""))

    def named(key: tuple[str, str | None]) -> int:
        if not extra:
            return 0
        return len(extra & bigrams(squash(f"{key[1] or ''}{snapshot.document_title(key[0])}{key[0]}")))

    # (a unit's own rows, no post's, make its sheet: "部门 | 指标" beside the post rows filed under the unit)
    unit_rows = Counter(of[e.id] for e in rows if not e.roles and e.id in of) if material.is_department else Counter()
    order = list(sheets)
    return max(sheets, key=lambda k: (named(k), unit_rows[k], sheets[k], -order.index(k)))


def collect_candidates(snapshot: KnowledgeSnapshot, material: RoleMaterial, sourcer: Sourcer,
                       dims: DimensionMapper) -> list[Candidate]:  # fmt: skip
    """Every indicator the design may take, closest evidence first, without repeats."""
    whose = "本部门考核表" if material.is_department else "本岗位考核表"
    cands: list[Candidate] = []
    own_rows = own_kpi_rows(snapshot, material)
    main = main_sheet(snapshot, material, own_rows)
    sheets = sheet_of(own_rows)
    for entry in own_rows:
        origin: Origin = "own_sheet" if entry.origin == "table" else "own_mention"
        if entry.origin == "table" and sheets[entry.id] != main:
            origin = "department_sheet"
            text = _row_rationale(snapshot, entry, f"另一份考核表《{snapshot.document_title(entry.span.file)}》")
        elif entry.origin == "table":
            text = _row_rationale(snapshot, entry, whose)
        else:
            text = f"文档将其列为「{material.title}」的考核指标（{_where(snapshot, entry)}）"
        cands.append(_entry_candidate(entry, origin, text, dims, sourcer, len(cands)))
    cands += _standard_candidates(material, dims, sourcer, len(cands), own_rows)
    for entry in department_kpi_rows(snapshot, material):
        cands.append(_entry_candidate(entry, "department_sheet",
                                      _row_rationale(snapshot, entry, f"本岗位所在部门「{entry.department}」的考核表"),
                                      dims, sourcer, len(cands)))  # fmt: skip
    if not own_rows:
        cands += _passage_candidates(snapshot, material, dims, sourcer, len(cands))
    duties = _duty_items(material)
    cands += _library_candidates(snapshot, material, dims, sourcer, duties, len(cands))
    cands += _derived_candidates(material, dims, sourcer, duties, len(cands))
    cands += _supplements(material, dims, sourcer, duties, len(cands))
    unique: list[Candidate] = []
    for cand in sorted((c for c in cands if plausible_name(c.name)), key=lambda c: (c.tier, c.order)):
        twin = next((u for u in unique if _same(u.name, cand.name)), None)
        if twin is None:
            unique.append(cand)
        elif twin.tier == cand.tier or cand.origin in ("derived", "supplement"):
            continue
        else:  # the same indicator in a farther tier confirms it: keep its source too
            twin.sources.extend(s for s in cand.sources if s not in twin.sources)
    return unique


def _same(a: str, b: str) -> bool:
    return canonical_indicator(a) == canonical_indicator(b) or similarity(a, b) >= SIMILAR_NAME


# --- selection and weights ---------------------------------------------------------------------------


def _default_count(cands: list[Candidate], dimensions_required: bool) -> int:
    """The owner's own sheet decides (all of its 4–7 rows, plus room for missing dimensions); else 5."""
    own = [c for c in cands if c.tier <= 1 and (c.stated_weight is None or c.stated_weight > 0)]
    if len(own) > MAX_KPIS:
        return MAX_KPIS
    if len(own) >= MIN_KPIS:
        missing = max(0, MIN_DIMENSIONS - len({c.dim.bsc for c in own})) if dimensions_required else 0
        return min(MAX_KPIS, len(own) + missing)
    return DEFAULT_COUNT


STATED_MIN = 3  # rows of a stated set kept as it is (a 3-row sheet of 40/40/20 is a design already)


def _complete_sheet(cands: list[Candidate], count: int | None) -> list[Candidate]:
    """The owner's own sheet rows when they already are a design: weights stated, summing to
    100, as many as asked (or 3–7 when not asked). [] otherwise (then the rows are candidates)."""
    own = [c for c in cands if c.origin == "own_sheet" and c.stated_weight and c.stated_weight > 0]
    if not own or abs(sum(c.stated_weight or 0 for c in own) - 100) > 0.5:
        return []
    if count is not None and count != len(own) or not STATED_MIN <= len(own) <= MAX_KPIS:
        return []
    if any(abs((c.stated_weight or 0) - round(c.stated_weight or 0)) > 1e-6 for c in own):
        return []  # fractional weights: allocated to whole numbers by the usual path
    return own


def _rank(c: Candidate) -> tuple[int, int, float, int]:
    zero = int(c.stated_weight is not None and c.stated_weight <= 0)  # weighted 0%: not assessed
    return (zero, c.tier, -(c.stated_weight or 0.0), c.order)


def select(cands: list[Candidate], count: int, dimensions_required: bool) -> list[Candidate]:
    """``count`` indicators: scorecard coverage first (when required), then the closest evidence.

    Every dimension the documents' own indicators cover gets its best one; derived and
    supplementary indicators are added only until three dimensions are covered, and only in
    slots the owner's own rows leave free: they never displace a sheet's rows.
    """
    # a row the sheet weighs 0% is not assessed: it is never picked (the notes say so)
    evidence = [c for c in cands if c.origin != "supplement" and not _rank(c)[0]]
    picks: list[Candidate] = []

    def covered() -> set[BscDimension]:
        return {p.dim.bsc for p in picks}

    # only slots the owner's own rows cannot fill go to generic or derived indicators for the
    # scorecard's sake: the sheet's indicators come before methodology (the notes then say
    # which dimensions the design covers)
    # (a post without rows of its own is measured by its department's sheet: those rows count as its own)
    closest = 2 if min((c.tier for c in evidence), default=9) == 2 else 1
    room = max(count - len([c for c in evidence if c.tier <= closest]), 0)
    if dimensions_required:
        best: dict[BscDimension, Candidate] = {}
        for c in sorted(evidence, key=_rank):
            if c.origin != "derived":
                best.setdefault(c.dim.bsc, c)
        for dim in sorted(best, key=lambda d: (_rank(best[d])[:2], ORDER.index(d))):
            if len(picks) < count:
                picks.append(best[dim])
        for pool in ([c for c in evidence if c.origin == "derived"], [c for c in cands if c.origin == "supplement"]):
            for c in sorted(pool, key=lambda c: (not c.sources, _rank(c))):  # cited ones first
                if len(covered()) >= MIN_DIMENSIONS or len(picks) >= count or room <= 0:
                    break
                if c.dim.bsc not in covered():
                    picks.append(c)
                    room -= 1
    while len(picks) < count:
        per_dim = Counter(p.dim.bsc for p in picks)
        rest = [c for c in evidence if c not in picks]
        if not rest:  # the documents are exhausted: a generic indicator of an uncovered dimension
            rest = [c for c in cands if c not in picks and c.dim.bsc not in per_dim]
            if not rest:
                break
        # the owner's own rows by their stated weight (a 20% row before a 10% one); other
        # evidence balanced across dimensions
        rest.sort(key=lambda c: (_rank(c)[0], c.tier, 0 if c.tier == 0 else per_dim[c.dim.bsc], _rank(c)[2], c.order))
        picks.append(rest[0])
    return picks


def assign_weights(picks: list[Candidate]) -> None:
    """Stated weights re-scaled to 100; else by dimension. An indicator the sheet does not weigh
    counts as its lightest stated row: an addition never outweighs what the sheet states."""
    stated = [c.stated_weight for c in picks if c.stated_weight]
    if stated:
        typical = min(stated)
        raw = [c.stated_weight if c.stated_weight else typical for c in picks]
        weights = allocate(raw, step=1)
    else:
        per_dim = Counter(c.dim.bsc for c in picks)
        # each dimension's share grows with its indicators, but less than linearly (balance)
        raw = [(per_dim[c.dim.bsc] + 1) / per_dim[c.dim.bsc] * (1.0 if c.tier <= 3 else 0.8) for c in picks]
        weights = allocate(raw, step=5)
    for c, w in zip(picks, weights):
        c.weight = w


# --- the design ------------------------------------------------------------------------------------------


def plan_design(request: KpiRequest, snapshot: KnowledgeSnapshot, sourcer: Sourcer,
                material: RoleMaterial | None = None) -> tuple[RoleMaterial, list[Candidate], list[str]]:  # fmt: skip
    """Resolve, collect, select and weigh; nothing is numbered yet (the caller owns the numbering)."""
    if not request.role:
        raise ToolError("请填写岗位名称或部门名称，例如：人力资源专员、财务部。", status=422)
    check_count(request.count)
    if material is None:
        try:
            material = resolve_material(snapshot, request.role, request.organisation, request.department)
        except ToolError:
            material = sheet_naming(snapshot, request.role)  # a post only a KPI sheet's text names
            if material is None:
                raise
    dims = DimensionMapper(snapshot.lexicon)
    cands = collect_candidates(snapshot, material, sourcer, dims)
    notes = list(material.notes)
    evidence = [c for c in cands if c.origin != "supplement"]
    if not evidence:
        if not _qualification_items(material):
            raise ToolError(
                f"知识库中「{material.title}」没有职责、业绩标准或考核指标，无法设计关键绩效指标。"
                "请导入该岗位的岗位说明书或 KPI 表后再试。", status=404,
            )  # fmt: skip
        notes.append(f"知识库中「{material.title}」只有任职要求，没有职责或考核指标；以下是按平衡计分卡补充的通用指标，"
                     "请结合该岗位的实际工作调整。")  # fmt: skip
    stated_set = _complete_sheet(cands, request.count)
    # the owner's own sheet already is a design (weights summing to 100, the scorecard covered):
    # its rows and weights, as stated. A sheet of fewer dimensions is completed, its weights
    # re-scaled, and the notes say so.
    stated = bool(stated_set) and (not request.dimensions_required or len({c.dim.bsc for c in stated_set}) >= MIN_DIMENSIONS)
    if stated:
        picks = stated_set
    else:
        picks = select(cands, request.count or _default_count(cands, request.dimensions_required), request.dimensions_required)
        if len(picks) < MIN_KPIS:
            notes.append(f"知识库中的依据只够设计 {len(picks)} 个指标，少于建议的 {MIN_KPIS} 个；请补充该岗位的职责或考核表。")
    zero = [c.name for c in cands if c.tier <= 1 and _rank(c)[0] and c not in picks]
    if zero:
        notes.append("原表中权重为 0 的指标未选用：" + "、".join(zero) + "。")
    if stated:
        for c in picks:
            c.weight = round(c.stated_weight or 0)
    else:
        skipped = [c.name for c in cands if c.tier <= 1 and c not in picks and c.name not in zero]
        if skipped:
            notes.append(f"限于 {len(picks)} 个指标，原表中的以下指标未选用：" + "、".join(skipped) + "。")
        dims_used = {p.dim.bsc for p in picks}
        if request.dimensions_required and len(dims_used) < MIN_DIMENSIONS:
            notes.append("知识库中的依据只覆盖了 " + "、".join(d.value for d in ORDER if d in dims_used) + " 维度。")
        assign_weights(picks)
    picks.sort(key=lambda c: (ORDER.index(c.dim.bsc), c.tier, c.order))
    return material, picks, notes


def to_designed(c: Candidate, citations: list[int]) -> DesignedKpi:
    formula_stated = bool(c.formula) and c.origin not in ("derived", "supplement")
    return DesignedKpi(
        name=c.name, dimension=c.dim.bsc, dimension_label=c.dim.label, dimension_inferred=c.dim.inferred,
        weight=c.weight, stated_weight=c.stated_weight,
        formula=one_line(c.formula) if formula_stated else (c.formula or suggested_formula(c.name)) + SUGGESTED,
        formula_stated=formula_stated,
        data_source=c.data_source or suggested_source(c.dim.bsc) + "（建议）", data_source_stated=bool(c.data_source),
        target=c.target or PENDING, period=c.period or PENDING, origin=c.origin, rationale=c.rationale,
        derivation=c.derivation, citations=citations,
    )  # fmt: skip


def _explain(material: RoleMaterial, picks: list[Candidate], methods: list[tuple[Passage, int]]) -> str:
    n = len(picks)
    dims = "、".join(d.value for d in ORDER if any(p.dim.bsc == d for p in picks))
    by_origin = Counter(p.origin for p in picks)
    parts = [f"为「{material.title}」设计 {n} 个关键绩效指标，覆盖平衡计分卡的 {dims} 维度。"]
    said = []
    for origin, label in ORIGIN_ZH.items():
        if by_origin[origin]:
            label = "本部门考核表" if origin == "own_sheet" and material.is_department else label
            said.append(f"{label} {by_origin[origin]} 个")
    parts.append("指标来源：" + "，".join(said) + "。")
    if picks and all(p.stated_weight and p.weight == p.stated_weight for p in picks):
        parts.append("权重、维度与计算公式均按原表（原表权重合计 100）。")
    elif any(p.stated_weight for p in picks):
        parts.append("原表给出的权重按比例换算为合计 100（最大余数法取整），维度与计算公式保持原表写法。")
    else:
        parts.append("原文未给出权重，按维度分配（每个维度的权重随其指标数增加），合计 100。")
    if by_origin["derived"]:
        parts.append("推导指标按职责分析法（职责 → 产出 → 衡量 → 指标）得出，已标注，请结合实际确认。")
    parts.append("目标值、考核周期原文未给出的标为【待设定】，请结合本单位情况设定，并可逐条做 SMART 检查。")
    if methods:
        parts.append("知识库中的方法依据：" + "；".join(f"「{_short(p.text, 60)}」[{cid}]" for p, cid in methods) + "。")
    return "".join(parts)


def design_kpis(request: KpiRequest | str, snapshot: KnowledgeSnapshot, search: Search | None = None) -> KpiDesign:
    """Design 4–7 indicators for ``request.role`` (a role or a KPI-sheet department)."""
    if isinstance(request, str):
        request = KpiRequest(role=request)
    # each indicator cites its own row: rows of one sheet merged into one source would quote
    # the first row for all of them
    sourcer = Sourcer(snapshot, CitationBook(snapshot, merge_passages=False))
    material, picks, notes = plan_design(request, snapshot, sourcer)
    indicators = [to_designed(c, sourcer.cite(c.sources)) for c in picks]
    methods = [(p, sourcer.cite([sourcer.span(p.file, p.line, p.line, p.text)])[0])
               for p in method_passages(snapshot, sourcer.text, search)]  # fmt: skip
    design = KpiDesign(
        request=request, role=request.role, title=material.title,
        owner_kind="department" if material.is_department else "role", match=material.match,
        indicators=indicators, explanation=_explain(material, picks, methods),
        method_citations=[cid for _, cid in methods], notes=notes, citations=list(sourcer.book.citations),
    )  # fmt: skip
    by_id = {c.id: c for c in design.citations}
    for k in design.indicators:
        k.sources = [by_id[i] for i in k.citations if i in by_id]
    return design


def _short(text: str, limit: int = 40) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- edits from a front end's table ------------------------------------------------------------------------

_EDITABLE = {"指标名称": "name", "计算口径": "formula", "数据来源": "data_source", "目标值": "target", "考核周期": "period"}


def apply_edits(design: KpiDesign, rows: list[dict[str, object]]) -> KpiDesign:
    """The design with a user's edits of its table (rows keyed by ``export.KPI_COLUMNS`` names, in order).

    Edited weights are kept as the user typed them (a front end shows the live total); rows
    beyond the design's indicators are ignored. Citations stay with their indicators.
    """
    indicators = []
    for k, row in zip(design.indicators, rows):
        update: dict[str, object] = {attr: str(row[col]).strip() for col, attr in _EDITABLE.items()
                                     if row.get(col) not in (None, "")}  # fmt: skip
        weight = row.get("权重(%)")
        if weight not in (None, ""):
            try:
                update["weight"] = max(0, min(100, int(round(float(str(weight))))))
            except ValueError as exc:
                raise ToolError(f"「{k.name}」的权重“{weight}”不是数字，请填写 0–100 的整数。", status=422) from exc
        indicators.append(k.model_copy(update=update))
    return design.model_copy(update={"indicators": indicators})
