"""The HTTP API against a real server (uvicorn on a loopback port, real index, real e5), driven by the
official ``openai`` client and plain httpx: chat (plain and streaming), auth and roles, bad requests."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

EDITOR = ("hr-editor", "edit-pass")
VIEWER = ("boss", "view-pass")
AUTH = f"{EDITOR[0]}:{EDITOR[1]}:editor,{VIEWER[0]}:{VIEWER[1]}:viewer"


def copy_home(settings, target: Path, **overrides):
    """A private copy of an indexed home and its corpus, so writes do not touch the shared fixture."""
    shutil.copytree(settings.home, target / "home")
    shutil.copytree(settings.corpus_dir, target / "corpus")
    return settings.model_copy(update={"home": target / "home", "corpus_dir": target / "corpus", **overrides})


@pytest.fixture(scope="module")
def server(indexed_settings, tmp_path_factory):
    from assistant.web import BackgroundServer, create_app
    from assistant.services import Services

    settings = copy_home(indexed_settings, tmp_path_factory.mktemp("api"), auth=AUTH, upload_max_mb=1)
    services = Services(settings)
    with BackgroundServer(create_app(services)) as srv:
        yield srv


@pytest.fixture(scope="module")
def client(server):
    from openai import OpenAI

    return OpenAI(base_url=f"{server.url}/v1", api_key=f"{VIEWER[0]}:{VIEWER[1]}", max_retries=0, timeout=120)


def test_models_are_listed(client) -> None:
    ids = [m.id for m in client.models.list().data]
    assert "gangwei-extractive" in ids and "gangwei-llm" in ids


def test_chat_answers_with_citations_and_footer(client) -> None:
    completion = client.chat.completions.create(
        model="gangwei-extractive",
        messages=[{"role": "user", "content": "期货公司客服中心的产品服务专员要做哪些工作?"}],
    )
    text = completion.choices[0].message.content
    assert completion.choices[0].finish_reason == "stop"
    assert "400电话" in text  # a duty from the cited lines
    assert "**来源**" in text and "行" in text.split("**来源**")[1]  # the footer names document and lines
    citations = completion.model_extra["citations"]
    assert citations and all({"file", "line_start", "line_end", "quote"} <= set(c) for c in citations)
    assert citations[0]["file"] == "000_9eeea241028b3f98.txt"
    assert completion.model_extra["gangwei"]["refused"] is False
    assert completion.usage.total_tokens > 0


def test_chat_stream_delivers_deltas_then_citations(client) -> None:
    stream = client.chat.completions.create(
        model="gangwei-extractive",
        messages=[{"role": "user", "content": "顾问服务专员的任职要求有哪些?"}],
        stream=True,
    )
    deltas, final = [], None
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            deltas.append(chunk.choices[0].delta.content)
        if chunk.choices and chunk.choices[0].finish_reason == "stop":
            final = chunk
    text = "".join(deltas)
    assert len(deltas) >= 3, deltas  # really streamed, not one blob
    assert "本科" in text and "**来源**" in text
    assert final is not None and final.model_extra["citations"]


def test_follow_up_uses_earlier_turns(client) -> None:
    first = "期货公司客服中心的产品服务专员要做哪些工作?"
    answer = client.chat.completions.create(
        model="gangwei-extractive", messages=[{"role": "user", "content": first}]
    ).choices[0].message.content
    follow = client.chat.completions.create(
        model="gangwei-extractive",
        messages=[
            {"role": "user", "content": first},
            {"role": "assistant", "content": answer},
            {"role": "user", "content": "那任职要求呢?"},
        ],
    )
    assert follow.model_extra["gangwei"]["intent"] == "qualification"
    assert follow.model_extra["gangwei"]["role"] == "产品服务专员"


def test_out_of_scope_is_refused(client) -> None:
    completion = client.chat.completions.create(
        model="gangwei-extractive", messages=[{"role": "user", "content": "红烧肉怎么做才好吃?"}]
    )
    assert completion.model_extra["gangwei"]["refused"] is True
    assert completion.model_extra["citations"] == []


def test_unknown_or_unconfigured_model_is_a_clear_4xx(client) -> None:
    import openai

    with pytest.raises(openai.NotFoundError, match="未知的模型"):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "岗位职责"}])
    with pytest.raises(openai.BadRequestError, match="未配置大模型"):
        client.chat.completions.create(model="gangwei-llm", messages=[{"role": "user", "content": "岗位职责"}])


@pytest.mark.parametrize(
    "body, fragment",
    [
        ({"messages": []}, "messages: 不能为空"),
        ({"messages": [{"role": "assistant", "content": "hi"}]}, "最后一条消息必须来自用户"),
        ({"messages": [{"role": "user", "content": "   "}]}, "不能为空"),
        ({"messages": [{"role": "robot", "content": "x"}]}, "取值无效"),
        ({"messages": "岗位职责"}, "messages"),
    ],
)
def test_bad_chat_requests_get_chinese_422(server, body: dict, fragment: str) -> None:
    r = httpx.post(f"{server.url}/v1/chat/completions", json=body, auth=VIEWER, timeout=30)
    assert r.status_code == 422
    assert fragment in r.json()["error"]["message"]


def test_malformed_json_and_unknown_routes(server) -> None:
    r = httpx.post(
        f"{server.url}/v1/chat/completions", content=b"{not json", auth=VIEWER,
        headers={"content-type": "application/json"}, timeout=30,
    )
    assert r.status_code == 422 and "JSON" in r.json()["error"]["message"]
    r = httpx.get(f"{server.url}/v1/nope", auth=VIEWER, timeout=30)
    assert r.status_code == 404 and "找不到接口" in r.json()["error"]["message"]
    r = httpx.get(f"{server.url}/v1/search", params={"q": "客户经理", "k": 0}, auth=VIEWER, timeout=30)
    assert r.status_code == 422 and "k" in r.json()["error"]["message"]


def test_login_required(server) -> None:
    from openai import AuthenticationError, OpenAI

    r = httpx.get(f"{server.url}/v1/corpus/stats", timeout=30)
    assert r.status_code == 401 and "需要登录" in r.json()["error"]["message"]
    assert r.headers["www-authenticate"].startswith("Basic")
    r = httpx.get(f"{server.url}/v1/corpus/stats", auth=(VIEWER[0], "wrong"), timeout=30)
    assert r.status_code == 401
    bad = OpenAI(base_url=f"{server.url}/v1", api_key="boss:wrong", max_retries=0)
    with pytest.raises(AuthenticationError):
        bad.models.list()
    assert httpx.get(f"{server.url}/healthz", timeout=30).json()["status"] == "ok"  # probes need no login


def test_search_stats_and_documents(server) -> None:
    hits = httpx.get(f"{server.url}/v1/search", params={"q": "柜员 任职资格", "k": 3}, auth=VIEWER, timeout=60).json()
    assert len(hits["hits"]) == 3 and {"file", "line_start", "line_end", "text", "passage"} <= set(hits["hits"][0])
    around = httpx.get(f"{server.url}/v1/search", params={"q": "我竞聘上了银行个人客户经理,上任后应该从哪几方面开展工作?", "k": 1},
                       auth=VIEWER, timeout=60).json()["hits"][0]  # fmt: skip
    assert around["passage"]["line_start"] <= around["line_start"] and around["passage"]["line_end"] > around["line_end"]
    assert around["text"] in around["passage"]["text"]
    stats = httpx.get(f"{server.url}/v1/corpus/stats", auth=VIEWER, timeout=30).json()
    docs = httpx.get(f"{server.url}/v1/corpus/documents", auth=VIEWER, timeout=30).json()
    assert stats["files"] == len(docs) == 5
    assert sum(d["chunks"] for d in docs) == stats["chunks"]


def test_tools_endpoints(server) -> None:
    jd = httpx.post(f"{server.url}/v1/jd", json={"role": "客户经理"}, auth=VIEWER, timeout=120)
    assert jd.status_code == 200
    body = jd.json()
    assert body["markdown"].startswith("# 岗位说明书") and body["citations"]
    docx = httpx.post(f"{server.url}/v1/jd", json={"role": "客户经理", "format": "docx"}, auth=VIEWER, timeout=120)
    assert docx.content[:2] == b"PK" and "attachment" in docx.headers["content-disposition"]
    kpi = httpx.post(f"{server.url}/v1/kpi/design", json={"role": "支行客户经理"}, auth=VIEWER, timeout=120).json()
    assert kpi["total_weight"] == 100 and 4 <= len(kpi["design"]["indicators"]) <= 7
    check = httpx.post(f"{server.url}/v1/kpi/check", json={"text": "提高服务质量"}, auth=VIEWER, timeout=60).json()
    assert check["passed"] is False and "M" in check["missing"]
    bad = httpx.post(f"{server.url}/v1/jd", json={"role": ""}, auth=VIEWER, timeout=60)
    assert bad.status_code == 422 and "role" in bad.json()["error"]["message"]


def test_tools_refuse_posts_the_corpus_does_not_describe(server) -> None:
    """Like the CLI (exit 1), an empty design or template is a 404 with the Chinese reason, not a 200."""
    kpi = httpx.post(f"{server.url}/v1/kpi/design", json={"role": "护士"}, auth=VIEWER, timeout=120)
    assert kpi.status_code == 404
    assert "「护士」" in kpi.json()["error"]["message"] and "没有" in kpi.json()["error"]["message"]
    jd = httpx.post(f"{server.url}/v1/jd", json={"role": "今天天气怎么样"}, auth=VIEWER, timeout=120)
    assert jd.status_code == 404
    assert "今天天气怎么样" in jd.json()["error"]["message"] and "没有" in jd.json()["error"]["message"]


@pytest.mark.parametrize("count", [3, 9])
def test_kpi_count_is_validated_not_ignored(server, count: int) -> None:
    r = httpx.post(f"{server.url}/v1/kpi/design", json={"role": "客户经理", "count": count}, auth=VIEWER, timeout=60)
    assert r.status_code == 422
    assert "count" in r.json()["error"]["message"] and "4 到 7" in r.json()["error"]["message"]


def test_kpi_count_is_applied(server) -> None:
    r = httpx.post(f"{server.url}/v1/kpi/design", json={"role": "客户经理", "count": 4}, auth=VIEWER, timeout=120)
    assert r.status_code == 200 and len(r.json()["design"]["indicators"]) == 4
    assert r.json()["total_weight"] == 100


def test_kpi_xlsx_total_is_readable_without_recalculation(server, tmp_path) -> None:
    from openpyxl import load_workbook

    r = httpx.post(f"{server.url}/v1/kpi/design", json={"role": "支行客户经理", "format": "xlsx"}, auth=VIEWER,
                   timeout=120)  # fmt: skip
    assert r.status_code == 200
    (tmp_path / "k.xlsx").write_bytes(r.content)
    book = load_workbook(tmp_path / "k.xlsx", data_only=True)  # cached values only, as pandas reads
    assert "KPI 设计" in book.sheetnames
    notes = {row[0]: row[1] for row in book["说明"].iter_rows(values_only=True) if row and len(row) > 1}
    assert notes["权重合计"] == 100  # a plain number beside the sheet's SUM formula


@pytest.mark.parametrize("fmt", ["md", "markdown", "MD"])
def test_jd_format_names_match_the_cli(server, fmt: str) -> None:
    r = httpx.post(f"{server.url}/v1/jd", json={"role": "大客户经理", "format": fmt}, auth=VIEWER, timeout=120)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    assert r.text.startswith("# 岗位说明书") and "大客户经理" in r.text.splitlines()[0]


def test_bad_format_is_explained_in_chinese(server) -> None:
    import re

    for path, body in (("/v1/jd", {"role": "客户经理", "format": "pdf"}),
                       ("/v1/kpi/design", {"role": "客户经理", "format": "pdf"})):  # fmt: skip
        r = httpx.post(f"{server.url}{path}", json=body, auth=VIEWER, timeout=60)
        assert r.status_code == 422
        message = r.json()["error"]["message"]
        assert "format" in message and "可选" in message
        assert not re.search(r"\bor\b|'", message), message  # no "'json', 'markdown' or 'docx'"


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [("GET", "/v1/jd", "POST"), ("GET", "/v1/kpi/design", "POST"), ("GET", "/v1/chat/completions", "POST"),
     ("POST", "/v1/models", "GET"), ("GET", "/v1/corpus/documents/000_9eeea241028b3f98.txt", "DELETE"),
     ("POST", "/healthz", "GET")],
)  # fmt: skip
def test_wrong_method_on_a_known_route_is_405(server, method: str, path: str, allowed: str) -> None:
    r = httpx.request(method, f"{server.url}{path}", auth=VIEWER, timeout=30)
    assert r.status_code == 405, r.text
    assert allowed in r.headers["allow"]
    message = r.json()["error"]["message"]
    assert "不支持" in message and method in message and allowed in message


def test_docs_page_works_offline(server) -> None:
    """/docs loads Swagger UI from this server only (the default page uses a CDN: blank offline)."""
    import re
    from urllib.parse import urljoin, urlparse

    page = httpx.get(f"{server.url}/docs", timeout=30)
    assert page.status_code == 200 and "岗位助手" in page.text
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url:\s*'([^']+)'""", page.text)
    urls = [a or b for a, b in refs]
    assert len(urls) >= 4  # css, favicon, js, openapi.json
    for ref in urls:
        assert urlparse(urljoin(server.url + "/docs", ref)).netloc == urlparse(server.url).netloc, ref
        assert httpx.get(urljoin(server.url + "/docs", ref), timeout=30).status_code == 200, ref
    assert "https://" not in page.text and "http://" not in page.text
    assert '"validatorUrl": null' in page.text  # the validator badge would call validator.swagger.io
    assert httpx.get(f"{server.url}/redoc", timeout=30, follow_redirects=True).url.path == "/docs"


