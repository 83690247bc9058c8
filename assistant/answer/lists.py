"""List answers: a role's duties or requirements as one numbered, cited list.

Which lists answer (the role's own profile lists; for a role the corpus only names, the lists about
it or those of its family), how copies of a list elsewhere in the corpus are merged, and which
entries are quoted (all of a profile's list; only the entries a question singles out, or that bear
on it for a plain section list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answer.citations import CitationBook, markers
from assistant.answer.compose import Draft, display, passage_label
from assistant.answer.kb import (
    LONG_ITEM,
    KnowledgeBase,
    ListSource,
    Unit,
    near_duplicate,
)
from assistant.answer.relevance import GENERIC_FEATS, Scorer
from assistant.answer.text import bigrams, coverage, fold, one_line
from assistant.answer.understand import RoleStatus, Understanding
from assistant.ingest.profiles import same_role
from assistant.models import AnswerItem, SectionKind

MAX_LIST_ITEMS = 15


def _list_feats(kb: KnowledgeBase, source: ListSource) -> set[str]:
    feats = set(source.ctx)
    for uid in source.items:
        feats |= kb.units[uid].feats
    return feats


def is_prose(kb: KnowledgeBase, source: ListSource) -> bool:
    """Lists whose entries are long paragraphs read badly as a list; they are answered by sentences."""
    return sum(len(kb.units[i].text) > LONG_ITEM for i in source.items) * 2 > len(source.items)


def list_score(kb: KnowledgeBase, source: ListSource, scorer: Scorer) -> float:
    """How well a list answers the question: its best items and its title (not its length)."""
    scores = sorted((scorer.score(i) for i in source.items), reverse=True) + [0.0, 0.0]
    title = coverage(scorer.q.feats, set(source.ctx), kb.idf)
    return 0.5 * scores[0] + 0.25 * scores[1] + 0.25 * title


def _lists_naming(kb: KnowledgeBase, phrase: str) -> list[ListSource]:
    """Lists whose heading, role or article title names the phrase (销售经理, 个人客户经理)."""
    out = []
    for source in kb.lists:
        texts = [source.label, source.role or ""]
        texts += [kb.passages[p].heading or "" for p in source.passages]
        texts += [kb.passages[p].article_title for p in source.passages]
        if any(phrase in t for t in texts):
            out.append(source)
    return out


# A related role's list (大客户经理 for 对公客户经理) is quoted by its best-matching items only.
RELATED_ITEMS = 4
RELATED_ROLES = 2
# Lists this many lines after a heading that names a role ("职位:国际客户服务中心 高级客户经理")
# describe that role.
MENTION_WINDOW = 20


@dataclass
class ListChoice:
    """The lists an answer quotes and how the answer introduces them."""

    lists: list[ListSource] = field(default_factory=list)
    note: str | None = None  # the asked role has no description of its own: say what is quoted instead
    related: bool = False  # the lists belong to other roles of the same family


def choose_lists(kb: KnowledgeBase, u: Understanding, scorer: Scorer, kind: SectionKind | None) -> ListChoice:
    """The list sources to answer from; a note when they are not the asked role's own."""
    asked = u.asked_role
    if asked and u.role_status in (RoleStatus.mentioned, RoleStatus.related):
        about = _lists_about(kb, scorer, asked, kind)
        if about:
            return ListChoice(lists=_rank_lists(kb, about, scorer, top_only=True))
        if u.role:
            own = [s for s in kb.lists_for_role(u.role) if _kind_ok(s, kind, strict=True) and not is_prose(kb, s)]
            if own and asked != u.role:
                note = f"知识库中没有「{asked}」的专门岗位描述，以下是相关岗位「{u.role}」的内容。"
                return ListChoice(lists=_rank_lists(kb, own, scorer), note=note)
            family = _family_lists(kb, u.role, kind)
            if family:
                ranked = _rank_lists(kb, family, scorer)
                roles = list(dict.fromkeys(s.role for s in ranked))[:RELATED_ROLES]
                chosen = [s for s in ranked if s.role in roles]
                return ListChoice(lists=chosen, note=_family_note(asked, u.role, kind), related=True)
        return ListChoice()
    if not u.role:
        return ListChoice()
    pool = [s for s in kb.lists_for_role(u.role) if _kind_ok(s, kind, strict=True) and not is_prose(kb, s)]
    return ListChoice(lists=_rank_lists(kb, pool, scorer))


