"""Extractive composers: every sentence of an answer is corpus text, and every item cites it.

* ``compose_list`` (lists.py): duties / qualifications as a numbered list, merged across sources.
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
from assistant.answer.kb import LONG_ITEM, KnowledgeBase, Unit, near_duplicate
from assistant.answer.relevance import Scorer
from assistant.answer.text import one_line, similarity, strip_marker
from assistant.answer.understand import Understanding
from assistant.models import AnswerItem, BscDimension, Citation, Intent, SectionKind

MAX_SENTENCES = 5
MMR_LAMBDA = 0.75
# A sentence joins an answer when it scores at least NEAR_RATIO of the best one and sits next to
# evidence already chosen (same section, or a few lines away in the same article); elsewhere in
# the corpus it must score FAR_RATIO of the best: answers stay on the passage that answers.
NEAR_RATIO = 0.55
FAR_RATIO = 0.9
NEAR_LINES = 12
# Sections named by the question (quoted term or heading written out) lead the answer.
MAX_ANCHORS = 2
ANCHOR_UNITS = 5


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


def display(text: str) -> str:
    """An item as shown in an answer: one line, without its original list marker."""
    return strip_marker(one_line(text))


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
    # A section the question names by its heading ("“信息反馈”这项指标…") answers first.
    for pid in scorer.anchors[:MAX_ANCHORS]:
        for uid in _section_body(kb, pid, ANCHOR_UNITS):
            unit = kb.units[uid]
            if uid not in taken and (keep is None or keep(unit)) and len(chosen) < k:
                chosen.append((uid, best))
                taken.add(uid)
    pool = [entry for entry in ranked[:30] if entry[0] not in taken]
    while pool and len(chosen) < k:
        def mmr(entry: tuple[int, float]) -> float:
            feats = kb.units[entry[0]].feats
            overlap = max((similarity(feats, kb.units[c].feats) for c, _ in chosen), default=0.0)
            return MMR_LAMBDA * entry[1] - (1 - MMR_LAMBDA) * overlap

        entry = max(pool, key=lambda e: (mmr(e), -e[0]))
        pool.remove(entry)
        if entry[1] < NEAR_RATIO * best:
            break
        uid, score = entry
        if chosen and score < FAR_RATIO * best and not any(_near(kb, uid, c) for c, _ in chosen):
            continue
        # A heading stands for its section: answer with the text under it.
        uids = _body_of(kb, uid) if kb.units[uid].kind == "heading" else [uid]
        for one in uids:
            if one in taken or (keep is not None and not keep(kb.units[one])):
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


def _section_body(kb: KnowledgeBase, pid: int, limit: int) -> list[int]:
    """The first units under a heading (its own section, or the next one for a heading-only section)."""
    passage = kb.passages[pid]
    body = [i for i in passage.units if kb.units[i].kind != "heading"]
    nxt = pid + 1
    if not body and nxt < len(kb.passages) and kb.passages[nxt].article_id == passage.article_id:
        body = [i for i in kb.passages[nxt].units if kb.units[i].kind != "heading"]
    return body[:limit]


def _near(kb: KnowledgeBase, a: int, b: int) -> bool:
    """Same section, or the same article within NEAR_LINES lines."""
    ua, ub = kb.units[a], kb.units[b]
    if ua.passage == ub.passage:
        return True
    pa, pb = kb.passages[ua.passage], kb.passages[ub.passage]
    if pa.article_id != pb.article_id:
        return False
    gap = max(ua.line_start, ub.line_start) - min(ua.line_end, ub.line_end)
    return gap <= NEAR_LINES


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
    fits = _fits_intent(kb, u)
    chosen = select_sentences(kb, scorer, k, boost, (lambda unit: fits(unit) and keep(unit)) if keep else fits)
    if not chosen:
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


def _fits_intent(kb: KnowledgeBase, u: Understanding) -> Callable[[Unit], bool]:
    """Whether a unit's section is of a kind the question can be answered from: a requirements
    list does not say what a role does, and a profile's duties do not say whom to hire."""

    def fits(unit: Unit) -> bool:
        passage = kb.passages[unit.passage]
        if u.intent == Intent.qualification:
            return not (passage.kind == SectionKind.duties and passage.role)
        return passage.kind != SectionKind.qualifications

    return fits


def passage_label(kb: KnowledgeBase, pid: int) -> str:
    """How an answer titles a passage: its heading (with the parent heading when the heading is
    generic, "四、风险控制类 · 工作职责"), else its article title."""
    passage = kb.passages[pid]
    heading = one_line(passage.heading or "").rstrip(":")
    if heading and passage.parent and len(heading) <= 6:
        heading = f"{one_line(passage.parent).rstrip(':')} · {heading}"
    elif heading and passage.role and len(heading) <= 6 and passage.role not in heading:
        heading = f"{passage.role} · {heading}"  # "岗位职责" alone does not say whose
    return heading or passage.article_title


def _dup_items(kb: KnowledgeBase, uid: int) -> list[int]:
    """Copies of a sentence elsewhere in the corpus. A short line ("标准:差:0-8分;") repeated under
    another heading is a different statement, not a copy."""
    unit = kb.units[uid]
    heading = kb.passages[unit.passage].heading

    def same(other: Unit) -> bool:
        return len(unit.text) >= SHORT_SENTENCE or kb.passages[other.passage].heading == heading

    return [d for d in kb.duplicates(uid) if kb.units[d].kind == unit.kind and same(kb.units[d])][:3]


