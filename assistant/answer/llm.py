"""Optional LLM backend: an OpenAI-compatible chat endpoint rewrites the extractive draft.

The model gets the question, the draft, its caveats and the numbered evidence, and is asked to
rewrite the draft in plain, friendly Chinese for a new hire — every item and every [n] kept,
nothing added. Its reply becomes the answer only when

* the stream finished properly (a finish reason "stop"; no finish reason means the stream broke),
* it arrived within the per-answer deadline (``GANGWEI_LLM_DEADLINE``; ``GANGWEI_LLM_TIMEOUT``
  bounds each single wait), and
* the guard (``assistant/answer/guard.py``) accepts it.

Otherwise the answer is the extractive draft with a note that says truthfully why (无法连接 /
HTTP 错误码 / 超时 / 超过总时限 / 回答不完整 / 未通过校验：哪一项), and ``Answer.fallback_reason``
carries a machine-readable code for ``gangwei eval`` (see ``llm_usage``). Streamed deltas may be
shown as they come; the final ``Answer`` is always either the checked reply or the fallback.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

from pydantic import BaseModel, Field

from assistant.answer.guard import CHECK_LABELS, Reference, Verdict, check_reply, draft_caveats
from assistant.config import Settings
from assistant.models import Answer, Citation
from assistant.text import squash, strip_marker, unescape_md

SYSTEM_PROMPT = "answer_system.md"
USER_PROMPT = "answer_user.md"
NOTE = "{reason}，已改用原文摘录的回答。"
FINISHED = frozenset({"stop", "eos", "end_turn"})  # finish reasons of a reply that ended by itself

# Fallback codes (Answer.fallback_reason) and how reports name them.
FALLBACK_LABELS = {
    "unreachable": "无法连接",
    "http_error": "HTTP 错误",
    "timeout": "等待超时",
    "deadline": "超过总时限",
    "incomplete": "回答不完整",
    "truncated": "长度超限被截断",
    "error": "服务出错",
    **{f"check:{k}": f"未通过校验：{v}" for k, v in CHECK_LABELS.items()},
}


class Failure(BaseModel):
    """Why an LLM reply is not used: a code for counting, a specific Chinese sentence for people."""

    code: str
    reason: str


def load_prompt(name: str, directory: Path | None = None) -> str:
    """A prompt template: from ``directory`` when the user set one, else shipped in the package."""
    try:
        if directory is not None and (Path(directory) / name).is_file():
            return (Path(directory) / name).read_text("utf-8").strip()
        from importlib import resources

        return resources.files("assistant.prompts").joinpath(name).read_text(encoding="utf-8").strip()
    except (OSError, ModuleNotFoundError) as exc:
        raise RuntimeError(f"找不到提示词文件 {name}: {exc}") from exc


# --- what the model sees, and what its reply is checked against ------------------------------------


def source_label(c: Citation) -> str:
    """"000_x.txt，第 12–14 行": how the prompt names a source (and what the guard strips again)."""
    where = c.location or (f"第 {c.line_start} 行" if c.line_start == c.line_end else f"第 {c.line_start}–{c.line_end} 行")
    return f"{c.file}，{where}"


def prompt_labels(citations: Iterable[Citation]) -> tuple[str, ...]:
    out: list[str] = []
    for c in citations:
        label = source_label(c)
        out += [f"（{label}）", label, c.file, Path(c.file).stem]
        if c.location:
            out.append(c.location)
    return tuple(dict.fromkeys(x for x in out if x))


def reference_for(answer: Answer, evidence: dict[int, str]) -> Reference:
    """What a reply to this extractive answer is checked against."""
    return Reference(
        draft=answer.text,
        evidence=dict(evidence),
        caveats=draft_caveats(answer.text, [answer.caveat]),
        labels=prompt_labels(answer.citations),
    )


def check_answer(text: str, answer: Answer, evidence: dict[int, str]) -> Verdict:
    """The guard for a reply to ``answer`` (the extractive one) with its evidence."""
    return check_reply(text, reference_for(answer, evidence))


def prompt_inputs(answer: Answer, evidence: dict[int, str]) -> dict[str, str]:
    ids = [c.id for c in answer.citations]
    draft = squash(unescape_md(answer.text))
    lines = []
    for c in answer.citations:
        # only what the draft does not already quote: a shorter prompt is a faster answer on a CPU
        extra = [x for x in unescape_md(evidence.get(c.id, c.quote)).splitlines() if squash(strip_marker(x)) not in draft]
        lines.append(f"[{c.id}]（{source_label(c)}）" + ("\n".join(extra) if extra else f"原文即参考答案中标 [{c.id}] 的各条"))
    caveats = draft_caveats(answer.text, [answer.caveat])
    return {
        "question": answer.question,
        "draft": unescape_md(answer.text),
        "caveats": "\n".join(caveats) if caveats else "（无）",
        "evidence": "\n".join(lines),
        "markers": "".join(f"[{i}]" for i in ids),
    }


# --- the backend ---------------------------------------------------------------------------------


class LlmBackend:
    """ChatOpenAI (langchain-openai) behind the prompt templates; streaming; no retries."""

    def __init__(self, settings: Settings) -> None:
        from langchain_core.prompts import ChatPromptTemplate
        from langchain_openai import ChatOpenAI

        self.settings = settings
        self.model = ChatOpenAI(
            base_url=settings.llm_base_url,
            model=settings.llm_model,
            api_key=settings.llm_api_key or "not-needed",
            timeout=settings.llm_timeout,
            max_retries=0,
            streaming=True,
            temperature=0,
            # "max_tokens", not the newer "max_completion_tokens" that ChatOpenAI would send:
            # llama.cpp, Ollama, vLLM and DeepSeek all read this one
            extra_body={"max_tokens": settings.llm_max_tokens},
        )
        self.prompt = ChatPromptTemplate.from_messages(
            [
                ("system", load_prompt(SYSTEM_PROMPT, settings.prompts_dir)),
                ("human", load_prompt(USER_PROMPT, settings.prompts_dir)),
            ]
        )
        self.chain = self.prompt | self.model

    def stream_answer(self, extractive: Answer, evidence: dict[int, str], deltas: bool = True) -> Iterator[str | Answer]:
        """Model text (when ``deltas``) as it arrives, then the final Answer: the checked reply or the fallback."""
        reply, failure = yield from self._generate(prompt_inputs(extractive, evidence), deltas)
        if failure is None:
            verdict = check_answer(reply, extractive, evidence)
            if verdict.ok:
                answer = extractive.model_copy(deep=True)
                answer.text = reply.strip()
                answer.backend = "llm"
                yield answer
                return
            failure = Failure(code=f"check:{verdict.check}", reason=f"大模型回答未通过校验：{verdict.reason}")
        fallback = fallback_answer(extractive, failure)
        if deltas:
            yield ("\n\n" if reply else "") + fallback.text
        yield fallback

    def _generate(self, inputs: dict[str, Any], deltas: bool) -> Generator[str, None, tuple[str, Failure | None]]:
        """Read the stream on a worker thread so that the per-answer deadline holds even when the
        server trickles (each chunk inside the per-read timeout, the whole reply far beyond)."""
        events: queue.Queue[tuple[str, Any, str | None]] = queue.Queue()
        stop = threading.Event()
        worker = threading.Thread(target=self._read, args=(inputs, events, stop), name="gangwei-llm", daemon=True)
        deadline = self.settings.llm_deadline
        started = time.monotonic()
        parts: list[str] = []
        finish: str | None = None
        worker.start()
        try:
            while True:
                remaining = deadline - (time.monotonic() - started)
                try:
                    if remaining <= 0:
                        raise queue.Empty
                    kind, value, reason = events.get(timeout=remaining)
                except queue.Empty:
                    return "".join(parts), Failure(code="deadline", reason=f"大模型没有在 {deadline:g} 秒的总时限内答完")
                if kind == "error":
                    return "".join(parts), describe_error(value, self.settings)
                if kind == "end":
                    break
                if value:
                    parts.append(value)
                    if deltas:
                        yield value
                finish = reason or finish
        finally:
            stop.set()  # the worker closes the HTTP stream at its next chunk (or its read timeout)
        text = "".join(parts)
        if finish is None:
            return text, Failure(code="incomplete", reason="大模型回答不完整（数据流在结束标记之前中断）")
        if finish == "length":
            return text, Failure(code="truncated", reason=f"大模型回答超过长度上限（{self.settings.llm_max_tokens} token）被截断")
        if finish not in FINISHED:
            return text, Failure(code="error", reason=f"大模型回答异常结束（finish_reason={finish}）")
        return text, None

    def _read(self, inputs: dict[str, Any], events: queue.Queue, stop: threading.Event) -> None:
        stream = None
        try:
            stream = self.chain.stream(inputs)
            for chunk in stream:
                if stop.is_set():
                    return
                content = chunk.content if isinstance(chunk.content, str) else ""
                events.put(("delta", content, (chunk.response_metadata or {}).get("finish_reason")))
            events.put(("end", None, None))
        except Exception as exc:  # noqa: BLE001 - every transport/model failure becomes a fallback
            events.put(("error", exc, None))
        finally:
            if stream is not None:
                stream.close()


def fallback_answer(extractive: Answer, failure: Failure) -> Answer:
    """The extractive answer, with the reason the LLM reply was not used shown above it."""
    note = NOTE.format(reason=failure.reason)
    fallback = extractive.model_copy(deep=True)
    fallback.note = note if not fallback.note else f"{note} {fallback.note}"
    fallback.fallback_reason = failure.code
    fallback.text = f"> 注：{note}\n\n{extractive.text}"
    return fallback


def describe_error(exc: BaseException, settings: Settings) -> Failure:
    """A transport or API error as a truthful, specific reason (never "未通过校验")."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 8:  # the exception and its causes
        chain.append(current)
        current = current.__cause__ or current.__context__
    names = [type(e).__name__ for e in chain]
    status = next((e.status_code for e in chain if isinstance(getattr(e, "status_code", None), int)), None)
    if any("Timeout" in n for n in names):
        return Failure(code="timeout", reason=f"大模型服务超时（{settings.llm_timeout:g} 秒内没有响应）")
    if status:
        detail = _error_message(exc)
        return Failure(code="http_error", reason=f"大模型服务返回 HTTP {status}" + (f"（{detail}）" if detail else ""))
    if any(n in ("RemoteProtocolError", "ReadError", "IncompleteRead", "ChunkedEncodingError") for n in names):
        return Failure(code="incomplete", reason="大模型服务在回答结束前断开了连接")
    if any("Connect" in n or isinstance(e, ConnectionError) for n, e in zip(names, chain)):
        return Failure(code="unreachable", reason=f"无法连接大模型服务（{settings.llm_base_url}）")
    return Failure(code="error", reason=f"大模型服务出错（{names[0]}）")


