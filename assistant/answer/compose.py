"""Extractive composers: every sentence of an answer is document text, and every item cites it.

* ``role_list``   — a role's duties or requirements from ONE profile (the best-matching document);
                    other documents about the same title are named, and their extra items shown
                    apart (never numbered into one list across organisations).
* ``attribute``   — a profile field (直属上级, 学历, 工作地点 …), or the items that state it.
* ``kpi``         — an indicator's row (formula, weight …), or a role's/department's KPI rows.
* ``passages``    — the few most relevant sentences for general questions, per passage.
* ``expand``      — "第二条展开说说": the passage around an item of the previous answer.
* ``refusal``     — what the knowledge base does not cover, and what it does (from the inventory).
"""

from __future__ import annotations

import datetime
import difflib
import re
from dataclasses import dataclass, field, replace

from assistant.answer.evidence import Scorer, Unit, display, left_out_units, profile_unit, section_units
from assistant.answer.understand import QUALIFICATION_ATTRIBUTES, Understanding, indicator_tail, level_word, part_number, quoted_spans
from assistant.answer.verdict import measure, verdict
from assistant.ingest.markers import parse_marker, strip_marker
from assistant.knowledge.citations import CitationBook, markers
from assistant.knowledge.snapshot import KnowledgeSnapshot, bare_title
from assistant.lexicon.loader import IntentEntry, LabelSet
from assistant.models import AnswerItem, BscDimension, Intent, JobProfile, KpiEntry, ProfileItem, RoleRef, SectionKind, SourceSpan
from assistant.text import CONTACT, bigrams, content_text, coverage, escape_md, fold, longest_first, one_char_cuts, similarity, squash, word_cuts

MAX_ITEMS = 15
EXTRA_ITEMS = 5
MAX_SENTENCES = 5
MMR_LAMBDA = 0.75
NEAR_DUPLICATE = 0.6
PASSAGE_MIN = 0.25
INDICATOR_RUN_MIN = 4  # characters of an indicator's name a question must hold to name it in part
CHAR_COVER = 0.75  # share of a question's characters a sentence must hold when its words differ
LONG_ITEM = 120  # best unit score below which a passage answer is not attempted

# Where an attribute can be stated when it is not a labelled field of the profile.
ATTRIBUTE_KINDS: dict[str, tuple[SectionKind, ...]] = {
    **{a: (SectionKind.qualifications,) for a in ("education", "major", "experience", "certificate", "skills",
                                                  "personal", "age", "gender", "other_requirements")},
    # postings put pay and perks under benefits or among the requirements, never among the duties
    "pay": (SectionKind.benefits, SectionKind.qualifications),
    "benefits": (SectionKind.benefits, SectionKind.qualifications),
    "purpose": (SectionKind.purpose,),
    # a duty may state it ("备注: 工作地点可在天津、北京…安排"): fields.toml ``states`` says how
    "location": (SectionKind.benefits, SectionKind.qualifications, SectionKind.duties),
}  # fmt: skip

KIND_ZH = {SectionKind.duties: "岗位职责", SectionKind.qualifications: "任职要求", SectionKind.kpi: "考核指标"}


@dataclass
class Draft:
    text: str
    items: list[AnswerItem] = field(default_factory=list)
    item_units: list[list[Unit]] = field(default_factory=list)
    role: str | None = None
    role_ref: RoleRef | None = None
    note: str | None = None
    caveat: str | None = None
    refused: bool = False
    score: float = 0.0
    numbered: int = 0  # items[:numbered] are a numbered list shown after the other items (combine)
    focus: int = 0  # the one item the answer singles out ("权重最高的是：X"), 1-based; 0 when none
    quoted: bool = False  # the passages nearest the question, not a fact read from a post's records


@dataclass
class Context:
    snapshot: KnowledgeSnapshot
    u: Understanding
    scorer: Scorer
    book: CitationBook

    @property
    def lexicon(self):  # noqa: ANN201 - Lexicon
        return self.snapshot.lexicon


# --- helpers -----------------------------------------------------------------------------------


def kind_of(intent: Intent) -> SectionKind | None:
    return {Intent.duty: SectionKind.duties, Intent.qualification: SectionKind.qualifications,
            Intent.kpi: SectionKind.kpi, Intent.kpi_design: SectionKind.kpi}.get(intent)  # fmt: skip


def source_where(snapshot: KnowledgeSnapshot, profile: JobProfile) -> str:
    """A source name that tells two parts of one document apart (adds where the profile starts)."""
    return f"{source_name(snapshot, profile)} {snapshot.location(profile.span.file, profile.span.line_start)}起"


def source_name(snapshot: KnowledgeSnapshot, profile: JobProfile) -> str:
    """"一德期货 · 《客户经理岗位职责》" — how an answer names the document a profile comes from."""
    title = profile.doc_title or snapshot.document_title(profile.span.file)
    parts = [escape_md(profile.organisation)] if profile.organisation and profile.organisation not in title else []
    if profile.article_title and profile.article_title != title and len(profile.article_title) <= 30:
        parts.append(f"《{escape_md(title)}》·{escape_md(profile.article_title)}")
    else:
        parts.append(f"《{escape_md(title)}》")
    return " ".join(parts)


def role_ref(snapshot: KnowledgeSnapshot, u: Understanding, profile: JobProfile | None) -> RoleRef:
    return RoleRef(
        asked=u.asked_role or (u.role or ""),
        title=u.role,
        organisation=profile.organisation if profile else None,
        file=profile.span.file if profile else None,
        profile_id=profile.id if profile else None,
        match=u.role_match or "none",
        score=u.role_score,
    )


def _article_id(section_id: str) -> str:
    return section_id.rsplit("/s", 1)[0]


def _article_title(snapshot: KnowledgeSnapshot, section_id: str) -> str:
    ref = snapshot.section_ref(section_id)  # no article parsed for its title
    return ref.article_title if ref else ""


def about_post(snapshot: KnowledgeSnapshot, article_id: str, key: str) -> bool:
    """Whether a text of no post's sections is about the post ``key``: the first post it names
    ("大家好!我竞聘的岗位是柜台经理。…始终在客户服务部任客户经理" is a speech about 柜台经理, which it
    then calls "职位"), whether the inventory knows it or not."""
    for sid in snapshot.section_ids_of(article_id):
        for unit in section_units(snapshot, sid):
            if unit.role:
                return False
            at, first = fold(unit.text).find(key), snapshot.inventory.first_named_at(unit.text)
            if at >= 0 or first is not None:
                return at >= 0 and (first is None or at <= first)
    return False


_WORDS_MIN = 2  # Chinese characters a line needs to say anything (and no contact: an e-mail address, a phone)


def _says_words(text: str) -> bool:
    return CONTACT.search(text) is None and sum("\u4e00" <= ch <= "\u9fff" for ch in text) >= _WORDS_MIN


def no_list_intro(role: str, what: str) -> str:
    return f"知识库中没有「{escape_md(role)}」的{what}清单，以下是资料中的相关论述："


def as_written(u: Understanding, name: str | None = None) -> str:
    """The asked post as the question writes it ("LF精炼工", not the folded "lf精炼工")."""
    name = name if name is not None else (u.asked_role or "")
    m = re.search(re.escape(name), u.question, re.IGNORECASE) if name else None
    return m.group() if m else name


def mention_intro(u: Understanding) -> str:
    asked = escape_md(as_written(u))
    # ("科技岗" asked, "五、信息科技类" written: what the documents talk about is named their way)
    said = escape_md(u.mention) if u.mention and squash(u.mention) not in squash(u.asked_role or "") else asked
    return f"知识库中没有「{asked}」的岗位说明，以下是资料中谈到「{said}」的内容："


def caveat_for(u: Understanding, title: str) -> str | None:
    """Say when the answer is about another title than the one asked."""
    asked = u.asked_role
    if u.role_status == "narrower" and asked:
        return f"知识库中没有「{escape_md(asked)}」的专门资料，以下是「{escape_md(title)}」的内容，仅供参考。"
    if u.role_status == "typo" and asked:
        return f"没有找到「{escape_md(asked)}」，按「{escape_md(title)}」回答（您是不是要找「{escape_md(title)}」？）。"
    if u.role_status == "variant" and asked:
        return f"资料中「{escape_md(asked)}」没有单独写明这部分内容；以下是「{escape_md(title)}」的内容。"
    if u.role_status == "related" and asked:
        return f"知识库中没有「{escape_md(asked)}」的资料；以下是相近岗位「{escape_md(title)}」的内容，仅供参考。"
    return None


ORG_NAME_MIN = 4  # characters of an organisation's name ("袜业公司") that can be told apart from a word


def other_employer(ctx: Context, profile: JobProfile) -> str | None:
    """"袜业公司…出纳的职责" answered from another employer's 出纳: say whose it is. Only for an
    organisation the documents name that this profile's source does not."""
    suffixes = _org_suffixes(ctx)
    snap = ctx.snapshot

    def organisation(word: str) -> str | None:
        # the organisation the documents name by it: "袜业" only ever as part of "XXXX袜业有限公司"
        # ("旅游公司" names a kind of company: 旅游 is a word of the documents' own text)
        key = _org_core(word, suffixes)
        if len(squash(word)) < ORG_NAME_MIN or len(key) < 2:
            return None
        names = [name for name, full in snap.organisation_names() if key in full]
        if not names:
            return None
        holding = {sid for name in names for sid in snap.sections_mentioning(name, limit=50)}
        if not set(snap.sections_mentioning(key, limit=50)) <= holding:
            return None
        return min((n for n in names if squash(n).endswith(tuple(suffixes))), key=len, default=names[0])

    named = [o for w in ctx.u.org_words if (o := organisation(w)) is not None]
    if not named or _org_match(ctx, profile) >= 0.5:
        return None
    return (f"资料中没有{escape_md(named[0])}「{escape_md(profile.title)}」的岗位说明；以下是"
            f"{escape_md(source_name(ctx.snapshot, profile))}中「{escape_md(profile.title)}」的内容，仅供参考。")


def _cite_unit(ctx: Context, unit: Unit) -> int:
    return ctx.book.cite(unit.file, unit.line_start, unit.line_end, unit.quote, unit.section_id, unit.role, unit.organisation)


def _items_of(profile: JobProfile, kind: SectionKind) -> list[ProfileItem]:
    return {
        SectionKind.duties: profile.duties,
        SectionKind.qualifications: profile.qualifications,
        SectionKind.kpi: profile.kpis,
        SectionKind.purpose: profile.purpose,
        SectionKind.benefits: profile.benefits,
    }.get(kind, [])


def _profile_units(ctx: Context, profile: JobProfile, kind: SectionKind) -> list[Unit]:
    # Cached on the snapshot like ``section_units``: a title held by a hundred profiles is ranked
    # on every question about it, and making the units (bigrams of every item) was most of that.
    cache: dict[tuple[str, str], list[Unit]] = ctx.snapshot.__dict__.setdefault("_profile_unit_cache", {})
    key = (profile.id, kind.value)
    if key not in cache:
        sid = ctx.snapshot.section_id_at(profile.span.file, profile.span.line_start) or profile.id
        cache[key] = [profile_unit(item, sid, kind, i, profile.title, profile.organisation)
                      for i, item in enumerate(_items_of(profile, kind))]  # fmt: skip
    return cache[key]


def _org_suffixes(ctx: Context) -> list[str]:
    return sorted((squash(x) for x in ctx.lexicon.roles.organisation_suffixes), key=len, reverse=True)


def _org_core(word: str, suffixes: list[str]) -> str:
    """"袜业公司" -> "袜业": the name without its kind of organisation ("" when it names no kind)."""
    key = squash(word)
    return next((key[: -len(x)] for x in suffixes if key.endswith(x) and len(key) > len(x)), "")


def _org_match(ctx: Context, profile: JobProfile) -> float:
    if not ctx.u.org_words:
        return 0.0
    names = " ".join([x for x in (profile.organisation, profile.doc_title, profile.article_title, profile.department,
                                  profile.location, profile.pay) if x] + [i.text for i in profile.fields.values()])  # fmt: skip
    key = squash(names)
    suffixes = _org_suffixes(ctx)

    def held(word: str) -> bool:
        # "成都" in "四川成都·双流仓…"; "袜业公司" in "XXXX袜业有限公司…" by its name without the kind
        core = _org_core(word, suffixes)
        return len(squash(word)) >= 2 and squash(word) in key or len(core) >= 2 and core in key

    # a name held whole is a match; else how alike the names are
    return max((1.0 if held(w) else similarity(w, names) for w in ctx.u.org_words), default=0.0)


POINTS_AWAY_PENALTY = 0.5
_POINTS_AWAY = re.compile(r"(?:详见|参见|另见)《[^》]{2,40}》")
TERSE_ITEM = 8  # characters an item of a keyword list averages below
TERSE_PENALTY = 0.3
ASKED_FACT_BONUS = 0.3  # per fact asked that a source states, when several are asked


def rank_profiles(ctx: Context, profiles: list[JobProfile], kind: SectionKind | None) -> list[JobProfile]:
    """Best source first: the organisation the question names, retrieval, completeness."""

    def score(p: JobProfile) -> float:
        items = _items_of(p, kind) if kind else p.duties + p.qualifications
        units = _profile_units(ctx, p, kind) if kind else []
        value = 2.0 * _org_match(ctx, p)
        if ctx.u.profile_hint == p.id:
            value += 1.0  # the posting the conversation is about ("在哪个城市?" after its requirements)
        if _names_posting(ctx, p):
            value += 2.0  # "中级美容技师…": the row of the grade (site, unit) the question names
        value += max((ctx.scorer.bonus(u) for u in units), default=0.0)
        value += max((ctx.scorer.lexical(u) for u in units), default=0.0) * 0.5
        value += 0.03 * min(len(items), 10) + (0.2 if items else 0.0) + 0.05 * min(len(p.fields), 4)
        if len(ctx.u.attributes) >= 2:
            # "要会什么软件，啥学历": the source stating more of the facts asked comes first
            stated = set(p.fields) | {i.category for i in p.qualifications if i.category}
            value += ASKED_FACT_BONUS * sum(a in stated for a in ctx.u.attributes)
        # a requisition's "绕机检查；勤务；LRU更换" (a few words an item) is keywords, not the post's
        # description: "按工卡执行绕机检查，重点检查…" of another source comes first
        if items and sum(len(i.text) for i in items) / len(items) < TERSE_ITEM:
            value -= TERSE_PENALTY
        # a list of short items is a job description; paragraphs are an essay about the role
        if items:
            value -= 0.4 * sum(len(i.text) > LONG_ITEM for i in items) / len(items)
        if closed(p):
            value -= 1.0  # a closed requisition ("状态：已关闭"): the post's current description comes first
        if 0 < len(items) <= 2 and any(_POINTS_AWAY.search(i.text) for i in items):
            value -= POINTS_AWAY_PENALTY  # "负责…的监查工作，详见《岗位说明书汇编》": a summary pointing at the full list elsewhere
        return value

    def closed(p: JobProfile) -> bool:
        status = p.fields.get("status")
        return status is not None and any(m in status.text for m in ctx.lexicon.sections.closed_markers)

    ranked = sorted(profiles, key=lambda p: (-score(p), p.span.file, p.span.line_start))
    # a closed requisition is history: its site or duties are not the post's while a live source exists,
    # unless the question or the conversation is about it
    live = [p for p in ranked if not closed(p) or ctx.u.profile_hint == p.id]
    asked = any(m in ctx.u.question for m in ctx.lexicon.sections.closed_markers)
    return ranked if asked or not live else live


# --- role lists ----------------------------------------------------------------------------------


def role_list(ctx: Context, kind: SectionKind, skip_primary: bool = False) -> Draft | None:
    """A role's duties or requirements from its best profile; None when no profile holds them."""
    u, snap = ctx.u, ctx.snapshot
    profiles = [p for p in snap.profiles_of(u.role or "") if _items_of(p, kind)]
    if not profiles:
        return _role_section_list(ctx, kind)
    ranked = rank_profiles(ctx, profiles, kind)
    primary = ranked[1] if skip_primary and len(ranked) > 1 else ranked[0]
    others = [p for p in ranked if p is not primary]
    what = KIND_ZH.get(kind, "内容")
    lines: list[str] = []
    caveat = caveat_for(u, primary.title) or other_employer(ctx, primary)
    if caveat:
        lines += [caveat, ""]
    # "说两条就行": as many as asked, the rest left for "还有吗"
    limit = u.count if u.count and kind in (SectionKind.duties, SectionKind.qualifications) and u.count < MAX_ITEMS else MAX_ITEMS
    units = _profile_units(ctx, primary, kind)[:limit]
    lines.append(f"**{escape_md(primary.title)}**（{source_name(snap, primary)}）的{what}：")
    numbered, items, item_units = numbered_units(ctx, units)
    lines += numbered
    total = len(_items_of(primary, kind))
    if total > len(units):
        lines.append(f"（共 {total} 条，此处列出前 {len(units)} 条；问「还有吗」看其余）")
    if others and limit == MAX_ITEMS:
        # the posting the question names ("成都那边"): another site's items are not its own
        # (not after "还有吗": the other source is the list just shown)
        # (nor when the question names one part of the list: the other source's list is not in parts)
        # (the same text's second list of the post under a variant of its title, "快递业务员的工作内容" after
        # 快递业业务员's, is shown whole; not another posting of the very title the same text holds)
        same = (others[0].id.rsplit("/", 1)[0] == primary.id.rsplit("/", 1)[0] and others[0].organisation == primary.organisation
                and squash(others[0].title) != squash(primary.title))  # fmt: skip
        most = MAX_ITEMS if same else EXTRA_ITEMS
        extra = (_extra_items(ctx, others[0], kind, units, most)
                 if _org_match(ctx, primary) < 1.0 and not skip_primary and not any(asked_parts(ctx, units)[1:]) else [])
        if extra:
            # numbered on from the list above: "第4条" after three items and these is the first of these
            lines += ["", f"另一份资料（{source_where(snap, others[0])}）还提到："]
            for unit in extra:
                cid = _cite_unit(ctx, unit)
                items.append(AnswerItem(text=display(unit.text), citations=[cid]))
                item_units.append([unit])
                lines.append(f"{len(items)}. {escape_md(display(unit.text))} {markers([cid])}")
        names = [source_where(snap, p) for p in others[:4]]
        lines += ["", f"知识库中共有 {len(ranked)} 份资料描述「{escape_md(primary.title)}」，其他来源：{'；'.join(names)}。"]
    score = max((ctx.scorer.score(x) for x in units), default=0.0)
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=primary.title,
                 role_ref=role_ref(snap, u, primary), caveat=caveat, score=score)  # fmt: skip


SAYS_MORE = 5  # bigrams an item adds to its near duplicate that make it worth showing too


def _extra_items(ctx: Context, other: JobProfile, kind: SectionKind, shown: list[Unit], most: int = EXTRA_ITEMS) -> list[Unit]:
    """Items of a second source that say something the primary list does not (``most`` at most)."""
    out = []
    for unit in _profile_units(ctx, other, kind):
        # (one that says more than its near duplicate, "…管理经验，其中2年以上团队管理经验", is no repeat)
        if any(similarity(unit.feats, s.feats) >= NEAR_DUPLICATE and len(unit.feats - s.feats) < SAYS_MORE for s in shown + out):
            continue
        out.append(unit)
        if len(out) >= most:
            break
    return out


def group_headings(units: list[Unit]) -> dict[int, str]:
    """Where a list's parts begin: position -> the part's heading ("职责二：收费管理（工作时间占比
    30%）"), when the items sit under two or more sub-headings and at most half the parts hold a
    single item (a heading per item is a row's label, not a part)."""
    starts: dict[int, str] = {}
    for pos, unit in enumerate(units):
        heading = (unit.heading or "").strip()
        if heading and (pos == 0 or heading != (units[pos - 1].heading or "").strip()):
            starts[pos] = heading
    bounds = [*sorted(starts), len(units)]
    singles = sum(1 for a, b in zip(bounds, bounds[1:]) if b - a == 1)
    return starts if 2 <= len(starts) and 2 * singles <= len(starts) and len(set(starts.values())) >= 2 else {}


_ASKED_GRADE = re.compile(r"(?<![a-z0-9])([a-z]{1,2}\d{0,2})\s*级|(?<![a-z0-9])([a-z]\d{1,2})(?![a-z0-9])")
_GRADE_CELL = re.compile(r"([a-z]{1,2}\d{0,2})级?")


def _row_grade(unit: Unit) -> str | None:
    """The grade code a table row opens with ("S | 头部主播 | …", "等级：S；…" -> "s")."""
    cells = re.split(r" \| |；", unit.text)
    if len(cells) < 3:
        return None
    m = _GRADE_CELL.fullmatch(fold(cells[0].split("：")[-1]).strip())
    return m.group(1) if m else None


def asked_grade_rows(question: str, units: list[Unit]) -> list[Unit]:
    """"A级主播底薪多少" over a grade grid (rows S/A/B/C): the asked grade's row and the notes,
    not every grade's."""
    m = _ASKED_GRADE.search(fold(question))
    if m is None:
        return units
    grade = m.group(1) or m.group(2)
    graded = [_row_grade(x) for x in units]
    if sum(g is not None for g in graded) < 2 or grade not in graded:
        return units
    return [x for x, g in zip(units, graded, strict=True) if g is None or g == grade]


def list_names(ctx: Context) -> set[str]:
    """What a post's lists are called, squashed: the labels of the list columns (fields.toml
    ``columns.duties`` / ``columns.qualifications``: 岗位职责, 任职资格 …)."""
    columns = ctx.lexicon.fields.columns
    return {squash(w) for key in ("duties", "qualifications") if key in columns for w in columns[key].labels}


_PERCENTS = re.compile(r"(\d+(?:\.\d+)?)\s*%")


def _part_name(heading: str) -> str:
    """A list part's own name: "职责二：收费管理（工作时间占比 30%）" -> "收费管理", "早班" -> "早班"."""
    name = re.sub(r"[（(][^）)]*[）)]", "", strip_marker(heading)).strip().rstrip(":：")
    name = re.sub(r"^\d{1,2}(?=[\u4e00-\u9fff])", "", name)  # "2转正考核与异动管理": its number run on
    return squash(fold(name.rsplit("：", 1)[-1].rsplit(":", 1)[-1]))


PART_WORD_MIN = 3  # characters of one of the things a part's name joins, named alone in a question


