"""LLM backend over real HTTP against a loopback OpenAI-protocol server: streaming, guard, fallbacks."""

from __future__ import annotations

import re

import pytest

from _answer_llm_stub import StubServer

pytestmark = pytest.mark.slow

QUESTION = "人力资源专员的岗位职责是什么?"


@pytest.fixture(scope="module")
def stub():
    server = StubServer()
    url = server.__enter__()
    yield server, url
    server.__exit__(None, None, None)


def _assistant(indexed_settings, searcher, url: str, model: str, timeout: float = 10.0):
    from assistant.answer.chain import Assistant

    settings = indexed_settings.model_copy(
        update={"llm_base_url": url, "llm_model": model, "llm_api_key": "test-key", "llm_timeout": timeout}
    )
    return Assistant(settings, searcher=searcher)


def _collect(assistant, question: str):
    from assistant.models import Answer

    deltas, answer = [], None
    for part in assistant.stream(question):
        if isinstance(part, Answer):
            answer = part
        else:
            deltas.append(part)
    return deltas, answer


def test_good_answer_streams_and_passes_the_guard(indexed_settings, searcher, stub):
    server, url = stub
    deltas, answer = _collect(_assistant(indexed_settings, searcher, url, "good"), QUESTION)
    assert answer.backend == "llm"
    assert answer.note is None
    assert len(deltas) > 1, "the answer arrives in several streamed pieces"
    assert "".join(deltas).strip() == answer.text
    assert "[1]" in answer.text and answer.citations[0].id == 1
    assert "建立并优化人力资源管理各项制度及流程" in answer.text
    # The model saw the numbered evidence and the system prompt loaded from prompts/.
    request = server.requests[-1]
    assert request["stream"] is True and request["model"] == "good"
    system = request["messages"][0]["content"]
    assert "只使用「资料」中的内容回答" in system
    user = request["messages"][1]["content"]
    assert re.search(r"^\[1\] \(000_9eeea241028b3f98\.txt 第231-231行\)", user, re.M)


@pytest.mark.parametrize(
    ("model", "reason"),
    [
        ("fabricated", "没有的数字"),
        ("badcite", "不存在的出处编号"),
        ("error500", "HTTP 500"),
    ],
)
def test_failing_answers_fall_back_with_a_visible_note(indexed_settings, searcher, stub, model, reason):
    _, url = stub
    assistant = _assistant(indexed_settings, searcher, url, model)
    deltas, answer = _collect(assistant, QUESTION)
    assert answer.backend == "extractive"
    assert answer.note and reason in answer.note and "已改用原文摘录" in answer.note
    assert answer.text.startswith("> 注：")
    # The extractive list is what the user gets, and it is what the stream ended with.
    assert "1. 建立并优化人力资源管理各项制度及流程" in answer.text
    assert "".join(deltas).endswith(answer.text)
    # ask() (no streaming) takes the same path.
    again = assistant.ask(QUESTION)
    assert again.backend == "extractive" and reason in (again.note or "")


def test_timeout_falls_back(indexed_settings, searcher, stub):
    _, url = stub
    assistant = _assistant(indexed_settings, searcher, url, "slow", timeout=1.0)
    answer = assistant.ask(QUESTION)
    assert answer.backend == "extractive"
    assert "超时" in (answer.note or "")
    assert answer.items and answer.items[0].citations


def test_refusals_and_tools_never_call_the_llm(indexed_settings, searcher, stub):
    server, url = stub
    assistant = _assistant(indexed_settings, searcher, url, "good")
    before = len(server.requests)
    refused = assistant.ask("医院护士的岗位职责有哪些?")
    assert refused.refused and refused.backend == "extractive"
    assert len(server.requests) == before


def test_unreachable_server_falls_back(indexed_settings, searcher):
    # A closed loopback port: connection refused, no network leaves the machine.
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assistant = _assistant(indexed_settings, searcher, f"http://127.0.0.1:{port}/v1", "good", timeout=2.0)
    answer = assistant.ask(QUESTION)
    assert answer.backend == "extractive"
    assert "已改用原文摘录" in (answer.note or "")


def test_guard_unit_cases():
    from assistant.answer.llm import check_answer

    evidence = {1: "每笔贷款在2万元以上的,实行“五大员”制度,分别按30:20:10:20:20承担责任", 2: "本科及以上学历"}
    assert check_answer("实行五大员制度，按30:20:10:20:20承担责任[1]", evidence).ok
    # Numbered lists are not numbers of the answer.
    assert check_answer("1. 本科及以上学历[2]\n2. 五大员制度[1]", evidence).ok
    assert not check_answer("实行五大员制度[3]", evidence).ok
    assert not check_answer("需要 5 年经验[2]", evidence).ok
    # A number must be in the evidence that is cited, not merely somewhere.
    assert not check_answer("按30:20:10:20:20承担[2]", evidence).ok
    assert not check_answer("没有出处的回答", evidence).ok
    assert not check_answer("   ", evidence).ok
    # Full-width digits count as the same numbers.
    assert check_answer("２万元以上[1]", evidence).ok