def _error_message(exc: BaseException, limit: int = 80) -> str:
    body = getattr(exc, "body", None)
    message = body.get("message") if isinstance(body, dict) else None
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        message = body["error"].get("message") or message
    text = " ".join(str(message or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- the hook for `gangwei eval` ---------------------------------------------------------------------


class LlmUsage(BaseModel):
    """How the LLM mode fared over a set of answers."""

    answers: int = 0
    asked: int = Field(default=0, description="answers for which the LLM was asked (used + fallbacks)")
    used: int = Field(default=0, description="LLM replies that passed the guard and became the answer")
    fallbacks: int = 0
    reasons: dict[str, int] = Field(default_factory=dict, description="fallback_reason -> count, most frequent first")

    @property
    def fallback_rate(self) -> float:
        return self.fallbacks / self.asked if self.asked else 0.0

    def reason_labels(self) -> dict[str, int]:
        """The reasons with their Chinese names ("未通过校验：数字与所引资料不符": 3)."""
        return {FALLBACK_LABELS.get(k, k): v for k, v in self.reasons.items()}


class Outcome(Protocol):
    """What ``llm_usage`` reads: an ``Answer``, or an eval record that kept these two fields."""

    backend: str
    fallback_reason: str | None


def llm_usage(answers: Iterable[Outcome]) -> LlmUsage:
    """Count LLM use and fallbacks (by reason code) from final answers; refusals never ask the LLM."""
    usage = LlmUsage()
    reasons: Counter[str] = Counter()
    for answer in answers:
        usage.answers += 1
        if answer.backend == "llm":
            usage.used += 1
        elif answer.fallback_reason:
            usage.fallbacks += 1
            reasons[answer.fallback_reason] += 1
    usage.asked = usage.used + usage.fallbacks
    usage.reasons = dict(reasons.most_common())
    return usage


__all__ = ["FALLBACK_LABELS", "Failure", "LlmBackend", "LlmUsage", "check_answer", "fallback_answer", "llm_usage"]
