"""Per-request caps over the whole conversation: every user turn obeys the question cap, the number of
messages and the body size are bounded, and an oversized request is refused before any answer work."""

from __future__ import annotations

import json
import shutil
import threading
import time

import httpx
import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def counted(indexed_settings, tmp_path_factory):
    """A server over a copy of the indexed corpus whose answering calls are counted."""
    from assistant.services import Services
    from assistant.api.app import create_api
    from assistant.web import BackgroundServer

    root = tmp_path_factory.mktemp("caps")
    shutil.copytree(indexed_settings.home, root / "home")
    settings = indexed_settings.model_copy(update={"home": root / "home", "max_chat_messages": 20, "max_request_kb": 256})
    services = Services(settings)
    calls = {"n": 0}
    lock = threading.Lock()
    for name in ("ask", "stream", "conversation_for"):
        original = getattr(services.chat, name)

        def counting(*args, _original=original, **kwargs):
            with lock:
                calls["n"] += 1
            return _original(*args, **kwargs)

        setattr(services.chat, name, counting)
    with BackgroundServer(create_api(services)) as server:
        yield server, calls


def post_chat(url: str, messages: list[dict], stream: bool = False, **kw) -> httpx.Response:
    body = {"model": "gangwei-extractive", "messages": messages, "stream": stream}
    return httpx.post(f"{url}/v1/chat/completions", json=body, timeout=60, **kw)


@pytest.mark.parametrize("stream", [False, True])
def test_long_history_turns_are_refused_fast_without_answer_work(counted, stream: bool) -> None:
    server, calls = counted
    history = []
    for _ in range(6):
        history += [{"role": "user", "content": "岗位职责" * 25_000}, {"role": "assistant", "content": "好的"}]
    messages = [*history, {"role": "user", "content": "那任职要求呢?"}]
    assert len(json.dumps(messages, ensure_ascii=False).encode()) > 1_000_000  # 6 × 100,000 characters
    before = calls["n"]
    started = time.monotonic()
    r = post_chat(server.url, messages, stream)
    assert time.monotonic() - started < 5
    assert r.status_code == 413
    assert "上限" in r.json()["error"]["message"] or "太长" in r.json()["error"]["message"]
    assert calls["n"] == before  # no conversation was rebuilt, nothing was answered

    # under the body cap (ASCII): the question cap of each earlier turn refuses it, still before any work
    ascii_history = [{"role": "user", "content": "a" * 100_000}, {"role": "assistant", "content": "ok"}]
    r = post_chat(server.url, [*ascii_history, {"role": "user", "content": "那任职要求呢?"}], stream)
    assert r.status_code == 413
    message = r.json()["error"]["message"]
    assert "对话中的第 1 条消息太长" in message and "2000" in message
    assert calls["n"] == before


def test_too_many_messages_are_refused(counted) -> None:
    server, calls = counted
    before = calls["n"]
    messages = [{"role": "user", "content": f"第{i}个问题"} for i in range(21)]
    r = post_chat(server.url, messages)
    assert r.status_code == 413 and "最多 20 条" in r.json()["error"]["message"]
    assert calls["n"] == before


def test_bodies_without_length_are_counted_while_read(counted) -> None:
    server, calls = counted
    before = calls["n"]

    def chunks():
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(400):
            yield b"x" * 1024
        yield b'"}]}'

    r = httpx.post(f"{server.url}/v1/chat/completions", content=chunks(), timeout=60,
                   headers={"content-type": "application/json"})  # fmt: skip
    assert r.status_code == 413 and "上限为 256 KB" in r.json()["error"]["message"]
    assert calls["n"] == before


def test_a_normal_follow_up_still_works(counted) -> None:
    server, _ = counted
    messages = [
        {"role": "user", "content": "期货公司客服中心的产品服务专员要做哪些工作?"},
        {"role": "assistant", "content": "……"},
        {"role": "user", "content": "那任职要求呢?"},
    ]
    r = post_chat(server.url, messages)
    assert r.status_code == 200, r.text
    assert r.json()["gangwei"]["intent"] == "qualification"
