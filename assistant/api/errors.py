"""Every failure leaves the API as a 4xx/5xx JSON body in OpenAI's error shape with a Chinese message.

OpenAI clients read ``error.message``; nobody ever sees a traceback.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("gangwei.api")

_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
          404: "not_found_error", 405: "invalid_request_error", 409: "conflict_error", 413: "invalid_request_error",
          415: "invalid_request_error", 422: "invalid_request_error", 429: "rate_limit_error", 503: "service_unavailable"}

_STATUS_TEXT = {400: "请求无效", 401: "需要登录", 403: "没有权限", 404: "找不到请求的资源",
                405: "不支持该请求方法", 413: "请求内容过大", 415: "不支持的文件类型", 422: "请求参数无效",
                429: "请求过于频繁, 请稍后再试"}

# pydantic error type -> Chinese phrase ("{ctx}" keys come from the error's ctx).
_PYDANTIC_ZH = {
    "missing": "缺少必填字段",
    "string_type": "应为字符串",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "float_type": "应为数字",
    "float_parsing": "应为数字",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "list_type": "应为数组",
    "dict_type": "应为对象",
    "model_type": "应为对象",
    "model_attributes_type": "应为对象",
    "json_invalid": "请求体不是有效的 JSON",
    "string_too_short": "不能为空",
    "too_short": "不能为空",
    "string_too_long": "太长 (最多 {max_length} 个字符)",
    "too_long": "太长 (最多 {max_length} 项)",
    "greater_than_equal": "应 ≥ {ge}",
    "greater_than": "应 > {gt}",
    "less_than_equal": "应 ≤ {le}",
    "less_than": "应 < {lt}",
    "literal_error": "取值无效, 可选: {expected}",
    "enum": "取值无效, 可选: {expected}",
    "extra_forbidden": "不支持的字段",
}


class ApiError(Exception):
    """Raised by handlers for expected failures; ``message`` is Chinese and shown as is."""

    def __init__(self, status: int, message: str, code: str | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code
        self.headers = headers


def error_body(status: int, message: str, code: str | None = None) -> dict:
    return {"error": {"message": message, "type": _TYPES.get(status, "api_error"), "code": code}}


def describe_validation(errors: list[dict]) -> str:
    parts = []
    for err in errors[:6]:
        loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
        where = ".".join(loc) or "请求体"
        kind = err.get("type", "")
        if kind == "value_error":
            # Our own validators raise ValueError with Chinese text; pydantic prefixes it in English.
            what = str(err.get("msg", "")).removeprefix("Value error, ")
        elif kind in _PYDANTIC_ZH:
            ctx = dict(err.get("ctx") or {})
            if "expected" in ctx:  # pydantic writes "'json', 'md' or 'docx'": list the choices plainly
                ctx["expected"] = " / ".join(re.findall(r"'([^']*)'", str(ctx["expected"]))) or ctx["expected"]
            try:
                what = _PYDANTIC_ZH[kind].format(**ctx)
            except (KeyError, IndexError):
                what = _PYDANTIC_ZH[kind]
        else:
            what = "取值无效"
        parts.append(what if kind == "json_invalid" else f"{where}: {what}")
    more = f" 等 {len(errors)} 处错误" if len(errors) > 6 else ""
    return "请求参数无效 — " + "; ".join(parts) + more


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status == 401:
            headers["WWW-Authenticate"] = 'Basic realm="gangwei", charset="UTF-8"'
        return JSONResponse(error_body(exc.status, exc.message, exc.code), status_code=exc.status, headers=headers or None)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(error_body(422, describe_validation(list(exc.errors())), "invalid_request"), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) and not exc.detail.isascii() else None
        message = detail or _STATUS_TEXT.get(exc.status_code, f"请求失败 (HTTP {exc.status_code})")
        if exc.status_code == 404 and not detail:
            message = f"找不到接口 {request.method} {request.url.path}"
        limit = request.scope.get("starlette.max_body_size")
        if exc.status_code == 413 and not detail and isinstance(limit, int):
            message = f"请求内容过大, 上限为 {limit // 1024} KB"  # a body without Content-Length, counted while read
        return JSONResponse(error_body(exc.status_code, message), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse(
            error_body(500, f"服务器内部错误 ({type(exc).__name__}), 请查看服务日志", "internal_error"), status_code=500
        )
