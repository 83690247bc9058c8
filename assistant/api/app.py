"""The FastAPI application: ``/v1`` (OpenAI-compatible chat, search, tools, knowledge base) and ``/healthz``.

Handlers are plain ``def`` so FastAPI runs them in its thread pool: the work is CPU-bound model
inference, and ``Services`` is thread-safe.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, File, Query, Request, UploadFile
from fastapi.responses import JSONResponse, Response, StreamingResponse

from assistant.api.auth import current_user, require_editor
from assistant.api.chat import complete, stream_events
from assistant.api.docs import install_docs
from assistant.api.errors import ApiError, error_body, install_error_handlers
from assistant.api.schemas import (
    ChatCompletion,
    ChatCompletionRequest,
    DeleteResult,
    Health,
    JdBody,
    JdResponse,
    KpiCheckBody,
    KpiCheckResponse,
    KpiDesignBody,
    KpiDesignResponse,
    ModelCard,
    ModelList,
    SearchHit,
    SearchResponse,
)
from assistant.api.users import User, UserStore
from assistant.models import CorpusStats
from assistant.services import DocumentInfo, ServiceError, Services, UploadResult

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# Module level: with postponed annotations FastAPI resolves these names in the module namespace.
Viewer = Annotated[User, Depends(current_user)]
Editor = Annotated[User, Depends(require_editor)]

_ERRORS = {
    400: {"description": "请求无效"},
    401: {"description": "需要登录"},
    422: {"description": "请求参数无效"},
}


def _call(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    """Turn the services' expected failures into API errors with their Chinese message."""
    try:
        return fn(*args, **kwargs)
    except ServiceError as exc:
        raise ApiError(exc.status, exc.message) from exc


def allowed_methods(app: FastAPI, request: Request) -> list[str]:
    """The methods the app's own routes accept for this request's path (none: the path is unknown)."""
    from starlette.routing import Match, Route

    scope = {**request.scope, "method": "__none__"}  # any real route then matches the path only
    methods: set[str] = set()
    for route in app.router.routes:
        if not isinstance(route, Route) or route.path.startswith("/v1/{rest"):
            continue
        match, _ = route.matches(scope)
        if match != Match.NONE and route.methods:
            methods |= route.methods
    order = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]
    return sorted(methods - {"HEAD"}, key=lambda m: order.index(m) if m in order else len(order))


def _attachment(name: str) -> dict[str, str]:
    from urllib.parse import quote

    return {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}


