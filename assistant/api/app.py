"""The FastAPI application: one router per feature (chat, search, tools, corpus) plus health.

Handlers are plain ``def`` so FastAPI runs them in its thread pool: the work is CPU-bound model
inference, and the services are thread-safe.
"""

from __future__ import annotations

from fastapi import Depends, FastAPI

from assistant.api.auth import within_rate_limit
from assistant.api.docs import install_docs
from assistant.api.errors import install_error_handlers
from assistant.api.routes import chat, corpus, search, system, tools
from assistant.api.security import install_security
from assistant.auth import RequestLimiter, UserStore
from assistant.services import Services

_ERRORS = {400: {"description": "请求无效"}, 401: {"description": "需要登录"}, 422: {"description": "请求参数无效"}}


def create_api(services: Services, users: UserStore | None = None, bound_host: str | None = None) -> FastAPI:
    """The API app; ``bound_host`` is the address the server listens on (accepted as a Host name)."""
    app = FastAPI(
        title="岗位助手 gangwei API",
        description=(
            "岗位职责、任职资格与 KPI 设计问答。`/v1/chat/completions` 兼容 OpenAI 客户端; "
            "设置 GANGWEI_AUTH 后需要 HTTP Basic 认证或 `Authorization: Bearer 用户名:密码`。"
        ),
        version="0.2.0",
        responses=_ERRORS,
        docs_url=None,  # FastAPI's pages load Swagger UI / ReDoc from a CDN: install_docs serves local files
        redoc_url=None,
    )
    app.state.services = services
    app.state.users = users or UserStore.for_settings(services.settings)
    install_error_handlers(app)
    install_docs(app, app.title)

    app.state.request_limiter = RequestLimiter(services.settings.rate_limit)
    install_security(app, services.settings, app.state.users.enabled, bound_host)

    metered = [Depends(within_rate_limit)]  # the endpoints that do real work count against a budget
    app.include_router(system.router)
    for module in (chat, search, tools):
        app.include_router(module.router, dependencies=metered)
    app.include_router(corpus.router)
    app.include_router(system.catch_all)  # last: unknown /v1 paths
    return app
