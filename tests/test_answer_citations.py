"""Property: every citation's quote occurs in the cited lines of the original file (normalised),
and every [n] in an answer points at one of its citations."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _answer_support import ROOT, load_jsonl, quote_in_lines

pytestmark = pytest.mark.slow

QUESTIONS = sorted(
    {d["question"] for f in ("answer_scope.jsonl", "gold.jsonl", "retrieval_dev.jsonl") for d in load_jsonl(ROOT / "evals/data" / f)}
)
ROLES = ["人力资源专员", "大客户经理", "客户经理", "行政助理", "教师", "快递业务员", "客服专员", "网络管理员", "销售人员", "对公客户经理"]
ASKS = ["的岗位职责是什么?", "需要什么任职条件?", "的KPI怎么设计?", "的考核指标有哪些?", "平时做些什么?", "要具备哪些能力?"]


def _check(answer, corpus_dir) -> None:  # type: ignore[no-untyped-def]
    ids = {c.id for c in answer.citations}
    assert [c.id for c in answer.citations] == list(range(1, len(ids) + 1)), "ids are 1..n"
    for c in answer.citations:
        assert quote_in_lines(corpus_dir, c), (answer.question, c)
    for item in answer.items:
        assert set(item.citations) <= ids, (answer.question, item)
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    assert markers <= ids, (answer.question, markers - ids)
    if not answer.refused and answer.items:
        assert markers, answer.question


def test_every_eval_question(answerer, corpus_dir):
    assert len(QUESTIONS) > 150
    for q in QUESTIONS:
        _check(answerer.ask(q), corpus_dir)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(role=st.sampled_from(ROLES), ask=st.sampled_from(ASKS), prefix=st.sampled_from(["", "请问", "期货公司的", "银行的"]))
def test_generated_questions(answerer, corpus_dir, role, ask, prefix):
    _check(answerer.ask(f"{prefix}{role}{ask}"), corpus_dir)


def test_follow_up_answers_cite_correctly(answerer, corpus_dir):
    from assistant.answer.conversation import Conversation

    conv = Conversation()
    for q in ("大客户经理主要干什么?", "第三条展开说说", "那任职要求呢?", "这个岗位的业绩一般怎么考核打分?"):
        _check(answerer.ask(q, conv), corpus_dir)
