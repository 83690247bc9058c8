"""API authentication: HTTP Basic, or ``Authorization: Bearer user:password`` (what OpenAI clients send
as their api_key). Roles are checked here, on the server, for every write; failed logins back off
(429 with Retry-After), and the expensive endpoints have a per-user request budget."""

from __future__ import annotations

import base64
import binascii

from fastapi import Depends, Request

from assistant.api.errors import ApiError
from assistant.auth import ANONYMOUS, LoginBlocked, RateLimited, RequestLimiter, User, UserStore


def _credentials(header: str) -> tuple[str, str] | None:
    scheme, _, value = header.strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value, validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return None
    elif scheme.lower() == "bearer":
        decoded = value
    else:
        return None
    name, sep, password = decoded.partition(":")
    return (name, password) if sep else None


def client_address(request: Request) -> str | None:
    # The direct peer: X-Forwarded-For is not trusted (anyone can send it).
    return request.client.host if request.client else None


def authenticate(users: UserStore, header: str | None, client: str | None = None) -> User:
    if not users.enabled:
        return ANONYMOUS
    if not header:
        raise ApiError(401, "需要登录: 请使用 HTTP Basic 认证, 或 Authorization: Bearer 用户名:密码", "auth_required")
    creds = _credentials(header)
    if creds is None:
        raise ApiError(401, "用户名或密码错误", "invalid_credentials")
    try:
        user = users.login(*creds, client=client)
    except LoginBlocked as exc:
        raise ApiError(429, exc.message, "too_many_login_failures", headers={"Retry-After": str(exc.retry_after)}) from None
    if user is None:
        raise ApiError(401, "用户名或密码错误", "invalid_credentials")
    return user


def current_user(request: Request) -> User:
    return authenticate(request.app.state.users, request.headers.get("authorization"), client_address(request))


def require_editor(user: User = Depends(current_user)) -> User:
    if not user.can_edit:
        raise ApiError(403, f"用户 {user.name} 是只读用户 (viewer), 没有修改知识库的权限; 需要 editor 角色", "forbidden")
    return user


def within_rate_limit(request: Request, user: User = Depends(current_user)) -> User:
    """Count a request against the user's budget (``GANGWEI_RATE_LIMIT``).

    Without login there are no users: remote clients are counted by address, while the local user
    (loopback) is not limited — a single-user desktop tool must not throttle its own scripts.
    """
    from assistant.api.security import is_loopback

    limiter: RequestLimiter = request.app.state.request_limiter
    if request.app.state.users.enabled:
        key = f"user:{user.name}"
    else:
        address = client_address(request) or ""
        if not address or address == "testclient" or is_loopback(address):
            return user
        key = f"client:{address}"
    try:
        limiter.hit(key)
    except RateLimited as exc:
        raise ApiError(429, exc.message, "rate_limited", headers={"Retry-After": str(exc.retry_after)}) from None
    return user
