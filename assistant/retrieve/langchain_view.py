"""LangChain view of ``HybridSearcher``: a ``BaseRetriever`` returning Documents with provenance.

Separate from ``retriever.py`` so that answering and the CLI do not import LangChain's retriever
machinery (and its tracing stack) unless this view is used.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.models import Hit, SectionKind
from assistant.retrieve.retriever import SearchFilters


def hit_to_document(hit: Hit) -> Document:
    chunk = hit.chunk
    return Document(
        page_content=chunk.text,
        id=chunk.id,
        metadata={
            "id": chunk.id,
            "file": chunk.file,
            "line_start": chunk.line_start,
            "line_end": chunk.line_end,
            "section": chunk.section_kind.value,
            "section_heading": chunk.section_heading,
            "role": chunk.role,
            "article_id": chunk.article_id,
            "section_id": chunk.section_id,
            "organisation": chunk.organisation,
            "article_title": chunk.article_title,
            "rank": hit.rank,
            "score": hit.score,
            "signals": dict(hit.signals),
            "duplicates": [d.model_dump() for d in hit.duplicates],
            "passage": None if hit.passage is None else hit.passage.model_dump(),
        },
    )


class GangweiRetriever(BaseRetriever):
    """LangChain view of ``HybridSearcher``: Documents with file/line metadata and scores."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Any
    k: int = 6
    filters: SearchFilters | None = None
    boost_kinds: list[SectionKind] | None = None
    boost_roles: list[str] | None = None

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.searcher.search(
            query, k=self.k, filters=self.filters, boost_kinds=self.boost_kinds, boost_roles=self.boost_roles
        )
        return [hit_to_document(h) for h in hits]