def _kind_ok(source: ListSource, kind: SectionKind | None, strict: bool = False) -> bool:
    if kind is None or source.kind == kind:
        return True
    # A plain list under a non-standard heading may hold duties, never requirements.
    return not strict and kind == SectionKind.duties and source.kind == SectionKind.prose


def _lists_about(kb: KnowledgeBase, scorer: Scorer, asked: str, kind: SectionKind | None) -> list[ListSource]:
    """Lists that are about a role the corpus names without a profile of its own: lists titled with
    it (网格经理与客户经理职责 -> 网格经理), and lists right under a heading naming it."""
    out = []
    best = scorer.best_lexical()
    for source in _lists_naming(kb, asked):
        # Another role's profile (网格客户经理) is not about 网格经理 because they share an article.
        if is_prose(kb, source) or not _kind_ok(source, kind) or (source.role and asked not in source.role):
            continue
        titled = asked in source.label or any(asked in (kb.passages[p].heading or "") for p in source.passages)
        # Named only by the article's title: only if it also holds evidence as good as the best.
        if not titled and max(scorer.lexical(i) for i in source.items) < ARTICLE_NAMED * best:
            continue
        out.append(source)
    heads = _KIND_HEADS.get(kind or SectionKind.duties)
    for unit in kb.units:
        if unit.kind != "heading" or asked not in unit.text:
            continue
        article = kb.passages[unit.passage].article_id
        for source in kb.lists:
            first = kb.passages[source.passages[0]]
            if (
                first.article_id == article
                and 0 < source.line_start - unit.line_end <= MENTION_WINDOW
                and source.kind == (kind or SectionKind.duties)
                and heads.search(source.label)
                and not source.role
                and not is_prose(kb, source)
                and source not in out
            ):
                out.append(source)
    return out


# Headings that say what a list holds ("主要职责:" yes, "主要业绩:" no).
_KIND_HEADS = {
    SectionKind.duties: re.compile(r"职责|工作内容|职能|负责|工作范围"),
    SectionKind.qualifications: re.compile(r"要求|资格|条件|任职"),
}
# A list named only by its article's title must hold evidence this close to the best unit's.
ARTICLE_NAMED = 0.8


def _family_lists(kb: KnowledgeBase, base: str, kind: SectionKind | None) -> list[ListSource]:
    """Profiles of roles of the same family as ``base`` (大客户经理, 网格客户经理 for 客户经理)."""
    return [
        s
        for s in kb.lists
        if s.role and s.role != base and s.role.endswith(base) and s.from_profile and _kind_ok(s, kind, strict=True) and not is_prose(kb, s)
    ]


def _family_note(asked: str, base: str, kind: SectionKind | None) -> str:
    what = "任职要求" if kind == SectionKind.qualifications else "职责"
    return (
        f"知识库中没有「{asked}」的专门岗位描述。它属于{base}类岗位，以下是语料中最接近的{base}类岗位"
        f"{what}中与问题最相关的条目，仅供参考。"
    )


def _rank_lists(kb: KnowledgeBase, pool: list[ListSource], scorer: Scorer, top_only: bool = False) -> list[ListSource]:
    """Best-matching lists first. A question that narrows the role down (网店的客服, 做车载导航的
    公司) keeps only the lists that fit; ``top_only`` keeps only lists close to the best one."""
    if len(pool) <= 1:
        return list(pool)
    scored = sorted(((list_score(kb, s, scorer), s) for s in pool), key=lambda x: (-x[0], x[1].sid))
    specific = scorer.q.specific
    if specific:
        spec = [(coverage(specific, _list_feats(kb, s), kb.idf), s) for _, s in scored]
        top = max(v for v, _ in spec)
        if top >= 0.25:
            keep = [s for v, s in spec if v >= 0.75 * top]
            if len(keep) < len(pool):
                return keep
    if top_only:
        best = scored[0][0]
        return [s for v, s in scored if v >= TOP_LISTS * best]
    return [s for _, s in scored]


# Lists about a merely mentioned role are quoted when they score at least this share of the best one.
TOP_LISTS = 0.85


@dataclass
class _Group:
    uids: list[int]
    sources: set[int]
    rank: int
    position: int


