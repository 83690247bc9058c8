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

from assistant.api.schemas import (
    AnswerMeta,
    AssistantMessage,
    ChatCompletion,
    ChatCompletionRequest,
    Choice,
    Usage,
)
from assistant.models import Answer, Citation
from assistant.services import ServiceError, Services

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
        span = f"第 {c.line_start} 行" if c.line_start == c.line_end else f"第 {c.line_start}–{c.line_end} 行"
        lines.append(f"[{c.id}] {c.file} {span}: “{quote}”  ")
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
        intent=answer.intent.value, role=answer.role, refused=answer.refused, backend=answer.backend, note=answer.note
    )


def complete(services: Services, request: ChatCompletionRequest) -> ChatCompletion:
    question = request.messages[-1].text()
    earlier = earlier_questions(request)
    conversation = services.conversation_for(earlier, request.model)
    answer = services.ask(question, conversation=conversation, model=request.model)
    services.remember_conversation([*earlier, question], conversation, request.model)
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
        conversation = services.conversation_for(earlier, request.model)
        for part in services.stream(question, conversation=conversation, model=request.model):
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
    services.remember_conversation([*earlier, question], conversation, request.model)
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
