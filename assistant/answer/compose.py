"""Extractive composers: every sentence of an answer is corpus text, and every item cites it.

* ``compose_list``: duties / qualifications as a numbered list, merged across sources.
* ``compose_passages``: the few most relevant sentences (MMR), stitched per passage in source order.
* ``compose_kpi``: indicators grouped by balanced-scorecard dimension, plus explaining sentences.
* ``compose_expand``: "第二条展开说说" - one item of the previous answer in full.
* ``compose_refusal``: what the knowledge base does not cover, and what it does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from assistant.answer.citations import CitationBook, markers
from assistant.answer.kb import LONG_ITEM, KnowledgeBase, ListSource, Unit, near_duplicate
from assistant.answer.relevance import Scorer
from assistant.answer.text import coverage, one_line, similarity, strip_marker
from assistant.answer.understand import RoleStatus, Understanding
from assistant.models import AnswerItem, BscDimension, Citation, Intent, SectionKind

MAX_LIST_ITEMS = 15
MAX_SENTENCES = 5
MMR_LAMBDA = 0.75


@dataclass
class Draft:
    text: str
    items: list[AnswerItem] = field(default_factory=list)
    item_units: list[list[int]] = field(default_factory=list)  # unit ids behind each item
    role: str | None = None
    note: str | None = None
    refused: bool = False
    score: float = 0.0  # how well the chosen evidence matches the question
    citations: list[Citation] | None = None  # set by tools that number their own citations


def _display(text: str) -> str:
    return strip_marker(one_line(text))


# --- lists (duties / qualifications) -----------------------------------------------------------


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


def choose_lists(kb: KnowledgeBase, u: Understanding, scorer: Scorer, kind: SectionKind | None) -> tuple[list[ListSource], str | None]:
    """The list sources to answer from, and a note when they belong to a related role."""
    note = None
    wanted = (lambda s: s.kind == kind) if kind else (lambda s: True)
    pool: list[ListSource] = []
    if u.asked_role and u.role_status in (RoleStatus.mentioned, RoleStatus.related):
        pool = [s for s in _lists_naming(kb, u.asked_role) if not is_prose(kb, s)]
        pool = [s for s in pool if wanted(s) or s.kind in (SectionKind.prose, SectionKind.duties)]
    if not pool and u.role:
        pool = [s for s in kb.lists_for_role(u.role) if wanted(s) and not is_prose(kb, s)]
        if pool and u.asked_role and u.asked_role != u.role and u.role_status != RoleStatus.known:
            note = f"知识库中没有「{u.asked_role}」的专门岗位描述，以下是相关岗位「{u.role}」的内容。"
    if not pool:
        return [], None
    if len(pool) == 1:
        return pool, note
    scored = sorted(((list_score(kb, s, scorer), s) for s in pool), key=lambda x: (-x[0], x[1].sid))
    specific = scorer.q.specific
    if specific:
        spec = [(coverage(specific, _list_feats(kb, s), kb.idf), s) for _, s in scored]
        top = max(v for v, _ in spec)
        if top >= 0.25:
            # The question narrows the role down (网店的客服, 做车载导航的公司): keep the lists that fit.
            keep = [s for v, s in spec if v >= 0.75 * top]
            if len(keep) < len(pool):
                return keep, note
    return [s for _, s in scored], note


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
    # ("完成领导交办的其他工作") is not a copy and does not count.
    chosen = {s.sid for s in lists}
    hits: dict[int, list[tuple[_Group, int]]] = {}
    for group in groups:
        for dup in kb.duplicates(group.uids[0]):
            for source in kb.lists_of_unit(dup):
                if source.sid not in chosen and dup not in group.uids:
                    hits.setdefault(source.sid, []).append((group, dup))
    for sid, pairs in hits.items():
        if len({id(g) for g, _ in pairs}) < 2:
            continue
        for group, dup in pairs:
            if dup not in group.uids:
                group.uids.append(dup)
                group.sources.add(sid)
    groups.sort(key=lambda g: (-len(g.sources), g.rank, g.position))
    return groups


def compose_list(kb: KnowledgeBase, u: Understanding, scorer: Scorer, book: CitationBook, kind: SectionKind | None) -> Draft | None:
    lists, note = choose_lists(kb, u, scorer, kind)
    if not lists:
        return None
    return render_list(kb, u, scorer, book, lists, kind, note)


def render_list(
    kb: KnowledgeBase,
    u: Understanding,
    scorer: Scorer,
    book: CitationBook,
    lists: list[ListSource],
    kind: SectionKind | None,
    note: str | None,
) -> Draft:
    groups = merge_items(kb, lists)[:MAX_LIST_ITEMS]
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    lines: list[str] = []
    role = u.role if u.role_status == RoleStatus.known else (lists[0].role or u.role)
    what = {SectionKind.duties: "岗位职责", SectionKind.qualifications: "任职要求"}.get(kind or SectionKind.prose)
    labels = []
    for source in lists:
        if source.label not in labels:
            labels.append(source.label)
    named = "、".join(labels[:3])
    if what and re.search(r"职责|任职|要求|条件|资格", named):
        head = f"**{named.rstrip('是:')}**"
    elif what:
        head = f"**{named}**的{what}"
    else:
        head = f"相关内容见**{'、'.join(labels[:3])}**"
    sources = {sid for g in groups for sid in g.sources}
    head += f"（综合 {len(sources)} 处资料，多处资料一致的条目排在前面）：" if len(sources) > 1 else "："
    if note:
        lines.append(note)
        lines.append("")
    names_role = u.asked_role and any(u.asked_role in s.label for s in lists)
    direct = None if names_role else _direct_mentions(kb, u, book)
    if direct:
        lines.append(direct)
        lines.append("")
    lines.append(head)
    for n, group in enumerate(groups, 1):
        ids = book.cite_all(group.uids)
        text = _display(kb.units[group.uids[0]].text)
        items.append(AnswerItem(text=text, citations=ids))
        item_units.append(list(group.uids))
        lines.append(f"{n}. {text} {markers(ids)}")
    score = max((list_score(kb, s, scorer) for s in lists), default=0.0)
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=role, note=note, score=score)


_DESCRIBES = re.compile(r"主要(是|负责|开展|从事)|负责|职责|工作内容")


def _direct_mentions(kb: KnowledgeBase, u: Understanding, book: CitationBook) -> str | None:
    """For a narrower role the corpus only mentions (对公客户经理), quote what it does say."""
    if not u.asked_role or u.role_status != RoleStatus.mentioned or u.asked_role == u.role:
        return None
    found = []
    for unit in kb.units:
        text = unit.text
        if unit.kind != "heading" and u.asked_role in text and _DESCRIBES.search(text) and len(found) < 2:
            found.append(unit)
    if not found:
        return None
    parts = [f"{one_line(unit.text)}{markers([book.cite(unit)])}" for unit in found]
    return f"语料中关于「{u.asked_role}」的直接表述：" + " ".join(parts)


# --- sentences (method / general) --------------------------------------------------------------


_INTRO = re.compile(r"(包括|如下|以下|步骤|分为|有以下|主要有|分别是|几个方面|几点)[^。;]{0,12}[:：]|[:：]$|[:：]第一")
_ENUM = re.compile(
    r"^(第[二三四五六七八九十]|其[次二三四]|再次|然后|最后|[二三四五六七八九十]是|[2-9][、.,]|\([2-9]\)|[②③④⑤⑥⑦⑧⑨]|"
    r"[B-H][、.]|[二三四五六七八九十][、,])"
)


def select_sentences(
    kb: KnowledgeBase,
    scorer: Scorer,
    k: int = MAX_SENTENCES,
    boost: dict[int, float] | None = None,
    keep: Callable[[Unit], bool] | None = None,
) -> list[tuple[int, float]]:
    """MMR over the best-scoring units: relevant, but not the same thing twice."""
    ranked = []
    for uid, score in scorer.ranked(kinds=("sentence", "item", "heading"), limit=60):
        unit = kb.units[uid]
        if keep is not None and not keep(unit):
            continue
        if len(unit.text) < 4 or (unit.kind != "heading" and len(unit.text) < 6):
            continue
        if unit.kind == "item" and len(unit.text) > LONG_ITEM:
            continue  # its sentences are units of their own
        score += (boost or {}).get(unit.passage, 0.0)
        ranked.append((uid, score))
    ranked.sort(key=lambda x: (-x[1], x[0]))
    if not ranked:
        return []
    best = ranked[0][1]
    chosen: list[tuple[int, float]] = []
    taken: set[int] = set()
    pool = ranked[:30]
    while pool and len(chosen) < k:
        def mmr(entry: tuple[int, float]) -> float:
            feats = kb.units[entry[0]].feats
            overlap = max((similarity(feats, kb.units[c].feats) for c, _ in chosen), default=0.0)
            return MMR_LAMBDA * entry[1] - (1 - MMR_LAMBDA) * overlap

        entry = max(pool, key=lambda e: (mmr(e), -e[0]))
        pool.remove(entry)
        if entry[1] < 0.55 * best:
            break
        uid, score = entry
        # A heading stands for its section: answer with the text under it.
        uids = _body_of(kb, uid) if kb.units[uid].kind == "heading" else [uid]
        for one in uids:
            if one in taken:
                continue
            feats = kb.units[one].feats
            if any(near_duplicate(feats, kb.units[c].feats) for c, _ in chosen):
                continue
            chosen.append((one, score))
            taken.add(one)
            # "…主要包括:第一,…" is followed by the rest of the enumeration: keep it together.
            for nxt in _continuation(kb, one):
                if nxt not in taken:
                    chosen.append((nxt, score))
                    taken.add(nxt)
    return chosen


def _body_of(kb: KnowledgeBase, heading: int) -> list[int]:
    unit = kb.units[heading]
    passage = kb.passages[unit.passage]
    body = [i for i in passage.units if kb.units[i].order > unit.order and kb.units[i].kind != "heading"][:2]
    nxt = unit.passage + 1
    if not body and nxt < len(kb.passages) and kb.passages[nxt].article_id == passage.article_id:
        body = [i for i in kb.passages[nxt].units if kb.units[i].kind != "heading"][:2]
    return body


def _continuation(kb: KnowledgeBase, uid: int, limit: int = 6) -> list[int]:
    unit = kb.units[uid]
    if not _INTRO.search(unit.text):
        return []
    passage = kb.passages[unit.passage]
    out = []
    for other in passage.units:
        nxt = kb.units[other]
        if nxt.order <= unit.order or nxt.kind == "heading":
            continue
        if not _ENUM.match(nxt.text) or len(out) >= limit:
            break
        out.append(other)
    return out


def compose_passages(
    kb: KnowledgeBase,
    u: Understanding,
    scorer: Scorer,
    book: CitationBook,
    k: int = MAX_SENTENCES,
    intro: str | None = None,
    keep: Callable[[Unit], bool] | None = None,
) -> Draft | None:
    boost: dict[int, float] = {}
    if u.role or u.asked_role:
        for passage in kb.passages:
            if (u.role and passage.role == u.role) or (u.asked_role and u.asked_role in (passage.heading or "")):
                boost[passage.pid] = 0.1
    chosen = select_sentences(kb, scorer, k, boost, keep)
    if not chosen:
        return None
    by_passage: dict[int, list[int]] = {}
    best_of: dict[int, float] = {}
    for uid, score in chosen:
        pid = kb.units[uid].passage
        by_passage.setdefault(pid, []).append(uid)
        best_of[pid] = max(best_of.get(pid, 0.0), score)
    lines: list[str] = []
    if intro:
        lines += [intro, ""]
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    for pid in sorted(by_passage, key=lambda p: (-best_of[p], p)):
        label = passage_label(kb, pid)
        uids = sorted(by_passage[pid], key=lambda i: kb.units[i].order)
        parts = []
        for uid in uids:
            ids = book.cite_all([uid, *_dup_items(kb, uid)])
            text = one_line(kb.units[uid].text)
            items.append(AnswerItem(text=text, citations=ids))
            item_units.append([uid])
            parts.append(f"{text}{markers(ids)}")
        lines.append(f"**{label}**")
        lines.append("".join(parts) if len(parts) == 1 else "\n".join(f"- {p}" for p in parts))
        lines.append("")
    return Draft(text="\n".join(lines).strip(), items=items, item_units=item_units, role=u.role, score=chosen[0][1])


def passage_label(kb: KnowledgeBase, pid: int) -> str:
    """How an answer titles a passage: its heading (with the parent heading when the heading is
    generic, "四、风险控制类 · 工作职责"), else its article title."""
    passage = kb.passages[pid]
    heading = one_line(passage.heading or "").rstrip(":")
    if heading and passage.parent and len(heading) <= 6:
        heading = f"{one_line(passage.parent).rstrip(':')} · {heading}"
    return heading or passage.article_title


def _dup_items(kb: KnowledgeBase, uid: int) -> list[int]:
    return [d for d in kb.duplicates(uid) if kb.units[d].kind == kb.units[uid].kind][:3]


# --- KPI ---------------------------------------------------------------------------------------

_ASKS_INDICATORS = re.compile(
    r"(哪些|什么|哪几|设哪|放哪|选哪|有哪|包括).{0,8}(指标|kpi)|(指标|kpi).{0,6}(有哪些|是什么|包括|哪些)|维度|计分卡|bsc",
    re.IGNORECASE,
)
# "怎么设计/制定 KPI": the answer also gets the corpus' design method (SMART, 4-7 indicators, the flow).
_DESIGN = re.compile(r"(怎么|如何|怎样)(设计|制定|设置|提炼|建立|确定|定)|设计.{0,8}(kpi|指标)", re.IGNORECASE)
_DIMENSION_ORDER = [BscDimension.financial, BscDimension.customer, BscDimension.process, BscDimension.learning]
# Methodology passages a "how do I design KPIs" answer should include, found by these queries.
METHOD_QUERIES = ("关键绩效指标的设置必须符合SMART原则", "岗位关键绩效指标以4-7个为宜", "设计关键绩效指标的一般流程")


def compose_kpi(kb: KnowledgeBase, u: Understanding, scorer: Scorer, book: CitationBook, method_units: list[int]) -> Draft | None:
    q = u.question.lower()
    lines: list[str] = []
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    best = 0.0
    if _ASKS_INDICATORS.search(q) and kb.kpis:
        groups = _kpi_groups(kb, u, scorer)
        if groups:
            title = f"**{u.role}**可参考的考核指标" if u.role else "语料中的考核指标"
            lines.append(title + "（按平衡计分卡维度归类）：")
            for dim, entries in groups:
                uids = sorted({e.unit for e in entries}, key=lambda i: kb.units[i].order)
                ids = book.cite_all(uids)
                names = "、".join(dict.fromkeys(e.name for e in entries))
                label = dim.value if dim else "其他"
                text = f"{label}：{names}"
                items.append(AnswerItem(text=text, citations=ids))
                item_units.append(uids)
                lines.append(f"- **{label}**：{names} {markers(ids)}")
                best = max(best, max(scorer.score(i) for i in uids))
            lines.append("")
    passages = compose_passages(kb, u, scorer, book, k=4 if items else MAX_SENTENCES)
    if passages:
        if lines:
            lines.append("相关说明：")
        lines.append(passages.text)
        items += passages.items
        item_units += passages.item_units
        best = max(best, passages.score)
    if _DESIGN.search(u.question) and method_units:
        extra = [uid for uid in method_units if not any(uid in g for g in item_units)]
        if extra:
            lines.append("")
            lines.append("设计岗位 KPI 的方法要点：")
            for uid in extra:
                ids = book.cite_all([uid])
                text = one_line(kb.units[uid].text)
                items.append(AnswerItem(text=text, citations=ids))
                item_units.append([uid])
                lines.append(f"- {text}{markers(ids)}")
    if not items:
        return None
    return Draft(text="\n".join(lines).strip(), items=items, item_units=item_units, role=u.role, score=best)


def _kpi_groups(kb: KnowledgeBase, u: Understanding, scorer: Scorer) -> list[tuple[BscDimension | None, list]]:
    """Indicators relevant to the question; the whole scorecard only when it asks for the scorecard."""
    entries = kb.kpis
    top = scorer.ranked(limit=1)
    best = top[0][1] if top else 0.0
    relevant = [e for e in entries if scorer.score(e.unit) >= 0.6 * best]
    scorecard = re.search(r"计分卡|bsc|平衡", u.question, re.IGNORECASE) or (
        "维度" in u.question and any(e.dimension for e in relevant)
    )
    if u.dimension is not None or scorecard:
        # The scorecard's own lists: sentences that name the dimension ("客户维度可以选择:…").
        chosen = [e for e in entries if e.dimension is not None and _names_dimension(kb.units[e.unit].text, e.dimension)]
        if u.dimension is not None:
            chosen = [e for e in chosen if e.dimension == u.dimension]
    else:
        chosen = relevant
    out = []
    for dim in [*_DIMENSION_ORDER, None]:
        group = [e for e in chosen if e.dimension == dim]
        if group:
            out.append((dim, group))
    return out


def _names_dimension(text: str, dim: BscDimension) -> bool:
    return bool(re.search(re.escape(dim.value) + r"(维度|方面|层面|类|指标)", text))


def method_units(kb: KnowledgeBase) -> list[int]:
    """The corpus sentences behind METHOD_QUERIES (SMART, 4-7 indicators, the design flow)."""
    from assistant.answer.relevance import Query

    out: list[int] = []
    for query in METHOD_QUERIES:
        scorer = Scorer(kb, Query.make(kb, query))
        ranked = scorer.ranked(limit=1)
        if ranked and ranked[0][1] >= 0.5 and ranked[0][0] not in out:
            out.append(ranked[0][0])
    return out


# --- follow-up: expand one item ----------------------------------------------------------------


def compose_expand(kb: KnowledgeBase, n: int, uids: list[int], book: CitationBook, role: str | None) -> Draft:
    unit = kb.units[uids[0]]
    ids = book.cite_all(uids)
    full = one_line(unit.text)
    lines = [f"第{n}条的完整内容是：", "", f"> {_display(full)} {markers(ids)}"]
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    parts = [p.strip() for p in re.split(r"[;；]|(?<=。)", strip_marker(full)) if len(p.strip()) >= 2]
    if len(parts) > 1:
        lines += ["", "分开来看："]
        for i, part in enumerate(parts, 1):
            items.append(AnswerItem(text=part, citations=ids))
            item_units.append(list(uids))
            lines.append(f"{i}. {part} {markers(ids)}")
    else:
        items.append(AnswerItem(text=_display(full), citations=ids))
        item_units.append(list(uids))
    # What follows the item in its section (sub-points, explanations) before the next item.
    passage = kb.passages[unit.passage]
    after = [i for i in passage.units if kb.units[i].order > unit.order]
    extra = []
    for uid in after:
        nxt = kb.units[uid]
        if nxt.kind == "item" or nxt.kind == "heading" or len(extra) >= 3:
            break
        if nxt.line_start > unit.line_end:
            extra.append(uid)
    if extra:
        lines += ["", "原文中紧接着的说明："]
        for uid in extra:
            cid = book.cite_all([uid])
            text = one_line(kb.units[uid].text)
            items.append(AnswerItem(text=text, citations=cid))
            item_units.append([uid])
            lines.append(f"- {text}{markers(cid)}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=role, score=1.0)


# --- refusal -----------------------------------------------------------------------------------


def coverage_summary(kb: KnowledgeBase, limit: int = 8) -> list[str]:
    """Roles the knowledge base describes best (most list entries), for refusal suggestions."""
    counts: dict[str, int] = {}
    for source in kb.lists:
        if source.role and source.from_profile:
            counts[source.role] = counts.get(source.role, 0) + len(source.items)
    return [r for r, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))][:limit]


def compose_refusal(kb: KnowledgeBase, u: Understanding) -> Draft:
    if u.oos_reason == "unknown_role" and u.asked_role:
        head = f"抱歉，知识库中没有关于「{u.asked_role}」这个岗位的资料，无法回答。"
    elif u.oos_reason in ("other_domain", "chitchat"):
        head = "抱歉，这个问题不在知识库的范围内。我只回答与岗位职责、任职要求和绩效考核（KPI）有关的问题。"
    else:
        head = "抱歉，知识库中没有找到与这个问题相关的内容，无法给出有依据的回答。"
    roles = coverage_summary(kb)
    lines = [head, ""]
    if roles:
        lines.append(f"知识库目前收录的岗位资料包括：{'、'.join(roles)} 等；")
    lines.append("以及平衡计分卡、关键绩效指标（KPI）设计流程、SMART 原则、能力素质模型等考核方法。")
    if roles:
        lines += ["", f"可以这样问：「{roles[0]}的岗位职责是什么？」「{roles[min(1, len(roles) - 1)]}需要什么任职条件？」「平衡计分卡有哪几个维度？」"]
    return Draft(text="\n".join(lines), refused=True, role=None)


_QUAL_CUE = re.compile(r"需要|具备|具有|要求|条件|资格|学历|经验|能力|素质|证书|专业")
_DUTY_CUE = re.compile(r"负责|职责|工作|主要|协助|完成|做好")


def about_role(kb: KnowledgeBase, role: str, kind: SectionKind) -> Callable[[Unit], bool]:
    """Units that name the role and read like the asked kind ("家装业务员需要具有…渠道资源")."""
    cue = _QUAL_CUE if kind == SectionKind.qualifications else _DUTY_CUE

    def keep(unit: Unit) -> bool:
        passage = kb.passages[unit.passage]
        if passage.kind == kind and passage.role and passage.role == role:
            return True
        return role in unit.text and bool(cue.search(unit.text)) and unit.kind != "heading"

    return keep


def compose_missing_kind(kb: KnowledgeBase, u: Understanding, kind: SectionKind) -> Draft:
    """A known role without the asked kind of list (快递业务员 has duties, no qualifications)."""
    have = [s for s in kb.lists_for_role(u.role or "") if s.kind != kind]
    what = "任职要求" if kind == SectionKind.qualifications else "岗位职责"
    other = "岗位职责" if kind == SectionKind.qualifications else "任职要求"
    text = f"抱歉，知识库中没有「{u.role}」的{what}。"
    if have:
        text += f"知识库里有它的{other}，可以问：「{u.role}的{other}是什么？」"
    return Draft(text=text, refused=True, role=u.role)


def intent_kind(intent: Intent) -> SectionKind | None:
    return {Intent.duty: SectionKind.duties, Intent.qualification: SectionKind.qualifications}.get(intent)
