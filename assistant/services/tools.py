"""Drafting tools behind the one door: JD drafts, KPI designs, SMART checks and their exports."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistant.models import Answer, Intent
from assistant.services.components import Components
from assistant.services.errors import EMPTY_KNOWLEDGE_BASE, ServiceError

if TYPE_CHECKING:
    from assistant.answer.understand import Understanding


class ToolService:
    def __init__(self, components: Components) -> None:
        self.c = components

    def _snapshot(self):  # noqa: ANN202 - KnowledgeSnapshot
        snap = self.c.snapshot()
        if snap.empty:
            raise ServiceError(EMPTY_KNOWLEDGE_BASE, status=503)
        return snap

    def _search(self, query: str, k: int = 8) -> list:
        try:
            return self.c.searcher.search(query, k=k)
        except Exception:  # noqa: BLE001 - the tools work from the records alone
            return []

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        from assistant.tools.errors import ToolError

        try:
            return fn(*args, **kwargs)
        except ToolError as exc:
            raise ServiceError(exc.message, status=exc.status) from exc

    def draft_jd(self, request: Any) -> Any:
        from assistant.tools.jd import draft_jd

        return self._call(draft_jd, request, self._snapshot(), search=self._search)

    def design_kpis(self, request: Any) -> Any:
        from assistant.tools.kpi_design import design_kpis

        return self._call(design_kpis, request, self._snapshot(), search=self._search)

    def smart_check(self, text: str, role: str | None = None) -> Any:
        from assistant.tools.smart import smart_check

        text = (text or "").strip()
        if not text:
            raise ServiceError("请填写要检查的指标或目标")
        if len(text) > 2000:
            raise ServiceError("内容太长（最多 2000 个字符）", status=413)
        return self._call(smart_check, text, self._snapshot(), role=(role or "").strip() or None, search=self._search)

    def export(self, obj: Any, fmt: str) -> tuple[str, bytes, str]:
        """(file name, bytes, media type) of a JD draft, KPI design or SMART report in ``fmt``."""
        from assistant.tools.export import export

        return self._call(export, obj, fmt)

    # --- chat routing ----------------------------------------------------------------------------

    def smart_answer(self, text: str, question: str) -> Answer | None:
        """A chat message asking to judge an indicator, answered by the SMART check."""
        from assistant.tools.export import as_answer

        try:
            return as_answer(self.smart_check(text), question)
        except (ServiceError, ValueError):
            return None

    def answer_request(self, u: Understanding) -> Answer | None:
        """A chat message asking for a JD or a KPI design, answered by the tool as an Answer."""
        from assistant.tools.export import as_answer
        from assistant.tools.jd import JdRequest
        from assistant.tools.kpi_design import KpiRequest

        from assistant.tools.kpi_design import MAX_KPIS, MIN_KPIS

        note = None
        count = u.count
        if u.intent == Intent.kpi_design and count is not None and not MIN_KPIS <= count <= MAX_KPIS:
            # a chat message is not a form: design the nearest allowed count and say so, rather
            # than dropping the request (the CLI and API reject the number with this rule's message)
            count = min(max(count, MIN_KPIS), MAX_KPIS)
            note = f"您要的是 {u.count} 个指标；每个岗位以 {MIN_KPIS}–{MAX_KPIS} 个关键绩效指标为宜，以下给出 {count} 个。"
        try:
            if u.intent == Intent.jd_draft:
                result = self.draft_jd(JdRequest(role=u.role or u.asked_role or ""))
            else:
                result = self.design_kpis(KpiRequest(role=u.role or u.asked_role or "", count=count))
        except (ServiceError, ValueError):
            return None
        answer = as_answer(result, u.question)
        if note:
            answer.text = f"{note}\n\n{answer.text}"
            answer.caveat = "；".join(x for x in (note, answer.caveat) if x)
        return answer
