"""ONE FastAPI app: the API under /v1 and /healthz, the Gradio UI mounted at "/" (registered last,
so the API routes win), both using the same ``Services`` and the same users."""

from __future__ import annotations

import os
import threading
import time
from typing import Any

from assistant.api.users import UserStore
from assistant.services import Services


def create_app(services: Services, users: UserStore | None = None) -> Any:
    # No telemetry and no hub look-ups: the app runs offline.
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    os.environ.setdefault("GRADIO_RUN_HISTORY", "False")
    import gradio as gr

    from assistant.api.app import create_api
    from assistant.ui.app import CSS, TITLE, build_ui, theme

    users = users or UserStore.from_setting(services.settings.auth)
    app = create_api(services, users)
    demo = build_ui(services, users)
    demo.queue(default_concurrency_limit=4)
    auth = (lambda name, password: users.check(name, password) is not None) if users.enabled else None
    return gr.mount_gradio_app(
        app,
        demo,
        path="/",
        auth=auth,
        auth_message="请使用管理员分配的账号登录岗位助手。" if auth else None,
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