SHORT_SENTENCE = 30


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
    shown = [uid for uids in item_units for uid in uids]
    # With indicators listed, the explanation comes from around them, not from elsewhere.
    near_shown = (lambda unit: any(_near(kb, unit.uid, uid) for uid in shown)) if shown else None
    passages = compose_passages(kb, u, scorer, book, k=4 if items else MAX_SENTENCES, keep=near_shown)
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
    # Indicators named near the best-worded evidence, or elsewhere in sentences nearly as good as
    # the best evidence.
    by_words = scorer.ranked_lexical(limit=20)
    worded = [uid for uid, _ in by_words[:1]]
    relevant = [
        e
        for e in entries
        if scorer.score(e.unit) >= 0.6 * best
        and (any(_near(kb, t, e.unit) for t in worded) or scorer.score(e.unit) >= FAR_RATIO * best)
    ]
    scorecard = re.search(r"计分卡|bsc|平衡", u.question, re.IGNORECASE) or (
        "维度" in u.question and any(e.dimension for e in relevant)
    )
    # The scorecard's own lists: sentences that name the dimension ("客户维度可以选择:…").
    card = [e for e in entries if e.dimension is not None and _names_dimension(kb.units[e.unit].text, e.dimension)]
    near_card = [v for uid, v in by_words if any(_near(kb, uid, e.unit) for e in card)]
    if scorecard and u.dimension is None and by_words and by_words[0][1] >= CLEARLY_BETTER * max(near_card, default=0.0):
        # "网点平衡计分卡里…加了什么考核指标?" names the scorecard but asks about one measure
        # described elsewhere: the best-worded evidence is not the scorecard's lists.
        scorecard = False
    if u.dimension is not None or scorecard:
        chosen = card
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


# The scorecard is not what a question naming it asks about when a sentence elsewhere matches its
# wording this many times better than anything around the scorecard's lists.
CLEARLY_BETTER = 1.5


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
    lines = [f"第{n}条的完整内容是：", "", f"> {display(full)} {markers(ids)}"]
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
        items.append(AnswerItem(text=display(full), citations=ids))
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


# A requirement is said of the role: "家装业务员需要具有…", "要求客服专员具有…"; not "要求客服专员每日提取…".
_QUAL_AFTER = re.compile(r"^.{0,4}?(需要|需具备|具备|具有|应具|应当具|必须|要有|要会|要懂)")


def about_role(kb: KnowledgeBase, role: str, kind: SectionKind, strict: bool = True) -> Callable[[Unit], bool]:
    """Units that name the role and read like the asked kind ("家装业务员需要具有…渠道资源")."""
    cue = _QUAL_CUE if kind == SectionKind.qualifications else _DUTY_CUE

    def keep(unit: Unit) -> bool:
        passage = kb.passages[unit.passage]
        if passage.kind == kind and passage.role and passage.role == role:
            return True
        if role not in unit.text or unit.kind == "heading":
            return False
        if kind == SectionKind.qualifications and strict:
            return any(_QUAL_AFTER.search(part) for part in unit.text.split(role)[1:])
        return bool(cue.search(unit.text))

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


def _kind_words(kind: SectionKind) -> tuple[str, str]:
    return ("任职要求", "岗位职责") if kind == SectionKind.qualifications else ("岗位职责", "任职要求")


def missing_kind_intro(kb: KnowledgeBase, u: Understanding, kind: SectionKind) -> str:
    """First line of an answer built from sentences about a role that has no list of the asked kind."""
    what, other = _kind_words(kind)
    have = any(s.kind != kind for s in kb.lists_for_role(u.role or ""))
    head = f"语料中的「{u.role}」资料只有{other}，没有{what}清单" if have else f"语料中没有「{u.role}」的{what}清单"
    return head + f"；以下是语料中直接提到{u.role}的相关句子（不是成条的{what}）："


def compose_role_section(kb: KnowledgeBase, u: Understanding, book: CitationBook, kind: SectionKind) -> Draft | None:
    """The items of a section titled by the role alone ("一、柜员" / "1、既可精确完成柜台业务…"), for a
    role without a list of the asked kind: that section is the role's own text, not another role's."""
    role = u.role or ""
    pids = [
        p.pid
        for p in kb.passages
        if p.role == role and p.kind in (kind, SectionKind.prose) and p.items
    ]
    if not pids:
        return None
    what, _ = _kind_words(kind)
    lines = [f"语料中关于「{role}」的一节（原文未标注为{what}，按原文列出）：", ""]
    items: list[AnswerItem] = []
    item_units: list[list[int]] = []
    for pid in pids:
        for uid in kb.passages[pid].items:
            ids = book.cite_all([uid])
            text = display(kb.units[uid].text)
            items.append(AnswerItem(text=text, citations=ids))
            item_units.append([uid])
            lines.append(f"{len(items)}. {text} {markers(ids)}")
    return Draft(text="\n".join(lines), items=items, item_units=item_units, role=role, score=1.0)


def with_other_role_caveat(kb: KnowledgeBase, u: Understanding, draft: Draft, kind: SectionKind | None) -> Draft:
    """A list answering a role the corpus does not have says first whose list it is."""
    named = u.named_role
    if u.role or not named or not draft.item_units or draft.refused:
        return draft
    unit = kb.units[draft.item_units[0][0]]
    sources = kb.lists_of_unit(unit.uid)
    passage = kb.passages[unit.passage]
    label = sources[0].label if sources else passage_label(kb, passage.pid)
    if fold_eq(label, named):
        return draft
    what, _ = _kind_words(kind or SectionKind.duties)
    where = f"（出自《{passage.article_title}》）" if passage.article_title and passage.article_title != label else ""
    draft.text = f"语料中没有「{named}」的{what}；最接近的是「{label}」{where}的内容，供参考：\n\n" + draft.text
    return draft


def fold_eq(a: str, b: str) -> bool:
    return a.strip().lower() in b.strip().lower()
