"""Search: the hybrid retriever's hits for a query, with an explanation on request."""

from __future__ import annotations

import re
from typing import Any

from assistant.answer.evidence import definition_topic
from assistant.models import SECTION_KIND_ZH, Hit, Intent, SectionKind
from assistant.services.components import Components
from assistant.services.errors import EMPTY_KNOWLEDGE_BASE, ServiceError
from assistant.text import squash

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
        u = self.c.assistant().understand(query)
        kind = _asked_kind(u)
        roles = [r for r in (u.role if u.has_role else None, u.asked_role if u.role_status != "unknown" else None) if r]
        # (a KPI design request wants the passages that name indicators, not the essays on how to
        # design them: both are KPI talk, only the former has what the draft is built from)
        lines = self.c.snapshot().indicator_lines() if u.intent == Intent.kpi_design or (u.intent == Intent.kpi and roles) else None
        profiles = self._profiles(u)
        return searcher.search(query, k=k, filters=filters, boost_kinds=[kind] if kind else None, boost_roles=roles or None,
                               boost_lines=lines, lexical_terms=_kind_terms(kind, profiles),
                               asked_lines=_asked_lines(u, kind, profiles) or _defining_lines(self.c.snapshot(), u))  # fmt: skip

    def _profiles(self, u: Any) -> list[Any]:
        """The profiles of the post a question names (none when it names no known post)."""
        return self.c.snapshot().profiles_of(u.role) if u.has_role and u.role else []

    def expansions(self, query: str) -> list[str]:
        """The words added to the lexical query (for ``--explain``): the lexicon's synonyms, then the
        asked list's name (``_kind_terms``)."""
        u = self.c.assistant().understand(query)
        synonyms = self.c.searcher.expander.terms(query)
        return synonyms + [t for t in _kind_terms(_asked_kind(u), self._profiles(u)) if t not in synonyms and t not in query]


def _asked_kind(u: Any) -> SectionKind | None:
    """The list a question asks for (a JD request is drafted from the post's duties first)."""
    return {Intent.duty: SectionKind.duties, Intent.qualification: SectionKind.qualifications,
            Intent.jd_draft: SectionKind.duties}.get(u.intent)  # fmt: skip


def _asked_lines(u: Any, kind: SectionKind | None, profiles: list[Any]) -> dict[str, dict[int, float]] | None:
    """Where the asked post's profiles state what the question asks (``HybridSearcher.search``'s
    ``asked_lines``), so its staffing row or head of facts, which only name it, rank below:

    * a fact ("裱花师归谁管"): the labelled field and the requirements of that category, weight 1;
    * a list (duties, requirements, a JD): every profile's items of that kind, weighted by the
      list's length against the post's longest ("保育员主要干什么活": the description's eight
      duties before a posting's three-duty cell; two versions of a list alike, their words decide).
    """
    weighted: list[tuple[Any, float]] = []
    if u.intent == Intent.attribute and u.attribute:
        for profile in profiles:
            field = profile.fields.get(u.attribute)
            items = ([field] if field is not None else []) + [i for i in profile.qualifications if i.category == u.attribute]
            weighted += [(item, 1.0) for item in items]
    elif kind in (SectionKind.duties, SectionKind.qualifications):
        lists = [items for p in profiles if (items := getattr(p, kind.value))]
        longest = max((len(items) for items in lists), default=0)
        weighted += [(item, len(items) / longest) for items in lists for item in items]
    lines: dict[str, dict[int, float]] = {}
    for item, weight in weighted:
        held = lines.setdefault(item.span.file, {})
        for line in item.line_nos or range(item.span.line_start, item.span.line_end + 1):
            held[line] = max(held.get(line, 0.0), weight)
    return lines or None


# "X是指…", "X则是指…", "所谓X, 就是…": a sentence that defines the term
_DEFINES = r"(?:则|就|即)?(?:是指|指的是|即是|是一种|定义为|就是|被定义为)"


def _defining_lines(snapshot: Any, u: Any) -> dict[str, dict[int, float]] | None:
    """"胜任力和胜任力模型分别是什么意思": the lines that define the asked terms ("胜任力是指…;
    胜任力模型则是指…"), weight 1, for a question asking what a term means."""
    topic = definition_topic(u.question) if u.intent == Intent.method else None
    if not topic:
        return None
    topic = re.sub(r"(?:分别|各自|到底|究竟|都|又|指的|的)+$", "", topic)
    lines: dict[str, dict[int, float]] = {}
    for term in {squash(t) for t in re.split(r"以及|和|与|及|跟|、", topic) if len(squash(t)) >= 2}:
        pattern = re.compile(re.escape(term) + _DEFINES)
        for sid in snapshot.sections_mentioning(term, limit=20):
            section = snapshot.section(sid)
            for block in section.blocks if section is not None else []:
                for no, text in block.numbered_lines():
                    if pattern.search(squash(text)):
                        lines.setdefault(section.span.file, {})[no] = 1.0
    return lines or None


def _kind_terms(kind: SectionKind | None, profiles: list[Any]) -> list[str]:
    """The asked list's name as chunk headers write it ("岗位职责"), when the post asked about has such a list.

    "训练场校长主要管哪些事" shares only the title with the post's chunks, so BM25 prefers the
    shortest of them (a staffing row, the post's head); naming the kind lets the lexical
    retrievers find the duty list itself. Only for a post whose profile holds that list: a
    post described in prose would otherwise lose to other posts' lists of that kind.
    """
    if kind not in (SectionKind.duties, SectionKind.qualifications):
        return []
    return [SECTION_KIND_ZH[kind.value]] if any(getattr(p, kind.value) for p in profiles) else []
