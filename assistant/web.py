"""ONE web application: the API under /v1 and /healthz and the Gradio UI mounted at "/"
(registered last, so the API routes win), both over the same ``Services`` and the same users.

The API and the UI never import each other; this module is the only place that joins them.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from assistant.auth import UserStore
from assistant.services import Services

GRADIO_CACHE_SECONDS = 3600


def create_app(services: Services, users: UserStore | None = None, host: str | None = None) -> Any:
    """The web app; ``host`` is the address the server listens on (accepted as a Host name)."""
    # No telemetry and no hub look-ups: the app runs offline.
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("GRADIO_RUN_HISTORY", "False")
    import gradio as gr

    from assistant.api.app import create_api
    from assistant.ui.app import CSS, TITLE, build_ui, theme

    users = users or UserStore.for_settings(services.settings)
    app = create_api(services, users, bound_host=host)
    demo = build_ui(services, users)
    demo.queue(default_concurrency_limit=4)
    if getattr(demo, "delete_cache", None) is None:
        # Gradio keeps a copy of every uploaded file and generated download in its temp folder:
        # remove them hourly (and all of them on restart), so a deleted document does not linger there.
        demo.delete_cache = (GRADIO_CACHE_SECONDS, GRADIO_CACHE_SECONDS)
    auth = gradio_login(app, users) if users.enabled else None
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        auth=auth,
        auth_message=(
            "请使用管理员分配的账号登录岗位助手。连续多次输错密码后, 该账号和本机会被暂时锁定, 请稍后再试。" if auth else None
        ),
        footer_links=[],
        run_history=False,
        max_file_size=f"{services.settings.upload_max_mb}mb",
        show_error=True,
        ssr_mode=False,
        mcp_server=False,
        theme=theme(),
        css=CSS,
        head=f"<title>{TITLE}</title>",
    )


def gradio_login(app: Any, users: UserStore) -> Callable[[str, str], Awaitable[bool]]:
    """Gradio's login check with the same back-off as the API.

    Gradio calls it without the request, so a middleware hands over the client address in a
    context variable (one per app). During back-off the login answers 429 with a Chinese message
    and Retry-After, even for the right password.
    """
    from fastapi import HTTPException
    from starlette.concurrency import run_in_threadpool

    from assistant.auth import LoginBlocked

    client: ContextVar[str | None] = ContextVar(f"gangwei-login-client-{id(app)}", default=None)

    app.add_middleware(_RememberLoginClient, var=client)

    async def login(name: str, password: str) -> bool:
        try:
            # argon2 takes a noticeable moment: keep it off the event loop
            return await run_in_threadpool(users.login, name, password, client.get()) is not None
        except LoginBlocked as exc:
            raise HTTPException(429, detail=exc.message, headers={"Retry-After": str(exc.retry_after)}) from None

    return login


class _RememberLoginClient:
    """Pure ASGI: puts the client address of a login request where ``gradio_login`` can read it."""

    def __init__(self, app: Any, var: ContextVar[str | None]) -> None:
        self.app = app
        self.var = var

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].rstrip("/").endswith("/login"):
            peer = scope.get("client")
            self.var.set(peer[0] if peer else None)
        await self.app(scope, receive, send)


class BackgroundServer:
    """uvicorn in a daemon thread on a given port (tests and the load benchmark)."""

    def __init__(self, app: Any, host: str = "127.0.0.1", port: int = 0) -> None:
        import uvicorn

        self.host = host
        self.port = port or free_port(host)
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, name="gangwei-uvicorn", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def __enter__(self) -> "BackgroundServer":
        self.thread.start()
        deadline = time.monotonic() + 60
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("服务启动失败")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def free_port(host: str = "127.0.0.1") -> int:
    import socket

    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


# --- first start: listen at once, build the knowledge base behind a progress page ---------------


class StartupState:
    """What the first start is doing, for the progress page (written by one thread, read by others)."""

    def __init__(self) -> None:
        self.stage = "正在准备…"
        self.files = 0
        self.embedded = (0, 0)
        self.error: str | None = None

    def on_file(self, name: str) -> None:
        self.files += 1
        self.stage = f"正在读取文档：{name}"

    def on_embed(self, done: int, total: int) -> None:
        self.embedded = (done, total)
        self.stage = "正在计算向量"

    def describe(self) -> str:
        done, total = self.embedded
        parts = [self.stage, f"已读取 {self.files} 个文档"]
        if total:
            parts.append(f"向量 {done}/{total}")
        return " · ".join(parts)


_STARTING_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="refresh" content="2"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>岗位助手 · 正在建立知识库</title>
<style>body{{font-family:sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#222}}
.bar{{height:.5rem;background:#eee;border-radius:.25rem;overflow:hidden}}.bar i{{display:block;height:100%;background:#3b82f6;width:{pct}%}}</style>
</head><body><h1>正在建立知识库…</h1><p>首次启动需要读取文档并计算向量，完成后本页会自动进入岗位助手。</p>
<div class="bar"><i></i></div><p>{status}</p></body></html>"""