def asked_parts(ctx: Context, units: list[Unit]) -> tuple[list[Unit], list[str], str | None]:
    """"前台早班主要做哪些事" over a list in parts (早班 / 中班 / 各班通用): the named part's items,
    and the names of the parts left out; the whole list when the question names no part, or
    every one. Third, a part of the same kind the question names and the list has not ("夜班"
    over 早班 / 中班: a word lists are parted by, sections.toml ``list_parts``, of a part's ending)."""
    parts = group_headings(units)
    if not parts or len(ctx.u.attributes) >= 2:
        return units, [], None  # ("要什么学历和经验": several facts asked, the list they stand in)
    q = squash(fold(ctx.u.question))
    for name in (ctx.u.role, as_written(ctx.u)):
        if name:
            q = q.replace(squash(fold(name)), " ")
    # (a part headed by the list's own name, "任职资格" among 基本素养 / 基本能力, is what the question
    # asks of the whole list)
    kind_words = list_names(ctx)
    names = {pos: _part_name(h) for pos, h in parts.items()}
    # (or one of the things a part's name joins: "转正考核那块" of 转正考核与异动管理)
    # (or the part's name without its "项": "算加分的" of 加分项)
    named = {n for n in names.values() if len(n) >= 2 and n not in kind_words
             and (n in q or any(len(p) >= PART_WORD_MIN and p in q for p in re.split(r"以及|及|与|和|、", n))
                  or len(core := re.sub(r"(?:项|类|部分)$", "", n)) >= 2 and core != n and core in q)}
    # (its share of the time, "65%时间花在哪些工作上"; or its place, "第三大块职责")
    shares = set(_PERCENTS.findall(fold(ctx.u.question)))
    named |= {names[pos] for pos, h in parts.items() if shares & set(_PERCENTS.findall(fold(h)))}
    nth = part_number(ctx.u.question, ctx.lexicon)
    if not named and nth is not None and 1 <= nth <= len(parts):
        named = {names[sorted(parts)[nth - 1]]}
    if not named and ctx.u.part_hint:
        named = {names[pos] for pos, h in parts.items() if h.strip() == ctx.u.part_hint.strip()}  # "这部分": the part just shown
        if named and any(w in q for w in ctx.lexicon.sections.other_parts):
            named = set(names.values()) - named  # "另外两块各占多少": the parts not shown
    shared = {pos: float(m[-1]) for pos, h in parts.items() if (m := _PERCENTS.findall(fold(h)))}
    if not named and len(shared) >= 2 and any(squash(w) in q for w in ctx.lexicon.sections.largest_share):
        # "大部分时间花在哪块工作上": the part whose heading gives the largest share
        top = max(shared.values())
        named = {names[pos] for pos, share in shared.items() if share == top}
    if not named:
        endings = {n[-1] for n in names.values() if n}
        missing = next((w for w in ctx.lexicon.sections.list_parts
                        if len(w) >= 2 and squash(w) in q and w[-1] in endings and squash(w) not in names.values()), None)
        return units, [], missing
    if named == set(names.values()):
        return units, [], None
    bounds = [*sorted(parts), len(units)]
    kept = [x for a, b in zip(bounds, bounds[1:]) if names[a] in named for x in units[a:b]]
    left = [display(parts[a]).rstrip(":：") for a in bounds[:-1] if names[a] not in named]
    return kept, list(dict.fromkeys(left)), None


def numbered_units(ctx: Context, units: list[Unit]) -> tuple[list[str], list[AnswerItem], list[list[Unit]]]:
    """Units as a numbered, cited list: its lines, its items, each item's unit (under the
    headings of the list's parts, numbered through; only the parts the question names, the
    others named after the list)."""
    units = asked_grade_rows(ctx.u.question, units)
    units, left, missing = asked_parts(ctx, units)
    lines: list[str] = [f"（资料中的清单没有单列「{escape_md(missing)}」，以下是它所列的各部分）"] if missing else []
    items, item_units = [], []
    parts = group_headings(units) or ({0: units[0].heading.strip()} if left and units and units[0].heading else {})
    for pos, unit in enumerate(units):
        if pos in parts:
            lines.append(f"**{escape_md(display(parts[pos]))}**")
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[cid]))
        item_units.append([unit])
        lines.append(f"{len(items)}. {escape_md(display(unit.text))} {markers([cid])}")
    if left:
        lines.append(f"（同一清单还有：{'、'.join(escape_md(x) for x in left)}）")
    return lines, items, item_units


def _role_section_list(ctx: Context, kind: SectionKind) -> Draft | None:
    """A role without a profile of this kind, but with a section of it ("一、柜员" + items)."""
    u, snap = ctx.u, ctx.snapshot
    key = squash(u.role or "")
    sections = [snap.section(sid) for sid in snap.sections_with_role(key) if snap.section_ref(sid).kind == kind]  # type: ignore[union-attr]
    if not sections:
        return None
    section = sections[0]
    units = [x for x in section_units(snap, section.id) if x.kind in ("item", "sentence", "field")][:MAX_ITEMS]
    if not any(x.kind in ("item", "field") for x in units):
        return None  # paragraphs of an essay under "…岗位职责" are argument, not the post's list
    what = KIND_ZH.get(kind, "内容")
    caveat = caveat_for(u, section.role or "")
    lines = ([caveat, ""] if caveat else []) + [f"**{escape_md(section.role or '')}**（《{escape_md(snap.document_title(section.span.file))}》）的{what}："]
    numbered, items, item_units = numbered_units(ctx, units)
    lines += numbered
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=section.role,
                 role_ref=role_ref(snap, u, None), caveat=caveat)  # fmt: skip


def unit_functions(ctx: Context) -> Draft | None:
    """A unit asked about by name ("培训部的职能有哪些") when a document lists the unit's own
    functions: a duties section no post heads, in the unit's own document (its title or the
    section's heading names the unit)."""
    u, snap = ctx.u, ctx.snapshot
    unit_name = squash(u.asked_role or "")
    if not unit_name or unit_name == squash(u.role or "") or not unit_name.endswith(tuple(ctx.lexicon.roles.department_suffixes)):
        return None
    articles = dict.fromkeys([p.article_id for p in snap.profiles_of(u.role or "")]
                             + [_article_id(sid) for sid in snap.sections_mentioning(unit_name, limit=20)])  # fmt: skip
    for aid in articles:
        for sid in snap.section_ids_of(aid):
            ref, section = snap.section_ref(sid), snap.section(sid)
            if ref is None or section is None or ref.kind != SectionKind.duties or section.role:
                continue
            if unit_name not in squash((section.heading or "") + _article_title(snap, sid)):
                continue
            units = [x for x in section_units(snap, sid) if x.kind in ("item", "sentence", "field")][:MAX_ITEMS]
            if len(units) < 2:
                continue
            heading = display(section.heading or "").rstrip(":：") or KIND_ZH[SectionKind.duties]
            lines = [f"**{escape_md(u.asked_role or '')}**（《{escape_md(snap.document_title(section.span.file))}》）的{escape_md(strip_marker(heading))}："]
            numbered, items, item_units = numbered_units(ctx, units)
            lines += numbered
            return Draft(text="\n".join(lines), items=items, item_units=item_units, role=u.role, role_ref=role_ref(snap, u, None))
    return None


def compare(ctx: Context, kind: SectionKind) -> Draft | None:
    """"和X比有什么不同": both posts' lists of this kind, each from its own source and cited, one
    after the other (the answer stays about the post asked last); "这俩工资区间一样不": both
    posts' field."""
    u = ctx.u
    other_u = u.model_copy(update={"role": u.compare_with, "asked_role": u.compare_with})
    other = Context(snapshot=ctx.snapshot, u=other_u, scorer=ctx.scorer, book=ctx.book)
    on = u.compare_on if kind == SectionKind.qualifications else None
    if u.intent == Intent.attribute and u.attribute:
        first, second = attribute(other), attribute(ctx)
        what = attribute_label(ctx, u.attribute) or "这一项"
    else:
        # "谁的学历要求更高": each post's line of that requirement when both have one, else the lists
        first, second = (_stated(other, on), _stated(ctx, on)) if on else (None, None)
        if first is not None and second is not None:
            what = attribute_label(ctx, on or "") or "这一项"
        else:
            first, second = role_list(other, kind), role_list(ctx, kind)
            what = KIND_ZH.get(kind, "内容")
    if first is None or second is None or first.role == second.role:
        return None
    head = f"下面分别列出「{escape_md(first.role or '')}」和「{escape_md(second.role or '')}」的{what}，便于对比："
    said = _verdict(ctx, on or u.attribute or "", first, second)
    text = "\n\n".join([head] + ([said] if said else []) + [first.text, second.text])
    return Draft(text=text, items=first.items + second.items, item_units=first.item_units + second.item_units,
                 role=second.role, role_ref=second.role_ref, score=max(first.score, second.score))  # fmt: skip


def _stated(ctx: Context, attr: str) -> Draft | None:
    """The post's own answer to one requirement ("学历"), or None when its material does not state it."""
    drafted = attribute(replace(ctx, u=ctx.u.model_copy(update={"intent": Intent.attribute, "attribute": attr, "attributes": []})))
    return drafted if drafted is not None and not drafted.refused else None


def _verdict(ctx: Context, on: str, first: Draft, second: Draft) -> str | None:
    """Which of the two posts asks more of the requirement compared, from the lines cited below it."""
    if not on:
        return None
    cues, ranks = ctx.lexicon.intents.followup, ctx.lexicon.fields.ranks
    said = verdict(on, attribute_label(ctx, on) or "", fold(ctx.u.question),
                   (first.role or "", [i.text for i in first.items]), (second.role or "", [i.text for i in second.items]),
                   ranks, [fold(w) for w in cues.lower_bound], [fold(w) for w in cues.upper_bound])  # fmt: skip
    if said is None:
        return None
    cited = sorted({cid for d in (first, second) for i in d.items if measure(on, [i.text], ranks) for cid in i.citations})
    return f"{escape_md(said)} {markers(cited)}"


_YES_NO = re.compile(r"(?:吗|么|不|没|吧)[?？。!！\s]*$")
_TERM_LINES_MAX = 2  # lines of the post that name the term asked ("粤语"): more and the term is no particular


def term_lines(ctx: Context, drafted: Draft) -> Draft:
    """"导购需要会粤语吗": a yes/no question naming a particular thing the fact's answer does not
    mention; the post's own line that names it ("…粤语优先") follows the answer."""
    u = ctx.u
    if not _YES_NO.search(u.question) or drafted.refused or not u.role:
        return drafted
    generic = " ".join([*ctx.lexicon.scope.generic_words, *(w for e in ctx.lexicon.intents.intents.values() for w in e.cues),
                        *(w for f in ctx.lexicon.fields.fields.values() for w in [*f.asks, *f.labels])])  # fmt: skip
    feats = {f for f in specific_feats(u.question, u.role, generic) if ctx.snapshot.idf.df.get(f, 0)}
    shown = fold(drafted.text)
    feats = {f for f in feats if f not in shown}
    if not feats:
        return drafted
    found: list[Unit] = []
    for profile in rank_profiles(ctx, ctx.snapshot.profiles_of(u.role), None)[:1]:
        for kind in (SectionKind.qualifications, SectionKind.duties, SectionKind.benefits):
            found += [unit for unit in _profile_units(ctx, profile, kind) if all(f in fold(unit.text) for f in feats)]
    if not found or len(found) > _TERM_LINES_MAX:
        return drafted
    said = "、".join(sorted(feats))
    lines, items, units = [f"\n资料中说到「{escape_md(said)}」的是："], [], []
    for unit in found:
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[cid]))
        units.append([unit])
        lines.append(f"- {escape_md(display(unit.text))} {markers([cid])}")
    return replace(drafted, text=drafted.text + "\n".join(lines), items=drafted.items + items, item_units=drafted.item_units + units)


FOCUS_MAX = 2  # items of a list that say what a narrow question asks, shown first
FOCUS_LIST_MIN = 4  # ... of a list at least this long (a short list is read at a glance)
FOCUS_COVER = 0.6  # share of the asked words (by IDF) an item must hold


def focused(ctx: Context, drafted: Draft, asked: set[str]) -> Draft:
    """"安防主管多久组织一次消防演练": of the post's whole list, the one or two items that say what
    the question asks (``asked``: its words beyond the post and the generic ones) lead the answer;
    the list follows, so nothing of the post is lost."""
    if drafted.refused or len(drafted.items) < FOCUS_LIST_MIN or not asked:
        return drafted
    idf = ctx.snapshot.idf
    hits = [item for item in drafted.items if coverage(asked, bigrams(fold(item.text)), idf) >= FOCUS_COVER]
    if not hits or len(hits) > FOCUS_MAX:
        return drafted
    lead = "\n".join(["资料中说到这一点的是：", *(f"- {escape_md(item.text)} {markers(item.citations)}" for item in hits)])
    return replace(drafted, text=f"{lead}\n\n{drafted.text}")


POST_PART_SECTIONS = 50  # sections whose heading holds the post's name, looked at for one headed by it alone


def post_part(ctx: Context, post: str, sections: list[str]) -> Draft | None:
    """The list under a heading that is the post's name alone ("一、柜员"), in a document that
    describes it no other way: what the document says of the post, said to be no duty list."""
    snap = ctx.snapshot
    key = squash(post)
    # "银行柜员" asked, "一、柜员" written: the post by the shorter name the documents also use
    endings = tuple(squash(w) for w in ctx.lexicon.roles.suffixes if w)
    names = [key, *(key[i:] for i in range(1, len(key) - 1) if key[i:].endswith(endings) and len(key[i:]) > 1)]
    sections = list(dict.fromkeys([*sections, *(sid for name in names[1:] for sid in snap.sections_labelled(name)[:6]),
                                   *snap.sections_labelled(key)[:POST_PART_SECTIONS]]))  # fmt: skip
    for sid in sections:
        section = snap.section(sid)
        heading = strip_marker((section.heading or "") if section is not None else "").strip().rstrip(":：")
        if section is None or squash(heading) not in names:
            continue
        units = [x for x in section_units(snap, sid) if x.kind != "heading"][:MAX_ITEMS]
        if not units:
            continue
        asks_requirement = ctx.u.intent == Intent.attribute and ctx.u.attribute in QUALIFICATION_ATTRIBUTES
        what = KIND_ZH.get(SectionKind.qualifications if asks_requirement else kind_of(ctx.u.intent) or SectionKind.duties, "内容")
        intro = (f"资料中没有「{escape_md(ctx.u.asked_role or post)}」的{what}清单；"
                 f"《{escape_md(snap.document_title(units[0].file))}》中「{escape_md(heading)}」一节写的是：")
        numbered, items, item_units = numbered_units(ctx, units)
        return Draft(text="\n".join([intro, *numbered]), items=items, item_units=item_units, role=None,
                     caveat=intro, score=max(ctx.scorer.score(x) for x in units))  # fmt: skip
    return None


NAMED_PART_MIN = 2  # characters of a part's heading ("权力", "工作环境") a question names it by


def named_part(ctx: Context) -> Draft | None:
    """"大客户经理有哪些权力": a part of the post's own description of no list kind ("六、权力：1、有向
    总经理报告权…", "晋升通道", "工作环境"), named by the question with its heading or a word of the
    heading's synonym group (权限 for 权力): that part, as written."""
    snap, role = ctx.snapshot, ctx.u.role or ""
    q = squash(fold(ctx.u.question))
    groups = ctx.lexicon.synonyms.groups
    found: dict[str, tuple[str, str]] = {}
    for p in snap.profiles_of(role):
        for sid in snap.section_ids_of(p.article_id):
            section = snap.section(sid)
            if section is None or section.kind not in (SectionKind.prose, SectionKind.relations) or section.heading is None:
                continue
            if not (p.span.line_start <= section.span.line_start <= p.span.line_end) or p.span.file != section.span.file:
                continue
            heading = strip_marker(section.heading).strip().rstrip(":：")
            core = squash(fold(heading))
            core = core[len(squash(role)):] if core.startswith(squash(role)) else core  # "大客户经理权力"
            if len(core) < NAMED_PART_MIN:
                continue
            words = {core, *(squash(w) for g in groups if core in (squash(x) for x in g) for w in g)}
            if any(w in q for w in words if len(w) >= NAMED_PART_MIN):
                found.setdefault(core, (sid, heading))
    if len(found) != 1:
        return None
    sid, heading = next(iter(found.values()))
    units = [x for x in section_units(snap, sid) if x.kind != "heading"][:MAX_ITEMS]
    if not units:
        return None
    intro = f"「{escape_md(as_written(ctx.u, role))}」的「{escape_md(heading)}」一节写的是："
    numbered, items, item_units = numbered_units(ctx, units)
    return Draft(text="\n".join([intro, *numbered]), items=items, item_units=item_units, role=role,
                 score=max(ctx.scorer.score(x) for x in units))  # fmt: skip


_NUMBERED_LINE = re.compile(r"^\d+\.\s", re.M)


def counted(ctx: Context, draft: Draft) -> Draft:
    """"任职要求列了几条": the list, under the number of its items (intents.toml ``count``)."""
    q = fold(ctx.u.question)
    asks = any(q[m.start() - 1:m.start()] not in ("哪", "第") for w in ctx.lexicon.intents.count.cues if w
               for m in re.finditer(re.escape(fold(w)), q))  # fmt: skip
    if draft.refused or not asks or ctx.u.intent not in (Intent.duty, Intent.qualification, Intent.kpi):
        return draft
    n = len(_NUMBERED_LINE.findall(draft.text))
    if n == 0:
        return draft
    unit = "个指标" if ctx.u.intent == Intent.kpi else "条"
    return replace(draft, text=f"共列了 {n} {unit}：\n\n{draft.text}")


def only_named(ctx: Context) -> Draft:
    """The documents name the post but never describe it: say so instead of guessing."""
    asked = escape_md(ctx.u.asked_role or "")
    what = "考核指标" if ctx.u.intent == Intent.kpi else "职责或任职要求说明"
    return Draft(text=f"知识库中只提到了「{asked}」这个岗位，没有它的{what}，无法回答。{_covers_line(ctx.snapshot)}",
                 refused=True, note="岗位只被提及, 没有说明")  # fmt: skip


def not_another_posts(snap: KnowledgeSnapshot, units: list[Unit], role: str) -> list[Unit]:
    """The units whose heading names no post, or ``role`` among those it names ("那运维工程师呢" of
    充电运维工程师: "略" under the heading "储能运维工程师" is another post's part)."""
    return [x for x in units if not (named := snap.inventory.posts_named(x.heading or "")) or role in named]


def pending_post(ctx: Context, about: str, sections: list[str], deferred: list[str] | None = None) -> Draft | None:
    """"岗位筹建中，职责与任职要求待定" / "质检班长：岗位说明待修订，暂略": the documents name the post
    only to say its description is not out yet. That sentence is the answer, and it is no description."""
    key = squash(about)
    scope = ctx.lexicon.scope
    # ("营房管理员、厨师：略。": the posts named, then only 略 where their description would be)
    omitted = re.compile(rf"{re.escape(fold(about))}[^:：。；;]{{0,20}}[:：]\s*(?:暂|从)?略[。.]?$")
    units = [x for x in ctx.scorer.units(sections) if omitted.search(fold(x.text.strip())) or any(w in x.text for w in scope.deferrals) and (
        # a part headed by the post's name ("岗位二：连铸主控工"), or a sentence naming it and its description
        squash(x.heading or "").rstrip(":：").endswith(key) and heads(x.heading or "", key)
        or (key in squash(x.text) or heads(x.heading or "", key)) and any(w in x.text for w in deferred or scope.deferred_description))]  # fmt: skip
    if ctx.u.has_role and ctx.u.role:
        units = not_another_posts(ctx.snapshot, units, ctx.u.role)
    if not units:
        return None
    asked = escape_md(as_written(ctx.u, ctx.u.asked_role or about))
    what = KIND_ZH.get(kind_of(ctx.u.intent) or SectionKind.duties, "说明") if ctx.u.intent != Intent.attribute else "岗位说明"
    numbered, items, item_units = numbered_units(ctx, list({x.uid: x for x in units}.values())[:3])
    return Draft(text="\n".join([f"知识库中还没有「{asked}」的{what}，资料中只写了：", *numbered]), items=items,
                 item_units=item_units, refused=True, note="岗位说明尚未发布")  # fmt: skip


OLD_VERSION_PARTS = 3  # sections from a superseded part's heading on that its text may run over


def _under_void_heading(snap: KnowledgeSnapshot, section_id: str) -> bool:
    """A section of no heading right under one saying what follows no longer holds ("附件　2022年版仓储
    保管员岗位说明（已废止，仅供对照）" over "岗位名称：保管员（2022年版）…")."""
    ref = snap.section_ref(section_id)
    if ref is None or ref.heading:
        return False
    ids = snap.section_ids_of(ref.article_id)
    at = ids.index(section_id) if section_id in ids else 0
    above = snap.section_ref(ids[at - 1]) if at > 0 else None
    return above is not None and any(m in (above.heading or "") for m in snap.lexicon.sections.void_markers)


def old_version(ctx: Context) -> Draft | None:
    """"以前老版本是怎么写的": the part of the documents that says it no longer holds ("附录 社教专员岗位
    职责（2022版，已废止）" and the lines under it), shown as superseded, for comparison only."""
    snap, role = ctx.snapshot, ctx.u.role or ""
    void = snap.lexicon.sections.void_markers
    key = squash(role)
    for sid in snap.sections_labelled(key)[:POST_PART_SECTIONS]:
        ref = snap.section_ref(sid)
        if ref is None or not any(m in (ref.heading or "") for m in void) or key not in squash(ref.heading or ""):
            continue
        ids = snap.section_ids_of(ref.article_id)
        at = ids.index(sid) if sid in ids else -1
        units: list[Unit] = []
        for other in ids[at:at + OLD_VERSION_PARTS] if at >= 0 else [sid]:
            nxt = snap.section_ref(other)
            if other != sid and (nxt is None or nxt.role and squash(nxt.role) != key or not any(m in (nxt.heading or "") for m in void)):
                break  # the superseded part ends where a part in force begins
            units += [x for x in section_units(snap, other) if x.kind != "heading"]
        if not units:
            continue
        intro = f"以下是资料中「{escape_md(as_written(ctx.u, role))}」已不再执行的旧版内容（{escape_md(ref.heading or '')}），仅供对照："
        numbered, items, item_units = numbered_units(ctx, units[:MAX_ITEMS])
        return Draft(text="\n".join([intro, *numbered]), items=items, item_units=item_units, role=role, caveat=intro)
    return None


def mentioned_without(ctx: Context, label: str) -> Draft:
    """The documents speak of the post but never state the fact asked ("柜员" and its 薪资)."""
    asked = escape_md(ctx.u.asked_role or "")
    return Draft(text=f"知识库中谈到了「{asked}」，但没有写明它的{label}，无法回答。", refused=True, note="资料未写明")


def rest_of_list(ctx: Context, kind: SectionKind, shown_profile: str | None, shown: list[str]) -> Draft | None:
    """"还有吗?" after a list cut (at ``MAX_ITEMS`` or at the count asked): the items of the same
    profile after the last of its items shown (found by text, so a continued list continues again;
    another source's items shown below it are no part of it)."""
    u, snap = ctx.u, ctx.snapshot
    profiles = [p for p in snap.profiles_of(u.role or "") if p.id == shown_profile and _items_of(p, kind)]
    if not profiles:
        return None
    profile = profiles[0]
    every = _profile_units(ctx, profile, kind)
    texts = [display(unit.text) for unit in every]
    last_shown = next((t for t in reversed(shown) if t in texts), None)
    if last_shown is None:
        return None
    shown_count = texts.index(last_shown) + 1
    units = every[shown_count:shown_count + MAX_ITEMS]
    if not units:
        return None
    what = KIND_ZH.get(kind, "内容")
    lines = [f"**{escape_md(profile.title)}**（{source_name(snap, profile)}）的{what}（接上，第 {shown_count + 1} 条起）："]
    items: list[AnswerItem] = []
    item_units: list[list[Unit]] = []
    for number, unit in enumerate(units, start=shown_count + 1):
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[cid]))
        item_units.append([unit])
        lines.append(f"{number}. {escape_md(display(unit.text))} {markers([cid])}")
    left = len(every) - shown_count - len(units)
    if left > 0:
        lines.append(f"（还有 {left} 条，可以继续问「还有吗」）")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=profile.title,
                 role_ref=role_ref(snap, u, profile))  # fmt: skip