MD = "# 星河数据标注员岗位说明书\n\n## 岗位职责\n1. 负责星河图像数据的标注与质检, 每日完成不少于五百张。\n2. 负责维护星河标注规范文档。\n"


def test_viewer_cannot_write_editor_can(server) -> None:
    files = {"file": ("星河标注员.md", MD.encode("utf-8"), "text/markdown")}
    refused = httpx.post(f"{server.url}/v1/corpus/documents", files=files, auth=VIEWER, timeout=60)
    assert refused.status_code == 403 and "viewer" in refused.json()["error"]["message"]
    assert httpx.delete(f"{server.url}/v1/corpus/documents/000_9eeea241028b3f98.txt", auth=VIEWER, timeout=60).status_code == 403

    added = httpx.post(f"{server.url}/v1/corpus/documents", files=files, auth=EDITOR, timeout=300)
    assert added.status_code == 201, added.text
    assert added.json()["status"] == "added" and added.json()["report"]["chunks"] >= 1
    hits = httpx.get(f"{server.url}/v1/search", params={"q": "星河图像数据标注", "k": 3}, auth=VIEWER, timeout=60).json()
    assert hits["hits"][0]["file"] == "星河标注员.md"

    gone = httpx.delete(f"{server.url}/v1/corpus/documents/星河标注员.md", auth=EDITOR, timeout=300)
    assert gone.status_code == 200 and gone.json()["deleted"] is True
    hits = httpx.get(f"{server.url}/v1/search", params={"q": "星河图像数据标注", "k": 3}, auth=VIEWER, timeout=60).json()
    assert all(h["file"] != "星河标注员.md" for h in hits["hits"])
    again = httpx.delete(f"{server.url}/v1/corpus/documents/星河标注员.md", auth=EDITOR, timeout=60)
    assert again.status_code == 404 and "没有文档" in again.json()["error"]["message"]


