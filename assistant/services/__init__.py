"""The only door to gangwei: the CLI, the web UI and the HTTP API all go through these services.

``Services(settings)`` holds one set of warm components and one service per feature:
``chat`` (questions and follow-ups), ``search``, ``tools`` (JD, KPI design, SMART, exports) and
``corpus`` (documents: ingest, upload, delete, rebuild, inspect).
"""

from __future__ import annotations

from typing import Any

from assistant.config import Settings
from assistant.services.chat import ChatService, ModelInfo, check_question
from assistant.services.components import EXTRACTIVE, LLM, Components
from assistant.services.corpus import CorpusService, DocumentInfo, DocumentView, UploadResult, safe_document_name
from assistant.services.errors import EMPTY_KNOWLEDGE_BASE, ServiceError
from assistant.services.history import HistoryStore
from assistant.services.search import SearchService
from assistant.services.tools import ToolService


class Services:
    def __init__(self, settings: Settings, embeddings: Any = None, components: Components | None = None) -> None:
        self.settings = settings
        self.components = components or Components(settings, embeddings=embeddings)
        self.search = SearchService(self.components)
        self.tools = ToolService(self.components)
        self.chat = ChatService(self.components, self.tools)
        self.corpus = CorpusService(self.components)
        self.history = HistoryStore(settings.home)  # conversations and feedback (SQLite, created on first write)

    def warm_up(self) -> None:
        """Load the models now rather than on the first question."""
        if not self.corpus.is_empty():
            self.components.searcher.search("岗位职责", k=1)
            self.components.assistant(EXTRACTIVE).warmup()


__all__ = [
    "EMPTY_KNOWLEDGE_BASE", "EXTRACTIVE", "LLM", "ChatService", "Components", "CorpusService", "DocumentInfo",
    "DocumentView", "ModelInfo", "SearchService", "ServiceError", "Services", "ToolService", "UploadResult",
    "check_question", "safe_document_name",
]  # fmt: skip