def nothing_more_about(ctx: Context, label: str) -> Draft:
    """"还有吗?" after a fact of the profile that was shown in full."""
    role = ctx.u.role or ""
    return Draft(text=f"关于「{escape_md(role)}」的{label}，上面已经列出了知识库中的全部内容，没有更多了。还可以问它的岗位职责或任职要求。",
                 refused=True, role=role, role_ref=role_ref(ctx.snapshot, ctx.u, None), note="没有更多")  # fmt: skip


def nothing_more(ctx: Context, kind: SectionKind) -> Draft:
    """"还有吗?" when the knowledge base holds nothing further of this kind for the role: say the
    list shown is all there is, citing where it stands."""
    u = ctx.u
    other = SectionKind.qualifications if kind == SectionKind.duties else SectionKind.duties
    have = any(_items_of(p, other) for p in ctx.snapshot.profiles_of(u.role or ""))
    tail = f"还可以问它的{KIND_ZH[other]}。" if have else ""
    what = KIND_ZH.get(kind, "内容")
    shown = role_list(ctx, kind)
    if shown is None or not shown.items:
        return Draft(text=f"关于「{escape_md(u.role or '')}」的{what}，上面已经列出了知识库中的全部内容。{tail}",
                     refused=True, role=u.role, note="没有更多")  # fmt: skip
    cids = list(dict.fromkeys(cid for item in shown.items for cid in item.citations))[:3]
    # (the documents of every item shown: the list and the other source's items below it)
    files = list(dict.fromkeys(x.file for group in shown.item_units for x in group))
    sources = [ctx.snapshot.document_title(f) for f in files] or (
        [ctx.snapshot.document_title(shown.role_ref.file)] if shown.role_ref and shown.role_ref.file else [])
    named_sources = "、".join(f"《{escape_md(s)}》" for s in sources if s)
    text = (f"关于「{escape_md(shown.role or u.role or '')}」的{what}，上面列出的 {len(shown.items)} 条"
            f"{f'（{named_sources}）' if named_sources else ''}就是知识库中的全部内容 {markers(cids)}，没有更多了。")
    # "还有别的加分项吗": the items of the list that speak of it, so the reply says where it stands
    asked = specific_feats(u.question, u.role, " ".join([*ctx.lexicon.scope.generic_words, *KIND_ZH.values()]))
    named = [(n, item) for n, item in enumerate(shown.items, 1)
             if asked and sum(f in fold(item.text) for f in asked) >= min(2, len(asked))]  # fmt: skip
    if named and len(named) <= 3:
        text += "其中说到这一点的是：\n" + "\n".join(
            f"{n}. {escape_md(item.text)} {markers(item.citations)}" for n, item in named)
    text += f"\n{tail}" if named and tail else tail
    # nothing to add is still a "no" (the knowledge base has no more), said with where the list stands
    return Draft(text=text, role=shown.role, role_ref=shown.role_ref, note="没有更多", caveat=shown.caveat, refused=True)


def role_inventory(ctx: Context, limit: int = 80) -> Draft:
    """"有哪些岗位?": the posts the knowledge base describes, by document, each cited where its
    profile begins."""
    snap = ctx.snapshot
    by_doc: dict[str, list[tuple[str, int]]] = {}
    items, item_units, count = [], [], 0
    for entry in sorted(snap.inventory.entries.values(), key=lambda e: e.title):
        profiles = snap.profiles_of(entry.title)
        if not profiles or entry.is_department or count >= limit:
            continue
        profile = profiles[0]
        item = _field_item(profile, profile.title) or _heading_item(snap, profile, profile.title)
        if item is None:
            first = next((i for k in (SectionKind.duties, SectionKind.qualifications) for i in _items_of(profile, k)), None)
            item = first
        if item is None:
            continue
        unit = profile_unit(item, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
        cid = _cite_unit(ctx, unit)
        by_doc.setdefault(source_name(snap, profile), []).append((entry.title, cid))
        items.append(AnswerItem(text=entry.title, citations=[cid]))
        item_units.append([unit])
        count += 1
    if not items:
        return Draft(text="知识库中还没有岗位说明。可以先导入岗位说明书、招聘信息等文档。", refused=True, note="没有岗位")
    lines = [f"知识库中描述了 {count} 个岗位（按文档列出）："]
    for doc, roles in by_doc.items():
        lines.append(f"- {doc}：" + "、".join(f"{escape_md(t)} {markers([cid])}" for t, cid in roles))
    lines.append("\n可以接着问某个岗位的职责、任职要求、汇报关系或考核指标。")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, score=1.0)


def unit_posts(ctx: Context, unit: str) -> Draft | None:
    """"板式车间有哪些岗位": the posts whose profiles place them in that unit (their department
    field), each cited where it says so; None when no profile does."""
    snap, key = ctx.snapshot, squash(unit)
    found: dict[str, tuple[JobProfile, ProfileItem]] = {}
    for profile in snap.profiles:
        dept = profile.fields.get("department")
        entry = snap.inventory.get(profile.title)
        if dept is None or len(key) < 2 or key not in squash(dept.text) or entry is None or entry.is_department:
            continue
        found.setdefault(entry.title, (profile, dept))
    if not found:
        return None
    items, item_units, names = [], [], []
    for title, (profile, dept) in found.items():
        unit_ = profile_unit(dept, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
        cid = _cite_unit(ctx, unit_)
        items.append(AnswerItem(text=title, citations=[cid]))
        item_units.append([unit_])
        names.append(f"{escape_md(title)} {markers([cid])}")
    text = f"资料中属于「{escape_md(unit)}」的岗位有 {len(items)} 个：" + "、".join(names)
    text += "\n\n可以接着问其中某个岗位的职责、任职要求或考核指标。"
    return Draft(text=text, items=items, item_units=item_units, score=1.0, note="部门岗位")


def missing_kind(ctx: Context, kind: SectionKind) -> Draft:
    """The role is described, but not with this kind of content: say so and say what there is."""
    return not_stated(ctx, KIND_ZH.get(kind, "相关内容"))


def not_stated(ctx: Context, what: str) -> Draft:
    """The role is described, but its documents do not say ``what``: say so and say what there is."""
    u, snap = ctx.u, ctx.snapshot
    have = []
    for p in snap.profiles_of(u.role or ""):
        for k, label in ((SectionKind.duties, "岗位职责"), (SectionKind.qualifications, "任职要求"), (SectionKind.kpi, "考核指标")):
            if _items_of(p, k) and label not in have:
                have.append(label)
    tail = f"现有的是它的{'、'.join(have)}，可以接着问。" if have else ""
    return Draft(text=f"知识库中关于「{escape_md(u.role or '')}」的资料没有写明{what}。{tail}", refused=True, role=u.role,
                 role_ref=role_ref(snap, u, None), note="资料未写明")  # fmt: skip


# --- attributes ----------------------------------------------------------------------------------


def kind_words(ctx: Context, kind: SectionKind) -> list[str]:
    """The words that say a sentence is of this kind (sections.toml)."""
    return [fold(w) for w in ctx.lexicon.sections.kinds.get(kind.value, []) if len(w) >= 2]


def attribute_words(ctx: Context, attr: str) -> list[str]:
    """The words that say a sentence states this attribute (fields.toml labels and question
    words, the requirement categories of sections.toml)."""
    spec = ctx.lexicon.fields.fields.get(attr)
    words = [fold(w) for w in (spec.labels + spec.asks if spec else []) if len(w) >= 2]
    return words + [fold(w) for w in ctx.lexicon.sections.qualification_categories.get(attr, []) if w]


def _particular(ctx: Context, attr: str) -> list[list[str]]:
    """The particular things of a broad fact the question asks for ("社保" of the benefits), each
    with its other names (fields.toml ``particular``); [] when it asks for the fact as a whole."""
    spec = ctx.lexicon.fields.fields.get(attr)
    asked = fold(ctx.u.question)
    return [group for group in (spec.particular if spec else []) if any(fold(w) in asked for w in group)]


def _names_asked(text: str, groups: list[list[str]]) -> bool:
    """Whether a line names one of the particular things asked (or the question asks none)."""
    folded = fold(text)
    return not groups or any(fold(w) in folded for group in groups for w in group)


def _known_of(ctx: Context, text: str, groups: list[list[str]]) -> bool:
    """Whether each clause of ``text`` naming an asked word asks knowledge of it ("熟悉…社保公积金政策"): a
    requirement, no perk the post offers."""
    knowing = ctx.lexicon.fields.knowing
    words = [fold(w) for group in groups for w in group if w]
    naming = [c for c in re.split(r"[，,。；;！!？?]", fold(text)) if any(w in c for w in words)]
    return bool(naming and knowing) and all(
        any(k in c[: min(c.find(w) for w in words if w in c)] for k in knowing) for c in naming)


def attribute_label(ctx: Context, attr: str) -> str:
    """How answers name a fact: its first label in fields.toml ("直属上级"), else its key."""
    spec = ctx.lexicon.fields.fields.get(attr)
    return spec.labels[0] if spec and spec.labels else attr


def _own_label(ctx: Context, attr: str, item: ProfileItem) -> str | None:
    """The label the document gives the fact, when it is one of the field's labels: a field's
    labels may differ in what they say ("批准人" of a form whose 审核人 is blank)."""
    spec = ctx.lexicon.fields.fields.get(attr)
    own = squash(item.heading or "")
    return next((label for label in spec.labels if squash(label) == own), None) if spec and own else None


def states_pattern(ctx: Context, attr: str) -> re.Pattern[str] | None:
    """How a sentence states this fact without its label (fields.toml ``states``)."""
    spec = ctx.lexicon.fields.fields.get(attr)
    return re.compile(spec.states) if spec is not None and spec.states else None


def section_on_attribute(ctx: Context) -> Draft | None:
    """A section headed by the post and the fact ("二、大客户经理的薪酬结构"): its lines answer
    "他的薪酬由哪几块组成?" though no field of a profile states it."""
    u, snap = ctx.u, ctx.snapshot
    if not u.attribute or not u.role:
        return None
    words = [fold(w) for w in attribute_words(ctx, u.attribute) if len(w) >= 2]
    found: list[tuple[float, str, list[Unit], str]] = []
    for role in dict.fromkeys(r for r in (u.role, u.asked_role) if r):
        key = squash(role)
        for sid in snap.sections_mentioning(role, limit=40):
            section = snap.section(sid)
            heading = fold(section.heading or "") if section is not None else ""
            if not heading or key not in squash(heading) or not any(w in heading for w in words):
                continue
            units = [x for x in section_units(snap, sid) if x.kind != "heading"][:MAX_ITEMS]
            if units:  # several such sections ("薪酬制度的制订原则", "薪酬结构"): the one closest to the question
                found.append((max(ctx.scorer.score(x) for x in units), sid, units, role))
    for _, sid, units, role in sorted(found, key=lambda f: -f[0])[:1]:
        section = snap.section(sid)
        assert section is not None
        label = attribute_label(ctx, u.attribute)
        lines = [f"资料中「{escape_md(display(section.heading or ''))}」一节关于**{escape_md(role)}**{label}的内容："]
        numbered, items, item_units = numbered_units(ctx, units)
        lines += numbered
        return Draft(text="\n".join(lines), items=items, item_units=item_units, role=u.role, role_ref=role_ref(snap, u, None))
    return None


OFFERED = ("pay", "benefits")  # facts of what a post offers, not of what it does or needs ...
OFFER_SILENT = (SectionKind.duties, SectionKind.qualifications, SectionKind.kpi)  # ... said by none of these parts
_OWN_SECTIONS = 24  # sections of the post searched for a fact no field holds (a requisition's 备注 among its documents)


def stated_in_own_sections(ctx: Context) -> Draft | None:
    """A fact no field holds, stated in a line of the post's own sections ("薪酬与工作时间：月薪
    4500-5500元…" under 抄表员): the lines that use the fact's words or grammar."""
    u, snap = ctx.u, ctx.snapshot
    if not u.attribute or not u.role:
        return None
    pattern = states_pattern(ctx, u.attribute)
    words = [w for w in attribute_words(ctx, u.attribute) if len(w) >= 2]
    if pattern is None and not words:
        return None
    found: list[Unit] = []
    asked = _particular(ctx, u.attribute)
    literal = [w for w in words if len(w) >= 3 and w in fold(u.question)]  # the question's own words for the fact
    employer = _hinted_employer(ctx)
    # another company's posting of the title (see same_employer) does not state this one's facts
    others = [p.span for p in snap.profiles_of(u.role) if employer and p.organisation and squash(p.organisation) != employer]
    for sid in snap.sections_with_role(squash(u.role))[:_OWN_SECTIONS]:
        for unit in section_units(snap, sid):
            if any(o.file == unit.file and o.line_start <= unit.line_start <= o.line_end for o in others):
                continue
            text = fold(unit.text)
            # the fact's grammar when fields.toml has one ("上级" alone also says "送上级机构"), else its words
            said = pattern.search(unit.text) if pattern is not None else any(w in text for w in words)
            # "工作地点" with no value beside it ("工资等级" of an empty form field: a label ending in the fact's word)
            core = squash(unit.text).rstrip(":：")
            bare = core in {squash(w) for w in words} or (len(core) <= 8 and not re.search(r"\d", core)
                                                          and any(core.endswith(squash(w)) for w in words))
            # (what the post offers is never said by what it does: "挖掘员工福利保障需求" is a duty, no perk)
            # (unless it names the very thing asked, "每月值夜班4次" for "要值夜班吗")
            offered = u.attribute in OFFERED and unit.section_kind in OFFER_SILENT and not any(w in text for w in literal)
            if unit.kind != "heading" and said and not bare and not offered and _names_asked(unit.text, asked):
                found.append(unit)
    if not found:
        return None
    label = max(literal, key=len) if literal and u.attribute in OFFERED else attribute_label(ctx, u.attribute)
    lines = [f"**{escape_md(u.role)}**的资料中关于{label}的内容："]
    items, item_units = [], []
    for unit in found[:EXTRA_ITEMS]:
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[cid]))
        item_units.append([unit])
        lines.append(f"- {escape_md(display(unit.text))} {markers([cid])}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=u.role, role_ref=role_ref(snap, u, None))


_DEFERS = re.compile(r"(?:详见|参见|参照|见)\s*[《「]?[^()（）《》「」]{2,24}?(?:表|制度|规定|办法|手册|附件|标准)[》」]?")


def attribute(ctx: Context) -> Draft | None:
    """A profile field ("直属上级: 行政经理"), or the items that state the attribute."""
    u, snap = ctx.u, ctx.snapshot
    attr = u.attribute or ""
    label = attribute_label(ctx, attr)
    titles = [u.role or ""]
    if u.asked_role and squash(u.asked_role) not in squash(u.role or "") or squash(u.asked_role or "") == bare_title(u.role or ""):
        # "个险营业部经理工资多少?" of a post titled per site ("…(南京)", "…(苏州)"): every site
        titles = snap.site_postings(u.role or "")
    profiles = same_employer(ctx, rank_profiles(ctx, [p for t in titles for p in snap.profiles_of(t)], None))
    # "按公司薪酬制度执行（见岗位定编与薪酬表）": a value that points elsewhere comes after one that states it
    profiles.sort(key=lambda p: bool((f := p.fields.get(attr)) is not None and _DEFERS.search(f.text)))
    caveat = caveat_for(u, u.role or "")
    asked = _particular(ctx, attr)  # "社保": only a line naming it answers, not the post's shifts
    # 1. a labelled field of any profile of the title (the best-ranked profile first); when the
    # title's postings state different values ("叉车司机工资多少?" at three sites), all of them
    several = None if asked else _values_by_posting(ctx, profiles, attr, label, caveat)
    if several is not None:
        return several
    for profile in profiles:
        item = profile.fields.get(attr)
        if item is None and attr == "purpose" and profile.purpose:
            item = profile.purpose[0]  # "岗位目的" written as the form's own section, not a field
        if item is None and attr == "reports_to" and profile.reports_to:
            item = _field_item(profile, profile.reports_to)
        stated = None
        if item is None and attr == "department" and profile.department:
            item = _field_item(profile, profile.department) or _heading_item(snap, profile, profile.department)
            stated = profile.department if item is not None and item.category is None else None
        if item is not None and _names_asked(item.text, asked):
            unit = profile_unit(item, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
            unit.kind = "field"
            cid = _cite_unit(ctx, unit)
            value = stated or asked_group(ctx, display(item.text)) or display(item.text)
            head = f"**{escape_md(profile.title)}**（{source_name(snap, profile)}）的{_own_label(ctx, attr, item) or label}：{escape_md(value)} {markers([cid])}"
            if item.sentence and not stated:
                head += f"\n\n（原文：{escape_md(display(item.sentence))}）"  # read from a sentence, which may say more
            text = "\n".join(([caveat, ""] if caveat else []) + [head])
            return Draft(text=text, items=[AnswerItem(text=value, citations=[cid])], item_units=[[unit]],
                         role=profile.title, role_ref=role_ref(snap, u, profile), caveat=caveat, score=1.0)  # fmt: skip
    # Not a field: items that state it (qualification categories, or items naming the label), in
    # the sections where such a fact can be ("发放员工工资" among the duties is not the post's pay)
    # 2. items that state it: a requirement of the attribute's category, or an item naming it
    # (where fields.toml gives the grammar that states the fact, only that: "上级为…", "向…汇报",
    # "团队约40人"; a label word used otherwise, "编制年度预算", states nothing)
    words = attribute_words(ctx, attr)
    # a title that itself names the attribute ("薪资核算专员" and pay): its items name it for
    # another reason (薪酬核算经验), so only the items' own category counts
    title = fold(u.role or "")
    if any(w in title for w in words):
        words = []
    pattern = states_pattern(ctx, attr)
    kinds = ATTRIBUTE_KINDS.get(attr, (SectionKind.qualifications, SectionKind.duties, SectionKind.benefits, SectionKind.purpose))
    spec = ctx.lexicon.fields.fields.get(attr)
    own_labels = {squash(x) for x in spec.labels} if spec is not None else set()
    # "有啥福利": a source whose items stand under that very label (福利) comes before one whose items
    # stand under another label of the same fact (a 班次 legend)
    said_labels = [squash(x) for x in (spec.labels if spec is not None else []) if len(x) >= 2 and fold(x) in fold(u.question)]
    fallback: tuple[JobProfile, list[Unit]] | None = None
    chosen: tuple[JobProfile, list[Unit]] | None = None
    for profile in profiles:
        found: list[Unit] = []
        for kind in kinds:
            for unit, item in zip(_profile_units(ctx, profile, kind), _items_of(profile, kind)):
                if not _names_asked(unit.text, asked) or attr in OFFERED and _known_of(ctx, unit.text, asked or [words]):
                    continue
                if _names_field(ctx, item.heading, own_labels) or kind == SectionKind.benefits and attr == "benefits" and asked:
                    # under a label of the fact itself (a 班制 column among the perks); or a perk of the
                    # post that names the one asked ("住宿：提供免费宿舍" for "包住吗")
                    found.append(unit)
                elif pattern is not None:
                    if pattern.search(unit.text):
                        found.append(unit)
                elif item.category == attr or any(w and w in fold(unit.text) for w in words):
                    found.append(unit)
                elif spec is not None and spec.besides and kind == SectionKind.qualifications and _besides(ctx, item, spec.besides):
                    found.append(unit)
        if found and (not said_labels or any(w in squash(unit.heading or "") for unit in found for w in said_labels)):
            chosen = (profile, found)
            break
        fallback = fallback or ((profile, found) if found else None)
    else:
        chosen = fallback
    if chosen is None:
        return None
    profile, found = chosen
    # items under one column of the fact ("班次安排") are named by it, not by the field's label (福利)
    headings = {(unit.heading or "").strip().rstrip(":：") for unit in found}
    named = headings.pop() if len(headings) == 1 else ""
    said = named if _names_field(ctx, named, own_labels) and squash(named) != squash(label) and len(named) <= 8 else label
    lines = ([caveat, ""] if caveat else []) + [f"**{escape_md(profile.title)}**（{source_name(snap, profile)}）关于{escape_md(said)}的说明："]
    # (an item under 加分项 among required ones is said to be a plus: "熟悉 terraform（加分项）")
    preferred = {squash(w) for w in ctx.lexicon.fields.columns.get("preferred", LabelSet()).labels}
    heads = [(unit.heading or "").strip().rstrip(":：") for unit in found]
    parted = len({squash(h) for h in heads} - {""}) > 1
    notes = [f"（{h}）" if parted and squash(h) in preferred else "" for h in heads]
    rows = [(unit, display(unit.text).rstrip("；;，,。") if note else display(unit.text), note) for unit, note in zip(found[:MAX_ITEMS], notes)]
    numbered, items, item_units = _numbered(ctx, rows)
    lines += numbered
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=profile.title,
                 role_ref=role_ref(snap, u, profile), caveat=caveat, score=0.8)  # fmt: skip


BARE_EXPERIENCE = 10  # characters of a requirement that only names an experience ("有收银经验")
_YEARS = re.compile(r"[\d一二两三四五六七八九十半]\s*年")


def _besides(ctx: Context, item: ProfileItem, others: list[str]) -> bool:
    """A requirement that states none of the ``others`` facts ("对前端框架有深入研究"); a bare count of
    years ("3年以上工作经验") or a bare experience ("有收银经验") states experience, not what one must know."""
    category = item.category or next((c for c, words in ctx.lexicon.sections.qualification_categories.items()
                                      if any(w in item.text for w in words)), None)  # fmt: skip
    if category in others:
        return False
    return not (category == "experience" and (_YEARS.search(item.text) or len(squash(item.text)) <= BARE_EXPERIENCE))


def same_employer(ctx: Context, profiles: list[JobProfile]) -> list[JobProfile]:
    """The conversation's posting ("这个职位月薪开多少" after 百腾's 前端) and the other profiles of its
    employer: another company's posting of the same title does not state this one's facts."""
    employer = _hinted_employer(ctx)
    return [p for p in profiles if not p.organisation or squash(p.organisation) == employer] if employer else profiles


def _hinted_employer(ctx: Context) -> str | None:
    """The organisation of the posting the conversation is about, unless the question names one."""
    hinted = ctx.snapshot.profile_by_id.get(ctx.u.profile_hint or "")
    if hinted is None or not hinted.organisation or ctx.u.org_words:
        return None
    return squash(hinted.organisation)


def _names_field(ctx: Context, heading: str | None, own_labels: set[str]) -> bool:
    """A sub-heading or column label that is one of the field's labels, as written or with the
    company's words around it ("班次安排" of 班次)."""
    key = squash(heading or "").rstrip(":：")
    return bool(key) and (key in own_labels or bool(own_labels & set(ctx.lexicon.fields.label_bases(key))))


def _numbered(ctx: Context, rows: list[tuple[Unit, str, str]]) -> tuple[list[str], list[AnswerItem], list[list[Unit]]]:
    """"1. text（note） [n]" lines for (unit, text, note) rows, each cited; the items and their units."""
    lines: list[str] = []
    items: list[AnswerItem] = []
    units: list[list[Unit]] = []
    for unit, text, note in rows:
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=text, citations=[cid]))
        units.append([unit])
        lines.append(f"{len(items)}. {escape_md(text)}{note} {markers([cid])}")
    return lines, items, units


