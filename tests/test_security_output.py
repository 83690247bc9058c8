"""Output safety of the API: a document carrying script payloads is answered, searched and shown, but
the payloads never leave the server as live markup — escaped in Markdown, \\u-escaped in JSON and in the
event stream — and every response carries the security headers."""

from __future__ import annotations

import shutil

import httpx
import pytest

pytestmark = pytest.mark.slow

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
DOC = (
    "# 星云测试员岗位说明书\n\n"
    "## 岗位职责\n"
    f"1. 负责星云系统的功能测试{SCRIPT}与缺陷跟踪。\n"
    f"2. 负责编写星云测试报告{IMG}并按周提交。\n"
    "3. 负责维护星云自动化测试用例库。\n\n"
    "## 任职资格\n"
    f"1. 计算机相关专业本科及以上学历{SCRIPT}。\n"
    "2. 两年以上软件测试经验。\n"
)


def assert_no_live_markup(body: bytes) -> None:
    text = body.decode("utf-8")
    for raw in (SCRIPT, IMG, "<script", "<img", "onerror=alert(1)>"):
        assert raw not in text, raw


@pytest.fixture(scope="module")
def server(indexed_settings, tmp_path_factory):
    from assistant.services import Services
    from assistant.api.app import create_api
    from assistant.web import BackgroundServer

    root = tmp_path_factory.mktemp("xss")
    shutil.copytree(indexed_settings.home, root / "home")
    shutil.copytree(indexed_settings.corpus_dir, root / "corpus")
    settings = indexed_settings.model_copy(update={"home": root / "home", "corpus_dir": root / "corpus"})
    with BackgroundServer(create_api(Services(settings))) as srv:
        r = httpx.post(f"{srv.url}/v1/corpus/documents", files={"file": ("星云测试员.md", DOC.encode())}, timeout=300)
        assert r.status_code == 201, r.text
        yield srv


QUESTIONS = ["星云测试员的岗位职责是什么?", "星云测试员的任职资格有哪些?", "星云测试报告怎么写?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_chat_answers_carry_the_payloads_escaped(server, question: str) -> None:
    body = {"model": "gangwei-extractive", "messages": [{"role": "user", "content": question}]}
    r = httpx.post(f"{server.url}/v1/chat/completions", json=body, timeout=120)
    assert r.status_code == 200
    assert_no_live_markup(r.content)
    data = r.json()
    assert any(c["file"] == "星云测试员.md" for c in data["citations"])
    content = data["choices"][0]["message"]["content"]
    assert "<script" not in content and "<img" not in content  # Markdown clients render the text as text
    assert "&lt;script&gt;" in content or "&lt;img" in content  # the text is there, escaped
    assert r.headers["x-content-type-options"] == "nosniff"

    streamed = httpx.post(f"{server.url}/v1/chat/completions", json={**body, "stream": True}, timeout=120)
    assert streamed.status_code == 200 and streamed.headers["content-type"].startswith("text/event-stream")
    assert_no_live_markup(streamed.content)
    assert b"data: [DONE]" in streamed.content


def test_search_view_and_listings_never_send_raw_markup(server) -> None:
    hits = httpx.get(f"{server.url}/v1/search", params={"q": "星云系统功能测试 缺陷跟踪", "k": 5}, timeout=60)
    assert hits.status_code == 200
    assert_no_live_markup(hits.content)
    top = hits.json()["hits"][0]
    assert top["file"] == "星云测试员.md" and SCRIPT in top["text"]  # the JSON value is the original text
    view = httpx.get(f"{server.url}/v1/corpus/view", params={"file": "星云测试员.md", "line_start": 4}, timeout=60)
    assert view.status_code == 200
    assert_no_live_markup(view.content)
    for path in ("/v1/corpus/documents", "/v1/corpus/profiles", "/v1/corpus/stats"):
        r = httpx.get(server.url + path, timeout=60)
        assert r.status_code == 200
        assert_no_live_markup(r.content)



def test_markdown_exports_escape_corpus_text(server) -> None:
    r = httpx.post(f"{server.url}/v1/jd", json={"role": "星云测试员", "format": "md"}, timeout=120)
    assert r.status_code == 200, r.text
    assert_no_live_markup(r.content)
    r = httpx.post(f"{server.url}/v1/jd", json={"role": "星云测试员"}, timeout=120)
    assert r.status_code == 200
    assert_no_live_markup(r.content)
    assert_no_live_markup(r.json()["markdown"].encode())  # the Markdown a client renders, not only the JSON bytes
