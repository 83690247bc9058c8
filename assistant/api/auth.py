"""API authentication: HTTP Basic, or ``Authorization: Bearer user:password`` (what OpenAI clients send
as their api_key). Roles are checked here, on the server, for every write."""

from __future__ import annotations

import base64
import binascii

from fastapi import Depends, Request

from assistant.api.errors import ApiError
from assistant.api.users import ANONYMOUS, User, UserStore


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


def authenticate(users: UserStore, header: str | None) -> User:
    if not users.enabled:
        return ANONYMOUS
    if not header:
        raise ApiError(401, "需要登录: 请使用 HTTP Basic 认证, 或 Authorization: Bearer 用户名:密码", "auth_required")
    creds = _credentials(header)
    user = users.check(*creds) if creds else None
    if user is None:
        raise ApiError(401, "用户名或密码错误", "invalid_credentials")
    return user


def current_user(request: Request) -> User:
    return authenticate(request.app.state.users, request.headers.get("authorization"))


def require_editor(user: User = Depends(current_user)) -> User:
    if not user.can_edit:
        raise ApiError(403, f"用户 {user.name} 是只读用户 (viewer), 没有修改知识库的权限; 需要 editor 角色", "forbidden")
    return user