def _values_by_posting(ctx: Context, profiles: list[JobProfile], attr: str, label: str, caveat: str | None) -> Draft | None:
    """The fact as each posting of the title states it, when they differ and the question did
    not pick one (no site, organisation or posting from the conversation)."""
    u, snap = ctx.u, ctx.snapshot
    hinted = snap.profile_by_id.get(u.profile_hint or "")
    # (the posting just shown picks the one, when it states the fact: "工资怎么算的" after its duties)
    if hinted is not None and attr in hinted.fields or len(profiles) < 2:
        return None
    stated = [(p, p.fields[attr]) for p in profiles if attr in p.fields]
    if u.org_words:
        # the site or company asked picks; the sources that all name it may still differ
        best = max((_org_match(ctx, p) for p, _ in stated), default=0.0)
        stated = [(p, i) for p, i in stated if best >= 1.0 and _org_match(ctx, p) >= 1.0]
    if len({display(i.text) for _, i in stated}) < 2:
        return None
    # "中级摄影师要几年经验" of rows one per grade (摄影师 | 中级 | …): the row whose grade, site or unit
    # the question names
    picked = [(p, i) for p, i in stated if _names_posting(ctx, p)]
    if picked and len(picked) < len(stated):
        stated = picked
    titled = len({p.title for p, _ in stated}) > 1  # postings titled per site: each row names its own
    # what tells the postings apart ("初级"/"中级", "县域网点"): shown with each value
    telling = [k for k in _POSTING_KEYS if k != attr and len({display(p.fields[k].text) if k in p.fields else "" for p, _ in stated}) > 1]
    rows = []
    seen: set[tuple[str, str, int]] = set()
    for profile, item in stated[:8]:
        key = (display(item.text), item.span.file, item.span.line_start)
        if key in seen:
            continue  # two profiles of one posting (its form and its list) state it once
        seen.add(key)
        unit = profile_unit(item, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
        unit.kind = "field"
        where = f"{escape_md(profile.title)} · {source_where(snap, profile)}" if titled else source_where(snap, profile)
        # the posting's own grade or place when they differ ("中级", "县域网点（余姚、慈溪）"): which value is whose
        for key in telling[:1]:
            tag = profile.fields.get(key)
            if tag is not None and display(tag.text) not in display(item.text):
                where = f"{escape_md(display(tag.text))} · {where}"
        rows.append((unit, display(item.text), f"（{where}）"))
    # "那导购在深圳多少": the part of a value stated per site that is the site asked, alone
    narrowed = [(unit, group, where) for unit, text, where in rows if (group := asked_group(ctx, text))]
    rows = narrowed or rows
    if len(rows) == 1:
        unit, text, where = rows[0]
        cid = _cite_unit(ctx, unit)
        head = f"**{escape_md(u.role or '')}**{where}的{label}：{escape_md(text)} {markers([cid])}"
        return Draft(text="\n".join(([caveat, ""] if caveat else []) + [head]), items=[AnswerItem(text=text, citations=[cid])],
                     item_units=[[unit]], role=u.role, role_ref=role_ref(snap, u, None), caveat=caveat, score=1.0)  # fmt: skip
    numbered, items, item_units = _numbered(ctx, rows)
    name = (u.asked_role or u.role or "") if titled else (u.role or "")
    lines = ([caveat, ""] if caveat else []) + [f"「{escape_md(name)}」在不同资料/岗位发布中的{label}："] + numbered
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=u.role,
                 role_ref=role_ref(snap, u, None), caveat=caveat, score=1.0)  # fmt: skip


_POSTING_KEYS = ("level", "location", "department")  # what tells one posting of a title from another


def _names_posting(ctx: Context, profile: JobProfile) -> bool:
    """The question names this posting's grade, site or unit ("中级", "县域网点")."""
    q = fold(ctx.u.question)
    return any(len(v) >= 2 and v in q for v in (fold(display(profile.fields[k].text)) for k in _POSTING_KEYS if k in profile.fields))


def asked_group(ctx: Context, text: str) -> str | None:
    """The parts of a value stated per group ("广州天河展厅 月薪区间：4000+提成；深圳南山展厅 月薪区间：
    4300+提成") whose group the question names ("在深圳多少"), or None when it names none of them (or all)."""
    parts = [p.strip() for p in re.split(r"[；;]", text) if p.strip()]
    labels = [re.split(r"[:：]", p, maxsplit=1)[0] for p in parts]
    if len(parts) < 2 or any(len(g) == len(p) for g, p in zip(labels, parts)):
        return None
    # the group is the label's first word ("城区网点/中心" of "城区网点/中心 底薪(元/月)"): the fact's own
    # word after it ("底薪") names no group
    groups = [g.split()[0] if len(g.split()) > 1 else g for g in labels]
    shared = set.intersection(*(bigrams(g) for g in groups))
    # (the fact's own words, "工资" of 基本工资 / 月薪合计, name no group: the question asks the fact)
    asked = bigrams(ctx.u.question) - bigrams(" ".join(fold(w) for w in attribute_words(ctx, ctx.u.attribute or "")))
    hit = [p for p, g in zip(parts, groups) if (bigrams(g) - shared) & asked]
    return "；".join(hit) if hit and len(hit) < len(parts) else None


# words that ask rather than name ("几点到几点", "上几天班"): never a topic the documents must use
ASKING = re.compile(r"几|多少|什么|哪|怎么|吗|么")


def unsaid_benefit(ctx: Context, found: Draft | None) -> bool:
    """"年假一年能休几天" of a post whose stated benefits are its allowances ("井下津贴：80"): the
    benefit the question names is in none of them, so they do not answer it."""
    if found is None or found.refused or ctx.u.attribute != "benefits":
        return False
    spec = ctx.lexicon.fields.fields.get("benefits")
    named = [w for w in (spec.asks if spec else []) if len(w) >= 2 and w in ctx.u.question and not ASKING.search(w)]
    said = "".join(i.text for i in found.items)
    # (a word of the same perk says it too: "岗位津贴：夜间值班费100元/次" answers "有补贴吗")
    kin = {x for w in named for group in (spec.particular if spec else []) if w in group for x in group}
    return bool(named) and not any(w in said or bigrams(w) & bigrams(said) for w in {*named, *kin})


def attributes(ctx: Context, keys: list[str], unanswered: list[str] | None = None) -> Draft | None:
    """Several facts of one profile ("在哪个城市? 工资多少?"), each with its citation (``unanswered``
    gets the facts no field of the profile states)."""
    parts: list[Draft] = []
    for key in keys:
        ctx.u.attribute = key
        found = attribute(ctx)
        if found is not None and not unsaid_benefit(ctx, found):
            parts.append(found)
        elif unanswered is not None:
            unanswered.append(key)
    ctx.u.attribute = None
    if not parts:
        return None
    # one caveat for the whole answer ("以下是「影院值班经理」的内容"), not one per fact
    paragraphs = list(dict.fromkeys(x for p in parts for x in p.text.split("\n\n")))
    text = "\n\n".join(paragraphs)
    items = [i for p in parts for i in p.items]
    units = [g for p in parts for g in p.item_units]
    return Draft(text=text, items=items, item_units=units, role=parts[0].role, role_ref=parts[0].role_ref,
                 caveat=parts[0].caveat, score=min(p.score for p in parts))  # fmt: skip


def _heading_item(snapshot: KnowledgeSnapshot, profile: JobProfile, value: str) -> ProfileItem | None:
    """A fact stated by the heading that opens the profile ("【人力资源部】人力资源专员")."""
    article = snapshot.articles.get(profile.article_id)
    for section in article.sections if article else []:
        if not (profile.span.line_start <= section.span.line_start <= profile.span.line_end):
            continue
        for block in section.blocks:
            for no, text in block.numbered_lines():
                if value in text:
                    return ProfileItem(text=text, span=SourceSpan(file=profile.span.file, line_start=no, line_end=no), line_nos=[no])
    return None


def _field_item(profile: JobProfile, value: str) -> ProfileItem | None:
    """A field stated only as a string on the profile: find the line that holds it."""
    for item in profile.fields.values():
        if value in item.text:
            return item
    return None


_LIST_SPLIT = re.compile(r"[、,，;；/\s和及与]+")


