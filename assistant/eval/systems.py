"""Systems under test, as the runner sees them: search, conversations, answers, and (maybe) tools.

* ``ServicesSystem`` -- gangwei through its one door, ``Services`` (search, chat, tools).
* ``ComponentSystem`` -- a searcher and an assistant passed in directly (tests inject broken parts).
* ``ScriptedSystem`` -- canned hits, answers and tool results keyed by question (fast unit tests).

The LangChain recipe (``assistant.eval.baseline.NaiveRagBaseline``) is a system without tools.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from assistant.eval.gold import ToolSpec
from assistant.models import Answer, Hit, Intent


@runtime_checkable
class EvalSystem(Protocol):
    """What the runner needs from a system under test."""

    name: str

    def search(self, question: str, k: int = 10) -> list[Hit]: ...

    def new_conversation(self) -> object | None: ...

    def ask(self, question: str, conversation: object | None = None) -> Answer: ...


def has_tools(system: object) -> bool:
    """Systems that can draft a JD / design KPIs expose ``tool(spec)``; the recipe has none."""
    return callable(getattr(system, "tool", None))


class ServicesSystem:
    """gangwei as a user meets it: ``Services`` search, chat (which routes drafting requests) and tools."""

    name = "gangwei"

    def __init__(self, services: Any) -> None:
        self.services = services
        # With GANGWEI_LLM_* set the eval measures the LLM mode (checked rewrite, fallback counted)
        settings = services.settings
        self.model = "gangwei-llm" if settings.llm_base_url and settings.llm_model else None

    def warmup(self) -> None:
        self.services.warm_up()

    def search(self, question: str, k: int = 10) -> list[Hit]:
        return self.services.search.search(question, k=k)

    def new_conversation(self) -> object | None:
        return self.services.chat.new_conversation()

    def ask(self, question: str, conversation: object | None = None) -> Answer:
        return self.services.chat.ask(question, conversation, model=self.model)

    def tool(self, spec: ToolSpec) -> Any:
        if spec.kind == "jd":
            from assistant.tools.jd import JdRequest

            return self.services.tools.draft_jd(JdRequest(role=spec.role))
        from assistant.tools.kpi_design import KpiRequest

        fields: dict[str, Any] = {"role": spec.role}
        if spec.count is not None:
            fields["count"] = spec.count
        return self.services.tools.design_kpis(KpiRequest(**fields))


class ComponentSystem:
    """A searcher and an assistant given directly (``run_eval(searcher=..., assistant=...)``)."""

    name = "gangwei"

    def __init__(self, searcher: Any, assistant: Any = None, tools: Any = None) -> None:
        self.searcher = searcher
        self.assistant = assistant
        if tools is not None:
            self.tool = tools  # type: ignore[method-assign]

    def search(self, question: str, k: int = 10) -> list[Hit]:
        return self.searcher.search(question, k=k)

    def new_conversation(self) -> object | None:
        from assistant.answer.conversation import Conversation

        return Conversation()

    def warmup(self) -> None:
        for part in (self.searcher, self.assistant):
            if hasattr(part, "warmup"):
                part.warmup()

    def ask(self, question: str, conversation: object | None = None) -> Answer:
        if self.assistant is None:
            raise RuntimeError("no assistant configured")
        return self.assistant.ask(question, conversation=conversation)


AnswerFn = Callable[[str, list[str]], Answer]


class ScriptedSystem:
    """Canned behaviour for tests: ``answers[question]`` (an Answer, or a function of the question and
    the earlier questions of the conversation), ``hits[question]`` and ``tools[(kind, role)]``.
    Unknown questions get an empty answer and no hits; a value that is an exception is raised."""

    def __init__(
        self,
        name: str = "gangwei",
        answers: Mapping[str, Answer | AnswerFn | Exception] | None = None,
        hits: Mapping[str, list[Hit] | Exception] | None = None,
        tools: Mapping[tuple[str, str], Any] | None = None,
    ) -> None:
        self.name = name
        self.answers = dict(answers or {})
        self.hits = dict(hits or {})
        self.tools = None if tools is None else dict(tools)
        if self.tools is not None:
            self.tool = self._tool  # type: ignore[method-assign]

    def search(self, question: str, k: int = 10) -> list[Hit]:
        found = self.hits.get(question, [])
        if isinstance(found, Exception):
            raise found
        return list(found)[:k]

    def new_conversation(self) -> list[str]:
        return []

    def ask(self, question: str, conversation: object | None = None) -> Answer:
        earlier = list(conversation) if isinstance(conversation, list) else []
        scripted = self.answers.get(question)
        if isinstance(conversation, list):
            conversation.append(question)
        if isinstance(scripted, Exception):
            raise scripted
        if callable(scripted) and not isinstance(scripted, Answer):
            return scripted(question, earlier)
        if scripted is None:
            return Answer(question=question, intent=Intent.method, text="")
        return scripted

    def _tool(self, spec: ToolSpec) -> Any:
        assert self.tools is not None
        result = self.tools.get((spec.kind, spec.role))
        if result is None:
            raise LookupError(f"没有为 {spec.role} 准备 {spec.kind} 结果")
        if isinstance(result, Exception):
            raise result
        return result
