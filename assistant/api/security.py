"""Web hardening for the whole app (API and UI): request size, Host and Origin checks, security headers.

Pure ASGI middlewares, so streamed answers (server-sent events) pass through untouched:

- ``BodyLimit``: a request body larger than ``GANGWEI_MAX_REQUEST_KB`` (uploads: ``upload_max_mb``)
  is refused with 413 before any work; bodies without a length are counted while read
  (Starlette's ``RequestBodyLimitMiddleware``).
- ``HostOriginGuard``: a ``Host`` that is neither an IP address, localhost, the bound host nor in
  ``GANGWEI_ALLOWED_HOSTS`` is refused (DNS rebinding); a write (POST/PUT/PATCH/DELETE, and web
  sockets) whose ``Origin``/``Referer`` names another site is refused (cross-site forms). Clients
  that send neither header (curl, the OpenAI SDK) are not browsers and pass.
- ``SecurityHeaders``: CSP (scripts only from the app itself or carrying the page's nonce: corpus
  text can never run as script), frame-ancestors/X-Frame-Options, nosniff, Referrer-Policy.
- ``EscapeJsonMarkup``: ``<``, ``>`` and ``&`` inside API JSON are written as ``\\u003c`` etc. The
  JSON means the same, but corpus text in it can never be sniffed or pasted as live HTML.
"""

from __future__ import annotations

import ipaddress
import json
import re
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.body_limit import RequestBodyLimitMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.errors import error_body

WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
API_UPLOAD_PATH = "/v1/corpus/documents"  # one file per request
UI_UPLOAD_PATHS = ("/gradio_api/upload", "/upload")  # several files per request; Gradio checks each file's size
UI_UPLOAD_FILES = 10
MULTIPART_SLACK = 64 * 1024  # multipart framing around an uploaded file
# HTML pages the app itself renders from templates (Gradio's index, Swagger UI); only their
# <script> tags get the nonce. Corpus text never reaches them unescaped (it is loaded as JSON).
PAGE_PATHS = frozenset({"/", "/docs", "/docs/"})
API_PREFIXES = ("/v1/", "/healthz")

_SCRIPT_TAG = re.compile(rb"<script(?=[\s>])", re.IGNORECASE)


def content_security_policy(nonce: str | None = None) -> str:
    # Gradio needs inline styles (components set style attributes) and eval for js= event
    # handlers; neither lets an injected <script> or onerror= attribute run.
    script = "'self' 'unsafe-eval'" + (f" 'nonce-{nonce}'" if nonce else "")
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src {script}",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "media-src 'self' data: blob:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
        ]
    )


