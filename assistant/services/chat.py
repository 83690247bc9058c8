"""Chat: questions, follow-ups and the routing of drafting requests to the tools.

Answering (``assistant/answer``) never imports the tools: a "帮我写一份…岗位说明书" or "给…设计
KPI" message is recognised here and answered by the tool service, then recorded in the same
conversation so follow-ups keep working.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from assistant.models import Answer, Intent
from assistant.services.components import EXTRACTIVE, LLM, Components
from assistant.services.errors import EMPTY_KNOWLEDGE_BASE, ServiceError

if TYPE_CHECKING:
    from assistant.answer.conversation import Conversation
    from assistant.services.tools import ToolService

MAX_QUESTION = 2000  # characters per question, earlier turns of an API chat included
MAX_REPLAY = 6  # earlier questions of an API chat that still shape a follow-up
CONVERSATION_CACHE = 256


class ModelInfo(BaseModel):
    id: str
    description: str
    available: bool


def check_question(question: str, what: str = "问题") -> str:
    question = (question or "").strip()
    if not question:
        raise ServiceError(f"{what}不能为空")
    if len(question) > MAX_QUESTION:
        raise ServiceError(f"{what}太长（{len(question)} 个字符，最多 {MAX_QUESTION} 个）", status=413)
    return question


class ChatService:
    def __init__(self, components: Components, tools: ToolService) -> None:
        self.c = components
        self.tools = tools
        self._lock = threading.Lock()
        self._conversations: OrderedDict[tuple[Any, ...], Conversation] = OrderedDict()

    # --- models --------------------------------------------------------------------------------

    def models(self) -> list[ModelInfo]:
        llm_ready = self.c.llm_available()
        return [
            ModelInfo(id=EXTRACTIVE, description="抽取式回答：直接引用文档原文，离线可用", available=True),
            ModelInfo(
                id=LLM,
                description=f"大模型改写回答（{self.c.settings.llm_model}，经校验）" if llm_ready else "大模型改写回答（未配置 GANGWEI_LLM_*）",
                available=llm_ready,
            ),
        ]

    def resolve_model(self, name: str | None) -> str:
        """The answerer a model name selects; unknown names are a 4xx, not a silent default."""
        name = (name or EXTRACTIVE).strip()
        aliases = {"gangwei": EXTRACTIVE, "extractive": EXTRACTIVE, EXTRACTIVE: EXTRACTIVE, "llm": LLM, LLM: LLM}
        if name not in aliases:
            known = "、".join(m.id for m in self.models())
            raise ServiceError(f"未知的模型 “{name}”；可用：{known}", status=404)
        backend = aliases[name]
        if backend == LLM and not self.c.llm_available():
            raise ServiceError("模型 gangwei-llm 不可用：服务端未配置大模型 (GANGWEI_LLM_BASE_URL / GANGWEI_LLM_MODEL)")
        return backend

    # --- conversations -------------------------------------------------------------------------

    def new_conversation(self) -> Conversation:
        from assistant.answer.conversation import Conversation

        return Conversation()

    def conversation_for(self, questions: list[str], model: str | None = None) -> Conversation:
        """Follow-up state for a stateless client (the API) that sends its earlier questions.

        Every earlier question obeys the same cap as the current one; only the last few shape
        the state. States are cached, so a chat costs one answer per turn.
        """
        checked = [check_question(q, f"对话中的第 {i} 条消息") for i, q in enumerate(questions, 1) if q and q.strip()]
        kept = checked[-MAX_REPLAY:]
        key = (self.resolve_model(model), self.c.snapshot().marker, tuple(kept))
        with self._lock:
            cached = self._conversations.get(key)
            if cached is not None:
                self._conversations.move_to_end(key)
                return cached.model_copy(deep=True)
        conversation = self.new_conversation()
        for question in kept:
            self.ask(question, conversation, model)
        return conversation

    def remember(self, questions: list[str], conversation: Conversation, model: str | None = None) -> None:
        kept = [q.strip() for q in questions if q and q.strip()][-MAX_REPLAY:]
        key = (self.resolve_model(model), self.c.snapshot().marker, tuple(kept))
        with self._lock:
            self._conversations[key] = conversation.model_copy(deep=True)
            while len(self._conversations) > CONVERSATION_CACHE:
                self._conversations.popitem(last=False)

    # --- answering -----------------------------------------------------------------------------

    def ask(self, question: str, conversation: Conversation | None = None, model: str | None = None) -> Answer:
        answer: Answer | None = None
        for part in self.stream(question, conversation, model, deltas=False):
            if isinstance(part, Answer):
                answer = part
        assert answer is not None
        return answer

    def stream(
        self, question: str, conversation: Conversation | None = None, model: str | None = None, deltas: bool = True
    ) -> Iterator[str | Answer]:
        """Text deltas, then the final ``Answer`` as the last item."""
        question = check_question(question)
        assistant = self.c.assistant(self.resolve_model(model))
        snapshot = self.c.snapshot()
        if not snapshot.empty:
            from assistant.answer.understand import smart_request

            judged = smart_request(question, snapshot.lexicon)
            if judged is not None:
                # "「提高客户满意度」这个指标合理吗?": the SMART check answers it
                answer = self.tools.smart_answer(judged, question)
                if answer is not None:
                    if deltas:
                        yield answer.text
                    yield answer
                    return
            u = assistant.understand(question, conversation, snapshot)
            # a post only mentioned may still have a KPI sheet that names it (the tool says so)
            mentioned = u.intent == Intent.kpi_design and u.role_status == "mentioned" and bool(u.asked_role)
            if u.intent in (Intent.jd_draft, Intent.kpi_design) and (u.has_role or mentioned):
                answer = self.tools.answer_request(u)
                if answer is not None:
                    if conversation is not None:
                        assistant.remember(conversation, u, answer, [])
                    if deltas:
                        yield answer.text
                    yield answer
                    return
        yield from assistant.stream(question, conversation, deltas=deltas)

    def empty(self) -> bool:
        return self.c.snapshot().empty

    def require_knowledge(self) -> None:
        if self.empty():
            raise ServiceError(EMPTY_KNOWLEDGE_BASE, status=503)
