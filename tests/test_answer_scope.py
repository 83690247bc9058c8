"""Refusal calibration holds: out-of-scope questions are refused, in-scope ones never are.

Sets: evals/data/answer_scope.jsonl (written for the answerer: 48 in / 24 out, incl. HR-adjacent
questions the corpus does not cover) and the held-out evals/data/gold.jsonl (83 in / 20 out).
"""

from __future__ import annotations

import pytest

from _answer_support import ROOT, load_jsonl

pytestmark = pytest.mark.slow

SCOPE = load_jsonl(ROOT / "evals/data/answer_scope.jsonl")
GOLD = load_jsonl(ROOT / "evals/data/gold.jsonl")


def _split(items: list[dict]) -> tuple[list[str], list[str]]:
    ins = [d["question"] for d in items if not d["expect_refusal"]]
    outs = [d["question"] for d in items if d["expect_refusal"]]
    return ins, outs


def test_sets_are_large_enough():
    for items in (SCOPE, GOLD):
        ins, outs = _split(items)
        assert len(ins) >= 40 and len(outs) >= 15


@pytest.mark.parametrize("items", [SCOPE, GOLD], ids=["answer_scope", "gold"])
def test_out_of_scope_all_refused(answerer, items):
    _, outs = _split(items)
    answered = [q for q in outs if not answerer.ask(q).refused]
    assert not answered, answered


@pytest.mark.parametrize("items", [SCOPE, GOLD], ids=["answer_scope", "gold"])
def test_in_scope_none_refused(answerer, items):
    ins, _ = _split(items)
    refused = [q for q in ins if answerer.ask(q).refused]
    assert not refused, refused


def test_refusals_carry_no_evidence(answerer):
    _, outs = _split(SCOPE)
    for q in outs:
        answer = answerer.ask(q)
        assert not answer.items and not answer.citations, q
        assert answer.text.startswith("抱歉")