@pytest.mark.parametrize(
    "name, data, status, fragment",
    [
        ("病毒.exe", b"MZ\x90\x00", 415, "不支持的文件类型"),
        ("假的.docx", "纯文本".encode(), 415, "不是有效的 .docx"),
        ("空白.md", b"  \n ", 400, "文件为空"),
    ],
)
def test_bad_uploads_are_refused_clearly(server, name: str, data: bytes, status: int, fragment: str) -> None:
    r = httpx.post(f"{server.url}/v1/corpus/documents", files={"file": (name, data)}, auth=EDITOR, timeout=60)
    assert r.status_code == status and fragment in r.json()["error"]["message"]


def test_upload_size_limit(server) -> None:
    # The server allows 1 MB: just over is caught after reading, far over before the body is read.
    for size, fragment in ((1024 * 1024 + 10, "文件过大"), (3 * 1024 * 1024, "上传内容过大")):
        files = {"file": ("大文件.txt", b"a" * size)}
        r = httpx.post(f"{server.url}/v1/corpus/documents", files=files, auth=EDITOR, timeout=120)
        assert r.status_code == 413 and fragment in r.json()["error"]["message"]


def test_openapi_schema_is_served(server) -> None:
    schema = httpx.get(f"{server.url}/openapi.json", timeout=30).json()
    for path in ("/v1/chat/completions", "/v1/search", "/v1/jd", "/v1/kpi/design", "/v1/kpi/check",
                 "/v1/corpus/stats", "/v1/corpus/documents", "/healthz"):
        assert path in schema["paths"], path