def create_api(services: Services, users: UserStore | None = None) -> FastAPI:
    app = FastAPI(
        title="岗位助手 gangwei API",
        description=(
            "岗位职责、任职资格与 KPI 设计问答。`/v1/chat/completions` 兼容 OpenAI 客户端; "
            "设置 GANGWEI_AUTH 后需要 HTTP Basic 认证或 `Authorization: Bearer 用户名:密码`。"
        ),
        version="0.1.0",
        responses=_ERRORS,
        docs_url=None,  # FastAPI's pages load Swagger UI / ReDoc from a CDN: install_docs serves local files
        redoc_url=None,
    )
    app.state.services = services
    app.state.users = users or UserStore.from_setting(services.settings.auth)
    install_error_handlers(app)
    install_docs(app, app.title)

    @app.middleware("http")
    async def refuse_oversized_uploads(request: Request, call_next):  # type: ignore[no-untyped-def]
        # Refuse by Content-Length before the multipart body is read and spooled to disk.
        if request.method == "POST" and request.url.path == "/v1/corpus/documents":
            limit = services.settings.upload_max_mb * 1024 * 1024
            try:
                length = int(request.headers.get("content-length", "0"))
            except ValueError:
                length = 0
            if length > limit + 64 * 1024:  # multipart framing around the file
                return JSONResponse(
                    error_body(413, f"上传内容过大 ({length / 1048576:.1f} MB), 上限为 {services.settings.upload_max_mb} MB"),
                    status_code=413,
                )
        return await call_next(request)

    @app.get("/healthz", response_model=Health, tags=["运维"], summary="健康检查 (无需登录)")
    def healthz() -> Health:
        docs = services.documents()
        return Health(
            status="ok",
            documents=len(docs),
            chunks=sum(d.chunks for d in docs),
            models=[m.id for m in services.models() if m.available],
        )

    @app.get("/v1/models", response_model=ModelList, tags=["问答"], summary="可用的回答模型")
    def models(user: Viewer) -> ModelList:
        return ModelList(
            data=[ModelCard(id=m.id, description=m.description, available=m.available) for m in services.models()]
        )

    @app.post(
        "/v1/chat/completions",
        response_model=ChatCompletion,
        tags=["问答"],
        summary="问答 (兼容 OpenAI Chat Completions, 支持 stream)",
        responses={404: {"description": "未知的模型"}},
    )
    def chat_completions(body: ChatCompletionRequest, user: Viewer) -> ChatCompletion | StreamingResponse:
        _call(services.resolve_model, body.model)
        if body.stream:
            # Validate everything that can be a 4xx before the 200 headers go out.
            _call(services.assistant, body.model)
            from assistant.services import check_question

            _call(check_question, body.messages[-1].text())
            return StreamingResponse(
                stream_events(services, body),
                media_type="text/event-stream",
                headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            )
        return _call(complete, services, body)

    @app.get("/v1/search", response_model=SearchResponse, tags=["检索"], summary="混合检索语料段落")
    def search(
        user: Viewer,
        q: Annotated[str, Query(min_length=1, max_length=500, description="查询内容")],
        k: Annotated[int, Query(ge=1, le=50, description="返回条数")] = 10,
    ) -> SearchResponse:
        hits = _call(services.search, q, k=k)
        return SearchResponse(query=q, k=k, hits=[SearchHit(**h.to_contract()) for h in hits])

    @app.post(
        "/v1/jd",
        response_model=JdResponse,
        tags=["工具"],
        summary="起草岗位说明书 (format=json / markdown 或 md / docx)",
        responses={200: {"content": {"text/markdown": {}, DOCX: {}}}, 404: {"description": "语料中没有该岗位或相近岗位"}},
    )
    def jd(body: JdBody, user: Viewer) -> Response:
        from assistant.api import tools_bridge

        draft = _call(services.draft_jd, _call(tools_bridge.jd_request, body))
        if body.format == "docx":
            return Response(tools_bridge.jd_docx(draft), media_type=DOCX, headers=_attachment(f"{body.role}_岗位说明书.docx"))
        text, citations = tools_bridge.jd_rendered(draft)
        if body.format in ("markdown", "md"):
            return Response(text, media_type="text/markdown; charset=utf-8")
        out = JdResponse(role=body.role, markdown=text, citations=citations, draft=tools_bridge.dump(draft))
        return JSONResponse(out.model_dump(mode="json"))

    @app.post(
        "/v1/kpi/design",
        response_model=KpiDesignResponse,
        tags=["工具"],
        summary="为岗位设计 KPI (format=json / xlsx)",
        responses={200: {"content": {XLSX: {}}}, 404: {"description": "语料中没有可用于该岗位的职责或指标"}},
    )
    def kpi_design(body: KpiDesignBody, user: Viewer) -> Response:
        from assistant.api import tools_bridge
        from assistant.tools.export import render_kpi_markdown

        design = _call(services.design_kpis, body.role, count=body.count)
        if body.format == "xlsx":
            return Response(
                tools_bridge.kpi_design_xlsx(design), media_type=XLSX, headers=_attachment(f"{body.role}_KPI.xlsx")
            )
        rendered = render_kpi_markdown(design)
        out = KpiDesignResponse(
            role=design.role,
            total_weight=design.total_weight,
            markdown=rendered.text,
            citations=rendered.citations,
            design=tools_bridge.dump(design),
        )
        return JSONResponse(out.model_dump(mode="json"))

    @app.post("/v1/kpi/check", response_model=KpiCheckResponse, tags=["工具"], summary="按 SMART 原则检查一个指标")
    def kpi_check(body: KpiCheckBody, user: Viewer) -> KpiCheckResponse:
        from assistant.api import tools_bridge
        from assistant.tools.export import render_smart_markdown

        report = _call(services.smart_check, body.text, body.role)
        return KpiCheckResponse(
            passed=report.passed,
            missing=report.missing,
            markdown=render_smart_markdown(report).text,
            report=tools_bridge.dump(report),
        )

    @app.get("/v1/corpus/stats", response_model=CorpusStats, tags=["知识库"], summary="知识库统计")
    def corpus_stats(user: Viewer) -> CorpusStats:
        return services.stats()

    @app.get("/v1/corpus/documents", response_model=list[DocumentInfo], tags=["知识库"], summary="文档列表")
    def documents(user: Viewer) -> list[DocumentInfo]:
        return services.documents()

    @app.post(
        "/v1/corpus/documents",
        response_model=UploadResult,
        status_code=201,
        tags=["知识库"],
        summary="上传文档并增量导入 (需要 editor)",
        responses={403: {"description": "只读用户"}, 413: {"description": "文件过大"}, 415: {"description": "类型不支持"}},
    )
    def upload(user: Editor, request: Request, file: UploadFile = File(..., description=".txt/.md/.html/.docx/.pdf")) -> UploadResult:
        limit = services.settings.upload_max_mb * 1024 * 1024
        data = file.file.read(limit + 1)
        return _call(services.upload, file.filename or "", data)

    @app.delete(
        "/v1/corpus/documents/{name:path}",
        response_model=DeleteResult,
        tags=["知识库"],
        summary="从所有索引中删除文档 (需要 editor)",
        responses={403: {"description": "只读用户"}, 404: {"description": "没有该文档"}},
    )
    def delete(name: str, user: Editor) -> DeleteResult:
        _call(services.delete, name)
        return DeleteResult(file=name)

    @app.api_route("/healthz", methods=["POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def healthz_wrong_method(request: Request) -> None:
        # Else the web UI mounted at "/" would answer with its own English 404.
        raise ApiError(405, f"接口 /healthz 不支持 {request.method} 请求, 请使用 GET", "method_not_allowed",
                       headers={"Allow": "GET"})  # fmt: skip

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def unknown(rest: str, request: Request) -> None:
        # Without this, the web UI mounted at "/" would answer unknown API paths with its own 404.
        # A known path asked with the wrong method also lands here (this route matches any method):
        # that is a 405 naming the methods the path supports, not a 404.
        allowed = allowed_methods(app, request)
        if allowed:
            raise ApiError(
                405,
                f"接口 /v1/{rest} 不支持 {request.method} 请求, 请使用 {' / '.join(allowed)}; 接口列表见 /docs",
                "method_not_allowed",
                headers={"Allow": ", ".join(allowed)},
            )
        raise ApiError(404, f"找不到接口 {request.method} /v1/{rest}; 接口列表见 /docs", "not_found")

    return app