def superior_by_inverse(ctx: Context) -> Draft | None:
    """"他的上级是谁?" when only the superior's own profile states the line: 仓储物流部经理's 直接下级
    "仓库管理员、物流专员" names the post, so its 直属上级 is 仓储物流部经理 (cited there)."""
    u, snap = ctx.u, ctx.snapshot
    role = u.role or u.asked_role
    if u.attribute != "reports_to" or not role:
        return None
    key = squash(role)
    for sid in snap.sections_mentioning(role, limit=40):
        found = snap.section_of(sid)
        owner = found[1].role if found else None
        if not owner or squash(owner) == key:
            continue
        for profile in snap.profiles_of(owner):
            item = profile.fields.get("subordinates")
            if item is None or key not in {squash(x) for x in _LIST_SPLIT.split(item.text) if x}:
                continue
            unit = profile_unit(item, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
            unit.kind = "field"
            cid = _cite_unit(ctx, unit)
            label = attribute_label(ctx, "reports_to")
            sub = attribute_label(ctx, "subordinates")
            text = (f"**{escape_md(role)}** 的{label}：{escape_md(profile.title)} {markers([cid])}\n\n"
                    f"（资料中「{escape_md(profile.title)}」的{sub}为：{escape_md(display(item.text))}）")  # fmt: skip
            return Draft(text=text, items=[AnswerItem(text=profile.title, citations=[cid])], item_units=[[unit]],
                         role=role, role_ref=role_ref(snap, u, None), score=0.9)  # fmt: skip
    return None


# an organisation chart drawn as text: "上级 ── 岗位 ── 下级、下级" (or → / -> / —— between them)
_CHAIN_LINK = re.compile(r"\s*(?:─{2,}|—{1,2}|-{2,}>?|->|→|⟶|=>)\s*")
_TREE_MARKS = re.compile(r"^[\s│┃├└┣┗─━|]+")


def chain_relation(ctx: Context) -> Draft | None:
    """"他的上级是谁?" / "他管哪些人?" read from an organisation chart line in which the post is
    one link of a chain: the link before it is its superior, the link after it its subordinates."""
    u, snap = ctx.u, ctx.snapshot
    if u.attribute not in ("reports_to", "subordinates"):
        return None
    for role in dict.fromkeys(r for r in (u.asked_role, u.role) if r):
        key = squash(role)
        for sid in snap.sections_mentioning(role, limit=40):
            for unit in section_units(snap, sid):
                if " | " in unit.text:
                    continue  # a table's row: "—" there is an empty cell, not a link of a chart
                links = [_TREE_MARKS.sub("", x).strip() for x in _CHAIN_LINK.split(unit.text)]
                if len(links) < 2:
                    continue
                at = next((i for i, link in enumerate(links)
                           if key in {squash(x) for x in _LIST_SPLIT.split(link) if x}), None)  # fmt: skip
                if at is None:
                    continue
                other = links[at - 1] if u.attribute == "reports_to" and at > 0 else (
                    links[at + 1] if u.attribute == "subordinates" and at + 1 < len(links) else "")
                # a chart's link names posts or units ("叉车司机、理货员"), not a sentence after a dash
                if not other or re.search(r"[。；;，,:：]", other) or any(len(x) > 16 for x in _LIST_SPLIT.split(other)):
                    continue
                cid = _cite_unit(ctx, unit)
                label = attribute_label(ctx, u.attribute)
                text = (f"**{escape_md(role)}** 的{label}：{escape_md(other)} {markers([cid])}\n\n"
                        f"（依据组织架构图中的一行：{escape_md(display(unit.text))}）")  # fmt: skip
                return Draft(text=text, items=[AnswerItem(text=other, citations=[cid])], item_units=[[unit]],
                             role=u.role or role, role_ref=role_ref(snap, u, None), score=0.8)  # fmt: skip
    return None


_NODE_SPLIT = re.compile(r"[:：、,，;；/]|\s+")
_NODE_NOTE = re.compile(r"[(（][^)）]*[)）]")


def _node_label(unit: Unit) -> str:
    return _TREE_MARKS.sub("", unit.text).strip()


def _node_names(unit: Unit) -> set[str]:
    """Posts and units one node of a tree names: "引导室：引导员（由值机主管代管）" -> 引导室, 引导员."""
    label = _NODE_NOTE.sub("", _node_label(unit))
    return {squash(x) for link in _CHAIN_LINK.split(label) for x in _NODE_SPLIT.split(link) if x.strip()}


def tree_relation(ctx: Context) -> Draft | None:
    """"他归谁管?" / "他下面有哪些岗位?" read from an organisation chart drawn as a tree: the node
    one level up is its superior, the nodes one level down are its subordinates."""
    u, snap = ctx.u, ctx.snapshot
    if u.attribute not in ("reports_to", "subordinates"):
        return None
    # "分管营销的副总经理" asked as 副总经理: the post it resolved to says which of the chart's two
    order = (u.role, u.asked_role) if u.role and squash(_NODE_NOTE.sub("", u.role)) == squash(u.asked_role or "") else (u.asked_role, u.role)
    for role in dict.fromkeys(r for r in order if r):
        key = squash(role)
        # a chart writes "副总经理（分管营销）" with its own brackets: look for the bare title
        for sid in snap.sections_mentioning(_NODE_NOTE.sub("", role).strip() or role, limit=40):
            found = snap.section_of(sid)
            if found is None:
                continue
            # in the chart's own order: a chart drawn in a sheet has several nodes on one row
            nodes = [x for s in snap.section_ids_of(found[0].id) for x in section_units(snap, s) if x.depth]
            # the node written as asked first ("副总经理（分管生产）" beside "副总经理（分管营销）")
            at = next((i for i, n in enumerate(nodes) if squash(_node_label(n)) == key), None)
            at = at if at is not None else next((i for i, n in enumerate(nodes) if key in _node_names(n)), None)
            if at is None:
                continue
            node = nodes[at]
            label = attribute_label(ctx, u.attribute)
            if u.attribute == "reports_to":
                path: list[Unit] = []
                for n in reversed(nodes[:at]):
                    if n.depth < (path[-1] if path else node).depth:
                        path.append(n)
                if not path:
                    continue
                parent = path[0]
                cp, cn = _cite_unit(ctx, parent), _cite_unit(ctx, node)
                chain = " > ".join(escape_md(_node_label(n)) for n in [*reversed(path), node])
                text = (f"**{escape_md(role)}** 的{label}：{escape_md(_node_label(parent))} {markers([cp])}\n\n"
                        f"（依据组织架构图中的层级：{chain} {markers([cn])}）")  # fmt: skip
                items = [AnswerItem(text=_node_label(parent), citations=[cp])]
                item_units = [[parent]]
            else:
                children = []
                for n in nodes[at + 1:]:
                    if n.depth <= node.depth:
                        break
                    if n.depth == node.depth + 1:
                        children.append(n)
                if not children:
                    continue
                cids = [_cite_unit(ctx, n) for n in children]
                items = [AnswerItem(text=_node_label(n), citations=[cid]) for n, cid in zip(children, cids)]
                item_units = [[n] for n in children]
                lines = "\n".join(f"{i}. {escape_md(it.text)} {markers(it.citations)}" for i, it in enumerate(items, 1))
                text = f"**{escape_md(role)}** 的{label}（组织架构图中的下一级）：\n{lines}"
            return Draft(text=text, items=items, item_units=item_units, role=u.role or role,
                         role_ref=role_ref(snap, u, None), score=0.8)  # fmt: skip
    return None


def org_relation(ctx: Context) -> Draft | None:
    """A reporting line from an organisation chart: a chain on one line, or a tree."""
    return chain_relation(ctx) or tree_relation(ctx)


def levels(ctx: Context) -> Draft | None:
    """"护理员分几个等级": the posts named by a level word before the title (初级护理员, 中级护理员 …),
    each with the first of its requirements, when the post's own material states no level."""
    u, snap = ctx.u, ctx.snapshot
    key = squash(u.role or "")
    found: list[tuple[str, JobProfile]] = []
    for title in snap.inventory.variants(u.role or ""):
        head = squash(title)[: -len(key)] if squash(title).endswith(key) else ""
        profiles = snap.profiles_of(title)
        if head and re.fullmatch(rf"(?:{level_word(ctx.lexicon)}|\d{{1,2}}|[一二三四五六七八九十]{{2}})级?", head) and profiles:
            found.append((title, profiles[0]))
    if len(found) < 2:
        return None
    lines = [f"资料中「{escape_md(u.role or '')}」分为 {len(found)} 个等级："]
    items, item_units = [], []
    for title, profile in found:
        item = next((i for k in (SectionKind.qualifications, SectionKind.duties) for i in _items_of(profile, k)), None)
        item = item or _field_item(profile, profile.title)
        if item is None:
            continue
        unit = profile_unit(item, profile.id, SectionKind.prose, 0, profile.title, profile.organisation)
        cid = _cite_unit(ctx, unit)
        text = f"{title}：{display(item.text)}"
        items.append(AnswerItem(text=text, citations=[cid]))
        item_units.append([unit])
        lines.append(f"{len(items)}. {escape_md(text)} {markers([cid])}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=u.role,
                 role_ref=role_ref(snap, u, None), score=0.9) if len(items) >= 2 else None  # fmt: skip


def attribute_missing(ctx: Context, keys: list[str] | None = None) -> Draft:
    """The post's documents do not state the fact asked (or any of ``keys``, asked together)."""
    u = ctx.u
    label = "、".join(attribute_label(ctx, k) for k in keys) if keys else attribute_label(ctx, u.attribute or "") or "这一项"
    asked = fold(u.question)
    # "社保按多少比例交": the thing asked, not the broad fact ("没有写明社保", not "没有写明福利")
    found = [w for group in _particular(ctx, u.attribute or "") for w in group if fold(w) in asked]
    named = [w for w in dict.fromkeys(found) if not any(w != o and w in o for o in found)]
    label = "、".join(named) if named else label
    stated = []
    employer = _hinted_employer(ctx)
    profiles = same_employer(ctx, ctx.snapshot.profiles_of(u.role or ""))
    for p in profiles:
        for key in p.fields:
            s = ctx.lexicon.fields.fields.get(key) or ctx.lexicon.fields.columns.get(key)
            name = s.labels[0] if s and s.labels else None  # internal keys are never shown
            if name and name not in stated:
                stated.append(name)
    tail = f"资料中写明的有：{'、'.join(stated[:8])}。" if stated else ""
    whose = f"{profiles[0].organisation}的「{u.role}」" if employer and profiles and profiles[0].organisation else f"「{u.role or ''}」"
    return Draft(text=f"知识库中{escape_md(whose)}的资料没有写明{label}。{tail}", refused=True, role=u.role,
                 role_ref=role_ref(ctx.snapshot, u, None), note="资料未写明")  # fmt: skip


# --- KPIs --------------------------------------------------------------------------------------


def _kpi_unit(entry: KpiEntry, order: int) -> Unit:
    item = ProfileItem(text=entry.sentence.split("\n")[0], span=entry.span, line_nos=[entry.span.line_start])
    unit = profile_unit(item, entry.id, SectionKind.kpi, order, entry.roles[0] if entry.roles else None, None)
    unit.quote = _kpi_quote(entry)
    return unit


def _kpi_quote(entry: KpiEntry) -> str:
    """The indicator name is what a KPI citation quotes (it occurs in the cited row)."""
    first = entry.sentence.split("\n")[0]
    return entry.name if entry.name in first else first


def _own_entry(ctx: Context, entries: list[KpiEntry]) -> KpiEntry:
    """Of an indicator's rows, the asked post's own (its target and scoring rule), else the first."""
    role = ctx.u.role if ctx.u.has_role else None
    # the post's own row, else its department's ("食品检测部的报告差错率": that department's target)
    return next((e for e in entries if role and role in e.roles), None) or next(
        (e for e in entries if role and e.department and squash(e.department) == squash(role)), entries[0])


_FOOTNOTE_MARK = re.compile(r"[①-⑳¹²³⁴-⁹*※†‡]+$")


def indicator_in_files(ctx: Context, files: set[str], named: str) -> KpiEntry | None:
    """"财务分析会计的月底结帐怎么考核": the one indicator of these documents (those that name the post
    ``named``) whose name shares the longest run of four or more characters with the question, the
    post's own name aside ("月底结帐" of 月底结帐处理)."""
    q = squash(ctx.u.question).replace(squash(named), " ")
    runs: list[tuple[int, KpiEntry]] = []
    for ind in ctx.snapshot.kpi_library():
        entries = [e for e in ind.entries if e.span.file in files]
        if entries:
            key = _indicator_key(ind.name)
            match = difflib.SequenceMatcher(None, key, q, autojunk=False).find_longest_match(0, len(key), 0, len(q))
            runs.append((match.size, entries[0]))
    best = max((size for size, _ in runs), default=0)
    tops = [e for size, e in runs if size == best]
    return tops[0] if best >= INDICATOR_RUN_MIN and len(tops) == 1 else None


def file_indicators(ctx: Context, files: set[str], named: str) -> Draft | None:
    """"财务分析会计考核哪几项KPI" when one document names the post and holds an indicator table of no
    post ("财务部内控与财务分析KPI组成表"): that document's first table of indicators, said to be the
    document's, not the post's own description."""
    if len(files) != 1:
        return None
    rows = [e for e in ctx.snapshot.kpis if e.span.file in files and e.origin == "table" and e.kind == "indicator" and not e.roles]
    if not rows:
        return None
    first = min(rows, key=lambda e: e.span.line_start).section
    table = [e for e in rows if e.section == first]
    if len(table) < 2:
        return None
    drafted = kpi_list(ctx, table, named)
    intro = (f"知识库中没有「{escape_md(named)}」的岗位说明；提到它的"
             f"《{escape_md(ctx.snapshot.document_title(next(iter(files))))}》列出的考核指标如下：")
    return replace(drafted, text=f"{intro}\n\n{drafted.text}")


def _indicator_key(name: str) -> str:
    """An indicator's name as questions say it: squashed, without its footnote's mark ("报告差错率①")."""
    return squash(_FOOTNOTE_MARK.sub("", name.strip()))


_HEAD_MIN = 4  # characters of an indicator's name before a pointer word ("月底结账那项") that name it


def _pointed_head(ctx: Context, key: str, q: str) -> int:
    """The length of the longest head of an indicator's name the question points at ("月底结账那项",
    "入库及时那个"): the head, then a pointer word (intents.toml ``pointers``); 0 for none."""
    pointers = tuple(squash(w) for w in ctx.lexicon.intents.followup.pointers)
    for n in range(len(key) - 1, _HEAD_MIN - 1, -1):
        at = q.find(key[:n])
        if at >= 0 and q[at + n:].startswith(pointers):
            return n
    return 0


def _spelled(ctx: Context, text: str) -> str:
    """Text with each spelling variant written one way ("月底结账" and "月底结帐" alike: roles.toml)."""
    for group in ctx.lexicon.roles.spelling_variants:
        for variant in group[1:]:
            text = text.replace(variant, group[0])
    return text


def named_indicators(ctx: Context) -> list[KpiEntry]:
    """Indicators the question names ("招聘费用预算达成率怎么算"), best match first."""
    q = _spelled(ctx, squash(ctx.u.question))
    # an indicator's Latin abbreviation ("MTTR" of 平均故障修复时间MTTR), not a generic KPI word
    generic = {fold(w) for w in ctx.lexicon.scope.kpi_words}
    acronyms = {a for a in re.findall(r"[a-z][a-z0-9]{2,}", fold(ctx.u.question)) if a not in generic}
    kpi = ctx.lexicon.intents.intents.get("kpi")
    if not (ctx.lexicon.kpi.fields_asked(ctx.u.question) or kpi and any(fold(w) in fold(ctx.u.question) for w in kpi.cues)):
        acronyms = set()  # "考过CPA一科有奖励吗": a certificate, not the indicator "CPA考试进度"
    found = []
    endings = tuple(fold(w) for w in ctx.lexicon.kpi.name_endings)
    role = ctx.u.role if ctx.u.has_role else None
    if role:
        # "返修率那项目标定多少" after 缝纫工's indicators: its 本工序返修率, not another post's 返修率
        own: dict[str, tuple[int, KpiEntry]] = {}
        for ind in ctx.snapshot.kpi_library():
            mine = [e for e in ind.entries if role in e.roles]
            key = _spelled(ctx, _indicator_key(ind.name))
            size = indicator_tail(key, q, endings)
            if mine and size:
                own[key] = (size, mine[0])
        best = max((size for size, _ in own.values()), default=0)
        if best and len(tops := [e for size, e in own.values() if size == best]) == 1:
            return tops
        worded = _worded_indicator(ctx, q, endings) or _abridged_indicator(ctx, q, endings)
        if worded is not None:
            return [worded]
    for ind in ctx.snapshot.kpi_library():
        key = _spelled(ctx, _indicator_key(ind.name))
        stated = any(e.origin == "table" for e in ind.entries)
        if not stated and not fold(key).endswith(endings):
            continue  # a scoring item of running text ("基础工作：20分") is a topic as much as an indicator
        # three-character names (破损率, 续费率, 毛利率) count when a KPI table states them
        if (len(key) >= 4 or len(key) == 3 and stated) and key in q:
            found.append((len(key), _own_entry(ctx, ind.entries)))
        elif acronyms and acronyms & set(re.findall(r"[a-z][a-z0-9]{2,}", fold(ind.name))):
            found.append((3, _own_entry(ctx, ind.entries)))
        elif (head := _pointed_head(ctx, key, q)) >= _HEAD_MIN:
            found.append((head, _own_entry(ctx, ind.entries)))  # "月底结账那项" of 月底结帐处理
        elif acronyms and acronyms & {fold(a) for e in ind.entries
                                      for a in re.findall(r"[(（]\s*([A-Za-z][A-Za-z0-9]{1,7})\s*[)）]", e.definition or "")}:
            found.append((3, _own_entry(ctx, ind.entries)))  # "每千次观看带来的成交额（GPM）": its abbreviation
    if not found:
        # "翻箱率" of 提箱翻箱率, "闸口通行时长" of 闸口平均通行时长: the ending of one indicator's name
        # (three characters or more, ending like an indicator), when no other name ends so
        tails: dict[str, tuple[int, KpiEntry]] = {}
        for ind in ctx.snapshot.kpi_library():
            key = _spelled(ctx, _indicator_key(ind.name))
            size = indicator_tail(key, q, endings, whole=False)
            if size and (key not in tails or tails[key][0] < size):
                tails[key] = (size, _own_entry(ctx, ind.entries))
        if len(tails) == 1:
            found = list(tails.values())
    found.sort(key=lambda x: -x[0])
    return [e for _, e in found]


def _pieces_in_order(stem: str, q: str, at: int = 0) -> bool:
    """Whether ``stem`` is a run of pieces of two characters or more, each found in ``q`` after the
    one before ("后勤投诉" in "后勤那边被投诉了")."""
    if not stem:
        return True
    for n in range(len(stem), 1, -1):
        found = q.find(stem[:n], at)
        if found >= 0 and _pieces_in_order(stem[n:], q, found + n):
            return True
    return False


def _without_post(ctx: Context, q: str) -> str:
    """The (squashed) question with the post it names cut out: the post's own name names none of its indicators."""
    for post in sorted({squash(x) for x in (ctx.u.role, ctx.u.asked_role) if x}, key=longest_first):
        q = q.replace(post, "|")
    return q


def _split_ending(key: str, by_length: list[str]) -> tuple[str, str]:
    """An indicator's (squashed) name as its stem and its indicator ending ("后勤投诉" + "次数"); ``by_length``:
    the endings, longest first."""
    end = next((e for e in by_length if fold(key).endswith(e)), "")
    return (key[: -len(end)] if end else key), end


def _worded_indicator(ctx: Context, q: str, endings: tuple[str, ...]) -> KpiEntry | None:
    """"后勤那边被投诉了怎么扣分" of 后勤投诉次数: the one indicator of the asked post whose name, without
    its indicator ending, the question says in pieces of two characters or more (four or more in all)."""
    q = _without_post(ctx, q)
    found: dict[str, KpiEntry] = {}
    by_length = sorted(endings, key=longest_first)
    for entry in ctx.snapshot.kpis_for(ctx.u.role or ""):
        key = _indicator_key(entry.name)
        stem, _ = _split_ending(key, by_length)
        if len(stem) >= 4 and _pieces_in_order(stem, q):
            found.setdefault(key, entry)
    return next(iter(found.values())) if len(found) == 1 else None


ABRIDGED_COVER = 0.75  # share of a name's stem a question must say, in order, when it asks an amount


def _in_order_cover(stem: str, q: str) -> tuple[int, bool]:
    """How many of ``stem``'s characters ``q`` says in order, and whether two of them stand together."""
    at, said, paired, last = 0, 0, False, -2
    for ch in stem:
        found = q.find(ch, at)
        if found < 0:
            continue
        said, paired, last, at = said + 1, paired or found == last + 1, found, found + 1
    return said, paired


def _abridged_indicator(ctx: Context, q: str, endings: tuple[str, ...]) -> KpiEntry | None:
    """The one indicator of the asked post the question says short: its name's two words by their
    first characters ("营收目标" of 营业收入), its last word before a target word ("收入目标" of
    投顾服务收入), or most of its stem in order when an amount is asked ("一年要签多少机柜" of 新签机柜数)."""
    kpi = ctx.lexicon.kpi
    amount = any(w in q for w in kpi.amount_asked)
    if not (amount or kpi.fields_asked(ctx.u.question)):
        return None
    q = _without_post(ctx, q)
    by_length = sorted(endings, key=longest_first)
    found: dict[str, KpiEntry] = {}
    for entry in ctx.snapshot.kpis_for(ctx.u.role or ""):
        key = _indicator_key(entry.name)
        stem, end = _split_ending(key, by_length)
        short = key[0] + key[2] + key[4:] if len(key) >= 4 else ""
        said, paired = _in_order_cover(stem, q)
        if (short and short in q and key[:2] not in q
                or len(end) >= 2 and any(end + w in q for w in kpi.target_words)
                or amount and len(stem) >= 4 and paired and said >= ABRIDGED_COVER * len(stem)):  # fmt: skip
            found.setdefault(key, entry)
    return next(iter(found.values())) if len(found) == 1 else None


def pointed_indicator(ctx: Context, shown: set[str]) -> KpiEntry | None:
    """"绩效薪资那个权重多少" of 绩效、薪资管理完成率: the one indicator of the post, not among those
    ``shown``, whose name holds the longest run (4 characters or more) of the question."""
    return _longest_run(ctx, [e for e in ctx.snapshot.kpis_for(ctx.u.role or "") if squash(e.name) not in shown])


def _longest_run(ctx: Context, entries: list[KpiEntry]) -> KpiEntry | None:
    """The one entry whose name holds the longest run (4 characters or more) of the question (not of
    the post it names: "人事行政部经理的考核指标" names no 人事行政成本控制)."""
    q = squash(ctx.u.question)
    q = _without_post(ctx, q)
    best: list[tuple[int, KpiEntry]] = []
    for entry in entries:
        name = squash(entry.name)
        run = max((n for n in range(4, len(q) + 1) if any(q[i : i + n] in name for i in range(len(q) - n + 1))), default=0)
        if run:
            best.append((run, entry))
    best.sort(key=lambda x: -x[0])
    if best and (len(best) == 1 or best[0][0] > best[1][0]):
        return best[0][1]
    return None


def listed_indicator(ctx: Context, items: list[AnswerItem]) -> KpiEntry | None:
    """"那工资出错那个呢" after a list of indicators: the one listed indicator whose name holds the
    longest run (4 characters or more) of the question; None when the question names none of them."""
    q = squash(ctx.u.question)
    shown = [squash(i.text) for i in items]
    # (the whole name in the question is named_indicators' to find, and then no other is meant)
    if any(len(squash(e.name)) >= 4 and squash(e.name) in q for e in ctx.snapshot.kpis_for(ctx.u.role or "")):
        return None
    return _longest_run(ctx, [e for e in ctx.snapshot.kpis_for(ctx.u.role or "") if len(squash(e.name)) >= 4
                              and any(text.startswith(squash(e.name)) for text in shown) and squash(e.name) not in q])

# KPI row fields a question can ask about (kpi.toml ``asked_fields``) and how an answer names them
KPI_FIELD_ZH = {"formula": "计算公式", "target": "目标值", "weight": "权重", "period": "考核周期", "data_source": "数据来源",
               "definition": "评分规则/说明", "dimension": "维度", "assessor": "评分人"}
# "经理打分" in a row, "评分表（由财务部经理填写）" over its annex: who scores an indicator
_SCORED_BY = re.compile(r"(?:由)?(?P<who>[\u4e00-\u9fff]{1,12}?)(?:负责)?(?:打分|评分|评定|考评|填写|评价)")
_SCORED_BY_SAID = re.compile(r"由(?P<who>[\u4e00-\u9fff]{2,12}?)(?:负责)?(?:打分|评分|评定|考评|填写|评价)")


def _kpi_field(entry: KpiEntry, name: str, question: str = "") -> str | None:
    if name == "weight":
        return weight_text(entry, question) if entry.weight is not None else None
    if name == "dimension":
        weight = f"（{entry.dimension_weight:g}%）" if entry.dimension and entry.dimension_weight is not None else ""
        inferred = entry.bsc.value + "（推断）" if entry.bsc and entry.dimension_inferred else entry.bsc.value if entry.bsc else None
        return f"{entry.dimension}{weight}" if entry.dimension else inferred
    if name == "assessor":
        # a cell that is only who scores it ("经理打分")
        cells = (entry.formula, entry.definition, entry.data_source)
        return next((m.group("who") for v in cells if v and (m := _SCORED_BY.fullmatch(v.strip()))), None)
    value = getattr(entry, name, None) or (entry.definition if name == "formula" else None)  # 指标说明（计算公式）
    if not value and name == "definition" and entry.target and _SCORING.search(entry.target):
        value = entry.target  # "目标值 | 达到100%为10分;达到80%为8分": the sheet's scoring rule, in that column
    return str(value) if value else None


_SCORING = re.compile(r"\d\s*分|扣\s*\d|得分|加\s*\d\s*分")


def in_points(entry: KpiEntry) -> bool:
    """The source gives the weight as points ("基础工作：20分"), not as a share."""
    if entry.weight is None or re.search(rf"(?<![\d.]){entry.weight:g}\s*[%％]", entry.sentence or ""):
        return False  # "5% | 5分：全年无延迟填报": a share, whatever the scoring scale says
    return re.search(rf"(?<![\d.]){entry.weight:g}\s*分", entry.sentence or "") is not None


def weight_text(entry: KpiEntry, question: str = "") -> str:
    """"20分" where the source scores in points, else "20%"; a weight per season ("旺季 25%；淡季 30%"),
    the one the question names alone."""
    unit = "分" if in_points(entry) else "%"
    if entry.weights:
        named = {k: w for k, w in entry.weights.items() if k and k in question} or entry.weights
        return "；".join(f"{k} {w:g}{unit}" for k, w in named.items())
    return f"{entry.weight:g}{unit}"


def _kpi_line(entry: KpiEntry, asked: list[str] | None = None, question: str = "") -> str:
    bits = []
    if entry.weight is not None:
        bits.append(f"分值 {weight_text(entry, question)}" if in_points(entry) else f"权重 {weight_text(entry, question)}")
    if entry.formula:
        bits.append(f"计算：{entry.formula}")
    elif entry.definition:
        bits.append(f"说明：{entry.definition}")
    if entry.period:
        bits.append(f"周期：{entry.period}")
    for name in asked or []:  # a field asked for that the line does not show yet
        if name in ("target", "data_source", "definition") and _kpi_field(entry, name) and not (
                name == "definition" and (entry.formula or entry.definition)):
            bits.append(f"{KPI_FIELD_ZH[name]}：{_kpi_field(entry, name)}")
    return entry.name + (f"（{'；'.join(bits)}）" if bits else "")


def _unstated(ctx: Context, entries: list[KpiEntry]) -> list[str]:
    """Fields the question asks about that none of these rows states ("目标值是多少" of a sheet
    without targets): the answer says so first."""
    asked = ctx.lexicon.kpi.fields_asked(ctx.u.question)
    return [KPI_FIELD_ZH[n] for n in asked if n in KPI_FIELD_ZH and not any(_kpi_field(e, n) for e in entries)]


def kpi_detail(ctx: Context, entry: KpiEntry) -> Draft:
    unit = _kpi_unit(entry, 0)
    cid = _cite_unit(ctx, unit)
    rows = [f"**{escape_md(entry.name)}**{markers([cid])}"]
    owner = entry.roles[0] if entry.roles else entry.department  # the row's post, else its unit
    inferred = entry.bsc.value + ("（推断）" if entry.dimension_inferred else "") if entry.bsc else None
    for label, value in (("所属", owner), ("维度", entry.dimension or inferred),
                         ("权重", weight_text(entry) if entry.weight is not None else None),
                         ("计算公式", entry.formula), ("指标说明", entry.definition), ("数据来源", entry.data_source),
                         ("考核周期", entry.period), ("目标/标准", entry.target), ("考核目标", entry.objective)):  # fmt: skip
        if value:
            rows.append(f"- {label}：{escape_md(str(value))}")
    names = ctx.lexicon.kpi.fields_asked(ctx.u.question)
    said = _annex_scorer(ctx, entry) if "assessor" in names and not _kpi_field(entry, "assessor") else None
    missing = [m for m in _unstated(ctx, [entry]) if not (said and m == KPI_FIELD_ZH["assessor"])]
    if missing:
        rows.append(f"- 资料中没有写明它的{'、'.join(missing)}。")
    annexed = _appendix_units(ctx, entry) if any(_APPENDIX.search(str(v or "")) for v in (entry.formula, entry.definition, entry.target)) else []
    # "计算公式：见附表": the appendix's lines that speak of the indicator, from the same document
    # (cited in the text; the answer's one item stays the indicator's row)
    for extra in annexed:
        rows.append(f"- 附表：{escape_md(display(extra.text))} {markers([_cite_unit(ctx, extra)])}")
    # "数据从哪来": the field asked for first, then the whole row
    asked = [(KPI_FIELD_ZH[n], _kpi_field(entry, n, ctx.u.question), [cid]) for n in names if n in KPI_FIELD_ZH]
    written = _formula_elsewhere(ctx, entry) if "formula" in names and not entry.formula else None
    if written is not None:
        # "咨询转化率怎么算" of a sheet's row that only says how it is scored: the formula another
        # document writes out for the indicator of that name ("咨询转化率=当月报名缴费人数÷…")
        wid = _cite_unit(ctx, _kpi_unit(written, 0))
        rows.append(f"- 计算公式（《{escape_md(ctx.snapshot.document_title(written.span.file))}》）：{escape_md(written.formula or '')} {markers([wid])}")
        asked = [(label, written.formula, [wid]) if label == KPI_FIELD_ZH["formula"] else (label, value, ids) for label, value, ids in asked]
    if said is not None:
        # who fills in its annex ("评分表（由财务部经理填写）"), cited there
        asked = [(label, said[0], [_cite_unit(ctx, said[1])]) if label == KPI_FIELD_ZH["assessor"] else (label, value, ids)
                     for label, value, ids in asked]  # fmt: skip
    lead = "；".join(f"{label}：{escape_md(value)}" for label, value, _ in asked if value)
    if lead:
        cited = sorted({i for _, value, ids in asked if value for i in ids})
        rows.insert(0, f"{escape_md(entry.name)} 的{lead} {markers(cited)}\n")
    return Draft(text="\n".join(rows), items=[AnswerItem(text=_kpi_line(entry), citations=[cid])], item_units=[[unit]],
                 role=owner, score=1.0)  # fmt: skip


def _formula_elsewhere(ctx: Context, entry: KpiEntry) -> KpiEntry | None:
    """Another entry of the same indicator that writes out its formula (of the same post, or of none)."""
    name = squash(entry.name)
    return next((e for e in ctx.snapshot.kpis if e is not entry and e.formula and squash(e.name) == name
                 and (not e.roles or set(e.roles) & set(entry.roles))), None)  # fmt: skip


_APPENDIX = re.compile(r"见附表|详见附表|见附件|详见附件|见下表")
APPENDIX_LINES = 6
APPENDIX_CAPTIONS = 2  # sections before an annex's table that may hold its caption


def _appendix_units(ctx: Context, entry: KpiEntry) -> list[Unit]:
    """Lines of the indicator's own document, outside its row, under a heading or in a sentence that
    names it ("请针对…提交的财务分析报告从以下三方面评分：" over 格式 10% …)."""
    snap, name = ctx.snapshot, squash(entry.name)
    out: list[Unit] = []
    for aid in snap.article_ids_of(entry.span.file):
        for sid in snap.section_ids_of(aid):
            units = [x for x in section_units(snap, sid) if x.kind != "heading"]
            if any(x.line_start <= entry.span.line_start <= x.line_end for x in units):
                continue  # the sheet the row stands in: its other rows are other indicators
            if any(name in squash(x.text + (x.heading or "")) for x in units):
                out += units
    return out[:APPENDIX_LINES]


def _annex_scorer(ctx: Context, entry: KpiEntry) -> tuple[str, Unit] | None:
    """Who scores the indicator by its annex: "表一：…评分表（由财务部经理填写）" over, or in, the
    table of the document that names it outside its row."""
    snap, name = ctx.snapshot, squash(entry.name)
    for aid in snap.article_ids_of(entry.span.file):
        sids = snap.section_ids_of(aid)
        for n, sid in enumerate(sids):
            units = [x for x in section_units(snap, sid) if x.kind != "heading"]
            if any(x.line_start <= entry.span.line_start <= x.line_end for x in units):
                continue
            if not any(name in squash(x.text + (x.heading or "")) for x in units):
                continue
            # the annex and the caption lines just before it
            for near in (sids[k] for k in range(n, max(-1, n - APPENDIX_CAPTIONS - 1), -1)):
                for x in section_units(snap, near):
                    if (m := _SCORED_BY_SAID.search(x.text)) is not None:
                        return m.group("who"), x
    return None


TOPIC_ROW_MIN = 0.5  # share of the question's own words a row must hold to be singled out by them


def topic_rows(ctx: Context, entries: list[KpiEntry], owner: str) -> list[KpiEntry]:
    """"其中跟绩效管理有关的…", "跟招聘相关的指标有哪些": the rows the question's own words single out; [] when
    its words single out none (or name no topic)."""
    scope = ctx.lexicon.scope
    # ("这季度", "每月" say when, not which rows)
    feats = specific_feats(ctx.u.question, owner, " ".join(scope.kpi_list_words + ctx.lexicon.kpi.period_words + [ctx.u.asked_role or ""]
                                                          + ctx.lexicon.roles.organisation_suffixes))  # ("公司资金部": no topic)
    feats = {f for f in feats if ctx.snapshot.idf.df.get(f, 0)}  # "跟培" of 跟培训有关: no word of the documents
    if not feats:
        return []

    def cover(e: KpiEntry) -> float:
        text = " ".join(x for x in (e.name, e.objective, e.dimension, e.definition, e.formula) if x)
        return coverage(feats, bigrams(text), ctx.snapshot.idf)

    best = max((cover(e) for e in entries), default=0.0)
    return [e for e in entries if cover(e) >= 0.8 * best] if best >= TOPIC_ROW_MIN else []


def kpi_list(ctx: Context, entries: list[KpiEntry], owner: str, whole: int | None = None) -> Draft:
    """A role's or department's KPI rows, grouped by the dimension the sheet states (``whole``: the
    sheet's count of rows when ``entries`` are some of them)."""
    u = ctx.u
    whole = whole or len(entries)
    entries, also = _rows_of_one_indicator(entries)
    whole = min(whole, len(entries)) if also else whole
    if u.dimension is not None:
        narrowed = [e for e in entries if e.bsc == u.dimension]
        entries = narrowed or entries
    entries = topic_rows(ctx, entries, owner) or entries
    extreme = _weight_extreme(ctx, entries)
    asked = ctx.lexicon.kpi.fields_asked(u.question)
    missing = _unstated(ctx, entries)
    # a unit whose sheet rows all belong to its posts: each post's rows apart, with their own total
    posts = list(dict.fromkeys(e.roles[0] for e in entries if e.roles))
    by_post = len(posts) >= 2 and all(e.roles for e in entries) and squash(owner) not in {squash(p) for p in posts}
    # dimensions only guessed from the names: the sheet's own order is kept (its 序号, "第五个指标"),
    # a guessed dimension heading each run of rows
    guessed = not by_post and all(e.dimension is None for e in entries)
    groups: list[tuple[str, list[KpiEntry]]] = []
    for entry in entries:
        dim = entry.dimension or (entry.bsc.value + ("（推断）" if entry.dimension_inferred else "") if entry.bsc else "未分维度")
        key = entry.roles[0] if by_post else dim
        same = [g for k, g in (groups[-1:] if guessed else groups) if k == key]
        if same:
            same[0].append(entry)
        else:
            groups.append((key, [entry]))
    file = entries[0].span.file
    lines = [f"**{escape_md(owner)}** 的考核指标（{escape_md(ctx.snapshot.document_title(file))}）："]
    if by_post:
        lines = [f"资料中没有「{escape_md(owner)}」本身的考核指标；以下是考核表中该部门各岗位的指标"
                 f"（{escape_md(ctx.snapshot.document_title(file))}）："]  # fmt: skip
    items, item_units = [], []
    shown_at: dict[int, int] = {}  # an entry's item number, for the one row singled out
    for dim, group in groups:
        weight = next((e.dimension_weight for e in group if e.dimension_weight is not None), None)
        if by_post:
            stated = [e.weight for e in group if e.weight is not None]
            weight = sum(stated) if stated else None
        lines.append(f"\n{escape_md(dim)}" + (f"（{weight:g}%）" if weight is not None else "") + "：")
        for entry in group:
            units = [_kpi_unit(x, len(items)) for x in (entry, *also.get(entry.id, []))]
            cids = list(dict.fromkeys(_cite_unit(ctx, unit) for unit in units))
            text = _kpi_line(entry, asked, u.question)
            items.append(AnswerItem(text=text, citations=cids))
            item_units.append(units)
            shown_at[id(entry)] = len(items)
            lines.append(f"{len(items)}. {escape_md(text)} {markers(cids)}")
    total = sum(e.weight for e in entries if e.weight is not None)
    if any(e.weight is not None for e in entries) and not by_post:
        # the rows shown may be some of the sheet's: say whose total it is
        what, unit = ("分值", "分") if all(in_points(e) for e in entries if e.weight is not None) else ("权重", "%")
        lines.append(f"\n（表中{what}合计 {total:g}{unit}）" if len(entries) == whole
                     else f"\n（以上 {len(entries)} 项{what}合计 {total:g}{unit}，原表共 {whole} 项）")  # fmt: skip
    if extreme is not None:
        word, top = extreme
        names = "、".join(f"{escape_md(e.name)}（{e.weight:g}%）" for e in top)
        lines.insert(0, f"权重{word}的是：{names}。全部指标如下：\n")
    elif missing:
        lines.insert(0, f"资料中{escape_md(owner)}的这些考核指标没有写明{'、'.join(missing)}；已写明的内容如下：\n")
    caveat = caveat_for(u, owner)
    if caveat:
        lines.insert(0, caveat + "\n")
    focus = shown_at.get(id(extreme[1][0]), 0) if extreme is not None and len(extreme[1]) == 1 else 0
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=owner,
                 role_ref=role_ref(ctx.snapshot, u, None), caveat=caveat, score=1.0, focus=focus)  # fmt: skip