def merge_items(kb: KnowledgeBase, lists: list[ListSource]) -> list[_Group]:
    """Items of all lists, near-duplicates collapsed; copies elsewhere in the corpus add sources."""
    groups: list[_Group] = []
    for rank, source in enumerate(lists):
        for pos, uid in enumerate(source.items):
            feats = kb.units[uid].feats
            for group in groups:
                if near_duplicate(feats, kb.units[group.uids[0]].feats):
                    group.uids.append(uid)
                    group.sources.add(source.sid)
                    break
            else:
                groups.append(_Group(uids=[uid], sources={source.sid}, rank=rank, position=pos))
    # Copies of the chosen lists elsewhere in the corpus (the scraped pages repeat whole lists) add
    # their citations and count as agreeing sources. A list sharing a single generic entry
    # ("完成领导交办的其他工作") is not a copy and does not count; nor is another role's profile that
    # happens to share stock requirements ("本科及以上学历", "专业不限"): the 顾问服务专员 answer
    # must not cite the 宣传专员 profile.
    chosen = {s.sid for s in lists}
    hits: dict[int, list[tuple[_Group, int]]] = {}
    for group in groups:
        for dup in kb.duplicates(group.uids[0]):
            for source in kb.lists_of_unit(dup):
                if source.sid not in chosen and dup not in group.uids:
                    hits.setdefault(source.sid, []).append((group, dup))
    for sid, pairs in hits.items():
        if not _is_copy(kb, lists, kb.lists[sid], [g for g, _ in pairs]):
            continue
        for group, dup in pairs:
            if dup not in group.uids:
                group.uids.append(dup)
                group.sources.add(sid)
    groups.sort(key=lambda g: (-len(g.sources), g.rank, g.position))
    return groups


# Share of a chosen list's text (bigram mass) another list must repeat to count as its copy.
COPY_SHARE = 0.5


def _is_copy(kb: KnowledgeBase, lists: list[ListSource], other: ListSource, shared: list[_Group]) -> bool:
    """Whether ``other`` repeats (most of) one of the chosen lists, rather than sharing a few lines."""
    distinct = {id(g): g for g in shared}
    if len(distinct) < 2:
        return False
    owners = {lists[g.rank].sid for g in distinct.values()}
    if other.role and not any(
        lists_role is None or same_role(lists_role, other.role) for lists_role in (s.role for s in lists if s.sid in owners)
    ):
        return False
    owned = sum(len(kb.units[i].feats) for s in lists if s.sid in owners for i in s.items)
    repeated = sum(len(kb.units[g.uids[0]].feats) for g in distinct.values())
    return owned > 0 and repeated >= COPY_SHARE * owned


def compose_list(kb: KnowledgeBase, u: Understanding, scorer: Scorer, book: CitationBook, kind: SectionKind | None) -> Draft | None:
    choice = choose_lists(kb, u, scorer, kind)
    if not choice.lists:
        return None
    return render_list(kb, u, scorer, book, choice.lists, kind, choice.note, related=choice.related)


