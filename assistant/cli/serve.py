"""``gangwei serve``: the web UI and the OpenAI-compatible API in one server."""

from __future__ import annotations

import threading
from typing import Annotated

import typer

from assistant.cli import app
from assistant.cli.common import console, err_console, fail, settings


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="监听地址 (对外提供服务请用 0.0.0.0)")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="端口")] = 7860,
    allow_public: Annotated[
        bool, typer.Option("--allow-public", help="允许在非本机地址上不设登录 (GANGWEI_AUTH) 就提供服务; 任何人都能修改知识库")
    ] = False,
) -> None:
    """启动网页界面 (/) 与 OpenAI 兼容 API (/v1, 文档见 /docs)。首次启动且索引为空时会先导入语料。"""
    from rich.markup import escape

    from assistant.api.security import is_loopback
    from assistant.auth import AuthConfigError, UserStore
    from assistant.services import Services

    cfg = settings()
    try:
        users = UserStore.for_settings(cfg)
    except AuthConfigError as exc:
        fail(str(exc))
    if not users.enabled and not is_loopback(host) and not (allow_public or cfg.allow_public):
        fail(
            f"拒绝启动: 监听地址 {host} 不是本机地址, 但没有设置 GANGWEI_AUTH, 网络上的任何人都能访问并修改知识库。"
            "请设置 GANGWEI_AUTH 启用登录 (可用 `gangwei users add 用户名 --role editor` 创建用户), "
            "或改用 --host 127.0.0.1; 确实要公开且不设登录时, 加上 --allow-public (或设置 GANGWEI_ALLOW_PUBLIC=1)。"
        )
    for warning in users.warnings:
        err_console.print(f"[yellow]警告:[/] {escape(warning)}", highlight=False)
    _check_port(host, port)
    services = Services(cfg)
    import uvicorn

    from assistant.web import StartupState, Switchboard

    # Listen at once: while the first ingest (and the model load) runs, the switchboard shows a
    # "正在建立知识库…" page, /healthz says "starting" and the API answers 503 in Chinese.
    state = StartupState()
    board = Switchboard(state)
    threading.Thread(target=_prepare, args=(services, users, host, board, state), name="gangwei-prepare", daemon=True).start()
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    console.print(f"[bold green]岗位助手已启动[/]: 网页 http://{shown}:{port}/ · API http://{shown}:{port}/v1 · 文档 http://{shown}:{port}/docs")
    if users.enabled:
        console.print("已启用登录 (GANGWEI_AUTH)。")
    elif is_loopback(host):
        console.print("[yellow]未设置 GANGWEI_AUTH: 无需登录, 本机上的所有人都可以修改知识库。[/]")
    else:
        console.print("[bold red]未设置 GANGWEI_AUTH 且对外公开 (--allow-public): 网络上的任何人都可以修改知识库。[/]")
        if not cfg.allowed_hosts.strip():
            console.print("通过 IP 地址访问即可; 通过域名访问时请把域名加入 GANGWEI_ALLOWED_HOSTS (防 DNS 重绑定)。")
    uvicorn.run(board, host=host, port=port, log_level="warning")


def _prepare(services, users, host: str, board, state) -> None:  # type: ignore[no-untyped-def]
    """First ingest (when the index is empty), model warm-up, then the real app behind the switchboard."""
    from assistant.services import ServiceError
    from assistant.web import create_app

    try:
        if services.corpus.is_empty():
            err_console.print(f"索引为空, 首次启动: 导入语料目录 {services.settings.corpus_dir}")
            result = services.corpus.ensure_index(progress=state.on_file, embed_progress=state.on_embed)
            if result is not None:
                err_console.print(f"导入完成: {len(result.added) + len(result.updated)} 个文档, 失败 {len(result.failed)}, 用时 {result.seconds:.1f} 秒")
                for report in result.reports:
                    if not report.ok:
                        err_console.print(f"[yellow]提示:[/] {report.message}")
        state.stage = "正在加载模型"
        services.warm_up()
        state.stage = "正在启动网页"
        board.activate(create_app(services, users, host=host))
        err_console.print("就绪。")
    except ServiceError as exc:
        state.error = f"启动失败：{exc.message}"
        err_console.print(f"[bold red]{state.error}[/]")
    except Exception as exc:  # noqa: BLE001 - shown on the page and the console, the server stays up
        state.error = f"启动失败：{exc}"
        err_console.print(f"[bold red]{state.error}[/]")


def _check_port(host: str, port: int) -> None:
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as exc:
            fail(f"无法监听 {host}:{port}: {exc.strerror or exc} (端口被占用? 可用 --port 换一个)")