_ROW_FIELDS = ("dimension", "bsc", "weight", "dimension_weight", "formula", "definition", "data_source", "period", "target", "objective")


def _rows_of_one_indicator(entries: list[KpiEntry]) -> tuple[list[KpiEntry], dict[str, list[KpiEntry]]]:
    """A workbook's sheets each giving part of a post's indicator (the weight on a 岗位权重 sheet,
    the target on a 目标值 sheet): one indicator, its facts taken together, citing every row. Rows
    whose stated facts differ (two weights) stay apart. Returns the entries and, per kept entry's
    id, the rows folded into it."""
    kept: list[KpiEntry] = []
    also: dict[str, list[KpiEntry]] = {}
    for entry in entries:
        same = next((k for k in kept if k.origin == entry.origin == "table" and k.span.file == entry.span.file
                     and squash(k.name) == squash(entry.name) and k.roles == entry.roles and k.department == entry.department
                     and k.kind == entry.kind and not any(getattr(k, f) is not None and getattr(entry, f) is not None
                                                          and getattr(k, f) != getattr(entry, f) for f in ("weight", "target"))), None)  # fmt: skip
        if same is None:
            kept.append(entry)
            continue
        at = kept.index(same)
        filled = {f: getattr(entry, f) for f in _ROW_FIELDS if getattr(same, f) is None and getattr(entry, f) is not None}
        if same.dimension_inferred and entry.bsc is not None and not entry.dimension_inferred:
            filled.update(bsc=entry.bsc, dimension_inferred=False)
        kept[at] = same.model_copy(update=filled)
        also.setdefault(same.id, []).append(entry)
    return kept, also


def rest_of_kpis(ctx: Context, shown: list[str]) -> Draft | None:
    """"除了这些还有别的不" after some of a sheet's indicators (one dimension, the first rows): its
    other rows, grouped as the sheet groups them (None when the sheet was shown whole)."""
    u = ctx.u
    rows = _sheet_rows(ctx.snapshot, u.role or "")
    said = [squash(t) for t in shown]
    if not rows or not any(any(s.startswith(squash(e.name)) for s in said) for e in rows):
        return None  # the last answer was no list of this sheet
    left = [e for e in rows if not any(s.startswith(squash(e.name)) for s in said)]
    if not left:
        return None  # the sheet was shown whole: another source's indicators, if any, are "more"
    plain = replace(ctx, u=u.model_copy(update={"question": "", "dimension": None}))
    drafted = kpi_list(plain, left, u.role or "", whole=len(rows))
    head, _, rest = drafted.text.partition("\n")
    shown = len(rows) - len(left)
    text = (f"{head[:-1]}，除上面已列出的 {shown} 项外还有：\n{rest}" if head.endswith("：")
            else f"除上面已列出的 {shown} 项外还有：\n\n{drafted.text}")
    return replace(drafted, text=text)


def _weight_words(ctx: Context) -> set[str]:
    """The words of the weight column (fields.toml ``columns.weight``), folded."""
    spec = ctx.lexicon.fields.columns.get("weight")
    return {fold(w) for w in (spec.labels if spec else []) if len(w) >= 2}


def _weight_extreme(ctx: Context, entries: list[KpiEntry]) -> tuple[str, list[KpiEntry]] | None:
    """"哪个指标权重最高?": (the word asked, the rows with that weight), from kpi.toml ``highest``/``lowest``."""
    q = fold(ctx.u.question)
    weighted = [e for e in entries if e.weight is not None and e.weight > 0]
    if not weighted or not any(w in q for w in _weight_words(ctx)):
        return None
    for words, pick in ((ctx.lexicon.kpi.highest, max), (ctx.lexicon.kpi.lowest, min)):
        word = next((w for w in words if fold(w) in q), None)
        if word is not None:
            value = pick(e.weight for e in weighted)
            return word, [e for e in weighted if e.weight == value]
    return None


_AT_LEAST = r"(?!\s*(?:[\d.]|以上|以下|及以上|及以下|以内|之内|左右|多|不到|上下))"  # a range is no one value


def valued_indicators(ctx: Context) -> list[KpiEntry]:
    """"权重是0的那个是啥", "占15%的是哪几个": the post's indicators of the weight the question states
    (the words of the weight column in fields.toml), when that picks some of its rows, not all."""
    if not ctx.u.role:
        return []
    labels = sorted(_weight_words(ctx) | {"占"}, key=len, reverse=True)
    q = fold(ctx.u.question)
    said = "(?:" + "|".join(map(re.escape, labels)) + ")"
    found = (re.search(said + r"\s*(?:是|为|只有|仅|才|占|有|给了|给的|定为|定的|设为|设的)?\s*(\d+(?:\.\d+)?)\s*%?" + _AT_LEAST, q)
             or re.search(r"(?<![\d.])(\d+(?:\.\d+)?)\s*%" + _AT_LEAST + r"\s*(?:的|那)", q))  # fmt: skip
    if found is None:
        return []
    value = float(found.group(1))
    entries = _sheet_rows(ctx.snapshot, ctx.u.role)
    if any(e.dimension and len(core := squash(re.sub(r"[(（].*", "", e.dimension))) >= 2 and core[:2] in squash(q) for e in entries):
        return []  # "财务类占15%吗": a dimension's weight
    rows = [e for e in entries if e.weight is not None and abs(e.weight - value) < 1e-6]
    return rows if len(rows) < len(entries) else []


def _sheet_rows(snap: KnowledgeSnapshot, owner: str) -> list[KpiEntry]:
    """The owner's rows of one KPI sheet (the sheet with most rows for it); [] when none."""
    rows = [e for e in snap.kpis_for(owner) if e.origin == "table" and not e.soft and getattr(e, "kind", "indicator") != "criterion"]
    by_file: dict[str, list[KpiEntry]] = {}
    for e in rows:
        by_file.setdefault(e.span.file, []).append(e)
    return max(by_file.values(), key=len) if by_file else []


def titled_sheet(ctx: Context, owner: str) -> tuple[list[KpiEntry], str] | None:
    """"财务部内控与财务分析那张KPI表里…": the owner's rows of the one document whose title the question
    names beyond the owner's own name (a run of ``INDICATOR_RUN_MIN`` or more characters), and the
    question without those words; None when it names no such document."""
    rows = [e for e in ctx.snapshot.kpis_for(owner) if e.origin == "table" and e.kind != "criterion"]
    by_file: dict[str, list[KpiEntry]] = {}
    for e in rows:
        by_file.setdefault(e.span.file, []).append(e)
    if len(by_file) < 2:
        return None  # the owner's one sheet is the one answered anyway
    q = squash(ctx.u.question).replace(squash(owner), " ")
    runs = []
    for file, entries in by_file.items():
        title = squash(ctx.snapshot.document_title(file)).replace(squash(owner), " ")
        m = difflib.SequenceMatcher(None, title, q, autojunk=False).find_longest_match(0, len(title), 0, len(q))
        runs.append((len(q[m.b : m.b + m.size].strip()), file, q[m.b : m.b + m.size].strip()))
    best = max(size for size, _, _ in runs)
    tops = [(file, run) for size, file, run in runs if size == best]
    if best < INDICATOR_RUN_MIN or len(tops) != 1 or len(by_file[tops[0][0]]) < 2:
        return None
    file, run = tops[0]
    if any(run in squash(e.name) for e in by_file[file]):
        return None  # "财务分析报告从哪几个方面打分": the words name an indicator of the sheet, not the sheet
    return by_file[file], run


def kpi_answer(ctx: Context, tables_only: bool = False) -> Draft | None:
    """A named indicator's row; else the role's/department's KPI rows; else (unless
    ``tables_only``) the KPI items of its profile."""
    named = named_indicators(ctx)
    if named:
        return kpi_detail(ctx, named[0])
    u, snap = ctx.u, ctx.snapshot
    if u.role:
        # a KPI sheet's own rows; indicators merely mentioned near the role in prose are not its KPIs
        best = _sheet_rows(snap, u.role)
        # (a duty table's "工作标准" column holds what each duty is held to, no indicators of the post)
        standard = ctx.lexicon.fields.columns.get("standard")
        standards = {squash(w) for w in standard.labels} if standard is not None else set()
        own = {p.span.file for p in snap.profiles_of(u.role) if any(squash(i.heading or "") not in standards for i in p.kpis)}
        if best and own and not own & {e.span.file for e in best}:
            # the post's own description states its targets; a sheet of another file (a
            # department's KPI library, maybe another company's) is not its assessment
            draft = role_list(ctx, SectionKind.kpi)
            if draft is not None:
                return draft
        if best:
            return kpi_list(ctx, best, u.role)
        # no sheet of its own: its department's sheet (a 客服中心 table for all its staff), said so
        for dept in dict.fromkeys(p.department for p in snap.profiles_of(u.role) if p.department):
            rows = _sheet_rows(snap, dept)
            if rows:
                draft = kpi_list(ctx, rows, dept)
                note = f"资料中没有「{escape_md(u.role)}」单独的考核指标；以下是它所在部门「{escape_md(dept)}」的考核表。"
                return Draft(text=note + "\n\n" + draft.text, items=draft.items, item_units=draft.item_units, role=u.role,
                             role_ref=draft.role_ref, caveat=note, score=draft.score)  # fmt: skip
        if tables_only:
            return None
        draft = role_list(ctx, SectionKind.kpi)
        if draft is not None:
            return draft
    return None


# --- passages ------------------------------------------------------------------------------------


_QUESTION_SENTENCE = re.compile(r"[?？]\s*$")


def select_units(ctx: Context, units: list[Unit], k: int = MAX_SENTENCES) -> list[tuple[Unit, float]]:
    """MMR over the best-scoring units: relevant, but not the same thing twice."""
    # a sentence that asks ("洗碗工的消毒液浓度标准是多少?") says nothing that answers
    scored = sorted(((x, ctx.scorer.score(x)) for x in units if x.kind != "heading" and len(x.text) >= 6
                     and not _QUESTION_SENTENCE.search(x.text)), key=lambda p: -p[1])[:60]  # fmt: skip
    chosen: list[tuple[Unit, float]] = []
    while scored and len(chosen) < k:
        best_i, best_v = 0, -1e9
        for i, (unit, score) in enumerate(scored):
            redundancy = max((similarity(unit.feats, c.feats) for c, _ in chosen), default=0.0)
            value = MMR_LAMBDA * score - (1 - MMR_LAMBDA) * redundancy
            if value > best_v:
                best_i, best_v = i, value
        unit, score = scored.pop(best_i)
        if chosen and score < 0.55 * chosen[0][1]:
            break
        if any(similarity(unit.feats, c.feats) >= 0.8 for c, _ in chosen):
            continue
        chosen.append((unit, score))
    return chosen


LIST_FILL_MAX = 6  # a numbered list this long is shown whole once the answer quotes part of it
SHORT_PART = 3  # a part under its own heading this short is shown whole once the answer quotes part of it


def _list_key(unit: Unit) -> tuple[str, str, str] | None:
    """(family, parent number, own number) of a numbered unit: "3.2、…" -> (dotted, 3, 2)."""
    m = parse_marker(unit.text.strip())
    if m is None or m.family in ("clause", "dash"):
        return None
    number = re.sub(r"[^\d.一二三四五六七八九十]", "", m.token).strip(".")
    parent, _, own = number.rpartition(".")
    return m.family, parent, own


def complete_lists(snap: KnowledgeSnapshot, chosen: list[tuple[Unit, float]], allowed: set[str],
                   kind: SectionKind | None = None) -> list[tuple[Unit, float]]:  # fmt: skip
    """A numbered list the passage quotes in part ("3.1" and "3.3" of four 弊端, or "3、" over
    its 3.1–3.4) is shown whole: the user asked for the list, not for its best-scoring lines.
    A list of the asked kind (the duties when duties are asked) is shown whole up to ``MAX_ITEMS``."""
    picked = {u.uid for u, _ in chosen}
    floor = min(score for _, score in chosen)
    added: list[tuple[Unit, float]] = []
    openers = tuple(snap.lexicon.sections.sequence)
    for sid in dict.fromkeys(u.section_id for u, _ in chosen):
        groups: dict[tuple[str, str], list[Unit]] = {}
        numbers: dict[str, str] = {}
        own = [u for u in section_units(snap, sid) if u.uid in allowed and u.kind != "heading"]
        for unit in own:
            key = _list_key(unit)
            if key is not None:
                groups.setdefault(key[:2], []).append(unit)
                numbers[unit.uid] = f"{key[1]}.{key[2]}" if key[1] else key[2]
        chosen_numbers = {numbers[u] for u in picked if u in numbers}
        parents = {parent for _, parent in groups}
        for (family, parent), members in groups.items():
            hits = sum(m.uid in picked for m in members)
            under_chosen = bool(parent) and parent in chosen_numbers
            # numbered parts that head lists of their own ("2、…" over 2.1–2.3) are an essay's
            # outline: quoting two of them is no reason to quote the others
            leaves = not any(numbers[m.uid] in parents for m in members)
            longest = MAX_ITEMS if kind in (SectionKind.duties, SectionKind.qualifications) and members[0].section_kind == kind else LIST_FILL_MAX
            if len(members) < 2 or len(members) > longest or not (hits >= 2 and leaves or under_chosen):
                continue
            added += [(m, floor) for m in members if m.uid not in picked]
            picked |= {m.uid for m in members}
        # "大客户营销：" over its 原则 and 标准: a short part under its own heading, quoted in part
        ref = snap.section_ref(sid)
        if 2 <= len(own) <= SHORT_PART and ref is not None and (ref.heading or "").strip():
            # (a sentence that asks says nothing that answers: "押金什么时候退?"; a labelled fact of the
            # post below a list, "职业发展 | 高级业务员" under 业绩标准 1–4, is no entry of it)
            facts = any(u.kind == "field" for u, _ in chosen if u.section_id == sid)
            rest = [m for m in own if m.uid not in picked and not _QUESTION_SENTENCE.search(m.text) and (facts or m.kind != "field")]
            added += [(m, floor) for m in rest]
            picked |= {m.uid for m in rest}
        # "首先是…", "其次是…", "最后是…": an enumeration written as prose, quoted in part
        # (the first may follow the sentence announcing them: "…由下四个方面构成:一是客户资源开发")
        steps = [u for u in own if u.kind == "sentence" and (u.text.lstrip().startswith(openers)
                                                             or any(f"{c}{w}" in u.text for w in openers for c in ":："))]  # fmt: skip
        if 2 <= len(steps) <= LIST_FILL_MAX and sum(u.uid in picked for u in steps) >= 2:
            added += [(m, floor) for m in steps if m.uid not in picked]
            picked |= {m.uid for m in steps}
    return chosen + added


_LISTING = re.compile(r"[、，,;；]|[─━├└│┃→⟶]|->")


def lists_posts(heading: str) -> bool:
    """"└── 安全质量部：安全员、质量审核员": a line of an organisation chart or a list of posts,
    which names a post without heading its description."""
    return bool(_LISTING.search(strip_marker(heading.strip())))  # "一、银行柜员类" is numbered, no list


def heads(heading: str, key: str) -> bool:
    """Whether a heading names the post as what it is about: a table row's heading ("行政专员 |
    人力行政部 | 行政主管") is about its first cell; 行政主管 there is a value of the row."""
    cells = [squash(c) for c in re.split(r"\s*[|｜]\s*", heading) if c.strip()]
    return key in squash(heading) and not lists_posts(heading) and (len(cells) < 2 or key in cells[0])


def passages(ctx: Context, intro: str | None = None, extra_sections: list[str] | None = None,
             about: str | None = None, describing: bool = False, named: list[str] | None = None,
             mentioning: list[str] | None = None, matching: re.Pattern[str] | None = None,
             covering: tuple[set[str], float] | None = None, min_score: float | None = None,
             roleless: bool = False, titled: bool = False, sourced: bool = False) -> Draft | None:  # fmt: skip
    """The most relevant sentences. ``about``: only those that name this role (or sit in its
    sections, or under a heading that names it) and are of the asked kind or plain prose.
    ``mentioning``: only sentences that use one of these words (``kind_words``,
    ``attribute_words``): a line that merely sits near the role ("直属上级 行政经理") does not
    answer "他的考核指标有哪些?" or "要几年经验?". ``covering``: (bigrams, share): only sentences
    holding at least that (IDF-weighted) share of what the question specifically asks (with
    ``titled``, by the heading or the document's title instead: "护理交接班制度" is what each of its
    rules is about, "SOP-01 上料对料作业" what its steps are; with ``sourced``, by the sentence or the
    title of its document: "竞聘柜台经理那篇演讲里…" names the speech, not words of its sentence)."""
    units = ctx.scorer.units(extra_sections or [])
    if ctx.u.intent in (Intent.duty, Intent.qualification):
        # (a row's code, a timestamp or a contact says nothing of what a post does or needs: "ZP-2024-035")
        units = [x for x in units if _says_words(x.text)]
    if roleless:
        # company-wide text only (a handbook's rules), never a sentence of some post's description,
        # nor one about another post ("…决定当月客户经理的业务提成" is no rule for a 店长)
        own = {squash(t) for t in (ctx.u.role, ctx.u.asked_role) if t}
        units = [x for x in units if not x.role and not any(
            squash(p) not in own and not any(o in squash(p) or squash(p) in o for o in own)
            for p in ctx.snapshot.inventory.posts_named(x.text))]  # fmt: skip
    if covering is not None:
        asked, share = covering
        # the heading counts: "报告权" under "工作权限" answers "他有哪些权力?"; so do the asked
        # characters when the words differ ("月休几天" / "每月固定休息4天")
        chars = {ch for f in asked for ch in f if "\u4e00" <= ch <= "\u9fff"}
        # bigrams no document uses ("修多", "久要" of "报修多久要到场") cannot be matched by any
        # sentence: they only dilute what the question asks
        feats = {f for f in asked if ctx.snapshot.idf.df.get(f, 0) or f in ctx.scorer.synonym_asked}
        def said(x: Unit) -> set[str]:
            if titled:  # what the section or the document is about, by its heading or its title
                return bigrams(x.heading or "") | bigrams(_article_title(ctx.snapshot, x.section_id))
            own = set(x.feats) | bigrams(x.heading or "") | ctx.scorer.synonym_feats(x)
            return own | bigrams(_article_title(ctx.snapshot, x.section_id)) if sourced else own

        units = [x for x in units if asked and (
            feats and coverage(feats, said(x), ctx.snapshot.idf) >= share
            or len(chars) >= 2 and len(chars & set(x.text + (x.heading or ""))) >= CHAR_COVER * len(chars))]  # fmt: skip
    if mentioning is not None:
        units = [x for x in units if any(w in fold(x.text) for w in mentioning)]
    if matching is not None:
        units = [x for x in units if matching.search(x.text)]
    if about:
        # passages of the articles that name it (a speech "竞聘个人客户经理" names the post once,
        # then talks about the work without repeating the title)
        key = squash(about)
        kind = ctx.scorer.kind
        articles = {_article_id(x.section_id) for x in units if key in squash(x.text) or key in squash(x.heading or "")
                    or (x.role and squash(x.role) == key) or key in squash(_article_title(ctx.snapshot, x.section_id))}  # fmt: skip
        # (and a text about the post that names it once, a speech: "我竞聘的岗位是柜台经理" then "职位主要是负责…";
        # or the same text copied under another title)
        twins = ctx.scorer.twins
        subject = ({a for a in articles | {_article_id(x.section_id) for x in units if not x.role}
                    if any(about_post(ctx.snapshot, b, key) for b in {a, *(_article_id(t) for sid in ctx.snapshot.section_ids_of(a) for t in twins.get(sid, ()))})}
                   if describing else set())
        articles |= subject
        named_set = set(named or [])
        # a section of another post in the same article is that post's ("维修电工" lines on the
        # careers page that names 高压值班电工): only its own, broader or narrower titles count
        units = [x for x in units if x.section_id in named_set or
                 (_article_id(x.section_id) in articles and (kind is None or x.section_kind in (kind, SectionKind.prose))
                  and not (x.role and squash(x.role) not in key and key not in squash(x.role)))]  # fmt: skip
        if describing and ctx.u.intent == Intent.attribute:
            kind = SectionKind.qualifications
        if describing and kind is not None:
            # a post only named in passing ("配置培训顾问1名, 培训助理1名") is not described: keep the
            # sections headed by it, or sentences where the post is followed by the kind's words
            # ("培训助理负责…", "…专员应具备…")
            cues = "|".join(re.escape(fold(w)) for w in ctx.lexicon.sections.kinds.get(kind.value, []) +
                            ctx.lexicon.intents.intents.get(ctx.u.intent.value, IntentEntry()).cues if len(w) >= 2)  # fmt: skip
            near = re.compile(re.escape(key) + r".{0,8}(" + cues + ")") if cues else None
            # "交易管理岗应对…进行整理": the post, then a word saying what it does, right after it
            said = [re.escape(fold(w)) for w in ctx.lexicon.sections.describing.get(kind.value, [])]
            right_after = re.compile(re.escape(key) + "(" + "|".join(said) + ")") if said else None
            lists = (SectionKind.duties, SectionKind.qualifications)
            # "职位主要是负责…" in a speech about the post: the text's generic word for a post (roles.toml
            # ``generic_titles``), then the kind's words, in a text whose first post named is the one asked
            posts = [re.escape(w) for w in ctx.lexicon.roles.generic_titles if "岗" in w or "职位" in w]
            generic = re.compile("^(?:" + "|".join(sorted(posts, key=len, reverse=True)) + r").{0,8}(" + cues + ")") \
                if subject and posts and cues else None
            units = [x for x in units if (x.section_id in named_set or (x.role and squash(x.role) == key)
                     or heads(x.heading or "", key) or (near is not None and near.search(squash(x.text)))
                     or (generic is not None and _article_id(x.section_id) in subject and generic.search(squash(x.text)))
                     or (right_after is not None and right_after.search(squash(x.text))))
                     # the post's requirements do not say what it does, nor its duties what it needs
                     and not (kind in lists and x.section_kind in lists and x.section_kind != kind)]  # fmt: skip
    # a part headed as no longer in force ("【作废】2023年度指标，仅供备查") answers only when nothing current does
    void = ctx.lexicon.sections.void_markers
    current = [x for x in units if not any(m in (x.heading or "") for m in void) and not _under_void_heading(ctx.snapshot, x.section_id)]
    units = current or units
    chosen = select_units(ctx, units)
    if not chosen or chosen[0][1] < (PASSAGE_MIN if min_score is None else min_score):
        return None
    snap = ctx.snapshot
    chosen = complete_lists(snap, chosen, {x.uid for x in units}, ctx.scorer.kind)
    chosen = _with_table_below(snap, chosen)
    # reading order within each passage; passages in order of their best sentence
    by_section: dict[str, list[tuple[Unit, float]]] = {}
    for unit, score in chosen:
        by_section.setdefault(unit.section_id, []).append((unit, score))
    lines = [intro, ""] if intro else []
    items, item_units = [], []
    for sid, group in by_section.items():
        group.sort(key=lambda p: p[0].order)
        found = snap.section_of(sid)
        label = f"《{escape_md(snap.document_title(group[0][0].file))}》"
        if found and found[1].heading:
            label += f" · {escape_md(display(found[1].heading).rstrip(':：'))}"
        lines.append(f"{label}：")
        for unit, _ in group:
            cid = _cite_unit(ctx, unit)
            items.append(AnswerItem(text=display(unit.text), citations=[cid]))
            item_units.append([unit])
            lines.append(f"- {escape_md(display(unit.text))} {markers([cid])}")
        lines.append("")
    return Draft(text="\n".join(lines).strip(), items=items, item_units=item_units, role=ctx.u.role,
                 score=chosen[0][1], quoted=True)  # fmt: skip


