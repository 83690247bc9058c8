"""``/healthz`` and the catch-all that answers unknown API paths and wrong methods in Chinese."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI, Request

from assistant.api.deps import Svc
from assistant.api.errors import ApiError
from assistant.api.schemas import Health

router = APIRouter()


@router.get("/healthz", response_model=Health, tags=["运维"], summary="健康检查 (无需登录)")
def healthz(services: Svc) -> Health:
    try:
        stats = services.corpus.stats()
        documents, chunks = stats.files, stats.chunks
    except Exception:  # noqa: BLE001 - health must answer even while the first ingest runs
        documents = chunks = 0
    return Health(status="ok", documents=documents, chunks=chunks,
                  models=[m.id for m in services.chat.models() if m.available])  # fmt: skip


@router.api_route("/healthz", methods=["POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
def healthz_wrong_method(request: Request) -> None:
    # Else the web UI mounted at "/" would answer with its own English 404.
    raise ApiError(405, f"接口 /healthz 不支持 {request.method} 请求, 请使用 GET", "method_not_allowed", headers={"Allow": "GET"})


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """The methods the app's own routes accept for this request's path (none: the path is unknown)."""
    from starlette.routing import compile_path

    path = request.url.path
    methods: set[str] = set()
    for route_path, route_methods in _routes(app):
        if route_path.startswith("/v1/{rest") or not route_methods:
            continue
        regex, _, _ = compile_path(route_path)
        if regex.match(path):
            methods |= set(route_methods)
    order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
    return sorted(methods - {"HEAD"}, key=lambda m: order.index(m) if m in order else len(order))


def _routes(app: FastAPI) -> list[tuple[str, set[str] | None]]:
    """(path, methods) of every route, routers included (FastAPI keeps included routers nested)."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI copies included routes into app.router.routes
        return [(r.path, getattr(r, "methods", None)) for r in app.router.routes if hasattr(r, "path")]
    return [(ctx.path, ctx.methods) for ctx in iter_route_contexts(app.router.routes) if ctx.path]


catch_all = APIRouter()


@catch_all.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
def unknown(rest: str, request: Request) -> None:
    # Without this, the web UI mounted at "/" would answer unknown API paths with its own 404; a
    # known path asked with the wrong method lands here too: a 405 naming the supported methods.
    allowed = allowed_methods(request.app, request)
    if allowed:
        raise ApiError(405, f"接口 /v1/{rest} 不支持 {request.method} 请求, 请使用 {' / '.join(allowed)}; 接口列表见 /docs",
                       "method_not_allowed", headers={"Allow": ", ".join(allowed)})  # fmt: skip
    raise ApiError(404, f"找不到接口 {request.method} /v1/{rest}; 接口列表见 /docs", "not_found")
