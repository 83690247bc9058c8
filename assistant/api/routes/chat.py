"""OpenAI-compatible chat completions over ``Services``: plain and server-sent-event streaming.

Citations travel twice: as the extra ``citations`` field (for clients that know gangwei) and as a
Chinese "来源" footer appended to the text (so any OpenAI client still shows where answers come from).
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from typing import Any, Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from assistant.api.deps import Svc, Viewer, call
from assistant.api.errors import ApiError
from assistant.api.schemas import (
    AnswerMeta,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionRequest,
    Choice,
    ModelCard,
    ModelList,
    Usage,
)
from assistant.knowledge.citations import source_label
from assistant.models import Answer, Citation
from assistant.text import escape_md
from assistant.services import ServiceError, Services, check_question

router = APIRouter(tags=["问答"])

log = logging.getLogger("gangwei.api")

FOOTER_QUOTE_CHARS = 60


def sources_footer(citations: list[Citation]) -> str:
    """The Chinese sources block appended to answers for plain OpenAI clients."""
    if not citations:
        return ""
    lines = ["", "", "---", "**来源**"]
    for c in citations:
        quote = " ".join(c.quote.split())
        if len(quote) > FOOTER_QUOTE_CHARS:
            quote = quote[:FOOTER_QUOTE_CHARS] + "…"
        # corpus text in Markdown: quoted and escaped so it can never become markup or HTML
        lines.append(f"[{c.id}] {escape_md(source_label(c))} {c.location or ''}：“{escape_md(quote)}”  ")
    return "\n".join(lines)


def earlier_questions(request: ChatCompletionRequest) -> list[str]:
    """The client's earlier user turns: the API is stateless, follow-ups are rebuilt from them."""
    return [m.text() for m in request.messages[:-1] if m.role == "user"]


def _estimate_tokens(text: str) -> int:
    # Roughly one token per CJK character and per 4 other characters: good enough for usage figures.
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk + max(0, len(text) - cjk) // 4


def _meta(answer: Answer) -> AnswerMeta:
    return AnswerMeta(
        intent=answer.intent.value, role=answer.role, refused=answer.refused, backend=answer.backend, note=answer.note,
        fallback_reason=answer.fallback_reason,
    )


def complete(services: Services, request: ChatCompletionRequest) -> ChatCompletion:
    question = request.messages[-1].text()
    earlier = earlier_questions(request)
    conversation = services.chat.conversation_for(earlier, request.model)
    answer = services.chat.ask(question, conversation=conversation, model=request.model)
    services.chat.remember([*earlier, question], conversation, request.model)
    content = answer.text + sources_footer(answer.citations)
    prompt_tokens = sum(_estimate_tokens(m.text()) for m in request.messages)
    completion_tokens = _estimate_tokens(content)
    return ChatCompletion(
        id=f"chatcmpl-{uuid.uuid4().hex[:24]}",
        created=int(time.time()),
        model=request.model,
        choices=[Choice(message=AssistantMessage(content=content))],
        usage=Usage(
            prompt_tokens=prompt_tokens, completion_tokens=completion_tokens, total_tokens=prompt_tokens + completion_tokens
        ),
        citations=answer.citations,
        gangwei=_meta(answer),
    )


def _sse(payload: dict) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"


def stream_events(services: Services, request: ChatCompletionRequest) -> Iterator[str]:
    """Server-sent events in OpenAI's chunk format, ending with ``data: [DONE]``.

    The caller has already validated the request (model name, question), so failures here are
    unexpected; they are sent as an ``error`` event, which OpenAI clients raise as an APIError.
    """
    question = request.messages[-1].text()
    earlier = earlier_questions(request)
    base = {"id": f"chatcmpl-{uuid.uuid4().hex[:24]}", "object": "chat.completion.chunk",
            "created": int(time.time()), "model": request.model}

    def chunk(delta: dict, finish: str | None = None, **extra: Any) -> str:
        return _sse({**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra})

    yield chunk({"role": "assistant", "content": ""})
    answer: Answer | None = None
    streamed = False
    try:
        conversation = services.chat.conversation_for(earlier, request.model)
        for part in services.chat.stream(question, conversation=conversation, model=request.model):
            if isinstance(part, Answer):
                answer = part
            elif part:
                streamed = True
                yield chunk({"content": part})
    except ServiceError as exc:
        yield _sse({"error": {"message": exc.message, "type": "invalid_request_error", "code": None}})
        return
    except Exception as exc:  # headers are sent already: report in-band, never a traceback
        log.exception("chat stream failed")
        yield _sse({"error": {"message": f"生成回答时出错 ({type(exc).__name__})", "type": "api_error", "code": "internal_error"}})
        return
    if answer is None:
        yield _sse({"error": {"message": "回答生成器没有返回结果", "type": "api_error", "code": "internal_error"}})
        return
    services.chat.remember([*earlier, question], conversation, request.model)
    if not streamed and answer.text:
        yield chunk({"content": answer.text})
    footer = sources_footer(answer.citations)
    if footer:
        yield chunk({"content": footer})
    yield chunk(
        {},
        "stop",
        citations=[c.model_dump() for c in answer.citations],
        gangwei=_meta(answer).model_dump(),
    )
    yield "data: [DONE]\n\n"


@router.get("/v1/models", response_model=ModelList, summary="可用的回答模型")
def models(user: Viewer, services: Svc) -> ModelList:
    return ModelList(data=[ModelCard(id=m.id, description=m.description, available=m.available) for m in services.chat.models()])


@router.post(
    "/v1/chat/completions",
    response_model=ChatCompletion,
    summary="问答 (兼容 OpenAI Chat Completions, 支持 stream)",
    responses={404: {"description": "未知的模型"}, 413: {"description": "消息太长"}},
)
def chat_completions(body: ChatCompletionRequest, user: Viewer, services: Svc) -> ChatCompletion | StreamingResponse:
    # Validate everything that can be a 4xx before any answer work (and before 200 headers go out):
    # the whole conversation is bounded, not only the last question.
    limit = services.settings.max_chat_messages
    if len(body.messages) > limit:
        raise ApiError(413, f"对话消息太多 ({len(body.messages)} 条), 一次请求最多 {limit} 条 (GANGWEI_MAX_CHAT_MESSAGES)",
                       "too_many_messages")  # fmt: skip
    call(services.chat.resolve_model, body.model)
    call(check_question, body.messages[-1].text())
    for i, q in enumerate(earlier_questions(body), 1):
        call(check_question, q, f"对话中的第 {i} 条消息")
    if body.stream:
        return StreamingResponse(
            stream_events(services, body),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    return call(complete, services, body)
