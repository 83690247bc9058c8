"""Users and roles from ``GANGWEI_AUTH``: a file path or inline ``user:pass:role,user2:pass2:role2``.

Shared by the API (HTTP Basic / bearer) and the web UI (Gradio login), so both enforce the same rules.
"""

from __future__ import annotations

import hmac
from enum import Enum
from pathlib import Path

from pydantic import BaseModel


class Role(str, Enum):
    viewer = "viewer"
    editor = "editor"


class User(BaseModel):
    name: str
    role: Role

    @property
    def can_edit(self) -> bool:
        return self.role == Role.editor


class AuthConfigError(ValueError):
    """GANGWEI_AUTH cannot be parsed; the message is user-facing Chinese text."""


# Without GANGWEI_AUTH the app is a single-user local tool: everyone may edit the knowledge base.
ANONYMOUS = User(name="本地用户", role=Role.editor)


class UserStore:
    """Checks credentials. ``enabled`` is False when no users are configured (login not required)."""

    def __init__(self, users: dict[str, tuple[str, Role]] | None = None) -> None:
        self._users = users or {}

    @property
    def enabled(self) -> bool:
        return bool(self._users)

    @classmethod
    def from_setting(cls, value: str | None) -> "UserStore":
        if not value or not value.strip():
            return cls()
        text = value.strip()
        path = Path(text).expanduser()
        # Inline specs contain ':'; a path to an existing file wins even if it has one (e.g. C:\...).
        if path.is_file():
            try:
                text = path.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise AuthConfigError(f"无法读取用户文件 {path}: {exc}") from exc
            entries = [
                line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")
            ]
        elif ":" not in text:
            raise AuthConfigError(f"GANGWEI_AUTH 指向的用户文件不存在: {text}")
        else:
            entries = [part.strip() for part in text.split(",") if part.strip()]
        users: dict[str, tuple[str, Role]] = {}
        for entry in entries:
            parts = entry.split(":")
            if len(parts) != 3 or not parts[0] or not parts[1]:
                raise AuthConfigError(f"用户配置格式错误: “{entry}”, 应为 用户名:密码:角色 (角色为 viewer 或 editor)")
            name, password, role = (p.strip() for p in parts)
            try:
                users[name] = (password, Role(role.lower()))
            except ValueError:
                raise AuthConfigError(f"用户 {name} 的角色 “{role}” 无效, 只能是 viewer 或 editor") from None
        if not users:
            raise AuthConfigError("GANGWEI_AUTH 已设置但没有任何用户")
        return cls(users)

    def check(self, name: str, password: str) -> User | None:
        """The user when the password matches (constant-time compare), else None."""
        found = self._users.get(name)
        if found is None:
            # Still compare, so timing does not reveal which names exist.
            hmac.compare_digest(password.encode(), b"\x00" * max(len(password), 1))
            return None
        if hmac.compare_digest(password.encode(), found[0].encode()):
            return User(name=name, role=found[1])
        return None

    def get(self, name: str | None) -> User | None:
        """The user with this (already authenticated) name."""
        if not self.enabled:
            return ANONYMOUS
        if name is None or name not in self._users:
            return None
        return User(name=name, role=self._users[name][1])
