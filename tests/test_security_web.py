"""Web hardening without login: security headers and CSP (the UI still works in a real browser),
Host checks against DNS rebinding, same-origin writes, uploads that only ever take the bytes sent,
and `gangwei serve` refusing to go public without login."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

GANGWEI = Path(sys.executable).with_name("gangwei")
CHROMIUM = Path("/usr/bin/chromium")
XSS_SCRIPT = "<script>document.title='XSS-script'</script>"
XSS_IMG = "<img src=x onerror=\"document.title='XSS-img'\">"


def security_headers_ok(headers: httpx.Headers) -> None:
    csp = headers["content-security-policy"]
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-inline'" not in script_src  # injected <script> / onerror= never run
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "same-origin"


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    """The real API (and its middlewares) with a small Gradio UI mounted like the real one; no login.

    The UI shows corpus-like text with script payloads through Markdown, HTML and Chatbot components,
    has a js= handler (needs eval) and a file upload (Gradio's upload endpoint).
    """
    import gradio as gr

    from assistant.api.app import create_api
    from assistant.config import Settings
    from assistant.services import Services
    from assistant.web import BackgroundServer

    home = tmp_path_factory.mktemp("web-home")
    (home / "corpus").mkdir()
    settings = Settings(home=home, corpus_dir=home / "corpus", auth=None, allowed_hosts="hr.example.com, .intra.example")
    app = create_api(Services(settings))
    with gr.Blocks(title="岗位助手") as demo:
        box = gr.Textbox(label="输入")
        button = gr.Button("发送")
        md = gr.Markdown("初始")
        html = gr.HTML("")
        chat = gr.Chatbot()
        upload = gr.File(label="上传", type="filepath")

        def answer(text: str, history: list | None) -> tuple:
            reply = f"回答{XSS_SCRIPT}{XSS_IMG}"
            return f"你说: {text}", XSS_IMG, [*(history or []), {"role": "user", "content": text},
                                              {"role": "assistant", "content": reply}]  # fmt: skip

        button.click(answer, [box, chat], [md, html, chat])
        button.click(None, [], [], js="() => { document.body.dataset.handler = 'ran'; }")
        upload.upload(lambda p: f"收到 {Path(p).name}", upload, md)
    app = gr.mount_gradio_app(app, demo, path="/", ssr_mode=False, mcp_server=False)
    with BackgroundServer(app) as server:
        yield server, settings


def test_every_response_carries_the_security_headers(web) -> None:
    server, _ = web
    for path in ("/", "/healthz", "/v1/models", "/v1/nope", "/docs", "/openapi.json", "/gradio_api/info"):
        r = httpx.get(server.url + path, timeout=30)
        security_headers_ok(r.headers)
    page = httpx.get(server.url + "/", timeout=30)
    nonce = re.search(r"'nonce-([^']+)'", page.headers["content-security-policy"]).group(1)
    scripts = re.findall(r"<script[^>]*>", page.text)
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert httpx.get(server.url + "/", timeout=30).headers["content-security-policy"] != page.headers[
        "content-security-policy"]  # a fresh nonce per page  # fmt: skip
    api = httpx.get(server.url + "/v1/models", timeout=30).headers["content-security-policy"]
    assert "nonce-" not in api


@pytest.mark.skipif(not CHROMIUM.exists(), reason="需要 Debian 的 chromium (/usr/bin/chromium): apt-get install -y chromium")
def test_ui_works_under_the_policy_and_injected_script_never_runs(web, tmp_path) -> None:
    from playwright.sync_api import sync_playwright

    server, _ = web
    sample = tmp_path / "样例.txt"
    sample.write_text("岗位职责", encoding="utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server.url + "/")
            page.get_by_label("输入").fill("你好")
            page.get_by_role("button", name="发送").click()
            page.wait_for_selector("text=你说: 你好", timeout=60000)
            page.wait_for_timeout(500)
            page.set_input_files("input[type=file]", str(sample))
            page.wait_for_selector("text=收到 样例.txt", timeout=60000)
            assert page.evaluate("document.body.dataset.handler") == "ran"  # js= handlers still work
            assert "XSS" not in page.title()  # neither the <script> nor the onerror= payload ran
            assert errors == []
        finally:
            browser.close()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:7860", "hr.example.com.evil.example"])
def test_foreign_host_is_refused(web, host: str) -> None:
    server, _ = web
    for method, path in (("GET", "/v1/models"), ("GET", "/"), ("POST", "/v1/corpus/documents")):
        r = httpx.request(method, server.url + path, headers={"Host": host}, timeout=30)
        assert r.status_code == 400, (method, path, r.status_code)
        assert "GANGWEI_ALLOWED_HOSTS" in r.json()["error"]["message"] and "DNS 重绑定" in r.json()["error"]["message"]


@pytest.mark.parametrize("host", ["localhost:7860", "127.0.0.1", "[::1]:7860", "192.168.1.20:7860", "hr.example.com",
                                  "a.intra.example:8080", "app.localhost"])  # fmt: skip
def test_known_hosts_are_served(web, host: str) -> None:
    server, _ = web
    assert httpx.get(server.url + "/v1/models", headers={"Host": host}, timeout=30).status_code == 200


def test_cross_site_writes_are_refused_same_site_and_non_browser_pass(web) -> None:
    server, settings = web
    files = {"file": ("跨站.md", "# 跨站岗位说明书\n\n## 岗位职责\n1. 负责跨站测试。\n".encode())}
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"},
                    {"Referer": "http://evil.example/form.html"}, {"Origin": f"http://evil.example:{server.port}"}):  # fmt: skip
        r = httpx.post(f"{server.url}/v1/corpus/documents", files=files, headers=headers, timeout=60)
        assert r.status_code == 403, headers
        assert "跨站请求被拒绝" in r.json()["error"]["message"]
        r = httpx.post(f"{server.url}/gradio_api/upload", files={"files": ("x.txt", b"x")}, headers=headers, timeout=60)
        assert r.status_code == 403  # Gradio's own upload endpoint too
        r = httpx.delete(f"{server.url}/v1/corpus/documents/x.md", headers=headers, timeout=60)
        assert r.status_code == 403
    assert not list(settings.corpus_dir.iterdir())  # nothing was written
    # reads are not writes: a cross-site GET is answered (the browser keeps the response from the page)
    assert httpx.get(f"{server.url}/v1/models", headers={"Origin": "http://evil.example"}, timeout=30).status_code == 200
    # the page's own origin and clients that send no Origin (curl, SDKs) may write
    same = httpx.post(f"{server.url}/gradio_api/upload", files={"files": ("x.txt", b"x")},
                      headers={"Origin": server.url}, timeout=60)  # fmt: skip
    assert same.status_code == 200
    listed = httpx.post(f"{server.url}/gradio_api/upload", files={"files": ("x.txt", b"x")},
                        headers={"Origin": "https://hr.example.com"}, timeout=60)  # fmt: skip
    assert listed.status_code == 200  # GANGWEI_ALLOWED_HOSTS also lists trusted origins
    assert httpx.post(f"{server.url}/gradio_api/upload", files={"files": ("x.txt", b"x")}, timeout=60).status_code == 200


def test_upload_takes_only_the_bytes_sent_never_a_server_path(web, tmp_path) -> None:
    server, settings = web
    secret = tmp_path / "server-secret.md"
    secret.write_text("# 机密岗位说明书\n\n## 岗位职责\n1. 服务器上的机密内容。\n", encoding="utf-8")
    url = f"{server.url}/v1/corpus/documents"
    attempts = [
        httpx.post(url, json={"path": str(secret)}, timeout=60),
        httpx.post(url, json={"file": str(secret), "filename": str(secret)}, timeout=60),
        httpx.post(url, data={"file": str(secret)}, timeout=60),
        httpx.post(url, data={"path": str(secret), "name": str(secret)}, timeout=60),
        httpx.post(url, params={"path": str(secret)}, data={"file": str(secret)}, timeout=60),
    ]
    for r in attempts:
        assert r.status_code == 422, r.text
        assert not r.json()["error"]["message"].isascii()
    assert not list(settings.corpus_dir.iterdir())
    assert not (settings.home / "records" / "files.jsonl").exists()
    # a file part whose *name* is a server path: only its base name is used, with the bytes sent
    sent = "# 上传岗位说明书\n\n## 岗位职责\n1. 负责上传测试。\n".encode()
    r = httpx.post(url, files={"file": (str(secret), sent)}, timeout=300)
    assert r.status_code == 201, r.text
    assert r.json()["file"] == secret.name
    assert [p.name for p in settings.corpus_dir.iterdir()] == [secret.name]
    assert (settings.corpus_dir / secret.name).read_bytes() == sent
    assert "机密" not in (settings.home / "records" / "chunks.jsonl").read_text("utf-8")


def serve_env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GANGWEI_")}
    env.update(GANGWEI_HOME=str(home), GANGWEI_CORPUS_DIR=str(home / "corpus"), HF_HUB_OFFLINE="1", **extra)
    return env


def test_serve_refuses_a_public_host_without_login(tmp_path) -> None:
    for host in ("0.0.0.0", "::", "192.0.2.10"):
        run = subprocess.run([str(GANGWEI), "serve", "--host", host, "--port", "7999"], env=serve_env(tmp_path),
                             capture_output=True, text=True, timeout=120)  # fmt: skip
        assert run.returncode == 1, run.stdout + run.stderr
        assert "GANGWEI_AUTH" in run.stderr and "--allow-public" in run.stderr and "Traceback" not in run.stderr
    # explicitly allowed (flag or setting): the check passes and start-up goes on, here to a busy port
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = str(busy.getsockname()[1])
        for args, extra in ((["--allow-public"], {}), ([], {"GANGWEI_ALLOW_PUBLIC": "1"})):
            run = subprocess.run([str(GANGWEI), "serve", "--host", "0.0.0.0", "--port", port, *args],
                                 env=serve_env(tmp_path, **extra), capture_output=True, text=True, timeout=120)  # fmt: skip
            assert run.returncode == 1 and "无法监听" in run.stderr, run.stderr
            assert "拒绝启动" not in run.stderr


def test_host_policy_rules() -> None:
    from assistant.api.security import HostPolicy, is_loopback, split_host

    assert split_host("[::1]:7860") == "::1" and split_host("Example.COM.:80") == "example.com"
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.9.1", "::1", "localhost", "app.localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.2", "example.com"))
    policy = HostPolicy.parse("hr.example.com, .intra.example", bound_host="gangwei.lan", enforce_host=True)
    for ok in ("gangwei.lan:7860", "hr.example.com", "x.intra.example", "intra.example", "10.1.2.3", "[fe80::1]:80"):
        assert policy.host_ok(ok), ok
    for bad in ("evil.example", "hr.example.com.evil", "intra.example.evil", "xintra.example"):
        assert not policy.host_ok(bad), bad
    # with login on and no GANGWEI_ALLOWED_HOSTS the server cannot know its public names: Host is not checked
    assert HostPolicy.parse("", bound_host="0.0.0.0", enforce_host=False).host_ok("hr.company.example")
    assert HostPolicy.parse("*", bound_host=None, enforce_host=True).host_ok("anything.example")


def test_real_web_app_page_loads_under_the_policy(indexed_settings) -> None:
    """The shipped UI (create_app) is served with the policy and every script it loads is allowed."""
    from urllib.parse import urljoin

    from assistant.services import Services
    from assistant.web import BackgroundServer, create_app

    with BackgroundServer(create_app(Services(indexed_settings))) as server:
        page = httpx.get(server.url + "/", timeout=60)
        assert page.status_code == 200
        security_headers_ok(page.headers)
        nonce = re.search(r"'nonce-([^']+)'", page.headers["content-security-policy"]).group(1)
        tags = re.findall(r"<script[^>]*>", page.text)
        assert tags and all(f'nonce="{nonce}"' in tag for tag in tags)
        for src in re.findall(r'<script[^>]*\bsrc="([^"]+)"', page.text):
            assert httpx.get(urljoin(server.url + "/", src), timeout=60).status_code == 200, src
        assert "gradio_config" in page.text
