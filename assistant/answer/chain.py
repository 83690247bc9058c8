"""The answer pipeline as a LangChain runnable chain: understand -> retrieve -> compose -> (LLM).

``Assistant`` loads the records, the retriever and the prompts once; ``ask`` then takes tens of
milliseconds. Each stage is a ``RunnableLambda`` over a plain state dict, so the chain can be
inspected, traced and extended like any LangChain runnable.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Iterator

from assistant.answer.compose import (
    Draft,
    about_role,
    compose_expand,
    compose_kpi,
    compose_missing_kind,
    compose_passages,
    compose_refusal,
    compose_role_section,
    intent_kind,
    method_units,
    missing_kind_intro,
    with_other_role_caveat,
)
from assistant.answer.conversation import Conversation, Turn
from assistant.answer.kb import KnowledgeBase
from assistant.answer.lists import compose_list, is_prose, list_score, render_list
from assistant.answer.relevance import Query, Scorer
from assistant.answer.understand import RoleStatus, Understanding, understand
from assistant.config import Settings
from assistant.models import Answer, Intent, SectionKind

# Refusal gate. evidence = lexical + DENSE_WEIGHT * (dense - DENSE_PIVOT), where lexical is
# Scorer.best_lexical() (share of the question's IDF-weighted word bigrams covered by the best
# evidence unit, 0..1) and dense the e5 cosine of the closest retrieved passage. Calibrated on
# evals/data/answer_scope.jsonl + evals/data/retrieval_dev.jsonl, checked on evals/data/gold.jsonl:
# see evals/answer_calibration.md (script: benchmarks/calibrate_answer.py).
DENSE_PIVOT = 0.85
DENSE_WEIGHT = 5.0
MIN_EVIDENCE = 0.55
# A question without any domain word (岗位, 考核, 客户 ...) must match much better to be answered.
MIN_EVIDENCE_NO_DOMAIN = 0.65
# A question naming a role the corpus describes, or a core topic (KPI, 绩效, 岗位职责 ...), is in
# scope on weaker wording evidence.
MIN_EVIDENCE_KNOWN = 0.40
# Without a vector index (lexical evidence only).
MIN_RELEVANCE = 0.30
MIN_RELEVANCE_NO_DOMAIN = 0.55
# A list answers a "哪几点/哪些步骤" method question when it matches at least this well.
LIST_FOR_METHOD = 0.45

CLARIFY = {
    SectionKind.duties: "请问是哪个岗位的职责？例如：「人力资源专员的岗位职责是什么？」",
    SectionKind.qualifications: "请问是哪个岗位的任职要求？例如：「大客户经理需要什么任职条件？」",
}
EMPTY_INDEX_MESSAGE = "知识库还是空的：请先运行 `gangwei ingest` 导入语料，然后再提问。"


class Assistant:
    """Grounded question answering over the ingested corpus (extractive; optional checked LLM)."""

    def __init__(
        self, settings: Settings, searcher: Any = None, kb: KnowledgeBase | None = None, use_index: bool = True
    ) -> None:
        """``searcher``: a warm HybridSearcher to share (built lazily otherwise). ``use_index=False``
        answers from the records alone (lexical evidence, no vector index needed)."""
        self.settings = settings
        self.kb = kb if kb is not None else KnowledgeBase.load(settings.records_dir)
        self._searcher = searcher
        self._searcher_failed = not use_index
        self._lock = threading.Lock()
        self.method_units = method_units(self.kb) if not self.kb.empty else []
        self._llm = None
        self.chain = self._build_chain()

    # --- components ----------------------------------------------------------------------------

    @property
    def searcher(self) -> Any:
        """The hybrid retriever; built on first use. Without an index the answerer works lexically."""
        if self._searcher is None and not self._searcher_failed and not self.kb.empty:
            with self._lock:
                if self._searcher is None and not self._searcher_failed:
                    try:
                        from assistant.retrieve.retriever import HybridSearcher

                        self._searcher = HybridSearcher(self.settings)
                    except Exception:  # noqa: BLE001 - a missing vector index must not break answering
                        self._searcher_failed = True
        return self._searcher

    @property
    def llm(self):
        if self._llm is None and self.settings.llm_base_url and self.settings.llm_model:
            with self._lock:
                if self._llm is None:
                    from assistant.answer.llm import LlmBackend

                    self._llm = LlmBackend(self.settings)
        return self._llm

    def warmup(self) -> None:
        """Load the retriever's models now, so the first question is as fast as the rest."""
        if self.searcher is not None and hasattr(self.searcher, "warmup"):
            self.searcher.warmup()

    def _build_chain(self):
        from langchain_core.runnables import RunnableLambda

        return (
            RunnableLambda(self._understand, name="understand")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._compose, name="compose")
        )

    # --- public API ----------------------------------------------------------------------------

    def ask(self, question: str, conversation: Conversation | None = None) -> Answer:
        answer: Answer | None = None
        for part in self.stream(question, conversation, _deltas=False):
            if isinstance(part, Answer):
                answer = part
        assert answer is not None
        return answer

    def stream(self, question: str, conversation: Conversation | None = None, _deltas: bool = True) -> Iterator[str | Answer]:
        """Text deltas (str) as they are produced, then the final ``Answer``.

        With the LLM backend the deltas are the model's tokens; if its answer then fails the
        guard, a note and the extractive answer follow, and the final ``Answer`` is extractive.
        """
        started = time.perf_counter()
        state = self.chain.invoke({"question": question, "conversation": conversation, "timings": {}})
        answer: Answer = state["answer"]
        llm = self.llm
        if llm is not None and state.get("llm_ok"):
            t0 = time.perf_counter()
            final = None
            for part in llm.stream_answer(state, deltas=_deltas):
                if isinstance(part, Answer):
                    final = part
                else:
                    yield part
            answer = final or answer
            answer.timings["llm"] = time.perf_counter() - t0
        elif _deltas:
            for line in answer.text.splitlines(keepends=True):
                yield line
        answer.timings["total"] = time.perf_counter() - started
        if conversation is not None:
            conversation.add(Turn(understanding=state["u"], answer=answer, item_units=state["draft"].item_units))
        yield answer

    # --- stages --------------------------------------------------------------------------------

    def _understand(self, state: dict) -> dict:
        t0 = time.perf_counter()
        conversation: Conversation | None = state.get("conversation")
        prev = conversation.last_answered() if conversation is not None else None
        question = (state["question"] or "").strip()
        u = understand(question, self.kb, prev.understanding if prev else None, len(prev.answer.items) if prev else 0)
        state["u"] = u
        state["prev"] = prev
        state["timings"]["understand"] = time.perf_counter() - t0
        return state

    def _retrieve(self, state: dict) -> dict:
        t0 = time.perf_counter()
        u: Understanding = state["u"]
        hits = []
        if u.intent != Intent.out_of_scope and u.expand_item is None and not self.kb.empty:
            searcher = self.searcher
            if searcher is not None:
                query = u.question
                if u.followup and u.role and u.role not in query:
                    query = f"{u.role} {query}"
                kind = intent_kind(u.intent) or (SectionKind.kpi if u.intent == Intent.kpi else None)
                try:
                    hits = searcher.search(
                        query,
                        k=8,
                        boost_kinds=[kind] if kind else None,
                        boost_roles=[u.role] if u.role else None,
                    )
                except Exception:  # noqa: BLE001 - answering continues on the lexical evidence
                    hits = []
        state["hits"] = hits
        kind = intent_kind(u.intent) or (SectionKind.kpi if u.intent == Intent.kpi else None)
        query = Query.make(self.kb, u.question, u.context, u.role, u.asked_role)
        state["scorer"] = Scorer(self.kb, query, hits, kind)
        state["timings"]["retrieve"] = time.perf_counter() - t0
        return state

    def _compose(self, state: dict) -> dict:
        t0 = time.perf_counter()
        from assistant.answer.citations import CitationBook

        u: Understanding = state["u"]
        scorer: Scorer = state["scorer"]
        book = CitationBook(self.kb)
        if self.kb.empty:
            draft = Draft(text=EMPTY_INDEX_MESSAGE, refused=True)
        else:
            draft = self._draft(u, scorer, book, state.get("prev"))
        state["draft"] = draft
        state["book"] = book
        state["answer"] = Answer(
            question=u.question,
            intent=u.intent,
            role=draft.role if not draft.refused else (u.role if u.intent != Intent.out_of_scope else None),
            text=draft.text,
            items=draft.items,
            citations=draft.citations if draft.citations is not None else list(book.citations),
            refused=draft.refused,
            backend="extractive",
            note=draft.note,
            timings=dict(state["timings"]),
        )
        state["answer"].timings["compose"] = time.perf_counter() - t0
        state["llm_ok"] = not draft.refused and bool(draft.items) and u.intent not in (Intent.jd_draft, Intent.kpi_design)
        return state

    def _draft(self, u: Understanding, scorer: Scorer, book, prev: Turn | None) -> Draft:
        if u.intent == Intent.out_of_scope:
            return compose_refusal(self.kb, u)
        if u.expand_missing is not None:
            n, have = u.expand_missing, u.previous_items
            return Draft(
                text=f"上一个回答只有 {have} 条，没有第{n}条。可以说「第1条展开说说」（1 到 {have} 之间）。",
                refused=True,
                note="条目编号超出范围",
            )
        if u.expand_item is not None and prev is not None:
            uids = prev.item_units[u.expand_item - 1] if u.expand_item <= len(prev.item_units) else []
            if uids:
                return compose_expand(self.kb, u.expand_item, uids, book, prev.answer.role)
        if u.intent in (Intent.jd_draft, Intent.kpi_design):
            from assistant.answer.tools_route import route_tool

            routed = route_tool(self.settings, u, self.searcher)
            if routed is not None:
                return routed

        kind = intent_kind(u.intent)
        if kind is not None and not (u.role or u.asked_role) and not scorer.q.specific:
            # "那任职要求呢?" with nothing to refer to: ask which role instead of guessing.
            return Draft(text=CLARIFY[kind], refused=True, note="需要岗位名称")
        if u.intent in (Intent.duty, Intent.qualification, Intent.jd_draft):
            draft = compose_list(self.kb, u, scorer, book, kind or SectionKind.duties)
            if draft is None and not u.role:
                draft = self._best_list(u, scorer, book, kind)
            if draft is not None and (u.role_status == RoleStatus.known or self._in_scope(u, scorer)):
                return with_other_role_caveat(self.kb, u, draft, kind)
            if u.role_status == RoleStatus.known and u.role and kind is not None and not self._has_kind(u.role, kind):
                # A section titled by the role alone ("一、柜员" + its items) is the role's own text.
                own = compose_role_section(self.kb, u, book, kind)
                if own is not None:
                    return own
                # Known role without a list of this kind: only sentences about the role and of the
                # asked kind may answer ("家装业务员需要具有…"), introduced as such; otherwise say so.
                intro = missing_kind_intro(self.kb, u, kind)
                draft = compose_passages(self.kb, u, scorer, book, keep=about_role(self.kb, u.role, kind), intro=intro)
                if draft is None:
                    # No sentence says what the role needs: looser mentions, still introduced as such.
                    loose = about_role(self.kb, u.role, kind, strict=False)
                    draft = compose_passages(self.kb, u, scorer, book, keep=loose, intro=intro)
                return draft if draft is not None else compose_missing_kind(self.kb, u, kind)
        if not self._in_scope(u, scorer):
            return compose_refusal(self.kb, u)
        if u.intent in (Intent.kpi, Intent.kpi_design):
            draft = compose_kpi(self.kb, u, scorer, book, self.method_units)
        else:
            draft = None
            if u.wants_list:
                draft = self._best_list(u, scorer, book)
            if draft is None:
                draft = compose_passages(self.kb, u, scorer, book, intro=self._related_intro(u))
        if draft is None:
            return compose_refusal(self.kb, u)
        return draft

    def _in_scope(self, u: Understanding, scorer: Scorer) -> bool:
        score = evidence_score(scorer)
        if scorer.dense is None:
            return score >= (MIN_RELEVANCE_NO_DOMAIN if u.oos_reason == "no_domain_words" else MIN_RELEVANCE)
        if u.oos_reason == "no_domain_words":
            return score >= MIN_EVIDENCE_NO_DOMAIN
        if u.role_status == RoleStatus.known or u.core_topic:
            return score >= MIN_EVIDENCE_KNOWN
        return score >= MIN_EVIDENCE

    def _has_kind(self, role: str | None, kind: SectionKind) -> bool:
        return bool(role) and any(s.kind == kind for s in self.kb.lists_for_role(role))

    def _best_list(self, u: Understanding, scorer: Scorer, book, kind: SectionKind | None = None) -> Draft | None:
        """The list that matches the question best, if one matches well ("哪几点", role-less duties)."""
        best, best_score = None, 0.0
        # Only a list that holds the best evidence (or, failing that, some of the top three): a
        # long list must not outvote a better paragraph elsewhere.
        ranked = [uid for uid, _ in scorer.ranked(kinds=("sentence", "item"), limit=1)]
        if not ranked:
            return None
        top = self.kb.units[ranked[0]]
        # A duty question is not answered by a requirements list, nor the other way round.
        other = {SectionKind.duties: SectionKind.qualifications, SectionKind.qualifications: SectionKind.duties}.get(kind)
        usable = [s for s in self.kb.lists if not is_prose(self.kb, s) and s.kind != other]
        # The list holding the best unit, or the list of the section it introduces
        # ("…进行新员工开户培训强化方案。" followed by ①②③).
        holding = [s for s in usable if top.uid in s.items or top.passage in s.passages]
        for source in holding:
            score = list_score(self.kb, source, scorer)
            if kind is not None and source.kind == kind:
                score += 0.05
            if score > best_score:
                best, best_score = source, score
        if best is None or best_score < LIST_FOR_METHOD:
            return None
        return render_list(self.kb, u, scorer, book, [best], kind if best.kind == kind else None, None, focus=True)

    @staticmethod
    def _related_intro(u: Understanding) -> str | None:
        if u.asked_role and u.role_status in (RoleStatus.mentioned, RoleStatus.related) and u.asked_role != u.role:
            return f"知识库中没有「{u.asked_role}」的专门岗位描述，以下是语料中最相关的内容。"
        return None


def evidence_score(scorer: Scorer) -> float:
    """The number the refusal gate compares with its thresholds (see the constants above)."""
    lexical = scorer.best_lexical()
    if scorer.dense is None:
        return lexical
    return lexical + DENSE_WEIGHT * (scorer.dense - DENSE_PIVOT)
