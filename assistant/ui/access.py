"""Who is behind a UI event, checked on the server for every write (hidden buttons are not security)."""

from __future__ import annotations

from typing import Any

from assistant.api.users import Role, User, UserStore

ROLE_ZH = {Role.viewer: "只读", Role.editor: "编辑"}


def user_of(users: UserStore, request: Any) -> User | None:
    """The logged-in user of a gradio request (ANONYMOUS when login is off), None if unknown."""
    return users.get(getattr(request, "username", None) if request is not None else None)


def editor_or_error(users: UserStore, request: Any) -> User:
    """The editor making this request, or a gr.Error shown to the user."""
    import gradio as gr

    user = user_of(users, request)
    if user is None:
        raise gr.Error("请先登录。", title="需要登录")
    if not user.can_edit:
        raise gr.Error(f"用户 {user.name} 是只读用户, 不能修改知识库 (需要 editor 角色)。", title="没有权限")
    return user