def render_list(
    kb: KnowledgeBase,
    u: Understanding,
    scorer: Scorer,
    book: CitationBook,
    lists: list[ListSource],
    kind: SectionKind | None,
    note: str | None,
    related: bool = False,
    focus: bool = False,
) -> Draft:
    """The chosen lists as one numbered answer. ``related``: lists of other roles of the asked
    role's family, quoted by their best entries; ``focus``: a section list found by the question's
    words rather than by a role, quoted by the entries that bear on the question."""
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    lines: list[str] = []
    tail = ""
    role = u.role if u.role_status == RoleStatus.known or related else (lists[0].role or u.role)
    names_role = u.asked_role and any(u.asked_role in s.label for s in lists)
    mentions = [] if names_role else _mention_units(kb, u)
    if note:
        lines.append(note)
    if mentions:
        lines.append(_mention_line(kb, u, book, mentions))
    if lines:
        lines.append("")
    blocks: list[tuple[str, list[_Group]]] = []
    if related:
        # A sentence naming the asked role inside a duties section of its family ("二、客户营销类 ·
        # 工作职责: …对公客户经理主要开展…") is the closest description there is: it leads.
        for unit in mentions:
            passage = kb.passages[unit.passage]
            if passage.kind == (kind or SectionKind.duties):
                group = _Group(uids=[unit.uid], sources={-1 - unit.uid}, rank=0, position=0)
                blocks.append((f"**{passage_label(kb, passage.pid)}**：", [group]))
        # Then each related role's list by its best-matching entries (in list order).
        for name in dict.fromkeys(s.role for s in lists):
            own = [s for s in lists if s.role == name]
            groups = _best_groups(kb, merge_items(kb, own), scorer, RELATED_ITEMS)
            blocks.append((_list_head(own, groups, kind, excerpt=True), groups))
    else:
        groups = merge_items(kb, lists)
        if focus and not any(s.from_profile for s in lists):
            groups = _on_topic(kb, groups, scorer)
        narrowed = _asked_about(kb, u, lists, groups) if u.role_status == RoleStatus.known else []
        if narrowed:
            # "技术经理在技师日常管理上,比如考勤和仪容方面要做什么?" asks about part of the list.
            head = _list_head(lists, groups, kind).rstrip("：") + f"中与问题相关的 {len(narrowed)} 条（共 {len(groups)} 条）："
            blocks.append((head, narrowed))
            what = "任职要求" if kind == SectionKind.qualifications else "岗位职责"
            tail = f"（想看全部 {len(groups)} 条，可以问：「{u.role}的{what}是什么？」）"
        else:
            blocks.append((_list_head(lists, groups[:MAX_LIST_ITEMS], kind), groups[:MAX_LIST_ITEMS]))
    for head, groups in blocks:
        if lines and lines[-1] != "":
            lines.append("")
        lines.append(head)
        for group in groups:
            ids = book.cite_all(group.uids)
            text = display(kb.units[group.uids[0]].text)
            items.append(AnswerItem(text=text, citations=ids))
            item_units.append(list(group.uids))
            lines.append(f"{len(items)}. {text} {markers(ids)}")
    if tail:
        lines += ["", tail]
    score = max((list_score(kb, s, scorer) for s in lists), default=0.0)
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=role, note=note, score=score)


# An entry is singled out when it covers FOCUS_MIN of what the question asks beyond the role, and
# at least FOCUS_SHARE of the best entry's coverage.
FOCUS_MIN = 0.3
FOCUS_SHARE = 0.5


def _asked_about(kb: KnowledgeBase, u: Understanding, lists: list[ListSource], groups: list[_Group]) -> list[_Group]:
    """The entries a question singles out when it asks about part of a role's duties.

    Only what the question says *after* the role counts ("店长在奖罚和员工培训上…"): words before
    it place the role ("做车载导航设备的公司,客服专员…") and were used to choose the list. Each
    topic it names ("考勤", "仪容") picks the entries that cover it best. Words of the lists' own
    titles, the role and generic duty words single nothing out. A role's requirements are short
    and asked for as a whole ("需要哪些专业和证书?"), so only duty lists are narrowed."""
    asked = u.asked_role or u.role
    if not asked or len(groups) < 3 or not all(s.from_profile and s.kind == SectionKind.duties for s in lists):
        return []
    text = fold(u.question)
    at = text.find(fold(asked))
    if at < 0:
        return []
    ignore = set(GENERIC_FEATS) | bigrams(asked)
    for source in lists:
        ignore |= source.ctx
    tail = text[at + len(fold(asked)) :]
    # "…还要当出市代表吗?具体职责有哪些?": a clause asking for the duties as such wants them all.
    if any(_ASKS_ALL.search(c) and not (kb.query_features(c) - ignore) for c in _CLAUSE_SPLIT.split(tail)):
        return []
    chosen: set[int] = set()
    for topic in _TOPIC_SPLIT.split(tail):
        feats = kb.query_features(topic) - ignore
        if not feats:
            continue
        covers = [coverage(feats, kb.units[g.uids[0]].feats, kb.idf) for g in groups]
        top = max(covers)
        if top >= FOCUS_MIN:
            chosen.update(i for i, c in enumerate(covers) if c >= FOCUS_SHARE * top)
    if not chosen or len(chosen) == len(groups):
        return []
    return [g for i, g in enumerate(groups) if i in chosen]


_TOPIC_SPLIT = re.compile(r"和|与|及|以及|或者|或|还有|比如|例如|[、,，;；。?？!！]")
_CLAUSE_SPLIT = re.compile(r"[,，;；。?？!！]")
_ASKS_ALL = re.compile(r"职责|工作|负责|做什么|干什么|做哪些|干哪些|管什么|管哪些|哪些事")


