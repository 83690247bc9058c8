"""Who is behind a UI event, checked on the server for every action (hidden buttons are not security).

Checks return a Chinese message instead of raising, so each tab can show it inline next to the
control without touching what the user has entered.
"""

from __future__ import annotations

from typing import Any

from assistant.auth import Role, User, UserStore

ROLE_ZH = {Role.viewer: "只读", Role.editor: "编辑"}
LOGIN_FIRST = "请先登录。"


def user_of(users: UserStore, request: Any) -> User | None:
    """The logged-in user of a gradio request (ANONYMOUS when login is off), None if unknown."""
    return users.get(getattr(request, "username", None) if request is not None else None)


def editor_problem(users: UserStore, request: Any) -> str | None:
    """None when the request comes from an editor, else why not (Chinese)."""
    user = user_of(users, request)
    if user is None:
        return LOGIN_FIRST
    if not user.can_edit:
        return f"用户 {user.name} 是只读用户，不能修改知识库（需要 editor 角色）。"
    return None
