"""Run a gold set through gangwei (HybridSearcher + Assistant) and the LangChain baseline.

Components are injectable (``searcher=``, ``assistant=``, ``baseline=``) so tests can plug in a
deliberately broken retriever or composer and watch the gate fail.
"""

from __future__ import annotations

import hashlib
import json
import resource
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Protocol, Union

from assistant.config import PROJECT_ROOT, Settings
from assistant.eval import metrics as m
from assistant.eval.corpus import CorpusLines
from assistant.eval.gold import EvidenceSpan, GoldItem, RetrievalItem
from assistant.eval.results import CitationCheck, EvalReport, QuestionResult, SystemResult, summarize
from assistant.models import Answer, Hit, Intent

EvalItem = Union[GoldItem, RetrievalItem]
Progress = Callable[[str, int, int], None]  # (system name or "baseline:embed", done, total)

RETRIEVAL_K = 10


class EvalSystem(Protocol):
    """What the runner needs from a system under test."""

    name: str

    def search(self, question: str, k: int = 10) -> list[Hit]: ...

    def new_conversation(self) -> object | None: ...

    def ask(self, question: str, conversation: object | None = None) -> Answer: ...


class GangweiSystem:
    """gangwei as the runner sees it: the hybrid searcher for retrieval, the Assistant for answers."""

    name = "gangwei"

    def __init__(self, searcher, assistant=None) -> None:
        self.searcher = searcher
        self.assistant = assistant

    def search(self, question: str, k: int = 10) -> list[Hit]:
        return self.searcher.search(question, k=k)

    def new_conversation(self) -> object | None:
        from assistant.answer.conversation import Conversation

        return Conversation()

    def warmup(self) -> None:
        for part in (self.searcher, self.assistant):
            if hasattr(part, "warmup"):
                part.warmup()

    def ask(self, question: str, conversation: object | None = None) -> Answer:
        if self.assistant is None:
            raise RuntimeError("no assistant configured")
        return self.assistant.ask(question, conversation=conversation)


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def fingerprint(items: Sequence[EvalItem]) -> str:
    """Identifies the questions and gold evidence, so a baseline is only compared with its own set."""
    payload = json.dumps([i.model_dump(mode="json") for i in items], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _span_label(file: str, start: int, end: int) -> str:
    return f"{file}:{start}-{end}"


def _error_answer(question: str) -> Answer:
    # A crashed answer is scored like an empty, uncited, non-refusing one: it helps no one.
    return Answer(question=question, intent=Intent.method, text="", refused=False)


def _score_retrieval(result: QuestionResult, system: EvalSystem, question: str, evidence: Sequence[EvidenceSpan]) -> None:
    try:
        hits = list(system.search(question, k=RETRIEVAL_K))
    except Exception as exc:  # a broken retriever scores zero and is reported, not fatal
        hits = []
        result.error = result.error or f"search: {type(exc).__name__}: {exc}"
    scores = m.retrieval_scores(hits, evidence)
    result.first_rank = scores.first_rank
    result.recall = {str(k): v for k, v in scores.recall.items()}
    result.mrr = scores.mrr
    result.ndcg = scores.ndcg
    result.retrieved = [_span_label(h.chunk.file, h.chunk.line_start, h.chunk.line_end) for h in hits[:RETRIEVAL_K]]


def _score_answer(
    result: QuestionResult,
    system: EvalSystem,
    question: str,
    conversation: object | None,
    evidence: Sequence[EvidenceSpan],
    key_points: Sequence[Sequence[str]],
    lines_of: m.LineSource,
) -> None:
    start = time.perf_counter()
    try:
        answer = system.ask(question, conversation=conversation)
    except Exception as exc:
        answer = _error_answer(question)
        result.error = f"ask: {type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    result.answer = answer.text
    result.refused = answer.refused
    result.key_points = [list(g) for g in key_points]
    if key_points:
        result.key_points_hit = m.key_point_hits(answer.text, key_points)
        result.key_point_coverage = m.key_point_coverage(answer.text, key_points)
    elif result.in_scope:
        result.key_point_coverage = 0.0
    relevant = m.citation_relevance(answer.citations, evidence) if evidence else [None] * len(answer.citations)
    valid = m.citation_validity(answer.citations, lines_of)
    result.citations = [
        CitationCheck(id=c.id, file=c.file, line_start=c.line_start, line_end=c.line_end, relevant=r, valid=v)
        for c, r, v in zip(answer.citations, relevant, valid)
    ]
    if result.in_scope and not answer.refused:
        result.citation_precision = m.citation_precision(answer.citations, evidence)
    timings = {"e2e": elapsed * 1000.0}
    for stage in ("retrieve", "compose"):
        if stage in answer.timings:
            timings[stage] = float(answer.timings[stage]) * 1000.0
    result.timings_ms = timings


def evaluate_system(
    system: EvalSystem,
    items: Sequence[EvalItem],
    lines_of: m.LineSource,
    answers: bool = True,
    progress: Progress | None = None,
) -> list[QuestionResult]:
    """Per-question results of one system. Retrieval is scored on standalone in-scope questions
    (first turns); answers on every turn, later turns sharing the item's conversation."""
    out: list[QuestionResult] = []
    for done, item in enumerate(items, 1):
        if isinstance(item, RetrievalItem):
            result = QuestionResult(key=item.id, item_id=item.id, intent="retrieval", persona="-", question=item.question)
            _score_retrieval(result, system, item.question, item.evidence)
            out.append(result)
        else:
            out.extend(_evaluate_gold_item(system, item, lines_of, answers))
        if progress:
            progress(system.name, done, len(items))
    return out


def _evaluate_gold_item(system: EvalSystem, item: GoldItem, lines_of: m.LineSource, answers: bool) -> list[QuestionResult]:
    first = QuestionResult(
        key=item.id,
        item_id=item.id,
        intent=item.intent,
        persona=item.persona,
        question=item.question,
        expect_refusal=item.expect_refusal,
    )
    results = [first]
    conversation = None
    if answers:
        try:
            conversation = system.new_conversation()
        except Exception as exc:
            first.error = f"conversation: {type(exc).__name__}: {exc}"
        # Ask before searching: the searcher's query cache must not flatter the timed answer.
        _score_answer(first, system, item.question, conversation, item.evidence, item.key_points, lines_of)
    if not item.expect_refusal:
        _score_retrieval(first, system, item.question, item.evidence)
    if not answers:
        return results
    for n, turn in enumerate(item.turns or [], 1):
        expect_refusal = turn.intent == "out_of_scope"
        result = QuestionResult(
            key=f"{item.id}#{n}",
            item_id=item.id,
            turn=n,
            intent=turn.intent,
            persona=item.persona,
            question=turn.question,
            expect_refusal=expect_refusal,
        )
        _score_answer(result, system, turn.question, conversation, turn.evidence, turn.key_points, lines_of)
        result.followup_ok = bool(
            result.error is None
            and (
                result.refused
                if expect_refusal
                else not result.refused and (result.key_point_coverage or 0.0) >= m.FOLLOWUP_PASS_COVERAGE
            )
        )
        results.append(result)
    return results


def system_result(
    system: EvalSystem,
    items: Sequence[EvalItem],
    lines_of: m.LineSource,
    answers: bool = True,
    progress: Progress | None = None,
    measure_rss: bool = True,
) -> SystemResult:
    if hasattr(system, "warmup"):
        # Load models and dictionaries first: latency figures describe warm, steady-state answers.
        try:
            system.warmup()
        except Exception:  # a broken component shows up in the scored questions instead
            pass
    questions = evaluate_system(system, items, lines_of, answers=answers, progress=progress)
    metrics, counts = summarize(questions, peak_rss_mb() if measure_rss else None)
    return SystemResult(name=system.name, metrics=metrics, counts=counts, questions=questions)


def settings_summary(settings: Settings, assistant: object | None) -> dict[str, str | int | float | None]:
    backend = "llm:" + settings.llm_model if settings.llm_base_url and settings.llm_model else "extractive"
    corpus = Path(settings.corpus_dir).resolve()
    # Relative to the checkout when possible, so the committed baseline does not name a machine.
    shown = corpus.relative_to(PROJECT_ROOT) if corpus.is_relative_to(PROJECT_ROOT) else corpus
    return {
        "corpus_dir": shown.as_posix(),
        "embedding": settings.embedding,
        "chunk_size": settings.chunk_size,
        "candidates": settings.candidates,
        "rrf_k": settings.rrf_k,
        "weights": f"dense={settings.weight_dense} bigram={settings.weight_bigram} jieba={settings.weight_jieba}",
        "answer_backend": backend if assistant is not None else None,
    }


def run_eval(
    settings: Settings,
    items: Sequence[EvalItem],
    *,
    set_name: str = "gold",
    searcher=None,
    assistant=None,
    baseline: EvalSystem | bool = True,
    answers: bool | None = None,
    progress: Progress | None = None,
) -> EvalReport:
    """Evaluate gangwei (and the baseline, unless ``baseline=False``) on ``items``.

    ``searcher``/``assistant`` default to the real components built from ``settings``; pass
    your own (or broken ones) to test the harness. ``answers`` defaults to True when the set has
    gold answers (GoldItem) and False for a retrieval-only set.
    """
    started = time.perf_counter()
    if answers is None:
        answers = any(isinstance(i, GoldItem) for i in items)
    if searcher is None:
        from assistant.retrieve.retriever import HybridSearcher

        searcher = HybridSearcher(settings)
    if assistant is None and answers:
        from assistant.answer.chain import Assistant

        assistant = Assistant(settings, searcher=searcher)
    lines_of = CorpusLines(settings.corpus_dir)

    report = EvalReport(
        set_name=set_name,
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        fingerprint=fingerprint(items),
        items=len(items),
        config=settings_summary(settings, assistant),
    )
    gangwei = GangweiSystem(searcher, assistant)
    report.systems["gangwei"] = system_result(gangwei, items, lines_of, answers=answers, progress=progress)

    if baseline is not False:
        if baseline is True:
            from assistant.eval.baseline import NaiveRagBaseline

            with NaiveRagBaseline(settings) as naive:
                embed_progress = (lambda done, total: progress("baseline:embed", done, total)) if progress else None
                naive.build(progress=embed_progress)
                report.systems["baseline"] = system_result(
                    naive, items, lines_of, answers=answers, progress=progress, measure_rss=False
                )
        else:
            report.systems["baseline"] = system_result(
                baseline, items, lines_of, answers=answers, progress=progress, measure_rss=False
            )
    report.duration_s = time.perf_counter() - started
    return report