def _list_head(lists: list[ListSource], groups: list[_Group], kind: SectionKind | None, excerpt: bool = False) -> str:
    what = {SectionKind.duties: "岗位职责", SectionKind.qualifications: "任职要求"}.get(kind or SectionKind.prose)
    labels: list[str] = []
    for source in lists:
        if source.label not in labels:
            labels.append(source.label)
    named = "、".join(labels[:3])
    if what and re.search(r"职责|任职|要求|条件|资格", named):
        head = f"**{named.rstrip('是:')}**"
    elif what:
        head = f"**{named}**的{what}"
    else:
        head = f"相关内容见**{named}**"
    sources = {sid for g in groups for sid in g.sources}
    if excerpt:
        return head + "（摘录）："
    return head + (f"（综合 {len(sources)} 处资料，多处资料一致的条目排在前面）：" if len(sources) > 1 else "：")


def _on_topic(kb: KnowledgeBase, groups: list[_Group], scorer: Scorer) -> list[_Group]:
    """Entries of a plain section list that bear on the question. A job profile's list is the
    answer as a whole, and so is a list whose title says what the question asks ("…存在的困难和
    问题"); a section's list found by one matching entry ("第一章…" with fourteen rules) answers by
    its matching part."""
    if len(groups) <= 3:
        return groups
    sources = {sid for g in groups for sid in g.sources if sid >= 0}
    if any(coverage(scorer.q.feats, set(kb.lists[sid].ctx), kb.idf) >= TITLE_ANSWERS for sid in sources):
        return groups
    scores = [scorer.score(g.uids[0]) for g in groups]
    best = max(scores)
    return [g for g, v in zip(groups, scores) if v >= ON_TOPIC * best]


# A section list's entry stays in the answer when it scores this share of the list's best entry,
# unless the list's title covers this much of the question.
ON_TOPIC = 0.5
TITLE_ANSWERS = 0.6


def _best_groups(kb: KnowledgeBase, groups: list[_Group], scorer: Scorer, limit: int) -> list[_Group]:
    """The ``limit`` entries that match the question best, in their list order."""
    if len(groups) <= limit:
        return groups
    best = sorted(groups, key=lambda g: (-scorer.score(g.uids[0]), g.rank, g.position))[:limit]
    return sorted(best, key=lambda g: (g.rank, g.position))


_DESCRIBES = re.compile(r"主要(是|负责|开展|从事)|负责|职责|工作内容")
_CLAUSE_END = re.compile(r"[。!！;；?？]")


def _mention_units(kb: KnowledgeBase, u: Understanding) -> list[Unit]:
    """For a narrower role the corpus only mentions (对公客户经理), the sentences that say what it
    does: the clause naming the role must itself describe it ("…主要开展面向公司的金融业务"), not
    merely count it ("对公、对私客户经理的从业人员数量…")."""
    if not u.asked_role or u.role_status != RoleStatus.mentioned or u.asked_role == u.role:
        return []
    found: list[Unit] = []
    seen: set[str] = set()
    for unit in kb.units:
        if unit.kind == "heading" or u.asked_role not in unit.text:
            continue
        clause = _clause_naming(one_line(unit.text), u.asked_role)
        if clause in seen or not _DESCRIBES.search(clause[clause.find(u.asked_role) :]):
            continue
        seen.add(clause)
        found.append(unit)
        if len(found) == 2:
            break
    return found


def _mention_line(kb: KnowledgeBase, u: Understanding, book: CitationBook, units: list[Unit]) -> str:
    """Quote the clause that names the role ("对公客户经理主要开展面向公司的金融业务"), not the paragraph."""
    parts = [f"“{_clause_naming(one_line(unit.text), u.asked_role or '')}”{markers([book.cite(unit)])}" for unit in units]
    return f"语料中对「{u.asked_role}」的直接表述只有：" + "；".join(parts)


def _clause_naming(text: str, phrase: str) -> str:
    """The sentence that names the phrase; in a long sentence, the comma clause naming it onward
    to the end of its own statement ("对公客户经理主要开展面向公司的金融业务")."""
    sentence = next((p for p in _CLAUSE_END.split(text) if phrase in p), text).strip()
    if len(sentence) <= 30:
        return sentence
    clauses = [c for c in re.split(r"[,，]", sentence) if c.strip()]
    at = next((i for i, c in enumerate(clauses) if phrase in c), None)
    if at is None:
        return sentence
    out = clauses[at].strip()
    for nxt in clauses[at + 1 :]:
        if len(out) >= 12:
            break
        out += "," + nxt.strip()
    return out
