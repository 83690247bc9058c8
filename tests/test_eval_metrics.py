"""Eval metrics on small hand-made hits, answers and spans (no models, no index)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from assistant.eval import metrics as m
from assistant.eval.gold import EvidenceSpan
from assistant.eval.results import CitationCheck, QuestionResult, summarize
from assistant.models import Answer, Chunk, Citation, Hit, Intent, Passage, SectionKind, SourceSpan


def ev(file: str, a: int, b: int) -> EvidenceSpan:
    return EvidenceSpan(file=file, line_start=a, line_end=b)


def hit(file: str, a: int, b: int, rank: int = 1, dups: tuple[tuple[str, int, int], ...] = ()) -> Hit:
    chunk = Chunk(
        id=f"{file}:{a}-{b}",
        text="t",
        file=file,
        line_start=a,
        line_end=b,
        article_id="x",
        article_title="x",
        section_kind=SectionKind.duties,
        content_hash="h",
    )
    return Hit(
        rank=rank,
        score=1.0 / rank,
        chunk=chunk,
        duplicates=[SourceSpan(file=f, line_start=s, line_end=e) for f, s, e in dups],
    )


def cite(i: int, file: str, a: int, b: int, quote: str = "q") -> Citation:
    return Citation(id=i, file=file, line_start=a, line_end=b, quote=quote)


# --- spans and retrieval ---------------------------------------------------------------------


def test_overlap_needs_same_file_and_intersecting_lines() -> None:
    assert m.overlaps(ev("a", 5, 10), ev("a", 10, 12))
    assert m.overlaps(ev("a", 5, 10), ev("a", 1, 5))
    assert m.overlaps(ev("a", 5, 10), ev("a", 6, 7))
    assert not m.overlaps(ev("a", 5, 10), ev("a", 11, 12))
    assert not m.overlaps(ev("a", 5, 10), ev("b", 5, 10))


def test_duplicates_make_a_hit_relevant() -> None:
    gold = [ev("b", 100, 110)]
    assert not m.is_relevant(hit("a", 1, 5), gold)
    assert m.is_relevant(hit("a", 1, 5, dups=(("b", 108, 120),)), gold)


def test_the_passage_around_a_hit_makes_it_relevant() -> None:
    gold = [ev("a", 9, 9)]
    bare = hit("a", 1, 5)
    assert not m.is_relevant(bare, gold)
    around = bare.model_copy(update={"passage": Passage(file="a", line_start=1, line_end=9, text="t\nu")})
    assert m.is_relevant(around, gold) and m.retrieval_scores([around], gold).first_rank == 1


def test_retrieval_scores_first_relevant_at_rank_two() -> None:
    gold = [ev("a", 10, 12), ev("a", 40, 41)]
    hits = [hit("a", 1, 5, 1), hit("a", 11, 11, 2), hit("b", 10, 12, 3), hit("a", 38, 45, 4)]
    s = m.retrieval_scores(hits, gold)
    assert s.first_rank == 2
    assert s.recall == {1: 0.0, 5: 1.0, 10: 1.0}
    assert s.mrr == 0.5
    # Each hit covers one of two gold spans: gains 1/2 at ranks 2 and 4.
    assert s.ndcg == pytest.approx(0.5 / math.log2(3) + 0.5 / math.log2(5))


def test_ndcg_is_one_when_the_first_hit_covers_every_copy() -> None:
    gold = [ev("a", 10, 12), ev("a", 50, 52), ev("c", 1, 3)]
    first = hit("a", 10, 12, 1, dups=(("a", 50, 52), ("c", 1, 3)))
    assert m.ndcg_coverage([first, hit("a", 50, 52, 2)], gold) == pytest.approx(1.0)
    # The same spans found one by one, later, score less; a repeat of a covered span adds nothing.
    spread = [hit("x", 1, 1, 1), hit("a", 10, 12, 2), hit("a", 11, 11, 3), hit("a", 50, 52, 4)]
    assert m.ndcg_coverage(spread, gold) == pytest.approx((1 / 3) / math.log2(3) + (1 / 3) / math.log2(5))


def test_retrieval_scores_without_relevant_hits_or_beyond_ten() -> None:
    gold = [ev("a", 10, 12)]
    misses = [hit("z", i, i, i) for i in range(1, 11)]
    s = m.retrieval_scores(misses + [hit("a", 10, 10, 11)], gold)
    assert s.first_rank is None  # rank 11 is outside the scored top 10
    assert s.recall == {1: 0.0, 5: 0.0, 10: 0.0}
    assert s.mrr == 0.0 and s.ndcg == 0.0
    assert m.retrieval_scores([], gold).first_rank is None


# --- answers ---------------------------------------------------------------------------------


def test_key_point_coverage_normalises_width_and_whitespace() -> None:
    text = "负责 ＣＲＭ 系统的维护, 并做客户数据 分析。"
    groups = [["CRM"], ["数据分析", "客户数据分析"], ["投诉处理", "投诉"]]
    assert m.key_point_hits(text, groups) == [True, True, False]
    assert m.key_point_coverage(text, groups) == pytest.approx(2 / 3)
    assert m.key_point_coverage(text, []) == 0.0
    # Case matters, as the gold README says.
    assert m.key_point_hits("crm", [["CRM"]]) == [False]


def test_citation_precision_counts_overlapping_citations() -> None:
    gold = [ev("a", 10, 20)]
    assert m.citation_precision([cite(1, "a", 12, 12), cite(2, "a", 30, 31)], gold) == 0.5
    assert m.citation_precision([cite(1, "a", 20, 25)], gold) == 1.0
    assert m.citation_precision([], gold) == 0.0


LINES = [
    "岗位职责:",  # 1
    "1、负责 ＣＲＭ 系统的日常维护;",  # 2
    "2、负责客户数据分析,   提出改进建议。",  # 3
    "",  # 4
    "任职资格: 本科以上学历",  # 5
]


def lines_of(file: str):
    return LINES if file == "a.txt" else None


def test_quote_matches_after_normalize_line_on_both_sides() -> None:
    assert m.citation_valid(cite(1, "a.txt", 2, 2, "负责CRM系统的日常维护"), lines_of)
    # A quote across lines, with its own spacing and full-width letters.
    assert m.citation_valid(cite(1, "a.txt", 2, 3, "日常维护;\n2、负责客户数据分析, 提出改进建议"), lines_of)
    # Ellipsis-separated fragments must occur in order.
    assert m.citation_valid(cite(1, "a.txt", 1, 3, "负责CRM…提出改进建议"), lines_of)
    assert not m.citation_valid(cite(1, "a.txt", 1, 3, "提出改进建议…负责CRM"), lines_of)


def test_quote_outside_the_cited_lines_is_invalid() -> None:
    assert not m.citation_valid(cite(1, "a.txt", 1, 2, "本科以上学历"), lines_of)  # text is on line 5
    assert not m.citation_valid(cite(1, "a.txt", 5, 9, "本科以上学历"), lines_of)  # beyond the file
    assert not m.citation_valid(cite(1, "b.txt", 1, 1, "岗位职责"), lines_of)  # unknown file
    assert not m.citation_valid(cite(1, "a.txt", 3, 2, "负责"), lines_of)  # reversed range
    assert not m.citation_valid(cite(1, "a.txt", 4, 4, "…"), lines_of)  # nothing quoted
    assert m.citation_validity([cite(1, "a.txt", 5, 5, "本科以上"), cite(2, "a.txt", 1, 1, "本科")], lines_of) == [
        True,
        False,
    ]


def test_followup_turn_ok() -> None:
    groups = [["招聘"], ["培训"], ["考核"], ["薪酬"]]
    answer = Answer(question="q", intent=Intent.duty, text="负责招聘与培训")
    assert m.followup_turn_ok(answer, groups, expect_refusal=False)  # 2/4 = 0.5 passes
    short = Answer(question="q", intent=Intent.duty, text="负责招聘")
    assert not m.followup_turn_ok(short, groups, expect_refusal=False)
    refused = Answer(question="q", intent=Intent.out_of_scope, text="招聘 培训", refused=True)
    assert not m.followup_turn_ok(refused, groups, expect_refusal=False)
    assert m.followup_turn_ok(refused, [], expect_refusal=True)
    assert not m.followup_turn_ok(answer, [], expect_refusal=True)


def test_percentile_matches_numpy_and_aggregates_handle_empty() -> None:
    values = [5.0, 1.0, 9.0, 3.0, 7.5, 2.0]
    for q in (0, 50, 90, 95, 100):
        assert m.percentile(values, q) == pytest.approx(float(np.percentile(values, q)))
    assert m.percentile([], 50) is None
    assert m.mean([]) is None and m.mean([None, 1.0, 0.0]) == 0.5
    assert m.ratio(0, 0) is None


def test_format_value() -> None:
    assert m.format_value("recall@5", 0.8125) == "81.2%"
    assert m.format_value("e2e_p95_ms", 12.34) == "12.3 ms"
    assert m.format_value("peak_rss_mb", 512.4) == "512 MB"
    assert m.format_value("mrr@10", None) == "—"


# --- aggregation -------------------------------------------------------------------------------


def qr(key: str, **kw) -> QuestionResult:
    base = dict(key=key, item_id=key.split("#")[0], intent="duty", persona="hr", question=key)
    base.update(kw)
    return QuestionResult(**base)


def test_summarize_on_hand_made_results() -> None:
    ok_cite = CitationCheck(id=1, file="a", line_start=1, line_end=1, relevant=True, valid=True)
    bad_cite = CitationCheck(id=2, file="a", line_start=9, line_end=9, relevant=False, valid=False)
    questions = [
        # in scope, found at rank 1, fully covered, one good and one bad citation
        qr("q1", first_rank=1, recall={"1": 1, "5": 1, "10": 1}, mrr=1.0, ndcg=1.0, refused=False,
           key_point_coverage=1.0, citations=[ok_cite, bad_cite], citation_precision=0.5,
           timings_ms={"retrieve": 10, "compose": 1, "e2e": 12}),
        # in scope, found at rank 4, wrongly refused
        qr("q2", first_rank=4, recall={"1": 0, "5": 1, "10": 1}, mrr=0.25, ndcg=0.4, refused=True,
           key_point_coverage=0.0, timings_ms={"retrieve": 20, "compose": 2, "e2e": 30}),
        # out of scope, refused correctly (no retrieval scoring)
        qr("oos", intent="out_of_scope", expect_refusal=True, refused=True, timings_ms={"e2e": 5}),
        # follow-up: first turn missed by retrieval, one good later turn and one failing out-of-scope turn
        qr("f1", intent="followup", first_rank=None, recall={"1": 0, "5": 0, "10": 0}, mrr=0.0, ndcg=0.0,
           refused=False, key_point_coverage=0.5, citations=[ok_cite], citation_precision=1.0,
           timings_ms={"e2e": 40}),
        qr("f1#1", turn=1, refused=False, key_point_coverage=0.75, followup_ok=True, timings_ms={"e2e": 50}),
        qr("f1#2", turn=2, intent="out_of_scope", expect_refusal=True, refused=False, followup_ok=False,
           error="ask: boom", timings_ms={"e2e": 1}),
    ]
    metrics, counts = summarize(questions, peak_rss_mb=321.0)
    assert metrics["recall@1"] == pytest.approx(1 / 3)
    assert metrics["recall@5"] == pytest.approx(2 / 3)
    assert metrics["mrr@10"] == pytest.approx((1 + 0.25 + 0) / 3)
    assert metrics["ndcg@10"] == pytest.approx(1.4 / 3)
    assert counts["recall@1"] == 3
    assert metrics["key_point_coverage"] == pytest.approx((1.0 + 0.0 + 0.5) / 3)
    assert metrics["citation_precision"] == pytest.approx((0.5 + 1.0) / 2)  # refused q2 not counted
    assert metrics["citation_validity"] == pytest.approx(2 / 3)
    assert metrics["refusal_accuracy"] == pytest.approx(1 / 2)  # oos refused, f1#2 not
    assert metrics["false_refusal_rate"] == pytest.approx(1 / 3)
    assert metrics["followup_accuracy"] == pytest.approx(1 / 2)
    assert metrics["retrieve_p50_ms"] == pytest.approx(15.0)
    assert metrics["e2e_p50_ms"] == pytest.approx(float(np.percentile([12, 30, 5, 40, 50, 1], 50)))
    assert metrics["e2e_p95_ms"] == pytest.approx(float(np.percentile([12, 30, 5, 40, 50, 1], 95)))
    assert metrics["peak_rss_mb"] == 321.0
    assert metrics["errors"] == 1.0


def test_summarize_leaves_unmeasured_metrics_undefined() -> None:
    metrics, counts = summarize([qr("r1", intent="retrieval", first_rank=2, recall={"1": 0, "5": 1, "10": 1},
                                    mrr=0.5, ndcg=0.6)])
    assert metrics["recall@5"] == 1.0
    for name in ("key_point_coverage", "citation_precision", "citation_validity", "refusal_accuracy",
                 "followup_accuracy", "e2e_p50_ms"):
        assert metrics[name] is None, name
    assert counts["key_point_coverage"] == 0
