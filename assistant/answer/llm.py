"""Optional LLM backend: an OpenAI-compatible chat endpoint rephrases the extractive evidence.

The model receives the evidence with numbered ids and must cite them. ``check_answer`` guards
the result: every cited id must exist and every number in the answer must occur in the cited
evidence. A failed check, a timeout or an HTTP error falls back to the extractive answer with a
visible Chinese note, so the LLM can only ever make an answer read better, never less grounded.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any, Iterator

from pydantic import BaseModel

from assistant.config import Settings
from assistant.models import Answer

SYSTEM_PROMPT = "answer_system.md"
USER_PROMPT = "answer_user.md"
FALLBACK_NOTE = "大模型回答未通过校验（{reason}），已改用原文摘录的回答。"

_CITE = re.compile(r"\[(\d{1,3})\]")
_LIST_MARK = re.compile(r"(?m)^\s*(?:[-*]\s*)?(?:\d{1,2}[.、)）]|[(（]\d{1,2}[)）])\s*")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class GuardResult(BaseModel):
    ok: bool
    reason: str = ""
    cited: list[int] = []


def load_prompt(directory: Path, name: str) -> str:
    path = directory / name
    try:
        return path.read_text("utf-8").strip()
    except OSError as exc:
        raise RuntimeError(f"找不到提示词文件 {path}: {exc}") from exc


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def check_answer(text: str, evidence: dict[int, str]) -> GuardResult:
    """The guard: cited ids exist, numbers come from the cited evidence, something is cited."""
    if not text.strip():
        return GuardResult(ok=False, reason="回答为空")
    cited = sorted({int(n) for n in _CITE.findall(text)})
    if not cited:
        return GuardResult(ok=False, reason="回答没有标注出处")
    unknown = [n for n in cited if n not in evidence]
    if unknown:
        return GuardResult(ok=False, reason=f"引用了不存在的出处编号 {unknown}", cited=cited)
    body = _LIST_MARK.sub("", _CITE.sub(" ", _fold(text)))
    source = _fold("\n".join(evidence[n] for n in cited))
    source_numbers = set(_NUMBER.findall(source))
    invented = [n for n in _NUMBER.findall(body) if n not in source_numbers]
    if invented:
        return GuardResult(ok=False, reason=f"出现了所引资料中没有的数字 {sorted(set(invented))}", cited=cited)
    return GuardResult(ok=True, cited=cited)


class LlmBackend:
    """ChatOpenAI (langchain-openai) behind a prompt template; streaming; no retries."""

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
        )
        self.prompt = ChatPromptTemplate.from_messages(
            [
                ("system", load_prompt(settings.prompts_dir, SYSTEM_PROMPT)),
                ("human", load_prompt(settings.prompts_dir, USER_PROMPT)),
            ]
        )
        self.chain = self.prompt | self.model

    @staticmethod
    def evidence(state: dict) -> dict[int, str]:
        """citation id -> full text of the unit behind it (the quote is only a prefix)."""
        book = state["book"]
        kb = book.kb
        return {cid: kb.units[uid].text for cid, uid in book.unit_ids().items()}

    @staticmethod
    def evidence_block(answer: Answer, evidence: dict[int, str]) -> str:
        lines = []
        for c in answer.citations:
            text = evidence.get(c.id, c.quote)
            lines.append(f"[{c.id}] ({c.file} 第{c.line_start}-{c.line_end}行) {text}")
        return "\n".join(lines)

    def stream_answer(self, state: dict, deltas: bool = True) -> Iterator[str | Answer]:
        extractive: Answer = state["answer"]
        evidence = self.evidence(state)
        inputs: dict[str, Any] = {
            "question": extractive.question,
            "evidence": self.evidence_block(extractive, evidence),
            "draft": extractive.text,
        }
        parts: list[str] = []
        reason = ""
        try:
            for chunk in self.chain.stream(inputs):
                piece = chunk.content if isinstance(chunk.content, str) else ""
                if piece:
                    parts.append(piece)
                    if deltas:
                        yield piece
        except Exception as exc:  # noqa: BLE001 - any transport/model failure falls back
            reason = _describe(exc)
        text = "".join(parts).strip()
        if not reason:
            result = check_answer(text, evidence)
            if result.ok:
                answer = extractive.model_copy(deep=True)
                answer.text = text
                answer.backend = "llm"
                yield answer
                return
            reason = result.reason
        note = FALLBACK_NOTE.format(reason=reason)
        fallback = extractive.model_copy(deep=True)
        fallback.note = note if not fallback.note else f"{note} {fallback.note}"
        fallback.text = f"> 注：{note}\n\n{extractive.text}"
        if deltas:
            yield ("\n\n" if parts else "") + fallback.text
        yield fallback


def _describe(exc: Exception) -> str:
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    if "Timeout" in name:
        return "大模型服务超时"
    if status:
        return f"大模型服务返回 HTTP {status}"
    if "Connection" in name:
        return "无法连接大模型服务"
    return f"大模型服务出错: {name}"
