"""The answering chain: understand -> retrieve -> decide -> compose (-> optional checked LLM rewrite).

A LangChain runnable sequence over one knowledge snapshot. Answering never imports the tools:
routing "帮我写岗位说明书" to the JD drafter happens in the chat service.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import cached_property
from typing import Any

from assistant.answer import compose as c
from assistant.answer.conversation import Conversation, Turn, UnitRef
from assistant.answer.evidence import Scorer, Unit, section_units
from assistant.answer.scope import ScopeModel, asks_foreign_task, asks_live_data, names_core_topic
from assistant.answer.understand import (
    QUALIFICATION_ATTRIBUTES,
    EmbedFn,
    IntentClassifier,
    PreviousTurn,
    Understanding,
    asks_inventory,
    expand_number,
    part_number,
    understand,
    without_organisations,
    without_set_aside,
)
from assistant.config import Settings
from assistant.ingest.roles import same_role
from assistant.ingest.vocab import PROFILE_FACTS
from assistant.knowledge.citations import CitationBook
from assistant.knowledge.snapshot import KnowledgeSnapshot
from assistant.lexicon import Lexicon
from assistant.lexicon.loader import IntentEntry, Judgment
from assistant.models import Answer, AnswerItem, Intent, SectionKind
from assistant.text import bigrams, content_text, coverage, escape_md, fold, squash, strip_marker

EMPTY_INDEX_MESSAGE = "知识库还是空的：请先运行 `gangwei ingest` 导入文档（或在网页「知识库」页上传），然后再提问。"
SEARCH_K = 12
# Bigrams of the words every duty/requirement question uses: they say nothing about which list.
SPECIFIC_MIN = 0.3
# Facts a company states once for everyone (a handbook's allowances, leave): a post's question about
# them is also answered by that rule
_COMPANY_WIDE = ("benefits", "pay", "probation")
UNMET_GAP = 2  # characters between a fact's word and the words that narrow it ("社保[缴费]基数")
_RULE_FACTS = ("probation",)  # facts a company sets for every post: its rule answers a post stating none
TOPIC_NEIGHBOURS = 4  # sections either side of a post's own searched for a topic of its work
TOPIC_COVER = 0.6  # a duty question's own topic ("交接班…交代"): a passage must say most of it
OWN_QUESTION_MIN = 0.5  # "要出差吗?" about a post: a sentence must say most of what is asked
INVENTORY_SPECIFIC_MAX = 2  # words of the corpus beyond "哪些岗位" that make it a question about them
COVERED_MIN = 0.1  # relevance floor of a role's own sentence that holds what the question asks
ROLE_SECTIONS_MAX = 24  # sections of a role searched for its own material (a flattened form splits one into many)
MENTION_MIN = 0.35
# A question refused (or answered from another post) because of its post, whose own words beyond the
# post and its intent one retrieved sentence says nearly all of: that sentence answers instead
RESCUE_COVER = 0.6
RESCUE_FEATS = 2  # words of the documents the question must ask beyond the post and its intent
_RESCUE_INTENTS = (Intent.duty, Intent.qualification, Intent.attribute, Intent.method, Intent.kpi)
_POST_REFUSALS = ("岗位不在知识库中", "岗位只被提及, 没有说明", "资料未写明")
# attributes a requirement list either states recognisably or not at all: when it does not, the
# list is shown as what is stated instead, and the answer says the attribute is not
_STATED_ONLY = ("certificate", "education", "major", "experience", "gender", "age")
# Facts stated as a figure: a question asking "几年"/"多少钱" of one stated without any is not answered
_FIGURES = {"experience": re.compile(r"[\d一二两三四五六七八九十半]+\s*(?:年|个月|月|周|天)"), "pay": re.compile(r"\d|面议|[一二三四五六七八九十两]+\s*[千万]|[过上破近超]万")}
_ATTRIBUTE_FALLBACK = {
    "education": SectionKind.qualifications, "major": SectionKind.qualifications, "experience": SectionKind.qualifications,
    "certificate": SectionKind.qualifications, "skills": SectionKind.qualifications, "age": SectionKind.qualifications,
    "gender": SectionKind.qualifications, "personal": SectionKind.qualifications, "other_requirements": SectionKind.qualifications, "purpose": SectionKind.duties,
}  # fmt: skip


def _left_out(items: list[AnswerItem], u: Understanding, exclusions: list[str], synonyms: list[list[str]]) -> bool:
    """A topic word of the question occurs in the answer only in a sentence saying the document
    leaves it out ("…年假天数均不在本篇范围内"): the documents do not state it. The question's words
    count in their other wordings too ("年假" / "年休假天数不在本节选内")."""
    out = [it for it in items if any(w in it.text for w in exclusions)]
    if not out:
        return False
    role = bigrams(content_text(u.role or ""))
    rest = "\n".join(it.text for it in items if it not in out)
    groups = [g for g in synonyms if any(len(t) >= 2 and t in u.question for t in g)]
    if any(t in rest for g in groups for t in g):
        return False  # "请假找谁批": the other sentences speak of what was asked, in one of its wordings
    asked = (bigrams(content_text(u.question)) | {b for g in groups for w in g for b in bigrams(w)}) - role
    return any(b in it.text and b not in rest for it in out for b in asked)


def _fact_unspoken(ctx: c.Context, draft: c.Draft) -> bool:
    """"渗滤液处理工工资多少" answered by the passages nearest it ("岗位详情稍后公布", how to apply): no
    line states the fact (fields.toml ``states``) nor names it."""
    u = ctx.u
    if not (draft.quoted and u.intent == Intent.attribute and u.attribute and not u.has_role):
        return False
    pattern = c.states_pattern(ctx, u.attribute)
    words = c.attribute_words(ctx, u.attribute)
    return pattern is not None and not any(pattern.search(it.text) or any(w in fold(it.text) for w in words) for it in draft.items)


def _unjudged(items: list[AnswerItem], question: str, judgments: list[Judgment]) -> tuple[str, str] | None:
    """The judgment a question asks for ("哪个更好学") that no quoted sentence states, and its kind;
    else None."""
    for judgment in judgments:
        asked = next((w for w in judgment.asks if w in question), None)
        if asked and not any(w in it.text for it in items for w in judgment.states):
            return asked, judgment.kind
    return None


def _turned_back(question: str, conversation: Conversation | None, snap: KnowledgeSnapshot) -> Turn | None:
    """The turn of the post a question goes back to: "回到刚才那个岗位, 他要什么专业?", or "他得熟悉
    哪些法?" after a department's KPI sheet (the person discussed before it); None otherwise."""
    named = conversation.last_role() if conversation is not None else None
    if conversation is None or named is None or not named.previous.role:
        return None
    current = named.previous.role
    entry = snap.inventory.get(current)
    if any(w in question for w in snap.lexicon.intents.followup.back):
        return conversation.role_before(current)
    if entry is not None and entry.is_department and not entry.has_profile and any(w in question for w in snap.lexicon.intents.followup.persons):
        return conversation.role_before(current, skip=lambda r: bool((e := snap.inventory.get(r)) and e.is_department))
    return None


def _items_wanted(question: str, lexicon: Lexicon) -> int:
    """How many items the list a "第三条" / "最后那条" points at must have: the last item is of a
    list (two items or more), never of a one-value answer ("直属上级：厨师长") given since."""
    n = expand_number(question, lexicon) or 1
    return n if n > 0 else max(2, -n)


def _part_said(part: str, text: str, lexicon: Lexicon) -> bool:
    """Whether a line states a part of the pay asked ("高温补贴" by "高温及有毒有害岗位津贴"): its word, a
    synonym of it (synonyms.toml; 员工餐 is no 餐补), or its head and its kind apart."""
    words = {part} | {w for g in lexicon.synonyms.groups if part in g for w in g}
    if any(w in text for w in words):
        return True
    kinds = next((g for g in lexicon.synonyms.groups if any(part.endswith(w) and w != part for w in g)), [])
    tail = next((w for w in kinds if part.endswith(w) and w != part), "")
    return bool(tail) and part[: -len(tail)] in text and any(w in text for w in kinds)


_LINE_LABEL = re.compile(r"^([\u4e00-\u9fff]{3,8})[:：]")  # "外勤津贴：…": a line labelled by what it is about
NAMED_LIST_MIN = 4  # characters of a list's heading ("岗位工作目标") a question names it by


def _named_list_kind(ctx: c.Context) -> SectionKind | None:
    """The kind of the post's list whose own heading the question names, when one list is so named."""
    q = squash(fold(ctx.u.question))
    kinds = {kind for p in ctx.snapshot.profiles_of(ctx.u.role or "")
             for kind, items in ((SectionKind.kpi, p.kpis), (SectionKind.duties, p.duties), (SectionKind.qualifications, p.qualifications))
             for item in items if item.heading and len(h := squash(fold(item.heading)).rstrip(":：")) >= NAMED_LIST_MIN and h in q}  # fmt: skip
    return next(iter(kinds)) if len(kinds) == 1 else None


_GROUP_BEFORE_ORDINAL = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:里面|当中|里|中|的){0,2}(?:第|头)")


def _nth_of_named_group(ctx: c.Context, n: int) -> c.Draft | None:
    """"基本技能第一条说的是什么": the n-th item of the post's group of items headed by the words before
    the ordinal ("岗位任职基本技能"), whatever list the last answer showed."""
    m = _GROUP_BEFORE_ORDINAL.search(ctx.u.question)
    if m is None or not ctx.u.role or n < 1:
        return None
    word = squash(m.group(1)).rsplit("的", 1)[-1]  # ("他的工作内容第3条": the group is 工作内容)
    # ("岗位职责第三条": the list itself, the one the last answer showed; unless the post has a list so
    # headed beside others, "工作内容" apart from its 岗位职责)
    kind_word = word in {squash(w) for words in ctx.lexicon.sections.kinds.values() for w in words}
    # (the post's other spellings too: 快递业业务员's 岗位职责 and 快递业务员's 工作内容 describe one post)
    titles = dict.fromkeys([ctx.u.role, *ctx.snapshot.inventory.variants(ctx.u.role), *([ctx.u.asked_role] if ctx.u.asked_role else [])])
    for kind in (SectionKind.duties, SectionKind.qualifications):
        pairs = [pair for t in titles for p in ctx.snapshot.profiles_of(t)
                 for pair in zip(c._profile_units(ctx, p, kind), c._items_of(p, kind))]
        units = [x for x, item in pairs if len(word) >= NAMED_LIST_MIN and word in squash(item.heading or "")]
        if kind_word and len(units) == len(pairs):
            continue
        if 1 <= n <= len(units):
            return c.expand(ctx, n, [units[n - 1]], [])
    return None


def _titled_list_kind(ctx: c.Context) -> SectionKind | None:
    """The kind of the post's list whose heading, after the post's title, is words the question uses
    ("xx公司人力资源招聘专员(一级)行为标准" for "招聘专员的行为标准呢"), when one kind is so named."""
    q, snap = squash(fold(ctx.u.question)), ctx.snapshot
    names = [squash(fold(n)) for n in (ctx.u.role, ctx.u.asked_role) if n]
    kinds = set()
    for sid in snap.sections_with_role(names[0] if names else "")[:TITLED_LIST_SECTIONS]:
        section = snap.section(sid)
        if section is None or section.kind not in (SectionKind.duties, SectionKind.qualifications, SectionKind.kpi):
            continue
        heading = squash(fold(strip_marker(section.heading or ""))).rstrip(":：")
        at = next((heading.find(n) + len(n) for n in names if n in heading), -1)
        tail = heading[at:] if at >= 0 else ""
        if len(tail) >= NAMED_LIST_MIN and tail in q:
            kinds.add(section.kind)
    return next(iter(kinds)) if len(kinds) == 1 else None


TITLED_LIST_SECTIONS = 30  # the post's sections looked at for a list headed by the words asked
_KIND_INTENT = {SectionKind.duties: Intent.duty, SectionKind.qualifications: Intent.qualification, SectionKind.kpi: Intent.kpi}


def _within_post(ctx: c.Context, found: c.Draft, role: str | None) -> bool:
    """Whether every line a mention draft quotes is the material of ``role`` itself ("护士长" asked, its
    lines all in 病区护士长's description and KPI table): that post's own answer says them."""
    units = [x for group in found.item_units for x in group]
    if not role or not units:
        return False
    own = squash(role)
    return all((p := ctx.snapshot.profile_at(x.file, x.line_start)) is not None and squash(p.title) == own for x in units)


def _inside_titles(ctx: c.Context, found: c.Draft, asked: str) -> bool:
    """Whether the asked words stand, in every line a mention draft quotes, only inside longer titles
    the knowledge base has ("运维工程师" in 充电运维工程师 and 储能运维工程师): no line names the asked post."""
    key = squash(asked)
    longer = sorted((squash(e.title) for e in ctx.snapshot.inventory.entries.values()
                     if key in squash(e.title) and len(squash(e.title)) > len(key)), key=len, reverse=True)  # fmt: skip
    units = [x for group in found.item_units for x in group]
    if not longer or not units:
        return False
    for x in units:
        text = squash(x.text + (x.heading or ""))
        for title in longer:
            text = text.replace(title, "|")
        if key in text:
            return False
    return True


def _one_part(item_units: list[list[Unit]]) -> str | None:
    """The heading every item shown stands under (one part of a list in parts), else None."""
    headings = {x.heading for units in item_units for x in units if x.heading}
    return headings.pop() if len(headings) == 1 else None


def _cue_in_name(ctx: c.Context, name: str) -> bool:
    """Whether every word of the question that asks the attribute lies inside the indicator's name,
    which the question says whole or as that word's target ("收入目标" of 投顾服务收入)."""
    q, inside = fold(ctx.u.question), fold(name)
    said = [w for w in c.attribute_words(ctx, ctx.u.attribute or "") if w in q]
    targeted = any(fold(w + t) in q for w in said for t in ctx.lexicon.kpi.target_words)
    return bool(said) and all(w in inside for w in said) and (squash(inside) in squash(q) or targeted)


