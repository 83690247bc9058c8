"""Run an item set through gangwei and the LangChain recipe, on the same questions.

gangwei is reached through ``Services`` (search, chat, tools) unless a system is injected:
``system=`` (any ``EvalSystem``, e.g. ``ScriptedSystem``) or ``searcher=``/``assistant=`` (tests plug
in a deliberately broken retriever or composer and watch the gate fail).
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
from typing import Any

from assistant.config import PROJECT_ROOT, Settings
from assistant.eval import metrics as m
from assistant.eval.corpus import CorpusLines
from assistant.eval.gold import (
    EvalItem,
    Evidence,
    GoldItem,
    RetrievalItem,
    ToolSpec,
    fingerprint_payload,
    has_quotes,
    normalize_text,
    resolve_evidence,
    spans,
)
from assistant.eval.results import CitationCheck, EvalReport, QuestionResult, SystemResult, breakdown, summarize
from assistant.eval.systems import ComponentSystem, EvalSystem, ServicesSystem, has_tools
from assistant.eval.tools_check import check_tool_output
from assistant.models import Answer, Hit, Intent
from assistant.text import unescape_md

Progress = Callable[[str, int, int], None]  # (system name or "baseline:embed", done, total)

RETRIEVAL_K = 10

# Kept for callers of the first harness: gangwei from a searcher and an assistant.
GangweiSystem = ComponentSystem


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def fingerprint(items: Sequence[EvalItem]) -> str:
    """Identifies the questions and gold evidence, so a baseline is only compared with its own set."""
    payload = json.dumps([fingerprint_payload(i) for i in items], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _span_label(file: str, start: int, end: int) -> str:
    return f"{file}:{start}-{end}"


def _error_answer(question: str) -> Answer:
    # A crashed answer is scored like an empty, uncited, non-refusing one: it helps no one.
    return Answer(question=question, intent=Intent.method, text="", refused=False)


def _value(x: Any) -> str | None:
    return None if x is None else str(getattr(x, "value", x))


def _score_retrieval(result: QuestionResult, system: EvalSystem, question: str, evidence: Sequence[Evidence]) -> None:
    try:
        hits: list[Hit] = list(system.search(question, k=RETRIEVAL_K))
    except Exception as exc:  # a broken retriever scores zero and is reported, not fatal
        hits = []
        result.error = result.error or f"search: {type(exc).__name__}: {exc}"
    scores = m.retrieval_scores(hits, spans(evidence))
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
    evidence: Sequence[Evidence],
    key_points: Sequence[Sequence[str]],
    lines_of: m.LineSource,
) -> Answer:
    start = time.perf_counter()
    try:
        answer = system.ask(question, conversation=conversation)
    except Exception as exc:
        answer = _error_answer(question)
        result.error = f"ask: {type(exc).__name__}: {exc}"
    elapsed = time.perf_counter() - start
    gold = spans(evidence)
    text = unescape_md(answer.text)  # corpus text in answers is Markdown-escaped
    result.answer = answer.text
    result.answer_intent = _value(answer.intent)
    result.answer_attribute = _value(getattr(answer, "attribute", None))
    result.answer_tool = _value(getattr(answer, "tool", None))
    result.refused = answer.refused
    result.backend = getattr(answer, "backend", None)
    result.fallback_reason = getattr(answer, "fallback_reason", None)
    result.key_points = [list(g) for g in key_points]
    if key_points:
        result.key_points_hit = m.key_point_hits(text, key_points)
        result.key_point_coverage = m.key_point_coverage(text, key_points)
    elif result.in_scope:
        result.key_point_coverage = None if result.intent in ("jd", "kpi_design") else 0.0
    relevant = m.citation_relevance(answer.citations, gold) if gold else [None] * len(answer.citations)
    valid = m.citation_validity(answer.citations, lines_of)
    result.citations = [
        CitationCheck(id=c.id, file=c.file, line_start=c.line_start, line_end=c.line_end, relevant=r, valid=v)
        for c, r, v in zip(answer.citations, relevant, valid)
    ]
    if result.in_scope and not answer.refused and gold:
        result.citation_precision = m.citation_precision(answer.citations, gold)
        result.cited_gold = m.cited_gold(answer.citations, gold)
    if result.attribute is not None:
        # Judged on content, like every system is: the attribute an answer says it answered is shown
        # in the failure listing but does not decide (a question may ask for two fields at once).
        result.attribute_ok = bool(
            result.error is None
            and not answer.refused
            and (result.key_point_coverage is None or result.key_point_coverage >= m.FOLLOWUP_PASS_COVERAGE)
        )
    timings = {"e2e": elapsed * 1000.0}
    for stage in ("retrieve", "compose"):
        if stage in answer.timings:
            timings[stage] = float(answer.timings[stage]) * 1000.0
    result.timings_ms = timings
    return answer


def _check_tool(
    result: QuestionResult,
    system: EvalSystem,
    spec: ToolSpec,
    key_points: Sequence[Sequence[str]],
    lines_of: m.LineSource,
    answered: bool,
) -> None:
    output, error = None, None
    start = time.perf_counter()
    try:
        output = system.tool(spec)  # type: ignore[attr-defined]
    except Exception as exc:  # the tool refusing or crashing is a failed check, not a failed run
        error = f"{type(exc).__name__}: {exc}"
    result.timings_ms["tool"] = (time.perf_counter() - start) * 1000.0
    check = check_tool_output(spec, output, lines_of, key_points, error=error)
    if answered:
        check.routed = result.answer_tool == spec.kind
    result.tool = check


def _attribute_of(item: GoldItem) -> str | None:
    return item.attribute if item.intent in ("attribute", "followup") else None


def evaluate_system(
    system: EvalSystem,
    items: Sequence[EvalItem],
    lines_of: m.LineSource,
    answers: bool = True,
    progress: Progress | None = None,
) -> list[QuestionResult]:
    """Per-question results of one system. Retrieval is scored on standalone in-scope questions
    (first turns); answers on every turn, later turns sharing the item's conversation; tool checks
    on the turns that carry a ``tool`` (systems without tools: none)."""
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
    tools = has_tools(system)
    first = QuestionResult(
        key=item.id,
        item_id=item.id,
        intent=item.intent,
        persona=item.persona,
        question=item.question,
        expect_refusal=item.expect_refusal,
        attribute=_attribute_of(item),
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
    if not item.expect_refusal and spans(item.evidence):
        _score_retrieval(first, system, item.question, item.evidence)
    if item.tool is not None and tools:
        _check_tool(first, system, item.tool, item.key_points, lines_of, answered=answers)
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
            attribute=turn.attribute if turn.intent == "attribute" else None,
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
        if turn.tool is not None and tools:
            _check_tool(result, system, turn.tool, turn.key_points, lines_of, answered=True)
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
    return SystemResult(name=system.name, metrics=metrics, counts=counts, breakdown=breakdown(questions), questions=questions)


def shown_path(path: Path) -> str:
    """Relative to the checkout when possible (or to its parent, for ../shared), so reports and the
    committed baselines do not name a machine."""
    resolved = Path(path).resolve()
    for base, prefix in ((PROJECT_ROOT, ""), (PROJECT_ROOT.parent, "../")):
        if resolved.is_relative_to(base):
            return prefix + resolved.relative_to(base).as_posix()
    return resolved.as_posix()


def settings_summary(settings: Settings, gangwei: object | None, corpus: str | None = None) -> dict[str, str | int | float | None]:
    backend = "llm:" + settings.llm_model if settings.llm_base_url and settings.llm_model else "extractive"
    return {
        "corpus_dir": corpus or shown_path(Path(settings.corpus_dir)),
        "embedding": settings.embedding,
        "chunk_size": settings.chunk_size,
        "candidates": settings.candidates,
        "rrf_k": settings.rrf_k,
        "weights": " ".join(f"{name}={w}" for name, w in settings.fusion_weights.items()),
        "reranker": getattr(settings, "reranker", None),
        "answer_backend": backend if gangwei is not None else None,
    }


def hidden_keys(questions: Sequence[QuestionResult], items: Sequence[EvalItem], hidden_questions: set[str]) -> list[str]:
    """Keys of the records of items whose first question belongs to a test set."""
    if not hidden_questions:
        return []
    hidden_items = {i.id for i in items if normalize_text(i.question) in hidden_questions}
    return [q.key for q in questions if q.item_id in hidden_items]


def run_eval(
    settings: Settings,
    items: Sequence[EvalItem],
    *,
    set_name: str = "gold",
    split: str = "dev",
    corpus_label: str | None = None,
    system: EvalSystem | None = None,
    services: Any = None,
    searcher: Any = None,
    assistant: Any = None,
    baseline: EvalSystem | bool = True,
    answers: bool | None = None,
    progress: Progress | None = None,
    hidden_questions: set[str] | None = None,
    lines_of: CorpusLines | None = None,
) -> EvalReport:
    """Evaluate gangwei (and the LangChain recipe, unless ``baseline=False``) on ``items``.

    gangwei is ``system`` if given, else the ``searcher``/``assistant`` pair if given, else
    ``ServicesSystem(services or Services(settings))`` over the index under ``settings.home``.
    ``answers`` defaults to True when the set has gold answers (GoldItem) and False for a
    retrieval-only set. Quoted evidence is resolved against ``settings.corpus_dir`` here.
    ``split="test"`` marks a frozen set: its written reports carry no per-question records, and
    items whose question is in ``hidden_questions`` are withheld the same way in any set.
    """
    started = time.perf_counter()
    lines_of = lines_of or CorpusLines(settings.corpus_dir, settings)
    if has_quotes(items):
        items, problems = resolve_evidence(items, lines_of)
        if problems:
            raise ValueError("; ".join(problems))
    if answers is None:
        answers = any(isinstance(i, GoldItem) for i in items)
    if system is None:
        if searcher is not None or assistant is not None:
            if searcher is None:
                from assistant.retrieve.retriever import HybridSearcher

                searcher = HybridSearcher(settings)
            system = ComponentSystem(searcher, assistant)
            if assistant is None and answers:
                from assistant.answer.chain import Assistant

                system.assistant = Assistant(settings, searcher=searcher)
        else:
            if services is None:
                from assistant.services import Services

                services = Services(settings)
            system = ServicesSystem(services)

    report = EvalReport(
        set_name=set_name,
        created=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        fingerprint=fingerprint(items),
        items=len(items),
        split=split,
        corpus=corpus_label or shown_path(Path(settings.corpus_dir)),
        config=settings_summary(settings, system, corpus_label),
    )
    report.systems["gangwei"] = system_result(system, items, lines_of, answers=answers, progress=progress)

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
    report.hidden = hidden_keys(report.gangwei.questions, items, hidden_questions or set())
    report.duration_s = time.perf_counter() - started
    return report
