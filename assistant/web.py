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
