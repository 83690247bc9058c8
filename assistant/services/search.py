"""Search: the hybrid retriever's hits for a query, with an explanation on request."""

from __future__ import annotations

from typing import Any

from assistant.models import Hit
from assistant.services.components import Components
from assistant.services.errors import EMPTY_KNOWLEDGE_BASE, ServiceError

MAX_QUERY = 2000
MAX_K = 50


class SearchService:
    def __init__(self, components: Components) -> None:
        self.c = components

    def search(self, query: str, k: int = 10, understand: bool = True, filters: Any = None) -> list[Hit]:
        """Hybrid hits for a query. With ``understand``, the query is read like a question first:
        chunks of the role it names (resolved against the role inventory) and of the list kind it
        asks for (duties / requirements) are boosted. ``filters``: a ``SearchFilters`` (CLI --kind,
        --role, --file). The CLI and the API both come here, so they rank alike."""
        query = (query or "").strip()
        if not query:
            raise ServiceError("查询内容不能为空")
        if len(query) > MAX_QUERY:
            raise ServiceError(f"查询太长（最多 {MAX_QUERY} 个字符）", status=413)
        if not 1 <= k <= MAX_K:
            raise ServiceError(f"k 应在 1 到 {MAX_K} 之间")
        searcher = self.c.searcher
        if not searcher.size:
            raise ServiceError(EMPTY_KNOWLEDGE_BASE, status=503)
        if not understand:
            return searcher.search(query, k=k, filters=filters)
        from assistant.models import Intent, SectionKind

        u = self.c.assistant().understand(query)
        # (a JD request is answered from the post's duties first: its list is what the draft is built on)
        kind = {Intent.duty: SectionKind.duties, Intent.qualification: SectionKind.qualifications,
                Intent.jd_draft: SectionKind.duties}.get(u.intent)  # fmt: skip
        roles = [r for r in (u.role if u.has_role else None, u.asked_role if u.role_status != "unknown" else None) if r]
        # (a KPI design request wants the passages that name indicators, not the essays on how to
        # design them: both are KPI talk, only the former has what the draft is built from)
        lines = self.c.snapshot().indicator_lines() if u.intent == Intent.kpi_design or (u.intent == Intent.kpi and roles) else None
        return searcher.search(query, k=k, filters=filters, boost_kinds=[kind] if kind else None, boost_roles=roles or None,
                               boost_lines=lines)  # fmt: skip

    def expansions(self, query: str) -> list[str]:
        """The synonyms the lexicon adds to the lexical query (for ``--explain``)."""
        return self.c.searcher.expander.terms(query)
