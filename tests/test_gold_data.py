"""Checks for the hand-made gold data in evals/data (schemas, counts, validator)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from assistant.eval.gold import (
    EvidenceSpan,
    GoldItem,
    GoldTurn,
    RetrievalItem,
    load_gold,
    load_retrieval_dev,
    normalize_text,
    validate_gold,
)

ROOT = Path(__file__).parents[1]
DATA = ROOT / "evals" / "data"
GOLD_PATH = DATA / "gold.jsonl"
RETRIEVAL_PATH = DATA / "retrieval_dev.jsonl"


def _corpus_dir() -> Path:
    # The repo ships a copy of the corpus; fall back to the shared read-only one.
    local = ROOT / "corpus"
    if local.is_dir() and any(local.glob("*.txt")):
        return local
    return Path("/work/shared/corpus")


CORPUS = _corpus_dir()
A_FILE = "000_9eeea241028b3f98.txt"  # any real corpus file


@pytest.fixture(scope="module")
def gold() -> list[GoldItem]:
    return load_gold(GOLD_PATH)


@pytest.fixture(scope="module")
def retrieval() -> list[RetrievalItem]:
    return load_retrieval_dev(RETRIEVAL_PATH)


def test_corpus_available() -> None:
    assert (CORPUS / A_FILE).is_file(), f"corpus not found in {CORPUS}"


def test_files_load(gold: list[GoldItem], retrieval: list[RetrievalItem]) -> None:
    assert all(isinstance(i, GoldItem) for i in gold)
    assert all(isinstance(i, RetrievalItem) for i in retrieval)


def test_retrieval_counts(retrieval: list[RetrievalItem]) -> None:
    assert len(retrieval) >= 45
    # Every corpus file is covered by at least one retrieval question.
    files = {span.file for item in retrieval for span in item.evidence}
    assert files == {p.name for p in CORPUS.glob("*.txt")}


def test_gold_counts(gold: list[GoldItem]) -> None:
    intents = Counter(i.intent for i in gold)
    assert len(gold) >= 90
    assert sum(1 for i in gold if i.expect_refusal) >= 18
    assert intents["out_of_scope"] >= 18
    assert intents["followup"] >= 8
    in_scope_single = [i for i in gold if i.intent not in ("out_of_scope", "followup")]
    assert len(in_scope_single) >= 40
    for intent in ("duty", "qualification", "kpi", "method"):
        assert intents[intent] >= 10, intent


def test_all_personas(gold: list[GoldItem]) -> None:
    assert {i.persona for i in gold} == {"new_hire", "hr", "manager"}


def test_followups_have_turns(gold: list[GoldItem]) -> None:
    for item in gold:
        if item.intent == "followup":
            assert item.turns, item.id
        else:
            assert item.turns is None, item.id


def test_questions_not_shared(gold: list[GoldItem], retrieval: list[RetrievalItem]) -> None:
    # The tuning set and the eval set must not reuse questions.
    gold_qs = {normalize_text(i.question) for i in gold}
    gold_qs |= {normalize_text(t.question) for i in gold for t in i.turns or []}
    shared = [r.id for r in retrieval if normalize_text(r.question) in gold_qs]
    assert not shared


def test_validator_clean_on_real_data(
    gold: list[GoldItem], retrieval: list[RetrievalItem]
) -> None:
    assert validate_gold(gold, CORPUS) == []
    assert validate_gold(retrieval, CORPUS) == []


# --- the validator must catch broken items ---------------------------------


def _item(**overrides: object) -> GoldItem:
    base: dict[str, object] = {
        "id": "t-001",
        "persona": "new_hire",
        "intent": "duty",
        "question": "快递业务员做哪些事?",
        "role": "快递业务员",
        "evidence": [{"file": A_FILE, "line_start": 603, "line_end": 615}],
        "key_points": [["收送快件"], ["开拓新市场"]],
        "expect_refusal": False,
        "turns": None,
    }
    base.update(overrides)
    return GoldItem.model_validate(base)


def test_validator_accepts_good_item() -> None:
    assert validate_gold([_item()], CORPUS) == []


@pytest.mark.parametrize(
    "span",
    [
        {"file": A_FILE, "line_start": 603, "line_end": 99999},  # past end of file
        {"file": A_FILE, "line_start": 615, "line_end": 603},  # reversed
        {"file": A_FILE, "line_start": 0, "line_end": 3},  # not 1-based
        {"file": "no_such_file.txt", "line_start": 1, "line_end": 2},
    ],
)
def test_validator_reports_bad_range(span: dict[str, object]) -> None:
    problems = validate_gold([_item(evidence=[span])], CORPUS)
    assert problems and all(p.startswith("t-001") for p in problems)


def test_validator_reports_key_point_not_in_evidence() -> None:
    problems = validate_gold([_item(key_points=[["收送快件"], ["飞机驾驶", "航线"]])], CORPUS)
    assert len(problems) == 1
    assert "key-point" in problems[0]


def test_key_point_matching_is_normalised() -> None:
    # Full-width digits / spaces in a phrase still match after NFKC + whitespace removal.
    item = _item(
        evidence=[{"file": A_FILE, "line_start": 503, "line_end": 503}],  # "30 岁以下"
        key_points=[["30岁以下"], ["30 岁 以下"]],
    )
    assert validate_gold([item], CORPUS) == []


def test_validator_reports_out_of_scope_with_evidence() -> None:
    item = _item(intent="out_of_scope", expect_refusal=True, key_points=[])
    problems = validate_gold([item], CORPUS)
    assert any("out_of_scope" in p for p in problems)


def test_validator_reports_refusal_flag_mismatch() -> None:
    assert validate_gold([_item(expect_refusal=True)], CORPUS)
    oos = _item(intent="out_of_scope", evidence=[], key_points=[], expect_refusal=False)
    assert validate_gold([oos], CORPUS)


def test_validator_reports_duplicate_ids() -> None:
    problems = validate_gold([_item(), _item(question="另一个问题")], CORPUS)
    assert any("duplicate id" in p for p in problems)


def test_validator_reports_followup_problems() -> None:
    assert validate_gold([_item(intent="followup", turns=[])], CORPUS)
    bad_turn = GoldTurn(
        question="第二条展开说说",
        intent="duty",
        role="快递业务员",
        evidence=[EvidenceSpan(file=A_FILE, line_start=607, line_end=607)],
        key_points=[["业务操作流程"], ["不存在的要点"]],
    )
    problems = validate_gold([_item(intent="followup", turns=[bad_turn])], CORPUS)
    assert any("turn1" in p for p in problems)


def test_validator_reports_bad_retrieval_item() -> None:
    item = RetrievalItem(
        id="r-x",
        question="测试",
        evidence=[EvidenceSpan(file=A_FILE, line_start=10, line_end=5)],
    )
    assert validate_gold([item], CORPUS)


# --- the dev/test halves of gold.jsonl ------------------------------------------------------


def test_split_halves_partition_gold(gold: list[GoldItem]) -> None:
    dev = load_gold(DATA / "gold-dev.jsonl")
    test = load_gold(DATA / "gold-test.jsonl")
    assert {i.id for i in dev}.isdisjoint(i.id for i in test)
    assert sorted(i.id for i in dev + test) == sorted(i.id for i in gold)
    assert validate_gold(dev, CORPUS) == [] and validate_gold(test, CORPUS) == []
    for half in (dev, test):
        assert {i.intent for i in half} == {i.intent for i in gold}
