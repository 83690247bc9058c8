"""LLM mode over real HTTP against a scripted loopback OpenAI-protocol server: every failure class
ends in the right decision (the checked reply, or the extractive answer with a truthful note)."""

from __future__ import annotations

import socket
import time

import pytest

from _answer_llm_stub import SLOW_SECONDS, TRICKLE_SECONDS, StubServer

pytestmark = pytest.mark.slow

QUESTION = "期货公司高级财务人员的任职资格是什么?"  # a caveat (related role), numbers (30 岁, 3年), one source
CAVEAT = "知识库中没有「高级财务人员」的专门资料"


@pytest.fixture(scope="module")
def stub():
    with StubServer() as url:
        yield url


@pytest.fixture(scope="module")
def extractive(shipped_services):
    answer = shipped_services.components.assistant().ask(QUESTION)
    assert CAVEAT in answer.text and "3年以上" in answer.text and not answer.refused
    return answer


def make_assistant(indexed_settings, shipped_services, url: str, model: str, **settings):
    from assistant.answer.chain import Assistant
    from assistant.answer.llm import LlmBackend

    values = {"llm_base_url": url, "llm_model": model, "llm_api_key": "test-key", "llm_timeout": 10.0, **settings}
    llm_settings = indexed_settings.model_copy(update=values)
    c = shipped_services.components
    return Assistant(llm_settings, c.snapshot, searcher=c.searcher, embed=c.embed_queries, llm=LlmBackend(llm_settings))


def collect(assistant, question: str = QUESTION):
    from assistant.models import Answer

    deltas, answer = [], None
    for part in assistant.stream(question):
        if isinstance(part, Answer):
            answer = part
        else:
            deltas.append(part)
    return deltas, answer


def assert_fallback(deltas, answer, extractive, code: str, *words: str) -> None:
    assert answer.backend == "extractive"
    assert answer.fallback_reason == code
    assert answer.note and answer.note.endswith("已改用原文摘录的回答。")
    assert all(w in answer.note for w in words), answer.note
    # only a failed check is called one; transport failures say what happened
    assert ("未通过校验" in answer.note) == code.startswith("check:")
    # the user gets the extractive answer under the note, and the stream ended with exactly that
    assert answer.text == f"> 注：{answer.note}\n\n{extractive.text}"
    assert "".join(deltas).endswith(answer.text)
    assert [c.id for c in answer.citations] == [c.id for c in extractive.citations]


def test_a_plain_rewrite_streams_passes_the_guard_and_is_the_answer(indexed_settings, shipped_services, stub, extractive):
    from _answer_llm_stub import _Handler

    deltas, answer = collect(make_assistant(indexed_settings, shipped_services, stub, "good"))
    assert answer.backend == "llm" and answer.note is None and answer.fallback_reason is None
    assert len(deltas) > 3 and "".join(deltas).strip() == answer.text
    assert answer.text != extractive.text and "需要满足的条件" in answer.text
    assert CAVEAT.replace("以下是", "下面是") in answer.text and "[1]" in answer.text
    assert answer.citations == extractive.citations and answer.timings["llm"] > 0
    # what the model was asked: a rewrite for a new hire, the draft, the caveat, labelled evidence
    request = _Handler.requests[-1]
    assert request["stream"] is True and request["temperature"] == 0 and request["max_tokens"] > 0
    system, user = request["messages"][0]["content"], request["messages"][1]["content"]
    assert "新员工" in system and "不得添加" in system and "出处编号" in system
    assert "<参考答案>" in user and "1. 30 岁以下" in user
    assert f"<必须保留的提示>\n{CAVEAT}" in user
    # evidence the draft already quotes is not repeated (a shorter prompt is a faster CPU answer)
    assert "[1]（000_9eeea241028b3f98.txt，第 503–511 行）原文即参考答案中标 [1] 的各条" in user
    assert user.index("<必须保留的提示>") < user.index("<参考答案>")  # the draft comes last: small models copy the last text


@pytest.mark.parametrize("model", ["draft", "labels"])
def test_the_draft_itself_and_echoed_prompt_labels_pass(indexed_settings, shipped_services, stub, extractive, model):
    _, answer = collect(make_assistant(indexed_settings, shipped_services, stub, model))
    assert answer.backend == "llm", answer.note
    if model == "labels":
        assert "000_9eeea241028b3f98.txt，第 503–511 行" in answer.text


@pytest.mark.parametrize(
    ("model", "code", "words"),
    [
        ("markers", "check:markers_only", ["只有出处编号"]),
        ("cpa", "check:unsupported", ["第 6 条", "CPA", "[1]"]),
        ("numeral", "check:number", ["五年", "[1]", "3年"]),
        ("nocaveat", "check:caveat", ["高级财务人员"]),
        ("dropitem", "check:dropped_item", ["第 5 条", "VBA"]),
        ("badcite", "check:unknown_citation", ["[99]"]),
        ("truncated", "incomplete", ["不完整"]),
        ("length", "truncated", ["长度上限", "截断"]),
        ("error500", "http_error", ["HTTP 500", "model overloaded"]),
    ],
)
def test_each_failure_falls_back_with_a_truthful_note(indexed_settings, shipped_services, stub, extractive, model, code, words):
    assistant = make_assistant(indexed_settings, shipped_services, stub, model)
    deltas, answer = collect(assistant)
    assert_fallback(deltas, answer, extractive, code, *words)
    # ask() (no streaming) decides the same way
    again = assistant.ask(QUESTION)
    assert again.fallback_reason == code and again.note == answer.note