_TABLE_BELOW = re.compile(r"(?:如下表|见下表|下表所示|详见下表|如下表所示)[:：。]?$")
TABLE_BELOW_MAX = 12  # rows of the table a "…如下表:" sentence introduces, shown with it


def _with_table_below(snap: KnowledgeSnapshot, chosen: list[tuple[Unit, float]]) -> list[tuple[Unit, float]]:
    """"具体时间如下表:" says nothing without its table: the rows right after it come with it."""
    picked = {u.uid for u, _ in chosen}
    added: list[tuple[Unit, float]] = []
    for unit, score in chosen:
        if not _TABLE_BELOW.search(unit.text.strip()):
            continue
        ids = snap.section_ids_of(_article_id(unit.section_id))
        pos = ids.index(unit.section_id) if unit.section_id in ids else -1
        after = [x for x in section_units(snap, unit.section_id) if x.order > unit.order]
        after += [x for sid in ids[pos + 1 : pos + 2] for x in section_units(snap, sid)] if pos >= 0 else []
        rows = []
        for x in after:
            if x.kind == "heading":
                continue
            if " | " not in x.text or len(rows) >= TABLE_BELOW_MAX:
                break
            rows.append(x)
        added += [(x, score) for x in rows if x.uid not in picked]
        picked |= {x.uid for x in rows}
    for unit, score in chosen:
        if not _LIST_BELOW.search(unit.text.strip()):
            continue
        # "…当月考勤按公司的相关规定比照执行。具体内容如下：" says nothing without the items under it
        after = [x for x in section_units(snap, unit.section_id) if x.order > unit.order]
        if not after:
            ids = snap.section_ids_of(_article_id(unit.section_id))
            pos = ids.index(unit.section_id) if unit.section_id in ids else -1
            after = [x for sid in ids[pos + 1 : pos + 2] for x in section_units(snap, sid)] if pos >= 0 else []
        items = []
        for x in after:
            if x.kind == "heading" and not items:
                continue
            if parse_marker(x.text.strip()) is None or len(items) >= TABLE_BELOW_MAX:
                break
            items.append(x)
        added += [(x, score) for x in items if x.uid not in picked]
        picked |= {x.uid for x in items}
    return chosen + added


_LIST_BELOW = re.compile(r"(?:如下|以下几点|以下内容|下列各项|下列内容)[:：]$")


_GRADE = re.compile(r"[A-Za-z]{1,3}\d{1,2}[A-Za-z]?|\d{1,2}|[一二三四五六七八九十]{1,3}级?")


def pay_by_grade(ctx: Context) -> Draft | None:
    """"熏蒸员工资多少" where its row says only "岗位等级 G7" and the sheet's pay scale says "G7 | 4500 |
    6200": the post's grade, then that grade's pay, both cited."""
    u, snap = ctx.u, ctx.snapshot
    if u.attribute != "pay" or not u.role:
        return None
    for profile in snap.profiles_of(u.role):
        level = profile.fields.get("level")
        grade = display(level.text).strip() if level is not None else ""
        if level is None or not _GRADE.fullmatch(grade):
            continue
        files = [profile.span.file, *sorted({p.span.file for p in snap.profiles_of(u.role)} - {profile.span.file})]
        row = _grade_row(ctx, files, grade)
        if row is None:
            continue
        first = _cite_unit(ctx, profile_unit(level, profile.id, SectionKind.prose, 0, profile.title, profile.organisation))
        cid = _cite_unit(ctx, row)
        scale = f"「{escape_md(row.heading)}」" if row.heading else "薪酬表"
        text = (f"**{escape_md(u.role)}**的{escape_md(level.heading or '岗位等级')}为 {escape_md(grade)} {markers([first])}；"
                f"按{scale}，{escape_md(grade)} 对应：\n\n- {escape_md(display(row.text))} {markers([cid])}")
        return Draft(text=text, items=[AnswerItem(text=display(row.text), citations=[cid])], item_units=[[row]], role=u.role)
    return None


def _grade_row(ctx: Context, files: list[str], grade: str) -> Unit | None:
    """The row of a pay scale (no post's) whose first cell is ``grade`` ("岗位等级：G7；月薪下限：4500；…")."""
    snap = ctx.snapshot
    pay_words = [w for w in attribute_words(ctx, "pay") if len(w) >= 2]
    for sid in (sid for file in files for aid in snap.article_ids_of(file) for sid in snap.section_ids_of(aid)):
        for unit in section_units(snap, sid):
            cells = [c.split("：", 1) for c in display(unit.text).split("；")]
            said = fold(f"{unit.text} {unit.heading or ''}")
            if (unit.role is None and len(cells) >= 2 and len(cells[0]) == 2 and cells[0][1].strip() == grade
                    and any(w in said for w in pay_words)):  # fmt: skip
                return unit
    return None


_JOINED = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})(?:和|跟|及|以及|与|、)([\u4e00-\u9fffA-Za-z]{2,8})")


def with_joined_topic(ctx: Context, found: Draft) -> Draft:
    """"对编程语言和开发年限有啥讲究": the fact asked (工作经验), and below it the post's requirement lines
    on the other thing joined to it, which names no fact of its own ("精通C#/C++/Java等开发语言")."""
    u = ctx.u
    if found.refused or not u.role or not u.attribute:
        return found
    asks = [fold(w) for w in attribute_words(ctx, u.attribute) if len(w) >= 2]
    facts = [fold(w) for spec in ctx.lexicon.fields.fields.values() for w in (*spec.labels, *spec.asks) if len(w) >= 2]
    shown = {squash(i.text) for i in found.items}
    q = fold(u.question)
    for name in (u.role, u.asked_role):
        q = q.replace(fold(name or "\x00"), " ")
    for m in _JOINED.finditer(q):
        # the words each side of 和 up to the question's own words ("对编程语言", "英语有啥讲究")
        left, right = content_text(m.group(1)).split(), content_text(m.group(2)).split()
        if not left or not right:
            continue
        sides = [left[-1], right[0]]
        other = [x for x in sides if not any(w in x for w in asks)]
        if len(other) != 1 or any(w in other[0] for w in facts):
            continue  # (both sides the fact asked, or the other a fact of its own: "学历和证书")
        feats = {f for f in bigrams(content_text(other[0])) if ctx.snapshot.idf.df.get(f, 0)}
        pairs = [(p, i) for p in ctx.snapshot.profiles_of(u.role) for i in p.qualifications
                 if feats & bigrams(fold(i.text)) and squash(display(i.text)) not in shown][:EXTRA_ITEMS]  # fmt: skip
        if not pairs:
            continue
        items, item_units, lines = list(found.items), list(found.item_units), []
        for p, i in pairs:
            unit = profile_unit(i, p.id, SectionKind.qualifications, 0, p.title, p.organisation)
            cid = _cite_unit(ctx, unit)
            items.append(AnswerItem(text=display(unit.text), citations=[cid]))
            item_units.append([unit])
            lines.append(f"- {escape_md(display(unit.text))} {markers([cid])}")
        text = f"{found.text}\n\n关于「{escape_md(other[0])}」，资料中写的是：\n" + "\n".join(lines)
        return replace(found, text=text, items=items, item_units=item_units)
    return found


def deferred_fact(ctx: Context) -> Draft | None:
    """"财务会计一个月拿多少钱" where a note says "财务会计岗位薪酬待…定稿后另行核定，暂不适用上表": the
    fact is not settled yet, whatever a table's rows say; that note is the answer."""
    u, scope = ctx.u, ctx.lexicon.scope
    asked = [u.attribute] if u.attribute else list(u.attributes)
    if not u.role or not asked or not scope.deferrals:
        return None
    for attribute in asked:
        found = _deferred(ctx, attribute)
        if found is not None:
            return found
    return None


def _post_names(u: Understanding) -> tuple[str, list[str]]:
    """The post's title without its site, and every name a line may call the post by (a posting
    titled with its site, "化妆师(成都春熙路店)": a line says 化妆师)."""
    base = bare_title(u.role or "") or u.role or ""
    return base, [fold(n) for n in dict.fromkeys([u.role or "", u.asked_role or "", base]) if len(n) >= 2]


def _deferred(ctx: Context, attribute: str) -> Draft | None:
    """The note putting off this one fact of the post, as the answer; None when none does."""
    u, snap, scope = ctx.u, ctx.snapshot, ctx.lexicon.scope
    words = [fold(w) for w in attribute_words(ctx, attribute) if len(w) >= 2]
    base, names = _post_names(u)
    for sid in snap.sections_mentioning(base, limit=40):
        for unit in section_units(snap, sid):
            text = fold(unit.text)
            clauses = re.split(r"[，,；;。！？]", text)
            # (the post, the fact and that it is put off in one clause)
            if unit.kind != "heading" and any(any(n in c for n in names) and any(w in c for w in words)
                                              and any(fold(d) in c for d in scope.deferrals) for c in clauses):  # fmt: skip
                cid = _cite_unit(ctx, unit)
                label = attribute_label(ctx, attribute) or "这一项"
                return Draft(text=f"资料写明「{escape_md(u.role)}」的{label}尚未确定：\n\n- {escape_md(display(unit.text))} {markers([cid])}",
                             items=[AnswerItem(text=display(unit.text), citations=[cid])], item_units=[[unit]],
                             role=u.role, refused=True, note="资料未写明")  # fmt: skip
    return None


def with_changes(ctx: Context, found: Draft) -> Draft:
    """A post's fact ("直属上级：主策划") and, below it, what another document says changed it
    ("关卡策划不再直接汇报给主策划，改为汇报给新设的关卡组长"), cited: the user sees both."""
    u = ctx.u
    if found.refused or not u.role:
        return found
    hits = _change_lines(ctx, {x.section_id for group in found.item_units for x in group})
    if not hits:
        return found
    _, names = _post_names(u)
    # ("监控岗安保员改为直接向监控中心主管汇报；门岗、巡逻岗安保员仍向安保队长汇报": a change for some
    # of the post's holders is shown below the fact, not in its place)
    # (unless the question names that part: "成都店化妆师现在归谁管" of "成都春熙路店化妆师的直属上级由…调整为…")
    asked = [w for w in (squash(o) for o in u.org_words) if len(w) >= 2]
    own, full = squash(u.role), squash(u.asked_role or "")
    if full != own and full.endswith(own) and len(full) - len(own) >= 2:
        asked.append(full[: -len(own)])  # "城南店美容技师": the store asked, written before the post
    q = squash(fold(u.question))
    at = q.find(squash(fold(u.asked_role or u.role)))
    if at >= 2 and len(lead := re.sub(r"(?:的|那个|这个)$", "", q[:at])) >= 2:
        asked.append(lead)  # "贵阳站的航材管理员": the site asked, written before the post with 的
    led = None if all(_qualified_subject(fold(x.text), names) and not _qualifier_asked(fold(x.text), names, asked)
                      for x in hits.values()) else _dated_change(ctx, found, list(hits.values()))  # fmt: skip
    if led is not None:
        return led
    return _cited_below(ctx, found, "另有资料写明了调整（请以日期较新的文件为准）：", list(hits.values()))


def _change_lines(ctx: Context, cited: set[str]) -> dict[str, Unit]:
    """Lines of other parts of the knowledge base that change the asked fact of the post
    (scope.toml ``change_words`` beside a word of the fact, the post their subject), uid -> unit in
    corpus order. ``cited``: the sections the answer quotes already."""
    u, snap, scope = ctx.u, ctx.snapshot, ctx.lexicon.scope
    if not u.role or u.attribute not in scope.changeable or not scope.change_words:
        return {}
    words = [fold(w) for w in attribute_words(ctx, u.attribute) if len(w) >= 2]
    moved = _unit_move(ctx) if u.attribute == "department" else None
    base, names = _post_names(u)
    # (another part of the same file counts: "【修订意见】…注射医生“工作经验”一项由“3年以上”调整为…" under the form)
    hits: dict[str, Unit] = {}
    for sid in snap.sections_mentioning(base, limit=40):
        for unit in section_units(snap, sid):
            text = fold(unit.text)
            # (the change and the fact in one clause: "…薪酬制度已不再适宜…，借鉴…薪酬制度的经验" changes no 经验)
            clauses = re.split(r"[，,；;。！？]", text)
            if (unit.section_id not in cited and unit.kind != "heading" and _subject_named(text, names)
                    and any(any(fold(w) in c for w in scope.change_words) and any(w in c for w in words)
                            or moved is not None and moved.search(c) for c in clauses)):  # fmt: skip
                hits.setdefault(unit.uid, unit)
    return hits


def _unit_move(ctx: Context) -> re.Pattern[str]:
    """"精品专员由销售部划归售后服务部管理": a post moved to another unit, the unit after the change word
    (a word of scope.toml ``change_words``, the unit ending in a roles.toml department suffix)."""
    changes = "|".join(map(re.escape, sorted(map(fold, ctx.lexicon.scope.change_words), key=longest_first)))
    units = "|".join(map(re.escape, sorted(map(fold, ctx.lexicon.roles.department_suffixes), key=longest_first)))
    return re.compile(rf"(?:{changes})(?P<new>[\u4e00-\u9fffA-Za-z0-9]{{1,14}}?(?:{units}))(?=管理|领导|$|[，,。；;、])")


def changed_fact(ctx: Context) -> Draft | None:
    """The asked fact of a post no document states but a change line does ("精品专员由销售部划归售后服务
    部管理" for 所属部门): the new value, cited, with the change as its ground; None when no line in force
    states one."""
    for unit in _change_lines(ctx, set()).values():
        text = display(unit.text)
        moved = _unit_move(ctx).search(fold(text)) if ctx.u.attribute == "department" else None
        value = moved["new"] if moved is not None else _new_value(ctx, text)
        since = _in_force_from(ctx, unit, text)
        if value is None or since is not None and since > datetime.date.today():
            continue
        cid = _cite_unit(ctx, unit)
        label = attribute_label(ctx, ctx.u.attribute or "")
        dated = f"（自{since.year}年{since.month}月{since.day}日起）" if since is not None else ""
        head = f"**{escape_md(ctx.u.role or '')}** 的{label}：{escape_md(value)} {markers([cid])}{dated}"
        text_lines = [head, "", "依据：", f"- {escape_md(text)} {markers([cid])}"]
        return Draft(text="\n".join(text_lines), items=[AnswerItem(text=value, citations=[cid])], item_units=[[unit]],
                     role=ctx.u.role, role_ref=role_ref(ctx.snapshot, ctx.u, None))
    return None


def with_added_duties(ctx: Context, found: Draft) -> Draft:
    """A post's duty list and, below it, a duty another document adds to it ("二、后道组长增加一项职责：
    每日下班前核对整烫工计件数量并签字确认"), cited (scope.toml ``added_words``)."""
    u, snap, words = ctx.u, ctx.snapshot, [fold(w) for w in ctx.lexicon.scope.added_words]
    if found.refused or not u.role or not words:
        return found
    cited = {x.file for group in found.item_units for x in group}
    names = [fold(n) for n in dict.fromkeys([u.role, u.asked_role or ""]) if len(n) >= 2]
    hits: dict[str, Unit] = {}
    for sid in snap.sections_mentioning(u.role, limit=40):
        for unit in section_units(snap, sid):
            text = fold(unit.text)
            if unit.file not in cited and unit.kind != "heading" and any(
                    (pos := text.find(n)) >= 0 and any(w in text[pos + len(n):pos + len(n) + 8] for w in words) for n in names):  # fmt: skip
                hits.setdefault(unit.uid, unit)
    if not hits:
        return found
    return _cited_below(ctx, found, "另有资料写明新增的职责：", list(hits.values()))


_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_MARKERS = re.compile(r"(?:\s*\[\d+\])+\s*$")


def with_extreme_share(ctx: Context, found: Draft) -> Draft:
    """"主要职责里时间占比最高的是哪块" over a duty list whose parts carry their share ("主要负责的行政管理
    工作（时间分配：65 %）"): that part named first, then the list (scope.toml ``share_words``, kpi.toml
    ``highest`` / ``lowest``)."""
    q = fold(ctx.u.question)
    if found.refused or not any(fold(w) in q for w in ctx.lexicon.scope.share_words):
        return found
    pick = next(((words, f) for words, f in ((ctx.lexicon.kpi.highest, max), (ctx.lexicon.kpi.lowest, min))
                 if any(fold(w) in q for w in words)), None)  # fmt: skip
    if pick is None:
        return found
    lines = found.text.splitlines()
    shares = [(float(m[0]), k) for k, line in enumerate(lines) if len(m := _SHARE.findall(line)) == 1]
    if len(shares) < 2 or len({v for v, _ in shares}) < 2:
        return found
    value = pick[1](v for v, _ in shares)
    parts = []
    for v, k in shares:
        if v != value:
            continue
        cited = _MARKERS.search(lines[k]) or next((m for line in lines[k + 1 : k + 2] if (m := _MARKERS.search(line))), None)
        label = _MARKERS.sub("", re.sub(r"^\s*(?:\d+\.\s*|[-*]\s*)?", "", lines[k])).strip().strip("*").strip()
        parts.append(f"{label}{' ' + cited.group().strip() if cited else ''}")
    word = next(w for w in pick[0] if fold(w) in q)
    head = f"占比{word}的是：" + "；".join(parts)
    return replace(found, text=f"{head}\n\n{found.text}")


def _cited_below(ctx: Context, found: Draft, intro: str, units: list[Unit]) -> Draft:
    """The answer, then under ``intro`` the lines another document adds (three at most), each cited."""
    lines = [found.text, "", intro]
    items, item_units = list(found.items), list(found.item_units)
    for unit in units[:3]:
        cid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[cid]))
        item_units.append([unit])
        lines.append(f"- {escape_md(display(unit.text))} {markers([cid])}")
    return replace(found, text="\n".join(lines), items=items, item_units=item_units)


# "自2025年7月1日起，整烫工的直属上级由车间主任调整为后道组长": when the change took effect, and the new value
_IN_FORCE_FROM = re.compile(r"自?\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日\s*(?:起|开始)")
# ("改为向运维管理部经理汇报": the new superior, between 向 and 汇报)
# ("调整为安全保卫部副经理（原为安全保卫部经理），其余不变": the old value in brackets after the new)
_NEW_VALUE = re.compile(r"(?:调整为|改为|变更为|更改为|改由)(?:直接|统一)?(?:向|由)?(?P<new>[\u4e00-\u9fffA-Za-z0-9（）()]{2,16}?)"
                        r"(?:[（(]原[^()（）]{1,20}[)）])?(?:汇报|报告工作|负责|担任|管理|直接管理|领导)?(?:[，,。；;、]|$)")


# ("“直接上级为冷库管理员”修改为“直接上级为仓储物流部经理”": an amendment quoting the new wording)
_QUOTED_NEW = re.compile(r"(?:修改为|改为|调整为|变更为|更改为)\s*[“\"「『](?P<new>[^”\"」』]{1,40})[”\"」』]")


# the characters before a value, not a subject: "由列车长改为…", "服从列车长", "汇报给主策划"
_VALUE_LEAD = "由从向给为归"


def _subject_at(text: str, names: list[str]) -> int | None:
    """Where a post is what a line is about, not its old or new value ("直接上级由列车长改为…" is no
    change of 列车长's); None when it is neither."""
    for name in names:
        pos = text.find(name)
        while pos >= 0:
            if pos == 0 or text[pos - 1] not in _VALUE_LEAD:
                return pos
            pos = text.find(name, pos + 1)
    return None


def _subject_named(text: str, names: list[str]) -> bool:
    return _subject_at(text, names) is not None


def _qualified_subject(text: str, names: list[str]) -> bool:
    """The post a change line is about is written with a qualifier right before it ("监控岗安保员"), so
    the change is for some of its holders."""
    pos = _subject_at(text, names)
    if not pos:
        return False
    # the words since the clause began ("第一章仓库保管员…" names where the post is written)
    lead = re.split(r"[^\u4e00-\u9fff]", text[:pos])[-1]
    # ("各酒店工程维修工改为…": every holder of the post, wherever, is no part of them)
    return bool(lead) and not lead.startswith(("第", "各", "全体", "所有", "全部", "凡")) and lead[-1] not in "起的"


def _qualifier_asked(text: str, names: list[str], asked: list[str]) -> bool:
    """The qualifier before the post in a change line holds a place or unit the question names
    ("成都春熙路店化妆师" for "成都店…": 成都)."""
    pos = _subject_at(text, names)
    lead = re.split(r"[^\u4e00-\u9fff]", text[:pos])[-1] if pos else ""
    return bool(lead) and any(w[:2] in lead for w in asked)


def _new_value(ctx: Context, text: str) -> str | None:
    """The new value a change line states: quoted ("修改为“学历：大专及以上”", its label dropped) or
    after the change word ("改为向运维管理部经理汇报"); read from the clause naming the fact when the line
    changes several ("…由车队管理调整为宣传部集中管理，直接上级由列车长改为宣传部广播组组长")."""
    words = sorted((w for w in attribute_words(ctx, ctx.u.attribute or "") if len(w) >= 2), key=len, reverse=True)
    quoted = _QUOTED_NEW.search(text)
    if quoted is not None:
        value = quoted["new"].strip()
        for word in words:
            if value.startswith(word):
                value = re.sub(r"^[为是：:]\s*", "", value[len(word):].strip())
                break
        return value or None
    if ctx.u.attribute == "department" and (moved := _unit_move(ctx).search(fold(text))) is not None:
        return moved["new"]  # ("…划归售后服务部管理，直接上级调整为售后经理": the unit, not the superior)
    for clause in re.split(r"[，,；;。]", text):
        if any(w in clause for w in words) and (new := _NEW_VALUE.search(clause)):
            return new["new"].strip()
    new = _NEW_VALUE.search(text)
    return new["new"].strip() if new is not None else None


def _notice_in_force(ctx: Context, unit: Unit) -> re.Match[str] | None:
    """"现对…作如下修改，自2025年4月1日起执行：" above a notice's numbered changes: the date its changes
    take effect, said once before them in the same part of the notice."""
    units = section_units(ctx.snapshot, unit.section_id)
    for before in reversed([x for x in units if x.order < unit.order]):
        when = _IN_FORCE_FROM.search(display(before.text))
        if when is not None:
            return when
    return None