async def _reply(send: Send, status: int, message: str, code: str, extra: dict[str, str] | None = None) -> None:
    body = json.dumps(error_body(status, message, code), ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    headers += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


# --- request size ---------------------------------------------------------------------------------


class BodyLimit:
    def __init__(self, app: ASGIApp, max_request_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_request = max_request_bytes
        self.max_upload = max_upload_bytes + MULTIPART_SLACK
        self.max_ui_upload = UI_UPLOAD_FILES * max_upload_bytes + MULTIPART_SLACK
        # Counting readers for bodies sent without Content-Length (chunked)
        self._apps = {limit: RequestBodyLimitMiddleware(app, limit) for limit in
                      (self.max_request, self.max_upload, self.max_ui_upload)}  # fmt: skip

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        path = scope["path"].rstrip("/")
        upload = path == API_UPLOAD_PATH or path.endswith(UI_UPLOAD_PATHS)
        limit = self.max_upload if path == API_UPLOAD_PATH else self.max_ui_upload if upload else self.max_request
        try:
            length = int(Headers(scope=scope).get("content-length", "-1"))
        except ValueError:
            length = -1
        if length > limit:
            if upload:
                message = f"上传内容过大 ({length / 1048576:.1f} MB), 上限为 {(limit - MULTIPART_SLACK) / 1048576:g} MB"
                if limit == self.max_ui_upload:
                    message += f" (一次最多 {UI_UPLOAD_FILES} 个文件, 每个不超过 {(self.max_upload - MULTIPART_SLACK) / 1048576:g} MB)"
            else:
                message = f"请求内容过大 ({length // 1024} KB), 上限为 {limit // 1024} KB (GANGWEI_MAX_REQUEST_KB)"
            await _reply(send, 413, message, "request_too_large")
            return
        await self._apps[limit](scope, receive, send)


# --- Host and Origin ------------------------------------------------------------------------------


def split_host(value: str | None) -> str:
    """``example.com:7860`` / ``[::1]:7860`` -> ``example.com`` / ``::1`` (lower case, no trailing dot)."""
    value = (value or "").strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        value = value.partition(":")[0]
    return value.rstrip(".")


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def is_loopback(host: str) -> bool:
    host = split_host(host) if host.startswith("[") else host.strip().lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 from dual-stack sockets
    return address.is_loopback or (mapped is not None and mapped.is_loopback)


class HostPolicy:
    """Which Host names this server answers to, and which other origins may write to it."""

    def __init__(self, allowed: Iterable[str] = (), bound_host: str | None = None, enforce_host: bool = True) -> None:
        self.allowed = {split_host(h) if not h.strip().startswith(".") else h.strip().lower() for h in allowed if h.strip()}
        bound = split_host(bound_host) if bound_host else ""
        if bound and bound not in ("0.0.0.0", "::"):
            self.allowed.add(bound)
        self.enforce_host = enforce_host

    @classmethod
    def parse(cls, setting: str, bound_host: str | None, enforce_host: bool) -> HostPolicy:
        return cls([h for h in re.split(r"[,\s]+", setting or "") if h], bound_host, enforce_host)

    def listed(self, host: str, wildcard: bool = True) -> bool:
        if (wildcard and "*" in self.allowed) or host in self.allowed:
            return True
        return any(entry.startswith(".") and (host.endswith(entry) or host == entry[1:]) for entry in self.allowed)

    def host_ok(self, host_header: str | None) -> bool:
        if not self.enforce_host or not host_header:
            return True
        host = split_host(host_header)
        # An IP address cannot be rebound: a page can only be served from it by that machine.
        return is_ip(host) or is_loopback(host) or self.listed(host)

    def origin_ok(self, headers: Headers) -> bool:
        origin = headers.get("origin")
        if origin is None:
            origin = headers.get("referer")
            if not origin:
                return True  # not a browser (curl, SDKs): nothing to forge
        if origin.strip().lower() == "null":
            return False  # sandboxed frames, file:// pages, some redirects
        parts = urlsplit(origin.strip())
        if not parts.netloc:
            return False
        host = (headers.get("host") or "").strip().lower()
        if parts.netloc.lower() == host:
            return True
        # "*" switches the Host check off; it never lets any site post here
        return bool(parts.hostname) and self.listed(parts.hostname.lower().rstrip("."), wildcard=False)


class HostOriginGuard:
    def __init__(self, app: ASGIApp, policy: HostPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        host = headers.get("host")
        writes = scope["type"] == "websocket" or scope.get("method", "GET") in WRITE_METHODS
        # Starlette's in-process TestClient has no socket (client "testclient"): no browser, no rebinding
        in_process = (scope.get("client") or ("",))[0] == "testclient"
        if not in_process and not self.policy.host_ok(host):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            await _reply(
                send, 400,
                f"拒绝访问: 主机名 “{split_host(host)}” 不在允许列表中 (防止 DNS 重绑定攻击)。"
                "如需通过该域名访问, 请设置 GANGWEI_ALLOWED_HOSTS (逗号分隔) 后重启服务。",
                "host_not_allowed",
            )  # fmt: skip
            return
        if writes and not self.policy.origin_ok(headers):
            if scope["type"] == "websocket":
                await send({"type": "websocket.close", "code": 1008})
                return
            origin = headers.get("origin") or headers.get("referer") or ""
            await _reply(
                send, 403,
                f"跨站请求被拒绝: 请求来自 “{origin[:200]}”, 不是本站页面。"
                "如需从其他域名访问, 请把该域名加入 GANGWEI_ALLOWED_HOSTS。",
                "cross_site_request",
            )  # fmt: skip
            return
        await self.app(scope, receive, send)


# --- response headers -----------------------------------------------------------------------------


class SecurityHeaders:
    """Adds the security headers to every response; HTML pages get a per-response script nonce."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        page = scope["method"] in ("GET", "HEAD") and scope["path"] in PAGE_PATHS
        nonce = secrets.token_urlsafe(18) if page else None
        held: Message | None = None
        chunks: list[bytes] = []

        def decorate(message: Message, nonce_used: bool) -> None:
            headers = MutableHeaders(scope=message)
            headers["Content-Security-Policy"] = content_security_policy(nonce if nonce_used else None)
            headers.setdefault("X-Frame-Options", "DENY")
            headers.setdefault("X-Content-Type-Options", "nosniff")
            headers.setdefault("Referrer-Policy", "same-origin")

        async def send_wrapper(message: Message) -> None:
            nonlocal held
            if message["type"] == "http.response.start":
                content_type = Headers(raw=message.get("headers", [])).get("content-type", "")
                if page and content_type.startswith("text/html"):
                    held = message  # the body is rewritten: wait for all of it
                    return
                decorate(message, nonce_used=False)
                await send(message)
                return
            if held is not None and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = _SCRIPT_TAG.sub(f'<script nonce="{nonce}"'.encode(), b"".join(chunks))
                headers = MutableHeaders(scope=held)
                if "content-length" in headers:
                    headers["content-length"] = str(len(body))
                decorate(held, nonce_used=True)
                await send(held)
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, send_wrapper)


class EscapeJsonMarkup:
    """API JSON and event streams with ``<``, ``>``, ``&`` as unicode escapes (same JSON value)."""

    _REPLACE = ((b"&", b"\\u0026"), (b"<", b"\\u003c"), (b">", b"\\u003e"))

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    @classmethod
    def escape(cls, body: bytes) -> bytes:
        for raw, escaped in cls._REPLACE:
            body = body.replace(raw, escaped)
        return body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(API_PREFIXES):
            await self.app(scope, receive, send)
            return
        mode: str | None = None  # "buffer" (JSON with a length), "stream" (events), None (untouched)
        held: Message | None = None
        chunks: list[bytes] = []

        async def send_wrapper(message: Message) -> None:
            nonlocal mode, held
            if message["type"] == "http.response.start":
                headers = Headers(raw=message.get("headers", []))
                content_type = headers.get("content-type", "")
                if content_type.startswith("application/json"):
                    mode = "buffer" if "content-length" in headers else "stream"
                elif content_type.startswith("text/event-stream"):
                    mode = "stream"
                if mode == "buffer":
                    held = message
                    return
                await send(message)
                return
            if message["type"] == "http.response.body" and mode == "stream":
                # Outside JSON strings these characters never occur, and an event line has none.
                await send({**message, "body": self.escape(message.get("body", b""))})
                return
            if message["type"] == "http.response.body" and mode == "buffer" and held is not None:
                chunks.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                body = self.escape(b"".join(chunks))
                MutableHeaders(scope=held)["content-length"] = str(len(body))
                await send(held)
                await send({"type": "http.response.body", "body": body})
                return
            await send(message)

        await self.app(scope, receive, send_wrapper)


def install_security(app, settings, users_enabled: bool, bound_host: str | None = None) -> None:  # noqa: ANN001
    """Add the middlewares to ``app`` (the outermost app: the UI mounted into it is covered too)."""
    policy = HostPolicy.parse(
        settings.allowed_hosts, bound_host, enforce_host=not users_enabled or bool(settings.allowed_hosts.strip())
    )
    upload_bytes = int(min(settings.upload_max_mb, settings.max_file_mb) * 1024 * 1024)
    # add_middleware: the last added runs first
    app.add_middleware(EscapeJsonMarkup)
    app.add_middleware(BodyLimit, max_request_bytes=settings.max_request_kb * 1024, max_upload_bytes=upload_bytes)
    app.add_middleware(HostOriginGuard, policy=policy)
    app.add_middleware(SecurityHeaders)