def test_a_trickling_reply_is_cut_at_the_overall_deadline(indexed_settings, shipped_services, stub, extractive):
    # every chunk arrives well within the read timeout; the reply as a whole would take ~100 s
    assistant = make_assistant(indexed_settings, shipped_services, stub, "trickle", llm_timeout=5.0, llm_deadline=3.0)
    started = time.monotonic()
    deltas, answer = collect(assistant)
    elapsed = time.monotonic() - started
    assert_fallback(deltas, answer, extractive, "deadline", "3 秒", "总时限")
    assert elapsed < 3.0 + TRICKLE_SECONDS + 2.0
    # what arrived before the deadline was streamed, but it is not the answer
    assert deltas[0] != answer.text and answer.text not in deltas[0]


def test_a_silent_server_times_out(indexed_settings, shipped_services, stub, extractive):
    assistant = make_assistant(indexed_settings, shipped_services, stub, "slow", llm_timeout=1.0)
    started = time.monotonic()
    deltas, answer = collect(assistant)
    assert time.monotonic() - started < SLOW_SECONDS + 2
    assert_fallback(deltas, answer, extractive, "timeout", "超时", "1 秒")


def test_an_unreachable_server_is_named_as_such(indexed_settings, shipped_services, extractive):
    with socket.socket() as s:  # a closed loopback port: connection refused, nothing leaves the machine
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/v1"
    deltas, answer = collect(make_assistant(indexed_settings, shipped_services, url, "good", llm_timeout=2.0))
    assert_fallback(deltas, answer, extractive, "unreachable", "无法连接", url)


def test_refusals_never_call_the_llm(indexed_settings, shipped_services, stub):
    from _answer_llm_stub import _Handler

    assistant = make_assistant(indexed_settings, shipped_services, stub, "good")
    before = len(_Handler.requests)
    refused = assistant.ask("医院护士的岗位职责有哪些?")
    assert refused.refused and refused.backend == "extractive" and refused.fallback_reason is None
    assert len(_Handler.requests) == before


def test_llm_usage_counts_use_and_fallbacks_by_reason(indexed_settings, shipped_services, stub):
    from assistant.answer.llm import llm_usage

    answers = [
        make_assistant(indexed_settings, shipped_services, stub, model).ask(question)
        for model, question in [("good", QUESTION), ("numeral", QUESTION), ("error500", QUESTION),
                                ("numeral", QUESTION), ("good", "医院护士的岗位职责有哪些?")]  # fmt: skip
    ]
    usage = llm_usage(answers)
    assert (usage.answers, usage.asked, usage.used, usage.fallbacks) == (5, 4, 1, 3)
    assert usage.reasons == {"check:number": 2, "http_error": 1}
    assert usage.fallback_rate == pytest.approx(0.75)
    assert usage.reason_labels() == {"未通过校验：数字与所引资料不符": 2, "HTTP 错误": 1}


@pytest.mark.parametrize(("model", "used"), [("draft", True), ("markers", False)])
def test_eval_runs_in_llm_mode_and_reports_fallbacks(indexed_settings, stub, model, used) -> None:
    """``gangwei eval`` with GANGWEI_LLM_* set answers through the checked LLM mode and counts fallbacks."""
    from pathlib import Path

    from assistant.eval.gold import load_gold
    from assistant.eval.runner import run_eval
    from assistant.eval.systems import ServicesSystem
    from assistant.services import Services

    settings = indexed_settings.model_copy(update={"llm_base_url": stub, "llm_model": model, "llm_timeout": 10.0})
    items = [i for i in load_gold(Path(__file__).parents[1] / "evals/data/gold-dev.jsonl") if not i.turns and not i.expect_refusal and i.tool is None][:4]
    system = ServicesSystem(Services(settings))
    assert system.model == "gangwei-llm"
    report = run_eval(settings, items, set_name="llm", system=system, baseline=False)
    metrics, counts = report.gangwei.metrics, report.gangwei.counts
    asked = [q for q in report.gangwei.questions if q.backend == "llm" or q.fallback_reason]
    assert asked and counts["llm_fallback_rate"] == len(asked)
    if used:
        assert metrics["llm_used_rate"] == 1.0 and metrics["llm_fallback_rate"] == 0.0
    else:
        assert metrics["llm_fallback_rate"] == 1.0 and counts["llm_fallback:check:markers_only"] == len(asked)
    assert report.config["answer_backend"] == f"llm:{model}"