def _in_force_from(ctx: Context, unit: Unit, text: str) -> datetime.date | None:
    """The day a change line (or its notice, said once above it) takes effect; None when it gives none."""
    when = _IN_FORCE_FROM.search(text) or _notice_in_force(ctx, unit)
    try:
        return datetime.date(int(when["y"]), int(when["m"]), int(when["d"])) if when is not None else None
    except ValueError:
        return None


def _dated_change(ctx: Context, found: Draft, hits: list[Unit]) -> Draft | None:
    """The fact as one dated change states it, when that change is in force by today (the date the
    line gives has passed): the new value first, the earlier document's value below it; else None."""
    for unit in hits:
        text = display(unit.text)
        since = _in_force_from(ctx, unit, text)
        value = _new_value(ctx, text)
        if since is None or value is None:
            continue
        if since > datetime.date.today():
            return None  # announced, not yet in force: the current value stays first, the change is shown below
        cid = _cite_unit(ctx, unit)
        label = attribute_label(ctx, ctx.u.attribute or "")
        head = f"**{escape_md(ctx.u.role or '')}** 的{label}：{escape_md(value)} {markers([cid])}（自{since.year}年{since.month}月{since.day}日起）"
        lines = [head, "", "调整依据：", f"- {escape_md(text)} {markers([cid])}", "", "调整前的资料写的是：", found.text]
        return replace(found, text="\n".join(lines), items=[AnswerItem(text=value, citations=[cid]), *found.items],
                       item_units=[[unit], *found.item_units])
    return None


_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,2}\d{1,2})(?![A-Za-z0-9])")
CODE_LEGEND_SECTIONS = 20  # sections mentioning a code looked at for its row in the file's code table
CODE_REST_MAX = 4  # characters beside the codes in a value that is still a code ("D1+夜值")


def with_code_legend(ctx: Context, draft: Draft | None) -> Draft | None:
    """A fact stated by codes ("班次代码：N1/N2") shown with what the same file's code table says of
    each ("N2 | 宿管夜班 | 19:00—次日7:00 | 每月不超过12个"): a code alone tells a reader nothing."""
    if draft is None or draft.refused:
        return draft
    wanted: list[tuple[str, str]] = []
    for item, units in zip(draft.items, draft.item_units):
        value = item.text.rsplit("：", 1)[-1]
        codes = _CODE.findall(value)
        if codes and units and len(_CODE.sub("", value).strip(" /、,，+;；")) <= CODE_REST_MAX:
            wanted += [(code, units[0].file) for code in codes if (code, units[0].file) not in wanted]
    legend: list[Unit] = []
    for code, file in wanted:
        for sid in ctx.snapshot.sections_mentioning(code, limit=CODE_LEGEND_SECTIONS):
            if sid.split("#", 1)[0] != file:
                continue
            row = next((x for x in section_units(ctx.snapshot, sid) if re.match(rf"{re.escape(code)}\s*[|｜:：\s]", x.text.strip())), None)
            if row is not None and all(row.text != x.text for x in legend):
                legend.append(row)
                break
    if not legend:
        return draft
    lines, items, item_units = ["代码的含义（同一文件的代码表）："], list(draft.items), list(draft.item_units)
    for row in legend:
        cid = _cite_unit(ctx, row)
        lines.append(f"- {escape_md(display(row.text))} {markers([cid])}")
        items.append(AnswerItem(text=display(row.text), citations=[cid]))
        item_units.append([row])
    return replace(draft, text=draft.text + "\n\n" + "\n".join(lines), items=items, item_units=item_units)


def combine(first: Draft, second: Draft) -> Draft:
    """Two drafts one after the other. The second is the numbered list, so its items come first:
    "第二条" means the second numbered item the user sees."""
    text = second.text
    head, sep, rest = text.partition("\n\n")
    if sep and first.caveat and first.caveat == second.caveat and first.text.startswith(head + "\n\n"):
        text = rest  # the same caveat over both parts is said once
    return Draft(
        text=first.text + "\n\n" + text,
        items=second.items + first.items,
        item_units=second.item_units + first.item_units,
        role=second.role or first.role,
        role_ref=second.role_ref or first.role_ref,
        caveat=first.caveat or second.caveat,
        score=max(first.score, second.score),
        numbered=len(second.items) if first.items else 0,
    )


# --- follow-ups ----------------------------------------------------------------------------------


def first_items(ctx: Context, groups: list[list[Unit]]) -> Draft:
    """"前两条呢": the first items of the previous answer, each with the lines that follow it."""
    lines = [f"上一个回答的前 {len(groups)} 条："]
    items, item_units = [], []
    for n, units in enumerate(groups, 1):
        if not units:
            continue
        item = units[0]
        own = section_units(ctx.snapshot, item.section_id)
        after = [x for x in own if x.order > item.order and x.line_start >= item.line_start and x.kind in ("sentence", "field")][:2]
        cids = []
        for unit in [item, *after]:
            cids.append(_cite_unit(ctx, unit))
            items.append(AnswerItem(text=display(unit.text), citations=[cids[-1]]))
            item_units.append([unit])
        extra = "".join(f"；{escape_md(display(x.text))}" for x in after)
        lines.append(f"{n}. {escape_md(display(item.text))}{extra} {markers(sorted(set(cids)))}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=ctx.u.role)


def _row_indicator(ctx: Context, item: Unit) -> KpiEntry | None:
    """The KPI table row a passage's line is ("财务分析报告 软指标 季 100分 30% …"): the indicator its
    line begins with, of the same file and line; None for any other line."""
    text = squash(display(item.text))
    return next((e for e in ctx.snapshot.kpis if e.origin == "table" and e.kind == "indicator" and e.span.file == item.file
                 and e.span.line_start <= item.line_start <= e.span.line_end and text.startswith(squash(e.name))), None)  # fmt: skip


def expand(ctx: Context, n: int, units: list[Unit], searcher_hits: list[Unit]) -> Draft:
    """The passage around item ``n`` of the previous answer, not the item again."""
    snap = ctx.snapshot
    if not units:
        return Draft(text=f"上一个回答没有第 {n} 条。", refused=True)
    item = units[0]
    lines = [f"关于第 {n} 条「{escape_md(display(item.text))}」："]
    items, item_units = [], []
    cid = _cite_unit(ctx, item)
    # 1. the item's own passage: the lines right after it in its section (sub-items, explanations)
    own = section_units(snap, item.section_id)
    after = [x for x in own if x.order > item.order and x.line_start >= item.line_start]
    # up to the next item; after the last one, a sentence that shares the item's words (a paragraph
    # after the list is no explanation of its last item)
    upto = min((x.order for x in after if x.kind == "item"), default=None) if item.kind == "item" else None
    follow = [x for x in after if x.kind in ("sentence", "field")
              and (x.order < upto if upto is not None else item.kind != "item" or similarity(x.feats, item.feats) >= 0.1)]
    # ("三是夜班期间至少巡查两次" of "一是…；二是…；三是…；四是…": the enumeration's next member is the
    # next item, no detail of this one)
    openers = tuple(ctx.lexicon.sections.sequence)
    if display(item.text).startswith(openers):
        nxt = next((i for i, x in enumerate(follow) if display(x.text).startswith(openers)), None)
        follow = follow[:nxt] if nxt is not None else follow
    follow = follow[:3]
    # 2. other passages that talk about it (retrieved with the item's words)
    others = [x for x in searcher_hits if x.section_id != item.section_id and similarity(x.feats, item.feats) < 0.85][:3]
    indicator = _row_indicator(ctx, item)
    if indicator is not None and (indicator.definition or indicator.formula or indicator.target
                                  or any(e.kind == "criterion" and e.parent == indicator.name for e in snap.kpis)):  # fmt: skip
        # "那个报告是怎么打分的" of an indicator's row shown in a passage: the indicator, with its scoring
        # table (附表) and the columns of its row
        return kpi_detail(ctx, indicator)
    if not follow and not others:
        lines.append(f"资料中对这一条没有更详细的说明，原文是：{escape_md(display(item.text))} {markers([cid])}")
        return Draft(text="\n".join(lines), items=[AnswerItem(text=display(item.text), citations=[cid])],
                     item_units=[[item]], role=ctx.u.role, note="没有更详细的说明")  # fmt: skip
    for unit in follow + others:
        ucid = _cite_unit(ctx, unit)
        items.append(AnswerItem(text=display(unit.text), citations=[ucid]))
        item_units.append([unit])
        where = "" if unit.section_id == item.section_id else f"（《{escape_md(snap.document_title(unit.file))}》）"
        lines.append(f"- {escape_md(display(unit.text))}{where} {markers([ucid])}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=ctx.u.role, score=0.5)


# --- refusals ----------------------------------------------------------------------------------


def coverage_summary(snapshot: KnowledgeSnapshot, limit: int = 8) -> str:
    """What the knowledge base covers, from its own inventory (never a fixed topic list)."""
    roles = [e for e in snapshot.inventory.with_profiles()]
    roles.sort(key=lambda e: (-len(e.profile_ids), e.title))
    parts = []
    if roles:
        names = "、".join(escape_md(e.title) for e in roles[:limit])
        parts.append(f"{len(roles)} 个岗位的说明（如 {names}{'等' if len(roles) > limit else ''}）")
    owners = snapshot.kpi_owners()
    if owners:
        parts.append(f"{len(owners)} 个部门/岗位的考核指标表（如 {'、'.join(escape_md(o) for o in list(owners)[:4])}）")
    elif snapshot.kpis:
        parts.append(f"{len(snapshot.kpi_library())} 个考核指标")
    return "；".join(parts)


def _covers_line(snapshot: KnowledgeSnapshot) -> str:
    covers = coverage_summary(snapshot)
    return f"知识库目前收录了{covers}。" if covers else ""


def refusal(ctx: Context, reason: str) -> Draft:
    u, snap = ctx.u, ctx.snapshot
    hint = ctx.lexicon.scope.refusal_hint
    covers_line = _covers_line(snap)
    if reason == "smalltalk":
        text = f"您好，我是岗位助手，只根据知识库中的文档回答。{covers_line}{hint}"
        return Draft(text=text, refused=True, note="闲聊")
    if reason == "unknown_role":
        sugg = f"您是不是要找：{'、'.join(escape_md(x) for x in u.suggestions)}？" if u.suggestions else ""
        text = f"知识库中没有「{escape_md(u.asked_role or '')}」这个岗位的资料，无法回答，以免编造。{sugg}{covers_line}"
        return Draft(text=text, refused=True, note="岗位不在知识库中")
    text = f"抱歉，知识库中没有能回答这个问题的内容，我不编造答案。{covers_line}{hint}"
    return Draft(text=text, refused=True, note="知识库中没有相关内容")


def clarify(ctx: Context, kind: SectionKind | str) -> Draft:
    """Ask which post: ``kind`` is a section kind or the name of a fact ("直属上级")."""
    examples = [e.title for e in ctx.snapshot.inventory.with_profiles()][:3]
    what = KIND_ZH.get(kind, "内容") if isinstance(kind, SectionKind) else kind
    sample = f"例如「{escape_md(examples[0])}的{what}是什么？」" if examples else ""
    return Draft(text=f"请问是哪个岗位的{what}？{sample}", refused=True, note="需要岗位名称")


_PRONOUNS = set("我你他她它")
# particles: a pair across one ("研发的同事" -> 发的, 的同) is no word, however often the documents hold it
_PARTICLES = set("的了吗呢吧啊呀么")
# a conjunction, the copula or a demonstrative cut as a stop word makes no word with its neighbour
# ("指标和分值是…" -> 和分, 值是; "这项指标" -> 这项), unless the question quotes it ("“服务和维护”")
_LINKS = set("和与及或是这那")
# a count (numeral or question word, an optional measure word) between two characters
_COUNT_INSIDE = re.compile(r"(?=([\u4e00-\u9fff])(?:几|多少|[一两二三四五六七八九十0-9]+)[个次趟回遍天周月年]?([\u4e00-\u9fff]))")


def specific_feats(question: str, role: str | None, generic: str, df: dict[str, int] | None = None) -> set[str]:
    """What a question says beyond the role and the generic words of its intent (``generic``:
    space-separated words). Words are cut out before the bigrams are made, so no bigram straddles
    a removed word ("跟绩效管理" minus 绩效 leaves 管理, not 跟绩). With the corpus' document
    frequencies ``df``, a word a one-character stop word was cut out of is kept when the
    documents use it ("年会也归他管" keeps 年会: 会 is a stop word, 年会 a word of the corpus)."""
    text = fold(question)  # generic words first: stop words would cut them ("任职要求" minus 要)
    for word in sorted({w for w in generic.split() if w} | ({fold(role)} if role else set()), key=longest_first):
        text = text.replace(fold(word), " ")
    feats = {f for f in bigrams(content_text(text)) if len(f) >= 2}
    if df:
        cuts, inside = one_char_cuts(text), word_cuts(text)  # ("是怎么": 是 beside a question word is no word)
        quoted = {i for start, end in quoted_spans(text) for i in range(start, end)}
        for i in range(len(text) - 1):
            pair = text[i : i + 2]
            linked = any(j in cuts and text[j] in _LINKS for j in (i, i + 1)) and not {i, i + 1} <= quoted
            if (((i in cuts) != (i + 1 in cuts)) and not {i, i + 1} & inside and not linked and df.get(pair, 0) >= 1
                    and not (_PRONOUNS | _PARTICLES) & set(pair) and all("\u4e00" <= ch <= "\u9fff" for ch in pair)):  # fmt: skip
                feats.add(pair)
        # a separable word with a count put inside it ("出几趟差", "请几天假", "加两次班") is the
        # word the documents write ("出差", "请假", "加班")
        for m in _COUNT_INSIDE.finditer(text):
            pair = m.group(1) + m.group(2)
            if df.get(pair, 0) >= 1 and not (_PRONOUNS | _PARTICLES) & set(pair):
                feats.add(pair)
    return feats


def named_subject(question: str, generic: str) -> str | None:
    """"乘警的岗位职责是什么": the words before the first 的 when all after it are the intent's generic
    words; None when those words are generic too, or a pronoun ("他的职责")."""
    head, sep, rest = fold(question).partition("的")
    head = head.strip()
    if (not sep or not 2 <= len(head) <= 8 or not all("\u4e00" <= ch <= "\u9fff" for ch in head)
            or _PRONOUNS & set(head) or specific_feats(rest, None, generic)):  # fmt: skip
        return None
    return head if specific_feats(head, None, generic) else None


UNSEEN_RUN = 2  # consecutive bigrams of a question no document holds: a phrase the documents never use


def unseen_phrase(ctx: Context, question: str, known: list[str]) -> str | None:
    """A phrase of the question the documents never write ("一平米收" of 物业费一平米收多少钱, "pod"):
    what is asked is something the knowledge base does not talk about. ``known``: words to skip
    (the post, synonyms the documents write differently)."""
    text = fold(question)
    for word in sorted({fold(w) for w in known if w}, key=longest_first):
        text = text.replace(word, " ")
    text = content_text(text)
    df = ctx.snapshot.idf.df
    for run in re.findall(r"[\u4e00-\u9fff]{3,}", text):
        missing = 0
        for i in range(len(run) - 1):
            missing = missing + 1 if not df.get(run[i : i + 2]) else 0
            if missing >= UNSEEN_RUN:
                return run
    return next((w for w in re.findall(r"[a-z][a-z0-9+#]{2,}", text) if not df.get(w)), None)  # "pod"


def unseen_term(ctx: Context, question: str) -> str | None:
    """A Latin term of the question ("Spring", "oncall") that no document writes, nor any title
    or alias of a post: the question asks about something the knowledge base does not cover."""
    df = ctx.snapshot.idf.df
    known = _lexicon_latin(ctx)
    for word in re.findall(r"(?<![a-z0-9])[a-z][a-z0-9+#]{2,}", fold(question)):
        if not df.get(word) and word not in known and not ctx.snapshot.inventory.get(word):
            return word
    return None


def _lexicon_latin(ctx: Context) -> frozenset[str]:
    """Latin words of the lexicon ("duties", "kpi", "salary"): words of asking, not topics."""
    cache = ctx.snapshot.__dict__
    if "_lexicon_latin" not in cache:
        found = re.findall(r"[a-z][a-z0-9+#]{2,}", fold(ctx.lexicon.model_dump_json()))
        cache["_lexicon_latin"] = frozenset(found)
    return cache["_lexicon_latin"]


def not_mentioned(ctx: Context, term: str) -> Draft:
    """The post's material never mentions what is asked about it ("Spring"): say so."""
    role = escape_md(ctx.u.role or ctx.u.asked_role or "")
    return Draft(text=f"知识库中关于「{role}」的资料没有提到「{escape_md(term)}」，无法回答这个问题。", refused=True,
                 role=ctx.u.role, note="资料未写明")  # fmt: skip


OWN_PARTS_MAX = 200  # sections of the post's own documents looked at for a part left out
LEFT_OUT_MATCH = 0.6  # the part's heading says most of what is asked ...
LEFT_OUT_MARGIN = 0.2  # ... clearly more than anything the draft quotes


_DASH_ONLY = re.compile(r"[-—－/／]+")
_LEFT_OUT_LABEL = re.compile(r"^\s*([^:：，,。；;\s]{2,12})[:：]\s*(?:略|从略|暂略|此处略)")


def left_out_part(ctx: Context, draft: Draft) -> Draft | None:
    """"安检员星级评定是怎么评的" where the documents hold "五、安检员星级评定办法 / （略，另行发文）":
    the part asked about exists but its content is left out. Say so and cite that line, instead
    of quoting whatever else is near the words of the question."""
    u, scorer, snap = ctx.u, ctx.scorer, ctx.snapshot
    sids = list(scorer.sections)
    if u.has_role and u.role:
        # (and the parts of the post's own documents, however the retrievers ranked them: "岗位权限：略。"
        # under the post, "四、安全生产职责 / 略（见…）" of the document that describes it)
        files = {p.span.file for p in snap.profiles_of(u.role)}
        own = snap.sections_with_role(squash(u.role))[:OWN_PARTS_MAX]
        whole = [sid for f in sorted(files) for a in snap.article_ids_of(f) for sid in snap.section_ids_of(a)][:OWN_PARTS_MAX]
        sids += [sid for sid in dict.fromkeys([*own, *whole]) if sid not in sids]
    candidates = [x for sid in sids for x in left_out_units(snap, sid)
                  if not (u.has_role and u.role and x.role and squash(x.role) != squash(u.role))]  # fmt: skip
    if u.has_role and u.role:
        candidates = not_another_posts(snap, candidates, u.role)
    # what is asked beyond the post described ("线路巡检员的安全生产职责": 安全生产职责)
    beyond = scorer.feats - bigrams(" ".join(filter(None, [u.role, u.asked_role]))) if u.has_role else set()

    def said_of(x: Unit) -> set[str]:
        return set(x.feats) | (bigrams(x.heading) if x.heading else set())

    def match(x: Unit) -> float:
        return max(scorer.lexical(x), coverage(beyond, said_of(x), snap.idf) if beyond else 0.0)
    kind = kind_of(u.intent)
    has_list = kind is not None and u.has_role and any(_items_of(p, kind) for p in ctx.snapshot.profiles_of(u.role or ""))
    if has_list:
        # a dash in some sheet's cell of the post ("—" under 证书) says "none", not that the list
        # asked for is left out: the post's list is the answer
        candidates = [x for x in candidates if not _DASH_ONLY.fullmatch(display(x.text).strip())]
    if not candidates:
        return None
    # (or the whole post left out: "第五章 手术室巡回护士" over "略。", "四、麻醉医师" over "（略，见《…》）")
    # (a part of the post's own description, though its section names no post: "◆ 企划推广专员 … 任职资格 /
    # 略（…另行补充）")
    spans = [p.span for p in snap.profiles_of(u.role or "")] if u.has_role else []

    def within(x: Unit) -> bool:
        return any(x.file == s.file and s.line_start <= x.line_start <= s.line_end for s in spans)

    own = [x for x in candidates if kind is not None and u.has_role and (
           x.role and squash(x.role) == squash(u.role or "")
           and (x.section_kind == kind or x.section_kind == SectionKind.prose and squash(x.role) in squash(x.heading or ""))
           or not x.role and x.section_kind == kind and within(x))]  # fmt: skip
    if own and not has_list:
        best = own[0]  # "作业班班长要做什么" where its card's 【岗位职责】 reads "略（见《作业班组管理制度》）"
    else:
        best = max(candidates, key=match)
        found = match(best)
        quoted = max((match(x) for units in draft.item_units for x in units), default=0.0)
        if not draft.refused and not draft.item_units:
            return None  # an answer from a post's profile: no measure of it to weigh against
        if found < LEFT_OUT_MATCH or found < quoted + LEFT_OUT_MARGIN:
            return None
        lists = (SectionKind.duties, SectionKind.qualifications)
        if kind in lists and best.section_kind in lists and best.section_kind != kind and draft.items and not draft.refused:
            return None  # "文创开发专员都负责哪些工作": its duties are listed; its requirements' 略 is no answer
        named = squash(strip_marker(re.split(r"[:：]", best.heading or "", maxsplit=1)[0]))
        if has_list and draft.items and not draft.refused and named in list_names(ctx):
            return None  # "岗位职责：见《…手册》第三章" where that list is read: the list is the answer
        if ((has_list or u.attribute) and u.has_role and draft.items and not draft.refused
                and coverage(beyond, said_of(best), snap.idf) < LEFT_OUT_MATCH):  # fmt: skip
            # "安防主管：略（见…入职指南）" where the guide lists its duties, "车辆维修工技能等级认定：略" where
            # the post's 工作地点 is asked and stated: the line matches the post's name only, nothing else
            # the question asks; the list or the fact is the answer
            return None
    cid = _cite_unit(ctx, best)
    heading = re.sub(r"^[【\[〔]\s*|\s*[】\]〕]|[:：]\s*$", "", best.heading or "").strip()
    heading = re.split(r"[:：]", heading, maxsplit=1)[0].strip() if best.heading == best.text else heading  # ("岗位权限：略。")
    if (own_label := _LEFT_OUT_LABEL.match(display(best.text))) is not None:
        heading = own_label.group(1)  # "培训大纲：略。" among the post's requirements: that part
    part = f"「{escape_md(heading)}」" if heading else "这一部分"
    if best.role and squash(best.role) not in squash(heading):
        part = f"「{escape_md(best.role)}」的{part}"
    text = f"资料中有{part}，但没有写出具体内容，只写了：\n\n- {escape_md(display(best.text))} {markers([cid])}"
    item = AnswerItem(text=display(best.text), citations=[cid])
    return Draft(text=text, items=[item], item_units=[[best]], role=best.role, refused=True, note="资料未写明")


def specific_coverage(ctx: Context, units: list[Unit], generic: str) -> float:
    # the post as asked is no specific ask either ("质量部" for 宜春基地质量部)
    feats = specific_feats(ctx.u.question, ctx.u.role, f"{generic} {ctx.u.asked_role or ''}")
    if not feats:
        return 0.0
    return max((coverage(feats, set(x.feats), ctx.snapshot.idf) for x in units), default=0.0)


__all__ = ["BscDimension", "Context", "Draft"]