def test_model_name_selects_the_answerer(indexed_settings, tmp_path) -> None:
    """With an LLM configured (a local OpenAI-protocol stub), "gangwei-llm" answers through it and
    "gangwei-extractive" still answers extractively; both keep the citations."""
    from _answer_llm_stub import StubServer
    from openai import OpenAI

    from assistant.web import BackgroundServer, create_app
    from assistant.services import Services

    question = [{"role": "user", "content": "人力资源专员的岗位职责是什么?"}]
    with StubServer() as llm_url:
        settings = indexed_settings.model_copy(update={"llm_base_url": llm_url, "llm_model": "good", "llm_api_key": "x"})
        with BackgroundServer(create_app(Services(settings))) as srv:
            client = OpenAI(base_url=f"{srv.url}/v1", api_key="none", max_retries=0, timeout=120)
            assert {m.id for m in client.models.list().data if m.model_extra["available"]} == {
                "gangwei-extractive", "gangwei-llm"}  # fmt: skip
            llm = client.chat.completions.create(model="gangwei-llm", messages=question)
            assert llm.model_extra["gangwei"]["backend"] == "llm" and llm.model_extra["citations"]
            assert llm.model_extra["gangwei"]["fallback_reason"] is None
            extractive = client.chat.completions.create(model="gangwei-extractive", messages=question)
            assert extractive.model_extra["gangwei"]["backend"] == "extractive"
            pieces = [c.choices[0].delta.content for c in client.chat.completions.create(
                model="gangwei-llm", messages=question, stream=True) if c.choices and c.choices[0].delta.content]  # fmt: skip
            assert len(pieces) > 2 and "**来源**" in "".join(pieces)
