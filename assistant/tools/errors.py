"""The one error type of the drafting tools: a Chinese message that says what to do, and a status.

The status is the HTTP code the API uses; the CLI prints the message. Suggestions ("您是不是要找…")
are part of the message and also kept apart so a UI can offer them as choices.
"""

from __future__ import annotations

from assistant.knowledge.snapshot import KnowledgeSnapshot

EMPTY_MESSAGE = "知识库为空：请先运行 `gangwei ingest` 导入岗位说明书、招聘信息或 KPI 表等文档（或在网页「知识库」页上传），然后再试。"


class ToolError(ValueError):
    """An expected failure of a tool, with a user-facing Chinese message.

    A ``ValueError``, so a pydantic validator that calls a tool check (``check_count``) reports it
    as an ordinary validation error.
    """

    def __init__(self, message: str, status: int = 400, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.suggestions = list(suggestions or [])


def require_knowledge(snapshot: KnowledgeSnapshot) -> None:
    """Tools draft from the knowledge base only: an empty one is an error, never an empty draft."""
    if snapshot.empty and not snapshot.profiles and not snapshot.kpis:
        raise ToolError(EMPTY_MESSAGE, status=409)


def require_text(value: str | None, what: str, example: str, limit: int = 2000) -> str:
    """A required text input, stripped; empty or overlong input gets a message with an example."""
    text = (value or "").strip()
    if not text:
        raise ToolError(f"请填写{what}，例如：{example}", status=422)
    if len(text) > limit:
        raise ToolError(f"{what}太长（最多 {limit} 个字），请精简后再试。", status=422)
    return text