class Assistant:
    """Grounded question answering over the current knowledge snapshot."""

    def __init__(
        self,
        settings: Settings,
        snapshot: KnowledgeSnapshot | Callable[[], KnowledgeSnapshot],
        searcher: Any = None,
        embed: EmbedFn | None = None,
        llm: Any = None,
        scope: ScopeModel | None = None,
    ) -> None:
        self.settings = settings
        self._snapshot = snapshot
        self.searcher = searcher
        self.embed = embed
        self.llm = llm
        self.scope = scope or ScopeModel.shipped()
        self._classifiers: dict[int, IntentClassifier] = {}

    @property
    def snapshot(self) -> KnowledgeSnapshot:
        return self._snapshot() if callable(self._snapshot) else self._snapshot

    def classifier(self, snapshot: KnowledgeSnapshot) -> IntentClassifier:
        key = id(snapshot.lexicon)
        if key not in self._classifiers:
            self._classifiers = {key: IntentClassifier(snapshot.lexicon, self.embed)}
        return self._classifiers[key]

    @cached_property
    def chain(self):  # noqa: ANN201 - a LangChain Runnable
        """The stages as a LangChain runnable sequence, for composing with other runnables.

        ``stream`` runs the same stages directly: importing LangChain's runnables (and its tracing
        stack) costs ~0.7 s, most of a one-off ``gangwei ask``, and adds nothing to the answer.
        """
        from langchain_core.runnables import RunnableLambda

        return (
            RunnableLambda(self._understand, name="understand")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._compose, name="compose")
        )

    def warmup(self) -> None:
        if self.searcher is not None and hasattr(self.searcher, "warmup"):
            self.searcher.warmup()
        snap = self.snapshot
        if not snap.empty:
            self.understand("岗位职责", None, snap)

    # --- public API ----------------------------------------------------------------------------

    def understand(
        self, question: str, conversation: Conversation | None = None, snapshot: KnowledgeSnapshot | None = None
    ) -> Understanding:
        snap = snapshot or self.snapshot
        topic = conversation.last_topic() if conversation is not None else None
        wanted = _items_wanted(question, snap.lexicon)
        listed = conversation.last_listed(wanted) if conversation is not None else None
        named = conversation.last_role() if conversation is not None else None
        last = conversation.last if conversation is not None else None
        other = None
        if conversation is not None and named is not None and named.previous.role:
            other = conversation.role_before(named.previous.role)  # "这俩": this post and the one before it
            earlier = _turned_back(question, conversation, snap)
            if earlier is not None:
                topic = listed = named = earlier
        return understand(question, snap, self.classifier(snap), topic.previous if topic else None,
                          listed.previous if listed else None, named.previous if named else None,
                          last.previous if last else None, other.previous if other else None)  # fmt: skip

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        answer: Answer | None = None
        for part in self.stream(question, conversation, deltas=False):
            if isinstance(part, Answer):
                answer = part
        assert answer is not None
        return answer

    def stream(self, question: str, conversation: Conversation | None = None, deltas: bool = True) -> Iterator[str | Answer]:
        """Text deltas (str) as they are produced, then the final ``Answer``."""
        started = time.perf_counter()
        state = self._compose(self._retrieve(self._understand({"question": question, "conversation": conversation, "timings": {}})))
        answer: Answer = state["answer"]
        draft: c.Draft = state["draft"]
        if self.llm is not None and not draft.refused and draft.items:
            t0 = time.perf_counter()
            evidence = _evidence(state["book"], draft)
            final = None
            for part in self.llm.stream_answer(answer, evidence, deltas=deltas):
                if isinstance(part, Answer):
                    final = part
                else:
                    yield part
            answer = final or answer
            answer.timings["llm"] = time.perf_counter() - t0
        elif deltas:
            for line in answer.text.splitlines(keepends=True):
                yield line
        answer.timings["total"] = time.perf_counter() - started
        if conversation is not None:
            self.remember(conversation, state["u"], answer, draft.item_units, draft.numbered, state.get("snapshot"), draft.focus)
        yield answer

    @staticmethod
    def remember(conversation: Conversation, u: Understanding, answer: Answer, item_units: list[list[Unit]],
                 numbered: int = 0, snapshot: KnowledgeSnapshot | None = None, focus: int = 0) -> None:
        role = answer.role or (u.role if u.has_role else None)
        # a post the answer was about though the question named none ("库存损耗率目标是多少?" read
        # with the conversation): "他" next refers to it
        status = (u.role_status if u.role_status != "none" else "known") if role else "none"
        asked_role = u.asked_role
        if (answer.role and not answer.refused and u.role_status == "mentioned"
                and squash(answer.role) != squash(u.mention or u.asked_role or "")):  # fmt: skip
            # "专门算工资的那个专员…" answered from 薪资核算专员's own list: the next turn is about that
            # post, which the documents describe, not about the bare word they only mention
            status, asked_role = "known", answer.role
        if role is None and u.role_status == "mentioned" and u.asked_role:
            # a post only an organisation chart names ("总工程师向谁汇报?"): "他负责什么?" is about it
            role, status = u.mention or u.asked_role, "mentioned"
        if role is None and not answer.refused and (u.describes_post or u.intent == Intent.attribute and u.attribute):
            # "管派车调度那个岗平常忙些啥", "袜业那家的财务一把手顶头上司是谁" answered from one post's
            # material though the question named it by a description or a nickname: "这人向谁汇报"
            # next is about that post (not after "岗位分成哪几类", whatever its answer quotes)
            named = [x.role for group in item_units for x in group]
            if None in named and snapshot is not None:
                # passages of a form whose sections name no post ("岗位名称：经理"): the profile they are in
                named = [x.role or ((p := snapshot.profile_at(x.file, x.line_start)) and p.title) or None
                         for group in item_units for x in group]  # fmt: skip
            # the post the answer is mostly about, and leads with (another post's lines may follow)
            top = Counter(named).most_common(1)
            if top and top[0][0] is not None and named[0] == top[0][0] and top[0][1] * 2 > len(named):
                role, status = top[0][0], "known"
        previous = PreviousTurn(
            question=u.question,
            intent=u.intent,
            attribute=u.attribute,
            attributes=list(u.attributes),
            role=role,
            asked_role=asked_role if role else None,
            role_status=status,
            off_topic=answer.refused and not role and not u.asked_role,
            items=len(answer.items),
            item_texts=[i.text for i in answer.items],
            profile_id=answer.role_ref.profile_id if answer.role_ref is not None else None,
            expanded=u.followup in ("expand", "expand_list"),
            kpi_row=len(item_units) == 1 and bool(item_units[0]) and item_units[0][0].section_kind == SectionKind.kpi,
            kpi_focus=u.expand_last,
            focus_item=focus,
            part=_one_part(item_units),
        )
        conversation.add(Turn(previous=previous, answer=answer, items=[[UnitRef.of(x) for x in group] for group in item_units],
                              numbered=numbered))  # fmt: skip

    def scope_features(self, question: str) -> dict[str, Any]:
        """What the scope decision sees for a standalone question (for calibration and --explain)."""
        state = self._retrieve(self._understand({"question": question, "conversation": None, "timings": {}}))
        u: Understanding = state["u"]
        scorer: Scorer = state["scorer"]
        units = scorer.units()
        return {
            "dense": scorer.scope_dense,
            "lexical": scorer.scope_lexical(units),
            "core": names_core_topic(u.question, self.snapshot.lexicon),
            "role_status": u.role_status,
            "intent": u.intent.value,
            "smalltalk": u.smalltalk,
        }

    # --- stages --------------------------------------------------------------------------------

    def _understand(self, state: dict) -> dict:
        t0 = time.perf_counter()
        snap = self.snapshot
        state["snapshot"] = snap
        conversation: Conversation | None = state.get("conversation")
        wanted = _items_wanted(state["question"] or "", snap.lexicon)
        state["prev"] = conversation.last_listed(wanted) if conversation is not None else None
        back = _turned_back(state["question"] or "", conversation, snap) if conversation is not None else None
        if back is not None and back.items:
            state["prev"] = back  # "切回前一个岗位，第一条…": the list of the post gone back to
        state["u"] = self.understand((state["question"] or "").strip(), conversation, snap)
        state["timings"]["understand"] = time.perf_counter() - t0
        return state

    def _retrieve(self, state: dict) -> dict:
        t0 = time.perf_counter()
        u: Understanding = state["u"]
        snap: KnowledgeSnapshot = state["snapshot"]
        hits: list = []
        kind = c.kind_of(u.intent)
        if self.searcher is not None and not snap.empty and not u.smalltalk and u.followup != "expand":
            query = u.rewritten or u.question
            if u.role and u.followup and u.role not in query:
                query = f"{u.role} {query}"
            try:
                # list kinds are reliable section labels; KPI talk is as often in prose as in KPI sections
                boost = kind if kind in (SectionKind.duties, SectionKind.qualifications) else None
                hits = self.searcher.search(
                    query,
                    k=SEARCH_K,
                    boost_kinds=[boost] if boost else None,
                    boost_roles=[u.role] if u.has_role and u.role else None,
                )
            except Exception:  # noqa: BLE001 - answering continues on the role's own records
                hits = []
        prev: Turn | None = state.get("prev")
        context = prev.previous.question if prev is not None and u.followup else None
        state["hits"] = hits
        scorer = Scorer(snap, u.rewritten or u.question, hits, kind, context=context, role=u.role, terms=u.terms)
        # organisation names of the knowledge base only: an industry word (银行, 期货) is a topic
        names = {name for name, _ in snap.organisation_names()}
        topic = without_organisations(without_set_aside(u.question), [w for w in u.org_words if w in names])
        # a question searched with the one before ("context"): whether the knowledge base answers is
        # judged on its own words; the chain keeps it on the passage just shown only when it says them
        alone_asked = topic != u.question or (u.followup == "context" and u.rewritten is not None)
        if hits and self.searcher is not None and not u.has_role and alone_asked and len(squash(topic)) >= 2:
            # "临江水务婚假有几天": the company's name makes any of its passages look close; whether
            # the knowledge base answers is judged on what is asked about (the ranking keeps the name)
            try:
                alone = self.searcher.search(topic, k=SEARCH_K)
            except Exception:  # noqa: BLE001
                alone = []
            scorer.scope_dense = max((h.signals.get("dense_sim", 0.0) for h in alone), default=0.0) or None
            scorer.scope_feats = bigrams(content_text(topic))
        state["scorer"] = scorer
        state["timings"]["retrieve"] = time.perf_counter() - t0
        return state

    def _compose(self, state: dict) -> dict:
        t0 = time.perf_counter()
        u: Understanding = state["u"]
        snap: KnowledgeSnapshot = state["snapshot"]
        book = CitationBook(snap)
        ctx = c.Context(snapshot=snap, u=u, scorer=state["scorer"], book=book)
        draft = c.Draft(text=EMPTY_INDEX_MESSAGE, refused=True, note="知识库为空") if snap.empty else self._draft(ctx, state.get("prev"), state.get("conversation"))
        rescued = None if snap.empty else self._rescue(ctx, draft)
        if rescued is not None:
            draft, book = rescued
        elif not snap.empty and u.followup not in ("expand", "expand_list", "first_items", "more"):
            fresh = CitationBook(snap)
            part = c.left_out_part(replace(ctx, book=fresh), draft)
            if part is not None:
                draft, book = part, fresh
        u = ctx.u  # the drafting may have read the role differently (a unit's post only named)
        if not draft.refused and draft.items and (
            all(any(w in item.text for w in snap.lexicon.scope.deferrals) for item in draft.items)
            or _left_out(draft.items, u, snap.lexicon.scope.exclusions, snap.lexicon.synonyms.groups)
            or _fact_unspoken(ctx, draft)
        ):
            # every sentence found says the documents leave it out ("本手册不作规定"), or none speaks of
            # the fact asked: that is the answer
            draft = replace(draft, refused=True, note="资料未写明", text=f"资料中没有写明这一点，只写了：\n\n{draft.text}")
        elif not draft.refused and draft.items and (asked := _unjudged(draft.items, u.question, snap.lexicon.scope.judgments)):
            # "React和Vue哪个更好学": nothing quoted makes that judgment; the lines near its words are no answer
            draft = replace(draft, refused=True, note="资料未写明",
                            text=f"资料中没有关于「{escape_md(asked[0])}」这类{asked[1]}的内容，只写了：\n\n{draft.text}")
        else:
            draft = c.counted(ctx, draft)
        answer = Answer(
            question=u.question,
            intent=Intent.out_of_scope if draft.refused and not u.has_role and u.role_status != "unknown" else u.intent,
            role=draft.role if not draft.refused else (u.role if u.has_role else None),
            role_ref=draft.role_ref,
            attribute=u.attribute,
            text=draft.text,
            items=draft.items,
            citations=list(book.citations),
            refused=draft.refused,
            note=draft.note,
            caveat=draft.caveat,
            timings=dict(state["timings"]),
        )
        if draft.refused and u.role_status == "unknown":
            answer.intent = Intent.out_of_scope
        answer.timings["compose"] = time.perf_counter() - t0
        state.update(draft=draft, book=book, answer=answer, u=u)
        return state

    def _rescue(self, ctx: c.Context, draft: c.Draft) -> tuple[c.Draft, CitationBook] | None:
        """"个贷客户经理那个6大类28项的胜任力模型是哪几类", "卷烟客户经理在市场预测这块要做扎实哪几件事": the post as
        asked is described nowhere (unknown, only named, the fact not stated, or answered from another
        post), yet one retrieved sentence says nearly everything else the question asks. An essay
        talks about a post without a profile of it; that sentence is the answer, labelled as such."""
        u = ctx.u
        if u.intent not in _RESCUE_INTENTS or not u.asked_role or u.smalltalk or u.followup in ("expand", "expand_list", "first_items", "more"):
            return None
        refused = draft.refused and draft.note in _POST_REFUSALS
        substituted = (not draft.refused and (bool(draft.caveat) or u.role_status in ("related", "narrower")) and bool(draft.role)
                       and squash(draft.role or "") != squash(u.asked_role))  # fmt: skip
        if not (refused or substituted):
            return None
        lex = ctx.lexicon
        words = [*lex.scope.generic_words, *lex.intents.intents.get(u.intent.value, IntentEntry()).cues]
        kind = c.kind_of(u.intent)
        if kind is not None:
            words += c.kind_words(ctx, kind)
        for attribute in dict.fromkeys([*(u.attributes or []), *([u.attribute] if u.attribute else [])]):
            words += c.attribute_words(ctx, attribute)
        df = ctx.snapshot.idf.df
        asked = {f for f in c.specific_feats(u.question, u.asked_role, " ".join(words), df) if df.get(f, 0)}
        # the post as the question names it, with its unit or company ("现金营运中心库管员"), asks
        # nothing beyond the post: a list naming it holds those words too
        named = re.findall(r"[^\s的之那这,，。？?！!、：:；;（）()]*" + re.escape(fold(u.asked_role)), fold(u.question))
        asked -= bigrams(" ".join([*named, *u.org_words, *filter(None, (u.asked_role, u.role, draft.role))]))
        if len(asked) < RESCUE_FEATS:
            return None
        if substituted and coverage(asked, {f for item in draft.items for f in bigrams(item.text)}, ctx.snapshot.idf) >= RESCUE_COVER:
            return None  # the other post's material says what is asked
        book = CitationBook(ctx.snapshot)
        intro = f"资料中没有「{escape_md(u.asked_role)}」这方面的专门说明；以下原文与您的问题最相关，请对照理解："
        # a post the documents name is looked for in the articles that name it (a speech names its post
        # once, then says "职位"); one they never name, wherever the rest is said
        about = u.asked_role if ctx.snapshot.mentioned(u.asked_role) else None
        # ("他们每个月能拿多少钱": a sentence on the pay, not one that says 每个月 of something else)
        fact = ([fold(w) for a in dict.fromkeys([*(u.attributes or []), u.attribute]) for w in c.attribute_words(ctx, a) if len(w) >= 2]
                if u.intent == Intent.attribute and u.attribute else None)  # fmt: skip
        found = c.passages(c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=book), intro=intro, about=about,
                           covering=(asked, RESCUE_COVER), sourced=True, mentioning=fact)  # fmt: skip
        if found is None:
            return None
        if u.has_role and u.role_status == "known" and self._all_own(ctx, found):
            # "这岗位得熟悉哪些法律法规" of the post just discussed, said by its own requirements in other
            # words ("熟悉《劳动法》…"): the post's material, shown as such, and the post stays the topic
            own = f"「{escape_md(u.role or '')}」的资料中与此相关的原文如下，请对照理解："
            return replace(found, text=found.text.replace(intro, own, 1), role=u.role, note="相关原文", caveat=None), book
        return replace(found, role=None, note="相关原文", caveat=None), book

    def _all_own(self, ctx: c.Context, draft: c.Draft) -> bool:
        """Whether every sentence of the draft is of the asked post's own sections."""
        own = set(self._role_sections(ctx))
        units = [x for group in draft.item_units for x in group]
        return bool(units) and all(x.section_id in own for x in units)

    # --- decisions -----------------------------------------------------------------------------

    def _draft(self, ctx: c.Context, prev: Turn | None, conversation: Conversation | None = None) -> c.Draft:
        u = ctx.u
        if u.intent not in (Intent.jd_draft, Intent.kpi_design) and asks_foreign_task(u.question, ctx.lexicon):
            return c.refusal(ctx, "no_evidence")  # "帮我写个Python脚本统计测试良率": no question about a post
        # (its words but the asking ones: "点开门" of 几点开门, which "9点开门" says and "重点开发" does not)
        live = {run for w in ctx.lexicon.scope.business_facts if fold(w) in fold(u.question)
                for run in re.sub(r"哪|几|多少|什么|啥", " ", fold(w)).split() if len(run) >= 2}
        if live and u.intent not in (Intent.jd_draft, Intent.kpi_design) and not any(
                run in fold(x.text) for x in ctx.scorer.units() for run in live):  # fmt: skip
            # "岗厦那个网点几点开门", "今天献血车停在哪": the business's own live facts, which no passage
            # found states (a post, a place named in them is no answer to them)
            return c.refusal(ctx, "no_evidence")
        if any(w in u.question for w in ctx.lexicon.scope.old_version_asks):
            # "以前老版本是怎么写的" (of the post just discussed): the superseded part, said to be so
            last = conversation.last_role() if conversation is not None and not u.has_role else None
            sub = c.Context(snapshot=ctx.snapshot, scorer=ctx.scorer, book=ctx.book,
                            u=u.model_copy(update={"role": last.previous.role})) if last is not None else ctx  # fmt: skip
            old = c.old_version(sub) if sub.u.role else None
            if old is not None:
                ctx.u = sub.u
                return old
        if u.role and (u.intent == Intent.kpi or prev is not None and prev.answer.intent == Intent.kpi) and (valued := c.valued_indicators(ctx)):
            # "权重是0的那个是啥": the indicator picked by the value stated, not the one last shown
            ctx.u = u = u.model_copy(update={"intent": Intent.kpi, "attribute": None, "attributes": []})
            return c.kpi_detail(ctx, valued[0]) if len(valued) == 1 else c.kpi_list(ctx, valued, u.role or "")
        if u.expand_last and conversation is not None and conversation.last is not None:
            prev = conversation.last  # the one indicator just shown, though the turn only expanded a list's item
            other = c.pointed_indicator(ctx, {squash(i.text) for i in prev.answer.items})
            if other is not None:
                return c.kpi_detail(ctx, other)  # "绩效薪资那个权重多少": another indicator of the post, by its words
        if (prev is not None and prev.answer.intent == Intent.kpi and u.intent != Intent.kpi_design and not u.expand_item
                and u.role_status != "mentioned"):  # ("财务分析会计几点下班" names a post: no indicator's words)  # fmt: skip
            # "那工资出错那个呢" after a post's indicators: the listed indicator its words point at,
            # whatever else the words could ask (工资 is also pay)
            listed = c.listed_indicator(ctx, prev.answer.items)
            if listed is not None:
                ctx.u = u = u.model_copy(update={"intent": Intent.kpi, "attribute": None, "attributes": []})
                return c.kpi_detail(ctx, listed)
        if u.followup == "expand" and prev is not None and u.expand_item is not None:
            last = conversation.last if conversation is not None else None
            if (last is not None and last is not prev and last.previous.expanded and last.previous.role
                    and u.expand_item > len(prev.items)):  # fmt: skip
                # "那第8条呢" right after "职责里第7条…" expanded an item of the post's own list: that list
                sub_u = u.model_copy(update={"role": last.previous.role, "intent": last.previous.intent})
                listed = c.role_list(c.Context(snapshot=ctx.snapshot, u=sub_u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot)),
                                     c.kind_of(last.previous.intent) or SectionKind.duties)  # fmt: skip
                if listed is not None and 1 <= u.expand_item <= len(listed.item_units):
                    ctx.u = sub_u
                    return c.expand(ctx, u.expand_item, listed.item_units[u.expand_item - 1], [])
            grouped = _nth_of_named_group(ctx, u.expand_item)
            if grouped is not None:
                return grouped
            parted = self._list_part(ctx, prev)
            return parted if parted is not None else self._expand(ctx, prev, u.expand_item)
        if u.followup == "first_items" and prev is not None and u.expand_item:
            return c.first_items(ctx, [[ref.unit() for ref in group] for group in prev.items[: u.expand_item]])
        if u.followup == "expand_list" and u.expand_item is not None and u.has_role:
            part = self._nth_part(ctx, u)  # "第三块职责具体有哪些" of a list under its parts' headings: that part, whole
            if part is not None:
                return part
            grouped = _nth_of_named_group(ctx, u.expand_item)  # "他的工作内容第3条": the group so headed
            if grouped is not None:
                return grouped
            listed = c.role_list(c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot)),
                                 c.kind_of(u.intent) or SectionKind.duties)  # fmt: skip
            n = u.expand_item if u.expand_item > 0 else len(listed.items) + 1 + u.expand_item if listed else 0
            if listed is not None and 1 <= n <= len(listed.item_units):
                return c.expand(ctx, n, listed.item_units[n - 1], [])
        if u.describes_post and not u.has_role and not u.followup and u.intent in (Intent.duty, Intent.qualification):
            # "管钱的那个部门经理平时干什么": the post whose material answers best, its own whole list
            described = self._described_post(ctx)
            if described is not None:
                return described
        if u.followup == "more" and u.has_role and u.intent == Intent.attribute and u.attribute:
            # "还有别的吗?" after one fact: the rest of the requirements for a requirement, else the
            # same fact from a source not shown yet, else "that was all"
            if u.attribute in QUALIFICATION_ATTRIBUTES:
                ctx.u = u = u.model_copy(update={"intent": Intent.qualification, "attribute": None, "attributes": []})
                whole = c.role_list(ctx, SectionKind.qualifications)
                if whole is not None and prev is not None and len(whole.items) > len(prev.answer.items):
                    return whole  # "学历有要求不" then "还有别的要求吗": the whole list the one line came from
            else:
                shown = {squash(i.text) for i in prev.answer.items} if prev is not None else set()
                again = c.attribute(c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot)))
                if again is not None and not again.refused and any(squash(i.text) not in shown for i in again.items):
                    return c.attribute(ctx) or again
                return c.nothing_more_about(ctx, c.attribute_label(ctx, u.attribute))
        if u.followup == "more" and u.has_role and u.intent == Intent.kpi and prev is not None:
            rest = c.rest_of_kpis(ctx, [i.text for i in prev.answer.items])
            if rest is not None:
                return rest
        if u.followup == "more" and u.has_role:
            kind = c.kind_of(u.intent) or SectionKind.duties
            trial = c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot))
            more = c.role_list(trial, kind, skip_primary=True)
            # "还有吗?" after any turn (a list, an expanded item): only a profile not shown yet is "more"
            shown = conversation.shown_profiles() if conversation is not None else set()
            if prev is not None and prev.answer.role_ref is not None:
                shown.add(prev.answer.role_ref.profile_id)
            if prev is not None and prev.answer.role_ref is not None and prev.answer.items:
                # the last list was cut (at MAX_ITEMS, or at the count asked): its next items come first
                # (after the last of its own items shown: another source's items may follow it)
                rest = c.rest_of_list(ctx, kind, prev.answer.role_ref.profile_id, [i.text for i in prev.answer.items])
                if rest is not None:
                    return rest
            seen = {squash(i.text) for i in prev.answer.items} if prev is not None else set()
            if more is not None and all(squash(i.text) in seen for i in more.items):
                return c.nothing_more(ctx, kind)  # the other source's items were shown below the list
            if more is not None and (more.role_ref is None or more.role_ref.profile_id not in shown):
                return c.role_list(ctx, kind, skip_primary=True) or more
            return c.nothing_more(ctx, kind)
        if u.smalltalk and not u.has_role:
            return c.refusal(ctx, "smalltalk")
        if asks_inventory(u.question, ctx.lexicon):
            # "板式车间有哪些岗位": the posts of the unit named (a unit of the inventory, or one the
            # posts' own departments name)
            entry = ctx.snapshot.inventory.get(u.role or "") if u.has_role else None
            units = [entry.title] if entry is not None and entry.is_department and not entry.has_profile else []
            units += [] if u.has_role else u.org_words
            listed = next(filter(None, (c.unit_posts(ctx, unit) for unit in units)), None)
            if listed is not None:
                return listed
        if not u.has_role and u.role_status == "none" and asks_inventory(u.question, ctx.lexicon):
            # "操作型具体包括哪些岗位": a kind of post the documents talk about, not the list of posts
            generic = " ".join(ctx.lexicon.scope.generic_words + ctx.lexicon.intents.inventory.cues)
            said = [f for f in c.specific_feats(u.question, None, generic) if ctx.snapshot.idf.df.get(f, 0)]
            if len(said) < INVENTORY_SPECIFIC_MAX:
                return c.role_inventory(ctx)
        if u.role_status == "narrower" and u.asked_role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute):
            entry = ctx.snapshot.inventory.get(u.role or "")
            if entry is not None and entry.is_department and not entry.has_profile and ctx.snapshot.mentioned(u.asked_role):
                # "机坪保障部经理" when only the unit's KPI table exists: the post heading the unit is
                # a post of its own, named by the documents, not the unit's indicators
                u = ctx.u = u.model_copy(update={"role": None, "role_status": "mentioned"})
        if u.role_status == "known" and u.role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute):
            entry = ctx.snapshot.inventory.get(u.role)
            if (entry is not None and not entry.has_profile and not entry.is_department and not entry.kinds - {"kpi"}
                    and ctx.snapshot.mentioned(u.role)):
                # a post only KPI rows are assigned to ("外卖运营专员 30%" on an indicator card) has no
                # profile: its duties or facts are in the passages that name it, as for any post
                # the documents only name
                u = ctx.u = u.model_copy(update={"role_status": "mentioned", "mention": u.mention or u.role,
                                                 "asked_role": u.asked_role or u.role})
        if u.role_status == "related" and u.asked_role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute):
            entry = ctx.snapshot.inventory.get(u.role or "")
            if entry is not None and entry.is_department and not entry.has_profile:
                # "居家服务主管" close to the unit 居家服务部 only: a unit is no relative of a post
                u = ctx.u = u.model_copy(update={"role": None, "role_status": "unknown"})
        if (u.role_status == "related" and u.asked_role and u.role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute)
                and self._listed_apart(ctx, u.asked_role, u.role)):  # fmt: skip
            # "票证员" and "票证稽查员" side by side in one list: two posts, not a relative to answer with
            u = ctx.u = u.model_copy(update={"role": None, "role_status": "mentioned"})
        if u.role_status == "mentioned" and u.asked_role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute):
            # "护士" named only in passing, "门诊护士" and "病区护士" described: answer from those
            kind = c.kind_of(u.intent) or SectionKind.qualifications
            compose = c.attribute if u.intent == Intent.attribute and u.attribute else lambda sub: c.role_list(sub, kind)
            varied = self._from_variant(ctx, compose)
            if varied is not None:
                return varied
            if u.intent == Intent.attribute and u.attribute:
                # a post only an organisation chart names: "区域经理向餐饮事业部总经理汇报" still answers
                stated = self._stated_in_prose(ctx) or c.org_relation(ctx)
                if stated is not None:
                    return stated
            # "监控岗" of "适用于安保员，含门岗、巡逻岗和监控岗": what the documents say of 安保员
            covered = self._from_variant(ctx, compose, covering=True)
            if covered is not None:
                return covered
        if u.role_status == "mentioned" and u.asked_role:
            # the documents name the post; answer only from passages that describe it for this intent
            about = u.mention or u.asked_role
            named = self._sections_naming(ctx, about)
            # "柜员到手月薪能有多少": only lines that speak of the fact asked, not the post's requirements
            # (a requirement is described in its own words: "能独立介绍产品" states an ability unnamed)
            asked = list(dict.fromkeys([*(u.attributes or []), *([u.attribute] if u.attribute else [])]))
            stated = u.intent == Intent.attribute and asked and all(a in PROFILE_FACTS for a in asked)
            fact = [w for a in asked for w in c.attribute_words(ctx, a)] if stated else None
            tried_part = (u.intent in (Intent.duty, Intent.qualification) and u.mention and squash(u.mention) != squash(u.asked_role)
                          and not any(squash(u.mention).endswith(squash(x)) for x in ctx.lexicon.roles.suffixes if x))  # fmt: skip
            if tried_part:
                # "技术岗" asked, "二、技术：" written among 一、柜员 and 三、客户经理: that part is what is said of it
                part = c.post_part(ctx, about, named)
                if part is not None:
                    return part
            if u.intent in (Intent.kpi, Intent.method):
                # "财务分析会计的月底结帐怎么考核": an indicator of the table that names the post
                files = {sid.split("#", 1)[0] for sid in ctx.snapshot.sections_mentioning(about, limit=20)}
                indicator = c.indicator_in_files(ctx, files, about)
                if indicator is not None:
                    return c.kpi_detail(ctx, indicator)
                listed = c.file_indicators(ctx, files, about) if u.intent == Intent.kpi else None
                if listed is not None:
                    return listed
            # a description said not to be out yet ("职责另行发布") is quoted alone
            found = c.pending_post(ctx, about, named) or c.passages(
                ctx, intro=c.mention_intro(u), about=about, describing=True, extra_sections=named, named=named,
                mentioning=fact)  # fmt: skip
            if found is not None:
                return found
            # "银行柜员想…得具备什么能力" where "一、柜员" heads two requirement lines: the part says what
            # the document asks of the post, though not under the word asked
            part = (c.post_part(ctx, about, named) if u.intent == Intent.attribute and asked and not tried_part
                    and all(a in QUALIFICATION_ATTRIBUTES for a in asked) else None)  # fmt: skip
            if part is not None:
                return part
            if fact:
                return c.mentioned_without(ctx, "、".join(c.attribute_label(ctx, a) for a in asked))
            if u.intent == Intent.kpi:
                # indicators discussed in the text that names the post (a worked example of an
                # essay), else the post is only named
                kpi_words = [fold(w) for w in ctx.lexicon.intents.intents["kpi"].cues if len(w) >= 2]
                found = c.passages(ctx, intro=c.mention_intro(u), about=about, mentioning=kpi_words)
                return found if found is not None else c.only_named(ctx)
            if u.intent in (Intent.duty, Intent.qualification):
                # "这些职位是银行招聘中的香饽饽 / 一、柜员 / 1、既可… 2、取得…": a part headed by the post
                # says what the document says of it, though not as its duties or requirements
                return (None if tried_part else c.post_part(ctx, about, named)) or c.only_named(ctx)
            if u.intent == Intent.attribute:
                return c.only_named(ctx)
        if u.role_status == "unknown" and u.intent in (Intent.duty, Intent.qualification, Intent.attribute, Intent.kpi,
                                                       Intent.jd_draft, Intent.kpi_design):  # fmt: skip
            return c.refusal(ctx, "unknown_role")
        # ("轮换计划完成率目标定的多少": an indicator named with a KPI word, of no post named)
        if (u.intent_source == "default" and u.intent in (Intent.duty, Intent.method) or u.intent == Intent.attribute and u.attribute
                or u.intent == Intent.kpi and not u.has_role and u.role_status == "none" and ctx.lexicon.kpi.fields_asked(u.question)):  # fmt: skip
            # no cue word, but the question names an indicator of the KPI library ("续费率目标是多少?");
            # or its only cue is a word of the indicator's name ("员工工资出错次数怎么算": 工资 is no pay)
            named = c.named_indicators(ctx)
            if named and (u.intent != Intent.attribute or _cue_in_name(ctx, named[0].name)):
                return c.kpi_detail(ctx, named[0])
        if u.has_role and u.compare_with:
            compared = c.compare(ctx, c.kind_of(u.intent) or SectionKind.duties)
            if compared is not None:
                return compared
        if u.has_role and u.intent in (Intent.duty, Intent.qualification, Intent.attribute, Intent.method):
            # "软件开发工程师要用的Spring框架怎么配置数据源", "SRE要不要轮oncall": a term no document
            # writes is something the knowledge base does not talk about
            term = c.unseen_term(ctx, u.question)
            if term is not None:
                return c.not_mentioned(ctx, term)
        if u.has_role:
            drafted = self._about_role(ctx)
            if drafted is not None and not drafted.refused:
                drafted = self._also(ctx, drafted)
                if u.intent == Intent.attribute:
                    drafted = c.term_lines(ctx, drafted)
            if drafted is not None:
                return drafted
        return self._general(ctx, prev, conversation.last_role() if conversation is not None else None)

    @staticmethod
    def _figure_unstated(ctx: c.Context, found: c.Draft) -> c.Draft | None:
        """"他要求工作几年以上" of a posting that says "有实际维护经验", "每个月提成有多少" of a rule that says
        monthly reviews decide it: no figure is stated, and the answer says so above what is."""
        u = ctx.u
        if (found.refused or u.attribute not in _FIGURES or not any(w in u.question for w in ctx.lexicon.scope.amount_asks)
                or any(_FIGURES[u.attribute].search(i.text) for i in found.items)):  # fmt: skip
            return None
        label = c.attribute_label(ctx, u.attribute) or "这一项"
        return replace(found, refused=True, note="资料未写明", text=f"资料中没有写明{label}的具体数字；写明的是：\n\n{found.text}")

    def _also(self, ctx: c.Context, drafted: c.Draft) -> c.Draft:
        """A compound question's other clauses ("…干啥的、要啥条件？"): each answered after the first,
        when the post's material states it."""
        # "在哪个城市，工资多少": the clauses the first answer already took together are not repeated
        together = set(ctx.u.attributes) if ctx.u.intent == Intent.attribute and not ctx.u.attribute else set()
        for key in ctx.u.also:
            intent, _, attribute = key.partition(":")
            if intent == Intent.attribute.value and attribute in together:
                continue
            sub_u = ctx.u.model_copy(update={"intent": Intent(intent), "attribute": attribute or None, "attributes": [], "also": []})
            sub = self._about_role(c.Context(snapshot=ctx.snapshot, u=sub_u, scorer=ctx.scorer, book=ctx.book))
            if sub is not None and not sub.refused:
                drafted = replace(drafted, text=f"{drafted.text}\n\n{sub.text}", items=drafted.items + sub.items,
                                  item_units=drafted.item_units + sub.item_units)  # fmt: skip
        return drafted

    def _about_role(self, ctx: c.Context) -> c.Draft | None:
        u = ctx.u
        kind = c.kind_of(u.intent)
        if u.intent == Intent.jd_draft:
            kind = SectionKind.duties
        mentioned: c.Draft | None = None
        # (a "typo" the documents write as it is, "弱电工程师" beside 电气工程师, is a post of its own)
        if u.role_status in ("narrower", "related", "typo") and u.asked_role and ctx.snapshot.mentioned(u.asked_role):
            # "对公客户经理": what the documents say about the narrower post itself comes first;
            # the broader title's own list follows, labelled as such.
            # "岗位二：连铸主控工 / 岗位详情另行公布": not described yet, whatever 连铸工's list says
            pending = c.pending_post(ctx, u.asked_role, self._sections_naming(ctx, u.asked_role))
            if pending is not None:
                return pending
            # (tried with a scratch citation book: lines all of the resolved post's own are left to its answer)
            scratch = c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot))
            trial = c.passages(scratch, intro=c.mention_intro(u), about=u.asked_role)
            if (trial is not None and trial.score >= MENTION_MIN and not _within_post(ctx, trial, u.role)
                    and not _inside_titles(ctx, trial, u.asked_role)):  # fmt: skip
                mentioned = c.passages(ctx, intro=c.mention_intro(u), about=u.asked_role)
        if mentioned is None:
            return self._about_title(ctx, kind)
        # tried with a scratch citation book first: when the broader title has no list of its own,
        # a longer title around it (高级客户经理 for 客户经理) is a sibling of the asked post, not the
        # post, and what the documents say of the asked post stands alone
        scratch = c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot))
        trial = self._about_title(scratch, kind)
        if trial is None or trial.refused or (trial.role and squash(trial.role) != squash(u.role or "")):
            return mentioned
        drafted = self._about_title(ctx, kind)
        return c.combine(mentioned, drafted) if drafted is not None and not drafted.refused else mentioned

    def _about_title(self, ctx: c.Context, kind: SectionKind | None) -> c.Draft | None:
        """The resolved title's own material for the question's intent."""
        u = ctx.u
        if u.intent in (Intent.duty, Intent.method) and u.role:
            part = c.named_part(ctx)  # "大客户经理有哪些权力": a part of its description of no list kind
            if part is not None:
                return part
        if u.intent == Intent.method and u.role:
            # "财务部经理的岗位工作目标是什么": a list of the post's own, named by its heading
            named = _named_list_kind(ctx)
            if named is not None:
                listed = c.role_list(ctx, named)
                if listed is not None:
                    return listed
        if u.intent == Intent.attribute and not u.attribute and len(u.attributes) >= 2:
            deferred = c.deferred_fact(ctx)  # "司仪的岗位津贴一个月多少钱" where a note says its 津贴 is not set yet
            if deferred is not None:
                return deferred
            unanswered: list[str] = []
            found = c.attributes(ctx, u.attributes, unanswered) or self._from_variant(ctx, lambda sub: c.attributes(sub, u.attributes))
            for wide in (a for a in u.attributes if a in _COMPANY_WIDE):
                # "试用期多长时间，试用期工资怎么算": a company-wide rule answers its part
                sub = c.Context(snapshot=ctx.snapshot, scorer=ctx.scorer, book=ctx.book, u=u.model_copy(update={"attribute": wide}))
                rule = self._company_rule(sub, beyond_attribute=False)
                if rule is not None:
                    found = c.combine(rule, found) if found is not None else rule
                    break
            # "对班次和性别有要求吗" where no field holds either: each fact as asked alone (a
            # requirement line "女，学历不限…", another "适应轮班制"), together; "归谁管？手下有人没"
            # where a field holds the one: the other as asked alone ("所施监督：有直属下级…")
            if found is None or unanswered and len(unanswered) < len(u.attributes):
                for attribute in u.attributes if found is None else unanswered:
                    sub = c.Context(snapshot=ctx.snapshot, scorer=ctx.scorer, book=ctx.book,
                                    u=u.model_copy(update={"attribute": attribute, "attributes": [attribute]}))
                    part = self._about_title(sub, kind)
                    if part is not None and not part.refused:
                        found = c.combine(found, part) if found is not None else part
            if found is not None:
                return found
            if u.has_role and u.role_status == "known":
                return c.attribute_missing(ctx, u.attributes)  # "上什么班，一个厅配几个人": neither is stated
        if u.intent == Intent.attribute and u.attribute:
            # the role's own material first (its field, its requirement list, sentences naming
            # it), then a longer title of the same post, then "not stated"; "分几个等级" of posts
            # named by level (初级/中级/高级护理员) is those posts, not a line that says 等级
            said = self._said_beyond(ctx) if u.attribute not in _COMPANY_WIDE and u.role_status == "known" else None
            if said is not None:
                return said
            found = c.with_code_legend(ctx, (c.levels(ctx) if u.attribute == "level" else None) or c.attribute(ctx))
            if (found is None or found.refused) and u.role_status == "known":
                # "设质控专员这个岗的目的是啥": a short title's own record lacks it, the full title's
                # form (质量控制专员) states it
                found = self._from_variant(ctx, c.attribute) or found
            if found is not None and not found.refused and u.attribute in _COMPANY_WIDE and (unmet := self._unmet(ctx, found)):
                # "南繁补贴现在一天多少" where the post's pay sheet lists other allowances: the line that
                # names what is asked (a notice's "南繁补贴（田间试验员）80元/天 100元/天")
                # (only a line about the fact: "有钢结构产品销售经验尤佳" names the posting, not its pay)
                named = c.passages(ctx, extra_sections=self._role_sections(ctx), about=u.role, covering=(unmet, OWN_QUESTION_MIN),
                                   min_score=COVERED_MIN, mentioning=[fold(w) for w in c.attribute_words(ctx, u.attribute)])  # fmt: skip
                if named is not None and not named.refused:
                    return named
                phrase = self._unmet_phrase(ctx, unmet)
                if phrase:
                    # "社保缴费基数是怎么定的" of a posting that says "办理社会保险": that part is not stated
                    label = c.attribute_label(ctx, u.attribute)
                    return replace(found, refused=True, note="资料未写明",
                                   text=f"资料中没有写明{phrase}；写明的{label}如下：\n\n{found.text}")
            # its allowances ("井下津贴：80") do not answer a benefit the question names ("年假"): a
            # company-wide rule on it comes alone
            answers = found is not None and not c.unsaid_benefit(ctx, found)
            if u.attribute in _COMPANY_WIDE:
                # the post's own field, and what a company-wide rule adds ("夜班补贴" beyond 薪资);
                # without a field of its own, the rule on what was asked ("有年假吗")
                rule = self._company_rule(ctx, beyond_attribute=answers)
                if rule is not None:
                    ruled = c.combine(rule, found) if found is not None and answers else rule
                    return self._figure_unstated(ctx, ruled) or ruled
            if found is not None and u.attribute in _COMPANY_WIDE:
                # "年终奖能拿多少" of a post whose pay says 4500-6000元/月: that part is not stated
                named = [w for w in ctx.lexicon.scope.pay_parts if w in u.question and not any(_part_said(w, i.text, ctx.lexicon) for i in found.items)]
                if named:
                    label = c.attribute_label(ctx, u.attribute) or "这一项"
                    return replace(found, refused=True, note="资料未写明",
                                   text=f"资料中没有写明{'、'.join(named)}；写明的{label}如下：\n\n{found.text}")
            deferred = c.deferred_fact(ctx) if found is None or not found.refused else None
            if deferred is not None:
                return deferred
            if found is None and u.attribute == "pay":
                graded = c.pay_by_grade(ctx)  # a grade on the post's row, its pay on the sheet's scale
                if graded is not None:
                    return graded
            unstated = self._figure_unstated(ctx, found) if found is not None else None
            if unstated is not None:
                return unstated
            if found is not None and u.attribute == "pay" and not found.refused:
                # a pay scale's figure ("5000"), and what a posting says in words ("试用期月薪6500元，
                #转正后…"): both, the second as its own source
                stated = self._stated_in_prose(ctx)
                if stated is not None and not stated.refused:
                    return c.combine(found, stated)
            if found is not None:
                return c.with_changes(ctx, c.with_joined_topic(ctx, found))
            fallback = _ATTRIBUTE_FALLBACK.get(u.attribute)
            if fallback is None:
                return (self._stated_in_prose(ctx) or c.changed_fact(ctx) or c.superior_by_inverse(ctx) or c.org_relation(ctx)
                        or c.stated_in_own_sections(ctx) or c.section_on_attribute(ctx) or self._from_variant(ctx, c.attribute)
                        or c.attribute_missing(ctx))  # fmt: skip
            what = c.KIND_ZH.get(fallback, "内容")
            intro = c.caveat_for(u, u.role or "") or c.no_list_intro(u.role or "", what)
            if u.attribute in _STATED_ONLY:
                # "要什么证?" of a post whose requirements name no certificate: not stated, and
                # here is what they do say
                listed = c.role_list(ctx, fallback)
                spec = ctx.lexicon.fields.fields.get(u.attribute)
                words = [w for w in (spec.labels + spec.asks if spec else []) if len(w) <= 2]  # 证, 证书, 执照 …
                if listed is not None and any(w in item.text for item in listed.items for w in words):
                    return listed  # an item names one ("持焊工证"), though not in the words that tell its category
                # (a boxed note in the post's own part, "救生员须持有《游泳救生员》国家职业资格证书…方可上岗")
                stated = c.stated_in_own_sections(ctx) if listed is not None else None
                if stated is not None:
                    return stated
                if listed is not None:
                    label = c.attribute_label(ctx, u.attribute) or "这一项"
                    return replace(listed, refused=True, note="资料未写明",
                                   text=f"知识库中「{escape_md(u.role or '')}」的资料没有写明{label}；它的{what}如下，供参考：\n\n{listed.text}")
            return (c.role_list(ctx, fallback)
                    or c.passages(ctx, intro=intro, extra_sections=self._role_sections(ctx), about=u.role,
                                  mentioning=c.attribute_words(ctx, u.attribute))
                    or self._from_variant(ctx, c.attribute)
                    or c.attribute_missing(ctx))  # fmt: skip
        if u.intent in (Intent.kpi, Intent.kpi_design):
            # a row field asked for ("目标值是多少") is not a topic of its own
            field_words = [w for words in ctx.lexicon.kpi.asked_fields.values() for w in words]
            # nor is "最高" of "其中权重最高的是哪个" (the sheet's extreme row)
            field_words += [*ctx.lexicon.kpi.highest, *ctx.lexicon.kpi.lowest, "其中"]
            # (nor are the labels of a KPI list: "岗位工作目标都有啥" asks for that list)
            labels = ctx.lexicon.sections.kinds.get(SectionKind.kpi.value, [])
            # ("公司资金部的KPI": the company itself names no topic of the sheet; "淡季的权重呢": a season
            # the post's rows are weighed by is a column of the sheet, no topic)
            seasons = [k for e in ctx.snapshot.kpis_for(u.role or "") for k in e.weights] if u.role else []
            generic = " ".join(ctx.lexicon.scope.generic_words + ctx.lexicon.scope.kpi_words + field_words + labels
                               + ctx.lexicon.roles.organisation_suffixes + seasons)
            specific = c.specific_coverage(ctx, ctx.scorer.units(), generic) >= SPECIFIC_MIN
            specific = specific and u.dimension is None  # "那财务维度呢?": the sheet's rows of that dimension
            titled = c.titled_sheet(ctx, u.role) if u.has_role and u.role else None
            if titled is not None:
                # "财务部内控与财务分析那张KPI表里权重最大的是哪项": the rows of the sheet its title names,
                # the title's words no topic of them
                rows, run = titled
                plain = c.Context(snapshot=ctx.snapshot, u=u.model_copy(update={"question": u.question.replace(run, " ")}),
                                  scorer=ctx.scorer, book=ctx.book)  # fmt: skip
                return c.kpi_list(plain, rows, u.role or "")
            if not specific or u.intent == Intent.kpi_design:
                # the role's or department's own KPI sheet rows, as stated
                found = c.kpi_answer(ctx, tables_only=True)
                if found is not None:
                    return found
            named = c.named_indicators(ctx) if specific and u.has_role else []
            if named and named[0].origin == "table" and named[0] in ctx.snapshot.kpis_for(u.role or ""):
                return c.kpi_detail(ctx, named[0])  # "人事行政部经理的工作目标完成率怎么算": its row of the post's sheet
            rows = c._sheet_rows(ctx.snapshot, u.role) if specific and u.has_role and u.role else []
            picked = c.topic_rows(ctx, rows, u.role or "") if rows else []
            # (several rows, no field of one asked: "这项指标怎么打分" is the passages' to answer)
            if 1 <= len(picked) < len(rows) and not ctx.lexicon.kpi.fields_asked(u.question):
                return c.kpi_list(ctx, rows, u.role or "")  # "跟招聘相关的指标有哪些": the rows its words single out
            if specific:
                # "…这项指标怎么打分": the passages that say it
                found = c.passages(ctx, extra_sections=self._role_sections(ctx))
                return found or c.kpi_answer(ctx)
            # "他的考核指标有哪些?" for a role without a KPI sheet: its profile's own list when the
            # question names it ("岗位工作目标都有啥"), else its own KPI material (another
            # department's sheet is not its indicators), else say there is none
            named_list = u.has_role and any(item.heading and squash(item.heading).rstrip(":：") in squash(u.question)
                                            for p in ctx.snapshot.profiles_of(u.role or "") for item in p.kpis)  # fmt: skip
            found = c.role_list(ctx, SectionKind.kpi) if named_list else None
            # ("驻店药师的考核指标由质量管理部另行制定，本台账不含"): the post's indicators are not out yet
            found = found or (c.pending_post(ctx, u.role or "", list(ctx.scorer.sections), c.kind_words(ctx, SectionKind.kpi))
                              if u.has_role else None)
            found = found or c.passages(ctx, extra_sections=self._role_sections(ctx), about=u.role,
                                        mentioning=c.kind_words(ctx, SectionKind.kpi))  # fmt: skip
            found = found or c.kpi_answer(ctx)
            return found or c.missing_kind(ctx, SectionKind.kpi)
        if kind == SectionKind.duties and u.intent == Intent.duty:
            # "培训部的职能": the unit's own functions, not its head's duties
            functions = c.unit_functions(ctx)
            if functions is not None:
                return functions
        if (kind == SectionKind.duties and u.intent == Intent.duty and u.followup is None and u.intent_source != "cue"
                and _titled_list_kind(ctx) is None):  # fmt: skip
            # (a question that says 职责 / 工作内容 asks for the list itself, as does one that says its
            # heading: "行为标准都有哪些" of "xx公司人力资源招聘专员(一级)行为标准")
            topical = self._topic_of_post(ctx)
            if topical is not None:
                return topical
        # ("任职资格列了几条", "需要什么条件" name the list itself: the list answers)
        names_list = any(w in fold(u.question) for w in c.kind_words(ctx, SectionKind.qualifications) if w != "要求")
        if (kind == SectionKind.qualifications and u.intent == Intent.qualification and u.followup is None
                and not (u.attribute or u.attributes or names_list)):  # fmt: skip
            # "值守员交接班有啥要求": what a rule asks of the post on a part of its work its
            # requirement list does not speak of
            topical = self._topic_of_post(ctx, kind)
            if topical is not None:
                return topical
        if kind in (SectionKind.duties, SectionKind.qualifications):
            if u.attribute and u.intent == Intent.qualification:
                found = c.attribute(ctx)
                if found is not None:
                    return found
            drafted = c.role_list(ctx, kind)
            if drafted is None:
                # "短视频编导：岗位筹建中，职责与任职要求待定": the post's own lines say it is not described yet
                pending = c.pending_post(ctx, u.role or "", self._role_sections(ctx))
                if pending is not None:
                    return pending
            if drafted is not None and kind == SectionKind.qualifications and u.followup in ("ellipsis", "reference"):
                # "英语有要求吗" of a post whose list never says 英语: a sentence that says it of the
                # post (a brochure's footnote), then the list
                asked = self._known_asked_of_post(ctx, u.role or "")
                if asked and not any(f in squash(i.text) for i in drafted.items for f in asked):
                    said = self._post_says(ctx, asked, any_kind=True)
                    listed = {squash(i.text) for i in drafted.items}
                    # (the list's own lines found again are no sentence beside it)
                    if said is not None and not said.refused and any(squash(i.text) not in listed for i in said.items):
                        return c.combine(said, drafted)
            if drafted is None and not ctx.snapshot.profiles_of(u.role or "") and c.caveat_for(u, u.role or "") is None:
                # a post the documents discuss in essays but describe in no profile ("客户经理"): what
                # they say of it comes before a longer title's list (高级客户经理 is another post)
                drafted = c.passages(ctx, intro=c.no_list_intro(u.role or "", c.KIND_ZH.get(kind, "内容")),
                                     extra_sections=self._role_sections(ctx), about=u.role)  # fmt: skip
            drafted = drafted or self._from_variant(ctx, lambda sub: c.role_list(sub, kind))
            whether = [w for w in ctx.lexicon.intents.whether if w in u.question]
            if drafted is not None and (u.followup in (None, "reference") or whether):
                # ("他要负责考勤吗": a question whole but for the pronoun naming the post; "员工保险那块也是他管吗":
                # whether the post does a thing, the words asking it no part of the thing)
                named = bigrams(" ".join([*u.org_words, u.role or "", u.asked_role or "", *whether]))
                # ("坞期要是拖了，…该怎么处理": the words asking how ask nothing of the post; its verb, 处理, may)
                named |= {w[i : i + 2] for e in ctx.lexicon.intents.intents.values() for w in e.conduct
                          if w in fold(u.question) for i in range(len(w) - 2)}  # fmt: skip
                # ("学历和证书分别要啥": the facts asked name the parts of the list, no item to lead it)
                specs = [ctx.lexicon.fields.fields[a] for a in u.attributes if a in ctx.lexicon.fields.fields]
                named |= bigrams(" ".join(w for spec in specs for w in (*spec.asks, *spec.labels) if fold(w) in fold(u.question)))
                drafted = c.focused(ctx, drafted, self._known_asked_of_post(ctx, u.asked_role or u.role or "") - named)
            if drafted is not None:
                return c.with_extreme_share(ctx, c.with_added_duties(ctx, drafted)) if kind == SectionKind.duties else drafted
            if u.intent_source == "default":
                # "水质检测员日常都检测些什么" of a post described in prose only: the post's sentence that
                # says what is asked, before its other list
                asked = self._known_asked_of_post(ctx, u.asked_role or u.role or "")
                said = self._post_says(ctx, asked, any_kind=True) if asked else None
                if said is not None and not said.refused:
                    return said
                # the question did not say what it wants: give what the documents have for the role
                other = SectionKind.qualifications if kind == SectionKind.duties else SectionKind.duties
                drafted = c.role_list(ctx, other)
                if drafted is not None:
                    return drafted
            # "招聘专员的行为标准呢" of a post whose list is headed "…招聘专员(一级)行为标准": the list the
            # question names by its heading's own word, whatever kind was asked before
            titled = _titled_list_kind(ctx)
            if titled is not None and titled != kind and (listed := c.role_list(ctx, titled)) is not None:
                u.intent = _KIND_INTENT[titled]  # (what was shown is what a follow-up goes on with)
                return listed
            # No list of this kind: sentences about the role of the asked kind may still answer
            # ("客户经理应具备…"), introduced as such; otherwise say what is missing. A post whose
            # only descriptions are table rows or forms states it nowhere else: a blank cell of
            # its row ("待补充") is missing, not a cue to quote other lines.
            profiles = ctx.snapshot.profiles_of(u.role or "")
            what = c.KIND_ZH.get(kind, "内容")
            intro = c.caveat_for(u, u.role or "") or c.no_list_intro(u.role or "", what)
            if profiles and all(p.source in ("table", "fields") for p in profiles) and not c.caveat_for(u, u.role or ""):
                # another document that describes the post in its own words ("支行行长主要负责…" in an FAQ)
                # may say it; a blank cell of its row says nothing, nor do the lines around the row
                own = {p.span.file for p in profiles}
                other = [sid for sid in self._role_sections(ctx) if sid.split("#", 1)[0] not in own]
                with ctx.scorer.narrowed(sections=[sid for sid in ctx.scorer.sections if sid.split("#", 1)[0] not in own]):
                    found = c.passages(ctx, intro=intro, extra_sections=other, about=u.role, describing=True)
                return found or c.missing_kind(ctx, kind)
            drafted = c.passages(ctx, intro=intro, extra_sections=self._role_sections(ctx), about=u.role)
            if drafted is None and kind == SectionKind.qualifications:
                # "得懂哪些业务知识" of a post described by its duties only: the duty that says it
                drafted = self._post_says(ctx, self._asked_of_post(ctx, u.asked_role or u.role or ""), any_kind=True)
            if drafted is not None:
                return drafted
            return c.missing_kind(ctx, kind)
        if u.intent == Intent.method and u.followup in ("ellipsis", "reference"):
            # a question of its own about the post just discussed ("要出差吗?"): its own material,
            # never another post's sentence that happens to use the word
            if asks_live_data(u.question, ctx.lexicon):
                return c.refusal(ctx, "no_evidence")
            named = c.named_indicators(ctx)
            if named:  # "结算审减率怎么算?": an indicator of the knowledge base, named
                return c.kpi_detail(ctx, named[0])
            asked = self._asked_of_post(ctx, u.role or "")
            # (in any part of its material: "那他每周要抽查多少病历" is said among its duties)
            found = self._post_says(ctx, asked) or self._post_says(ctx, asked, any_kind=True)
            if found is None and asked and any(w in u.question for w in ctx.lexicon.scope.topic_change):
                # "顺便问下年假有几天": nothing of the post's own, but a company-wide rule answers it
                intro = f"「{escape_md(u.role or '')}」的资料没有专门写这一点；以下是公司通用制度中的相关规定："
                found = c.passages(ctx, intro=intro, covering=(asked, OWN_QUESTION_MIN), roleless=True)
            return found or c.not_stated(ctx, "这一点")
        if u.intent == Intent.method and u.followup is None:
            # "SMT操作员上料对料的流程是什么": the procedure on that part of the post's work
            topical = self._topic_of_post(ctx)
            if topical is not None:
                return topical
        return None  # method questions that name a role: general passages, boosted to the role

    @staticmethod
    def _listed_apart(ctx: c.Context, asked: str, title: str) -> bool:
        """Whether a line of the documents lists both posts as separate entries ("收费员、票证员、票证稽查员")."""
        a, t = squash(asked), squash(title)
        for sid in ctx.snapshot.sections_mentioning(asked, limit=20):
            for unit in section_units(ctx.snapshot, sid):
                parts = {squash(x) for x in re.split(r"[、,，;；/|｜\s:：]+", unit.text) if x}
                if a in parts and t in parts:
                    return True
        return False

    @staticmethod
    def _company_rule(ctx: c.Context, beyond_attribute: bool) -> c.Draft | None:
        """"收费员的夜班补贴怎么算": what the question asks (beyond the attribute's own words when the
        post states it), as a company-wide rule states it (a handbook's article), when one says most of it."""
        u = ctx.u
        attr_words = c.attribute_words(ctx, u.attribute or "")
        spec = ctx.lexicon.fields.fields.get(u.attribute or "")
        # the attribute's labels never single out a rule ("工资多少": 工资); its other words do
        # ("有年假吗") unless the post's own field already answered the attribute
        generic = [*ctx.lexicon.scope.generic_words, u.asked_role or "", *(spec.labels if spec else []),
                   *(attr_words if beyond_attribute else [])]  # fmt: skip
        asked = c.specific_feats(u.question, u.role, " ".join(generic))
        if not asked and not beyond_attribute and u.attribute in _RULE_FACTS and spec is not None:
            # "试用期多久" of a post that states none: the company's rule on it is the answer
            asked = c.specific_feats(" ".join(w for w in spec.labels if w in u.question), u.role, "")
        if not asked:
            return None  # "收费员工资多少": nothing beyond the attribute, the post's own field answers
        # "外勤津贴能拿多少" where a line is labelled by it ("外勤津贴：…州局可按150元/月核定"): that line says it
        # (a part of the pay by its name, "X津贴", "X奖金": not "强制休假：…" of "强制休假期间工资照发吗")
        parts = [*ctx.lexicon.scope.pay_parts, *(w for a in ([u.attribute] if u.attribute else u.attributes)
                                                  for w in (ctx.lexicon.fields.fields[a].labels if a in ctx.lexicon.fields.fields else ()))]
        labels = {m[1] for x in ctx.scorer.units([]) if (m := _LINE_LABEL.match(x.text)) and m[1] in u.question
                  and m[1] not in generic and any(m[1].endswith(w) and len(w) >= 2 for w in parts)}  # fmt: skip
        if labels:
            labelled = c.passages(ctx, intro="公司通用制度中的相关规定：", roleless=True, mentioning=attr_words,
                                  matching=re.compile("^(?:" + "|".join(map(re.escape, labels)) + ")[:：]"))  # fmt: skip
            if labelled is not None:
                return labelled
        return c.passages(ctx, intro="公司通用制度中的相关规定：", covering=(asked, OWN_QUESTION_MIN), roleless=True,
                          mentioning=attr_words)  # fmt: skip

    @staticmethod
    def _sections_naming(ctx: c.Context, phrase: str, limit: int = 6) -> list[str]:
        """Sections headed by (or labelled with) a post the inventory has no profile for."""

        key = squash(phrase)
        out: list[str] = []
        for sid in ctx.snapshot.sections_labelled(key):  # heading or role holds it, in corpus order
            if len(dict.fromkeys(out)) >= limit:
                break
            section = ctx.snapshot.section(sid)
            if section is not None and (c.lists_posts(section.heading or "") or not (
                    c.heads(section.heading or "", key) or section.role and key in squash(section.role))):  # fmt: skip
                # an organisation chart's line names the post, it heads nothing about it (nor does a
                # table row naming it as another post's superior)
                continue
            out.append(sid)
            if section is not None and len(section.blocks) <= 1:
                # a heading that only names the post ("五、信息科技类"): its content is in the
                # sections that follow it ("工作职责:" + items)
                ref = ctx.snapshot.section_ref(sid)
                ids = ctx.snapshot.section_ids_of(ref.article_id) if ref else []
                pos = ids.index(sid) if sid in ids else -1
                out += ids[pos + 1 : pos + 3]
        return list(dict.fromkeys(out))[:limit]

    def _stated_in_prose(self, ctx: c.Context) -> c.Draft | None:
        """A fact of the post stated in a sentence that names it ("收费员隶属财务科，向财务科科长汇报")
        when no profile field says it: only sentences where the title is followed by the fact's words."""
        u = ctx.u
        # as asked, then as the knowledge base titles it ("续期专员" asked, 续期服务专员 written)
        for role in dict.fromkeys(r for r in (u.asked_role, u.role) if r):
            found = self._stated_in_prose_as(ctx, role)
            if found is not None:
                return found
        return None

    def _stated_in_prose_as(self, ctx: c.Context, role: str) -> c.Draft | None:
        u = ctx.u
        if not u.attribute:
            return None
        pattern = c.states_pattern(ctx, u.attribute)
        words = c.attribute_words(ctx, u.attribute)
        said = pattern.pattern if pattern is not None else "|".join(re.escape(w) for w in words if len(w) >= 2)
        # "有啥补贴没": only a sentence naming that perk says it ("…实行24小时轮班值守" says no 补贴)
        particular = [w for group in c._particular(ctx, u.attribute) for w in group if len(w) >= 2]
        if particular:
            said = "|".join(re.escape(fold(w)) for w in particular)
        if not said:
            return None
        # the post as the subject of the sentence: not one title in a list of them ("下属岗位：服务顾问、
        # 车间主管、备件管理员" lists it as another post's subordinate)
        # (nor a longer title that ends in it: "大客户经理的营销奖励" says nothing of a 客户经理's pay)
        key = squash(role)
        # ("门店店长" for 店长 asked: the post the question resolved to is no other post)
        own = {id(e) for e in (ctx.snapshot.inventory.get(t) for t in (role, u.role or "")) if e is not None}
        longer = {squash(e.title)[: -len(key)][-2:] for e in ctx.snapshot.inventory.entries.values()
                  if squash(e.title).endswith(key) and len(squash(e.title)) > len(key) and id(e) not in own}  # fmt: skip
        apart = "".join(f"(?<!{re.escape(p)})" for p in sorted(longer) if p)
        near = re.compile(apart + re.escape(role) + r"(?![、,，/和及与])[^。；;!?！？]{0,24}(?:" + said + ")"
                          # ("熏蒸员、安全环保专员享受有毒有害岗位津贴": posts named together, then what they get)
                          + (r"|" + apart + re.escape(role) + r"[、和及与][^。；;!?！？:：]{1,16}?(?:享受|享有|可享|发放)[^。；;!?！？]{0,20}(?:" + said + ")"
                             if u.attribute in c.OFFERED else ""))  # fmt: skip
        if u.attribute == "subordinates":  # "厨师长向店长汇报": who reports to the post
            near = re.compile(near.pattern + r"|向" + re.escape(role) + r"(?:汇报|报告|负责)")
        label = c.attribute_label(ctx, u.attribute)
        # every section naming the post (a KPI sheet may name it in forty rows before the chart does)
        sections = self._role_sections(ctx) + ctx.snapshot.sections_mentioning(role, limit=40)
        # a sentence in that grammar is the evidence, whatever its retrieval score
        # ("券商客户经理" asked, only 客户经理 written: said first, as for a list)
        caveat = c.caveat_for(u, role) if squash(role) != squash(u.asked_role or role) else None
        intro = f"资料中关于「{escape_md(role)}」{label}的说法："
        hits = ctx.scorer.sections
        if u.attribute in c.OFFERED:
            # what the post offers is never said by a row of what it does or is scored on ("…快递员 | 15% |
            # 按时交款天数÷出勤天数": no word on its working hours)
            snap = ctx.snapshot
            sections = [sid for sid in sections if (ref := snap.section_ref(sid)) is None or ref.kind not in c.OFFER_SILENT]
            hits = [sid for sid in hits if (ref := snap.section_ref(sid)) is None or ref.kind not in c.OFFER_SILENT]
        with ctx.scorer.narrowed(sections=hits):
            found = c.passages(ctx, intro=f"{caveat}\n\n{intro}" if caveat else intro, about=role,
                               extra_sections=sections, matching=near, min_score=0.0)  # fmt: skip
        return replace(found, caveat=caveat) if found is not None and caveat else found

    def _from_variant(self, ctx: c.Context, compose: Callable[[c.Context], c.Draft | None], covering: bool = False) -> c.Draft | None:
        """The same question about a longer title of the post ("门店店长" for 店长, "门诊护士" for
        护士), or about the post said to include it (``covering``), when the asked title itself has
        no such material; the answer says so."""
        u = ctx.u
        asked = u.asked_role or u.role
        if not asked:
            return None
        titles = self._covering(ctx, asked) if covering else ctx.snapshot.inventory.variants(u.role or asked)
        for title in titles:
            sub_u = u.model_copy(update={"role": title, "role_status": "variant", "asked_role": asked})
            # tried with a scratch citation book: a title that does not answer leaves no citations
            trial = compose(c.Context(snapshot=ctx.snapshot, u=sub_u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot)))
            if trial is not None and not trial.refused:
                return compose(c.Context(snapshot=ctx.snapshot, u=sub_u, scorer=ctx.scorer, book=ctx.book))
        return None

    @staticmethod
    def _covering(ctx: c.Context, asked: str) -> list[str]:
        """Described posts a sentence says include the asked one ("本规定适用于安保员，含门岗、巡逻岗和
        监控岗" for 监控岗): a kind of the post the documents describe only as that post."""
        snap = ctx.snapshot
        key = squash(asked)
        notes = "|".join(re.escape(fold(w)) for w in ctx.lexicon.roles.scope_notes if w)
        if len(key) < 2 or not notes:
            return []
        found: list[str] = []
        posts: list[tuple[str, tuple[str, ...]]] | None = None  # described posts and their forms, read once
        for sid in snap.sections_mentioning(asked):
            section = snap.section(sid)
            for block in section.blocks if section is not None else []:
                for sentence in map(squash, re.split(r"[。；;！？!?\n]", fold(block.text))):
                    at = sentence.find(key)
                    note = re.search(f"(?:{notes})", sentence[:at]) if at > 0 else None
                    if note is None:
                        continue
                    # the post named just before the note, of those the documents describe
                    head = sentence[: note.start()]
                    if posts is None:
                        posts = [(e.title, tuple(e.forms)) for e in snap.inventory.with_profiles() if e.key != key]
                    found += [title for title, forms in posts if title not in found and head.endswith(forms)]
        return found

    def _said_beyond(self, ctx: c.Context) -> c.Draft | None:
        """"粤语一定要会吗，公司管培训不" of 导购: when the fact's own answer (its skills) leaves out words the
        question adds, the post's own line that names them ("粤语优先,公司提供专业培训"); None otherwise."""
        u = ctx.u
        asked = self._asked_beyond(ctx)
        # (not the words that say which posting: "苏州园区项目秩序维护员要什么学历" names its site before the
        # post, a fact its posting states)
        q = fold(u.question)
        at = max((q.find(fold(n)) + len(n) for n in (u.asked_role, u.role) if n and fold(n) in q), default=0)
        stated = {f for p in ctx.snapshot.profiles_of(u.role or "") for item in p.fields.values() for f in bigrams(item.text)}
        beyond = (asked & bigrams(q[at:])) - stated
        if len(beyond) < 2:
            return None  # (decided before the fact's answer is drafted: most questions add nothing)
        # (only words its own material uses: "司管" of 公司管培训 is no word asked)
        beyond &= {f for sid in self._role_sections(ctx) for x in c.section_units(ctx.snapshot, sid) for f in bigrams(x.text)}
        if len(beyond) < 2:
            return None
        scratch = c.Context(snapshot=ctx.snapshot, u=u, scorer=ctx.scorer, book=CitationBook(ctx.snapshot))
        found = (c.levels(scratch) if u.attribute == "level" else None) or c.attribute(scratch)
        if found is None or found.refused or not self._unmet(scratch, found):
            return None
        trial = self._post_says(scratch, beyond, any_kind=True)
        return self._post_says(ctx, beyond, any_kind=True) if trial is not None and not trial.refused else None

    @staticmethod
    def _asked_beyond(ctx: c.Context) -> set[str]:
        """What the question names beyond the post and the fact asked: the documents' words ("南繁" of 南繁补贴)."""
        u = ctx.u
        words = c.attribute_words(ctx, u.attribute or "") + list(ctx.lexicon.scope.generic_words)
        df = ctx.snapshot.idf.df
        named = bigrams(" ".join([*u.org_words, u.role or "", u.asked_role or ""]))
        return {f for f in c.specific_feats(u.question, u.asked_role or u.role, " ".join(words), df) if df.get(f, 0)} - named

    @staticmethod
    def _unmet(ctx: c.Context, found: c.Draft) -> set[str]:
        """What the question names beyond the post and the fact asked (the documents' words, "南繁" of
        南繁补贴) that the answer found does not say; empty when it says most of it."""
        asked = Assistant._asked_beyond(ctx)
        said = {f for item in found.items for f in bigrams(item.text)}
        return asked if asked and coverage(asked, said, ctx.snapshot.idf) < OWN_QUESTION_MIN else set()

    @staticmethod
    def _unmet_phrase(ctx: c.Context, unmet: set[str]) -> str | None:
        """The question's words for the unmet part when they qualify the fact asked ("社保缴费基数":
        基数 of 社保, two characters apart); None when they stand elsewhere ("钢结构那家的销售员待遇"
        names the employer, not a part of the pay)."""
        q = fold(ctx.u.question)
        words = c.attribute_words(ctx, ctx.u.attribute or "")
        asks = [fold(w) for w in words if len(w) >= 2 and not c.ASKING.search(w)]
        # ("工资范围": 范围 is a word of the fact's own labels, 薪资范围, no part left unsaid)
        unmet = unmet - bigrams(" ".join(fold(w) for w in words))
        if not unmet:
            return None
        for word in asks:
            at = q.find(word)
            if at < 0:
                continue
            end = at + len(word)
            # the unmet words right after the ask word, with at most a word between
            # (the words between are a word of the fact: "社保[缴费]基数"; not "底薪多少？每场", a question apart)
            spans = [i for i in range(end, min(len(q) - 1, end + UNMET_GAP + 2)) if q[i : i + 2] in unmet
                     and re.fullmatch(r"[\u4e00-\u9fff]*", q[end:i]) and not c.ASKING.search(q[end:i])]  # fmt: skip
            if spans:
                last = max(spans) + 2
                while last < len(q) and q[last - 1 : last + 1] in unmet:
                    last += 1
                return q[at:last]
        return None

    def _role_sections(self, ctx: c.Context) -> list[str]:
        snap = ctx.snapshot
        own = snap.sections_with_role(squash(ctx.u.role or ""))
        # (and those holding its items under a title of several posts: "医保办人员职责" / "第四条 医保办专员…")
        held = [sid for p in snap.profiles_of(ctx.u.role or "") if p.source == "listed" for item in p.duties
                if (sid := snap.section_id_at(item.span.file, item.span.line_start)) is not None]
        return list(dict.fromkeys([*own, *held]))[:ROLE_SECTIONS_MAX]

    @staticmethod
    def _asked_of_post(ctx: c.Context, role: str) -> set[str]:
        """What a question asks about a post beyond the post and the generic words."""
        return c.specific_feats(ctx.u.question, role, " ".join(ctx.lexicon.scope.generic_words), ctx.snapshot.idf.df)

    def _known_asked_of_post(self, ctx: c.Context, role: str) -> set[str]:
        """``_asked_of_post``, only the words some document uses (no sentence can say the others)."""
        df = ctx.snapshot.idf.df
        return {f for f in self._asked_of_post(ctx, role) if df.get(f, 0)}

    def _topic_of_post(self, ctx: c.Context, kind: SectionKind = SectionKind.duties) -> c.Draft | None:
        """"交接班的时候护理员要交代哪些内容", "SMT操作员上料对料的流程是什么": a part of the post's
        work its duty list does not speak of (two or more words of the documents beyond the post
        and the generic words), said by a rule or a procedure that names the post: that text."""
        u = ctx.u
        role = u.asked_role or u.role or ""
        # (the organisation and the title the question names are no topic: "车辆租赁中心的调度员")
        named = bigrams(" ".join([*u.org_words, u.role or "", u.asked_role or ""]))
        asked = self._known_asked_of_post(ctx, role) - named
        if len(asked) < 2:
            return None
        listed = set()
        for p in ctx.snapshot.profiles_of(u.role or ""):
            for item in p.qualifications if kind == SectionKind.qualifications else p.duties:
                listed |= bigrams(item.text)
        if not listed or coverage(asked, listed, ctx.snapshot.idf) >= OWN_QUESTION_MIN:
            # the duty list says it (the list answers), or there is no list to miss it: what the
            # documents discuss of a post they describe nowhere is found as for any question
            return None
        # the post's sections and those beside them: a manual's SOP follows the post's duty list
        own = self._role_sections(ctx)
        extra = list(own)
        for sid in own:
            ids = ctx.snapshot.section_ids_of(sid.rsplit("/s", 1)[0])
            at = ids.index(sid) if sid in ids else -1
            extra += ids[max(0, at - TOPIC_NEIGHBOURS): at + TOPIC_NEIGHBOURS + 1] if at >= 0 else []
        # (a neighbour that is another post's section, "人力资源专员任职资格" above the asked post's 行为标准, is that post's)
        others = {sid for sid in extra if sid not in own and (found := ctx.snapshot.section_of(sid)) is not None
                  and found[1].role and not same_role(found[1].role, u.role or "")}  # fmt: skip
        extra = [sid for sid in dict.fromkeys(extra) if sid not in others]
        # the rules anywhere that name the post ("交班护理员须交清…"), else the text on the topic
        # beside the post's own sections (the SOP after its duty list, which names no post)
        with ctx.scorer.narrowed(any_kind=True):
            # (by the words the question uses: "驾驶员" for 公交驾驶员 is how the rules name it too)
            name = u.asked_role if u.asked_role and squash(u.asked_role) in squash(u.role or "") else u.role
            found = c.passages(ctx, extra_sections=extra, about=name, covering=(asked, TOPIC_COVER), min_score=COVERED_MIN,
                               titled=True, mentioning=[fold(name or role)])  # fmt: skip
        if found is None:
            with ctx.scorer.narrowed(any_kind=True, sections=[]):
                found = c.passages(ctx, extra_sections=extra, covering=(asked, TOPIC_COVER), min_score=COVERED_MIN,
                                   titled=True)  # fmt: skip
        return found

    def _post_says(self, ctx: c.Context, asked: set[str], any_kind: bool = False) -> c.Draft | None:
        """A sentence of the post's own material that says what is asked, however the retrievers
        ranked it (``any_kind``: in any of its sections, not only those of the asked kind)."""
        own = self._role_sections(ctx)
        with ctx.scorer.narrowed(any_kind=any_kind):
            # (its own sections even when they stand under a title of several posts, "医保办人员职责")
            return c.passages(ctx, extra_sections=own, about=ctx.u.role, covering=(asked, OWN_QUESTION_MIN),
                              min_score=COVERED_MIN, named=own if any_kind else None)  # fmt: skip

    def _general(self, ctx: c.Context, prev: Turn | None = None, post_turn: Turn | None = None) -> c.Draft:
        u = ctx.u
        kind = c.kind_of(u.intent)
        if u.intent in (Intent.kpi, Intent.kpi_design, Intent.method):
            named = c.named_indicators(ctx)
            if named:
                return c.kpi_detail(ctx, named[0])
        units = ctx.scorer.units()
        if kind in (SectionKind.duties, SectionKind.qualifications) and not u.has_role:
            # "那任职要求呢?" with nothing to refer to: ask which post instead of guessing
            generic = " ".join(ctx.lexicon.scope.generic_words)
            feats = c.specific_feats(u.question, None, generic)
            if not feats or c.specific_coverage(ctx, units, generic) < 0.3 and len(feats) <= 2:
                named = c.named_subject(u.question, generic)
                if named is not None:
                    # "乘警的岗位职责是什么": a post the user names, which no description resolves to
                    return c.refusal(replace(ctx, u=u.model_copy(update={"asked_role": named})), "unknown_role")
                return c.clarify(ctx, kind)
        if u.intent == Intent.attribute and u.attribute and not u.has_role:
            # "直属上级是谁?" of no post: another post's field is no answer; ask which post, or
            # answer only from sentences that say what else the question names
            label = c.attribute_label(ctx, u.attribute)
            spec = ctx.lexicon.fields.fields.get(u.attribute)
            if u.attribute in _COMPANY_WIDE and spec is not None:
                # "员工产假有几天" where the handbook lists 病假, 事假, 婚假 but never 产假: the word
                # asked about is in no document (nor any synonym of it)
                named = [w for w in spec.asks if len(w) >= 2 and w in u.question and not c.ASKING.search(w)]
                df = ctx.snapshot.idf.df
                # (a particular perk, nor any other word of its synonyms.toml group: "社保" unseen where no
                # document says 五险一金 either; the fact's own word, "工资", is the fact asked whatever it is called)
                particular = {w for group in spec.particular for w in group}
                unseen = [w for w in named if not any(df.get(f, 0) for f in bigrams(w))
                          and not (any(all(df.get(f, 0) for f in bigrams(o)) for group in ctx.lexicon.synonyms.groups
                                       if w in group for o in group if o != w) if w in particular
                                   else bigrams(w) & ctx.scorer.synonym_asked)]  # fmt: skip
                if named and len(unseen) == len(named):
                    return c.refusal(ctx, "no_evidence")
            # a company-wide fact asked by its topic ("年假怎么算") is a question of its own
            words = (spec.labels if spec else []) if u.attribute in _COMPANY_WIDE else c.attribute_words(ctx, u.attribute)
            asked = c.specific_feats(u.question, None, " ".join(ctx.lexicon.scope.generic_words + words))
            if not asked and u.attribute in _RULE_FACTS:
                # "试用期多久": a fact the company sets for everyone, asked by its own name, which
                # the rule must use whole ("予以试用" says nothing of how long)
                said = [fold(w) for w in words if w in u.question]
                named = c.specific_feats(" ".join(said), None, "")
                if named:
                    found = c.passages(ctx, covering=(named, OWN_QUESTION_MIN), mentioning=said)
                    return found if found is not None else c.refusal(ctx, "no_evidence")
            if asked and u.attribute in _RULE_FACTS and (said := [fold(w) for w in words if len(w) >= 2 and w in u.question]):
                # "试用期最长能约定几个月": the rule named, more asked of it; only a line that names the
                # rule can say it ("最长的流程是…" does not)
                found = c.passages(ctx, mentioning=said)
                return found if found is not None else c.refusal(ctx, "no_evidence")
            if not asked:
                return c.clarify(ctx, label)
            # "厂里倒班是怎么倒的": the topic is one of the fact's own words (倒班); the words no
            # document uses ("厂里", "里倒") ask nothing more that could be found
            known = {f for f in asked if ctx.snapshot.idf.df.get(f, 0) or f in ctx.scorer.synonym_asked}
            topic = {f for w in (spec.asks if spec else []) if w in u.question for f in bigrams(w)}
            if u.attribute in _COMPANY_WIDE and known and known <= topic:
                asked = known
            if len(asked) <= 2:  # one word beyond the fact ("cashier的直属上级"): it must be said
                found = c.passages(ctx, covering=(asked, OWN_QUESTION_MIN))
                return found if found is not None else c.refusal(ctx, "no_evidence")
        if u.followup == "context" or (u.followup is None and u.intent_source in ("default", "example")):
            # "干这行最忌讳啥?", "干得好的话往上能升到啥岗位?" with no cue, right after a post was
            # discussed: the post's own sentence first
            own = self._of_last_post(ctx, post_turn)
            if own is not None:
                return own
        if not u.has_role and c.unseen_term(ctx, u.question) is not None:
            return c.refusal(ctx, "no_evidence")  # "A320的APU滑油怎么加注": a term no document writes
        lexical = max(ctx.scorer.scope_lexical(units), ctx.scorer.clause_lexical(u.question, units))
        core = names_core_topic(u.question, ctx.lexicon)
        if asks_live_data(u.question, ctx.lexicon) and lexical < 0.5:
            return c.refusal(ctx, "no_evidence")
        if not self.scope.answerable(ctx.scorer.scope_dense, lexical, core) and not self._continues(ctx, prev):
            own = self._of_last_post(ctx, post_turn)
            return own if own is not None else c.refusal(ctx, "no_evidence")
        drafted = c.passages(ctx)
        return drafted if drafted is not None else c.refusal(ctx, "no_evidence")

    @staticmethod
    def _described_post(ctx: c.Context) -> c.Draft | None:
        """The list of the post a question names by what it does, when the passage that answers it
        best is that post's own (a profile holds it); the answer says which post it took."""
        snap, kind = ctx.snapshot, c.kind_of(ctx.u.intent) or SectionKind.duties
        best = max((x for x in ctx.scorer.units() if x.kind != "heading"), key=ctx.scorer.score, default=None)
        if best is None:
            return None
        post = best.role or ((p := snap.profile_at(best.file, best.line_start)) and p.title) or None
        if post is None or not any(c._items_of(p, kind) for p in snap.profiles_of(post)):
            return None
        sub = ctx.u.model_copy(update={"role": post, "asked_role": post, "role_status": "known", "role_match": "exact"})
        drafted = c.role_list(c.Context(snapshot=snap, u=sub, scorer=ctx.scorer, book=ctx.book), kind)
        if drafted is None:
            return None
        ctx.u = sub
        note = f"按您的描述，这里回答的是「{escape_md(post)}」。"
        return replace(drafted, text=f"{note}\n\n{drafted.text}", caveat=note)

    def _of_last_post(self, ctx: c.Context, post_turn: Turn | None) -> c.Draft | None:
        """"干这行最忌讳啥?", "平时要不要给研发的同事做培训?" right after a post was discussed, naming
        no post: not out of scope when a sentence of that post's own material says what is asked."""
        u = ctx.u
        if post_turn is None or not post_turn.previous.role or u.has_role or u.role_status != "none" or u.smalltalk:
            return None
        if asks_live_data(u.question, ctx.lexicon):
            return None
        was = post_turn.previous
        asked = self._asked_of_post(ctx, was.role or "")
        synonyms = [w for group in ctx.lexicon.synonyms.groups for w in group if w in u.question]
        if not asked or c.unseen_phrase(ctx, u.question, [was.role or "", *synonyms]):
            return None
        sub = c.Context(snapshot=ctx.snapshot, scorer=ctx.scorer, book=ctx.book, u=u.model_copy(
            update={"role": was.role, "role_status": was.role_status, "asked_role": was.asked_role}))  # fmt: skip
        found = self._post_says(sub, asked)
        if found is not None:
            ctx.u = sub.u  # the turn is about that post: "他呢?" next still refers to it
        return found

    @staticmethod
    def _continues(ctx: c.Context, prev: Turn | None) -> bool:
        """A short question right after an answered one, searched with it ("年假一年有几天?" →
        "今年没休完能留到明年吗?"), whose best passage sits in a section that answer quoted: it
        stays on the topic the knowledge base was just found to cover."""
        if ctx.u.followup != "context" or prev is None or not prev.items:
            return False
        quoted = {ref.section_id for group in prev.items for ref in group}
        units = [x for x in ctx.scorer.units() if x.kind != "heading"]
        if not units:
            return False
        best = max(units, key=ctx.scorer.score).section_id
        if best not in quoted:
            return False
        # "医保住院报销比例是多少" after a 医保办 post's duties: the passage was found by the question
        # before; a phrase no document writes ("住院报销") asks what no passage says ("第三档具体怎么规定的"
        # asks the passage just shown)
        known = [prev.previous.question, prev.previous.role or ""]
        if c.unseen_phrase(ctx, ctx.u.question, known) is None:
            return True
        # (unless the passage says a word the question adds: "出勤情况由谁来查" of the rules just shown)
        added = bigrams(content_text(fold(ctx.u.question))) - bigrams(content_text(fold(" ".join(known))))
        said = {f for x in units if x.section_id == best for f in bigrams(fold(x.text))}
        return bool({f for f in added if ctx.snapshot.idf.df.get(f, 0)} & said)

    @staticmethod
    def _list_part(ctx: c.Context, prev: Turn) -> c.Draft | None:
        """"第二部分具体讲讲" right after a list shown under its parts' headings: that part of the
        post's list, whole (the answer may have shown only its first lines)."""
        was = prev.previous
        if was.intent not in (Intent.duty, Intent.qualification) or not was.role:
            return None
        return Assistant._nth_part(ctx, ctx.u.model_copy(update={"role": was.role, "intent": was.intent, "attribute": None, "attributes": []}))

    @staticmethod
    def _nth_part(ctx: c.Context, sub: Understanding) -> c.Draft | None:
        """The part of ``sub``'s post's list that the question numbers ("第三块职责"), whole, when the list
        stands under two or more parts' headings; ``ctx.u`` becomes ``sub``. None otherwise."""
        kind = c.kind_of(sub.intent) or SectionKind.duties
        if part_number(ctx.u.question, ctx.lexicon) is None:
            return None
        whole = c.role_list(c.Context(snapshot=ctx.snapshot, u=sub.model_copy(update={"question": ""}), scorer=ctx.scorer,
                                      book=CitationBook(ctx.snapshot)), kind)  # fmt: skip
        if whole is None or len(c.group_headings([x for group in whole.item_units for x in group])) < 2:
            return None
        drafted = c.role_list(c.Context(snapshot=ctx.snapshot, u=sub, scorer=ctx.scorer, book=ctx.book), kind)
        if drafted is None:
            return None
        ctx.u = sub
        return drafted

    def _expand(self, ctx: c.Context, prev: Turn, n: int) -> c.Draft:
        if n < 0:  # "最后一条", "倒数第二条"
            n = len(prev.items) + 1 + n
        named = self._named_target(ctx, prev, n)
        whole = self._section_item(ctx, prev, n) if n > len(prev.items) and named is None else None
        if whole is None and named is None and n > len(prev.items) <= 1:
            # "第七条呢" after a one-fact answer or "资料没有写明这一点" about the post: no list was
            # shown, so the number counts in the post's own duties
            whole = self._duty_item(ctx, prev.previous.role, n)
        if whole is not None:
            # "第八条什么意思" after 4 lines quoted from a list of 8: the list's own 8th item
            ctx.u.role = prev.previous.role
            return c.expand(ctx, n, [whole], [])
        if named is None and (n < 1 or n > len(prev.items)):
            have = len(prev.items)
            return c.Draft(text=f"上一个回答只有 {have} 条，没有第 {n} 条。可以说「第1条展开说说」（1 到 {have} 之间）。",
                           refused=True, note="条目编号超出范围", role=prev.previous.role)  # fmt: skip
        units = [named] if named is not None else [ref.unit() for ref in prev.item(n)]
        entry = ctx.snapshot.kpi_entry(units[0].section_id) if units and units[0].section_kind == SectionKind.kpi else None
        if entry is not None:
            # an indicator of a KPI list: its row's fields (and what the row does not state)
            return c.kpi_detail(ctx, entry)
        related: list[Unit] = []
        if self.searcher is not None and units:
            try:
                hits = self.searcher.search(units[0].text, k=5, boost_roles=[prev.previous.role] if prev.previous.role else None)
            except Exception:  # noqa: BLE001
                hits = []
            scorer = Scorer(ctx.snapshot, units[0].text, hits)
            pool = scorer.units()
            own = squash(prev.previous.role or "")
            # another post's list item is that post's duty, no explanation of this one
            # the answer's own items were all shown: another of them explains none ("第五条展开" of a
            # posting's requirements is not its second requirement read again from the posting's row)
            shown = {(ref.file, ref.line_start, squash(ref.text)) for refs in prev.items for ref in refs}
            pool = [x for x in pool if x.kind in ("sentence", "item") and not (x.file == units[0].file and x.line_start == units[0].line_start)
                    and (x.file, x.line_start, squash(x.text)) not in shown
                    and not (x.kind == "item" and x.role and own and squash(x.role) != own)]
            pool.sort(key=lambda x: -scorer.score(x))
            # what explains this post's item is in its own document or about the same post, not a
            # passage of another company's essay that shares its words
            related = [x for x in pool if scorer.lexical(x) >= 0.3
                       and (x.file == units[0].file or own and x.role and squash(x.role) == own)]  # fmt: skip
        ctx.u.role = prev.previous.role
        return c.expand(ctx, n, units, related)

    @staticmethod
    def _named_target(ctx: c.Context, prev: Turn, n: int) -> Unit | None:
        """The item a numbered follow-up names in the post's own material when the last answer
        does not hold it: "2.3那条" (the document's own numbering: part 2, item 3), "第四条合规意识
        具体指啥" (the item's words), "核心工作第三点" (the third item of the list so headed)."""
        role = prev.previous.role
        if not role:
            return None
        snap = ctx.snapshot
        # (the sections of the post's profiles too: "快递业务员的工作内容:" heads a list of 快递业业务员)
        sids = list(dict.fromkeys([*snap.sections_with_role(squash(role))[:ROLE_SECTIONS_MAX],
                                   *(sid for p in snap.profiles_of(role) for item in [*p.duties, *p.qualifications]
                                     if (sid := snap.section_id_at(item.span.file, item.span.line_start)))]))  # fmt: skip
        units = [x for sid in sids for x in section_units(snap, sid) if x.kind in ("item", "field")]
        q = fold(ctx.u.question)
        dotted = re.search(r"(?<![\d.])(\d{1,2})\s*[.．]\s*(\d{1,2})(?![\d.])", q)
        if dotted:
            part, number = int(dotted.group(1)), int(dotted.group(2))
            heads = list(dict.fromkeys(x.heading for x in units if x.heading and re.match(r"^\s*\d", x.heading)))
            head = next((h for h in heads if int(re.match(r"^\s*(\d+)", h).group(1)) == part), None)  # type: ignore[union-attr]
            under = [x for x in units if head is not None and x.heading == head]
            exact = [x for x in units if re.match(rf"^\s*{part}\s*[.．]\s*{number}(?!\d)", x.text)]
            return exact[0] if exact else under[number - 1] if 0 < number <= len(under) else None
        cues = ctx.lexicon.intents.followup
        rest = re.sub(r"第?\s*[一二三四五六七八九十两\d]{1,3}\s*(?:" + "|".join(map(re.escape, cues.expand_units)) + ")", " ", q)
        for word in sorted(cues.expand, key=len, reverse=True):
            rest = rest.replace(fold(word), " ")
        # "第7条具体怎么操作": the verb after 怎么 asks how, it names no item
        rest = re.sub(r"(?:怎么|怎样|如何|咋)[\u4e00-\u9fff]{0,2}", " ", rest)
        words = [w for w in content_text(rest).split() if len(squash(w)) >= 2]
        if not words:
            return None
        # ("素养里头第二条": the list's heading, then where in it)
        word = re.sub(r"(里头|里面|里边|当中|中的|里的|里|中)$", "", squash(max(words, key=len)))
        if len(word) < 2:
            return None
        if 1 <= n <= len(prev.items) and any(word in squash(ref.unit().text) for ref in prev.item(n)):
            return None  # the item shown is the one named
        # "第4个指标怎么扣分": a kind's own noun right after the number is what the items are, no item named
        # (before it, "工作责任里第二条", it heads the list meant)
        units_re = "|".join(map(re.escape, cues.expand_units))
        if (word in {squash(w) for words in ctx.lexicon.sections.kinds.values() for w in words}
                and re.search(rf"[一二三四五六七八九十两\d]\s*(?:{units_re})\s*{re.escape(word)}", squash(q))):  # fmt: skip
            return None
        named = [x for x in units if word in squash(x.text)]
        if len(named) == 1:
            return named[0]
        headed = [x for x in units if x.heading and word in squash(x.heading)]
        return headed[n - 1] if 0 < n <= len(headed) else None

    @staticmethod
    def _duty_item(ctx: c.Context, role: str | None, n: int) -> Unit | None:
        """Item ``n`` of the post's first duties list that has that many items."""
        snap = ctx.snapshot
        for sid in snap.sections_with_role(squash(role or "")):
            ref = snap.section_ref(sid)
            if ref is None or ref.kind != SectionKind.duties:
                continue
            listed = [x for x in section_units(snap, sid) if x.kind in ("item", "field")]  # (a table's numbered cells)
            if 1 <= n <= len(listed):
                return listed[n - 1]
        return None

    @staticmethod
    def _section_item(ctx: c.Context, prev: Turn, n: int) -> Unit | None:
        """Item ``n`` of the list the last answer quoted first, when it showed only some of it."""
        refs = [ref for group in prev.items for ref in group]
        if not refs or refs[0].kind != "item":
            return None
        sid = refs[0].section_id
        shown = sum(1 for ref in refs if ref.section_id == sid)
        listed = [x for x in section_units(ctx.snapshot, sid) if x.kind == "item"]
        return listed[n - 1] if shown < len(listed) and 1 <= n <= len(listed) else None


def _evidence(book: CitationBook, draft: c.Draft) -> dict[int, str]:
    """citation id -> the full text of every unit cited under it (one id can stand for several
    items of one passage); the LLM rewrites from these and the guard checks each id against its own."""
    texts: dict[int, list[str]] = {}
    for item, units in zip(draft.items, draft.item_units):
        for cid, unit in zip(item.citations, units):
            texts.setdefault(cid, [])
            if unit.text not in texts[cid]:
                texts[cid].append(unit.text)
    for cit in book.citations:
        texts.setdefault(cit.id, [cit.quote])  # cited outside the items (a second source's extra lines)
    return {cid: "\n".join(parts) for cid, parts in texts.items()}


__all__ = ["Assistant", "EMPTY_INDEX_MESSAGE", "section_units"]