class Switchboard:
    """Pure ASGI: answers at once while the real app is being prepared, then hands every request to it.

    The real app (API + Gradio UI) is built after the first ingest; until then the page says what
    is happening, ``/healthz`` reports ``starting`` and the API answers 503 with a Chinese message.
    The real app's own lifespan (Gradio's queue) is started on the server's loop when it arrives.
    """

    def __init__(self, state: StartupState) -> None:
        self.state = state
        self.app: Any = None
        self._loop: Any = None
        self._shutdown: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if self.app is not None and scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        import html
        import json

        path = scope.get("path", "")
        if path.startswith("/healthz"):
            body = json.dumps({"status": "starting", "documents": 0, "chunks": 0, "models": [],
                               "extra": {"progress": self.state.describe(), "error": self.state.error}}, ensure_ascii=False)  # fmt: skip
            await _respond(send, 200, "application/json", body)
        elif path.startswith("/v1"):
            message = self.state.error or f"正在建立知识库，请稍后再试（{self.state.describe()}）"
            body = json.dumps({"error": {"message": message, "type": "service_unavailable", "code": "starting"}}, ensure_ascii=False)
            await _respond(send, 503, "application/json", body, retry_after=5)
        else:
            done, total = self.state.embedded
            pct = int(100 * done / total) if total else 5
            status = html.escape(self.state.error or self.state.describe())
            await _respond(send, 200, "text/html; charset=utf-8", _STARTING_PAGE.format(pct=pct, status=status))

    async def _lifespan(self, receive: Any, send: Any) -> None:
        import asyncio

        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._loop = asyncio.get_running_loop()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                if self._shutdown is not None:
                    self._shutdown.set()
                await send({"type": "lifespan.shutdown.complete"})
                return

    def activate(self, app: Any) -> None:
        """Called from the preparing thread: start the real app's lifespan on the server loop, then route to it."""
        import asyncio

        if self._loop is None:  # served without lifespan events (tests): route at once
            self.app = app
            return
        asyncio.run_coroutine_threadsafe(self._start(app), self._loop).result(timeout=120)

    async def _start(self, app: Any) -> None:
        import asyncio

        started = asyncio.Event()
        self._shutdown = asyncio.Event()
        sent_startup = False

        async def receive() -> dict:
            nonlocal sent_startup
            if not sent_startup:
                sent_startup = True
                return {"type": "lifespan.startup"}
            await self._shutdown.wait()
            return {"type": "lifespan.shutdown"}

        async def send(message: dict) -> None:
            if message["type"].startswith("lifespan.startup"):
                started.set()

        asyncio.get_running_loop().create_task(app({"type": "lifespan", "asgi": {"version": "3.0"}}, receive, send))
        await asyncio.wait_for(started.wait(), timeout=60)
        self.app = app


async def _respond(send: Any, status: int, media: str, body: str, retry_after: int | None = None) -> None:
    headers = [(b"content-type", media.encode()), (b"cache-control", b"no-store"), (b"x-content-type-options", b"nosniff"),
               (b"x-frame-options", b"DENY"), (b"content-security-policy", b"default-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'")]  # fmt: skip
    if retry_after:
        headers.append((b"retry-after", str(retry_after).encode()))
    data = body.encode("utf-8")
    headers.append((b"content-length", str(len(data)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
