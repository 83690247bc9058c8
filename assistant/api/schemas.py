"""Request and response models of the HTTP API (they also make the OpenAPI schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from assistant.models import Citation


def non_blank(value: str, message: str) -> str:
    """Strip a required text field; whitespace alone is as good as missing."""
    if not value.strip():
        raise ValueError(message)
    return value.strip()


# --- OpenAI-compatible chat ---------------------------------------------------------------------


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str = "text"
    text: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return "".join(p.text or "" for p in self.content if p.type == "text")
        return self.content or ""


class ChatCompletionRequest(BaseModel):
    """The subset of OpenAI's request that matters here; sampling parameters are accepted and ignored."""

    model_config = ConfigDict(extra="allow")
    model: str = Field(default="gangwei-extractive", description="gangwei-extractive 或 gangwei-llm")
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False

    @field_validator("messages")
    @classmethod
    def _needs_user_question(cls, messages: list[ChatMessage]) -> list[ChatMessage]:
        if messages[-1].role != "user":
            raise ValueError("最后一条消息必须来自用户 (role=user)")
        if not messages[-1].text().strip():
            raise ValueError("最后一条用户消息的内容不能为空")
        return messages


class AssistantMessage(BaseModel):
    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    index: int = 0
    message: AssistantMessage
    finish_reason: Literal["stop"] = "stop"


class Usage(BaseModel):
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


class AnswerMeta(BaseModel):
    """gangwei's own view of the answer (extra field; OpenAI clients ignore it)."""

    intent: str
    role: str | None = None
    refused: bool
    backend: str
    note: str | None = None
    fallback_reason: str | None = Field(
        default=None, description="gangwei-llm 未采用大模型回答的原因 (unreachable / timeout / check:… ); 采用时为空"
    )


class ChatCompletion(BaseModel):
    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    citations: list[Citation] = Field(default_factory=list, description="答案引用的语料出处")
    gangwei: AnswerMeta


class ModelCard(BaseModel):
    id: str
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "gangwei"
    description: str = ""
    available: bool = True


class ModelList(BaseModel):
    object: Literal["list"] = "list"
    data: list[ModelCard]


# --- search and tools ---------------------------------------------------------------------------


class SearchPassage(BaseModel):
    """The passage around a hit (the same post's text of the same kind, its section when short)."""

    line_start: int
    line_end: int
    text: str


class SearchHit(BaseModel):
    rank: int
    score: float
    file: str
    line_start: int
    line_end: int
    section: str
    role: str | None = None
    text: str
    passage: SearchPassage | None = None


class SearchResponse(BaseModel):
    query: str
    k: int
    hits: list[SearchHit]


JD_FORMATS = ("json", "markdown", "md", "docx")


class JdBody(BaseModel):
    role: str = Field(min_length=1, max_length=60, description="岗位名称")
    department: str | None = Field(default=None, max_length=60, description="所属部门")
    level: str | None = Field(default=None, max_length=30, description="岗位级别")
    reports_to: str | None = Field(default=None, max_length=60, description="直属上级")
    notes: str | None = Field(default=None, max_length=2000, description="补充要求")
    format: Literal["json", "markdown", "md", "docx"] = Field(
        default="json", description="json / markdown (或 md, 与命令行相同) / docx"
    )

    @field_validator("role")
    @classmethod
    def _strip(cls, v: str) -> str:
        return non_blank(v, "岗位名称不能为空")

    @field_validator("format", mode="before")
    @classmethod
    def _format(cls, v: Any) -> Any:
        name = v.strip().lower() if isinstance(v, str) else v
        if name not in JD_FORMATS:
            raise ValueError(f"不支持的格式 “{v}”, 可选: json / markdown (或 md) / docx")
        return name


class KpiDesignBody(BaseModel):
    role: str = Field(min_length=1, max_length=60, description="岗位名称")
    format: Literal["json", "xlsx", "csv"] = Field(default="json", description="json / xlsx / csv")
    count: int | None = Field(default=None, description="指标个数 (4-7; 不填则按岗位类型)")

    @field_validator("count")
    @classmethod
    def _count(cls, v: int | None) -> int | None:
        from assistant.tools.errors import ToolError
        from assistant.tools.kpi_design import check_count

        try:
            return check_count(v)  # the CLI's rule and message: 4-7, never silently clamped
        except ToolError as exc:
            raise ValueError(exc.message) from None

    @field_validator("role")
    @classmethod
    def _strip(cls, v: str) -> str:
        return non_blank(v, "岗位名称不能为空")


class KpiCheckBody(BaseModel):
    text: str = Field(min_length=1, max_length=1000, description="要做 SMART 检查的指标描述")
    role: str | None = Field(default=None, max_length=60, description="岗位 (可选, 用于相关性检查)")

    @field_validator("text")
    @classmethod
    def _strip(cls, v: str) -> str:
        return non_blank(v, "指标描述不能为空")


class JdResponse(BaseModel):
    role: str
    markdown: str = Field(description="岗位说明书 (Markdown, 含 [n] 出处编号)")
    citations: list[Citation]
    draft: dict[str, Any] = Field(description="结构化草稿 (各条目及其出处)")


class KpiDesignResponse(BaseModel):
    role: str
    total_weight: int
    markdown: str
    citations: list[Citation]
    design: dict[str, Any] = Field(description="结构化设计 (指标、维度、权重、口径、出处)")


class KpiCheckResponse(BaseModel):
    passed: bool
    missing: list[str] = Field(description="未满足的 SMART 字母")
    markdown: str
    report: dict[str, Any]


class DeleteResult(BaseModel):
    file: str
    deleted: bool = True


class Health(BaseModel):
    status: Literal["ok", "starting"]
    documents: int
    chunks: int
    models: list[str]
    extra: dict[str, Any] = Field(default_factory=dict)
